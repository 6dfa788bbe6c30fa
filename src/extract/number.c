/*
 * number.c — target and statistic records: every number expression of a sentence
 * (zc_num_parse) that no earlier rule took (times, fine amounts, never-number patterns).
 * A number is a target when a quota cue frames it (任务是 N, N的目标任务, 控制指标(N)) or
 * when a comparator cue (达, 控制在, 下降) states it in a goal context (a directive modal cue
 * in its clause, or a goal cue in its sentence) that reports no past; else it is a reported
 * figure, a statistic — unless it is page furniture, a size class (3000万元以上项目), a
 * number cut off by the excerpt's end, or a bare number with neither unit, scale nor cue.
 * The document's genre is the prior (GUIDELINES.md, plans and rules): in a plan a figure not
 * marked as past is a goal, in a rule a compared figure is a standard, and in both brackets
 * and the tiers and rates before a reward or fine make no record.
 * Those choices are rows of dicts/rules/decide-number.tsv and decide-statistic.tsv (decide.h):
 * this file computes the features the rows name (number_feature) and applies the verdict.
 * Reads the sentence's lexicon hits; fills RECORDS.md `target.indicator`, `comparator`,
 * `value`, `unit`, `approx`, `statistic.indicator`, `value`, `value_max`, `unit`, `approx`,
 * and `modality`, `actor` of targets.
 */
#define _GNU_SOURCE   // memmem
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

static bool is_ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* True when a hyphen at p joins two digits the reader did not take as one range (13-05地块,
 * JDC2-0201单元): a code's; not a range of units (10KHz-18GHz). */
static bool code_hyphen(const zc_ext_sent *st, size_t p)
{
    return st->text[p] == '-' && p > st->start && p + 1 < st->end &&
           st->text[p - 1] >= '0' && st->text[p - 1] <= '9' && st->text[p + 1] >= '0' &&
           st->text[p + 1] <= '9';
}

/* True when the number [s, e) carries a scale word (71.7亿). */
static bool has_scale(const zc_ext_sent *st, size_t s, size_t e)
{
    for (size_t q = s; q < e; q = zc_ext_next_char(st->text, q))
        if (zc_lex_match(st->lx, ZC_LX_SCALE, st->text + q, e - q, -1))
            return true;
    return false;
}

/* Opening and closing quotes: “”, the corner brackets 「」 that traditional texts use, and a
 * document's title marks 《》 (a figure inside names: 《关于印发…等6个工作方案的通知》). */
static bool open_quote(const char *p)
{
    return memcmp(p, "\xe2\x80\x9c", 3) == 0 || memcmp(p, "\xe3\x80\x8c", 3) == 0 ||
           memcmp(p, "\xe3\x80\x8a", 3) == 0;
}

static bool close_quote(const char *p)
{
    return memcmp(p, "\xe2\x80\x9d", 3) == 0 || memcmp(p, "\xe3\x80\x8d", 3) == 0 ||
           memcmp(p, "\xe3\x80\x8b", 3) == 0;
}

/* True when [s, e) lies inside quotes or title marks within its clause (a name or slogan). */
static bool in_quotes(const zc_ext_sent *st, size_t s, size_t e)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    const char *open = NULL;
    for (size_t q = c->start; q + 3 <= s; q = zc_ext_next_char(st->text, q)) {
        if (open_quote(st->text + q))
            open = st->text + q;
        else if (close_quote(st->text + q))
            open = NULL;
    }
    if (!open)
        return false;
    // 完成“全市全年新增1万个公共充电桩”建设目标: a goal in digits quoted after a verb of
    // achieving (cues.tsv achieve) is no name; a count in words stays a slogan (实现“两个确保”).
    size_t o = (size_t)(open - st->text);
    const zc_ext_hit *a = zc_ext_hit_ending(st, o, ZC_XT_CUE, ZC_XC_ACHIEVE);
    if (a && a->start >= c->start && st->text[s] >= '0' && st->text[s] <= '9')
        return false;
    for (size_t q = e; q + 3 <= c->end; q = zc_ext_next_char(st->text, q))
        if (close_quote(st->text + q))
            return true;
    return false;
}

/* True when an ellipsis follows `e`: the excerpt cut the number off (下降30.8%、8…). */
static bool cut_off(const zc_ext_sent *st, size_t e)
{
    return st->d->norm_len - e >= 3 && memcmp(st->text + e, "\xe2\x80\xa6", 3) == 0;   // …
}

/* True when [s, e) lies in a sanction condition closed by 的, or in a clause opening with a
 * procedure right before it (经两名以上…医生诊断，确认是精神病人的，予以强制住院治疗). */
static bool in_condition(const zc_ext_sent *st, size_t s, size_t e)
{
    const zc_ext_clause *cl = zc_ext_clause_at(st, s);
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    size_t lead = cl->start;
    while (lead < cl->end && st->text[lead] == ' ')
        lead++;
    bool procedure = cl < last && zc_ext_hit_at(st, lead, ZC_XT_CUE, ZC_XC_PROCEDURE);
    for (size_t i = 0; i < st->conds.len; i++) {
        const zc_vspan *c = &ZC_VEC_AT(&st->conds, zc_vspan, i);
        if ((s >= c->start && e <= c->end) ||
            (procedure && c->start <= (cl + 1)->start && c->end >= (cl + 1)->end))
            return true;
    }
    return false;
}

/* True when a size class N以上 + noun starts at `q` (3000万元以上项目); its end in *end. */
static bool size_class_at(const zc_ext_sent *st, size_t q, size_t lim, size_t *end)
{
    size_t c;
    zc_number n;
    if (!zc_num_parse(st->lx, st->text + q, lim - q, &c, &n) || !n.bound)
        return false;
    const zc_ext_hit *h = zc_ext_hit_at(st, q + c, ZC_XT_CUE, ZC_XC_SIZE);
    if (!h)
        return false;
    *end = h->end;
    return true;
}

/* True when 的 right at `e` opens a noun phrase a size cue ends within twelve characters, in
 * its clause (营业收入5000万元以上的规上工业企业, 投资十亿元以上的重大产业项目, 年主营业务收入
 * 200万元及以上的住宿业、餐饮业企业): the sum above is a size class of firms or projects, no
 * figure. A list of nouns joined by 、 stays one phrase. */
static bool size_noun_de(const zc_ext_sent *st, size_t e)
{
    if (e + 3 > st->end || memcmp(st->text + e, "的", 3) != 0)
        return false;
    size_t end = zc_ext_clause_at(st, e)->end, q = e + 3;
    for (int k = 0; k < 12 && q < end; k++, q = zc_ext_next_char(st->text, q)) {
        const zc_ext_word *w = zc_ext_word_at(st, q);   // NULL inside a word (工业企业)
        if (w && w->cls == ZC_XW_PUNCT && memcmp(st->text + q, "、", 3) != 0)
            return false;
        const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_SIZE);
        if (h && zc_ext_word_starts(st, h->end))
            return true;
    }
    return false;
}

/* True when the figure ending at `ne`, its cue words at `e`, is a size class: an open bound
 * (以上, 及以下) on a measure of size (cues.tsv size_unit: 平方米, 米, 立方米, 吨) right before a
 * noun phrase, which it classes (100米以上综合性商务楼, 1000立方米以下高炉); a count in a
 * classifier (建设5个以上园区) and a sum of money (应有10万元以上资金) quantify the noun. */
static bool measure_class(const zc_ext_sent *st, const zc_number *n, size_t ne, size_t e)
{
    if (!n->bound || e >= zc_ext_clause_at(st, e)->end ||
        !zc_ext_hit_ending(st, ne, ZC_XT_CUE, ZC_XC_SIZE_UNIT))
        return false;
    const zc_ext_word *w = zc_ext_word_at(st, e);
    return w && zc_ext_heads_np(w->cls);
}

/* True when the number at `s` is the first figure after a quota cue of its clause, past the
 * task's object (全年任务是引进3000万元以上项目3个): only words and size classes between. */
static bool quota_after_object(const zc_ext_sent *st, size_t s)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    size_t i = zc_ext_next_hit(st, 0, c->start, s, ZC_XT_CUE, ZC_XC_QUOTA_PRE);
    if (i == SIZE_MAX)
        return false;
    for (size_t q = ZC_EXT_HIT(st, i)->end; q < s;) {
        size_t c2, end;
        zc_number n;
        if (size_class_at(st, q, s, &end)) {
            q = end;
            continue;
        }
        if (zc_num_parse(st->lx, st->text + q, s - q, &c2, &n))
            return false;   // another figure comes first
        q = c2 ? q + c2 : zc_ext_next_char(st->text, q);
    }
    return true;
}

/* True when the figure at `s` is the one at `q` or a later member of the list of figures that
 * opens at q (12座小型水库、36口山塘: each member its figure, its noun and a list word). */
static bool in_list_from(const zc_ext_sent *st, size_t q, size_t s)
{
    if (q == s)
        return true;
    size_t k;
    zc_number n;
    while (q < s && zc_num_parse(st->lx, st->text + q, s - q, &k, &n)) {
        q += k;   // a member: its figure, its noun up to the list word, the next figure
        while (q < s && !zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_LIST))
            q = zc_ext_next_char(st->text, q);
        const zc_ext_hit *h = q < s ? zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_LIST) : NULL;
        if (!h)
            return false;
        q = zc_ext_skip_spaces(st, h->end, s);
        if (q == s)
            return true;
    }
    return false;
}

/* Whether the stock word `h` (现有) right follows a verb in its clause: an adjective of the
 * verb's object (2年内完成现有31条…治理任务: the existing roads are the goal's). */
static bool verb_object(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    size_t p = h->start;
    for (int k = 0; k < 4 && p > c->start; k++) {   // the word ending right before it
        p = zc_ext_prev_char(st->text, p);
        const zc_ext_word *v = zc_ext_word_at(st, p);
        if (v)
            return v->end == h->start && v->cls == ZC_XW_VERB;
    }
    return false;
}

/* True when the figure `n` at `s` counts a stock: an inventory cue ends right before it (全县18个
 * 乡镇), or before the first figure of the list it ends (全镇12座小型水库、36口山塘), or a
 * verb of present possession comes before it in its clause (现有养殖小区和大户60户). A share
 * counts none: 全区70%街道成为… is a part of the stock, what is to happen to it. */
static bool inventory_at(const zc_ext_sent *st, const zc_number *n, size_t s)
{
    if (strcmp(n->unit, "%") == 0)
        return false;
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    const zc_ext_hit *h = zc_ext_hit_ending(st, s, ZC_XT_CUE, ZC_XC_INVENTORY);
    if (h && !verb_object(st, h, c))
        return true;
    // 柳南乡现有养殖小区和大户60户: what the clause's subject has now, whatever noun comes first.
    zc_ext_walk w;
    for (size_t i = zc_ext_walk_in(&w, st, c->start, s, ZC_XT_CUE, ZC_XC_STOCK_VERB);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &w))
        if (!verb_object(st, ZC_EXT_HIT(st, i), c))
            return true;
    size_t q;
    // A means the clause names with 以…为抓手 (以8个国家算力枢纽、10个国家数据中心集群为抓手):
    // a count right after 以 is of what there is to use, as after 全县 (cues.tsv means).
    if (c->start + 3 <= s && memcmp(st->text + c->start, "以", 3) == 0 &&
        zc_ext_has(st, s, c->end, ZC_XT_CUE, ZC_XC_MEANS)) {
        q = zc_ext_skip_spaces(st, c->start + 3, s);
    } else {
        size_t i = zc_ext_next_hit(st, 0, c->start, s, ZC_XT_CUE, ZC_XC_INVENTORY);
        if (i == SIZE_MAX || verb_object(st, ZC_EXT_HIT(st, i), c))
            return false;
        q = ZC_EXT_HIT(st, i)->end;
    }
    return in_list_from(st, q, s);
}

/* True when the figure [s, e) is of the scope a task works within: a scope preposition, a
 * word of its own, right before it or before the first figure of the list it ends (围绕37条
 * 产业链和40个产业集群, 纵向与13个市…平台互联, 在107个重点集群中优选试点), the noun counted
 * after it in its clause (…数在7797人 states a figure), and no figure or bound word before the
 * preposition in its clause (建成5个园区与10个基地: 与 joins two goals there). */
static bool scope_at(const zc_ext_sent *st, size_t s, size_t e)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    size_t i = zc_ext_next_hit(st, 0, c->start, s, ZC_XT_CUE, ZC_XC_SCOPE);
    if (i == SIZE_MAX)
        return false;
    const zc_ext_hit *h = ZC_EXT_HIT(st, i);
    // 间隔宜在50-100米间: after a modal verb 在 states the standard's value, no scope.
    if (!zc_ext_word_starts(st, h->start) || !zc_ext_word_starts(st, h->end) ||
        zc_ext_hit_ending(st, h->start, ZC_XT_MOD, -1) ||
        zc_ext_skip_spaces(st, e, c->end) == c->end ||
        !in_list_from(st, zc_ext_skip_spaces(st, h->end, s), s))
        return false;
    for (size_t q = c->start; q < h->start; q = zc_ext_next_char(st->text, q)) {
        size_t k;
        zc_number n;
        const zc_lexent *m = zc_lex_match(st->lx, ZC_LX_CMP, st->text + q, h->start - q, -1),
                        *b = zc_lex_match(st->lx, ZC_LX_APPROX, st->text + q, h->start - q, -1);
        if (zc_num_parse(st->lx, st->text + q, h->start - q, &k, &n) ||
            (m && q + m->klen == h->start) || (b && b->bound && q + b->klen == h->start))
            return false;   // 至少在2类装备上应用: the bound word bounds the count
    }
    return true;
}

/* Whether the time t of n bytes at p is a day written with no year, alone before a comma (4月12日，
 * …发生火灾，造成8人死亡 in a notice of 2021-06-23), on a day of the document's own year before
 * its date: the parser resolves it toward the future, but an event told so is what happened. */
static bool past_day(const zc_ext_sent *st, size_t p, size_t n, const zc_timex *t)
{
    const char *d = st->doc_date;
    return strlen(t->date) == 10 && strlen(d) == 10 && !strcmp(t->relation, "on") &&
           !memmem(st->text + p, n, "年", 3) && strncmp(t->date, d, 4) > 0 &&
           strcmp(t->date + 4, d + 4) < 0 && p + n < st->end &&
           zc_ext_is_clause_end(st->text, p + n, st->end);
}

/* Whether the sentence opens with a time wholly before the document's date, at the time's
 * own precision: a year before the document's (2023年,全市…为38微克/立方米 in a 2024 plan), or
 * a month or day of its year before its date (2022年3月8日…发生火灾，事故造成7人死亡 in a notice
 * of 2022-03-09): a baseline, so its figures are reported, not set. */
static bool opens_with_past_year(const zc_ext_sent *st)
{
    if (!st->doc_date)
        return false;
    size_t c;
    zc_timex t;
    if (!zc_ext_time_starts(st, st->start, &c) || !zc_ext_time_at(st, st->start, &c, &t))
        return false;   // the memo of the deadline rule: asked of every sentence
    size_t n = strlen(t.date), nd = strlen(st->doc_date);
    if (n < 4 || !isdigit((unsigned char)t.date[0]))
        return false;
    if (past_day(st, st->start, c, &t))
        return true;
    // YYYY, YYYY-MM or YYYY-MM-DD, compared with the document's date cut to as many places.
    size_t k = n >= 10 ? 10 : n >= 7 && t.date[4] == '-' && isdigit((unsigned char)t.date[5]) ? 7 : 4;
    if (k > nd)
        k = 4;
    return strncmp(t.date, st->doc_date, k) < 0;
}

