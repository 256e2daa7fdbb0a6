/*
 * Reading the colon-separated databases (/etc/passwd, /etc/group) one line
 * at a time, without stdio. Not a public header.
 */
#ifndef LIB_POSIX_DB_H
#define LIB_POSIX_DB_H

#include <stddef.h>
#include <sys/types.h>

struct db {
	int fd;			/* -1 when closed */
	size_t pos, len;
	char buf[512];
};

#define DB_CLOSED	{ -1, 0, 0, { 0 } }

/* Opens path for reading from its start: 0, or -1 with errno. */
int db_open(struct db *db, const char *path);
void db_close(struct db *db);

/*
 * The next line, without its newline, into line[0..size) with a
 * terminating NUL: returns its length; -1 at the end of the file (errno
 * untouched) or on an error (errno set); -2 when the line does not fit,
 * after skipping the rest of it.
 */
long db_line(struct db *db, char *line, size_t size);

/* Splits s at the first c: returns what follows (NULL if no c). */
char *db_field(char *s, int c);

/* Parses a whole decimal id: 0, or -1 if s is not one. */
int db_id(const char *s, unsigned int *id);

/* Where the non-_r calls keep their answer: a buffer that grows. */
struct db_result {
	char *buf;
	size_t size;
};

/* Doubles r's buffer (the first is 1 KiB): 0, or -1 with ENOMEM. */
int db_result_grow(struct db_result *r);

#endif
