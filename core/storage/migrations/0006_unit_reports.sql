-- ThiDua schema, version 6: the units' summary reports of a campaign (deadline, receipt, the
-- unit's document, figures, attached files) and the narrative of the final report compiled from
-- them. Numbers of the final report are never stored: they are computed at export.
ALTER TABLE campaign ADD COLUMN report_deadline TEXT;

CREATE TABLE unit_report (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    deadline TEXT,
    received_on TEXT,
    document_number TEXT NOT NULL DEFAULT '',
    document_date TEXT,
    summary TEXT NOT NULL DEFAULT '',
    initiatives INTEGER NOT NULL DEFAULT 0 CHECK (initiatives >= 0),
    models INTEGER NOT NULL DEFAULT 0 CHECK (models >= 0),
    people_commended INTEGER NOT NULL DEFAULT 0 CHECK (people_commended >= 0),
    UNIQUE (campaign_id, unit_id)
);

CREATE TABLE unit_report_file (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES unit_report (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    stored_path TEXT NOT NULL
);
CREATE INDEX unit_report_file_report ON unit_report_file (report_id);

CREATE TABLE final_report (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
    deployment TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    shortcomings TEXT NOT NULL DEFAULT '',
    recommendations TEXT NOT NULL DEFAULT ''
);
