/*
 * rules.c — zc_ext_find: runs the extraction rules over every sentence of a structured doc.
 * Reads the matching view (d->norm), the sentences and headings of the structure stage and
 * the document date option; finds the cue lexicon hits and clauses of each sentence, then
 * calls the rules (enforce.c, deadline.c, the patterns of dicts/rules/extract.tsv, number.c),
 * which append zc_records. Fills the common fields of RECORDS.md: kind, text, sentence,
 * rule; the rules fill the rest.
 */
#define _GNU_SOURCE   // memmem
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

/* ---- lexicon hits ------------------------------------------------------------------------ */

static bool is_alnum(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Appends every lexicon entry whose key is a prefix of text[pos, end) (pos begins a char),
 * the walk at `node` after the bytes [pos, i) (zc_da_first), whose entry is `val`
 * (x->nodeval[node]), in `da`: the caller's local copy of the lexicon's trie, which the
 * pushes cannot alias. The entries of the patterns' tables (gates, prefilter keys) only note
 * their class in st->rulecls. */
static inline __attribute__((always_inline)) bool hits_from(zc_ext_sent *st, const zc_da *da,
                                                            size_t pos, uint32_t node,
                                                            int32_t val, size_t i, size_t end)
{
    const struct zc_ext_model *x = st->x;
    const uint8_t *u = (const uint8_t *)st->text;
    if (!node)
        return true;
    for (;;) {
        for (int64_t e = val; e >= 0; e = x->ents[e].next) {
            if (x->ents[e].tab >= ZC_XT_GATE) {
                unsigned cls = x->ents[e].cls;
                st->rulecls[x->ents[e].tab - ZC_XT_GATE][cls / 64] |= UINT64_C(1) << (cls % 64);
                continue;
            }
            if (st->hits.len == st->hits.cap && !zc_vec_reserve(&st->hits, 1))
                return false;   // a typed store: zc_vec_push copies through memcpy
            ZC_VEC_AT(&st->hits, zc_ext_hit, st->hits.len++) = (zc_ext_hit){ pos, i, &x->ents[e] };
        }
        if (i >= end || !(node = zc_da_next(da, node, u[i++])))
            return true;
        val = x->nodeval[node];
    }
}

static bool hits_at(zc_ext_sent *st, const zc_da *da, size_t pos, size_t end)
{
    size_t i;
    uint32_t node = zc_da_first(da, st->x->charnode, st->text + pos, end - pos, &i);
    return hits_from(st, da, pos, node, node ? st->x->nodeval[node] : -1, pos + i, end);
}

/* The end of the longest entry of `tab`/`cls` that starts at text[s] within [s, e), or s. Most
 * chars begin no key: one load tells (the first char's node). */
static size_t text_entry_end(const struct zc_ext_model *x, const char *text, size_t s, size_t e,
                             int tab, int cls)
{
    size_t i, end = s;
    uint32_t node = zc_da_first(&x->da, x->charnode, text + s, e - s, &i);
    for (i += s; node;) {
        for (int64_t en = x->nodeval[node]; en >= 0; en = x->ents[en].next)
            if (x->ents[en].tab == tab && (cls < 0 || x->ents[en].cls == cls))
                end = i;
        if (i >= e)
            break;
        node = zc_da_next(&x->da, node, (uint8_t)text[i++]);
    }
    return end;
}

/* True when an entry of `tab`/`cls` occurs anywhere in text[s, e) (no leftmost-longest). */
static bool text_has(const struct zc_ext_model *x, const char *text, size_t s, size_t e, int tab,
                     int cls)
{
    for (size_t pos = s; pos < e; pos = zc_ext_next_char(text, pos))
        if (text_entry_end(x, text, pos, e, tab, cls) > pos)
            return true;
    return false;
}

bool zc_ext_text_has(const struct zc_ext_model *x, const char *text, size_t s, size_t e,
                     int tab, int cls)
{
    return text_has(x, text, s, e, tab, cls);
}

bool zc_ext_text_is(const struct zc_ext_model *x, const char *text, size_t s, size_t e, int tab,
                    int cls)
{
    return e > s && text_entry_end(x, text, s, e, tab, cls) == e;
}

bool zc_ext_attachment_label(const struct zc_ext_model *x, const char *text, size_t s, size_t e)
{
    size_t p = text_entry_end(x, text, s, e, ZC_XT_CUE, ZC_XC_ATTACHMENT);
    if (p == s)
        return false;
    for (; p < e; p++)
        if (!isdigit((unsigned char)text[p]) && !strchr(" \t:\r\n", text[p]))
            return false;
    return true;
}

const zc_ext_hit *zc_ext_hit_at_walk(const zc_ext_sent *st, size_t pos, int tab, int cls)
{
    const zc_ext_hit *best = NULL;
    for (size_t i = zc_ext_first_hit(st, pos); i < st->hits.len; i++) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->start > pos)
            break;
        if (h->start == pos && h->e->tab == tab && (cls < 0 || h->e->cls == cls) &&
            (!best || h->end > best->end))
            best = h;
    }
    return best;
}

const zc_ext_hit *zc_ext_hit_ending_walk(const zc_ext_sent *st, size_t pos, int tab, int cls)
{
    const zc_ext_hit *best = NULL;
    size_t from = pos > st->x->maxkey ? pos - st->x->maxkey : 0;
    for (size_t i = zc_ext_first_hit(st, from); i < st->hits.len; i++) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->start >= pos)
            break;
        if (h->end == pos && h->e->tab == tab && (cls < 0 || h->e->cls == cls) &&
            (!best || h->start < best->start))
            best = h;
    }
    return best;
}

_Static_assert(ZC_LX_LEAD <= UINT16_MAX, "zc_ext_sent.starts holds the masks in 16 bits");

uint32_t zc_ext_time_memo(const zc_ext_sent *st, size_t pos)
{
    size_t c = 0;
    zc_timex t;
    // Only asked where st->starts lets a time start (zc_ext_time_starts): the parser's own
    // start check would be the same.
    bool ok = zc_timex_parse_started(st->lx, st->text + pos, st->end - pos,
                                     ZC_VEC_AT(&st->starts, uint16_t, pos - st->start),
                                     st->doc_date, &c, &t);
    if (ok) {   // the deadline rule asks for it next (zc_ext_time_at)
        zc_ext_sent *m = (zc_ext_sent *)st;
        m->time_pos = pos;
        m->time = t;
    }
    return ZC_VEC_AT(&st->timeat, uint32_t, pos - st->start) = 1 + 2 * (uint32_t)c + ok;
}

bool zc_ext_time_at(const zc_ext_sent *st, size_t pos, size_t *consumed, zc_timex *t)
{
    if (st->time_pos == pos) {
        uint32_t memo = ZC_VEC_AT(&st->timeat, uint32_t, pos - st->start);
        *consumed = (memo - 1) / 2;
        *t = st->time;
        return true;
    }
    return zc_timex_parse(st->lx, st->text + pos, st->end - pos, st->doc_date, consumed, t);
}

/* Fills st->chosen: for each table, the hits a leftmost-longest walk over the whole table
 * takes (a longer entry, a stop word, hides the shorter ones inside it whatever their class). */
static bool choose_hits(zc_ext_sent *st)
{
    size_t cover[ZC_XT_NTABS] = { 0 };
    for (int t = 0; t < ZC_XT_NTABS; t++)
        st->chosen[t].len = 0;
    memset(st->hascls, 0, sizeof st->hascls);
    _Static_assert(ZC_XT_PF == ZC_XT_GATE + 1 && ZC_XT_NTABS == ZC_XT_PF + 1,
                   "rulecls holds the last two tables of hascls");
    memcpy(st->hascls[ZC_XT_GATE], st->rulecls, sizeof st->rulecls);
    // The hits in locals: the stores to st->hascls (uint64_t, as size_t) would make the
    // compiler load st->hits again at every hit.
    const zc_ext_hit *hits = st->hits.data;
    size_t nhits = st->hits.len;
    for (size_t i = 0; i < nhits;) {
        size_t start = hits[i].start, j = i, maxend[ZC_XT_NTABS];
        unsigned tabs = 0;   // the tables whose maxend is set: most starts have one or two
        for (; j < nhits && hits[j].start == start; j++) {
            const zc_ext_hit *h = &hits[j];
            unsigned t = h->e->tab;
            // A mechanism read across words is none (警告 in 预警/告知): the walk goes on to
            // the cues inside (处/罚款: 罚款). A stop entry hides whatever its span.
            if ((!(tabs >> t & 1) || h->end > maxend[t]) &&
                !(t == ZC_XT_ENF && h->e->cls != ZC_XE_STOP &&
                  zc_ext_crosses_word(st, h->start, h->end))) {
                maxend[t] = h->end;
                tabs |= 1u << t;
            }
            st->hascls[t][h->e->cls / 64] |= UINT64_C(1) << (h->e->cls % 64);
        }
        for (; tabs; tabs &= tabs - 1) {
            int t = __builtin_ctz(tabs);
            if (start >= cover[t]) {
                zc_vec *gs = &st->chosen[t];
                if (!zc_vec_reserve(gs, 1))
                    return false;
                ZC_VEC_AT(gs, zc_ext_group, gs->len++) = (zc_ext_group){ (uint32_t)i, maxend[t] };
                cover[t] = maxend[t];
            }
        }
        i = j;
    }
    return true;
}

