"""Per-kind BIO character tagger (SGD logistic regression on hashed features).

usage: train.py loso ALPHA EPOCHS   -> $ZC_CACHE/read/loso-ALPHA-EPOCHS.pkl {(set, path, kind): probs n x 3}
       train.py full ALPHA EPOCHS   -> $ZC_CACHE/models-ALPHA-EPOCHS.pkl (trained on all read sets)
"""
import pickle, sys, time
import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import SGDClassifier
from data import load, training_labels, KINDS
from paths import CACHE


def bio(n, spans):
    y = np.zeros(n, dtype=np.int8)
    for a, b in spans:
        y[a:b] = 2
    for a, b in spans:
        if b > a:
            y[a] = 1
    return y


def fit(X, labs, kind, alpha, epochs):
    rows = [(p, s) for (p, k), s in sorted(labs.items()) if k == kind]
    Xk = sp.vstack([X[p] for p, _ in rows]).tocsr()
    yk = np.concatenate([bio(X[p].shape[0], s) for p, s in rows])
    m = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=epochs, tol=None,
                      random_state=0, n_jobs=1)
    m.fit(Xk, yk)
    return m


def main():
    mode, alpha, epochs = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    docs, per_set = load("read")
    X = pickle.load(open(f"{CACHE}/read/X.pkl", "rb"))
    if mode == "full":
        labs = training_labels(per_set, set())
        models = {k: fit(X, labs, k, alpha, epochs) for k in KINDS}
        pickle.dump(models, open(f"{CACHE}/models-{alpha:g}-{epochs}.pkl", "wb"))
        return
    probs = {}
    for name, s in per_set.items():
        t0 = time.time()
        labs = training_labels(per_set, set(s["docs"]))
        for k in KINDS:
            m = fit(X, labs, k, alpha, epochs)
            for p in s["docs"]:
                probs[(name, p, k)] = m.predict_proba(X[p]).astype(np.float32)
        print(name, f"{time.time() - t0:.0f}s", flush=True)
    pickle.dump(probs, open(f"{CACHE}/read/loso-{alpha:g}-{epochs}.pkl", "wb"))


if __name__ == "__main__":
    main()
