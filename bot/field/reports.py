"""Field reports: checking what a collaborator typed, judging whether the figures are
plausible, and saving, replacing and correcting reports with an audit trail.

Pure functions (no Telegram). Only aggregate counts are ever stored; text that looks like
a child's name or a phone number is recognised so the bot can warn and drop it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable

import sqlite_utils

from bot.runtime.database import utcnow
from bot.field.measures import Measure, PlanTarget, current_target
from bot.field.periods import Period
from knowledge.text import clean_text, fold

HARD_LIMIT = 1_000_000       # no ward or commune has this many of anything about children
MAX_INPUT_LENGTH = 40        # a number is never longer than this
MAX_REASON_LENGTH = 300
FAR_FACTOR = 3               # "far from the last report": more than 3× (or under a third)
FAR_SLACK = 10               # … and by more than this many, so 1 → 4 is not "far"
RATE_JUMP_POINTS = 30        # a rate that moved more than 30 percentage points

CREATE, REPLACE, CORRECT = "create", "replace", "correct"

# Family names that start most Vietnamese full names; capitalised and followed by another
# capitalised word they are read as a person's name.
_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh dao doan mai cao "
    "lam luong ha truong ta quach luu chu kieu lai ton khuc thai tang vuong trieu la tieu".split()
)
# Middle names that mark a full name, above all of ethnic minorities ("Lò Văn Páo",
# "Giàng A Sử", "Sùng Seo Dìn", "Vàng Mí Sình"), folded; "Thị" before "xã"/"trấn" is a place.
_MIDDLE_MARKERS = frozenset("van thi a seo mi".split())
_UNIT_AFTER_THI = frozenset({"xa", "tran"})
# Kinship and address words an officer puts before a child's or a parent's given name; plain
# (unaccented) forms only where they are not also a common word ("co" = có, "ba" = ba/bà …).
_KINSHIP = frozenset("em bé cháu anh chị ông bà cô chú bác dì cậu mợ thím dượng con bạn cụ bố mẹ cha má".split())
_KINSHIP_PLAIN = frozenset("em be chau anh chi ong ba co chu bac di cau thim duong".split())
# Capitalised words after a kinship word that are not a person ("em Phường …", "anh Sở …").
_NOT_A_NAME_AFTER_KIN = frozenset(
    "phuong xa quan huyen tinh thanh tp ubnd so phong ban truong trung benh hoi doan cong cuc bo uy "
    "doi to thon ban xom khu lang ap cac nhung moi".split()
)
# Words after which capitalised words name a place ("Phường Kim Mã", "Thị xã Sơn Tây"), in
# lower case; typed without accents only the unambiguous ones ("so" is also sơ, số …).
_PLACE_WORDS = frozenset(
    "phường xã quận huyện tỉnh tp thôn xóm ấp khu làng đường phố ubnd sở".split()
) | {"thành phố", "thị xã", "thị trấn", "ban chỉ đạo", "ủy ban", "uỷ ban"}
_PLACE_WORDS_PLAIN = frozenset("phuong quan huyen tinh tp thon xom khu lang duong pho ubnd".split()) | {
    "thanh pho", "thi xa", "thi tran", "uy ban"}
# Given names that are seldom an ordinary word, so "chau minh" is a name in lower case too.
_GIVEN_NAMES = frozenset(
    "lan hoa minh hùng linh tuấn dũng hải khôi khoa huy vy nhi ngọc my trang thảo thủy thuỷ vân yến "
    "hạnh hằng hiền huệ huyền liên loan ly nga nhung oanh phương quyên quỳnh tiên trâm uyên giang "
    "hiếu khải khang kiên lộc mạnh nghĩa phong tùng tú tuệ bảo chiến cường khánh kiệt luân nguyên "
    "hoàng hưng sơn thắng việt vinh đức duy hậu hiển quân páo sử mỷ dìn hà hương".split()
)
# Typed without accents these are common words first ("tu" = tự, "nga" = ngã, "ly" = lý …).
_PLAIN_AMBIGUOUS = frozenset("tu cho sinh ha my ly bao su nga phong dao duy".split())
_GIVEN_FOLDED = frozenset(fold(name) for name in _GIVEN_NAMES) - _PLAIN_AMBIGUOUS
# A given name that starts an ordinary compound ("em an toàn", "chị mai báo": mai = tomorrow).
_NOT_NAME_PAIRS = frozenset(
    "minh bach,khoa hoc,huy dong,nhi khoa,trang web,lien he,lien quan,lien lac,phuong an,phuong phap,"
    "bao ve,bao cao,bao hiem,nguyen nhan,hoa hoc,hoa nhap,linh hoat,hai quan,an toan,an ninh,an uong,"
    "binh thuong,binh dang,ha noi,thu thap,thu nhap,thanh pho,thanh nien,thanh toan,tam ly,mai bao,"
    "mai gui,mai nop,mai se,mai lam,nam hoc,nam nay,nam sau,nam truoc,nam nu,hung thu,tu van,tu phap,"
    "hoa giai,thu hai,ly do,my thuat,phong trao,phong chong,giang day,khoa luan,lan sau,lan truoc,lan nay,"
    "lan dau,lan nua,hung hang".split(",")
)
_DIGITS_RE = re.compile(r"^[0-9]+$")
_GROUPED_RE = re.compile(r"^[0-9]{1,3}(?:([., ])[0-9]{3})(?:\1[0-9]{3})*$")
_DECIMAL_RE = re.compile(r"^-?[0-9]*[.,][0-9]+$")
_NEGATIVE_RE = re.compile(r"^[-−–][0-9]")
# Digits may be grouped with any separator people type: spaces, dots, dashes, slashes,
# brackets, underscores (dashes of every kind and invisible characters are evened out by
# clean_text first).
_PHONE_SEPARATORS = r"[\s.\-()/_·•]*"
_PHONE_RE = re.compile(rf"(?<![0-9])(?:\+{_PHONE_SEPARATORS}84|84|0)(?:{_PHONE_SEPARATORS}[0-9]){{8,10}}(?![0-9])")
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


class InputProblem(ValueError):
    """What the user typed is not an acceptable number; ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class DuplicateReport(Exception):
    """A report for the same measure, area and period exists already."""

    def __init__(self, existing: "Report") -> None:
        super().__init__(f"report {existing.id} exists")
        self.existing = existing


