-- ThiDua schema, version 7: the audit trail. Every change to units, people, campaigns,
-- assessments and proposals (their states included) is written by triggers in the same
-- transaction as the change: when, who (the operating-system user the application names in
-- audit_actor when it opens the file), what, which field, the old and the new value. Three
-- triggers per table: insert and delete log the record's name or state, update logs each column
-- that changed. The plan outline's blocks are not logged (the plan's history is its undo stack
-- and its issued documents).
CREATE TABLE audit_actor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_actor (id, name) VALUES (1, '');

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);


CREATE TRIGGER audit_unit_insert AFTER INSERT ON unit
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'unit', new.id, '*', NULL, new.name);
END;

CREATE TRIGGER audit_unit_delete AFTER DELETE ON unit
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'unit', old.id, '*', old.name, NULL);
END;

CREATE TRIGGER audit_unit_update AFTER UPDATE ON unit
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'unit', new.id, 'name', old.name, new.name WHERE old.name IS NOT new.name;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'unit', new.id, 'code', old.code, new.code WHERE old.code IS NOT new.code;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'unit', new.id, 'kind', old.kind, new.kind WHERE old.kind IS NOT new.kind;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'unit', new.id, 'is_sample', old.is_sample, new.is_sample WHERE old.is_sample IS NOT new.is_sample;
END;

CREATE TRIGGER audit_person_insert AFTER INSERT ON person
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'person', new.id, '*', NULL, new.full_name);
END;

CREATE TRIGGER audit_person_delete AFTER DELETE ON person
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'person', old.id, '*', old.full_name, NULL);
END;

CREATE TRIGGER audit_person_update AFTER UPDATE ON person
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person', new.id, 'full_name', old.full_name, new.full_name WHERE old.full_name IS NOT new.full_name;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person', new.id, 'unit_id', old.unit_id, new.unit_id WHERE old.unit_id IS NOT new.unit_id;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person', new.id, 'position', old.position, new.position WHERE old.position IS NOT new.position;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person', new.id, 'staff_category', old.staff_category, new.staff_category WHERE old.staff_category IS NOT new.staff_category;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person', new.id, 'gender', old.gender, new.gender WHERE old.gender IS NOT new.gender;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person', new.id, 'birth_year', old.birth_year, new.birth_year WHERE old.birth_year IS NOT new.birth_year;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person', new.id, 'is_sample', old.is_sample, new.is_sample WHERE old.is_sample IS NOT new.is_sample;
END;

CREATE TRIGGER audit_campaign_insert AFTER INSERT ON campaign
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, '*', NULL, new.name);
END;

CREATE TRIGGER audit_campaign_delete AFTER DELETE ON campaign
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'campaign', old.id, '*', old.name, NULL);
END;

CREATE TRIGGER audit_campaign_update AFTER UPDATE ON campaign
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'name', old.name, new.name WHERE old.name IS NOT new.name;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'summary', old.summary, new.summary WHERE old.summary IS NOT new.summary;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'kind', old.kind, new.kind WHERE old.kind IS NOT new.kind;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'start_date', old.start_date, new.start_date WHERE old.start_date IS NOT new.start_date;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'end_date', old.end_date, new.end_date WHERE old.end_date IS NOT new.end_date;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'document_number', old.document_number, new.document_number WHERE old.document_number IS NOT new.document_number;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'issue_day', old.issue_day, new.issue_day WHERE old.issue_day IS NOT new.issue_day;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'issue_month', old.issue_month, new.issue_month WHERE old.issue_month IS NOT new.issue_month;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'issue_year', old.issue_year, new.issue_year WHERE old.issue_year IS NOT new.issue_year;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'signer_id', old.signer_id, new.signer_id WHERE old.signer_id IS NOT new.signer_id;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'recipients', old.recipients, new.recipients WHERE old.recipients IS NOT new.recipients;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'heading_styles', old.heading_styles, new.heading_styles WHERE old.heading_styles IS NOT new.heading_styles;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'council_threshold_percent', old.council_threshold_percent, new.council_threshold_percent WHERE old.council_threshold_percent IS NOT new.council_threshold_percent;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'report_deadline', old.report_deadline, new.report_deadline WHERE old.report_deadline IS NOT new.report_deadline;
END;

CREATE TRIGGER audit_assessment_insert AFTER INSERT ON assessment
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'assessment', new.id, '*', NULL, new.conclusion);
END;

CREATE TRIGGER audit_assessment_delete AFTER DELETE ON assessment
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'assessment', old.id, '*', old.conclusion, NULL);
END;

CREATE TRIGGER audit_assessment_update AFTER UPDATE ON assessment
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'assessment', new.id, 'self_state', old.self_state, new.self_state WHERE old.self_state IS NOT new.self_state;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'assessment', new.id, 'conclusion', old.conclusion, new.conclusion WHERE old.conclusion IS NOT new.conclusion;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'assessment', new.id, 'note', old.note, new.note WHERE old.note IS NOT new.note;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'assessment', new.id, 'evidence', old.evidence, new.evidence WHERE old.evidence IS NOT new.evidence;
END;

CREATE TRIGGER audit_proposal_insert AFTER INSERT ON proposal
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'proposal', new.id, '*', NULL, new.state);
END;

CREATE TRIGGER audit_proposal_delete AFTER DELETE ON proposal
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'proposal', old.id, '*', old.state, NULL);
END;

CREATE TRIGGER audit_proposal_update AFTER UPDATE ON proposal
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'proposal', new.id, 'award_form_id', old.award_form_id, new.award_form_id WHERE old.award_form_id IS NOT new.award_form_id;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'proposal', new.id, 'proposing_unit_id', old.proposing_unit_id, new.proposing_unit_id WHERE old.proposing_unit_id IS NOT new.proposing_unit_id;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'proposal', new.id, 'summary', old.summary, new.summary WHERE old.summary IS NOT new.summary;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'proposal', new.id, 'state', old.state, new.state WHERE old.state IS NOT new.state;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'proposal', new.id, 'council_members', old.council_members, new.council_members WHERE old.council_members IS NOT new.council_members;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'proposal', new.id, 'council_present', old.council_present, new.council_present WHERE old.council_present IS NOT new.council_present;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'proposal', new.id, 'council_votes_for', old.council_votes_for, new.council_votes_for WHERE old.council_votes_for IS NOT new.council_votes_for;
END;
