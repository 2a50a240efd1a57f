-- The assistant's retrieval (RelevantPassages) stemmed every verb synonym again for each word of every question, and
-- every document title again for every question, to find a verb's other forms and how many topics a title lists:
-- 22 ms of PostgreSQL CPU per question not already cached (bench/chat.sh, 05/12/2026 18:34 UTC, against 4.9 ms
-- before). Both are kept with their rows now, computed by PostgreSQL when the row is written, with the same
-- expressions the query used.
alter table search_synonym add column verb_stem tsvector generated always as (
    case when word ~ '^[a-z]{3,}(ar|er|ir)$' then to_tsvector('portuguese_unaccent', word) end) stored;

create index search_synonym_verb_stem_idx on search_synonym (verb_stem) where verb_stem is not null;

alter table search_document add column title_words integer generated always as (
    greatest(length(to_tsvector('portuguese_unaccent', title)), 1)) stored;
