-- Issue 15 item 5: a job's step and error are stored as a message code with its arguments and rendered in the
-- reader's language when read. step_zh/step_en and error_zh/error_en keep the texts for rows written before.
alter table background_job add column step_code varchar(120);
alter table background_job add column step_args varchar(1000);
alter table background_job add column error_code varchar(160);
alter table background_job add column error_args varchar(2000);
