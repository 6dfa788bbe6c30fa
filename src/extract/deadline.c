/*
 * deadline.c — deadline records: the time expressions of a sentence (zc_timex_parse, against
 * the document date) that bound a duty. A time is a deadline when its clause or sentence is
 * directive (a modal cue, a duty or future cue) and it is no reference time (截至… before a
 * figure), no past or failing use (未及时, 召开…以来, a date before the document's) and no page
 * furniture, starts nothing open-ended (自…起施行), describes no noun (…之前的项目) and times no
 * reward; vague bounds (及时, 限时) and recurrences (月报, 一季度一查) need only to be free of a
 * failing cue and not be the issuer's own plan (将定期…). Those choices are rows of
 * dicts/rules/decide-deadline.tsv (decide.h): this file computes the features the rows name
 * (deadline_feature) and applies the verdict. Every time expression
 * is marked taken, deadline or not, so that its numbers are no statistics. Reads the
 * sentence's lexicon hits; fills RECORDS.md `deadline.date`, `relation`, `recurrence`,
 * `task`, and `modality`, `actor`.
 */
#define _GNU_SOURCE   // memmem
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

/* 的, which closes a modifier or a condition. */
static const char de[] = "的";

static zc_relation relation_of(const char *s)
{
    int r = zc_relation_parse(s);
    return r < 0 ? ZC_REL_UNSPECIFIED : (zc_relation)r;
}

/* True when the time [s, e) writes a relation cue of its own (到, 前, 内, 期间, 至). */
static bool has_relation_cue(const zc_ext_sent *st, size_t s, size_t e)
{
    // 最长不超过15个工作日: the ceiling of a length opens its time (timex.c duration), within.
    if (zc_lex_match(st->lx, ZC_LX_TCUE, st->text + s, e - s, ZC_TC_CAP))
        return true;
    for (size_t q = s; q < e; q = zc_ext_next_char(st->text, q)) {
        const zc_lexent *t = zc_lex_match(st->lx, ZC_LX_TCUE, st->text + q, e - q, -1);
        if (t && (t->kind == ZC_TC_PRE || t->kind == ZC_TC_POST || t->kind == ZC_TC_RANGE ||
                  t->kind == ZC_TC_ANCHOR || t->kind == ZC_TC_SPAN || t->kind == ZC_TC_EXTEND) &&
            (t->str[0] || t->kind == ZC_TC_SPAN || t->kind == ZC_TC_EXTEND)) {
            const zc_ext_hit *w = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_WEAK);
            if (!w || w->end - w->start != t->klen)
                return true;
        }
    }
    return false;
}

/* True when the time [s, e) opens with a span cue (今后五年, 为期3年, 顺延三个月, 最迟不超过4个
 * 小时): the length it opens. */
static bool span_cue(const zc_ext_sent *st, size_t s, size_t e)
{
    return zc_lex_match(st->lx, ZC_LX_TCUE, st->text + s, e - s, ZC_TC_SPAN) ||
           zc_lex_match(st->lx, ZC_LX_TCUE, st->text + s, e - s, ZC_TC_EXTEND) ||
           zc_lex_match(st->lx, ZC_LX_TCUE, st->text + s, e - s, ZC_TC_CAP);
}

/* True when a hit of `role` ends right at `pos`, spaces aside. */
static bool cue_ends_at(const zc_ext_sent *st, size_t pos, int role)
{
    while (pos > st->start && st->text[pos - 1] == ' ')
        pos--;
    return zc_ext_hit_ending(st, pos, ZC_XT_CUE, role) != NULL;
}

static bool mark_at(const zc_ext_sent *st, size_t r, size_t cend, const char *mark);

/* True when an event before byte s in its sentence starts the count of a span at s: a 后 as a
 * word (收到材料后的4个工作日内, 收到异议或申诉后，…应当在3个工作日内回复) or a case a 的 closes
 * (在建楼盘已达到预售条件的，必须在30日内…), not the issue of the document itself (本通知印发后
 * 30日内: cues.tsv issued), which the document's date dates. */
static bool after_event(const zc_ext_sent *st, size_t s)
{
    for (size_t q = st->start; q + 3 <= s; q = zc_ext_next_char(st->text, q)) {
        if (mark_at(st, q, s, "后") && !cue_ends_at(st, q, ZC_XC_ISSUED))
            return true;   // a word of its own: not the 后 of 最后, 今后
        const zc_ext_hit *d = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_CONDEND);
        if (d && d->end < s && d->end == zc_ext_clause_at(st, q)->end)
            return true;
    }
    return false;
}

/* True when the clause `c` holds nothing but the time [s, e), a weak lead cue (在) and
 * spaces. */
static bool alone_in_clause(const zc_ext_sent *st, const zc_ext_clause *c, size_t s, size_t e)
{
    // Past spaces and an article or item number (第六条 在禁渔期内,任何单位和个人不得…).
    size_t p = zc_ext_skip_opening(st, c->start, s, false);
    const zc_ext_hit *w = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_WEAK);
    if (w && w->end <= s)
        p = w->end;
    size_t q = zc_ext_skip_spaces(st, e, c->end);
    if (p == s && q == c->end)
        return true;
    // Other times joined to it (1至2月和清明期间,各乡镇要…): a window of several times. Every
    // time of a clause asks this: it is found once (the clause is the sentence's own, in
    // st->clauses, so the cache may be written).
    if (c->times >= 0)
        return c->times;
    ((zc_ext_clause *)c)->times = 0;
    for (p = c->start; p < c->end;) {
        const zc_ext_hit *h = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_LIST);
        if (!h)
            h = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_WEAK);
        size_t n = 0;
        zc_timex t;
        if (st->text[p] == ' ')
            p++;
        else if (h)
            p = h->end;
        else if (zc_timex_parse(st->lx, st->text + p, c->end - p, st->doc_date, &n, &t) && n)
            p += n;
        else
            return false;
    }
    ((zc_ext_clause *)c)->times = 1;
    return true;
}

/* True when a cue of `role` ends within five characters after `e` in its clause, with no
 * punctuation or space between: an indicator (率) or a noun a vague word qualifies (机制, 通知书;
 * rate_end), a length measured per period (时间; measured). */
static bool rate_follows(const zc_ext_sent *st, size_t e, size_t cend, int role)
{
    size_t q = e;
    for (int k = 0; k < 5 && q < cend; k++) {
        if ((uint8_t)st->text[q] < 0x80)
            return false;
        q = zc_ext_next_char(st->text, q);
        if (zc_ext_hit_ending(st, q, ZC_XT_CUE, role))
            return true;
    }
    return false;
}

/* True when the vague word ending at `e` is a quality in a list of short predicates that ends
 * its clause or a noun's attribute (更加方便、及时、高效。 反应及时、恢复迅速、支援有力的体系):
 * it describes a state, it bounds no act. Items after it hold at most four characters; 、
 * stands on one side of it at least. After 、 it may open a longer item of a list before 的
 * (及时可靠的, 即时化的). */
static bool state_word(const zc_ext_sent *st, const zc_ext_clause *c, size_t s, size_t e)
{
    static const char dun[] = "、";
    // A modal verb of a duty right before it makes the list a string of adverbs before the
    // act (应当及时、优先受理: heldout-deadlines blind6), no state.
    const zc_ext_hit *m = s > c->start ? zc_ext_hit_ending(st, s, ZC_XT_MOD, -1) : NULL;
    if (m && (m->e->cls == ZC_MOD_MUST || m->e->cls == ZC_MOD_SHOULD))
        return false;
    // In a list: 、 on one side at least (not 近期的一项任务, nor 要求时限内, alone).
    bool listed = s >= c->start + strlen(dun) &&
                  !strncmp(st->text + s - strlen(dun), dun, strlen(dun));
    if (!listed && strncmp(st->text + e, dun, strlen(dun)))
        return false;
    size_t ce = c->end;
    while (ce > e && st->text[ce - 1] == ' ')
        ce--;
    // 内容丰富、形式多样、及时可靠的…体系; 无缝化、即时化、精确化的…服务: after 、 the word may open an
    // item of its own (two more characters), when the list is an attribute before 的.
    size_t q = e;
    int more = 0;
    while (listed && more < 2 && q < ce && strncmp(st->text + q, dun, strlen(dun)) &&
           strncmp(st->text + q, de, strlen(de))) {
        q = zc_ext_next_char(st->text, q);
        more++;
    }
    // A list that ends its clause under a modal verb of a duty is the manner the duty asks
    // for (做到公开、透明、及时、准确; 确保上传数据全面、准确、及时; 确保…按时、安全上岗): the act is
    // bounded; before 的 it stays an attribute (提供及时、可区分、易于理解的提示), and after a
    // degree adverb a state compared (服务应当更加方便、及时、高效).
    for (;;) {
        if (q < ce && !strncmp(st->text + q, de, strlen(de)))
            return true;
        if (q >= ce) {
            if (more)
                return false;
            zc_modality m = zc_ext_modality(st, s, e);
            return !(m == ZC_MOD_MUST || m == ZC_MOD_SHOULD) ||
                   zc_ext_has(st, c->start, s, ZC_XT_CUE, ZC_XC_DEGREE);
        }
        if (strncmp(st->text + q, dun, strlen(dun)))
            return false;
        q += strlen(dun);
        int n = 0;
        while (q < ce && strncmp(st->text + q, dun, strlen(dun)) &&
               strncmp(st->text + q, de, strlen(de)) && n++ < 4)
            q = zc_ext_next_char(st->text, q);
        if (n > 4 || n == 0)
            return false;
    }
}

/* True when clause `c` holds an inspection mechanism (督导检查, 暗访, 回头看) and its actor is
 * no set of addressees opened by a prefix (各村于每周五前报送巡查情况: their duty). */
static bool own_inspection(const zc_ext_sent *st, const zc_ext_clause *c)
{
    // The mechanism first: the actor costs the sentence's words, and few clauses hold one.
    bool inspection = false;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, c->start, c->end, ZC_XT_ENF, -1);
         !inspection && i != SIZE_MAX; i = zc_ext_walk_next(st, &wi))
        // A bare check word (mode party: 检查, 监督) is no mechanism the clause names.
        inspection = ZC_EXT_HIT(st, i)->e->cls == ZC_CAT_INVESTIGATION &&
                     ZC_EXT_HIT(st, i)->e->mode != ZC_XE_PARTY;
    if (!inspection)
        return false;
    zc_vspan a = zc_ext_actor(st, c->start);
    return !(a.end > a.start && zc_ext_hit_at(st, a.start, ZC_XT_ACTOR, ZC_XA_PREFIX));
}

/* True when clause `c` aims its act at the bodies below the actor: a party cue (cues.tsv
 * enf_party: 对) right before the prefix of a set of addressees (每季度对各乡镇…开展一次督查,
 * 每天对各单位值班情况进行抽查): a superior's own rounds of supervision, no task a plan assigns. */
static bool steers_below(const zc_ext_sent *st, const zc_ext_clause *c)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, c->start, c->end, ZC_XT_CUE, ZC_XC_ENF_PARTY);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi))
        if (zc_ext_hit_at(st, ZC_EXT_HIT(st, i)->end, ZC_XT_ACTOR, ZC_XA_PREFIX))
            return true;
    return false;
}

/* True when [p, s), spaces before it aside, holds nothing but names (公安部) or names ended
 * by suffixes (局) joined by 、, with no prefix of a set of addressees (各乡镇). A name opens
 * with no verb or preposition and holds no 的: 向符合条件的失业人员, 对创业失败的失业登记人员,
 * 面向人工智能企业, 推动企事业单位 name whom the duty serves or moves, a class described, no
 * body acting on its own schedule. */
static bool names_before(const zc_ext_sent *st, size_t p, size_t s)
{
    while (p < s && st->text[p] == ' ')
        p++;
    if (p == s || zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_PREFIX))
        return false;
    for (size_t q = p; q < s;) {
        const char *sep = memmem(st->text + q, s - q, "、", strlen("、"));
        size_t e = sep ? (size_t)(sep - st->text) : s;
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (e == q ||
            !(zc_ext_hit_ending(st, e, ZC_XT_ACTOR, ZC_XA_SUFFIX) ||
              zc_ext_hit_ending(st, e, ZC_XT_ACTOR, ZC_XA_WORD)) ||
            memchr(st->text + q, ' ', e - q) || memmem(st->text + q, e - q, "的", strlen("的")) ||
            (w && (w->cls == ZC_XW_VERB || w->cls == ZC_XW_PREP)))
            return false;
        q = sep ? e + strlen("、") : s;
    }
    return true;
}

/* True when the actor is a bare kind of the parties a notice regulates, alone (cues.tsv
 * enf_party_noun: 企业, 机构): every addressee of that kind, no one named body (企业及时向
 * 市场监管总局提交…: heldout-genres 0178). */
static bool bare_kind(const zc_ext_sent *st, zc_vspan a)
{
    const zc_ext_hit *h = zc_ext_hit_at(st, a.start, ZC_XT_CUE, ZC_XC_ENF_PARTY_NOUN);
    return h && h->end == a.end;
}

/* True when the actor of the time at `s`, in its clause `c`, is one named body or list of
 * bodies (国家能源局、国家矿山安全监察局; 海珠区), no set of addressees with a prefix (各乡镇,
 * ——各推荐单位); or
 * when the time's clause opens with such names right before it (工业和信息化部、公安部及时
 * 对…进行评估: an adverb, no verb, follows them, so the actor finder takes them for none). */
static bool named_actor(const zc_ext_sent *st, const zc_ext_clause *c, size_t s)
{
    // Only an actor of its own clause: one of an earlier clause often names the addressee
    // whose procedure the sentence describes (经办机构…进行审核，…，及时反馈…).
    zc_vspan a = zc_ext_actor(st, s);
    if (a.end > a.start && a.start >= c->start)
        return !zc_ext_has(st, a.start, a.end, ZC_XT_ACTOR, ZC_XA_PREFIX) && !bare_kind(st, a);
    if (a.end > a.start)
        return false;
    return names_before(st, c->start, s);
}

/* True when the time at `s` takes its actor from outside its clause and that actor is one
 * named organ with no prefix (局, 部, 办: cues.tsv `organ`): the subject of an earlier clause
 * of its sentence (国家能源局、国家矿山安全监察局对…进行梳理汇总，定期公布), or, when its
 * sentence names none, the subject an earlier sentence of its paragraph that states no modal
 * verb passes on (国家医保局将定期调度…。每年选取…，适时总结推广). An addressee named by kind
 * (经办机构, 省级能源主管部门) ends with no organ word, and organs named by a class of levels
 * (设区的市、县（市）人民政府…每两年公布一次) are a set of addressees: their procedure stays a duty. */
static bool issuer_actor(zc_ext_sent *st, const zc_ext_clause *c, size_t s)
{
    zc_vspan a = zc_ext_actor(st, s);
    if (a.end > a.start)
        return a.start < c->start && zc_ext_organ_ends(st, a.end) &&
               !zc_ext_has(st, a.start, a.end, ZC_XT_ACTOR, ZC_XA_PREFIX) &&
               !zc_ext_has(st, a.start, a.end, ZC_XT_CUE, ZC_XC_LEVEL_CLASS);
    // The sentence opens with organs right before a time of theirs (工业和信息化部、公安部及时
    // 对…进行评估，…，适时调整…): a time follows the names, so the actor finder reads none.
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    if (c != first) {
        size_t t = first->start;
        while (t < first->end && !zc_ext_taken(st, t))
            t++;
        if (t < first->end && zc_ext_organ_ends(st, t) &&
            names_before(st, first->start, t))
            return true;
    }
    return zc_ext_carried_organ(st);
}

/* True when a charge (负责) before the time at [s, e) in its sentence sets the duty of a body
 * other than the document's issuer: 市财政局负责及时核实… in a city government's plan, not
 * 市工业和信息化局…负责服务运营，…定期审核评估 in that bureau's own 办法. The actor names the
 * issuer when it holds the issuer's name, or when one of its organ names ends it (市工业和信息化局
 * of 济南市工业和信息化局). */
static bool charged(const zc_ext_sent *st, size_t s, size_t e)
{
    if (!zc_ext_has(st, st->start, e, ZC_XT_CUE, ZC_XC_CHARGE))
        return false;
    zc_vspan a = zc_ext_actor(st, s);
    size_t n = st->issuer.end - st->issuer.start;
    if (a.end <= a.start || !n)
        return true;
    const char *is = st->text + st->issuer.start, *t = st->text;
    if (a.end - a.start >= n && memmem(t + a.start, a.end - a.start, is, n))
        return false;
    for (size_t p = a.start; p < a.end;) {
        p = zc_ext_next_char(t, p);
        if (p - a.start <= n && zc_ext_organ_ends(st, p) &&
            !memcmp(t + a.start, is + n - (p - a.start), p - a.start))
            return false;
    }
    return true;
}

/* True when a verb before the time at [s, e) in its sentence sets another's duty (责令, 督促;
 * 限期 is an order itself: 由…部门限期拆除), or a charge names a body other than the issuer. */
static bool order_before(const zc_ext_sent *st, size_t s, size_t e)
{
    return zc_ext_has(st, st->start, e, ZC_XT_CUE, ZC_XC_ORDER) || charged(st, s, e);
}

