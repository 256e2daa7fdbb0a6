/*
 * fnmatch: shell patterns (* ? [...] and \ escapes) against a name, with
 * glibc's rules: a bracket expression without its ']' is a literal '[',
 * an unknown class matches nothing, a trailing '\' matches nothing, and
 * under FNM_PERIOD no wildcard takes a leading '.' (under FNM_PATHNAME,
 * one after a '/' too).
 */
#include <ctype.h>
#include <fnmatch.h>
#include <string.h>

#define BAD_BRACKET	(-1)	/* no closing ']': the '[' is literal */
#define BAD_CLASS	(-2)	/* the pattern matches nothing */

static int fold(int c, int flags)
{
	return flags & FNM_CASEFOLD ? tolower(c) : c;
}

static int leading_period(const char *s, const char *start, int flags)
{
	return (flags & FNM_PERIOD) && *s == '.' &&
	       (s == start || ((flags & FNM_PATHNAME) && s[-1] == '/'));
}

static int class_has(const char *name, size_t len, int c)
{
	static const struct { const char *name; int (*is)(int); } classes[] = {
		{ "alpha", isalpha }, { "upper", isupper }, { "lower", islower },
		{ "digit", isdigit }, { "xdigit", isxdigit }, { "alnum", isalnum },
		{ "punct", ispunct }, { "space", isspace }, { "blank", isblank },
		{ "cntrl", iscntrl }, { "graph", isgraph }, { "print", isprint },
	};
	size_t k;

	for (k = 0; k < sizeof classes / sizeof classes[0]; k++)
		if (strlen(classes[k].name) == len &&
		    memcmp(classes[k].name, name, len) == 0)
			return !!classes[k].is(c);
	return BAD_CLASS;
}

/*
 * One byte of a bracket expression at *pp: a plain, escaped or [.c.] /
 * [=c=] one. Returns it, or BAD_BRACKET, BAD_CLASS.
 */
static int bracket_byte(const char **pp, int flags)
{
	const char *p = *pp, *end;

	if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
		end = strchr(p + 2, p[1]);
		while (end && end[1] != ']')
			end = strchr(end + 1, p[1]);
		if (!end)
			return BAD_BRACKET;
		if (end != p + 3)
			return BAD_CLASS;
		*pp = end + 2;
		return (unsigned char)p[2];
	}
	if (p[0] == '\\' && !(flags & FNM_NOESCAPE))
		p++;
	if (!*p)
		return BAD_BRACKET;
	*pp = p + 1;
	return (unsigned char)*p;
}

static int in_range(int lo, int hi, int c, int flags)
{
	if (c >= lo && c <= hi)
		return 1;
	return (flags & FNM_CASEFOLD) &&
	       ((tolower(c) >= lo && tolower(c) <= hi) ||
		(toupper(c) >= lo && toupper(c) <= hi));
}

/* Does the bracket expression after the '[' at *pp take c? 1, 0, or one
 * of the BAD_ codes; *pp moves past its ']'. */
static int bracket(const char **pp, int c, int flags)
{
	const char *p = *pp, *end;
	int negate = 0, found = 0, first = 1, lo, hi, r;

	if (*p == '!' || *p == '^') {
		negate = 1;
		p++;
	}
	for (;; first = 0) {
		if (!*p)
			return BAD_BRACKET;
		if (*p == ']' && !first)
			break;
		if (p[0] == '[' && p[1] == ':' && (end = strstr(p + 2, ":]")) != NULL) {
			r = class_has(p + 2, (size_t)(end - (p + 2)), c);
			if (r == BAD_CLASS)
				return r;
			if (!r && (flags & FNM_CASEFOLD))
				r = class_has(p + 2, (size_t)(end - (p + 2)), tolower(c)) ||
				    class_has(p + 2, (size_t)(end - (p + 2)), toupper(c));
			found |= r;
			p = end + 2;
			continue;
		}
		lo = bracket_byte(&p, flags);
		if (lo < 0)
			return lo;
		if (p[0] == '-' && p[1] && p[1] != ']') {
			p++;
			hi = bracket_byte(&p, flags);
			if (hi < 0)
				return hi;
			found |= in_range(lo, hi, c, flags);
		} else {
			found |= fold(lo, flags) == fold(c, flags);
		}
	}
	*pp = p + 1;
	return found ^ negate;
}

static int match(const char *p, const char *s, const char *start, int flags)
{
	const char *t;
	int c, r;

	for (;;) {
		c = (unsigned char)*p++;
		switch (c) {
		case 0:
			return *s == 0 || ((flags & FNM_LEADING_DIR) && *s == '/')
				? 0 : FNM_NOMATCH;
		case '?':
			if (!*s || ((flags & FNM_PATHNAME) && *s == '/') ||
			    leading_period(s, start, flags))
				return FNM_NOMATCH;
			s++;
			continue;
		case '*':
			if (leading_period(s, start, flags))
				return FNM_NOMATCH;
			while (*p == '*')
				p++;
			if (!*p)
				return !(flags & FNM_PATHNAME) || (flags & FNM_LEADING_DIR) ||
				       !strchr(s, '/') ? 0 : FNM_NOMATCH;
			for (t = s;; t++) {
				if (match(p, t, start, flags) == 0)
					return 0;
				if (!*t || ((flags & FNM_PATHNAME) && *t == '/'))
					return FNM_NOMATCH;
			}
		case '[':
			t = p;
			r = *s ? bracket(&t, (unsigned char)*s, flags) : 0;
			if (r == BAD_BRACKET)
				break;	/* a literal '[' */
			if (r == BAD_CLASS || r == 0 ||
			    ((flags & FNM_PATHNAME) && *s == '/') ||
			    leading_period(s, start, flags))
				return FNM_NOMATCH;
			p = t;
			s++;
			continue;
		case '\\':
			if (!(flags & FNM_NOESCAPE)) {
				c = (unsigned char)*p++;
				if (!c)
					return FNM_NOMATCH;
			}
			break;
		}
		if (fold(c, flags) != fold((unsigned char)*s, flags))
			return FNM_NOMATCH;
		s++;
	}
}

int fnmatch(const char *pattern, const char *string, int flags)
{
	return match(pattern, string, string, flags);
}