/* Whether the figure at `s` stands under the sentence's baseline: the sentence opens with a
 * year before the document's and no later clause up to the figure's opens with a year of its
 * own not before it (在2021年完成3个以上…，2022年完成2个以上…创建 in a 2022 plan: the second
 * clause sets its own year, a goal). */
static bool baseline_at(const zc_ext_sent *st, size_t s)
{
    if (!st->baseline || !st->doc_date)
        return st->baseline;
    for (size_t i = 1; i < st->clauses.len; i++) {
        const zc_ext_clause *c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, i);
        if (c->start > s)
            break;
        size_t p = zc_ext_skip_spaces(st, c->start, c->end), n;
        zc_timex t;
        if (zc_ext_time_starts(st, p, &n) && zc_ext_time_at(st, p, &n, &t) &&
            strlen(t.date) >= 4 && isdigit((unsigned char)t.date[0]) &&
            strncmp(t.date, st->doc_date, 4) >= 0 && !past_day(st, p, n, &t))
            return false;
    }
    return true;
}

/* Whether the sentence opens with a past era (解放战争时期，…征调5.3万名干部; 过去五年，…):
 * its first clause names one (cues.tsv era) and holds no modal cue (要改变过去的做法 is a
 * task). A narrative anchored there reports, as a sentence opening with an earlier year does. */
static bool opens_with_era(const zc_ext_sent *st)
{
    if (!st->clauses.len)
        return false;
    const zc_ext_clause *c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    return zc_ext_has(st, c->start, c->end, ZC_XT_CUE, ZC_XC_ERA) &&
           zc_ext_modality(st, c->start, c->end) == ZC_MOD_NONE;
}

/* The bytes of a label opening a sentence (考核指标：, 主要目标：): ten characters at most. */
#define LABEL_BYTES 30

/* True when a goal label opens the sentence of `s` before it (考核指标：…各1套): a colon at most
 * LABEL_BYTES into the sentence, a goal cue before it (rules.c label_after gives the label to the
 * sentences after; a colon further on opens a note: 不超过200万元（请注意：…）). */
static bool label_before(const zc_ext_sent *st, size_t s)
{
    size_t e = s < st->start + LABEL_BYTES ? s : st->start + LABEL_BYTES;
    const char *colon = memchr(st->text + st->start, ':', e - st->start);
    return colon && zc_ext_has_any(st, st->start, (size_t)(colon - st->text), ZC_XT_CUE,
                                   ZC_XC_GOAL);
}

/* A bare figure (no comparator word) stated as a goal: every number stated as a goal is a
 * target (GUIDELINES.md). Under a goal heading or label, after a plan or a task from above in
 * its clause (计划总投资1.6亿元, 下达我县改造任务31个; a share is progress), or required by
 * the clause's modal verb (要新改造户厕350户); never in a report of the past. Arabic figures
 * with a unit only: a count in Chinese numerals is usually an item of the speech (两个关键). */
static bool goal_figure(const zc_ext_sent *st, const zc_number *n, size_t s)
{
    // A figure right after 全镇, 全市 is the stock there (全市12家钢铁、水泥企业全部完成改造):
    // the goal is what is done to it.
    if (!n->unit[0] || n->chinese || n->score || zc_ext_in_past(st, s) ||
        baseline_at(st, s) || inventory_at(st, n, s))
        return false;
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    // A share after a plan (占省下达控制指标的55%) reports progress against it.
    if (st->goal || label_before(st, s) ||
        (zc_ext_has(st, c->start, s, ZC_XT_CUE, ZC_XC_PLAN) && strcmp(n->unit, "%") != 0))
        return true;
    zc_modality m = zc_ext_modality_over(st, s);
    return m == ZC_MOD_MUST || m == ZC_MOD_SHOULD || m == ZC_MOD_STRIVE;
}

/* True when a time of a year before the document's starts in [a, b) (2023年全市…为38微克 in
 * a 2024 plan), not as the base of a comparison (比2020年下降13.5%: a goal's measure). */
static bool earlier_year_in(const zc_ext_sent *st, size_t a, size_t b)
{
    if (!st->doc_date)
        return false;
    for (size_t p = a; p < b; p = zc_ext_next_char(st->text, p)) {
        size_t c;
        zc_timex t;
        if (!zc_ext_time_starts(st, p, NULL) ||
            zc_ext_hit_ending(st, p, ZC_XT_CUE, ZC_XC_COMPARE_BASE) ||
            !zc_ext_time_at(st, p, &c, &t))
            continue;
        if (strlen(t.date) >= 4 && isdigit((unsigned char)t.date[0]) &&
            strncmp(t.date, st->doc_date, 4) < 0)
            return true;
    }
    return false;
}

/* A plan's figure prior (GUIDELINES.md: a plan states goals): the figure at `s` is a goal
 * unless marked as the past: a past cue in its scope (已, 截至, 完成了; 累计 with no horizon),
 * a comparison with the past (比上年), a sentence opening with an earlier year, or an earlier
 * year in its clause before it. */
static bool plan_goal(const zc_ext_sent *st, const zc_number *n, size_t s, size_t ns)
{
    // A count in Chinese numerals is an item (成为一种, 四个方面), a score a rating of a
    // scheme (90分以上为优秀), a figure right after 全镇 the stock there is (全镇12座水库).
    if (!st->plan || baseline_at(st, s) || n->score ||
        (n->chinese && !has_scale(st, ns, n->end + s)) || inventory_at(st, n, s) ||
        zc_ext_in_past(st, s))
        return false;
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    return !c->compare && !earlier_year_in(st, c->start, s);
}

/* The end of a note in brackets at q, within [q, lim) (含50万元, 含本数), or 0. */
static size_t note_end(const zc_ext_sent *st, size_t q, size_t lim)
{
    if (st->text[q] != '(')
        return 0;
    for (size_t p = q + 1; p < lim; p = zc_ext_next_char(st->text, p))
        if (st->text[p] == ')')
            return p + 1;
    return 0;
}

/* True when a note in brackets at q says whether the bound before it is in or out (cues.tsv
 * bracket: (含, (不含): the figure draws a line between classes (100万元以下（含）, 144平方米以下
 * （不含144平方米）), no figure to reach. */
static bool inclusive_note(const zc_ext_sent *st, size_t q, size_t lim)
{
    return note_end(st, q, lim) && zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_BRACKET) != NULL;
}

/* True when a strict comparison (cues.tsv strict: 小于, 大于或等于, 低于; not 不低于) stands in
 * the five characters before the number at `ns`: the wording of a schedule's classes, not of a
 * goal (达到, 不低于, 以上). */
static bool strict_compare(const zc_ext_sent *st, size_t ns)
{
    size_t lo = ns > st->start + 15 ? ns - 15 : st->start;
    return zc_ext_has(st, lo, ns, ZC_XT_CUE, ZC_XC_STRICT);
}

/* The end of a strict comparison at q (大于或等于, 小于), or q. */
static size_t strict_word_end(const zc_ext_sent *st, size_t q, size_t lim)
{
    const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_STRICT);
    return h && h->end <= lim ? h->end : q;
}

/* The byte after 且 at q, or after a comma and 且 at the clause end q (…(含50万元)，且不超过…):
 * a further bound of the same condition follows; 0 when there is none. */
static size_t and_after(const zc_ext_sent *st, size_t q, size_t lim)
{
    if (q == lim) {
        if (q >= st->end || st->text[q] != ',')
            return 0;
        q++;
    }
    return st->end - q >= 3 && memcmp(st->text + q, "\xe4\xb8\x94", 3) == 0 ? q + 3 : 0;   // 且
}

/* True when the text at p ends an open bound: 以上 or 以下 right before it. */
static bool after_bound(const zc_ext_sent *st, size_t from, size_t p)
{
    return p >= from + 6 && (memcmp(st->text + p - 6, "\xe4\xbb\xa5\xe4\xb8\x8a", 6) == 0 ||
                             memcmp(st->text + p - 6, "\xe4\xbb\xa5\xe4\xb8\x8b", 6) == 0);
}

/* True when the open bound ending at e is one of alternatives 或 joins that describe a class:
 * 或 (cues.tsv alt) stands between two bounds (需紧急避险转移人数在30人以下，或潜在经济损失500万元
 * 以下的地质灾害险情; …300人以上或…1亿元以上的…), and the last bound's 的 and the noun after it
 * end the sentence, which names the class and requires nothing (a grading standard's row). Then
 * no modal or having word of the case's description makes a requirement of it. Not a rule's
 * quorum (应当有…三分之二以上，或者…三分之二以上的户的代表参加) nor a goal's alternative. */
static bool or_alternative(const zc_ext_sent *st, const zc_number *n, size_t e)
{
    if (!n->bound || zc_ext_lacks_class(st, ZC_XT_CUE, ZC_XC_ALT))
        return false;
    size_t alt = SIZE_MAX;   // the first 或 right after a bound, a comma between or not
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, st->end, ZC_XT_CUE, ZC_XC_ALT);
         i != SIZE_MAX && alt == SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        size_t b = ZC_EXT_HIT(st, i)->start;
        if (after_bound(st, st->start, b > st->start && st->text[b - 1] == ',' ? b - 1 : b))
            alt = b;
    }
    if (alt == SIZE_MAX)
        return false;
    size_t from = e > alt ? e : alt + 1;
    for (size_t i = zc_ext_walk_in(&wi, st, from, st->end, ZC_XT_CUE, ZC_XC_CONDEND);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        size_t d = ZC_EXT_HIT(st, i)->start;
        if (!after_bound(st, st->start, d))
            continue;
        for (size_t q = d; q < st->end; q++)
            if (st->text[q] == ',' || st->text[q] == ';' || st->text[q] == ':')
                return false;
        return true;
    }
    return false;
}

/* True when the open bound ending at `e` closes the first clause c of its sentence right
 * after a grant's schedule, a grant of this or the last sentence (…奖励投资额度的5%—20%;
 * 投资5000万元以上,实行“一事一议”): a further tier of that schedule. */
static bool tier_after_grant(const zc_ext_sent *st, const zc_ext_clause *c, size_t e)
{
    size_t end = c->end;
    while (end > e && st->text[end - 1] == ' ')
        end--;
    if (e != end || c != &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0) || c->end >= st->end)
        return false;
    for (size_t i = st->out->len; i > 0; i--) {
        const zc_record *r = &ZC_VEC_AT(st->out, zc_record, i - 1);
        if (r->sentence + 1 < st->index)
            break;
        if (r->kind == ZC_KIND_ENFORCEMENT &&
            (r->category == ZC_CAT_INCENTIVE || r->category == ZC_CAT_FINANCIAL))
            return true;
    }
    return false;
}

/* A dated deadline of the sentence before byte `s` that bounds a task (2025年底前，建成20个以上
 * 的分领域大脑: heldout-genres2 0239): the deadlines are read before the numbers. */
static bool dated_bound_before(const zc_ext_sent *st, size_t s)
{
    for (size_t i = st->out->len; i-- > 0;) {
        const zc_record *r = &ZC_VEC_AT(st->out, zc_record, i);
        if (r->sentence != st->index)
            return false;
        if (r->kind == ZC_KIND_DEADLINE && r->text.end <= s && r->date[0] >= '0' &&
            r->date[0] <= '9' &&
            (r->relation == ZC_REL_BY || r->relation == ZC_REL_BEFORE ||
             r->relation == ZC_REL_WITHIN))
            return true;
    }
    return false;
}

/* True when the char at q of the matching view is a common Han character (lead byte E4–E9),
 * not punctuation, a digit or a letter. */
static bool han_at(const zc_ext_sent *st, size_t q)
{
    unsigned char b = (unsigned char)st->text[q];
    return b >= 0xe4 && b <= 0xe9;
}

/* True when a noun phrase of Chinese characters at q, within [q, lim), ends in an incident
 * (cues.tsv incident: …的危险化学品事故). */
static bool incident_after(const zc_ext_sent *st, size_t q, size_t lim)
{
    for (int n = 0; n < 10 && q + 3 <= lim; n++, q += 3) {
        if (!han_at(st, q))
            return false;
        const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_INCIDENT);
        if (h && (h->end >= lim || !han_at(st, h->end)))
            return true;
    }
    return false;
}

/* The end of 的 after one to eight Chinese characters at q, within [q, lim), or 0, when an
 * incident ends the noun phrase after it: the words between an open bound and the 的 of the
 * relative clause that grades incidents (30人以上死亡的危险化学品事故). A note in brackets
 * among the words is passed over, its commas too (30人以上死亡（含下落不明，下同）的…事故), and
 * so are the class's other bounds. */
static size_t words_to_de(const zc_ext_sent *st, size_t q, size_t lim)
{
    for (int n = 0; n <= 8 && q + 3 <= lim; n++) {
        size_t p = n ? note_end(st, q, st->end) : 0, k;
        zc_number b;
        if (p && p + 3 <= st->end) {
            q = p;
            lim = zc_ext_clause_at(st, p)->end;
        } else if (n && !han_at(st, q) && zc_num_parse(st->lx, st->text + q, lim - q, &k, &b) &&
                   b.bound) {
            q += k;   // 1人以上死亡或3人以上受伤的事故: the class's other bounds
            continue;
        }
        const zc_ext_hit *d = n ? zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_CONDEND) : NULL;
        if (d)
            return incident_after(st, d->end, lim) ? d->end : 0;
        if (!han_at(st, q))
            return 0;   // punctuation, a digit or a letter: no relative clause
        q += 3;
    }
    return 0;
}

/* A bracket, threshold or size class of a rule or a plan (GUIDELINES.md: neither target nor
 * statistic): a figure a bracket cue opens (未满18周岁), an open bound (100人以下) or a
 * compared figure (达到1000万元) right before 的 (…的企业), or before a list of such
 * brackets that 的 closes (50%以上、50户以下的自然村寨), or a condition a 的 ending its clause closes,
 * a requirement word in it too (居住累计不超过90天的，…). Not a quota (达到100%的目标), a requirement (不少于100亿元的基金), a
 * standard to have (有50个以上的成员) or what a modal verb requires (要保持7%以上的增长). */
