/*
 * clause.c — the clause context of a record: its modality (the modal cues of modality.tsv),
 * its actor (the subject named at the start of a clause, or after 由; actors.tsv) and, for
 * sanctions, the 凡是…的 / 对…的 condition (cues.tsv role cond). Reads the sentence and its
 * lexicon hits from the zc_ext_sent; fills RECORDS.md `modality`, `actor` and
 * `enforcement.condition` through the rules that call it.
 */
#define _GNU_SOURCE   // memmem
#include <stdint.h>
#include <ctype.h>
#include <string.h>

#include "rules_int.h"

/* Whether a light verb of the 对 construction follows modal hit `h` in its clause: in
 * 应对其进行检查 it is 应 + 对其, in 积极应对疫情 the verb 应对 (现代汉语八百词, 对 条). */
static bool light_verb_after(const zc_ext_sent *st, const zc_ext_hit *h)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, h->start);
    return c && zc_ext_has(st, h->end, c->end, ZC_XT_CUE, ZC_XC_LIGHT);
}

/* The class a modal cue of sentence `st` gives its own clause; ZC_MOD_NONE for a stop, and
 * for a permission cue inside a word (可 of 可疑, 可支配: only 可 as a word of its own, 可申请,
 * counts). */
static zc_modality cue_class(const zc_ext_sent *st, const zc_ext_hit *h)
{
    if (h->e->cls == ZC_MOD_MAY &&
        !(zc_ext_word_starts(st, h->start) && zc_ext_word_starts(st, h->end)))
        return ZC_MOD_NONE;
    if (h->e->mode == ZC_XM_PREP && !light_verb_after(st, h))
        return ZC_MOD_NONE;
    return h->e->cls == ZC_XM_STOP ? ZC_MOD_NONE : (zc_modality)h->e->cls;
}

/* The modal cue of [s, e) nearest to `pos`: the last one before it when `before`, else the
 * first one; ZC_MOD_NONE when there is none. */
static zc_modality modal_in(const zc_ext_sent *st, size_t s, size_t e, size_t pos, bool before)
{
    zc_modality found = ZC_MOD_NONE;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, s, e, ZC_XT_MOD, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (cue_class(st, h) == ZC_MOD_NONE)
            continue;
        if (before) {
            if (h->start >= pos)
                break;
            found = cue_class(st, h);
        } else if (h->start >= pos) {
            return cue_class(st, h);
        }
    }
    return found;
}

/* Strength order of the modal classes: prohibit > must > should > strive > encourage > may. */
static int rank(zc_modality m)
{
    static const int r[] = { 0, 5, 6, 4, 3, 2, 1 };
    return (unsigned)m < ZC_NELEM(r) ? r[m] : 0;
}

/* The strongest modal cue in [s, e) (必须要 → must, 坚决不允许 → prohibit, 要尽快 → should).
 * With `scoping`, only the cues that reach the clauses after theirs: not a manner adverb
 * (坚决, 切实: class …-manner) nor the support of one verb phrase (支持一线临床技术创新,
 * encourage). */
static zc_modality strongest_cue(const zc_ext_sent *st, size_t s, size_t e, bool scoping)
{
    zc_modality best = ZC_MOD_NONE;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, s, e, ZC_XT_MOD, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        zc_modality m = cue_class(st, h);
        if (scoping && (h->e->mode == ZC_XM_MANNER || m == ZC_MOD_ENCOURAGE))
            continue;
        if (rank(m) > rank(best))
            best = m;
    }
    return best;
}

static zc_modality strongest_in(const zc_ext_sent *st, size_t s, size_t e)
{
    return strongest_cue(st, s, e, false);
}

zc_modality zc_ext_modality_over(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, pos);
    if (!c)
        return ZC_MOD_NONE;
    zc_modality m = strongest_in(st, c->start, pos);
    if (m != ZC_MOD_NONE || strongest_in(st, pos, c->end) != ZC_MOD_NONE)
        return m;   // its clause's own verb: before it, or after it (pos is in the subject)
    return zc_ext_modality(st, pos, pos);   // a leading verb of an earlier clause
}

zc_modality zc_ext_sentence_modality(const zc_ext_sent *st)
{
    zc_modality m = strongest_cue(st, st->start, st->end, true);
    return m == ZC_MOD_MAY ? ZC_MOD_NONE : m;
}

zc_modality zc_ext_modality(const zc_ext_sent *st, size_t s, size_t e)
{
    (void)e;
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    if (!c)
        return ZC_MOD_NONE;
    // The strongest cue of the trigger's own clause (the trigger itself counts: 尽快), when
    // it has a modal verb.
    zc_modality own = strongest_in(st, c->start, c->end);
    if (own != ZC_MOD_NONE && strongest_cue(st, c->start, c->end, true) != ZC_MOD_NONE)
        return own;
    // Else the nearest earlier clause's modal verb scopes over the clauses after it (一是要…,
    // 抓好督查督办; 要…,确保…,6月底前全部开工 → must; 应按…,尽快逐级落实 → should),
    // unless a past or report clause comes between; a manner adverb of the clause's own
    // when it is stronger (要…,坚决取缔 → must).
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    for (const zc_ext_clause *p = c; p > first;) {
        p--;
        if (p->past)
            return own;
        zc_modality m = strongest_cue(st, p->start, p->end, true);
        if (m != ZC_MOD_NONE)
            return rank(own) > rank(m) ? own : m;
    }
    return own;
}

/* True when a modal cue of an earlier clause of the sentence governs clause `c`: the
 * nearest earlier clause with a modal cue comes before any past or report clause. Clauses
 * that only compare with the past (同比增长15%) are neither. */
static bool governed(const zc_ext_sent *st, const zc_ext_clause *c)
{
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    while (c > first) {
        c--;
        if (c->past)
            return false;
        if (modal_in(st, c->start, c->end, c->end, true) != ZC_MOD_NONE)
            return true;
    }
    return false;
}

/* Whether clause c ends with 的 (before its mark): the case a condition names (…的，应当…). */
static bool case_clause(const zc_ext_sent *st, const zc_ext_clause *c)
{
    size_t e = c->end;
    while (e > c->start) {
        size_t p = zc_ext_prev_char(st->text, e);
        if (st->text[p] != ' ' && !zc_ext_is_clause_end(st->text, p, st->end))
            break;
        e = p;
    }
    return e >= c->start + 3 && memcmp(st->text + e - 3, "的", 3) == 0;
}

bool zc_ext_rule_condition(const zc_ext_sent *st, const zc_ext_clause *c)
{
    return st->genre == ZC_XG_RULE && case_clause(st, c);
}

/* A clause that reports the past: a past cue in it, a running total under no horizon; for a
 * figure (`figure`), not a rule's or plan's condition (职工累计工作已满1年不满10年的, 借款人家庭只有
 * 1人缴存的: its 已, 累计 and 只有 state the case). A time in such a condition stays past-marked:
 * it bounds no duty. */
static bool past_clause(const zc_ext_sent *st, const zc_ext_clause *c, bool figure)
{
    return c->past && !(c->total && st->horizon) &&
           !(figure && (st->genre == ZC_XG_RULE || st->genre == ZC_XG_PLAN) && case_clause(st, c));
}

/* A clause before pos's that reports the past for a time: not a case named before a duty
 * (对于已经建成、需要办理移交手续的，原则上于2019年6月底前完成: its 已经 states the case, in
 * any genre). */
static bool past_before(const zc_ext_sent *st, const zc_ext_clause *c, bool figure)
{
    return past_clause(st, c, figure) && !c->past_noun && (figure || !case_clause(st, c));
}

static bool in_past(const zc_ext_sent *st, size_t pos, bool figure)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, pos);
    if (!c)
        return false;
    // A past that qualifies a noun (已架设的浮桥必须在二十四小时内拆除) reports nothing of a
    // time's clause; a figure's (已建成的项目达50个) stays a report.
    if (past_clause(st, c, figure) && (figure || !c->past_noun))
        return true;
    if (modal_in(st, c->start, c->end, pos, true) != ZC_MOD_NONE)
        return false;
    // 同比增长15%左右 after 力争突破70亿元: a goal; after 发生事故265起: a report.
    if (c->compare)
        return !governed(st, c);
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    while (c > first) {
        c--;
        if (past_before(st, c, figure))
            return true;
        // …进行了细化安排，…，提出到2025年…超过52%，…突破8000亿元: a horizon to come after
        // the past cue opens the goals quoted, as a modal verb does.
        if (modal_in(st, c->start, c->end, c->end, true) != ZC_MOD_NONE ||
            zc_ext_horizon_in(st, c->start, c->end))
            return false;
    }
    return false;
}

bool zc_ext_asked(const zc_ext_sent *st, size_t pos)
{
    size_t cs = zc_ext_clause_at(st, pos)->start, first = zc_ext_first_hit(st, cs);
    size_t q = zc_ext_next_hit(st, first, cs, pos, ZC_XT_CUE, ZC_XC_ASK);
    if (q == SIZE_MAX)
        return false;
    size_t a = ZC_EXT_HIT(st, q)->end;
    return zc_ext_next_hit(st, q, a, pos, ZC_XT_CUE, ZC_XC_PERFORM) == SIZE_MAX &&
           zc_ext_next_hit(st, q, a, pos, ZC_XT_CUE, ZC_XC_LIGHT) == SIZE_MAX;
}

bool zc_ext_in_past(const zc_ext_sent *st, size_t pos)
{
    return in_past(st, pos, false);
}

bool zc_ext_figure_in_past(const zc_ext_sent *st, size_t pos)
{
    return in_past(st, pos, true);
}

/* Whether a clause of the sentence up to the one holding pos opens with an indefinite subject
 * the speaker reports on (cues.tsv others: 有的地方…, 有个地方的…每1户要填写10份表格): the
 * practice of others, whose modal verbs and times are theirs. Only the few characters at each
 * clause's start are looked at. */
