"""Answers about an indicator: its targets for the years asked (the plan's own comparator), who
leads or supports it, what it is about; found by number or by topic, compared across plans."""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from knowledge.answer.common import Answer, Ctx, cite, TOPIC_THRESHOLD, accent_collisions, typed_accents, _agency_name, _decline, _in_period, _indicator_doc, _result, _src, _years_text
from knowledge.answer.format import (agency_in_english, base_year, clip, esc, fmt_target, fmt_value, fmt_year, goal_citation, indicator_label,
                                     indicator_name, past_cut,
                                     plan_label, short_topic)
from knowledge.answer.words import format_number
from knowledge import model
from knowledge.index import DocTable, make_doc
from knowledge.parse.agencies import works_with
from knowledge.parse.structure import roman_value
from knowledge.query import has_phrase
from knowledge import vocab
from knowledge.text import fold, fold_keeping_length, label_key, normalize, written_label_key


def _has_year(plan, ind, year: int) -> bool:
    """Whether indicator ``ind`` sets a target for ``year`` (undated targets count for any
    year of the plan's period)."""
    if any(t.year == year for t in ind.targets) or re.search(rf"\b{year}\b", ind.text):
        return True
    if any(t.year for t in ind.targets):
        return False
    return bool(plan.period_start and plan.period_end and plan.period_start <= year <= plan.period_end)


# "có đặt chỉ tiêu … năm 2025 không?", "có mốc 2025 không", "does … have a 2025 target?": whether
# a target exists is asked, not its figure
_WHETHER_RE = re.compile(r"\bco\b(?!(?: \w+)? (?:bao nhieu|bn|may)\b).*\bkhong\s*$|^(?:is there|are there|does|do|did|has|have)\b")


def _asks_whether(norm: str) -> bool:
    return bool(_WHETHER_RE.search(norm)) and not re.search(r"\b(?:bao nhieu|bn|how much|what)\b", norm)


def _no_target_for_year(ctx: Ctx, found: list, confidence: float = 0.0) -> Answer:
    """The indicator(s) found set no target for the year asked. When the year is a milestone
    of the plan (other indicators have targets for it) and the indicator sets targets for
    other years, the reply says so first and offers them ("không có chỉ tiêu cho năm 2025; kế
    hoạch đặt: dưới 2% (2030)"); it is a decline (``answered`` false: the figure asked is not
    in the plan), kept when no reading answers better. A year no target of the plan names
    (2027) is declined, naming the years the indicator has."""
    _ = ctx._
    milestone = {plan.slug for plan, _i in found
                 if any(t.year in ctx.q.years for i in plan.indicators for t in i.targets)}
    stated = [(plan, ind, _target_facts(ctx, ind)) for plan, ind in found if plan.slug in milestone]
    if any(facts for _p, _i, facts in stated):
        lines, sources = [], []
        for plan, ind, facts in stated:
            if not facts:
                continue
            lines.append(_("{indicator}: no target for {year}; the plan sets: {targets}.",
                           indicator=indicator_name(ind, ctx.lang), year=_years_text(ctx.q.years),
                           targets="; ".join(value for _metric, value in facts)))
            lines.append(f"<b>{esc(plan_label(plan))}</b>")
            cite(ctx, lines, sources, plan, ind.section, quote=clip(ind.text, 260))
        stated_other = _result(ctx, lines, sources, "target", confidence, _indicator_suggestions(ctx, found, "target"))
        # the year asked is not in the plan: a decline that offers what the plan has, kept
        # as the reply when no reading states the figure asked
        stated_other.answered = _asks_whether(ctx.q.norm)   # "có chỉ tiêu 2025 không?": "không" answers it
        return stated_other
    lines = []
    for plan, ind in found:
        years = sorted({t.year for t in ind.targets if t.year})
        lines.append(_("{plan} — {indicator}: no target for {year}; the plan sets targets for {years}.",
                       plan=esc(plan_label(plan)), indicator=indicator_name(ind, ctx.lang),
                       year=_years_text(ctx.q.years),
                       years=_years_text(years) if years else esc(plan.period or "—")))
    declined = _decline(ctx, intent="no_such_year", with_topics=False, message="\n".join(lines))
    # the years it does have, one tap away ("Chỉ tiêu 5 Cần Thơ năm 2025")
    declined.suggestions = [_("Indicator {n} {place} in {year}", n=ind.number, place=plan.locality, year=year)
                            for plan, ind in found[:2] if ind.number is not None
                            for year in sorted({t.year for t in ind.targets if t.year})][:4] or declined.suggestions
    return declined


def baseline_years(norm: str, years) -> set[int]:
    """The years of ``years`` the question (normalised ``norm``) names as where a change starts
    ("giảm bao nhiêu điểm so với năm 2025", "tăng từ năm 2025"), not as the year asked."""
    return {y for y in years
            if re.search(rf"\b(?:so voi|tu|from|since|compared (?:with|to))\s+(?:nam\s+|muc\s+(?:nam\s+)?)?{y}\b", norm)}


def _wants_years(ctx: Ctx, targets) -> list:
    years = set(ctx.q.years)
    if not years or (len(years) == 1 and baseline_years(ctx.q.norm, years)):
        # "so với năm 2025, … tăng từ bao nhiêu lên bao nhiêu": the year named is where the
        # change starts, the others are where it goes
        return list(targets)
    chosen = [t for t in targets if t.year in years]
    return chosen or list(targets)


# a group of areas a note gives its own figure (``breakdowns.area_notes``), folded, up to its kinds
_AREA_GROUP_RE = re.compile(r"^(?:doi voi\s+)?(?:cac\s+|nhung\s+)?(?:xa(?! hoi)|phuong|huyen|vung|khu vuc|dia ban|thon|ban)\s+")
# the kind of area a name opens with, folded: "Huyện Minh Hóa" is asked as "Minh Hóa"
_AREA_KIND_RE = re.compile(r"^(?:huyen|thi xa|thanh pho|tp\.?|tx\.?|quan)\s+")


def asked_areas(ctx: Ctx, ind) -> set:
    """The areas of ``ind.areas`` (a breakdown's) that the question names, by the name without
    its kind ("Minh Hóa" of "Huyện Minh Hóa"; "khu vực III" whole): not inside the province's
    own name ("Ninh Thuận năm 2030" names no "Thuận Nam"), with its accents when the question
    is typed with them."""
    q = ctx.q
    norm = q.norm
    for place in q.localities:
        norm = re.sub(rf"\b{re.escape(normalize(place))}\b", " ", norm)
    accented = typed_accents(ctx)
    typed = " ".join(re.findall(r"\w+", ctx.q.text.lower()))   # the question as typed, accents kept
    found = set()
    for area in {t.area for t in getattr(ind, "areas", ()) if t.area}:
        # ("Khu vực I (địa bàn tỉnh Lào Cai trước sắp xếp)" is asked "Khu vực I")
        words = re.sub(r"\s*\([^()]*\)\s*$", "", area).lower().split()
        kind = _AREA_KIND_RE.match(" ".join(fold(area).lower().split()))
        words = words[len(kind.group().split()):] if kind else words
        core = " ".join(fold(w) for w in words)
        whole = " ".join(fold(area).lower().split())
        if any(has_phrase(whole, place) for place in getattr(q, "former_places", ())):
            found.add(area)     # "Yên Bái cũ": the area "Khu vực II (địa bàn tỉnh Yên Bái trước sắp xếp)"
            continue
        # "Thành phố Cà Mau" typed whole names the city, though the province is named so too
        if not core or not (has_phrase(norm, core) or (kind and has_phrase(q.norm, whole))):
            group = _AREA_GROUP_RE.match(whole)
            # "Các xã miền núi, biên giới" is asked by any of its kinds of two words or more:
            # "xã miền núi", "mountain communes", "vùng biên giới" ("Khu vực I" only whole)
            kinds = [k.strip() for k in re.split(r",|\bva\b|\bhoac\b", whole[group.end():])] if group else []
            # (… and by its noun with a kind of one word: "xã đảo" of "các xã đảo", round 160)
            noun = re.sub(r"^(?:doi voi\s+)?(?:cac|nhung)\s+", "", whole[:group.end()]).strip() if group else ""
            kinds += [f"{noun} {k}" for k in kinds if noun and len(k.split()) == 1]
            # (… not by a kind the target's own words hold: "trẻ em bị mua bán qua biên giới")
            own = normalize(ind.text)
            if any(len(k.split()) >= 2 and has_phrase(norm, k) and not has_phrase(own, k) for k in kinds):
                found.add(area)
            continue
        # "Thuận Nam" typed with accents must be typed so ("thuận năm" is a year's words)
        if accented and not (has_phrase(typed, " ".join(words)) or (kind and has_phrase(typed, " ".join(area.lower().split())))):
            continue
        found.add(area)
    return found


