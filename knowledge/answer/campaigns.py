"""Answers about a campaign such as the Action Month — its theme, slogans, dates, where its
launch is held, who leads it — and how a question asks about one."""

from __future__ import annotations

import re

from knowledge.answer.common import Answer, Ctx, cite, _result, _src
from knowledge.answer.format import esc, fit, iso_date, past_cut, plan_label
from knowledge.answer.targets import _agency_names
from knowledge.index import make_doc
from knowledge.parse.agencies import split_agencies
from knowledge.query import Query, campaign_phrase, has_phrase
from knowledge.text import normalize, words


def _campaign_year(campaign) -> int | None:
    """The year a campaign is dated or named with ("Tháng hành động … năm 2020"); None."""
    if campaign.start:
        return int(campaign.start[:4])
    m = re.search(r"\b(19|20)\d\d\b", campaign.name)
    return int(m.group(0)) if m else None


# the words asking where something is held ("tổ chức ở đâu", "địa điểm", "where"), folded
_VENUE_WORDS = ("o dau", "tai dau", "dia diem", "noi nao", "where", "venue", "location")


def campaign_part(q: Query) -> str:
    """The part of a campaign the question asks: "slogans", "theme", "venue" (where its launch
    is held), "launch" (when), "dates" or "all"."""
    if any(has_phrase(q.norm, w) for w in ("khau hieu", "thong diep")):
        return "slogans"
    if has_phrase(q.norm, "chu de"):
        return "theme"
    if any(has_phrase(q.norm, w) for w in _VENUE_WORDS):
        return "venue"
    if any(has_phrase(q.norm, w) for w in ("le phat dong", "phat dong", "launch", "launched")) and asks_dates(q):
        return "launch"   # "lễ phát động tổ chức khi nào": when the launch is held, not the month's days
    if asks_dates(q):
        return "dates"
    return "all"


def asks_dates(q: Query) -> bool:
    """Whether the question asks when a campaign is held ("diễn ra khi nào", "từ ngày", "when
    does … run"; not "which department runs …", who leads it)."""
    return any(has_phrase(q.norm, w) for w in ("dien ra", "thoi gian", "khi nao", "when does", "tu ngay", "ngay nao",
                                               "thang may", "thang nao", "what month", "which month", "when is",
                                               # English: "what were the dates (ngày) of …", "when was …"
                                               "when was", "when were", "when did", "when will", "the ngay",
                                               "what ngay", "which ngay", "until when", "until what",
                                               "date range", "how long")) \
        or has_phrase(q.norm, "run") and not q.cues & {"lead", "partner", "who"}


def asks_about_campaign(q: Query) -> bool:
    """Whether the question is about a campaign: its cue ("Tháng hành động"), its name, "chiến dịch"."""
    return bool("campaign" in q.cues or q.campaign is not None or has_phrase(q.norm, "chien dich"))


def campaign_in_years(plan, campaign, years, part: str = "all", about_campaign: bool = True) -> bool:
    """Whether ``campaign`` of ``plan`` is held in ``years``: one of them is the year it is dated
    or named with, or — a campaign held every year ("hằng năm … từ ngày 01/6 đến ngày 30/6") —
    a year of its plan's period, when ``part`` (see ``campaign_part``) is one a plan sets for
    every year: its days and venue, not a year's theme or slogans (set each year by the ministry);
    ``about_campaign`` False (the question names no campaign): a dated campaign only."""
    year = _campaign_year(campaign)
    if year is not None:
        return year in years
    if part == "theme" and getattr(campaign, "theme_year", None):
        return campaign.theme_year in years   # "Chủ đề năm 2026: …": that year's theme
    return bool(about_campaign and campaign.yearly_start and part not in ("theme", "slogans")
                and plan.period_start and plan.period_end
                and all(plan.period_start <= y <= plan.period_end for y in years))


PARTS = ("theme", "dates", "slogans", "venue", "launch", "all")


