-- One-time password-reset links. Only a SHA-256 hash of each token is kept, so a copy of the
-- table opens no account; a token is spent once, and every other open token of its account with it.
create table password_reset (
    token_hash varchar(64)              not null primary key,
    account_id bigint                   not null references account (id) on delete cascade,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create index ix_password_reset_account on password_reset (account_id);
