-- The Defensoria Pública's phone and site, which the assistant offers as a way to reach a person: content the staff
-- edit with the rest of the unit (they were settings before, beside the unit's own contacts in this table).
alter table unit add column defensoria_phone text;
alter table unit add column defensoria_url text;

update unit set defensoria_phone = '129', defensoria_url = 'https://www.defensoria.es.def.br/';
