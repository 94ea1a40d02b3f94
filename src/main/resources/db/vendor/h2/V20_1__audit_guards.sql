-- H2 has no procedural triggers without Java classes: on H2 the trail is append-only by the application, and
-- tampering is found by `luoshi audit verify` (keyed MACs and checkpoints outside the database).
select 1;
