-- Only on the test classpath, in its own folder: the migration the `schema` check must report as pending.
create table ops_health_pending_probe (id bigint primary key);