static bool bracket(const zc_ext_sent *st, const zc_number *n, size_t s, size_t ns, size_t e)
{
    if (!zc_ext_sets_terms(st))
        return false;
    if (zc_ext_hit_ending(st, s, ZC_XT_CUE, ZC_XC_BRACKET))
        return true;   // 未满18周岁, 每满一万人
    if (!n->bound && !n->comparator[0] && !strict_compare(st, ns))
        return false;
    // 构建1000个以上的数据训练集, 培育30个左右的特色基地: a count of what is to be produced (a
    // sum there classes firms by size: 培育10亿元以上的企业).
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    if (strcmp(n->unit, "元") != 0 &&
        zc_ext_hit_ending(st, zc_ext_skip_spaces_back(st, c->start, s), ZC_XT_CUE, ZC_XC_PRODUCE))
        return false;
    if (or_alternative(st, n, e))
        return true;   // a grading standard's row: whatever its description's modal word (需转移)
    zc_modality m = zc_ext_modality_over(st, s);
    const zc_ext_hit *de = zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_CONDEND);
    bool case_end = zc_ext_hit_ending(st, zc_ext_skip_spaces_back(st, c->start, c->end),
                                      ZC_XT_CUE, ZC_XC_CONDEND) != NULL;
    // 有一次离境超过30天的，…; 有…超员20%以上、超速50%以上…记录的，…: a condition, no standard
    bool closes = (de && de->end >= c->end) || case_end;
    if (zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_QUOTA_POST) ||
        (!closes && zc_ext_has(st, c->start, s, ZC_XT_CUE, ZC_XC_HAVE)) || m == ZC_MOD_MUST ||
        m == ZC_MOD_SHOULD || m == ZC_MOD_STRIVE || m == ZC_MOD_PROHIBIT ||
        (!closes && (zc_ext_horizon_in(st, st->start, s) || dated_bound_before(st, s))))
        return false;   // …, or a bound to come sets it (到2025年，建成20个以上的分领域大脑)
    if (n->bound && tier_after_grant(st, c, e))
        return true;
    if (inclusive_note(st, e, c->end))
        return true;
    // A requirement word (不少于100亿元的基金) makes a standard, unless 且 joins it to the
    // other bound of a bracket (不低于50万元…，且不超过1000万元…的流动资金贷款).
    bool required = zc_ext_has_any(st, s, ns, ZC_XT_CUE, ZC_XC_GOAL);
    bool joined = s >= c->start + 3 && memcmp(st->text + s - 3, "\xe4\xb8\x94", 3) == 0;   // 且
    bool strict = strict_compare(st, ns);
    for (size_t q = e, lim = c->end;;) {
        size_t k = q <= lim ? and_after(st, q, lim) : 0;
        const zc_ext_clause *next = k ? zc_ext_clause_at(st, k) : NULL;
        if (next) {
            q = k;
            lim = next->end;
            joined = true;
            continue;
        }
        // 户型建筑面积小于200平方米、大于或等于144平方米，按1.5车位/户配建: strict classes
        // whose rate the next clause applies.
        if (q >= lim)
            return strict && lim < st->end &&
                   zc_ext_hit_at(st, zc_ext_skip_spaces(st, lim + (st->text[lim] == ',' ? 1 : 3),
                                                        st->end),
                                 ZC_XT_CUE, ZC_XC_RATE) != NULL;
        if (st->text[q] == ')') {   // (投资额在100万元以上且…300平方米以上)的门店
            q++;
            continue;
        }
        const zc_ext_hit *d = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_CONDEND);
        if (d)   // a 的 that ends its clause closes a condition (居住累计不超过90天的，…)
            return !required || joined || d->end >= zc_ext_clause_at(st, q)->end;
        const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_LIST);
        zc_number n2;
        if (h)
            q = h->end;
        else if ((k = note_end(st, q, lim)))
            q = k;   // (含50万元): the bound's note
        else if (strict && (k = strict_word_end(st, q, lim)) > q)
            q = k;   // …小于200平方米、大于或等于144平方米: the next class's bound
        else if (zc_num_parse(st->lx, st->text + q, lim - q, &k, &n2) &&
                   ((n->bound && n2.bound) || (joined && (n2.bound || n2.comparator[0])) ||
                    strict))
            q += k;
        else if (joined)   // 10万元以上且本县财政不承担经费的: a further condition, any words
            q = k ? q + k : zc_ext_next_char(st->text, q);
        else if (n->bound && (k = words_to_de(st, q, lim)))
            return !required;   // 造成30人以上死亡的事故: a few words and 的 close the class
        else   // 借款人家庭有2人及以上正常缴存住房公积金的，…: an open bound in a case its clause
            return n->bound && case_end;   // closes with 的 names the case
    }
}

/* A threshold that defines a set a figure after it in its clause counts, in any genre (贫困
 * 人口超过200万的有7个省区, 贫困发生率超过18%的贫困县有111个、超过20%的贫困村有1.67万个):
 * an open bound right before 的, no figure. Not a requirement (要保持7%以上的增长) nor a quota
 * (达到100%以上的目标任务). */
static bool threshold(const zc_ext_sent *st, const zc_number *n, size_t s, size_t e)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    // A compared figure defines a class only before 的 and a size noun (首次突破100亿元的企业
    // 15家); before a name it is that one's own (投资达11亿元的虹发铝型材).
    bool compared = !n->bound && n->comparator[0] && e + 3 < st->end &&
                    zc_ext_hit_at(st, e + 3, ZC_XT_CUE, ZC_XC_SIZE);
    if ((!n->bound && !compared) || !zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_CONDEND) ||
        zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_QUOTA_POST))
        return false;
    zc_modality m = zc_ext_modality_over(st, s);
    if (m == ZC_MOD_MUST || m == ZC_MOD_SHOULD || m == ZC_MOD_STRIVE || m == ZC_MOD_PROHIBIT)
        return false;
    for (size_t q = e; q < c->end; q++)
        if (st->text[q] >= '0' && st->text[q] <= '9')
            return true;
    return false;
}

/* An age before a noun of persons, 的 aside (100多岁的老人, 60岁以上老年人, 15岁以上人口),
 * or an age a bound written after it opens or a range spans (75周岁（含）以上和60—74周岁
 * （含）具有二级及以上照护等级的老年人): it defines the group, no figure. An age a requirement
 * caps (不超过70周岁) writes its bound before it and stays a standard to meet. */
static bool age_of_person(const zc_ext_sent *st, const zc_number *n, size_t ne, size_t e)
{
    if (!zc_ext_hit_ending(st, ne, ZC_XT_CUE, ZC_XC_AGE))
        return false;
    if ((n->bound && e > ne) || n->has_max)
        return true;
    if (st->end - e >= 3 && memcmp(st->text + e, "的", 3) == 0)
        e += 3;
    return zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_PERSON) != NULL;
}

/* A count in Chinese numerals right before 共 and a figure (两批共5000万美元): the parts a
 * total is split into, no figure of its own. */
static bool parts_of_total(const zc_ext_sent *st, const zc_number *n, size_t e)
{
    const zc_ext_hit *h = n->chinese ? zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_TOTAL) : NULL;
    zc_number n2;
    size_t k;
    return h && zc_num_parse(st->lx, st->text + h->end, st->end - h->end, &k, &n2) &&
           n2.start == 0;
}

/* True when a count's last character ends at byte `p`: an Arabic digit, or a Chinese numeral
 * (a digit or a multiplier of scale.tsv: 三, 两, 十). */
static bool count_ends_at(const zc_ext_sent *st, size_t p)
{
    if (p >= 1 && st->text[p - 1] >= '0' && st->text[p - 1] <= '9')
        return true;
    return p >= 3 && (zc_lex_match(st->lx, ZC_LX_DIGIT, st->text + p - 3, 3, -1) ||
                      zc_lex_match(st->lx, ZC_LX_SCALE, st->text + p - 3, 3, -1));
}

/* A count right after a count of items (8个方面16个具体风险, 十方面34项民生实事项目): the
 * items the text defines under its parts, no figure. */
static bool after_item_count(const zc_ext_sent *st, size_t ns)
{
    const zc_ext_hit *h = zc_ext_hit_ending(st, ns, ZC_XT_CUE, ZC_XC_ITEM);
    if (!h)
        return false;
    size_t p = h->start;
    if (p >= 3 && memcmp(st->text + p - 3, "个", 3) == 0)
        p -= 3;
    return count_ends_at(st, p);
}

/* A count of the items the text lists next: right before a colon (知识产权保护方面5项：…), or
 * the sum in brackets after a heading (（共23项）). The matching view has folded the full-width
 * colon and brackets (NFKC). */
static bool opens_list(const zc_ext_sent *st, const zc_number *n, size_t ns, size_t ne)
{
    const char *t = st->text;
    if (!n->unit[0] || ne >= st->end)
        return false;
    if (t[ne] == ':')
        return true;
    size_t p = ns >= st->start + 3 && memcmp(t + ns - 3, "共", 3) == 0 ? ns - 3 : ns;
    return p < ns && p > st->start && t[p - 1] == '(' && t[ne] == ')';
}

#define LIST_ITEM_CHARS 10   /* characters one item of a counted list may have */

/* A count right after a list joined by 、 whose items it counts, 等 between or not (浦东、虹桥
 * 两个分论坛; 石油、钢铁和有色三个行业): it restates the list, no figure. In Arabic digits only
 * in a plan, a guide or a rule (阿联酋、埃及等2个海外展销中心; 正常、异常、紧急3种状态), where a
 * bare count would be a goal or a specification; a report's count of the places it names is
 * its statistic. A count of events
 * (党中央、国务院两次召开) is none of that. */
static bool counts_list(const zc_ext_sent *st, const zc_number *n, size_t ns, size_t ne)
{
    if ((!n->chinese && !st->plan && st->genre != ZC_XG_GUIDE && st->genre != ZC_XG_RULE) ||
        n->has_max || n->value < 2 ||
        zc_ext_hit_ending(st, ne, ZC_XT_CUE, ZC_XC_VERBAL_UNIT))
        return false;
    size_t start = zc_ext_clause_at(st, ns)->start, p = ns, run = 0;
    while (p > start && st->text[p - 1] == ' ')
        p--;   // 决策等  5 类
    if (p >= start + 3 && memcmp(st->text + p - 3, "等", 3) == 0)
        p -= 3;
    int items = 1;
    bool joined = false;
    while (p > start && run <= LIST_ITEM_CHARS) {
        size_t q = zc_ext_prev_char(st->text, p);
        const char *c = st->text + q;
        // An item may hold brackets, a slash, spaces or Latin letters (广东(珠三角), 医/药).
        bool inner = *c == '(' || *c == ')' || *c == '/' || *c == ' ' || isalpha((uint8_t)*c);
        if (((uint8_t)*c < 0xE0 && !inner) || !memcmp(c, "，", 3) || !memcmp(c, "。", 3) ||
            !memcmp(c, "；", 3))
            break;
        if (!memcmp(c, "、", 3)) {
            items++;
            run = 0;
        } else if (items == 1 && !joined && (!memcmp(c, "和", 3) || !memcmp(c, "及", 3)) &&
                   zc_ext_word_starts(st, q) && zc_ext_word_starts(st, q + 3)) {   // not 埃及
            items++, joined = true;
        } else {
            run++;
        }
        p = q;
    }
    return items >= 2 && n->value == items;
}

/* True when the count at [ns, ne) stands in parentheses before a colon and the list after it,
 * joined by 、, has as many items (石家庄市（3个）：藁城区、鹿泉区、栾城区): a heading counting
 * its list, no figure. */
static bool heads_list(const zc_ext_sent *st, const zc_number *n, size_t ns, size_t ne)
{
    const char *t = st->text;
    size_t p = ne;
    if (ns < 1 || t[ns - 1] != '(' || n->has_max || n->value < 2 || p + 2 > st->end ||
        t[p] != ')' || t[p + 1] != ':')
        return false;
    p += 2;
    // The matching view writes parentheses, colons and semicolons in ASCII (NFKC).
    int items = 1, depth = 0;
    for (; p < st->end; p = zc_ext_next_char(t, p)) {
        const char *c = t + p;
        bool wide = p + 3 <= st->end;
        if (*c == '(')
            depth++;
        else if (*c == ')')
            depth--;
        else if (!depth && wide && !memcmp(c, "、", 3))
            items++;
        else if (!depth && (*c == ';' || *c == '\n' || (wide && !memcmp(c, "。", 3))))
            break;
    }
    return items >= 2 && n->value == items;
}

/* True when the clause of byte `pos` names a sum of money (给予5万元奖励). */
static bool money_in(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, pos);
    for (size_t q = c->start; q + 3 <= c->end; q = zc_ext_next_char(st->text, q))
        if (memcmp(st->text + q, "元", 3) == 0)
            return true;
    return false;
}

/* The grants of the sentence (enforcement records of category incentive or financial), last
 * first: start with *i = st->out->len; NULL when none is left. */
static const zc_record *prev_grant(const zc_ext_sent *st, size_t *i)
{
    while (*i > 0) {
        const zc_record *r = &ZC_VEC_AT(st->out, zc_record, --*i);
        if (r->sentence != st->index)
            return NULL;
        if (r->kind == ZC_KIND_ENFORCEMENT &&
            (r->category == ZC_CAT_INCENTIVE || r->category == ZC_CAT_FINANCIAL))
            return r;
    }
    return NULL;
}

/* The end of the clause of the last reward, subsidy or fine of the sentence (an enforcement
 * record of category incentive or financial with its amount, or a sum of money in its clause),
 * or st->start when none: in a rule or a plan, the figures up to there are its conditions,
 * rates, tiers and amounts (GUIDELINES.md), no records; a goal after it in the sentence stays
 * one, and so does the object of a support without money (遴选100个项目,…予以支持). */
static size_t amount_end(const zc_ext_sent *st)
{
    if (!zc_ext_sets_terms(st))
        return st->start;
    size_t i = st->out->len;
    for (const zc_record *r; (r = prev_grant(st, &i));)
        if (r->has_amount || money_in(st, r->text.start))
            return zc_ext_clause_at(st, r->text.start)->end;
    return st->start;
}

/* True when a reward, subsidy or fine of the sentence (an enforcement record of category
 * incentive or financial) starts in [a, b). */
static bool grant_in(const zc_ext_sent *st, size_t a, size_t b)
{
    size_t i = st->out->len;
    for (const zc_record *r; (r = prev_grant(st, &i));)
        if (r->text.start >= a && r->text.start < b)
            return true;
    return false;
}

/* A reward, subsidy or fine after byte `s` in its clause: the figure is a rate or a base of
 * that grant (按照…实际到账额的15%对承担单位给予经费补助), no figure of its own. */
static bool grant_after(const zc_ext_sent *st, size_t s)
{
    return grant_in(st, s + 1, zc_ext_clause_at(st, s)->end);
}

/* A cap cue right before the number or its cue words (每家最高100万元, 最高不超过1000万元),
 * or before the grant word they follow (每年最高补贴100万元), and a reward, subsidy or fine in its sentence: the grant's cap, which GUIDELINES.md folds
 * into its amount, no figure of its own. */
static bool cap_before(const zc_ext_sent *st, size_t pos)
{
    // Each way below ends at a cap cue: without one in the sentence (st->hascls), none.
    if (zc_ext_lacks_class(st, ZC_XT_CUE, ZC_XC_CAP) &&
        zc_ext_lacks_class(st, ZC_XT_CUE, ZC_XC_ENF_CAP))
        return false;
    if (zc_ext_hit_ending(st, pos, ZC_XT_CUE, ZC_XC_CAP))
        return true;
    // 年度最高补助50万元: the cap stands before a grant word the sum follows, a word that
    // restates the grant of the sentence (decide-enforcement.tsv cap_of_grant) and takes no sum
    // 单个项目补贴总额不超过100万元: the grant word names its amount (cues.tsv enf_attr) first.
    const zc_ext_hit *a = zc_ext_hit_ending(st, pos, ZC_XT_CUE, ZC_XC_ENF_ATTR);
    const zc_ext_hit *w = zc_ext_hit_ending(st, a ? a->start : pos, ZC_XT_ENF, -1);
    if (!w)
        w = zc_ext_hit_ending(st, pos, ZC_XT_ENF, -1);
    return w && (zc_ext_hit_ending(st, w->start, ZC_XT_CUE, ZC_XC_CAP) ||
                 zc_ext_hit_ending(st, w->start, ZC_XT_CUE, ZC_XC_ENF_CAP));
}

static bool grant_cap(const zc_ext_sent *st, size_t s, size_t ns)
{
    // Spaces around numbers (奖励最高 200 万元, as converted PDF pages write them) part nothing.
    s = zc_ext_skip_spaces_back(st, st->start, s);
    ns = zc_ext_skip_spaces_back(st, st->start, ns);
    return (cap_before(st, s) || cap_before(st, ns)) &&
           (grant_in(st, st->start, st->end) || zc_ext_cap_sentence(st, false));
}

