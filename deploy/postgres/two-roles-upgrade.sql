-- For a database made before the two roles (docker compose with POSTGRES_USER=court, or any single-role install):
-- run once as a superuser, e.g.
--   docker compose exec -T db psql -U court -d court -v app_password="$DB_APP_PASSWORD" < deploy/postgres/two-roles-upgrade.sql
-- then start the site with SPRING_FLYWAY_USER=<the role that owns the tables today> and
-- SPRING_DATASOURCE_USERNAME=court_app: the next migration (V81) grants court_app what it needs.
create role court_app login password :'app_password';
grant connect, temporary on database court to court_app;
