/*
 * decide.c — the decision tables of dicts/rules (see decide.h): loading, with every name
 * checked against what the code offers, and first-match evaluation.
 */
#include <stdlib.h>
#include <string.h>

#include "core/tsv.h"
#include "decide.h"
#include "zc_int.h"

static int index_of(const char *const *names, int n, const char *s, size_t len)
{
    for (int i = 0; i < n; i++)
        if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
            return i;
    return -1;
}

/* Parses the `when` column into t->lits; false with err set on an unknown feature. */
static bool parse_when(zc_dec_table *t, zc_dec_row *r, const zc_tsv *f, const char *when,
                       const zc_dec_spec *spec, char *err, size_t errlen)
{
    r->lit = (uint32_t)t->nlits;
    if (strcmp(when, "*") == 0)
        return true;
    for (const char *p = when; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        bool neg = *p == '!';
        p += neg;
        size_t n = strcspn(p, " ");
        int id = index_of(spec->features, spec->nfeatures, p, n);
        if (id < 0) {
            zc_tsv_error(f, err, errlen, "unknown feature '%.*s'", (int)n, p);
            return false;
        }
        if (r->nlit == ZC_DEC_MAXLITS) {
            zc_tsv_error(f, err, errlen, "more than %d conditions", ZC_DEC_MAXLITS);
            return false;
        }
        uint16_t *lits = realloc(t->lits, (t->nlits + 1) * sizeof *lits);
        if (!lits) {
            snprintf(err, errlen, "out of memory");
            return false;
        }
        t->lits = lits;
        t->lits[t->nlits++] = (uint16_t)(id << 1 | !neg);
        uint64_t bit = UINT64_C(1) << (id % 64);
        int w = id / 64;
        if ((r->need[w] & bit) && !(r->want[w] & bit) != neg) {
            zc_tsv_error(f, err, errlen, "'%.*s' both wanted and not: the row never matches",
                         (int)n, p);
            return false;
        }
        r->need[w] |= bit;
        r->nw = w + 1 > r->nw ? w + 1 : r->nw;
        if (!neg)
            r->want[w] |= bit;
        r->nlit++;
        p += n;
    }
    if (!r->nlit) {
        zc_tsv_error(f, err, errlen, "no condition: write * for a row that always matches");
        return false;
    }
    return true;
}

/* Reads one row (when, verdict, arg, rule, reason) into a new entry of t->rows. */
static zc_status add_row(zc_dec_table *t, const zc_tsv *f, const zc_dec_spec *spec, char *err,
                         size_t errlen)
{
    if (f->ncol != 5 || !f->col[0][0] || !f->col[1][0] || !f->col[2][0] || !f->col[3][0] ||
        !f->col[4][0]) {
        zc_tsv_error(f, err, errlen, "expected 5 columns: when, verdict, arg, rule, reason");
        return ZC_EFORMAT;
    }
    zc_dec_row *rows = realloc(t->rows, (t->nrows + 1) * sizeof *rows);
    if (!rows) {
        snprintf(err, errlen, "out of memory");
        return ZC_ENOMEM;
    }
    t->rows = rows;
    zc_dec_row *r = &rows[t->nrows++];
    memset(r, 0, sizeof *r);
    r->ex.table = t->name;
    r->ex.line = (unsigned)f->lineno;
    r->verdict = index_of(spec->verdicts, spec->nverdicts, f->col[1], strlen(f->col[1]));
    r->arg = strcmp(f->col[2], "-") == 0 ? -1
                                         : index_of(spec->args, spec->nargs, f->col[2],
                                                    strlen(f->col[2]));
    const char *rule = f->col[3];
    if (r->verdict < 0) {
        zc_tsv_error(f, err, errlen, "unknown verdict '%s'", f->col[1]);
        return ZC_EFORMAT;
    }
    if (r->arg < 0 && strcmp(f->col[2], "-") != 0) {
        zc_tsv_error(f, err, errlen, "unknown argument '%s'", f->col[2]);
        return ZC_EFORMAT;
    }
    if (strcmp(rule, "-") != 0 && (!strchr(rule, '.') || strlen(rule) > 47)) {
        zc_tsv_error(f, err, errlen, "a rule id is <kind>.<name> of at most 47 bytes, or -");
        return ZC_EFORMAT;
    }
    if (!parse_when(t, r, f, f->col[0], spec, err, errlen))
        return ZC_EFORMAT;
    char *reason = strdup(f->col[4]);
    char *rid = strcmp(rule, "-") != 0 ? strdup(rule) : NULL;
    r->ex.reason = reason;
    r->rule = rid;
    if (!reason || (strcmp(rule, "-") != 0 && !rid)) {
        snprintf(err, errlen, "out of memory");
        return ZC_ENOMEM;
    }
    return ZC_OK;
}

zc_status zc_dec_load(zc_dec_table *t, const char *dir, const char *file, const zc_dec_spec *spec,
                      char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    if (spec->nfeatures > ZC_DEC_MAXFEATURES) {   // the memo's masks would not hold them
        snprintf(err, errlen, "%s: %d features, more than the %d a table's memo holds", file,
                 spec->nfeatures, ZC_DEC_MAXFEATURES);
        return ZC_EFORMAT;
    }
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    size_t n = strlen(base);
    if (n > 4 && strcmp(base + n - 4, ".tsv") == 0)
        n -= 4;
    if (!(t->name = strndup(base, n))) {
        snprintf(err, errlen, "out of memory");
        return ZC_ENOMEM;
    }
    zc_tsv f;
    zc_status s = zc_tsv_open(&f, dir, file, err, errlen);
    if (s != ZC_OK) {
        zc_dec_free(t);
        return s;
    }
    int r = 0;
    while (s == ZC_OK && (r = zc_tsv_next(&f, err, errlen)) == 1)
        s = add_row(t, &f, spec, err, errlen);
    if (s == ZC_OK && r < 0)
        s = ZC_EFORMAT;
    if (s == ZC_OK && (!t->nrows || t->rows[t->nrows - 1].nlit)) {
        snprintf(err, errlen, "%s: the last row must be * (every candidate gets a verdict)",
                 f.path);
        s = ZC_EFORMAT;
    }
    zc_tsv_close(&f);
    if (s != ZC_OK)
        zc_dec_free(t);
    return s;
}

void zc_dec_free(zc_dec_table *t)
{
    for (size_t i = 0; i < t->nrows; i++) {
        free((char *)t->rows[i].ex.reason);
        free((char *)t->rows[i].rule);
    }
    free(t->rows);
    free(t->lits);
    free(t->name);
    memset(t, 0, sizeof *t);
}
