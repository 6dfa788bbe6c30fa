/*
 * dl.c — the libraries of one input format (poppler-glib for PDF, libzip for DOCX), loaded
 * at the first document of that format instead of linked: the libraries they bring (poppler
 * alone brings about 45: libstdc++, cairo, NSS, X11...) cost every process their symbol
 * lookups at start (about 25 M instructions, a third of opening the model), while most runs
 * read neither format. The loader keeps a library once loaded (RTLD_NODELETE): a later
 * document's dlopen only finds it.
 */
#include <dlfcn.h>
#include <string.h>

#include "text_int.h"

void *zc_dl_open(zc_doc *d, const char *soname, const zc_dl_sym *syms, size_t n, zc_status *s)
{
    void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    for (size_t i = 0; lib && i < n; i++) {
        void *f = dlsym(lib, syms[i].name);
        if (!f) {
            dlclose(lib);
            lib = NULL;
        }
        memcpy(syms[i].fn, &f, sizeof f);   // ISO C has no object to function pointer cast
    }
    *s = lib ? ZC_OK : zc_doc_fail(d, ZC_EIO, -1, "%s cannot be loaded (%s)", soname, dlerror());
    return lib;
}

void zc_dl_close(void *lib)
{
    dlclose(lib);
}
