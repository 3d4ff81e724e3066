"""The records extracted from a plan document.

A plan document becomes one ``Plan`` holding everything found in it. These dataclasses are
the contract between ingest (``knowledge/ingest.py`` and its parsers), storage
(``knowledge/store.py``) and answering (``knowledge/answer/engine.py``): each field is filled
from the document text, never typed in by hand.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# How a target compares the measured value with ``value``.
AT_LEAST = "at_least"          # "đạt 90%", "ít nhất 97%", "phấn đấu 100%"
UNDER = "under"                # "dưới 1,5", "xuống dưới 12%"
EXACTLY = "exactly"            # "xuống còn 7,3%", "là 2%", "100/100.000"
REDUCE_BY_PER_YEAR = "reduce_by_per_year"  # "giảm bình quân 3%/năm"
RANGE = "range"                # "từ 0,4 - 0,7%" (value .. value_max)
COMPARATORS = (AT_LEAST, UNDER, EXACTLY, REDUCE_BY_PER_YEAR, RANGE)

# Units, as stable codes; their display names are in the message catalogs.
PERCENT = "%"
PER_1000_LIVE_BIRTHS = "per_1000_live_births"
PER_100000_CHILDREN = "per_100000_children"
PER_1000 = "per_1000"          # "8‰" with nothing saying per 1,000 of what
COUNT = "count"                # communes, wards, facilities … (see Target.counted)


@dataclass
class Target:
    """One metric of an indicator for one year: ``under 1.5 per 1,000 live births in 2025``."""

    metric: str                  # the metric's own words, e.g. "tỷ suất tử vong trẻ sơ sinh"
    metric_index: int            # 1-based order of the metric within its indicator
    year: int | None             # 2025, 2030 … None when the text gives no year
    value: float
    unit: str                    # PERCENT, PER_1000_LIVE_BIRTHS, PER_1000, PER_100000_CHILDREN, COUNT
    comparator: str              # one of COMPARATORS
    value_max: float | None = None   # upper bound for RANGE
    qualifier: str | None = None     # "khu vực nội thành", "nông thôn" …
    counted: str | None = None       # for COUNT: what is counted, e.g. "xã/phường"
    maintained: bool = False         # "duy trì đến năm 2030": the value carried over
    text: str = ""                   # the clause of the document it was read from
    comparator_text: str | None = None   # the plan's own comparing words: "không vượt quá", "khống chế ở mức dưới"
    needs_review: bool = False       # not found again in its sentence (or read from a baseline
                                     # section): quote ``sentence``, never state it as a fact
    sentence: str = ""               # the whole source sentence (or table row), for quoting
    area: str | None = None          # the part of the province a breakdown allots it to ("Huyện
                                     # Minh Hóa"); None for the province's own (``Indicator.areas``)
    achieved: bool = False           # a result the plan reports for ``year`` (a baseline column
                                     # "Thực hiện năm 2020", "năm 2020 đạt 94,6%"), not a target:
                                     # ``comparator`` EXACTLY; never a goal to reach


@dataclass
class Indicator:
    """A numbered indicator ("Chỉ tiêu 14"), or an unnumbered target bullet of a group."""

    number: int | None           # None for unnumbered bullets (Điện Biên Phủ's targets)
    goal: int | None             # number of its goal ("Mục tiêu 2"), None if the plan has none
    text: str                    # full text of the indicator, as written
    section: str                 # section path for citing, e.g. "I.1.2 › Mục tiêu 2 › Chỉ tiêu 14"
    targets: list[Target] = field(default_factory=list)
    lead_agencies: list[str] = field(default_factory=list)     # Agency.key
    partner_agencies: list[str] = field(default_factory=list)  # Agency.key
    group: str | None = None     # for unnumbered bullets: the group title
    position: int = 0            # order within the plan
    goal_label: str | None = None    # label of its Goal ("a", "1"), also for unnumbered groups
    baseline: bool = False       # read in a baseline section ("Thực trạng …"): past results, not targets
    label: str | None = None     # its marker within its group when numbered per group: "iii" of "(iii)"
    areas: list[Target] = field(default_factory=list)   # its figures allotted by area (a breakdown
                                                         # table), asked only by the area's name


@dataclass
class Goal:
    """A goal ("Mục tiêu 1: Về phát triển toàn diện trẻ em …") or a group of targets."""

    number: int | None
    title: str
    declared_indicator_count: int | None = None   # "(07 Chỉ tiêu)" when the text says so
    section: str = ""
    label: str | None = None     # its list marker: "a" for "a) Mục tiêu 1 …" / a group "a) Các …"


@dataclass
class Agency:
    """An agency with one canonical name and every spelling met in the documents."""

    key: str                     # stable slug of the canonical name, e.g. "so-lao-dong-thuong-binh-va-xa-hoi"
    name: str                    # canonical name, with diacritics
    aliases: list[str] = field(default_factory=list)   # every spelling met, as written
    level: str | None = None     # "sở", "phòng", "ubnd", "công an", "đoàn thể" …
    mentioned_only: bool = False  # named in the text (e.g. as report recipient) without tasks


@dataclass
class Task:
    """One bullet under an agency's heading in the "Tổ chức thực hiện" section."""

    agency: str                  # Agency.key
    text: str
    section: str
    indicators: list[int] = field(default_factory=list)   # indicator numbers it mentions
    role: str | None = None      # "lead" / "partner" when the task assigns indicators


