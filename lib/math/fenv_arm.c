/*
 * <fenv.h> on arm: the VFP's FPSCR holds the cumulative exception flags
 * (bits 0-4), their trap enables (bits 8-12) and the rounding mode (bits
 * 22-23), which <fenv.h>'s constants name directly.
 */
#if defined(__arm__)
#include <fenv.h>

static inline unsigned int fpscr_get(void)
{
	unsigned int r;

	__asm__ volatile("vmrs %0, fpscr" : "=r"(r));
	return r;
}

static inline void fpscr_set(unsigned int r)
{
	__asm__ volatile("vmsr fpscr, %0" : : "r"(r));
}

int feclearexcept(int excepts)
{
	fpscr_set(fpscr_get() & ~(unsigned int)(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)fpscr_get() & excepts & FE_ALL_EXCEPT;
}

int feraiseexcept(int excepts)
{
	fpscr_set(fpscr_get() | (unsigned int)(excepts & FE_ALL_EXCEPT));
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

	fpscr_set((fpscr_get() & ~m) | (*flagp & m));
	return 0;
}

int fegetround(void)
{
	return (int)(fpscr_get() & 0xc00000);
}

int fesetround(int round)
{
	if (round & ~0xc00000)
		return -1;
	fpscr_set((fpscr_get() & ~0xc00000u) | (unsigned int)round);
	return 0;
}

int fegetenv(fenv_t *envp)
{
	envp->fpscr = fpscr_get();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	fpscr_set(envp == FE_DFL_ENV ? 0 : envp->fpscr);
	return 0;
}

int feholdexcept(fenv_t *envp)
{
	envp->fpscr = fpscr_get();
	fpscr_set(envp->fpscr & ~(FE_ALL_EXCEPT | FE_ALL_EXCEPT << 8u));
	return 0;
}

int feupdateenv(const fenv_t *envp)
{
	unsigned int raised = fpscr_get() & FE_ALL_EXCEPT;

	fesetenv(envp);
	feraiseexcept((int)raised);
	return 0;
}
#endif
