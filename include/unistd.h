#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>
#include <sys/types.h>

#define _POSIX_VERSION		200809L
#define _POSIX2_VERSION		200809L
#define _XOPEN_VERSION		700

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#define SEEK_DATA	3
#define SEEK_HOLE	4

/* For access and faccessat. */
#define F_OK		0
#define X_OK		1
#define W_OK		2
#define R_OK		4

/* For lockf. */
#define F_ULOCK		0
#define F_LOCK		1
#define F_TLOCK		2
#define F_TEST		3

/* Names for sysconf, with glibc's values. */
#define _SC_ARG_MAX		0
#define _SC_CHILD_MAX		1
#define _SC_CLK_TCK		2
#define _SC_NGROUPS_MAX		3
#define _SC_OPEN_MAX		4
#define _SC_STREAM_MAX		5
#define _SC_TZNAME_MAX		6
#define _SC_JOB_CONTROL		7
#define _SC_SAVED_IDS		8
#define _SC_VERSION		29
#define _SC_PAGESIZE		30
#define _SC_PAGE_SIZE		_SC_PAGESIZE
#define _SC_LINE_MAX		43
#define _SC_GETPW_R_SIZE_MAX	70
#define _SC_GETGR_R_SIZE_MAX	69
#define _SC_LOGIN_NAME_MAX	71
#define _SC_TTY_NAME_MAX	72
#define _SC_NPROCESSORS_CONF	83
#define _SC_NPROCESSORS_ONLN	84
#define _SC_PHYS_PAGES		85
#define _SC_AVPHYS_PAGES	86
#define _SC_HOST_NAME_MAX	180
#define _SC_SYMLOOP_MAX		173

/* Names for confstr. */
#define _CS_PATH		0

/* Names for pathconf and fpathconf, with glibc's values. */
#define _PC_LINK_MAX		0
#define _PC_MAX_CANON		1
#define _PC_MAX_INPUT		2
#define _PC_NAME_MAX		3
#define _PC_PATH_MAX		4
#define _PC_PIPE_BUF		5
#define _PC_CHOWN_RESTRICTED	6
#define _PC_NO_TRUNC		7
#define _PC_VDISABLE		8

extern char **environ;

/* Files and descriptors. */
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
ssize_t pread(int fd, void *buf, size_t n, off_t offset);
ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int dup(int fd);
int dup2(int oldfd, int newfd);
int dup3(int oldfd, int newfd, int flags);
int pipe(int fds[2]);
int pipe2(int fds[2], int flags);
int isatty(int fd);
char *ttyname(int fd);
int ttyname_r(int fd, char *buf, size_t n);
int truncate(const char *path, off_t length);
int ftruncate(int fd, off_t length);
int fsync(int fd);
int fdatasync(int fd);
void sync(void);
int lockf(int fd, int cmd, off_t len);
int getdtablesize(void);
long pathconf(const char *path, int name);
long fpathconf(int fd, int name);

/* Names in the file system. */
int access(const char *path, int mode);
int faccessat(int dirfd, const char *path, int mode, int flags);
int unlink(const char *path);
int unlinkat(int dirfd, const char *path, int flags);
int rmdir(const char *path);
int link(const char *oldpath, const char *newpath);
int linkat(int olddirfd, const char *oldpath, int newdirfd,
	   const char *newpath, int flags);
int symlink(const char *target, const char *path);
int symlinkat(const char *target, int dirfd, const char *path);
ssize_t readlink(const char *__restrict path, char *__restrict buf,
		 size_t n);
ssize_t readlinkat(int dirfd, const char *__restrict path,
		   char *__restrict buf, size_t n);
int chown(const char *path, uid_t uid, gid_t gid);
int fchown(int fd, uid_t uid, gid_t gid);
int lchown(const char *path, uid_t uid, gid_t gid);
int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags);
int chdir(const char *path);
int fchdir(int fd);
int chroot(const char *path);
char *getcwd(char *buf, size_t size);
char *get_current_dir_name(void);
int euidaccess(const char *path, int mode);
int eaccess(const char *path, int mode);
int syncfs(int fd);

/* Processes. */
pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t uid);
int setgid(gid_t gid);
int seteuid(uid_t uid);
int setegid(gid_t gid);
int setreuid(uid_t ruid, uid_t euid);
int setregid(gid_t rgid, gid_t egid);
int getgroups(int n, gid_t list[]);
int group_member(gid_t gid);
int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid);
int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid);
int setresuid(uid_t ruid, uid_t euid, uid_t suid);
int setresgid(gid_t rgid, gid_t egid, gid_t sgid);
pid_t gettid(void);
pid_t setsid(void);
pid_t getsid(pid_t pid);
int setpgid(pid_t pid, pid_t pgid);
pid_t getpgid(pid_t pid);
pid_t getpgrp(void);
int setpgrp(void);
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);
pid_t fork(void);
pid_t vfork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execvpe(const char *file, char *const argv[], char *const envp[]);
int execl(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);
int execle(const char *path, const char *arg, ...);
int nice(int inc);
int daemon(int nochdir, int noclose);
__attribute__((noreturn)) void _exit(int status);

/* Time. */
unsigned int sleep(unsigned int seconds);
int usleep(useconds_t usec);
unsigned int alarm(unsigned int seconds);
int pause(void);

/* The system. */
int gethostname(char *name, size_t n);
int sethostname(const char *name, size_t n);
int getdomainname(char *name, size_t n);
int setdomainname(const char *name, size_t n);
size_t confstr(int name, char *buf, size_t n);
char *getlogin(void);
int getentropy(void *buf, size_t n);
int getlogin_r(char *buf, size_t n);
int getpagesize(void);
int brk(void *addr);
void *sbrk(ptrdiff_t increment);
long sysconf(int name);
long syscall(long number, ...);

/* Options (lib/getopt/; getopt.h adds the long ones). */
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);

#define pread64		pread
#define pwrite64	pwrite
#define lseek64		lseek
#define truncate64	truncate
#define ftruncate64	ftruncate
#define lockf64		lockf

#endif
