"""Builds stories.jsonl: the 472-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: tourism: record seasons, resort or hotel incidents,
tourist attacks or accidents, reopening of sites.
Stories: the reopening of Tutankhamun's tomb (KV62) in the Valley of the Kings after a month of Getty
maintenance (Luxor, Egypt, October-November 2015); Morocco's record of 14.5 million tourists in 2023
(announced January 2024); Tunisia passing 11 million tourists for the first time (announced December 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-luxor-tutankhamun-tomb-reopening-2015
S = "egypt-luxor-tutankhamun-tomb-reopening-2015"
CLOSED = ("2015-10-01", "2015-11-01")      # closed from Thu 1 Oct 2015 for about a month (Getty maintenance)
REOPEN = "2015-11-01"                      # reopened on Sun 1 Nov 2015
NATDAY = "2015-11-04"                      # Luxor national day / 93rd anniversary of the discovery, Wed 4 Nov 2015
DISCOVERY = "1922-11-04"                   # Howard Carter's discovery, 4 Nov 1922
art(S, "https://egyptsports.net/amp/248/%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D9%85%D9%82%D8%A8%D8%B1%D8%A9-%D8%AA%D9%88%D8%AA-%D8%B9%D9%86%D8%AE-%D8%A2%D9%85%D9%88%D9%86-%D8%A3%D9%85%D8%A7%D9%85-%D8%A7%D9%84%D8%AC%D9%85%D9%87%D9%88%D8%B1-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%86%D8%AA%D9%87%D8%A7%D8%A1-%D8%AA%D8%B1%D9%85%D9%8A%D9%85%D9%87%D8%A7",
    "2015-10-31", "no date on the stored (amp) page; the body's 'في تصريح له السبت' and 'اعتبارا من غد الأحد' for the reopening, which took place on Sun 1 Nov 2015 (masress/albawabh: 'اليوم الأحد'), give Sat 31 Oct 2015 (31 Oct 2015 was a Saturday); headline rendered from the URL slug; the last, truncated clause dropped", False, """
إعادة افتتاح مقبرة توت عنخ آمون أمام الجمهور بعد انتهاء ترميمها
أعلن مدير عام آثار الأقصر الدكتور مصطفى وزيري انتهاء أعمال الصيانة في مقبرة توت عنخ آمون رقم "62" بوادي الملوك في البر الغربي لمدينة الأقصر، موضحا أنها ستفتح اعتبارا من غد الأحد، وذلك بعد أن قررت وزارة "الآثار" في الأول من تشرين الأول/أكتوبر إغلاقها أمام الزيارة المحلية والعالمية حتى انتهاء تلك الأعمال.
وأفاد مدير عام آثار الأقصر في تصريح له السبت بأن معهد "بول جيتي" الأمريكي هو من تولى أعمال الصيانة، التي شملت استبدال الأرضيات الخشبية داخل المقبرة، وإقامة أرضيات خارجها، وتجديد نظام التهوية لتحسين الحرارة والرطوبة داخلها، ونقل مومياء الملك توت عنخ آمون من مكانها إلى إحدى الحجرات الجانبية للمقبرة حفاظا عليها.
وأشار وزيري إلى أن اليوم الرابع من تشرين الثاني/نوفمبر المقبل يوافق الذكرى الـ 93 لاكتشاف عالم الآثار البريطاني هيوارد كارتر مقبرة الملك توت عنخ آمون عام 1922، وفيه تحتفل محافظة الأقصر للمرة الأولى هذا العام بعيدها القومي، بعد أن وافق مجلس الوزراء على نقل موعد الاحتفال من 9 كانون الأول/ديسمبر إلى 4 تشرين الثاني/نوفمبر من كل عام، ليتزامن مع ذكرى اكتشاف مقبرة الملك توت عنخ آمون.
""", [
    ev("tomb-reopening", "موضحا أنها ستفتح اعتبارا من غد الأحد", REOPEN, "'غد الأحد' from Sat 31 Oct 2015 = Sun 1 Nov 2015"),
    ev("tomb-closure", "في الأول من تشرين الأول/أكتوبر إغلاقها أمام الزيارة", CLOSED[0], "'في الأول من تشرين الأول/أكتوبر' = Thu 1 Oct 2015; closed until the reopening of Sun 1 Nov (span 1-31 Oct 2015)", end=CLOSED[1]),
    ev("waziri-statement", "وأفاد مدير عام آثار الأقصر في تصريح له السبت", "2015-10-31", "'السبت' = Sat 31 Oct 2015"),
    ev("getty-maintenance", "معهد \"بول جيتي\" الأمريكي هو من تولى أعمال الصيانة", CLOSED[0], "no own expression; the works ran during the month of closure, 1-31 Oct 2015 (my span)", end=CLOSED[1]),
    ev("luxor-national-day", "وفيه تحتفل محافظة الأقصر للمرة الأولى هذا العام بعيدها القومي", NATDAY, "'اليوم الرابع من تشرين الثاني/نوفمبر المقبل' from Oct 2015 = Wed 4 Nov 2015"),
    ev("tomb-discovery", "لاكتشاف عالم الآثار البريطاني هيوارد كارتر مقبرة الملك توت عنخ آمون عام 1922", DISCOVERY, "'عام 1922' with the anniversary on 4 November = 4 Nov 1922"),
])
art(S, "https://www.masress.com/albawabh/1582775",
    "2015-11-01", "no date line on the stored excerpt; the body's 'أعلنت هيئة آثار الأقصر اليوم الأحد إعادة افتتاح' and 'تم افتتاحها اليوم', for the reopening of Sun 1 Nov 2015 (egyptsports of Sat 31 Oct: 'غد الأحد'; 1 Nov 2015 was a Sunday); an al-Bawaba report carried by masress; headline written from the body (the stored text has none); the last, truncated clause dropped", False, """
