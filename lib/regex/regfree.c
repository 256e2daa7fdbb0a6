/* regfree: the program regcomp made; a second call does nothing. */
#include <regex.h>
#include <stdlib.h>
#include "lib/regex/regex_impl.h"

void regfree(regex_t *preg)
{
	struct re_prog *prog = preg->__re_prog;

	if (prog) {
		re_prog_free(prog);
		free(prog);
	}
	preg->__re_prog = NULL;
}
