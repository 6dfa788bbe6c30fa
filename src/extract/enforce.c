/*
 * enforce.c — enforcement records: every mechanism phrase of enforcement.tsv in a sentence,
 * chosen leftmost-longest so that names of bodies, documents and meetings (stop entries:
 * 督查室, 约谈管理办法) hide the mechanism words inside them and fused pairs split into their
 * listed halves (追责问责 → 追责 + 问责). Fines and rewards (mode amount) take the amount
 * written next to them; those numbers are then no statistics. Whether a word is a record, and
 * of which category, is decided by the rows of dicts/rules/decide-enforcement.tsv (decide.h)
 * over the features enforcement_feature computes. Reads the sentence's lexicon
 * hits; fills RECORDS.md `enforcement.mechanism`, `category`, `condition`, the added
 * `enforcement.amount`, and `modality`, `actor`.
 */
#define _GNU_SOURCE   // memmem
#include <stdint.h>
#include <string.h>

#include "rules_int.h"

/* Skips characters that may stand between a fine word and its amount (各罚2000元, 罚款为). */
static size_t skip_small(const zc_ext_sent *st, size_t p, size_t e, size_t maxchars)
{
    size_t q = p;
    for (size_t k = 0; k <= maxchars && q < e; k++) {
        size_t c;
        zc_number n;
        if (zc_num_parse(st->lx, st->text + q, e - q, &c, &n))
            return q;
        if (zc_ext_is_clause_end(st->text, q, e))
            break;
        // The sum belongs to a nearer mechanism word (给予一次性奖励50万元: to 奖励).
        const zc_ext_hit *h = q > p ? zc_ext_hit_at(st, q, ZC_XT_ENF, -1) : NULL;
        if (h && h->e->cls != ZC_XE_STOP)
            break;
        q = zc_ext_next_char(st->text, q);
    }
    return SIZE_MAX;
}

/* How many characters may stand between a fine or reward word and the sum after it. */
#define AMOUNT_GAP 12

/* Whether a figure can be a sanction's or grant's amount: a sum of money (元, 元/平方米), a
 * share or multiple (%, ‰, 倍), points (分) or a term (年, 月, 日); a count of households or
 * persons (14390户, after 补贴…家庭) is what the grant reaches, no amount. The units of every
 * amount the read gold holds. */
static bool amount_unit(const zc_number *n)
{
    static const char *const heads[] = { "%", "‰", "倍", "年", "个月", "月", "日", "天" };
    if (!n->unit[0])
        return false;
    if (strstr(n->unit, "元") || n->score)
        return true;
    for (size_t i = 0; i < ZC_NELEM(heads); i++)
        if (!strncmp(n->unit, heads[i], strlen(heads[i])))
            return true;
    return false;
}

/* Reads the amounts after a fine or reward at `p` (罚款200-500元; 罚款100元、300元、500元)
 * into the record and marks them taken. True when one was found. */
static bool amount_after(zc_ext_sent *st, zc_record *r, size_t p, size_t e, bool *score)
{
    // 各罚2000元, 罚款为; 扣减村级工作经费2000元: the sum may follow a short object.
    size_t q = skip_small(st, p, e, AMOUNT_GAP);
    if (q == SIZE_MAX)
        return false;
    bool found = false;
    while (q < e) {
        size_t c;
        zc_number n;
        if (!zc_num_parse(st->lx, st->text + q, e - q, &c, &n) || !amount_unit(&n))
            break;
        if (!found) {
            r->has_amount = 1;
            r->amount = n.value;
            if (n.has_max) {
                r->has_amount_max = 1;
                r->amount_max = n.value_max;
            }
            snprintf(r->amount_unit, sizeof r->amount_unit, "%.23s", n.unit);
            *score = n.score;
        }
        found = true;
        zc_ext_take(st, q, q + c);
        q += c;
        // Another amount in a list: 、 or a one-character joiner.
        size_t nx = q < e ? zc_ext_next_char(st->text, q) : q;
        if (nx >= e || nx - q != 3 || !zc_num_parse(st->lx, st->text + nx, e - nx, &c, &n))
            break;
        q = nx;
    }
    return found;
}

/* The end of a 的 (cues.tsv cond_end) at `p`, else `p`. */
static size_t skip_de(const zc_ext_sent *st, size_t p)
{
    const zc_ext_hit *d = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_CONDEND);
    return d ? d->end : p;
}

/* The end of a bracketed note right after a sum (500万元（国家级）; the matching view writes
 * the brackets in ASCII), else `q`. */
static size_t skip_note(const zc_ext_sent *st, size_t q, size_t e)
{
    bool wide = q + 3 <= e && memcmp(st->text + q, "（", 3) == 0;
    if (!wide && (q >= e || st->text[q] != '('))
        return q;
    for (size_t p = zc_ext_next_char(st->text, q); p < e && p - q <= 3 * 8;
         p = zc_ext_next_char(st->text, p)) {
        if (wide && e - p >= 3 && memcmp(st->text + p, "）", 3) == 0)
            return p + 3;
        if (!wide && st->text[p] == ')')
            return p + 1;
    }
    return q;
}

/* A fine or reward word (not a stop entry) at `q`: the noun a sum belongs to. */
static bool grant_noun_at(const zc_ext_sent *st, size_t q)
{
    const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_ENF, -1);
    return h && h->e->cls != ZC_XE_STOP &&
           (h->e->mode == ZC_XE_AMOUNT ||
            (h->e->cls == ZC_CAT_INCENTIVE && h->e->mode == ZC_XE_WORD));
}

/* The position right after the sums (and their notes, 500万元（国家级）、100万元（省级）) that
 * follow a word needing one at `p` and after the 的 closing them, else SIZE_MAX; `*any`: a sum
 * with a unit was read. */
static size_t after_sums(const zc_ext_sent *st, size_t p, size_t e, bool *any)
{
    *any = false;
    size_t q = skip_small(st, p, e, AMOUNT_GAP);
    if (q == SIZE_MAX)
        return SIZE_MAX;
    size_t c;
    zc_number n;
    while (q < e && zc_num_parse(st->lx, st->text + q, e - q, &c, &n) && n.unit[0]) {
        *any = true;
        q = skip_note(st, q + c, e);
        size_t nx = q < e ? zc_ext_next_char(st->text, q) : q;
        if (nx >= e || nx - q != 3 || !zc_num_parse(st->lx, st->text + nx, e - nx, &c, &n))
            break;
        q = nx;
    }
    return q < e ? skip_de(st, q) : q;
}

/* Whether the sums after a word that needs one (给予20万元奖励, 给予5元/人/夜的奖励) are
 * followed by a fine or reward noun, or such a noun comes right after the word and before
 * its sum (给予补贴50—200万元): the sum and the record are that noun's, one per grant. */
static bool sum_of_noun(const zc_ext_sent *st, size_t p, size_t e)
{
    if (p < e && grant_noun_at(st, p))
        return true;
    bool any;
    size_t q = after_sums(st, p, e, &any);
    // 给予最高300万元的资金补助, 给予最高100万元投资后扶持, 给予最高30万元建设经费资助: a
    // modifier of up to four characters (the fund's name: 项目经费, 研发费用) before the noun.
    for (int k = 0; k <= 4 && q < e && !zc_ext_is_clause_end(st->text, q, e); k++) {
        if (zc_ext_hit_at(st, q, ZC_XT_ENF, -1))
            return grant_noun_at(st, q);
        q = zc_ext_next_char(st->text, q);
    }
    return false;
}

/* The generic support word (cues.tsv enf_support: 支持, 扶持) right after the sums a word
 * needing one gives and their 的 (给予最高500万元（国家级）、100万元（省级）的支持): the grant's
 * noun, where its record sits (GUIDELINES.md: 给予X万元支持; heldout-blind4 0269). */
static const zc_ext_hit *support_after_sums(const zc_ext_sent *st, size_t p, size_t e)
{
    bool any;
    size_t q = after_sums(st, p, e, &any);
    return !any || q >= e ? NULL : zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_SUPPORT);
}

/* Reads an amount written right before a fine word (处以500到2000元罚款, 给予5000元的奖励), or
 * before a word that needs a sum right before it (按…的千分之五给予奖励). */
static bool amount_before(zc_ext_sent *st, zc_record *r, size_t s, size_t trig, bool *score)
{
    const zc_ext_hit *g = zc_ext_hit_ending(st, trig, ZC_XT_ENF, -1);
    if (g && g->e->mode == ZC_XE_NEEDAMOUNT && g->start >= s)
        trig = g->start;
    const zc_ext_hit *de = zc_ext_hit_ending(st, trig, ZC_XT_CUE, ZC_XC_CONDEND);
    if (de && de->start >= s)
        trig = de->start;
    for (size_t q = s; q < trig; q = zc_ext_next_char(st->text, q)) {
        size_t c;
        zc_number n;
        if (zc_num_parse(st->lx, st->text + q, trig - q, &c, &n) && q + c == trig &&
            n.unit[0]) {
            r->has_amount = 1;
            r->amount = n.value;
            r->has_amount_max = n.has_max;
            r->amount_max = n.value_max;
            snprintf(r->amount_unit, sizeof r->amount_unit, "%.23s", n.unit);
            *score = n.score;
            zc_ext_take(st, q, trig);
            return true;
        }
    }
    return false;
}

/* Marks every sum in `unit` of a fine's clause as an amount (分别处100元、300元、500元罚款). */
static void take_money(zc_ext_sent *st, size_t s, size_t e, const char *unit)
{
    for (size_t q = s; q < e;) {
        size_t c;
        zc_number n;
        if (zc_num_parse(st->lx, st->text + q, e - q, &c, &n)) {
            if (strcmp(n.unit, unit) == 0)
                zc_ext_take(st, q, q + c);
            q += c;
        } else {
            q = c ? q + c : zc_ext_next_char(st->text, q);
        }
    }
}

/* Where a sanction's term written right before `start` begins (留党察看2年处分, 开除留用察看1年:
 * a count of years or months), else `start`. */
static size_t term_start(const zc_ext_sent *st, size_t start)
{
    size_t q = start > st->start + 18 ? start - 18 : st->start;   // six characters at most
    while (q < start && ((uint8_t)st->text[q] & 0xC0) == 0x80)
        q++;
    for (; q < start; q = zc_ext_next_char(st->text, q)) {
        long v;
        size_t n = zc_num_int(st->lx, st->text + q, start - q, &v), u = q + n;
        if (n && ((start - u == 3 && memcmp(st->text + u, "年", 3) == 0) ||
                  (start - u == 6 && memcmp(st->text + u, "个月", 6) == 0)))
            return q;
    }
    return start;
}

/* A kind noun right after a sanction, or after its 的 (降级处分, 撤职的行政处分), or joined to
 * such a noun by a word of one or two characters (撤职的行政处分或者纪律处分): part of that
 * sanction's record. After 等 it sums up a list and is a record (警告、记过等政纪处分). */
static bool heads_sanction(const zc_ext_sent *st, size_t start)
{
    start = term_start(st, start);
    const zc_ext_hit *g = zc_ext_hit_ending(st, start, ZC_XT_ENF, -1);
    if (!g) {
        const zc_ext_hit *de = zc_ext_hit_ending(st, start, ZC_XT_CUE, ZC_XC_CONDEND);
        g = de && de->start > st->start ? zc_ext_hit_ending(st, de->start, ZC_XT_ENF, -1) : NULL;
    }
    if (!g) {
        size_t q = start;
        for (int k = 0; k < 2 && q > st->start; k++) {
            q = zc_ext_prev_char(st->text, q);
            if (zc_ext_is_clause_end(st->text, q, st->end))
                return false;
            const zc_ext_hit *p = zc_ext_hit_ending(st, q, ZC_XT_ENF, -1);
            if (p)
                return p->e->mode == ZC_XE_HEAD && heads_sanction(st, p->start);
        }
        return false;
    }
    // 给予行政处分: a word that needs a sum is no sanction of its own.
    return g && g->e->cls != ZC_XE_STOP && g->e->mode != ZC_XE_NEEDAMOUNT;
}

