-- Solution catalogue, supplier flags, consultations with meetings, ratings and follow-ups, needs, mentoring.

create table matching_solution (
    id                    bigint generated always as identity primary key,
    supplier_company_id   bigint        not null references company (id),
    supplier_name         varchar(200)  not null,
    supplier_founded_on   date,
    name                  varchar(200)  not null,
    category              varchar(40)   not null,
    tags                  varchar(500)  not null default '',
    target_sections       varchar(60)   not null default '',
    areas                 varchar(200)  not null default '',
    price_min             bigint,
    price_max             bigint,
    project_months        integer,
    description           text          not null default '',
    reference_deployments text          not null default '',
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint matching_solution_price_check check (price_min is null or price_max is null or price_min <= price_max)
);

create index matching_solution_supplier on matching_solution (supplier_company_id);

-- An official's flag: the supplier closed or suspended business (휴·폐업); never recommended while flagged.
create table matching_supplier_flag (
    supplier_company_id bigint        primary key references company (id),
    kind                varchar(20)   not null,
    reason              varchar(1000) not null,
    flagged_by          varchar(255)  not null,
    flagged_at          timestamptz   not null,
    constraint matching_supplier_flag_kind check (kind in ('CLOSED', 'SUSPENDED'))
);

create table matching_consultation (
    id                   bigint generated always as identity primary key,
    solution_id          bigint        not null references matching_solution (id),
    solution_name        varchar(200)  not null,
    supplier_company_id  bigint        not null references company (id),
    supplier_name        varchar(200)  not null,
    demand_company_id    bigint        not null references company (id),
    demand_company_name  varchar(200)  not null,
    program_id           bigint        references program (id),
    message              varchar(2000) not null,
    status               varchar(20)   not null,
    supplier_contracted  boolean       not null default false,
    demand_contracted    boolean       not null default false,
    decline_reason       varchar(1000),
    requested_by         varchar(64)   not null,
    requested_at         timestamptz   not null,
    decided_at           timestamptz,
    contracted_on        date,
    rating               integer,
    rating_comment       varchar(1000),
    follow_up_due        date,
    follow_up_reminded   boolean       not null default false,
    follow_up_in_use     boolean,
    follow_up_note       varchar(2000),
    follow_up_at         timestamptz,
    constraint matching_consultation_status check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'CONTRACTED')),
    constraint matching_consultation_rating check (rating is null or (rating between 1 and 5 and status = 'CONTRACTED')),
    constraint matching_consultation_contracted check (status <> 'CONTRACTED' or (supplier_contracted and demand_contracted))
);

-- one open request per demand company and solution
create unique index matching_consultation_open on matching_consultation (demand_company_id, solution_id)
    where status in ('REQUESTED', 'ACCEPTED');
create index matching_consultation_supplier on matching_consultation (supplier_company_id);
create index matching_consultation_demand on matching_consultation (demand_company_id);

create table matching_meeting (
    id               bigint generated always as identity primary key,
    consultation_id  bigint        not null references matching_consultation (id),
    met_on           date          not null,
    notes            varchar(2000) not null,
    recorded_by      varchar(255)  not null,
    recorded_at      timestamptz   not null
);

create table matching_need (
    company_id   bigint        primary key references company (id),
    categories   varchar(400)  not null default '',
    budget_max   bigint,
    note         varchar(2000) not null default '',
    updated_at   timestamptz   not null
);

create table matching_mentor_visit (
    id              bigint generated always as identity primary key,
    company_id      bigint        not null references company (id),
    mentor_subject  varchar(64)   not null,
    mentor_name     varchar(255)  not null,
    visited_on      date          not null,
    notes           varchar(2000) not null,
    recorded_at     timestamptz   not null
);

create table matching_roadmap (
    company_id     bigint        primary key references company (id),
    current_level  integer       not null,
    target_level   integer       not null,
    updated_by     varchar(255)  not null,
    updated_at     timestamptz   not null,
    constraint matching_roadmap_levels check (current_level between 1 and 5 and target_level between 1 and 5
        and target_level >= current_level)
);

create table matching_milestone (
    id           bigint generated always as identity primary key,
    company_id   bigint        not null references company (id),
    title        varchar(300)  not null,
    due_on       date,
    solution_id  bigint        references matching_solution (id),
    program_id   bigint        references program (id),
    done         boolean       not null default false,
    removed      boolean       not null default false,
    created_by   varchar(255)  not null,
    created_at   timestamptz   not null
);

create table matching_change_request (
    id             bigint generated always as identity primary key,
    company_id     bigint        not null references company (id),
    company_name   varchar(200)  not null,
    kind           varchar(20)   not null,
    milestone_id   bigint        references matching_milestone (id),
    reason         varchar(2000) not null,
    status         varchar(20)   not null,
    requested_by   varchar(255)  not null,
    requested_at   timestamptz   not null,
    decided_by     varchar(255),
    decision_note  varchar(1000),
    decided_at     timestamptz,
    constraint matching_change_request_kind check (kind in ('MENTOR', 'SOLUTION')),
    constraint matching_change_request_status check (status in ('OPEN', 'GRANTED', 'REFUSED'))
);