# the whole province asked beside one of its areas (folded)
_WHOLE_ASKED_RE = re.compile(r"\b(?:toan tinh|ca tinh|toan thanh pho|chung cua tinh)\b")
# the level a plan starts from, asked with no year (folded)
_STARTING_LEVEL_ASKED_RE = re.compile(r"\b(?:so goc|muc goc|gia tri goc|nam goc|muc khoi diem|muc co so|muc nen"
                                      r"|diem xuat phat|baseline|starting level|starting point)\b")


# words that join a measure to its indicator's and name none of it ("trong đó …", "riêng …")
_JOINING_WORDS = frozenset("trong do rieng cac nhung doi voi o tai va cua la duoc bi so".split())


# a measure that is a part of the indicator's first ("trong đó …", "riêng …"), folded
_PART_OF_RE = re.compile(r"^(?:trong do|trong so|rieng)\b")


def _metric_words(ts) -> set[str]:
    return set(normalize(" ".join(f"{t.metric} {t.qualifier or ''}" for t in ts)).split())


def _metrics_named(ctx: Ctx, metrics: dict[int, list]) -> list[int]:
    """The metrics (``Target.metric_index``) of ``metrics`` the question names by words no
    other metric of the indicator has, through the index's matching (accents, English,
    synonyms)."""
    return list(_metric_shares(ctx, metrics))


def _metric_shares(ctx: Ctx, metrics: dict[int, list]) -> dict[int, float]:
    """``{metric_index: share}`` of the metrics the question names (``_metrics_named``); share
    (0–1] is how much of the words only that metric has the question says."""
    if len(metrics) < 2 or not ctx.q.terms:
        return {}
    words = {i: _metric_words(ts) for i, ts in metrics.items()}
    named = {}
    for i, own in words.items():
        others = set().union(*(w for j, w in words.items() if j != i))
        distinct = own - others - _JOINING_WORDS
        # (two of its own words, or half of them: one word met by chance — "đồng" of "hành
        # động" against "vùng đồng bào dân tộc thiểu số" — names nothing)
        said_words = {w for w in distinct if ctx.cov(make_doc("", "", w), ctx.q.terms) > 0}
        said = len(said_words)
        # (a number only it has names it: "dưới 1 tuổi" of "…; trong đó … dưới 1 tuổi được
        # đăng ký khai sinh đúng hạn" beside "dưới 5 tuổi", round 163)
        if said >= 2 or distinct and said * 2 >= len(distinct) or any(w.isdigit() for w in said_words):
            # (share of its content words: "em" of "trẻ em" is no word a question must say)
            named[i] = said / max(1, len(distinct - vocab.STOPWORDS))
    return named


# a question asking two figures at once ("… bao nhiêu, trong đó … là bao nhiêu?", "… và riêng
# học sinh dân tộc thiểu số", "trẻ khuyết tật nặng thì sao?"), folded
_BOTH_ASKED_RE = re.compile(r"\btrong do\b|\b(?:va|and)\s+(?:rieng|of|for|among)\b|\bthi sao\b|\bwhat about\b")
_JOINED_RE = re.compile(r"\b(?:va|and|cung nhu|as well as|together with)\b")
_ASKING_RE = re.compile(r"\b(?:bao nhieu|bn|how much|how many|what|muc nao|the nao)\b")


def _both_asked(ctx: Ctx, metrics: dict[int, list]) -> bool:
    """Whether the question names the indicator's own measure and a part of it ("trong đó …",
    "riêng …") and asks for both: "tỷ lệ … bao nhiêu, trong đó sởi - rubella … bao nhiêu?"."""
    # (the measure's own words may all be the part's too: "tỷ lệ học sinh hoàn thành THCS …,
    # trong đó tỷ lệ học sinh dân tộc thiểu số hoàn thành THCS": then the cue alone says both)
    shares = _metric_shares(ctx, metrics)
    parts = [i for i in shares if _PART_OF_RE.match(normalize(metrics[i][0].metric or ""))]
    if not parts:
        return False
    if _BOTH_ASKED_RE.search(ctx.q.norm) or len(shares) > 1 and len(_ASKING_RE.findall(ctx.q.norm)) >= 2:
        return True
    if len(shares) > 1 and ctx.q.years and any(all(t.year is None for t in metrics[i]) for i in parts):
        # a part that sets no year holds for every year of its measure: "… năm 2030, trẻ em
        # gái?" of "… 45% vào năm 2030, trong đó trẻ em gái chiếm tối thiểu 50%" asks both
        return True
    # both named in full and joined: "… dưới 1 tuổi năm 2030 và trẻ sơ sinh?" — by a "và" of
    # the question's own, not one of the measures' ("riêng đặc khu Cát Hải và … Bạch Long Vĩ")
    full = [i for i, s in shares.items() if s >= 1]
    own = sum(len(_JOINED_RE.findall(" ".join(sorted(_metric_words(metrics[i]))))) for i in full)
    return len(full) >= 2 and len(_JOINED_RE.findall(ctx.q.norm)) > own


def _named_metric(ctx: Ctx, metrics: dict[int, list]) -> int | None:
    """The one metric (``Target.metric_index``) of ``metrics`` the question names by words no
    other metric of the indicator has — "đuối nước" of "tử vong do tai nạn thương tích …;
    trong đó tử vong do đuối nước …", "huyện miền núi" of "…; riêng các huyện miền núi …" —
    through the index's matching (accents, English, synonyms); None when none or several are
    (the measure and a part both asked for, ``_both_asked``)."""
    shares = _metric_shares(ctx, metrics)
    named = list(shares)
    if _both_asked(ctx, metrics):
        return None
    if len(named) > 1:
        # the indicator's own measure named beside a part of it ("thấp còi … huyện miền núi",
        # "drowning deaths … children"): the part is what is asked — unless all of the
        # measure's own words are said and not all of the part's: "tử vong do tai nạn thương
        # tích" says the measure's and only "tử vong" of "trong đó tử vong do đuối nước" (round 163)
        parts = [i for i in named if _PART_OF_RE.match(normalize(metrics[i][0].metric or ""))]
        named = [i for i in parts if not any(shares[j] >= 1 > shares[i] for j in named if j != i)]
    return named[0] if len(named) == 1 else None


