/*
 * Mathematics (lib/math/): C99/C11 with the POSIX and GNU constants.
 * Every function comes in double, float (f) and long double (l) versions;
 * long double is the x87 80-bit format on x86_64 and x86 and equals double
 * on arm. Errors are reported as glibc does, both ways: errno (EDOM for a
 * domain error, ERANGE for a pole, an overflow or an underflow) and the
 * IEEE exception flags of <fenv.h>.
 */
#ifndef _MATH_H
#define _MATH_H

#define HUGE_VAL	(__builtin_huge_val())
#define HUGE_VALF	(__builtin_huge_valf())
#define HUGE_VALL	(__builtin_huge_vall())
#define INFINITY	(__builtin_inff())
#define NAN		(__builtin_nanf(""))

#define FP_NAN		0
#define FP_INFINITE	1
#define FP_ZERO		2
#define FP_SUBNORMAL	3
#define FP_NORMAL	4

/* What ilogb gives for 0 and for NaN: INT_MIN for both on x86 (where the
 * x87's fxtract set the convention), -INT_MAX and INT_MAX elsewhere. */
#if defined(__i386__) || defined(__x86_64__)
#define FP_ILOGB0	(-2147483647 - 1)
#define FP_ILOGBNAN	(-2147483647 - 1)
#else
#define FP_ILOGB0	(-2147483647)
#define FP_ILOGBNAN	2147483647
#endif

#define MATH_ERRNO	1
#define MATH_ERREXCEPT	2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)

#ifdef __FP_FAST_FMA
#define FP_FAST_FMA	1
#endif
#ifdef __FP_FAST_FMAF
#define FP_FAST_FMAF	1
#endif

/* The types in which float and double expressions are evaluated. */
#if defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ == 2
typedef long double float_t;
typedef long double double_t;
#elif defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ == 1
typedef double float_t;
typedef double double_t;
#else
typedef float float_t;
typedef double double_t;
#endif

#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, \
					   FP_SUBNORMAL, FP_ZERO, x)
#define isnan(x)	__builtin_isnan(x)
#define isinf(x)	__builtin_isinf_sign(x)
#define isfinite(x)	__builtin_isfinite(x)
#define isnormal(x)	__builtin_isnormal(x)
#define signbit(x)	__builtin_signbit(x)
#define isgreater(x, y)		__builtin_isgreater(x, y)
#define isgreaterequal(x, y)	__builtin_isgreaterequal(x, y)
#define isless(x, y)		__builtin_isless(x, y)
#define islessequal(x, y)	__builtin_islessequal(x, y)
#define islessgreater(x, y)	__builtin_islessgreater(x, y)
#define isunordered(x, y)	__builtin_isunordered(x, y)

/* The constants of POSIX and glibc, to double precision (and long double). */
#define M_E		2.7182818284590452354
#define M_LOG2E		1.4426950408889634074
#define M_LOG10E	0.43429448190325182765
#define M_LN2		0.69314718055994530942
#define M_LN10		2.30258509299404568402
#define M_PI		3.14159265358979323846
#define M_PI_2		1.57079632679489661923
#define M_PI_4		0.78539816339744830962
#define M_1_PI		0.31830988618379067154
#define M_2_PI		0.63661977236758134308
#define M_2_SQRTPI	1.12837916709551257390
#define M_SQRT2		1.41421356237309504880
#define M_SQRT1_2	0.70710678118654752440
#define M_El		2.718281828459045235360287471352662498L
#define M_LOG2El	1.442695040888963407359924681001892137L
#define M_LOG10El	0.434294481903251827651128918916605082L
#define M_LN2l		0.693147180559945309417232121458176568L
#define M_LN10l		2.302585092994045684017991454684364208L
#define M_PIl		3.141592653589793238462643383279502884L
#define M_PI_2l		1.570796326794896619231321691639751442L
#define M_PI_4l		0.785398163397448309615660845819875721L
#define M_1_PIl		0.318309886183790671537767526745028724L
#define M_2_PIl		0.636619772367581343075535053490057448L
#define M_2_SQRTPIl	1.128379167095512573896158903121545172L
#define M_SQRT2l	1.414213562373095048801688724209698079L
#define M_SQRT1_2l	0.707106781186547524400844362104849039L

