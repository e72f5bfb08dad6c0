-- The city whose list an import committed through the wizard was (its staff may read and undo it); empty for the
-- bundled data Amity loads itself, which only platform admins may undo.
alter table interop.import_run add column owner_city bigint;

create index import_run_owner on interop.import_run (owner_city, id);