هيئة آثار الأقصر تعيد افتتاح مقبرة توت عنخ آمون بعد شهر من الإغلاق
أعلنت هيئة آثار الأقصر اليوم الأحد إعادة افتتاح مقبرة توت عنخ آمون الفرعونية بعد أن ظلت مغلقة شهرا لتنفيذ أعمال ترميم وصيانة داخلها، على أن تفتح للسياح الأجانب والمصريين بالمجان خلال احتفالات عيد الأقصر القومي.
وذكر الدكتور مصطفى وزيري، مدير عام آثار الأقصر، أن مقبرة توت عنخ آمون التي تحمل رقم "62" في وادي الملوك بالبر الغربي لمدينة الأقصر تم افتتاحها اليوم بعد إغلاقها منذ أول شهر أكتوبر ولمدة شهر كامل أمام الزيارة المحلية والعالمية إلى حين إنهاء أعمال الصيانة التي نفذها معهد بول جيتي الأمريكي.
وبيّن وزيري أن الصيانة شملت استبدال الأرضيات الخشبية داخل المقبرة، وإقامة أرضيات خارجها، وتغيير نظام التهوية لضبط الحرارة والرطوبة في الداخل، في إطار برامج وزارة الآثار لترميم المقابر الفرعونية وصيانتها، لافتا إلى أن مومياء الملك "توت عنخ آمون" نقلت من موضعها إلى إحدى الحجرات الجانبية في المقبرة حفاظا عليها أثناء الأعمال.
ويذكر أن إعادة افتتاح المقبرة اليوم تتزامن مع الذكرى الـ 93 لاكتشاف مقبرة الملك توت عنخ آمون على يد عالم الآثار البريطاني "هيوارد كارتر" عام 1922م.
""", [
    ev("tomb-reopening", "أعلنت هيئة آثار الأقصر اليوم الأحد إعادة افتتاح مقبرة توت عنخ آمون", REOPEN, "'اليوم الأحد' = Sun 1 Nov 2015"),
    ev("tomb-closure", "بعد إغلاقها منذ أول شهر أكتوبر ولمدة شهر كامل", CLOSED[0], "'منذ أول شهر أكتوبر ولمدة شهر كامل' = 1-31 Oct 2015", end=CLOSED[1]),
    ev("getty-maintenance", "أعمال الصيانة التي نفذها معهد بول جيتي الأمريكي", CLOSED[0], "no own expression; during the month of closure, 1-31 Oct 2015 (my span)", end=CLOSED[1]),
    ev("mummy-moved", "مومياء الملك \"توت عنخ آمون\" نقلت من موضعها", CLOSED[0], "no own expression; during the maintenance works, 1-31 Oct 2015 (my span)", end=CLOSED[1]),
    ev("free-entry-national-day", "على أن تفتح للسياح الأجانب والمصريين بالمجان خلال احتفالات عيد الأقصر القومي", NATDAY, "no own expression; Luxor's national day, Wed 4 Nov 2015 (egyptsports: 'اليوم الرابع من تشرين الثاني/نوفمبر المقبل')"),
    ev("tomb-discovery", "لاكتشاف مقبرة الملك توت عنخ آمون على يد عالم الآثار البريطاني", DISCOVERY, "'عام 1922م', the discovery of 4 Nov 1922 (the anniversary day)"),
])
art(S, "https://sauress.com/alriyadh/1096920",
    "2015-11-03", "no date line on the stored page; the body's 'أعلن ممدوح الدماطي ... أمس الاثنين' for the minister's announcement, made after the reopening of Sun 1 Nov and before the national day of Wed 4 Nov 2015 ('قبل يوم الرابع من نوفمبر'), gives Tue 3 Nov 2015 (2 Nov 2015 was a Monday); an al-Riyadh report carried by sauress; headline written from the body (the stored text has none)", False, """
