/* sqrt: the instruction, and EDOM for a negative argument (as glibc). */
#include "libm.h"

double sqrt(double x)
{
	if (__builtin_isless(x, 0.0))
		return math_invalid(x);
	return sqrt_insn(x);
}

float sqrtf(float x)
{
	if (__builtin_isless(x, 0.0f))
		return math_invalidf(x);
	return sqrtf_insn(x);
}
