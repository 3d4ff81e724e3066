"""Leads and partners an agency's paragraph names by group and item marker.

A plan whose targets are numbered within each group ("Nhóm A - Sức khỏe …: (i) tỷ suất …;
(ii) …", read by ``structure._split_inline_list``) says who leads them by those markers:
"Chủ trì các chỉ tiêu (v) của Nhóm A; (i), (ii), (iv) của Nhóm B và (i) của Nhóm D",
"Phối hợp với Công an tỉnh thực hiện chỉ tiêu (iii) của Nhóm B"; or by their codes, "Chủ
trì các chỉ tiêu I.1, II.1 và IV.1". Each run of markers closed by its group (each code)
names the indicators whose ``label`` and ``goal_label`` they are; markers numbered through
the whole plan ("chủ trì các chỉ tiêu (i), (ii) và (xvi)") name the one target each; the words
before it give the paragraph's agency's role (``tasks.mention_role``: "chủ trì" leads,
"phối hợp" partners, the task's opening verb when the clause has none).
"""

from __future__ import annotations

import re
from collections import Counter

from knowledge.model import Indicator
from knowledge.parse.roles import LEAD, PARTNER, ROLE_LINE_RE as ROLE_COLON_START_RE
from knowledge.parse.agencies import split_agencies
from knowledge.parse.goals import BRACKET_LABEL_RE
from knowledge.parse.tasks import _MENTION_RE, _PARTNERS_END_RE, mention_role, partners_named
from knowledge.text import fold_keeping_length, squash_spaces, written_label_key
from knowledge.vocab import ORDINALS

# "(v) của Nhóm A", "(i), (ii) và (iv) thuộc nhóm B", "(iii) Nhóm C": markers, then their group
_RUN_RE = re.compile(r"((?:\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)\s*(?:(?:,|va\b)\s*)?)+)"
                     r"\s*(?:cua\s+|thuoc\s+|o\s+)?nhom\s+(?:chi tieu\s+|muc tieu\s+)?([a-h]|\d{1,2}|[ivx]{1,4})\b")
_MARKER_RE = re.compile(r"\(([ivx]{1,5}|\d{1,2}|[a-h])\)")
# "chỉ tiêu thứ nhất, thứ hai và thứ ba của Mục tiêu 2" (folded): targets by their order in a goal
_ORDINAL_RUN_RE = re.compile(r"\bchi tieu\s+((?:thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s*(?:(?:,|va\b)\s*)?)+)"
                             r"\s*(?:\([^()]*\)\s*)?(?:cua\s+|thuoc\s+)?(?:muc tieu|nhom)\s+(\d{1,2})\b")
# "các gạch đầu dòng thứ nhất, thứ ba điểm c khoản 2 Mục II" (folded, "đ" kept as \x00): unlabelled
# targets by their dash's order under a lettered point of the goals
# ("gạch đầu dòng điểm c", no order: every dash of the point)
_DASH_ORDINAL_RUN_RE = re.compile(r"\bgach dau dong\s+((?:thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s*(?:(?:,|va\b)\s*)?)*)"
                                  r"\s*(?:cua\s+|thuoc\s+|tai\s+)?diem\s+([a-z\x00])(?![a-z])")
# "chỉ tiêu a, b, h thuộc Mục tiêu 2", "chỉ tiêu đ của mục tiêu 1" (folded, "đ" kept as \x00):
# targets lettered within their goal, then the goal
# ("… điểm a, b, c Mục tiêu 1 và điểm c Mục tiêu 3": a goal's points, its number right after)
# (… "chỉ tiêu e và chỉ tiêu g của mục tiêu 2.2": the goal cited by its heading's number "2.2")
_LETTER_GOAL_RUN_RE = re.compile(r"\b(?:chi tieu|diem)\s+((?:[a-z\x00](?!\w)\s*(?:(?:,|va\b)\s*(?:chi tieu\s+)?)?)+)"
                                 r"\s*(?:(?:thuoc|cua|o|tai|trong)\s+)?(?:muc tieu|nhom)\s+(?:so\s+)?(\d{1,2}(?:\.\d{1,2})?)(?![\d.]\d)")
