"""Questions no reading may answer: a campaign or plan year nobody covers, a kind of fact the
plans in scope do not give (an official's name, a statistic, a budget amount no plan writes,
a bank account)."""

from __future__ import annotations

import re

from knowledge import vocab
from knowledge.answer.campaigns import campaign_in_years, campaign_part
from knowledge.answer.common import Answer, Ctx, _decline, _years_text
from knowledge.answer.contacts import _h_address
from knowledge.answer.format import esc, phone_line, plan_label
from knowledge.answer.population import _h_population, _h_population_share, _h_units, asks_share, asks_units
from knowledge.index import make_doc
from knowledge.model import COUNT
from knowledge.query import has_phrase
from knowledge.text import fold_keeping_length, normalize


def _missing_campaign_year(ctx: Ctx) -> Answer | None:
    """"Tháng hành động … năm 2023" when only the 2020 campaign is known: say so, never
    answer with the 2020 campaign."""
    q = ctx.q
    if not q.campaign or not q.years:
        return None
    campaigns = [(p, c) for p in ctx.idx.plans for c in p.campaigns]
    part = campaign_part(q)
    if not campaigns or any(campaign_in_years(p, c, q.years, part) for p, c in campaigns):
        return None
    if any(p.period_start and p.period_end and all(p.period_start <= y <= p.period_end for y in q.years)
           and any(all(str(y) in passage.text and re.search(rf"\b{y}\b", passage.text) for y in q.years)
                   and q.campaign in normalize(passage.text) for passage in p.passages)
           for p in ctx.scope):
        # a plan for those years whose passage names the campaign and the year ("Hằng năm tổ
        # chức Tháng hành động …; lễ phát động năm 2026 tại …"): it may answer (the year tested
        # first: only a passage naming it is normalised)
        return None
    _ = ctx._
    return _decline(ctx, intent="no_such_year", with_topics=False, message=_(
        "The knowledge base has no plan for this campaign in {years}. It has: {names}.",
        years=_years_text(q.years), names=esc("; ".join(dict.fromkeys(c.name for _p, c in campaigns)))))


def _missing_plan_year(ctx: Ctx) -> Answer | None:
    """A year outside the period of every plan in scope ("2040" for plans up to 2030):
    decline, naming the periods the plans do cover, unless the year is quoted in their text
    (a law "năm 2016"), in which case only a passage quoting it may answer."""
    q = ctx.q
    dated = [p for p in ctx.scope if p.period_start and p.period_end]
    if not dated:
        return None
    if q.period and not q.years:
        # "giai đoạn 2016-2020": a span no plan in scope overlaps has no plan to answer from
        if any(p.period_start <= q.period[1] and q.period[0] <= p.period_end for p in dated):
            return None
        _ = ctx._
        periods = "; ".join(f"{plan_label(p)} ({p.period})" for p in dated)
        return _decline(ctx, intent="no_such_year", with_topics=False, message=_(
            "No plan I have covers {years}, so I have no target for it. The plans cover: {periods}.",
            years=esc(f"{q.period[0]}–{q.period[1]}"), periods=esc(periods)))
    if not q.years:
        return None
    if any(p.period_start <= y <= p.period_end for p in dated for y in q.years):
        return None
    if any(t.year in q.years for p in ctx.scope for i in p.indicators for t in i.targets):
        return None   # a result the plan reports for a year before its period ("thực hiện năm 2020")
    quoted = any(re.search(rf"\b{y}\b", passage.text) for p in ctx.scope for passage in p.passages
                 for y in q.years)
    if quoted and not q.indicators and not q.cues & {"count", "plan_info", "list_plans", "campaign"}:
        return None
    _ = ctx._
    periods = "; ".join(f"{plan_label(p)} ({p.period})" for p in dated)
    return _decline(ctx, intent="no_such_year", with_topics=False, message=_(
        "No plan I have covers {years}, so I have no target for it. The plans cover: {periods}.",
        years=_years_text(q.years), periods=esc(periods)))


