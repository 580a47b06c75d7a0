-- ThiDua schema, version 4: the council's meetings, for the minutes (biên bản) of a campaign.
CREATE TABLE council_meeting (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    held_at TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    chair TEXT NOT NULL DEFAULT '',
    secretary TEXT NOT NULL DEFAULT '',
    attendees TEXT NOT NULL DEFAULT '',
    absentees TEXT NOT NULL DEFAULT ''
);
CREATE INDEX council_meeting_campaign ON council_meeting (campaign_id, held_at);