# -- what the user typed ---------------------------------------------------------------
def looks_like_phone(text: str) -> bool:
    """A Vietnamese phone number anywhere in ``text`` ("0912345678", "+84 912 345 678",
    "0912-345-678" with any dash, "0912" U+200B "345678")."""
    return bool(_PHONE_RE.search(unicodedata.normalize("NFKC", clean_text(text))))


def looks_like_name(text: str, places: Iterable[str] = ()) -> bool:
    """Text that reads like a person's name (what a child-protection officer would type):

    - a capitalised family name and another capitalised word ("Nguyễn Văn An", "cháu Trần Thị B");
    - a capitalised word, a middle-name marker and another ("Lò Văn Páo", "Giàng A Sử", "Hờ Thị Mỷ");
    - a kinship or address word before a capitalised word ("em Lan", "bé Hoa", "ông Tư") or
      before a given name typed in lower case or without accents ("chau minh 3 tuoi");
    - 2–5 capitalised words and nothing else ("Mai Anh").

    Capitalised words after a place word ("Phường Kim Mã", "Thị xã Sơn Tây") and the phrases of
    ``places`` (known area, district and city names: "Hà Nội") are places, not names.
    """
    words = _name_words(clean_text(text), places)
    for first, second, third in zip(words, words[1:] + [None], words[2:] + [None, None]):
        if first is None or second is None:
            continue
        if _capitalised(first) and _capitalised(second) and fold(first) in _SURNAMES:
            return True
        if (_capitalised(first) and fold(second) in _MIDDLE_MARKERS and third is not None
                and _capitalised(third) and fold(third) not in _UNIT_AFTER_THI):
            return True
        if _is_kinship(first) and _given_name_after(second, third):
            return True
    real = [w for w in words if w is not None]
    stripped = clean_text(text).strip()
    only_words = bool(real) and None not in words and re.fullmatch(
        r"[^\W\d_]+(?:[\s.'-]+[^\W\d_]+)*\.?", stripped) is not None
    return only_words and 2 <= len(real) <= 5 and all(w[0].isupper() for w in real)


