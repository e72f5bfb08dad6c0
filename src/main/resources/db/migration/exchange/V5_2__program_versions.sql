-- A program is shared by the two cities of its partnership: its version lets the partner city's approval of a
-- proposed change refuse a proposal made on an older state instead of overwriting what changed since.
alter table exchange.program add column version integer not null default 0;
