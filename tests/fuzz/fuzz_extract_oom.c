/*
 * fuzz_extract_oom.c — fuzz target of the pipeline when memory runs out. The library's own
 * allocations (malloc, calloc, realloc, posix_memalign, strdup: linked with -Wl,--wrap, so
 * those of ICU, PCRE2 and the C library itself are not counted) fail from the Nth on. The
 * first two bytes give N (big-endian; 0xFFFF with a document of at most SWEEP_MAX bytes:
 * every N in turn, from 0 until a run needs no more than N), the third the options as for
 * fuzz_extract; the rest is the document. Each
 * run must end with ZC_OK (then the writers succeed) or ZC_ENOMEM (or the document's own
 * encoding error), never a crash, and zc_doc_free must give back every allocation made.
 */
#include <malloc.h>   // malloc_usable_size: a shrinking realloc
#include <string.h>

#include "fuzz.h"

#define SWEEP_MAX 4096   // a sweep runs the pipeline once per allocation: short documents only

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
int __real_posix_memalign(void **p, size_t align, size_t n);
char *__real_strdup(const char *s);
void __real_free(void *p);

static long long budget = -1;   // allocations left before they fail; -1: no limit
static long long live;          // allocations not yet freed
static bool failed;             // one failed in this run

static bool allow(void)
{
    if (budget < 0)
        return true;
    if (budget == 0) {
        failed = true;
        return false;
    }
    budget--;
    return true;
}

static void *counted(void *p)
{
    live += p != NULL;
    return p;
}

void *__wrap_malloc(size_t n)
{
    return allow() ? counted(__real_malloc(n)) : NULL;
}

void *__wrap_calloc(size_t k, size_t n)
{
    return allow() ? counted(__real_calloc(k, n)) : NULL;
}

void *__wrap_realloc(void *p, size_t n)
{
    // Shrinking needs no memory: the library keeps the larger block when a shrink fails, and
    // counting that as a failure would ask for an ENOMEM the run rightly never saw.
    if (p && n <= malloc_usable_size(p))
        return __real_realloc(p, n);
    if (!allow())
        return NULL;
    void *q = __real_realloc(p, n);
    if (!p)
        live += q != NULL;
    return q;
}

int __wrap_posix_memalign(void **p, size_t align, size_t n)
{
    if (!allow())
        return 12;   // ENOMEM
    int r = __real_posix_memalign(p, align, n);
    live += r == 0;
    return r;
}

char *__wrap_strdup(const char *s)
{
    return allow() ? counted(__real_strdup(s)) : NULL;
}

void __wrap_free(void *p)
{
    live -= p != NULL;
    __real_free(p);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    zc_fuzz_model();
    zc_fuzz_devnull();
    return 0;
}

/* One run with allocations failing from the nth on; true when none had to fail. */
static bool run(const uint8_t *data, size_t size, const zc_options *opt, long long n)
{
    long long live0 = live;
    failed = false;
    budget = n;
    zc_doc *d;
    zc_status s = zc_doc_new(data, size, "fuzz", opt, &d);
    FUZZ_CHECK(s == ZC_OK || s == ZC_ENOMEM);
    if (s == ZC_OK) {
        s = zc_extract(zc_fuzz_model(), d);
        if (s == ZC_OK) {
            FILE *out = zc_fuzz_devnull();
            FUZZ_CHECK(zc_doc_write_jsonl(d, out) == ZC_OK);
            FUZZ_CHECK(zc_doc_write_csv(d, out, ',') == ZC_OK);
        } else {
            if (s != ZC_ENOMEM && s != ZC_EENCODING && s != ZC_ENOTTEXT)
                fprintf(stderr, "zc_extract: %s: %s\n", zc_strerror(s), zc_doc_errmsg(d));
            FUZZ_CHECK(s == ZC_ENOMEM || s == ZC_EENCODING || s == ZC_ENOTTEXT);
            FUZZ_CHECK(s != ZC_ENOMEM || strstr(zc_doc_errmsg(d), "out of memory"));
            FUZZ_CHECK(s == ZC_ENOMEM || !failed);   // a failed allocation is reported as such
        }
        zc_doc_free(d);
    }
    budget = -1;
    FUZZ_CHECK(live == live0);   // nothing leaked, whatever failed
    return !failed;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    unsigned n = (unsigned)data[0] << 8 | data[1];
    zc_options opt;
    zc_options_init(&opt);
    opt.t2s = data[2] & 1;
    opt.keep_boilerplate = (data[2] >> 1) & 1;
    opt.lossy = (data[2] >> 2) & 1;
    opt.doc_date = data[2] & 8 ? "2021-03-05" : NULL;
    data += 3, size -= 3;
    opt.input_format = zc_fuzz_text_format(data, size);
    if (n != 0xFFFF || size > SWEEP_MAX) {
        run(data, size, &opt, n);
        return 0;
    }
    for (long long k = 0; !run(data, size, &opt, k); k++)
        ;
    return 0;
}
