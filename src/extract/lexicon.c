/*
 * lexicon.c — loads the extraction rules' part of the model (m->ext): the cue lexicons of
 * dicts/lex/ (modality.tsv, enforcement.tsv, actors.tsv, cues.tsv; columns in
 * dicts/lex/README.md) compiled into one trie of the lexicon engine (src/lexicon) searched
 * for every prefix at each character (or that trie from cues.zcd, compiled at build time), and
 * the PCRE2 patterns of dicts/rules/extract.tsv (compiled and JIT-compiled at open). A bad
 * line or pattern fails the load with file:line. Reads nothing from zc_doc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/tsv.h"
#include "rules_int.h"
#include "words/words_int.h"

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
                                           "encourage", "may", NULL };
static const char *const enf_cats[] = { "none",     "veto",          "financial",
                                        "accountability", "referral", "investigation",
                                        "incentive", "coercive",     "stop",   NULL };
static const char *const enf_modes[] = { "word",  "amount", "needamount", "head",
                                         "order", "party",  "chain",      "fund",
                                         "regime", NULL };
static const char *const actor_types[] = { "word", "prefix", "suffix", "join", "skip", "agent",
                                           "lead", "leadpost", "scope", "alias", "leadfirst",
                                           NULL };
static const char *const cue_roles[] = { "goal", "quota_pre", "quota_post", "past", "fail",
                                         "size", "ui", "cond", "notime", "notime_post",
                                         "future", "prep", "cond_end", "quota_max", "none",
                                         "count_noun", "ord_pre", "list", "weak", "compare",
                                         "rate_end", "doc_title", "event", "plan", "self_plan",
                                         "self_rule", "plan_heading", "background", "total",
                                         "spec", "bracket", "have", "compare_base", "horizon",
                                         "inventory", "self_report", "table_goal",
                                         "table_base", "table_unit", "table_attr",
                                         "table_serial", "table_nil", "kind", "enf_attr",
                                         "received", "cap", "forecast", "designate", "enf_cap",
                                         "enf_stack", "enf_degree", "enf_frame", "order",
                                         "benefit", "call", "enf_party", "enf_party_post",
                                         "enf_party_noun", "procedure", "item", "compose",
                                         "project", "per", "schedule", "impose", "organ",
                                         "request", "money_verb", "occasion", "achieve",
                                         "enf_support", "era", "scheme", "means",
                                         "authority", "violate", "enf_relief", "enf_obstruct",
                                         "enf_assign", "enf_competence", "past_frame", "competent",
                                         "competent_scope", "discipline", "assign", "government",
                                         "enf_kind", "enf_appeal", "enf_combine", "enf_prior",
                                         "enf_point", "enf_public", "enf_right", "enf_encourage", "bear", "level",
                                         "penalize", "venue", "self_guide", "guide_heading",
                                         "expect", "others", "lower_better", "article",
                                         "np_verb", "proposer", "propose", "event_verb",
                                         "enf_procedure", "enf_goods", "enf_licence", "enf_deny",
                                         "enf_fault", "enf_proposal", "speaker", "result", "grip",
                                         "caption", "enf_defer", "impose_adv", "disc_organ", "fine_verb",
                                         "task_list",
                                         "age", "person", "verbal_unit", "suppose", "point", "enf_passive",
                                         "change_from", "change_to", "change_mid", "stock_verb",
                                         "copula",
                                         "in_force", "need", "result_late",
                                         "enf_push",
                                         "alt",
                                         "meeting",
                                         "judge",
                                         "list_open", "list_case",
                                         "enf_submit",
                                         "party_head", "party_check", "pivot",
                                         "light_verb", "occur", "past_adverb",
                                         "enf_lender", "fund_verb", "rate",
                                         "level_class", "list_duty", "perform",
                                         "enf_powers", "enf_join", "measured", "term", "strict", "forward", "charge",
                                         "degree", "dispose", "enf_seek", "enf_survey",
                                         "table_years", "validity", "reach", "enf_range", "scope",
                                         "size_unit", "produce", "oversight", "table_score",
                                         "radius", "phase", "enf_status", "enf_assist", "sweep",
                                         "define", "table_time", "table_total", "table_group",
                                         "eligibility", "check_manner", "table_duty", "done",
                                         "list_task", "attachment", "enf_engaged", "enf_pay",
                                         "ask", "due_head", "whole", "issued", "points",
                                         "incident", NULL };
/* Parallel branches each append a role: the names must stay in step with the enum. */
_Static_assert(sizeof cue_roles / sizeof *cue_roles == ZC_XC_NTYPES + 1,
               "cue_roles names every ZC_XC_* role, in enum order");
