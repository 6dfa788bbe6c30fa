/*
 * cmd_dedup.c — `zhengce dedup`: groups reposts of one document, and the MinHash signatures
 * `zhengce index` keeps to fill documents.dup_of (dedup.h).
 *
 * A document is the set of its 5-character shingles, taken from the matching view (NFKC,
 * T→S, scraped-page boilerplate out) with spaces and punctuation dropped, so that line
 * breaks, punctuation styles and site clutter do not count. A one-permutation MinHash (one
 * hash per shingle, its top bits choosing one of 128 bins that keep their least value; empty
 * bins filled from their neighbours) gives a signature whose agreement estimates the Jaccard
 * similarity of two sets (standard error about 0.04); 32 bands of 4 bins find the candidate
 * pairs without comparing all of them.
 * Pairs at least --threshold similar join one group (single linkage).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "dedup.h"
#include "inputs.h"

#define SHINGLE 5
#define BANDS 32
#define ROWS (DEDUP_K / BANDS)

void cmd_dedup_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce dedup [--threshold T] [--dict-dir DIR] PATH...\n\n"
            "Groups near-duplicate documents — the same notice reposted by another site with\n"
            "its own header, footer and clutter — and prints one JSON line per group of two or\n"
            "more: {\"docs\": [paths in input order], \"similarity\": the lowest estimated\n"
            "similarity of two members}. Documents are compared by 5-character shingles of\n"
            "their matching view (boilerplate, spaces and punctuation out), by MinHash.\n\n"
            "  --threshold T  the Jaccard similarity from which two documents are reposts of\n"
            "                 one another (default %.2f; from 0.5 to 1: pairs much below 0.6\n"
            "                 may go unnoticed, as only likely pairs are compared)\n\n"
            "PATHs are files or directories (every file under them).\n\n"
            "Examples:\n"
            "  zhengce dedup scraped/ > groups.jsonl\n"
            "  zhengce dedup --threshold 0.9 a.txt b.txt c.txt\n",
            DEDUP_THRESHOLD);
}

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/* Characters that do not count: spaces, controls, ASCII and CJK punctuation and symbols. */
static bool ignored(unsigned c)
{
    if (c < 0x80)
        return !((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
    return c <= 0xBF || (c >= 0x2000 && c <= 0x206F) ||
           (c >= 0x3000 && c <= 0x303F && c != 0x3007) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF5B && c <= 0xFF65) || c == 0xFFFD;
}

/* Adds the shingle of the `w` characters of the ring ending before `pos`: its hash goes to
 * one of the DEDUP_K bins (its top bits), which keeps the least value it sees. */
static void add_shingle(const unsigned *ring, size_t pos, size_t w, uint32_t sig[DEDUP_K],
                        bool *filled)
{
    uint64_t x = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < w; i++)
        x = (x ^ ring[(pos + SHINGLE - w + i) % SHINGLE]) * 0x100000001b3ULL;
    x = mix64(x);
    size_t bin = (size_t)(x >> 57);   // DEDUP_K == 128 bins: the top 7 bits
    uint32_t v = (uint32_t)x;
    if (!filled[bin] || v < sig[bin])
        sig[bin] = v;
    filled[bin] = true;
}

bool dedup_signature(const char *view, size_t len, uint32_t sig[DEDUP_K])
{
    bool filled[DEDUP_K] = {false};
    unsigned ring[SHINGLE];
    size_t pos = 0, have = 0;
    bool any = false;
    const unsigned char *p = (const unsigned char *)view, *end = p + len;
    while (p < end) {
        size_t k;
        unsigned c = zc_utf8_at(p, end, &k);
        p += k;
        if (ignored(c))
            continue;
        ring[pos] = c;
        pos = (pos + 1) % SHINGLE;
        if (have < SHINGLE)
            have++;
        if (have == SHINGLE) {
            add_shingle(ring, pos, SHINGLE, sig, filled);
            any = true;
        }
    }
    if (!any && have) {   // a text shorter than a shingle is one shingle of its own
        add_shingle(ring, pos, have, sig, filled);
        any = true;
    }
    // An empty bin (a short text) takes the value of the next filled one, mixed with the
    // distance, so that equal texts still agree on it and different ones rarely do.
    for (size_t i = 0; any && i < DEDUP_K; i++) {
        if (filled[i])
            continue;
        size_t j = i, dist = 0;
        while (!filled[j]) {
            j = (j + 1) % DEDUP_K;
            dist++;
        }
        sig[i] = (uint32_t)mix64(((uint64_t)sig[j] << 8) | dist);
    }
    return any;
}

double dedup_similarity(const uint32_t *a, const uint32_t *b)
{
    int same = 0;
    for (int i = 0; i < DEDUP_K; i++)
        same += a[i] == b[i];
    return (double)same / DEDUP_K;
}

typedef struct band_key {
    uint64_t key;
    size_t doc;
} band_key;

static int by_key(const void *a, const void *b)
{
    const band_key *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->doc < y->doc ? -1 : x->doc > y->doc;
}

static size_t find(size_t *up, size_t i)
{
    while (up[i] != i)
        i = up[i] = up[up[i]];
    return i;
}

