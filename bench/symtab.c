/*
 * symtab: a program-like mix, the front end of a compiler in miniature.
 * For each of N "files": generate its source text into a buffer grown with
 * realloc, split it into tokens (each one strndup'd, kept in a vector grown
 * with realloc), enter every identifier in a chained hash table (entries
 * and their names malloc'd and strdup'd, a vector of references per
 * symbol grown with realloc, the bucket array calloc'd and doubled), then
 * drop the tokens and the text. Every 8 files, rare symbols are removed and
 * long reference lists are cut back (realloc to a smaller size). Blocks of
 * many sizes and lifetimes mix, as in a real program. One op is one token.
 *   symtab N
 */
#include "bench.h"

#define FILE_TOKENS 2000
#define VOCAB 4096
#define GC_EVERY 8

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "", 500, 0x29f7a7c6c29494e7ULL },
	{ "", 2, 0xdfbb2f5a9830a568ULL },
};

/* ---- a growable byte buffer ---- */

struct buf {
	char *p;
	size_t len, cap;
};

static void buf_put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;

		while (b->len + n + 1 > cap)
			cap *= 2;
		b->p = realloc(b->p, cap);
		if (!b->p)
			bench_fail("realloc(%zu) failed", cap);
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

/* ---- generating a file ---- */

/* Every syllable starts with its own consonant: names are unique. */
static const char *const syl[16] = {
	"ka", "lo", "mi", "nu", "ra", "se", "ti", "vo",
	"xe", "zu", "ber", "dan", "fil", "gor", "hum", "jex",
};

static size_t name_of(unsigned int k, char *out)
{
	size_t n = 0;

	k++;
	while (k) {
		const char *s = syl[k & 15];

		while (*s)
			out[n++] = *s++;
		k >>= 4;
	}
	out[n] = 0;
	return n;
}

static void generate(struct buf *b)
{
	static const char punct[] = "(){};,=+-*<>";
	char tmp[64];
	int t;

	for (t = 0; t < FILE_TOKENS; t++) {
		uint32_t r = rng_below(100);
		size_t n;

		if (r < 60) {
			/* skewed: small numbers are common names */
			n = name_of(rng_below(rng_below(VOCAB) + 1), tmp);
		} else if (r < 75) {
			n = (size_t)snprintf(tmp, sizeof tmp, "%u",
					     rng_below(1000000));
		} else if (r < 95) {
			tmp[0] = punct[rng_below(sizeof punct - 1)];
			n = 1;
		} else {
			size_t len = rng_range(1, 40), i;

			tmp[0] = '"';
			for (i = 1; i <= len; i++)
				tmp[i] = (char)('a' + rng_below(26));
			tmp[i] = '"';
			n = len + 2;
		}
		buf_put(b, tmp, n);
		buf_put(b, rng_below(8) ? " " : "\n", 1);
	}
}

/* ---- tokens ---- */

enum { T_IDENT, T_NUMBER, T_STRING, T_PUNCT };

struct tok {
	char *text;
	uint32_t kind, line;
};

struct toks {
	struct tok *v;
	size_t n, cap;
};

static void tok_push(struct toks *ts, uint32_t kind, const char *s,
		     size_t len, uint32_t line)
{
	char *text = strndup(s, len);

	if (!text)
		bench_fail("strndup failed");
	if (ts->n == ts->cap) {
		ts->cap = ts->cap ? ts->cap + ts->cap / 2 : 16;
		ts->v = realloc(ts->v, ts->cap * sizeof *ts->v);
		if (!ts->v)
			bench_fail("realloc of the token vector failed");
	}
	ts->v[ts->n].text = text;
	ts->v[ts->n].kind = kind;
	ts->v[ts->n].line = line;
	ts->n++;
}

static void tokenize(const char *p, struct toks *ts)
{
	uint32_t line = 1;

	while (*p) {
		const char *s = p;

		if (*p == ' ') {
			p++;
		} else if (*p == '\n') {
			line++;
			p++;
		} else if ((*p >= 'a' && *p <= 'z') || *p == '_') {
			while ((*p >= 'a' && *p <= 'z') || *p == '_')
				p++;
			tok_push(ts, T_IDENT, s, (size_t)(p - s), line);
		} else if (*p >= '0' && *p <= '9') {
			while (*p >= '0' && *p <= '9')
				p++;
			tok_push(ts, T_NUMBER, s, (size_t)(p - s), line);
		} else if (*p == '"') {
			p++;
			while (*p && *p != '"')
				p++;
			if (*p)
				p++;
			tok_push(ts, T_STRING, s, (size_t)(p - s), line);
		} else {
			p++;
			tok_push(ts, T_PUNCT, s, 1, line);
		}
	}
}