def _h_campaign(ctx: Ctx, part: str | None = None) -> Answer | None:
    """The campaign's ``part`` ("theme", "dates", "slogans", "venue" or "all"; by default the
    part the question's words name) for every campaign of the plans in scope; intent
    ``campaign_<part>`` so the scorer weighs each part's own cues, ``campaign`` for all and for
    the venue (where its launch is held, in the plan's words)."""
    q = ctx.q
    if q.agencies and "tasks" in q.cues:
        return None
    plans = [p for p in ctx.scope if p.campaigns]
    if not plans:
        return None
    _ = ctx._
    part = part or campaign_part(q)
    # "chiến dịch Mùa hè an toàn …": the campaign named, not every campaign of its plan
    named = {id(c) for p in plans for c in p.campaigns if q.campaign and campaign_phrase(c.name) == q.campaign}
    about = asks_about_campaign(q)
    lines, sources, stated = [], [], 0
    cut = False
    themes = ctx.idx.derived.setdefault("campaign_themes", {})
    for plan in plans:
        for c in plan.campaigns:
            # (a month held every year is that year's only when the question is about a campaign:
            # "… tảo hôn … by 2027" asks no Action Month of 2027)
            if q.years and not campaign_in_years(plan, c, q.years, part, about) or named and id(c) not in named:
                continue
            known = themes.get(id(c))   # (campaign, theme): read once per knowledge base
            if known is None or known[0] is not c:
                known = themes[id(c)] = (c, _campaign_theme(plan, c))
            theme = known[1]
            cut = cut or past_cut(lines)
            if cut:   # the reply is cut before this campaign: its facts and source still count
                stated += bool(_venue(ctx, plan, c, part)) if part in _LAUNCH_PARTS else _facts_count(c, part, theme)
                sources.append(_src(plan, c.section))
                continue
            name = f"<b>{esc(c.name)}</b> ({esc(plan_label(plan))})"
            facts = []
            if part in ("theme", "all") and theme and getattr(c, "theme_year", None):
                # "Chủ đề năm 2026: …": the year the plan gives it for, said with it
                facts.append(_("Theme of {year}: {theme}", year=c.theme_year, theme=f"<b>“{esc(theme)}”</b>"))
            elif part in ("theme", "all") and theme:
                facts.append(_("Theme: {theme}", theme=f"<b>“{esc(theme)}”</b>"))
            if part in ("slogans", "all") and c.slogans:
                facts.append(_("{n} slogans:", n=len(c.slogans)))
                facts.extend(f"• {esc(s)}" for s in c.slogans)
            section, quote = c.section, None
            if part in _LAUNCH_PARTS:
                fact, section, quote = _venue_fact(ctx, plan, c, part) or (None, c.section, None)
                facts += [fact] if fact else []
            # "lễ phát động ở đâu, ngày nào": the venue asked with the days, both said
            if part in ("dates", "all") or part == "venue" and asks_dates(q):
                facts += _dates_facts(ctx, c)
            stated += len(facts)
            if part == "all" or not facts:
                lines += [name, *facts]
            else:  # the fact first, so a phone's preview shows it
                lines += [f"{facts[0]} — {name}", *facts[1:]]
            cite(ctx, lines, sources, plan, section, quote=quote)
    if sources and not stated and part in ("theme", "slogans") and part == campaign_part(q) \
            and ctx.explicit and q.campaign:
        # "chủ đề Tháng hành động của Thanh Hóa?" of a plan that holds the month but names no
        # theme: said so (a topic sharing a folded word, "đẻ" for "đề", had answered instead)
        names = "; ".join(dict.fromkeys(f"{c.name} ({plan_label(p)})" for p in plans for c in p.campaigns))
        text = _("The plan holds the {name} but gives no theme or slogans for it.", name=esc(names))
        return Answer(fit(text), False, [], 0.0, [], "campaign_no_theme", [])
    if not sources or not stated and part != "all":
        return None  # no campaign holds the part asked for: nothing but names and sources
    suggestions = [_("Action Month slogans"), _("Action Month deadlines")]
    return _result(ctx, lines, sources, "campaign" if part in ("all", *_LAUNCH_PARTS) else f"campaign_{part}", 0.9,
                   suggestions)


