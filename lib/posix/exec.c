/* execv and the list forms execl, execle, execlp: arguments gathered into
 * an array on the stack, then execve or execvp. */
#include <stdarg.h>
#include <unistd.h>

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

/* Counts arg and the arguments after it up to the terminating NULL. */
static size_t count_args(const char *arg, va_list ap)
{
	size_t n = 1;
	va_list aq;

	va_copy(aq, ap);
	if (arg)
		while (va_arg(aq, char *))
			n++;
	va_end(aq);
	return n;
}

#define GATHER_ARGS(argv, arg, ap) do {					\
	size_t i_ = 1;							\
	(argv)[0] = (char *)(arg);					\
	if (arg)							\
		while (((argv)[i_] = va_arg(ap, char *)) != NULL)	\
			i_++;						\
	else								\
		(argv)[1] = NULL;					\
} while (0)

int execl(const char *path, const char *arg, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, arg);
	n = count_args(arg, ap);
	{
		char *argv[n + 1];

		GATHER_ARGS(argv, arg, ap);
		va_end(ap);
		return execve(path, argv, environ);
	}
}

int execle(const char *path, const char *arg, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, arg);
	n = count_args(arg, ap);
	{
		char *argv[n + 1];
		char *const *envp;

		GATHER_ARGS(argv, arg, ap);
		envp = va_arg(ap, char *const *);	/* after the NULL */
		va_end(ap);
		return execve(path, argv, envp);
	}
}

int execlp(const char *file, const char *arg, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, arg);
	n = count_args(arg, ap);
	{
		char *argv[n + 1];

		GATHER_ARGS(argv, arg, ap);
		va_end(ap);
		return execvp(file, argv);
	}
}