/* True when the time at [s, e) stands in a sanction condition (对…) and a failing follows it
 * in its clause (仍未, 依然没有): the bound the sanction enforces. */
static bool cond_deadline(const zc_ext_sent *st, const zc_ext_clause *c, size_t s, size_t e)
{
    if (!zc_ext_has(st, c->start, s, ZC_XT_CUE, ZC_XC_COND))
        return false;
    for (size_t q = e; q < c->end && q < e + 12; q = zc_ext_next_char(st->text, q))
        if (zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_FAIL))
            return true;
    return false;
}

static bool duty_verb_in(const zc_ext_sent *st, const zc_ext_clause *c, bool need);
static bool duty_follows(const zc_ext_sent *st, size_t s);
static bool strict_modal_at(const zc_ext_sent *st, size_t pos, bool ends);

/* True when the time [s, e) sits in a condition a 的 closes and a failing cue
 * stands before it in the clause (未在国家标准规定的期限内完成…的) or just after it (在规定期限内
 * 不能提交许可证件的, 20个工作日内不能完成…的): a failing of a period set elsewhere, no bound.
 * A calendar date so failed (对12月20日仍未达到…的) is cond_deadline's, asked before. */
static bool fail_cond(const zc_ext_sent *st, const zc_ext_clause *c, size_t s, size_t e)
{
    // A failing cue just after the time (在规定期限内不能提交…) or before it in its clause; a
    // violation cue counts as a failing (cues.tsv violate: 未依法划定或者及时调整…保护区的, 拒不
    // 执行…限期…的: its longer word hides 未).
    bool failed = zc_ext_has(st, c->start, s, ZC_XT_CUE, ZC_XC_FAIL) ||
                  zc_ext_has(st, c->start, s, ZC_XT_CUE, ZC_XC_VIOLATE);
    for (size_t q = e; q < c->end && q < e + 12 && !failed; q = zc_ext_next_char(st->text, q))
        failed = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_FAIL) != NULL;
    if (zc_ext_ends_in_de(st->text, e, c->end))
        return failed;
    // A condition may run on to a later clause its 的 closes, no modal verb of a duty before
    // that 的, with the failing in the time's clause (当事人在法定期限内不申请行政复议…，又不自行
    // 拆除…的，…应当…) or, the sentence's last clause, there (（五）…在进境以后向海关申报以前，…，
    // 不按照…指定的路线行进的；海关行政处罚实施条例). A later 的 after a duty is the next case
    // (应自收到申请之日起十日内作出书面答复，逾期不答复的).
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    for (const zc_ext_clause *d = first; d <= c; d++)
        if (duty_verb_in(st, d, true))
            return false;   // a duty's clause before: its manner (应当…采取定期巡查、不定期抽查)
    for (const zc_ext_clause *d = c + 1; d <= last; d++) {
        if (duty_verb_in(st, d, true))
            return false;
        if (zc_ext_ends_in_de(st->text, d->start, d->end))
            return failed || (d == last && zc_ext_has(st, d->start, d->end, ZC_XT_CUE, ZC_XC_FAIL));
    }
    return false;
}

/* True when the clause `c` holds a payment of a sum: an incentive entry that takes an amount
 * (奖励, 补助, 补贴: enforcement.tsv mode amount or needamount) — a reward or benefit to a
 * party, whose timing is no duty's bound (每年最多奖励…, 按月付给…补助费). An instrument named
 * as a whole (资金支持, 扶持, 表彰: mode word) is a body's own act, which a recurrence may
 * schedule (每年投入一定科研资金支持…项目). */
static bool clause_has_payment(const zc_ext_sent *st, const zc_ext_clause *c)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, c->start, c->end, ZC_XT_ENF, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_ent *e = ZC_EXT_HIT(st, i)->e;
        if (e->cls == ZC_CAT_INCENTIVE && (e->mode == ZC_XE_AMOUNT || e->mode == ZC_XE_NEEDAMOUNT))
            return true;
    }
    return false;
}

/* True when an incentive entry (enforcement.tsv category incentive: 补贴, 贴息, 免征, 奖励) stands
 * after `e` in the sentence, in the time's clause `c` (not 给予, a grant only with a sum: 作出是否
 * 给予行政许可的决定) or with a condition between (cues.tsv cond 对, 凡是; cond_end 的 closing a
 * clause): the time says who gets a benefit or for how long (对…在2022年4月25日至12月31日期间缴纳
 * 契税的，给予…补贴; 转制为企业后，五年内免征企业所得税), an eligibility window or a relief's
 * length, no duty's bound (GUIDELINES.md: eligibility dates, validity periods). A grant in a
 * later clause with no condition before it is a task the time may bound (二季度前…，落实财政资金). */
static bool grant_after(const zc_ext_sent *st, const zc_ext_clause *c, size_t e)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, e, st->end, ZC_XT_ENF, ZC_CAT_INCENTIVE);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        size_t g = h->start;
        if ((g < c->end && h->e->mode != ZC_XE_NEEDAMOUNT) ||
            zc_ext_has(st, e, g, ZC_XT_CUE, ZC_XC_COND) ||
            zc_ext_has(st, e, g, ZC_XT_CUE, ZC_XC_CONDEND))
            return true;
    }
    return false;
}

/* atoi of a string that starts with a digit (a date's year or day: a few digits), without
 * strtol's locale and sign handling: the deadline features read dates for every time. */
static int leading_int(const char *d)
{
    int v = 0;
    for (; *d >= '0' && *d <= '9'; d++)
        v = v * 10 + (*d - '0');
    return v;
}

/* The year, month and day a TIMEX3 value states (0 for a part it leaves out), false when it
 * states no year of its own (XXXX, null). */
static bool date_parts(const char *d, int *y, int *m, int *dd)
{
    *y = *m = *dd = 0;
    for (int k = 0; k < 4; k++)
        if (d[k] < '0' || d[k] > '9')
            return false;
    *y = leading_int(d);
    if (d[4] == '-' && d[5] >= '0' && d[5] <= '9' && d[6] >= '0' && d[6] <= '9') {
        *m = (d[5] - '0') * 10 + (d[6] - '0');
        if (d[7] == '-' && d[8] >= '0' && d[8] <= '9')
            *dd = leading_int(d + 8);
    }
    return true;
}

/* True when the time states a year later than that of the document's full date: it cannot
 * report the past (到2027年，累计培育…1000家 in a plan dated 2025-03-03; in a plan, a
 * five-year plan's period by its last year: “十五五”期间完成…共计约1.4万平方米 in 2026, while a
 * letter's 已经列入“十五”期间…规划 of 2004 reports); with `range`, a range by its end (从现在起到
 * 本世纪中叶 in 2020). */
static bool after_document_year(const zc_ext_sent *st, const zc_timex *t, bool range)
{
    int y, m, d, dy, dm, dd;
    return st->doc_date && strlen(st->doc_date) == 10 &&
           (t->kind == (range ? ZC_TX_RANGE : ZC_TX_DATE) ||
            (!range && t->plan && st->genre == ZC_XG_PLAN)) &&
           date_parts(t->date, &y, &m, &d) &&
           date_parts(st->doc_date, &dy, &dm, &dd) && y > dy;
}

/* True when the time's own year puts it wholly before the document date: a past event, an
 * eligibility date or a figure's reference time, no bound on a duty (2018年5月31日前注册 in
 * a call of 2019). Compared at the finest part both give. A document year read from its
 * text alone (a stated 2035年) is trusted only against a full date of the time, unless an
 * anniversary gave it (今年…是我们党成立99周年: 1952年至1954年 is past). */
static bool before_document(const zc_ext_sent *st, const zc_timex *t)
{
    int y, m, d, dy, dm, dd;
    if (!st->doc_date || !date_parts(t->date, &y, &m, &d) ||
        !date_parts(st->doc_date, &dy, &dm, &dd) || (!dd && !d && !st->year_sure))
        return false;
    // 春节后 in a speech of 2020-02-03: the festival's window is open (timex.c open_window).
    if (t->kind == ZC_TX_FESTIVAL && (!strcmp(t->relation, "after") ||
                                      !strcmp(t->relation, "around") ||
                                      !strcmp(t->relation, "within")))
        return false;
    if (y != dy || !m || !dm)
        return y < dy;
    if (m != dm || !d || !dd)
        return m < dm;
    return d < dd;
}

/* True when the time is a due date (before, by) in the document's year, both read to the
 * month: a plan's task due some months before its issue (2025年6月底前…完成 in a plan issued
 * 2025-08-28) was set when the plan was drafted; a past year is history. */
static bool due_same_year(const zc_ext_sent *st, const zc_timex *t)
{
    int y, m, d, dy, dm, dd;
    return st->doc_date && (!strcmp(t->relation, "before") || !strcmp(t->relation, "by")) &&
           date_parts(t->date, &y, &m, &d) && date_parts(st->doc_date, &dy, &dm, &dd) &&
           y == dy && m && dm;
}

/* True when the time [s, e) ends with a year marker longer than 年: 2024年度城乡居民医保征缴
 * 工作 names the year of a work, it heads no tasks. */
static bool year_of_work(const zc_ext_sent *st, size_t s, size_t e)
{
    for (size_t q = s; q < e; q = zc_ext_next_char(st->text, q)) {
        const zc_lexent *y = zc_lex_match(st->lx, ZC_LX_PERIOD, st->text + q, e - q, ZC_PK_YEAR);
        if (y && q + y->klen == e && y->klen > strlen("年"))
            return true;
    }
    return false;
}

/* True when `s` opens the clause `c`, spaces aside. */
static bool opens_clause(const zc_ext_sent *st, const zc_ext_clause *c, size_t s)
{
    size_t p = c->start;
    while (p < s && st->text[p] == ' ')
        p++;
    // A goal's modal verb may stand first (力争2025年…达100%, 确保2025年…).
    const zc_ext_hit *m = p < s ? zc_ext_hit_at(st, p, ZC_XT_MOD, -1) : NULL;
    if (m && m->end <= s && (m->e->cls == ZC_MOD_STRIVE || m->e->cls == ZC_MOD_MUST))
        for (p = m->end; p < s && st->text[p] == ' ';)
            p++;
    return p == s;
}

/* A start opens its clause, its preposition aside (从2019年起，…; 2020年起，…): a plan's year
 * from which the task after it runs. */
static bool start_opens(const zc_ext_sent *st, const zc_ext_clause *c, size_t s)
{
    size_t n = strlen("从");
    if (s >= c->start + n && (!strncmp(st->text + s - n, "从", n) ||
                              !strncmp(st->text + s - n, "自", n)))
        s -= n;
    return opens_clause(st, c, s);
}

/* It opens the first clause of its sentence: a plan year heading what follows, not a form's
 * date after its label (申报日期：2022年). */
static bool opens_sentence(const zc_ext_sent *st, const zc_ext_clause *c, size_t s)
{
    return c == &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0) && opens_clause(st, c, s);
}

/* True when a figure written in digits follows `e` in the sentence. */
static bool figure_after(const zc_ext_sent *st, size_t e)
{
    for (size_t q = e; q < st->end; q++)
        if (st->text[q] >= '0' && st->text[q] <= '9')
            return true;
    return false;
}

/* True when a figure written in digits follows `e` in the clause `c`: the recurrence of a
 * quota (镇级河长每月巡河不少于1次; 镇财政每年安排…不少于300万元). */
static bool figure_in_clause(const zc_ext_sent *st, const zc_ext_clause *c, size_t e)
{
    for (size_t q = e; q < c->end; q++)
        if (st->text[q] >= '0' && st->text[q] <= '9')
            return true;
    return false;
}

/* True when the time [s, e) is a deictic year of the present or the future (periods.tsv
 * deictic Y+0, Y+1: 今年, 本年度, 明年), whether or not the document date resolves it. */
static bool deictic_year(const zc_ext_sent *st, size_t s, size_t e)
{
    const zc_lexent *y = zc_lex_match(st->lx, ZC_LX_PERIOD, st->text + s, e - s, ZC_PK_DEICTIC);
    return y && y->klen == e - s && y->unit == 'Y' && y->offset >= 0;
}

/* True when a quantity follows `e` in the clause `c`, in digits or in Chinese numerals with a
 * unit and a value of ten or more (今年要扩大杂交水稻面积一千五百万亩; not 有一个显著的进步, 抓好
 * 三项工作, 第四次): the year
 * frames a quota or a figure, its period, no bound (heldout h21, h26). */
static bool quota_in_clause(const zc_ext_sent *st, const zc_ext_clause *c, size_t e)
{
    if (figure_in_clause(st, c, e))
        return true;
    for (size_t q = e; q < c->end; q = zc_ext_next_char(st->text, q)) {
        size_t n = 0;
        zc_number num;
        // 三个方面, 四项措施, 第四次: a count of items or an ordinal in words, no quota
        if (zc_num_parse(st->lx, st->text + q, c->end - q, &n, &num) && num.start == 0 &&
            num.unit[0] && (!num.chinese || num.value >= 10) &&
            !(q >= c->start + strlen("第") && !memcmp(st->text + q - strlen("第"), "第", strlen("第"))))
            return true;
    }
    return false;
}

/* True when a sum of money (元, 万元) or a share (%, ‰, ‱) follows the time at `e`, spaces
 * aside, perhaps after a cap or ceiling word (最高50万元, 不超过50万元): the recurrence is the
 * rate of the sum or of its cap (补贴上限为每年 50 万元, 每月800元, 违约金标准为每日万分之三,
 * 专项奖励，每年最高不超过50万元), no schedule of an act. A floor (每年不低于) may be a quota.
 * The sum may lie past the sentence's end when the splitter cut a spaced line before the figure
 * (补贴上限为每年 | 50 万元。). */
static bool sum_after(const zc_ext_sent *st, size_t e)
{
    size_t end = st->d->norm_len;
    while (e < end && st->text[e] == ' ')
        e++;
    const zc_ext_hit *cap = e < st->end ? zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_CAP) : NULL;
    if (cap)
        e = cap->end;
    size_t n = 0;
    zc_number num;
    return e < end && zc_num_parse(st->lx, st->text + e, end - e, &n, &num) &&
           (num.start == 0 || num.comparator[0] == '<') &&
           (!strcmp(num.unit, "元") || !strcmp(num.unit, "%") || !strcmp(num.unit, "‰") ||
            !strcmp(num.unit, "‱"));
}

/* True when a request cue before `s` in its sentence is followed by a comma or colon: the
 * time lies in the content of a request another body made (你省请求，国家尽快审核…). */
static bool request_before(const zc_ext_sent *st, size_t s)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, s, ZC_XT_CUE, ZC_XC_REQUEST);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        size_t q = zc_ext_skip_spaces(st, ZC_EXT_HIT(st, i)->end, s);
        if (q < s && (st->text[q] == ',' || st->text[q] == ':' ||
                      !strncmp(st->text + q, "，", strlen("，")) ||
                      !strncmp(st->text + q, "：", strlen("："))))
            return true;
    }
    return false;
}

/* True when a comparator word (控制在, 不超过) ends at `pos` or runs into the time there (the
 * 在 of 控制在 is also a time cue). */
static bool comparator_before(const zc_ext_sent *st, size_t pos, size_t end)
{
    size_t q = pos;
    for (int k = 0; k < 6 && q > st->start; k++) {   // comparator words are a few chars long
        q = zc_ext_prev_char(st->text, q);
        const zc_lexent *c = zc_lex_match(st->lx, ZC_LX_CMP, st->text + q, end - q, ZC_POS_PRE);
        if (c && q + c->klen >= pos)
            return true;
    }
    return false;
}

/* True when a bound length of time follows the time at `e` in its clause `c`: a comparator,
 * a count and a unit of time (不得少于6个月, 不超过8小时; 月 and 日 alone read as dates): the
 * recurrence is the period of an amount of time (每年用于项目的工作时间不得少于6个月), no
 * schedule of an act. */
static bool span_in_clause(const zc_ext_sent *st, const zc_ext_clause *c, size_t e)
{
    for (size_t q = e; q < c->end; q = zc_ext_next_char(st->text, q)) {
        long count;
        size_t n = (uint8_t)st->text[q] < 0x80 && st->text[q] >= '0' && st->text[q] <= '9' &&
                           comparator_before(st, q, c->end)
                       ? zc_num_int(st->lx, st->text + q, c->end - q, &count)
                       : 0;
        if (!n)
            continue;
        const zc_lexent *u =
            zc_lex_match(st->lx, ZC_LX_PERIOD, st->text + q + n, c->end - q - n, ZC_PK_UNIT);
        if (u && strcmp(u->key, "月") && strcmp(u->key, "日"))
            return true;
        q += n - 1;
    }
    return false;
}

/* True when the sentence opens with the document's name for itself (本规定自印发之日起执行，
 * …期满后根据实际情况适时调整; 本要点…将进行适时的调整): it speaks of the document, whose
 * revision is the issuer's own. (违反本条例…的 names it inside a condition: no subject.) */
static bool self_doc(const zc_ext_sent *st)
{
    size_t p = zc_ext_skip_opening(st, st->start, st->end, false);
    return zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_SELF_RULE) ||
           zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_SELF_PLAN) ||
           zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_SELF_GUIDE);
}