# where a campaign's launch is held: the clause naming the launch and a place ("lễ phát động cấp
# tỉnh tổ chức luân phiên tại phường Nha Trang (năm chẵn) và phường Phan Rang (năm lẻ)"; folded)
# (a bare "phát động" is any movement's: "phát động phong trào tại cộng đồng" is no launch)
# ("- Địa điểm phát động: Quảng trường …": a field line naming the launch's place, round 174)
_LAUNCH_RE = re.compile(r"\ble (?:phat dong|ra quan|khai mac)\b|\bphat dong (?:thang hanh dong|chien dich|cap)\b"
                        r"|\bdia diem (?:to chuc )?(?:le )?phat dong\b")
# … and what the clause must say after the launch: a place for "venue", a time for "launch"
# ("… tổ chức vào tuần cuối tháng 5", "trước ngày 01/6")
_LAUNCH_PARTS = {"venue": re.compile(r"\b(?:tai|luan phien)\b|(?<=dia diem phat dong)\s+\w"),
                 "launch": re.compile(r"\b(?:vao (?:tuan|ngay|thang|dip|dau|cuoi)|truoc ngay|ngay \d|tuan (?:dau|cuoi))\b")}
# a clause after ";" that goes on year by year ("; năm 2027 tại huyện Lệ Thủy")
_VENUE_GOES_ON_RE = re.compile(r"^\s*(?:nam (?:\d{4}|chan|le)|cac nam)\b.*\b(?:tai|luan phien|vao|truoc ngay)\b")


def within(section: str, outer: str | None) -> bool:
    """Whether ``section`` ("II › 2. Chiến dịch …") is ``outer`` ("II") or one of its parts —
    not a section whose label only begins alike ("III")."""
    return bool(outer) and (section == outer or section.startswith(outer + " ›"))


def _venue_fact(ctx: Ctx, plan, campaign, part: str = "venue") -> tuple[str, str, str | None] | None:
    """(fact line, section, quote) of where (``part`` "venue") or when ("launch") ``campaign``'s
    launch is held, for the year or the
    even/odd years the question asks ("năm 2027", "năm chẵn", "odd years") when the plan sets
    places so; the quote is the plan's own clauses, whole. None when the plan names none."""
    q, _ = ctx.q, ctx._
    read = _venue(ctx, plan, campaign, part)
    if read is None:
        return None
    whole, section = read
    venue = _venue_of_year(whole, q.years[0]) if len(q.years) == 1 else whole
    if venue is None:
        return None     # the plan names the place of other years only
    parity = "chan" if has_phrase(q.norm, "nam chan") or has_phrase(q.norm, "even") else \
        "le" if has_phrase(q.norm, "nam le") or has_phrase(q.norm, "odd") else \
        ("chan", "le")[q.years[0] % 2] if len(q.years) == 1 else None
    if parity:
        venue = _venue_of_parity(venue, parity)
    # "Lễ phát động cấp tỉnh tổ chức tại …": the label says the launch, once
    stated = re.sub(r"^(?:lễ\s+)?phát động\s+|^địa điểm (?:tổ chức )?(?:lễ )?phát động\s*:\s*", "", venue, flags=re.I)
    fact = _("Launch ceremony: {where}", where=f"<b>{esc(stated)}</b>")
    if len(q.years) == 1 and str(q.years[0]) not in stated:
        # a place of every year asked of one ("… năm 2027 tổ chức ở đâu"): that year's
        fact = _("In {year}: {fact}", year=q.years[0], fact=fact)
    return fact, section, whole     # the plan's own words quoted, whatever the reader's language


