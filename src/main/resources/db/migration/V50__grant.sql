-- Post-award grant management (협약·교부·집행·보고·정산·사후관리) of an agreed application.

-- A program's post-award settings, edited by officials; a program without a row uses the defaults in code.
create table grant_program_settings (
    program_id          bigint       primary key references program (id) on delete cascade,
    categories          varchar(1000) not null,
    min_own_percent     integer      not null check (min_own_percent between 0 and 100),
    min_cash_percent    integer      not null check (min_cash_percent between 0 and 100),
    change_limit_percent integer     not null check (change_limit_percent between 0 and 100),
    follow_up_years     integer      not null check (follow_up_years between 0 and 10),
    instalment_percents varchar(100) not null,
    kpis                varchar(1000) not null
);

-- The grant project: the agreement as a contract, its state and the settled figures.
create table grant_project (
    id                    bigint generated always as identity primary key,
    application_id        bigint       not null unique references grant_application (id),
    program_id            bigint       not null references program (id),
    company_id            bigint       not null,
    -- copied from the agreed application when the contract is prepared (lists need no call per row)
    program_title         varchar(255) not null,
    company_name          varchar(255) not null,
    project_title         varchar(255) not null,
    goals                 text,
    applicant_subject     varchar(64)  not null,
    applicant_name        varchar(255),
    applicant_email       varchar(255),
    government_grant      bigint       not null check (government_grant > 0),
    status                varchar(20)  not null,
    period_start          date         not null,
    period_end            date         not null,
    own_cash              bigint       not null check (own_cash >= 0),
    own_in_kind           bigint       not null check (own_in_kind >= 0),
    deducts_input_vat     boolean      not null default true,
    version               integer      not null default 0,
    company_confirmed_at  timestamptz,
    company_confirmed_by  varchar(255),
    official_confirmed_at timestamptz,
    official_confirmed_by varchar(255),
    interest              bigint,
    recovery              bigint,
    settled_at            timestamptz,
    settled_by            varchar(255),
    settlement_note       varchar(2000),
    created_at            timestamptz  not null,
    constraint grant_project_period check (period_end > period_start)
);
create index grant_project_company_idx on grant_project (company_id);
create index grant_project_program_idx on grant_project (program_id);

-- A budget line (비목). spent = the line's expenses not disallowed; the cap is enforced here, also under concurrency.
create table grant_budget_line (
    id           bigint generated always as identity primary key,
    project_id   bigint       not null references grant_project (id) on delete cascade,
    position     integer      not null,
    category     varchar(100) not null,
    grant_amount bigint       not null check (grant_amount >= 0),
    own_amount   bigint       not null check (own_amount >= 0),
    spent        bigint       not null default 0,
    disallowed   bigint       not null default 0 check (disallowed >= 0),
    constraint grant_budget_line_cap check (spent >= 0 and spent <= grant_amount + own_amount),
    constraint grant_budget_line_category unique (project_id, category)
);

-- Every version of the agreement in force (v1 at signing, one per applied change), as a readable snapshot.
create table grant_agreement_version (
    id          bigint generated always as identity primary key,
    project_id  bigint        not null references grant_project (id) on delete cascade,
    version     integer       not null,
    period_end  date          not null,
    lines       varchar(4000) not null,
    note        varchar(2000),
    created_at  timestamptz   not null,
    created_by  varchar(255)  not null,
    unique (project_id, version)
);

create table grant_kpi (
    id         bigint generated always as identity primary key,
    project_id bigint       not null references grant_project (id) on delete cascade,
    position   integer      not null,
    name       varchar(200) not null,
    target     varchar(200) not null,
    achieved   varchar(200)
);

-- 교부: instalments of the government grant.
create table grant_instalment (
    id           bigint generated always as identity primary key,
    project_id   bigint       not null references grant_project (id) on delete cascade,
    seq          integer      not null,
    planned_on   date         not null,
    amount       bigint       not null check (amount > 0),
    condition    varchar(30)  not null,
    paid_on      date,
    paid_by      varchar(255),
    unique (project_id, seq)
);

-- 집행: one expense. amount = the allowable cost (supply amount, plus VAT when the company cannot deduct it).
create table grant_expense (
    id              bigint generated always as identity primary key,
    project_id      bigint        not null references grant_project (id) on delete cascade,
    line_id         bigint        not null references grant_budget_line (id),
    spent_on        date          not null,
    supplier_name   varchar(200)  not null,
    supplier_number varchar(10)   not null,
    supply_amount   bigint        not null check (supply_amount > 0),
    vat             bigint        not null check (vat >= 0),
    amount          bigint        not null check (amount > 0),
    payment_method  varchar(20)   not null,
    description     varchar(1000) not null,
    status          varchar(20)   not null,
    reason          varchar(2000),
    recorded_by     varchar(255)  not null,
    recorded_at     timestamptz   not null,
    reviewed_by     varchar(255),
    reviewed_at     timestamptz
);
create index grant_expense_project_idx on grant_expense (project_id, spent_on desc);

create table grant_file (
    id          bigint generated always as identity primary key,
    project_id  bigint       not null references grant_project (id) on delete cascade,
    owner_kind  varchar(20)  not null,
    owner_id    bigint       not null,
    file_name   varchar(255) not null,
    content_type varchar(100) not null,
    size        bigint       not null,
    storage_key varchar(255) not null,
    uploaded_at timestamptz  not null
);
create index grant_file_owner_idx on grant_file (owner_kind, owner_id);

-- 중간·최종보고.
create table grant_report (
    id            bigint generated always as identity primary key,
    project_id    bigint        not null references grant_project (id) on delete cascade,
    kind          varchar(20)   not null,
    due_on        date          not null,
    status        varchar(20)   not null,
    achievements  varchar(4000),
    submitted_at  timestamptz,
    submitted_by  varchar(255),
    comment       varchar(2000),
    reviewed_at   timestamptz,
    reviewed_by   varchar(255),
    reminded_before date,
    reminded_overdue date,
    unique (project_id, kind)
);

-- 협약변경: a notice (within the program's limit) or a request (beyond it, or a period extension).
create table grant_change (
    id             bigint generated always as identity primary key,
    project_id     bigint        not null references grant_project (id) on delete cascade,
    kind           varchar(20)   not null,
    status         varchar(20)   not null,
    from_line_id   bigint references grant_budget_line (id),
    to_line_id     bigint references grant_budget_line (id),
    grant_amount   bigint        not null default 0 check (grant_amount >= 0),
    own_amount     bigint        not null default 0 check (own_amount >= 0),
    new_period_end date,
    reason         varchar(2000) not null,
    decision       varchar(2000),
    requested_by   varchar(255)  not null,
    requested_at   timestamptz   not null,
    decided_by     varchar(255),
    decided_at     timestamptz
);

-- 사후관리: the yearly outcome survey; year 0 is the year before support (the baseline).
create table grant_outcome (
    id           bigint generated always as identity primary key,
    project_id   bigint      not null references grant_project (id) on delete cascade,
    year_no      integer     not null,
    due_on       date        not null,
    sales        bigint,
    exports      bigint,
    employees    integer,
    new_hires    integer,
    patents      integer,
    investment   bigint,
    products     integer,
    submitted_at timestamptz,
    reminded_on  date,
    unique (project_id, year_no)
);
