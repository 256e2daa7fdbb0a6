/*
 * getgrnam, getgrgid and their _r forms: a scan of /etc/group, with the
 * same answers as getpwnam (lib/posix/getpw.c).
 */
#include <errno.h>
#include <string.h>
#include "lib/posix/passwd.h"

static int group_find(const char *name, gid_t gid, struct group *gr,
		      char *buf, size_t size, struct group **result)
{
	struct db db = DB_CLOSED;
	int err;

	*result = NULL;
	if (db_open(&db, GROUP_FILE) < 0)
		return errno;
	while ((err = group_next(&db, gr, buf, size, result)) == 0 && *result)
		if (name ? strcmp(gr->gr_name, name) == 0 : gr->gr_gid == gid)
			break;
	db_close(&db);
	if (err)
		*result = NULL;
	return err;
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
	       struct group **result)
{
	int err;

	*result = NULL;
	if (!name)
		return 0;	/* no group has no name */
	err = group_find(name, 0, gr, buf, size, result);

	if (err)
		errno = err;
	return err;
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
	       struct group **result)
{
	int err = group_find(NULL, gid, gr, buf, size, result);

	if (err)
		errno = err;
	return err;
}

static struct db_result group_buf;
static struct group group_entry;

static struct group *group_lookup(const char *name, gid_t gid)
{
	struct group *result;
	int err;

	if (!group_buf.buf && db_result_grow(&group_buf) < 0)
		return NULL;
	while ((err = group_find(name, gid, &group_entry, group_buf.buf,
				 group_buf.size, &result)) == ERANGE)
		if (db_result_grow(&group_buf) < 0)
			return NULL;
	if (err)
		errno = err;
	return result;
}

struct group *getgrnam(const char *name)
{
	if (!name)
		return NULL;
	return group_lookup(name, 0);
}

struct group *getgrgid(gid_t gid)
{
	return group_lookup(NULL, gid);
}
