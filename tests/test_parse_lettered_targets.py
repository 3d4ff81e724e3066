"""Targets lettered inside numbered goals (blind round 9's layout): "II. CHỈ TIÊU CỤ THỂ" ›
"1. Mục tiêu về sức khỏe" over "a) Tỷ lệ … đạt 95% năm 2025 …", "b) …", the overall numbers
never written; who leads them said after each goal's items ("Sở X chủ trì các chỉ tiêu tại
điểm 1; Hội Y phối hợp thực hiện chỉ tiêu tại điểm c.") or in a bracket ending a target
("(Sở Tư pháp chủ trì)"), a scan's line break possibly inside that bracket.

Pure: a plan text fragment (a fictional province, invented figures) → the extracted
indicators and the (indicator, agency, role) assignments; then the same through a text file's
ingest.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import _clean_resolver, ingest_file
from knowledge.parse.goals import lettered_goals, parse_goals
from knowledge.parse.structure import parse_document
from knowledge.parse.tasks import lettered_assignments

HEAD = ("KẾ HOẠCH\nThực hiện chương trình vì trẻ em tỉnh Bình Nguyên\n\nI. MỤC TIÊU CHUNG\n\n"
        "Mọi trẻ em được bảo vệ.\n\nII. CHỈ TIÊU CỤ THỂ\n\n")

HEALTH = ("1. Mục tiêu về sức khỏe\n\n"
          "a) Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 93% năm 2025 và 96% năm 2030.\n\n"
          "b) Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi không quá 19% năm 2025.\n\n"
          "c) Tỷ lệ lây truyền HIV từ mẹ sang con dưới 3% vào năm 2030.\n\n")
PROTECTION = ("2. Mục tiêu về bảo vệ trẻ em\n\n"
              "a) Tỷ lệ trẻ em bị xâm hại giảm xuống dưới 0,7% năm 2025 và dưới 0,5% năm 2030.\n\n"
              "b) Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98% năm 2025, phấn đấu 100% "
              "năm 2030 (Sở Tư pháp chủ trì).\n\n"
              "c) Tỷ lệ tảo hôn giảm xuống dưới 8% năm 2025 và dưới 5% năm 2030.\n\n"
              "d) Ít nhất 85% trẻ em có hoàn cảnh đặc biệt được trợ giúp năm 2025.\n\n"
              "đ) Tỷ suất trẻ em tử vong do đuối nước không quá 5/100.000 trẻ em năm 2030.\n\n")


def indicators(fragment: str) -> list[tuple[int, int, str, list[tuple[int | None, float, str]]]]:
    """(number, goal, section's last two parts, [(year, value, comparator)]) in reading order."""
    _, found = parse_goals(parse_document(HEAD + fragment))
    return [(i.number, i.goal, " › ".join(i.section.split(" › ")[-2:]),
             [(t.year, t.value, t.comparator) for t in i.targets]) for i in found]


@pytest.mark.parametrize("fragment, expected", [
    # numbered 1..N in reading order across the goals; "đ" follows "d"; a year written straight
    # after a figure ("đạt 98% năm 2025, phấn đấu 100% năm 2030") is that figure's
    (HEALTH + "Sở Y tế chủ trì các chỉ tiêu tại điểm 1.\n\n" + PROTECTION,
     [(1, 1, "a) › Chỉ tiêu 1", [(2025, 93.0, "at_least"), (2030, 96.0, "at_least")]),
      (2, 1, "b) › Chỉ tiêu 2", [(2025, 19.0, "under")]),
      (3, 1, "c) › Chỉ tiêu 3", [(2030, 3.0, "under")]),
      (4, 2, "a) › Chỉ tiêu 4", [(2025, 0.7, "under"), (2030, 0.5, "under")]),
      (5, 2, "b) › Chỉ tiêu 5", [(2025, 98.0, "at_least"), (2030, 100.0, "at_least")]),
      (6, 2, "c) › Chỉ tiêu 6", [(2025, 8.0, "under"), (2030, 5.0, "under")]),
      (7, 2, "d) › Chỉ tiêu 7", [(2025, 85.0, "at_least")]),
      (8, 2, "đ) › Chỉ tiêu 8", [(2030, 5.0, "under")])]),
])
def test_lettered_targets(fragment, expected):
    assert expected == indicators(fragment)


def test_lettered_targets_are_cited_under_their_goal():
    doc = parse_document(HEAD + HEALTH)
    goals, found = parse_goals(doc)
    assert [(1, "Về sức khỏe", "1")] == [(g.number, g.title, g.label) for g in goals]
    assert "II › Mục tiêu 1 › b) › Chỉ tiêu 2" == found[1].section
    # the bracket is part of the target as written
    _, found = parse_goals(parse_document(HEAD + PROTECTION))
    assert found[1].text.endswith("(Sở Tư pháp chủ trì).")


@pytest.mark.parametrize("fragment", [
    # letters that set no target of their own: goal headings, not lettered targets
    "1. Mục tiêu cụ thể\n\na) Mục tiêu 1: Về sức khỏe\n\nb) Mục tiêu 2: Về bảo vệ trẻ em\n\n",
    # a single lettered target is no list of them
    "1. Mục tiêu về sức khỏe\n\na) Tỷ lệ trẻ em được tiêm chủng đạt 93% năm 2025.\n\n",
    # a numbered indicator announcing its metrics, and one stating a figure itself
    "1. Giảm tỷ suất tử vong ở trẻ em, cụ thể:\n\na) Trẻ em dưới 1 tuổi dưới 12‰ năm 2025.\n\n"
    "b) Trẻ em dưới 5 tuổi dưới 18‰ năm 2025.\n\n",
    "1. Tỷ lệ trẻ em được tiêm chủng đạt 95% năm 2025, trong đó\n\na) Vùng sâu đạt 90% năm 2025.\n\n"
    "b) Vùng xa đạt 85% năm 2025.\n\n",
    # letters out of order
    "1. Mục tiêu về sức khỏe\n\nb) Tỷ lệ A đạt 93% năm 2025.\n\nc) Tỷ lệ B đạt 90% năm 2025.\n\n",
])
def test_other_layouts_are_not_lettered_targets(fragment):
    assert [] == lettered_goals(parse_document(HEAD + fragment))


def rows(fragment: str) -> set[tuple[int, str, str]]:
    doc = parse_document(HEAD + fragment)
    _, found = parse_goals(doc)
    _, assignments = lettered_assignments(lettered_goals(doc), found, _clean_resolver("Bình Nguyên"))
    return {(a.indicator, a.agency, a.role) for a in assignments}


LSX = "Sở Lao động - Thương binh và Xã hội"


@pytest.mark.parametrize("fragment, expected", [
    # "tại điểm 1": every target of goal 1; "điểm c": target c of this goal
    (HEALTH + "Sở Y tế chủ trì các chỉ tiêu tại điểm 1; Hội Liên hiệp Phụ nữ tỉnh phối hợp thực "
     "hiện chỉ tiêu tại điểm c.\n\n",
     {(1, "Sở Y tế", "lead"), (2, "Sở Y tế", "lead"), (3, "Sở Y tế", "lead"),
      (3, "Hội Liên hiệp Phụ nữ", "partner")}),
    # (goal 2 alone: its targets are 1..5) "tại điểm a và điểm c mục này"; a bracket names its target's own lead; a target named
    # by no one has none
    (PROTECTION + f"{LSX} chủ trì các chỉ tiêu tại điểm a và điểm c mục này; Công an tỉnh phối "
     "hợp thực hiện chỉ tiêu tại điểm c.\n\n",
     {(1, LSX, "lead"), (3, LSX, "lead"), (3, "Công an", "partner"), (2, "Sở Tư pháp", "lead")}),
    # "điểm a, b và d mục này"; the bracket's lead wins over the goal's sentence
    (PROTECTION + f"{LSX} chủ trì các chỉ tiêu tại điểm a, b và d mục này.\n\n",
     {(1, LSX, "lead"), (2, "Sở Tư pháp", "lead"), (4, LSX, "lead")}),
    # "(do X chủ trì, phối hợp với Y và Z)": Y and Z support
    ("1. Mục tiêu về bảo vệ\n\na) Tỷ lệ trẻ em được đăng ký khai sinh đạt 98% năm 2025 (do Sở Tư pháp "
     "chủ trì, phối hợp với Công an tỉnh và Sở Y tế).\n\nb) Tỷ lệ tảo hôn dưới 8% năm 2025.\n\n",
     {(1, "Sở Tư pháp", "lead"), (1, "Công an", "partner"), (1, "Sở Y tế", "partner")}),
    # a scan's column break inside a target's last bracket, or before it
    ("1. Mục tiêu về sức khỏe\n\na) Tỷ lệ trẻ em được tiêm chủng đạt 93% năm 2025 (Sở\n\n"
     "Y tế chủ trì).\n\nb) Tỷ lệ trẻ em suy dinh dưỡng dưới 10% năm 2030\n\n(Sở Tư pháp chủ trì).\n\n",
     {(1, "Sở Y tế", "lead"), (2, "Sở Tư pháp", "lead")}),
    # a bracket with a lead and a partner; the goal named by its number from another goal
    ("1. Mục tiêu về sự tham gia\n\na) Phấn đấu 40% trẻ em từ 7 tuổi trở lên được hỏi ý kiến năm 2025.\n\n"
     "b) Tỷ lệ trẻ em tham gia mô hình thúc đẩy quyền tham gia trên 30% năm 2025 (Tỉnh đoàn chủ trì, "
     "Sở Giáo dục và Đào tạo phối hợp).\n\n" + f"{LSX} chủ trì chỉ tiêu tại điểm a mục 1.\n\n",
     {(1, LSX, "lead"), (2, "Tỉnh đoàn", "lead"), (2, "Sở Giáo dục và Đào tạo", "partner")}),
])
def test_lettered_leads(fragment, expected):
    assert expected == rows(fragment)


TAIL = ("III. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ\n\n1. Sở Y tế\n\nTriển khai tiêm chủng mở rộng.\n\n"
        f"2. {LSX}\n\nHướng dẫn các huyện xây dựng kế hoạch.\n\n3. Sở Tư pháp\n\n"
        "Chỉ đạo đăng ký khai sinh đúng hạn.\n\nIV. THÔNG TIN, BÁO CÁO\n\n"
        "Các sở, ngành gửi báo cáo năm trước ngày 10 tháng 12 hằng năm.\n")


def test_lettered_plan_through_a_text_file(tmp_path):
    path = tmp_path / "binhnguyen-kh77-2021.txt"
    path.write_text("ỦY BAN NHÂN DÂN TỈNH BÌNH NGUYÊN\nSố: 77/KH-UBND    Bình Nguyên, ngày 02 tháng 8 "
                    "năm 2021\n\n" + HEAD + HEALTH + "Sở Y tế chủ trì các chỉ tiêu 1, 2 và 3 tại điểm 1.\n\n"
                    + PROTECTION + f"{LSX} chủ trì các chỉ tiêu tại điểm a và điểm c mục này.\n\n" + TAIL,
                    encoding="utf-8")
    plan = ingest_file(path)
    names = {a.key: a.name for a in plan.agencies}
    got = [(i.number, i.goal, [names[k] for k in i.lead_agencies], [(t.year, t.value) for t in i.targets])
           for i in plan.indicators]
    assert [(1, 1, ["Sở Y tế"], [(2025, 93.0), (2030, 96.0)]),
            (2, 1, ["Sở Y tế"], [(2025, 19.0)]),
            (3, 1, ["Sở Y tế"], [(2030, 3.0)]),
            (4, 2, [LSX], [(2025, 0.7), (2030, 0.5)]),
            (5, 2, ["Sở Tư pháp"], [(2025, 98.0), (2030, 100.0)]),
            (6, 2, [LSX], [(2025, 8.0), (2030, 5.0)]),
            (7, 2, [], [(2025, 85.0)]),
            (8, 2, [], [(2030, 5.0)])] == got
    assert [(1, 3), (2, 5)] == [(g.number, len([i for i in plan.indicators if i.goal == g.number]))
                                for g in plan.goals]
    # who leads a goal's targets is no task of the agency it names
    assert not any("chủ trì" in t.text for t in plan.tasks)