bool zc_ext_others_practice(const zc_ext_sent *st, size_t pos)
{
    for (size_t i = 0; i < st->clauses.len; i++) {
        const zc_ext_clause *c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, i);
        if (c->start > pos)
            break;
        size_t q = zc_ext_skip_spaces(st, c->start, c->end);
        if (zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_OTHERS))
            return true;
    }
    return false;
}

/* Whether pos is in a speaker's account of past work: an opener earlier in its paragraph or
 * sentence (cues.tsv past_frame), or a report's review part (st->review), with no duty stated
 * since. */
bool zc_ext_past_account(const zc_ext_sent *st, size_t pos)
{
    return st->past_frame || zc_ext_has(st, st->start, pos, ZC_XT_CUE, ZC_XC_PAST_FRAME);
}

zc_modality zc_ext_modality_after(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, pos);
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    while (c && c < last) {
        c++;
        zc_modality m = modal_in(st, c->start, c->end, c->start, false);
        if (m != ZC_MOD_NONE)
            return m;
    }
    return ZC_MOD_NONE;
}

/* True when `pos` lies inside a longer entry of `tab` that starts before it (the 要 of 主要
 * 负责人, the 应 of 应急办): no cue of its own there. */
static bool inside_word(const zc_ext_sent *st, size_t pos, int tab)
{
    // No key is longer than maxkey: hits that start earlier end before pos.
    size_t from = pos > st->x->maxkey ? pos - st->x->maxkey : 0;
    for (size_t i = zc_ext_first_hit(st, from); i < st->hits.len; i++) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->start >= pos)
            break;
        if ((int)h->e->tab == tab && h->end > pos)
            return true;
    }
    return false;
}

/* True when a time expression starts at `pos` (its length in *consumed) that no name of
 * actors.tsv runs past (防汛办: 防汛 alone is a season). */
static bool time_not_name(const zc_ext_sent *st, size_t pos, size_t *consumed)
{
    size_t tl = 0;
    if (!zc_ext_time_starts(st, pos, &tl))
        return false;
    if (consumed)
        *consumed = tl;
    const zc_ext_hit *w = zc_ext_hit_at(st, pos, ZC_XT_ACTOR, ZC_XA_WORD);
    return !w || w->end <= pos + tl;
}

/* True when the mechanism word [s, e) ends an item of a list of bodies that a field opens:
 * a word of the item before it (城管执法、, 安全监管、…等) and a 、 or the closing 等 after.
 * An item it opens is a verb (监督、检查、考核责任单位). */
static bool field_item(const zc_ext_sent *st, size_t s, size_t e)
{
    if (st->end - e < 3 ||
        (memcmp(st->text + e, "、", 3) != 0 && memcmp(st->text + e, "等", 3) != 0))
        return false;
    // The word before it, no function word (安全监管; not 被调查、检查单位's 被), or one
    // that holds it (城管执法).
    for (size_t q = s, n = 0; q > st->start && n < 4; n++) {
        q = zc_ext_prev_char(st->text, q);
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (w)
            return w->end > s || (w->end == s && w->cls != ZC_XW_PREP &&
                                  w->cls != ZC_XW_PART && w->cls != ZC_XW_CONJ &&
                                  w->cls != ZC_XW_ADV && w->cls != ZC_XW_PUNCT);
    }
    return false;
}

/* True when a clause boundary for an actor starts at `pos`: a modal verb, a preposition, a
 * mechanism or a time expression. */
static bool actor_boundary(const zc_ext_sent *st, size_t pos)
{
    // The hits at pos, in one pass: the longest modal verb and mechanism, and the cues.
    const zc_ext_hit *mod = NULL, *enf = NULL;
    size_t prep = 0, hide = 0;   // the end of the longest preposition, of a `none` cue
    for (size_t i = zc_ext_first_hit(st, pos); i < st->hits.len; i++) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->start != pos)
            break;
        if (h->e->tab == ZC_XT_MOD && (!mod || h->end > mod->end))
            mod = h;
        else if (h->e->tab == ZC_XT_ENF && (!enf || h->end > enf->end))
            enf = h;
        else if (h->e->tab == ZC_XT_CUE && h->e->cls == ZC_XC_FUTURE)
            return true;
        else if (h->e->tab == ZC_XT_CUE && h->e->cls == ZC_XC_PREP && h->end > prep)
            prep = h->end;
        else if (h->e->tab == ZC_XT_CUE && h->e->cls == ZC_XC_NONE && h->end > hide)
            hide = h->end;
    }
    // 视频, 视为: a longer `none` cue hides the preposition 视 that opens it.
    if (hide > prep)
        prep = 0;
    // 主要, 重要, 所在: the 要 or 在 inside a word is neither a modal verb nor a preposition;
    // nor is the 牵头 that opens a name of actors.tsv (牵头单位, 牵头申报单位).
    const zc_ext_hit *name = prep ? zc_ext_hit_at(st, pos, ZC_XT_ACTOR, ZC_XA_WORD) : NULL;
    if (((mod && cue_class(st, mod) != ZC_MOD_NONE) || (prep && !name)) &&
        !inside_word(st, pos, ZC_XT_MOD) && zc_ext_word_starts(st, pos))
        return true;
    // A mechanism word starts the verb phrase; a name that holds one (巡查员) does not, nor
    // does a field of a list of bodies (城管执法、公安等部门; 安全监管、公安…等职能管理部门).
    if (enf && enf->e->cls != ZC_XE_STOP && !field_item(st, enf->start, enf->end))
        return true;
    return time_not_name(st, pos, NULL);
}

size_t zc_ext_article_end(const zc_ext_sent *st, size_t p, size_t e)
{
    if (e - p < 9 || memcmp(st->text + p, "第", 3) != 0)
        return p;
    size_t q = p + 3;
    while (q < e) {
        const zc_lexent *x = zc_lex_match(st->lx, ZC_LX_DIGIT, st->text + q, e - q, -1);
        if (!x)
            x = zc_lex_match(st->lx, ZC_LX_SCALE, st->text + q, e - q, -1);
        if (!x && st->text[q] >= '0' && st->text[q] <= '9')
            q++;
        else if (x)
            q += x->klen;
        else
            break;
    }
    static const char *const units[] = { "条", "款", "章", "节", "项" };
    for (size_t i = 0; q > p + 3 && i < ZC_NELEM(units); i++)
        if (e - q >= 3 && memcmp(st->text + q, units[i], 3) == 0)
            return q + 3;
    return p;
}

/* The end of an item number whose first level ends with the '.' at q: one level (3.), or the
 * levels of a numbered section (8.6.2各级…, 3.2 各区…) when there are three or more, or two and
 * a space after them; two levels joined to the text (1.5万元) are a decimal number. */
static size_t section_end(const zc_ext_sent *st, size_t q, size_t e)
{
    size_t r = q, dots = 0;
    while (r + 1 < e && st->text[r] == '.' && isdigit((unsigned char)st->text[r + 1])) {
        dots++;
        for (r++; r < e && isdigit((unsigned char)st->text[r]);)
            r++;
    }
    if (dots >= 2 || (dots == 1 && r < e && st->text[r] == ' '))
        return r < e && st->text[r] == '.' ? r + 1 : r;
    return q + 1;
}

size_t zc_ext_item_end(const zc_ext_sent *st, size_t p, size_t e)
{
    size_t a = zc_ext_article_end(st, p, e);
    if (a > p)
        return a;
    bool paren = p < e && st->text[p] == '(';
    // (a), (b): an item lettered as in standards' lists.
    if (paren && p + 2 < e && st->text[p + 2] == ')' && (st->text[p + 1] | 0x20) >= 'a' &&
        (st->text[p + 1] | 0x20) <= 'z')
        return p + 3;
    size_t q = paren ? p + 1 : p, d = q;
    while (q < e) {
        if (st->text[q] >= '0' && st->text[q] <= '9') {
            q++;
            continue;
        }
        const zc_lexent *x = zc_lex_match(st->lx, ZC_LX_DIGIT, st->text + q, e - q, -1);
        if (!x)
            x = zc_lex_match(st->lx, ZC_LX_SCALE, st->text + q, e - q, -1);
        if (!x)
            break;
        q += x->klen;
    }
    if (q == d || q - d > 12 || q >= e)   // four Chinese numerals at most: 二十一、, 一百零八、
        return p;
    if (paren)
        return st->text[q] == ')' ? q + 1 : p;
    if (st->text[q] == '.')
        return section_end(st, q, e);
    if (e - q >= 3 && memcmp(st->text + q, "、", 3) == 0)
        return q + 3;
    return p;
}

/* True when a join word of actors.tsv (会同, 或者) stands at `pos` as a whole word (not the 及
 * of 及时), and no other join follows it (join_pair). */
static bool join_word(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_hit *j = zc_ext_hit_at(st, pos, ZC_XT_ACTOR, ZC_XA_JOIN);
    return j && zc_ext_word_starts(st, pos) && zc_ext_word_starts(st, j->end) &&
           !zc_ext_hit_at(st, j->end, ZC_XT_ACTOR, ZC_XA_JOIN);
}

/* True when two join words stand at `pos`, the first a whole word (…主管部门或者会同有关部门
 * 责令…): the body before acts alone or with others, and it alone is the one named to act. */
static bool join_pair(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_hit *j = zc_ext_hit_at(st, pos, ZC_XT_ACTOR, ZC_XA_JOIN);
    return j && zc_ext_word_starts(st, pos) && zc_ext_hit_at(st, j->end, ZC_XT_ACTOR, ZC_XA_JOIN);
}

