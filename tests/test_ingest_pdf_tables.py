"""Plans published as PDF with their indicators in a ruled table (a Word table exported to
PDF): the table reads as "| cell | cell |" rows where it stands, and the indicators, their
2025/2030 figures with the plan's comparing words, their goal group and lead agency are
extracted from it as from a DOCX table. The PDFs are written here with fpdf2."""

from __future__ import annotations

import os

import pytest

from knowledge.ingest import ingest_files
from knowledge.parse.formats import read_document

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
pytestmark = pytest.mark.skipif(not os.path.exists(FONT), reason="DejaVu Sans font missing")

ABOVE = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
    "Số: 512/KH-UBND",
    "Quảng Bình, ngày 20 tháng 7 năm 2021",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Quảng Bình giai đoạn 2021 - 2030",
    "I. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Mọi trẻ em được chăm sóc, giáo dục và bảo vệ trong môi trường an toàn, lành mạnh.",
    "2. Các chỉ tiêu chủ yếu",
    "Các chỉ tiêu, mức cần đạt và cơ quan chủ trì được nêu tại bảng sau.",
]
HEADER = ["TT", "Chỉ tiêu", "Đến năm 2025", "Đến năm 2030", "Cơ quan chủ trì"]
ROWS = [
    ["Nhóm mục tiêu I: Sức khỏe và dinh dưỡng của trẻ em (02 chỉ tiêu)"],
    ["1", "Tỷ suất tử vong trẻ em dưới 1 tuổi trên 1.000 trẻ đẻ sống", "Giảm xuống dưới 9",
     "Giảm xuống dưới 7,5", "Sở Y tế"],
    ["2", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chương trình "
          "tiêm chủng mở rộng", "Ít nhất 96%", "Duy trì trên 97%", "Sở Y tế"],
    ["Nhóm mục tiêu II: Bảo vệ trẻ em (02 chỉ tiêu)"],
    ["3", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em", "Dưới 1,8%", "Dưới 1,5%",
     "Sở Lao động - Thương binh và Xã hội"],
    ["4", "Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn", "-", "Phấn đấu đạt 60%",
     "Sở Văn hóa, Thể thao và Du lịch"],
]
BELOW = [
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Tổ chức các lớp dạy bơi an toàn cho trẻ em vào dịp hè; quản lý chặt chẽ trẻ em "
    "trong mùa mưa lũ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Lao động - Thương binh và Xã hội",
    "Là cơ quan thường trực, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo "
    "Ủy ban nhân dân tỉnh.",
    "2. Sở Y tế",
    "Bảo đảm các dịch vụ chăm sóc sức khỏe cho trẻ em.",
]


