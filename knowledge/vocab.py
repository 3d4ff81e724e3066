"""Domain vocabulary for understanding officers' questions: abbreviations, synonyms, cue words.

This is language knowledge about the genre (how officers abbreviate agencies, which words
mean "who leads", what "thấp còi" is called in another plan), never facts from a plan:
every answer is looked up in the knowledge base. All entries are written folded
(``knowledge.text.normalize`` form: no accents, lower case, single spaces).
"""

from __future__ import annotations

# Abbreviations and spelling variants rewritten before matching (whole words / phrases).
# abbreviations whose "đ" says what they are, typed before the question is folded ("xđ" is
# "xác định", folded "xd" is "xây dựng"; "đv" is "đơn vị", folded "dv" is "dịch vụ")
ABBREVIATIONS_WITH_D: dict[str, str] = {
    "xđ": "xác định",
    "đv": "đơn vị",
    # "hộ gđ" (a household; "gđ" alone is as often "giai đoạn"), "đd nóng" (the hotline)
    "hộ gđ": "hộ gia đình", "ho gđ": "ho gia dinh", "đd nóng": "đường dây nóng", "đd nong": "duong day nong",
}

ABBREVIATIONS: dict[str, str] = {
    # "chỉ báo" (a monitoring indicator) is what other plans call "chỉ tiêu"
    "chi bao": "chi tieu",
    "chi bao nhieu": "chi bao nhieu",   # "chi bao nhiêu (tiền)": spend how much, no "chỉ báo"
    # "đv phối hợp", "dv chu tri": the unit (đơn vị) that partners or leads, typed short
    "dv phoi hop": "don vi phoi hop", "dv chu tri": "don vi chu tri",
    # agencies
    "ldtbxh": "lao dong thuong binh va xa hoi",
    "ld tbxh": "lao dong thuong binh va xa hoi",
    "ld tb xh": "lao dong thuong binh va xa hoi",
    "ldtb xh": "lao dong thuong binh va xa hoi",
    "ldtb va xh": "lao dong thuong binh va xa hoi",
    "lao dong thuong binh xa hoi": "lao dong thuong binh va xa hoi",
    "gd dt": "giao duc va dao tao",
    "gddt": "giao duc va dao tao",
    "gd va dt": "giao duc va dao tao",
    "giao duc dao tao": "giao duc va dao tao",
    "yte": "y te",
    # spelling variants of the genre's words ("tỉ lệ" = "tỷ lệ")
    "ti le": "ty le",
    "ti suat": "ty suat",
    "tt tt": "thong tin va truyen thong",
    "tttt": "thong tin va truyen thong",
    "tt va tt": "thong tin va truyen thong",
    "thong tin truyen thong": "thong tin va truyen thong",
    "vh tt": "van hoa va the thao",
    "vhtt": "van hoa va the thao",
    "vh va tt": "van hoa va the thao",
    "vh tt dl": "van hoa the thao va du lich",
    "vhttdl": "van hoa the thao va du lich",
    # science and technology ("Sở KH&CN", typed "khcn"; "kh" alone is "kế hoạch")
    "khcn": "khoa hoc va cong nghe", "kh cn": "khoa hoc va cong nghe", "kh va cn": "khoa hoc va cong nghe",
    "kh dt": "ke hoach va dau tu",
    "khdt": "ke hoach va dau tu",
    "kh va dt": "ke hoach va dau tu",
    "gtvt": "giao thong van tai",
    "nn mt": "nong nghiep va moi truong", "nnmt": "nong nghiep va moi truong",
    "nn ptnt": "nong nghiep va phat trien nong thon", "nnptnt": "nong nghiep va phat trien nong thon",
    "tn mt": "tai nguyen va moi truong",
    "tnmt": "tai nguyen va moi truong",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "hlhpn": "hoi lien hiep phu nu",
    "hoi phu nu": "hoi lien hiep phu nu",
    "ldld": "lien doan lao dong",
    "ubnd": "uy ban nhan dan",
    "kh": "ke hoach",   # alone; "138/KH-UBND" is read as a document number before this
    "qd": "quyet dinh",   # alone ("căn cứ qđ nào"); "608/QĐ-UBND" is a document number before this
    "tp": "thanh pho",
    "tphn": "thanh pho ha noi",
    # topics
    # "tv" typed for "tử vong" after a rate or before whose ("ty suat tv so sinh", "tv tre duoi
    # 5t", "tv do tai nan"); alone it may be a television
    "suat tv": "suat tu vong", "tv so sinh": "tu vong so sinh", "tv tre": "tu vong tre",
    "tv do": "tu vong do", "tv duoi": "tu vong duoi",
    "dd": "dinh duong",
    "suy dd": "suy dinh duong",
    "sdd": "suy dinh duong",
    "thcs": "trung hoc co so",
    "hs": "hoc sinh",
    "dk": "dang ky",
    "dkks": "dang ky khai sinh",
    "thang hd": "thang hanh dong",   # ("hd" alone: hội đồng, hướng dẫn, hoạt động)
    "so gd dt": "so giao duc va dao tao",
    "phong gd dt": "phong giao duc va dao tao",
    "so gd": "so giao duc va dao tao",
    # departments as officers type them ("sở nv", "so yt"): the names since the 2025 mergers
    "so nv": "so noi vu",
    "snv": "so noi vu",
    "so yt": "so y te",
    "syt": "so y te",
    "so tc": "so tai chinh",
    "so dttg": "so dan toc va ton giao",
    "phong gd": "phong giao duc va dao tao",
    "dtts": "dan toc thieu so",
    "thpt": "trung hoc pho thong",
    "tntt": "tai nan thuong tich",
    "hcdb": "hoan canh dac biet",
    "bvte": "bao ve tre em", "bve": "bao ve",   # ("bve tre em": typed short)
    "bhyt": "bao hiem y te", "the bhyt": "the bao hiem y te",   # "thẻ BHYT": health insurance card
    "bhxh": "bao hiem xa hoi",   # the social insurance office ("BHXH tỉnh")
    "tong dai qg": "tong dai quoc gia",   # ("QG 3", "qg9" alone: a national indicator's code)
    "bv tre em": "bao ve tre em",   # "bv" alone is as often "bệnh viện"
    "ctv": "cong tac vien",
    "vp thuong truc": "van phong thuong truc",   # "sđt vp thường trực" ("vp" alone may be "vi phạm")
    "bc": "bao cao",
    # a quarterly report as asked, "báo cáo quý" as the plans write it ("hằng" is the plans'
    # word for a year's report only)
    "hang quy": "quy", "moi quy": "quy",
    "xd": "xay dung",   # "xd kế hoạch": build a plan
    "qlnn": "quan ly nha nuoc",   # state management
    "dv ctxh": "dich vu cong tac xa hoi", "cung cap dv": "cung cap dich vu",
    "kp": "kinh phi",
    "xhh": "xa hoi hoa",   # "kinh phí xhh": money the province mobilises from society
    "sdt": "so dien thoai",
    "dt": "dien thoai",
    "vs": "so sanh",
    "versus": "so sanh",
    "tre so sinh": "tre so sinh",
    "ctxh": "cong tac xa hoi",
    # "lđ nv giảm tảo hôn phối hợp vs ai": a task, typed short ("sở nv", "snv" are Sở Nội vụ, read
    # first as longer phrases)
    "nv": "nhiem vu", "csdl": "co so du lieu",
    # "sdt dd nong" (the hotline: "dd" alone is "dinh duong"), "nc sach" (clean water)
    "dd nong": "duong day nong", "nc sach": "nuoc sach",
    "ttctxh": "trung tam cong tac xa hoi",
    "tt ctxh": "trung tam cong tac xa hoi",
    # chat spellings
    "j": "gi",
    "ko": "khong",
    "k": "khong",
    "hok": "khong",
    "dc": "duoc",
    "ntn": "nhu the nao",
    "bn": "bao nhieu",
    "bnhieu": "bao nhieu",
    "bao nhiu": "bao nhieu",
    "bnh": "bao nhieu",
    "cq": "co quan",
    # "ns tỉnh bố trí bn tỷ", "ns trung ương": the budget, typed short (blind rounds 169, 171)
    "ns": "ngan sach",
    "ctr": "chuong trinh",     # "ctr trẻ em": the programme, typed short (round 171)
    # "dựa trên tờ trình số mấy": the plan's bases, "theo" (round 170)
    "dua tren": "theo",
    # "mấy chỉ số", "chủ trì cs nào": a plan's indicators called "chỉ số" (its "Chỉ số 101")
    "may chi so": "may chi tieu", "bao nhieu chi so": "bao nhieu chi tieu", "bn chi so": "bao nhieu chi tieu",
    "chi so nao": "chi tieu nao", "cs nao": "chi tieu nao", "nhung chi so": "nhung chi tieu",
    "cac chi so": "cac chi tieu", "nhom chi so": "nhom chi tieu",
    "ctri": "chu tri", "cttri": "chu tri", "chtri": "chu tri",   # "ai ctri": who leads, typed short
    "ai ph": "ai phoi hop",   # "ai chủ trì ai ph": who partners ("ph" alone is no word of its own)
}

# Synonyms: a question phrase also matches these document phrases.
SYNONYMS: dict[str, list[str]] = {
    "thap coi": ["chieu cao theo tuoi"],
    "chieu cao theo tuoi": ["thap coi"],
    "nhe can": ["can nang theo tuoi"],
    "can nang theo tuoi": ["nhe can"],
    "beo phi": ["thua can"],
    "thua can": ["beo phi"],
    "tiem chung": ["vac xin"],
    "tiem phong": ["tiem chung"],
    "mam non": ["mau giao"],
    "mau giao": ["mam non"],    # preschool, both ways
    "du lieu": ["so lieu"],     # data, as the plans write it both ways
    "tong dai": ["duong day nong", "dien thoai"],
    "duong day nong": ["tong dai", "dien thoai"],
    "hotline": ["tong dai", "duong day nong"],
    "so dien thoai": ["dien thoai", "tong dai"],
    "it nhat": ["toi thieu", "khong duoi"],     # at least, every way a plan writes it
    "toi thieu": ["it nhat", "khong duoi"],
    "khong duoi": ["it nhat", "toi thieu"],
    "khau hieu": ["thong diep"],
    "thong diep": ["khau hieu"],
    "tao hon": ["ket hon"],
    "lay y kien": ["hoi y kien"],
    "xin y kien": ["hoi y kien"],
    "bao luc": ["xam hai"],
    "lam gi": ["nhiem vu"],
    "nhiem vu": ["lam gi"],
    "truong hoc": ["co so giao duc"],
    "thu tuong": ["ttg", "thu tuong chinh phu"],   # "Quyết định 23/QĐ-TTg": of the Prime Minister
    "phong chong": ["phong tranh", "phong ngua"],
    # enrolment: "huy động trẻ em 5 tuổi ra lớp / đi học mẫu giáo / đến trường"
    "ky nang boi": ["biet boi"],      # swimming skills: what "biết bơi" measures
    # swimming lessons: "dạy bơi" / "học bơi" are one activity, "biết bơi" its outcome
    "day boi": ["hoc boi", "biet boi", "ky nang boi"],
    # allotting money: "bố trí kinh phí", "phân bổ kinh phí", "cân đối … kinh phí" are one act
    "co hai": ["gay hai", "doc hai"],     # harmful, every way the plans write it
    "gay hai": ["co hai", "doc hai"],
    "doc hai": ["co hai", "gay hai"],
    "bo tri": ["phan bo", "can doi"],
    "phan bo": ["bo tri", "can doi"],
    "di hoc": ["ra lop", "den truong"],
    "ra lop": ["di hoc", "den truong"],
    "den truong": ["di hoc", "ra lop"],
    # "trẻ chết đuối nước": the plans write deaths as "tử vong"
    "chet": ["tu vong"],
    # "được tập huấn" / "được trang bị kiến thức, kỹ năng": trained, either way a plan writes it
    "tap huan": ["trang bi"],
    "trang bi": ["tap huan"],
    # online: "an toàn trên môi trường mạng", "khi sử dụng Internet", "không gian mạng"
    "moi truong mang": ["internet", "khong gian mang"],
    "khong gian mang": ["moi truong mang", "internet"],
    # the standing office, as plans name it ("cơ quan thường trực", "Văn phòng thường trực")
    "co quan thuong truc": ["van phong thuong truc"],
    "van phong thuong truc": ["co quan thuong truc"],
}

