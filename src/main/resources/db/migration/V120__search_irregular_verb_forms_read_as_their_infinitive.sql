-- The Portuguese stemmer cuts suffixes; it does not know irregular verbs. Their forms get stems of their own, and
-- some of those are the stems of nouns: "posso" (I can, in the title of many FAQ entries "Posso ...?") and "posse"
-- (possession) are both "poss", "peço" (I ask) and "peça" (a document of a case) both "pec". A question about
-- "posse" reached every "Posso ...?" entry, and no synonym could fix it (docs/ASSISTANT.md, sixth and seventh
-- rounds). The forms of very common irregular verbs are now read as their infinitive before stemming, in the index
-- and in every query alike: "posso", "possa", "pude" are "poder" ("pod", the stem of "pode", "podem"), "peço" is
-- "pedir" (with "pedido", "pedir"), "faço", "fiz" are "fazer", "vou", "vai" are "ir". The words are folded first
-- (lower case, no accents: citizens write "peco", "faco"), as the configuration folds them anyway.
-- Left out: forms that are also common nouns or names here ("peça", "feito" (a case, in legal writing), "visto",
-- "ira", "são" (São Paulo; measured: as "ser" it took "Que processos são julgados na 2ª Vara Cível?" from the FAQ
-- entry), "es" (the state, "Vitória/ES")) and forms PostgreSQL already drops as stop words ("tenho", "foi", "está").
create function search_lemmas(words text) returns text
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
    return folded;
end
$$;

-- The index reads the words through it: the document and the title's length (the number of its distinct stems).
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
