/*
 * batch.c — the extraction engine (batch.h). The main thread reads inputs lazily into a ring
 * of slots (at most `window` documents in flight, so memory follows the documents being
 * processed, not the corpus), workers take slots in input order, and the main thread writes
 * finished slots in input order. With an output file, results go to OUT.partial with a
 * journal OUT.partial.journal, a line after each document: "seq<TAB>id<TAB>out-offset<TAB>
 * err-offset<TAB>failed<TAB>" and its target, deadline, enforcement and statistic record
 * counts. A killed run resumes exactly, and its summary and exit status count the documents
 * done before the kill; the finished file is renamed to OUT.
 */
#define _GNU_SOURCE   // fopencookie, strndup
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"
#include "values.h"

/* One input: a path to read, or text given inline (--jsonl-in, standard input). */
typedef struct item {
    char *id;
    char *path;        /* NULL when text is set */
    char *text;
    size_t text_len;
    char *error;       /* an input that failed before reading (bad --jsonl-in line) */
} item;

enum { SLOT_FREE, SLOT_READY, SLOT_DONE };

typedef struct slot {
    int state;
    item it;
    char *out, *err;   /* rendered records and error line */
    size_t outlen, errlen;
    FILE *spill;       /* the records instead of `out` once they outgrow SPILL_BYTES */
    bool failed;
    size_t bytes;
    size_t nrec[4];
} slot;

/* The ids of the --jsonl-in lines so far and where each was first seen (open addressing). */
typedef struct idset {
    char **ids;
    size_t *lines;
    size_t n, cap;
} idset;

typedef struct feeder {
    const batch_config *cfg;
    cli_inputs queue;  /* the path being expanded (directories walked lazily) */
    int argi;          /* next of cfg->paths */
    FILE *list;        /* --files-from */
    bool list_done, stdin_taken;
    size_t lineno, list_lineno;   /* of --jsonl-in, of --files-from */
    char *line;        /* the --jsonl-in line being read */
    size_t line_cap;
    idset seen;        /* --jsonl-in ids, so a repeated one is an error, not a silent merge */
    size_t total_bytes; /* of the path inputs known in advance, for the ETA */
} feeder;

typedef struct engine {
    const batch_config *cfg;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    slot *slots;
    size_t window;
    uint64_t next_fill, next_run, next_write;
    uint64_t wake_at;  /* the writer sleeps until this slot is done (see the run loop) */
    bool no_more;      /* the feeder is exhausted: workers exit when nothing is left */
} engine;

/* ---- inputs ------------------------------------------------------------------------ */

static void item_free(item *it)
{
    free(it->id);
    free(it->path);
    free(it->text);
    free(it->error);
    memset(it, 0, sizeof *it);
}

