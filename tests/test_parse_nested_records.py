"""Targets written as records inside one table cell, roles in a matrix of agencies by codes
(blind round 104's layout), and targets written as questions and their answers (round 105's).

The plans are fictional ("Hòa Sơn", figures invented), built by the test: a Word results table
with a row per goal whose middle cell holds a target a line, "HS-M1.2 | Tỷ suất … | 12,6‰ →
11,5‰ → 10,8‰", "=" at a milestone keeping the one before; a "Ma trận phân công" with the
agencies down and the targets' codes across, written without the plan's letters ("M1.2"),
"C" leading and "P" partnering; and a decision whose annex asks "Câu N. Đến năm 2030, … là
bao nhiêu?" and answers "- Phấn đấu đạt … (nền 2025: …; mốc 2028: …). [CT: SYT]", leads as
abbreviations a glossary declares, partners by question number under each box.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.formats.docx import _records

HEAD = [
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 58/KH-UBND", "Hòa Sơn, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Khung kết quả (các chỉ tiêu cụ thể)", "Bảng 1. Khung kết quả",
]
GOALS = [
    ("Mục tiêu 1. Sức khỏe trẻ em", [
        "HS-M1.1 | Tỷ suất tử vong trẻ em dưới 1 tuổi (‰) | 8,9‰ → 8,0‰ → 7,5‰",
        "HS-M1.2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | 97,3% → ≥ 98% → =",
    ], "Sở Y tế"),
    ("Mục tiêu 2. Bảo vệ trẻ em", [
        "HS-M2.1 | Tỷ lệ trẻ em được đăng ký khai sinh | 99,2% → 99,6% → 100%",
        "HS-M2.2 | Số trẻ em tử vong do đuối nước trong năm | 58 trẻ em → không vượt quá 45 trẻ em → không vượt quá 35 trẻ em",
    ], "Công an tỉnh"),
]
MATRIX = [
    ["Cơ quan", "M1.1", "M1.2", "M2.1", "M2.2"],
    ["Sở Y tế", "C", "C", "", "P"],
    ["Sở Tư pháp", "", "", "C", ""],
    ["Công an tỉnh", "P", "", "P", "C"],
]
TAIL = ["II. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế", "- Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch."]


def _docx(path):
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Mục tiêu", "Chỉ tiêu (Mã | tên | 2025 → 2028 → 2030)",
                                               "Đầu mối theo dõi")):
        cell.text = text
    for goal, records, focal in GOALS:
        row = table.add_row().cells
        row[0].text, row[2].text = goal, focal
        run = row[1].paragraphs[0].add_run()
        for k, record in enumerate(records):      # a line a target, apart by line breaks
            if k:
                run.add_break()
            run.add_text(record)
    document.add_paragraph("3. Ma trận phân công (C: chủ trì; P: phối hợp)")
    matrix = document.add_table(rows=len(MATRIX), cols=len(MATRIX[0]))
    for r, cells in enumerate(MATRIX):
        for c, text in enumerate(cells):
            matrix.rows[r].cells[c].text = text
    for line in TAIL:
        document.add_paragraph(line)
    document.save(path)
    return path


@pytest.fixture(scope="module")
def records_plan(tmp_path_factory):
    return ingest_file(_docx(tmp_path_factory.mktemp("records") / "hoason.docx"))


def by_label(plan, label):
    [found] = [i for i in plan.indicators if i.label == label]
    return found


def test_each_record_in_a_cell_is_a_target_with_its_code(records_plan):
    assert ["HS-M1.1", "HS-M1.2", "HS-M2.1", "HS-M2.2"] == [i.label for i in records_plan.indicators]
    assert "Tỷ suất tử vong trẻ em dưới 1 tuổi" in by_label(records_plan, "HS-M1.1").text


@pytest.mark.parametrize("label,year,value", [
    ("HS-M1.1", 2028, 8.0), ("HS-M1.1", 2030, 7.5),
    ("HS-M2.2", 2030, 35.0),
    ("HS-M1.2", 2030, 98.0),     # "=": the 2028 milestone kept
])
def test_each_arrow_step_is_its_years_figure(records_plan, label, year, value):
    targets = [t for t in by_label(records_plan, label).targets if t.year == year and not t.achieved]
    assert [value] == [t.value for t in targets]


def test_the_goal_cell_is_the_group_of_its_records(records_plan):
    assert [1, 1, 2, 2] == [i.goal for i in records_plan.indicators]


@pytest.mark.parametrize("label,lead,partners", [
    ("HS-M1.1", ["so-y-te"], ["cong-an"]),
    ("HS-M2.1", ["so-tu-phap"], ["cong-an"]),
    ("HS-M2.2", ["cong-an"], ["so-y-te"]),
])
def test_a_matrix_of_agencies_by_codes_gives_leads_and_partners(records_plan, label, lead, partners):
    indicator = by_label(records_plan, label)
    assert (lead, partners) == (indicator.lead_agencies, indicator.partner_agencies)


@pytest.mark.parametrize("lines,width", [
    (["A-1 | x | 1 → 2", "A-2 | y | 3 → 4"], 3),
    (["A-1 | x | 1 → 2"], None),                      # one line: prose, no table
    (["A-1 | x | 1 → 2", "A-2 | y"], None),           # records of two widths: not one table
    (["Sở Y tế", "Sở Tư pháp"], None),                # lines without fields
])
def test_a_cell_is_a_table_only_when_every_line_has_the_same_fields(lines, width):
    records = _records(lines)
    assert (len(records[0]) if records else None) == width


ASKED = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 412/QĐ-UBND", "Hòa Sơn, ngày 17 tháng 3 năm 2026", "QUYẾT ĐỊNH",
    "Phê duyệt Kế hoạch thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026-2030",
    "BẢNG KÝ HIỆU VIẾT TẮT",
    "  SYT ........ Sở Y tế",
    "  STP ........ Sở Tư pháp",
    "  CAT ........ Công an tỉnh",
    "  UBX ........ Ủy ban nhân dân các xã, phường",
    "PHẦN I. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế (SYT)",
    "- Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.",
    "PHỤ LỤC CÁC CHỈ TIÊU",
    "┌──────────────────────────────",
    "│ HỘP 1/2 - SỨC KHỎE TRẺ EM",
    "│ Câu 1. Đến năm 2030, tỷ suất tử vong trẻ em dưới 1 tuổi là bao",
    "│     nhiêu?",
    "│   - Phấn đấu giảm xuống dưới 7,5‰ (nền 2025: 8,9‰; mốc 2028: 8,2‰). [CT: SYT]",
    "│ Câu 2. Đến năm 2030, tỷ lệ trẻ em được tiêm chủng đầy đủ là bao nhiêu?",
    "│   - Duy trì ở mức từ 98,5% trở lên (nền 2025: 97,2%; mốc 2028: 98%).",
    "│     [CT: SYT]",
    "└──────────────────────────────",
    "↳ PH: Câu 1: CAT, UBX; Câu 2:",
    "UBX.",
    "┌──────────────────────────────",
    "│ HỘP 2/2 - BẢO VỆ TRẺ EM",
    "│ Câu 3. Đến năm 2030, tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh là bao nhiêu?",
    "│   - Phấn đấu đạt 100% (nền 2025: 98,7%; mốc 2028: 99,5%). [CT: STP]",
    "│ Câu 4. Đến năm 2030, số trẻ em tử vong do đuối nước là bao nhiêu?",
    "│   - Không vượt quá 35 trẻ em (nền 2025: 58 trẻ em; mốc 2028: 45 trẻ em). [CT: CAT]",
    "└──────────────────────────────",
    "↳ PH: Câu 3: CAT; Câu 4: SYT, UBX.",
])


@pytest.fixture(scope="module")
def asked_plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("asked") / "hoason-qd412.txt"
    path.write_text(ASKED, encoding="utf-8")
    return ingest_file(path)


def by_number(plan, number):
    [found] = [i for i in plan.indicators if i.number == number]
    return found


def test_each_question_answered_is_a_target(asked_plan):
    assert [1, 2, 3, 4] == [i.number for i in asked_plan.indicators]
    assert by_number(asked_plan, 1).text.startswith("Tỷ suất tử vong trẻ em dưới 1 tuổi")


@pytest.mark.parametrize("number,year,value,achieved", [
    (1, 2030, 7.5, False), (1, 2028, 8.2, False), (1, 2025, 8.9, True),
    (2, 2030, 98.5, False),          # the question wrapped over two lines, the lead on the next
    (4, 2030, 35.0, False), (4, 2025, 58.0, True),
])
def test_the_answer_and_its_bracket_give_each_years_figure(asked_plan, number, year, value, achieved):
    targets = [t for t in by_number(asked_plan, number).targets if t.year == year]
    assert [(value, achieved)] == [(t.value, t.achieved) for t in targets]


@pytest.mark.parametrize("number,lead,partners", [
    (1, ["so-y-te"], ["cong-an", "uy-ban-nhan-dan-cac-xa-phuong"]),
    (2, ["so-y-te"], ["uy-ban-nhan-dan-cac-xa-phuong"]),      # its partners wrapped to the next line
    (4, ["cong-an"], ["so-y-te", "uy-ban-nhan-dan-cac-xa-phuong"]),
])
def test_leads_by_declared_abbreviation_and_partners_by_question_number(asked_plan, number, lead, partners):
    indicator = by_number(asked_plan, number)
    assert (lead, partners) == (indicator.lead_agencies, indicator.partner_agencies)


def test_the_boxes_are_the_goals(asked_plan):
    assert [1, 1, 2, 2] == [i.goal for i in asked_plan.indicators]


# --- a logical framework: results merged down over their indicators (blind round 106) --------

FRAMEWORK = [
    ("Kết quả 1. Trẻ em được chăm sóc sức khỏe tốt hơn", [
        ("CS1.1. Tỷ suất tử vong trẻ em dưới 1 tuổi", "7,2‰", "6,8‰", "6,5‰", "Chủ trì: Sở Y tế / Phối hợp: Bảo hiểm xã hội tỉnh"),
        ("CS1.2. Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "14,6%", "13,5%", "12,8%", "Chủ trì: Sở Y tế / Phối hợp: Hội Liên hiệp Phụ nữ tỉnh"),
    ]),
    ("Kết quả 2. Trẻ em được học tập và vui chơi an toàn", [
        ("CS2.1. Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn", "42%", "55%", "65%", "Chủ trì: Sở Giáo dục và Đào tạo / Phối hợp: Tỉnh đoàn"),
        ("CS2.2. Tỷ lệ học sinh trung học cơ sở bỏ học", "0,42%", "0,3%", "Dưới 0,2%", "Chủ trì: Sở Giáo dục và Đào tạo"),
    ]),
]


def _framework_docx(path):
    import docx

    document = docx.Document()
    for line in HEAD[:-1] + ["Bảng 1. Khung logic"]:
        document.add_paragraph(line)
    header = ["Kết quả mong đợi", "Chỉ số", "Đường cơ sở (2025)", "Mục tiêu giữa kỳ (2028)",
              "Mục tiêu cuối kỳ (2030)", "Trách nhiệm"]
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for result, indicators in FRAMEWORK:
        first = len(table.rows)
        for row_cells in indicators:
            cells = table.add_row().cells
            for cell, text in zip(cells[1:], row_cells):
                cell.text = text
        top = table.cell(first, 0)
        top.merge(table.cell(len(table.rows) - 1, 0))     # the result merged down its indicators
        top.text = result
    for line in TAIL:
        document.add_paragraph(line)
    document.save(path)
    return path


@pytest.fixture(scope="module")
def framework_plan(tmp_path_factory):
    return ingest_file(_framework_docx(tmp_path_factory.mktemp("framework") / "hoason-khunglogic.docx"))


@pytest.mark.parametrize("label,figures", [
    ("CS1.1", {(2025, 7.2, True), (2028, 6.8, False), (2030, 6.5, False)}),
    ("CS2.2", {(2025, 0.42, True), (2028, 0.3, False), (2030, 0.2, False)}),
])
def test_each_indicator_of_a_merged_result_is_a_target_with_its_code(framework_plan, label, figures):
    assert figures == {(t.year, t.value, t.achieved) for t in by_label(framework_plan, label).targets}


@pytest.mark.parametrize("label,lead,partners", [
    ("CS1.1", ["so-y-te"], ["bao-hiem-xa-hoi"]),
    ("CS2.1", ["so-giao-duc-va-dao-tao"], ["tinh-doan"]),
    ("CS2.2", ["so-giao-duc-va-dao-tao"], []),
])
def test_a_cell_of_both_roles_gives_lead_and_partners(framework_plan, label, lead, partners):
    indicator = by_label(framework_plan, label)
    assert (lead, partners) == (indicator.lead_agencies, indicator.partner_agencies)