# "chỉ tiêu a, b, c, e và t, u, v" (folded, "đ" kept as \x00): targets lettered through the plan
_BARE_LETTER_RUN_RE = re.compile(r"\bchi tieu\s+((?:[a-z\x00](?![\w.])\s*(?:(?:,|va\b)\s*)?)+)")
# "điểm đ, g, k, p và r khoản 2" (folded, "đ" kept as \x00): points of a decision's clause
_POINT_RUN_RE = re.compile(r"\bdiem\s+((?:[a-z\x00](?![a-z])\s*(?:(?:,|va\b)\s*)?)+)(?=\s*(?:khoan|dieu|$|[;.]))")
# "chủ trì các chỉ tiêu (i), (ii), (iv) và (xvi)", "thực hiện chỉ tiêu (xv)": markers alone
_BARE_RUN_RE = re.compile(r"\bchi tieu\s+(?:so\s+)?((?:\((?:[ivx]{1,5}|[a-h])\)\s*(?:(?:,|va\b)\s*)?)+)")
# "chủ trì các chỉ tiêu I.1, II.1 và IV.1", "(chỉ tiêu II.2)": items coded group.order
# … or a letter and its order ("chủ trì thực hiện các chỉ tiêu A1, A2, A4, B3 và D1"), a group's
# number and its order ("chủ trì các chỉ tiêu 1.2, 1.3 và 1.4")
_DIGIT_CODE_RUN_RE = re.compile(r"\bchi tieu\s+(?:so\s+)?(?:\d[.-]\d{1,2}(?!\d|[.,]\d)\s*(?:(?:,|va\b)\s*)?)+")
# … or letters, a hyphen and the order ("chủ trì chỉ tiêu [CA-1]", "SK-01"), the letters
# naming the lead in plans that code targets by agency
# … or letters, a space and the order ("QG 3": the national programme's number kept)
# (… or "vl12": the plan's letters glued to the order)
_CODE_RE = re.compile(r"(?<![\w.,-])([ivx]{1,4}\.\d{1,2}|\d\.\d{1,2}|[a-z]\d{1,2}|[a-z]{1,4}-\d{1,3}|[a-z]{2,4} \d{1,2}"
                      r"|[a-z]{2,4}\d{1,3}|\d-\d{1,2}"   # ("1-3": a goal's number, a hyphen, its order)
                      r"|[a-h]\.\d{1,2})(?!\w|[.,]\d|-)")   # ("c.2": a goal's letter, a dot, its order)
# "các chỉ tiêu từ 1.1 đến 1.6", "chỉ tiêu 2.1 - 2.4" (folded): every coded target between two
_CODE_RANGE_RE = re.compile(r"\bchi tieu\s+(?:so\s+)?(?:tu\s+)?(\d\.\d{1,2})\s*(?:den|[-–])\s*(?:chi tieu\s+)?(\d\.\d{1,2})(?![\d.])")
# "toàn bộ các chỉ tiêu của Mục tiêu 4", "các chỉ tiêu thuộc Mục tiêu 3" (folded): a goal's targets
# (… "các chỉ tiêu tại mục 2.1": a goal numbered under "2. Mục tiêu cụ thể", cited by its heading)
_GOAL_ALL_RE = re.compile(r"\b(?:toan bo\s+|tat ca\s+)?(?:cac\s+)?chi tieu\s+(?:cua|thuoc|tai)\s+(?:muc tieu|muc(?=\s+\d{1,2}\.\d))\s+(?:so\s+)?"
                          r"(\d{1,2}(?:\.\d{1,2})?)(?![\d.]\d)")
# "…, trừ chỉ tiêu e", "trừ chỉ tiêu e và chỉ tiêu g" (folded, "đ" kept as \x00): letters of the
# goal just named that a clause leaves out
_EXCEPT_LETTERS_RE = re.compile(r"(?:(?!muc tieu\s+\d)[^;.]){0,80}?\b(?:ngoai tru|tru|khong ke)\s+(?:cac\s+)?chi tieu\s+"
                                r"((?:[a-z\x00](?!\w)\s*(?:(?:,|va\b)\s*(?:chi tieu\s+)?)?)+)")