bool dedup_group(const uint32_t *sigs, const bool *has, size_t n, double threshold,
                 size_t *leader)
{
    band_key *keys = malloc((n ? n : 1) * sizeof *keys);
    if (!keys)
        return false;
    for (size_t i = 0; i < n; i++)
        leader[i] = i;
    for (int b = 0; b < BANDS; b++) {
        size_t m = 0;
        for (size_t i = 0; i < n; i++) {
            if (!has[i])
                continue;
            uint64_t k = (uint64_t)b;
            for (int r = 0; r < ROWS; r++)
                k = mix64(k ^ sigs[i * DEDUP_K + (size_t)(b * ROWS + r)]);
            keys[m++] = (band_key){k, i};
        }
        qsort(keys, m, sizeof *keys, by_key);
        for (size_t s = 0, e; s < m; s = e) {
            for (e = s + 1; e < m && keys[e].key == keys[s].key; e++)
                ;
            for (size_t i = s; i < e; i++)
                for (size_t j = i + 1; j < e; j++) {
                    size_t x = find(leader, keys[i].doc), y = find(leader, keys[j].doc);
                    if (x == y || dedup_similarity(sigs + keys[i].doc * DEDUP_K,
                                                   sigs + keys[j].doc * DEDUP_K) < threshold)
                        continue;
                    if (x < y)
                        leader[y] = x;
                    else
                        leader[x] = y;
                }
        }
    }
    free(keys);
    for (size_t i = 0; i < n; i++)
        leader[i] = find(leader, i);
    return true;
}

bool dedup_parse_threshold(const char *s, double *out)
{
    char *end;
    double t = strtod(s, &end);
    if (!*s || *end || !(t >= 0.5 && t <= 1))
        return false;
    *out = t;
    return true;
}

/* The documents read so far: their paths (ids) and signatures. */
typedef struct sigset {
    zc_model *m;
    char **paths;
    uint32_t *sigs;
    bool *has;
    size_t n, cap;
} sigset;

/* cli_each_input's callback: the signature of a document's matching view. */
static bool add_signature(zc_doc *d, void *arg)
{
    sigset *x = arg;
    if (zc_normalize(x->m, d) != ZC_OK) {
        cli_error("dedup", "%s: %s", zc_doc_id(d), zc_doc_errmsg(d));
        return false;
    }
    if (x->n == x->cap) {
        size_t cap = x->cap ? 2 * x->cap : 256;
        char **np = realloc(x->paths, cap * sizeof *np);
        if (np)
            x->paths = np;
        uint32_t *ns = realloc(x->sigs, cap * DEDUP_K * sizeof *ns);
        if (ns)
            x->sigs = ns;
        bool *nh = realloc(x->has, cap * sizeof *nh);
        if (nh)
            x->has = nh;
        if (!np || !ns || !nh) {
            cli_error("dedup", "out of memory");
            exit(EXIT_INPUT);
        }
        x->cap = cap;
    }
    size_t len;
    const char *v = zc_doc_normalized(d, &len);
    x->has[x->n] = dedup_signature(v, len, x->sigs + x->n * DEDUP_K);
    if (!(x->paths[x->n] = strdup(zc_doc_id(d)))) {
        cli_error("dedup", "out of memory");
        exit(EXIT_INPUT);
    }
    x->n++;
    return true;
}

/* Prints each group of two or more at its leader (its first member in input order), with the
 * lowest similarity between two of its members. */
static void print_groups(const sigset *x, const size_t *leader)
{
    for (size_t g = 0; g < x->n; g++) {
        size_t members = 0;
        double low = 1;
        for (size_t i = g; i < x->n; i++) {
            if (leader[i] != g)
                continue;
            members++;
            for (size_t j = g; j < i; j++)
                if (leader[j] == g) {
                    double s = dedup_similarity(x->sigs + i * DEDUP_K, x->sigs + j * DEDUP_K);
                    low = s < low ? s : low;
                }
        }
        if (members < 2)
            continue;
        fputs("{\"docs\": [", stdout);
        for (size_t i = g, k = 0; i < x->n; i++)
            if (leader[i] == g) {
                fputs(k++ ? ", " : "", stdout);
                cli_json_str(stdout, x->paths[i]);
            }
        printf("], \"similarity\": %.3f}\n", low);
    }
}

int cmd_dedup(int argc, char **argv)
{
    enum { O_THRESHOLD = 256, O_DICT, O_HELP };
    static const struct option opts[] = {
        {"threshold", required_argument, NULL, O_THRESHOLD},
        {"dict-dir", required_argument, NULL, O_DICT}, {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *dictdir = NULL;
    double threshold = DEDUP_THRESHOLD;
    int c;
    while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_dedup_help(stdout); return EXIT_OK;
        case O_THRESHOLD:
            if (!dedup_parse_threshold(optarg, &threshold))
                return cli_usage("dedup", "--threshold takes a number from 0.5 to 1");
            break;
        case O_DICT: dictdir = optarg; break;
        default:
            return cli_bad_option("dedup", argv);
        }
    }
    if (optind >= argc)
        return cli_usage("dedup", "no input (give files or directories)");
    sigset x = {cli_open_model(dictdir), NULL, NULL, NULL, 0, 0};
    if (!x.m)
        return EXIT_MODEL;
    zc_options opt;
    zc_options_init(&opt);
    int rc = cli_each_input("dedup", argv + optind, argc - optind, &opt, add_signature, &x);
    zc_model_close(x.m);
    size_t *leader = malloc((x.n ? x.n : 1) * sizeof *leader);
    if (!leader || !dedup_group(x.sigs, x.has, x.n, threshold, leader)) {
        cli_error("dedup", "out of memory");
        exit(EXIT_INPUT);
    }
    print_groups(&x, leader);
    for (size_t i = 0; i < x.n; i++)
        free(x.paths[i]);
    free(x.paths);
    free(x.sigs);
    free(x.has);
    free(leader);
    return rc;
}
