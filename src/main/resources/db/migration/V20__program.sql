-- Support programs (지원사업): announcement, rubric, eligibility rules and the budget that approvals draw from.
-- approved_total is raised only by a conditional update (approved_total + amount <= total_budget) and the check
-- constraint below backs it up: two officials approving at the same moment can never overspend a program.
create table program (
    id                   bigint generated always as identity primary key,
    title                varchar(200)  not null,
    host_organisation    varchar(200)  not null,
    category             varchar(40)   not null,
    description          text          not null default '',
    total_budget         bigint        not null,
    max_grant            bigint        not null,
    approved_total       bigint        not null default 0,
    opens_at             timestamptz   not null,
    closes_at            timestamptz   not null,
    status               varchar(20)   not null default 'DRAFT',
    blind_review         boolean       not null default false,
    pass_threshold       integer       not null default 60,
    allowed_file_types   varchar(100)  not null default 'PDF',
    max_file_mb          integer       not null default 20,
    required_documents   text          not null default '',
    eligible_regions     varchar(500)  not null default '',
    eligible_size_classes varchar(200) not null default '',
    eligible_ksic        varchar(500)  not null default '',
    min_smart_factory_level integer,
    max_company_age_years integer,
    created_at           timestamptz   not null,
    published_at         timestamptz,
    version              bigint        not null default 0,
    constraint program_status_check check (status in ('DRAFT', 'PUBLISHED', 'COMPLETED')),
    constraint program_budget_positive check (total_budget > 0 and max_grant > 0 and max_grant <= total_budget),
    constraint program_budget_not_overspent check (approved_total >= 0 and approved_total <= total_budget),
    constraint program_window_check check (closes_at > opens_at),
    constraint program_threshold_check check (pass_threshold between 0 and 100),
    constraint program_smart_factory_check check (min_smart_factory_level is null or min_smart_factory_level between 1 and 5),
    constraint program_company_age_check check (max_company_age_years is null or max_company_age_years > 0),
    constraint program_file_size_check check (max_file_mb between 1 and 50)
);

create index program_public_idx on program (status, closes_at);

-- Evaluation rubric: each item scored 1-5 and weighted; the weights of a program sum to 100 (checked by the service).
create table rubric_item (
    id         bigint generated always as identity primary key,
    program_id bigint       not null references program (id) on delete cascade,
    position   integer      not null,
    name       varchar(100) not null,
    weight     integer      not null,
    constraint rubric_item_weight_check check (weight between 1 and 100),
    constraint rubric_item_position_unique unique (program_id, position) deferrable initially deferred
);

-- company_id refers to the company registry (a foreign key is added once that feature is in place).
create table grant_application (
    id                 bigint generated always as identity primary key,
    program_id         bigint        not null references program (id),
    company_id         bigint        not null,
    company_name       varchar(200)  not null,
    applicant_subject  varchar(64)   not null,
    applicant_name     varchar(255)  not null,
    applicant_email    varchar(320),
    project_title      varchar(200)  not null,
    summary            text          not null default '',
    requested_amount   bigint        not null,
    status             varchar(20)   not null default 'DRAFT',
    correction_note    varchar(1000),
    decision_reason    varchar(1000),
    granted_amount     bigint,
    eligible           boolean,
    eligibility_notes  varchar(1000),
    created_at         timestamptz   not null,
    submitted_at       timestamptz,
    decided_at         timestamptz,
    version            bigint        not null default 0,
    constraint grant_application_status_check check (status in ('DRAFT', 'SUBMITTED', 'INCOMPLETE', 'ACCEPTED',
        'UNDER_REVIEW', 'SELECTED', 'REJECTED', 'AGREED', 'WITHDRAWN')),
    constraint grant_application_amount_check check (requested_amount > 0),
    constraint grant_application_granted_check check (granted_amount is null or granted_amount > 0),
    constraint grant_application_selected_has_amount check (status not in ('SELECTED', 'AGREED') or granted_amount is not null)
);

