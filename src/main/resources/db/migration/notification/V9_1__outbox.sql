-- Mail queued by other modules in their own transactions; the relay sends it afterwards.
create schema if not exists notification;

create table notification.outbox (
    id         bigserial primary key,
    -- what the mail announces (registration-confirmed:42): queued once, whatever replays
    mail_key   text        not null unique,
    recipient  text        not null,
    subject    text        not null,
    body       text        not null,
    queued_at  timestamptz not null default now(),
    sent_at    timestamptz,
    attempts   integer     not null default 0,
    -- a failed message waits longer after each attempt (2^attempts seconds)
    retry_at   timestamptz,
    last_error text
);

create index outbox_unsent on notification.outbox (id) where sent_at is null;
