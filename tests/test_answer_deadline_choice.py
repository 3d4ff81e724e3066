"""A deadline question is answered with the deadlines that read like it, not every date of the
plan: "các sở báo cáo kết quả về Sở Nội vụ trước ngày nào" states 10/12, and a later date the
plan sets for something else (a database merged, a review report) is not in the reply. A
question naming the Action Month ranks its dates first, both when it asks two.

Pure: a plan text (invented dates) → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 90/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu cụ thể",
    "- Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% vào năm 2030.",
    "II. NHIỆM VỤ",
    "1. Thống nhất cơ sở dữ liệu trẻ em của hai tỉnh cũ trước ngày 30/6/2026.",
    "2. Tháng hành động vì trẻ em: các sở, ngành xây dựng kế hoạch Tháng hành động vì trẻ em gửi Sở Nội vụ "
    "trước ngày 15/5 và báo cáo kết quả trước ngày 15/7 hằng năm.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ: tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 20/12 hằng năm.",
    "2. Ủy ban nhân dân các xã, phường: xây dựng kế hoạch của địa phương trước ngày 31/3/2026.",
    "IV. CHẾ ĐỘ BÁO CÁO",
    "1. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ "
    "trước ngày 10/12 hằng năm.",
    "2. Báo cáo sơ kết giữa kỳ gửi trước ngày 15/11/2028; báo cáo tổng kết gửi trước ngày 15/11/2030.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


@pytest.fixture(scope="module")
def plan_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hoason")
    path = folder / "hoason-kh90-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return _kb_of(folder, path)


def _reply(question: str, kb) -> str:
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    return strip_html(answer(question, kb).text)


@pytest.mark.parametrize("question, first, stated, unstated", [
    ("Các sở, ngành Hòa Sơn báo cáo kết quả thực hiện kế hoạch về Sở Nội vụ trước ngày nào?", "10/12",
     [], ["30/6/2026", "15/11/2028", "31/3/2026"]),
    ("Sở Nội vụ Hòa Sơn báo cáo UBND tỉnh và Bộ Nội vụ trước ngày nào?", "20/12", [], ["30/6/2026", "15/11/2028"]),
    ("Kế hoạch Tháng hành động vì trẻ em Hòa Sơn gửi trước ngày nào, báo cáo kết quả trước ngày nào?", "15/",
     ["15/5", "15/7"], ["30/6/2026"]),
    # one date asked of a sentence setting two: that one stated (the other only in its quote)
    ("Kế hoạch Tháng hành động Hòa Sơn gửi trước ngày nào?", "15/5", [], ["15/7 —"]),
    # "hạn nộp báo cáo": a report handed in, no plan to be made by a date
    ("hoa son han nop bc nam ve so noi vu la ngay may", "10/12", [], ["31/3/2026"]),
])
def test_the_deadlines_asked_are_stated_and_not_every_date(plan_kb, question, first, stated, unstated):
    reply = _reply(question, plan_kb)
    assert first in reply.split("\n")[0], reply
    assert all(date in reply for date in stated), reply
    assert not any(date in reply for date in unstated), reply


@pytest.mark.parametrize("question", [
    "Hanoi Action Month 2020: deadline to submit plans and results?",
    "Thang hanh dong vi tre em 2020 Ha Noi: han gui ke hoach va bao cao ket qua",
])
def test_both_dates_of_one_sentence_are_stated(kb, question):
    """The shipped Hà Nội 2020 plan: "xây dựng Kế hoạch … trước ngày 20/5/2020 và báo cáo kết
    quả trước ngày 15/7/2020" — each date stated on a line of its own, not only quoted."""
    heads = [line for line in _reply(question, kb).split("\n") if line.startswith("Hà Nội")]
    assert any("20/5" in line for line in heads) and any("15/7" in line for line in heads), heads


