/*
 * What lib/format.c (the printf formatter) and lib/conv/ (floating point
 * to text) tell each other; not a public header.
 */
#ifndef LIB_CONV_FMT_H
#define LIB_CONV_FMT_H

#include <stddef.h>
#include "lib/stdio_impl.h"
#include "mant.h"

#define FL_MINUS	0x01	/* '-': pad on the right */
#define FL_PLUS		0x02	/* '+': sign for positive numbers */
#define FL_SPACE	0x04	/* ' ': space for positive numbers */
#define FL_ALT		0x08	/* '#': 0x prefix, a point always, zeros kept */
#define FL_ZERO		0x10	/* '0': pad numbers with zeros */

/* One conversion's settings, with any '*' already taken. */
struct fmt_spec {
	unsigned int flags;
	size_t width;
	int prec;		/* -1 when none was given */
	char conv;		/* the conversion letter */
};

/* Sends n bytes to the sink and counts them. */
void fmt_emit(struct bh_sink *k, const char *p, size_t n);

/* Sends n copies of c (' ' or '0'). */
void fmt_pad(struct bh_sink *k, char c, size_t n);

/* A binary floating-point value taken apart: m * 2^e when finite. */
enum fp_kind { FP_KIND_ZERO, FP_KIND_FINITE, FP_KIND_INF, FP_KIND_NAN };

struct fp_parts {
	fp_mant m;		/* the significand, integer bit included */
	int e;			/* the exponent of its lowest bit */
	int neg;		/* the sign bit */
	enum fp_kind kind;
	int hex_frac;		/* %a: hex digits after the point: 13 for
				 * double, 15 for x87, 28 for binary128 */
	int pseudo_denormal;	/* x87 exponent 0 with the integer bit set:
				 * glibc's %e %f %g drop that bit, %a not */
};

void fp_split_double(double x, struct fp_parts *v);
void fp_split_long_double(long double x, struct fp_parts *v);

/* Prints v for %f %F %e %E %g %G %a %A. */
void fmt_float(struct bh_sink *k, const struct fmt_spec *sp,
	       const struct fp_parts *v);

/* The FPU's current rounding direction. */
enum fp_round { FP_ROUND_NEAREST, FP_ROUND_UP, FP_ROUND_DOWN, FP_ROUND_ZERO };
enum fp_round fp_round_mode(void);

/*
 * True when a value whose dropped part is described by (first dropped
 * digit in the base's top half / exactly half / below half, via cmp: <0, 0,
 * >0 against half; nonzero tells whether anything was dropped) should go
 * up in magnitude, given the last kept digit's parity.
 */
int fp_round_up(enum fp_round mode, int neg, int cmp_half, int nonzero,
		int odd);

#endif
