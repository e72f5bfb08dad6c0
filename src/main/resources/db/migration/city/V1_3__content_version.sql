-- A counter that moves on with every committed change of places and their names, kept by the database itself so
-- that no way of writing them (an import, its undoing, the command line) can forget it: the search index of every
-- instance compares it with the one it indexed. Counting names missed a rename and a removal matched by an addition.
-- Statement triggers cost one update per import, however many rows it copies.
create table city.content_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);

insert into city.content_version (id, version) values (1, 0);

create function city.content_changed() returns trigger language plpgsql as $$
begin
    update city.content_version set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger place_content_changed after insert or update or delete or truncate on city.place
    for each statement execute function city.content_changed();

create trigger place_name_content_changed after insert or update or delete or truncate on city.place_name
    for each statement execute function city.content_changed();
