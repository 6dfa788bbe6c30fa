/*
 * extract_int.h — private interface of the extraction stage (src/extract).
 */
#ifndef ZC_EXTRACT_INT_H
#define ZC_EXTRACT_INT_H

#include "zc_int.h"

/* The doc's records (d->ext). */
typedef struct zc_ext_doc {
    zc_vec records;   /* zc_record */
    zc_vec rejected;  /* zc_record: candidates the decision tables rejected (opt.explain) */
} zc_ext_doc;

/* Structures the doc and finds its records (zc_extract without the genre, which api.c asks of
 * the metadata stage): `genre` is the document's genre as dicts/meta/doc_types.tsv names it
 * (plan, rule, report, ...), or NULL when its title names none. Idempotent. */
zc_status zc_ext_run(const zc_model *m, zc_doc *d, const char *genre);

/* Finds the records of a structured doc (zc_structure done) of genre `genre` (or NULL) and
 * appends them to `out`, in any order (zc_ext_run sorts them), and the candidates the
 * decision tables rejected to `rejected` unless it is NULL. Implemented by the rules
 * (rules.c). */
zc_status zc_ext_find(const zc_model *m, zc_doc *d, const char *genre, zc_vec *out,
                      zc_vec *rejected);

#endif