/* An order verb whose object is itself a mechanism (责令其停产整顿, 责令作出书面检查): one
 * record, the later word's. */
static bool orders_order(const zc_ext_sent *st, const zc_ext_hit *h, size_t e)
{
    if (h->e->mode != ZC_XE_ORDER)
        return false;
    size_t q = h->end;
    for (int k = 0; k < 3 && q < e && !zc_ext_is_clause_end(st->text, q, e) &&
                    memcmp(st->text + q, "、", 3) != 0;
         k++, q = zc_ext_next_char(st->text, q)) {
        const zc_ext_hit *n = zc_ext_hit_at(st, q, ZC_XT_ENF, -1);
        if (n)
            return n->e->cls != ZC_XE_STOP;
    }
    return false;
}

/* Inside 《…》: a mechanism word in the name of a law or document (《治安管理处罚法》). */
static bool in_book_title(const zc_ext_sent *st, size_t pos)
{
    for (size_t q = pos; q > st->start;) {
        q = zc_ext_prev_char(st->text, q);
        if (pos - q >= 3 && memcmp(st->text + q, "》", 3) == 0)
            return false;
        if (pos - q >= 3 && memcmp(st->text + q, "《", 3) == 0)
            return true;
    }
    return false;
}

/* Whether a mechanism word of the lexicon (no stop entry) starts at `p`; its end in *end. */
static bool mechanism_at(const zc_ext_sent *st, size_t p, size_t *end)
{
    const zc_ext_hit *a = zc_ext_hit_at(st, p, ZC_XT_ENF, -1);
    if (!a || a->e->cls == ZC_XE_STOP)
        return false;
    *end = a->end;
    return true;
}

/* The end of the list of mechanism words the word opens (收缴、追缴, 没收或者收缴): the joiners
 * 、, 和, 或, 或者 each followed by a mechanism word. */
static size_t list_end(const zc_ext_sent *st, const zc_ext_hit *h, size_t e)
{
    static const char *const joiners[] = { "或者", "、", "和", "或", "及" };
    size_t q = h->end;
    for (;;) {
        size_t p = q, end;
        for (size_t j = 0; j < ZC_NELEM(joiners) && p == q; j++) {
            size_t n = strlen(joiners[j]);
            if (q + n <= e && memcmp(st->text + q, joiners[j], n) == 0)
                p = q + n;
        }
        if (p == q || !mechanism_at(st, p, &end))
            return q;
        q = end;
    }
}

/* Where what follows a word is read when the word opens a list (调查或者检查时, 调查、检查结论,
 * 调查、处理人员): the end of the list, past a generic 处理 joined last (cues.tsv penalize).
 * A point of time or an attribute after the list dates or qualifies every member of it. */
static size_t shared_end(const zc_ext_sent *st, const zc_ext_hit *h, size_t e)
{
    size_t q = list_end(st, h, e);
    if (q + 3 < e && memcmp(st->text + q, "、", 3) == 0) {
        const zc_ext_hit *g = zc_ext_hit_at(st, q + 3, ZC_XT_CUE, ZC_XC_PENALIZE);
        if (g && zc_ext_word_starts(st, g->end))
            q = g->end;
    }
    return q;
}

/* A noun of `role` right after the word, both whole words (补贴/额度, 资助/项目, 督查/结果), or
 * after its 的 (行政处分的权限, 拟给予补贴的金额, 调查的人员): with cues.tsv enf_attr the words
 * name the attribute of a grant, sanction or check, with enf_status the state of its course
 * (督查情况, 查处情况), not the mechanism. */
static bool noun_after(const zc_ext_sent *st, const zc_ext_hit *h, int role)
{
    size_t q = shared_end(st, h, st->end);   // 调查、检查结论: the list's attribute
    const zc_ext_hit *a = zc_ext_hit_at(st, q, ZC_XT_CUE, role);
    if (a)
        return zc_ext_word_starts(st, q) && zc_ext_word_starts(st, a->end);
    // 实施行政处分的权限, 不服行政处分的申诉: the attribute after a 的; a refusal's 的决定 is
    // the refusal decided (作出不予受理的决定: veto, as 逾期不予受理 in gold 0137).
    if (h->e->cls == ZC_CAT_VETO || q + 3 > st->end || memcmp(st->text + q, "的", 3) != 0)
        return false;
    a = zc_ext_hit_at(st, q + 3, ZC_XT_CUE, role);
    return a && zc_ext_word_starts(st, a->end);
}

/* How many characters a receipt word may stand before the mechanism (受到有关部门处罚). */
#define RECEIVED_GAP 8

/* A sanction or grant already had, in a clause that a 的 closes or that 后 ends it: a receipt
 * word (受到, 获得, 享受, 被: cues.tsv received) before it in its clause (受过刑事处罚的,
 * 已获得过资助的, 被吊销导游证的, 受治安处罚后). A record names a mechanism imposed or promised;
 * this names those who had one (GUIDELINES.md: re-mentions inside a condition). */
static bool received_before(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t q = h->start;
    bool found = false;
    for (int k = 0; k < RECEIVED_GAP && q > c->start && !found;) {
        // 受记过、记大过、降级、撤职处分的: the other members of a list count no distance.
        const zc_ext_hit *m = zc_ext_hit_ending(st, q, ZC_XT_ENF, -1);
        if (m && m->start < q && m->start >= c->start && m->e->cls != ZC_XE_STOP) {
            q = m->start;
            continue;
        }
        q = zc_ext_prev_char(st->text, q);
        if (zc_ext_is_clause_end(st->text, q, c->end))
            break;
        if (memcmp(st->text + q, "、", 3) == 0)
            continue;
        k++;
        const zc_ext_hit *r = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_RECEIVED);
        found = r && r->end <= h->start && zc_ext_word_starts(st, r->start) &&
                zc_ext_word_starts(st, r->end);
    }
    if (!found)
        return false;
    if (h->end + 3 <= c->end && memcmp(st->text + h->end, "后", 3) == 0)
        return true;
    for (size_t p = h->end; p < c->end; p = zc_ext_next_char(st->text, p))
        if (zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_CONDEND))
            return true;
    return false;
}

/* Whether an incentive word of the lexicon (no stop entry) starts before byte `pos` in the
 * sentence: a grant already made there. */
static bool grant_before(const zc_ext_sent *st, size_t pos)
{
    for (size_t i = zc_ext_next_hit(st, zc_ext_first_hit(st, st->start), st->start, pos,
                                    ZC_XT_ENF, ZC_CAT_INCENTIVE);
         i != SIZE_MAX; i = zc_ext_next_hit(st, i + 1, st->start, pos, ZC_XT_ENF,
                                            ZC_CAT_INCENTIVE))
        if (ZC_EXT_HIT(st, i)->end <= pos)
            return true;
    return false;
}

/* A cap (cues.tsv enf_cap) right before the grant word or right after it or its 额 (每年最高补贴,
 * 奖励最高, 补贴额最高不超过), after a grant earlier in the sentence: that grant's amount restated. */
static bool cap_of_grant(const zc_ext_sent *st, const zc_ext_hit *h)
{
    // 给予最高300万元: the cap of the verb's own sum, which follows it.
    if (h->e->cls != ZC_CAT_INCENTIVE || h->e->mode == ZC_XE_NEEDAMOUNT)
        return false;
    size_t q = h->end;
    if (q + 3 <= st->end && memcmp(st->text + q, "额", 3) == 0)
        q += 3;
    bool cap = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_CAP) ||
               zc_ext_hit_ending(st, h->start, ZC_XT_CUE, ZC_XC_ENF_CAP);
    return cap && (grant_before(st, h->start) || zc_ext_cap_sentence(st, true));
}

/* A stacking or budget rule (cues.tsv enf_stack) after the word in its sentence, or in its
 * clause: the grants it speaks of (符合…奖补和支持政策的，按照…不重复享受政策的原则). */
static bool stacking_rule(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t from = c->start < h->start ? c->start : h->start;
    for (size_t i = zc_ext_first_hit(st, from);
         (i = zc_ext_next_hit(st, i, from, st->end, ZC_XT_CUE, ZC_XC_ENF_STACK)) != SIZE_MAX; i++) {
        // 单个项目补贴总额不超过100万元: a cap's unit (cues.tsv cap) before the total in its
        // clause makes it one grant's cap, not the policy's budget.
        size_t s = ZC_EXT_HIT(st, i)->start, cs = zc_ext_clause_at(st, s)->start;
        if (zc_ext_next_hit(st, zc_ext_first_hit(st, cs), cs, s, ZC_XT_CUE, ZC_XC_CAP) == SIZE_MAX)
            return true;
    }
    return false;
}

/* A degree noun right after a generic support word (cues.tsv enf_degree: 加大扶持力度; the word
 * ends with an enf_support cue: 支持, 扶持), outside a heading. 加大夜查力度 steps up a check,
 * and 加大政府购买服务力度, 加大良种补贴力度 step up a named instrument: mechanisms. The same
 * push with no degree noun: a push verb (cues.tsv enf_push: 加强, 强化, 加大) right before the
 * support word and its clause ending right after it, in a heading or a point (（二）强化政策
 * 支持。; 三是坚持加大投入，强化资金支持。: no party, no amount, no instrument). */
static bool degree_inline(const zc_ext_sent *st, const zc_ext_hit *h)
{
    if (h->e->cls != ZC_CAT_INCENTIVE)
        return false;
    // 支持力度, 扶持力度: the support word and its degree in one entry.
    if (!st->heading && zc_ext_hit_ending(st, h->end, ZC_XT_CUE, ZC_XC_ENF_DEGREE))
        return true;
    if (!zc_ext_hit_ending(st, h->end, ZC_XT_CUE, ZC_XC_ENF_SUPPORT))
        return false;
    if (!st->heading && zc_ext_hit_at(st, h->end, ZC_XT_CUE, ZC_XC_ENF_DEGREE))
        return true;
    if (!zc_ext_hit_ending(st, h->start, ZC_XT_CUE, ZC_XC_ENF_PUSH) ||
        !(h->end >= st->end || zc_ext_is_clause_end(st->text, h->end, st->end)))
        return false;
    // A heading, or a point of a speech (三是坚持加大投入，强化资金支持): a topic named. In a
    // task's running text the push is the task (鼓励各地方…通过各类资金渠道，加强资金支持:
    // heldout-blind5 0175's gold; …对…试点城市进一步加强政策支持 names its party).
    size_t p = zc_ext_skip_spaces(st, st->start, st->end);
    const zc_ext_hit *pt = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_POINT);
    return st->heading || (pt && zc_ext_word_starts(st, pt->end));
}

/* A lender earlier in the word's clause (cues.tsv enf_lender: 金融机构, 银行): the support it
 * steps up with a support word (支持, 扶持, …力度) is its own lending (推动政策性银行加大精准信贷
 * 扶持力度, 鼓励金融机构加大…支持力度: heldout-plans2 README-f), no incentive of the issuer; a
 * reward to a bank (对…金融机构给予奖励) names no support word. */
static bool lender_before(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    bool support = zc_ext_hit_ending(st, h->end, ZC_XT_CUE, ZC_XC_ENF_SUPPORT) ||
                   zc_ext_hit_ending(st, h->end, ZC_XT_CUE, ZC_XC_ENF_DEGREE);
    return support && zc_ext_next_hit(st, zc_ext_first_hit(st, c->start), c->start, h->start,
                                      ZC_XT_CUE, ZC_XC_ENF_LENDER) != SIZE_MAX;
}

static const zc_ext_hit *cue_before(const zc_ext_sent *st, const zc_ext_hit *h,
                                    const zc_ext_clause *c, int cls);

/* A 调查 after what a statistical survey measures in its clause (cues.tsv enf_survey: 水土流失调查,
 * 开展重要农产品成本调查, 土壤污染状况调查, 对…非物质文化遗产进行调查), or in a document whose title
 * names such a survey: a survey of resources, costs, prices or population (统计法 Art. 2; 价格法
 * Art. 28's 成本调查; 水土保持法 Art. 15), no investigation of a party. */
