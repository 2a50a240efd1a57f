-- Two database roles (docs/SECURITY.md): Flyway connects as the migration role (SPRING_FLYWAY_USER), which owns
-- every table, function and trigger; the site connects as the application role (SPRING_DATASOURCE_USERNAME), which
-- only reads and writes data. It owns nothing, so it cannot run DDL or disable a trigger, and it may only read and
-- add audit rows. Flyway names the application role on each of its connections (spring.flyway.init-sqls sets
-- court.app_role); with one role for both, or when Flyway runs without that setting, nothing is granted here.
do $$
declare
    app constant text := coalesce(current_setting('court.app_role', true), '');
begin
    if app = '' or app = current_user then
        raise notice 'One database role (%): no grants for a separate application role', current_user;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'The application role "%" does not exist: create it before migrating (deploy/postgres)', app;
    end if;
    -- No DDL: the application role creates nothing in the schema or the database (PostgreSQL 15 and later grant
    -- neither to PUBLIC; an older or hand-made database may, and only its owner can take that back).
    begin
        revoke create on schema public from public;
        execute format('revoke create on schema public from %I', app);
        execute format('revoke create on database %I from %I', current_database(), app);
    exception
        when insufficient_privilege then
            raise warning 'Could not revoke CREATE from PUBLIC and %: run these migrations as the database owner', app;
    end;
    if has_schema_privilege(app, 'public', 'CREATE') or has_database_privilege(app, current_database(), 'CREATE') then
        raise exception 'The application role "%" may still create objects: give the database to the migration role', app;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    -- Flyway's history is the migration role's alone; the site only reads it (the schema check).
    execute format('revoke insert, update, delete, truncate on ${flyway:table} from %I', app);
    -- The audit trail: read and add, never change or remove (old rows go through audit_event_purge, V82).
    execute format('revoke update, delete, truncate on audit_event from %I', app);
    -- Tables and sequences that later migrations create get the same grants (audit_event is the one exception).
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
end;
$$;
