/*
 * regcomp and regexec against glibc: a table of patterns, flags and
 * subjects with the answers glibc gave (test/regex_cases.h, from
 * test/regex_host/probe.c), then the API's edges: regerror's texts and
 * sizes, REG_NOSUB, nmatch, REG_STARTEND, and subjects long enough that
 * an exponential matcher would not finish.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

struct regex_case {
	const char *flags, *pattern, *subject, *want;
};
#include "regex_cases.h"

static void unescape(char *d, const char *s)
{
	for (; *s; s++) {
		if (*s == '%' && s[1]) {
			s++;
			*d++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
		} else {
			*d++ = *s;
		}
	}
	*d = 0;
}

/* What probe.c prints for one case. */
static void run_case(const struct regex_case *c, char *out, size_t size)
{
	char pat[256], subj[256], err[128];
	int cflags = 0, eflags = 0, rc, i;
	size_t n;
	const char *f;
	regex_t re;
	regmatch_t m[10];

	unescape(pat, c->pattern);
	unescape(subj, c->subject);
	for (f = c->flags; *f; f++)
		switch (*f) {
		case 'E': cflags |= REG_EXTENDED; break;
		case 'I': cflags |= REG_ICASE; break;
		case 'N': cflags |= REG_NEWLINE; break;
		case 'S': cflags |= REG_NOSUB; break;
		case 'b': eflags |= REG_NOTBOL; break;
		case 'e': eflags |= REG_NOTEOL; break;
		}
	rc = regcomp(&re, pat, cflags);
	if (rc) {
		regerror(rc, &re, err, sizeof err);
		snprintf(out, size, "comp=%d %s", rc, err);
		return;
	}
	rc = regexec(&re, subj, 10, m, eflags);
	n = (size_t)snprintf(out, size, "n=%d r=%d", (int)re.re_nsub, rc);
	if (rc == 0 && !(cflags & REG_NOSUB))
		for (i = 0; i <= (int)re.re_nsub && i < 10; i++)
			n += (size_t)snprintf(out + n, size - n, " %d,%d",
					      (int)m[i].rm_so, (int)m[i].rm_eo);
	regfree(&re);
}

static void table(void)
{
	char got[512];
	size_t k;

	for (k = 0; k < sizeof regex_cases / sizeof regex_cases[0]; k++) {
		const struct regex_case *c = &regex_cases[k];

		run_case(c, got, sizeof got);
		check_run++;
		if (strcmp(got, c->want) != 0) {
			check_fail_(__FILE__, __LINE__, "case");
			printf("     flags %s pattern \"%s\" subject \"%s\":\n"
			       "     got  %s\n     want %s\n",
			       c->flags, c->pattern, c->subject, got, c->want);
		}
	}
}

static void errors(void)
{
	char buf[64];
	regex_t re;

	CHECK_INT(regerror(REG_NOMATCH, NULL, buf, sizeof buf), 9);
	CHECK_STR(buf, "No match");
	CHECK_INT(regerror(0, NULL, buf, sizeof buf), 8);
	CHECK_STR(buf, "Success");
	CHECK_INT(regerror(REG_EBRACK, NULL, buf, 8), 31);
	CHECK_STR(buf, "Unmatch");
	CHECK_INT(regerror(REG_EPAREN, NULL, NULL, 0), 18);
	regerror(REG_ERPAREN, NULL, buf, sizeof buf);
	CHECK_STR(buf, "Unmatched ) or \\)");
	regerror(REG_BADPAT, NULL, buf, sizeof buf);
	CHECK_STR(buf, "Invalid regular expression");
	regerror(REG_EEND, NULL, buf, sizeof buf);
	CHECK_STR(buf, "Premature end of regular expression");
	regerror(REG_ESPACE, NULL, buf, sizeof buf);
	CHECK_STR(buf, "Memory exhausted");
	CHECK_INT(regcomp(&re, "a{1,2}{3}(", REG_EXTENDED), REG_EPAREN);
	CHECK_INT(regcomp(&re, "[[:alpha:", REG_EXTENDED), REG_EBRACK);
	CHECK_INT(regcomp(&re, "x\\", 0), REG_EESCAPE);
}

