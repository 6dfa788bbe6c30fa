/*
 * extract.c — runs the pipeline for zc_extract (api.c, which adds the genre) and keeps the
 * records in d->ext ordered by char offset then kind; the names of the closed value sets. The
 * writers are in src/output.
 */
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

#define ZC__NAME(n, s) s,
static const char *const kind_names[] = {ZC_KINDS(ZC__NAME)};
static const char *const mod_names[] = {ZC_MODALITIES(ZC__NAME)};
static const char *const cat_names[] = {ZC_CATEGORIES(ZC__NAME)};
static const char *const rel_names[] = {ZC_RELATIONS(ZC__NAME)};
#undef ZC__NAME

const char *zc_kind_name(zc_kind k)
{
    return (unsigned)k < ZC_NELEM(kind_names) ? kind_names[k] : "?";
}

const char *zc_modality_name(zc_modality m)
{
    return (unsigned)m < ZC_NELEM(mod_names) ? mod_names[m] : "";
}

const char *zc_category_name(zc_category c)
{
    return (unsigned)c < ZC_NELEM(cat_names) ? cat_names[c] : "";
}

const char *zc_relation_name(zc_relation r)
{
    return (unsigned)r < ZC_NELEM(rel_names) ? rel_names[r] : "unspecified";
}

/* Index of `name` in names[0, n) (the null value answers to "" and "none"), or -1. */
static int parse(const char *const *names, size_t n, const char *name)
{
    if (!name)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0 || (!names[i][0] && strcmp(name, "none") == 0))
            return (int)i;
    return -1;
}

int zc_kind_parse(const char *name)
{
    return parse(kind_names, ZC_NELEM(kind_names), name);
}

int zc_modality_parse(const char *name)
{
    return parse(mod_names, ZC_NELEM(mod_names), name);
}

int zc_category_parse(const char *name)
{
    return parse(cat_names, ZC_NELEM(cat_names), name);
}

int zc_relation_parse(const char *name)
{
    return parse(rel_names, ZC_NELEM(rel_names), name);
}

static void ext_free(void *p)
{
    zc_ext_doc *x = p;
    if (x) {
        zc_vec_free(&x->records);
        zc_vec_free(&x->rejected);
    }
    free(x);
}

static int by_position(const void *a, const void *b)
{
    const zc_record *x = a, *y = b;
    if (x->text.start != y->text.start)
        return x->text.start < y->text.start ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    return x->text.end < y->text.end ? -1 : x->text.end > y->text.end;
}

zc_status zc_ext_run(const zc_model *m, zc_doc *d, zc_ext_head head)
{
    if (d->ext)
        return ZC_OK;
    zc_status s = zc_structure(m, d);
    if (s != ZC_OK)
        return s;
    if (zc_doc_over_time(d))
        return zc_doc_timeout(d);
    zc_ext_doc *x = calloc(1, sizeof *x);
    if (!x)
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    zc_vec_init(&x->records, sizeof(zc_record));
    // Room for the records a document of its size makes (one per 290 to 630 bytes of the view
    // in the corpora): a vector that doubles as it fills copies itself into fresh pages each
    // time (a 22 MB report: a tenth of the run's CPU time). A hint: without it, it grows.
    (void)zc_vec_reserve(&x->records, d->norm_len / 256);
    zc_vec_init(&x->rejected, sizeof(zc_record));
    s = zc_ext_find(m, d, head, &x->records, d->opt.explain ? &x->rejected : NULL);
    if (s != ZC_OK) {
        ext_free(x);
        return s;
    }
    // A permission is internal (ZC_MOD_MAY): RECORDS.md's closed set has no value for it.
    for (size_t i = 0; i < x->records.len; i++) {
        zc_record *r = &ZC_VEC_AT(&x->records, zc_record, i);
        if (r->modality == ZC_MOD_MAY)
            r->modality = ZC_MOD_NONE;
    }
    // View order is original order: the map is monotonic. (No records: data is NULL.)
    if (x->records.len > 1)
        qsort(x->records.data, x->records.len, sizeof(zc_record), by_position);
    if (x->rejected.len > 1)
        qsort(x->rejected.data, x->rejected.len, sizeof(zc_record), by_position);
    d->ext = x;
    d->ext_free = ext_free;
    return ZC_OK;
}

size_t zc_doc_nrecords(const zc_doc *d)
{
    const zc_ext_doc *x = d->ext;
    return x ? x->records.len : 0;
}

const zc_record *zc_doc_record(const zc_doc *d, size_t i)
{
    const zc_ext_doc *x = d->ext;
    return &ZC_VEC_AT(&x->records, zc_record, i);
}

size_t zc_doc_nrejected(const zc_doc *d)
{
    const zc_ext_doc *x = d->ext;
    return x ? x->rejected.len : 0;
}

const zc_record *zc_doc_rejected(const zc_doc *d, size_t i)
{
    const zc_ext_doc *x = d->ext;
    return &ZC_VEC_AT(&x->rejected, zc_record, i);
}