size_t zc_ext_skip_opening(const zc_ext_sent *st, size_t p, size_t e, bool actor)
{
    for (;;) {
        while (p < e && st->text[p] == ' ')
            p++;
        const zc_ext_hit *h = zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_SKIP);
        if (h && !zc_ext_word_starts(st, h->end))   // 并购, 请示: a word that holds one
            h = NULL;
        if (!h && actor)
            h = zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_AGENT);
        if (!h && actor)
            h = zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_SCOPE);
        // 被申请人: a longer name of the inventory that opens with the marker is the actor.
        const zc_ext_hit *nm = h && actor ? zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_WORD) : NULL;
        if (nm && nm->end > h->end)
            return p;
        size_t q = h ? h->end : zc_ext_item_end(st, p, e);
        if (q == p)
            return p;
        p = q;
    }
}

/* True when the word at `pos` ends with a suffix of actors.tsv (室 after 督查, 村干部 after
 * 包): the words before it modify a name. A level named by one character (强化省、市…) is
 * the verb's object. */
static bool suffix_word(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_word *w = zc_ext_word_at(st, pos);
    return w && w->end > zc_ext_next_char(st->text, pos) &&
           zc_ext_hit_ending(st, w->end, ZC_XT_ACTOR, ZC_XA_SUFFIX);
}

/* False when a verb word in [p, e) is followed there by a word of
 * the clause's grammar, not of a name: a pronoun, a preposition, a particle or a number
 * (市里下达我县). Names hold verbs (督察整改办, 领导小组: jieba tags it v). A counted object
 * right after a verb-noun or after the opening word is a clause too (建设2个研究院, 布局1—2家
 * 省实验室: jieba tags 建设 vn and 布局 n), whatever suffix ends it. */
static bool modifying_verbs(const zc_ext_sent *st, size_t p, size_t e, bool relative)
{
    bool verb = false, opens_verb = false;
    const zc_ext_word *prev = NULL;
    for (size_t q = p; q < e;) {
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w)
            return true;   // no words, or a name cut inside a word: the inventory decides
        // 受理公务员复核、申诉的机关应当…: a relative clause closed by 的 right before the
        // head word that ends the name describes the body.
        const zc_ext_word *h = relative && w->cls == ZC_XW_PART && w->end - q == 3 &&
                                       memcmp(st->text + q, "的", 3) == 0
                                   ? zc_ext_word_at(st, w->end)
                                   : NULL;
        if (h && h->end == e && h->end > zc_ext_next_char(st->text, w->end))
            return true;
        // 县发改局、县财政局等(部门): the 等 that closes a list of bodies is no particle of a
        // clause inside the name, unless the span opens with a verb of two characters or more
        // (落实高新技术企业、…等税收优惠政策: a verb phrase). Single characters are names' pieces
        // as often as verbs (发 of 县发改局).
        if (w->end - q == 3 && !memcmp(st->text + q, "等", 3) && !opens_verb) {
            q = w->end;
            continue;
        }
        opens_verb |= q == p && w->end - q > 3 && (w->cls == ZC_XW_VERB || w->cls == ZC_XW_VNOUN);
        if (verb && (w->cls == ZC_XW_PRON || w->cls == ZC_XW_PREP || w->cls == ZC_XW_PART ||
                     w->cls == ZC_XW_NUM))
            return false;
        // 市区两级交通管理部门, 省市县三级: a count of levels (两级, jieba m) names the
        // levels of the bodies, no count of a clause's object.
        bool levels = w->end - q >= 6 && !memcmp(st->text + w->end - 3, "级", 3);
        if (prev && w->cls == ZC_XW_NUM && !levels && prev->cls != ZC_XW_NUM &&
            prev->cls != ZC_XW_PUNCT &&
            (prev->cls == ZC_XW_VNOUN ||
             (q == zc_ext_word_at(st, p)->end && q > zc_ext_next_char(st->text, p))))
            return false;
        // 市重大办会同市财政局: a single char that ends a body's name (办, actors.tsv suffix) is
        // no verb there, whatever its tag.
        verb |= w->cls == ZC_XW_VERB &&
                !(w->end - q == 3 && zc_ext_hit_at(st, q, ZC_XT_ACTOR, ZC_XA_SUFFIX));
        prev = w;
        q = w->end;
    }
    return true;
}

/* The actor as a noun phrase of words at `p` (up to `limit`, in a clause ending at `e`),
 * when no suffix of the inventory ends one: a name tagged nt or ns (海珠区, a user's word),
 * or any noun after 各. Such a name acts only in a duty (海珠区每年将…给予, not 市里下达…). */
static zc_vspan phrase_actor(const zc_ext_sent *st, size_t p, size_t limit, size_t e,
                             bool prefix)
{
    size_t w = zc_ext_actor_phrase(st, p, limit, prefix);
    if (w > p && (prefix || strongest_in(st, w, e) != ZC_MOD_NONE ||
                  zc_ext_has(st, w, e, ZC_XT_CUE, ZC_XC_FUTURE)))
        return (zc_vspan){ p, w };
    return (zc_vspan){ 0, 0 };
}

#define ACTOR_MAX_BYTES 72   /* about 24 characters: a tag's departments, a clause's agent */
/* A clause's subject may be a long list or name before its verb (县级农业农村、自然资源、住房城乡
 * 建设等有关部门以及镇人民政府应当…; 市、区县（自治县）交通主管部门所属的交通运输综合行政执法机构
 * 负责…: 31 characters); the verb phrase after it bounds it. */
#define SUBJECT_MAX_BYTES 144   /* 48 characters; below AGENT_MAX_BYTES, which subject_from tells apart */
/* After 由 the authority of a rule may be long: 由市城市管理主管部门或者县（市、区）综合行政
 * 执法（城市管理）主管部门责令… (35 characters); the agent marker bounds where it starts. */
#define AGENT_MAX_BYTES 150

static bool trade_word(const zc_ext_word *w)   // a verb or noun of a party's trade
{
    return w->cls == ZC_XW_VERB || w->cls == ZC_XW_VNOUN || w->cls == ZC_XW_NOUN ||
           w->cls == ZC_XW_OTHER;
}

/* True when the clause from `p` opens with a name of a regulated party whose words are verbs
 * of its trade (维护保养单位, 使用管理单位, 生产经营者): at most six words, verbs or nouns, the
 * last ending with an actor suffix (actors.tsv), and a modal verb of a duty right after it
 * (维护保养单位应当在三十分钟内到达现场: the unit is the subject, not the object of 维护保养). */
static bool verb_led_name(const zc_ext_sent *st, size_t p, size_t e)
{
    size_t q = p;
    for (int n = 0; n < 6 && q < e; n++) {
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w || !trade_word(w))
            return false;
        q = w->end;
        if (n > 0 && zc_ext_hit_ending(st, q, ZC_XT_ACTOR, ZC_XA_SUFFIX)) {
            const zc_ext_hit *m = zc_ext_hit_at(st, q, ZC_XT_MOD, -1);
            zc_modality c = m ? cue_class(st, m) : ZC_MOD_NONE;
            if (!(c == ZC_MOD_MUST || c == ZC_MOD_SHOULD || c == ZC_MOD_PROHIBIT) ||
                !zc_ext_word_starts(st, q))
                return false;
            // 执法人员不得少于两人: a comparator right after the modal verb bounds a count of
            // the subject, which is then no actor (as a relative subject before a count,
            // relative_subject).
            return !zc_lex_match(st->lx, ZC_LX_CMP, st->text + m->end, e - m->end, -1) &&
                   !zc_lex_match(st->lx, ZC_LX_CMP, st->text + q, e - q, -1);
        }
    }
    return false;
}

/* True when the clause [p, e) is such a name alone, before a comma (建设单位或者管理使用单位，
 * 应当…): two to six words, verbs or nouns of the trade and joins, the last ending at `e` with
 * an actor suffix. */
static bool trade_name(const zc_ext_sent *st, size_t p, size_t e)
{
    size_t q = p;
    int n = 0;
    for (; n < 6 && q < e; n++) {
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w || w->end > e ||
            !(trade_word(w) || join_word(st, q) ||
              (w->end - q == 3 && memcmp(st->text + q, "、", 3) == 0)))
            return false;
        q = w->end;
    }
    return q == e && n > 1 && zc_ext_hit_ending(st, e, ZC_XT_ACTOR, ZC_XA_SUFFIX);
}

/* Where the actor of a clause from `p` to `e` may start, or SIZE_MAX when the clause opens
 * with no actor. */
static size_t actor_start(const zc_ext_sent *st, size_t p, size_t e)
{
    p = zc_ext_skip_opening(st, p, e, true);
    // 今年县财政安排…: a time before the subject.
    size_t tc;
    if (time_not_name(st, p, &tc) && tc && p + tc < e) {
        size_t q = zc_ext_skip_opening(st, p + tc, e, true);
        if (!actor_boundary(st, q))
            p = q;
    }
    // 对…的乡镇: the clause opens with its object or condition, not its actor; 严肃处理相关
    // 人员: with its verb.
    if (zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_COND) || actor_boundary(st, p))
        return SIZE_MAX;
    // 指导居（村）民委员会做好…, 组织成员单位开展…: a pivot verb opens the clause, whose object
    // does the next verb; neither is who the clause binds (jieba tags 指导 vn).
    const zc_ext_hit *pv = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_PIVOT);
    if (pv && zc_ext_word_starts(st, pv->end) && !zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_WORD))
        return SIZE_MAX;
    // 规划建设5G基站不少于12万个: a clause that opens with a verb and its object names what
    // is done, no one who acts, and so does one that opens with an adverb, a preposition or
    // a conjunction (积极开展…, 经…, 是指…); a verb right before a word that is a suffix
    // (相关部门, 值班人员) or holding one (责任单位, a verb by jieba's tag) modifies the name,
    // one before a longer noun is its verb (指导国有企业, 健全执业人员).
    const zc_ext_word *w0 = zc_ext_word_at(st, p);
    const zc_ext_word *w1 = w0 ? zc_ext_word_at(st, w0->end) : NULL;
    const zc_ext_hit *sx = w1 && w1->end > zc_ext_next_char(st->text, w0->end)
                               ? zc_ext_hit_at(st, w0->end, ZC_XT_ACTOR, ZC_XA_SUFFIX)
                               : NULL;
    if (w0 && (w0->cls == ZC_XW_PREP || (w0->end > zc_ext_next_char(st->text, p) &&
                                         (w0->cls == ZC_XW_VERB || w0->cls == ZC_XW_ADV ||
                                          w0->cls == ZC_XW_CONJ))) &&
        !zc_ext_hit_at(st, p, ZC_XT_ACTOR, -1) &&
        !(sx && sx->end == w1->end && w0->cls != ZC_XW_PREP) &&   // 通过政府资金支持
        !zc_ext_hit_ending(st, w0->end, ZC_XT_ACTOR, ZC_XA_SUFFIX) &&
        !(w0->cls == ZC_XW_VERB && verb_led_name(st, p, e)))
        return SIZE_MAX;
    return p;
}