_STATISTIC_RE = re.compile(vocab.STATISTIC_RE)
_PRESENT_COUNT_RE = re.compile(vocab.PRESENT_COUNT_RE)


def _any_phrase(norm: str, phrases) -> bool:
    return any(has_phrase(norm, p) for p in phrases)


# what one pays asked (folded): "thẻ giá bao nhiêu", "học phí … bao nhiêu", "price", "fee" ("tham
# gia bao nhiêu", "quốc gia" are no price; "bao nhiêu tiền" of a campaign asks its budget)
_PRICE_ASKED_RE = re.compile(r"(?<!tham )(?<!quoc )\bgia (?:bao nhieu|bn|la bao nhieu|mot|1)\b"
                             r"|\b(?:hoc phi|le phi|vien phi|gia ve|ve vao cua|ve vao)\b[^.?]{0,60}\b(?:bao nhieu|bn|how much)\b"
                             r"|\b(?:price|prices|fee|fees)\b|\bhow much does (?:a|an|one|it) \w+ cost\b")


def _asks_price(norm: str, text: str) -> bool:
    """Whether a question asks what a person pays; "giá" typed with accents must be "giá" (a
    question typed with accents whose "gia" has none means "gia", not a price)."""
    match = _PRICE_ASKED_RE.search(norm)
    if match is None:
        return False
    typed = text.lower()
    if match.group(0).startswith("gia ") and typed != fold_keeping_length(typed) and "giá" not in typed:
        return False
    return True
# an amount of money as plans write it: "18.600 triệu đồng", "2,5 tỷ đồng" (folded)
_MONEY_RE = re.compile(r"\b\d[\d.,]*\s*(?:trieu|ty|nghin|ngan)?\s*dong\b")


def _an_indicator_says_it(ctx: Ctx, headcount: bool = False) -> bool:
    """Whether a plan in scope has an indicator about what the question asks, for a year the
    question names or one its plan sets targets for ("số vụ xâm hại … giảm bao nhiêu vào năm
    2025" asks for a target, not a statistic, when a plan sets one). ``headcount``: the
    question asks how many people there are ("Huế có bao nhiêu trẻ em khuyết tật năm 2025?"),
    which only an indicator counting them says, not a rate of them."""
    from knowledge.answer.common import TOPIC_THRESHOLD, _indicator_doc

    q = ctx.q
    # a year the last answer left ("chỉ tiêu 9 … 2030" → "bao nhiêu trẻ em ở Hà Nội") is no
    # target year of this question; nor do words every indicator has ("trẻ em") name one
    if not q.years or "years" in q.inherited or not q.terms:
        return False
    # (words every plan has name a topic only when an indicator holds nearly all of them:
    # "số xã có hội đồng trẻ em năm 2028" of a target "Số xã … có Hội đồng trẻ em hoạt động")
    rare = ctx.idx.weight(max(q.terms, key=ctx.idx.weight)) >= _TOPIC_WORD_SHARE * ctx.idx.max_idf
    if not rare and len(set(q.terms)) < 3:
        return False    # "có bao nhiêu trẻ em năm 2025": "trẻ em" alone names no topic
    def sets_it(plan, ind) -> bool:
        own = [t for t in ind.targets if not headcount or t.unit == COUNT and _counts_people(t)]
        if any(t.year in q.years for t in own):
            return True
        # ("| Số xã có điểm tư vấn … | - | 60 | 90 |": no figure for 2026 in a plan of 2026 -
        # 2030, a target all the same, whose reader says so and gives the years it has)
        years = [t.year for t in own if t.year is not None and not t.achieved]
        span = [y for y in (plan.period_start, plan.period_end) if y is not None] + years
        return len(years) >= 2 and all(min(span) <= y <= max(span) for y in q.years) \
            and not _COUNT_ASKED_RE.search(q.norm)   # ("bao nhiêu vụ … năm 2022": a statistic)

    return any(
        ctx.cov(_indicator_doc(ctx, plan, ind)) >= (TOPIC_THRESHOLD if rare else _NEARLY_ALL) and sets_it(plan, ind)
        for plan in ctx.scope for ind in plan.indicators)


