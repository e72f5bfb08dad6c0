-- A counter that moves on with every committed change of the programs, kept by the database itself so that no way
-- of writing them (a staff edit, an approved proposal, the command line) can forget it: the search index of every
-- instance compares it with the one it indexed. Being a row, it changes only when the change commits.
create table exchange.content_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);

insert into exchange.content_version (id, version) values (1, 0);

create function exchange.content_changed() returns trigger language plpgsql as $$
begin
    update exchange.content_version set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger program_content_changed after insert or update or delete or truncate on exchange.program
    for each statement execute function exchange.content_changed();