def plan_pdf(rows=ROWS, above=ABOVE, below=BELOW) -> bytes:
    """A plan as Word exports it: paragraphs, the indicator table with its header row
    (repeated on each page it runs over), group rows spanning the table, wrapped cells."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for block in above:
        pdf.multi_cell(0, 6, block)
        pdf.ln(3)
    with pdf.table(col_widths=(10, 70, 30, 30, 40), text_align="LEFT",
                   headings_style=FontFace()) as table:
        head = table.row()
        for cell in HEADER:
            head.cell(cell)
        for cells in rows:
            row = table.row()
            if len(cells) == 1:
                row.cell(cells[0], colspan=len(HEADER))
            else:
                for cell in cells:
                    row.cell(cell)
    pdf.ln(4)
    for block in below:
        pdf.multi_cell(0, 6, block)
        pdf.ln(3)
    return bytes(pdf.output())


def test_a_pdf_table_reads_as_pipe_rows_between_the_text_above_and_below():
    text = read_document(plan_pdf(), "plan.pdf").text
    lines = text.splitlines()
    first = lines.index("| TT | Chỉ tiêu | Đến năm 2025 | Đến năm 2030 | Cơ quan chủ trì |")
    assert lines[first + 1:first + 7] == [
        "| Nhóm mục tiêu I: Sức khỏe và dinh dưỡng của trẻ em (02 chỉ tiêu) |",
        "| 1 | Tỷ suất tử vong trẻ em dưới 1 tuổi trên 1.000 trẻ đẻ sống | Giảm xuống dưới 9 "
        "| Giảm xuống dưới 7,5 | Sở Y tế |",
        "| 2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chương "
        "trình tiêm chủng mở rộng | Ít nhất 96% | Duy trì trên 97% | Sở Y tế |",
        "| Nhóm mục tiêu II: Bảo vệ trẻ em (02 chỉ tiêu) |",
        "| 3 | Tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em | Dưới 1,8% | Dưới 1,5% "
        "| Sở Lao động - Thương binh và Xã hội |",
        "| 4 | Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn | - | Phấn đấu đạt 60% "
        "| Sở Văn hóa, Thể thao và Du lịch |",
    ]
    assert text.index("bảng sau.") < text.index("| TT |") < text.index("II. NHIỆM VỤ")
    # read once: the cells' words are not also read as loose text
    assert 1 == text.count("tiêm chủng mở rộng")
    assert 1 == text.count("Phấn đấu đạt 60%")


def test_the_indicators_of_a_pdf_table_are_extracted(tmp_path):
    path = tmp_path / "quangbinh-kh512-2021.pdf"
    path.write_bytes(plan_pdf())
    [plan] = ingest_files([path])
    assert "2021-2030" == plan.period
    assert [(1, "I"), (2, "II")] == [(g.number, g.label) for g in plan.goals]
    by_number = {i.number: i for i in plan.indicators}
    assert [1, 2, 3, 4] == sorted(by_number)
    assert {1: 1, 2: 1, 3: 2, 4: 2} == {n: i.goal for n, i in by_number.items()}
    targets = {(i.number, t.year): (t.value, t.comparator, t.comparator_text)
               for i in plan.indicators for t in i.targets}
    assert {
        (1, 2025): (9.0, "under", "Giảm xuống dưới"),
        (1, 2030): (7.5, "under", "Giảm xuống dưới"),
        (2, 2025): (96.0, "at_least", "Ít nhất"),
        (2, 2030): (97.0, "at_least", "trên"),
        (3, 2025): (1.8, "under", "Dưới"),
        (3, 2030): (1.5, "under", "Dưới"),
        (4, 2030): (60.0, "at_least", "Phấn đấu đạt"),      # "-" for 2025: no 2025 figure
    } == targets
    names = {a.key: a.name for a in plan.agencies}
    leads = {n: [names[k] for k in i.lead_agencies] for n, i in by_number.items()}
    # the leads are only in the table's "Cơ quan chủ trì" column
    assert {1: ["Sở Y tế"], 2: ["Sở Y tế"], 3: ["Sở Lao động - Thương binh và Xã hội"],
            4: ["Sở Văn hóa, Thể thao và Du lịch"]} == leads


def test_a_table_running_over_two_pages_reads_as_one_table(tmp_path):
    rows = [["Nhóm mục tiêu I: Bảo vệ trẻ em (30 chỉ tiêu)"]] + [
        [str(n), f"Tỷ lệ xã, phường đạt tiêu chí số {n} về bảo vệ trẻ em trên địa bàn tỉnh",
         f"Đạt {50 + n}%", f"Đạt {60 + n}%", "Sở Lao động - Thương binh và Xã hội"]
        for n in range(1, 31)]
    data = plan_pdf(rows=rows)
    document = read_document(data, "long.pdf")
    assert document.pages >= 2
    text = document.text
    header = "| TT | Chỉ tiêu | Đến năm 2025 | Đến năm 2030 | Cơ quan chủ trì |"
    assert 1 == text.count(header)            # the header repeated on page 2 is dropped
    table = text[text.index(header):].split("\n\n")[0].splitlines()
    assert 32 == len(table)                   # header, group row, 30 rows: no break inside
    path = tmp_path / "long.pdf"
    path.write_bytes(data)
    [plan] = ingest_files([path])
    assert list(range(1, 31)) == sorted(i.number for i in plan.indicators)
    assert all({2025: 50 + i.number, 2030: 60 + i.number} == {t.year: t.value for t in i.targets}
               for i in plan.indicators)
    assert all(1 == i.goal for i in plan.indicators)


def merged_pdf() -> bytes:
    """A table whose header is two rows ("Mục tiêu" over "Năm 2025 | Năm 2030"), with a
    figure spanning both years and a lead agency merged down over two indicators."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for block in ABOVE:
        pdf.multi_cell(0, 6, block)
        pdf.ln(3)
    with pdf.table(col_widths=(10, 70, 30, 30, 40), text_align="LEFT", num_heading_rows=2,
                   headings_style=FontFace()) as table:
        row = table.row()
        row.cell("TT", rowspan=2)
        row.cell("Chỉ tiêu", rowspan=2)
        row.cell("Mục tiêu", colspan=2)
        row.cell("Cơ quan chủ trì", rowspan=2)
        row = table.row()
        row.cell("Năm 2025")
        row.cell("Năm 2030")
        table.row().cell("Nhóm mục tiêu I: Giáo dục trẻ em (03 chỉ tiêu)", colspan=5)
        row = table.row()
        for cell in ("1", "Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo", "Đạt 99,5%", "Ít nhất 99,8%",
                     "Sở Giáo dục và Đào tạo"):
            row.cell(cell)
        row = table.row()
        row.cell("2")
        row.cell("Tỷ lệ trường học có phòng tư vấn tâm lý học đường")
        row.cell("Đạt 100%", colspan=2)
        row.cell("Sở Y tế", rowspan=2)
        row = table.row()
        for cell in ("3", "Tỷ lệ trẻ em được khám sức khỏe định kỳ", "Đạt 80%", "Đạt 90%"):
            row.cell(cell)
    pdf.ln(4)
    for block in BELOW:
        pdf.multi_cell(0, 6, block)
        pdf.ln(3)
    return bytes(pdf.output())


