-- ThiDua schema, version 11: a plan's annexes (Phụ lục, printed after the signature on pages of
-- their own) and ruled tables in its text. Schema 1 lists the section bindings and block kinds
-- in CHECK constraints, which SQLite cannot widen without rebuilding the tables (and rebuilding
-- plan_block would cascade into the criteria assessments), so both are flags beside them: an
-- annex is a top-level section of binding 'text' with annex = 1, a table row a block of kind
-- 'paragraph' with table_row = 1, its cells parted by " | ".
ALTER TABLE plan_section ADD COLUMN annex INTEGER NOT NULL DEFAULT 0 CHECK (annex IN (0, 1));
ALTER TABLE plan_block ADD COLUMN table_row INTEGER NOT NULL DEFAULT 0 CHECK (table_row IN (0, 1));
