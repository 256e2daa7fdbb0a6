/* <endian.h> and <memory.h>: the byte order and glibc's conversions
 * (answers from glibc on x86_64; every target is little-endian). */
#include <endian.h>
#include <memory.h>
#include <stdint.h>
#include <sys/param.h>
#include "check.h"

int main(void)
{
	uint32_t v = 0x11223344;
	unsigned char b[4];

	memcpy(b, &v, 4);
	CHECK_INT(BYTE_ORDER, LITTLE_ENDIAN);
	CHECK_INT(__BYTE_ORDER, 1234);
	CHECK_INT(b[0], 0x44);
	CHECK_UINT(htobe32(v), 0x44332211);
	CHECK_UINT(htobe16(0x1234), 0x3412);
	CHECK_UINT(be16toh(0x3412), 0x1234);
	CHECK_UINT(le32toh(v), 0x11223344);
	CHECK_UINT(htole64(0x0102030405060708ULL), 0x0102030405060708ULL);
	CHECK_UINT(be64toh(0x0102030405060708ULL), 0x0807060504030201ULL);
	CHECK_INT(sizeof(htobe16(1)), 2);
	CHECK_INT(sizeof(htobe64(1)), 8);
	return check_done();
}
