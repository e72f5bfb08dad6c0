-- Registering reads an event's definition (the event and its venue, its types, questions and which quotas each type
-- counts against) from a cache in each application instance, and checks in its own statement that the cached
-- definition is still the current one. Every change to a definition raises the event's definition_version, here by
-- triggers, so that no writer (another instance, a migration, a statement typed by hand) can forget it. A quota's
-- capacity and count are not part of the definition: registering reads those under the quota's lock.
alter table event.event add column definition_version bigint not null default 1;

-- How a registration was first answered (CONFIRMED or WAITLISTED), given again when its idempotency key is replayed.
alter table event.registration add column answered text;

create function event.event_definition_changed() returns trigger language plpgsql as $$
begin
    -- a change of the row itself, unless it is only the version raised by a change below
    if new.definition_version = old.definition_version then
        new.definition_version := old.definition_version + 1;
    end if;
    return new;
end
$$;

create trigger definition_version before update on event.event
    for each row execute function event.event_definition_changed();

create function event.part_of_definition_changed() returns trigger language plpgsql as $$
declare
    event_ids bigint[];
begin
    if tg_table_name = 'venue' then
        event_ids := array(select e.id from event.event e
                           where e.venue_id = (case when tg_op = 'DELETE' then old.id else new.id end));
    elsif tg_table_name = 'quota_type' then
        event_ids := array(select q.event_id from event.quota q
                           where q.id = (case when tg_op = 'DELETE' then old.quota_id else new.quota_id end));
    elsif tg_op = 'DELETE' then
        event_ids := array[old.event_id];
    elsif tg_op = 'UPDATE' then
        event_ids := array[old.event_id, new.event_id];
    else
        event_ids := array[new.event_id];
    end if;
    update event.event set definition_version = definition_version + 1 where id = any(event_ids);
    return null;
end
$$;

create trigger definition_version after insert or update or delete on event.registration_type
    for each row execute function event.part_of_definition_changed();
create trigger definition_version after insert or update or delete on event.question
    for each row execute function event.part_of_definition_changed();
create trigger definition_version after insert or update or delete on event.quota_type
    for each row execute function event.part_of_definition_changed();
create trigger definition_version after update on event.venue
    for each row execute function event.part_of_definition_changed();
-- capacity and taken change all the time and are read under the quota's lock; which quotas exist is the definition
create trigger definition_version after insert or delete or update of event_id on event.quota
    for each row execute function event.part_of_definition_changed();
