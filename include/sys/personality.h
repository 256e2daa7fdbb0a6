#ifndef _SYS_PERSONALITY_H
#define _SYS_PERSONALITY_H

/* The process's execution domain and the flags that go with it; a new
 * persona takes effect for programs started by a later execve. */
#define PER_LINUX		0x0000
#define ADDR_NO_RANDOMIZE	0x0040000	/* setarch -R: fixed layout */
#define PER_MASK		0x00ff

/* Sets the persona (0xffffffff leaves it as it is) and returns the one
 * before, or -1 with errno. */
int personality(unsigned long persona);

#endif
