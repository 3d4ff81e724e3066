"""Partners written in an agency's own task paragraph are extracted as partner assignments:
"Chủ trì chỉ tiêu 9, phối hợp với A, B và C trong …", "chủ trì, phối hợp với A và B thực hiện
các chỉ tiêu 21, 22 và 23", "Với chỉ tiêu 7 (đuối nước), phối hợp với A, B"; not after ";"
(another task), not when the clause gives them other indicators, not for "các đơn vị có liên
quan". A paragraph under a heading of several agencies whose sentences name their own subject
assigns each sentence to its subject only.

Pure: the plan text fragment → the (indicator, agency, role) rows.
"""

import pytest

from knowledge.ingest import _clean_resolver
from knowledge.parse.agencies import canonical_form
from knowledge.parse.structure import parse_document
from knowledge.parse.tasks import parse_tasks

HEAD = "KẾ HOẠCH\nThực hiện chương trình vì trẻ em\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"


def rows(fragment: str) -> set[tuple[int, str, str]]:
    _, _, assignments = parse_tasks(parse_document(HEAD + fragment), _clean_resolver("Quảng Trị"),
                                    set(range(1, 30)))
    return {(a.indicator, a.agency, a.role) for a in assignments}


LD, GD, CA = "Sở Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo", "Công an"


@pytest.mark.parametrize("fragment, expected", [
    ("4. Công an tỉnh\n\na) Chủ trì chỉ tiêu 9, phối hợp với Sở Lao động - Thương binh và Xã hội, "
     "Tòa án nhân dân tỉnh và Viện kiểm sát nhân dân tỉnh trong đấu tranh phòng, chống tội phạm.\n",
     {(9, CA, "lead"), (9, LD, "partner"), (9, "Tòa án nhân dân", "partner"),
      (9, "Viện kiểm sát nhân dân", "partner")}),
    ("1. Sở Lao động - Thương binh và Xã hội\n\na) Là cơ quan thường trực, chủ trì thực hiện các chỉ "
     "tiêu 1, 8; chủ trì, phối hợp với Tỉnh đoàn và Sở Giáo dục và Đào tạo thực hiện các chỉ tiêu "
     "21, 22 và 23 của Chương trình.\n",
     {(1, LD, "lead"), (8, LD, "lead")} | {(n, LD, "lead") for n in (21, 22, 23)}
     | {(n, "Tỉnh đoàn", "partner") for n in (21, 22, 23)} | {(n, GD, "partner") for n in (21, 22, 23)}),
    ("5. Sở Tư pháp\n\na) Chủ trì chỉ tiêu 13, phối hợp với Công an tỉnh và Bảo hiểm xã hội tỉnh "
     "thực hiện liên thông thủ tục đăng ký khai sinh.\n",
     {(13, "Sở Tư pháp", "lead"), (13, CA, "partner"), (13, "Bảo hiểm xã hội", "partner")}),
    ("1. Sở Lao động - Thương binh và Xã hội\n\nChịu trách nhiệm chính đối với các chỉ tiêu 5 và 7. "
     "Với chỉ tiêu 7 (đuối nước), phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân các huyện "
     "ven biển. Hướng dẫn các sở thu thập số liệu.\n",
     {(5, LD, "lead"), (7, LD, "lead"), (7, GD, "partner"),
      (7, "Ủy ban nhân dân các huyện ven biển", "partner")}),
    # after ";" the agency works with them on another task
    ("4. Công an tỉnh\n\nChủ trì chỉ tiêu 8; phối hợp với Viện Kiểm sát nhân dân tỉnh điều tra các vụ "
     "xâm hại trẻ em.\n",
     {(8, CA, "lead")}),
    # the clause gives the partner other indicators: the agency supports 15, its partner nothing
    ("9. Tỉnh Đoàn\n\nTỉnh Đoàn chủ trì chỉ tiêu 16, phối hợp với Sở Lao động - Thương binh và Xã hội "
     "thực hiện chỉ tiêu 15 và duy trì mô hình Hội đồng trẻ em tỉnh.\n",
     {(16, "Tỉnh đoàn", "lead"), (15, "Tỉnh đoàn", "partner")}),
    # no agency named: nobody to assign
    ("1. Sở Lao động - Thương binh và Xã hội\n\n- Chủ trì, phối hợp với các đơn vị có liên quan thực "
     "hiện hiệu quả các chỉ tiêu 1, 2.\n",
     {(1, LD, "lead"), (2, LD, "lead")}),
    # several agencies in the heading: the sentence's own subject supports, not all of them
    ("15. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh\n\n"
     "Trong phạm vi chức năng, nhiệm vụ tham gia thực hiện Chương trình; Tỉnh đoàn chủ trì duy trì "
     "Hội đồng trẻ em các cấp, phối hợp thực hiện các chỉ tiêu 21, 22 và 23; Hội Liên hiệp Phụ nữ "
     "tỉnh vận động các gia đình thực hiện kỷ luật tích cực.\n",
     {(n, "Tỉnh đoàn", "partner") for n in (21, 22, 23)}),
    # a part whose heading gives the role for every line under it: each line's targets and agencies
    ("6. Đơn vị phối hợp đối với từng chỉ tiêu\n\n- Chỉ tiêu 1, 2 và 3: Hội Liên hiệp Phụ nữ tỉnh và "
     "Sở Giáo dục và Đào tạo.\n- Chỉ tiêu 15: Viện Kiểm sát nhân dân tỉnh và Sở Tư pháp.\n",
     {(n, "Hội Liên hiệp Phụ nữ", "partner") for n in (1, 2, 3)} | {(n, GD, "partner") for n in (1, 2, 3)}
     | {(15, "Viện kiểm sát nhân dân", "partner"), (15, "Sở Tư pháp", "partner")}),
    ("5. Cơ quan chủ trì các chỉ tiêu\n\n- Chỉ tiêu 4: Công an tỉnh.\n", {(4, CA, "lead")}),
    # … a line saying a role of its own: the heading's role is its first body's
    ("5. Đơn vị chủ trì đối với các chỉ tiêu còn lại\n\n- Chỉ tiêu 22: Sở Giáo dục và Đào tạo, phối hợp với "
     "Sở Tư pháp.\n", {(22, GD, "lead"), (22, "Sở Tư pháp", "partner")}),
    # … a heading naming no role gives its lines none
    ("6. Các chỉ tiêu cần chú ý\n\n- Chỉ tiêu 4: Công an tỉnh.\n", set()),
])
def test_partners_in_a_task_paragraph(fragment, expected):
    assert rows(fragment) == expected