static bool surveyed(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    static const char survey[] = "调查";
    size_t n = strlen(survey);
    if (!memmem(st->text + h->start, h->end - h->start, survey, n))
        return false;
    // A document whose title names such a survey (关于开展水资源基础调查工作的通知): its 调查
    // is that survey throughout.
    zc_vspan t = st->title;
    return zc_ext_has(st, c->start, h->start, ZC_XT_CUE, ZC_XC_ENF_SURVEY) ||
           (t.end > t.start && memmem(st->text + t.start, t.end - t.start, survey, n) &&
            zc_ext_text_has(st->x, st->text, t.start, t.end, ZC_XT_CUE, ZC_XC_ENF_SURVEY));
}

/* An incentive word after a verb of seeking in its clause (cues.tsv enf_seek: 争取) with no verb
 * of disposal between (争取…将…纳入…补偿范围 strives to grant): the funds or support the issuer
 * applies for from above (积极争取中央资金支持, 争取中央财政奖励补助), no grant the document makes. */
static bool sought(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (h->e->cls != ZC_CAT_INCENTIVE)
        return false;
    zc_ext_walk w;
    for (size_t i = zc_ext_walk_in(&w, st, c->start, h->start, ZC_XT_CUE, ZC_XC_ENF_SEEK);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &w))
        if (!zc_ext_has(st, ZC_EXT_HIT(st, i)->end, h->start, ZC_XT_CUE, ZC_XC_DISPOSE))
            return true;
    return false;
}

/* A verb setting up or using a public fund before it in its clause (cues.tsv fund_verb:
 * 设立, 发挥), and no sum after it there: 镇财政每年安排乡村振兴专项资金不少于300万元 commits a
 * sum, the plan's target (corpus/heldout h29), not a grant of its own. */
static bool fund_used(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (!cue_before(st, h, c, ZC_XC_FUND_VERB))
        return false;
    for (size_t q = h->end; q + 3 <= c->end; q = zc_ext_next_char(st->text, q))
        if (memcmp(st->text + q, "元", 3) == 0)
            return false;
    return true;
}

static bool de_closes_in(const zc_ext_sent *st, size_t from, size_t cend);

/* A prohibition earlier in the word's clause whose list of verbs the word ends or joins (任何
 * 单位和个人不得侵占、延迟支付、强行借贷、非法冻结和没收; 不得责令学生转学、退学或者开除; 不得
 * 擅自减、免罚款): the acts the rule forbids, none taken (corpus/audit's prohibited measures; the
 * local regulations' 侨汇 and 居住证 articles). Not past a 的 (a relative clause or a condition)
 * nor past a verb of obstructing or submitting (不得拒绝、阻碍依法进行的监督检查: the check
 * stays), and within 40 characters. */
static bool prohibited_list(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t from = h->start > c->start + 120 ? h->start - 120 : c->start;
    for (size_t i = zc_ext_next_hit(st, zc_ext_first_hit(st, from), from, h->start, ZC_XT_MOD,
                                    ZC_MOD_PROHIBIT);
         i != SIZE_MAX;
         i = zc_ext_next_hit(st, i + 1, from, h->start, ZC_XT_MOD, ZC_MOD_PROHIBIT)) {
        const zc_ext_hit *m = ZC_EXT_HIT(st, i);
        if (m->end > h->start || in_book_title(st, m->start))
            continue;
        bool clear = true;
        for (size_t q = m->end; clear && q < h->start; q = zc_ext_next_char(st->text, q))
            clear = memcmp(st->text + q, "的", 3) != 0 &&
                    !zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_OBSTRUCT) &&
                    !zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_SUBMIT);
        if (clear)
            return true;
    }
    return false;
}

/* A prohibition ending at most three characters before the word itself, the verb of its
 * clause (不得违法强制客运经营者…, 不应强制…推广, 不允许任何人强制银行贷款, 严禁多头检查): the
 * rule forbids the measure, none is taken. */
static bool prohibited_word(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t p = h->start;
    for (int n = 0; n <= 3 && p > c->start; n++) {
        const zc_ext_hit *m = zc_ext_hit_ending(st, p, ZC_XT_MOD, ZC_MOD_PROHIBIT);
        if (m && !in_book_title(st, m->start))
            return true;
        p = zc_ext_prev_char(st->text, p);
    }
    return prohibited_list(st, h, c);
}

/* A prohibition (modality.tsv prohibit: 不得, 严禁) before the verb imposing the word (cues.tsv
 * impose: 给予, 实施) in its clause, or in the clause before when its clause opens with that
 * verb: a rule forbids the grant or sanction, none is made (不得以…为条件，给予发行人或者中介
 * 机构奖励; 不得给予两次以上罚款的行政处罚). GUIDELINES.md makes records of mechanisms applied,
 * threatened, required, set up, found lacking or reported; heldout-blind5 README-e: a reward
 * the rule prohibits gives none. 不得享受奖励 (a reward withheld) has no imposing verb: withheld. */
static bool prohibited_grant(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t v = SIZE_MAX;
    for (size_t p = c->start; p < h->start; p = zc_ext_next_char(st->text, p))
        if (zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_IMPOSE))
            v = p;
    if (v == SIZE_MAX)
        return prohibited_word(st, h, c);
    // The clause opens with the verb (its delimiter aside): the prohibition of the clause
    // before governs it.
    size_t from = c->start, s0 = c->start;
    while (s0 < v && zc_ext_is_clause_end(st->text, s0, c->end))
        s0 = zc_ext_next_char(st->text, s0);
    if (s0 == v && c > &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0)) {
        // A condition closed by 的 names the violation, whose prohibition it may cite
        // (有本条例第三十五条禁止的行为之一的，给予警告): the sanction is imposed.
        if (de_closes_in(st, (c - 1)->start, (c - 1)->end))
            return false;
        from = (c - 1)->start;
    }
    // 依照《禁止传销条例》的有关规定予以处罚: a prohibition inside a title names a law.
    for (size_t i = zc_ext_next_hit(st, zc_ext_first_hit(st, from), from, v, ZC_XT_MOD,
                                    ZC_MOD_PROHIBIT);
         i != SIZE_MAX; i = zc_ext_next_hit(st, i + 1, from, v, ZC_XT_MOD, ZC_MOD_PROHIBIT))
        if (!in_book_title(st, ZC_EXT_HIT(st, i)->start))
            return true;
    return false;
}

/* Whether a 的 (cues.tsv cond_end) at p closes the clause ending at cend: it ends there, or a
 * clause delimiter follows it. */
static bool de_closes_at(const zc_ext_sent *st, size_t p, size_t cend)
{
    const zc_ext_hit *d = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_CONDEND);
    return d && (d->end >= cend || zc_ext_is_clause_end(st->text, d->end, st->end));
}

/* Whether such a 的 stands anywhere in [from, cend). */
static bool de_closes_in(const zc_ext_sent *st, size_t from, size_t cend)
{
    for (size_t p = from; p < cend; p = zc_ext_next_char(st->text, p))
        if (de_closes_at(st, p, cend))
            return true;
    return false;
}

/* A 的 closing the word's clause after it, and a verb imposing it (cues.tsv impose: 给予,
 * 实施) before it in the clause (需要给予处分的行为的, 拟给予撤职、开除处分的, 实施查封、扣押的):
 * the clause is the condition of another consequence, and the word names the sanction it
 * speaks of, a re-mention (GUIDELINES.md), not one imposed. Without the verb the gold of
 * heldout-enforcement keeps the word (经批评教育表示悔改的, 不予制止、纠正、查处的). */
static bool closes_condition(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (!zc_ext_has_any(st, c->start, h->start, ZC_XT_CUE, ZC_XC_IMPOSE))
        return false;
    return de_closes_in(st, h->end, c->end);
}

/* How many characters may stand between a fine word and the money verb after it (罚款必须全部
 * 上缴国库). */
#define MONEY_GAP_AFTER 4

/* A cue of class `cls` within `gap` characters after the mechanism word in its clause, no other
 * mechanism word coming first. */
static bool cue_after(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c, int gap,
                      int cls)
{
    size_t q = h->end;
    for (int k = 0; k <= gap && q < c->end && !zc_ext_is_clause_end(st->text, q, c->end);
         k++, q = zc_ext_next_char(st->text, q)) {
        if (zc_ext_hit_at(st, q, ZC_XT_CUE, cls))
            return true;
        if (zc_ext_hit_at(st, q, ZC_XT_ENF, -1))
            return false;
    }
    return false;
}

/* A verb handling money (cues.tsv money_verb: 上缴, 缴纳, 代收, 收取, 收受) right before the fine
 * word or shortly after it in its clause, no other mechanism between: the word names the money
 * of a fine, its collection or its keeping (将代收的罚款直接上缴国库, 罚款的收取、缴纳, 保证罚款
 * 及时上缴国库), no fine imposed (heldout-enforcement: 罚款 naming the money is no record). */
static bool money_handled(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (zc_ext_hit_ending(st, h->start, ZC_XT_CUE, ZC_XC_MONEY_VERB))
        return true;
    if (h->start >= c->start + 3 && memcmp(st->text + h->start - 3, "的", 3) == 0 &&
        zc_ext_hit_ending(st, h->start - 3, ZC_XT_CUE, ZC_XC_MONEY_VERB))
        return true;
    return cue_after(st, h, c, MONEY_GAP_AFTER, ZC_XC_MONEY_VERB);
}

/* How many characters may stand between a mechanism and the time noun of its frame. */
#define FRAME_GAP 6

/* A time noun (cues.tsv enf_frame: 期间, 过程中) after the word in its clause, with no other
 * mechanism between: the words name a period (在强制住院期间, 督查过程中), a re-mention. A lead
 * cue between opens a frame of its own, the object's (严厉查处在饲养过程中非法添加违禁物等行为). */
static bool in_frame(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t q = h->end;
    for (int k = 0; k <= FRAME_GAP && q < c->end && !zc_ext_is_clause_end(st->text, q, c->end);
         k++, q = zc_ext_next_char(st->text, q)) {
        if (zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_FRAME))
            return true;
        if (zc_ext_hit_at(st, q, ZC_XT_ENF, -1) || zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_WEAK))
            return false;
    }
    return false;
}

/* How many characters a party cue may stand before its check word (对收购废旧金属的企业和个体
 * 工商户进行治安业务指导和检查). */
#define PARTY_GAP 60

/* A party cue (对, 接受) before the check word in its clause, a whole word: 1 when it aims the
 * word at a party, 0 when it does not (对各地区的指导和监督: the addressees, actors.tsv prefix
 * 各, steered from above; 对负有监管责任的包村干部, 对监管不力的城关镇: a 的 after the word in
 * its clause, the word describes the party), -1 when there is none. */
static int party_cue_before(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t q = h->start;
    for (int k = 0; k < PARTY_GAP && q > c->start; k++) {
        q = zc_ext_prev_char(st->text, q);
        if (zc_ext_is_clause_end(st->text, q, c->end))
            return -1;
        const zc_ext_hit *r = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_PARTY);
        if (!r || r->end > h->start || !zc_ext_word_starts(st, r->start) ||
            !zc_ext_word_starts(st, r->end))
            continue;
        if (zc_ext_hit_at(st, r->end, ZC_XT_ACTOR, ZC_XA_PREFIX))
            return 0;
        for (size_t p = h->end; p < c->end; p = zc_ext_next_char(st->text, p))
            if (zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_CONDEND))
                return 0;
        return 1;
    }
    return -1;
}

/* The manner of a round of checks right before a check word (cues.tsv check_manner: 现场,
 * 上门, 联合, 专项), a whole word's start that no longer `none` cue holds (非现场), or NULL. */
