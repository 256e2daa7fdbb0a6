/*
 * Just enough of a flattened device tree (the devicetree specification's
 * binary form, big-endian) to find the RAM and the command line: the
 * "reg" of the root's memory nodes, sized by the root's #address-cells
 * and #size-cells, /chosen's "bootargs", and the reservation block.
 */
#include <string.h>
#include "mm/os.h"
#include "platform/bare/board.h"

#define FDT_MAGIC	0xd00dfeedu
#define FDT_BEGIN_NODE	1
#define FDT_END_NODE	2
#define FDT_PROP	3
#define FDT_NOP		4
#define FDT_END		9

struct fdt_header {
	uint32_t magic, totalsize, off_struct, off_strings, off_rsvmap;
	uint32_t version, last_comp_version, boot_cpu, size_strings;
	uint32_t size_struct;
};

static uint32_t be32(const void *p)
{
	const unsigned char *b = p;

	return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 |
		(uint32_t)b[2] << 8 | b[3];
}

/* cells big-endian 32-bit words at p as one number (at most two count) */
static uint64_t cells(const unsigned char *p, uint32_t n)
{
	uint64_t v = 0;

	while (n--) {
		v = v << 32 | be32(p);
		p += 4;
	}
	return v;
}

static void add_banks(const unsigned char *reg, uint32_t len,
		      uint32_t acells, uint32_t scells)
{
	uint32_t step = 4 * (acells + scells);

	if (acells > 2 || scells > 2)
		return;
	for (; step && len >= step; reg += step, len -= step) {
		uint64_t base = cells(reg, acells);
		uint64_t top = base + cells(reg + 4 * acells, scells);

		if (base > UINTPTR_MAX)
			continue;	/* beyond what a pointer reaches */
		ram_add((uintptr_t)base, top > UINTPTR_MAX || top < base ?
			UINTPTR_MAX : (uintptr_t)top);
	}
}

static void take_reserved(const unsigned char *p)
{
	for (;; p += 16) {
		uint64_t base = cells(p, 2), size = cells(p + 8, 2);

		if (!base && !size)
			return;
		if (base <= UINTPTR_MAX)
			ram_take((uintptr_t)base, (uintptr_t)(base + size));
	}
}

int fdt_scan(const void *fdt, const char **bootargs)
{
	const struct fdt_header *h = fdt;
	const unsigned char *base = fdt, *p, *strings;
	uint32_t acells = 2, scells = 1;
	int depth = 0, in_memory = 0, in_chosen = 0;

	*bootargs = NULL;
	if (be32(&h->magic) != FDT_MAGIC)
		return -1;
	p = base + be32(&h->off_struct);
	strings = base + be32(&h->off_strings);
	for (;;) {
		uint32_t token = be32(p), len;
		const char *name;

		p += 4;
		switch (token) {
		case FDT_BEGIN_NODE:
			name = (const char *)p;
			depth++;
			in_memory = depth == 2 && !strncmp(name, "memory", 6);
			in_chosen = depth == 2 && !strcmp(name, "chosen");
			p += (strlen(name) + 4) & ~3u;
			break;
		case FDT_END_NODE:
			depth--;
			in_memory = in_chosen = 0;
			break;
		case FDT_PROP:
			len = be32(p);
			name = (const char *)strings + be32(p + 4);
			p += 8;
			if (depth == 1 && !strcmp(name, "#address-cells"))
				acells = be32(p);
			else if (depth == 1 && !strcmp(name, "#size-cells"))
				scells = be32(p);
			else if (in_memory && !strcmp(name, "reg"))
				add_banks(p, len, acells, scells);
			else if (in_chosen && !strcmp(name, "bootargs") && len)
				*bootargs = (const char *)p;
			p += (len + 3) & ~3u;
			break;
		case FDT_NOP:
			break;
		default:	/* FDT_END, or a tree we cannot read */
			take_reserved(base + be32(&h->off_rsvmap));
			ram_take((uintptr_t)fdt,
				 (uintptr_t)fdt + be32(&h->totalsize));
			return 0;
		}
	}
}
