"""Invites, registration, /whoami, /users, /areas and /measures through the real
Application with real Update objects."""

import datetime as dt
import re

import pytest
import time_machine

from bot.field import people
from bot.launch.app import build_application
from bot.runtime.offline_request import OfflineRequest
from tests.conftest import ADMIN_ID, BotHarness, stop_bot

LINK_RE = re.compile(r"https://t\.me/childplan_bot\?start=([A-Za-z0-9_-]+)")


def texts(calls):
    return "\n".join(c.text for c in calls)


def link_code(calls):
    match = LINK_RE.search(texts(calls))
    assert match, texts(calls)
    return match.group(1)


@pytest.fixture
async def areas_bot(bot):
    admin = bot.admin()
    await admin.send("/areas add Hà Nội | Đống Đa | Phường Láng Hạ")
    await admin.send("/areas add Hà Nội | Ba Đình | Phường Kim Mã")
    return bot


async def test_admin_adds_areas_and_lists_them(bot):
    admin = bot.admin()
    assert "Đã thêm Phường Láng Hạ, Đống Đa, Hà Nội." in texts(await admin.send("/areas add Hà Nội | Đống Đa | Phường Láng Hạ"))
    assert "đã có trong danh sách" in texts(await admin.send("/areas add Ha Noi | dong da | phuong lang ha"))
    assert "Hãy viết: /areas add" in texts(await admin.send("/areas add only one part"))
    assert "thiếu quận/huyện" in texts(await admin.send("/areas add Hà Nội |  | Phường X"))
    listing = texts(await admin.send("/areas"))
    assert "Các phường, xã (1):" in listing and "Phường Láng Hạ" in listing
    assert 1 == bot.db["areas"].count


async def test_guided_invite_and_registration(areas_bot):
    admin = areas_bot.admin()
    assert ["Cộng tác viên", "Cán bộ quản lý"] == (await admin.send("/invite"))[-1].button_texts()
    await admin.press("Cộng tác viên")
    assert ["Ba Đình, Hà Nội", "Đống Đa, Hà Nội"] == areas_bot.request.last(ADMIN_ID).button_texts()
    await admin.press("Đống Đa")
    answer = await admin.press("Phường Láng Hạ")
    assert "Lời mời dành cho một cộng tác viên của Phường Láng Hạ, Đống Đa, Hà Nội" in texts(answer)
    code = link_code(answer)

    lan = areas_bot.chat(3001, first_name="Lan")
    answer = await lan.send(f"/start {code}")
    assert "Chào mừng Lan! Bạn đã được đăng ký là cộng tác viên của Phường Láng Hạ, Đống Đa, Hà Nội." in texts(answer)
    assert "Bạn là cộng tác viên của Phường Láng Hạ" in texts(await lan.send("/whoami"))

    again = await areas_bot.chat(3002).send(f"/start {code}")            # works once
    assert "Đường dẫn mời này đã được sử dụng" in texts(again)
    assert people.get_person(areas_bot.db, 3002) is None


async def test_typed_invite_for_a_named_area(areas_bot):
    answer = await areas_bot.admin().send("/invite collaborator kim ma")
    assert "cộng tác viên của Phường Kim Mã, Ba Đình, Hà Nội" in texts(answer)
    answer = await areas_bot.admin().send("/invite collaborator Phường Không Có")
    assert "Không có phường/xã nào trong phạm vi của bạn khớp" in texts(answer)
    assert 1 == areas_bot.db["invites"].count


async def test_expired_invite_is_refused(areas_bot):
    with time_machine.travel(dt.datetime(2024, 6, 1, 9, 0, tzinfo=dt.timezone.utc), tick=False):
        code = link_code(await areas_bot.admin().send("/invite manager Hà Nội | Đống Đa"))
    with time_machine.travel(dt.datetime(2024, 6, 8, 9, 0, 1, tzinfo=dt.timezone.utc), tick=False):
        answer = await areas_bot.chat(3003).send(f"/start {code}")
    assert "Đường dẫn mời này đã hết hạn" in texts(answer)
    assert people.get_person(areas_bot.db, 3003) is None


@pytest.mark.parametrize("code", ["nope", "x" * 64, "<b>hi</b>"])
async def test_bad_codes_are_refused(bot, code):
    assert "Mã mời này không hợp lệ" in texts(await bot.chat(3004).send(f"/start {code}"))
    assert 0 == bot.db["users"].count


