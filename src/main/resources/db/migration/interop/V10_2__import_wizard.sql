-- The import wizard: a table being prepared (kept between the steps, since the application keeps no sessions), the
-- column mapping remembered per source, and what each committed import changed, so that it can be undone whole.
create table interop.import_draft (
    id         uuid primary key,
    created_at timestamptz not null default now(),
    source     text  not null check (length(source) between 1 and 200),
    file_name  text,
    pasted     boolean not null,
    content    bytea not null,
    encoding   text,
    owner      text,
    mapping    text,
    mapping_confirmed boolean not null default false,
    choices    text
);

create table interop.import_mapping (
    source_key text primary key,
    mapping    text not null,
    owner      text,
    encoding   text,
    updated_at timestamptz not null default now()
);

alter table interop.import_run add column undoable boolean not null default false;
alter table interop.import_run add column undone_at timestamptz;

-- One row per record an import created or merged into. For a merge, the partnership's facts before it, restored
-- on undo; version_after is the partnership's version when the import committed, so a later change is noticed.
create table interop.import_change (
    import_id       bigint  not null references interop.import_run (id),
    seq             integer not null,
    kind            text    not null check (kind in ('PLACE_CREATED', 'PARTNERSHIP_CREATED', 'PARTNERSHIP_MERGED')),
    target_id       bigint  not null,
    version_after   integer,
    before_type     text,
    before_since    text,
    before_status   text,
    before_curated  boolean,
    before_history  integer,
    added_source    text,
    primary key (import_id, seq)
);
