-- Words citizens use that the content does not (from the assistant evaluation's tuning questions, docs/ASSISTANT.md):
-- "que processos a vara cuida" means which cases it judges (the typo correction otherwise reads "cuida" as
-- "cuidado", the scam notice); being poor is having no money for a lawyer; the high-contrast mode is a matter of
-- accessibility. Only rows staff have not added or changed are touched.
insert into search_synonym (word, expansion) values
    ('cuida', 'julga'), ('cuidam', 'julga'),
    ('contraste', 'contraste acessibilidade')
on conflict (word) do nothing;

update search_synonym set expansion = 'dinheiro defensoria gratuita recursos', updated_at = now()
 where word = 'pobre' and expansion = 'defensoria gratuita recursos';