def _goal_key(cited: str, indicators: list[Indicator]) -> str:
    """The ``goal_label`` a goal cited by number names: as written when a goal has it, else the
    heading's own order ("mục tiêu 2.1" of a plan whose goals are "2.1. Mục tiêu về …" under "2.
    Mục tiêu cụ thể", labelled "1")."""
    labels = {(i.goal_label or "").lower() for i in indicators}
    if cited in labels or "." not in cited:
        return cited
    inner = cited.split(".", 1)[1]
    return inner if inner in labels else cited
# "…, trừ chỉ tiêu 3.4 và 3.5" (folded): codes a clause leaves out of what it gives
_EXCEPT_RE = re.compile(r"\b(?:ngoai tru|tru|khong ke)\s+(?:cac\s+)?chi tieu\s+(?:so\s+)?"
                        r"((?:(?:\d\.\d{1,2}|[a-z]{1,4}-?\d{1,3})(?![\w.])\s*(?:(?:,|va\b)\s*)?)+)")
# "chủ trì các chỉ tiêu mã YT", "các chỉ tiêu có mã NV, GD" (folded): every target whose code
# begins with those letters
_CODE_PREFIX_RUN_RE = re.compile(r"\bchi tieu\s+(?:co\s+)?ma\s+((?:[a-z]{1,4}(?![\w-])\s*(?:(?:,|va\b)\s*)?)+)")


def _as_int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _code_key(code: str) -> str:
    """A code compared however its letters and number are joined: "QG 2", "QG-2" → "qg-2"
    (``written_label_key``, "đ" kept apart from "d")."""
    return re.sub(r"^([^\W\d_]+)[ -](?=\d)", r"\1-", written_label_key(code))


def labelled_partners(text: str, indicators: list[Indicator], resolve) -> list[tuple[Indicator, list]]:
    """The agencies the paragraph's agency works with on the targets it leads by label, when
    the clause lists them with the lead ("Chủ trì chỉ tiêu 2.6, phối hợp với UBND các xã,
    thị trấn và Công an huyện; …", "Chủ trì, phối hợp với Huyện đoàn thực hiện chỉ tiêu 4.1
    và 4.2"; read as for numbered targets by ``tasks.partners_named``): [(indicator,
    [(canonical, written)…])…]; after ";" they work on another task and are none."""
    folded = fold_keeping_length(text.lower())
    mentions = [m.span() for m in _MENTION_RE.finditer(folded)]
    labelled = labelled_mentions(text, indicators)
    found = []
    for indicator, role, position in labelled:
        span = next((s for s in mentions if s[0] <= position < s[1]), None)
        if role != LEAD or span is None:
            continue
        helpers = partners_named(text, folded, span[0], resolve)
        if helpers:
            found.append((indicator, helpers))
    # "…, phối hợp với Phòng Y tế (chỉ tiêu 1.5) và Trung tâm GDNN-GDTX (chỉ tiêu 3.4)": each
    # agency works on the targets its bracket names
    for works in _BRACKETED_PARTNERS_RE.finditer(folded):
        for item in _BRACKETED_ITEM_RE.finditer(folded, works.start(1), works.end(1)):
            # ("Phòng Y tế" is a name: "phòng" ends the list only as "phòng, chống")
            if _PARTNERS_END_RE.search(re.sub(r"\bphong\b(?!,?\s*chong)", "_", " " + item.group(1))):
                break       # "phối hợp với A trong việc … (chỉ tiêu I.1)": the bracket is the task's
            pieces = split_agencies(text[item.start(1):item.end(1)])
            names = [(resolve(piece), squash_spaces(piece)) for piece in pieces if len(re.findall(r"\w+", piece)) <= 12]
            if not names or not all(n[0] for n in names):
                break
            # the bracket alone names no role; read it as the lead's ("chủ trì") to find its targets
            named = labelled_mentions("chủ trì " + text[item.start(2):item.end(2)], indicators) if names else []
            found.extend((indicator, names) for indicator, _, _ in named)
    return found