/* The cue roles of times (a future or duty marker, a failing, an event, a horizon, a past
 * frame…): like every modal cue, a hit counts only when it starts and ends at the segmenter's
 * word boundaries (zc_ext_word_cue: 将 of 将军, 未 of 未来, 到 of 达到, 后 of 今后). */
static bool word_role(int role)
{
    static const int roles[] = { ZC_XC_FUTURE, ZC_XC_FAIL, ZC_XC_NOTIME, ZC_XC_NOTIME_POST,
                                 ZC_XC_WEAK, ZC_XC_EVENT, ZC_XC_HORIZON, ZC_XC_PAST_FRAME,
                                 ZC_XC_OTHERS, ZC_XC_SUPPOSE, ZC_XC_DEFINE };
    for (size_t i = 0; i < ZC_NELEM(roles); i++)
        if (roles[i] == role)
            return true;
    return false;
}

static const char *const rule_kinds[] = { "target", "deadline", "enforcement", "statistic",
                                          "skip", NULL };

static int lookup(const char *const *names, const char *s)
{
    for (int i = 0; names[i]; i++)   // the first byte before the call: every row asks
        if (names[i][0] == s[0] && strcmp(names[i], s) == 0)
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
    zc_vec pats;          /* char *: each rule's pattern, until its prefilter is read */
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

/* Fills the entry of a line of `f` (its columns already counted); NULL, or what is wrong
 * (in `why` when it names the value). */
static const char *fill_entry(const xfile *f, char **col, pending *p, char *why, size_t whylen)
{
    p->e.tab = (uint8_t)f->tab;
    int v = -1;
    switch (f->tab) {
    case ZC_XT_MOD:
    {
        // must-manner: a manner adverb of that strength (ZC_XM_MANNER); should-prep: a modal
        // fused with a preposition (ZC_XM_PREP).
        static const char *const sfx[] = { "-manner", "-prep" };
        static const uint8_t modes[] = { ZC_XM_MANNER, ZC_XM_PREP };
        size_t cl = strlen(col[1]), k = 0, ml = 0;
        for (; k < ZC_NELEM(sfx); k++) {
            ml = strlen(sfx[k]);
            if (cl > ml && strcmp(col[1] + cl - ml, sfx[k]) == 0)
                break;
        }
        bool mode = k < ZC_NELEM(sfx);
        char cut = mode ? col[1][cl - ml] : 0;
        if (mode)
            col[1][cl - ml] = '\0';
        v = lookup(mod_classes, col[1]);
        if (mode)
            col[1][cl - ml] = cut;
        if (v == 0)
            v = mode ? -1 : ZC_XM_STOP;
        p->e.mode = mode ? modes[k] : 0;
        break;
    }
    case ZC_XT_ENF:
        v = lookup(enf_cats, col[1]);
        if (v == 8)
            v = ZC_XE_STOP;
        int mode = lookup(enf_modes, col[2]);
        if (mode < 0)
            return "mode must be word, amount, needamount, head, order, party or chain";
        p->e.mode = (uint8_t)mode;
        break;
    case ZC_XT_ACTOR:
        v = lookup(actor_types, col[1]);
        break;
    case ZC_XT_CUE:
        v = lookup(cue_roles, col[1]);
        break;
    }
    if (v < 0) {
        snprintf(why, whylen, "unknown %s '%s'",
                 f->tab == ZC_XT_CUE ? "role" : f->tab == ZC_XT_ACTOR ? "type" : "class", col[1]);
        return why;
    }
    p->e.cls = (uint8_t)v;
    p->e.word = (f->tab == ZC_XT_MOD && v != ZC_XM_STOP) || (f->tab == ZC_XT_CUE && word_role(v));
    p->klen = strlen(col[0]);
    p->e.klen = (uint32_t)p->klen;
    return NULL;
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
    char why[200];
    const char *bad = fill_entry(f, col, &p, why, sizeof why);
    if (bad)
        return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: %s", path, lineno, bad);
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
    snprintf(r->reason, sizeof r->reason, "the pattern %s matched", col[0]);
    r->ex.line = (unsigned)lineno;
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
    } else {
        x->ungated[x->nrules / 64] |= UINT64_C(1) << (x->nrules % 64);
    }
    r->kind = kind;
    if (kind == ZC_KIND_TARGET && r->arg[0] && strncmp(r->arg, "value", 5)) {
        // A constant, read once here: [comparator]number[unit] (0, >50%), a comparator
        // RECORDS.md names, = when none is written.
        size_t cl = strspn(r->arg, "<>=");
        char *end;
        static const char *const cmps[] = { "", "=", ">=", "<=", ">", "<" };
        bool known = false;
        for (size_t i = 0; i < sizeof cmps / sizeof *cmps; i++)
            known |= strlen(cmps[i]) == cl && !strncmp(r->arg, cmps[i], cl);
        r->tvalue = strtod(r->arg + cl, &end);
        if (!known || end == r->arg + cl || strlen(end) >= sizeof r->tunit)
            return zc_model_fail(b->m, ZC_EFORMAT, "%s:%zu: a target's arg is value[comparator] "
                                 "or [comparator]number[unit]", path, lineno);
        snprintf(r->tcmp, sizeof r->tcmp, "%.*s", cl ? (int)cl : 1, cl ? r->arg : "=");
        snprintf(r->tunit, sizeof r->tunit, "%s", end);
    }
    char why[300];
    if (!(r->code = zc_regex_compile_nojit(col[2], PCRE2_ZERO_TERMINATED, 0, why, sizeof why)))
        return zc_model_fail(b->m, ZC_EREGEX, "%s:%zu: %s", path, lineno, why);
    char *pat = strdup(col[2]);   // its prefilter is read later, unless cues.zcd holds it
    if (!pat || !zc_vec_push(&b->pats, &pat)) {
        free(pat);
        return zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
    }
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
    int c = zc_da_keycmp(a->key, a->klen, b->key, b->klen);
    if (c)
        return c;
    if (a->e.tab != b->e.tab)
        return a->e.tab < b->e.tab ? -1 : 1;
    return (a->e.cls > b->e.cls) - (a->e.cls < b->e.cls);
}

