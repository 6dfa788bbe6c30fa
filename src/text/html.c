/*
 * html.c — HTML pages as input: the page is decoded like any text (BOM, else <meta charset>,
 * else the detector), libxml2's HTML parser reads the decoded UTF-8 and reports text, and
 * this file keeps the text a reader sees (no script, style, head or navigation; blocks as
 * lines, table cells as tabs) with, for every character kept, the byte span in the file of
 * the source it came from. libxml2 decides what is text; this file only finds where each
 * piece it reports sits in the buffer it was given (the parser's byte position is the end of
 * the piece), and maps that back to the file through the decoder's per-char lengths.
 */
#include <libxml/HTMLparser.h>
#include <limits.h>
#include <pthread.h>
#include <libxml/parserInternals.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text_int.h"

/* Elements whose content is not read: code, styling, the page's head, alternatives for
 * scripts, and the navigation blocks of HTML5. */
static const char *const skip_tags[] = {"script", "style", "noscript", "template", "head",
                                        "nav", "header", "footer", "iframe", "object",
                                        "svg", "select", "button", NULL};
/* Elements with these words in their class or id are site navigation in the pages of
 * government sites (class="nav", id="breadcrumb", class="footer-links", ...). */
static const char *const skip_words[] = {"nav", "menu", "breadcrumb", "footer", NULL};
/* Elements that begin and end a line of text. */
static const char *const block_tags[] = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "caption", "h1", "h2",
    "h3", "h4", "h5", "h6", "section", "article", "main", "aside", "blockquote", "pre",
    "address", "figure", "figcaption", "form", "fieldset", "hr", "br", "center", "body",
    "tbody", "thead", "tfoot", "title", NULL};

static bool in_list(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (!strcmp(*list, name))
            return true;
    return false;
}

bool zc_html_sniff(const uint8_t *in, size_t len)
{
    static const char *const starts[] = {"<!doctype html", "<html", "<head", "<body",
                                         "<meta charset", NULL};
    size_t i = len >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF ? 3 : 0;
    while (i < len && (in[i] == ' ' || in[i] == '\t' || in[i] == '\n' || in[i] == '\r' ||
                       in[i] == '\f'))
        i++;
    for (const char *const *s = starts; *s; s++) {
        size_t n = strlen(*s);
        if (len - i >= n && !strncasecmp((const char *)in + i, *s, n))
            return true;
    }
    return false;
}

/* The label of a charset declared in a <meta> tag among the first 1024 bytes, as the HTML
 * standard's prescan looks for it (<meta charset=X> or content="...; charset=X"). */
