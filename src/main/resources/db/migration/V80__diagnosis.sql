-- Smart-factory diagnosis (수준진단), mentors and their assignments, and the company's confirmed level.

-- The level a mentor or an official confirmed (on-site), which program eligibility uses; owned by the company feature.
create table company_confirmed_level (
    company_id    bigint       primary key references company (id),
    level         integer      not null,
    confirmed_on  date         not null,
    confirmed_by  varchar(255) not null,
    recorded_at   timestamptz  not null,
    constraint company_confirmed_level_range check (level between 1 and 5)
);

-- Mentors known to the portal (a person holding the mentor role registers on first use; demo data adds the demo mentor).
create table diagnosis_mentor (
    subject       varchar(64)  primary key,
    display_name  varchar(255) not null,
    email         varchar(320),
    registered_at timestamptz  not null
);

create table diagnosis_mentor_assignment (
    id             bigint generated always as identity primary key,
    company_id     bigint        not null references company (id),
    company_name   varchar(200)  not null,
    mentor_subject varchar(64)   not null references diagnosis_mentor (subject),
    assigned_by    varchar(255)  not null,
    assigned_at    timestamptz   not null,
    ended_at       timestamptz,
    end_reason     varchar(1000)
);

-- one current mentor per company; ended assignments stay as history
create unique index diagnosis_mentor_assignment_current on diagnosis_mentor_assignment (company_id) where ended_at is null;
create index diagnosis_mentor_assignment_mentor on diagnosis_mentor_assignment (mentor_subject) where ended_at is null;

create table diagnosis (
    id                  bigint generated always as identity primary key,
    company_id          bigint        not null references company (id),
    company_name        varchar(200)  not null,
    region              varchar(20)   not null,
    ksic_section        varchar(1)    not null,
    status              varchar(20)   not null,
    self_answers        varchar(2000) not null,
    confirmed_answers   varchar(2000),
    overall_score       integer       not null,
    overall_level       integer       not null,
    submitted_by        varchar(255)  not null,
    submitted_at        timestamptz   not null,
    confirmed_by        varchar(255),
    confirmed_at        timestamptz,
    visit_date          date,
    confirmation_notes  varchar(2000),
    version             bigint        not null default 0,
    constraint diagnosis_status_check check (status in ('SELF_ASSESSED', 'CONFIRMED')),
    constraint diagnosis_level_range check (overall_level between 1 and 5),
    constraint diagnosis_confirmed_complete check (status <> 'CONFIRMED' or (confirmed_at is not null and visit_date is not null))
);

create index diagnosis_company_idx on diagnosis (company_id, submitted_at desc);
create index diagnosis_peer_idx on diagnosis (region, ksic_section);
