/*
 * The binary128 long double functions not written yet for the format:
 * each is its double twin, accurate to double precision only.
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113
long double erfl(long double x) { return erf((double)x); }
long double erfcl(long double x) { return erfc((double)x); }
long double tgammal(long double x) { return tgamma((double)x); }
long double lgammal(long double x) { return lgamma((double)x); }
long double gammal(long double x) { return gamma((double)x); }
long double lgammal_r(long double x, int *s) { return lgamma_r((double)x, s); }
#endif
