#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS	0
#define EXIT_FAILURE	1
#define RAND_MAX	2147483647
/* The C locale's characters are single bytes. */
#define MB_CUR_MAX	((size_t)1)

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
__extension__ typedef struct { long long quot, rem; } lldiv_t;

/* Memory (mm/): see malloc.h for the extensions. */
void *malloc(size_t size);
void free(void *ptr);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void *reallocarray(void *ptr, size_t nmemb, size_t size);
void *aligned_alloc(size_t alignment, size_t size);
int posix_memalign(void **memptr, size_t alignment, size_t size);

/* Process (kernel/, lib/stdlib/). */
__attribute__((noreturn)) void exit(int status);
__attribute__((noreturn)) void _Exit(int status);
__attribute__((noreturn)) void abort(void);
__attribute__((noreturn)) void quick_exit(int status);
int atexit(void (*fn)(void));
int at_quick_exit(void (*fn)(void));
int system(const char *command);

/* The environment (kernel/env.c, lib/stdlib/). */
char *getenv(const char *name);
char *secure_getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *string);
int clearenv(void);

/* Temporary files (lib/stdio/): the template ends in XXXXXX. */
int mkstemp(char *);
int mkostemp(char *, int);
int mkstemps(char *, int);
int mkostemps(char *, int, int);
char *mkdtemp(char *);

/* Pseudo-terminals (lib/posix/pty.c). */
int posix_openpt(int flags);
int grantpt(int fd);
int unlockpt(int fd);
char *ptsname(int fd);
int ptsname_r(int fd, char *buf, size_t size);

/* Files (lib/stdlib/). */
char *realpath(const char *__restrict path, char *__restrict resolved);

/* Numbers (lib/stdlib/). */
int atoi(const char *s);
long atol(const char *s);
__extension__ long long atoll(const char *s);
long strtol(const char *__restrict s, char **__restrict end, int base);
__extension__ long long strtoll(const char *__restrict s,
				char **__restrict end, int base);
unsigned long strtoul(const char *__restrict s, char **__restrict end,
		      int base);
__extension__ unsigned long long strtoull(const char *__restrict s,
					  char **__restrict end, int base);
/* Floating point (lib/conv/): correctly rounded, decimal and 0x hex. */
double atof(const char *s);
double strtod(const char *__restrict s, char **__restrict end);
float strtof(const char *__restrict s, char **__restrict end);
long double strtold(const char *__restrict s, char **__restrict end);
int abs(int x);
long labs(long x);
__extension__ long long llabs(long long x);
div_t div(int num, int den);
ldiv_t ldiv(long num, long den);
__extension__ lldiv_t lldiv(long long num, long long den);

/* Pseudo-random numbers, the same sequences as glibc's. */
int rand(void);
void srand(unsigned int seed);
int rand_r(unsigned int *seed);
long random(void);
void srandom(unsigned int seed);
double drand48(void);
double erand48(unsigned short x[3]);
long lrand48(void);
long nrand48(unsigned short x[3]);
long mrand48(void);
long jrand48(unsigned short x[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short seed[3]);
void lcong48(unsigned short param[7]);

/* Searching and sorting. */
void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *));

/* Multibyte characters of the C locale: ASCII bytes. */
int mblen(const char *s, size_t n);
int mbtowc(wchar_t *__restrict wc, const char *__restrict s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *__restrict dst, const char *__restrict src,
		size_t n);
size_t wcstombs(char *__restrict dst, const wchar_t *__restrict src,
		size_t n);

/* glibc's stdlib.h offers alloca by default. */
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || \
	defined(_BSD_SOURCE) || defined(_GNU_SOURCE)
#include <alloca.h>
#endif

#endif
