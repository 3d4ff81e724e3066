"""The name/phone guard on what collaborators and managers type that could be stored (a count,
a correction reason): what a child-protection officer would type about a child is caught —
a kinship word and a given name, an ethnic-minority full name, a name in lower case or without
accents after a kinship word — while ordinary reasons pass. One conversation drives the real
Application through a /myreports correction with a name in the reason."""

import json

import pytest

from bot.field import people
from bot.field.reports import InputProblem, clean_reason, parse_count, sensitive_kind
from tests.test_report_conversation import COLLAB, field, texts, to_value  # noqa: F401  (fixture)

NAMES = [
    "em Lan", "bé Hoa", "cháu Minh 3 tuổi", "anh Hùng", "ông Tư", "chị Mai",
    "Lò Văn Páo", "Giàng A Sử", "Hờ Thị Mỷ", "Sùng Seo Dìn", "Vàng Mí Sình", "Lo Van Pao",
    "chau minh", "chau minh 3 tuoi da chuyen di", "cháu lan", "em TÚ", "sai so lieu cua chi Mai",
    "em Lan chuyển trường", "bé Hoa nhà ông Tư báo nhầm", "gia đình anh Hùng", "nhầm hồ sơ Lò Văn Páo",
    "Trần Thị B", "NGUYEN VAN HUNG", "chau Nguyen Thi Lan da chuyen di", "Nguyễn Văn An 8 tuổi bị đánh",
]
REASONS = [
    "nhập nhầm số", "báo cáo trùng", "cập nhật số liệu tháng 11", "Phường Kim Mã báo lại", "sai kỳ báo cáo",
    "em nhập nhầm số", "em báo cáo lại", "em mai báo lại", "anh chị em báo nhầm", "cháu bé đã được hỗ trợ",
    "trẻ em nam", "Trẻ em bị xâm hại", "nhập thiếu 2 cháu", "em gái", "em an toàn rồi", "em nhap nham so",
    "Phường Trần Hưng Đạo báo lại", "UBND Thị xã Sơn Tây báo lại", "Phường Văn Miếu báo lại",
    "cập nhật theo Quận Ba Đình", "số liệu của Sở LĐTBXH", "Ban Chỉ đạo yêu cầu", "thành phố báo lại",
    "anh chị cho em sửa", "em tu lam lai", "em nga", "em sinh nam 2015", "em lan sau se bao dung", "cô giáo báo lại",
]
PLACES = ("Hà Nội", "Ba Đình", "Phường Kim Mã")


@pytest.mark.parametrize("text", NAMES)
def test_a_name_is_caught_in_a_reason_and_at_the_count_prompt(text):
    assert "name" == sensitive_kind(text)
    with pytest.raises(InputProblem) as reason:
        clean_reason(text, places=PLACES)
    with pytest.raises(InputProblem) as count:
        parse_count(text)
    assert ("name", "name") == (reason.value.code, count.value.code)


@pytest.mark.parametrize("text", REASONS)
def test_an_ordinary_reason_passes(text):
    assert text == clean_reason(text, places=PLACES)


def test_a_known_place_is_not_a_name():
    assert "Hà Nội báo lại" == clean_reason("Hà Nội báo lại", places=PLACES)
    with pytest.raises(InputProblem):
        clean_reason("Hà Nội báo lại")  # not a known place here: "Hà" + a capitalised word reads as a name


async def test_a_childs_name_in_a_correction_reason_is_warned_about_and_never_stored(field):  # noqa: F811
    chat = field.chat(COLLAB)
    await to_value(chat)
    await chat.send("3")
    await chat.press("Lưu")
    await chat.send("/myreports")
    await chat.press("Sửa 1")
    await chat.send("4")
    answer = texts(await chat.send("em Lan chuyển trường"))
    assert "Chỉ thu thập số liệu" in answer and "em Lan" not in answer
    assert "Lý do" not in chat.request.last(COLLAB).text  # asked again, no summary with the reason
    await chat.press("Có trường hợp báo muộn")
    await chat.press("Lưu")
    stored = json.dumps(list(field.db["report_audit"].rows), ensure_ascii=False)
    assert "Có trường hợp báo muộn" in stored and "Lan" not in stored
    assert not any("em Lan" in json.dumps(dict(row), ensure_ascii=False, default=str)
                   for table in field.db.table_names() for row in field.db[table].rows)
