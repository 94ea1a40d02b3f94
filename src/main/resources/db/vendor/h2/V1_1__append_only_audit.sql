-- H2 has no procedural triggers without Java classes; on H2 the audit trail is append-only by the
-- application (AuditTrail only inserts). The PostgreSQL twin of this migration installs a trigger.
select 1;
