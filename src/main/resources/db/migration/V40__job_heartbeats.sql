-- Several instances (issue 17): each job row names the instance that runs it, and that instance renews the job's
-- heartbeat while it holds the work. Any instance fails a queued or running job whose heartbeat is older than the
-- timeout (its instance died); a live instance's jobs are never touched, whoever starts or restarts meanwhile.
alter table background_job add column instance_id varchar(80);
alter table background_job add column heartbeat_at timestamp with time zone;
create index background_job_heartbeat_ix on background_job (state, heartbeat_at);
