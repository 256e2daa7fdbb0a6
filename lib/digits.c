/* bh_digits: a number as text, for printf and for the runtime's messages. */
#include <kernel/runtime.h>

#if __SIZEOF_LONG__ < 8
/*
 * v / 10 with shifts and adds: on 32-bit targets a 64-bit division would be
 * a libgcc call. The estimate is at most one short; the remainder fixes it.
 */
static unsigned long long div10(unsigned long long v)
{
	unsigned long long q = (v >> 1) + (v >> 2);

	q += q >> 4;
	q += q >> 8;
	q += q >> 16;
	q += q >> 32;
	q >>= 3;
	return q + (v - q * 10 > 9);
}
#endif

char *bh_digits(char *end, unsigned long long v, int base, int upper)
{
	const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char *p = end;

	if (base == 16) {
		for (; v; v >>= 4)
			*--p = set[v & 15];
	} else if (base == 8) {
		for (; v; v >>= 3)
			*--p = (char)('0' + (v & 7));
	} else {
#if __SIZEOF_LONG__ < 8
		unsigned long w, q;

		while (v > 0xffffffffUL) {
			unsigned long long hq = div10(v);

			*--p = (char)('0' + (unsigned int)(v - hq * 10));
			v = hq;
		}
		/* w / 10 as a multiply, exact for 32 bits (no libgcc at -Os). */
		for (w = (unsigned long)v; w; w = q) {
			q = (unsigned long)
				(((unsigned long long)w * 0xcccccccdu) >> 35);

			*--p = (char)('0' + (w - q * 10));
		}
#else
		for (; v; v /= 10)
			*--p = (char)('0' + v % 10);
#endif
	}
	return p;
}