@dataclass
class Assignment:
    """Who leads or supports an indicator."""

    indicator: int
    agency: str                  # Agency.key
    role: str                    # "lead" or "partner"
    section: str
    text: str                    # the sentence it was read from


@dataclass
class Deadline:
    """A reporting or planning deadline: "trước ngày 15/12", "chậm nhất sau 03 ngày"."""

    kind: str                    # "yearly_report", "plan", "results", "incident_report", "report"
    text: str                    # the sentence it was read from
    section: str
    day: int | None = None
    month: int | None = None
    year: int | None = None      # None for a yearly deadline
    within_days: int | None = None   # "chậm nhất sau 03 ngày"
    recurring: bool = False      # every year
    submit_to: str | None = None     # Agency.key the report goes to
    who: str | None = None       # who must report, as written
    within_hours: int | None = None  # "trong vòng 24 giờ kể từ khi phát hiện"


@dataclass
class Contact:
    """A hotline or telephone number."""

    number: str                  # digits only, e.g. "02433525662"
    display: str                 # as written, e.g. "02433.525.662"
    label: str                   # what it is, e.g. "Tổng đài quốc gia bảo vệ trẻ em"
    section: str
    note: str = ""               # the plan's bracket after the number, e.g. "miễn phí, 24/7"


@dataclass
class Campaign:
    """A time-bound campaign such as the Action Month for Children."""

    name: str                    # "Tháng hành động vì trẻ em năm 2020"
    theme: str | None
    slogans: list[str]
    start: str | None            # ISO date "2020-06-01"
    end: str | None              # ISO date "2020-06-30"
    section: str
    yearly_start: str | None = None  # "06-01" (MM-DD): held every year from this day, no year given
    yearly_end: str | None = None    # "06-30" (MM-DD)
    when: str | None = None          # when it is held as written, no days given: "tháng 8 năm 2025"
    theme_year: int | None = None    # the year its theme is given for ("Chủ đề năm 2026: …"), when said


@dataclass
class Funding:
    """An amount a plan budgets: "Tổng kinh phí dự kiến giai đoạn 2021 - 2025 là 18.600 triệu
    đồng, trong đó ngân sách tỉnh 11.200 triệu đồng …" gives a total and one row per source."""

    amount: float                # in million đồng ("triệu đồng"); "1,5 tỷ đồng" → 1500
    source: str | None           # as written: "ngân sách tỉnh", "nguồn vận động xã hội hóa"; None: the total
    period: str | None           # "2021-2025" when the sentence names one
    written: str                 # the amount as written: "18.600 triệu đồng"
    text: str                    # the sentence it was read from
    section: str


@dataclass
class Passage:
    """A paragraph of the document with its section path, for search and citations."""

    section: str
    text: str
    position: int


@dataclass
class Plan:
    """Everything extracted from one plan document."""

    slug: str                    # short, from the text: "hn-kh138-2021", "ct-qd608-2021" …
    title: str
    kind: str                    # "kế hoạch", "quyết định", "chương trình" …
    locality: str                # "Hà Nội", "Cần Thơ", "Điện Biên Phủ"
    issuer: str                  # "UBND thành phố Hà Nội"
    number: str | None           # "138/KH-UBND", "608/QĐ-UBND"
    date: str | None             # ISO date when present
    period: str | None           # "2021-2030", "2021-2025", "2020", "2024"
    period_start: int | None
    period_end: int | None
    source_file: str             # file name it was read from
    source_sha256: str
    references: list[str] = field(default_factory=list)  # documents it implements: "Chỉ thị 28-CT/TW" …
    goals: list[Goal] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    campaigns: list[Campaign] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    signer: str | None = None        # who signed it: "Ngô Văn Quý" (None when not legible)
    signer_role: str | None = None   # as what: "Chủ tịch", "Phó Chủ tịch" (signing for the Chủ tịch)
    ocr: bool = False                # the text is an OCR scan that lost its diacritics: quote with care
    funding: list[Funding] = field(default_factory=list)   # amounts budgeted, total first
    proposer: str | None = None      # who proposed it: "Giám đốc Sở Y tế (Tờ trình số 312/TTr-SYT …)"

    def to_dict(self) -> dict:
        return asdict(self)
