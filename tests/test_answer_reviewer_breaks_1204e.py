"""Breaks a fresh reviewer found in the session's changes (2026-12-04, fifth session), each on a
one-year plan written here:
- a task's roles or time are its own, never a neighbouring task's (the words that answer pick
  the task: "nhiệm vụ phòng chống đuối nước do ai chủ trì" is Nhiệm vụ 2's lead);
- "trước ngày 15 tháng cuối quý IV năm 2026" is one date, not a quarterly report's four;
- "(năm trước: 95,1%)", "(cùng kỳ năm trước: 14,8‰)" in a one-year plan are the year before's
  results, not its year's targets;
- "where do I send a complaint", "to whom should I report a case" ask no report's deadline.

Pure: the shipped plans and the plan below → the stored facts and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _first_line

PLAN = """ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 99/KH-UBND
Phú Yên, ngày 10 tháng 1 năm 2026

KẾ HOẠCH
Thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2026 trên địa bàn tỉnh Phú Yên

Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;
Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2026 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Triển khai các mục tiêu bảo vệ trẻ em năm 2026.

II. MỤC TIÊU
1. Kết quả thực hiện năm 2025
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95,1%.
- Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 88%.

2. Mục tiêu cụ thể năm 2026
1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 97% (năm trước: 95,1%).
2. Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế duy trì 100%.
3. Tỷ suất tử vong trẻ em dưới 5 tuổi giảm xuống còn 14‰ (cùng kỳ năm trước: 14,8‰).
4. Tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn đạt 50%; phấn đấu đến năm 2030 đạt 70%.
5. Tỷ lệ trẻ em lao động trái quy định giảm còn 1,2%.

III. NHIỆM VỤ, GIẢI PHÁP
Nhiệm vụ 1. Tuyên truyền nâng cao nhận thức về quyền trẻ em (Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Báo Phú Yên; thời gian: hằng năm)
Nhiệm vụ 2. Phòng chống đuối nước trẻ em (Cơ quan chủ trì: Sở Giáo dục và Đào tạo; phối hợp: Tỉnh đoàn; thời gian: tháng 5 đến tháng 8/2026)
Nhiệm vụ 3. Kiện toàn đội ngũ cộng tác viên.
- Chủ trì: Sở Y tế
- Thời gian: quý II/2026

IV. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch.
2. Chế độ báo cáo
- Các sở, ngành báo cáo kết quả 6 tháng trước ngày 20/6 và báo cáo năm trước ngày 20/12 gửi Sở Y tế.
- Ủy ban nhân dân cấp huyện báo cáo tổng kết trước ngày 15 tháng cuối quý IV năm 2026 gửi Sở Y tế.
- Sở Y tế báo cáo Ủy ban nhân dân tỉnh hằng quý khi có yêu cầu.
Đầu mối liên hệ: Phòng Nghiệp vụ, Chi cục Dân số, Sở Y tế; điện thoại 0257 3822 111.
Trung tâm Công tác xã hội, Sở Y tế tỉnh Phú Yên; điện thoại 0257 3811 222.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("phuyen-kh99-2026.txt", PLAN)


def _plan(kb):
    return next(p for p in kb.plans if p.number and p.number.startswith("99/"))


def test_a_tasks_roles_are_its_own(kb):
    line = _first_line("Phú Yên nhiệm vụ phòng chống đuối nước do ai chủ trì?", kb)
    assert "Sở Giáo dục và Đào tạo" in line and "Sở Văn hóa" not in line, line


def test_a_tasks_time_is_never_another_tasks(kb):
    line = _first_line("Phú Yên nhiệm vụ 3 kiện toàn cộng tác viên thời gian thực hiện?", kb)
    assert "tháng 5 đến tháng 8/2026" not in line and "hằng năm" not in line, line


def test_one_quarter_named_is_no_quarterly_report(kb):
    assert not [(d.day, d.month) for d in _plan(kb).deadlines if "quý IV" in d.text and d.recurring]
    line = _first_line("Phú Yên báo cáo quý 1 hạn khi nào?", kb)
    assert "15/3" not in line, line


def test_the_year_befores_results_are_no_targets_of_the_year(kb):
    by_number = {i.number: i for i in _plan(kb).indicators}
    assert [(t.year, t.value, t.achieved) for t in by_number[1].targets] == [(2026, 97.0, False), (2025, 95.1, True)]
    assert [(t.year, t.value, t.achieved) for t in by_number[3].targets] == [(2026, 14.0, False), (2025, 14.8, True)]


@pytest.mark.parametrize("question", [
    "Where do I send a complaint about child abuse in Hanoi?",
    "To whom should I report a case of child abuse in Hanoi?",
])
def test_no_report_duty_is_asked(kb, question):
    line = _first_line(question, kb)
    assert "15/12" not in line and "trong 03 ngày" not in line, line
