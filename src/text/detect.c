/*
 * detect.c — encoding detection: which of UTF-8, UTF-16LE/BE, GB18030, Big5-HKSCS and
 * HZ-GB-2312 a byte string is in, and whether it is text at all. Fills zc_doc.det (through
 * zc_detect in core/doc.c); the label always names the superset of its family, so decoding
 * with it never fails for bytes of that family.
 *
 * Structural signals decide first: BOMs, binary signatures, strict UTF-8 validation, HZ
 * escapes, zero bytes by parity for UTF-16. When they leave several candidates (input that is
 * not valid UTF-8: GB18030, Big5-HKSCS, UTF-16 without zero bytes, and UTF-8 with damage, a
 * download cut inside its last character or a stray byte), each is decoded and the result
 * scored with the character frequency model of Chinese (dicts/enc/charfreq.tsv, compiled into
 * charfreq.zcd), each undecodable sequence costing ERR_PENALTY_NATS. A reading that does not
 * look like Chinese text (mostly Hangul, private-use or unassigned characters, or mojibake:
 * rare characters in bulk) is not accepted though it decodes without error; of the others,
 * the one under which the bytes are the most probable text wins, errors and all, so that
 * decoding it fails at the damaged byte (or replaces it, in lossy mode) instead of turning the
 * whole file into another script. When no reading looks like text, the best is only a guess,
 * reported as doubtful, and zc_decode refuses it.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>

#include "text_int.h"

/* The image layout, written by src/tools/dictc_enc.c (keep both in step). */
#define CF_KIND ZC_FOURCC('C', 'F', 'R', 'Q')
#define CF_META ZC_FOURCC('M', 'E', 'T', 'A')
#define CF_BMP ZC_FOURCC('B', 'M', 'P', ' ')
#define CF_SUPP ZC_FOURCC('S', 'U', 'P', 'P')

typedef struct cf_supp {
    uint32_t cp;
    int32_t score;
} cf_supp;

struct zc_charfreq {
    zc_image img;
    const int16_t *bmp;       /* 65536 scores: log(p) * scale */
    const cf_supp *supp;      /* sorted by code point */
    size_t nsupp;
    int32_t scale;            /* score units per nat */
    int32_t supp_default;     /* score of an unlisted supplementary code point */
};

#define SAMPLE_MAX 65536        // bytes decoded and scored per candidate
#define ERR_PENALTY_NATS 25.0   // an undecodable sequence in a candidate's sample

/* ---- labels -------------------------------------------------------------------------- */

const char *zc_encoding_name(zc_encoding e)
{
    switch (e) {
    case ZC_ENC_UTF8: return "UTF-8";
    case ZC_ENC_UTF16LE: return "UTF-16LE";
    case ZC_ENC_UTF16BE: return "UTF-16BE";
    case ZC_ENC_GB18030: return "GB18030";
    case ZC_ENC_BIG5HKSCS: return "Big5-HKSCS";
    case ZC_ENC_HZ: return "HZ-GB-2312";
    case ZC_ENC_UNKNOWN: break;
    }
    return "unknown";
}

zc_encoding zc_encoding_parse(const char *label)
{
    static const struct {
        const char *name;
        zc_encoding e;
    } aliases[] = {
        {"UTF-8", ZC_ENC_UTF8}, {"UTF8", ZC_ENC_UTF8}, {"UTF-8-SIG", ZC_ENC_UTF8},
        {"ASCII", ZC_ENC_UTF8}, {"US-ASCII", ZC_ENC_UTF8},
        {"UTF-16LE", ZC_ENC_UTF16LE}, {"UTF16LE", ZC_ENC_UTF16LE}, {"UTF-16", ZC_ENC_UTF16LE},
        {"UTF16", ZC_ENC_UTF16LE}, {"UCS-2LE", ZC_ENC_UTF16LE}, {"UCS-2", ZC_ENC_UTF16LE},
        {"UTF-16BE", ZC_ENC_UTF16BE}, {"UTF16BE", ZC_ENC_UTF16BE}, {"UCS-2BE", ZC_ENC_UTF16BE},
        {"GB18030", ZC_ENC_GB18030}, {"GB-18030", ZC_ENC_GB18030}, {"GBK", ZC_ENC_GB18030},
        {"GB2312", ZC_ENC_GB18030}, {"GB-2312", ZC_ENC_GB18030}, {"CP936", ZC_ENC_GB18030},
        {"MS936", ZC_ENC_GB18030}, {"WINDOWS-936", ZC_ENC_GB18030}, {"EUC-CN", ZC_ENC_GB18030},
        {"EUCCN", ZC_ENC_GB18030}, {"X-GBK", ZC_ENC_GB18030}, {"CSGB2312", ZC_ENC_GB18030},
        {"Big5-HKSCS", ZC_ENC_BIG5HKSCS}, {"BIG5HKSCS", ZC_ENC_BIG5HKSCS},
        {"Big5", ZC_ENC_BIG5HKSCS}, {"BIG-5", ZC_ENC_BIG5HKSCS}, {"CP950", ZC_ENC_BIG5HKSCS},
        {"CSBIG5", ZC_ENC_BIG5HKSCS}, {"X-X-BIG5", ZC_ENC_BIG5HKSCS},
        {"HZ-GB-2312", ZC_ENC_HZ}, {"HZ", ZC_ENC_HZ}, {"HZ-GB2312", ZC_ENC_HZ},
    };
    if (!label)
        return ZC_ENC_UNKNOWN;
    for (size_t i = 0; i < ZC_NELEM(aliases); i++)
        if (strcasecmp(label, aliases[i].name) == 0)
            return aliases[i].e;
    return ZC_ENC_UNKNOWN;
}

