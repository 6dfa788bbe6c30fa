/*
 * arena.c — per-doc bump allocator, growable vectors, and the huge-page allocation of the large
 * buffers of a document.
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

#define BIG_MIN ((size_t)1 << 20)    // from here on 4 KB faults cost more than a huge page
#define HUGE_PAGE ((size_t)2 << 20)

bool zc_vec_reserve(zc_vec *v, size_t n)
{
    if (v->len + n <= v->cap)
        return true;
    size_t cap = v->cap ? v->cap : 16;
    while (cap < v->len + n)
        cap *= 2;
    void *p;
    if (cap * v->size < BIG_MIN) {
        p = realloc(v->data, cap * v->size);
    } else {   // a document's records or sentences: a fresh huge-page buffer, then the copy
        p = zc_big_realloc(NULL, cap * v->size);
        if (p && v->len)
            memcpy(p, v->data, v->len * v->size);
        if (p)
            free(v->data);
    }
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


void *zc_big_realloc(void *p, size_t n)
{
    void *q;
    if (p || n < BIG_MIN) {
        q = realloc(p, n);
    } else {
        n = (n + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
        if (posix_memalign(&q, HUGE_PAGE, n) != 0)
            q = NULL;
    }
#ifdef MADV_HUGEPAGE
    long pg = sysconf(_SC_PAGESIZE);
    if (q && n >= BIG_MIN && pg > 0) {   // only a hint: the whole pages inside the buffer
        uintptr_t mask = (uintptr_t)pg - 1;
        uintptr_t a = ((uintptr_t)q + mask) & ~mask, e = ((uintptr_t)q + n) & ~mask;
        if (e > a)
            (void)madvise((void *)a, e - a, MADV_HUGEPAGE);
    }
#endif
    return q;
}
