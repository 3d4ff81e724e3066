"""End to end over HTTP: a full /report with buttons and typed numbers, and a report that
survives the bot being killed (SIGKILL) between two of its steps."""

from __future__ import annotations

import sqlite3

from tests.botapi_server import SAVED, add_area, answer_until_saved, report_through_buttons, running_bot, settled

ADMIN_ID = 900001  # in ADMIN_IDS of bot_env()


def saved_reports(database) -> list[tuple]:
    with sqlite3.connect(database) as db:
        assert "ok" == db.execute("pragma integrity_check").fetchone()[0]
        return db.execute("select r.measure, a.name, r.value, r.numerator, r.denominator, r.reporter_id "
                          "from reports r join areas a on a.id = r.area_id order by r.id").fetchall()


def typed(row: tuple) -> list[int]:
    return [value for value in row[2:5] if value is not None]


async def test_a_full_report_with_buttons(server, database, tmp_path):
    admin = server.user(ADMIN_ID, "Admin")
    async with running_bot(server, database, tmp_path / "bot.log") as bot:
        assert "Phúc Xá" in (await add_area(admin, "Hà Nội", "Ba Đình", "Phúc Xá")).text
        seen = await report_through_buttons(admin, ["8", "10"])
        assert 0 == await bot.terminate()
    assert seen[-1].text.startswith(SAVED) and "Phúc Xá" in seen[-1].text
    assert "Hủy" in seen[0].button_texts()  # every step can be cancelled
    assert server.sent_callbacks == server.answered_callbacks
    (row,) = saved_reports(database)
    assert ("Phúc Xá", ADMIN_ID) == (row[1], row[5])
    assert typed(row) in ([8], [8, 10])


async def test_a_report_resumes_after_sigkill_and_none_confirmed_is_lost(server, database, tmp_path):
    admin = server.user(ADMIN_ID, "Admin")
    async with running_bot(server, database, tmp_path / "bot1.log") as bot:
        await add_area(admin, "Hà Nội", "Ba Đình", "Phúc Xá")
        await report_through_buttons(admin, ["8", "10"])           # confirmed before the crash
        second = await admin.ask("/report")                           # and a second one, half done
        admin.press(second.buttons[0][0]["text"], on=second)
        periods = await admin.reply()
        admin.press(periods.button_texts()[1], on=periods)           # last week/month: not a duplicate
        question = await admin.reply()
        assert "Hủy" in question.button_texts() and "Lưu" not in question.button_texts()
        await settled(database)                                       # no persistence timer to wait for
        bot.kill()
    assert 1 == len(saved_reports(database))
    async with running_bot(server, database, tmp_path / "bot2.log") as bot:
        admin.send("3")                                               # the same question, answered now
        seen = await answer_until_saved(admin, ["4"])
        assert seen[-1].text.startswith(SAVED)
        assert 0 == await bot.terminate()
    first, resumed = saved_reports(database)
    assert first[0] == resumed[0] and typed(resumed) in ([3], [3, 4])