def _venue(ctx: Ctx, plan, campaign, part: str = "venue") -> tuple[str, str] | None:
    """Where ``campaign``'s launch is held, as its plan writes it: the clause naming the launch
    and a place ("Lễ phát động cấp tỉnh tổ chức tại phường Hoa Lư"), with the clauses after it
    that go on year by year; read from the campaign's section, else from the plan's passages that
    name the campaign; with the section it is read from. None when the plan names no place.
    ``part`` "launch": the clause naming the launch and a time ("… tổ chức vào tuần cuối tháng
    5") instead. Read once per knowledge base."""
    memo = ctx.idx.derived.setdefault("campaign_venues", {})
    known = memo.get((id(campaign), part))
    if known is None or known[0] is not campaign:
        known = memo[(id(campaign), part)] = (campaign, _read_venue(plan, campaign, part))
    return known[1]


def _venue_of_year(venue: str, year: int) -> str | None:
    """The part of ``venue`` (see ``_venue``) that says where the launch of ``year`` is held:
    "Năm 2026 tổ chức lễ phát động tại xã A; năm 2027 tại phường B; các năm sau luân phiên …"
    → for 2027 "năm 2027 tại phường B", for 2029 "các năm sau luân phiên …"; the whole when it
    names no year; None when it names years and none is ``year``."""
    units = [u.strip() for u in re.split(r";|,\s*(?=(?:năm|các năm)\s)", venue, flags=re.I) if u.strip()]
    named = [u for u in units if re.search(r"\b(?:19|20)\d\d\b", u)]
    if not named:
        return venue
    own = [u for u in units if re.search(rf"\b{year}\b", u)]
    if not own:
        later = [u for u in units if re.match(r"(?:các năm|những năm|từ năm)\b", u, re.I)]
        own = later if later and all(int(y) < year for u in named for y in re.findall(r"\b(?:19|20)\d\d\b", u)) else []
    if not own:
        # places set for other years only ("Năm 2026 … tại xã Bến Đò", 2028 asked): none for it,
        # unless a clause names no year ("luân phiên tại …", every year)
        undated = [u for u in units if u not in named and _LAUNCH_PARTS["venue"].search(normalize(u))]
        return "; ".join(undated) if undated else None
    text = "; ".join(own)
    return text[:1].upper() + text[1:]


def _venue_of_parity(venue: str, parity: str) -> str:
    """The places of ``venue`` for the even ("chan") or odd ("le") years, when it names them so:
    "… luân phiên tại phường A (năm chẵn) và phường B (năm lẻ)" → "phường B (năm lẻ)"; else the whole."""
    items = [re.sub(r"^.*\btại\s+", "", part.strip(), flags=re.I)
             for part in re.split(r",|;|\bvà\b", venue) if re.search(r"\(năm (?:chẵn|lẻ)\)", part, re.I)]
    own = [item for item in items if has_phrase(normalize(item), f"nam {parity}")]
    return "; ".join(own) if own and len(own) < len(items) else venue


def _read_venue(plan, campaign, part: str) -> tuple[str, str] | None:
    phrase = campaign_phrase(campaign.name)
    # where the plan speaks of the campaign: its own section; the sections whose heading names
    # it ("VI. THÁNG HÀNH ĐỘNG VÌ TRẺ EM"); the paragraphs that name it
    headed = {p.section for p in plan.passages if phrase and p.section and phrase in normalize(p.text)
              and re.match(r"[IVXLC]+\.|\d+\.", p.text.strip()) and len(p.text) < 120}
    places = (lambda p: within(p.section, campaign.section),
              lambda p: p.section in headed,
              lambda p: bool(phrase) and phrase in normalize(p.text))
    for holds in places:
        said = [(clause, section) for text, section in _joined_lines([p for p in plan.passages if holds(p)])
                for clause in _launch_clauses(text, _LAUNCH_PARTS[part])]
        if said:
            text = "; ".join(dict.fromkeys(clause for clause, _section in said))
            text = text[:1].upper() + text[1:]
            return (text if len(text) <= 300 else text[:299] + "…"), said[0][1]
    return None


