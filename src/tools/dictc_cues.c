/*
 * dictc_cues.c — the `cues` kind of the dictionary compiler: builds cues.zcd, the trie of the
 * extraction rules' cue lexicons and pattern gates (src/extract/lexicon.c), from a built
 * dictionary folder whose lex.zcd and rules.zcd hold the rows. A model open then takes the
 * trie from it instead of building it.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dictc.h"
#include "extract/rules_int.h"

zc_status dictc_cues(int nin, char **in, const char *out, char *err, size_t errlen)
{
    if (nin != 1) {
        snprintf(err, errlen, "cues: give the built dictionary folder");
        return ZC_EINVAL;
    }
    // The folder's own cues.zcd would be taken by the open below, made by an older compiler
    // perhaps (the rows' print does not cover the code): it goes first, and the trie is built.
    char own[PATH_MAX], a[PATH_MAX], b[PATH_MAX];
    snprintf(own, sizeof own, "%s/cues.zcd", in[0]);
    if (access(own, F_OK) == 0) {
        if (!realpath(own, a) || !realpath(out, b) || strcmp(a, b) != 0) {
            snprintf(err, errlen, "cues: %s would be read: remove it, or write over it", own);
            return ZC_EINVAL;
        }
        if (unlink(own) != 0) {
            snprintf(err, errlen, "cues: cannot remove %s", own);
            return ZC_EIO;
        }
    }
    zc_model *m;
    zc_status s = zc_model_open(in[0], &m, err, errlen);
    if (s != ZC_OK)
        return s;
    s = zc_ext_trie_write(m->ext, out, err, errlen);
    zc_model_close(m);
    return s;
}