async def test_manager_invites_only_into_their_scope_and_lists_their_people(areas_bot):
    code = link_code(await areas_bot.admin().send("/invite manager Hà Nội | Đống Đa"))
    manager = areas_bot.chat(4001, first_name="Hùng")
    assert "cán bộ quản lý của Đống Đa, Hà Nội" in texts(await manager.send(f"/start {code}"))
    answer = await manager.send("/invite collaborator Phường Kim Mã")         # another district
    assert "Không có phường/xã nào trong phạm vi của bạn khớp" in texts(answer)
    await manager.send("/invite")
    await manager.press("Cộng tác viên")
    assert ["Phường Láng Hạ"] == areas_bot.request.last(4001).button_texts()
    kim_ma = people.find_areas(areas_bot.db, "Kim Mã")[0]
    forged = await manager.press_data(f"inv:a:{kim_ma.id}")                  # a forged button
    assert "Địa bàn này không thuộc phạm vi của bạn" in texts(forged)
    code = link_code(await manager.send("/invite ctv Phường Láng Hạ"))
    await areas_bot.chat(4002, first_name="Lan").send(f"/start {code}")
    other = link_code(await areas_bot.admin().send("/invite collaborator Phường Kim Mã"))
    await areas_bot.chat(4003, first_name="Minh").send(f"/start {other}")
    listing = texts(await manager.send("/users"))
    assert "Lan" in listing and "Hùng" in listing and "Minh" not in listing


async def test_collaborators_cannot_invite_or_list(areas_bot):
    code = link_code(await areas_bot.admin().send("/invite collaborator Láng Hạ"))
    lan = areas_bot.chat(5001)
    await lan.send(f"/start {code}")
    for command in ("/invite", "/users", "/areas add A | B | C"):
        assert "Bạn không có quyền thực hiện việc này." in texts(await lan.send(command))
    assert "Bạn không có quyền" in texts(await lan.press_data("inv:r:collaborator"))
    assert 1 == areas_bot.db["invites"].count


async def test_an_invite_for_a_junk_place_is_refused(areas_bot):
    answer = texts(await areas_bot.admin().send("/invite manager Hà Nội | 😀🎉"))
    assert "Không tạo được lời mời" in answer
    assert 0 == areas_bot.db["invites"].count


@pytest.mark.parametrize("data", ["inv:a:99999999999999999999", "inv:a:²", "inv:cd:١٢", "inv:md:-1"])
async def test_forged_invite_buttons_are_refused_not_an_error(areas_bot, data):
    answer = texts(await areas_bot.admin().press_data(data))
    assert "Địa bàn này không thuộc phạm vi của bạn" in answer and "đã có lỗi" not in answer
    assert 0 == areas_bot.db["invites"].count


@pytest.mark.parametrize("command", ["/invite", "/users", "/areas", "/measures", "/whoami", "/myreports"])
async def test_strangers_are_told_to_register(bot, command):
    assert "Bạn chưa được đăng ký" in texts(await bot.chat(6001).send(command))


async def test_measures_are_listed_with_their_indicator(bot):
    listing = texts(await bot.admin().send("/measures"))
    assert "Trẻ em dưới 5 tuổi được đăng ký khai sinh (tỷ lệ, hằng tháng, chỉ tiêu 14.1)" in listing
    assert "/measures import" in listing


class FileServingRequest(OfflineRequest):
    """The in-process Bot API, also serving the bytes of one uploaded document."""

    def __init__(self, content: bytes) -> None:
        super().__init__()
        self.content = content

    async def do_request(self, url, method, request_data=None, **kwargs):
        if "/file/bot" in url:
            return 200, self.content
        return await super().do_request(url, method, request_data, **kwargs)


async def _upload(settings, kb, content: bytes, caption: str, user_id: int = ADMIN_ID):
    request = FileServingRequest(content)
    application = build_application(settings, request=request, kb=kb)
    await application.initialize()
    await application.post_init(application)
    await application.start()
    harness = BotHarness(application, request)
    chat = harness.chat(user_id)
    document = {"file_id": "doc1", "file_unique_id": "d1", "file_name": "areas.csv", "file_size": len(content)}
    answer = await chat.process(chat.message_update(document=document, caption=caption))
    return harness, texts(answer)


async def test_areas_csv_upload(settings, kb):
    content = "city,district,name\nHà Nội,Đống Đa,Phường Láng Hạ\nHà Nội,Ba Đình,Phường Kim Mã\n".encode()
    harness, answer = await _upload(settings, kb, content, "/areas import")
    try:
        assert "Đã nhập: 2 địa bàn mới, 0 địa bàn đã có." in answer
        assert 2 == harness.db["areas"].count
    finally:
        await stop_bot(harness)


