/*
 * doc.c — creating, reading and freeing documents, and the accessors of their layers.
 * The text stage (src/text/text.c) decodes and normalizes on demand.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "zc_int.h"

void zc_options_init(zc_options *o)
{
    memset(o, 0, sizeof *o);
    o->t2s = 1;   // the cue lexicons are simplified; records keep the original characters
    o->max_bytes = (size_t)1 << 30;
    o->time_limit = 300;
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

bool zc_doc_over_time(const zc_doc *d)
{
    return d->deadline_ns && now_ns() > d->deadline_ns;
}

zc_status zc_doc_timeout(zc_doc *d)
{
    return zc_doc_fail(d, ZC_ELIMIT, -1, "time limit of %g s exceeded", d->opt.time_limit);
}

static zc_doc *doc_alloc(const char *id, const zc_options *opt)
{
    zc_doc *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    if (opt)
        d->opt = *opt;
    if (d->opt.doc_date) {
        snprintf(d->datebuf, sizeof d->datebuf, "%s", d->opt.doc_date);
        d->opt.doc_date = d->datebuf;
    }
    d->erroff = -1;
    if (d->opt.time_limit > 0) {   // the clock starts when the doc is made (nan: no limit)
        uint64_t now = now_ns();
        // A limit past the clock's range (inf, 1e300) is none; the conversion would overflow.
        d->deadline_ns = d->opt.time_limit < (double)(UINT64_MAX - now) / 1e9
                             ? now + (uint64_t)(d->opt.time_limit * 1e9) : 0;
    }
    zc_vec_init(&d->vmap.pieces, sizeof(zc_piece));
    zc_vec_init(&d->excluded, sizeof(zc_span));
    d->id = strdup(id ? id : "-");
    if (!d->id) {
        free(d);
        return NULL;
    }
    return d;
}

zc_status zc_doc_new(const void *bytes, size_t len, const char *id, const zc_options *opt,
                     zc_doc **out)
{
    *out = NULL;
    if (opt && opt->max_bytes && len > opt->max_bytes)
        return ZC_ELIMIT;
    zc_doc *d = doc_alloc(id, opt);
    if (!d)
        return ZC_ENOMEM;
    d->orig = malloc(len + 1);
    if (!d->orig) {
        zc_doc_free(d);
        return ZC_ENOMEM;
    }
    if (len)
        memcpy(d->orig, bytes, len);
    d->orig[len] = 0;
    d->orig_len = len;
    *out = d;
    return ZC_OK;
}

/* Opens `path` for reading and stats it: a directory or an unopenable path is an error. */
static int open_file(const char *path, struct stat *st, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    if (fstat(fd, st) != 0)
        st->st_mode = 0;   // unknown: read it as a stream
    if (S_ISDIR(st->st_mode)) {
        close(fd);
        snprintf(err, errlen, "%s: is a directory", path);
        return -1;
    }
    return fd;
}

/* Reads all of fd (a regular file in one go, else growing), NUL-terminated. With a `limit`
 * (0: none) it reads at most limit + 1 bytes, so a device or a pipe that never ends (/dev/zero)
 * costs limit bytes of memory, and more than `limit` fails with ZC_ELIMIT. */
static zc_status read_fd(int fd, const char *path, const struct stat *st, size_t limit,
                         uint8_t **buf, size_t *len, char *err, size_t errlen)
{
    size_t cap = S_ISREG(st->st_mode) ? (size_t)st->st_size + 1 : 65536, n = 0;
    if (limit > SIZE_MAX / 4)
        limit = 0;   // more than memory can hold: no limit
    if (limit && cap > limit + 2)
        cap = limit + 2;   // room for limit + 1 bytes and the NUL
    uint8_t *b = malloc(cap);
    while (b) {
        if (limit && n > limit) {
            free(b);
            snprintf(err, errlen, "%s: more than %zu bytes, over the limit of %zu", path,
                     limit, limit);
            return ZC_ELIMIT;
        }
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            snprintf(err, errlen, "%s: read error at byte %zu: %s", path, n, strerror(errno));
            free(b);
            return ZC_EIO;
        }
        if (r == 0)
            break;
        n += (size_t)r;
        if (n == cap) {   // grown since the stat, or not a regular file
            size_t ncap = limit && cap * 2 > limit + 2 ? limit + 2 : cap * 2;
            uint8_t *nb = realloc(b, ncap);
            if (!nb)
                free(b);
            b = nb;
            cap = ncap;
        }
    }
    if (!b) {
        snprintf(err, errlen, "%s: out of memory", path);
        return ZC_ENOMEM;
    }
    b[n] = 0;   // n < cap always holds here
    *buf = b;
    *len = n;
    return ZC_OK;
}

