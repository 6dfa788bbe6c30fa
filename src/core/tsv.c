/*
 * tsv.c — the dictionary source reader (see tsv.h): text files, and the folder images that
 * zc_tsv_compile writes from them.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tsv.h"
#include "zc_int.h"

#define SEC_NAMES ZC_FOURCC('N', 'A', 'M', 'S')   /* "name\0path\0" per file; rows: id k + 1 */

static char *join(const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s%s%s", a, b, c);
    return s;
}

/* Finds `name` in the open image's name table: sets the rows and the source path. */
static zc_status find_rows(zc_tsv *t, const char *image, const char *name, char *err,
                           size_t errlen)
{
    size_t size;
    const char *names = zc_image_get(&t->img, SEC_NAMES, &size);
    if (!names || size == 0 || names[size - 1] != '\0') {
        snprintf(err, errlen, "%s: corrupt image: no name table", image);
        return ZC_EFORMAT;
    }
    for (size_t off = 0, k = 1; off < size; k++) {
        const char *nm = names + off;
        off += strlen(nm) + 1;
        if (off >= size)
            break;
        const char *path = names + off;
        off += strlen(path) + 1;
        if (strcmp(nm, name) != 0)
            continue;
        const void *rows = zc_image_get(&t->img, (uint32_t)k, &size);
        if (!rows && size == 0)
            rows = "";   // a file with no rows has an empty section
        t->rp = rows;
        t->rend = t->rp + size;
        return (t->path = strdup(path)) ? ZC_OK : ZC_ENOMEM;
    }
    snprintf(err, errlen, "%s: holds no %s: rebuild the dictionaries", image, name);
    return ZC_EIO;
}