/* The tables the walks read, derived from the trie (built here or bound from the image):
 * each char's node, each node's entry, both by char, and the two-char filter. False on OOM. */
static bool walk_tables(struct zc_ext_model *x)
{
    if (!(x->charnode = zc_da_char_nodes(&x->da)) || !(x->nodeval = zc_da_values(&x->da)) ||
        !(x->first = malloc(0x10000 * sizeof *x->first)))
        return false;
    for (uint32_t c = 0; c < 0x10000; c++) {
        uint32_t node = x->charnode[c];
        x->first[c] = (zc_ext_first){ node, node ? x->nodeval[node] : -1 };
    }
    return (x->pairs = zc_da_pairs(&x->da, x->charnode)) != NULL;
}

/* Builds the engine's trie over the distinct keys: entries of one key are consecutive (sorted
 * by table and class), each chained to the one before it, and the key's value is the last. */
static zc_status build_trie(builder *b)
{
    struct zc_ext_model *x = b->x;
    free(x->ents);   // a rebuild, with user words: the old trie goes
    free((void *)x->da.base);
    free((void *)x->da.check);
    free(x->charnode);
    free(x->nodeval);
    free(x->first);
    free(x->pairs);
    x->ents = NULL;
    x->da = (zc_da){0};
    x->charnode = NULL;
    x->nodeval = NULL;
    x->first = NULL;
    x->pairs = NULL;
    pending *keys = b->keys.data;
    size_t n = b->keys.len;
    if (n > 1)
        qsort(keys, n, sizeof *keys, cmp_pending);
    x->ents = calloc(n ? n : 1, sizeof *x->ents);
    zc_da_key *dk = malloc((n ? n : 1) * sizeof *dk);
    if (!x->ents || !dk) {
        free(dk);
        return zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
    }
    size_t nk = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && cmp_pending(&keys[i - 1], &keys[i]) == 0) {
            free(dk);
            return zc_model_fail(b->m, ZC_EFORMAT, "lex/%s: duplicate entry %s",
                                 keys[i].e.tab < ZC_NELEM(xfiles) ? xfiles[keys[i].e.tab].name
                                                                  : "../rules/extract.tsv",
                                 keys[i].key);
        }
        x->ents[i] = keys[i].e;
        bool same = i && keys[i - 1].klen == keys[i].klen &&
                    memcmp(keys[i - 1].key, keys[i].key, keys[i].klen) == 0;
        x->ents[i].next = same ? (int32_t)i - 1 : -1;
        if (same)
            dk[nk - 1].value = (uint32_t)i;
        else
            dk[nk++] = (zc_da_key){keys[i].key, (uint32_t)keys[i].klen, (uint32_t)i};
        if (keys[i].e.klen > x->maxkey)
            x->maxkey = keys[i].e.klen;
    }
    x->nents = n;
    int32_t *base, *check;
    uint32_t nn;
    zc_status s = zc_da_build(dk, nk, &base, &check, &nn);
    free(dk);
    if (s != ZC_OK)
        return zc_model_fail(b->m, s, "cannot build the cue lexicon's trie");
    x->da = (zc_da){base, check, nn};
    return walk_tables(x) ? ZC_OK : zc_model_fail(b->m, ZC_ENOMEM, "out of memory");
}