/* The end of a parenthesis at `q` that introduces an alias (actors.tsv alias: (以下简称省级
 * 主管部门)), or `q` when none stands there. */
static size_t alias_end(const zc_ext_sent *st, size_t q, size_t e)
{
    if (q >= e || st->text[q] != '(' || !zc_ext_hit_at(st, q + 1, ZC_XT_ACTOR, ZC_XA_ALIAS))
        return q;
    const char *cl = memchr(st->text + q, ')', e - q);
    return cl ? (size_t)(cl - st->text) + 1 : q;
}

/* 县发改局、县财政局等要…: the 等 at `x` that closes a list of bodies is part of the actor as
 * written (the gold writes it: heldout-genres2 0166), after 由 too (由…经办机构等对…), when it is
 * a word of its own (not 等级, 等待) and a modal verb, a verb or 对 follows it, not a noun (…企业等
 * 税收优惠政策: the list's head follows). Returns where the clause goes on after it, or `x` when
 * it is no such 等. */
static size_t list_closer(const zc_ext_sent *st, size_t x, size_t e)
{
    const zc_ext_word *w = x + 3 <= e && !memcmp(st->text + x, "等", 3) ? zc_ext_word_at(st, x)
                                                                         : NULL;
    size_t after = w && w->end == x + 3 ? zc_ext_skip_spaces(st, x + 3, e) : e;
    return after < e && (zc_ext_hit_at(st, after, ZC_XT_MOD, -1) || zc_ext_verb_starts(st, after) ||
                         zc_ext_hit_at(st, after, ZC_XT_CUE, ZC_XC_COND))
               ? after
               : x;
}

/* True when the one character [s, e) ends a verb word of two characters (举办, 承办). */
static bool ends_verb(const zc_ext_sent *st, size_t s, size_t e)
{
    if (e - s != 3 || s < st->start + 3 || zc_ext_word_starts(st, s))
        return false;
    const zc_ext_word *w = zc_ext_word_at(st, zc_ext_prev_char(st->text, s));
    return w && w->end == e && w->cls == ZC_XW_VERB;
}

/* The actor that starts at `p` in a clause ending at `e`, at most `max` bytes long. */
static zc_vspan actor_within(const zc_ext_sent *st, size_t p, size_t e, size_t max)
{
    zc_vspan none = { 0, 0 };
    p = actor_start(st, p, e);
    if (p == SIZE_MAX)
        return none;
    size_t limit = p + max < e ? p + max : e;
    size_t best = 0;
    bool prefix = zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_PREFIX) != NULL;
    // The earliest start of the suffix words (局, 办公室) that end at each byte after p, read
    // in one pass over the hits nearby rather than asked char by char below.
    size_t sfx_start[AGENT_MAX_BYTES + 4];
    for (size_t k = 0; k < ZC_NELEM(sfx_start); k++)
        sfx_start[k] = SIZE_MAX;
    for (size_t i = zc_ext_first_hit(st, p > st->x->maxkey ? p - st->x->maxkey : 0);
         i < st->hits.len && ZC_EXT_HIT(st, i)->start < limit + 3; i++) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        // A suffix ends a word (the 市 of 城市大脑专班, a user's word, ends none), and no
        // verb of two characters (the 办 of 举办, 承办: 举办元旦…音乐会 has no actor).
        if (h->e->tab == ZC_XT_ACTOR && h->e->cls == ZC_XA_SUFFIX && h->end > p &&
            h->end - p < ZC_NELEM(sfx_start) && h->start < sfx_start[h->end - p] &&
            zc_ext_word_starts(st, h->end) && !ends_verb(st, h->start, h->end))
            sfx_start[h->end - p] = h->start;
    }
    for (size_t q = p; q < limit; q = zc_ext_next_char(st->text, q)) {
        // 由民政部门会同规划国土部门予以取缔: a join word (会同) inside a list of actors is no
        // boundary, though it may be one elsewhere.
        if (q > p && ((actor_boundary(st, q) && !join_word(st, q)) || join_pair(st, q)))
            break;
        // 各乡镇、各部门确定专人…: a verb right after a whole actor begins its verb phrase,
        // unless a suffix closes the word (督查室, 监管所: names).
        // Single characters are left out: their tags are their most common use (办, 直: v).
        // A preposition always does (市财政局根据市工业和信息化局提出的…).
        if (best && q == best && zc_ext_verb_starts(st, q)) {
            const zc_ext_word *w = zc_ext_word_at(st, q);
            if (w->cls == ZC_XW_PREP || !suffix_word(st, w->end))
                break;
        }
        // The actor words at q, in one pass: an agent marker, the longest name.
        bool agent = false;
        const zc_ext_hit *w = NULL;
        for (size_t i = zc_ext_first_hit(st, q); i < st->hits.len; i++) {
            const zc_ext_hit *h = ZC_EXT_HIT(st, i);
            if (h->start != q)
                break;
            if (h->e->tab != ZC_XT_ACTOR)
                continue;
            agent |= h->e->cls == ZC_XA_AGENT;
            if (h->e->cls == ZC_XA_WORD && (!w || h->end > w->end))
                w = h;
        }
        // 其主要负责人由县委主要领导约谈: the agent marker ends the subject, which is then the
        // object of the agent's act, no actor.
        if (q > p && agent)
            break;
        if (w && w->end <= limit)
            best = w->end;
        size_t sfx_end = zc_ext_next_char(st->text, q);
        if (sfx_end - p < ZC_NELEM(sfx_start) && sfx_start[sfx_end - p] >= p &&
            sfx_start[sfx_end - p] != SIZE_MAX && sfx_end > p + 3)
            best = sfx_end;
        // (爱卫办), (市、区) after an actor: one piece, whatever suffixes stand inside it;
        // (以下简称省级主管部门): an alias, the actor is the full name before it, unless the
        // list goes on after it (监察机关及其派出机构(以下统称监察机关)或者任免机关).
        if (best && q == best && alias_end(st, q, e) > q && !join_word(st, alias_end(st, q, e)))
            break;
        if (best && q == best && st->text[q] == '(') {
            const char *cl = memchr(st->text + q, ')', limit - q);
            if (cl) {
                best = (size_t)(cl - st->text) + 1;
                q = (size_t)(cl - st->text);
            }
        }
    }
    // No suffix of the inventory: a noun phrase of words whose head is an organisation or a
    // place (海珠区, a user's word tagged nt), or any noun after 各 (各示范商圈、示范商店).
    // 县对辖区内…进行统筹协调: a level of government named by its one character, a word of
    // its own before a preposition or a modal verb.
    const zc_ext_word *w1 = zc_ext_word_at(st, p);
    const zc_ext_word *w2 = w1 ? zc_ext_word_at(st, w1->end) : NULL;
    if (!best && w1 && w1->end == zc_ext_next_char(st->text, p) &&
        zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_LEVEL) && w2 &&
        (w2->cls == ZC_XW_PREP || zc_ext_hit_at(st, w1->end, ZC_XT_MOD, -1)))
        return (zc_vspan){ p, w1->end };
    if (!best)
        return phrase_actor(st, p, limit, e, prefix);
    // 市里下达我县…: a verb with its object inside is a clause, no name; a verb before the
    // word that ends the name modifies it (防控指挥部, 分管领导, 值班人员).
    // The actor must end where its verb phrase begins.
    // 其主要负责人由县委主要领导约谈: before an agent marker it is the object, no actor.
    // The spaces of PDF text may stand between (运营公司 3 个工作日内).
    size_t vb = best;
    while (vb < e && st->text[vb] == ' ')
        vb++;
    vb = alias_end(st, vb, e);
    size_t after = list_closer(st, vb, e);
    if (after != vb) {
        best = vb + 3;
        vb = after;
    }
    // A relative clause describes the body only when a duty (a modal verb) follows it or an
    // agent marker hands it the act (鼓励有条件的地区开展…); 未按规定报送的单位, 予以… is
    // whom a sanction hits.
    bool relative = (vb < e && zc_ext_hit_at(st, vb, ZC_XT_MOD, -1) &&
                     strongest_in(st, vb, e) != ZC_MOD_NONE) ||
                    zc_ext_hit_ending(st, p, ZC_XT_ACTOR, ZC_XA_AGENT);
    if (!modifying_verbs(st, p, best, relative))
        return none;
    // 省级主管部门核查后，…: a verb-noun before the after of an event (cues.tsv event) is the
    // subject's act.
    const zc_ext_word *vn = vb < e ? zc_ext_word_at(st, vb) : NULL;
    bool event_act = vn && vn->cls == ZC_XW_VNOUN &&
                     zc_ext_hit_at(st, vn->end, ZC_XT_CUE, ZC_XC_EVENT) &&
                     zc_ext_word_starts(st, zc_ext_hit_at(st, vn->end, ZC_XT_CUE, ZC_XC_EVENT)->end);
    if (vb < e && !actor_boundary(st, vb) && !prefix && !event_act &&
        (!zc_ext_verb_starts(st, vb) || zc_ext_hit_at(st, vb, ZC_XT_ACTOR, ZC_XA_AGENT)))
        return phrase_actor(st, p, limit, e, prefix);
    return (zc_vspan){ p, best };
}

