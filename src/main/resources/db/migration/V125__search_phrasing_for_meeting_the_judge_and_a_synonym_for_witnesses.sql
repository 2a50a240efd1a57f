-- A staff phrasing and a synonym where the content lacks the words citizens use (docs/ASSISTANT.md, twelfth
-- round), found in the misses of the parts measured blind and then seen on 06/12/2026 (heldout26, heldout27):
-- * being received by the judge in person, to explain one's reasons, is the entry "Posso falar diretamente com o
--   juiz?", which says neither "recebido" nor "pessoalmente" (a formal request for it ranked the privacy page
--   first). The phrasing avoids "pessoalmente", which took "quero ir lá pessoalmente" (the address) from the
--   unit's pages;
-- * someone brought "pra depor" is a witness ("presenciou" already reads as one).
insert into search_phrasing (kind, key, text)
select 'faq', 'falar-com-juiz', 'Ser recebido pelo juiz para expor minhas razões.'
 where exists (select 1 from faq_entry where slug = 'falar-com-juiz')
on conflict do nothing;

update search_document d
   set phrasings = coalesce((select string_agg(p.text, ' . ' order by p.id) from search_phrasing p
                              where p.kind = d.kind and p.key = d.key), '')
 where d.kind = 'faq' and d.key = 'falar-com-juiz';

insert into search_synonym (word, expansion) values ('depor', 'testemunha')
on conflict (word) do nothing;
