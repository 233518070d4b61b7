-- Identity (feature identity). Keycloak holds who has which role; the portal keeps only the commands it sends to
-- Keycloak (a retried outbox, written in the caller's transaction), the record of every role decision, and a stamp per
-- person whose roles changed so their open sessions refresh at the next navigation, on any node.

-- One change the portal makes in Keycloak. Applied in id order per person by a scheduled worker under ShedLock,
-- retried with back-off while Keycloak is unreachable; abandoned only when Keycloak says the person does not exist.
create table identity_command (
    id              bigint generated always as identity primary key,
    kind            varchar(40)   not null,
    user_id         varchar(64)   not null,
    role            varchar(64),
    created_at      timestamptz   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    applied_at      timestamptz,
    abandoned_at    timestamptz,
    last_error      varchar(1000),
    constraint identity_command_kind_check check (kind in ('GRANT_REALM_ROLE', 'REVOKE_REALM_ROLE')),
    constraint identity_command_role_check check (role is not null or kind not like '%REALM_ROLE'),
    constraint identity_command_done_check check (applied_at is null or abandoned_at is null)
);

create index identity_command_due_idx on identity_command (next_attempt_at, id)
    where applied_at is null and abandoned_at is null;
create index identity_command_user_idx on identity_command (user_id, id);

-- Who granted or revoked which role to whom, why and when (the administrators' audit trail).
create table identity_role_change (
    id                  bigint generated always as identity primary key,
    command_id          bigint        not null references identity_command (id),
    user_id             varchar(64)   not null,
    username            varchar(255)  not null,
    role                varchar(64)   not null,
    change              varchar(10)   not null,
    reason              varchar(1000) not null,
    decided_by          varchar(64)   not null,
    decided_by_username varchar(255)  not null,
    decided_at          timestamptz   not null,
    constraint identity_role_change_change_check check (change in ('GRANT', 'REVOKE')),
    constraint identity_role_change_reason_check check (length(trim(reason)) > 0)
);

create index identity_role_change_user_idx on identity_role_change (user_id, decided_at desc);
create index identity_role_change_time_idx on identity_role_change (decided_at desc);

-- When a person's roles last changed in Keycloak (applied by the outbox or seen in Keycloak's admin events): an open
-- session older than that refreshes its principal at the next navigation.
create table identity_session_stamp (
    user_id    varchar(64) primary key,
    changed_at timestamptz not null
);

-- How far the portal has read Keycloak's admin events (changes made in the admin console), in Keycloak's epoch millis.
create table identity_console_cursor (
    id              smallint primary key,
    last_event_time bigint not null,
    constraint identity_console_cursor_single check (id = 1)
);
