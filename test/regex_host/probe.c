/*
 * Reads regex cases, one a line: FLAGS <tab> PATTERN <tab> SUBJECT, and
 * prints what regcomp and regexec answered. Built with the host's gcc
 * (glibc) and with bareheap-cc, the two outputs must be the same
 * (test/regex_host/compare runs both). In PATTERN and SUBJECT, %n is a
 * newline, %t a tab, %% a percent sign. FLAGS: E extended, I icase,
 * N newline, S nosub, b notbol, e noteol, - none. With -f (for glibc,
 * whose matcher is exponential on some patterns) each case runs in a
 * child process given 5 seconds; a case that takes longer prints
 * "timeout".
 */
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void unescape(char *s)
{
	char *d = s;

	for (; *s; s++) {
		if (*s == '%' && s[1]) {
			s++;
			*d++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
		} else {
			*d++ = *s;
		}
	}
	*d = 0;
}

static void run(char *line);

int main(int argc, char **argv)
{
	static char line[8192];
	int forking = argc > 1 && strcmp(argv[1], "-f") == 0, status;
	pid_t pid;

	while (fgets(line, sizeof line, stdin)) {
		if (!forking) {
			run(line);
			continue;
		}
		fflush(stdout);
		pid = fork();
		if (pid == 0) {
			alarm(5);
			run(line);
			fflush(stdout);
			_exit(0);
		}
		if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
			printf("timeout\n");
	}
	return 0;
}

static void run(char *line)
{
	{
		char *pat, *subj, *f, *nl;
		int cflags = 0, eflags = 0, rc, i;
		regex_t re;
		regmatch_t m[10];
		char err[200];

		nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		pat = strchr(line, '\t');
		if (!pat)
			return;
		*pat++ = 0;
		subj = strchr(pat, '\t');
		if (subj)
			*subj++ = 0;
		else
			subj = pat + strlen(pat);
		unescape(pat);
		unescape(subj);
		for (f = line; *f; f++) {
			switch (*f) {
			case 'E': cflags |= REG_EXTENDED; break;
			case 'I': cflags |= REG_ICASE; break;
			case 'N': cflags |= REG_NEWLINE; break;
			case 'S': cflags |= REG_NOSUB; break;
			case 'b': eflags |= REG_NOTBOL; break;
			case 'e': eflags |= REG_NOTEOL; break;
			}
		}
		rc = regcomp(&re, pat, cflags);
		if (rc) {
			regerror(rc, &re, err, sizeof err);
			printf("comp=%d %s\n", rc, err);
			return;
		}
		for (i = 0; i < 10; i++)
			m[i].rm_so = m[i].rm_eo = -7;
		rc = regexec(&re, subj, 10, m, eflags);
		printf("n=%d r=%d", (int)re.re_nsub, rc);
		if (rc == 0 && !(cflags & REG_NOSUB))
			for (i = 0; i <= (int)re.re_nsub && i < 10; i++)
				printf(" %d,%d", (int)m[i].rm_so, (int)m[i].rm_eo);
		printf("\n");
		regfree(&re);
	}
}
