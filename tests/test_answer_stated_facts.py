"""Facts a plan writes in its own sentences, asked as officers ask them: how many children it
counts, the e-mail address it gives, a campaign named in quotes, a target asked by its code
however it is typed.

The plans are fictional ("Bình Nguyên", figures invented) and written here; the Word plan of
coded targets is the one ``test_parse_nested_records`` builds. A plan that writes no such
fact keeps declining, saying so (the shipped plans give no count of children and no e-mail).
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.fitting import fold, stated
from knowledge.answer.format import strip_html
from tests.test_parse_any_marker import _kb_of
from tests.test_parse_nested_records import _docx

PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH NGUYÊN

Số: 77/KH-UBND

Bình Nguyên, ngày 02 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Bình Nguyên giai đoạn 2026 - 2030

Căn cứ Chỉ thị số 19-CT/TU ngày 05 tháng 8 năm 2024 của Tỉnh ủy Bình Nguyên về công tác trẻ em;

Căn cứ Công văn số 45/BYT-BMTE ngày 10 tháng 01 năm 2026 của Bộ Y tế, theo đề nghị của Ủy ban nhân dân tỉnh về việc hướng dẫn xây dựng kế hoạch;

Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 215/TTr-SYT ngày 20 tháng 02 năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. TÌNH HÌNH TRẺ EM

Năm 2020, toàn tỉnh có 230.000 trẻ em dưới 16 tuổi. Tính đến ngày 31 tháng 12 năm 2025, toàn tỉnh có 245.600 trẻ em dưới 16 tuổi, chiếm 24,1% dân số; trong đó có 4.860 trẻ em có hoàn cảnh đặc biệt và 21.540 trẻ em dân tộc thiểu số; trẻ em dưới 6 tuổi là 61.200 em.

II. MỤC TIÊU

1. Tỷ lệ trẻ em được tư vấn: năm 2025 đạt 81%, năm 2028 đạt 84%, năm 2030 đạt 87%.

2. Tỷ lệ xã đạt tiêu chuẩn phù hợp với trẻ em: năm 2025 đạt 70%, năm 2030 đạt 80%.

III. NHIỆM VỤ

1. Sở Y tế tiếp nhận thông tin, phản ánh về trẻ em bị xâm hại qua hộp thư điện tử treem.syt@binhnguyen.gov.vn. Sở Tư pháp nhận góp ý về văn bản qua địa chỉ stp@binhnguyen.gov.vn.

2. Chiến dịch “Hè an toàn – Nói không với đuối nước”: tổ chức hằng năm từ ngày 15 tháng 5 đến ngày 31 tháng 8; mỗi xã tổ chức ít nhất 01 lớp dạy bơi; phấn đấu mỗi năm dạy bơi cho ít nhất 30.000 trẻ em.

IV. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

- Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    folder = tmp_path_factory.mktemp("stated")
    plan = folder / "binhnguyen-kh77-2026.txt"
    plan.write_text(PLAN, encoding="utf-8")
    return _kb_of(folder, *sorted(suite_plans_dir.glob("*.txt")), plan, _docx(folder / "hoason-kh58-2026.docx"))


def first_line(question: str, kb, lang: str = "vi") -> str:
    result = answer(question, kb, lang=lang)
    assert result.answered, f"declined {question!r}: {result.text[:300]!r}"
    return fold(strip_html(result.text).split("\n", 1)[0])


@pytest.mark.parametrize("question,lang,count", [
    ("Bình Nguyên có bao nhiêu trẻ em?", "vi", "245.600"),
    ("binh nguyen co bn tre em tinh den 31/12/2025", "vi", "245.600"),
    ("How many children under 16 does Binh Nguyen have?", "en", "245"),
    # a count of a topic: that count, not the whole
    ("Bình Nguyên có bao nhiêu trẻ em có hoàn cảnh đặc biệt?", "vi", "4.860"),
    ("binh nguyen co bao nhieu tre em dan toc thieu so", "vi", "21.540"),
    ("moi nam day boi cho bao nhieu tre em o Binh Nguyen", "vi", "30.000"),
])
def test_a_count_of_children_the_plan_writes_is_stated(kb, question, lang, count):
    assert fold(count) in first_line(question, kb, lang)


@pytest.mark.parametrize("question,lang", [
    ("trẻ em Bình Nguyên chiếm bao nhiêu phần trăm dân số?", "vi"),
    ("tre em binh nguyen chiem bao nhieu % dan so", "vi"),
    ("What share of Binh Nguyen's population are children?", "en"),
])
def test_the_share_of_the_population_the_plan_writes_is_stated(kb, question, lang):
    # "…245.600 trẻ em dưới 16 tuổi, chiếm 24,1% dân số": the share, with the count it is of
    line = first_line(question, kb, lang)
    assert fold("24,1% dân số") in line and fold("245.600") in line, line


@pytest.mark.parametrize("question", [
    "Trẻ em Hà Nội chiếm bao nhiêu phần trăm dân số?",      # its plans write no share
    # an age the share is not of: "245.600 trẻ em dưới 16 tuổi, chiếm 24,1%", "… dưới 6 tuổi là
    # 61.200 em" in the same sentence: no share of the under-sixes
    "Trẻ em dưới 6 tuổi chiếm bao nhiêu phần trăm dân số Bình Nguyên?",
])
def test_a_share_no_plan_writes_is_not_stated(kb, question):
    result = answer(question, kb)
    assert "24,1" not in result.text and "% dân số" not in stated(result.text), result.text


@pytest.mark.parametrize("question", [
    "Hà Nội có bao nhiêu trẻ em?",                         # its plans write no count
    "Bình Nguyên có bao nhiêu trẻ em khuyết tật?",          # a count the plan does not write
    "Bình Nguyên có bao nhiêu trẻ em dưới 3 tuổi?",           # an age it does not count
    "Bình Nguyên có bao nhiêu học sinh?",                    # pupils, not children
])
def test_a_count_no_plan_writes_is_declined(kb, question):
    result = answer(question, kb)
    assert not result.answered or not any(c in stated(result.text) for c in ("245.600", "230.000")), result.text


@pytest.mark.parametrize("question,lang", [
    ("email bao ve tre em binh nguyen la gi", "vi"),
    ("What e-mail address does the Binh Nguyen plan give for reports about children?", "en"),
])
def test_an_email_address_the_plan_writes_is_stated(kb, question, lang):
    assert "treem.syt@binhnguyen.gov.vn" in stated(answer(question, kb, lang=lang).text)


def test_an_email_of_an_agency_is_only_one_its_sentence_names(kb):
    said = stated(answer("Email của Sở Tư pháp Bình Nguyên là gì?", kb).text)
    assert "stp@binhnguyen.gov.vn" in said and "treem.syt" not in said, said
    said = stated(answer("Email của Công an tỉnh Bình Nguyên là gì?", kb).text)
    assert "@binhnguyen.gov.vn" not in said, said


@pytest.mark.parametrize("question,lang,said", [
    ("chien dich he an toan binh nguyen dien ra khi nao", "vi", "15/5"),
    ("Chiến dịch Hè an toàn của Bình Nguyên kết thúc ngày nào?", "vi", "31/8"),
])
def test_a_campaign_named_in_quotes_is_known_with_its_dates(kb, question, lang, said):
    assert fold(said) in stated(answer(question, kb, lang=lang).text)


@pytest.mark.parametrize("question,lang,said,not_said", [
    ("Mã HS-M1.1 trong kế hoạch Hòa Sơn là chỉ tiêu gì, năm 2030 đạt bao nhiêu?", "vi", "7,5", "8,0"),
    ("chi tieu HS-M2.2 hoa son nam 2028", "vi", "45", "35"),
    ("Hoa Son target HS-M1.1: who leads?", "en", "so y te", None),
    ("HS chi tieu M2.1 ai chu tri", "vi", "tu phap", None),     # the code without the plan's letters
])
def test_a_target_asked_by_its_code_however_typed(kb, question, lang, said, not_said):
    line = fold(stated(answer(question, kb, lang=lang).text))
    assert fold(said) in line and (not_said is None or fold(not_said) not in line.split("\n")[0]), line


@pytest.mark.parametrize("question,said", [
    # the documents a plan carries out, each with its date and its issuer by its number's code
    ("Ha Noi 2024 ke hoach thuc hien ke hoach so may cua Thanh uy?", "232-KH/TU"),
    ("Which city Party committee plan does Hanoi's 2024 children plan implement?", "232-KH/TU"),
])
def test_the_documents_a_plan_carries_out_are_stated_with_date_and_issuer(kb, question, said):
    assert fold(said) in first_line(question, kb)


@pytest.mark.parametrize("question,date,plan", [
    # a document the plan carries out, asked by its number: its own date, not the plan's
    ("Chỉ thị 19-CT/TU của Tỉnh ủy Bình Nguyên ban hành ngày nào?", "05/8/2024", "Binh Nguyen"),
    ("quyet dinh 23/QD-TTg ban hanh ngay nao", "07/01/2021", "Can Tho"),
    ("When was Directive 28-CT/TW issued?", "25/12/2023", "Ha Noi"),
])
def test_a_cited_documents_date_is_stated_with_the_plan_citing_it(kb, question, date, plan):
    result = answer(question, kb, lang="en" if question.startswith("When") else "vi")
    assert result.answered, result.text
    assert fold(date) in first_line(question, kb) and fold(plan) in stated(result.text), result.text


@pytest.mark.parametrize("question,lang,said", [
    # who proposed the plan, as its preamble says ("Xét/Theo đề nghị của …"), with the submission
    ("Kế hoạch trẻ em Bình Nguyên ban hành theo đề nghị của sở nào?", "vi", "Giam doc So Y te"),
    ("Kế hoạch Bình Nguyên được ban hành theo tờ trình nào?", "vi", "215/TTr-SYT"),
    ("Theo đề nghị của ai mà Cần Thơ ban hành chương trình hành động vì trẻ em 2021-2030?", "vi",
     "Giam doc So Lao dong - Thuong binh va Xa hoi"),
])
def test_who_proposed_a_plan_is_stated(kb, question, lang, said):
    assert fold(said) in first_line(question, kb, lang)


def test_who_proposed_is_read_from_the_preamble(suite_plans_dir):
    from knowledge.ingest import ingest_file

    assert ingest_file(suite_plans_dir / "cantho-qd608-2021-2030.txt").proposer == \
        "Giám đốc Sở Lao động - Thương binh và Xã hội"


def test_the_documents_a_plan_carries_out_keep_their_dates(suite_plans_dir):
    from knowledge.ingest import ingest_file

    plan = ingest_file(suite_plans_dir / "hanoi-ct28-2024.txt")
    assert ["Kế hoạch 232-KH/TU ngày 23/4/2024", "Chỉ thị 28-CT/TW ngày 25/12/2023"] == plan.references


@pytest.mark.parametrize("number,city,issuer", [
    ("232-KH/TU", True, "Thành ủy"), ("232-KH/TU", False, "Tỉnh ủy"), ("28-CT/TW", True, "Trung ương Đảng"),
    ("23/QĐ-TTg", True, "Thủ tướng Chính phủ"), ("666/LĐTBXH-TE", True, "Bộ Lao động - Thương binh và Xã hội"),
    ("202/2025/QH15", False, "Quốc hội"), ("12/XYZ-ABC", True, None),
])
def test_a_documents_issuer_is_read_from_its_number(number, city, issuer):
    from knowledge.answer.plans import reference_issuer

    assert issuer == reference_issuer(number, city)


def test_a_cited_document_of_another_kind_is_not_the_one_asked(kb):
    # the plan cites "Chỉ thị 19-CT/TU": a "Quyết định 19" asked is another document
    for question, date in (("Quyết định 19/QĐ-UBND ban hành ngày nào?", "05/8/2024"),
):
        result = answer(question, kb)
        assert fold(date) not in stated(result.text), result.text


@pytest.mark.parametrize("question, share", [
    ("trẻ em Bình Nguyên chiếm bao nhiêu phần trăm dân số?", True),
    ("What share of Binh Nguyen's population are children?", True),
    # a rate among the children ("dân số trẻ em", "child population") is a target's, no share
    # of the population (round 5: it was declined as a statistic)
    ("Hanoi: share of children with special circumstances in the total child population by 2025?", False),
    ("trẻ em có hoàn cảnh đặc biệt chiếm bao nhiêu phần trăm dân số trẻ em Hà Nội?", False),
])
def test_a_share_of_the_population_is_asked_so(question, share):
    from knowledge.answer.population import asks_share
    from knowledge.query import prepare

    assert asks_share(prepare(question)) is share
