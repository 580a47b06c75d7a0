-- ThiDua schema, version 9: the money that goes with an award. The base salary (mức lương cơ sở)
-- is a list of amounts, each from the day it applies; 2,340,000 đồng from 1 July 2024 (Decree
-- 73/2024/NĐ-CP) is the first. An award form may carry its own multiples of it; NULL: the
-- multiples of Decree 152/2025/NĐ-CP, Art. 54 (AwardMoney::defaultMultiple).
CREATE TABLE base_salary (
    effective_from TEXT PRIMARY KEY CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    amount INTEGER NOT NULL CHECK (amount > 0 AND amount < 1000000000)
);
INSERT INTO base_salary (effective_from, amount) VALUES ('2024-07-01', 2340000);
ALTER TABLE award_form ADD COLUMN bonus_person REAL CHECK (bonus_person IS NULL OR (bonus_person > 0 AND bonus_person <= 100));
ALTER TABLE award_form ADD COLUMN bonus_unit REAL CHECK (bonus_unit IS NULL OR (bonus_unit > 0 AND bonus_unit <= 100));
