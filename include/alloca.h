#ifndef _ALLOCA_H
#define _ALLOCA_H

#include <stddef.h>

/* Memory on the caller's stack, gone when the caller returns. */
#undef alloca
#define alloca(size)	__builtin_alloca(size)

#endif
