/*
 * args.c — the arguments of a record as phrases of the segmenter's words: the sentence's
 * words with their part-of-speech classes (the tags of jieba's dictionary and of the policy
 * vocabulary, dicts/seg, and of the user dictionaries), the `indicator` of a target or
 * statistic as the noun phrase measured, and the lead department a tag of the paragraph
 * names ((省发展改革委牵头), 牵头考核单位：X) as the `actor` of records that name none.
 * clause.c finds the clause subjects with the same words.
 */
#define _GNU_SOURCE   // memmem
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "rules_int.h"
#include "words/words_int.h"

/* The class of a jieba tag. */
static uint8_t tag_class(const char *t)
{
    switch (t[0]) {
    case 'n':
        return t[1] == 't' || t[1] == 's' ? ZC_XW_NAME : ZC_XW_NOUN;
    case 'j':
    case 's':
        return ZC_XW_NOUN;
    case 'b':
    case 'f':
    case 'a':
        if (t[0] == 'a' && t[1] == 'd')
            return ZC_XW_ADV;
        return t[0] == 'a' && t[1] == 'n' ? ZC_XW_NOUN : ZC_XW_MOD;
    case 'v':
        return t[1] == 'n' ? ZC_XW_VNOUN : ZC_XW_VERB;
    case 'd':
        return ZC_XW_ADV;
    case 'p':
        return ZC_XW_PREP;
    case 'c':
        return ZC_XW_CONJ;
    case 'u':
    case 'y':
    case 'e':
        return ZC_XW_PART;
    case 'r':
        return ZC_XW_PRON;
    case 'm':
    case 'q':
        return ZC_XW_NUM;
    case 'x':
        return ZC_XW_PUNCT;
    default:
        return ZC_XW_OTHER;
    }
}

void zc_ext_words_reset(zc_ext_sent *st)
{
    st->words.len = st->wordat.len = 0;
    st->words_known = false;
    st->run_lo = st->run_hi = 0;
    st->joins.len = 0;
}

/* Readies st->words for the sentence: none when it needs none, else an empty list that
 * segment_upto fills. */
static zc_status start_words(zc_ext_sent *st)
{
    // A sentence with no number, time, mechanism, lead-department tag or pattern gate (noted
    // in st->rulecls, no hit) makes no record and needs no words.
    if (!st->seg || (!st->cand.len && !zc_ext_has_any(st, st->start, st->end, ZC_XT_ENF, -1) &&
                     !zc_ext_has_any(st, st->start, st->end, ZC_XT_ACTOR, ZC_XA_LEAD) &&
                     !zc_ext_has_any(st, st->start, st->end, ZC_XT_ACTOR, ZC_XA_LEADPOST) &&
                     !(st->rulecls[0][0] | st->rulecls[0][1] | st->rulecls[0][2] |
                       st->rulecls[0][3])))
        return ZC_OK;
    // Room for as many words as bytes: filling the list never moves it, so that the words
    // the rules hold stay valid while they ask for more.
    size_t n = st->end - st->start + 1;
    if (!zc_vec_reserve(&st->wordat, n) || !zc_vec_reserve(&st->words, n))
        return ZC_ENOMEM;
    st->wordat.len = n;
    memset(st->wordat.data, 0xff, n * sizeof(uint32_t));
    st->words_at = st->start;
    return ZC_OK;
}

/* Segments the sentence on from st->words_at until the words hold byte `pos` (every word that
 * starts at or before it is in st->words): a rule that reads the opening of a sentence (its
 * subject) pays for the opening only. */
/* Appends the segmenter's words w[0..nw) (offsets from the sentence start) to st->words with
 * their classes, read from their entries ent[0..nw) where the lattice told them. False on
 * OOM. */
static bool push_words(zc_ext_sent *st, const zc_word *w, const int32_t *ent, size_t nw)
{
    // Within the room start_words made (a word per byte at most): the list must not move,
    // the rules hold pointers into it while they ask for more words.
    if (st->words.len + nw > st->words.cap)
        return false;
    for (size_t i = 0; i < nw; i++) {
        zc_ext_word x = { st->start + w[i].start, st->start + w[i].end, ZC_XW_OTHER };
        char tag[ZC_SEG_TAG_LEN];
        if (w[i].kind == ZC_WORD_PUNCT)
            x.cls = ZC_XW_PUNCT;
        else if (w[i].kind == ZC_WORD_NUMBER)
            x.cls = ZC_XW_NUM;
        else if (w[i].kind == ZC_WORD_NAME)
            x.cls = ZC_XW_NOUN;   // a person's name: no body that acts
        else if (zc_seg_tag_of(st->m->seg, st->text + x.start, x.end - x.start, ent[i], tag))
            x.cls = tag_class(tag);
        uint32_t k = (uint32_t)st->words.len;
        for (size_t b = x.start; b < x.end; b++)
            ZC_VEC_AT(&st->wordat, uint32_t, b - st->start) = k;
        ZC_VEC_AT(&st->words, zc_ext_word, st->words.len++) = x;   // reserved above
    }
    return true;
}

static zc_status segment_upto(zc_ext_sent *st, size_t pos)
{
    while (st->words_at <= pos && st->words_at < st->end) {
        // The window read alone (run_word) is taken as it is when the scan reaches it.
        if (st->run_hi && st->words_at == st->run_lo) {
            if (!push_words(st, st->run.data, st->run_ents.data, st->run.len))
                return ZC_ENOMEM;
            st->words_at = st->run_hi;
            continue;
        }
        size_t past = pos;
        if (st->run_hi && st->run_lo > st->words_at && st->run_lo <= pos)
            past = st->run_lo - 1;   // the scan stops at the window if it starts a run
        const zc_word *w;
        const int32_t *ent;
        size_t nw, stopped;
        if (zc_segment_words_upto(st->seg, st->text + st->start, st->end - st->start,
                                  st->words_at - st->start, past - st->start, &w, &ent, &nw,
                                  &stopped) != ZC_OK ||
            !push_words(st, w, ent, nw))
            return ZC_ENOMEM;
        st->words_at = st->start + stopped;
    }
    return ZC_OK;
}

/* `st` with its words up to byte `pos` (see segment_upto): the rules see the sentence
 * read-only; its words are a cache they fill on use, like the times of timeat. */
static const zc_ext_sent *with_words(const zc_ext_sent *st, size_t pos)
{
    zc_ext_sent *m = (zc_ext_sent *)st;
    zc_ext_words_decide(st);
    if (st->wordat.len && segment_upto(m, pos) != ZC_OK) {
        m->words_oom = true;
        m->words.len = m->wordat.len = 0;
    }
    return st;
}

void zc_ext_words_decide(const zc_ext_sent *st)
{
    zc_ext_sent *m = (zc_ext_sent *)st;
    if (st->words_known)
        return;
    m->words_known = true;
    if (start_words(m) != ZC_OK) {
        m->words_oom = true;
        m->words.len = m->wordat.len = 0;
    }
}

/* False when `pos` starts a word of the sentence whatever the segmentation, as the lexicon
 * tells before any segmenting (zc_seg_may_join), counting only the words that start at or
 * after byte `lo`; true when only the words can tell. */
static bool may_join(const zc_ext_sent *st, size_t lo, size_t pos, zc_seg_tag_fn keep)
{
    // Asked from the sentence's start of every word, the answer is kept per byte (st->joins):
    // the cue test, word_bounds and the window cuts of run_word ask the same bytes again.
    zc_ext_sent *m = (zc_ext_sent *)st;
    if (lo != st->start || keep || pos <= st->start || pos >= st->end ||
        (!st->joins.len && !zc_vec_reserve(&m->joins, st->end - st->start)))
        return zc_seg_may_join(st->m->seg, st->text, lo, st->end, pos, keep);
    if (!st->joins.len) {
        m->joins.len = st->end - st->start;
        memset(m->joins.data, 0, m->joins.len);
    }
    uint8_t *j = (uint8_t *)m->joins.data + (pos - st->start);
    if (!*j)
        *j = zc_seg_may_join(st->m->seg, st->text, lo, st->end, pos, NULL) ? 2 : 1;
    return *j == 2;
}

/* True when the sentence has no words at all. */
static bool no_words(const zc_ext_sent *st)
{
    st = with_words(st, st->start);
    while (!st->words.len && st->wordat.len && st->words_at < st->end)
        st = with_words(st, st->words_at);
    return !st->words.len;
}

const zc_ext_word *zc_ext_word_at(const zc_ext_sent *st, size_t pos)
{
    if (pos < st->start || pos >= st->end || !with_words(st, pos)->words.len)
        return NULL;
    uint32_t k = ZC_VEC_AT(&st->wordat, uint32_t, pos - st->start);
    if (k == UINT32_MAX || ZC_EXT_WORD(st, k)->start != pos)
        return NULL;
    return ZC_EXT_WORD(st, k);
}

/* The slot of st->wins for the window [lo, hi) of at most ZC_EXT_WIN_KEY bytes. */
static zc_ext_win *win_slot(const zc_ext_sent *st, size_t lo, size_t hi)
{
    uint32_t h = 2166136261u;   // FNV-1a
    for (size_t i = lo; i < hi; i++)
        h = (h ^ (uint8_t)st->text[i]) * 16777619u;
    return &st->wins[(h ^ h >> 16) & (st->nwins - 1)];
}

/* Readies st->run for the nw words of the window [lo, hi). False on OOM. */
static bool set_run(const zc_ext_sent *st, size_t lo, size_t hi, size_t nw)
{
    zc_ext_sent *m = (zc_ext_sent *)st;
    if (!zc_vec_reserve(&m->run, nw) || !zc_vec_reserve(&m->run_ents, nw))
        return false;
    m->run.len = m->run_ents.len = nw;
    m->run_lo = lo;
    m->run_hi = hi;
    return true;
}

/* Segments the window [lo, hi) of the sentence on its own into st->run, or takes its words
 * from st->wins when the same bytes were read before. */
static bool segment_window(const zc_ext_sent *st, size_t lo, size_t hi)
{
    zc_ext_win *k = st->wins && hi - lo <= ZC_EXT_WIN_KEY ? win_slot(st, lo, hi) : NULL;
    size_t off = lo - st->start;
    if (k && k->len == hi - lo && !memcmp(k->key, st->text + lo, hi - lo)) {
        if (!set_run(st, lo, hi, k->nw))
            return false;
        for (size_t i = 0; i < k->nw; i++) {
            ZC_VEC_AT(&st->run, zc_word, i) = (zc_word){ k->ws[i] + off, k->we[i] + off,
                                                         k->kind[i] };
            ZC_VEC_AT(&st->run_ents, int32_t, i) = k->ent[i];
        }
        return true;
    }
    const zc_word *w;
    const int32_t *ent;
    size_t nw, stopped;
    if (zc_segment_words_upto(st->seg, st->text + lo, hi - lo, 0, SIZE_MAX, &w, &ent, &nw,
                              &stopped) != ZC_OK ||
        !set_run(st, lo, hi, nw))
        return false;
    zc_word *r = st->run.data;
    for (size_t i = 0; i < nw; i++)
        r[i] = (zc_word){ w[i].start + off, w[i].end + off, w[i].kind };
    memcpy(st->run_ents.data, ent, nw * sizeof *ent);
    if (k && nw <= ZC_EXT_WIN_WORDS) {
        k->len = (uint8_t)(hi - lo);
        k->nw = (uint8_t)nw;
        memcpy(k->key, st->text + lo, hi - lo);
        for (size_t i = 0; i < nw; i++) {
            k->ws[i] = (uint8_t)w[i].start;
            k->we[i] = (uint8_t)w[i].end;
            k->kind[i] = (uint8_t)w[i].kind;
            k->ent[i] = ent[i];
        }
    }
    return true;
}

/* The bounds [*ws, *we) of the word that holds byte pos past st->words_at, read from the words
 * of a window around it segmented alone (st->run): from the last byte before pos to the first
 * after it where no word can hold the chars on both sides (zc_seg_may_join false: no word of
 * the lexicon, atom or name crosses it). No candidate word of best_path crosses such a cut,
 * so every path goes through it, and the window's best path is the sentence's there (the
 * lexicon's log-probabilities add exactly, zc_seg_model.exact_sums, so an added constant
 * changes no comparison); a run of more than MAX_RUN chars, whose cuts best_path makes, is
 * not read so (a sentence of at most 4096 bytes has none). A rule that asks about one byte
 * does not segment all the sentence up to it. False when that cannot tell (pos not a Han
 * char, a user lexicon, inexact sums, a long sentence, no memory): ask st->words. *ws = *we =
 * pos when no word holds it. */
static bool run_word(const zc_ext_sent *st, size_t pos, size_t *ws, size_t *we)
{
    const struct zc_seg_model *sm = st->m->seg;
    if (pos < st->run_lo || pos >= st->run_hi) {
        size_t lo = pos, hi = pos, x = pos;
        if (!sm->exact_sums || sm->user.da.nnodes || st->end - st->start > 4096 ||
            zc_seg_ctype(sm, zc_utf8_next((const uint8_t *)st->text, st->end, &x)) !=
                ZC_CT_HAN)
            return false;
        do
            lo = zc_ext_prev_char(st->text, lo);
        while (lo > st->start && may_join(st, st->start, lo, NULL));
        do
            hi = zc_ext_next_char(st->text, hi);
        while (hi < st->end && may_join(st, st->start, hi, NULL));
        if (!segment_window(st, lo, hi))
            return false;
    }
    *ws = *we = pos;
    for (size_t i = 0; i < st->run.len; i++) {
        const zc_word *w = &ZC_VEC_AT(&st->run, zc_word, i);
        if (st->start + w->start <= pos && pos < st->start + w->end) {
            *ws = st->start + w->start;
            *we = st->start + w->end;
            break;
        }
    }
    return true;
}

/* The bounds of the word that holds byte pos (see zc_ext_word_starts), *ws = *we = pos when
 * none does; `lo` as for may_join, `keep` the lexicon words that count. */
static void word_bounds(const zc_ext_sent *st, size_t lo, size_t pos, zc_seg_tag_fn keep,
                        size_t *ws, size_t *we)
{
    *ws = *we = pos;
    if (pos <= st->start || pos >= st->end)
        return;
    // Past the words segmented so far, the lexicon tells first whether a word may hold pos,
    // and the run's own words which.
    zc_ext_words_decide(st);
    if (!st->wordat.len ||
        (pos >= st->words_at && (!may_join(st, lo, pos, keep) || run_word(st, pos, ws, we))) ||
        !with_words(st, pos)->words.len)
        return;
    uint32_t k = ZC_VEC_AT(&st->wordat, uint32_t, pos - st->start);
    if (k != UINT32_MAX) {
        *ws = ZC_EXT_WORD(st, k)->start;
        *we = ZC_EXT_WORD(st, k)->end;
    }
}

bool zc_ext_word_starts(const zc_ext_sent *st, size_t pos)
{
    size_t ws, we;
    word_bounds(st, st->start, pos, NULL, &ws, &we);
    return ws == pos;
}

/* The bounds [*ws, *we) of the word that holds byte pos, *ws = *we = pos when none does; false
 * when the sentence has no words. Past the words segmented so far, read from the window
 * around pos (run_word) rather than from the sentence segmented up to it. */
static bool word_span(const zc_ext_sent *st, size_t pos, size_t *ws, size_t *we)
{
    zc_ext_words_decide(st);
    if (!st->wordat.len)
        return false;
    if (pos >= st->words_at && run_word(st, pos, ws, we))
        return true;
    if (!with_words(st, pos)->words.len)
        return false;
    uint32_t k = ZC_VEC_AT(&st->wordat, uint32_t, pos - st->start);
    *ws = k == UINT32_MAX ? pos : ZC_EXT_WORD(st, k)->start;
    *we = k == UINT32_MAX ? pos : ZC_EXT_WORD(st, k)->end;
    return true;
}