static void api(void)
{
	regex_t re;
	regmatch_t m[4];
	const char *s = "xx abc yy abc";

	CHECK_INT(regcomp(&re, "a(b)c", REG_EXTENDED | REG_NOSUB), 0);
	CHECK_INT(re.re_nsub, 1);
	m[0].rm_so = m[0].rm_eo = 77;
	CHECK_INT(regexec(&re, s, 1, m, 0), 0);
	CHECK_INT(m[0].rm_so, 77);	/* REG_NOSUB: pmatch untouched */
	regfree(&re);

	CHECK_INT(regcomp(&re, "a(b)c", REG_EXTENDED), 0);
	CHECK_INT(regexec(&re, s, 0, NULL, 0), 0);
	CHECK_INT(regexec(&re, s, 4, m, 0), 0);
	CHECK_INT(m[0].rm_so, 3);
	CHECK_INT(m[0].rm_eo, 6);
	CHECK_INT(m[1].rm_so, 4);
	CHECK_INT(m[1].rm_eo, 5);
	CHECK_INT(m[2].rm_so, -1);
	CHECK_INT(m[3].rm_eo, -1);
	/* REG_STARTEND: the search starts at rm_so, offsets stay from s. */
	m[0].rm_so = 5;
	m[0].rm_eo = 13;
	CHECK_INT(regexec(&re, s, 2, m, REG_STARTEND), 0);
	CHECK_INT(m[0].rm_so, 10);
	CHECK_INT(m[0].rm_eo, 13);
	CHECK_INT(m[1].rm_so, 11);
	m[0].rm_so = 5;
	m[0].rm_eo = 12;
	CHECK_INT(regexec(&re, s, 2, m, REG_STARTEND), REG_NOMATCH);
	regfree(&re);

	CHECK_INT(regcomp(&re, "^abc", REG_EXTENDED), 0);
	m[0].rm_so = 3;
	m[0].rm_eo = 6;
	/* As glibc: ^ holds at the string's start only. */
	CHECK_INT(regexec(&re, s, 1, m, REG_STARTEND), REG_NOMATCH);
	m[0].rm_so = 0;
	m[0].rm_eo = 6;
	CHECK_INT(regexec(&re, s, 1, m, REG_NOTBOL | REG_STARTEND), REG_NOMATCH);
	regfree(&re);
}

/* Linear time: these would take ages on a naive backtracker. */
static void long_subjects(void)
{
	size_t n = 20000;
	char *s = malloc(n + 2);
	regex_t re;
	regmatch_t m[3];

	memset(s, 'a', n);
	s[n] = 0;
	CHECK_INT(regcomp(&re, "(a|aa)*b", REG_EXTENDED), 0);
	CHECK_INT(regexec(&re, s, 3, m, 0), REG_NOMATCH);
	regfree(&re);
	CHECK_INT(regcomp(&re, "(a*)*(a+)$", REG_EXTENDED), 0);
	CHECK_INT(regexec(&re, s, 3, m, 0), 0);
	CHECK_INT(m[0].rm_so, 0);
	CHECK_INT(m[0].rm_eo, (int)n);
	CHECK_INT(m[1].rm_so, 0);
	CHECK_INT(m[1].rm_eo, (int)n - 1);
	CHECK_INT(m[2].rm_so, (int)n - 1);
	regfree(&re);
	s[n] = 'b';
	s[n + 1] = 0;
	CHECK_INT(regcomp(&re, "a{0,100}b", REG_EXTENDED), 0);
	CHECK_INT(regexec(&re, s, 1, m, 0), 0);
	CHECK_INT(m[0].rm_so, (int)n - 100);
	CHECK_INT(m[0].rm_eo, (int)n + 1);
	regfree(&re);
	free(s);
}

int main(void)
{
	table();
	errors();
	api();
	long_subjects();
	return check_done();
}
