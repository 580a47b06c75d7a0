-- ThiDua schema, version 12: the annual cycle (thi đua thường xuyên). The agency's evaluation
-- period; the catalogue of annual titles, each with who confers it, its bonus and legal basis; the
-- numbers in the titles' standards as rule values, each with its basis and the days it applies
-- between (a new decree is a new row); each person's and unit's year; initiatives and research;
-- the titles held; the registrations made at the start of a year. People and units with any of
-- these cannot be deleted (RESTRICT): nothing of a year is lost with them.
ALTER TABLE agency ADD COLUMN period_kind TEXT NOT NULL DEFAULT 'calendar' CHECK (period_kind IN ('calendar', 'school'));
ALTER TABLE agency ADD COLUMN school_year_first_month INTEGER NOT NULL DEFAULT 9 CHECK (school_year_first_month BETWEEN 2 AND 12);

CREATE TABLE annual_title (
    code TEXT PRIMARY KEY CHECK (code IN ('advanced_worker', 'grassroots_fighter', 'province_fighter', 'national_fighter',
        'province_merit', 'advanced_collective', 'excellent_collective', 'province_flag', 'government_flag')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    abbreviation TEXT NOT NULL,
    conferred_by TEXT NOT NULL,
    conferred_by_agency INTEGER NOT NULL CHECK (conferred_by_agency IN (0, 1)),
    bonus_multiple REAL NOT NULL CHECK (bonus_multiple >= 0 AND bonus_multiple <= 100),
    legal_basis TEXT NOT NULL,
    valid_from TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    valid_to TEXT CHECK (valid_to IS NULL OR valid_to >= valid_from),
    sort_order INTEGER NOT NULL
);
INSERT INTO annual_title VALUES ('advanced_worker', 'Lao động tiên tiến', 'LĐTT', 'Giám đốc Sở', 1, 0.3,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24; mức thưởng: Nghị định số 152/2025/NĐ-CP', '2024-01-01', NULL, 1);
INSERT INTO annual_title VALUES ('grassroots_fighter', 'Chiến sĩ thi đua cơ sở', 'CSTĐCS', 'Giám đốc Sở', 1, 1.0,
    'Luật Thi đua, khen thưởng số 06/2022/QH15 (tiêu chuẩn Chiến sĩ thi đua cơ sở); mức thưởng: Nghị định số 152/2025/NĐ-CP', '2024-01-01', NULL, 2);
INSERT INTO annual_title VALUES ('province_fighter', 'Chiến sĩ thi đua cấp tỉnh', 'CSTĐ tỉnh', 'Chủ tịch UBND tỉnh', 0, 3.0,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 21; mức thưởng: Nghị định số 152/2025/NĐ-CP', '2024-01-01', NULL, 3);
INSERT INTO annual_title VALUES ('national_fighter', 'Chiến sĩ thi đua toàn quốc', 'CSTĐ toàn quốc', 'Thủ tướng Chính phủ', 0, 4.5,
    'Luật Thi đua, khen thưởng số 06/2022/QH15 (tiêu chuẩn Chiến sĩ thi đua toàn quốc); mức thưởng: Nghị định số 152/2025/NĐ-CP', '2024-01-01', NULL, 4);
INSERT INTO annual_title VALUES ('province_merit', 'Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen tỉnh', 'Chủ tịch UBND tỉnh', 0, 1.5,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d', '2024-01-01', NULL, 5);
INSERT INTO annual_title VALUES ('advanced_collective', 'Tập thể lao động tiên tiến', 'TTLĐTT', 'Giám đốc Sở', 1, 0.8,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 28; mức thưởng: Nghị định số 98/2023/NĐ-CP, Điều 54', '2024-01-01', NULL, 6);
INSERT INTO annual_title VALUES ('excellent_collective', 'Tập thể lao động xuất sắc', 'TTLĐXS', 'Chủ tịch UBND tỉnh', 0, 1.5,
    'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP; mức thưởng: Điều 54 Nghị định số 98/2023/NĐ-CP', '2024-01-01', NULL, 7);
INSERT INTO annual_title VALUES ('province_flag', 'Cờ thi đua của UBND tỉnh', 'Cờ thi đua tỉnh', 'Chủ tịch UBND tỉnh', 0, 8.0,
    'Luật Thi đua, khen thưởng số 06/2022/QH15 (Cờ thi đua của bộ, ban, ngành, tỉnh); mức thưởng theo Nghị định số 91/2017/NĐ-CP, cần đối chiếu văn bản hiện hành', '2024-01-01', NULL, 8);
INSERT INTO annual_title VALUES ('government_flag', 'Cờ thi đua của Chính phủ', 'Cờ thi đua Chính phủ', 'Thủ tướng Chính phủ', 0, 12.0,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 25; mức thưởng: Nghị định số 152/2025/NĐ-CP', '2024-01-01', NULL, 9);

CREATE TABLE annual_rule_value (
    rule TEXT NOT NULL CHECK (rule IN ('province_fighter_consecutive_grassroots', 'national_fighter_consecutive_province',
        'merit_consecutive_grassroots', 'merit_excellent_years', 'merit_initiatives', 'advanced_collective_advanced_percent',
        'advanced_collective_disciplined_members', 'excellent_collective_completed_percent',
        'excellent_collective_advanced_percent', 'excellent_collective_grassroots_fighters')),
    value REAL NOT NULL CHECK (value >= 0 AND value <= 100),
    legal_basis TEXT NOT NULL,
    valid_from TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    valid_to TEXT CHECK (valid_to IS NULL OR valid_to >= valid_from),
    PRIMARY KEY (rule, valid_from)
);
INSERT INTO annual_rule_value VALUES ('province_fighter_consecutive_grassroots', 3,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 21 khoản 1 điểm a: 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('national_fighter_consecutive_province', 2,
    'Luật Thi đua, khen thưởng số 06/2022/QH15 (Chiến sĩ thi đua toàn quốc): 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('merit_consecutive_grassroots', 2,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d: 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('merit_excellent_years', 2,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d: liên tục từ 02 năm trở lên hoàn thành xuất sắc nhiệm vụ', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('merit_initiatives', 2,
    'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d: 02 sáng kiến (hoặc đề tài, đề án, công trình) được công nhận, áp dụng hiệu quả trong phạm vi cơ sở; sáng kiến và đề tài được tính chung (đối chiếu Công văn số 1168/BNV-BTĐKT ngày 06/02/2026)', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('advanced_collective_advanced_percent', 50,
    'Tiêu chuẩn trước đây (Luật Thi đua, khen thưởng năm 2003, Điều 28): trên 50% cá nhân đạt Lao động tiên tiến; đối chiếu Luật số 06/2022/QH15, Điều 28 và quy chế thi đua, khen thưởng của tỉnh', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('advanced_collective_disciplined_members', 0,
    'Tiêu chuẩn trước đây (Luật Thi đua, khen thưởng năm 2003, Điều 28): không có cá nhân bị kỷ luật từ cảnh cáo trở lên; đối chiếu Luật số 06/2022/QH15, Điều 28', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('excellent_collective_completed_percent', 100,
    'Nghị định số 98/2023/NĐ-CP, tiêu chuẩn Tập thể lao động xuất sắc (thủ tục hành chính công bố kèm Quyết định số 362/QĐ-UBND ngày 02/02/2024 của UBND tỉnh Thừa Thiên Huế): 100% cá nhân hoàn thành nhiệm vụ', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('excellent_collective_advanced_percent', 70,
    'Nghị định số 98/2023/NĐ-CP, tiêu chuẩn Tập thể lao động xuất sắc: ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến', '2024-01-01', NULL);
INSERT INTO annual_rule_value VALUES ('excellent_collective_grassroots_fighters', 1,
    'Nghị định số 98/2023/NĐ-CP, tiêu chuẩn Tập thể lao động xuất sắc: có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở', '2024-01-01', NULL);

CREATE TABLE person_year (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    rating TEXT CHECK (rating IS NULL OR rating IN ('excellent', 'good', 'completed', 'not_completed')),
    discipline TEXT NOT NULL DEFAULT 'none' CHECK (discipline IN ('none', 'reprimand', 'warning', 'severe')),
    under_review INTEGER NOT NULL DEFAULT 0 CHECK (under_review IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (person_id, year)
);
CREATE INDEX person_year_unit ON person_year (unit_id, year);

CREATE TABLE unit_year (
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    rating TEXT CHECK (rating IS NULL OR rating IN ('excellent', 'good', 'completed', 'not_completed')),
    leads_cluster INTEGER NOT NULL DEFAULT 0 CHECK (leads_cluster IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (unit_id, year)
);

CREATE TABLE initiative (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    kind TEXT NOT NULL CHECK (kind IN ('initiative', 'research')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    scope TEXT NOT NULL CHECK (scope IN ('grassroots', 'province', 'national')),
    recognised_by TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiative_person ON initiative (person_id, year);

CREATE TABLE conferred_title (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    title TEXT NOT NULL REFERENCES annual_title (code) ON DELETE RESTRICT,
    decision TEXT NOT NULL DEFAULT '',
    CHECK ((unit_id IS NULL) <> (person_id IS NULL))
);
CREATE UNIQUE INDEX conferred_title_once ON conferred_title (coalesce(unit_id, 0), coalesce(person_id, 0), year, title);
CREATE INDEX conferred_title_year ON conferred_title (year);

CREATE TABLE registration (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    title TEXT NOT NULL REFERENCES annual_title (code) ON DELETE RESTRICT,
    registered_on TEXT CHECK (registered_on IS NULL OR registered_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    CHECK ((unit_id IS NULL) <> (person_id IS NULL))
);
CREATE UNIQUE INDEX registration_once ON registration (coalesce(unit_id, 0), coalesce(person_id, 0), year, title);
CREATE INDEX registration_year ON registration (year);
