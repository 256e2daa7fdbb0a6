/*
 * regexec: the leftmost-longest match by a Thompson simulation, then the
 * subexpressions by a backtracker bounded by a visited bitmap; with
 * back-references the backtracker alone (lib/regex/regex_impl.h).
 */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "lib/regex/regex_impl.h"

struct subject {
	const unsigned char *s;
	int beg, end;		/* the bytes to search: s[beg .. end); as glibc,
				 * ^ and \` hold only at s[0], and s[beg - 1]
				 * is the byte before for \b */
	int notbol, noteol;
};

static int is_word(int c)
{
	return isalnum(c) || c == '_';
}

static int assertion_holds(const struct re_prog *p, const struct subject *in,
			   int kind, int pos)
{
	int prev = pos > 0 ? in->s[pos - 1] : -1;
	int next = pos < in->end ? in->s[pos] : -1;
	int wp = prev >= 0 && is_word(prev), wn = next >= 0 && is_word(next);

	switch (kind) {
	case AS_BOL:
		return (pos == 0 && !in->notbol) || (p->newline && prev == '\n');
	case AS_EOL:
		return (pos == in->end && !in->noteol) || (p->newline && next == '\n');
	case AS_BUFBEG:
		return pos == 0;
	case AS_BUFEND:
		return pos == in->end;
	case AS_WORDB:
		return wp != wn;
	case AS_NWORDB:
		return wp == wn;
	case AS_WBEG:
		return !wp && wn;
	default:
		return wp && !wn;
	}
}

/* Does the byte-consuming instruction i take c? */
static int takes(const struct re_prog *p, const struct re_inst *i, unsigned char c)
{
	switch (i->op) {
	case OP_CHAR:
		return c == i->x;
	case OP_SET:
		return set_has(&p->sets[i->x], c);
	case OP_ANY:
		return 1;
	case OP_ANYNL:
		return c != '\n';
	}
	return 0;
}

/* ---- The Thompson simulation: where the leftmost-longest match is. ---- */

struct threads {
	int *pc, *start;
	int n;
};

struct sim {
	const struct re_prog *p;
	const struct subject *in;
	unsigned *mark;		/* the step that last added each instruction */
	unsigned step;
	int *stack;
	int best_start, best_end;
};

/* Follows the empty transitions from pc at pos; byte-consuming
 * instructions reached go to list, each once per step. */
static void add_thread(struct sim *m, struct threads *list, int pc0,
		       int start, int pos)
{
	const struct re_prog *p = m->p;
	int sp = 0, pc;

	m->stack[sp++] = pc0;
	while (sp) {
		const struct re_inst *i;

		pc = m->stack[--sp];
		if (m->mark[pc] == m->step)
			continue;
		m->mark[pc] = m->step;
		i = &p->inst[pc];
		switch (i->op) {
		case OP_SPLIT:
			m->stack[sp++] = i->y;
			m->stack[sp++] = i->x;
			break;
		case OP_JMP:
			m->stack[sp++] = i->x;
			break;
		case OP_ITEREND:
			m->stack[sp++] = i->y;
			m->stack[sp++] = pc + 1;
			break;
		case OP_ASSERT:
			if (assertion_holds(p, m->in, i->x, pos))
				m->stack[sp++] = pc + 1;
			break;
		case OP_SAVE: case OP_LOOPINIT: case OP_ITERBEGIN:
			m->stack[sp++] = pc + 1;
			break;
		case OP_MATCH:
			if (m->best_start < 0 || start < m->best_start) {
				m->best_start = start;
				m->best_end = pos;
			} else if (start == m->best_start && pos > m->best_end) {
				m->best_end = pos;
			}
			break;
		default:
			list->pc[list->n] = pc;
			list->start[list->n] = start;
			list->n++;
		}
	}
}

