/*
 * <fenv.h> on aarch64: FPSR holds the cumulative exception flags (bits
 * 0-4), FPCR their trap enables (bits 8-12) and the rounding mode (bits
 * 22-23); <fenv.h>'s constants name the bits directly, as on arm.
 */
#if defined(__aarch64__)
#include <fenv.h>

#define ROUND_MASK	0xc00000u
#define TRAP_MASK	((unsigned int)FE_ALL_EXCEPT << 8)

static inline unsigned int fpcr_get(void)
{
	unsigned long r;

	__asm__ volatile("mrs %0, fpcr" : "=r"(r));
	return (unsigned int)r;
}

static inline void fpcr_set(unsigned int r)
{
	__asm__ volatile("msr fpcr, %0" : : "r"((unsigned long)r));
}

static inline unsigned int fpsr_get(void)
{
	unsigned long r;

	__asm__ volatile("mrs %0, fpsr" : "=r"(r));
	return (unsigned int)r;
}

static inline void fpsr_set(unsigned int r)
{
	__asm__ volatile("msr fpsr, %0" : : "r"((unsigned long)r));
}

int feclearexcept(int excepts)
{
	fpsr_set(fpsr_get() & ~(unsigned int)(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)fpsr_get() & excepts & FE_ALL_EXCEPT;
}

int feraiseexcept(int excepts)
{
	fpsr_set(fpsr_get() | (unsigned int)(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	*flagp = (fexcept_t)fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	unsigned int m = (unsigned int)(excepts & FE_ALL_EXCEPT);

	fpsr_set((fpsr_get() & ~m) | (*flagp & m));
	return 0;
}

int fegetround(void)
{
	return (int)(fpcr_get() & ROUND_MASK);
}

int fesetround(int round)
{
	if ((unsigned int)round & ~ROUND_MASK)
		return -1;
	fpcr_set((fpcr_get() & ~ROUND_MASK) | (unsigned int)round);
	return 0;
}

int fegetenv(fenv_t *envp)
{
	envp->fpcr = fpcr_get();
	envp->fpsr = fpsr_get();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	fpcr_set(envp == FE_DFL_ENV ? 0 : envp->fpcr);
	fpsr_set(envp == FE_DFL_ENV ? 0 : envp->fpsr);
	return 0;
}

int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	fpcr_set(envp->fpcr & ~TRAP_MASK);
	fpsr_set(envp->fpsr & ~(unsigned int)FE_ALL_EXCEPT);
	return 0;
}

int feupdateenv(const fenv_t *envp)
{
	unsigned int raised = fpsr_get() & FE_ALL_EXCEPT;

	fesetenv(envp);
	feraiseexcept((int)raised);
	return 0;
}
#endif
