-- A series changes after it is created (its titles, descriptions and sub-events); its version moves on with every
-- change, so an edit made on a page read before another editor's change is refused instead of overwriting it.
alter table event.series add column version bigint not null default 0;