/* 0 with the match in *so, *eo; REG_NOMATCH; REG_ESPACE. */
static int simulate(const struct re_prog *p, const struct subject *in,
		    int *so, int *eo)
{
	struct sim m;
	struct threads a, b, *cur = &a, *next = &b, *t;
	int n = p->ninst, pos, k;
	int *mem = malloc((size_t)n * 7 * sizeof(int) + 2 * sizeof(int));

	if (!mem)
		return REG_ESPACE;
	a.pc = mem;
	a.start = mem + n;
	b.pc = mem + 2 * n;
	b.start = mem + 3 * n;
	m.stack = mem + 4 * n;
	m.mark = (unsigned *)(mem + 6 * n + 2);
	memset(m.mark, 0, (size_t)n * sizeof(unsigned));
	m.p = p;
	m.in = in;
	m.step = 0;
	m.best_start = -1;
	m.best_end = -1;
	a.n = b.n = 0;
	for (pos = in->beg;; pos++) {
		next->n = 0;
		m.step++;
		if (pos > in->beg) {
			unsigned char c = in->s[pos - 1];

			for (k = 0; k < cur->n; k++) {
				if (m.best_start >= 0 && cur->start[k] > m.best_start)
					continue;
				if (takes(p, &p->inst[cur->pc[k]], c))
					add_thread(&m, next, cur->pc[k] + 1,
						   cur->start[k], pos);
			}
		}
		if (m.best_start < 0 &&
		    (p->first_byte < 0 || (pos < in->end && in->s[pos] == p->first_byte)))
			add_thread(&m, next, 0, pos, pos);
		t = cur;
		cur = next;
		next = t;
		if (pos == in->end || (cur->n == 0 && m.best_start >= 0))
			break;
	}
	free(mem);
	if (m.best_start < 0)
		return REG_NOMATCH;
	*so = m.best_start;
	*eo = m.best_end;
	return 0;
}

/* ---- The backtracker: which path, and so which subexpressions. ---- */

struct job {
	int pc;		/* >= 0: run pc at pos; < 0: restore register -pc-1 */
	int pos;
};

struct bt {
	const struct re_prog *p;
	const struct subject *in;
	int *regs;		/* 2 * ngroups captures, as many saved ones (the
				 * last time a group ended non-empty), nloops
				 * iteration starts, nloops counts */
	int *best;		/* the captures of the chosen path */
	struct job *jobs;
	int njobs, cap;
	unsigned char *visited;	/* or NULL: explore every path */
	int span;		/* positions in the visited bitmap */
	int start;
	int limit;		/* bytes past here are not consumed */
	int want_end;		/* the end the path must reach, or -1: longest */
	int found;
};

static int push(struct bt *b, int pc, int pos)
{
	if (b->njobs == b->cap) {
		int cap = b->cap ? 2 * b->cap : 256;
		struct job *grown = realloc(b->jobs, (size_t)cap * sizeof *grown);

		if (!grown)
			return -1;
		b->jobs = grown;
		b->cap = cap;
	}
	b->jobs[b->njobs].pc = pc;
	b->jobs[b->njobs].pos = pos;
	b->njobs++;
	return 0;
}

static int set_reg(struct bt *b, int r, int v)
{
	if (push(b, -r - 1, b->regs[r]) < 0)
		return -1;
	b->regs[r] = v;
	return 0;
}

/*
 * A group opens or closes at pos, as glibc records it: a group that ends
 * non-empty saves every capture; an optional copy of a group that ends
 * empty, after the group matched before, brings the saved ones back.
 */
static int update_caps(struct bt *b, const struct re_inst *i, int pos)
{
	int ng = 2 * b->p->ngroups, slot = i->x, k;
	int *saved = b->regs + ng;

	if (!(slot & 1))
		return set_reg(b, slot, pos) < 0 || set_reg(b, slot + 1, -1) < 0 ? -1 : 0;
	if (b->regs[slot - 1] < pos) {
		if (set_reg(b, slot, pos) < 0)
			return -1;
		for (k = 0; k < ng; k++)
			if (saved[k] != b->regs[k] && set_reg(b, ng + k, b->regs[k]) < 0)
				return -1;
		return 0;
	}
	if (i->y && saved[slot - 1] != -1) {
		for (k = 0; k < ng; k++)
			if (b->regs[k] != saved[k] && set_reg(b, k, saved[k]) < 0)
				return -1;
		return 0;
	}
	return set_reg(b, slot, pos);
}

