/*
 * utf8.c — strict UTF-8 decoding and encoding, and the char index that turns byte offsets
 * of a UTF-8 buffer into code point offsets and back (checkpoints every ZC_CIDX_STEP chars).
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "zc_int.h"

int32_t zc_utf8_next_slow(const uint8_t *s, size_t len, size_t *i)
{
    size_t p = *i;
    uint8_t c = s[p];
    if (c < 0x80) {
        *i = p + 1;
        return c;
    }
    size_t n;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2; cp = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3; cp = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4; cp = c & 0x07; min = 0x10000;
    } else {
        *i = p + 1;
        return -1;
    }
    if (len - p < n) {
        *i = p + 1;
        return -1;
    }
    for (size_t k = 1; k < n; k++) {
        uint8_t t = s[p + k];
        if ((t & 0xC0) != 0x80) {
            *i = p + 1;
            return -1;
        }
        cp = (cp << 6) | (t & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *i = p + 1;
        return -1;
    }
    *i = p + n;
    return (int32_t)cp;
}

size_t zc_utf8_put(uint8_t *o, uint32_t c)
{
    if (c < 0x80) {
        o[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (uint8_t)(0xC0 | (c >> 6));
        o[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (c >> 12));
        o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (c >> 18));
    o[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

/* The continuation bytes (10xxxxxx; every other byte starts a char) among the `nwords` <= 4
 * eight-byte words at s. */
