-- Keycloak's back-channel logouts, shared by every portal node (security.ClusterLogout). Keycloak's logout POST
-- reaches one node through the load balancer; that node records it here, and every node (polling every ~2 s) ends its
-- own HTTP sessions of that Keycloak session (sid) or, without sid, of that person (subject). Rows are purged after
-- a few minutes: by then every living node has seen them.
create table oidc_logout (
    id          bigserial primary key,
    issuer      text        not null,
    sid         text,
    subject     text,
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    constraint oidc_logout_names_someone check (sid is not null or subject is not null)
);

create index oidc_logout_recorded_at on oidc_logout (recorded_at);