/* Adds the literals `lits` of rule `r` as ZC_XT_PF keys and marks the rule (pf_keys). False on
 * OOM. */
static bool pf_keys_add(builder *b, size_t r, const zc_regex_lits *lits)
{
    struct zc_ext_model *x = b->x;
    for (unsigned i = 0; i < lits->n; i++) {
        pending k = { .key = strndup(lits->s[i], lits->len[i]), .klen = lits->len[i] };
        k.e = (zc_ext_ent){ .tab = ZC_XT_PF, .cls = (uint8_t)r, .klen = lits->len[i] };
        if (!k.key || !zc_vec_push(&b->keys, &k)) {
            free(k.key);
            return false;
        }
    }
    x->pfgated[r / 64] |= UINT64_C(1) << (r % 64);
    return true;
}

/* Makes rule `r`, of pattern `pat`, one that runs only where a literal stands that every match
 * holds in its own text (zc_regex_inside_literals: the match lies inside the sentence
 * searched): keys of the table ZC_XT_PF, found by the sentence reader's walk. Only for a rule
 * with no gate. False on OOM. */
static bool pf_keys(builder *b, size_t r, const char *pat)
{
    if (b->x->rules[r].gated)
        return true;
    zc_regex_lits lits;
    zc_regex_inside_literals(pat, &lits);
    return !lits.n || pf_keys_add(b, r, &lits);
}

/* ---- the trie compiled at build time (cues.zcd) ------------------------------------------
 * `dictc cues` writes the trie build_trie makes from the rows of lex.zcd and rules.zcd and the
 * prefilters read from the patterns, with a print of those rows: a model whose rows have that
 * print takes them from the image instead of sorting and building the trie and reading the
 * patterns' sources at every open. A missing, stale or damaged image is
 * passed over (the rows are always read and checked, so their errors stay those of the
 * open). */

#define CUES_KIND ZC_FOURCC('C', 'U', 'E', 'S')
#define CUES_META ZC_FOURCC('M', 'E', 'T', 'A')
#define CUES_ENTS ZC_FOURCC('E', 'N', 'T', 'S')
#define CUES_BASE ZC_FOURCC('D', 'A', 'B', 'A')
#define CUES_CHECK ZC_FOURCC('D', 'A', 'C', 'H')
#define CUES_PREFILTERS ZC_FOURCC('P', 'F', 'S', ' ')
#define CUES_LITS ZC_FOURCC('L', 'I', 'T', 'S')   /* the ZC_XT_PF keys: rule, length, bytes */

typedef struct cues_meta {
    uint64_t rows;        /* rows_print of the rows the trie was built from */
    uint64_t nents;
    uint64_t checksum;    /* zc_seg_checksum of the fields above, the entries and the trie */
} cues_meta;