/* Sets it->error to a message (printf-style) unless it has one already. */
static void item_fail(item *it, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void item_fail(item *it, const char *fmt, ...)
{
    if (it->error)
        return;
    char msg[4200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    it->error = strdup(msg);
}

/* An id as printable UTF-8 (values.h), for `doc`, error lines and the journal. */
static char *name_of(const char *s)
{
    return cli_name_escape(s, strlen(s));
}

static uint64_t id_hash(const char *s);

/* Adds `id` (copied) seen on `line`: 0 when it is new, else the line it was first seen on. */
static size_t idset_add(idset *set, const char *id, size_t line)
{
    if (2 * (set->n + 1) > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 1024;
        char **ids = calloc(cap, sizeof *ids);
        size_t *lines = calloc(cap, sizeof *lines);
        if (!ids || !lines) {
            free(ids);
            free(lines);
            return 0;   // out of memory: duplicates go unnoticed rather than the run failing
        }
        for (size_t k = 0; k < set->cap; k++) {
            if (!set->ids[k])
                continue;
            size_t h = (size_t)id_hash(set->ids[k]) & (cap - 1);
            while (ids[h])
                h = (h + 1) & (cap - 1);
            ids[h] = set->ids[k];
            lines[h] = set->lines[k];
        }
        free(set->ids);
        free(set->lines);
        set->ids = ids;
        set->lines = lines;
        set->cap = cap;
    }
    size_t h = (size_t)id_hash(id) & (set->cap - 1);
    for (; set->ids[h]; h = (h + 1) & (set->cap - 1))
        if (strcmp(set->ids[h], id) == 0)
            return set->lines[h];
    if ((set->ids[h] = strdup(id))) {
        set->lines[h] = line;
        set->n++;
    }
    return 0;
}

static void idset_free(idset *set)
{
    for (size_t k = 0; k < set->cap; k++)
        free(set->ids[k]);
    free(set->ids);
    free(set->lines);
}

/* Reads one line of `in` into fe->line (without a limit when max is 0): at most `max` bytes are
 * kept and the rest of a longer line is skipped, so one huge line cannot take all memory.
 * Returns the length read (0 at the end of input); *over when the line was cut. */
static size_t read_line(feeder *fe, FILE *in, size_t max, bool *over)
{
    size_t n = 0;
    int ch;
    *over = false;
    while ((ch = getc_unlocked(in)) != EOF) {
        if (max && n >= max) {
            *over = true;
            n++;
        } else {
            if (n + 1 >= fe->line_cap) {
                size_t cap = fe->line_cap ? fe->line_cap * 2 : 4096;
                char *nl = realloc(fe->line, cap);
                if (!nl) {
                    *over = true;   // out of memory: the line is refused, the run goes on
                    n++;
                    continue;
                }
                fe->line = nl;
                fe->line_cap = cap;
            }
            fe->line[n++] = (char)ch;
        }
        if (ch == '\n')
            break;
    }
    if (fe->line)
        fe->line[*over ? 0 : n] = '\0';
    return n;
}

/* One --jsonl-in line into an item; a bad line becomes an item carrying its error. */
static void parse_jsonl_item(feeder *f, const char *line, size_t len, item *it)
{
    const batch_config *c = f->cfg;
    size_t lineno = f->lineno, limit = c->opt.max_bytes;
    json_error_t je;
    json_t *o = json_loadb(line, len, JSON_DISABLE_EOF_CHECK, &je);
    json_t *id = o ? json_object_get(o, "id") : NULL;
    json_t *text = o ? json_object_get(o, "text") : NULL;
    json_t *path = o ? json_object_get(o, "path") : NULL;
    char buf[64];
    if (json_is_string(id))
        it->id = name_of(json_string_value(id));
    else if (json_is_integer(id)) {
        snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(id));
        it->id = strdup(buf);
    } else if (json_is_string(path))
        it->id = name_of(json_string_value(path));
    else {
        snprintf(buf, sizeof buf, "stdin:%zu", lineno);
        it->id = strdup(buf);
    }
    size_t first = it->id ? idset_add(&f->seen, it->id, lineno) : 0;
    if (!o)
        item_fail(it, "standard input line %zu: %s", lineno, je.text);
    if ((size_t)je.position < len && strspn(line + je.position, " \t\r\n") != len - je.position)
        item_fail(it, "standard input line %zu: more after the JSON object (one document "
                      "per line)", lineno);
    if (first)
        item_fail(it, "standard input line %zu: the id of line %zu again", lineno, first);
    if (json_is_string(text) && limit && json_string_length(text) > limit)
        item_fail(it, "standard input line %zu: text of %zu bytes, over the limit of %zu",
                  lineno, json_string_length(text), limit);
    if (!json_is_string(text) && !json_is_string(path))
        item_fail(it, "standard input line %zu: needs \"text\" or \"path\"", lineno);
    if (it->error) {
        json_decref(o);
        return;
    }
    if (json_is_string(text)) {
        it->text_len = json_string_length(text);
        it->text = malloc(it->text_len + 1);
        if (it->text)
            memcpy(it->text, json_string_value(text), it->text_len + 1);
    } else {
        // Confined, the path resolved (symlinks, ..) must lie in the directory.
        const char *p = json_string_value(path);
        char *real = c->paths_under ? realpath(p, NULL) : NULL, *why = NULL;
        size_t n = c->paths_under ? strlen(c->paths_under) : 0;
        bool root = n == 1;   // "/"
        if (c->paths_under && !real)
            item_fail(it, "%s: cannot resolve: %s", p, strerror(errno));
        else if (real && (strncmp(real, c->paths_under, n) != 0 ||
                          (!root && real[n] && real[n] != '/')))
            item_fail(it, "%s: outside --paths-under %s", p, c->paths_under);
        else if ((why = cli_special_file(real ? real : p)))   // a stream's paths are data
            item_fail(it, "%s: %s", p, why);
        else
            it->path = strdup(real ? real : p);
        free(why);
        free(real);
    }
    json_decref(o);
}

/* The next input in order, or false at the end. Directories are expanded here. */
static bool feed_next(feeder *f, item *it)
{
    const batch_config *c = f->cfg;
    memset(it, 0, sizeof *it);
    for (;;) {
        char *p, *why;
        if (cli_inputs_next(&f->queue, &p, &why)) {
            it->id = name_of(p);
            if (why) {
                it->error = why;
                free(p);
                return true;
            }
            if (strcmp(p, "-") == 0) {
                free(p);
                if (f->stdin_taken) {
                    it->error = strdup("standard input given twice");
                    return true;
                }
                f->stdin_taken = true;
                bool over;
                size_t limit = c->opt.max_bytes;
                it->text = cli_read_all(stdin, limit, &it->text_len, &over);
                if (!it->text)
                    it->error = strdup("cannot read standard input");
                else if (over)
                    item_fail(it, "standard input: more than %zu bytes, over the limit of %zu",
                              limit, limit);
                return true;
            }
            it->path = p;
            return true;
        }
        if (c->jsonl_in && !f->list_done) {
            // The longest line a text within the limit can take: \u0000 for every byte.
            size_t max = c->opt.max_bytes ? c->opt.max_bytes * 6 + 65536 : 0, n;
            bool over;
            while ((n = read_line(f, stdin, max, &over)) > 0) {
                f->lineno++;
                if (over || strspn(f->line, " \t\r\n") != n)
                    break;
            }
            if (n == 0) {
                f->list_done = true;
                continue;
            }
            if (over) {
                char id[64];
                snprintf(id, sizeof id, "stdin:%zu", f->lineno);
                it->id = strdup(id);
                item_fail(it, "standard input line %zu: longer than %zu bytes, more than a "
                              "text within the limit of %zu can take", f->lineno, max,
                          c->opt.max_bytes);
                return true;
            }
            parse_jsonl_item(f, f->line, n, it);
            return true;
        }
        if (f->list && !f->list_done) {
            bool over;
            size_t n = read_line(f, f->list, PATH_MAX + 2, &over);   // a path and its CRLF
            if (n == 0) {
                f->list_done = true;
                continue;
            }
            f->list_lineno++;
            if (strlen(f->line) != n) {   // cut, or a NUL byte: no such path can be opened
                char id[4200];
                snprintf(id, sizeof id, "%s:%zu", c->files_from, f->list_lineno);
                it->id = name_of(id);
                item_fail(it, "%s line %zu: %s", c->files_from, f->list_lineno,
                          over ? "longer than a path can be" : "a NUL byte in a path");
                return true;
            }
            f->line[strcspn(f->line, "\r\n")] = '\0';
            f->queue.listed = true;
            if (*f->line)
                cli_inputs_add(&f->queue, f->line);
            continue;
        }
        if (f->argi < c->npaths) {
            f->queue.listed = false;
            cli_inputs_add(&f->queue, c->paths[f->argi++]);
            continue;
        }
        return false;
    }
}

/* FNV-1a of the id, for --shard. */
static uint64_t id_hash(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* ---- work ------------------------------------------------------------------------- */

/* An error line (`what` "error": the input failed) or a warning line ("warning": it gave its
 * records, but lossy decoding replaced bytes). `msg` may name a path as it is on disk: it is
 * escaped like the ids. */
static void report_json(FILE *f, const char *what, const char *doc, const char *msg,
                        long long off)
{
    char *safe = name_of(msg);
    fputs("{\"doc\":", f);
    cli_json_str(f, doc);
    fprintf(f, ",\"%s\":", what);
    cli_json_str(f, safe ? safe : "(out of memory)");
    free(safe);
    if (off >= 0)
        fprintf(f, ",\"offset\":%lld}\n", off);
    else
        fputs(",\"offset\":null}\n", f);
}

static void error_json(FILE *f, const char *doc, const char *msg, long long off)
{
    report_json(f, "error", doc, msg, off);
}

/* A growing buffer behind a FILE: glibc's open_memstream zero-fills every growth, which
 * costs as much as writing the records (the doubling realloc here does not). Past
 * SPILL_BYTES, a stream given a *spill goes on in an unlinked temporary file: a big
 * document's records (1.5 times its size) need not be held in memory beside it. */
#define SPILL_BYTES ((size_t)8 << 20)

typedef struct membuf {
    char **buf;
    size_t *len, cap;
    FILE **spill;
} membuf;

/* An unlinked temporary file in $TMPDIR (or /tmp) holding the buffer so far, or NULL. */
static FILE *spill_open(const char *buf, size_t len)
{
    const char *dir = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/zhengce-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    unlink(path);
    FILE *f = fdopen(fd, "w+");
    if (!f) {
        close(fd);
        return NULL;
    }
    if (len && fwrite(buf, 1, len, f) != len) {
        fclose(f);
        return NULL;
    }
    return f;
}

static ssize_t membuf_write(void *cookie, const char *data, size_t n)
{
    membuf *m = cookie;
    if (m->spill && !*m->spill && *m->len + n + 1 > SPILL_BYTES &&
        (*m->spill = spill_open(*m->buf, *m->len))) {
        free(*m->buf);
        *m->buf = NULL;
        *m->len = 0;
        m->cap = 0;
    }
    if (m->spill && *m->spill)   // 0 is fopencookie's error return
        return fwrite(data, 1, n, *m->spill) == n ? (ssize_t)n : 0;
    if (*m->len + n + 1 > m->cap) {
        size_t cap = m->cap ? m->cap : 4096;
        while (cap < *m->len + n + 1)
            cap *= 2;
        char *nb = NULL;
        if (cap < ((size_t)1 << 20)) {
            nb = realloc(*m->buf, cap);
        } else if (posix_memalign((void **)&nb, (size_t)2 << 20, cap) == 0) {
            // A big document's records run to tens of MB: 2 MB pages fault once per 2 MB
            // instead of once per 4 KB, which a virtual machine makes dear.
            (void)madvise(nb, cap, MADV_HUGEPAGE);
            if (*m->len)
                memcpy(nb, *m->buf, *m->len);
            free(*m->buf);
        }
        if (!nb)
            return 0;   // fopencookie's error return: -1 would be taken as a count
        *m->buf = nb;
        m->cap = cap;
    }
    memcpy(*m->buf + *m->len, data, n);
    *m->len += n;
    (*m->buf)[*m->len] = '\0';
    return (ssize_t)n;
}

static int membuf_close(void *cookie)
{
    free(cookie);
    return 0;
}

/* A write-only stream into *buf (malloc'd, NUL-terminated, *len bytes), like open_memstream;
 * with `spill`, into the file it sets once past SPILL_BYTES (then *buf is NULL). */
static FILE *mem_stream(char **buf, size_t *len, FILE **spill)
{
    membuf *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    *buf = NULL;
    *len = 0;
    m->buf = buf;
    m->len = len;
    m->spill = spill;
    FILE *f = fopencookie(m, "w", (cookie_io_functions_t){ .write = membuf_write,
                                                          .close = membuf_close });
    if (!f) {
        free(m);
        return NULL;
    }
    setvbuf(f, NULL, _IOFBF, 1 << 16);
    __fsetlocking(f, FSETLOCKING_BYCALLER);   // one worker owns it: no lock per putc
    return f;
}

/* Extracts one slot's input into its rendered output or error line. */
static void process(const batch_config *c, slot *sl)
{
    item *it = &sl->it;
    FILE *out = mem_stream(&sl->out, &sl->outlen, &sl->spill);
    FILE *err = mem_stream(&sl->err, &sl->errlen, NULL);
    if (!out || !err) {
        sl->failed = true;
        if (out)
            fclose(out);
        if (err)
            fclose(err);
        return;
    }
    zc_doc *d = NULL;
    char msg[1024];
    zc_status s;
    if (it->error) {
        error_json(err, it->id, it->error, -1);
        sl->failed = true;
    } else {
        s = it->text ? zc_doc_new(it->text, it->text_len, it->id, &c->opt, &d)
                     : zc_doc_new_file(it->path, it->id, &c->opt, &d, msg, sizeof msg);
        if (s != ZC_OK) {
            error_json(err, it->id, it->text ? zc_strerror(s) : msg, -1);
            sl->failed = true;
        } else if (zc_doc_bytes(d, &sl->bytes), (s = zc_extract(c->model, d)) != ZC_OK) {
            error_json(err, it->id, zc_doc_errmsg(d), zc_doc_erroffset(d));
            sl->failed = true;
        } else if ((!c->sep   ? zc_doc_write_jsonl(d, out)
                    : c->excel ? zc_doc_write_csv_excel(d, out, c->sep)
                               : zc_doc_write_csv(d, out, c->sep)) != ZC_OK ||
                   fflush(out) != 0) {
            // No record of the document is written (not a cut line), and it fails with its
            // error line: a memory stream fails for want of memory, a spill file for room.
            error_json(err, it->id, sl->spill ? "cannot write its records to a temporary file"
                                              : "out of memory", -1);
            sl->failed = true;
        } else {
            for (size_t i = 0; i < zc_doc_nrecords(d); i++)
                sl->nrec[zc_doc_record(d, i)->kind]++;
            if (zc_doc_nreplaced(d)) {
                snprintf(msg, sizeof msg, "replaced %zu invalid %s sequence(s) by U+FFFD",
                         zc_doc_nreplaced(d), zc_encoding_name(zc_doc_detection(d)->encoding));
                report_json(err, "warning", it->id, msg, zc_doc_replaced_offset(d));
            }
        }
    }
    zc_doc_free(d);
    free(it->text);   // the text is not needed once processed
    it->text = NULL;
    fclose(out);   // flushed above when the records were written
    if (sl->failed) {
        free(sl->out);
        sl->out = NULL;
        sl->outlen = 0;
        if (sl->spill)
            fclose(sl->spill);
        sl->spill = NULL;
    }
    if (fclose(err) != 0) {   // a cut error line: the writer gives the short one instead
        free(sl->err);
        sl->err = NULL;
        sl->errlen = 0;
        sl->failed = true;
    }
}

static void *worker(void *arg)
{
    engine *e = arg;
    pthread_mutex_lock(&e->mu);
    for (;;) {
        while (e->next_run == e->next_fill && !e->no_more)
            pthread_cond_wait(&e->work, &e->mu);
        if (e->next_run == e->next_fill)
            break;
        uint64_t seq = e->next_run++;
        slot *sl = &e->slots[seq % e->window];
        pthread_mutex_unlock(&e->mu);
        process(e->cfg, sl);
        pthread_mutex_lock(&e->mu);
        sl->state = SLOT_DONE;
        if (seq == e->wake_at)   // only the slot the writer waits for wakes it
            pthread_cond_signal(&e->done);
    }
    pthread_mutex_unlock(&e->mu);
    return NULL;
}

/* ---- journal and resume ------------------------------------------------------------ */

typedef struct journal_entry {
    char *id;
    long long out_off, err_off;
    bool failed;       /* its error line is in the error stream: the run's status is 1 */
    size_t nrec[4];    /* its records by kind, for the summary */
} journal_entry;

/* One journal line, without its newline, into *e (see the banner). The id is what lies
 * between the first tab and the last seven, so ids may hold tabs. False for anything else. */
static bool parse_journal_line(char *line, journal_entry *e)
{
    long long v[7];
    for (int k = 6; k >= 0; k--) {
        char *tab = strrchr(line, '\t'), *end;
        if (!tab)
            return false;
        errno = 0;
        v[k] = strtoll(tab + 1, &end, 10);
        if (end == tab + 1 || *end || errno || (k != 1 && v[k] < 0))
            return false;
        *tab = '\0';
    }
    char *id = strchr(line, '\t');
    if (!id || !(e->id = strdup(id + 1)))
        return false;
    e->out_off = v[0];
    e->err_off = v[1];
    e->failed = v[2] != 0;
    for (int k = 0; k < 4; k++)
        e->nrec[k] = (size_t)v[3 + k];
    return true;
}

/* Reads the complete lines of a journal; *valid is the length of those lines, so what a
 * kill cut short can be cut off before the journal is appended to. */
static journal_entry *read_journal(const char *path, size_t *n, off_t *valid)
{
    *n = 0;
    *valid = 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    journal_entry *v = NULL;
    size_t cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) > 0) {
        if (line[len - 1] != '\n')
            break;   // cut by a kill: not complete
        line[len - 1] = '\0';
        if (*n == cap) {
            cap = cap ? cap * 2 : 256;
            journal_entry *nv = realloc(v, cap * sizeof *v);
            if (!nv)
                break;
            v = nv;
        }
        if (!parse_journal_line(line, &v[*n]))
            break;   // not a line of this form (an older zhengce's): what follows is redone
        (*n)++;
        *valid += len;
    }
    free(line);
    fclose(f);
    return v;
}