وزير الآثار المصري: فتح مقبرة توت عنخ آمون مجانا في عيد الأقصر القومي
أعلن ممدوح الدماطي، وزير الآثار المصري أمس الاثنين، أن مقبرة "توت عنخ آمون" ستفتح للسياح الأجانب والمصريين بلا مقابل خلال احتفالات عيد الأقصر القومي.
وأوضح أن المقبرة أعيد افتتاحها بعد إغلاق استمر شهرا كاملا بسبب أعمال الصيانة التي قام بها معهد "بول جيتي" الأميركي، والتي شملت تغيير الأرضيات الخشبية داخل المقبرة، وإنشاء أرضيات خارجها، وتجديد نظام التهوية لتحسين الحرارة والرطوبة داخلها، إلى جانب نقل مومياء الملك توت عنخ آمون من مكانها إلى إحدى الحجرات الجانبية في المقبرة صونا لها.
وبيّن أن إعادة افتتاح المقبرة جاءت قبل يوم الرابع من نوفمبر، الذي يصادف الذكرى الـ93 لاكتشاف عالم الآثار البريطاني هيوارد كارتر مقبرة الملك توت عنخ آمون عام 1922، وتحتفل فيه محافظة الأقصر كذلك لأول مرة، هذا العام، بعيدها القومي المرتبط بذكرى هذا الاكتشاف، الذي يعد أكبر حدث أثري في التاريخ المعاصر.
""", [
    ev("damati-announcement", "أعلن ممدوح الدماطي، وزير الآثار المصري أمس الاثنين", "2015-11-02", "'أمس الاثنين' in an article of Tue 3 Nov 2015 = Mon 2 Nov"),
    ev("free-entry-national-day", "ستفتح للسياح الأجانب والمصريين بلا مقابل خلال احتفالات عيد الأقصر القومي", NATDAY, "no own expression here; Luxor's national day, Wed 4 Nov 2015 ('يوم الرابع من نوفمبر' in the next paragraph)"),
    ev("tomb-reopening", "أن المقبرة أعيد افتتاحها بعد إغلاق استمر شهرا كاملا", REOPEN, "no own day; the reopening of Sun 1 Nov 2015 (albawabh 'اليوم الأحد'; here only 'قبل يوم الرابع من نوفمبر')"),
    ev("tomb-closure", "بعد إغلاق استمر شهرا كاملا", CLOSED[0], "'شهرا كاملا' before the reopening of Sun 1 Nov 2015 = 1-31 Oct 2015", end=CLOSED[1]),
    ev("getty-maintenance", "بسبب أعمال الصيانة التي قام بها معهد \"بول جيتي\" الأميركي", CLOSED[0], "no own expression; during the month of closure, 1-31 Oct 2015 (my span)", end=CLOSED[1]),
    ev("tomb-discovery", "لاكتشاف عالم الآثار البريطاني هيوارد كارتر مقبرة الملك توت عنخ آمون عام 1922", DISCOVERY, "'عام 1922' with the anniversary on 'الرابع من نوفمبر' = 4 Nov 1922"),
])

# ---------------------------------------------------------------- morocco-record-14-5-million-tourists-2023
S = "morocco-record-14-5-million-tourists-2023"
COMMUNIQUE = "2024-01-25"                  # the Ministry of Tourism's communiqué, Thu 25 Jan 2024
Y2023 = ("2023-01-01", "2024-01-01")       # the year 2023
art(S, "http://ar.telquel.ma/%d8%b9%d8%af%d8%af-%d9%81%d8%a7%d9%82-%d8%a7%d9%84%d8%aa%d9%88%d9%82%d8%b9%d8%a7%d8%aa-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d8%a7%d8%b3%d8%aa%d9%82%d8%a8%d9%84-145-%d9%85%d9%84%d9%8a%d9%88/",
    "2024-01-25", "no date line on the stored page; the body's 'حسب بلاغ لوزارة السياحة ... اليوم الخميس' for the communiqué of Thu 25 Jan 2024 (dimatv's report is dated 26 Jan 2024 by its URL; 25 Jan 2024 was a Thursday); the author's byline dropped; headline kept from the page; the last, truncated sentence dropped", False, """
