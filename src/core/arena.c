/*
 * arena.c — per-doc bump allocator, growable vectors, and the one policy for large buffers
 * (huge pages from 1 MB on, or plain malloc when built with -Dhuge_pages=false).
 * Blocks grow geometrically; nothing is freed piece by piece.
 */
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include <string.h>

#include "zc_int.h"

struct zc_arena_block {
    zc_arena_block *next;
    size_t used, size;
    max_align_t data[];
};

void *zc_arena_alloc(zc_arena *a, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    zc_arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = b ? b->size * 2 : 16384;
        if (size < n)
            size = n;
        zc_arena_block *nb = malloc(sizeof *nb + size);
        if (!nb)
            return NULL;
        nb->next = b;
        nb->used = 0;
        nb->size = size;
        a->head = b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *zc_arena_strndup(zc_arena *a, const char *s, size_t n)
{
    char *p = zc_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

void zc_arena_free(zc_arena *a)
{
    zc_arena_block *b = a->head;
    while (b) {
        zc_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void zc_vec_init(zc_vec *v, size_t item_size)
{
    v->data = NULL;
    v->len = v->cap = 0;
    v->size = item_size;
}

/* ---- large buffers: the one policy (zc_big_realloc, zhengce.h) ------------------------ */

#define BIG_MIN ((size_t)1 << 20)    // from here on 4 KB faults cost more than a huge page
#define HUGE_PAGE ((size_t)2 << 20)

#ifdef ZC_NO_HUGE_PAGES   /* meson -Dhuge_pages=false: plain malloc (ASan, valgrind, no THP) */
enum { huge_pages = 0 };
#else
enum { huge_pages = 1 };
#endif

/* Asks for transparent huge pages over the whole pages inside [q, q + n): only a hint. */
static void *hint_huge(void *q, size_t n)
{
#ifdef MADV_HUGEPAGE
    long pg = sysconf(_SC_PAGESIZE);
    if (q && pg > 0) {
        uintptr_t mask = (uintptr_t)pg - 1;
        uintptr_t a = ((uintptr_t)q + mask) & ~mask, e = ((uintptr_t)q + n) & ~mask;
        if (e > a)
            (void)madvise((void *)a, e - a, MADV_HUGEPAGE);
    }
#else
    (void)n;
#endif
    return q;
}

/* A fresh large buffer: on a 2 MB boundary, whole 2 MB, huge pages asked for. */
static void *big_fresh(size_t n)
{
    void *q;
    n = (n + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    return posix_memalign(&q, HUGE_PAGE, n) == 0 ? hint_huge(q, n) : NULL;
}

/* Growth reallocs in place: a fresh buffer per doubling had the kernel clear every page of
 * each (120 MB for the buffers of a 22 MB document, against 50 MB so: half the system time). */
void *zc_big_realloc(void *p, size_t n)
{
    if (!huge_pages || n < BIG_MIN)
        return realloc(p, n);
    return p ? hint_huge(realloc(p, n), n) : big_fresh(n);
}

bool zc_vec_grow(zc_vec *v, size_t n)
{
    size_t cap = v->cap ? v->cap : 16;
    while (cap < v->len + n)
        cap *= 2;
    void *p = zc_big_realloc(v->data, cap * v->size);
    if (!p)
        return false;
    v->data = p;
    v->cap = cap;
    return true;
}

void zc_vec_free(zc_vec *v)
{
    free(v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}
