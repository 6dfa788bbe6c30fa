/*
 * enc_accuracy.c — scores zhengce's encoding detection on the sample pack written by
 * gen_samples.py: for every sample, detect, decode with the detected label (strict) and
 * compare with the expected text; also checks that the source lengths (clen) add up to the
 * input minus the BOM. Prints accuracy per encoding and length; with --check, fails (exit 1)
 * when any encoding falls below 99% at 16+ characters or 95% at 8 characters.
 *
 * Usage: enc_accuracy PACK DICTDIR [--check] [--verbose]
 * Exit: 0 ok, 1 below the bar or a clen mismatch, 2 usage or I/O error, 77 corpus absent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text_int.h"

#define MAXENC 16
#define NLEN 7

static const int lengths[NLEN] = {8, 16, 32, 64, 128, 512, 4096};

typedef struct row {
    char name[32];
    int total[NLEN], good[NLEN];
} row;

static int len_index(int n)
{
    for (int i = 0; i < NLEN; i++)
        if (lengths[i] == n)
            return i;
    return -1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: enc_accuracy PACK DICTDIR [--check] [--verbose]\n");
        return 2;
    }
    bool check = false, verbose = false;
    for (int i = 3; i < argc; i++) {
        check |= strcmp(argv[i], "--check") == 0;
        verbose |= strcmp(argv[i], "--verbose") == 0;
    }
    uint8_t *pack;
    size_t plen;
    char err[4096];
    if (zc_read_file(argv[1], &pack, &plen, err, sizeof err) != ZC_OK) {
        fprintf(stderr, "enc_accuracy: %s\n", err);
        return 2;
    }
    if (plen >= 5 && memcmp(pack, "SKIP\n", 5) == 0) {
        printf("corpus absent: skipped\n");
        free(pack);
        return 77;
    }
    zc_model *m = calloc(1, sizeof *m);
    struct zc_enc_model em = {0};
    if (!m || zc_enc_freq_load(m, argv[2], &em.freq) != ZC_OK) {
        fprintf(stderr, "enc_accuracy: %s\n", m ? m->errmsg : "out of memory");
        free(m);
        free(pack);
        return 2;
    }
    row rows[MAXENC];
    int nrows = 0, clen_bad = 0;
    size_t pos = 0;
    while (pos < plen) {
        char label[32];
        int nch, n;
        size_t nbytes, nutf8;
        const char *nl = memchr(pack + pos, '\n', plen - pos);
        if (!nl || sscanf((const char *)pack + pos, "%31[^\t]\t%d\t%zu\t%zu%n", label, &nch,
                          &nbytes, &nutf8, &n) != 4) {
            fprintf(stderr, "enc_accuracy: bad pack header at byte %zu\n", pos);
            return 2;
        }
        pos = (size_t)(nl - (const char *)pack) + 1;
        if (nbytes > plen - pos || nutf8 > plen - pos - nbytes) {
            fprintf(stderr, "enc_accuracy: truncated pack\n");
            return 2;
        }
        const uint8_t *in = pack + pos, *want = pack + pos + nbytes;
        pos += nbytes + nutf8;

        int r = 0;
        while (r < nrows && strcmp(rows[r].name, label) != 0)
            r++;
        if (r == nrows) {
            if (nrows == MAXENC)
                continue;
            memset(&rows[r], 0, sizeof rows[r]);
            snprintf(rows[r].name, sizeof rows[r].name, "%s", label);
            nrows++;
        }
        int li = len_index(nch);
        if (li < 0)
            continue;
        rows[r].total[li]++;

        zc_detection det;
        zc_enc_detect(&em, in, nbytes, &det);
        zc_decoded dd;
        long long off;
        char msg[256];
        bool ok = false;
        if (det.is_text && !det.doubtful &&   // zc_decode refuses a doubtful label
            zc_enc_decode(det.encoding, in, nbytes, false, &dd, &off, msg, sizeof msg) == ZC_OK) {
            const char *text = dd.text ? dd.text : (const char *)in + dd.bom;
            ok = dd.len == nutf8 && memcmp(text, want, nutf8) == 0;
            size_t sum = 0;
            for (size_t k = 0; k < dd.nchars; k++)
                sum += dd.clen[k];
            if (sum != nbytes - dd.bom) {
                clen_bad++;
                fprintf(stderr, "clen mismatch: %s %d: sum %zu, want %zu\n", label, nch, sum,
                        nbytes - dd.bom);
            }
            zc_decoded_free(&dd);
        }
        rows[r].good[li] += ok;
        if (!ok && verbose)
            printf("miss %-12s %4d -> %-10s %.3f %s: %.*s\n", label, nch,
                   zc_encoding_name(det.encoding), det.confidence, det.reason,
                   (int)(nutf8 < 60 ? nutf8 : 60), (const char *)want);
    }

    int fails = 0;
    printf("%-13s", "encoding");
    for (int i = 0; i < NLEN; i++)
        printf(" %8d", lengths[i]);
    printf("\n");
    for (int r = 0; r < nrows; r++) {
        printf("%-13s", rows[r].name);
        for (int i = 0; i < NLEN; i++) {
            if (!rows[r].total[i]) {
                printf(" %8s", "-");
                continue;
            }
            double acc = 100.0 * rows[r].good[i] / rows[r].total[i];
            bool low = acc < (lengths[i] == 8 ? 95.0 : 99.0);
            fails += low;
            printf(" %7.1f%s", acc, low ? "!" : " ");
        }
        printf("\n");
    }
    printf("(%% of samples decoded exactly with the detected label; ! below the bar)\n");
    zc_enc_freq_free(em.freq);
    free(m);
    free(pack);
    if (clen_bad)
        printf("%d samples with a clen sum mismatch\n", clen_bad);
    return check && (fails || clen_bad) ? 1 : clen_bad ? 1 : 0;
}
