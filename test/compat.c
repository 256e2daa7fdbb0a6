/*
 * An ordinary C program whose output must be the same built with host
 * gcc + glibc and built with bareheap: some formatting, string work and
 * number parsing, then the byte count and first line of the file named by
 * argv[1].
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Cutting output short is part of what is shown. */
#pragma GCC diagnostic ignored "-Wformat-truncation"
#pragma GCC diagnostic ignored "-Wstringop-truncation"

static char data[65536];

static void show_numbers(void)
{
	static const char *const inputs[] = {
		"42", "  -17", "0x1f", "0755", "12abc", "", "2147483647",
		"-2147483648", "9999999999999999999999",
	};
	size_t i;

	for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		char *end;
		long v;

		errno = 0;
		v = strtol(inputs[i], &end, 0);
		printf("strtol(\"%s\", 0) = %ld, used %d, %s\n", inputs[i],
		       v > 2147483647L ? 2147483647L : v < -2147483647L - 1 ?
		       -2147483647L - 1 : v, (int)(end - inputs[i]),
		       errno == ERANGE ? "ERANGE" : "ok");
	}
	printf("atoi: %d %d %d\n", atoi("123"), atoi(" -45x"), atoi("x"));
}

static void show_formatting(void)
{
	char line[64];
	int n;

	printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42);
	printf("[%x] [%X] [%#x] [%o] [%#o] [%u]\n", 48879u, 48879u, 48879u,
	       8u, 8u, 4000000000u);
	printf("[%lld] [%llu] [%.3d] [%.0d]\n", -9223372036854775807LL - 1,
	       18446744073709551615ULL, 7, 0);
	printf("[%s] [%10s] [%-10s] [%.3s] [%c%c]\n", "str", "right", "left",
	       "truncate", 'o', 'k');
	printf("[%*d] [%-*d] [%.*s]\n", 6, 1, 6, 2, 2, "xyz");
	printf("[%hhd] [%hu] [%zu] [%%]\n", 200, 70000, sizeof(int));

	n = snprintf(line, sizeof line, "%s-%04d-%c", "id", 17, 'Z');
	printf("snprintf: \"%s\" (%d)\n", line, n);
	n = snprintf(line, 8, "%s", "a long string that is cut");
	printf("snprintf cut: \"%s\" (%d)\n", line, n);
	n = snprintf(NULL, 0, "%d%d%d", 100, 200, 300);
	printf("snprintf measure: %d\n", n);
}

static void show_strings(void)
{
	char buf[64];
	const char *text = "the quick brown fox jumps";

	strcpy(buf, "alpha");
	strcat(buf, "-beta");
	strncat(buf, "-gamma-delta", 6);
	printf("built: %s (%d)\n", buf, (int)strlen(buf));
	printf("strchr: %s\n", strchr(text, 'q'));
	printf("strrchr: %s\n", strrchr(text, 'o'));
	printf("strstr: %s\n", strstr(text, "brown"));
	printf("strspn: %d strcspn: %d\n", (int)strspn(text, "the "),
	       (int)strcspn(text, "xyz"));
	printf("strcmp: %d %d %d\n", strcmp("abc", "abd") < 0,
	       strcmp("b", "a") > 0, strcmp("same", "same") == 0);
	printf("strncmp: %d\n", strncmp("prefix-one", "prefix-two", 7) == 0);
	memset(buf, '*', 10);
	buf[10] = '\0';
	printf("memset: %s\n", buf);
	memcpy(buf, "0123456789", 10);
	printf("memcpy: %s memcmp: %d\n", buf, memcmp(buf, "0123", 4) == 0);
	memmove(buf + 2, buf, 5);
	printf("memmove: %s\n", buf);
	printf("strerror(ENOENT): %s\n", strerror(ENOENT));
}

static int show_file(const char *path)
{
	long total = 0;
	size_t first_len;
	ssize_t r;
	int fd = open(path, O_RDONLY);

	if (fd < 0) {
		printf("open failed: %s\n", strerror(errno));
		return 1;
	}
	first_len = 0;
	while ((r = read(fd, data, sizeof data)) > 0) {
		if (total == 0) {
			char *nl = memchr(data, '\n', (size_t)r);

			first_len = nl ? (size_t)(nl - data) : (size_t)r;
			if (first_len > 200)
				first_len = 200;
			printf("first line: \"%.*s\"\n", (int)first_len, data);
		}
		total += r;
	}
	close(fd);
	if (r < 0) {
		printf("read failed: %s\n", strerror(errno));
		return 1;
	}
	printf("bytes: %ld\n", total);
	return 0;
}

int main(int argc, char **argv)
{
	show_numbers();
	show_formatting();
	show_strings();
	if (argc < 2) {
		printf("usage: compat FILE\n");
		return 2;
	}
	return show_file(argv[1]);
}
