-- The site search: one row per readable item, filled by the content modules through SearchIndex.

-- Portuguese stemming that ignores accents: "audiencia" finds "audiência".
create text search configuration portuguese_unaccent (copy = portuguese);
alter text search configuration portuguese_unaccent
    alter mapping for hword, hword_part, word with unaccent, portuguese_stem;

-- Surface words without accents, for the typo-tolerant fallback.
create text search configuration simple_unaccent (copy = simple);
alter text search configuration simple_unaccent
    alter mapping for hword, hword_part, word with unaccent, simple;

create table search_document (
    kind       varchar(20)  not null,
    key        varchar(200) not null,
    title      text         not null,
    body       text         not null,
    url        varchar(500) not null,
    document   tsvector generated always as (
                   setweight(to_tsvector('portuguese_unaccent', title), 'A')
                   || setweight(to_tsvector('portuguese_unaccent', body), 'B')) stored,
    updated_at timestamptz  not null default now(),
    primary key (kind, key)
);

create index search_document_document_idx on search_document using gin (document);

-- Every distinct word of the index, so a misspelt query word can be mapped to the nearest real one.
create table search_term (
    word varchar(100) primary key
);

create index search_term_word_trgm_idx on search_term using gin (word gin_trgm_ops);
