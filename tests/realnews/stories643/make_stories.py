"""Builds stories.jsonl: the 643-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: disease outbreaks and vaccination campaigns (cholera,
dengue, measles, polio, meningitis) in Arab countries: first cases, tolls, campaign launches and their ends.
Stories: the cholera case of Samouniyeh (Akkar, Lebanon) confirmed in October 2024 during the war, with the
WHO's warning of a very high risk of spread; the dengue outbreak in Sudan of September 2025 and the closure of
the schools of Gezira state.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-samouniyeh-cholera-case-2024
S = "lebanon-samouniyeh-cholera-case-2024"
HOSPITAL = "2024-10-14"                    # the patient from Samouniyeh went to hospital, Mon 14 Oct 2024
ALERTED = "2024-10-14"                     # the ministry learnt of the probable case on Monday
CONFIRM = "2024-10-16"                     # the ministry's statement confirming the case, 'اليوم الأربعاء' (arabkhabar)
WHO = "2024-10-16"                         # the WHO warning (Abubakar's video briefing, Tedros on X), Wed 16 Oct 2024
PREVIOUS = ("2022-10-05", "2024-01-01")    # the first outbreak in 30 years, 'بين عامي 2022 و2023' (first case 5 Oct 2022)
VACC = ("2024-08-01", "2024-09-01")        # the oral cholera vaccination campaign begun in August 2024
art(S, "https://arabkhabar.com/a/3427981",
    "2024-10-16", "no date on the stored page; the body's 'اليوم الأربعاء' for the ministry's statement and for the WHO briefing, which took place on Wed 16 Oct 2024 (manassa, dated Thu 17 Oct 2024: the WHO warned 'الأربعاء'), gives Wed 16 Oct 2024; the patient's 'أول أمس الإثنين' (Mon 14 Oct) agrees; headline written from the body (the stored text has none); the source line 'المصدر: موقع 24' and the tag list dropped", False, """
الصحة اللبنانية تؤكد إصابة بالكوليرا في عكار
أعلنت وزارة الصحة اللبنانية اليوم الأربعاء، رصد حالة واحدة على الأقل مصابة بالكوليرا في منطقة عكار بشمال لبنان.
وأوضحت الوزارة، في بيان نقلته وكالة الأنباء اللبنانية، أنها تبلّغت الإثنين، باحتمال وجود إصابة بالكوليرا، فباشرت التقصي عبر برنامج الترصد الوبائي بجمع عينات سريرية وبيئية وتنفيذ زيارات ميدانية.
وبيّنت أن الإصابة ثبتت بعد عزل الجرثومة في أحد المختبرات المرجعية، وأنها ناتجة عن ضمة الكوليرا من النمط 01.
ولفت البيان إلى أن المريضة لبنانية من بلدة السمونية في عكار، وقد قصدت المستشفى أول أمس الإثنين، وهي تعاني من إسهال مائي حاد وجفاف.
وفي جنيف، نبّهت منظمة الصحة العالمية إلى خطر مرتفع لتفشي الكوليرا في لبنان بعد الإعلان عن الإصابة، إذ قال ممثل المنظمة في لبنان عبد الناصر أبو بكر اليوم الأربعاء، في إحاطة عبر الإنترنت للصحافيين، إن التصعيد العسكري الناجم عن الهجوم الإسرائيلي المتواصل وما خلّفه من موجة نزوح قياسية يزيد سرعة انتشار الكوليرا في بلد يعاني أصلاً من وضع صحي هش.
وأضاف أبو بكر أن الوباء إذا تفشى فسينتشر بالأخص بين النازحين الجدد، وربما بسرعة كبيرة.
""", [
    ev("ministry-confirms", "أعلنت وزارة الصحة اللبنانية اليوم الأربعاء، رصد حالة واحدة على الأقل", CONFIRM, "'اليوم الأربعاء' = Wed 16 Oct 2024 (the day of the WHO warning, manassa)"),
    ev("ministry-alerted", "أنها تبلّغت الإثنين، باحتمال وجود إصابة بالكوليرا", ALERTED, "'الإثنين' before Wed 16 Oct 2024 = Mon 14 Oct 2024"),
    ev("investigation", "فباشرت التقصي عبر برنامج الترصد الوبائي", ALERTED, "no own expression; from the alert of Mon 14 Oct to the confirmation of Wed 16 Oct 2024", "2024-10-17"),
    ev("patient-hospital", "وقد قصدت المستشفى أول أمس الإثنين", HOSPITAL, "'أول أمس الإثنين' from Wed 16 Oct 2024 = Mon 14 Oct 2024"),
    ev("who-warning", "قال ممثل المنظمة في لبنان عبد الناصر أبو بكر اليوم الأربعاء", WHO, "'اليوم الأربعاء' = Wed 16 Oct 2024"),
])
art(S, "https://3lnar.com/?p=89890",
    "2024-10-16", "no date on the stored page; the body's 'اليوم الأربعاء' for the WHO warning, given on Wed 16 Oct 2024 (manassa, dated Thu 17 Oct 2024: 'الأربعاء'), gives Wed 16 Oct 2024; headline written from the body (the stored text has none); the last sentence, cut in the stored text after 'خصوصًا في', ends at '2023'", False, """
