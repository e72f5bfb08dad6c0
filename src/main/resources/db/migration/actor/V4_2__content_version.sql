-- A counter that moves on with every committed change of the directory's organisations, kept by the database
-- itself so that no way of writing them (a staff edit, an import, the command line) can forget it: the search index
-- of every instance compares it with the one it indexed. Being a row, it changes only when the change commits.
create table actor.content_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);

insert into actor.content_version (id, version) values (1, 0);

create function actor.content_changed() returns trigger language plpgsql as $$
begin
    update actor.content_version set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger organisation_content_changed after insert or update or delete or truncate on actor.organisation
    for each statement execute function actor.content_changed();
