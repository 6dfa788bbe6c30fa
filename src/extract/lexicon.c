/*
 * lexicon.c — loads the extraction rules' part of the model (m->ext): the cue lexicons of
 * dicts/lex/ (modality.tsv, enforcement.tsv, actors.tsv, cues.tsv; columns in
 * dicts/lex/README.md) compiled into one byte trie searched for every prefix at each
 * character, and the PCRE2 patterns of dicts/rules/extract.tsv (compiled and JIT-compiled at
 * open). A bad line or pattern fails the load with file:line. Reads nothing from zc_doc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/tsv.h"
#include "rules_int.h"

/* One lexicon file: its name under lex/, its table and its column count. */
typedef struct xfile {
    const char *name;
    int tab;
    int ncols;
    const char *columns;
} xfile;

static const xfile xfiles[] = {
    { "modality.tsv", ZC_XT_MOD, 2, "surface, class" },
    { "enforcement.tsv", ZC_XT_ENF, 3, "surface, category, mode" },
    { "actors.tsv", ZC_XT_ACTOR, 2, "surface, type" },
    { "cues.tsv", ZC_XT_CUE, 2, "surface, role" },
};

/* Value sets of the columns (the schema, not linguistic data); index = class code. */
static const char *const mod_classes[] = { "none", "must", "prohibit", "should", "strive",
                                           "encourage", NULL };
static const char *const enf_cats[] = { "none",     "veto",          "financial",
                                        "accountability", "referral", "investigation",
                                        "incentive", "coercive",     "stop",   NULL };
static const char *const enf_modes[] = { "word", "amount", "needamount", "head", "order", NULL };
static const char *const actor_types[] = { "word", "prefix", "suffix", "join", "skip", "agent",
                                           "lead", "leadpost", "scope", NULL };
static const char *const cue_roles[] = { "goal", "quota_pre", "quota_post", "past", "fail",
                                         "size", "ui", "cond", "notime", "notime_post",
                                         "future", "prep", "cond_end", "quota_max", "none",
                                         "count_noun", "ord_pre", "list", "weak", "compare",
                                         "rate_end", "doc_title", "event", "plan", "self_plan",
                                         "self_rule", "plan_heading", "background", "total",
                                         "spec", "bracket", "have", "compare_base", "horizon",
                                         "inventory", "self_report", NULL };
static const char *const rule_kinds[] = { "target", "deadline", "enforcement", "statistic",
                                          "skip", NULL };

static int lookup(const char *const *names, const char *s)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

/* A key waiting for the trie. */
typedef struct pending {
    char *key;
    size_t klen;
    zc_ext_ent e;
} pending;

typedef struct builder {
    zc_model *m;
    struct zc_ext_model *x;
    zc_vec keys;          /* pending */
} builder;

/* Reads a TSV file row by row (src/core/tsv.c), calling `fn` on each. */
typedef zc_status (*line_fn)(builder *b, const char *path, size_t lineno, char **col,
                             int ncol, const void *arg);

static zc_status read_tsv(builder *b, const char *dictdir, const char *name, line_fn fn,
                          const void *arg)
{
    zc_tsv t;
    char err[512];
    zc_status s = zc_tsv_open(&t, dictdir, name, err, sizeof err);
    if (s != ZC_OK)
        return zc_model_fail(b->m, s, "%s", err);
    int r = 0;
    while (s == ZC_OK && (r = zc_tsv_next(&t, err, sizeof err)) == 1)
        s = fn(b, t.path, t.lineno, t.col, t.ncol, arg);
    if (s == ZC_OK && r < 0)
        s = zc_model_fail(b->m, ZC_EFORMAT, "%s", err);
    zc_tsv_close(&t);
    return s;
}

static zc_status lex_line(builder *b, const char *path, size_t lineno, char **col, int ncol,
                          const void *arg)
{
    const xfile *f = arg;
    bool empty = false;
    for (int i = 0; i < ncol; i++)
        empty |= col[i][0] == '\0';
    if (ncol != f->ncols || empty)
        return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: expected %d columns: %s", path,
                             lineno, f->ncols, f->columns);
    pending p = { 0 };
    p.e.tab = (uint8_t)f->tab;
    int v = -1;
    switch (f->tab) {
    case ZC_XT_MOD:
        v = lookup(mod_classes, col[1]);
        if (v == 0)
            v = ZC_XM_STOP;
        break;
    case ZC_XT_ENF:
        v = lookup(enf_cats, col[1]);
        if (v == 8)
            v = ZC_XE_STOP;
        int mode = lookup(enf_modes, col[2]);
        if (mode < 0)
            return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: mode must be word, amount, "
                                 "needamount, head or order", path, lineno);
        p.e.mode = (uint8_t)mode;
        break;
    case ZC_XT_ACTOR:
        v = lookup(actor_types, col[1]);
        break;
    case ZC_XT_CUE:
        v = lookup(cue_roles, col[1]);
        break;
    }
    if (v < 0)
        return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: unknown %s '%s'", path, lineno,
                             f->tab == ZC_XT_CUE ? "role" : f->tab == ZC_XT_ACTOR ? "type"
                                                                                   : "class",
                             col[1]);
    p.e.cls = (uint8_t)v;
    p.klen = strlen(col[0]);
    p.e.klen = (uint32_t)p.klen;
    p.key = strdup(col[0]);
    if (!p.key || !zc_vec_push(&b->keys, &p)) {
        free(p.key);
        return zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
    }
    return ZC_OK;
}

