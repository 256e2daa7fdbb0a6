/*
 * TZif files (RFC 8536). A header ("TZif", version, six big-endian
 * counts) and a table of 32-bit transition times; from version 2 on, a
 * second header and table with 64-bit times follow, then a footer line
 * holding the POSIX TZ string for times after the last transition. The
 * 64-bit table is the one kept when there is one. Leap-second records
 * are skipped: times stay POSIX times.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/time/time_impl.h"

#define TZIF_MAX	(256 * 1024)
#define HEADER		44

struct counts {
	unsigned long isut, isstd, leap, time, type, chars;
};

static unsigned long be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
	       (unsigned long)p[2] << 8 | p[3];
}

static long long be64(const unsigned char *p)
{
	return (long long)((unsigned long long)be32(p) << 32 | be32(p + 4));
}

static int read_header(const unsigned char *p, size_t len, struct counts *c)
{
	if (len < HEADER || memcmp(p, "TZif", 4) != 0)
		return -1;
	c->isut = be32(p + 20);
	c->isstd = be32(p + 24);
	c->leap = be32(p + 28);
	c->time = be32(p + 32);
	c->type = be32(p + 36);
	c->chars = be32(p + 40);
	if (c->type == 0 || c->type > 256 || c->time > 100000 ||
	    c->chars > 4096 || c->leap > 10000)
		return -1;
	return 0;
}

static size_t data_size(const struct counts *c, int tsize)
{
	return c->time * tsize + c->time + c->type * 6 + c->chars +
	       c->leap * (tsize + 4) + c->isstd + c->isut;
}

static unsigned char *read_file(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	unsigned char *buf;
	size_t have = 0;
	ssize_t n;

	if (fd < 0)
		return NULL;
	buf = malloc(TZIF_MAX);
	while (buf && have < TZIF_MAX &&
	       (n = read(fd, buf + have, TZIF_MAX - have)) > 0)
		have += n;
	close(fd);
	*len = have;
	return buf;
}

/* The table at p (tsize 4 or 8), counts c, of the len bytes left. */
static int take_table(const unsigned char *p, size_t len,
		      const struct counts *c, int tsize, struct zone *z)
{
	const unsigned char *idx = p + c->time * tsize;
	const unsigned char *types = idx + c->time;
	const char *chars = (const char *)types + c->type * 6;
	unsigned long i;

	if (len < data_size(c, tsize))
		return -1;
	z->trans = malloc(c->time * sizeof(*z->trans) + 1);
	z->trans_type = malloc(c->time + 1);
	z->types = malloc(c->type * sizeof(*z->types));
	if (!z->trans || !z->trans_type || !z->types)
		return -1;
	for (i = 0; i < c->time; i++) {
		z->trans[i] = tsize == 8 ? be64(p + 8 * i)
					 : (long long)(int)be32(p + 4 * i);
		z->trans_type[i] = idx[i];
		if (idx[i] >= c->type)
			return -1;
	}
	for (i = 0; i < c->type; i++) {
		const unsigned char *t = types + 6 * i;
		unsigned long at = t[5];
		size_t n;

		if (at >= c->chars)
			return -1;
		z->types[i].utoff = (long)(int)be32(t);
		z->types[i].isdst = t[4] != 0;
		n = strnlen(chars + at, c->chars - at);
		z->types[i].abbr = tz_intern(chars + at, n);
	}
	z->timecnt = (int)c->time;
	z->typecnt = (int)c->type;
	return 0;
}

int load_tzif(const char *path, struct zone *z)
{
	size_t len, v1;
	unsigned char *buf = read_file(path, &len);
	const unsigned char *p = buf;
	struct counts c;
	int ok = -1;

	memset(z, 0, sizeof(*z));
	if (!buf || read_header(p, len, &c) < 0)
		goto out;
	if (p[4] < '2') {
		ok = take_table(p + HEADER, len - HEADER, &c, 4, z);
		goto out;
	}
	v1 = HEADER + data_size(&c, 4);
	if (len < v1 || read_header(p + v1, len - v1, &c) < 0)
		goto out;
	p += v1 + HEADER;
	len -= v1 + HEADER;
	if (take_table(p, len, &c, 8, z) < 0)
		goto out;
	ok = 0;
	/* the footer: "\n<TZ string>\n" */
	p += data_size(&c, 8);
	len -= data_size(&c, 8);
	if (len > 2 && p[0] == '\n') {
		const unsigned char *nl = memchr(p + 1, '\n', len - 1);
		char tz[128];

		if (nl && (size_t)(nl - p - 1) < sizeof(tz) && nl > p + 1) {
			memcpy(tz, p + 1, nl - p - 1);
			tz[nl - p - 1] = '\0';
			z->has_posix = parse_posix_zone(tz, &z->posix) != NULL;
		}
	}
out:
	if (ok < 0) {
		free(z->trans);
		free(z->trans_type);
		free(z->types);
		memset(z, 0, sizeof(*z));
	}
	free(buf);
	return ok;
}
