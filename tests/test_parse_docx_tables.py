"""Indicators given as a Word table in an appendix (issue 10, blind round 6).

A plan whose text only names its indicators, the figures being in a table "PHỤ LỤC: CÁC CHỈ
TIÊU …" with columns "TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 | Cơ quan chủ trì |
Cơ quan phối hợp", goal groups as rows merged across the table, and figure cells as officials
write them. The plan is fictional ("Hòa Sơn"); each layout is built with python-docx in the
test and ingested; the same indicators, targets, goals and agencies must come out whatever
the order of the columns, however the header and the group rows are laid out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import ingest_file, ingest_files
from knowledge.model import AT_LEAST, COUNT, EXACTLY, PER_1000_LIVE_BIRTHS, PERCENT, UNDER

TEXT = [
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN",
    "Số: 77/KH-UBND",
    "Hòa Sơn, ngày 12 tháng 7 năm 2021",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2021 - 2030",
    "I. MỤC TIÊU",
    "1. Mục tiêu tổng quát",
    "Mọi trẻ em trên địa bàn tỉnh được hưởng đầy đủ các quyền theo Luật Trẻ em.",
    "2. Chỉ tiêu cụ thể",
    "Kế hoạch đặt ra 06 chỉ tiêu, chia thành 02 nhóm (chi tiết tại Phụ lục kèm theo).",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế",
    "- Mở rộng chăm sóc sức khỏe bà mẹ, trẻ sơ sinh tại thôn, làng.",
    "PHỤ LỤC: CÁC CHỈ TIÊU THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG VÌ TRẺ EM TỈNH HÒA SƠN",
]

# (number, name, unit, 2025, 2030, lead, partners): the figures as officials write them
ROWS = [
    ("1", "Tỷ suất tử vong trẻ em dưới 5 tuổi (trên 1.000 trẻ đẻ sống)", "‰", "< 20", "< 15",
     "Sở Y tế", "UBND cấp huyện"),
    ("2", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "≥ 95", "Duy trì ≥ 98",
     "Sở Y tế", ""),
    ("3", "Tỷ lệ tảo hôn trong vùng đồng bào dân tộc thiểu số", "%", "Dưới 10", "Dưới 7",
     "Ban Dân tộc tỉnh", "Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh"),
    ("4", "Số trẻ em tử vong do đuối nước", "Trẻ em", "Giảm 10% so với 2020", "Giảm 20% so với 2020",
     "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh; UBND cấp xã"),
    ("5", "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh", "%", "98,5", "-",
     "Sở Tư pháp", "UBND cấp xã"),
    ("6", "Tỷ lệ trường học có phòng tư vấn tâm lý học sinh", "%", "", "100",
     "Sở Giáo dục và Đào tạo", "Sở Y tế"),
]
GROUPS = {"1": ("I", "Nhóm chỉ tiêu về sức khỏe"), "3": ("II", "Nhóm chỉ tiêu về bảo vệ trẻ em")}

EXPECTED_TARGETS = {
    # number: [(year, value, unit, comparator, the plan's comparing words, maintained)]
    1: [(2025, 20.0, PER_1000_LIVE_BIRTHS, UNDER, "<", False),
        (2030, 15.0, PER_1000_LIVE_BIRTHS, UNDER, "<", False)],
    2: [(2025, 95.0, PERCENT, AT_LEAST, "≥", False), (2030, 98.0, PERCENT, AT_LEAST, "≥", True)],
    3: [(2025, 10.0, PERCENT, UNDER, "Dưới", False), (2030, 7.0, PERCENT, UNDER, "Dưới", False)],
    4: [(2025, 10.0, PERCENT, AT_LEAST, "Giảm", False), (2030, 20.0, PERCENT, AT_LEAST, "Giảm", False)],
    5: [(2025, 98.5, PERCENT, AT_LEAST, None, False)],          # "-": no target for 2030
    6: [(2030, 100.0, PERCENT, AT_LEAST, None, False)],         # empty: none for 2025
}
EXPECTED_AGENCIES = {
    1: (["Sở Y tế"], ["Ủy ban nhân dân cấp huyện"]),
    2: (["Sở Y tế"], []),
    3: (["Ban Dân tộc"], ["Sở Tư pháp", "Hội Liên hiệp Phụ nữ tỉnh"]),
    4: (["Sở Lao động - Thương binh và Xã hội"], ["Công an tỉnh", "Ủy ban nhân dân cấp xã"]),
    5: (["Sở Tư pháp"], ["Ủy ban nhân dân cấp xã"]),
    6: (["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]),
}


def _fill(cell, text: str) -> None:
    cell.text = text


def _gia_lai_layout(document) -> None:
    """The round's own layout: one header row, each group a row merged across the table."""
    header = ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        _fill(cell, text)
    for row in ROWS:
        if row[0] in GROUPS:
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            _fill(merged, ". ".join(GROUPS[row[0]]))
        for cell, text in zip(table.add_row().cells, row):
            _fill(cell, text)