bool zc_ext_crosses_word(const zc_ext_sent *st, size_t s, size_t e)
{
    size_t as, ae, bs, be;
    if (s < st->start || e > st->end || s >= e || !word_span(st, s, &as, &ae) ||
        !word_span(st, e - 1, &bs, &be))
        return false;
    if (as == ae || bs == be || (as == bs && ae == be))
        return false;   // one word holds the whole stretch (严肃追责问责 holds 追责)
    // 加强/制度: 强制 shares one character with each. A word sharing two or more characters
    // with the stretch is the lexicon's merge, not another reading (依法追究/刑事/责任).
    return (as < s && zc_ext_next_char(st->text, s) == ae) ||
           (be > e && zc_ext_next_char(st->text, bs) == e);
}

/* jieba's noun, place, locative and time tags (前沿 s, 末端 f, 未来 t, 十年内乱 n); its nr
 * holds unknown merges (应予以) as well as persons' names. */
static bool noun_tag(const char *tag)
{
    return tag[0] == 't' || tag[0] == 's' || tag[0] == 'f' || (tag[0] == 'n' && tag[1] != 'r');
}

/* zc_ext_noun_across, for a word that starts at or after byte `lo`. */
static bool noun_across_from(const zc_ext_sent *st, size_t lo, size_t pos)
{
    size_t ws, we;
    word_bounds(st, lo, pos, noun_tag, &ws, &we);
    if (ws == pos)
        return false;
    char tag[ZC_SEG_TAG_LEN];
    return zc_seg_tag(st->m->seg, st->text + ws, we - ws, tag) && noun_tag(tag);
}

bool zc_ext_noun_across(const zc_ext_sent *st, size_t pos)
{
    return noun_across_from(st, st->start, pos);
}

bool zc_ext_lex_noun_at(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_word *w = zc_ext_word_at(st, pos);
    char tag[ZC_SEG_TAG_LEN];
    return w && zc_seg_tag(st->m->seg, st->text + w->start, w->end - w->start, tag) &&
           tag[0] == 'n' && tag[1] != 'r';
}

bool zc_ext_determined_at(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_word *w = zc_ext_word_at(st, pos);
    char tag[ZC_SEG_TAG_LEN];
    if (!w || w->end != zc_ext_next_char(st->text, pos) ||
        !zc_seg_tag(st->m->seg, st->text + w->start, w->end - w->start, tag))
        return false;
    return !strchr("vdpcrum", tag[0]);
}

bool zc_ext_cue_in_word(const zc_ext_sent *st, size_t s, size_t e)
{
    // 重要, 纲要, 供需, 斗争/取得, 由于, 达到, 今后: it starts inside a word. A verb or adverb
    // merged with it stays the cue's (应从, 应立即, 决不能: jieba's merges); a noun does not.
    // The lexicon tells first whether a word may hold s: when none can, s starts a word, so a
    // word that holds e starts in [s, e).
    if (!may_join(st, st->start, s, NULL))
        return noun_across_from(st, s, e);
    return !zc_ext_word_starts(st, s) || zc_ext_noun_across(st, e);
}

/* The index of the word holding byte `pos`, or SIZE_MAX. */
static size_t word_index(const zc_ext_sent *st, size_t pos)
{
    if (pos < st->start || pos >= st->end || !with_words(st, pos)->words.len)
        return SIZE_MAX;
    uint32_t k = ZC_VEC_AT(&st->wordat, uint32_t, pos - st->start);
    return k == UINT32_MAX ? SIZE_MAX : k;
}

/* Words that may stand inside a noun phrase. */
static bool nominal(uint8_t c)
{
    return zc_ext_heads_np(c) || c == ZC_XW_OTHER;
}

/* True when [s, e) holds a noun or name word (a phrase that names something, not only a verb,
 * an adverb or a time). */
static bool has_noun(const zc_ext_sent *st, size_t s, size_t e)
{
    with_words(st, e ? e - 1 : 0);   // every word that starts before e
    for (size_t i = word_index(st, s); i != SIZE_MAX && i < st->words.len; i++) {
        const zc_ext_word *w = ZC_EXT_WORD(st, i);
        if (w->start >= e)
            break;
        if (w->start >= s && (w->cls == ZC_XW_NOUN || w->cls == ZC_XW_NAME))
            return true;
    }
    return false;
}

/* The first byte of [b, s) after the leading words that are no part of what is measured:
 * adverbs and modal verbs (仅, 力争, 累计), prepositions and pronouns (其中, 每年), verbs of
 * achieving (实现税金, 完成工业增加值: cues.tsv achieve), as long as a noun phrase follows.
 * Other verbs stay: they are often part of the name (死亡人口, 发放叶酸). */
static size_t skip_lead(const zc_ext_sent *st, size_t b, size_t s)
{
    while (b < s) {
        const zc_ext_word *w = zc_ext_word_at(st, b);
        if (!w || w->end > s)
            break;
        // 完成年度预算的47.6%: a share of what is achieved keeps its verb.
        const zc_ext_hit *ach = s >= b + 3 && memcmp(st->text + s - 3, "的", 3) == 0
                                    ? NULL
                                    : zc_ext_hit_at(st, b, ZC_XT_CUE, ZC_XC_ACHIEVE);
        bool lead = w->cls == ZC_XW_ADV || w->cls == ZC_XW_PREP ||
                    w->cls == ZC_XW_PRON || w->cls == ZC_XW_PUNCT || w->cls == ZC_XW_PART ||
                    zc_ext_hit_at(st, b, ZC_XT_MOD, -1) || (ach && ach->end == w->end);
        if (!lead || !has_noun(st, w->end, s))
            break;
        b = w->end;
    }
    return b;
}

/* The noun phrase right after a figure (建设300个数字工厂, 推动25项先行先试举措落地): the
 * nominal words from `e` up to a verb, a particle or the clause end; empty when none. */
static zc_vspan phrase_after(const zc_ext_sent *st, size_t e, size_t ce)
{
    size_t q = e, last = e;
    while (q < ce) {
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w || w->end > ce)
            break;
        bool quote = w->cls == ZC_XW_PUNCT &&
                     (strncmp(st->text + q, "“", 3) == 0 || strncmp(st->text + q, "”", 3) == 0);
        if (!nominal(w->cls) && !quote && w->cls != ZC_XW_NUM)
            break;
        if (w->cls == ZC_XW_NOUN || w->cls == ZC_XW_NAME || w->cls == ZC_XW_OTHER)
            last = w->end;   // a phrase ends on its head noun, not on 启动 or 建设
        q = w->end;
    }
    return (zc_vspan){ e, last };
}

/* True when the figure [s, e) ends on a classifier or measure word (14个, 57亿元), not on a
 * digit, a scale word (40万), a percent sign or a bound (80%以上方可). */
static bool counted(const zc_ext_sent *st, size_t s, size_t e)
{
    size_t p = s, last = s;
    for (; p < e; p = zc_ext_next_char(st->text, p))
        last = p;
    unsigned char c = (unsigned char)st->text[last];
    if (c < 0x80)
        return !isdigit(c) && c != '%' && c != '.';
    // 以上, 以内, 左右 close a bound: a noun after it is the next word (80%以上方可).
    static const char *const no[] = { "万", "亿", "千", "百", "十", "零", "一", "二", "三",
                                      "四", "五", "六", "七", "八", "九", "两", "‰", "％",
                                      "上", "下", "内", "右", "外" };
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (strncmp(st->text + last, no[i], strlen(no[i])) == 0)
            return false;
    return true;
}

/* True when [b, e) is the base of a bounded share: a bound word (低于, 超过, 少于) opening it
 * and 的 closing it (低于项目总投资的 before 20%). */
static bool share_base(const zc_ext_sent *st, size_t b, size_t e)
{
    if (e < b + 6 || memcmp(st->text + e - 3, "的", 3) != 0)
        return false;
    const zc_lexent *x = zc_lex_match(st->lx, ZC_LX_CMP, st->text + b, e - b, -1);
    if (!x)
        x = zc_lex_match(st->lx, ZC_LX_APPROX, st->text + b, e - b, -1);
    return x && x->kind == ZC_POS_PRE;
}

zc_vspan zc_ext_indicator(const zc_ext_sent *st, size_t s, size_t e, bool target)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    size_t b = zc_ext_skip_opening(st, c->start, s, false);
    for (size_t q = c->start; q < s; q = zc_ext_next_char(st->text, q))
        if (memcmp(st->text + q, "、", 3) == 0)
            b = q + 3;
    // The subject who must reach a target is not what is measured; a report's scope
    // (全镇已排查农户356户) is part of it.
    zc_vspan a = target ? zc_ext_clause_actor(st, c) : (zc_vspan){ 0, 0 };
    if (a.end > a.start && a.end <= s && a.start >= b)
        b = a.end;
    while (b < s && st->text[b] == ' ')
        b++;
    size_t ie = s;
    while (ie > b && st->text[ie - 1] == ' ')
        ie--;
    if (no_words(st))
        return (zc_vspan){ b, ie };
    // 全省要建成5G基站1000座: the subject and its modal verb are no part of what is measured.
    size_t subject = b, modal = SIZE_MAX;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, b, ie, ZC_XT_MOD, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->e->cls != ZC_XM_STOP && zc_ext_word_starts(st, h->start) &&
            has_noun(st, h->end, ie)) {
            modal = h->start;
            b = h->end;
        }
    }
    // 自有资金不得低于项目总投资的20%: a share bounded through its base measures the subject
    // before the modal verb, not the base after the bound word.
    if (modal != SIZE_MAX && modal > subject && share_base(st, b, ie) &&
        has_noun(st, subject, modal))
        return (zc_vspan){ subject, zc_ext_skip_spaces_back(st, subject, modal) };
    // 对全镇14个村开展督查, 布局1—2家省实验室: a count whose classifier a noun follows counts
    // that noun; what comes before is its scope or its verb.
    // A modifier may open that noun (16个自然屯), a bound may not (3000万元以上项目).
    const zc_ext_word *nx = zc_ext_word_at(st, e);
    const zc_ext_word *nn = nx ? zc_ext_word_at(st, nx->end) : NULL;
    bool mod = nx && (nx->cls == ZC_XW_MOD || (nx->cls == ZC_XW_ADV && nn &&
                                               (nn->cls == ZC_XW_NOUN || nn->cls == ZC_XW_NAME))) &&
               !zc_lex_match(st->lx, ZC_LX_CMP, st->text + e, st->end - e, -1) &&
               !zc_lex_match(st->lx, ZC_LX_APPROX, st->text + e, st->end - e, -1);
    if (nx && (nx->cls == ZC_XW_NOUN || nx->cls == ZC_XW_NAME || mod) && counted(st, s, e)) {
        zc_vspan after = phrase_after(st, e, c->end);
        if (after.end > after.start && has_noun(st, after.start, after.end))
            return after;
    }
    size_t nb = skip_lead(st, b, ie);
    if (has_noun(st, nb, ie))
        return (zc_vspan){ nb, ie };
    // Only verbs or times before the figure (建设300个数字工厂): what is measured follows it.
    // Without a noun phrase there, the verb phrase itself is what is counted (死亡9人).
    zc_vspan after = phrase_after(st, e, c->end);
    if (after.end > after.start && has_noun(st, after.start, after.end))
        return after;
    return (zc_vspan){ b, ie };
}

/* The figure records of the sentence that end before byte `before`, in text order: up to
 * `cap` of the last ones into out[], their number returned. */
static size_t figures_before(const zc_ext_sent *st, size_t before, const zc_record **out,
                             size_t cap)
{
    size_t n = 0;
    for (size_t i = st->out->len; i-- > 0 && n < cap;) {
        const zc_record *r = &ZC_VEC_AT(st->out, zc_record, i);
        if (r->sentence != st->index)
            break;
        if ((r->kind != ZC_KIND_TARGET && r->kind != ZC_KIND_STATISTIC) || r->text.end > before)
            continue;
        size_t j = n++;   // insertion by position: other rules may emit out of order
        while (j > 0 && out[j - 1]->text.start < r->text.start) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = r;
    }
    for (size_t i = 0; i < n / 2; i++) {   // latest first above: text order now
        const zc_record *t = out[i];
        out[i] = out[n - 1 - i];
        out[n - 1 - i] = t;
    }
    return n;
}

/* True when `cue` occurs in [s, e). */
static bool has_cue(const zc_ext_sent *st, size_t s, size_t e, const char *cue)
{
    size_t n = strlen(cue);
    for (size_t q = s; q + n <= e; q++)
        if (memcmp(st->text + q, cue, n) == 0)
            return true;
    return false;
}

/* The numbers (runs of digits) in [s, e). */
static size_t digit_runs(const char *t, size_t s, size_t e)
{
    size_t n = 0;
    for (size_t q = s; q < e; q++)
        if (isdigit((unsigned char)t[q]) && (q == s || !isdigit((unsigned char)t[q - 1])) &&
            (q == s || t[q - 1] != '.'))
            n++;
    return n;
}

/* The k-th (from 0) of the items of [s, e) that 、, 和, 及 or 与 join (动工率、完成率分别为…),
 * or an empty span when there are fewer. */
static zc_vspan list_item(const zc_ext_sent *st, size_t s, size_t e, size_t k)
{
    static const char *const joins[] = { "、", "和", "及", "与" };
    size_t item = 0, from = s;
    for (size_t q = s; q <= e; q = q < e ? zc_ext_next_char(st->text, q) : e + 1) {
        bool join = q == e;
        for (size_t j = 0; !join && j < sizeof joins / sizeof *joins; j++)
            join = strncmp(st->text + q, joins[j], 3) == 0 && zc_ext_word_starts(st, q) &&
                   zc_ext_word_starts(st, q + 3);
        if (!join)
            continue;
        if (item == k && q > from)
            return (zc_vspan){ from, q };
        item++;
        from = q + 3;
    }
    return (zc_vspan){ 0, 0 };
}

/* True when [s, e) names something besides comparisons with the past (同比, 比上年同期). */
static bool names_own(const zc_ext_sent *st, size_t s, size_t e)
{
    size_t q = s;
    while (q < e) {
        const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_COMPARE);
        if (!h)
            h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_PAST);
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (h && h->end > q) {
            q = h->end;
            continue;
        }
        if (!w)
            q = zc_ext_next_char(st->text, q);
        else if (w->cls == ZC_XW_NOUN || w->cls == ZC_XW_NAME)
            return true;
        else
            q = w->end;
    }
    return false;
}

/* The k-th of the n items of the clause before `c` when it lists exactly n of them and no
 * figure (城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%). */
static zc_vspan clause_before_item(const zc_ext_sent *st, const zc_ext_clause *c, size_t k,
                                   size_t n)
{
    const zc_ext_clause *first = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    if (c == first)
        return (zc_vspan){ 0, 0 };
    const zc_ext_clause *p = c - 1;
    size_t b = zc_ext_skip_opening(st, p->start, p->end, false), e = p->end;
    const zc_ext_word *w;
    while (e > b && (w = zc_ext_word_at(st, zc_ext_prev_char(st->text, e))) &&
           w->cls == ZC_XW_PUNCT)
        e = w->start;
    if (digit_runs(st->text, b, e))
        return (zc_vspan){ 0, 0 };
    zc_vspan item = list_item(st, b, e, k);
    if (item.end > item.start && has_noun(st, item.start, item.end) &&
        list_item(st, b, e, n - 1).end > 0 && list_item(st, b, e, n).end == 0)
        return item;
    return (zc_vspan){ 0, 0 };
}

/* The indicator of the figure [s, e) of a list that 分别 distributes over the items of its
 * clause (动工率、完成率分别为90%、78%) or over the figures before it (发生事故265起,死亡99人,
 * 分别同比下降24.07%、23.1%); an empty span when it is in no such list. */
