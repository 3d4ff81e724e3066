"""Extraction from plans laid out as a reviewer's DOCX lays them out (issue 10, blind round 3).

The plan here is written by the test itself for a fictional province ("Bình Nguyên"), with
invented figures, in the layout of that genre: the header and the signature in two-column
layout tables, parts titled "Phần thứ nhất" / "MỤC TIÊU …", goal groups "Nhóm mục tiêu A -
… (02 chỉ tiêu)", indicators "(1) …", an appendix table of indicators with their lead
agencies, and reporting rules. Each test checks the records ingest stores, from a DOCX built
with python-docx and from the same plan as text (tables as "cell | cell").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import ingest_file
from knowledge.model import AT_LEAST, UNDER

HEADER_ROWS = [
    ["ỦY BAN NHÂN DÂN\nTỈNH BÌNH NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
    ["Số: 64/KH-UBND", "Bình Nguyên, ngày 09 tháng 8 năm 2022"],
]

TITLE = [
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Bình Nguyên giai đoạn 2022 - 2030",
    "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016; Ủy ban nhân dân tỉnh ban hành Kế hoạch với những nội dung sau đây.",
]

BODY = [
    "Phần thứ nhất",
    "MỤC TIÊU VÀ CÁC CHỈ TIÊU",
    "1. Mục tiêu chung",
    "Mọi trẻ em trên địa bàn tỉnh được bảo đảm các quyền theo quy định của pháp luật.",
    "2. Mục tiêu cụ thể",
    "Nhóm mục tiêu A - Sức khỏe trẻ em (02 chỉ tiêu)",
    "(1) Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ duy trì trên 93% trong giai đoạn 2022 - 2025 và đạt ít nhất 96% vào năm 2030.",
    "(2) Tỷ lệ trẻ em được khám sức khỏe định kỳ đạt 70% vào năm 2025.",
    "Nhóm mục tiêu B - Bảo vệ trẻ em (02 chỉ tiêu)",
    "(3) Số vụ bạo lực trẻ em được phát hiện giảm ít nhất 15% vào năm 2025 và ít nhất 25% vào năm 2030 so với năm 2021.",
    "(4) Tỷ lệ trẻ em được trợ giúp pháp lý khi có yêu cầu duy trì từ 98% trở lên trong suốt giai đoạn 2022 - 2030.",
    "Nhóm mục tiêu C - Sự tham gia của trẻ em (01 chỉ tiêu)",
    "(5) Phấn đấu 40% trẻ em từ 10 tuổi trở lên được hỏi ý kiến vào năm 2025.",
    "Phần thứ hai",
    "NHIỆM VỤ, GIẢI PHÁP",
    "1. Truyền thông về quyền trẻ em; hằng năm tổ chức Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6 và Diễn đàn trẻ em cấp tỉnh.",
    "Phần thứ ba",
    "PHÂN CÔNG TRÁCH NHIỆM",
    "1. Sở Lao động - Thương binh và Xã hội",
    "Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh theo dõi việc thực hiện Kế hoạch. Chủ trì theo dõi, thực hiện các chỉ tiêu (5); phối hợp với Tỉnh Đoàn thực hiện chỉ tiêu (4).",
    "2. Sở Y tế",
    "Chủ trì các chỉ tiêu (1), (2); phối hợp với Sở Lao động - Thương binh và Xã hội thực hiện chỉ tiêu (5).",
    "3. Công an tỉnh",
    "Điều tra, xử lý nghiêm các vụ bạo lực trẻ em.",
    "4. Đề nghị Tỉnh Đoàn",
    "Tỉnh Đoàn thực hiện chỉ tiêu theo Phụ lục, phối hợp với Sở Lao động - Thương binh và Xã hội thực hiện chỉ tiêu (5).",
    "5. Sở Kế hoạch và Đầu tư, Sở Tài chính",
    "Sở Kế hoạch và Đầu tư bố trí vốn đầu tư công cho các công trình dành cho trẻ em. Sở Tài chính bố trí kinh phí chi thường xuyên hằng năm; hướng dẫn thanh quyết toán.",
    "Phần thứ tư",
    "KINH PHÍ THỰC HIỆN",
    "Kinh phí được bảo đảm từ ngân sách nhà nước. Tổng kinh phí dự kiến giai đoạn 2022 - 2025 là 9.500 triệu đồng, trong đó ngân sách tỉnh 6.000 triệu đồng và nguồn xã hội hóa 3.500 triệu đồng.",
    "Phần thứ năm",
    "CHẾ ĐỘ BÁO CÁO",
    "- Các sở, ngành gửi báo cáo kết quả thực hiện Kế hoạch về Sở Lao động - Thương binh và Xã hội trước ngày 15 tháng 12 hằng năm; báo cáo 6 tháng gửi trước ngày 15 tháng 6.",
    "- Vụ việc bạo lực trẻ em nghiêm trọng phải được báo cáo về Sở Lao động - Thương binh và Xã hội trong vòng 12 giờ kể từ khi phát hiện.",
    "- Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 tháng 12 hằng năm.",
]

SIGNATURE_ROW = ["Nơi nhận:\n- Như trên;\n- Lưu: VT.",
                 "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình"]

APPENDIX = [
    "PHỤ LỤC",
    "CÁC CHỈ TIÊU VỀ TRẺ EM TỈNH BÌNH NGUYÊN",
]
APPENDIX_ROWS = [
    ["TT", "Chỉ tiêu", "Năm 2025", "Năm 2030", "Cơ quan chủ trì"],
    ["1", "Trẻ dưới 1 tuổi tiêm chủng đầy đủ (%)", "> 93", "≥ 96", "Sở Y tế"],
    ["2", "Trẻ em được khám sức khỏe định kỳ (%)", "70", "≥ 85", "Sở Y tế"],
    ["3", "Giảm số vụ bạo lực trẻ em so với năm 2021 (%)", "≥ 15", "≥ 25", "Công an tỉnh"],
    ["4", "Trẻ em được trợ giúp pháp lý (%)", "≥ 98", "≥ 98", "Sở Tư pháp"],
    ["5", "Trẻ từ 10 tuổi trở lên được hỏi ý kiến (%)", "40", "55", "Sở Lao động - Thương binh và Xã hội"],
]


def docx_plan(path: Path, appendix_rows=APPENDIX_ROWS) -> Path:
    import docx
    document = docx.Document()

    def table(rows):
        grid = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = grid.cell(r, c)
                lines = value.split("\n")
                cell.paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)

    table(HEADER_ROWS)
    for line in TITLE + BODY:
        document.add_paragraph(line)
    table([SIGNATURE_ROW])
    for line in APPENDIX:
        document.add_paragraph(line)
    table(appendix_rows)
    document.save(str(path))
    return path


def text_plan(path: Path, appendix_rows=APPENDIX_ROWS) -> Path:
    """The same plan as a text file: a table row is "cell | cell", a cell's lines " / "."""
    def rows(table):
        return [" | ".join(cell.replace("\n", " / ") for cell in row) for row in table]

    lines = rows(HEADER_ROWS) + [""] + TITLE + BODY + rows([SIGNATURE_ROW]) + [""] + APPENDIX + rows(appendix_rows)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(params=["docx", "txt"])
