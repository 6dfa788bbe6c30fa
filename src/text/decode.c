/*
 * decode.c — decodes the input from its detected (or forced) encoding into UTF-8, and
 * records for every decoded code point the number of input bytes it came from: the offset
 * map back to the original file (zc_doc.src, from which RECORDS.md byte spans are computed).
 *
 * UTF-8 and UTF-16 are decoded by loops here; GB18030 and Big5-HKSCS by glibc iconv, in
 * 64 KB chunks, to code points that are written out as UTF-8 in the same pass that computes
 * their source lengths by each encoding's own length rules (a chunk where those rules and
 * iconv's code points disagree is redone one character at a time); HZ by ICU (glibc has no
 * HZ converter), whose source offsets give the lengths. Strict mode fails on the first bad
 * sequence with its byte offset; lossy mode replaces each by U+FFFD, which keeps the length
 * of the bytes it replaced.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <wchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include "text_int.h"

#define CHUNK (64 * 1024)         // input bytes per iconv call: their code points stay in L2

/* The output being built: UTF-8 text and per-code-point source lengths. */
typedef struct obuf {
    char *text;
    size_t len, cap;
    uint8_t *clen;
    size_t n, ccap;
    size_t nreplaced;
    size_t first_bad;    /* input offset of the first replaced sequence */
} obuf;


/* The capacity for `need`: the first allocation is exact (callers ask for their bound up
 * front), later ones grow by half so that appends stay amortized. */
static size_t grow(size_t cap, size_t need)
{
    if (cap == 0)
        return need > 256 ? need : 256;
    while (cap < need)
        cap = cap + cap / 2;
    return cap;
}

static bool ob_room(obuf *o, size_t bytes)
{
    if (o->len + bytes + 1 <= o->cap)
        return true;
    size_t cap = grow(o->cap, o->len + bytes + 1);
    char *t = zc_big_realloc(o->text, cap);
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
    size_t cap = grow(o->ccap, o->n + n);
    uint8_t *c = zc_big_realloc(o->clen, cap);
    if (!c)
        return false;
    o->clen = c;
    o->ccap = cap;
    return true;
}

/* Counts a replaced sequence at input offset `at`. */
static void ob_count_bad(obuf *o, size_t at)
{
    if (o->nreplaced++ == 0)
        o->first_bad = at;
}

