-- Staff correct a community event after it was recorded (its attendance counted later, a typo in its place); every
-- change moves its version on, so an edit made on a page read before another editor's change is refused.
alter table engagement.community_event add column version bigint not null default 0;
