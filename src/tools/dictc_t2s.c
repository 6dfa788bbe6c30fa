/*
 * dictc_t2s.c — compiles the traditional → simplified character table from ICU's
 * Traditional-Simplified transliterator: every CJK character that it maps to one other
 * character, as sorted (traditional, simplified) code point pairs. Character by character,
 * so the matching view keeps a one-to-one offset map.
 */
#include <stdlib.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

#include "dictc.h"

static const UChar32 ranges[][2] = {
    {0x2E80, 0x2FDF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2FA1F},
};

/* Writes the pairs image to `out`. Takes no inputs. */
zc_status dictc_t2s(int nin, char **in, const char *out, char *err, size_t errlen)
{
    (void)in;
    if (nin != 0) {
        snprintf(err, errlen, "t2s takes no inputs (the table comes from ICU)");
        return ZC_EINVAL;
    }
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
        zc_image_part part = {1, pairs.data, pairs.len * sizeof(uint32_t)};
        s = zc_image_write(out, ZC_FOURCC('T', '2', 'S', '1'), &part, 1, err, errlen);
    } else {
        snprintf(err, errlen, "out of memory");
    }
    zc_vec_free(&pairs);
    return s;
}
