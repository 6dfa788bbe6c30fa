/*
 * dictc.h — the dictionary compiler's kinds. Each kind compiles its text sources (dicts/) into
 * one image (zc_image_write); a bad line fails with "file:line: reason" in `err`.
 */
#ifndef ZC_DICTC_H
#define ZC_DICTC_H

#include "zc_int.h"

typedef zc_status (*dictc_fn)(int nin, char **in, const char *out, char *err, size_t errlen);

typedef struct dictc_kind {
    const char *name;
    const char *usage;   /* what the inputs are */
    dictc_fn compile;
} dictc_kind;

#endif
