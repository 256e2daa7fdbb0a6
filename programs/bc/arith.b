/* long arithmetic: big products, quotients, powers, remainders */
2^256
3^200 - 2^300
(2^127 - 1) * (2^61 - 1)
scale = 50
1 / 7
22 / 7 - 355 / 113
scale = 0
10^40 / 7
10^40 % 7
-17 % 5
123456789 * 987654321 * 135792468 * 864209753
a = 1; for (i = 1; i <= 60; i++) a *= i; a
scale = 20
a / 10^70
sqrt(10^41)
(-3)^3
2^-3
scale = 100
sqrt(2)
obase = 10
x = 0.1 + 0.2; x
-0.0005 * 3
99999999999999999999.99999 + 0.00001
length(123.4500), scale(123.4500), length(0.001)
