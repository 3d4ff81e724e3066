"""End to end over HTTP, the bot killed with SIGKILL again and again under load: fifty
collaborators each in the middle of a /report, five kills at random moments with restarts.
Every update is handled, every report the bot confirmed is stored, none twice, and no
conversation is left waiting."""

from __future__ import annotations

import asyncio
import random

from tests.botapi_server import (
    ReportJourney, RestartingBot, add_collaborators, inbox_rows, kill_now_and_then, report_despite_crashes,
    stored_reports,
)

USERS = 50
KILLS = 5


async def test_fifty_reports_survive_five_sigkills(server, database, tmp_path):
    rng = random.Random(20261130)
    user_ids = list(range(2001, 2001 + USERS))
    add_collaborators(database, user_ids)
    journeys = [ReportJourney(server.user(uid, f"User{uid}"), value=rng.randint(1, 40)) for uid in user_ids]
    bot = RestartingBot(server, database, tmp_path)
    await bot.start()
    try:
        killer = asyncio.create_task(kill_now_and_then(bot, KILLS, rng, between=(0.5, 3.0)))
        done = await asyncio.gather(*(report_despite_crashes(j) for j in journeys))
        restarts = await killer
        await asyncio.sleep(1.0)  # let the last commits land
        assert 0 == await bot.stop()
    finally:
        bot.kill()
    assert KILLS == len(restarts) and KILLS + 1 == bot.starts
    assert all(j.saved for j in done)
    assert [0] * USERS == [j.duplicates_offered for j in done]          # never "already saved?"
    assert [0] * USERS == [j.nudges for j in done]                      # nobody left waiting 45 s
    confirmed = sorted((j.user.id, j.value) for j in done)
    assert confirmed == stored_reports(database)                        # confirmed == stored, once each
    handled, unfinished = inbox_rows(database)
    assert set() == unfinished
    pushed = {u["update_id"] for u in server.pending} | set(range(1, next(server._update_ids)))
    assert pushed <= handled                                            # every update handled
    assert [] == server.pending                                         # and confirmed to the server
