/*
 * strftime in the C locale, with glibc's flags between '%' and the
 * conversion: '_' pads with spaces, '0' with zeros, '-' drops the default
 * padding, '^' makes letters upper case, '#' swaps their case (names up,
 * %p and %Z down); then a minimum width, then E or O, ignored where glibc
 * takes them. A conversion it does not know (or an E or O it refuses) is
 * copied as written, padded to the width, as glibc does.
 * Returns the length, or 0 when the result and its NUL do not fit.
 */
#include <string.h>
#include "lib/time/time_impl.h"

struct out {
	char *s;
	size_t max, n;
	int full;
};

struct spec {
	char pad;	/* '_', '0', '-' or 0 */
	int upper, swap;
	int width;	/* 0: none given */
};

static const char *const day_names[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"
};
static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static void put(struct out *o, char c)
{
	if (o->n + 1 < o->max)
		o->s[o->n] = c;
	else
		o->full = 1;
	o->n++;
}

static void pad_to(struct out *o, char c, int width, size_t len)
{
	for (; width > 0 && (size_t)width > len; width--)
		put(o, c);
}

static char change_case(char c, int upper)
{
	if (upper && c >= 'a' && c <= 'z')
		return c - 'a' + 'A';
	if (!upper && c >= 'A' && c <= 'Z')
		return c - 'A' + 'a';
	return c;
}

/* swap_to: the case '#' asks for (1 upper, 0 lower) */
static void put_str(struct out *o, const struct spec *sp, const char *s,
		    size_t len, int swap_to)
{
	pad_to(o, sp->pad == '0' ? '0' : ' ', sp->width, len);
	for (size_t i = 0; i < len; i++) {
		char c = s[i];

		if (sp->swap)
			c = change_case(c, swap_to);
		else if (sp->upper)
			c = change_case(c, 1);
		put(o, c);
	}
}

static void put_num(struct out *o, const struct spec *sp, long long v,
		    int digits, char pad)
{
	char buf[24], *end = buf + sizeof(buf), *p = end;
	unsigned long long u = (unsigned long long)v;
	int width;

	if (v < 0)
		u = -u;

	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (sp->pad == '_')
		pad = ' ';
	else if (sp->pad == '0')
		pad = '0';
	else if (sp->pad == '-')
		pad = sp->width ? ' ' : 0;
	/* a width below the field's own digits does not shorten it */
	width = sp->pad == '-' ? sp->width :
		sp->width > digits ? sp->width : digits;
	if (v < 0)
		width--;
	if (pad == ' ') {
		pad_to(o, ' ', width, end - p);
		if (v < 0)
			put(o, '-');
	} else {
		if (v < 0)
			put(o, '-');
		if (pad)
			pad_to(o, '0', width, end - p);
	}
	while (p < end)
		put(o, *p++);
}