# a count asked as such (folded): "bao nhiêu", "bn", "how many"
_COUNT_ASKED_RE = re.compile(r"\b(?:bao nhieu|bn|how many|how much)\b")


# how much of a question's common words one indicator must hold to be its topic
_NEARLY_ALL = 0.85


# "có bao nhiêu trẻ em", "hiện có mấy em": "có" (there are) before the count asks a headcount
_THERE_ARE_RE = re.compile(r"\bco\s+$")


# what a count of people counts, folded ("1.240 trẻ em", "35.120 em"; no "2 buổi/ngày")
# ("48 trường hợp" trẻ em tử vong; "35.120/36.200", a part of a whole, is read apart)
_PEOPLE_RE = re.compile(r"^(?:tre|em|hoc sinh|nguoi|chau|be|nu sinh|nam sinh|truong hop)\b")
# English asking how many there are, not what a target reaches ("how many children join …")
_THERE_ARE_EN_RE = re.compile(r"\b(?:are|were|is) there\b|\blive[sd]?\b|\bliving\b|\bin total\b|\bexist\b",
                              re.IGNORECASE)


def _counts_people(target) -> bool:
    """Whether a count target counts people (its noun "trẻ em", "học sinh"; none written)."""
    return not target.counted or target.counted.startswith("/") or bool(_PEOPLE_RE.match(normalize(target.counted)))


def _headcount(norm: str, statistic: re.Match, text: str = "") -> bool:
    """Whether the statistic matched in ``norm`` asks how many people there are ("có bao
    nhiêu trẻ em …", "How many children with disabilities are there in Cần Thơ?"), not how
    many a target reaches ("bao nhiêu trẻ biết bơi năm 2025", "how many children join …");
    ``text`` the question as typed (its English words)."""
    counted = statistic.groupdict().get("counted")
    if not (counted in vocab.POPULATION_WORDS or counted == "hoc sinh"):
        return False
    if statistic.group(0).startswith("how many"):
        return bool(_THERE_ARE_EN_RE.search(text))
    # (a question word after "có": "… trung học cơ sở học sinh" holds "co so" and asks nothing)
    return bool(re.match(r"(?:bao nhieu|bn|may)\b", statistic.group(0))) \
        and bool(_THERE_ARE_RE.search(norm[:statistic.start()]))


# how much of a question's topic a passage must hold to answer how many children it counts
_TOPIC_COVERED = 0.8
# … and of those, how much outside the words of the children counted
_TOPIC_OUTSIDE = 0.5


def _a_plan_states_the_count(ctx: Ctx, counted: str) -> bool:
    """Whether a plan in scope states the count asked ("bao nhiêu xã, phường, đặc khu" of a
    plan that says "114 xã, phường, đặc khu"; "how many children … learn to swim each year"
    of a plan whose indicator counts them): an indicator about it counting in numbers, not a
    rate, or a passage about it with a number before ``counted`` (folded, the noun the
    question counts). A question naming a year the plan sets nothing for asks a statistic
    (``_an_indicator_says_it`` decides those)."""
    from knowledge.answer.common import PASSAGE_THRESHOLD, TOPIC_THRESHOLD
    from knowledge.answer.passages import _scored

    q = ctx.q
    # "hiện có bao nhiêu": how things stand today — only a result the plan reports says it
    # ("Thực hiện 2025: 3 điểm"), never a target
    present = _any_phrase(q.norm, vocab.PRESENT_WORDS)
    if not q.terms or not ctx.scope:
        return False
    if ctx.idx.weight(max(q.terms, key=ctx.idx.weight)) < _TOPIC_WORD_SHARE * ctx.idx.max_idf:
        return False   # words every plan has ("trẻ em") name no topic
    if q.years:
        # a year named: only a passage that names it, or a plan of that one year ("Kế hoạch
        # năm 2027 … tập huấn cho 1.200 cộng tác viên"), states its count (round 155) — of a
        # topic the question names beyond what it counts and where ("Tây Ninh năm 2027 có bao
        # nhiêu xã" asks the province's communes, a statistic)
        topic = [t for t in q.terms if t not in counted.split() and t not in _PLACE_NOUNS]
        return bool(topic) and not present and counted not in vocab.POPULATION_WORDS and _a_passage_states(ctx, counted)
    # the question's topic beyond what it counts and where ("Lâm Đồng có bao nhiêu xã,
    # phường?" has none: the province's communes, no target's), in the target's own words (a
    # breakdown's district names are no topic: "Huyện Đầm Dơi có bao nhiêu trẻ em?")
    topic = [t for t in q.terms if t not in counted.split() and t not in _PLACE_NOUNS]
    people = counted in vocab.POPULATION_WORDS or counted == "hoc sinh"
    if topic and any(ctx.cov(_own_words_doc(ctx, plan, ind), topic) >= TOPIC_THRESHOLD
                     for plan in ctx.scope for ind in plan.indicators
                     # (people asked: a count of them, not "học 2 buổi/ngày" in a rate's name)
                     if any(t.unit == COUNT and t.achieved == present and (not people or _counts_people(t))
                            for t in ind.targets)):
        return True
    if present:
        return False
    if counted in vocab.POPULATION_WORDS:
        return False   # "40.000 trẻ em" in a passage about swimming counts no one else
    return _a_passage_states(ctx, counted)