zc_status zc_read_file(const char *path, uint8_t **buf, size_t *len, char *err, size_t errlen)
{
    *buf = NULL;
    *len = 0;
    struct stat st;
    int fd = open_file(path, &st, err, errlen);
    if (fd < 0)
        return ZC_EIO;
    zc_status s = read_fd(fd, path, &st, 0, buf, len, err, errlen);
    close(fd);
    return s;
}

/* Maps a regular file of 1 MB or more read-only (pages read ahead); false otherwise or when
 * mapping fails, and the caller reads it instead. A file that is mapped is never copied.
 * Small files are read: mapping and unmapping them costs more, and in a threaded batch every
 * munmap interrupts the other cores to flush their TLBs. */
static bool map_file(int fd, const struct stat *st, zc_doc *d)
{
    if (!S_ISREG(st->st_mode) || st->st_size < ((off_t)1 << 20))
        return false;
    void *p = mmap(NULL, (size_t)st->st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED)
        return false;
    d->orig = p;
    d->orig_len = (size_t)st->st_size;
    d->orig_mapped = true;
    return true;
}

zc_status zc_doc_new_file(const char *path, const char *id, const zc_options *opt,
                          zc_doc **out, char *errbuf, size_t errlen)
{
    char tmp[512];
    if (!errbuf) {
        errbuf = tmp;
        errlen = sizeof tmp;
    }
    *out = NULL;
    zc_doc *d = doc_alloc(id ? id : path, opt);
    if (!d) {
        snprintf(errbuf, errlen, "out of memory");
        return ZC_ENOMEM;
    }
    struct stat st;
    int fd = open_file(path, &st, errbuf, errlen);   // one open and one stat per file
    zc_status s = fd < 0 ? ZC_EIO : ZC_OK;
    size_t limit = d->opt.max_bytes;
    if (s == ZC_OK && limit && S_ISREG(st.st_mode) && (uintmax_t)st.st_size > limit) {
        snprintf(errbuf, errlen, "%s: %jd bytes, over the limit of %zu", path,
                 (intmax_t)st.st_size, limit);
        s = ZC_ELIMIT;   // refused unread
    }
    if (s == ZC_OK && !map_file(fd, &st, d))
        s = read_fd(fd, path, &st, limit, &d->orig, &d->orig_len, errbuf, errlen);
    if (fd >= 0)
        close(fd);
    if (s != ZC_OK) {
        zc_doc_free(d);
        return s;
    }
    *out = d;
    return ZC_OK;
}

const char *zc_doc_errmsg(const zc_doc *d)
{
    return d->errmsg;
}

long long zc_doc_erroffset(const zc_doc *d)
{
    return d->erroff;
}

const void *zc_doc_bytes(const zc_doc *d, size_t *len)
{
    *len = d->orig_len;
    return d->orig;
}

const char *zc_doc_id(const zc_doc *d)
{
    return d->id;
}

void zc_doc_free(zc_doc *d)
{
    if (!d)
        return;
    if (d->ext_free)
        d->ext_free(d->ext);
    if (d->meta_free)
        d->meta_free(d->meta);
    if (d->structure_free)
        d->structure_free(d->structure);
    if (d->norm_owned)
        free(d->norm);
    if (d->dec_owned)
        free(d->dec);
    zc_charindex_free(&d->norm_ci);
    zc_charindex_free(&d->dec_ci);
    zc_srcmap_free(&d->src);
    free(d->pages);
    zc_vec_free(&d->vmap.pieces);
    zc_vec_free(&d->excluded);
    zc_arena_free(&d->arena);
    if (d->orig_mapped)
        munmap(d->orig, d->orig_len);
    else
        free(d->orig);
    free(d->id);
    free(d);
}
