/*
 * C11 atomics on the small types: bool, char and short, whose operations
 * riscv64's compiler leaves to library calls (arch/riscv64/atomic.c),
 * next to int's. Each value shares its word with neighbours that must
 * keep their bytes.
 */
#include <stdatomic.h>
#include <stdbool.h>
#include "check.h"

static struct {
	unsigned char before;
	_Atomic unsigned char c;
	_Atomic unsigned short h;
	_Atomic bool b;
	unsigned char after;
} w = { 0x5a, 0, 0, false, 0xa5 };

static void test_char(void)
{
	unsigned char want = 3;

	atomic_store(&w.c, 3);
	CHECK_INT(atomic_fetch_add(&w.c, 250), 3);
	CHECK_INT(atomic_load(&w.c), 253);
	CHECK_INT(atomic_fetch_add(&w.c, 5), 253);	/* wraps at 256 */
	CHECK_INT(atomic_load(&w.c), 2);
	CHECK_INT(atomic_fetch_sub(&w.c, 3), 2);
	CHECK_INT(atomic_load(&w.c), 255);
	CHECK_INT(atomic_fetch_and(&w.c, 0x0f), 255);
	CHECK_INT(atomic_fetch_or(&w.c, 0x30), 0x0f);
	CHECK_INT(atomic_fetch_xor(&w.c, 0xff), 0x3f);
	CHECK_INT(atomic_exchange(&w.c, 7), 0xc0);
	CHECK(!atomic_compare_exchange_strong(&w.c, &want, 9));
	CHECK_INT(want, 7);				/* what it held */
	CHECK(atomic_compare_exchange_strong(&w.c, &want, 9));
	CHECK_INT(atomic_load(&w.c), 9);
	CHECK_INT(__atomic_nand_fetch(&w.c, 0x0c, __ATOMIC_SEQ_CST), 0xf7);
	CHECK_INT(__atomic_add_fetch(&w.c, 0x0a, __ATOMIC_SEQ_CST), 0x01);
}

static void test_short(void)
{
	unsigned short want = 0;

	atomic_store(&w.h, 0xfff0);
	CHECK_INT(atomic_fetch_add(&w.h, 0x20), 0xfff0);
	CHECK_INT(atomic_load(&w.h), 0x0010);
	CHECK_INT(atomic_fetch_sub(&w.h, 0x11), 0x0010);
	CHECK_INT(atomic_load(&w.h), 0xffff);
	CHECK_INT(atomic_fetch_and(&w.h, 0x1234), 0xffff);
	CHECK_INT(atomic_fetch_or(&w.h, 0x8000), 0x1234);
	CHECK_INT(atomic_fetch_xor(&w.h, 0x0234), 0x9234);
	CHECK_INT(atomic_exchange(&w.h, 0xbeef), 0x9000);
	CHECK(!atomic_compare_exchange_weak(&w.h, &want, 1));	/* it holds 0xbeef */
	CHECK_INT(want, 0xbeef);
	while (!atomic_compare_exchange_weak(&w.h, &want, 0x1234))
		;
	CHECK_INT(atomic_load(&w.h), 0x1234);
	CHECK_INT(__atomic_sub_fetch(&w.h, 0x34, __ATOMIC_SEQ_CST), 0x1200);
}

static void test_bool(void)
{
	bool want = true;

	CHECK(!atomic_exchange(&w.b, true));
	CHECK(atomic_load(&w.b));
	CHECK(atomic_compare_exchange_strong(&w.b, &want, false));
	CHECK(!atomic_load(&w.b));
	CHECK(!atomic_compare_exchange_strong(&w.b, &want, false));
	CHECK(!want);
}

static void test_int(void)
{
	_Atomic int i = 40;
	int want = 42;

	CHECK_INT(atomic_fetch_add(&i, 2), 40);
	CHECK(atomic_compare_exchange_strong(&i, &want, -1));
	CHECK_INT(atomic_fetch_sub(&i, 1), -1);
	CHECK_INT(atomic_load(&i), -2);
}

int main(void)
{
	test_char();
	test_short();
	test_bool();
	test_int();
	CHECK_INT(w.before, 0x5a);	/* the neighbours kept their bytes */
	CHECK_INT(w.after, 0xa5);
	return check_done();
}
