-- The task page reads the audit entries of one task and of its progress reports: look entries up by entity.
create index audit_event_entity_ix on audit_event (entity, entity_id);
create index progress_report_task_ix on progress_report (task_id);