# Topic phrases whose words alone are stop words ("vệ" of "vệ sinh" reads as "về").
KEEP_PHRASES = ("ve sinh", "nhe can", "hoi y kien", "tro len", "nhan thuc", "kien thuc", "ma tuy", "so sinh",
                "co quan thuong truc", "co quan dau moi", "so ket", "tong ket", "dac biet",
                # "nhu cầu" (needs): its first word folds as a stop word does ("như")
                "nhu cau",
                # "đầu đời" (early life): "đầu" folds as a stop word does ("đâu")
                "dau doi")

# Measures every plan sets apart, each its own indicator: newborn deaths are not under-5 deaths,
# stunting is not underweight nor overweight. A question naming one is about an indicator
# that names it (or a synonym of it), never about a neighbour that shares its other words.
DISTINCT_MEASURES = ("so sinh", "nhe can", "thap coi", "beo phi", "thua can", "ma tuy",
                     "duoi 1 tuoi", "duoi 5 tuoi",   # under-1 deaths are not under-5 deaths
                     "can thi")   # myopia: no "tiếp cận" (access) of another target

# Interrogative phrasing removed before topic matching ("lấy từ đâu", "như thế nào").
QUESTION_PHRASES = (
    "lay tu dau", "tu dau", "o dau", "nhu the nao", "the nao", "ra sao", "la bao nhieu",
    "bao nhieu phan tram", "may phan tram", "phan tram", "bao nhieu phan nghin", "phan nghin",
    "bao nhieu", "bao gio", "trong bao lau", "bao lau", "la gi", "gom nhung",
    # asking words whose syllables are content elsewhere ("phù hợp với trẻ em", "tổng hợp")
    "phu trach", "phoi hop", "nhung gi", "co gi", "duoc khong", "khong",
    "cho toi biet", "cho biet", "xin hoi", "phai", "so luong",
    "chu yeu",   # "các chỉ tiêu chủ yếu": the plan's own indicators, no topic
    "moi nhat", "gan day nhat", "latest", "newest", "most recent",
    # polite asking ("cho em hỏi … với ạ")
    "cho em hoi", "cho minh hoi", "cho hoi", "em hoi", "voi a", "a nhe",
    # "phối hợp gồm ai", "gồm những cơ quan nào": who they are, asked by what they consist of
    "gom ai", "gom nhung ai", "gom nhung co quan nao", "gom nhung don vi nao",
    # quantifiers of what is counted or listed ("có tất cả bao nhiêu chỉ tiêu")
    "tat ca", "toan bo",
    # "kế hoạch triển khai Chỉ thị 28": implementing, as "thực hiện" (the plan's name, no topic)
    "ke hoach trien khai", "trien khai thuc hien",
    # "tăng từ bao nhiêu lên bao nhiêu": how a figure changes between two years, no topic
    # ("giảm xuống bao nhiêu" is not here: "giảm xuống" is the plans' own comparator)
    "tang tu", "giam tu", "len bao nhieu",
    # "phối hợp thực hiện nội dung nào": which part of the plan, no topic ("dung" is "đúng")
    "noi dung nao", "noi dung gi", "nhung noi dung",
    # "có trách nhiệm gì đối với kế hoạch": regarding, no topic ("đối" is also "đổi", "đội")
    "doi voi",
    # "mục tiêu cụ thể", "nêu cụ thể": a qualifier every plan's heading has, no topic
    "cu the",
    # "mốc kiểm tra năm 2023": the figure set for a year, asked as a milestone, no topic
    "moc kiem tra", "moc trung gian", "moc", "milestone", "interim",
    # "mốc giữa kỳ 2028", "đích cuối kỳ": which milestone, said by its place in the period
    "giua ky", "cuoi ky", "dau ky",
    # "số gốc năm 2025": the figure a plan starts from, asked by its year, no topic
    "so goc", "muc goc", "gia tri goc", "baseline",
    # "sở nào lo": who takes charge (a lead cue), not "lo" a worry
    "nao lo", "ai lo",
    "cai chi tieu", "cai muc tieu", "cai ke hoach",   # "cái" a classifier, not "cải"
    # wanting words of a target question ("Gia Lai muốn … còn bao nhiêu?")
    "muon", "mong muon", "con bao nhieu", "con lai bao nhieu",
    "want", "wants", "wish", "wishes", "hope", "hopes",   # … and in English ("does X want … cut")
    # where in the document, not what about ("chỉ tiêu 11 trong phụ lục")
    "trong phu luc", "tai phu luc", "o phu luc", "phu luc", "appendix",
    # "(phối hợp với ai) để thực hiện chỉ tiêu 9": the purpose of the asking, no topic
    "de thuc hien", "de lam", "in order to", "de dat",
    # "năm 2025 và 2030 lần lượt là bao nhiêu": respectively
    "lan luot",
    # a ceiling asked ("không vượt quá bao nhiêu"): the plan's comparator, which the reply states
    "khong vuot qua", "vuot qua", "not exceed", "no more than", "toi da",
    # the unit asked ("tính theo đơn vị nào"): the indicator's own text states it
    "tinh theo don vi", "tinh bang don vi", "don vi tinh",
    # "Tỉnh Đoàn được đề nghị làm gì": a mass organisation's tasks are requested of it (the
    # plan's heading "Đề nghị Tỉnh Đoàn …"), the asking's form, no topic
    "duoc de nghi",
    # "kế hoạch vì trẻ em": the plan's own name, no topic (every plan is for children; an
    # agency's tasks need not say "trẻ em"); not "Tháng hành động vì trẻ em", a campaign's
    "ke hoach hanh dong vi tre em", "ke hoach vi tre em", "tre em s ke hoach",   # "the children's plan"
    "ke hoach tre em", "chuong trinh tre em", "ke hoach bao ve tre em",
    # … in English word order: "the child plan", "the children programme", "plan for children"
    "tre em ke hoach", "tre em chuong trinh", "tre em s chuong trinh", "ke hoach cho tre em",
    "tre em s programme", "tre em programme", "tre em s program", "tre em program",
    "bao ve tre em ke hoach",   # "the child protection plan"
    # "the new … plan": the newest plan of its place (chosen by the scope), no topic
    "new ke hoach hanh dong vi tre em", "new tre em ke hoach", "new ke hoach", "new chuong trinh",
    "chuong trinh hanh dong vi tre em", "chuong trinh vi tre em",
    # "bố trí bao nhiêu" (how much is allocated): an amount asked, no topic
    "bo tri bao nhieu",
    # "tổ chức vào những năm nào", "vào ngày nào": when, asked; "vào" no topic
    "vao nhung nam nao", "vao nam nao", "vao ngay nao", "vao thang nao", "vao thoi gian nao",
    "vao thoi diem nao", "vao luc nao", "vao dip nao", "vao khi nao", "vao nhung ngay nao",
    # … in English, "dates" read "ngày": "the dates of", "date range", "until what date"
    "ngay range", "until what ngay", "until when", "from when", "what ngay", "which ngay", "the ngay",
)

