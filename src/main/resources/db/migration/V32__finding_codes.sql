-- Issue 15 item 5: a period finding's text as a message code with its arguments (the figures as written), rendered
-- in the reader's language; message keeps the Chinese text for rows written before.
alter table period_finding add column code varchar(120);
alter table period_finding add column args varchar(2000);