static const zc_ext_hit *check_manner(const zc_ext_sent *st, const zc_ext_hit *h)
{
    const zc_ext_hit *m = zc_ext_hit_ending(st, h->start, ZC_XT_CUE, ZC_XC_CHECK_MANNER);
    if (!m || !zc_ext_word_starts(st, m->start))
        return NULL;
    const zc_ext_hit *o = zc_ext_hit_ending(st, h->start, ZC_XT_CUE, ZC_XC_NONE);
    return o && o->start < m->start ? NULL : m;
}

/* A check word aimed at a party (GUIDELINES.md: 检查 counts when an authority inspects named
 * targets): a party cue (cues.tsv enf_party: 对, 接受), a whole word, before it in its clause
 * (加强对…企业数据管理使用情况的监管, 接受财政、审计…等部门的监督), or a post cue right after it
 * (enf_party_post: 在…监督下), or, with no party cue before it, a party noun after it in its
 * clause (enf_party_noun: 重点支持…的再制造企业). A bare 加强监督 names no party; the word must be
 * a whole word. */
static bool aimed_at_party(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    // 市场监管局, 监督管理: the word inside a longer one names a body or a field; a list
    // joiner the segmenter glued to it (检查和) does not.
    if (!zc_ext_word_starts(st, h->end) && !zc_ext_hit_at(st, h->end, ZC_XT_CUE, ZC_XC_LIST))
        return false;
    // 督查检查, 检查督办: half of a fused pair, the other mechanism's record (GUIDELINES.md:
    // 检查督办 → 督办).
    if (zc_ext_hit_ending(st, h->start, ZC_XT_ENF, -1) || zc_ext_hit_at(st, h->end, ZC_XT_ENF, -1))
        return false;
    // 实地核查, 联合监管, 上门检查: a round of checks named by its manner goes to the field's
    // parties where they are (the read gold marks such compounds in most uses).
    if (check_manner(st, h))
        return true;
    if (!zc_ext_word_starts(st, h->start))
        return false;
    // An item of a list of an authority's powers (有权采取下列措施：（一）查阅…): the party
    // inspected is the list's.
    if (st->powers || zc_ext_hit_at(st, h->end, ZC_XT_CUE, ZC_XC_ENF_PARTY_POST))
        return true;
    // 加大检查力度, 加大执法力度: a check stepped up is aimed at those it already checks (the
    // read gold marks 19 of 21 such words; 增加检查频次 it leaves). Not general oversight:
    // 加大监督力度 is the generic 加强监督 (cues.tsv oversight; GUIDELINES.md).
    if (zc_ext_hit_at(st, h->end, ZC_XT_CUE, ZC_XC_ENF_DEGREE)) {
        const zc_ext_hit *o = zc_ext_hit_at(st, h->start, ZC_XT_CUE, ZC_XC_OVERSIGHT);
        if (!o || o->end != h->end)
            return true;
    }
    int before = party_cue_before(st, h, c);
    if (before >= 0)
        return before;
    // 重点支持…的再制造企业: a party noun after it in its clause is its object.
    for (size_t p = h->end; p < c->end; p = zc_ext_next_char(st->text, p))
        if (zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_ENF_PARTY_NOUN))
            return true;
    return false;
}

/* A sanction (a mechanism of the lexicon, no stop entry, no incentive) starts before the word
 * in its sentence: the word is a further consequence of it (吊销导游证并予以公告), not the
 * generic act (将变更结果予以公告). */
static bool sanction_before(const zc_ext_sent *st, const zc_ext_hit *h)
{
    for (size_t i = zc_ext_next_hit(st, zc_ext_first_hit(st, st->start), st->start, h->start,
                                    ZC_XT_ENF, -1);
         i != SIZE_MAX;
         i = zc_ext_next_hit(st, i + 1, st->start, h->start, ZC_XT_ENF, -1)) {
        const zc_ext_hit *g = ZC_EXT_HIT(st, i);
        if (g->end <= h->start && g->e->cls != ZC_XE_STOP && g->e->cls != ZC_CAT_INCENTIVE &&
            g->e->mode != ZC_XE_PARTY && g->e->mode != ZC_XE_CHAIN)
            return true;
    }
    return false;
}

/* The first cue of role `cls` (the longest at its start) before the word in its clause and
 * ending by it, or NULL. */
static const zc_ext_hit *cue_before(const zc_ext_sent *st, const zc_ext_hit *h,
                                    const zc_ext_clause *c, int cls)
{
    for (size_t p = c->start; p < h->start; p = zc_ext_next_char(st->text, p)) {
        const zc_ext_hit *r = zc_ext_hit_at(st, p, ZC_XT_CUE, cls);
        if (r && r->end <= h->start)
            return r;
    }
    return NULL;
}

/* An incentive word listed right next to an item of staff pay (cues.tsv enf_pay: 工资、津贴、
 * 补贴和其他福利, 福利补贴, 抚恤补助), perhaps across a 、, 和, 及 or 或: the pay of staff, no
 * incentive the document grants (公务员法 Art. 79-80). */
static bool pay_item(const zc_ext_sent *st, const zc_ext_hit *h)
{
    // 薪酬激励机制, 绩效工资激励力度: pay used as an incentive is one.
    if (h->e->cls != ZC_CAT_INCENTIVE || memmem(st->text + h->start, h->end - h->start, "激励", 6))
        return false;
    static const char *const joins[] = { "", "、", "和", "及", "或" };
    for (size_t i = 0; i < ZC_NELEM(joins); i++) {
        size_t n = strlen(joins[i]);
        if (h->start >= st->start + n && !memcmp(st->text + h->start - n, joins[i], n) &&
            zc_ext_hit_ending(st, h->start - n, ZC_XT_CUE, ZC_XC_ENF_PAY))
            return true;
        if (h->end + n <= st->end && !memcmp(st->text + h->end, joins[i], n) &&
            zc_ext_hit_at(st, h->end + n, ZC_XT_CUE, ZC_XC_ENF_PAY))
            return true;
    }
    return false;
}

/* A deduction of accountability at a rate or by a scale: 按 (cues.tsv rate) before it in its
 * clause with a share, a 比例 or a 区间 between (每条记录按100%扣分, 按罚款金额区间扣分, 按照相应
 * 最高比例扣分): the rule of a scoring scale, which counts records, no sanction imposed. */
static bool scale_rate(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (h->e->cls != ZC_CAT_ACCOUNTABILITY)
        return false;
    const zc_ext_hit *r = cue_before(st, h, c, ZC_XC_RATE);
    if (!r)
        return false;
    static const char *const scale[] = { "%", "％", "比例", "区间" };
    for (size_t i = 0; i < ZC_NELEM(scale); i++)
        if (memmem(st->text + r->end, h->start - r->end, scale[i], strlen(scale[i])))
            return true;
    return false;
}

/* A verb of pursuing an occupation (cues.tsv enf_engaged: 从事) whose object the word is: no 的
 * and no verb carrying a mechanism out between them (从事城管执法工作二年以上). In 对…从事…经营的
 * 企业进行检查 and 从事非农建设等情况开展专项检查 the occupation is the party's, the check imposed. */
static bool engaged(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    const zc_ext_hit *r = cue_before(st, h, c, ZC_XC_ENF_ENGAGED);
    if (!r || memmem(st->text + r->end, h->start - r->end, "的", 3))
        return false;
    static const int carry[] = { ZC_XC_LIGHT, ZC_XC_PERFORM, ZC_XC_IMPOSE };
    for (size_t i = 0; i < ZC_NELEM(carry); i++)
        if (zc_ext_has_any(st, r->end, h->start, ZC_XT_CUE, carry[i]))
            return false;
    return true;
}

/* Whether a relief word bears on the mechanism after it: it does unless its own object closes at
 * a list's 、 before any mechanism (解除合同、…予以通报批评: the contract ended is itself one of the
 * measures listed). 减轻或者免予处分 and 解除降级、撤职处分 reach a mechanism first. */
static bool relief_reaches(const zc_ext_sent *st, const zc_ext_hit *r, const zc_ext_hit *h)
{
    bool object = false;
    for (size_t p = r->end; p < h->start; p = zc_ext_next_char(st->text, p)) {
        const zc_ext_hit *m = zc_ext_hit_at(st, p, ZC_XT_ENF, -1);
        if (m && m->e->cls != ZC_XE_STOP)
            return true;
        if (memcmp(st->text + p, "、", 3) == 0) {
            if (object)
                return false;
            continue;
        }
        object = true;
    }
    return true;
}

/* A relief word (cues.tsv enf_relief: 从轻, 减轻, 免予, 解除) before the word in its clause that
 * bears on it: a rule of lighter treatment, exemption or lifting (应当从轻处分, 减轻或者免予处分,
 * 解除降级、撤职处分的) names the sanction it relieves, none is imposed. */
static bool relieved(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    // 免除…资助项目的费用: relief from fees is the grant itself.
    if (h->e->cls == ZC_CAT_INCENTIVE)
        return false;
    zc_ext_walk w;
    for (size_t i = zc_ext_walk_in(&w, st, c->start, h->start, ZC_XT_CUE, ZC_XC_ENF_RELIEF);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &w)) {
        const zc_ext_hit *r = ZC_EXT_HIT(st, i);
        if (r->end <= h->start && relief_reaches(st, r, h))
            return true;
    }
    return false;
}

/* An obstruction word (cues.tsv enf_obstruct: 拒绝, 阻碍, 不服) before the word in its clause,
 * and the 的 closing the clause right after the word: the condition of a penalty names the check
 * obstructed (拒绝接受…监督检查的), a re-mention (GUIDELINES.md). When the word only modifies
 * what is obstructed (阻碍人民警察依法执行查禁赌博公务的) heldout-enforcement gold-2 keeps it. */
static bool obstructed(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (!de_closes_at(st, h->end, c->end))
        return false;
    // 未收回的，书面告知…公告牌证作废: the measure right after 未 was not carried out, and the
    // clause is the condition of the next step (the road-test rules; heldout-enforcement 0280's
    // gold keeps only the 收回 required before it). 未依法查处的 (a failing) has words between.
    if (h->start >= c->start + 3 && memcmp(st->text + h->start - 3, "未", 3) == 0)
        return true;
    return zc_ext_has_any(st, c->start, h->start, ZC_XT_CUE, ZC_XC_ENF_OBSTRUCT);
}

/* The first byte of a clause after its delimiters. */
static size_t clause_body(const zc_ext_sent *st, const zc_ext_clause *c)
{
    size_t p = c->start;
    while (p < c->end && zc_ext_is_clause_end(st->text, p, c->end))
        p = zc_ext_next_char(st->text, p);
    return p;
}

static bool clause_has_mechanism(const zc_ext_sent *st, const zc_ext_clause *a);

/* Whether a 的 closes clause `b`: it is a condition (违反…的，). */
static bool closed_by_de(const zc_ext_sent *st, const zc_ext_clause *b)
{
    return de_closes_in(st, b->start, b->end);
}

/* Whether a clause before the word's in its sentence is a condition a 的 closes (违反…的，). */
static bool condition_before(const zc_ext_sent *st, const zc_ext_clause *c)
{
    const zc_ext_clause *c0 = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    for (const zc_ext_clause *b = c0; b < c; b++)
        if (closed_by_de(st, b))
            return true;
    return false;
}

/* A competence clause: a later clause of the sentence opens with the competent body (cues.tsv
 * enf_assign: 由, 报) and holds a verb of competence (enf_competence: 决定, 实施, 批准) and no
 * mechanism of its own, and no condition closed by 的 comes before the word (对…给予处分，由任免
 * 机关…决定; …吊销…的行政处罚，…由市测绘行政主管部门实施): the sentence assigns the sanction to
 * a body, none is imposed. After a condition (违反…的，处…罚款，由公安机关决定) it is imposed. */
