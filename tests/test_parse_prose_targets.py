"""Targets written in running prose inside each goal's section (blind round 7's layout): a
goal's title line, paragraphs that state indicators in running sentences — numbered inline
"(n)" or not at all — and a closing "Giao X chủ trì, phối hợp với Y … thực hiện các chỉ tiêu
của Mục tiêu N" sentence, with exceptions named per target by topic.

Pure: a plan text fragment → the extracted indicators (number, goal, targets) and the
(indicator, agency, role) assignments.
"""

import pytest

from knowledge.ingest import _clean_resolver
from knowledge.parse.goals import goal_sections, parse_goals, prose_sections
from knowledge.parse.structure import parse_document
from knowledge.parse.tasks import goal_assignments, parse_tasks

HEAD = "KẾ HOẠCH\nThực hiện chương trình vì trẻ em\n\nPHẦN THỨ NHẤT. MỤC TIÊU\n\nB. Mục tiêu cụ thể\n\n"


def indicators(fragment: str) -> list[tuple[int, int, list[tuple[int | None, float, str, str]]]]:
    """(number, goal, [(year, value, unit, comparator)]) of each indicator, in reading order."""
    _, found = parse_goals(parse_document(HEAD + fragment))
    return [(i.number, i.goal, [(t.year, t.value, t.unit, t.comparator) for t in i.targets])
            for i in found]


def rows(fragment: str) -> set[tuple[int, str, str]]:
    doc = parse_document(HEAD + fragment)
    _, found = parse_goals(doc)
    _, assignments = goal_assignments(goal_sections(doc), found, _clean_resolver("Thái Nguyên"))
    return {(a.indicator, a.agency, a.role) for a in assignments}


@pytest.mark.parametrize("fragment, expected", [
    # inline numbers; a clause after "," that names no measure ("phấn đấu đạt 98%") goes on
    # with the indicator before it; the intro before "(1)" states no figure
    ("Mục tiêu 1. Về sức khỏe\nCông tác tiêm chủng được ưu tiên: (1) tỷ lệ trẻ em dưới 1 tuổi được "
     "tiêm chủng đầy đủ đạt 96% vào năm 2025, phấn đấu đạt 98% vào năm 2030; (2) tỷ suất tử vong trẻ "
     "em dưới 5 tuổi giảm xuống dưới 16‰ vào năm 2025 và dưới 13‰ vào năm 2030.\n",
     [(1, 1, [(2025, 96.0, "%", "at_least"), (2030, 98.0, "%", "at_least")]),
      (2, 1, [(2025, 16.0, "per_1000", "under"), (2030, 13.0, "per_1000", "under")])]),
    # no number at all: each sentence (also one ending on a year) and each ";" clause is one
    ("Mục tiêu 2. Về bảo vệ trẻ em\nTỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi không quá "
     "17% vào năm 2025 và không quá 14,5% vào năm 2030. Đến năm 2030, tỷ lệ lây truyền HIV từ mẹ sang "
     "con giảm xuống dưới 2%; ít nhất 97% trẻ em có hoàn cảnh đặc biệt được chăm sóc vào năm 2025.\n",
     [(1, 2, [(2025, 17.0, "%", "under"), (2030, 14.5, "%", "under")]),
      (2, 2, [(2030, 2.0, "%", "under")]),
      (3, 2, [(2025, 97.0, "%", "at_least")])]),
    # a clause after ";" that is only a year and a figure belongs to the measure before it
    ("Mục tiêu 1. Về giáo dục\nTỷ lệ học sinh hoàn thành chương trình trung học cơ sở đạt 95% vào "
     "năm 2025; năm 2030 đạt 97%.\n",
     [(1, 1, [(2025, 95.0, "%", "at_least"), (2030, 97.0, "%", "at_least")])]),
    # mixed: inline numbers kept, the others numbered after the highest inline number of the
    # plan, in reading order, across goals
    ("Mục tiêu 1. Về sức khỏe\n(1) Tỷ lệ trẻ em được tiêm chủng đạt 96% vào năm 2025. Tỷ lệ trẻ em "
     "được uống vitamin A đạt 95% vào năm 2025.\n\n"
     "Mục tiêu 2. Về bảo vệ trẻ em\nTỷ lệ trẻ em có hoàn cảnh đặc biệt giảm xuống dưới 1,3% vào năm "
     "2025. (2) Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% vào năm 2025.\n",
     [(1, 1, [(2025, 96.0, "%", "at_least")]), (3, 1, [(2025, 95.0, "%", "at_least")]),
      (4, 2, [(2025, 1.3, "%", "under")]), (2, 2, [(2025, 99.0, "%", "at_least")])]),
    # "duy trì mức này đến năm 2030": the figure before it, carried on to 2030
    ("Mục tiêu 1. Về giáo dục\nỞ bậc mầm non, tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo trên "
     "99,5% vào năm 2025 và duy trì mức này đến năm 2030.\n",
     [(1, 1, [(2025, 99.5, "%", "at_least"), (2030, 99.5, "%", "at_least")])]),
    # the closing sentence that assigns agencies states no target
    ("Mục tiêu 3. Về quyền tham gia\nTỷ lệ trẻ em từ 11 tuổi trở lên tham gia các câu lạc bộ đạt 32% "
     "vào năm 2025.\nGiao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Tỉnh đoàn thực "
     "hiện các chỉ tiêu của Mục tiêu 3.\n",
     [(1, 3, [(2025, 32.0, "%", "at_least")])]),
])
def test_prose_targets(fragment, expected):
    assert indicators(fragment) == expected


