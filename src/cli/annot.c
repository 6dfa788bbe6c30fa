/*
 * annot.c — formats, offsets and notes shared by `zhengce export` and `zhengce import`
 * (annot.h).
 */
#define _GNU_SOURCE   // memmem, asprintf
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annot.h"
#include "zhengce.h"

annot_format annot_format_parse(const char *s)
{
    static const char *const names[] = {"brat", "doccano", "label-studio", "webanno-tsv", "conll"};
    for (int f = 0; f < FMT_NONE; f++)
        if (strcmp(s, names[f]) == 0)
            return (annot_format)f;
    return FMT_NONE;
}

annot_unit annot_default_unit(annot_format f)
{
    return f == FMT_LABEL_STUDIO || f == FMT_WEBANNO ? UNIT_UTF16 : UNIT_CODEPOINT;
}

annot_unit annot_unit_parse(const char *s)
{
    return strcmp(s, "codepoint") == 0 ? UNIT_CODEPOINT
           : strcmp(s, "utf16") == 0   ? UNIT_UTF16
                                       : UNIT_DEFAULT;
}

bool annot_rejected(json_t *row)
{
    const char *k = json_string_value(json_object_get(row, "kind"));
    return k && strcmp(k, "rejected") == 0;
}

int annot_kind(const char *s)
{
    for (int k = 0; s && k < 4; k++)
        if (strcmp(s, zc_kind_name((zc_kind)k)) == 0)
            return k;
    return -1;
}

const annot_attr annot_attrs[3] = {
    {"modality", NULL, -1, {"must", "prohibit", "should", "strive", "encourage", "may"}},
    {"category", "enforcement", ZC_KIND_ENFORCEMENT,
     {"veto", "financial", "accountability", "referral", "investigation", "incentive",
      "coercive"}},
    {"relation", "deadline", ZC_KIND_DEADLINE,
     {"unspecified", "before", "by", "on", "within", "after", "around"}},
};

const char *annot_attr_value(json_t *row, const annot_attr *a)
{
    json_t *obj = a->object ? json_object_get(row, a->object) : row;
    const char *v = json_string_value(json_object_get(obj, a->name));
    return v && *v ? v : NULL;
}

void annot_attr_set(json_t *row, const annot_attr *a, const char *value)
{
    json_t *obj = row;
    if (a->object) {
        obj = json_object_get(row, a->object);
        if (!json_is_object(obj)) {
            obj = json_object();
            json_object_set_new(row, a->object, obj);
        }
    }
    json_object_set_new(obj, a->name, json_string(value));
}

static bool is_attr(const char *object, const char *key)
{
    for (size_t i = 0; i < sizeof annot_attrs / sizeof *annot_attrs; i++)
        if (strcmp(key, annot_attrs[i].name) == 0 &&
            (object ? annot_attrs[i].object && strcmp(object, annot_attrs[i].object) == 0
                    : !annot_attrs[i].object))
            return true;
    return false;
}

/* Appends `key=value` (value as compact JSON; 15 digits as the records print them). */
static void note_add(FILE *f, bool *first, const char *obj, const char *key, json_t *v)
{
    char *js = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(15));
    if (!js)
        return;
    fprintf(f, "%s%s%s%s=%s", *first ? "" : "; ", obj ? obj : "", obj ? "." : "", key, js);
    *first = false;
    free(js);
}

char *annot_notes(json_t *row)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    bool first = true;
    json_t *actor = json_object_get(row, "actor");
    if (json_is_string(actor))
        note_add(f, &first, NULL, "actor", actor);
    const char *kind = json_string_value(json_object_get(row, "kind"));
    json_t *obj = kind ? json_object_get(row, kind) : NULL;
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v) {
        // A part's span is an offset in the original, which the tool's text re-counts.
        size_t kl = strlen(key);
        bool span = kl > 5 && strcmp(key + kl - 5, "_span") == 0;
        if (!json_is_null(v) && !is_attr(kind, key) && !span)
            note_add(f, &first, kind, key, v);
    }
    if (fclose(f) != 0 || first) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* Trims spaces on both sides of s[0, *n); returns the new start. */
