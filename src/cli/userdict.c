/*
 * userdict.c — loading --user-dict files for the commands that segment, and --user-lex
 * files for extraction, with the load report on standard error.
 */
#include <stdio.h>

#include "inputs.h"

bool cli_add_user_dict(zc_model *m, const char *path)
{
    size_t added = 0, rejected = 0;
    zc_status s = zc_model_add_user_dict(m, path, &added, &rejected);
    if (s != ZC_OK) {
        fprintf(stderr, "zhengce: user dictionary %s\n", zc_model_errmsg(m));
        return false;
    }
    fprintf(stderr, "zhengce: user dictionary %s: %zu words added, %zu lines rejected\n", path,
            added, rejected);
    if (rejected)
        fprintf(stderr, "%s\n", zc_model_errmsg(m));
    return true;
}

bool cli_add_user_lex(zc_model *m, const char *path)
{
    size_t added = 0, rejected = 0;
    zc_status s = zc_model_add_user_lex(m, path, &added, &rejected);
    if (s != ZC_OK) {
        fprintf(stderr, "zhengce: user lexicon %s\n", zc_model_errmsg(m));
        return false;
    }
    fprintf(stderr, "zhengce: user lexicon %s: %zu entries added, %zu lines rejected\n", path,
            added, rejected);
    if (rejected)
        fprintf(stderr, "%s\n", zc_model_errmsg(m));
    return true;
}