static zc_vspan respective(const zc_ext_sent *st, size_t s)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    size_t fb = SIZE_MAX;
    for (size_t q = c->start; q + 6 <= s; q = zc_ext_next_char(st->text, q))
        if (memcmp(st->text + q, "分别", 6) == 0)
            fb = q;
    if (fb == SIZE_MAX)
        return (zc_vspan){ 0, 0 };
    size_t k = digit_runs(st->text, fb, s), n = k + digit_runs(st->text, s, c->end);
    if (n < 2 || k >= n)
        return (zc_vspan){ 0, 0 };
    size_t b = zc_ext_skip_opening(st, c->start, fb, false);
    zc_vspan item = list_item(st, b, fb, k);
    if (item.end > item.start && has_noun(st, item.start, item.end) &&
        list_item(st, b, fb, n - 1).end > 0 && list_item(st, b, fb, n).end == 0)
        return item;
    // The clause names what its figures measure (三次产业对GDP增长的贡献率分别为6.9%、49.9%和
    // 43.2%): that, for each of them, not the figures of the sentence before it.
    if (names_own(st, b, fb))
        return (zc_vspan){ b, fb };
    // As many figures before it in the sentence as the list holds, or more when 其中 opens
    // the run of the last ones (生产总值…，其中：第一产业增加值142145万元，…，分别比上年增长…);
    // 下降30.8%、8… cut off by the excerpt's end pairs with nothing.
    const zc_record *fig[17];
    size_t m = n > 16 ? 0 : figures_before(st, c->start, fig, n + 1);
    if (m < n || (m > n && !has_cue(st, fig[0]->text.end, fig[1]->text.start, "其中")))
        return m ? (zc_vspan){ 0, 0 } : clause_before_item(st, c, k, n);
    return fig[m - n + k]->indicator;
}

static bool only_modal(const zc_ext_sent *st, size_t s, size_t e);

/* True when the indicator `v` names what is measured: a noun (全县城镇居民人均可支配收入) or
 * a verb phrase (死亡, 授权), not a comparison (比上年, 按可比价计算比上年) or nothing. */
static bool names_measure(const zc_ext_sent *st, zc_vspan v)
{
    if (v.end <= v.start)
        return false;
    if (has_noun(st, v.start, v.end))
        return true;
    const zc_ext_word *w = zc_ext_word_at(st, v.start);
    return w && (w->cls == ZC_XW_VERB || w->cls == ZC_XW_VNOUN) && !only_modal(st, v.start, v.end);
}

/* The indicator a figure at `s` with none of its own takes: that of the nearest figure
 * before it whose indicator holds a noun, over clauses that name nothing before their
 * figures (全县城镇居民人均可支配收入为22258元，比上年增加1894元，增长9.3％), within its
 * part of the sentence (not over ；); an empty span when a clause names something of its own
 * first (最大降雨量出现在石门镇，达213毫米). */
static zc_vspan carried_indicator(const zc_ext_sent *st, size_t s)
{
    const zc_record *fig[16];
    size_t n = figures_before(st, s, fig, 16);
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    size_t lo = c->start;   // what is read so far reaches back to lo
    for (size_t i = n; i-- > 0;) {
        const zc_record *f = fig[i];
        for (size_t q = f->text.end; q < lo; q++)
            if (memcmp(st->text + q, "；", 3) == 0 || st->text[q] == ';')
                return (zc_vspan){ 0, 0 };
        const zc_ext_clause *fc = zc_ext_clause_at(st, f->text.start);
        if (names_measure(st, f->indicator))
            return f->indicator;
        // A figure whose indicator names nothing (比上年增加1894元): the chain goes on, unless
        // something is named between it and what was read.
        if (has_noun(st, f->text.end, lo) || has_noun(st, fc->start, f->text.start))
            return (zc_vspan){ 0, 0 };
        lo = fc->start;
    }
    return (zc_vspan){ 0, 0 };
}

/* The indicator `v` without the figure records inside it: what precedes the last of them
 * (乡道123条626.203公里: 乡道), or what follows it when that is the next item of a list, a
 * part, the noun it counts, or when nothing is named before. */
static zc_vspan without_figures(const zc_ext_sent *st, zc_vspan v)
{
    const zc_record *fig[16];
    size_t n = figures_before(st, v.end, fig, 16);
    for (size_t i = n; i-- > 0;) {
        const zc_record *f = fig[i];
        if (f->text.start < v.start)
            break;
        size_t a = skip_lead(st, f->text.end, v.end);
        // 水库塘坝41座和电灌站9处, 81件(积案12件), 3356亩其中籽粒玉米3065亩: the next item or
        // part; 全县11个乡镇农户厕所…动工9353座: a count of the noun after it.
        static const char *const joins[] = { "和", "、", "及", "与", "，", ",", "(", "（",
                                             "其中", "并", "而" };
        bool list = false;
        for (size_t j = 0; j < sizeof joins / sizeof *joins; j++)
            list |= strncmp(st->text + f->text.end, joins[j], strlen(joins[j])) == 0;
        const zc_ext_word *nx = zc_ext_word_at(st, f->text.end);
        list |= nx && (nx->cls == ZC_XW_NOUN || nx->cls == ZC_XW_NAME) &&
                counted(st, f->text.start, f->text.end);
        bool after = has_noun(st, a, v.end), before = has_noun(st, v.start, f->text.start);
        size_t a2 = a;   // past the join: （完成供地65.82公顷）
        for (const zc_ext_word *w = zc_ext_word_at(st, a2);
             w && w->end <= v.end && (w->cls == ZC_XW_PUNCT || w->cls == ZC_XW_CONJ);
             w = zc_ext_word_at(st, a2))
            a2 = w->end;
        const zc_ext_word *w2 = zc_ext_word_at(st, a2);
        bool part = a2 < v.end && (after || (w2 && (w2->cls == ZC_XW_VERB ||
                                                    w2->cls == ZC_XW_VNOUN)));
        if ((list && part) || (after && !before))
            return (zc_vspan){ a2, v.end };
        if (before)
            return (zc_vspan){ v.start, f->text.start };   // 城镇化率由45.9%提高到52.6%
        break;
    }
    return v;
}

/* True when `t` opens with a digit or a numeral (10多亿人, 两次), not a cue word (增长). */
static bool opens_number(const char *t)
{
    static const char *const nums[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九",
                                        "十", "百", "千", "两", "零", "０", "１", "２", "３",
                                        "４", "５", "６", "７", "８", "９" };
    if (isdigit((unsigned char)*t))
        return true;
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++)
        if (strncmp(t, nums[i], strlen(nums[i])) == 0)
            return true;
    return false;
}

/* True when [s, e) holds only adverbs and modal verbs (力争, 确保): no phrase of its own. */
static bool only_modal(const zc_ext_sent *st, size_t s, size_t e)
{
    size_t q = s;
    while (q < e) {
        const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_MOD, -1);
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (h && h->end <= e)
            q = h->end;
        else if (w && w->end <= e && w->cls == ZC_XW_ADV)
            q = w->end;
        else
            return false;
    }
    return true;
}

/* The indicator `v` cut at byte `e`, the adverbs and modal verbs right before it going too (将,
 * 已, 不宜), when a noun is left; else `v`. */
static zc_vspan cut_before(const zc_ext_sent *st, zc_vspan v, size_t e)
{
    const zc_ext_word *w;
    while (e > v.start && (w = zc_ext_word_at(st, zc_ext_prev_char(st->text, e))) &&
           w->start >= v.start && (w->cls == ZC_XW_ADV || zc_ext_hit_at(st, w->start, ZC_XT_MOD, -1)))
        e = w->start;
    return has_noun(st, v.start, e) ? (zc_vspan){ v.start, e } : v;
}

/* The indicator `v` of a figure in a change (生产总值从1990年的60亿元跃升到2019年的1.27万亿元,
 * 贫困发生率将由10.2%下降至3.1%) without the starting point: what precedes the last
 * cues.tsv change_from word in it when a change_to word follows `v` in its clause and a noun
 * precedes that word, a figure opening right at its end; the adverbs and modal verbs right before it (将, 已, 则) go too. */
static zc_vspan before_change(const zc_ext_sent *st, zc_vspan v)
{
    if (v.end <= v.start)
        return v;
    size_t from = SIZE_MAX;
    for (size_t q = v.start; q < v.end; q = zc_ext_next_char(st->text, q)) {
        const zc_ext_hit *h = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_CHANGE_FROM);
        const zc_ext_word *w = h ? zc_ext_word_at(st, q) : NULL;
        if (w && w->start == q && w->end == h->end)   // 由, not 从业人数
            from = q;
    }
    // The starting value opens right at its end (由1990年的60亿元…到): 从业人数为2701人 is none.
    if (from == SIZE_MAX || !opens_number(st->text + v.end))
        return v;
    const zc_ext_clause *c = zc_ext_clause_at(st, v.end);
    bool to = false;
    for (size_t q = v.end; q < c->end && !to; q = zc_ext_next_char(st->text, q))
        to = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_CHANGE_TO) != NULL;
    if (!to)
        return v;
    return cut_before(st, v, from);
}

/* The indicator `v` of a share bounded through its base (主导功能建筑面积占比不低于总建筑面积的
 * 50%, 搭配色面积不宜超过屋顶总面积的10%) without the bound and the base: what precedes the first
 * comparator or bound word of its last clause at a word start (not 近 of 转化项目近三年…的) when
 * `v` ends with the base's 的 and a noun precedes the word. */
static zc_vspan before_base(const zc_ext_sent *st, zc_vspan v)
{
    size_t de = v.end;
    while (de > v.start && st->text[de - 1] == ' ')
        de--;
    if (de < v.start + 6 || memcmp(st->text + de - 3, "的", 3) != 0)
        return v;
    size_t cmp = SIZE_MAX;
    for (size_t q = v.start; q < de - 3; q = zc_ext_next_char(st->text, q)) {
        if (zc_ext_is_clause_end(st->text, q, de))
            cmp = SIZE_MAX;
        else if (q > v.start && cmp == SIZE_MAX && zc_ext_word_starts(st, q) &&
                 (zc_lex_match(st->lx, ZC_LX_CMP, st->text + q, de - 3 - q, ZC_POS_PRE) ||
                  zc_lex_match(st->lx, ZC_LX_APPROX, st->text + q, de - 3 - q, ZC_POS_PRE)))
            cmp = q;
    }
    if (cmp == SIZE_MAX)
        return v;
    return cut_before(st, v, cmp);
}

/* True when a cue of `cls` is the word `w`, whole. */
static bool whole_cue(const zc_ext_sent *st, const zc_ext_word *w, int cls)
{
    const zc_ext_hit *h = zc_ext_hit_at(st, w->start, ZC_XT_CUE, cls);
    return h && h->end == w->end;
}

/* `v` without the words at its end that only lead to the figure: adverbs and modal verbs
 * (争取), verbs of achieving (2025年完成, 实现), and the words of an expected result or a sum
 * (产业集群营业收入预计, 本区共计, 合计), as long as a noun stays before them; a verb of
 * achieving alone is no indicator at all. */
static zc_vspan skip_tail(const zc_ext_sent *st, zc_vspan v)
{
    while (v.end > v.start) {
        size_t k = word_index(st, zc_ext_prev_char(st->text, v.end));
        const zc_ext_word *w = k == SIZE_MAX ? NULL : ZC_EXT_WORD(st, k);
        if (!w || w->start < v.start || w->end != v.end)
            break;
        bool ach = whole_cue(st, w, ZC_XC_ACHIEVE);
        if (ach && w->start == v.start)
            return (zc_vspan){ 0, 0 };   // 完成 alone
        bool tail = ach || w->cls == ZC_XW_ADV || zc_ext_hit_at(st, w->start, ZC_XT_MOD, -1) ||
                    whole_cue(st, w, ZC_XC_EXPECT) || whole_cue(st, w, ZC_XC_TOTAL) ||
                    whole_cue(st, w, ZC_XC_TABLE_TOTAL);
        if (!tail || !has_noun(st, v.start, w->start))
            break;
        v.end = w->start;
    }
    return v;
}

zc_vspan zc_ext_figure_indicator(const zc_ext_sent *st, size_t s, size_t e, bool target)
{
    zc_vspan r = respective(st, s);
    if (r.end > r.start)
        return r;
    r = without_figures(st, zc_ext_indicator(st, s, e, target));
    r = skip_tail(st, before_base(st, before_change(st, r)));
    // 社会消费品零售总额14.25亿元，增长6.9%; 确保达到60亿元，力争突破70亿元: a figure with no
    // phrase of its own measures what the figure before it in the sentence measures.
    if (r.end > r.start && !only_modal(st, r.start, r.end))
        return r;
    // Only a figure that something precedes in its clause (增长, 力争, 达): one that opens it
    // (两次金融危机的考验，10多亿人摆脱贫困) starts a new report.
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    bool ratio = c->start >= 3 && (memcmp(st->text + c->start - 3, "：", 3) == 0 ||
                                   st->text[c->start - 1] == ':');   // 12.89：56.87
    if (zc_ext_skip_opening(st, c->start, s, false) >= s && opens_number(st->text + s) && !ratio)
        return r;
    zc_vspan carried = carried_indicator(st, s);
    return carried.end > carried.start ? carried : r;
}

zc_vspan zc_ext_zero_indicator(const zc_ext_sent *st, size_t s, size_t e)
{
    zc_vspan r = zc_ext_indicator(st, s, e, true);
    if (r.end >= r.start + 3 && strncmp(st->text + r.end - 3, "“", 3) == 0)
        r.end -= 3;   // 秸秆“零焚烧”: the quote opens the trigger
    if (r.end > r.start && has_noun(st, r.start, r.end))
        return r;
    // “零焚烧”, 零发生 with nothing named before: the act after 零 when it is one.
    size_t q = s;
    while (q < e && (unsigned char)st->text[q] < 0x80)
        q++;
    if (q < e && (strncmp(st->text + q, "零", 3) == 0 || strncmp(st->text + q, "“零", 6) == 0)) {
        q += strncmp(st->text + q, "“", 3) == 0 ? 6 : 3;
        size_t qe = e;
        if (qe >= q + 3 && strncmp(st->text + qe - 3, "”", 3) == 0)
            qe -= 3;
        if (qe > q)
            return (zc_vspan){ q, qe };
    }
    return r;
}


bool zc_ext_verb_starts(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_word *w = zc_ext_word_at(st, pos);
    if (!w || zc_ext_hit_at(st, pos, ZC_XT_ACTOR, ZC_XA_JOIN))
        return false;
    // 每个乡镇不少于400户: a bound on a figure, whose subject is what is counted.
    if (zc_lex_match(st->lx, ZC_LX_CMP, st->text + pos, st->end - pos, -1) ||
        zc_lex_match(st->lx, ZC_LX_APPROX, st->text + pos, st->end - pos, -1))
        return false;
    // A single character's tag is its most common use (列, 设: v): only prepositions and
    // conjunctions count (依, 如), and adverbs before a verb or modal verb (用人单位还应当,
    // 各村均已成立; not the 直 of 县直各部门).
    if (w->end == zc_ext_next_char(st->text, pos)) {
        if (w->cls == ZC_XW_ADV) {
            const zc_ext_word *n = zc_ext_word_at(st, w->end);
            return n && (zc_ext_hit_at(st, w->end, ZC_XT_MOD, -1) || n->cls == ZC_XW_VERB ||
                         n->cls == ZC_XW_ADV || n->cls == ZC_XW_PREP);
        }
        return w->cls == ZC_XW_PREP || w->cls == ZC_XW_CONJ;
    }
    return w->cls == ZC_XW_VERB || w->cls == ZC_XW_ADV || w->cls == ZC_XW_PREP ||
           w->cls == ZC_XW_CONJ;
}

