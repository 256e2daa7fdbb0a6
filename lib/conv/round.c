/* The rounding direction in force, read by doing arithmetic in it. */
#include "fmt.h"

enum fp_round fp_round_mode(void)
{
	/* 1 + 0.75 ulp: nearest and up go to 1 + ulp, down and zero to 1. */
	volatile double one = 1.0, bit = 0x1.8p-53;
	volatile double above = one + bit, below = -one - bit;

	if (above > 1.0 && below < -1.0)
		return FP_ROUND_NEAREST;
	if (above > 1.0)
		return FP_ROUND_UP;
	if (below < -1.0)
		return FP_ROUND_DOWN;
	return FP_ROUND_ZERO;
}

int fp_round_up(enum fp_round mode, int neg, int cmp_half, int nonzero,
		int odd)
{
	switch (mode) {
	case FP_ROUND_NEAREST:
		return cmp_half > 0 || (cmp_half == 0 && odd);
	case FP_ROUND_UP:
		return nonzero && !neg;
	case FP_ROUND_DOWN:
		return nonzero && neg;
	default:
		return 0;
	}
}
