-- Staff phrasings where an FAQ entry lacks the words citizens use (docs/ASSISTANT.md, sixth pass):
-- * what the Defensoria does for someone is to file the suit ("entrar com a ação") and represent them; the entry
--   "Não tenho dinheiro para advogado" names neither, and "entrar com uma ação" is the title of the costs entry
--   ("Defensoria" is left out of the phrasing: the body has it, and in the phrasing it took "Qual o telefone da
--   Defensoria Pública?" from the Defensoria's guide);
-- * doing a virtual hearing without a device is not only "no internet, no computer": no camera ("celular" is left
--   out: with it, the phrasing took a question about the Balcão Virtual by phone camera);
-- * the possessory actions by the names citizens use: the entry "Que tipo de caso esta vara julga?" says only
--   "posse", whose stem is the stem of "posso", in many FAQ titles.
-- The phrasings are copied into the documents' rows, as the vocabulary page does.
insert into search_phrasing (kind, key, text)
select 'faq', 'nao-tenho-advogado', 'Quem pode entrar com a ação por mim e me representar?'
 where exists (select 1 from faq_entry where slug = 'nao-tenho-advogado')
on conflict do nothing;

insert into search_phrasing (kind, key, text)
select 'faq', 'sem-internet', 'Não tenho câmera para participar da audiência.'
 where exists (select 1 from faq_entry where slug = 'sem-internet')
on conflict do nothing;

insert into search_phrasing (kind, key, text)
select 'faq', 'o-que-a-vara-julga', 'Reintegração de posse, usucapião ou terreno invadido são julgados aqui?'
 where exists (select 1 from faq_entry where slug = 'o-que-a-vara-julga')
on conflict do nothing;

update search_document d
   set phrasings = coalesce((select string_agg(p.text, ' . ' order by p.id) from search_phrasing p
                              where p.kind = d.kind and p.key = d.key), '')
 where d.kind = 'faq' and d.key in ('nao-tenho-advogado', 'sem-internet', 'o-que-a-vara-julga');
