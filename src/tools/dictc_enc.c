/*
 * dictc_enc.c — compiles the character frequency model of the encoding detector
 * (dicts/enc/charfreq.tsv, format in dicts/enc/README.md) into charfreq.zcd.
 *
 * The image (kind "CFRQ") has three sections, read by src/enc/detect.c:
 *   "META": four int32: format (1), scale (score units per nat), the score of a supplementary
 *           code point absent from "SUPP", reserved;
 *   "BMP ": 65536 int16: the score of every BMP code point, log(p) * scale, with floors by
 *           class for characters the source does not list (unseen Han a little below the
 *           rarest listed one; private use, controls, U+FFFD and noncharacters far below);
 *   "SUPP": sorted {uint32 code point, int32 score} pairs for listed supplementary chars.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/tsv.h"
#include "dictc.h"

#define CF_KIND ZC_FOURCC('C', 'F', 'R', 'Q')
#define CF_META ZC_FOURCC('M', 'E', 'T', 'A')
#define CF_BMP ZC_FOURCC('B', 'M', 'P', ' ')
#define CF_SUPP ZC_FOURCC('S', 'U', 'P', 'P')
#define CF_SCALE 256          // score units per nat
#define CF_MAXCP 0x10FFFF

typedef struct supp {
    uint32_t cp;
    int32_t score;
} supp;

static int cmp_supp(const void *a, const void *b)
{
    uint32_t x = ((const supp *)a)->cp, y = ((const supp *)b)->cp;
    return x < y ? -1 : x > y;
}

static bool is_han(uint32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

/* The floor for an unlisted BMP code point, in nats below the rarest listed character. */
static double unlisted_penalty(uint32_t c)
{
    if (is_han(c))
        return 1.0;
    if ((c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD || (c >= 0xFDD0 && c <= 0xFDEF) ||
        (c & 0xFFFE) == 0xFFFE || (c >= 0xD800 && c <= 0xDFFF))
        return 14.0;   // private use, replacement, noncharacters: a wrong decoding
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return (c == '\t' || c == '\r' || c == '\f') ? 0.0 : 14.0;
    if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) ||
        (c >= 0x3130 && c <= 0x318F))
        return 6.0;    // Hangul: no Chinese file of ours needs it
    return 3.0;        // other letters and symbols
}

/* Compiles `in[0]` (charfreq.tsv) into the image `out`: the "enc" kind of dictc
 * (`dictc enc charfreq.tsv -o charfreq.zcd`). A bad line fails with "file:line: reason" in
 * `err`; nothing is written then. */
zc_status zc_dictc_enc(int nin, char **in, const char *out, char *err, size_t errlen)
{
    zc_status s = ZC_OK;
    double *count = NULL;
    int16_t *bmp = NULL;
    supp *sup = NULL;
    size_t nsup = 0, capsup = 0;
    zc_tsv t = {0};
    if (nin != 1) {
        snprintf(err, errlen, "enc: expected one input (charfreq.tsv), got %d", nin);
        return ZC_EINVAL;
    }
    count = calloc(0x10000, sizeof *count);
    bmp = malloc(0x10000 * sizeof *bmp);
    if (!count || !bmp) {
        s = ZC_ENOMEM;
        goto fail;
    }
    if ((s = zc_tsv_open(&t, NULL, in[0], err, errlen)) != ZC_OK)
        goto fail;
    double total = 0, minc = -1;
    int r;
    while ((r = zc_tsv_next(&t, err, errlen)) == 1) {
        char *end;
        errno = 0;
        unsigned long cp = strtoul(t.col[0], &end, 16);
        if (end == t.col[0] || *end || t.ncol < 2 || errno || cp > CF_MAXCP) {
            zc_tsv_error(&t, err, errlen, "expected a hex code point, a tab and a count");
            s = ZC_EFORMAT;
            goto fail;
        }
        double n = strtod(t.col[1], &end);
        if (end == t.col[1] || !(n > 0) || *end) {
            zc_tsv_error(&t, err, errlen, "expected a positive count");
            s = ZC_EFORMAT;
            goto fail;
        }
        total += n;
        if (minc < 0 || n < minc)
            minc = n;
        if (cp < 0x10000) {
            count[cp] += n;
            continue;
        }
        if (nsup == capsup) {
            capsup = capsup ? capsup * 2 : 256;
            supp *ns = realloc(sup, capsup * sizeof *ns);
            if (!ns) {
                s = ZC_ENOMEM;
                goto fail;
            }
            sup = ns;
        }
        sup[nsup].cp = (uint32_t)cp;
        sup[nsup++].score = (int32_t)n;   // the count for now; scored below
    }
    if (r < 0) {
        s = ZC_EFORMAT;
        goto fail;
    }
    if (total <= 0) {
        snprintf(err, errlen, "%s: no entries", in[0]);
        s = ZC_EFORMAT;
        goto fail;
    }
    double floor_lp = log(minc / total);
    for (uint32_t c = 0; c < 0x10000; c++) {
        double lp = count[c] > 0 ? log(count[c] / total) : floor_lp - unlisted_penalty(c);
        double v = lp * CF_SCALE;
        bmp[c] = (int16_t)(v < -32000 ? -32000 : v);
    }
    for (size_t i = 0; i < nsup; i++)
        sup[i].score = (int32_t)(log(sup[i].score / total) * CF_SCALE);
    if (nsup)
        qsort(sup, nsup, sizeof *sup, cmp_supp);
    int32_t meta[4] = {1, CF_SCALE, (int32_t)((floor_lp - 2.0) * CF_SCALE), 0};
    zc_image_part parts[] = {
        {CF_META, meta, sizeof meta},
        {CF_BMP, bmp, 0x10000 * sizeof *bmp},
        {CF_SUPP, sup, nsup * sizeof *sup},
    };
    s = zc_image_write(out, CF_KIND, parts, ZC_NELEM(parts), err, errlen);
fail:
    if (s == ZC_ENOMEM)
        snprintf(err, errlen, "%s: out of memory", in[0]);
    zc_tsv_close(&t);
    free(count);
    free(bmp);
    free(sup);
    return s;
}