def _a_passage_states(ctx: Ctx, counted: str) -> bool:
    """Whether a passage on the question's topic writes a number before ``counted`` (folded),
    not a target's for a year ("đạt 124 xã, phường vào năm 2030"); with a year asked, a
    passage naming it or of a plan of that year alone."""
    from knowledge.answer.common import PASSAGE_THRESHOLD
    from knowledge.answer.passages import _scored

    years = set(ctx.q.years)
    counted_re = re.compile(rf"(?<![\w.,/])\d+(?:[.,/]\d+)*\s+(?:\w+\s+)?{re.escape(counted)}\b"   # not "3. Số xã"
                            rf"(?![^.;]{{0,40}}\b(?:vao|den)\s+nam\s+20\d\d)")
    positions, _uni, _bi, cov = _scored(ctx)

    def of_the_year(doc) -> bool:
        plan = ctx.idx.by_slug.get(doc.plan)
        alone = plan is not None and plan.period_start == plan.period_end and {plan.period_start} == years
        return not years or alone or all(re.search(rf"\b{y}\b", doc.text) for y in years)

    # (read as written, folded: a table's cells apart — "| 15 | [XÃ PHÙ HỢP] |" is no "15 xã")
    return any(counted_re.search(fold_keeping_length(ctx.idx.docs[i].text.lower())) and of_the_year(ctx.idx.docs[i])
               for i in positions[cov[positions] >= PASSAGE_THRESHOLD].tolist())


# children an event gathers, counted ("khoảng 150 trẻ em đại biểu", "120 em", "80 đại biểu")
_GATHERED_RE = re.compile(r"(?<![\w.,/])\d+(?:[.,]\d+)*\s+(?:\w+\s+)?(?:tre em|tre|em|dai bieu)\b"
                          r"(?![^.;]{0,40}\b(?:vao|den)\s+nam\s+20\d\d)")