/* True when a noun or time word of the segmenter goes on after the time's end (2025年前沿,
 * 三年内容, 十年内乱): its boundary is the word's. A word the calendar grammar reads as a
 * recurrence of its own (每/月通报: a report) is no other word. */
static bool end_in_word(const zc_ext_sent *st, size_t e)
{
    if (!zc_ext_noun_across(st, e))
        return false;
    size_t last = zc_ext_prev_char(st->text, e), c = 0;
    const zc_ext_word *w = zc_ext_word_at(st, last);
    zc_timex t;
    return !(w && zc_timex_parse(st->lx, st->text + last, st->end - last, st->doc_date, &c, &t) &&
             t.kind == ZC_TX_RECUR && last + c >= w->end);
}

/* True when a future cue and a weak lead cue stand right before the time at `s` (中方将于明年
 * 举办…, 将在2025年建成): the time of an act announced, not a name of a year. */
static bool future_at(const zc_ext_sent *st, size_t s)
{
    while (s > st->start && st->text[s - 1] == ' ')
        s--;
    const zc_ext_hit *w = zc_ext_hit_ending(st, s, ZC_XT_CUE, ZC_XC_WEAK);
    return w && cue_ends_at(st, w->start, ZC_XC_FUTURE);
}

/* True when a verb whose object is a noun phrase (cues.tsv np_verb: 拓宽, 具备, 提供) ends right
 * before the time at `s`, and a 的 with a character after it follows the time in its clause
 * `c`: the time lies in the clause that describes the verb's object (拓宽及时反映社情民意的渠道,
 * 具备及时处置…的能力, 提出限期整顿的具体要求), it bounds no act. Reads characters only. */
static bool np_object(const zc_ext_sent *st, const zc_ext_clause *c, size_t s, size_t e)
{
    if (!cue_ends_at(st, s, ZC_XC_NP_VERB))
        return false;
    size_t ce = c->end;
    while (ce > e && st->text[ce - 1] == ' ')
        ce--;
    const char *d = e < ce ? memmem(st->text + e, ce - e, de, strlen(de)) : NULL;
    return d && (size_t)(d - st->text) + strlen(de) < ce;
}

/* True when a deictic period of three characters at most [s, e) (当月, 上周, 本季度) or a
 * five-year plan's period stands inside its clause right before a word that heads a noun phrase
 * (上报本季度工作进展, 纳入当月事故统计, 将上周行动开展情况…报送, 合理制定“十五五”期间土地供应
 * 计划): the period of what is reported or done, no bound. Before a verb (在受理当日办结) or
 * opening its clause (今年要完成…) it stays a time of the act. */
static bool period_noun(const zc_ext_sent *st, const zc_ext_clause *c, const zc_timex *t,
                        size_t s, size_t e)
{
    bool bare = t->deictic && (t->kind == ZC_TX_DATE || t->kind == ZC_TX_PERIOD) &&
                e - s <= 3 * 3;   // 当月, 年终; not a span (十日内)
    if (!(t->plan || bare) || opens_clause(st, c, s))
        return false;
    const zc_ext_word *w = zc_ext_word_at(st, e);
    return w && zc_ext_heads_np(w->cls);
}

/* True when 的 ends right before a time that writes no relation (…的限期治理, 特种设备的定期
 * 检验): the vague word heads the noun phrase 的 closes, a measure named. (规定的时限内 and
 * 收到申报的当日 write their own bound.) */
static bool de_before(const zc_ext_sent *st, const zc_timex *t, size_t s)
{
    return !strcmp(t->relation, "unspecified") && s >= st->start + strlen(de) &&
           !strncmp(st->text + s - strlen(de), de, strlen(de));
}

/* True when proposers (cues.tsv proposer: 一些地方和部门, 代表们) and right after them a verb of
 * proposing (建议, 提议; not closed by 的: 代表们提出的意见) stand before `s` in its sentence:
 * the time lies in the proposal reported (一些地方和部门建议，明确提出到2035年…), no duty of the
 * addressees. */
static bool others_propose(const zc_ext_sent *st, size_t s)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, s, ZC_XT_CUE, ZC_XC_PROPOSER);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *p = zc_ext_hit_at(st, ZC_EXT_HIT(st, i)->end, ZC_XT_CUE, ZC_XC_PROPOSE);
        if (p && p->end <= s && strncmp(st->text + p->end, de, strlen(de)))
            return true;
    }
    return false;
}

/* True when a sum of money (元, 万元) with no comparator before it follows the time at `e` in
 * its clause `c`: the recurrence is the rate of an amount (国家财政将每年安排支出1030多亿元),
 * while a quota (每年安排…不少于300万元) keeps its comparator. Numbers in digits only. */
static bool sum_in_clause(const zc_ext_sent *st, const zc_ext_clause *c, size_t e)
{
    for (size_t q = e; q < c->end; q++) {
        if (st->text[q] < '0' || st->text[q] > '9' ||
            (q > e && st->text[q - 1] >= '0' && st->text[q - 1] <= '9'))
            continue;
        size_t n = 0;
        zc_number num;
        if (zc_num_parse(st->lx, st->text + q, c->end - q, &n, &num) && num.start == 0 &&
            !strcmp(num.unit, "元") && !comparator_before(st, q, c->end))
            return true;
    }
    return false;
}

/* True when the speaker in the first person (cues.tsv speaker: 我, 我们) opens a clause of the
 * sentence as a word of its own and not before 的 or a noun (我国, 我省, 我县, 我们党 and 我们的 are
 * no subject): the
 * speaker's account (从7月下旬到9月下旬，我先后主持召开…; 我们…第一时间…通报). */
static bool speaker_own(const zc_ext_sent *st)
{
    // 在这一年内，我们应当…; 我们要在一九七五年完成…，为在一九八○年以前实现: a duty stated.
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, st->end, ZC_XT_MOD, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi))
        if (ZC_EXT_HIT(st, i)->e->cls != ZC_XM_STOP)
            return false;
    for (size_t i = 0; i < st->clauses.len; i++) {
        const zc_ext_clause *c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, i);
        size_t q = zc_ext_skip_spaces(st, c->start, c->end);
        const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_SPEAKER);
        // 我县, 我们党: a one-character noun after it makes 我 a determiner (our county), no
        // subject (我时刻关注着… is one).
        if (h && strncmp(st->text + h->end, de, strlen(de)) != 0 &&
            zc_ext_word_starts(st, h->start) && zc_ext_word_starts(st, h->end) &&
            !zc_ext_determined_at(st, h->end))
            return true;
    }
    return false;
}

/* True when a Chinese numeral with a unit or 百分之 follows `pos` in its clause (将增长百分之七十七,
 * 将达到一千二百一十亿吨公里): a quota. */
static bool chinese_figure_after(const zc_ext_sent *st, size_t pos)
{
    static const char pct[] = "百分之";   // the numeral grammar reads 百分之N as no unit
    const zc_ext_clause *c = zc_ext_clause_at(st, pos);
    if (c && pos < c->end && memmem(st->text + pos, c->end - pos, pct, strlen(pct)))
        return true;
    for (size_t q = pos; c && q < c->end; q = zc_ext_next_char(st->text, q)) {
        size_t n = 0;
        zc_number num;
        if (zc_num_parse(st->lx, st->text + q, c->end - q, &n, &num) && num.unit[0])
            return true;
    }
    return false;
}

/* True when 将 with a verb of a result (cues.tsv result: 将使, 将达到, 将得到) stands in the
 * time's clause or after it in its sentence, as words of their own: a forecast (五年内，…，
 * 将使我国的经济面貌开始发生变化); or such a verb apart from its 将 (cues.tsv result_late:
 * 得到解决, a future cue before it in its clause). */
static bool forecast_result(const zc_ext_sent *st, const zc_ext_clause *c)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, c->start, st->end, ZC_XT_CUE, ZC_XC_RESULT);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        // 到一九五七年，铁路货物周转量将达到一千二百一十亿吨公里: a plan's quota, no forecast.
        if (!zc_ext_cue_in_word(st, h->start, h->end) &&
            !figure_in_clause(st, zc_ext_clause_at(st, h->start), h->end) &&
            !chinese_figure_after(st, h->end))
            return true;
    }
    // 将 and the result apart (…问题，将在我们这一代人的手里历史性地得到解决): the verb counts
    // when a future cue stands before it in its clause.
    zc_ext_walk wl;
    for (size_t i = zc_ext_walk_in(&wl, st, c->start, st->end, ZC_XT_CUE, ZC_XC_RESULT_LATE);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wl)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        const zc_ext_clause *hc = zc_ext_clause_at(st, h->start);
        if (zc_ext_has(st, hc->start, h->start, ZC_XT_CUE, ZC_XC_FUTURE))
            return true;
    }
    return false;
}

/* True when the time [s, e) ends a verb of keeping hold (cues.tsv grip: 继续抓紧) and the word
 * of the segmenter right after it is a noun or a name (继续抓紧粮食生产): its object, no act timed.
 * Reads the words up to e only. */
static bool grip_noun(const zc_ext_sent *st, size_t s, size_t e)
{
    const zc_ext_hit *h = zc_ext_hit_ending(st, e, ZC_XT_CUE, ZC_XC_GRIP);
    if (!h || h->start > s)
        return false;
    return zc_ext_lex_noun_at(st, e);
}

size_t zc_ext_text_end(const char *text, size_t s, size_t e)
{
    static const char *const marks[] = { "。", "，", "；", "！", "：" };
    for (bool cut = true; cut && e > s;) {
        cut = false;
        if (text[e - 1] == ' ' || text[e - 1] == ',' || text[e - 1] == '.') {
            e--;
            cut = true;
        }
        for (size_t m = 0; m < ZC_NELEM(marks); m++)
            if (e >= s + strlen(marks[m]) &&
                !strncmp(text + e - strlen(marks[m]), marks[m], strlen(marks[m]))) {
                e -= strlen(marks[m]);
                cut = true;
            }
    }
    return e;
}

/* True when the bytes [s, e) end with 的, past spaces and a clause's or sentence's mark. */
bool zc_ext_ends_in_de(const char *text, size_t s, size_t e)
{
    e = zc_ext_text_end(text, s, e);
    return e >= s + strlen(de) && !strncmp(text + e - strlen(de), de, strlen(de));
}

/* True when the time [s, e) is judged, not bound: a judgement 是…的 (现代汉语八百词, 是 条: 是…的
 * states an assessment) holds it, either around it in its clause (各项工作部署是及时的) or as a
 * later clause of its sentence opening with 是 (认为…到2035年…翻一番，是完全有可能的; …的目标是
 * 可以实现的), or after it in its clause (…期间采取…措施是完全必要的): what the speaker judges
 * possible, timely or needed, no duty bounded. */
static bool judged(const zc_ext_sent *st, const zc_ext_clause *c, size_t s, size_t e)
{
    static const char shi[] = "是";
    if (s >= c->start + strlen(shi) && !strncmp(st->text + s - strlen(shi), shi, strlen(shi)) &&
        zc_ext_ends_in_de(st->text, e, c->end) && e + strlen("的") + 6 >= c->end)
        return true;
    // The time frames the subject of the judgement (疫情防控期间采取一些严格的管控措施是完全必要的).
    // (A time may run past its clause's end: 1—3月, 4—6月 read as one.)
    const char *j = e < c->end ? memmem(st->text + e, c->end - e, shi, strlen(shi)) : NULL;
    if (j && zc_ext_word_starts(st, (size_t)(j - st->text)) &&
        zc_ext_word_starts(st, (size_t)(j - st->text) + strlen(shi)) &&
        zc_ext_ends_in_de(st->text, (size_t)(j - st->text), c->end))
        return true;
    for (size_t i = 0; i < st->clauses.len; i++) {
        const zc_ext_clause *d = &ZC_VEC_AT(&st->clauses, zc_ext_clause, i);
        size_t q = zc_ext_skip_spaces(st, d->start, d->end);
        if (d->start <= c->start || strncmp(st->text + q, shi, strlen(shi)) ||
            !zc_ext_word_starts(st, q + strlen(shi)) || !zc_ext_ends_in_de(st->text, q, d->end))
            continue;
        return true;
    }
    return false;
}

/* True when the time at `s` opens a speech's date line: a sentence that begins with a dash
 * (——1955年7月5日至6日在第一届全国人民代表大会第二次会议上, the line under a title) with at most
 * spaces between: it dates the speech, it bounds nothing. Reads the few bytes before `s`. */
static bool dateline(const zc_ext_sent *st, size_t s)
{
    static const char dash[] = "—";
    size_t q = st->start;
    while (q < s && (st->text[q] == ' ' || st->text[q] == '-'))
        q++;
    if (q + strlen(dash) > s || strncmp(st->text + q, dash, strlen(dash)))
        return false;
    while (q + strlen(dash) <= s && !strncmp(st->text + q, dash, strlen(dash)))
        q += strlen(dash);
    // A horizon a plan's goal list opens with (——到2030年，…) is no date line.
    const zc_lexent *c = zc_lex_match(st->lx, ZC_LX_TCUE, st->text + s, st->end - s, -1);
    return zc_ext_skip_spaces(st, q, s) == s && !(c && c->kind == ZC_TC_PRE);
}

/* ---- the decision (dicts/rules/decide-deadline.tsv) ------------------------------------ */

/* The features the table may ask of a time, in the order of deadline_features. */
enum {
    DF_REF_TIME, DF_REF_BOUND, DF_FAIL_BEFORE, DF_NOTIME_BEFORE, DF_NOTIME_IN_CLAUSE,
    DF_MODAL_HERE, DF_PAGE_FURNITURE, DF_RECURRENCE, DF_VAGUE, DF_SPAN, DF_RANGE, DF_DATE,
    DF_SEASON, DF_NOTIME_AFTER, DF_BEFORE_OR_AFTER, DF_ATTRIB_AFTER, DF_BEFORE_DOCUMENT,
    DF_NO_DATE, DF_YEARS, DF_MODAL, DF_FUTURE_BEFORE, DF_STARTS, DF_REWARD_IN_CLAUSE,
    DF_OWN_INSPECTION, DF_RATE_AFTER, DF_PAST_CUE, DF_PAST, DF_FRAMES_PAST,
    DF_AFTER_DOC_YEAR, DF_COND_DEADLINE, DF_RELATION_CUE, DF_RANGE_WINDOW, DF_BARE_DATE,
    DF_YEAR_ONLY, DF_DEICTIC, DF_CLAUSE_PAST, DF_YEAR_OF_WORK, DF_CLAUSE_COMPARE,
    DF_OPENS_CLAUSE, DF_GOAL_HEADING, DF_FUTURE_IN_CLAUSE, DF_COND_IN_CLAUSE, DF_MODAL_AFTER,
    DF_TABLE_HEAD, DF_FUTURE_LEAD, DF_HEADING, DF_NAMED_ACTOR, DF_ORDER_BEFORE, DF_STATE_WORD,
    DF_FIGURE_IN_CLAUSE, DF_OWN_CALL, DF_MODAL_BESIDES, DF_ISSUER_ACTOR, DF_SUM_AFTER,
    DF_REQUEST_BEFORE, DF_SPAN_IN_CLAUSE, DF_SELF_DOC, DF_GENRE_RULE, DF_PAST_FRAME, DF_END_IN_WORD,
    DF_FUTURE_AT, DF_EXPECT_BEFORE, DF_MODAL_DUTY, DF_OTHERS, DF_NP_OBJECT, DF_DE_BEFORE,
    DF_OTHERS_PROPOSE, DF_SUM_IN_CLAUSE, DF_PRED_EVENT, DF_SPEAKER_OWN, DF_FORECAST_RESULT,
    DF_GRIP_NOUN, DF_FUTURE_IN_SENTENCE, DF_JUDGED, DF_CAPTION, DF_DATELINE, DF_SPAN_CUE,
    DF_DEICTIC_YEAR, DF_QUOTA_IN_CLAUSE, DF_TASK_LIST, DF_FAIL_COND, DF_BAN_AFTER, DF_ELIGIBLE,
    DF_SUPPOSE_BEFORE, DF_EXPECT_IN_CLAUSE, DF_COPULA_AFTER, DF_FUTURE_EARLIER, DF_RIGHT_WINDOW,
    DF_IN_TITLE, DF_IN_FORCE, DF_RANGE_AFTER_DOC, DF_ALT_BOUND, DF_RECEIVED_COND, DF_MEETING_AFTER,
    DF_FESTIVAL, DF_FUTURE_NEXT, DF_RIGHT_BEFORE, DF_MAY_BEFORE, DF_BY_BODY, DF_GENRE_PLAN,
    DF_OPENS_SENTENCE, DF_RELIEF_WINDOW, DF_EFFORT, DF_BOUND_NEXT, DF_ALONE, DF_LEAD_FRAME,
    DF_DEFINES_PERIOD, DF_MEASURED_AFTER, DF_MAY_AFTER, DF_YEAR_WRITTEN, DF_SCHEDULE_LINE,
    DF_GRANT_AFTER,
    DF_VALIDITY_BEFORE, DF_PLAN_NOUN, DF_PHASE_TIME, DF_TOTAL_AFTER, DF_OWN_LINE, DF_DAY_WRITTEN,
    DF_STEERS_BELOW, DF_PER_AFTER, DF_DONE_NOTE, DF_DONE_AFTER, DF_COLUMN_HEAD, DF_ASKED,
    DF_DUE_CELL, DF_WHOLE, DF_PLAN_PERIOD, DF_TASK_AFTER, DF_ISSUED_BEFORE, DF_START_OPENS,
    DF_WHOLE_NOTE, DF_DUE_SAME_YEAR, DF_PERIOD_NOUN, DF_BACKGROUND, DF_COUNT
};