zc_status zc_tsv_open(zc_tsv *t, const char *dir, const char *name, char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    if (!dir) {
        if (!(t->path = strdup(name))) {
            snprintf(err, errlen, "out of memory");
            return ZC_ENOMEM;
        }
        struct stat st;
        if (!(t->f = fopen(t->path, "r")) ||
            (fstat(fileno(t->f), &st) == 0 && S_ISDIR(st.st_mode))) {
            if (t->f)
                snprintf(err, errlen, "%s: is a directory", t->path);
            else
                snprintf(err, errlen, "%s: cannot open: %s", t->path, strerror(errno));
            zc_tsv_close(t);
            return ZC_EIO;
        }
        return ZC_OK;
    }
    // dir/name is FOLDER/FILE.tsv in some directory D: the rows are in D/FOLDER.zcd, under
    // the name FOLDER/FILE.tsv (so dictdir + "lex/x.tsv" and dictdir/lex + "x.tsv" agree).
    char *full = join(dir, "/", name), *zcd = NULL, *entry = NULL;
    char *file = full ? strrchr(full, '/') : NULL;
    if (file) {
        *file++ = '\0';
        const char *folder = strrchr(full, '/');
        folder = folder ? folder + 1 : full;
        zcd = join(full, ".zcd", "");
        entry = join(folder, "/", file);
    }
    free(full);
    if (!zcd || !entry) {
        free(zcd);
        free(entry);
        snprintf(err, errlen, "out of memory");
        return ZC_ENOMEM;
    }
    zc_status s = zc_image_open(zcd, ZC_TSV_IMAGE_KIND, &t->img, err, errlen);
    if (s == ZC_OK)
        s = find_rows(t, zcd, entry, err, errlen);
    if (s == ZC_ENOMEM)
        snprintf(err, errlen, "out of memory");
    free(zcd);
    free(entry);
    if (s != ZC_OK)
        zc_tsv_close(t);
    return s;
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

/* Reads the next line of the source into t->line: its length, or -1 at the end (-2 for a
 * damaged image). */
static ssize_t next_line(zc_tsv *t)
{
    if (t->f) {
        ssize_t n = getline(&t->line, &t->cap, t->f);
        if (n >= 0)
            t->lineno++;
        return n;
    }
    if (t->rp == t->rend)
        return -1;
    uint32_t h[2];   // line number, length
    if ((size_t)(t->rend - t->rp) < sizeof h)
        return -2;
    memcpy(h, t->rp, sizeof h);
    size_t room = (size_t)(t->rend - t->rp) - sizeof h;
    if (h[1] > room || h[0] <= t->lineno)
        return -2;
    if (h[1] + 1 > t->cap) {
        char *nl = realloc(t->line, h[1] + 1);
        if (!nl)
            return -2;
        t->line = nl;
        t->cap = h[1] + 1;
    }
    memcpy(t->line, t->rp + sizeof h, h[1]);
    t->line[h[1]] = '\0';
    size_t step = (sizeof h + h[1] + 3) & ~(size_t)3;
    t->rp += step < (size_t)(t->rend - t->rp) ? step : (size_t)(t->rend - t->rp);
    t->lineno = h[0];
    return (ssize_t)h[1];
}

/* The next line without its LF and, on the first line, a BOM; NULL at the end or when the
 * source does not read (read_error tells). */
static char *read_line(zc_tsv *t, size_t *len, ssize_t *got)
{
    ssize_t n = *got = next_line(t);
    if (n < 0)
        return NULL;
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

static int read_error(zc_tsv *t, ssize_t got, char *err, size_t errlen)
{
    if (got != -2 && !(t->f && ferror(t->f)))
        return 0;
    snprintf(err, errlen, "%s: %s", t->path, t->f ? "read error" : "corrupt image rows");
    return -1;
}

int zc_tsv_next(zc_tsv *t, char *err, size_t errlen)
{
    char *s;
    size_t n;
    ssize_t got;
    while ((s = read_line(t, &n, &got))) {
        while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' '))
            s[--n] = '\0';
        if (n == 0 || s[0] == '#')
            continue;
        if (memchr(s, '\0', n)) {
            zc_tsv_error(t, err, errlen, "a NUL byte in the line");
            return -1;
        }
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
    return read_error(t, got, err, errlen);
}

int zc_tsv_next_line(zc_tsv *t, char **line, size_t *len, char *err, size_t errlen)
{
    char *s;
    size_t n;
    ssize_t got;
    while ((s = read_line(t, &n, &got))) {
        if (n > 0 && s[n - 1] == '\r')
            s[--n] = '\0';
        size_t k = strspn(s, " \t");
        if (k < n && s[k] != '#') {
            *line = s;
            *len = n;
            return 1;
        }
    }
    return read_error(t, got, err, errlen);
}

void zc_tsv_close(zc_tsv *t)
{
    if (t->f)
        fclose(t->f);
    zc_image_close(&t->img);
    free(t->line);
    free(t->path);
    memset(t, 0, sizeof *t);
}

/* Appends the rows of text file `path` to `rows` (line number, length, the line with its
 * columns joined by tabs, padded to 4 bytes). */
static zc_status compile_file(const char *path, zc_vec *rows, char *err, size_t errlen)
{
    zc_tsv t;
    zc_status s = zc_tsv_open(&t, NULL, path, err, errlen);
    if (s != ZC_OK)
        return s;
    int r;
    while ((r = zc_tsv_next(&t, err, errlen)) == 1) {
        uint32_t h[2] = {(uint32_t)t.lineno, 0};
        size_t at = rows->len;
        if (!zc_vec_reserve(rows, sizeof h)) {
            s = ZC_ENOMEM;
            break;
        }
        memcpy((char *)rows->data + at, h, sizeof h);
        rows->len += sizeof h;
        for (int i = 0; i < t.ncol && s == ZC_OK; i++) {
            size_t n = strlen(t.col[i]);
            if (!zc_vec_reserve(rows, n + 1))
                s = ZC_ENOMEM;
            else {
                if (i)
                    ((char *)rows->data)[rows->len++] = '\t';
                memcpy((char *)rows->data + rows->len, t.col[i], n);
                rows->len += n;
            }
        }
        h[1] = (uint32_t)(rows->len - at - sizeof h);
        memcpy((char *)rows->data + at, h, sizeof h);
        while (s == ZC_OK && rows->len % 4)
            if (!zc_vec_push(rows, "\0"))
                s = ZC_ENOMEM;
        if (s != ZC_OK)
            break;
    }
    if (s == ZC_OK && r < 0)
        s = ZC_EFORMAT;
    if (s == ZC_ENOMEM)
        snprintf(err, errlen, "out of memory");
    zc_tsv_close(&t);
    return s;
}

zc_status zc_tsv_compile(const char *folder, char *const *paths, int n, const char *out,
                         char *err, size_t errlen)
{
    enum { MAXFILES = 60 };
    if (n > MAXFILES) {
        snprintf(err, errlen, "%s: more than %d files", folder, MAXFILES);
        return ZC_EINVAL;
    }
    zc_vec names, rows[MAXFILES];
    zc_vec_init(&names, 1);
    zc_image_part parts[MAXFILES + 1];
    zc_status s = ZC_OK;
    int done = 0;
    for (; s == ZC_OK && done < n; done++) {
        const char *base = strrchr(paths[done], '/');
        base = base ? base + 1 : paths[done];
        char *nm = join(folder, "/", base);
        zc_vec_init(&rows[done], 1);
        if (!nm || !zc_vec_reserve(&names, strlen(nm) + strlen(paths[done]) + 2))
            s = ZC_ENOMEM;
        else {
            memcpy((char *)names.data + names.len, nm, strlen(nm) + 1);
            names.len += strlen(nm) + 1;
            memcpy((char *)names.data + names.len, paths[done], strlen(paths[done]) + 1);
            names.len += strlen(paths[done]) + 1;
            s = compile_file(paths[done], &rows[done], err, errlen);
        }
        free(nm);
        parts[done + 1] = (zc_image_part){(uint32_t)done + 1, rows[done].data, rows[done].len};
    }
    parts[0] = (zc_image_part){SEC_NAMES, names.data, names.len};
    if (s == ZC_OK)
        s = zc_image_write(out, ZC_TSV_IMAGE_KIND, parts, (size_t)n + 1, err, errlen);
    else if (s == ZC_ENOMEM)
        snprintf(err, errlen, "out of memory");
    for (int i = 0; i < done; i++)
        zc_vec_free(&rows[i]);
    zc_vec_free(&names);
    return s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

zc_status zc_tsv_compile_dir(const char *dictdir, const char *folder, char *err, size_t errlen)
{
    char *dir = join(dictdir, "/", folder), *out = join(dictdir, "/", folder);
    char *zcd = out ? join(out, ".zcd", "") : NULL;
    free(out);
    DIR *d = dir ? opendir(dir) : NULL;
    char *paths[64];
    int n = 0;
    zc_status s = ZC_OK;
    if (!zcd || !dir)
        s = ZC_ENOMEM;
    else if (!d) {
        snprintf(err, errlen, "%s: cannot open: %s", dir, strerror(errno));
        s = ZC_EIO;
    }
    for (struct dirent *e; s == ZC_OK && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".tsv") != 0)
            continue;
        if (n == (int)ZC_NELEM(paths) || !(paths[n] = join(dir, "/", e->d_name)))
            s = ZC_ENOMEM;
        else
            n++;
    }
    if (d)
        closedir(d);
    if (n > 1)
        qsort(paths, (size_t)n, sizeof *paths, cmp_str);
    if (s == ZC_OK)
        s = zc_tsv_compile(folder, paths, n, zcd, err, errlen);
    else if (s == ZC_ENOMEM)
        snprintf(err, errlen, "out of memory");
    for (int i = 0; i < n; i++)
        free(paths[i]);
    free(dir);
    free(zcd);
    return s;
}