/* Of the longest hits of table `tab` in group gr, the first of class `cls` (any when
 * negative), or SIZE_MAX. */
static size_t group_hit(const zc_ext_sent *st, const zc_ext_group *gr, int tab, int cls)
{
    size_t start = ZC_EXT_HIT(st, gr->first)->start;
    for (size_t j = gr->first; j < st->hits.len && ZC_EXT_HIT(st, j)->start == start; j++) {
        const zc_ext_hit *b = ZC_EXT_HIT(st, j);
        if (b->e->tab == tab && b->end == gr->end && (cls < 0 || b->e->cls == cls))
            return j;
    }
    return SIZE_MAX;
}

size_t zc_ext_chosen_hit(const zc_ext_sent *st, int tab, size_t g)
{
    return group_hit(st, &ZC_VEC_AT(&st->chosen[tab], zc_ext_group, g), tab, -1);
}

size_t zc_ext_walk_from(zc_ext_walk *w, const zc_ext_sent *st, size_t s, size_t e, int tab,
                        int cls)
{
    const zc_vec *gs = &st->chosen[tab];
    size_t lo = 0, hi = gs->len;   // the first group at or after s: long sentences have many
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ZC_EXT_HIT(st, ZC_VEC_AT(gs, zc_ext_group, mid).first)->start < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    *w = (zc_ext_walk){ lo, e, tab, cls };
    return zc_ext_walk_next(st, w);
}

size_t zc_ext_walk_next(const zc_ext_sent *st, zc_ext_walk *w)
{
    const zc_vec *gs = &st->chosen[w->tab];
    for (; w->g < gs->len; w->g++) {
        const zc_ext_group *gr = &ZC_VEC_AT(gs, zc_ext_group, w->g);
        if (ZC_EXT_HIT(st, gr->first)->start >= w->e)
            break;
        if (gr->end > w->e)
            continue;
        size_t best = group_hit(st, gr, w->tab, w->cls);
        if (best != SIZE_MAX) {
            w->g++;
            return best;
        }
    }
    w->g = gs->len;
    return SIZE_MAX;
}

size_t zc_ext_next_hit_walk(const zc_ext_sent *st, size_t from, size_t s, size_t e, int tab,
                            int cls)
{
    // A hit at or after `from` starts no earlier than hit `from` (the hits are by start): the
    // walks that ask again from the hit after the last one skip the groups before it.
    if (from >= st->hits.len)
        return SIZE_MAX;
    if (ZC_EXT_HIT(st, from)->start > s)
        s = ZC_EXT_HIT(st, from)->start;
    zc_ext_walk w;
    size_t i = zc_ext_walk_in(&w, st, s, e, tab, cls);
    while (i != SIZE_MAX && i < from)
        i = zc_ext_walk_next(st, &w);
    return i;
}

size_t zc_ext_next_furniture(const zc_ext_sent *st, size_t from, size_t s, size_t e)
{
    for (size_t i = zc_ext_next_hit(st, from, s, e, ZC_XT_CUE, ZC_XC_UI); i != SIZE_MAX;
         i = zc_ext_next_hit(st, i + 1, s, e, ZC_XT_CUE, ZC_XC_UI)) {
        // A label a value follows: 浏览次数:1268, 发表时间 267184, QQ 303998284.
        static const char times[] = "次数", colon[] = "：";
        size_t p = zc_ext_skip_spaces(st, ZC_EXT_HIT(st, i)->end, st->end);
        if (st->end - p >= strlen(times) && !memcmp(st->text + p, times, strlen(times)))
            p = zc_ext_skip_spaces(st, p + strlen(times), st->end);
        if (p < st->end && ((st->text[p] >= '0' && st->text[p] <= '9') || st->text[p] == ':' ||
                            (st->end - p >= strlen(colon) &&
                             !memcmp(st->text + p, colon, strlen(colon)))))
            return i;
    }
    return SIZE_MAX;
}

bool zc_ext_has_any(const zc_ext_sent *st, size_t s, size_t e, int tab, int cls)
{
    for (size_t i = 0; i < st->hits.len; i++) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->start >= e)
            break;
        if (h->start >= s && h->e->tab == tab && (cls < 0 || h->e->cls == cls))
            return true;
    }
    return false;
}

void zc_ext_take(zc_ext_sent *st, size_t s, size_t e)
{
    // Spans lie in the sentence; the byte map answers zc_ext_taken in one load.
    for (size_t b = s < st->start ? st->start : s; b < e && b < st->end; b++)
        ZC_VEC_AT(&st->used, uint8_t, b - st->start) = 1;
}

void zc_ext_note_condition(zc_ext_sent *st, zc_vspan c)
{
    if (c.end > c.start && zc_ext_hit_ending(st, c.end, ZC_XT_CUE, ZC_XC_CONDEND))
        zc_vec_push(&st->conds, &c);   // on OOM the thresholds stay figures
}

zc_record *zc_ext_emit(zc_ext_sent *st, zc_kind kind, size_t s, size_t e, const char *rule)
{
    zc_record r;
    memset(&r, 0, sizeof r);
    r.kind = kind;
    r.text = (zc_vspan){ s, e };
    r.sentence = st->index;
    r.rule = rule;
    return zc_vec_push(st->out, &r);
}

void zc_ext_explain(zc_record *r, const zc_dec_row *const *rows, unsigned n)
{
    for (unsigned i = 0; i < n && r->nexplain < ZC_EXPLAIN_MAX; i++)
        r->explain[r->nexplain++] = &rows[i]->ex;
}

zc_record *zc_ext_reject(zc_ext_sent *st, zc_kind kind, size_t s, size_t e,
                         const zc_dec_row *const *rows, unsigned n)
{
    zc_record r;
    memset(&r, 0, sizeof r);
    r.kind = kind;
    r.text = (zc_vspan){ s, e };
    r.sentence = st->index;
    zc_ext_explain(&r, rows, n);
    return zc_vec_push(st->rejected, &r);
}

/* ---- patterns of dicts/rules/extract.tsv ------------------------------------------------ */

/* The enforcement category named by a rule's arg (veto, financial, ...), or ZC_CAT_NONE. */
static zc_category category_of(const char *arg)
{
    int c = zc_category_parse(arg);
    return c < 0 ? ZC_CAT_NONE : (zc_category)c;
}

/* True when an enforcement record of the sentence already overlaps [s, e). Records of another
 * category inside it are dropped first: the pattern says what is done to them (撤销奖励,
 * 撤销称号: a reward revoked is veto, not a reward). */
static bool enforcement_overlaps(zc_ext_sent *st, size_t s, size_t e, zc_category cat)
{
    size_t w = st->out->len;
    while (w > 0 && ZC_VEC_AT(st->out, zc_record, w - 1).sentence == st->index)
        w--;
    for (size_t i = w; cat != ZC_CAT_NONE && i < st->out->len; i++) {
        const zc_record *r = &ZC_VEC_AT(st->out, zc_record, i);
        if (!(r->kind == ZC_KIND_ENFORCEMENT && r->category != cat && r->text.start >= s &&
              r->text.end <= e))
            ZC_VEC_AT(st->out, zc_record, w++) = *r;
    }
    if (cat != ZC_CAT_NONE)
        st->out->len = w;
    for (size_t i = st->out->len; i > 0; i--) {
        const zc_record *r = &ZC_VEC_AT(st->out, zc_record, i - 1);
        if (r->sentence != st->index)
            break;
        if (r->kind == ZC_KIND_ENFORCEMENT && r->text.start < e && s < r->text.end)
            return true;
    }
    return false;
}

static void rule_value(zc_ext_sent *st, zc_record *rec, size_t s, size_t e, const char *cmp);

/* JIT-compiles the rule's pattern before its first match, once whatever the threads: a
 * document runs about half the rules, and the model's open need not pay for the others. */
static void jit_rule(const struct zc_ext_model *x, const zc_ext_rule *rule)
{
    zc_ext_rule *r = (zc_ext_rule *)rule;
    pthread_mutex_t *lock = (pthread_mutex_t *)&x->jit_lock;
    pthread_mutex_lock(lock);
    if (!atomic_load_explicit(&r->jitted, memory_order_relaxed)) {
        zc_regex_jit(r->code);
        atomic_store_explicit(&r->jitted, true, memory_order_release);
    }
    pthread_mutex_unlock(lock);
}