def _reordered_layout(document) -> None:
    """Columns in another order, the unit headed "ĐVT" and written "/1.000 trẻ đẻ sống",
    the later year first, and the group's label in a cell of its own."""
    header = ["STT", "Tên chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Mục tiêu năm 2030",
              "Mục tiêu năm 2025", "ĐVT"]
    order = [0, 1, 5, 6, 4, 3, 2]      # ROWS' columns in this header's order
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        _fill(cell, text)
    for row in ROWS:
        if row[0] in GROUPS:
            cells = table.add_row().cells
            _fill(cells[0], GROUPS[row[0]][0])
            _fill(cells[1], GROUPS[row[0]][1])
        unit = "/1.000 trẻ đẻ sống" if row[2] == "‰" else row[2]
        values = [*row[:2], unit, *row[3:]]
        for cell, index in zip(table.add_row().cells, order):
            _fill(cell, values[index])


def _two_row_header_layout(document) -> None:
    """A header of two rows with merged cells ("Mục tiêu" over "Năm 2025 | Năm 2030"), a
    column of past results, groups merged across the table, and the lead of indicators 1
    and 2 one cell merged over their rows."""
    top = ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2020", "Mục tiêu", "", "Cơ quan chủ trì",
           "Cơ quan phối hợp"]
    table = document.add_table(rows=2, cols=len(top))
    first, second = table.rows[0].cells, table.rows[1].cells
    for column in (0, 1, 2, 3, 6, 7):
        merged = first[column].merge(second[column])
        _fill(merged, top[column])
    _fill(first[4].merge(first[5]), "Mục tiêu")
    _fill(table.cell(1, 4), "Năm 2025")
    _fill(table.cell(1, 5), "Năm 2030")
    for row in ROWS:
        if row[0] in GROUPS:
            cells = table.add_row().cells
            _fill(cells[0].merge(cells[-1]), ". ".join(GROUPS[row[0]]))
        past = "12" if row[0] == "3" else "90"
        for cell, text in zip(table.add_row().cells, [*row[:3], past, *row[3:]]):
            _fill(cell, text)
        if row[0] == "2":
            above, below = table.rows[-2].cells[6], table.rows[-1].cells[6]
            _fill(above.merge(below), row[5])


def _figures_headed_chi_tieu_layout(document) -> None:
    """The names headed "Mục tiêu", the figures "Chỉ tiêu năm 2025", the agencies "Đơn vị
    chủ trì" before the unit's column "Đơn vị tính"."""
    header = ["TT", "Mục tiêu", "Chỉ tiêu năm 2025", "Chỉ tiêu năm 2030", "Đơn vị chủ trì",
              "Đơn vị phối hợp", "Đơn vị tính"]
    order = [0, 1, 3, 4, 5, 6, 2]
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        _fill(cell, text)
    for row in ROWS:
        if row[0] in GROUPS:
            cells = table.add_row().cells
            _fill(cells[0].merge(cells[-1]), ". ".join(GROUPS[row[0]]))
        for cell, index in zip(table.add_row().cells, order):
            _fill(cell, row[index])


LAYOUTS = {"gia_lai": _gia_lai_layout, "reordered": _reordered_layout,
           "two_row_header": _two_row_header_layout,
           "figures_headed_chi_tieu": _figures_headed_chi_tieu_layout}


ONE_ROW_HEADER = ["TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 | Cơ quan chủ trì | Cơ quan phối hợp"]
TWO_ROW_HEADER = ["TT | Chỉ tiêu | Đơn vị tính | Mục tiêu |  | Cơ quan chủ trì | Cơ quan phối hợp",
                  " |  |  | Năm 2025 | Năm 2030 |  | "]