static int backref_matches(struct bt *b, int n, int pos)
{
	int so = b->regs[2 * n], eo = b->regs[2 * n + 1], len = eo - so, k;
	const unsigned char *s = b->in->s;

	if (so < 0 || eo < so || pos + len > b->limit)
		return -1;
	for (k = 0; k < len; k++) {
		unsigned char x = s[so + k], y = s[pos + k];

		if (x != y && !(b->p->icase && tolower(x) == tolower(y)))
			return -1;
	}
	return len;
}

/* Has the thread at (pc, pos) been here before? Marks it. */
static int seen(struct bt *b, int pc, int pos)
{
	size_t bit;

	if (!b->visited)
		return 0;
	bit = (size_t)pc * (size_t)b->span + (size_t)(pos - b->start);
	if (b->visited[bit >> 3] >> (bit & 7) & 1)
		return 1;
	b->visited[bit >> 3] |= (unsigned char)(1 << (bit & 7));
	return 0;
}

/* Runs one thread until it fails (0), matches for good (1), or memory
 * runs out (-1). */
static int run_thread(struct bt *b, int pc, int pos)
{
	const struct re_prog *p = b->p;
	int ng = 2 * p->ngroups, loops = 4 * p->ngroups, len;

	for (;;) {
		const struct re_inst *i = &p->inst[pc];

		if (seen(b, pc, pos))
			return 0;
		switch (i->op) {
		case OP_CHAR: case OP_SET: case OP_ANY: case OP_ANYNL:
			if (pos >= b->limit || !takes(p, i, b->in->s[pos]))
				return 0;
			pc++;
			pos++;
			break;
		case OP_SPLIT:
			if (push(b, i->y, pos) < 0)
				return -1;
			pc = i->x;
			break;
		case OP_JMP:
			pc = i->x;
			break;
		case OP_SAVE:
			if (update_caps(b, i, pos) < 0)
				return -1;
			pc++;
			break;
		case OP_ASSERT:
			if (!assertion_holds(p, b->in, i->x, pos))
				return 0;
			pc++;
			break;
		case OP_BACKREF:
			len = backref_matches(b, i->x, pos);
			if (len < 0)
				return 0;
			pos += len;
			pc++;
			break;
		case OP_LOOPINIT:
			if (set_reg(b, loops + p->nloops + i->x, 0) < 0)
				return -1;
			pc++;
			break;
		case OP_ITERBEGIN:
			if (set_reg(b, loops + i->x, pos) < 0)
				return -1;
			pc++;
			break;
		case OP_ITEREND:
			if (pos == b->regs[loops + i->x]) {
				if (b->regs[loops + p->nloops + i->x])
					return 0;
				pc = i->y;
			} else {
				if (set_reg(b, loops + p->nloops + i->x, 1) < 0)
					return -1;
				pc++;
			}
			break;
		default:	/* OP_MATCH */
			if (b->want_end >= 0) {
				if (pos != b->want_end)
					return 0;
				memcpy(b->best, b->regs, (size_t)ng * sizeof(int));
				b->found = 1;
				return 1;
			}
			if (!b->found || pos > b->best[1]) {
				memcpy(b->best, b->regs, (size_t)ng * sizeof(int));
				b->best[0] = b->start;
				b->best[1] = pos;
				b->found = 1;
			}
			return pos == b->in->end;
		}
	}
}