zc_status zc_ext_patterns(zc_ext_sent *st)
{
    const struct zc_ext_model *x = st->x;
    // The rules that run: those without a gate and those whose gate is in the sentence (at
    // most 256 rules: a gate's class is its rule, st->hascls holds the classes the hits
    // have), a rule whose first prefilter set is in the trie (ZC_XT_PF) only where one of
    // its literals is; the others are not searched. In file order, by their bits.
    uint64_t open[4];
    for (size_t w = 0; w < 4; w++)
        open[w] = (x->ungated[w] & ~x->pfgated[w]) | st->hascls[ZC_XT_GATE][w] |
                  (st->hascls[ZC_XT_PF][w] & x->pfgated[w]);
    zc_regex_chars chars;   // the sentence's, from the longest lookbehind before it on
    bool have_chars = false;
    for (size_t r = 0; r < x->nrules; r++) {
        uint64_t rest = open[r / 64] >> (r % 64);
        if (!rest) {   // no rule runs from here to the end of this word
            r |= 63;
            continue;
        }
        r += (size_t)__builtin_ctzll(rest);
        const zc_ext_rule *rule = &x->rules[r];
        if (rule->pf.nsets && !have_chars) {   // the sentence's, and those behind it
            size_t from = st->start;
            for (unsigned k = 0; k < x->behind && from > 0; k++)
                from = zc_ext_prev_char(st->text, from);
            zc_regex_chars_of(&chars, st->text + from, st->start - from);
            for (size_t w = 0; w < ZC_NELEM(chars.w); w++)
                chars.w[w] |= st->chars.w[w];
            have_chars = true;
        }
        if (rule->pf.nsets && !zc_regex_may_match(&rule->pf, &chars))
            continue;   // a literal every match holds is not in the sentence
        if (!atomic_load_explicit(&rule->jitted, memory_order_acquire))
            jit_rule(x, rule);
        pcre2_match_data *md = st->md;
        size_t off = st->start;
        while (off < st->end) {
            // The view is valid UTF-8 by construction: no re-check of the whole text per call.
            int rc = zc_regex_match(rule->code, st->text, st->end, off, 0, md, st->m->pcre_mctx);
            if (rc <= 0)
                break;
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            // Group 1, when the pattern has one, is the trigger; the rest is context.
            size_t s = ov[0], e = ov[1];
            if (rc > 1 && ov[2] != PCRE2_UNSET)
                s = ov[2], e = ov[3];
            off = ov[1] > off ? ov[1] : zc_ext_next_char(st->text, off);
            if (zc_ext_taken(st, s))
                continue;
            zc_ext_take(st, ov[0], ov[1]);
            if (rule->kind > ZC_KIND_STATISTIC)
                continue;   // skip: a never-number stretch
            if (rule->kind == ZC_KIND_ENFORCEMENT &&
                enforcement_overlaps(st, s, e, category_of(rule->arg)))
                continue;   // a lexicon entry already made it (移送公安机关)
            zc_record *rec = zc_ext_emit(st, (zc_kind)rule->kind, s, e, rule->id);
            if (!rec)
                return ZC_ENOMEM;
            rec->explain[rec->nexplain++] = &rule->ex;
            if (rule->kind != ZC_KIND_STATISTIC) {   // a reported count has neither (GUIDELINES.md)
                rec->modality = zc_ext_modality(st, s, e);
                rec->actor = zc_ext_actor(st, s);
            }
            if (strncmp(rule->arg, "value", 5) == 0 &&
                (rule->kind == ZC_KIND_TARGET || rule->kind == ZC_KIND_STATISTIC)) {
                // A specification (时间分辨率6小时), a count a pattern finds (已举办6届) or a
                // standard's floor (保存期限不得少于二年: arg value>=): the trigger's number,
                // past the comparator words that open it, its unit what follows.
                rule_value(st, rec, s, e, rule->kind == ZC_KIND_TARGET ? rule->arg + 5 : NULL);
            } else if (rule->kind == ZC_KIND_TARGET) {
                // A constant the words state (read at load): zero goals (清零, “零焚烧”, 为零:
                // 0), whose zero is named before (隐患清零, 辍学率为零) or inside the trigger
                // (零焚烧); a majority (过半数: >50%).
                rec->value = rule->tvalue;
                _Static_assert(sizeof rule->tcmp == sizeof rec->comparator &&
                                   sizeof rule->tunit == sizeof rec->unit, "target constant");
                memcpy(rec->comparator, rule->tcmp, sizeof rule->tcmp);
                memcpy(rec->unit, rule->tunit, sizeof rule->tunit);
                rec->indicator = rec->value == 0 ? zc_ext_zero_indicator(st, s, e)
                                                 : zc_ext_indicator(st, s, e, true);
            } else if (rule->kind == ZC_KIND_ENFORCEMENT) {
                rec->category = category_of(rule->arg);
                rec->mechanism = (zc_vspan){ ov[0], ov[1] };
                rec->condition = zc_ext_condition(st, s);
                zc_ext_note_condition(st, rec->condition);
            } else if (rule->kind == ZC_KIND_DEADLINE) {
                rec->relation = ZC_REL_UNSPECIFIED;
                snprintf(rec->recurrence, sizeof rec->recurrence, "%.15s", rule->arg);
                const zc_ext_clause *c = zc_ext_clause_at(st, e);
                rec->task = (zc_vspan){ ov[1], c ? c->end : ov[1] };
            }
        }
    }
    return ZC_OK;
}

/* Fills the value, unit, indicator and (for a target, `cmp`: "" for =) comparator of a pattern's
 * record from its trigger [s, e): the first number in it, Arabic or Chinese, and the text after
 * the number as the unit (不少于三十日 → 30 日 >=; 时间分辨率6小时 → 6 小时 =). */
static void rule_value(zc_ext_sent *st, zc_record *rec, size_t s, size_t e, const char *cmp)
{
    size_t q = s, n = 0;
    long iv = 0;
    while (q < e && !(st->text[q] >= '0' && st->text[q] <= '9') &&
           !(n = zc_num_int(st->lx, st->text + q, e - q, &iv)))
        q = zc_ext_next_char(st->text, q);
    // A fraction (三分之二以上, 2/3以上): the number parser's decimal, with no unit (as the
    // number rules write it).
    zc_number fr;
    size_t used;
    char num[32], *end = num;
    if (q < e && zc_num_parse(st->lx, st->text + q, e - q, &used, &fr) &&
        (fr.fraction || memmem(st->text + q, e - q, "分之", strlen("分之")))) {
        rec->value = fr.value;
        snprintf(num, sizeof num, "%s", fr.unit);
    } else if (q < e && st->text[q] >= '0' && st->text[q] <= '9') {
        snprintf(num, sizeof num, "%.*s", (int)(e - q), st->text + q);
        rec->value = strtod(num, &end);
    } else {
        rec->value = (double)iv;
        snprintf(num, sizeof num, "%.*s", (int)(e - q - n), st->text + q + n);
    }
    while (*end == ' ')
        end++;
    // The unit as units.tsv reports a measure that is one entry (标准箱 → 标箱); a length of
    // time as written, but 个 before a unit of two characters or more (个工作日 → 工作日,
    // 个小时 → 小时; 个月 keeps it, 月 alone names a month).
    const char *unit = end;
    const zc_lexent *u = zc_lex_match(st->lx, ZC_LX_UNIT, end, strlen(end), -1);
    if (u && u->klen == strlen(end) && u->kind == ZC_UNIT_UNIT && u->str && *u->str &&
        strcmp(u->str, "-") != 0 && (u->num == 0 || u->num == 1))
        unit = u->str;
    else if (strncmp(end, "个", strlen("个")) == 0 && strlen(end) >= strlen("个工作"))
        unit += strlen("个");
    snprintf(rec->unit, sizeof rec->unit, "%.23s", unit);
    rec->indicator = zc_ext_indicator(st, s, e, cmp != NULL);
    if (cmp)
        strcpy(rec->comparator, *cmp ? cmp : "=");
}

/* ---- the document date ------------------------------------------------------------------- */