def test_merged_cells_keep_every_row_in_the_header_columns(tmp_path):
    text = read_document(merged_pdf(), "merged.pdf").text
    assert "| TT | Chỉ tiêu | Mục tiêu Năm 2025 | Mục tiêu Năm 2030 | Cơ quan chủ trì |\n" \
           "| Nhóm mục tiêu I: Giáo dục trẻ em (03 chỉ tiêu) |\n" in text
    assert "| 2 | Tỷ lệ trường học có phòng tư vấn tâm lý học đường | Đạt 100% | Đạt 100% " \
           "| Sở Y tế |\n| 3 | Tỷ lệ trẻ em được khám sức khỏe định kỳ | Đạt 80% | Đạt 90% " \
           "| Sở Y tế |" in text
    path = tmp_path / "merged.pdf"
    path.write_bytes(merged_pdf())
    [plan] = ingest_files([path])
    assert {(1, 2025): 99.5, (1, 2030): 99.8, (2, 2025): 100.0, (2, 2030): 100.0,
            (3, 2025): 80.0, (3, 2030): 90.0} == \
        {(i.number, t.year): t.value for i in plan.indicators for t in i.targets}
    names = {a.key: a.name for a in plan.agencies}
    assert {1: ["Sở Giáo dục và Đào tạo"], 2: ["Sở Y tế"], 3: ["Sở Y tế"]} == \
        {i.number: [names[k] for k in i.lead_agencies] for i in plan.indicators}
    assert {1, 2, 3} == {i.number for i in plan.indicators if i.goal == 1}


