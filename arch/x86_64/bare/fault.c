/* The x86_64 board names its faults as the x86 one does: the same file,
 * whose gates and frames it builds 64 bits wide. */
#include "arch/x86/bare/fault.c"
