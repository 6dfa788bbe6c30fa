"""Per-character features of a document, hashed into a sparse matrix (one row per char)."""
import unicodedata
import numpy as np
from sklearn.feature_extraction import FeatureHasher

NF = 2 ** 20
PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!\"'()[]<>-/%％‰")
HANNUM = set("〇零一二三四五六七八九十百千万亿两半")


def norm(c):
    c = unicodedata.normalize("NFKC", c)
    if c.isdigit():
        return "0"
    return c


def cls(c):
    c = unicodedata.normalize("NFKC", c)
    if not c:
        return "x"
    if c.isdigit():
        return "D"
    if c in HANNUM:
        return "N"
    if c in PUNCT or unicodedata.category(c[0]).startswith("P"):
        return "P"
    if c.isspace():
        return "S"
    if c.isascii() and c.isalpha():
        return "L"
    return "H"


def char_feats(doc):
    text = doc["text"]
    n = len(text)
    ch = [norm(c) for c in text]
    cl = [cls(c) for c in text]
    pad = 4
    C = ["<"] * pad + ch + [">"] * pad
    K = ["<"] * pad + cl + [">"] * pad
    # word of each char
    wid = [-1] * n
    words = doc["words"]
    for j, (a, b, _) in enumerate(words):
        for i in range(a, min(b, n)):
            wid[i] = j
    wtxt = ["".join(ch[a:b]) for a, b, _ in words]
    g = "g=" + doc["genre"]
    # digit nearby (within 12 chars)
    dpos = np.array([c in "DN" for c in cl], dtype=np.int8)
    cs = np.concatenate([[0], np.cumsum(dpos)])
    out = []
    for i in range(n):
        j = i + pad
        f = [g]
        for k in range(-4, 5):
            f.append(f"c{k}={C[j+k]}")
        for k in range(-4, 4):
            f.append(f"b{k}={C[j+k]}{C[j+k+1]}")
        for k in range(-3, 2):
            f.append(f"t{k}={C[j+k]}{C[j+k+1]}{C[j+k+2]}")
        f.append("k=" + "".join(K[j-2:j+3]))
        f.append("kl=" + "".join(K[j-4:j+1]))
        f.append("kr=" + "".join(K[j:j+5]))
        f.append(g + "|c=" + C[j])
        lo, hi = max(0, i - 12), min(n, i + 13)
        f.append("dig=" + str(int(cs[hi] - cs[lo] > 0)))
        w = wid[i]
        if w >= 0:
            a, b, kind = words[w]
            pos = "S" if b - a == 1 else ("B" if i == a else ("E" if i == b - 1 else "M"))
            f.append("wp=" + pos)
            f.append("wk=" + kind + pos)
            f.append("w=" + wtxt[w])
            f.append("wpw=" + pos + wtxt[w])
            for d in (-2, -1, 1, 2):
                if 0 <= w + d < len(words):
                    f.append(f"w{d}={wtxt[w+d]}")
            for d in range(-6, 7):
                if d and 0 <= w + d < len(words):
                    f.append("bag=" + wtxt[w + d])
        else:
            f.append("wp=none")
        out.append(f)
    return out


_H = FeatureHasher(n_features=NF, input_type="string", alternate_sign=False, dtype=np.float32)


def matrix(doc):
    return _H.transform(char_feats(doc)).tocsr()


if __name__ == "__main__":
    import pickle, sys
    from paths import CACHE
    which = sys.argv[1]
    docs = pickle.load(open(f"{CACHE}/{which}/docs.pkl", "rb"))
    pickle.dump({p: matrix(d) for p, d in docs.items()},
                open(f"{CACHE}/{which}/X.pkl", "wb"))
    print(which, "feature matrices:", len(docs))