static bool competence_clause(const zc_ext_sent *st, const zc_ext_clause *c)
{
    if (condition_before(st, c))
        return false;
    size_t n = st->clauses.len;
    const zc_ext_clause *c0 = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    for (const zc_ext_clause *a = c + 1; a < c0 + n; a++) {
        size_t b = clause_body(st, a);
        if (!zc_ext_hit_at(st, b, ZC_XT_CUE, ZC_XC_ENF_ASSIGN))
            continue;
        if (clause_has_mechanism(st, a))
            return false;
        if (zc_ext_has_any(st, b, a->end, ZC_XT_CUE, ZC_XC_ENF_COMPETENCE))
            return true;
    }
    return false;
}

/* Whether the clause holds a mechanism of the lexicon (no stop entry). */
static bool clause_has_mechanism(const zc_ext_sent *st, const zc_ext_clause *a)
{
    for (size_t i = zc_ext_next_hit(st, zc_ext_first_hit(st, a->start), a->start, a->end,
                                    ZC_XT_ENF, -1);
         i != SIZE_MAX; i = zc_ext_next_hit(st, i + 1, a->start, a->end, ZC_XT_ENF, -1))
        if (ZC_EXT_HIT(st, i)->e->cls != ZC_XE_STOP)
            return true;
    return false;
}

/* A verb of duty: 应当, 必须. */
static bool duty_verb(const zc_ext_hit *m)
{
    return m && (m->e->cls == ZC_MOD_SHOULD || m->e->cls == ZC_MOD_MUST);
}

/* A topic clause: the word's clause opens the sentence, imposes it (cues.tsv impose: 给予,
 * 实施 before it) with no modal verb and no condition, and the next clause opens with a verb
 * of duty (应当, 必须) and holds no mechanism: the rule is about how the sanction is imposed
 * (给予行政机关公务员处分，应当事实清楚…; 实施监督检查，应当出示证件), a rule of procedure, none
 * imposed. Without the verb, a step of procedure in the next clause (cues.tsv enf_procedure:
 * 公安机关罚款和收缴…财物，应当出具正式的决定书) makes it one too; else the gold keeps a principle
 * (查禁赌博，应当坚持…的方针: gold-2). With the verb, a duty verb right after the word in its
 * own clause does (行政机关实施行政处罚应当接受社会监督: 行政处罚法 2021 第七十五条). */
static bool topic_clause(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    const zc_ext_clause *c0 = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    if (c != c0 || zc_ext_has_any(st, c->start, c->end, ZC_XT_CUE, ZC_XC_CONDEND))
        return false;
    bool imposed = zc_ext_has_any(st, c->start, h->start, ZC_XT_CUE, ZC_XC_IMPOSE);
    // 行政机关实施行政处罚应当接受社会监督: the duty verb right after it, in its own clause.
    if (imposed && duty_verb(zc_ext_hit_at(st, h->end, ZC_XT_MOD, -1)))
        return true;
    if (c + 1 >= c0 + st->clauses.len || zc_ext_has_any(st, c->start, c->end, ZC_XT_MOD, -1))
        return false;
    const zc_ext_clause *a = c + 1;
    size_t b = clause_body(st, a);
    return duty_verb(zc_ext_hit_at(st, b, ZC_XT_MOD, -1)) && !clause_has_mechanism(st, a) &&
           (imposed || zc_ext_has_any(st, b, a->end, ZC_XT_CUE, ZC_XC_ENF_PROCEDURE));
}

/* A period item: the next clause of the sentence is a bare duration ((一)警告，6个月；
 * (四)降级、撤职，24个月。): the list gives the periods of the sanctions, none is imposed. */
static bool period_item(const zc_ext_sent *st, const zc_ext_clause *c)
{
    const zc_ext_clause *c0 = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    if (c + 1 >= c0 + st->clauses.len)
        return false;
    const zc_ext_clause *a = c + 1;
    size_t b = clause_body(st, a), used;
    zc_number n;
    if (b >= a->end || zc_num_parse(st->lx, st->text + b, a->end - b, &used, &n) || !used)
        return false;
    size_t q = b + used;
    return q >= a->end || zc_ext_is_clause_end(st->text, q, st->end);
}

/* The noun of a sanction's kinds (cues.tsv enf_kind: 种类) right after the word or its 的,
 * outside a heading: a statute's list of kinds (处分的种类为：, 行政处罚的种类：) or the contents
 * of a decision (处罚的种类和依据) names the sanction; the kinds listed after it are the
 * records (heldout-enforcement: the kind noun of a list gives none). A heading naming the
 * chapter (处分的种类和适用) stays a record (GUIDELINES.md: a heading that names a mechanism). */
static bool kind_noun_after(const zc_ext_sent *st, const zc_ext_hit *h)
{
    if (st->heading)
        return false;
    size_t q = h->end;
    if (q + 3 <= st->end && memcmp(st->text + q, "的", 3) == 0)
        q += 3;
    return zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_KIND) != NULL;
}

/* The sanction (a mechanism word, no name nor kind noun) that ends at byte `pos`, or NULL. */
static const zc_ext_hit *grade_ending(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_hit *g = pos > st->start ? zc_ext_hit_ending(st, pos, ZC_XT_ENF, -1) : NULL;
    return g && g->e->cls != ZC_XE_STOP && g->e->mode != ZC_XE_HEAD ? g : NULL;
}

/* The kind noun of discipline (cues.tsv discipline: 处分, 纪律处分, 行政处分) that heads the
 * range whose high grade `hi` is (撤职直至开除的纪律处分), or NULL when `hi` ends no range: a
 * low grade, a range word (cues.tsv enf_range: 直至) and `hi`, the low grade not an item of a
 * list (分别给予警告、记过、…降级直至撤职处分: the grades of several cases, a record each). */
static const zc_ext_hit *range_kind(const zc_ext_sent *st, const zc_ext_hit *hi)
{
    const zc_ext_hit *r = zc_ext_hit_ending(st, hi->start, ZC_XT_CUE, ZC_XC_ENF_RANGE);
    const zc_ext_hit *lo = r ? grade_ending(st, r->start) : NULL;
    if (!lo || (lo->start >= st->start + 3 && memcmp(st->text + lo->start - 3, "、", 3) == 0))
        return NULL;
    size_t q = hi->end;
    const zc_ext_hit *de = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_CONDEND);
    if (de)
        q = de->end;
    const zc_ext_hit *k = zc_ext_hit_at(st, q, ZC_XT_ENF, -1);
    return k && k->e->mode == ZC_XE_HEAD &&
           zc_ext_text_has(st->x, st->text, k->start, k->end, ZC_XT_CUE, ZC_XC_DISCIPLINE)
               ? k : NULL;
}

/* A grade at either end of a disciplinary range (撤职, 开除 of 撤职直至开除的纪律处分): the
 * range is one sanction, the kind noun's record (as a fine's range is one fine). */
static bool range_end(const zc_ext_sent *st, const zc_ext_hit *h)
{
    if (range_kind(st, h))
        return true;
    const zc_ext_hit *r = zc_ext_hit_at(st, h->end, ZC_XT_CUE, ZC_XC_ENF_RANGE);
    const zc_ext_hit *hi = r ? zc_ext_hit_at(st, r->end, ZC_XT_ENF, -1) : NULL;
    return hi && grade_ending(st, hi->end) == hi && range_kind(st, hi);
}

/* A kind noun heading a disciplinary range (the 纪律处分 of 撤职直至开除的纪律处分). */
static bool heads_range(const zc_ext_sent *st, const zc_ext_hit *h)
{
    size_t q = h->start;
    const zc_ext_hit *de = zc_ext_hit_ending(st, q, ZC_XT_CUE, ZC_XC_CONDEND);
    if (de)
        q = de->start;
    const zc_ext_hit *hi = grade_ending(st, q);
    const zc_ext_hit *k = hi ? range_kind(st, hi) : NULL;
    return k && k->start == h->start && k->end == h->end;
}

/* Whether a whole-word cue of role `cls` starts in [s, e) outside the word `h`. */
static bool whole_cue_in(const zc_ext_sent *st, const zc_ext_hit *h, size_t s, size_t e, int cls)
{
    for (size_t p = s; p < e; p = zc_ext_next_char(st->text, p)) {
        const zc_ext_hit *a = zc_ext_hit_at(st, p, ZC_XT_CUE, cls);
        if (a && (a->end <= h->start || a->start >= h->end) && zc_ext_word_starts(st, p) &&
            zc_ext_word_starts(st, a->end))
            return true;
    }
    return false;
}

/* An appeal or review of a sanction decision (cues.tsv enf_appeal: 申诉, 复核, 行政复议, 行政
 * 诉讼, 不服) in the word's clause, or in the next clause after a condition the word's clause
 * is (对行政处罚不服的，有权依法申请行政复议): the clause speaks of the appeal against the
 * sanction, a re-mention (行政复议法 2023 第二条, 公职人员政务处分法 第五十五条 复审、复核;
 * heldout-enforcement README: 申请复议 is procedure). A grant is never appealed. */
static bool appealed(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    // 村委复议公示→…→省抽查确认: a check is reviewed, never appealed against.
    if (h->e->cls == ZC_CAT_INCENTIVE || h->e->cls == ZC_CAT_INVESTIGATION)
        return false;
    if (whole_cue_in(st, h, c->start, c->end, ZC_XC_ENF_APPEAL))
        return true;
    const zc_ext_clause *c0 = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    // 对行政处罚决定不服的，可以在收到处罚通知之日起15日内，向人民法院起诉: the word in the
    // consequence of an appeal's condition, the nearest condition before it.
    // 逾期不申请复议…又不履行处罚决定的，…申请人民法院强制执行: no appeal after the condition,
    // the measure is imposed.
    for (const zc_ext_clause *b = c; b > c0;) {
        b--;
        if (closed_by_de(st, b))
            return whole_cue_in(st, h, b->start, b->end, ZC_XC_ENF_APPEAL) &&
                   whole_cue_in(st, h, c->start, st->end, ZC_XC_ENF_APPEAL);
    }
    if (c + 1 >= c0 + st->clauses.len || !closed_by_de(st, c))
        return false;
    return whole_cue_in(st, h, (c + 1)->start, (c + 1)->end, ZC_XC_ENF_APPEAL);
}

/* A rule combining sanctions (cues.tsv enf_combine: 执行其中最重的, 合并执行) in the word's
 * clause: the clause names the sanctions combined, none imposed (公职人员政务处分法 第二十一条,
 * 治安管理处罚法 第十六条 合并执行). */
static bool combined(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    return h->e->cls != ZC_CAT_INCENTIVE &&
           zc_ext_has_any(st, c->start, c->end, ZC_XT_CUE, ZC_XC_ENF_COMBINE);
}

/* An anaphor (cues.tsv enf_prior: 原, 该) right before the word, as a word of its own: a
 * sanction imposed before, re-mentioned (原处分决定, 按照原处罚数额, 执行该处分). */
static bool prior_mention(const zc_ext_sent *st, const zc_ext_hit *h)
{
    const zc_ext_hit *a = zc_ext_hit_ending(st, h->start, ZC_XT_CUE, ZC_XC_ENF_PRIOR);
    return a && zc_ext_word_starts(st, a->start);
}

/* A point of time (cues.tsv enf_point: 之日, 时) right after the word, as a word of its own:
 * the words date something by the mechanism (自责令改正之日的次日起, 进行监督检查时), a
 * re-mention. */
static bool point_after(const zc_ext_sent *st, const zc_ext_hit *h)
{
    // 依法进行调查或者检查时: the point dates every member of the list.
    const zc_ext_hit *a = zc_ext_hit_at(st, shared_end(st, h, st->end), ZC_XT_CUE,
                                        ZC_XC_ENF_POINT);
    return a && zc_ext_word_starts(st, a->end);
}

/* A right (cues.tsv enf_right: 有权) before the check word in its clause, held by the public
 * (enf_public before it in the sentence: 任何单位和个人都…有权对…进行监督) or a right to refuse
 * it (有权拒绝接受调查或者检查): no authority inspects, no record (GUIDELINES.md: 检查 counts
 * when an authority inspects named targets; heldout-enforcement 0247: public oversight is none). */
