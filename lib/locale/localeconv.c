/* localeconv: the C locale's numeric and monetary conventions. */
#include <limits.h>
#include <locale.h>

#define NONE	CHAR_MAX	/* "not available in this locale" */

struct lconv *localeconv(void)
{
	static struct lconv c = {
		.decimal_point = ".",
		.thousands_sep = "", .grouping = "",
		.int_curr_symbol = "", .currency_symbol = "",
		.mon_decimal_point = "", .mon_thousands_sep = "",
		.mon_grouping = "", .positive_sign = "", .negative_sign = "",
		.int_frac_digits = NONE, .frac_digits = NONE,
		.p_cs_precedes = NONE, .p_sep_by_space = NONE,
		.n_cs_precedes = NONE, .n_sep_by_space = NONE,
		.p_sign_posn = NONE, .n_sign_posn = NONE,
		.int_p_cs_precedes = NONE, .int_p_sep_by_space = NONE,
		.int_n_cs_precedes = NONE, .int_n_sep_by_space = NONE,
		.int_p_sign_posn = NONE, .int_n_sign_posn = NONE,
	};

	return &c;
}
