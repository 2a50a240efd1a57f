-- What the assistant spent at OpenAI on each of the court's days, shared by every instance: SpendingBudget
-- reserves one request here before each call (one atomic upsert that refuses past the daily limits) and adds
-- the tokens the reply reports after it. One row a day, kept as a history of the spending (365 rows a year).
create table assistant_openai_spending (
    day         date primary key,
    requests    bigint not null default 0 check (requests >= 0),
    tokens      bigint not null default 0 check (tokens >= 0),
    updated_at  timestamptz not null
);
