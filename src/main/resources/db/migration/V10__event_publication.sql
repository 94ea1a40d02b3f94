-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1), created here rather
-- than by its schema initialiser so that Flyway owns every table. A publication is written in the publisher's
-- transaction for each after-commit listener and deleted once that listener completed
-- (spring.modulith.events.completion-mode=delete); what is left are the incomplete ones, re-submitted at start.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_listener_ix on event_publication (listener_id);
create index event_publication_completion_ix on event_publication (completion_date);
