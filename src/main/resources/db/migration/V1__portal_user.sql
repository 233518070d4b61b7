-- People who have signed in through Keycloak, mirrored so features can refer to them and keep their preferences.
create table portal_user (
    subject        varchar(64)  primary key,
    username       varchar(255) not null,
    display_name   varchar(255) not null,
    email          varchar(320),
    language       varchar(8),
    first_login_at timestamptz  not null,
    last_login_at  timestamptz  not null,
    constraint portal_user_language_check check (language is null or language in ('ko', 'en'))
);

create index portal_user_email_idx on portal_user (lower(email));
