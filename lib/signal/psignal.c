/* psignal: "s: description" on stderr, worded as glibc, which names only
 * signals 1..31 here and calls every other one unknown. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

void psignal(int sig, const char *s)
{
	const char *colon = s && *s ? ": " : "";

	if (!s)
		s = "";
	if (sig >= 1 && sig <= 31)
		fprintf(stderr, "%s%s%s\n", s, colon, strsignal(sig));
	else
		fprintf(stderr, "%s%sUnknown signal %d\n", s, colon, sig);
}
