-- The assistant's settings that staff change at /admin/assistente/retencao, kept here so every instance reads
-- the same value. At most one row; without it the configured defaults (court.assistant.*) apply.
create table assistant_settings (
    id              boolean primary key default true check (id),
    -- Days an untouched conversation is kept before the daily clean-up erases it (LGPD).
    retention_days  integer not null check (retention_days between 1 and 3650),
    updated_at      timestamptz not null,
    updated_by      varchar(100)
);

-- The key that groups the citizens' questions on the review page ("Como pego uma CERTIDÃO?" and "como pego uma
-- certidao" are one question): lower case, no accents, every run of punctuation or spaces made one space.
create function assistant_question_key(question text) returns text
    language sql stable
    as $$ select btrim(regexp_replace(lower(unaccent(question)), '[^[:alnum:]]+', ' ', 'g')) $$;
