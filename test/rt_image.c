/* The traditional image symbols: etext ends the code, edata the
 * initialised data, end the bss (and _etext, _edata, _end alike). */
#include "check.h"

extern char etext[], edata[], end[], _etext[], _edata[], _end[];

static int initialised = 1;
static int zeroed;

static int code(void)
{
	return initialised + zeroed;
}

int main(void)
{
	CHECK((char *)code < etext);
	CHECK((char *)main < etext);
	CHECK(etext == _etext);
	CHECK(edata == _edata);
	CHECK(end == _end);
	CHECK(etext < edata);
	CHECK((char *)&initialised < edata);
	CHECK((char *)&zeroed >= edata);
	CHECK((char *)&zeroed < end);
	CHECK(edata <= end);
	CHECK_INT(code(), 1);
	return check_done();
}
