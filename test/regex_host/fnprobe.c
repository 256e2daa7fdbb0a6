/* fnmatch cases, one a line: FLAGS <tab> PATTERN <tab> STRING; prints the
 * result. FLAGS: N noescape, P pathname, D period, L leading dir,
 * C casefold, - none. */
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	static char line[4096];

	while (fgets(line, sizeof line, stdin)) {
		char *pat, *str, *f;
		int flags = 0;

		line[strcspn(line, "\n")] = 0;
		pat = strchr(line, '\t');
		if (!pat)
			continue;
		*pat++ = 0;
		str = strchr(pat, '\t');
		if (!str)
			continue;
		*str++ = 0;
		for (f = line; *f; f++)
			switch (*f) {
			case 'N': flags |= FNM_NOESCAPE; break;
			case 'P': flags |= FNM_PATHNAME; break;
			case 'D': flags |= FNM_PERIOD; break;
			case 'L': flags |= FNM_LEADING_DIR; break;
			case 'C': flags |= FNM_CASEFOLD; break;
			}
		printf("%d\n", fnmatch(pat, str, flags));
	}
	return 0;
}
