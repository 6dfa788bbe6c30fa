/*
 * decode.c — decodes the input from its detected (or forced) encoding into UTF-8, and
 * records for every decoded code point the number of input bytes it came from: the offset
 * map back to the original file (zc_doc.src, from which RECORDS.md byte spans are computed).
 *
 * UTF-8 and UTF-16 are decoded by loops here; GB18030 and Big5-HKSCS by glibc iconv, in
 * large chunks cut on character boundaries, with the source lengths computed by each
 * encoding's own length rules and checked against the number of code points iconv produced
 * (a chunk where they disagree is redone one character at a time); HZ by ICU (glibc has no
 * HZ converter), whose source offsets give the lengths. Strict mode fails on the first bad
 * sequence with its byte offset; lossy mode replaces each by U+FFFD, which keeps the length
 * of the bytes it replaced.
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include "enc_int.h"

#define CHUNK (256 * 1024)   // input bytes per iconv call

/* The output being built: UTF-8 text and per-code-point source lengths. */
typedef struct obuf {
    char *text;
    size_t len, cap;
    uint8_t *clen;
    size_t n, ccap;
    size_t nreplaced;
} obuf;

static bool ob_room(obuf *o, size_t bytes)
{
    if (o->len + bytes + 1 <= o->cap)
        return true;
    size_t cap = o->cap ? o->cap : 256;
    while (cap < o->len + bytes + 1)
        cap = cap + cap / 2;
    char *t = realloc(o->text, cap);
    if (!t)
        return false;
    o->text = t;
    o->cap = cap;
    return true;
}

static bool ob_croom(obuf *o, size_t n)
{
    if (o->n + n <= o->ccap)
        return true;
    size_t cap = o->ccap ? o->ccap : 256;
    while (cap < o->n + n)
        cap = cap + cap / 2;
    uint8_t *c = realloc(o->clen, cap);
    if (!c)
        return false;
    o->clen = c;
    o->ccap = cap;
    return true;
}

/* Appends U+FFFD standing for `bad` input bytes. */
static bool ob_replacement(obuf *o, size_t bad)
{
    if (!ob_room(o, 3) || !ob_croom(o, 1))
        return false;
    memcpy(o->text + o->len, "\xEF\xBF\xBD", 3);
    o->len += 3;
    o->clen[o->n++] = (uint8_t)(bad > 255 ? 255 : bad);
    o->nreplaced++;
    return true;
}

static void ob_free(obuf *o)
{
    free(o->text);
    free(o->clen);
    memset(o, 0, sizeof *o);
}

/* Hands the buffers over to `out` (shrunk to size); false on OOM. */
static bool ob_finish(obuf *o, zc_decoded *out, bool keep_text)
{
    if (keep_text) {
        if (!ob_room(o, 0))
            return false;
        o->text[o->len] = '\0';
        out->text = o->text;
        out->len = o->len;
    } else {
        free(o->text);
    }
    o->text = NULL;
    if (!ob_croom(o, 1))
        return false;
    uint8_t *c = realloc(o->clen, o->n ? o->n : 1);
    out->clen = c ? c : o->clen;
    out->nchars = o->n;
    out->nreplaced = o->nreplaced;
    o->clen = NULL;
    return true;
}

static zc_status fail(obuf *o, long long *erroff, long long off, char *msg, size_t msglen,
                      const char *what)
{
    ob_free(o);
    *erroff = off;
    snprintf(msg, msglen, "%s", what);
    return off < 0 ? ZC_ENOMEM : ZC_EENCODING;
}

static zc_status oom(obuf *o, long long *erroff, char *msg, size_t msglen)
{
    return fail(o, erroff, -1, msg, msglen, "out of memory");
}

/* ---- UTF-8 ------------------------------------------------------------------------------ */

/* Length of the maximal prefix of a valid sequence at s[0] (at least 1): the bytes one
 * U+FFFD replaces. */
static size_t utf8_bad_len(const uint8_t *s, size_t len)
{
    uint8_t c = s[0];
    size_t n;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else
        return 1;
    size_t k = 1;
    if (k < len && k < n && s[k] >= lo && s[k] <= hi) {
        k++;
        while (k < len && k < n && (s[k] & 0xC0) == 0x80)
            k++;
    }
    return k;
}