def _named_lacks_year(ctx: Ctx, ind) -> bool:
    """Whether the question names one metric of ``ind`` (``_named_metric``), a part of its first
    ("trong đó …", "riêng …"), that sets no target for the year asked, though it sets others: "đuối nước năm 2028" of an indicator whose
    drowning measure is set for 2030 only is not answered with the injury measure's 2028."""
    years = set(ctx.q.years)
    if not years or baseline_years(ctx.q.norm, years) == years:
        return False
    metrics: dict[int, list] = {}
    for t in ind.targets:
        if not getattr(t, "achieved", False):
            metrics.setdefault(t.metric_index, []).append(t)
    named = _named_metric(ctx, metrics)
    # (a part only: measures read apart that are one — "số cặp tảo hôn … năm 2025; đến năm
    # 2030 cơ bản không còn tình trạng tảo hôn" — each lack the other's year)
    return named is not None and bool(_PART_OF_RE.match(normalize(metrics[named][0].metric or ""))) \
        and any(t.year for t in metrics[named]) and not any(t.year in years for t in metrics[named])


def _pick_metrics(ctx: Ctx, ind) -> list:
    """The targets of ``ind`` the question asks about: the best-covered metric(s), its years.
    A result the plan reports (``Target.achieved``: "thực hiện năm 2020") only when its year is
    asked: it is no target."""
    asked = asked_areas(ctx, ind)
    if asked:
        # "Huyện Minh Hóa được phân bổ … năm 2030": the figures a breakdown allots to that area
        allotted = [t for t in ind.areas if t.area in asked]
        years = set(ctx.q.years)
        if _WHOLE_ASKED_RE.search(ctx.q.norm) or "compare" in ctx.q.cues:
            # "… ở xã miền núi so với toàn tỉnh": the area's figures, then the province's own
            allotted += [t for t in ind.targets if t.year in {a.year for a in allotted}]
        own = [t for t in allotted if not t.achieved or t.year in years]
        return [t for t in own if t.year in years] or own if years else \
            [t for t in own if not t.achieved] or own
    # "tăng bao nhiêu từ 2025 đến 2030": a span that starts at a result asks from it
    start = ctx.q.period[0] if ctx.q.period else None
    targets = [t for t in ind.targets if not getattr(t, "achieved", False) or t.year in ctx.q.years
               or (start is not None and t.year == start)]
    if not ctx.q.years and (_STARTING_LEVEL_ASKED_RE.search(ctx.q.norm)
                            or any(has_phrase(ctx.q.norm, w) for w in vocab.PRESENT_WORDS)):
        # "số gốc", "mức khởi điểm", "baseline" with no year: the result the plan starts from;
        # "hiện có mấy điểm": how things stand, the last result it reports
        targets = [t for t in ind.targets if getattr(t, "achieved", False)] or targets
    if not targets:
        return []
    metrics: dict[int, list] = {}
    for t in targets:
        metrics.setdefault(t.metric_index, []).append(t)
    years = set(ctx.q.years)
    terms = ctx.q.terms
    if _named_lacks_year(ctx, ind):
        # the measure named has no target for the year asked: its own years, said to be
        # others (``_render_indicators``), never another measure's figure for that year
        named = _named_metric(ctx, metrics)
        if named is not None:
            return list(metrics[named])
    both = _both_asked(ctx, metrics)
    if years and any(t.year in years for ts in metrics.values() for t in ts):
        # a year asked: a metric without it is left out, not shown with its other years
        # ("… tiêm chủng năm 2025" stated the under-5 metric's 2030 figure beside it), and
        # before the best-covered metric is chosen: a metric whose words cover the question
        # but lack the year is no answer to it — unless it gives no year at all and is the one
        # the question's words name ("… thẻ BHYT 2025" of "… khai sinh đạt 98% vào năm 2025;
        # 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế": the card's 100%, not the 98%)
        undated = {i for i, ts in metrics.items() if all(t.year is None for t in ts)}
        kept = {i: ts for i, ts in metrics.items() if any(t.year in years for t in ts)}
        if undated and terms:
            cover = {i: ctx.cov(make_doc("", "", " ".join(f"{t.metric} {t.qualifier or ''}" for t in ts)), terms)
                     for i, ts in metrics.items()}
            best = max(cover[i] for i in kept)
            # (named: its words cover the question's, not one word of them — "kết hôn cận huyết
            # thống" is no answer to "tảo hôn … 2028" for sharing "hôn")
            literal = {i: len(set(terms) & set(normalize(" ".join(t.metric for t in metrics[i])).split())) / len(set(terms))
                       for i in undated}   # (its own words: "kết hôn" is a synonym of "tảo hôn", no name of it)
            kept.update({i: metrics[i] for i in undated if cover[i] > best + 0.1 and literal[i] >= 0.75})
        if both:
            # "năm 2027 … bao nhiêu, trong đó trẻ em gái chiếm bao nhiêu?": the part set for no
            # year ("trong đó trẻ em gái chiếm tối thiểu 50%") is asked too
            kept.update({i: metrics[i] for i in undated if i in _metrics_named(ctx, metrics)})
        metrics = kept
    named = _named_metric(ctx, metrics)
    if named is not None and _PART_OF_RE.match(normalize(metrics[named][0].metric or "")) \
            and not _WHOLE_ASKED_RE.search(ctx.q.norm):
        # "thấp còi ở các huyện miền núi năm 2030": the part's figure, not the province's
        # beside it (the clause's text holds both, so coverage alone ties them)
        metrics = {named: metrics[named]}
    if both:
        # the measures the question names, when it names two or more ("… được chăm sóc, trợ
        # giúp …, trẻ khuyết tật nặng thì sao?" of a target of three measures)
        named = [i for i in _metrics_named(ctx, metrics) if i in metrics]
        metrics = {i: metrics[i] for i in named} if len(named) >= 2 else metrics
    if len(metrics) > 1 and terms and not both:
        scored = []
        for idx_, ts in metrics.items():
            doc = make_doc("", "", " ".join(f"{t.metric} {t.qualifier or ''} {t.text}" for t in ts))
            scored.append((ctx.cov(doc, terms), idx_))
        best = max(s for s, _ in scored)
        if best > 0 and sum(1 for s, _ in scored if s >= best - 1e-9) < len(scored):
            metrics = {i: metrics[i] for s, i in scored if s >= best - 1e-9}
    chosen = []
    for ts in metrics.values():
        chosen.extend(_wants_years(ctx, ts))
    return chosen


def _matches_check(ctx: Ctx, t) -> bool:
    """Whether target ``t`` states the figure the question offers to check, in a year asked;
    asked whether a result meets it ("đạt 99,5% thì có đạt chỉ tiêu không?", ``Query.attained``):
    whether that result meets it, by its comparator (``bot`` digests hold reports to targets so
    too: at least, under, within a range; a level as it falls or as set)."""
    if ctx.q.years and t.year not in ctx.q.years:
        return False
    checked = ctx.q.checked
    if getattr(ctx.q, "attained", False) and not t.achieved:
        if t.comparator == model.AT_LEAST:
            return checked >= t.value - 1e-9
        if t.comparator == model.UNDER:
            return checked < t.value
        if t.comparator == model.RANGE and t.value_max is not None:
            return t.value - 1e-9 <= checked <= t.value_max + 1e-9
        if t.comparator == model.EXACTLY:
            return abs(checked - t.value) < 1e-6 or (_falls(t) and checked <= t.value)
    return any(abs(v - checked) < 1e-6 for v in (t.value, t.value_max) if v is not None)


