/*
 * Size classes: 16-byte steps up to 128 bytes, then four classes per power
 * of two (160, 192, 224, 256, 320, ...) up to 32 KiB. A request is rounded
 * up to its class, so a block wastes at most 15 bytes up to 128 bytes and
 * less than 20% of its size above (129 bytes in a 160-byte block). Each
 * class carves spans of the fewest pages that hold at least 8 objects (4
 * above 8 KiB) with at most 1/16 of the span left over; none needs more
 * than 32 pages or holds more than SPAN_MAX_OBJS objects.
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
#define SPAN_FITS(z, p) ((p) * PAGE_SIZE / (z) >= ((z) > 8192 ? 4u : 8u) &&	\
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
	.inv = ((1ull << 32) - 1 + CLASS_SIZE(c) / 16) / (CLASS_SIZE(c) / 16),	\
	.size = CLASS_SIZE(c),							\
	.nobjs = SPAN_PAGES(CLASS_SIZE(c)) * PAGE_SIZE / CLASS_SIZE(c),		\
	.npages = SPAN_PAGES(CLASS_SIZE(c)),					\
}
#define CLASSES4(c) CLASS(c), CLASS((c) + 1), CLASS((c) + 2), CLASS((c) + 3)

const struct size_class size_classes[NCLASSES] = {
	CLASSES4(0), CLASSES4(4), CLASSES4(8), CLASSES4(12), CLASSES4(16),
	CLASSES4(20), CLASSES4(24), CLASSES4(28), CLASSES4(32), CLASSES4(36),
};

/* Recent blocks a class keeps: RECENT_MAX, or RECENT_BYTES of them. */
#define KEEP(c) (uint8_t)(RECENT_BYTES / CLASS_SIZE(c) < RECENT_MAX ?	\
	RECENT_BYTES / CLASS_SIZE(c) : RECENT_MAX)
#define KEEP4(c) KEEP(c), KEEP((c) + 1), KEEP((c) + 2), KEEP((c) + 3)

const uint8_t recent_keep[NCLASSES] = {
	KEEP4(0), KEEP4(4), KEEP4(8), KEEP4(12), KEEP4(16),
	KEEP4(20), KEEP4(24), KEEP4(28), KEEP4(32), KEEP4(36),
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