static zc_status decode_utf8(const uint8_t *in, size_t len, bool lossy, zc_decoded *out,
                             long long *erroff, char *msg, size_t msglen)
{
    obuf o = {0};
    size_t bom = out->bom;
    if (!ob_croom(&o, len - bom + 1))
        return oom(&o, erroff, msg, msglen);
    bool copying = false;   // set once a replacement was needed: text is then built in o
    size_t i = bom, copied = bom;
    while (i < len) {
        if (in[i] < 0x80) {
            size_t j = i + 1;
            while (j < len && in[j] < 0x80)
                j++;
            memset(o.clen + o.n, 1, j - i);
            o.n += j - i;
            i = j;
            continue;
        }
        size_t j = i;
        if (zc_utf8_next(in, len, &j) >= 0) {
            o.clen[o.n++] = (uint8_t)(j - i);
            i = j;
            continue;
        }
        size_t bad = utf8_bad_len(in + i, len - i);
        if (!lossy)
            return fail(&o, erroff, (long long)i, msg, msglen,
                        i + bad == len && bad < zc_utf8_len(in[i]) && in[i] >= 0xC2
                            ? "truncated UTF-8 sequence at end of input"
                            : "invalid UTF-8 sequence");
        copying = true;
        if (!ob_room(&o, i - copied))
            return oom(&o, erroff, msg, msglen);
        memcpy(o.text + o.len, in + copied, i - copied);
        o.len += i - copied;
        if (!ob_replacement(&o, bad))
            return oom(&o, erroff, msg, msglen);
        i += bad;
        copied = i;
    }
    if (copying) {
        if (!ob_room(&o, len - copied))
            return oom(&o, erroff, msg, msglen);
        memcpy(o.text + o.len, in + copied, len - copied);
        o.len += len - copied;
    }
    if (!ob_finish(&o, out, copying))
        return oom(&o, erroff, msg, msglen);
    if (!copying)
        out->len = len - bom;
    return ZC_OK;
}

/* ---- UTF-16 ---------------------------------------------------------------------------- */