/* ---- the run ------------------------------------------------------------------------ */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct stats {
    size_t ok, failed, bytes, nrec[4];
    double t0;
} stats;

static void progress_line(const stats *st, size_t total_bytes, bool final)
{
    double dt = now_s() - st->t0, mb = st->bytes / 1e6, rate = dt > 0 ? mb / dt : 0;
    fprintf(stderr, "\r%zu docs (%zu failed)  %.1f MB  %.1f MB/s", st->ok + st->failed,
            st->failed, mb, rate);
    if (total_bytes && rate > 0 && dt > 1 && st->bytes <= total_bytes && !final)
        fprintf(stderr, "  ETA %.0f s   ", (total_bytes - st->bytes) / 1e6 / rate);
    else
        fputs("            ", stderr);
    if (final)
        fputc('\n', stderr);
}

int batch_run(const batch_config *c)
{
    bool to_file = c->outpath && strcmp(c->outpath, "-") != 0;
    char partial[4096] = "", jpath[4200] = "";
    if (to_file) {
        snprintf(partial, sizeof partial, "%s.partial", c->outpath);
        snprintf(jpath, sizeof jpath, "%s.journal", partial);
    }
    if (c->resume && !to_file) {
        cli_error("extract", "--resume needs -o OUT");
        return EXIT_USAGE;
    }
    // A finished output is complete: resuming it does nothing.
    struct stat st_out;
    if (c->resume && access(partial, F_OK) != 0 && stat(c->outpath, &st_out) == 0) {
        if (!c->quiet)
            fprintf(stderr, "zhengce extract: %s is complete; nothing to resume\n", c->outpath);
        return EXIT_OK;
    }
    size_t nj = 0;
    off_t jvalid = 0;
    journal_entry *jn = c->resume ? read_journal(jpath, &nj, &jvalid) : NULL;
    FILE *out = stdout, *err = stderr, *journal = NULL;
    if (to_file) {
        // Keep what the journal vouches for, drop the rest.
        if (nj) {
            if (truncate(partial, jn[nj - 1].out_off) != 0 || truncate(jpath, jvalid) != 0) {
                cli_error("extract", "%s: cannot resume: %s", partial, strerror(errno));
                return EXIT_INPUT;
            }
            out = fopen(partial, "a");
        } else {
            out = fopen(partial, "w");
        }
        journal = out ? fopen(jpath, nj ? "a" : "w") : NULL;
        if (!out || !journal) {
            cli_error("extract", "%s: cannot write: %s", out ? jpath : partial, strerror(errno));
            if (out)
                fclose(out);
            return EXIT_INPUT;
        }
    }
    if (c->errpath && strcmp(c->errpath, "-") == 0) {
        err = out;   // error lines among the records, for filters under Hadoop or Spark
    } else if (c->errpath) {
        if (nj && jn[nj - 1].err_off >= 0)
            if (truncate(c->errpath, jn[nj - 1].err_off) != 0) { /* a new errors file */ }
        if (!(err = fopen(c->errpath, nj ? "a" : "w"))) {
            cli_error("extract", "%s: cannot create: %s", c->errpath, strerror(errno));
            return EXIT_USAGE;
        }
    }
    if (!nj) {
        if (c->excel)
            fputs("\xEF\xBB\xBF", out);
        if (c->sep)
            fprintf(out, "%s%s", zc_csv_header(c->sep), c->sep == ',' ? "\r\n" : "\n");
    }

    feeder f = {.cfg = c};
    cli_inputs_init(&f.queue);
    if (c->files_from) {
        f.list = strcmp(c->files_from, "-") == 0 ? stdin : fopen(c->files_from, "r");
        if (!f.list) {
            cli_error("extract", "%s: cannot open: %s", c->files_from, strerror(errno));
            return EXIT_USAGE;
        }
    }
    engine e = {.cfg = c, .window = (size_t)c->jobs * 4 + 4};
    e.slots = calloc(e.window, sizeof *e.slots);
    pthread_mutex_init(&e.mu, NULL);
    pthread_cond_init(&e.work, NULL);
    pthread_cond_init(&e.done, NULL);
    pthread_t *th = calloc((size_t)c->jobs, sizeof *th);
    int nth = 0;
    for (int i = 0; e.slots && th && i < c->jobs; i++)
        if (pthread_create(&th[nth], NULL, worker, &e) == 0)
            nth++;
    if (!nth) {
        cli_error("extract", "cannot start worker threads");
        return EXIT_INPUT;
    }

    if (c->progress) {
        // On a terminal, walk the paths once first so the progress line can show an ETA.
        cli_inputs walk;
        cli_inputs_init(&walk);
        for (int a = 0; a < c->npaths; a++) {
            cli_inputs_add(&walk, c->paths[a]);
            char *p, *why;
            while (cli_inputs_next(&walk, &p, &why)) {
                struct stat ps;
                if (!why && stat(p, &ps) == 0 && S_ISREG(ps.st_mode))
                    f.total_bytes += (size_t)ps.st_size;
                free(p);
                free(why);
            }
        }
        cli_inputs_free(&walk);
    }
    stats st = {.t0 = now_s()};
    size_t skipped = 0;    // inputs the journal says are done
    int rc = EXIT_OK;
    bool feeding = true;
    double last_progress = 0;
    for (;;) {
        // Fill free slots in order.
        while (feeding && e.next_fill < e.next_write + e.window) {
            item it;
            if (!feed_next(&f, &it)) {
                feeding = false;
                break;
            }
            if (c->nshards > 1 && id_hash(it.id) % c->nshards != c->shard) {
                item_free(&it);
                continue;
            }
            if (skipped < nj) {
                if (strcmp(jn[skipped].id, it.id) != 0) {
                    cli_error("extract", "cannot resume: input %zu is %s, the interrupted run "
                                         "had %s (give the same inputs)", skipped + 1, it.id,
                              jn[skipped].id);
                    item_free(&it);
                    rc = EXIT_USAGE;
                    feeding = false;
                    break;
                }
                // Done before the interruption: it counts as if done now.
                const journal_entry *je = &jn[skipped++];
                if (je->failed) {
                    st.failed++;
                    rc = rc == EXIT_OK ? EXIT_INPUT : rc;
                } else {
                    st.ok++;
                }
                for (int k = 0; k < 4; k++)
                    st.nrec[k] += je->nrec[k];
                item_free(&it);
                continue;
            }
            slot *sl = &e.slots[e.next_fill % e.window];
            memset(sl, 0, sizeof *sl);
            sl->it = it;
            pthread_mutex_lock(&e.mu);
            sl->state = SLOT_READY;
            e.next_fill++;
            pthread_cond_signal(&e.work);
            pthread_mutex_unlock(&e.mu);
        }
        pthread_mutex_lock(&e.mu);
        if (!feeding && !e.no_more) {
            e.no_more = true;
            pthread_cond_broadcast(&e.work);
        }
        if (e.next_write == e.next_fill && !feeding) {
            pthread_mutex_unlock(&e.mu);
            break;
        }
        slot *sl = &e.slots[e.next_write % e.window];
        // Wake for a few slots at once while the window is full and inputs remain: every
        // wake-up of this thread takes a core from a worker on a 2-core machine.
        uint64_t ahead = feeding && e.next_fill - e.next_write > (uint64_t)c->jobs
                             ? (uint64_t)c->jobs : 0;
        e.wake_at = e.next_write + ahead;
        for (;;) {
            if (e.slots[e.wake_at % e.window].state == SLOT_DONE) {
                if (sl->state == SLOT_DONE)
                    break;
                e.wake_at = e.next_write;   // a later slot finished first: wait for this one
                continue;
            }
            if (c->progress) {
                struct timespec ts;
                clock_gettime(CLOCK_REALTIME, &ts);
                ts.tv_nsec += 250000000;
                if (ts.tv_nsec >= 1000000000) {
                    ts.tv_sec++;
                    ts.tv_nsec -= 1000000000;
                }
                pthread_cond_timedwait(&e.done, &e.mu, &ts);
                pthread_mutex_unlock(&e.mu);
                if (now_s() - last_progress > 0.25) {
                    progress_line(&st, f.total_bytes, false);
                    last_progress = now_s();
                }
                pthread_mutex_lock(&e.mu);
            } else {
                pthread_cond_wait(&e.done, &e.mu);
            }
        }
        pthread_mutex_unlock(&e.mu);
        // Write the slot in order, then vouch for it in the journal.
        if (sl->outlen && fwrite(sl->out, 1, sl->outlen, out) != sl->outlen)
            rc = EXIT_INPUT;
        if (sl->spill) {
            char buf[1 << 16];
            size_t n;
            rewind(sl->spill);
            while ((n = fread(buf, 1, sizeof buf, sl->spill)) > 0)
                if (fwrite(buf, 1, n, out) != n)
                    rc = EXIT_INPUT;
            if (ferror(sl->spill))
                rc = EXIT_INPUT;
            fclose(sl->spill);
        }
        if (sl->errlen)
            fwrite(sl->err, 1, sl->errlen, err);
        else if (sl->failed)   // its error line could not be rendered for want of memory
            error_json(err, sl->it.id, "out of memory", -1);
        if (sl->failed) {
            st.failed++;
            rc = rc == EXIT_OK ? EXIT_INPUT : rc;
        } else {
            st.ok++;
        }
        st.bytes += sl->bytes;
        for (int k = 0; k < 4; k++)
            st.nrec[k] += sl->nrec[k];
        if (journal) {
            fflush(out);
            fflush(err);
            fprintf(journal, "%llu\t%s\t%ld\t%ld\t%d\t%zu\t%zu\t%zu\t%zu\n",
                    (unsigned long long)(skipped + e.next_write), sl->it.id, ftell(out),
                    err != stderr && err != out ? ftell(err) : -1L, sl->failed, sl->nrec[0],
                    sl->nrec[1], sl->nrec[2], sl->nrec[3]);
            fflush(journal);
        }
        free(sl->out);
        free(sl->err);
        item_free(&sl->it);
        pthread_mutex_lock(&e.mu);
        sl->state = SLOT_FREE;
        e.next_write++;
        pthread_mutex_unlock(&e.mu);
    }
    if (rc != EXIT_USAGE && skipped < nj) {
        cli_error("extract", "cannot resume: the interrupted run had done %zu inputs, these "
                             "inputs are only %zu (give the same inputs)", nj, skipped);
        rc = EXIT_USAGE;
    }
    for (int i = 0; i < nth; i++)
        pthread_join(th[i], NULL);
    if (c->progress)
        progress_line(&st, 0, true);

    bool ok = fflush(out) == 0 && !ferror(out);
    if (to_file) {
        ok = fclose(out) == 0 && ok;
        fclose(journal);
        if (ok && rc != EXIT_USAGE) {
            if (rename(partial, c->outpath) != 0)
                ok = false;
            else
                remove(jpath);
        }
        if (!ok)
            cli_error("extract", "%s: cannot write: %s", c->outpath, strerror(errno));
    } else if (!ok) {
        cli_error("extract", "standard output: cannot write: %s", strerror(errno));
    }
    if (err != stderr && err != out)
        fclose(err);
    if (!c->quiet) {
        double dt = now_s() - st.t0;
        char resumed[64] = "";
        if (skipped)
            snprintf(resumed, sizeof resumed, " (%zu done before the resume)", skipped);
        fprintf(stderr,
                "zhengce extract: %zu documents%s: %zu ok, %zu failed; records: %zu target, "
                "%zu deadline, %zu enforcement, %zu statistic; %.1f MB in %.2f s (%.1f MB/s)\n",
                st.ok + st.failed, resumed, st.ok, st.failed, st.nrec[ZC_KIND_TARGET],
                st.nrec[ZC_KIND_DEADLINE], st.nrec[ZC_KIND_ENFORCEMENT],
                st.nrec[ZC_KIND_STATISTIC], st.bytes / 1e6, dt, dt > 0 ? st.bytes / 1e6 / dt : 0);
    }
    for (size_t i = 0; i < nj; i++)
        free(jn[i].id);
    free(jn);
    if (f.list && f.list != stdin)
        fclose(f.list);
    cli_inputs_free(&f.queue);
    free(f.line);
    idset_free(&f.seen);
    free(th);
    free(e.slots);
    pthread_mutex_destroy(&e.mu);
    pthread_cond_destroy(&e.work);
    pthread_cond_destroy(&e.done);
    return !ok ? EXIT_INPUT : rc;
}
