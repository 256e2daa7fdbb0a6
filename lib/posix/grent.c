/* setgrent, getgrent, endgrent, and getgrouplist and initgroups, which
 * read /etc/group through for one user's groups. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/posix/passwd.h"

static struct db group_db = DB_CLOSED;
static struct db_result group_ent_buf;
static struct group group_ent;

void setgrent(void)
{
	db_close(&group_db);
}

void endgrent(void)
{
	db_close(&group_db);
}

struct group *getgrent(void)
{
	struct group *result;
	int err;

	if (group_db.fd < 0 && db_open(&group_db, GROUP_FILE) < 0)
		return NULL;
	if (!group_ent_buf.buf && db_result_grow(&group_ent_buf) < 0)
		return NULL;
	while ((err = group_next(&group_db, &group_ent, group_ent_buf.buf,
				 group_ent_buf.size, &result)) == ERANGE)
		if (db_result_grow(&group_ent_buf) < 0)
			return NULL;
	if (err)
		errno = err;
	return result;
}

static void add_group(gid_t *groups, int size, int *n, gid_t gid)
{
	int i;

	for (i = 0; i < *n && i < size; i++)
		if (groups[i] == gid)
			return;
	if (*n < size)
		groups[*n] = gid;
	++*n;
}

/* Stores up to *ngroups ids (group first) and sets *ngroups to how many
 * there are: that count, or -1 when they did not all fit. */
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups)
{
	struct db db = DB_CLOSED;
	struct db_result buf = { 0, 0 };
	struct group gr, *result;
	int n = 0, size = *ngroups, err;
	char **m;

	add_group(groups, size, &n, group);
	if (db_open(&db, GROUP_FILE) == 0 && db_result_grow(&buf) == 0) {
		for (;;) {
			err = group_next(&db, &gr, buf.buf, buf.size, &result);
			if (err == ERANGE && db_result_grow(&buf) == 0)
				continue;
			if (err || !result)
				break;
			for (m = gr.gr_mem; *m; m++)
				if (strcmp(*m, user) == 0) {
					add_group(groups, size, &n, gr.gr_gid);
					break;
				}
		}
	}
	db_close(&db);
	free(buf.buf);
	*ngroups = n;
	return n > size ? -1 : n;
}

int initgroups(const char *user, gid_t group)
{
	gid_t groups[256];
	int n = 256;

	if (getgrouplist(user, group, groups, &n) < 0)
		n = 256;
	return setgroups((size_t)n, groups);
}