zc_encoding zc_html_meta_charset(const uint8_t *in, size_t len)
{
    const char *s = (const char *)in;
    size_t n = len < 1024 ? len : 1024;
    for (size_t i = 0; i + 5 < n; i++) {
        if (strncasecmp(s + i, "<meta", 5) != 0)
            continue;
        size_t end = i + 5;
        while (end < n && s[end] != '>')
            end++;
        for (size_t j = i + 5; j + 7 <= end; j++) {
            if (strncasecmp(s + j, "charset", 7) != 0)
                continue;
            size_t k = j + 7;
            while (k < end && (s[k] == ' ' || s[k] == '='))
                k++;
            if (k < end && (s[k] == '"' || s[k] == '\''))
                k++;
            char label[32];
            size_t m = 0;
            while (k < end && m + 1 < sizeof label &&
                   (s[k] == '-' || s[k] == '_' || (s[k] >= '0' && s[k] <= '9') ||
                    ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z')))
                label[m++] = s[k++];
            label[m] = '\0';
            return zc_encoding_parse(label);
        }
    }
    return ZC_ENC_UNKNOWN;
}

/* The extraction in progress. */
typedef struct html_state {
    htmlParserCtxtPtr ctxt;
    const char *u;              /* the decoded page (UTF-8) that libxml2 reads */
    size_t ulen;
    const size_t *u2o;          /* decoded byte offset (at char starts) → file byte offset */
    char *out;                  /* the text kept */
    size_t len, cap;
    zc_span *spans;             /* per char of out: file bytes */
    size_t nchars, scap;
    size_t pos;                 /* decoded offset up to which the page has been read */
    uint8_t *skip;              /* per open element: 1 when its content is not read */
    size_t depth, dcap;
    size_t skipping;            /* open elements that are skipped */
    int pre;                    /* open <pre> elements */
    int cells;                  /* cells seen in the current table row */
    char pend;                  /* separator owed before the next char: ' ', '\t', '\n' */
    zc_span pend_span;
    zc_vec held;                /* of bytes: text reported at held_at, not yet aligned */
    size_t held_at;
    bool oom;
} html_state;

static size_t here(const html_state *st)
{
    long c = xmlByteConsumed(st->ctxt);
    return c < 0 ? st->pos : (size_t)c > st->ulen ? st->ulen : (size_t)c;
}

static bool put(html_state *st, const char *c, size_t n, size_t us, size_t ue, bool sep)
{
    if (st->len + n + 1 > st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 4096;
        char *p = realloc(st->out, cap);
        if (!p)
            return st->oom = true, false;
        st->out = p;
        st->cap = cap;
    }
    if (st->nchars == st->scap) {
        size_t cap = st->scap ? st->scap * 2 : 4096;
        zc_span *p = realloc(st->spans, cap * sizeof *p);
        if (!p)
            return st->oom = true, false;
        st->spans = p;
        st->scap = cap;
    }
    // Spans never go back (a CR the parser dropped is not mapped twice).
    size_t prev = st->nchars ? st->spans[st->nchars - 1].end : 0;
    size_t os = st->u2o[us] > prev ? st->u2o[us] : prev, oe = st->u2o[ue] > os ? st->u2o[ue] : os;
    if (sep)   // a line break or tab for markup: no bytes, where the text before it ends
        os = oe = prev;
    memcpy(st->out + st->len, c, n);
    st->len += n;
    st->spans[st->nchars++] = (zc_span){os, oe};
    return true;
}

static void owe(html_state *st, char sep, size_t us, size_t ue)
{
    int rank = sep == '\n' ? 3 : sep == '\t' ? 2 : 1;
    int had = st->pend == '\n' ? 3 : st->pend == '\t' ? 2 : st->pend == ' ' ? 1 : 0;
    if (rank > had) {
        st->pend = sep;
        st->pend_span = (zc_span){us, ue};
    }
}

/* Emits one char of text, paying the separator owed first (none at the start of the text,
 * no space at the start of a line or cell). */
static void emit(html_state *st, const char *c, size_t n, size_t us, size_t ue)
{
    if (st->pend && st->len) {
        char last = st->out[st->len - 1];
        if (st->pend == '\n' ? last != '\n' : last != '\n' && last != '\t') {
            size_t ps = st->pend_span.start < us ? st->pend_span.start : us;
            size_t pe = st->pend_span.end < us ? st->pend_span.end : us;
            put(st, &st->pend, 1, ps, pe, st->pend != ' ');
        }
    }
    st->pend = 0;
    put(st, c, n, us, ue, false);
}

static bool is_ws(int32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Adds one char that libxml2 reported, from decoded bytes [us, ue). */
static void add_char(html_state *st, const char *c, size_t n, size_t us, size_t ue)
{
    if (n == 1 && is_ws((unsigned char)*c)) {
        if (st->pre && *c == '\n')
            emit(st, "\n", 1, us, ue);
        else if (st->pre)
            emit(st, " ", 1, us, ue);
        else
            owe(st, ' ', us, ue);
        return;
    }
    emit(st, c, n, us, ue);
}

/* Where the piece `t` that libxml2 reported lies in the page: it ends at the parser's
 * position, or a char later for a full buffer. Chars that match are mapped to their bytes,
 * an entity (&amp; &#x4E2D;) to all of its bytes; a char found nowhere gets no bytes, at the
 * place where it would be. */
static void align(html_state *st, const xmlChar *t, size_t n, size_t e)
{
    size_t from = st->pos;
    const char *u = st->u;
    size_t *pos = malloc((n + 1) * sizeof *pos);   // decoded start of each byte of t
    if (!pos) {
        st->oom = true;
        return;
    }
    bool found = false;
    // Only a full buffer (libxml2 hands over its 1000 bytes of text before stepping past the
    // last char), or a '<' or '&' the parser gave up reading as markup and reported before
    // stepping past it, ends after the position: a short piece could match text further on.
    size_t slack = n >= 1000 - 4 ? 4 : (t[n - 1] == '<' || t[n - 1] == '&') && e < st->ulen &&
                                               u[e] == t[n - 1] ? 1 : 0;
    for (size_t k = 0; k <= slack && e + k <= st->ulen && !found; k++)
        if (e + k >= from + n && !memcmp(u + e + k - n, t, n)) {
            for (size_t i = 0; i <= n; i++)
                pos[i] = e + k - n + i;
            found = true;
        }
    if (!found) {
        // Backwards from the parser's position, char by char of t.
        size_t j = e, i = n;
        while (i > 0) {
            size_t cs = i - 1;
            while (cs > 0 && (t[cs] & 0xC0) == 0x80)
                cs--;
            size_t cn = i - cs;
            // A CR or control char the parser dropped goes with the char after it.
            while (j > from && (u[j - 1] == '\r' || ((unsigned char)u[j - 1] < 0x20 &&
                                                     !is_ws((unsigned char)u[j - 1]))) &&
                   (cn != 1 || t[cs] != u[j - 1]))
                j--;
            pos[i] = j;
            if (j >= from + cn && !memcmp(u + j - cn, t + cs, cn)) {
                j -= cn;
            } else {
                // An entity: from the last '&' before j (not past where this piece may start).
                size_t a = j;
                while (a > from && j - a < 40 && u[a - 1] != '&' && u[a - 1] != '<' &&
                       u[a - 1] != '>' && !is_ws((unsigned char)u[a - 1]))
                    a--;
                j = a > from && u[a - 1] == '&' ? a - 1 : j;
            }
            for (size_t b = cs; b < i; b++)
                pos[b] = j;
            i = cs;
        }
        pos[0] = j;
    }
    for (size_t i = 0; i < n;) {
        size_t cn = zc_utf8_len(t[i]);
        if (i + cn > n)
            cn = n - i;
        // A char that shares its start with the next (two from one entity) takes the span.
        size_t ue = pos[i + cn] > pos[i] ? pos[i + cn] : pos[i];
        for (size_t k = i + cn; k < n && pos[k] == pos[i]; k++)
            ue = pos[k + 1] > ue ? pos[k + 1] : ue;
        add_char(st, (const char *)t + i, cn, pos[i], ue);
        i += cn;
    }
    st->pos = pos[n] > st->pos ? pos[n] : st->pos;
    free(pos);
}

/* Aligns the pieces held: those reported at one position come from one stretch of the page
 * (an unknown entity &foo; comes as "&" and "foo", both once the parser is past it). */
static void flush(html_state *st)
{
    if (st->held.len && !st->oom)
        align(st, st->held.data, st->held.len, st->held_at);
    st->held.len = 0;
}

static void on_text(void *ctx, const xmlChar *t, int len)
{
    html_state *st = ctx;
    if (st->skipping || st->oom || len <= 0)
        return;
    size_t e = here(st);
    if (st->held.len && e != st->held_at)
        flush(st);
    st->held_at = e;
    if (!zc_vec_reserve(&st->held, (size_t)len)) {
        st->oom = true;
        return;
    }
    memcpy((char *)st->held.data + st->held.len, t, (size_t)len);
    st->held.len += (size_t)len;
}

static bool contains_ci(const char *hay, const char *word)
{
    for (size_t n = strlen(word); *hay; hay++)
        if (!strncasecmp(hay, word, n))
            return true;
    return false;
}

static bool skipped_by_name(const char *name, const xmlChar **atts)
{
    if (in_list(skip_tags, name))
        return true;
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *a = (const char *)atts[i], *v = (const char *)atts[i + 1];
        if (!v || (strcasecmp(a, "class") != 0 && strcasecmp(a, "id") != 0))
            continue;
        for (const char *const *w = skip_words; *w; w++)
            if (contains_ci(v, *w))
                return true;
    }
    return false;
}

static void on_start(void *ctx, const xmlChar *tag, const xmlChar **atts)
{
    html_state *st = ctx;
    const char *name = (const char *)tag;
    flush(st);
    if (st->depth == st->dcap) {
        size_t cap = st->dcap ? st->dcap * 2 : 64;
        uint8_t *p = realloc(st->skip, cap);
        if (!p) {
            st->oom = true;
            return;
        }
        st->skip = p;
        st->dcap = cap;
    }
    bool skip = skipped_by_name(name, atts);
    st->skip[st->depth++] = skip;
    st->skipping += skip;
    if (st->skipping)
        return;
    if (!strcmp(name, "pre"))
        st->pre++;
    if (!strcmp(name, "tr"))
        st->cells = 0;
    if (!strcmp(name, "td") || !strcmp(name, "th")) {
        if (st->cells++)
            owe(st, '\t', 0, 0);
    } else if (in_list(block_tags, name)) {
        owe(st, '\n', 0, 0);
    }
}

static void on_end(void *ctx, const xmlChar *tag)
{
    html_state *st = ctx;
    const char *name = (const char *)tag;
    flush(st);
    if (!st->depth)
        return;
    bool skip = st->skip[--st->depth];
    if (!st->skipping) {
        if (!strcmp(name, "pre") && st->pre)
            st->pre--;
        if (in_list(block_tags, name))
            owe(st, '\n', 0, 0);
    }
    st->skipping -= skip;
}

/* Script and style bodies are not text (without this libxml2 reports them as text). */
static void on_cdata(void *ctx, const xmlChar *t, int len)
{
    (void)ctx, (void)t, (void)len;
}

static void on_diag(void *ctx, const char *msg, ...)
{
    (void)ctx, (void)msg;
}

/* libxml2's global state is set up once, before any thread parses (its own first-use set-up
 * is not safe when documents are read in parallel). */
static pthread_once_t xml_once = PTHREAD_ONCE_INIT;
static void xml_init(void)
{
    xmlInitParser();
}

void zc_xml_init(void)
{
    pthread_once(&xml_once, xml_init);
}

zc_status zc_html_extract(zc_doc *d, zc_decoded *dd)
{
    const char *u = dd->text ? dd->text : (const char *)d->orig + dd->bom;
    size_t *u2o = malloc((dd->len + 1) * sizeof *u2o);
    html_state st = {.u = u, .ulen = dd->len, .u2o = u2o};
    zc_vec_init(&st.held, 1);
    zc_status s = ZC_ENOMEM;
    if (!u2o)
        goto done;
    size_t ub = 0, ob = dd->bom;
    for (size_t k = 0; k < dd->nchars && ub < dd->len; k++) {
        size_t n = zc_utf8_len((uint8_t)u[ub]);
        for (size_t b = 0; b < n && ub + b < dd->len; b++)
            u2o[ub + b] = ob;
        ub += n;
        ob += dd->clen[k];
    }
    for (; ub <= dd->len; ub++)
        u2o[ub] = ob;

    if (dd->len > INT_MAX) {
        s = zc_doc_fail(d, ZC_ELIMIT, -1, "HTML page over %d bytes", INT_MAX);
        goto done;
    }
    zc_xml_init();
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    sax.cdataBlock = on_cdata;
    sax.warning = on_diag;
    sax.error = on_diag;
    // The page is UTF-8 by now: its <meta charset> was honoured by the decoder, and libxml2
    // must not switch encodings again.
    st.ctxt = htmlCreateMemoryParserCtxt(u, (int)dd->len);
    if (!st.ctxt)
        goto done;
    memcpy(st.ctxt->sax, &sax, sizeof sax);
    st.ctxt->userData = &st;
    xmlSwitchEncoding(st.ctxt, XML_CHAR_ENCODING_UTF8);
    htmlCtxtUseOptions(st.ctxt, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                    HTML_PARSE_IGNORE_ENC);
    htmlParseDocument(st.ctxt);
    flush(&st);
    htmlFreeParserCtxt(st.ctxt);
    if (st.oom || (st.len && !put(&st, "\n", 1, dd->len, dd->len, true)))
        goto done;
    if (!st.out && !(st.out = malloc(1)))
        goto done;
    st.out[st.len] = '\0';
    d->dec = st.out;
    d->dec_owned = true;
    d->dec_len = st.len;
    d->src.spans = st.spans;
    d->src.nchars = st.nchars;
    d->src.base = dd->bom;
    st.out = NULL;
    st.spans = NULL;
    if (!zc_charindex_build(&d->dec_ci, d->dec, d->dec_len))
        goto done;
    s = ZC_OK;
done:
    free(u2o);
    free(st.out);
    free(st.spans);
    free(st.skip);
    zc_vec_free(&st.held);
    zc_decoded_free(dd);
    return s == ZC_ENOMEM ? zc_doc_fail(d, s, -1, "out of memory") : s;
}
