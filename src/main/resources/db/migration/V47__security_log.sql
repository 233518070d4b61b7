-- Security and privacy log (개인정보 접속기록, PIPA; feature securitylog): sign-ins, refused access, role grants and
-- revocations, and every search, detail view or export of personal data. Account ids only, never names or contacts,
-- so a privacy purge never has to touch it. Append-only: the database itself refuses UPDATE, DELETE and TRUNCATE;
-- the one exception is the retention job, which deletes rows older than two years inside a transaction that set
-- "set local portal.security_log.retention = 'on'".
create table security_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    account_id     varchar(64),
    kind           varchar(40)  not null,
    target         varchar(500),
    record_id      varchar(100),
    subjects       integer,
    remote_address varchar(64),
    constraint security_log_kind_check check (kind in ('SIGN_IN', 'ACCESS_DENIED', 'ROLE_GRANTED', 'ROLE_REVOKED',
        'PERSONAL_DATA_SEARCH', 'PERSONAL_DATA_DETAIL', 'PERSONAL_DATA_EXPORT')),
    constraint security_log_subjects_check check (subjects is null or subjects >= 0)
);

create index security_log_time_idx on security_log (occurred_at desc);
create index security_log_account_idx on security_log (account_id, occurred_at desc);

create function security_log_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE'
        and current_setting('portal.security_log.retention', true) = 'on'
        and old.occurred_at < now() - interval '2 years' then
        return old;
    end if;
    raise exception 'security_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Only the retention job removes entries older than two years.';
end;
$$;

create trigger security_log_no_update_or_delete
    before update or delete on security_log
    for each row execute function security_log_append_only();

create trigger security_log_no_truncate
    before truncate on security_log
    for each statement execute function security_log_append_only();
