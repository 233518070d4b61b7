-- Seminars, their sessions and registrations. The capacity guarantee lives here: confirmed_count is only ever changed
-- by a conditional UPDATE under the seminar row lock, and the check constraint refuses anything above capacity.
create table seminar (
    id                      bigint generated always as identity primary key,
    title                   varchar(200)  not null,
    host                    varchar(200)  not null,
    description             text,
    venue                   varchar(300)  not null,
    online_url              varchar(500),
    starts_at               timestamptz   not null,
    ends_at                 timestamptz   not null,
    capacity                integer       not null,
    confirmed_count         integer       not null default 0,
    waitlist_seq            integer       not null default 0,
    registration_opens_at   timestamptz   not null,
    registration_closes_at  timestamptz   not null,
    retention_days          integer       not null,
    status                  varchar(16)   not null,
    survey_sent_at          timestamptz,
    personal_data_purged_at timestamptz,
    created_at              timestamptz   not null,
    version                 bigint        not null default 0,
    constraint seminar_status_check check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    constraint seminar_capacity_check check (capacity between 1 and 10000),
    constraint seminar_seats_check check (confirmed_count >= 0 and confirmed_count <= capacity),
    constraint seminar_time_check check (ends_at > starts_at),
    constraint seminar_window_check check (registration_closes_at > registration_opens_at
        and registration_closes_at <= ends_at),
    constraint seminar_retention_check check (retention_days between 1 and 1825)
);

create index seminar_upcoming_idx on seminar (starts_at) where status = 'PUBLISHED';

create table seminar_session (
    id          bigint generated always as identity primary key,
    seminar_id  bigint       not null references seminar (id) on delete cascade,
    position    integer      not null,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    topic       varchar(300) not null,
    speaker     varchar(100),
    affiliation varchar(200),
    constraint seminar_session_time_check check (ends_at > starts_at),
    constraint seminar_session_position_uq unique (seminar_id, position) deferrable initially deferred
);

-- Personal data (name, organisation, email, phone, subject) becomes null when the retention period ends;
-- status, times and survey answers stay for statistics.
create table seminar_registration (
    id                    bigint generated always as identity primary key,
    seminar_id            bigint       not null references seminar (id),
    attendee_subject      varchar(64),
    name                  varchar(100),
    organisation          varchar(200),
    email                 varchar(320),
    phone                 varchar(20),
    status                varchar(16)  not null,
    waitlist_number       integer,
    ticket_code           varchar(8)   not null,
    consent_version       varchar(20)  not null,
    consent_at            timestamptz  not null,
    registered_at         timestamptz  not null,
    confirmed_at          timestamptz,
    cancelled_at          timestamptz,
    checked_in_at         timestamptz,
    certificate_code      varchar(16),
    certificate_issued_at timestamptz,
    anonymised_at         timestamptz,
    version               bigint       not null default 0,
    constraint seminar_registration_status_check check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    constraint seminar_registration_waitlist_check check (status <> 'WAITLISTED' or waitlist_number is not null),
    constraint seminar_registration_checkin_check check (checked_in_at is null or status = 'CONFIRMED'),
    constraint seminar_registration_certificate_check check (certificate_code is null or checked_in_at is not null),
    constraint seminar_registration_ticket_uq unique (ticket_code),
    constraint seminar_registration_certificate_uq unique (certificate_code)
);

-- Nobody holds two active registrations for one seminar; a cancelled one does not block registering again.
create unique index seminar_registration_active_uq on seminar_registration (seminar_id, attendee_subject)
    where status <> 'CANCELLED';
-- Each waitlist number is handed out once per seminar (arrival order = promotion order).
create unique index seminar_registration_waitlist_uq on seminar_registration (seminar_id, waitlist_number)
    where waitlist_number is not null;
create index seminar_registration_waiting_idx on seminar_registration (seminar_id, waitlist_number)
    where status = 'WAITLISTED';
create index seminar_registration_subject_idx on seminar_registration (attendee_subject);
create index seminar_registration_seminar_idx on seminar_registration (seminar_id, id);

create table seminar_survey_response (
    id              bigint generated always as identity primary key,
    registration_id bigint      not null references seminar_registration (id),
    seminar_id      bigint      not null references seminar (id),
    overall         integer     not null,
    usefulness      integer     not null,
    comment         varchar(2000),
    submitted_at    timestamptz not null,
    constraint seminar_survey_once_uq unique (registration_id),
    constraint seminar_survey_overall_check check (overall between 1 and 5),
    constraint seminar_survey_usefulness_check check (usefulness between 1 and 5)
);

create index seminar_survey_seminar_idx on seminar_survey_response (seminar_id);

-- ShedLock: a scheduled job (e.g. the retention purge) runs on one portal node at a time.
create table if not exists shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
