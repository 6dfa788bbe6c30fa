/*
 * replay.c — runs a fuzz target over kept inputs without libFuzzer, so the ordinary suite
 * (and its ASan/UBSan build) replays every file of tests/fuzz/corpus/<target>/.
 *
 *   fuzz-replay-<target> PATH...   each PATH a file or a directory of files (not recursive)
 *
 * Every input is copied into memory of exactly its size, so a read past its end is caught
 * by ASan as under libFuzzer. A broken invariant aborts (fuzz.h); exit status 0 when every
 * input ran, 1 when a path could not be read, 77 (skipped) when there was nothing to run.
 */
#include <dirent.h>
#include <string.h>

#include "fuzz.h"

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs the target on the file at `path`; returns 1 when it ran, 0 when unreadable. */
static int run_file(const char *path)
{
    uint8_t *buf;
    size_t len;
    char err[512];
    if (zc_read_file(path, &buf, &len, err, sizeof err) != ZC_OK) {
        fprintf(stderr, "replay: %s\n", err);
        return 0;
    }
    uint8_t *exact = malloc(len ? len : 1);   // no NUL after the input
    if (!exact)
        abort();
    memcpy(exact, buf, len);
    free(buf);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    return 1;
}

/* Runs the target on every regular file of `dir`, in name order; returns the count run, or
 * -1 when the directory or one of its files could not be read. */
static long run_dir(const char *dir)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return -1;
    zc_vec names;
    zc_vec_init(&names, sizeof(char *));
    struct dirent *e;
    while ((e = readdir(dp))) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p || !zc_vec_push(&names, &p))
            abort();
        snprintf(p, n, "%s/%s", dir, e->d_name);
    }
    closedir(dp);
    qsort(names.data, names.len, sizeof(char *), by_name);
    long ran = 0;
    for (size_t i = 0; i < names.len; i++) {
        char *p = ZC_VEC_AT(&names, char *, i);
        if (ran >= 0)
            ran = run_file(p) ? ran + 1 : -1;
        free(p);
    }
    zc_vec_free(&names);
    return ran;
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    long total = 0;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        DIR *dp = opendir(argv[i]);
        long n;
        if (dp) {
            closedir(dp);
            n = run_dir(argv[i]);
        } else {
            n = run_file(argv[i]) ? 1 : -1;
        }
        if (n < 0) {
            fprintf(stderr, "replay: %s: cannot read every input\n", argv[i]);
            status = 1;
        } else {
            printf("%s: %ld inputs\n", argv[i], n);
            total += n;
        }
    }
    return status ? status : total ? 0 : 77;
}
