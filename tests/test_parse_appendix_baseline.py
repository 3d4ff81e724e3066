"""A plan whose targets are only in a landscape appendix table (blind round 10's layout):
"TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2020 | Năm 2025 | Năm 2030 | Cơ quan chủ trì |
Cơ quan phối hợp", Roman group rows ("I. CHĂM SÓC SỨC KHỎE TRẺ EM"), one at a page's foot with
the header repeated before its rows, a unit column naming a rate per 100,000 or a count.

Read from the table: each row's targets with the unit its unit column gives, the 2020 column as
the result achieved (``Target.achieved``, never a target), the group rows as the plan's goals,
leads and partners. Written here as the PDF reader gives it ("| … |" rows), as plain text
("a | b" rows, the groups lines of their own), and as a landscape PDF built with fpdf2."""

from __future__ import annotations

import os

import pytest

from knowledge.ingest import ingest_file
from knowledge.model import (
    AT_LEAST, COUNT, EXACTLY, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN, PERCENT, UNDER, Indicator, Plan,
    Target,
)
from knowledge.parse.structure import parse_document

BODY = [
    "ỦY BAN NHÂN DÂN TỈNH LONG GIANG",
    "Số: 88/KH-UBND",
    "Long Giang, ngày 10 tháng 9 năm 2021",
    "KẾ HOẠCH",
    "Triển khai Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030 trên địa bàn tỉnh Long Giang",
    "Phần I. MỤC TIÊU",
    "Kế hoạch có 03 nhóm mục tiêu; mức phấn đấu từng năm và số liệu thực hiện năm 2020 của từng "
    "chỉ tiêu được quy định tại Phụ lục kèm theo.",
    "Phần II. NHIỆM VỤ, GIẢI PHÁP",
    "a) Mỗi năm tổ chức Tháng hành động vì trẻ em từ ngày 01 tháng 6 đến ngày 30 tháng 6.",
    "Phần III. PHÂN CÔNG TRÁCH NHIỆM",
    "1. Sở Y tế",
    "Chủ trì các chỉ tiêu về tử vong trẻ em và tiêm chủng; triển khai chăm sóc sức khỏe bà mẹ, trẻ sơ sinh.",
    "2. Sở Lao động - Thương binh và Xã hội",
    "Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh theo dõi, đôn đốc thực hiện Kế hoạch.",
    "3. Sở Văn hóa, Thể thao và Du lịch",
    "Chủ trì chỉ tiêu về điểm vui chơi cho trẻ em tại xã, phường, thị trấn.",
]
APPENDIX = "Phụ lục: CÁC CHỈ TIÊU CỦA KẾ HOẠCH"
HEADER = ("TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2020", "Năm 2025", "Năm 2030",
          "Cơ quan chủ trì", "Cơ quan phối hợp")
ROWS = [
    ("I. CHĂM SÓC SỨC KHỎE TRẺ EM",),
    ("1", "Tỷ suất tử vong trẻ em dưới 5 tuổi (trên 1.000 trẻ đẻ sống)", "‰", "17,4", "≤ 16", "≤ 13,5",
     "Sở Y tế", "Ban Dân tộc tỉnh"),
    ("2", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", "94,6", "≥ 96", "≥ 98",
     "Sở Y tế", "Sở Thông tin và Truyền thông"),
    ("II. BẢO VỆ TRẺ EM",),
    ("3", "Tỷ suất trẻ em bị tai nạn thương tích", "trẻ em/100.000 trẻ em", "520", "≤ 480", "≤ 430",
     "Sở Lao động - Thương binh và Xã hội", "Sở Y tế"),
    ("4", "Số trẻ em tử vong do đuối nước", "trường hợp", "48", "Giảm 5% so với 2020",
     "Giảm 10% so với 2020", "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh"),
    ("III. VUI CHƠI, GIẢI TRÍ CHO TRẺ EM",),
    ("5", "Số xã, phường, thị trấn có điểm vui chơi dành cho trẻ em", "xã/phường", "62", "≥ 80", "≥ 100",
     "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn"),
    ("6", "Tỷ lệ lây truyền HIV từ mẹ sang con", "%", "-", "-", "< 2", "Sở Y tế",
     "Sở Lao động - Thương binh và Xã hội"),
]

