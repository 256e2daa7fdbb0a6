-- Tables, indexes, a view, a trigger, many rows in transactions.
PRAGMA journal_mode = DELETE;
CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL, qty INTEGER DEFAULT 0, tag TEXT);
CREATE TABLE sale(id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES item(id), day TEXT, n INTEGER);
CREATE INDEX sale_day ON sale(day);
CREATE UNIQUE INDEX item_name ON item(name);
CREATE VIEW revenue AS SELECT i.name, sum(s.n * i.price) AS total FROM sale s JOIN item i ON i.id = s.item_id GROUP BY i.name;
CREATE TABLE log(msg TEXT);
CREATE TRIGGER item_qty AFTER UPDATE OF qty ON item BEGIN INSERT INTO log VALUES ('qty ' || new.name || ' ' || old.qty || '->' || new.qty); END;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO item(name, price, qty, tag) SELECT 'item' || i, i * 1.25 + (i % 7) * 0.25, i % 13, CASE i % 3 WHEN 0 THEN 'red' WHEN 1 THEN 'green' ELSE NULL END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO sale(item_id, day, n) SELECT (i * 37) % 500 + 1, date('2024-01-01', '+' || (i % 366) || ' days'), i % 9 + 1 FROM n;
COMMIT;
UPDATE item SET qty = qty + 100 WHERE id <= 3;
SELECT count(*) FROM item; SELECT count(*) FROM sale; SELECT * FROM log;
INSERT INTO item(name) VALUES ('item1');
