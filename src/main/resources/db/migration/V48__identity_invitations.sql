-- Identity: the portal creates accounts in Keycloak (reviewer invitations) through the same retried outbox.
-- An INVITE_USER command creates the account (e-mail as username, not yet verified), maps its realm role and has
-- Keycloak mail the link for the required actions (verify e-mail, set password). Until Keycloak has taken it, the
-- invited person is known under a placeholder id ('invite-<uuid>', in user_id); the account's real id is recorded in
-- created_user_id, and later commands queued under the placeholder are applied to that account.
alter table identity_command drop constraint identity_command_kind_check;
alter table identity_command add constraint identity_command_kind_check
    check (kind in ('GRANT_REALM_ROLE', 'REVOKE_REALM_ROLE', 'INVITE_USER'));
alter table identity_command drop constraint identity_command_role_check;
alter table identity_command add constraint identity_command_role_check
    check (role is not null or kind not in ('GRANT_REALM_ROLE', 'REVOKE_REALM_ROLE', 'INVITE_USER'));
alter table identity_command add column email varchar(320);
alter table identity_command add column first_name varchar(255);
alter table identity_command add column last_name varchar(255);
alter table identity_command add column created_user_id varchar(64);
alter table identity_command add constraint identity_command_invite_check
    check (kind <> 'INVITE_USER' or (email is not null and first_name is not null and last_name is not null));

create index identity_command_invite_idx on identity_command (user_id) where kind = 'INVITE_USER';