الصحة العالمية: خطر تفشي الكوليرا في لبنان مرتفع جداً
نبّهت منظمة الصحة العالمية، اليوم الأربعاء، إلى أن خطر تفشي الكوليرا في لبنان "مرتفع جداً"، عقب تأكيد أول إصابة بهذه العدوى البكتيرية الحادة في ظل العدوان الإسرائيلي على لبنان.
ولفتت المنظمة إلى تزايد خطر انتقال الكوليرا بين نحو 100 ألف نازح منذ أن صعّدت إسرائيل حملتها العسكرية على لبنان، بما فيها العمليات البرية في الجنوب.
وأوضح ممثل المنظمة في لبنان عبد الناصر أبو بكر أن فاشية الكوليرا قد تنتشر بسرعة إذا بلغت النازحين الجدد.
وأشار أبو بكر، في مؤتمر صحافي عبر الفيديو، إلى أن المنظمة نبّهت منذ أشهر إلى احتمال عودة المرض مع "تدهور حالة المياه والنظافة" لدى النازحين والمجتمعات التي تستضيفهم.
ومع أن النازحين في شمال لبنان تلقوا اللقاح مؤخرًا، حذّر أبو بكر من أن مجموعات النازحين القادمة من جنوب لبنان ومنطقة بيروت لم تكتسب أي مناعة ضد الكوليرا منذ ثلاثة عقود.
وفي السياق ذاته، أعلنت وزارة الصحة اللبنانية تأكيد حالة كوليرا محتملة لدى مواطنة لبنانية دخلت المستشفى تشكو من إسهال حاد وتجفاف، وهي من بلدة السمونية في شمال لبنان ولا تاريخ سفر لديها.
وكان لبنان قد شهد أول تفشٍ للكوليرا منذ 30 عامًا بين عامي 2022 و2023.
""", [
    ev("who-warning", "نبّهت منظمة الصحة العالمية، اليوم الأربعاء", WHO, "'اليوم الأربعاء' = Wed 16 Oct 2024"),
    ev("who-briefing", "في مؤتمر صحافي عبر الفيديو", WHO, "no own expression; Abubakar's video briefing of Wed 16 Oct 2024 (arabkhabar: 'اليوم الأربعاء')"),
    ev("ministry-confirms", "أعلنت وزارة الصحة اللبنانية تأكيد حالة كوليرا محتملة", CONFIRM, "no own expression; the ministry's statement of Wed 16 Oct 2024 (arabkhabar: 'اليوم الأربعاء')"),
    ev("patient-hospital", "دخلت المستشفى تشكو من إسهال حاد وتجفاف", HOSPITAL, "no own expression; Mon 14 Oct 2024 (arabkhabar: 'أول أمس الإثنين')"),
    ev("previous-outbreak", "أول تفشٍ للكوليرا منذ 30 عامًا بين عامي 2022 و2023", PREVIOUS[0], "'بين عامي 2022 و2023'; the outbreak began with the case of 5 Oct 2022 in Akkar; end kept at the end of 2023 as the text says", PREVIOUS[1]),
])
art(S, "https://manassa.news/news/20024",
    "2024-10-17", "the stamp 'منشور الخميس 17 أكتوبر 2024' under the headline (kept, shortened, as the second line); the body's 'الأربعاء' for the WHO warning (Wed 16 Oct) agrees; headline kept from the page; the photo caption before it and the last, truncated sentence ('وقال') dropped", True, """
