"""Shapes that keep a knowledge base small in memory without changing a reply (figures:
benchmarks/answer_scale.py).

* ``joined_doc`` (the deadlines of every plan as one matching document, made from each
  record's own words) holds the words and word pairs ``make_doc`` finds in the joined text;
* ``Index.doc`` gives equal texts of different plans one set of words (shared, never
  changed), scoring as a document made alone;
* ``load_plans`` loads equal strings once: the plans are equal to what was stored.
"""

from __future__ import annotations

import random

from knowledge.index import index_for, joined_doc, make_doc
from knowledge.store import load_plans, open_database


def _texts(kb) -> list[str]:
    return ([f"{d.section} {d.text}" for plan in kb.plans for d in plan.deadlines]
            + [t.text for plan in kb.plans for t in plan.tasks])


def test_joined_doc_holds_the_words_and_pairs_of_the_joined_text(kb):
    texts = _texts(kb)
    # texts without words, numbers with leading zeros at a boundary, repeated texts
    odd = ["", "  ", "…", "07 ngày", "trước ngày 05", "05/12", "Số 08 tháng 01"]
    rng = random.Random(3)
    for _trial in range(60):
        chosen = rng.sample(texts, rng.randint(1, min(40, len(texts)))) + rng.sample(odd, rng.randint(0, 4))
        rng.shuffle(chosen)
        chosen += chosen[: rng.randint(0, 3)]
        whole = make_doc("", "", " ".join(chosen))
        joined = joined_doc(chosen)
        assert joined.tokens == whole.tokens
        assert joined.bigrams == whole.bigrams


def test_joined_doc_pairs_across_a_boundary():
    doc = joined_doc(["hạn báo cáo 07", "", "tháng 12"])
    assert {"cao 07", "07 thang", "7 thang"} <= doc.bigrams
    assert {"07", "7", "thang"} <= doc.tokens
    assert joined_doc([]).tokens == frozenset()


def test_equal_texts_of_two_plans_share_their_words(kb):
    idx = index_for(kb)
    first, second = idx.plans[0].slug, idx.plans[1].slug
    text = "Sở Y tế chủ trì, phối hợp với các sở, ngành thực hiện chỉ tiêu 07."
    a = idx.doc(first, "IV", text, "task")
    b = idx.doc(second, "V", text, "task")
    alone = make_doc(first, "IV", text, "task", object())   # made anew, never shared
    assert (a.plan, a.section, b.plan, b.section) == (first, "IV", second, "V")
    assert a.tokens is b.tokens and a.bigrams is b.bigrams
    assert a.tokens == alone.tokens and a.bigrams == alone.bigrams
    terms = ["so", "y", "te", "chu", "tri", "7"]
    assert idx.coverage(terms, a) == idx.coverage(terms, b) == idx.coverage(terms, alone) > 0


def test_plans_load_equal_strings_once(kb_db_path):
    plans = load_plans(open_database(kb_db_path))
    sections = {}
    for plan in plans:
        for passage in plan.passages:
            assert sections.setdefault(passage.section, passage.section) is passage.section
    assert len(sections) < sum(len(plan.passages) for plan in plans)