/* ---- the frequency model ---------------------------------------------------------------- */

zc_status zc_enc_freq_load(zc_model *m, const char *dictdir, struct zc_charfreq **out)
{
    *out = NULL;
    char path[4096], err[4096 + 128];
    snprintf(path, sizeof path, "%s/charfreq.zcd", dictdir);
    struct zc_charfreq *f = calloc(1, sizeof *f);
    if (!f)
        return zc_model_fail(m, ZC_ENOMEM, "%s: out of memory", path);
    zc_status s = zc_image_open(path, CF_KIND, &f->img, err, sizeof err);
    if (s != ZC_OK) {
        free(f);
        return zc_model_fail(m, s, "%s", err);
    }
    size_t nmeta, nbmp, nsupp;
    const int32_t *meta = zc_image_get(&f->img, CF_META, &nmeta);
    f->bmp = zc_image_get(&f->img, CF_BMP, &nbmp);
    f->supp = zc_image_get(&f->img, CF_SUPP, &nsupp);
    const char *why = NULL;
    if (!meta || nmeta < 4 * sizeof(int32_t) || meta[0] != 1)
        why = "missing or unknown META section";
    else if (!f->bmp || nbmp != 0x10000 * sizeof(int16_t))
        why = "BMP section is not 65536 scores";
    else if (nsupp % sizeof(cf_supp))
        why = "SUPP section is not a whole number of entries";
    else if (meta[1] <= 0)
        why = "bad scale";
    if (why) {
        zc_image_close(&f->img);
        free(f);
        return zc_model_fail(m, ZC_EFORMAT, "%s: %s", path, why);
    }
    f->scale = meta[1];
    f->supp_default = meta[2];
    f->nsupp = nsupp / sizeof(cf_supp);
    *out = f;
    return ZC_OK;
}

void zc_enc_freq_free(struct zc_charfreq *f)
{
    if (!f)
        return;
    zc_image_close(&f->img);
    free(f);
}

static int32_t char_score(const struct zc_charfreq *f, uint32_t c)
{
    if (c < 0x10000)
        return f->bmp[c];
    size_t lo = 0, hi = f->nsupp;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->supp[mid].cp < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->nsupp && f->supp[lo].cp == c ? f->supp[lo].score : f->supp_default;
}

/* Without a model: a crude score from the class of the code point, in the same units
 * (1 unit per 1/256 nat), enough for the structural fallbacks. */
