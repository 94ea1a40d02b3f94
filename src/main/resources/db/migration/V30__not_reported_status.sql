-- Issue 15: a task with no report for the period is 未报送 (not_reported), its own status, no longer 待核算
-- (no_data, "figures not yet available", which comes from the text). Judgements stored before are moved over.
alter table judgement drop constraint judgement_status_ck;
alter table judgement drop constraint judgement_override_ck;
alter table judgement add constraint judgement_status_ck
    check (status in ('completed', 'ahead', 'behind', 'at_risk', 'no_data', 'not_reported', 'qualitative', 'unclear'));
alter table judgement add constraint judgement_override_ck check (override_status is null
    or (override_status in ('completed', 'ahead', 'behind', 'at_risk', 'no_data', 'not_reported', 'qualitative', 'unclear')
        and override_reason is not null));
update judgement set status = 'not_reported', signal = 'GREY'
where status = 'no_data' and reason = '未报送进展情况';
