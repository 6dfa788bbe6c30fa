"""zhengce — targets, deadlines, enforcement and statistics from Chinese policy texts.

A thin binding over the shared library libzhengce (its C API is src/zhengce.h), using only
the standard library (ctypes). Records are the dicts of the JSON Lines that `zhengce extract`
writes (docs/RECORDS.md), identical field for field.

    >>> import zhengce
    >>> m = zhengce.Model()
    >>> [r["kind"] for r in m.extract("各乡镇必须在1月25日前完成整改。")]
    ['document', 'deadline']
    >>> [r["kind"] for r in m.extract("各乡镇必须在1月25日前完成整改。", meta=False)]
    ['deadline']

The library is found through $ZHENGCE_LIBRARY (a path to libzhengce.so), else the system
loader; the dictionaries as the command-line tool finds them: the `dict_dir` argument, else
$ZHENGCE_DICTDIR, else the installed ones.
"""

import ctypes
import ctypes.util
import json
import os

__all__ = ["Model", "ZhengceError", "version"]


class ZhengceError(Exception):
    """A failure reported by the library: the message names the document and the reason."""


class _Options(ctypes.Structure):
    # Mirrors zc_options in zhengce.h; filled by zc_options_init, so defaults are the library's.
    _fields_ = [
        ("from_", ctypes.c_int),
        ("lossy", ctypes.c_int),
        ("t2s", ctypes.c_int),
        ("keep_boilerplate", ctypes.c_int),
        ("doc_date", ctypes.c_char_p),
        ("max_bytes", ctypes.c_size_t),
        ("time_limit", ctypes.c_double),
        ("input_format", ctypes.c_int),   # 0 auto (by content), 1 text, 2 HTML, 3 DOCX, 4 PDF
        ("no_meta", ctypes.c_int),        # 1: no line of kind "document" before the records
        ("explain", ctypes.c_int),        # records' explain arrays and rejected lines
    ]


def _load():
    path = os.environ.get("ZHENGCE_LIBRARY") or ctypes.util.find_library("zhengce")
    if not path:
        raise ZhengceError("libzhengce not found: install it, or set ZHENGCE_LIBRARY to its path")
    lib = ctypes.CDLL(path)
    vp, cp, sz = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t
    sigs = {
        "zc_version": (cp, []),
        "zc_strerror": (cp, [ctypes.c_int]),
        "zc_model_open": (ctypes.c_int, [cp, ctypes.POINTER(vp), cp, sz]),
        "zc_model_close": (None, [vp]),
        "zc_options_init": (None, [ctypes.POINTER(_Options)]),
        "zc_doc_new": (ctypes.c_int, [cp, sz, cp, ctypes.POINTER(_Options), ctypes.POINTER(vp)]),
        "zc_doc_new_file": (ctypes.c_int,
                            [cp, cp, ctypes.POINTER(_Options), ctypes.POINTER(vp), cp, sz]),
        "zc_extract": (ctypes.c_int, [vp, vp]),
        "zc_doc_errmsg": (cp, [vp]),
        "zc_doc_records_json": (ctypes.c_int, [vp, ctypes.POINTER(ctypes.c_void_p),
                                               ctypes.POINTER(sz)]),
        "zc_doc_free": (None, [vp]),
    }
    for name, (res, args) in sigs.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = res, args
    return lib


_lib = None


def _library():
    global _lib
    if _lib is None:
        _lib = _load()
    return _lib


def version():
    """The version of the loaded libzhengce, e.g. '0.1.0'."""
    return _library().zc_version().decode()


def _enc(s):
    return None if s is None else os.fsencode(s) if not isinstance(s, bytes) else s


class Model:
    """The dictionaries and rules, loaded once; extract() may be called any number of times."""

    def __init__(self, dict_dir=None):
        lib = _library()
        self._lib = lib
        self._m = ctypes.c_void_p()
        err = ctypes.create_string_buffer(4096)
        st = lib.zc_model_open(_enc(dict_dir), ctypes.byref(self._m), err, len(err))
        if st != 0:
            raise ZhengceError("cannot load model: " + err.value.decode("utf-8", "replace"))

    def close(self):
        """Frees the model (also done when it is garbage-collected)."""
        if getattr(self, "_m", None) and self._m.value:
            self._lib.zc_model_close(self._m)
            self._m = ctypes.c_void_p()

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _options(self, doc_date, lossy, meta=True, explain=False):
        opt = _Options()
        self._lib.zc_options_init(ctypes.byref(opt))
        if not meta:
            opt.no_meta = 1
        if doc_date is not None:
            opt.doc_date = doc_date.encode()
        if lossy:
            opt.lossy = 1
        if explain:
            opt.explain = 1
        return opt

    def _records(self, d, name):
        lib = self._lib
        try:
            if lib.zc_extract(self._m, d) != 0:
                raise ZhengceError("%s: %s" % (name, lib.zc_doc_errmsg(d).decode("utf-8", "replace")))
            buf, n = ctypes.c_void_p(), ctypes.c_size_t()
            st = lib.zc_doc_records_json(d, ctypes.byref(buf), ctypes.byref(n))
            if st != 0:
                raise ZhengceError("%s: %s" % (name, lib.zc_strerror(st).decode()))
            text = ctypes.string_at(buf, n.value).decode("utf-8") if n.value else ""
            return [json.loads(line) for line in text.splitlines() if line]
        finally:
            lib.zc_doc_free(d)

    def extract(self, text, doc_date=None, doc="-", lossy=False, meta=True, explain=False):
        """The records of one document, as a list of dicts (the JSON Lines of `zhengce
        extract`: first the document's metadata, kind "document", unless `meta` is false).
        `text` is a str, or bytes in any encoding the library detects; `doc_date`
        ("YYYY-MM-DD") resolves relative times; `doc` is the id records carry. With
        `explain`, as `zhengce extract --explain`: each record has "explain" and the rejected
        candidates are dicts of kind "rejected" among them."""
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        opt = self._options(doc_date, lossy, meta, explain)
        d = ctypes.c_void_p()
        st = self._lib.zc_doc_new(data, len(data), doc.encode(), ctypes.byref(opt),
                                  ctypes.byref(d))
        if st != 0:
            raise ZhengceError("%s: %s" % (doc, self._lib.zc_strerror(st).decode()))
        return self._records(d, doc)

    def extract_files(self, paths, doc_date=None, lossy=False, meta=True):
        """The records of every file, in order, as one list (each file's document line first
        unless `meta` is false); `doc` is each path as given. A file that cannot be read or
        decoded raises ZhengceError naming it."""
        out = []
        for path in paths:
            opt = self._options(doc_date, lossy, meta)
            d = ctypes.c_void_p()
            err = ctypes.create_string_buffer(1024)
            p = os.fsencode(path)
            st = self._lib.zc_doc_new_file(p, p, ctypes.byref(opt), ctypes.byref(d), err,
                                           len(err))
            if st != 0:
                raise ZhengceError(err.value.decode("utf-8", "replace"))
            out.extend(self._records(d, os.fsdecode(p)))
        return out
