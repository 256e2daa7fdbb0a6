#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

/* The kernel's linux_dirent64, which readdir hands out as it came. */
struct dirent {
	ino_t d_ino;
	off_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[256];
};
#define d_fileno	d_ino
#define _DIRENT_HAVE_D_RECLEN
#define _DIRENT_HAVE_D_OFF
#define _DIRENT_HAVE_D_TYPE

/* Values of d_type. */
#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12
#define DT_WHT		14
#define IFTODT(mode)	(((mode) & 0170000) >> 12)
#define DTTOIF(type)	((type) << 12)

typedef struct __dirstream DIR;

DIR *opendir(const char *path);
DIR *fdopendir(int fd);
int closedir(DIR *dir);
struct dirent *readdir(DIR *dir);
int readdir_r(DIR *__restrict dir, struct dirent *__restrict entry,
	      struct dirent **__restrict result);
void rewinddir(DIR *dir);
void seekdir(DIR *dir, long pos);
long telldir(DIR *dir);
int dirfd(DIR *dir);
int scandir(const char *__restrict path, struct dirent ***__restrict list,
	    int (*filter)(const struct dirent *),
	    int (*compare)(const struct dirent **, const struct dirent **));
int alphasort(const struct dirent **a, const struct dirent **b);
ssize_t getdents64(int fd, void *buf, size_t n);

/* Programs that ask for the large-file names get the same calls. */
#define dirent64	dirent
#define readdir64	readdir
#define readdir64_r	readdir_r
#define scandir64	scandir
#define alphasort64	alphasort

#endif