# English → Vietnamese (folded), applied to English questions before matching.
ENGLISH: dict[str, str] = {
    # genre words met in officers' English questions (blind rounds 1-14): each a plain translation
    "department": "so", "departments": "so", "nutrition": "dinh duong", "education": "giao duc",
    "support": "ho tro", "supports": "ho tro", "supported": "ho tro", "period": "giai doan",
    "labour": "lao dong", "labor": "lao dong", "parents": "cha me", "parent": "cha me",
    "teachers": "giao vien", "teacher": "giao vien", "reduction": "giam", "sports": "the thao",
    "special": "dac biet", "policies": "chinh sach", "policy": "chinh sach",
    "disadvantaged": "hoan canh kho khan", "protect": "bao ve", "periodic": "dinh ky",
    "organisation": "to chuc", "organization": "to chuc", "organises": "to chuc", "organizes": "to chuc",
    "compile": "tong hop", "compiles": "tong hop",
    # (reports gathered: "which office collects the reports from departments", round 172)
    "collect": "tong hop", "collects": "tong hop", "collecting": "tong hop", "consolidates": "tong hop",
    "teach": "day", "teaching": "day",
    "attend": "di hoc", "attending": "di hoc", "attendance": "di hoc", "compared with": "so voi",
    "compared to": "so voi", "total": "tong so", "higher": "cao hon", "assign": "giao",
    "assigns": "giao", "assigned": "giao", "month": "thang", "partner": "phoi hop",
    "coordinates": "phoi hop", "skill": "ky nang", "in time": "kip thoi",
    "standing agency": "co quan thuong truc", "standing body": "co quan thuong truc",
    "standing coordinator": "co quan thuong truc", "standing office": "co quan thuong truc",
    "market management department": "cuc quan ly thi truong", "market management": "quan ly thi truong",
    # genre words of officers' English questions (true translations; a word the plans do
    # not use stays unknown, which is how a question outside the plans shows itself)
    "under 6": "duoi 6 tuoi", "under 16": "duoi 16 tuoi", "under 18": "duoi 18 tuoi",
    "action plan": "ke hoach hanh dong", "action": "hanh dong",
    "provincial": "tinh", "province s": "tinh",
    "cases": "vu viec", "case": "vu viec",
    "districts": "huyen", "district": "huyen",
    "spots": "diem", "spot": "diem",
    "politburo": "bo chinh tri", "social insurance": "bao hiem xa hoi", "insurance": "bao hiem",
    "social": "xa hoi", "emergency": "khan cap", "serious": "nghiem trong",
    "launch ceremony": "le phat dong", "launch": "phat dong", "ceremony": "le",
    "publicise": "tuyen truyen", "publicize": "tuyen truyen", "allowance": "phu cap",
    "clubs": "cau lac bo", "club": "cau lac bo", "specific": "cu the", "document": "van ban",
    "organise": "to chuc", "organize": "to chuc", "prevent": "phong ngua", "prevention": "phong ngua",
    # a harm's prevention is the genre's "phòng, chống": "phòng, chống đuối nước", "… xâm hại"
    "drowning prevention": "phong chong duoi nuoc", "prevention of drowning": "phong chong duoi nuoc",
    "anti drowning": "phong chong duoi nuoc", "abuse prevention": "phong chong xam hai",
    "prevention of abuse": "phong chong xam hai", "violence prevention": "phong chong bao luc",
    "prevention of violence": "phong chong bao luc",
    # when something starts and ends ("when does the campaign end?"); "by the end of 2025": "cuối"
    "end": "ket thuc", "start": "bat dau", "begin": "bat dau", "end of": "cuoi", "the end of": "cuoi",
    "odd years": "nam le", "odd year": "nam le", "even years": "nam chan", "even year": "nam chan",
    "library": "thu vien", "libraries": "thu vien",
    # genre words English questions of the blind rounds used that stayed untranslated
    "fit for children": "phu hop voi tre em", "juvenile offending": "tre em vi pham phap luat",
    # the kind of targets named before them, as Vietnamese names it after ("chỉ tiêu cụ thể"):
    # "how many specific indicators" is "bao nhiêu chỉ tiêu cụ thể"
    "specific indicators": "chi tieu cu the", "specific targets": "chi tieu cu the",
    "specific goals": "muc tieu cu the", "specific objectives": "muc tieu cu the",
    "numbered indicators": "chi tieu", "numbered targets": "chi tieu",
    # the media and places of the plans' targets ("báo chí, phát thanh, truyền hình", "phòng
    # đọc", "mũ bảo hiểm")
    "press, radio and tv": "bao chi phat thanh truyen hinh", "radio and tv": "phat thanh truyen hinh",
    "tv and radio": "phat thanh truyen hinh", "radio and television": "phat thanh truyen hinh",
    "television": "truyen hinh", "radio": "phat thanh",
    "reading rooms": "phong doc", "reading room": "phong doc", "reading corners": "goc doc",
    "reading corner": "goc doc", "helmets": "mu bao hiem", "helmet": "mu bao hiem",
    # feeding babies, as the plans name it ("bú mẹ hoàn toàn" in the first six months)
    "exclusive breastfeeding": "bu me hoan toan", "exclusively breastfed": "bu me hoan toan",
    "breastfeeding": "bu me", "breastfed": "bu me", "breast milk": "sua me",
    "under 6 months": "duoi 6 thang tuoi", "under six months": "duoi 6 thang tuoi",
    # the UN's words for children who broke the law ("trẻ em vi phạm pháp luật")
    "in conflict with the law": "vi pham phap luat", "in contact with the law": "vi pham phap luat",
    "violating the law": "vi pham phap luat", "violate the law": "vi pham phap luat",
    "who violate the law": "vi pham phap luat", "breaking the law": "vi pham phap luat",
    "law breaking": "vi pham phap luat",
    "juvenile law violation": "tre em vi pham phap luat", "juvenile law violations": "tre em vi pham phap luat",
    "law violation": "vi pham phap luat", "law violations": "vi pham phap luat",
    "juvenile delinquency": "tre em vi pham phap luat",
    "juvenile offenders": "tre em vi pham phap luat", "offending": "vi pham phap luat",
    "socialisation": "xa hoi hoa", "socialization": "xa hoi hoa",
    # non-state funding, as English renders "xã hội hóa"
    "social sources": "xa hoi hoa", "socialised sources": "xa hoi hoa", "socialized sources": "xa hoi hoa",
    "socialised funds": "xa hoi hoa", "socialized funds": "xa hoi hoa", "social mobilisation": "xa hoi hoa",
    "social mobilization": "xa hoi hoa", "social contributions": "xa hoi hoa", "merge": "hop nhat",
    "data": "du lieu", "caregivers": "nguoi cham soc", "caregiver": "nguoi cham soc",
    "circular": "thong tu", "month of action": "thang hanh dong", "in charge of": "chu tri",
    "district level": "cap huyen", "commune level": "cap xa", "provincial level": "cap tinh",
    "reinforcement": "tang cuong", "grade": "lop",
    # a plan's bases ("Căn cứ …"): "which decision does the plan build upon / rest on"
    # what a department does for the province's leaders ("tham mưu"), and giving out money
    "advise": "tham muu", "advises": "tham muu", "advising": "tham muu", "advisory": "tham muu",
    # (as money is given out to a plan: "bố trí kinh phí"; "phân bổ" a synonym of it)
    "allocate": "bo tri", "allocates": "bo tri", "allocating": "bo tri", "allocation": "bo tri",
    "allocated": "bo tri",
    # taking down what harms children online ("gỡ bỏ thông tin có hại / độc hại")
    "removal": "go bo", "remove": "go bo", "removes": "go bo", "removing": "go bo", "take down": "go bo",
    "takedown": "go bo", "harmful": "co hai",
    # (not "build on": "build on Cô Tô island" builds a school)
    "build upon": "can cu",
    # a report of results, in the plans' order of words ("báo cáo kết quả")
    "results report": "bao cao ket qua", "results reports": "bao cao ket qua", "result report": "bao cao ket qua",
    "report on results": "bao cao ket qua", "report of results": "bao cao ket qua",
    # the lower levels' own plans ("kế hoạch cấp huyện"), asked in English by their owners
    "districts plans": "ke hoach cap huyen", "district plans": "ke hoach cap huyen",
    "district level plans": "ke hoach cap huyen", "communes plans": "ke hoach cap xa", "commune plans": "ke hoach cap xa",
    # what a task delivers, as a task table's "Sản phẩm" column names it
    "product": "san pham", "products": "san pham", "deliverable": "san pham", "deliverables": "san pham",
    # the proposal a plan was issued on ("Xét đề nghị … tại Tờ trình số …")
    "submission": "to trinh", "submissions": "to trinh",
    "builds upon": "can cu", "built upon": "can cu", "rests on": "can cu", "rest on": "can cu",
    "build": "xay dung", "results": "ket qua", "result": "ket qua", "community": "cong dong",
    "submit": "nop", "send": "gui", "sends": "gui", "sent": "gui",
    "before which date": "truoc ngay nao", "before what date": "truoc ngay nao", "by which date": "truoc ngay nao",
    "before": "truoc", "units": "don vi", "unit": "don vi", "bodies": "co quan", "body": "co quan", "prioritise": "uu tien", "prioritize": "uu tien", "priority": "uu tien",
    "national": "quoc gia", "mobile": "di dong", "maintained": "duy tri", "maintain": "duy tri",
    "cut": "giam", "reduce": "giam", "reducing": "giam", "lowering": "giam", "lower the": "giam", "detected": "phat hien",
    "safe": "an toan", "safety": "an toan", "groups": "nhom", "group": "nhom",
    "mobilisation": "huy dong", "mobilization": "huy dong", "mobilised": "huy dong", "mobilized": "huy dong",
    "sources": "nguon", "source": "nguon", "days": "ngay",
    "e mail address": "email", "email address": "email", "e mail": "email",
    "after the merger": "sau hop nhat", "merger": "hop nhat", "merged": "hop nhat",
    "city party committee": "thanh uy", "municipal party committee": "thanh uy",
    "provincial party committee": "tinh uy", "party central committee": "trung uong",
    "party committee": "uy",   # (a city's "Thành ủy", a province's "Tỉnh ủy")
    "hours": "gio", "written": "bang van ban", "communication": "truyen thong",
    # round 170: "communicate … in which ethnic languages", "prioritise … for resources"
    "communicate": "truyen thong", "communicating": "truyen thong", "communicates": "truyen thong",
    "ethnic languages": "tieng dan toc", "ethnic language": "tieng dan toc",
    "ethnic minority languages": "tieng dan toc", "minority languages": "tieng dan toc",
    "resources": "nguon luc", "resource": "nguon luc",
    "victims": "nan nhan", "victim": "nan nhan", "investigated": "dieu tra", "investigate": "dieu tra",
    "children s forum": "dien dan tre em", "childrens forum": "dien dan tre em",
    # the boards that steer the work for children ("meet" is no "họp": "communes meeting
    # child-friendly standards" are "đạt")
    "steering board": "ban dieu hanh", "steering committee": "ban chi dao",
    "children forum": "dien dan tre em", "forum": "dien dan", "trafficking": "mua ban", "abduction": "bat coc", "monthly": "hang thang",
    "guide": "huong dan", "guides": "huong dan", "guidance": "huong dan",
    "implement": "thuc hien", "implementing": "thuc hien", "implementation": "thuc hien",
    # a change's starting year asked ("cut by 20 % against which baseline year"): "so với"
    "against which": "so voi", "against what": "so voi", "relative to": "so voi",
    "against": "phong chong", "office": "co quan", "offices": "co quan",
    "take place": "dien ra",
    "takes place": "dien ra",
    "took place": "dien ra",
    "held": "to chuc",
    "preliminary review": "so ket",
    "mid term review": "so ket",
    "mid term milestone": "moc giua ky",
    "mid term target": "moc giua ky",
    "mid term": "giua ky",
    "midterm": "giua ky",
    "end of term": "cuoi ky",
    "midterm review": "so ket",
    "final review": "tong ket",
    "final reviews": "tong ket", "midterm reviews": "so ket", "mid term reviews": "so ket",
    "final report": "bao cao tong ket",
    "end of term report": "bao cao tong ket",
    # blind rounds 98-99: plain translations of words officers used
    "couples": "cap", "couple": "cap",
    "workers": "cong nhan", "worker s": "cong nhan",
    "industrial zone": "khu cong nghiep", "industrial zones": "khu cong nghiep",
    "industrial zones management board": "ban quan ly cac khu cong nghiep",
    "industrial zone management board": "ban quan ly cac khu cong nghiep",
    "industrial parks management board": "ban quan ly cac khu cong nghiep", "management board": "ban quan ly",
    "industrial park": "khu cong nghiep", "industrial parks": "khu cong nghiep",
    "daycare": "nha tre", "nursery": "nha tre", "creche": "nha tre",
    "roadmap": "lo trinh",
    "works with": "phoi hop voi",
    "work with": "phoi hop voi",
    "cooperates with": "phoi hop voi",
    "coordinates with": "phoi hop voi",
    "which body": "co quan nao",
    "which agency": "co quan nao",
    "which department": "so nao",
    "which office": "co quan nao",
    "targets": "chi tieu",
    "consolidated": "tong hop",
    "provincial people s committee": "uy ban nhan dan tinh",
    "provincial police": "cong an tinh",
    "district police": "cong an huyen", "city police": "cong an thanh pho",
    "district youth union": "huyen doan", "district women s union": "hoi lien hiep phu nu huyen",
    "online environment": "moi truong mang",
    "online": "moi truong mang",
    "internet": "moi truong mang",
    "cyberspace": "moi truong mang",
    "department of labour invalids and social affairs": "so lao dong thuong binh va xa hoi",
    "department of labor invalids and social affairs": "so lao dong thuong binh va xa hoi",
    "labour department": "so lao dong thuong binh va xa hoi",
    # the departments and ministries by the initials foreign advisers write them
    "dolisa": "so lao dong thuong binh va xa hoi", "molisa": "bo lao dong thuong binh va xa hoi",
    "doet": "so giao duc va dao tao", "moet": "bo giao duc va dao tao", "moh": "bo y te",
    "ppc": "uy ban nhan dan tinh",
    "labor department": "so lao dong thuong binh va xa hoi",
    "department of labour": "so lao dong thuong binh va xa hoi",
    "department of labor": "so lao dong thuong binh va xa hoi",
    "department of education and training": "so giao duc va dao tao",
    "department of education": "so giao duc va dao tao",
    "education department": "so giao duc va dao tao",
    "department of health": "so y te",
    "health department": "so y te",
    "department of justice": "so tu phap",
    "justice department": "so tu phap",
    "department of home affairs": "so noi vu",
    "department of finance": "so tai chinh",
    "department of culture sports and tourism": "so van hoa the thao va du lich",
    "department of culture and sports": "so van hoa va the thao",
    "department of culture": "so van hoa",
    "department of information and communications": "so thong tin va truyen thong",
    "department of information and communication": "so thong tin va truyen thong",
    "information and communications department": "so thong tin va truyen thong",
    "information and communication department": "so thong tin va truyen thong",
    "information and communications": "thong tin va truyen thong",
    "department of planning and investment": "so ke hoach va dau tu",
    "department of construction": "so xay dung",
    "department of transport": "so giao thong van tai",
    "department of industry and trade": "so cong thuong",
    # the departments the 2025 reorganisation made (official English names)
    "department of ethnic and religious affairs": "so dan toc va ton giao",
    "department of ethnic minorities and religions": "so dan toc va ton giao",
    "ethnic and religious affairs": "dan toc va ton giao",
    # a province's "Ban Dân tộc" (before 2025), as English writes it
    "ethnic affairs committee": "ban dan toc", "ethnic minorities committee": "ban dan toc",
    "ethnic minority committee": "ban dan toc", "committee for ethnic affairs": "ban dan toc",
    "committee for ethnic minority affairs": "ban dan toc", "ethnic committee": "ban dan toc",
    "department of agriculture and environment": "so nong nghiep va moi truong",
    "department of science and technology": "so khoa hoc va cong nghe",
    "industry and trade": "cong thuong",
    "people s procuracy": "vien kiem sat nhan dan",
    "procuracy": "vien kiem sat",
    "people s court": "toa an nhan dan",
    "department of tourism": "so du lich",
    "justice office": "phong tu phap",
    "health office": "phong y te",
    "education office": "phong giao duc va dao tao",
    "labour office": "phong lao dong thuong binh va xa hoi",
    # the office's name in English order, "the X Office" / "the X Department"
    "finance department": "so tai chinh",
    "culture department": "so van hoa",
    "home affairs department": "so noi vu",
    "planning and investment department": "so ke hoach va dau tu",
    "labour invalids and social affairs office": "phong lao dong thuong binh va xa hoi",
    "labor invalids and social affairs office": "phong lao dong thuong binh va xa hoi",
    "labour invalids and social affairs department": "so lao dong thuong binh va xa hoi",
    "labor invalids and social affairs department": "so lao dong thuong binh va xa hoi",
    "labour invalids and social affairs": "lao dong thuong binh va xa hoi",
    "labor invalids and social affairs": "lao dong thuong binh va xa hoi",
    "education and training office": "phong giao duc va dao tao",
    "education and training department": "so giao duc va dao tao",
    "education and training": "giao duc va dao tao",
    "culture office": "phong van hoa",
    "culture and information office": "phong van hoa va thong tin",
    "health centre": "trung tam y te",
    "health center": "trung tam y te",
    "science and technology department": "so khoa hoc va cong nghe",
    "ministry of health": "bo y te",
    "health insurance": "bao hiem y te",
    "health insurance card": "the bao hiem y te",
    "health insurance cards": "the bao hiem y te",
    "essential medicines": "thuoc thiet yeu",
    "essential drugs": "thuoc thiet yeu",
    "health station": "tram y te",
    "health stations": "tram y te",
    "spaces": "diem",
    "police": "cong an",  # the city's or the province's: the plan's own name decides
    "youth union": "doan thanh nien",   # "Tỉnh đoàn" or "Thành đoàn": AGENCY_SHORT_NAMES
    "women s union": "hoi lien hiep phu nu",
    "womens union": "hoi lien hiep phu nu",
    "women union": "hoi lien hiep phu nu",
    "red cross": "hoi chu thap do",
    # the province's Border Guard command: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
    "border guard command": "bo chi huy bo doi bien phong", "border guards": "bo doi bien phong",
    "border guard": "bo doi bien phong", "border defence": "bo doi bien phong",
    "border defense": "bo doi bien phong",
    "fatherland front": "mat tran to quoc",
    "people s committee": "uy ban nhan dan",
    "peoples committee": "uy ban nhan dan",
    "people s committees": "uy ban nhan dan", "peoples committees": "uy ban nhan dan",
    # a level before the body, as English puts it ("district people's committees"): after
    # it, as the plans write it ("Ủy ban nhân dân các huyện")
    "district people s committees": "uy ban nhan dan cac huyen", "district people s committee": "uy ban nhan dan huyen",
    "commune people s committees": "uy ban nhan dan cac xa", "commune people s committee": "uy ban nhan dan xa",
    "commune level people s committees": "uy ban nhan dan cap xa", "city people s committee": "uy ban nhan dan thanh pho",
    "commune level committees": "uy ban nhan dan cap xa", "commune committees": "uy ban nhan dan cac xa",
    "district level committees": "uy ban nhan dan cap huyen", "district committees": "uy ban nhan dan cac huyen",
    # places
    "hanoi": "ha noi",
    "cantho": "can tho",
    "dien bien phu city": "dien bien phu",
    "dienbienphu": "dien bien phu",
    "da nang": "da nang",
    "danang": "da nang",
    "ho chi minh city": "thanh pho ho chi minh",
    "saigon": "sai gon",
    # topics
    "stunting": "thap coi",
    "stunted": "thap coi",
    "underweight": "nhe can",
    "malnutrition": "suy dinh duong",
    "malnourished": "suy dinh duong",
    "overweight": "thua can",
    # reporting and document words of the genre
    "coordinate": "phoi hop",
    "coordinate on": "phoi hop",
    "reference number": "so hieu",
    "six month": "6 thang",
    "half year": "6 thang",
    "mid year": "6 thang",
    # (read before "monthly", "yearly", "annual": a six-monthly report is no monthly or yearly one)
    "six monthly": "6 thang", "half yearly": "6 thang", "biannual": "6 thang", "bi annual": "6 thang",
    "semi annual": "6 thang", "semiannual": "6 thang", "twice a year": "6 thang", "twice yearly": "6 thang",
    "quarterly": "quy", "every quarter": "quy", "each quarter": "quy", "per quarter": "quy",
    "first quarter": "quy 1", "second quarter": "quy 2", "third quarter": "quy 3", "fourth quarter": "quy 4",
    "quarter 1": "quy 1", "quarter 2": "quy 2", "quarter 3": "quy 3", "quarter 4": "quy 4",   # ("a quarter": a share)
    # a report's quarter, never a share ("a quarter of children"): "the quarter", "quarter report"
    "the quarter": "quy", "that quarter": "quy", "quarter report": "bao cao quy", "quarter reports": "bao cao quy",
    "report for a quarter": "bao cao quy", "reports for a quarter": "bao cao quy", "quarters": "quy",
    "obesity": "beo phi",
    "vaccination": "tiem chung",
    "vaccinated": "tiem chung",
    "immunization": "tiem chung",
    "immunisation": "tiem chung",
    "vaccine": "vac xin",
    "birth registration": "dang ky khai sinh",
    "registered at birth": "dang ky khai sinh",
    "kindergarten": "mau giao",
    "preschool": "mau giao",
    "pre school": "mau giao",
    "child marriage": "tao hon",
    "child marriages": "tao hon",
    "early marriages": "tao hon",
    "early marriage": "tao hon",
    "injuries": "tai nan thuong tich",
    "injury": "tai nan thuong tich",
    "drowning": "duoi nuoc",
    "campaign": "chien dich", "campaigns": "chien dich",
    "summer": "he",
    "dropout": "bo hoc",
    "drop out": "bo hoc",
    "lower secondary": "trung hoc co so",
    "higher education": "dai hoc",
    "primary school": "tieu hoc",
    "primary": "tieu hoc",
    "disabilities": "khuyet tat",
    "disability": "khuyet tat",
    "disabled": "khuyet tat",
    "abuse": "xam hai",
    "abused": "xam hai",
    # "children who are victims of abuse": the plans' "trẻ em bị xâm hại"
    "victims of abuse": "bi xam hai", "victims of child abuse": "bi xam hai", "abuse victims": "bi xam hai",
    "child labour": "lao dong tre em",
    "child labor": "lao dong tre em",
    "neonatal": "so sinh",
    "newborn": "so sinh",
    # (round 157's English: a screening, the first six months, diverting young offenders, the
    # plan's standing body, "dept" typed short)
    "screening": "sang loc", "screened": "sang loc",
    "first six months": "6 thang dau", "six months": "6 thang", "months": "thang",
    "diversion": "xu ly chuyen huong", "diverted": "xu ly chuyen huong",
    "standing agency": "co quan thuong truc", "standing body": "co quan thuong truc",
    "standing office": "co quan thuong truc", "standing": "thuong truc", "dept": "so",
    "difficulties": "kho khan vuong mac", "difficulty": "kho khan",
    "island communes": "xa dao", "island commune": "xa dao", "islands": "dao",
    "mortality": "tu vong",
    "death": "tu vong",
    "deaths": "tu vong",
    "infant": "duoi 1 tuoi",
    "under 5": "duoi 5 tuoi",
    "under five": "duoi 5 tuoi",
    "sanitation": "cong trinh ve sinh",
    "toilets": "cong trinh ve sinh",
    "playgrounds": "diem vui choi",
    "playground": "diem vui choi",
    "consulted": "hoi y kien",
    "special circumstances": "hoan canh dac biet",
    "disaster": "thien tai",
    "disasters": "thien tai",
    "psychological": "tam ly",
    "counselling": "tu van",
    "counseling": "tu van",
    "participation": "tham gia",
    # a room where the police hear a child ("phòng điều tra/ghi lời khai thân thiện"): "friendly"
    # there is "thân thiện", not a commune "phù hợp với trẻ em"
    "child friendly interview room": "phong dieu tra than thien", "child friendly investigation room": "phong dieu tra than thien",
    "child friendly interview rooms": "phong dieu tra than thien", "interview room": "phong dieu tra",
    "interview rooms": "phong dieu tra", "investigation room": "phong dieu tra",
    "child friendly": "phu hop voi tre em",
    "hotline": "tong dai",
    # "the 111 line", "can I reach … on a Saturday?", "around the clock" (blind round 170)
    # ("reach" alone is a target's: "what must Nghe An reach by 2030")
    # (a line to call, not any "line": "in line with", "reporting line", "bottom line")
    "111 line": "tong dai 111", "the line": "duong day nong", "phone line": "duong day nong",
    "phone lines": "duong day nong", "help line": "duong day nong",
    "hot line": "duong day nong", "support line": "duong day nong", "emergency line": "duong day nong",
    "lines to call": "duong day nong",
    "line number": "so duong day nong", "provincial line": "duong day nong cua tinh",
    "province's line": "duong day nong cua tinh", "own line": "duong day nong rieng",
    "can i reach": "lien he", "how can i reach": "lien he", "can we reach": "lien he",
    "around the clock": "24/7", "round the clock": "24/7",
    "saturday": "thu bay", "saturdays": "thu bay", "sunday": "chu nhat", "sundays": "chu nhat",
    "facilities": "co so", "facility": "co so", "suited": "phu hop", "apparatus": "bo may",
    "state management": "quan ly nha nuoc", "restructuring": "kien toan", "consolidation": "kien toan",
    "consolidating": "kien toan", "consolidate": "kien toan", "crimes": "toi pham", "crime": "toi pham",
    "rural": "nong thon", "helpline": "tong dai", "ponds": "ao", "streams": "suoi", "warning signs": "bien canh bao",
    "investigation": "dieu tra", "rooms": "phong", "room": "phong",
    "tourists": "du khach",
    "delegates": "dai bieu", "delegate": "dai bieu",
    "operate": "hoat dong", "operates": "hoat dong",
    "spend": "kinh phi", "spends": "kinh phi", "spending": "kinh phi", "spent": "kinh phi",
    "invest in": "dau tu", "invest": "dau tu", "investment": "dau tu", "invested": "dau tu",
    "contact point": "dau moi lien he",
    "point of contact": "dau moi lien he",
    "focal point": "dau moi",
    "focal officer": "can bo dau moi", "focal person": "can bo dau moi", "contact person": "can bo dau moi",
    "phone number": "so dien thoai",
    "phone": "dien thoai",
    "theme": "chu de",
    "slogans": "khau hieu",
    "slogan": "khau hieu",
    "messages": "thong diep",
    "action month": "thang hanh dong",
    # the plans' own name in English: "(National) Programme of Action for Children"
    "children s action plan": "ke hoach hanh dong vi tre em",
    "child action plan": "ke hoach hanh dong vi tre em",
    "action plan for children": "ke hoach hanh dong vi tre em",
    "programme of action for children": "chuong trinh hanh dong vi tre em",
    "program of action for children": "chuong trinh hanh dong vi tre em",
    "action programme for children": "chuong trinh hanh dong vi tre em",
    "action program for children": "chuong trinh hanh dong vi tre em",
    "deadline": "han",
    # dates: without these "date" is "repaired" into the Vietnamese "dat"
    "issue date": "ngay ban hanh",
    "issued": "ban hanh", "adopted": "ban hanh", "promulgated": "ban hanh",
    "date of issue": "ngay ban hanh",
    "start date": "ngay bat dau",
    "end date": "ngay ket thuc",
    "due date": "han",
    "date": "ngay",
    "deadlines": "han",
    "report": "bao cao",
    "reports": "bao cao",
    "yearly": "hang nam",
    "annual": "hang nam",
    "annually": "hang nam",
    "each year": "hang nam",
    "every year": "hang nam",
    "ministry": "bo",
    "prime minister": "thu tuong",
    "prime minister s": "thu tuong",
    "budget": "kinh phi", "budgets": "kinh phi",
    # ("total planned budget": the plan's estimate, "tổng kinh phí dự kiến"; "planned" alone
    # would read "kế hoạch", the plan itself)
    "planned budget": "kinh phi du kien", "estimated budget": "kinh phi du kien",
    "total budget": "tong kinh phi", "total planned budget": "tong kinh phi du kien",
    # a budget by its level, as the plans' funding lines name it
    "central budget": "ngan sach trung uong", "central government budget": "ngan sach trung uong",
    "central government funding": "ngan sach trung uong", "central government money": "ngan sach trung uong",
    "central government": "trung uong", "state budget": "ngan sach nha nuoc",
    "provincial budget": "ngan sach tinh", "district budget": "ngan sach huyen",
    "district budgets": "ngan sach huyen", "commune budget": "ngan sach xa", "commune budgets": "ngan sach xa",
    "poor households": "ho ngheo", "poor household": "ho ngheo", "poor": "ngheo",
    "inspected": "kiem tra", "inspection": "kiem tra", "inspections": "kiem tra", "periodically": "dinh ky",
    "child protection": "bao ve tre em",
    "protection": "bao ve",
    "funding": "kinh phi", "funds": "kinh phi",   # (not "fund": a named fund is a "Quỹ")
    "children s council": "hoi dong tre em",
    "childrens council": "hoi dong tre em",
    "enrolment": "di hoc",
    "enrollment": "di hoc",
    "enrolled": "di hoc",
    # indicator vocabulary of the genre (both 24-indicator frames and the city targets)
    "lower secondary school": "trung hoc co so",
    "junior secondary": "trung hoc co so",
    "junior high school": "trung hoc co so",
    "junior high": "trung hoc co so",
    "upper secondary": "trung hoc pho thong",
    "high school": "trung hoc pho thong",
    "primary education": "tieu hoc",
    "completion rate": "ty le hoan thanh",
    "completion": "hoan thanh",
    "complete": "hoan thanh",
    "completed": "hoan thanh",
    "completing": "hoan thanh",
    "finish": "hoan thanh",
    "finishing": "hoan thanh",
    "children friendly": "phu hop voi tre em",
    "communes wards and towns": "xa phuong thi tran",
    "communes wards and townships": "xa phuong thi tran",
    "communes and wards": "xa phuong",
    "commune and ward": "xa phuong",
    "communes": "xa",
    "commune": "xa",
    "special administrative zone": "dac khu",
    "special zones": "dac khu",
    "special zone": "dac khu",
    "wards": "phuong",
    "ward": "phuong",
    "townships": "thi tran",
    "towns": "thi tran",
    "standards": "tieu chuan",
    "standard": "tieu chuan",
    "criteria": "tieu chuan",
    "asked for their views": "hoi y kien",
    "asked for their opinions": "hoi y kien",
    "asked their views": "hoi y kien",
    "asked their opinion": "hoi y kien",
    "asked their opinions": "hoi y kien",
    "consulted on": "hoi y kien ve",
    "consultation": "hoi y kien",
    "consult": "hoi y kien",
    "have their say": "hoi y kien",
    "views": "y kien",
    "opinions": "y kien",
    "opinion": "y kien",
    "and over": "tro len",
    "and above": "tro len",
    "and older": "tro len",
    "or older": "tro len",
    "or over": "tro len",
    "or above": "tro len",
    "years old": "tuoi",
    "year olds": "tuoi",
    "year old": "tuoi",
    "aged": "tu",
    "under fives": "tre em duoi 5 tuoi",
    "under one": "duoi 1 tuoi",
    "under 1": "duoi 1 tuoi",
    "up to 8": "den 8 tuoi",
    "up to age 8": "den 8 tuoi",
    "five year olds": "tre em 5 tuoi",
    "awareness": "nhan thuc",
    "aware": "nhan thuc",
    "knowledge": "kien thuc",
    "skills": "ky nang",
    "capacity": "nang luc",
    "in what capacity": "chuc vu gi",   # of a signer, not "capacity building"
    "capacities": "nang luc",
    "capability": "nang luc",
    "capabilities": "nang luc",
    "competence": "nang luc",
    "raised": "nang cao",
    # words of English questions the blind sets left unread most (rounds 1-173, failed ones)
    # ("villages" are thôn, bản, làng or ấp: left as typed; "Party Committee" is a city's "Thành ủy")
    # (a phrase's words are read as written, not as their base form: no "party documents", whose
    # "documents" would no longer be read "document")
    "party": "dang",
    "milestone": "moc", "milestones": "moc", "minimum": "toi thieu", "at minimum": "toi thieu",
    "minimum wage": "luong toi thieu", "regional minimum wage": "luong toi thieu vung",
    "minimum age": "do tuoi toi thieu", "id card": "the can cuoc", "identity card": "the can cuoc",
    "appendix": "phu luc", "annex": "phu luc",
    "proposed": "de nghi", "proposes": "de nghi", "proposal": "de nghi", "collaborator": "cong tac vien",
    "pregnant women": "phu nu mang thai", "pregnant": "mang thai", "phase": "giai doan",
    "finance": "tai chinh", "vocational guidance": "huong nghiep",
    "raising": "nang cao",
    "raise": "nang cao",
    # (money raised, not awareness: "how much should the fund raise each year", round 172)
    "raise each year": "van dong hang nam", "raise every year": "van dong hang nam",
    "raise per year": "van dong moi nam", "raise a year": "van dong moi nam", "raise annually": "van dong hang nam",
    "raise funds": "van dong kinh phi", "raise money": "van dong kinh phi",
    "improved": "nang cao",
    "enhanced": "nang cao",
    "right to participation": "quyen tham gia",
    "right to participate": "quyen tham gia",
    "participation rights": "quyen tham gia",
    "participation right": "quyen tham gia",
    "rights": "quyen",
    "right to": "quyen",
    "interventions": "can thiep",
    "intervention": "can thiep",
    "intervene": "can thiep",
    "intervened": "can thiep",
    "get support": "duoc ho tro",
    "receive support": "duoc ho tro",
    "receiving support": "duoc ho tro",
    "assistance": "ho tro",
    "assisted": "ho tro",
    "at high risk": "nguy co cao",
    "high risk": "nguy co cao",
    "at risk": "nguy co",
    "risk": "nguy co",
    "in special circumstances": "co hoan canh dac biet",
    "special situations": "hoan canh dac biet",
    "developing appropriately": "phat trien phu hop",
    "develop appropriately": "phat trien phu hop",
    "developing properly": "phat trien phu hop",
    "develop properly": "phat trien phu hop",
    "developing normally": "phat trien phu hop",
    "appropriate development": "phat trien phu hop",
    "on track developmentally": "phat trien phu hop",
    "early childhood development": "cham soc phat trien toan dien",
    "comprehensive development": "phat trien toan dien",
    "comprehensive": "toan dien",
    "holistic": "toan dien",
    "developing": "phat trien",
    "develop": "phat trien",
    "development": "phat trien",
    "appropriately": "phu hop",
    "appropriate": "phu hop",
    "suitable": "phu hop",
    "monitored": "theo doi",
    "monitoring": "theo doi",
    "tracked": "theo doi",
    "psycho social": "tam ly xa hoi",
    "psychosocial": "tam ly xa hoi",
    "psychological support": "ho tro tam ly",
    "mental health": "tam ly",
    "learning": "hoc tap",
    "health": "suc khoe",
    "short for age": "chieu cao theo tuoi",
    "height for age": "chieu cao theo tuoi",
    "weight for age": "can nang theo tuoi",
    "newborns": "so sinh",
    "newborn babies": "so sinh",
    "new born": "so sinh",
    "infant mortality": "tu vong tre em duoi 1 tuoi",
    "imr": "tu vong tre em duoi 1 tuoi",     # infant mortality rate
    "u5mr": "tu vong tre em duoi 5 tuoi",    # under-five mortality rate
    "infants": "duoi 1 tuoi",
    "live births": "tre de song",
    "fully vaccinated": "tiem chung day du",
    "fully immunised": "tiem chung day du",
    "fully immunized": "tiem chung day du",
    "full vaccination": "tiem chung day du",
    "full immunisation": "tiem chung day du",
    "full immunization": "tiem chung day du",
    "vaccines": "vac xin",
    "immunised": "tiem chung",
    "immunized": "tiem chung",
    "birth registered": "dang ky khai sinh",
    "registered births": "dang ky khai sinh",
    "birth certificates": "dang ky khai sinh",
    "birth certificate": "dang ky khai sinh",
    "registered": "dang ky",
    "dropouts": "bo hoc",
    "drop outs": "bo hoc",
    "dropping out": "bo hoc",
    "dropped out": "bo hoc",
    "leave school": "bo hoc",
    "leaving school": "bo hoc",
    "quit school": "bo hoc",
    "students with disabilities": "hoc sinh khuyet tat",
    "students": "hoc sinh",
    "student": "hoc sinh",
    "pupils": "hoc sinh",
    "special education": "giao duc chuyen biet",
    "specialised education": "giao duc chuyen biet",
    "specialized education": "giao duc chuyen biet",
    "inclusive education": "giao duc hoa nhap",
    "inclusive": "hoa nhap",
    "learning materials": "tai lieu hoc tap",
    "materials": "tai lieu",
    "infrastructure": "co so ha tang",
    "play spaces": "diem vui choi",
    "play space": "diem vui choi",
    "play areas": "diem vui choi",
    "play area": "diem vui choi",
    "places to play": "diem vui choi",
    "cultural": "van hoa",
    "culture": "van hoa",
    "recreation": "vui choi giai tri",
    "recreational": "vui choi giai tri",
    "entertainment": "giai tri",
    "play": "vui choi",
    "accidents": "tai nan",
    "accident": "tai nan",
    "drowned": "duoi nuoc",
    "minors": "nguoi chua thanh nien",
    "juveniles": "nguoi chua thanh nien",
    "working children": "lao dong tre em",
    "consanguineous marriage": "ket hon can huyet thong",
    "consanguineous": "can huyet thong",
    "inbreeding": "can huyet thong",
    "marriages": "ket hon",
    "marriage": "ket hon",
    "mother to child transmission": "lay truyen hiv tu me sang con",
    "mother to child": "tu me sang con",
    "transmission": "lay truyen",
    "transmitted": "lay truyen",
    "latrines": "cong trinh ve sinh",
    "toilet": "cong trinh ve sinh",
    "educational institutions": "co so giao duc",
    "educational facilities": "co so giao duc",
    "education facilities": "co so giao duc",
    "education institutions": "co so giao duc",
    "natural disasters": "thien tai",
    "natural disaster": "thien tai",
    "catastrophes": "tham hoa",
    "relief": "cuu tro",
    "rescued": "cuu tro",
    "timely": "kip thoi",
    "violence": "bao luc",
    "exploitation": "boc lot",
    "exploited": "boc lot",
    "abandoned": "bo roi",
    "abandonment": "bo roi",
    "counselling office": "van phong tu van",
    "counseling office": "van phong tu van",
    "counselling offices": "van phong tu van",
    "counseling offices": "van phong tu van",
    "access": "tiep can",
    "services": "dich vu",
    "service": "dich vu",
    "care": "cham soc",
    "cared for": "cham soc",
    "pre primary": "mau giao",
    "universal preschool education": "pho cap mam non",
    "universal preschool": "pho cap mam non",
    "universalization": "pho cap",
    "universalisation": "pho cap",
    "universal": "pho cap",
    "right age": "dung do tuoi",
    "correct age": "dung do tuoi",
    "age appropriate": "dung do tuoi",
    "models": "mo hinh",
    "model": "mo hinh",
    "activities": "hoat dong",
    "promoting": "thuc day",
    "promote": "thuc day",
    "taking part": "tham gia",
    "take part": "tham gia",
    "participate": "tham gia",
    "participating": "tham gia",
    "involved": "tham gia",
    "child protection committees": "ban bao ve tre em",
    "child protection committee": "ban bao ve tre em",
    "child protection boards": "ban bao ve tre em",
    "child protection board": "ban bao ve tre em",
    "collaborators": "cong tac vien",
    "volunteers": "cong tac vien",
    "case management": "quan ly truong hop",
    "trained": "tap huan",
    "training": "tap huan",
    # "equipped with knowledge and skills": how plans say children are trained
    "equipped": "trang bi",
    "online safety": "an toan tren moi truong mang",
    "safe online": "an toan tren moi truong mang",
    "clean water": "nuoc sach", "safe water": "nuoc sach",
    "coastal": "ven bien",
    "sex ratio at birth": "ty so gioi tinh khi sinh", "sex ratio": "ty so gioi tinh khi sinh",
    "gender ratio at birth": "ty so gioi tinh khi sinh",
    # the groups of communes a plan gives figures of their own (plain translations)
    "mountainous": "mien nui", "mountain": "mien nui", "highland": "vung cao", "highlands": "vung cao",
    "border communes": "xa bien gioi", "border areas": "vung bien gioi", "border area": "vung bien gioi",
    "flood-prone": "ngap lut", "flood prone": "ngap lut",
    "province-wide": "toan tinh", "province wide": "toan tinh", "whole province": "toan tinh",
    "provincial average": "toan tinh",
    "saltwater intrusion": "xam nhap man", "salinity intrusion": "xam nhap man",
    "helped": "ho tro",
    "river island": "cu lao", "islet": "cu lao",
    "households": "ho gia dinh",
    "families": "ho gia dinh",
    "communication products": "san pham truyen thong",
    "residential groups": "to dan pho",
    "early childhood": "tre em",
    "social work service centre": "trung tam cung cap dich vu cong tac xa hoi",
    "social work service center": "trung tam cung cap dich vu cong tac xa hoi",
    "social work centre": "trung tam cong tac xa hoi",
    "social work center": "trung tam cong tac xa hoi",
    "social work": "cong tac xa hoi",
    "child protection fund": "quy bao tro tre em",
    "children s protection fund": "quy bao tro tre em",
    "childrens protection fund": "quy bao tro tre em",
    "centre": "trung tam",
    "center": "trung tam",
    "difference between": "khac",
    "differences": "khac",
    "difference": "khac",
    "differ": "khac",
    "different": "khac",
    "issues": "van de",
    "issue": "van de",
    # … but "issue" a document, as a verb: "must issue their own plans" (round 164)
    "must issue": "ban hanh", "to issue": "ban hanh", "should issue": "ban hanh", "will issue": "ban hanh",
    "issue their": "ban hanh", "issue its": "ban hanh", "issue a": "ban hanh", "issue the": "ban hanh",
    "matters": "van de",
    "falling into": "roi vao",
    "fall into": "roi vao",
    "operating effectively": "hoat dong co hieu qua",
    "operate effectively": "hoat dong co hieu qua",
    "functioning effectively": "hoat dong co hieu qua",
    "function effectively": "hoat dong co hieu qua",
    "effectively": "hieu qua",
    "effective": "hieu qua",
    "operating": "hoat dong",
    "functioning": "hoat dong",
    "operational": "hoat dong",
    # "swimming skills", "can swim": the plans' "biết bơi (an toàn)"
    "swimming skills": "biet boi", "swimming skill": "biet boi", "swim skills": "biet boi",
    "can swim": "biet boi", "able to swim": "biet boi", "know how to swim": "biet boi",
    "learning to swim": "day boi",
    "learn to swim": "day boi",
    "contribute": "dong gop", "contributes": "dong gop", "contribution": "dong gop",
    "contributions": "dong gop",
    "swimming lessons": "day boi", "swimming classes": "lop day boi", "swimming class": "lop day boi",
    "swimming courses": "lop day boi", "swimming course": "lop day boi",
    "swimming": "boi",
    "swim": "boi",
    "less than": "duoi",
    "below": "duoi",
    "at least": "it nhat",
    "indicators": "chi tieu",
    "indicator": "chi tieu",
    "goals": "muc tieu",
    "goal": "muc tieu",
    "plans": "ke hoach",
    "plan": "ke hoach",
    "decision": "quyet dinh",
    "directive": "chi thi",
    "rate": "ty le",
    "children": "tre em",
    "child": "tre em",
    "schools": "truong hoc",
    "school": "truong hoc",
    # the genre's words an English question uses for the plans' groups and programmes
    "ethnic minority": "dan toc thieu so", "ethnic minorities": "dan toc thieu so",
    "vietnamese language": "tieng viet", "prepared in vietnamese": "chuan bi tieng viet",
    "preparation": "chuan bi", "prepared": "chuan bi",
    "border gates": "cua khau", "border gate": "cua khau",
    "border crossings": "xuat nhap canh", "border crossing": "xuat nhap canh",
    "border": "bien gioi", "upland": "vung cao",
    "software": "phan mem", "database": "co so du lieu",
    "free of charge": "mien phi", "calls": "cuoc goi", "in school": "di hoc",
}

