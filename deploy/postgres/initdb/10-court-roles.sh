#!/bin/sh
# Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d), as the superuser.
# Two roles (docs/SECURITY.md):
#   court_owner  the migration role: owns the database and everything Flyway creates in it (SPRING_FLYWAY_USER);
#   court_app    the site's role: connects and reads and writes data, owns nothing, and gets its grants from the
#                migrations (V81): no UPDATE, DELETE or TRUNCATE on audit_event, no DDL.
# Neither is a superuser. The passwords come from the environment (DB_MIGRATION_PASSWORD, DB_APP_PASSWORD).
set -eu
: "${DB_MIGRATION_PASSWORD:?set DB_MIGRATION_PASSWORD}"
: "${DB_APP_PASSWORD:?set DB_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner_password="$DB_MIGRATION_PASSWORD" -v app_password="$DB_APP_PASSWORD" <<'SQL'
create role court_owner login password :'owner_password';
create role court_app login password :'app_password';
create database court owner court_owner;
revoke all on database court from public;
grant connect, temporary on database court to court_app;
\connect court
-- PostgreSQL 15 and later already keep CREATE on the public schema from PUBLIC; said here so nobody relies on it.
revoke create on schema public from public;
SQL