تسجيل أول إصابة بالكوليرا في لبنان.. و"الصحة العالمية": خطر التفشي مرتفع جدًا
الخميس 17 أكتوبر 2024
أعلنت منظمة الصحة العالمية، الأربعاء، أن خطر انتشار الكوليرا في لبنان "مرتفع للغاية"، إثر اكتشاف إصابة في شمال البلاد، فيما أكد مديرها العام تيدروس أدهانوم جيبريسوس أن حملة التطعيم الفموي، التي بدأت في أغسطس/آب الماضي، توقفت بسبب العدوان الإسرائيلي.
وأوضح جيبريسوس، في منشور على إكس الأربعاء، أن وزارة الصحة اللبنانية فعّلت بروتوكولات الطوارئ لتشديد المراقبة وتتبع المخالطين عقب اكتشاف الإصابة.
وكان لبنان قد عانى تفشياً لوباء الكوليرا للمرة الأولى منذ 30 عامًا، بين عامي 2022 و2023، تركّز في الشمال خاصة، بحسب CNN.
وفي أغسطس الماضي، أطلقت وزارة الصحة اللبنانية حملة تلقيح ضد الكوليرا استهدفت 350 ألف شخص يقيمون في مناطق عالية الخطورة، غير أن الحملة "توقفت بسبب تصاعد العنف"، وفق ما قاله رئيس منظمة الصحة العالمية.
وتنتقل الكوليرا عبر المياه والأطعمة الملوثة، وتسبب إسهالاً شديداً وجفافاً، ولا سيما لدى من يعيشون في مناطق تفتقر إلى مياه الشرب المأمونة أو إلى صرف صحي كافٍ، بحسب منظمة الصحة العالمية.
""", [
    ev("who-warning", "أعلنت منظمة الصحة العالمية، الأربعاء، أن خطر انتشار الكوليرا", WHO, "'الأربعاء' before Thu 17 Oct 2024 = Wed 16 Oct 2024"),
    ev("tedros-post", "وأوضح جيبريسوس، في منشور على إكس الأربعاء", WHO, "'الأربعاء' = Wed 16 Oct 2024"),
    ev("vaccination-campaign", "حملة التطعيم الفموي، التي بدأت في أغسطس/آب الماضي", VACC[0], "'أغسطس/آب الماضي' from Oct 2024 = August 2024 (the ministry's statement of Tue 3 Sep 2024 speaks of the third week of the campaign); month span", VACC[1]),
    ev("previous-outbreak", "تفشياً لوباء الكوليرا للمرة الأولى منذ 30 عامًا، بين عامي 2022 و2023", PREVIOUS[0], "'بين عامي 2022 و2023'; the outbreak began with the case of 5 Oct 2022 in Akkar; end kept at the end of 2023 as the text says", PREVIOUS[1]),
])

# ---------------------------------------------------------------- sudan-gezira-dengue-school-closure-2025
S = "sudan-gezira-dengue-school-closure-2025"
ANNOUNCE = "2025-09-18"                    # the Gezira education ministry's statement, 'اليوم الخميس' (elhadaf, Thu 18 Sep 2025)
CLOSURE = ("2025-09-21", "2025-10-05")     # schools closed from Sun 21 Sep to Sat 4 Oct 2025 (inclusive)
DECLARE = "2025-09-20"                     # the federal health ministry's announcement of the spread, Sat 20 Sep 2025
WAR = "2023-04-15"                         # the outbreak of the war in Sudan, 15 Apr 2023
art(S, "https://elhadaf-sd.com/2025/09/18/%d8%a5%d8%ba%d9%84%d8%a7%d9%82-%d9%85%d8%af%d8%a7%d8%b1%d8%b3-%d9%88%d9%84%d8%a7%d9%8a%d8%a9-%d8%a7%d9%84%d8%ac%d8%b2%d9%8a%d8%b1%d8%a9-%d8%a8%d8%b3%d8%a8%d8%a8-%d9%81%d8%b4%d9%84-%d8%ad%d9%85%d9%84",
    "2025-09-18", "the date 2025/09/18 in the URL path of the page (Thu 18 Sep 2025); the body's 'اليوم الخميس' agrees; headline rendered from the URL slug, whose end is cut ('بسبب فشل حمل…'), completed from the body; the text gives no full date of its own", False, """
