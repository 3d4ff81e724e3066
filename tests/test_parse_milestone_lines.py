"""Targets whose figures stand on a line of years and a line of values (blind round 65's
layout): "MT1-a. Tỷ lệ … (đơn vị tính: %)" over "2025 ▸ 2028 ▸ 2030:   81,3 ▸ 87 ▸ 92", the
code its goal's letters and number and a letter ("MT2-đ" beside "MT2-d"), roles only in a
table by code; a text file whose headings stand on lines of their own with no blank line
after them. And a bare figure falling from the result reached is a level, not a floor.

Pure: a plan text (a fictional province, invented figures) → indicators, targets, roles;
then the reply an officer reads.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.model import AT_LEAST, EXACTLY, UNDER
from knowledge.parse.statements import years_then_values
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, _write


@pytest.mark.parametrize("line, clauses", [
    ("2025 ▸ 2028 ▸ 2030:   81,3 ▸ 87 ▸ 92", "năm 2025: 81,3; năm 2028: 87; năm 2030: 92"),
    ("    2025 ▸ 2028 ▸ 2030: 11,2 ▸ dưới 10,4 ▸ dưới 9,6", "    năm 2025: 11,2; năm 2028: dưới 10,4; năm 2030: dưới 9,6"),
    ("Tỷ lệ (%) 2025 | 2030: 5 | 6", "Tỷ lệ (%) năm 2025: 5; năm 2030: 6"),
    ("2025 - 2028 - 2030: 5 - 6 - 7", "năm 2025: 5; năm 2028: 6; năm 2030: 7"),
    # two years a dash apart are a period, and two figures so a range
    ("Giai đoạn 2021 - 2025: 30 - 35 tỷ đồng", "Giai đoạn 2021 - 2025: 30 - 35 tỷ đồng"),
    # figures not as many as the years: which goes with which is not guessed
    ("2025 ▸ 2028 ▸ 2030: 81,3 ▸ 92", "2025 ▸ 2028 ▸ 2030: 81,3 ▸ 92"),
])
def test_years_first_and_their_figures_after_are_read_as_clauses(line, clauses):
    assert years_then_values(line) == clauses


LINES = [
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN",
    "Số: 214/KH-UBND Hòa Sơn, ngày 22 tháng 5 năm 2026",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "",
    "I. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Mọi trẻ em được bảo đảm các quyền.",
    "2. Mục tiêu cụ thể",
    "Mỗi chỉ tiêu có mã theo nhóm mục tiêu và chữ cái; dòng số liệu ghi kết quả năm 2025 ▸ mốc năm 2028 ▸ mục tiêu năm 2030.",
    "",
    "Mục tiêu 1. Sức khỏe",
    "MT1-a. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %)",
    "    2025 ▸ 2028 ▸ 2030:   94,2 ▸ 96 ▸ 98",
    "MT1-b. Tỷ suất tử vong trẻ em dưới 5 tuổi (đơn vị tính: ‰, trên 1.000 trẻ đẻ sống)",
    "    2025 ▸ 2028 ▸ 2030:   16,8 ▸ dưới 15,5 ▸ dưới 14,2",
    "",
    "Mục tiêu 2. Bảo vệ trẻ em",
    "MT2-d. Tỷ suất trẻ em bị tử vong do tai nạn thương tích (đơn vị tính: trên 100.000 trẻ em)",
    "    2025 ▸ 2028 ▸ 2030:   13,4 ▸ 12 ▸ 10,5",
    "MT2-đ. Tỷ lệ trẻ em 6 - 15 tuổi biết bơi (đơn vị tính: %)",
    "    2025 ▸ 2028 ▸ 2030:   46,5 ▸ 53 ▸ 60",
    "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Bảng phân công theo mã chỉ tiêu",
    "| Mã chỉ tiêu | Tên rút gọn | Cơ quan chủ trì | Cơ quan phối hợp |",
    "| MT1-a | Tiêm chủng | Sở Y tế | Ủy ban nhân dân các xã, phường |",
    "| MT1-b | Tử vong dưới 5 tuổi | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |",
    "| MT2-d | Tai nạn thương tích | Sở Nội vụ | Công an tỉnh |",
    "| MT2-đ | Biết bơi | Sở Văn hóa, Thể thao và Du lịch | Tỉnh đoàn |",
    "2. Chế độ báo cáo",
    "Các sở, ngành báo cáo Sở Nội vụ trước ngày 05/12 hằng năm.",
    "",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
]


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("lines"), "\n".join(LINES) + "\n"))


def test_each_code_is_a_target_with_its_three_years(plan):
    assert [(i.goal, i.label) for i in plan.indicators] == [(1, "MT1-a"), (1, "MT1-b"), (2, "MT2-d"), (2, "MT2-đ")]
    assert [[(t.year, t.value, t.achieved) for t in i.targets] for i in plan.indicators] == [
        [(2025, 94.2, True), (2028, 96, False), (2030, 98, False)],
        [(2025, 16.8, True), (2028, 15.5, False), (2030, 14.2, False)],
        [(2025, 13.4, True), (2028, 12, False), (2030, 10.5, False)],
        [(2025, 46.5, True), (2028, 53, False), (2030, 60, False)]]
    # the unit the name declares is each figure's, and no part of what is measured
    assert {t.unit for t in plan.indicators[1].targets} == {"per_1000_live_births"}
    assert plan.indicators[1].targets[1].metric == "Tỷ suất tử vong trẻ em dưới 5 tuổi"


def test_a_bare_figure_falling_from_the_result_is_a_level_not_a_floor(plan):
    # "13,4 ▸ 12 ▸ 10,5": injuries come down to 12, no "at least 12"; a rising one keeps its floor
    assert [t.comparator for t in plan.indicators[2].targets[1:]] == [EXACTLY, EXACTLY]
    assert [t.comparator for t in plan.indicators[1].targets[1:]] == [UNDER, UNDER]
    assert [t.comparator for t in plan.indicators[3].targets[1:]] == [AT_LEAST, AT_LEAST]


def test_roles_by_code_keep_d_and_đ_apart(plan):
    assert _roles(plan) == [(["Sở Y tế"], ["Ủy ban nhân dân các xã, phường"]),
                            (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Sở Nội vụ"], ["Công an tỉnh"]),
                            (["Sở Văn hóa, Thể thao và Du lịch"], ["Tỉnh đoàn"])]


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu MT1-a của Hòa Sơn năm 2030 là bao nhiêu?", "98% (2030)"),
    ("mt1-b moc giua ky 2028 hoa son", "dưới 15,5/1.000 trẻ đẻ sống (2028)"),
    ("MT2-đ Hòa Sơn ai chủ trì?", "Chủ trì: Sở Văn hóa, Thể thao và Du lịch"),
    ("Which unit leads MT2-d in the Hoa Son plan?", "Chủ trì: Sở Nội vụ"),
])
def test_an_officer_asks_a_target_by_its_code(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path, "\n".join(LINES) + "\n"))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


def test_targets_on_lines_of_their_own_and_years_whose_figures_wrapped():
    from knowledge.parse.structure import parse_document

    # "Chỉ tiêu 2. …" opens a target whatever stands above it; "2025 ▸ 2028 ▸ 2030:" alone
    # on its line goes on with the figures under it
    text = ("2. Các chỉ tiêu cụ thể\nChỉ tiêu 1. Tỷ lệ trẻ em được đăng ký khai sinh\nđạt 100% năm 2030.\n"
            "Chỉ tiêu 2. Tỷ lệ trẻ em được tiêm chủng\n2025 ▸ 2028 ▸ 2030:\n\n85 ▸ 90 ▸ 95\n")
    assert [p.body for p in parse_document(text).paragraphs][1:] == [
        "Chỉ tiêu 1. Tỷ lệ trẻ em được đăng ký khai sinh đạt 100% năm 2030.",
        "Chỉ tiêu 2. Tỷ lệ trẻ em được tiêm chủng 2025 ▸ 2028 ▸ 2030: 85 ▸ 90 ▸ 95"]


def test_a_numbered_heading_on_its_own_line_is_no_part_of_the_text_under_it():
    from knowledge.parse.structure import parse_document

    # a text of paragraphs a blank line apart, some of whose headings have none after them
    text = ("I. MỤC TIÊU\n\n1. Mục tiêu chung\nMọi trẻ em được bảo đảm các quyền.\n\n"
            "2. Mục tiêu cụ thể\nKế hoạch có 2 chỉ tiêu, chia thành 2 nhóm mục tiêu.\n\n"
            "3. Phối hợp với Ủy ban\nMặt trận Tổ quốc tỉnh thực hiện.\n\n")
    assert [(p.kind, p.body) for p in parse_document(text).paragraphs] == [
        ("roman", "MỤC TIÊU"), ("number", "Mục tiêu chung"), ("plain", "Mọi trẻ em được bảo đảm các quyền."),
        ("number", "Mục tiêu cụ thể"), ("plain", "Kế hoạch có 2 chỉ tiêu, chia thành 2 nhóm mục tiêu."),
        # a line stopping on a word no heading ends with goes on
        ("number", "Phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh thực hiện.")]


def test_a_statement_coded_in_its_bracket_with_per_mille_typed_as_percent_o(tmp_path):
    # blind round 64's body bullets: "… vào năm 2030 (mã LT-03; kết quả năm 2025: 22,6%o)",
    # the code the tables cite; "%o" is per mille as typed (or read from a scan)
    lines = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 214/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
             "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
             "II. MỤC TIÊU", "2. Mục tiêu cụ thể",
             "- Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đúng hạn đạt 98,5% vào năm 2030 (mã LT-02; kết quả năm 2025: 93,4%).",
             "- Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống dưới 18,5%o (trên 1.000 trẻ đẻ sống) vào năm 2030 (mã LT-03; kết quả năm 2025: 22,6%o).",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    path = tmp_path / "hoason-kh214-2026.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    plan = ingest_file(path)
    assert [(i.label, sorted((t.year, t.value, t.unit) for t in i.targets)) for i in plan.indicators] == [
        ("LT-02", [(2025, 93.4, "%"), (2030, 98.5, "%")]),
        ("LT-03", [(2025, 22.6, "per_1000_live_births"), (2030, 18.5, "per_1000_live_births")])]


def test_every_year_in_an_appendix_by_code_and_roles_by_code_past_a_scans_specks(tmp_path):
    # blind round 64 (a scan): body targets coded in brackets give 2025 and 2030; an appendix
    # gives every year by code in bare figures, a table by area gives no figure of the whole
    # province; a speck the scan left between a header and its rows ("KH mmmnam") is nothing
    lines = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 214/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
             "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
             "II. MỤC TIÊU", "2. Mục tiêu cụ thể",
             "- Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống dưới 18,5‰ (trên 1.000 trẻ đẻ sống) vào năm 2030 (mã LT-03; kết quả năm 2025: 22,6‰).",
             "- Số cặp tảo hôn phát hiện trong năm giảm xuống dưới 230 cặp vào năm 2030 (mã LT-08; kết quả năm 2025: 412 cặp).",
             "PHỤ LỤC I-A", "| Mã | Vùng | KQ 2025 | 2028 | 2030 |",
             "| LT-08 | Vùng cao | 315 cặp | dưới 235 cặp | dưới 175 cặp |",
             "PHỤ LỤC I", "| Mã | Chỉ tiêu | ĐVT | KQ 2025 | 2026 | 2028 (sơ kết) | 2030 |", "KH mmmnam",
             "| LT-03 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 22,6 | dưới 21,8 | dưới 20,2 | dưới 18,5 |",
             "| LT-08 | Số cặp tảo hôn phát hiện trong năm | cặp | 412 | dưới 380 | dưới 310 | dưới 230 |",
             "PHỤ LỤC II", "| Mã | Cơ quan chủ trì | Cơ quan phối hợp |", "F-l-l~I",
             "| LT-03 | Sở Y tế | UBND các xã, phường |", "| LT-08 | Sở Dân tộc và Tôn giáo | Sở Tư pháp |",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    path = tmp_path / "hoason-kh214-2026.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    plan = ingest_file(path)
    assert [(i.label, sorted((t.year, t.value, t.unit) for t in i.targets)) for i in plan.indicators] == [
        ("LT-03", [(2025, 22.6, "per_1000_live_births"), (2026, 21.8, "per_1000_live_births"),
                   (2028, 20.2, "per_1000_live_births"), (2030, 18.5, "per_1000_live_births")]),
        ("LT-08", [(2025, 412, "count"), (2026, 380, "count"), (2028, 310, "count"), (2030, 230, "count")])]
    assert _roles(plan) == [(["Sở Y tế"], ["Ủy ban nhân dân các xã, phường"]),
                            (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp"])]
