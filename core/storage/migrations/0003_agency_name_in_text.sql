-- ThiDua schema, version 3: the agency's name as it is written inside sentences
-- ("Sở Khoa học và Công nghệ"), which no rule derives from the upper-case heading.
ALTER TABLE agency ADD COLUMN name_in_text TEXT NOT NULL DEFAULT '';
