-- The version an organisation is at: every change moves it on, so that a correction typed on an older reading is
-- refused instead of silently overwriting what someone else corrected meanwhile.
alter table actor.organisation add column version bigint not null default 0;