# "phối hợp với A (chỉ tiêu 1.5) và B (chỉ tiêu 3.4)" (folded): partners, each with its targets
_BRACKETED_PARTNERS_RE = re.compile(r"\bphoi hop\s+voi\s+((?:[^();.]+?\(chi tieu[^()]*\)\s*(?:,|va\b)?\s*)+)")
_BRACKETED_ITEM_RE = re.compile(r"\s*(?:va\s+)?([^();.,]+?(?:,[^();.,]+?)*)\s*(\(chi tieu[^()]*\))\s*(?:,|va\b)?")


def labelled_mentions(text: str, indicators: list[Indicator]) -> list[tuple[Indicator, str, int]]:
    """The indicators an agency's ``text`` names by group and marker, code or label, with the
    role it gives its agency there and where the marker stands, in reading order:
    [(indicator, LEAD or PARTNER, position)…] (a reporting clause gives none)."""
    labelled = {(i.goal_label.lower(), i.label.lower()): i for i in indicators
                if i.label and i.goal_label}
    # "[KHAI SINH]": a target named by its bracketed label ("Sở Tư pháp chủ trì: [KHAI SINH]")
    named = {fold_keeping_length(i.label.lower()): i for i in indicators if i.label and " " in i.label or
             i.label and not any(c.isdigit() for c in i.label)}
    # markers numbered through the whole plan ("(i)" … "(xvii)"): each names one target alone
    counts = Counter(i.label.lower() for i in indicators if i.label)
    alone = {i.label.lower(): i for i in indicators if i.label and counts[i.label.lower()] == 1}
    if not labelled and not alone and not any(i.goal_label for i in indicators):
        return []
    folded = fold_keeping_length(text.lower())
    found: list[tuple[Indicator, str, int]] = []
    for mark in BRACKET_LABEL_RE.finditer(folded) if named else ():
        indicator = named.get(squash_spaces(mark.group(1)))
        role = mention_role(folded, mark.start()) if indicator is not None else None
        if role is not None and not any(indicator is i for i, _, _ in found):
            found.append((indicator, role, mark.start()))
    # "các chỉ tiêu thứ nhất, thứ hai và thứ ba của Mục tiêu 2": ordinals, then their goal
    for run in _ORDINAL_RUN_RE.finditer(folded):
        role = mention_role(folded, run.start())
        if role is None:
            continue
        for word in re.findall(r"thu\s+(\w+)", run.group(1)):
            indicator = labelled.get((run.group(2), str(ORDINALS.get(word, 0))))
            if indicator is not None and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    # "chủ trì: chỉ tiêu a, b, h thuộc Mục tiêu 2; chỉ tiêu c thuộc Mục tiêu 4": letters, then their goal
    kept_d = fold_keeping_length(re.sub(r"(?<!\w)đ(?!\w)", "\x00", text.lower()))
    for run in _LETTER_GOAL_RUN_RE.finditer(kept_d) if labelled else ():
        role = mention_role(folded, run.start())
        for letter in re.findall(r"(?<![a-z])([a-z\x00])(?![a-z])", run.group(1)) if role is not None else ():
            indicator = labelled.get((_goal_key(run.group(2), indicators), letter.replace("\x00", "đ")))
            if indicator is not None and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    # "gạch đầu dòng thứ hai điểm b": the second unlabelled target under point b, in plan order
    by_point: dict[str, list[Indicator]] = {}
    for indicator in indicators:
        if indicator.goal_label and not indicator.label:
            by_point.setdefault(indicator.goal_label.lower(), []).append(indicator)
    for run in _DASH_ORDINAL_RUN_RE.finditer(kept_d) if by_point else ():
        role = mention_role(folded, run.start())
        members = by_point.get(run.group(2).replace("\x00", "đ"), [])
        orders = [ORDINALS.get(word, 0) for word in re.findall(r"thu\s+(\w+)", run.group(1))] \
            or list(range(1, len(members) + 1))
        for order in orders if role is not None else ():
            indicator = members[order - 1] if 0 < order <= len(members) else None
            if indicator is not None and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    # "các chỉ tiêu tại điểm đ, g, k và r khoản 2 Điều 1": a decision's points by letter
    for run in _POINT_RUN_RE.finditer(kept_d):
        role = mention_role(folded, run.start())
        for letter in re.findall(r"(?<![a-z])([a-z\x00])(?![a-z])", run.group(1)) if role is not None else ():
            indicator = alone.get(letter.replace("\x00", "đ"))
            if indicator is not None and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    # "chủ trì thực hiện các chỉ tiêu a, b, c, e và t, u, v": letters running through the plan
    # (each names the one target it labels; a goal after them is read above)
    goal_runs = [run.span() for run in _LETTER_GOAL_RUN_RE.finditer(kept_d)]
    for run in _BARE_LETTER_RUN_RE.finditer(kept_d) if alone else ():
        if any(a <= run.start() < b for a, b in goal_runs):
            continue
        role = mention_role(folded, run.start())
        for letter in re.finditer(r"(?<![a-z])([a-z\x00])(?![a-z])", run.group(1)) if role is not None else ():
            # a letter as the plan wrote it, no accent: "chỉ tiêu ở Mục tiêu 5", "chỉ tiêu y tế"
            # name no target lettered "o" or "y"
            written = text.lower()[run.start(1) + letter.start(1)]
            if written not in "abcdefghijklmnopqrstuvwxyzđ":
                continue
            indicator = alone.get(letter.group(1).replace("\x00", "đ"))
            if indicator is not None and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    grouped = [run.span() for run in _RUN_RE.finditer(folded)]
    for run in _BARE_RUN_RE.finditer(folded):
        if any(s <= run.start(1) < e for s, e in grouped):
            continue    # "(v) của Nhóm A": read by its group below
        role = mention_role(folded, run.start())
        for marker in _MARKER_RE.findall(run.group(1)) if role is not None else ():
            indicator = alone.get(marker)
            if indicator is not None and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    # (keyed with "đ" kept: "ĐT-1" of Tỉnh đoàn and "DT-1" of Sở Dân tộc are two codes)
    coded = {_code_key(i.label): i for i in indicators
             if i.label and ("." in i.label or i.label[-1:].isdigit())}
    # codes a clause names as left out ("trừ chỉ tiêu 3.4 và 3.5"): no role of this clause
    excepted = [m.span(1) for m in _EXCEPT_RE.finditer(folded)]
    left_out = {_code_key(c) for a, b in excepted for c in re.findall(r"\d\.\d{1,2}|[a-z]{1,4}-?\d{1,3}", text[a:b].lower())}
    # "các chỉ tiêu từ 1.1 đến 1.6": the coded targets between, in the plan's order
    ordered = [i for i in indicators if i.label and _code_key(i.label) in coded]
    for run in _CODE_RANGE_RE.finditer(folded) if coded else ():
        first = coded.get(_code_key(text[run.start(1):run.end(1)]))
        last = coded.get(_code_key(text[run.start(2):run.end(2)]))
        role = mention_role(folded, run.start()) if first is not None and last is not None else None
        if role is None:
            continue
        a, b = next(k for k, i in enumerate(ordered) if i is first), next(k for k, i in enumerate(ordered) if i is last)
        for indicator in ordered[a:b + 1] if a <= b else ():
            if not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    # "toàn bộ các chỉ tiêu của Mục tiêu 4", "các chỉ tiêu thuộc Mục tiêu 3, trừ …": the goal's targets
    for run in _GOAL_ALL_RE.finditer(folded):
        role = mention_role(folded, run.start())
        key = _goal_key(run.group(1), indicators)
        # ("…, trừ chỉ tiêu e": the goal's letters left out)
        letters_out = _EXCEPT_LETTERS_RE.match(kept_d, run.end())
        skipped = {x.replace("\x00", "đ") for x in re.findall(r"(?<![a-z])([a-z\x00])(?![a-z])", letters_out.group(1))} \
            if letters_out else set()
        for indicator in indicators if role is not None else ():
            if not ((indicator.goal_label or "").lower() == key or indicator.goal == _as_int(key)):
                continue
            if (indicator.label or "").lower() in skipped:
                continue
            if not indicator.baseline \
                    and _code_key(indicator.label or "") not in left_out \
                    and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start()))
    # (codes after "chỉ tiêu", or listed after a role's colon: "Chủ trì: S1, S2, S3")
    if coded and ("chi tieu" in folded or ROLE_COLON_START_RE.match(folded)):
        # "1.5 lần", "mục 3.2": a digit code only in a run of codes after "chỉ tiêu"
        runs = [m.span() for m in _DIGIT_CODE_RUN_RE.finditer(folded)]
        for match in _CODE_RE.finditer(folded):
            if match.group(1)[0].isdigit() and not any(a <= match.start() < b for a, b in runs):
                continue
            if any(a <= match.start() < b for a, b in excepted):
                continue    # "trừ chỉ tiêu 3.4": left out, not given
            indicator = coded.get(_code_key(text[match.start(1):match.end(1)]))
            role = mention_role(folded, match.start()) if indicator is not None else None
            if role is not None and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, match.start()))
    for run in _CODE_PREFIX_RUN_RE.finditer(folded) if coded else ():
        role = mention_role(folded, run.start())
        prefixes = re.findall(r"[a-zđ]+", written_label_key(text[run.start(1):run.end(1)])) if role is not None else ()
        for code, indicator in coded.items():
            if code.split("-")[0] in prefixes and "-" in code and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    for run in _RUN_RE.finditer(folded):
        role = mention_role(folded, run.start())
        if role is None:
            continue
        group = run.group(2)
        for marker in _MARKER_RE.findall(run.group(1)):
            indicator = labelled.get((group, marker))
            if indicator is not None and not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, run.start(1)))
    return found


