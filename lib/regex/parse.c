/*
 * regcomp's parser: a pattern, basic or extended, into a tree
 * (lib/regex/regex_impl.h), with glibc's rules for what is an operator
 * where, and glibc's error codes for what it refuses.
 */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "lib/regex/regex_impl.h"

struct parser {
	const unsigned char *s;
	struct re_tree *t;
	int ere, icase, newline;
	int err;
	unsigned char closed[RE_DUP_MAX / 8 + 1];	/* groups already ended */
};

static int fail(struct parser *p, int err)
{
	if (!p->err)
		p->err = err;
	return -1;
}

static int new_node(struct parser *p, int type, int a, int b)
{
	struct re_tree *t = p->t;
	struct re_node *n;

	if (p->err)
		return -1;
	if (t->nnodes == t->cap) {
		int cap = t->cap ? 2 * t->cap : 32;
		struct re_node *grown = realloc(t->nodes, cap * sizeof *grown);

		if (!grown)
			return fail(p, REG_ESPACE);
		t->nodes = grown;
		t->cap = cap;
	}
	n = &t->nodes[t->nnodes];
	n->type = type;
	n->a = a;
	n->b = b;
	n->min = n->max = 0;
	return t->nnodes++;
}

/* A new empty byte set, its index in the tree, or -1. */
static int new_set(struct parser *p)
{
	struct re_tree *t = p->t;

	if (p->err)
		return -1;
	if (t->nsets == t->setcap) {
		int cap = t->setcap ? 2 * t->setcap : 8;
		struct re_set *grown = realloc(t->sets, cap * sizeof *grown);

		if (!grown)
			return fail(p, REG_ESPACE);
		t->sets = grown;
		t->setcap = cap;
	}
	memset(&t->sets[t->nsets], 0, sizeof t->sets[0]);
	return t->nsets++;
}

/* Under REG_ICASE a set holds both cases of each letter. */
static void fold_set(struct re_set *set)
{
	int c;

	for (c = 0; c < 256; c++)
		if (set_has(set, (unsigned char)c)) {
			set_add(set, (unsigned char)tolower(c));
			set_add(set, (unsigned char)toupper(c));
		}
}

static void invert_set(struct parser *p, struct re_set *set)
{
	int i;

	for (i = 0; i < 32; i++)
		set->bits[i] = (unsigned char)~set->bits[i];
	if (p->newline)
		set->bits['\n' >> 3] &= (unsigned char)~(1 << ('\n' & 7));
}

static int char_node(struct parser *p, unsigned char c)
{
	int i;

	if (p->icase && tolower(c) != toupper(c)) {
		i = new_set(p);
		if (i < 0)
			return -1;
		set_add(&p->t->sets[i], c);
		fold_set(&p->t->sets[i]);
		return new_node(p, N_SET, i, 0);
	}
	return new_node(p, N_CHAR, c, 0);
}

static const char *const class_names[] = {
	"alpha", "upper", "lower", "digit", "xdigit", "alnum",
	"punct", "space", "blank", "cntrl", "graph", "print",
};

static int in_class(int k, int c)
{
	switch (k) {
	case 0: return isalpha(c);
	case 1: return isupper(c);
	case 2: return islower(c);
	case 3: return isdigit(c);
	case 4: return isxdigit(c);
	case 5: return isalnum(c);
	case 6: return ispunct(c);
	case 7: return isspace(c);
	case 8: return isblank(c);
	case 9: return iscntrl(c);
	case 10: return isgraph(c);
	default: return isprint(c);
	}
}

/* Adds the class named by [name, name + len) to set; 0 or REG_ECTYPE. */
static int add_class(struct re_set *set, const unsigned char *name, size_t len)
{
	size_t k;
	int c;

	for (k = 0; k < sizeof class_names / sizeof class_names[0]; k++)
		if (strlen(class_names[k]) == len &&
		    memcmp(class_names[k], name, len) == 0) {
			for (c = 0; c < 256; c++)
				if (in_class((int)k, c))
					set_add(set, (unsigned char)c);
			return 0;
		}
	return REG_ECTYPE;
}

/*
 * After "[:", "[." or "[=" at s: where the matching ":]" (".]", "=]")
 * starts, or NULL.
 */
static const unsigned char *bracket_term(const unsigned char *s, unsigned char kind)
{
	for (; *s; s++)
		if (s[0] == kind && s[1] == ']')
			return s;
	return NULL;
}

/*
 * One element of a bracket expression at *sp: a byte (plain, [.c.] or
 * [=c=]) whose value goes to *c, or a class added to set (*c = -1).
 * Returns 0 or an error code.
 */
