#ifndef _SCHED_H
#define _SCHED_H

#include <sys/types.h>
#include <time.h>

#define SCHED_OTHER	0
#define SCHED_FIFO	1
#define SCHED_RR	2
#define SCHED_BATCH	3
#define SCHED_IDLE	5

struct sched_param {
	int sched_priority;
};

/* Room for 1024 CPUs, as glibc's cpu_set_t. */
#define CPU_SETSIZE	1024
typedef struct {
	unsigned long __bits[CPU_SETSIZE / (8 * sizeof(unsigned long))];
} cpu_set_t;

#define CPU_WORDS_	(CPU_SETSIZE / (8 * sizeof(unsigned long)))
#define CPU_WORD_(cpu)	((cpu) / (8 * sizeof(unsigned long)))
#define CPU_MASK_(cpu)	(1UL << ((cpu) % (8 * sizeof(unsigned long))))
#define CPU_ZERO(set)	do {					\
	unsigned cpu_i_;						\
	for (cpu_i_ = 0; cpu_i_ < CPU_WORDS_; cpu_i_++)			\
		(set)->__bits[cpu_i_] = 0;				\
} while (0)
#define CPU_SET(cpu, set)	((void)((cpu) < CPU_SETSIZE ?		\
	((set)->__bits[CPU_WORD_(cpu)] |= CPU_MASK_(cpu)) : 0))
#define CPU_CLR(cpu, set)	((void)((cpu) < CPU_SETSIZE ?		\
	((set)->__bits[CPU_WORD_(cpu)] &= ~CPU_MASK_(cpu)) : 0))
#define CPU_ISSET(cpu, set)	((cpu) < CPU_SETSIZE &&		\
	((set)->__bits[CPU_WORD_(cpu)] & CPU_MASK_(cpu)) != 0)
#define CPU_COUNT(set)	sched_cpucount(sizeof(cpu_set_t), set)

int sched_yield(void);
int sched_getcpu(void);
int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set);
int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set);
int sched_cpucount(size_t size, const cpu_set_t *set);
int sched_get_priority_max(int policy);
int sched_get_priority_min(int policy);
int sched_getscheduler(pid_t pid);
int sched_setscheduler(pid_t pid, int policy, const struct sched_param *p);
int sched_getparam(pid_t pid, struct sched_param *p);
int sched_setparam(pid_t pid, const struct sched_param *p);

#endif