bool zc_ext_cap_sentence(const zc_ext_sent *st, bool opens)
{
    size_t p = zc_ext_skip_spaces(st, st->start, st->end);
    if ((opens && !zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_CAP)) || st->index == 0)
        return false;
    const zc_record *r = NULL;
    for (size_t i = st->out->len; i-- > 0 && !r;)
        if (ZC_VEC_AT(st->out, zc_record, i).sentence < st->index)
            r = &ZC_VEC_AT(st->out, zc_record, i);
    zc_sentence_info a, b;
    if (!r || r->sentence + 1 != st->index || r->kind != ZC_KIND_ENFORCEMENT ||
        (r->category != ZC_CAT_INCENTIVE && r->category != ZC_CAT_FINANCIAL))
        return false;
    zc_doc_sentence(st->d, r->sentence, &a);
    zc_doc_sentence(st->d, st->index, &b);
    return a.para == b.para;
}

bool zc_ext_horizon_in(const zc_ext_sent *st, size_t a, size_t b)
{
    const zc_ext_clause *cl = zc_ext_clause_at(st, a);
    const zc_ext_clause *last = cl ? zc_ext_clause_at(st, b) : NULL;
    for (size_t p = a; p < b; p = zc_ext_next_char(st->text, p)) {
        size_t c;
        zc_timex t;
        while (cl && cl < last && p >= cl->end)   // the clause of p, walked along with it
            cl++;
        // The horizon cue first: few chars end one, and the time is parsed only there; or a
        // year alone, after the document's, opening a clause (…，2025年全省…累计减少1500吨以上;
        // not a window's dates: 2024年7月1日—2025年12月31日期间，对…的).
        bool cued = zc_ext_hit_ending(st, p, ZC_XT_CUE, ZC_XC_HORIZON);
        if ((!cued && (!st->doc_date || !cl || cl->start != p)) ||
            !zc_ext_time_starts(st, p, NULL) || !zc_ext_time_at(st, p, &c, &t))
            continue;
        if (isdigit((unsigned char)t.date[0]) && (cued || strlen(t.date) == 4) &&
            (!st->doc_date || strncmp(t.date, st->doc_date, 4) >= (cued ? 0 : 1)))
            return true;
    }
    return false;
}

static bool has_horizon(const zc_ext_sent *st)
{
    bool total = false;   // asked only where a running total is (most sentences have none)
    for (size_t i = 0; i < st->clauses.len && !total; i++)
        total = ZC_VEC_AT(&st->clauses, zc_ext_clause, i).total;
    return total && zc_ext_horizon_in(st, st->start, st->end);
}

/* In a plan, a running total right after a count of years (三年累计新增19台, 五年内累计完成…):
 * the total over the plan's period, a goal. */
static bool period_total(const zc_ext_sent *st)
{
    const size_t n = strlen("年");
    for (size_t i = zc_ext_next_hit(st, 0, st->start, st->end, ZC_XT_CUE, ZC_XC_TOTAL);
         i != SIZE_MAX;
         i = zc_ext_next_hit(st, i + 1, st->start, st->end, ZC_XT_CUE, ZC_XC_TOTAL)) {
        size_t p = ZC_EXT_HIT(st, i)->start;
        if (p - st->start >= n && memcmp(st->text + p - n, "内", n) == 0)
            p -= n;   // 五年内累计
        if (p - st->start > n && memcmp(st->text + p - n, "年", n) == 0 &&
            count_ends_at(st, p - n))
            return true;
    }
    return false;
}

/* A future cue before the sentence's first running total (机场将开展…建设项目，…共设置8个C类
 * 机位), or in a plan a modal verb of a duty (2017年本区绿色账户要新增覆盖14.3万户，累计达到
 * 30.3万户): the total of what is to be done, no report of the past. */
static bool future_total(const zc_ext_sent *st)
{
    size_t t = zc_ext_next_hit(st, 0, st->start, st->end, ZC_XT_CUE, ZC_XC_TOTAL);
    if (t == SIZE_MAX)
        return false;
    size_t at = ZC_EXT_HIT(st, t)->start;
    if (zc_ext_has(st, st->start, at, ZC_XT_CUE, ZC_XC_FUTURE))
        return true;
    return st->plan && (zc_ext_has(st, st->start, at, ZC_XT_MOD, ZC_MOD_MUST) ||
                        zc_ext_has(st, st->start, at, ZC_XT_MOD, ZC_MOD_SHOULD) ||
                        zc_ext_has(st, st->start, at, ZC_XT_MOD, ZC_MOD_STRIVE));
}

/* In a plan, a running total reaching a level (公园数量累计达到1600座以上, cues.tsv reach right
 * after the sentence's first total), no other past cue (已, 截至) before it in its sentence:
 * the level the plan sets, no report of the past. */
static bool reach_total(const zc_ext_sent *st)
{
    size_t t = zc_ext_next_hit(st, 0, st->start, st->end, ZC_XT_CUE, ZC_XC_TOTAL);
    if (t == SIZE_MAX || !zc_ext_hit_at(st, ZC_EXT_HIT(st, t)->end, ZC_XT_CUE, ZC_XC_REACH))
        return false;
    return !zc_ext_has(st, st->start, ZC_EXT_HIT(st, t)->start, ZC_XT_CUE, ZC_XC_PAST);
}

/* A rule's standard (GUIDELINES.md: standards an organisation must meet are targets): a
 * figure a comparator verb before it states (不大于2%, 下降到3%) in a rule, not marked as
 * past; not a value 为 gives (付酬标准为0.03%: a rate) or a bare bound (2个以上当事人). */
static bool rule_standard(const zc_ext_sent *st, const zc_number *n, size_t s, size_t ns)
{
    if (st->genre != ZC_XG_RULE || s == ns || strcmp(n->comparator, "=") == 0 ||
        strcmp(n->comparator, "~") == 0 ||   // 面积约13.8平方公里: a size, no standard
        baseline_at(st, s) || n->score ||
        (n->chinese && !has_scale(st, ns, n->end + s)) || zc_ext_in_past(st, s))
        return false;
    return !zc_ext_clause_at(st, s)->compare;
}

/* The line [*a, *b) around byte i of the view, spaces trimmed; an empty one when the line is
 * longer than a table cell's (CELL_MAX bytes either way), so that a line-less text costs no
 * scan per number. */
enum { CELL_MAX = 64 };

static void line_around(const zc_ext_sent *st, size_t i, size_t *a, size_t *b)
{
    // The line's ends within CELL_MAX bytes either side: after the last newline before i,
    // at the first from i on.
    size_t lo = i > CELL_MAX ? i - CELL_MAX : 0;
    size_t hi = st->d->norm_len - i > CELL_MAX ? i + CELL_MAX : st->d->norm_len;
    const char *nl = memrchr(st->text + lo, '\n', i - lo);
    size_t s = nl ? (size_t)(nl - st->text) + 1 : lo;
    nl = memchr(st->text + i, '\n', hi - i);
    size_t e = nl ? (size_t)(nl - st->text) : hi;
    if ((s > 0 && st->text[s - 1] != '\n') || (e < st->d->norm_len && st->text[e] != '\n')) {
        *a = *b = i;
        return;
    }
    while (s < e && (st->text[s] == ' ' || st->text[s] == '\t'))
        s++;
    while (e > s && (st->text[e - 1] == ' ' || st->text[e - 1] == '\t' || st->text[e - 1] == '\r'))
        e--;
    *a = s;
    *b = e;
}

/* True when [a, b) is a bare number in Arabic digits (1575, 18.64, -0.3): a table cell. A
 * single digit next to another (2\n3) is rather a page or row number. */
static bool numeric_line(const char *t, size_t a, size_t b)
{
    if (a < b && t[a] == '-')
        a++;
    if (a >= b || !isdigit((unsigned char)t[a]))
        return false;
    for (size_t i = a; i < b; i++)
        if (!isdigit((unsigned char)t[i]) && t[i] != '.')
            return false;
    return true;
}

/* The whole number of the line [a, b) (up to four digits), or -1. */
static long whole_line(const zc_ext_sent *st, size_t a, size_t b)
{
    if (b - a > 4 || !numeric_line(st->text, a, b) || memchr(st->text + a, '.', b - a) ||
        st->text[a] == '-')
        return -1;
    return strtol(st->text + a, NULL, 10);
}

/* The whole number (up to four digits) opening the raw line that starts at `p`, spaces
 * aside, when no digit and no 年 follow it (a year opening lines of a plan is no row number)
 * and the line is no decimal figure alone (a table's cell 0.7828), or -1. Rows count from 1. */
static long opening_number(const zc_ext_sent *st, size_t p)
{
    const char *t = st->text;
    size_t n = st->d->norm_len, q;
    while (p < n && t[p] == ' ')
        p++;
    long x = 0;
    for (q = p; q < n && q - p <= 4 && isdigit((unsigned char)t[q]); q++)
        x = x * 10 + (t[q] - '0');
    if (q == p || q - p > 4 || !x || (q < n && isdigit((unsigned char)t[q])) ||
        (q + strlen("年") <= n && !memcmp(t + q, "年", strlen("年"))))
        return -1;
    if (q < n && t[q] == '.') {
        size_t r = q + 1;
        while (r < n && isdigit((unsigned char)t[r]))
            r++;
        while (r < n && (t[r] == ' ' || t[r] == '\r'))
            r++;
        if (r == n || t[r] == '\n')
            return -1;
    }
    return x;
}

/* True when one of the `lines` lines before the one holding `a` opens with the number `before`,
 * or one of the `lines` lines after it with `after` (opening_number). */
static bool lines_open_with(const zc_ext_sent *st, size_t a, int lines, long before, long after)
{
    const char *t = st->text;
    size_t n = st->d->norm_len, p = a, q = a;
    while (p > 0 && t[p - 1] != '\n')
        p--;
    for (int k = 0; k < lines && p > 0; k++) {
        const char *nl = p > 1 ? memrchr(t, '\n', p - 1) : NULL;
        p = nl ? (size_t)(nl - t) + 1 : 0;
        if (opening_number(st, p) == before)
            return true;
    }
    for (int k = 0; k < lines; k++) {
        const char *nl = memchr(t + q, '\n', n - q);
        if (!nl)
            break;
        q = (size_t)(nl - t) + 1;
        if (opening_number(st, q) == after)
            return true;
    }
    return false;
}

/* True when the number `x` opening the line at `a` numbers its row or item: within the next
 * rows' lines before or after it, a line opens with one less or one more (序号 | 组内序号 |
 * 营养办 | 电话: 19\n1\n开平区营养办\n…\n20\n2\n…; a list of firms 33河北…\n34张家口…).
 * A table's figures do not count up by one row after row. */
static bool row_number(const zc_ext_sent *st, size_t a, long x)
{
    return lines_open_with(st, a, 8, x - 1, x + 1);
}

/* True when the number at `ns` is part of the dotted section number opening its line: three
 * levels or more (3.2.1组织准备, 5.1.3 所有…), or two and a space before the heading
 * (4.2 组织体系, 4.6 场所保障). Its heading's first character is no unit (组, 场, 所). */
static bool section_number(const zc_ext_sent *st, size_t ns)
{
    const char *t = st->text;
    size_t n = st->d->norm_len, p = ns, q;
    // Back over digits, dots and spaces only (a line-less file costs no scan to its start).
    while (p > 0 && ns - p < 16 && (isdigit((unsigned char)t[p - 1]) || t[p - 1] == '.' ||
                                    t[p - 1] == ' '))
        p--;
    if (p > 0 && t[p - 1] != '\n')
        return false;
    while (p < n && t[p] == ' ')
        p++;
    int dots = 0;
    for (q = p;;) {
        size_t d = q;
        while (q < n && q - d < 3 && isdigit((unsigned char)t[q]))
            q++;
        if (q == d || q - d > 2 || (q < n && isdigit((unsigned char)t[q])))
            return false;   // components of one or two digits (no year, no 2024.12.31)
        if (q + 1 < n && t[q] == '.' && isdigit((unsigned char)t[q + 1])) {
            dots++;
            q++;
            continue;
        }
        break;
    }
    if (q < n && t[q] == '.')
        q++;
    size_t r = q;
    while (r < n && t[r] == ' ')
        r++;
    if (ns < p || ns > q || dots == 0 || r >= n || t[r] == '\n' || isdigit((unsigned char)t[r]))
        return false;
    return dots >= 2 || r > q;
}

/* True when the number at `ns` opens its line and numbers its row, item or section
 * (row_number): a list's 1.22个 (item 1, 22个), 34张家口… or 4.2 组织体系 is no figure. */
static bool numbers_row(const zc_ext_sent *st, size_t ns)
{
    if (section_number(st, ns))
        return true;
    size_t p = ns;
    while (p > 0 && st->text[p - 1] == ' ')
        p--;
    if (p > 0 && st->text[p - 1] != '\n')
        return false;
    long x = opening_number(st, p);
    return x >= 0 && row_number(st, p, x);
}

/* True when one of the two lines before or after the one opening at `a` opens with the same
 * number `x` (7善后处置 over 7.1人员返回, 4.2人文关怀 over 4.2.1 …): x numbers a section and the
 * dot a subsection, no item of a list. */
static bool sibling_section(const zc_ext_sent *st, size_t a, long x)
{
    return lines_open_with(st, a, 2, x, x);   // the heading right above, the next subsection
}

/* The bytes of an item number and its dot at p, when they open the line right before a
 * count (1.3个新开工项目分别是：…, 2.3个在建项目…: items 1, 2, 3 each opening with a count): the
 * lines around open with the item before or after it (row_number) and none with the same one
 * (a section's subsection: 7.1人员返回), and what follows the dot is no further level of a
 * section number (3.2.1, 4.2 组织体系). 0 otherwise. */
static size_t item_dot(const zc_ext_sent *st, size_t p)
{
    const char *t = st->text;
    size_t n = st->d->norm_len, q = p;
    if (p > 0 && t[p - 1] != '\n')
        return 0;
    while (q < n && q - p < 3 && isdigit((unsigned char)t[q]))
        q++;
    if (q == p || q - p > 2 || q + 1 >= n || t[q] != '.' || !isdigit((unsigned char)t[q + 1]))
        return 0;
    size_t r = q + 1;
    while (r < n && isdigit((unsigned char)t[r]))
        r++;
    if (r >= n || t[r] == '.' || t[r] == ' ' || t[r] == '\n' || section_number(st, q + 1))
        return 0;
    long x = opening_number(st, p);
    return x > 0 && row_number(st, p, x) && !sibling_section(st, p, x) ? q + 1 - p : 0;
}

/* A cell of a flattened table (GUIDELINES.md: each cell that holds a figure is a record):
 * the number is its line, and the line before or after it is a bare number too (饮料酒\n千升\n
 * 15767\n18.64), not its row number. Its kind and unit stay for the table reader to come: a
 * statistic, unit null. */
