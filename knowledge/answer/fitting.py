"""Fitting the answer scorer (``knowledge.answer.scorer``) and measuring its calibration.

``python -m bot fit-answers`` calls ``fit_and_save``: every labelled question is read by the
engine (``engine.analyse``), each candidate answer labelled right or wrong by the strict rule
of the project's scorer (the expected facts stated outside quotes and source lines, no
``must_not`` fact), a logistic regression (scikit-learn) fitted on the candidates' features,
and on plans left out of the fit: the answering threshold (the lowest probability at which
under ``max_error`` of the answered questions are wrong), the ambiguity margin (two readings
that close: ask which is meant) and the floor from which a question under the threshold is
asked back with the best readings as buttons. All are written to ``scorer.WEIGHTS_PATH``.

A labelled question is a dict: ``{"q": str, "lang": "vi"|"en", "plan": slug|None,
"answerable": bool, "expect_all": [...], "expect_any": [...], "must_not": [...]}``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from knowledge.answer import scorer

_QUOTE_OR_SOURCE = re.compile(r"«[^»]*»|^(?:nguon|source|sources)\s*:.*$", re.M)
_TAG = re.compile(r"<[^>]+>")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH_ABBR_RE = re.compile(r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")\.?(?=\s+\d)")
_PADDED_RE = re.compile(r"(?<![\d.,/])0(\d)(?=/\d)|(?<=\d/)0(\d)\b|(?<![\d.,/])0(\d)(?![\d.,/])")
_MONTH_WORD = "(" + "|".join(_MONTHS) + ")"
# "June 1, 2020" / "1 June 2020" / "June 1": the day and month as Vietnamese write them
_EN_DATE_RE = re.compile(r"\b" + _MONTH_WORD + r"\s+(\d{1,2})(?:,?\s+(\d{4}))?\b|\b(\d{1,2})\s+"
                         + _MONTH_WORD + r"(?:,?\s+(\d{4}))?\b")


def _day_month(m: re.Match) -> str:
    month = m.group(1) or m.group(5)
    day, year = (m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(6))
    return f"{int(day)}/{_MONTHS.index(month) + 1}" + (f"/{year}" if year else "")


def fold(text: str) -> str:
    """Lower case, no diacritics, single spaces, 98,5 == 98.5 (as the project's scorer); a
    date's day and month without their padding zero ("01/06/2020" == "1/6/2020") and English
    month names in full ("Jun 1" == "June 1"): the same date, however a question set wrote it."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = " ".join(text.lower().split()).replace(" %", "%")
    text = _MONTH_ABBR_RE.sub(lambda m: next(x for x in _MONTHS if x.startswith(m.group(1))), text)
    text = _EN_DATE_RE.sub(_day_month, text)
    text = _PADDED_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
    return re.sub(r"(?<=\d)[.,](?=\d)", "\u00b7", text)


def stated(text: str) -> str:
    """What the reply itself says: no HTML, no «quotes», no source lines.

    ``text`` a reply (HTML allowed); returns it folded as :func:`fold`, one line per line.
    Folded line by line: folding the whole reply first joins its lines, and the source-line
    rule (a line starting "Nguồn:" / "Source:") would then never see a line start.
    """
    lines = "\n".join(fold(line) for line in _TAG.sub("", text).splitlines())
    return _QUOTE_OR_SOURCE.sub(" ", lines)


def is_right(item: dict, text: str) -> bool:
    """Whether a reply ``text`` states the facts ``item`` expects (strict)."""
    said = stated(text)
    if not all(fold(e) in said for e in item.get("expect_all", [])):
        return False
    if item.get("expect_any") and not any(fold(e) in said for e in item["expect_any"]):
        return False
    return not any(fold(e) in said for e in item.get("must_not", []))


@dataclass
class Example:
    """One candidate answer of one question, with its features and label."""

    question: int            # index of the question
    group: str               # the plan the question is about (for leave-plan-out checks)
    vector: dict[str, float]
    right: bool
    weight: float = 1.0      # hand-written questions count more than generated ones
    subject: str = ""        # what the candidate is about (its sources): readings differ when this does


def examples(kb, items: Sequence[dict]) -> list[Example]:
    """Candidates of every question in ``items`` with their features and labels."""
    from knowledge.answer.engine import analyse, subject_of

    out = []
    for i, item in enumerate(items):
        group = item.get("plan") or f"fold{i % 5}"
        for cand, vector in analyse(item["q"], kb, lang=item.get("lang", "vi")):
            right = bool(item.get("answerable", True)) and is_right(item, cand.text)
            out.append(Example(i, group, vector, right, float(item.get("weight", 1.0)), subject_of(cand)))
    return out


def _matrix(rows: Iterable[Example]) -> tuple[list[list[float]], list[int]]:
    rows = list(rows)
    return ([[r.vector.get(name, 0.0) for name in scorer.FEATURES] for r in rows],
            [int(r.right) for r in rows])


def fit_weights(rows: Sequence[Example], c: float = 1.0) -> dict[str, float]:
    """Logistic-regression weights (feature name → weight, "bias" the intercept)."""
    from sklearn.linear_model import LogisticRegression

    x, y = _matrix(rows)
    model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
    model.fit(x, y, sample_weight=[r.weight for r in rows])
    return {name: round(float(w), 4) for name, w in zip(scorer.FEATURES, model.coef_[0])}


@dataclass(frozen=True)
class Pair:
    """A question's best candidate and the best one about something else (another source)."""

    p1: float
    ok1: bool
    p2: float | None = None
    ok2: bool = False


def pairs(rows: Sequence[Example], weights: dict[str, float], n_questions: int) -> list[Pair | None]:
    """Per question: its best reading and the best *different* reading under ``weights``;
    None for a question without candidates."""
    m = scorer.Model(weights, 0.0, 0.0)
    ranked: dict[int, list[tuple[float, Example]]] = {}
    for r in rows:
        ranked.setdefault(r.question, []).append((scorer.probability(r.vector, m), r))
    out: list[Pair | None] = [None] * n_questions
    for i, cands in ranked.items():
        cands.sort(key=lambda x: -x[0])
        (p1, best), other = cands[0], [(p, r) for p, r in cands[1:] if r.subject != cands[0][1].subject]
        out[i] = Pair(p1, best.right, other[0][0], other[0][1].right) if other else Pair(p1, best.right)
    return out


def held_out_pairs(rows: Sequence[Example], n_questions: int, c: float = 1.0) -> list[Pair | None]:
    """``pairs`` for each question by weights fitted without its plan (leave one plan out)."""
    out: list[Pair | None] = [None] * n_questions
    for group in sorted({r.group for r in rows}):
        train = [r for r in rows if r.group != group]
        if not any(r.right for r in train) or all(r.right for r in train):
            continue
        weights = fit_weights(train, c)
        for i, pair in enumerate(pairs([r for r in rows if r.group == group], weights, n_questions)):
            if pair is not None:
                out[i] = pair
    return out


ASK_VALUE = 0.5  # an ask whose buttons hold the right answer: one more tap, half a right answer


def choose_margin(held: Sequence[Pair | None], threshold: float, wrong_cost: float = 3.0) -> float:
    """The ambiguity margin (as Rasa's ``ambiguity_threshold``): when the best answer clears
    ``threshold`` but a reading about something else is closer than the margin, the bot asks
    which is meant. Chosen on held-out plans to maximise the officers' gain: +1 a right answer,
    −``wrong_cost`` a wrong one, ``ASK_VALUE`` an ask whose two buttons hold the right answer,
    0 one that does not; ties go to the smaller margin (fewer questions back to the user)."""
    best, best_gain = 0.0, None
    for margin in [x / 100 for x in range(0, 31, 2)]:
        gain = 0.0
        for pair in held:
            if pair is None or pair.p1 < threshold:
                continue
            if pair.p2 is not None and pair.p1 - pair.p2 < margin:
                gain += ASK_VALUE if (pair.ok1 or pair.ok2) else 0.0
            else:
                gain += 1.0 if pair.ok1 else -wrong_cost
        if best_gain is None or gain > best_gain + 1e-9:
            best, best_gain = margin, gain
    return best


def choose_ask_floor(held: Sequence[Pair | None], threshold: float, min_share: float = 0.5) -> float:
    """Below ``threshold`` the bot does not state a fact; from this floor up it asks with its
    best readings as buttons instead of only declining. The lowest floor (step 0.05) at which,
    on held-out plans, at least ``min_share`` of the questions it would ask hold the right
    answer among the two buttons — over the whole band up to the threshold and over the
    floor's own neighbourhood (0.1 wide, so a full band cannot hide a useless bottom);
    ``threshold`` (never ask) when none does."""
    def share(lo: float, hi: float) -> float:
        band = [p for p in held if p is not None and lo <= p.p1 < hi]
        return sum(p.ok1 or p.ok2 for p in band) / len(band) if band else 0.0

    for floor in [x / 20 for x in range(1, 20)]:
        if floor >= threshold:
            break
        if share(floor, threshold) >= min_share and share(floor, min(floor + 0.1, threshold)) >= min_share:
            return floor
    return threshold


def threshold_table(decided: Sequence[tuple[float, bool | None]], n_questions: int) -> list[dict]:
    """For thresholds 0.05…0.95: share of questions answered right, and wrong among answered."""
    out = []
    for t in [x / 20 for x in range(1, 20)]:
        answered = [ok for p, ok in decided if ok is not None and p >= t]
        out.append({"threshold": t, "right": round(answered.count(True) / max(n_questions, 1), 3),
                    "wrong_of_answered": round(answered.count(False) / max(len(answered), 1), 3)})
    return out


def choose_threshold(decided: Sequence[tuple[float, bool | None]], max_error: float = 0.01,
                     wrong_cost: float = 3.0) -> float:
    """The lowest threshold at which under ``max_error`` of the answered questions are wrong,
    when one exists that still answers half of the questions (a bot that declines most
    questions fails its officers too). Otherwise the decision rule of a calibrated score:
    answer when p − (1 − p) × ``wrong_cost`` ≥ 0, i.e. p ≥ cost / (1 + cost) — a confident
    wrong answer costs an officer as much as ``wrong_cost`` right ones."""
    scored = sorted((p, bool(ok)) for p, ok in decided if ok is not None)
    total = len(decided)
    for p, _ok in scored:
        answered = [ok for q, ok in scored if q >= p]
        wrong = answered.count(False)
        if answered and wrong / len(answered) < max_error and len(answered) >= total / 2:
            return round(p, 4)
    return round(wrong_cost / (1 + wrong_cost), 4)


def calibration_table(decided: Sequence[tuple[float, bool | None]], bins: int = 10) -> list[dict]:
    """Predicted probability vs observed accuracy of the chosen answer, in equal-width bins."""
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, ok) for p, ok in decided if ok is not None and (lo <= p < hi or (b == bins - 1 and p == 1.0))]
        if inside:
            rows.append({"bin": f"{lo:.1f}–{hi:.1f}", "n": len(inside),
                         "predicted": round(sum(p for p, _ in inside) / len(inside), 3),
                         "observed": round(sum(ok for _, ok in inside) / len(inside), 3)})
    return rows


