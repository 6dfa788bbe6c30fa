/*
 * segdoc.c — the segmenter's layer of a doc (struct zc_seg_doc in d->seg): created on first
 * use, freed with the doc. Each part of the layer frees its own vectors in seg_doc_free.
 */
#include <stdlib.h>

#include "seg_int.h"

static void seg_doc_free(void *p)
{
    zc_seg_doc *sd = p;
    if (!sd)
        return;
    zc_vec_free(&sd->sentences);
    zc_vec_free(&sd->sections);
    free(sd);
}

zc_seg_doc *zc_seg_doc_get(zc_doc *d)
{
    if (d->seg)
        return d->seg;
    zc_seg_doc *sd = calloc(1, sizeof *sd);
    if (!sd)
        return NULL;
    zc_vec_init(&sd->sentences, sizeof(zc_sentence));
    zc_vec_init(&sd->sections, sizeof(zc_section));
    d->seg = sd;
    d->seg_free = seg_doc_free;
    return sd;
}