def plan(request, tmp_path):
    make = docx_plan if request.param == "docx" else text_plan
    return ingest_file(make(tmp_path / f"binhnguyen.{request.param}"))


def indicator(plan, number):
    [found] = [i for i in plan.indicators if i.number == number]
    return found


def test_header_and_signature_in_layout_tables(plan):
    assert "64/KH-UBND" == plan.number
    assert "2022-08-09" == plan.date
    assert "bn-kh64-2022" == plan.slug
    assert ("Lê Văn Bình", "Phó Chủ tịch") == (plan.signer, plan.signer_role)


def agency_names(plan, keys):
    names = {a.key: a.name for a in plan.agencies}
    return sorted(names[k] for k in keys)


def test_agencies_of_a_part_titled_phan_cong_trach_nhiem_lead_and_support(plan):
    # "Phần thứ ba / PHÂN CÔNG TRÁCH NHIỆM": each numbered heading names the agency whose
    # tasks follow; "giúp Ủy ban nhân dân tỉnh" names no agency that leads anything
    assert ["Sở Y tế"] == agency_names(plan, indicator(plan, 1).lead_agencies)
    assert ["Sở Lao động - Thương binh và Xã hội"] == agency_names(plan, indicator(plan, 5).lead_agencies)
    assert ["Sở Y tế", "Tỉnh đoàn"] == agency_names(plan, indicator(plan, 5).partner_agencies)
    assert ["Sở Lao động - Thương binh và Xã hội"] == agency_names(plan, indicator(plan, 4).partner_agencies)
    assert not any("uy-ban-nhan-dan" in i.lead_agencies + i.partner_agencies for i in plan.indicators)


def test_appendix_table_rows_give_leads_and_are_not_tasks(plan):
    # the body says only "theo Phụ lục" for indicator 4; its appendix row names the lead
    assert ["Sở Tư pháp"] == agency_names(plan, indicator(plan, 4).lead_agencies)
    assert ["Công an tỉnh"] == agency_names(plan, indicator(plan, 3).lead_agencies)
    assert not any("|" in task.text for task in plan.tasks)
    assert any(a.indicator == 4 and a.role == "lead" and "Sở Tư pháp" in a.text for a in plan.assignments)