static zc_status rule_line(builder *b, const char *path, size_t lineno, char **col, int ncol,
                           const void *arg)
{
    (void)arg;
    struct zc_ext_model *x = b->x;
    if (ncol < 3 || ncol > 5 || !col[0][0] || !col[1][0] || !col[2][0])
        return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: expected 3 to 5 columns: id, kind, "
                             "pattern[, arg[, gate]]", path, lineno);
    int kind = lookup(rule_kinds, col[1]);
    if (kind < 0)
        return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: kind must be target, deadline, "
                             "enforcement, statistic or skip", path, lineno);
    const char *rarg = ncol >= 4 ? col[3] : "-", *gate = ncol == 5 ? col[4] : "-";
    if (strlen(col[0]) >= sizeof x->rules->id || strlen(rarg) >= sizeof x->rules->arg)
        return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: id or arg too long", path, lineno);
    if (x->nrules > UINT8_MAX)
        return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: more than %d rules", path, lineno,
                             UINT8_MAX + 1);
    if (!strchr(col[0], '.'))
        return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: id must be <kind>.<name>", path,
                             lineno);
    zc_ext_rule *r = realloc(x->rules, (x->nrules + 1) * sizeof *r);
    if (!r)
        return zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
    x->rules = r;
    r = &x->rules[x->nrules];
    memset(r, 0, sizeof *r);
    snprintf(r->id, sizeof r->id, "%s", col[0]);
    if (strcmp(rarg, "-"))
        snprintf(r->arg, sizeof r->arg, "%s", rarg);
    if (strcmp(gate, "-")) {   // a key of the lexicon trie: the sentence's hits show it
        pending g = { .key = strdup(gate), .klen = strlen(gate) };
        g.e = (zc_ext_ent){ .tab = ZC_XT_GATE, .cls = (uint8_t)x->nrules,
                            .klen = (uint32_t)g.klen };
        if (!g.key || !zc_vec_push(&b->keys, &g)) {
            free(g.key);
            return zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
        }
        r->gated = true;
    }
    r->kind = kind;
    char why[300];
    if (!(r->code = zc_regex_compile(col[2], PCRE2_ZERO_TERMINATED, 0, why, sizeof why)))
        return zc_model_fail(b->m, ZC_EREGEX, "%s:%zu: %s", path, lineno, why);
    x->nrules++;
    uint32_t groups = 0;
    pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &groups);
    if (groups > x->maxgroups)
        x->maxgroups = groups;
    return ZC_OK;
}

static int cmp_pending(const void *pa, const void *pb)
{
    const pending *a = pa, *b = pb;
    size_t n = a->klen < b->klen ? a->klen : b->klen;
    int c = memcmp(a->key, b->key, n);
    if (c)
        return c;
    if (a->klen != b->klen)
        return a->klen < b->klen ? -1 : 1;
    if (a->e.tab != b->e.tab)
        return a->e.tab < b->e.tab ? -1 : 1;
    return (a->e.cls > b->e.cls) - (a->e.cls < b->e.cls);
}

/* Grows the node or edge arrays; false on OOM. */
static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t nc = *cap ? *cap : 256;
    while (nc < need)
        nc *= 2;
    void *np = realloc(*p, nc * size);
    if (!np)
        return false;
    *p = np;
    *cap = nc;
    return true;
}

typedef struct tbuild {
    struct zc_ext_model *x;
    const pending *keys;
    size_t ncap, ecap, ecap2;
} tbuild;

/* Fills node `node` from the sorted keys [lo, hi), all sharing their first `depth` bytes. */
static bool build_node(tbuild *t, uint32_t node, size_t lo, size_t hi, size_t depth)
{
    struct zc_ext_model *x = t->x;
    x->nodes[node].ent = -1;
    while (lo < hi && t->keys[lo].klen == depth) {
        // Entries with this exact key, chained in file order.
        size_t idx = (size_t)(&t->keys[lo] - t->keys);
        x->ents[idx].next = x->nodes[node].ent;
        x->nodes[node].ent = (int32_t)idx;
        lo++;
    }
    size_t k = 0;
    for (size_t i = lo; i < hi;) {
        uint8_t c = (uint8_t)t->keys[i].key[depth];
        while (i < hi && (uint8_t)t->keys[i].key[depth] == c)
            i++;
        k++;
    }
    uint32_t first = (uint32_t)x->nedges;
    if (!grow((void **)&x->ebyte, &t->ecap, x->nedges + k, 1) ||
        !grow((void **)&x->echild, &t->ecap2, x->nedges + k, sizeof(uint32_t)) ||
        !grow((void **)&x->nodes, &t->ncap, x->nnodes + k, sizeof(zc_ext_node)))
        return false;
    x->nodes[node].first = first;
    x->nodes[node].n = (uint32_t)k;
    x->nedges += k;
    size_t j = 0;
    for (size_t i = lo; i < hi; j++) {
        uint8_t c = (uint8_t)t->keys[i].key[depth];
        size_t g = i;
        while (g < hi && (uint8_t)t->keys[g].key[depth] == c)
            g++;
        // The subtrees of earlier siblings took nodes too: room for this child anew.
        if (!grow((void **)&x->nodes, &t->ncap, x->nnodes + 1, sizeof(zc_ext_node)))
            return false;
        uint32_t child = (uint32_t)x->nnodes++;
        x->ebyte[first + j] = c;
        x->echild[first + j] = child;
        if (!build_node(t, child, i, g, depth + 1))
            return false;
        i = g;
    }
    return true;
}

