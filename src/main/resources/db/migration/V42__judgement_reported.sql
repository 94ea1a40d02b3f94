-- Whether the task had progress for the period when it was judged (issue 17): the roll-ups count reported tasks from
-- the judgements alone, so the overview sums a page of periods in one group-by instead of reading every task and
-- every progress entry of the country. The judging that follows every change of progress keeps it current.
alter table judgement add column reported boolean default false not null;
update judgement set reported = true where exists (
    select 1 from progress_entry pe
    where pe.period_id = judgement.period_id and pe.task_id = judgement.task_id and pe.text <> '');