_Static_assert(DF_COUNT <= ZC_DEC_MAXFEATURES, "decide.h: more features than a table's memo holds");

static const char *const deadline_features[DF_COUNT] = {
    "ref_time", "ref_bound", "fail_before", "notime_before", "notime_in_clause",
    "modal_here", "page_furniture", "recurrence", "vague", "span", "range", "date",
    "season", "notime_after", "before_or_after", "attrib_after", "before_document",
    "no_date", "years", "modal", "future_before", "starts", "reward_in_clause",
    "own_inspection", "rate_after", "past_cue", "past", "frames_past",
    "after_doc_year", "cond_deadline", "relation_cue", "range_window", "bare_date",
    "year_only", "deictic", "clause_past", "year_of_work", "clause_compare",
    "opens_clause", "goal_heading", "future_in_clause", "cond_in_clause", "modal_after",
    "table_head", "future_lead", "heading", "named_actor", "order_before", "state_word",
    "figure_in_clause", "own_call", "modal_besides", "issuer_actor", "sum_after",
    "request_before", "span_in_clause", "self_doc", "genre_rule", "past_frame",
    "end_in_word", "future_at", "expect_before", "modal_duty", "others", "np_object",
    "de_before", "others_propose", "sum_in_clause", "pred_event", "speaker_own",
    "forecast_result", "grip_noun", "future_in_sentence", "judged", "caption", "dateline",
    "span_cue", "deictic_year", "quota_in_clause", "task_list", "fail_cond", "ban_after",
    "eligible", "suppose_before", "expect_in_clause", "copula_after", "future_earlier",
    "right_window", "in_title", "in_force", "range_after_doc", "alt_bound", "received_cond",
    "meeting_after", "festival", "future_next", "right_before",
    "may_before", "by_body", "genre_plan", "opens_sentence", "relief_window", "effort",
    "bound_next", "alone", "lead_frame", "defines_period", "measured_after", "may_after",
    "year_written", "schedule_line",
    "grant_after", "validity_before", "plan_noun", "phase_time", "total_after", "own_line",
    "day_written", "steers_below", "per_after", "done_note", "done_after", "column_head",
    "asked", "due_cell", "whole", "plan_period", "task_after", "issued_before", "start_opens",
    "whole_note", "due_same_year", "period_noun", "background",
};

enum { DV_DEADLINE, DV_NONE };
static const char *const deadline_verdicts[] = { "deadline", "none" };
const zc_dec_spec zc_ext_deadline_spec = { deadline_features, DF_COUNT, deadline_verdicts, 2,
                                           NULL, 0 };

/* A time in question at [s, e) of its clause c. */
typedef struct time_cand {
    zc_ext_sent *st;      /* mutable for issuer_actor (a carried subject read late) */
    const zc_timex *t;
    bool event;           /* an event bound of a predicate (应在项目验收后进行) */
    size_t s, e;
    const zc_ext_clause *c, *last;
    int mod;              /* modality_of, -1 until asked (modal and modal_duty ask it) */
} time_cand;

/* A plan's period right before a noun phrase that a 的 later in its clause closes, no comma
 * setting it off (“十四五”时期经济社会发展的基本思路, 二、“十二五”时期消防工作的主要任务): it
 * dates what the noun names (“十二五”期间全市计划建设… is a frame of goals). */
static bool plan_noun(const zc_ext_sent *st, const zc_ext_clause *c, size_t e)
{
    const zc_ext_word *w = e < c->end ? zc_ext_word_at(st, e) : NULL;
    return w && zc_ext_heads_np(w->cls) &&
           memmem(st->text + e, c->end - e, "的", strlen("的")) != NULL;
}

/* The time [s, e), in brackets closed right after it, follows the short title of a numbered
 * item that opens the sentence ((一)建立工作机制(2021年8月)。结合本区实际…): the period of that
 * step of a schedule, as after a phase (阶段). The title is Han characters alone, 25 at most. */
static bool titled_step(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    size_t open = k->s - 1, q = zc_ext_skip_opening(st, k->c->start, open, false);
    if (k->c != &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0) || q == k->c->start ||
        open - q > 3 * 25 || k->e >= k->c->end || st->text[k->e] != ')')
        return false;
    for (size_t i = q; i < open; i++)
        if ((unsigned char)st->text[i] < 0x80)
            return false;
    return open > q;
}

/* The time [s, e) opens a bracketed note on a task and a verb of completion follows it, then
 * the note's end or its next item ((2020年2季度完成，市发展改革委牵头), (2021年2月底完成)): the
 * task's completion limit, a bound by that time whatever the document's date (a plan drafted
 * before its issue). */
static bool done_note(const zc_ext_sent *st, size_t s, size_t e)
{
    if (s <= st->start || st->text[s - 1] != '(')   // （ in the NFKC view
        return false;
    const zc_ext_hit *h = zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_DONE);
    return h && h->end < st->end &&
           (st->text[h->end] == ')' || st->text[h->end] == ',' || st->text[h->end] == ';');
}

/* The time fills a bracketed note after a full stop that closes its line (…人员档案资料等。（2025
 * 年6月—2025年9月）⏎): the window of the task item it closes, not a heading's stage (评估期（…）).
 * The 。 ends the sentence before, so it is read outside this one. */
static bool whole_note(const zc_ext_sent *st, size_t s, size_t e)
{
    static const char stop[] = "。";
    size_t n = strlen(stop);
    if (s < n + 1 || st->text[s - 1] != '(' || memcmp(st->text + s - 1 - n, stop, n) != 0 ||
        e >= st->end || st->text[e] != ')')
        return false;
    size_t q = e + 1;
    while (q < st->end && st->text[q] == ' ')
        q++;
    return q >= st->end || st->text[q] == '\n';
}

/* A verb of completion or achievement (cues.tsv done, achieve: 完成, 建成, 实现) right after the
 * time, or after one two-character word (2030年基本完成…改造, 2027年全面建成…): the year the work
 * is to be done by. */
static bool done_after(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    size_t q = zc_ext_skip_spaces(st, k->e, k->c->end);
    for (int i = 0; i < 2 && q < k->c->end; i++) {
        if (zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_DONE) ||
            zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_ACHIEVE))
            return true;
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w || w->end - w->start != 6)
            return false;
        q = w->end;
    }
    return false;
}

/* 截至2023年底，全县共有…1200户: the reference time of a figure; 报名时间截止到1月31日 with
 * no figure after it is a bound. (截至 is itself a past cue: only the cues outside count.) */
static bool ref_bound(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    return k->t->ref && !figure_after(st, k->e) &&
           !zc_ext_has(st, st->start, k->s, ZC_XT_CUE, ZC_XC_PAST) &&
           !zc_ext_has(st, k->e, st->end, ZC_XT_CUE, ZC_XC_PAST);
}

/* A past cue in the sentence, but a past adverb (已, 已经) with a 的 after it in its clause:
 * a relative clause that qualifies a noun (梳理已经成熟应用的智能建造相关技术，定期发布…:
 * heldout-plans2 P018), no report of the past. */
static bool past_cue(const zc_ext_sent *st)
{
    for (size_t i = zc_ext_next_hit(st, 0, st->start, st->end, ZC_XT_CUE, ZC_XC_PAST);
         i != SIZE_MAX; i = zc_ext_next_hit(st, i + 1, st->start, st->end, ZC_XT_CUE, ZC_XC_PAST)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (!zc_ext_hit_at(st, h->start, ZC_XT_CUE, ZC_XC_PAST_ADVERB))
            return true;
        const zc_ext_clause *c = zc_ext_clause_at(st, h->start);
        if (!memmem(st->text + h->end, c->end - h->end, "的", 3))
            return true;
    }
    return false;
}

/* True when the time [s, e) lies inside a title in 《》 of its sentence: a 《 before it that no
 * 》 closes before it, and a 》 after it (《关于“九五”期间黄金经济政策的请示》收悉), or in the
 * brackets right after a genre's name (cues.tsv doc_title: 行动计划（2025—2027年）): the name
 * of a document, no bound. */
static bool in_title(const zc_ext_sent *st, size_t s, size_t e)
{
    static const char open[] = "《", close[] = "》";
    // …行动计划（2025—2027年）: the period a document's name gives, inside its brackets, in
    // figures (7天公示（公示期间…） is a period of the procedure).
    size_t b = s >= st->start + 3 && !memcmp(st->text + s - 3, "（", 3) ? s - 3
               : s > st->start && st->text[s - 1] == '('      ? s - 1
                                                                : SIZE_MAX;
    if (b != SIZE_MAX && st->text[s] >= '0' && st->text[s] <= '9' &&
        zc_ext_hit_ending(st, b, ZC_XT_CUE, ZC_XC_DOC_TITLE))
        return true;
    // The last of 《 and 》 before s decides, read backwards from one lead byte of theirs to
    // the one before (0xe3 starts a char wherever it stands; most chars of the text are Han,
    // of other lead bytes): a 《 opens a title.
    const char *from = st->text + st->start;
    for (const char *q = st->text + s; (q = memrchr(from, 0xe3, (size_t)(q - from)));) {
        if (!memcmp(q, open, strlen(open)))
            return memmem(st->text + e, st->end - e, close, strlen(close)) != NULL;
        if (!memcmp(q, close, strlen(close)))
            return false;
    }
    return false;
}

/* True when the entry into force of the document (cues.tsv in_force: 施行之日起) ends right
 * before the time at `s`, spaces aside (自本办法施行之日起5年内，按照…标准), or a start the
 * text dates closes the clause before (自1995年起，五年内…): the span counts from that start.
 * Not when a weak lead cue opens the start's phrase, the document's name between them: 于本办法
 * 生效之日起六个月内制定并公布 times a duty as 于…前报送 does. */
static bool in_force(const zc_ext_sent *st, size_t s)
{
    static const char comma[] = "，", qi[] = "起";
    while (s > st->start && st->text[s - 1] == ' ')
        s--;
    const zc_ext_hit *f = zc_ext_hit_ending(st, s, ZC_XT_CUE, ZC_XC_IN_FORCE);
    if (f) {
        size_t q = f->start;
        for (int n = 0; n < 4 && q > st->start; n++)   // 本办法, 本条例, 本实施细则
            q = zc_ext_prev_char(st->text, q);
        for (; q < f->start; q = zc_ext_next_char(st->text, q))
            if (zc_ext_hit_ending(st, q, ZC_XT_CUE, ZC_XC_WEAK) && !strncmp(st->text + q, "本", 3))
                return false;
        return true;
    }
    // A start the text dates, alone in the clause before (自1995年起，五年内全部返还开发区).
    if (s >= st->start + strlen(comma) &&
        !strncmp(st->text + s - strlen(comma), comma, strlen(comma)))
        s -= strlen(comma);
    else if (s > st->start && st->text[s - 1] == ',')
        s--;
    else
        return false;
    return s >= st->start + strlen(qi) && !strncmp(st->text + s - strlen(qi), qi, strlen(qi)) &&
           zc_ext_taken(st, s - strlen(qi));
}

static bool alt_bound(const zc_ext_sent *st, size_t s);
static bool by_body(const zc_ext_sent *st, size_t w);

/* The clause after the condition the time stands in: a clause closed by 的 at or after the
 * time's, with no modal verb of a duty from the time's clause up to it; NULL when none. */
static const zc_ext_clause *after_condition(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    for (const zc_ext_clause *d = k->c; d < k->last; d++) {
        if (!zc_ext_ends_in_de(st->text, d == k->c ? k->e : d->start, d->end))
            continue;
        for (const zc_ext_clause *q = k->c; q <= d; q++)
            if (duty_verb_in(st, q, false))
                return NULL;
        return d + 1;
    }
    return NULL;
}

/* True when the time stands in a condition that a clause closed by 的 ends, with no modal verb
 * of a duty in it, and the clause after that condition grants only a permission and no sanction or
 * grant (自…起60日内…出现质量问题的，消费者可以…选择更换或者退货): the window of a party's
 * right, no duty's bound. A penalty the authority may impose (逾期…的，可以处…罚款) is no right. */
static bool right_window(const time_cand *k)
{
    const zc_ext_clause *n = after_condition(k);
    return n && zc_ext_modality(k->st, n->start, n->start) == ZC_MOD_MAY &&
           !zc_ext_has(k->st, n->start, n->end, ZC_XT_ENF, -1);
}

/* The condition of a relief from a sanction (违法行为轻微并及时改正，没有造成危害后果的，不予行政
 * 处罚: 行政处罚法 (2021) Art. 33, which local regulations repeat): the clause after it holds a
 * relief (cues.tsv enf_relief: 从轻, 减轻, 免予, 不予处罚); the time tells the case, no duty. */
static bool relief_window(const time_cand *k)
{
    const zc_ext_clause *n = after_condition(k);
    return n && zc_ext_has(k->st, n->start, n->end, ZC_XT_CUE, ZC_XC_ENF_RELIEF);
}

/* A time alone in its clause frames the clauses after it (1月10日至15日,镇…组成3个督查组,
 * …开展了督查; 1至2月,全县…同比增长8.6%): their past, up to the first modal cue. */
static bool frames_past(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    if (k->c >= k->last || !alone_in_clause(st, k->c, k->s, k->e))
        return false;
    // 到2025年，累计建成…: a year to come frames a total to reach, not the past.
    if (strlen(k->t->date) == 4 && zc_ext_hit_at(st, k->s, ZC_XT_CUE, ZC_XC_HORIZON))
        return false;
    for (const zc_ext_clause *n = k->c + 1; n <= k->last; n++) {
        if (n->past || n->compare)
            return true;
        if (zc_ext_modality(st, n->start, n->start) != ZC_MOD_NONE ||
            zc_ext_has(st, n->start, n->end, ZC_XT_CUE, ZC_XC_FUTURE))
            return false;
    }
    return false;
}

/* True when the issuer's call or evaluation cycle (cues.tsv `call`: 申报指南, 认定一次, 考核工作)
 * stands in its sentence up to the end of the time's clause (考核工作每年开展一次，于次年1月底
 * 前完成), or in the clause after it when the time ends its clause (每年10月底前，下发
 * 《…推荐通知》; 期间每年10月底前，下发…). */
static bool own_call(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    // The time ends its clause (期间每年10月底前，下发…: 期间 is no time of its own).
    if (!zc_ext_has(st, st->start, k->c->end, ZC_XT_CUE, ZC_XC_CALL) &&
        !(k->c < k->last && zc_ext_skip_spaces(st, k->e, k->c->end) == k->c->end &&
          zc_ext_has(st, (k->c + 1)->start, (k->c + 1)->end, ZC_XT_CUE, ZC_XC_CALL)))
        return false;
    // A set of addressees acting in the time's clause (各省份于…前完成对辖区内…的考核): the
    // cycle is theirs to carry out, a duty.
    zc_vspan a = zc_ext_actor(st, k->c->start);
    return !(a.end > a.start && zc_ext_hit_at(st, a.start, ZC_XT_ACTOR, ZC_XA_PREFIX));
}

/* True when a modal cue other than the time word itself (尽快 is one, strive; the 应 of 应即 is
 * a modal verb of its own) stands in its sentence up to the end of its clause: 尽快 alone does not make an act the addressees'
 * duty (发展改革委将…，尽快研究办理: the issuer's own promise). */
static bool modal_besides(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, k->c->end, ZC_XT_MOD, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        // A modal verb inside the time word counts (应即: 应), the word as a whole does not.
        if (h->e->cls != ZC_XM_STOP &&
            (h->end <= k->s || h->start >= k->e || h->end - h->start < k->e - k->s))
            return true;
    }
    return false;
}

/* The time's modality; a period alone in its clause heads the next one (“十四五”末，…要达到
 * 65%). (A date alone there mostly opens a story: 3月9日，科技部正式发布….) */
static zc_modality modality_of(time_cand *k)
{
    if (k->mod >= 0)
        return (zc_modality)k->mod;
    const zc_ext_sent *st = k->st;
    zc_modality m = zc_ext_modality(st, k->s, k->e);
    // A period, a named season, a deictic year or a start alone in its clause heads the next
    // one (今年，要突出抓好…; 在汛期，气象部门应当…; 自2019年1月1日起，各地要…), and so does an
    // event bound ending its clause (在办理注销登记前，应当…).
    if (m == ZC_MOD_NONE && k->c < k->last &&
        (((k->t->kind == ZC_TX_PERIOD || k->t->kind == ZC_TX_SEASON || k->t->start ||
           (k->t->kind == ZC_TX_DATE && deictic_year(st, k->s, k->e))) &&
          alone_in_clause(st, k->c, k->s, k->e)) ||
         (k->event && zc_ext_skip_spaces(st, k->e, k->c->end) == k->c->end)))
        m = zc_ext_modality(st, (k->c + 1)->start, (k->c + 1)->start);
    k->mod = (int)m;
    return m;
}