def frames_of(sentence):
    from knowledge.ingest import _clean_resolver
    from knowledge.parse.tasks import assignment_frames
    return sorted((name, role, tuple(numbers))
                  for names, role, numbers, _ in assignment_frames(sentence, _clean_resolver("Bình Nguyên"))
                  for name, _ in names)


def test_a_role_goes_to_agencies_named_in_its_own_sentence():
    # the committee is helped, in another sentence: it leads nothing
    assert [] == frames_of("Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh theo dõi việc thực hiện "
                           "Kế hoạch. Chủ trì thực hiện các chỉ tiêu (1), (5); phối hợp thực hiện chỉ tiêu (4).")
    # "Tỉnh Đoàn" (capital Đ) leads, and supports the indicator after "phối hợp với"
    assert [("Tỉnh đoàn", "lead", (16,)), ("Tỉnh đoàn", "partner", (15,))] == frames_of(
        "Tỉnh Đoàn chủ trì chỉ tiêu (16), phối hợp với Sở Lao động - Thương binh và Xã hội thực hiện chỉ tiêu (15).")


def targets_of(plan, number):
    return sorted((t.year, t.value, t.comparator, t.comparator_text, t.maintained, t.needs_review)
                  for t in indicator(plan, number).targets)


def test_a_figure_within_a_period_belongs_to_its_last_year(plan):
    assert [(2025, 93.0, AT_LEAST, "trên", True, False),
            (2030, 96.0, AT_LEAST, "đạt ít nhất", False, False)] == targets_of(plan, 1)


def test_a_figure_throughout_a_period_holds_in_each_milestone_year_of_it(plan):
    # the plan's milestone years are 2025 and 2030: "suốt giai đoạn 2022 - 2030" covers both
    assert [(2025, 98.0, AT_LEAST, "từ", True, False),
            (2030, 98.0, AT_LEAST, "từ", True, False)] == targets_of(plan, 4)


def test_a_reduction_against_a_base_year_keeps_its_target_years_and_verb(plan):
    # "so với năm 2021" is the base, not a target year; both figures are reductions
    assert [(2025, 15.0, AT_LEAST, "giảm ít nhất", False, False),
            (2030, 25.0, AT_LEAST, "giảm ít nhất", False, False)] == targets_of(plan, 3)


@pytest.mark.parametrize("sentence, expected", [
    ("Tỷ lệ trẻ em được tư vấn đạt 80% trong giai đoạn 2021 - 2025 và 90% vào năm 2030.", [(2025, 80.0), (2030, 90.0)]),
    ("Tỷ lệ trẻ em được tư vấn duy trì 95% trong suốt giai đoạn 2021 - 2030.", [(2030, 95.0)]),
    ("Tỷ lệ trẻ em được tư vấn tăng so với giai đoạn 2016 - 2020, đạt 90% vào năm 2030.", [(2030, 90.0)]),
])
def test_period_years_in_a_sentence(sentence, expected):
    from knowledge.parse.targets import parse_targets
    assert expected == [(t.year, t.value) for t in parse_targets(sentence)]


def test_appendix_table_fills_the_years_the_text_leaves_out(plan):
    # the text gives 2025 only; the row gives 2030 too, its sign as the comparator
    assert [(2025, 70.0, AT_LEAST, "đạt", False, False),
            (2030, 85.0, AT_LEAST, "≥", False, False)] == targets_of(plan, 2)
    assert [(2025, 40.0, AT_LEAST, "Phấn đấu", False, False),
            (2030, 55.0, AT_LEAST, None, False, False)] == targets_of(plan, 5)
    [filled] = [t for t in indicator(plan, 2).targets if t.year == 2030]
    assert "Tỷ lệ trẻ em được khám sức khỏe định kỳ" == filled.metric
    assert "Năm 2030 ≥ 85" in filled.sentence
    # the text's own figures stay as written; the row only confirms them
    assert [(2025, 93.0, AT_LEAST, "trên", True, False),
            (2030, 96.0, AT_LEAST, "đạt ít nhất", False, False)] == targets_of(plan, 1)