static inline size_t continuations(const uint8_t *s, size_t nwords)
{
#ifdef __SSE2__
    if (nwords == 4) {   // the 32-byte steps: two vectors, summed by psadbw
        const __m128i top = _mm_set1_epi8((char)0xC0), cont = _mm_set1_epi8((char)0x80);
        __m128i a = _mm_cmpeq_epi8(_mm_and_si128(_mm_loadu_si128((const __m128i *)s), top), cont);
        __m128i b = _mm_cmpeq_epi8(
            _mm_and_si128(_mm_loadu_si128((const __m128i *)(s + 16)), top), cont);
        __m128i n = _mm_sub_epi8(_mm_setzero_si128(), _mm_add_epi8(a, b));   // 0-2 a lane
        __m128i sum = _mm_sad_epu8(n, _mm_setzero_si128());
        return (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
    }
#endif
    uint64_t c = 0;   // per byte lane: its continuation bytes among the words
    for (size_t q = 0; q < nwords; q++) {
        uint64_t w;
        memcpy(&w, s + 8 * q, 8);
        c += (w & ~(w << 1) & 0x8080808080808080u) >> 7;
    }
    return (size_t)((c * 0x0101010101010101u) >> 56);
}

bool zc_charindex_build(zc_charindex *ci, const char *text, size_t len)
{
    const uint8_t *s = (const uint8_t *)text;
    size_t cap = len / ZC_CIDX_STEP + 2, n = 0, k = 0, i = 0;
    ci->ckpt = zc_big_realloc(NULL, cap * sizeof *ci->ckpt);
    if (!ci->ckpt)
        return false;
    ci->text = text;
    ci->len = len;
    while (i < len) {
        // Whole words while no checkpoint falls among their chars: 32 bytes a step, then 8.
        size_t room = (ZC_CIDX_STEP - n % ZC_CIDX_STEP) % ZC_CIDX_STEP, leads;
        while (len - i >= 32 && (leads = 32 - continuations(s + i, 4)) <= room) {
            n += leads;
            room -= leads;
            i += 32;
        }
        while (len - i >= 8 && (leads = 8 - continuations(s + i, 1)) <= room) {
            n += leads;
            room -= leads;
            i += 8;
        }
        // Byte by byte up to the next checkpoint char, then words again.
        for (; i < len; i++) {
            if ((s[i] & 0xC0) == 0x80)
                continue;
            if (n++ % ZC_CIDX_STEP == 0) {
                ci->ckpt[k++] = i++;
                break;
            }
        }
    }
    if (n % ZC_CIDX_STEP == 0)
        ci->ckpt[k++] = len;
    ci->nchars = n;
    return true;
}

bool zc_charindex_push(zc_charindex *ci, size_t byte, size_t hint)
{
    if (ci->nck == ci->ckcap) {
        size_t cap = ci->ckcap ? ci->ckcap + ci->ckcap / 2 : hint / ZC_CIDX_STEP + 2;
        size_t *p = zc_big_realloc(ci->ckpt, cap * sizeof *p);
        if (!p)
            return false;
        ci->ckpt = p;
        ci->ckcap = cap;
    }
    ci->ckpt[ci->nck++] = byte;
    return true;
}

bool zc_charindex_finish(zc_charindex *ci, const char *text, size_t len, size_t nchars)
{
    // Checkpoint nchars / STEP must exist: the end of the text when nchars is a multiple.
    if (ci->nck == nchars / ZC_CIDX_STEP && !zc_charindex_push(ci, len, nchars))
        return false;
    // Chars before every ZC_CIDX_BSTEP-th byte: zc_charindex_char then needs no search, and
    // counts lead bytes over less than one step (JSONL maps ~6 spans a record back).
    const uint8_t *s = (const uint8_t *)text;
    size_t nb = len / ZC_CIDX_BSTEP + 1, ch = 0;
    size_t *bck = zc_big_realloc(ci->bck, nb * sizeof *bck);
    if (!bck)
        return false;
    for (size_t b = 0; b < nb; b++) {
        bck[b] = ch;
        if (b + 1 < nb)
            ch += ZC_CIDX_BSTEP - continuations(s + b * ZC_CIDX_BSTEP, 4) -
                  continuations(s + b * ZC_CIDX_BSTEP + 32, 4);
    }
    ci->bck = bck;
    ci->text = text;
    ci->len = len;
    ci->nchars = nchars;
    return true;
}

size_t zc_charindex_char(const zc_charindex *ci, size_t byte)
{
    const uint8_t *s = (const uint8_t *)ci->text;
    if (ci->bck) {
        size_t end = byte < ci->len ? byte : ci->len, i = end - end % ZC_CIDX_BSTEP;
        size_t ch = ci->bck[i / ZC_CIDX_BSTEP];
        for (; i + 32 <= end; i += 32)
            ch += 32 - continuations(s + i, 4);
        for (; i + 8 <= end; i += 8)
            ch += 8 - continuations(s + i, 1);
        for (; i < end; i++)
            ch += (s[i] & 0xC0) != 0x80;
        return ch;
    }
    size_t lo = 0, hi = ci->nchars / ZC_CIDX_STEP;   // last checkpoint index
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        if (ci->ckpt[mid] <= byte)
            lo = mid;
        else
            hi = mid - 1;
    }
    // The chars that start before `byte` are their lead bytes (the text is valid UTF-8):
    // counted eight bytes a step, not char after char (the FTS5 tokenizer asks once a word).
    size_t ch = lo * ZC_CIDX_STEP, end = byte < ci->len ? byte : ci->len, i = ci->ckpt[lo];
    for (; i + 8 <= end; i += 8)
        ch += 8 - continuations(s + i, 1);
    for (; i < end; i++)
        ch += (s[i] & 0xC0) != 0x80;
    return ch;
}

size_t zc_charindex_byte(const zc_charindex *ci, size_t ch)
{
    if (ch >= ci->nchars)
        return ci->len;
    const uint8_t *s = (const uint8_t *)ci->text;
    size_t i = ci->ckpt[ch / ZC_CIDX_STEP], k = ch % ZC_CIDX_STEP, leads;
    // 32 then eight bytes a step while the char sought starts past them (i may then stop
    // inside a char: the lead bytes are counted, not the chars walked), then byte by byte.
    while (ci->len - i >= 32 && (leads = 32 - continuations(s + i, 4)) <= k) {
        k -= leads;
        i += 32;
    }
    while (ci->len - i >= 8 && (leads = 8 - continuations(s + i, 1)) <= k) {
        k -= leads;
        i += 8;
    }
    for (;; i++)
        if ((s[i] & 0xC0) != 0x80 && k-- == 0)
            return i;
}

void zc_charindex_free(zc_charindex *ci)
{
    free(ci->ckpt);
    free(ci->bck);
    ci->ckpt = ci->bck = NULL;
    ci->nck = ci->ckcap = 0;
}