/* Walks every BMP char's UTF-8 bytes from the root once, for zc_ext_model.charnode. */
static bool index_chars(struct zc_ext_model *x)
{
    x->charnode = calloc(0x10000, sizeof *x->charnode);
    if (!x->charnode)
        return false;
    for (uint32_t c = 0; c < 0x10000; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        uint8_t u[3];
        size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (n == 1)
            u[0] = (uint8_t)c;
        else if (n == 2) {
            u[0] = (uint8_t)(0xC0 | c >> 6);
            u[1] = (uint8_t)(0x80 | (c & 0x3F));
        } else {
            u[0] = (uint8_t)(0xE0 | c >> 12);
            u[1] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
            u[2] = (uint8_t)(0x80 | (c & 0x3F));
        }
        uint32_t node = 0;
        for (size_t i = 0; i < n && (i == 0 || node); i++)
            node = zc_ext_child(x, node, u[i]);
        x->charnode[c] = node;
    }
    return true;
}

static zc_status build_trie(builder *b)
{
    struct zc_ext_model *x = b->x;
    pending *keys = b->keys.data;
    size_t n = b->keys.len;
    if (n > 1)
        qsort(keys, n, sizeof *keys, cmp_pending);
    x->ents = calloc(n ? n : 1, sizeof *x->ents);
    if (!x->ents)
        return zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        if (i && cmp_pending(&keys[i - 1], &keys[i]) == 0)
            return zc_model_fail(b->m, ZC_EFORMAT, "lex/%s: duplicate entry %s",
                                 keys[i].e.tab < ZC_NELEM(xfiles) ? xfiles[keys[i].e.tab].name
                                                                  : "../rules/extract.tsv",
                                 keys[i].key);
        x->ents[i] = keys[i].e;
        if (keys[i].e.klen > x->maxkey)
            x->maxkey = keys[i].e.klen;
    }
    x->nents = n;
    tbuild t = { .x = x, .keys = keys };
    if (!grow((void **)&x->nodes, &t.ncap, 1, sizeof(zc_ext_node)))
        return zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
    x->nnodes = 1;
    if (!build_node(&t, 0, 0, n, 0) || !index_chars(x))
        return zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
    return ZC_OK;
}

zc_status zc_ext_model_load(zc_model *m, const char *dictdir)
{
    struct zc_ext_model *x = calloc(1, sizeof *x);
    if (!x)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    builder b = { .m = m, .x = x };
    zc_vec_init(&b.keys, sizeof(pending));
    char name[64];
    zc_status s = ZC_OK;
    for (size_t i = 0; s == ZC_OK && i < ZC_NELEM(xfiles); i++) {
        snprintf(name, sizeof name, "lex/%s", xfiles[i].name);
        s = read_tsv(&b, dictdir, name, lex_line, &xfiles[i]);
    }
    if (s == ZC_OK)
        s = read_tsv(&b, dictdir, "rules/extract.tsv", rule_line, NULL);
    if (s == ZC_OK)
        s = build_trie(&b);
    // Numbers and times: the match model's lexicon when it is loaded, else our own copy.
    if (s == ZC_OK && !(m->match && m->match->lex))
        s = zc_lex_load(m, dictdir, &x->lex);
    for (size_t i = 0; i < b.keys.len; i++)
        free(ZC_VEC_AT(&b.keys, pending, i).key);
    zc_vec_free(&b.keys);
    if (s != ZC_OK) {
        zc_ext_model_free(x);
        return s;
    }
    m->ext = x;
    return ZC_OK;
}

void zc_ext_model_free(struct zc_ext_model *x)
{
    if (!x)
        return;
    free(x->nodes);
    free(x->ebyte);
    free(x->echild);
    free(x->charnode);
    free(x->ents);
    for (size_t i = 0; i < x->nrules; i++)
        pcre2_code_free(x->rules[i].code);
    free(x->rules);
    zc_lex_free(x->lex);
    free(x);
}

const struct zc_lexicon *zc_ext_lexicon(const zc_model *m)
{
    if (m->match && m->match->lex)
        return m->match->lex;
    return m->ext ? m->ext->lex : NULL;
}
