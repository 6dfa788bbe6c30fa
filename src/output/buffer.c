/*
 * buffer.c — the records of a doc as one JSON Lines buffer, for callers that cannot hand the
 * library a FILE (bindings such as the Python package, servers). Reads the doc's records;
 * adds the buffer to the doc's arena.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zc_int.h"

zc_status zc_doc_records_json(zc_doc *d, const char **json, size_t *len)
{
    *json = NULL;
    *len = 0;
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        return ZC_ENOMEM;
    zc_status s = zc_doc_write_jsonl(d, f);
    if (fclose(f) != 0 && s == ZC_OK)
        s = ZC_ENOMEM;
    if (s == ZC_OK) {
        char *copy = zc_arena_strndup(&d->arena, buf ? buf : "", n);
        if (copy) {
            *json = copy;
            *len = n;
        } else {
            s = ZC_ENOMEM;
        }
    }
    free(buf);
    return s;
}
