-- What the open-data API needs to say what changed since a moment: each partnership's last change (its own row, its
-- agreements, status history and sources), and a marker for each partnership that was removed.

create or replace function partnership.stamp_updated() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end $$;

create trigger partnership_stamp_updated before update on partnership.partnership
    for each row execute function partnership.stamp_updated();

-- Statement-level, so that a bulk import touches each partnership once; rows already stamped by this transaction
-- (new partnerships) are left alone.
create or replace function partnership.touch_changed() returns trigger language plpgsql as $$
begin
    update partnership.partnership p set updated_at = now()
    where p.id in (select partnership_id from changed) and p.updated_at <> now();
    return null;
end $$;

create trigger agreement_inserted after insert on partnership.agreement
    referencing new table as changed for each statement execute function partnership.touch_changed();
create trigger agreement_updated after update on partnership.agreement
    referencing new table as changed for each statement execute function partnership.touch_changed();
create trigger agreement_deleted after delete on partnership.agreement
    referencing old table as changed for each statement execute function partnership.touch_changed();
create trigger status_change_inserted after insert on partnership.status_change
    referencing new table as changed for each statement execute function partnership.touch_changed();
create trigger source_inserted after insert on partnership.partnership_source
    referencing new table as changed for each statement execute function partnership.touch_changed();
create trigger source_deleted after delete on partnership.partnership_source
    referencing old table as changed for each statement execute function partnership.touch_changed();

create table partnership.removed_partnership (
    id         bigint      primary key,
    slug       text        not null,
    place_a    bigint      not null,
    place_b    bigint      not null,
    type       text        not null,
    since      text,
    removed_at timestamptz not null default now()
);

create index removed_partnership_removed_at_idx on partnership.removed_partnership (removed_at, id);

create or replace function partnership.remember_removed() returns trigger language plpgsql as $$
begin
    insert into partnership.removed_partnership (id, slug, place_a, place_b, type, since)
    select id, slug, place_a, place_b, type, since from removed
    on conflict (id) do update set removed_at = now();
    return null;
end $$;

create trigger partnership_removed after delete on partnership.partnership
    referencing old table as removed for each statement execute function partnership.remember_removed();

-- a partnership that comes back under the same id is no longer removed
create or replace function partnership.forget_removed() returns trigger language plpgsql as $$
begin
    delete from partnership.removed_partnership r using added a where r.id = a.id;
    return null;
end $$;

create trigger partnership_added after insert on partnership.partnership
    referencing new table as added for each statement execute function partnership.forget_removed();

create index partnership_updated_idx on partnership.partnership (updated_at, id);
