-- Mail and abuse (issue 15).

-- A registration with an address other than the account's verified one waits until that address confirms by a
-- mailed link (only the SHA-256 hash of the link's token is kept). Personal data like a registration's: the
-- seminar's retention purge deletes these rows.
create table seminar_email_confirmation (
    id               bigint generated always as identity primary key,
    seminar_id       bigint       not null references seminar (id),
    attendee_subject varchar(64)  not null,
    name             varchar(100) not null,
    organisation     varchar(200),
    email            varchar(320) not null,
    phone            varchar(20)  not null,
    language         varchar(8),
    token_hash       varchar(64)  not null,
    requested_at     timestamptz  not null,
    expires_at       timestamptz  not null,
    closed_at        timestamptz,
    confirmed_at     timestamptz
);

create unique index seminar_email_confirmation_token_key on seminar_email_confirmation (token_hash);
-- one confirmation waits per person and seminar: a newer request closes the older in the same transaction
create unique index seminar_email_confirmation_open_key on seminar_email_confirmation (seminar_id, attendee_subject)
    where closed_at is null;
create index seminar_email_confirmation_subject_idx on seminar_email_confirmation (attendee_subject, requested_at);
create index seminar_email_confirmation_seminar_idx on seminar_email_confirmation (seminar_id);

-- Rate limits are counted from these rows, in the database, so every portal node applies the same limit.
create index seminar_registration_registered_idx on seminar_registration (attendee_subject, registered_at);
create index seminar_registration_cancelled_idx on seminar_registration (attendee_subject, cancelled_at)
    where cancelled_at is not null;
create index company_invitation_invited_idx on company_invitation (company_id, invited_at);
