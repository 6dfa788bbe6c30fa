/*
 * decide.h — ordered decision tables (dicts/rules/decide-*.tsv): each row a conjunction of
 * named features, a verdict, its argument and rule id, and a reason; the first row whose
 * features all hold decides. The C code names the features it computes and the verdicts it
 * understands (zc_dec_spec); the loader rejects any other name with file:line, so a table
 * that does not fit the code fails `dictc check`, at build time. Features are computed on
 * demand, each at most once per candidate (zc_dec_memo), in the order the rows ask them.
 */
#ifndef ZC_DECIDE_H
#define ZC_DECIDE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhengce.h"

#define ZC_DEC_WORDS 3          /* the memo's masks: 64 features a word */
#define ZC_DEC_MAXFEATURES (64 * ZC_DEC_WORDS)   /* a literal stores feature << 1 in a uint16_t */
#define ZC_DEC_MAXLITS 24       /* literals of one row */

/* What the code offers a table: its feature names (at most ZC_DEC_MAXFEATURES), verdict names
 * and the arguments a verdict may carry ("-" for none is always allowed). */
typedef struct zc_dec_spec {
    const char *const *features;
    int nfeatures;
    const char *const *verdicts;
    int nverdicts;
    const char *const *args;
    int nargs;
} zc_dec_spec;

/* One row. `ex` is what --explain writes of it (table name, line in the file, reason). */
typedef struct zc_dec_row {
    zc_explain ex;
    int verdict;          /* index into the spec's verdicts */
    int arg;              /* index into the spec's args, -1 for "-" */
    const char *rule;     /* the record's rule id, NULL for "-" (the code's default) */
    uint32_t lit, nlit;   /* literals [lit, lit + nlit) of the table's lits */
    int nw;               /* the words of need and want up to its last feature's */
    uint64_t need[ZC_DEC_WORDS], want[ZC_DEC_WORDS];   /* the features it asks, and the
                                                          values it wants of them */
} zc_dec_row;

typedef struct zc_dec_table {
    char *name;           /* the file's base name without .tsv (decide-number) */
    zc_dec_row *rows;
    size_t nrows;
    uint16_t *lits;       /* feature << 1, | 1 when the row asks it to hold */
    size_t nlits;
} zc_dec_table;

/* Loads `dir`/`file`. A bad row fails with ZC_EFORMAT and "file:line: reason" in err: an
 * unknown feature, verdict or argument, a missing column, or a table that does not end with a
 * row of `*` (which always matches: every candidate gets a verdict). A missing file: ZC_EIO. */
zc_status zc_dec_load(zc_dec_table *t, const char *dir, const char *file, const zc_dec_spec *spec,
                      char *err, size_t errlen);
void zc_dec_free(zc_dec_table *t);

/* A candidate's features: fn(ctx, id) computes feature `id`; known/val remember them (bit
 * id % 64 of word id / 64; callers may fill word 0 with what they know up front). */
typedef struct zc_dec_memo {
    uint64_t known[ZC_DEC_WORDS], val[ZC_DEC_WORDS];
    bool (*fn)(void *ctx, int id);
    void *ctx;
} zc_dec_memo;

static inline bool zc_dec_feature(zc_dec_memo *m, int id)
{
    uint64_t bit = UINT64_C(1) << (id % 64);
    int w = id / 64;
    if (!(m->known[w] & bit)) {
        m->known[w] |= bit;
        if (m->fn(m->ctx, id))
            m->val[w] |= bit;
    }
    return (m->val[w] & bit) != 0;
}

/* The first row of `t` whose literals all hold, asked in their order. Never NULL for a loaded
 * table (its last row is `*`). Inline: where the memo's function is known, the compiler calls
 * it directly (every candidate of a sentence goes through here). */
static inline const zc_dec_row *zc_dec_eval(const zc_dec_table *t, zc_dec_memo *m)
{
    for (size_t i = 0; i < t->nrows; i++) {
        const zc_dec_row *r = &t->rows[i];
        // Most rows fail on a feature an earlier row already computed: no walk for them. The
        // walk of the others asks the memo for what it knows.
        bool fails = ((m->val[0] ^ r->want[0]) & m->known[0] & r->need[0]) != 0;
        for (int w = 1; w < r->nw && !fails; w++)   // most rows ask the first word's only
            fails = ((m->val[w] ^ r->want[w]) & m->known[w] & r->need[w]) != 0;
        if (fails)
            continue;
        const uint16_t *l = t->lits + r->lit;
        uint32_t k = 0;
        for (; k < r->nlit; k++)
            if (zc_dec_feature(m, l[k] >> 1) != (l[k] & 1))
                break;
        if (k == r->nlit)
            return r;
    }
    return NULL;   // not reached for a loaded table
}

#endif
