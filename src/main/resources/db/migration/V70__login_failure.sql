-- The counters of LoginThrottle (replacing the Bucket4j buckets of V33), shared by every instance. One row per
-- key: "par:<address> <account>" (an account from one address), "ip:<address>" (an address, any account) and
-- "conta:<account>" (an account from anywhere); IPv6 addresses by their /64. Every attempt is counted by one
-- upsert before its password is checked, so parallel attempts cannot slip past the count.
create table login_failure (
    key          varchar(250) primary key,
    -- attempts in the window that started at window_start (a success takes its own back)
    failures     integer     not null,
    window_start timestamptz not null,
    -- the count at which the key is blocked; null for the account, which is only slowed down
    lock_at      integer,
    locked_until timestamptz,
    -- account rows: the last attempt let through the slowdown
    admitted_at  timestamptz
);

create index login_failure_window_start_ix on login_failure (window_start);

drop table login_throttle_bucket;
