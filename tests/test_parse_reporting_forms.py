"""Blind round 91's layout: a plan whose body sets no figure, its targets only the rows of the
reporting forms attached to it. Each form "Biểu số 02/TE-CB" has a subject line, boxes "Đơn vị
báo cáo: …" and "Đơn vị cung cấp số liệu: …", and a table "| Dòng | Tên chỉ tiêu | Đơn vị tính |
Thực hiện năm 2025 | Mốc năm 2028 | Đích năm 2030 | Thực hiện năm báo cáo | Ghi chú |" whose rows
are numbered anew in each form; a target is cited "dòng 3 Biểu số 02/TE-CB". The plan says the
reporter leads a form's rows and the data providers partner, unless a row's note names its own
lead ("Chủ trì: Công an tỉnh (*)"; the reporter then partners). A PDF may wrap a row's note onto
a line of its own; a schedule of reports ("| STT | Nội dung | … | Thời hạn |") sets no target.

Pure: a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

HEADER = "| Dòng | Tên chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Mốc năm 2028 | Đích năm 2030 | Thực hiện năm báo cáo | Ghi chú |"

FORMS = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 41/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "", "KẾ HOẠCH",
         "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
         "I. MỤC ĐÍCH, YÊU CẦU",
         "- Các chỉ tiêu cụ thể được quy định tại 02 Biểu chỉ tiêu kèm theo; số dòng được đánh lại từ 1 trong mỗi biểu.",
         "- Cơ quan đứng tên tại ô \"Đơn vị báo cáo\" ở đầu mỗi biểu là cơ quan chủ trì các chỉ tiêu trong biểu đó; "
         "các cơ quan ghi tại ô \"Đơn vị cung cấp số liệu\" là cơ quan phối hợp.", "",
         "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.", "",
         "| STT | Nội dung | Đơn vị thực hiện | Nơi nhận | Thời hạn |",
         "| 1 | Báo cáo năm | Các sở, ngành | Sở Nội vụ | Trước ngày 30/11 hằng năm |",
         "| 2 | Báo cáo sơ kết | Các sở, ngành | Sở Nội vụ | Trước ngày 30/9/2028 |", "",
         "Biểu số 01/TE-HS", "CHỈ TIÊU VỀ CHĂM SÓC SỨC KHỎE TRẺ EM", "Đơn vị báo cáo: Sở Y tế",
         "Đơn vị cung cấp số liệu: Bảo hiểm xã hội tỉnh; Hội Liên hiệp Phụ nữ tỉnh", HEADER,
         "| 1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ (trên 1.000 trẻ đẻ sống) | 19,8 | dưới 17,5 | dưới 16 | |  |",
         "| 2 | Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi | % | 24,6 | dưới 22 | dưới 20 | |  |",
         "| 3 | Số xã có cô đỡ thôn bản được tập huấn | xã (trên tổng 53 xã) | 31/53 | 43/53 | 53/53 | |  |", "",
         "Biểu số 02/TE-HS", "CHỈ TIÊU VỀ BẢO VỆ TRẺ EM", "Đơn vị báo cáo: Sở Nội vụ",
         "Đơn vị cung cấp số liệu: Công an tỉnh; Sở Tư pháp", HEADER,
         "| 1 | Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp | % | 91,2 | 94 | 96 | |  |",
         "| 2 | Tỷ lệ vụ việc xâm hại trẻ em được can thiệp trong 12 giờ | % | 86,4 | 93 | 98 |",
         "| Chủ trì: Công an tỉnh (*) |",
         "| 3 | Tỷ lệ tảo hôn trong nhóm trẻ em từ 15 đến dưới 18 tuổi | % | 13,7 | dưới 10 | dưới 7,5 | | Chủ trì: Sở Tư pháp (*) |",
         "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder, lines: list[str]):
    return write_plan(folder, "hoason-kh41-2026.txt", lines)


def test_the_rows_of_each_form_are_its_targets_numbered_anew(tmp_path):
    plan = ingest_file(_write(tmp_path, FORMS))
    # (the schedule's rows "Báo cáo năm …" are no targets)
    assert [(i.label, i.goal, sorted((t.year, t.achieved, t.comparator, t.value, t.unit) for t in i.targets))
            for i in plan.indicators] == [
        ("dòng 1 Biểu số 01", 1, [(2025, True, "exactly", 19.8, "per_1000_live_births"),
                                  (2028, False, "under", 17.5, "per_1000_live_births"),
                                  (2030, False, "under", 16, "per_1000_live_births")]),
        ("dòng 2 Biểu số 01", 1, [(2025, True, "exactly", 24.6, "%"), (2028, False, "under", 22, "%"),
                                  (2030, False, "under", 20, "%")]),
        ("dòng 3 Biểu số 01", 1, [(2025, True, "exactly", 31, "count"), (2028, False, "at_least", 43, "count"),
                                  (2030, False, "at_least", 53, "count")]),
        ("dòng 1 Biểu số 02", 2, [(2025, True, "exactly", 91.2, "%"), (2028, False, "at_least", 94, "%"),
                                  (2030, False, "at_least", 96, "%")]),
        ("dòng 2 Biểu số 02", 2, [(2025, True, "exactly", 86.4, "%"), (2028, False, "at_least", 93, "%"),
                                  (2030, False, "at_least", 98, "%")]),
        ("dòng 3 Biểu số 02", 2, [(2025, True, "exactly", 13.7, "%"), (2028, False, "under", 10, "%"),
                                  (2030, False, "under", 7.5, "%")])]
    assert [(g.number, g.section, g.title) for g in plan.goals] == [
        (1, "Biểu số 01/TE-HS", "Chỉ tiêu về chăm sóc sức khỏe trẻ em"), (2, "Biểu số 02/TE-HS", "Chỉ tiêu về bảo vệ trẻ em")]


def test_the_boxes_and_notes_name_who_leads_and_partners(tmp_path):
    plan = ingest_file(_write(tmp_path, FORMS))
    health = (["Sở Y tế"], ["Bảo hiểm xã hội", "Hội Liên hiệp Phụ nữ tỉnh"])
    assert _roles(plan) == [health, health, health,
                            (["Sở Nội vụ"], ["Công an tỉnh", "Sở Tư pháp"]),
                            # (a note wrapped onto a line of its own, or in its column)
                            (["Công an tỉnh"], ["Sở Nội vụ", "Sở Tư pháp"]),
                            (["Sở Tư pháp"], ["Sở Nội vụ", "Công an tỉnh"])]


def test_boxes_name_no_roles_unless_the_plan_says_so(tmp_path):
    lines = [line for line in FORMS if not line.startswith("- Cơ quan đứng tên")]
    plan = ingest_file(_write(tmp_path, lines))
    assert [lead for lead, _ in _roles(plan)][:4] == [[], [], [], []]


@pytest.mark.parametrize("question, shown", [
    ("Hòa Sơn dòng 3 Biểu số 02/TE-HS năm 2030", "dưới 7,5% (2030) — Tỷ lệ tảo hôn"),
    ("hoa son bieu 02 dong 3 nam 2028", "dưới 10% (2028) — Tỷ lệ tảo hôn"),
    ("Hòa Sơn row 1 of form 1, 2030?", "dưới 16/1.000 trẻ đẻ sống (2030)"),
    ("Cơ quan nào chủ trì dòng 2 Biểu số 02/TE-HS của Hòa Sơn?", "Chủ trì: Công an tỉnh"),
    ("hoa son bieu 01 ai chu tri", "Chủ trì các chỉ tiêu của Biểu số 01/TE-HS (Chỉ tiêu về chăm sóc sức khỏe trẻ em): Sở Y tế"),
    ("Biểu số 02/TE-HS của Hòa Sơn có mấy chỉ tiêu?", "Biểu số 02/TE-HS: Chỉ tiêu về bảo vệ trẻ em"),
    # the way its figure must move, which the row's name does not write, names no other topic
    ("Tỷ lệ tảo hôn ở Hòa Sơn năm 2030 phải giảm xuống dưới bao nhiêu?", "dưới 7,5% (2030) — Tỷ lệ tảo hôn"),
])
def test_replies_cite_a_row_by_its_form(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path, FORMS)))
    assert first.startswith(shown), first


SCHEDULED = FORMS[:12] + [
    "2. Mục tiêu cụ thể", "",
    "| TT | Chỉ tiêu | Năm 2025 | Năm 2030 |",
    "| 1 | Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh | 98% | 100% |",
    "| 2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | 95% | 97% |", "",
    "III. CHẾ ĐỘ BÁO CÁO",
    "| STT | Nội dung | Đơn vị thực hiện | Nơi nhận | Thời hạn |",
    "| 3 | Báo cáo năm | Các sở, ngành | Sở Nội vụ | Trước ngày 30/11 hằng năm |",
    "| 4 | Báo cáo sơ kết | Các sở, ngành | Sở Nội vụ | Trước ngày 30/9/2028 |", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_a_schedule_of_reports_sets_no_target(tmp_path):
    plan = ingest_file(_write(tmp_path, SCHEDULED))
    assert [(i.number, i.text.split(":")[0]) for i in plan.indicators] == [
        (1, "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh"), (2, "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ")]


def test_a_form_of_another_series_is_none_of_the_targets(tmp_path):
    # (a progress report "Mẫu số 02/BC-HS" beside the forms of targets: no second "Biểu số 02")
    lines = FORMS[:-3] + ["", "Mẫu số 02/BC-HS", "BÁO CÁO TIẾN ĐỘ", "Đơn vị báo cáo: Sở Văn hóa, Thể thao và Du lịch",
                          "| Dòng | Tên chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Năm 2026 | Năm 2027 | Ghi chú |",
                          "| 1 | Số điểm vui chơi cho trẻ em được xây mới | điểm | 12 | 15 | 18 | Chủ trì: Tỉnh đoàn |"] + FORMS[-3:]
    plan = ingest_file(_write(tmp_path, lines))
    assert [i.label for i in plan.indicators if i.goal == 2] == ["dòng 1 Biểu số 02", "dòng 2 Biểu số 02", "dòng 3 Biểu số 02"]
    assert _roles(plan)[4] == (["Công an tỉnh"], ["Sở Nội vụ", "Sở Tư pháp"])

