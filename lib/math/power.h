/* Included by libm.h, and by binary128.h for the host's binary128 build,
 * which does without libm.h. */
#ifndef LIB_MATH_POWER_H
#define LIB_MATH_POWER_H

/* x^m for an unsigned m >= 1 by squaring, in x's own type: exact where
 * the caller has checked that x's significant bits times m fit it (powf,
 * powl: an exact integer power raises no inexact). */
#define power_by_squaring(x, m) ({					\
	__typeof__(x) p_ = 1, b_ = (x);					\
	unsigned m_ = (m);						\
									\
	for (;;) {							\
		if (m_ & 1)						\
			p_ *= b_;					\
		m_ >>= 1;						\
		if (!m_)						\
			break;						\
		b_ *= b_;						\
	}								\
	p_;								\
})

#endif