static bool table_cell(const zc_ext_sent *st, size_t ns, size_t ne)
{
    size_t a, b;
    line_around(st, ns, &a, &b);
    if (a != ns || b != ne || !numeric_line(st->text, a, b) || zc_ext_table_part(st, ns, ne))
        return false;   // a part the table reader placed: a header, a label, a row number
    long x = whole_line(st, a, b);
    if (x >= 0 && row_number(st, a, x))
        return false;
    bool small = b - a == 1;
    size_t ls = a, le = b;   // the raw line: from after its '\n' to its '\n' (spaces only)
    while (ls > 0 && st->text[ls - 1] != '\n')
        ls--;
    while (le < st->d->norm_len && st->text[le] != '\n')
        le++;
    if (ls > 0) {
        line_around(st, ls - 1, &a, &b);
        if (numeric_line(st->text, a, b) && !(small && b - a == 1))
            return true;
    }
    if (le + 1 >= st->d->norm_len)
        return false;
    line_around(st, le + 1, &a, &b);
    return numeric_line(st->text, a, b) && !(small && b - a == 1);
}

/* The unit a table cell's line before names (饮料酒\n千升\n15767, 烟花鞭炮\n万箱\n1575): that
 * line read after a 1 is all a quantity (1万箱 = 10000 箱). Returns its value, the factor, or 0. */
static double cell_unit(const zc_ext_sent *st, size_t ns, zc_number *u)
{
    size_t ls = ns, a, b;
    while (ls > 0 && st->text[ls - 1] != '\n' && ns - ls < CELL_MAX)
        ls--;
    if (ls == 0 || st->text[ls - 1] != '\n')
        return 0;
    line_around(st, ls - 1, &a, &b);
    char buf[40];
    size_t c;
    if (b <= a || b - a > sizeof buf - 2)
        return 0;
    buf[0] = '1';
    memcpy(buf + 1, st->text + a, b - a);
    if (!zc_num_parse(st->lx, buf, b - a + 1, &c, u) || c != b - a + 1 || !u->unit[0] ||
        u->comparator[0] || u->approx || u->bound)
        return 0;
    return u->value;
}

/* A table cell's unit and scale (the reader's, else the line above a bare cell's) on the
 * record r of a figure written without one (千升\n15767, 投资(万元) … 820). */
static void cell_figure(const zc_ext_sent *st, const zc_ext_cell *cell, zc_record *r)
{
    if (r->unit[0])
        return;
    if (cell) {
        r->value *= cell->factor;
        r->value_max *= cell->factor;
        zc_strcpy_cut(r->unit, sizeof r->unit, cell->unit);
        return;
    }
    zc_number u;
    double f;
    size_t ns = r->text.start;
    if (table_cell(st, ns, r->text.end) && (f = cell_unit(st, ns, &u)) > 0) {
        r->value *= f;
        zc_strcpy_cut(r->unit, sizeof r->unit, u.unit);
    }
}

/* The colon at c joins a clock time (16:00, 8:30, 16:50:00), not the parts of a ratio. */
static bool clock_colon(const zc_ext_sent *st, size_t c)
{
    size_t a = c, b = c + 1;
    while (a > st->start && isdigit((unsigned char)st->text[a - 1]))
        a--;
    while (b < st->end && isdigit((unsigned char)st->text[b]))
        b++;
    bool frac = (a > st->start && st->text[a - 1] == '.') || (b < st->end && st->text[b] == '.');
    // H:MM and the MM:SS of H:MM:SS (16:50:00): two digits up to 59 after one or two digits.
    return !frac && c - a >= 1 && c - a <= 2 && b - c == 3 && atoi(st->text + c + 1) <= 59;
}

/* A part of a ratio (3.9:59.5:36.6, 5:1; ： is : in the view): a figure with no unit, one
 * statistic per part (GUIDELINES.md). */
static bool ratio_part(const zc_ext_sent *st, size_t ns, size_t e)
{
    size_t c;
    if (e + 1 < st->end && st->text[e] == ':' && isdigit((unsigned char)st->text[e + 1]))
        c = e;
    else if (ns >= st->start + 2 && st->text[ns - 1] == ':' &&
             isdigit((unsigned char)st->text[ns - 2]))
        c = ns - 1;
    else
        return false;
    if (clock_colon(st, c))
        return false;
    // A code (ISO9001:2000) is no ratio; map scales and sharing rules are skip rules of
    // dicts/rules/extract.tsv.
    size_t a = c;
    while (a > st->start && (isdigit((unsigned char)st->text[a - 1]) || st->text[a - 1] == '.' ||
                             st->text[a - 1] == ':'))
        a--;
    return !(a > st->start && isalpha((unsigned char)st->text[a - 1]));
}

/* True when only spaces and a list joiner lie between a figure ending at `a` and `b`. */
static bool list_follows(const zc_ext_sent *st, size_t a, size_t b)
{
    while (a < b && st->text[a] == ' ')
        a++;
    const zc_ext_hit *h = zc_ext_hit_at(st, a, ZC_XT_CUE, ZC_XC_LIST);
    if (!h)
        return false;
    a = h->end;
    while (a < b && st->text[a] == ' ')
        a++;
    return a == b;
}

/* A sum of money per head or per unit in a schedule (补助标准提高到每人每年240元, 按配建面积需
 * 缴纳每平方米1072元, 最低收购价平均每50公斤提高16元): a schedule cue (cues.tsv schedule) in its
 * clause, and a per cue (per) or 每 before a number earlier in it. A rate of a fee, price or
 * subsidy schedule, neither target nor statistic (GUIDELINES.md); with no schedule, a per-head
 * income (平均每人的纯收入) or standard (每车不低于五百万元的保险) stays. */
static bool money_per_head(const zc_ext_sent *st, const zc_number *n, size_t s)
{
    if (strncmp(n->unit, "元", strlen("元")) != 0)
        return false;
    const zc_ext_clause *cl = zc_ext_clause_at(st, s);
    if (!zc_ext_has_any(st, cl->start, cl->end, ZC_XT_CUE, ZC_XC_SCHEDULE))
        return false;
    if (zc_ext_has_any(st, cl->start, s, ZC_XT_CUE, ZC_XC_PER))
        return true;
    for (size_t q = cl->start; q + 4 <= s; q = zc_ext_next_char(st->text, q))
        if (memcmp(st->text + q, "每", 3) == 0 && st->text[q + 3] >= '0' &&
            st->text[q + 3] <= '9')
            return true;
    return false;
}

/* 每50公斤, 每万人口 (每 800户 on a typeset page): a rate's denominator right after 每; 每人每年
 * 240元 in a schedule. */
static bool per_head(const zc_ext_sent *st, const zc_number *n, size_t ns)
{
    size_t p = zc_ext_skip_spaces_back(st, st->start, ns);
    return (p >= st->start + 3 && memcmp(st->text + p - 3, "每", 3) == 0) ||
           money_per_head(st, n, ns);
}

/* ---- the decision (dicts/rules/decide-number.tsv, then decide-statistic.tsv) ---------- */

/* The features the tables may ask of a number, in the order of number_features. */
enum {
    NF_OVERLAP, NF_PAGE_FURNITURE, NF_AMOUNT_TIER, NF_CUT_OFF, NF_IN_CONDITION, NF_ORDINAL,
    NF_OPEN_BOUND, NF_SIZE_NOUN_AFTER, NF_BRACKET, NF_QUOTA_MAX_BEFORE, NF_QUOTA_BEFORE,
    NF_QUOTA_AFTER_OBJECT, NF_QUOTA_AFTER, NF_PLAN_GOAL, NF_COMPARATOR, NF_APPROX_ONLY,
    NF_EQUALS, NF_WORDS_BEFORE, NF_UNIT, NF_CHINESE, NF_SCORE, NF_PERCENT, NF_PER_UNIT,
    NF_SPEC_CUE, NF_GOAL_FIGURE, NF_PAST, NF_BASELINE, NF_OWN_GOAL, NF_GOAL_COMPARE,
    NF_GOAL_HEADING, NF_RULE_STANDARD, NF_MODAL_IN_CLAUSE, NF_MODAL_REQUIRES,
    NF_GOAL_CUE_BEFORE, NF_IN_QUOTES, NF_SCALE, NF_ONE, NF_RANGE, NF_COUNT_NOUN_AFTER,
    NF_IN_LIST, NF_RATIO_PART, NF_TABLE_CELL, NF_REPEATED_NAME, NF_SHARE_MAX, NF_SHARE_MIN,
    NF_TABLE_GOAL_COLUMN, NF_TABLE_BASE_COLUMN, NF_TABLE_PLAN, NF_TABLE_SPEC, NF_TABLE_CAPTION,
    NF_GENRE_PLAN, NF_GENRE_RULE, NF_GENRE_REPORT, NF_INVENTORY, NF_MONEY_RATE,
    NF_KIND_UNIT, NF_FUTURE_BEFORE, NF_GRANT_AFTER, NF_GRANT_CAP, NF_DESIGNATED,
    NF_ITEM_NOUN_AFTER, NF_COMPOSE, NF_PROJECT_BEFORE, NF_NUMERAL_AFTER, NF_PER_HEAD,
    NF_SCHEME_LIMIT, NF_RULE_CONSEQUENCE, NF_GENRE_GUIDE, NF_PAST_FRAME, NF_OTHERS,
    NF_FRACTION, NF_ARTICLE_BEFORE, NF_THRESHOLD, NF_AGE_OF_PERSON, NF_PARTS_OF_TOTAL,
    NF_AFTER_ITEM_COUNT, NF_COUNTS_LIST, NF_PROHIBITED_CLASS, NF_TEXT_LENGTH, NF_OPENS_LIST,
    NF_SHARE_RATE, NF_MAY_CEILING, NF_RECURRING_ONCE, NF_CASE_BOUND, NF_POLICY_TERM,
    NF_ROW_NUMBER, NF_REACH_BEFORE, NF_SCOPE, NF_FUND_SUM, NF_MEASURE_CLASS, NF_TABLE_SCORE,
    NF_RADIUS, NF_DEFINED, NF_ELIGIBILITY, NF_DIGIT_CODE, NF_APPROX_WORD, NF_RESULTS_LINE,
    NF_FROM_LEVEL, NF_TITLE_NAME, NF_COUNT
};
_Static_assert(NF_COUNT <= ZC_DEC_MAXFEATURES, "decide.h: more features than a table's memo holds");

static const char *const number_features[NF_COUNT] = {
    "overlap", "page_furniture", "amount_tier", "cut_off", "in_condition", "ordinal",
    "open_bound", "size_noun_after", "bracket", "quota_max_before", "quota_before",
    "quota_after_object", "quota_after", "plan_goal", "comparator", "approx_only",
    "equals", "words_before", "unit", "chinese", "score", "percent", "per_unit",
    "spec_cue", "goal_figure", "past", "baseline", "own_goal", "goal_compare",
    "goal_heading", "rule_standard", "modal_in_clause", "modal_requires",
    "goal_cue_before", "in_quotes", "scale", "one", "range", "count_noun_after",
    "in_list", "ratio_part", "table_cell", "repeated_name", "share_max", "share_min",
    "table_goal_column", "table_base_column", "table_plan", "table_spec", "table_caption",
    "genre_plan", "genre_rule", "genre_report", "inventory", "money_rate",
    "kind_unit", "future_before", "grant_after", "grant_cap", "designated",
    "item_noun_after", "compose", "project_before", "numeral_after", "per_head",
    "scheme_limit", "rule_consequence", "genre_guide", "past_frame", "others", "fraction",
    "article_before", "threshold", "age_of_person", "parts_of_total",
    "after_item_count", "counts_list", "prohibited_class", "text_length", "opens_list",
    "share_rate", "may_ceiling", "recurring_once", "case_bound", "policy_term", "row_number",
    "reach_before", "scope", "fund_sum", "measure_class", "table_score", "radius", "defined",
    "eligibility", "digit_code", "approx_word", "results_line", "from_level", "title_name",
};

enum { NV_TARGET, NV_FIGURE, NV_NONE };
static const char *const number_verdicts[] = { "target", "figure", "none" };
enum { NA_OWN = 3, NA_BOUNDS = 4 };
static const char *const number_args[] = { "<=", ">=", "=", "own", "bounds" };
enum { SV_STATISTIC, SV_NONE };
static const char *const statistic_verdicts[] = { "statistic", "none" };

const zc_dec_spec zc_ext_number_spec = { number_features, NF_COUNT, number_verdicts, 3,
                                         number_args, 5 };
const zc_dec_spec zc_ext_statistic_spec = { number_features, NF_COUNT, statistic_verdicts, 2,
                                            NULL, 0 };

#define NAME_REPEATS 2       /* occurrences of a count and its words that make them a name (国际国内两个市场 twice) */
#define NAME_WINDOW 24000    /* bytes either side of it searched for them (8000 characters) */

/* The end of the two Han characters right after `e` (U+3400–U+9FFF: no punctuation, no
 * fullwidth forms), the words a count names with it; SIZE_MAX when they are not there. */
static size_t two_han_after(const zc_ext_sent *st, size_t e)
{
    size_t q = e;
    for (int k = 0; k < 2; k++) {
        uint8_t b0 = (uint8_t)st->text[q];
        if (q + 3 > st->end || b0 < 0xe3 || b0 > 0xe9 ||
            (b0 == 0xe3 && (uint8_t)st->text[q + 1] < 0x90))
            return SIZE_MAX;
        q = zc_ext_next_char(st->text, q);
    }
    return q;
}

/* True when the count [ns, e) and the two characters after it occur NAME_REPEATS times or
 * more in the document: a name the text keeps using (三个创新中心, 四个意识), not a figure each
 * time. */
static bool repeated_name(const zc_ext_sent *st, size_t ns, size_t e)
{
    size_t q = two_han_after(st, e);
    if (q == SIZE_MAX)
        return false;
    // Looked for within NAME_WINDOW bytes either side, so that a long document costs each
    // count a bounded search: a name the text keeps using recurs nearby.
    size_t len = q - ns, n = 0;
    size_t from = ns > NAME_WINDOW ? ns - NAME_WINDOW : 0;
    size_t to = st->d->norm_len - q > NAME_WINDOW ? q + NAME_WINDOW : st->d->norm_len;
    const char *p = st->text + from, *end = st->text + to;
    while (n < NAME_REPEATS && (p = memmem(p, (size_t)(end - p), st->text + ns, len))) {
        n++;
        p += len;
    }
    return n >= NAME_REPEATS;
}

/* True when the count [ns, e) and the two Han characters after it stand in the document's
 * title (the count itself there, or repeated outside): the title names the scope the document
 * works in (关于印发17个省级贫困县…实施方案的通知, then 确保17个省级贫困县…), a name each time. */
static bool title_name(const zc_ext_sent *st, size_t ns, size_t e)
{
    const zc_vspan *t = &st->title;
    size_t q = t->end > t->start ? two_han_after(st, e) : SIZE_MAX;
    return q != SIZE_MAX &&
           memmem(st->text + t->start, t->end - t->start, st->text + ns, q - ns) != NULL;
}

/* A percentage or fraction bounded through its base (占比不超过总量的30%, 不得低于项目总投资的
 * 20%, 不得超过本方代表的三分之一) or raised to a level of it (比例提高到地上建筑总量的30%):
 * '<' or '>' when a negated ceiling or floor word of its clause is followed by a noun
 * phrase that ends in 的 right before it, with no figure between; else 0. */