def test_indicator_table_with_a_unit_in_the_name_and_signs(tmp_path):
    from knowledge.model import PER_100000_CHILDREN
    rows = APPENDIX_ROWS + [["6", "Tỷ suất trẻ em tử vong do đuối nước (/100.000 trẻ em)", "< 6", "< 4,5", "Sở Lao động - Thương binh và Xã hội"]]
    plan = ingest_file(text_plan(tmp_path / "t.txt", appendix_rows=rows))
    assert [(2025, 6.0, UNDER, "<"), (2030, 4.5, UNDER, "<")] == sorted(
        (t.year, t.value, t.comparator, t.comparator_text) for t in indicator(plan, 6).targets)
    assert {PER_100000_CHILDREN} == {t.unit for t in indicator(plan, 6).targets}
    assert ["Sở Lao động - Thương binh và Xã hội"] == agency_names(plan, indicator(plan, 6).lead_agencies)


def test_goal_groups_written_with_letters_hold_their_indicators(plan):
    from knowledge.parse.goals import indicators_by_goal
    got = [(g.label, g.number, g.title, g.declared_indicator_count, [i.number for i in mine])
           for g, mine in indicators_by_goal(plan)]
    assert [("A", 1, "Sức khỏe trẻ em", 2, [1, 2]),
            ("B", 2, "Bảo vệ trẻ em", 2, [3, 4]),
            ("C", 3, "Sự tham gia của trẻ em", 1, [5])] == got
    assert ["A", "A", "B", "B", "C"] == [i.goal_label for i in sorted(plan.indicators, key=lambda i: i.number)]


def stored(plan, tmp_path):
    """The plan as the knowledge base stores and reloads it."""
    from knowledge.store import load_plans, open_database, save_plans
    db = open_database(tmp_path / "kb.db")
    save_plans(db, [plan])
    [again] = load_plans(db)
    return again


def test_reporting_deadlines_each_with_its_subject_and_recipient(plan, tmp_path):
    names = {a.key: a.name for a in plan.agencies}
    got = [(d.kind, d.day, d.month, d.within_days, d.within_hours, d.recurring,
            names.get(d.submit_to), d.who) for d in stored(plan, tmp_path).deadlines]
    lsxh = "Sở Lao động - Thương binh và Xã hội"
    assert [
        ("yearly_report", 15, 12, None, None, True, lsxh, "Các sở, ngành"),
        ("report", 15, 6, None, None, True, lsxh, "Các sở, ngành"),      # the 6-month report
        ("incident_report", None, None, None, 12, False, lsxh, "Vụ việc bạo lực trẻ em nghiêm trọng"),
        ("yearly_report", 25, 12, None, None, True, "Ủy ban nhân dân", lsxh),
    ] == got


def test_a_campaign_the_plan_holds_every_year(plan, tmp_path):
    [campaign] = stored(plan, tmp_path).campaigns
    assert ("Tháng hành động vì trẻ em", None, None, "06-01", "06-30") == (
        campaign.name, campaign.start, campaign.end, campaign.yearly_start, campaign.yearly_end)
    assert "Truyền thông về quyền trẻ em" in campaign.section


def test_a_campaign_held_in_a_given_year_has_its_dates():
    from knowledge.parse.extras import parse_held_campaigns
    from knowledge.parse.structure import parse_document
    doc = parse_document("2.1. Tổ chức Tháng hành động vì trẻ em từ ngày 01/6/2023 đến ngày 30/6/2023 "
                         "với các hoạt động thiết thực.\n")
    [campaign] = parse_held_campaigns(doc)
    assert ("Tháng hành động vì trẻ em", "2023-06-01", "2023-06-30", None) == (
        campaign.name, campaign.start, campaign.end, campaign.yearly_start)
    # a date range of anything else is no campaign
    assert [] == parse_held_campaigns(parse_document("Tập huấn cán bộ từ ngày 01/6 đến ngày 05/6.\n"))


def test_funding_total_and_sources_are_stored(plan, tmp_path):
    got = [(f.amount, f.source, f.period, f.written) for f in stored(plan, tmp_path).funding]
    assert [(9500.0, None, "2022-2025", "9.500 triệu đồng"),
            (6000.0, "ngân sách tỉnh", "2022-2025", "6.000 triệu đồng"),
            (3500.0, "nguồn xã hội hóa", "2022-2025", "3.500 triệu đồng")] == got


def test_funding_in_billions_and_without_a_period():
    from knowledge.parse.extras import parse_funding
    from knowledge.parse.structure import parse_document
    doc = parse_document("IV. KINH PHÍ\n\nKinh phí thực hiện khoảng 1,5 tỷ đồng từ ngân sách thành phố.\n")
    assert [(1500.0, None, None)] == [(f.amount, f.source, f.period) for f in parse_funding(doc)]


