#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

/* ISO C */
void *memcpy(void *__restrict dst, const void *__restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
size_t strxfrm(char *__restrict dst, const char *__restrict src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strpbrk(const char *s, const char *accept);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strtok(char *__restrict s, const char *__restrict delim);
char *strcpy(char *__restrict dst, const char *__restrict src);
char *strncpy(char *__restrict dst, const char *__restrict src, size_t n);
char *strcat(char *__restrict dst, const char *__restrict src);
char *strncat(char *__restrict dst, const char *__restrict src, size_t n);
char *strerror(int errnum);

/* POSIX */
size_t strnlen(const char *s, size_t max);
char *stpcpy(char *__restrict dst, const char *__restrict src);
char *stpncpy(char *__restrict dst, const char *__restrict src, size_t n);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
char *strtok_r(char *__restrict s, const char *__restrict delim,
	       char **__restrict save);
void *memccpy(void *__restrict dst, const void *__restrict src, int c,
	      size_t n);
char *strsignal(int sig);
char *strsep(char **__restrict sp, const char *__restrict delim);

/*
 * strerror_r, as glibc declares it: with _GNU_SOURCE the GNU version, which
 * returns the message (perhaps not in buf); otherwise the XSI version, which
 * copies it into buf and returns 0 or an error number.
 */
#ifdef _GNU_SOURCE
char *strerror_r(int errnum, char *buf, size_t size);
#else
int strerror_r(int errnum, char *buf, size_t size) __asm__("__xpg_strerror_r");
#endif

/* BSD, declared by default as glibc does (a program may define its own). */
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || \
	defined(_BSD_SOURCE) || defined(_GNU_SOURCE)
size_t strlcpy(char *__restrict dst, const char *__restrict src, size_t size);
size_t strlcat(char *__restrict dst, const char *__restrict src, size_t size);
#endif

/* GNU extensions, with _GNU_SOURCE as on glibc. */
#ifdef _GNU_SOURCE
void *memmem(const void *haystack, size_t hlen, const void *needle,
	     size_t nlen);
void *memrchr(const void *s, int c, size_t n);
void *rawmemchr(const void *s, int c);
void *mempcpy(void *__restrict dst, const void *__restrict src, size_t n);
char *strchrnul(const char *s, int c);
char *strcasestr(const char *haystack, const char *needle);
int strverscmp(const char *a, const char *b);
#endif

/* glibc's string.h brings strings.h's functions in by default too. */
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || \
	defined(_BSD_SOURCE) || defined(_GNU_SOURCE)
#include <strings.h>
#endif

#endif
