-- ThiDua schema, version 14: the year-end review (bình xét cuối năm). A year's review runs as the
-- agency's regular movement of that year (a campaign of kind 'regular'), so its proposals, the
-- council's vote, the minutes, the Tờ trình and the Director's decision are the campaign's own.
-- Each proposal of a review says why it is on the list: the rules found the nominee eligible, or
-- the clerk added it with a reason. A review's proposal that is decided (by the Director) or
-- awarded (above) writes the title into the nominee's history (conferred_title), citing the
-- Director's decision once its number is recorded; taking the decision back removes it again.
-- The council's rule gains its base (a vote's share of those present, or of every member) and
-- whether the ballot is secret.
ALTER TABLE campaign ADD COLUMN council_vote_base TEXT NOT NULL DEFAULT 'present' CHECK (council_vote_base IN ('present', 'members'));
ALTER TABLE campaign ADD COLUMN council_secret_ballot INTEGER NOT NULL DEFAULT 0 CHECK (council_secret_ballot IN (0, 1));

CREATE TABLE annual_review (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2200),
    campaign_id INTEGER NOT NULL UNIQUE REFERENCES campaign (id) ON DELETE CASCADE
);

CREATE TABLE annual_proposal (
    proposal_id INTEGER PRIMARY KEY REFERENCES proposal (id) ON DELETE CASCADE,
    title TEXT NOT NULL REFERENCES annual_title (code) ON DELETE RESTRICT,
    origin TEXT NOT NULL CHECK (origin IN ('rules', 'clerk')),
    reason TEXT NOT NULL DEFAULT '' CHECK (origin = 'rules' OR length(trim(reason)) > 0)
);

-- A title the review wrote names its proposal; a title typed by hand (or held already) names none,
-- and the review never removes or rewrites it.
ALTER TABLE conferred_title ADD COLUMN proposal_id INTEGER REFERENCES proposal (id) ON DELETE SET NULL;
CREATE INDEX conferred_title_proposal ON conferred_title (proposal_id);

-- The "Quyết định số 215/QĐ-SKHCN ngày 28/12/2026" a title of the Director's cites.
CREATE VIEW annual_review_decision AS
    SELECT d.campaign_id, CASE WHEN trim(d.number) <> ''
            THEN 'Quyết định số ' || trim(d.number) || '/QĐ-' || coalesce((SELECT abbreviation FROM agency WHERE id = 1), '')
                || coalesce(' ngày ' || substr(d.signed_on, 9, 2) || '/' || substr(d.signed_on, 6, 2) || '/' || substr(d.signed_on, 1, 4), '')
            ELSE '' END AS text
    FROM award_decision d;

CREATE TRIGGER annual_review_confers AFTER UPDATE OF state ON proposal
WHEN new.state IN ('decided', 'awarded') AND old.state NOT IN ('decided', 'awarded')
BEGIN
    INSERT INTO conferred_title (unit_id, person_id, year, title, decision, proposal_id)
        SELECT new.nominee_unit_id, new.nominee_person_id, r.year, coalesce(a.title, t.code),
            CASE WHEN f.level = 'agency' THEN coalesce((SELECT text FROM annual_review_decision WHERE campaign_id = new.campaign_id), '') ELSE '' END,
            new.id
        FROM annual_review r
        JOIN award_form f ON f.id = new.award_form_id
        LEFT JOIN annual_proposal a ON a.proposal_id = new.id
        LEFT JOIN annual_title t ON t.name = f.name -- a proposal added on the proposals page: its form names the title
        WHERE r.campaign_id = new.campaign_id AND coalesce(a.title, t.code) IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM conferred_title c
                WHERE coalesce(c.unit_id, 0) = coalesce(new.nominee_unit_id, 0) AND coalesce(c.person_id, 0) = coalesce(new.nominee_person_id, 0)
                    AND c.year = r.year AND c.title = coalesce(a.title, t.code));
END;

CREATE TRIGGER annual_review_unconfers AFTER UPDATE OF state ON proposal
WHEN old.state IN ('decided', 'awarded') AND new.state NOT IN ('decided', 'awarded')
BEGIN
    DELETE FROM conferred_title WHERE proposal_id = new.id;
END;

-- A review's proposal deleted (its campaign deleted): the title it wrote goes with it.
CREATE TRIGGER annual_review_proposal_deleted BEFORE DELETE ON proposal
BEGIN
    DELETE FROM conferred_title WHERE proposal_id = old.id;
END;

