-- A counter of changes to the registry, bumped in the same transaction as every change: each application instance
-- (and the command line) compares it with the version its cached map and network were built from.
create table partnership.registry_version (
    id         integer primary key check (id = 1),
    version    bigint  not null,
    changed_at timestamptz not null default now()
);

insert into partnership.registry_version (id, version) values (1, 0);
