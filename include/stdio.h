#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

#define EOF (-1)

#define BUFSIZ		8192
#define FILENAME_MAX	4096
#define FOPEN_MAX	16
#define L_tmpnam	20
#define TMP_MAX		238328
#define P_tmpdir	"/tmp"

/* setvbuf's modes */
#define _IOFBF		0
#define _IOLBF		1
#define _IONBF		2

#ifndef SEEK_SET
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#endif

/* FILE is opaque. */
typedef struct bh_file FILE;
extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

typedef struct {
	off_t __pos;
} fpos_t;

/* Opening and closing */
FILE *fopen(const char *__restrict path, const char *__restrict mode);
FILE *fdopen(int fd, const char *mode);
FILE *freopen(const char *__restrict path, const char *__restrict mode,
	      FILE *__restrict f);
int fclose(FILE *f);
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);
FILE *fmemopen(void *__restrict buf, size_t size,
	       const char *__restrict mode);
FILE *open_memstream(char **bufp, size_t *sizep);
FILE *tmpfile(void);
char *tmpnam(char *s);
int remove(const char *path);
int rename(const char *oldpath, const char *newpath);

/* Buffering */
int fflush(FILE *f);
int setvbuf(FILE *__restrict f, char *__restrict buf, int mode, size_t size);
void setbuf(FILE *__restrict f, char *__restrict buf);
void setbuffer(FILE *__restrict f, char *__restrict buf, size_t size);
void setlinebuf(FILE *f);

/* Reading */
size_t fread(void *__restrict p, size_t size, size_t n, FILE *__restrict f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *__restrict s, int size, FILE *__restrict f);
ssize_t getline(char **__restrict linep, size_t *__restrict sizep,
		FILE *__restrict f);
ssize_t getdelim(char **__restrict linep, size_t *__restrict sizep,
		 int delim, FILE *__restrict f);

/* Writing */
size_t fwrite(const void *__restrict p, size_t size, size_t n,
	      FILE *__restrict f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *__restrict s, FILE *__restrict f);
int puts(const char *s);

/* Positioning */
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
int fseeko(FILE *f, off_t off, int whence);
off_t ftello(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *__restrict f, fpos_t *__restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);

/* State */
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int fileno(FILE *f);

/* Locking: bareheap's stdio is single-threaded, so these are plain calls. */
int getc_unlocked(FILE *f);
int getchar_unlocked(void);
int putc_unlocked(int c, FILE *f);
int putchar_unlocked(int c);
int fgetc_unlocked(FILE *f);
int fputc_unlocked(int c, FILE *f);
int fputs_unlocked(const char *__restrict s, FILE *__restrict f);
size_t fwrite_unlocked(const void *__restrict p, size_t size, size_t n,
		       FILE *__restrict f);
size_t fread_unlocked(void *__restrict p, size_t size, size_t n,
		      FILE *__restrict f);
int fflush_unlocked(FILE *f);
int feof_unlocked(FILE *f);
int ferror_unlocked(FILE *f);
void clearerr_unlocked(FILE *f);
int fileno_unlocked(FILE *f);
void flockfile(FILE *f);
int ftrylockfile(FILE *f);
void funlockfile(FILE *f);

/* Formatted output */
int printf(const char *__restrict fmt, ...)
	__attribute__((format(printf, 1, 2)));
int fprintf(FILE *__restrict f, const char *__restrict fmt, ...)
	__attribute__((format(printf, 2, 3)));
int dprintf(int fd, const char *__restrict fmt, ...)
	__attribute__((format(printf, 2, 3)));
int sprintf(char *__restrict buf, const char *__restrict fmt, ...)
	__attribute__((format(printf, 2, 3)));
int snprintf(char *__restrict buf, size_t size, const char *__restrict fmt,
	     ...)
	__attribute__((format(printf, 3, 4)));
int vprintf(const char *__restrict fmt, va_list ap);
int vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap);
int vdprintf(int fd, const char *__restrict fmt, va_list ap);
int vsprintf(char *__restrict buf, const char *__restrict fmt, va_list ap);
int vsnprintf(char *__restrict buf, size_t size, const char *__restrict fmt,
	      va_list ap);

/* Formatted input */
int scanf(const char *__restrict fmt, ...)
	__attribute__((format(scanf, 1, 2)));
int fscanf(FILE *__restrict f, const char *__restrict fmt, ...)
	__attribute__((format(scanf, 2, 3)));
int sscanf(const char *__restrict s, const char *__restrict fmt, ...)
	__attribute__((format(scanf, 2, 3)));
int vscanf(const char *__restrict fmt, va_list ap);
int vfscanf(FILE *__restrict f, const char *__restrict fmt, va_list ap);
int vsscanf(const char *__restrict s, const char *__restrict fmt, va_list ap);

void perror(const char *s);

#endif
