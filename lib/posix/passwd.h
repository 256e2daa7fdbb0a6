/* Parsing /etc/passwd and /etc/group lines (lib/posix/). Not public. */
#ifndef LIB_POSIX_PASSWD_H
#define LIB_POSIX_PASSWD_H

#include <grp.h>
#include <pwd.h>
#include <stddef.h>
#include "lib/posix/db.h"

#define PASSWD_FILE	"/etc/passwd"
#define GROUP_FILE	"/etc/group"

/* Fills pw from line (which it splits in place): 0, or -1 if malformed. */
int passwd_parse(char *line, struct passwd *pw);

/*
 * Fills gr from the line at the start of buf[0..size), splitting it in
 * place and putting the member array after it: 0, -1 if malformed, or
 * ERANGE when the array does not fit.
 */
int group_parse(char *buf, size_t size, struct group *gr);

/* The next entry of an open database into the caller's buffer: 0 with
 * *result set, 0 with *result NULL at the end, or an error number. */
int passwd_next(struct db *db, struct passwd *pw, char *buf, size_t size,
		struct passwd **result);
int group_next(struct db *db, struct group *gr, char *buf, size_t size,
	       struct group **result);

#endif