"عدد فاق التوقعات".. المغرب استقبل 14,5 مليون سائح خلال سنة 2023
بلغ عدد السياح الوافدين على المغرب رقما قياسيا قدره 14,5 مليون سائح، سنة 2023، أي بزيادة 34 في المائة عن سنة 2022، حسب بلاغ لوزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني، اليوم الخميس.
وبيّنت الوزارة أن "السياحة المغربية حققت إنجازا تاريخيا جديدا؛ إذ استقبل المغرب 14,5 مليون سائح، خلال سنة 2023؛ وهو تقدم لافت بزائد 34 في المائة مقارنة بسنة 2022، وزائد 12 في المائة مقارنة بسنة 2019"، موضحة أن "المغاربة المقيمين بالخارج مثّلوا 51 في المائة من الوافدين، بنمو قدره 27 في المائة مقارنة بسنة 2022".
وأضاف البلاغ أن السياح الأجانب "سجلوا نموا لافتا بنسبة 41 في المائة مقارنة بسنة 2022، وباتوا يمثلون 49 في المائة من مجموع الوافدين، بزيادة 3 نقاط عن سنة 2022".
وأفادت الوزارة بأنه "رغم السياق الجيوسياسي العالمي المعقد، عرف شهر دجنبر الماضي إقبالا غير مسبوق، بتسجيل وصول 1,3 مليون سائح مقسمين، بالتساوي، بين المغاربة المقيمين بالخارج والسياح الأجانب"، معتبرة أن "هذه الدينامية تبرز جاذبية المغرب كوجهة سياحية مفضلة تلبي تطلعات الجالية المغربية والسياح الأجانب على حد سواء".
""", [
    ev("ministry-communique", "حسب بلاغ لوزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني، اليوم الخميس", COMMUNIQUE, "'اليوم الخميس' = Thu 25 Jan 2024"),
    ev("arrivals-2023", "بلغ عدد السياح الوافدين على المغرب رقما قياسيا قدره 14,5 مليون سائح، سنة 2023", Y2023[0], "'سنة 2023' = the year 2023", end=Y2023[1]),
    ev("mre-share", "المغاربة المقيمين بالخارج مثّلوا 51 في المائة من الوافدين", Y2023[0], "no own expression; the arrivals of the year 2023", end=Y2023[1]),
    ev("foreign-tourists-growth", "سجلوا نموا لافتا بنسبة 41 في المائة مقارنة بسنة 2022", Y2023[0], "no own expression; the growth of the year 2023 over 2022", end=Y2023[1]),
    ev("december-arrivals", "عرف شهر دجنبر الماضي إقبالا غير مسبوق", "2023-12-01", "'شهر دجنبر الماضي' from Jan 2024 = December 2023 (the month)", end="2024-01-01"),
])
art(S, "https://dimatv.net/2024/01/26/%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d9%8a%d8%b3%d8%ac%d9%84-%d8%b1%d9%82%d9%85%d8%a7-%d9%82%d9%8a%d8%a7%d8%b3%d9%8a%d8%a7-%d8%ac%d8%af%d9%8a%d8%af%d8%a7-%d9%81%d9%8a-%d8%b9%d8%af%d8%af-%d8%b3%d9%8a",
    "2024-01-26", "the page's date path '2024/01/26' (its WordPress permalink); no date of its own in the text; the trainee's byline dropped; headline rendered from the URL slug", True, """
