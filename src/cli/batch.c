/*
 * batch.c — the extraction engine (batch.h). The main thread reads inputs lazily into a ring
 * of slots (at most `window` documents in flight, so memory follows the documents being
 * processed, not the corpus), workers take slots in input order, and the main thread writes
 * finished slots in input order. With an output file, results go to OUT.partial, locked
 * while the run lives, with a journal OUT.partial.journal: a first line "#zhengce-journal
 * <TAB>" and the options that shape the records as a JSON object, then a line after each
 * document: "seq<TAB>id<TAB>out-offset<TAB>err-offset<TAB>failed<TAB>" and its target,
 * deadline, enforcement and statistic record counts. A killed run resumes exactly, and its
 * summary and exit status count the documents done before the kill; the finished file is
 * renamed to OUT and its journal to OUT.journal, which a later --resume reports from.
 */
#define _GNU_SOURCE   // fopencookie, strndup
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
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
    char *doc_date;    /* a --jsonl-in line's own "doc_date", or NULL */
    char *meta;        /* a --jsonl-in line's "meta" object as JSON, copied into each record */
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
    FILE *out;         /* the run's output, for the slot next in order (write_through) */
} engine;

/* ---- inputs ------------------------------------------------------------------------ */

static void item_free(item *it)
{
    free(it->id);
    free(it->path);
    free(it->text);
    free(it->error);
    free(it->doc_date);
    free(it->meta);
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
    json_t *dd = o ? json_object_get(o, "doc_date") : NULL, *meta = o ? json_object_get(o, "meta") : NULL;
    if (dd && !json_is_null(dd) && !(json_is_string(dd) && cli_valid_date(json_string_value(dd))))
        item_fail(it, "standard input line %zu: doc_date is not a date YYYY-MM-DD", lineno);
    else if (json_is_string(dd))
        it->doc_date = strdup(json_string_value(dd));
    if (meta && !json_is_null(meta) && !json_is_object(meta))
        item_fail(it, "standard input line %zu: meta is not a JSON object", lineno);
    else if (json_is_object(meta))
        it->meta = json_dumps(meta, JSON_COMPACT);
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
    // A short message is escaped on the stack: an error line must come out when memory has
    // run out, and then the message is usually that.
    char buf[1024], *heap = NULL;
    size_t len = strlen(msg);
    const char *safe = buf;
    if (len < sizeof buf / 4)
        cli_name_escape_to(buf, msg, len);
    else
        safe = heap = name_of(msg);
    fputs("{\"doc\":", f);
    cli_json_str(f, doc);
    fprintf(f, ",\"%s\":", what);
    cli_json_str(f, safe ? safe : "(out of memory)");
    free(heap);
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
        // A big document's records run to tens of MB: the library's large-buffer policy.
        char *nb = zc_big_realloc(*m->buf, cap);
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

/* Writes a document's output: its records in the run's format; in JSON Lines a line of kind
 * "document" with its metadata first (unless --no-meta: the library writes it with the
 * records); with a --jsonl-in "meta" object, that object as "meta" in each record (not in the
 * document line, which is no record). */
static zc_status write_doc(const batch_config *c, zc_doc *d, const item *it, FILE *out)
{
    if (c->sep)
        return c->excel ? zc_doc_write_csv_excel(d, out, c->sep) : zc_doc_write_csv(d, out, c->sep);
    if (!it->meta)
        return zc_doc_write_jsonl(d, out);
    const char *json;
    size_t len;
    zc_status s = zc_doc_records_json(d, &json, &len);
    if (s != ZC_OK)
        return s;
    for (const char *line = json, *nl; *line; line = nl + 1) {
        nl = strchr(line, '\n');   // each line is one object ending in '}' then '\n'
        // The first unescaped ,"kind":" of a line is its kind member (the doc id is escaped).
        static const char doc_kind[] = ",\"kind\":\"document\"";
        const char *k = strstr(line, ",\"kind\":\"");
        if (k && k < nl && strncmp(k, doc_kind, sizeof doc_kind - 1) == 0) {
            fwrite(line, 1, (size_t)(nl - line) + 1, out);
            continue;
        }
        fwrite(line, 1, (size_t)(nl - line) - 1, out);
        fputs(",\"meta\":", out);
        fputs(it->meta, out);
        fputs("}\n", out);
    }
    return ferror(out) ? ZC_EIO : ZC_OK;
}

/* The run's output when slot `seq` is the next to be written, else NULL. Every slot before
 * it is written then, and the writer waits for this one: its worker owns the output until
 * it marks the slot done, and writes the records there rather than copy them in memory (a
 * big document's run to tens of MB, which a temporary file would hold otherwise). */
static FILE *write_through(engine *e, uint64_t seq)
{
    pthread_mutex_lock(&e->mu);
    FILE *out = seq == e->next_write ? e->out : NULL;
    pthread_mutex_unlock(&e->mu);
    return out;
}

/* Writes the records of slot `seq`'s doc through to the run's output (*direct set to it)
 * when the slot is next in order, else into its memory stream `out`. False on failure. */
static bool write_records_of(engine *e, uint64_t seq, zc_doc *d, const item *it, FILE *out,
                             FILE **direct)
{
    if ((*direct = write_through(e, seq)))
        return write_doc(e->cfg, d, it, *direct) == ZC_OK && !ferror(*direct);
    return write_doc(e->cfg, d, it, out) == ZC_OK && fflush(out) == 0;
}

/* Extracts one slot's input into its rendered output (or straight into the run's output,
 * write_through) or error line. */
static void process(engine *e, uint64_t seq, slot *sl)
{
    const batch_config *c = e->cfg;
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
    FILE *direct = NULL;
    char msg[1024];
    zc_status s;
    if (it->error) {
        error_json(err, it->id, it->error, -1);
        sl->failed = true;
    } else {
        zc_options opt = c->opt;   // a --jsonl-in line may give its own document date
        if (it->doc_date)
            opt.doc_date = it->doc_date;
        s = it->text ? zc_doc_new(it->text, it->text_len, it->id, &opt, &d)
                     : zc_doc_new_file(it->path, it->id, &opt, &d, msg, sizeof msg);
        if (s != ZC_OK) {
            error_json(err, it->id, it->text ? zc_strerror(s) : msg, -1);
            sl->failed = true;
        } else if (zc_doc_bytes(d, &sl->bytes), (s = zc_extract(c->model, d)) != ZC_OK) {
            error_json(err, it->id, zc_doc_errmsg(d), zc_doc_erroffset(d));
            sl->failed = true;
        } else if (!write_records_of(e, seq, d, it, out, &direct)) {
            // No record of the document is written (not a cut line), and it fails with its
            // error line: a memory stream fails for want of memory, a spill file for room;
            // written through, the run's output failed (the run says so too).
            error_json(err, it->id, direct      ? "cannot write its records to the output"
                                    : sl->spill ? "cannot write its records to a temporary file"
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
        process(e, seq, sl);
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
    off_t end;         /* the journal's length up to and with this line */
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

#define JOURNAL_MAGIC "#zhengce-journal\t"

/* Reads a journal: its first line, the options (*header, NULL when the file is missing or
 * empty; *foreign when that line is not a header of this form), then its complete entry
 * lines, each with its end offset, so what a kill cut short can be cut off before the
 * journal is appended to. */
static journal_entry *read_journal(const char *path, size_t *n, json_t **header, bool *foreign)
{
    *n = 0;
    *header = NULL;
    *foreign = false;
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    journal_entry *v = NULL;
    size_t cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    off_t end = 0;
    while ((len = getline(&line, &lcap, f)) > 0) {
        if (line[len - 1] != '\n')
            break;   // cut by a kill: not complete
        line[len - 1] = '\0';
        end += len;
        if (!*header) {
            size_t m = strlen(JOURNAL_MAGIC);
            if (strncmp(line, JOURNAL_MAGIC, m) != 0 ||
                !(*header = json_loads(line + m, 0, NULL)) || !json_is_object(*header)) {
                json_decref(*header);
                *header = NULL;
                *foreign = true;
                break;
            }
            continue;
        }
        if (*n == cap) {
            cap = cap ? cap * 2 : 256;
            journal_entry *nv = realloc(v, cap * sizeof *v);
            if (!nv)
                break;
            v = nv;
        }
        if (!parse_journal_line(line, &v[*n]))
            break;   // not a line of this form: what follows is redone
        v[*n].end = end;
        (*n)++;
    }
    free(line);
    fclose(f);
    return v;
}

static void free_journal(journal_entry *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i].id);
    free(v);
}

/* What shapes the records and where they go, as the journal's header: a resumed run with
 * other options would append records of another kind to the same file. Keys are named as
 * the options are, for the message that refuses a mismatch. */
static json_t *run_header(const batch_config *c)
{
    char shard[48];
    snprintf(shard, sizeof shard, "%u/%u", c->shard, c->nshards > 1 ? c->nshards : 1);
    char *errors = NULL;
    if (c->errpath && strcmp(c->errpath, "-") != 0)
        errors = cli_path_resolve(c->errpath);
    json_t *h = json_pack("{s:s, s:s, s:b, s:s, s:b, s:b, s:s, s:b, s:s, s:s, s:s}",
                          "version", zc_version(),
                          "--format", c->sep == ',' ? "csv" : c->sep == '\t' ? "tsv" : "jsonl",
                          "--excel", c->excel,
                          "--doc-date", c->opt.doc_date ? c->opt.doc_date : "",
                          "--no-t2s", !c->opt.t2s,
                          "--keep-boilerplate", c->opt.keep_boilerplate,
                          "--from", c->opt.from == ZC_ENC_UNKNOWN ? ""
                                                                 : zc_encoding_name(c->opt.from),
                          "--lossy", c->opt.lossy,
                          "--shard", shard,
                          "--errors", !c->errpath ? "standard error"
                                      : strcmp(c->errpath, "-") == 0 ? "-"
                                      : errors ? errors : c->errpath,
                          "--dict-dir/--user-dict", c->model_id ? c->model_id : "");
    free(errors);
    // The document lines (JSON Lines, not --no-meta), recorded by the name the option had
    // when they were opt-in: a journal of an earlier run without them does not resume.
    if (h && !c->sep && !c->opt.no_meta && json_object_set_new(h, "--meta", json_true()))
        json_decref(h), h = NULL;
    if (h && c->opt.explain && json_object_set_new(h, "--explain", json_true()))
        json_decref(h), h = NULL;
    if (h && c->opt.input_format != ZC_INPUT_AUTO &&
        json_object_set_new(h, "--input-format",
                            json_string(zc_input_format_name(c->opt.input_format))))
        json_decref(h), h = NULL;
    return h;
}

/* The first option in which a journal's header differs from this run's, or NULL; *was and
 * *now are its values as JSON (malloc'd). */
static const char *header_mismatch(json_t *journal, json_t *run, char **was, char **now)
{
    const char *key;
    json_t *v;
    json_object_foreach(run, key, v) {
        json_t *w = json_object_get(journal, key);
        if (!w || !json_equal(v, w)) {
            *was = w ? json_dumps(w, JSON_ENCODE_ANY) : strdup("(not recorded)");
            *now = json_dumps(v, JSON_ENCODE_ANY);
            return key;
        }
    }
    json_object_foreach(journal, key, v) {   // an option recorded only when given
        if (!json_object_get(run, key)) {
            *was = json_dumps(v, JSON_ENCODE_ANY);
            *now = strdup("(not given)");
            return key;
        }
    }
    return NULL;
}

/* Refuses (false, after a message) a journal written with other options or by another
 * version of the journal format. */
static bool journal_fits(const char *jpath, json_t *header, bool foreign, json_t *run)
{
    if (foreign) {
        cli_error("extract", "cannot resume: %s was not written by this version of zhengce; "
                             "start over without --resume", jpath);
        return false;
    }
    char *was = NULL, *now = NULL;
    const char *key = header ? header_mismatch(header, run, &was, &now) : NULL;
    if (key) {
        cli_error("extract", "cannot resume: %s differs (the interrupted run: %s, this run: %s); "
                             "give the same options, or start over without --resume",
                  key, was ? was : "?", now ? now : "?");
        free(was);
        free(now);
        return false;
    }
    return true;
}

/* ---- output files ------------------------------------------------------------------ */

/* Standard output for NULL, "-" and /dev/stdout, standard error for /dev/stderr: streams
 * written as they are; NULL for a path the run opens itself. */
static FILE *std_stream(const char *path)
{
    if (!path || strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0)
        return stdout;
    return strcmp(path, "/dev/stderr") == 0 ? stderr : NULL;
}

static char *suffixed(const char *path, const char *suffix)
{
    size_t len = strlen(path) + strlen(suffix) + 1;
    char *s = malloc(len);
    if (s)
        snprintf(s, len, "%s%s", path, suffix);
    return s;
}

static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* True when the resolved path `p` lies under the resolved directory `dir`. */
static bool path_under(const char *p, const char *dir)
{
    size_t n = strlen(dir);
    return strncmp(p, dir, n) == 0 && (p[n] == '/' || (n == 1 && p[1]));
}

/* A file the run writes, for the checks before it starts. */
typedef struct outname {
    const char *opt;   /* "-o" or "--errors" */
    char *path, *real;
    bool exists;
    struct stat st;
} outname;

/* The refusal of output `o` against input `in` (exists: *ist), or NULL. */
static const char *clash(const outname *o, const char *in_real, bool in_exists,
                         const struct stat *ist)
{
    if ((o->exists && in_exists && same_file(&o->st, ist)) ||
        (o->real && in_real && strcmp(o->real, in_real) == 0))
        return "is an input of this run, which writing would destroy";
    if (o->real && in_real && in_exists && S_ISDIR(ist->st_mode) && path_under(o->real, in_real))
        return "lies under an input directory, so the run would read its own output";
    return NULL;
}

int batch_check_outputs(const batch_config *c, const char *const *read, size_t nread)
{
    static const char *const sfx[] = {"", ".partial", ".partial.journal", ".journal"};
    outname o[5];
    size_t n = 0;
    if (!std_stream(c->outpath))
        for (size_t k = 0; k < 4; k++)
            o[n++] = (outname){.opt = "-o", .path = suffixed(c->outpath, sfx[k])};
    if (c->errpath && strcmp(c->errpath, "-") != 0 && !std_stream(c->errpath))
        o[n++] = (outname){.opt = "--errors", .path = strdup(c->errpath)};
    int rc = EXIT_OK;
    for (size_t i = 0; i < n; i++) {
        if (!o[i].path) {
            cli_error("extract", "out of memory");
            rc = EXIT_INPUT;   // not a usage error: the same command may run with more memory
            continue;
        }
        o[i].real = cli_path_resolve(o[i].path);
        o[i].exists = stat(o[i].path, &o[i].st) == 0;
    }
    for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
        mode_t m = o[i].st.st_mode;
        bool to_err = o[i].opt[1] == '-';
        if (o[i].exists && !to_err && !S_ISREG(m)) {
            // -o writes OUT.partial and renames it over OUT: a device node or FIFO would be
            // replaced by a regular file.
            cli_error("extract", "-o %s: %s is not a regular file, and -o replaces its file "
                                 "when done (for a device or pipe, write to standard output: "
                                 "-o - and redirect it)", c->outpath, o[i].path);
            rc = EXIT_USAGE;
        } else if (o[i].exists && to_err && (S_ISDIR(m) || S_ISBLK(m) || S_ISSOCK(m))) {
            cli_error("extract", "--errors %s: a directory, block device or socket, not a "
                                 "file for error lines", o[i].path);
            rc = EXIT_USAGE;
        }
        for (size_t j = 0; j < i && rc == EXIT_OK; j++)
            if (o[i].opt != o[j].opt &&
                ((o[i].exists && o[j].exists && same_file(&o[i].st, &o[j].st)) ||
                 (o[i].real && o[j].real && strcmp(o[i].real, o[j].real) == 0))) {
                cli_error("extract", "--errors %s is the same file as %s, which -o writes: the "
                                     "error lines would be lost", o[i].path, o[j].path);
                rc = EXIT_USAGE;
            }
    }
    // The inputs named on the command line (a --files-from list's own entries are checked
    // as they are read), then the other files the run reads.
    for (long a = -1; a < c->npaths + (long)nread && rc == EXIT_OK; a++) {
        const char *in = a < 0 ? c->files_from : a < c->npaths ? c->paths[a]
                                                               : read[a - c->npaths];
        if (!in || strcmp(in, "-") == 0)
            continue;
        struct stat ist;
        bool in_exists = stat(in, &ist) == 0;
        char *in_real = cli_path_resolve(in);
        for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
            const char *why = clash(&o[i], in_real, in_exists, &ist);
            if (why) {
                cli_error("extract", "%s %s: %s (%s %s)", o[i].opt, o[i].path, why,
                          a < 0 ? "--files-from" : a < c->npaths ? "input" : "--user-dict", in);
                rc = EXIT_USAGE;
            }
        }
        free(in_real);
    }
    for (size_t i = 0; i < n; i++) {
        free(o[i].path);
        free(o[i].real);
    }
    return rc;
}

/* Opens and locks OUT.partial without truncating it, so a second run with the same -o fails
 * before it changes anything. The lock lives as long as the descriptor. Returns an exit
 * status; EXIT_OK with *fd set. */
static int lock_partial(const char *path, int *fdp)
{
    for (int tries = 0; tries < 100; tries++) {
        int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0) {
            cli_error("extract", "%s: cannot write: %s", path, strerror(errno));
            return EXIT_INPUT;
        }
        if (flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
            // Other failures (a file system without locks) leave the run unlocked.
            close(fd);
            return cli_usage("extract",
                             "%s is locked: another run is writing this -o output (wait for "
                             "it to end, or give another -o)", path);
        }
        // A run that just ended may have renamed the file opened here: lock the one at path.
        struct stat a, b;
        if (fstat(fd, &a) == 0 && stat(path, &b) == 0 && same_file(&a, &b)) {
            *fdp = fd;
            return EXIT_OK;
        }
        close(fd);
    }
    cli_error("extract", "%s: keeps changing: cannot lock it", path);
    return EXIT_INPUT;
}

