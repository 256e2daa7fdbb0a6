/* user functions: recursion, arrays, auto, return, control flow, print */
scale = 0
define f(n) { if (n <= 1) return (1); return (n * f(n - 1)); }
f(30)
define fib(n) { auto a, b, t, i; a = 0; b = 1; for (i = 0; i < n; i++) { t = a + b; a = b; b = t; }; return (a); }
fib(100); fib(300)
define gcd(a, b) { auto t; while (b) { t = b; b = a % b; a = t; }; return (a); }
gcd(2^64, 6^30); gcd(1071, 462)
define s(x[], n) { auto i, t; for (i = 0; i < n; i++) t += x[i]; return (t); }
for (i = 0; i < 100; i++) v[i] = i * i
s(v[], 100)
define p(n) { auto i; for (i = 2; i * i <= n; i++) if (n % i == 0) return (0); return (1); }
c = 0; for (i = 2; i < 2000; i++) if (p(i)) c += 1; c
i = 0; while (1) { i += 1; if (i == 10) break; if (i % 2) continue; print i, " " }; print "\n"
print "string\twith\\escapes\n"
x = 5; x++; ++x; x--; x; x ^= 2; x; x /= 3; x; x %= 4; x
!0; 1 && 0; 1 || 0; 3 > 2; 2 >= 3; 1 != 1
define void nothing() { print "void function\n"; }
nothing()
scale = 30
define r(x) { return (x / 3); }
r(1) + r(2)