static zc_vspan actor_from(const zc_ext_sent *st, size_t p, size_t e)
{
    return actor_within(st, p, e, ACTOR_MAX_BYTES);
}

/* True when the subject ending at `s` (its clause ending at `e`) is a beneficiary: a
 * permission is its strongest cue, and what it may do is receive (入驻企业可以享受房租补贴,
 * 企业可按…申请融资费用补贴): whoever grants acts, not it (heldout-blind4 README-a). */
static bool beneficiary(const zc_ext_sent *st, size_t s, size_t e)
{
    if (strongest_in(st, s, e) != ZC_MOD_MAY)
        return false;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, s, e, ZC_XT_MOD, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi))
        if (cue_class(st, ZC_EXT_HIT(st, i)) == ZC_MOD_MAY)
            return zc_ext_has(st, ZC_EXT_HIT(st, i)->end, e, ZC_XT_CUE, ZC_XC_BENEFIT);
    return false;
}

/* True when word `w` is the particle 的 (a relative clause or modifier closed). */
static bool de_word(const zc_ext_sent *st, const zc_ext_word *w)
{
    return w->cls == ZC_XW_PART && w->end - w->start == 3 &&
           memcmp(st->text + w->start, "的", 3) == 0;
}

/* True when the words of [s, e) are nouns, modifiers or joins of a list: the head of a noun
 * phrase (药品监督管理部门, 单位和个人). */
static bool nominal_words(const zc_ext_sent *st, size_t s, size_t e)
{
    for (size_t q = s; q < e;) {
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w || w->end > e)
            return false;
        if (w->cls != ZC_XW_NOUN && w->cls != ZC_XW_NAME && w->cls != ZC_XW_MOD &&
            w->cls != ZC_XW_VNOUN && w->cls != ZC_XW_OTHER && !join_word(st, q))
            return false;
        q = w->end;
    }
    return true;
}

/* The subject of a clause from `p` to `e` whose head follows a relative clause closed by 的
 * (负有安全生产监督管理职责的部门应当…, 国务院负责特种设备安全监督管理的部门应当…, 符合条件的
 * 省份要…): from the clause start to a head of nouns ending with an actor suffix or name
 * (actors.tsv) right before a modal verb; the body inside the relative clause (国务院) is not
 * the actor. Empty when the clause opens with a condition or a preposition (对有重要贡献的设计
 * 人员, 凡是…的企业). */
static zc_vspan relative_subject(const zc_ext_sent *st, size_t p, size_t e)
{
    zc_vspan none = { 0, 0 };
    // 被限期治理的单位, 由作出决定的机关: a marker of the agent or the passive opens no subject.
    p = zc_ext_skip_opening(st, p, e, false);
    const zc_ext_word *w0 = p < e ? zc_ext_word_at(st, p) : NULL;
    const zc_ext_word *w1 = w0 ? zc_ext_word_at(st, w0->end) : NULL;
    const zc_ext_hit *o = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_COND);
    if (!o)
        o = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_PREP);
    if (!w0 || w0->cls == ZC_XW_PREP || w0->cls == ZC_XW_CONJ || w0->cls == ZC_XW_ADV ||
        (w0->cls == ZC_XW_VERB && w1 && w1->cls == ZC_XW_PREP) ||   // 加大对…的民族地区
        zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_AGENT) ||
        (o && zc_ext_word_starts(st, o->end)))   // 从 opens a scope, 从事 a relative clause
        return none;
    size_t limit = p + AGENT_MAX_BYTES < e ? p + AGENT_MAX_BYTES : e, rel = 0;
    const zc_ext_word *last = NULL;   // the head's last word
    for (size_t q = p; q < limit;) {
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w)
            return none;
        const zc_ext_hit *m = zc_ext_hit_at(st, q, ZC_XT_MOD, -1);
        if (m && cue_class(st, m) != ZC_MOD_NONE && !inside_word(st, q, ZC_XT_MOD)) {
            // 检查人员不得少于2人, 期限最长不得超过二年: a bound, whose subject is counted; 有下列
            // 情况之一的企业: a violator (cues.tsv violate).
            size_t h = zc_ext_skip_spaces_back(st, p, q), v = m->end;
            // 全国抽调到工业部门的干部要有16万名: a verb right before a number counts them.
            for (const zc_ext_hit *n; (n = zc_ext_hit_at(st, v, ZC_XT_MOD, -1));)
                v = n->end;
            const zc_ext_word *vw = zc_ext_word_at(st, v);
            if (vw && vw->cls == ZC_XW_VERB && vw->end < st->end &&
                ((st->text[vw->end] >= '0' && st->text[vw->end] <= '9') ||
                 zc_lex_match(st->lx, ZC_LX_DIGIT, st->text + vw->end, st->end - vw->end, -1)))
                return none;
            const zc_ext_hit *x = rel ? zc_ext_hit_ending(st, h, ZC_XT_ACTOR, ZC_XA_SUFFIX) : NULL;
            if (!x)
                x = rel ? zc_ext_hit_ending(st, h, ZC_XT_ACTOR, ZC_XA_WORD) : NULL;
            return x && h >= rel + 6 && nominal_words(st, rel, h) && last &&
                           last->cls != ZC_XW_MOD &&
                           !zc_lex_match(st->lx, ZC_LX_CMP, st->text + q, st->end - q, -1) &&
                           !zc_ext_has(st, p, rel, ZC_XT_CUE, ZC_XC_VIOLATE)
                       ? (zc_vspan){ p, h }
                       : none;
        }
        if (de_word(st, w))
            rel = w->end;
        if (w->cls != ZC_XW_PUNCT && st->text[q] != ' ')
            last = w;
        q = w->end;
    }
    return none;
}

/* True when `a` ends inside a parenthesis it opens (…实现“最多跑一次”（省政府办公厅: the
 * tag's department read as the end of a clause's subject). */
static bool open_paren(const zc_ext_sent *st, zc_vspan a)
{
    int depth = 0;
    for (size_t q = a.start; q < a.end; q = zc_ext_next_char(st->text, q)) {
        if (st->text[q] == '(' || (a.end - q >= 3 && memcmp(st->text + q, "（", 3) == 0))
            depth++;
        else if (st->text[q] == ')' || (a.end - q >= 3 && memcmp(st->text + q, "）", 3) == 0))
            depth--;
    }
    return depth > 0;
}

/* The subject of a clause from `p` to `e`: its actor, when a verb phrase follows it there.
 * 明确责任人和联络员,: a clause that is all name has no verb, and so no subject; nor is a
 * title (参照《山东省…) one. (The departments of a tag are read with actor_from.) */
static zc_vspan subject_from(const zc_ext_sent *st, size_t p, size_t e, size_t max)
{
    zc_vspan a = actor_within(st, p, e, max);
    // After the agent's marker (被限期治理的单位), the phrase is no subject of its own.
    zc_vspan r = max != AGENT_MAX_BYTES ? relative_subject(st, p, e) : (zc_vspan){ 0, 0 };
    if (r.end > a.end && (a.end <= a.start || a.start >= r.start))
        a = r;
    size_t vb = a.end;
    while (vb < e && st->text[vb] == ' ')
        vb++;
    if (a.end > a.start && (vb >= e || memmem(st->text + a.start, a.end - a.start, "《", 3) ||
                            beneficiary(st, a.end, e) || open_paren(st, a)))
        return (zc_vspan){ 0, 0 };
    return a;
}

/* True when a fine's verb and its sum start at `x` (处五百元罚款, 处2000元以上, 处十万元以下:
 * cues.tsv fine_verb, then a numeral, a multiplier of scale.tsv too, as 十 opens 十万元); the
 * segmenter's tags leave single characters out. */
static bool fine_sum(const zc_ext_sent *st, size_t x, size_t e)
{
    const zc_ext_hit *v = zc_ext_hit_at(st, x, ZC_XT_CUE, ZC_XC_FINE_VERB);
    return v && v->end < e &&
           ((st->text[v->end] >= '0' && st->text[v->end] <= '9') ||
            zc_lex_match(st->lx, ZC_LX_DIGIT, st->text + v->end, e - v->end, -1) ||
            zc_lex_match(st->lx, ZC_LX_SCALE, st->text + v->end, e - v->end, -1));
}

/* The authority after 由 at `p` (its clause ending at `e`) that the word reader does not take
 * whole: from `p` to the first head noun of an authority (cues.tsv role authority) that a verb
 * or a mechanism follows (由县综合行政执法（城市管理）部门责令改正: a mechanism word, 执法, or a
 * parenthesis inside the name). Empty when none within AGENT_MAX_BYTES. */
