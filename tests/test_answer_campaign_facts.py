"""A campaign's facts as a plan writes them (blind rounds 41–112): where its launch is held
("Lễ phát động Tháng hành động cấp tỉnh … tổ chức ở đâu?" was asked back or declined); a
campaign held every year asked of one year ("… năm 2026 diễn ra khi nào?" was declined as if
no plan held that year's month); who leads a campaign when only an office's duties say so.

Pure: plan texts (invented places and dates) → the replies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_parse_any_marker import _kb_of


def _plan(province: str, number: int, month_line: str, duties: str = "") -> str:
    return "\n".join([
        f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}", f"Số: {number}/KH-UBND {province}, ngày 12 tháng 3 năm 2026",
        "KẾ HOẠCH", f"Thực hiện Chương trình hành động vì trẻ em tỉnh {province} giai đoạn 2026 - 2030",
        "I. MỤC TIÊU", "",
        "1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97% vào năm 2030.", "",
        "II. THÁNG HÀNH ĐỘNG VÌ TRẺ EM", "",
        month_line, "",
        "III. TỔ CHỨC THỰC HIỆN", "",
        "1. Sở Y tế chủ trì, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.", "",
        duties, "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("venues")
    paths = []
    for name, text in (
        ("lamson-kh31-2026.txt", _plan("Lâm Sơn", 31, (
            "Hằng năm tổ chức Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6; lễ phát động cấp tỉnh "
            "luân phiên tại phường Đông Hà (năm chẵn) và phường Tây Sơn (năm lẻ); Sở Y tế chủ trì."))),
        ("ngocthuy-kh44-2026.txt", _plan("Ngọc Thủy", 44, (
            "Tháng hành động vì trẻ em tổ chức hằng năm từ ngày 01/6 đến ngày 30/6. Năm 2026 tổ chức lễ phát "
            "động tại xã Bến Đò; năm 2027 tại phường Cửa Tùng; các năm sau luân phiên giữa vùng núi và vùng biển.\n\n"
            "Chiến dịch “Bơi an toàn mùa hè” tổ chức hằng năm từ ngày 01/6 đến ngày 31/8."),
            # the summer campaign's lead said only in the office's own part
            "2. Sở Văn hóa, Thể thao và Du lịch\n\n- Chủ trì tổ chức chiến dịch “Bơi an toàn mùa hè”; "
            "phối hợp với Tỉnh đoàn mở lớp dạy bơi; chủ trì tổ chức Tháng hành động vì trẻ em.")),
        # a line a page's width cut in the middle of the place's name, as a PDF's text comes out
        ("tanphong-kh63-2026.txt", _plan("Tân Phong", 63, (
            "Tháng hành động vì trẻ em tổ chức hằng năm từ ngày 01/6 đến ngày 30/6.\n\n"
            "- Lễ phát động cấp tỉnh năm 2026 tổ chức tại xã Đồng\n\n"
            "Văn.\n\n- Cao điểm phòng, chống đuối nước trẻ em: từ ngày 01/6 đến ngày 31/8 hằng năm."))),
        ("haiphu-kh52-2026.txt", _plan("Hải Phú", 52, (
            "Hằng năm tổ chức Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6 với các hoạt động "
            "truyền thông tại trường học và cộng đồng; Lễ phát động cấp tỉnh tổ chức vào tuần cuối tháng 5. "
            "Các xã, phường phát động phong trào bơi an toàn tại cộng đồng."))),
        # a place set for one year only
        ("vinhan-kh71-2026.txt", _plan("Vĩnh An", 71, (
            "Tháng hành động vì trẻ em tổ chức hằng năm từ ngày 01/6 đến ngày 30/6. Năm 2026 tổ chức lễ phát "
            "động tại xã Bến Đò.\n\nChiến dịch “Mùa hè xanh” tổ chức hằng năm từ ngày 15/6 đến ngày 15/8."),
            # an office that leads something else and only works with the campaign's lead on it
            "2. Sở Giáo dục và Đào tạo\n\n- Chủ trì tổ chức các hoạt động vui chơi hè, phối hợp với Tỉnh đoàn "
            "tổ chức chiến dịch “Mùa hè xanh”.")),
    ):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    # beside the shipped plans, as deployed
    shipped = sorted((Path(__file__).parents[1] / "knowledge" / "plans").glob("*.txt"))
    return _kb_of(folder, *shipped, *paths)


def _answer(question: str, kb):
    from knowledge.answer.engine import answer

    return answer(question, kb)


def _first_line(question: str, kb) -> str:
    from knowledge.answer.format import strip_html

    result = _answer(question, kb)
    assert result.answered, result.text
    return strip_html(result.text).split("\n")[0]


@pytest.mark.parametrize("question, said", [
    ("Lễ phát động Tháng hành động vì trẻ em cấp tỉnh Lâm Sơn tổ chức ở đâu?",
     "phường Đông Hà (năm chẵn) và phường Tây Sơn (năm lẻ)"),
    ("le phat dong thang hanh dong vi tre em lam son o dau", "phường Đông Hà (năm chẵn)"),
    ("Where is Lam Son's provincial launch of the Action Month for Children held?", "phường Tây Sơn"),
    # the places year by year, each clause of them
    ("Lễ phát động Tháng hành động Ngọc Thủy tổ chức ở đâu?",
     "Năm 2026 tổ chức lễ phát động tại xã Bến Đò; năm 2027 tại phường Cửa Tùng; các năm sau luân phiên"),
])
def test_where_the_launch_is_held_is_stated_in_the_plans_words(kb, question, said):
    line = _first_line(question, kb)
    assert said in line and "Sở Y tế chủ trì" not in line, line


def test_the_venue_asked_with_the_days_says_both(kb):
    from knowledge.answer.format import strip_html

    result = _answer("Tháng hành động vì trẻ em Lâm Sơn năm 2026 lễ phát động ở đâu, diễn ra từ ngày nào?", kb)
    head = strip_html(result.text).split("\n")[:2]
    assert result.answered and "phường Đông Hà" in head[0] and "01/6/2026" in " ".join(head), head


def test_a_place_cut_over_two_lines_is_named_whole_with_its_section(kb):
    from knowledge.answer.format import strip_html

    result = _answer("le phat dong thang hanh dong vi tre em cap tinh nam 2026 tan phong to chuc o dau", kb)
    text = strip_html(result.text)
    assert result.answered and "tại xã Đồng Văn" in text.split("\n")[0], text
    assert "Tân Phong · Kế hoạch 63/KH-UBND, II" in text, text


def test_a_place_of_every_year_asked_of_one_year_names_the_year(kb):
    line = _first_line("le phat dong thang hanh dong lam son nam 2027 to chuc o dau", kb)
    assert line.startswith("Năm 2027:") and "phường Tây Sơn (năm lẻ)" in line, line


@pytest.mark.parametrize("question, said, unsaid", [
    # places set year by year: the year asked, not the others
    ("le phat dong thang hanh dong ngoc thuy nam 2027 to chuc o dau", "phường Cửa Tùng", "Bến Đò"),
    ("Where is Ngoc Thuy's 2026 Action Month launch held?", "xã Bến Đò", "Cửa Tùng"),
    # even and odd years, asked so or by a year
    ("Le phat dong thang hanh dong vi tre em cua Lam Son to chuc o dau vao nam chan?", "phường Đông Hà", "Tây Sơn"),
    ("In odd years, where does Lam Son hold the provincial launch of the Action Month?", "phường Tây Sơn", "Đông Hà"),
    ("le phat dong thang hanh dong lam son nam 2027 to chuc o dau", "phường Tây Sơn", "Đông Hà"),
    # a year after those named: the years after
    ("Lễ phát động Tháng hành động Ngọc Thủy năm 2029 tổ chức ở đâu?", "luân phiên giữa vùng núi và vùng biển",
     "Bến Đò"),
])
def test_a_year_asked_of_places_set_year_by_year_is_that_years_place(kb, question, said, unsaid):
    line = _first_line(question, kb)
    assert said in line and unsaid not in line, line


@pytest.mark.parametrize("question", [
    "Ai chủ trì chiến dịch Bơi an toàn mùa hè của Ngọc Thủy?",
    "Which department runs Ngoc Thuy's summer swimming safety campaign?",
    # the Action Month's lead asked short: its lead, not the month's days nor a target's lead
    "tháng hđ vì trẻ em ở Ngọc Thủy ai chủ trì vậy ạ",
])
def test_who_leads_a_campaign_said_only_in_an_offices_duties(kb, question):
    line = _first_line(question, kb)
    if "tháng" in question:
        assert "Sở Văn hóa, Thể thao và Du lịch" in line and "Tháng hành động" in line, line
        return
    assert "Sở Văn hóa, Thể thao và Du lịch" in line and "Bơi an toàn mùa hè" in line, line


@pytest.mark.parametrize("question", [
    "Le phat dong Thang hanh dong vi tre em cap tinh Hai Phu to chuc khi nao?",
    "When is Hai Phu's provincial Action Month launch ceremony held?",
])
def test_when_the_launch_is_held_is_its_own_time_not_the_months_days(kb, question):
    line = _first_line(question, kb)
    assert "tuần cuối tháng 5" in line and "30/6" not in line, line


@pytest.mark.parametrize("question", [
    # "… các hoạt động truyền thông tại trường học", "các xã phát động phong trào … tại cộng
    # đồng": no launch ceremony, no place of one
    "Lễ phát động Tháng hành động vì trẻ em Hải Phú tổ chức ở đâu?",
    # a place set for 2026 only, 2028 asked: none for it
    "Lễ phát động Tháng hành động vì trẻ em Vĩnh An năm 2028 tổ chức ở đâu?",
])
def test_a_plan_that_names_no_place_is_not_given_one(kb, question):
    from knowledge.answer.format import strip_html

    lines = strip_html(_answer(question, kb).text).split("\n")
    # no line states a launch's place (a passage may still quote the plan's paragraph)
    assert not any(line.startswith(("Lễ phát động:", "Năm 2028:")) for line in lines), lines


def test_an_office_that_only_works_with_a_campaign_is_not_its_lead(kb):
    # "Sở GD&ĐT: Chủ trì … vui chơi hè, phối hợp với Tỉnh đoàn tổ chức chiến dịch “Mùa hè xanh”"
    from knowledge.answer.engine import analyse

    question = "Ai chủ trì chiến dịch Mùa hè xanh của Vĩnh An?"
    assert "Chủ trì: Sở Giáo dục" not in _answer(question, kb).text
    # … nor does any reading offer it as the lead
    leads = [c.text for c, _features in analyse(question, kb) if c.intent == "lead"]
    assert not [t for t in leads if "Sở Giáo dục" in t.split("\n")[0]], leads


@pytest.mark.parametrize("question, dates", [
    ("Tháng hành động vì trẻ em Lâm Sơn năm 2027 diễn ra khi nào?", "Từ 01/6/2027 đến 30/6/2027"),
    ("thang hanh dong vi tre em hai phu 2026 dien ra tu ngay nao", "Từ 01/6/2026 đến 30/6/2026"),
])
def test_a_month_held_every_year_asked_of_a_year_of_its_plan_gives_that_years_days(kb, question, dates):
    assert _first_line(question, kb).startswith(dates)


def test_a_year_outside_every_plan_is_still_said_to_be_missing(kb):
    # 2035 is in no plan's period: no month of that year is known
    result = _answer("Tháng hành động vì trẻ em Lâm Sơn năm 2035 diễn ra khi nào?", kb)
    assert not result.answered and "2035" in result.text, result.text


@pytest.mark.parametrize("question", [
    "What is the maximum child-marriage rate Lam Son allows by 2027?",
    "ty le tao hon lam son nam 2027 la bao nhieu",
])
def test_a_year_asked_of_no_campaign_brings_no_action_month(kb, question):
    # the month held every year is that year's only when a campaign is asked about: no reading
    # offers it for a target's year (with the year stated it had competed with the targets)
    from knowledge.answer.engine import analyse

    kinds = [candidate.intent for candidate, _features in analyse(question, kb)]
    assert not [k for k in kinds if k.startswith("campaign")], kinds
