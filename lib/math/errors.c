/*
 * The results of the exceptional cases, with their IEEE exception raised by
 * real arithmetic (never folded: opaque) and errno set as glibc sets it.
 */
#include "libm.h"

double math_invalid(double x)
{
	double y = opaque(x);

	y = (y - y) / (y - y);
	errno = EDOM;
	return y;
}

double math_divzero(int negative)
{
	double y = opaque(negative ? -1.0 : 1.0) / 0.0;

	errno = ERANGE;
	return y;
}

double math_overflow(int negative)
{
	double y = opaque(negative ? -0x1p769 : 0x1p769) * 0x1p769;

	errno = ERANGE;
	return y;
}

double math_underflow(int negative)
{
	double y = opaque(negative ? -0x1p-767 : 0x1p-767) * 0x1p-767;

	errno = ERANGE;
	return y;
}

double math_check_underflow(double y)
{
	if (y != 0 && __builtin_fabs(y) < DBL_MIN)
		errno = ERANGE;
	return y;
}

float math_invalidf(float x)
{
	float y = opaquef(x);

	y = (y - y) / (y - y);
	errno = EDOM;
	return y;
}

float math_divzerof(int negative)
{
	float y = opaquef(negative ? -1.0f : 1.0f) / 0.0f;

	errno = ERANGE;
	return y;
}

float math_overflowf(int negative)
{
	float y = opaquef(negative ? -0x1p97f : 0x1p97f) * 0x1p97f;

	errno = ERANGE;
	return y;
}

float math_underflowf(int negative)
{
	float y = opaquef(negative ? -0x1p-95f : 0x1p-95f) * 0x1p-95f;

	errno = ERANGE;
	return y;
}

float math_check_underflowf(float y)
{
	if (y != 0 && __builtin_fabsf(y) < FLT_MIN)
		errno = ERANGE;
	return y;
}
