/* Processes and the system: fork and wait, ids and sessions, names,
 * sysconf, sleeping and clocks, usage, scheduling, polling, timers, and
 * what a non-terminal says to the terminal calls. */
#define _GNU_SOURCE	/* glibc's declarations, to check the answers */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static void test_fork_wait(void)
{
	struct rusage ru;
	int status = 0;
	pid_t pid, got;

	pid = fork();
	if (pid == 0) {
		volatile unsigned long spin = 0;

		while (spin < 20000000)
			spin++;
		_exit(42);
	}
	CHECK(pid > 0);
	memset(&ru, 0xff, sizeof(ru));
	got = wait4(pid, &status, 0, &ru);
	CHECK_INT(got, pid);
	CHECK(WIFEXITED(status));
	CHECK_INT(WEXITSTATUS(status), 42);
	CHECK(!WIFSIGNALED(status));
	CHECK(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
	CHECK(ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_sec < 100);
	CHECK(ru.ru_maxrss >= 0);	/* filled in (0 for a tiny child) */
	CHECK(ru.ru_nivcsw >= 0);	/* the last field too */

	pid = vfork();
	if (pid == 0)
		_exit(3);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 3);

	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	CHECK_INT(waitpid(pid, &status, WNOHANG), 0);
	CHECK_INT(kill(pid, SIGTERM), 0);
	CHECK_INT(wait(&status), pid);
	CHECK(WIFSIGNALED(status));
	CHECK_INT(WTERMSIG(status), SIGTERM);
	pid = fork();
	if (pid == 0)
		_exit(9);
	{
		siginfo_t si;

		memset(&si, 0, sizeof(si));
		CHECK_INT(waitid(P_PID, (id_t)pid, &si, WEXITED), 0);
		CHECK_INT(si.si_pid, pid);
		CHECK_INT(si.si_signo, SIGCHLD);
		CHECK_INT(si.si_code, CLD_EXITED);
		CHECK_INT(si.si_status, 9);
	}
	errno = 0;
	CHECK_INT(wait(&status), -1);
	CHECK_INT(errno, ECHILD);
	errno = 0;
	CHECK_INT(waitpid(-1, &status, WNOHANG), -1);
	CHECK_INT(errno, ECHILD);
}

static void test_ids(void)
{
	gid_t groups[256];
	pid_t pid;
	int status;

	CHECK(getppid() > 0);
	CHECK_INT(getuid(), geteuid());
	CHECK_INT(getgid(), getegid());
	CHECK(getgroups(256, groups) >= 0);
	CHECK_INT(setuid(getuid()), 0);
	CHECK_INT(setgid(getgid()), 0);
	CHECK_INT(getpgrp(), getpgid(0));
	CHECK_INT(getsid(0), getsid(getpid()));
	errno = 0;
	CHECK_INT(getpgid(-5), -1);
	CHECK_INT(errno, ESRCH);
	errno = 0;
	CHECK_INT(getsid(999999999), -1);
	CHECK_INT(errno, ESRCH);

	/* a child makes its own session; a leader cannot make another */
	pid = fork();
	if (pid == 0) {
		pid_t sid = setsid();

		if (sid != getpid() || getsid(0) != sid || getpgrp() != sid)
			_exit(1);
		if (setsid() != -1 || errno != EPERM)
			_exit(2);
		_exit(0);
	}
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 0);
	pid = fork();
	if (pid == 0)
		_exit(setpgid(0, 0) == 0 && getpgrp() == getpid() ? 0 : 1);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 0);
}

static void test_names(void)
{
	struct utsname u;
	char host[256], tiny[1];

	CHECK_INT(uname(&u), 0);
	CHECK_STR(u.sysname, "Linux");
	CHECK(u.release[0] >= '1' && u.release[0] <= '9');
	CHECK(u.machine[0] != '\0');
	CHECK_INT(gethostname(host, sizeof(host)), 0);
	CHECK_STR(host, u.nodename);
	errno = 0;
	CHECK_INT(gethostname(tiny, sizeof(tiny)), -1);
	CHECK_INT(errno, ENAMETOOLONG);
}

