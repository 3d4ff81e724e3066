"""Leads and partners an agency's paragraph names by topic, not by number.

A plan whose targets carry no numbers ("+ Tỷ lệ trẻ em … đạt 95% …") says who leads them in
its agencies' paragraphs by what they are about: "Sở Y tế chủ trì các chỉ tiêu về tử vong trẻ
em dưới 1 tuổi, suy dinh dưỡng thấp còi, tiêm chủng mở rộng và lây truyền HIV từ mẹ sang con;
phối hợp với Sở Lao động - Thương binh và Xã hội trong chỉ tiêu về trẻ em có hoàn cảnh đặc
biệt". Each topic of such a list is the indicator whose words hold most of the topic's (at
least 60 %, one best); the paragraph's agency leads ("chủ trì … chỉ tiêu về") or partners
("phối hợp … chỉ tiêu về", "phối hợp với X trong chỉ tiêu về") it. An indicator assigned by
number, by a table or by its own bracket keeps those agencies: this reader only fills gaps.
"""

from __future__ import annotations

import re

from knowledge.model import Indicator
from knowledge.parse.roles import LEAD, PARTNER
from knowledge.text import fold_keeping_length

# "chủ trì (thực hiện) (các) chỉ tiêu (về)", "phối hợp (thực hiện) chỉ tiêu về", "phối hợp với
# Sở X trong (việc thực hiện) chỉ tiêu về": the role, then the topics up to the clause's end
_ROLE_RE = re.compile(
    r"(?<![a-z])(chu tri|phoi hop)(?:\s+voi\s+(?P<with>[^;.]{2,120}?)\s+(?:trong|ve|o)(?:\s+viec)?"
    r"|\s+voi\s+(?P<with_>[^;.]{2,60}?)(?=\s+thuc hien))?"
    r"(?:\s+(?:thuc hien|theo doi))?\s+(?:cac\s+|nhung\s+)?chi tieu\s+(?:ve\s+)?(?=\S)")
# (… "chỉ tiêu về nước sạch tại mục 2.4": where the plan sets it is no word of its topic)
_CLAUSE_END_RE = re.compile(r";|\.(?!\d)|,\s+(?:phoi hop|chu tri|dong thoi|bao dam|thuc hien)\b|\s*(?<![a-z])(?:tai|thuoc)\s+muc\b")
_MORE_TOPICS_RE = re.compile(r"\s*(?:tai|thuoc)\s+muc\s+[\d.]*\d\s*(?:,\s*|\s+)(?:va\s+)?(?:cac\s+)?chi tieu\s+(?:ve\s+)?(?=\S)")
_LIST_CUT_RE = re.compile(r",\s+|\s+va\s+(?:chi tieu\s+(?:ve\s+)?)?")
_STOP = set("ve cho cua tre em cac va chi tieu danh o tai trong nhung duoc co la nam".split())
_SHARE = 0.6     # of a topic's words an indicator must hold


def _words(folded: str) -> set[str]:
    # a number whole ("1.000" is not "1")
    return {w for w in re.findall(r"[a-z]+|\d+(?:[.,]\d+)*", folded) if w not in _STOP}


def _indicator_for(topic: str, indicators: list[Indicator], words_of: dict[int, set[str]]) -> Indicator | None:
    """The one indicator holding most of ``topic``'s words (at least ``_SHARE``), else None."""
    words = _words(topic)
    if len(words) < 2:
        return None
    scored = sorted(((len(words & words_of[id(i)]) / len(words), n) for n, i in enumerate(indicators)),
                    reverse=True)
    if not scored or scored[0][0] < _SHARE or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return indicators[scored[0][1]]


def indicators_named(topics: str, indicators: list[Indicator]) -> list[Indicator]:
    """The indicators a list of topics names ("Tử vong trẻ em dưới 1 tuổi, dưới 5 tuổi; suy
    dinh dưỡng thể thấp còi; tiêm chủng đầy đủ", a cell of a table of who leads which
    targets), each the one indicator holding most of its topic's words, in order."""
    folded = fold_keeping_length(topics.lower())
    if not indicators:
        return []
    words_of = {id(i): _words(fold_keeping_length(i.text.lower())) for i in indicators}
    found: list[Indicator] = []
    for clause in folded.split(";"):
        for indicator in _topics_of(clause, indicators, words_of):
            if not any(indicator is i for i in found):
                found.append(indicator)
    return found


def _topics_of(span: str, indicators: list[Indicator], words_of: dict[int, set[str]]) -> list[Indicator]:
    """The indicators of each topic of ``span`` ("A, B và C"), a topic sharing the head of
    the one before read with it ("dưới 1 tuổi và dưới 5 tuổi")."""
    found = []
    previous = ""
    for topic in _LIST_CUT_RE.split(span):
        indicator = _indicator_for(topic, indicators, words_of)
        head = topic.split()[0] if topic.split() else ""
        if indicator is None and previous and f" {head} " in f" {previous} ":
            # "tử vong trẻ em dưới 1 tuổi và dưới 5 tuổi": the second shares the first's head
            indicator = _indicator_for(previous[:f" {previous} ".index(f" {head} ")] + " " + topic,
                                       indicators, words_of)
        previous = topic
        if indicator is not None:
            found.append(indicator)
    return found


def topic_roles(text: str, indicators: list[Indicator]) -> list[tuple[Indicator, str]]:
    """The (indicator, role) pairs an agency's ``text`` gives by topic ("chủ trì các chỉ tiêu
    về A, B và C" → A, B, C led), in reading order; role is ``LEAD`` or ``PARTNER``."""
    return [(indicator, role) for indicator, role, _ in _topic_matches(text, indicators)]


