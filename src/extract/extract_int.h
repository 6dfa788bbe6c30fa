/*
 * extract_int.h — private interface of the extraction stage (src/extract).
 */
#ifndef ZC_EXTRACT_INT_H
#define ZC_EXTRACT_INT_H

#include "zc_int.h"

/* modality.tsv class "may": a permission (可以, 可 as a word). It scopes its clause like a
 * modal verb (a figure it governs is no goal, a subject that may receive is a beneficiary) but
 * RECORDS.md has no such value: records leave extraction with null (extract.c, zc_ext_run). */
#define ZC_MOD_MAY ((zc_modality)(ZC_MOD_ENCOURAGE + 1))

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
