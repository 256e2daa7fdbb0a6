#!/usr/bin/env python3
"""Writes lib/math/tables.c: the constants and tables of bareheap's libm,
computed with mpmath at 300 bits and rounded to nearest.
    scripts/libm-tables.py > lib/math/tables.c
"""
import mpmath
from mpmath import mp, mpf

mp.prec = 300


def dbl(x):
    """x rounded to the nearest double, as a Python float."""
    return float(mpmath.mpf(x))


def split(x):
    """x as a double-double (hi, lo)."""
    hi = dbl(x)
    lo = dbl(mpf(x) - mpf(hi))
    return hi, lo


def trunc_bits(x, bits):
    """x with its significand cut to bits bits (an exact partial value)."""
    m, e = mpmath.frexp(mpf(x))
    m = mpmath.floor(m * 2**bits) / 2**bits
    return float(mpmath.ldexp(m, e))


def h(x):
    return 'INFINITY' if float(x) == float('inf') else float(x).hex()


out = []
w = out.append
w('/*\n * The tables and constants of lib/math/, written by '
  'scripts/libm-tables.py\n * (mpmath at 300 bits, rounded to nearest). '
  'Do not edit.\n */\n#include "tables.h"\n')

# exp: 2^(j/128), j = 0..127, as double-doubles.
w('\nconst double exp2_table[2 * EXP_TABLE_SIZE] = {\n')
for j in range(128):
    hi, lo = split(mpf(2) ** (mpf(j) / 128))
    w(f'\t{h(hi)}, {h(lo)},\n')
w('};\n')

# log: the significand m in [LOG_BASE, 2 LOG_BASE) in 128 intervals of
# equal width in the bits; invc ~ 1 / the interval's midpoint (1 exactly
# for the two intervals beside 1), -log(invc) and 1/invc as double-doubles.
base = 0x3fe6a00000000000
w('\nconst struct log_entry log_table[LOG_TABLE_SIZE] = {\n')
import struct