/* A modal verb of a duty governs the time: a permission (可以, 可) states none. */
static bool modal_duty(time_cand *k)
{
    zc_modality m = modality_of(k);
    return m != ZC_MOD_NONE && m != ZC_MOD_MAY;
}

/* A start alone in its clause whose next clause bounds a duty by a date (从2019年起，各有关
 * 部门于每年2月底前…报送): the start of the duty that date bounds, with no modal verb. A
 * programme's start has no such bound after it (从2019年1月1日起，实施…计划), nor does one whose
 * span it opens (自1995年起，五年内全部返还: the programme's period). */
static bool bound_next(time_cand *k)
{
    const zc_ext_sent *st = k->st;
    if (!k->t->start || k->c >= k->last || !alone_in_clause(st, k->c, k->s, k->e))
        return false;
    const zc_ext_clause *n = k->c + 1;
    for (size_t p = n->start; p < n->end; p = zc_ext_next_char(st->text, p)) {
        size_t used;
        zc_timex t;
        if (zc_ext_time_starts(st, p, &used) && zc_ext_time_at(st, p, &used, &t) && !t.start &&
            !t.ref && t.kind != ZC_TX_SPAN &&
            (!strcmp(t.relation, "before") || !strcmp(t.relation, "by")))
            return true;
    }
    return false;
}

/* A weak lead cue (在) right before the time, which fills its clause (在汛期，…) or stands right
 * before a modal verb of a duty (在禁采期应当…): a frame, not a noun's attribute (在防汛抢险地段
 * 通行). */
static bool lead_frame(time_cand *k)
{
    return cue_ends_at(k->st, k->s, ZC_XC_WEAK) &&
           (alone_in_clause(k->st, k->c, k->s, k->e) || strict_modal_at(k->st, k->e, false));
}

#define DBIT(f) (UINT64_C(1) << (f))
/* The features read straight off the time, its clause and the sentence: set before any row
 * is tried, so that the rows that ask them cost a mask test, not a call. */
#define DEADLINE_READY                                                                       \
    (DBIT(DF_REF_TIME) | DBIT(DF_RECURRENCE) | DBIT(DF_VAGUE) | DBIT(DF_SPAN) |               \
     DBIT(DF_RANGE) | DBIT(DF_DATE) | DBIT(DF_SEASON) | DBIT(DF_NO_DATE) | DBIT(DF_STARTS) |  \
     DBIT(DF_DEICTIC) | DBIT(DF_CLAUSE_PAST) | DBIT(DF_CLAUSE_COMPARE) | DBIT(DF_GOAL_HEADING))

static uint64_t deadline_ready(const time_cand *k)
{
    const zc_timex *t = k->t;
    return (t->ref ? DBIT(DF_REF_TIME) : 0) | (t->kind == ZC_TX_RECUR ? DBIT(DF_RECURRENCE) : 0) |
           (t->kind == ZC_TX_VAGUE ? DBIT(DF_VAGUE) : 0) |
           (t->kind == ZC_TX_SPAN ? DBIT(DF_SPAN) : 0) |
           (t->kind == ZC_TX_RANGE ? DBIT(DF_RANGE) : 0) |
           (t->kind == ZC_TX_DATE ? DBIT(DF_DATE) : 0) |
           (t->kind == ZC_TX_SEASON ? DBIT(DF_SEASON) : 0) | (!t->date[0] ? DBIT(DF_NO_DATE) : 0) |
           (t->start ? DBIT(DF_STARTS) : 0) | (t->deictic ? DBIT(DF_DEICTIC) : 0) |
           (k->c->past ? DBIT(DF_CLAUSE_PAST) : 0) |
           (k->c->compare ? DBIT(DF_CLAUSE_COMPARE) : 0) |
           (k->st->goal ? DBIT(DF_GOAL_HEADING) : 0);
}

/* True when text[lo, p) ends with the name of a period (…月, …日, …周, …节, …期, …时间). */
static bool ends_with_period_name(const zc_ext_sent *st, size_t lo, size_t p)
{
    static const char *const named[] = { "月", "日", "周", "节", "期", "时间" };
    for (size_t i = 0; i < ZC_NELEM(named); i++) {
        size_t n = strlen(named[i]);
        if (p >= lo + n && !memcmp(st->text + p - n, named[i], n))
            return true;
    }
    return false;
}

/* True when the time names when a period is, in a definition by the copula 为: the period
 * right before 为 and the time after it (伏秋汛期为每年的7月1日至10月31日, 供热起止时间为每年11月
 * 15日零时至次年3月15日二十四时), or the time before 为 and a named month, day, week or period
 * ending its clause (每年4月份为读书月, 每年三月为节约用水宣传月). No modal verb in its clause. */
static bool defines_period(const zc_ext_sent *st, const zc_ext_clause *c, size_t s, size_t e)
{
    static const char wei[] = "为", de[] = "的";
    if (zc_ext_has(st, c->start, c->end, ZC_XT_MOD, -1))
        return false;
    size_t q = zc_ext_skip_spaces(st, e, c->end), b = s;
    if (q + strlen(wei) <= c->end && !memcmp(st->text + q, wei, strlen(wei))) {
        size_t ce = zc_ext_skip_spaces_back(st, q, c->end);
        return ce - q <= 3 * 16 && ends_with_period_name(st, q + strlen(wei), ce);
    }
    // Back over 的 and a time read right before (为每年的7月1日…): 为 after a period's name.
    if (b >= c->start + strlen(de) && !memcmp(st->text + b - strlen(de), de, strlen(de)))
        b -= strlen(de);
    while (b > c->start && zc_ext_taken(st, zc_ext_prev_char(st->text, b)))
        b = zc_ext_prev_char(st->text, b);
    if (b < c->start + strlen(wei) + 3 || memcmp(st->text + b - strlen(wei), wei, strlen(wei)))
        return false;
    return ends_with_period_name(st, c->start, b - strlen(wei));
}

/* The features that tell a speaker's or report's narration, or a rule's statement, from a
 * duty: a forecast, a judgement, a supposition, an announcement (decide-deadline.tsv; the
 * government work reports and heldout-speeches), a period defined or a rate computed. */
static bool narration_feature(const time_cand *k, int id)
{
    const zc_ext_sent *st = k->st;
    const zc_ext_clause *c = k->c;
    static const char shi[] = "是";
    size_t q;
    switch (id) {
    case DF_EXPECT_IN_CLAUSE:   // 五年内预计…; 到1956年底，预计…将上升到: the time heads the forecast
        // The cue in the next clause first: most sentences hold none (st->hascls), and the
        // clause is then not read for its times.
        return zc_ext_has(st, st->start, c->end, ZC_XT_CUE, ZC_XC_EXPECT) ||
               (c < k->last && zc_ext_has(st, (c + 1)->start, (c + 1)->end, ZC_XT_CUE,
                                          ZC_XC_EXPECT) &&
                alone_in_clause(st, c, k->s, k->e));
    case DF_COPULA_AFTER: {   // 从一九七六年到一九八五年是关键的十年: the period is judged
        q = zc_ext_skip_spaces(st, k->e, c->end);
        size_t lim = c->end;
        // A plan's period alone in its clause, 是 opening the next (“十五五”时期，是…关键五年).
        if (k->t->plan && q == c->end && q < st->end && st->text[q] == ',') {
            q = zc_ext_skip_spaces(st, q + 1, st->end);
            lim = st->end;
        }
        return q + strlen(shi) <= lim && !strncmp(st->text + q, shi, strlen(shi)) &&
               zc_ext_word_starts(st, q) && zc_ext_word_starts(st, q + strlen(shi));
    }
    case DF_FUTURE_EARLIER:   // 我们将及时…, not the 把 of 我们及时将…
        return zc_ext_has(st, st->start, k->s, ZC_XT_CUE, ZC_XC_FUTURE);
    case DF_SUPPOSE_BEFORE:   // 如果…，全国每年就可以…: a case supposed
        return zc_ext_has(st, st->start, k->s, ZC_XT_CUE, ZC_XC_SUPPOSE);
    case DF_DEFINES_PERIOD:   // 伏秋汛期为每年的7月1日至10月31日: a period defined
        return defines_period(st, c, k->s, k->e);
    case DF_MEASURED_AFTER:   // 每日盗用水时间按十二小时计算: a computation's rate
        return rate_follows(st, k->e, c->end, ZC_XC_MEASURED);
    }
    return false;
}

/* The features of what frames the time (heldout-deadlines blind3..5): a title around it, the
 * document's entry into force before it, a range past the document's year, the alternative
 * of a bound read before it, a sanction received in a condition, a meeting convened or a ban
 * after it, 将 right after it. */
/* The first byte after the time, spaces aside, in its clause. */
static size_t after_time(const time_cand *k)
{
    return zc_ext_skip_spaces(k->st, k->e, k->c->end);
}

/* Where a ban on the time would start: right after it, or, when a span (a length) ends its
 * clause at a comma, at the next clause (自取得不动产权证之日起3年内，不得申请…); a named period
 * so followed is the season the ban holds in (森林防火期内，禁止…野外用火: a bound). */
static size_t ban_start(const time_cand *k)
{
    size_t q = after_time(k);
    const zc_ext_sent *st = k->st;
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    if (q < k->c->end || k->t->kind != ZC_TX_SPAN || k->c >= last || k->c->end >= st->end ||
        st->text[k->c->end] != ',')
        return q;
    return zc_ext_skip_spaces(st, (k->c + 1)->start, (k->c + 1)->end);
}

/* The start of the line around byte p of the view. */
static size_t line_start(const zc_ext_sent *st, size_t p)
{
    while (p > 0 && st->text[p - 1] != '\n')
        p--;
    return p;
}

/* Whether only spaces stand before byte p on its line: read back from p, not from the line's
 * start (a text with no line breaks is one line, and each time of it would read it all). */
static bool opens_line(const zc_ext_sent *st, size_t p)
{
    p = zc_ext_skip_spaces_back(st, 0, p);
    return p == 0 || st->text[p - 1] == '\n';
}

/* Whether the time [s, e) stands on a line of dates alone, spaces aside, as the time parser
 * reads them: its own (上海市人民政府办公厅⏎2021年5月20日⏎), or joint issuers' dates side by
 * side (2022年12月12日      2022年12月12日). The line is read at most DATE_LINE bytes either
 * way. */
enum { DATE_LINE = 120 };

static bool date_line(const zc_ext_sent *st, size_t s, size_t e)
{
    const char *t = st->text;
    size_t len = st->d->norm_len, a = s, b = e;
    for (; a > 0 && t[a - 1] != '\n'; a--)
        if (s - a > DATE_LINE)
            return false;
    for (; b < len && t[b] != '\n'; b++)
        if (b - e > DATE_LINE)
            return false;
    for (size_t i = a;;) {
        while (i < b && (t[i] == ' ' || t[i] == '\t'))
            i++;
        if (i == b)
            return true;
        size_t c = 0;
        zc_timex x;
        if (!zc_timex_parse(st->lx, t + i, b - i, st->doc_date, &c, &x) || !c ||
            (x.kind != ZC_TX_DATE && x.kind != ZC_TX_RANGE))
            return false;
        i += c;
    }
}

/* Whether the time opens a line that holds, besides it, at most a word of a table's column
 * (cues.tsv table_goal, table_base: 2025年计划, 2024年工作任务, 2030年目标值, 2026年 alone): a
 * column header of a table one cell a line, which the table reader leaves when no figure is
 * under it (a task table) or its rows break. No bound: the read gold marks none of 32. */
enum { COLUMN_HEAD_REST = 4 * 3 };

static bool column_head(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    size_t len = st->d->norm_len, e = k->e;
    if (!opens_line(st, k->s))
        return false;
    size_t q = e;
    while (q < len && st->text[q] != '\n' && q - e <= COLUMN_HEAD_REST + 3)
        q++;
    size_t r = zc_ext_skip_spaces_back(st, e, q);
    if (r - e > COLUMN_HEAD_REST || (q < len && st->text[q] != '\n'))
        return false;
    return r == e || zc_ext_text_has(st->x, st->text, e, r, ZC_XT_CUE, ZC_XC_TABLE_GOAL) ||
           zc_ext_text_has(st->x, st->text, e, r, ZC_XT_CUE, ZC_XC_TABLE_BASE);
}

/* Whether the time is a task's due time by its column or label (cues.tsv due_head): right
 * after the label and a colon (时间节点：5月完成), or opening a line under the header of such a
 * column in a table one cell a line (完成时限⏎责任部门⏎1⏎…⏎11月底). The lines above are read
 * back at most DUE_REACH bytes; a line longer than a cell's (DUE_CELL_MAX) is prose, and a
 * header of row numbers (序号) the top of a table without such a column. */
enum { DUE_REACH = 16000, DUE_CELL_MAX = 600 };

static bool due_cell(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    size_t p = zc_ext_skip_spaces_back(st, st->start, k->s);
    if (p > st->start && st->text[p - 1] == ':' &&   // ： in the NFKC view
        zc_ext_hit_ending(st, zc_ext_skip_spaces_back(st, st->start, p - 1), ZC_XT_CUE,
                          ZC_XC_DUE_HEAD))
        return true;
    if (!opens_line(st, k->s))
        return false;
    const char *t = st->text;
    for (size_t b = line_start(st, k->s); b > 0 && k->s - b <= DUE_REACH;) {
        size_t a = line_start(st, b - 1);
        size_t ls = zc_ext_skip_spaces(st, a, b - 1), le = zc_ext_skip_spaces_back(st, ls, b - 1);
        if (le - ls > DUE_CELL_MAX)
            return false;
        if (zc_ext_text_is(st->x, t, ls, le, ZC_XT_CUE, ZC_XC_DUE_HEAD))
            return true;
        if (zc_ext_text_is(st->x, t, ls, le, ZC_XT_CUE, ZC_XC_TABLE_SERIAL))
            return false;
        b = a;
    }
    return false;
}

/* Whether a task goes on after the time on its line: TASK_CHARS characters or more, the
 * first word no conjunction (“十五五”重点建设横沙、崇明海域项目; not a header's “十五五”目标 or
 * “十五五”主要发展指标, nor “十四五”及未来相当长一段时期, a list of periods). */
enum { TASK_CHARS = 8 };

static bool task_after(const time_cand *k)
{
    const zc_ext_sent *st = k->st;
    size_t q = zc_ext_skip_spaces(st, k->e, k->c->end), n = 0;
    const zc_ext_word *w = q < k->c->end ? zc_ext_word_at(st, q) : NULL;
    if (q >= k->c->end || (w && (w->cls == ZC_XW_CONJ || w->cls == ZC_XW_PUNCT)))
        return false;
    for (size_t i = q; i < st->end && st->text[i] != '\n' && n < TASK_CHARS;
         i = zc_ext_next_char(st->text, i))
        n++;
    return n >= TASK_CHARS;
}

