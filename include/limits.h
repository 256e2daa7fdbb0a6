/* The compiler's own limits.h; told that no libc limits.h lies behind it,
 * since programs built with bareheap-cc are hosted and would look for one. */
#ifndef _BAREHEAP_LIMITS_H
#define _BAREHEAP_LIMITS_H
#ifndef _LIBC_LIMITS_H_
#define _LIBC_LIMITS_H_
#endif
#include_next <limits.h>
#endif
