-- The stemmer cuts "-s" from a plural, not the plurals Portuguese forms otherwise: "certidão" was "certida" and
-- "certidões" "certido", so the guide titled "Certidões" did not share its title with a question about "a
-- certidão", and the FAQ entry "Como peço uma certidão?" came first whatever was asked about certificates
-- (docs/ASSISTANT.md, seventh round); "pensão" met "pensa" and "pensões" "penso". Plurals in "-ões" and "-veis" are
-- read as their singular now (folded first, so "certidoes" too), in the index and in every query: the same function
-- as V120 with one more step, and the index rebuilt with it. Left out: "-ães" ("mães" is not "mão"), "-ais" ("mais",
-- "pais", "demais") and "-éis" ("leis", "seis").
create or replace function search_lemmas(words text) returns text
    language plpgsql immutable strict parallel safe
as $$
declare
    folded text := lower(unaccent('unaccent'::regdictionary, words));
    verb record;
begin
    for verb in
        select * from (values
            ('poder', 'posso|possa|possas|possam|possamos|pude|puder|puderem|puderam|pudesse|pudessem|poderao'),
            ('fazer', 'faco|faca|facas|facam|fiz|fez|fizer|fizerem|fizeram|fizesse|fizessem|farei|fara|farao|faria|fariam'),
            ('ir', 'vou|vai|vais|vamos|va|vao|irei|iria|ia|iam'),
            ('ser', 'serao'),
            ('estar', 'estao'),
            ('ter', 'tens|terao'),
            ('haver', 'ha'),
            ('dar', 'dou|dao|dei|deu|deram|deem'),
            ('dizer', 'digo|diga|digam|disse|disseram|direi|dira|diria|dito'),
            ('pedir', 'peco|pecam'),
            ('ver', 've|veem|vejo|veja|vejam|vi|viu|viram'),
            ('vir', 'venho|venha|venham|vem|vim|veio|vieram'),
            ('saber', 'sei|saiba|saibam|soube|souberam'),
            ('querer', 'queira|queiram|quis|quiser|quiseram'),
            ('trazer', 'trago|traga|tragam|trouxe|trouxeram|trarei|trara'),
            ('perder', 'perco|perca|percam'),
            ('conseguir', 'consigo|consiga|consigam|consegue'),
            ('ouvir', 'ouco|ouca|oucam'),
            ('sair', 'saio|sai|saem|saia|saiam|saiu'),
            ('ficar', 'fique|fiquem|fiquei')) as v(infinitive, forms)
    loop
        folded := regexp_replace(folded, '\m(' || verb.forms || ')\M', verb.infinitive, 'g');
    end loop;
    -- The plural of a noun in "-ão" as its singular: "-ões" is the most common plural ("certidões", "ações",
    -- "decisões", "petições"), and "-veis" of "-vel" ("imóveis", "possíveis").
    folded := regexp_replace(folded, '\m([a-z]{3,})oes\M', '\1ao', 'g');
    return regexp_replace(folded, '\m([a-z]{2,})veis\M', '\1vel', 'g');
end
$$;

drop index search_document_document_idx;
alter table search_document drop column document;
alter table search_document add column document tsvector generated always as (
    setweight(to_tsvector('portuguese_unaccent', search_lemmas(title)), 'A')
    || setweight(to_tsvector('portuguese_unaccent', search_lemmas(phrasings)), 'A')
    || setweight(to_tsvector('portuguese_unaccent', search_lemmas(body)), 'B')) stored;
create index search_document_document_idx on search_document using gin (document);

alter table search_document drop column title_words;
alter table search_document add column title_words integer generated always as (
    greatest(length(to_tsvector('portuguese_unaccent', search_lemmas(title))), 1)) stored;
