/*
 * Text to binary floating point, correctly rounded, for strtod, strtof,
 * strtold and scanf: the value is parsed exactly (big integers), rounded
 * once in the current rounding mode to the target format, and handed back
 * as a significand and exponent for the caller to pack.
 */
#ifndef LIB_CONV_STRTOFP_H
#define LIB_CONV_STRTOFP_H

#include <stddef.h>
#include "fmt.h"

/* A binary format: p significand bits (integer bit included), the normal
 * exponent range, and the sizes the exact arithmetic needs. */
struct fp_format {
	int p, emin, emax;
	int max10, min10;	/* decimal exponents beyond all finite values */
	int kdigits;		/* significant digits that can matter */
	int limbs;		/* 32-bit words of a big integer */
};

extern const struct fp_format fp_double, fp_float, fp_long_double;

/*
 * The result: a finite value is m * 2^e with m < 2^p, and either
 * m >= 2^(p-1) or e = emin - p + 1 (subnormal); m = 0 is zero. A NaN has
 * its payload in m.
 */
struct fp_value {
	fp_mant m;
	int e;
	int neg;
	enum fp_kind kind;
};

/*
 * Parses the longest prefix of s that strtod accepts (leading white space,
 * sign, decimal or 0x hexadecimal, inf, infinity, nan, nan(chars)).
 * Returns the number of bytes taken, 0 when there is no number (then *v is
 * +0). Sets errno to ERANGE on overflow (v is then infinite, or the largest
 * finite value when the rounding direction says so) and on underflow.
 * max_len limits the bytes read (scanf's field width); use (size_t)-1.
 */
size_t fp_parse(const char *s, size_t max_len, const struct fp_format *f,
		struct fp_value *v);

#endif
