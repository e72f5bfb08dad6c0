-- The cities that organise an event or a series: their staff manage it. An event of two cities (a joint event such
-- as the Seoul–Tokyo Week's concert) changes its dates, venue and places only with both sides' consent, and every
-- change moves its version on, so a proposal made on an older version is recognised as stale.
alter table event.series add column cities bigint[] not null default '{}';
alter table event.event add column cities bigint[] not null default '{}';
alter table event.event add column version bigint not null default 0;
create index event_cities on event.event using gin (cities);