def _falls(t) -> bool:
    """Whether a level is one to come down to ("giảm xuống còn 7,3%", a falling measure)."""
    return bool(re.search(r"\b(?:giam|xuong|con|ha)\b", fold(f"{t.comparator_text or ''} {t.text or ''}").lower()))


def _check_verdict(ctx: Ctx, ind) -> str | None:
    """"Yes," or "No," to a figure the question offers to check (``Query.checked``), said of
    the metric the reply states first (``_target_facts`` puts a metric holding the figure
    first): yes when it holds the figure in a year asked (any of its years when none is named);
    None when nothing is checked or that metric has no target to check against."""
    if ctx.q.checked is None:
        return None
    targets = [t for t in _pick_metrics(ctx, ind) if not getattr(t, "needs_review", False)
               and (not ctx.q.years or t.year in ctx.q.years)]
    if not targets:
        return None
    first = _ordered_metrics(ctx, targets)[0]
    _ = ctx._
    return _("Yes,") if any(_matches_check(ctx, t) for t in first) else _("No,")


def _ordered_metrics(ctx: Ctx, targets: list) -> list[list]:
    """``targets`` grouped by metric, in the plan's order, except that a metric holding the
    figure the question checks comes first ("… có phải 100% không?" of an indicator whose
    second metric is 100%: that metric is the one answered)."""
    by_metric: dict[int, list] = {}
    for t in targets:
        by_metric.setdefault(t.metric_index, []).append(t)
    groups = list(by_metric.values())
    if ctx.q.checked is not None:
        groups.sort(key=lambda ts: not any(_matches_check(ctx, t) for t in ts))   # stable
    return groups


def _target_facts(ctx: Ctx, ind) -> list[tuple[str, str]]:
    """(metric, "<b>đạt 98,5%</b> (2025)") per metric the question asks about; only the
    years asked when the question names one; a metric holding a figure the question checks
    first."""
    facts = []
    targets = [t for t in _pick_metrics(ctx, ind) if not getattr(t, "needs_review", False)]
    for ts in _ordered_metrics(ctx, targets):
        parts = []
        for t in ts:
            year = fmt_year(t, ctx.lang)
            parts.append(f"<b>{fmt_target(t, ctx.lang)}</b>" + (f" ({year})" if year else ""))
        facts.append(((ts[0].metric or "").lstrip("+-•*–· ").strip(), "; ".join(parts)))
    return facts


def _indicator_intent(ctx: Ctx) -> str:
    q = ctx.q
    if "lead" in q.cues or "partner" in q.cues:
        return "lead"
    if "about" in q.cues and not q.years and not has_phrase(q.norm, "bao nhieu"):
        return "about"
    return "target"


def _same_group(written: str | None, asked: str) -> bool:
    """Whether a group labelled ``written`` ("III") is the one asked (folded: "iii", or "3":
    its numeral typed in digits)."""
    written = (written or "").lower()
    if written == asked:
        return True
    if asked.isdigit() and re.fullmatch(r"[ivx]{1,4}", written):
        return roman_value(written.upper()) == int(asked)
    return False


def _numbered_indicators(ctx: Ctx) -> list:
    """(plan, indicator) for each indicator number the question names, in the plans in scope."""
    q = ctx.q
    _indicator_words(ctx)   # built at the knowledge base's first question, which every reader waits on anyway
    if not q.indicators and not q.labels:
        return []
    scope = ctx.scope
    if "compare" in q.cues and len(scope) < 2:
        scope = list(ctx.idx.plans)
    found = []
    for group, label in q.labels[:3]:
        # "chỉ tiêu IV.2", "chỉ tiêu (v) nhóm B": the target its plan numbers so
        for plan in scope:
            # (a target numbered by its code, "NA-05" read as 5, is asked by the code too)
            matching = [ind for ind in plan.indicators
                        if (ind.number is None or ind.label) and label_key(ind.label or "") == label_key(label)
                        and (group is None or _same_group(ind.goal_label, group))]
            # "LD-1" typed where a plan codes both "LĐ-1" and "LD-1": the one written as typed
            exact = [ind for ind in matching if written_label_key(ind.label) == written_label_key(label)]
            if not matching and group and label.isdigit():
                # "gạch đầu dòng thứ hai điểm b": unlabelled targets by their order in the group
                unlabelled = [ind for ind in plan.indicators if ind.number is None and not ind.label
                              and _same_group(ind.goal_label, group)]
                matching = unlabelled[int(label) - 1:int(label)] if int(label) > 0 else []
            if matching:
                found.append((plan, (exact or matching)[0]))
    coded = {p.slug for p, _i in found}
    for n in q.indicators[:3]:
        for plan in scope:
            if plan.slug in coded:
                continue    # "chỉ tiêu 4.1" of a plan coding its targets so: its "4.1", not a 1st
            for ind in plan.indicators:
                if ind.number == n:
                    found.append((plan, ind))
                    break
            else:
                # a plan numbering its targets anew in each group ("chỉ tiêu 2" of groups I, II,
                # III): each group's, named with its group, for the asker to tell apart
                found.extend((plan, ind) for ind in plan.indicators
                             if ind.number is None and ind.label == str(n) and ind.goal_label)
    return found


def _render_indicators(ctx: Ctx, found: list, intent: str, confidence: float) -> Answer | None:
    if intent == "lead":
        return _render_lead(ctx, found, confidence)
    if intent == "target" and ctx.q.years:
        # a target for 2040 is not the 2030 target: keep what has the year, or say it is missing
        timely = [(p, i) for p, i in found if any(_has_year(p, i, y) for y in ctx.q.years)
                  and not _named_lacks_year(ctx, i)]
        if not timely:
            return _no_target_for_year(ctx, found, confidence)
        found = timely
    _ = ctx._
    lines, sources = [], []
    multi = len({p.slug for p, _i in found}) > 1
    cut = False
    for plan, ind in found:
        cut = cut or past_cut(lines)   # the reply is cut before this indicator: its source counts
        if cut:
            sources.append(_src(plan, ind.section))
            continue
        head = f"<b>{esc(plan_label(plan))} — {indicator_name(ind, ctx.lang)}</b>"
        facts = _target_facts(ctx, ind) if intent == "target" else []
        if facts:
            # the fact first (a phone's notification shows the first line), then where it is from
            (metric, value), rest = facts[0], facts[1:]
            first = value + (f" — {esc(clip(metric, 110))}" if metric else "")
            verdict = _check_verdict(ctx, ind)
            if verdict:   # "có phải … là 95% không?": yes or no, then the plan's figure
                first = f"{verdict} {first}"
            lines.extend([f"{head}: {first}"] if multi else [first, head])
            lines.extend(f"• {esc(clip(m, 120))}: {v}" if m else f"• {v}" for m, v in rest)
            former = getattr(ctx.q, "former_places", None)
            if former and not asked_areas(ctx, ind):
                # "thấp còi Nam Định cũ" of a plan giving no figure of that part: the figure is
                # the whole place's, and said to be
                lines.append(_("The plan gives no figure for {part} alone; this is the figure for all of {place}.",
                               part=esc(vocab.PROVINCE_NAMES.get(former[0], former[0].title())),
                               place=esc(plan.locality or plan_label(plan))))
            lines.append(f"<i>«{esc(clip(ind.text, 260))}»</i>")
        elif intent == "about":
            # what the indicator is: its own words stated (not only quoted), then its figures
            # a year asked: the topic and that year's figures, not the text of every year
            words = (short_topic(ind, 120) if ctx.q.years
                     else clip(_LEADING_MARKS_RE.sub("", ind.text), 300))
            said = f"{indicator_name(ind, ctx.lang)}: {esc(words)}"
            lines.extend([f"<b>{esc(plan_label(plan))}</b> — {said}"] if multi
                         else [said, f"<b>{esc(plan_label(plan))}</b>"])
            lines.extend(f"• {esc(clip(m, 120))}: {v}" if m else f"• {v}" for m, v in _target_facts(ctx, ind))
        else:
            lines.append(head)
            lines.append(f"«{esc(clip(ind.text, 420))}»")
        cite(ctx, lines, sources, plan, ind.section)
    verdict = _comparison(ctx, found) if intent == "target" and "compare" in ctx.q.cues else None
    if verdict:   # "cao hơn hay thấp hơn", "chênh nhau bao nhiêu": the comparison is the answer
        lines.insert(0, re.sub(r"^((?:<[^>]+>)*)(\w)", lambda m: m.group(1) + m.group(2).upper(), verdict))
    suggestions = _indicator_suggestions(ctx, found, intent)
    return _result(ctx, lines, sources, intent if intent != "target" or "compare" not in ctx.q.cues else "compare",
                   confidence, suggestions)