/* Appends U+FFFD standing for `bad` input bytes from offset `at`. */
static bool ob_replacement(obuf *o, size_t at, size_t bad)
{
    if (!ob_room(o, 3) || !ob_croom(o, 1))
        return false;
    memcpy(o->text + o->len, "\xEF\xBF\xBD", 3);
    o->len += 3;
    o->clen[o->n++] = (uint8_t)(bad > 255 ? 255 : bad);
    ob_count_bad(o, at);
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
    out->first_bad = o->first_bad;
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

/* `valid`: the caller has checked that all of `in` is UTF-8 (the detector does, for the input
 * it names strict-utf8 or ascii), so chars are measured by their lead byte alone. */
static zc_status decode_utf8(const uint8_t *in, size_t len, bool lossy, bool valid,
                             zc_decoded *out, long long *erroff, char *msg, size_t msglen)
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
        size_t n;   // a run of non-ASCII chars
        while (i < len && in[i] >= 0x80) {
            if (valid) {   // two three-byte chars (CJK) a step, held in locals (no aliasing)
                uint8_t *cl = o.clen + o.n;
                size_t j = i;
#ifdef __SSE2__
                while (len - j >= 16 && zc_cjk_five(in + j)) {   // or five
                    memcpy(cl, "\3\3\3\3\3", 5);
                    cl += 5;
                    j += 15;
                }
#endif
                while (len - j >= 6 && ((in[j] & 0xF0) == 0xE0) & ((in[j + 3] & 0xF0) == 0xE0)) {
                    memcpy(cl, "\3\3", 2);
                    cl += 2;
                    j += 6;
                }
                o.n = (size_t)(cl - o.clen);
                i = j;
                if (i >= len || in[i] < 0x80)
                    break;
            }
            if (!(n = valid ? zc_utf8_len(in[i]) : zc_utf8_valid_len(in, len, i)))
                break;
            o.clen[o.n++] = (uint8_t)n;
            i += n;
        }
        if (i >= len || in[i] < 0x80)
            continue;
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
        if (!ob_replacement(&o, i, bad))
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
        ob_count_bad(&o, i);
        i += bad;
    }
    if (i < len) {   // an odd last byte
        if (!lossy)
            return fail(&o, erroff, (long long)i, msg, msglen,
                        "truncated UTF-16 sequence at end of input");
        memcpy(t + tl, "\xEF\xBF\xBD", 3);
        tl += 3;
        o.clen[o.n++] = 1;
        ob_count_bad(&o, i);
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

/* iconv is asked for code points (UCS-4, host order), not UTF-8: glibc converts through its
 * own UCS-4 either way, and its second step, UCS-4 to UTF-8, costs more than the first. The
 * UTF-8 is written here instead, in the pass that lays down the source lengths. It is the
 * text iconv would have written: the same code points, encoded the one way UTF-8 allows
 * (neither converter yields surrogates or code points past U+10FFFF, which glibc's UTF-8 step
 * would refuse). */

typedef enum family { FAM_GB18030, FAM_BIG5 } family;

/* Opens a converter from `cs` to host-order UCS-4: WCHAR_T where wchar_t is UCS-4 (in glibc
 * its internal form, so the conversion is one step), else UTF-32 in host byte order. */
static iconv_t open_ucs4(const char *cs)
{
#if defined(__STDC_ISO_10646__) && WCHAR_MAX >= 0x10FFFF
    if (sizeof(wchar_t) == 4) {
        iconv_t cd = iconv_open("WCHAR_T", cs);
        if (cd != (iconv_t)-1)
            return cd;
    }
#endif
    const uint32_t one = 1;
    uint8_t first;
    memcpy(&first, &one, 1);
    return iconv_open(first ? "UTF-32LE" : "UTF-32BE", cs);
}

/* The byte length of the character at s[0] by the family's own rules (may run past `avail`
 * for a truncated last character); *ncp receives the code points it decodes to. */
static inline size_t seq_len(family f, const uint8_t *s, size_t avail, size_t *ncp)
{
    *ncp = 1;
    if (s[0] < 0x81 || s[0] == 0xFF)
        return 1;
    if (f == FAM_GB18030)
        return avail >= 2 && s[1] >= 0x30 && s[1] <= 0x39 ? 4 : 2;
    // HKSCS sequences that decode to a letter and a combining mark (Ê̄ Ê̌ ê̄ ê̌)
    if (s[0] == 0x88 && avail >= 2 &&
        (s[1] == 0x62 || s[1] == 0x64 || s[1] == 0xA3 || s[1] == 0xA5))
        *ncp = 2;
    return 2;
}

/* The bytes one U+FFFD replaces at an invalid sequence: a whole sequence when its bytes have
 * the right shape but no mapping, else the lead byte alone. */
static size_t bad_len(family f, const uint8_t *s, size_t avail)
{
    if (s[0] < 0x81 || s[0] == 0xFF || avail < 2)
        return 1;
    if (f == FAM_BIG5)
        return ((s[1] >= 0x40 && s[1] <= 0x7E) || (s[1] >= 0xA1 && s[1] <= 0xFE)) ? 2 : 1;
    if (s[1] >= 0x30 && s[1] <= 0x39)
        return avail >= 4 && s[2] >= 0x81 && s[2] <= 0xFE && s[3] >= 0x30 && s[3] <= 0x39 ? 4
                                                                                           : 1;
    return (s[1] >= 0x40 && s[1] <= 0xFE && s[1] != 0x7F) ? 2 : 1;
}

/* zc_utf8_put, inlined: this loop writes every code point of the document. */
static inline size_t put_utf8(uint8_t *o, uint32_t c)
{
    if (c < 0x80) {
        o[0] = (uint8_t)c;
        return 1;
    }
    if (c >= 0x800 && c < 0x10000) {   // nearly all of a Chinese text
        o[0] = (uint8_t)(0xE0 | (c >> 12));
        o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    if (c < 0x800) {
        o[0] = (uint8_t)(0xC0 | (c >> 6));
        o[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    o[0] = (uint8_t)(0xF0 | (c >> 18));
    o[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

/* The common case of a Chinese text, 8 bytes at a time: when in[0, 8) are four two-byte
 * chars (all bytes 0x81-0xFE: lead and trail ranges overlap there) whose code points take
 * three UTF-8 bytes each, writes those 12 bytes to t and 4 lengths of 2 to cl. */
static inline bool put_4x2(uint8_t *t, uint8_t *cl, const uint32_t *cp, const uint8_t *in)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t w;
    memcpy(&w, in, 8);
    uint64_t y = w & ~high;   // bytes 0x81-0xFE: high bit set, low 7 bits neither 0 nor 0x7F
    if ((w & high) != high || ((y + 0x7F * ones) & ~(y + ones) & high) != high)
        return false;
    uint32_t c0 = cp[0], c1 = cp[1], c2 = cp[2], c3 = cp[3];
    if (c0 - 0x800 >= 0xF800 || c1 - 0x800 >= 0xF800 || c2 - 0x800 >= 0xF800 ||
        c3 - 0x800 >= 0xF800)
        return false;
    for (int j = 0; j < 4; j++) {
        uint32_t c = cp[j];
        t[3 * j] = (uint8_t)(0xE0 | (c >> 12));
        t[3 * j + 1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        t[3 * j + 2] = (uint8_t)(0x80 | (c & 0x3F));
    }
    memset(cl, 2, 4);
    return true;
}

/* Appends cp[0, ncp), iconv's output for in[p, stop), as UTF-8, and the source length of each
 * code point, walking in[p, stop) by the length rules. False, with nothing appended, when the
 * walk does not account for exactly those code points. The caller made room for 4 bytes and
 * one length per code point. */
static inline bool emit(family f, obuf *o, const uint32_t *cp, size_t ncp, const uint8_t *in,
                        size_t p, size_t stop)
{
    uint8_t *t = (uint8_t *)o->text + o->len, *cl = o->clen + o->n;
    size_t k = 0;
    if (f == FAM_GB18030) {
        // GB18030 has one code point per char: while 4 bytes are left, no bounds to check
        // but the count.
        while (k < ncp && stop - p >= 4) {
            if (ncp - k >= 4 && stop - p >= 8 && put_4x2(t, cl, cp + k, in + p)) {
                t += 12;
                cl += 4;
                k += 4;
                p += 8;
                continue;
            }
            uint8_t b = in[p];
            uint32_t c = cp[k++];
            size_t l = b < 0x81 || b == 0xFF ? 1 : (uint8_t)(in[p + 1] - 0x30) <= 9 ? 4 : 2;
            *cl++ = (uint8_t)l;
            p += l;
            if (c - 0x800 < 0xF800) {
                t[0] = (uint8_t)(0xE0 | (c >> 12));
                t[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
                t[2] = (uint8_t)(0x80 | (c & 0x3F));
                t += 3;
            } else {
                t += put_utf8(t, c);
            }
        }
    }
    while (p < stop) {
        size_t m, l = seq_len(f, in + p, stop - p, &m);
        if (l > stop - p || m > ncp - k)
            return false;
        cl[0] = (uint8_t)l;
        t += put_utf8(t, cp[k]);
        if (m == 2) {
            cl[1] = 0;
            t += put_utf8(t, cp[k + 1]);
        }
        cl += m;
        k += m;
        p += l;
    }
    if (k != ncp)
        return false;
    o->len = (size_t)(t - (uint8_t *)o->text);
    o->n = (size_t)(cl - o->clen);
    return true;
}

/* Converts in[p, stop) again one character at a time (the slow path for a chunk whose code
 * points the length rules did not predict) and appends it: each character's first code point
 * gets its length, the others 0. False on OOM. */
static bool emit_slow(family f, iconv_t cd, obuf *o, const uint8_t *in, size_t p, size_t stop)
{
    iconv(cd, NULL, NULL, NULL, NULL);
    while (p < stop) {
        size_t m, l = seq_len(f, in + p, stop - p, &m);
        if (l > stop - p)
            l = stop - p;
        uint32_t cp[8];
        char *ip = (char *)in + p, *op = (char *)cp;
        size_t il = l, ol = sizeof cp;
        iconv(cd, &ip, &il, &op, &ol);
        size_t k = (size_t)(op - (char *)cp) / sizeof *cp;
        if (!ob_room(o, 4 * k) || !ob_croom(o, k + 1))
            return false;
        o->clen[o->n++] = (uint8_t)l;
        for (size_t j = 0; j < k; j++) {
            if (j > 0)
                o->clen[o->n++] = 0;
            o->len += put_utf8((uint8_t *)o->text + o->len, cp[j]);
        }
        p += l;
    }
    return true;
}

static zc_status decode_iconv(const char *cs, const char *label, family f, const uint8_t *in,
                              size_t len, bool lossy, zc_decoded *out, long long *erroff,
                              char *msg, size_t msglen)
{
    obuf o = {0};
    char what[128];
    iconv_t cd = open_ucs4(cs);
    if (cd == (iconv_t)-1) {
        snprintf(what, sizeof what, "no iconv converter for %s", cs);
        *erroff = -1;
        snprintf(msg, msglen, "%s", what);
        return ZC_EENCODING;
    }
    size_t p = out->bom, n = len - p;
    // Each char takes at least one byte and decodes to at most one code point per byte, so
    // the lengths never outgrow n; the text outgrows 3/2 of n only in Big5's four two-code-
    // point chars and replacements (GB18030 never does).
    uint32_t *cp = malloc(CHUNK * sizeof *cp);
    if (!cp || !ob_room(&o, n + n / 2 + 4 * CHUNK) || !ob_croom(&o, n + 1))
        goto nomem;
    while (p < len) {
        // A chunk may end inside a char: iconv then stops before it (EINVAL) and the next
        // chunk starts there.
        size_t q = len - p > CHUNK ? p + CHUNK : len;
        char *ip = (char *)in + p, *op = (char *)cp;
        size_t il = q - p, ol = CHUNK * sizeof *cp;
        int err = iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 ? errno : 0;
        size_t stop = (size_t)(ip - (const char *)in), ncp = (size_t)(op - (char *)cp) / 4;
        if (!ob_room(&o, 4 * ncp) || !ob_croom(&o, ncp + 1))
            goto nomem;
        if (!emit(f, &o, cp, ncp, in, p, stop) && !emit_slow(f, cd, &o, in, p, stop))
            goto nomem;
        if (err == 0 || err == E2BIG || (err == EINVAL && q < len)) {
            p = stop;
            continue;
        }
        bool trunc = err == EINVAL;
        if (!lossy) {
            iconv_close(cd);
            free(cp);
            snprintf(what, sizeof what,
                     trunc ? "truncated %s sequence at end of input" : "invalid %s sequence",
                     label);
            return fail(&o, erroff, (long long)stop, msg, msglen, what);
        }
        size_t bad = trunc ? len - stop : bad_len(f, in + stop, len - stop);
        if (!ob_replacement(&o, stop, bad))
            goto nomem;
        iconv(cd, NULL, NULL, NULL, NULL);
        p = stop + bad;
    }
    iconv_close(cd);
    free(cp);
    if (!ob_finish(&o, out, true))
        return oom(&o, erroff, msg, msglen);
    return ZC_OK;
nomem:
    iconv_close(cd);
    free(cp);
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
            // ICU refuses an empty segment, "~}~{" (leave GB mode, enter it again at once) or
            // "~{~}", which HZ allows; it has switched modes all the same, so decoding goes on.
            if (st == U_ILLEGAL_ESCAPE_SEQUENCE && nbad == 2 && at >= 2 &&
                (memcmp(in + at - 2, "~}~{", 4) == 0 || memcmp(in + at - 2, "~{~}", 4) == 0))
                continue;
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
            ob_count_bad(&o, at);
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
        return decode_utf8(in, len, lossy, false, out, erroff, msg, msglen);
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
        return decode_iconv("GB18030", "GB18030", FAM_GB18030, in, len, lossy, out, erroff, msg,
                            msglen);
    case ZC_ENC_BIG5HKSCS:
        return decode_iconv("BIG5-HKSCS", "Big5-HKSCS", FAM_BIG5, in, len, lossy, out, erroff,
                            msg, msglen);
    case ZC_ENC_HZ:
        return decode_hz(in, len, lossy, out, erroff, msg, msglen);
    case ZC_ENC_UNKNOWN:
        break;
    }
    snprintf(msg, msglen, "unknown encoding");
    return ZC_EENCODING;
}

zc_status zc_enc_decode_valid_utf8(const uint8_t *in, size_t len, zc_decoded *out,
                                   long long *erroff, char *msg, size_t msglen)
{
    memset(out, 0, sizeof *out);
    *erroff = -1;
    if (msglen)
        msg[0] = '\0';
    return decode_utf8(in, len, false, true, out, erroff, msg, msglen);
}

void zc_decoded_free(zc_decoded *dd)
{
    if (!dd)
        return;
    free(dd->text);
    free(dd->clen);
    memset(dd, 0, sizeof *dd);
}
