"""The digest through the real Application: /subscribe, the weekly job (also after a
restart), /digest on demand, the "remind" button, the daily reminder job, and who is refused.

The world of ``tests.test_digest.seed``: managers 201 (Hà Nội), 202 (Hà Nội / Ba Đình),
203 (Cần Thơ); collaborators 101–106; admin 900001. Time is frozen on Monday 23/11/2026.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from handlers.digest import REMINDER_JOB, WEEKLY_JOB
from tests.conftest import ADMIN_ID, start_bot, stop_bot
from tests.test_digest import NOW, TZ, local, save, seed

PNG = b"\x89PNG"


def run_jobs_by_hand(harness) -> None:
    """The harness runs the JobQueue, so a job would also fire by itself once the frozen
    clock passes its time; pause the scheduler and run the jobs by hand instead."""
    harness.application.job_queue.scheduler.pause()


@pytest.fixture
def world(bot):
    run_jobs_by_hand(bot)
    return seed(bot.db)


def sent_to(bot, chat_id, method=None):
    return [c for c in bot.request.calls if c.chat_id == chat_id and (method is None or c.method == method)]


async def run_job(application, name):
    jobs = application.job_queue.get_jobs_by_name(name)
    assert 1 == len(jobs), [j.name for j in application.job_queue.jobs()]
    await jobs[0].run(application)


# -- subscribing and the weekly job ------------------------------------------------------------
async def test_weekly_job_sends_each_subscriber_their_digest_and_chart(bot, world):
    with time_machine.travel(NOW - dt.timedelta(days=3), tick=False):
        district = await bot.chat(202, "Hà").send("/subscribe")
        admin = await bot.admin().send("/subscribe Cần Thơ")
    assert "Đã đăng ký: bạn sẽ nhận bản tin của Hà Nội / Ba Đình vào thứ Hai hằng tuần lúc 07:30." in district[-1].text
    assert "Cần Thơ" in admin[-1].text
    bot.request.clear()

    with time_machine.travel(NOW.replace(hour=7, minute=30), tick=False):
        await run_job(bot.application, WEEKLY_JOB)

    text = sent_to(bot, 202, "sendMessage")
    assert 1 == len(text)
    assert text[0].text.startswith("📊 <b>Bản tin tuần: Hà Nội / Ba Đình</b>\nTuần 16/11/2026 – 22/11/2026")
    assert "98,5%" in text[0].text
    # Cống Vị missed the week of 9/11 and has not reported yet for 16/11; Ngọc Hà missed 9/11
    assert [f"remind:{world.areas['Cống Vị']}", f"remind:{world.areas['Ngọc Hà']}"] == \
        [b["callback_data"] for row in text[0].buttons for b in row]
    photos = sent_to(bot, 202, "sendPhoto")
    assert photos and all(p.files["photo"].startswith(PNG) for p in photos)
    assert photos[0].text.startswith("Tiến độ so với chỉ tiêu") and all(not p.text for p in photos[1:]), \
        [p.text for p in photos]

    admin_text = sent_to(bot, ADMIN_ID, "sendMessage")
    assert 1 == len(admin_text) and "Bản tin tuần: Cần Thơ" in admin_text[0].text
    assert sent_to(bot, ADMIN_ID, "sendPhoto")
    for outsider in (201, 203, 101):   # a manager who did not subscribe, another city's, a collaborator
        assert [] == sent_to(bot, outsider)


async def test_weekly_job_is_scheduled_from_settings(bot):
    job = bot.application.job_queue.get_jobs_by_name(WEEKLY_JOB)[0]
    trigger = job.job.trigger
    fields = {field.name: str(field) for field in trigger.fields}
    assert ("mon", "7", "30") == (fields["day_of_week"], fields["hour"], fields["minute"])
    assert "Asia/Ho_Chi_Minh" == str(trigger.timezone)


async def test_weekly_job_comes_back_after_a_restart(settings, kb):
    first = await start_bot(settings, kb)
    run_jobs_by_hand(first)
    seed(first.db)
    await first.chat(202).send("/subscribe")
    await stop_bot(first)

    second = await start_bot(settings, kb)
    run_jobs_by_hand(second)
    try:
        with time_machine.travel(NOW.replace(hour=7, minute=30), tick=False):
            await run_job(second.application, WEEKLY_JOB)
        assert 1 == len(sent_to(second, 202, "sendMessage"))
        assert sent_to(second, 202, "sendPhoto")
    finally:
        await stop_bot(second)


async def test_unsubscribed_manager_gets_nothing(bot, world):
    chat = bot.chat(202)
    await chat.send("/subscribe")
    calls = await chat.send("/unsubscribe")
    assert "Đã hủy đăng ký: bạn sẽ không nhận bản tin tuần nữa." == calls[-1].text
    calls = await chat.send("/unsubscribe")
    assert "Bạn chưa đăng ký nhận bản tin tuần." == calls[-1].text
    bot.request.clear()
    with time_machine.travel(NOW, tick=False):
        await run_job(bot.application, WEEKLY_JOB)
    assert [] == sent_to(bot, 202)


async def test_a_manager_who_lost_the_role_gets_no_more_digests(bot, world):
    await bot.chat(202).send("/subscribe")
    with bot.db.conn:
        bot.db.conn.execute("update users set active = 0 where id = 202")
    bot.request.clear()
    with time_machine.travel(NOW, tick=False):
        await run_job(bot.application, WEEKLY_JOB)
    assert [] == sent_to(bot, 202)


# -- /digest on demand ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang,command,expected", [
    ("vi", "/digest last", ["Tuần 16/11/2026 – 22/11/2026", "98,5% (2.955/3.000"]),
    ("en", "/digest last", ["Week Nov 16, 2026 – Nov 22, 2026", "98.5% (2,955/3,000"]),
    ("vi", "/digest", ["Tuần 23/11/2026 – 29/11/2026", "Tuần này chưa nhận được báo cáo nào."]),
])
async def test_digest_on_demand(bot, world, lang, command, expected):
    chat = bot.chat(202)
    if lang == "en":
        await chat.send("/lang en")
    with time_machine.travel(NOW, tick=False):
        calls = await chat.send(command)
    assert "sendMessage" == calls[0].method and ["sendPhoto"] * (len(calls) - 1) == [c.method for c in calls[1:]]
    for part in expected:
        assert part in calls[0].text
    assert calls[1].files["photo"].startswith(PNG)


async def test_admin_chooses_the_city(bot, world):
    chat = bot.admin()
    calls = await chat.send("/digest")
    assert calls[-1].text.startswith("Tỉnh/thành phố nào? Thêm vào sau lệnh, ví dụ /digest ")
    assert "Hà Nội; Cần Thơ" in calls[-1].text or "Cần Thơ; Hà Nội" in calls[-1].text
    with time_machine.travel(NOW, tick=False):
        calls = await chat.send("/digest last ha noi / ba dinh")
    assert "Bản tin tuần: Hà Nội / Ba Đình" in calls[0].text


@pytest.mark.parametrize("user_id,command,expected", [
    (101, "/digest", "Bản tin và xuất số liệu chỉ dành cho cán bộ quản lý và quản trị viên."),
    (555, "/digest", "Bản tin và xuất số liệu chỉ dành cho cán bộ quản lý và quản trị viên."),
    (101, "/subscribe", "Bản tin và xuất số liệu chỉ dành cho cán bộ quản lý và quản trị viên."),
    (555, "/export", "Bản tin và xuất số liệu chỉ dành cho cán bộ quản lý và quản trị viên."),
    (101, "/export 2026-11-01 2026-11-30", "Bản tin và xuất số liệu chỉ dành cho cán bộ quản lý và quản trị viên."),
    (555, "/export 31/02/2026 01/03/2026", "Bản tin và xuất số liệu chỉ dành cho cán bộ quản lý và quản trị viên."),
    (101, "/export 2026-03-31 2026-01-01", "Bản tin và xuất số liệu chỉ dành cho cán bộ quản lý và quản trị viên."),
    (203, "/digest Hà Nội", "Bạn chỉ được xem số liệu của Cần Thơ."),
    (203, "/subscribe Hà Nội", "Bạn chỉ được xem số liệu của Cần Thơ."),
    (203, "/export 2026-11-01 2026-11-30 Hà Nội", "Bạn chỉ được xem số liệu của Cần Thơ."),
    (202, "/digest last Hà Nội", "Bạn chỉ được xem số liệu của Hà Nội / Ba Đình."),
    (202, "/digest Hải Phòng", "Tôi không biết địa danh \"Hải Phòng\"."),
    (202, "/digest '; drop table reports; --", "Tôi không biết địa danh"),
    (202, "/digest " + "🙂" * 500, "Tôi không biết địa danh"),
])
async def test_refusals(bot, world, user_id, command, expected):
    calls = await bot.chat(user_id).send(command)
    assert 1 == len(calls) and "sendMessage" == calls[0].method
    assert calls[0].text.startswith(expected), calls[0].text
    assert [] == [c for c in bot.request.calls if c.method in ("sendPhoto", "sendDocument")]
    assert 0 == bot.db.execute("select count(*) from subscriptions").fetchone()[0]
    assert 12 == bot.db.execute("select count(*) from reports").fetchone()[0]


# -- the "remind" button ----------------------------------------------------------------------------
async def test_remind_button_reminds_the_areas_collaborators(bot, world):
    chat = bot.chat(202)
    with time_machine.travel(NOW, tick=False):
        digest = await chat.send("/digest last")
        calls = await chat.press("Nhắc Phường Cống Vị", on=digest[0])
    answer = [c for c in calls if c.method == "answerCallbackQuery"]
    assert 1 == len(answer)
    assert "Đã gửi lời nhắc tới 2/2 cộng tác viên của Phường Cống Vị." == answer[0].params["text"]
    for collaborator in (103, 104):
        reminder = sent_to(bot, collaborator, "sendMessage")
        assert 1 == len(reminder)
        assert "🔔 Cán bộ quản lý nhắc bạn gửi báo cáo của Phường Cống Vị." == reminder[0].text
        assert "report:start" == reminder[0].callback_data("Báo cáo ngay")
    assert [] == sent_to(bot, 101)

    # The reminder's button opens the /report conversation: it asks which measure.
    hoa = bot.chat(103, "Hoa")
    opened = await hoa.press("Báo cáo ngay", on=sent_to(bot, 103, "sendMessage")[0])
    asked = [c for c in opened if c.buttons]
    assert asked and all(data.startswith("rm:") for data in
                         [b["callback_data"] for row in asked[-1].buttons for b in row][:3])


async def test_a_second_tap_within_the_hour_does_not_remind_again(bot, world):
    chat = bot.chat(202)
    with time_machine.travel(NOW, tick=False):
        digest = await chat.send("/digest last")
        await chat.press("Nhắc Phường Cống Vị", on=digest[0])
        again = await chat.press("Nhắc Phường Cống Vị", on=digest[0])
    answer = [c for c in again if c.method == "answerCallbackQuery"][0].params["text"]
    assert "Phường Cống Vị vừa được nhắc" in answer and "60 phút" in answer
    for collaborator in (103, 104):
        assert 1 == len(sent_to(bot, collaborator, "sendMessage"))
    with time_machine.travel(NOW + dt.timedelta(hours=1, minutes=1), tick=False):
        await chat.press("Nhắc Phường Cống Vị", on=digest[0])
    for collaborator in (103, 104):
        assert 2 == len(sent_to(bot, collaborator, "sendMessage"))


@pytest.mark.parametrize("user_id,data", [
    (203, "remind:{area}"),      # a manager of another city
    (101, "remind:{area}"),      # a collaborator
    (555, "remind:{area}"),      # a stranger
    (202, "remind:abc"),
    (202, "remind:99999"),
    (202, "remind:"),
    (202, "remind:²"),                      # a digit for str.isdigit(), not for int()
    (202, "remind:99999999999999999999"),   # beyond SQLite's 64-bit integers
])
async def test_remind_button_refused(bot, world, user_id, data):
    calls = await bot.chat(user_id).press_data(data.format(area=world.areas["Cống Vị"]))
    answer = [c for c in calls if c.method == "answerCallbackQuery"]
    assert 1 == len(answer)
    assert "Bạn không thể gửi lời nhắc cho địa bàn này." == answer[0].params["text"]
    assert [] == sent_to(bot, 103) + sent_to(bot, 104)


# -- the daily reminder job --------------------------------------------------------------------------
async def test_reminder_job_reminds_once_per_period(bot, world):
    # Ngọc Hà reports this week's injuries before the reminder goes out.
    save(bot.db, "injuries", world.areas["Ngọc Hà"], "2026-11-23", local("2026-11-24"), 102, value=1)
    bot.request.clear()
    sunday = dt.datetime(2026, 11, 29, 0, 5, tzinfo=TZ)   # the last 24 hours of the week
    with time_machine.travel(sunday, tick=False):
        await run_job(bot.application, REMINDER_JOB)
    reminded = sorted({c.chat_id for c in bot.request.calls if c.method == "sendMessage"})
    assert [101, 103, 104, 105, 106] == reminded     # not Minh (reported), not Cũ (left)
    message = sent_to(bot, 101, "sendMessage")[0]
    assert message.text.startswith("⏰ Kỳ báo cáo tuần 23/11/2026 – 29/11/2026 sắp kết thúc mà Phường Kim Mã")
    assert "report:start" == message.callback_data("Báo cáo ngay")

    bot.request.clear()
    with time_machine.travel(sunday + dt.timedelta(hours=12), tick=False):
        await run_job(bot.application, REMINDER_JOB)
    assert [] == [c for c in bot.request.calls if c.method == "sendMessage"]

    # The month ends a day later: only the areas with nothing for November are reminded.
    with time_machine.travel(sunday + dt.timedelta(days=1), tick=False):
        await run_job(bot.application, REMINDER_JOB)
    month = sorted(c.chat_id for c in bot.request.calls if c.method == "sendMessage")
    assert [103, 104, 106] == month
    assert "tháng 01/11/2026 – 30/11/2026" in sent_to(bot, 106, "sendMessage")[0].text


async def test_reminder_job_is_scheduled_daily_at_the_window(bot):
    job = bot.application.job_queue.get_jobs_by_name(REMINDER_JOB)[0]
    fields = {field.name: str(field) for field in job.job.trigger.fields}
    assert ("sun,mon,tue,wed,thu,fri,sat", "0", "5") == (fields["day_of_week"], fields["hour"], fields["minute"])
    assert "Asia/Ho_Chi_Minh" == str(job.job.trigger.timezone)


async def test_digest_commands_only_in_a_private_chat(bot, world):
    chat = bot.chat(202)
    chat.chat = {"id": -100123, "type": "group", "title": "Phòng LĐTBXH"}
    for command in ("/digest", "/subscribe", "/export"):
        calls = await chat.send(command)
        assert ["Bản tin có tên người và địa bàn: hãy gửi lệnh này cho tôi trong cuộc trò chuyện riêng."] == \
            [c.text for c in calls if c.method == "sendMessage"]
    assert 0 == bot.db.execute("select count(*) from subscriptions").fetchone()[0]


async def test_one_failing_scope_does_not_stop_the_others(bot, world, caplog):
    await bot.chat(203).send("/subscribe")                  # Cần Thơ, whose data is broken below
    await bot.admin().send("/subscribe Hà Nội / Ba Đình")   # comes after 203 in the job
    with bot.db.conn:   # a row no version of the bot writes: its period cannot be read
        bot.db["reports"].insert({"measure": "injuries", "area_id": world.areas["An Hòa"], "period_kind": "week",
                                  "period_start": "tuần 47", "reporter_id": 106,
                                  "created_at": "2026-11-20T03:00:00+00:00"})
    bot.request.clear()
    with time_machine.travel(NOW, tick=False):
        await run_job(bot.application, WEEKLY_JOB)
    assert [] == sent_to(bot, 203)
    assert sent_to(bot, ADMIN_ID, "sendPhoto")
    assert "the digest of Cần Thơ for 203 failed" in caplog.text


async def test_an_edited_command_is_not_run_again(bot, world):
    chat = bot.chat(202)
    payload = chat.message_update("/export 2026-11-01 2026-11-30")
    payload["edited_message"] = {**payload.pop("message"), "edit_date": payload["update_id"]}
    calls = await chat.process(payload)
    assert [] == [c for c in calls if c.method in ("sendDocument", "sendMessage")]
