/* nl_langinfo: the C locale's texts, as glibc gives them. */
#include <langinfo.h>
#include "lib/locale/locale_impl.h"

static const char *const texts[] = {
	[RADIXCHAR] = ".", [THOUSEP] = "", [CRNCYSTR] = "-",
	[D_T_FMT] = "%a %b %e %H:%M:%S %Y", [D_FMT] = "%m/%d/%y",
	[T_FMT] = "%H:%M:%S", [T_FMT_AMPM] = "%I:%M:%S %p",
	[AM_STR] = "AM", [PM_STR] = "PM",
	[ERA] = "", [ERA_D_FMT] = "", [ERA_D_T_FMT] = "", [ERA_T_FMT] = "",
	[ALT_DIGITS] = "",
	[YESEXPR] = "^[yY]", [NOEXPR] = "^[nN]",
	[DAY_1] = "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday",
	[ABDAY_1] = "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
	[MON_1] = "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
	[ABMON_1] = "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
	"Sep", "Oct", "Nov", "Dec",
};

char *nl_langinfo(nl_item item)
{
	if (item == CODESET)
		return locale_ctype_utf8() ? "UTF-8" : "ANSI_X3.4-1968";
	if (item < 0 || (unsigned int)item >= sizeof texts / sizeof texts[0] ||
	    !texts[item])
		return "";
	return (char *)texts[item];
}
