/*
 * The regex engine's program. regcomp parses a pattern into a tree
 * (parse.c), then lays the tree out as a program for a small machine
 * (compile.c): instructions that consume one byte (CHAR, SET, ANY), test
 * the position (ASSERT), fork (SPLIT: the first branch is preferred), jump,
 * record a subexpression boundary (SAVE) or match a back-reference.
 *
 * regexec runs it in two passes (exec.c). Without back-references, a
 * Thompson simulation, one set of states advanced a byte at a time, finds
 * the leftmost-longest match in time linear in the subject. Then, when the
 * caller wants subexpressions, a backtracker finds the first path in
 * priority order that ends exactly there, as glibc reports them, with a
 * visited bitmap of (instruction, position) that keeps it linear as well.
 * With back-references the backtracker alone explores every path.
 *
 * Loops whose body may match empty carry three helper instructions: an
 * empty first iteration ends the loop (it still sets the subexpressions
 * it contains), a later empty iteration fails, so no loop spins.
 */
#ifndef LIB_REGEX_IMPL_H
#define LIB_REGEX_IMPL_H

#include <stddef.h>

enum re_op {
	OP_CHAR,	/* x: the byte */
	OP_SET,		/* x: index of the byte set */
	OP_ANY,		/* any byte */
	OP_ANYNL,	/* any byte but a newline (REG_NEWLINE) */
	OP_SPLIT,	/* try x, then y */
	OP_JMP,		/* x */
	OP_SAVE,	/* x: slot 2n is where group n starts, 2n+1 its end;
			 * y: an optional copy of the group (update_caps) */
	OP_ASSERT,	/* x: an enum re_assert */
	OP_BACKREF,	/* x: the group */
	OP_LOOPINIT,	/* x: the loop: no iteration yet */
	OP_ITERBEGIN,	/* x: the loop: an iteration starts here */
	OP_ITEREND,	/* x: the loop, y: where the loop exits */
	OP_MATCH,
};

enum re_assert {
	AS_BOL, AS_EOL,		/* ^ $ */
	AS_BUFBEG, AS_BUFEND,	/* \` \' */
	AS_WORDB, AS_NWORDB,	/* \b \B */
	AS_WBEG, AS_WEND,	/* \< \> */
};

struct re_inst {
	unsigned char op;
	int x, y;
};

struct re_set {
	unsigned char bits[32];
};

struct re_prog {
	struct re_inst *inst;
	int ninst;
	struct re_set *sets;
	int nsets;
	int ngroups;		/* re_nsub + 1 */
	int nloops;		/* loops with OP_LOOPINIT and friends */
	int has_backref;
	int icase, newline;
	int first_byte;		/* a byte every match starts with, or -1 */
};

static inline int set_has(const struct re_set *s, unsigned char c)
{
	return s->bits[c >> 3] >> (c & 7) & 1;
}

static inline void set_add(struct re_set *s, unsigned char c)
{
	s->bits[c >> 3] |= (unsigned char)(1 << (c & 7));
}

/* The tree regcomp parses into. */
enum re_node_type {
	N_EMPTY, N_CHAR, N_ANY, N_SET, N_ASSERT, N_BACKREF,
	N_GROUP,	/* a: child, b: group number */
	N_CAT,		/* a, b */
	N_ALT,		/* a | b */
	N_REPEAT,	/* a: child, min, max (-1: no limit) */
};

struct re_node {
	int type;
	int a, b;
	int min, max;
};

struct re_tree {
	struct re_node *nodes;
	int nnodes, cap;
	struct re_set *sets;
	int nsets, setcap;
	int root;
	int ngroups;
	int has_backref;
};

int re_parse(struct re_tree *t, const char *pattern, int cflags);
int re_compile(struct re_prog *p, const struct re_tree *t, int cflags);
void re_tree_free(struct re_tree *t);
void re_prog_free(struct re_prog *p);

#endif