#define MAXFLOAT	3.40282346638528859812e+38F

/* The declarations of one function in its three types. */
#define __BH_MATH1(name) \
	double name(double); float name##f(float); \
	long double name##l(long double)
#define __BH_MATH2(name) \
	double name(double, double); float name##f(float, float); \
	long double name##l(long double, long double)

/* Exact operations. */
__BH_MATH1(fabs);
__BH_MATH2(copysign);
__BH_MATH1(floor);
__BH_MATH1(ceil);
__BH_MATH1(trunc);
__BH_MATH1(round);
__BH_MATH1(rint);
__BH_MATH1(nearbyint);
long lround(double);
long lroundf(float);
long lroundl(long double);
long lrint(double);
long lrintf(float);
long lrintl(long double);
__extension__ long long llround(double);
__extension__ long long llroundf(float);
__extension__ long long llroundl(long double);
__extension__ long long llrint(double);
__extension__ long long llrintf(float);
__extension__ long long llrintl(long double);
double modf(double, double *);
float modff(float, float *);
long double modfl(long double, long double *);
double frexp(double, int *);
float frexpf(float, int *);
long double frexpl(long double, int *);
double ldexp(double, int);
float ldexpf(float, int);
long double ldexpl(long double, int);
double scalbn(double, int);
float scalbnf(float, int);
long double scalbnl(long double, int);
double scalbln(double, long);
float scalblnf(float, long);
long double scalblnl(long double, long);
int ilogb(double);
int ilogbf(float);
int ilogbl(long double);
__BH_MATH1(logb);
__BH_MATH2(nextafter);
double nexttoward(double, long double);
float nexttowardf(float, long double);
long double nexttowardl(long double, long double);
__BH_MATH2(fmod);
__BH_MATH2(remainder);
double remquo(double, double, int *);
float remquof(float, float, int *);
long double remquol(long double, long double, int *);
__BH_MATH2(fmin);
__BH_MATH2(fmax);
__BH_MATH2(fdim);
double fma(double, double, double);
float fmaf(float, float, float);
long double fmal(long double, long double, long double);
__BH_MATH1(sqrt);
double nan(const char *);
float nanf(const char *);
long double nanl(const char *);

/* Exponentials, logarithms and powers. */
__BH_MATH1(exp);
__BH_MATH1(exp2);
__BH_MATH1(expm1);
__BH_MATH1(log);
__BH_MATH1(log2);
__BH_MATH1(log10);
__BH_MATH1(log1p);
__BH_MATH2(pow);
__BH_MATH1(cbrt);
__BH_MATH2(hypot);

/* Trigonometric and hyperbolic functions. */
__BH_MATH1(sin);
__BH_MATH1(cos);
__BH_MATH1(tan);
__BH_MATH1(asin);
__BH_MATH1(acos);
__BH_MATH1(atan);
__BH_MATH2(atan2);
__BH_MATH1(sinh);
__BH_MATH1(cosh);
__BH_MATH1(tanh);
__BH_MATH1(asinh);
__BH_MATH1(acosh);
__BH_MATH1(atanh);

/* Special functions. */
__BH_MATH1(erf);
__BH_MATH1(erfc);
__BH_MATH1(tgamma);
__BH_MATH1(lgamma);

#if !defined(__STRICT_ANSI__) || (defined(_XOPEN_SOURCE) || \
	defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE))
/* The sign of the last lgamma's gamma (POSIX). */
extern int signgam;
__BH_MATH1(gamma);
double lgamma_r(double, int *);
float lgammaf_r(float, int *);
long double lgammal_r(long double, int *);
void sincos(double, double *, double *);
void sincosf(float, float *, float *);
void sincosl(long double, long double *, long double *);
__BH_MATH1(exp10);
__BH_MATH1(significand);
__BH_MATH2(drem);
int finite(double);
int finitef(float);
int finitel(long double);
#endif

#undef __BH_MATH1
#undef __BH_MATH2

#endif