إغلاق مدارس ولاية الجزيرة بسبب فشل حملة مكافحة الأوبئة
قررت وزارة التربية والتعليم في ولاية الجزيرة إغلاق كل مدارس الولاية، على خلفية تفشي حمى الضنك وعجز السلطات وإخفاق حملتها لمكافحة الأوبئة.
وذكر بيان للوزارة اليوم الخميس أنها قررت إغلاق مدارس الولاية كافة من الأحد المقبل حتى الأسبوع الأول من أكتوبر القادم.
وحمّل مواطنون وناشطون حكومة ولاية الجزيرة مسؤولية تجاهل انتشار الأمراض المعدية، وطالبوها بتنفيذ حملة واسعة لمكافحة البعوض والحد من نواقل الأمراض، في ظل ارتفاع ملحوظ في الإصابات بحمى الضنك والملاريا، إلى جانب تفشي الكوليرا في عدد من مناطق الولاية.
وأفاد مواطنون مراسل الهدف بأن حكومة الإقليم تغض الطرف عن انتشار الأمراض، وأن السلطات ترفض القيام بحملة لخفض كثافة البعوض في ذروة موسم الأمطار، داعين إلى حملات رش ضبابي في عدد من المحليات، ورفع النفايات وتنظيف المصارف، ضمن خطة متكاملة لتقليص بؤر التوالد.
ويُردّ تفاقم الوضع الصحي في الولاية إلى الدمار الكبير الذي لحق بالبنية التحتية للمرافق الطبية ومؤسسات المياه والصرف الصحي منذ اندلاع الحرب، ما أضعف قدرة المستشفيات على الاستجابة ووسّع رقعة الأمراض المنقولة بالنواقل.
""", [
    ev("closure-announced", "وذكر بيان للوزارة اليوم الخميس", ANNOUNCE, "'اليوم الخميس' = Thu 18 Sep 2025 (URL date)"),
    ev("school-closure", "إغلاق مدارس الولاية كافة من الأحد المقبل حتى الأسبوع الأول من أكتوبر القادم", CLOSURE[0], "'من الأحد المقبل' from Thu 18 Sep 2025 = Sun 21 Sep; 'حتى الأسبوع الأول من أكتوبر' = to Sat 4 Oct 2025 (radiotamazuj: 'إلى يوم السبت (4/10/2025)')", CLOSURE[1]),
    ev("war-start", "منذ اندلاع الحرب", WAR, "no own expression; the war in Sudan broke out on 15 Apr 2023"),
])
art(S, "https://www.radiotamazuj.org/ar/news/article/%d8%a5%d8%b9%d9%84%d8%a7%d9%86-%d8%ad%d8%a7%d9%84%d8%a9-%d8%a7%d8%b3%d8%aa%d9%86%d9%81%d8%a7%d8%b1-%d9%82%d8%b5%d9%88%d9%89-%d9%84%d9%85%d8%ac%d8%a7%d8%a8%d9%87%d8%a9-%d9%88%d8%a8%d8%a7%d8%a1-%d8%ad",
    "2025-09-21", "no stamp on the stored page; the body's 'اعتبارا من اليوم الأحد (21/9/2025)' names the day of publication, Sun 21 Sep 2025 (the ministry's announcement 'السبت' the day before agrees); headline rendered from the URL slug, whose end is cut ('لمجابهة وباء ح…'), completed from the body", True, """