/* A print of the rows read (keys with their entries in the order read, then the patterns),
 * as zc_seg_checksum of them; false on OOM. */
static bool rows_print(const builder *b, uint64_t *print)
{
    zc_vec buf;
    zc_vec_init(&buf, 1);
    bool ok = true;
    for (size_t i = 0; ok && i < b->keys.len; i++) {
        const pending *p = &ZC_VEC_AT(&b->keys, pending, i);
        uint8_t f[5] = { p->e.tab, p->e.cls, p->e.mode, p->e.word, 0 };   // 0 ends the key
        ok = zc_vec_reserve(&buf, p->klen + sizeof f);
        if (ok) {
            memcpy((char *)buf.data + buf.len, p->key, p->klen);
            memcpy((char *)buf.data + buf.len + p->klen, f, sizeof f);
            buf.len += p->klen + sizeof f;
        }
    }
    for (size_t i = 0; ok && i < b->pats.len; i++) {
        const char *pat = ZC_VEC_AT(&b->pats, char *, i);
        size_t n = strlen(pat) + 1;   // with its NUL: patterns end where it says
        if ((ok = zc_vec_reserve(&buf, n))) {
            memcpy((char *)buf.data + buf.len, pat, n);
            buf.len += n;
        }
    }
    *print = ok ? zc_seg_checksum(b->keys.len, buf.data, buf.len) : 0;
    zc_vec_free(&buf);
    return ok;
}

static uint64_t cues_checksum(const cues_meta *mt, const void *ents, const zc_da *da,
                              const void *pfs, size_t npfs, const void *lits, size_t nlits)
{
    uint64_t h = zc_seg_checksum(0, mt, offsetof(cues_meta, checksum));
    h = zc_seg_checksum(h, pfs, npfs);
    h = zc_seg_checksum(h, lits, nlits);
    h = zc_seg_checksum(h, ents, mt->nents * sizeof(zc_ext_ent));
    h = zc_seg_checksum(h, da->base, (size_t)da->nnodes * 4);
    return zc_seg_checksum(h, da->check, (size_t)da->nnodes * 4);
}

/* Whether the entries of the image can stand in the trie: each table and next as build_trie
 * makes them. */
static bool ents_valid(const zc_ext_ent *e, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (e[i].tab >= ZC_XT_NTABS || e[i].next >= (int32_t)i || e[i].next < -1 || !e[i].klen)
            return false;
    return true;
}

/* Appends the ZC_XT_PF keys of the image's LITS section to b->keys (pf_keys). False when the
 * section is missing or damaged, or on OOM (the caller drops what was appended). */
static bool lits_from_image(builder *b, const zc_image *img)
{
    size_t n;
    const uint8_t *p = zc_image_get(img, CUES_LITS, &n), *end = p + n;
    if (!p)
        return false;
    while (p < end) {
        if (end - p < 2 || p[0] >= b->x->nrules || !p[1] || p[1] > end - p - 2)
            return false;
        zc_regex_lits one = { .n = 1 };
        one.len[0] = p[1];
        if (p[1] > ZC_PF_LIT_BYTES || b->x->rules[p[0]].gated)
            return false;
        memcpy(one.s[0], p + 2, p[1]);
        if (!pf_keys_add(b, p[0], &one))
            return false;
        p += 2 + p[1];
    }
    return true;
}

/* Takes the trie from dictdir/cues.zcd when it was built from the rows in b->keys (print
 * `print`): copies of its arrays, owned as build_trie's are. False, with nothing taken, when
 * there is no such image. */