size_t zc_ext_actor_phrase(const zc_ext_sent *st, size_t p, size_t e, bool any_head)
{
    size_t q = p, head = p;
    // 各示范商圈: the prefix opens the phrase, whatever its tag.
    const zc_ext_hit *pre = zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_PREFIX);
    if (pre && zc_ext_word_starts(st, pre->end))
        q = pre->end;
    while (q < e) {
        const zc_ext_hit *j = zc_ext_hit_at(st, q, ZC_XT_ACTOR, ZC_XA_JOIN);
        if (j && q > p && head > p && zc_ext_word_starts(st, j->end)) {
            q = j->end;
            // 、各部门: each item of a list may open with its prefix.
            pre = zc_ext_hit_at(st, q, ZC_XT_ACTOR, ZC_XA_PREFIX);
            if (pre && zc_ext_word_starts(st, pre->end))
                q = pre->end;
            continue;
        }
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w || w->end > e)
            break;
        // 各地, 该镇: a pronoun of two or more characters may open (and be) the phrase.
        bool lead = q == p && w->cls == ZC_XW_PRON && w->end > zc_ext_next_char(st->text, q);
        // After 各, a verb that modifies a noun (各示范商圈) stays inside.
        const zc_ext_word *nx = zc_ext_word_at(st, w->end);
        bool modifier = any_head && w->cls == ZC_XW_VERB && nx &&
                        (nx->cls == ZC_XW_NOUN || nx->cls == ZC_XW_NAME);
        if (!nominal(w->cls) && !lead && !modifier)
            break;
        if (w->cls == ZC_XW_NAME || (any_head && (w->cls == ZC_XW_NOUN || lead)) ||
            zc_ext_hit_ending(st, w->end, ZC_XT_ACTOR, ZC_XA_SUFFIX))
            head = w->end;
        q = w->end;
    }
    if (head == p || (head < e && !zc_ext_verb_starts(st, head) &&
                      !zc_ext_hit_at(st, head, ZC_XT_MOD, -1)))
        return p;
    return head;
}

/* The end of a tag's list of departments after a label at `p` (joined by 、): the closing
 * parenthesis (not one of a name's own), a clause or sentence end; a comma only before another label (牵头单位:各乡镇,
 * 责任单位:…): a comma may join the levels of one list (责任单位:北京市税务局,各区税务局). */
static size_t lead_list_end(const zc_ext_sent *st, size_t p)
{
    int depth = 0;   // 各县(市)人民政府: a parenthesis inside a name closes nothing
    for (size_t q = p; q < st->end && q - p <= 300; q = zc_ext_next_char(st->text, q)) {
        char c = st->text[q];
        depth += c == '(';
        if (c == ')' && depth > 0) {
            depth--;
            continue;
        }
        if (c == ')' || c == ';' || c == '.' || memcmp(st->text + q, "。", 3) == 0 ||
            memcmp(st->text + q, "；", 3) == 0 ||
            (c == ',' && zc_ext_hit_at(st, zc_ext_skip_spaces(st, q + 1, st->end), ZC_XT_ACTOR,
                                       ZC_XA_LEAD)))
            return q;
    }
    return st->end;
}

/* The departments of a tag from `b` (before `e`): actors joined by 、 or a comma, each piece
 * read as an actor of its own (a list may be longer than one actor), the 等 that closes the
 * list with them (市体育局、市财政局等: as the gold writes it). Empty when none starts at `b`. */
static zc_vspan lead_list(const zc_ext_sent *st, size_t b, size_t e,
                          zc_vspan (*actor_at)(const zc_ext_sent *, size_t, size_t))
{
    zc_vspan a = { 0, 0 };
    for (size_t q = b; q < e;) {
        size_t pe = q;   // the piece: up to the next 、 or comma, not one in parentheses
        int depth = 0;   // 各县(市、区)人民政府 is one body
        while (pe < e && (depth > 0 || (st->text[pe] != ',' &&
                                        (e - pe < 3 || memcmp(st->text + pe, "、", 3) != 0)))) {
            depth += st->text[pe] == '(' ? 1 : st->text[pe] == ')' && depth > 0 ? -1 : 0;
            pe = zc_ext_next_char(st->text, pe);
        }
        size_t ae = zc_ext_skip_spaces_back(st, q, pe);
        if (memchr(st->text + q, ':', pe - q))
            return a;   // 牵头单位:省商务厅,参加单位:…: another label, another role
        bool etc = ae - q > 3 && memcmp(st->text + ae - 3, "等", 3) == 0;
        zc_vspan x = actor_at(st, q, etc ? ae - 3 : pe);
        if (x.start != q || x.end <= q)
            return a;
        a = (zc_vspan){ b, etc && x.end == ae - 3 ? ae : x.end };
        if (a.end != ae || pe >= e)
            return a;
        q = zc_ext_skip_spaces(st, pe + (st->text[pe] == ',' ? 1 : 3), e);
    }
    return a;
}

/* Whether the list of a tag ends its first department at `p`: a 、, a comma, or the 等 that
 * sums up the others (民政部等有关部门和单位; not the 等 of 高等学校). */
static bool piece_end(const zc_ext_sent *st, size_t p, size_t e)
{
    const char *t = st->text + p;
    if (*t == ',')
        return true;
    if (e - p < 3)
        return false;
    if (memcmp(t, "、", 3) == 0)
        return true;
    return memcmp(t, "等", 3) == 0 && e - p >= 9 &&
           (memcmp(t + 3, "有关", 6) == 0 || memcmp(t + 3, "相关", 6) == 0 ||
            memcmp(t + 3, "部门", 6) == 0 || memcmp(t + 3, "单位", 6) == 0);
}

/* The first department of a tag's list [b, e) (up to piece_end), as `actor_at` reads it
 * (人力资源社会保障部 of 人力资源社会保障部、财政部等有关部门和单位); empty when none starts at `b`. */
static zc_vspan first_piece(const zc_ext_sent *st, size_t b, size_t e,
                            zc_vspan (*actor_at)(const zc_ext_sent *, size_t, size_t))
{
    size_t pe = b;
    while (pe < e && !piece_end(st, pe, e))
        pe = zc_ext_next_char(st->text, pe);
    zc_vspan x = actor_at(st, b, pe);
    return x.start == b && x.end > b ? x : (zc_vspan){ 0, 0 };
}

/* True when the agent marker at hit `h` introduces a sanction's authority: a sanction other
 * than an incentive follows in its clause or the next (由X责令改正; 由X按照法定职责，暂扣…). */
static bool sanction_agent(const zc_ext_sent *st, const zc_ext_hit *h)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, h->start);
    if (!c)
        return false;
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    size_t e = c < last ? (c + 1)->end : c->end;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, h->end, e, ZC_XT_ENF, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        uint8_t cls = ZC_EXT_HIT(st, i)->e->cls;
        if (cls != ZC_XE_STOP && cls != ZC_CAT_INCENTIVE)
            return true;
    }
    return false;
}

/* Notes the modality a sentence of paragraph `para` without a modal cue takes from the items
 * before it that ； joins to it (从事海水养殖的单位、个人应当…；采取…，并负责及时清除… →
 * should), unless it reports the past; and what it passes on when ； closes it. `m` is the
 * modality the sentence states. */
static zc_status chain_modality(zc_ext_sent *st, size_t para, bool past, zc_modality m)
{
    if (st->chain_para != para || past)
        st->chain_mod = ZC_MOD_NONE;
    if (m == ZC_MOD_NONE && st->chain_mod != ZC_MOD_NONE && !past &&
        !zc_vec_push(&st->leads, &(zc_ext_lead){ .para = para,
                                                 .actor = { st->start, st->start },
                                                 .role = ZC_LEAD_MODAL,
                                                 .mod = (uint8_t)st->chain_mod,
                                                 .sentence = st->index }))
        return ZC_ENOMEM;
    st->chain_para = zc_ext_ends_semicolon(st, st->start, st->end) ? para : SIZE_MAX;
    // A prohibition forbids its own act, and the next item is a duty (不得…；及时补种苗木).
    if (m != ZC_MOD_NONE)
        st->chain_mod = m == ZC_MOD_PROHIBIT ? ZC_MOD_NONE : m;
    return ZC_OK;
}

/* Whether a sentence passes on `a`, its first clause's actor: a subject that opens with a verb
 * or a preposition of two characters or more (构建瞪羚企业, 根据县政府) is a misread verb
 * phrase and is not carried. */
static bool carried(const zc_ext_sent *st, zc_vspan a)
{
    const zc_ext_word *w = a.end > a.start ? zc_ext_word_at(st, a.start) : NULL;
    // 从事海水养殖的单位、个人应当…；: a relative clause before the head (clause.c
    // relative_subject) is carried whole.
    bool relative = a.end > a.start && memmem(st->text + a.start, a.end - a.start, "的", 3);
    return w && (relative || !(w->end > zc_ext_next_char(st->text, a.start) &&
                               (w->cls == ZC_XW_VERB || w->cls == ZC_XW_PREP) &&
                               !zc_ext_hit_at(st, a.start, ZC_XT_ACTOR, -1)));
}

/* True when the sentence opens a new point (cues.tsv role point, or an item number: 第四，…,
 * 二是…, (三)…) after a sentence of its paragraph that does not announce it with a colon
 * (各地要做好以下工作：一是…): the subject of the points before acts no longer there or after. */
static bool new_topic(const zc_ext_sent *st)
{
    size_t p = zc_ext_skip_spaces(st, st->start, st->end);
    bool point = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_POINT) &&
                 zc_ext_word_starts(st, zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_POINT)->end);
    if (!point && !(zc_ext_skip_opening(st, p, st->end, false) > p &&
                    !zc_ext_hit_at(st, p, ZC_XT_ACTOR, ZC_XA_SKIP)))
        return false;
    zc_sentence_info si, prev;
    zc_doc_sentence(st->d, st->index, &si);
    if (!st->index || (zc_doc_sentence(st->d, st->index - 1, &prev), prev.para != si.para))
        return false;
    size_t e = zc_ext_skip_spaces_back(st, prev.start, prev.end);
    return !(e > prev.start && (st->text[e - 1] == ':' ||
                                (e >= prev.start + 3 && memcmp(st->text + e - 3, "：", 3) == 0)));
}

/* True when the sentence, of modality `m`, narrates in a report: no modal verb and no future
 * marker (国务院各部门做了大量工作; not 中央财政将安排…, a plan). */
static bool narrative(const zc_ext_sent *st, zc_modality m)
{
    return st->genre == ZC_XG_REPORT && m == ZC_MOD_NONE &&
           !zc_ext_has(st, st->start, st->end, ZC_XT_CUE, ZC_XC_FUTURE);
}

/* True when `a` is one named organ (国家医保局, 工业和信息化部、公安部), no set of addressees
 * (各地医保局). */
static bool one_organ(const zc_ext_sent *st, zc_vspan a)
{
    return zc_ext_organ_ends(st, a.end) &&
           !zc_ext_has(st, a.start, a.end, ZC_XT_ACTOR, ZC_XA_PREFIX);
}

/* True when the sentence takes no subject from before, `a` being the actor of `c`, its first
 * clause: it names its own, reports the past, names an agent (由学校…发放) or holds a
 * sanction's condition closed by 的 (凡是…的). *cond: `c` opens with a condition's opener
 * (对…), which closes it too for the records (ZC_LEAD_CLOSED) but not for
 * zc_ext_carried_organ. */
static bool takes_none(const zc_ext_sent *st, const zc_ext_clause *c, zc_vspan a, bool *cond)
{
    bool closed = a.end > a.start || zc_ext_has(st, st->start, st->end, ZC_XT_ACTOR, ZC_XA_AGENT);
    *cond = zc_ext_hit_at(st, zc_ext_skip_opening(st, c->start, c->end, true), ZC_XT_CUE,
                          ZC_XC_COND) != NULL;
    for (size_t i = 0; i < st->clauses.len; i++) {
        const zc_ext_clause *ci = &ZC_VEC_AT(&st->clauses, zc_ext_clause, i);
        closed |= ci->past || (i + 1 < st->clauses.len &&
                               zc_ext_hit_ending(st, ci->end, ZC_XT_CUE, ZC_XC_CONDEND));
    }
    return closed;
}

enum { SUBJECT_NONE, SUBJECT_LATER, SUBJECT_NOW };   /* who may read a sentence's subject */

/* Notes the subject of the sentence for the sentences after it in paragraph `para` that name
 * none (各地商务主管部门要…；要定期进行评估…), with the modality its sentence states and
 * whether it is one named organ (zc_ext_carried_organ), or that the sentence takes none from
 * before (takes_none; whoever acts on a condition is not the topic of the text before). */
static zc_status push_subject(zc_ext_sent *st, size_t para, int asked)
{
    if (!st->clauses.len)
        return ZC_OK;
    bool past = false;
    for (size_t i = 0; i < st->clauses.len; i++)
        past |= ZC_VEC_AT(&st->clauses, zc_ext_clause, i).past;
    const zc_ext_clause *c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    zc_modality m = zc_ext_sentence_modality(st);
    if (asked == SUBJECT_LATER && !c->actor_known) {
        // Only later sentences may read it: read when one asks, with the horizon as it is now.
        zc_ext_lead l = { .para = para, .actor = { st->start, st->start },
                          .role = ZC_LEAD_PENDING, .mod = (uint8_t)m, .horizon = st->horizon,
                          .sentence = st->index };
        return chain_modality(st, para, past, m) == ZC_OK && zc_vec_push(&st->leads, &l)
                   ? ZC_OK
                   : ZC_ENOMEM;
    }
    if (asked == SUBJECT_NONE)   // no record reads what it would note (zc_ext_find_subject)
        return chain_modality(st, para, past, m);
    zc_vspan a = zc_ext_clause_actor(st, c);
    bool cond, closed = takes_none(st, c, a, &cond);
    bool topic = a.end <= a.start && new_topic(st);
    closed |= topic;
    // mod 1: closed by the opener of a condition alone (对…进行总结归纳，…): no subject, no 的
    // closing a clause; the issuer's schedule may still go on there (zc_ext_carried_organ).
    if ((closed || cond) &&
        !zc_vec_push(&st->leads, &(zc_ext_lead){ .para = para,
                                                 .actor = { st->start, st->start },
                                                 .role = ZC_LEAD_CLOSED, .mod = (uint8_t)!closed,
                                                 .sentence = st->index }))
        return ZC_ENOMEM;
    if (chain_modality(st, para, past, m) != ZC_OK)
        return ZC_ENOMEM;
    // A report's narrative sentence (国务院各部门做了大量工作) tells what was done: its subject
    // is no one's duty, and the carry ends there too.
    topic |= narrative(st, m) && a.end > a.start;
    if (topic)   // an empty subject: the carry ends here
        return zc_vec_push(&st->leads, &(zc_ext_lead){ .para = para,
                                                      .actor = { st->start, st->start },
                                                      .role = ZC_LEAD_SUBJECT,
                                                      .sentence = st->index })
                   ? ZC_OK
                   : ZC_ENOMEM;
    if (!carried(st, a))
        return ZC_OK;
    zc_ext_lead l = { .para = para, .actor = a, .role = ZC_LEAD_SUBJECT, .mod = (uint8_t)m,
                      .organ = one_organ(st, a), .sentence = st->index };
    return zc_vec_push(&st->leads, &l) ? ZC_OK : ZC_ENOMEM;
}

bool zc_ext_organ_ends(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_hit *o = zc_ext_hit_ending(st, pos, ZC_XT_CUE, ZC_XC_ORGAN);
    const zc_ext_hit *k = o ? zc_ext_hit_ending(st, pos, ZC_XT_CUE, ZC_XC_NONE) : NULL;
    return o && !(k && k->start < o->start);
}

/* Reads the subject that the pending lead `l` stands for, as push_subject would have (its
 * modality was noted then). */
static zc_status read_pending(zc_ext_sent *st, zc_ext_lead *l)
{
    zc_status s = zc_ext_reread(st, l->sentence);
    if (s != ZC_OK)
        return s;
    st->horizon = l->horizon;
    const zc_ext_clause *c0 = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
    zc_vspan a = zc_ext_clause_actor(st, c0);
    bool topic = a.end <= a.start && new_topic(st);
    // A report's narrative sentence passes on no subject (push_subject).
    topic |= narrative(st, (zc_modality)l->mod) && a.end > a.start;
    bool c = !topic && carried(st, a);
    bool organ = c && one_organ(st, a);
    if (st->words_oom)
        return ZC_ENOMEM;
    l->role = c || topic ? ZC_LEAD_SUBJECT : ZC_LEAD_NONE;
    if (c) {
        l->actor = a;
        l->organ = organ;
    }
    return ZC_OK;
}

