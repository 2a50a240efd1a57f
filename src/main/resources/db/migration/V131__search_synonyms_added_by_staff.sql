-- Which synonyms staff added from /admin (the assistant then reads a message naming one as the court's, whatever
-- its learned model guesses of a word it never saw), apart from those the site came with. Synonyms staff added
-- before this version count as the site's until saved again.
alter table search_synonym add column added_by_staff boolean not null default false;
