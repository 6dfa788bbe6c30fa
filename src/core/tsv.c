/*
 * tsv.c — the dictionary source reader (see tsv.h).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "tsv.h"
#include "zc_int.h"

zc_status zc_tsv_open(zc_tsv *t, const char *dir, const char *name, char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    size_t n = (dir ? strlen(dir) + 1 : 0) + strlen(name) + 1;
    if (!(t->path = malloc(n))) {
        snprintf(err, errlen, "out of memory");
        return ZC_ENOMEM;
    }
    snprintf(t->path, n, "%s%s%s", dir ? dir : "", dir ? "/" : "", name);
    if (!(t->f = fopen(t->path, "r"))) {
        snprintf(err, errlen, "%s: cannot open: %s", t->path, strerror(errno));
        free(t->path);
        t->path = NULL;
        return ZC_EIO;
    }
    return ZC_OK;
}

void zc_tsv_error(const zc_tsv *t, char *err, size_t errlen, const char *fmt, ...)
{
    int k = snprintf(err, errlen, "%s:%zu: ", t->path, t->lineno);
    va_list ap;
    va_start(ap, fmt);
    if (k >= 0 && (size_t)k < errlen)
        vsnprintf(err + k, errlen - (size_t)k, fmt, ap);
    va_end(ap);
}

int zc_tsv_next(zc_tsv *t, char *err, size_t errlen)
{
    ssize_t n;
    while ((n = getline(&t->line, &t->cap, t->f)) >= 0) {
        t->lineno++;
        char *s = t->line;
        if (t->lineno == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            s += 3;
            n -= 3;
        }
        while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
            s[--n] = '\0';
        if (n == 0 || s[0] == '#')
            continue;
        for (size_t i = 0; i < (size_t)n;)
            if (zc_utf8_next((const uint8_t *)s, (size_t)n, &i) < 0) {
                zc_tsv_error(t, err, errlen, "not valid UTF-8 at byte %zu of the line", i - 1);
                return -1;
            }
        t->ncol = 0;
        for (char *c = s;; c++) {
            if (t->ncol == ZC_TSV_MAXCOLS) {
                zc_tsv_error(t, err, errlen, "more than %d columns", ZC_TSV_MAXCOLS);
                return -1;
            }
            t->col[t->ncol++] = c;
            if (!(c = strchr(c, '\t')))
                break;
            *c = '\0';
        }
        return 1;
    }
    if (ferror(t->f)) {
        snprintf(err, errlen, "%s: read error", t->path);
        return -1;
    }
    return 0;
}

void zc_tsv_close(zc_tsv *t)
{
    if (t->f)
        fclose(t->f);
    free(t->line);
    free(t->path);
    memset(t, 0, sizeof *t);
}