def topic_partners(text: str, indicators: list[Indicator]) -> list[tuple[Indicator, str]]:
    """(indicator, the words naming its partners) of each indicator an agency's ``text`` leads
    with others, by topic: "chủ trì, phối hợp với Tỉnh đoàn và Sở Giáo dục và Đào tạo thực
    hiện chỉ tiêu hỏi ý kiến trẻ em" → (that indicator, "Tỉnh đoàn và Sở Giáo dục và Đào tạo")."""
    return [(indicator, helpers) for indicator, role, helpers in _topic_matches(text, indicators)
            if role == LEAD and helpers]


def _topic_matches(text: str, indicators: list[Indicator]) -> list[tuple[Indicator, str, str]]:
    """(indicator, role, the words after "phối hợp với" when the agency leads with others)."""
    folded = fold_keeping_length(text.lower())
    if "chi tieu" not in folded or not indicators:
        return []
    words_of = {id(i): _words(fold_keeping_length(i.text.lower())) for i in indicators}
    found: list[tuple[Indicator, str, str]] = []
    for match in _ROLE_RE.finditer(folded):
        # "chủ trì, phối hợp với Tỉnh đoàn … thực hiện chỉ tiêu …": the agency leads, with them
        if match.group("with_") and not _OFFICE_HEAD_RE.match(match.group("with_")):
            continue   # "phối hợp với cha mẹ học sinh thực hiện chỉ tiêu …": no office, no role
        led = match.group(1) == "chu tri" or re.search(r"chu tri\s*,?\s*$", folded[:match.start()])
        role = LEAD if led else PARTNER
        named = "with" if match.group("with") else "with_"
        helpers = text[match.start(named):match.end(named)] if led and match.group(named) else ""
        end = _CLAUSE_END_RE.search(folded, match.end())
        span = folded[match.end():end.start() if end else len(folded)]
        topics = _topics_of(span, indicators, words_of)
        # "các chỉ tiêu tại mục 2.3 và chỉ tiêu về nước sạch … tại mục 2.4": the role goes on
        # to the next "chỉ tiêu về" of its clause
        while end is not None and (then := _MORE_TOPICS_RE.match(folded, end.start())):
            end = _CLAUSE_END_RE.search(folded, then.end())
            topics += _topics_of(folded[then.end():end.start() if end else len(folded)], indicators, words_of)
        # "chỉ tiêu về A; B; C. Chỉ đạo …": the list goes on past a ";" while each part is
        # a topic of its own (no role, no task: "phối hợp với …", "hướng dẫn …" name none)
        while topics and end is not None and folded[end.start()] == ";":
            following = _CLAUSE_END_RE.search(folded, end.end())
            part = folded[end.end():following.start() if following else len(folded)]
            more = [] if _ROLE_WORD_RE.search(part) else _topics_of(part, indicators, words_of)
            if not more:
                break
            topics += more
            end = following
        for indicator in topics:
            if not any(indicator is i for i, _, _ in found):
                found.append((indicator, role, helpers))
    return found


# what an office's name starts with (folded): "phối hợp với Sở Y tế thực hiện chỉ tiêu …"
_OFFICE_HEAD_RE = re.compile(r"(?:cac\s+)?(?:so|phong|cong an|uy ban|ubnd|hoi|doan|ban|trung tam|tinh doan|thanh doan"
                             r"|huyen doan|quan doan|bo|cuc|vien|toa an|lien doan|dai|bao|quy|bao hiem)\b")
_ROLE_WORD_RE = re.compile(r"(?<![a-z])(?:chu tri|phoi hop)(?![a-z])")


# "(riêng) chỉ tiêu về đăng ký khai sinh do Sở Tư pháp chủ trì, Công an tỉnh phối hợp" (folded)
_PASSIVE_TOPIC_RE = re.compile(r"\bchi tieu\s+(?:ve\s+)?(?P<topic>(?:(?!chi tieu)[^;.]){3,80}?)\s+do\s+(?P<who>[^;.]{3,120}?)\s+chu tri\b"
                               r"(?:\s*,\s*(?P<helpers>[^;.]{3,120}?)\s+phoi hop\b"
                               # "… do Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh"
                               r"|\s*,\s*phoi hop voi\s+(?P<with>[^;.]{3,120}?)(?=\s*(?:[;.]|$)))?")


def passive_topic_roles(text: str, indicators: list[Indicator], agencies_in) -> list[tuple[Indicator, str, list]]:
    """(indicator, role, agencies) of each target a sentence assigns by topic in the passive:
    "riêng chỉ tiêu về đăng ký khai sinh do Sở Tư pháp chủ trì, Công an tỉnh phối hợp" →
    (that target, LEAD, [Sở Tư pháp]), (that target, PARTNER, [Công an tỉnh]). The topic is
    the one indicator holding most of its words (``indicators_named``).
    ``agencies_in(text, folded)`` gives [(position, [(canonical, written)…])…]."""
    folded = fold_keeping_length(text.lower())
    if " do " not in folded or "chi tieu" not in folded or not indicators:
        return []
    found: list[tuple[Indicator, str, list]] = []
    for match in _PASSIVE_TOPIC_RE.finditer(folded):
        named = indicators_named(text[match.start("topic"):match.end("topic")], indicators)
        if len(named) != 1:
            continue
        for group, role in (("who", LEAD), ("helpers", PARTNER), ("with", PARTNER)):
            if match.group(group):
                span = text[match.start(group):match.end(group)]
                names = [n for _pos, ns in agencies_in(span, folded[match.start(group):match.end(group)]) for n in ns]
                if names:
                    found.append((named[0], role, names))
    return found