static int32_t class_score(uint32_t c)
{
    if (c >= 0x4E00 && c <= 0x9FFF)
        return -8 * 256;
    if (c < 0x80)
        return (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') ? -5 * 256 : -25 * 256;
    if (c >= 0x3000 && c <= 0x303F)
        return -6 * 256;
    if (c >= 0xFF00 && c <= 0xFFEF)
        return -7 * 256;
    if ((c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD)
        return -25 * 256;
    return -16 * 256;
}

/* ---- structural checks -------------------------------------------------------------- */

/* True when s[0, 6) (8 bytes readable) is two three-byte chars with leads E1-EC, EE or EF
 * (all of CJK): valid as they are, tested together as one word (E0 and ED, which may be
 * overlong or a surrogate, are not). */
static inline bool cjk_pair(const uint8_t *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    // 1110xxxx 10xxxxxx 10xxxxxx twice; 0x2001: the low nibbles 0 and D of E0, ED.
    return (w & 0xC0C0F0C0C0F0u) == 0x8080E08080E0u &&
           !((0x2001u >> (w & 15) | 0x2001u >> (w >> 24 & 15)) & 1);
}

/* Returns the offset of the first byte that is not valid UTF-8, or len when all are.
 * *nonascii is set when some byte is >= 0x80. */
static size_t utf8_valid_prefix(const uint8_t *s, size_t len, bool *nonascii)
{
    size_t i = 0;
    *nonascii = false;
    while (i < len) {
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        *nonascii = true;
        do {   // a run of non-ASCII chars: no ASCII word test per char
#ifdef __SSE2__
            if (len - i >= 16 && zc_cjk_five(s + i)) {
                i += 15;
                continue;
            }
#endif
            if (len - i >= 8 && cjk_pair(s + i)) {
                i += 6;
                continue;
            }
            size_t n = zc_utf8_valid_len(s, len, i);
            if (!n)
                return i;
            i += n;
        } while (i < len && s[i] >= 0x80);
    }
    return len;
}

/* True when all 8 bytes of `w` have the high bit set and their low 7 bits lie in
 * [lo, 0x7E]: with lo = 0x01, bytes 0x81-0xFE; with lo = 0x21, bytes 0xA1-0xFE. No byte's sum
 * below reaches 0x100, so no carry crosses into the next byte. */
static inline bool all_high(uint64_t w, unsigned lo)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t y = w & ~high;
    return (w & high) == high && ((y + (0x80 - lo) * ones) & ~(y + ones) & high) == high;
}

/* Counts the sequences that cannot be GB18030 (by the byte ranges of its 1-, 2- and 4-byte
 * forms), stopping once `limit` are found. Detection asks only whether a candidate is valid
 * (limit 1) unless none is; runs of ASCII and of two-byte chars with both bytes 0x81-0xFE
 * (nearly all of a Chinese text) are passed 8 bytes at a time. */
static size_t gb18030_bad(const uint8_t *s, size_t len, size_t limit)
{
    size_t bad = 0, i = 0;
    while (i < len && bad < limit) {
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull) || all_high(w, 0x01)) {
                i += 8;
                continue;
            }
        }
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
        } else if (c == 0x80 || c == 0xFF || i + 1 >= len) {
            bad++;
            i++;
        } else if (s[i + 1] >= 0x30 && s[i + 1] <= 0x39) {
            if (i + 3 >= len || s[i + 2] < 0x81 || s[i + 2] == 0xFF || s[i + 3] < 0x30 ||
                s[i + 3] > 0x39 || (c > 0x84 && c < 0x90) || c > 0xE3) {
                bad++;
                i++;
            } else {
                i += 4;
            }
        } else if (s[i + 1] < 0x40 || s[i + 1] == 0x7F || s[i + 1] == 0xFF) {
            bad++;
            i++;
        } else {
            i += 2;
        }
    }
    return bad;
}

/* Counts the sequences that cannot be Big5-HKSCS (lead 0x87-0xFE, trail 0x40-0x7E or
 * 0xA1-0xFE), stopping once `limit` are found; runs of ASCII and of chars with both bytes
 * 0xA1-0xFE are passed 8 bytes at a time. */
static size_t big5_bad(const uint8_t *s, size_t len, size_t limit)
{
    size_t bad = 0, i = 0;
    while (i < len && bad < limit) {
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull) || all_high(w, 0x21)) {
                i += 8;
                continue;
            }
        }
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        uint8_t t = i + 1 < len ? s[i + 1] : 0;
        if (c < 0x87 || c == 0xFF || !((t >= 0x40 && t <= 0x7E) || (t >= 0xA1 && t <= 0xFE))) {
            bad++;
            i++;
        } else {
            i += 2;
        }
    }
    return bad;
}

/* Counts unpaired surrogates and a trailing odd byte in UTF-16 (`be`: big-endian), stopping
 * once `limit` are found. */
static size_t utf16_bad(const uint8_t *s, size_t len, bool be, size_t limit)
{
    size_t bad = len & 1, i = 0, n = len & ~(size_t)1;
    while (i < n && bad < limit) {
        uint32_t u = be ? (uint32_t)s[i] << 8 | s[i + 1] : (uint32_t)s[i + 1] << 8 | s[i];
        i += 2;
        if (u < 0xD800 || u > 0xDFFF)
            continue;
        if (u >= 0xDC00 || i >= n) {
            bad++;
            continue;
        }
        uint32_t v = be ? (uint32_t)s[i] << 8 | s[i + 1] : (uint32_t)s[i + 1] << 8 | s[i];
        if (v >= 0xDC00 && v <= 0xDFFF)
            i += 2;
        else
            bad++;
    }
    return bad;
}

/* True when the pure-ASCII input holds HZ escapes and every ~{ ... ~} span holds byte pairs
 * of GB2312 (0x21-0x7E each); with `skip_high`, bytes from 0x80 up (damage) are passed over. */