static char share_bound(const zc_ext_sent *st, const zc_number *n, size_t ns)
{
    if ((strcmp(n->unit, "%") != 0 && !n->fraction) || n->comparator[0])
        return 0;   // a percentage or a fraction (不得超过本方代表的三分之一)
    size_t b = ns;
    while (b > st->start && st->text[b - 1] == ' ')
        b--;
    if (b < st->start + 3 || memcmp(st->text + b - 3, "的", 3) != 0)
        return 0;
    const zc_ext_clause *c = zc_ext_clause_at(st, ns);
    char found = 0;
    for (size_t q = c->start; q < b - 3; q = zc_ext_next_char(st->text, q)) {
        if (isdigit((unsigned char)st->text[q]))
            found = 0;   // a figure between: the word bounds that one
        const zc_lexent *x = zc_lex_match(st->lx, ZC_LX_CMP, st->text + q, b - 3 - q, ZC_POS_PRE);
        if (!x)   // the open bounds (低于, 超过) are approximation words
            x = zc_lex_match(st->lx, ZC_LX_APPROX, st->text + q, b - 3 - q, ZC_POS_PRE);
        // Only the negated bounds (不超过, 不低于; 不得 before 低于 flips it): change verbs
        // (减少, 控制) measure.
        if (!x)
            continue;
        // A level a change verb reaches (提高到, 提升至, 控制到; not 达到): where it ends.
        bool level = x->klen >= 9 && (!memcmp(st->text + q + x->klen - 3, "到", 3) ||
                                      !memcmp(st->text + q + x->klen - 3, "至", 3));
        if ((memcmp(st->text + q, "不", 3) == 0 || level) &&
            (!strcmp(x->str, "<=") || !strcmp(x->str, ">=")))
            found = x->str[0];
        else if (q >= c->start + 6 && memcmp(st->text + q - 6, "不得", 6) == 0 &&
                 (!strcmp(x->str, "<") || !strcmp(x->str, ">")))
            found = x->str[0] == '<' ? '>' : '<';
    }
    return found;
}

/* The bytes of an approximation word at p that closes a two-character word of the segmenter
 * (约 of 国际条约187个 and 为国家节约二千八百亿元, 近 of 最近一次): no cue there. A bound stays
 * one inside a word (略低于8%), and so does a word merged with more before it (已有近两万个).
 * 0 when there is none. */
static size_t pre_cue_in_word(const zc_ext_sent *st, size_t p)
{
    if (p < st->start + 3 || (uint8_t)st->text[p - 1] < 0x80)
        return 0;
    const zc_lexent *a = zc_lex_match(st->lx, ZC_LX_APPROX, st->text + p, st->end - p, ZC_POS_PRE);
    if (!a || a->bound)
        return 0;
    size_t e = p + a->klen;
    return !zc_ext_word_starts(st, p) && zc_ext_word_starts(st, p - 3) &&
                   (e >= st->end || zc_ext_word_starts(st, e))
               ? a->klen
               : 0;
}

/* The start of the words before `s`, spaces passed over (这 2 个: PDF text spaces digits). */
static size_t before_spaces(const zc_ext_sent *st, size_t s)
{
    return zc_ext_skip_spaces_back(st, st->start, s);
}

/* A rule limit of an application scheme (GUIDELINES.md: rule limits): a part of the scheme a
 * call limits is in the clause (cues.tsv scheme: 课题数, 参加单位, 推荐), and the figure is a
 * ceiling or an exact count (课题数不超过5个, 拟支持项目数为1~2项), a count right after it (只能申请
 * 1项), or a count of that part right before it (设1名项目负责人). A floor (推荐…达到150个) is no limit. */
static bool scheme_limit(const zc_ext_sent *st, const zc_number *n, size_t s, size_t e)
{
    const zc_ext_clause *cl = zc_ext_clause_at(st, s);
    if (!zc_ext_has(st, cl->start, cl->end, ZC_XT_CUE, ZC_XC_SCHEME))
        return false;
    if (n->comparator[0] == '<' || strcmp(n->comparator, "=") == 0 ||
        zc_ext_hit_ending(st, before_spaces(st, s), ZC_XT_CUE, ZC_XC_SCHEME))
        return true;
    e = zc_ext_skip_spaces(st, e, cl->end);
    return !n->comparator[0] && zc_ext_hit_at(st, e, ZC_XT_CUE, ZC_XC_SCHEME) != NULL;
}


/* A number in question: the cue words and number [s, e), the number alone [ns, ne). */
typedef struct num_cand {
    zc_ext_sent *st;
    const zc_number *n;
    size_t s, ns, ne, e;
    size_t ui_end, amounts, last_end;
    const zc_ext_cell *cell;   /* the table cell it fills, or NULL */
} num_cand;

static bool words_reach_taken(const zc_ext_sent *st, size_t s, size_t e)
{
    for (size_t q = s; q < e; q = zc_ext_next_char(st->text, q))
        if (zc_ext_taken(st, q))
            return true;
    return false;
}

/* The byte before a number where a quota cue ends (控制指标(177人): before the bracket). */
static size_t quota_end(const num_cand *c)
{
    return c->ns > c->st->start && c->st->text[c->ns - 1] == '(' ? c->ns - 1 : c->ns;
}

/* A comparison under a goal (考核目标:…较上年提高3个百分点): a goal heading or a goal cue
 * earlier in the sentence, and a comparison in a clause reporting no past. */
static bool goal_compare(const num_cand *c)
{
    const zc_ext_sent *st = c->st;
    const zc_ext_clause *cl = zc_ext_clause_at(st, c->s);
    return (st->goal || zc_ext_has_any(st, st->start, c->ns, ZC_XT_CUE, ZC_XC_GOAL)) &&
           cl->compare && !cl->past;
}

/* In a rule, the clause of `s` is the consequence of a condition closed by 的 right before it
 * (…已满1年不满10年的，年休假5天: the standard of that case), with no mechanism word of its own
 * (情节严重的，责令其停业整顿3天至7天: a sanction's term). */
static bool rule_consequence(const zc_ext_sent *st, size_t s)
{
    const zc_ext_clause *cl = zc_ext_clause_at(st, s);
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    return cl > first && zc_ext_rule_condition(st, cl - 1) && !zc_ext_rule_condition(st, cl) &&
           !zc_ext_has(st, cl->start, cl->end, ZC_XT_ENF, -1);
}

#define NBIT(f) (UINT64_C(1) << (f))
/* The features read straight off the number and the sentence: set before any row is tried,
 * so that the rows that ask them cost a mask test, not a call. */
#define NUMBER_READY                                                                         \
    (NBIT(NF_PAGE_FURNITURE) | NBIT(NF_AMOUNT_TIER) | NBIT(NF_OPEN_BOUND) |                  \
     NBIT(NF_COMPARATOR) | NBIT(NF_APPROX_ONLY) | NBIT(NF_EQUALS) | NBIT(NF_WORDS_BEFORE) |  \
     NBIT(NF_UNIT) | NBIT(NF_CHINESE) | NBIT(NF_SCORE) | NBIT(NF_PERCENT) | NBIT(NF_BASELINE) | \
     NBIT(NF_GOAL_HEADING) | NBIT(NF_ONE) | NBIT(NF_RANGE))

static uint64_t number_ready(const num_cand *c)
{
    const zc_number *n = c->n;
    const char *cmp = n->comparator, *u = n->unit;
    return (c->s < c->ui_end ? NBIT(NF_PAGE_FURNITURE) : 0) |
           (c->s < c->amounts ? NBIT(NF_AMOUNT_TIER) : 0) |
           (n->bound ? NBIT(NF_OPEN_BOUND) : 0) | (cmp[0] ? NBIT(NF_COMPARATOR) : 0) |
           (cmp[0] == '~' && !cmp[1] ? NBIT(NF_APPROX_ONLY) : 0) |
           (cmp[0] == '=' && !cmp[1] ? NBIT(NF_EQUALS) : 0) |
           (c->s != c->ns ? NBIT(NF_WORDS_BEFORE) : 0) | (u[0] ? NBIT(NF_UNIT) : 0) |
           (n->chinese ? NBIT(NF_CHINESE) : 0) | (n->score ? NBIT(NF_SCORE) : 0) |
           (u[0] == '%' && !u[1] ? NBIT(NF_PERCENT) : 0) |
           (baseline_at(c->st, c->s) ? NBIT(NF_BASELINE) : 0) |
           (c->st->goal ? NBIT(NF_GOAL_HEADING) : 0) |
           (n->value == 1 ? NBIT(NF_ONE) : 0) | (n->has_max ? NBIT(NF_RANGE) : 0);
}

/* Whether the clause at s holds a modal verb other than a permission (可满足…19.4万人次
 * requires nothing). */
static bool duty_in_clause(const zc_ext_sent *st, size_t s)
{
    const zc_ext_clause *cl = zc_ext_clause_at(st, s);
    for (size_t i = zc_ext_next_hit(st, 0, cl->start, cl->end, ZC_XT_MOD, -1); i != SIZE_MAX;
         i = zc_ext_next_hit(st, i + 1, cl->start, cl->end, ZC_XT_MOD, -1))
        if (ZC_EXT_HIT(st, i)->e->cls != ZC_MOD_MAY)
            return true;
    return false;
}

/* Whether the clause at s holds a composition verb (cues.tsv compose: 组成, 设, 推选) as a word
 * of its own, before or after s (组成5-7人的调查组, 由七人至十一人组成, 设主席一人; not the 设 of
 * 设计 or 设立). */
static bool compose_in_clause(const zc_ext_sent *st, size_t s)
{
    const zc_ext_clause *cl = zc_ext_clause_at(st, s);
    for (size_t i = zc_ext_next_hit(st, 0, cl->start, cl->end, ZC_XT_CUE, ZC_XC_COMPOSE);
         i != SIZE_MAX; i = zc_ext_next_hit(st, i + 1, cl->start, cl->end, ZC_XT_CUE,
                                              ZC_XC_COMPOSE)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (zc_ext_word_starts(st, h->start) &&
            (h->end >= st->end || zc_ext_word_starts(st, h->end)))
            return true;
    }
    return false;
}

/* An open bound (两个以上, 二十五度以上) right before a noun or name, under a prohibition
 * (不得同时在两个以上专利代理机构从事…, 禁止…在二十五度以上陡坡地开垦): the bound names the
 * class of things the rule forbids, a rule limit or size class, no standard to meet. */
static bool prohibited_class(const zc_ext_sent *st, const zc_number *n, size_t s, size_t e)
{
    if (!n->bound || e >= zc_ext_clause_at(st, s)->end ||
        zc_ext_modality_over(st, s) != ZC_MOD_PROHIBIT)
        return false;
    const zc_ext_word *w = zc_ext_word_at(st, e);
    return w && (w->cls == ZC_XW_NOUN || w->cls == ZC_XW_NAME || w->cls == ZC_XW_VNOUN);
}

/* True when the clause holding `s` states a case: it closes with 的, or with 时 as a word of
 * its own (流量大于五十立方米每秒时，…应当停止作业), spaces aside, and holds no modal verb but one
 * of need (需要两个以上单位共同办理的，应当…: cues.tsv need). */
static bool case_clause(const zc_ext_sent *st, size_t s)
{
    const zc_ext_clause *cl = zc_ext_clause_at(st, s);
    size_t e = zc_ext_text_end(st->text, cl->start, cl->end);
    bool when = e >= cl->start + 3 && !memcmp(st->text + e - 3, "时", 3) &&
                zc_ext_word_starts(st, e - 3);
    if (!when && !zc_ext_ends_in_de(st->text, cl->start, cl->end))
        return false;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, cl->start, cl->end, ZC_XT_MOD, -1); i != SIZE_MAX;
         i = zc_ext_walk_next(st, &wi))
        if (!zc_ext_hit_at(st, ZC_EXT_HIT(st, i)->start, ZC_XT_CUE, ZC_XC_NEED))
            return false;
    return true;
}

/* A floor of one time (至少一次, 不得少于一次; 至少组织开展1次) after a recurrence read earlier in
 * its clause (应急演练每年不得少于一次, 每五年至少实施一次), or a count of times no comparator bounds
 * (每年开展1次现场检查, 每年调整1次专业): it says no more than the recurrence, whose record it
 * folds into; a floor of two or more times (每学期不得少于两次) is a quota. */
static bool recurring_once(const zc_ext_sent *st, const zc_number *n, size_t s)
{
    if (strcmp(n->unit, "次") != 0 ||
        !(n->comparator[0] == '\0' || (n->value == 1 && n->comparator[0] == '>')))
        return false;
    // A recurrence the time parser reads in the clause before it, recorded or not (每年); a
    // count with a comparator earlier in the clause shares it (至少开展1次书面检查和2次现场检查).
    const zc_ext_clause *cl = zc_ext_clause_at(st, s);
    bool recurs = false;
    for (size_t q = cl->start, k; q < s; q = zc_ext_next_char(st->text, q)) {
        const zc_lexent *x = n->comparator[0] ? NULL
                             : zc_lex_match(st->lx, ZC_LX_CMP, st->text + q, s - q, -1);
        if (!x && !n->comparator[0])
            x = zc_lex_match(st->lx, ZC_LX_APPROX, st->text + q, s - q, -1);
        // 每年至少组织开展1次…活动: the shared floor is of one time, as 至少一次 is.
        if (x && !(n->value == 1 && x->str[0] == '>'))
            return false;
        zc_timex t;
        recurs = recurs || (zc_ext_time_starts(st, q, &k) && q + k <= s &&
                            zc_ext_time_at(st, q, &k, &t) && t.recurrence[0]);
    }
    return recurs;
}

/* The start of the first sentence of the chain that ； joins to this one in its paragraph (an
 * item list: 单方缴存，最高60万元；夫妻双方缴存，最高80万元), at most eight sentences back. */
static size_t semicolon_chain_start(const zc_ext_sent *st)
{
    zc_sentence_info si, prev;
    zc_doc_sentence(st->d, st->index, &si);
    size_t start = si.start;
    for (size_t i = st->index, k = 0; i > 0 && k < 8; i--, k++) {
        zc_doc_sentence(st->d, i - 1, &prev);
        if (prev.para != si.para || !zc_ext_ends_semicolon(st, prev.start, prev.end))
            break;
        start = prev.start;
    }
    return start;
}

/* Whether a definition's copula (cues.tsv define: 是指, 指) stands before `s` in its clause, or
 * earlier in its sentence with no modal verb up to `s`: the alternatives after it (大件垃圾指…
 * 重量超过5千克，或体积超过0.2立方米，或长度超过1米; Ⅰ级事故指造成死亡30人以上，或…直接经济
 * 损失1亿元以上) draw the class defined too. */
static bool defined(const zc_ext_sent *st, size_t s)
{
    if (zc_ext_has(st, zc_ext_clause_at(st, s)->start, s, ZC_XT_CUE, ZC_XC_DEFINE))
        return true;
    if (zc_ext_modality(st, st->start, s) != ZC_MOD_NONE)
        return false;
    zc_ext_walk w;   // a whole word of the segmenter: not the 指 of 会议指出
    for (size_t i = zc_ext_walk_in(&w, st, st->start, s, ZC_XT_CUE, ZC_XC_DEFINE); i != SIZE_MAX;
         i = zc_ext_walk_next(st, &w)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (zc_ext_word_starts(st, h->start) && zc_ext_word_starts(st, h->end))
            return true;
    }
    return false;
}

/* The features of a number that a rule's or scheme's wording makes no figure: a count opening
 * a list, a ceiling a permission sets, a rate a scheme pays at, a floor of one time a
 * recurrence holds, an open bound naming a case, a term of credit, tax or land sale. */
