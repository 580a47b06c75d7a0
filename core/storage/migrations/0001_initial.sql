-- ThiDua schema, version 1. One statement per ';' at the end of a line.
PRAGMA application_id = 1413764417;

CREATE TABLE agency (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    parent_authority TEXT NOT NULL,
    name TEXT NOT NULL,
    abbreviation TEXT NOT NULL,
    place_name TEXT NOT NULL
);

CREATE TABLE signer (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    position TEXT NOT NULL,
    signing_prefix TEXT NOT NULL DEFAULT ''
);

CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('office', 'inspectorate', 'division', 'public_service')),
    is_sample INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    position TEXT NOT NULL DEFAULT '',
    staff_category TEXT NOT NULL CHECK (staff_category IN ('civil_servant', 'public_employee', 'worker')),
    gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
    birth_year INTEGER,
    is_sample INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX person_unit ON person (unit_id);

CREATE TABLE award_form (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL CHECK (level IN ('state', 'government', 'province', 'agency')),
    decided_by TEXT NOT NULL,
    nominees TEXT NOT NULL CHECK (nominees IN ('unit', 'person', 'both')),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('periodic', 'regular')),
    start_date TEXT NOT NULL,
    end_date TEXT,
    document_number TEXT NOT NULL DEFAULT '',
    issue_day INTEGER,
    issue_month INTEGER,
    issue_year INTEGER NOT NULL,
    signer_id INTEGER REFERENCES signer (id) ON DELETE SET NULL,
    recipients TEXT NOT NULL DEFAULT '',
    heading_styles TEXT NOT NULL DEFAULT 'roman,arabic,alpha,dash'
);

CREATE TABLE plan_section (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES plan_section (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    heading TEXT NOT NULL DEFAULT '',
    numbered INTEGER NOT NULL DEFAULT 1,
    item_style TEXT NOT NULL DEFAULT 'dash',
    binding TEXT NOT NULL DEFAULT 'text'
        CHECK (binding IN ('text', 'unit_criteria', 'individual_criteria', 'award_forms'))
);
CREATE INDEX plan_section_campaign ON plan_section (campaign_id, parent_id, sort_order);

CREATE TABLE plan_block (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES plan_section (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'item', 'citation')),
    text TEXT NOT NULL,
    required INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_block_section ON plan_block (section_id, sort_order);

CREATE TABLE campaign_award_form (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    award_form_id INTEGER NOT NULL REFERENCES award_form (id) ON DELETE RESTRICT,
    sort_order INTEGER NOT NULL,
    standard TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, award_form_id)
);