def _name_words(text: str, places: Iterable[str]) -> list[str | None]:
    """The words of ``text``; words of places (known ones, and capitalised words after a place
    word) are None, so nothing reads across them."""
    words: list[str | None] = list(_WORD_RE.findall(text))
    folded = [fold(w) for w in words]  # type: ignore[arg-type]
    lowered = [w.lower() for w in words]  # type: ignore[union-attr]
    for place in places:
        key = fold(clean_text(place)).split()
        if not key:
            continue
        for start in range(len(folded) - len(key) + 1):
            if folded[start:start + len(key)] == key:
                words[start:start + len(key)] = [None] * len(key)
    index = 0
    while index < len(words):
        size = next((n for n in (3, 2, 1) if index + n <= len(words) and None not in words[index:index + n]
                     and _is_place_word(words[index:index + n], lowered[index:index + n])), 0)  # type: ignore[arg-type]
        if size:
            index += size
            while index < len(words) and words[index] is not None and _capitalised(words[index]):
                words[index] = None
                index += 1
            continue
        index += 1
    return words


def _is_place_word(words: list[str], lowered: list[str]) -> bool:
    phrase = " ".join(lowered)
    return phrase in _PLACE_WORDS or (all(w.isascii() for w in words) and phrase in _PLACE_WORDS_PLAIN)


def _capitalised(word: str) -> bool:
    """An initial capital; an acronym ("UBND") is not a name unless it is a given name ("TÚ")."""
    if not word[0].isupper():
        return False
    return not (len(word) >= 3 and word.isupper() and fold(word) not in _GIVEN_FOLDED)


def _is_kinship(word: str) -> bool:
    lower = word.lower()
    return lower in _KINSHIP or (word.isascii() and lower in _KINSHIP_PLAIN)


def _given_name_after(word: str, following: str | None) -> bool:
    """``word`` after a kinship word is a person's given name: capitalised (and not a place or
    office word), or a known given name in lower case, accented or plain ("lan", "minh")."""
    key = fold(word)
    if key in _NOT_A_NAME_AFTER_KIN or _is_kinship(word):
        return False
    if _capitalised(word):
        return True
    lower = word.lower()
    known = key in _GIVEN_FOLDED if word.isascii() else lower in _GIVEN_NAMES
    return known and (following is None or f"{key} {fold(following)}" not in _NOT_NAME_PAIRS)


def sensitive_kind(text: str, places: Iterable[str] = ()) -> str | None:
    """``"phone"`` or ``"name"`` when the text may identify a person, else None; ``places``
    as for ``looks_like_name``."""
    if looks_like_phone(text):
        return "phone"
    if looks_like_name(text, places):
        return "name"
    return None


def parse_count(text: str | None, limit: int = HARD_LIMIT) -> int:
    """A whole number ≥ 0 from what the user typed: ``"12"``, ``" 1.250 "`` or ``"1 250"``;
    ASCII digits only (a superscript, full-width or Arabic-Indic digit is ``not_number``).

    Raises InputProblem with code ``empty``, ``too_long``, ``negative``, ``decimal``,
    ``not_number``, ``too_large``, ``phone`` or ``name``.
    """
    typed = clean_text(text)
    raw = unicodedata.normalize("NFKC", typed).strip()
    if not raw or not any(ch.isalnum() for ch in raw):
        raise InputProblem("empty" if not raw else "not_number")
    kind = sensitive_kind(raw) if len(raw) <= 200 else None
    if kind:
        raise InputProblem(kind)
    # Only ASCII digits make a number: "²", "１２" and "١٢" would each become a figure
    # nobody typed as one (NFKC reads "²" as 2), so all are "not a number" alike.
    if any(ch.isnumeric() and not "0" <= ch <= "9" for ch in typed):
        raise InputProblem("not_number")
    if len(raw) > MAX_INPUT_LENGTH:
        raise InputProblem("too_long")
    if _NEGATIVE_RE.match(raw):
        raise InputProblem("negative")
    if _DIGITS_RE.match(raw):
        number = int(raw)
    elif _GROUPED_RE.match(raw):
        number = int(re.sub(r"[., ]", "", raw))
    elif _DECIMAL_RE.match(raw):
        raise InputProblem("decimal")
    else:
        raise InputProblem("not_number")
    if number > limit:
        raise InputProblem("too_large")
    return number


def check_rate(numerator: int, denominator: int) -> str | None:
    """``zero_denominator`` or ``numerator_above_denominator`` (a rate above 100%), else None."""
    if denominator <= 0:
        return "zero_denominator"
    if numerator > denominator:
        return "numerator_above_denominator"
    return None