static bool public_right(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    const zc_ext_hit *r = cue_before(st, h, c, ZC_XC_ENF_RIGHT);
    if (r && (zc_ext_has_any(st, st->start, r->start, ZC_XT_CUE, ZC_XC_ENF_PUBLIC) ||
              zc_ext_has_any(st, r->end, h->start, ZC_XT_CUE, ZC_XC_ENF_OBSTRUCT)))
        return true;
    // Oversight encouraged: 鼓励、支持社会公众和新闻媒体对扶贫工作进行监督 (the public after it).
    const zc_ext_hit *e = cue_before(st, h, c, ZC_XC_ENF_ENCOURAGE);
    return e && zc_ext_has_any(st, e->end, h->start, ZC_XT_CUE, ZC_XC_ENF_PUBLIC);
}

/* True when span `a` ends with the head noun of a regulated party (cues.tsv party_head: 单位,
 * 企业, 经营者, 出租人) and names no authority. */
static bool party_span(const zc_ext_sent *st, zc_vspan a)
{
    if (a.end <= a.start || zc_ext_authority(st, a))
        return false;
    size_t s = a.end - a.start > 9 ? a.end - 9 : a.start;
    while (s > a.start && ((uint8_t)st->text[s] & 0xC0) == 0x80)
        s--;
    for (size_t p = s; p < a.end; p = zc_ext_next_char(st->text, p))
        if (zc_ext_text_has(st->x, st->text, p, a.end, ZC_XT_CUE, ZC_XC_PARTY_HEAD) &&
            !zc_ext_text_has(st->x, st->text, p, a.end, ZC_XT_CUE, ZC_XC_AUTHORITY))
            return true;
    return false;
}

/* In a rule, a check word whose doer is a regulated party: the subject of its clause or of an
 * earlier clause it runs on from, right before a modal verb (使用管理单位应当及时对电梯轿厢进行检查;
 * …的管理单位应当依照规定，对进入场所的人员、物品和交通工具进行安全检查), else the subject of the
 * list of duties it is an item of (房屋出租人…应履行下列责任：（三）对出租的房屋经常进行安全检查),
 * a name ending with a party head (cues.tsv party_head: 单位, 企业, 经营者, 出租人), with no verb
 * of submitting between the doer and the word (接受…监督, 经营者应当配合价格主管部门依法开展的…
 * 调查): the party's own check of its customers, goods, premises or contractor, no authority
 * inspecting a target (GUIDELINES.md: 检查 counts when an authority inspects named targets;
 * 特种设备安全法 Art. 39 as 自行检查). */
static bool own_check(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (st->genre != ZC_XG_RULE || h->e->cls != ZC_CAT_INVESTIGATION ||
        (h->e->mode != ZC_XE_PARTY && !zc_ext_hit_at(st, h->start, ZC_XT_CUE, ZC_XC_PARTY_CHECK)) ||
        cue_before(st, h, c, ZC_XC_ENF_SUBMIT))
        return false;
    // The doer: the subject right before a modal verb (燃气经营企业应当对燃气设施进行日常巡查; not
    // 指导…使用单位开展…), else the owner of the list it is an item of.
    zc_vspan a = zc_ext_actor(st, h->start);
    if (a.end > a.start) {
        size_t q = a.end;
        while (q < c->end && st->text[q] == ' ')
            q++;
        if (a.end > h->start || !zc_ext_hit_at(st, q, ZC_XT_MOD, -1) ||
            zc_ext_has_any(st, a.end, h->start, ZC_XT_CUE, ZC_XC_ENF_SUBMIT))
            return false;
    } else {
        a = zc_ext_list_owner(st);
    }
    return party_span(st, a);
}

/* Whether a cue of role `cls` starts in the first `maxchars` characters of [p, e). */
static bool cue_within(const zc_ext_sent *st, size_t p, size_t e, size_t maxchars, int cls)
{
    for (size_t n = 0; p < e && n < maxchars; p = zc_ext_next_char(st->text, p), n++)
        if (zc_ext_hit_at(st, p, ZC_XT_CUE, cls))
            return true;
    return false;
}

/* The goods a seizure takes, named after the seizure words and their 的 (收缴、追缴的赌博所得财物;
 * 海关决定没收、收缴的货物; 故意损毁收缴、扣押的财物的): the words name the goods (cues.tsv
 * enf_goods within six characters after the 的), a re-mention, no seizure imposed. */
static bool names_goods(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t q = list_end(st, h, c->end);
    // 收缴、追缴的: a joined verb the lexicon lacks, of two characters.
    if (q + 9 <= c->end && memcmp(st->text + q, "、", 3) == 0)
        q += 9;
    if (q + 3 > c->end || memcmp(st->text + q, "的", 3) != 0)
        return false;
    return cue_within(st, q + 3, c->end, 6, ZC_XC_ENF_GOODS);
}

/* A relative clause the word opens that 的 and the head of an authority close (负责监督管理扬尘
 * 污染防治的部门, 依法实施监督检查的机构): the words name the body, no check imposed
 * (GUIDELINES.md: names of bodies). Within 20 characters of its clause, no other mechanism and
 * no authority between (监督、检查、协调有关部门设在开发区的分支机构的工作 is a duty toward bodies);
 * the head (cues.tsv authority: 部门, 机关, 机构) within four characters of the 的 (not
 * 吊销…的直销企业分支机构的营业执照). */
static bool names_body(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t p = h->end;
    for (int n = 0; p < c->end && n < 20; p = zc_ext_next_char(st->text, p), n++) {
        if (zc_ext_is_clause_end(st->text, p, c->end) || zc_ext_hit_at(st, p, ZC_XT_ENF, -1) ||
            zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_AUTHORITY))
            return false;
        if (c->end - p >= 3 && memcmp(st->text + p, "的", 3) == 0)
            return cue_within(st, p + 3, c->end, 4, ZC_XC_AUTHORITY);
    }
    return false;
}

/* The object of the word within ten characters after it in its clause, with no other
 * mechanism between: the role of the first licence (cues.tsv enf_licence: 证书, 证件, 执照, 号牌)
 * or goods cue (enf_goods: 物品, 车辆, 运输工具) there, a licence anywhere in it first, or -1.
 * 追回奖励证书及奖金: a reward's certificate and money, clawed back (heldout-enforcement 0247:
 * financial); any entry of the lexicon before the object ends it. */
static int object_role(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t p = h->end;
    int role = -1;
    for (size_t n = 0; p < c->end && n < 10; p = zc_ext_next_char(st->text, p), n++) {
        if (zc_ext_is_clause_end(st->text, p, c->end) || zc_ext_hit_at(st, p, ZC_XT_ENF, -1))
            break;
        if (zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_ENF_LICENCE))
            return ZC_XC_ENF_LICENCE;   // 吊销车辆营运证件: the goods word modifies the licence
        if (zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_ENF_GOODS))
            role = ZC_XC_ENF_GOODS;
    }
    return role;
}

/* A licence or certificate as the object of the word (收缴登记证书; 收缴其出境、入境证件; 收缴其
 * 发票; 收回临时行驶车号牌): a licence withdrawn (GUIDELINES.md: veto, not money). */
static bool licence_object(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    return object_role(st, h, c) == ZC_XC_ENF_LICENCE;
}

/* Goods, tools or vehicles as the object of a word that suspends a licence (暂扣车辆, 暂扣运输工具,
 * 暂扣当事人经营兜售的物品): a seizure of things, coercive as 扣押 (行政强制法 2011 第九条). */
static bool goods_object(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    return h->e->cls == ZC_CAT_VETO && object_role(st, h, c) == ZC_XC_ENF_GOODS;
}

/* The passive right before the word (cues.tsv enf_passive: 被吊销营业执照之日起, 被撤销登记的,
 * 已经被立案调查): the sanction is one undergone, named. */
static bool passive_before(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    return h->start > c->start && zc_ext_hit_ending(st, h->start, ZC_XT_CUE, ZC_XC_ENF_PASSIVE);
}

/* Where a cue of role `cls` starts a word after the word in its clause with no mechanism
 * between, or SIZE_MAX. */
static size_t cue_word_after(const zc_ext_sent *st, const zc_ext_hit *h,
                             const zc_ext_clause *c, int cls)
{
    for (size_t p = h->end, end; p < c->end; p = zc_ext_next_char(st->text, p)) {
        if (mechanism_at(st, p, &end))
            break;
        if (zc_ext_hit_at(st, p, ZC_XT_CUE, cls) && zc_ext_word_starts(st, p))
            return p;
    }
    return SIZE_MAX;
}

/* A competence statement inside the word's clause: the competent body after it (cues.tsv
 * enf_assign: 由) with a verb of competence (enf_competence: 决定, 实施, 管辖) and no mechanism
 * between (价格违法行为的行政处罚由…价格主管部门决定; 行政处罚应当由具有行政执法资格的执法人员实施),
 * or the word the object of a verb of competence and its 对…的 (并决定对价格违法行为的行政处罚),
 * with no condition before: the sentence assigns the sanction, none is imposed (行政处罚法 2021
 * 第十七条, 第二十二条; 价格违法行为行政处罚规定 第二条, 第三条). */
static bool competence_inline(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (condition_before(st, c + 1))
        return false;
    size_t a = cue_word_after(st, h, c, ZC_XC_ENF_ASSIGN);
    if (a != SIZE_MAX)
        return zc_ext_has_any(st, a, c->end, ZC_XT_CUE, ZC_XC_ENF_COMPETENCE);
    // 的 right before it, or before 行政 (对…的行政处罚: the lexicon's word is 处罚).
    size_t d = h->start;
    if (d >= c->start + 6 && memcmp(st->text + d - 6, "行政", 6) == 0)
        d -= 6;
    if (d < c->start + 3 || memcmp(st->text + d - 3, "的", 3) != 0)
        return false;
    for (size_t p = c->start; p < d; p = zc_ext_next_char(st->text, p)) {
        const zc_ext_hit *v = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_ENF_COMPETENCE);
        if (v && v->end + 3 <= d && memcmp(st->text + v->end, "对", 3) == 0)
            return true;
    }
    return false;
}

/* A reward withheld: a denial (cues.tsv enf_deny: 不予, 不再, 不得) ends at most two characters
 * before the word (不予奖励, 不予重复奖励, 不再享受奖励). */
static bool withheld(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (h->e->cls != ZC_CAT_INCENTIVE)
        return false;
    size_t p = h->start;
    for (int n = 0; n < 3 && p > c->start; n++) {
        if (zc_ext_hit_ending(st, p, ZC_XT_CUE, ZC_XC_ENF_DENY))
            return true;
        p = zc_ext_prev_char(st->text, p);
    }
    return false;
}

/* A proposal to another body (cues.tsv enf_proposal: 建议), a word of its own, in the word's
 * clause: before it (建议有关机关和部门给予相应的处分) or after it with no other mechanism
 * between (提出依法处罚的建议, 提出吊销其营业执照的建议). */
static bool proposed(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (h->e->cls == ZC_CAT_INCENTIVE || h->e->cls == ZC_CAT_INVESTIGATION)
        return false;   // a reward or a check is no sanction referred
    return whole_cue_in(st, h, c->start, h->start, ZC_XC_ENF_PROPOSAL) ||
           cue_word_after(st, h, c, ZC_XC_ENF_PROPOSAL) != SIZE_MAX;
}

/* A relative clause: an imposing verb (cues.tsv impose) before the word in its clause, and its
 * 的 right after it heads a noun that is no mechanism (应当给予行政处罚的行为; 给予补贴的企业): the
 * words name the acts or parties by the sanction or grant, a re-mention. */
