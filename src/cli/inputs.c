/*
 * inputs.c — input expansion, standard input, atomic output files and error lines for the
 * commands that take many inputs (see inputs.h).
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "inputs.h"

/* One directory being walked: its entries, sorted, and the next to look at. */
struct cli_frame {
    char *path;
    char **names;
    size_t n, i;
    dev_t dev;
    ino_t ino;
};

void cli_inputs_init(cli_inputs *in)
{
    memset(in, 0, sizeof *in);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void frame_free(cli_frame *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->names[i]);
    free(f->names);
    free(f->path);
}

/* Opens directory `dir` as a new frame; on failure sets *error (malloc'd). */
static bool push_dir(cli_inputs *in, const char *dir, const struct stat *st, char **error)
{
    for (size_t k = 0; k < in->depth; k++)
        if (in->stack[k].dev == st->st_dev && in->stack[k].ino == st->st_ino) {
            *error = strdup("symlink loop: directory already being read");
            return false;
        }
    DIR *dh = opendir(dir);
    if (!dh) {
        *error = strdup(strerror(errno));
        return false;
    }
    cli_frame f = {strdup(dir), NULL, 0, 0, st->st_dev, st->st_ino};
    size_t cap = 0;
    struct dirent *e;
    while (f.path && (e = readdir(dh))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (f.n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(f.names, cap * sizeof *p);
            if (!p)
                break;
            f.names = p;
        }
        if ((f.names[f.n] = strdup(e->d_name)))
            f.n++;
    }
    closedir(dh);
    if (f.n)
        qsort(f.names, f.n, sizeof *f.names, by_name);
    if (in->depth == in->cap) {
        size_t c = in->cap ? in->cap * 2 : 8;
        cli_frame *p = realloc(in->stack, c * sizeof *p);
        if (!p) {
            frame_free(&f);
            *error = strdup("out of memory");
            return false;
        }
        in->stack = p;
        in->cap = c;
    }
    in->stack[in->depth++] = f;
    return true;
}

/* Why a file found in a directory or a list is not opened: NULL for a regular file, else a
 * malloc'd reason. A FIFO would block open() until a writer came, a device may never end. */
static char *special_file(const struct stat *st)
{
    if (S_ISREG(st->st_mode))
        return NULL;
    const char *what = S_ISFIFO(st->st_mode)   ? "a FIFO"
                       : S_ISCHR(st->st_mode)  ? "a character device"
                       : S_ISBLK(st->st_mode)  ? "a block device"
                       : S_ISSOCK(st->st_mode) ? "a socket" : "a special file";
    size_t n = strlen(what) + 80;
    char *why = malloc(n);
    if (why)
        snprintf(why, n, "%s, not a regular file: read only when named on the command line",
                 what);
    return why;
}

char *cli_special_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISDIR(st.st_mode) ? special_file(&st) : NULL;
}

void cli_inputs_add(cli_inputs *in, const char *path)
{
    free(in->pending);
    in->pending = strdup(path);
}

bool cli_inputs_next(cli_inputs *in, char **path, char **error)
{
    *error = NULL;
    if (in->pending) {
        char *p = in->pending;
        in->pending = NULL;
        struct stat st;
        if (strcmp(p, "-") != 0 && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (!push_dir(in, p, &st, error)) {
                *path = p;
                return true;
            }
            free(p);
        } else if (in->listed && strcmp(p, "-") != 0 && (*error = cli_special_file(p))) {
            *path = p;
            return true;
        } else {
            *path = p;   // files, and missing paths: reading them reports why
            return true;
        }
    }
    while (in->depth) {
        cli_frame *f = &in->stack[in->depth - 1];
        if (f->i == f->n) {
            frame_free(f);
            in->depth--;
            continue;
        }
        const char *name = f->names[f->i++];
        size_t len = strlen(f->path) + strlen(name) + 2;
        char *p = malloc(len);
        if (!p)
            continue;
        bool slash = f->path[strlen(f->path) - 1] == '/';
        snprintf(p, len, "%s%s%s", f->path, slash ? "" : "/", name);
        struct stat st;
        bool known = stat(p, &st) == 0;
        if (known && S_ISDIR(st.st_mode)) {
            if (push_dir(in, p, &st, error)) {
                free(p);
                continue;
            }
        } else if (known) {
            *error = special_file(&st);
        }
        *path = p;   // a file, a dangling link, or what failed with *error
        return true;
    }
    return false;
}

