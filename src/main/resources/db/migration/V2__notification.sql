-- Mail is stored in the same transaction as the state change it reports, then sent after commit and retried
-- until it goes: a mail server outage never loses a decision, and a decision never exists without its mail.
create table outbound_mail (
    id              bigint generated always as identity primary key,
    recipient       varchar(320)  not null,
    subject         varchar(500)  not null,
    body            text          not null,
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000)
);

create index outbound_mail_pending_idx on outbound_mail (next_attempt_at) where sent_at is null;
create index outbound_mail_created_idx on outbound_mail (created_at desc);

create table outbound_mail_attachment (
    id           bigint generated always as identity primary key,
    mail_id      bigint       not null references outbound_mail (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    content      bytea        not null
);

create index outbound_mail_attachment_mail_idx on outbound_mail_attachment (mail_id);

-- In-portal notices ("your application was selected"), shown to the user they are for.
create table portal_notice (
    id                bigint generated always as identity primary key,
    recipient_subject varchar(64)  not null,
    title             varchar(300) not null,
    body              text,
    link              varchar(500),
    created_at        timestamptz  not null,
    read_at           timestamptz
);

create index portal_notice_recipient_idx on portal_notice (recipient_subject, created_at desc);