# "nhóm chỉ tiêu 2.1", "nhóm B", "Nhóm mục tiêu II" (folded): a group named by its label
_GROUP_NAMED_RE = re.compile(r"\bnhom\s+(?:chi tieu\s+|muc tieu\s+)?(\d{1,2}(?:\.\d{1,2})?|[a-h]|[ivx]{1,4})(?![\w.])")
_CLAUSE_RE = re.compile(r"(?:[^;.]|\.(?!\s|$))+(?:[;.]|$)")   # "2.1" is no clause's end


def group_members(label: str, indicators: list[Indicator]) -> list[Indicator]:
    """The indicators of the group ``label`` ("2.1", "B", "II"): those whose goal carries the
    label, or that stand under a heading numbered with it ("2.1. Nhóm chỉ tiêu về …")."""
    label = label.lower()
    own = [i for i in indicators if (i.goal_label or "").lower() == label]
    if own:
        return own
    return [i for i in indicators
            if any(p.startswith((f"{label}.", f"{label})")) and "nhom" in p
                   for p in (fold_keeping_length(part.strip().lower()) for part in (i.section or "").split("›")))]


# "nhóm chỉ tiêu về chăm sóc sức khỏe" (folded): a group named by its title, to the clause's
# next comma or role
_GROUP_TITLED_RE = re.compile(r"\bnhom (?:cac )?(?:chi tieu|muc tieu) (?:ve )?((?:(?!chu tri|phoi hop|tru)[^,;.()])+?)"
                              r"\s*(?=[,;.()]|$|\s(?:chu tri|phoi hop|tru)\b)")


