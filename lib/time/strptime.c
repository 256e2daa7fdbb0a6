/*
 * strptime in the C locale, as glibc: each conversion reads its field
 * (numbers may follow spaces and take at most their width in digits;
 * names match in any case, whole or abbreviated), white space in the
 * format matches any run of it, E and O are ignored where glibc takes
 * them and fail elsewhere. Afterwards, as glibc
 * does, the fields read decide the rest: %I with %p gives the hour, %C
 * with %y the year, and a date gives tm_wday and tm_yday (a day of the
 * year, or a week with a weekday, gives the date).
 * Returns the first character not read, or NULL when the input does not
 * match.
 */
#include <stdlib.h>
#include <string.h>
#include "lib/time/time_impl.h"

static const char *const days[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"
};
static const char *const months[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

struct parsed {
	int century, year_in_century, is_pm, have_pm, have_hour12;
	int have_mon, have_mday, have_wday, have_yday;
	int week, week_start;	/* %U: 0 (Sunday), %W: 1; -1 none */
	int want_xday;
};

static int is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static const char *skip_space(const char *s)
{
	while (is_space(*s))
		s++;
	return s;
}

static int lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int prefix_nocase(const char *s, const char *word, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lower(s[i]) != lower(word[i]))
			return 0;
	return 1;
}

/* A name of the table, whole or its first three letters: its index. */
static const char *get_name(const char *s, const char *const *names, int n,
			    int *out)
{
	for (int i = 0; i < n; i++) {
		size_t len = strlen(names[i]);

		if (prefix_nocase(s, names[i], len)) {
			*out = i;
			return s + len;
		}
	}
	for (int i = 0; i < n; i++) {
		if (prefix_nocase(s, names[i], 3)) {
			*out = i;
			return s + 3;
		}
	}
	return NULL;
}

static const char *get_num(const char *s, int min, int max, int digits,
			   int *out)
{
	int v = 0, n = 0;

	s = skip_space(s);
	/* glibc stops where another digit would pass max: "60" as a minute
	 * is 6, leaving the 0 */
	while (n < digits && *s >= '0' && *s <= '9' &&
	       (n == 0 || v * 10 <= max)) {
		v = v * 10 + (*s++ - '0');
		n++;
	}
	if (n == 0 || v < min || v > max)
		return NULL;
	*out = v;
	return s;
}

static const char *parse(const char *s, const char *fmt, struct tm *tm,
			 struct parsed *p);

static const char *conversion(const char *s, char c, struct tm *tm,
			      struct parsed *p)
{
	int v = 0;

