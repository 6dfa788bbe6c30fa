/*
 * dictc_fold.c — compiles the matching view's tables from ICU, so that opening the model
 * costs nothing: (1) a bitmap of the BMP characters the view copies as they are (starters
 * that NFKC maps to themselves, and enclosed list markers; not controls or format
 * characters); (2) the traditional →
 * simplified table of ICU's Traditional-Simplified transliterator: every CJK character it
 * maps to one other character, as sorted (traditional, simplified) code point pairs; (3) the
 * one-to-one folds of NFKC (fullwidth forms and spaces to ASCII); (4) the BMP part of (2) as
 * a direct table.
 * Character by character, so the view keeps a one-to-one offset map.
 */
#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

#include "dictc.h"

static const UChar32 ranges[][2] = {
    {0x2E80, 0x2FDF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2FA1F},
};

/* Fills the bitmap of characters copied as they are, and `simple`: for each other BMP char
 * that starts an NFKC segment and folds to one BMP char (fullwidth forms, U+3000, NBSP),
 * that char; 0 elsewhere. Both are one-to-one, so the view map needs no piece for them. */
static zc_status keep_bitmap(uint8_t *keep, uint16_t *simple, char *err, size_t errlen)
{
    UErrorCode ue = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&ue);
    if (U_FAILURE(ue)) {
        snprintf(err, errlen, "ICU NFKC: %s", u_errorName(ue));
        return ZC_EICU;
    }
    for (UChar32 c = 0; c < 0x10000; c++) {
        UChar one[1] = {(UChar)c}, res[8];
        int8_t t = u_charType(c);
        if ((c >= 0xD800 && c <= 0xDFFF) || c == '\r' || t == U_FORMAT_CHAR ||
            (t == U_CONTROL_CHAR && c != '\n' && c != '\t') || !unorm2_hasBoundaryBefore(nfkc, c))
            continue;
        // Enclosed numbers and ideographs (①, ⑴, ㈠, ㊀) are list markers, not numbers:
        // NFKC would turn ①款 into 1款. They stay as written.
        bool marker = (c >= 0x2460 && c <= 0x24FF) || (c >= 0x3200 && c <= 0x32FF);
        ue = U_ZERO_ERROR;
        int32_t n = unorm2_normalize(nfkc, one, 1, res, 8, &ue);
        if (marker || (U_SUCCESS(ue) && n == 1 && res[0] == (UChar)c))
            keep[c >> 3] |= (uint8_t)(1u << (c & 7));
        else if (U_SUCCESS(ue) && n == 1 && !U16_IS_SURROGATE(res[0]) && res[0] != 0 &&
                 unorm2_hasBoundaryAfter(nfkc, c))
            simple[c] = res[0];
    }
    return ZC_OK;
}

/* Writes the fold image to `out`. Takes no inputs. */
zc_status dictc_fold(int nin, char **in, const char *out, char *err, size_t errlen)
{
    (void)in;
    if (nin != 0) {
        snprintf(err, errlen, "fold takes no inputs (its tables come from ICU)");
        return ZC_EINVAL;
    }
    static uint8_t keep[0x10000 / 8];
    static uint16_t simple[0x10000];
    zc_status ks = keep_bitmap(keep, simple, err, errlen);
    if (ks != ZC_OK)
        return ks;
    UErrorCode ue = U_ZERO_ERROR;
    UChar id[32];
    u_uastrcpy(id, "Traditional-Simplified");
    UTransliterator *tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &ue);
    if (U_FAILURE(ue)) {
        snprintf(err, errlen, "ICU Traditional-Simplified: %s", u_errorName(ue));
        return ZC_EICU;
    }
    zc_vec pairs;
    zc_vec_init(&pairs, sizeof(uint32_t));
    zc_status s = ZC_OK;
    for (size_t r = 0; r < ZC_NELEM(ranges) && s == ZC_OK; r++)
        for (UChar32 c = ranges[r][0]; c <= ranges[r][1]; c++) {
            UChar buf[16];
            int32_t len = 0, lim;
            U16_APPEND_UNSAFE(buf, len, c);
            lim = len;
            ue = U_ZERO_ERROR;
            utrans_transUChars(tr, buf, &len, (int32_t)ZC_NELEM(buf), 0, &lim, &ue);
            if (U_FAILURE(ue))
                continue;
            UChar32 to;
            int32_t j = 0;
            U16_NEXT(buf, j, len, to);
            if (j != len || to == c)
                continue;
            uint32_t p[2] = {(uint32_t)c, (uint32_t)to};
            if (!zc_vec_push(&pairs, &p[0]) || !zc_vec_push(&pairs, &p[1]))
                s = ZC_ENOMEM;
        }
    utrans_close(tr);
    if (s == ZC_OK) {
        // The BMP pairs again as a direct table: one lookup per char of the matching view.
        static uint16_t bmp[0x10000];
        const uint32_t *pv = pairs.data;
        for (size_t i = 0; i + 1 < pairs.len; i += 2)
            if (pv[i] < 0x10000 && pv[i + 1] < 0x10000)
                bmp[pv[i]] = (uint16_t)pv[i + 1];
        zc_image_part parts[] = {{1, keep, sizeof keep},
                                 {2, pairs.data, pairs.len * sizeof(uint32_t)},
                                 {3, simple, sizeof simple},
                                 {4, bmp, sizeof bmp}};
        s = zc_image_write(out, ZC_FOURCC('F', 'O', 'L', 'D'), parts, 4, err, errlen);
    } else {
        snprintf(err, errlen, "out of memory");
    }
    zc_vec_free(&pairs);
    return s;
}