def titled_members(title: str, indicators: list[Indicator]) -> list[Indicator]:
    """The indicators of the group whose title is ``title`` (folded, "cham soc suc khoe"), as
    their group or their section's last part names it ("Chăm sóc sức khỏe"); [] when none."""
    title = title.strip()
    if len(title) < 4:
        return []

    def own(i: Indicator) -> str:
        group = i.group or (i.section or "").split("›")[-1]
        return re.sub(r"^(?:nhom (?:cac )?(?:chi tieu|muc tieu) )?(?:ve )?", "", fold_keeping_length(group.strip().lower()))

    return [i for i in indicators if own(i) == title]


def group_roles(text: str, indicators: list[Indicator], agencies_in) -> list[tuple[Indicator, str, list]]:
    """(indicator, role, agencies) a paragraph gives to whole groups of targets by their label:
    "Phân công: Sở Y tế chủ trì nhóm chỉ tiêu 2.1; Công an tỉnh, Sở Giáo dục và Đào tạo phối
    hợp. Riêng chỉ tiêu về đuối nước do Sở Văn hóa … chủ trì". A clause naming the group
    gives it the agencies named before "chủ trì" (lead) and those after "phối hợp với" or
    before "phối hợp" (partners); the next clauses of the paragraph go on with that group; a
    clause about one target by topic ("riêng chỉ tiêu về …") is left to the topic readers.
    ``agencies_in(clause, folded)`` gives [(position, [(canonical, written)…])…]."""
    folded_text = fold_keeping_length(text.lower())
    if "nhom" not in folded_text or not re.search(r"chu tri|phoi hop", folded_text):
        return []
    found: list[tuple[Indicator, str, list]] = []
    members: list[Indicator] = []
    for match in _CLAUSE_RE.finditer(text):
        clause = match.group()
        folded = fold_keeping_length(clause.lower())
        named = _GROUP_NAMED_RE.search(folded)
        titled = None if named else _GROUP_TITLED_RE.search(folded)
        if named:
            # "chủ trì nhóm chỉ tiêu 2.1 và nhóm chỉ tiêu 2.2": every group the clause names
            members = [i for m in _GROUP_NAMED_RE.finditer(folded) for i in group_members(m.group(1), indicators)]
        elif titled and titled_members(titled.group(1), indicators):
            # "Sở Y tế chủ trì nhóm chỉ tiêu về chăm sóc sức khỏe, trừ …": the group by its title
            named = titled
            members = titled_members(titled.group(1), indicators)
        elif "chi tieu" in folded:
            continue    # "riêng chỉ tiêu về đuối nước do …": one target, by topic
        if not members:
            continue
        names = agencies_in(clause, folded)
        lead = re.search(r"\bchu tri\b", folded)
        partner = re.search(r"\bphoi hop(\s+voi)?\b", folded)
        leads = [n for pos, ns in names for n in ns if lead and named and pos < lead.start()]
        if partner and partner.group(1):
            partners = [n for pos, ns in names for n in ns if pos > partner.start()]
        elif partner:
            partners = [n for pos, ns in names for n in ns if pos < partner.start() and not (lead and pos < lead.start())]
        else:
            partners = []
        for indicator in members:
            if leads:
                found.append((indicator, LEAD, leads))
            if partners:
                found.append((indicator, PARTNER, partners))
    return found


