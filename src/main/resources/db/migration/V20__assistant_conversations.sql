-- The assistant's conversations. Messages are stored already redacted (no CPF, CNPJ, e-mail or phone number);
-- a conversation is reached only with its token, of which only the SHA-256 is kept.
create table assistant_conversation (
    id          uuid primary key,
    token_hash  varchar(64) not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

-- Retention (LGPD) erases conversations by age.
create index assistant_conversation_updated_idx on assistant_conversation (updated_at);

create table assistant_message (
    id                uuid primary key,
    conversation_id   uuid not null references assistant_conversation (id) on delete cascade,
    created_at        timestamptz not null,
    role              varchar(16) not null check (role in ('citizen', 'assistant')),
    content           text not null,
    -- Only on the assistant's answers: who answered, whether it found the answer, and what it cost.
    mode              varchar(20) check (mode in ('ai', 'knowledge-base')),
    outcome           varchar(20) check (outcome in ('answered', 'not-found')),
    fallback_reason   varchar(30),
    latency_ms        integer,
    prompt_tokens     integer,
    completion_tokens integer,
    useful            boolean,
    feedback_comment  varchar(500),
    feedback_at       timestamptz
);

create index assistant_message_conversation_idx on assistant_message (conversation_id, created_at);

create table assistant_message_source (
    message_id  uuid not null references assistant_message (id) on delete cascade,
    position    integer not null,
    title       varchar(300) not null,
    url         varchar(500) not null,
    primary key (message_id, position)
);

-- Bucket4j's per-address chat limit, shared by every instance. expires_at (epoch milliseconds) lets a periodic
-- clean-up drop buckets that have refilled completely.
create table assistant_rate_limit_bucket (
    id          varchar(64) primary key,
    state       bytea,
    expires_at  bigint
);

create index assistant_rate_limit_bucket_expires_idx on assistant_rate_limit_bucket (expires_at);
