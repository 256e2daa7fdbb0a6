/*
 * setenv, unsetenv, putenv, clearenv: change the environment. The first
 * change copies environ into an array from malloc, which this file owns
 * from then on (growing it as needed); the strings setenv builds are never
 * freed, since a program may still hold what getenv returned. Weak:
 * programs written for systems without setenv carry their own.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char **owned;		/* environ, once this file made it */
static size_t capacity;		/* entries owned has room for, NULL included */

static size_t env_count(void)
{
	size_t n = 0;

	if (environ)
		while (environ[n])
			n++;
	return n;
}

/* Makes environ an array of our own with room for one more entry. */
static int env_reserve(size_t count)
{
	char **grown;
	size_t want = count + 2;

	if (environ == owned && owned && want <= capacity)
		return 0;
	if (want < 16)
		want = 16;
	if (environ == owned) {
		grown = realloc(owned, want * 2 * sizeof *grown);
	} else {
		grown = malloc(want * 2 * sizeof *grown);
		if (grown && count)
			memcpy(grown, environ, count * sizeof *grown);
		if (grown)
			grown[count] = NULL;
	}
	if (!grown)
		return -1;	/* errno is ENOMEM */
	owned = environ = grown;
	capacity = want * 2;
	return 0;
}

/* The index of NAME=... (name ends at len), or -1. */
static long env_find(const char *name, size_t len)
{
	size_t i;

	if (!environ)
		return -1;
	for (i = 0; environ[i]; i++)
		if (strncmp(environ[i], name, len) == 0 && environ[i][len] == '=')
			return (long)i;
	return -1;
}

/* Puts entry (NAME=value) in place of NAME's, or at the end. */
static int env_put(char *entry, size_t len)
{
	size_t count = env_count();
	long at = env_find(entry, len);

	if (env_reserve(count) < 0)
		return -1;
	if (at >= 0) {
		environ[at] = entry;
	} else {
		environ[count] = entry;
		environ[count + 1] = NULL;
	}
	return 0;
}

static int bad_name(const char *name)
{
	if (!name || !*name || strchr(name, '=')) {
		errno = EINVAL;
		return 1;
	}
	return 0;
}

__attribute__((weak))
int setenv(const char *name, const char *value, int overwrite)
{
	size_t len, vlen;
	char *entry;

	if (bad_name(name))
		return -1;
	len = strlen(name);
	if (!overwrite && env_find(name, len) >= 0)
		return 0;
	if (!value)
		value = "";
	vlen = strlen(value);
	entry = malloc(len + vlen + 2);
	if (!entry)
		return -1;
	memcpy(entry, name, len);
	entry[len] = '=';
	memcpy(entry + len + 1, value, vlen + 1);
	if (env_put(entry, len) < 0) {
		free(entry);
		return -1;
	}
	return 0;
}

__attribute__((weak))
int unsetenv(const char *name)
{
	size_t len, from, to;

	if (bad_name(name))
		return -1;
	if (!environ)
		return 0;
	len = strlen(name);
	/* Removes every NAME= entry, keeping the order of the others. The
	 * array is changed in place: the caller's own or ours alike. */
	for (from = to = 0; environ[from]; from++)
		if (!(strncmp(environ[from], name, len) == 0 &&
		      environ[from][len] == '='))
			environ[to++] = environ[from];
	environ[to] = NULL;
	return 0;
}

__attribute__((weak))
int putenv(char *string)
{
	const char *eq = strchr(string, '=');

	if (!eq) {
		/* glibc: a string without '=' removes the variable. */
		char name[256];
		size_t len = strlen(string);

		if (len >= sizeof name)
			return 0;
		memcpy(name, string, len + 1);
		return *name ? unsetenv(name) : 0;
	}
	return env_put(string, (size_t)(eq - string));
}

__attribute__((weak))
int clearenv(void)
{
	free(owned);
	owned = NULL;
	capacity = 0;
	environ = NULL;
	return 0;
}