# Topic phrases holding an office's short name ("dân tộc", "y tế", "giáo dục", "văn hóa"): an
# office named only by their words is the topic, not the office.
TOPIC_NOT_AGENCY = ("dan toc thieu so", "dong bao dan toc", "bao hiem y te", "tram y te", "co so y te",
                    "dich vu y te", "co so giao duc", "diem van hoa", "thiet che van hoa")

# Cue words, folded, matched as phrases.
LEAD_CUES = ("chu tri", "phu trach", "chiu trach nhiem", "ai lam", "co quan nao", "don vi nao",
             "so nao", "nganh nao", "phoi hop", "who leads", "who is responsible", "which agency",
             "responsible", "who leads", "lead agency", "in charge", "ai thuc hien", "leads", "led by",
             "leading agency", "lead department", "giao cho co quan nao", "giao cho don vi nao",
             "giao cho so nao", "giao cho ai", "nao lo", "ai lo",   # "sở nào lo": takes charge
             "chiu trach nhiem chinh",   # bears the main responsibility: leads
             # "who is asked to lead the Children's Council model" (round 173)
             "asked to lead", "who is to lead", "who should lead", "who will lead", "who must lead",
             "dung dau", "dau moi",      # "sở nào đứng đầu / làm đầu mối": heads it, leads
             "ai huong dan", "huong dan thuc hien",   # the lead guides the others in carrying it out
             # "cơ quan đầu mối chỉ tiêu …": the target's focal point, as plans name its lead
             # ("cơ quan đầu mối" alone is the plan's standing agency)
             "dau moi chi tieu", "dau moi cua chi tieu", "dau moi thuc hien chi tieu",
             # "sở nào theo dõi chỉ tiêu …": who follows a target up is its lead ("theo dõi"
             # alone is also monitoring, a topic)
             "so nao theo doi", "ai theo doi", "co quan nao theo doi", "don vi nao theo doi")