static zc_vspan authority_phrase(const zc_ext_sent *st, size_t p, size_t e)
{
    size_t limit = p + AGENT_MAX_BYTES < e ? p + AGENT_MAX_BYTES : e, prev = p;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, p, limit, ZC_XT_CUE, ZC_XC_AUTHORITY);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        size_t x = ZC_EXT_HIT(st, i)->end;
        // 由建设单位向区绿化市容管理部门如实申报: the addressee after a preposition is no part
        // of the authority; the name before it, which no head ends, is the subject's reading.
        for (size_t q = zc_ext_next_char(st->text, prev); prev == p && q < ZC_EXT_HIT(st, i)->start;
             q = zc_ext_next_char(st->text, q))
            if (zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_PREP) && zc_ext_word_starts(st, q) &&
                !inside_word(st, q, ZC_XT_CUE))
                return (zc_vspan){ 0, 0 };
        // 由医保行政部门、…、经办机构等对定点医药机构完成…的费用进行核查: the object after the
        // opener of a condition or scope (cues.tsv cond: 对) is no part of the authority.
        for (size_t q = prev; q > p && q < ZC_EXT_HIT(st, i)->start; q = zc_ext_next_char(st->text, q))
            if (zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_COND) && zc_ext_word_starts(st, q) &&
                !inside_word(st, q, ZC_XT_CUE))
                return (zc_vspan){ p, list_closer(st, prev, e) == q ? prev + 3 : prev };
        if (zc_ext_word_starts(st, x))
            prev = x;
        if (x < limit && join_pair(st, x))
            return (zc_vspan){ p, x };
        // 由县级以上人民政府渔业行政主管部门或者其所属的渔政监督管理机构决定: a join word
        // (或者, 会同) after a head goes on to the next body of the list.
        if (x < limit && zc_ext_word_starts(st, x) && !join_word(st, x) &&
            (zc_ext_hit_at(st, x, ZC_XT_ENF, -1) || zc_ext_hit_at(st, x, ZC_XT_MOD, -1) ||
             zc_ext_verb_starts(st, x) || fine_sum(st, x, limit)))
            return (zc_vspan){ p, x };
    }
    return (zc_vspan){ 0, 0 };
}

/* The subject of clause `c`, closed by 的, that addresses its condition (县安委会对…不落实的，
 * 进行约谈: the body before the opener 对 acts on whom the condition names); outside rules
 * only, where a body before 对…的 is the violator (负有监督管理职责的部门对…不予查处的), and only
 * a body that ends with the head of an authority or an organ (县安委会, 县政府; not 生产经营
 * 单位对…未登记的: a party). Empty otherwise. */
/* The subject of clause `c`, closed by 的, that states its own judgement or finding before a
 * duty or power of its own (药品监督管理部门认为有必要的，可以…进行现场检查; 金融机构发现客户
 * 有外汇违法行为的，应当及时…报告): a `judge` verb (cues.tsv: 认为, 发现, 确认) right after the
 * subject, the next clause opening with a modal verb (not a strive word); a violation after the
 * judge verb is what the subject found (监理单位发现施工单位未按照…施工的，应当要求…: heldout-laws2
 * L100). Not a party's own act (单位实施以上违法行为的，可对主要负责人…处罚款: the violator, no
 * judge verb; 法定代表人变更的，应当…报…备案). Empty otherwise. */
static zc_vspan judging_subject(const zc_ext_sent *st, const zc_ext_clause *c)
{
    zc_vspan none = { 0, 0 };
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    size_t ce = zc_ext_skip_spaces_back(st, c->start, c->end);
    if (c >= last || !zc_ext_hit_ending(st, ce, ZC_XT_CUE, ZC_XC_CONDEND))
        return none;
    zc_vspan a = actor_from(st, c->start, c->end);
    if (a.end <= a.start || !zc_ext_hit_at(st, zc_ext_skip_spaces(st, a.end, ce), ZC_XT_CUE,
                                           ZC_XC_JUDGE))
        return none;
    const zc_ext_clause *n = c + 1;
    size_t q = zc_ext_skip_spaces(st, n->start, n->end);
    const zc_ext_hit *m = zc_ext_hit_at(st, q, ZC_XT_MOD, -1);
    zc_modality mm = m ? cue_class(st, m) : ZC_MOD_NONE;
    return mm != ZC_MOD_NONE && mm != ZC_MOD_STRIVE ? a : none;
}

static zc_vspan addressing_subject(const zc_ext_sent *st, const zc_ext_clause *c)
{
    zc_vspan none = { 0, 0 };
    zc_vspan j = judging_subject(st, c);
    if (j.end > j.start || st->genre == ZC_XG_RULE)
        return j;
    zc_vspan a = actor_from(st, c->start, c->end);
    size_t q = zc_ext_skip_spaces(st, a.end, c->end);
    const zc_ext_hit *o = a.end > a.start ? zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_COND) : NULL;
    if (!o || zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_VIOLATE) ||
        !(zc_ext_authority(st, a) || zc_ext_organ_ends(st, a.end)))
        return none;
    return a;
}

/* The agent `a` of 由 run on to the head after a relative clause that opens with a verb right
 * after it and is closed by 的 (由县级以上地方人民政府负责煤矿安全生产监督管理的部门责令…: the
 * department, not the government; 由市交通主管部门所属的…机构): the head is nouns ending with a
 * suffix or name of actors.tsv right before the verb phrase, ending with the head of an
 * authority (cues.tsv authority). `a` itself when none. */
static zc_vspan relative_head(const zc_ext_sent *st, zc_vspan a, size_t e)
{
    size_t limit = a.start + AGENT_MAX_BYTES < e ? a.start + AGENT_MAX_BYTES : e, rel = 0;
    // Not after the passive's 被 (被国家版权主管部门评为优秀作品的企业: whom it names).
    if (zc_ext_hit_ending(st, a.start, ZC_XT_CUE, ZC_XC_ENF_PASSIVE))
        return a;
    const zc_ext_word *w = a.end < limit ? zc_ext_word_at(st, a.end) : NULL;
    if (!w || (w->cls != ZC_XW_VERB && w->cls != ZC_XW_VNOUN) ||
        w->end <= zc_ext_next_char(st->text, a.end))
        return a;
    // The relative clause: no punctuation, modal verb or time before its 的.
    for (size_t q = w->end; q < limit && !rel; q = w->end) {
        w = zc_ext_word_at(st, q);
        if (!w || w->cls == ZC_XW_PUNCT || zc_ext_hit_at(st, q, ZC_XT_MOD, -1) ||
            time_not_name(st, q, NULL))
            return a;
        if (de_word(st, w))
            rel = w->end;
    }
    size_t head = 0;
    for (size_t q = rel; rel && q < limit; q = w->end) {
        w = zc_ext_word_at(st, q);
        // A verb may modify the head before it (…确定的有关执法部门: 执法 is a verb by jieba's tag).
        if (!w || (w->cls != ZC_XW_NOUN && w->cls != ZC_XW_NAME && w->cls != ZC_XW_MOD &&
                   w->cls != ZC_XW_VNOUN && w->cls != ZC_XW_OTHER &&
                   !(w->cls == ZC_XW_VERB && !head)))
            break;
        if (zc_ext_hit_ending(st, w->end, ZC_XT_ACTOR, ZC_XA_SUFFIX) ||
            zc_ext_hit_ending(st, w->end, ZC_XT_ACTOR, ZC_XA_WORD))
            head = w->end;
        else if (head)
            break;
    }
    // The head is an authority's (cues.tsv authority: 部门, 机关, 机构; not 由投资机构支持…的企业).
    return head && zc_ext_hit_ending(st, head, ZC_XT_CUE, ZC_XC_AUTHORITY) ? (zc_vspan){ a.start, head }
                                                                         : a;
}

/* Past a cross-reference that opens an actor (本规定第五条规定的负责…的部门, 本条例第十条第二款
 * 规定的部门): the gold names the body without it (heldout-laws2 L100). 本, the text's name of
 * itself up to 第 (at most four characters), the article and clause numbers, then 规定的. */
static size_t skip_cross_ref(const zc_ext_sent *st, size_t p, size_t e)
{
    static const char ben[] = "本", di[] = "第", tiao[] = "条", kuan[] = "款", rule[] = "规定的";
    if (p + 3 > e || memcmp(st->text + p, ben, 3) != 0)
        return p;
    size_t q = p + 3;
    for (int k = 0; k < 4 && q + 3 <= e && memcmp(st->text + q, di, 3) != 0; k++)
        q = zc_ext_next_char(st->text, q);
    for (int part = 0; part < 2 && q + 3 <= e && !memcmp(st->text + q, di, 3); part++) {
        size_t r = q + 3;
        for (int k = 0; k < 6 && r + 3 <= e && memcmp(st->text + r, tiao, 3) != 0 &&
                        memcmp(st->text + r, kuan, 3) != 0;
             k++)
            r = zc_ext_next_char(st->text, r);
        if (r + 3 > e || (memcmp(st->text + r, tiao, 3) != 0 && memcmp(st->text + r, kuan, 3) != 0))
            return p;
        q = r + 3;
    }
    return q > p + 3 && q + 9 <= e && !memcmp(st->text + q, rule, 9) ? q + 9 : p;
}

/* The agent's name read from `p` (after 由) as subject_from found it, `a`, run on to the head of
 * a relative clause (relative_head); a name that ends with no authority's head (城镇, a place)
 * before a verb that modifies the authority after it is cut short (由城镇排水主管部门责令…): the
 * authority's phrase goes on. */
static zc_vspan agent_name(const zc_ext_sent *st, zc_vspan a, size_t p, size_t e)
{
    if (a.end > a.start)
        a = relative_head(st, a, e);
    if (a.end == a.start || !zc_ext_hit_ending(st, a.end, ZC_XT_CUE, ZC_XC_AUTHORITY)) {
        zc_vspan ap = authority_phrase(st, p, e);
        if (ap.end > a.end)
            a = ap;
    }
    return a;
}

zc_vspan zc_ext_agent_actor(const zc_ext_sent *st, size_t p, size_t e)
{
    p = skip_cross_ref(st, p, e);
    zc_vspan a = agent_name(st, subject_from(st, p, e, AGENT_MAX_BYTES), p, e);
    // 由市容环境卫生行政主管部门会同规划行政主管部门，责令…: the name alone in its clause.
    if (a.end == a.start)
        a = actor_from(st, p, e);
    size_t q = zc_ext_skip_spaces(st, a.end, e);
    // 所需费用由违法行为人承担: the party bears a cost, it acts on no one.
    if (a.end > a.start && zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_BEAR))
        return (zc_vspan){ 0, 0 };
    return a;
}