إعلان حالة استنفار قصوى لمجابهة وباء حمى الضنك
أعلنت وزارة الصحة السودانية السبت، أن وبائي حمى الضنك والملاريا يتفشيان على نطاق واسع بين المواطنين في ولايتي الخرطوم والجزيرة ومناطق سودانية أخرى.
وقال وزير الصحة السوداني هيثم محمد علي، في تصريحات صحفية، إن درجة الاستعداد رُفعت وإن الجهود الرسمية والشعبية تُنسَّق لمواجهة المرض.
ودعا الوزير المواطنين إلى مضاعفة جهود الوقاية بمكافحة نواقل المرض في الشوارع والمنازل، حمايةً لأنفسهم ولأطفالهم.
وقررت ولاية الخرطوم في اجتماع رسمي إعلان حالة استنفار قصوى للحد من انتشار المرض، عبر حملات مشتركة تشارك فيها كل المؤسسات العاملة في الولاية.
من جهتها، أعلنت ولاية الجزيرة إغلاق جميع مدارسها لمدة أسبوعين اعتبارا من اليوم الأحد (21/9/2025) إلى يوم السبت (4/10/2025)، تحسبا لعدوى حمى الضنك.
وأفادت نهى محمد، العاملة في مستشفى أمدرمان التعليمي بالخرطوم، راديو تمازج بأن عدد المنومين المصابين بحمى الضنك في المستشفى بلغ حاليا (64)، أُدخل (14) منهم يوم السبت و(50) خلال اليومين الماضيين، مبينة أن الوفيات بين المصابين بلغت (7) حالات.
""", [
    ev("ministry-declares", "أعلنت وزارة الصحة السودانية السبت", DECLARE, "'السبت' before Sun 21 Sep 2025 = Sat 20 Sep 2025"),
    ev("closure-announced", "من جهتها، أعلنت ولاية الجزيرة", ANNOUNCE, "no own expression; the Gezira education ministry's statement of Thu 18 Sep 2025 (elhadaf: 'اليوم الخميس'), reported on Sun 21 Sep"),
    ev("school-closure", "إغلاق جميع مدارسها لمدة أسبوعين اعتبارا من اليوم الأحد (21/9/2025) إلى يوم السبت (4/10/2025)", CLOSURE[0], "'اعتبارا من اليوم الأحد (21/9/2025) إلى يوم السبت (4/10/2025)': Sun 21 Sep - Sat 4 Oct 2025 inclusive", CLOSURE[1]),
    ev("khartoum-alert", "وقررت ولاية الخرطوم في اجتماع رسمي إعلان حالة استنفار قصوى", DECLARE, "no own expression; reported with the ministry's announcement of Sat 20 Sep 2025; the day of the Khartoum meeting is not given (doubtful)"),
    ev("omdurman-admissions", "أُدخل (14) منهم يوم السبت", DECLARE, "'يوم السبت' = Sat 20 Sep 2025"),
])
art(S, "https://www.dabangasudan.org/ar/all-news/article/%d8%a3%d9%83%d8%ab%d8%b1-%d9%85%d9%86-1500-%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-%d8%a8%d8%ad%d9%85%d9%89-%d8%a7%d9%84%d8%b6%d9%86%d9%83-%d9%81%d9%8a-%d8%a7%d9%84%d8%ae%d8%b1%d8%b7%d9%88%d9%85-%d8%ae%d9%84",
    "2025-09-23", "the dateline 'الخرطوم – 23 سبتمبر 2025 – راديو دبنقا' (kept as the second line; Tue 23 Sep 2025); the body's 'ليوم أمس الاثنين' (Mon 22 Sep) agrees; headline kept from the page; the photo caption and the section 'مكافحة الناقل', cut in the stored text, dropped", True, """
أكثر من 1500 إصابة بحمى الضنك في الخرطوم خلال أسبوع
الخرطوم – 23 سبتمبر 2025 – راديو دبنقا
أعلنت وزارة الصحة الاتحادية تسجيل (2065) إصابة بحمى الضنك في خمس ولايات، تتصدرها ولاية الخرطوم بنسبة (74%)، ثم ولايات الجزيرة والنيل الأبيض وكسلا والنيل الأزرق، ليصل عدد الحالات في الخرطوم إلى 1500 حالة.
وذكرت وزارة الصحة بولاية الخرطوم أن إصابات حمى الضنك ليوم أمس الاثنين بلغت (264) إصابة، فارتفع العدد التراكمي إلى (14,012) إصابة منذ يناير 2024، مع تسجيل أربع وفيات. وتداولت مواقع التواصل الاجتماعي مقطع فيديو يُظهر طوابير من المواطنين أمام إحدى الصيدليات لشراء محاليل البندول.
وبيّن تقرير الوضع الوبائي لحمى الضنك في محليات الولاية السبع أن محلية كرري، الأكثر كثافة سكانية منذ اندلاع الحرب، سجلت (7245) إصابة، تلتها محلية جبل أولياء (1702) إصابة، ثم أم درمان (1676)، فشرق النيل (1241)، وبحري (1019)، والخرطوم (809) حالة، وذلك وفق تقارير وزارة الصحة منذ يناير 2025 وحتى يوم أمس.
""", [
    ev("khartoum-monday-cases", "إصابات حمى الضنك ليوم أمس الاثنين بلغت (264) إصابة", "2025-09-22", "'ليوم أمس الاثنين' from Tue 23 Sep 2025 = Mon 22 Sep 2025"),
    ev("war-start", "الأكثر كثافة سكانية منذ اندلاع الحرب", WAR, "no own expression; the war in Sudan broke out on 15 Apr 2023"),
    ev("report-period", "وفق تقارير وزارة الصحة منذ يناير 2025 وحتى يوم أمس", "2025-01-01", "'منذ يناير 2025 وحتى يوم أمس': 1 Jan 2025 to Mon 22 Sep 2025 inclusive", "2025-09-23"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 643
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
