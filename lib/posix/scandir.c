/* scandir and alphasort. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "lib/posix/dir.h"

static struct dirent *copy_entry(const struct dirent *ent)
{
	size_t need = offsetof(struct dirent, d_name) + strlen(ent->d_name) + 1;
	size_t n = ent->d_reclen > need ? ent->d_reclen : need;
	struct dirent *copy = malloc(n);

	if (copy)
		memcpy(copy, ent, n);
	return copy;
}

static void free_list(struct dirent **list, size_t n)
{
	while (n)
		free(list[--n]);
	free(list);
}

int scandir(const char *path, struct dirent ***result,
	    int (*filter)(const struct dirent *),
	    int (*compare)(const struct dirent **, const struct dirent **))
{
	DIR *dir = opendir(path);
	struct dirent **list = NULL, **grown, *ent;
	size_t n = 0, cap = 0;
	int saved = errno, err;

	if (!dir)
		return -1;
	for (;;) {
		errno = 0;
		ent = readdir(dir);
		if (!ent)
			break;
		if (filter && !filter(ent))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			grown = realloc(list, cap * sizeof(*list));
			if (!grown)
				goto fail;
			list = grown;
		}
		list[n] = copy_entry(ent);
		if (!list[n])
			goto fail;
		n++;
	}
	if (errno)
		goto fail;
	closedir(dir);
	errno = saved;
	if (compare && n > 1)
		qsort(list, n, sizeof(*list),
		      (int (*)(const void *, const void *))compare);
	*result = list;
	return (int)n;
fail:
	err = errno ? errno : ENOMEM;
	free_list(list, n);
	closedir(dir);
	errno = err;
	return -1;
}

/* In the C locale, the only one, strcoll is strcmp. */
int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}