static bool frame_feature(const time_cand *k, int id)
{
    switch (id) {
    case DF_IN_TITLE: return in_title(k->st, k->s, k->e);
    case DF_STEERS_BELOW: return steers_below(k->st, k->c);
    case DF_PER_AFTER:   // 每年每公里5000元: the period of a rate per unit
        return zc_ext_hit_at(k->st, zc_ext_skip_spaces(k->st, k->e, k->c->end), ZC_XT_CUE,
                             ZC_XC_PER) != NULL;
    case DF_DONE_NOTE:   // (2020年2季度完成，市发展改革委牵头): a task's completion limit
        return done_note(k->st, k->s, k->e);
    case DF_WHOLE_NOTE: return whole_note(k->st, k->s, k->e);
    case DF_DONE_AFTER: return done_after(k);
    case DF_COLUMN_HEAD: return column_head(k);
    case DF_DUE_CELL: return due_cell(k);
    case DF_TASK_AFTER: return task_after(k);
    case DF_ISSUED_BEFORE: return cue_ends_at(k->st, k->s, ZC_XC_ISSUED);   // 本通知发布1个月内
    case DF_WHOLE:   // 全年: a whole period, its time read from the document's date
        return zc_ext_text_is(k->st->x, k->st->text, k->s, k->e, ZC_XT_CUE, ZC_XC_WHOLE);
    case DF_ASKED: return zc_ext_asked(k->st, k->s);
    case DF_VALIDITY_BEFORE:   // 许可有效期最长不得超过三年: how long a permit holds
        return cue_ends_at(k->st, k->s, ZC_XC_VALIDITY);
    case DF_PLAN_NOUN:
        return k->t->plan && !strcmp(k->t->relation, "within") && plan_noun(k->st, k->c, k->e);
    case DF_PHASE_TIME:   // 集中整治阶段（5-7月）: the phase's period, in brackets after it
        return k->s > k->st->start && k->st->text[k->s - 1] == '(' &&   // （ in the NFKC view
               (cue_ends_at(k->st, k->s - 1, ZC_XC_PHASE) || titled_step(k));
    case DF_TOTAL_AFTER:   // 三年累计新增19台: the years a running total sums over
        return k->e - k->s > strlen("年") &&
               memcmp(k->st->text + k->e - strlen("年"), "年", strlen("年")) == 0 &&
               zc_ext_hit_at(k->st, k->e, ZC_XT_CUE, ZC_XC_TOTAL) != NULL;
    case DF_OWN_LINE:   // 上海市人民政府办公厅⏎2021年5月20日⏎: a date line
        return date_line(k->st, k->s, k->e);
    case DF_DAY_WRITTEN: {   // 2018年12月29日, 2023-03-06; not 2021年底, a day it resolves to
        // periods.tsv: a day marker (日, 号) or two date separators (-, /, .) in its text.
        size_t seps = 0;
        bool day = false;
        for (size_t i = k->s; i < k->e && !day; i = zc_ext_next_char(k->st->text, i)) {
            const char *p = k->st->text + i;
            day = zc_lex_match(k->st->lx, ZC_LX_PERIOD, p, k->e - i, ZC_PK_DAY) != NULL;
            seps += zc_lex_match(k->st->lx, ZC_LX_PERIOD, p, k->e - i, ZC_PK_DATESEP) != NULL;
        }
        return strlen(k->t->date) == strlen("YYYY-MM-DD") && (day || seps >= 2);
    }
    case DF_IN_FORCE: return in_force(k->st, k->s);
    case DF_ALT_BOUND: return k->event && alt_bound(k->st, k->s);
    case DF_RECEIVED_COND:   // 被限期停止活动的: a sanction received, named in a condition
        return zc_ext_has(k->st, k->c->start, k->s, ZC_XT_CUE, ZC_XC_RECEIVED) &&
               zc_ext_ends_in_de(k->st->text, k->e, k->c->end);
    case DF_MEETING_AFTER: return zc_ext_has(k->st, k->e, k->c->end, ZC_XT_CUE, ZC_XC_MEETING);
    case DF_FUTURE_NEXT:   // 及时将…纳入, 按时将…报送: 将 right after the time marks its object (把)
        return zc_ext_hit_at(k->st, zc_ext_skip_spaces(k->st, k->e, k->c->end), ZC_XT_CUE,
                             ZC_XC_FUTURE);
    case DF_RIGHT_BEFORE:   // 旅游者有权在旅游行程结束后三十日内，要求…: a party's right
        return zc_ext_has(k->st, k->c->start, k->s, ZC_XT_CUE, ZC_XC_ENF_RIGHT);
    case DF_BY_BODY:   // 由景区主管部门在许可前听取…: an event bound in a clause 由 opens
        return k->event && by_body(k->st, k->s);
    case DF_MAY_BEFORE:   // 可以定期报告: a permission right before it, the option's time
        return k->s > k->c->start &&
               zc_ext_hit_ending(k->st, k->s, ZC_XT_MOD, (int)ZC_MOD_MAY) != NULL;
    case DF_MAY_AFTER: {   // 2022年12月31日前可按规定申请…: a permission right after it
        const zc_ext_hit *h = zc_ext_hit_at(k->st, after_time(k), ZC_XT_MOD, -1);
        return h && h->e->cls == ZC_MOD_MAY;
    }
    case DF_BAN_AFTER: {   // 在…规定的期限内不得从事…, 三年内不予办理…: the length of a ban
        size_t q = ban_start(k);
        const zc_ext_hit *h = zc_ext_hit_at(k->st, q, ZC_XT_MOD, -1);
        const zc_ext_hit *v = zc_ext_hit_at(k->st, q, ZC_XT_ENF, -1);
        return (h && h->e->cls == ZC_MOD_PROHIBIT) || (v && v->e->cls == ZC_CAT_VETO);
    }
    default: return after_document_year(k->st, k->t, true);   // DF_RANGE_AFTER_DOC
    }
}

/* The kind of time a kind feature asks for. */
static int kind_feature(int id)
{
    switch (id) {
    case DF_RECURRENCE: return ZC_TX_RECUR;
    case DF_VAGUE: return ZC_TX_VAGUE;
    case DF_SPAN: return ZC_TX_SPAN;
    case DF_RANGE: return ZC_TX_RANGE;
    case DF_DATE: return ZC_TX_DATE;
    case DF_SEASON: return ZC_TX_SEASON;
    default: return ZC_TX_FESTIVAL;
    }
}

/* True when the time [s, e) writes the year of its date in digits (2027年底, 2022年末), not one
 * the document's date gives (2月2日 of a holiday schedule). */
static bool year_written(const zc_ext_sent *st, const zc_timex *t, size_t s, size_t e)
{
    return strlen(t->date) >= 4 && t->date[0] != 'X' &&
           memmem(st->text + s, e - s, t->date, 4) != NULL;
}

/* Whether the line starting at ls, of a view of len bytes, opens with a date or range of
 * dates, spaces aside. */
static bool dated_line(const zc_ext_sent *st, size_t ls, size_t len)
{
    while (ls < len && (st->text[ls] == ' ' || st->text[ls] == '\t'))
        ls++;
    const char *nl = memchr(st->text + ls, '\n', len - ls);
    size_t end = nl ? (size_t)(nl - st->text) : len, n;
    zc_timex t;
    return end > ls && zc_timex_parse(st->lx, st->text + ls, end - ls, st->doc_date, &n, &t) &&
           n && (t.kind == ZC_TX_DATE || t.kind == ZC_TX_RANGE);
}

/* True when the time [s, e) opens its line, a comma or colon right after it heading the rest,
 * and the line before or after it opens with a date too: a line of a timetable (2025年7-8月，
 * 数据融合；⏎2025年8月，水储量计算；⏎2025年9月，…), not a date line (2018年7月30日签发). */
static bool schedule_line(const zc_ext_sent *st, size_t s, size_t e)
{
    size_t ls = zc_ext_skip_spaces_back(st, 0, s), len = st->d->norm_len;
    size_t q = zc_ext_skip_spaces(st, e, st->end);
    if (!opens_line(st, s) || q >= st->end ||
        (st->text[q] != ',' && st->text[q] != ':'))   // ，and ： in the NFKC view
        return false;
    if (ls >= 2 && dated_line(st, line_start(st, ls - 1), len))
        return true;
    const char *nl = memchr(st->text + s, '\n', len - s);
    return nl && dated_line(st, (size_t)(nl - st->text) + 1, len);
}

/* A range between two days or two seasons (5月1日—5月20日, 今冬明春): a window of its own. */
static bool range_window(const zc_timex *t)
{
    size_t dl = strlen(t->date);
    return t->kind == ZC_TX_RANGE &&
           (dl == 10 || (dl == 7 && t->date[5] && strchr("SFW", t->date[5])));
}

static bool deadline_feature(void *ctx, int id)
{
    time_cand *k = ctx;
    const zc_ext_sent *st = k->st;
    const zc_timex *t = k->t;
    const zc_ext_clause *c = k->c;
    switch (id) {
    case DF_REF_TIME: return t->ref;
    case DF_REF_BOUND: return ref_bound(k);
    case DF_FAIL_BEFORE: return cue_ends_at(st, k->s, ZC_XC_FAIL);
    case DF_NOTIME_BEFORE: return cue_ends_at(st, k->s, ZC_XC_NOTIME);
    case DF_NOTIME_IN_CLAUSE: return zc_ext_has(st, c->start, k->s, ZC_XT_CUE, ZC_XC_NOTIME);
    case DF_MODAL_HERE: return zc_ext_modality(st, k->s, k->e) != ZC_MOD_NONE;
    case DF_PAGE_FURNITURE:   // a label earlier in the sentence governs its clauses (受理时间：…)
        return zc_ext_next_furniture(st, 0, st->start, c->end) != SIZE_MAX;
    case DF_RECURRENCE: case DF_VAGUE: case DF_SPAN: case DF_RANGE: case DF_DATE:
    case DF_SEASON: case DF_FESTIVAL: return (int)t->kind == kind_feature(id);
    case DF_NOTIME_AFTER: return zc_ext_has(st, k->e, c->end, ZC_XT_CUE, ZC_XC_NOTIME_POST);
    case DF_BEFORE_OR_AFTER: return !strcmp(t->relation, "before") || !strcmp(t->relation, "after");
    case DF_ATTRIB_AFTER:
        return zc_lex_match(st->lx, ZC_LX_TCUE, st->text + k->e, st->end - k->e, ZC_TC_ATTRIB);
    case DF_BEFORE_DOCUMENT: return before_document(st, t);
    case DF_DUE_SAME_YEAR: return due_same_year(st, t);
    case DF_PERIOD_NOUN: return period_noun(st, c, t, k->s, k->e);
    case DF_NO_DATE: return !t->date[0];
    case DF_YEARS: return t->duration[0] && t->duration[strlen(t->duration) - 1] == 'Y';
    case DF_MODAL: return modality_of(k) != ZC_MOD_NONE;
    case DF_FUTURE_BEFORE: return cue_ends_at(st, k->s, ZC_XC_FUTURE);
    case DF_STARTS: return t->start;
    case DF_START_OPENS: return t->start && start_opens(st, c, k->s);
    case DF_EFFORT: return t->effort;
    case DF_REWARD_IN_CLAUSE: return clause_has_payment(st, c);
    case DF_GRANT_AFTER: return grant_after(st, c, k->e);
    case DF_OWN_INSPECTION: return own_inspection(st, c);
    case DF_RATE_AFTER: return rate_follows(st, k->e, c->end, ZC_XC_RATE_END);
    case DF_PAST_CUE: return past_cue(st);
    case DF_PAST: return zc_ext_in_past(st, k->s);
    case DF_FRAMES_PAST: return frames_past(k);
    case DF_AFTER_DOC_YEAR: return after_document_year(st, t, false);
    case DF_COND_DEADLINE: return cond_deadline(st, c, k->s, k->e);
    case DF_RELATION_CUE: return has_relation_cue(st, k->s, k->e);
    case DF_SPAN_CUE: return span_cue(st, k->s, k->e);
    case DF_RANGE_WINDOW: return range_window(t);
    case DF_PLAN_PERIOD: return t->plan;   // “十四五”期间, 十二五末
    case DF_BACKGROUND: return st->genre == ZC_XG_PLAN && !st->plan;   // 一、发展基础
    case DF_BARE_DATE: return strlen(t->date) <= 4 || t->date[0] == 'X';
    case DF_YEAR_ONLY: return strlen(t->date) == 4 && t->date[0] != 'X';
    case DF_YEAR_WRITTEN: return year_written(st, t, k->s, k->e);
    case DF_SCHEDULE_LINE: return schedule_line(st, k->s, k->e);
    case DF_DEICTIC: return t->deictic;
    case DF_CLAUSE_PAST: return c->past;
    case DF_YEAR_OF_WORK: return year_of_work(st, k->s, k->e);
    case DF_CLAUSE_COMPARE: return c->compare;
    case DF_OPENS_CLAUSE: return opens_clause(st, c, k->s);
    case DF_OPENS_SENTENCE: return opens_sentence(st, c, k->s);
    case DF_GOAL_HEADING: return st->goal;
    case DF_FUTURE_IN_CLAUSE: return zc_ext_has(st, c->start, c->end, ZC_XT_CUE, ZC_XC_FUTURE);
    case DF_HEADING: return st->heading;
    case DF_NAMED_ACTOR: return named_actor(st, c, k->s);
    case DF_STATE_WORD: return state_word(st, c, k->s, k->e);
    case DF_FIGURE_IN_CLAUSE: return figure_in_clause(st, c, k->e);
    case DF_QUOTA_IN_CLAUSE:   // 今年，二氧化碳排放强度要降低3.1%以上: alone, it heads the next
        return quota_in_clause(st, c, k->e) ||
               (k->c < k->last && alone_in_clause(st, k->c, k->s, k->e) &&
                quota_in_clause(st, k->c + 1, (k->c + 1)->start));
    case DF_DEICTIC_YEAR: return t->kind == ZC_TX_DATE && deictic_year(st, k->s, k->e);
    case DF_TASK_LIST: return zc_ext_has(st, k->e, c->end, ZC_XT_CUE, ZC_XC_TASK_LIST);
    case DF_OWN_CALL: return own_call(k);
    case DF_MODAL_BESIDES: return modal_besides(k);
    case DF_ISSUER_ACTOR: return issuer_actor(k->st, c, k->s);
    case DF_SUM_AFTER: return sum_after(st, k->e);
    case DF_REQUEST_BEFORE: return request_before(st, k->s);
    case DF_SPAN_IN_CLAUSE: return span_in_clause(st, c, k->e);
    case DF_SELF_DOC: return self_doc(st);
    case DF_GENRE_RULE: case DF_GENRE_PLAN:
        return st->genre == (id == DF_GENRE_RULE ? ZC_XG_RULE : ZC_XG_PLAN);
    case DF_PAST_FRAME:   // 近一段时间，我们主要做了以下工作。一是及时制定…
        return zc_ext_past_account(st, k->s);
    case DF_OTHERS: return zc_ext_others_practice(st, k->s);
    case DF_END_IN_WORD: return end_in_word(st, k->e);
    case DF_FUTURE_AT: return future_at(st, k->s);
    case DF_MODAL_DUTY: return modal_duty(k);
    case DF_NP_OBJECT: return np_object(st, c, k->s, k->e);
    case DF_BOUND_NEXT: return bound_next(k);
    case DF_ALONE: return alone_in_clause(st, c, k->s, k->e);
    case DF_LEAD_FRAME: return lead_frame(k);
    case DF_DE_BEFORE: return de_before(st, t, k->s);
    case DF_OTHERS_PROPOSE: return others_propose(st, k->s);
    case DF_SUM_IN_CLAUSE: return sum_in_clause(st, c, k->e);
    case DF_PRED_EVENT: return k->event;
    case DF_FAIL_COND: return fail_cond(st, c, k->s, k->e);
    case DF_RIGHT_WINDOW: return right_window(k);
    case DF_RELIEF_WINDOW: return relief_window(k);
    case DF_SPEAKER_OWN: return speaker_own(st);
    case DF_FORECAST_RESULT: return forecast_result(st, c);
    case DF_GRIP_NOUN: return grip_noun(st, k->s, k->e);
    case DF_JUDGED: return judged(st, c, k->s, k->e);
    case DF_CAPTION: return zc_ext_has(st, c->start, c->end, ZC_XT_CUE, ZC_XC_CAPTION);
    case DF_DATELINE: return dateline(st, k->s);
    case DF_FUTURE_IN_SENTENCE: return zc_ext_has(st, st->start, st->end, ZC_XT_CUE, ZC_XC_FUTURE);
    case DF_EXPECT_BEFORE: return zc_ext_has(st, st->start, k->s, ZC_XT_CUE, ZC_XC_EXPECT);
    case DF_EXPECT_IN_CLAUSE: case DF_COPULA_AFTER: case DF_FUTURE_EARLIER:
    case DF_SUPPOSE_BEFORE: case DF_DEFINES_PERIOD: case DF_MEASURED_AFTER:
        return narration_feature(k, id);
    case DF_ORDER_BEFORE: return order_before(st, k->s, k->e);
    case DF_FUTURE_LEAD: return zc_ext_has(st, st->start, c->start, ZC_XT_CUE, ZC_XC_FUTURE);
    case DF_COND_IN_CLAUSE: return zc_ext_has(st, c->start, c->end, ZC_XT_CUE, ZC_XC_COND);
    case DF_ELIGIBLE:   // 对2018年1月1日后完工的技改项目: the set a condition names
        return !strcmp(t->relation, "after") && t->date[0] &&
               zc_ext_has(st, c->start, k->s, ZC_XT_CUE, ZC_XC_COND) &&
               zc_ext_has(st, k->e, c->end, ZC_XT_CUE, ZC_XC_CONDEND);
    case DF_MODAL_AFTER: return zc_ext_modality_after(st, k->s) != ZC_MOD_NONE;
    case DF_TABLE_HEAD: {
        const zc_ext_tspan *p = zc_ext_table_part(st, k->s, k->e);
        return p && p->what != ZC_XTS_INTRO;
    }
    }
    return frame_feature(k, id);   // the time's frame: its line, note, title, neighbours
}

/* The row that decides whether the time at [s, e) bounds a duty. */
static const zc_dec_row *decide(zc_ext_sent *st, const zc_timex *t, size_t s, size_t e,
                               bool event)
{
    time_cand k = { st, t, event, s, e, zc_ext_clause_at(st, s),
                    &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1), -1 };
    zc_dec_memo memo = { { DEADLINE_READY }, { deadline_ready(&k) }, deadline_feature, &k };
    return zc_dec_eval(&st->x->dec[ZC_XD_DEADLINE], &memo);
}

#define ZC_EXT_YEAR_LIST 8

static const char *rule_name(zc_tx_kind k)
{
    switch (k) {
    case ZC_TX_DATE: return "deadline.date";
    case ZC_TX_PERIOD: return "deadline.period";
    case ZC_TX_SPAN: return "deadline.span";
    case ZC_TX_FESTIVAL: return "deadline.festival";
    case ZC_TX_SEASON: return "deadline.season";
    case ZC_TX_RANGE: return "deadline.range";
    case ZC_TX_RECUR: return "deadline.recurrence";
    case ZC_TX_VAGUE: return "deadline.vague";
    }
    return "deadline.time";
}