# a line that opens an item of its own ("- Năm 2026 …", "2. …", "a) …"), not the rest of the one before
_ITEM_OPENS_RE = re.compile(r"\s*(?:[-+•*–]|\d+[.)]|[a-zđ]\))\s")


def _joined_lines(passages) -> list[tuple[str, str]]:
    """(text, section) of the passages, a line a page's width cut from the one before ("… tổ
    chức tại xã Đồng" / "Văn.") joined to it again."""
    texts: list[tuple[str, str]] = []
    for passage in passages:
        text = passage.text.strip()
        if texts and texts[-1][1] == passage.section and not re.search(r"[.;:!?)]$", texts[-1][0]) \
                and not _ITEM_OPENS_RE.match(text):
            texts[-1] = (texts[-1][0] + " " + text, passage.section)
        else:
            texts.append((text, passage.section))
    return texts


def _launch_clauses(text: str, said_re: re.Pattern) -> list[str]:
    """The clauses of ``text`` that say where a launch is held ("lễ phát động cấp tỉnh tổ chức
    tại phường Hoa Lư"), each with the clauses after it that go on year by year ("; năm 2027
    tại phường B"); from the comma part naming the launch, a short year before it kept."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        clauses = sentence.split(";")
        for i, clause in enumerate(clauses):
            folded = normalize(clause)
            launch = _LAUNCH_RE.search(folded)
            if launch is None or not said_re.search(folded, launch.end()):
                continue
            parts = clause.split(",")
            start = next(k for k in range(len(parts)) if _LAUNCH_RE.search(normalize(",".join(parts[:k + 1]))))
            if start and len(parts[start - 1].split()) <= 3:
                start -= 1
            said = [",".join(parts[start:]).strip(" -–.")]
            for more in clauses[i + 1:]:
                if not _VENUE_GOES_ON_RE.search(normalize(more)):
                    break
                said.append(more.strip(" ."))
            found.append("; ".join(said))
    return found


def _dates_facts(ctx: Ctx, c) -> list[str]:
    """The line of a campaign's days: its dates, or the same days every year — that year's when
    one year is asked ("… năm 2026 diễn ra khi nào"); [] when the plan gives none."""
    _, q = ctx._, ctx.q
    if c.start or c.end:
        return ["<b>" + _("From {start} to {end}", start=iso_date(c.start, ctx.lang),
                          end=iso_date(c.end, ctx.lang)) + "</b>"]
    if getattr(c, "yearly_start", None) and len(q.years) == 1:
        year = q.years[0]
        return ["<b>" + _("From {start} to {end}", start=iso_date(f"{year}-{c.yearly_start}", ctx.lang),
                          end=iso_date(f"{year}-{c.yearly_end or c.yearly_start}", ctx.lang)) + "</b> "
                + _("(every year)")]
    if getattr(c, "when", None):
        return [f"<b>{esc(c.when)}</b>"]      # "tháng 8 năm 2025": as the plan writes it
    if getattr(c, "yearly_start", None):
        # "hằng năm … từ ngày 01/6 đến ngày 30/6": the same days every year
        return ["<b>" + _("Every year from {start} to {end}", start=_yearly_day(c.yearly_start, ctx.lang),
                          end=_yearly_day(getattr(c, "yearly_end", None), ctx.lang)) + "</b>"]
    return []


def _facts_count(c, part: str, theme: str | None) -> int:
    """How many lines of facts ``_h_campaign`` states of campaign ``c`` for ``part``."""
    n = 0
    if part in ("theme", "all") and theme:
        n += 1
    if part in ("slogans", "all") and c.slogans:
        n += 1 + len(c.slogans)
    if part in ("dates", "all") and (c.start or c.end or getattr(c, "yearly_start", None)):
        n += 1
    return n


def _yearly_day(month_day: str | None, lang: str) -> str:
    """"06-30" → "30/6" (vi) / "June 30" (en): a day of every year."""
    import datetime as dt

    from knowledge.answer.format import plan_date

    try:
        month, day = (int(x) for x in (month_day or "").split("-"))
        return plan_date(dt.date(2000, month, day), lang, with_year=False)
    except ValueError:
        return "—"


def _campaign_theme(plan, campaign) -> str | None:
    """The campaign's theme; when the record holds the heading ("Chủ đề và nội dung …"),
    the text after "Chủ đề:" in the campaign's section."""
    theme = campaign.theme
    if theme and not words(theme)[:2] == ["chu", "de"]:
        return theme
    for passage in plan.passages:
        if not within(passage.section, campaign.section):
            continue
        m = re.search(r"Chủ đề\s*:\s*(.+)", passage.text)
        if m:
            return m.group(1).strip(" “”\"*._")
    return theme


