/* The heap lock: a spin lock when CONFIG_MM_LOCK, nothing otherwise. */
#ifndef MM_LOCK_H
#define MM_LOCK_H

#include "mm/heap.h"
#include "mm/os.h"

extern int heap_lock_word;

static inline void heap_lock(void)
{
	if (!IS_ENABLED(CONFIG_MM_LOCK))
		return;
	while (__atomic_exchange_n(&heap_lock_word, 1, __ATOMIC_ACQUIRE))
		os_yield();
}

static inline void heap_unlock(void)
{
	if (IS_ENABLED(CONFIG_MM_LOCK))
		__atomic_store_n(&heap_lock_word, 0, __ATOMIC_RELEASE);
}

#endif
