"""Targets written in running prose inside a goal's section.

Some plans list no indicators: each goal is a title line ("Mục tiêu 1. Về sức khỏe …")
followed by paragraphs that state two to five indicators in running sentences, some numbered
inline ("(1) tỷ lệ … đạt 96% vào năm 2025, phấn đấu đạt 98% vào năm 2030; (2) tỷ suất …"),
some not numbered at all ("Đến năm 2030, tỷ lệ lây truyền HIV từ mẹ sang con giảm xuống dưới
2%."), and close with who leads them ("Giao Sở Y tế chủ trì, phối hợp với … thực hiện các chỉ
tiêu của Mục tiêu 1"; ``tasks.goal_assignments`` reads that sentence).

Within such a section each clause that states a measurable figure (a sentence, cut further at
``;`` and at an inline "(n)") is an indicator with the targets ``parse_targets`` reads in it;
a clause whose figures name no measure of their own ("…; phấn đấu đạt 98% vào năm 2030")
goes on with the indicator before it. A clause without a figure ("Công tác tiêm chủng tiếp
tục được ưu tiên:") and a sentence that assigns agencies ("… chủ trì …") set none.

Numbering (``number_clauses``): a clause numbered inline keeps its number; the clauses
without one are numbered in reading order after the highest inline number of the whole plan
(a plan numbering 7 of its 16 indicators inline, "(1)" … "(7)", numbers the other nine 8 …
16 in the order they are read). An inline number met a second time counts as no number. A
plan that numbers none numbers them 1, 2, 3 … in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from knowledge.model import Target
from knowledge.parse.targets import names_no_measure, parse_targets
from knowledge.text import fold_keeping_length, squash_spaces

# An inline number opening a clause: "(1) tỷ lệ …", "… 2030. (4) Tỷ lệ …".
_INLINE_NUMBER_RE = re.compile(r"(?:(?<=\s)|^)\((\d{1,2})\)\s+(?=\w)")
# A sentence that assigns agencies sets no target: "Giao Sở Y tế chủ trì …".
_ASSIGNS_RE = re.compile(r"(?<![a-z])(?:chu tri|phoi hop voi|giao\s+(?:cho\s+)?(?:so|ban|uy ban|cong an|ubnd))(?![a-z])")


# A sentence's end in running prose: a full stop before a capital or an inline number, also
# after a year ("… vào năm 2030. Về dinh dưỡng, …"); decimals ("14,5", "100.000") have no space.
_SENTENCE_END_RE = re.compile(r"(?<=\.)\s+(?=[A-ZÀ-ỸĐ]|\(\d{1,2}\)\s)")


def prose_sentences(text: str) -> list[str]:
    """``text`` cut into sentences at each full stop followed by a capital or "(n)"."""
    return [s.strip() for s in _SENTENCE_END_RE.split(squash_spaces(text)) if s.strip()]


# Who leads a target, in brackets in its own sentence: "(do Sở Tư pháp chủ trì)".
OWN_LEAD_RE = re.compile(r"\s*\((?:do\s+)?[^()]{2,120}\bchủ trì\b[^()]*\)")


@dataclass
class ProseClause:
    """One indicator stated in running text: its words, the number written before it (None
    when it has none) and its targets."""
    text: str
    inline_number: int | None
    targets: list[Target] = field(default_factory=list)
    number: int | None = None       # set by ``number_clauses``
    areas: list[Target] = field(default_factory=list)   # "…; riêng các huyện miền núi: dưới 24%"


def _pieces(sentence: str) -> list[tuple[int | None, str]]:
    """A sentence cut at each inline "(n)" and at ``;`` outside brackets: (number, text)."""
    result: list[tuple[int | None, str]] = []
    marks = list(_INLINE_NUMBER_RE.finditer(sentence))
    starts = [(0, None)] + [(m.start(), int(m.group(1))) for m in marks]
    for k, (start, number) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(sentence)
        chunk = sentence[start:end]
        if number is not None:
            chunk = _INLINE_NUMBER_RE.sub("", chunk, count=1)
        parts, depth, begin = [], 0, 0
        for i, ch in enumerate(chunk):
            depth += (ch == "(") - (ch == ")" and depth > 0)
            if ch == ";" and depth == 0:
                parts.append(chunk[begin:i])
                begin = i + 1
        parts.append(chunk[begin:])
        for j, part in enumerate(parts):
            part = part.strip(" ;,")
            if part:
                result.append((number if j == 0 else None, part))
    return result


def _names_no_measure(targets: list[Target]) -> bool:
    return all(names_no_measure(t.metric) for t in targets)


# a clause giving a part of the province its own figure: "riêng các huyện miền núi …" (folded)
# (a part of the province: "riêng các huyện miền núi", "riêng vùng đồng bào dân tộc thiểu số",
# "riêng xã đảo"; a group of children is a target of its own, "riêng trẻ em khuyết tật đạt 85%")
_APART_RE = re.compile(r"^rieng\s+(?:o\s+|tai\s+|doi voi\s+)?(?:cac\s+|nhung\s+)?(?:xa|huyen|vung|khu vuc|phuong"
                       r"|thi tran|thi xa|dia ban|thanh pho|quan|mien|dac khu|thon|ban)\b")
# "…; riêng năm 2027 đạt ít nhất 96%": the measure before it, its figure for a year of its own
_APART_YEAR_RE = re.compile(r"^rieng\s+(?:trong\s+|vao\s+)?nam\s+(?:19|20)\d\d\b")
# a clause of every year ("hằng năm tổ chức …", "mỗi năm …"): no year opening its sentence is its
_EVERY_YEAR_RE = re.compile(r"\b(?:hang nam|moi nam|hang nam|tung nam)\b")


def _area_targets(targets: list[Target], before: list[Target]) -> list[Target]:
    """The targets of a "riêng <part> đạt …" clause as that part's (``Target.area``, the
    words before its figure), in the measure of the clause before it (its last target's)."""
    base = before[-1] if before else None
    result = []
    for target in targets:
        area = re.sub(r"^\s*(?:riêng|Riêng)\s+", "", squash_spaces(target.metric)).strip(" ,:")
        if not area or base is None:
            continue
        result.append(replace(target, metric=base.metric, metric_index=base.metric_index,
                              qualifier=area, area=area))
    return result


# a year opening a sentence for all its clauses: "Phấn đấu đến năm 2030:", "Đến hết năm 2028,"
_OPENING_RE = re.compile(r"^\s*(?:Phấn đấu\s+)?(?:đến|Đến|tới|Tới)\s+(?:hết\s+)?năm\s+(?:19|20)\d\d\s*[,:]")
# a sub-goal's title opening its paragraph: "Về chăm sóc sức khỏe: Tỷ lệ …", or its own line
# joined to the paragraph under it, "Về chăm sóc sức khỏe Phấn đấu đến năm 2030: tỷ lệ …"
_ABOUT_TITLE_RE = re.compile(r"^(Về\s+[^:;.\d]{2,90}?)(?:\s*:\s+|\s+(?=(?:Phấn đấu|Đến|Tới|Tỷ|Tỉ|Giảm|Tăng|Duy trì|"
                             r"Bảo đảm|Đảm bảo|Mỗi|Hằng năm|\d)))")


def titled_clauses(body: str, least: int = 2) -> tuple[str, list[ProseClause]] | None:
    """A sub-goal written as one paragraph, "Về chăm sóc sức khỏe: <sentences>" (its title,
    its clauses), when two or more clauses each state a measure with its own figures (blind
    rounds 152 and 154); None for a paragraph of fewer than ``least`` measures."""
    title = _ABOUT_TITLE_RE.match(body)
    if not title:
        return None
    clauses = _same_measures_joined(prose_clauses(body[title.end():]))
    return (title.group(1).strip(), clauses) if len(clauses) >= least else None


# words of a measure that say how it must move, not what it is
_MOVING_WORDS = frozenset("giam tang xuong len duoi tren dat con muc phan dau nang khong vuot qua it nhat".split())


def _measure_words(clause: ProseClause) -> tuple[str, ...] | None:
    """The words naming the one measure a clause sets figures for, in order (None for several)."""
    if len({t.metric_index for t in clause.targets}) != 1:
        return None
    words = tuple(w for w in re.findall(r"[a-z]+|\d+", fold_keeping_length(clause.targets[0].metric.lower()))
                  if w not in _MOVING_WORDS)
    return words if len(set(words)) >= 3 else None


# words that make a measure a group's or a part's of another ("… ở vùng dân tộc thiểu số")
_GROUP_WORDS = frozenset("dan toc thieu so vung mien nui khuyet tat ngheo xa huyen bien gioi dao nong thon "
                         "thanh thi gai trai rieng".split())


def _same_measure(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one name is the other said shorter: the shorter its beginning ("tỷ lệ suy dinh
    dưỡng thể thấp còi" of "… thấp còi ở trẻ em dưới 5 tuổi"), the rest naming no group or
    part ("… dân tộc thiểu số dưới 1 tuổi" is a group's own measure; "suy dinh dưỡng" is not
    "suy dinh dưỡng thể thấp còi")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[:len(short)] == short and not set(long[len(short):]) & _GROUP_WORDS


def _same_measures_joined(clauses: list[ProseClause]) -> list[ProseClause]:
    """A sub-goal's sentences a year apiece ("Phấn đấu đến năm 2027: …; giảm tỷ lệ … thấp còi
    … xuống dưới 14,5%. Phấn đấu đến năm 2030: …; giảm tỷ lệ … thấp còi xuống dưới 12%"): a
    measure named again for another year is the target named before, its figures joined
    (the words of one name hold the other's; no year of the one is the other's)."""
    joined: list[ProseClause] = []
    for clause in clauses:
        words = _measure_words(clause)
        years = {t.year for t in clause.targets}
        same = next((c for c in joined if words and (w := _measure_words(c)) and _same_measure(w, words)
                     and not years & {t.year for t in c.targets}), None)
        if same is None:
            joined.append(clause)
            continue
        first = same.targets[0]
        same.text = f"{same.text}; {clause.text[:1].lower()}{clause.text[1:]}"
        same.targets = same.targets + [replace(t, metric=first.metric, metric_index=first.metric_index)
                                       for t in clause.targets]
        same.areas = same.areas + clause.areas
    return joined


def prose_clauses(text: str) -> list[ProseClause]:
    """The indicators stated in a goal section's paragraph ``text``, in reading order, not
    yet numbered (``number_clauses``)."""
    clauses: list[ProseClause] = []
    text = re.sub(r"^\s*(\d{1,2})\)\s+", r"(\1) ", text)     # "1) Tỷ lệ …" as "(1) Tỷ lệ …"
    for sentence in prose_sentences(text):
        # "(do Sở Tư pháp chủ trì)" in a target's sentence names who leads it, no figure
        sentence = OWN_LEAD_RE.sub("", sentence)
        if _ASSIGNS_RE.search(fold_keeping_length(sentence)):
            continue
        # "Phấn đấu đến năm 2030: tỷ lệ … đạt 98%, năm 2027 đạt 96%; tỷ suất … dưới 18‰; …":
        # the year opening the sentence is each clause's own, where the clause names none
        opening = _OPENING_RE.match(sentence)
        for k, (number, piece) in enumerate(_pieces(sentence)):
            piece = piece.rstrip(" .")
            # (… not a clause of every year: "hằng năm tổ chức ít nhất 02 lớp …")
            own_year = not opening or not k or _EVERY_YEAR_RE.search(fold_keeping_length(piece.lower()))
            targets = parse_targets(piece if own_year else f"{opening.group(0)} {piece}", eliminations=True)
            if not targets:
                continue
            if clauses and number is None and _APART_YEAR_RE.match(fold_keeping_length(piece)):
                # "…; riêng năm 2027 đạt ít nhất 96%": the measure before it, for that year
                last = clauses[-1]
                first = last.targets[0]
                last.text = f"{last.text}; {piece}"
                last.targets = last.targets + [replace(t, metric=first.metric, metric_index=first.metric_index)
                                               for t in targets]
                continue
            if clauses and number is None and _APART_RE.match(fold_keeping_length(piece)):
                # "…; riêng các huyện miền núi phía Tây đạt dưới 24% vào năm 2030": a part of the
                # province's own figure of the measure before it, asked only by that part's name
                clauses[-1].areas.extend(_area_targets(targets, clauses[-1].targets))
                continue
            if clauses and number is None and _names_no_measure(targets):
                # "…; phấn đấu đạt 98% vào năm 2030": the measure before it, again
                last = clauses[-1]
                last.text = f"{last.text}; {piece}"
                last.targets = parse_targets(last.text, eliminations=True)
                continue
            clauses.append(ProseClause(text=piece[:1].upper() + piece[1:], inline_number=number,
                                       targets=targets))
    return clauses


def number_clauses(clauses: list[ProseClause], taken: set[int] = frozenset()) -> None:
    """Number ``clauses`` (the whole plan's, in reading order) as the module says: inline
    numbers kept, the others after the highest inline number; ``taken`` numbers (indicators
    read otherwise) are skipped."""
    used = set(taken)
    for clause in clauses:
        if clause.inline_number is not None and clause.inline_number not in used:
            clause.number = clause.inline_number
            used.add(clause.number)
    following = max(used, default=0)
    for clause in clauses:
        if clause.number is None:
            following += 1
            clause.number = following
