/*
 * values.c — option values and printable names (see values.h). strtol and sscanf take
 * "-1", " 7" and "4294967297" where a count is meant, so digits are checked here first.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "values.h"

/* Leading decimal digits of s into *v (at most `max`); returns the first byte after them, or
 * NULL when there is no digit or the number is over `max`. */
static const char *digits(const char *s, uintmax_t max, uintmax_t *v)
{
    *v = 0;
    const char *p = s;
    for (; *p >= '0' && *p <= '9'; p++) {
        unsigned d = (unsigned)(*p - '0');
        if (*v > (max - d) / 10)
            return NULL;
        *v = *v * 10 + d;
    }
    return p == s ? NULL : p;
}

bool cli_parse_count(const char *s, long min, long max, long *out)
{
    uintmax_t v;
    const char *end = digits(s, (uintmax_t)max, &v);
    if (!end || *end || (long)v < min)
        return false;
    *out = (long)v;
    return true;
}

bool cli_parse_bytes(const char *s, size_t max, size_t *out)
{
    uintmax_t v;
    const char *end = digits(s, max, &v);
    if (!end)
        return false;
    static const char units[] = "KMGT";
    const char *u = *end ? strchr(units, *end) : NULL;
    if (u) {
        for (const char *k = units; k <= u; k++) {
            if (v > max / 1024)
                return false;
            v *= 1024;
        }
        end++;
    }
    if (*end)
        return false;
    *out = (size_t)v;
    return true;
}

bool cli_valid_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int k = 0; k < 10; k++)
        if (k != 4 && k != 7 && (s[k] < '0' || s[k] > '9'))
            return false;
    int y = atoi(s), mo = atoi(s + 5), d = atoi(s + 8);
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= mdays[mo - 1] &&
           (mo != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

bool cli_parse_shard(const char *s, unsigned *i, unsigned *n)
{
    uintmax_t a, b;
    const char *p = digits(s, UINT32_MAX, &a);
    if (!p || *p != '/')
        return false;
    p = digits(p + 1, UINT32_MAX, &b);
    if (!p || *p || a >= b)
        return false;
    *i = (unsigned)a;
    *n = (unsigned)b;
    return true;
}

/* The length of the valid UTF-8 character at s (RFC 3629: no overlong forms, no surrogates,
 * nothing past U+10FFFF), or 0. */
static size_t utf8_char(const unsigned char *s, size_t len)
{
    if (s[0] < 0x80)
        return 1;
    size_t n = s[0] >= 0xC2 && s[0] <= 0xDF ? 2 : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
             : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
    if (!n || n > len)
        return 0;
    unsigned char lo = 0x80, hi = 0xBF;   // the range of the second byte
    if (s[0] == 0xE0)
        lo = 0xA0;
    else if (s[0] == 0xED)
        hi = 0x9F;
    else if (s[0] == 0xF0)
        lo = 0x90;
    else if (s[0] == 0xF4)
        hi = 0x8F;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t k = 2; k < n; k++)
        if (s[k] < 0x80 || s[k] > 0xBF)
            return 0;
    return n;
}

char *cli_name_escape(const char *s, size_t len)
{
    char *out = malloc(len * 4 + 1);   // \xHH is the longest form of a byte
    if (out)
        cli_name_escape_to(out, s, len);
    return out;
}

void cli_name_escape_to(char *out, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_char(u + i, len - i);
        bool control = n == 1 ? u[i] < 0x20 || u[i] == 0x7F : n == 2 && u[i] == 0xC2 &&
                                                                u[i + 1] < 0xA0;
        if (n && !control) {
            if (u[i] == '\\')
                out[o++] = '\\';
            memcpy(out + o, u + i, n);
            o += n;
            i += n;
            continue;
        }
        for (size_t k = 0; k < (n ? n : 1); k++, i++)
            o += (size_t)sprintf(out + o, "\\x%02x", u[i]);
    }
    out[o] = '\0';
}