static int bracket_element(struct parser *p, const unsigned char **sp,
			   struct re_set *set, int *c, int *is_equiv)
{
	const unsigned char *s = *sp, *end;
	unsigned char kind;
	int err;

	*is_equiv = 0;
	if (s[0] == '[' && (s[1] == ':' || s[1] == '.' || s[1] == '=')) {
		kind = s[1];
		end = bracket_term(s + 2, kind);
		if (!end)
			return REG_EBRACK;
		if (kind == ':') {
			err = add_class(set, s + 2, (size_t)(end - (s + 2)));
			if (err)
				return err;
			*c = -1;
		} else {
			if (end - (s + 2) != 1)
				return REG_ECOLLATE;
			*c = s[2];
			*is_equiv = kind == '=';
		}
		*sp = end + 2;
		return 0;
	}
	if (!*s)
		return REG_EBRACK;
	*c = *s;
	*sp = s + 1;
	return 0;
}

/* A bracket expression; p->s is just after the '['. */
static int parse_bracket(struct parser *p)
{
	const unsigned char *s = p->s;
	int idx = new_set(p), negate = 0, first = 1, lo, hi, eq, err, c;
	struct re_set *set;

	if (idx < 0)
		return -1;
	set = &p->t->sets[idx];
	if (*s == '^') {
		negate = 1;
		s++;
	}
	if (!*s)
		return fail(p, REG_BADPAT);	/* as glibc, for "[" and "[^" */
	for (;;) {
		if (!*s)
			return fail(p, REG_EBRACK);
		if (*s == ']' && !first)
			break;
		first = 0;
		err = bracket_element(p, &s, set, &lo, &eq);
		if (err)
			return fail(p, err);
		if (s[0] == '-' && s[1] && s[1] != ']') {
			if (lo < 0 || eq)
				return fail(p, REG_ERANGE);
			s++;
			if (s[0] == '[' && (s[1] == ':' || s[1] == '='))
				return fail(p, REG_ERANGE);
			err = bracket_element(p, &s, set, &hi, &eq);
			if (err)
				return fail(p, err);
			if (hi < lo)
				return fail(p, REG_ERANGE);
			for (c = lo; c <= hi; c++)
				set_add(set, (unsigned char)c);
			if (s[0] == '-' && s[1] != ']')
				return fail(p, REG_ERANGE);
		} else if (lo >= 0) {
			set_add(set, (unsigned char)lo);
		}
	}
	p->s = s + 1;
	if (p->icase)
		fold_set(set);
	if (negate)
		invert_set(p, set);
	return new_node(p, N_SET, idx, 0);
}

/* \w \W \s \S */
static int class_escape(struct parser *p, unsigned char e)
{
	int idx = new_set(p), c;
	struct re_set *set;

	if (idx < 0)
		return -1;
	set = &p->t->sets[idx];
	for (c = 0; c < 256; c++)
		if ((e == 'w' || e == 'W') ? (isalnum(c) || c == '_') : isspace(c))
			set_add(set, (unsigned char)c);
	if (e == 'W' || e == 'S')
		invert_set(p, set);
	return new_node(p, N_SET, idx, 0);
}

static int at_alt(struct parser *p)
{
	return p->ere ? p->s[0] == '|' : p->s[0] == '\\' && p->s[1] == '|';
}

static int at_close(struct parser *p, int depth)
{
	if (p->ere)
		return p->s[0] == ')' && depth > 0;
	return p->s[0] == '\\' && p->s[1] == ')';
}

/* Is p->s at a repetition operator? Its length, or 0. */
static int dup_op(struct parser *p)
{
	const unsigned char *s = p->s;

	if (s[0] == '*')
		return 1;
	if (p->ere)
		return s[0] == '+' || s[0] == '?' || s[0] == '{';
	if (s[0] == '\\' && (s[1] == '+' || s[1] == '?' || s[1] == '{'))
		return 2;
	return 0;
}

/* The length of a ',' at s ("\\," is one too, for glibc), or 0. */
static int comma(const unsigned char *s)
{
	return s[0] == ',' ? 1 : s[0] == '\\' && s[1] == ',' ? 2 : 0;
}

/*
 * One number of an interval, read as glibc does: up to a ',' or the
 * closing brace; -1 when there are no digits, -2 when something else is
 * in the way or the pattern ends (*at_end), RE_DUP_MAX + 1 when too big.
 */
