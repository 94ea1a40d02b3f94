-- One keyed hash chain per government (chain_id = the government's id; 0 for entries without one), so that
-- writers of different governments never wait on one row. Each entry carries its place in its chain
-- (chain_seq, from 1), the id of the HMAC key that sealed it (key_id) and, in entry_hash, the HMAC-SHA-256 of its
-- fields and of the entry before it (prev_hash). Entries written before this migration keep chain_id null: they
-- stay outside the keyed chains and are counted apart by `luoshi audit verify`.
alter table audit_event add column chain_id bigint;
alter table audit_event add column chain_seq bigint;
alter table audit_event add column key_id varchar(40);
create unique index audit_event_chain_uk on audit_event (chain_id, chain_seq);

-- The head of each chain: how many entries it holds and the MAC of the last one. A writer locks its chain's row
-- just before its transaction commits (org.luoshi.audit.AuditTrail).
create table audit_chain (
    chain_id bigint      primary key,
    length   bigint      not null,
    head     varchar(64) not null
);

drop table audit_head;
