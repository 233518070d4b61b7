-- Pilot factory (실증팩토리): bookable resources, their opening hours, maintenance blackouts and bookings.
create extension if not exists btree_gist;

create table pf_resource (
    id                            bigint generated always as identity primary key,
    name                          varchar(200)  not null,
    kind                          varchar(20)   not null,
    site                          varchar(200)  not null,
    location                      varchar(300),
    description                   text,
    slot_minutes                  integer       not null,
    min_minutes                   integer       not null,
    max_minutes                   integer       not null,
    lead_hours                    integer       not null,
    monthly_quota_hours           integer,
    requires_approved_application boolean       not null default false,
    active                        boolean       not null default true,
    version                       bigint        not null default 0,
    created_at                    timestamptz   not null,
    constraint pf_resource_name_unique unique (name),
    constraint pf_resource_kind_check check (kind in ('LINE', 'ROBOT_CELL', 'INSPECTION', 'SERVER')),
    constraint pf_resource_slot_check check (slot_minutes in (15, 30, 60, 120)),
    constraint pf_resource_length_check check (min_minutes > 0 and max_minutes >= min_minutes
        and min_minutes % slot_minutes = 0 and max_minutes % slot_minutes = 0),
    constraint pf_resource_lead_check check (lead_hours between 0 and 720),
    constraint pf_resource_quota_check check (monthly_quota_hours is null or monthly_quota_hours > 0)
);

-- One opening window per weekday (ISO 1 = Monday); a weekday without a row is closed.
create table pf_opening_hours (
    resource_id bigint   not null references pf_resource (id) on delete cascade,
    day_of_week smallint not null,
    opens_at    time     not null,
    closes_at   time     not null,
    primary key (resource_id, day_of_week),
    constraint pf_opening_hours_day_check check (day_of_week between 1 and 7),
    -- 00:00 as closing time means midnight at the end of the day (open until 24:00)
    constraint pf_opening_hours_window_check check (closes_at > opens_at or closes_at = time '00:00')
);

-- Kept apart from the resource so that listing resources never loads image bytes.
create table pf_resource_photo (
    resource_id  bigint       primary key references pf_resource (id) on delete cascade,
    content_type varchar(100) not null,
    content      bytea        not null
);

create table pf_blackout (
    id          bigint generated always as identity primary key,
    resource_id bigint        not null references pf_resource (id) on delete cascade,
    starts_at   timestamptz   not null,
    ends_at     timestamptz   not null,
    reason      varchar(500)  not null,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null,
    constraint pf_blackout_range_check check (ends_at > starts_at)
);

create index pf_blackout_range_idx on pf_blackout using gist (resource_id, tstzrange(starts_at, ends_at, '[)'));

-- company_id refers to the company registry (company feature); the foreign key follows once that table exists.
-- company_name is a snapshot taken at request time so that lists never need one look-up per row.
create table pf_booking (
    id                 bigint generated always as identity primary key,
    resource_id        bigint        not null references pf_resource (id),
    company_id         bigint        not null,
    company_name       varchar(300)  not null,
    requester_subject  varchar(64)   not null,
    requester_name     varchar(255)  not null,
    requester_email    varchar(320),
    starts_at          timestamptz   not null,
    ends_at            timestamptz   not null,
    status             varchar(20)   not null,
    purpose            varchar(1000) not null,
    solution           varchar(300)  not null,
    visitors           integer       not null,
    series_id          uuid,
    decision_reason    varchar(1000),
    decided_by         varchar(64),
    decided_at         timestamptz,
    attendance         varchar(20),
    attendance_at      timestamptz,
    attendance_by      varchar(64),
    blackout_conflict  boolean       not null default false,
    reminded_at        timestamptz,
    created_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint pf_booking_range_check check (ends_at > starts_at),
    constraint pf_booking_status_check check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
    constraint pf_booking_attendance_check check (attendance is null
        or (status = 'APPROVED' and attendance in ('CHECKED_IN', 'NO_SHOW'))),
    constraint pf_booking_visitors_check check (visitors between 1 and 50),
    -- The guarantee: two live bookings of one resource never overlap, whatever the concurrency.
    constraint pf_booking_no_overlap exclude using gist (
        resource_id with =,
        tstzrange(starts_at, ends_at, '[)') with &&
    ) where (status in ('REQUESTED', 'APPROVED'))
);

create index pf_booking_company_idx on pf_booking (company_id, starts_at);
create index pf_booking_status_idx on pf_booking (status, starts_at);
create index pf_booking_resource_time_idx on pf_booking (resource_id, starts_at);
create index pf_booking_reminder_idx on pf_booking (starts_at) where status = 'APPROVED' and reminded_at is null;
