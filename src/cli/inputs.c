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

void cli_inputs_init(cli_inputs *in)
{
    memset(in, 0, sizeof *in);
}

/* Appends a path, with the reason it cannot be read or NULL. Out of memory, the path is
 * dropped: there is no way left to report it. */
static void push(cli_inputs *in, const char *path, const char *error)
{
    if (in->n == in->cap) {
        size_t cap = in->cap ? in->cap * 2 : 64;
        char **p = realloc(in->paths, cap * sizeof *p), **e;
        if (p)
            in->paths = p;
        e = p ? realloc(in->errors, cap * sizeof *e) : NULL;
        if (!e)
            return;
        in->errors = e;
        in->cap = cap;
    }
    char *dup = strdup(path), *msg = error ? strdup(error) : NULL;
    if (!dup || (error && !msg)) {
        free(dup);
        free(msg);
        return;
    }
    in->paths[in->n] = dup;
    in->errors[in->n++] = msg;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The directories on the way down, to skip one reached again through a symlink. */
typedef struct visit {
    dev_t dev;
    ino_t ino;
    const struct visit *up;
} visit;

static void walk(cli_inputs *in, const char *dir, const visit *up)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        push(in, dir, strerror(errno));
        return;
    }
    for (const visit *v = up; v; v = v->up)
        if (v->dev == st.st_dev && v->ino == st.st_ino) {
            push(in, dir, "symlink loop: directory already being read");
            return;
        }
    visit here = {st.st_dev, st.st_ino, up};
    DIR *dh = opendir(dir);
    if (!dh) {
        push(in, dir, strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *p);
            if (!p)
                break;
            names = p;
        }
        if ((names[n] = strdup(e->d_name)))
            n++;
    }
    closedir(dh);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *p = malloc(len);
        if (p) {
            bool slash = dir[strlen(dir) - 1] == '/';
            snprintf(p, len, "%s%s%s", dir, slash ? "" : "/", names[i]);
            struct stat ps;
            if (stat(p, &ps) == 0 && S_ISDIR(ps.st_mode))
                walk(in, p, &here);
            else
                push(in, p, NULL);   // files, and dangling links: reading them reports why
            free(p);
        }
        free(names[i]);
    }
    free(names);
}

void cli_inputs_add(cli_inputs *in, const char *path)
{
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        walk(in, path, NULL);
    else
        push(in, path, NULL);
}

void cli_inputs_free(cli_inputs *in)
{
    for (size_t i = 0; i < in->n; i++) {
        free(in->paths[i]);
        free(in->errors[i]);
    }
    free(in->paths);
    free(in->errors);
    memset(in, 0, sizeof *in);
}

zc_status cli_read_stdin(const zc_options *opt, zc_doc **out, char *msg, size_t msglen)
{
    *out = NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        len += fread(buf + len, 1, cap - len, stdin);
        if (len < cap)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb)
            free(buf);
        buf = nb;
        cap *= 2;
    }
    if (!buf || ferror(stdin)) {
        snprintf(msg, msglen, "-: cannot read standard input");
        free(buf);
        return buf ? ZC_EIO : ZC_ENOMEM;
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

void cli_json_str(FILE *out, const char *s)
{
    putc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            putc(c, out);
    }
    putc('"', out);
}
