-- A counter that moves on with every committed change of what the public sees of series, events and venues, kept
-- by the database itself so that no way of writing them (a staff edit, an approved schedule, the command line) can
-- forget it: the search index of every instance compares it with the one it indexed. Being a row, it changes only
-- when the change commits. An event's status (set at every check-in), offer hours and owning cities are left out, as
-- they change often and are not searched; a column that becomes searchable belongs in the list below.
create table event.content_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);

insert into event.content_version (id, version) values (1, 0);

create function event.content_changed() returns trigger language plpgsql as $$
begin
    update event.content_version set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger series_content_changed after insert or delete or truncate
    or update of slug, title, description, organisers, partnership, demo on event.series
    for each statement execute function event.content_changed();

create trigger event_content_changed after insert or delete or truncate
    or update of slug, series_id, kind, title, description, venue_id, starts_at, ends_at, languages, organisers,
        partnership, demo on event.event
    for each statement execute function event.content_changed();

create trigger venue_content_changed after insert or update or delete or truncate on event.venue
    for each statement execute function event.content_changed();