def test_the_same_table_as_text_lines_with_group_lines_between_its_rows(tmp_path):
    """What a reader copies out of such a PDF: "cell | cell" lines, a group row as a line of
    its own between the rows."""
    lines = [" | ".join(HEADER)] + [" | ".join(row) for row in ROWS]
    path = tmp_path / "quangbinh-kh512-2021.txt"
    path.write_text("\n\n".join(ABOVE + ["\n".join(lines)] + BELOW), encoding="utf-8")
    [plan] = ingest_files([path])
    assert [(1, "I"), (2, "II")] == [(g.number, g.label) for g in plan.goals]
    assert {1: 1, 2: 1, 3: 2, 4: 2} == {i.number: i.goal for i in plan.indicators}
    assert {(1, 2025): 9.0, (1, 2030): 7.5, (2, 2025): 96.0, (2, 2030): 97.0, (3, 2025): 1.8,
            (3, 2030): 1.5, (4, 2030): 60.0} == \
        {(i.number, t.year): t.value for i in plan.indicators for t in i.targets}


@pytest.mark.parametrize("second", [
    "Trang 2\n\n| TT | Chỉ tiêu | Năm 2025 |\n| Nhóm mục tiêu II: Bảo vệ trẻ em |\n| 2 | Tỷ lệ B | 90% |",
    "| Nhóm mục tiêu II: Bảo vệ trẻ em |\n| 2 | Tỷ lệ B | 90% |",       # header not repeated
])
def test_pages_join_a_table_across_page_numbers_and_a_repeated_header(second):
    from knowledge.parse.formats.pdf import join_pages
    first = "Các chỉ tiêu:\n\n| TT | Chỉ tiêu | Năm 2025 |\n| 1 | Tỷ lệ A | 80% |\n\n- 1 -"
    assert "Các chỉ tiêu:\n\n| TT | Chỉ tiêu | Năm 2025 |\n| 1 | Tỷ lệ A | 80% |\n" \
           "| Nhóm mục tiêu II: Bảo vệ trẻ em |\n| 2 | Tỷ lệ B | 90% |\n\nII. NHIỆM VỤ" == \
        join_pages([first, second + "\n\nII. NHIỆM VỤ"])
    assert "Một.\n\nHai." == join_pages(["Một.", "Hai."])


def test_a_share_of_a_whole_in_a_cell_is_a_count_of_that_whole(tmp_path):
    rows = ROWS + [["5", "Số huyện, thị xã, thành phố có Hội đồng trẻ em hoạt động thường xuyên",
                    "Ít nhất 8/13", "13/13", "Tỉnh đoàn"]]
    path = tmp_path / "quangbinh-kh512-2021.pdf"
    path.write_bytes(plan_pdf(rows=rows))
    [plan] = ingest_files([path])
    [indicator] = [i for i in plan.indicators if i.number == 5]
    assert [(2025, 8.0, "count", "/13", "at_least", "Ít nhất"), (2030, 13.0, "count", "/13", "at_least", None)] \
        == [(t.year, t.value, t.unit, t.counted, t.comparator, t.comparator_text) for t in indicator.targets]


@pytest.mark.parametrize("cell", ["15/6", "Trước 30/4", "8/13 huyện", "Đạt 80%"])
def test_only_a_lone_share_not_larger_than_its_whole_is_read_as_one(cell):
    from knowledge.parse.targets import fraction_target
    assert fraction_target(cell, 2025, "Số huyện", "", "") is None


def test_a_row_broken_by_the_page_is_one_row_again():
    from knowledge.parse.formats.pdf import join_pages
    header = "| TT | Chỉ tiêu | Năm 2025 | Năm 2030 | Cơ quan chủ trì |"
    first = f"{header}\n| 3 | Tỷ lệ trẻ em suy dinh dưỡng thể | Giảm xuống | Giảm xuống dưới | Sở Y tế |"
    second = f"{header}\n|  | thấp còi | 16,5% | 13% |  |\n| 4 | Tỷ lệ B | Đạt 90% | Đạt 95% | Sở Y tế |"
    assert f"{header}\n| 3 | Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi | Giảm xuống 16,5% " \
           "| Giảm xuống dưới 13% | Sở Y tế |\n| 4 | Tỷ lệ B | Đạt 90% | Đạt 95% | Sở Y tế |" == \
        join_pages([first, second])
    # a metric row at the top of a page stays a row of its own
    metric = f"{header}\n|  | - trẻ dưới 5 tuổi | 15 | 12 |  |"
    assert f"{first}\n|  | - trẻ dưới 5 tuổi | 15 | 12 |  |" == join_pages([first, metric])


