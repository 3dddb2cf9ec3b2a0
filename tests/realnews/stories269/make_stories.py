"""Builds stories.jsonl: the 269-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: public hiring campaigns, civil-service competitions and
unemployment figures: Egypt's official unemployment rate for the fourth quarter of 2025 (CAPMAS, February 2026),
Saudi Arabia's unemployment figures for the third quarter of 2025 (GASTAT, December 2025), Algeria's digital
platform for hiring contract teachers (August 2025), and the results of Egypt's "30,000 teachers" competition and
the protests that followed (March 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-capmas-unemployment-q4-2025
S = "egypt-capmas-unemployment-q4-2025"
Q4_25 = ("2025-10-01", "2026-01-01")  # the fourth quarter (October-December) of 2025
Q3_25 = ("2025-07-01", "2025-10-01")  # the previous quarter (July-September 2025)
Q4_24 = ("2024-10-01", "2025-01-01")  # the same quarter of the previous year
RELEASE = "2026-02-15"                # CAPMAS published the labour-force survey on Sun 15 Feb 2026
art(S, "https://www.masrawy.com/news/news_economy/details/2026/2/15/2943240/%D8%A7%D9%84%D8%A5%D8%AD%D8%B5%D8%A7%D8%A1-%D9%85%D8%B9%D8%AF%D9%84-%D8%A7%D9%84%D8%A8%D8%B7%D8%A7%D9%84%D8%A9-%D9%8A%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9-%D8%A5%D9%84%D9%89-6-2-%D8%AE%D9%84%D8%A7%D9%84-%D8%A7%D9%84%D8%B1%D8%A8%D8%B9-%D8%A7%D9%84%D8%B1%D8%A7%D8%A8%D8%B9-%D9%84%D9%80-2025",
    "2026-02-15", "date in the URL '/2026/2/15/' and the page's time line '06:33 م 15/02/2026 تعديل في 06:55 م' (its first part kept as first line; 15 Feb 2026 was a Sunday); byline ('كتب : منال المصري'), the ad label and the photo caption dropped; the bullet list put into sentences", True, """
06:33 م 15/02/2026
الإحصاء: معدل البطالة يتراجع إلى 6.2٪ خلال الربع الرابع لـ 2025
كشف الجهاز المركزي للتعبئة العامة والإحصاء اليوم عن تراجع معدل البطالة بنحو 0.2% ليستقر عند 6.2٪ من إجمالي قوة العمل في الربع الرابع من 2025.
وبيّن الجهاز أن حجم قوة العمل، التي تضم المشتغلين والمتعطلين، زاد بنسبة 0.3% فبلغ 34.829 مليون فرد، بعد أن كان 34.727 مليون فرد خلال الربع السابق.
وتوزعت قوة العمل بين 15.193 مليون فرد في الحضر و19.636 مليون فرد في الريف، فيما بلغت 26.903 مليون فرد للذكور و7.926 مليون فرد للإناث.
وعزا الجهاز ذلك إلى زيادة عدد المشتغلين بمقدار 179 ألف مشتغل خلال الربع الحالي عن الربع السابق، مع تراجع عدد المتعطلين بمقدار 77 ألف متعطل، لترتفع قوة العمل بمقدار 102 ألف فرد.
وسجل عدد المتعطلين 2.152 مليون متعطل، أي 6.2% من إجمالي قوة العمل، منهم 1.019 مليون من الذكور و1.133 مليون من الإناث.
""", [
    ev("release", "كشف الجهاز المركزي للتعبئة العامة والإحصاء اليوم", RELEASE, "'اليوم' = Sun 15 Feb 2026 (the time line and the URL day)"),
    ev("q4-2025", "في الربع الرابع من 2025", Q4_25[0], "'الربع الرابع من 2025' = October-December 2025", end=Q4_25[1]),
    ev("q3-2025", "34.727 مليون فرد خلال الربع السابق", Q3_25[0], "'الربع السابق' before the fourth quarter of 2025 = July-September 2025", end=Q3_25[1]),
])
art(S, "https://www.alraeesnews.com/print.aspx?id=297067",
    "2026-02-15", "the body's own date 'اليوم الأحد، 15 فبراير 2026' (kept; 15 Feb 2026 was a Sunday) on the stored print page; site name, editor's line and photo captions dropped; the sub-heading 'قوة العمل ترتفع بنسبة طفيفة' dropped", True, """
