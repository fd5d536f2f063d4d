-- Accounts are installation-wide (one person, one account, possibly several practices);
-- what a person may do is held per practice in membership.

-- A single row once first-run set-up has happened; its primary key stops a second set-up racing the first.
create table installation (
    id         int not null primary key,
    set_up_at  timestamp with time zone not null
);

create table app_user (
    id                  uuid not null primary key,
    email               varchar(320) not null,
    display_name        varchar(200) not null,
    password_hash       varchar(200) not null,
    active              boolean not null default true,
    totp_secret         bytea,
    totp_confirmed_at   timestamp with time zone,
    totp_last_step      bigint,
    failed_sign_ins     int not null default 0,
    locked_until        timestamp with time zone,
    failed_codes        int not null default 0,
    codes_blocked_until timestamp with time zone,
    created_at          timestamp with time zone not null,
    last_sign_in_at     timestamp with time zone,
    last_practice_id    uuid
);
create unique index app_user_email_uq on app_user (email);

create table membership (
    practice_id    uuid not null references practice (id),
    user_id        uuid not null references app_user (id),
    role           varchar(40) not null,
    active         boolean not null default true,
    created_at     timestamp with time zone not null,
    deactivated_at timestamp with time zone,
    primary key (practice_id, user_id)
);
create index membership_user_idx on membership (user_id);

create table recovery_code (
    user_id    uuid not null references app_user (id),
    code_hash  varchar(64) not null,
    created_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    primary key (user_id, code_hash)
);

create table api_token (
    practice_id  uuid not null references practice (id),
    id           uuid not null,
    user_id      uuid not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64) not null,
    token_hint   varchar(20) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    primary key (practice_id, id)
);
create unique index api_token_hash_uq on api_token (token_hash);
create index api_token_user_idx on api_token (user_id);

create table invitation (
    practice_id uuid not null references practice (id),
    id          uuid not null,
    email       varchar(320) not null,
    role        varchar(40) not null,
    token_hash  varchar(64) not null,
    invited_by  uuid not null references app_user (id),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    accepted_at timestamp with time zone,
    revoked_at  timestamp with time zone,
    primary key (practice_id, id)
);
create unique index invitation_token_uq on invitation (token_hash);

-- Spring Security WebAuthn (passkeys) tables, as expected by its JDBC repositories.
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(320) not null,
    display_name varchar(200)
);
create index user_entities_name_idx on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);