def clean_reason(text: str | None, places: Iterable[str] = ()) -> str:
    """A correction reason as stored; raises InputProblem (``empty``, ``too_long``,
    ``phone``, ``name``). ``places``: known place names, not read as a person's name
    (``looks_like_name``)."""
    reason = " ".join(clean_text(text).split())
    if not reason or not any(ch.isalnum() for ch in reason):
        raise InputProblem("empty")
    if len(reason) > MAX_REASON_LENGTH:
        raise InputProblem("too_long")
    kind = sensitive_kind(reason, places)
    if kind:
        raise InputProblem(kind)
    return reason


# -- figures -----------------------------------------------------------------------------
def figures_of(measure: Measure, value: int | None = None, numerator: int | None = None,
               denominator: int | None = None) -> dict[str, int]:
    """The figures of a report as stored in the audit trail: ``{"value": 3}`` or
    ``{"numerator": 95, "denominator": 100}``. Raises InputProblem ``wrong_figures`` when
    the measure's kind needs figures that are missing (it changed since they were typed)."""
    needed = (numerator, denominator) if measure.is_rate else (value,)
    if any(number is None for number in needed):
        raise InputProblem("wrong_figures")
    if measure.is_rate:
        return {"numerator": int(numerator), "denominator": int(denominator)}  # type: ignore[arg-type]
    return {"value": int(value)}  # type: ignore[arg-type]


def percent(figures: dict[str, Any]) -> float | None:
    if figures.get("denominator"):
        return 100.0 * figures["numerator"] / figures["denominator"]
    return None


@dataclass(frozen=True)
class Warning:
    """Why figures look doubtful: ``code`` and the numbers to show with it."""

    code: str          # above_max, far_from_last, rate_jump, below_plan
    params: dict[str, Any]


def plausibility(measure: Measure, figures: dict[str, int], previous: dict[str, int] | None = None,
                 targets: list[PlanTarget] | None = None, today: dt.date | None = None) -> list[Warning]:
    """Doubts about ``figures`` worth an "are you sure?": above the measure's maximum, far
    from the area's last report, or a rate far below the plan's current target."""
    warnings: list[Warning] = []
    main = figures["denominator"] if measure.is_rate else figures["value"]
    if measure.max_value is not None and max(figures.values()) > measure.max_value:
        warnings.append(Warning("above_max", {"value": max(figures.values()), "max": measure.max_value}))
    if previous:
        before = previous.get("denominator") if measure.is_rate else previous.get("value")
        if before is not None and (main > FAR_FACTOR * before + FAR_SLACK or before > FAR_FACTOR * main + FAR_SLACK):
            warnings.append(Warning("far_from_last", {"value": main, "last": before}))
        if measure.is_rate and percent(previous) is not None:
            jump = abs(percent(figures) - percent(previous))  # type: ignore[operator]
            if jump > RATE_JUMP_POINTS:
                warnings.append(Warning("rate_jump", {"rate": percent(figures), "last": percent(previous)}))
    if measure.is_rate and targets:
        current = current_target(targets, today or dt.date.today())
        target = current.target if current else None
        if target is not None and target.unit == "%" and target.comparator == "at_least" and target.value:
            rate = percent(figures)
            if rate is not None and rate < target.value / 2:
                warnings.append(Warning("below_plan", {
                    "rate": rate, "target": target.value, "year": target.year,
                    "plan": getattr(current.plan, "number", None) or getattr(current.plan, "title", ""),
                }))
    return warnings


# -- storage -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    id: int
    measure: str
    area_id: int
    period_kind: str
    period_start: str
    period_end: str
    value: int | None
    numerator: int | None
    denominator: int | None
    reporter_id: int
    created_at: str
    updated_at: str | None
    update_id: int | None

    @property
    def figures(self) -> dict[str, int]:
        if self.denominator is not None:
            return {"numerator": self.numerator, "denominator": self.denominator}  # type: ignore[dict-item]
        return {"value": self.value}  # type: ignore[dict-item]


class ReportChanged(Exception):
    """The report was changed by someone else since the figures being corrected were shown."""

    def __init__(self, existing: "Report") -> None:
        super().__init__(f"report {existing.id} changed")
        self.existing = existing


def _report(row: dict) -> Report:
    return Report(**{k: row.get(k) for k in Report.__dataclass_fields__})


