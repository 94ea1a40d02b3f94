-- The audit trail is append-only: refuse any update or delete of audit_event.
create or replace function audit_event_append_only() returns trigger as $$
begin
    raise exception 'audit_event is append-only';
end;
$$ language plpgsql;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