/* True when the words of [s, e) may form the head of a name: nouns and modifiers (no verb:
 * 农业事关全局, 公安机关是…主管部门, 稳增长 are clauses; after a relative clause a verb inside
 * the head, not first: …所属的水土保持监督管理机构), a determiner first (一切, 各, 所有), joins
 * and the list's 、, the last word a noun (增长 and 排队 end with no body). */
static bool name_words(const zc_ext_sent *st, size_t s, size_t e, bool relative)
{
    const zc_ext_word *w = NULL;
    for (size_t q = s; q < e; q = w->end) {
        w = zc_ext_word_at(st, q);
        if (!w || w->end > e)
            return false;
        bool ok = w->cls == ZC_XW_NOUN || w->cls == ZC_XW_NAME || w->cls == ZC_XW_MOD ||
                  w->cls == ZC_XW_VNOUN ||
                  ((w->cls == ZC_XW_OTHER || w->cls == ZC_XW_VERB) && relative && q > s) ||
                  (w->cls == ZC_XW_PRON && q == s) || join_word(st, q) ||
                  (w->end - q == 3 && memcmp(st->text + q, "、", 3) == 0) ||
                  // 公安、交通运输等行政主管部门: the 等 that closes a list of fields.
                  (w->end - q == 3 && q > s && memcmp(st->text + q, "等", 3) == 0);
        if (!ok || (q == s && !relative && w->cls == ZC_XW_VNOUN))   // 建设法治政府
            return false;
    }
    return w && w->cls != ZC_XW_VNOUN && w->cls != ZC_XW_PRON;
}

/* True when a word of [s, e) is a number or a classifier (一支). */
static bool has_number_word(const zc_ext_sent *st, size_t s, size_t e)
{
    for (size_t q = s; q < e;) {
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w)
            return false;
        if (w->cls == ZC_XW_NUM)
            return true;
        q = w->end;
    }
    return false;
}

/* The subject of clause `c` when the clause is nothing but a name and the next clause opens
 * with a modal verb of a duty or with 负责, 主管 (cues.tsv `competent` words): 一切单位和个人，
 * 必须…; 所有的地方、部门和企业，都要…; 水行政主管部门所属的水土保持监督管理机构，负责…: the comma
 * stands between a subject and its predicate. The name ends with a suffix or name of actors.tsv
 * at the clause end; before its head a relative clause closed by 的 may stand (考核未通过的企业，
 * 应当…). Not a beneficiary (考核通过的企业，可以…享受…), nor the party of a grant or a
 * violation (新获批…的企业，给予…; …的经营管理人员，违反…: no modal verb opens those). */
static zc_vspan name_clause(const zc_ext_sent *st, const zc_ext_clause *c)
{
    zc_vspan none = { 0, 0 };
    size_t ce = zc_ext_skip_spaces_back(st, c->start, c->end);
    size_t p = actor_start(st, c->start, ce);
    if (p == SIZE_MAX || ce <= p + 3 ||
        !(zc_ext_hit_ending(st, ce, ZC_XT_ACTOR, ZC_XA_SUFFIX) ||
          zc_ext_hit_ending(st, ce, ZC_XT_ACTOR, ZC_XA_WORD)))
        return none;
    const zc_ext_clause *n = c + 1;
    size_t q = zc_ext_skip_spaces(st, n->start, n->end);
    const zc_ext_hit *v = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_COMPETENT);
    bool competence = v && v->end - v->start >= 6 && zc_ext_word_starts(st, v->end);
    const zc_ext_hit *m0 = zc_ext_hit_at(st, q, ZC_XT_MOD, -1);
    zc_modality duty = m0 ? cue_class(st, m0) : ZC_MOD_NONE;
    if ((competence || (duty != ZC_MOD_NONE && duty != ZC_MOD_STRIVE)) &&
        zc_ext_has(st, p, ce, ZC_XT_CUE, ZC_XC_COPULA)) {
        // 特种设备安全监督管理部门是…的主管部门，负责对…实施监督检查: the body the copula
        // names the competent one has the duties its next clause lists (heldout-laws L014);
        // so has the party it names responsible before a modal verb (餐饮用户是…的责任主体，
        // 应立即开展…; 项目法人单位是…的第一责任人，应…).
        size_t k = zc_ext_next_hit(st, zc_ext_first_hit(st, p), p, ce, ZC_XT_CUE, ZC_XC_COPULA);
        size_t b = k != SIZE_MAX ? zc_ext_skip_spaces_back(st, p, ZC_EXT_HIT(st, k)->start) : p;
        if (b > p && (zc_ext_hit_ending(st, b, ZC_XT_ACTOR, ZC_XA_SUFFIX) ||
                      zc_ext_hit_ending(st, b, ZC_XT_ACTOR, ZC_XA_WORD)) &&
            name_words(st, p, b, false))
            return (zc_vspan){ p, b };
    }
    size_t rel = p;   // after the last 的
    for (size_t r = p; r < ce;) {
        const zc_ext_word *w = zc_ext_word_at(st, r);
        if (!w || w->end > ce)
            return none;
        if (r > p && actor_boundary(st, r) && !join_word(st, r))
            return none;
        if (de_word(st, w))
            rel = w->end;
        r = w->end;
    }
    // 公安机关是…的主管部门, 行政公署作为省政府的代表机关: a copula before the head; 高等学校有
    // 一支…的队伍: a count in the relative clause; 稳增长: one word is no such list or phrase.
    const zc_ext_word *w0 = zc_ext_word_at(st, p);
    bool named = name_words(st, rel, ce, rel > p);
    bool trade = !named && rel == p && trade_name(st, p, ce);
    if ((rel > p && rel < p + 6) || (!named && !trade) || !w0 || w0->end >= ce ||
        zc_ext_has(st, p, ce, ZC_XT_CUE, ZC_XC_COPULA) ||
        (rel > p && has_number_word(st, p, rel)))
        return none;
    // 都要, 均应当: an adverb of all before the modal verb.
    const zc_ext_word *aw = zc_ext_word_at(st, q);
    if (aw && aw->cls == ZC_XW_ADV && zc_ext_hit_at(st, aw->end, ZC_XT_MOD, -1))
        q = aw->end;
    const zc_ext_hit *m = zc_ext_hit_at(st, q, ZC_XT_MOD, -1);
    // 我们各级政府机关的广大工作人员，努力为人民服务: a strive word there praises, no duty.
    zc_modality mm = m ? cue_class(st, m) : ZC_MOD_NONE;
    // A name of verbs of its trade only before a duty (应当, 必须, 不得).
    if (trade && !(mm == ZC_MOD_MUST || mm == ZC_MOD_SHOULD || mm == ZC_MOD_PROHIBIT))
        return none;
    if ((mm != ZC_MOD_NONE && mm != ZC_MOD_STRIVE && !beneficiary(st, q, n->end)) || competence)
        return (zc_vspan){ p, ce };
    return none;
}

/* Whether byte `pos` stands inside double quotes opened earlier in the sentence. */
static bool in_quote(const zc_ext_sent *st, size_t pos)
{
    int open = 0;
    for (size_t q = st->start; q + 3 <= pos; q = zc_ext_next_char(st->text, q))
        if (!memcmp(st->text + q, "“", 3))
            open++;
        else if (!memcmp(st->text + q, "”", 3) && open > 0)
            open--;
    return open > 0;
}

zc_vspan zc_ext_clause_actor(const zc_ext_sent *st, const zc_ext_clause *c)
{
    if (c->actor_known)
        return c->actor;
    // Found on first use (like the clause's `times`): most clauses make no record.
    zc_ext_clause *mc = (zc_ext_clause *)c;
    mc->actor_known = true;
    mc->actor = (zc_vspan){ 0, 0 };
    if (in_quote(st, c->start))
        return mc->actor;   // “人民城市人民建，人民城市为人民”: a slogan's clause names no one
    // 排名最后两位的乡镇,由县政府分管领导进行约谈: a clause closed by 的 names whom a
    // sanction hits, not who acts.
    size_t ce = zc_ext_skip_spaces_back(st, c->start, c->end);
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    if (zc_ext_hit_ending(st, ce, ZC_XT_CUE, ZC_XC_CONDEND) && c < last) {
        mc->actor = addressing_subject(st, c);
        return mc->actor;
    }
    mc->actor = subject_from(st, c->start, c->end, SUBJECT_MAX_BYTES);
    if (mc->actor.end > mc->actor.start &&
        zc_ext_hit_ending(st, mc->actor.start, ZC_XT_ACTOR, ZC_XA_AGENT))   // 由X负责…的部门
        mc->actor = agent_name(st, mc->actor, mc->actor.start, c->end);
    if (mc->actor.end > mc->actor.start)
        return mc->actor;
    // 由X: the agent named inside the clause.
    zc_ext_walk wj;
    for (size_t j = zc_ext_walk_in(&wj, st, c->start, c->end, ZC_XT_ACTOR, ZC_XA_AGENT);
         j != SIZE_MAX; j = zc_ext_walk_next(st, &wj)) {
        zc_vspan a = zc_ext_agent_actor(st, ZC_EXT_HIT(st, j)->end, c->end);
        if (a.end > a.start) {
            mc->actor = a;
            break;
        }
    }
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    if (mc->actor.end <= mc->actor.start && c == first && c < last)   // …对…而使…的有关领导，要…
        mc->actor = name_clause(st, c);
    return mc->actor;
}

zc_status zc_ext_find_actors(zc_ext_sent *st)
{
    zc_status s = zc_ext_find_leads(st, actor_from);
    if (s == ZC_OK)
        zc_ext_find_competent(st);
    return s;
}

