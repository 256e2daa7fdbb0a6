/*
 * The floating-point environment (lib/math/fenv_*.c): rounding mode and
 * exception flags. On x86_64 and x86 both units are kept in step, the x87
 * (long double) and SSE (float and double, also in bareheap's x86 libm);
 * on arm it is the VFP's FPSCR, on aarch64 its FPCR and FPSR, on riscv64
 * the fcsr.
 */
#ifndef _FENV_H
#define _FENV_H

#if defined(__x86_64__) || defined(__i386__)

#define FE_INVALID	0x01
#define FE_DIVBYZERO	0x04
#define FE_OVERFLOW	0x08
#define FE_UNDERFLOW	0x10
#define FE_INEXACT	0x20
#define FE_ALL_EXCEPT	0x3d

#define FE_TONEAREST	0x000
#define FE_DOWNWARD	0x400
#define FE_UPWARD	0x800
#define FE_TOWARDZERO	0xc00

typedef unsigned short fexcept_t;

/* The x87 environment as fnstenv stores it, then SSE's MXCSR. */
typedef struct {
	unsigned short control_word, unused1;
	unsigned short status_word, unused2;
	unsigned short tags, unused3;
	unsigned int eip;
	unsigned short cs_selector, opcode;
	unsigned int data_offset;
	unsigned short data_selector, unused5;
	unsigned int mxcsr;
} fenv_t;

#elif defined(__arm__) || defined(__aarch64__)

#define FE_INVALID	0x01
#define FE_DIVBYZERO	0x02
#define FE_OVERFLOW	0x04
#define FE_UNDERFLOW	0x08
#define FE_INEXACT	0x10
#define FE_ALL_EXCEPT	0x1f

#define FE_TONEAREST	0x000000
#define FE_UPWARD	0x400000
#define FE_DOWNWARD	0x800000
#define FE_TOWARDZERO	0xc00000

typedef unsigned int fexcept_t;

#if defined(__arm__)
/* The FPSCR. */
typedef struct {
	unsigned int fpscr;
} fenv_t;
#else
/* aarch64's two halves of arm's FPSCR: control (FPCR), status (FPSR). */
typedef struct {
	unsigned int fpcr, fpsr;
} fenv_t;
#endif

#elif defined(__riscv)

#define FE_INEXACT	0x01
#define FE_UNDERFLOW	0x02
#define FE_OVERFLOW	0x04
#define FE_DIVBYZERO	0x08
#define FE_INVALID	0x10
#define FE_ALL_EXCEPT	0x1f

#define FE_TONEAREST	0
#define FE_TOWARDZERO	1
#define FE_DOWNWARD	2
#define FE_UPWARD	3

typedef unsigned int fexcept_t;

/* The fcsr: rounding mode in bits 5-7, flags in bits 0-4; no traps. */
typedef unsigned int fenv_t;

#else
#error "fenv.h: unsupported architecture"
#endif

/* The environment at program start: round to nearest, no flag, no trap. */
#define FE_DFL_ENV	((const fenv_t *)-1)

int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flagp, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flagp, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
int fesetround(int round);
int fegetenv(fenv_t *envp);
int feholdexcept(fenv_t *envp);
int fesetenv(const fenv_t *envp);
int feupdateenv(const fenv_t *envp);

#endif
