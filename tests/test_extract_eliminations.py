"""A target worded as an elimination ("phấn đấu không còn …", "không để xảy ra …", "cơ bản
chấm dứt …") is stored as a target: figure 0, unit count, comparator ``exactly``, the plan's
own words kept in ``comparator_text``, what is to be gone as the metric, the year the text
gives. A task or passage that wants something gone as a means ("nhằm từng bước xóa bỏ …")
sets no target, nor does a population described with "không còn"/"không có".

Pure: the plan text fragment → the extracted rows.
"""

import pytest

from knowledge.parse.goals import parse_goals
from knowledge.parse.structure import parse_document
from knowledge.parse.targets import parse_targets
from knowledge.parse.verify import is_elimination

HEAD = "KẾ HOẠCH\nThực hiện chương trình vì trẻ em\n\nI. MỤC TIÊU\n\n2. Mục tiêu cụ thể\n\n"


def rows(fragment: str):
    """(indicator, metric, year, value, unit, comparator, plan's words, maintained) of every
    target that is read as an elimination, and of the others as (indicator, value, year)."""
    _, indicators = parse_goals(parse_document(HEAD + fragment))
    eliminations = [(i.number, t.metric, t.year, t.value, t.unit, t.comparator, t.comparator_text,
                     t.maintained)
                    for i in indicators for t in i.targets if is_elimination(t) and not t.needs_review]
    others = [(i.number, t.value, t.year) for i in indicators for t in i.targets if not is_elimination(t)]
    return eliminations, others


@pytest.mark.parametrize("fragment, eliminations, others", [
    ("- Chỉ tiêu 13: Phấn đấu không để xảy ra tình trạng tảo hôn trên địa bàn.\n",
     [(13, "tình trạng tảo hôn trên địa bàn", None, 0, "count", "exactly", "Phấn đấu không để xảy ra", False)],
     []),
    ("8) Số cặp tảo hôn giảm bình quân 4% mỗi năm; phấn đấu không còn hôn nhân cận huyết "
     "thống vào năm 2030.\n",
     [(8, "hôn nhân cận huyết thống", 2030, 0, "count", "exactly", "phấn đấu không còn", False)],
     [(8, 4, None)]),
    ("g) Chỉ tiêu 14: Giảm bình quân 2%/năm số cặp tảo hôn; đến năm 2030 cơ bản chấm dứt tình trạng "
     "tảo hôn trong vùng đồng bào dân tộc thiểu số.\n",
     [(14, "tình trạng tảo hôn trong vùng đồng bào dân tộc thiểu số", 2030, 0, "count", "exactly",
       "cơ bản chấm dứt", False)],
     [(14, 2, None)]),
    # an opened year kept to a later one: one target each, the later one maintained
    ("- Chỉ tiêu 13: Giảm bình quân 3%/năm số cặp tảo hôn và không có số cặp kết hôn cận huyết thống. "
     "Đến năm 2025 và duy trì đến năm 2030, phấn đấu ngăn chặn, cơ bản không còn tình trạng tảo hôn.\n",
     [(13, "số cặp kết hôn cận huyết thống", None, 0, "count", "exactly", "không có", False),
      (13, "tình trạng tảo hôn", 2025, 0, "count", "exactly", "cơ bản không còn", False),
      (13, "tình trạng tảo hôn", 2030, 0, "count", "exactly", "cơ bản không còn", True)],
     [(13, 3, None)]),
    ("- Chỉ tiêu 17: Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100% vào năm 2025; phấn đấu "
     "xóa bỏ tình trạng học sinh tiểu học bỏ học.\n",
     [(17, "tình trạng học sinh tiểu học bỏ học", None, 0, "count", "exactly", "phấn đấu xóa bỏ", False)],
     [(17, 100, 2025)]),
    # a figure follows: the figure is the target, not "nothing left"
    ("- Chỉ tiêu 10: Phấn đấu không để xảy ra tình trạng lao động trẻ em xuống 4,9% vào năm 2025.\n",
     [], [(10, 4.9, 2025)]),
    # "không còn cha mẹ", "không có nơi nương tựa" describe children, they set nothing
    ("- Chỉ tiêu 5: 100% trẻ em không còn cha mẹ được chăm sóc thay thế vào năm 2025.\n",
     [], [(5, 100, 2025)]),
    ("- Chỉ tiêu 6: Trẻ em không có nơi nương tựa được hỗ trợ đạt 90% vào năm 2030.\n",
     [], [(6, 90, 2030)]),
])
def test_an_elimination_is_stored_as_a_target(fragment, eliminations, others):
    assert rows(fragment) == (eliminations, others)


@pytest.mark.parametrize("text", [
    "Đẩy mạnh giáo dục đạo đức nhằm từng bước xóa bỏ tình trạng bạo lực gia đình, tảo hôn.",
    "Xử lý dứt điểm các vụ việc, không để xảy ra vụ việc tồn đọng, kéo dài trên địa bàn.",
])
def test_a_task_or_passage_sets_no_elimination(text):
    # the answer reads targets from passages with the default: no eliminations there
    assert parse_targets(text) == []