static const char *trim(const char *s, size_t *n)
{
    while (*n && (*s == ' ' || *s == '\t')) {
        s++;
        (*n)--;
    }
    while (*n && (s[*n - 1] == ' ' || s[*n - 1] == '\t'))
        (*n)--;
    return s;
}

/* A key of the notes: `field` or `object.field`, lowercase letters and underscores. */
static bool is_key(const char *s, size_t n)
{
    size_t dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.' && i > 0 && i + 1 < n)
            dots++;
        else if (!(s[i] >= 'a' && s[i] <= 'z') && s[i] != '_')
            return false;
    }
    return n > 0 && dots <= 1;
}

/* One item of a note into the gold row: `key=value`, or free text, kept in "note". */
static void note_item(const char *s, size_t n, json_t *row)
{
    s = trim(s, &n);
    if (!n)
        return;
    const char *eq = memchr(s, '=', n);
    size_t kl = eq ? (size_t)(eq - s) : 0;
    const char *ks = trim(s, &kl);
    if (!eq || !is_key(ks, kl)) {
        // A comment the annotator wrote: kept beside the fields, which eval ignores.
        const char *old = json_string_value(json_object_get(row, "note"));
        char *joined = NULL;
        if (old && asprintf(&joined, "%s; %.*s", old, (int)n, s) < 0)
            joined = NULL;
        json_object_set_new(row, "note", joined ? json_string(joined) : json_stringn(s, n));
        free(joined);
        return;
    }
    size_t vl = n - (size_t)(eq + 1 - s);
    const char *vs = trim(eq + 1, &vl);
    // A value is JSON as export writes it; text typed without quotes is taken as a string.
    json_t *v = json_loadb(vs, vl, JSON_DECODE_ANY, NULL);
    if (!v)
        v = json_stringn(vs, vl);
    const char *dot = memchr(ks, '.', kl);
    json_t *obj = row;
    if (dot) {
        char *name = strndup(ks, (size_t)(dot - ks));
        obj = name ? json_object_get(row, name) : NULL;
        if (name && !json_is_object(obj)) {
            obj = json_object();
            json_object_set_new(row, name, obj);
        }
        free(name);
    }
    char *key = dot ? strndup(dot + 1, kl - (size_t)(dot + 1 - ks)) : strndup(ks, kl);
    // A date typed as 2010 stays the string RECORDS.md gives; only figures are numbers.
    static const char *const figures[] = {"value", "value_max", "amount", "amount_max"};
    bool figure = false;
    for (size_t i = 0; key && i < sizeof figures / sizeof *figures; i++)
        figure = figure || strcmp(key, figures[i]) == 0;
    if (json_is_number(v) && !figure) {
        json_decref(v);
        v = json_stringn(vs, vl);
    }
    if (key && obj && v)
        json_object_set_new(obj, key, v);
    else
        json_decref(v);
    free(key);
}

void annot_notes_parse(const char *notes, json_t *row)
{
    // Items are separated by ';' outside JSON strings.
    const char *item = notes;
    bool in_str = false;
    for (const char *p = notes;; p++) {
        if (*p == '\\' && in_str && p[1]) {
            p++;
        } else if (*p == '"') {
            in_str = !in_str;
        } else if (!*p || (*p == ';' && !in_str)) {
            note_item(item, (size_t)(p - item), row);
            if (!*p)
                return;
            item = p + 1;
        }
    }
}

size_t *annot_unit_table(const char *s, size_t len, annot_unit unit, size_t *n)
{
    size_t *t = malloc((2 * len + 1) * sizeof *t), k = 0;
    if (!t)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80)
            continue;
        t[k++] = i;
        if (unit == UNIT_UTF16 && c >= 0xF0)   // outside the BMP: a surrogate pair
            t[k++] = (size_t)-1;
    }
    t[k] = len;
    *n = k;
    return t;
}

size_t annot_occurrence(const char *s, size_t len, size_t pos, size_t tl, size_t state[2])
{
    // state: where the search goes on, and the matches found before it.
    while (tl && state[0] + tl <= len && state[0] <= pos) {
        const char *p = memmem(s + state[0], pos + tl - state[0], s + pos, tl);
        if (!p)
            break;
        state[1]++;
        state[0] = (size_t)(p - s) + tl;
    }
    return state[1] ? state[1] : 1;
}

const char *annot_base(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}