# "support" alone is a topic word ("children who get support"), not a partner cue
PARTNER_CUES = ("phoi hop", "cung thuc hien", "partner", "partners", "who supports", "who support", "supporting agency",
                "supporting agencies", "support agencies", "agencies support", "agency supports",
                "coordinate", "coordinates", "coordinating", "cooperate", "cooperates", "works with",
                "work with", "assist", "assists", "support indicator", "supports indicator",
                "departments support", "offices support", "agencies supporting",
                "bodies support", "body supports", "organisations support", "organizations support")
# the unit an indicator is measured in: asked of what the indicator is ("about")
UNIT_CUES = ("tinh theo don vi", "don vi tinh", "don vi do", "tinh bang don vi", "what unit", "which unit",
             "measured in", "unit of measure", "units of")
ABOUT_CUES = ("la gi", "noi ve", "ve gi", "ve van de gi", "noi dung", "la chi tieu gi",
              "about", "what is indicator", "what does indicator", "mean")
# "how many" alone is no count of indicators ("how many wards …", "how many children …"):
# the English nouns are already rewritten ("indicators" → "chi tieu") when cues are matched.
COUNT_CUES = ("bao nhieu chi tieu", "may chi tieu", "bao nhieu muc tieu", "may muc tieu",
              "how many indicators", "how many goals", "so chi tieu", "so luong chi tieu",
              "how many chi tieu", "how many muc tieu", "how many target", "how many targets",
              "so muc tieu", "so luong muc tieu", "count of chi tieu", "number of chi tieu",
              "count of indicators", "number of indicators", "total chi tieu", "total indicators",
              "gom may chi tieu", "gom bao nhieu chi tieu", "gom may muc tieu", "gom bao nhieu muc tieu",
              "may nhom", "bao nhieu nhom", "how many groups", "chia thanh may", "chia lam may",
              "tong so chi tieu", "tong so muc tieu", "tong cong bao nhieu")   # "chia mục tiêu thành mấy nhóm"
