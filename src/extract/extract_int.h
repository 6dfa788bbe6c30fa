/*
 * extract_int.h — private interface of the extraction stage (src/extract).
 */
#ifndef ZC_EXTRACT_INT_H
#define ZC_EXTRACT_INT_H

#include "zc_int.h"

/* The doc's records (d->ext). */
typedef struct zc_ext_doc {
    zc_vec records;   /* zc_record */
} zc_ext_doc;

/* Finds the records of a structured doc (zc_structure done) and appends them to `out`, in
 * any order (extract.c sorts them). Implemented by the rules (rules.c). */
zc_status zc_ext_find(const zc_model *m, zc_doc *d, zc_vec *out);

#endif
