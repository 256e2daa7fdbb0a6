#ifndef _LIBGEN_H
#define _LIBGEN_H

/* The POSIX forms, which may change their argument (not GNU basename). */
char *dirname(char *path);
char *basename(char *path);

#endif
