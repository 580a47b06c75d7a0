-- ThiDua schema, version 8: row versions. Each record a clerk edits in a form (unit, person,
-- campaign with its plan, a unit's report) carries the version it had when it was read; a save
-- lands only on that same version and raises it by one, so an edit made on stale data is refused
-- instead of silently overwriting a newer change. Writes outside a form (a state move, a
-- deadline) leave the version alone: they never touch the fields a form edits.
ALTER TABLE unit ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE campaign ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE unit_report ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
