#!/usr/bin/env python3
"""Writes lib/math/tables_binary128.c: the constants of the binary128 long
double functions as double-quads (hi + lo, each rounded to nearest at 113
bits) and the bits of 2/pi for their argument reduction, from mpmath at
17000 bits.
    scripts/libm-tables128.py > lib/math/tables_binary128.c
"""
import mpmath
from mpmath import mp, mpf

mp.prec = 17000
BITS = 113
TWO_OVER_PI_WORDS = 262    # bits 1 .. 64 * 262 of 2/pi: 16383 + 113 + 384


def quad(x):
    """x rounded to the nearest binary128 value, as an mpf."""
    if x == 0:
        return mpf(0)
    m, e = mpmath.frexp(x)
    return mpmath.ldexp(mpmath.nint(m * 2**BITS), e - BITS)


def literal(x):
    """A binary128 value as a C hex literal with the Q() suffix macro."""
    if x == 0:
        return "Q(0.0)"
    sign = "-" if x < 0 else ""
    m, e = mpmath.frexp(abs(x))
    n = int(mpmath.ldexp(m, BITS))
    assert n >> (BITS - 1) == 1
    frac = n - (1 << (BITS - 1))
    return "Q(%s0x1.%028xp%+d)" % (sign, frac, e - 1)


def pair(name, x):
    hi = quad(x)
    lo = quad(x - hi)
    return "const dq %s = { %s, %s };" % (name, literal(hi), literal(lo))


def main():
    pi = mpmath.pi
    consts = [
        ("DQ_LN2", mpmath.log(2)),
        ("DQ_LN10", mpmath.log(10)),
        ("DQ_LOG2E", 1 / mpmath.log(2)),
        ("DQ_PIO2", pi / 2),
        ("DQ_PI", pi),
        ("DQ_INV_SQRTPI", 1 / mpmath.sqrt(pi)),
        ("DQ_HALF_LN_2PI", mpmath.log(2 * pi) / 2),
        ("DQ_EULER", mpmath.euler),
    ]
    print("/* Written by scripts/libm-tables128.py: do not edit. */")
    print('#include "binary128.h"')
    print()
    print("#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)")
    for name, x in consts:
        print(pair(name, x))
    print()
    print("/* zeta(k) for k = 2 .. 9: the Taylor series of lgamma at 1. */")
    print("const dq dq_zeta[8] = {")
    for k in range(2, 10):
        z = mpmath.zeta(k)
        hi = quad(z)
        print("\t{ %s, %s }," % (literal(hi), literal(quad(z - hi))))
    print("};")
    print()
    print("/* 2/pi = sum of two_over_pi_bits[k] * 2^(-64 (k + 1)). */")
    print("const uint64_t two_over_pi_bits[TWO_OVER_PI_WORDS] = {")
    t = 2 / pi
    words = []
    for _ in range(TWO_OVER_PI_WORDS):
        t *= 2**64
        w = int(mpmath.floor(t))
        t -= w
        words.append("0x%016xULL" % w)
    for i in range(0, len(words), 3):
        print("\t" + ", ".join(words[i:i + 3]) + ",")
    print("};")
    print("#endif")


main()