/* read_pending for a rule of the sentence in work: on a copy of `st` with sentence buffers of
 * its own, so that the sentence stays as the rule holds it. */
static zc_status read_pending_aside(zc_ext_sent *st, zc_ext_lead *l)
{
    zc_ext_sent side;
    zc_ext_aside(st, &side);
    zc_status s = read_pending(&side, l);
    zc_ext_aside_free(&side);
    return s;
}

/* The subject of the last sentence that names one among the leads lo..k (of one paragraph),
 * reading the pending ones on the way with `read`; NULL when none does. */
static zc_status last_subject(zc_ext_sent *st, size_t lo, size_t k,
                              zc_status (*read)(zc_ext_sent *, zc_ext_lead *),
                              const zc_ext_lead **out)
{
    *out = NULL;
    for (size_t j = k + 1; j-- > lo;) {
        zc_ext_lead *l = &ZC_VEC_AT(&st->leads, zc_ext_lead, j);
        zc_status s = l->role == ZC_LEAD_PENDING ? read(st, l) : ZC_OK;
        if (s != ZC_OK)
            return s;
        if (l->role == ZC_LEAD_SUBJECT) {
            *out = l;
            break;
        }
    }
    return ZC_OK;
}

bool zc_ext_carried_organ(zc_ext_sent *st)
{
    zc_sentence_info si;
    zc_doc_sentence(st->d, st->index, &si);
    size_t lo = st->leads.len;
    while (lo > 0 && ZC_VEC_AT(&st->leads, zc_ext_lead, lo - 1).para == si.para)
        lo--;
    // Its subject is noted after its records (zc_ext_find_subject): the leads of the paragraph
    // are those of the sentences before and its own tags and authorities.
    for (size_t k = lo; k < st->leads.len; k++) {
        uint8_t role = ZC_VEC_AT(&st->leads, zc_ext_lead, k).role;
        if (role == ZC_LEAD_TAG || role == ZC_LEAD_AGENT)
            return false;   // a lead department or an authority goes first
    }
    bool cond;
    if (!st->heading && st->clauses.len) {
        const zc_ext_clause *c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0);
        if (takes_none(st, c, zc_ext_clause_actor(st, c), &cond))
            return false;   // the sentence names its own subject, or takes none
    }
    const zc_ext_lead *subject = NULL;
    if (lo < st->leads.len &&
        last_subject(st, lo, st->leads.len - 1, read_pending_aside, &subject) != ZC_OK) {
        st->words_oom = true;
        return false;
    }
    return subject && subject->organ && subject->mod == ZC_MOD_NONE;
}

/* The authority `a` of a statement of penalties without the jurisdiction before its head:
 * what a clause closed by 的 or a place of role venue ends (违法行为发生地海关, 发现违法行为的
 * 海关 → 海关; 价格违法行为发生地的地方人民政府价格主管部门 → 地方人民政府价格主管部门). */
static zc_vspan without_venue(const zc_ext_sent *st, zc_vspan a)
{
    size_t from = a.start;
    // A list (渔业行政主管部门或者其所属的渔政监督管理机构): its 的 modifies one body.
    bool list = zc_ext_has(st, a.start, a.end, ZC_XT_ACTOR, ZC_XA_JOIN);
    for (size_t q = a.start; q < a.end; q = zc_ext_next_char(st->text, q)) {
        const zc_ext_hit *v = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_VENUE);
        if (v && v->end < a.end)
            from = v->end;
        else if (!list && a.end - q > 3 && memcmp(st->text + q, "的", 3) == 0)
            from = q + 3;
    }
    zc_vspan h = { from, a.end };
    return h.end > h.start && zc_ext_authority(st, h) ? h : a;
}

/* Whether the authority after the agent marker at hit `h` may be the rule's penalty authority
 * (note_penalty_scope): -1 when not, else whether the statement is general. In a rule, when
 * the sentence names penalties before the marker and no condition closed by 的 stands between
 * (本条例规定的行政处罚，由X决定; not 当事人对行政处罚决定不服的，由作出处罚决定的机关…); a
 * general statement (only 处罚 words before the marker) wins over one that lists particular
 * penalties. Asked before the authority is read: most markers have none. */
static int penalty_scope(const zc_ext_sent *st, const zc_ext_hit *h)
{
    if (st->genre != ZC_XG_RULE || (st->doc_penalty.end > st->doc_penalty.start &&
                                    st->doc_penalty_general))
        return -1;
    bool any = false, general = true;
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, h->start, ZC_XT_ENF, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *m = ZC_EXT_HIT(st, i);
        if (m->e->cls == ZC_XE_STOP || m->e->cls == ZC_CAT_INCENTIVE ||
            zc_ext_text_has(st->x, st->text, m->start, m->end, ZC_XT_CUE, ZC_XC_DISCIPLINE))
            continue;   // 给予处分，由上一级人民政府决定: officials' sanctions
        any = true;
        general &= memmem(st->text + m->start, m->end - m->start, "处罚", 6) != NULL;
    }
    const zc_ext_clause *c = zc_ext_clause_at(st, h->start);
    if (!any || !c)
        return -1;
    for (const zc_ext_clause *b = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0); b < c; b++) {
        size_t ce = zc_ext_skip_spaces_back(st, b->start, b->end);
        if (zc_ext_hit_ending(st, ce, ZC_XT_CUE, ZC_XC_CONDEND))
            return -1;
    }
    return general;
}

/* Notes in st->doc_penalty the authority `a` after the agent marker at hit `h`, of a statement
 * penalty_scope found (`general` as it says): the authority of the rule's penalties whose
 * articles name none. A general statement wins over one that lists particular penalties;
 * else the first wins. */
static void note_penalty_scope(zc_ext_sent *st, const zc_ext_hit *h, zc_vspan a, bool general)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, h->start);
    // The verb assigning the power follows the authority, an adverb (依法) at most between
    // (行政处罚由县级以上地方人民政府具有行政处罚权的行政机关管辖: the government is no
    // authority here); 不得由法定的税务机关以外的单位行使: a prohibition names none.
    size_t ve = a.end + 18 < c->end ? a.end + 18 : c->end;
    if (a.start < h->end || a.end <= a.start || !zc_ext_authority(st, a) ||
        !zc_ext_text_has(st->x, st->text, a.end, ve, ZC_XT_CUE, ZC_XC_ASSIGN) ||
        zc_ext_has(st, st->start, h->start, ZC_XT_MOD, ZC_MOD_PROHIBIT))
        return;
    if (st->doc_penalty.end <= st->doc_penalty.start || general) {
        st->doc_penalty = without_venue(st, a);
        st->doc_penalty_general = general;
    }
}

/* True when the party after the agent marker at hit `h` (in clause `c`) bears a cost
 * (所需费用由违法行为人承担: cues.tsv role bear after it in its clause). */
static bool bears_cost(const zc_ext_sent *st, const zc_ext_hit *h, const zc_ext_clause *c)
{
    return zc_ext_has(st, h->end, c->end, ZC_XT_CUE, ZC_XC_BEAR);
}

/* True when the sentence, up to `e`, addresses every violation of the text: a violation word
 * right before the text's name of itself with no article number after it (违反本条例规定的,
 * 对违反本办法的行为; not 违反本条例第十一条规定的). */
static bool every_violation(const zc_ext_sent *st, size_t e)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, e, ZC_XT_CUE, ZC_XC_VIOLATE);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *v = ZC_EXT_HIT(st, i);
        const zc_ext_hit *self = zc_ext_hit_at(st, v->end, ZC_XT_CUE, ZC_XC_COMPETENT_SCOPE);
        if (self && self->start >= st->start && (e - self->end < 3 ||
                                                 memcmp(st->text + self->end, "第", 3) != 0))
            return true;
    }
    return false;
}

/* Notes, in a rule, the authority `a` read after the agent marker at hit `h` as the authority
 * of its article (ZC_LEAD_UNIT) when it imposes a sanction (`sanction`) or a verb of
 * sanctioning follows it in its clause (由X按照下列规定进行处理, cues.tsv role penalize). */
static zc_status push_unit(zc_ext_sent *st, size_t para, const zc_ext_hit *h, zc_vspan a,
                           bool sanction)
{
    if (st->genre != ZC_XG_RULE || a.end <= a.start || !zc_ext_authority(st, a))
        return ZC_OK;
    const zc_ext_clause *c = zc_ext_clause_at(st, h->start);
    if (!sanction && !zc_ext_has(st, a.end, c->end, ZC_XT_CUE, ZC_XC_PENALIZE))
        return ZC_OK;
    zc_ext_lead l = { .para = para, .actor = a, .role = ZC_LEAD_UNIT,
                      .mod = (uint8_t)every_violation(st, h->start), .sentence = st->index };
    return zc_vec_push(&st->leads, &l) ? ZC_OK : ZC_ENOMEM;
}

/* True when the clause at `pos` has no modal verb of its own and a condition closed by 的
 * comes before it in the sentence: a modal verb before it is the condition's (其他应当申报的
 * 项目未申报…的，分别依照下列规定予以处罚), not the list's. */
static bool in_case(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, pos);
    if (!c || zc_ext_has(st, c->start, c->end, ZC_XT_MOD, -1))
        return false;
    for (const zc_ext_clause *p = &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0); p < c; p++)
        if (zc_ext_hit_ending(st, zc_ext_skip_spaces_back(st, p->start, p->end), ZC_XT_CUE,
                              ZC_XC_CONDEND))
            return true;
    return false;
}

/* The body a copula names in clause `c` (综合行政执法部门是养犬管理工作的牵头部门，履行下列职责：):
 * the words before the first 是 when they name an authority; else empty. The clause
 * actor leaves a copula's subject (公安机关是…的主管部门 names a competence, no act); a list of
 * duties after it is that body's. */
static zc_vspan copula_subject(const zc_ext_sent *st, const zc_ext_clause *c)
{
    zc_vspan none = { 0, 0 };
    size_t i = zc_ext_next_hit(st, zc_ext_first_hit(st, c->start), c->start, c->end, ZC_XT_CUE,
                               ZC_XC_COPULA);
    if (i == SIZE_MAX)
        return none;
    size_t b = zc_ext_skip_opening(st, c->start, c->end, true), e = ZC_EXT_HIT(st, i)->start;
    zc_vspan a = { b, e };
    return b < e && zc_ext_authority(st, a) ? a : none;
}

/* In a rule, a sentence that announces a list with a colon (土地行政主管部门行使下列土地监察职权：;
 * X履行下列职责：) gives its authority to the records of the items under it that name none, as
 * an article's authority of 由 does (ZC_LEAD_UNIT). When a modal verb of a duty governs its list
 * word (cues.tsv list_open: 下列, 以下, 如下), the items are the duties it imposes: its modality
 * and its subject, authority or party, go to the items that state none (ZC_LEAD_LIST, read by
 * zc_ext_carry_actors: 公安机关应当履行下列职责：; 使用管理单位应当履行下列义务：); so do the duties
 * the list word names (cues.tsv list_duty: 督学履行下列职责：), with no modal verb to give. Not
 * when the items are cases or contents (list_case right after the list word: 有下列情形之一的, 应当符合下列条件,
 * 应当载明下列内容), nor when the list word's clause has no modal verb and a condition closed by 的
 * comes before it (其他应当申报的项目未申报…的，分别依照下列规定予以处罚：), nor under a power
 * (有权采取下列措施，被检查单位不得拒绝：; 可以采取下列措施：). */
static zc_status push_list_owner(zc_ext_sent *st, size_t para)
{
    size_t e = zc_ext_skip_spaces_back(st, st->start, st->end);
    bool rule = st->genre == ZC_XG_RULE;
    if ((!rule && st->genre != ZC_XG_PLAN) || st->heading || !st->clauses.len || e <= st->start ||
        !(st->text[e - 1] == ':' || (e >= st->start + 3 && memcmp(st->text + e - 3, "：", 3) == 0)))
        return ZC_OK;
    zc_vspan a = zc_ext_clause_actor(st, &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0));
    zc_modality m = ZC_MOD_NONE;
    bool duties = false;   // 督学履行下列职责：: the items are the subject's duties
    size_t last = SIZE_MAX;   // the last list word
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, st->start, e, ZC_XT_CUE, ZC_XC_LIST_OPEN);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        bool cases = zc_ext_hit_at(st, h->end, ZC_XT_CUE, ZC_XC_LIST_CASE) || in_case(st, h->start);
        m = cases ? ZC_MOD_NONE : zc_ext_modality_over(st, h->start);
        duties = !cases && zc_ext_hit_at(st, h->end, ZC_XT_CUE, ZC_XC_LIST_DUTY);
        last = h->start;
    }
    // 对代表建议、批评和意见，承办单位应当按照下列要求办理：: the subject of the list word's own
    // clause, when the first clause names none.
    if (a.end <= a.start && last != SIZE_MAX)
        a = zc_ext_actor(st, last);
    if (a.end <= a.start && last != SIZE_MAX)
        a = copula_subject(st, &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0));
    // A plan states its tasks with no modal verb (市、区人民政府…并采取下列措施：, 组织开展以下工作：):
    // a named subject and a list of measures or work the colon closes make the items its tasks
    // (not 现制定以下工作意见：, the document's own content, nor a body's 具有下列职责：).
    size_t ce = e - (st->text[e - 1] == ':' ? 1 : 3);
    bool measures = !rule && zc_ext_hit_ending(st, ce, ZC_XT_CUE, ZC_XC_LIST_TASK);
    if (!rule && !measures)
        return ZC_OK;
    bool duty_list = m == ZC_MOD_MUST || m == ZC_MOD_SHOULD ||
                     (m == ZC_MOD_NONE && (duties || measures) && last != SIZE_MAX &&
                      a.end > a.start);
    if (duty_list &&
        !zc_vec_push(&st->leads, &(zc_ext_lead){ .para = para, .actor = a, .role = ZC_LEAD_LIST,
                                                 .mod = (uint8_t)m, .sentence = st->index }))
        return ZC_ENOMEM;
    if (!rule || a.end <= a.start || !zc_ext_authority(st, a))
        return ZC_OK;
    zc_ext_lead l = { .para = para, .actor = a, .role = ZC_LEAD_UNIT, .sentence = st->index };
    return zc_vec_push(&st->leads, &l) ? ZC_OK : ZC_ENOMEM;
}

/* True when sentence `index` lies in another paragraph than `para`, or past the last. */
static bool other_para(const zc_ext_sent *st, size_t index, size_t para)
{
    zc_sentence_info x;
    if (index >= zc_doc_nsentences(st->d))
        return true;
    zc_doc_sentence(st->d, index, &x);
    return x.para != para;
}

/* True when the sentence is the first and only one of its paragraph and the paragraph before
 * it is no section's heading (an item's, under a section, may be: (二)对新毕业生给予契税补贴。):
 * a tag line standing under an item. */
static bool tag_alone(const zc_ext_sent *st)
{
    zc_sentence_info si, prev;
    zc_doc_sentence(st->d, st->index, &si);
    zc_doc_sentence(st->d, st->index - 1, &prev);
    if (prev.para + 1 != si.para || (prev.kind == ZC_SENT_HEADING && prev.depth < 2))
        return false;
    return other_para(st, st->index + 1, si.para);
}

/* True when heading sentence `h` runs into its item's text in its paragraph ((一)增加土地供应。
 * 三年内完成土地整理。): an item, not a section's heading line. */
static bool runs_in(const zc_ext_sent *st, size_t h)
{
    zc_sentence_info a;
    zc_doc_sentence(st->d, h, &a);
    return !other_para(st, h + 1, a.para);
}