static zc_status decode_utf16(const uint8_t *in, size_t len, bool be, bool lossy,
                              zc_decoded *out, long long *erroff, char *msg, size_t msglen)
{
    obuf o = {0};
    size_t i = out->bom, n = len - i;
    if (!ob_room(&o, n / 2 * 3 + 4) || !ob_croom(&o, n / 2 + 1))
        return oom(&o, erroff, msg, msglen);
    uint8_t *t = (uint8_t *)o.text;
    size_t tl = 0;
    while (i + 1 < len) {
        uint32_t u = be ? (uint32_t)in[i] << 8 | in[i + 1] : (uint32_t)in[i + 1] << 8 | in[i];
        if (u < 0x80) {
            t[tl++] = (uint8_t)u;
            o.clen[o.n++] = 2;
            i += 2;
            continue;
        }
        if (u < 0xD800 || u > 0xDFFF) {
            tl += zc_utf8_put(t + tl, u);
            o.clen[o.n++] = 2;
            i += 2;
            continue;
        }
        uint32_t v = 0;
        if (u < 0xDC00 && i + 3 < len)
            v = be ? (uint32_t)in[i + 2] << 8 | in[i + 3] : (uint32_t)in[i + 3] << 8 | in[i + 2];
        if (v >= 0xDC00 && v <= 0xDFFF) {
            tl += zc_utf8_put(t + tl, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
            o.clen[o.n++] = 4;
            i += 4;
            continue;
        }
        bool trunc = u < 0xDC00 && i + 4 > len;
        if (!lossy)
            return fail(&o, erroff, (long long)i, msg, msglen,
                        trunc ? "truncated UTF-16 sequence at end of input"
                              : "invalid UTF-16 sequence (unpaired surrogate)");
        size_t bad = trunc ? len - i : 2;
        memcpy(t + tl, "\xEF\xBF\xBD", 3);
        tl += 3;
        o.clen[o.n++] = (uint8_t)bad;
        o.nreplaced++;
        i += bad;
    }
    if (i < len) {   // an odd last byte
        if (!lossy)
            return fail(&o, erroff, (long long)i, msg, msglen,
                        "truncated UTF-16 sequence at end of input");
        memcpy(t + tl, "\xEF\xBF\xBD", 3);
        tl += 3;
        o.clen[o.n++] = 1;
        o.nreplaced++;
    }
    o.len = tl;
    char *shrunk = realloc(o.text, tl + 1);
    if (shrunk) {
        o.text = shrunk;
        o.cap = tl + 1;
    }
    if (!ob_finish(&o, out, true))
        return oom(&o, erroff, msg, msglen);
    return ZC_OK;
}

/* ---- GB18030 and Big5-HKSCS through iconv ------------------------------------------------ */

/* The byte length of the character at s[0] by the encoding's own rules (may run past the
 * end for a truncated last character); *ncp receives the code points it decodes to. */
typedef size_t (*seqlen_fn)(const uint8_t *s, size_t avail, size_t *ncp);

static size_t gb18030_seqlen(const uint8_t *s, size_t avail, size_t *ncp)
{
    *ncp = 1;
    if (s[0] < 0x80 || s[0] == 0x80 || s[0] == 0xFF)
        return 1;
    if (avail >= 2 && s[1] >= 0x30 && s[1] <= 0x39)
        return 4;
    return 2;
}

static size_t big5_seqlen(const uint8_t *s, size_t avail, size_t *ncp)
{
    *ncp = 1;
    if (s[0] < 0x81 || s[0] == 0xFF)
        return 1;
    // HKSCS sequences that decode to a letter and a combining mark (Ê̄ Ê̌ ê̄ ê̌)
    if (s[0] == 0x88 && avail >= 2 &&
        (s[1] == 0x62 || s[1] == 0x64 || s[1] == 0xA3 || s[1] == 0xA5))
        *ncp = 2;
    return 2;
}

/* The bytes one U+FFFD replaces at an invalid sequence: a whole sequence when its bytes have
 * the right shape but no mapping, else the lead byte alone. */
static size_t gb18030_bad_len(const uint8_t *s, size_t avail)
{
    if (s[0] < 0x81 || s[0] == 0xFF || avail < 2)
        return 1;
    if (s[1] >= 0x30 && s[1] <= 0x39)
        return avail >= 4 && s[2] >= 0x81 && s[2] <= 0xFE && s[3] >= 0x30 && s[3] <= 0x39 ? 4
                                                                                           : 1;
    return (s[1] >= 0x40 && s[1] <= 0xFE && s[1] != 0x7F) ? 2 : 1;
}

static size_t big5_bad_len(const uint8_t *s, size_t avail)
{
    if (s[0] < 0x81 || s[0] == 0xFF || avail < 2)
        return 1;
    return ((s[1] >= 0x40 && s[1] <= 0x7E) || (s[1] >= 0xA1 && s[1] <= 0xFE)) ? 2 : 1;
}

static size_t count_cps(const char *t, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((uint8_t)t[i] & 0xC0) != 0x80;
    return k;
}

/* Converts in[p, q) (whole characters) and appends it; *stop receives where iconv stopped
 * and *err its errno (0 when all converted). False on OOM. */
static bool iconv_run(iconv_t cd, obuf *o, const uint8_t *in, size_t p, size_t q, size_t *stop,
                      int *err)
{
    char *ip = (char *)in + p;
    size_t il = q - p;
    *err = 0;
    for (;;) {
        if (!ob_room(o, il + il / 2 + 16))
            return false;
        char *op = o->text + o->len;
        size_t ol = o->cap - o->len - 1;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        o->len = (size_t)(op - o->text);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG) {
            if (!ob_room(o, 2 * il + 64))
                return false;
            continue;
        }
        *err = errno;
        break;
    }
    *stop = (size_t)(ip - (char *)in);
    return true;
}

/* Converts in[p, stop) one character at a time (the slow path for a chunk whose code point
 * count the length rules did not predict); the text already converted for it is dropped. */
static bool iconv_slow(iconv_t cd, obuf *o, const uint8_t *in, size_t p, size_t stop,
                       size_t text0, size_t n0, seqlen_fn seqlen)
{
    o->len = text0;
    o->n = n0;
    iconv(cd, NULL, NULL, NULL, NULL);
    while (p < stop) {
        size_t ncp, l = seqlen(in + p, stop - p, &ncp), s;
        int err;
        if (l > stop - p)
            l = stop - p;
        size_t before = o->len;
        if (!iconv_run(cd, o, in, p, p + l, &s, &err))
            return false;
        size_t k = count_cps(o->text + before, o->len - before);
        if (!ob_croom(o, k + 1))
            return false;
        o->clen[o->n++] = (uint8_t)l;
        for (size_t j = 1; j < k; j++)
            o->clen[o->n++] = 0;
        p += l;
    }
    return true;
}