انخفاض معدل البطالة إلى 6.2% خلال الربع الرابع من 2025
أعلن الجهاز المركزي للتعبئة العامة والإحصاء اليوم الأحد، 15 فبراير 2026، نتائج بحث القوى العاملة للربع الرابع (أكتوبر–ديسمبر) لعام 2025، إذ بلغ معدل البطالة 6.2٪ من إجمالي قوة العمل، منخفضًا بمقدار 0.2٪ عن الربع السابق.
وزاد حجم قوة العمل بنسبة 0.3٪ خلال الربع الرابع من عام 2025 ليصل تقديره إلى 34.829 مليون فرد، مقابل 34.727 مليون فرد في الربع السابق.
وتوزعت قوة العمل بين 15.193 مليون فرد في الحضر و19.636 مليون فرد في الريف، ومن حيث النوع بين 26.903 مليون من الذكور و7.926 مليون من الإناث.
ويُعزى هذا الارتفاع جزئيًا إلى زيادة المشتغلين بمقدار 179 ألف مشتغل وتراجع المتعطلين بمقدار 77 ألف فرد، ما رفع قوة العمل بمقدار 102 ألف فرد.
وبلغ عدد المتعطلين 2.152 مليون فرد، أي 6.2٪ من قوة العمل، مقابل 2.229 مليون متعطل في الربع السابق، مع زيادة 22 ألف متعطل عن الربع المماثل من العام السابق بنسبة 1.0٪.
""", [
    ev("release", "اليوم الأحد، 15 فبراير 2026", RELEASE, "'اليوم الأحد، 15 فبراير 2026' (a Sunday)"),
    ev("q4-2025", "للربع الرابع (أكتوبر–ديسمبر) لعام 2025", Q4_25[0], "'الربع الرابع (أكتوبر–ديسمبر) لعام 2025' = October-December 2025", end=Q4_25[1]),
    ev("q3-2025", "منخفضًا بمقدار 0.2٪ عن الربع السابق", Q3_25[0], "'الربع السابق' before the fourth quarter of 2025 = July-September 2025", end=Q3_25[1]),
    ev("q4-2024", "عن الربع المماثل من العام السابق", Q4_24[0], "'الربع المماثل من العام السابق' = October-December 2024", end=Q4_24[1]),
])
art(S, "https://www.xtb.com/ar/market-analysis/tr-gaa-maadl-lbt-l-fy-msr-l-6-2-bnh-y-2025",
    "2026-02-16", "stamp 'date 2026-02-16' at the head of the stored page (not kept in the text); the body's 'الأحد' for the CAPMAS statement agrees (the Sunday before Mon 16 Feb 2026 is the 15th, the release day of the masrawy and alraees reports); headline written from the URL slug without its date words; no date of its own in the text", False, """
تراجع معدل البطالة في مصر إلى 6.2%
انخفض معدل البطالة في مصر بشكل ملحوظ خلال الربع الرابع من عام 2025 إلى 6.2%، بعدما كان 6.4% في الربع الثالث من العام نفسه، وفق ما أعلنه الجهاز المركزي للتعبئة العامة والإحصاء، الأحد.
ويدل هذا التراجع على استمرار التحسن التدريجي في مؤشرات سوق العمل، في ظل مساعٍ حكومية لتنشيط الاقتصاد وتوفير فرص عمل جديدة في عدد من القطاعات الإنتاجية والخدمية.
ويؤكد الانخفاض البالغ 0.2 نقطة مئوية الاتجاه النزولي لمعدلات البطالة، مدعومًا بتوسع بعض الأنشطة الاقتصادية وزيادة الاستثمارات في البنية التحتية والمشروعات الصغيرة والمتوسطة.
وتعد بيانات البطالة من أبرز المؤشرات على أداء الاقتصاد وقدرته على استيعاب الداخلين الجدد إلى سوق العمل، خصوصًا في بلد مرتفع الكثافة السكانية.
ويتابع خبراء الاقتصاد تطورات سوق العمل باعتبارها عنصرًا رئيسيًا في قياس فاعلية السياسات الاقتصادية.
""", [
    ev("release", "وفق ما أعلنه الجهاز المركزي للتعبئة العامة والإحصاء، الأحد", RELEASE, "'الأحد' from Mon 16 Feb 2026 = Sun 15 Feb 2026"),
    ev("q4-2025", "خلال الربع الرابع من عام 2025", Q4_25[0], "'الربع الرابع من عام 2025' = October-December 2025", end=Q4_25[1]),
    ev("q3-2025", "6.4% في الربع الثالث من العام نفسه", Q3_25[0], "'الربع الثالث من العام نفسه' = July-September 2025", end=Q3_25[1]),
])
art(S, "https://aleqaria.com.eg/post/details/319428/%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9-%D8%A7%D9%84%D8%A8%D8%B7%D8%A7%D9%84%D8%A9-%D8%A5%D9%84%D9%89-6.2..-%D9%88%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D9%82%D9%88%D8%A9-%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D8%A5%D9%84%D9%89-34.829-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D9%81%D8%B1%D8%AF",
    "2026-02-18", "page date line 'الجريدة العقارية الاربعاء 18 فبراير 2026 | 07:15 مساءً' (its date and time kept as first line; 18 Feb 2026 was a Wednesday); photo caption, byline and sub-headings dropped; the last, truncated sentence cut to its first clause", True, """
