/*
 * asinhf, acoshf and atanhf in double arithmetic (libmf.h), each as
 * log1p of an argument computed without cancellation (|x| written a):
 *   asinh a = log1p(a + a^2 / (1 + sqrt(1 + a^2)))
 *   acosh x = log1p(d + sqrt(d (2 + d))), d = x - 1 (exact)
 *   atanh a = log1p(2a / (1 - a)) / 2 (1 - a exact)
 * The argument's few roundings (2^-51) pass into log1p at most as they
 * are, log1p_kernel adds 2^-46: 2^12 units in the last place, with a
 * margin. Special values, and the few results whose rounding the error
 * leaves in doubt, come from the double functions.
 */
#include "libmf.h"

#define AHYPERBF_ERR	4096

float asinhf(float x)
{
	double a = __builtin_fabsf(x), y;

	if (a < 0x1p-12)	/* x - x^3/6, as sinf's */
		return x == 0 ? x : (float)(x - x * (x * (double)x) * (1.0 / 6));
	if (!(a <= FLT_MAX))
		return x + x;	/* inf, NaN */
	y = log1p_kernel(a + a * a / (1 + sqrt_insn(1 + a * a)));
	if (float_is_clear(y, AHYPERBF_ERR))
		return (float)__builtin_copysign(y, x);
	return (float)asinh(x);
}

float acoshf(float x)
{
	double d = (double)x - 1, y;

	if (!(d > 0 && x <= FLT_MAX))	/* 1, domain errors, inf, NaN */
		return (float)acosh(x);
	y = log1p_kernel(d + sqrt_insn(d * (2 + d)));
	if (float_is_clear(y, AHYPERBF_ERR))
		return (float)y;
	return (float)acosh(x);
}

float atanhf(float x)
{
	double a = __builtin_fabsf(x), y;

	if (a < 0x1p-12)	/* x + x^3/3, as tanf's */
		return x == 0 ? x : (float)(x + x * (x * (double)x) * (1.0 / 3));
	if (!(a < 1))		/* poles, domain errors, NaN */
		return (float)atanh(x);
	y = 0.5 * log1p_kernel(2 * a / (1 - a));
	if (float_is_clear(y, AHYPERBF_ERR))
		return (float)__builtin_copysign(y, x);
	return (float)atanh(x);
}