المغرب يسجل رقما قياسيا جديدا في عدد السياح
أعلنت وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني أن عدد السياح الوافدين على المغرب بلغ رقما قياسيا هو 14,5 ملايين سائح سنة 2023، بارتفاع نسبته 34 في المائة قياسا بسنة 2022.
وبيّنت الوزارة في بلاغ لها أن السياحة في المغرب أحرزت إنجازا تاريخيا جديدا، حيث استقبلت المملكة 14,5 ملايين سائح خلال سنة 2023، وهو تقدم واضح بزائد 34 في المائة مقارنة بسنة 2022 وزائد 12 في المائة مقارنة بسنة 2019.
وأشار المصدر نفسه إلى أن المغاربة المقيمين بالخارج مثّلوا 51 في المائة من عدد الوافدين، بنمو وصل إلى 27 في المائة مقارنة بسنة 2022.
""", [
    ev("arrivals-2023", "بلغ رقما قياسيا هو 14,5 ملايين سائح سنة 2023", Y2023[0], "'سنة 2023' = the year 2023", end=Y2023[1]),
    ev("ministry-communique", "وبيّنت الوزارة في بلاغ لها", COMMUNIQUE, "no own expression; the communiqué of Thu 25 Jan 2024 (telquel 'اليوم الخميس')"),
    ev("mre-share", "المغاربة المقيمين بالخارج مثّلوا 51 في المائة من عدد الوافدين", Y2023[0], "no own expression; the arrivals of the year 2023", end=Y2023[1]),
])
art(S, "https://alwataniapress.net/2024/01/27/33943",
    "2024-01-27", "the page's date path '2024/01/27' (its WordPress permalink; the 'Published on' line of the page lost its date in the stored text); no date of its own in the text; the site's labels and comment form dropped; headline kept from the page", True, """
عدد السياح الوافدين على المغرب بلغ أزيد من 14 مليون سائح
ذكرت وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني أن عدد السياح الوافدين على المغرب حقق رقما قياسيا بلغ 14,5 مليون سائح سنة 2023، أي بزيادة 34 في المائة عن سنة 2022.
وأوضحت الوزارة، في بلاغ لها، أن "السياحة المغربية بلغت إنجازا تاريخيا جديدا، إذ استقبل المغرب 14,5 مليون سائح خلال سنة 2023، ما يمثل تقدما ملحوظا بزائد 34 في المائة مقارنة بسنة 2022 وزائد 12 في المائة مقارنة بسنة 2019".
وأفاد المصدر ذاته بأن المغاربة المقيمين بالخارج شكلوا 51 في المائة من مجموع الوافدين، بنمو قدره 27 في المائة مقارنة بسنة 2022.
""", [
    ev("arrivals-2023", "حقق رقما قياسيا بلغ 14,5 مليون سائح سنة 2023", Y2023[0], "'سنة 2023' = the year 2023", end=Y2023[1]),
    ev("ministry-communique", "وأوضحت الوزارة، في بلاغ لها", COMMUNIQUE, "no own expression; the communiqué of Thu 25 Jan 2024 (telquel 'اليوم الخميس')"),
    ev("mre-share", "المغاربة المقيمين بالخارج شكلوا 51 في المائة من مجموع الوافدين", Y2023[0], "no own expression; the arrivals of the year 2023", end=Y2023[1]),
])

# ---------------------------------------------------------------- tunisia-11-million-tourists-record-2025
S = "tunisia-11-million-tourists-record-2025"
ANNOUNCE = "2025-12-22"                    # minister Sofiane Tekaya's announcement, Mon 22 Dec 2025 (evening)
Y2025 = ("2025-01-01", "2025-12-23")       # the arrivals of 2025 up to the announcement
art(S, "https://magazineflashinfo.net/?p=142405",
    "2025-12-22", "no date line on the stored page; the body's 'مساء اليوم الإثنين 22 ديسمبر 2025' for the minister's announcement gives Mon 22 Dec 2025 (tunisiatv of 23 Dec: 'يوم الاثنين 22 ديسمبر 2025'); the sub-headings dropped; headline kept from the page; the last, truncated sentence shortened", False, """
