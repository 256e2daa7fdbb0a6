/*
 * Size classes: 16-byte steps up to 128 bytes, then four classes per power
 * of two (160, 192, 224, 256, 320, ...) up to 32 KiB. A request is rounded
 * up to its class, so a block wastes at most 15 bytes up to 128 bytes and
 * less than 20% of its size above (129 bytes in a 160-byte block). Each
 * class carves spans of the fewest pages that hold at least 64 objects up
 * to 1 KiB, 8 up to 8 KiB and 4 above, with at most 1/16 of the span left
 * over; none needs more than 32 pages or holds more than SPAN_MAX_OBJS
 * objects. Every size is 2^shift times 1, 3, 5 or 7; free's check
 * multiplies by the odd part's inverse, which a span gets when it is made
 * (odd_inverse in mm/heap.h).
 *
 * The tables are constants, worked out by the compiler: start-up computes
 * nothing and touches no page for them. test/host/fault.c checks every
 * rule above against them.
 */
#include "mm/heap.h"

/* Size of class c (0 .. NCLASSES - 1): above 128 bytes, class c lies in
 * (2^g, 2^(g + 1)] with g = GROUP(c), in steps of 2^(g - 2). */
#define GROUP(c) (((c) - 8) / 4 + 7)
#define CLASS_SIZE(c) ((c) < 8 ? 16 * ((c) + 1) :				\
	(1u << GROUP(c)) + (((c) - 8) % 4 + 1) * (1u << (GROUP(c) - 2)))

/* Whether p pages suit a span of z-byte objects. */
#define MIN_OBJS(z) ((z) <= 1024 ? 64u : (z) > 8192 ? 4u : 8u)
#define SPAN_FITS(z, p) ((p) * PAGE_SIZE / (z) >= MIN_OBJS(z) &&		\
	(p) * PAGE_SIZE % (z) <= (p) * PAGE_SIZE / 16)

/* The fewest pages, 1 .. 32, that suit; 0 if none does. */
#define SPAN_PAGES4(z, p) (SPAN_FITS(z, p) ? (p) :				\
	SPAN_FITS(z, (p) + 1) ? (p) + 1 : SPAN_FITS(z, (p) + 2) ? (p) + 2 :	\
	SPAN_FITS(z, (p) + 3) ? (p) + 3 : 0)
#define SPAN_PAGES16(z, p) (SPAN_PAGES4(z, p) ? SPAN_PAGES4(z, p) :		\
	SPAN_PAGES4(z, (p) + 4) ? SPAN_PAGES4(z, (p) + 4) :			\
	SPAN_PAGES4(z, (p) + 8) ? SPAN_PAGES4(z, (p) + 8) :			\
	SPAN_PAGES4(z, (p) + 12))
#define SPAN_PAGES(z) (SPAN_PAGES16(z, 1) ? SPAN_PAGES16(z, 1) :		\
	SPAN_PAGES16(z, 17))

#define CLASS(c) {								\
	.shift = __builtin_ctz(CLASS_SIZE(c)),					\
	.size = CLASS_SIZE(c),							\
	.nobjs = SPAN_PAGES(CLASS_SIZE(c)) * PAGE_SIZE / CLASS_SIZE(c),		\
	.npages = SPAN_PAGES(CLASS_SIZE(c)),					\
}
#define CLASSES4(c) CLASS(c), CLASS((c) + 1), CLASS((c) + 2), CLASS((c) + 3)

const struct size_class size_classes[NCLASSES] = {
	CLASSES4(0), CLASSES4(4), CLASSES4(8), CLASSES4(12), CLASSES4(16),
	CLASSES4(20), CLASSES4(24), CLASSES4(28), CLASSES4(32), CLASSES4(36),
};

/* The class of a request of 16 * n bytes, n = 0 .. 64: what class_of()
 * works out with a count of leading zeros above 1 KiB. */
#define SMALL(n) (uint8_t)((n) <= 8 ? ((n) ? (n) - 1 : 0) :				\
	8 + (63 - __builtin_clzll(16ull * (n) - 1) - 7) * 4 +			\
	(((16ull * (n) - 1) >> (63 - __builtin_clzll(16ull * (n) - 1) - 2)) & 3))
#define SMALL8(n) SMALL(n), SMALL((n) + 1), SMALL((n) + 2), SMALL((n) + 3),	\
	SMALL((n) + 4), SMALL((n) + 5), SMALL((n) + 6), SMALL((n) + 7)

const uint8_t small_class[1024 / 16 + 1] = {
	SMALL8(0), SMALL8(8), SMALL8(16), SMALL8(24), SMALL8(32), SMALL8(40),
	SMALL8(48), SMALL8(56), SMALL(64),
};
