/*
 * tsv.c — the dictionary source reader (see tsv.h).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
    struct stat st;
    if (!(t->f = fopen(t->path, "r")) || (fstat(fileno(t->f), &st) == 0 && S_ISDIR(st.st_mode))) {
        if (t->f)
            snprintf(err, errlen, "%s: is a directory", t->path);
        else
            snprintf(err, errlen, "%s: cannot open: %s", t->path, strerror(errno));
        zc_tsv_close(t);
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

/* The next line, without its LF and, on the first line, a BOM; NULL at the end or on a read
 * error (which ferror tells apart). */
static char *read_line(zc_tsv *t, size_t *len)
{
    ssize_t n = getline(&t->line, &t->cap, t->f);
    if (n < 0)
        return NULL;
    t->lineno++;
    char *s = t->line;
    if (t->lineno == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        n -= 3;
    }
    if (n > 0 && s[n - 1] == '\n')
        s[--n] = '\0';
    *len = (size_t)n;
    return s;
}

static int read_error(zc_tsv *t, char *err, size_t errlen)
{
    if (!ferror(t->f))
        return 0;
    snprintf(err, errlen, "%s: read error", t->path);
    return -1;
}

int zc_tsv_next(zc_tsv *t, char *err, size_t errlen)
{
    char *s;
    size_t n;
    while ((s = read_line(t, &n))) {
        while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' '))
            s[--n] = '\0';
        if (n == 0 || s[0] == '#')
            continue;
        for (size_t i = 0; i < n;)
            if (zc_utf8_next((const uint8_t *)s, n, &i) < 0) {
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
    return read_error(t, err, errlen);
}

int zc_tsv_next_line(zc_tsv *t, char **line, size_t *len, char *err, size_t errlen)
{
    char *s;
    size_t n;
    while ((s = read_line(t, &n))) {
        if (n > 0 && s[n - 1] == '\r')
            s[--n] = '\0';
        size_t k = strspn(s, " \t");
        if (k < n && s[k] != '#') {
            *line = s;
            *len = n;
            return 1;
        }
    }
    return read_error(t, err, errlen);
}

void zc_tsv_close(zc_tsv *t)
{
    if (t->f)
        fclose(t->f);
    free(t->line);
    free(t->path);
    memset(t, 0, sizeof *t);
}