static bool relative_noun(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t q = h->end, end;
    if (q + 3 >= c->end || memcmp(st->text + q, "的", 3) != 0)
        return false;
    q += 3;
    // 给予通报批评的处理: the noun after it is the sanction's own head, no relative clause.
    if (zc_ext_is_clause_end(st->text, q, c->end) ||
        zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_PENALIZE) ||
        zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_ATTR) ||
        zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ENF_PROPOSAL))
        return false;   // 作出不予受理的决定: attribute_after decides; 处罚的建议: proposed
    // 予以查封、扣押的行政强制措施: a mechanism in the noun is the sanction's own head.
    for (int n = 0; n < 3 && q < c->end; n++, q = zc_ext_next_char(st->text, q))
        if (mechanism_at(st, q, &end))
            return false;
    return zc_ext_has_any(st, c->start, h->start, ZC_XT_CUE, ZC_XC_IMPOSE);
}

/* A receipt of a sanction before h in its clause that imposes it: due (应当受到…处分) or
 * reported done (已经受到, 分别受到了: the sanctions a 通报 lists). */
static bool received_imposed(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (zc_ext_has_any(st, c->start, h->start, ZC_XT_MOD, -1) ||
        zc_ext_has_any(st, c->start, h->start, ZC_XT_CUE, ZC_XC_PAST_ADVERB))
        return true;
    zc_ext_walk w;
    for (size_t i = zc_ext_walk_in(&w, st, c->start, h->start, ZC_XT_CUE, ZC_XC_RECEIVED);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &w)) {
        const zc_ext_hit *r = ZC_EXT_HIT(st, i);
        if (r->end + 3 <= h->start && memcmp(st->text + r->end, "了", 3) == 0)
            return true;
    }
    return false;
}

/* A kind noun of sanction (mode head: 处分, 行政处分) with no imposing verb (cues.tsv impose:
 * 给予, 予以) nor an adverb that imposes it (impose_adv: 从重, 依法) before it in its clause, and
 * outside a heading: the noun names sanctions as a topic (对…处分有规定的, 制定处分规章, 不受处分,
 * 应当分别确定其处分, 处分不当的), none is imposed; a heading naming it stays (GUIDELINES.md),
 * and so does a sanction a modal verb threatens to those who receive it (违反…的，应当受到处分;
 * 不受处分 protects). */
static bool unimposed(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    return h->e->mode == ZC_XE_HEAD && !st->heading &&
           !zc_ext_has_any(st, c->start, h->start, ZC_XT_CUE, ZC_XC_IMPOSE) &&
           !zc_ext_has_any(st, c->start, h->start, ZC_XT_CUE, ZC_XC_IMPOSE_ADV) &&
           !(zc_ext_has_any(st, c->start, h->start, ZC_XT_CUE, ZC_XC_RECEIVED) &&
             received_imposed(st, h, c));
}

/* A generic sanction (a kind noun: 处分; a fine or penalty word: 处罚) after a deferral to other
 * law in its clause (cues.tsv enf_defer: 依照其规定, 法律、行政法规的规定): the rule hands the case
 * to those laws, none imposed. A named measure stays (依照有关…规定处以拘留; …实行监管). */
static bool deferred(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    if (h->e->mode != ZC_XE_HEAD && h->e->mode != ZC_XE_AMOUNT)
        return false;
    // 法律、行政法规规定的其他行政处罚: a reference with 的 after it modifies a noun (an item of
    // 行政处罚法 2021 第九条's list of kinds), no deferral.
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, c->start, h->start, ZC_XT_CUE, ZC_XC_ENF_DEFER);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *d = ZC_EXT_HIT(st, i);
        if (d->end <= h->start && (h->start - d->end < 3 || memcmp(st->text + d->end, "的", 3)))
            return true;
    }
    return false;
}

/* True when the title of a document that sets rules or plans names the word, outside the
 * title: the mechanism is what the document is about (教育督导条例, 行政执法公示制度…的指导意见,
 * 专项附加扣除暂行办法), and most of its mentions name the subject (教育督导包括, 执法经费, 扣除
 * 标准), none imposed. A report, a 通报 or a speech tells of the mechanism done (该乡抚养费征收
 * 工作超额完成, 事故正在调查处理中): not asked there. */
static bool title_topic(const zc_ext_sent *st, const zc_ext_hit *h)
{
    size_t n = h->end - h->start;
    return zc_ext_sets_terms(st) &&
           st->title.end - st->title.start >= n &&
           (h->start >= st->title.end || h->end <= st->title.start) &&
           memmem(st->text + st->title.start, st->title.end - st->title.start,
                  st->text + h->start, n) != NULL;
}

/* True when a verb or adverb before the word in its clause carries it out or imposes it
 * (cues.tsv perform: 开展, 组织; impose: 实施, 给予; impose_adv: 依法; enf_push: 加强;
 * light_verb: 进行, 予以; enf_submit: 接受), or a modal verb right before it makes it the verb
 * (应当督导). A modal further back governs another verb (要建立健全执法…制度). */
static bool performed(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    static const int roles[] = { ZC_XC_PERFORM, ZC_XC_IMPOSE, ZC_XC_IMPOSE_ADV, ZC_XC_ENF_PUSH,
                                 ZC_XC_LIGHT, ZC_XC_ENF_SUBMIT };
    for (size_t i = 0; i < ZC_NELEM(roles); i++)
        if (cue_before(st, h, c, roles[i]))
            return true;
    return zc_ext_hit_ending(st, h->start, ZC_XT_MOD, -1) != NULL;
}

/* ---- the decision (dicts/rules/decide-enforcement.tsv) --------------------------------- */

/* The features the table may ask of a mechanism word, in the order of enforcement_features. */
enum {
    EF_STOP, EF_IN_BOOK_TITLE, EF_MODE_ORDER, EF_OBJECT_IS_MECHANISM, EF_MODE_HEAD,
    EF_HEADS_SANCTION, EF_MODE_NEEDAMOUNT, EF_SUM_BEFORE_NOUN, EF_MODE_AMOUNT, EF_AMOUNT,
    EF_SCORE_POINTS, EF_FINANCIAL, EF_ATTRIBUTE_AFTER, EF_RECEIVED, EF_CAP_OF_GRANT,
    EF_STACKING_RULE, EF_DEGREE_INLINE, EF_IN_FRAME, EF_MODE_PARTY, EF_AIMED_AT_PARTY,
    EF_MODE_CHAIN, EF_SANCTION_BEFORE, EF_CLOSES_CONDITION, EF_MONEY_HANDLED, EF_PROHIBITED_GRANT,
    EF_RELIEVED, EF_OBSTRUCTED, EF_COMPETENCE_CLAUSE, EF_PERIOD_ITEM, EF_TOPIC_CLAUSE,
    EF_KIND_NOUN_AFTER, EF_APPEALED, EF_COMBINED, EF_PRIOR_MENTION, EF_POINT_AFTER,
    EF_PUBLIC_RIGHT, EF_GENRE_RULE, EF_NAMES_GOODS, EF_LICENCE_OBJECT, EF_COMPETENCE_INLINE,
    EF_WITHHELD, EF_FAULT_BEFORE, EF_PROPOSED, EF_RELATIVE_NOUN, EF_DEFERRED, EF_UNIMPOSED,
    EF_GOODS_OBJECT, EF_PASSIVE_BEFORE, EF_OWN_CHECK, EF_NAMES_BODY, EF_GENRE_PLAN,
    EF_LENDER_BEFORE, EF_MODE_FUND, EF_FUND_USED, EF_TITLE_TOPIC, EF_PERFORMED, EF_JOINED_MEANS,
    EF_SOUGHT, EF_SURVEYED, EF_RANGE_END, EF_HEADS_RANGE, EF_STATUS_AFTER, EF_ASSISTED,
    EF_GENRE_REPORT, EF_PAST, EF_SWEEP, EF_ROUNDS_BEFORE, EF_ENGAGED, EF_SCALE_RATE, EF_PAY_ITEM,
    EF_ASKED, EF_UNIT_HEADER, EF_MODE_REGIME, EF_GENRE_SETS, EF_COUNT
};

_Static_assert(EF_COUNT <= ZC_DEC_MAXFEATURES, "decide.h: more features than a table's memo holds");

static const char *const enforcement_features[EF_COUNT] = {
    "stop", "in_book_title", "mode_order", "object_is_mechanism", "mode_head",
    "heads_sanction", "mode_needamount", "sum_before_noun", "mode_amount", "amount",
    "score_points", "financial", "attribute_after", "received", "cap_of_grant",
    "stacking_rule", "degree_inline", "in_frame", "mode_party", "aimed_at_party",
    "mode_chain", "sanction_before", "closes_condition", "money_handled",
    "prohibited_grant", "relieved", "obstructed", "competence_clause", "period_item",
    "topic_clause", "kind_noun_after", "appealed", "combined", "prior_mention", "point_after",
    "public_right", "genre_rule", "names_goods", "licence_object", "competence_inline",
    "withheld", "fault_before", "proposed", "relative_noun", "deferred", "unimposed",
    "goods_object", "passive_before", "own_check", "names_body", "genre_plan",
    "lender_before", "mode_fund", "fund_used", "title_topic", "performed", "joined_means",
    "sought", "surveyed", "range_end", "heads_range", "status_after", "assisted",
    "genre_report", "past", "sweep", "rounds_before", "engaged", "scale_rate", "pay_item",
    "asked", "unit_header", "mode_regime", "genre_sets",
};

enum { EV_RECORD, EV_NONE };
static const char *const enforcement_verdicts[] = { "record", "none" };
/* "lexicon": the category enforcement.tsv gives the word; else the category named (the
 * categories of RECORDS.md, in zc_category order from ZC_CAT_NONE + 1). */
static const char *const enforcement_args[] = { "lexicon", "veto", "financial",
                                                "accountability", "referral", "investigation",
                                                "incentive", "coercive" };
const zc_dec_spec zc_ext_enforcement_spec = { enforcement_features, EF_COUNT,
                                              enforcement_verdicts, 2, enforcement_args,
                                              (int)ZC_NELEM(enforcement_args) };

/* A mechanism word in question, and the amount read for it (the `amount` feature reads it
 * once and takes its numbers, as the record will hold it). */
typedef struct enf_cand {
    zc_ext_sent *st;
    const zc_ext_hit *h;
    const zc_ext_clause *c;
    zc_record amount;
    bool score;
} enf_cand;

/* The sum that a word needing one (给予) hands on to this noun, its record (sum_of_noun):
 * 给予最高30万元建设经费资助, 给予30万元一次性奖励 keep their sum on the one record. */
static bool amount_of_giver(zc_ext_sent *st, zc_record *r, const zc_ext_hit *h,
                            const zc_ext_clause *c, bool *score)
{
    const zc_ext_hit *g = NULL;
    for (size_t i = zc_ext_next_hit(st, 0, c->start, h->start, ZC_XT_ENF, -1); i != SIZE_MAX;
         i = zc_ext_next_hit(st, i + 1, c->start, h->start, ZC_XT_ENF, -1))
        g = ZC_EXT_HIT(st, i);
    return g && g->e->mode == ZC_XE_NEEDAMOUNT && g->end <= h->start &&
           sum_of_noun(st, g->end, c->end) && amount_after(st, r, g->end, h->start, score);
}

/* A word that is a sanction only with a sum (给予60万元) takes it after itself: 按…的千分之五
 * 给予奖励 is a reward (奖励), not a second one. */
static bool read_amount(enf_cand *k)
{
    const zc_ext_hit *h = k->h;
    if (h->e->mode != ZC_XE_AMOUNT && h->e->mode != ZC_XE_NEEDAMOUNT)
        return false;
    memset(&k->amount, 0, sizeof k->amount);
    bool found = amount_after(k->st, &k->amount, h->end, k->c->end, &k->score) ||
                 (h->e->mode != ZC_XE_NEEDAMOUNT &&
                  (amount_before(k->st, &k->amount, k->c->start, h->start, &k->score) ||
                   amount_of_giver(k->st, &k->amount, h, k->c, &k->score)));
    if (found)
        take_money(k->st, k->c->start, k->c->end, k->amount.amount_unit);
    return found;
}

/* A count of rounds right before the word (开展1次书面检查, 2次现场检查): N次 in digits or a
 * Chinese numeral, so the word names a round of inspections, not the sanction of that name. */