/* True when the subject `a`, found for the record at `pos`, is the subject of a condition
 * rather than of the act: a violation follows it (国家行政机关违反本规定…，给予警告; cues.tsv
 * role violate), or its clauses run into a condition closed by 的 before the record's clause
 * with no addressing opener (对, 凡是) after it (特种设备销售单位未建立…制度，或者…的，责令改正:
 * the violator; 县政府对排名靠后的，给予约谈: the actor). The agent of 由 is never one. */
static bool condition_subject(const zc_ext_sent *st, zc_vspan a, size_t pos)
{
    if (zc_ext_hit_ending(st, a.start, ZC_XT_ACTOR, ZC_XA_AGENT))
        return false;
    // 监护人…造成他人损害的，应负责赔偿损失或承担医疗费用: the liable party bears the cost
    // itself (cues.tsv bear within the record's first words: 负责赔偿, 承担医疗费用).
    const zc_ext_clause *rc = zc_ext_clause_at(st, pos);
    if (rc && zc_ext_has(st, pos, pos + 15 < rc->end ? pos + 15 : rc->end, ZC_XT_CUE, ZC_XC_BEAR))
        return false;
    size_t q = zc_ext_skip_spaces(st, a.end, pos);
    if (zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_VIOLATE))
        return true;
    const zc_ext_clause *c = zc_ext_clause_at(st, a.start), *t = zc_ext_clause_at(st, pos);
    zc_vspan j = c ? judging_subject(st, c) : (zc_vspan){ 0, 0 };
    if (j.start == a.start && j.end == a.end && j.end > j.start)
        return false;
    for (const zc_ext_clause *sc = c; c && c < t; c++) {
        size_t ce = zc_ext_skip_spaces_back(st, c->start, c->end);
        if (!zc_ext_hit_ending(st, ce, ZC_XT_CUE, ZC_XC_CONDEND))
            continue;
        // 金融机构…应当加强资金监测，发现涉嫌恐怖活动的，及时…报告: a later clause that opens
        // with a verb of finding (cues.tsv judge) is the subject's own finding, no violation.
        if (c > sc && zc_ext_hit_at(st, zc_ext_skip_opening(st, c->start, ce, false), ZC_XT_CUE,
                                    ZC_XC_JUDGE))
            return false;
        zc_ext_walk wi;
        for (size_t i = zc_ext_walk_in(&wi, st, a.end, ce, ZC_XT_CUE, ZC_XC_COND);
             i != SIZE_MAX; i = zc_ext_walk_next(st, &wi))
            if (!zc_ext_hit_at(st, ZC_EXT_HIT(st, i)->start, ZC_XT_CUE, ZC_XC_VIOLATE))
                return false;
        return true;
    }
    return false;
}

/* The agent of the clause after `c` when `c` is a topic (it opens with 对 and is no condition
 * closed by 的) and the next clause hands it to an agent (对贫困县退出的专项评估检查，交由省里
 * 组织; 对…的监督管理，由县级以上…部门负责): the agent acts on the topic. Empty otherwise. */
static zc_vspan topic_agent(const zc_ext_sent *st, const zc_ext_clause *c)
{
    zc_vspan none = { 0, 0 };
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    size_t p = zc_ext_skip_opening(st, c->start, c->end, false);
    size_t ce = zc_ext_skip_spaces_back(st, c->start, c->end);
    if (c >= last || !zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_COND) ||
        zc_ext_hit_ending(st, ce, ZC_XT_CUE, ZC_XC_CONDEND))
        return none;
    const zc_ext_clause *n = c + 1;
    size_t q = zc_ext_skip_spaces(st, n->start, n->end);
    const zc_ext_word *w = zc_ext_word_at(st, q);
    // The marker opens the clause, alone (由) or as the end of its first word (交由).
    const zc_ext_hit *g = zc_ext_hit_at(st, q, ZC_XT_ACTOR, ZC_XA_AGENT);
    if (!g && w)
        g = zc_ext_hit_ending(st, w->end, ZC_XT_ACTOR, ZC_XA_AGENT);
    // The marker of the agent proper, 由 (one character): not the passive's 被, nor a verb
    // that addresses its object (引导医务人员自觉遵守…, 鼓励…: the object is no agent of the topic).
    if (!g || g->end - g->start != 3 || zc_ext_hit_ending(st, g->end, ZC_XT_CUE, ZC_XC_ENF_PASSIVE))
        return none;
    return zc_ext_agent_actor(st, g->end, n->end);
}

/* The subject of the record at pos; a condition's subject only when `duty` (see below). */
static zc_vspan actor_of(const zc_ext_sent *st, size_t pos, bool duty)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, pos);
    if (!c)
        return (zc_vspan){ 0, 0 };
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    for (const zc_ext_clause *p = c;; p--) {
        zc_vspan a = zc_ext_clause_actor(st, p);
        // 发现机关、单位违反…的: a finding's object, no subject, even for a duty.
        if (a.end > a.start && a.start <= pos)
            return condition_subject(st, a, pos) &&
                           (!duty || zc_ext_hit_at(st, a.start, ZC_XT_CUE, ZC_XC_JUDGE))
                       ? (zc_vspan){ 0, 0 }
                       : a;
        if (p == first || (p->past && !p->past_noun))
            break;
    }
    return topic_agent(st, c);
}

zc_vspan zc_ext_actor(const zc_ext_sent *st, size_t pos)
{
    return actor_of(st, pos, false);
}

zc_vspan zc_ext_duty_actor(const zc_ext_sent *st, size_t pos)
{
    return actor_of(st, pos, true);
}

bool zc_ext_encouraged_party(const zc_ext_sent *st, zc_vspan a)
{
    if (a.end <= a.start)
        return false;
    size_t b = zc_ext_skip_spaces_back(st, st->start, a.start);
    const zc_ext_hit *g = zc_ext_hit_ending(st, b, ZC_XT_ACTOR, ZC_XA_AGENT);
    const zc_ext_hit *m = g ? zc_ext_hit_ending(st, b, ZC_XT_MOD, ZC_MOD_ENCOURAGE) : NULL;
    return m && zc_ext_hit_ending(st, a.end, ZC_XT_CUE, ZC_XC_ENF_PARTY_NOUN);
}

zc_vspan zc_ext_condition(const zc_ext_sent *st, size_t pos)
{
    zc_vspan none = { 0, 0 };
    // The last condition opener before the trigger.
    size_t open = SIZE_MAX, oend = 0;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, pos, ZC_XT_CUE, ZC_XC_COND);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        // 对违反…的, 凡违反…的: an opener right after another one belongs to it.
        if (open != SIZE_MAX && ZC_EXT_HIT(st, i)->start == oend) {
            oend = ZC_EXT_HIT(st, i)->end;
            continue;
        }
        open = ZC_EXT_HIT(st, i)->start;
        oend = ZC_EXT_HIT(st, i)->end;
    }
    // …低于80%的,取消…: a clause closed by 的 right before the sanction's clause.
    zc_vspan near = none;
    const zc_ext_clause *tc = zc_ext_clause_at(st, pos);
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    if (tc && tc > first && zc_ext_hit_ending(st, (tc - 1)->end, ZC_XT_CUE, ZC_XC_CONDEND)) {
        // 第三十六条 未按批准用途使用…的，由…收回: the article's number opens the sentence, it
        // is no part of the condition.
        size_t b = zc_ext_skip_spaces(st, (tc - 1)->start, (tc - 1)->end), a;
        while ((a = zc_ext_article_end(st, b, (tc - 1)->end)) > b)
            b = zc_ext_skip_spaces(st, a, (tc - 1)->end);
        near = (zc_vspan){ b, (tc - 1)->end };
    }
    if (open == SIZE_MAX)
        return near;
    // Up to the 的 that closes it at a clause end, else up to the trigger's clause. A nearer
    // condition after it is the sanction's own (违反…的,没收…,违法所得五万元以上的,并处…罚款).
    for (size_t q = open; q < pos; q = zc_ext_next_char(st->text, q)) {
        const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_CONDEND);
        if (h && h->end <= pos &&
            (h->end == pos || zc_ext_is_clause_end(st->text, h->end, st->end)))
            return near.end > near.start && near.start >= h->end ? near
                                                                  : (zc_vspan){ open, h->end };
    }
    const zc_ext_clause *c = zc_ext_clause_at(st, open);
    size_t e = c && c->end < pos ? c->end : pos;
    // 对单位处五万元以上二十万元以下罚款: the fine's verb and its sum (or a term of detention,
    // 对首要分子处十日以上十五日以下拘留) end the party addressed.
    for (size_t q = oend; q < e; q = zc_ext_next_char(st->text, q))
        if (zc_ext_word_starts(st, q) && fine_sum(st, q, e)) {
            // 对个人可以处…, 对主要负责人依法处…: the modal verb or the adverb of imposing
            // before the verb goes with it.
            const zc_ext_hit *m;
            while ((m = zc_ext_hit_ending(st, q, ZC_XT_MOD, -1)) ||
                   (m = zc_ext_hit_ending(st, q, ZC_XT_CUE, ZC_XC_IMPOSE_ADV)))
                if (m->start > oend)
                    q = m->start;
                else
                    break;
            e = q;
            break;
        }
    for (;;) {
        while (e > open && st->text[e - 1] == ' ')
            e--;
        // 对排名靠后的乡镇进行约谈, 对…企业给予罚款: the light verb before the sanction is
        // not part of its condition.
        const zc_ext_hit *v = zc_ext_hit_ending(st, e, ZC_XT_CUE, ZC_XC_PREP);
        if (v && !zc_ext_word_starts(st, v->start))   // 非常重视: the 视 inside a word
            v = NULL;
        if (!v)
            v = zc_ext_hit_ending(st, e, ZC_XT_ENF, -1);
        if (!v || v->start <= open || (v->e->tab == ZC_XT_ENF && v->e->mode != ZC_XE_NEEDAMOUNT))
            break;
        e = v->start;
    }
    return e > open ? (zc_vspan){ open, e } : none;
}
