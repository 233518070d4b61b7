-- Pilot projects (실증과제): a company proves a solution on pilot-factory bookings; the operator logs each run and
-- hands over run data; the results per KPI are verified by the operator or an official and give a 실증확인서.
-- The data terms the company agreed are kept as a history (pp_terms_record); the project row holds the current ones.
create table pp_project (
    id                   bigint generated always as identity primary key,
    company_id           bigint        not null references company (id),
    company_name         varchar(200)  not null,
    title                varchar(200)  not null,
    solution             varchar(300)  not null,
    objective            text          not null,
    industry             varchar(30)   not null,
    planned_runs         integer       not null,
    status               varchar(20)   not null,
    data_scope           varchar(30)   not null,
    publish_verification boolean       not null,
    terms_version        varchar(30)   not null,
    terms_agreed_at      timestamptz   not null,
    withdrawn_at         timestamptz,
    certificate_code     varchar(12),
    verified_by_name     varchar(200),
    verified_by_role     varchar(20),
    verified_at          timestamptz,
    published_at         timestamptz,
    created_by           varchar(64)   not null,
    created_at           timestamptz   not null,
    version              bigint        not null default 0,
    constraint pp_project_status_check check (status in
        ('PLANNED', 'RUNNING', 'RESULTS_RECORDED', 'VERIFIED', 'PUBLISHED', 'WITHDRAWN')),
    constraint pp_project_scope_check check (data_scope in ('COMPANY_ONLY', 'STAFF', 'ANONYMISED_LIBRARY')),
    constraint pp_project_runs_check check (planned_runs between 1 and 100),
    constraint pp_project_certificate_unique unique (certificate_code),
    -- a verified project has its verifier and code; withdrawn ones keep them for the verification page
    constraint pp_project_verified_check check (status not in ('VERIFIED', 'PUBLISHED')
        or (certificate_code is not null and verified_at is not null)),
    constraint pp_project_published_check check (status <> 'PUBLISHED'
        or (data_scope = 'ANONYMISED_LIBRARY' and withdrawn_at is null))
);

create index pp_project_company_idx on pp_project (company_id, created_at desc);
create index pp_project_status_idx on pp_project (status);

create table pp_project_tag (
    project_id bigint      not null references pp_project (id) on delete cascade,
    tag        varchar(30) not null,
    primary key (project_id, tag)
);

create table pp_kpi (
    id          bigint generated always as identity primary key,
    project_id  bigint         not null references pp_project (id) on delete cascade,
    position    integer        not null,
    name        varchar(200)   not null,
    unit        varchar(30)    not null,
    comparator  varchar(10)    not null,
    target      numeric(18, 4) not null,
    measured    numeric(18, 4),
    method      varchar(1000),
    met         boolean,
    recorded_by varchar(200),
    recorded_at timestamptz,
    constraint pp_kpi_comparator_check check (comparator in ('AT_LEAST', 'AT_MOST')),
    constraint pp_kpi_position_unique unique (project_id, position)
);

-- Every agreement, narrowing and withdrawal of the data terms, never updated.
create table pp_terms_record (
    id                   bigint generated always as identity primary key,
    project_id           bigint       not null references pp_project (id) on delete cascade,
    data_scope           varchar(30)  not null,
    publish_verification boolean      not null,
    withdrawn            boolean      not null,
    terms_version        varchar(30)  not null,
    changed_by           varchar(64)  not null,
    changed_by_name      varchar(200) not null,
    changed_at           timestamptz  not null
);

create index pp_terms_record_project_idx on pp_terms_record (project_id, changed_at);

-- A booking serves at most one project; what the certificate shows of it is kept here.
create table pp_project_booking (
    booking_id    bigint       primary key,
    project_id    bigint       not null references pp_project (id) on delete cascade,
    resource_name varchar(200) not null,
    starts_at     timestamptz  not null,
    ends_at       timestamptz  not null,
    attached_at   timestamptz  not null
);

create index pp_project_booking_project_idx on pp_project_booking (project_id);

-- The operator's log of one run: one per attached booking.
create table pp_run (
    id              bigint generated always as identity primary key,
    project_id      bigint        not null references pp_project (id) on delete cascade,
    booking_id      bigint        not null unique references pp_project_booking (booking_id),
    resource_name   varchar(200)  not null,
    started_at      timestamptz   not null,
    ended_at        timestamptz   not null,
    line_conditions varchar(2000) not null,
    deviations      varchar(2000),
    logged_by_name  varchar(200)  not null,
    logged_at       timestamptz   not null,
    constraint pp_run_range_check check (ended_at > started_at)
);

create table pp_run_file (
    id               bigint generated always as identity primary key,
    run_id           bigint       not null references pp_run (id) on delete cascade,
    project_id       bigint       not null references pp_project (id) on delete cascade,
    file_name        varchar(200) not null,
    format           varchar(10)  not null,
    size_bytes       bigint       not null,
    sha256           varchar(64)  not null,
    storage_key      varchar(32)  not null,
    uploaded_by_name varchar(200) not null,
    uploaded_at      timestamptz  not null,
    constraint pp_run_file_format_check check (format in ('CSV', 'JSON', 'PARQUET', 'ZIP'))
);

create index pp_run_file_run_idx on pp_run_file (run_id);

-- Every download of run data: who and when; kept after the terms change.
create table pp_download (
    id            bigint generated always as identity primary key,
    file_id       bigint       not null references pp_run_file (id) on delete cascade,
    project_id    bigint       not null references pp_project (id) on delete cascade,
    subject       varchar(64)  not null,
    name          varchar(200) not null,
    role          varchar(20)  not null,
    downloaded_at timestamptz  not null
);

create index pp_download_project_idx on pp_download (project_id, downloaded_at desc);