TASK_CUES = ("lam gi", "nhiem vu", "trach nhiem gi", "what does", "what do", "tasks", "duties",
             "role", "co nhiem vu", "phai lam", "what must", "what should", "tasked with",
             "responsible for", "assigned to do", "job of", "viec gi", "nhung viec", "cong viec",
             "asked to do", "expected to do", "supposed to do", "have to do", "has to do",
             # mass organisations are "đề nghị" (requested), not "giao" (assigned), their tasks
             "duoc de nghi", "de nghi lam gi",
             # "tổ chức những hoạt động gì": which activities an office runs
             "hoat dong gi", "nhung hoat dong", "hoat dong nao", "what activities", "which activities",
             # "được giao gì", "giao những việc gì", "có vai trò gì": what an office is assigned
             "duoc giao gi", "giao gi", "giao nhung gi", "vai tro gi", "vai tro nhu the nao")
# Words written with either of two accents, both correct ("hằng năm" / "hàng năm" = yearly):
# a question typed with one is not asking about something else when the plan has the other.
ACCENT_VARIANTS = (frozenset(("hằng", "hàng")), frozenset(("giấy", "giầy")), frozenset(("sẵn", "sẳn")))

# An agency's short name → the name of the body it is short for, which questions also use:
# "Tỉnh đoàn" / "Thành đoàn" are the province's / city's "Đoàn Thanh niên" (the Youth Union).
AGENCY_SHORT_NAMES = {"tinh doan": "doan thanh nien", "thanh doan": "doan thanh nien",
                      "huyen doan": "doan thanh nien", "quan doan": "doan thanh nien"}
# … and the other way: "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố" is asked as "Thành đoàn"
AGENCY_LONG_NAMES = {"doan thanh nien": ("thanh doan", "tinh doan", "huyen doan", "quan doan")}

# What an agency is called in English, by the words its Vietnamese name opens with (folded,
# longest first where one opens another): "Sở Y tế" → "Department of Health", so a reply to
# an English question names it both ways. Genre language (the kinds of agency), no plan's fact.
AGENCY_ENGLISH = (
    ("so lao dong thuong binh va xa hoi", "Department of Labour, Invalids and Social Affairs"),
    ("so giao duc va dao tao", "Department of Education and Training"),
    ("so van hoa the thao va du lich", "Department of Culture, Sports and Tourism"),
    ("so van hoa va the thao", "Department of Culture and Sports"),
    ("so khoa hoc va cong nghe", "Department of Science and Technology"),
    ("so thong tin va truyen thong", "Department of Information and Communications"),
    ("so ke hoach va dau tu", "Department of Planning and Investment"),
    ("so nong nghiep va moi truong", "Department of Agriculture and Environment"),
    ("so nong nghiep va phat trien nong thon", "Department of Agriculture and Rural Development"),
    ("so tai nguyen va moi truong", "Department of Natural Resources and Environment"),
    ("so dan toc va ton giao", "Department of Ethnic Minorities and Religion"),
    ("so cong thuong", "Department of Industry and Trade"),
    ("so y te", "Department of Health"), ("so noi vu", "Department of Home Affairs"),
    ("so tu phap", "Department of Justice"), ("so tai chinh", "Department of Finance"),
    ("so xay dung", "Department of Construction"), ("so du lich", "Department of Tourism"),
    ("cong an tinh", "Provincial Police"), ("cong an thanh pho", "City Police"), ("cong an", "Police"),
    ("tinh doan", "Provincial Youth Union"), ("thanh doan", "City Youth Union"),
    ("doan thanh nien", "Youth Union"), ("hoi dong doi", "Young Pioneers Council"),
    ("hoi lien hiep phu nu", "Women's Union"), ("bao hiem xa hoi", "Social Insurance"),
    ("uy ban mat tran to quoc", "Fatherland Front Committee"), ("uy ban nhan dan cac xa", "Commune People's Committees"),
    ("uy ban nhan dan cac huyen", "District People's Committees"),
    ("uy ban nhan dan tinh", "Provincial People's Committee"), ("uy ban nhan dan thanh pho", "City People's Committee"),
    ("uy ban nhan dan", "People's Committee"),
    ("vien kiem sat nhan dan", "People's Procuracy"), ("toa an nhan dan", "People's Court"),
    ("hoi chu thap do", "Red Cross"), ("lien doan lao dong", "Labour Federation"),
    ("bo chi huy bo doi bien phong", "Border Guard Command"), ("ban dan toc", "Ethnic Minorities Committee"),
    ("trung tam y te", "Health Centre"), ("tram y te", "Health Station"),
)

