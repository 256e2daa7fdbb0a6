/* The binary formats strtod, strtof and strtold round to. */
#include <float.h>
#include "strtofp.h"

/*
 * kdigits: a value halfway between two neighbours has at most about
 * p - emin + 1 - (its decimal exponent) significant digits (767 for
 * double, 11515 for x87, 11564 for binary128); more digits than that can
 * only decide a tie, which a sticky bit does. limbs: room for
 * 10^kdigits and for 5^(kdigits - min10).
 */
const struct fp_format fp_double = { 53, -1022, 1023, 309, -326, 800, 96 };
const struct fp_format fp_float = { 24, -126, 127, 39, -47, 120, 24 };
#if LDBL_MANT_DIG == 64
const struct fp_format fp_long_double = {
	64, -16382, 16383, 4933, -4953, 11520, 1216
};
#elif LDBL_MANT_DIG == 113
const struct fp_format fp_long_double = {
	113, -16382, 16383, 4933, -4968, 11600, 1232
};
#else
const struct fp_format fp_long_double = { 53, -1022, 1023, 309, -326, 800, 96 };
#endif
