-- The audit retention clean-up without DELETE for the site: this function runs with its owner's rights (the
-- migration role), deletes only rows older than the cutoff it is given, and never a row younger than 365 days
-- whatever cutoff it is given, so even a site taken over cannot empty the recent trail. The append-only trigger
-- (V32) lets its DELETE through with court.audit_purge set for this transaction only, switched off again before it
-- returns. Only the owner and the application role may call it.
create function audit_event_purge(cutoff timestamptz) returns bigint
    language plpgsql
    security definer
    set search_path = pg_catalog, pg_temp
as
$$
declare
    deleted bigint;
begin
    perform set_config('court.audit_purge', 'on', true);
    delete from public.audit_event where occurred_at < least(cutoff, now() - interval '365 days');
    get diagnostics deleted = row_count;
    perform set_config('court.audit_purge', 'off', true);
    return deleted;
end;
$$;

revoke all on function audit_event_purge(timestamptz) from public;

do $$
declare
    app constant text := coalesce(current_setting('court.app_role', true), '');
begin
    if app <> '' and app <> current_user then
        execute format('grant execute on function audit_event_purge(timestamptz) to %I', app);
    end if;
end;
$$;