@pytest.mark.parametrize("fragment", [
    # a list of numbered indicators under a goal is no prose: read as before
    "Mục tiêu 1: Về sức khỏe (02 chỉ tiêu)\n\nChỉ tiêu 1: Tỷ lệ trẻ em được tiêm chủng đạt 96% vào "
    "năm 2025.\n\nChỉ tiêu 2: Tỷ lệ trẻ em được uống vitamin A đạt 95% vào năm 2025.\n",
    # items each numbered at the start of its own paragraph: read as before
    "Mục tiêu 1. Về sức khỏe\n(1) Tỷ lệ trẻ em được tiêm chủng đạt 96% vào năm 2025.\n"
    "(2) Tỷ lệ trẻ em được uống vitamin A đạt 95% vào năm 2025.\n",
])
def test_other_layouts_are_no_prose(fragment):
    assert prose_sections(parse_document(HEAD + fragment)) == {}


def test_goal_title_ends_where_prose_starts():
    doc = parse_document(HEAD + "Mục tiêu 1. Về sức khỏe, dinh dưỡng của\ntrẻ em\nCông tác tiêm chủng "
                                "đạt 96% vào năm 2025.\n")
    goals, _ = parse_goals(doc)
    assert [(g.number, g.title) for g in goals] == [(1, "Về sức khỏe, dinh dưỡng của trẻ em")]


def test_agency_heading_ends_where_its_first_task_starts():
    """"1. Sở Y tế" over "Chủ trì …" with no blank line: the agency's tasks, not its name."""
    doc = parse_document(HEAD + "PHẦN THỨ HAI. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ\n\n1. Sở Lao động - Thương "
                                "binh và Xã hội\nLà cơ quan thường trực giúp Ủy ban nhân dân tỉnh theo "
                                "dõi việc thực hiện Kế hoạch.\n\n2. Sở Y tế\nChủ trì các chỉ tiêu của "
                                "Mục tiêu 1; triển khai tiêm chủng mở rộng.\n")
    _, tasks, _ = parse_tasks(doc, _clean_resolver("Thái Nguyên"), set())
    assert [(t.agency, t.text) for t in tasks] == [
        ("Sở Lao động - Thương binh và Xã hội",
         "Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh theo dõi việc thực hiện Kế hoạch."),
        ("Sở Y tế", "Chủ trì các chỉ tiêu của Mục tiêu 1; triển khai tiêm chủng mở rộng.")]


YT, GD, LD = "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"


@pytest.mark.parametrize("fragment, expected", [
    # one lead and its partners for every indicator of the goal
    ("Mục tiêu 1. Về sức khỏe\n(1) Tỷ lệ trẻ em được tiêm chủng đạt 96% vào năm 2025. Đến năm 2030, "
     "tỷ lệ lây truyền HIV từ mẹ sang con giảm xuống dưới 2%.\nGiao Sở Y tế chủ trì, phối hợp với Sở "
     "Giáo dục và Đào tạo và Hội Liên hiệp Phụ nữ tỉnh thực hiện các chỉ tiêu của Mục tiêu 1.\n",
     {(n, YT, "lead") for n in (1, 2)} | {(n, GD, "partner") for n in (1, 2)}
     | {(n, "Hội Liên hiệp Phụ nữ", "partner") for n in (1, 2)}),
    # an indicator named by its topic after ";" has its own lead, and no partners it does not name
    ("Mục tiêu 2. Về bảo vệ trẻ em\nTỷ lệ trẻ em có hoàn cảnh đặc biệt giảm xuống dưới 1,3% vào năm "
     "2025. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% vào năm 2025.\nGiao Sở Lao động - "
     "Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh thực hiện các chỉ tiêu của Mục tiêu 2; "
     "riêng chỉ tiêu về đăng ký khai sinh do Sở Tư pháp chủ trì thực hiện.\n",
     {(1, LD, "lead"), (1, "Công an", "partner"), (2, "Sở Tư pháp", "lead")}),
    # the goal the sentence names is the goal whose indicators it assigns
    ("Mục tiêu 3. Về giáo dục\nTỷ lệ trẻ em khuyết tật được tiếp cận giáo dục hòa nhập đạt 85% vào "
     "năm 2025. Tỷ lệ xã có điểm vui chơi, văn hóa dành cho trẻ em đạt ít nhất 60% vào năm 2025.\n"
     "Giao Sở Giáo dục và Đào tạo chủ trì thực hiện các chỉ tiêu của Mục tiêu 3; chỉ tiêu về điểm vui "
     "chơi, văn hóa cho trẻ em do Sở Văn hóa, Thể thao và Du lịch chủ trì.\n",
     {(1, GD, "lead"), (2, "Sở Văn hóa, Thể thao và Du lịch", "lead")}),
    # a target that names its own lead in its sentence keeps it; the others take the goal's
    ("Mục tiêu 2. Về bảo vệ trẻ em\nTỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% vào năm "
     "2025 (do Sở Tư pháp chủ trì). Tỷ lệ trẻ em có hoàn cảnh đặc biệt giảm xuống dưới 1,3% vào năm "
     "2025.\nGiao Sở Lao động - Thương binh và Xã hội chủ trì thực hiện các chỉ tiêu của Mục tiêu 2.\n",
     {(1, "Sở Tư pháp", "lead"), (2, LD, "lead")}),
])
def test_goal_leads(fragment, expected):
    assert rows(fragment) == expected