# number: [(year, value, unit, comparator, counted)] of the targets (the 2025 and 2030 columns)
TARGETS = {
    1: [(2025, 16.0, PER_1000_LIVE_BIRTHS, UNDER, None), (2030, 13.5, PER_1000_LIVE_BIRTHS, UNDER, None)],
    2: [(2025, 96.0, PERCENT, AT_LEAST, None), (2030, 98.0, PERCENT, AT_LEAST, None)],
    3: [(2025, 480.0, PER_100000_CHILDREN, UNDER, None), (2030, 430.0, PER_100000_CHILDREN, UNDER, None)],
    # "Giảm 5% so với 2020": read as round 6's cells are, the plan's word kept ("Giảm")
    4: [(2025, 5.0, PERCENT, AT_LEAST, None), (2030, 10.0, PERCENT, AT_LEAST, None)],
    5: [(2025, 80.0, COUNT, AT_LEAST, "xã/phường"), (2030, 100.0, COUNT, AT_LEAST, "xã/phường")],
    6: [(2030, 2.0, PERCENT, UNDER, None)],
}
# number: (value, unit, counted) of the "Thực hiện năm 2020" cell; None: "-"
ACHIEVED = {1: (17.4, PER_1000_LIVE_BIRTHS, None), 2: (94.6, PERCENT, None),
            3: (520.0, PER_100000_CHILDREN, None), 4: (48.0, COUNT, "trường hợp"),
            5: (62.0, COUNT, "xã/phường"), 6: None}
GOALS = [(1, "I", "CHĂM SÓC SỨC KHỎE TRẺ EM", [1, 2]), (2, "II", "BẢO VỆ TRẺ EM", [3, 4]),
         (3, "III", "VUI CHƠI, GIẢI TRÍ CHO TRẺ EM", [5, 6])]
AGENCIES = {1: (["Sở Y tế"], ["Ban Dân tộc"]), 2: (["Sở Y tế"], ["Sở Thông tin và Truyền thông"]),
            3: (["Sở Lao động - Thương binh và Xã hội"], ["Sở Y tế"]),
            4: (["Sở Lao động - Thương binh và Xã hội"], ["Công an tỉnh"]),
            5: (["Sở Văn hóa, Thể thao và Du lịch"], ["Tỉnh đoàn"]),
            6: (["Sở Y tế"], ["Sở Lao động - Thương binh và Xã hội"])}


def _pdf_reader_rows() -> list[str]:
    """As the PDF reader gives the table: "| … |" rows; group II alone at a page's foot, the
    header repeated on the next page before its rows."""
    lines = ["| " + " | ".join(HEADER) + " |"]
    for row in ROWS:
        lines.append("| " + " | ".join(row) + " |")
        if row[0].startswith("II."):
            lines.append("| " + " | ".join(HEADER) + " |")
    return lines


