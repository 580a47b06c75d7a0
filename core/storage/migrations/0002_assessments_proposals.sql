-- ThiDua schema, version 2: criteria assessments, award proposals with their history, and the
-- council's vote threshold of a campaign. One statement per ';' at the end of a line.

ALTER TABLE campaign ADD COLUMN council_threshold_percent REAL NOT NULL DEFAULT 50;

-- One cell of a checklist: a unit or a person against one criterion of a campaign.
CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    criterion_id INTEGER NOT NULL REFERENCES plan_block (id) ON DELETE CASCADE,
    unit_id INTEGER REFERENCES unit (id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
    self_state TEXT NOT NULL DEFAULT 'pending' CHECK (self_state IN ('pending', 'met', 'not_met')),
    conclusion TEXT NOT NULL DEFAULT 'pending' CHECK (conclusion IN ('pending', 'met', 'not_met')),
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    CHECK ((unit_id IS NULL) <> (person_id IS NULL))
);
CREATE UNIQUE INDEX assessment_of_unit ON assessment (criterion_id, unit_id) WHERE unit_id IS NOT NULL;
CREATE UNIQUE INDEX assessment_of_person ON assessment (criterion_id, person_id) WHERE person_id IS NOT NULL;

CREATE TABLE proposal (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    award_form_id INTEGER NOT NULL REFERENCES award_form (id) ON DELETE RESTRICT,
    nominee_unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    nominee_person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    proposing_unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    summary TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'submitted', 'returned', 'reviewed', 'decided', 'forwarded', 'awarded', 'rejected')),
    council_members INTEGER,
    council_present INTEGER,
    council_votes_for INTEGER,
    CHECK ((nominee_unit_id IS NULL) <> (nominee_person_id IS NULL))
);
CREATE INDEX proposal_campaign ON proposal (campaign_id, state);

-- Every change of state: when, who, why.
CREATE TABLE proposal_event (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    happened_at TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX proposal_event_proposal ON proposal_event (proposal_id, id);