/* Reads four ASCII digits 1900-2099 at s; 0 when there are none. */
static int year_at(const char *s, size_t len)
{
    if (len < 4)
        return 0;
    for (int i = 0; i < 4; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (len > 4 && s[4] >= '0' && s[4] <= '9')
        return 0;
    return y >= 1900 && y < 2100 ? y : 0;
}

/* Reads 1-2 ASCII digits at s[*i] followed by the UTF-8 marker `mark`; 0 when absent. */
static int digits_mark(const char *s, size_t len, size_t *i, const char *mark)
{
    size_t k = *i, ml = strlen(mark);
    int v = 0;
    while (k < len && k - *i < 2 && s[k] >= '0' && s[k] <= '9')
        v = v * 10 + (s[k++] - '0');
    if (k == *i || k + ml > len || memcmp(s + k, mark, ml) != 0)
        return 0;
    *i = k + ml;
    return v;
}

/* The normalized text of sentence i of d and its length in bytes. */
static const char *sentence_text(const zc_doc *d, size_t i, size_t *len)
{
    zc_sentence_info si;
    zc_doc_sentence(d, i, &si);
    *len = si.text_len;   // rejoined: a date line broken after its year (2014⏎年8月26日)
    return si.text;
}

/* A date line's full date (2023年3月30日, (2023年1月6日)): a short sentence holding one, as
 * "YYYY-MM-DD" in buf. The first one of the document wins. */
static bool doc_full_date(const zc_doc *d, char *buf, size_t size)
{
    size_t n = zc_doc_nsentences(d);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = sentence_text(d, i, &len);
        if (len >= 40)
            continue;
        for (size_t k = 0; k + 4 < len; k++) {
            if ((k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9') || !year_at(s + k, len - k))
                continue;
            size_t j = k + 4;
            int y = year_at(s + k, len - k), m, dd;
            if (j + 3 <= len && memcmp(s + j, "年", 3) == 0 && (j += 3) &&
                (m = digits_mark(s, len, &j, "月")) >= 1 && m <= 12 &&
                (dd = digits_mark(s, len, &j, "日")) >= 1 && dd <= 31) {
                snprintf(buf, size, "%04d-%02d-%02d", y, m, dd);
                return true;
            }
        }
    }
    return false;
}

/* The year the document states for itself (GUIDELINES.md: its title, its date line, or a
 * stated 2017年度; not a year inside 《…》, a cited document's), as "YYYY" in buf; false when it
 * states none. */
static bool doc_year(const zc_doc *d, char *buf, size_t size)
{
    size_t n = zc_doc_nsentences(d);
    int found = 0;
    for (size_t i = 0; i < n && !found; i++) {
        size_t len;
        const char *s = sentence_text(d, i, &len);
        int quoted = 0;   // inside 《…》: a cited document's year (《…规划（2016-2020年）》)
        for (size_t k = 0; k + 4 < len && !found; k++) {
            if (k + 3 <= len && !memcmp(s + k, "《", 3))
                quoted++;
            else if (k + 3 <= len && !memcmp(s + k, "》", 3) && quoted > 0)
                quoted--;
            if (quoted || (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9'))
                continue;
            int y = year_at(s + k, len - k);
            if (!y)
                continue;
            const char *after = s + k + 4;
            size_t rest = len - k - 4;
            if (*after == ' ' && rest > 1)
                after++, rest--;
            bool nian = rest >= 3 && memcmp(after, "年", 3) == 0;
            bool niandu = rest >= 6 && memcmp(after, "年度", 6) == 0;
            // A date line: the sentence is little more than a date.
            bool dateline = nian && len < 40;
            // The title: the first sentences of the document.
            bool title = nian && i < 3;
            if (niandu || dateline || title)
                found = y;
        }
    }
    if (!found)
        return false;
    snprintf(buf, size, "%04d", found);
    return true;
}

/* The year of a founding's anniversary (党成立99周年 → 2020) that starts at s[k], or 0. Only a
 * festival with a base year (festivals.tsv) gives one without a document date. */
static int anniv_year_at(const struct zc_lexicon *lx, const char *s, size_t len, size_t k)
{
    const zc_lexent *f = zc_lex_match(lx, ZC_LX_FEST, s + k, len - k, -1);
    size_t c;
    zc_timex t;
    if (!f || !f->year || !zc_timex_parse(lx, s + k, len - k, NULL, &c, &t) ||
        t.kind != ZC_TX_FESTIVAL || !year_at(t.date, strlen(t.date)))
        return 0;
    return year_at(t.date, strlen(t.date));
}

/* The year a deictic date at s[k] (今年, 明年, 今天) moves from the document's: 0 for 今年, 1 for
 * 明年; INT_MIN when no deictic date starts there. */
static int deictic_year_at(const struct zc_lexicon *lx, const char *s, size_t len, size_t k)
{
    size_t c;
    zc_timex t;
    if (!zc_timex_parse(lx, s + k, len - k, "2000-06-15", &c, &t) || !t.deictic ||
        t.kind != ZC_TX_DATE || !year_at(t.date, strlen(t.date)))
        return INT_MIN;
    return year_at(t.date, strlen(t.date)) - 2000;
}

/* The year a speech states for itself through an anniversary (GUIDELINES.md: a year the
 * document itself gives): a founding's anniversary in its title (在浦东开发开放30周年庆祝大会上
 * 的讲话 → 2020), or in a sentence that dates it from the present (今年7月1日，是我们党成立99
 * 周年的日子; 明年就是我们党成立100周年 → 2020). As "YYYY" in buf; false when none. */
static bool doc_anniv_year(const zc_doc *d, const struct zc_lexicon *lx, char *buf, size_t size)
{
    size_t n = zc_doc_nsentences(d);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = sentence_text(d, i, &len);
        size_t ka = 0;
        int y = 0;
        while (ka < len && !(y = anniv_year_at(lx, s, len, ka)))
            ka += zc_utf8_len((uint8_t)s[ka]);
        int shift = y && i < 3 ? 0 : INT_MIN;   // a title names its occasion
        for (size_t k = 0; y && k < ka && shift == INT_MIN; k += zc_utf8_len((uint8_t)s[k]))
            shift = deictic_year_at(lx, s, len, k);
        if (shift != INT_MIN) {
            snprintf(buf, size, "%04d", y - shift);
            return true;
        }
    }
    return false;
}

/* ---- the driver --------------------------------------------------------------------------- */

/* True when the sentence before the current one is an attachment's label alone on its line
 * (附件, 附件2, 附表：; cues.tsv attachment): the line after it is the attachment's title. */
static bool after_attachment_label(const zc_ext_sent *st)
{
    if (st->index == 0)
        return false;
    zc_sentence_info si;
    zc_doc_sentence(st->d, st->index - 1, &si);
    return zc_ext_attachment_label(st->x, st->text, si.start, si.end);
}

/* Sentences of a notice's head that may quote the name of the document it issues: its title
 * and the sentences of its short text (《2021年崇明区城市体检工作方案》已经区政府同意，现印发给你们). */
enum { ISSUE_SENTENCES = 8 };

/* True when the line [st->start, e) is the title of the document a notice issues, as the
 * notice's title line or text quotes it (关于印发《2026年上海量子城市空间智能建设工作要点》的通知,
 * then the document itself under its own title line), or the first line of that title broken
 * over two (2026年松江区建筑垃圾运输行业⏎“清水行动”工作方案, at least 8 characters). */
static bool issued_title(const zc_ext_sent *st, size_t e)
{
    size_t n = e - st->start;
    if (st->index == 0 || n < 6)
        return false;
    for (size_t i = 0; i < st->index && i < ISSUE_SENTENCES; i++) {
        zc_sentence_info t;
        zc_doc_sentence(st->d, i, &t);
        const char *end = st->text + t.end;
        for (const char *q = st->text + t.start;
             (q = memmem(q, (size_t)(end - q), st->text + st->start, n)) != NULL; q += n) {
            if (q < st->text + t.start + 3 || memcmp(q - 3, "《", 3))
                continue;
            if ((q + n + 3 <= end && !memcmp(q + n, "》", 3)) || n >= 8 * 3)
                return true;
        }
    }
    return false;
}

/* True when sentence `st` is a document's title: one of the first lines of the document or the
 * line after an attachment's label (附件2⏎2023年上海市环卫行业工资福利待遇工作指导意见), not
 * a numbered heading, with no clause or sentence punctuation in it, a line break (or the end)
 * right after it, and ending in the name of a genre (关于近期…督查情况的通报). A title names
 * the document: its times bound nothing and its mechanism words are no records. A headline
 * (南郑农户焚烧秸秆 镇书记…各罚2000元) names no genre and keeps its records. */
static bool title_line(const zc_ext_sent *st, size_t len)
{
    if (st->end <= st->start)
        return false;
    size_t e = st->end;
    while (e > st->start && st->text[e - 1] == ' ')
        e--;
    for (size_t p = st->start; p < st->end; p = zc_ext_next_char(st->text, p))
        if (zc_ext_is_clause_end(st->text, p, st->end))
            return false;
    size_t q = st->end;
    while (q < len && st->text[q] == ' ')
        q++;
    if (q < len && st->text[q] != '\n' && st->text[q] != '\r')
        return false;
    if (issued_title(st, e))
        return true;
    return (st->index < 3 || after_attachment_label(st)) && !st->heading &&
           zc_ext_hit_ending(st, e, ZC_XT_CUE, ZC_XC_DOC_TITLE);
}

/* Drops the deadline and enforcement records of a title line (from index `first` on). */
static void drop_title_records(zc_vec *out, size_t first)
{
    size_t w = first;
    for (size_t i = first; i < out->len; i++) {
        zc_record *r = &ZC_VEC_AT(out, zc_record, i);
        if (r->kind == ZC_KIND_DEADLINE || r->kind == ZC_KIND_ENFORCEMENT)
            continue;
        if (w != i)
            ZC_VEC_AT(out, zc_record, w) = *r;
        w++;
    }
    out->len = w;
}

/* True when a past adverb ending at `e` opens a relative clause: a verb of one or two
 * characters, then 的 and more of the clause (已批复的国家制造业创新中心, 已出台的…政策): the
 * past qualifies a noun, no report of the clause's own. Not an object with its 的 (已享受当年的
 * 年休假). Read from the characters: segmenting every sentence with 已 would cost more. */
static bool qualifies_noun(const zc_ext_sent *st, size_t e, size_t end)
{
    for (int n = 1; n <= 2 && e < end; n++) {
        if (zc_utf8_len((uint8_t)st->text[e]) != 3 || zc_ext_is_clause_end(st->text, e, end))
            return false;
        e += 3;
        if (end - e > 3 && memcmp(st->text + e, "的", 3) == 0)
            return true;
    }
    return false;
}

/* True when the past adverb at [s, e) follows a preposition and a 的 comes after it in its
 * clause (对已整治地块的执法巡查, 通过对已开展巡查楼宇的巡查工作情况进行抽查): a preposition's
 * object is a noun phrase, so the past is a relative clause qualifying its head. */
static bool object_of_prep(const zc_ext_sent *st, size_t s, size_t e, size_t end)
{
    if (!zc_ext_hit_ending(st, s, ZC_XT_CUE, ZC_XC_PREP) &&
        !zc_ext_hit_ending(st, s, ZC_XT_CUE, ZC_XC_COND))
        return false;
    for (size_t q = e; q + 3 <= end && !zc_ext_is_clause_end(st->text, q, end);
         q = zc_ext_next_char(st->text, q))
        if (memcmp(st->text + q, "的", 3) == 0)
            return true;
    return false;
}

/* Sets each clause's past and compare flags: a chosen cue of that class inside it (one walk
 * over the cues instead of two searches per clause). */
static void mark_clauses(zc_ext_sent *st)
{
    // Without a past, comparison or running-total cue among its hits (st->hascls) the walk
    // would change no clause: a past adverb alone marks nothing.
    if (zc_ext_lacks_class(st, ZC_XT_CUE, ZC_XC_PAST) &&
        zc_ext_lacks_class(st, ZC_XT_CUE, ZC_XC_COMPARE) &&
        zc_ext_lacks_class(st, ZC_XT_CUE, ZC_XC_TOTAL))
        return;
    const zc_vec *gs = &st->chosen[ZC_XT_CUE];
    size_t k = 0;
    for (size_t g = 0; g < gs->len && k < st->clauses.len; g++) {
        const zc_ext_group *gr = &ZC_VEC_AT(gs, zc_ext_group, g);
        size_t start = ZC_EXT_HIT(st, gr->first)->start;
        zc_ext_clause *c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, k);
        while (start >= c->end && ++k < st->clauses.len)
            c++;
        if (k == st->clauses.len)
            break;
        if (start < c->start || gr->end > c->end)
            continue;
        // The class that zc_ext_next_hit would find among the longest hits here.
        bool past = false, compare = false, total = false, adverb = false;
        for (size_t j = gr->first; j < st->hits.len && ZC_EXT_HIT(st, j)->start == start; j++) {
            const zc_ext_hit *b = ZC_EXT_HIT(st, j);
            if (b->e->tab == ZC_XT_CUE && b->end == gr->end) {
                past |= b->e->cls == ZC_XC_PAST;
                compare |= b->e->cls == ZC_XC_COMPARE;
                total |= b->e->cls == ZC_XC_TOTAL;
                adverb |= b->e->cls == ZC_XC_PAST_ADVERB;
            }
        }
        // A running total (also a past cue, for the rules that ask for the class) leaves the
        // clause a total only while no other past cue is in it.
        past &= !total;
        c->total = total ? !c->past || c->total : c->total && !past;
        bool noun = past && adverb && (qualifies_noun(st, gr->end, c->end) ||
                                       object_of_prep(st, start, gr->end, c->end));
        c->past_noun = noun ? !c->past || c->past_noun : c->past_noun && !(past || total);
        c->past |= past || total;
        c->compare |= compare;
    }
}

/* Of the heading cues `want` (bits 1 << ZC_EXT_HEAD_*), those whose class is in a heading of
 * the section path of the sentence (st->heads: int8_t per sentence of the doc, -1 not asked
 * yet, so each heading is read once). One walk of the path for all of them; a cue's walk
 * stops at its first heading, as goal_lead_modality expects of the goal cue's marks. */
static unsigned heads_above(zc_ext_sent *st, const zc_sentence_info *si, unsigned want)
{
    static const int cls[ZC_EXT_HEAD_N] = { [ZC_EXT_HEAD_GOAL] = ZC_XC_GOAL,
                                            [ZC_EXT_HEAD_BG] = ZC_XC_BACKGROUND,
                                            [ZC_EXT_HEAD_FW] = ZC_XC_FORWARD,
                                            [ZC_EXT_HEAD_ELIG] = ZC_XC_ELIGIBILITY };
    unsigned found = 0;
    for (size_t k = 0; k < si->depth && (want & ~found); k++) {
        size_t h = zc_doc_section_heading(st->d, st->index, k);
        if (h == st->index)
            continue;
        for (unsigned m = want & ~found; m; m &= m - 1) {
            int t = __builtin_ctz(m);
            int8_t *g = &ZC_VEC_AT(&st->heads[t], int8_t, h);
            if (*g < 0) {
                zc_sentence_info hi;
                zc_doc_sentence(st->d, h, &hi);
                *g = text_has(st->x, st->text, hi.start, hi.end, ZC_XT_CUE, cls[t]);
            }
            if (*g)
                found |= 1u << t;
        }
    }
    return found;
}

/* The modality a goal section's lead opens with (一、主要目标 / 瞄准…。力争到2027年，… /
 * 培育20家…；): the goals listed after it share it (GUIDELINES.md, goals of a plan). The
 * nearest earlier sentence of the section whose first clause holds a must, should or strive
 * cue leads; a sentence of its own modality, or one further than LEAD_BACK, does not. */
#define LEAD_BACK 24

/* The classes of the modal cues in text[s, e) (bit per class), read as the sentence's hits
 * are: the longest entry of modality.tsv at a position wins and hides what it holds (应用,
 * 主要: no should). One walk answers every class. */
static uint64_t modal_cues_in(const struct zc_ext_model *x, const char *text, size_t s,
                              size_t e)
{
    uint64_t classes = 0;
    for (size_t pos = s; pos < e;) {
        uint32_t node = 0;
        size_t end = 0;
        int found = -1;
        for (size_t i = pos; i < e; i++) {
            if (!(node = zc_da_next(&x->da, node, (uint8_t)text[i])))
                break;
            for (int64_t en = zc_da_value(&x->da, node); en >= 0; en = x->ents[en].next)
                if (x->ents[en].tab == ZC_XT_MOD) {
                    end = i + 1;
                    found = x->ents[en].cls;
                }
        }
        if (found >= 0 && found < 64)
            classes |= UINT64_C(1) << found;
        pos = found >= 0 ? end : zc_ext_next_char(text, pos);
    }
    return classes;
}

static zc_modality goal_lead_modality(zc_ext_sent *st, const zc_sentence_info *si)
{
    static const zc_modality goal_mods[] = { ZC_MOD_MUST, ZC_MOD_SHOULD, ZC_MOD_STRIVE };
    size_t h = SIZE_MAX;
    for (size_t k = si->depth; k-- > 0 && h == SIZE_MAX;) {
        size_t x = zc_doc_section_heading(st->d, st->index, k);
        if (x != st->index && ZC_VEC_AT(&st->heads[ZC_EXT_HEAD_GOAL], int8_t, x) == 1)
            h = x;
    }
    for (size_t i = st->index; h != SIZE_MAX && i-- > h + 1 && st->index - i <= LEAD_BACK;) {
        zc_sentence_info li;
        zc_doc_sentence(st->d, i, &li);
        if (li.kind == ZC_SENT_HEADING)
            return ZC_MOD_NONE;
        size_t e = li.start;
        while (e < li.end && !zc_ext_is_clause_end(st->text, e, li.end))
            e = zc_ext_next_char(st->text, e);
        uint64_t mods = modal_cues_in(st->x, st->text, li.start, e);
        for (size_t j = 0; j < ZC_NELEM(goal_mods); j++)
            if (mods >> goal_mods[j] & 1)
                return goal_mods[j];
    }
    return ZC_MOD_NONE;
}

/* The document's genre for the rules: the one its title names (the metadata stage's, passed
 * down as dicts/meta/doc_types.tsv spells it), else what the text says of itself (本方案,
 * 本办法, 向大会作政府工作报告, 本审评要点), else a guide when a heading names a section only
 * guides and standards have (标准体系结构, 术语和定义), else a plan when a heading names a section
 * only plans have (二、工作目标). A 通知 reads as a plan (doc_types.tsv, fourth column). */
static zc_ext_genre doc_genre(const zc_ext_sent *st, const char *title_genre)
{
    if (title_genre)
        return strcmp(title_genre, "plan") == 0     ? ZC_XG_PLAN
               : strcmp(title_genre, "rule") == 0   ? ZC_XG_RULE
               : strcmp(title_genre, "report") == 0 ? ZC_XG_REPORT
               : strcmp(title_genre, "review") == 0 ? ZC_XG_REPORT
               : strcmp(title_genre, "guide") == 0  ? ZC_XG_GUIDE
                                                    : ZC_XG_NONE;
    size_t n = zc_doc_nsentences(st->d);
    bool plan_heading = false, guide_heading = false;
    for (size_t i = 0; i < n; i++) {
        zc_sentence_info si;
        zc_doc_sentence(st->d, i, &si);
        // A guide's self-name first: 本要点旨在指导注册申请人 is review points, no work plan.
        if (text_has(st->x, st->text, si.start, si.end, ZC_XT_CUE, ZC_XC_SELF_GUIDE))
            return ZC_XG_GUIDE;
        if (text_has(st->x, st->text, si.start, si.end, ZC_XT_CUE, ZC_XC_SELF_PLAN))
            return ZC_XG_PLAN;
        if (text_has(st->x, st->text, si.start, si.end, ZC_XT_CUE, ZC_XC_SELF_RULE))
            return ZC_XG_RULE;
        if (text_has(st->x, st->text, si.start, si.end, ZC_XT_CUE, ZC_XC_SELF_REPORT))
            return ZC_XG_REPORT;
        if (si.kind != ZC_SENT_HEADING)
            continue;
        plan_heading = plan_heading ||
                       text_has(st->x, st->text, si.start, si.end, ZC_XT_CUE, ZC_XC_PLAN_HEAD);
        guide_heading = guide_heading ||
                        text_has(st->x, st->text, si.start, si.end, ZC_XT_CUE, ZC_XC_GUIDE_HEAD);
    }
    // A standards system guide has a plan's headings too (建设目标, 保障措施): its own win.
    return guide_heading ? ZC_XG_GUIDE : plan_heading ? ZC_XG_PLAN : ZC_XG_NONE;
}

/* The longest clause, in characters: above every real one seen (1,028). */
#define CLAUSE_MAX 1500

/* Characters before a colon that continue the label above rather than set one (其中:, 具体:). */
#define LABEL_CONT_BYTES 9

/* The goal label after the sentence just done, for the next ones of its paragraph: a colon
 * sets it when a goal cue stands before the colon (考核指标:, 总体目标是:), and keeps it when at
 * most LABEL_CONT_BYTES come before the colon (其中:); else a colon clears it. A full stop
 * does not: the sentences after a list of goals often restate them (今年…的主要预期目标是:…。
 * 提出居民消费价格涨幅控制在4%左右,综合考虑了…). */
static void label_after(zc_ext_sent *st)
{
    const char *colon = memchr(st->text + st->start, ':', st->end - st->start);
    size_t e = st->end;
    while (e > st->start && st->text[e - 1] == ' ')
        e--;
    size_t last = e > st->start ? e - 1 : e;
    while (last > st->start && ((uint8_t)st->text[last] & 0xc0) == 0x80)
        last--;
    uint8_t b = (uint8_t)st->text[last];
    bool stop = (e - last == 3 && memcmp(st->text + last, "。", 3) == 0) || b == '!' || b == '?';
    // A line cut: the sentence ends on a Han character, no mark (U+3400–U+9FFF).
    st->label_cut = e - last == 3 && b >= 0xe3 && b <= 0xe9 && !stop &&
                    !(b == 0xe3 && (uint8_t)st->text[last + 1] < 0x90);
    if (colon) {
        size_t before = (size_t)(colon - st->text) - st->start;
        st->label_goal = text_has(st->x, st->text, st->start, (size_t)(colon - st->text),
                                  ZC_XT_CUE, ZC_XC_GOAL) ||
                         (st->label_goal && before <= LABEL_CONT_BYTES);
    }
}

/* Appends the clause [s, e) of the sentence, unless it is empty. False on OOM. */
static bool push_clause(zc_ext_sent *st, size_t s, size_t e)
{
    zc_ext_clause c = { .start = s, .end = e, .times = -1 };
    return e <= s || zc_vec_push(&st->clauses, &c);
}

/* The drops of the sentence's first read (zc_ext_sent.drops), walked when it is read again. */
typedef struct drop_walk {
    bool again;           /* the sentence was read before */
    size_t d, end;        /* its drops not yet passed, [d, end) */
} drop_walk;

/* Whether hit `i` (of the hits before any was dropped) is a word cue inside a longer word
 * (zc_ext_cue_in_word): on a first read asked and noted in st->drops; when the sentence is
 * read again, the same hits and words give the same answers, read from there. */
static bool inner_cue(zc_ext_sent *st, size_t i, drop_walk *w)
{
    if (w->again) {
        if (w->d >= w->end || ZC_VEC_AT(&st->drops, uint32_t, w->d) != i)
            return false;
        w->d++;
        return true;
    }
    const zc_ext_hit *h = ZC_EXT_HIT(st, i);
    if (!h->e->word || !zc_ext_cue_in_word(st, h->start, h->end))
        return false;
    uint32_t k = (uint32_t)i;
    if (!zc_vec_push(&st->drops, &k))
        st->words_oom = true;   // do_sentence reports it
    return true;
}

/* The walk of the sentence's drops: a first read notes where its own start. */
static drop_walk drops_of(zc_ext_sent *st)
{
    drop_walk w = { st->index < st->dropat.len, st->drops.len, st->drops.len };
    if (w.again) {
        w.d = ZC_VEC_AT(&st->dropat, uint32_t, st->index);
        if (st->index + 1 < st->dropat.len)
            w.end = ZC_VEC_AT(&st->dropat, uint32_t, st->index + 1);
    } else {
        uint32_t first = (uint32_t)st->drops.len;
        if (!zc_vec_push(&st->dropat, &first))
            st->words_oom = true;
    }
    return w;
}

/* Drops the hits of word cues (zc_ext_ent.word: modal cues, the time roles of cues.tsv) that
 * are part of a longer word of the segmenter (zc_ext_cue_in_word): 争取 of 斗争/取得, 要 of
 * 重要, 应 of 回应, 将 of 将军, 未 of 未来. The words that hold a cue as a part of their own (还要,
 * 必将, 不能) are entries of their own. Keeps st->hitpos in step. A sentence with no words
 * (none of its bytes can start a record) keeps every hit. */
static void drop_inner_cues(zc_ext_sent *st)
{
    drop_walk dw = drops_of(st);
    if (dw.again && dw.d == dw.end)
        return;   // its first read dropped none
    size_t i = 0, n = st->end - st->start + 1;
    while (i < st->hits.len && !ZC_EXT_HIT(st, i)->e->word)
        i++;
    if (i == st->hits.len)
        return;
    zc_ext_words_decide(st);   // before the hits move
    if (!st->wordat.len)
        return;   // no words: every cue stands alone (zc_ext_cue_in_word is false)
    // Up to the first hit dropped, the hits and hitpos stay as they are (most sentences drop
    // none): the chars are walked from the one after its start.
    for (; i < st->hits.len; i++)
        if (inner_cue(st, i, &dw))
            break;
    if (i == st->hits.len)
        return;
    uint32_t *hitpos = st->hitpos.data;
    size_t kept = i++;
    for (size_t p = zc_ext_next_char(st->text, ZC_EXT_HIT(st, kept)->start);;
         p = zc_ext_next_char(st->text, p)) {
        size_t at = p < st->end ? p - st->start : n - 1;
        for (; i < hitpos[at]; i++)
            if (!inner_cue(st, i, &dw))
                *ZC_EXT_HIT(st, kept++) = *ZC_EXT_HIT(st, i);
        hitpos[at] = (uint32_t)kept;
        if (p >= st->end)
            break;
    }
    st->hits.len = kept;
}

/* Whether char `p` lies inside 《…》, given whether the char before did: a 《 that a 》 closes
 * later in the sentence opens a title, the 》 closes it. */
static bool in_title(const zc_ext_sent *st, size_t p, bool title)
{
    const unsigned char *u = (const unsigned char *)st->text + p;
    if (u[0] != 0xe3 || u[1] != 0x80 || p + 3 > st->end)
        return title;
    if (u[2] == 0x8b)   // 》
        return false;
    return u[2] == 0x8a   // 《
               ? memmem(st->text + p + 3, st->end - p - 3, "\xe3\x80\x8b", 3) != NULL
               : title;
}

/* Drops the modal cues among the hits from `from` on (those of one char inside a title): the
 * name of a law or document states no duty (《禁止传销条例》, 《关于支持…的若干措施》). */
static void drop_modals(zc_ext_sent *st, size_t from)
{
    size_t kept = from;
    for (size_t i = from; i < st->hits.len; i++)
        if (ZC_EXT_HIT(st, i)->e->tab != ZC_XT_MOD)
            *ZC_EXT_HIT(st, kept++) = *ZC_EXT_HIT(st, i);
    st->hits.len = kept;
}

/* 将 as the object marker of a disposal (将市政消火栓巡检纳入城市网格化管理, 将适合…的国际标准
 * 适时转化为国家标准: 吕叔湘《现代汉语八百词》将 条, = 把, whose verb takes a complement, cues.tsv
 * dispose) marks no future: its cue becomes the preposition it is, which may stand between
 * the actor and the verb as 对 does (各区将…纳入…: 各区 acts). The chosen hits hold it. */
static void object_markers(zc_ext_sent *st)
{
    static const zc_ext_ent marker = { .tab = ZC_XT_CUE, .cls = ZC_XC_PREP, .word = true,
                                       .klen = 3, .next = -1 };
    if (zc_ext_lacks_class(st, ZC_XT_CUE, ZC_XC_DISPOSE))
        return;
    for (size_t i = 0; i < st->hits.len; i++) {
        zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->e->tab == ZC_XT_CUE && h->e->cls == ZC_XC_FUTURE && h->end - h->start == 3 &&
            zc_ext_has(st, h->end, zc_ext_clause_at(st, h->start)->end, ZC_XT_CUE,
                       ZC_XC_DISPOSE))
            h->e = &marker;
    }
}

/* Reads the sentence st->start..st->end: its candidate bytes, lexicon hits and clauses. */
static zc_status read_sentence(zc_ext_sent *st)
{
    st->hits.len = st->clauses.len = st->conds.len = st->cand.len = 0;
    st->time_pos = SIZE_MAX;
    memset(st->hascls, 0xff, sizeof st->hascls);   // every class may occur until choose_hits
    memset(st->rulecls, 0, sizeof st->rulecls);
    size_t n = st->end - st->start + 1;
    st->hitpos.len = st->timeat.len = st->starts.len = st->used.len = 0;
    if (!zc_vec_reserve(&st->hitpos, n) || !zc_vec_reserve(&st->timeat, n) ||
        !zc_vec_reserve(&st->starts, n) || !zc_vec_reserve(&st->used, n) ||
        !zc_vec_reserve(&st->cand, n))
        return ZC_ENOMEM;
    st->hitpos.len = st->timeat.len = st->starts.len = st->used.len = n;
    memset(st->used.data, 0, n);
    memset(st->timeat.data, 0, n * sizeof(uint32_t));
    memset(st->starts.data, 0, n * sizeof(uint16_t));
    uint32_t *hitpos = st->hitpos.data, *cand = st->cand.data;   // a candidate a char at most
    uint16_t *starts = st->starts.data;
    memset(&st->chars, 0, sizeof st->chars);
    // One pass over the chars: lexicon hits, number and time starts, the patterns' chars and
    // the clauses, of at most CLAUSE_MAX characters (rules look through a figure's clause, so
    // an endless one would cost its length for every figure in it).
    size_t cs = st->start, nc = 0;
    bool title = false;
    const zc_da da = st->x->da;   // a local copy: the pushes of hits cannot alias it
    const zc_ext_first *first = st->x->first;   // the model's tables in locals too
    const uint64_t *pairs = st->x->pairs;
    size_t ncand = 0;   // st->cand.len, set after the pass
    // The code point of the char at p when the char before decoded it (its next), else
    // ZC_LEX_NOCHAR.
    uint32_t c = ZC_LEX_NOCHAR;
    for (size_t p = st->start; p < st->end;) {
        size_t at = p - st->start, q;
        hitpos[at] = (uint32_t)st->hits.len;   // only at chars (zc_ext_first_hit)
        const uint8_t *u = (const uint8_t *)st->text + p;
        bool clause_end;
        if (u[0] >= 0xE0 && u[0] < 0xF0 && st->end - p >= 3) {
            // A three-byte char (Han, CJK punctuation: most chars), decoded once for every
            // table, and the next char with it (the pair tests ask it); the tests of the
            // general path below, for such a char.
            q = p + 3;
            if (c == ZC_LEX_NOCHAR)
                c = (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
            uint32_t c2 = q < st->end ? zc_lex_lead_char(st->text + q, st->end - q)
                                      : ZC_LEX_NOCHAR;
            starts[at] = (uint16_t)zc_lex_starts_pair(st->lx, c, c2, st->text + p, st->end - p);
            if (starts[at])
                cand[ncand++] = (uint32_t)p;
            // The walk goes past the first char only when a key may go on with the next.
            zc_ext_first f = first[c];
            if (f.node && !hits_from(st, &da, p, f.node, f.val, q,
                                   c2 != ZC_LEX_NOCHAR && zc_da_pair_may(pairs, c, c2)
                                       ? st->end
                                       : q))
                return ZC_ENOMEM;
            zc_regex_chars_add3(&st->chars, st->text + p);   // the view ends with a NUL
            clause_end = false;
            if (c - 0x3002u <= 0x300Bu - 0x3002u) {   // 。 to 》: one test for most chars
                if (c == 0x300A || c == 0x300B)   // 《 》
                    title = in_title(st, p, title);
                clause_end = c == 0x3002 && zc_ext_is_clause_end(st->text, p, st->end);   // 。
            }
            c = c2 >= 0x800 && c2 < 0x10000 ? c2 : ZC_LEX_NOCHAR;   // the next, when three bytes
        } else {
            q = zc_ext_next_char(st->text, p);
            starts[at] = (uint16_t)zc_lex_starts(st->lx, st->text + p, st->end - p);
            if (starts[at] || (p > st->start && is_alnum(st->text[p]) &&
                               is_alnum(st->text[p - 1])))
                cand[ncand++] = (uint32_t)p;
            if (!hits_at(st, &da, p, st->end))
                return ZC_ENOMEM;
            title = in_title(st, p, title);
            zc_regex_chars_add(&st->chars, st->text + p, (q < st->end ? q : st->end) - p);
            clause_end = zc_ext_is_clause_end(st->text, p, st->end);
        }
        if (title)
            drop_modals(st, hitpos[at]);
        if (nc == CLAUSE_MAX) {
            if (!push_clause(st, cs, p))
                return ZC_ENOMEM;
            cs = p;
            nc = 0;
        }
        if (clause_end) {
            if (!push_clause(st, cs, p))
                return ZC_ENOMEM;
            cs = q;   // the clause end is not part of the next clause
            nc = 0;
        } else {
            nc++;
        }
        p = q;
    }
    hitpos[n - 1] = (uint32_t)st->hits.len;
    st->cand.len = ncand;
    if (!push_clause(st, cs, st->end))
        return ZC_ENOMEM;
    zc_ext_words_reset(st);   // choose_hits asks the words of mechanism words
    drop_inner_cues(st);
    if (!choose_hits(st))
        return ZC_ENOMEM;
    object_markers(st);
    mark_clauses(st);
    return ZC_OK;
}

/* Makes sentence `index` the current one (st->index, start, end, heading). */
static void set_sentence(zc_ext_sent *st, size_t index)
{
    zc_sentence_info si;
    zc_doc_sentence(st->d, index, &si);
    st->index = index;
    st->start = si.start;
    st->end = si.end;
    st->heading = si.kind == ZC_SENT_HEADING;
    st->yearly = false;
}

zc_status zc_ext_reread(zc_ext_sent *st, size_t index)
{
    set_sentence(st, index);
    return read_sentence(st);
}

/* The buffers reading a sentence fills (read_sentence, its words), empty. */
static void sentence_bufs_init(zc_ext_sent *st)
{
    zc_vec_init(&st->hits, sizeof(zc_ext_hit));
    zc_vec_init(&st->hitpos, sizeof(uint32_t));
    zc_vec_init(&st->timeat, sizeof(uint32_t));
    zc_vec_init(&st->starts, sizeof(uint16_t));
    zc_vec_init(&st->cand, sizeof(uint32_t));
    for (int t = 0; t < ZC_XT_NTABS; t++)
        zc_vec_init(&st->chosen[t], sizeof(zc_ext_group));
    zc_vec_init(&st->clauses, sizeof(zc_ext_clause));
    zc_vec_init(&st->used, sizeof(uint8_t));
    zc_vec_init(&st->conds, sizeof(zc_vspan));
    zc_vec_init(&st->words, sizeof(zc_ext_word));
    zc_vec_init(&st->wordat, sizeof(uint32_t));
    zc_vec_init(&st->run, sizeof(zc_word));
    zc_vec_init(&st->run_ents, sizeof(int32_t));
    zc_vec_init(&st->joins, sizeof(uint8_t));
}

static void sentence_bufs_free(zc_ext_sent *st)
{
    zc_vec_free(&st->hits);
    zc_vec_free(&st->hitpos);
    zc_vec_free(&st->timeat);
    zc_vec_free(&st->starts);
    zc_vec_free(&st->cand);
    for (int t = 0; t < ZC_XT_NTABS; t++)
        zc_vec_free(&st->chosen[t]);
    zc_vec_free(&st->clauses);
    zc_vec_free(&st->used);
    zc_vec_free(&st->conds);
    zc_vec_free(&st->words);
    zc_vec_free(&st->wordat);
    zc_vec_free(&st->run);
    zc_vec_free(&st->run_ents);
    zc_vec_free(&st->joins);
}

void zc_ext_aside(const zc_ext_sent *st, zc_ext_sent *side)
{
    *side = *st;
    sentence_bufs_init(side);
    zc_ext_words_reset(side);
}

void zc_ext_aside_free(zc_ext_sent *side)
{
    sentence_bufs_free(side);
}

/* Whether the sentence `si` lies in an item of a list of an authority's powers (st->powers):
 * the paragraphs right after the lead (有权采取下列措施：) that open with an item number
 * (（一）, 1.), the list's paragraphs in turn; the first other paragraph ends it. A sentence
 * holding a lead opens one. */
static void powers_item(zc_ext_sent *st, const zc_sentence_info *si)
{
    if (st->powers_para != SIZE_MAX && si->para != st->powers_para) {
        // Not a chapter's number (第五章) either.
        bool opens = zc_ext_opens_item(st, st->index) &&
                     zc_ext_article_end(st, si->start, si->end) == si->start;
        st->powers = si->para == st->powers_para + 1 && opens;
        st->powers_para = st->powers ? si->para : SIZE_MAX;
    }
    if (zc_ext_has(st, st->start, st->end, ZC_XT_CUE, ZC_XC_ENF_POWERS)) {
        st->powers_para = si->para;
        st->powers = false;
    }
}

static zc_status do_sentence(zc_ext_sent *st)
{
    size_t first = st->out->len;
    zc_status s = read_sentence(st);
    if (s != ZC_OK)
        return s;
    // A goal cue in a heading above (一、工作目标) makes the section's comparators goals.
    zc_sentence_info si;
    zc_doc_sentence(st->d, st->index, &si);
    unsigned heads = heads_above(st, &si,
                                 1u << ZC_EXT_HEAD_GOAL | 1u << ZC_EXT_HEAD_ELIG |
                                     1u << ZC_EXT_HEAD_BG |
                                     (st->review_doc ? 1u << ZC_EXT_HEAD_FW : 0));
    st->goal = heads >> ZC_EXT_HEAD_GOAL & 1;
    st->goal_mod = st->goal ? goal_lead_modality(st, &si) : ZC_MOD_NONE;
    st->eligibility = heads >> ZC_EXT_HEAD_ELIG & 1;
    // A plan's figures are goals, except in its account of the present (一、发展基础); a
    // report's or speech's part under such a heading (一、过去五年工作回顾) is its review, and
    // so is an account of a year's work but for its part on the work ahead (下一步工作打算).
    bool bg = heads >> ZC_EXT_HEAD_BG & 1;
    st->plan = st->genre == ZC_XG_PLAN && !bg;
    st->review = (bg || (st->review_doc && !(heads >> ZC_EXT_HEAD_FW & 1))) &&
                 (st->genre == ZC_XG_REPORT || st->genre == ZC_XG_NONE);
    st->horizon = false;
    // A goal label earlier in the paragraph (第四条 考核目标:…;…下降10%以上;…达到100%): the
    // last sentence before this one in the paragraph that holds a colon decides, up to the
    // list's full stop (label_after). A line cut inside a sentence (馈源\n接收机, a PDF's line
    // break the structure did not rejoin) does not end the paragraph.
    if (si.para != st->label_para) {
        st->label_para = si.para;
        st->label_goal = st->label_goal && st->label_cut;
    }
    st->goal = st->goal || st->label_goal;
    if (si.para != st->frame_para) {
        st->frame_para = si.para;
        st->past_frame = false;
    }
    st->past_frame = st->past_frame || st->review;
    powers_item(st, &si);
    s = zc_ext_find_actors(st);
    if (s == ZC_OK)
        s = zc_ext_enforcement(st);
    if (s == ZC_OK)
        s = zc_ext_patterns(st);
    if (s == ZC_OK)
        s = zc_ext_deadlines(st);
    if (s == ZC_OK)
        s = zc_ext_numbers(st);
    if (s == ZC_OK)
        s = zc_ext_find_subject(st, first);
    if (s == ZC_OK && st->words_oom)
        s = ZC_ENOMEM;
    // An account of past work runs on until its paragraph ends or a sentence states a duty
    // (not a striving: 争取 hides in 斗争取得成果). Only asked in a frame or at its opener.
    if (st->past_frame || zc_ext_has(st, st->start, st->end, ZC_XT_CUE, ZC_XC_PAST_FRAME)) {
        zc_modality sm = zc_ext_sentence_modality(st);
        bool duty = (sm != ZC_MOD_NONE && sm != ZC_MOD_STRIVE) ||
                    zc_ext_has(st, st->start, st->end, ZC_XT_CUE, ZC_XC_FUTURE);
        st->past_frame = !duty;
    }
    label_after(st);
    return s;
}

zc_status zc_ext_find(const zc_model *m, zc_doc *d, zc_ext_head head, zc_vec *out,
                      zc_vec *rejected)
{
    if (!m->ext || !zc_ext_lexicon(m))
        return zc_doc_fail(d, ZC_EINVAL, -1, "the model has no extraction rules");
    char yearbuf[16];
    zc_ext_sent st = { .m = m, .x = m->ext, .lx = zc_ext_lexicon(m), .d = d, .text = d->norm,
                       .out = out, .rejected = rejected, .title = head.title,
                       .issuer = head.issuer };
    st.doc_date = d->opt.doc_date && *d->opt.doc_date ? d->opt.doc_date
                  : doc_full_date(d, yearbuf, sizeof yearbuf) ? yearbuf
                  : (st.year_sure = doc_anniv_year(d, st.lx, yearbuf, sizeof yearbuf)) ? yearbuf
                  : doc_year(d, yearbuf, sizeof yearbuf) ? yearbuf
                                                          : NULL;
    sentence_bufs_init(&st);
    for (int k = 0; k < ZC_EXT_HEAD_N; k++)
        zc_vec_init(&st.heads[k], sizeof(int8_t));
    st.genre = doc_genre(&st, head.genre);
    // An account of a year's work (情况报告, 工作总结: doc_types.tsv reads review) reviews the
    // past throughout, but for its part on the work ahead (下一步工作打算).
    st.review_doc = head.genre && strcmp(head.genre, "review") == 0;
    st.label_para = st.chain_para = st.frame_para = st.powers_para = st.tag_para = SIZE_MAX;
    st.name_next = st.duty_row = SIZE_MAX;
    zc_vec_init(&st.leads, sizeof(zc_ext_lead));
    zc_vec_init(&st.drops, sizeof(uint32_t));
    zc_vec_init(&st.dropat, sizeof(uint32_t));
    // One lead per 150 to 340 bytes of the view in the corpora: room up front, as for the
    // records (extract.c). A hint: without it, the vector grows.
    (void)zc_vec_reserve(&st.leads, d->norm_len / 128);
    zc_vec_init(&st.cells, sizeof(zc_ext_cell));
    zc_vec_init(&st.tparts, sizeof(zc_ext_tspan));
    zc_status s = m->seg ? zc_segmenter_new(m, &st.seg) : ZC_OK;
    st.nwins = 64;
    while (st.nwins < ZC_EXT_WIN_SLOTS && st.nwins * ZC_EXT_WIN_BYTES < d->norm_len)
        st.nwins *= 2;
    if (st.seg)   // a cache: without it, every window is segmented
        st.wins = zc_arena_alloc(&d->arena, st.nwins * sizeof(zc_ext_win));
    size_t n = zc_doc_nsentences(d);
    st.md = pcre2_match_data_create(st.x->maxgroups + 1, NULL);   // one for every rule
    if (s == ZC_OK && !st.md)
        s = ZC_ENOMEM;
    for (int k = 0; k < ZC_EXT_HEAD_N && s == ZC_OK; k++) {
        if (!zc_vec_reserve(&st.heads[k], n)) {
            s = ZC_ENOMEM;
        } else if (n) {
            memset(st.heads[k].data, -1, n);
            st.heads[k].len = n;
        }
    }
    for (size_t i = 0; i < n && s == ZC_OK; i++) {
        if (zc_doc_over_time(d)) {   // sentences are bounded (ZC_SENT_MAX_CHARS): so is this wait
            s = ZC_ELIMIT;
            break;
        }
        set_sentence(&st, i);
        size_t first = out->len;
        s = do_sentence(&st);
        if (s == ZC_OK && title_line(&st, d->norm_len))
            drop_title_records(out, first);
    }
    if (s == ZC_OK)   // it may read sentences again (a subject left for when asked)
        s = zc_ext_lead_actors(&st, out);
    if (s == ZC_OK)
        zc_ext_carry_actors(&st, out);
    sentence_bufs_free(&st);
    for (int k = 0; k < ZC_EXT_HEAD_N; k++)
        zc_vec_free(&st.heads[k]);
    pcre2_match_data_free(st.md);
    zc_vec_free(&st.leads);
    zc_vec_free(&st.drops);
    zc_vec_free(&st.dropat);
    zc_vec_free(&st.cells);
    zc_vec_free(&st.tparts);
    zc_segmenter_free(st.seg);
    if (s == ZC_ENOMEM)
        return zc_doc_fail(d, s, -1, "out of memory");
    if (s == ZC_ELIMIT)
        return zc_doc_timeout(d);
    return s;
}