/* Decides and emits the time t at [s, e) of its sentence: a record, or a rejected candidate
 * when the row `why` says none. */
/* A yearly recurring day (每年3月31日前) makes a later day of its sentence with no year of its
 * own recur with it (…，于5月31日前报送登记管理机关: 民办非企业单位登记管理暂行条例, heldout-
 * deadlines blind3 0027): XXXX-05-31, P1Y, not the document's year; so does a day of 次年 (每年
 * 11月1日至次年5月31日). */
static void yearly_carry(zc_ext_sent *st, const zc_timex *t, size_t s, size_t e, zc_record *r)
{
    zc_timex u;
    size_t c = 0;
    if (t->kind == ZC_TX_RECUR && !strcmp(t->recurrence, "P1Y") && !strncmp(t->date, "XXXX-", 5))
        st->yearly = true;
    else if (st->yearly && t->kind == ZC_TX_DATE && !t->recurrence[0] &&
             zc_timex_parse(st->lx, st->text + s, e - s, NULL, &c, &u)) {
        // 每年11月1日至次年5月31日: a day of the next year, which only the document date
        // resolved, recurs as well (XXXX-05-31; local forest fire regulations, corpus/laws L052).
        if (!u.date[0] && strlen(t->date) == 10 && t->date[4] == '-')
            snprintf(u.date, sizeof u.date, "XXXX%s", t->date + 4);
        if (strncmp(u.date, "XXXX-", 5))
            return;
        snprintf(r->date, sizeof r->date, "%s", u.date);
        snprintf(r->recurrence, sizeof r->recurrence, "P1Y");
    }
}

static zc_status emit_time(zc_ext_sent *st, const zc_timex *tp, size_t s, size_t e,
                           const zc_dec_row *why)
{
    zc_timex t = *tp;
    if (why->verdict == DV_NONE) {
        if (st->rejected && !zc_ext_reject(st, ZC_KIND_DEADLINE, s, e, &why, 1))
            return ZC_ENOMEM;
        return ZC_OK;
    }
    zc_record *r = zc_ext_emit(st, ZC_KIND_DEADLINE, s, e,
                               why->rule ? why->rule : rule_name(t.kind));
    if (!r)
        return ZC_ENOMEM;
    zc_ext_explain(r, &why, 1);
    snprintf(r->date, sizeof r->date, "%s", t.date);
    // 签约后10个工作日内: counted from an event, not from the document date; so is
    // every span of a rule (办法, 条例): it holds for each case from the case's event.
    if (t.kind == ZC_TX_SPAN &&
        (cue_ends_at(st, s, ZC_XC_EVENT) || st->genre == ZC_XG_RULE || after_event(st, s)))
        r->date[0] = '\0';
    // A rule names no day of a month alone: its 在三日前 counts back from each case's event
    // (停止供气的，应当在三日前予以公告), as 开工十五日前 does (GUIDELINES.md "Spans counted from an event").
    if (t.dayonly && st->genre == ZC_XG_RULE)
        r->date[0] = '\0';
    r->relation = relation_of(t.relation);
    if (done_note(st, s, e))
        r->relation = ZC_REL_BY;   // (2020年2季度完成): done by the quarter's end
    if (r->relation == ZC_REL_ON && cond_deadline(st, zc_ext_clause_at(st, s), s, e))
        r->relation = ZC_REL_BY;   // 对12月20日仍未达到…的: by that day
    snprintf(r->recurrence, sizeof r->recurrence, "%s", t.recurrence);
    yearly_carry(st, &t, s, e, r);
    r->task = zc_ext_task(st, s, e);
    // A time that stands alone in its clause (五一期间,各单位要…) frames the next one.
    size_t at = s;
    const zc_ext_clause *tc = zc_ext_clause_at(st, s);
    const zc_ext_clause *last =
        &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    if (tc < last && alone_in_clause(st, tc, s, e))
        at = (tc + 1)->start;
    r->modality = zc_ext_modality(st, at, at);
    // A bound ending its clause heads the next (被申请人在提出反请求的同时，应当…).
    if (r->modality == ZC_MOD_NONE && tc < last && zc_ext_skip_spaces(st, e, tc->end) == tc->end)
        r->modality = zc_ext_modality(st, (tc + 1)->start, (tc + 1)->start);
    // The condition's deadline takes the strength of the sanction after it.
    if (r->modality == ZC_MOD_NONE && cond_deadline(st, tc, s, e))
        r->modality = zc_ext_modality_after(st, s);
    r->actor = zc_ext_duty_actor(st, at);
    // A bound ending its clause takes the next clause's actor too (新建房屋交付使用前，建设单位
    // 应当…).
    if (r->actor.end <= r->actor.start && at == s && tc < last &&
        zc_ext_skip_spaces(st, e, tc->end) == tc->end)
        r->actor = zc_ext_actor(st, (tc + 1)->start);
    // The agent 由 names after the bound acts within it (工程竣工前由建设单位…申报).
    if (r->actor.end <= r->actor.start) {
        zc_vspan a = zc_ext_clause_actor(st, zc_ext_clause_at(st, at));
        if (a.start >= e && zc_ext_hit_ending(st, zc_ext_skip_spaces_back(st, e, a.start),
                                              ZC_XT_ACTOR, ZC_XA_AGENT))
            r->actor = a;
    }
    return ZC_OK;
}

/* True when the time states a year and nothing finer (2024年). */
static bool year_only(const zc_timex *t)
{
    return t->kind == ZC_TX_DATE && strlen(t->date) == 4 && t->date[0] != 'X';
}

/* True when t is a date to the day (2022-02-14, XXXX-05-16). */
static bool day_only(const zc_timex *t)
{
    return t->kind == ZC_TX_DATE && strlen(t->date) == 10;
}

/* True when a CJK punctuation mark starts at `r` (、。《》 of U+3000–U+303F, the fullwidth
 * ，：；？！（）, quotes “”). */
static bool cjk_punct(const zc_ext_sent *st, size_t r)
{
    const uint8_t *u = (const uint8_t *)st->text + r;
    return (u[0] == 0xE3 && u[1] == 0x80) ||
           (u[0] == 0xEF && u[1] == 0xBC && ((u[2] >= 0x81 && u[2] <= 0x8F) ||
                                             (u[2] >= 0x9A && u[2] <= 0xA0))) ||
           (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x98 && u[2] <= 0x9D);
}

/* The bound marks of an event in a predicate, their relation (后 after, 前 before, 时 on). */
static const struct { const char *mark, *rel; } event_marks[] = {
    { "的同时", "on" }, { "之日前", "before" }, { "之后", "after" }, { "以后", "after" }, { "之前", "before" },
    { "以前", "before" }, { "后", "after" }, { "前", "before" }, { "时", "on" },
};

#define ZC_EXT_EVENT_CHARS 16   /* the longest event phrase read after 在 (完成联合试运转并竣工验收) */
#define ZC_EXT_EVENT_REACH 48   /* the longest procedure a 前 bound closes (在向…机构申请办理…
                                   许可证或者办理备案手续之前: 互联网药品信息服务管理办法) */

/* The start of the first event verb (cues.tsv event_verb) that starts in [q, lim), or
 * SIZE_MAX: one walk over the hits there instead of a look-up at every char. */
static size_t first_event_verb(const zc_ext_sent *st, size_t q, size_t lim)
{
    if (zc_ext_lacks_class(st, ZC_XT_CUE, ZC_XC_EVENT_VERB))
        return SIZE_MAX;   // no hit of the sentence has the class (most sentences)
    for (size_t i = zc_ext_first_hit(st, q); i < st->hits.len; i++) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->start >= lim)
            break;
        if (h->e->tab == ZC_XT_CUE && h->e->cls == ZC_XC_EVENT_VERB)
            return h->start;
    }
    return SIZE_MAX;
}

/* Whether the bound mark m (event_marks) starts at `r` as a word of its own: not the 后 of 最后,
 * nor the 时 of 时间 (申请材料提交截止时间前: the mark is the 前 after the noun). */
static bool mark_at(const zc_ext_sent *st, size_t r, size_t cend, const char *mark)
{
    size_t ml = strlen(mark);
    if (r + ml > cend || st->text[r + 2] != mark[2] || strncmp(st->text + r, mark, ml) ||
        !zc_ext_word_starts(st, r))
        return false;
    return ml > 3 || zc_ext_word_starts(st, r + ml) || r + ml >= cend;
}

/* Whether [q, end) holds a character every bound mark and 期间 hold (后, 前, 时, 期), or with
 * `period` only, 期: where none is, event_bound finds no bound. Char by char (q starts one). */
static bool mark_char_in(const char *text, size_t q, size_t end, bool period)
{
    const uint8_t *u = (const uint8_t *)text;
    for (size_t r = q; r + 3 <= end; r += u[r] < 0x80 ? 1 : u[r] < 0xE0 ? 2 : u[r] < 0xF0 ? 3 : 4) {
        if (u[r] == 0xE6 && u[r + 1] == 0x9C && u[r + 2] == 0x9F)   // 期
            return true;
        if (period)
            continue;
        if (u[r] == 0xE5 && ((u[r + 1] == 0x90 && u[r + 2] == 0x8E) ||   // 后
                             (u[r + 1] == 0x89 && u[r + 2] == 0x8D)))    // 前
            return true;
        if (u[r] == 0xE6 && u[r + 1] == 0x97 && u[r + 2] == 0xB6)   // 时
            return true;
    }
    return false;
}

/* The end of an event bound that starts at `q`, right after a weak lead cue (在, 于), or 0:
 * within its clause, no punctuation or taken byte, the first bound mark (后, 前, 时, 的同时) at
 * most ZC_EXT_EVENT_CHARS characters after a verb of an event (cues.tsv event_verb: 项目验收后,
 * 收到通知后, 提出反请求的同时, 实施前) and, for 后, 时 and 的同时, as many after `q`; a 前 bound
 * may close a procedure of up to ZC_EXT_EVENT_REACH characters (在向…机构申请办理…或者办理备案
 * 手续之前). The characters of a title in 《》 are passed over uncounted (在申领《网络文化经营许可
 * 证》之前, 在《…资格证书》有效期届满前); a 、 joining acts or their objects counts as one
 * (在批准、核准项目前征求…意见, 浙江省旅游条例). 期间 at most ZC_EXT_EVENT_CHARS characters after
 * `q` closes the period of an activity or event, verb or none (在会议期间研究办理, 在潮汛、台风或者
 * 暴雨期间，应当…): within. Its relation goes to `rel`. A span right after it
 * (验收后三十日内) is the grammar's, left alone. With `ordered` (a modal verb of a duty right
 * before the lead cue: 应当在驶入前向…申请, 应当在用水前提交), a 前 bound needs no event verb:
 * the duty is timed before whatever act the event names. With `modal_before` (the modal verb
 * right before the lead cue), a stage closes it too (应在风险评估阶段完成: within). */
static size_t event_bound(const zc_ext_sent *st, size_t q, size_t cend, const char **rel,
                          bool ordered, bool modal_before)
{
    size_t lim = q + 4 * ZC_EXT_EVENT_REACH < cend ? q + 4 * ZC_EXT_EVENT_REACH : cend;
    static const char during[] = "期间";
    size_t v = first_event_verb(st, q, lim);
    if (!mark_char_in(st->text, q, cend, v == SIZE_MAX && !ordered) &&
        !(modal_before && zc_ext_has(st, q, cend, ZC_XT_CUE, ZC_XC_PHASE)))
        return 0;   // no bound can close (most clauses; with no verb only 期间, 阶段): no walk
    if (v == SIZE_MAX)
        v = cend;   // no verb: only 期间 counts (在会议期间, 在台风或者暴雨期间), or an ordered 前
    int n = 0, since = 0, item = 0;   // chars after q, the last verb's start, the last 、
    bool title = false, note = false;
    for (size_t r = q; r < cend && n < ZC_EXT_EVENT_REACH && since <= ZC_EXT_EVENT_CHARS;
         r = zc_ext_next_char(st->text, r)) {
        const uint8_t *u = (const uint8_t *)st->text + r;
        // A note in parentheses inside the subject or event (县（市、区）人民政府作出…决定前) counts
        // no characters, as a title does (the view folds （） to ASCII).
        if (u[0] == '(' || u[0] == ')' || note) {
            note = u[0] == '(' || (note && u[0] != ')');
            continue;
        }
        bool mark = u[0] == 0xE3 && u[1] == 0x80 && (u[2] == 0x8A || u[2] == 0x8B);   // 《 》
        bool dun = u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x81;   // 、 joins acts or objects
        if ((uint8_t)st->text[r] < 0x80 || zc_ext_taken(st, r) ||
            (cjk_punct(st, r) && !mark && !dun))
            return 0;
        if (mark)
            title = u[2] == 0x8A;
        if (mark || title)
            continue;
        // A verb, or a 、 after one opening the next object of its list (在核发建设项目选址意见书、
        // 建设用地规划许可证前), starts the count of the event's characters again.
        if (r >= v && (dun || zc_ext_hit_at(st, r, ZC_XT_CUE, ZC_XC_EVENT_VERB)))
            since = 0;
        if (dun)
            item = -1;
        if (r > q && item < ZC_EXT_EVENT_CHARS && mark_at(st, r, cend, during)) {
            *rel = "within";   // the period of an activity or event (防汛期间: GUIDELINES.md)
            return r + strlen(during);
        }
        // The stage of a procedure, as a period, its name a noun phrase up to twice an event's,
        // when a modal verb right before the lead cue times a duty by it (应在风险评估阶段完成,
        // 应在核提规划条件和建设工程设计方案审核阶段征询); a stage heading a clause (在实施阶段，
        // 要…) is the part of a process the clause speaks of, and a stage of two characters or
        // less a reference (在下列阶段, 在此阶段).
        const zc_ext_hit *ph = modal_before && n > 2 && item < 2 * ZC_EXT_EVENT_CHARS
                                   ? zc_ext_hit_at(st, r, ZC_XT_CUE, ZC_XC_PHASE)
                                   : NULL;
        if (ph) {
            *rel = "within";
            return ph->end;
        }
        for (size_t m = 0; m < ZC_NELEM(event_marks); m++) {
            size_t ml = strlen(event_marks[m].mark), c = 0;
            zc_timex t;
            bool before = !strcmp(event_marks[m].rel, "before");
            // An ordered 前 before any verb: an event of at most ZC_EXT_EVENT_CHARS (驶入前).
            bool bare = ordered && before && r <= v && n < ZC_EXT_EVENT_CHARS;
            if ((r <= v && !bare) || !mark_at(st, r, cend, event_marks[m].mark))
                continue;
            if (!before && n >= ZC_EXT_EVENT_CHARS)
                return 0;   // 后, 时: an event of at most ZC_EXT_EVENT_CHARS after 在
            if (zc_timex_parse(st->lx, st->text + r + ml, cend - r - ml, st->doc_date, &c, &t) &&
                c && t.kind == ZC_TX_SPAN)
                return 0;
            *rel = event_marks[m].rel;
            return r + ml;
        }
        n++;
        item++;
        since += r >= v;
    }
    return 0;
}

/* True when a modal verb of a duty (must, should) ends at `pos` or starts at `pos`, spaces
 * and one comma aside. */
static bool strict_modal_at(const zc_ext_sent *st, size_t pos, bool ends)
{
    static const char comma[] = "，";
    if (!ends && !strncmp(st->text + pos, comma, strlen(comma)))
        pos += strlen(comma);
    else if (!ends && st->text[pos] == ',')
        pos++;
    while (ends ? pos > st->start && st->text[pos - 1] == ' ' : st->text[pos] == ' ')
        ends ? pos-- : pos++;
    const zc_ext_hit *m = ends ? zc_ext_hit_ending(st, pos, ZC_XT_MOD, -1)
                               : zc_ext_hit_at(st, pos, ZC_XT_MOD, -1);
    return m && (m->e->cls == ZC_MOD_MUST || m->e->cls == ZC_MOD_SHOULD);
}

/* True when the clause holding `e` closes with 的, spaces aside: a condition (需要在有效期满后
 * 继续从事导游活动的，应当…), whose 需要 or 应 states no duty of its own. */
static bool clause_closes_de(const zc_ext_sent *st, size_t e)
{
    static const char de[] = "的";
    size_t q = zc_ext_clause_at(st, e > st->start ? e - 1 : e)->end;
    while (q > e && st->text[q - 1] == ' ')
        q--;
    return q >= e + strlen(de) && !strncmp(st->text + q - strlen(de), de, strlen(de));
}

/* True when the clause holding `w` opens with 由 (an article's number aside) and holds no modal
 * verb before `w`: it assigns its act to a body (由景区主管部门在许可前听取…意见, 由登记机关在设立
 * 登记时一并进行信息采集), a rule's duty with no modal verb (heldout-deadlines blind6); 由于 is no
 * 由. */
