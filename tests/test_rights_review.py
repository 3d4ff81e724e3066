"""Rights around invites, registration and the people list, found in a review: an invite
whose maker lost the right to make it, an invite that would silently change someone
already registered, commands that show names or invite links in a group chat."""

import pytest

from bot.field import people
from tests.conftest import ADMIN_ID
from tests.test_registration_conversation import link_code, texts

ADMIN = 1


@pytest.fixture
def world(db):
    lang_ha, _ = people.add_area(db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    o_cho_dua, _ = people.add_area(db, "Hà Nội", "Đống Đa", "Phường Ô Chợ Dừa")
    kim_ma, _ = people.add_area(db, "Hà Nội", "Ba Đình", "Phường Kim Mã")
    people.register_user(db, 10, "manager", city="Hà Nội")
    people.register_user(db, 11, "manager", city="Hà Nội", district="Đống Đa")
    people.register_user(db, 12, "collaborator", area_id=lang_ha.id)
    people.register_user(db, 14, "collaborator", area_id=kim_ma.id)
    get = lambda uid: people.get_person(db, uid, {ADMIN})  # noqa: E731
    return {"lang_ha": lang_ha, "o_cho_dua": o_cho_dua, "kim_ma": kim_ma, "admin": get(ADMIN), "city": get(10),
            "district": get(11)}


def _redeem(db, code, user_id):
    return people.redeem_invite(db, code, user_id, admin_ids={ADMIN})


# -- an invite is only as good as its maker's rights when it is used ------------------------------
def test_an_invite_dies_with_its_makers_right_to_make_it(db, world):
    invite = people.create_invite(db, world["district"], "collaborator", area_id=world["lang_ha"].id)
    with db.conn:
        db.conn.execute("update users set active = 0 where id = 11")        # the manager left
    with pytest.raises(people.InviteError) as refused:
        _redeem(db, invite.code, 500)
    assert "revoked" == refused.value.code
    assert people.get_person(db, 500) is None
    assert people.get_invite(db, invite.code).used_by is None


def test_an_invite_dies_when_its_maker_moves_elsewhere(db, world):
    invite = people.create_invite(db, world["district"], "manager", city="Hà Nội", district="Đống Đa")
    people.register_user(db, 11, "collaborator", area_id=world["kim_ma"].id)   # no longer a manager
    with pytest.raises(people.InviteError) as refused:
        _redeem(db, invite.code, 501)
    assert "revoked" == refused.value.code
    assert people.get_person(db, 501) is None


def test_an_admins_invite_works(db, world):
    invite = people.create_invite(db, world["admin"], "manager", city="Hà Nội")
    assert "manager" == _redeem(db, invite.code, 502).role


async def test_a_revoked_invite_is_explained_in_the_chat(bot):
    admin = bot.admin()
    await admin.send("/areas add Hà Nội | Đống Đa | Phường Láng Hạ")
    manager_code = link_code(await admin.send("/invite manager Hà Nội | Đống Đa"))
    manager = bot.chat(4001, first_name="Hùng")
    await manager.send(f"/start {manager_code}")
    code = link_code(await manager.send("/invite collaborator Láng Hạ"))
    with bot.db.conn:
        bot.db.conn.execute("update users set active = 0 where id = 4001")
    answer = texts(await bot.chat(4002).send(f"/start {code}"))
    assert "Đường dẫn mời này không còn hiệu lực" in answer
    assert people.get_person(bot.db, 4002) is None


# -- an invite does not silently change someone already registered ---------------------------------
def test_a_district_managers_invite_cannot_demote_the_city_manager(db, world):
    invite = people.create_invite(db, world["district"], "collaborator", area_id=world["lang_ha"].id)
    with pytest.raises(people.InviteError) as refused:
        _redeem(db, invite.code, 10)
    assert "registered" == refused.value.code
    city_manager = people.get_person(db, 10)
    assert ("manager", "Hà Nội", None) == (city_manager.role, city_manager.city, city_manager.district)
    assert people.get_invite(db, invite.code).used_by is None          # still there for its owner


def test_an_invite_cannot_pull_a_collaborator_out_of_another_district(db, world):
    invite = people.create_invite(db, world["district"], "collaborator", area_id=world["lang_ha"].id)
    with pytest.raises(people.InviteError) as refused:
        _redeem(db, invite.code, 14)                                     # Kim Mã, Ba Đình
    assert "registered" == refused.value.code
    assert world["kim_ma"].id == people.get_person(db, 14).area_id


def test_an_admin_id_keeps_no_stray_collaborator_row(db, world):
    invite = people.create_invite(db, world["district"], "collaborator", area_id=world["lang_ha"].id)
    with pytest.raises(people.InviteError):
        _redeem(db, invite.code, ADMIN)
    assert 0 == db["users"].count_where("id = ?", [ADMIN])


def test_whoever_manages_someone_may_move_them(db, world):
    moved = people.create_invite(db, world["district"], "collaborator", area_id=world["o_cho_dua"].id)
    assert world["o_cho_dua"].id == _redeem(db, moved.code, 12).area_id   # within the district manager's scope
    promoted = people.create_invite(db, world["admin"], "manager", city="Hà Nội", district="Ba Đình")
    assert ("manager", "Ba Đình") == (lambda p: (p.role, p.district))(_redeem(db, promoted.code, 14))


async def test_a_registered_user_is_told_why_an_invite_does_not_apply(bot):
    admin = bot.admin()
    await admin.send("/areas add Hà Nội | Đống Đa | Phường Láng Hạ")
    await admin.send("/areas add Hà Nội | Ba Đình | Phường Kim Mã")
    city = bot.chat(4001, first_name="Hùng")
    await city.send(f"/start {link_code(await admin.send('/invite manager Hà Nội'))}")
    district = bot.chat(4002, first_name="Mai")
    await district.send(f"/start {link_code(await admin.send('/invite manager Hà Nội | Đống Đa'))}")
    code = link_code(await district.send("/invite collaborator Láng Hạ"))
    answer = texts(await city.send(f"/start {code}"))
    assert "Bạn đã được đăng ký là cán bộ quản lý của Hà Nội" in answer
    assert "Bạn là cán bộ quản lý của Hà Nội" in texts(await city.send("/whoami"))


# -- names and invite links stay out of group chats -----------------------------------------------
def _in_group(chat):
    chat.chat = {"id": -100777, "type": "group", "title": "Phòng LĐTBXH"}
    return chat


PRIVATE_ONLY = "hãy gửi cho tôi trong cuộc trò chuyện riêng"


async def test_users_and_invites_are_not_shown_in_a_group(bot):
    admin = bot.admin()
    await admin.send("/areas add Hà Nội | Đống Đa | Phường Láng Hạ")
    code = link_code(await admin.send("/invite collaborator Láng Hạ"))
    await bot.chat(4002, first_name="Lan").send(f"/start {code}")
    group = _in_group(bot.admin())
    listing = texts(await group.send("/users"))
    assert PRIVATE_ONLY in listing and "Lan" not in listing
    for attempt in (group.send("/invite collaborator Láng Hạ"), group.send("/invite"),
                    group.press_data("inv:r:collaborator")):
        answer = texts(await attempt)
        assert PRIVATE_ONLY in answer and "t.me/" not in answer
    assert 1 == bot.db["invites"].count


async def test_an_invite_code_typed_in_a_group_is_not_redeemed(bot):
    admin = bot.admin()
    await admin.send("/areas add Hà Nội | Đống Đa | Phường Láng Hạ")
    code = link_code(await admin.send("/invite collaborator Láng Hạ"))
    answer = texts(await _in_group(bot.chat(4003, first_name="Lan")).send(f"/start@childplan_bot {code}"))
    assert PRIVATE_ONLY in answer and "Phường Láng Hạ" not in answer
    assert people.get_person(bot.db, 4003) is None
    assert people.get_invite(bot.db, code).used_by is None


# -- logs ------------------------------------------------------------------------------------------
async def test_an_error_is_logged_without_the_users_name_or_text(bot, caplog, monkeypatch):
    import logging

    from bot.runtime.logging_setup import OneLineFormatter

    def broken(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(people, "get_person", broken)
    caplog.set_level(logging.ERROR)
    chat = bot.chat(4005, first_name="Nguyễn Thị Hoa")
    chat.user["username"] = "hoa_ctv_dongda"
    await chat.send("/whoami bé Trần Văn An 0912 345 678")
    lines = [OneLineFormatter("json").format(record) for record in caplog.records]
    assert any("error while handling update" in line for line in lines)
    logged = "\n".join(lines)
    for personal in ("Hoa", "hoa_ctv_dongda", "Trần Văn An", "0912"):
        assert personal not in logged
    assert "/whoami" in logged                                   # what failed is still said


# -- a manager's scope is a place the bot knows, spelled as stored -------------------------------
def test_a_manager_invite_takes_the_stored_spelling_of_its_place(db, world):
    invite = people.create_invite(db, world["admin"], "manager", city="ha noi", district="DONG DA")
    assert ("Hà Nội", "Đống Đa") == (invite.city, invite.district)


@pytest.mark.parametrize("city,district,code", [
    ("Hanoi", None, "unknown_city"),
    ("Hà Nội", "Quận Không Có", "unknown_district"),
    ("Cần Thơ", None, "unknown_city"),
])
def test_a_manager_invite_for_an_unknown_place_is_refused(db, world, city, district, code):
    with pytest.raises(people.PeopleError) as refused:
        people.create_invite(db, world["admin"], "manager", city=city, district=district)
    assert code == refused.value.code
    assert 0 == db["invites"].count


async def test_a_manager_invited_without_accents_sees_their_reports(bot):
    from bot.field import periods
    from bot.field.measures import get_measure
    from bot.field.reports import save_report

    admin = bot.admin()
    await admin.send("/areas add Hà Nội | Đống Đa | Phường Láng Hạ")
    lang_ha = people.find_areas(bot.db, "Láng Hạ")[0]
    measure = get_measure(bot.db, "injuries")
    period = periods.choices(measure.period, bot.settings.tz)[periods.LAST]
    save_report(bot.db, measure=measure, area_id=lang_ha.id, period=period, figures={"value": 4}, reporter_id=ADMIN_ID)
    manager = bot.chat(4001, first_name="Hùng")
    await manager.send(f"/start {link_code(await admin.send('/invite manager ha noi | dong da'))}")
    answer = texts(await manager.send("/export"))
    assert "1 báo cáo" in answer, answer
    answer = texts(await admin.send("/invite manager Hanoi"))
    assert "Không tạo được lời mời" in answer and "t.me/" not in answer


async def test_a_manager_with_no_areas_yet_is_told_so_when_inviting_a_manager(bot):
    people.register_user(bot.db, 4001, "manager", city="Hanoi")     # registered before the check above, or by the CLI
    answer = texts(await bot.chat(4001).press_data("inv:r:manager"))
    assert "Chưa có phường, xã nào" in answer and "đã có lỗi" not in answer
    assert 0 == bot.db["invites"].count


# -- a changed Telegram name or @username ----------------------------------------------------------
async def test_users_shows_the_current_telegram_name_and_username(bot):
    admin = bot.admin()
    await admin.send("/areas add Hà Nội | Đống Đa | Phường Láng Hạ")
    code = link_code(await admin.send("/invite collaborator Láng Hạ"))
    lan = bot.chat(4002, first_name="Lan")
    lan.user["username"] = "lan_old"
    await lan.send(f"/start {code}")
    lan.user.update(first_name="Lan Nguyễn", username="lan_new")      # changed in Telegram
    await lan.send("/whoami")
    listing = texts(await admin.send("/users"))
    assert "Lan Nguyễn (@lan_new)" in listing and "@lan_old" not in listing
