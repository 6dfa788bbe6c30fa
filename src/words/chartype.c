/*
 * chartype.c — character classes of the word segmenter: the per-code-point class table
 * (surnames, name stops, date units, scales, numerals from dicts/seg/chars.tsv, plus the Han
 * blocks) and the scanner categories (space, digit, Latin, Han, other). Reads nothing from
 * zc_doc.
 */
#include <stdlib.h>

#include "words_int.h"

bool zc_seg_cc_build(struct zc_seg_model *sm, const zc_seg_charclass *recs, size_t n)
{
    uint8_t *cc = calloc(0x10000, 1);
    if (!cc)
        return false;
    static const uint32_t han[][2] = {
        {0x3400, 0x4DBF},   // CJK Extension A
        {0x4E00, 0x9FFF},   // CJK Unified Ideographs
        {0xF900, 0xFAFF},   // CJK Compatibility Ideographs
        {0x3007, 0x3007},   // 〇
    };
    for (size_t i = 0; i < ZC_NELEM(han); i++)
        for (uint32_t c = han[i][0]; c <= han[i][1]; c++)
            cc[c] = ZC_CC_HAN;
    for (size_t i = 0; i < n; i++) {
        if (recs[i].cp >= 0x10000)
            continue;
        cc[recs[i].cp] |= (uint8_t)(recs[i].classes & 0x3F);
        // A numeral written with a non-Han sign (○ U+25CB as zero) joins Han runs.
        if (recs[i].classes & ZC_CC_NUMERAL)
            cc[recs[i].cp] |= ZC_CC_HAN;
    }
    sm->cc = cc;
    return true;
}

int zc_seg_ctype(const struct zc_seg_model *sm, int32_t c)
{
    if (c < 0x80) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            return ZC_CT_SPACE;
        if (c >= '0' && c <= '9')
            return ZC_CT_DIGIT;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return ZC_CT_LATIN;
        return ZC_CT_OTHER;
    }
    if (zc_seg_cclass(sm, c) & ZC_CC_HAN)
        return ZC_CT_HAN;
    if (c >= 0xFF10 && c <= 0xFF19)
        return ZC_CT_DIGIT;   // ０-９
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
        return ZC_CT_LATIN;   // Ａ-Ｚ ａ-ｚ
    if (c == 0x3000 || c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF ||
        (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x85)
        return ZC_CT_SPACE;
    if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x3FF) ||
        (c >= 0x400 && c <= 0x4FF))
        return ZC_CT_LATIN;   // accented Latin, Greek, Cyrillic letters
    return ZC_CT_OTHER;
}
