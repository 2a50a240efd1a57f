-- A staff phrasing where the content lacks the words citizens use (docs/ASSISTANT.md, thirteenth round), found in
-- the misses of the two parts measured blind and then seen on 06/12/2026 (heldout34 and heldout35): whether the
-- chat keeps what one writes. The privacy page says the questions sent to the assistant are kept ("guardadas"),
-- never "escrevo" or "salvo", and both parts asked it and got "not found". Without the word "chat": a phrasing's
-- words become what a misspelt word is corrected to, and "chateado" was read as "chat" (the privacy page first
-- for a complaint about the counter). Five more phrasings of the same misses
-- (a case's steps, 100% digital, a hearing by video, weekends in a deadline, filing by e-mail) were measured and
-- left out: made of words most questions have ("processo", "audiência", "fazer"), they took the first place from
-- the right page on most parts.
insert into search_phrasing (kind, key, text)
select 'pagina', 'privacidade', 'O assistente guarda o que eu escrevo? Fica salvo?'
 where exists (select 1 from page g where g.slug = 'privacidade')
on conflict do nothing;

update search_document d
   set phrasings = coalesce((select string_agg(p.text, ' . ' order by p.id) from search_phrasing p
                              where p.kind = d.kind and p.key = d.key), '')
 where d.kind = 'pagina' and d.key = 'privacidade';
