-- Queries over the schema script's database: joins, grouping, windows,
-- subqueries, ordering, NULLs, floats.
.mode list
.headers on
SELECT count(*), sum(price), avg(price), min(price), max(price), total(qty) FROM item;
SELECT tag, count(*), round(avg(price), 3) FROM item GROUP BY tag ORDER BY tag;
SELECT * FROM revenue ORDER BY total DESC LIMIT 5;
SELECT strftime('%m', day) AS m, sum(n) FROM sale GROUP BY m ORDER BY m;
SELECT name, price, rank() OVER (ORDER BY price DESC) AS r FROM item WHERE id % 50 = 0;
SELECT name, sum(n) OVER (PARTITION BY item_id ORDER BY day ROWS 2 PRECEDING) FROM sale JOIN item ON item.id = sale.item_id WHERE item_id = 7 ORDER BY day LIMIT 6;
SELECT id, name FROM item WHERE price > (SELECT avg(price) * 1.9 FROM item) ORDER BY id LIMIT 5;
SELECT i.name FROM item i WHERE NOT EXISTS (SELECT 1 FROM sale s WHERE s.item_id = i.id) ORDER BY i.id LIMIT 5;
SELECT coalesce(tag, '(none)'), typeof(tag), typeof(price), typeof(qty) FROM item WHERE id BETWEEN 1 AND 3;
SELECT 1.0 / 3, 2.0 / 3 * 3, 1e308 * 10, -1e308 * 10, 0.1 + 0.2, 100 * 1.1, 3 / 2, 3 % 2, -7 / 2, 1 << 62;
SELECT 9223372036854775807 + 1, 9223372036854775807 * 2, round(2.5), round(-2.5), round(1.005, 2), cast('12abc' AS INTEGER), cast(3.99 AS INTEGER);
.mode column
SELECT id, name, price FROM item ORDER BY price DESC, id LIMIT 4;
.mode csv
SELECT name, price, tag FROM item WHERE id IN (1, 2, 3);
.mode line
SELECT * FROM item WHERE id = 42;
.mode box
SELECT day, count(*) FROM sale GROUP BY day ORDER BY day LIMIT 3;
.mode json
SELECT id, name, price, tag FROM item WHERE id < 3;
.mode quote
SELECT 'it''s', NULL, 1.5, x'00ff', 7;
