-- The import preview as an editor (issue 14, deliver 1). A pending import keeps the office's corrections in order,
-- one row each (any instance may add the next one; the primary key refuses two writers of the same place), and
-- whether the government's layout profile is switched off for it.
alter table pending_import add column profile_off boolean default false not null;

create table pending_correction (
    token      varchar(40)   not null references pending_import (token) on delete cascade,
    seq        integer       not null,
    line       varchar(8000) not null,
    primary key (token, seq)
);

-- The imported document keeps its original upload and the corrections applied to what was read.
alter table imported_document add column content bytea;

create table imported_correction (
    document_id   bigint        not null references imported_document (id) on delete cascade,
    government_id bigint        not null references government (id),
    seq           integer       not null,
    line          varchar(8000) not null,
    primary key (document_id, seq)
);

-- Layout profiles: the corrections that concern a layout (column roles by header, ignored lines) remembered per
-- government and source (the issuing office the document names, '' when it names none), applied to the next upload.
create table layout_profile (
    government_id bigint        not null references government (id),
    source        varchar(200)  not null,
    seq           integer       not null,
    line          varchar(2000) not null,
    updated_by    varchar(100)  not null,
    updated_at    timestamp with time zone default current_timestamp not null,
    primary key (government_id, source, seq)
);
