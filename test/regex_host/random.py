#!/usr/bin/env python3
"""Random regex cases for probe.c: prints lines FLAGS<tab>PATTERN<tab>SUBJECT.
   test/regex_host/compare runs them through glibc and bareheap."""
import random, sys

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
rng = random.Random(seed)

def atom(ere, depth):
    r = rng.random()
    if depth < 2 and r < 0.25:
        inner = alt(ere, depth + 1)
        return '(' + inner + ')' if ere else '\\(' + inner + '\\)'
    if r < 0.32:
        return rng.choice(['[ab]', '[^a]', '[a-c]', '.', '[[:alpha:]]', '\\w'])
    if r < 0.36:
        return rng.choice(['^', '$', '\\b', '\\<', '\\>', '\\B'])
    return rng.choice('aabbc')

def piece(ere, depth):
    a = atom(ere, depth)
    r = rng.random()
    if r < 0.5:
        return a
    if ere:
        ops = ['*', '+', '?', '{2}', '{0,2}', '{1,}', '*', '+']
    else:
        ops = ['*', '\\+', '\\?', '\\{2\\}', '\\{0,2\\}', '\\{1,\\}', '*']
    return a + rng.choice(ops)

def cat(ere, depth):
    return ''.join(piece(ere, depth) for _ in range(rng.randint(0, 3)))

def alt(ere, depth):
    parts = [cat(ere, depth) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
    return ('|' if ere else '\\|').join(parts)

for _ in range(count):
    ere = rng.random() < 0.6
    pat = alt(ere, 0)
    if not ere and rng.random() < 0.2 and '\\(' in pat and len(pat) < 16:
        pat += '\\1'
    subj = ''.join(rng.choice('abc ') for _ in range(rng.randint(0, 8)))
    flags = ('E' if ere else '') + ('I' if rng.random() < 0.1 else '') or '-'
    print(flags + '\t' + pat.replace('%', '%%') + '\t' + subj)