/* Pushes lead `l` for paragraph `para` after the leads of paragraphs up to it: the leads stay
 * in paragraph order (zc_ext_lead_actors searches them). */
static bool push_para_lead(zc_ext_sent *st, zc_ext_lead l, size_t para)
{
    l.para = para;
    if (!zc_vec_push(&st->leads, &l))
        return false;
    zc_ext_lead *v = st->leads.data;
    size_t at = st->leads.len - 1;
    while (at > 0 && v[at - 1].para > para)
        at--;
    memmove(v + at + 1, v + at, (st->leads.len - 1 - at) * sizeof *v);
    v[at] = l;
    return true;
}

/* Pushes the lead of a tag alone (tag_alone) for the paragraphs it closes: the one above it,
 * and, back to its section's heading line, the items before that carry no tag of their own
 * (四、…（一）…（五）…（责任部门：市税务局）: the tax items of section 四, gold blind30 R018). */
static zc_status push_tag_leads(zc_ext_sent *st, const zc_sentence_info *si, zc_ext_lead l)
{
    // The section the tag closes: its innermost, unless that is the item right above it (a
    // heading line of its own, or one running into its text), whose parent it closes then.
    size_t stop = SIZE_MAX;
    if (si->depth > 0) {
        size_t k = si->depth - 1, h = zc_doc_section_heading(st->d, st->index, k);
        zc_sentence_info hi;
        zc_doc_sentence(st->d, h, &hi);
        if (k > 0 && (hi.para + 1 == si->para || runs_in(st, h)))
            h = zc_doc_section_heading(st->d, st->index, k - 1);
        stop = h;
    }
    size_t para = si->para;
    for (size_t j = st->index; j-- > 0;) {
        zc_sentence_info p;
        zc_doc_sentence(st->d, j, &p);
        if (j == stop || (st->tag_para != SIZE_MAX && p.para <= st->tag_para) ||
            (stop == SIZE_MAX && p.para + 1 < si->para))
            break;
        if (p.para == para)
            continue;
        para = p.para;
        if (!push_para_lead(st, l, para))   // after the paragraph's own
            return ZC_ENOMEM;
    }
    st->tag_para = si->para;
    return ZC_OK;
}

/* A paragraph closing on a bare list of departments in parentheses (…纳入全市统一土地市场实施。
 * (区经委、区规划资源局、区市场监管局)): the departments that carry out its item, as a tag with
 * 牵头 or 负责 does. The parenthesis follows a full stop or a semicolon, or is the whole
 * paragraph (a tag alone: push_tag_leads), so a name's own (市规划资源局(市海洋局)) is none. */
static zc_status bare_tag(zc_ext_sent *st, const zc_sentence_info *si,
                          zc_vspan (*actor_at)(const zc_ext_sent *, size_t, size_t))
{
    size_t last = zc_ext_skip_spaces_back(st, st->start, st->end);
    if (last - st->start > 3 && !memcmp(st->text + last - 3, "。", 3))
        last -= 3;
    if (last <= st->start || st->text[last - 1] != ')' || !other_para(st, st->index + 1, si->para))
        return ZC_OK;
    size_t close = last - 1, open = SIZE_MAX;
    int depth = 0;   // ASCII parentheses: no byte of a longer UTF-8 char is one
    for (size_t q = close; q-- > st->start && open == SIZE_MAX;)
        if (st->text[q] == ')')
            depth++;
        else if (st->text[q] == '(' && depth-- == 0)
            open = q;
    if (open == SIZE_MAX)
        return ZC_OK;
    bool alone = open == zc_ext_skip_spaces(st, st->start, st->end);
    if (!alone && st->text[open - 1] != ';' &&
        (open - st->start < 3 || memcmp(st->text + open - 3, "。", 3) != 0))
        return ZC_OK;
    zc_vspan a = lead_list(st, open + 1, close, actor_at);
    if (a.start != open + 1 || a.end != close)
        return ZC_OK;
    zc_ext_lead l = { .para = si->para, .actor = a, .role = ZC_LEAD_TAG, .sentence = st->index };
    if (alone && si->para > 0 && st->index > 0 && tag_alone(st))
        return push_tag_leads(st, si, l);
    return zc_vec_push(&st->leads, &l) ? ZC_OK : ZC_ENOMEM;
}

/* A paragraph that is a department's name alone, its duties in the next one (a table of the
 * member units' duties, one cell a line: 区规划资源局⏎拟定…，负责…执法查处; a division of duties
 * under numbered names: （二）区城管执法局⏎负责对…查处): the department carries out the next
 * paragraph. Noted here, its lead pushed when that paragraph starts (the leads stay in paragraph
 * order). A paragraph that opens with a numbered name closed by a full stop (（一）市水务局。负责
 * …；负责…) names who carries out the rest of it. */
static zc_status label_line(zc_ext_sent *st, const zc_sentence_info *si,
                            zc_vspan (*actor_at)(const zc_ext_sent *, size_t, size_t))
{
    if (st->index > 0 && !other_para(st, st->index - 1, si->para))
        return ZC_OK;
    bool alone = other_para(st, st->index + 1, si->para);
    size_t b = zc_ext_skip_spaces(st, st->start, st->end);
    size_t e = zc_ext_skip_spaces_back(st, b, st->end);
    size_t n = zc_ext_skip_spaces(st, zc_ext_item_end(st, b, e), e), ne = e;
    // (八)区公安分局：对…依法予以查处: a numbered name closed by a colon leads its paragraph too.
    const char *colon = n > b ? memchr(st->text + n, ':', e - n) : NULL;   // ： in the NFKC view
    alone = alone && !colon;
    if (!alone && colon)
        ne = (size_t)(colon - st->text);
    else if (!alone && (n == b || ne < n + 3 || memcmp(st->text + ne - 3, "。", 3) != 0))
        return ZC_OK;
    else if (!alone)
        ne -= 3;
    // （三）城市建设交通运输事务中心（…监督站）（以下简称建交中心）。: the alias the text goes on with.
    if (ne > n && st->text[ne - 1] == ')') {
        size_t open = ne - 1;
        while (open > n && st->text[open] != '(')
            open--;
        const zc_ext_hit *h = zc_ext_hit_at(st, open + 1, ZC_XT_ACTOR, ZC_XA_ALIAS);
        if (h && h->end < ne - 1)
            n = h->end, ne -= 1;
    }
    zc_vspan a = lead_list(st, n, ne, actor_at);
    if (ne <= n || a.start != n || a.end != ne)
        return ZC_OK;
    if (!alone) {
        zc_ext_lead l = { .para = si->para, .actor = a, .role = ZC_LEAD_TAG,
                          .sentence = st->index };
        return zc_vec_push(&st->leads, &l) ? ZC_OK : ZC_ENOMEM;
    }
    st->name_next = si->para + 1;
    st->name_actor = a;
    st->name_sentence = st->index;
    return ZC_OK;
}

/* The paragraphs of the current row of a duty table (duty_table), up to `end`, take its body. */
static bool duty_flush(zc_ext_sent *st, size_t end)
{
    if (st->duty_row == SIZE_MAX || st->duty_unit.end <= st->duty_unit.start)
        return true;
    zc_ext_lead l = { .actor = st->duty_unit, .role = ZC_LEAD_TAG, .sentence = st->index };
    for (size_t para = st->duty_row; para < end; para++)
        if (!push_para_lead(st, l, para))
            return false;
    st->duty_row = SIZE_MAX;
    return true;
}

/* A table one cell a line with a column of responsible bodies (序号⏎事项⏎工作措施⏎责任单位: a
 * task-division table; cues.tsv table_duty): a body's name alone on its line acts for its row,
 * from the row's number on, and for the rows after it that name none (a cell spanning rows
 * names it once: 申通地铁集团 for rows 1-4). The first name of a row is its body: a lead
 * column comes before the supporting one (牵头部门⏎配合部门: the bodies that assist do not
 * carry out the row). A row's paragraphs take it when the next row starts; the table ends at
 * the next header of row numbers (序号) or an attachment's label. The lines are read one by
 * one: a cell holding a comma runs into the next line (the structure's `continue` rule), so a
 * name or a row number may end a paragraph, and a name ending in 、 goes on on the next line
 * (市交通委、⏎市规划资源局). *took: the sentence was such a name alone (no label_line of its
 * own). */
static zc_status duty_table(zc_ext_sent *st, const zc_sentence_info *si,
                            zc_vspan (*actor_at)(const zc_ext_sent *, size_t, size_t), bool *took)
{
    *took = false;
    size_t sb = zc_ext_skip_spaces(st, st->start, st->end);
    size_t se = zc_ext_skip_spaces_back(st, sb, st->end);
    if (!st->duty_col && !memchr(st->text + sb, '\n', se - sb) &&
        !zc_ext_hit_at(st, sb, ZC_XT_CUE, ZC_XC_TABLE_DUTY))
        return ZC_OK;   // most sentences: no table's header, no line break inside
    bool last_in_para = other_para(st, st->index + 1, si->para);
    for (size_t b = sb; b < se;) {
        const char *nl = memchr(st->text + b, '\n', se - b);
        size_t le = nl ? (size_t)(nl - st->text) : se;
        size_t e = zc_ext_skip_spaces_back(st, b, le), next = nl ? le + 1 : se;
        while (st->duty_col && next < se && e - b > 3 && !memcmp(st->text + e - 3, "、", 3)) {
            nl = memchr(st->text + next, '\n', se - next);   // a list of names broken after 、
            le = nl ? (size_t)(nl - st->text) : se;
            e = zc_ext_skip_spaces_back(st, next, le);
            next = nl ? le + 1 : se;
        }
        const zc_ext_hit *h;
        if ((h = zc_ext_hit_at(st, b, ZC_XT_CUE, ZC_XC_TABLE_DUTY)) && h->end == e) {
            st->duty_col = true;
            st->duty_row = SIZE_MAX;
            st->duty_unit = (zc_vspan){ 0, 0 };
            st->duty_named = false;
        } else if (st->duty_col) {
            bool digits = e > b && e - b <= 3;
            for (size_t q = b; digits && q < e; q++)
                digits = st->text[q] >= '0' && st->text[q] <= '9';
            zc_vspan a;
            if (digits ||
                ((h = zc_ext_hit_at(st, b, ZC_XT_CUE, ZC_XC_TABLE_SERIAL)) && h->end == e) ||
                zc_ext_hit_at(st, b, ZC_XT_CUE, ZC_XC_ATTACHMENT)) {
                // The row before ends here: with this paragraph when the line ends one.
                bool first = b == sb && (st->index == 0 || other_para(st, st->index - 1, si->para));
                if (!duty_flush(st, first ? si->para : si->para + 1))
                    return ZC_ENOMEM;
                if (digits)
                    st->duty_row = next >= se && last_in_para ? si->para + 1 : si->para;
                else
                    st->duty_col = false;   // another table, or an attachment
                st->duty_named = false;
            } else if (st->duty_row != SIZE_MAX &&
                       (a = lead_list(st, b, e, actor_at)).start == b && a.end == e) {
                if (!st->duty_named)
                    st->duty_unit = a;
                st->duty_named = true;
                *took = b == sb && e == se;
            }
        }
        b = zc_ext_skip_spaces(st, next, se);
    }
    return ZC_OK;
}

zc_status zc_ext_find_leads(zc_ext_sent *st,
                            zc_vspan (*actor_at)(const zc_ext_sent *, size_t, size_t))
{
    zc_sentence_info si;
    zc_doc_sentence(st->d, st->index, &si);
    if (st->name_next != SIZE_MAX && si.para >= st->name_next) {   // label_line's, first
        zc_ext_lead l = { .para = si.para, .actor = st->name_actor, .role = ZC_LEAD_TAG,
                          .sentence = st->name_sentence };
        if (si.para == st->name_next && !zc_vec_push(&st->leads, &l))
            return ZC_ENOMEM;
        st->name_next = SIZE_MAX;
    }
    for (size_t g = 0; g < st->chosen[ZC_XT_ACTOR].len; g++) {
        size_t i = zc_ext_chosen_hit(st, ZC_XT_ACTOR, g);
        if (i == SIZE_MAX)
            continue;
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->e->cls == ZC_XA_LEADFIRST) {
            st->lead_first = true;
            continue;
        }
        zc_vspan a = { 0, 0 }, first = { 0, 0 };
        bool agent = h->e->cls == ZC_XA_AGENT;
        uint8_t role = agent ? ZC_LEAD_AGENT : ZC_LEAD_TAG;
        if (agent) {
            // The authority, or an empty span at the marker when none is read (it still
            // ends the reach of an earlier one); a party bearing a cost is none and ends
            // nothing (所需费用由违法行为人承担，并处…罚款).
            const zc_ext_clause *c = zc_ext_clause_at(st, h->start);
            if (!c || bears_cost(st, h, c))
                continue;
            bool sanction = sanction_agent(st, h);
            int scope = sanction ? -1 : penalty_scope(st, h);
            // Other than a sanction's, the authority is read only where the rule's penalty
            // scope or its article's unit may take it (push_unit): most markers have none.
            if (!sanction && scope < 0 &&
                (st->genre != ZC_XG_RULE || !zc_ext_has(st, h->end, c->end, ZC_XT_CUE,
                                                         ZC_XC_PENALIZE)))
                continue;
            a = zc_ext_agent_actor(st, h->end, c->end);
            if (scope >= 0)
                note_penalty_scope(st, h, a, scope);
            if (push_unit(st, si.para, h, a, sanction) != ZC_OK)
                return ZC_ENOMEM;
            if (!sanction)
                continue;
            if (a.start < h->end || a.end <= a.start)
                a = (zc_vspan){ h->end, h->end };
        } else if (h->e->cls == ZC_XA_LEAD) {
            // 牵头考核单位：市政府办公室、市公安局): the whole list after the label.
            size_t b = h->end, e = lead_list_end(st, b);
            while (b < e && st->text[b] == ' ')
                b++;
            a = lead_list(st, b, e, actor_at);
            // A paragraph that is the tag alone (责任单位：… under each item of a notice's
            // measures) names who carries out the item above it.
            size_t lead = zc_ext_skip_spaces(st, st->start, st->end);
            lead += lead < h->start && st->text[lead] == '(';   // (责任部门：市税务局)
            if (a.end > a.start && si.para > 0 && st->index > 0 && lead == h->start &&
                zc_ext_skip_spaces_back(st, st->start, st->end) <= e + 3 && tag_alone(st)) {
                zc_ext_lead l = { .actor = a, .role = role, .sentence = st->index };
                if (push_tag_leads(st, &si, l) != ZC_OK)
                    return ZC_ENOMEM;
                continue;
            }
        } else if (h->e->cls == ZC_XA_LEADPOST && h->end < st->end &&
                   (st->text[h->end] == ')' || st->text[h->end] == ',' ||
                    (st->end - h->end >= 3 && memcmp(st->text + h->end, "。", 3) == 0))) {
            // (省发展改革委牵头): the department between the parenthesis and the word; a comma
            // may join the central departments to the provinces (…财政部，各省级人民政府按职责
            // 分工负责), a full stop the document's word on who leads ((…财政部负责。列第一位者
            // 为牵头单位，下同)).
            size_t open = SIZE_MAX;   // the outermost: (各县(市、区)人民政府负责)
            int depth = 0;
            for (size_t q = st->start; q < h->start; q++)
                if (st->text[q] == '(' && depth++ == 0)
                    open = q + 1;
                else if (st->text[q] == ')' && depth > 0 && --depth == 0)
                    open = SIZE_MAX;
            // The whole list when its first piece reads as an actor: the central organs of a
            // State Council tag go by short names no suffix marks (人民银行、银保监会负责).
            // A note that gives the task's limit first ((2020年2季度完成，市发展改革委牵头)): the
            // list after its last comma.
            for (size_t from = open, tries = 0; from != SIZE_MAX && tries < 2; tries++) {
                zc_vspan x = lead_list(st, from, h->start, actor_at);
                if (x.start == from && x.end > from) {
                    a = (zc_vspan){ from, h->start };
                    first = first_piece(st, from, h->start, actor_at);
                    break;
                }
                size_t q = h->start;
                while (q > from && st->text[q - 1] != ',')
                    q--;
                from = q > from ? q : SIZE_MAX;
            }
            // A paragraph that is the tag alone ((省科协、省妇联牵头，…等部门配合) under each
            // item of a plan) names who carries out the item above it.
            size_t last = zc_ext_skip_spaces_back(st, st->start, st->end);
            if (a.end > a.start && open == zc_ext_skip_spaces(st, st->start, st->end) + 1 &&
                last > open && (st->text[last - 1] == ')' ||
                                (last - open > 4 && !memcmp(st->text + last - 3, "。", 3) &&
                                 st->text[last - 4] == ')')) &&
                si.para > 0 && st->index > 0 && tag_alone(st)) {
                zc_ext_lead l = { .actor = a, .first = first, .role = role,
                                  .sentence = st->index };
                if (push_tag_leads(st, &si, l) != ZC_OK)
                    return ZC_ENOMEM;
                continue;
            }
        }
        if ((a.end > a.start || (agent && a.start)) &&
            !zc_vec_push(&st->leads, &(zc_ext_lead){ .para = si.para, .actor = a,
                                                     .first = first, .role = role,
                                                     .sentence = st->index }))
            return ZC_ENOMEM;
    }
    bool took;
    zc_status s = duty_table(st, &si, actor_at, &took);
    if (s == ZC_OK)
        s = bare_tag(st, &si, actor_at);
    if (s == ZC_OK && !took)
        s = label_line(st, &si, actor_at);
    return s == ZC_OK ? push_list_owner(st, si.para) : s;
}