def _comparable(t) -> bool:
    return t.year is not None and t.comparator in (model.AT_LEAST, model.UNDER, model.EXACTLY) \
        and not getattr(t, "needs_review", False) and not base_year(t)


def _comparison(ctx: Ctx, found: list) -> str | None:
    """Which of two plans' figures of one year is higher, and by how much ("Kiên Giang thấp
    hơn Cần Thơ: 45% so với 80%, chênh 35 điểm phần trăm"), or how one indicator's figure
    changes between two years ("Từ 2025 đến 2030: giảm 0,13 điểm phần trăm"). None unless
    exactly two figures of one unit (the first metric of each indicator) are compared: the
    plans' comparing words ("dưới", "đạt") are kept on the lines below, only the values
    are compared, and equal values under other words are not said equal."""
    _ = ctx._
    years = set(ctx.q.years)
    sides = []
    for plan, ind in found:
        targets = [t for t in _pick_metrics(ctx, ind) if _comparable(t)]
        if not targets:
            return None
        first = min(t.metric_index for t in targets)
        targets = [t for t in targets if t.metric_index == first and (not years or t.year in years)]
        sides.append((plan, targets))
    if len(sides) == 2 and all(len(ts) == 1 for _p, ts in sides) and sides[0][0].slug != sides[1][0].slug \
            and sides[0][1][0].year == sides[1][1][0].year:
        names = [p.locality or plan_label(p) for p, _ts in sides]
        if names[0] == names[1]:
            names = [plan_label(p) for p, _ts in sides]
        pairs = [(names[0], sides[0][1][0]), (names[1], sides[1][1][0])]
    elif len(sides) == 1 and len(sides[0][1]) == 2 and sides[0][1][0].year != sides[0][1][1].year:
        # one indicator's two milestones: how it changes from the first to the second
        start, end = sorted(sides[0][1], key=lambda t: t.year)
        if start.unit != end.unit or start.value == end.value or (end.counted or "").lower() == "lần":
            # (a ratio to its base year, "0,75 lần", already says how much it changes)
            return None
        gap = round(abs(end.value - start.value), 3)
        amount = (_("{points} percentage points", points=format_number(round(gap, 4), ctx.lang, max_decimals=4)) if start.unit == model.PERCENT
                  else fmt_value(gap, start.unit, ctx.lang))
        values = dict(start=start.year, end=end.year, amount=amount,
                      first=fmt_value(start.value, start.unit, ctx.lang), second=fmt_value(end.value, end.unit, ctx.lang))
        return (_("From {start} to {end}: up by {amount} ({first} → {second})", **values) if end.value > start.value
                else _("From {start} to {end}: down by {amount} ({first} → {second})", **values))
    else:
        return None
    (name_a, a), (name_b, b) = pairs
    if a.unit != b.unit:
        return None
    if a.value == b.value:
        if a.comparator != b.comparator:
            return None    # "dưới 2%" and "2%": the same figure, not the same target
        return _("{first} and {second} are equal: {value}", first=esc(name_a), second=esc(name_b),
                 value=fmt_value(a.value, a.unit, ctx.lang))
    (name_hi, hi), (name_lo, lo) = sorted(pairs, key=lambda p: -p[1].value)
    gap = round(hi.value - lo.value, 3)
    if hi.unit == model.PERCENT:
        difference = _("{points} percentage points apart", points=format_number(round(gap, 4), ctx.lang, max_decimals=4))
    else:
        difference = _("{amount} apart", amount=fmt_value(gap, hi.unit, ctx.lang))
    if _subject(ctx.q.norm, [name_hi, name_lo]) == name_lo:
        # "So với Cần Thơ, … Kiên Giang cao hơn hay thấp hơn?": said of the one asked about
        return _("<b>{lower}</b> is lower than <b>{higher}</b>: {low} against {high}, {difference}",
                 higher=esc(name_hi), lower=esc(name_lo), high=fmt_value(hi.value, hi.unit, ctx.lang),
                 low=fmt_value(lo.value, lo.unit, ctx.lang), difference=difference)
    return _("<b>{higher}</b> is higher than <b>{lower}</b>: {high} against {low}, {difference}",
             higher=esc(name_hi), lower=esc(name_lo), high=fmt_value(hi.value, hi.unit, ctx.lang),
             low=fmt_value(lo.value, lo.unit, ctx.lang), difference=difference)


def _subject(norm: str, names: list[str]) -> str | None:
    """Which of two compared ``names`` the question asks about: the one not after "so với" /
    "compared with" when the other is, else the one named first; None when neither is named."""
    at = {name: norm.find(fold(name)) for name in names}
    for name in names:
        if re.search(rf"\b(?:so voi|compared (?:with|to)|than)\s+(?:\w+\s+){{0,2}}{re.escape(fold(name))}\b", norm):
            others = [n for n in names if n != name]
            return others[0] if others else None
    named = [n for n in names if at[n] >= 0]
    return min(named, key=at.get) if named else None


_LEADING_MARKS_RE = re.compile(r"^\W+")


def _indicator_suggestions(ctx: Ctx, found: list, intent: str) -> list[str]:
    _ = ctx._
    out = []
    plan, ind = found[0]
    if ind.number is None:
        return out
    if intent != "lead":
        out.append(_("Who leads indicator {n} in {place}?", n=ind.number, place=plan.locality))
    if intent != "target":
        out.append(_("Indicator {n} {place} targets", n=ind.number, place=plan.locality))
    if len({p.slug for p, _i in found}) == 1:
        # the first other place with this indicator (not all of them: only one is named)
        other = next((p for p in ctx.idx.plans if p.slug != plan.slug and p.locality != plan.locality
                      and any(i.number == ind.number for i in p.indicators)), None)
        if other is not None:
            out.append(_("Compare indicator {n} {a} and {b}", n=ind.number, a=plan.locality, b=other.locality))
    return out


