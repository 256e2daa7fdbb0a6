/* errno: the single error variable of the (single-threaded) runtime. */
#include <errno.h>

int errno;
