-- A reporting period can be closed by the office (org.luoshi.progress.PeriodClosing): its reports can then no longer
-- be edited, submitted, approved, returned or accepted until it is reopened with a reason. Open when closed_at is
-- null; the last reopening's reason stays beside it (the full history is in the audit trail).
alter table reporting_period add column closed_at timestamp with time zone;
alter table reporting_period add column closed_by varchar(60);
alter table reporting_period add column reopened_at timestamp with time zone;
alter table reporting_period add column reopened_by varchar(60);
alter table reporting_period add column reopen_reason varchar(2000);
