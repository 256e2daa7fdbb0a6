-- rows.sql: the sqlite3 workload of scripts/bench, run by the sqlite3
-- shell on an in-memory database, after a line that sets the row count:
--   { echo 'CREATE TABLE arg(n); INSERT INTO arg VALUES (N);';
--     cat bench/rows.sql; } | sqlite3
-- It inserts the rows with two indexes, queries, updates, deletes and
-- sorts them, and joins the table with itself; every result is an
-- integer or text, so the output is the same for every C library.
PRAGMA temp_store = MEMORY;
CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT, cat INTEGER, cents INTEGER, note TEXT);
CREATE INDEX item_cat ON item(cat, cents);
CREATE INDEX item_name ON item(name);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < (SELECT n FROM arg))
INSERT INTO item
	SELECT i, printf('item-%07d', (i * 7919) % (SELECT n FROM arg)), i % 97, (i * 104729) % 100000,
	       substr(printf('%.*c', 1 + i % 150, 'x') || i, 1, 200)
	FROM c;
SELECT count(*), sum(cents), sum(length(note)) FROM item;
SELECT cat, count(*), sum(cents), max(length(note)) FROM item GROUP BY cat ORDER BY cat LIMIT 5;
SELECT name, cents FROM item WHERE cat = 7 ORDER BY cents DESC, id LIMIT 5;
UPDATE item SET note = note || '-updated', cents = cents + 1 WHERE id % 3 = 0;
DELETE FROM item WHERE id % 5 = 0;
SELECT count(*), sum(cents), sum(length(note)) FROM item;
SELECT group_concat(name, ',') FROM (SELECT name FROM item WHERE cat = 11 ORDER BY name LIMIT 20);
SELECT sum(x) FROM (SELECT length(note) * cat AS x FROM item ORDER BY note, name LIMIT 1000 OFFSET 1000);
CREATE TABLE pair AS
	SELECT a.cat AS cat, count(*) AS n, sum(a.cents - b.cents) AS d
	FROM item a JOIN item b ON b.id = a.id + 97 GROUP BY a.cat;
SELECT sum(n), sum(d) FROM pair;
SELECT count(DISTINCT substr(name, 1, 9)), count(DISTINCT note) FROM item;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < (SELECT n FROM arg) / 10)
INSERT OR REPLACE INTO item(id, name, cat, cents, note)
	SELECT i * 2, 'again-' || i, i % 13, i, 'n' || i FROM c;
SELECT count(*), sum(cents) FROM item;