رقم قياسي غير مسبوق: تونس تتجاوز لأول مرة 11 مليون سائح
أعلن وزير السياحة سفيان تقية، مساء اليوم الإثنين 22 ديسمبر 2025، أن القطاع السياحي في تونس دخل منعطفا حاسما في تاريخه، بعد أن تخطت البلاد عتبة 11 مليون سائح لأول مرة، وهو إنجاز رأى فيه ثمرة لمسار متواصل من الإصلاح والترويج رغم التحديات الإقليمية والدولية.
وخلال كلمته بالمسرح البلدي بتونس، شدد الوزير على أن هذه المحطة مناسبة تجمع كل الفاعلين في القطاع، وتعلن بداية مرحلة جديدة تدعم موقع السياحة كقطاع استراتيجي يتشابك مع قطاعات حيوية كثيرة، وينعكس أثره مباشرة على التشغيل والتنمية الجهوية.
وبيّن تقية أن هذه النتائج ترجع إلى مقاربة مزدوجة قامت على تطوير المنتوج السياحي كما ونوعا، مع تنويع الأسواق والمراهنة على الجودة والتجديد.
وأفاد وزير السياحة بأن تونس نالت في الفترة الأخيرة تصنيفات دولية متقدمة، أبرزها احتلالها المرتبة الأولى كوجهة مفضلة لدى السياح الصينيين، معتبرا أن هذه المؤشرات الإيجابية تضع على عاتق القطاع مسؤولية مضاعفة في ظل تزايد المنافسة العالمية.
وفي هذا السياق، أعلن عن انطلاق حملة ترويجية مبتكرة تقوم على الرقمنة والذكاء الاصطناعي.
""", [
    ev("record-announced", "أعلن وزير السياحة سفيان تقية، مساء اليوم الإثنين 22 ديسمبر 2025", ANNOUNCE, "'مساء اليوم الإثنين 22 ديسمبر 2025' = Mon 22 Dec 2025"),
    ev("arrivals-2025", "بعد أن تخطت البلاد عتبة 11 مليون سائح لأول مرة", Y2025[0], "no own expression; the arrivals of 2025 up to the announcement of Mon 22 Dec 2025 (my span 1 Jan - 22 Dec 2025)", end=Y2025[1]),
    ev("capital-2027-ceremony", "وخلال كلمته بالمسرح البلدي بتونس", ANNOUNCE, "no own expression; the ceremony at the Municipal Theatre of Mon 22 Dec 2025 (tunisiatv)"),
    ev("promo-campaign-launch", "أعلن عن انطلاق حملة ترويجية مبتكرة", ANNOUNCE, "no own expression; announced in the same speech, Mon 22 Dec 2025"),
])
art(S, "https://www.emaratalyoum.com/business/arab-and-inter/2025-12-23-1.1999699",
    "2025-12-23", "the page's date line '2025-12-23' (also in the URL); the body's 'أمس الاثنين' for the announcement of Mon 22 Dec 2025 agrees; headline written from the body (the stored text has none)", True, """