/* True when zc_ext_lead_actors may give record `r` an actor or a modality from the leads. */
static bool takes_lead(const zc_record *r)
{
    return r->kind != ZC_KIND_STATISTIC &&
           !(r->actor.end > r->actor.start && r->modality != ZC_MOD_NONE);
}

zc_status zc_ext_find_subject(zc_ext_sent *st, size_t first)
{
    if (st->heading)
        return ZC_OK;
    zc_sentence_info si, next;
    zc_doc_sentence(st->d, st->index, &si);
    // The subject and the closing are read by this sentence's records and by those of the
    // paragraph's next sentences only: a last sentence of its paragraph whose records take
    // nothing from the leads needs neither (nor the words they are read with).
    int asked = st->index + 1 < zc_doc_nsentences(st->d) &&
                        (zc_doc_sentence(st->d, st->index + 1, &next), next.para == si.para)
                    ? SUBJECT_LATER
                    : SUBJECT_NONE;
    for (size_t i = first; i < st->out->len && asked != SUBJECT_NOW; i++)
        if (takes_lead(&ZC_VEC_AT(st->out, zc_record, i)))
            asked = SUBJECT_NOW;
    return push_subject(st, si.para, asked);
}

/* False when record `r` disciplines officials (处分) and authority `a` is no organ that does
 * (cues.tsv disc_organ: 任免机关, 监察机关, 所在单位, 上级): the 药品监督管理部门 that fines a firm
 * does not impose the 处分 on its staff the next sentence states (公职人员政务处分法 Art. 3). */
static bool disciplines(const zc_ext_sent *st, const zc_record *r, zc_vspan a)
{
    // 给予记过、降级、撤职或者开除的行政处分: the sanction's clause names the 处分 after it.
    zc_sentence_info si;
    zc_doc_sentence(st->d, r->sentence, &si);
    size_t q = r->text.end;
    while (q < si.end && !zc_ext_is_clause_end(st->text, q, si.end))
        q = zc_ext_next_char(st->text, q);
    return !zc_ext_text_has(st->x, st->text, r->text.start, q, ZC_XT_CUE, ZC_XC_DISCIPLINE) ||
           zc_ext_text_has(st->x, st->text, a.start, a.end, ZC_XT_CUE, ZC_XC_DISC_ORGAN);
}

zc_status zc_ext_lead_actors(zc_ext_sent *st, zc_vec *out)
{
    if (st->duty_col && zc_doc_nsentences(st->d)) {   // the last row of a table ending the text
        zc_sentence_info last;
        zc_doc_sentence(st->d, zc_doc_nsentences(st->d) - 1, &last);
        if (!duty_flush(st, last.para + 1))
            return ZC_ENOMEM;
    }
    const zc_ext_lead *leads = st->leads.data;
    size_t nl = st->leads.len;
    for (size_t i = 0; i < out->len && nl; i++) {
        zc_record *r = &ZC_VEC_AT(out, zc_record, i);
        bool has_actor = r->actor.end > r->actor.start;
        if (!takes_lead(r))
            continue;
        zc_sentence_info si;
        zc_doc_sentence(st->d, r->sentence, &si);
        // The tags are in text order: the first of the record's paragraph, then the first
        // after the record there, else the last before it.
        size_t lo = 0, hi = nl;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (leads[mid].para < si.para)
                lo = mid + 1;
            else
                hi = mid;
        }
        const zc_ext_lead *pick = NULL, *agent = NULL, *subject = NULL;
        size_t last = SIZE_MAX;   // the last subject lead before the record's sentence
        bool closed = false;
        for (size_t k = lo; k < nl && leads[k].para == si.para; k++) {
            if (leads[k].role == ZC_LEAD_MODAL) {
                if (leads[k].actor.start == si.start && r->modality == ZC_MOD_NONE)
                    r->modality = (zc_modality)leads[k].mod;
            } else if (leads[k].role == ZC_LEAD_CLOSED) {
                // Only a condition's opener (对…的问题，…) after a ； goes on with the subject
                // the chain names (各级水行政主管部门应…；对…发现的问题，…采取…措施).
                closed |= leads[k].actor.start == si.start &&
                          !(leads[k].mod && zc_ext_ends_semicolon(st, 0, si.start));
            } else if (leads[k].role == ZC_LEAD_AGENT) {
                if (leads[k].actor.end <= r->text.start)
                    agent = &leads[k];
            } else if (leads[k].role == ZC_LEAD_SUBJECT) {
                if (leads[k].actor.end <= si.start)
                    last = k;
            } else if (leads[k].role == ZC_LEAD_PENDING || leads[k].role == ZC_LEAD_NONE) {
                if (leads[k].sentence < r->sentence)
                    last = k;
            } else if (leads[k].role == ZC_LEAD_UNIT || leads[k].role == ZC_LEAD_LIST) {
                continue;   // read by zc_ext_carry_actors
            } else if (!pick || pick->actor.start < r->text.end) {
                pick = &leads[k];
            }
        }
        if (agent && r->kind == ZC_KIND_ENFORCEMENT && r->category != ZC_CAT_INCENTIVE) {
            // 由X责令改正…；…属于国家工作人员的，依法给予处分: X fines, it does not discipline.
            if (st->genre == ZC_XG_RULE && !disciplines(st, r, agent->actor))
                continue;
            // A marker with no authority read (被吊销营运资质企业的“黑名单”) ends the carry of a
            // subject, not the paragraph's lead tag ((牵头部门：市交通港口局。…)).
            if (agent->actor.end > agent->actor.start || !pick)
                pick = agent;
        }
        if (!pick && !closed && !has_actor && last != SIZE_MAX) {
            zc_status s = last_subject(st, lo, last, read_pending, &subject);
            if (s != ZC_OK)
                return s;
            leads = st->leads.data;
            pick = subject;
        }
        // 构成犯罪的，依法追究刑事责任: the courts act, not the subject before; a plan's
        // tag names the department that refers the case ((市局…处牵头): the read gold).
        if (!has_actor && pick && pick->actor.end > pick->actor.start &&
            !(r->kind == ZC_KIND_ENFORCEMENT && r->category == ZC_CAT_REFERRAL &&
              pick->role != ZC_LEAD_TAG))
            r->actor = pick->role == ZC_LEAD_TAG && st->lead_first &&
                               pick->first.end > pick->first.start
                           ? pick->first
                           : pick->actor;
    }
    return ZC_OK;
}

/* The units of a rule a sentence may open. */
typedef enum { UNIT_NONE, UNIT_ARTICLE, UNIT_CHAPTER } unit_kind;

/* True when sentence `i` is the first of its paragraph. */
static bool opens_paragraph(const zc_ext_sent *st, size_t i)
{
    zc_sentence_info si, prev;
    if (i == 0)
        return true;
    zc_doc_sentence(st->d, i, &si);
    zc_doc_sentence(st->d, i - 1, &prev);
    return prev.para != si.para;
}

/* The unit sentence `i` opens: the first sentence of its paragraph, numbered 第十五条 (an
 * article) or 第五章, 第二节 (a chapter or section); an item (一) inside an article opens none. */
static unit_kind opens_unit(const zc_ext_sent *st, size_t i)
{
    if (!opens_paragraph(st, i))
        return UNIT_NONE;
    zc_sentence_info si;
    zc_doc_sentence(st->d, i, &si);
    size_t e = zc_ext_article_end(st, si.start, si.end);
    if (e <= si.start)
        return UNIT_NONE;
    if (memcmp(st->text + e - 3, "章", 3) == 0 || memcmp(st->text + e - 3, "節", 3) == 0 ||
        memcmp(st->text + e - 3, "节", 3) == 0)
        return UNIT_CHAPTER;
    return memcmp(st->text + e - 3, "条", 3) == 0 ? UNIT_ARTICLE : UNIT_NONE;
}

bool zc_ext_opens_item(const zc_ext_sent *st, size_t i)
{
    if (!opens_paragraph(st, i))
        return false;
    zc_sentence_info si;
    zc_doc_sentence(st->d, i, &si);
    size_t p = si.start;
    while (p < si.end && st->text[p] == ' ')
        p++;
    size_t q = zc_ext_item_end(st, p, si.end);
    return q > p && (q - p < 3 || memcmp(st->text + q - 3, "条", 3) != 0);
}

zc_vspan zc_ext_list_owner(const zc_ext_sent *st)
{
    zc_vspan none = { 0, 0 };
    if (st->genre != ZC_XG_RULE)
        return none;
    for (size_t k = st->leads.len; k-- > 0;) {
        const zc_ext_lead *l = &ZC_VEC_AT(&st->leads, zc_ext_lead, k);
        if (l->role != ZC_LEAD_LIST || l->sentence >= st->index)
            continue;
        // The items run on from the lead to this sentence: no unit opens, and every paragraph
        // opened on the way is an item.
        for (size_t i = l->sentence + 1; i <= st->index; i++)
            if (opens_unit(st, i) != UNIT_NONE ||
                (opens_paragraph(st, i) && !zc_ext_opens_item(st, i)))
                return none;
        return l->actor;
    }
    return none;
}

/* True when actor `a` is an authority: its last words hold a head noun of one (部门, 机关,
 * 人民政府; cues.tsv role authority), not a person or party (违法行为人, 监护人). */
bool zc_ext_authority(const zc_ext_sent *st, zc_vspan a)
{
    size_t s = a.end - a.start > 12 ? a.end - 12 : a.start;
    while (s > a.start && ((uint8_t)st->text[s] & 0xC0) == 0x80)
        s--;
    return zc_ext_text_has(st->x, st->text, s, a.end, ZC_XT_CUE, ZC_XC_AUTHORITY);
}

/* True when [s, q) ends with the 的 that closes a condition (cues.tsv role cond_end). */
static bool closed_by_de(const zc_ext_sent *st, size_t s, size_t q)
{
    while (q > s && st->text[q - 1] == ' ')
        q--;
    return q >= s + 3 && zc_ext_text_has(st->x, st->text, q - 3, q, ZC_XT_CUE, ZC_XC_CONDEND);
}

/* True when record `r` stands in a condition: the clause of its trigger is closed by 的
 * (（十二）妨碍事故救援或者事故调查处理的；, 不予取缔的: a violation listed, no act of the
 * article's authority). */
static bool in_condition(const zc_ext_sent *st, const zc_record *r)
{
    zc_sentence_info si;
    zc_doc_sentence(st->d, r->sentence, &si);
    size_t q = r->text.end;
    while (q < si.end && !zc_ext_is_clause_end(st->text, q, si.end))
        q = zc_ext_next_char(st->text, q);
    if (closed_by_de(st, r->text.end, q))
        return true;
    // An item that is all condition: (三)…不吊销其许可证，或者…的；
    size_t e = si.end;
    while (e > q && (zc_ext_is_clause_end(st->text, zc_ext_prev_char(st->text, e), si.end) ||
                     st->text[e - 1] == ' '))
        e = zc_ext_prev_char(st->text, e);
    return closed_by_de(st, q, e);
}

/* True when record `r` is a penalty of a rule's authority: a sanction (no incentive, no
 * referral, no discipline of officials: 依法给予处分 falls to their employer) that stands in
 * no condition. */
static bool authority_penalty(const zc_ext_sent *st, const zc_record *r)
{
    return r->kind == ZC_KIND_ENFORCEMENT && r->category != ZC_CAT_INCENTIVE &&
           r->category != ZC_CAT_REFERRAL &&
           !zc_ext_text_has(st->x, st->text, r->text.start, r->text.end, ZC_XT_CUE,
                            ZC_XC_DISCIPLINE) &&
           !in_condition(st, r);
}

/* Gives the penalties of a rule that still name no actor the authority of the whole rule:
 * the one its statement of penalties names (st->doc_penalty, wherever it stands), else the
 * one its general provisions make competent (st->doc_competent, for the records after it);
 * and the deadlines an order sets in their sentences (责令限期改正) the same. */
static void carry_rule_authority(const zc_ext_sent *st, zc_vec *out)
{
    bool penalty = st->doc_penalty.end > st->doc_penalty.start;
    zc_vspan doc = penalty ? st->doc_penalty : st->doc_competent;
    size_t from = penalty ? 0 : st->doc_competent_sent;
    if (doc.end <= doc.start)
        return;
    for (size_t i = 0; i < out->len; i++) {
        zc_record *r = &ZC_VEC_AT(out, zc_record, i);
        if (r->actor.end <= r->actor.start && r->sentence >= from && authority_penalty(st, r))
            r->actor = doc;
    }
    for (size_t i = 0; i < out->len; i++) {
        zc_record *r = &ZC_VEC_AT(out, zc_record, i);
        // Only a time an order sets (责令限期改正; not 经营者一年内不得新增…, 定期自行检查).
        size_t os = r->text.start >= 9 ? r->text.start - 9 : 0;
        if (r->kind != ZC_KIND_DEADLINE || r->actor.end > r->actor.start || r->sentence < from ||
            !zc_ext_text_has(st->x, st->text, os, r->text.start, ZC_XT_CUE, ZC_XC_ORDER))
            continue;
        // A sanction of its sentence took the rule's authority: records are by offset.
        for (size_t j = i; j-- > 0 && ZC_VEC_AT(out, zc_record, j).sentence == r->sentence;)
            if (ZC_VEC_AT(out, zc_record, j).actor.start == doc.start &&
                ZC_VEC_AT(out, zc_record, j).actor.end == doc.end)
                r->actor = doc;
        for (size_t j = i + 1; j < out->len && ZC_VEC_AT(out, zc_record, j).sentence == r->sentence;
             j++)
            if (ZC_VEC_AT(out, zc_record, j).actor.start == doc.start &&
                ZC_VEC_AT(out, zc_record, j).actor.end == doc.end)
                r->actor = doc;
    }
}

