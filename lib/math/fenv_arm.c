/*
 * <fenv.h> on arm and aarch64. The cumulative exception flags are bits
 * 0-4 of the status, their trap enables bits 8-12 of the control, and the
 * rounding mode bits 22-23 of the control; <fenv.h>'s constants name the
 * bits directly. On arm the VFP's FPSCR is both status and control;
 * aarch64 splits it into FPSR (status) and FPCR (control).
 */
#if defined(__arm__) || defined(__aarch64__)
#include <fenv.h>

#define ROUND_MASK	0xc00000u
#define TRAP_MASK	((unsigned int)FE_ALL_EXCEPT << 8)

#if defined(__arm__)
static inline unsigned int status_get(void)
{
	unsigned int r;

	__asm__ volatile("vmrs %0, fpscr" : "=r"(r));
	return r;
}

static inline void status_set(unsigned int r)
{
	__asm__ volatile("vmsr fpscr, %0" : : "r"(r));
}

#define control_get	status_get
#define control_set	status_set

int fegetenv(fenv_t *envp)
{
	envp->fpscr = status_get();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	status_set(envp == FE_DFL_ENV ? 0 : envp->fpscr);
	return 0;
}
#else
static inline unsigned int control_get(void)
{
	unsigned long r;

	__asm__ volatile("mrs %0, fpcr" : "=r"(r));
	return (unsigned int)r;
}

static inline void control_set(unsigned int r)
{
	__asm__ volatile("msr fpcr, %0" : : "r"((unsigned long)r));
}

static inline unsigned int status_get(void)
{
	unsigned long r;

	__asm__ volatile("mrs %0, fpsr" : "=r"(r));
	return (unsigned int)r;
}

static inline void status_set(unsigned int r)
{
	__asm__ volatile("msr fpsr, %0" : : "r"((unsigned long)r));
}

int fegetenv(fenv_t *envp)
{
	envp->fpcr = control_get();
	envp->fpsr = status_get();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	control_set(envp == FE_DFL_ENV ? 0 : envp->fpcr);
	status_set(envp == FE_DFL_ENV ? 0 : envp->fpsr);
	return 0;
}
#endif

int feclearexcept(int excepts)
{
	status_set(status_get() & ~(unsigned int)(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)status_get() & excepts & FE_ALL_EXCEPT;
}

int feraiseexcept(int excepts)
{
	status_set(status_get() | (unsigned int)(excepts & FE_ALL_EXCEPT));
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

	status_set((status_get() & ~m) | (*flagp & m));
	return 0;
}

int fegetround(void)
{
	return (int)(control_get() & ROUND_MASK);
}

int fesetround(int round)
{
	if ((unsigned int)round & ~ROUND_MASK)
		return -1;
	control_set((control_get() & ~ROUND_MASK) | (unsigned int)round);
	return 0;
}

/* Saves the environment, then runs on with no flags and no traps. */
int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	control_set(control_get() & ~TRAP_MASK);
	status_set(status_get() & ~(unsigned int)FE_ALL_EXCEPT);
	return 0;
}

int feupdateenv(const fenv_t *envp)
{
	unsigned int raised = status_get() & FE_ALL_EXCEPT;

	fesetenv(envp);
	feraiseexcept((int)raised);
	return 0;
}
#endif