def _a_passage_counts_them(ctx: Ctx, counted: str) -> bool:
    """Whether a passage on the very topic asked counts the children it is about ("Diễn đàn
    trẻ em … với khoảng 150 trẻ em đại diện … tham gia" for "diễn đàn … bao nhiêu em tham
    gia"): nearly all the question's words beyond what it counts and where, and a number
    before the children. A question with no such topic ("Hòa Sơn có bao nhiêu trẻ em?") asks
    a statistic; children counted in passing elsewhere ("dạy bơi cho 40.000 trẻ em") answer
    no other topic."""
    from knowledge.answer.common import PASSAGE_THRESHOLD
    from knowledge.answer.passages import _scored

    q = ctx.q
    topic = [t for t in q.terms if t not in counted.split() and t not in _PLACE_NOUNS]
    if q.years or not topic or not ctx.scope or _any_phrase(q.norm, vocab.PRESENT_WORDS):
        return False
    positions, _uni, _bi, cov = _scored(ctx)
    for i in positions[cov[positions] >= PASSAGE_THRESHOLD].tolist():
        passage = ctx.idx.docs[i]
        text = fold_keeping_length(passage.text.lower())
        if not _GATHERED_RE.search(text) or not _covers_topic(ctx, passage, topic):
            continue
        for found in _GATHERED_RE.finditer(text):
            # the topic said in the number's sentence, outside the children it counts:
            # "học bổng cho 50 trẻ em có hoàn cảnh khó khăn" counts children helped, not how
            # many are in hardship
            start = text.rfind(". ", 0, found.start()) + 1
            end = min([j for j in (text.find(c, found.end()) for c in ",;.") if j >= 0] or [len(text)])
            stop = text.find(". ", found.end())
            outside = passage.text[start:found.start()] + passage.text[end:stop if stop >= 0 else len(text)]
            # (what they are counted as, "150 trẻ em đại biểu", is the count's own words)
            named = [t for t in topic if t not in text[found.start():end].split()] or topic
            if ctx.cov(ctx.idx.doc(passage.plan, passage.section, outside), named) >= _TOPIC_OUTSIDE:
                return True
    return False


def _covers_topic(ctx: Ctx, passage, topic: list[str]) -> bool:
    """Whether a passage (a ``Doc`` of the index, its words in the postings) holds nearly
    all of the question's ``topic`` words."""
    return ctx.cov(ctx.idx.doc(passage.plan, passage.section, passage.text), topic) >= _TOPIC_COVERED


def _own_words_doc(ctx: Ctx, plan, ind):
    """The indicator's own words (no district a breakdown allots it to) as a matching
    document, built once per knowledge base beside ``common._indicator_doc``'s."""
    docs = ctx.idx.indicator_docs
    key = ("own", plan.slug, id(ind))
    doc = docs.get(key)
    if doc is None:
        doc = docs[key] = make_doc("", "", ind.text)
    return doc


# what a count question counts or where, folded: no topic of its own
_PLACE_NOUNS = frozenset("xa phuong thi tran huyen quan thon ban to dan pho tp tx thanh dac khu tinh".split())
# the share of the rarest word's idf a question's rarest word needs to name an indicator's topic
_TOPIC_WORD_SHARE = 0.2


def _child_case(ctx: Ctx) -> Answer | None:
    """Someone telling of one child in harm ("em bé 8 tuổi bị bố đánh, tôi nên làm gì?") gets
    the hotlines the plans publish, at once: a plan's passage would be no help, and a plain
    "not found" would leave them without one."""
    norm = ctx.q.norm
    if not (_any_phrase(norm, vocab.CHILD_HARM_WORDS) and _any_phrase(norm, vocab.HELP_WORDS)
            and _any_phrase(norm, vocab.CASE_WORDS)):
        return None
    seen, lines = set(), []
    for plan in ctx.idx.plans:
        for c in plan.contacts:
            label = normalize(c.label)
            if c.number not in seen and ("quoc gia" in label or "bao ve tre em" in label):
                seen.add(c.number)
                lines.append(f"{phone_line(c, ctx._)} — {esc(c.label)}")
    _ = ctx._
    text = _("If a child is in danger or being harmed, call now:") + "\n" + "\n".join(lines[:3]) if lines \
        else _("If a child is in danger or being harmed, call the child protection hotline or the police now.")
    text += "\n" + _("I answer questions about the plans; I cannot advise on one child's case.")
    return Answer(text, False, [], 0.0, [], "child_case", [])


