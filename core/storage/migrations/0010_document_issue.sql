-- ThiDua schema, version 10. The time a council meeting closed, which its minutes state.
ALTER TABLE council_meeting ADD COLUMN ended_at TEXT CHECK (ended_at IS NULL OR ended_at GLOB '[0-2][0-9]:[0-5][0-9]');

-- The number and date the registry gave each document the agency
-- issues for a campaign — the Tờ trình (with the Danh sách attached to it) per deciding
-- authority, and the final report — so a document printed again carries the same ones. Blank
-- ones are written in by hand.
CREATE TABLE document_issue (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('submission', 'final_report')),
    authority TEXT NOT NULL DEFAULT '', -- a submission's deciding authority
    number TEXT NOT NULL DEFAULT '' CHECK (length(number) <= 20),
    issued_on TEXT CHECK (issued_on IS NULL OR issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    PRIMARY KEY (campaign_id, kind, authority)
);

-- Who submits a proposal for an award of each level, and who signs the Tờ trình: the agency's own
-- rules, where they differ from a provincial Sở's defaults (Paperwork::Routing). sender: the
-- Office (standing body of the council) or the agency itself; signer_id NULL: the default signer.
CREATE TABLE submission_route (
    level TEXT PRIMARY KEY CHECK (level IN ('state', 'government', 'province', 'agency')),
    sender TEXT NOT NULL CHECK (sender IN ('office', 'agency')),
    signer_id INTEGER REFERENCES signer (id) ON DELETE SET NULL
);
