/*
 * cmd_meta.c — `zhengce meta`: a document's catalogue data (title, issuer, 发文字号, date of
 * issue, kind, addressees, cc, signatory, speaker, occasion) as JSON Lines, CSV or OAI Dublin
 * Core XML.
 */
#include <getopt.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

void cmd_meta_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce meta [--format jsonl|csv|dc] [--from LABEL] [--dict-dir DIR] PATH...\n\n"
            "Writes each document's metadata, read from its head (title, 发文字号, date and\n"
            "organ lines, addressees) and its signature block (organs, date of issue, 抄送):\n"
            "title, issuer (one or more), doc_number (raw, agency, year, serial), date_issued\n"
            "(ISO 8601 in value), doc_type (with its genre: plan, rule, report, speech, notice,\n"
            "reply, other), addressees, cc, signatory, speaker and occasion. Every field is null\n"
            "when the document does not state it, else {\"text\", \"char\", \"byte\"}: the text as\n"
            "written and its span in the original file (docs/RECORDS.md \"Document metadata\").\n"
            "The lists are in dicts/meta/.\n\n"
            "  --format jsonl  one JSON object per document, kind \"document\" (default)\n"
            "  --format csv    one row per document, lists joined by \"; \"\n"
            "  --format dc     one XML document: in a <records> root, an OAI Dublin Core\n"
            "                  <oai_dc:dc> per document: dc:title, dc:creator (each issuer,\n"
            "                  else the speaker), dc:date (date_issued), dc:type (Text and\n"
            "                  the 文种), dc:identifier (the 发文字号, then the doc path),\n"
            "                  dc:language zh; a field not stated has no element\n"
            "  --from LABEL    the inputs' encoding (default: detect)\n"
            "  --input-format auto|text|html|docx|pdf   as for `zhengce decode`\n\n"
            "Examples:\n"
            "  zhengce meta notices/ | jq -c '{doc, title: .title.text, date: .date_issued.value}'\n"
            "  zhengce meta --format csv archive/ > catalogue.csv\n"
            "  zhengce meta --format dc archive/ > catalogue.xml\n");
}

static const char *const csv_cols[] = {"title", "issuer", "doc_number", "agency", "year",
                                       "serial", "date_issued", "doc_type", "genre",
                                       "addressees", "cc", "signatory", "speaker", "occasion"};

static void csv_cell(FILE *o, const char *s)
{
    fputc('"', o);
    for (; s && *s; s++) {
        if (*s == '"')
            fputc('"', o);
        fputc(*s, o);
    }
    fputc('"', o);
}

/* A field of the metadata object as CSV text: a span's text, a list's texts joined by "; ",
 * or the named member of a parsed field. */
static void csv_field(FILE *o, json_t *row, const char *col)
{
    json_t *v = NULL;
    char buf[32];
    const char *s = NULL;
    if (!strcmp(col, "agency") || !strcmp(col, "year") || !strcmp(col, "serial")) {
        v = json_object_get(json_object_get(row, "doc_number"), col);
        if (json_is_integer(v)) {
            snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
            s = buf;
        } else {
            s = json_string_value(v);
        }
    } else if (!strcmp(col, "doc_number")) {
        s = json_string_value(json_object_get(json_object_get(row, "doc_number"), "raw"));
    } else if (!strcmp(col, "date_issued")) {
        s = json_string_value(json_object_get(json_object_get(row, col), "value"));
    } else if (!strcmp(col, "doc_type") || !strcmp(col, "genre")) {
        s = json_string_value(json_object_get(json_object_get(row, "doc_type"),
                                              !strcmp(col, "genre") ? "genre" : "value"));
    } else if (json_is_array(v = json_object_get(row, col))) {
        fputc('"', o);
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) {
            const char *t = json_string_value(json_object_get(e, "text"));
            if (i)
                fputs("; ", o);
            for (; t && *t; t++) {
                if (*t == '"')
                    fputc('"', o);
                fputc(*t, o);
            }
        }
        fputc('"', o);
        return;
    } else {
        s = json_string_value(json_object_get(v, "text"));
    }
    if (s)
        csv_cell(o, s);
}

/* XML character data: & < > " escaped; characters XML 1.0 does not allow (C0 controls but
 * tab and line breaks, which a span never holds after its line breaks are dropped) as U+FFFD. */
static void xml_text(FILE *o, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '&')
            fputs("&amp;", o);
        else if (c == '<')
            fputs("&lt;", o);
        else if (c == '>')
            fputs("&gt;", o);
        else if (c == '"')
            fputs("&quot;", o);
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            fputs("\xEF\xBF\xBD", o);
        else
            fputc(c, o);
    }
}

static void dc_element(FILE *o, const char *name, const char *text)
{
    if (!text || !*text)
        return;
    fprintf(o, "    <dc:%s>", name);
    xml_text(o, text);
    fprintf(o, "</dc:%s>\n", name);
}

#define OAI_DC "http://www.openarchives.org/OAI/2.0/oai_dc/"