def _departments_not_number(norm: str, statistic: re.Match, text: str) -> bool:
    """Whether the "so" a statistic was read from is "sở" (departments), not "số" (a number):
    "các sở, quận huyện phải xây dựng kế hoạch …" — written "sở", followed by a comma, or after
    "các"/"những" (folded ``norm``, the question as typed ``text``)."""
    if not statistic.group(0).startswith("so "):
        return False
    if re.search(r"\b(?:cac|nhung)\s+$", norm[:statistic.start()]):
        return True
    # the typed word before the counted one: "sở, quận" / "sở quận" — not a "Sở Y tế" elsewhere
    counted = statistic.groupdict().get("counted") or ""
    typed = text.lower()
    folded = fold_keeping_length(typed)
    return any(typed[m.start():m.start() + 2] == "sở" or "," in m.group(0)
               for m in re.finditer(rf"\bso\s*,?\s*{re.escape(counted)}\b", folded))


# a person named in a plan's words, by the honorific before a name of capitalised words: "bà
# Ksor H'Bia, Trưởng phòng …", "ông Nguyễn Văn A (Phó Giám đốc …)"
_PERSON_NAMED_RE = re.compile(r"\b(?:[ÔôBb]ng|[Bb]à)\s+(\w[\w'’-]*)\s+(\w[\w'’-]*)")


def _names_a_person(ctx: Ctx) -> bool:
    """Whether a plan in scope names a person ("Đầu mối liên hệ: bà Ksor H'Bia, Trưởng phòng
    …"): then "trưởng phòng … là ai" may be answered from its words, and saying the plans name
    no one would be a confident wrong answer."""
    roles = [r for r in vocab.PERSON_ROLES if _any_phrase(ctx.q.norm, (r,))]
    return any(m.group(1)[:1].isupper() and m.group(2)[:1].isupper()
               and any(re.search(rf"(?<!\bpho )\b{r}\b", normalize(p.text)) for r in roles)   # the role asked ("phó giám đốc" is no "giám đốc")
               for plan in ctx.scope for p in plan.passages for m in _PERSON_NAMED_RE.finditer(p.text))


