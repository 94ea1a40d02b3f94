-- Failed logins counted per account and per client address, in the database so that every instance agrees.
-- Past a threshold each further failure doubles the wait before the next attempt (org.luoshi.account.LoginAttempts);
-- nothing is locked for good, and a browser the account's owner logged in from before is not made to wait.
create table login_throttle (
    kind            varchar(10)  not null,
    throttle_key    varchar(100) not null,
    failures        integer      not null,
    first_failure_at timestamp with time zone not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone,
    constraint login_throttle_pk primary key (kind, throttle_key),
    constraint login_throttle_kind_ck check (kind in ('account', 'address'))
);

-- Secrets the instances share (the key that signs known-device cookies), generated at first use.
create table account_secret (
    name   varchar(40)  primary key,
    secret varchar(200) not null
);

-- An alert to the administrators about an account without a government (an administrator's own) has none.
alter table notification alter column government_id drop not null;
