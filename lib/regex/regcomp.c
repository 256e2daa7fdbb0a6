/* regcomp: parse (parse.c), then generate the program (compile.c). */
#include <regex.h>
#include <stdlib.h>
#include "lib/regex/regex_impl.h"

int regcomp(regex_t *__restrict preg, const char *__restrict pattern, int cflags)
{
	struct re_tree tree;
	struct re_prog *prog;
	int err;

	preg->__re_prog = NULL;
	preg->re_nsub = 0;
	preg->__re_cflags = cflags;
	err = re_parse(&tree, pattern, cflags);
	if (err)
		return err;
	prog = malloc(sizeof *prog);
	if (!prog) {
		re_tree_free(&tree);
		return REG_ESPACE;
	}
	err = re_compile(prog, &tree, cflags);
	free(tree.nodes);
	if (err) {
		free(tree.sets);
		free(prog);
		return err;
	}
	prog->sets = tree.sets;
	prog->nsets = tree.nsets;
	preg->re_nsub = (size_t)tree.ngroups;
	preg->__re_prog = prog;
	return 0;
}