def _text_rows() -> list[str]:
    """As new_plan.txt writes it: "a | b" rows, each group a line of its own."""
    return [" | ".join(HEADER)] + [" | ".join(row) for row in ROWS]


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _landscape_pdf() -> bytes:
    """The body on a portrait page, the appendix table on a landscape one, as Word exports it."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for block in BODY:
        pdf.multi_cell(0, 6, block)
        pdf.ln(3)
    pdf.add_page(orientation="L")
    pdf.multi_cell(0, 6, APPENDIX)
    pdf.ln(3)
    pdf.set_font("DejaVu", size=8)
    with pdf.table(col_widths=(8, 70, 25, 22, 25, 25, 40, 50), text_align="LEFT",
                   headings_style=FontFace()) as table:
        head = table.row()
        for cell in HEADER:
            head.cell(cell)
        for cells in ROWS:
            row = table.row()
            if len(cells) == 1:
                row.cell(cells[0], colspan=len(HEADER))
            else:
                for cell in cells:
                    row.cell(cell)
    return bytes(pdf.output())


LAYOUTS = ["pdf_reader_rows", "text_rows", "landscape_pdf"]


@pytest.fixture(scope="module", params=LAYOUTS)
def plan(request, tmp_path_factory) -> Plan:
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "landscape_pdf":
        if not os.path.exists(FONT):
            pytest.skip("DejaVu Sans font missing")
        path = folder / "longgiang.pdf"
        path.write_bytes(_landscape_pdf())
        return ingest_file(path)
    rows = _pdf_reader_rows() if request.param == "pdf_reader_rows" else _text_rows()
    path = folder / "longgiang.txt"
    path.write_text("\n\n".join(BODY) + "\n\n" + APPENDIX + "\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return ingest_file(path)


def _indicator(plan: Plan, number: int) -> Indicator:
    [found] = [i for i in plan.indicators if i.number == number]
    return found


def test_every_row_is_an_indicator_with_no_warning(plan):
    from knowledge.parse.review import plan_warnings
    assert list(range(1, 7)) == [i.number for i in plan.indicators]
    assert [] == [(w.kind, w.indicator) for w in plan_warnings(plan)]


@pytest.mark.parametrize("number", sorted(TARGETS))
def test_the_year_columns_are_targets_with_the_unit_columns_unit(plan, number):
    got = [(t.year, t.value, t.unit, t.comparator, t.counted)
           for t in _indicator(plan, number).targets if not t.achieved]
    assert TARGETS[number] == got


@pytest.mark.parametrize("number", sorted(ACHIEVED))
def test_the_2020_column_is_the_result_achieved_not_a_target(plan, number):
    got = [(t.year, t.value, t.unit, t.counted, t.comparator, t.comparator_text)
           for t in _indicator(plan, number).targets if t.achieved]
    expected = ACHIEVED[number]
    assert ([] if expected is None else [(2020, *expected, EXACTLY, None)]) == got


def test_a_reduction_against_2020_keeps_the_plans_words(tmp_path):
    """"Giảm 5% so với 2020" is stated with its word and its base year, never "ít nhất 5%"."""
    from knowledge.answer.format import fmt_target
    path = tmp_path / "longgiang.txt"
    path.write_text("\n\n".join(BODY) + "\n\n" + APPENDIX + "\n\n" + "\n".join(_pdf_reader_rows()) + "\n",
                    encoding="utf-8")
    [first, second] = [t for t in _indicator(ingest_file(path), 4).targets if not t.achieved]
    assert ("Giảm", "Giảm") == (first.comparator_text, second.comparator_text)
    worded = fmt_target(first, "vi")
    assert "Giảm 5" in worded and "2020" in worded and "ít nhất" not in worded


def test_the_roman_group_rows_are_the_goals_of_the_rows_below(plan):
    from knowledge.parse.goals import indicators_by_goal
    got = [(g.number, g.label, g.title, [i.number for i in mine]) for g, mine in indicators_by_goal(plan)]
    assert GOALS == got
    assert ["Phụ lục"] * 3 == [g.section for g in plan.goals]        # cited where the table is


@pytest.mark.parametrize("number", sorted(AGENCIES))
def test_lead_and_partner_columns(plan, number):
    names = {a.key: a.name for a in plan.agencies}
    indicator = _indicator(plan, number)
    assert AGENCIES[number] == ([names[k] for k in indicator.lead_agencies],
                                [names[k] for k in indicator.partner_agencies])


def test_the_action_month_written_in_words_is_a_yearly_campaign(plan):
    assert [("Tháng hành động vì trẻ em", "06-01", "06-30")] == \
        [(c.name, c.yearly_start, c.yearly_end) for c in plan.campaigns]


# --- who counts as a target ------------------------------------------------------------------

def _target(year: int, value: float, achieved: bool = False) -> Target:
    return Target(metric="tỷ lệ tiêm chủng", metric_index=1, year=year, value=value, unit=PERCENT,
                  comparator=EXACTLY if achieved else AT_LEAST, achieved=achieved)


def _one_indicator_plan(targets: list[Target]) -> Plan:
    return Plan(slug="lg-kh88-2021", title="Kế hoạch", kind="kế hoạch", locality="Long Giang", issuer="UBND",
                number="88/KH-UBND", date=None, period="2021-2030", period_start=2021, period_end=2030,
                source_file="x.txt", source_sha256="",
                indicators=[Indicator(number=1, goal=None, text="Tỷ lệ tiêm chủng", section="Phụ lục",
                                      targets=targets)])


@pytest.mark.parametrize("targets, no_target", [
    ([_target(2020, 94.6, achieved=True)], True),                       # a result only: no target
    ([_target(2020, 94.6, achieved=True), _target(2025, 96.0)], False),
])
def test_the_review_card_counts_no_result_as_a_target(targets, no_target):
    from knowledge.parse.review import plan_warnings
    from knowledge.review import NO_TARGET, review
    card = review(_one_indicator_plan(targets))
    assert no_target == any(w.code == NO_TARGET for w in card.warnings)
    assert no_target == any(w.kind == "no_target" for w in plan_warnings(_one_indicator_plan(targets)))
    assert sum(not t.achieved for t in targets) == card.targets
    assert all(not fact.target.achieved for fact in card.samples)


@pytest.mark.parametrize("achieved", [True, False])
def test_the_field_stored_and_loaded(tmp_path, achieved):
    from knowledge.store import load_plans, open_database, save_plans
    db = open_database(tmp_path / "kb.db")
    save_plans(db, [_one_indicator_plan([_target(2020, 94.6, achieved=achieved)])])
    [loaded] = load_plans(db)
    assert [achieved] == [t.achieved for t in loaded.indicators[0].targets]


def test_a_database_from_before_the_field_loads_it_as_false(tmp_path):
    from knowledge.store import TARGETS as TABLE, load_plans, open_database, save_plans
    db = open_database(tmp_path / "kb.db")
    save_plans(db, [_one_indicator_plan([_target(2025, 96.0)])])
    db[TABLE].transform(drop={"achieved"})
    [loaded] = load_plans(db)
    assert [(2025, False)] == [(t.year, t.achieved) for t in loaded.indicators[0].targets]


# --- an agency heading wrapped over lines ----------------------------------------------------

@pytest.mark.parametrize("lines, heading", [
    # the names wrapped, their short end, then the task's first (full) line
    (["7. Sở Thông tin và Truyền thông; Đài Phát thanh và Truyền hình tỉnh; Báo Sóc",
      "Trăng",
      "Mở chuyên mục về quyền trẻ em, phòng chống xâm hại trên môi trường mạng; hướng",
      "dẫn hệ thống truyền thanh cơ sở phát thông điệp."],
     "7. Sở Thông tin và Truyền thông; Đài Phát thanh và Truyền hình tỉnh; Báo Sóc Trăng"),
    # one line of names over a longer task line
    (["2. Sở Y tế", "Chủ trì nhóm chỉ tiêu về tử vong trẻ em, dinh dưỡng, tiêm chủng."], "2. Sở Y tế"),
    # the names wrapped in lower case go on
    (["10. Đề nghị Tỉnh đoàn Sóc Trăng, Hội Liên hiệp Phụ nữ tỉnh, Ủy ban Mặt trận Tổ",
      "quốc Việt Nam tỉnh",
      "Tỉnh đoàn chủ trì duy trì Hội đồng trẻ em tỉnh và chỉ tiêu về mô hình thúc đẩy quyền tham gia."],
     "10. Đề nghị Tỉnh đoàn Sóc Trăng, Hội Liên hiệp Phụ nữ tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
])
def test_an_agency_heading_ends_where_its_first_task_begins(lines, heading):
    doc = parse_document("Phần III. PHÂN CÔNG TRÁCH NHIỆM\n\n" + "\n".join(lines) + "\n")
    assert heading == doc.paragraphs[1].text