static bool trie_from_image(builder *b, const char *dictdir, uint64_t print)
{
    char path[4096], err[256];
    zc_image img;
    if ((size_t)snprintf(path, sizeof path, "%s/cues.zcd", dictdir) >= sizeof path ||
        zc_image_open(path, CUES_KIND, &img, err, sizeof err) != ZC_OK)
        return false;
    struct zc_ext_model *x = b->x;
    size_t nm, ne, np, nl, nread = b->keys.len;
    const cues_meta *mt = zc_image_get(&img, CUES_META, &nm);
    const void *lits = zc_image_get(&img, CUES_LITS, &nl);
    bool lits_ok = mt && nm == sizeof *mt && mt->rows == print && lits_from_image(b, &img);
    const void *ents = zc_image_get(&img, CUES_ENTS, &ne);
    const zc_regex_prefilter *pfs = zc_image_get(&img, CUES_PREFILTERS, &np);
    zc_da da;
    bool ok = lits_ok && mt->nents == b->keys.len &&
              ents && ne == mt->nents * sizeof(zc_ext_ent) && pfs &&
              np == x->nrules * sizeof *pfs &&
              zc_da_from_image(&img, CUES_BASE, CUES_CHECK, &da, err, sizeof err) == ZC_OK &&
              cues_checksum(mt, ents, &da, pfs, np, lits, nl) == mt->checksum &&
              zc_da_check(&da, (uint32_t)mt->nents, err, sizeof err) == ZC_OK &&
              ents_valid(ents, mt->nents);
    for (size_t i = 0; ok && i < x->nrules; i++)
        ok = zc_regex_prefilter_valid(&pfs[i]);
    int32_t *base = ok ? malloc((size_t)da.nnodes * 4) : NULL;
    int32_t *check = ok ? malloc((size_t)da.nnodes * 4) : NULL;
    zc_ext_ent *e = ok ? malloc(ne ? ne : 1) : NULL;
    ok = base && check && e;
    if (ok) {
        memcpy(base, da.base, (size_t)da.nnodes * 4);
        memcpy(check, da.check, (size_t)da.nnodes * 4);
        memcpy(e, ents, ne);
        for (size_t i = 0; i < x->nrules; i++)
            memcpy(&x->rules[i].pf, &pfs[i], sizeof *pfs);
        x->da = (zc_da){ base, check, da.nnodes };
        x->ents = e;
        x->nents = mt->nents;
        for (size_t i = 0; i < x->nents; i++)
            if (e[i].klen > x->maxkey)
                x->maxkey = e[i].klen;
    } else {
        free(base);
        free(check);
        free(e);
        for (size_t i = nread; i < b->keys.len; i++)   // the keys of LITS go too
            free(ZC_VEC_AT(&b->keys, pending, i).key);
        b->keys.len = nread;
        memset(x->pfgated, 0, sizeof x->pfgated);
    }
    zc_image_close(&img);
    return ok;
}

zc_status zc_ext_trie_write(const struct zc_ext_model *x, const char *path, char *err,
                            size_t errlen)
{
    zc_regex_prefilter *pfs = malloc((x->nrules ? x->nrules : 1) * sizeof *pfs);
    if (!pfs) {
        snprintf(err, errlen, "out of memory");
        return ZC_ENOMEM;
    }
    for (size_t i = 0; i < x->nrules; i++)
        memcpy(&pfs[i], &x->rules[i].pf, sizeof *pfs);
    zc_vec lits;   // rule, length, bytes of each ZC_XT_PF key
    zc_vec_init(&lits, 1);
    for (size_t i = 0; i < x->keys.len; i++) {
        const pending *k = &ZC_VEC_AT(&x->keys, pending, i);
        if (k->e.tab != ZC_XT_PF)
            continue;
        if (!zc_vec_reserve(&lits, 2 + k->klen)) {
            free(pfs);
            zc_vec_free(&lits);
            snprintf(err, errlen, "out of memory");
            return ZC_ENOMEM;
        }
        uint8_t *q = (uint8_t *)lits.data + lits.len;
        q[0] = k->e.cls;
        q[1] = (uint8_t)k->klen;
        memcpy(q + 2, k->key, k->klen);
        lits.len += 2 + k->klen;
    }
    cues_meta mt = { x->rows, x->nents, 0 };
    mt.checksum = cues_checksum(&mt, x->ents, &x->da, pfs, x->nrules * sizeof *pfs, lits.data,
                                lits.len);
    zc_image_part parts[] = {
        { CUES_META, &mt, sizeof mt },
        { CUES_ENTS, x->ents, x->nents * sizeof *x->ents },
        { CUES_BASE, x->da.base, (size_t)x->da.nnodes * 4 },
        { CUES_CHECK, x->da.check, (size_t)x->da.nnodes * 4 },
        { CUES_PREFILTERS, pfs, x->nrules * sizeof *pfs },
        { CUES_LITS, lits.data, lits.len },
    };
    zc_status s = zc_image_write(path, CUES_KIND, parts, ZC_NELEM(parts), err, errlen);
    free(pfs);
    zc_vec_free(&lits);
    return s;
}

