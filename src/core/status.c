/*
 * status.c — status texts, and the error setters of docs and models.
 * Reads nothing from zc_doc but its error fields; fills errmsg/erroff.
 */
#include <stdarg.h>
#include <stdio.h>

#include "zc_int.h"

const char *zc_version(void)
{
    return ZC_VERSION;
}

const char *zc_strerror(zc_status s)
{
    switch (s) {
    case ZC_OK: return "success";
    case ZC_ENOMEM: return "out of memory";
    case ZC_EIO: return "input/output error";
    case ZC_EENCODING: return "invalid or unknown encoding";
    case ZC_ENOTTEXT: return "not a text file";
    case ZC_EFORMAT: return "bad dictionary format";
    case ZC_EVERSION: return "dictionary image of another version";
    case ZC_EREGEX: return "bad pattern";
    case ZC_EICU: return "ICU error";
    case ZC_EINVAL: return "invalid argument";
    case ZC_ELIMIT: return "limit exceeded";
    }
    return "unknown status";
}

zc_status zc_doc_fail(zc_doc *d, zc_status s, long long off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->errmsg, sizeof d->errmsg, fmt, ap);
    va_end(ap);
    d->erroff = off;
    return s;
}

zc_status zc_model_fail(zc_model *m, zc_status s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m->errmsg, sizeof m->errmsg, fmt, ap);
    va_end(ap);
    return s;
}

void zc_model_reject(zc_model_report *r, const char *path, size_t line, const char *fmt, ...)
{
    size_t cap = sizeof r->m->errmsg;
    r->rejected++;
    if (r->used + 80 >= cap) {
        if (r->used + 4 < cap && strcmp(r->m->errmsg + r->used - 4, "...\n") != 0)
            r->used += (size_t)snprintf(r->m->errmsg + r->used, cap - r->used, "...\n");
        return;
    }
    char reason[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    int k = snprintf(r->m->errmsg + r->used, cap - r->used, "%s:%zu: %s\n", path, line, reason);
    if (k > 0)
        r->used = r->used + (size_t)k < cap ? r->used + (size_t)k : cap - 1;
}

void zc_model_report_end(zc_model_report *r)
{
    if (r->used && r->m->errmsg[r->used - 1] == '\n')
        r->m->errmsg[r->used - 1] = '\0';
}
