/*
 * icu_words.c — ICU's dictionary word BreakIterator (zh) over a UTF-8 file, line by line, for
 * bench/segment.sh and bench/sighan.sh: `icu_words FILE` writes the words separated by one
 * space (SIGHAN format); `icu_words -n FILE` only counts them (throughput).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

int main(int argc, char **argv)
{
    int count = argc > 2 && strcmp(argv[1], "-n") == 0;
    FILE *f = fopen(argv[argc - 1], "rb");
    if (!f)
        return 1;
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &e);
    char *line = NULL, *out = NULL;
    size_t cap = 0, ucap = 0;
    UChar *u = NULL;
    ssize_t n;
    long words = 0;
    while ((n = getline(&line, &cap, f)) > 0) {
        if (line[n - 1] == '\n')
            line[--n] = 0;
        if ((size_t)n + 1 > ucap) {
            ucap = (size_t)n + 1;
            u = realloc(u, ucap * sizeof *u);
            out = realloc(out, ucap * 4);
        }
        int32_t ul;
        e = U_ZERO_ERROR;
        u_strFromUTF8(u, (int32_t)ucap, &ul, line, (int32_t)n, &e);
        ubrk_setText(bi, u, ul, &e);
        int first = 1;
        for (int32_t a = ubrk_first(bi), b = ubrk_next(bi); b != UBRK_DONE; a = b, b = ubrk_next(bi)) {
            int32_t k = a;
            while (k < b && (u[k] == ' ' || u[k] == 0x3000 || u[k] == '\t' || u[k] == '\r'))
                k++;
            if (k == b)
                continue;
            words++;
            if (count)
                continue;
            int32_t ol;
            e = U_ZERO_ERROR;
            u_strToUTF8(out, (int32_t)ucap * 4, &ol, u + k, b - k, &e);
            printf("%s%.*s", first ? "" : " ", (int)ol, out);
            first = 0;
        }
        if (!count)
            putchar('\n');
    }
    if (count)
        printf("%ld\n", words);
    ubrk_close(bi);
    free(line);
    free(u);
    free(out);
    fclose(f);
    return 0;
}