# "…; Sở Tư pháp và Sở Văn hóa, Thể thao và Du lịch phối hợp." (folded clause): agencies, then
# "phối hợp" with nothing of its own after it but how ("trong việc …", "thực hiện")
_TRAILING_PARTNERS_RE = re.compile(r"\bphoi hop\b(?!\s+voi\b)(?:\s+(?:thuc hien|trong|de)\b[^;]*)?\s*[.;]?\s*$"
                                    # "…; Trung tâm Y tế huyện là đơn vị phối hợp, trực tiếp triển khai …"
                                    r"|\bla\s+(?:cac\s+)?(?:don vi|co quan)\s+phoi hop\b")


def trailing_partners(text: str, agencies_in) -> list:
    """The agencies of each clause of ``text`` written "A, B phối hợp." (or "A là đơn vị phối
    hợp, …") after an agency's own clause, naming no target of their own ("Chủ trì chỉ tiêu thứ tư của Mục tiêu 2 (tảo
    hôn); Sở Tư pháp và Sở Văn hóa, Thể thao và Du lịch phối hợp."): the partners of what the
    paragraph's agency leads. ``agencies_in(clause, folded)`` as for ``group_roles``."""
    found = []
    for k, match in enumerate(_CLAUSE_RE.finditer(text)):
        clause = match.group()
        folded = fold_keeping_length(clause.lower())
        tail = _TRAILING_PARTNERS_RE.search(folded)
        if k == 0 or tail is None or "chi tieu" in folded or "chu tri" in folded:
            continue
        # the names end where "(là đơn vị) phối hợp" starts
        found.extend(n for pos, names in agencies_in(clause[:tail.start()], folded[:tail.start()])
                     for n in names if n not in found)
    return found


# "Sở Y tế chủ trì: [A], [B]." / "Sở Y tế chủ trì (thống kê), Sở Nội vụ phối hợp: [C]." (as
# written): the agencies before the role, the targets after the colon
_SUBJECT_ROLE_RE = re.compile(
    r"^(?P<who>[^:\[\]]{3,160}?)\s+(?P<role>chủ trì|phối hợp)(?:\s+thực hiện)?(?:\s*\([^()]*\))?\s*:\s*(?P<refs>.*\[.*)$",
    re.IGNORECASE)
