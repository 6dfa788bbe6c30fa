/*
 * json.c — writing JSON strings and numbers (the records' JSON Lines and error lines).
 * UTF-8 passes through; quotes, backslashes and control characters are escaped.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

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

/* Writes a JSON string; with `oneline`, line breaks are dropped instead of escaped. */
static bool json_str(FILE *out, const char *s, size_t len, bool oneline)
{
    static const char hex[] = "0123456789abcdef";
    if (putc('"', out) == EOF)
        return false;
    size_t run = 0;   // start of the pending run of bytes needing no escape
    for (size_t i = 0; i < len; i++) {
        // Eight bytes at a time while none is a control char, a quote or a backslash.
        while (i + 8 <= len && !needs_escape8(s + i))
            i += 8;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        if (i > run && fwrite(s + run, 1, i - run, out) != i - run)
            return false;
        run = i + 1;
        if (oneline && (c == '\n' || c == '\r'))
            continue;
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        default:
            fputs("\\u00", out);
            putc(hex[c >> 4], out);
            putc(hex[c & 15], out);
        }
    }
    if (len > run && fwrite(s + run, 1, len - run, out) != len - run)
        return false;
    return putc('"', out) != EOF;
}

bool zc_json_str(FILE *out, const char *s, size_t len)
{
    return json_str(out, s, len, false);
}

bool zc_json_str_oneline(FILE *out, const char *s, size_t len)
{
    return json_str(out, s, len, true);
}

bool zc_json_num(FILE *out, double v)
{
    if (!isfinite(v))
        return fputs("null", out) >= 0;
    if (v == 0)
        v = 0;   // no "-0"
    char buf[32];
    size_t n = zc_fmt_g15(buf, v);
    return fwrite(buf, 1, n, out) == n;
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
