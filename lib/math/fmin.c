/* fmin, fmax, fdim. A NaN argument loses against a number (C99 F.9.9). */
#include "libm.h"

double fmin(double x, double y)
{
	if (__builtin_isless(x, y))
		return x;
	if (__builtin_isgreaterequal(x, y))
		return y;
	return __builtin_isnan(x) ? (__builtin_isnan(y) ? x + y : y) : x;
}

double fmax(double x, double y)
{
	if (__builtin_isgreater(x, y))
		return x;
	if (__builtin_islessequal(x, y))
		return y;
	return __builtin_isnan(x) ? (__builtin_isnan(y) ? x + y : y) : x;
}

double fdim(double x, double y)
{
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y))
		return __builtin_isunordered(x, y) ? x + y : x > y ? x - y : 0.0;
	if (!(x > y))
		return 0.0;
	x -= y;
	if (__builtin_isinf(x))
		errno = ERANGE;	/* from finite arguments */
	return x;
}

float fminf(float x, float y)
{
	if (__builtin_isless(x, y))
		return x;
	if (__builtin_isgreaterequal(x, y))
		return y;
	return __builtin_isnan(x) ? (__builtin_isnan(y) ? x + y : y) : x;
}

float fmaxf(float x, float y)
{
	if (__builtin_isgreater(x, y))
		return x;
	if (__builtin_islessequal(x, y))
		return y;
	return __builtin_isnan(x) ? (__builtin_isnan(y) ? x + y : y) : x;
}

float fdimf(float x, float y)
{
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y))
		return __builtin_isunordered(x, y) ? x + y : x > y ? x - y : 0.0f;
	if (!(x > y))
		return 0.0f;
	x -= y;
	if (__builtin_isinf(x))
		errno = ERANGE;
	return x;
}
