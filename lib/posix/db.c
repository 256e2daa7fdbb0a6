/* The line reader under pwd.h and grp.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/posix/db.h"

int db_open(struct db *db, const char *path)
{
	db->fd = open(path, O_RDONLY | O_CLOEXEC);
	db->pos = db->len = 0;
	return db->fd < 0 ? -1 : 0;
}

void db_close(struct db *db)
{
	if (db->fd >= 0)
		close(db->fd);
	db->fd = -1;
	db->pos = db->len = 0;
}

/* Refills the buffer: bytes now available, 0 at the end, -1 on error. */
static long db_fill(struct db *db)
{
	long n;

	if (db->pos < db->len)
		return (long)(db->len - db->pos);
	do
		n = read(db->fd, db->buf, sizeof(db->buf));
	while (n < 0 && errno == EINTR);
	if (n <= 0)
		return n;
	db->pos = 0;
	db->len = (size_t)n;
	return n;
}

long db_line(struct db *db, char *line, size_t size)
{
	size_t n = 0;
	int any = 0, fits = 1;
	long got;

	if (db->fd < 0)
		return -1;
	while ((got = db_fill(db)) > 0) {
		char *start = db->buf + db->pos;
		char *nl = memchr(start, '\n', (size_t)got);
		size_t take = nl ? (size_t)(nl - start) : (size_t)got;

		any = 1;
		if (fits && n + take < size)
			memcpy(line + n, start, take);
		else
			fits = 0;
		n += take;
		db->pos += take + (nl != NULL);
		if (nl)
			break;
	}
	if (got < 0)
		return -1;
	if (!any)
		return -1;
	if (!fits)
		return -2;
	line[n] = '\0';
	return (long)n;
}

char *db_field(char *s, int c)
{
	char *p = s ? strchr(s, c) : NULL;

	if (!p)
		return NULL;
	*p = '\0';
	return p + 1;
}

int db_id(const char *s, unsigned int *id)
{
	unsigned long long v = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (unsigned)(*s - '0');
		if (v > 0xffffffffu)
			return -1;
	}
	*id = (unsigned int)v;
	return 0;
}

int db_result_grow(struct db_result *r)
{
	size_t size = r->size ? 2 * r->size : 1024;
	char *buf = realloc(r->buf, size);

	if (!buf) {
		errno = ENOMEM;
		return -1;
	}
	r->buf = buf;
	r->size = size;
	return 0;
}