static bool by_body(const zc_ext_sent *st, size_t w)
{
    static const char by[] = "由";
    const zc_ext_clause *c = zc_ext_clause_at(st, w);
    size_t o = zc_ext_skip_spaces(st, c->start, c->end);
    o = zc_ext_skip_spaces(st, zc_ext_article_end(st, o, c->end), c->end);
    return o + strlen(by) < c->end && !strncmp(st->text + o, by, strlen(by)) &&
           zc_ext_word_starts(st, o + strlen(by)) && !zc_ext_has(st, o, w, ZC_XT_MOD, -1);
}

/* True when [s, e) holds a verb of an administrative act (cues.tsv event_verb) and none of an
 * occurrence (occur): a 时 frame of such an act is the time a duty keeps (在办理暂住证时，对…应
 * 核查…), one of an occurrence a condition (在运行中发生故障时). */
static bool admin_act_in(const zc_ext_sent *st, size_t s, size_t e)
{
    return zc_ext_has(st, s, e, ZC_XT_CUE, ZC_XC_EVENT_VERB) &&
           !zc_ext_has(st, s, e, ZC_XT_CUE, ZC_XC_OCCUR);
}

/* True when the weak lead cue [w, s) and the event bound up to `e` stand in a predicate a
 * modal verb of a duty governs: right before the cue (应在, 必须在), before a 并 right before
 * it (应…，并在实施前…公开), or right after the bound (在审批时应当征求, 在提出反请求的同时，
 * 应当…). Not a strive (争取在天保工程结束后…: the issuer's aim), nor a modal verb inside a
 * condition closed by 的, nor a bound 才 or 方可 follows (a prerequisite). A clause that 由 opens,
 * with no modal verb before the cue, assigns the act to a body: a rule's duty. */
static bool event_governed(const zc_ext_sent *st, size_t w, size_t e, const char *rel)
{
    static const char and[] = "并", only[] = "才", may[] = "方可";
    zc_modality m;
    // 才, 方可 right after it: the bound is the prerequisite of a possibility (要在第二个五年计划期间
    // 才能建成, 报…批准后，方可施工: heldout-deadlines blind6), no time a duty keeps.
    size_t a = zc_ext_skip_spaces(st, e, st->end);
    if (!strncmp(st->text + a, only, strlen(only)) || !strncmp(st->text + a, may, strlen(may)))
        return false;
    if (strict_modal_at(st, e, false))
        return true;
    if (clause_closes_de(st, e))
        return false;
    if (strict_modal_at(st, w, true))
        return true;
    if (by_body(st, w))
        return true;
    // A 前 or 期间 bound ending its clause heads the next when that clause states a duty and no
    // condition (在进行集体协商期间，企业及其职工应当维护…; 在最近期间，全国的人民公社都应当召开…),
    // as a bound with no 在 does (clause_event_bounds); 在交付表决前，提案人要求撤回的，应当… is a
    // condition, and so are most 时 and 后 frames (在运行中发生故障时，…企业应当…), but not a 时
    // frame of an administrative act (在办理暂住证时，对…应核查…: corpus/laws L011).
    const zc_ext_clause *c = zc_ext_clause_at(st, e > st->start ? e - 1 : e);
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    if ((!strcmp(rel, "before") || !strcmp(rel, "within") ||
         (!strcmp(rel, "on") && admin_act_in(st, w, e))) &&
        zc_ext_skip_spaces(st, e, c->end) == c->end && duty_follows(st, c->start))
        return true;
    // A 前 bound opening a clause in a string of duties an earlier clause's modal verb states
    // (应当按照安全技术规范的要求，在检验合格有效期届满前一个月向…提出…: heldout-deadlines blind4;
    // 应当按照供用水合同，在水量调度年度开始前向…缴纳…), no clause of the sentence closed by 的
    // (…，在海关作出行政处罚决定前，作为当事人的自然人死亡…，且无…承受人的: a condition).
    const zc_ext_clause *f = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    if (!strcmp(rel, "before") && c > f && zc_ext_skip_spaces(st, c->start, c->end) == w) {
        for (const zc_ext_clause *p = f; p <= last; p++)
            if (zc_ext_ends_in_de(st->text, p->start, p->end))
                return false;
        m = zc_ext_modality(st, w, e);
        return m == ZC_MOD_MUST || m == ZC_MOD_SHOULD;
    }
    return w >= st->start + strlen(and) && !strncmp(st->text + w - strlen(and), and, strlen(and)) &&
           (m = zc_ext_modality(st, w, e)) != ZC_MOD_NONE && m != ZC_MOD_STRIVE;
}

/* True when the event bound ending at `e` ends its clause and the next clause holds a time
 * already read (在接到…缴款通知后，必须在十五日内办理): the event anchors that time. Only a
 * time read counts, not a stretch a skip rule took (按附件2申报: heldout-genres 0178). */
static bool anchors_time(const zc_ext_sent *st, size_t e)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, e > st->start ? e - 1 : e);
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    size_t q = zc_ext_skip_spaces(st, e, c->end);
    if (q != c->end || c >= last)
        return false;
    for (q = (c + 1)->start; q < (c + 1)->end; q++) {
        uint32_t memo = ZC_VEC_AT(&st->timeat, uint32_t, q - st->start);
        if (zc_ext_taken(st, q) && memo && memo % 2 == 0)   // 1 + 2 * consumed + 1: a time
            return true;
    }
    return false;
}

/* Emits the event bound s..e (date null, relation rel) and takes its bytes. */
static zc_status emit_event(zc_ext_sent *st, size_t s, size_t e, const char *rel)
{
    zc_timex t;
    memset(&t, 0, sizeof t);
    t.kind = ZC_TX_SEASON;
    snprintf(t.relation, sizeof t.relation, "%s", rel);
    zc_ext_take(st, s, e);
    return emit_time(st, &t, s, e, decide(st, &t, s, e, true));
}

/* Event bounds of a predicate a weak lead cue opens (应在项目验收后进行, 并在实施前公开, 在提出
 * 反请求的同时，应当…): date null, decided by the table (pred_event: a modal verb of a duty). */
/* True when the event bound that starts at `s`, right after its weak lead cue, is the
 * alternative of a time read right before it (cues.tsv alt: 或, 或者): 在进入管理区四十八小时
 * 以前或在开出港启航以前 (外国籍非军用船舶通过琼州海峡管理规则): it bounds what that time bounds. */
static bool alt_bound(const zc_ext_sent *st, size_t s)
{
    const zc_ext_hit *w = zc_ext_hit_ending(st, s, ZC_XT_CUE, ZC_XC_WEAK);
    const zc_ext_hit *a = w ? zc_ext_hit_ending(st, w->start, ZC_XT_CUE, ZC_XC_ALT) : NULL;
    return a && a->start > st->start && zc_ext_taken(st, zc_ext_prev_char(st->text, a->start));
}

/* True when the clause after the one holding `s` states a duty (a modal verb of must or
 * should) and no condition (it does not close with 的): a 前 bound ending the clause of `s`
 * times that duty, whatever act its event names (在出售、运输动物、动物产品前，货主应当…报检;
 * 在决定召集本级人民代表大会会议前，应做下列筹备工作). */
static bool duty_follows(const zc_ext_sent *st, size_t s)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    return c && c < last && duty_verb_in(st, c + 1, false) &&
           !zc_ext_ends_in_de(st->text, (c + 1)->start, (c + 1)->end);
}

/* True when a 前 within an event's reach after `s`, in the clause ending at `cend`, has a modal
 * verb of a duty right after it (在纳管排放水污染物前应当配套建设…): it bounds that duty,
 * whatever act its event names, as a modal verb before the lead cue does (应在…前). */
static bool duty_after_before(const zc_ext_sent *st, size_t s, size_t cend)
{
    static const char before[] = "前";
    int n = 0;
    for (size_t r = s; r + strlen(before) <= cend && n <= ZC_EXT_EVENT_CHARS;
         r = zc_ext_next_char(st->text, r), n++)
        if (!memcmp(st->text + r, before, strlen(before)) &&
            r + strlen(before) < cend && strict_modal_at(st, r + strlen(before), false))
            return true;
    return false;
}

static zc_status event_bounds(zc_ext_sent *st)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, st->end, ZC_XT_CUE, ZC_XC_WEAK);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        size_t s = ZC_EXT_HIT(st, i)->end;
        const char *rel = NULL;
        // Read once (在 may hold two weak hits); 在 must end its word (not 在线提交…后).
        if (s >= st->end || zc_ext_taken(st, s) || !zc_ext_word_starts(st, s))
            continue;
        size_t cend = zc_ext_clause_at(st, s)->end;
        bool modal = strict_modal_at(st, ZC_EXT_HIT(st, i)->start, true);
        size_t e = event_bound(st, s, cend, &rel,
                               modal || duty_follows(st, s) || duty_after_before(st, s, cend),
                               modal);
        if (!e || !(event_governed(st, ZC_EXT_HIT(st, i)->start, e, rel) || alt_bound(st, s)) ||
            anchors_time(st, e))
            continue;
        zc_status rc = emit_event(st, s, e, rel);
        if (rc != ZC_OK)
            return rc;
    }
    return ZC_OK;
}

/* True when a modal verb of a duty (must, should) stands in the clause `c` itself; with `need`
 * false, a verb of need (cues.tsv need: 需要) is none: in a condition (因质量问题需要更换…的) it
 * states the party's case, no duty. */
static bool duty_verb_in(const zc_ext_sent *st, const zc_ext_clause *c, bool need)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, c->start, c->end, ZC_XT_MOD, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        int cls = h->e->cls;
        if (!need && zc_ext_hit_at(st, h->start, ZC_XT_CUE, ZC_XC_NEED))
            continue;
        if (cls == ZC_MOD_MUST || cls == ZC_MOD_SHOULD)
            return true;
    }
    return false;
}

/* Event bounds before 前 that open a clause with no 在 and head a next clause a modal verb of
 * a duty opens or holds (实施监理前，建设单位应当…; 施工前，应当…), or a modal verb of a duty
 * right after them in their clause (生产建设项目开工建设前应当重新编制…): date null. An event
 * with 后 and no 在 (工程竣工后，应当…) is mostly a condition, left alone. */
static zc_status clause_event_bounds(zc_ext_sent *st)
{
    bool duty = st->clauses.len &&
                duty_verb_in(st, &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0), true);
    for (size_t i = 0; i < st->clauses.len; i++) {
        const zc_ext_clause *c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, i);
        // Asked first: most clauses hold no modal verb of a duty and head no clause that does,
        // and their bound is not read; one of a duty itself is read only when it holds a 前.
        bool next_duty = i + 1 < st->clauses.len && duty_verb_in(st, c + 1, true);
        bool own_duty = duty;
        duty = next_duty;
        if (!next_duty && !(own_duty && memmem(st->text + c->start, c->end - c->start, "前",
                                              strlen("前"))))
            continue;
        size_t s = zc_ext_skip_spaces(st, c->start, c->end);
        // An article's number opens its first clause (第三十七条 封闭式景区开放经营前，…应当…).
        s = zc_ext_skip_spaces(st, zc_ext_article_end(st, s, c->end), c->end);
        const char *rel = NULL;
        size_t e = s < c->end && !zc_ext_taken(st, s)
                       ? event_bound(st, s, c->end, &rel, false, false)
                       : 0;
        if (!e || strcmp(rel, "before") ||
            !(zc_ext_skip_spaces(st, e, c->end) == c->end ? next_duty : strict_modal_at(st, e, false)))
            continue;
        zc_status rc = emit_event(st, s, e, rel);
        if (rc != ZC_OK)
            return rc;
    }
    return ZC_OK;
}

zc_status zc_ext_deadlines(zc_ext_sent *st)
{
    // Only the sentence's candidate bytes: elsewhere no time starts and nothing is skipped.
    size_t k = 0;
    for (size_t p = st->start; (p = zc_ext_next_cand(st, &k, p)) != SIZE_MAX;) {
        if (zc_ext_taken(st, p)) {
            p = zc_ext_next_char(st->text, p);
            continue;
        }
        // Inside a Latin or digit token (PM2.5, 640521001/2019): not a time of its own.
        if (p > st->start && (uint8_t)st->text[p - 1] < 0x80 &&
            ((st->text[p - 1] | 0x20) >= 'a' && (st->text[p - 1] | 0x20) <= 'z')) {
            p = zc_ext_next_char(st->text, p);
            continue;
        }
        // The last character of a longer word (于 of 由于, 关于, 对于) opens no time: the time,
        // if any, starts after it. Where no time starts and none is skipped, the next char is
        // next either way: the words are not asked.
        size_t q = zc_ext_next_char(st->text, p), c = 0;
        bool starts = zc_ext_time_starts(st, p, &c);
        if ((starts || c) && !zc_ext_word_starts(st, p) && zc_ext_word_starts(st, q)) {
            p = q;
            continue;
        }
        zc_timex t;
        bool ok = starts && zc_ext_time_at(st, p, &c, &t);
        if (!ok) {
            p = c ? p + c : zc_ext_next_char(st->text, p);
            continue;
        }
        size_t s = p, e = p + c;
        // 控制在5天以内: a span after a comparator verb is a quantity held down, a target.
        if (t.kind == ZC_TX_SPAN && comparator_before(st, s, e)) {
            p = zc_ext_next_char(st->text, p);
            continue;
        }
        // A list of times is one window (冬至、春节等农俗节日), but a list of years is one
        // bound each for the same task (2024年、2025年分别突破…: each year its own goal), and so
        // is each date of a recurrence's list (于每年6月、12月报送: twice a year).
        size_t ys[ZC_EXT_YEAR_LIST][2] = { { s, e } };
        char yd[ZC_EXT_YEAR_LIST][sizeof t.date];
        // So is each day of a list of days sharing the last one's cue (分别于2022年2月14日、
        // 5月16日、8月15日、11月14日前上报: four reports).
        bool days = day_only(&t);
        size_t ny = year_only(&t) || days ? 1 : 0;
        bool sched = false;   // 每年6月、12月: the dates after a recurrence's share its schedule
        if (ny)
            snprintf(yd[0], sizeof yd[0], "%s", t.date);
        for (;;) {
            const zc_ext_hit *j = zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_LIST);
            size_t c2;
            zc_timex t2;
            if (!j || !zc_timex_parse(st->lx, st->text + j->end, st->end - j->end,
                                      st->doc_date, &c2, &t2))
                break;
            if (t.kind == ZC_TX_RECUR && t2.kind == ZC_TX_DATE && t.date[0] && t2.date[0] &&
                !t2.recurrence[0] && strlen(t2.date) == strlen(t.date) && (sched || ny == 0)) {
                if (!sched) {   // ny is 0 here: the recurrence opens the list
                    snprintf(yd[0], sizeof yd[0], "%s", t.date);
                    sched = true;
                    ny = 1;
                }
                if (ny == ZC_EXT_YEAR_LIST)
                    break;
                ys[ny][0] = j->end;
                ys[ny][1] = j->end + c2;
                if (!strncmp(t.date, "XXXX", 4))   // a date of a yearly schedule has no year
                    memcpy(t2.date, "XXXX", 4);
                snprintf(yd[ny++], sizeof yd[0], "%s", t2.date);
                e = j->end + c2;
                continue;
            }
            if (sched || t2.kind != t.kind || strcmp(t2.recurrence, t.recurrence))
                break;   // 周调度、月通报: two schedules
            if (ny && ny < ZC_EXT_YEAR_LIST &&
                (days ? day_only(&t2) : year_only(&t2))) {
                ys[ny][0] = j->end;
                ys[ny][1] = j->end + c2;
                snprintf(yd[ny++], sizeof yd[0], "%s", t2.date);
                if (days && t2.relation[0] && !t.relation[0])
                    memcpy(t.relation, t2.relation, sizeof t.relation);
            } else
                ny = 0;
            e = j->end + c2;
            if (!t.date[0] || strcmp(t.date, t2.date))
                t.date[0] = '\0';
        }
        zc_ext_take(st, s, e);
        p = e;
        // The trigger starts after a weak lead cue (在1月25日前 → 1月25日前; 于每年6月 → 每年6月).
        const zc_ext_hit *w = zc_ext_hit_at(st, s, ZC_XT_CUE, ZC_XC_WEAK);
        size_t ts = w && w->end < ys[0][1] ? w->end : s;
        if (ny > 1) {
            // Decided once, at the first year (where its clause starts), emitted per year.
            ys[0][0] = ts;
            memcpy(t.date, yd[0], sizeof t.date);
            // A list of days is decided over the whole list: its last day holds the cue (前).
            const zc_dec_row *why = decide(st, &t, s, days ? e : ys[0][1], false);
            for (size_t i = 0; i < ny; i++) {
                memcpy(t.date, yd[i], sizeof t.date);
                zc_status rc = emit_time(st, &t, ys[i][0], ys[i][1], why);
                if (rc != ZC_OK)
                    return rc;
            }
            continue;
        }
        zc_status rc = emit_time(st, &t, ts, e, decide(st, &t, ts, e, false));
        if (rc != ZC_OK)
            return rc;
    }
    zc_status rc = event_bounds(st);
    return rc == ZC_OK ? clause_event_bounds(st) : rc;
}
