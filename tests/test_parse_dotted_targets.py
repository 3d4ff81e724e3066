"""Targets numbered "2.1.", "2.2." … under "2. Mục tiêu cụ thể", in groups "Nhóm 1: …" (issue 10,
blind round 12).

The plan here is written by the test for a fictional province ("Lâm Xuyên"), with invented
figures: its targets numbered by the section they are in ("2.1. Đến năm 2025 …"), under bold
group lines "Nhóm 1: Chăm sóc sức khỏe"; its agencies' paragraphs name them as written ("Sở Y
tế chủ trì thực hiện các chỉ tiêu 2.1 và 2.2"). Read as a text with a blank line between
paragraphs, as a PDF's text gives it (no blank lines, the section title run into the group
line) and as a Word document. Each test checks the records ingest extracts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import ingest_file
from knowledge.model import AT_LEAST, UNDER

PARAGRAPHS = [
    "ỦY BAN NHÂN DÂN TỈNH LÂM XUYÊN",
    "Số: 731/KH-UBND Lâm Xuyên, ngày 14 tháng 9 năm 2021",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Lâm Xuyên giai đoạn 2021 - 2030",
    "Ủy ban nhân dân tỉnh Lâm Xuyên ban hành Kế hoạch với các nội dung sau đây.",
    "I. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Mọi trẻ em trên địa bàn tỉnh được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể",
    "Nhóm 1: Chăm sóc sức khỏe",
    "2.1. Đến năm 2025, tỷ suất tử vong ở trẻ em dưới 1 tuổi giảm xuống dưới 9 trên 1.000 trẻ đẻ "
    "sống, và đến năm 2030 còn dưới 7,5.",
    "2.2. Ít nhất 93% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ vào năm 2025; con số này được "
    "nâng lên 97% vào năm 2030.",
    "Nhóm 2: Bảo vệ trẻ em",
    "2.3. Trẻ em từ 6 tuổi trở lên biết bơi an toàn chiếm 41% vào năm 2025, đạt 57% vào năm 2030.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Lao động - Thương binh và Xã hội là cơ quan thường trực, chủ trì thực hiện chỉ tiêu 2.3; "
    "theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
    "2. Sở Y tế chủ trì thực hiện các chỉ tiêu 2.1 và 2.2; phối hợp với Hội Liên hiệp Phụ nữ tỉnh "
    "trong truyền thông dinh dưỡng.",
    "3. Sở Giáo dục và Đào tạo phối hợp thực hiện chỉ tiêu 2.3; tổ chức dạy bơi cho học sinh.",
    "4. Ủy ban nhân dân các huyện ban hành kế hoạch của địa phương và bố trí nguồn lực thực hiện.",
    "Kinh phí",
    "Kinh phí thực hiện được bảo đảm từ ngân sách nhà nước theo phân cấp hiện hành.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
]


def _write_text(path: Path, blank_lines: bool) -> Path:
    path = path / "lamxuyen-kh731-2021.txt"
    path.write_text(("\n\n" if blank_lines else "\n").join(PARAGRAPHS) + "\n", encoding="utf-8")
    return path


def _write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for text in PARAGRAPHS:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = text.startswith("Nhóm")
    path = path / "lamxuyen-kh731-2021.docx"
    document.save(str(path))
    return path


@pytest.fixture(scope="module", params=["blank lines", "no blank lines", "docx"])
def plan(request, tmp_path_factory):
    where = tmp_path_factory.mktemp(request.param.replace(" ", "_"))
    if request.param == "docx":
        return ingest_file(_write_docx(where))
    return ingest_file(_write_text(where, blank_lines=request.param == "blank lines"))


def _indicator(plan, number):
    return next(i for i in plan.indicators if i.number == number)


def _names(plan, keys):
    names = {a.key: a.name for a in plan.agencies}
    return [names[key] for key in keys]


def test_each_dotted_target_is_an_indicator_of_its_group(plan):
    assert [(i.number, i.goal, i.goal_label) for i in plan.indicators] == [
        (1, 1, "1"), (2, 1, "1"), (3, 2, "2")]
    assert [(g.number, g.title) for g in plan.goals] == [
        (1, "Chăm sóc sức khỏe"), (2, "Bảo vệ trẻ em")]


def test_the_written_number_is_kept_in_the_citation(plan):
    # the label officers read: "chỉ tiêu 2.3" is cited as written, number 3 within its section
    assert [i.section.rsplit(" › ", 1)[-1] for i in plan.indicators] == [
        "Chỉ tiêu 2.1", "Chỉ tiêu 2.2", "Chỉ tiêu 2.3"]
    assert "Nhóm 2" in _indicator(plan, 3).section


@pytest.mark.parametrize("number, expected", [
    (1, [(2025, 9, UNDER), (2030, 7.5, UNDER)]),
    (2, [(2025, 93, AT_LEAST), (2030, 97, AT_LEAST)]),
    (3, [(2025, 41, AT_LEAST), (2030, 57, AT_LEAST)]),
])
def test_both_years_are_read(plan, number, expected):
    assert [(t.year, t.value, t.comparator) for t in _indicator(plan, number).targets] == expected


@pytest.mark.parametrize("number, leads, partners", [
    (1, ["Sở Y tế"], []),
    (2, ["Sở Y tế"], []),
    (3, ["Sở Lao động - Thương binh và Xã hội"], ["Sở Giáo dục và Đào tạo"]),
])
def test_agency_paragraphs_assign_the_dotted_targets(plan, number, leads, partners):
    indicator = _indicator(plan, number)
    assert _names(plan, indicator.lead_agencies) == leads
    assert _names(plan, indicator.partner_agencies) == partners


def test_agency_names_end_before_their_duties(plan):
    names = {a.name for a in plan.agencies}
    assert "Sở Lao động - Thương binh và Xã hội" in names
    assert not any("cơ quan thường trực" in n or "trí nguồn lực" in n for n in names)


def test_the_sections_after_the_agencies_are_no_tasks(plan):
    # "Kinh phí" (run into its sentence when the lines are not blank-separated) and the
    # signature end the last agency's paragraph
    [key] = [a.key for a in plan.agencies if a.name.startswith("Ủy ban nhân dân các huyện")]
    assert [t.text for t in plan.tasks if t.agency == key] == [
        "Ủy ban nhân dân các huyện ban hành kế hoạch của địa phương và bố trí nguồn lực thực hiện."]


def test_header_number(plan):
    assert plan.number == "731/KH-UBND"


@pytest.mark.parametrize("text, numbers", [
    ("chủ trì thực hiện các chỉ tiêu 2.4, 2.5, 2.6, 2.10 và 2.17; phối hợp", [4, 5, 6, 10, 17]),
    ("chủ trì thực hiện chỉ tiêu 2.8; phối hợp", [8]),
    ("chủ trì các chỉ tiêu số 1, 2 và 3", [1, 2, 3]),        # plain numbers as before
    ("các chỉ tiêu từ 15 đến 18", [15, 16, 17, 18]),
    ("chỉ tiêu 2.000 trẻ em", [2]),                          # a figure, not "2.0"
])
def test_dotted_mentions_name_the_target_number(text, numbers):
    from knowledge.parse.tasks import indicator_mentions

    assert [n for _, found in indicator_mentions(text) for n in found] == numbers


@pytest.mark.parametrize("text, years", [
    ("100% trẻ em bị xâm hại được can thiệp vào năm 2025 và duy trì kết quả này đến năm 2030.",
     [(2025, 100), (2030, 100)]),
    ("đạt 100% vào năm 2025, duy trì mức này đến năm 2030", [(2025, 100), (2030, 100)]),
    ("đạt 95% vào năm 2025", [(2025, 95)]),
])
def test_a_figure_kept_on_to_a_later_year(text, years):
    from knowledge.parse.targets import parse_targets

    assert [(t.year, t.value) for t in parse_targets(text, eliminations=True)] == years


def test_a_title_wrapped_inside_its_period(tmp_path):
    # a PDF breaks "giai đoạn 2021 - 2030" after "2021" and puts "- 2030 …" after a blank line
    lines = PARAGRAPHS[:3] + ["Thực hiện Chương trình hành động vì trẻ em giai đoạn 2021", "",
                              "- 2030 trên địa bàn tỉnh Lâm Xuyên",
                              "Ủy ban nhân dân tỉnh Lâm Xuyên ban hành Kế hoạch với các nội dung sau đây."]
    path = tmp_path / "lamxuyen.txt"
    path.write_text("\n\n".join(PARAGRAPHS[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n\n"
                    + "\n\n".join(PARAGRAPHS[5:]) + "\n", encoding="utf-8")
    plan = ingest_file(path)
    assert plan.title == "Thực hiện Chương trình hành động vì trẻ em giai đoạn 2021 - 2030 trên địa bàn tỉnh Lâm Xuyên"
    assert plan.period == "2021-2030"