/* ---- the symbol table ---- */

struct sym {
	struct sym *next;
	char *name;
	uint32_t hash, nrefs, cap;
	uint32_t *refs;
	uint64_t total;		/* references ever made, kept across cuts */
};

static struct sym **table;
static size_t nbuckets, nsyms;

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void table_grow(void)
{
	size_t nb = nbuckets ? nbuckets * 2 : 64, i;
	struct sym **t = calloc(nb, sizeof *t);

	if (!t)
		bench_fail("calloc of %zu buckets failed", nb);
	for (i = 0; i < nbuckets; i++) {
		struct sym *s = table[i], *next;

		/* keep chain order: append at each new chain's tail */
		for (; s; s = next) {
			struct sym **tail = &t[s->hash & (nb - 1)];

			next = s->next;
			while (*tail)
				tail = &(*tail)->next;
			s->next = NULL;
			*tail = s;
		}
	}
	free(table);
	table = t;
	nbuckets = nb;
}

static void sym_ref(const char *name, uint32_t where)
{
	uint32_t h = hash_str(name);
	struct sym **pp, *s;

	if (nsyms >= nbuckets / 4 * 3)
		table_grow();
	for (pp = &table[h & (nbuckets - 1)]; (s = *pp); pp = &s->next)
		if (s->hash == h && !strcmp(s->name, name))
			break;
	if (!s) {
		s = bench_malloc(sizeof *s);
		s->name = strdup(name);
		if (!s->name)
			bench_fail("strdup failed");
		s->hash = h;
		s->nrefs = s->cap = 0;
		s->refs = NULL;
		s->total = 0;
		s->next = NULL;
		*pp = s;
		nsyms++;
	}
	if (s->nrefs == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 4;
		s->refs = realloc(s->refs, s->cap * sizeof *s->refs);
		if (!s->refs)
			bench_fail("realloc of references failed");
	}
	s->refs[s->nrefs++] = where;
	s->total++;
}

static void sym_free(struct sym *s)
{
	free(s->refs);
	free(s->name);
	free(s);
	nsyms--;
}

/* Removes symbols referred to fewer than 3 times since they were last cut,
 * and keeps only the last 64 references of those with more than 256. */
static uint64_t table_gc(void)
{
	uint64_t sum = 0;
	size_t i;

	for (i = 0; i < nbuckets; i++) {
		struct sym **pp = &table[i], *s;

		while ((s = *pp)) {
			if (s->nrefs < 3) {
				sum = mix(sum, s->hash ^ s->total);
				*pp = s->next;
				sym_free(s);
				continue;
			}
			if (s->nrefs > 256) {
				memmove(s->refs, s->refs + s->nrefs - 64,
					64 * sizeof *s->refs);
				s->nrefs = 64;
				s->cap = 64;
				s->refs = realloc(s->refs, 64 * sizeof *s->refs);
				if (!s->refs)
					bench_fail("realloc to shrink failed");
			}
			pp = &s->next;
		}
	}
	return sum;
}

int main(int argc, char **argv)
{
	long n = bench_size(argc, argv, 1000), f;
	uint64_t sum = 0, ntoks = 0;
	size_t i;

	rng_seed(7);
	bench_start();
	for (f = 0; f < n; f++) {
		struct buf text = { NULL, 0, 0 };
		struct toks ts = { NULL, 0, 0 };

		generate(&text);
		tokenize(text.p, &ts);
		free(text.p);
		for (i = 0; i < ts.n; i++) {
			struct tok *t = &ts.v[i];

			if (t->kind == T_IDENT)
				sym_ref(t->text, (uint32_t)f * 4096 + t->line);
			else if (t->kind == T_NUMBER)
				sum += (uint64_t)strtol(t->text, NULL, 10);
			else
				sum += strlen(t->text) * (t->kind + 1);
		}
		for (i = 0; i < ts.n; i++)
			free(ts.v[i].text);
		free(ts.v);
		ntoks += ts.n;
		if (f % GC_EVERY == GC_EVERY - 1)
			sum = mix(sum, table_gc());
	}
	for (i = 0; i < nbuckets; i++) {
		struct sym *s = table[i], *next;

		for (; s; s = next) {
			uint32_t j;

			next = s->next;
			sum = mix(sum, s->hash ^ s->total);
			for (j = 0; j < s->nrefs; j++)
				sum += s->refs[j];
			sym_free(s);
		}
	}
	free(table);
	sum = mix(sum, ntoks);
	return bench_end(ntoks, sum, "", n, known, BENCH_NKNOWN(known));
}
