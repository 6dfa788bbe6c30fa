"""Evaluation sets: (name, gold file, corpus dir, kinds annotated, blind?)."""
import os
from paths import TOP, SHARED

M = TOP
P = SHARED + "/corpus/policies"
ALL = ("target", "deadline", "enforcement", "statistic")
ENF = ("enforcement",)

READ = [
    ("dev", SHARED + "/gold/dev.jsonl", SHARED + "/corpus", ALL),
    ("policies", SHARED + "/gold/policies.jsonl", P, ALL),
    ("heldout", M + "/corpus/gold/heldout.jsonl", M + "/corpus/heldout", ALL),
    ("speeches", M + "/corpus/heldout-speeches/gold.jsonl", P, ALL),
    ("reports", M + "/corpus/heldout-reports/gold.jsonl", M + "/corpus/heldout-reports", ALL),
    ("speeches2", M + "/corpus/heldout-speeches2/gold.jsonl", P, ALL),
    ("genres", M + "/corpus/heldout-genres/gold.jsonl", P, ALL),
    ("blind2", M + "/corpus/heldout-blind2/gold.jsonl", P, ALL),
    ("blind3", M + "/corpus/heldout-blind3/gold.jsonl", P, ALL),
    ("blind4", M + "/corpus/heldout-blind4/gold.jsonl", P, ALL),
    ("blind5", M + "/corpus/heldout-blind5/gold.jsonl", P, ALL),
    ("discipline", M + "/corpus/heldout-discipline/gold.jsonl", P, ALL),
    ("laws", M + "/corpus/heldout-laws/gold.jsonl", M + "/corpus/laws", ALL),
    ("b10seen", M + "/corpus/heldout-blind10/gold-seen.jsonl", M + "/corpus/laws", ALL),
    ("enf1", M + "/corpus/heldout-enforcement/gold.jsonl", P, ENF),
    ("enf2", M + "/corpus/heldout-enforcement/gold-2.jsonl", P, ENF),
    ("enf3", M + "/corpus/heldout-enforcement/gold-3.jsonl", P, ENF),
    ("enflaws", M + "/corpus/heldout-enforcement/gold-laws.jsonl", M + "/corpus/laws", ENF),
    # second annotation of L010, L012, L077: evaluated, never a training source
    ("agreement", M + "/corpus/agreement/gold-q.jsonl", M + "/corpus/laws", ALL),
]
NOTRAIN = {"agreement"}

BLIND = [
    ("blind6", M + "/corpus/heldout-blind6/gold.jsonl", P, ALL),
    ("blind7", M + "/corpus/heldout-blind7/gold.jsonl", P, ALL),
    ("blind8", M + "/corpus/heldout-blind8/gold.jsonl", P, ALL),
    ("blind9", M + "/corpus/heldout-blind9/gold.jsonl", P, ALL),
    ("blind10", M + "/corpus/heldout-blind10/gold.jsonl", M + "/corpus/laws", ALL),
]


def resolve(corpus, name):
    """Path of document NAME under CORPUS (eval finds it by file name)."""
    p = os.path.join(corpus, name)
    if os.path.exists(p):
        return p
    for root, _, files in os.walk(corpus):
        if name in files:
            return os.path.join(root, name)
    raise FileNotFoundError(name)