static bool scheme_feature(const num_cand *c, int id)
{
    const zc_ext_sent *st = c->st;
    switch (id) {
    case NF_OPENS_LIST: return opens_list(st, c->n, c->ns, c->ne);
    case NF_SCOPE: return scope_at(st, c->s, c->e);
    case NF_MEASURE_CLASS: return c->s == c->ns && measure_class(st, c->n, c->ne, c->e);
    case NF_RADIUS:   // 站点50米范围内, 500米服务半径: where a goal applies
        return zc_ext_hit_ending(st, c->ne, ZC_XT_CUE, ZC_XC_SIZE_UNIT) &&
               zc_ext_hit_at(st, c->e, ZC_XT_CUE, ZC_XC_RADIUS);
    case NF_DEFINED:   // 老年人是指60周岁以上的公民: the open bound draws the class defined
        return (c->n->comparator[0] == '<' || c->n->comparator[0] == '>') && defined(st, c->s);
    case NF_FUND_SUM:   // 统筹安排1.5亿元, 设立1亿元省天使投资引导基金: a fund's budget
        return strcmp(c->n->unit, "元") == 0 &&
               zc_ext_hit_ending(st, c->s, ZC_XT_CUE, ZC_XC_FUND_VERB) != NULL;
    case NF_MAY_CEILING:   // 允许不超过五分之一, 可…，但最多不超过六批: what a permission allows
        return c->n->comparator[0] == '<' && zc_ext_modality(st, c->s, c->e) == ZC_MOD_MAY;
    case NF_SHARE_RATE: {   // 按60%报销, 返还其…费的50%: a scheme's rate, in a clause comparing nothing
        const zc_ext_clause *cl = zc_ext_clause_at(st, c->s);
        return strcmp(c->n->unit, "%") == 0 && !cl->compare &&
               zc_ext_has(st, cl->start, cl->end, ZC_XT_CUE, ZC_XC_RATE);   // not 按 of 按期
    }
    case NF_RECURRING_ONCE: return recurring_once(st, c->n, c->s);
    case NF_CASE_BOUND: return c->n->bound && case_clause(st, c->s);
    case NF_POLICY_TERM: {   // 首付款比例调整为不低于15%, 适用3%征收率, 20%的土地出让价款
        const zc_ext_clause *cl = zc_ext_clause_at(st, c->s);
        // After its 的, the term may close a noun phrase of a few characters (土地出让价款).
        size_t de = c->e + 3 <= cl->end && !memcmp(st->text + c->e, "的", 3) ? c->e + 3 : 0;
        // 贷款最高额度为：单方缴存，最高60万元；夫妻双方缴存，最高80万元: a term before a colon
        // heads the list of its values, its items joined by ；.
        size_t head = semicolon_chain_start(st);
        const char *colon = memrchr(st->text + head, ':', cl->start - head);
        return zc_ext_has(st, cl->start, c->s, ZC_XT_CUE, ZC_XC_TERM) ||
               (colon && zc_ext_text_has(st->x, st->text, head, (size_t)(colon - st->text),
                                         ZC_XT_CUE, ZC_XC_TERM)) ||
               zc_ext_hit_at(st, c->e, ZC_XT_CUE, ZC_XC_TERM) != NULL ||
               (de && zc_ext_has_any(st, de, de + 12 < cl->end ? de + 12 : cl->end, ZC_XT_CUE,
                                     ZC_XC_TERM));
    }
    }
    return false;
}

/* The features of a number read off the words around it: a fraction (1/8000), 一 as an article
 * after 为 or 到 (作为一项), a threshold of a counted set, an age of persons, the parts of a
 * total. */
/* A run of DIGIT_CODE_MIN or more digits, no separator and no unit (13817914108, an account
 * number): a telephone, account or identity number, no figure. The read texts' figures of so
 * many digits all carry a unit (1221442万元). */
enum { DIGIT_CODE_MIN = 9 };

static bool digit_code(const zc_ext_sent *st, const zc_number *n, size_t ns, size_t ne)
{
    if (n->unit[0] || ne - ns < DIGIT_CODE_MIN)
        return false;
    for (size_t i = ns; i < ne; i++)
        if (st->text[i] < '0' || st->text[i] > '9')
            return false;
    return true;
}

static bool word_feature(const num_cand *c, int id)
{
    const zc_ext_sent *st = c->st;
    switch (id) {
    case NF_FRACTION: return c->n->fraction;
    case NF_ARTICLE_BEFORE:   // 作为一项, 提高到一个新水平: the cue holds the 一 (为一, 到一)
        return c->ne >= c->ns + 3 && memcmp(st->text + c->ns, "一", 3) == 0 &&
               zc_ext_hit_ending(st, c->ns + 3, ZC_XT_CUE, ZC_XC_ARTICLE) != NULL;
    case NF_THRESHOLD: return threshold(st, c->n, c->s, c->e);
    case NF_AGE_OF_PERSON: return age_of_person(st, c->n, c->ne, c->e);
    case NF_PARTS_OF_TOTAL: return parts_of_total(st, c->n, c->e);
    case NF_AFTER_ITEM_COUNT: return after_item_count(st, c->ns);
    case NF_COUNTS_LIST:
        return counts_list(st, c->n, c->ns, c->ne) || heads_list(st, c->n, c->ns, c->ne);
    case NF_PROHIBITED_CLASS: return prohibited_class(st, c->n, c->s, c->e);
    case NF_TEXT_LENGTH: return strcmp(c->n->unit, "字") == 0;   // 300字以内, 八字方针
    case NF_DIGIT_CODE: return digit_code(st, c->n, c->ns, c->ne);
    case NF_ROW_NUMBER: return numbers_row(st, c->ns);
    case NF_REACH_BEFORE:   // 达到80%左右: a level to reach, 左右 only makes it approximate
        return zc_ext_has(st, c->s, c->ns, ZC_XT_CUE, ZC_XC_REACH);
    case NF_APPROX_WORD: {   // 约100个: the only word before it makes it approximate
        const zc_lexent *a = c->ns > c->s ? zc_lex_match(st->lx, ZC_LX_APPROX, st->text + c->s,
                                                         c->ns - c->s, ZC_POS_PRE) : NULL;
        return a && a->klen == c->ns - c->s;
    }
    }
    return false;
}

/* True when the points at `at` are awarded: 得, 加, 扣, 计, 记 or 赋 right before them. */
static bool awarded_at(const zc_ext_sent *st, size_t at)
{
    static const char *const award[] = { "得", "加", "扣", "计", "记", "赋" };
    for (size_t i = 0; i < sizeof award / sizeof *award; i++)
        if (at >= st->start + 3 && memcmp(st->text + at - 3, award[i], 3) == 0)
            return true;
    return false;
}

/* The clause after the one holding byte s awards points (年减排量＞1万吨二氧化碳
 * 当量，得70分; an award (awarded_at) and a score): the figure is a bracket a scoring rule rates, as
 * a scoring table's cells are (decide-number.tsv table_score). */
static bool points_after(const zc_ext_sent *st, size_t s)
{
    size_t q = zc_ext_clause_at(st, s)->end, k;
    if (q >= st->end)
        return false;
    q = zc_ext_skip_spaces(st, q + (st->text[q] == ',' ? 1 : 3), st->end) + 3;
    zc_number n;
    return q <= st->end && awarded_at(st, q) &&
           zc_num_parse(st->lx, st->text + q, st->end - q, &k, &n) && n.score;
}

/* True when the score n at [s, ns…) is points a rating scheme gives, not a result or goal
 * measured in points (综合得分达90分以上): awarded (每项得1分, 扣5分), given after a word of
 * points in its clause (初始赋值为100分, 记分的分值分别为：20分、10分; cues.tsv points), or the
 * cap of points its sentence awarded before (每个得5分，最多不超过10分). */
static bool points_given(const zc_ext_sent *st, const zc_number *n, size_t s, size_t ns)
{
    if (!n->score)
        return false;
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    if (awarded_at(st, ns) || zc_ext_has(st, c->start, s, ZC_XT_CUE, ZC_XC_POINTS))
        return true;
    for (size_t q = st->start; q < c->start; q = zc_ext_next_char(st->text, q)) {
        size_t k;
        zc_number m;
        if (awarded_at(st, q) && zc_num_parse(st->lx, st->text + q, c->start - q, &k, &m) &&
            m.score)
            return true;
    }
    return false;
}

/* A figure in a short line of a table no reader placed (主管154.84公里 under 附件2⏎…运维情况
 * 汇总表): a line of no sentence, its stops and commas absent, under an attachment's title of
 * the present or past, and no note in brackets. */
static bool results_line(const zc_ext_sent *st, size_t ns, size_t ne)
{
    size_t a, b;
    line_around(st, ns, &a, &b);
    if (a == b || b - a > 3 * 24 || memchr(st->text + a, ',', b - a) ||
        memchr(st->text + a, ';', b - a) || memmem(st->text + a, b - a, "。", strlen("。")))
        return false;
    // A note in brackets in a header cell (测评得分（30%）) weighs a column of a form.
    if ((ns > a && st->text[ns - 1] == '(') || (ne < b && st->text[ne] == ')'))
        return false;
    return zc_ext_results_attachment(st, ns);
}

/* The level a change starts from: a word opening a change's start (cues.tsv change_from: 从, 由)
 * right before the figure, perhaps with a word of the present level between (change_mid: 现行的,
 * 当前), and the value reached (change_to: 到, 至, 达到) right after it or after a two-character
 * verb (从3080元调整到3360元, 由95％提高至99％, 由当前的20家达到35家): a result; the goal is the
 * figure reached. */
static bool from_level(const zc_ext_sent *st, size_t ns, size_t ne)
{
    // 到 right after the figure, or after a verb of two characters (调整到); not after one (多到).
    bool to = false;
    for (size_t q = ne, k = 0; k < 3 && q < st->end && !to; k++, q = zc_ext_next_char(st->text, q))
        to = k != 1 && zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_CHANGE_TO);
    if (!to)
        return false;
    const zc_ext_hit *mid = zc_ext_hit_ending(st, ns, ZC_XT_CUE, ZC_XC_CHANGE_MID);
    return zc_ext_hit_ending(st, ns, ZC_XT_CUE, ZC_XC_CHANGE_FROM) ||
           (mid && zc_ext_hit_ending(st, mid->start, ZC_XT_CUE, ZC_XC_CHANGE_FROM));
}

/* What a table's header and caption say of a number in one of its cells or other parts. */
static bool table_feature(const num_cand *c, int id)
{
    const zc_ext_sent *st = c->st;
    switch (id) {
    case NF_TABLE_GOAL_COLUMN: return c->cell && c->cell->flags & ZC_XTC_GOAL;
    case NF_TABLE_BASE_COLUMN:   // a cell no table read placed: its attachment's title
        return c->cell ? (c->cell->flags & ZC_XTC_BASE ||
                          (!(c->cell->flags & ZC_XTC_GOAL) && zc_ext_results_attachment(st, c->ns)))
                       : table_cell(st, c->ns, c->ne) && zc_ext_results_attachment(st, c->ns);
    case NF_TABLE_PLAN: return (c->cell && c->cell->flags & ZC_XTC_PLAN) || st->plan;
    case NF_TABLE_SPEC: case NF_TABLE_SCORE: {
        uint8_t flag = id == NF_TABLE_SPEC ? ZC_XTC_SPEC : ZC_XTC_SCORE;
        const zc_ext_tspan *t = c->cell ? NULL : zc_ext_table_part(st, c->ns, c->ne);
        if (id == NF_TABLE_SCORE &&
            (points_after(st, c->ns) || points_given(st, c->n, c->s, c->ns)))
            return true;
        return c->cell ? c->cell->flags & flag : t && t->flags & flag;
    }
    case NF_TABLE_CAPTION: {
        const zc_ext_tspan *t = zc_ext_table_part(st, c->ns, c->ne);
        return t && t->what >= ZC_XTS_CAPTION && t->flags & ZC_XTC_PLAN;
    }
    }
    return false;
}