def bits2d(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


for j in range(128):
    lo_b = base + (j << 45)
    hi_b = base + ((j + 1) << 45)
    a, b = mpf(bits2d(lo_b)), mpf(bits2d(hi_b))
    if j in (74, 75):
        invc = 1.0
    else:
        invc = dbl(2 / (a + b))
    lh, ll = split(-mpmath.log(mpf(invc)))
    ch, cl = split(1 / mpf(invc))
    w(f'\t{{ {h(invc)}, {h(lh)}, {h(ll)}, {h(ch)}, {h(cl)} }},\n')
w('};\n')
assert bits2d(base + (75 << 45)) == 1.0

# atan(j / 16), j = 0..16, as double-doubles.
w('\nconst double atan_table[2 * (ATAN_TABLE_SIZE + 1)] = {\n')
for j in range(17):
    hi, lo = split(mpmath.atan(mpf(j) / 16))
    w(f'\t{h(hi)}, {h(lo)},\n')
w('};\n')

# asin's and atan's Taylor expansions at c = (i + 1/2) / 256 (asin.c's
# asin_table for i = 8..128, 1/32 <= s <= 1/2; atan.c's atan_taylor_table
# for i = 8..256, 1/32 <= t <= 1; both through taylor_row): f(c) as a
# double-double, a_1 = f'(c) as a 5-bit high part (so that a_1 hi d is
# exact for the 48 bits of d = s - c) and the rest, a_2 .. a_7 as doubles.
# Over |d| <= 2^-9 the terms left out stay below 2^-69 of f(c).


def round_bits(x, bits):
    """x rounded to nearest with a significand of bits bits."""
    m, e = mpmath.frexp(mpf(x))
    return float(mpmath.ldexp(mpmath.nint(m * 2**bits) / 2**bits, e))


def round_up_bits(x, bits):
    """x > 0 rounded up to bits significant bits."""
    m, e = mpmath.frexp(mpf(x))
    return float(mpmath.ldexp(mpmath.ceil(m * 2**bits) / 2**bits, e))


def exp2_heads(decl, n):
    """2^(j/n), j = 0..n-1, as hi with 27 bits (hi times a 26-bit value
    is exact) and lo, the table DECL."""
    w(f'\nconst double {decl}[2] = {{\n')
    for j in range(n):
        v = mpf(2) ** (mpf(j) / n)
        hi = round_bits(v, 27)
        w(f'\t{{ {h(hi)}, {h(dbl(v - mpf(hi)))} }},\n')
    w('};\n')


def taylor_table(name, size, f, last):
    w(f'\nconst double {name}[{size}][TAYLOR_ROW] = {{\n')
    for i in range(8, last + 1):
        c = (mpf(i) + mpf(1) / 2) / 256
        a = mpmath.taylor(f, c, 7)
        a1h = round_bits(a[1], 5)
        row = [*split(a[0]), a1h, dbl(a[1] - a1h)] + [dbl(x) for x in a[2:]]
        w('\t{ ' + ', '.join(h(x) for x in row[:4]) + ',\n\t  ' +
          ', '.join(h(x) for x in row[4:7]) + ',\n\t  ' +
          ', '.join(h(x) for x in row[7:]) + ' },\n')
    w('};\n')


taylor_table('asin_table', 'ASIN_TABLE_SIZE', mpmath.asin, 128)
taylor_table('atan_taylor_table', 'ATAN_TAYLOR_SIZE', mpmath.atan, 256)

# erf's Taylor expansions at c = j/16, j = 1..ERF_TABLE_SIZE: erf(c) and
# erfc(c) as double-doubles, then the coefficients a_k = erf^(k)(c) / k!,
# a_1 as a double-double and a_2 .. a_11 as doubles, by the recurrence
# (k + 1)(k + 2) a_(k+2) = -2 (c (k + 1) a_(k+1) + k a_k) that follows from
# erf'' = -2 x erf'. Over |x - c| <= 1/32 the terms left out stay below
# 2^-69 of erf(c).
w('\nconst double erf_table[ERF_TABLE_SIZE][ERF_ROW] = {\n')
for j in range(1, 96):
    c = mpf(j) / 16
    a = [mpmath.erf(c), 2 / mpmath.sqrt(mpmath.pi) * mpmath.exp(-c * c)]
    for k in range(10):
        a.append(-2 * (c * (k + 1) * a[k + 1] + k * a[k]) / ((k + 1) * (k + 2)))
    row = [*split(a[0]), *split(mpmath.erfc(c)), *split(a[1])]
    row += [dbl(x) for x in a[2:]]
    w('\t{ ' + ', '.join(h(x) for x in row[:4]) + ',\n\t  ' +
      ', '.join(h(x) for x in row[4:8]) + ',\n\t  ' +
      ', '.join(h(x) for x in row[8:12]) + ',\n\t  ' +
      ', '.join(h(x) for x in row[12:]) + ' },\n')
w('};\n')

# 2/pi, 32 bits a word, most significant first (1536 bits: more precision).
n = 48
mp.prec = 2000
v = int(mpmath.floor(2 / mpmath.pi * mpf(2) ** (32 * n)))
mp.prec = 300
w('\nconst uint32_t two_over_pi[TWO_OVER_PI_WORDS] = {\n')
words = [(v >> (32 * (n - 1 - i))) & 0xffffffff for i in range(n)]
for i in range(0, n, 6):
    w('\t' + ', '.join(f'0x{x:08x}' for x in words[i:i + 6]) + ',\n')
w('};\n')

# sinf, cosf, tanf: sin(j pi/32), j = 0..63 (cos(j pi/32) is entry j + 16).
w('\nconst double sin_pi32_table[SIN_PI32_TABLE_SIZE] = {\n')
for j in range(0, 64, 4):
    w("\t" + ", ".join(h(0.0 if i % 32 == 0 else dbl(mpmath.sin(mpf(i) * mpmath.pi / 32)))
                        for i in range(j, j + 4)) + ',\n')
w('};\n')

# sin, cos, sincos: sin(j/128) and cos(j/128), j = 0..103 (past pi/4 + a
# little), as double-doubles.
w('\nconst double sincos_table[SINCOS_TABLE_SIZE][4] = {\n')
for j in range(104):
    sh, sl = split(mpmath.sin(mpf(j) / 128))
    ch, cl = split(mpmath.cos(mpf(j) / 128))
    w(f'\t{{ {h(sh)}, {h(sl)}, {h(ch)}, {h(cl)} }},\n')
w('};\n')

def pow_tables():
    """pow's log and exp tables (pow.c).

    log: m in [POW_LOG_BASE, 2 POW_LOG_BASE) in 128 intervals of equal
    width in the bits, 1 two thirds into the one where invc = 1, so that
    |r| < 2^-8.6 there; elsewhere invc ~ 1 / the midpoint rounded to 13
    bits: then invc times m's top 21 bits is exact and so is r's head
    m_hi invc - 1, of at most 26 bits (|r| < 2^-7.9), whose square is
    exact too, and invc times m's low 32 bits. -log(invc) as hi + lo, hi
    a multiple of 2^-42 (so that k LN2_HI + hi is exact). Its exp takes
    erfc_exp_table, 2^(j/256) with 27-bit heads."""
    one = 0x3ff0000000000000
    base = (one - (227 << 45) // 3) & ~((1 << 32) - 1)
    assert base == 0x3fe68aaa00000000
    w('\nconst struct pow_log_entry pow_log_table[POW_LOG_TABLE_SIZE] = {\n')
    for j in range(128):
        a = mpf(bits2d(base + (j << 45)))
        b = mpf(bits2d(base + ((j + 1) << 45)))
        invc = 1.0 if a <= 1 < b else round_bits(2 / (a + b), 13)
        rmax = max(abs(a * invc - 1), abs(b * invc - 1))
        assert rmax < 2**-7.9 and (invc != 1 or rmax < 2**-8.5)
        lc = -mpmath.log(mpf(invc))
        lh = float(mpmath.nint(lc * 2**42) / 2**42)
        ll = dbl(lc - lh)
        w(f'\t{{ {h(invc)}, {h(lh)}, {h(ll)} }},\n')
    w('};\n')


pow_tables()


def asinh_tables():
    """asinh's, acosh's and atanh's log (asinh.c's log_hilo).

    log_table's intervals (m in [LOG_BASE, 2 LOG_BASE), 128 of equal width
    in the bits, |r| <= 2^-7); invc ~ 1 / the midpoint with 20 bits (1 in
    the two intervals beside 1), so that invc times m's top 33 bits is
    exact, and so is invc times m's low 20 bits. -log(invc) as hi + lo, hi
    a multiple of 2^-42 (so that k LN2_HI + hi is exact)."""
    w('\nconst double asinh_log_table[LOG_TABLE_SIZE][3] = {\n')
    for j in range(128):
        a = mpf(bits2d(base + (j << 45)))
        b = mpf(bits2d(base + ((j + 1) << 45)))
        invc = 1.0 if j in (74, 75) else round_bits(2 / (a + b), 20)
        assert max(abs(a * invc - 1), abs(b * invc - 1)) <= 2**-7
        lc = -mpmath.log(mpf(invc))
        hi = float(mpmath.nint(lc * 2**42) / 2**42)
        w(f'\t{{ {h(invc)}, {h(hi)}, {h(dbl(lc - hi))} }},\n')
    w('};\n')


asinh_tables()

# sin, cos, sincos below 2^12: sin(j pi/128), j = 0..255 (cos(j pi/128) is
# entry j + 64), as hi + lo with hi rounded to 27 bits, so that hi times a
# 26-bit part of the reduced argument is exact.
w('\nconst double sin_pi128_table[SIN_PI128_TABLE_SIZE][2] = {\n')
for j in range(256):
    v = mpmath.sin(mpf(j) * mpmath.pi / 128)
    hi = 0.0 if j % 128 == 0 else round_bits(v, 27)
    lo = 0.0 if j % 128 == 0 else dbl(v - mpf(hi))
    w(f'\t{{ {h(hi)}, {h(lo)} }},\n')
w('};\n')


# erfc above 1/4 (erf.c's erfc_fast): erfc(x) = exp(-x^2) g(x), g entire
# and smooth; erf above 1/16 (erf_fast) directly. The function on the
# intervals [2^e (1 + i/16), 2^e (1 + (i + 1)/16)) (the exponent and the
# top four bits of x pick the row) by its interpolant at 11 Chebyshev
# nodes (within 2^-66 of it on each) in h = x - c, c the middle: c0 as a
# double-double, c1 as a 6-bit high part (c1_hi h is exact for the 47
# bits of h) and the rest, c2 .. c10.
def binade_rows(name, size, f, e0, stop, extra=None, width='ERFC_ROW'):
    """extra(a, b, c, r, co, row), if given, returns more entries for the
    row of [a, b)."""
    n = 10
    w(f'\nconst double {name}[{size}][{width}] = {{\n')
    rows = 0
    for e in range(e0, 8):
        for i in range(16):
            a = mpf(2) ** e * (1 + mpf(i) / 16)
            b = mpf(2) ** e * (1 + mpf(i + 1) / 16)
            if a >= stop:
                break
            c, r = (a + b) / 2, (b - a) / 2
            nodes = [r * mpmath.cos(mpmath.pi * (k + mpf(1) / 2) / (n + 1))
                     for k in range(n + 1)]
            ys = [f(c + t) for t in nodes]
            m = mpmath.matrix([[t ** j for j in range(n + 1)] for t in nodes])
            co = mpmath.lu_solve(m, mpmath.matrix(ys))
            c1h = round_bits(co[1], 6)
            row = [*split(co[0]), c1h, dbl(co[1] - c1h)]
            row += [dbl(co[j]) for j in range(2, n + 1)]
            if extra:
                row += extra(a, b, c, r, co, row)
            w('\t{ ' + ', '.join(h(x) for x in row[:4]) + ',\n\t  ' +
              ', '.join(h(x) for x in row[4:8]) + ',\n\t  ' +
              ', '.join(h(x) for x in row[8:]) + ' },\n')
            rows += 1
    w('};\n')
    return rows


def erfc_rows():
    rows = binade_rows('erfc_table', 'ERFC_TABLE_SIZE',
                       lambda x: mpmath.erfc(x) * mpmath.exp(x ** 2), -2, 27)
    assert rows == 107
    exp2_heads('erfc_exp_table[256]', 256)
    # erf from 1/16 to 6.
    rows = binade_rows('erf_fast_table', 'ERF_FAST_TABLE_SIZE', mpmath.erf,
                       -4, 5.9)
    assert rows == 104


erfc_rows()


def lgamma_bound(a, b, c, r, co, row):
    """An absolute bound on the error of binade_poly (tables.h) on a row of
    lgamma_table, [a, b): the interpolant's error, 2 (r/2)^11 times
    max |lgamma^(11)| / 11! = zeta(11, a) / 11, and the roundings. h2 p
    (c2 h^2 + ..., at most m2) is rounded in the coefficients, in h^2,
    in two sums of p and in its product, and twice more on the way into
    lo: 9 u m2 with u = 2^-53; c0's tail, c1's tail times h and the sums
    beside them 3 u (|c0_lo| + |c1_lo| r) and 2 u^2 |c0 + c1 h| (lo's
    own rounding). Both sums of binade_poly are exact where |c0| - |c1_hi|
    r > 2 (m2 + |c0_lo| + |c1_lo| r); where not (the rows beside
    lgamma's zeros at 1 and 2) the bound is inf: lgamma.c's kernel
    decides there."""
    u = mpf(2) ** -53
    m2 = sum(abs(co[k]) * r ** k for k in range(2, 11))
    m1 = abs(row[1]) + abs(row[3]) * r
    if abs(co[0]) - abs(row[2]) * r <= 2 * (m2 + m1):
        return [float('inf')]
    e = (2 * (r / 2) ** 11 * mpmath.zeta(11, a) / 11 +
         u * (9 * m2 + 3 * m1 + 2 * u * (abs(co[0]) + abs(co[1]) * r)))
    return [round_up_bits(e * mpf(1.01), 8)]


def lgamma_rows():
    """lgamma from 1/2 to 128 (lgamma.c's fast path) on binade_rows' rows,
    each with lgamma_bound's bound as its last entry."""
    rows = binade_rows('lgamma_table', 'LGAMMA_TABLE_SIZE', mpmath.loggamma,
                       -1, 128, lgamma_bound, 'LGAMMA_ROW')
    assert rows == 128


lgamma_rows()

def log_base_tables():
    """log, log2, log10, log1p's fast paths: log_table's intervals, invc ~
    1 / the midpoint rounded to 12 bits (beside 1 too: the callers take
    k = 0 there elsewhere, and |r| stays small for k != 0), so that invc times m
    cut to 24 bits is exact and m invc - 1 has at most 28 bits; and
    -log_b(invc) as hi + lo, hi a multiple of 2^-42, so that k L_hi + hi
    is exact for every exponent k (L_hi, log_b 2, also a multiple of
    2^-42: LN2_HI, LOG10_2_HI)."""
    bases = (('logn_table', mpf(1)), ('log2_table', 1 / mpmath.log(2)),
             ('log10_table', 1 / mpmath.log(10)))
    for name, scale in bases:
        w(f'\nconst struct log_base_entry {name}[LOG_TABLE_SIZE] = {{\n')
        for j in range(128):
            a = mpf(bits2d(base + (j << 45)))
            b = mpf(bits2d(base + ((j + 1) << 45)))
            invc = round_bits(2 / (a + b), 12)
            # the bound of |r| that log_base.h's polynomial is fitted on
            assert max(abs(a * invc - 1), abs(b * invc - 1)) <= 0.003971099853515625
            v = -mpmath.log(mpf(invc)) * scale
            hi = float(mpmath.nint(v * 2**42) / 2**42)
            w(f'\t{{ {h(invc)}, {h(hi)}, {h(dbl(v - hi))} }},\n')
        w('};\n')


log_base_tables()


print(''.join(out), end='')

# Constants for tables.h's comments, printed to stderr for checking.
import sys
pio2 = mpmath.pi / 2
p1 = trunc_bits(pio2, 33)
p2 = trunc_bits(pio2 - p1, 33)
p3 = trunc_bits(pio2 - p1 - p2, 33)
p4 = dbl(pio2 - p1 - p2 - p3)
ln2 = mpmath.log(2)
l1 = trunc_bits(ln2, 42)
l2 = dbl(ln2 - l1)
l3 = dbl(ln2 - l1 - l2)
e1 = trunc_bits(ln2 / 128, 34)
e2 = dbl(ln2 / 128 - e1)
e3 = dbl(ln2 / 128 - e1 - e2)
consts = {
    'PIO2_1': p1, 'PIO2_2': p2, 'PIO2_3': p3, 'PIO2_4': p4,
    'PIO2_HI': split(pio2)[0], 'PIO2_LO': split(pio2)[1],
    'PI_HI': split(mpmath.pi)[0], 'PI_LO': split(mpmath.pi)[1],
    'INV_PIO2': dbl(2 / mpmath.pi),
    'PIO128_1': trunc_bits(mpmath.pi / 128, 35),
    'PIO128_2': trunc_bits(mpmath.pi / 128 - trunc_bits(mpmath.pi / 128, 35), 35),
    'PIO128_3': dbl(mpmath.pi / 128 - trunc_bits(mpmath.pi / 128, 35) -
                    trunc_bits(mpmath.pi / 128 - trunc_bits(mpmath.pi / 128, 35), 35)),
    'INV_PIO128': dbl(128 / mpmath.pi),
    'LN2_HI': l1, 'LN2_LO': l2, 'LN2_LO2': l3,
    'LN2_DD_HI': split(ln2)[0], 'LN2_DD_LO': split(ln2)[1],
    'LN2_128_HI': e1, 'LN2_128_LO': e2, 'LN2_128_LO2': e3,
    'INV_LN2_128': dbl(128 / ln2),
    'INV_LN2_HI': split(1 / ln2)[0], 'INV_LN2_LO': split(1 / ln2)[1],
    'INV_LN10_HI': split(1 / mpmath.log(10))[0],
    'INV_LN10_LO': split(1 / mpmath.log(10))[1],
    # log_base.h's C_hi: a multiple of 2^-6, so that rh C_hi is one of 2^-42
    'INV_LN2_6': float(mpmath.nint(64 / ln2) / 64),
    'INV_LN2_6_LO': dbl(1 / ln2 - mpmath.nint(64 / ln2) / 64),
    'INV_LN10_6': float(mpmath.nint(64 / mpmath.log(10)) / 64),
    'INV_LN10_6_LO': dbl(1 / mpmath.log(10) - mpmath.nint(64 / mpmath.log(10)) / 64),
    'LOG10_2_HI': float(mpmath.nint(mpmath.log10(2) * 2**42) / 2**42),
    'LOG10_2_LO': dbl(mpmath.log10(2) - mpmath.nint(mpmath.log10(2) * 2**42) / 2**42),
    'LN10_HI': split(mpmath.log(10))[0], 'LN10_LO': split(mpmath.log(10))[1],
    'TWO_OVER_SQRTPI_HI': split(2 / mpmath.sqrt(mpmath.pi))[0],
    'TWO_OVER_SQRTPI_LO': split(2 / mpmath.sqrt(mpmath.pi))[1],
    'INV_SQRTPI': dbl(1 / mpmath.sqrt(mpmath.pi)),
    'HALF_LN_2PI_HI': split(mpmath.log(2 * mpmath.pi) / 2)[0],
    'HALF_LN_2PI_LO': split(mpmath.log(2 * mpmath.pi) / 2)[1],
    'LN_PI_HI': split(mpmath.log(mpmath.pi))[0],
    'LN_PI_LO': split(mpmath.log(mpmath.pi))[1],
}
# log_base.h's polynomial: (log(1 + r) - r) / r^2 of degree 5 on |r| <=
# 2^-7.97 (log_base_tables' bound, with a margin), chebyfit's near-minimax
# fit; r^2 times it is within 2^-70.8 of log(1 + r) - r.
h_lb = mpf(0.003971099853515625) * 1.001
lb_fit = mpmath.chebyfit(lambda r: (mpmath.log1p(r) - r) / r**2 if r else mpf(-0.5),
                         [-h_lb, h_lb], 6)
sys.stderr.write('LOG_BASE_POLY ' + ', '.join(h(dbl(c)) for c in lb_fit[::-1]) + '\n')
# log.c's path for k != 0, without a rounding test: degree 4 on the same
# interval, r^2 times it within 2^-62.6 of log(1 + r) - r.
ld_fit = mpmath.chebyfit(lambda r: (mpmath.log1p(r) - r) / r**2 if r else mpf(-0.5),
                         [-h_lb, h_lb], 5)
sys.stderr.write('LOG_DIRECT_POLY ' + ', '.join(h(dbl(c)) for c in ld_fit[::-1]) + '\n')
for k, x in consts.items():
    sys.stderr.write(f'#define {k:<20} {h(x)}\n')
# lgamma's Taylor coefficients at 1 and 2, and Stirling's.
sys.stderr.write('LG1 ' + ', '.join(h(dbl((-1) ** k * mpmath.zeta(k) / k))
                                     for k in range(2, 22)) + '\n')
sys.stderr.write('LG2 ' + ', '.join(h(dbl((-1) ** k * (mpmath.zeta(k) - 1) / k))
                                     for k in range(2, 22)) + '\n')
# erf's odd series at 0: 2/sqrt(pi) (-1)^k / (k! (2k + 1)), k = 1..6.
sys.stderr.write('ERF0 ' + ', '.join(
    h(dbl(2 / mpmath.sqrt(mpmath.pi) * (-1) ** k /
          (mpmath.factorial(k) * (2 * k + 1)))) for k in range(1, 7)) + '\n')
sys.stderr.write('EULER ' + str(split(mpmath.euler)) + '\n')
sys.stderr.write('ST ' + ', '.join(h(dbl(mpmath.bernoulli(2 * k) / (2 * k * (2 * k - 1))))
                                    for k in range(1, 12)) + '\n')