AGENCY_INDICATOR_CUES = ("chi tieu nao", "nhung chi tieu", "chi tieu gi", "cac chi tieu nao",
                         "which indicators", "what indicators", "which chi tieu", "what chi tieu",
                         "indicators led by", "chi tieu led by", "list the indicators", "list the chi tieu",
                         "indicators does", "chi tieu does", "cac chi tieu do", "nhung chi tieu do",
                         "chi tieu do", "cac chi tieu ma", "cac chi tieu thuoc", "chi tieu that",
                         "chi tieu which", "chi tieu so may", "chi tieu so nao",   # "chủ trì các chỉ tiêu số mấy"
                         # "how many of X's indicators are led by the Labour department"
                         "chi tieu are led by", "chi tieu are led", "chi tieu is led by", "chi tieu led")
DEADLINE_CUES = ("han ", "han bao cao", "han nop", "truoc ngay", "thoi han", "deadline", "due",
                 "cham nhat", "bao cao truoc", "nop truoc", "when is the", "may ngay", "trong bao lau",
                 "bao lau", "trong vong", "how long", "how soon", "within how many", "how many days",
                 "how many hours", "by what date", "by when", "han chot", "hen chot", "how fast", "how quickly",
                 # where the reports go, which the deadline's line states ("… về cơ quan nào?")
                 "ve co quan nao", "gui cho co quan nao", "gui ve dau", "nop ve dau", "report to whom",
                 "reports go to", "who receives the report", "who receives reports",
                 # "báo cáo định kỳ vào những mốc nào trong năm" (blind round 170)
                 "bao cao dinh ky", "moc nao trong nam", "nhung moc nao", "vao nhung ngay nao")
# "số mấy" alone asks for any number (a plan's number too): a phone cue only next to
# "gọi"/"tổng đài", which these cues already cover.
# words that ask for a deadline without naming one ("yêu cầu báo cáo trước ngày nào")
DEADLINE_ASKING = ("khi nao", "bao gio", "ngay nao", "when", "yeu cau", "phai",
                   # what a report is asked to do by the date: "phải gửi / nộp trước ngày nào"
                   "gui", "nop", "send", "submit")
CONTACT_CUES = ("tong dai", "duong day nong", "so dien thoai", "dien thoai", "hotline",
                "goi so", "goi den", "goi dien", "phone", "call", "lien he", "contact number")
# Words of a contact question that name no organisation: what remains ("trung tam cong tac
# xa hoi", "hoi lien hiep phu nu") must be found in a contact's label for that number to answer.
CONTACT_GENERIC = frozenset("""
so dien thoai tong dai duong day nong hotline goi den lien he number phone call contact
quoc gia tre em protection bao ve tu van ho tro tro giup khan cap xam hai luc bao cao
to giac thong tin phan anh nao may cua ghi neu dung can muon de khi bi the what which
should i we report abuse is the for of a an give gives listed list child children
people person someone can could they you where to in does do my our get reach dial
tuyen truyen cong bo cong khai pho bien dua ra nhung cac numbers hotlines provide provides
promote promotes publicise publicize keep open ke hoach goi
ngoai con khac besides other apart except tru
available reachable answer answers answered staffed working line lines
publish publishes published advertise advertises rieng own
""".split()) | frozenset(("xin", "tinh"))
# … of those, the words that name no organisation even beside another content word ("văn phòng
# thường trực công tác trẻ em của tỉnh", "cho xin số …"): the work's, the asking's, the level's
CONTACT_FILLER = frozenset(("cong", "tac", "xin", "tinh"))
# Phrases asking what a line costs or when it answers ("có mất phí không", "hoạt động giờ nào",
# "is it free", "open 24/7"): said of a number (its note), they name no organisation — as
# phrases, for their words alone are parts of names ("Hội đồng", "Tiền Giang", "Mặt trận").
CONTACT_ATTRIBUTES = ("mien phi", "mat phi", "tinh phi", "co phi", "phi khong", "tra tien", "mat tien",
                      "hoat dong", "gio nao", "may gio", "24/7", "24/24", "24 24", "24 7", "free", "charge",
                      "charged", "cost", "costs", "hours", "opening hours", "open",
                      # when it answers: "gio" (hours, as English "hours" reads), holidays, weekends
                      "gio", "ngay le", "le tet", "tet", "cuoi tuan", "thu bay", "chu nhat", "ngay nghi",
                      "weekend", "weekends", "holiday", "holidays", "tat ca cac ngay",
                      # "trực mấy giờ", "giờ làm việc": when it is staffed
                      # (not "trực" alone: "thường trực" names the standing office)
                      "truc may gio", "truc tu", "gio truc", "lam viec", "gio lam viec")
# "khi nào" / "when" ask for any date (a deadline, an issue date), not for the campaign: the
# scorer's own "when" cue carries them.
CAMPAIGN_CUES = ("chu de", "khau hieu", "thong diep", "dien ra", "thang hanh dong",
                 "theme", "slogan", "action month", "bat dau", "ket thuc", "keo dai")
COMPARE_CUES = ("so sanh", "khac", "compare", "so voi", "so sanh voi", "vs",
                "chenh lech", "chenh nhau", "chenh bao nhieu",   # how far apart two figures are
                "thay doi the nao", "thay doi ra sao", "thay doi nhu the nao",   # from one year to another
                # which of two sets the higher or lower figure
                "cao hon", "thap hon", "lon hon", "nho hon", "nhieu hon", "it hon",
                # (not "lower secondary", "higher education": a school level)
                "higher than", "lower than", "is higher", "is lower", "the higher", "the lower",
                "which higher", "which lower", "higher target", "lower target")
PLAN_INFO_CUES = ("ban hanh ngay", "ky ngay", "ngay nao", "giai doan nao", "giai doan", "la gi",
                  "den nam nao",
                  "when was", "period", "issued", "so may", "so hieu", "so van ban", "what number",
                  "ap dung", "apply", "applies", "cover", "covers", "ban hanh", "co hieu luc", "hieu luc",
                  "in force", "valid",
                  # the documents a plan carries out ("căn cứ quyết định nào", "pursuant to")
                  "can cu", "pursuant to", "based on",
                  # a programme "ban hành kèm theo Quyết định số …": the decision it is attached to
                  "kem theo", "attached to")
SIGNER_CUES = ("ai ky", "nguoi ky", "do ai ky", "ky boi", "ky ten", "chu ky", "who signed",
               "signed by", "signed", "signer", "signatory", "ai ban hanh", "ai da ky",
               "co quan nao ban hanh", "don vi nao ban hanh", "who issued", "issued by",
               "chuc vu", "in what capacity", "what position", "what title",
               # "lãnh đạo nào ký kế hoạch …": "ký" alone is also "kỳ" (a period) once folded
               "nao ky", "ky ke hoach", "ky quyet dinh", "ky van ban", "ky ban hanh")
LIST_PLANS_CUES = ("co nhung ke hoach nao", "nhung ke hoach nao", "cac ke hoach", "which plans",
                   "what plans", "danh sach ke hoach", "ke hoach nao", "list plans", "which ke hoach",
                   "what ke hoach", "nhung van ban nao", "bao nhieu ke hoach", "may ke hoach",
                   "how many ke hoach", "how many plans",
                   # the latest of them ("kế hoạch mới nhất của Hà Nội")
                   "ke hoach moi nhat", "ke hoach gan day nhat", "ke hoach gan nhat", "van ban moi nhat",
                   "latest plan", "newest plan", "most recent plan", "latest ke hoach", "newest ke hoach",
                   "most recent ke hoach")
# words that ask for the most recent of the plans listed
LATEST_WORDS = ("moi nhat", "gan day nhat", "gan nhat", "latest", "newest", "most recent", "new")

# Kinds of fact the plans never hold (they set targets and assign tasks): a question asking
# for one is declined, never answered with a nearby passage or an indicator.
# An official's name: a role word together with a name cue ("giám đốc … là ai").
PERSON_ROLES = ("giam doc", "pho giam doc", "truong phong", "pho truong phong", "chu tich",
                "pho chu tich", "bi thu", "truong ban", "truong cong an", "hieu truong",
                "director", "head of", "chairman", "chairwoman", "chairperson", "chair of",
                "secretary", "minister", "bo truong", "can bo phu trach", "nguoi dung dau")
PERSON_NAME_CUES = ("la ai", "ai la", "ten gi", "ten la gi", "ho ten", "ten cua", "ten ong",
                    "ten ba", "who is", "who s", "whos", "name", "named", "ten")
# A statistic about children (how many live somewhere, were abused in a year).
STATISTIC_RE = (r"\b(?:bao nhieu|bn|(?<!\bbo )may|how many|number of|so luong|tong so|(?<!\bdan )so)\s+"   # ("bộ máy quản lý": the apparatus)
                r"(?P<counted>tre em|tre|em|chau|hoc sinh|truong hop|vu viec|vu|ca|nguoi|kids|can bo|cong tac vien|"
                r"nhan vien|staff|officers|phuong|xa|huyen|quan|thon|to dan pho|truong|truong hoc|"
                r"wards|communes|districts|schools)\b"
                r"|(?<!chi cuc )(?<!phong )\b(?:dan so|population)\b")   # ("Chi cục Dân số", "Phòng Dân số - Trẻ em": offices)
# A count asked of today ("hiện nay … có bao nhiêu cặp tảo hôn"): with PRESENT_WORDS, a statistic.
# (… and the places a province has for children: "hiện nay có bao nhiêu điểm vui chơi", "thư viện")
PRESENT_COUNT_RE = (r"\b(?:bao nhieu|bn|may|how many)\s+(?P<counted>cap|vu|ca|tre|em|xa|phuong|truong hop"
                    r"|diem|truong hoc|truong|thu vien|cau lac bo|be boi|san choi|playgrounds?|libraries|schools)\b")
# Words asking how things stand today ("hiện có bao nhiêu trẻ em"): a statistic, never a target.
PRESENT_WORDS = ("hien co", "hien nay", "hien tai", "thuc te", "currently", "today", "now", "actually",
                 "at present")
# What STATISTIC_RE counts that every plan also counts in passing ("40.000 trẻ em" are taught
# to swim): only an indicator counting them answers how many.
POPULATION_WORDS = frozenset({"tre em", "tre", "em", "chau", "nguoi", "kids"})
# Words that make a "how many children" question one about a target (a rate to reach).
# Vietnamese ordinal and counting words, folded ("thứ hai", "Hai là", "Phần thứ nhất"): their value
ORDINALS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6,
            "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
# the units after "mười"/"mươi" in compound ordinals: "mười lăm", "hai mươi mốt", "mười tư"
_ORDINAL_UNITS = {**ORDINALS, "lam": 5, "nham": 5}


def ordinal_value(words: str) -> int | None:
    """The number of a Vietnamese ordinal written in words (folded, after "thứ"): "nhat" → 1,
    "muoi mot" → 11, "muoi lam" → 15, "hai muoi" → 20, "hai muoi mot" → 21; None for
    anything else. ("mốt" folds to "mot".)"""
    parts = words.split()
    if len(parts) == 1:
        return ORDINALS.get(parts[0])
    if parts[0] == "muoi" and len(parts) == 2:
        unit = _ORDINAL_UNITS.get(parts[1])
        return 10 + unit if unit and unit < 10 else None
    if len(parts) in (2, 3) and parts[1] == "muoi" and ORDINALS.get(parts[0], 0) in range(2, 10):
        unit = _ORDINAL_UNITS.get(parts[2], 0) if len(parts) == 3 else 0
        return ORDINALS[parts[0]] * 10 + unit if unit < 10 else None
    return None
TARGET_WORDS = ("ty le", "ti le", "phan tram", "percent", "percentage", "chi tieu", "muc tieu",
                "phan dau", "target", "goal", "it nhat", "toi thieu", "at least", "rate", "share",
                "proportion", "phai giam", "giam bao nhieu", "giam con", "reduce by", "cut by")
# The way a target's figure must move ("giảm xuống", "tăng lên", "nâng lên"), folded: said of a
# target, seldom in its name (each word alone is also another: "giám đốc", "tặng quà", "kỹ năng")
# The verbs a question frames what a plan requires with ("Hà Nội yêu cầu các quận đầu tư …",
# "kế hoạch quy định …"): the plan's own sentence seldom says them; weighed little
FRAMING_PHRASES = ("yeu cau", "quy dinh", "de ra", "dat ra",
                   # "ngân sách tỉnh đóng góp bao nhiêu": how a source's share is said, no topic
                   "dong gop")
