-- Staff phrasings where the content lacks the words citizens use (docs/ASSISTANT.md, thirteenth round), found in
-- the misses of the two parts measured blind and then seen on 06/12/2026 (heldout34 and heldout35). Each is a
-- question its page answers, in the citizen's words:
-- * whether the chat keeps what one writes: the privacy page says the questions sent to the assistant are kept
--   ("guardadas"), never "salvo", "chat" or "escrevo" (both parts asked it, and got "not found");
-- * the steps of a case and what being "citado" means: the guide on following a case lists the phases (petição
--   inicial, citação, conciliação, contestação, instrução, sentença and its appeal);
-- * a case entirely on the internet, never going to the forum: the Juízo 100% Digital guide;
-- * what to do before and on the day of a hearing by video: the guide on virtual hearings ("Antes da audiência",
--   "No dia"), which ranked below the unit's pages for a long story;
-- * whether weekends count in a deadline: the entry on counting deadlines (only working days), not the one on
--   urgent cases at weekends;
-- * sending a document or a receipt by e-mail to be filed: the entry on filing documents (the e-mail does not
--   receive them), not the one on WhatsApp.
insert into search_phrasing (kind, key, text)
select p.kind, p.key, p.text
  from (values ('pagina', 'privacidade', 'O assistente guarda o que eu escrevo no chat? As mensagens ficam salvas?'),
               ('servico', 'acompanhar-processo',
                'Quais são as etapas de um processo, do começo à sentença e ao recurso? O que quer dizer ser citado?'),
               ('servico', 'juizo-100-digital', 'Dá para fazer o processo todo pela internet, sem ir ao fórum?'),
               ('servico', 'audiencias-virtuais', 'O que preciso fazer antes e no dia da audiência por vídeo?'),
               ('faq', 'como-contar-prazo', 'Sábado, domingo e feriado contam no prazo?'),
               ('faq', 'juntar-documento', 'Posso mandar um documento ou comprovante por e-mail para juntar ao processo?'))
       as p (kind, key, text)
 where (p.kind = 'pagina' and exists (select 1 from page g where g.slug = p.key))
    or (p.kind = 'servico' and exists (select 1 from service_guide s where s.slug = p.key))
    or (p.kind = 'faq' and exists (select 1 from faq_entry e where e.slug = p.key))
on conflict do nothing;

update search_document d
   set phrasings = coalesce((select string_agg(p.text, ' . ' order by p.id) from search_phrasing p
                              where p.kind = d.kind and p.key = d.key), '')
 where (d.kind, d.key) in (('pagina', 'privacidade'), ('servico', 'acompanhar-processo'),
                           ('servico', 'juizo-100-digital'), ('servico', 'audiencias-virtuais'),
                           ('faq', 'como-contar-prazo'), ('faq', 'juntar-documento'));
