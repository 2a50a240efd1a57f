-- Everyday words citizens use that the content never does (docs/ASSISTANT.md, eleventh round), each a general cause
-- found in the misses of the parts measured blind and then seen on 06/12/2026 (heldout19 to heldout21):
-- * someone to translate ("traduzir", "tradutor", "tradução") at a hearing is what the unit's page calls an
--   "intérprete" (of Libras, for a deaf citizen: every deaf citizen's question in those parts missed it);
-- * sign language ("língua de sinais") is Libras;
-- * a task force of hearings ("força-tarefa") is what the notices call a "mutirão".
insert into search_synonym (word, expansion) values
    ('traduzir', 'interprete'), ('tradutor', 'interprete'), ('tradutora', 'interprete'), ('traducao', 'interprete'),
    ('lingua de sinais', 'libras'), ('linguagem de sinais', 'libras'), ('lingua de sinal', 'libras'),
    ('forca tarefa', 'mutirao')
on conflict (word) do nothing;