# a campaign's lead in its own paragraph: "Sở Văn hóa, … chủ trì chiến dịch, phối hợp với …" (folded)
_LEADS_RE = re.compile(r"\bchu tri\b")
# a field naming the lead: "Cơ quan chủ trì tổ chức:", "Đơn vị chủ trì:" (normalized: no colon)
_LEAD_LABEL_RE = re.compile(r"^(?:co quan |don vi )?chu tri(?: to chuc| thuc hien)?\b")
_PARTNERS_RE = re.compile(r"\bphoi hop(?:\s+voi)?\b")


def _named_in(plan, folded: str) -> list[tuple[int, str]]:
    """(position, canonical name) of each of the plan's agencies named in ``folded`` text,
    the longest spelling where two overlap."""
    found: list[tuple[int, int, str]] = []
    for agency in plan.agencies:
        for alias in {agency.name, *agency.aliases}:
            key = normalize(alias)
            if len(key) < 4:
                continue
            for m in re.finditer(rf"(?<![a-z]){re.escape(key)}(?![a-z])", folded):
                found.append((m.start(), m.end(), agency.name))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, str]] = []
    end = -1
    for start, stop, name in found:
        if start >= end and name not in (n for _p, n in kept):
            kept.append((start, name))
            end = stop
    return kept


