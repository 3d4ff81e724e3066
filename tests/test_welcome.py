"""/start and /help through the real Application: each role's welcome lists its own
commands, and only those (a manager is not told to /report)."""

from __future__ import annotations

import pytest

from tests.test_digest_job import world  # noqa: F401  (fixture: managers 201–203, collaborators 101–106)

COLLABORATOR = ["/report", "/myreports"]
MANAGER = ["/digest", "/subscribe", "/export"]
ADMIN = ["/areas", "/invite", "/users"]


@pytest.mark.parametrize("who,heading,listed,not_listed", [
    ("collaborator", "Với cộng tác viên:", COLLABORATOR, MANAGER + ADMIN),
    ("manager", "Với cán bộ quản lý:", MANAGER, COLLABORATOR + ADMIN),
    ("admin", "Với quản trị viên:", MANAGER + ADMIN, COLLABORATOR),
    ("stranger", "Cộng tác viên và cán bộ quản lý tham gia bằng đường dẫn mời", [], COLLABORATOR + MANAGER + ADMIN),
])
@pytest.mark.parametrize("command", ["/start", "/help"])
async def test_each_role_is_welcomed_with_its_own_commands(bot, world, who, heading, listed, not_listed, command):
    chat = {"collaborator": lambda: bot.chat(101), "manager": lambda: bot.chat(202),
            "admin": bot.admin, "stranger": lambda: bot.chat(555)}[who]()
    text = (await chat.send(command))[-1].text
    assert heading in text
    commands = {line.split(" ")[0] for line in text.split("\n") if line.startswith("/")}
    assert set(listed) <= commands, text
    assert not set(not_listed) & commands, text
    assert {"/plan", "/lang", "/whoami"} <= commands


async def test_the_welcome_follows_the_language(bot, world):
    chat = bot.chat(202)
    await chat.send("/lang en")
    text = (await chat.send("/start"))[-1].text
    assert "As a manager:" in text and "/export – reports of a date range as a spreadsheet" in text
