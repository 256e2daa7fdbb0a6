-- Built-in functions: strings, printf, dates, math, JSON, aggregates.
-- (No REAL literal near DBL_MAX: without long double, sqlite reads one as Inf.)
SELECT length('héllo'), upper('abc'), lower('ÀBC'), substr('abcdef', 2, 3), substr('abcdef', -2), replace('a-b-c', '-', '+'), trim('  x  '), ltrim('xxy', 'x'), instr('hello', 'll');
SELECT printf('%d|%5d|%-5d|%05d|%x|%o|%e|%.3f|%g|%s|%q|%Q|%w', 42, 42, 42, 42, 255, 8, 12345.678, 3.14159, 1e-5, 'str', 'it''s', NULL, 'a"b');
SELECT printf('%.20f', 0.1), printf('%10.4f|', -3.14159), printf('%!.3g', 100.0), printf('%,d', 1234567), printf('%c', 'xyz');
SELECT date('2024-02-28', '+1 day'), date('2023-02-28', '+1 day'), datetime(1700000000, 'unixepoch'), julianday('2000-01-01'), strftime('%Y-%j %W %w %H:%M:%f', '2024-12-31 23:59:59.123');
SELECT date('2024-01-31', '+1 month'), date('2024-03-15', 'start of month', '-1 day'), time('12:34:56', '+90 minutes'), unixepoch('2038-01-19 03:14:08'), strftime('%s', '1969-12-31 23:59:59');
SELECT abs(-5), abs(-2.5), max(1, 7, 3), min('b', 'a'), round(3.14159, 3), random() IS NOT NULL, hex('AB'), quote(x'0102'), char(72, 105), unicode('€');
SELECT sqrt(2), pow(2, 0.5), round(exp(1), 12), ln(10), log10(1000), log(2, 1024), sin(1), cos(1), atan2(1, 1) * 4, floor(-3.5), ceil(-3.5), trunc(2.7), mod(7, 3), pi();
SELECT json('{"a": [1, 2.5, "x", null, true]}'), json_extract('{"a": {"b": [10, 20]}}', '$.a.b[1]'), json_array(1, 'two', 3.5), json_object('k', 1, 'l', json('[1]'));
SELECT json_group_array(x), group_concat(x, ';'), sum(x), avg(x), count(DISTINCT x % 3) FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4);
SELECT 'abc' LIKE 'A%', 'abc' GLOB 'A*', 'abc' < 'abd', 'x' || 1 || 2.5, nullif(1, 1), ifnull(NULL, 'fallback'), iif(1 > 2, 'yes', 'no'), typeof(1e400), 1e400;
SELECT format('%s has %d items costing %.2f', 'cart', 3, 19.999), zeroblob(4) = x'00000000', length(randomblob(16)), likely(1);
SELECT total_changes() >= 0, sqlite_version() = '3.40.1', changes();
SELECT count(*), sum(value) FROM json_each('[1, 2, 3, 4, 5]');
WITH RECURSIVE fib(a, b, n) AS (SELECT 0, 1, 0 UNION ALL SELECT b, a + b, n + 1 FROM fib WHERE n < 90) SELECT a FROM fib WHERE n IN (10, 50, 90);
SELECT CAST(123456789.123456789 AS TEXT), CAST('1e3' AS REAL), CAST(1e20 AS INTEGER), 0.1 * 3, 1 / 0, 1.0 / 0, 5e-324, 1.5e308;
