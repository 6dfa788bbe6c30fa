/*
 * dictc.c — the dictionary compiler: `dictc KIND INPUT... -o OUTPUT`. Run by the build for
 * every image in dicts/; a bad source line fails the build with file:line. `dictc tables`
 * stores the rows of a folder of text tables (lex, rules, structure, boiler, meta) in one
 * image; `dictc check DICTDIR [-o STAMP]` then opens the built folder as a model does,
 * through the same loaders, so a bad line or pattern of those folders fails the build too
 * (naming the source file and line the rows came from), not the first run.
 */
#include <stdio.h>
#include <string.h>

#include "zhengce.h"

#include "core/tsv.h"
#include "dictc.h"

zc_status dictc_fold(int nin, char **in, const char *out, char *err, size_t errlen);

zc_status zc_dictc_enc(int nin, char **in, const char *out, char *err, size_t errlen);

zc_status dictc_words(int nin, char **in, const char *out, char *err, size_t errlen);

zc_status dictc_cues(int nin, char **in, const char *out, char *err, size_t errlen);

/* FOLDER FILE.tsv...: the rows of a folder of text tables (src/core/tsv.c). */
static zc_status dictc_tables(int nin, char **in, const char *out, char *err, size_t errlen)
{
    if (nin < 1) {
        snprintf(err, errlen, "tables: give the folder name, then its files");
        return ZC_EINVAL;
    }
    return zc_tsv_compile(in[0], in + 1, nin - 1, out, err, errlen);
}

static const dictc_kind kinds[] = {
    {"enc", "charfreq.tsv: character frequencies of the encoding detector", zc_dictc_enc},
    {"fold", "(no inputs: the matching-view tables come from ICU)", dictc_fold},
    {"words", "BASE_DICT dicts/seg/*.tsv: lexicon of the word segmenter", dictc_words},
    {"tables", "FOLDER FILE.tsv...: the rows of a folder of tables (lex, rules, meta...)",
     dictc_tables},
    {"cues", "DICTDIR: the cue trie of a built folder's lex.zcd and rules.zcd", dictc_cues},
    {NULL, NULL, NULL},   // kinds are added above this line
};

/* Opens the model of `dictdir`; on success writes the stamp `out` (for the build's target). */
static int check(const char *dictdir, const char *out)
{
    zc_model *m;
    char err[1024];
    if (zc_model_open(dictdir, &m, err, sizeof err) != ZC_OK) {
        fprintf(stderr, "dictc: %s\n", err);
        return 1;
    }
    zc_model_close(m);
    FILE *f = out ? fopen(out, "w") : NULL;
    if (out && (!f || fclose(f) != 0)) {
        fprintf(stderr, "dictc: %s: cannot write\n", out);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *out = NULL, *kind = argc > 1 ? argv[1] : NULL;
    char *in[64];
    int nin = 0;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out = argv[++i];
        else if (nin < (int)ZC_NELEM(in))
            in[nin++] = argv[i];
    }
    if (kind && strcmp(kind, "check") == 0 && nin == 1)
        return check(in[0], out);
    for (const dictc_kind *k = kinds; kind && out && k->name; k++) {
        if (strcmp(k->name, kind) != 0)
            continue;
        char err[1024] = "";
        zc_status s = k->compile(nin, in, out, err, sizeof err);
        if (s != ZC_OK) {
            fprintf(stderr, "dictc: %s\n", err[0] ? err : zc_strerror(s));
            return 1;
        }
        return 0;
    }
    fprintf(stderr, "usage: dictc KIND INPUT... -o OUTPUT\n       dictc check DICTDIR [-o STAMP]"
                    "\nkinds:\n");
    for (const dictc_kind *k = kinds; k->name; k++)
        fprintf(stderr, "  %-10s %s\n", k->name, k->usage);
    return 2;
}