static int interval_number(struct parser *p, const unsigned char **sp,
			   int *at_end)
{
	const unsigned char *s = *sp;
	long n = -1;

	for (;;) {
		if (!*s) {
			*at_end = 1;
			*sp = s;
			return -2;
		}
		if (comma(s) || (p->ere ? *s == '}' : s[0] == '\\' && s[1] == '}'))
			break;
		if (*s == '\\' && s[1])
			n = -2, s++;
		else if (!isdigit(*s) || n == -2)
			n = -2;
		else
			n = n < 0 ? *s - '0' : n * 10 + (*s - '0') > RE_DUP_MAX ?
			    RE_DUP_MAX + 1 : n * 10 + (*s - '0');
		s++;
	}
	*sp = s;
	return (int)n;
}

/* An interval; p->s is just after the '{' (or "\{"). */
static int parse_interval(struct parser *p, int *min, int *max)
{
	const unsigned char *s = p->s;
	int at_end = 0;

	*min = interval_number(p, &s, &at_end);
	if (*min == -1) {
		if (!comma(s))
			return fail(p, REG_BADBR);	/* {} */
		*min = 0;
	}
	if (*min != -2) {
		if (comma(s)) {
			s += comma(s);
			*max = interval_number(p, &s, &at_end);
		} else {
			*max = *min;
		}
	}
	if (*min == -2 || *max == -2)
		return fail(p, at_end ? REG_EBRACE : REG_BADBR);
	if (comma(s) || (*max >= 0 && *min > *max))
		return fail(p, REG_BADBR);
	if ((*max < 0 ? *min : *max) > RE_DUP_MAX)
		return fail(p, REG_ESIZE);
	p->s = s + (p->ere ? 1 : 2);
	return 0;
}

static int parse_alt(struct parser *p, int depth);

static int parse_group(struct parser *p, int depth)
{
	int n = ++p->t->ngroups, child;

	child = parse_alt(p, depth + 1);
	if (child < 0)
		return -1;
	if (!at_close(p, depth + 1))
		return fail(p, REG_EPAREN);
	p->s += p->ere ? 1 : 2;
	if (n <= RE_DUP_MAX)
		p->closed[n >> 3] |= (unsigned char)(1 << (n & 7));
	return new_node(p, N_GROUP, child, n);
}

static int parse_escape(struct parser *p, int depth)
{
	unsigned char e = p->s[1];
	int n;

	if (!e) {
		p->s++;
		return fail(p, REG_EESCAPE);
	}
	p->s += 2;
	if (e >= '1' && e <= '9') {
		n = e - '0';
		if (n > p->t->ngroups || !(p->closed[n >> 3] >> (n & 7) & 1))
			return fail(p, REG_ESUBREG);
		p->t->has_backref = 1;
		return new_node(p, N_BACKREF, n, 0);
	}
	switch (e) {
	case 'w': case 'W': case 's': case 'S':
		return class_escape(p, e);
	case 'b': return new_node(p, N_ASSERT, AS_WORDB, 0);
	case 'B': return new_node(p, N_ASSERT, AS_NWORDB, 0);
	case '<': return new_node(p, N_ASSERT, AS_WBEG, 0);
	case '>': return new_node(p, N_ASSERT, AS_WEND, 0);
	case '`': return new_node(p, N_ASSERT, AS_BUFBEG, 0);
	case '\'': return new_node(p, N_ASSERT, AS_BUFEND, 0);
	case '(':
		if (!p->ere)
			return parse_group(p, depth);
		break;
	}
	return char_node(p, e);
}

/* BRE: does a '$' at p->s end its branch (and so anchor)? */
static int bre_dollar_anchors(struct parser *p)
{
	const unsigned char *s = p->s + 1;

	return !*s || (s[0] == '\\' && (s[1] == ')' || s[1] == '|'));
}

/*
 * One atom at p->s. *anchor says it was ^ or $ (an ERE operator may not
 * follow those).
 */
static int parse_atom(struct parser *p, int depth, int at_start, int *anchor)
{
	unsigned char c = p->s[0];

	*anchor = 0;
	switch (c) {
	case '\\':
		return parse_escape(p, depth);
	case '[':
		p->s++;
		return parse_bracket(p);
	case '.':
		p->s++;
		return new_node(p, N_ANY, 0, 0);
	case '(':
		if (p->ere) {
			p->s++;
			return parse_group(p, depth);
		}
		break;
	case '^':
		if (p->ere || at_start) {
			p->s++;
			*anchor = 1;
			return new_node(p, N_ASSERT, AS_BOL, 0);
		}
		break;
	case '$':
		if (p->ere || bre_dollar_anchors(p)) {
			p->s++;
			*anchor = 1;
			return new_node(p, N_ASSERT, AS_EOL, 0);
		}
		break;
	}
	p->s++;
	return char_node(p, c);
}

