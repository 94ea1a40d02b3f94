-- Long work run in the background (org.luoshi.job): importing a large document, rendering a large report.
-- The row carries the progress the page polls, the result (a reference or a rendered file) and the error.
-- A job still queued or running when the server starts again is marked failed (nothing else resumes it).

create table background_job (
    id             varchar(40)   not null primary key,
    kind           varchar(40)   not null,
    government_id  bigint        not null references government (id),
    owner_username varchar(60)   not null,
    state          varchar(10)   not null,
    done_units     integer       not null,
    total_units    integer       not null,
    step_zh        varchar(500)  not null,
    step_en        varchar(500)  not null,
    result_ref     varchar(200),
    result_name    varchar(500),
    result_type    varchar(120),
    result_content bytea,
    error_zh       varchar(1000),
    error_en       varchar(1000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index background_job_owner_ix on background_job (owner_username, created_at);
create index background_job_government_ix on background_job (government_id, created_at);
create index background_job_state_ix on background_job (state);
