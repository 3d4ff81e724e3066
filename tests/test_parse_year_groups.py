"""Targets grouped by year (blind round 11's layout): "2. Mục tiêu cụ thể đến năm 2025" over
lettered areas ("a) Về chăm sóc sức khỏe:") of "- …" targets, each area closed by the sentence
saying who leads it ("Sở Y tế chủ trì, phối hợp với … thực hiện các mục tiêu tại điểm này"),
then "3. Mục tiêu cụ thể đến năm 2030" stating most targets again in other words, a few for
one year only; the header in a borderless two-column table whose cells hold several lines.

Pure: a plan text fragment (a fictional province, invented figures) → indicators with both
years' targets, goals, leads and partners; then the same plan through a text file and
through a DOCX built here with python-docx.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.goals import parse_goals
from knowledge.parse.header import parse_header
from knowledge.parse.structure import parse_document
from knowledge.parse.yeargroups import match_statements, target_words, year_sections

LSX = "Sở Lao động - Thương binh và Xã hội"
HEAD = ("KẾ HOẠCH\nThực hiện chương trình vì trẻ em tỉnh Bình Nguyên giai đoạn 2021 - 2030\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n- Cụ thể hóa các mục tiêu của Chương trình.\n\nII. MỤC TIÊU\n\n"
        "1. Mục tiêu chung\n\nMọi trẻ em được bảo đảm các quyền.\n\n")
FIRST = ("2. Mục tiêu cụ thể đến năm 2025\n\n"
         "a) Về chăm sóc sức khỏe:\n\n"
         "- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 12,5‰ (trên 1.000 trẻ đẻ sống).\n\n"
         "- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 18,4‰.\n\n"
         "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt ít nhất 95,5%.\n\n"
         "Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Hội Liên hiệp Phụ nữ tỉnh và Ủy ban "
         "nhân dân các huyện, thành, thị thực hiện các mục tiêu tại điểm này.\n\n"
         "b) Về bảo vệ trẻ em:\n\n"
         "- Tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em giảm xuống dưới 0,5%.\n\n"
         "- Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98,2%.\n\n"
         f"{LSX} chủ trì, phối hợp với Công an tỉnh và Tỉnh đoàn thực hiện các mục tiêu tại điểm "
         "này; riêng mục tiêu về đăng ký khai sinh do Sở Tư pháp chủ trì, phối hợp với Công an "
         "tỉnh thực hiện.\n\n")
LATER = ("3. Mục tiêu cụ thể đến năm 2030\n\n"
         "a) Về chăm sóc sức khỏe:\n\n"
         "- Tỷ suất tử vong trẻ em dưới 1 tuổi không quá 10,1‰.\n\n"
         "- Tỷ suất tử vong trẻ em dưới 5 tuổi dưới 15,3‰.\n\n"
         "- Trên 97,5% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.\n\n"
         "- Tỷ lệ lây truyền HIV từ mẹ sang con dưới 2,1%.\n\n"
         "Sở Y tế chủ trì, phối hợp với các cơ quan nêu tại điểm a khoản 2 mục này thực hiện các "
         "mục tiêu tại điểm này.\n\n"
         "b) Về bảo vệ trẻ em:\n\n"
         "- Duy trì tỷ lệ trẻ em bị xâm hại dưới 0,5% tổng số trẻ em.\n\n"
         "- Phấn đấu 100% trẻ em dưới 5 tuổi được đăng ký khai sinh.\n\n"
         "- Tỷ lệ trẻ em được trợ giúp pháp lý đạt 90% (Sở Tư pháp chủ trì).\n\n"
         f"Phân công thực hiện như điểm b khoản 2 mục này ({LSX} chủ trì; Sở Tư pháp chủ trì mục "
         "tiêu đăng ký khai sinh).\n\n")
TAIL = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Triển khai tiêm chủng mở rộng.\n\n"
        f"2. {LSX}\n\n- Hướng dẫn các huyện xây dựng kế hoạch.\n\n3. Sở Tư pháp\n\n"
        "- Chỉ đạo đăng ký khai sinh đúng hạn.\n\nIV. CHẾ ĐỘ BÁO CÁO\n\n"
        "Các sở, ngành gửi báo cáo năm trước ngày 10 tháng 12 hằng năm.\n")

# (number, goal, [(year, value, comparator)]): the 2025 list's order, a 2030-only target
# after the target it follows in its own list
EXPECTED = [
    (1, 1, [(2025, 12.5, "under"), (2030, 10.1, "under")]),
    (2, 1, [(2025, 18.4, "under"), (2030, 15.3, "under")]),
    (3, 1, [(2025, 95.5, "at_least"), (2030, 97.5, "at_least")]),
    (4, 1, [(2030, 2.1, "under")]),
    (5, 2, [(2025, 0.5, "under"), (2030, 0.5, "under")]),
    (6, 2, [(2025, 98.2, "at_least"), (2030, 100.0, "at_least")]),
    (7, 2, [(2030, 90.0, "at_least")]),
]


def indicators(text: str) -> list[tuple[int, int, list[tuple[int | None, float, str]]]]:
    _, found = parse_goals(parse_document(text))
    return [(i.number, i.goal, [(t.year, t.value, t.comparator) for t in i.targets]) for i in found]


@pytest.mark.parametrize("fragment, expected", [
    # both sections: one indicator per target, both years' figures
    (FIRST + LATER, EXPECTED),
    # one section only: its year for every target, the lead sentence no target
    (FIRST, [(1, 1, [(2025, 12.5, "under")]), (2, 1, [(2025, 18.4, "under")]),
             (3, 1, [(2025, 95.5, "at_least")]), (4, 2, [(2025, 0.5, "under")]),
             (5, 2, [(2025, 98.2, "at_least")])]),
])
def test_targets_grouped_by_year(fragment, expected):
    assert expected == indicators(HEAD + fragment)


UNTITLED = ("2. Mục tiêu cụ thể\n\n"
            "a) Mục tiêu đến năm 2025:\n\n"
            "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%.\n\n"
            "- Tỷ lệ trẻ em bị xâm hại giảm xuống dưới 0,6%.\n\n"
            "b) Mục tiêu đến năm 2030:\n\n"
            "- Duy trì dưới 0,6% trẻ em bị xâm hại.\n\n"
            "- Trên 97% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.\n\n"
            "- Tỷ lệ tảo hôn dưới 3%.\n\n")


def test_year_sections_as_letters_with_their_targets_right_under_them():
    # no areas: no goals; matched across the years all the same, though 2030 lists them in
    # another order; the 2030-only target after the one it follows there (vaccination)
    goals, found = parse_goals(parse_document(HEAD + UNTITLED))
    assert [] == goals
    assert [(1, None, [(2025, 95.0, "at_least"), (2030, 97.0, "at_least")]),
            (2, None, [(2030, 3.0, "under")]),
            (3, None, [(2025, 0.6, "under"), (2030, 0.6, "under")])] == indicators(HEAD + UNTITLED)
    assert found[0].section == "II › 2. Mục tiêu cụ thể › a) Mục tiêu đến năm 2025 › Chỉ tiêu 1"


def test_year_sections_titled_by_period():
    fragment = (FIRST + LATER).replace("cụ thể đến năm 2025", "giai đoạn 2021 - 2025").replace(
        "cụ thể đến năm 2030", "giai đoạn 2026 - 2030")
    assert EXPECTED == indicators(HEAD + fragment)
    _, found = parse_goals(parse_document(HEAD + fragment))
    assert found[0].text.startswith("Giai đoạn 2021 - 2025: Giảm tỷ suất")


def test_goals_once_with_their_titles_and_text_under_each_year():
    goals, found = parse_goals(parse_document(HEAD + FIRST + LATER))
    assert [(1, "Về chăm sóc sức khỏe"), (2, "Về bảo vệ trẻ em")] == [(g.number, g.title) for g in goals]
    assert found[0].text == ("Đến năm 2025: Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 12,5‰ "
                             "(trên 1.000 trẻ đẻ sống). Đến năm 2030: Tỷ suất tử vong trẻ em dưới 1 "
                             "tuổi không quá 10,1‰.")
    assert found[0].section.endswith("a) Về chăm sóc sức khỏe › Chỉ tiêu 1")
    # the restated figure keeps the first statement's unit; "duy trì" is kept
    assert {t.unit for t in found[0].targets} == {"per_1000_live_births"}
    assert [t.maintained for t in found[4].targets] == [False, True]
    assert not any("chủ trì" in i.text and not i.targets for i in found)


@pytest.mark.parametrize("earlier, later, expected", [
    # ages are words of the target, figures and comparing words are not
    (["Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 12‰", "Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 18‰"],
     ["Tỷ suất tử vong trẻ em dưới 5 tuổi dưới 15‰", "Tỷ suất tử vong trẻ em dưới 1 tuổi không quá 10‰"],
     {0: 1, 1: 0}),
    # a target stated for one year only matches nothing
    (["Tỷ lệ trẻ em bị xâm hại giảm xuống dưới 0,5%"], ["Tỷ lệ lây truyền HIV từ mẹ sang con dưới 2%"], {}),
])
def test_statements_matched_by_their_words(earlier, later, expected):
    assert expected == match_statements(earlier, later)


def test_target_words_leave_out_figures_but_keep_ages():
    assert {"tu", "vong", "tre", "em", "1", "tuoi"} == target_words(
        "Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 11,6‰ (trên 1.000 trẻ đẻ sống).")


@pytest.mark.parametrize("fragment", [
    # a numbered heading without a year, and a year heading whose letters state figures themselves
    "2. Mục tiêu cụ thể\n\na) Về sức khỏe:\n\n- Tỷ lệ tiêm chủng đạt 95%.\n\n- Tỷ lệ A đạt 90%.\n\n",
    "2. Mục tiêu đến năm 2025\n\na) Tỷ lệ tiêm chủng đạt 95%.\n\nb) Tỷ lệ A đạt 90%.\n\n",
    # a year heading over one target only
    "2. Mục tiêu cụ thể đến năm 2025\n\na) Về sức khỏe:\n\n- Tỷ lệ tiêm chủng đạt 95%.\n\n",
])
def test_other_layouts_are_no_year_groups(fragment):
    assert [] == year_sections(parse_document(HEAD + fragment))


def _plan(plan) -> tuple[list, dict]:
    names = {a.key: a.name for a in plan.agencies}
    got = [(i.number, i.goal, [(t.year, t.value, t.comparator) for t in i.targets]) for i in plan.indicators]
    roles = {i.number: ([names[k] for k in i.lead_agencies], sorted(names[k] for k in i.partner_agencies))
             for i in plan.indicators}
    return got, roles


# "Ủy ban nhân dân các huyện, thành, thị" is one name, not "… các huyện", "thành", "thị"
HEALTH_PARTNERS = ["Hội Liên hiệp Phụ nữ tỉnh", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các huyện, thành, thị"]
ROLES = {
    1: (["Sở Y tế"], HEALTH_PARTNERS),
    2: (["Sở Y tế"], HEALTH_PARTNERS),
    3: (["Sở Y tế"], HEALTH_PARTNERS),
    # only in 2030: its sentence names the lead, its partners those of "điểm a khoản 2"
    4: (["Sở Y tế"], HEALTH_PARTNERS),
    5: ([LSX], ["Công an tỉnh", "Tỉnh đoàn"]),
    # "riêng mục tiêu về đăng ký khai sinh do Sở Tư pháp chủ trì, phối hợp với Công an tỉnh"
    6: (["Sở Tư pháp"], ["Công an tỉnh"]),
    # its own bracket
    7: (["Sở Tư pháp"], []),
}


def test_year_grouped_plan_through_a_text_file(tmp_path):
    path = tmp_path / "binhnguyen-kh88-2021.txt"
    path.write_text("ỦY BAN NHÂN DÂN TỈNH BÌNH NGUYÊN\nSố: 88/KH-UBND    Bình Nguyên, ngày 05 tháng 8 "
                    "năm 2021\n\n" + HEAD + FIRST + LATER + TAIL, encoding="utf-8")
    plan = ingest_file(path)
    got, roles = _plan(plan)
    assert EXPECTED == got
    assert ROLES == roles
    assert [(1, 4), (2, 3)] == [(g.number, len([i for i in plan.indicators if i.goal == g.number]))
                                for g in plan.goals]
    # who leads an area's targets is no task of the agency it names
    assert not any("chủ trì" in t.text for t in plan.tasks)


@pytest.mark.parametrize("cells, number, date", [
    # one row: each cell's lines joined, the issuer's rule between name and number
    ("| ỦY BAN NHÂN DÂN TỈNH BÌNH NGUYÊN ------- Số: 88/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
     "Độc lập - Tự do - Hạnh phúc --------------- Bình Nguyên, ngày 05 tháng 8 năm 2021 |", "88/KH-UBND", "2021-08-05"),
    # no rule: "Số:" starts a line of the cell
    ("| ỦY BAN NHÂN DÂN TỈNH BÌNH NGUYÊN Số: 88/KH-UBND | Bình Nguyên, ngày 05 tháng 8 năm 2021 |",
     "88/KH-UBND", "2021-08-05"),
    # two rows (round 8's header): as before
    ("| ỦY BAN NHÂN DÂN TỈNH BÌNH NGUYÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
     "| Số: 88/KH-UBND | Bình Nguyên, ngày 05 tháng 8 năm 2021 |", "88/KH-UBND", "2021-08-05"),
])
def test_header_table_cells_of_several_lines(cells, number, date):
    header = parse_header(parse_document(cells + "\n\n" + HEAD))
    assert (number, date) == (header.number, header.date)


def _docx(path: Path) -> Path:
    """The plan as Word writes it: a borderless 1×2 header table whose cells hold several
    paragraphs (issuer, rule, number / motto, rule, date), headings as plain paragraphs,
    the targets in "List Bullet" paragraphs (no "- " typed)."""
    import docx
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    for cell, lines in zip(header.rows[0].cells,
                           [["ỦY BAN NHÂN DÂN TỈNH BÌNH NGUYÊN", "-------", "Số: 88/KH-UBND"],
                            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                             "---------------", "Bình Nguyên, ngày 05 tháng 8 năm 2021"]]):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for block in (HEAD + FIRST + LATER + TAIL).split("\n\n"):
        for line in block.split("\n"):
            if line.startswith("- "):
                document.add_paragraph(line[2:], style="List Bullet")
            elif line.strip():
                document.add_paragraph(line)
    document.save(str(path))
    return path


def test_year_grouped_plan_through_a_docx(tmp_path):
    plan = ingest_file(_docx(tmp_path / "binhnguyen.docx"))
    assert "88/KH-UBND" == plan.number
    got, roles = _plan(plan)
    assert EXPECTED == got
    assert ROLES == roles