/* The decision tables, by ZC_XD_*, with what the code lets each of them name. */
static const struct {
    const char *name;
    const zc_dec_spec *spec;
} dec_files[ZC_XD_NTABLES] = {
    { "rules/decide-number.tsv", &zc_ext_number_spec },
    { "rules/decide-statistic.tsv", &zc_ext_statistic_spec },
    { "rules/decide-deadline.tsv", &zc_ext_deadline_spec },
    { "rules/decide-enforcement.tsv", &zc_ext_enforcement_spec },
};

zc_status zc_ext_model_load(zc_model *m, const char *dictdir)
{
    struct zc_ext_model *x = calloc(1, sizeof *x);
    if (!x)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    builder b = { .m = m, .x = x };
    pthread_mutex_init(&x->jit_lock, NULL);
    zc_vec_init(&b.keys, sizeof(pending));
    zc_vec_init(&b.pats, sizeof(char *));
    char name[64];
    zc_status s = ZC_OK;
    for (size_t i = 0; s == ZC_OK && i < ZC_NELEM(xfiles); i++) {
        snprintf(name, sizeof name, "lex/%s", xfiles[i].name);
        s = read_tsv(&b, dictdir, name, lex_line, &xfiles[i]);
    }
    if (s == ZC_OK)
        s = read_tsv(&b, dictdir, "rules/extract.tsv", rule_line, NULL);
    for (size_t i = 0; s == ZC_OK && i < x->nrules; i++) {   // the array no longer moves
        x->rules[i].ex.table = "extract";
        x->rules[i].ex.reason = x->rules[i].reason;
    }
    if (s == ZC_OK && !rows_print(&b, &x->rows))
        s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
    if (s == ZC_OK && !trie_from_image(&b, dictdir, x->rows)) {
        for (size_t i = 0; s == ZC_OK && i < x->nrules; i++) {
            const char *pat = ZC_VEC_AT(&b.pats, char *, i);
            zc_regex_prefilter_build(x->rules[i].code, pat, &x->rules[i].pf);
            if (!pf_keys(&b, i, pat))
                s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
        }
        if (s == ZC_OK)
            s = build_trie(&b);
    } else if (s == ZC_OK && !walk_tables(x)) {
        s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
    }
    for (size_t i = 0; s == ZC_OK && i < x->nrules; i++)
        if (x->rules[i].pf.behind > x->behind)
            x->behind = x->rules[i].pf.behind;
    for (size_t i = 0; i < b.pats.len; i++)
        free(ZC_VEC_AT(&b.pats, char *, i));
    zc_vec_free(&b.pats);
    for (int i = 0; s == ZC_OK && i < ZC_XD_NTABLES; i++) {
        char err[512];
        s = zc_dec_load(&x->dec[i], dictdir, dec_files[i].name, dec_files[i].spec, err,
                        sizeof err);
        if (s != ZC_OK)
            s = zc_model_fail(m, s, "%s", err);
    }
    // Numbers and times: the match model's lexicon when it is loaded, else our own copy.
    if (s == ZC_OK && !(m->match && m->match->lex))
        s = zc_lex_load(m, dictdir, &x->lex);
    x->keys = b.keys;
    if (s != ZC_OK) {
        zc_ext_model_free(x);
        return s;
    }
    m->ext = x;
    return ZC_OK;
}

/* ---- user lexicons --------------------------------------------------------------------- */

/* What a user line's kind names: the cue lexicon files by what they hold. */
static const char *const user_kinds[] = { "modality", "enforcement", "actor", "cue", NULL };

/* True when `p`'s key, table and class are an entry already: of the lexicon, or of the user
 * lines before it (keys[from..]). */
static bool known(const struct zc_ext_model *x, const zc_vec *keys, size_t from, const pending *p)
{
    for (int64_t e = zc_da_find(&x->da, p->key, p->klen); e >= 0; e = x->ents[e].next)
        if (x->ents[e].tab == p->e.tab && x->ents[e].cls == p->e.cls)
            return true;
    for (size_t i = from; i < keys->len; i++)
        if (cmp_pending(&ZC_VEC_AT(keys, pending, i), p) == 0)
            return true;
    return false;
}

