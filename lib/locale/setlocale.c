/*
 * setlocale: bareheap knows the C locale alone, by the names "C" and
 * "POSIX" (both reported as "C") and "C.UTF-8" / "C.utf8" (reported as
 * given, as glibc does). "" takes the name from LC_ALL, LC_<category> or
 * LANG, in that order, "C" when none is set. Any other name: NULL, as
 * glibc answers for a locale that is not installed, and nothing changes.
 * A query for LC_ALL while the categories differ gives glibc's composite
 * "LC_CTYPE=...;LC_NUMERIC=...;...".
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "lib/locale/locale_impl.h"

#define CATEGORIES	13

static const char *const category_names[CATEGORIES] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
	"LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS",
	"LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
};

static const char *const known[] = { "C", "C.UTF-8", "C.utf8" };

/* The name each category is in (LC_ALL's slot is unused). */
static const char *current[CATEGORIES] = {
	"C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C",
};

/* Our spelling of a name, or NULL for a locale we do not have. */
static const char *known_name(const char *name)
{
	size_t i;

	if (strcmp(name, "POSIX") == 0)
		return known[0];
	for (i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcmp(name, known[i]) == 0)
			return known[i];
	return NULL;
}

/* The name "" stands for in a category, from the environment. */
static const char *name_from_env(int category)
{
	const char *v = getenv("LC_ALL");

	if (!v || !*v)
		v = getenv(category_names[category]);
	if (!v || !*v)
		v = getenv("LANG");
	return v && *v ? v : "C";
}

/* The answer for LC_ALL: one name, or every category's. */
static char *all_name(void)
{
	static char composite[CATEGORIES * 32];
	char *p = composite;
	int c, same = 1;

	for (c = 1; c < CATEGORIES; c++)
		if (c != LC_ALL && current[c] != current[0])
			same = 0;
	if (same)
		return (char *)current[0];
	for (c = 0; c < CATEGORIES; c++) {
		if (c == LC_ALL)
			continue;
		if (p != composite)
			*p++ = ';';
		p = stpcpy(stpcpy(stpcpy(p, category_names[c]), "="),
			   current[c]);
	}
	return composite;
}

char *setlocale(int category, const char *locale)
{
	const char *names[CATEGORIES];
	int c;

	if (category < 0 || category >= CATEGORIES)
		return NULL;
	if (!locale)
		return category == LC_ALL ? all_name() :
					    (char *)current[category];
	/* Every category must be found before any changes. */
	for (c = 0; c < CATEGORIES; c++) {
		if (c == LC_ALL || (category != LC_ALL && c != category))
			continue;
		names[c] = known_name(*locale ? locale : name_from_env(c));
		if (!names[c])
			return NULL;
	}
	for (c = 0; c < CATEGORIES; c++)
		if (c != LC_ALL && (category == LC_ALL || c == category))
			current[c] = names[c];
	return category == LC_ALL ? all_name() : (char *)current[category];
}

int locale_ctype_utf8(void)
{
	return current[LC_CTYPE] != known[0];
}