الاربعاء 18 فبراير 2026 | 07:15 مساءً
تراجع البطالة إلى 6.2%.. وارتفاع قوة العمل إلى 34.829 مليون فرد
تحسنت مؤشرات سوق العمل بصورة ملحوظة خلال الربع الرابع من عام 2025، إذ تراجع معدل البطالة مجددًا إلى 6.2%، منخفضًا بنحو 0.2 نقطة مئوية مقارنة بالربع السابق، في استمرار للاتجاه النزولي لمعدلات التعطل.
وأظهرت البيانات زيادة حجم قوة العمل بنسبة 0.3% إلى 34.829 مليون فرد خلال الربع الحالي، مقابل 34.727 مليون فرد في الربع السابق.
ويشير ذلك إلى انضمام أعداد إضافية إلى سوق العمل خلال الفترة الأخيرة، سواء من الخريجين الجدد أو من العائدين إلى البحث عن عمل، بما يعكس تحسنًا في معدلات المشاركة الاقتصادية.
كما زاد عدد المشتغلين بنحو 179 ألف مشتغل خلال الربع الرابع من العام، بينما انخفض عدد المتعطلين بنحو 77 ألف متعطل.
""", [
    ev("q4-2025", "خلال الربع الرابع من عام 2025", Q4_25[0], "'الربع الرابع من عام 2025' = October-December 2025", end=Q4_25[1]),
    ev("q3-2025", "مقارنة بالربع السابق", Q3_25[0], "'الربع السابق' before the fourth quarter of 2025 = July-September 2025", end=Q3_25[1]),
    ev("release", "وأظهرت البيانات زيادة حجم قوة العمل", RELEASE, "no own expression; the CAPMAS data released on Sun 15 Feb 2026 (the masrawy and alraees reports of that day)"),
])

# ---------------------------------------------------------------- saudi-gastat-unemployment-q3-2025
S = "saudi-gastat-unemployment-q3-2025"
Q3_25 = ("2025-07-01", "2025-10-01")  # the third quarter of 2025
Q2_25 = ("2025-04-01", "2025-07-01")  # the previous quarter
Q3_24 = ("2024-07-01", "2024-10-01")  # the same quarter of 2024
RELEASE = "2025-12-29"                # GASTAT's labour-market release, Mon 29 Dec 2025
art(S, "https://www.okaz.com.sa/economy/na/2228802",
    "2025-12-29", "stamp 'date 2025-12-29' at the head of the stored page (not kept in the text); 29 Dec 2025 was a Monday, the day of the GASTAT release reported 'اليوم الاثنين' by the alestad (Mubasher) item; headline written from the body (the stored text has none); no date of its own in the text", False, """
هيئة الإحصاء: البطالة الإجمالية تنخفض سنويًا إلى 3.4%
أعلنت هيئة الإحصاء انخفاض معدل البطالة الإجمالي للسكان، سعوديين وغير سعوديين، إلى 3.4% بنهاية الربع الثالث من العام الحالي 2025، بتراجع قدره 0.3 نقطة مئوية مقارنة بالفترة نفسها من عام 2024، في مؤشر على أثر برامج التوظيف وتمكين الكفاءات الوطنية.
وبلغ معدل المشاركة في القوى العاملة لإجمالي السكان 66.9%، بزيادة سنوية قدرها 0.3 نقطة مئوية، ما يدل على اتساع قاعدة المشاركين في النشاط الاقتصادي.
أما معدل البطالة بين السعوديين فسجل 7.5%، منخفضًا 0.3 نقطة مئوية على أساس سنوي، رغم صعوده 0.7 نقطة مئوية على أساس ربعي.
وعلى صعيد النوع الاجتماعي، ارتفعت مشاركة الذكور السعوديين في القوى العاملة إلى 64.3%، فيما حافظت السعوديات على حضور فاعل في سوق العمل.
وفي فئة الشباب من 15 إلى 24 عامًا، أظهرت البيانات ارتفاع معدلات المشاركة في القوى العاملة لدى الشابات والشباب السعوديين.
""", [
    ev("release", "أعلنت هيئة الإحصاء انخفاض معدل البطالة", RELEASE, "no own expression; GASTAT's release of Mon 29 Dec 2025 (the stamp day; 'اليوم الاثنين' in the alestad item)"),
    ev("q3-2025", "بنهاية الربع الثالث من العام الحالي 2025", Q3_25[0], "'الربع الثالث من العام الحالي 2025' = July-September 2025", end=Q3_25[1]),
    ev("q3-2024", "مقارنة بالفترة نفسها من عام 2024", Q3_24[0], "'الفترة نفسها من عام 2024' = July-September 2024", end=Q3_24[1]),
    ev("q2-2025", "رغم صعوده 0.7 نقطة مئوية على أساس ربعي", Q2_25[0], "no own expression; the quarter-on-quarter comparison is with the second quarter of 2025 (April-June)", end=Q2_25[1]),
])
art(S, "https://www.watanonline.com/2025/12/29/%D8%AE%D9%84%D9%81-%D8%B4%D8%B9%D8%A7%D8%B1%D8%A7%D8%AA-%D8%B1%D8%A4%D9%8A%D8%A9-2030-%D8%A7%D9%84%D8%A8%D8%B7%D8%A7%D9%84%D8%A9-%D8%AA%D8%B1%D8%AA%D9%81%D8%B9-%D9%88%D8%A7%D9%84%D8%AB%D9%82%D8%A9",
    "2025-12-29", "date in the URL '/2025/12/29/' (a Monday); the embedded tweet's 'December 29, 2025' agrees; headline rendered from the URL slug (cut); the embedded tweet turned into a reported sentence, its date kept; no date of its own in the text", False, """