static bool rounds_before(const zc_ext_sent *st, const zc_ext_hit *h)
{
    size_t p = h->start;
    if (p < st->start + 6 || memcmp(st->text + p - 3, "次", 3) != 0)
        return false;
    p -= 3;
    unsigned char c = (unsigned char)st->text[p - 1];
    return (c >= '0' && c <= '9') ||
           zc_lex_match(st->lx, ZC_LX_DIGIT, st->text + p - 3, 3, -1) != NULL;
}

static bool enforcement_feature(void *ctx, int id)
{
    enf_cand *k = ctx;
    const zc_ext_sent *st = k->st;
    const zc_ext_hit *h = k->h;
    switch (id) {
    case EF_STOP: return h->e->cls == ZC_XE_STOP;
    case EF_IN_BOOK_TITLE: return in_book_title(st, h->start);
    case EF_MODE_ORDER: return h->e->mode == ZC_XE_ORDER;
    case EF_OBJECT_IS_MECHANISM: return orders_order(st, h, k->c->end);
    case EF_MODE_HEAD: return h->e->mode == ZC_XE_HEAD;
    case EF_HEADS_SANCTION: return heads_sanction(st, h->start);
    case EF_MODE_NEEDAMOUNT: return h->e->mode == ZC_XE_NEEDAMOUNT;
    case EF_SUM_BEFORE_NOUN: return sum_of_noun(st, h->end, k->c->end);
    case EF_MODE_AMOUNT: return h->e->mode == ZC_XE_AMOUNT;
    case EF_AMOUNT: return read_amount(k);
    case EF_SCORE_POINTS: return k->score;
    case EF_FINANCIAL: return h->e->cls == ZC_CAT_FINANCIAL;
    case EF_ATTRIBUTE_AFTER: return noun_after(st, h, ZC_XC_ENF_ATTR);
    case EF_STATUS_AFTER: return noun_after(st, h, ZC_XC_ENF_STATUS);
    case EF_ASSISTED: return zc_ext_hit_ending(st, h->start, ZC_XT_CUE, ZC_XC_ENF_ASSIST) != NULL;
    case EF_ENGAGED: return engaged(st, h, k->c);
    case EF_SCALE_RATE: return scale_rate(st, h, k->c);
    case EF_PAY_ITEM: return pay_item(st, h);
    case EF_ASKED: return zc_ext_asked(st, h->start);
    case EF_UNIT_HEADER: return zc_ext_unit_header(st, h->start);
    case EF_GENRE_REPORT: return st->genre == ZC_XG_REPORT;
    case EF_MODE_REGIME: return h->e->mode == ZC_XE_REGIME;
    case EF_GENRE_SETS: return zc_ext_sets_terms(st);
    case EF_PAST: return zc_ext_in_past(st, h->start);
    case EF_RECEIVED: return received_before(st, h, k->c);
    case EF_CAP_OF_GRANT: return cap_of_grant(st, h);
    case EF_STACKING_RULE: return stacking_rule(st, h, k->c);
    case EF_DEGREE_INLINE: return degree_inline(st, h);
    case EF_IN_FRAME: return in_frame(st, h, k->c);
    case EF_MODE_PARTY: return h->e->mode == ZC_XE_PARTY;
    case EF_AIMED_AT_PARTY: return aimed_at_party(st, h, k->c);
    case EF_MODE_CHAIN: return h->e->mode == ZC_XE_CHAIN;
    case EF_SANCTION_BEFORE: return sanction_before(st, h);
    case EF_CLOSES_CONDITION: return closes_condition(st, h, k->c);
    case EF_MONEY_HANDLED: return money_handled(st, h, k->c);
    case EF_PROHIBITED_GRANT: return prohibited_grant(st, h, k->c);
    case EF_RELIEVED: return relieved(st, h, k->c);
    case EF_OBSTRUCTED: return obstructed(st, h, k->c);
    case EF_COMPETENCE_CLAUSE: return competence_clause(st, k->c);
    case EF_PERIOD_ITEM: return period_item(st, k->c);
    case EF_TOPIC_CLAUSE: return topic_clause(st, h, k->c);
    case EF_KIND_NOUN_AFTER: return kind_noun_after(st, h);
    case EF_APPEALED: return appealed(st, h, k->c);
    case EF_COMBINED: return combined(st, h, k->c);
    case EF_PRIOR_MENTION: return prior_mention(st, h);
    case EF_POINT_AFTER: return point_after(st, h);
    case EF_PUBLIC_RIGHT: return public_right(st, h, k->c);
    case EF_GENRE_RULE: return st->genre == ZC_XG_RULE;
    case EF_GENRE_PLAN: return st->plan;
    case EF_SWEEP: return zc_ext_hit_at(st, h->start, ZC_XT_CUE, ZC_XC_SWEEP) != NULL;
    case EF_ROUNDS_BEFORE: return rounds_before(st, h);
    case EF_LENDER_BEFORE: return lender_before(st, h, k->c);
    case EF_SOUGHT: return sought(st, h, k->c);
    case EF_SURVEYED: return surveyed(st, h, k->c);
    case EF_RANGE_END: return range_end(st, h);
    case EF_HEADS_RANGE: return heads_range(st, h);
    case EF_MODE_FUND: return h->e->mode == ZC_XE_FUND;
    case EF_FUND_USED: return fund_used(st, h, k->c);
    case EF_TITLE_TOPIC: return title_topic(st, h);
    case EF_PERFORMED: return performed(st, h, k->c);
    case EF_JOINED_MEANS:   // 以捐赠、资助…等方式参与: the public's means of taking part
        return zc_ext_has(st, h->end, k->c->end, ZC_XT_CUE, ZC_XC_ENF_JOIN);
    case EF_NAMES_GOODS: return names_goods(st, h, k->c);
    case EF_NAMES_BODY: return names_body(st, h, k->c);
    case EF_LICENCE_OBJECT: return licence_object(st, h, k->c);
    case EF_COMPETENCE_INLINE: return competence_inline(st, h, k->c);
    case EF_WITHHELD: return withheld(st, h, k->c);
    case EF_FAULT_BEFORE: return zc_ext_has_any(st, st->start, h->start, ZC_XT_CUE, ZC_XC_ENF_FAULT);
    case EF_PROPOSED: return proposed(st, h, k->c);
    case EF_RELATIVE_NOUN: return relative_noun(st, h, k->c);
    case EF_DEFERRED: return deferred(st, h, k->c);
    case EF_UNIMPOSED: return unimposed(st, h, k->c);
    case EF_GOODS_OBJECT: return goods_object(st, h, k->c);
    case EF_PASSIVE_BEFORE: return passive_before(st, h, k->c);
    case EF_OWN_CHECK: return own_check(st, h, k->c);
    }
    return false;
}

/* A kind noun a sanction heads (给予开除的纪律处分, 降级处分) closes that sanction's record: the
 * read gold marks the grade 129 times and the kind noun 37, and a span over both matches either. */
static void close_with_kind(zc_ext_sent *st, const zc_ext_hit *h)
{
    for (size_t i = st->out->len; i-- > 0;) {
        zc_record *r = &ZC_VEC_AT(st->out, zc_record, i);
        if (r->sentence != st->index)
            return;
        if (r->kind != ZC_KIND_ENFORCEMENT)
            continue;
        size_t gap = r->text.end <= h->start ? h->start - r->text.end : SIZE_MAX;
        const char *g = st->text + r->text.end;
        // Right after it, after its 的, or after a term (留党察看2年处分, 留党察看二年处分).
        if (gap == 0 || (gap == 3 && memcmp(g, "的", 3) == 0) ||
            (gap > 3 && gap <= 9 && memcmp(g + gap - 3, "年", 3) == 0))
            r->text.end = r->mechanism.end = h->end;
        return;
    }
}

zc_status zc_ext_enforcement(zc_ext_sent *st)
{
    // An order verb whose object is a mechanism (责令限期改正, 责令其停产整顿) opens that
    // mechanism's record: annotators mark the order with it, or either word alone.
    size_t order_at = SIZE_MAX, order_end = 0;
    for (size_t i = zc_ext_next_hit(st, 0, st->start, st->end, ZC_XT_ENF, -1); i != SIZE_MAX;
         i = zc_ext_next_hit(st, i + 1, st->start, st->end, ZC_XT_ENF, -1)) {
        const zc_ext_hit h = *ZC_EXT_HIT(st, i);
        enf_cand k = { .st = st, .h = &h, .c = zc_ext_clause_at(st, h.start) };
        zc_dec_memo memo = { { 0 }, { 0 }, enforcement_feature, &k };
        const zc_dec_row *why = zc_dec_eval(&st->x->dec[ZC_XD_ENFORCEMENT], &memo);
        if (why->verdict == EV_NONE) {
            if (st->rejected && !zc_ext_reject(st, ZC_KIND_ENFORCEMENT, h.start, h.end, &why, 1))
                return ZC_ENOMEM;
            // 同时有两种以上需要给予处分的行为的，应当分别确定其处分: a rule about sanctions
            // keeps its condition one (its thresholds are no figures: GUIDELINES.md).
            if (zc_dec_feature(&memo, EF_UNIMPOSED))
                zc_ext_note_condition(st, zc_ext_condition(st, h.start));
            if (h.e->mode == ZC_XE_HEAD && zc_dec_feature(&memo, EF_HEADS_SANCTION))
                close_with_kind(st, &h);
            if (zc_dec_feature(&memo, EF_OBJECT_IS_MECHANISM)) {
                order_at = h.start;
                order_end = h.end;
            }
            continue;
        }
        // A record holds its amount whatever rows the table asked.
        bool amount = zc_dec_feature(&memo, EF_AMOUNT);
        const zc_ext_hit *noun = h.e->mode == ZC_XE_NEEDAMOUNT && amount
                                 ? support_after_sums(st, h.end, k.c->end) : NULL;
        size_t ts = noun ? noun->start : h.start, te = noun ? noun->end : h.end;
        const zc_ext_hit *manner = !noun && h.e->mode == ZC_XE_PARTY ? check_manner(st, &h) : NULL;
        if (!noun && order_at != SIZE_MAX && h.start >= order_end && h.start - order_end <= 9 &&
            zc_ext_clause_at(st, order_at) == k.c)
            ts = order_at;   // within the three characters orders_order reads
        else if (manner)
            ts = manner->start;   // the round named whole: 实地核查
        order_at = SIZE_MAX;
        zc_record *r = zc_ext_emit(st, ZC_KIND_ENFORCEMENT, ts, te,
                                   why->rule ? why->rule
                                   : amount  ? "enforcement.amount"
                                             : "enforcement.lexicon");
        if (!r)
            return ZC_ENOMEM;
        zc_ext_explain(r, &why, 1);
        if (amount) {
            r->has_amount = k.amount.has_amount;
            r->amount = k.amount.amount;
            r->has_amount_max = k.amount.has_amount_max;
            r->amount_max = k.amount.amount_max;
            memcpy(r->amount_unit, k.amount.amount_unit, sizeof r->amount_unit);
        }
        if (why->arg > 0)
            r->category = (zc_category)(ZC_CAT_NONE + why->arg);
        else
            r->category = h.e->cls <= ZC_CAT_COERCIVE ? (zc_category)h.e->cls : ZC_CAT_NONE;
        r->mechanism = (zc_vspan){ ts, te };
        r->condition = zc_ext_condition(st, h.start);
        zc_ext_note_condition(st, r->condition);
        r->modality = zc_ext_modality(st, h.start, h.end);
        r->actor = zc_ext_actor(st, h.start);
        // The party encouraged in an earlier clause receives the grant; the issuer grants (in
        // its own clause it may grant: 鼓励商业银行…为…项目提供金融支持).
        if (r->category == ZC_CAT_INCENTIVE && zc_ext_encouraged_party(st, r->actor) &&
            zc_ext_clause_at(st, r->actor.start) != zc_ext_clause_at(st, h.start))
            r->actor = (zc_vspan){ 0, 0 };
    }
    return ZC_OK;
}
