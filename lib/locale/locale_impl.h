/* What setlocale tells nl_langinfo: the locale named for each category. */
#ifndef LIB_LOCALE_LOCALE_IMPL_H
#define LIB_LOCALE_LOCALE_IMPL_H

/* True when LC_CTYPE was set to C.UTF-8 (or C.utf8). */
int locale_ctype_utf8(void);

#endif
