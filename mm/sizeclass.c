/*
 * Size classes: 16-byte steps up to 128 bytes, then four classes per power
 * of two (160, 192, 224, 256, 320, ...) up to 32 KiB. A request is rounded
 * up to its class, so a block wastes at most 15 bytes up to 128 bytes and
 * less than 20% of its size above (129 bytes in a 160-byte block). Each
 * class carves spans of a few pages, sized so that at most 1/16 of a span
 * is left over and no span holds more than SPAN_MAX_OBJS objects.
 */
#include "mm/heap.h"

struct size_class size_classes[NCLASSES];
uint8_t small_class[1024 / 16 + 1];

static uint32_t class_size(unsigned int c)
{
	unsigned int group, step;

	if (c < 8)
		return 16 * (c + 1);
	group = (c - 8) / 4 + 7;	/* the class lies in (2^group, 2^(group+1)] */
	step = (c - 8) % 4 + 1;
	return (1u << group) + step * (1u << (group - 2));
}

static void choose_span(struct size_class *k)
{
	size_t pages = 1, bytes;

	for (;; pages++) {
		bytes = pages * PAGE_SIZE;
		if (bytes / k->size > SPAN_MAX_OBJS) {
			pages--;	/* the previous size was the largest allowed */
			break;
		}
		if (bytes / k->size >= 8 && bytes % k->size <= bytes / 16)
			break;
		if (bytes / k->size >= 4 && k->size > 8192 &&
		    bytes % k->size <= bytes / 16)
			break;
	}
	if (pages == 0)
		pages = 1;
	k->npages = (uint32_t)pages;
	k->nobjs = (uint32_t)(pages * PAGE_SIZE / k->size);
}

void sizeclass_init(void)
{
	unsigned int c, n;

	for (c = 0; c < NCLASSES; c++) {
		struct size_class *k = &size_classes[c];

		k->size = class_size(c);
		k->inv = ((1ull << 32) - 1 + k->size / 16) / (k->size / 16);
		choose_span(k);
		heap.keep[c] = RECENT_BYTES / k->size;
		if (heap.keep[c] > RECENT_MAX)
			heap.keep[c] = RECENT_MAX;
	}
	for (n = 0, c = 0; n <= 1024 / 16; n++) {
		while (class_size(c) < n * 16)
			c++;
		small_class[n] = (uint8_t)c;
	}
}