def get_report(db: sqlite_utils.Database, report_id: int) -> Report | None:
    rows = list(db["reports"].rows_where("id = ?", [report_id]))
    return _report(rows[0]) if rows else None


def find_report(db: sqlite_utils.Database, measure_key: str, area_id: int, period_start: str) -> Report | None:
    rows = list(db["reports"].rows_where("measure = ? and area_id = ? and period_start = ?",
                                         [measure_key, area_id, period_start]))
    return _report(rows[0]) if rows else None


def last_report(db: sqlite_utils.Database, measure_key: str, area_id: int, before: str) -> Report | None:
    """The area's latest report for the measure for a period starting before ``before``."""
    rows = list(db["reports"].rows_where("measure = ? and area_id = ? and period_start < ?",
                                         [measure_key, area_id, before], order_by="period_start desc", limit=1))
    return _report(rows[0]) if rows else None


def _columns(figures: dict[str, int]) -> dict[str, int | None]:
    return {"value": figures.get("value"), "numerator": figures.get("numerator"),
            "denominator": figures.get("denominator")}


def _audit(db: sqlite_utils.Database, report_id: int, by: int, action: str, old: dict | None, new: dict,
           reason: str | None, at: str) -> None:
    db["report_audit"].insert({
        "report_id": report_id, "changed_by": by, "changed_at": at, "action": action,
        "old_value": json.dumps(old) if old is not None else None, "new_value": json.dumps(new), "reason": reason,
    })


def save_report(db: sqlite_utils.Database, *, measure: Measure, area_id: int, period: Period,
                figures: dict[str, int], reporter_id: int, update_id: int | None = None,
                replace: bool = False, reason: str | None = None,
                replacing: dict[str, int] | None = None) -> tuple[Report, str]:
    """Store a report and its audit line, committed (durable) before returning
    ``(report, action)``. An existing report for the same measure, area and period raises
    DuplicateReport unless ``replace`` (then it is overwritten and the old figures audited)
    — and, when ``replacing`` gives the figures the user agreed to replace, unless they are
    still the ones saved.

    Called inside an open transaction (the update's, see ``bot.runtime.inbox``), it writes
    in a savepoint of it and is committed with it."""
    check_figures(measure, figures)
    if period.kind != measure.period:  # a week stored for a monthly measure would pass for its month
        raise InputProblem("wrong_period")
    now = utcnow()
    start = period.start.isoformat()
    try:
        with db.atomic():  # one transaction: the report and its audit line, or neither
            existing = find_report(db, measure.key, area_id, start)
            if existing is not None and _same_update(existing, update_id, reporter_id, figures):
                # the update that saved it, handled again after a crash before it was marked done
                return existing, (REPLACE if replace else CREATE)
            if existing is not None:
                if not replace or (replacing is not None and existing.figures != replacing):
                    raise DuplicateReport(existing)
                db["reports"].update(existing.id, {**_columns(figures), "reporter_id": reporter_id,
                                                   "updated_at": now, "update_id": update_id})
                _audit(db, existing.id, reporter_id, REPLACE, existing.figures, figures, reason, now)
                report_id, action = existing.id, REPLACE
            else:
                db["reports"].insert({
                    "measure": measure.key, "area_id": area_id, "period_kind": period.kind,
                    "period_start": start, "period_end": period.end.isoformat(), **_columns(figures),
                    "reporter_id": reporter_id, "created_at": now, "updated_at": None, "update_id": update_id,
                })
                report_id = db.execute("select last_insert_rowid()").fetchone()[0]
                _audit(db, report_id, reporter_id, CREATE, None, figures, None, now)
                action = CREATE
    except sqlite3.IntegrityError:
        existing = find_report(db, measure.key, area_id, start)
        if existing is None:
            raise
        raise DuplicateReport(existing) from None
    return get_report(db, report_id), action  # type: ignore[return-value]


def check_report(db: sqlite_utils.Database, *, measure: Measure, area_id: int, period: Period,
                 figures: dict[str, int], reporter_id: int, update_id: int | None = None,
                 replace: bool = False, replacing: dict[str, int] | None = None) -> None:
    """What ``save_report`` would refuse, raised without writing anything: InputProblem for
    bad figures or period, DuplicateReport for a report of the same measure, area and period
    that may not be replaced. Lets the bot answer before the report is written in the
    update's own transaction."""
    check_figures(measure, figures)
    if period.kind != measure.period:
        raise InputProblem("wrong_period")
    existing = find_report(db, measure.key, area_id, period.start.isoformat())
    if existing is None or _same_update(existing, update_id, reporter_id, figures):
        return
    if not replace or (replacing is not None and existing.figures != replacing):
        raise DuplicateReport(existing)