static void test_sysconf(void)
{
	struct rlimit rl;
	long n;

	CHECK_INT(sysconf(_SC_PAGESIZE), getpagesize());
	CHECK_INT(sysconf(_SC_CLK_TCK), 100);
	CHECK(sysconf(_SC_ARG_MAX) >= 131072);
	CHECK_INT(getrlimit(RLIMIT_NOFILE, &rl), 0);
	CHECK_INT(sysconf(_SC_OPEN_MAX), (long)rl.rlim_cur);
	CHECK_INT(getdtablesize(), (int)rl.rlim_cur);
	n = sysconf(_SC_NPROCESSORS_ONLN);
	CHECK(n >= 1 && n <= 4096);
	CHECK(sysconf(_SC_NPROCESSORS_CONF) >= n);
	CHECK(sysconf(_SC_PHYS_PAGES) > 1000);
	CHECK(sysconf(_SC_AVPHYS_PAGES) > 0);
	CHECK(sysconf(_SC_AVPHYS_PAGES) <= sysconf(_SC_PHYS_PAGES));
	CHECK_INT(sysconf(_SC_NGROUPS_MAX), 65536);
	CHECK_INT(sysconf(_SC_VERSION), 200809);
	CHECK_INT(sysconf(_SC_LINE_MAX), 2048);
	CHECK_INT(sysconf(_SC_HOST_NAME_MAX), 64);
	CHECK_INT(sysconf(_SC_LOGIN_NAME_MAX), 256);
	CHECK_INT(sysconf(_SC_TTY_NAME_MAX), 32);
	CHECK_INT(sysconf(_SC_STREAM_MAX), 16);
	CHECK_INT(sysconf(_SC_JOB_CONTROL), 1);
	errno = 0;
	CHECK_INT(sysconf(-1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(sysconf(100000), -1);
	CHECK_INT(errno, EINVAL);
}

static void test_time(void)
{
	struct timeval a, b, d;
	struct timezone tz;
	struct timespec now;
	struct tms t;

	CHECK_INT(gettimeofday(&a, NULL), 0);
	CHECK(a.tv_sec > 1600000000);
	CHECK(a.tv_usec >= 0 && a.tv_usec < 1000000);
	CHECK_INT(clock_gettime(CLOCK_REALTIME, &now), 0);
	CHECK(now.tv_sec - a.tv_sec <= 1);
	CHECK_INT(gettimeofday(&a, &tz), 0);
	CHECK_INT(usleep(20000), 0);
	CHECK_INT(sleep(0), 0);
	CHECK_INT(gettimeofday(&b, NULL), 0);
	timersub(&b, &a, &d);
	CHECK(d.tv_sec > 0 || d.tv_usec >= 19000);
	CHECK(timercmp(&a, &b, <));
	timeradd(&a, &d, &d);
	CHECK(!timercmp(&d, &b, !=));
	CHECK(times(&t) != (clock_t)-1);
	CHECK(t.tms_utime >= 0);
	errno = 0;
	CHECK_INT(settimeofday(&a, &tz), -1);
	CHECK_INT(errno, EINVAL);
}

/* Since Linux 6.2 the kernel counts resident pages per CPU and adds them
 * up in batches of 32 or more: a process as small as this one may read a
 * maximum resident size of 0 KiB. 2 MiB touched count on any kernel. */
static char touched[2 << 20];

static void test_usage_sched(void)
{
	struct rusage ru;
	cpu_set_t set;
	char name[16];
	int prio;

	memset(touched, 1, sizeof(touched));
	CHECK_INT(getrusage(RUSAGE_SELF, &ru), 0);
	CHECK(ru.ru_maxrss >= 1024);
	CHECK_INT(touched[sizeof(touched) - 1], 1);
	CHECK(ru.ru_stime.tv_usec >= 0 && ru.ru_stime.tv_usec < 1000000);
	CHECK_INT(getrusage(RUSAGE_CHILDREN, &ru), 0);
	errno = 0;
	CHECK_INT(getrusage(5, &ru), -1);
	CHECK_INT(errno, EINVAL);

	errno = 0;
	prio = getpriority(PRIO_PROCESS, 0);
	CHECK_INT(errno, 0);
	CHECK(prio >= -20 && prio <= 19);
	CHECK_INT(nice(1), prio + 1);
	CHECK_INT(getpriority(PRIO_PROCESS, 0), prio + 1);
	CHECK_INT(setpriority(PRIO_PROCESS, 0, prio + 2), 0);
	CHECK_INT(getpriority(PRIO_PROCESS, 0), prio + 2);

	CHECK_INT(sched_yield(), 0);
	CHECK_INT(sched_getaffinity(0, sizeof(set), &set), 0);
	CHECK(CPU_COUNT(&set) >= 1);
	CHECK(CPU_COUNT(&set) <= sysconf(_SC_NPROCESSORS_CONF));
	CHECK_INT(sched_get_priority_max(SCHED_FIFO), 99);
	CHECK_INT(sched_get_priority_min(SCHED_FIFO), 1);
	CHECK_INT(sched_getscheduler(0), SCHED_OTHER);

	CHECK_INT(prctl(PR_SET_NAME, "posix-proc", 0, 0, 0), 0);
	CHECK_INT(prctl(PR_GET_NAME, name, 0, 0, 0), 0);
	CHECK_STR(name, "posix-proc");
	errno = 0;
	CHECK_INT(prctl(-1, 0, 0, 0, 0), -1);
	CHECK_INT(errno, EINVAL);
}

static void test_poll_select(void)
{
	struct pollfd pfd[2];
	struct timeval tv = { 0, 10000 };
	struct timespec ts = { 0, 10000000 };
	fd_set r, w;
	int fds[2];

	CHECK_INT(pipe(fds), 0);
	pfd[0] = (struct pollfd){ fds[0], POLLIN, 0 };
	pfd[1] = (struct pollfd){ fds[1], POLLOUT, 0 };
	CHECK_INT(poll(pfd, 2, 0), 1);
	CHECK_INT(pfd[0].revents, 0);
	CHECK_INT(pfd[1].revents, POLLOUT);
	CHECK_INT(poll(pfd, 1, 10), 0);
	CHECK_INT(ppoll(pfd, 1, &ts, NULL), 0);
	CHECK_INT(write(fds[1], "x", 1), 1);
	CHECK_INT(poll(pfd, 1, -1), 1);
	CHECK_INT(pfd[0].revents, POLLIN);
	CHECK_INT(ppoll(pfd, 1, NULL, NULL), 1);

	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(fds[0], &r);
	FD_SET(fds[1], &w);
	CHECK(FD_ISSET(fds[0], &r));
	CHECK(!FD_ISSET(fds[1], &r));
	CHECK_INT(select(fds[1] + 1, &r, &w, NULL, &tv), 2);
	CHECK(FD_ISSET(fds[0], &r));
	CHECK(FD_ISSET(fds[1], &w));
	CHECK_INT(read(fds[0], (char[1]){ 0 }, 1), 1);
	FD_ZERO(&r);
	FD_SET(fds[0], &r);
	tv = (struct timeval){ 0, 20000 };
	CHECK_INT(select(fds[0] + 1, &r, NULL, NULL, &tv), 0);
	CHECK(!FD_ISSET(fds[0], &r));
	CHECK_INT(tv.tv_sec, 0);
	CHECK_INT(tv.tv_usec, 0);	/* Linux says how much time is left */
	FD_SET(fds[0], &r);
	CHECK_INT(pselect(fds[0] + 1, &r, NULL, NULL, &ts, NULL), 0);
	CHECK_INT(ts.tv_nsec, 10000000);	/* pselect leaves it */
	tv = (struct timeval){ -1, 0 };
	errno = 0;
	CHECK_INT(select(1, NULL, NULL, NULL, &tv), -1);
	CHECK_INT(errno, EINVAL);
	ts = (struct timespec){ 0, 1000000000 };
	errno = 0;
	CHECK_INT(ppoll(pfd, 1, &ts, NULL), -1);
	CHECK_INT(errno, EINVAL);
	pfd[0].fd = 1000;
	CHECK_INT(poll(pfd, 1, 0), 1);
	CHECK_INT(pfd[0].revents, POLLNVAL);
	close(fds[0]);
	close(fds[1]);
}

static volatile int alarms;

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

static void test_itimer(void)
{
	struct itimerval v = { { 0, 0 }, { 100, 0 } }, old;

	CHECK_INT(setitimer(ITIMER_REAL, &v, NULL), 0);
	CHECK_INT(getitimer(ITIMER_REAL, &old), 0);
	CHECK(old.it_value.tv_sec <= 100 && old.it_value.tv_sec >= 98);
	CHECK(old.it_value.tv_usec >= 0 && old.it_value.tv_usec < 1000000);
	CHECK_INT(alarm(0), 100);
	signal(SIGALRM, on_alarm);
	v = (struct itimerval){ { 0, 0 }, { 0, 20000 } };
	CHECK_INT(setitimer(ITIMER_REAL, &v, &old), 0);
	CHECK_INT(old.it_value.tv_sec, 0);
	CHECK_INT(old.it_value.tv_usec, 0);
	while (!alarms)
		pause();
	CHECK_INT(alarms, 1);
	errno = 0;
	CHECK_INT(setitimer(99, &v, NULL), -1);
	CHECK_INT(errno, EINVAL);
}

static void test_not_a_tty(void)
{
	struct termios t;
	char buf[64];
	struct winsize ws;
	int fds[2], fd;

	CHECK_INT(pipe(fds), 0);
	fd = fds[0];
	CHECK_INT(isatty(fd), 0);
	CHECK_INT(errno, ENOTTY);
	errno = 0;
	CHECK_INT(isatty(-1), 0);
	CHECK_INT(errno, EBADF);
	errno = 0;
	CHECK_INT(tcgetattr(fd, &t), -1);
	CHECK_INT(errno, ENOTTY);
	errno = 0;
	CHECK(ttyname(fd) == NULL);
	CHECK_INT(errno, ENOTTY);
	CHECK_INT(ttyname_r(fd, buf, sizeof(buf)), ENOTTY);
	CHECK_INT(ttyname_r(-1, buf, sizeof(buf)), EBADF);
	errno = 0;
	CHECK_INT(ioctl(fd, TIOCGWINSZ, &ws), -1);
	CHECK_INT(errno, ENOTTY);
	errno = 0;
	CHECK_INT(tcgetpgrp(fd), -1);
	CHECK_INT(errno, ENOTTY);
	errno = 0;
	CHECK_INT(tcsetattr(fd, 99, &t), -1);
	CHECK_INT(errno, EINVAL);

	/* the speed functions work on any struct termios */
	memset(&t, 0, sizeof(t));
	t.c_cflag = CS8 | CREAD;
	CHECK_INT(cfsetospeed(&t, B9600), 0);
	CHECK_INT(cfgetospeed(&t), B9600);
	CHECK_INT(cfsetispeed(&t, B115200), 0);
	CHECK_INT(cfgetispeed(&t), B115200);
	CHECK_INT(cfsetspeed(&t, B38400), 0);
	CHECK_INT(cfgetospeed(&t), B38400);
	CHECK_INT(t.c_cflag & ~CBAUD, CS8 | CREAD);
	errno = 0;
	CHECK_INT(cfsetospeed(&t, 12345), -1);
	CHECK_INT(errno, EINVAL);
	t.c_iflag = ICRNL | IXON | IUTF8;
	t.c_lflag = ICANON | ECHO | ISIG | IEXTEN;
	t.c_oflag = OPOST | ONLCR;
	cfmakeraw(&t);
	CHECK_INT(t.c_iflag, IUTF8);
	CHECK_INT(t.c_lflag, 0);
	CHECK_INT(t.c_oflag, ONLCR);
	CHECK_INT(t.c_cflag & CSIZE, CS8);
	CHECK_INT(t.c_cc[VMIN], 1);
	CHECK_INT(t.c_cc[VTIME], 0);
	close(fds[0]);
	close(fds[1]);
}

int main(void)
{
	test_fork_wait();
	test_ids();
	test_names();
	test_sysconf();
	test_time();
	test_usage_sched();
	test_poll_select();
	test_itimer();
	test_not_a_tty();
	return check_done();
}