async def test_bad_areas_csv_names_the_lines_and_imports_nothing(settings, kb):
    content = "city,district,name\nHà Nội,Đống Đa,Phường Láng Hạ\nHà Nội,,Phường X\n".encode()
    harness, answer = await _upload(settings, kb, content, "/areas import")
    try:
        assert "Chưa nhập gì" in answer and "dòng 3: thiếu quận/huyện" in answer
        assert 0 == harness.db["areas"].count
    finally:
        await stop_bot(harness)


async def test_only_admins_upload(settings, kb):
    harness, answer = await _upload(settings, kb, b"city,district,name\nA,B,C\n", "/areas import", user_id=7001)
    try:
        assert "Bạn chưa được đăng ký" in answer
        assert 0 == harness.db["areas"].count
    finally:
        await stop_bot(harness)


async def test_measures_csv_upload_replaces_the_catalogue(settings, kb):
    content = ("key,name_vi,name_en,kind,period,indicator,metric\n"
               "drownings,Trẻ em đuối nước,Drownings,count,week,,\n").encode()
    harness, answer = await _upload(settings, kb, content, "/measures import")
    try:
        assert "Đã cập nhật danh mục: 0 mới, 1 thay đổi" in answer
        assert ["drownings"] == [r["key"] for r in harness.db["measures"].rows_where("active = 1")]
    finally:
        await stop_bot(harness)


async def test_a_measures_upload_that_would_change_a_reported_measure_says_which(settings, kb):
    import datetime as dt

    from bot.runtime.database import open_database
    from bot.field.measures import ensure_catalogue, get_measure
    from bot.field.periods import period_of
    from bot.field.reports import save_report

    db = open_database(settings.database_path)
    ensure_catalogue(db)
    area, _ = people.add_area(db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    save_report(db, measure=get_measure(db, "injuries"), area_id=area.id,
                period=period_of("week", dt.date(2026, 11, 18)), figures={"value": 3}, reporter_id=ADMIN_ID)
    db.conn.close()
    content = ("key,name_vi,name_en,kind,period,numerator_vi,denominator_vi\n"
               "injuries,Tai nạn,Injuries,rate,week,Số bị tai nạn,Tổng số trẻ\n").encode()
    harness, answer = await _upload(settings, kb, content, "/measures import")
    try:
        assert "dòng 2: injuries đã có báo cáo: không thể đổi loại số liệu (số lượng hay tỷ lệ)" in answer
        assert "count" == harness.db["measures"].get("injuries")["kind"]
    finally:
        await stop_bot(harness)


# -- wording by role and by the plan's own level word (fourth new-user trial, item 15) -------------
async def test_a_manager_is_greeted_with_what_a_manager_does_and_the_whole_city_is_the_plans_word(areas_bot):
    admin = areas_bot.admin()
    await admin.send("/invite")
    await admin.press("Cán bộ quản lý")
    buttons = areas_bot.request.last(ADMIN_ID).button_texts()
    assert "Toàn thành phố" in buttons          # Hà Nội's plan: "… thành phố Hà Nội"
    code = link_code(await admin.press("Toàn thành phố"))
    answer = texts(await areas_bot.chat(3101, first_name="Hà").send(f"/start {code}"))
    assert "Bạn đã được đăng ký là cán bộ quản lý của Hà Nội." in answer, answer
    assert "/digest" in answer and "/report" not in answer


async def test_a_place_no_plan_names_gets_province_or_city(areas_bot):
    admin = areas_bot.admin()
    await admin.send("/areas add Lào Cai | Bát Xát | Xã A Mú Sung")
    await admin.send("/invite")
    await admin.press("Cán bộ quản lý")
    await admin.press("Lào Cai")
    buttons = areas_bot.request.last(ADMIN_ID).button_texts()
    assert "Toàn tỉnh/thành phố" in buttons and "Toàn thành phố" not in buttons, buttons


def test_the_level_word_is_read_from_the_plans():
    from pathlib import Path

    from handlers.registration import CITY, PROVINCE, level_word
    from knowledge.ingest import ingest_files

    extra = Path(__file__).parent / "data" / "plans_extra" / "quangninh-kh45-2022.txt"
    plans = ingest_files([extra])
    assert PROVINCE == level_word(plans, "Quảng Ninh")
    assert PROVINCE == level_word(plans, "quang ninh")
    assert None is level_word(plans, "Hà Nội")
    assert None is level_word(plans, "")
    assert CITY == level_word([type("P", (), {"title": "Kế hoạch của UBND thành phố Cần Thơ", "issuer": ""})()],
                              "Cần Thơ")