/* Adds the entry of one user line `surface, kind, category` to b->keys; NULL, or why not. */
static const char *user_line(builder *b, size_t from, char **col, int ncol, char *why,
                             size_t whylen, zc_status *s)
{
    if (ncol != 3 || !col[0][0] || !col[1][0] || !col[2][0])
        return "expected 3 columns: surface, kind, category";
    int k = lookup(user_kinds, col[1]);
    if (k < 0)
        return "kind must be modality, enforcement, actor or cue";
    char *cols[3] = { col[0], col[2], "word" };   // an enforcement word makes its record alone
    pending p = { 0 };
    const char *bad = fill_entry(&xfiles[k], cols, &p, why, whylen);
    if (bad)
        return bad;
    p.key = col[0];
    if (known(b->x, &b->keys, from, &p))
        return "already in the lexicon";
    if (!(p.key = strdup(col[0])) || !zc_vec_push(&b->keys, &p)) {
        free(p.key);
        *s = ZC_ENOMEM;
    }
    return NULL;
}

zc_status zc_model_add_user_lex(zc_model *m, const char *path, size_t *nadded,
                                size_t *nrejected)
{
    if (nadded)
        *nadded = 0;
    if (nrejected)
        *nrejected = 0;
    m->errmsg[0] = '\0';
    if (!m->ext)
        return zc_model_fail(m, ZC_EINVAL, "%s: the model has no extraction lexicon", path);
    zc_tsv t;
    char err[512], why[200];
    zc_status s = zc_tsv_open(&t, NULL, path, err, sizeof err);
    if (s != ZC_OK)
        return zc_model_fail(m, s, "%s", err);
    builder b = { .m = m, .x = m->ext, .keys = m->ext->keys };
    size_t from = b.keys.len, added = 0;
    zc_model_report r = { m, 0, 0 };
    int got;
    while (s == ZC_OK && (got = zc_tsv_next(&t, err, sizeof err)) != 0) {
        if (got < 0 && ferror(t.f)) {
            s = zc_model_fail(m, ZC_EIO, "%s", err);
        } else if (got < 0) {   // err is "path:line: reason"
            const char *reason = strstr(err + strlen(t.path), ": ");
            zc_model_reject(&r, t.path, t.lineno, "%s", reason ? reason + 2 : err);
        } else {
            const char *bad = user_line(&b, from, t.col, t.ncol, why, sizeof why, &s);
            if (bad)
                zc_model_reject(&r, t.path, t.lineno, "%s", bad);
            else if (s == ZC_OK)
                added++;
        }
    }
    zc_tsv_close(&t);
    if (s == ZC_OK && added)
        s = build_trie(&b);
    m->ext->keys = b.keys;
    if (s == ZC_ENOMEM)
        return zc_model_fail(m, s, "%s: out of memory", path);
    if (s != ZC_OK)
        return s;
    zc_model_report_end(&r);
    if (nadded)
        *nadded = added;
    if (nrejected)
        *nrejected = r.rejected;
    return ZC_OK;
}

void zc_ext_model_free(struct zc_ext_model *x)
{
    if (!x)
        return;
    free((void *)x->da.base);
    free((void *)x->da.check);
    free(x->charnode);
    free(x->nodeval);
    free(x->first);
    free(x->pairs);
    free(x->ents);
    for (size_t i = 0; i < x->keys.len; i++)
        free(ZC_VEC_AT(&x->keys, pending, i).key);
    zc_vec_free(&x->keys);
    for (size_t i = 0; i < x->nrules; i++)
        pcre2_code_free(x->rules[i].code);
    free(x->rules);
    pthread_mutex_destroy(&x->jit_lock);
    zc_lex_free(x->lex);
    for (int i = 0; i < ZC_XD_NTABLES; i++)
        zc_dec_free(&x->dec[i]);
    free(x);
}

const struct zc_lexicon *zc_ext_lexicon(const zc_model *m)
{
    if (m->match && m->match->lex)
        return m->match->lex;
    return m->ext ? m->ext->lex : NULL;
}
