-- Accent-insensitive Portuguese search and typo tolerance (used by the site search).
-- On a managed PostgreSQL these need to be created once by a role allowed to create extensions.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