	switch (c) {
	case '%':
		return *s == '%' ? s + 1 : NULL;
	case 'n': case 't':
		return skip_space(s);
	case 'a': case 'A':
		s = get_name(skip_space(s), days, 7, &tm->tm_wday);
		p->have_wday = 1;
		return s;
	case 'b': case 'B': case 'h':
		s = get_name(skip_space(s), months, 12, &tm->tm_mon);
		p->have_mon = 1;
		p->want_xday = 1;
		return s;
	case 'c':
		return parse(s, "%a %b %e %H:%M:%S %Y", tm, p);
	case 'D': case 'x':
		return parse(s, "%m/%d/%y", tm, p);
	case 'F':
		return parse(s, "%Y-%m-%d", tm, p);
	case 'r':
		return parse(s, "%I:%M:%S %p", tm, p);
	case 'R':
		return parse(s, "%H:%M", tm, p);
	case 'T': case 'X':
		return parse(s, "%H:%M:%S", tm, p);
	case 'C':
		s = get_num(s, 0, 99, 2, &p->century);
		p->want_xday = 1;
		return s;
	case 'd': case 'e':
		s = get_num(s, 1, 31, 2, &tm->tm_mday);
		p->have_mday = 1;
		p->want_xday = 1;
		return s;
	case 'H': case 'k':
		s = get_num(s, 0, 23, 2, &tm->tm_hour);
		p->have_hour12 = 0;
		return s;
	case 'I': case 'l':
		if (!(s = get_num(s, 1, 12, 2, &v)))
			return NULL;
		tm->tm_hour = v % 12;
		p->have_hour12 = 1;
		return s;
	case 'j':
		if (!(s = get_num(s, 1, 366, 3, &v)))
			return NULL;
		tm->tm_yday = v - 1;
		p->have_yday = 1;
		return s;
	case 'm':
		if (!(s = get_num(s, 1, 12, 2, &v)))
			return NULL;
		tm->tm_mon = v - 1;
		p->have_mon = 1;
		p->want_xday = 1;
		return s;
	case 'M':
		return get_num(s, 0, 59, 2, &tm->tm_min);
	case 'S':
		return get_num(s, 0, 61, 2, &tm->tm_sec);
	case 'p': case 'P':
		s = skip_space(s);
		if (prefix_nocase(s, "AM", 2))
			p->is_pm = 0;
		else if (prefix_nocase(s, "PM", 2))
			p->is_pm = 1;
		else
			return NULL;
		p->have_pm = 1;
		return s + 2;
	case 'U': case 'W':
		s = get_num(s, 0, 53, 2, &p->week);
		p->week_start = c == 'W';
		return s;
	case 'V':
		return get_num(s, 0, 53, 2, &v);	/* read, not used */
	case 'w':
		s = get_num(s, 0, 6, 1, &tm->tm_wday);
		p->have_wday = 1;
		return s;
	case 'u':
		if (!(s = get_num(s, 1, 7, 1, &v)))
			return NULL;
		tm->tm_wday = v % 7;
		p->have_wday = 1;
		return s;
	case 'g':	/* an ISO year says nothing of the date: read, unused */
		return get_num(s, 0, 99, 2, &v);
	case 'G':	/* every digit, as glibc */
		s = skip_space(s);
		if (*s < '0' || *s > '9')
			return NULL;
		while (*s >= '0' && *s <= '9')
			s++;
		return s;
	case 'y':
		if (!(s = get_num(s, 0, 99, 2, &v)))
			return NULL;
		tm->tm_year = v >= 69 ? v : v + 100;
		p->year_in_century = v;
		p->want_xday = 1;
		return s;
	case 'Y':
		if (!(s = get_num(s, 0, 9999, 4, &v)))
			return NULL;
		tm->tm_year = v - 1900;
		p->year_in_century = -1;
		p->want_xday = 1;
		return s;
	case 's': {
		char *end;
		time_t t;

		s = skip_space(s);
		t = strtoll(s, &end, 10);
		if (end == s || !localtime_r(&t, tm))
			return NULL;
		return end;
	}
	case 'z': {
		int sign, h, m = 0, n = 0;

		s = skip_space(s);
		if (*s == 'Z') {
			tm->tm_gmtoff = 0;
			return s + 1;
		}
		if (*s != '+' && *s != '-')
			return NULL;
		sign = *s++ == '-' ? -1 : 1;
		while (s[n] >= '0' && s[n] <= '9' && n < 4)
			n++;
		if (n == 2 && s[2] == ':' && s[3] >= '0' && s[3] <= '9' &&
		    s[4] >= '0' && s[4] <= '9') {
			h = (s[0] - '0') * 10 + s[1] - '0';
			m = (s[3] - '0') * 10 + s[4] - '0';
			s += 5;
		} else if (n == 2 || n == 4) {
			h = (s[0] - '0') * 10 + s[1] - '0';
			if (n == 4)
				m = (s[2] - '0') * 10 + s[3] - '0';
			s += n;
		} else {
			return NULL;
		}
		if (m > 59)
			return NULL;
		tm->tm_gmtoff = sign * (h * 3600L + m * 60L);
		return s;
	}
	case 'Z':
		/* a zone name is read up to white space, and not used */
		s = skip_space(s);
		while (*s && !is_space(*s))
			s++;
		return s;
	}
	return NULL;
}