def _leads_of(ctx: Ctx, plan, ind) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """Lead and partner agency names of a numbered indicator, with the sentences they came from."""
    leads, partners, evidence = [], [], []
    for a in plan.assignments:
        if a.indicator != ind.number:
            continue
        name = _agency_name(ctx, plan, a.agency)
        bucket = leads if a.role == "lead" else partners
        if name not in bucket:
            bucket.append(name)
            # the lead's sentence is quoted first, whatever order the plan lists them in
            evidence.insert(len(leads) - 1 if a.role == "lead" else len(evidence),
                            (a.section, a.text))
    for key in ind.lead_agencies:
        name = _agency_name(ctx, plan, key)
        if name not in leads:
            leads.append(name)
    for key in ind.partner_agencies:
        name = _agency_name(ctx, plan, key)
        if name not in partners and name not in leads:
            partners.append(name)
    if not leads and not partners:
        for t in plan.tasks:
            if ind.number in t.indicators:
                name = _agency_name(ctx, plan, t.agency)
                bucket = partners if t.role == "partner" else leads
                if name not in bucket:
                    bucket.append(name)
                    evidence.append((t.section, t.text))
    partners = [p for p in partners if p not in leads]
    return leads, partners, evidence


def _agency_names(ctx: Ctx, names: list[str]) -> str:
    """Agencies as a reply lists them, escaped; each also in English for a question or a
    reader in English ("Sở Y tế (Department of Health)")."""
    if ctx.english or ctx.lang == "en":
        return ", ".join(agency_in_english(name) for name in names)
    return esc(", ".join(names))


def _render_lead(ctx: Ctx, found: list, confidence: float) -> Answer | None:
    _ = ctx._
    lines, sources = [], []
    answered_any = cut = False
    asked_stated = False     # some plan names the role asked (partners when only they are asked)
    for plan, ind in found:
        leads, partners, evidence = _leads_of(ctx, plan, ind)
        answered_any = answered_any or bool(leads or partners)
        asked_stated = asked_stated or bool(partners if _partners_asked(ctx) else leads or partners)
        cut = cut or past_cut(lines)
        if cut:   # the reply is cut before this indicator: its source counts
            sources.append(_src(plan, evidence[0][0] if evidence else ind.section))
            continue
        said = []
        if leads:
            answered_any = True
            said.append(_("Lead: {agencies}", agencies="<b>" + _agency_names(ctx, leads) + "</b>"))
        if partners:
            answered_any = True
            said.append(_("In coordination with: {agencies}", agencies=_agency_names(ctx, partners)))
        if not leads and not partners:
            said.append(_("The plan names no lead agency for this indicator."))
        elif not leads and not _partners_asked(ctx):
            # who leads, asked of a target whose partners alone are read: say so first, the
            # partners after (first, they read as the answer)
            said.insert(0, _("The plan names no lead agency for this indicator."))
        elif _partners_asked(ctx):
            # "ai phối hợp chỉ tiêu 1": the partners first, or that the plan names none
            written = [] if partners or not evidence else _partners_written(evidence[0][1], ind)
            if partners:
                said = said[1:] + said[:1] if leads else said
            elif written:
                # "X chủ trì thực hiện các chỉ tiêu 2.7 và 2.14; phối hợp với Sở Giáo dục và Đào
                # tạo …": the sentence that gives the lead names whom it works with (round 12 had
                # been told the plan names no partner, under that very quote)
                said.insert(0, _("In coordination with: {agencies}", agencies=esc(", ".join(written))))
                asked_stated = True
            else:
                said.insert(0, _("The plan names no partner agency for this indicator."))
        # the agency first, then which plan and indicator
        lines.append(said[0] + f" — {esc(plan_label(plan))}, {indicator_name(ind, ctx.lang)}")
        lines.extend(said[1:])
        lines.append(esc(clip(short_topic(ind, 80))))
        if ctx.q.years and any(_has_year(plan, ind, y) for y in ctx.q.years):
            # "tỷ lệ biết bơi năm 2030 và cơ quan chủ trì?": the year's figure asked with it
            lines.extend(f"• {v}" for _m, v in _target_facts(ctx, ind)[:2])
        section = evidence[0][0] if evidence else ind.section
        cite(ctx, lines, sources, plan, section, quote=clip(evidence[0][1], 220) if evidence else None)
    if not answered_any:
        return None
    result = _result(ctx, lines, sources, "lead", confidence, _indicator_suggestions(ctx, found, "lead"))
    # "the plan names no partner for this indicator": no agency asked is stated, as a date
    # missing from a deadline's reply (a task that names its partners may answer instead)
    result.none_stated = not asked_stated
    return result


_TARGET_NUMBERS_RE = re.compile(r"\bchi tieu(?: so)?\s+((?:\d+(?:\.\d+)?\s*(?:,|va|-)?\s*)+)")


def _partners_written(text: str, ind) -> list[str]:
    """The offices a lead's own sentence says it works with ("…; phối hợp với Sở Giáo dục và
    Đào tạo, Tỉnh đoàn tổ chức …" → both, ``works_with``); [] when it names none, or when
    that clause is about other targets ("phối hợp với Bảo hiểm xã hội tỉnh đối với chỉ tiêu
    14" is no partner of target 12). Of a paragraph of several leads' sentences, the clause
    citing this target, or a clause citing none in the sentence of the targets its lead leads."""
    own = {str(ind.number)} | ({str(ind.label).strip().lstrip("(").rstrip(")")} if getattr(ind, "label", None) else set())
    sentences = [x for x in re.split(r"(?<=[.])\s+", text) if x.strip()]
    if len(sentences) <= 1:
        names, clause = works_with(text)
        return [] if _cited(clause) and not _cited(clause) & own else names
    # a paragraph of several leads, each sentence "X chủ trì các chỉ tiêu 11, 12, 13 và 22; phối
    # hợp với Công an tỉnh đối với chỉ tiêu 12" (round 150): the clause that cites this target,
    # or one citing none in the sentence of those its lead leads
    found: list[str] = []
    for sentence in sentences:
        folded = fold_keeping_length(sentence.lower())
        first = folded.find("phoi hop")
        led = _cited(sentence[:first]) if first >= 0 else set()
        for part in sentence.split(";"):
            names, clause = works_with(part)
            cited = _cited(clause)
            if names and (cited & own if cited else led & own):
                found += [n for n in names if n not in found]
    return found


def _cited(text: str) -> set[str]:
    """The target numbers ``text`` cites ("chỉ tiêu 11, 12, 13 và 22" → {"11", "12", "13", "22"})."""
    return {n.strip() for m in _TARGET_NUMBERS_RE.finditer(fold_keeping_length(text.lower()))
            for n in re.split(r",|va|-", m.group(1)) if n.strip()}


def _partners_asked(ctx: Ctx) -> bool:
    """Whether the question asks who partners ("ai phối hợp", "which agencies coordinate"),
    not who leads ("chủ trì", "lead" not said)."""
    norm = ctx.q.norm
    return "partner" in ctx.q.cues and not any(has_phrase(norm, w) for w in ("chu tri", "lead", "leads", "led"))


