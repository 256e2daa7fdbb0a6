/*
 * getpwnam, getpwuid and their _r forms: a scan of /etc/passwd. Not found
 * is a NULL result with errno untouched; a missing file is ENOENT; a line
 * longer than the buffer is ERANGE (the non-_r forms then grow theirs).
 */
#include <errno.h>
#include <string.h>
#include "lib/posix/passwd.h"

static int passwd_find(const char *name, uid_t uid, struct passwd *pw,
		       char *buf, size_t size, struct passwd **result)
{
	struct db db = DB_CLOSED;
	int err;

	*result = NULL;
	if (db_open(&db, PASSWD_FILE) < 0)
		return errno;
	while ((err = passwd_next(&db, pw, buf, size, result)) == 0 && *result)
		if (name ? strcmp(pw->pw_name, name) == 0 : pw->pw_uid == uid)
			break;
	db_close(&db);
	if (err)
		*result = NULL;
	return err;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
	       struct passwd **result)
{
	int err;

	*result = NULL;
	if (!name)
		return 0;	/* nobody has no name */
	err = passwd_find(name, 0, pw, buf, size, result);

	if (err)
		errno = err;
	return err;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
	       struct passwd **result)
{
	int err = passwd_find(NULL, uid, pw, buf, size, result);

	if (err)
		errno = err;
	return err;
}

static struct db_result passwd_buf;
static struct passwd passwd_entry;

static struct passwd *passwd_lookup(const char *name, uid_t uid)
{
	struct passwd *result;
	int err;

	if (!passwd_buf.buf && db_result_grow(&passwd_buf) < 0)
		return NULL;
	while ((err = passwd_find(name, uid, &passwd_entry, passwd_buf.buf,
				  passwd_buf.size, &result)) == ERANGE)
		if (db_result_grow(&passwd_buf) < 0)
			return NULL;
	if (err)
		errno = err;
	return result;
}

struct passwd *getpwnam(const char *name)
{
	if (!name)
		return NULL;
	return passwd_lookup(name, 0);
}

struct passwd *getpwuid(uid_t uid)
{
	return passwd_lookup(NULL, uid);
}
