/*
 * regcomp's code generator: the parsed tree laid out as a program of
 * lib/regex/regex_impl.h. Counted repetitions are written out copy by
 * copy, as glibc does; too large a program is REG_ESPACE.
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "lib/regex/regex_impl.h"

#define MAX_INST	(1 << 22)

struct gen {
	struct re_prog *p;
	const struct re_tree *t;
	int cap;
	int err;
	int newline;
	int opt_group;	/* the group whose copies are being made optional */
};

static int emit(struct gen *g, int op, int x, int y)
{
	struct re_prog *p = g->p;

	if (g->err)
		return -1;
	if (p->ninst == g->cap) {
		int cap = g->cap ? 2 * g->cap : 64;
		struct re_inst *grown;

		if (cap > MAX_INST) {
			g->err = REG_ESPACE;
			return -1;
		}
		grown = realloc(p->inst, cap * sizeof *grown);
		if (!grown) {
			g->err = REG_ESPACE;
			return -1;
		}
		p->inst = grown;
		g->cap = cap;
	}
	p->inst[p->ninst].op = (unsigned char)op;
	p->inst[p->ninst].x = x;
	p->inst[p->ninst].y = y;
	return p->ninst++;
}

static void patch_x(struct gen *g, int at, int to)
{
	if (at >= 0 && !g->err)
		g->p->inst[at].x = to;
}

static void patch_y(struct gen *g, int at, int to)
{
	if (at >= 0 && !g->err)
		g->p->inst[at].y = to;
}

/* Can the node match the empty string? */
static int nullable(const struct re_tree *t, int n)
{
	const struct re_node *node = &t->nodes[n];

	switch (node->type) {
	case N_CHAR: case N_ANY: case N_SET:
		return 0;
	case N_GROUP:
		return nullable(t, node->a);
	case N_CAT:
		for (; node->type == N_CAT; node = &t->nodes[node->b])
			if (!nullable(t, node->a))
				return 0;
		return nullable(t, (int)(node - t->nodes));
	case N_ALT:
		return nullable(t, node->a) || nullable(t, node->b);
	case N_REPEAT:
		return node->min == 0 || nullable(t, node->a);
	default:
		return 1;
	}
}

static void gen_node(struct gen *g, int n);

/* x*: the body, looping; guarded when it may match empty. */
static void gen_star(struct gen *g, int body)
{
	int guard = nullable(g->t, body), k = 0, head, split, end_iter = -1;

	if (guard) {
		k = g->p->nloops++;
		emit(g, OP_LOOPINIT, k, 0);
	}
	head = g->p->ninst;
	split = emit(g, OP_SPLIT, head + 1, 0);
	if (guard)
		emit(g, OP_ITERBEGIN, k, 0);
	gen_node(g, body);
	if (guard)
		end_iter = emit(g, OP_ITEREND, k, 0);
	emit(g, OP_JMP, head, 0);
	patch_y(g, split, g->p->ninst);
	patch_y(g, end_iter, g->p->ninst);
}

/*
 * x{m,n} as glibc builds it, which decides the subexpressions reported:
 * m copies, then for n unbounded a star of one more (so x+ is x x*), else
 * n - m optional copies nested as ((x? x)? x)?.
 */
static void gen_repeat(struct gen *g, const struct re_node *node)
{
	int i, body = node->a, min = node->min, max = node->max, first;

	int saved = g->opt_group;

	for (i = 0; i < min && !g->err; i++)
		gen_node(g, body);
	if (max == min)
		return;
	/* Past the m copies, a repeated group is optional (update_caps). */
	if (g->t->nodes[body].type == N_GROUP)
		g->opt_group = g->t->nodes[body].b;
	if (max < 0) {
		gen_star(g, body);
		g->opt_group = saved;
		return;
	}
	/* The splits, outermost first; split j skips copies 1..j... */
	first = g->p->ninst;
	for (i = max - min; i > 0 && !g->err; i--)
		emit(g, OP_SPLIT, g->p->ninst + 1, 0);
	/* ...and copy j ends where the split of copy j goes. */
	for (i = 1; i <= max - min && !g->err; i++) {
		gen_node(g, body);
		patch_y(g, first + (max - min) - i, g->p->ninst);
	}
	g->opt_group = saved;
}

static void gen_node(struct gen *g, int n)
{
	const struct re_node *node = &g->t->nodes[n];
	int split, jmp, a, b, opt;

	if (g->err)
		return;
	switch (node->type) {
	case N_EMPTY:
		break;
	case N_CHAR:
		emit(g, OP_CHAR, node->a, 0);
		break;
	case N_ANY:
		emit(g, g->newline ? OP_ANYNL : OP_ANY, 0, 0);
		break;
	case N_SET:
		emit(g, OP_SET, node->a, 0);
		break;
	case N_ASSERT:
		emit(g, OP_ASSERT, node->a, 0);
		break;
	case N_BACKREF:
		emit(g, OP_BACKREF, node->a, 0);
		break;
	case N_GROUP:
		opt = node->b == g->opt_group;
		emit(g, OP_SAVE, 2 * node->b, 0);
		g->opt_group = 0;
		gen_node(g, node->a);
		g->opt_group = opt ? node->b : 0;
		emit(g, OP_SAVE, 2 * node->b + 1, opt);
		break;
	case N_CAT:
		for (; node->type == N_CAT && !g->err; node = &g->t->nodes[node->b])
			gen_node(g, node->a);
		gen_node(g, (int)(node - g->t->nodes));
		break;
	case N_ALT:
		/* glibc prefers an empty branch last. */
		if (g->t->nodes[node->a].type == N_EMPTY &&
		    g->t->nodes[node->b].type != N_EMPTY) {
			a = node->b;
			b = node->a;
		} else {
			a = node->a;
			b = node->b;
		}
		split = emit(g, OP_SPLIT, g->p->ninst + 1, 0);
		gen_node(g, a);
		jmp = emit(g, OP_JMP, 0, 0);
		patch_y(g, split, g->p->ninst);
		gen_node(g, b);
		patch_x(g, jmp, g->p->ninst);
		break;
	case N_REPEAT:
		gen_repeat(g, node);
		break;
	}
}

int re_compile(struct re_prog *p, const struct re_tree *t, int cflags)
{
	struct gen g;

	memset(p, 0, sizeof *p);
	memset(&g, 0, sizeof g);
	g.p = p;
	g.t = t;
	g.newline = !!(cflags & REG_NEWLINE);
	gen_node(&g, t->root);
	emit(&g, OP_MATCH, 0, 0);
	if (g.err) {
		free(p->inst);
		p->inst = NULL;
		return g.err;
	}
	p->ngroups = t->ngroups + 1;
	p->has_backref = t->has_backref;
	p->icase = !!(cflags & REG_ICASE);
	p->newline = g.newline;
	p->first_byte = -1;
	return 0;
}

void re_prog_free(struct re_prog *p)
{
	free(p->inst);
	free(p->sets);
	p->inst = NULL;
	p->sets = NULL;
}