/* Repetition operators after an atom. */
static int parse_dups(struct parser *p, int atom)
{
	int len, min, max, prev_dup = 0, n;

	while (!p->err && (len = dup_op(p)) != 0) {
		unsigned char op = p->s[len - 1];

		p->s += len;
		/* A basic * or \{ right after a repetition is refused. */
		if (!p->ere && prev_dup && (op == '*' || op == '{'))
			return fail(p, REG_BADRPT);
		if (op == '{') {
			if (parse_interval(p, &min, &max) < 0)
				return -1;
		} else {
			min = op == '+';
			max = op == '?' ? 1 : -1;
		}
		n = new_node(p, N_REPEAT, atom, 0);
		if (n < 0)
			return -1;
		p->t->nodes[n].min = min;
		p->t->nodes[n].max = max;
		atom = n;
		prev_dup = 1;
	}
	return atom;
}

/*
 * A branch: its pieces, as a right-leaning chain of N_CAT nodes (so the
 * code generator walks a long pattern in a loop, not in recursion).
 */
static int parse_cat(struct parser *p, int depth)
{
	int result = -1, tail = -1, cat, atom, anchor, at_start = 1, after_anchor = 0;

	while (!p->err && p->s[0] && !at_alt(p) && !at_close(p, depth)) {
		if (dup_op(p) && (at_start || after_anchor)) {
			if (p->ere || (p->s[0] == '\\' && p->s[1] == '{'))
				return fail(p, REG_BADRPT);
			/* A basic * \+ \? with nothing before it is itself. */
			p->s += dup_op(p) - 1;
			atom = char_node(p, *p->s++);
			anchor = 0;
		} else {
			atom = parse_atom(p, depth, at_start, &anchor);
		}
		/* No repetition of an assertion: in a basic pattern the
		 * operator after one is a literal, in an extended one an error. */
		if (atom >= 0 && p->t->nodes[atom].type == N_ASSERT)
			anchor = 1;
		if (!anchor)
			atom = parse_dups(p, atom);
		if (atom < 0)
			return -1;
		if (result < 0) {
			result = atom;
		} else if (tail < 0) {
			result = tail = new_node(p, N_CAT, result, atom);
		} else {
			cat = new_node(p, N_CAT, p->t->nodes[tail].b, atom);
			if (cat < 0)
				return -1;
			p->t->nodes[tail].b = cat;
			tail = cat;
		}
		at_start = 0;
		after_anchor = anchor;
	}
	if (p->err)
		return -1;
	return result < 0 ? new_node(p, N_EMPTY, 0, 0) : result;
}

/*
 * Branches separated by | (\| in a basic pattern). As in glibc, a branch
 * may not refer back to a group that ended in an earlier branch.
 */
static int parse_alt(struct parser *p, int depth)
{
	unsigned char before[sizeof p->closed], earlier[sizeof p->closed];
	int left, right;
	size_t i;

	memcpy(before, p->closed, sizeof before);
	left = parse_cat(p, depth);
	while (left >= 0 && at_alt(p)) {
		p->s += p->ere ? 1 : 2;
		memcpy(earlier, p->closed, sizeof earlier);
		memcpy(p->closed, before, sizeof before);
		right = parse_cat(p, depth);
		for (i = 0; i < sizeof earlier; i++)
			p->closed[i] |= earlier[i];
		if (right < 0)
			return -1;
		left = new_node(p, N_ALT, left, right);
	}
	return left;
}

int re_parse(struct re_tree *t, const char *pattern, int cflags)
{
	struct parser p;

	memset(&p, 0, sizeof p);
	memset(t, 0, sizeof *t);
	p.s = (const unsigned char *)pattern;
	p.t = t;
	p.ere = !!(cflags & REG_EXTENDED);
	p.icase = !!(cflags & REG_ICASE);
	p.newline = !!(cflags & REG_NEWLINE);
	t->root = parse_alt(&p, 0);
	if (!p.err && *p.s) {
		/* Only a basic "\)" without its "\(" stops the parse early. */
		p.err = REG_EPAREN;
	}
	if (p.err) {
		re_tree_free(t);
		return p.err;
	}
	return 0;
}

void re_tree_free(struct re_tree *t)
{
	free(t->nodes);
	free(t->sets);
	t->nodes = NULL;
	t->sets = NULL;
}