def check_correction(db: sqlite_utils.Database, report_id: int, *, measure: Measure, figures: dict[str, int],
                     old: dict[str, int] | None = None) -> Report:
    """What ``correct_report`` would refuse, raised without writing (LookupError,
    InputProblem, ReportChanged); returns the report as saved now."""
    check_figures(measure, figures)
    existing = get_report(db, report_id)
    if existing is None:
        raise LookupError(report_id)
    if old is not None and existing.figures != old:
        raise ReportChanged(existing)
    return existing


def correct_report(db: sqlite_utils.Database, report_id: int, *, measure: Measure, figures: dict[str, int],
                   changed_by: int, reason: str, old: dict[str, int] | None = None) -> Report:
    """Change a saved report's figures, keeping the old ones in ``report_audit`` with who,
    when and why. Raises LookupError for an unknown report, InputProblem for bad figures,
    ReportChanged when ``old`` (the figures being corrected) are no longer the saved ones."""
    check_figures(measure, figures)
    reason = clean_reason(reason)
    now = utcnow()
    with db.atomic():  # one transaction: the new figures and the audit line keeping the old
        existing = get_report(db, report_id)
        if existing is None:
            raise LookupError(report_id)
        if old is not None and existing.figures != old:
            raise ReportChanged(existing)
        db["reports"].update(report_id, {**_columns(figures), "updated_at": now})
        _audit(db, report_id, changed_by, CORRECT, existing.figures, figures, reason, now)
    return get_report(db, report_id)  # type: ignore[return-value]


def check_figures(measure: Measure, figures: dict[str, int]) -> None:
    """The last guard before storage: the right figures for the measure's kind, whole
    numbers from 0 to HARD_LIMIT, a rate no higher than 100%."""
    wanted = {"numerator", "denominator"} if measure.is_rate else {"value"}
    if set(figures) != wanted:
        raise InputProblem("wrong_figures")
    for number in figures.values():
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number <= HARD_LIMIT:
            raise InputProblem("not_number")
    if measure.is_rate:
        problem = check_rate(figures["numerator"], figures["denominator"])
        if problem:
            raise InputProblem(problem)


def list_reports(db: sqlite_utils.Database, *, reporter_id: int | None = None,
                 area_ids: Iterable[int] | None = None, limit: int = 10) -> list[Report]:
    """Recent reports, newest period first: those a person sent, or those of some areas."""
    where, params = [], []
    if reporter_id is not None:
        where.append("(reporter_id = ? or id in (select report_id from report_audit where changed_by = ?))")
        params += [reporter_id, reporter_id]
    if area_ids is not None:
        ids = sorted(set(area_ids)) or [-1]
        where.append(f"area_id in ({', '.join('?' for _ in ids)})")
        params += ids
    rows = db["reports"].rows_where(" and ".join(where) or None, params,
                                    order_by="period_start desc, id desc", limit=limit)
    return [_report(r) for r in rows]


def audit_trail(db: sqlite_utils.Database, report_id: int) -> list[dict[str, Any]]:
    """The report's history, oldest first, figures decoded from JSON."""
    rows = db["report_audit"].rows_where("report_id = ?", [report_id], order_by="id")
    return [{**r, "old_value": json.loads(r["old_value"]) if r["old_value"] else None,
             "new_value": json.loads(r["new_value"])} for r in rows]


def reports_for_period(db: sqlite_utils.Database, measure_key: str, period_start: str,
                       area_ids: Iterable[int] | None = None) -> list[Report]:
    """Every area's report of one measure for one period (for the digest)."""
    rows = db["reports"].rows_where("measure = ? and period_start = ?", [measure_key, period_start])
    wanted = set(area_ids) if area_ids is not None else None
    return [_report(r) for r in rows if wanted is None or r["area_id"] in wanted]


def _same_update(existing: Report, update_id: int | None, reporter_id: int, figures: dict[str, int]) -> bool:
    """``existing`` was saved by this very update (same id, reporter and figures)."""
    return (update_id is not None and existing.update_id == update_id and existing.reporter_id == reporter_id
            and existing.figures == figures)
