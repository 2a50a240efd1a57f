-- Bucket4j's token buckets for failed logins, one per account and one per client address, shared by every
-- instance. expires_at (epoch milliseconds) says when a bucket is full again and can be forgotten:
-- LoginThrottle.removeExpired() deletes those rows.
create table login_throttle_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

create index login_throttle_bucket_expires_at_ix on login_throttle_bucket (expires_at);