void cli_inputs_free(cli_inputs *in)
{
    while (in->depth)
        frame_free(&in->stack[--in->depth]);
    free(in->stack);
    free(in->pending);
    memset(in, 0, sizeof *in);
}

char *cli_read_all(FILE *f, size_t limit, size_t *len, bool *over)
{
    size_t cap = 1 << 16, n = 0;
    *over = false;
    char *buf = malloc(cap);
    while (buf) {
        size_t want = cap - n - 1;
        if (limit && want > limit + 1 - n)
            want = limit + 1 - n;
        size_t r = fread(buf + n, 1, want, f);
        n += r;
        if (limit && n > limit) {
            *over = true;
            break;
        }
        if (r < want)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb)
            free(buf);
        buf = nb;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        free(buf);
        buf = NULL;
    }
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

zc_status cli_read_stdin(const zc_options *opt, zc_doc **out, char *msg, size_t msglen)
{
    *out = NULL;
    size_t len;
    bool over;
    char *buf = cli_read_all(stdin, opt->max_bytes, &len, &over);
    if (!buf) {
        snprintf(msg, msglen, "-: cannot read standard input");
        return ZC_EIO;
    }
    if (over) {
        snprintf(msg, msglen, "-: more than %zu bytes, over the limit of %zu", opt->max_bytes,
                 opt->max_bytes);
        free(buf);
        return ZC_ELIMIT;
    }
    zc_status s = zc_doc_new(buf, len, "-", opt, out);
    free(buf);
    if (s != ZC_OK)
        snprintf(msg, msglen, "-: %s", zc_strerror(s));
    return s;
}

bool cli_output_open(cli_output *o, const char *path, const char *cmd)
{
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->f = stdout;
        return true;
    }
    size_t len = strlen(path) + 32;
    o->path = strdup(path);
    o->tmp = malloc(len);
    if (!o->path || !o->tmp) {
        cli_error(cmd, "out of memory");
        free(o->path);
        free(o->tmp);
        return false;
    }
    snprintf(o->tmp, len, "%s.tmp.%ld", path, (long)getpid());
    if (!(o->f = fopen(o->tmp, "w"))) {
        cli_error(cmd, "%s: cannot create: %s", o->tmp, strerror(errno));
        free(o->path);
        free(o->tmp);
        return false;
    }
    return true;
}

bool cli_output_close(cli_output *o, const char *cmd)
{
    bool ok = fflush(o->f) == 0 && !ferror(o->f);
    if (o->f != stdout) {
        ok = fclose(o->f) == 0 && ok;
        if (ok && rename(o->tmp, o->path) != 0)
            ok = false;
        if (!ok) {
            cli_error(cmd, "%s: cannot write: %s", o->path, strerror(errno));
            remove(o->tmp);
        }
        free(o->path);
        free(o->tmp);
    } else if (!ok) {
        cli_error(cmd, "cannot write the output");
    }
    o->f = NULL;
    return ok;
}

char *cli_path_resolve(const char *path)
{
    char *r = realpath(path, NULL);
    if (r || errno != ENOENT)
        return r;
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
    char *rdir = dir && *name ? realpath(dir, NULL) : NULL;
    free(dir);
    if (!rdir)
        return NULL;
    size_t len = strlen(rdir) + strlen(name) + 2;
    char *out = malloc(len);
    if (out)
        snprintf(out, len, "%s%s%s", rdir, strcmp(rdir, "/") == 0 ? "" : "/", name);
    free(rdir);
    return out;
}

void cli_json_strn(FILE *out, const char *s, size_t n)
{
    putc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            putc(c, out);
    }
    putc('"', out);
}

void cli_json_str(FILE *out, const char *s)
{
    cli_json_strn(out, s, strlen(s));
}

bool cli_jsonl_next(cli_jsonl *j, json_t **row, json_error_t *je)
{
    while (getline(&j->line, &j->cap, j->f) > 0) {
        j->lineno++;
        if (strspn(j->line, " \t\r\n") == strlen(j->line))
            continue;
        *row = json_loads(j->line, JSON_DISABLE_EOF_CHECK, je);
        return true;
    }
    return false;
}
