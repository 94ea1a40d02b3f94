-- Where reminders are e-mailed when SMTP is configured (spring.mail.host); optional.
alter table app_user add column email varchar(200);
