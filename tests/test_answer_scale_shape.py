"""Shapes that keep answering fast at scale without changing a reply (timings:
benchmarks/answer_scale.py).

* the indicators and deadline clauses scored at once (``index.DocTable``) score as each
  one alone does (``Index.coverage``), and ``_scored_indicators`` keeps every
  indicator a full scan finds at or above the coverage anything reads;
* a reader may stop formatting once ``past_cut`` says ``fit`` cuts the reply: the reply is
  the same as with every line formatted.
"""

from __future__ import annotations

import random

import pytest

from knowledge.answer.common import Ctx, TOPIC_THRESHOLD, _indicator_doc
from knowledge.answer.format import MAX_CHARS, fit, past_cut
from knowledge.answer.targets import _SCORED_FLOOR, _indicator_words, _scored_indicators
from knowledge.index import index_for
from knowledge.query import parse

QUESTIONS = [
    ("tỷ lệ thấp còi", frozenset()),
    ("tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi năm 2025", frozenset()),
    ("phòng chống tai nạn thương tích đuối nước cho trẻ em", frozenset()),
    ("chăm sóc sức khỏe bà mẹ trẻ em", frozenset()),
    ("tỷ suất tử vong trẻ sơ sinh Cần Thơ", frozenset()),
    ("trẻ em được học bơi", frozenset({"swim"})),
    ("ty le tre em duoc dang ky khai sinh", frozenset()),
    ("nhẹ cân", frozenset()),
    ("xâm hại", frozenset()),
]


def _ctx(kb, question: str, soft: frozenset = frozenset()) -> Ctx:
    idx = index_for(kb)
    q = parse(question, idx.refs, idx.agencies, idx.vocabulary, idx.corpus)
    return Ctx(q, idx, "vi", list(idx.plans), False, soft)


@pytest.mark.parametrize("question,soft", QUESTIONS)
def test_indicators_scored_at_once_score_as_alone(kb, question, soft):
    ctx = _ctx(kb, question, soft)
    if not ctx.q.terms:
        pytest.skip("no content words")
    idx = ctx.idx
    table = _indicator_words(ctx)
    prep = idx._prepared(tuple(ctx.q.terms), ctx.soft)
    at_once = table.bound(prep)
    alone = [ctx.cov(_indicator_doc(ctx, plan, ind)) for plan in idx.plans for ind in plan.indicators]
    assert len(at_once) == len(alone) == table.size
    assert at_once.tolist() == alone
    assert any(alone)


@pytest.mark.parametrize("question,soft", QUESTIONS)
def test_scored_indicators_keep_what_a_full_scan_finds(kb, question, soft):
    ctx = _ctx(kb, question, soft)
    if not ctx.q.terms:
        pytest.skip("no content words")
    floor = min(TOPIC_THRESHOLD, _SCORED_FLOOR)
    for scope in (list(ctx.idx.plans), list(ctx.idx.plans)[1:3]):
        ctx.scope = scope
        full = [(ctx.cov(_indicator_doc(ctx, plan, ind)), plan.slug, ind.number, ind.text)
                for plan in scope for ind in plan.indicators]
        kept = [(cov, plan.slug, ind.number, ind.text) for cov, plan, ind in _scored_indicators(ctx)]
        assert [x for x in kept if x[0] >= floor] == [x for x in full if x[0] >= floor]
        assert set(kept) <= set(full)


def test_lines_past_the_cut_do_not_change_the_reply():
    rng = random.Random(7)
    for _trial in range(200):
        lines = []
        for _n in range(rng.randint(1, 80)):
            lines.append(rng.choice(["", "<b>Hà Nội</b>: <b>15/12</b>", "<i>«" + "x " * rng.randint(1, 200) + "»</i>",
                                     "<i>Nguồn: Kế hoạch 138, IV.2</i>", "• " + "chữ " * rng.randint(1, 40)]))
        whole = fit("\n".join(lines).strip())
        for k in range(len(lines) + 1):
            if past_cut(lines[:k]):
                assert fit("\n".join(lines[:k]).strip()) == whole
                assert len(whole) <= MAX_CHARS + 2
                break


@pytest.mark.parametrize("question", ["hạn báo cáo hằng năm là khi nào", "báo cáo kết quả thực hiện trước ngày nào",
                                      "vụ xâm hại nghiêm trọng phải báo cáo chậm nhất sau mấy ngày"])
def test_deadline_clauses_scored_at_once_score_as_alone(kb, question):
    from knowledge.answer.deadlines import _clause, _clause_table
    from knowledge.index import make_doc

    ctx = _ctx(kb, question)
    table = _clause_table(ctx)
    at_once = table.coverage(ctx.idx._prepared(tuple(ctx.q.terms), ctx.soft)).tolist()
    deadlines = [d for plan in ctx.idx.plans for d in plan.deadlines]
    assert at_once == [ctx.cov(make_doc("", "", _clause(d))) for d in deadlines]
    assert [table.position[id(d)] for d in deadlines] == list(range(len(deadlines)))
    assert any(at_once)
