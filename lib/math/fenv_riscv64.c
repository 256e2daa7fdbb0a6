/*
 * <fenv.h> on riscv64: the fcsr holds the accrued exception flags (bits
 * 0-4, also reachable alone as fflags) and the rounding mode (bits 5-7,
 * frm), which <fenv.h>'s constants name. RISC-V has no traps.
 */
#if defined(__riscv)
#include <fenv.h>

#define ROUND_MAX	3	/* frm 4 (to nearest, ties away) is not C's */

int feclearexcept(int excepts)
{
	__asm__ volatile("csrc fflags, %0" : : "r"(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	unsigned int r;

	__asm__ volatile("frflags %0" : "=r"(r));
	return (int)r & excepts & FE_ALL_EXCEPT;
}

int feraiseexcept(int excepts)
{
	__asm__ volatile("csrs fflags, %0" : : "r"(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	*flagp = (fexcept_t)fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	feclearexcept(excepts);
	feraiseexcept((int)*flagp & excepts);
	return 0;
}

int fegetround(void)
{
	unsigned int r;

	__asm__ volatile("frrm %0" : "=r"(r));
	return (int)r;
}

int fesetround(int round)
{
	if (round < 0 || round > ROUND_MAX)
		return -1;
	__asm__ volatile("fsrm %0" : : "r"(round));
	return 0;
}

int fegetenv(fenv_t *envp)
{
	__asm__ volatile("frcsr %0" : "=r"(*envp));
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	fenv_t e = envp == FE_DFL_ENV ? 0 : *envp;

	__asm__ volatile("fscsr %0" : : "r"(e));
	return 0;
}

int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	feclearexcept(FE_ALL_EXCEPT);
	return 0;
}

int feupdateenv(const fenv_t *envp)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);

	fesetenv(envp);
	feraiseexcept(raised);
	return 0;
}
#endif
