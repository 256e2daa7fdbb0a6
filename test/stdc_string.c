/*
 * Tests for the rest of <string.h> and <strings.h> (the GNU forms, with
 * _GNU_SOURCE): tokens, searching, copying, case-blind comparison,
 * version order, and glibc's texts of error numbers and signals.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <strings.h>
#include "check.h"

#pragma GCC diagnostic ignored "-Wstringop-truncation"
#pragma GCC diagnostic ignored "-Wstringop-overflow"

static void test_tokens(void)
{
	char s1[] = "  a,b;;c  ", s2[] = ",,x,,y", s3[] = "a,,b,", *save, *p;
	char s4[] = ";;;";

	CHECK_STR(strtok(s1, " ,;"), "a");
	CHECK_STR(strtok(NULL, " ,;"), "b");
	CHECK_STR(strtok(NULL, " ,;"), "c");
	CHECK(strtok(NULL, " ,;") == NULL);
	CHECK(strtok(NULL, " ,;") == NULL);
	CHECK(strtok(s4, ";") == NULL);

	CHECK_STR(strtok_r(s2, ",", &save), "x");
	CHECK_STR(strtok_r(NULL, ",", &save), "y");
	CHECK(strtok_r(NULL, ",", &save) == NULL);

	p = s3;
	CHECK_STR(strsep(&p, ","), "a");
	CHECK_STR(strsep(&p, ","), "");
	CHECK_STR(strsep(&p, ","), "b");
	CHECK_STR(strsep(&p, ","), "");
	CHECK(p == NULL);
	CHECK(strsep(&p, ",") == NULL);
}

static void test_search(void)
{
	static const char hay[] = "abcabcabd";
	const char *s = "hello, world";

	CHECK(strpbrk(s, ",w") == s + 5);
	CHECK(strpbrk(s, "xyz") == NULL);
	CHECK(strpbrk(s, "") == NULL);
	CHECK(memmem(hay, 9, "abd", 3) == hay + 6);
	CHECK(memmem(hay, 9, "abcabd", 6) == hay + 3);
	CHECK(memmem(hay, 9, "", 0) == hay);
	CHECK(memmem(hay, 2, "abc", 3) == NULL);
	CHECK(memmem(hay, 9, "abe", 3) == NULL);
	CHECK(memmem(hay, 0, "", 0) == hay);
	CHECK(memrchr(hay, 'a', 9) == hay + 6);
	CHECK(memrchr(hay, 'a', 6) == hay + 3);
	CHECK(memrchr(hay, 'z', 9) == NULL);
	CHECK(memrchr(hay, 'a', 0) == NULL);
	CHECK(memrchr(hay, 'a' + 0x100, 9) == hay + 6);	/* c as a byte */
	CHECK(rawmemchr(hay, 'd') == hay + 8);
	CHECK(rawmemchr(hay, 0) == hay + 9);
	CHECK(strchrnul(s, 'w') == s + 7);
	CHECK(strchrnul(s, 'z') == s + 12);
	CHECK(strchrnul(s, 0) == s + 12);
	CHECK(strcasestr(s, "WORLD") == s + 7);
	CHECK(strcasestr(s, "") == s);
	CHECK(strcasestr(s, "worlds") == NULL);
	CHECK(strcasestr("", "") != NULL);
	CHECK(index(s, 'o') == s + 4);
	CHECK(rindex(s, 'o') == s + 8);
	CHECK(rindex(s, 0) == s + 12);
}

