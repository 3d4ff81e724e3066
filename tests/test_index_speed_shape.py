"""The answer index's speed structures, by their shape (timings: benchmarks/answer_scale.py).

* the built index is stored in the knowledge base and read back by the next load (a
  restart), giving the same documents and the same replies; a withdrawn plan or a damaged
  blob makes the next load build it again;
* every passage scored at once from the postings (``Index.passage_coverage``) scores as the
  passage alone does (``Index.coverage``);
* ``find_agencies`` (spellings filed by their rarest word) finds what a scan of every
  agency's every spelling finds;
* the closest passage among ties (each distinct text compared once) is the one a
  comparison of every tie finds;
* a knowledge base made ready (``warm_up``, as the bot does at start-up and after a plan is
  published) builds nothing more at its first question, and answers as a cold one.
"""

from __future__ import annotations

import sqlite3

import pytest

from knowledge import index as index_module
from knowledge.answer.engine import answer
from knowledge.query import _common_noun, _find_seq, _other_level, _split_head, find_agencies, parse
from knowledge.store import load_knowledge_base, open_database, set_plan_status
from tests.botapi_server import copy_database

QUESTIONS = [
    ("chỉ tiêu 14 Hà Nội do sở nào chủ trì?", "vi"),
    ("who leads indicator 5 in Can Tho", "en"),
    ("tổng đài bảo vệ trẻ em số mấy", "vi"),
    ("Sở Tư pháp có nhiệm vụ gì", "vi"),
    ("Công an thành phố phải duy trì mô hình gì", "vi"),
    ("lương giáo viên năm nay bao nhiêu", "vi"),
    ("tỷ lệ trẻ em suy dinh dưỡng thể thấp còi", "vi"),
    ("hạn báo cáo hằng năm là khi nào", "vi"),
]


