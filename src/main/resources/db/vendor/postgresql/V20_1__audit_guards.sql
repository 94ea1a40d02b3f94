-- Row triggers do not fire on TRUNCATE: a statement-level trigger refuses it. The heads of the chains only move
-- forward: no delete, no truncate, no update that shortens a chain. The application's own role must own neither
-- the tables nor the triggers (README, "Database roles"), so that it cannot disable them.
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

create or replace function audit_chain_forward_only() returns trigger as $$
begin
    if tg_op = 'UPDATE' then
        if new.length >= old.length and new.chain_id = old.chain_id then
            return new;
        end if;
    end if;
    raise exception 'audit_chain only grows';
end;
$$ language plpgsql;

create trigger audit_chain_forward before update or delete on audit_chain
    for each row execute function audit_chain_forward_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_chain_forward_only();