def fit_and_save(kb, items: Sequence[dict], max_error: float = 0.01, margin: float | None = None,
                 path=scorer.WEIGHTS_PATH, rows: Sequence[Example] | None = None) -> dict:
    """Fit on ``items`` (or their precomputed ``rows``), choose the threshold on held-out
    plans, write the weights file. Returns a summary: counts, threshold, calibration table,
    held-out coverage and error per threshold."""
    rows = examples(kb, items) if rows is None else rows
    held_pairs = held_out_pairs(rows, len(items))
    held = [(p.p1, p.ok1) if p is not None else (0.0, None) for p in held_pairs]
    threshold = choose_threshold(held, max_error)
    margin = choose_margin(held_pairs, threshold) if margin is None else margin
    ask_floor = choose_ask_floor(held_pairs, threshold)
    weights = fit_weights(rows)
    answered = [ok for p, ok in held if ok is not None and p >= threshold]
    answerable = sum(1 for it in items if it.get("answerable", True))
    summary = {
        "questions": len(items), "candidates": len(rows), "threshold": threshold, "margin": margin,
        "ask_floor": ask_floor, "held_out_asked": sum(
            1 for p in held_pairs if p is not None and ask_floor <= p.p1 < threshold),
        "held_out_answered": len(answered), "held_out_wrong": answered.count(False),
        "held_out_right_share_of_answerable": round(answered.count(True) / max(answerable, 1), 3),
        "calibration": calibration_table(held),
        "thresholds": threshold_table(held, len(items)),
    }
    path.write_text(json.dumps({"weights": weights, "threshold": threshold, "margin": margin, "ask_floor": ask_floor,
                                "fitted_on": {k: summary[k] for k in ("questions", "candidates")}},
                               ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    scorer.model.cache_clear()
    return summary