@pytest.mark.parametrize("pages, joined", [
    # the page number under a sentence the page cuts is not read into it ("Đào 2 tạo")
    # (and the sentence goes on over the page as over a line: "Đào" / "tạo, …")
    (["2. Công an tỉnh: phối hợp với Sở Giáo dục và Đào\n\n2", "tạo, Sở Y tế trong thực hiện chỉ tiêu số 2."],
     "2. Công an tỉnh: phối hợp với Sở Giáo dục và Đào\ntạo, Sở Y tế trong thực hiện chỉ tiêu số 2."),
    # nor printed as the last line of the page's last block, or over the next page's text
    (["phối hợp với Sở Giáo dục và Đào\n3", "- 4 -\n\ntạo, Sở Y tế."], "phối hợp với Sở Giáo dục và Đào\ntạo, Sở Y tế."),
    # a target's clauses cut by the page ("… giảm còn 30;" / "đến năm 2030 …") go on; a
    # page ending a sentence, or opening with a list's number, starts its own paragraph
    (["- Chỉ tiêu 24: đến năm 2025 giảm còn 30;", "đến năm 2030 giảm còn 24."],
     "- Chỉ tiêu 24: đến năm 2025 giảm còn 30;\nđến năm 2030 giảm còn 24."),
    (["- Chỉ tiêu 6: đến năm 2025 giảm còn", "7,2; đến năm 2030 giảm còn 5,8."],
     "- Chỉ tiêu 6: đến năm 2025 giảm còn\n7,2; đến năm 2030 giảm còn 5,8."),
    (["6. Sở Thông tin và Truyền thông", "- Chỉ đạo cơ quan báo chí."], "6. Sở Thông tin và Truyền thông\n\n- Chỉ đạo cơ quan báo chí."),
    (["a) Chủ trì chỉ tiêu 5;", "7. Sở Tài chính"], "a) Chủ trì chỉ tiêu 5;\n\n7. Sở Tài chính"),
    (["các chỉ tiêu của Mục tiêu 5.", "đến năm 2030"], "các chỉ tiêu của Mục tiêu 5.\n\nđến năm 2030"),
    # a heading ending a page stays one; an item opening with its figure is an item of its own
    (["III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế", "trình Ủy ban nhân dân tỉnh kế hoạch hằng năm."],
     "III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n\ntrình Ủy ban nhân dân tỉnh kế hoạch hằng năm."),
    (["- Chỉ tiêu 3: đạt 72% vào năm 2025", "100% trẻ em có hoàn cảnh đặc biệt được trợ giúp."],
     "- Chỉ tiêu 3: đạt 72% vào năm 2025\n\n100% trẻ em có hoàn cảnh đặc biệt được trợ giúp."),
    # an indented rest is left to the structure reader, which joins a page's wrapped lines
    (["1.11. Hội Liên hiệp Phụ nữ tỉnh: vận động; phối", "  hợp thực hiện chỉ tiêu 2."],
     "1.11. Hội Liên hiệp Phụ nữ tỉnh: vận động; phối\n\n  hợp thực hiện chỉ tiêu 2."),
    # a number that is the text itself stays
    (["7"], "7"),
])
def test_page_numbers_are_not_read_into_the_text(pages, joined):
    from knowledge.parse.formats.pdf import join_pages

    assert join_pages(pages) == joined
