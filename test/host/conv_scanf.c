/*
 * bareheap's sscanf against glibc's, on the host (part of scripts/host-conv):
 * random formats of one to four directives over random input made of
 * numbers, words, signs, spaces and punctuation. Both must return the same
 * count, store the same values and stop at the same byte (a final %n).
 */
#include <stdio.h>
#include <string.h>

int bh_sscanf(const char *s, const char *fmt, ...);

long long conv_next(void);
void conv_differ(const char *what, const char *input, const char *want,
		 const char *got);

static const char *const directives[] = {
	"%d", "%i", "%x", "%o", "%u", "%5d", "%2i", "%lf", "%f", "%Lf",
	"%le", "%3lg", "%s", "%3s", "%[a-z]", "%[^,]", "%[]0-9-]", "%c",
	"%3c", "%*d", "%*s", " ", ",", "%%", "%hhd", "%hd", "%lld", "%llx",
	"%ld", "%n", "x", "%a", "%4f", "%zu", "%jd", "%[^ ]", "%1[+-]",
};

static const char *const pieces[] = {
	"0", "1", "-", "+", "12", "-7", "0x", "0x1F", "0X.8p3", "077", "09",
	"1e", "1e+", "1e-3", "1.5", ".5", ".", "inf", "INFINITY", "infin",
	"nan", "NaN(x)", "abc", "xyz", ",", " ", "  ", "\t", "\n", "%", "]",
	"99999999999999999999", "-9223372036854775809", "4294967296", "e5",
	"0.000001", "123456789012345678901234567890e-10", "p", "x", "-0",
};

/* The values one format stored, as text; the slots are typed by the
 * directive that filled them. */
union slot {
	int i;
	long l;
	long long ll;
	unsigned int u;
	double d;
	float f;
	long double ld;
	char s[64];
	signed char hh;
	short h;
	size_t z;
};

static void show(char *out, size_t room, const char *dir, const union slot *v)
{
	const char *p = strchr(dir, '%');

	if (!p || p[1] == '%' || p[1] == '*') {
		snprintf(out, room, "-");
		return;
	}
	if (strstr(dir, "lf") || strstr(dir, "le") || strstr(dir, "lg"))
		snprintf(out, room, "%a", v->d);
	else if (strstr(dir, "Lf"))
		snprintf(out, room, "%La", v->ld);
	else if (strpbrk(dir, "fa"))
		snprintf(out, room, "%a", (double)v->f);
	else if (strstr(dir, "ll"))
		snprintf(out, room, "%lld", v->ll);
	else if (strstr(dir, "hh"))
		snprintf(out, room, "%d", v->hh);
	else if (strstr(dir, "hd"))
		snprintf(out, room, "%d", v->h);
	else if (strstr(dir, "ld"))
		snprintf(out, room, "%ld", v->l);
	else if (strstr(dir, "zu") || strstr(dir, "jd"))
		snprintf(out, room, "%lld", (long long)v->ll);
	else if (strpbrk(dir, "s[c"))
		snprintf(out, room, "[%.63s]", v->s);
	else
		snprintf(out, room, "%d", v->i);
}

long long conv_scanf_round(void)
{
	char input[256], fmt[64], want[600], got[600];
	union slot a[4], b[4];
	const char *dirs[4];
	int n = 1 + (int)(conv_next() % 4), k, ra, rb, ea = -1, eb = -1, i;
	size_t len = 0;

	input[0] = fmt[0] = 0;
	for (i = 0; i < 1 + (int)(conv_next() % 6); i++) {
		const char *p = pieces[conv_next() % (sizeof pieces / sizeof pieces[0])];

		if (len + strlen(p) + 1 < sizeof input) {
			strcat(input, p);
			len += strlen(p);
		}
	}
	for (k = 0; k < n; k++) {
		dirs[k] = directives[conv_next() %
				     (sizeof directives / sizeof directives[0])];
		strcat(fmt, dirs[k]);
	}
	strcat(fmt, "%n");
	memset(a, 0x5a, sizeof a);
	memset(b, 0x5a, sizeof b);
	for (k = 0; k < 4; k++)
		a[k].s[63] = b[k].s[63] = 0;
	/* every directive gets its slot; those that take no argument leave
	 * theirs alone, and the %n goes to the first unused one */
	{
		void *pa[5], *pb[5];
		int used = 0;

		for (k = 0; k < n; k++) {
			const char *p = strchr(dirs[k], '%');

			if (p && p[1] != '%' && p[1] != '*') {
				pa[used] = &a[k];
				pb[used] = &b[k];
				used++;
			}
		}
		pa[used] = &ea;
		pb[used] = &eb;
		for (k = used + 1; k < 5; k++)
			pa[k] = pb[k] = NULL;
		ra = sscanf(input, fmt, pa[0], pa[1], pa[2], pa[3], pa[4]);
		rb = bh_sscanf(input, fmt, pb[0], pb[1], pb[2], pb[3], pb[4]);
	}
	snprintf(want, sizeof want, "r=%d end=%d", ra, ea);
	snprintf(got, sizeof got, "r=%d end=%d", rb, eb);
	for (k = 0; k < n && k < (ra > 0 ? n : 0); k++) {
		char t[100];

		show(t, sizeof t, dirs[k], &a[k]);
		snprintf(want + strlen(want), sizeof want - strlen(want), " %s", t);
		show(t, sizeof t, dirs[k], &b[k]);
		snprintf(got + strlen(got), sizeof got - strlen(got), " %s", t);
	}
	if (strcmp(want, got)) {
		char what[100];

		snprintf(what, sizeof what, "sscanf \"%s\"", fmt);
		conv_differ(what, input, want, got);
	}
	return 1;
}
int bh_errno;