خلف شعارات رؤية 2030.. البطالة ترتفع
حين تنطفئ الأضواء تظهر الأرقام على حقيقتها، فقد عادت البطالة بين السعوديين لتطرق الباب بقسوة في بلد يروّج لاقتصاد المستقبل، مسجلة 7.5%، وهو أعلى مستوى لها خلال عام كامل.
ويرى الموقع أن هذا الرقم لا يُقرأ بمعزل عن الوعود والمؤتمرات وشعارات "رؤية 2030" التي رافقت مسار التحول الاقتصادي.
ونشر حساب "وطن. يغرد خارج السرب" على منصة إكس في December 29, 2025 تغريدة تسأل إن كانت الرؤية قد تعثرت أم أن الأرقام بدأت تتكلم بدل الشعارات.
وتُظهر البيانات أن بطالة الرجال بلغت 5%، وهو أعلى مستوى منذ 2022، فيما قفزت بطالة النساء إلى 12.1%.
ويضيف الموقع أن استقرار البطالة "الكلية" لا يعكس تعافي السوق بقدر ما يعكس ثبات أعداد غير السعوديين، في وقت يتباطأ فيه الاقتصاد غير النفطي بأضعف وتيرة منذ 2020.
""", [
    ev("q3-2025", "مسجلة 7.5%، وهو أعلى مستوى لها خلال عام كامل", Q3_25[0], "no own expression; the 7.5 % rate is that of the third quarter of 2025 (July-September), published on Mon 29 Dec 2025", end=Q3_25[1]),
    ev("watan-tweet", "على منصة إكس في December 29, 2025", RELEASE, "'December 29, 2025' (a Monday)"),
    ev("release", "وتُظهر البيانات أن بطالة الرجال بلغت 5%", RELEASE, "no own expression; GASTAT's data released on Mon 29 Dec 2025 (the URL day)"),
])
art(S, "https://alestad.com/economy/62532.html",
    "2025-12-29", "the page's line 'اليوم الاثنين 29 ديسمبر 2025 09:57 صباحاً' (kept as first line; 29 Dec 2025 was a Monday) and the body's 'الصادر اليوم الاثنين' agree; the aggregator's intro ('نعرض لكم زوارنا...'), its buttons and the truncated last sentence dropped", True, """
اليوم الاثنين 29 ديسمبر 2025 09:57 صباحاً
هيئة الإحصاء: 7.5% معدل البطالة بين السعوديين بالربع الثالث
الرياض - مباشر: أظهرت إحصاءات سوق العمل للربع الثالث من عام 2025م صعود معدل البطالة بين السعوديين إلى 7.5%، بزيادة 0.7% عن الربع الثاني من عام 2025م، وبتراجع سنوي قدره 0.3% عن الربع الثالث من عام 2024م.
وبيّنت الهيئة العامة للإحصاء في تقريرها الصادر اليوم الاثنين أن معدل البطالة الإجمالي للسعوديين وغير السعوديين بلغ 3.4% في الربع الثالث 2025، وفق تقديرات مسح القوى العاملة، منخفضًا 0.3% على أساس سنوي مقارنةً بالربع الثالث من عام 2024م.
كما تراجع معدل المشتغلين السعوديين إلى السكان بنسبة 0.3% مقارنة بالربع الثاني من عام 2025م ليبلغ 45.3%، مع انخفاض سنوي بلغ 2.1% مقارنة بالربع الثالث من عام 2024.
وأشارت النتائج إلى ارتفاع معدل مشاركة السعوديين في القوى العاملة في الربع الثالث لعام 2025م بنسبة 0.2% مقارنةً بالربع الثاني من نفس العام ليصل إلى 49%، مع انخفاض سنوي بمقدار 2.5% مقارنةً بالربع الثالث من عام 2024م.
""", [
    ev("release", "في تقريرها الصادر اليوم الاثنين", RELEASE, "'اليوم الاثنين' = Mon 29 Dec 2025 (the page line)"),
    ev("q3-2025", "للربع الثالث من عام 2025م", Q3_25[0], "'الربع الثالث من عام 2025م' = July-September 2025", end=Q3_25[1]),
    ev("q2-2025", "عن الربع الثاني من عام 2025م", Q2_25[0], "'الربع الثاني من عام 2025م' = April-June 2025", end=Q2_25[1]),
    ev("q3-2024", "عن الربع الثالث من عام 2024م", Q3_24[0], "'الربع الثالث من عام 2024م' = July-September 2024", end=Q3_24[1]),
])
art(S, "https://sowtalnaas.com/posts/1174",
    "2026-01-01", "the page's line 'تاريخ النشر:2026-01-01' (kept as first line; 1 Jan 2026 was a Thursday); the section label, the bullet list (put into sentences) and the embedded tweet (turned into a reported sentence, its date kept) re-worded; the last, truncated paragraph dropped", True, """