def _topic_indicators(ctx: Ctx):
    """The indicators whose text covers the question's words best, each plan's own, with the
    best coverage: ``([(plan, indicator)…], coverage)`` or None."""
    q = ctx.q
    if not q.terms:
        return None
    if q.years and not any(_in_period(p, q.years) for p in ctx.scope) and \
            not any(t.year in q.years for p in ctx.scope for i in p.indicators for t in i.targets) \
            and not baseline_years(q.norm, q.years) == set(q.years):
        # "luật trẻ em 2016": a year quoted in the text, not a target year (unless the plan
        # reports a result for it: "thực hiện năm 2020")
        return None
    all_scored = _scored_indicators(ctx)
    scored = _without_accent_collisions(ctx, [x for x in all_scored if x[0] >= TOPIC_THRESHOLD])
    scored = _naming_the_measure(ctx, scored)
    if not scored:
        return None
    best = max(s for s, _p, _i in scored)
    plan_best: dict[str, float] = {}
    for cov, plan, _i in scored:
        plan_best[plan.slug] = max(plan_best.get(plan.slug, 0.0), cov)
    found = []
    per_plan: dict[str, int] = {}
    # equal coverage: the indicator that has the question's words with the accents typed
    # ("biết bơi" is not "ảnh hưởng bởi bão", though both fold to "boi")
    typed = _typed_accented_words(q.text)
    # … then the one whose ages are the question's: "trẻ em 5 tuổi đi học mẫu giáo" is the
    # 5-year-olds' target, not "trẻ em từ 3 đến 5 tuổi"'s that also says "5 tuổi"
    asked_ages = _ages(q.norm)
    for cov, plan, ind in sorted(scored, key=lambda x: (-x[0], len(_ages(normalize(x[2].text)) ^ asked_ages) if asked_ages else 0,
                                                        -_accent_agreement(typed, x[2]))):
        # every plan that has the topic answers, each with its own best indicator(s)
        if cov < best - 0.2 or cov < plan_best[plan.slug] - 0.05:
            continue
        if per_plan.get(plan.slug, 0) >= (3 if ind.number is None else 1):
            continue
        per_plan[plan.slug] = per_plan.get(plan.slug, 0) + 1
        found.append((plan, ind))
    if "compare" in q.cues or len(q.localities) >= 2:
        found = _alike_across_plans(found, scored, plan_best)
        found += _compared_counterparts(ctx, found, all_scored, best)
    order = {p.slug: n for n, p in reversed(list(enumerate(ctx.idx.plans)))}   # first position of each
    found.sort(key=lambda x: order[x[0].slug])
    return found, best


_WORD_RE = re.compile(r"[^\W\d_]+")
# the ages a folded text names: "trẻ em từ 3 đến 5 tuổi" → {3, 5}, "dưới 1 tuổi" → {1}
_AGES_RE = re.compile(r"\b(\d{1,2})\s+(?:den|toi)\s+(?:duoi\s+)?(\d{1,2})\s+tuoi\b|\b(\d{1,2})\s+tuoi\b")


def _ages(folded: str) -> frozenset[int]:
    out = set()
    for m in _AGES_RE.finditer(folded):
        out |= {int(g) for g in m.groups() if g}
    return frozenset(out)



def _without_accent_collisions(ctx: Ctx, scored: list) -> list:
    """``scored`` less the indicators that reach the topic threshold only through a word the
    question typed with its accents and the indicator has only with others ("tử vong do
    đuối nước" is not "tử vong trẻ em dưới 1 tuổi": both fold to "duoi"); each such one is
    scored again with that word uncovered. A scanned plan's words lost their accents: kept."""
    typed = {k: w for k, w in typed_accents(ctx).items() if k in ctx.q.terms}
    if not typed:
        return scored
    kept = []
    for cov, plan, ind in scored:
        collided = accent_collisions(typed, ind.text)
        if collided and not plan.ocr:
            cov = ctx.cov(_indicator_doc(ctx, plan, ind), [t + "~" if t in collided else t for t in ctx.q.terms])
            if cov < TOPIC_THRESHOLD:
                continue
        kept.append((cov, plan, ind))
    return kept


def _naming_the_measure(ctx: Ctx, scored: list) -> list:
    """``scored`` less the indicators that name none of the measures the question names
    (``vocab.DISTINCT_MEASURES``: "tử vong trẻ sơ sinh" is not "tử vong trẻ em dưới 5 tuổi",
    nor "dưới 1 tuổi" "dưới 5 tuổi")."""
    asked = [p for p in vocab.DISTINCT_MEASURES if has_phrase(ctx.q.norm, p)]
    if not asked:
        return scored
    kept = []
    for cov, plan, ind in scored:
        text = f" {normalize(ind.text)} "
        # one of them ("thấp còi và nhẹ cân": the plan's stunting target answers, the rest is said missing)
        if any(any(f" {form} " in text for form in (p, *vocab.SYNONYMS.get(p, ()))) for p in asked):
            kept.append((cov, plan, ind))
    return kept


def _typed_accented_words(text: str) -> frozenset[str]:
    """The words of ``text`` typed with accents (lower case, NFC): "bơi", "còi"."""
    words = _WORD_RE.findall(unicodedata.normalize("NFC", text.lower()))
    return frozenset(w for w in words if fold(w) != w)


def _accent_agreement(typed: frozenset[str], ind) -> int:
    """How many of the words ``typed`` with accents the indicator's text has as typed."""
    if not typed:
        return 0
    said = set(_WORD_RE.findall(unicodedata.normalize("NFC", ind.text.lower())))
    return len(typed & said)


# The lowest coverage anything below reads from ``_topic_indicators``' scores
# (``_compared_counterparts``: 0.45): an indicator that cannot reach it needs no exact score.
_SCORED_FLOOR = 0.45


def _scored_indicators(ctx: Ctx) -> list:
    """``[(coverage, plan, indicator)…]`` of the indicators of the plans in scope, in order,
    leaving out only indicators whose coverage is under ``TOPIC_THRESHOLD`` and
    ``_SCORED_FLOOR``: scored all at once from postings of the indicators' words and word
    pairs (``_IndicatorWords``; at 200 plans, 5 000 indicators a question were scored one
    by one)."""
    idx = ctx.idx
    prep = idx._prepared(tuple(ctx.q.terms), ctx.soft)
    table = _indicator_words(ctx)
    if prep.words is None or not prep.total or len({p.slug for p in ctx.scope}) < len(ctx.scope) \
            or any(table.spans.get(p.slug, (None, None, None))[2] is not p for p in ctx.scope):
        return [(ctx.cov(_indicator_doc(ctx, plan, ind)), plan, ind)
                for plan in ctx.scope for ind in plan.indicators]
    covs = table.bound(prep)   # equal to each indicator's ctx.cov (tests/test_answer_scale_shape.py)
    floor = min(TOPIC_THRESHOLD, _SCORED_FLOOR) - 1e-6
    out = []
    for plan in ctx.scope:
        start, stop, _plan = table.spans[plan.slug]
        mine = covs[start:stop]
        for k in np.flatnonzero(mine >= floor).tolist():
            out.append((float(mine[k]), plan, plan.indicators[k]))
    return out


class _IndicatorWords(DocTable):
    """Every indicator of a knowledge base (its ``_indicator_doc``) in one ``DocTable``,
    numbered plan by plan, in order, to score a question's terms against all at once."""

    def __init__(self, ctx: Ctx):
        self.spans: dict[str, tuple[int, int, object]] = {}   # slug → (start, stop, plan)
        docs = []
        for plan in ctx.idx.plans:
            start = len(docs)
            docs.extend(_indicator_doc(ctx, plan, ind) for ind in plan.indicators)
            self.spans[plan.slug] = (start, len(docs), plan)
        super().__init__(docs)

    def bound(self, prep) -> "np.ndarray":
        """``DocTable.coverage``: each indicator's ``Index.coverage`` of the prepared terms."""
        return self.coverage(prep)


def _indicator_words(ctx: Ctx) -> _IndicatorWords:
    """The ``_IndicatorWords`` of ``ctx``'s knowledge base, built at its first question."""
    hit = ctx.idx.derived.get("indicator_words")
    if hit is None:
        hit = ctx.idx.derived["indicator_words"] = _IndicatorWords(ctx)
    return hit


