/* The line formats: name:passwd:uid:gid:gecos:dir:shell and
 * name:passwd:gid:member,member,... */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "lib/posix/passwd.h"

int passwd_parse(char *line, struct passwd *pw)
{
	char *f[7];
	int i;

	f[0] = line;
	for (i = 1; i < 7; i++)
		if (!(f[i] = db_field(f[i - 1], ':')))
			return -1;
	if (!*f[0] || db_id(f[2], &pw->pw_uid) || db_id(f[3], &pw->pw_gid))
		return -1;
	pw->pw_name = f[0];
	pw->pw_passwd = f[1];
	pw->pw_gecos = f[4];
	pw->pw_dir = f[5];
	pw->pw_shell = f[6];
	return 0;
}

int group_parse(char *buf, size_t size, struct group *gr)
{
	char *f[4], *m, **mem;
	size_t n = 1, used = strlen(buf) + 1, at;
	int i;

	f[0] = buf;
	for (i = 1; i < 4; i++)
		if (!(f[i] = db_field(f[i - 1], ':')))
			return -1;
	if (!*f[0] || db_id(f[2], &gr->gr_gid))
		return -1;
	for (m = f[3]; *m; m++)
		n += *m == ',';
	n += *f[3] != '\0';
	at = (used + sizeof(char *) - 1) & ~(sizeof(char *) - 1);
	if (at > size || (size - at) / sizeof(char *) < n)
		return ERANGE;
	mem = (char **)(void *)(buf + at);
	gr->gr_mem = mem;
	for (m = f[3]; *m;) {
		char *next = db_field(m, ',');

		if (*m)
			*mem++ = m;
		if (!next)
			break;
		m = next;
	}
	*mem = NULL;
	gr->gr_name = f[0];
	gr->gr_passwd = f[1];
	return 0;
}

int passwd_next(struct db *db, struct passwd *pw, char *buf, size_t size,
		struct passwd **result)
{
	long n;

	*result = NULL;
	while ((n = db_line(db, buf, size)) != -1) {
		if (n == -2)
			return ERANGE;
		if (passwd_parse(buf, pw) == 0) {
			*result = pw;
			return 0;
		}
	}
	return 0;
}

int group_next(struct db *db, struct group *gr, char *buf, size_t size,
	       struct group **result)
{
	long n;
	int err;

	*result = NULL;
	while ((n = db_line(db, buf, size)) != -1) {
		if (n == -2)
			return ERANGE;
		err = group_parse(buf, size, gr);
		if (err > 0)
			return err;
		if (err == 0) {
			*result = gr;
			return 0;
		}
	}
	return 0;
}