تاريخ النشر:2026-01-01
البطالة ترتفع والوعود تتبخر
كشفت بيانات الهيئة العامة للإحصاء عن صعود البطالة بين السعوديين في الربع الثالث من 2025 إلى أعلى مستوياتها خلال عام، في وقت كان يُفترض فيه أن تؤتي المشاريع والإنفاق ثمارها.
فقد بلغ معدل البطالة بين المواطنين 7.5% مقابل 6.8% في الربع السابق، ووصلت بطالة الذكور السعوديين إلى 5%، وهي الأعلى منذ أكثر من 3 سنوات، وبطالة السعوديات إلى 12.1%، وهي الأعلى في عام.
وكان حساب "اقتصاد الشرق - السعودية" قد نشر هذه الأرقام في تغريدة بتاريخ December 29, 2025.
ويرى الموقع أن هذه الأرقام لا تعبّر عن تباطؤ مؤقت بل عن مسار مقلق يكشف خللًا في سوق العمل، رغم المليارات التي تُنفق والمشاريع التي تُعلن والقروض التي تُوقّع.
ويطرح سؤالًا جوهريًا: كيف لاقتصاد يُقال إنه ينمو أن يعجز عن توفير وظائف كافية لمواطنيه؟
""", [
    ev("release", "كشفت بيانات الهيئة العامة للإحصاء", RELEASE, "no own expression; GASTAT's release of Mon 29 Dec 2025 (the Asharq tweet of that day)"),
    ev("q3-2025", "في الربع الثالث من 2025", Q3_25[0], "'الربع الثالث من 2025' = July-September 2025", end=Q3_25[1]),
    ev("q2-2025", "6.8% في الربع السابق", Q2_25[0], "'الربع السابق' before the third quarter of 2025 = April-June 2025", end=Q2_25[1]),
    ev("asharq-tweet", "في تغريدة بتاريخ December 29, 2025", RELEASE, "'December 29, 2025' (a Monday)"),
])

# ---------------------------------------------------------------- algeria-contract-teachers-platform-2025
S = "algeria-contract-teachers-platform-2025"
ANNOUNCE = "2025-08-20"                  # the ministry's statement, Wed 20 Aug 2025
REGISTER = ("2025-08-25", "2025-09-01")  # noon Mon 25 Aug to midnight Sun 31 Aug 2025
CHOICE = ("2025-09-04", "2025-09-07")    # choice of schools, 4 to 6 Sep 2025
art(S, "https://www.ennaharonline.com/%D8%A8%D9%84%D8%A7%D8%BA-%D9%87%D8%A7%D9%85-%D8%AD%D9%88%D9%84-%D8%AA%D9%88%D8%B8%D9%8A%D9%81-%D8%A3%D8%B3%D8%A7%D8%AA%D8%B0%D8%A9-%D8%A8%D8%B5%D9%81%D8%A9-%D9%85%D8%AA%D8%B9%D8%A7%D9%82%D8%AF%D9%8A/",
    "2025-08-20", "no stamp on the stored page: the body's 'اليوم الأربعاء' for the statement, with registration opening on 'يوم الاثنين 25 أوت 2025' (the following Monday) = Wed 20 Aug 2025; the akhbarelyoum item dates the statement 'أمس الأربعاء' the next day; headline rendered from the URL slug; the last, truncated sentence cut at its end; no date of its own in the text", False, """