static long long floor_div(long long a, long long b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/*
 * Days from the Monday that starts ISO week 1 (the week with the year's
 * first Thursday) to the day yday, which falls on wday. It uses tm_yday
 * and tm_wday alone, as glibc does, so that any fields give its answer.
 */
static int iso_days(int yday, int wday)
{
	int to_thursday = (yday - wday + 4 + 378) % 7;	/* 378: 54 weeks */

	return yday - to_thursday + 4 - 1;
}

/* The ISO 8601 week (1..53) and the year it belongs to. */
static int iso_week(const struct tm *tm, long long *year)
{
	int days = iso_days(tm->tm_yday, tm->tm_wday);

	*year = tm->tm_year + 1900LL;
	if (days < 0) {
		(*year)--;
		days = iso_days(tm->tm_yday + 365 + is_leap(*year),
				tm->tm_wday);
	} else {
		int next = iso_days(tm->tm_yday - 365 - is_leap(*year),
				    tm->tm_wday);

		if (next >= 0) {
			(*year)++;
			days = next;
		}
	}
	return days / 7 + 1;
}

static void format(struct out *o, const char *fmt, const struct tm *tm);

/* A conversion made of others (%c, %D, ...): formatted whole, then
 * padded and cased as one string, as glibc does. */
static void composite(struct out *o, const struct spec *sp, const char *fmt,
		      const struct tm *tm)
{
	char buf[128];
	struct out sub = { buf, sizeof(buf), 0, 0 };
	struct spec whole = *sp;

	format(&sub, fmt, tm);
	whole.swap = 0;
	put_str(o, &whole, buf, sub.n < sizeof(buf) ? sub.n : sizeof(buf) - 1,
		1);
}

static void conversion(struct out *o, const struct spec *sp, char c,
		       const struct tm *tm)
{
	long long year = tm->tm_year + 1900LL, iso_year;
	const char *name;
	/* as glibc: 13..23 less 12, 0 as 12, any other hour as it is */
	int hour12 = tm->tm_hour > 12 ? tm->tm_hour - 12 :
		     tm->tm_hour == 0 ? 12 : tm->tm_hour;

	switch (c) {
	case 'a': case 'A':
		name = tm->tm_wday >= 0 && tm->tm_wday < 7 ?
			       day_names[tm->tm_wday] : "?";
		put_str(o, sp, name, c == 'a' && name[1] ? 3 : strlen(name), 1);
		break;
	case 'b': case 'B': case 'h':
		name = tm->tm_mon >= 0 && tm->tm_mon < 12 ?
			       month_names[tm->tm_mon] : "?";
		put_str(o, sp, name, c != 'B' && name[1] ? 3 : strlen(name), 1);
		break;
	case 'p':
		put_str(o, sp, tm->tm_hour < 12 ? "AM" : "PM", 2, 0);
		break;
	case 'P': {	/* always lower case, whatever the flags */
		struct spec lower = *sp;

		lower.upper = lower.swap = 0;
		put_str(o, &lower, tm->tm_hour < 12 ? "am" : "pm", 2, 0);
		break;
	}
	case 'Z':
		name = tm->tm_zone ? tm->tm_zone : "";
		put_str(o, sp, name, strlen(name), 0);
		break;
	case 'c': composite(o, sp, "%a %b %e %H:%M:%S %Y", tm); break;
	case 'D': case 'x': composite(o, sp, "%m/%d/%y", tm); break;
	case 'F': composite(o, sp, "%Y-%m-%d", tm); break;
	case 'r': composite(o, sp, "%I:%M:%S %p", tm); break;
	case 'R': composite(o, sp, "%H:%M", tm); break;
	case 'T': case 'X': composite(o, sp, "%H:%M:%S", tm); break;
	case 'n': put_str(o, sp, "\n", 1, 1); break;
	case 't': put_str(o, sp, "\t", 1, 1); break;
	case '%': put_str(o, sp, "%", 1, 1); break;
	case 'C': put_num(o, sp, floor_div(year, 100), 1, '0'); break;
	case 'd': put_num(o, sp, tm->tm_mday, 2, '0'); break;
	case 'e': put_num(o, sp, tm->tm_mday, 2, ' '); break;
	case 'H': put_num(o, sp, tm->tm_hour, 2, '0'); break;
	case 'I': put_num(o, sp, hour12, 2, '0'); break;
	case 'k': put_num(o, sp, tm->tm_hour, 2, ' '); break;
	case 'l': put_num(o, sp, hour12, 2, ' '); break;
	case 'j': put_num(o, sp, tm->tm_yday + 1LL, 3, '0'); break;
	case 'm': put_num(o, sp, tm->tm_mon + 1LL, 2, '0'); break;
	case 'M': put_num(o, sp, tm->tm_min, 2, '0'); break;
	case 'S': put_num(o, sp, tm->tm_sec, 2, '0'); break;
	case 'u': put_num(o, sp, (tm->tm_wday + 6) % 7 + 1, 1, '0'); break;
	case 'w': put_num(o, sp, tm->tm_wday, 1, '0'); break;
	case 'U':
		put_num(o, sp, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, '0');
		break;
	case 'W':
		put_num(o, sp, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2,
			'0');
		break;
	case 'V':
		put_num(o, sp, iso_week(tm, &iso_year), 2, '0');
		break;
	case 'G':
		iso_week(tm, &iso_year);
		put_num(o, sp, iso_year, 1, '0');
		break;
	case 'g':
		iso_week(tm, &iso_year);
		put_num(o, sp, (iso_year % 100 + 100) % 100, 2, '0');
		break;
	case 'y': put_num(o, sp, (year % 100 + 100) % 100, 2, '0'); break;
	case 'Y': put_num(o, sp, year, 1, '0'); break;
	case 's': {
		struct tm copy = *tm;

		put_num(o, sp, mktime(&copy), 1, '0');
		break;
	}
	case 'z': {
		long off = tm->tm_gmtoff, a = off < 0 ? -off : off;

		if (tm->tm_isdst < 0)
			break;
		/* glibc pads the sign and then the digits, each to the width */
		pad_to(o, sp->pad == '0' ? '0' : ' ', sp->width, 1);
		put(o, off < 0 ? '-' : '+');
		put_num(o, sp, a / 3600 * 100 + a / 60 % 60, 4, '0');
		break;
	}
	}
}

static const char *known = "aAbBhpPZcDxFrRTXnt%CdeHIkljmMSuwUWVGgyYsz";
/* the conversions glibc refuses after E, and after O */
static const char *no_e = "aAbBhDFdeHIkljmMSwUWVGg";
static const char *no_o = "aAcDxFXY";

static void format(struct out *o, const char *fmt, const struct tm *tm)
{
	while (*fmt) {
		const char *start = fmt;
		struct spec sp = { 0, 0, 0, 0 };
		char modifier;
		int raise;

		if (*fmt != '%') {
			put(o, *fmt++);
			continue;
		}
		for (fmt++;; fmt++) {
			if (*fmt == '_' || *fmt == '-' || *fmt == '0')
				sp.pad = *fmt;
			else if (*fmt == '^')
				sp.upper = 1;
			else if (*fmt == '#')
				sp.swap = 1;
			else
				break;
		}
		while (*fmt >= '0' && *fmt <= '9')
			if (sp.width < 4096)
				sp.width = sp.width * 10 + (*fmt++ - '0');
			else
				fmt++;
		modifier = 0;
		if (*fmt == 'E' || *fmt == 'O')
			modifier = *fmt++;
		if (*fmt && strchr(known, *fmt) &&
		    !(modifier == 'E' && strchr(no_e, *fmt)) &&
		    !(modifier == 'O' && strchr(no_o, *fmt))) {
			conversion(o, &sp, *fmt++, tm);
			continue;
		}
		/* unknown: the sequence as written, padded to the width */
		if (*fmt)
			fmt++;
		pad_to(o, sp.pad == '0' ? '0' : ' ', sp.width, fmt - start);
		/* '^' raises it, and '#' does where a name was refused */
		raise = sp.upper ||
			(sp.swap && fmt[-1] && strchr("bBh", fmt[-1]));
		for (; start < fmt; start++)
			put(o, raise ? change_case(*start, 1) : *start);
	}
}

size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm)
{
	struct out o = { s, max, 0, 0 };

	format(&o, fmt, tm);
	if (o.full || o.n >= max)
		return 0;
	s[o.n] = '\0';
	return o.n;
}
