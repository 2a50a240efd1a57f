-- Everyday spellings citizens use that the content never does (docs/ASSISTANT.md, twelfth round, stage 3), found
-- in a part measured blind and then seen on 06/12/2026 (heldout30, heldout31):
-- * "adivogado", "avogado", "adevogado": how "advogado" is written by ear (the legal-advice and out-of-scope
--   rules already read them; retrieval did not, and the entry on free justice with a paid lawyer lost its place);
-- * a case "empacada", "travada", "engavetada": the masculine forms already read as "parado".
insert into search_synonym (word, expansion) values
    ('adivogado', 'advogado'), ('adivogada', 'advogada'), ('avogado', 'advogado'), ('adevogado', 'advogado'),
    ('empacada', 'parado'), ('travada', 'parado'), ('engavetada', 'parado')
on conflict (word) do nothing;