بلاغ هام حول توظيف أساتذة بصفة متعاقدين
أعلنت وزارة التربية الوطنية، اليوم الأربعاء، فتح الأرضية الرقمية بصفة استثنائية لتوظيف أساتذة متعاقدين.
وأوضحت الوزارة، في بيان نشرته على حسابها الرسمي في فيسبوك، أن التسجيل يتم عبر المنصة الرقمية للتوظيف على الرابط https://tawdif.education.dz.
وتمتد العملية من يوم الاثنين 25 أوت 2025، ابتداءً من الساعة الثانية عشرة (12:00) زوالاً، إلى غاية يوم الأحد 31 أوت 2025، على الساعة الثانية عشرة (00:00) منتصف الليل.
وسيُبلَّغ المترشحون بنتائج المعالجة الآلية لطلباتهم عبر حساباتهم الشخصية على المنصة ذاتها، ابتداء من تاريخ 4 سبتمبر 2025.
وعلى المقبولين المرتبين في حدود المناصب المالية الشاغرة أن يختاروا المؤسسات التعليمية التي يرغبون في التعيين بها خلال الفترة الممتدة من 4 سبتمبر إلى غاية 6 سبتمبر 2025.
ثم يُعلَم المقبولون بالمؤسسات التي عُيّنوا فيها بتاريخ 9 سبتمبر 2025، على أن يلتحقوا بها بتاريخ 14 سبتمبر 2025 لاستلام مقررات تعيينهم والتوقيع على محاضر التنصيب.
""", [
    ev("announcement", "أعلنت وزارة التربية الوطنية، اليوم الأربعاء", ANNOUNCE, "'اليوم الأربعاء' = Wed 20 Aug 2025 (the Wednesday before the registration of Mon 25 Aug)"),
    ev("registration", "من يوم الاثنين 25 أوت 2025", REGISTER[0], "'يوم الاثنين 25 أوت 2025' (noon) to 'يوم الأحد 31 أوت 2025' (midnight) = 25-31 Aug 2025", end=REGISTER[1]),
    ev("results-notice", "ابتداء من تاريخ 4 سبتمبر 2025", "2025-09-04", "'تاريخ 4 سبتمبر 2025' (a Thursday)"),
    ev("school-choice", "من 4 سبتمبر إلى غاية 6 سبتمبر 2025", CHOICE[0], "'من 4 سبتمبر إلى غاية 6 سبتمبر 2025' = 4-6 Sep 2025", end=CHOICE[1]),
    ev("assignment-notice", "بتاريخ 9 سبتمبر 2025", "2025-09-09", "'بتاريخ 9 سبتمبر 2025' (a Tuesday)"),
    ev("take-up", "بتاريخ 14 سبتمبر 2025", "2025-09-14", "'بتاريخ 14 سبتمبر 2025' (a Sunday)"),
])
art(S, "https://www.djazairess.com/akhbarelyoum/342057",
    "2025-08-21", "no stamp on the stored page (the daily Akhbar El Yaoum, mirrored by djazairess): the body's 'أمس الأربعاء' for the statement of Wed 20 Aug 2025 (the ennahar item's 'اليوم الأربعاء', with registration from Mon 25 Aug) = Thu 21 Aug 2025; kicker ('في مناصب أساتذة بصفة متعاقدين') dropped; the last, truncated sentence dropped; no date of its own in the text", False, """
وزارة التربية تفتح باب التوظيف
فتحت وزارة التربية الوطنية باب التوظيف بإعلانها أمس الأربعاء تسخير الأرضية الرقمية بصفة استثنائية لتوظيف أساتذة متعاقدين.
وذكرت الوزارة في بيان نشرته على حسابها الرسمي بمنصة فيسبوك أن التسجيل يتم على المنصة الرقمية للتوظيف عبر الرابط https://tawdif.education.dz.
ويجري ذلك خلال الفترة الممتدة من يوم الإثنين 25 أوت 2025 ابتداءً من الساعة الثانية عشرة (12:00) زوالاً إلى غاية يوم الأحد 31 أوت 2025 على الساعة الثانية عشرة (00:00) منتصف الليل.
وأضاف البيان أن المترشحين سيُبلّغون بنتائج المعالجة الآلية لطلباتهم عبر حساباتهم الشخصية ابتداء من تاريخ 4 سبتمبر 2025، ثم يختار المقبولون المؤسسات التعليمية خلال الفترة الممتدة من04 سبتمبر إلى غاية 6 سبتمبر 2025.
ووفق البيان نفسه، سيُعلَم المقبولون بالمؤسسات التعليمية التي عُيّنوا بها بتاريخ 9 سبتمبر 2025.
""", [
    ev("announcement", "بإعلانها أمس الأربعاء", ANNOUNCE, "'أمس الأربعاء' from Thu 21 Aug 2025 = Wed 20 Aug"),
    ev("registration", "من يوم الإثنين 25 أوت 2025", REGISTER[0], "'يوم الإثنين 25 أوت 2025' (noon) to 'يوم الأحد 31 أوت 2025' (midnight) = 25-31 Aug 2025", end=REGISTER[1]),
    ev("results-notice", "ابتداء من تاريخ 4 سبتمبر 2025", "2025-09-04", "'تاريخ 4 سبتمبر 2025' (a Thursday)"),
    ev("school-choice", "من04 سبتمبر إلى غاية 6 سبتمبر 2025", CHOICE[0], "'من04 سبتمبر إلى غاية 6 سبتمبر 2025' = 4-6 Sep 2025", end=CHOICE[1]),
    ev("assignment-notice", "بتاريخ 9 سبتمبر 2025", "2025-09-09", "'بتاريخ 9 سبتمبر 2025' (a Tuesday)"),
])
art(S, "https://www.jobs4dz.com/?p=92646",
    "2025-08-25", "the body's own date 'ابتداءً من اليوم 25 اوت 2025' (kept; 25 Aug 2025 was a Monday, the opening day named by the ministry); the 'ads' label and the numbering of the list dropped; the list put into sentences; the source's 'منتصف النهار' for the closing hour (the ministry said midnight) left as it is", True, """
