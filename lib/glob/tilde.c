/* GLOB_TILDE: "~" is $HOME (or the user's home in the password file),
 * "~name" the home of name. */
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/glob/glob_impl.h"

char *glob_tilde(const char *pattern, int *unknown, int *nomem)
{
	size_t len = strcspn(pattern + 1, "/");
	const char *home = NULL;
	struct passwd *pw;
	char *name, *out;

	*unknown = *nomem = 0;
	if (pattern[0] != '~')
		return NULL;
	if (len == 0) {
		home = getenv("HOME");
		if (!home || !*home) {
			pw = getpwuid(getuid());
			home = pw ? pw->pw_dir : NULL;
		}
	} else {
		name = malloc(len + 1);
		if (!name) {
			*nomem = 1;
			return NULL;
		}
		memcpy(name, pattern + 1, len);
		name[len] = 0;
		pw = getpwnam(name);
		free(name);
		home = pw ? pw->pw_dir : NULL;
	}
	if (!home) {
		*unknown = 1;
		return NULL;
	}
	out = malloc(strlen(home) + strlen(pattern + 1 + len) + 1);
	if (!out) {
		*nomem = 1;
		return NULL;
	}
	strcpy(out, home);
	strcat(out, pattern + 1 + len);
	return out;
}
