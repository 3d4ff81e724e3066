"""English questions blind sets (rounds 172, 173) found unread:

- "who is asked to lead the Children's Council model?" asks who leads (no cue had been read,
  and a target of children's participation was stated instead of "Thành đoàn");
- "which office collects the reports from departments and districts": "collects" is the
  plans' "tổng hợp" (the question had been declined).

Pure: the tests' copy of the shipped plans (and a plan written here) → the replies.
"""

from __future__ import annotations

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC
Số: 214/KH-UBND
Bình Phước, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Bình Phước giai đoạn 2025 - 2030
I. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2030.
II. CHẾ ĐỘ BÁO CÁO
Các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố gửi báo cáo 6 tháng về Sở Lao động - Thương binh và Xã hội trước ngày 10/6 và báo cáo năm trước ngày 10/12 hằng năm. Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội trước ngày 20/12 hằng năm.
"""


def test_asked_to_lead_is_who_leads(kb):
    _states(kb, "In Điện Biên Phủ, who is asked to lead the Children's Council model?", "Thành đoàn", lines=2)


def test_collects_the_reports_is_who_compiles_them(kb_with_plan):
    _states(kb_with_plan("binhphuoc-kh214-2025.txt", PLAN),
            "In Binh Phuoc, which office collects the reports from departments and districts, and who does it "
            "then report to?", "Sở Lao động - Thương binh và Xã hội tổng hợp", lines=2)
