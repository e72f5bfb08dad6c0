-- An idea is about an event (its topic is the event's slug) or about an exchange program (its topic is the program's
-- id); the same slug and id may exist in both, so what the topic names is kept beside it.
alter table engagement.idea add column about text not null default 'EVENT' check (about in ('EVENT', 'PROGRAM'));
create index idea_about_topic on engagement.idea (about, topic, status);
