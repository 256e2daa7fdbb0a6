#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>
#include <sys/types.h>

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#define _SC_PAGESIZE	30
#define _SC_PAGE_SIZE	_SC_PAGESIZE

extern char **environ;

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
pid_t getpid(void);
pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int dup2(int oldfd, int newfd);
int pipe(int fds[2]);
int getpagesize(void);
long sysconf(int name);
__attribute__((noreturn)) void _exit(int status);
long syscall(long number, ...);

#endif