فتح المنصة الرقمية لتوظيف الأساتذة المتعاقدين
أعلنت وزارة التربية الوطنية فتح الأرضية الرقمية للتعاقد ابتداءً من اليوم 25 اوت 2025 عند منتصف النهار، على أن تمتد عملية التسجيل إلى غاية يوم الأحد 31 أوت 2025، على الساعة الثانية عشر عند منتصف النهار.
ويُشترط في الراغبين في التعاقد المؤقت أن يكونوا من حاملي الشهادات المدرجة في قائمة الشهادات المطلوبة للتوظيف في بعض رتب قطاع التربية الوطنية.
كما يتعين عليهم تقديم طلباتهم بالتسجيل على المنصة الرقمية للتوظيف، مع تحميل نسخة من الشهادة في التخصص المطلوب ونسخة من بطاقة الإقامة ووثيقة إثبات الوضعية القانونية تجاه الخدمة الوطنية سارية المفعول بتاريخ التنصيب.
ويُبلَّغ المترشحون بنتائج المعالجة الآلية لملفاتهم عبر حساباتهم الشخصية على المنصة ذاتها ابتداءً من تاريخ 04 سبتمبر 2025.
""", [
    ev("announcement", "أعلنت وزارة التربية الوطنية فتح الأرضية الرقمية للتعاقد", ANNOUNCE, "no own expression; the ministry's statement of Wed 20 Aug 2025 (the ennahar and akhbarelyoum reports)"),
    ev("registration", "ابتداءً من اليوم 25 اوت 2025 عند منتصف النهار", REGISTER[0], "'اليوم 25 اوت 2025' (noon) to 'يوم الأحد 31 أوت 2025' = 25-31 Aug 2025", end=REGISTER[1]),
    ev("registration-close", "إلى غاية يوم الأحد 31 أوت 2025", "2025-08-31", "'يوم الأحد 31 أوت 2025' (a Sunday)"),
    ev("results-notice", "ابتداءً من تاريخ 04 سبتمبر 2025", "2025-09-04", "'تاريخ 04 سبتمبر 2025' (a Thursday)"),
])

# ---------------------------------------------------------------- egypt-30000-teachers-contest-results-2015
S = "egypt-30000-teachers-contest-results-2015"
RESULTS = "2015-03-21"                    # results announced on the evening of Sat 21 Mar 2015
PROTESTS = ("2015-03-22", "2015-03-31")   # protests of excluded candidates at the ministry, after the results to Mon 30 Mar
art(S, "https://vetogate.com/1537603",
    "2015-03-22", "no stamp on the stored page: the body's 'أمس السبت' for the results, which the ministry announced on the evening of Sat 21 Mar 2015 (alsbbora's item of 'السبت 21/مارس/2015 - 07:39 م' on the results conference 'مساء السبت') = Sun 22 Mar 2015; editor's line and sub-heading dropped; the long headline shortened; no date of its own in the text", False, """
«التعليم» ترفع شعار «لا للكوسة» في مسابقة الـ30 ألف معلم
أعلنت وزارة التربية والتعليم، أمس السبت، نتيجة مسابقة الـ30 ألف معلم، بعد حالة من الترقب والارتباك الشديد سبقت ظهورها.
وقالت مصادر مطلعة داخل الوزارة إن الوزير الدكتور محب الرافعي رفض وساطة وزير الأوقاف لقبول ابنته في المسابقة، كما رفض التدخل لتعيين ابنة شقيقه التي لم يحالفها الحظ.
وأضافت المصادر أن وزير الأوقاف الدكتور محمد مختار جمعة اتصل هاتفيًا بالرافعي محاولًا التوسط لتعيين ابنته بين الناجحين، لكن وزير التعليم رفض، مؤكدًا أنه لن يتدخل ليمنح أحدًا مهما كان ما لا يستحقه.
وأوضحت أن شيماء محمد مختار جمعة، ابنة وزير الأوقاف، جاءت ضمن المستبعدين من مسابقة الـ30 ألف معلم وأخصائي مساعد التي ظهرت نتائجها أمس السبت.
""", [
    ev("results-announced", "أعلنت وزارة التربية والتعليم، أمس السبت، نتيجة", RESULTS, "'أمس السبت' from Sun 22 Mar 2015 = Sat 21 Mar"),
    ev("mediation-refused", "رفض وساطة وزير الأوقاف", "2015-03-01", "no own expression; the phone call and the refusal came before the results of Sat 21 Mar 2015 (my span, March 2015 up to the results)", end="2015-03-22"),
    ev("daughter-excluded", "التي ظهرت نتائجها أمس السبت", RESULTS, "'أمس السبت' from Sun 22 Mar 2015 = Sat 21 Mar (the exclusion is part of the results)"),
])
art(S, "https://alsbbora.info/32820",
    "2015-03-28", "page date line 'السبت 28/مارس/2015 - 03:41 م' (kept as first line; 28 Mar 2015 was a Saturday); the site header ('السبت 23 نوفمبر 2024', the editors' names, the section label) and the byline dropped", True, """
