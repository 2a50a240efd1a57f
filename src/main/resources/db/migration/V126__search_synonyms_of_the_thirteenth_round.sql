-- Synonyms where citizens name the conciliation hearing in their own words (docs/ASSISTANT.md, thirteenth round),
-- found in the misses of two parts measured blind and then seen on 06/12/2026 (heldout38, heldout39): "aquela
-- reunião de acordo" and "a reunião pra fazer as pazes com a outra parte" are the audiência de conciliação, whose
-- guide says neither; the unit's page came first for both. Expressions, not the single words: "reunião" alone is
-- also the video call of a virtual hearing.
insert into search_synonym (word, expansion) values
    ('reuniao de acordo', 'audiencia conciliacao acordo'),
    ('fazer as pazes', 'conciliacao acordo')
on conflict (word) do nothing;