def text_plan(path: Path, header: list[str]) -> Path:
    """The round's layout copied out as text: rows "cell | cell", each group a line of its
    own between them ("I. Nhóm chỉ tiêu về sức khỏe"); the header in one row or two (the
    years under a merged "Mục tiêu", the merged cells left empty)."""
    lines = list(header)
    for row in ROWS:
        if row[0] in GROUPS:
            lines.append(". ".join(GROUPS[row[0]]))
        lines.append(" | ".join(row))
    path.write_text("\n\n".join(TEXT) + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def docx_plan(path: Path, layout) -> Path:
    import docx
    document = docx.Document()
    for line in TEXT:
        document.add_paragraph(line)
    layout(document)
    document.add_paragraph("Ghi chú: ô để trống là chỉ tiêu chưa đặt mức cho năm 2025.")
    document.save(str(path))
    return path


TEXT_LAYOUTS = {"text": ONE_ROW_HEADER, "text_two_row_header": TWO_ROW_HEADER}


@pytest.fixture(scope="module", params=[*sorted(LAYOUTS), *TEXT_LAYOUTS])
def plan(request, tmp_path_factory):
    if request.param in TEXT_LAYOUTS:
        path = tmp_path_factory.mktemp(request.param) / "hoason.txt"
        return ingest_file(text_plan(path, TEXT_LAYOUTS[request.param]))
    path = tmp_path_factory.mktemp(request.param) / "hoason.docx"
    return ingest_file(docx_plan(path, LAYOUTS[request.param]))


def _indicator(plan, number):
    [found] = [i for i in plan.indicators if i.number == number]
    return found


def test_each_row_is_an_indicator_named_by_its_indicator_column(plan):
    assert [int(row[0]) for row in ROWS] == [i.number for i in plan.indicators]
    for row in ROWS:
        assert _indicator(plan, int(row[0])).text.startswith(row[1] + ":")


@pytest.mark.parametrize("number", sorted(EXPECTED_TARGETS))
def test_each_figure_cell_is_a_target_with_the_plans_comparator_and_unit(plan, number):
    got = [(t.year, t.value, t.unit, t.comparator, t.comparator_text, t.maintained)
           for t in _indicator(plan, number).targets if not t.achieved]
    assert EXPECTED_TARGETS[number] == got
    assert all(not t.needs_review for t in _indicator(plan, number).targets)


def test_a_reduction_keeps_its_base_year(plan):
    from knowledge.answer.format import base_year
    assert [2020, 2020] == [base_year(t) for t in _indicator(plan, 4).targets if not t.achieved]


# (value, unit, counted) of the "Thực hiện năm 2020" cell of each row of the two-row layout
EXPECTED_ACHIEVED = {1: (90.0, PER_1000_LIVE_BIRTHS, None), 2: (90.0, PERCENT, None),
                     3: (12.0, PERCENT, None), 4: (90.0, COUNT, "Trẻ em"), 5: (90.0, PERCENT, None),
                     6: (90.0, PERCENT, None)}


@pytest.mark.parametrize("number", sorted(EXPECTED_ACHIEVED))
def test_a_past_results_column_is_kept_as_the_result_achieved_not_a_target(plan, number, request):
    """"Thực hiện năm 2020 | 90": the plan's result for 2020, exactly, marked achieved (the
    unit column's words counted: "Trẻ em"); a table without such a column reports none."""
    achieved = [(t.year, t.value, t.unit, t.counted, t.comparator, t.comparator_text)
                for t in _indicator(plan, number).targets if t.achieved]
    if request.node.callspec.params["plan"] != "two_row_header":
        assert [] == achieved
        return
    value, unit, counted = EXPECTED_ACHIEVED[number]
    assert [(2020, value, unit, counted, EXACTLY, None)] == achieved


def test_group_rows_are_the_goals_of_the_rows_below(plan):
    from knowledge.parse.goals import indicators_by_goal
    got = [(g.label, g.number, g.title, [i.number for i in mine]) for g, mine in indicators_by_goal(plan)]
    assert [("I", 1, "sức khỏe", [1, 2]), ("II", 2, "bảo vệ trẻ em", [3, 4, 5, 6])] == got


def _names(plan, keys):
    by_key = {a.key: a.name for a in plan.agencies}
    return [by_key[k] for k in keys]


@pytest.mark.parametrize("number", sorted(EXPECTED_AGENCIES))
def test_lead_and_partner_columns_assign_each_listed_agency(plan, number):
    indicator = _indicator(plan, number)
    assert EXPECTED_AGENCIES[number] == (_names(plan, indicator.lead_agencies),
                                        _names(plan, indicator.partner_agencies))
    assert not [a.name for a in plan.agencies if ";" in a.name]


# --- the place name as the document writes it ----------------------------------------------

OTHER_PLAN = """ỦY BAN NHÂN DÂN TỈNH LÂM SƠN
Số: 5/KH-UBND
Lâm Sơn, ngày 01 tháng 3 năm 2021
KẾ HOẠCH
Giá trị và giá cả; làm lại, giá lại, sửa lại các giá trị của trẻ em giai đoạn 2021 - 2030

I. MỤC TIÊU

Chỉ tiêu 1: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98% vào năm 2025.
"""


def test_a_place_without_marks_is_spelled_as_the_plan_writes_it(tmp_path):
    """Other plans write "giá", "lại": "Gia Lai" is no "Giá Lại"."""
    other = tmp_path / "lamson.txt"
    other.write_text(OTHER_PLAN, encoding="utf-8")
    unmarked = tmp_path / "gialai.txt"
    unmarked.write_text(OTHER_PLAN.replace("LÂM SƠN", "GIA LAI").replace("Lâm Sơn", "Gia Lai")
                        .replace("Số: 5", "Số: 6").replace("giá lại", "thực hiện"), encoding="utf-8")
    plans = {p.number: p for p in ingest_files([other, unmarked])}
    assert "Gia Lai" == plans["6/KH-UBND"].locality
    assert "UBND tỉnh Gia Lai" == plans["6/KH-UBND"].issuer


@pytest.mark.parametrize("place, text, expected", [
    ("Gia Lai", "UBND tỉnh Gia Lai; giá cả, lại", "Gia Lai"),           # never marked: as written
    ("Ha Noi", "Ha Noi, ngày 5 … UBND thành phố Hà Nội", "Hà Nội"),      # its own marks elsewhere
    ("Can Tho", "Cần Thơ; CẦN THƠ; Can Thoi", "Cần Thơ"),
])
def test_place_as_spelled(place, text, expected):
    from knowledge.parse.header import place_as_spelled
    assert expected == place_as_spelled(place, text)


# --- the agencies' own section, however it is titled ---------------------------------------

@pytest.mark.parametrize("title", ["II. TỔ CHỨC THỰC HIỆN", "II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ",
                                   "II. PHÂN CÔNG TRÁCH NHIỆM"])
def test_tasks_under_a_section_of_the_agencies_responsibilities_are_theirs(tmp_path, title):
    """Each numbered heading names the agency whose tasks follow; an agency named inside a
    task ("Tham mưu UBND tỉnh bố trí kinh phí …") is no agency of its own."""
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(TEXT[:10] + [
        "Chỉ tiêu 1: Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95% vào năm 2025.",
        "Chỉ tiêu 2: Tỷ lệ trẻ em được khai sinh đạt 98% vào năm 2025.",
        title,
        "1. Sở Y tế",
        "- Chủ trì chỉ tiêu 1; duy trì đội ngũ cô đỡ thôn bản.",
        "2. Sở Tài chính",
        "- Tham mưu UBND tỉnh bố trí kinh phí thường xuyên thực hiện Kế hoạch; phối hợp thực hiện chỉ tiêu 2.",
    ]) + "\n", encoding="utf-8")
    plan = ingest_file(path)
    from collections import Counter
    assert {"Sở Y tế": 1, "Sở Tài chính": 1} == Counter(_names(plan, [t.agency for t in plan.tasks]))
    assert (["Sở Y tế"], []) == (_names(plan, _indicator(plan, 1).lead_agencies),
                                 _names(plan, _indicator(plan, 1).partner_agencies))
    assert ([], ["Sở Tài chính"]) == (_names(plan, _indicator(plan, 2).lead_agencies),
                                      _names(plan, _indicator(plan, 2).partner_agencies))


def test_an_appendix_tables_indicators_are_cited_under_the_appendix(plan):
    """Not under the last numbered section above it ("II. Tổ chức thực hiện")."""
    assert [f"Phụ lục › Chỉ tiêu {row[0]}" for row in ROWS] == [i.section for i in plan.indicators]
