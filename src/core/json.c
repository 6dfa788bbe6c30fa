/*
 * json.c — writing JSON strings and numbers (the records' JSON Lines and error lines).
 * UTF-8 passes through; quotes, backslashes and control characters are escaped.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "zc_int.h"

/* Whether one of the 8 bytes at p is below 0x20, '"' or '\\' (the classic SWAR tests: a byte
 * below n sets its top bit in x - n*0x01.. where it was clear in x). */
static bool needs_escape8(const char *p)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    uint64_t t = ((x - ones * 0x20) | (q - ones) | (b - ones)) & ~x & high;
    return t != 0;
}

#ifdef __SSE2__
/* needs_escape8 for the 16 bytes at p (a byte below 0x20: its unsigned min with 0x1F is
 * itself). */
static bool needs_escape16(const char *p)
{
    const __m128i x = _mm_loadu_si128((const __m128i *)p);
    const __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);
    const __m128i q = _mm_cmpeq_epi8(x, _mm_set1_epi8('"'));
    const __m128i b = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
    return _mm_movemask_epi8(_mm_or_si128(ctl, _mm_or_si128(q, b))) != 0;
}
#endif

bool zc_buf_flush(zc_buf *b)
{
    if (b->len && fwrite(b->data, 1, b->len, b->out) != b->len)
        b->failed = true;
    b->len = 0;
    return !b->failed;
}

void zc_buf_spill(zc_buf *b, const char *s, size_t n)
{
    zc_buf_flush(b);
    if (n > b->cap) {
        if (fwrite(s, 1, n, b->out) != n)
            b->failed = true;
        return;
    }
    memcpy(b->data, s, n);
    b->len = n;
}

/* Escapes the len bytes at s into o, which has room for 6 * len (every byte as \u00XX);
 * with `oneline`, line breaks are dropped instead. Returns the end. */
static char *escape(char *o, const char *s, size_t len, bool oneline)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0;   // start of the pending run of bytes needing no escape
    for (size_t i = 0; i < len; i++) {
        // 16, then eight bytes at a time while none is a control char, a quote or a backslash.
#ifdef __SSE2__
        while (i + 16 <= len && !needs_escape16(s + i))
            i += 16;
#endif
        while (i + 8 <= len && !needs_escape8(s + i))
            i += 8;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        memcpy(o, s + run, i - run);
        o += i - run;
        run = i + 1;
        if (oneline && (c == '\n' || c == '\r'))
            continue;
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\t': *o++ = 't'; break;
        case '\r': *o++ = 'r'; break;
        default:
            memcpy(o, "u00", 3);
            o[3] = hex[c >> 4];
            o[4] = hex[c & 15];
            o += 5;
        }
    }
    memcpy(o, s + run, len - run);
    return o + (len - run);
}

/* A JSON string, in pieces that fit the buffer (a UTF-8 sequence split between two pieces
 * passes through alike: only ASCII bytes are escaped). */
void zc_buf_json_str(zc_buf *b, const char *s, size_t len, bool oneline)
{
    zc_buf_putc(b, '"');
    while (len) {
        if ((b->cap - b->len) / 6 == 0)
            zc_buf_flush(b);
        size_t n = (b->cap - b->len) / 6;
        if (n > len)
            n = len;
        b->len = (size_t)(escape(b->data + b->len, s, n, oneline) - b->data);
        s += n;
        len -= n;
    }
    zc_buf_putc(b, '"');
}

void zc_buf_json_num(zc_buf *b, double v)
{
    if (!isfinite(v)) {
        zc_buf_put(b, "null", 4);
        return;
    }
    if (v == 0)
        v = 0;   // no "-0"
    char buf[32];
    zc_buf_put(b, buf, zc_fmt_g15(buf, v));
}

bool zc_json_str(FILE *out, const char *s, size_t len)
{
    char mem[1024];
    zc_buf b = {mem, 0, sizeof mem, out, false};
    zc_buf_json_str(&b, s, len, false);
    return zc_buf_flush(&b);
}

bool zc_json_str_oneline(FILE *out, const char *s, size_t len)
{
    char mem[1024];
    zc_buf b = {mem, 0, sizeof mem, out, false};
    zc_buf_json_str(&b, s, len, true);
    return zc_buf_flush(&b);
}

bool zc_json_num(FILE *out, double v)
{
    char mem[64];
    zc_buf b = {mem, 0, sizeof mem, out, false};
    zc_buf_json_num(&b, v);
    return zc_buf_flush(&b);
}

size_t zc_fmt_g15(char buf[32], double v)
{
    // v is the double nearest m / 10^k for an m of at most 15 digits: %.15g rounds v back
    // to that decimal (a double holds 15.9 digits), which it writes with no exponent from
    // 1e-4 on and without trailing zeros: the smallest such k gives the same digits.
    static const double p10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
    double a = fabs(v);
    if (a >= 1e-4 && a < 1e15) {
        for (int k = 0; k < 7; k++) {
            double x = a * p10[k];
            if (x >= 1e15)
                break;
            uint64_t m = (uint64_t)(x + 0.5);
            if ((double)m / p10[k] != a)
                continue;
            char tmp[24], *p = tmp + sizeof tmp;
            for (int d = 0; d <= k || m; d++) {
                if (d == k && k)
                    *--p = '.';
                *--p = (char)('0' + m % 10);
                m /= 10;
            }
            size_t n = 0;
            if (v < 0)
                buf[n++] = '-';
            memcpy(buf + n, p, (size_t)(tmp + sizeof tmp - p));
            n += (size_t)(tmp + sizeof tmp - p);
            buf[n] = '\0';
            return n;
        }
    }
    int n = snprintf(buf, 32, "%.15g", v);
    return n > 0 ? (size_t)n : 0;
}
