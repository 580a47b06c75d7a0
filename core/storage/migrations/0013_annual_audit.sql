-- ThiDua schema, version 13: the year-end records in the audit trail. A person's or a unit's year
-- is logged under the entity person_year / unit_year with the id person_id × 10000 + year (one
-- record per person and year: the change log names "Nguyễn Văn An — năm 2026"); added and
-- deleted records log their rating, changes log each column that changed.
CREATE TRIGGER audit_person_year_insert AFTER INSERT ON person_year
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'person_year', new.person_id * 10000 + new.year, '*', NULL, coalesce(new.rating, ''));
END;

CREATE TRIGGER audit_person_year_delete AFTER DELETE ON person_year
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'person_year', old.person_id * 10000 + old.year, '*', coalesce(old.rating, ''), NULL);
END;

CREATE TRIGGER audit_person_year_update AFTER UPDATE ON person_year
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person_year', new.person_id * 10000 + new.year, 'rating', old.rating, new.rating WHERE old.rating IS NOT new.rating;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person_year', new.person_id * 10000 + new.year, 'discipline', old.discipline, new.discipline WHERE old.discipline IS NOT new.discipline;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person_year', new.person_id * 10000 + new.year, 'under_review', old.under_review, new.under_review WHERE old.under_review IS NOT new.under_review;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person_year', new.person_id * 10000 + new.year, 'unit_id', old.unit_id, new.unit_id WHERE old.unit_id IS NOT new.unit_id;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'person_year', new.person_id * 10000 + new.year, 'note', old.note, new.note WHERE old.note IS NOT new.note;
END;

CREATE TRIGGER audit_unit_year_insert AFTER INSERT ON unit_year
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'unit_year', new.unit_id * 10000 + new.year, '*', NULL, coalesce(new.rating, ''));
END;

CREATE TRIGGER audit_unit_year_delete AFTER DELETE ON unit_year
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        VALUES ((SELECT name FROM audit_actor WHERE id = 1), 'unit_year', old.unit_id * 10000 + old.year, '*', coalesce(old.rating, ''), NULL);
END;

CREATE TRIGGER audit_unit_year_update AFTER UPDATE ON unit_year
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'unit_year', new.unit_id * 10000 + new.year, 'rating', old.rating, new.rating WHERE old.rating IS NOT new.rating;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'unit_year', new.unit_id * 10000 + new.year, 'leads_cluster', old.leads_cluster, new.leads_cluster WHERE old.leads_cluster IS NOT new.leads_cluster;
    INSERT INTO audit_log (actor, entity, entity_id, field, old_value, new_value)
        SELECT (SELECT name FROM audit_actor WHERE id = 1), 'unit_year', new.unit_id * 10000 + new.year, 'note', old.note, new.note WHERE old.note IS NOT new.note;
END;