def _absent_fact(ctx: Ctx) -> Answer | None:
    """A question asking for a kind of fact the plans never give — an official's name, a
    statistic about children, a budget amount — is declined, saying so: a related passage,
    the plan's header or an indicator count would be a confident wrong answer."""
    q, _ = ctx.q, ctx._
    norm = q.norm
    case = _child_case(ctx)
    if case is not None:
        return case
    if q.terms and all(len(t) < 2 for t in q.terms) and not any(t.isdigit() for t in q.terms) \
            and not (q.cues or q.plans or q.agencies or q.indicators or q.goals or q.years):
        # a letter alone ("q", typed to quit the console chat) asks nothing: a passage holding it
        # would be an answer to no question
        return _decline(ctx, intent="too_short", with_topics=False)
    if q.terms and all(t.isdigit() for t in q.terms) and not (q.cues or q.plans or q.agencies or q.indicators
                                                            or q.goals or q.years):
        # a bare number ("15") asks nothing: any figure holding it would be a confident guess
        return _decline(ctx, intent="bare_number", with_topics=False, message=_(
            "Which plan, indicator or topic is this number about? For example: “indicator 14 Hà Nội”."))
    if "signer" not in q.cues and _any_phrase(norm, vocab.PERSON_ROLES) \
            and _any_phrase(norm, vocab.PERSON_NAME_CUES) and not _names_a_person(ctx):
        return _decline(ctx, intent="absent_name", with_topics=False, message=_(
            "The plans do not give the names of officials (directors, heads of offices); "
            "they name only the agencies responsible."))
    if asks_units(q.cue_text or norm):
        # "có bao nhiêu xã, phường sau sắp xếp": the count the plan itself states (its
        # situation section), before any target about communes is read for it
        stated = _h_units(ctx)
        if stated is not None:
            return stated
    if asks_share(q.cue_text or norm) and not q.indicators and not q.labels:
        # "trẻ em chiếm bao nhiêu phần trăm dân số": the share the plan writes beside its count
        # … and none written for what is asked: no figure stands for it (a target's "chiếm 24,1%"
        # read from the same sentence would be another group's)
        return _h_population_share(ctx) or _decline(ctx, intent="absent_statistic", message=_(
            "The plans do not give statistics such as the number of children; they set targets "
            "(mostly rates) and assign tasks."))
    statistic = _STATISTIC_RE.search(norm) or (
        _PRESENT_COUNT_RE.search(norm) if _any_phrase(norm, vocab.PRESENT_WORDS) else None)
    if statistic and _departments_not_number(norm, statistic, q.text or ""):
        statistic = None
    if statistic and not _any_phrase(norm, vocab.TARGET_WORDS) and not q.indicators and not q.labels \
            and "%" not in q.text and not (statistic.groupdict().get("counted") and _an_indicator_says_it(ctx, _headcount(norm, statistic, q.text))) \
            and not (statistic.group("counted") and _a_plan_states_the_count(ctx, statistic.group("counted"))):
        # "bao nhiêu % trẻ em …" asks for a rate; "dân số trẻ em" (the population) is asked of no
        # target, whatever indicator shares its words — unless the plan itself writes the count
        counted = statistic.groupdict().get("counted")
        if counted in vocab.POPULATION_WORDS or counted == "hoc sinh":
            stated = _h_population(ctx, counted)
            if stated is not None:
                return stated
        if counted in vocab.POPULATION_WORDS and _a_passage_counts_them(ctx, counted):
            return None    # the passage that counts them answers

        return _decline(ctx, intent="absent_statistic", message=_(
            "The plans do not give statistics such as the number of children; they set targets "
            "(mostly rates) and assign tasks."))
    if _any_phrase(norm, vocab.PENALTY_WORDS) and not any(
            has_phrase(normalize(passage.text), word)
            for plan in (ctx.scope or ctx.idx.plans) for passage in plan.passages for word in vocab.PENALTY_STATED):
        # "không đăng ký khai sinh đúng hạn bị phạt bao nhiêu": a passage on birth registration
        # or a deadline would be a confident wrong answer
        return _decline(ctx, intent="absent_penalty", message=_(
            "The plans do not set fines or penalties; those are set by the decrees on "
            "administrative sanctions."))
    if _asks_price(norm, q.text or "") and not _any_phrase(norm, vocab.BUDGET_WORDS):
        # "thẻ BHYT giá bao nhiêu", "học phí mầm non bao nhiêu": what a person pays — the plans
        # set targets, not prices; a target holding "thẻ bảo hiểm y tế" would be a wrong answer
        return _decline(ctx, intent="absent_price", message=_(
            "The plans do not give prices or fees (a card, a school fee, a service); they set "
            "targets and assign tasks."))
    # (the amount cue as typed too: "what did Hanoi spend", "spend" read "kinh phí")
    if _any_phrase(norm, vocab.BUDGET_WORDS) and (_any_phrase(norm, vocab.AMOUNT_CUES)
                                                 or _any_phrase(q.cue_text or "", vocab.AMOUNT_CUES)) \
            and not any(getattr(plan, "funding", None) for plan in ctx.scope) \
            and not any(_MONEY_RE.search(normalize(passage.text)) for plan in ctx.scope for passage in plan.passages):
        return _decline(ctx, intent="absent_budget", with_topics=False, message=_(
            "The plans do not state a budget amount; they only say where the funding comes from."))
    unbudgeted = _unbudgeted_year(ctx, norm)
    if unbudgeted is not None:
        return unbudgeted
    absent = _absent_agency(ctx)
    if absent is not None:
        return absent
    asked = [word for word in vocab.IDENTIFIER_WORDS if has_phrase(norm, word)]
    plans = ctx.scope or ctx.idx.plans
    if asked and any(w in ("email", "e mail", "thu dien tu", "website", "trang web", "trang thong tin dien tu")
                     for w in asked):
        # an address a plan in scope writes ("hộp thư điện tử treem.syt@…") is its answer
        written = _h_address(ctx, asked)
        if written is not None:
            return written
    if asked and not any(has_phrase(normalize(passage.text), word)
                         for plan in plans for passage in plan.passages for word in asked):
        return _decline(ctx, intent="absent_identifier", with_topics=False, message=_(
            "The plans do not give bank accounts, e-mail addresses or websites; "
            "they give only the hotlines they list."))
    return None