تونس تتخطى عتبة 11 مليون سائح لأول مرة
تجاوز عدد السياح في تونس للمرة الأولى 11 مليون سائح، بحسب بيانات أولية كشف عنها وزير السياحة سفيان تقية أمس الاثنين.
وكانت تونس قد استقبلت في عام 2024 أكثر من 3.10 ملايين سائح، وهو ما اعتبر حينها رقما قياسيا في تاريخ السياحة التونسية.
وذكر تقية أن "تعافي السياحة التونسية برهان على قدرة القطاع على تطوير وتيرة التدفقات السياحية والعائدات رغم التحديات الدولية".
وتجدر الإشارة إلى أن عائدات القطاع حتى التسعة أشهر الأولى من العام الحالي وصلت إلى سبعة مليارات دينار تونسي، أي ما يعادل (41.2 مليار دولار أميركي).
أما في كامل عام 2024 فقد تجاوزت العائدات 5.7 مليار دينار تونسي (5.2 مليار دولار).
""", [
    ev("record-announced", "كشف عنها وزير السياحة سفيان تقية أمس الاثنين", ANNOUNCE, "'أمس الاثنين' in an article of Tue 23 Dec 2025 = Mon 22 Dec"),
    ev("arrivals-2025", "تجاوز عدد السياح في تونس للمرة الأولى 11 مليون سائح", Y2025[0], "no own expression; the arrivals of 2025 up to the announcement of Mon 22 Dec 2025 (my span 1 Jan - 22 Dec 2025)", end=Y2025[1]),
    ev("arrivals-2024", "استقبلت في عام 2024 أكثر من 3.10 ملايين سائح", "2024-01-01", "'في عام 2024' = the year 2024", end="2025-01-01"),
    ev("revenues-nine-months", "عائدات القطاع حتى التسعة أشهر الأولى من العام الحالي", "2025-01-01", "'التسعة أشهر الأولى من العام الحالي' = Jan-Sep 2025", end="2025-10-01"),
    ev("revenues-2024", "أما في كامل عام 2024 فقد تجاوزت العائدات", "2024-01-01", "'في كامل عام 2024' = the year 2024", end="2025-01-01"),
])
art(S, "http://news.tunisiatv.tn/%D8%AA%D9%88%D9%86%D8%B3-%D8%AA%D8%AA%D8%AC%D8%A7%D9%88%D8%B2-%D8%B9%D8%AA%D8%A8%D8%A9-11-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D8%B3%D8%A7%D8%A6%D8%AD/2025/12/%D9%85%D8%AC%D8%AA%D9%85%D8%B9",
    "2025-12-23", "the page's date line '23/12/2025'; the ceremony itself was 'يوم الاثنين 22 ديسمبر 2025'; the date line is not part of the kept text; headline kept from the page; the list of guests shortened; the last, truncated sentence dropped", True, """
تونس: تتجاوز عتبة 11 مليون سائح
أشرف وزير السياحة، السيد سفيان تقية، يوم الاثنين 22 ديسمبر 2025، بالمسرح البلدي بتونس، على الإعلان الرسمي عن بدء إعداد برنامج «تونس عاصمة للسياحة العربية 2027»، وعلى تقديم العرض الخاص للفيلم الترويجي الرامي إلى دعم السياحة الداخلية، وذلك بحضور والي تونس السيد عماد بوخريص، والكاتب العام المكلف بتسيير بلدية تونس السيد لطفي الدشراوي، والمدير العام لاتحاد إذاعات الدول العربية المهندس عبد الرحيم سليمان، وعدد من النواب وممثلي الوزارات والجامعات المهنية ووسائل الإعلام والفنانين وصانعي المحتوى.
ومثّل اللقاء فرصة لعرض فيلم ترويجي أعده الديوان الوطني التونسي للسياحة بمشاركة فنانين من مختلف ولايات الجمهورية، يُظهر غنى المقومات الطبيعية والثقافية والتاريخية لتونس، ويقدّم رؤية حديثة تجعل من السياحة الداخلية خيارا استراتيجيا وأسلوب حياة يعزز الانتماء ويحفز المواطن على اكتشاف بلاده.
""", [
    ev("arrivals-2025", "تتجاوز عتبة 11 مليون سائح", Y2025[0], "no own expression (the headline); the arrivals of 2025 up to the announcement of Mon 22 Dec 2025 (my span 1 Jan - 22 Dec 2025)", end=Y2025[1]),
    ev("capital-2027-ceremony", "على الإعلان الرسمي عن بدء إعداد برنامج «تونس عاصمة للسياحة العربية 2027»", ANNOUNCE, "'يوم الاثنين 22 ديسمبر 2025' = Mon 22 Dec 2025"),
    ev("promo-film-screening", "ومثّل اللقاء فرصة لعرض فيلم ترويجي", ANNOUNCE, "no own expression; at the ceremony of Mon 22 Dec 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 472
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
