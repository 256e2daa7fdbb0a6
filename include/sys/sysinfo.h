#ifndef _SYS_SYSINFO_H
#define _SYS_SYSINFO_H

/* The kernel's struct sysinfo; memory sizes are in units of mem_unit. */
struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
#if !defined(__LP64__)
	char _f[8];	/* pads to the 64-bit layout's size */
#endif
};

int sysinfo(struct sysinfo *info);
int get_nprocs(void);
int get_nprocs_conf(void);
long get_phys_pages(void);
long get_avphys_pages(void);

#endif