def _alike_across_plans(found: list, scored: list, plan_best: dict) -> list:
    """``found`` with each plan's one pick, where several of its indicators cover the question
    equally ("trẻ em bị xâm hại": the rate, and those found and helped), replaced by the one
    most like the other plans' picks in words: plans compared answer with the same measure."""
    words = {id(ind): set(normalize(ind.text).split()) for _c, _p, ind in scored}
    out = []
    for plan, ind in found:
        ties = [i for c, p, i in scored if p.slug == plan.slug and c >= plan_best[plan.slug] - 1e-9]
        others = set().union(*(words.get(id(i), set()) for p, i in found if p.slug != plan.slug))
        if len(ties) > 1 and others and sum(1 for p, _i in found if p.slug == plan.slug) == 1:
            def alike(i):
                mine = words[id(i)]
                return len(mine & others) / len(mine | others)
            ind = max(ties, key=alike)
        out.append((plan, ind))
    return out


def _compared_counterparts(ctx: Ctx, found: list, all_scored: list, best: float) -> list:
    """A comparison by topic ("tỷ lệ … của Hà Nội và Cần Thơ khác nhau thế nào"): each other
    plan in scope answers with its own indicator on the topic, worded differently as it may
    be ("học sinh hoàn thành chương trình" / "trẻ em hoàn thành cấp"): the indicator of the
    same number in the shared frame when it is about the topic too, else its best match."""
    numbers = {ind.number for _p, ind in found if ind.number is not None}
    have = {p.slug for p, _i in found}
    extra = []
    for plan in ctx.scope:
        if plan.slug in have:
            continue
        mine = [(cov, ind) for cov, p, ind in all_scored if p.slug == plan.slug]
        if not mine:
            continue
        same = [(cov, ind) for cov, ind in mine if ind.number in numbers]
        if same and max(c for c, _i in same) >= 0.45:
            extra.append((plan, max(same, key=lambda x: x[0])[1]))
            continue
        cov, ind = max(mine, key=lambda x: x[0])
        if cov >= 0.5 and cov >= best - 0.25:
            extra.append((plan, ind))
    return extra


def _numbered_in_goal(ind) -> bool:
    """Whether ``ind`` is numbered within its goal as written ("Chỉ tiêu 3.1" of "Mục tiêu 3")."""
    return bool(ind.label) and ind.goal is not None and re.fullmatch(rf"{ind.goal}\.\d{{1,2}}", ind.label) is not None


def _goal_indicators(ctx: Ctx) -> list:
    """(plan, indicator) of every numbered indicator of the goals the question names ("Mục
    tiêu 1"), when it names no indicator; empty otherwise."""
    q = ctx.q
    if q.indicators:
        return []
    if q.goals:
        # (numbered, or known by a label in a group the plan cites as such: "dòng 3 Biểu số
        # 02" of the form "Biểu số 02/TE-CB" asked)
        cited = {(p.slug, g.number) for p in ctx.scope for g in p.goals if goal_citation(g)}
        # (… or numbered within its goal, "Chỉ tiêu 3.1" of "Mục tiêu 3": round 157)
        return [(p, i) for p in ctx.scope for i in p.indicators if i.goal in q.goals
                and (i.number is not None or i.label and (p.slug, i.goal) in cited or _numbered_in_goal(i))]
    # a goal named by its topic ("ai chủ trì các mục tiêu chăm sóc sức khỏe, dinh dưỡng", "who
    # leads the child protection targets"): the goals whose title covers the question's words
    if "agency_indicators" in q.cues:
        return []   # "chỉ tiêu nào … giao cho X chủ trì": the office's indicators, no goal
    terms = [t for t in q.terms if t not in _GROUP_WORDS]
    if len(set(terms)) < 2:
        return []   # one word ("giao" of "giao cho") names no goal
    # (a goal known by its letter too: "a) Về chăm sóc sức khỏe …" over numbered targets)
    scored = [(ctx.cov(make_doc("", "", g.title), terms), p, g) for p in ctx.scope for g in p.goals
              if (g.number is not None or g.label) and g.title]
    best = max((c for c, _p, _g in scored), default=0.0)
    if best < _GOAL_TOPIC_SHARE:
        return []
    chosen = {(p.slug, g.number if g.number is not None else g.label) for c, p, g in scored if c >= best - 1e-9}
    return [(p, i) for p in ctx.scope for i in p.indicators
            if ((p.slug, i.goal) in chosen or i.goal is None and (p.slug, i.goal_label) in chosen)
            and i.number is not None]


# how much of the question a goal's title must cover to be the goal asked about by topic
_GOAL_TOPIC_SHARE = 0.75
# words that say a group of goals is meant ("nhóm", "lĩnh vực", "area"), no topic of it
_GROUP_WORDS = frozenset(("nhom", "linh", "vuc", "group", "groups", "area", "areas", "field", "cluster"))


def _render_goal_leads(ctx: Ctx, found: list) -> Answer | None:
    """Who leads a goal's indicators ("ai chủ trì Mục tiêu 1?"): each lead agency with the
    indicators it leads, per plan, the agency first; None when the plan names no lead."""
    _ = ctx._
    lines, sources = [], []
    by_plan: dict[str, list] = {}
    for plan, ind in found:
        by_plan.setdefault(plan.slug, []).append((plan, ind))
    for items in by_plan.values():
        plan = items[0][0]
        led: dict[str, list[str]] = {}
        partnered: list[str] = []
        section = ""
        for _plan, ind in items:
            leads, partners, evidence = _leads_of(ctx, plan, ind)
            for name in leads:
                # (a target known by its label, "dòng 3 Biểu số 02", named so)
                led.setdefault(name, []).append(indicator_label(ind) if ind.number is not None else ind.label)
            partnered += [p for p in partners if p not in partnered]
            section = section or (evidence[0][0] if evidence else ind.section)
        if not led:
            continue
        goal = items[0][1].goal
        # the goal's own words beside its number: the question may have named it by them
        own = next((g for g in plan.goals if g.number == goal), None)
        if goal is None:
            # (a goal known by its letter: "a) Về chăm sóc sức khỏe …")
            goal = items[0][1].goal_label
            own = next((g for g in plan.goals if g.number is None and g.label == goal), None)
        title = own.title if own is not None and own.title else ""
        named = f"{goal} ({clip(title, 80)})" if title else goal
        # a reporting form ("Biểu số 02/TE-CB"): named as the plan names it, not as a goal
        cited = goal_citation(own) if own is not None else None
        group = f"{cited} ({clip(title, 80)})" if cited and title and title != cited else cited
        names = sorted(led, key=lambda n: -len(led[n]))
        partnered = [p for p in partnered if p not in led]
        if partnered and "partner" in ctx.q.cues:
            # "… phối hợp với những cơ quan nào?": the partners are the answer, said first
            lines.append(_("In coordination with: {agencies}", agencies="<b>" + esc(", ".join(partnered)) + "</b>")
                         + f" — {esc(plan_label(plan))}, " + (esc(group) if group else _("goal {n}", n=esc(named))))
        agencies = "<b>" + esc(", ".join(names)) + "</b>"
        lines.append((_("Leads of {group}: {agencies}", group=esc(group), agencies=agencies) if group else
                      _("Leads of goal {n}: {agencies}", n=esc(named), agencies=agencies)) + f" — {esc(plan_label(plan))}")
        for name in names:
            lines.append("• " + _("{agency}: indicators {numbers}", agency=esc(name),
                                   numbers=", ".join(esc(str(n)) for n in led[name])))
        if partnered and "partner" not in ctx.q.cues:
            lines.append(_("In coordination with: {agencies}", agencies=esc(", ".join(partnered))))
        cite(ctx, lines, sources, plan, section)
    if not sources:
        return None
    return _result(ctx, lines, sources, "lead", 0.9)
