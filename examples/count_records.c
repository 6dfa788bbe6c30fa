/*
 * count_records.c — a first program on libzhengce: prints `PATH<TAB>N`, the number of records
 * extracted from each FILE argument with the library's default options (those of
 * `zhengce extract`).
 *
 *   cc examples/count_records.c $(pkg-config --cflags --libs zhengce) -o count_records
 *   ./count_records speech.txt notice-big5.txt
 *
 * The dictionaries are found as zc_model_open says: $ZHENGCE_DICTDIR, else the installed ones.
 * Exit status: 0 when every file was read, 1 when one failed, 2 with no FILE, 3 without a model.
 */
#include <stdio.h>
#include <zhengce.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    char err[1024];
    zc_model *m = NULL;
    if (zc_model_open(NULL, &m, err, sizeof err) != ZC_OK) {
        fprintf(stderr, "count_records: %s\n", err);
        return 3;
    }
    zc_options opt;
    zc_options_init(&opt);
    int status = 0;
    for (int i = 1; i < argc; i++) {
        zc_doc *d = NULL;
        if (zc_doc_new_file(argv[i], argv[i], &opt, &d, err, sizeof err) != ZC_OK) {
            fprintf(stderr, "count_records: %s\n", err);
            status = 1;
            continue;
        }
        if (zc_extract(m, d) != ZC_OK) {
            fprintf(stderr, "count_records: %s: %s\n", argv[i], zc_doc_errmsg(d));
            status = 1;
        } else {
            printf("%s\t%zu\n", argv[i], zc_doc_nrecords(d));
        }
        zc_doc_free(d);
    }
    zc_model_close(m);
    return status;
}