# reports that climb the levels of office, each level with its own date (invented)
LEVELS = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA LÂM", "Số: 41/KH-UBND Hòa Lâm, ngày 09 tháng 02 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Lâm giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu cụ thể", "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97% vào năm 2030.",
    "II. NHIỆM VỤ", "1. Sở Y tế: tổ chức tiêm chủng mở rộng cho trẻ em.",
    "III. CHẾ ĐỘ BÁO CÁO",
    "1. Ủy ban nhân dân các xã, phường, đặc khu báo cáo kết quả thực hiện hằng năm gửi Sở Nội vụ trước ngày 04/12.",
    "2. Các sở, ban, ngành chủ trì chỉ tiêu gửi báo cáo về Sở Nội vụ trước ngày 11/12 hằng năm.",
    "3. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 22/12 hằng năm.",
    "4. Báo cáo kết quả Tháng hành động vì trẻ em gửi Sở Y tế trước ngày 10/7 hằng năm; báo cáo kết quả "
    "Chiến dịch “Hè an toàn” gửi Sở Văn hóa, Thể thao và Du lịch trước ngày 15/9 hằng năm.",
    "5. Các trường học gửi báo cáo về Sở Y tế, Công an tỉnh phối hợp kiểm tra số liệu trước ngày 10/11 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


@pytest.fixture(scope="module")
def levels_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hoalam")
    path = folder / "hoalam-kh41-2026.txt"
    path.write_text(LEVELS, encoding="utf-8")
    return _kb_of(folder, path)


@pytest.mark.parametrize("question, first", [
    ("Các sở, ngành ở Hòa Lâm gửi báo cáo năm về Sở Nội vụ trước ngày nào?", "11/12"),
    ("cac so chu tri chi tieu o Hoa Lam bao cao truoc ngay nao hang nam", "11/12"),
    ("By what date must Hoa Lam's departments send their annual report?", "11/12"),
    ("Các xã, phường ở Hòa Lâm phải gửi báo cáo hằng năm về Sở Nội vụ trước ngày nào?", "04/12"),
    ("ubnd xa hoa lam bc nam truoc ngay nao", "04/12"),
    ("When must communes in Hoa Lam send their yearly report?", "04/12"),
    # the office named is the one reporting, whatever levels follow the verb
    ("Sở Nội vụ Hòa Lâm báo cáo UBND tỉnh trước ngày nào?", "22/12"),
])
def test_the_level_of_office_asked_as_reporting_is_stated_first(levels_kb, question, first):
    """The reporter asked (departments, communes, the office that sums up) picks its own date."""
    assert first in _reply(question, levels_kb).split("\n")[0], _reply(question, levels_kb)


@pytest.mark.parametrize("question, first", [
    # two reports in one sentence, each to its own office: the one asked, with its office
    # (a comma inside "Sở Văn hóa, Thể thao và Du lịch" ends neither its clause nor its name)
    ("Báo cáo chiến dịch Hè an toàn ở Hòa Lâm nộp cho ai, hạn ngày nào?", "15/9 — gửi Sở Văn hóa, Thể thao và Du lịch"),
    ("Báo cáo kết quả Tháng hành động Hòa Lâm gửi ai, trước ngày nào?", "10/7 — gửi Sở Y tế"),
])
def test_each_report_of_a_sentence_goes_to_its_own_office(levels_kb, question, first):
    assert first in _reply(question, levels_kb).split("\n")[0], _reply(question, levels_kb)


def test_a_list_of_offices_after_the_verb_is_no_one_name(levels_kb):
    plan = levels_kb.plans[0]
    assert not [a for a in plan.agencies if "," in a.name and "Văn hóa" not in a.name], [a.name for a in plan.agencies]
    assert {d.submit_to for d in plan.deadlines if d.day == 10 and d.month == 11} == {"so-y-te"}


@pytest.mark.parametrize("words", ["so truong hop", "so ket", "cac co quan don vi", "cac dia phuong", "so sanh"])
def test_words_that_name_no_level_of_office(words):
    from knowledge.answer.deadlines import _levels

    assert _levels(words) == frozenset()


@pytest.mark.parametrize("question, recipient", [
    # where a report goes is asked as a deadline's own fact: its recipient
    ("Các xã, phường Hòa Sơn báo cáo kết quả thực hiện kế hoạch gửi về sở nào?", "Sở Nội vụ"),
    ("To whom do the communes of Hoa Son send their reports on the plan?", "Sở Nội vụ"),
    ("Điện Biên Phủ: báo cáo kết quả gửi về phòng nào?", "Lao động - Thương binh và Xã hội"),
])
def test_the_office_a_report_goes_to(plan_kb, kb, question, recipient):
    import re

    reply = _reply(question, kb if "Điện Biên" in question else plan_kb)
    assert recipient in re.sub(r"«[^»]*»", "", reply), reply
