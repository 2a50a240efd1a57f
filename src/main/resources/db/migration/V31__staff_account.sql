-- Staff accounts of the staff area (/admin). Passwords are stored by Spring Security's delegating encoder,
-- so the hash carries its algorithm ({bcrypt}..., {argon2}...) and can be upgraded later.
create table staff_account (
    id            bigint generated always as identity primary key,
    username      varchar(40)  not null,
    display_name  varchar(100) not null,
    password_hash varchar(255) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint staff_account_username_uk unique (username),
    constraint staff_account_username_ck check (username ~ '^[a-z0-9._-]{3,40}$')
);

create table staff_account_role (
    account_id bigint      not null references staff_account (id) on delete cascade,
    role       varchar(20) not null,
    constraint staff_account_role_pk primary key (account_id, role),
    constraint staff_account_role_ck check (role in ('ADMIN', 'EDITOR', 'OPS'))
);
