/*
 * doc.c — the structure layer of a doc (struct zc_struct_doc in d->structure): created on
 * first use, freed with the doc. Each part of the layer frees its own vectors in
 * struct_doc_free.
 */
#include <stdlib.h>

#include "structure_int.h"

static void struct_doc_free(void *p)
{
    zc_struct_doc *sd = p;
    if (!sd)
        return;
    zc_vec_free(&sd->sentences);
    zc_vec_free(&sd->sections);
    free(sd);
}

zc_struct_doc *zc_struct_doc_get(zc_doc *d)
{
    if (d->structure)
        return d->structure;
    zc_struct_doc *sd = calloc(1, sizeof *sd);
    if (!sd)
        return NULL;
    zc_vec_init(&sd->sentences, sizeof(zc_sentence));
    zc_vec_init(&sd->sections, sizeof(zc_section));
    d->structure = sd;
    d->structure_free = struct_doc_free;
    return sd;
}
