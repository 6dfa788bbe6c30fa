/*
 * offmap.c — the offset maps that tie every character of the matching view to the original
 * file: view char → decoded chars (zc_viewmap, pieces), decoded char → original byte
 * (zc_srcmap, per-char source lengths with checkpoints). Reads d->src, d->vmap, d->norm_ci;
 * serves RECORDS.md `span.char` and `span.byte`.
 */
#include <stdlib.h>

#include "text_int.h"

/* The sum of the n char lengths at c: 16 a step with SSE2 (psadbw adds them up). */
static size_t clen_sum(const uint8_t *c, size_t n)
{
    size_t sum = 0, i = 0;
#ifdef __SSE2__
    for (; i + 16 <= n; i += 16) {
        __m128i s = _mm_sad_epu8(_mm_loadu_si128((const __m128i *)(c + i)), _mm_setzero_si128());
        sum += (size_t)_mm_cvtsi128_si32(s) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(s, 8));
    }
#endif
    for (; i < n; i++)
        sum += c[i];
    return sum;
}

bool zc_srcmap_finish(zc_srcmap *m)
{
    if (m->spans)
        return true;
    size_t nblocks = m->nchars / ZC_CIDX_STEP + 1;
    m->ckpt = zc_big_realloc(NULL, (nblocks + 1) * sizeof *m->ckpt);
    if (!m->ckpt)
        return false;
    size_t off = m->base;
    for (size_t b = 0; b < nblocks; b++) {   // block sums: no per-char modulo
        m->ckpt[b] = off;
        size_t end = (b + 1) * ZC_CIDX_STEP < m->nchars ? (b + 1) * ZC_CIDX_STEP : m->nchars;
        off += clen_sum(m->clen + b * ZC_CIDX_STEP, end - b * ZC_CIDX_STEP);
    }
    return true;
}

size_t zc_srcmap_byte(const zc_srcmap *m, size_t ch)
{
    if (ch > m->nchars)
        ch = m->nchars;
    if (m->spans)
        return ch < m->nchars ? m->spans[ch].start : zc_srcmap_end(m, ch);
    if (!m->ckpt)
        return m->base;   // no char was decoded (a page that is all head): no map was built
    size_t k = ch / ZC_CIDX_STEP;
    return m->ckpt[k] + clen_sum(m->clen + k * ZC_CIDX_STEP, ch - k * ZC_CIDX_STEP);
}

size_t zc_srcmap_end(const zc_srcmap *m, size_t ch)
{
    if (!m->spans)
        return zc_srcmap_byte(m, ch);
    if (ch > m->nchars)
        ch = m->nchars;
    return ch ? m->spans[ch - 1].end : m->base;
}

void zc_srcmap_free(zc_srcmap *m)
{
    free(m->clen);
    free(m->ckpt);
    free(m->spans);
    m->clen = NULL;
    m->ckpt = NULL;
    m->spans = NULL;
}

bool zc_viewmap_add(zc_viewmap *vm, size_t nstart, size_t dstart, uint32_t n, uint32_t d)
{
    if (n == 0)
        return true;   // removed chars need no piece
    zc_vec *v = &vm->pieces;
    if (v->len && n == d) {
        zc_piece *last = &ZC_VEC_AT(v, zc_piece, v->len - 1);
        if (last->n == last->d && last->nstart + last->n == nstart &&
            last->dstart + last->d == dstart && last->n < UINT32_MAX - n) {
            last->n += n;
            last->d += d;
            return true;
        }
    }
    zc_piece p = {nstart, dstart, n, d};
    return zc_vec_push(v, &p) != NULL;
}

/* The piece that holds view char `c` (pieces cover every view char, in order). */
static const zc_piece *find_piece(const zc_viewmap *vm, size_t c)
{
    const zc_piece *p = vm->pieces.data;
    size_t lo = 0, hi = vm->pieces.len - 1;
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        if (p[mid].nstart <= c)
            lo = mid;
        else
            hi = mid - 1;
    }
    return &p[lo];
}

void zc_viewmap_range(const zc_viewmap *vm, size_t ns, size_t ne, size_t *ds, size_t *de)
{
    if (vm->pieces.len == 0 || ne <= ns) {
        *ds = *de = 0;
        return;
    }
    const zc_piece *a = find_piece(vm, ns), *b = find_piece(vm, ne - 1);
    *ds = a->n == a->d ? a->dstart + (ns - a->nstart) : a->dstart;
    *de = b->n == b->d ? b->dstart + (ne - 1 - b->nstart) + 1 : b->dstart + b->d;
}

void zc_doc_origin(const zc_doc *d, size_t nstart, size_t nend, zc_origin *out)
{
    size_t ns = zc_charindex_char(&d->norm_ci, nstart);
    size_t ne = nend > nstart ? zc_charindex_char(&d->norm_ci, nend) : ns;
    size_t ds, de;
    if (ne > ns) {
        zc_viewmap_range(&d->vmap, ns, ne, &ds, &de);
    } else {
        // An empty span sits just before view char ns.
        zc_viewmap_range(&d->vmap, ns, ns + 1, &ds, &de);
        if (ns >= d->norm_ci.nchars)
            ds = d->src.nchars;
        de = ds;
    }
    out->char_start = ds;
    out->char_end = de;
    out->byte_start = zc_srcmap_byte(&d->src, ds);
    out->byte_end = de > ds ? zc_srcmap_end(&d->src, de) : out->byte_start;
}

const char *zc_doc_origin_text(const zc_doc *d, const zc_origin *o, size_t *len)
{
    size_t bs = zc_charindex_byte(&d->dec_ci, o->char_start);
    *len = zc_charindex_byte(&d->dec_ci, o->char_end) - bs;
    return d->dec + bs;
}

const char *zc_doc_original(const zc_doc *d, size_t nstart, size_t nend, size_t *len)
{
    zc_origin o;
    zc_doc_origin(d, nstart, nend, &o);
    return zc_doc_origin_text(d, &o, len);
}

zc_status zc_doc_write_offsets(const zc_doc *d, FILE *out)
{
    const uint8_t *s = (const uint8_t *)d->norm;
    size_t ch = 0;
    for (size_t i = 0; i < d->norm_len; ch++) {
        size_t n = zc_utf8_len(s[i]);
        zc_origin o;
        zc_doc_origin(d, i, i + n, &o);
        const char *shown = s[i] == '\n' ? "\\n" : s[i] == '\t' ? "\\t" : NULL;
        if (fprintf(out, "%zu\t%zu\t%.*s\t%zu\t%zu\t%zu\t%zu\n", i, ch, shown ? 2 : (int)n,
                    shown ? shown : (const char *)s + i, o.char_start, o.char_end, o.byte_start,
                    o.byte_end) < 0)
            return ZC_EIO;
        i += n;
    }
    return ZC_OK;
}