static zc_status decode_iconv(const char *cs, const char *label, seqlen_fn seqlen,
                              size_t (*bad_len)(const uint8_t *, size_t), const uint8_t *in,
                              size_t len, bool lossy, zc_decoded *out, long long *erroff,
                              char *msg, size_t msglen)
{
    obuf o = {0};
    char what[128];
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) {
        snprintf(what, sizeof what, "no iconv converter for %s", cs);
        *erroff = -1;
        snprintf(msg, msglen, "%s", what);
        return ZC_EENCODING;
    }
    size_t p = out->bom;
    if (!ob_room(&o, (len - p) + (len - p) / 2 + 16) || !ob_croom(&o, (len - p) / 2 + 16))
        goto nomem;
    while (p < len) {
        size_t q = p, ncp;
        while (q < len && q - p < CHUNK)
            q += seqlen(in + q, len - q, &ncp);
        if (q > len)
            q = len;
        size_t text0 = o.len, n0 = o.n, stop;
        int err;
        if (!iconv_run(cd, &o, in, p, q, &stop, &err))
            goto nomem;
        if (!ob_croom(&o, stop - p + 1))
            goto nomem;
        // Source lengths of the chars in [p, stop), by the length rules.
        size_t r = p, got = 0;
        while (r < stop) {
            size_t l = seqlen(in + r, stop - r, &ncp);
            if (l > stop - r)
                l = stop - r;
            o.clen[o.n++] = (uint8_t)l;
            for (size_t j = 1; j < ncp; j++)
                o.clen[o.n++] = 0;
            r += l;
            got += ncp;
        }
        if (count_cps(o.text + text0, o.len - text0) != got &&
            !iconv_slow(cd, &o, in, p, stop, text0, n0, seqlen))
            goto nomem;
        if (err == 0) {
            p = q;
            continue;
        }
        if (err == EINVAL && q < len) {   // the chunk was cut inside a char: go on from there
            p = stop;
            continue;
        }
        bool trunc = err == EINVAL;
        if (!lossy) {
            iconv_close(cd);
            snprintf(what, sizeof what,
                     trunc ? "truncated %s sequence at end of input" : "invalid %s sequence",
                     label);
            return fail(&o, erroff, (long long)stop, msg, msglen, what);
        }
        size_t bad = trunc ? len - stop : bad_len(in + stop, len - stop);
        if (!ob_replacement(&o, bad))
            goto nomem;
        iconv(cd, NULL, NULL, NULL, NULL);
        p = stop + bad;
    }
    iconv_close(cd);
    if (!ob_finish(&o, out, true))
        return oom(&o, erroff, msg, msglen);
    return ZC_OK;
nomem:
    iconv_close(cd);
    return oom(&o, erroff, msg, msglen);
}

/* ---- HZ through ICU ---------------------------------------------------------------------- */

