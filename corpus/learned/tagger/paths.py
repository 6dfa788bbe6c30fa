"""Where the tool, the data and the caches are: the repository top is found from this file's
location (corpus/learned/tagger, three levels down), the rest comes from the environment.

ZC_SHARED  the shared data (corpus/policies, gold/dev.jsonl, gold/policies.jsonl);
           default: the repository top's sibling ../shared
ZC_BUILD   the meson build directory, absolute or relative to the top; default build
ZC_CACHE   decoded documents, feature matrices, models, probabilities and written predictions;
           default: learned-cache under the build directory
ZC_OLD     a checkout of commit 09762b2 built with meson in its own build/ (sim.py, robust.py)
"""
import os

TOP = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
SHARED = os.path.abspath(os.environ.get("ZC_SHARED") or os.path.join(TOP, "..", "shared"))
BUILD = os.path.join(TOP, os.environ.get("ZC_BUILD") or "build")  # an absolute ZC_BUILD wins
CACHE = os.environ.get("ZC_CACHE") or os.path.join(BUILD, "learned-cache")
OLD = os.environ.get("ZC_OLD", "")

Z = os.path.join(BUILD, "src", "cli", "zhengce")
ENV = dict(os.environ, ZHENGCE_DICTDIR=os.path.join(BUILD, "dicts"))
