/*
 * The local zone: tzset() loads it from TZ (see time_impl.h) when TZ has
 * changed since the last load, and sets tzname, timezone and daylight.
 * zone_at() answers for one time: before a table's first transition the
 * first type holds, past its last the footer's rule, between them the
 * transition at or before the time.
 */
#include <stdlib.h>
#include <string.h>
#include "lib/time/time_impl.h"

char *tzname[2] = { (char *)"UTC", (char *)"UTC" };
long timezone;
int daylight;

static struct zone zone;
static int loaded;
static char *loaded_tz;	/* the TZ value loaded, NULL when TZ was unset */
static long table_timezone;	/* timezone and daylight from a table */
static int table_daylight;

static void set_utc(const char *name)
{
	memset(&zone, 0, sizeof(zone));
	zone.has_posix = 1;
	zone.posix.std_name = zone.posix.dst_name = tz_intern(name,
							      strlen(name));
}

static void note_posix(const struct posix_zone *pz)
{
	tzname[0] = (char *)pz->std_name;
	tzname[1] = (char *)(pz->has_dst ? pz->dst_name : pz->std_name);
	timezone = -pz->std_off;
	daylight = pz->has_dst;
}

/* As glibc: the names of the last standard and DST types the table
 * reaches, the standard one's offset, and whether the two differ. */
static void note_table(const struct zone *z)
{
	const struct tz_type *last[2] = { NULL, NULL };

	for (int i = z->timecnt; i-- > 0;) {
		const struct tz_type *t = &z->types[z->trans_type[i]];

		if (!last[t->isdst]) {
			last[t->isdst] = t;
			if (last[!t->isdst])
				break;
		}
	}
	if (!last[0])
		last[0] = &z->types[0];
	if (!last[1])
		last[1] = last[0];
	tzname[0] = (char *)last[0]->abbr;
	tzname[1] = (char *)last[1]->abbr;
	table_timezone = timezone = -last[0]->utoff;
	table_daylight = daylight = last[0]->utoff != last[1]->utoff;
}

static int load_file(const char *name)
{
	const char *dir = getenv("TZDIR");
	char path[512];
	size_t dn, nn = strlen(name);

	if (name[0] == '/') {
		if (nn >= sizeof(path))
			return -1;
		memcpy(path, name, nn + 1);
	} else {
		if (!dir || !*dir)
			dir = "/usr/share/zoneinfo";
		dn = strlen(dir);
		if (dn + nn + 2 > sizeof(path) || strstr(name, "../"))
			return -1;
		memcpy(path, dir, dn);
		path[dn] = '/';
		memcpy(path + dn + 1, name, nn + 1);
	}
	return load_tzif(path, &zone);
}

static void load(const char *tz)
{
	free(zone.trans);
	free(zone.trans_type);
	free(zone.types);
	memset(&zone, 0, sizeof(zone));
	if (tz && *tz == ':')
		tz++;
	if (!tz) {
		if (load_file("/etc/localtime") < 0)
			set_utc("UTC");
	} else if (!*tz) {
		set_utc("UTC");
	} else if (load_file(tz) == 0) {
		/* a table */
	} else if (!parse_posix_zone(tz, &zone.posix)) {
		/* not a zone: UTC, named as far as the name parsed, as glibc */
		const char *name = zone.posix.std_name;

		set_utc(name ? name : "");
		note_posix(&zone.posix);
		tzname[1] = (char *)"";
		return;
	} else {
		zone.has_posix = 1;
	}
	if (zone.typecnt)
		note_table(&zone);
	else
		note_posix(&zone.posix);
}

void tzset(void)
{
	const char *tz = getenv("TZ");

	if (loaded && (tz ? loaded_tz && strcmp(tz, loaded_tz) == 0
			  : !loaded_tz))
		return;
	free(loaded_tz);
	loaded_tz = tz ? strdup(tz) : NULL;
	loaded = tz == NULL || loaded_tz != NULL;
	load(tz);
}

/* localtime_r and the others that glibc lets keep the zone they first
 * loaded; localtime, mktime and tzset itself look at TZ again. */
const struct zone *local_zone(void)
{
	if (!loaded)
		tzset();
	return &zone;
}

static void type_info(const struct tz_type *t, struct zone_info *info)
{
	info->utoff = t->utoff;
	info->isdst = t->isdst;
	info->abbr = t->abbr;
}

static int past_table(const struct zone *z, long long t)
{
	return z->has_posix && (z->typecnt == 0 ||
				(z->timecnt && t >= z->trans[z->timecnt - 1]));
}

void zone_at(const struct zone *z, long long t, struct zone_info *info)
{
	int lo = 0, hi = z->timecnt;

	if (past_table(z, t)) {
		posix_zone_at(&z->posix, t, info);
		return;
	}
	if (z->timecnt == 0 || t < z->trans[0]) {
		type_info(&z->types[0], info);
		return;
	}
	while (hi - lo > 1) {	/* trans[lo] <= t < trans[hi] */
		int mid = lo + (hi - lo) / 2;

		if (z->trans[mid] <= t)
			lo = mid;
		else
			hi = mid;
	}
	type_info(&z->types[z->trans_type[lo]], info);
}

/*
 * After a conversion in a table, glibc names the zone from the type at t
 * and the transitions ahead: the first standard and the first DST name
 * from there on, each standing for both when the other is missing; past
 * the table, the footer's rule speaks.
 */
void zone_note(const struct zone *z, long long t, const struct zone_info *info)
{
	const char *name[2] = { NULL, NULL };
	int i = 0;

	if (z->typecnt == 0)
		return;
	if (past_table(z, t)) {
		note_posix(&z->posix);
		return;
	}
	timezone = table_timezone;
	daylight = table_daylight;
	name[info->isdst] = info->abbr;
	while (i < z->timecnt && z->trans[i] <= t)
		i++;
	for (; i < z->timecnt && !(name[0] && name[1]); i++) {
		const struct tz_type *type = &z->types[z->trans_type[i]];

		if (!name[type->isdst]) {
			name[type->isdst] = type->abbr;
			if (name[!type->isdst])
				break;
		}
	}
	if (!name[0])
		name[0] = name[1];
	if (!name[1])
		name[1] = name[0];
	if (name[0]) {
		tzname[0] = (char *)name[0];
		tzname[1] = (char *)name[1];
	}
}
