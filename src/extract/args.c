/*
 * args.c — the arguments of a record as phrases of the segmenter's words: the sentence's
 * words with their part-of-speech classes (the tags of jieba's dictionary and of the policy
 * vocabulary, dicts/seg, and of the user dictionaries), the `indicator` of a target or
 * statistic as the noun phrase measured, and the lead department a tag of the paragraph
 * names ((省发展改革委牵头), 牵头考核单位：X) as the `actor` of records that name none.
 * clause.c finds the clause subjects with the same words.
 */
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

zc_status zc_ext_words(zc_ext_sent *st)
{
    st->words.len = st->wordat.len = 0;
    if (!st->seg)
        return ZC_OK;
    size_t n = st->end - st->start + 1;
    if (!zc_vec_reserve(&st->wordat, n))
        return ZC_ENOMEM;
    st->wordat.len = n;
    memset(st->wordat.data, 0xff, n * sizeof(uint32_t));
    const zc_word *w;
    size_t nw;
    if (zc_segment_words(st->seg, st->text + st->start, st->end - st->start, &w, &nw) != ZC_OK)
        return ZC_ENOMEM;
    if (!zc_vec_reserve(&st->words, nw))
        return ZC_ENOMEM;
    for (size_t i = 0; i < nw; i++) {
        zc_ext_word x = { st->start + w[i].start, st->start + w[i].end, ZC_XW_OTHER };
        char tag[ZC_SEG_TAG_LEN];
        if (w[i].kind == ZC_WORD_PUNCT)
            x.cls = ZC_XW_PUNCT;
        else if (w[i].kind == ZC_WORD_NUMBER)
            x.cls = ZC_XW_NUM;
        else if (w[i].kind == ZC_WORD_NAME)
            x.cls = ZC_XW_NOUN;   // a person's name: no body that acts
        else if (zc_seg_tag(st->m->seg, st->text + x.start, x.end - x.start, tag))
            x.cls = tag_class(tag);
        uint32_t k = (uint32_t)st->words.len;
        for (size_t b = x.start; b < x.end; b++)
            ZC_VEC_AT(&st->wordat, uint32_t, b - st->start) = k;
        zc_vec_push(&st->words, &x);
    }
    return ZC_OK;
}

const zc_ext_word *zc_ext_word_at(const zc_ext_sent *st, size_t pos)
{
    if (!st->words.len || pos < st->start || pos >= st->end)
        return NULL;
    uint32_t k = ZC_VEC_AT(&st->wordat, uint32_t, pos - st->start);
    if (k == UINT32_MAX || ZC_EXT_WORD(st, k)->start != pos)
        return NULL;
    return ZC_EXT_WORD(st, k);
}

bool zc_ext_word_starts(const zc_ext_sent *st, size_t pos)
{
    if (!st->words.len || pos <= st->start || pos >= st->end)
        return true;
    uint32_t k = ZC_VEC_AT(&st->wordat, uint32_t, pos - st->start);
    return k == UINT32_MAX || ZC_EXT_WORD(st, k)->start == pos;
}

/* The index of the word holding byte `pos`, or SIZE_MAX. */
static size_t word_index(const zc_ext_sent *st, size_t pos)
{
    if (!st->words.len || pos < st->start || pos >= st->end)
        return SIZE_MAX;
    uint32_t k = ZC_VEC_AT(&st->wordat, uint32_t, pos - st->start);
    return k == UINT32_MAX ? SIZE_MAX : k;
}

/* Words that may stand inside a noun phrase. */
static bool nominal(uint8_t c)
{
    return c == ZC_XW_NOUN || c == ZC_XW_NAME || c == ZC_XW_MOD || c == ZC_XW_VNOUN ||
           c == ZC_XW_OTHER;
}

/* True when [s, e) holds a noun or name word (a phrase that names something, not only a verb,
 * an adverb or a time). */
static bool has_noun(const zc_ext_sent *st, size_t s, size_t e)
{
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
 * adverbs and modal verbs (仅, 力争, 累计), prepositions and pronouns (其中, 每年), as long as
 * a noun phrase follows. Verbs stay: they are often part of the name (死亡人口, 发放叶酸). */
static size_t skip_lead(const zc_ext_sent *st, size_t b, size_t s)
{
    while (b < s) {
        const zc_ext_word *w = zc_ext_word_at(st, b);
        if (!w || w->end > s)
            break;
        bool lead = w->cls == ZC_XW_ADV || w->cls == ZC_XW_PREP ||
                    w->cls == ZC_XW_PRON || w->cls == ZC_XW_PUNCT || w->cls == ZC_XW_PART ||
                    zc_ext_hit_at(st, b, ZC_XT_MOD, -1);
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

zc_vspan zc_ext_indicator(const zc_ext_sent *st, size_t s, size_t e)
{
    const zc_ext_clause *c = zc_ext_clause_at(st, s);
    size_t b = c->start;
    for (size_t q = c->start; q < s; q = zc_ext_next_char(st->text, q))
        if (memcmp(st->text + q, "、", 3) == 0)
            b = q + 3;
    if (c->actor.end > c->actor.start && c->actor.end <= s && c->actor.start >= b)
        b = c->actor.end;
    while (b < s && st->text[b] == ' ')
        b++;
    size_t ie = s;
    while (ie > b && st->text[ie - 1] == ' ')
        ie--;
    if (!st->words.len)
        return (zc_vspan){ b, ie };
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

void zc_ext_lead_actors(const zc_ext_sent *st, zc_vec *out)
{
    (void)st;
    (void)out;
}

bool zc_ext_verb_starts(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_word *w = zc_ext_word_at(st, pos);
    if (!w || zc_ext_hit_at(st, pos, ZC_XT_ACTOR, ZC_XA_JOIN))
        return false;
    return w->cls == ZC_XW_VERB || w->cls == ZC_XW_ADV || w->cls == ZC_XW_PREP ||
           w->cls == ZC_XW_CONJ;
}

size_t zc_ext_actor_phrase(const zc_ext_sent *st, size_t p, size_t e, bool any_head)
{
    size_t q = p, head = p;
    while (q < e) {
        const zc_ext_hit *j = zc_ext_hit_at(st, q, ZC_XT_ACTOR, ZC_XA_JOIN);
        if (j && q > p && head > p && zc_ext_word_starts(st, j->end)) {
            q = j->end;
            continue;
        }
        const zc_ext_word *w = zc_ext_word_at(st, q);
        if (!w || w->end > e)
            break;
        bool lead = q == p && w->cls == ZC_XW_PRON;   // 各地, 该镇
        if (!nominal(w->cls) && !lead)
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