/* Makes a rename in the directory of `path` durable. */
static void sync_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
    int fd = dir ? open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
    free(dir);
}

/* True when `f` has failed a write; the first failure is reported (stream `name`) once. */
static bool stream_failed(FILE *f, const char *name, bool *reported)
{
    if (!ferror(f))
        return false;
    if (!*reported)
        cli_error("extract", "%s: cannot write error lines: %s", name, strerror(errno));
    *reported = true;
    return true;
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

static void print_summary(const stats *st, size_t skipped)
{
    double dt = now_s() - st->t0;
    char resumed[64] = "";
    if (skipped)
        snprintf(resumed, sizeof resumed, " (%zu done before the resume)", skipped);
    fprintf(stderr,
            "zhengce extract: %zu documents%s: %zu ok, %zu failed; records: %zu target, "
            "%zu deadline, %zu enforcement, %zu statistic; %.1f MB in %.2f s (%.1f MB/s)\n",
            st->ok + st->failed, resumed, st->ok, st->failed, st->nrec[ZC_KIND_TARGET],
            st->nrec[ZC_KIND_DEADLINE], st->nrec[ZC_KIND_ENFORCEMENT],
            st->nrec[ZC_KIND_STATISTIC], st->bytes / 1e6, dt, dt > 0 ? st->bytes / 1e6 / dt : 0);
}

/* --resume of a run that finished: its journal, kept as OUT.journal, gives the summary and
 * the exit status it ended with. */
static int finished_run(const batch_config *c, const char *jdone, const char *jpath, json_t *run)
{
    // A kill between the two renames at the end leaves the journal under its first name.
    const char *jp = access(jdone, F_OK) == 0 ? jdone : jpath;
    size_t nj = 0;
    json_t *h;
    bool foreign;
    journal_entry *jn = read_journal(jp, &nj, &h, &foreign);
    int rc = EXIT_OK;
    struct stat so;
    if (!h && !foreign) {
        if (!c->quiet)
            fprintf(stderr, "zhengce extract: %s is complete; nothing to resume (no journal "
                            "tells how its inputs went)\n", c->outpath);
    } else if (!journal_fits(jp, h, foreign, run)) {
        rc = EXIT_USAGE;
    } else if (stat(c->outpath, &so) != 0 || (nj && so.st_size != jn[nj - 1].out_off)) {
        cli_error("extract", "cannot resume: %s does not describe %s, which changed since",
                  jp, c->outpath);
        rc = EXIT_USAGE;
    } else {
        stats st = {.t0 = now_s()};
        for (size_t i = 0; i < nj; i++) {
            jn[i].failed ? st.failed++ : st.ok++;
            for (int k = 0; k < 4; k++)
                st.nrec[k] += jn[i].nrec[k];
        }
        rc = st.failed ? EXIT_INPUT : EXIT_OK;
        if (!c->quiet) {
            fprintf(stderr, "zhengce extract: %s is complete; nothing to resume\n", c->outpath);
            print_summary(&st, nj);
        }
    }
    json_decref(h);
    free_journal(jn, nj);
    return rc;
}

/* The open outputs of a run. */
typedef struct outputs {
    FILE *out, *err, *journal;   /* journal: with -o OUT only */
    const char *err_name;
    bool err_file;               /* error lines go to a regular file: journaled, synced */
    journal_entry *jn;           /* with --resume: the inputs done before */
    size_t nj;
} outputs;

/* Makes what the journal says durable: the records and error lines first, then the
 * journal. False when the output could not be synced. */
static bool sync_outputs(const outputs *o)
{
    bool ok = fflush(o->out) == 0 && fsync(fileno(o->out)) == 0;
    if (o->err_file)
        (void)fsync(fileno(o->err));   // a failure shows in the final flush and fsync
    (void)(fflush(o->journal) == 0 && fsync(fileno(o->journal)) == 0);
    return ok;
}

/* True when the files still hold what journal entry `e` vouches for: a kill, a crash before
 * the data reached the disk, or a hand may have cut them shorter. */
static bool vouched(int pfd, off_t psize, off_t esize, const journal_entry *e)
{
    char last = '\n';
    return e->out_off <= psize && (esize < 0 || e->err_off <= esize) &&
           (e->out_off == 0 || (pread(pfd, &last, 1, e->out_off - 1) == 1 && last == '\n'));
}

/* Opens the output, the journal and the error stream; with --resume, checks the journal
 * against this run's options and cuts every file back to the last input the journal and
 * the files both vouch for. Returns an exit status. */
static int open_outputs(const batch_config *c, const char *partial, const char *jpath,
                        json_t *run, const char *run_line, outputs *o)
{
    FILE *std = std_stream(c->outpath);
    int pfd = -1, jfd = -1, efd = -1, rc = EXIT_OK;
    *o = (outputs){.out = std, .err = stderr, .err_name = "standard error"};
    if (!std && (rc = lock_partial(partial, &pfd)) != EXIT_OK)
        return rc;
    if (!std && c->resume) {
        json_t *h;
        bool foreign;
        o->jn = read_journal(jpath, &o->nj, &h, &foreign);
        bool fits = journal_fits(jpath, h, foreign, run);
        json_decref(h);
        if (!fits) {
            rc = EXIT_USAGE;
            goto fail;
        }
    }
    struct stat es;
    if (c->errpath && strcmp(c->errpath, "-") != 0 && std_stream(c->errpath)) {
        o->err = std_stream(c->errpath);
        o->err_name = o->err == stdout ? "standard output" : "standard error";
    } else if (c->errpath && strcmp(c->errpath, "-") != 0) {
        // Not truncated before it is locked: another run may be writing it.
        if ((efd = open(c->errpath, O_WRONLY | O_CREAT | O_CLOEXEC, 0666)) < 0 ||
            fstat(efd, &es) != 0) {
            cli_error("extract", "%s: cannot create: %s", c->errpath, strerror(errno));
            rc = EXIT_USAGE;
            goto fail;
        }
        o->err_file = S_ISREG(es.st_mode);
        o->err_name = c->errpath;
        if (o->err_file && flock(efd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
            cli_error("extract", "%s is locked: another run is writing its error lines there "
                                 "(wait for it to end, or give another --errors)", c->errpath);
            rc = EXIT_USAGE;
            goto fail;
        }
    }
    struct stat ps;
    size_t k = o->nj;
    if (k && fstat(pfd, &ps) == 0) {
        off_t esize = o->err_file ? es.st_size : -1;
        while (k && !vouched(pfd, ps.st_size, esize, &o->jn[k - 1]))
            k--;
        if (k < o->nj)
            fprintf(stderr, "zhengce extract: %s or its error lines are shorter than its "
                            "journal says: resuming after input %zu, not %zu\n",
                    partial, k, o->nj);
        for (size_t i = k; i < o->nj; i++)
            free(o->jn[i].id);
        o->nj = k;
    }
    const journal_entry *last = o->nj ? &o->jn[o->nj - 1] : NULL;
    if (!std) {
        if ((jfd = open(jpath, O_WRONLY | O_CREAT | O_CLOEXEC, 0666)) < 0 ||
            ftruncate(pfd, last ? last->out_off : 0) != 0 ||
            ftruncate(jfd, last ? last->end : 0) != 0 || lseek(pfd, 0, SEEK_END) < 0 ||
            lseek(jfd, 0, SEEK_END) < 0 || !(o->out = fdopen(pfd, "w"))) {
            cli_error("extract", "%s: cannot write: %s", jfd < 0 ? jpath : partial,
                      strerror(errno));
            rc = EXIT_INPUT;
            goto fail;
        }
        pfd = -1;
        if (!(o->journal = fdopen(jfd, "w"))) {
            cli_error("extract", "%s: cannot write: %s", jpath, strerror(errno));
            rc = EXIT_INPUT;
            goto fail;
        }
        jfd = -1;
        if (!last)
            fprintf(o->journal, JOURNAL_MAGIC "%s\n", run_line);
        fflush(o->journal);
    }
    if (efd >= 0) {
        if ((o->err_file && (ftruncate(efd, last && last->err_off >= 0 ? last->err_off : 0) != 0 ||
                             lseek(efd, 0, SEEK_END) < 0)) ||
            !(o->err = fdopen(efd, "w"))) {
            cli_error("extract", "%s: cannot write: %s", c->errpath, strerror(errno));
            rc = EXIT_INPUT;
            goto fail;
        }
        efd = -1;
    }
    if (c->errpath && strcmp(c->errpath, "-") == 0) {
        o->err = o->out;   // error lines among the records, for filters under Hadoop or Spark
        o->err_name = std ? "standard output" : partial;
    }
    return EXIT_OK;
fail:
    if (pfd >= 0)
        close(pfd);
    if (jfd >= 0)
        close(jfd);
    if (efd >= 0)
        close(efd);
    if (o->out && o->out != std)
        fclose(o->out);
    if (o->journal)
        fclose(o->journal);
    free_journal(o->jn, o->nj);
    *o = (outputs){0};
    return rc;
}

/* What the writer thread keeps while a run goes on (batch_run and its helpers below). */
typedef struct batch_state {
    const batch_config *c;
    outputs o;
    struct stat outs[4];   /* the files this run writes, so an input that is one stops it */
    size_t nouts;
    feeder f;
    engine e;
    stats st;
    size_t skipped;        /* inputs the journal says are done */
    int rc;
    bool err_failed;       /* a write of error lines failed (reported once) */
    bool feeding;
    double last_sync, last_progress;
} batch_state;

/* On a terminal, walks the paths once first so the progress line can show an ETA. */
static void progress_walk(batch_state *b)
{
    cli_inputs walk;
    cli_inputs_init(&walk);
    for (int a = 0; a < b->c->npaths; a++) {
        cli_inputs_add(&walk, b->c->paths[a]);
        char *p, *why;
        while (cli_inputs_next(&walk, &p, &why)) {
            struct stat ps;
            if (!why && stat(p, &ps) == 0 && S_ISREG(ps.st_mode))
                b->f.total_bytes += (size_t)ps.st_size;
            free(p);
            free(why);
        }
    }
    cli_inputs_free(&walk);
}

/* Counts an input the journal says was done before the interruption, as if done now; false
 * (a usage error) when it is not the input the journal names. */
static bool skip_done(batch_state *b, item *it)
{
    const journal_entry *je = &b->o.jn[b->skipped];
    if (strcmp(je->id, it->id) != 0) {
        cli_error("extract", "cannot resume: input %zu is %s, the interrupted run had %s (give "
                             "the same inputs)", b->skipped + 1, it->id, je->id);
        b->rc = EXIT_USAGE;
        return false;
    }
    b->skipped++;
    if (je->failed) {
        b->st.failed++;
        b->rc = b->rc == EXIT_OK ? EXIT_INPUT : b->rc;
    } else {
        b->st.ok++;
    }
    for (int k = 0; k < 4; k++)
        b->st.nrec[k] += je->nrec[k];
    return true;
}

/* Fills the free slots of the window with the next inputs, in order. */
static void feed_slots(batch_state *b)
{
    const batch_config *c = b->c;
    engine *e = &b->e;
    while (b->feeding && e->next_fill < e->next_write + e->window) {
        item it;
        if (!feed_next(&b->f, &it)) {
            b->feeding = false;
            break;
        }
        if (c->nshards > 1 && id_hash(it.id) % c->nshards != c->shard) {
            item_free(&it);
            continue;
        }
        struct stat ist;
        bool is_output = false;
        if (it.path && b->nouts && stat(it.path, &ist) == 0)
            for (size_t i = 0; i < b->nouts; i++)
                is_output = is_output || same_file(&ist, &b->outs[i]);
        if (is_output) {
            cli_error("extract", "input %s is a file this run writes (-o or --errors): "
                                 "stopping before it reads it", it.id);
            item_free(&it);
            b->rc = EXIT_USAGE;
            b->feeding = false;
            break;
        }
        if (b->skipped < b->o.nj) {
            bool fits = skip_done(b, &it);
            item_free(&it);
            if (!fits) {
                b->feeding = false;
                break;
            }
            continue;
        }
        slot *sl = &e->slots[e->next_fill % e->window];
        memset(sl, 0, sizeof *sl);
        sl->it = it;
        pthread_mutex_lock(&e->mu);
        sl->state = SLOT_READY;
        e->next_fill++;
        pthread_cond_signal(&e->work);
        pthread_mutex_unlock(&e->mu);
    }
}

/* Waits for the next slot to write, in input order (drawing the progress line meanwhile);
 * NULL when every input is written. */
static slot *wait_slot(batch_state *b)
{
    const batch_config *c = b->c;
    engine *e = &b->e;
    pthread_mutex_lock(&e->mu);
    if (!b->feeding && !e->no_more) {
        e->no_more = true;
        pthread_cond_broadcast(&e->work);
    }
    if (e->next_write == e->next_fill && !b->feeding) {
        pthread_mutex_unlock(&e->mu);
        return NULL;
    }
    slot *sl = &e->slots[e->next_write % e->window];
    // Wake for a few slots at once while the window is full and inputs remain: every
    // wake-up of this thread takes a core from a worker on a 2-core machine.
    uint64_t ahead = b->feeding && e->next_fill - e->next_write > (uint64_t)c->jobs
                         ? (uint64_t)c->jobs : 0;
    e->wake_at = e->next_write + ahead;
    for (;;) {
        if (e->slots[e->wake_at % e->window].state == SLOT_DONE) {
            if (sl->state == SLOT_DONE)
                break;
            e->wake_at = e->next_write;   // a later slot finished first: wait for this one
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
            pthread_cond_timedwait(&e->done, &e->mu, &ts);
            pthread_mutex_unlock(&e->mu);
            if (now_s() - b->last_progress > 0.25) {
                progress_line(&b->st, b->f.total_bytes, false);
                b->last_progress = now_s();
            }
            pthread_mutex_lock(&e->mu);
        } else {
            pthread_cond_wait(&e->done, &e->mu);
        }
    }
    pthread_mutex_unlock(&e->mu);
    return sl;
}

/* Writes a done slot in order, then vouches for it in the journal, and frees the slot. */
static void write_slot(batch_state *b, slot *sl)
{
    FILE *out = b->o.out, *err = b->o.err;
    if (sl->outlen && fwrite(sl->out, 1, sl->outlen, out) != sl->outlen)
        b->rc = EXIT_INPUT;
    if (sl->spill) {
        char buf[1 << 16];
        size_t n;
        rewind(sl->spill);
        while ((n = fread(buf, 1, sizeof buf, sl->spill)) > 0)
            if (fwrite(buf, 1, n, out) != n)
                b->rc = EXIT_INPUT;
        if (ferror(sl->spill))
            b->rc = EXIT_INPUT;
        fclose(sl->spill);
    }
    if (sl->errlen)
        fwrite(sl->err, 1, sl->errlen, err);
    else if (sl->failed)   // its error line could not be rendered for want of memory
        error_json(err, sl->it.id, "out of memory", -1);
    stream_failed(err, b->o.err_name, &b->err_failed);
    if (sl->failed) {
        b->st.failed++;
        b->rc = b->rc == EXIT_OK ? EXIT_INPUT : b->rc;
    } else {
        b->st.ok++;
    }
    b->st.bytes += sl->bytes;
    for (int k = 0; k < 4; k++)
        b->st.nrec[k] += sl->nrec[k];
    if (b->o.journal) {
        fflush(out);
        if (fflush(err) != 0)
            stream_failed(err, b->o.err_name, &b->err_failed);
        fprintf(b->o.journal, "%llu\t%s\t%ld\t%ld\t%d\t%zu\t%zu\t%zu\t%zu\n",
                (unsigned long long)(b->skipped + b->e.next_write), sl->it.id, ftell(out),
                b->o.err_file ? ftell(err) : -1L, sl->failed, sl->nrec[0], sl->nrec[1],
                sl->nrec[2], sl->nrec[3]);
        fflush(b->o.journal);
        // A checkpoint a second: what the journal vouches for survives a crash.
        if (now_s() - b->last_sync >= 1) {
            sync_outputs(&b->o);
            b->last_sync = now_s();
        }
    }
    free(sl->out);
    free(sl->err);
    item_free(&sl->it);
    pthread_mutex_lock(&b->e.mu);
    sl->state = SLOT_FREE;
    b->e.next_write++;
    pthread_mutex_unlock(&b->e.mu);
}

/* Flushes, syncs and closes the outputs, renaming OUT.partial into place when the run is
 * whole; false when the output could not be written (said on stderr). */
static bool finish_outputs(batch_state *b, bool to_file, const char *partial, const char *jpath,
                           const char *jdone)
{
    const batch_config *c = b->c;
    FILE *out = b->o.out, *err = b->o.err;
    bool ok = fflush(out) == 0 && !ferror(out);
    if (err != out && fflush(err) != 0)
        stream_failed(err, b->o.err_name, &b->err_failed);
    if (to_file) {
        // Data before the rename, the rename before the report: a crash leaves the finished
        // output or the partial one with a journal that vouches for it, never a torn one.
        ok = sync_outputs(&b->o) && ok;
        if (b->o.err_file && fsync(fileno(err)) != 0)
            stream_failed(err, b->o.err_name, &b->err_failed);
        if (ok && !b->err_failed && b->rc != EXIT_USAGE) {
            if (rename(partial, c->outpath) != 0)
                ok = false;
            else if (rename(jpath, jdone) == 0)
                sync_dir(c->outpath);
        }
        if (!ok)
            cli_error("extract", "%s: cannot write: %s", c->outpath, strerror(errno));
        else if (b->err_failed && b->rc != EXIT_USAGE)
            cli_error("extract", "%s left as %s: not every error line was written (--resume "
                                 "redoes what is missing)", c->outpath, partial);
        ok = fclose(out) == 0 && ok;
        fclose(b->o.journal);
    } else if (!ok) {
        cli_error("extract", "standard output: cannot write: %s", strerror(errno));
    }
    if (err != stderr && err != stdout && err != out && fclose(err) != 0 && !b->err_failed) {
        cli_error("extract", "%s: cannot write error lines: %s", b->o.err_name, strerror(errno));
        b->err_failed = true;
    }
    return ok;
}

int batch_run(const batch_config *c)
{
    bool to_file = !std_stream(c->outpath);
    char partial[4096] = "", jpath[4200] = "", jdone[4200] = "";
    if (to_file) {
        snprintf(partial, sizeof partial, "%s.partial", c->outpath);
        snprintf(jpath, sizeof jpath, "%s.journal", partial);
        snprintf(jdone, sizeof jdone, "%s.journal", c->outpath);
    }
    if (c->resume && !to_file)
        return cli_usage("extract", "--resume needs -o OUT");
    json_t *run = run_header(c);
    char *run_line = run ? json_dumps(run, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
    batch_state b = {.c = c, .f = {.cfg = c}, .rc = EXIT_OK, .feeding = true};
    int orc = EXIT_INPUT;
    struct stat st_out;
    if (!run_line)
        cli_error("extract", "out of memory");
    else if (c->resume && access(partial, F_OK) != 0 && stat(c->outpath, &st_out) == 0)
        orc = finished_run(c, jdone, jpath, run);   // a finished output: report how it went
    else
        orc = open_outputs(c, partial, jpath, run, run_line, &b.o);
    json_decref(run);
    free(run_line);
    if (!b.o.out)
        return orc;
    if (!b.o.nj) {
        if (c->excel)
            fputs("\xEF\xBB\xBF", b.o.out);
        if (c->sep)
            fprintf(b.o.out, "%s%s", zc_csv_header(c->sep), c->sep == ',' ? "\r\n" : "\n");
    }
    // The files this run writes, so an input read later (a --files-from entry, a file under
    // a directory through a symlink) that is one of them stops the run.
    if (to_file) {
        b.nouts += fstat(fileno(b.o.out), &b.outs[b.nouts]) == 0;
        b.nouts += fstat(fileno(b.o.journal), &b.outs[b.nouts]) == 0;
        b.nouts += stat(c->outpath, &b.outs[b.nouts]) == 0;
    }
    if (b.o.err_file)
        b.nouts += fstat(fileno(b.o.err), &b.outs[b.nouts]) == 0;

    cli_inputs_init(&b.f.queue);
    if (c->files_from) {
        b.f.list = strcmp(c->files_from, "-") == 0 ? stdin : fopen(c->files_from, "r");
        if (!b.f.list)
            return cli_usage("extract", "%s: cannot open: %s", c->files_from, strerror(errno));
    }
    engine *e = &b.e;
    *e = (engine){.cfg = c, .window = (size_t)c->jobs * 4 + 4, .out = b.o.out};
    e->slots = calloc(e->window, sizeof *e->slots);
    pthread_mutex_init(&e->mu, NULL);
    pthread_cond_init(&e->work, NULL);
    pthread_cond_init(&e->done, NULL);
    pthread_t *th = calloc((size_t)c->jobs, sizeof *th);
    int nth = 0;
    for (int i = 0; e->slots && th && i < c->jobs; i++)
        if (pthread_create(&th[nth], NULL, worker, e) == 0)
            nth++;
    if (!nth) {
        cli_error("extract", "cannot start worker threads");
        return EXIT_INPUT;
    }
    if (c->progress)
        progress_walk(&b);
    b.st.t0 = now_s();
    b.last_sync = now_s();
    for (slot *sl;;) {
        feed_slots(&b);
        if (!(sl = wait_slot(&b)))
            break;
        write_slot(&b, sl);
    }
    if (b.rc != EXIT_USAGE && b.skipped < b.o.nj) {
        cli_error("extract", "cannot resume: the interrupted run had done %zu inputs, these "
                             "inputs are only %zu (give the same inputs)", b.o.nj, b.skipped);
        b.rc = EXIT_USAGE;
    }
    for (int i = 0; i < nth; i++)
        pthread_join(th[i], NULL);
    if (c->progress)
        progress_line(&b.st, 0, true);
    bool ok = finish_outputs(&b, to_file, partial, jpath, jdone);
    if (!c->quiet)
        print_summary(&b.st, b.skipped);
    free_journal(b.o.jn, b.o.nj);
    if (b.f.list && b.f.list != stdin)
        fclose(b.f.list);
    cli_inputs_free(&b.f.queue);
    free(b.f.line);
    idset_free(&b.f.seen);
    free(th);
    free(e->slots);
    pthread_mutex_destroy(&e->mu);
    pthread_cond_destroy(&e->work);
    pthread_cond_destroy(&e->done);
    return b.rc == EXIT_OK && (!ok || b.err_failed) ? EXIT_INPUT : b.rc;
}
