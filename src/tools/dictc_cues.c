/*
 * dictc_cues.c — the `cues` kind of the dictionary compiler: builds cues.zcd, the trie of the
 * extraction rules' cue lexicons and pattern gates (src/extract/lexicon.c), from a built
 * dictionary folder whose lex.zcd and rules.zcd hold the rows. A model open then takes the
 * trie from it instead of building it.
 */
#include <stdio.h>

#include "dictc.h"
#include "extract/rules_int.h"

zc_status dictc_cues(int nin, char **in, const char *out, char *err, size_t errlen)
{
    if (nin != 1) {
        snprintf(err, errlen, "cues: give the built dictionary folder");
        return ZC_EINVAL;
    }
    zc_model *m;
    zc_status s = zc_model_open(in[0], &m, err, errlen);
    if (s != ZC_OK)
        return s;
    s = zc_ext_trie_write(m->ext, out, err, errlen);
    zc_model_close(m);
    return s;
}