static zc_status decode_hz(const uint8_t *in, size_t len, bool lossy, zc_decoded *out,
                           long long *erroff, char *msg, size_t msglen)
{
    obuf o = {0};
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open("HZ", &st);
    UChar *u = NULL;
    int32_t *offs = NULL;
    if (U_FAILURE(st)) {
        *erroff = -1;
        snprintf(msg, msglen, "ICU has no HZ converter: %s", u_errorName(st));
        return ZC_EICU;
    }
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
    size_t cap = len + 16;
    u = malloc(cap * sizeof *u);
    offs = malloc(cap * sizeof *offs);
    if (!u || !offs || !ob_room(&o, len * 3 / 2 + 16) || !ob_croom(&o, len + 1))
        goto nomem;
    const char *src = (const char *)in, *lim = (const char *)in + len;
    size_t prev_end = 0;   // end of the last char's own bytes
    for (;;) {
        UChar *tgt = u;
        const char *base = src;
        st = U_ZERO_ERROR;
        ucnv_toUnicode(cnv, &tgt, u + cap, &src, lim, offs, true, &st);
        size_t nu = (size_t)(tgt - u);
        for (size_t k = 0; k < nu; k++) {
            uint32_t c = u[k];
            size_t at = (size_t)(base - (const char *)in) + (size_t)offs[k];
            if (c >= 0xD800 && c <= 0xDBFF && k + 1 < nu) {
                c = 0x10000 + ((c - 0xD800) << 10) + (u[k + 1] - 0xDC00u);
                k++;
            }
            size_t own = c >= 0x80 ? 2 : (c == '~' && at + 1 < len && in[at + 1] == '~') ? 2 : 1;
            size_t end = at + own;
            if (end < prev_end)
                end = prev_end;
            if (!ob_room(&o, 4) || !ob_croom(&o, 1))
                goto nomem;
            o.len += zc_utf8_put((uint8_t *)o.text + o.len, c);
            size_t cl = end - prev_end;
            o.clen[o.n++] = (uint8_t)(cl > 255 ? 255 : cl);
            prev_end = end;
        }
        // A '~' followed by anything but '~', '{', '}' or a newline is a bad escape.
        if (st == U_ILLEGAL_CHAR_FOUND || st == U_INVALID_CHAR_FOUND ||
            st == U_TRUNCATED_CHAR_FOUND || st == U_ILLEGAL_ESCAPE_SEQUENCE ||
            st == U_UNSUPPORTED_ESCAPE_SEQUENCE) {
            char bad[32];
            int8_t nbad = (int8_t)sizeof bad;
            UErrorCode e2 = U_ZERO_ERROR;
            ucnv_getInvalidChars(cnv, bad, &nbad, &e2);
            size_t at = (size_t)(src - (const char *)in) - (size_t)(nbad > 0 ? nbad : 0);
            bool trunc = st == U_TRUNCATED_CHAR_FOUND;
            if (!lossy) {
                ucnv_close(cnv);
                free(u);
                free(offs);
                return fail(&o, erroff, (long long)at, msg, msglen,
                            trunc ? "truncated HZ-GB-2312 sequence at end of input"
                                  : "invalid HZ-GB-2312 sequence");
            }
            size_t endb = (size_t)(src - (const char *)in);
            if (trunc)
                endb = len;
            if (!ob_room(&o, 3) || !ob_croom(&o, 1))
                goto nomem;
            memcpy(o.text + o.len, "\xEF\xBF\xBD", 3);
            o.len += 3;
            size_t cl = endb > prev_end ? endb - prev_end : 0;
            o.clen[o.n++] = (uint8_t)(cl > 255 ? 255 : cl);
            o.nreplaced++;
            prev_end = endb;
            if (trunc || src >= lim)
                break;
            continue;
        }
        if (st == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (U_FAILURE(st)) {
            ucnv_close(cnv);
            free(u);
            free(offs);
            ob_free(&o);
            *erroff = -1;
            snprintf(msg, msglen, "ICU HZ conversion failed: %s", u_errorName(st));
            return ZC_EICU;
        }
        break;
    }
    if (prev_end < len && o.n > 0) {   // trailing escapes belong to the last char
        size_t cl = o.clen[o.n - 1] + (len - prev_end);
        o.clen[o.n - 1] = (uint8_t)(cl > 255 ? 255 : cl);
    }
    ucnv_close(cnv);
    free(u);
    free(offs);
    if (!ob_finish(&o, out, true))
        return oom(&o, erroff, msg, msglen);
    return ZC_OK;
nomem:
    ucnv_close(cnv);
    free(u);
    free(offs);
    return oom(&o, erroff, msg, msglen);
}

/* ---- entry points --------------------------------------------------------------------- */

zc_status zc_enc_decode(zc_encoding e, const uint8_t *in, size_t len, bool lossy,
                        zc_decoded *out, long long *erroff, char *msg, size_t msglen)
{
    memset(out, 0, sizeof *out);
    *erroff = -1;
    if (msglen)
        msg[0] = '\0';
    switch (e) {
    case ZC_ENC_UTF8:
        if (len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0)
            out->bom = 3;
        return decode_utf8(in, len, lossy, out, erroff, msg, msglen);
    case ZC_ENC_UTF16LE:
    case ZC_ENC_UTF16BE: {
        bool be = e == ZC_ENC_UTF16BE;
        if (len >= 2 && in[0] == (be ? 0xFE : 0xFF) && in[1] == (be ? 0xFF : 0xFE))
            out->bom = 2;
        return decode_utf16(in, len, be, lossy, out, erroff, msg, msglen);
    }
    case ZC_ENC_GB18030:
        if (len >= 4 && memcmp(in, "\x84\x31\x95\x33", 4) == 0)
            out->bom = 4;
        return decode_iconv("GB18030", "GB18030", gb18030_seqlen, gb18030_bad_len, in, len,
                            lossy, out, erroff, msg, msglen);
    case ZC_ENC_BIG5HKSCS:
        return decode_iconv("BIG5-HKSCS", "Big5-HKSCS", big5_seqlen, big5_bad_len, in, len,
                            lossy, out, erroff, msg, msglen);
    case ZC_ENC_HZ:
        return decode_hz(in, len, lossy, out, erroff, msg, msglen);
    case ZC_ENC_UNKNOWN:
        break;
    }
    snprintf(msg, msglen, "unknown encoding");
    return ZC_EENCODING;
}

void zc_decoded_free(zc_decoded *dd)
{
    if (!dd)
        return;
    free(dd->text);
    free(dd->clen);
    memset(dd, 0, sizeof *dd);
}
