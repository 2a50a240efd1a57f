-- Staff editing of the content.
-- The urgent banner can be switched off without losing its text or period.
alter table urgent_notice add column enabled boolean not null default true;

-- One row counting committed content edits. Every edit bumps it in its own transaction; each instance compares
-- it with the value it last saw every few seconds and clears its in-memory caches when it moved, so an edit made
-- through one instance shows on all of them.
create table content_revision (
    id       smallint primary key check (id = 1),
    revision bigint not null
);
insert into content_revision (id, revision) values (1, 0);
