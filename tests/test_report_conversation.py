"""The /report conversation driven through the real Application with real Update objects:
buttons and typed values, every kind of wrong input, cancel, timeout, restarts, repeated
updates, corrections. After each test the reports table holds exactly what was confirmed."""

import datetime as dt
import json
import time
from zoneinfo import ZoneInfo

import pytest
import time_machine

from bot.field import people
from bot.field.measures import import_catalogue
from tests.conftest import start_bot, stop_bot

COLLAB, OTHER, MANAGER, STRANGER = 1001, 1002, 2001, 5555
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
async def field(bot):
    """Two wards of Hà Nội with a collaborator each, and a city manager."""
    db = bot.db
    lang_ha, _ = people.add_area(db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    kim_ma, _ = people.add_area(db, "Hà Nội", "Ba Đình", "Phường Kim Mã")
    people.register_user(db, COLLAB, "collaborator", area_id=lang_ha.id, display_name="Lan")
    people.register_user(db, OTHER, "collaborator", area_id=kim_ma.id, display_name="Minh")
    people.register_user(db, MANAGER, "manager", city="Hà Nội", display_name="Hùng")
    bot.areas = {"lang_ha": lang_ha.id, "kim_ma": kim_ma.id}
    return bot


def reports(db):
    return sorted((r["measure"], r["area_id"], r["value"], r["numerator"], r["denominator"])
                  for r in db["reports"].rows)


def texts(calls):
    return "\n".join(c.text for c in calls)


async def to_value(chat):
    """/report → injuries → this week: at the number prompt."""
    await chat.send("/report")
    await chat.press("Trẻ em bị tai nạn thương tích")
    return await chat.press("Tuần này")


async def to_numerator(chat):
    await chat.send("/report")
    await chat.press("khai sinh")
    return await chat.press("Tháng này")


async def test_count_report_with_typed_words_and_buttons(field):
    chat = field.chat(COLLAB)
    assert "Bạn muốn báo cáo nội dung gì?" in texts(await chat.send("/report"))
    answer = await chat.send("tai nạn")          # two measures match: the bot asks which
    assert "Bạn muốn chọn mục nào?" in texts(answer)
    assert ["Trẻ em bị tai nạn thương tích", "Trẻ em tử vong do tai nạn thương tích", "Hủy"] == answer[-1].button_texts()
    answer = await chat.press("Trẻ em bị tai nạn thương tích")
    assert "Tuần này" in answer[-1].button_texts()[0]
    answer = await chat.press("Tuần này")
    assert "Phường Láng Hạ" in texts(answer) and "Hãy nhập một số nguyên" in texts(answer)
    answer = await chat.send("3")
    assert "Số lượng: 3" in texts(answer)
    assert ["Lưu", "Sửa", "Hủy"] == answer[-1].button_texts()
    assert [] == reports(field.db)                 # nothing stored before Save
    answer = await chat.press("Lưu")
    assert "Đã lưu: Trẻ em bị tai nạn thương tích, Phường Láng Hạ" in texts(answer)
    assert [("injuries", field.areas["lang_ha"], 3, None, None)] == reports(field.db)
    assert ["create"] == [a["action"] for a in field.db["report_audit"].rows]


async def test_rate_report_by_indicator_number(field):
    chat = field.chat(COLLAB)
    await chat.send("/baocao")
    answer = await chat.send("ct 14")
    assert "Tháng này" in answer[-1].button_texts()[0]
    await chat.press("Tháng trước")
    assert "Bây giờ nhập tổng số" in texts(await chat.send("95"))
    answer = await chat.send("100")
    assert "Tỷ lệ: 95%" in texts(answer)
    assert "Đã lưu" in texts(await chat.press("Lưu"))
    assert [("birth_registered_u5", field.areas["lang_ha"], None, 95, 100)] == reports(field.db)


@pytest.mark.parametrize("typed, message", [
    ("mười hai", "Đó không phải là một số nguyên."),
    ("-4", "Số không được âm."),
    ("3,5", "Hãy nhập số nguyên, không có phần thập phân."),
    ("1000000000000", "Số này quá lớn đối với một phường/xã."),
    ("😀", "Đó không phải là một số nguyên."),
    ("...", "Đó không phải là một số nguyên."),
    ("7" * 5000, "Nội dung quá dài để là một số."),
    ("'; drop table reports; --", "Đó không phải là một số nguyên."),
    ("Nguyễn Văn An", "Chỉ thu thập số liệu"),
    ("0912345678", "Chỉ thu thập số liệu"),
])
async def test_wrong_numbers_get_a_clear_message_and_the_same_question(field, typed, message):
    chat = field.chat(COLLAB)
    question = (await to_value(chat))[-1].text
    answer = await chat.send(typed)
    assert message in answer[-1].text
    assert answer[-1].text.endswith(question)
    assert typed not in json.dumps(dict(field.application.user_data), ensure_ascii=False)  # what gets persisted
    assert [] == reports(field.db)
    assert "Số lượng: 4" in texts(await chat.send("4"))   # the conversation goes on
    await chat.press("Lưu")
    assert [("injuries", field.areas["lang_ha"], 4, None, None)] == reports(field.db)


@pytest.mark.parametrize("numerator, denominator, message", [
    ("120", "100", "Tổng số (100) không thể nhỏ hơn số được đếm (120)"),
    ("5", "0", "Tổng số phải từ 1 trở lên."),
    ("5", "-1", "Số không được âm."),
    ("5", "2,5", "Hãy nhập số nguyên"),
])
async def test_rate_figures_are_checked(field, numerator, denominator, message):
    chat = field.chat(COLLAB)
    await to_numerator(chat)
    await chat.send(numerator)
    answer = await chat.send(denominator)
    assert message in answer[-1].text and "Bây giờ nhập tổng số" in answer[-1].text
    assert [] == reports(field.db)


@pytest.mark.parametrize("typed, where", [("qwerty zzz", "measure"), ("😀", "measure"), ("x" * 5000, "measure"),
                                          ("hello", "period"), ("42", "summary")])
async def test_wrong_input_at_button_steps(field, typed, where):
    chat = field.chat(COLLAB)
    await chat.send("/report")
    if where != "measure":
        await chat.press("Trẻ em bị tai nạn thương tích")
    if where == "summary":
        await chat.press("Tuần này")
        await chat.send("3")
    answer = await chat.send(typed)
    expected = {"measure": "Không tìm thấy nội dung nào khớp", "period": "Hãy trả lời câu hỏi này",
                "summary": "Hãy trả lời câu hỏi này"}[where]
    assert expected in answer[-1].text
    assert answer[-1].buttons                          # the same question, with its buttons
    assert [] == reports(field.db)


async def test_a_sticker_gets_the_question_again(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    answer = await chat.send_sticker()
    assert "Hãy trả lời câu hỏi này" in answer[-1].text and "Hãy nhập một số nguyên" in answer[-1].text


STEPS = {
    "measure": [("send", "/report")],
    "period": [("send", "/report"), ("press", "Trẻ em bị tai nạn thương tích")],
    "value": [("send", "/report"), ("press", "Trẻ em bị tai nạn thương tích"), ("press", "Tuần này")],
    "numerator": [("send", "/report"), ("press", "khai sinh"), ("press", "Tháng này")],
    "denominator": [("send", "/report"), ("press", "khai sinh"), ("press", "Tháng này"), ("send", "5")],
    "confirm": [("send", "/report"), ("press", "Trẻ em bị tai nạn thương tích"), ("press", "Tuần này"), ("send", "900")],
    "summary": [("send", "/report"), ("press", "Trẻ em bị tai nạn thương tích"), ("press", "Tuần này"), ("send", "2")],
}


@pytest.mark.parametrize("how", ["/cancel", "/huy", "button"])
@pytest.mark.parametrize("step", list(STEPS))
async def test_cancel_at_every_step(field, step, how):
    chat = field.chat(COLLAB)
    for action, arg in STEPS[step]:
        await (chat.send(arg) if action == "send" else chat.press(arg))
    if how == "button" and "Hủy" not in chat.request.last(COLLAB).button_texts():
        how = "/cancel"   # the "are you sure?" question has Yes/No only
    answer = await (chat.send(how) if how.startswith("/") else chat.press("Hủy"))
    assert "Đã hủy. Không có gì được lưu." in texts(answer)
    assert "Không có gì để hủy." in texts(await chat.send("/huy"))   # the conversation is over
    assert [] == reports(field.db)


async def test_idle_conversation_expires(field):
    app = field.application
    await app.job_queue.start()
    try:
        chat = field.chat(COLLAB)
        await to_value(chat)
        jobs = [job for job in app.job_queue.jobs() if job.name == "_trigger_timeout"]
        assert 1 == len(jobs)
        for job in jobs:
            await job.run(app)
        assert "bị bỏ dở quá lâu" in chat.request.last(COLLAB).text
        await chat.send("5")                               # no longer a report answer
        assert [] == reports(field.db)
        assert "Bạn muốn báo cáo" in texts(await chat.send("/report"))
    finally:
        await app.job_queue.stop(wait=False)


async def test_two_collaborators_interleaved(field):
    lan, minh = field.chat(COLLAB), field.chat(OTHER, first_name="Minh")
    await lan.send("/report")
    await minh.send("/report")
    await minh.press("Trẻ em bị xâm hại")
    await lan.press("Trẻ em bị tai nạn thương tích")
    await lan.press("Tuần này")
    await minh.press("Tuần này")
    await minh.send("1")
    await lan.send("6")
    await lan.press("Lưu")
    await minh.press("Lưu")
    assert [("abuse_cases", field.areas["kim_ma"], 1, None, None),
            ("injuries", field.areas["lang_ha"], 6, None, None)] == reports(field.db)


async def _numerator_then_stop(settings, kb):
    """A collaborator answers the numerator of a birth-registration report, then the bot
    stops (the denominator question is pending); returns the collaborator's area."""
    first = await start_bot(settings, kb)
    area, _ = people.add_area(first.db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    people.register_user(first.db, COLLAB, "collaborator", area_id=area.id)
    chat = first.chat(COLLAB)
    await chat.send("/report")
    await chat.press("khai sinh")
    await chat.press("Tháng này")
    await chat.send("40")
    await stop_bot(first)
    return area


async def test_restart_between_two_steps_resumes(settings, kb):
    area = await _numerator_then_stop(settings, kb)

    second = await start_bot(settings, kb)
    try:
        chat = second.chat(COLLAB)
        answer = await chat.send("50")                    # the denominator question, after the restart
        assert "Tỷ lệ: 80%" in texts(answer)
        await chat.press("Lưu")
        assert [("birth_registered_u5", area.id, None, 40, 50)] == reports(second.db)
    finally:
        await stop_bot(second)


async def test_a_draft_left_too_long_expires_after_a_restart(settings, kb):
    """PTB's timeout job does not survive a restart; the draft's own clock does."""
    await _numerator_then_stop(settings, kb)

    later = time.time() + settings.conversation_timeout + 60
    second = await start_bot(settings, kb)
    try:
        with time_machine.travel(later, tick=False):
            answer = await second.chat(COLLAB).send("50")
        assert "bị bỏ dở quá lâu nên đã được đóng lại. Không có gì được lưu." in texts(answer)
        assert "Tỷ lệ" not in texts(answer)
        assert [] == reports(second.db)
        # the conversation is over: a number now is a question, not a report answer
        answer = await second.chat(COLLAB).send("50")
        assert "Tỷ lệ" not in texts(answer)
    finally:
        await stop_bot(second)


async def test_a_repeated_update_is_not_counted_twice(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    await chat.send("3")
    summary = chat.request.last(COLLAB)
    payload = chat.callback_update(summary.callback_data("Lưu"), summary.result)
    await chat.process(payload)
    again = await chat.process(payload)                   # Telegram delivers the same update again
    assert [] == [c for c in again if c.method == "sendMessage" or c.method == "editMessageText"]
    assert [("injuries", field.areas["lang_ha"], 3, None, None)] == reports(field.db)
    assert 1 == field.db["report_audit"].count


@pytest.mark.parametrize("command", ["/report", "/baocao", "/invite", "/users", "/myreports", "/whoami"])
async def test_a_stranger_is_told_to_register(field, command):
    answer = await field.chat(STRANGER).send(command)
    assert "Bạn chưa được đăng ký" in texts(answer)
    assert [] == reports(field.db)


async def test_a_stranger_pressing_a_reminder_button(field):
    answer = await field.chat(STRANGER).press_data("report:start")
    assert "Bạn chưa được đăng ký" in texts(answer)
    assert any(c.method == "answerCallbackQuery" for c in answer)


async def test_reminder_button_starts_a_report(field):
    answer = await field.chat(COLLAB).press_data("report:start")
    assert "Bạn muốn báo cáo nội dung gì?" in texts(answer)


async def test_doubtful_value_asks_are_you_sure(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    answer = await chat.send("900")                       # above the measure's maximum (500)
    assert "lớn hơn mức thông thường" in texts(answer)
    assert ["Có, số liệu đúng", "Không, nhập lại"] == answer[-1].button_texts()
    answer = await chat.press("Không, nhập lại")
    assert "Hãy nhập một số nguyên" in texts(answer)
    await chat.send("901")
    await chat.press("Có, số liệu đúng")
    await chat.press("Lưu")
    assert [("injuries", field.areas["lang_ha"], 901, None, None)] == reports(field.db)


async def test_far_from_last_report_asks_are_you_sure(field):
    chat = field.chat(COLLAB)
    await chat.send("/report")
    await chat.press("Trẻ em bị tai nạn thương tích")
    await chat.press("Tuần trước")
    await chat.send("4")
    await chat.press("Lưu")
    answer = await to_value(chat)
    answer = await chat.send("40")
    assert "40 khác rất nhiều so với báo cáo gần nhất của địa bàn (4)" in texts(answer)
    await chat.press("Có, số liệu đúng")
    await chat.press("Lưu")
    assert [("injuries", field.areas["lang_ha"], 4, None, None),
            ("injuries", field.areas["lang_ha"], 40, None, None)] == reports(field.db)


async def test_same_period_twice_asks_to_replace(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    await chat.send("3")
    await chat.press("Lưu")
    answer = await to_value(chat)
    assert "đã được lưu: 3. Thay thế báo cáo đó?" in texts(answer)
    answer = await chat.press("Không, giữ nguyên")
    assert "Đã giữ báo cáo đã lưu trước đó" in texts(answer)
    await to_value(chat)
    await chat.press("Có, thay thế")
    await chat.send("5")
    assert "Báo cáo này sẽ thay thế" in chat.request.last(COLLAB).text
    await chat.press("Lưu")
    assert [("injuries", field.areas["lang_ha"], 5, None, None)] == reports(field.db)
    audit = [(a["action"], a["old_value"], a["new_value"]) for a in field.db["report_audit"].rows_where(order_by="id")]
    assert [("create", None, '{"value": 3}'), ("replace", '{"value": 3}', '{"value": 5}')] == audit


async def test_edit_at_the_summary_goes_back_to_the_numbers(field):
    chat = field.chat(COLLAB)
    await to_numerator(chat)
    await chat.send("10")
    await chat.send("20")
    answer = await chat.press("Sửa")
    assert "Nhập số" in texts(answer)
    await chat.send("19")
    await chat.send("20")
    await chat.press("Lưu")
    assert [("birth_registered_u5", field.areas["lang_ha"], None, 19, 20)] == reports(field.db)


async def test_correction_from_myreports_keeps_the_old_value(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    await chat.send("3")
    await chat.press("Lưu")
    answer = await chat.send("/myreports")
    assert "Trẻ em bị tai nạn thương tích — Phường Láng Hạ" in texts(answer)
    await chat.press("Sửa 1")
    await chat.send("4")
    answer = await chat.send("Do Trần Văn Bình báo muộn")    # a name in the reason: refused, not stored
    assert "Chỉ thu thập số liệu" in texts(answer)
    await chat.press("Có trường hợp báo muộn")
    summary = chat.request.last(COLLAB).text
    assert "Trước đây: 3" in summary and "Lý do: Có trường hợp báo muộn" in summary
    assert "Đã sửa" in texts(await chat.press("Lưu"))
    assert [("injuries", field.areas["lang_ha"], 4, None, None)] == reports(field.db)
    last = list(field.db["report_audit"].rows_where(order_by="id"))[-1]
    assert ("correct", COLLAB, '{"value": 3}', '{"value": 4}', "Có trường hợp báo muộn") == (
        last["action"], last["changed_by"], last["old_value"], last["new_value"], last["reason"])
    assert "Trần Văn Bình" not in json.dumps(list(field.db["report_audit"].rows), ensure_ascii=False)


async def test_collaborator_cannot_correct_another_areas_report(field):
    minh = field.chat(OTHER)
    await to_value(minh)
    await minh.send("2")
    await minh.press("Lưu")
    report_id = next(field.db["reports"].rows)["id"]
    answer = await field.chat(COLLAB).press_data(f"rf:{report_id}")
    assert "Bạn không có quyền" in texts(answer)
    assert [("injuries", field.areas["kim_ma"], 2, None, None)] == reports(field.db)


@pytest.mark.parametrize("data", ["rf:99999999999999999999", "rf:١٢"])
async def test_forged_correct_buttons_are_refused_not_an_error(field, data):
    answer = texts(await field.chat(COLLAB).press_data(data))
    assert "Bạn không có quyền" in answer and "đã có lỗi" not in answer


async def test_a_forged_area_button_is_refused_not_an_error(field):
    chat = field.chat(MANAGER)
    await chat.send("/report")
    await chat.press("Trẻ em bị xâm hại")
    await chat.press("Tuần này")
    answer = texts(await chat.press_data("ra:99999999999999999999"))
    assert "Bạn không có quyền" in answer and "đã có lỗi" not in answer
    assert [] == reports(field.db)


async def test_manager_picks_an_area_of_their_scope(field):
    chat = field.chat(MANAGER)
    await chat.send("/report")
    await chat.press("Trẻ em bị xâm hại")
    answer = await chat.press("Tuần này")
    assert {"Phường Láng Hạ", "Phường Kim Mã"} <= set(answer[-1].button_texts())
    answer = await chat.send("kim ma")
    assert "Phường Kim Mã" in texts(answer)
    await chat.send("0")
    await chat.press("Lưu")
    assert [("abuse_cases", field.areas["kim_ma"], 0, None, None)] == reports(field.db)


async def test_the_week_tapped_is_the_week_shown_even_after_midnight(field):
    """Sunday 23:50 in Hà Nội the buttons offer this week 03/06–09/06; tapped at 00:10 on
    Monday, "this week" is the one the button showed, not the week that has just begun."""
    chat = field.chat(COLLAB)
    with time_machine.travel(dt.datetime(2024, 6, 9, 23, 50, tzinfo=HCM), tick=False):
        await chat.send("/report")
        answer = await chat.press("Trẻ em bị tai nạn thương tích")
    assert "Tuần này (03/06–09/06/2024)" == answer[-1].button_texts()[0]
    with time_machine.travel(dt.datetime(2024, 6, 10, 0, 10, tzinfo=HCM), tick=False):
        answer = await chat.press("Tuần này")
        assert "tuần 03/06–09/06/2024" in texts(answer)
        await chat.send("3")
        await chat.press("Lưu")
    assert ["2024-06-03"] == [r["period_start"] for r in field.db["reports"].rows]


async def manager_replaces_lang_ha_injuries(field, value):
    chat = field.chat(MANAGER)
    await chat.send("/report")
    await chat.press("Trẻ em bị tai nạn thương tích")
    await chat.press("Tuần này")
    await chat.press("Phường Láng Hạ")
    await chat.press("Có, thay thế")
    await chat.send(str(value))
    assert "Đã lưu" in texts(await chat.press("Lưu"))


async def test_a_correction_does_not_overwrite_a_replacement_made_meanwhile(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    await chat.send("3")
    await chat.press("Lưu")
    await chat.send("/myreports")
    await chat.press("Sửa 1")
    await chat.send("4")
    await chat.press("Nhập nhầm")
    assert "Trước đây: 3" in chat.request.last(COLLAB).text
    await manager_replaces_lang_ha_injuries(field, 7)       # while the correction waits at its summary
    answer = texts(await chat.press("Lưu"))
    assert "người khác đã thay đổi báo cáo này: hiện là 7. Không có gì thay đổi" in answer
    assert [("injuries", field.areas["lang_ha"], 7, None, None)] == reports(field.db)
    assert ["create", "replace"] == [a["action"] for a in field.db["report_audit"].rows_where(order_by="id")]


async def test_a_replacement_asks_again_when_the_report_changed_meanwhile(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    await chat.send("3")
    await chat.press("Lưu")
    await to_value(chat)
    await chat.press("Có, thay thế")                         # replacing the 3 it was shown
    await chat.send("5")
    await manager_replaces_lang_ha_injuries(field, 7)
    answer = texts(await chat.press("Lưu"))
    assert "đã được lưu: 7. Thay thế báo cáo đó?" in answer
    assert [("injuries", field.areas["lang_ha"], 7, None, None)] == reports(field.db)
    await chat.press("Có, thay thế")
    await chat.press("Lưu")
    assert [("injuries", field.areas["lang_ha"], 5, None, None)] == reports(field.db)
    audit = [(a["action"], a["old_value"]) for a in field.db["report_audit"].rows_where(order_by="id")]
    assert [("create", None), ("replace", '{"value": 3}'), ("replace", '{"value": 7}')] == audit


async def test_a_measure_changed_while_a_draft_waits_is_not_saved_as_something_else(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    await chat.send("3")                                   # at the summary: injuries, a count, 3
    import_catalogue(field.db, "key,name_vi,name_en,kind,period,numerator_vi,denominator_vi\n"
                               "injuries,Trẻ em bị tai nạn thương tích,Injuries,rate,week,Số bị,Tổng số\n")
    answer = texts(await chat.press("Lưu"))
    assert "Không lưu được báo cáo này. Không có gì thay đổi" in answer and "đã có lỗi" not in answer
    assert [] == reports(field.db)


# -- typed choices and a /report over an unsaved one (fourth new-user trial, item 14) --------------
@pytest.mark.parametrize("typed", ["tháng trước", "THANG TRUOC", "  Tháng trước  "])
async def test_a_buttons_label_typed_is_taken_as_the_tap(field, typed):
    chat = field.chat(COLLAB)
    await chat.send("/report")
    await chat.press("khai sinh")
    answer = await chat.send(typed)
    assert "Hãy trả lời câu hỏi này" not in texts(answer)
    assert "tháng" in answer[-1].text.lower() and "Phường Láng Hạ" in answer[-1].text   # asks the figures now
    assert answer[-1].button_texts() == ["Hủy"]
    await chat.send("950")
    answer = await chat.send("1000")
    assert "Lưu" in answer[-1].button_texts()
    answer = await chat.send("lưu")                  # the summary's Save, typed
    assert "Đã lưu" in texts(answer)
    saved = list(field.db["reports"].rows)
    assert 1 == len(saved) and (950, 1000) == (saved[0]["numerator"], saved[0]["denominator"])
    today = dt.datetime.now(HCM).date()
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    assert last_month.isoformat() == saved[0]["period_start"]


async def test_a_typed_cancel_at_a_button_step_cancels(field):
    chat = field.chat(COLLAB)
    await chat.send("/report")
    await chat.press("khai sinh")
    assert "Đã hủy" in texts(await chat.send("hủy"))
    assert [] == reports(field.db)


async def test_report_again_over_an_unsaved_summary_says_it_was_dropped(field):
    chat = field.chat(COLLAB)
    await to_value(chat)
    answer = await chat.send("3")
    assert "Lưu" in answer[-1].button_texts()
    answer = await chat.send("/report")
    assert "chưa lưu đã bị bỏ" in answer[-1].text and "Bạn muốn báo cáo nội dung gì?" in answer[-1].text
    assert [] == reports(field.db)
    # a /report with nothing begun says nothing of the kind
    assert "bị bỏ" not in (await chat.send("/report"))[-1].text
