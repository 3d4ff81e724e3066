"""Word's automatic list numbering (issue 10, blind round 8).

A plan whose targets are "List Number" paragraphs: the numbers "1.", "2." are not in the
text, Word draws them, and they run on across the goal headings ("Mục tiêu 2: …"), so the
ninth numbered paragraph is indicator 9. Its agencies' tasks are "List Bullet" paragraphs
under an unnumbered heading per agency; the lead and partners of each indicator are only in
an appendix table. Each document is built here with python-docx; the plan ("Hòa Sơn") is
fictional.

First the reader: the text it returns is the text a reader sees in Word (numbering from
numbering.xml, a style's numPr, restarts and overrides). Then the extraction: indicators
with their goal and figures, leads and partners from the appendix, the agencies' tasks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import ingest_file
from knowledge.model import AT_LEAST, COUNT, EXACTLY, PER_1000_LIVE_BIRTHS, PERCENT, UNDER
from knowledge.parse.formats.docx import read_docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- building blocks -------------------------------------------------------------------

def _add_list(document, levels: list[tuple[str, str, int]], overrides: dict[int, int] | None = None,
              redefine: dict[int, tuple[str, str, int]] | None = None) -> str:
    """A new list in numbering.xml: an abstractNum with ``levels`` (numFmt, lvlText,
    start), and a num pointing to it with ``overrides`` (ilvl → startOverride) and
    ``redefine`` (ilvl → a level of the num's own); its numId."""
    from docx.oxml import parse_xml
    root = document.part.numbering_part.element
    abstract_id = str(max(int(n.get(f"{{{_W}}}abstractNumId")) for n in root.iterchildren(f"{{{_W}}}abstractNum")) + 1)
    num_id = str(max(int(n.get(f"{{{_W}}}numId")) for n in root.iterchildren(f"{{{_W}}}num")) + 1)

    def level(ilvl: int, fmt: str, text: str, start: int) -> str:
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/></w:lvl>')

    abstract = parse_xml(f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{abstract_id}">'
                         + "".join(level(i, *spec) for i, spec in enumerate(levels)) + "</w:abstractNum>")
    # abstractNums come before the nums in numbering.xml
    first_num = next(root.iterchildren(f"{{{_W}}}num"))
    first_num.addprevious(abstract)
    extra = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                    for i, s in (overrides or {}).items())
    extra += "".join(f'<w:lvlOverride w:ilvl="{i}">{level(i, *spec)}</w:lvlOverride>'
                     for i, spec in (redefine or {}).items())
    root.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="{num_id}">'
                          f'<w:abstractNumId w:val="{abstract_id}"/>{extra}</w:num>'))
    return num_id


def _style_num_id(document, style: str) -> str:
    return document.styles[style].element.find(f"{{{_W}}}pPr/{{{_W}}}numPr/{{{_W}}}numId").get(f"{{{_W}}}val")


def _restart(document, style: str, start: int) -> str:
    """A num restarting ``style``'s list at ``start`` (Word's "Restart at …"): a new num of
    the same abstractNum with a startOverride."""
    from docx.oxml import parse_xml
    root = document.part.numbering_part.element
    old = _style_num_id(document, style)
    abstract_id = next(n for n in root.iterchildren(f"{{{_W}}}num") if n.get(f"{{{_W}}}numId") == old) \
        .find(f"{{{_W}}}abstractNumId").get(f"{{{_W}}}val")
    num_id = str(max(int(n.get(f"{{{_W}}}numId")) for n in root.iterchildren(f"{{{_W}}}num")) + 1)
    root.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                          f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'))
    return num_id


def _numbered(document, text: str, num_id: str, ilvl: int = 0, style: str | None = None):
    """A paragraph with its own numPr (numId, ilvl)."""
    paragraph = document.add_paragraph(text, style=style)
    number = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    number.get_or_add_ilvl().val = ilvl
    number.get_or_add_numId().val = int(num_id)
    return paragraph


def _text(document, tmp_path: Path) -> list[str]:
    path = tmp_path / "plan.docx"
    document.save(str(path))
    return read_docx(path.read_bytes()).text.strip().split("\n\n")


# --- the reader: the text as Word shows it ----------------------------------------------

def _style_list_across_headings(document):
    document.add_heading("Mục tiêu 1: Sức khỏe", level=2)
    document.add_paragraph("Tỷ lệ tiêm chủng đạt 95%.", style="List Number")
    document.add_paragraph("Tỷ lệ khai sinh đạt 99%.", style="List Number")
    document.add_heading("Mục tiêu 2: Bảo vệ", level=2)
    document.add_paragraph("Tỷ lệ tảo hôn dưới 5%.", style="List Number")


def _bullets(document):
    document.add_paragraph("Sở Y tế")
    document.add_paragraph("Triển khai tiêm chủng mở rộng.", style="List Bullet")
    document.add_paragraph("Hướng dẫn sơ cứu đuối nước.", style="List Bullet")