def test_sentences_of_a_shared_heading_go_to_the_agency_each_names(plan):
    tasks = {a.name: [t.text for t in plan.tasks if t.agency == a.key] for a in plan.agencies}
    assert ["Sở Kế hoạch và Đầu tư bố trí vốn đầu tư công cho các công trình dành cho trẻ em."] == tasks["Sở Kế hoạch và Đầu tư"]
    assert ["Sở Tài chính bố trí kinh phí chi thường xuyên hằng năm; hướng dẫn thanh quyết toán."] == tasks["Sở Tài chính"]


@pytest.mark.parametrize("text", [
    "4. Hằng năm tổ chức Tháng hành động vì trẻ em (từ ngày 01/6 đến ngày 30/6) và Diễn đàn trẻ em.",
    "Tháng hành động vì trẻ em diễn ra từ 01/6 - 30/6 hằng năm.",
    "Tổ chức Tháng hành động vì trẻ em, kéo dài từ ngày 01 tháng 6 đến ngày 30 tháng 6.",
    # its name a label, what is done after the colon (blind round 99)
    "10. Tháng hành động vì trẻ em: tổ chức hằng năm từ ngày 01/6 đến ngày 30/6 với chủ đề do Bộ Y tế hướng dẫn.",
    # its name in the heading, its dates on the line under it (blind round 118)
    "VI. THÁNG HÀNH ĐỘNG VÌ TRẺ EM VÀ DIỄN ĐÀN TRẺ EM\n1. Tháng hành động vì trẻ em\n"
    "- Tổ chức hằng năm từ ngày 01/6 đến ngày 30/6; Sở Y tế chủ trì tổ chức lễ phát động cấp tỉnh.",
])
def test_a_campaign_dated_in_brackets_or_with_a_dash(text):
    from knowledge.parse.extras import parse_held_campaigns
    from knowledge.parse.structure import parse_document
    [campaign] = parse_held_campaigns(parse_document(text + "\n"))
    assert ("Tháng hành động vì trẻ em", "06-01", "06-30") == (
        campaign.name, campaign.yearly_start, campaign.yearly_end)


def test_goals_that_declare_their_range_of_table_rows(tmp_path):
    # goals in prose, each naming its targets by range ("(chỉ tiêu 3 đến chỉ tiêu 4)"), over a
    # table of targets with no goal rows (blind round 120): each row takes its goal
    path = tmp_path / "hoason-kh742-2024.txt"
    path.write_text("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 742/KH-UBND", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2024 - 2030", "",
        "II. MỤC TIÊU", "2. Mục tiêu cụ thể",
        "a) Mục tiêu 1 - Bảo vệ trẻ em: giảm tỷ lệ trẻ em bị xâm hại (chỉ tiêu 1 đến chỉ tiêu 2).",
        "b) Mục tiêu 2 - Chăm sóc sức khỏe: giảm tử vong, suy dinh dưỡng (chỉ tiêu 3 đến chỉ tiêu 4).", "",
        "TT | Nội dung chỉ tiêu | ĐVT | Năm 2024 (cơ sở) | Năm 2026 | Năm 2030",
        "1 | Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp | % | 85 | 88 | 92",
        "2 | Tỷ lệ trẻ em bị xâm hại được hỗ trợ kịp thời | % | 90 | 95 | 100",
        "3 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 17,2 | 15,8 | 12,5",
        "4 | Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi | % | 27,3 | 25,5 | 21,0", "",
        "III. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế", "- Chủ trì các chỉ tiêu 3, 4.", ""]), encoding="utf-8")
    plan = ingest_file(path)
    assert [(g.number, g.title) for g in plan.goals] == [(1, "Bảo vệ trẻ em"), (2, "Chăm sóc sức khỏe")]
    assert [(i.number, i.goal) for i in plan.indicators] == [(1, 1), (2, 1), (3, 2), (4, 2)]


def test_a_line_dating_something_done_for_a_campaign_is_not_its_dates():
    # "- Tổ chức từ ngày 15/5 đến ngày 31/5 các hoạt động truyền thông chuẩn bị": what is
    # done before it; the campaign's own dates are the line held every year
    from knowledge.parse.extras import parse_held_campaigns
    from knowledge.parse.structure import parse_document
    [campaign] = parse_held_campaigns(parse_document(
        "1. Tháng hành động vì trẻ em\n- Tổ chức từ ngày 15/5 đến ngày 31/5 các hoạt động truyền thông chuẩn bị.\n"
        "- Tổ chức hằng năm từ ngày 01/6 đến ngày 30/6; Sở Y tế chủ trì.\n"))
    assert (campaign.yearly_start, campaign.yearly_end) == ("06-01", "06-30")
