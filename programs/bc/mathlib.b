/* the -l library at high scale */
scale = 60
pi = 4 * a(1); pi
e(1)
e(-5)
l(2)
l(0.5)
s(pi / 6)
c(pi / 3)
s(1); c(1)
a(1 / 5)
j(0, 1)
j(1, 2.5)
scale = 20
for (x = -2; x <= 2; x += 0.5) { print x, ": ", e(x), " ", s(x), "\n" }
sqrt(e(1))
l(e(3))