/* Explores the paths from start; 0 or REG_ESPACE. */
static int backtrack(struct bt *b)
{
	int r, ng = 2 * b->p->ngroups, k;

	for (k = 0; k < 2 * ng + 2 * b->p->nloops; k++)
		b->regs[k] = -1;
	b->regs[0] = b->start;
	b->njobs = 0;
	b->found = 0;
	if (push(b, 0, b->start) < 0)
		return REG_ESPACE;
	while (b->njobs) {
		struct job j = b->jobs[--b->njobs];

		if (j.pc < 0) {
			b->regs[-j.pc - 1] = j.pos;
			continue;
		}
		r = run_thread(b, j.pc, j.pos);
		if (r < 0)
			return REG_ESPACE;
		if (r > 0)
			break;
	}
	if (b->found && b->want_end >= 0)
		b->best[1] = b->want_end;
	return 0;
}

static int find(const struct re_prog *p, const struct subject *in,
		int want_groups, int *caps)
{
	struct bt b;
	int so = -1, eo = -1, err, nregs = 4 * p->ngroups + 2 * p->nloops;

	if (!p->has_backref) {
		err = simulate(p, in, &so, &eo);
		if (err || !want_groups || p->ngroups == 1) {
			caps[0] = so;
			caps[1] = eo;
			return err;
		}
	}
	memset(&b, 0, sizeof b);
	b.p = p;
	b.in = in;
	b.regs = malloc((size_t)nregs * sizeof(int));
	if (!b.regs)
		return REG_ESPACE;
	b.best = caps;
	err = REG_NOMATCH;
	if (!p->has_backref) {
		size_t bits;

		b.start = so;
		b.limit = eo;
		b.want_end = eo;
		b.span = eo - so + 1;
		bits = (size_t)p->ninst * (size_t)b.span;
		b.visited = calloc(bits / 8 + 1, 1);
		err = !b.visited ? REG_ESPACE : backtrack(&b);
		if (!err && !b.found)
			err = REG_NOMATCH;	/* cannot happen: the simulation saw one */
	} else {
		b.limit = in->end;
		b.want_end = -1;
		for (b.start = in->beg; b.start <= in->end; b.start++) {
			err = backtrack(&b);
			if (err)
				break;
			if (b.found)
				break;
			err = REG_NOMATCH;
		}
	}
	free(b.visited);
	free(b.jobs);
	free(b.regs);
	return err;
}

int regexec(const regex_t *__restrict preg, const char *__restrict string,
	    size_t nmatch, regmatch_t *__restrict pmatch, int eflags)
{
	const struct re_prog *p = preg->__re_prog;
	struct subject in;
	int *caps, err, k, ng;
	size_t i;

	if (!p)
		return REG_BADPAT;
	if (preg->__re_cflags & REG_NOSUB)
		nmatch = 0;
	in.s = (const unsigned char *)string;
	if (eflags & REG_STARTEND) {
		in.beg = pmatch[0].rm_so;
		in.end = pmatch[0].rm_eo;
		if (in.beg < 0 || in.end < in.beg)
			return REG_NOMATCH;
	} else {
		size_t len = strlen(string);

		if (len > 0x7fffffff)
			return REG_ESPACE;
		in.beg = 0;
		in.end = (int)len;
	}
	in.notbol = !!(eflags & REG_NOTBOL);
	in.noteol = !!(eflags & REG_NOTEOL);
	ng = p->ngroups;
	caps = malloc((size_t)(2 * ng) * sizeof(int));
	if (!caps)
		return REG_ESPACE;
	for (k = 0; k < 2 * ng; k++)
		caps[k] = -1;
	err = find(p, &in, nmatch > 1, caps);
	if (!err)
		for (i = 0; i < nmatch; i++) {
			int in_re = i < (size_t)ng && caps[2 * i] >= 0 && caps[2 * i + 1] >= 0;

			pmatch[i].rm_so = in_re ? caps[2 * i] : -1;
			pmatch[i].rm_eo = in_re ? caps[2 * i + 1] : -1;
		}
	free(caps);
	return err;
}