static const char *parse(const char *s, const char *fmt, struct tm *tm,
			 struct parsed *p)
{
	char modifier;

	while (*fmt && s) {
		if (is_space(*fmt)) {
			s = skip_space(s);
			fmt++;
			continue;
		}
		if (*fmt != '%') {
			if (*s != *fmt)
				return NULL;
			s++;
			fmt++;
			continue;
		}
		fmt++;
		modifier = 0;
		if (*fmt == 'E' || *fmt == 'O')
			modifier = *fmt++;
		if (!*fmt)
			return NULL;
		/* the conversions glibc reads with E, and with O, in C */
		if ((modifier == 'E' && !strchr("cCxXY", *fmt)) ||
		    (modifier == 'O' && !strchr("deHImMSUVWwy", *fmt)))
			return NULL;
		s = conversion(s, *fmt++, tm, p);
	}
	return s;
}

static void set_wday(struct tm *tm)
{
	long long days = days_from_civil(tm->tm_year + 1900LL, tm->tm_mon,
					 tm->tm_mday);

	tm->tm_wday = (int)(((days + 4) % 7 + 7) % 7);
}

static void set_yday(struct tm *tm)
{
	long long year = tm->tm_year + 1900LL;

	tm->tm_yday = (int)(days_from_civil(year, tm->tm_mon, tm->tm_mday) -
			    days_from_civil(year, 0, 1));
}

/* The month and day of tm_yday; a negative day of the year is month -1,
 * as glibc leaves it. */
static void date_of_yday(struct tm *tm, int set_mon, int set_mday)
{
	long long year = tm->tm_year + 1900LL;
	int mon = 0, before = 0;

	while (mon < 12 && before + days_in_month(year, mon) <= tm->tm_yday)
		before += days_in_month(year, mon++);
	if (tm->tm_yday < 0)
		mon = -1;
	if (set_mon)
		tm->tm_mon = mon;
	if (set_mday)
		tm->tm_mday = tm->tm_yday - before + 1;
}

/* The fields from what was read, completed in glibc's order. */
static void complete(struct tm *tm, struct parsed *p)
{
	if (p->have_hour12 && p->have_pm && p->is_pm)
		tm->tm_hour += 12;
	if (p->century >= 0) {
		int yic = p->year_in_century >= 0 ? tm->tm_year % 100 : 0;

		tm->tm_year = yic + (p->century - 19) * 100;
	}
	if (p->want_xday && !p->have_wday) {
		if (!(p->have_mon && p->have_mday) && p->have_yday)
			date_of_yday(tm, !p->have_mon, !p->have_mday);
		if (p->have_mon || (unsigned)tm->tm_mon <= 11)
			set_wday(tm);
	}
	if (p->want_xday && !p->have_yday &&
	    (p->have_mon || (unsigned)tm->tm_mon <= 11))
		set_yday(tm);
	if (p->week >= 0 && p->have_wday) {
		int wday = tm->tm_wday, mday = tm->tm_mday, mon = tm->tm_mon;
		int jan1;

		tm->tm_mday = 1;
		tm->tm_mon = 0;
		set_wday(tm);
		jan1 = tm->tm_wday;
		tm->tm_mday = p->have_mday ? mday : tm->tm_mday;
		tm->tm_mon = p->have_mon ? mon : tm->tm_mon;
		if (!p->have_yday)
			tm->tm_yday = (7 - (jan1 - p->week_start)) % 7 +
				      (p->week - 1) * 7 +
				      (wday - p->week_start + 7) % 7;
		if (!p->have_mday || !p->have_mon)
			date_of_yday(tm, !p->have_mon, !p->have_mday);
		tm->tm_wday = wday;
	}
}

char *strptime(const char *s, const char *fmt, struct tm *tm)
{
	struct parsed p;

	memset(&p, 0, sizeof(p));
	p.century = p.year_in_century = p.week = -1;
	s = parse(s, fmt, tm, &p);
	if (!s)
		return NULL;
	complete(tm, &p);
	return (char *)s;
}