def test_social_insurance_is_not_a_newspaper():
    # "Bảo hiểm xã hội" starts with "bao" like "Báo" (a newspaper): its name keeps its accents
    assert canonical_form("Bảo hiểm xã hội tỉnh", ("Quảng Trị",)) == "Bảo hiểm xã hội"


GOAL_PROSE_PLAN = """ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
Số: 214/KH-UBND
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Hậu Giang giai đoạn 2023 - 2030

II. MỤC TIÊU
2. Mục tiêu cụ thể
2.1. Mục tiêu 1: Bảo vệ trẻ em
- Chỉ tiêu 1: Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em: đến năm 2025 đạt 72%; đến năm 2030 đạt 85%.
- Chỉ tiêu 2: Tỷ lệ trẻ em từ 6 tuổi đến 15 tuổi biết bơi an toàn: đến năm 2025 đạt 55%; đến năm 2030 đạt 70%.
Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh, Sở Giáo dục và Đào tạo theo dõi, đánh giá thực hiện các chỉ tiêu của Mục tiêu 1.
2.2. Mục tiêu 2: Chăm sóc sức khỏe
- Chỉ tiêu 3: Tỷ suất tử vong trẻ em dưới 1 tuổi: đến năm 2025 giảm còn 11,5‰; đến năm 2030 giảm còn 10‰.
- Chỉ tiêu 4: Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi: đến năm 2025 giảm còn 19,5%; đến năm 2030 giảm còn 17%.
Giao Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh theo dõi, đánh giá thực hiện các chỉ tiêu của Mục tiêu 2.

III. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội
- Là cơ quan thường trực, tổng hợp báo cáo.
"""


def test_a_goal_sentence_gives_its_lead_and_partners_to_every_target_of_the_goal(tmp_path):
    # "Giao Sở A chủ trì, phối hợp với B, C … các chỉ tiêu của Mục tiêu 1": A leads each of
    # the goal's targets; B and C, named after "phối hợp với", are partners, not leads
    from knowledge.ingest import ingest_file

    path = tmp_path / "haugiang.txt"
    path.write_text(GOAL_PROSE_PLAN, encoding="utf-8")
    plan = ingest_file(path)
    names = {a.key: a.name for a in plan.agencies}
    roles = {i.number: ([names[k] for k in i.lead_agencies], sorted(names[k] for k in i.partner_agencies))
             for i in plan.indicators}
    assert roles == {
        1: ([LD], sorted(["Công an tỉnh", GD])), 2: ([LD], sorted(["Công an tỉnh", GD])),
        3: (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), 4: (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"])}


def test_each_clause_of_a_goal_sentence_gives_its_own_goal_its_roles(tmp_path):
    # "A chủ trì, phối hợp với B … Mục tiêu 1; C chủ trì, phối hợp với D … Mục tiêu 2" (one
    # sentence after the last goal's targets): C leads Mục tiêu 2 and D partners it, whatever
    # the clause before says
    from knowledge.ingest import ingest_file

    text = GOAL_PROSE_PLAN.replace(
        "Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh, Sở Giáo dục và Đào tạo theo "
        "dõi, đánh giá thực hiện các chỉ tiêu của Mục tiêu 1.\n", "")
    text = text.replace(
        "Giao Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh theo dõi, đánh giá thực hiện các chỉ tiêu "
        "của Mục tiêu 2.",
        "Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh theo dõi các chỉ tiêu của "
        "Mục tiêu 1; Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh theo dõi các chỉ tiêu của Mục tiêu 2.")
    path = tmp_path / "haugiang.txt"
    path.write_text(text, encoding="utf-8")
    plan = ingest_file(path)
    names = {a.key: a.name for a in plan.agencies}
    roles = {i.number: ([names[k] for k in i.lead_agencies], [names[k] for k in i.partner_agencies])
             for i in plan.indicators}
    assert roles[1] == roles[2] == ([LD], ["Công an tỉnh"]), roles
    assert roles[3] == (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), roles