السبت 28/مارس/2015 - 03:41 م
التعليم: 1000 تظلم من مستبعدى الـ"30 ألف معلم" بالقاهرة خلال يومين
قالت فاطمة خضر، مديرة مديرية التربية والتعليم بالقاهرة، إن المديرية استقبلت نحو 1000 تظلم يومى الأربعاء والخميس الماضيين من المتظلمين في مسابقة الـ30 ألف وظيفة، التي أُعلنت نتائجها الأسبوع الماضى.
وأوضحت أن الوزارة خصصت للقاهرة 1407 وظيفة من الـ30 ألف، وأن قرابة 500 منهم قدّموا مسوغات تعيينهم، على أن يبدأ تسكين العدد الباقي بدءًا من الغد بعد تسليمهم اسم المستخدم وكلمة المرور لتأكيد رغباتهم.
وأشارت إلى أن عدد من زوّروا بياناتهم سيُعلن بعد انقضاء آخر موعد لتلقي التظلمات.
وكانت الوزارة قد أعلنت قبول 28 ألفا و626 متقدما في التعليم العام و1374 في التعليم الفني، فيما نظم العشرات من المتضررين وقفة احتجاجية أمام ديوان الوزارة خلال الأسبوع الماضى اعتراضًا على النتائج.
""", [
    ev("grievances-received", "1000 تظلم يومى الأربعاء والخميس الماضيين", "2015-03-25", "'يومى الأربعاء والخميس الماضيين' from Sat 28 Mar 2015 = Wed 25 and Thu 26 Mar", end="2015-03-27"),
    ev("results-announced", "التي أُعلنت نتائجها الأسبوع الماضى", RESULTS, "'الأسبوع الماضى' from Sat 28 Mar 2015 = the week of 21-27 Mar; the results came out on the evening of Sat 21 Mar 2015"),
    ev("placement", "بدءًا من الغد", "2015-03-29", "'الغد' from Sat 28 Mar 2015 = Sun 29 Mar"),
    ev("ministry-protests", "وقفة احتجاجية أمام ديوان الوزارة خلال الأسبوع الماضى", PROTESTS[0], "'خلال الأسبوع الماضى' from Sat 28 Mar 2015 = 21-27 Mar; the protests of the excluded at the ministry ran from the days after the results to Mon 30 Mar (youm7), my span 22-30 Mar", end=PROTESTS[1]),
])
art(S, "http://www.youm7.com/story/2015/3/30/D8AAD8B8D8A7D987D8B1-D985D8B3D8AAD8A8D8B9D8AFD989-D8A7D984D98030-D8A3D984D981-D985D8B9D984D985-D8A3D985D8A7D985-D8A7D984D8AAD8B9D984D98AD985-D8A7D8B9D8AAD8B1D8A7D8B6D8A7-D8B9D984D989-D986D8AAD8A7D8A6D8AC-/2122653",
    "2015-03-30", "date in the URL '/2015/3/30/' and the page's line 'الإثنين، 30 مارس 2015 10:46 ص' (kept as first line; 30 Mar 2015 was a Monday); photo caption, byline and the site's links dropped; the two sentences of the stored text split into four", True, """
الإثنين، 30 مارس 2015 10:46 ص
تظاهر مستبعدى الـ"30 ألف معلم" أمام "التعليم" اعتراضا على نتائج المسابقة
احتشد العشرات من المستبعدين من مسابقة الـ"30 ألف معلم"، اليوم الاثنين، أمام بوابات وزارة التربية والتعليم، وذلك لليوم الخامس على التوالى.
وجاء تجمعهم احتجاجًا على نتائج المسابقة وعلى البيانات الخاطئة التي قالوا إنها وردت في الكشوف.
وأغلق الأمن الإدارى للوزارة البوابات الرئيسية وتلك المطلة على شارع إسماعيل أباظة.
وانتشر عدد من قوات الأمن المركزى أمام البوابة الرئيسية لمقر الوزارة.
""", [
    ev("monday-protest", "اليوم الاثنين، أمام بوابات وزارة التربية والتعليم", "2015-03-30", "'اليوم الاثنين' = Mon 30 Mar 2015 (the URL day)"),
    ev("ministry-protests", "لليوم الخامس على التوالى", PROTESTS[0], "'لليوم الخامس على التوالى' on Mon 30 Mar 2015: the protests at the ministry, which started a few days after the results, ran on to that day (my span 22-30 Mar)", end=PROTESTS[1]),
    ev("results-announced", "احتجاجًا على نتائج المسابقة", RESULTS, "no own expression; the results announced on the evening of Sat 21 Mar 2015"),
    ev("gates-closed", "وأغلق الأمن الإدارى للوزارة البوابات الرئيسية", "2015-03-30", "no own expression; the same day as the protest, Mon 30 Mar 2015"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 280)
                            if i != 201 and i != 269
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
