-- ThiDua schema, version 5: the Director's award decision of a campaign (its number and signing
-- date, needed for the final print and for the certificates), the layouts of pre-printed
-- certificate blanks (Giấy khen) and the paperwork's editable wording.
CREATE TABLE award_decision (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    signed_on TEXT
);

CREATE TABLE certificate_layout (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    page_width_mm REAL NOT NULL CHECK (page_width_mm > 0),
    page_height_mm REAL NOT NULL CHECK (page_height_mm > 0),
    font_family TEXT NOT NULL DEFAULT 'Times New Roman',
    fields TEXT NOT NULL,
    scan_path TEXT NOT NULL DEFAULT ''
);

-- A nominee's awards across campaigns are read per person or unit (achievement reports).
CREATE INDEX proposal_nominee_person ON proposal (nominee_person_id);
CREATE INDEX proposal_nominee_unit ON proposal (nominee_unit_id);

-- Wording of the nomination paperwork the agency adapts to its province's rules (legal basis,
-- addressee, the decision's articles). Only the texts the clerk changed are stored.
CREATE TABLE document_wording (
    key TEXT PRIMARY KEY,
    text TEXT NOT NULL
);