-- One live application per company and program (a withdrawn one does not block a new one).
create unique index grant_application_one_per_company on grant_application (program_id, company_id)
    where status <> 'WITHDRAWN';
create index grant_application_company_idx on grant_application (company_id, created_at desc);
create index grant_application_program_idx on grant_application (program_id, status);

-- Uploaded files live outside the web root (portal.storage.dir); the database holds only a random storage key.
create table application_document (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references grant_application (id) on delete cascade,
    requirement    varchar(200) not null,
    file_name      varchar(255) not null,
    file_type      varchar(10)  not null,
    size_bytes     bigint       not null,
    storage_key    varchar(64)  not null unique,
    uploaded_at    timestamptz  not null,
    constraint application_document_type_check check (file_type in ('PDF', 'HWP', 'DOCX', 'XLSX'))
);

create index application_document_application_idx on application_document (application_id);

-- People officials may assign as reviewers (registered when a reviewer first opens the portal, or by demo data).
create table program_reviewer (
    subject      varchar(64)  primary key,
    display_name varchar(255) not null,
    email        varchar(320),
    registered_at timestamptz not null
);

create table review_assignment (
    id               bigint generated always as identity primary key,
    application_id   bigint       not null references grant_application (id) on delete cascade,
    reviewer_subject varchar(64)  not null references program_reviewer (subject),
    status           varchar(20)  not null default 'ASSIGNED',
    overall_comment  varchar(2000),
    assigned_at      timestamptz  not null,
    submitted_at     timestamptz,
    version          bigint       not null default 0,
    constraint review_assignment_status_check check (status in ('ASSIGNED', 'SUBMITTED', 'CONFLICT')),
    constraint review_assignment_unique unique (application_id, reviewer_subject)
);

create index review_assignment_reviewer_idx on review_assignment (reviewer_subject, status);

create table review_score (
    id             bigint generated always as identity primary key,
    assignment_id  bigint        not null references review_assignment (id) on delete cascade,
    rubric_item_id bigint        not null references rubric_item (id),
    score          integer       not null,
    comment        varchar(2000),
    constraint review_score_range check (score between 1 and 5),
    constraint review_score_unique unique (assignment_id, rubric_item_id)
);

-- A reviewer's declared conflict of interest with a company: no assignment of that company's applications.
create table review_conflict (
    id               bigint generated always as identity primary key,
    reviewer_subject varchar(64)   not null,
    company_id       bigint        not null,
    reason           varchar(1000) not null,
    declared_at      timestamptz   not null,
    constraint review_conflict_unique unique (reviewer_subject, company_id)
);

-- 협약: the agreement of an approved grant, confirmed by the company in the portal.
create table grant_agreement (
    id                   bigint generated always as identity primary key,
    application_id       bigint       not null unique references grant_application (id),
    period_start         date         not null,
    period_end           date         not null,
    government_grant     bigint       not null,
    company_contribution bigint       not null,
    created_at           timestamptz  not null,
    confirmed_at         timestamptz,
    confirmed_by         varchar(255),
    constraint grant_agreement_period_check check (period_end > period_start),
    constraint grant_agreement_amounts_check check (government_grant > 0 and company_contribution >= 0)
);

create table agreement_budget_line (
    id           bigint generated always as identity primary key,
    agreement_id bigint       not null references grant_agreement (id) on delete cascade,
    position     integer      not null,
    item         varchar(200) not null,
    amount       bigint       not null,
    constraint agreement_budget_line_amount check (amount > 0)
);

-- Audit trail: every state change of a program or application, who did it, when and why.
create table program_audit (
    id             bigint generated always as identity primary key,
    program_id     bigint        not null references program (id) on delete cascade,
    application_id bigint,
    actor_subject  varchar(64)   not null,
    actor_name     varchar(255)  not null,
    occurred_at    timestamptz   not null,
    action         varchar(40)   not null,
    detail         varchar(2000)
);

create index program_audit_program_idx on program_audit (program_id, occurred_at desc);
create index program_audit_application_idx on program_audit (application_id, occurred_at desc);
