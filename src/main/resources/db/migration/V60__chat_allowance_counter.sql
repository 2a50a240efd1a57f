-- The chat allowance per client address becomes a plain counter per one-minute window, updated by the same
-- statement that stores the question (ChatStatements): one round trip instead of Bucket4j's transactions.
-- The rows are short-lived (a minute), so the old buckets are simply dropped.
delete from assistant_rate_limit_bucket;

alter table assistant_rate_limit_bucket
    drop column state,
    add column used integer not null default 0,
    alter column expires_at set not null;