-- The Director's decision recorded (or corrected) after the titles were decided: they cite it.
CREATE TRIGGER annual_review_decision_insert AFTER INSERT ON award_decision
WHEN new.campaign_id IN (SELECT campaign_id FROM annual_review)
BEGIN
    UPDATE conferred_title SET decision = (SELECT text FROM annual_review_decision WHERE campaign_id = new.campaign_id)
        WHERE proposal_id IN (SELECT p.id FROM proposal p JOIN award_form f ON f.id = p.award_form_id
            WHERE p.campaign_id = new.campaign_id AND f.level = 'agency');
END;

CREATE TRIGGER annual_review_decision_update AFTER UPDATE ON award_decision
WHEN new.campaign_id IN (SELECT campaign_id FROM annual_review)
BEGIN
    UPDATE conferred_title SET decision = (SELECT text FROM annual_review_decision WHERE campaign_id = new.campaign_id)
        WHERE proposal_id IN (SELECT p.id FROM proposal p JOIN award_form f ON f.id = p.award_form_id
            WHERE p.campaign_id = new.campaign_id AND f.level = 'agency');
END;

CREATE TRIGGER audit_campaign_council_rule AFTER UPDATE OF council_vote_base, council_secret_ballot ON campaign
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'council_vote_base', old.council_vote_base, new.council_vote_base WHERE old.council_vote_base IS NOT new.council_vote_base;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'campaign', new.id, 'council_secret_ballot', old.council_secret_ballot, new.council_secret_ballot WHERE old.council_secret_ballot IS NOT new.council_secret_ballot;
END;

-- The titles held, the initiatives and the registrations in the audit trail, each under its
-- owner and year as the year records are (owner × 10000 + year): the titles a review writes by
-- itself are logged as much as those typed by hand.
CREATE TRIGGER audit_conferred_title_insert AFTER INSERT ON conferred_title
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), CASE WHEN new.person_id IS NULL THEN 'unit_title' ELSE 'person_title' END,
            coalesce(new.person_id, new.unit_id) * 10000 + new.year, '*', NULL, new.title);
END;

CREATE TRIGGER audit_conferred_title_delete AFTER DELETE ON conferred_title
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), CASE WHEN old.person_id IS NULL THEN 'unit_title' ELSE 'person_title' END,
            coalesce(old.person_id, old.unit_id) * 10000 + old.year, '*', old.title, NULL);
END;

CREATE TRIGGER audit_conferred_title_update AFTER UPDATE ON conferred_title
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), CASE WHEN new.person_id IS NULL THEN 'unit_title' ELSE 'person_title' END,
            coalesce(new.person_id, new.unit_id) * 10000 + new.year, 'title', old.title, new.title WHERE old.title IS NOT new.title;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), CASE WHEN new.person_id IS NULL THEN 'unit_title' ELSE 'person_title' END,
            coalesce(new.person_id, new.unit_id) * 10000 + new.year, 'decision', old.decision, new.decision WHERE old.decision IS NOT new.decision;
END;

CREATE TRIGGER audit_initiative_insert AFTER INSERT ON initiative
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'initiative', new.person_id * 10000 + new.year, '*', NULL, new.title);
END;

CREATE TRIGGER audit_initiative_delete AFTER DELETE ON initiative
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'initiative', old.person_id * 10000 + old.year, '*', old.title, NULL);
END;

CREATE TRIGGER audit_initiative_update AFTER UPDATE ON initiative
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'initiative', new.person_id * 10000 + new.year, 'initiative_title', old.title, new.title WHERE old.title IS NOT new.title;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'initiative', new.person_id * 10000 + new.year, 'scope', old.scope, new.scope WHERE old.scope IS NOT new.scope;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'initiative', new.person_id * 10000 + new.year, 'recognised_by', old.recognised_by, new.recognised_by WHERE old.recognised_by IS NOT new.recognised_by;
END;

CREATE TRIGGER audit_registration_insert AFTER INSERT ON registration
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), CASE WHEN new.person_id IS NULL THEN 'unit_registration' ELSE 'person_registration' END,
            coalesce(new.person_id, new.unit_id) * 10000 + new.year, '*', NULL, new.title);
END;

CREATE TRIGGER audit_registration_delete AFTER DELETE ON registration
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), CASE WHEN old.person_id IS NULL THEN 'unit_registration' ELSE 'person_registration' END,
            coalesce(old.person_id, old.unit_id) * 10000 + old.year, '*', old.title, NULL);
END;
