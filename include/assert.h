/* No include guard: each inclusion follows NDEBUG anew, as ISO C says. */
#undef assert

#ifdef NDEBUG
#define assert(expr)	((void)0)
#else
/* Writes "prog: file:line: func: Assertion `expr' failed." to stderr, then
 * aborts (glibc's words). */
__attribute__((noreturn)) void __assert_fail(const char *expr,
					     const char *file,
					     unsigned int line,
					     const char *func);
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define __BH_ASSERT_FUNC	__func__
#else
#define __BH_ASSERT_FUNC	__extension__ __FUNCTION__
#endif
#define assert(expr)							\
	((expr) ? (void)0 :						\
	 __assert_fail(#expr, __FILE__, __LINE__, __BH_ASSERT_FUNC))
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && \
	!defined(__cplusplus) && !defined(static_assert)
#define static_assert	_Static_assert
#endif