# an amount a plan says for every year ("… mỗi năm", "hằng năm", "/năm"), folded
_YEARLY_AMOUNT_RE = re.compile(r"\b(?:moi nam|hang nam|binh quan)\b|/\s*nam\b")


def _clause_of(text: str, written: str) -> str:
    """The clause of ``text`` (between semicolons) holding ``written``; the whole when absent."""
    return next((c for c in text.split(";") if written and written in c), text)


def _unbudgeted_year(ctx: Ctx, norm: str) -> Answer | None:
    """An amount asked for one year ("ngân sách tỉnh bố trí năm 2028 bao nhiêu") of plans
    named that budget amounts, none of them that year's nor a yearly one: say the plans give
    no amount for it. Their period's total, or another year's amount, quoted instead would be
    a confident wrong answer (blind round 169: "năm 2028" answered with the 2026-2030 figures).
    None when the year is the end of a span ("đến năm 2030", "giai đoạn … 2030") or another
    check applies."""
    q = ctx.q
    if len(q.years) != 1 or q.period or not ctx.explicit or not ctx.scope:
        return None
    if not (_any_phrase(norm, vocab.BUDGET_WORDS) and (_any_phrase(norm, vocab.AMOUNT_CUES)
                                                       or _any_phrase(q.cue_text or "", vocab.AMOUNT_CUES))):
        return None
    year = q.years[0]
    if not re.search(rf"\b(?:nam|in|for) {year}\b", norm) or re.search(rf"\b(?:den|toi|giai doan)\s+(?:nam\s+)?{year}\b", norm):
        return None
    for plan in ctx.scope:
        rows = getattr(plan, "funding", None) or []
        if not rows or plan.period_start == plan.period_end == year:
            return None
        if any(r.period == str(year) or str(year) in (r.source or "") or str(year) in (r.text or "")
               or _YEARLY_AMOUNT_RE.search(normalize(_clause_of(r.text or "", r.written))) for r in rows):
            return None
    _ = ctx._
    return _decline(ctx, intent="absent_budget_year", with_topics=False, message=_(
        "The plans give no amount for {year}; they budget the period as a whole.", year=year))


# The head of an agency's name, which many agencies share: what is left names the one meant.
_AGENCY_HEADS = frozenset("so ban phong uy nhan dan hoi lien hiep cap tinh thanh pho huyen quan thi xa "
                          "co quan don vi".split())
_AGENCY_CUES = frozenset({"lead", "partner", "tasks", "agency_indicators"})


def _absent_agency(ctx: Ctx) -> Answer | None:
    """An agency the question names, asked about in a plan it names, that this plan never
    mentions ("Kế hoạch 97 giao Sở Giao thông vận tải chủ trì chỉ tiêu nào?" of a plan with
    no transport department): say the plan does not name it. Another agency's indicators
    (the Department of Education, whose name folds to the same first word) would be a
    confident wrong answer. Only when the agency's own words (its name less the shared head,
    "Sở", "Ban", "Ủy ban nhân dân") appear nowhere in the plans asked about."""
    q = ctx.q
    if not q.agencies or not ctx.explicit or not (q.cues & _AGENCY_CUES):
        return None
    slugs = {p.slug for p in ctx.scope}
    if any(m.plan in slugs for m in q.agencies):
        return None
    for match in q.agencies:
        if normalize(match.name).startswith("cac "):
            return None     # "các sở, ban, ngành": offices of a kind, which every plan has
        words = [w for w in normalize(match.name).split() if w not in _AGENCY_HEADS]
        if len(words) < 2:
            return None
        phrase = " ".join(words)
        if any(has_phrase(normalize(passage.text), phrase) for plan in ctx.scope for passage in plan.passages):
            return None
    _ = ctx._
    names = "; ".join(dict.fromkeys(m.name for m in q.agencies))
    return _decline(ctx, intent="absent_agency", with_topics=False, message=_(
        "{plans} does not name {agency}.", plans=esc(", ".join(plan_label(p) for p in ctx.scope)),
        agency=esc(names)))
