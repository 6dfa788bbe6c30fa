/*
 * fuzz.h — what the fuzz targets of tests/fuzz share: the libFuzzer entry points, the model
 * opened once per process, and the invariant check that stops a run. The same target sources
 * build two ways: linked with libFuzzer (meson -Dfuzz=true, see run.sh) and linked with
 * replay.c, which runs every kept input of tests/fuzz/corpus/<target>/ in the ordinary suite.
 */
#ifndef ZC_FUZZ_H
#define ZC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "zc_int.h"

/* libFuzzer's entry points; replay.c calls them the same way. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken invariant is a crash: it prints what failed and aborts, so libFuzzer keeps the
 * input and the replay test fails. */
#define FUZZ_CHECK(cond)                                                                      \
    do {                                                                                      \
        if (!(cond))                                                                          \
            zc_fuzz_fail(__FILE__, __LINE__, #cond);                                          \
    } while (0)

_Noreturn void zc_fuzz_fail(const char *file, int line, const char *what);

/* The model of $ZHENGCE_DICTDIR, else of the build's dicts/ (ZC_FUZZ_DICTDIR), opened on the
 * first call and kept for the life of the process. Aborts when it does not load: a target
 * without its model would test nothing. */
zc_model *zc_fuzz_model(void);

/* The directory the model was opened from. */
const char *zc_fuzz_dictdir(void);

/* True when `len` bytes at `s` are strict UTF-8 (no overlongs, surrogates, > U+10FFFF);
 * *nchars (if not NULL) receives the number of code points. */
bool zc_fuzz_utf8_valid(const char *s, size_t len, size_t *nchars);

/* ZC_INPUT_TEXT for bytes that open like a PDF (%PDF-) or a ZIP archive (a DOCX), else
 * ZC_INPUT_AUTO: the text targets read every input as text or HTML, whose invariants they
 * check; the containers target reads the others. */
zc_input_format zc_fuzz_text_format(const uint8_t *data, size_t size);

/* A stream that discards what is written to it, opened once. */
FILE *zc_fuzz_devnull(void);

#endif