static bool looks_hz(const uint8_t *s, size_t len, bool skip_high)
{
    bool gb = false, any = false;
    size_t i = 0;
    while (i < len) {
        if (skip_high && s[i] >= 0x80) {
            i++;
        } else if (s[i] == '~' && i + 1 < len) {
            uint8_t n = s[i + 1];
            if (n == '{' && !gb) {
                gb = any = true;
            } else if (n == '}' && gb) {
                gb = false;
            } else if (!(n == '~' || n == '\n') || gb) {
                return false;
            }
            i += 2;
        } else if (gb) {
            if (i + 1 >= len || s[i] < 0x21 || s[i] > 0x7E || s[i + 1] < 0x21 || s[i + 1] > 0x7E)
                return false;
            i += 2;
        } else {
            i++;
        }
    }
    return any;
}

/* True when some double-byte character has a trail byte below 0xA1 (Big5 rather than GB2312;
 * GBK has such characters too, but rarely). */
static bool low_trails(const uint8_t *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if (s[i] >= 0x81) {
            if (s[i + 1] < 0xA1)
                return true;
            i++;
        }
    return false;
}

/* True when ASCII bytes hold controls other than tab, LF, CR+LF and FF, or a lone CR. */
static bool ascii_suspicious(const uint8_t *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return true;
        if (c == '\r' && (i + 1 == len || s[i + 1] != '\n'))
            return true;
    }
    return false;
}

/* ---- scoring candidates -------------------------------------------------------------- */

typedef struct cand {
    zc_encoding e;
    size_t bad;          /* structurally invalid sequences over the whole input */
    double nats;         /* log-likelihood of the sample under this candidate, errors included */
    size_t nchars;       /* chars of the sample, an undecodable sequence counting as one */
    size_t nerr;         /* undecodable sequences in the sample */
    size_t nwide;        /* decoded chars from U+0080 up */
    size_t nsuspect;     /* of those, the marks of a wrong reading (suspect_cp) */
    double wide_nats;    /* log-likelihood of the wide chars alone */
    bool ok;             /* scored (and, where asked, plausible) */
} cand;

/* Hangul, private use, unassigned code points and controls: what a wrong reading of Chinese
 * bytes is made of (UTF-16 of UTF-8 text is half Hangul and private use), not Chinese text. */
static bool suspect_cp(uint32_t c)
{
    if (c < 0xA0)
        return c >= 0x7F || !(c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f');
    if ((c >= 0xAC00 && c <= 0xD7FF) || (c >= 0x1100 && c <= 0x11FF) ||
        (c >= 0x3130 && c <= 0x318F) || (c >= 0xA960 && c <= 0xA97F))
        return true;
    if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 || c == 0xFFFD)
        return true;
    return u_charType((UChar32)c) == U_UNASSIGNED;
}

static void score_cps(const struct zc_charfreq *f, const uint32_t *cp, size_t n, cand *c)
{
    int64_t sum = 0, wide = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t v = f ? char_score(f, cp[i]) : class_score(cp[i]);
        sum += v;
        if (cp[i] >= 0x80) {
            wide += v;
            c->nwide++;
            c->nsuspect += suspect_cp(cp[i]);
        }
    }
    double unit = f ? f->scale : 256;
    c->nats += (double)sum / unit;
    c->wide_nats += (double)wide / unit;
    c->nchars += n;
}

/* An undecodable sequence in the sample. */
static void score_err(cand *c)
{
    c->nats -= ERR_PENALTY_NATS;
    c->nchars++;
    c->nerr++;
}

static const char errors_doubt[] = "doubtful: invalid sequences";

/* Why the candidate's reading of the sample is not Chinese text, or NULL when it may be:
 * more than a third of its wide chars suspect; with the model, wide chars less likely on
 * average than any run of real text of that length is (the bound, from all of
 * ../shared/corpus, is about 3 nats below the least likely run of 8 chars and 1.5 below that
 * of 1,000); else, an undecodable sequence every 8 chars (one alone is damage, not a wrong
 * reading: errors_doubt, the one reason that says nothing against the decoded chars). */
static const char *implausible(const struct zc_charfreq *f, const cand *c)
{
    if (c->nsuspect * 3 > c->nwide)
        return "doubtful: Hangul, private-use or unassigned characters";
    if (f && c->nwide >= 2 &&
        c->wide_nats / (double)c->nwide < -10.5 - 8.0 / sqrt((double)c->nwide))
        return "doubtful: unlikely characters (mojibake)";
    if (c->nerr > 1 && c->nerr * 8 > c->nchars)
        return errors_doubt;
    return NULL;
}

