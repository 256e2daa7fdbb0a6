#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

/* 64-bit sizes, offsets, inodes and times on every target, as glibc with
 * _FILE_OFFSET_BITS=64 and _TIME_BITS=64. */
typedef long ssize_t;
__extension__ typedef long long off_t;
__extension__ typedef long long off64_t;
__extension__ typedef long long loff_t;
typedef int pid_t;
typedef unsigned int mode_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int id_t;
__extension__ typedef unsigned long long dev_t;
__extension__ typedef unsigned long long ino_t;
__extension__ typedef unsigned long long ino64_t;
#if defined(__x86_64__)
typedef unsigned long nlink_t;
#else
typedef unsigned int nlink_t;
#endif
typedef long blksize_t;
__extension__ typedef long long blkcnt_t;
__extension__ typedef long long blkcnt64_t;
__extension__ typedef unsigned long long fsblkcnt_t;
__extension__ typedef unsigned long long fsfilcnt_t;
typedef unsigned int useconds_t;
typedef long suseconds_t;
#ifndef __bareheap_clock_t_defined
#define __bareheap_clock_t_defined
typedef long clock_t;
#endif
typedef int key_t;
typedef char *caddr_t;
#ifndef __bareheap_time_t_defined
#define __bareheap_time_t_defined
__extension__ typedef long long time_t;
#endif

/* The BSD names older programs still use. */
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned char u_int8_t;
typedef unsigned short u_int16_t;
typedef unsigned int u_int32_t;
__extension__ typedef unsigned long long u_int64_t;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;

#endif