/* One document's metadata object as an OAI Dublin Core record (oai_dc.xsd). */
static void dc_record(FILE *o, json_t *row, const char *id)
{
    fputs("  <oai_dc:dc xsi:schemaLocation=\"" OAI_DC " " OAI_DC "oai_dc.xsd\">\n", o);
    dc_element(o, "title", json_string_value(json_object_get(json_object_get(row, "title"), "text")));
    json_t *iss = json_object_get(row, "issuer"), *e;
    size_t i;
    json_array_foreach(iss, i, e)
        dc_element(o, "creator", json_string_value(json_object_get(e, "text")));
    if (!json_array_size(iss))   // a speech: its speaker made it
        dc_element(o, "creator",
                   json_string_value(json_object_get(json_object_get(row, "speaker"), "text")));
    dc_element(o, "date",
               json_string_value(json_object_get(json_object_get(row, "date_issued"), "value")));
    dc_element(o, "type", "Text");   // the DCMI Type Vocabulary's, then the 文种
    dc_element(o, "type",
               json_string_value(json_object_get(json_object_get(row, "doc_type"), "value")));
    dc_element(o, "identifier",
               json_string_value(json_object_get(json_object_get(row, "doc_number"), "raw")));
    dc_element(o, "identifier", id);
    dc_element(o, "language", "zh");
    fputs("  </oai_dc:dc>\n", o);
}

enum meta_format { FMT_JSONL, FMT_CSV, FMT_DC };

typedef struct meta_run {
    zc_model *m;
    enum meta_format fmt;
} meta_run;

/* Finds a document's metadata and writes it as a JSON line or a CSV row. */
static bool meta_doc(zc_doc *d, void *arg)
{
    meta_run *r = arg;
    if (zc_meta(r->m, d) != ZC_OK) {
        cli_error("meta", "%s: %s", zc_doc_id(d), zc_doc_errmsg(d));
        return false;
    }
    if (r->fmt == FMT_JSONL)
        return zc_doc_write_meta_json(d, stdout) == ZC_OK;
    char *buf = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&buf, &len);
    json_t *row = NULL;
    if (mf && zc_doc_write_meta_json(d, mf) == ZC_OK && fclose(mf) == 0)
        row = json_loadb(buf, len, 0, NULL);
    else if (mf)
        fclose(mf);
    if (r->fmt == FMT_DC) {
        dc_record(stdout, row, zc_doc_id(d));
        json_decref(row);
        free(buf);
        return true;
    }
    csv_cell(stdout, zc_doc_id(d));
    for (size_t k = 0; k < sizeof csv_cols / sizeof *csv_cols; k++) {
        fputc(',', stdout);
        csv_field(stdout, row, csv_cols[k]);
    }
    fputs("\r\n", stdout);
    json_decref(row);
    free(buf);
    return true;
}

int cmd_meta(int argc, char **argv)
{
    enum { O_FORMAT = 256, O_FROM, O_INPUT_FORMAT, O_DICT, O_HELP };
    static const struct option opts[] = {
        {"format", required_argument, NULL, O_FORMAT}, {"from", required_argument, NULL, O_FROM},
        {"input-format", required_argument, NULL, O_INPUT_FORMAT},
        {"dict-dir", required_argument, NULL, O_DICT}, {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    zc_options opt;
    zc_options_init(&opt);
    const char *dictdir = NULL;
    enum meta_format fmt = FMT_JSONL;
    int c;
    while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_meta_help(stdout); return EXIT_OK;
        case O_FORMAT:
            if (strcmp(optarg, "jsonl") && strcmp(optarg, "csv") && strcmp(optarg, "dc"))
                return cli_usage("meta", "--format is jsonl, csv or dc");
            fmt = !strcmp(optarg, "csv") ? FMT_CSV : !strcmp(optarg, "dc") ? FMT_DC : FMT_JSONL;
            break;
        case O_FROM:
            if (!cli_parse_from("meta", optarg, &opt))
                return EXIT_USAGE;
            break;
        case O_INPUT_FORMAT:
            if (!cli_parse_input_format("meta", optarg, &opt))
                return EXIT_USAGE;
            break;
        case O_DICT: dictdir = optarg; break;
        default:
            return cli_bad_option("meta", argv);
        }
    }
    if (optind >= argc)
        return cli_usage("meta", "no input (give files, directories or -)");
    zc_model *m = cli_open_model(dictdir);
    if (!m)
        return EXIT_MODEL;
    if (fmt == FMT_DC)
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<records xmlns:oai_dc=\"" OAI_DC "\"\n"
              "         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
              "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n",
              stdout);
    if (fmt == FMT_CSV) {
        fputs("doc", stdout);
        for (size_t k = 0; k < sizeof csv_cols / sizeof *csv_cols; k++)
            printf(",%s", csv_cols[k]);
        fputs("\r\n", stdout);
    }
    meta_run run = {m, fmt};
    int rc = cli_each_input("meta", argv + optind, argc - optind, &opt, meta_doc, &run);
    if (fmt == FMT_DC)
        fputs("</records>\n", stdout);
    zc_model_close(m);
    return rc;
}
