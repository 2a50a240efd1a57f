-- The audit trail: security and staff events, append-only. No code path updates or deletes a row; the
-- trigger below refuses UPDATE and TRUNCATE always, and DELETE unless the retention job has set
-- court.audit_purge = 'on' for its own transaction (set local), so even a mistaken statement cannot rewrite it.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz   not null default clock_timestamp(),
    action         varchar(40)   not null,
    actor          varchar(100),
    client_address varchar(64),
    target         varchar(300),
    detail         varchar(2000),
    before_value   text,
    after_value    text
);

create index audit_event_occurred_at_ix on audit_event (occurred_at desc, id desc);
create index audit_event_actor_ix on audit_event (actor, occurred_at desc);
create index audit_event_action_ix on audit_event (action, occurred_at desc);

create function audit_event_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' and current_setting('court.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
