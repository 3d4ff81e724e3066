"""End to end over HTTP: a manager's /digest arrives as text and a chart uploaded as a photo."""

from __future__ import annotations


from tests.botapi_server import add_area, report_through_buttons, running_bot

ADMIN_ID = 900001


async def test_digest_with_its_chart(server, database, tmp_path):
    admin = server.user(ADMIN_ID, "Admin")
    async with running_bot(server, database, tmp_path / "bot.log") as bot:
        await add_area(admin, "Hà Nội", "Ba Đình", "Phúc Xá")
        await add_area(admin, "Hà Nội", "Ba Đình", "Trúc Bạch")
        await report_through_buttons(admin, ["8", "10"], area="Phúc Xá")
        admin.send("/digest Hà Nội")
        messages = await server.messages_until(admin.id, lambda m: m.method == "sendPhoto")
        assert 0 == await bot.terminate()
    text, photo = "\n".join(m.text for m in messages[:-1]), messages[-1]
    assert "Hà Nội" in text
    assert "1 báo cáo từ 1 địa bàn" in text  # the report made above is counted
    png = photo.files["photo"][1]
    assert png.startswith(b"\x89PNG") and len(png) > 1000
    assert photo.text  # the chart has a caption
    file_id = photo.message["photo"][0]["file_id"]
    assert png == server.file_content(file_id)  # uploaded as multipart, stored as sent


async def test_a_stranger_gets_no_digest(server, database, tmp_path):
    stranger = server.user(555, "Lạ")
    async with running_bot(server, database, tmp_path / "bot.log"):
        answer = await stranger.ask("/digest")
    assert "sendMessage" == answer.method and not answer.files
    assert [] == [m for m in server.drain(stranger.id) if m.method == "sendPhoto"]