static bool number_feature(void *ctx, int id)
{
    const num_cand *c = ctx;
    const zc_ext_sent *st = c->st;
    const zc_number *n = c->n;
    switch (id) {
    case NF_OVERLAP: return words_reach_taken(st, c->s, c->e);
    case NF_PAGE_FURNITURE: return c->s < c->ui_end;
    case NF_AMOUNT_TIER: return c->s < c->amounts;
    case NF_CUT_OFF: return cut_off(st, c->ne);
    case NF_IN_CONDITION: return in_condition(st, c->ns, c->ne);
    case NF_ORDINAL:
        return zc_ext_hit_ending(st, before_spaces(st, c->s), ZC_XT_CUE, ZC_XC_ORD_PRE) != NULL;
    case NF_OPEN_BOUND: return n->bound;
    case NF_SIZE_NOUN_AFTER:   // 3000万元以上项目, 10亿元项目2个: a class by size or sum
        return ((n->bound || strcmp(n->unit, "元") == 0) &&
                zc_ext_hit_at(st, c->e, ZC_XT_CUE, ZC_XC_SIZE) != NULL) ||
               (n->bound && strcmp(n->unit, "元") == 0 && size_noun_de(st, c->e));
    case NF_BRACKET: return bracket(st, n, c->s, c->ns, c->e);
    case NF_QUOTA_MAX_BEFORE:
        return zc_ext_hit_ending(st, quota_end(c), ZC_XT_CUE, ZC_XC_QUOTA_MAX) != NULL;
    case NF_QUOTA_BEFORE:
        return zc_ext_hit_ending(st, quota_end(c), ZC_XT_CUE, ZC_XC_QUOTA_PRE) != NULL;
    case NF_QUOTA_AFTER_OBJECT: return quota_after_object(st, c->s);
    case NF_QUOTA_AFTER: return zc_ext_hit_at(st, c->e, ZC_XT_CUE, ZC_XC_QUOTA_POST) != NULL;
    case NF_PLAN_GOAL: return plan_goal(st, n, c->s, c->ns);
    case NF_COMPARATOR: return n->comparator[0] != '\0';
    case NF_APPROX_ONLY: return strcmp(n->comparator, "~") == 0;
    case NF_EQUALS: return strcmp(n->comparator, "=") == 0;
    case NF_WORDS_BEFORE: return c->s != c->ns;
    case NF_UNIT: return n->unit[0] != '\0';
    case NF_CHINESE: return n->chinese;
    case NF_SCORE: return n->score;
    case NF_PERCENT: return strcmp(n->unit, "%") == 0;
    case NF_PER_UNIT:   // 1900元/生, 元/生•年
        return strchr(n->unit, '/') || (c->ne < st->end && st->text[c->ne] == '/');
    case NF_SPEC_CUE:
        return zc_ext_has_any(st, zc_ext_clause_at(st, c->s)->start, c->s, ZC_XT_CUE,
                              ZC_XC_SPEC);
    case NF_GOAL_FIGURE: return goal_figure(st, n, c->s);
    case NF_PAST: return zc_ext_figure_in_past(st, c->s);
    case NF_BASELINE: return baseline_at(st, c->s);
    case NF_OWN_GOAL: {   // a goal cue, or a bound to come before it (提出到2025年…超过52%)
        const zc_ext_clause *cl = zc_ext_clause_at(st, c->s);
        // A requirement word right before the figure (累计划设…航线不少于150条) states a goal
        // by itself, though a running total stands before it.
        if (zc_ext_hit_ending(st, c->ns, ZC_XT_CUE, ZC_XC_GOAL))
            return true;
        return !cl->past && (zc_ext_has_any(st, cl->start, cl->end, ZC_XT_CUE, ZC_XC_GOAL) ||
                             zc_ext_horizon_in(st, cl->start, c->s));
    }
    case NF_GOAL_COMPARE: return goal_compare(c);
    case NF_GOAL_HEADING: return st->goal;
    case NF_ELIGIBILITY: return st->eligibility;
    case NF_RULE_STANDARD: return rule_standard(st, n, c->s, c->ns);
    case NF_MODAL_IN_CLAUSE: return duty_in_clause(st, c->s);
    case NF_MODAL_REQUIRES: {
        zc_modality m = zc_ext_modality(st, c->s, c->e);
        return m != ZC_MOD_NONE && m != ZC_MOD_ENCOURAGE && m != ZC_MOD_MAY;
    }
    case NF_GOAL_CUE_BEFORE: return zc_ext_has_any(st, st->start, c->ns, ZC_XT_CUE, ZC_XC_GOAL);
    case NF_IN_QUOTES: return in_quotes(st, c->ns, c->ne);
    case NF_SCALE: return has_scale(st, c->ns, c->ne);
    case NF_ONE: return n->value == 1;
    case NF_RANGE: return n->has_max;
    case NF_COUNT_NOUN_AFTER:
        return zc_ext_hit_at(st, c->e, ZC_XT_CUE, ZC_XC_COUNT_NOUN) != NULL;
    case NF_IN_LIST: return c->last_end != SIZE_MAX && list_follows(st, c->last_end, c->s);
    case NF_RATIO_PART: return ratio_part(st, c->ns, c->e);
    case NF_TABLE_CELL: return c->cell || table_cell(st, c->ns, c->ne);
    case NF_RESULTS_LINE: return !c->cell && results_line(st, c->ns, c->ne);
    case NF_FROM_LEVEL: return from_level(st, c->ns, c->e);
    case NF_TABLE_GOAL_COLUMN: case NF_TABLE_BASE_COLUMN: case NF_TABLE_PLAN:
    case NF_TABLE_SPEC: case NF_TABLE_SCORE: case NF_TABLE_CAPTION:
        return table_feature(c, id);
    case NF_REPEATED_NAME: return repeated_name(st, c->ns, c->e);
    case NF_TITLE_NAME: return title_name(st, c->ns, c->e);
    case NF_SHARE_MAX: return share_bound(st, n, c->ns) == '<';
    case NF_SHARE_MIN: return share_bound(st, n, c->ns) == '>';
    case NF_GENRE_PLAN: return st->genre == ZC_XG_PLAN;
    case NF_GENRE_RULE: return st->genre == ZC_XG_RULE;
    case NF_GENRE_REPORT: return st->genre == ZC_XG_REPORT;
    case NF_GENRE_GUIDE: return st->genre == ZC_XG_GUIDE;
    case NF_FUTURE_BEFORE:   // 将…开展2000场: the future, unless marked as past or compared,
        // or someone's projection (世界银行预测，…将下降3.6%): a reported figure
        return zc_ext_has(st, st->start, c->s, ZC_XT_CUE, ZC_XC_FUTURE) && !baseline_at(st, c->s) &&
               !zc_ext_in_past(st, c->s) && !zc_ext_clause_at(st, c->s)->compare &&
               !zc_ext_has(st, st->start, c->s, ZC_XT_CUE, ZC_XC_FORECAST);
    case NF_GRANT_AFTER: return grant_after(st, c->s);
    case NF_GRANT_CAP: return grant_cap(st, c->s, c->ns);
    case NF_DESIGNATED: {   // 将…等12个商圈…确认为“全国示范智慧商圈”, no modal verb of its own
        const zc_ext_clause *cl = zc_ext_clause_at(st, c->s);
        return zc_ext_has(st, c->e, cl->end, ZC_XT_CUE, ZC_XC_DESIGNATE) &&
               !zc_ext_has(st, cl->start, cl->end, ZC_XT_MOD, -1);
    }
    case NF_ITEM_NOUN_AFTER: return zc_ext_hit_at(st, c->e, ZC_XT_CUE, ZC_XC_ITEM) != NULL;
    case NF_COMPOSE: return compose_in_clause(st, c->s);
    case NF_PROJECT_BEFORE: return zc_ext_has(st, st->start, c->s, ZC_XT_CUE, ZC_XC_PROJECT);
    case NF_NUMERAL_AFTER:   // 两台三线: a Chinese digit right after the count and its unit
        return c->e < st->end &&
               zc_lex_match(st->lx, ZC_LX_DIGIT, st->text + c->e, st->end - c->e, -1) != NULL;
    case NF_KIND_UNIT: return zc_ext_hit_ending(st, c->ne, ZC_XT_CUE, ZC_XC_KIND) != NULL;
    case NF_INVENTORY: return inventory_at(st, n, c->s);
    case NF_PER_HEAD: return per_head(st, n, c->ns);
    case NF_SCHEME_LIMIT: return scheme_limit(st, n, c->s, c->e);
    case NF_RULE_CONSEQUENCE: return rule_consequence(st, c->s);
    case NF_PAST_FRAME: return zc_ext_past_account(st, c->s);
    case NF_OTHERS: return zc_ext_others_practice(st, c->s);
    case NF_FRACTION: case NF_ARTICLE_BEFORE: case NF_THRESHOLD: case NF_AGE_OF_PERSON:
    case NF_PARTS_OF_TOTAL: case NF_AFTER_ITEM_COUNT: case NF_COUNTS_LIST:
    case NF_PROHIBITED_CLASS: case NF_TEXT_LENGTH: case NF_ROW_NUMBER: case NF_REACH_BEFORE:
    case NF_DIGIT_CODE: case NF_APPROX_WORD: return word_feature(c, id);
    case NF_OPENS_LIST: case NF_MAY_CEILING: case NF_SHARE_RATE: case NF_RECURRING_ONCE:
    case NF_CASE_BOUND: case NF_POLICY_TERM: case NF_SCOPE: case NF_FUND_SUM:
    case NF_MEASURE_CLASS: case NF_RADIUS: case NF_DEFINED:
        return scheme_feature(c, id);
    case NF_MONEY_RATE:   // 1900元/生•年, 3.5万元/户: a sum per head, not 38微克/立方米
        return strncmp(n->unit, "元", strlen("元")) == 0 &&
               (strchr(n->unit, '/') || (c->ne < st->end && st->text[c->ne] == '/'));
    }
    return false;
}

/* A figure to record: its kind, trigger [s, e), value (or range) and a target's comparator. */
typedef struct fig {
    bool target;
    size_t s, e;
    double value;
    bool has_max;
    double value_max;
    char cmp[3];
} fig;

/* The range joiner between the bounds of the range [ns, ne) (3-5%, 1—2个, 5至7人): its bytes
 * in [*js, *je). False when there is none after a digit. */
static bool range_joiner(const zc_ext_sent *st, size_t ns, size_t ne, size_t *js, size_t *je)
{
    static const char *const joiners[] = { "-", "\xe2\x80\x94", "\xef\xbc\x8d", "~",
                                           "\xef\xbd\x9e", "\xe8\x87\xb3", "\xe5\x88\xb0",
                                           "\xe2\x80\x93" };   // - — － ~ ～ 至 到 –
    for (size_t q = zc_ext_next_char(st->text, ns); q < ne; q = zc_ext_next_char(st->text, q))
        for (size_t j = 0; j < ZC_NELEM(joiners); j++) {
            size_t l = strlen(joiners[j]);
            if (q + l < ne && memcmp(st->text + q, joiners[j], l) == 0) {
                *js = q;
                *je = q + l;
                while (*je < ne && st->text[*je] == ' ')
                    (*je)++;
                return true;
            }
        }
    return false;
}

/* Records the figure f of the number candidate c, decided by the rows why (the last one
 * `last` names its rule). False on out of memory. */
static bool emit_figure(zc_ext_sent *st, const num_cand *c, const fig *f, const zc_dec_row *last,
                        const zc_dec_row *const why[2])
{
    zc_record *r = zc_ext_emit(st, f->target ? ZC_KIND_TARGET : ZC_KIND_STATISTIC, f->s, f->e,
                               last->rule ? last->rule : "statistic.figure");
    if (!r)
        return false;
    zc_ext_explain(r, why, why[1] ? 2 : 1);
    r->value = f->value;
    r->has_value_max = f->has_max;
    r->value_max = f->value_max;
    zc_strcpy_cut(r->unit, sizeof r->unit, c->n->unit);
    cell_figure(st, c->cell, r);
    r->indicator = c->cell ? c->cell->label : zc_ext_figure_indicator(st, c->s, c->e, f->target);
    // An indicator of brackets or signs alone ("(" before (86.4%)) names nothing.
    if (!c->cell && !zc_ext_worded(st->text, r->indicator.start, r->indicator.end))
        r->indicator = zc_ext_table_row_label(st, f->s, f->e);
    if (f->target) {
        memcpy(r->comparator, f->cmp, sizeof r->comparator);
        r->approx = c->n->approx && !c->n->has_max;
        r->modality = zc_ext_modality(st, c->s, c->e);
        if (r->modality == ZC_MOD_NONE)
            r->modality = st->goal_mod;
        r->actor = zc_ext_actor(st, c->s);
    } else {
        r->approx = c->n->approx || c->n->bound;
    }
    return true;
}

zc_status zc_ext_numbers(zc_ext_sent *st)
{
    // Page furniture (浏览次数:1268): the clause of the cue and the one after it hold its
    // numbers; an article line glued to it (by a missing line break) keeps its figures.
    size_t ui_end = st->start;
    for (size_t i = zc_ext_next_furniture(st, 0, st->start, st->end); i != SIZE_MAX;
         i = zc_ext_next_furniture(st, i + 1, st->start, st->end)) {
        const zc_ext_clause *c = zc_ext_clause_at(st, ZC_EXT_HIT(st, i)->start);
        const zc_ext_clause *last =
            &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
        ui_end = (c < last ? c + 1 : c)->end;
    }
    // Once per sentence, asked of every figure.
    st->baseline = opens_with_past_year(st) || opens_with_era(st);
    // A plan's running total under a bound to come is a goal; a rule's is what its standard
    // counts (村级集体经济累计完成达3万元以上), no report of the past.
    // Under a goal heading (二、发展目标) a running total is the goal's (累计达到4.7万亩).
    st->horizon = ((st->plan || st->genre == ZC_XG_GUIDE) && has_horizon(st)) ||
                  (st->plan && (period_total(st) || reach_total(st))) || st->genre == ZC_XG_RULE ||
                  future_total(st) || st->goal;
    size_t amounts = amount_end(st);
    size_t last_end = SIZE_MAX;   // end of the last figure, for lists (21 和 9.4)
    size_t list_end = SIZE_MAX;   // end of the last target whose comparator a list shares
    char list_cmp[3] = "";
    // Only the sentence's candidate bytes: where a number may start or a Latin token goes on.
    size_t k = 0;
    for (size_t p = st->start; (p = zc_ext_next_cand(st, &k, p)) != SIZE_MAX;) {
        if (zc_ext_taken(st, p) || (uint8_t)st->text[p] == ' ') {
            p = zc_ext_next_char(st->text, p);
            continue;
        }
        // A number inside a Latin token (PM2.5, ICP备12345号) is part of a name, and so is one a
        // hyphen joins to it (plot and unit codes: W06-1601单元13-05地块, JDC2-0201单元).
        if ((is_ascii_alnum(st->text[p]) || code_hyphen(st, p)) && p > st->start &&
            is_ascii_alnum(st->text[p - 1])) {
            while (p < st->end &&
                   (is_ascii_alnum(st->text[p]) || st->text[p] == '.' || code_hyphen(st, p)))
                p++;
            continue;
        }
        if (st->plan)   // 1.3个新开工项目分别是：…: a plan's count of the item, after its number
            p += item_dot(st, p);
        size_t c = pre_cue_in_word(st, p);
        if (c) {   // 约 of 条约, 节约: no cue; the number after it is read alone
            p += c;
            continue;
        }
        zc_number n;
        if (!zc_ext_may_start(st, p, ZC_LX_NUMBER_TABS) ||
            !zc_num_parse(st->lx, st->text + p, st->end - p, &c, &n)) {
            p = c ? p + c : zc_ext_next_char(st->text, p);
            continue;
        }
        size_t s = p, ns = p + n.start, ne = p + n.end, e = p + c;
        p = e;
        num_cand nc = { st, &n, s, ns, ne, e, ui_end, amounts, last_end,
                        zc_ext_table_cell(st, s, e) };
        if (n.comparator[0] == '?')   // 优于: lower is better for a time, an error, a noise
            snprintf(n.comparator, sizeof n.comparator, "%s",
                     zc_ext_has_any(st, zc_ext_clause_at(st, s)->start, s, ZC_XT_CUE,
                                    ZC_XC_LOWER_BETTER) ? "<=" : ">=");
        zc_dec_memo memo = { { NUMBER_READY }, { number_ready(&nc) }, number_feature, &nc };
        const zc_dec_row *why[2] = { zc_dec_eval(&st->x->dec[ZC_XD_NUMBER], &memo), NULL };
        bool target = why[0]->verdict == NV_TARGET;
        if (why[0]->verdict == NV_FIGURE)
            why[1] = zc_dec_eval(&st->x->dec[ZC_XD_STATISTIC], &memo);
        if (why[0]->verdict == NV_NONE || (why[1] && why[1]->verdict == SV_NONE)) {
            if (st->rejected && !zc_ext_reject(st, ZC_KIND_STATISTIC, n.bound ? s : ns, e, why,
                                               why[1] ? 2 : 1))
                return ZC_ENOMEM;
            continue;
        }
        const zc_dec_row *last = why[1] ? why[1] : why[0];
        size_t prev_end = last_end;
        last_end = e;
        fig f = { target, target ? s : (n.bound ? s : ns), e, n.value, n.has_max, n.value_max,
                  "" };
        if (target)
            snprintf(f.cmp, sizeof f.cmp, "%s",
                     why[0]->arg == NA_OWN ? n.comparator : number_args[why[0]->arg]);
        // A comparator word before a list is shared by its members (分别突破2.2万亿元、2.4万
        // 亿元): a bare member right after a compared target takes its comparator.
        if (target && !n.comparator[0] && why[0]->arg != NA_BOUNDS && list_cmp[0] &&
            list_end == prev_end && list_follows(st, prev_end, s))
            memcpy(f.cmp, list_cmp, sizeof f.cmp);
        list_cmp[0] = '\0';
        if (target && (n.comparator[0] || list_end == prev_end) && why[0]->arg != NA_BOUNDS) {
            memcpy(list_cmp, f.cmp, sizeof list_cmp);
            list_end = e;
        }
        size_t js, je;
        // One target per bound (GUIDELINES.md): a range a rule gives, one a comparator word
        // states (达到5%-10%, 压减至4-12个工作日) or a guide's specification (测量范围0~100kV/m):
        // the lower one >=, the upper one <=. A plan's bare range is a quota, its lower bound.
        if (target &&
            (why[0]->arg == NA_BOUNDS ||
             (n.has_max && (n.comparator[0] || st->genre == ZC_XG_GUIDE))) &&
            range_joiner(st, ns, ne, &js, &je)) {
            fig lo = { true, s, js, n.value, false, 0, ">=" };
            fig hi = { true, je, e, n.value_max, false, 0, "<=" };
            if (!emit_figure(st, &nc, &lo, last, why) || !emit_figure(st, &nc, &hi, last, why))
                return ZC_ENOMEM;
            continue;
        }
        if (target && why[0]->arg == NA_BOUNDS)   // no range after all: its own comparator
            snprintf(f.cmp, sizeof f.cmp, "%s", n.comparator[0] ? n.comparator : ">=");
        if (!emit_figure(st, &nc, &f, last, why))
            return ZC_ENOMEM;
    }
    return ZC_OK;
}