def campaign_roles(plan, campaign) -> tuple[list[str], list[str], str, str] | None:
    """(leads, partners, sentence, section) of a campaign, read from the sentence of its own
    section that says who leads it ("Sở X chủ trì chiến dịch, phối hợp với Sở Y, Tỉnh đoàn"):
    the agencies named before "chủ trì", and after "phối hợp (với)"; else from the part of an
    office whose duty names it after "chủ trì" ("4. Sở Văn hóa … — Chủ trì tổ chức chiến dịch
    “Mùa hè an toàn …”"): that office. None when neither says."""
    # (its own block first: "Diễn đàn trẻ em tỉnh … năm 2025: Thời gian: …. Cơ quan chủ trì
    # tổ chức: Sở …; phối hợp: Tỉnh đoàn …" — another event's sentence shares its section)
    own = [p for p in plan.passages if p.text.startswith(f"{campaign.name}:")]
    others = tuple(f"{c.name}:" for c in plan.campaigns if c is not campaign)
    for passage in own + [p for p in plan.passages if p not in own]:
        if not within(passage.section, campaign.section) or others and passage.text.startswith(others):
            continue
        for sentence in re.split(r"(?<=\.)\s+|(?<=;)\s+(?!phối hợp\s*:)", passage.text):
            folded = normalize(sentence)
            lead = _LEADS_RE.search(folded)
            if lead is None:
                continue
            named = _named_in(plan, folded)
            partner = _PARTNERS_RE.search(folded, lead.end())
            leads = [n for pos, n in named if pos < lead.start()]
            labelled = _LEAD_LABEL_RE.match(folded)
            if labelled and not leads:
                # "Cơ quan chủ trì tổ chức: Sở …; phối hợp: …": the office after the label (as
                # written when the plan names it nowhere else)
                leads = [n for pos, n in named if pos > labelled.end() and (partner is None or pos < partner.start())]
                fields = re.split(r";\s*", sentence.split(":", 1)[1]) if ":" in sentence else []
                if not leads and fields:
                    leads = split_agencies(fields[0])
                    written = [f.split(":", 1)[1] for f in fields[1:] if ":" in f and _PARTNERS_RE.match(normalize(f))]
                    if written:
                        return leads, split_agencies(written[0]), sentence, passage.section
            partners = [n for pos, n in named if partner and pos > partner.start() and n not in leads]
            if leads:
                return leads, partners, sentence, passage.section
    quoted = re.search(r"[“\"]([^”\"]{4,})[”\"]", campaign.name)
    # (its name without its year: "… chủ trì tổ chức Tháng hành động vì trẻ em" of the month of 2025)
    key = normalize(quoted.group(1) if quoted else re.sub(r"\s*\bnăm\s+(?:19|20)\d\d\b", "", campaign.name))
    names = {a.key: a.name for a in plan.agencies}
    for task in plan.tasks if key else ():
        for sentence in re.split(r"(?<=[.;])\s+", task.text):
            folded = normalize(sentence)
            lead = _LEADS_RE.search(folded)
            at = folded.find(key, lead.end()) if lead else -1
            # the campaign the object of "chủ trì" ("chủ trì tổ chức chiến dịch “…”"), not of a
            # "phối hợp" after it ("chủ trì …, phối hợp với Tỉnh đoàn tổ chức chiến dịch “…”")
            if at < 0 or at - lead.end() > 60 or _PARTNERS_RE.search(folded, lead.end(), at) \
                    or task.agency not in names:
                continue
            partner = _PARTNERS_RE.search(folded, lead.end())
            partners = [n for pos, n in _named_in(plan, folded) if partner and pos > partner.start()]
            lead_name = names[task.agency]
            return [lead_name], [n for n in partners if n != lead_name], sentence, task.section
    return None


def _h_campaign_lead(ctx: Ctx) -> Answer | None:
    """Who leads a campaign ("ai chủ trì Chiến dịch Hè an toàn?", "which department runs the
    summer campaign?"): the campaign whose name reads most like the question, its leads and
    partners as its section says (intent ``lead``)."""
    _ = ctx._
    found = []
    named = ctx.q.campaign
    roles_read = ctx.idx.derived.setdefault("campaign_roles", {})
    for plan in ctx.scope:
        for c in plan.campaigns:
            if named and not all(w in normalize(c.name).split() for w in named.split()):
                continue    # "chiến dịch Hè an toàn" is not the Action Month
            # (read once per knowledge base: a plan's agencies are looked for in its section)
            known = roles_read.get(id(c))
            if known is None or known[0] is not c:
                known = roles_read[id(c)] = (c, campaign_roles(plan, c))
            roles = known[1]
            if roles:
                found.append((ctx.cov(make_doc("", "", f"{c.name} {roles[2]}")), plan, c, roles))
    if not found:
        return None
    best = max(f[0] for f in found)
    lines, sources = [], []
    for cov, plan, c, (leads, partners, sentence, section) in found:
        if cov < best:
            continue
        lines.append(_("Lead: {agencies}", agencies="<b>" + _agency_names(ctx, leads) + "</b>")
                     + f" — <b>{esc(c.name)}</b> ({esc(plan_label(plan))})")
        if partners:
            lines.append(_("In coordination with: {agencies}", agencies=_agency_names(ctx, partners)))
        if asks_dates(ctx.q):   # "… diễn ra từ ngày nào đến ngày nào, ai chủ trì?": both said
            lines += _dates_facts(ctx, c)
        cite(ctx, lines, sources, plan, section, quote=sentence.strip())
    # (a campaign the question names by its name: as sure as an indicator named by its number)
    return _result(ctx, lines, sources, "lead", 1.0 if ctx.q.campaign else 0.9)
