/* setpwent, getpwent, endpwent: /etc/passwd read through, one entry a call. */
#include <errno.h>
#include "lib/posix/passwd.h"

static struct db passwd_db = DB_CLOSED;
static struct db_result passwd_ent_buf;
static struct passwd passwd_ent;

void setpwent(void)
{
	db_close(&passwd_db);
}

void endpwent(void)
{
	db_close(&passwd_db);
}

struct passwd *getpwent(void)
{
	struct passwd *result;
	int err;

	if (passwd_db.fd < 0 && db_open(&passwd_db, PASSWD_FILE) < 0)
		return NULL;
	if (!passwd_ent_buf.buf && db_result_grow(&passwd_ent_buf) < 0)
		return NULL;
	/* a line too long for the buffer is skipped: the buffer grows for
	 * the lines after it */
	while ((err = passwd_next(&passwd_db, &passwd_ent, passwd_ent_buf.buf,
				  passwd_ent_buf.size, &result)) == ERANGE)
		if (db_result_grow(&passwd_ent_buf) < 0)
			return NULL;
	if (err)
		errno = err;
	return result;
}