void zc_ext_find_competent(zc_ext_sent *st)
{
    if (st->genre != ZC_XG_RULE)
        return;
    size_t ae = zc_ext_article_end(st, st->start, st->end);
    if (ae > st->start && memcmp(st->text + ae - 3, "章", 3) == 0)
        st->chapters++;
    for (size_t i = st->out_seen; i < st->out->len && !st->doc_sanctioned; i++) {
        const zc_record *r = &ZC_VEC_AT(st->out, zc_record, i);
        st->doc_sanctioned = r->kind == ZC_KIND_ENFORCEMENT &&
                             (r->category == ZC_CAT_FINANCIAL || r->category == ZC_CAT_COERCIVE ||
                              r->category == ZC_CAT_VETO);
    }
    st->out_seen = st->out->len;
    if (st->chapters > 1 || st->doc_sanctioned || st->heading || !st->clauses.len ||
        !zc_ext_has_any(st, st->start, st->end, ZC_XT_CUE, ZC_XC_COMPETENT_SCOPE))
        return;
    zc_vspan a = zc_ext_clause_actor(st, &ZC_VEC_AT(&st->clauses, zc_ext_clause, 0));
    if (a.end <= a.start || !zc_ext_authority(st, a))
        return;
    // The verb right after the authority (a modal verb may stand between), then its scope.
    size_t q = zc_ext_skip_spaces(st, a.end, st->end);
    const zc_ext_hit *m = zc_ext_hit_at(st, q, ZC_XT_MOD, -1);
    if (m)
        q = m->end;
    const zc_ext_hit *v = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_COMPETENT);
    size_t se = v && v->end + 36 < st->end ? v->end + 36 : st->end;
    // A government leads (市人民政府负责对本市…的组织领导), its departments enforce.
    if (v && zc_ext_text_has(st->x, st->text, v->end, se, ZC_XT_CUE, ZC_XC_COMPETENT_SCOPE) &&
        !zc_ext_hit_ending(st, a.end, ZC_XT_CUE, ZC_XC_GOVERNMENT)) {
        st->doc_competent = a;
        st->doc_competent_sent = st->index;
    }
}

/* True when record `r` may take the authority of its chapter: a penalty of the rule's
 * authority (authority_penalty), or a time an order sets (责令限期改正). */
static bool chapter_takes(const zc_ext_sent *st, const zc_record *r)
{
    if (r->kind != ZC_KIND_DEADLINE)
        return authority_penalty(st, r);
    size_t os = r->text.start >= 9 ? r->text.start - 9 : 0;
    return zc_ext_text_has(st->x, st->text, os, r->text.start, ZC_XT_CUE, ZC_XC_ORDER);
}

/* The walk of zc_ext_carry_actors over the sentences of a rule: the authority the current
 * article named last, and the one its chapter's first article named for every violation. */
typedef struct {
    zc_vspan carry;    /* the authority the current article named last */
    zc_vspan chapter;  /* the chapter's authority (ZC_LEAD_UNIT with mod 1 in its first
                          article), until an article names another */
    size_t articles;   /* the articles opened since the chapter heading */
    bool chaptered;    /* a chapter heading was read: without one no article is a chapter's */
    size_t seen;       /* the sentences read for openings */
    size_t lead;       /* the next lead to read */
    const zc_ext_lead *list;   /* the duty list whose items are being read (ZC_LEAD_LIST) */
} carry_walk;

/* Reads sentences up to `upto` (included): article and chapter openings, and the article
 * authorities noted there (ZC_LEAD_UNIT). */
static void walk_to(const zc_ext_sent *st, carry_walk *w, size_t upto)
{
    const zc_ext_lead *leads = st->leads.data;
    for (; w->seen <= upto; w->seen++) {
        unit_kind u = opens_unit(st, w->seen);
        // A list's items run until a unit or a paragraph that is no item opens.
        if (w->list && (u != UNIT_NONE ||
                        (opens_paragraph(st, w->seen) && !zc_ext_opens_item(st, w->seen))))
            w->list = NULL;
        if (u == UNIT_CHAPTER) {
            w->carry = w->chapter = (zc_vspan){ 0, 0 };
            w->articles = 0;
            w->chaptered = true;
        } else if (u == UNIT_ARTICLE) {
            w->articles++;
            w->carry = w->chapter;
        }
        for (; w->lead < st->leads.len && leads[w->lead].sentence <= w->seen; w->lead++) {
            const zc_ext_lead *l = &leads[w->lead];
            if (l->role == ZC_LEAD_LIST && l->sentence == w->seen)
                w->list = l;
            if (l->role != ZC_LEAD_UNIT || l->sentence != w->seen)
                continue;
            w->carry = l->actor;
            // 第五章 法律责任 第三十条 违反本条例规定的，由X责令改正…: X for the chapter; an
            // authority a later article names ends its reach.
            if (w->chaptered && w->articles == 1 && l->mod)
                w->chapter = l->actor;
            else if (w->articles > 1)
                w->chapter = (zc_vspan){ 0, 0 };
        }
    }
}

/* True when an order verb (cues.tsv order: 责令) stands before `p` in its sentence with no
 * condition closed by 的 in between (责令停止开采，退回…、赔偿损失: the compensation ordered; not
 * 由X责令改正；造成损失的，依法承担赔偿责任). */
static bool ordered_before(const zc_ext_sent *st, size_t s, size_t p)
{
    for (size_t q = p; q > s;) {
        do
            q--;
        while (q > s && ((uint8_t)st->text[q] & 0xC0) == 0x80);
        if (zc_ext_text_has(st->x, st->text, q, p, ZC_XT_CUE, ZC_XC_ORDER))
            return true;
        if (q + 4 <= p && memcmp(st->text + q, "的", 3) == 0 &&
            (st->text[q + 3] == ',' || st->text[q + 3] == ';'))
            return false;
    }
    return false;
}

/* A liability the violator bears (cues.tsv bear at its start: 承担赔偿责任, 赔偿损失, 承担民事
 * 责任) takes no authority from its article, chapter or 由: the authority neither bears nor, with
 * no order verb before it, imposes it (造成损失的，依法承担赔偿责任; heldout-genres 0280: 损害赔偿
 * 责任 has no actor). A subject of its own clause (税务机关应当承担赔偿责任) stays, and so does the
 * authority of an order (责令赔偿损失). */
static void unborne(const zc_ext_sent *st, zc_record *r)
{
    if (r->kind != ZC_KIND_ENFORCEMENT || r->category != ZC_CAT_FINANCIAL ||
        r->actor.end <= r->actor.start || !zc_ext_authority(st, r->actor))
        return;
    size_t t = r->text.start;
    if (r->text.end - t >= 6 && memcmp(st->text + t, "负责", 6) == 0)
        t += 6;
    if (!zc_ext_text_has(st->x, st->text, t, t + 6 < r->text.end ? t + 6 : r->text.end,
                         ZC_XT_CUE, ZC_XC_BEAR))
        return;
    zc_sentence_info si;
    zc_doc_sentence(st->d, r->sentence, &si);
    // Its own subject: a body its sentence names before it, not after 由 (邮电机构对于…造成…
    // 的，应当…承担赔偿责任: the liable body).
    bool own = r->actor.start >= si.start && r->actor.end <= r->text.start &&
               !(r->actor.start >= 3 && memcmp(st->text + r->actor.start - 3, "由", 3) == 0);
    if (!own && !ordered_before(st, si.start, r->text.start))
        r->actor = (zc_vspan){ 0, 0 };
}

void zc_ext_carry_actors(const zc_ext_sent *st, zc_vec *out)
{
    // No record is its own subject: a name that starts inside a mechanism or a figure (…，列入
    // 个人征信系统; 培育2—3家标杆企业) is what it files or counts. An event a deadline bounds by
    // (企业实施在线升级活动前) may name who acts.
    for (size_t i = 0; i < out->len; i++) {
        zc_record *r = &ZC_VEC_AT(out, zc_record, i);
        if (r->kind != ZC_KIND_DEADLINE && r->actor.end > r->actor.start &&
            r->actor.start >= r->text.start && r->actor.start < r->text.end)
            r->actor = (zc_vspan){ 0, 0 };
    }
    carry_walk w = { .carry = { 0, 0 } };
    // A plan's task list (…采取下列措施：（1）…) gives its subject to the items that name none.
    if (st->genre == ZC_XG_PLAN) {
        for (size_t i = 0; i < out->len; i++) {
            zc_record *r = &ZC_VEC_AT(out, zc_record, i);
            if (r->kind == ZC_KIND_STATISTIC)
                continue;
            walk_to(st, &w, r->sentence);
            if (w.list && w.list->sentence < r->sentence && r->actor.end <= r->actor.start &&
                !in_condition(st, r) && r->category != ZC_CAT_REFERRAL)
                r->actor = w.list->actor;
        }
        return;
    }
    // Rules only: an article names its authority once (由…部门责令改正) for the sanctions
    // after it and for the items under it (（一）…，处…罚款); a speech's next sentence after a
    // subject addresses its listeners anew.
    if (st->genre != ZC_XG_RULE)
        return;
    for (size_t i = 0; i < out->len; i++) {
        zc_record *r = &ZC_VEC_AT(out, zc_record, i);
        if (r->kind == ZC_KIND_STATISTIC)
            continue;
        walk_to(st, &w, r->sentence);
        // An item of a duty list that states no modal verb takes the lead's (使用管理单位应当
        // 履行下列义务：…（三）…定期对电梯进行检查); a listed condition (…的) takes none.
        bool item = w.list && w.list->sentence < r->sentence && !in_condition(st, r);
        if (item && r->modality == ZC_MOD_NONE)
            r->modality = (zc_modality)w.list->mod;
        if (r->actor.end > r->actor.start) {
            // Only an authority carries: a party that acts (单位还应当…加付赔偿金) ends the
            // reach of the one before it.
            w.carry = zc_ext_authority(st, r->actor) ? r->actor : (zc_vspan){ 0, 0 };
            if (w.articles > 1 && w.carry.end > w.carry.start &&
                !(w.carry.start == w.chapter.start && w.carry.end == w.chapter.end))
                w.chapter = (zc_vspan){ 0, 0 };
            continue;
        }
        // 构成犯罪的，依法追究刑事责任: the courts act, not the article's authority. The
        // chapter's authority reaches only the penalties and the times an order sets. An
        // authority named after a time (the records run kind by kind, not in text order) does
        // not reach back to it: 应当在10个工作日内向原备案部门提交…，药品监督管理部门必要时
        // 可以…开展现场核查 (the filer's time, not the authority's).
        bool from_chapter = w.carry.start == w.chapter.start && w.carry.end == w.chapter.end;
        bool before = r->kind != ZC_KIND_DEADLINE || w.carry.start < r->text.start;
        if (w.carry.end > w.carry.start && before && r->category != ZC_CAT_REFERRAL &&
            !in_condition(st, r) && (!from_chapter || chapter_takes(st, r)) &&
            disciplines(st, r, w.carry))
            r->actor = w.carry;
        else if (item && r->category != ZC_CAT_REFERRAL)
            r->actor = w.list->actor;   // a party's duties (房屋出租人…应履行下列责任：)
    }
    carry_rule_authority(st, out);
    for (size_t i = 0; i < out->len; i++)
        unborne(st, &ZC_VEC_AT(out, zc_record, i));
}

/* True when [s, e) names no task of its own: only marks (the ")" of a stage heading) or more
 * times of a list (1至2月和清明期间). */
static bool no_task(const zc_ext_sent *st, size_t s, size_t e)
{
    size_t q = s;
    while (q < e && ((uint8_t)st->text[q] < 0x80 ? !isalnum((unsigned char)st->text[q])
                                                 : zc_ext_word_at(st, q) &&
                                                       zc_ext_word_at(st, q)->cls == ZC_XW_PUNCT))
        q = zc_ext_next_char(st->text, q);
    if (q >= e)
        return true;
    const zc_ext_hit *l = zc_ext_hit_at(st, q, ZC_XT_CUE, ZC_XC_LIST);
    return l && zc_ext_time_starts(st, l->end, NULL);
}

/* The first byte at or after `p` past modal verbs and prepositions (要在, 必须于). */
static size_t skip_modals(const zc_ext_sent *st, size_t p, size_t e)
{
    for (;;) {
        const zc_ext_hit *h = zc_ext_hit_at(st, p, ZC_XT_MOD, -1);
        if (!h)
            h = zc_ext_hit_at(st, p, ZC_XT_CUE, ZC_XC_PREP);
        if (!h || h->end > e)
            return p;
        p = h->end;
    }
}

/* Clause `c` from its verb phrase on: past its openings, actor and modal verbs. */
static zc_vspan verb_phrase(const zc_ext_sent *st, const zc_ext_clause *c)
{
    size_t b = zc_ext_skip_opening(st, c->start, c->end, false);
    zc_vspan a = zc_ext_clause_actor(st, c);
    if (a.end > a.start && a.start >= b && a.end < c->end)
        b = a.end;
    b = skip_modals(st, b, c->end);
    return (zc_vspan){ b < c->end ? b : c->start, c->end };
}

/* `t` without a lead-department tag in it ((省大数据局牵头) ends no task). */
static zc_vspan without_tag(const zc_ext_sent *st, zc_vspan t)
{
    zc_ext_walk wi;
    for (size_t i = zc_ext_walk_in(&wi, st, t.start, t.end, ZC_XT_ACTOR, -1);
         i != SIZE_MAX; i = zc_ext_walk_next(st, &wi)) {
        const zc_ext_hit *h = ZC_EXT_HIT(st, i);
        if (h->e->cls != ZC_XA_LEAD && h->e->cls != ZC_XA_LEADPOST)
            continue;
        for (size_t q = h->start; q > t.start; q--)
            if (st->text[q - 1] == '(') {
                size_t e = q - 1;
                while (e > t.start && st->text[e - 1] == ' ')
                    e--;
                return e > t.start ? (zc_vspan){ t.start, e } : t;
            }
    }
    return t;
}

/* The heading of the item a note alone in its sentence closes: the first clause of the line the
 * sentence ends (2.移交清单建立。…。（2025年6月—2025年9月）), its number passed over; else the
 * sentence. */
static zc_vspan item_heading(const zc_ext_sent *st)
{
    size_t ls = st->start;
    while (ls > 0 && st->text[ls - 1] != '\n')
        ls--;
    if (ls == st->start)
        return (zc_vspan){ st->start, st->end };
    size_t h = zc_ext_skip_opening(st, ls, st->start, false), q = h;
    while (q < st->start && st->text[q] != ',' && st->text[q] != ':' &&
           memcmp(st->text + q, "。", strlen("。")) != 0)
        q = zc_ext_next_char(st->text, q);
    return q > h ? (zc_vspan){ h, q } : (zc_vspan){ st->start, st->end };
}

/* The task's span, a tag still in it: see zc_ext_task. */
static zc_vspan task_span(const zc_ext_sent *st, size_t s, size_t e)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    const zc_ext_clause *last = &ZC_VEC_AT(&st->clauses, zc_ext_clause, st->clauses.len - 1);
    // 抓住春节前后…的有利时机，再一次…: the time names an occasion; the task comes next.
    if (c < last && zc_ext_has(st, e, c->end, ZC_XT_CUE, ZC_XC_OCCASION))
        return verb_phrase(st, c + 1);
    // 做好国庆期间的信访稳定工作: the time modifies the object; the task is its clause.
    if (c->end - e >= 3 && memcmp(st->text + e, "的", 3) == 0)
        return verb_phrase(st, c);
    size_t p = skip_modals(st, e, c->end);
    if (p < c->end && !no_task(st, p, c->end))
        return (zc_vspan){ p, c->end };
    if (c < last)
        return verb_phrase(st, c + 1);
    // A stage heading: its name before the time, without its number and the parenthesis.
    size_t b = zc_ext_skip_opening(st, c->start, s, false), t = s;
    while (t > b && (st->text[t - 1] == '(' || st->text[t - 1] == ' '))
        t--;
    if (t > b)
        return (zc_vspan){ b, t };
    return t == c->start && c == last ? item_heading(st) : (zc_vspan){ c->start, s };
}

zc_vspan zc_ext_task(const zc_ext_sent *st, size_t s, size_t e)
{
    return without_tag(st, task_span(st, s, e));
}