@pytest.fixture
def kb_copy(tmp_path, kb_db_path):
    """A copy of the session's knowledge base with no stored index."""
    path = tmp_path / "kb.db"
    copy_database(kb_db_path, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE IF EXISTS kb_index")
    return path


@pytest.fixture
def builds(monkeypatch):
    """How many times the index is built (a spy: the real build runs)."""
    calls = []
    real = index_module.build_index

    def counted(plans):
        calls.append(len(plans))
        return real(plans)

    monkeypatch.setattr(index_module, "build_index", counted)
    return calls


def _restart(path):
    """Load the knowledge base at ``path`` as a restarted bot does: nothing kept in memory."""
    index_module._CACHE.clear()
    kb = load_knowledge_base(path)
    return kb, index_module.index_for(kb)


def _stored_rows(path) -> list[tuple[str, bytes]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT key, blob FROM kb_index").fetchall()


def _docs(index) -> list[tuple]:
    return [(d.plan, d.section, d.text, d.kind, d.ref) for d in index.docs]


def _replies(kb) -> list[str]:
    return [answer(q, kb, lang=lang).text for q, lang in QUESTIONS]


def test_a_restart_reads_the_stored_index_and_answers_the_same(kb_copy, builds):
    kb, built = _restart(kb_copy)
    assert builds == [len(kb.plans)]
    assert len(_stored_rows(kb_copy)) == 1
    first = _replies(kb)

    kb2, stored = _restart(kb_copy)
    assert builds == [len(kb.plans)]          # read back, not built again
    assert stored is not built
    # the documents point at the plans just loaded, not at the earlier ones
    assert stored.docs[0].ref is kb2.plans[0].passages[0]
    assert [d[:4] for d in _docs(stored)] == [d[:4] for d in _docs(built)]
    assert (stored.refs, stored.agencies, stored.idf, stored.corpus, stored.spelled, stored.postings,
            stored.token_ids) == (built.refs, built.agencies, built.idf, built.corpus, built.spelled,
                                  built.postings, built.token_ids)
    for name in ("posting_ids", "pair_keys", "pair_starts", "pair_docs", "doc_sizes"):
        assert (getattr(stored, name) == getattr(built, name)).all()
    assert _replies(kb2) == first


def test_withdrawing_a_plan_rebuilds_the_index_without_it(kb_copy, builds):
    kb, _built = _restart(kb_copy)
    (old_key, _blob), = _stored_rows(kb_copy)
    gone = kb.plans[0].slug
    set_plan_status(open_database(kb_copy), gone, "withdrawn")

    kb2, index = _restart(kb_copy)
    assert builds == [len(kb.plans), len(kb.plans) - 1]
    assert gone not in {d.plan for d in index.docs}
    (key, _blob), = _stored_rows(kb_copy)
    assert key != old_key


def test_a_damaged_stored_index_is_built_again(kb_copy, builds):
    kb, built = _restart(kb_copy)
    first = _replies(kb)
    with sqlite3.connect(kb_copy) as conn:
        conn.execute("UPDATE kb_index SET blob = ?", (b"\x00not an index",))

    kb2, rebuilt = _restart(kb_copy)
    assert len(builds) == 2
    assert [d[:4] for d in _docs(rebuilt)] == [d[:4] for d in _docs(built)]
    assert _replies(kb2) == first
    (_key, blob), = _stored_rows(kb_copy)
    assert index_module.index_from_blob(blob, kb2.plans) is not None   # replaced by a good one


@pytest.mark.parametrize("question", [q for q, _lang in QUESTIONS] + [
    "trẻ em", "mô hình", "phòng chống tai nạn thương tích đuối nước cho trẻ em",
    "chăm sóc sức khỏe bà mẹ trẻ em", "tiêm chủng đầy đủ", "xâm hại", "thấp còi"])
def test_every_passage_scored_at_once_scores_as_alone(kb, question):
    idx = index_module.index_for(kb)
    terms = parse(question, idx.refs, idx.agencies, idx.vocabulary, idx.corpus).terms
    if not terms:
        pytest.skip("no content words")
    uni, bi, cov = idx.passage_coverage(terms)
    assert len(cov) == len(idx.docs)
    for i, d in enumerate(idx.docs):
        alone = idx.doc(d.plan, d.section, d.text)   # the passage rebuilt as a document
        assert (uni[i], None if bi is None else bi[i]) == idx.coverage_parts(terms, alone)
        assert cov[i] == idx.coverage(terms, alone)
        assert idx.doc_sizes[i] == len(alone.tokens)
        assert all(idx.holds(i, w) for w in alone.tokens)
        assert idx.passage_fuzzy(question, i) == idx.fuzzy(question, d)
    assert any(cov)


def _every_spelling(norm: str, refs) -> list:
    """find_agencies as a scan of every spelling of every agency (the reference)."""
    tokens = tuple(w for w in norm.split() if w != "va")
    found = []
    for ref in refs:
        best = None
        for phrase in ref.phrases:
            pos = _find_seq(tokens, phrase)
            if pos >= 0 and _common_noun(tokens, pos):
                continue
            if pos >= 0:
                cand = (ref.plan, ref.key, pos, len(phrase))
            else:
                head, core = _split_head(phrase)
                if len(core) < 2 or core in {("thanh", "pho"), ("nhan", "dan")}:
                    continue
                pos = _find_seq(tokens, core)
                before = tokens[max(0, pos - 1):pos]
                if pos < 0 or (before and before[0] in {"so", "phong", "cuc", "ban"}
                               and (not head or before[0] != head[0])):
                    continue
                cand = (ref.plan, ref.key, pos, len(core))
            if best is None or cand[3] > best[3]:
                best = cand
        if best is None:
            for prefix in ref.prefixes:
                pos = _find_seq(tokens, prefix)
                if pos >= 0 and not _common_noun(tokens, pos):
                    best = (ref.plan, ref.key, pos, len(prefix))
                    break
        if best and not _other_level(tokens, best[2:], ref.name):
            found.append(best)
    # (each plan's longest spelling at a place: another plan's longer name hides none of this one's)
    return [m for m in found if m[3] >= max(o[3] for o in found if o[0] == m[0] and o[2] < m[2] + m[3] and m[2] < o[2] + o[3])]


def test_agencies_found_through_their_rarest_word_are_those_a_full_scan_finds(kb):
    idx = index_module.index_for(kb)
    questions = [q for q, _lang in QUESTIONS] + [
        " ".join(words) + " lam gi" for ref in idx.agencies for words in ref.phrases[:2] + ref.prefixes[:1]]
    matched = 0
    for question in questions:
        norm = parse(question, idx.refs).norm
        got = [(m.plan, m.key, m.start, m.length) for m in find_agencies(norm, idx.agencies)]
        assert got == _every_spelling(norm, idx.agencies), question
        matched += bool(got)
    assert matched > len(idx.agencies) // 2


@pytest.mark.parametrize("question", [q for q, _lang in QUESTIONS] + ["sở tư pháp làm gì", "mô hình"])
def test_the_closest_passage_is_the_one_compared_one_by_one(kb, question):
    idx = index_module.index_for(kb)
    norm = parse(question, idx.refs).norm
    positions = [i for i in range(len(idx.docs)) if idx.doc_sizes[i] >= 8]
    # the same passage twice, as plans copying the national programme's paragraphs give it
    repeated = positions + positions
    for ties in (positions, repeated, positions[::-1], positions[:2]):
        one_by_one = max(ties, key=lambda i: idx.passage_fuzzy(norm, i))
        assert idx.closest_passage(norm, ties) == one_by_one


def test_a_warmed_up_knowledge_base_builds_nothing_at_its_first_question(kb_copy):
    from knowledge import query as query_module
    from knowledge.answer.engine import warm_up

    cold_replies = _replies(_restart(kb_copy)[0])
    index_module._CACHE.clear()
    query_module._BIGRAMS.clear()
    kb = load_knowledge_base(kb_copy)
    idx = warm_up(kb)
    made = (dict(idx.derived), dict(query_module._BIGRAMS))
    assert "indicator_words" in made[0] and made[1]
    first = answer(QUESTIONS[0][0], kb, lang=QUESTIONS[0][1])
    assert index_module.index_for(kb) is idx
    assert dict(query_module._BIGRAMS) == made[1]
    assert idx.derived["indicator_words"] is made[0]["indicator_words"]
    assert first.text == cold_replies[0]
    assert _replies(kb) == cold_replies


def test_among_passages_of_one_text_the_first_in_order_is_the_closest(kb):
    idx = index_module.index_for(kb)
    positions = [i for i in range(len(idx.docs)) if idx.doc_sizes[i] >= 8]
    by_text: dict[str, list[int]] = {}
    for i in positions:
        by_text.setdefault(idx.corpus[int(idx.text_starts[i]):int(idx.text_starts[i + 1]) - 1], []).append(i)
    repeated = [text for text, where in by_text.items() if len(where) > 1]
    assert repeated   # the plans share the national programme's and the letterhead's lines
    for text in repeated:
        for ties in (positions, positions[::-1]):
            one_by_one = max(ties, key=lambda i: idx.passage_fuzzy(text, i))
            assert idx.closest_passage(text, ties) == one_by_one
