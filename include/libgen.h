#ifndef _LIBGEN_H
#define _LIBGEN_H

/*
 * The POSIX forms, which may change their argument. As with glibc, the
 * name basename means this one wherever <libgen.h> is included, and the
 * GNU basename of <string.h> elsewhere, so that the two never clash.
 */
char *dirname(char *path);
char *__xpg_basename(char *path);
#define basename	__xpg_basename

#endif
