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
long double expl(long double x) { return exp((double)x); }
long double exp2l(long double x) { return exp2((double)x); }
long double exp10l(long double x) { return exp10((double)x); }
long double expm1l(long double x) { return expm1((double)x); }
long double logl(long double x) { return log((double)x); }
long double log2l(long double x) { return log2((double)x); }
long double log10l(long double x) { return log10((double)x); }
long double log1pl(long double x) { return log1p((double)x); }
long double sinl(long double x) { return sin((double)x); }
long double cosl(long double x) { return cos((double)x); }
long double tanl(long double x) { return tan((double)x); }
long double asinl(long double x) { return asin((double)x); }
long double acosl(long double x) { return acos((double)x); }
long double atanl(long double x) { return atan((double)x); }
long double sinhl(long double x) { return sinh((double)x); }
long double coshl(long double x) { return cosh((double)x); }
long double tanhl(long double x) { return tanh((double)x); }
long double asinhl(long double x) { return asinh((double)x); }
long double acoshl(long double x) { return acosh((double)x); }
long double atanhl(long double x) { return atanh((double)x); }
long double powl(long double x, long double y) { return pow((double)x, (double)y); }
long double atan2l(long double y, long double x) { return atan2((double)y, (double)x); }
void sincosl(long double x, long double *s, long double *c)
{
	*s = sinl(x);
	*c = cosl(x);
}
#endif
