#ifndef _FNMATCH_H
#define _FNMATCH_H

/* Shell-style pattern matching of names, as glibc does it. */
#define FNM_PATHNAME	(1 << 0)	/* '/' only matches '/' */
#define FNM_NOESCAPE	(1 << 1)	/* '\\' is an ordinary character */
#define FNM_PERIOD	(1 << 2)	/* a leading '.' only matches '.' */
#define FNM_FILE_NAME	FNM_PATHNAME
#define FNM_LEADING_DIR	(1 << 3)	/* "pattern/anything" matches too */
#define FNM_CASEFOLD	(1 << 4)	/* letters match either case */
#define FNM_IGNORECASE	FNM_CASEFOLD
#define FNM_EXTMATCH	(1 << 5)	/* accepted, not implemented */

#define FNM_NOMATCH	1
#define FNM_NOSYS	(-1)

int fnmatch(const char *pattern, const char *string, int flags);

#endif
