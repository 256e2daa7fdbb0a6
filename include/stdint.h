/* The compiler's own fixed-width types; its stdint.h only reaches them itself
 * in freestanding mode, and programs built with bareheap-cc are hosted. */
#ifndef _BAREHEAP_STDINT_H
#define _BAREHEAP_STDINT_H
#include <stdint-gcc.h>
#endif
