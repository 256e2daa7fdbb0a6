/*
 * GLOB_BRACE: "a{b,c{d,e}}f" stands for abf, acdf, acef, in that order.
 * A '{' without its '}' is an ordinary character.
 */
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include "lib/glob/glob_impl.h"

/* The '}' closing the '{' at open, or NULL. */
static const char *closing(const char *open)
{
	int depth = 0;
	const char *s;

	for (s = open; *s; s++) {
		if (*s == '\\' && s[1])
			s++;
		else if (*s == '{')
			depth++;
		else if (*s == '}' && --depth == 0)
			return s;
	}
	return NULL;
}

int glob_braces(const char *pattern, int (*one_pattern)(void *, const char *),
		void *ctx)
{
	const char *open, *close, *alt, *s;
	size_t head, tail;
	int depth = 0, r, result = GLOB_NOMATCH;
	char *buf;

	for (open = pattern; *open; open++) {
		if (*open == '\\' && open[1])
			open++;
		else if (*open == '{' && closing(open))
			break;
	}
	if (!*open)
		return one_pattern(ctx, pattern);
	close = closing(open);
	head = (size_t)(open - pattern);
	tail = strlen(close + 1);
	buf = malloc(strlen(pattern) + 1);
	if (!buf)
		return GLOB_NOSPACE;
	for (alt = s = open + 1;; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			continue;
		}
		if (*s == '{')
			depth++;
		else if (*s == '}' && depth)
			depth--;
		else if ((*s == ',' && !depth) || s == close) {
			memcpy(buf, pattern, head);
			memcpy(buf + head, alt, (size_t)(s - alt));
			memcpy(buf + head + (s - alt), close + 1, tail + 1);
			r = glob_braces(buf, one_pattern, ctx);
			if (r != 0 && r != GLOB_NOMATCH) {
				free(buf);
				return r;
			}
			if (r == 0)
				result = 0;
			if (s == close)
				break;
			alt = s + 1;
		}
	}
	free(buf);
	return result;
}