/* Decodes the sample with iconv (to UTF-32LE) and scores it. A sequence iconv rejects costs
 * ERR_PENALTY_NATS; an incomplete one at the end of a cut sample costs nothing. */
static void score_iconv(const struct zc_charfreq *f, const char *from, const uint8_t *s,
                        size_t len, bool cut, cand *c)
{
    iconv_t cd = iconv_open("UTF-32LE", from);
    if (cd == (iconv_t)-1)
        return;
    uint32_t buf[1024];
    char *ip = (char *)s;
    size_t il = len;
    while (il > 0) {
        char *op = (char *)buf;
        size_t ol = sizeof buf;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        size_t n = (size_t)(op - (char *)buf) / 4;
        for (size_t k = 0; k < n; k++) {   // UTF-32LE to host order
            const uint8_t *b = (const uint8_t *)&buf[k];
            buf[k] = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
                     (uint32_t)b[3] << 24;
        }
        score_cps(f, buf, n, c);
        if (r != (size_t)-1)
            continue;
        if (errno == E2BIG)
            continue;
        if (errno == EINVAL && cut)
            break;
        score_err(c);   // EILSEQ, or a truncated last char of the whole input
        ip++;
        il--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
    c->ok = true;
}

/* Scores the sample read as UTF-8, damaged or not: each undecodable sequence (a lead byte and
 * the continuation bytes of its sequence after it, or a byte that cannot lead) costs
 * ERR_PENALTY_NATS; a char cut by the end of a cut
 * sample costs nothing. A reading with an error every 8 chars is given up early: that is not
 * UTF-8, and decoding 64 KB of it error by error is not worth the time. */
static void score_utf8(const struct zc_charfreq *f, const uint8_t *s, size_t len, bool cut,
                       cand *c)
{
    uint32_t buf[1024];
    size_t n = 0, i = 0;
    c->ok = true;
    while (i < len) {
        if (s[i] < 0x80) {
            buf[n++] = s[i++];
        } else {
            size_t j = i;
            int32_t u = zc_utf8_next(s, len, &j);
            if (u >= 0) {
                buf[n++] = (uint32_t)u;
                i = j;
            } else if (cut && i + zc_utf8_len(s[i]) > len) {
                break;
            } else {
                score_err(c);
                size_t want = s[i] >= 0xC2 && s[i] <= 0xF4 ? zc_utf8_len(s[i]) : 1;
                size_t end = i + want < len ? i + want : len;
                for (i++; i < end && (s[i] & 0xC0) == 0x80; i++)
                    ;
                if (c->nerr >= 64 && c->nerr * 8 > c->nchars + n) {
                    c->nats = -HUGE_VAL;
                    return;
                }
            }
        }
        if (n == ZC_NELEM(buf)) {
            score_cps(f, buf, n, c);
            n = 0;
        }
    }
    score_cps(f, buf, n, c);
}

/* Scores the sample read as UTF-16; an odd last byte is an error unless the sample is cut. */
static void score_utf16(const struct zc_charfreq *f, const uint8_t *s, size_t len, bool be,
                        bool cut, cand *c)
{
    uint32_t buf[1024];
    size_t n = 0, i = 0;
    while (i + 1 < len) {
        uint32_t u = be ? (uint32_t)s[i] << 8 | s[i + 1] : (uint32_t)s[i + 1] << 8 | s[i];
        i += 2;
        if (u >= 0xD800 && u <= 0xDFFF) {
            uint32_t v = 0;
            if (u < 0xDC00 && i + 1 < len)
                v = be ? (uint32_t)s[i] << 8 | s[i + 1] : (uint32_t)s[i + 1] << 8 | s[i];
            if (v >= 0xDC00 && v <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                i += 2;
            } else {
                score_err(c);
                continue;
            }
        }
        buf[n++] = u;
        if (n == ZC_NELEM(buf)) {
            score_cps(f, buf, n, c);
            n = 0;
        }
    }
    score_cps(f, buf, n, c);
    if (i < len && !cut)
        score_err(c);
    c->ok = true;
}

/* The structurally invalid sequences of `in` read as candidate `e`, counted up to `limit`. */
static size_t cand_bad(zc_encoding e, const uint8_t *in, size_t len, size_t limit)
{
    return e == ZC_ENC_GB18030     ? gb18030_bad(in, len, limit)
           : e == ZC_ENC_BIG5HKSCS ? big5_bad(in, len, limit)
                                   : utf16_bad(in, len, e == ZC_ENC_UTF16BE, limit);
}

/* ---- detection ------------------------------------------------------------------------ */

static void set(zc_detection *out, zc_encoding e, double conf, const char *reason)
{
    out->encoding = e;
    out->confidence = conf;
    out->reason = reason;
    out->is_text = 1;
    out->doubtful = 0;
}

static const char *binary_signature(const uint8_t *s, size_t len)
{
    static const struct {
        const char *sig;
        size_t n;
        const char *reason;
    } sigs[] = {
        {"\x89PNG\r\n\x1a\n", 8, "binary: PNG image"}, {"\xff\xd8\xff", 3, "binary: JPEG image"},
        {"GIF87a", 6, "binary: GIF image"},            {"GIF89a", 6, "binary: GIF image"},
        {"%PDF-", 5, "binary: PDF document"},          {"PK\x03\x04", 4, "binary: ZIP archive"},
        {"\x7f" "ELF", 4, "binary: ELF executable"},   {"\x1f\x8b", 2, "binary: gzip data"},
    };
    for (size_t i = 0; i < ZC_NELEM(sigs); i++)
        if (len >= sigs[i].n && memcmp(s, sigs[i].sig, sigs[i].n) == 0)
            return sigs[i].reason;
    return NULL;
}

static double margin_conf(double margin)
{
    double c = 1.0 / (1.0 + exp(-margin / 2.0));
    return c > 0.999 ? 0.999 : c;
}

/* Picks the best scored candidate: fewest structural errors, then highest likelihood. */
static void pick(cand *cs, size_t n, zc_detection *out, const char *reason)
{
    size_t best = n;
    for (size_t i = 0; i < n; i++) {
        if (!cs[i].ok)
            continue;
        if (best == n || cs[i].bad < cs[best].bad ||
            (cs[i].bad == cs[best].bad && cs[i].nats > cs[best].nats))
            best = i;
    }
    if (best == n) {
        set(out, ZC_ENC_GB18030, 0.1, reason);
        return;
    }
    double second = -INFINITY;
    for (size_t i = 0; i < n; i++)
        if (i != best && cs[i].ok && cs[i].bad == cs[best].bad && cs[i].nats > second)
            second = cs[i].nats;
    double conf = isinf(second) ? 0.95 : margin_conf(cs[best].nats - second);
    if (cs[best].bad)
        conf *= 0.5;
    set(out, cs[best].e, conf, reason);
}

/* Decides an empty input, a byte order mark or a binary file's signature; false when the
 * input shows none. */
static bool detect_marks(const uint8_t *in, size_t len, zc_detection *out)
{
    if (len == 0) {
        set(out, ZC_ENC_UTF8, 1.0, "empty");
        return true;
    }
    if (len >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF) {
        set(out, ZC_ENC_UTF8, 1.0, "bom");
        return true;
    }
    if (len >= 2 && in[0] == 0xFF && in[1] == 0xFE) {
        set(out, ZC_ENC_UTF16LE, 1.0, "bom");
        return true;
    }
    if (len >= 2 && in[0] == 0xFE && in[1] == 0xFF) {
        set(out, ZC_ENC_UTF16BE, 1.0, "bom");
        return true;
    }
    if (len >= 4 && memcmp(in, "\x84\x31\x95\x33", 4) == 0) {
        set(out, ZC_ENC_GB18030, 1.0, "bom");
        return true;
    }
    const char *sig = binary_signature(in, len);
    if (sig) {
        set(out, ZC_ENC_UNKNOWN, 1.0, sig);
        out->is_text = 0;
        return true;
    }
    return false;
}

/* The sample the statistical readings are scored on: from the first byte >= 0x80 or NUL
 * (rounded down to an even offset, for UTF-16), at most SAMPLE_MAX bytes. */
typedef struct sample {
    const uint8_t *p;
    size_t len, first;   /* first: its offset in the input */
    bool cut;            /* the input goes on after it */
} sample;

static sample take_sample(const uint8_t *in, size_t len)
{
    size_t first = 0;
    while (first < len && in[first] >= 0x01 && in[first] < 0x80)
        first++;
    if (first == len)
        first = 0;
    first &= ~(size_t)1;
    size_t slen = len - first < SAMPLE_MAX ? len - first : SAMPLE_MAX;
    return (sample){in + first, slen, first, first + slen < len};
}

/* Input with zero bytes (zeros[k]: those at offsets of parity k): UTF-16 (ASCII and U+xx00
 * chars) or binary. */
static void detect_zeros(const struct zc_charfreq *f, const uint8_t *in, size_t len,
                         const sample *sm, const size_t zeros[2], zc_detection *out)
{
    const uint8_t *smp = sm->p;
    size_t slen = sm->len;
    bool cut = sm->cut;
    cand cs[2] = {{.e = ZC_ENC_UTF16LE}, {.e = ZC_ENC_UTF16BE}};
    for (int k = 0; k < 2; k++) {
        bool be = k == 1;
        cs[k].bad = utf16_bad(in, len, be, 2);
        score_utf16(f, smp, slen, be, cut, &cs[k]);
    }
    // LE text has the zeros of its ASCII chars at odd offsets, BE at even ones (CJK chars
    // U+xx00 put theirs the other way): a small prior for the majority parity.
    cs[0].nats += zeros[1] > zeros[0] ? 2.0 : 0.0;
    cs[1].nats += zeros[0] > zeros[1] ? 2.0 : 0.0;
    for (int k = 0; k < 2; k++) {   // a plausible text averages above -12 nats a char
        double per = cs[k].nchars ? cs[k].nats / (double)cs[k].nchars : -100;
        // One bad sequence is damage (a cut last char) in a text that reads well; the
        // decoder then names its offset.
        cs[k].ok = cs[k].bad <= 1 && per > -12.0 && !implausible(f, &cs[k]);
    }
    if (!cs[0].ok && !cs[1].ok) {
        set(out, ZC_ENC_UNKNOWN, 1.0, "binary: NUL bytes");
        out->is_text = 0;
        return;
    }
    pick(cs, 2, out, "utf16-nulls");
}

/* Valid UTF-8 input: ASCII (or HZ, or UTF-16 whose bytes all read as ASCII), else UTF-8 (or,
 * short, a far likelier UTF-16 reading). */
static void detect_valid_utf8(const struct zc_charfreq *f, const uint8_t *in, size_t len,
                              const sample *sm, bool nonascii, zc_detection *out)
{
    const uint8_t *smp = sm->p;
    size_t slen = sm->len;
    bool cut = sm->cut;
    if (!nonascii) {
        if (looks_hz(in, len, false)) {
            set(out, ZC_ENC_HZ, 0.95, "hz-escapes");
            return;
        }
        set(out, ZC_ENC_UTF8, 1.0, "ascii");
        // UTF-16 of CJK text can be all ASCII bytes, but then it shows control bytes
        // that no ASCII text has: score it against the ASCII reading.
        if (len % 2 == 0 && f && ascii_suspicious(in, len)) {
            cand cs[3] = {{.e = ZC_ENC_UTF8}, {.e = ZC_ENC_UTF16LE}, {.e = ZC_ENC_UTF16BE}};
            score_utf8(f, smp, slen, cut, &cs[0]);
            score_utf16(f, smp, slen, false, cut, &cs[1]);
            score_utf16(f, smp, slen, true, cut, &cs[2]);
            cs[1].bad = utf16_bad(in, len, false, 1);   // the valid ASCII reading
            cs[2].bad = utf16_bad(in, len, true, 1);    // beats any invalid one
            cs[0].nats += 10.0;   // prior for the ASCII reading
            for (int k = 1; k < 3; k++)
                cs[k].ok = !implausible(f, &cs[k]);
            pick(cs, 3, out, "statistical");
            if (out->encoding == ZC_ENC_UTF8)
                out->reason = "ascii";
        }
        return;
    }
    // Valid UTF-8 with non-ASCII bytes is UTF-8 unless, for a short input, a UTF-16
    // reading without zero bytes is far more likely, and is plausible text.
    double conf = len >= 32 ? 0.99 : 0.9;
    if (len < 256 && len % 2 == 0 && f) {
        cand cs[3] = {{.e = ZC_ENC_UTF8}, {.e = ZC_ENC_UTF16LE}, {.e = ZC_ENC_UTF16BE}};
        score_utf8(f, in, len, false, &cs[0]);
        score_utf16(f, in, len, false, false, &cs[1]);
        score_utf16(f, in, len, true, false, &cs[2]);
        cs[1].bad = utf16_bad(in, len, false, 1);   // the valid UTF-8 reading
        cs[2].bad = utf16_bad(in, len, true, 1);    // beats any invalid one
        cs[0].nats += 10.0;   // prior for the valid UTF-8 reading
        for (int k = 1; k < 3; k++)
            cs[k].ok = !implausible(f, &cs[k]);
        pick(cs, 3, out, "strict-utf8");
        if (out->encoding != ZC_ENC_UTF8)
            out->reason = "statistical";
        return;
    }
    set(out, ZC_ENC_UTF8, conf, "strict-utf8");
}

static void detect_invalid(const struct zc_charfreq *f, const uint8_t *in, size_t len,
                           const sample *sm, zc_detection *out)
{
    const uint8_t *smp = sm->p;
    size_t slen = sm->len, first = sm->first;
    bool cut = sm->cut;
    // Not valid UTF-8: damaged UTF-8, GB18030, Big5-HKSCS, or UTF-16 without zero bytes.
    // Every candidate is scored on the sample, errors costing their penalty; of those whose
    // reading is plausible text the most probable wins (the first listed on a tie, so that
    // ASCII with one bad byte stays UTF-8). When none is plausible, the most probable is
    // only a guess: doubtful.
    // HZ with a few stray bytes (one in 16, and one more) first: read as UTF-8 it would be
    // ASCII with errors, and lossy decoding would keep its escapes as text.
    size_t nhigh = 0, most = len / 16 + 1;
    for (size_t i = first; i < len && nhigh <= most; i++)
        nhigh += in[i] >= 0x80;
    if (nhigh <= most && looks_hz(in, len, true)) {
        set(out, ZC_ENC_HZ, 0.475, "damaged-hz");
        return;
    }
    cand cs[5] = {{.e = ZC_ENC_UTF8}, {.e = ZC_ENC_GB18030}, {.e = ZC_ENC_BIG5HKSCS},
                  {.e = ZC_ENC_UTF16LE}, {.e = ZC_ENC_UTF16BE}};
    score_utf8(f, smp, slen, cut, &cs[0]);
    score_iconv(f, "GB18030", smp, slen, cut, &cs[1]);
    score_iconv(f, "BIG5-HKSCS", smp, slen, cut, &cs[2]);
    score_utf16(f, smp, slen, false, cut, &cs[3]);
    score_utf16(f, smp, slen, true, cut, &cs[4]);
    // The most probable plausible reading wins. When none is plausible, the guess is the most
    // probable of those whose decoded chars look like text and outnumber their errors (only
    // the errors are too many: decoding names the first), else of all.
    size_t best = 0;
    int best_rank = -1;
    for (size_t i = 0; i < ZC_NELEM(cs); i++) {
        if (!cs[i].ok)
            continue;
        const char *why = implausible(f, &cs[i]);
        int rank = !why ? 2 : why == errors_doubt && cs[i].nwide >= cs[i].nerr ? 1 : 0;
        if (rank > best_rank || (rank == best_rank && cs[i].nats > cs[best].nats)) {
            best = i;
            best_rank = rank;
        }
    }
    if (best_rank < 2) {
        set(out, cs[best].e, 0.1,
            best_rank >= 0 ? implausible(f, &cs[best]) : "doubtful: no reading");
        out->doubtful = 1;
        return;
    }
    cand *b = &cs[best];
    b->bad = b->e == ZC_ENC_UTF8 ? 1 : cand_bad(b->e, in, len, 1);
    if (!f && b->bad == 0 && (b->e == ZC_ENC_GB18030 || b->e == ZC_ENC_BIG5HKSCS) &&
        cand_bad(b->e == ZC_ENC_GB18030 ? ZC_ENC_BIG5HKSCS : ZC_ENC_GB18030, in, len, 1) == 0) {
        // No model: GB2312 text (most GB files) has only trail bytes >= 0xA1, while nearly
        // half of Big5's characters have trail bytes 0x40-0x7E.
        set(out, low_trails(in, len) ? ZC_ENC_BIG5HKSCS : ZC_ENC_GB18030, 0.6, "structural");
        return;
    }
    double second = -INFINITY;
    for (size_t i = 0; i < ZC_NELEM(cs); i++)
        if (i != best && cs[i].ok && cs[i].nats > second && !implausible(f, &cs[i]))
            second = cs[i].nats;
    double conf = isinf(second) ? 0.95 : margin_conf(b->nats - second);
    if (b->bad)
        conf *= 0.5;
    set(out, b->e, conf, b->e == ZC_ENC_UTF8 ? "damaged-utf8" : "statistical");
}

void zc_enc_detect(const struct zc_enc_model *em, const uint8_t *in, size_t len,
                   zc_detection *out)
{
    const struct zc_charfreq *f = em ? em->freq : NULL;
    if (detect_marks(in, len, out))
        return;
    sample sm = take_sample(in, len);
    size_t zeros[2] = {0, 0};
    const uint8_t *z = memchr(in, 0, len);   // most inputs have none: one fast pass
    for (size_t i = z ? (size_t)(z - in) : len; i < len; i++)
        if (in[i] == 0)
            zeros[i & 1]++;
    if (zeros[0] + zeros[1] > 0) {
        detect_zeros(f, in, len, &sm, zeros, out);
        return;
    }
    bool nonascii;
    if (utf8_valid_prefix(in, len, &nonascii) == len)
        detect_valid_utf8(f, in, len, &sm, nonascii, out);
    else
        detect_invalid(f, in, len, &sm, out);
}
