-- Keeping a plan by hand (issue 14): every task carries a version for optimistic locking, its state (a task
-- cancelled 销号 or merged into another stays, with the reason), the responsible leader and the deadline as typed,
-- and whether its targets were set by hand (a later import then leaves them alone). A target changed by hand
-- keeps the reader's proposal beside it.
alter table task add column version integer default 0 not null;
alter table task add column state varchar(10) default 'active' not null;
alter table task add column state_reason varchar(2000) default '' not null;
alter table task add column merged_into bigint references task (id) on delete set null;
alter table task add column leader varchar(200) default '' not null;
alter table task add column deadline varchar(200) default '' not null;
alter table task add column targets_by_hand boolean default false not null;
alter table task add constraint task_state_ck check (state in ('active', 'cancelled', 'merged'));

alter table target add column proposal varchar(500) default '' not null;
alter table target add column by_hand boolean default false not null;

-- An uploaded 台账 waiting for its diff to be committed: in the database, so any instance can commit it.
create table pending_ledger (
    token         varchar(40)  primary key,
    government_id bigint       not null references government (id),
    plan_id       bigint       not null references plan (id) on delete cascade,
    username      varchar(60)  not null,
    file_name     varchar(500) not null,
    content       bytea        not null,
    created_at    timestamp with time zone default current_timestamp not null
);