def _restarted(document):
    document.add_paragraph("Lồng ghép chỉ tiêu.", style="List Number")
    _numbered(document, "Kiện toàn Ban điều hành.", _restart(document, "List Number", 5))
    _numbered(document, "Phát triển cộng tác viên.", _restart(document, "List Number", 5))


def _letters_and_levels(document):
    num = _add_list(document, [("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1)])
    _numbered(document, "MỤC TIÊU", num, 0)
    _numbered(document, "Chỉ tiêu cụ thể", num, 1)
    _numbered(document, "Về sức khỏe", num, 2)
    _numbered(document, "Về giáo dục", num, 2)
    _numbered(document, "Chỉ tiêu khác", num, 1)
    _numbered(document, "Về bảo vệ", num, 2)          # a level restarts under its parent
    _numbered(document, "TỔ CHỨC THỰC HIỆN", num, 0)
    _numbered(document, "Sở Y tế", num, 1)


def _multilevel_text(document):
    num = _add_list(document, [("decimal", "%1.", 1), ("decimal", "%1.%2.", 1)])
    _numbered(document, "Mục tiêu", num, 0)
    _numbered(document, "Sức khỏe", num, 1)
    _numbered(document, "Giáo dục", num, 1)
    _numbered(document, "Giải pháp", num, 0)
    _numbered(document, "Truyền thông", num, 1)


def _override_level(document):
    """A num that redefines its first level (lower roman from 3, with a bracket) and one
    that starts the abstract list's second level at 4."""
    own = _add_list(document, [("decimal", "%1.", 1)], redefine={0: ("lowerRoman", "(%1)", 3)})
    _numbered(document, "Nội dung một", own)
    _numbered(document, "Nội dung hai", own)
    other = _add_list(document, [("decimal", "%1.", 1), ("upperLetter", "%2.", 1)], overrides={1: 4})
    _numbered(document, "Nhóm", other, 0)
    _numbered(document, "Mục", other, 1)


def _empty_numbered(document):
    document.add_paragraph("Chỉ tiêu thứ nhất.", style="List Number")
    document.add_paragraph("", style="List Number")      # Word still draws "2." for it
    document.add_paragraph("Chỉ tiêu thứ ba.", style="List Number")


def _zero_padded(document):
    num = _add_list(document, [("decimalZero", "%1.", 9)])
    _numbered(document, "Chỉ tiêu chín", num)
    _numbered(document, "Chỉ tiêu mười", num)


def _list_style_link(document):
    """A list whose abstractNum only links a list style ("numStyleLink"): its levels are
    those of the list the style points to."""
    from docx.oxml import parse_xml
    defined = _add_list(document, [("upperLetter", "%1.", 1)])
    document.styles.element.append(parse_xml(
        f'<w:style xmlns:w="{_W}" w:type="numbering" w:styleId="KeHoachList"><w:name w:val="KeHoachList"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{defined}"/></w:numPr></w:pPr></w:style>'))
    root = document.part.numbering_part.element
    abstract_id = str(max(int(n.get(f"{{{_W}}}abstractNumId")) for n in root.iterchildren(f"{{{_W}}}abstractNum")) + 1)
    next(root.iterchildren(f"{{{_W}}}num")).addprevious(parse_xml(
        f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{abstract_id}"><w:numStyleLink w:val="KeHoachList"/>'
        f'</w:abstractNum>'))
    num_id = str(max(int(n.get(f"{{{_W}}}numId")) for n in root.iterchildren(f"{{{_W}}}num")) + 1)
    root.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    _numbered(document, "Nhóm sức khỏe", num_id)
    _numbered(document, "Nhóm bảo vệ", num_id)


def _two_nums_one_list(document):
    """Two nums of one abstractNum, neither overriding it: Word numbers them as one list."""
    from docx.oxml import parse_xml
    first = _add_list(document, [("decimal", "%1)", 1)])
    root = document.part.numbering_part.element
    abstract_id = next(n for n in root.iterchildren(f"{{{_W}}}num") if n.get(f"{{{_W}}}numId") == first) \
        .find(f"{{{_W}}}abstractNumId").get(f"{{{_W}}}val")
    second = str(int(first) + 1)
    root.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="{second}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    _numbered(document, "Chỉ tiêu một", first)
    document.add_paragraph("Mục tiêu 2")
    _numbered(document, "Chỉ tiêu hai", second)


def _deeper_level_in_text(document):
    num = _add_list(document, [("decimal", "%1.%2.", 1), ("decimal", "%1.%2.", 1)])
    _numbered(document, "Lỗi mẫu số", num, 0)
    _numbered(document, "Mục con", num, 1)


READER_CASES = {
    "nums of one abstractNum run on": (_two_nums_one_list, ["1) Chỉ tiêu một", "Mục tiêu 2", "2) Chỉ tiêu hai"]),
    "a deeper level's number: no number drawn": (_deeper_level_in_text, ["Lỗi mẫu số", "1.1. Mục con"]),
    "decimalZero": (_zero_padded, ["09. Chỉ tiêu chín", "10. Chỉ tiêu mười"]),
    "a list style linked by numStyleLink": (_list_style_link, ["A. Nhóm sức khỏe", "B. Nhóm bảo vệ"]),
    "style list runs on across headings": (_style_list_across_headings, [
        "Mục tiêu 1: Sức khỏe", "1. Tỷ lệ tiêm chủng đạt 95%.", "2. Tỷ lệ khai sinh đạt 99%.",
        "Mục tiêu 2: Bảo vệ", "3. Tỷ lệ tảo hôn dưới 5%."]),
    "bullets are task lines": (_bullets, [
        "Sở Y tế", "- Triển khai tiêm chủng mở rộng.", "- Hướng dẫn sơ cứu đuối nước."]),
    "startOverride restarts a list": (_restarted, [
        "1. Lồng ghép chỉ tiêu.", "5. Kiện toàn Ban điều hành.", "5. Phát triển cộng tác viên."]),
    "roman, decimal, letters by level": (_letters_and_levels, [
        "I. MỤC TIÊU", "1. Chỉ tiêu cụ thể", "a) Về sức khỏe", "b) Về giáo dục", "2. Chỉ tiêu khác",
        "a) Về bảo vệ", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế"]),
    "multilevel %1.%2.": (_multilevel_text, [
        "1. Mục tiêu", "1.1. Sức khỏe", "1.2. Giáo dục", "2. Giải pháp", "2.1. Truyền thông"]),
    "lvlOverride redefines or restarts a level": (_override_level, [
        "(iii) Nội dung một", "(iv) Nội dung hai", "1. Nhóm", "D. Mục"]),
    "an empty numbered paragraph takes its number": (_empty_numbered, [
        "1. Chỉ tiêu thứ nhất.", "3. Chỉ tiêu thứ ba."]),
}


@pytest.mark.parametrize("case", sorted(READER_CASES))
def test_reader_writes_the_numbers_word_shows(case, tmp_path):
    import docx
    build, expected = READER_CASES[case]
    document = docx.Document()
    build(document)
    assert _text(document, tmp_path) == expected


# --- the extraction: a plan laid out as round 8's ----------------------------------------

GOALS = [
    ("Mục tiêu 1: Bảo đảm quyền được chăm sóc sức khỏe", [
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95% vào năm 2025 và 97% vào năm 2030.",
        "Tỷ suất tử vong trẻ em dưới 1 tuổi (tính trên 1.000 trẻ đẻ sống) năm 2025: dưới 12‰; "
        "năm 2030: dưới 10‰.",
        "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi giảm còn 18% vào năm 2025, "
        "phấn đấu xuống dưới 15% vào năm 2030.",
    ]),
    ("Mục tiêu 2: Bảo vệ trẻ em", [
        "Tỷ lệ tảo hôn giảm xuống dưới 7% vào năm 2025 và dưới 4% vào năm 2030.",
        "100% trẻ em bị ảnh hưởng bởi thiên tai được hỗ trợ kịp thời từ năm 2025 và duy trì 100% "
        "đến năm 2030.",
    ]),
    ("Mục tiêu 3: Thúc đẩy quyền tham gia của trẻ em", [
        "Số huyện tổ chức Diễn đàn trẻ em hằng năm đạt ít nhất 6 đơn vị vào năm 2025 và 9 đơn vị "
        "vào năm 2030.",
    ]),
]
APPENDIX = [("1", "Sở Y tế", "UBND các huyện, thành phố"),
            ("2", "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh"),
            ("3", "Sở Y tế", "Sở Giáo dục và Đào tạo"),
            ("4", "Ban Dân tộc tỉnh", "Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh"),
            ("5", "Sở Lao động - Thương binh và Xã hội", "Hội Chữ thập đỏ tỉnh"),
            ("6", "Tỉnh Đoàn", "Sở Lao động - Thương binh và Xã hội")]
TASKS = [("Sở Y tế", ["Triển khai tiêm chủng mở rộng tại các xã vùng cao.",
                      "Hướng dẫn sơ cứu trẻ em bị đuối nước tại trạm y tế xã."]),
         ("Sở Tư pháp", ["Chỉ đạo đăng ký khai sinh lưu động tại các xã miền núi."])]

# number: (goal, [(year, value, unit, comparator)])
EXPECTED = {
    1: (1, [(2025, 95.0, PERCENT, AT_LEAST), (2030, 97.0, PERCENT, AT_LEAST)]),
    2: (1, [(2025, 12.0, PER_1000_LIVE_BIRTHS, UNDER), (2030, 10.0, PER_1000_LIVE_BIRTHS, UNDER)]),
    3: (1, [(2025, 18.0, PERCENT, EXACTLY), (2030, 15.0, PERCENT, UNDER)]),
    4: (2, [(2025, 7.0, PERCENT, UNDER), (2030, 4.0, PERCENT, UNDER)]),
    5: (2, [(2025, 100.0, PERCENT, AT_LEAST), (2030, 100.0, PERCENT, AT_LEAST)]),
    6: (3, [(2025, 6.0, COUNT, AT_LEAST), (2030, 9.0, COUNT, AT_LEAST)]),
}


def _plan_docx(path: Path, restart_numbers: bool) -> Path:
    """The plan: a 2×2 header table, goals as Heading 2 with their targets as List Number
    paragraphs, agencies as Heading 3 over List Bullet tasks, the appendix table. With
    ``restart_numbers`` each goal's list is its own num that continues the count through a
    startOverride (as a copy-pasted list often is), instead of one style list."""
    import docx
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    for cell, text in zip([c for row in header.rows for c in row.cells],
                          ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                           "Số: 45/KH-UBND", "Hòa Sơn, ngày 15 tháng 6 năm 2021"]):
        cell.text = text
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2021 - 2030")
    document.add_heading("I. MỤC TIÊU CHUNG", level=1)
    document.add_paragraph("Mọi trẻ em trên địa bàn tỉnh được bảo đảm các quyền cơ bản.")
    document.add_heading("II. CÁC CHỈ TIÊU CỤ THỂ", level=1)
    count = 0
    for title, targets in GOALS:
        document.add_heading(title, level=2)
        num = _restart(document, "List Number", count + 1) if restart_numbers else None
        for target in targets:
            if num is None:
                document.add_paragraph(target, style="List Number")
            else:
                _numbered(document, target, num)
            count += 1
    document.add_heading("III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", level=1)
    for agency, tasks in TASKS:
        document.add_heading(agency, level=3)
        for task in tasks:
            document.add_paragraph(task, style="List Bullet")
    document.add_heading("Phụ lục: Phân công thực hiện các chỉ tiêu", level=1)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Chỉ tiêu số", "Cơ quan chủ trì", "Cơ quan phối hợp"]):
        cell.text = text
    for row in APPENDIX:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.save(str(path))
    return path


@pytest.fixture(scope="module", params=["style list", "restarted per goal"])
def plan(request, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param.replace(" ", "_")) / "hoason.docx"
    return ingest_file(_plan_docx(path, restart_numbers=request.param != "style list"))


def test_each_numbered_paragraph_is_the_indicator_of_its_number(plan):
    assert [i.number for i in plan.indicators] == sorted(EXPECTED)
    texts = [t for _, targets in GOALS for t in targets]
    assert [i.text for i in plan.indicators] == texts


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_indicator_goal_and_figures(plan, number):
    indicator = next(i for i in plan.indicators if i.number == number)
    goal, figures = EXPECTED[number]
    assert indicator.goal == goal
    assert [(t.year, t.value, t.unit, t.comparator) for t in indicator.targets] == figures
    assert indicator.section.endswith(f"Mục tiêu {goal} › Chỉ tiêu {number}")
    # "(tính trên 1.000 trẻ đẻ sống)" is the unit, not a word of the metric
    assert all("tính" not in t.metric and t.metric for t in indicator.targets)


def test_goals_are_cited_in_their_section_not_in_the_item_above(plan):
    # "Mục tiêu 2" follows "3. Tỷ lệ …": it is no part of that numbered item
    assert [g.section for g in plan.goals] == ["II"] * len(GOALS)


def test_goals_count_their_indicators(plan):
    counts = {g.number: sum(1 for i in plan.indicators if i.goal == g.number) for g in plan.goals}
    assert counts == {1: 3, 2: 2, 3: 1}


@pytest.mark.parametrize("row", APPENDIX, ids=[r[0] for r in APPENDIX])
def test_appendix_assigns_the_body_indicators(plan, row):
    number, lead, partners = row
    names = {a.key: a.name for a in plan.agencies}
    indicator = next(i for i in plan.indicators if i.number == int(number))
    # canonical names drop the province: "Ban Dân tộc tỉnh" is "Ban Dân tộc"
    assert len(indicator.lead_agencies) == 1
    assert lead.lower().startswith(names[indicator.lead_agencies[0]].lower())
    assert len(indicator.partner_agencies) == len(partners.split("; "))


def test_agency_tasks_are_the_bullets_under_its_heading(plan):
    names = {a.key: a.name for a in plan.agencies}
    for agency, tasks in TASKS:
        assert [t.text for t in plan.tasks if names[t.agency] == agency] == tasks