# … the lead and, after a comma, its partners before the same colon
_LEAD_THEN_PARTNERS_RE = re.compile(
    r"^(?P<lead>.+?)\s+chủ trì(?:\s*\([^()]*\))?\s*,\s*(?P<partners>.+)$", re.IGNORECASE)
# "Phối hợp: Hội Liên hiệp Phụ nữ tỉnh ([A], [B]); UBND các huyện ([C])." (as written)
_ROLE_THEN_AGENCIES_RE = re.compile(r"^\s*(?P<role>chủ trì|phối hợp)(?:\s+thực hiện)?\s*:\s*(?P<items>.*\(\s*\[.*)$",
                                    re.IGNORECASE)
_AGENCIES_WITH_LABELS_RE = re.compile(r"(?P<who>[^();]+?)\s*\((?P<refs>\s*\[[^()]*)\)")


def label_roles(text: str, indicators: list[Indicator], resolve) -> list[tuple[Indicator, str, list]]:
    """Who leads and partners the targets named by bracketed labels, in a line of assignments
    ("Sở Tư pháp chủ trì: [KHAI SINH].", "Sở Y tế chủ trì (thống kê), Sở Nội vụ phối hợp:
    [TAI NẠN THƯƠNG TÍCH].", "Phối hợp: Sở Y tế, Công an tỉnh ([KHAI SINH]); Tỉnh đoàn
    ([BIẾT BƠI])."): [(indicator, LEAD or PARTNER, [(canonical, written)…])…]; an agency
    ``resolve`` does not know is left out, a line naming none gives nothing."""
    named = {fold_keeping_length(i.label.lower()): i for i in indicators
             if i.label and BRACKET_LABEL_RE.fullmatch(f"[{i.label}]")}
    if not named or ("[" not in text and "«" not in text):
        return []

    def targets(refs: str) -> list[Indicator]:
        found = []
        for mark in BRACKET_LABEL_RE.finditer(fold_keeping_length(refs.lower())):
            indicator = named.get(squash_spaces(mark.group(1)))
            if indicator is not None and indicator not in found:
                found.append(indicator)
        return found

    def agencies(words: str) -> list:
        names = [(resolve(piece), squash_spaces(piece)) for piece in split_agencies(words)]
        return [n for n in names if n[0]]

    found: list[tuple[Indicator, str, list]] = []
    # lines a paragraph joined ("Phối hợp: … ([A]). Sở Nội vụ chủ trì: [B].") read one by one
    for line in re.split(r"(?<=[.)\]])\s+(?=[A-ZĐÀ-Ỹ])", squash_spaces(text).strip()):
        found.extend(_line_label_roles(line, targets, agencies))
    return found


def _line_label_roles(line: str, targets, agencies) -> list[tuple[Indicator, str, list]]:
    """``label_roles`` of one sentence: ``targets(refs)`` the indicators its labels name,
    ``agencies(words)`` the agencies its words name."""
    found: list[tuple[Indicator, str, list]] = []
    subject = _SUBJECT_ROLE_RE.match(line)
    if subject and not re.match(r"(?i)\s*(?:chủ trì|phối hợp)\b", subject.group("who")):
        role = LEAD if subject.group("role").lower() == "chủ trì" else PARTNER
        split = _LEAD_THEN_PARTNERS_RE.match(subject.group("who")) if role == PARTNER else None
        groups = [(LEAD, split.group("lead")), (PARTNER, split.group("partners"))] if split \
            else [(role, subject.group("who"))]
        for indicator in targets(subject.group("refs")):
            for given, words in groups:
                names = agencies(words)
                if names:
                    found.append((indicator, given, names))
        return found
    listed = _ROLE_THEN_AGENCIES_RE.match(line)
    if listed:
        role = LEAD if listed.group("role").lower() == "chủ trì" else PARTNER
        for item in _AGENCIES_WITH_LABELS_RE.finditer(listed.group("items")):
            names = agencies(item.group("who"))
            for indicator in targets(item.group("refs")) if names else ():
                found.append((indicator, role, names))
    return found
