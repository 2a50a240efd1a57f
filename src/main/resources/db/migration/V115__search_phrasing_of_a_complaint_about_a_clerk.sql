-- A staff phrasing where the FAQ lacks the common wording (docs/ASSISTANT.md, fifth pass): citizens complain about
-- a person ("um servidor", "o atendente") more than about "o atendimento", and the entry "Como reclamo do
-- atendimento?" names neither, while the privacy page says "servidor" (the web server) and "tratamento" (of data).
-- The phrasing is copied into the document's row, as the vocabulary page does.
insert into search_phrasing (kind, key, text)
select 'faq', 'reclamacao-atendimento', 'Fui mal atendido por um servidor ou funcionário. Quero fazer uma queixa.'
 where exists (select 1 from faq_entry where slug = 'reclamacao-atendimento')
on conflict do nothing;

update search_document d
   set phrasings = coalesce((select string_agg(p.text, ' . ' order by p.id) from search_phrasing p
                              where p.kind = d.kind and p.key = d.key), '')
 where d.kind = 'faq' and d.key = 'reclamacao-atendimento';
