-- Schema 2: an indicator's definition (统计口径), Chinese and English, shown in data-collection templates.
ALTER TABLE indicator ADD COLUMN definition_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE indicator ADD COLUMN definition_en TEXT NOT NULL DEFAULT '';
