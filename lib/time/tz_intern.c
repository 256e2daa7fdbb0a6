/*
 * Zone abbreviations live forever: tm_zone and tzname point at them, and
 * a program may keep those pointers across a change of TZ. Each distinct
 * name is stored once, so changing TZ back and forth costs nothing more.
 */
#include <stdlib.h>
#include <string.h>
#include "lib/time/time_impl.h"

struct name {
	struct name *next;
	char text[];
};

static struct name *names;

const char *tz_intern(const char *s, size_t n)
{
	struct name *p;

	for (p = names; p; p = p->next)
		if (strncmp(p->text, s, n) == 0 && p->text[n] == '\0')
			return p->text;
	p = malloc(sizeof(*p) + n + 1);
	if (!p)
		return "UTC";	/* out of memory: a name that stays valid */
	memcpy(p->text, s, n);
	p->text[n] = '\0';
	p->next = names;
	names = p;
	return p->text;
}
