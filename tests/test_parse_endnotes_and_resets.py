"""Two layouts of blind rounds 88 and 89.

Round 88: "Chỉ tiêu số 1. … đạt 94% vào năm 2030 (*1)." whose endnote "(*1) Chỉ tiêu số 1:" gives
the rest a field a line (the 2025 result, the 2028 milestone, the lead, the partners, the data
source), a blank line apart as a DOCX gives them or not.

Round 89: a plan reviewing the targets of an earlier decision: "Chỉ tiêu 3 [ĐIỀU CHỈNH]. …"
over "Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): dưới 9‰ | Thực hiện 2025: 10,2‰" and "Giao lại:
mốc sơ kết năm 2028: dưới 9,6‰; mức phấn đấu năm 2030: dưới 8,9‰." — the superseded figure is
no target; a roles table keeps the earlier decision's lead in a column of its own, which leads
nothing now. Targets added are coded "Chỉ tiêu bổ sung B1 [BỔ SUNG]." among the numbered ones,
under a heading naming the review first ("2. Kết quả rà soát và chỉ tiêu cụ thể"); a rate's bare
figures take the unit its name declares ("(đơn vị tính: người/100.000)"); a page's break may stand
between a target's two lines; a closing "Nguồn số liệu" section names targets and sets none.

Pure: plan texts (invented figures) → targets, names and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

HEAD = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 27/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
        "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.", "2. Mục tiêu cụ thể"]
TAIL = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]

ENDNOTES = HEAD + [
    "Mục tiêu 1. Sức khỏe trẻ em (chỉ tiêu số 1 đến chỉ tiêu số 3)",
    "Chỉ tiêu số 1. Tỷ lệ xã, phường, đặc khu đạt tiêu chuẩn xã, phường phù hợp với trẻ em đạt 94% vào năm 2030 (*1).",
    "Chỉ tiêu số 2. Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 7,2‰ (trên 1.000 trẻ đẻ sống) vào năm 2030 (*2).",
    "Chỉ tiêu số 3. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 100% vào năm 2030 (*3).",
    "II. TỔ CHỨC THỰC HIỆN", "Sở Y tế tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
    "GHI CHÚ CHỈ TIÊU",
    "(*1) Chỉ tiêu số 1:", "   - Kết quả thực hiện năm 2025: 79,6% (43/54 xã, phường).", "   - Mốc sơ kết năm 2028: 87%.",
    "   - Cơ quan chủ trì: Sở Y tế.", "   - Cơ quan phối hợp: Sở Nội vụ; Ủy ban nhân dân các xã, phường.",
    "   - Nguồn số liệu: Báo cáo của Ủy ban nhân dân cấp xã.", "",
    "(*2) Chỉ tiêu số 2:", "   - Kết quả thực hiện năm 2025: 8,4‰.", "   - Mốc sơ kết năm 2028: dưới 7,9‰.",
    "   - Cơ quan chủ trì: Sở Y tế.", "   - Cơ quan phối hợp: Hội Liên hiệp Phụ nữ tỉnh.", "",
    "(*3) Chỉ tiêu số 3:", "   - Kết quả thực hiện năm 2025: 98,7%.", "   - Mốc sơ kết năm 2028: 99,5%.",
    "   - Cơ quan chủ trì: Sở Tư pháp.", "   - Cơ quan phối hợp: Công an tỉnh.", *TAIL]

RESETS = HEAD + [
    "Mục tiêu 1. Sức khỏe trẻ em",
    "Chỉ tiêu 1 [ĐIỀU CHỈNH]. Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em (đơn vị tính: %).",
    "    Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): 80%  |  Thực hiện 2025: 72,3%",
    "    Giao lại: mốc sơ kết năm 2028: 80%; mức phấn đấu năm 2030: 88%.",
    "Chỉ tiêu 2 [GIỮ NGUYÊN]. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (đơn vị tính: %).",
    "    Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): 100%  |  Thực hiện 2025: 98,2%",
    "    Giao lại: giữ nguyên mức năm 2030 là 100%; bổ sung mốc sơ kết năm 2028: 99,2%.",
    "Chỉ tiêu 3 [ĐIỀU CHỈNH]. Tỷ suất tử vong trẻ sơ sinh (đơn vị tính: ‰).",
    "    Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): dưới 9‰  |  Thực hiện 2025: 10,2‰",
    "    Giao lại: mốc sơ kết năm 2028: dưới 9,6‰; mức phấn đấu năm 2030: dưới 8,9‰.",
    "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
    "PHỤ LỤC", "(Cột \"Chủ trì theo QĐ 1130\" chỉ để đối chiếu)",
    "| Chỉ tiêu | Chủ trì theo QĐ 1130 | Chủ trì từ 2026 | Phối hợp từ 2026 |",
    "| 1 | Sở Lao động - Thương binh và Xã hội | Sở Nội vụ | Sở Y tế |",
    "| 2 | Sở Tư pháp | Sở Tư pháp | Công an tỉnh |",
    "| 3 | Sở Y tế | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |", *TAIL]


def _write(folder, lines: list[str], blank: bool = False):
    return write_plan(folder, "hoason-kh27-2026.txt", lines, blank)


@pytest.mark.parametrize("blank", [False, True], ids=["lines", "paragraphs"])
def test_an_endnote_gives_its_target_the_other_years_and_roles(tmp_path, blank):
    plan = ingest_file(_write(tmp_path, ENDNOTES, blank))
    assert [sorted((t.year, t.value) for t in i.targets if t.unit != "count") for i in plan.indicators] == [
        [(2025, 79.6), (2028, 87), (2030, 94)], [(2025, 8.4), (2028, 7.9), (2030, 7.2)],
        [(2025, 98.7), (2028, 99.5), (2030, 100)]]
    assert _roles(plan) == [(["Sở Y tế"], ["Sở Nội vụ", "Ủy ban nhân dân các xã, phường"]),
                            (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), (["Sở Tư pháp"], ["Công an tỉnh"])]


def test_a_target_set_again_and_its_roles_from_now(tmp_path):
    plan = ingest_file(_write(tmp_path, RESETS))
    # (the superseded 80%, 100%, 9‰ of the earlier decision are no targets of this plan)
    assert [sorted((t.year, t.value) for t in i.targets) for i in plan.indicators] == [
        [(2025, 72.3), (2028, 80), (2030, 88)], [(2025, 98.2), (2028, 99.2), (2030, 100)],
        [(2025, 10.2), (2028, 9.6), (2030, 8.9)]]
    assert _roles(plan) == [(["Sở Nội vụ"], ["Sở Y tế"]), (["Sở Tư pháp"], ["Công an tỉnh"]),
                            (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"])]


# (blank lines between parts, as a typed plan has them: its lines are no paragraphs each)
REVIEWED = HEAD[:-1] + [
    "",
    "2. Kết quả rà soát và chỉ tiêu cụ thể",
    "Sau rà soát, Kế hoạch có 03 chỉ tiêu, trong đó 01 chỉ tiêu bổ sung.",
    "",
    "Mục tiêu 1. Bảo vệ trẻ em",
    "Chỉ tiêu 1 [ĐIỀU CHỈNH]. Tỷ lệ người chưa thành niên vi phạm pháp luật (đơn vị tính: người/100.000).",
    "    Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): dưới 50  |  Thực hiện 2025: 46,3",
    "    Giao lại: mốc sơ kết năm 2028: dưới 43; mức phấn đấu năm 2030: dưới 39.",
    "Chỉ tiêu 2 [ĐIỀU CHỈNH]. Tỷ suất tử vong trẻ sơ sinh (đơn vị tính: ‰).",
    "    Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): dưới 9‰  |  Thực hiện 2025: 10,2‰",
    "",
    "    Giao lại: mốc sơ kết năm 2028: dưới 9,6‰; mức phấn đấu năm 2030: dưới 8,9‰.",
    "Chỉ tiêu bổ sung B1 [BỔ SUNG]. Tỷ lệ trẻ em tại 18 xã biên giới được tuyên truyền phòng, chống mua bán người (đơn vị tính: %).",
    "    Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): (chỉ tiêu mới)  |  Thực hiện 2025: 54,5%",
    "    Giao lại: mốc sơ kết năm 2028: 75%; mức phấn đấu năm 2030: 90%.",
    "",
    "3. Nguồn số liệu",
    "- Chỉ tiêu 1: số liệu của Công an tỉnh.",
    "- Chỉ tiêu bổ sung B1: báo cáo của Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND 18 xã biên giới.",
    "", "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.", *TAIL]


def test_targets_added_among_the_numbered_ones_and_rates_in_their_declared_unit(tmp_path):
    plan = ingest_file(_write(tmp_path, REVIEWED))
    assert [(i.number, i.label, sorted((t.year, t.comparator, t.value, t.unit) for t in i.targets))
            for i in plan.indicators] == [
        (1, None, [(2025, "exactly", 46.3, "per_100000_children"), (2028, "under", 43, "per_100000_children"),
                   (2030, "under", 39, "per_100000_children")]),
        (2, None, [(2025, "exactly", 10.2, "per_1000"), (2028, "under", 9.6, "per_1000"),
                   (2030, "under", 8.9, "per_1000")]),
        # ("18 xã" is whom it measures; the data source's line sets no target)
        (None, "B1", [(2025, "exactly", 54.5, "%"), (2028, "at_least", 75, "%"), (2030, "at_least", 90, "%")])]


@pytest.mark.parametrize("lines, blank, question, shown", [
    # a milestone named by the measure its statement names, not by the statement up to its end
    (ENDNOTES, False, "Hòa Sơn chỉ tiêu 1 mốc 2028", "87% (2028) — Tỷ lệ xã, phường, đặc khu đạt tiêu chuẩn xã, phường phù hợp với trẻ em"),
    (ENDNOTES, True, "Hòa Sơn chỉ tiêu 1 mốc 2028", "87% (2028) — Tỷ lệ xã, phường, đặc khu đạt tiêu chuẩn xã, phường phù hợp với trẻ em"),
    (RESETS, False, "Hòa Sơn chỉ tiêu 3 năm 2030", "dưới 8,9‰ (2030) — Tỷ suất tử vong trẻ sơ sinh"),
    (REVIEWED, False, "hoa son b1 nam 2028", "75% (2028) — Tỷ lệ trẻ em tại 18 xã biên giới"),
    (REVIEWED, False, "Hòa Sơn chỉ tiêu 1 mốc 2028", "dưới 43/100.000"),
])
def test_replies_name_the_measure(tmp_path, lines, blank, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path, lines, blank)))
    assert first.startswith(shown), first
    assert "94%" not in first and "Mốc" not in first, first     # (no other year's figure in the name)
