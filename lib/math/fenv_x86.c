/*
 * <fenv.h> on x86_64 and x86: the x87 control and status words (long
 * double) and SSE's MXCSR (float and double) hold the same flags and
 * rounding bits, MXCSR's shifted left by 3 (flags) and 3 (rounding: bits
 * 13-14 against the x87's 10-11). Every function updates both units and
 * reads the union of their flags.
 */
#if defined(__x86_64__) || defined(__i386__)
#include <fenv.h>

static inline unsigned int mxcsr_get(void)
{
	unsigned int m;

	__asm__ volatile("stmxcsr %0" : "=m"(m));
	return m;
}

static inline void mxcsr_set(unsigned int m)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(m));
}

static inline unsigned short x87_status(void)
{
	unsigned short sw;

	__asm__ volatile("fnstsw %0" : "=am"(sw));
	return sw;
}

static inline unsigned short x87_control(void)
{
	unsigned short cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static inline void x87_set_control(unsigned short cw)
{
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

int feclearexcept(int excepts)
{
	fenv_t env;

	excepts &= FE_ALL_EXCEPT;
	if (!excepts)
		return 0;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.status_word &= ~excepts;
	__asm__ volatile("fldenv %0" : : "m"(env));
	mxcsr_set(mxcsr_get() & ~(unsigned int)excepts);
	return 0;
}

int fetestexcept(int excepts)
{
	return (x87_status() | mxcsr_get()) & excepts & FE_ALL_EXCEPT;
}

int feraiseexcept(int excepts)
{
	/* Set in MXCSR, then let an instruction see them for traps. */
	mxcsr_set(mxcsr_get() | (excepts & FE_ALL_EXCEPT));
	if (excepts & FE_INVALID) {
		volatile float zero = 0.0f, r = zero / zero;
		(void)r;
	}
	if (excepts & FE_DIVBYZERO) {
		volatile float zero = 0.0f, r = 1.0f / zero;
		(void)r;
	}
	return 0;
}

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	*flagp = (fexcept_t)fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	fenv_t env;

	excepts &= FE_ALL_EXCEPT;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.status_word = (unsigned short)((env.status_word & ~excepts) |
					   (*flagp & excepts));
	__asm__ volatile("fldenv %0" : : "m"(env));
	mxcsr_set((mxcsr_get() & ~(unsigned int)excepts) |
		  (*flagp & (unsigned int)excepts));
	return 0;
}

int fegetround(void)
{
	return (mxcsr_get() >> 3) & 0xc00;
}

int fesetround(int round)
{
	if (round & ~0xc00)
		return -1;
	x87_set_control((unsigned short)((x87_control() & ~0xc00) | round));
	mxcsr_set((mxcsr_get() & ~0x6000u) | (unsigned int)round << 3);
	return 0;
}

int fegetenv(fenv_t *envp)
{
	__asm__ volatile("fnstenv %0" : "=m"(*envp));
	/* fnstenv masks every x87 exception: put the control word back. */
	x87_set_control(envp->control_word);
	envp->mxcsr = mxcsr_get();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	fenv_t env;

	__asm__ volatile("fnstenv %0" : "=m"(env));
	if (envp == FE_DFL_ENV) {
		env.control_word = 0x037f;	/* all masked, nearest, 64-bit */
		env.status_word &= ~FE_ALL_EXCEPT & 0xffff;
		env.mxcsr = 0x1f80;		/* all masked, nearest */
	} else {
		env.control_word = envp->control_word;
		env.status_word = (unsigned short)((env.status_word &
			~FE_ALL_EXCEPT) | (envp->status_word & FE_ALL_EXCEPT));
		env.mxcsr = envp->mxcsr;
	}
	__asm__ volatile("fldenv %0" : : "m"(env));
	mxcsr_set(env.mxcsr);
	return 0;
}

int feholdexcept(fenv_t *envp)
{
	fenv_t env;

	fegetenv(envp);
	env = *envp;
	env.control_word |= FE_ALL_EXCEPT | 0x02;	/* mask all */
	env.status_word &= ~(FE_ALL_EXCEPT | 0x02) & 0xffff;
	env.mxcsr = (env.mxcsr | 0x1f80) & ~0x3fu;
	fesetenv(&env);
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
