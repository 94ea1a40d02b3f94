-- A publication keeps, with the names it was drafted under, the government's code and the period's end and
-- 序时进度, so that the publication module reads no table of the plan module (issue 13).
alter table publication add column government_code varchar(12);
alter table publication add column period_end date;
alter table publication add column expected_share numeric(6, 4);
update publication set government_code = (select g.code from government g where g.id = publication.government_id),
                       period_end = (select rp.end_date from reporting_period rp where rp.id = publication.period_id),
                       expected_share = (select rp.expected_share from reporting_period rp where rp.id = publication.period_id);