DIRECTION_PHRASES = ("giam xuong", "tang len", "nang len", "ha xuong", "giam con")
# "giảm" alone ("chỉ tiêu giảm đuối nước"), folded, but not before the words that make it
# "giám đốc", "giám sát", "giám hộ", "giám định", "giám khảo", "giám thị" (folded alike)
DIRECTION_WORD = "giam"
NOT_DIRECTION_AFTER = ("doc", "sat", "ho", "dinh", "khao", "thi")
# A budget amount: declined unless a plan in scope writes an amount of money.
BUDGET_WORDS = ("kinh phi", "ngan sach", "so tien", "bao nhieu tien", "nguon von", "money", "funds",
                "bao nhieu ty dong", "bao nhieu trieu dong")   # "chi bao nhiêu tỷ đồng": an amount of money
AMOUNT_CUES = ("bao nhieu", "how much", "amount", "so tien", "bao nhieu tien", "ty dong",
               "trieu dong", "tong kinh phi", "total", "muc kinh phi", "bn",
               "spend", "spent", "spending")   # ("what did Hanoi spend": an amount, as typed in English)

# A fine or sanction asked ("mức phạt", "bị phạt bao nhiêu tiền"): decrees set fines, action
# plans do not; declined unless the plans' own text states one (``PENALTY_STATED``).
PENALTY_WORDS = ("muc phat", "xu phat", "phat tien", "bi phat", "phat bao nhieu", "tien phat",
                 "fine", "fined", "fines", "penalty", "penalties")
PENALTY_STATED = ("phat tien", "muc phat", "xu phat vi pham hanh chinh")

# Identifiers a question may ask for that plans of this genre do not give (they list
# hotlines only): declined unless the plans' own text mentions one.
IDENTIFIER_WORDS = ("so tai khoan", "tai khoan ngan hang", "bank account", "account number",
                    "email", "e mail", "thu dien tu", "website", "trang web", "trang thong tin dien tu",
                    "so fax", "fax", "ma so thue", "tax code")

# Words that carry no topic of their own in a question.
STOPWORDS = frozenset("""
la gi nhieu may nao ai do cua va voi o tai trong cho den the thi co khong duoc nhu
sao nhe a oi vay nhi ha chu ve nam so cac nhung mot khi nay kia day dau hay hoac thuc hien
muc tieu chi tieu ke hoach quyet dinh chuong trinh chi thi so sanh khac trach chu tri
phoi co quan don vi nganh nhiem vu lam hien cho biet xin toi minh
the what who which is are was the a an of in for to and or does do did how many much
when where why by on at be it its with about from as than vs target targets indicator
tp ubnd dat phan dau tren ty le em moi compare have you your me i
share percentage percent proportion should must will being been terms term get getting receive
receiving reach reached has had their they them there these those into per each every all
over up expected supposed planned aim aims set sets set out according plan s does
among meeting meet offering offer hit affected facing leads lead responsible agency agencies
due number kids programme program whose whom which while within across city province level
levels achieve achieved reaching rates ratio figure value values year years by 2025 2030
affecting concerning regarding them who get gets theo giua nhau between z zay ak
under during signed asked charge tasks tasked role partners leading follow name one more often
expect run tell tells told people ceiling mentioned mentions mention hold holds held holding besides
 v vay ma ra noi able give gives given list lists cover covers own this that not his her soon
 once without better need needs keep open start place handle ask fall falls join foresee foresees
 please vietnamese named called listed len were would could shall might range
 ad admin whole entire then
 se
 suat""".split())   # "sẽ" (will) asks nothing; "chia sẻ" keeps "chia"
# ("suất": "tỷ suất", a rate, is as generic as "tỷ lệ": the measure's words say which)

# Other names of a place, folded → the folded names a plan's locality may carry. A question
# that says "Huế" asks about a plan of Thừa Thiên Huế (a centrally-run city named Huế since
# 2025); "Sài Gòn" and "HCM" name Hồ Chí Minh City.
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "hue": ("thua thien hue",), "tt hue": ("thua thien hue",), "thanh pho hue": ("thua thien hue",),
    "sai gon": ("ho chi minh", "thanh pho ho chi minh"), "saigon": ("ho chi minh", "thanh pho ho chi minh"),
    "hcm": ("ho chi minh", "thanh pho ho chi minh"), "tphcm": ("ho chi minh", "thanh pho ho chi minh"),
    "thanh pho hcm": ("ho chi minh", "thanh pho ho chi minh"),
}


# Vietnamese provinces and centrally-run cities (the 63 of 2008–2025), their usual short
# forms and big cities, folded → name as written. A question naming one of these and no
# place that has a plan asks about a place the knowledge base does not cover.
PROVINCE_NAMES: dict[str, str] = {
    "an giang": "An Giang", "ba ria vung tau": "Bà Rịa – Vũng Tàu", "brvt": "Bà Rịa – Vũng Tàu", "br vt": "Bà Rịa – Vũng Tàu",
    "bac giang": "Bắc Giang", "bac kan": "Bắc Kạn", "bac can": "Bắc Kạn", "bac lieu": "Bạc Liêu",
    "bac ninh": "Bắc Ninh", "ben tre": "Bến Tre", "binh dinh": "Bình Định",
    "binh duong": "Bình Dương", "binh phuoc": "Bình Phước", "binh thuan": "Bình Thuận",
    "ca mau": "Cà Mau", "can tho": "Cần Thơ", "cao bang": "Cao Bằng", "da nang": "Đà Nẵng",
    "dak lak": "Đắk Lắk", "dac lac": "Đắk Lắk", "daklak": "Đắk Lắk", "dak nong": "Đắk Nông",
    "dien bien": "Điện Biên", "dong nai": "Đồng Nai", "dong thap": "Đồng Tháp",
    "gia lai": "Gia Lai", "ha giang": "Hà Giang", "ha nam": "Hà Nam", "ha noi": "Hà Nội",
    "ha tinh": "Hà Tĩnh", "hai duong": "Hải Dương", "hai phong": "Hải Phòng",
    "hau giang": "Hậu Giang", "hoa binh": "Hòa Bình", "hung yen": "Hưng Yên",
    "khanh hoa": "Khánh Hòa", "kien giang": "Kiên Giang", "kon tum": "Kon Tum",
    "lai chau": "Lai Châu", "lam dong": "Lâm Đồng", "lang son": "Lạng Sơn", "lao cai": "Lào Cai",
    "long an": "Long An", "nam dinh": "Nam Định", "nghe an": "Nghệ An", "ninh binh": "Ninh Bình",
    "ninh thuan": "Ninh Thuận", "phu tho": "Phú Thọ", "phu yen": "Phú Yên",
    "quang binh": "Quảng Bình", "quang nam": "Quảng Nam", "quang ngai": "Quảng Ngãi",
    "quang ninh": "Quảng Ninh", "quang tri": "Quảng Trị", "soc trang": "Sóc Trăng",
    "son la": "Sơn La", "tay ninh": "Tây Ninh", "thai binh": "Thái Bình",
    "thai nguyen": "Thái Nguyên", "thanh hoa": "Thanh Hóa", "thua thien hue": "Thừa Thiên Huế",
    "hue": "Huế", "tien giang": "Tiền Giang", "tra vinh": "Trà Vinh",
    "tuyen quang": "Tuyên Quang", "vinh long": "Vĩnh Long", "vinh phuc": "Vĩnh Phúc",
    "yen bai": "Yên Bái",
    # Hồ Chí Minh City and its usual spellings ("tp" is already expanded to "thanh pho")
    "thanh pho ho chi minh": "TP. Hồ Chí Minh", "ho chi minh": "TP. Hồ Chí Minh",
    "thanh pho hcm": "TP. Hồ Chí Minh", "hcm": "TP. Hồ Chí Minh", "tphcm": "TP. Hồ Chí Minh",
    "hcmc": "TP. Hồ Chí Minh", "sai gon": "Sài Gòn", "saigon": "Sài Gòn",
    # big cities that are not provinces
    "nha trang": "Nha Trang", "da lat": "Đà Lạt", "vung tau": "Vũng Tàu",
    "buon ma thuot": "Buôn Ma Thuột", "quy nhon": "Quy Nhơn", "ha long": "Hạ Long",
    "thu duc": "Thủ Đức", "bien hoa": "Biên Hòa", "rach gia": "Rạch Giá",
    "long xuyen": "Long Xuyên", "my tho": "Mỹ Tho", "pleiku": "Pleiku",
}
PROVINCES = tuple(sorted(PROVINCE_NAMES, key=len, reverse=True))

# Topics that are never in a plan for children; a question about them is declined even if
# some of its words happen to occur in the documents.
OFF_TOPIC = (
    "thoi tiet", "du bao", "bong da", "world cup", "v league", "champions league", "vo dich",
    "phat nguoi", "vuot den do", "nong do con", "thue thu nhap", "thue gia tri",
    "gia vang", "ty gia", "gia xang", "lai suat", "cong thuc nau", "bau cu",
    "weather", "football", "soccer", "recipe", "traffic fine", "income tax", "tax rate",
    # an officer's own pay and leave: near the work, never in a plan for children
    "luong co so", "luong co ban", "muc luong", "tang luong", "bang luong", "nghi phep", "nghi tet",
    "tien luong", "luong cong tac vien", "luong giao vien", "duoc nghi lam", "nghi lam viec",
    "nghi le", "luong can bo", "luong cong chuc", "luong vien chuc", "luong cua can bo",
    "luong cua cong chuc", "luong cua vien chuc", "luong cua giao vien", "luong cua cong tac vien",
    "luong cua nguoi lam",
    "base salary", "salary", "salaries", "annual leave", "public holiday",
    # the legal minimum wage ("lương tối thiểu vùng"), never a plan's: its "tối thiểu" had found
    # a target "ít nhất 97%" (round 144's question, answered wrong)
    "luong toi thieu", "wage", "wages",
)

# Topics off the plans' ground unless a plan of the knowledge base states them: an allowance
# is a person's pay, which plans seldom state — one that does ("phụ cấp cho cộng tác viên
# … 300.000 đồng/người/tháng") answers it. Phrase asked → the folded words a plan states.
OFF_TOPIC_UNLESS_STATED = {"phu cap": "phu cap", "allowance": "phu cap", "allowances": "phu cap"}

# The sounds a Vietnamese syllable is built from, folded (no tones, "đ" → "d", "ư" → "u"):
# an optional onset and a rhyme. A folded word that is not onset + rhyme is not Vietnamese:
# a typo ("heiu", "thogn", "coii") or a foreign word; one that is ("tram", "banh", "ngoi")
# is a real syllable and never "repaired" into another.
SYLLABLE_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                   "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
SYLLABLE_RHYMES = frozenset("""
a ac ach ai am an ang anh ao ap at au ay
e ec ech em en eng enh eo ep et eu
i ia ich iec iem ien ieng iep iet ieu im in inh ip it iu
o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oem oen oeo oep oet oi om on ong
oong ooc op ot
u ua uan uang uanh uat uay uc ue uec uech uen uenh uet ui um un ung uo uoc uoi uom uon uong
uop uot uou up ut uu uy uya uych uyen uyet uynh uyt uyu
y yem yen yet yeu
""".split())

# One child's case, told by someone who wants to help: never an answer from a plan, always the
# hotlines the plans publish (what ``guards._child_case`` replies).
CHILD_HARM_WORDS = ("bi danh", "bo danh", "me danh", "danh con", "danh be", "danh chau", "danh tre", "danh dap", "bao hanh", "bao luc", "xam hai", "hanh ha", "bo roi", "bo rơi",
                    "bi ep", "lam dung", "beaten", "hit by", "abused", "abuse", "neglected", "hurt")
HELP_WORDS = ("nen lam gi", "phai lam gi", "lam the nao", "giup", "bao cho ai", "goi ai", "to cao",
              "what should i do", "what do i do", "who do i call", "how do i report", "help")
CASE_WORDS = ("em be", "chau", "con toi", "con cua", "hang xom", "nha ben", "mot em", "mot be", "mot chau",
              "my neighbour", "my neighbor", "a child", "my child", "tuoi bi", "year old")
