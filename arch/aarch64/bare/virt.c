/* The virt board of arm, with its 64-bit CPU. */
#include "arch/arm/bare/virt.c"