static void test_copy(void)
{
	char buf[16];

	memset(buf, 'x', sizeof buf);
	CHECK((char *)mempcpy(buf, "abc", 3) == buf + 3);
	CHECK(memcmp(buf, "abcx", 4) == 0);
	memset(buf, 'x', sizeof buf);
	CHECK((char *)memccpy(buf, "hello", 'l', 5) == buf + 3);
	CHECK(memcmp(buf, "helx", 4) == 0);
	CHECK(memccpy(buf, "hello", 'z', 5) == NULL);
	CHECK(memcmp(buf, "hellox", 6) == 0);
	memset(buf, 'x', sizeof buf);
	CHECK(stpncpy(buf, "ab", 5) == buf + 2);
	CHECK(memcmp(buf, "ab\0\0\0x", 6) == 0);
	CHECK(stpncpy(buf, "abcdef", 3) == buf + 3);
	CHECK(memcmp(buf, "abc\0", 4) == 0);
	bzero(buf, 4);
	CHECK(memcmp(buf, "\0\0\0\0", 4) == 0);
	strcpy(buf, "abcdef");
	bcopy(buf, buf + 1, 5);
	CHECK_STR(buf, "aabcde");
	CHECK(bcmp("abc", "abd", 3) != 0 && bcmp("abc", "abd", 2) == 0);
	CHECK_INT(strxfrm(buf, "hello", sizeof buf), 5);
	CHECK_STR(buf, "hello");
	CHECK_INT(strxfrm(buf, "much too long for it", 4), 20);
	CHECK(memcmp(buf, "mucho", 5) == 0);	/* n bytes, as glibc */
	CHECK(strcoll("a", "b") < 0 && strcoll("b", "a") > 0);
	CHECK(strcoll("abc", "abc") == 0);
#ifndef __GLIBC__	/* glibc before 2.38 has neither */
	memset(buf, 'x', sizeof buf);
	CHECK_INT(strlcpy(buf, "hello", 4), 5);
	CHECK_STR(buf, "hel");
	CHECK_INT(strlcpy(buf, "hi", sizeof buf), 2);
	CHECK_STR(buf, "hi");
	CHECK_INT(strlcpy(buf, "abc", 0), 3);
	CHECK_STR(buf, "hi");
	CHECK_INT(strlcat(buf, "there", 6), 7);
	CHECK_STR(buf, "hithe");
	CHECK_INT(strlcat(buf, "zz", 3), 3 + 2);	/* no terminator in 3 */
	CHECK_STR(buf, "hithe");
	CHECK_INT(strlcat(buf, "!", sizeof buf), 6);
	CHECK_STR(buf, "hithe!");
#endif
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

static void test_compare(void)
{
	static const char *const order[] = {
		"000", "00", "01", "010", "09", "0", "1", "9", "10",
	};
	size_t i;

	CHECK_INT(sign(strcasecmp("Hello", "hELLO")), 0);
	CHECK_INT(sign(strcasecmp("abc", "ABD")), -1);
	CHECK_INT(sign(strcasecmp("abc", "AB")), 1);
	CHECK_INT(sign(strcasecmp("", "")), 0);
	CHECK_INT(sign(strcasecmp("[", "a")), -1);	/* '[' < 'a' after folding */
	CHECK_INT(sign(strcasecmp("\xe9", "\xc9")), 1);	/* bytes past ASCII */
	CHECK_INT(sign(strncasecmp("abcX", "ABCy", 3)), 0);
	CHECK_INT(sign(strncasecmp("abcX", "ABCy", 4)), -1);
	CHECK_INT(strncasecmp("a", "b", 0), 0);
	CHECK_INT(sign(strncasecmp("ab", "abc", 5)), -1);
	for (i = 0; i + 1 < sizeof order / sizeof order[0]; i++) {
		CHECK(strverscmp(order[i], order[i + 1]) < 0);
		CHECK(strverscmp(order[i + 1], order[i]) > 0);
	}
	CHECK_INT(strverscmp("abc", "abc"), 0);
	CHECK(strverscmp("a-1.9", "a-1.10") < 0);
	CHECK(strverscmp("file2", "file10") < 0);
	CHECK(strverscmp("1.002", "1.01") < 0);
	CHECK(strverscmp("item#99", "item#100") < 0);
	CHECK(strverscmp("b", "a10") > 0);
	CHECK_INT(ffs(0), 0);
	CHECK_INT(ffs(1), 1);
	CHECK_INT(ffs(0x80), 8);
	CHECK_INT(ffs((int)0x80000000u), 32);
	CHECK_INT(ffsl(0), 0);
	CHECK_INT(ffsll(1LL << 40), 41);
}

static void test_texts(void)
{
	char buf[64], small[8];

	CHECK_STR(strerror(0), "Success");
	CHECK_STR(strerror(EPERM), "Operation not permitted");
	CHECK_STR(strerror(ENOTBLK), "Block device required");
	CHECK_STR(strerror(EDEADLK), "Resource deadlock avoided");
	CHECK_STR(strerror(EDEADLOCK), "Resource deadlock avoided");
	CHECK_STR(strerror(ENOMSG), "No message of desired type");
	CHECK_STR(strerror(ELIBSCN), ".lib section in a.out corrupted");
	CHECK_STR(strerror(EILSEQ),
		  "Invalid or incomplete multibyte or wide character");
	CHECK_STR(strerror(ENOTSUP), "Operation not supported");
	CHECK_STR(strerror(ETOOMANYREFS), "Too many references: cannot splice");
	CHECK_STR(strerror(ENOTRECOVERABLE), "State not recoverable");
	CHECK_STR(strerror(EHWPOISON), "Memory page has hardware error");
	CHECK_STR(strerror(41), "Unknown error 41");
	CHECK_STR(strerror(58), "Unknown error 58");
	CHECK_STR(strerror(134), "Unknown error 134");
	CHECK_STR(strerror(-1), "Unknown error -1");
	CHECK_STR(strerror(-2147483647 - 1), "Unknown error -2147483648");
	CHECK_INT(EWOULDBLOCK, EAGAIN);
	CHECK_INT(EHWPOISON, 133);
	CHECK_INT(ECANCELED, 125);

	/* The GNU strerror_r. */
	CHECK_STR(strerror_r(ENOENT, buf, sizeof buf),
		  "No such file or directory");
	CHECK_STR(strerror_r(ENOENT, small, sizeof small),
		  "No such file or directory");
	CHECK(strerror_r(1000, buf, sizeof buf) == buf);
	CHECK_STR(buf, "Unknown error 1000");
	CHECK_STR(strerror_r(1000, small, sizeof small), "Unknown");

	CHECK_STR(strsignal(SIGINT), "Interrupt");
	CHECK_STR(strsignal(SIGSEGV), "Segmentation fault");
	CHECK_STR(strsignal(SIGCHLD), "Child exited");
	CHECK_STR(strsignal(16), "Stack fault");
	CHECK_STR(strsignal(SIGSYS), "Bad system call");
	CHECK_STR(strsignal(0), "Unknown signal 0");
	CHECK_STR(strsignal(32), "Unknown signal 32");
	CHECK_STR(strsignal(34), "Real-time signal 0");
	CHECK_STR(strsignal(64), "Real-time signal 30");
	CHECK_STR(strsignal(65), "Unknown signal 65");
	CHECK_STR(strsignal(-3), "Unknown signal -3");
}

int main(void)
{
	test_tokens();
	test_search();
	test_copy();
	test_compare();
	test_texts();
	return check_done();
}
