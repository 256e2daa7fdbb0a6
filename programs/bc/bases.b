/* input and output bases */
obase = 16
255; 4096; 2^64 - 1; 3.75
obase = 2
10; 255; 0.5
obase = 8
511; -64
obase = 10
ibase = 16
FF; 1000; A.8; FFFFFFFFFFFFFFFF
ibase = A
obase = 36
123456789; 35
obase = 1000
2^100
obase = 10
ibase = 2
101010; 1111.1
ibase = 1010
obase = 7
1000; 48.5
