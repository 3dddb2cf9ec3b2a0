"""Builds stories.jsonl: the 648-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: school and university exams: baccalaureate / thanaweya
exam days, leaks and cheating, results announcements, appeals and re-sits.
Stories: the release of the Syrian secondary-certificate results and the deadly celebratory gunfire (Saturday
30 August 2025), the Iraqi Ministry of Education's opinion body voting a third exam round for the final grades
and the cabinet approving it (28-30 September 2025), and the start of Morocco's national baccalaureate exam,
May 2025 session (28-29 May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-secondary-results-celebratory-gunfire-2025
S = "syria-secondary-results-celebratory-gunfire-2025"
RESULTS = "2025-08-30"                     # the ministry released the secondary-certificate results, Sat 30 Aug 2025 (evening)
art(S, "https://sana.sy/education/2275016/",
    "2025-08-30", "the page's date stamp 2025-08-30 (Sat 30 Aug 2025); the body's 'اليوم' for the release of the results; akhbar961 and golan-media of Sun 31 Aug write 'أمس السبت' for the release; headline written from the body (the stored text has none)", False, """
سوريا: صدور نتائج الشهادة الثانوية العامة ونسبة النجاح 75.5% في الفرع العلمي
دمشق-سانا
نشرت وزارة التربية والتعليم السورية اليوم نتائج امتحانات الشهادة الثانوية العامة بجميع فروعها، إذ وصلت نسبة نجاح الطلاب النظاميين إلى 75.5% في الفرع العلمي و54.9% في الفرع الأدبي.
وقال وزير التربية والتعليم محمد تركو في حديث لـ سانا إن النتائج نُشرت عبر التطبيق الرسمي الذي تعتمده الوزارة والذي جرى تعميمه على صفحاتها الرسمية.
وبيّن الوزير أن مجموع الطلاب الذين تقدموا لامتحانات الشهادة الثانوية العامة بفروعها كلها بلغ 354075 طالباً وطالبة.
وأشار تركو إلى أن نسبة النجاح بلغت في الفرع العلمي 75.5% للنظاميين و55.6% للأحرار، أما في الفرع الأدبي فكانت 54.9% للنظاميين و24.1% للأحرار.
وتابع الوزير أن الثانوية الشرعية سجلت نسبة نجاح 77.5% للنظاميين و57% للأحرار، بينما سجلت الثانوية المهنية 32.9% للنظاميين و19.9% للأحرار.
ووجّه وزير التربية الشكر إلى الكوادر التربوية والتعليمية وإلى الأمانة العامة لرئاسة الجمهورية والوزارات الشريكة على ما بذلوه من جهود استثنائية لإنجاز هذا الاستحقاق الوطني.
""", [
    ev("results-released", "نشرت وزارة التربية والتعليم السورية اليوم نتائج امتحانات الشهادة الثانوية العامة", RESULTS, "'اليوم' in the SANA report stamped 2025-08-30 = Sat 30 Aug 2025 (akhbar961, golan-media: 'أمس السبت')"),
    ev("minister-statement", "وقال وزير التربية والتعليم محمد تركو في حديث لـ سانا", RESULTS, "no own expression; the minister's statement to SANA on the day of the release, Sat 30 Aug 2025"),
    ev("minister-thanks", "ووجّه وزير التربية الشكر إلى الكوادر التربوية والتعليمية", RESULTS, "no own expression; part of the same statement, Sat 30 Aug 2025"),
])
art(S, "https://akhbar961.com/?p=22086",
    "2025-08-31", "no date on the stored page; the body's 'أمس السبت' for the release of the results, which SANA (stamped 2025-08-30, 'اليوم') dates to Sat 30 Aug 2025, gives Sun 31 Aug 2025; the last sentence, cut in the stored text ('وفي بلدة نامر بريف محافظة درعا، توفيت'), dropped", False, """
سورية: قتلى وجرحى برصاص الاحتفال بنتائج البكالوريا
لقي عدد من الأشخاص حتفهم وأصيب آخرون في عدة محافظات سورية جراء إطلاق الرصاص العشوائي ابتهاجاً بصدور نتائج الشهادة الثانوية، أمس السبت. وأفادت شبكات محلية بمقتل ثلاثة أشخاص بنيران رشاش أُطلقت عشوائياً أثناء احتفال بنجاح أحد طلاب البكالوريا العامة في حي هرابش بمدينة دير الزور شرقي البلاد، فيما أصيب آخرون بينهم امرأة. كما أصيب شاب إصابة بالغة بانفجار قنبلة يدوية خلال الاحتفال بصدور نتائج الشهادة الثانوية في بلدة غرانيج بريف دير الزور الشرقي، بحسب مصادر محلية في المحافظة.
وفي تل أبيض التابعة لمحافظة الرقة، أصيبت الطفلة وئام أحمد المصطفى (13 عاماً) برصاصة طائشة في كتفها اليمنى، وهي الآن تحت المراقبة الطبية. وفي حمص وسط البلاد أصيب شاب بجروح، بينما قُتل رجل في منطقة وادي بردى بريف دمشق متأثراً بإصابته برصاص أُطلق عقب صدور نتائج الثانوية، وأصيبت امرأة، كما تساقطت طلقات على المنازل في سرغايا والزبداني. وفي محافظة درعا جنوبي البلاد، فارق الشاب زكوان أبازيد الحياة بطلق ناري طائش أثناء الاحتفالات بنتائج البكالوريا في منطقة درعا البلد.
""", [
    ev("results-released", "بصدور نتائج الشهادة الثانوية، أمس السبت", RESULTS, "'أمس السبت' in an article of Sun 31 Aug 2025 = Sat 30 Aug (SANA: 'اليوم', stamped 2025-08-30)"),
    ev("harabesh-shooting", "بمقتل ثلاثة أشخاص بنيران رشاش", RESULTS, "no own expression; during the celebrations of the results of 'أمس السبت' = Sat 30 Aug 2025 (evening)"),
    ev("ghranij-grenade", "بانفجار قنبلة يدوية", RESULTS, "no own expression; during the celebrations of Sat 30 Aug 2025"),
    ev("wadi-barada-death", "بينما قُتل رجل في منطقة وادي بردى", RESULTS, "no own expression; shot after the release of Sat 30 Aug 2025 (yallasyrianews/enab baladi: 'يوم السبت الموافق 30 آب')"),
    ev("zakwan-abazid-death", "فارق الشاب زكوان أبازيد الحياة بطلق ناري طائش", RESULTS, "no own expression; golan-media: 'يوم أمس السبت' in its report of Sun 31 Aug = Sat 30 Aug 2025"),
])
art(S, "https://golan-media.com/2025/08/4469",
    "2025-08-31", "the month 2025/08 in the URL path; the body's 'مساء أمس السبت' for the release of the results of Sat 30 Aug 2025 (SANA, stamped 2025-08-30) gives Sun 31 Aug 2025; headline written from the body (the stored text has none); the quoted resident's statement at the end, cut in the stored text, dropped", False, """
درعا: رصاص الفرح بنتائج الثانوية يحصد أرواحاً
أُعلنت نتائج الثانوية العامة مساء أمس السبت، ورافق إعلانها كالعادة إطلاق كثيف للرصاص في مناطق عديدة من درعا ابتهاجاً بالنجاح، لكن فرحة بعضهم تحولت مأتماً عند آخرين. ففي درعا البلد وردت أنباء عن وفاة الشاب زكوان أبازيد برصاصة طائشة يوم أمس السبت بينما كان على سطح منزله. كذلك توفيت الطفلة "بيلسان الحمصي" من بلدة نامر (8 سنوات) متأثرة بإصابتها برصاص عشوائي أُطلق بعد صدور نتائج الثانوية العامة.
هذا السلوك البعيد عن التحضر في التعبير عن الفرح يبث الخوف والذعر بين الناس، ولا سيما الأطفال. ويمكن القول إن هذه الظاهرة المزعجة تفاقمت على نحو لافت هذا العام، بسبب غياب الردع ومحاسبة مطلقي النار، الذين يستغلون انشغال الدولة بالأحداث والاضطرابات التي تقع بين حين وآخر. ويُعد انتشار السلاح العشوائي بكثرة بين أيدي المدنيين سبباً آخر لاستفحال ظاهرة إطلاق النار هذا العام.
""", [
    ev("results-released", "أُعلنت نتائج الثانوية العامة مساء أمس السبت", RESULTS, "'مساء أمس السبت' in an article of Sun 31 Aug 2025 = Sat 30 Aug (evening)"),
    ev("daraa-celebratory-gunfire", "إطلاق كثيف للرصاص في مناطق عديدة من درعا", RESULTS, "no own expression; on the release of the results, the evening of Sat 30 Aug 2025"),
    ev("zakwan-abazid-death", "وفاة الشاب زكوان أبازيد برصاصة طائشة يوم أمس السبت", RESULTS, "'يوم أمس السبت' in an article of Sun 31 Aug 2025 = Sat 30 Aug"),
    ev("bilsan-death", "توفيت الطفلة \"بيلسان الحمصي\"", RESULTS, "no own expression; she died of wounds from shots fired after the release of Sat 30 Aug, reported on Sun 31 Aug; my span 30-31 Aug 2025", end="2025-09-01"),
])

# ---------------------------------------------------------------- iraq-third-exam-round-final-grades-2025
S = "iraq-third-exam-round-final-grades-2025"
VOTE = "2025-09-28"                        # the opinion body of the Ministry of Education votes, Sun 28 Sep 2025
CABINET = "2025-09-30"                     # the cabinet approves the third round, Tue 30 Sep 2025
art(S, "http://burathanews.com/arabic/news/465789",
    "2025-09-28", "the body's 'اليوم الاحد (28 أيلول 2025)' and the page's date stamp 2025-09-28 (Sun 28 Sep 2025); headline written from the body (the stored text has none); the last sentence, cut in the stored text, dropped", True, """
التربية تضيف درجتين للحالات الحرجة وهيئة الرأي تصوّت على الدور الثالث للمراحل المنتهية
كشفت وزارة التربية، اليوم الاحد (28 أيلول 2025)، عن منح درجتين لمعالجة الحالات الحرجة لتلاميذ وطلبة المراحل غير المنتهية للعام الدراسي 2024-2025، في حين صوّتت هيئة الرأي على اعتماد الدور الثاني التكميلي والدور الثالث للمراحل المنتهية الثلاث للراسبين في جميع الدروس (السادس الابتدائي، والثالث المتوسط، والسادس الاعدادي).
وذكرت الوزارة في بيان أن هيئة الرأي فيها قررت إضافة درجتين لمعالجة الحالات الحرجة لتلاميذ وطلبة المراحل غير المنتهية، موضحة أن القرار يراعي ظروفهم الاستثنائية ويدعم مواصلتهم مسيرتهم الدراسية.
وأكد البيان أن الهيئة صوّتت على اعتماد الدورين للمراحل المنتهية الثلاث للراسبين بجميع الدروس، على أن يُرفع القرار إلى مجلس الوزراء للبت فيه.
وأضاف البيان أنه أُعيد العمل بنظام الانتساب لطلبة المرحلتين المتوسطة والإعدادية فقط (من الاول المتوسط الى السادس الإعدادي)، لافتاً إلى الموافقة على فتح باب الاستضافة للطلبة من المدارس المسائية إلى الصباحية للعام الدراسي 2025_2026.
""", [
    ev("two-degrees-decision", "عن منح درجتين لمعالجة الحالات الحرجة", VOTE, "'اليوم الاحد (28 أيلول 2025)' = Sun 28 Sep 2025"),
    ev("third-round-vote", "صوّتت هيئة الرأي على اعتماد الدور الثاني التكميلي والدور الثالث", VOTE, "the same announcement of 'اليوم الاحد (28 أيلول 2025)'"),
    ev("affiliation-restored", "أُعيد العمل بنظام الانتساب", VOTE, "no own expression; decided at the same session, Sun 28 Sep 2025 (alsumaria: 'خلال انعقاد جلستها اليوم')"),
    ev("hosting-approved", "الموافقة على فتح باب الاستضافة", VOTE, "no own expression; decided at the same session, Sun 28 Sep 2025"),
])
art(S, "https://www.alsumaria.tv/news/localnews/542173/%D9%82%D8%B1%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%AA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D8%AE%D8%B5-%D9%85%D8%AF%D8%A7%D8%B1%D8%B3-%D8%A7%D9%84%D9%85%D9%88%D9%87%D9%88%D8%A8%D9%8A%D9%86-%D9%88%D9%86%D8%B8%D8%A7%D9%85-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%B3%D8%A7%D8%A8-%D9%88%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%B6%D8%A7%D9%81%D8%A9",
    "2025-09-28", "the page's date stamp 2025-09-28 (Sun 28 Sep 2025); the body's 'جلستها اليوم' and 'في وقت سابق من اليوم' for the session that burathanews dates 'اليوم الاحد (28 أيلول 2025)'; headline written from the URL slug and the body (the stored text starts mid-article); the last sentence, cut in the stored text in the list of grades, ends at 'بجميع الدروس'", False, """
قرارات جديدة من التربية تخص مدارس الموهوبين ونظام الانتساب والاستضافة
أفادت وزارة التربية في بيان تلقته السومرية نيوز بأن هيئة الرأي صوّتت على وقف العمل بشرط معدل البقاء في مدارس الموهوبين، أسوة بمدارس المتفوقين والمتميزين، لهذا العام الدراسي فقط، مبينة أن الخطوة جاءت حفاظاً على جهود الطلبة.
وبحسب البيان، صوّتت الهيئة كذلك على إعادة العمل بنظام الانتساب لطلبة المرحلتين المتوسطة والإعدادية فقط (من الاول المتوسط الى السادس الاعدادي) وللعام الدراسي (2025-2026)، وذلك في جلستها المنعقدة اليوم، على أن تنشر المديريات العامة للتعليم العام والأهلي والأجنبي ضوابط انتساب الطلبة لاحقاً.
ووافقت هيئة الرأي أيضاً على فتح باب الاستضافة أمام طلبة المدارس المسائية للانتقال إلى الصباحية للعام الدراسي 2025_2026، فيما ستنشر الوزارة على موقعها الرسمي ضوابط قبول الاستضافة وتعليماتها في الايام القليلة القادمة.
وفي وقت سابق من اليوم، قررت هيئة الرأي في وزارة التربية إضافة درجتين لمعالجة الحالات الحرجة لتلاميذ وطلبة المراحل غير المنتهية للعام الدراسي 2024-2025، مراعاةً لظروفهم الاستثنائية ودعماً لاستمرار مسيرتهم الدراسية.
كما صوّتت الهيئة على اعتماد الدور الثاني التكميلي والدور الثالث للمراحل المنتهية الثلاث للراسبين بجميع الدروس.
""", [
    ev("gifted-condition-suspended", "على وقف العمل بشرط معدل البقاء في مدارس الموهوبين", VOTE, "no own expression; voted at the session of 'اليوم' (the page is stamped 2025-09-28) = Sun 28 Sep 2025"),
    ev("affiliation-restored", "إعادة العمل بنظام الانتساب لطلبة المرحلتين", VOTE, "'في جلستها المنعقدة اليوم' in a report of Sun 28 Sep 2025"),
    ev("hosting-approved", "ووافقت هيئة الرأي أيضاً على فتح باب الاستضافة", VOTE, "no own expression; at the same session, Sun 28 Sep 2025"),
    ev("two-degrees-decision", "وفي وقت سابق من اليوم، قررت هيئة الرأي", VOTE, "'في وقت سابق من اليوم' in a report of Sun 28 Sep 2025"),
    ev("third-round-vote", "كما صوّتت الهيئة على اعتماد الدور الثاني التكميلي والدور الثالث", VOTE, "no own expression; at the same session, Sun 28 Sep 2025 (burathanews: 'اليوم الاحد (28 أيلول 2025)')"),
])
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7-%D9%8A%D9%82%D8%B1-%D8%AC%D8%B1%D8%A7-%D8%A7%D9%85%D8%AA%D8%AD%D8%A7%D9%86%D8%A7%D8%AA-%D8%A7%D9%84%D8%AF%D9%88%D8%B1-%D8%A7%D9%84%D8%AB%D8%A7%D9%84%D8%AB-%D9%84%D9%84%D8%B5%D9%81%D9%88%D9%81-%D8%A7%D9%84%D9%85%D9%86%D8%AA%D9%87%D9%8A%D8%A9",
    "2025-09-30", "no date on the stored page; the body's 'يوم الثلاثاء' for the cabinet vote and 'صباح الأحد الماضي' for the Shafaq source of Sun 28 Sep 2025 (Shafaq's own report stamped 2025-09-28, 'يوم الأحد') give the Tuesday after, Tue 30 Sep 2025; eye-n (not used) likewise has 'اليوم الثلاثاء' and the opinion body voting 'الأحد الماضي'; headline written from the URL slug", False, """
مجلس الوزراء العراقي يقر إجراء امتحانات الدور الثالث للصفوف المنتهية
شفق نيوز- بغداد
وافق مجلس الوزراء العراقي بالتصويت، يوم الثلاثاء، على إجراء امتحانات الدور الثالث للصفوف الدراسية المنتهية، وهي السادس الابتدائي والثالث المتوسط والسادس الإعدادي، للعام الدراسي الحالي.
وأعلن المكتب الإعلامي لرئيس مجلس الوزراء ذلك في بيان مقتضب.
وكان مجلس الوزراء قد عقد اليوم جلسته الاعتيادية برئاسة رئيس المجلس محمد شياع السوداني.
وسبق أن أعلنت وزارة التربية اعتماد دور ثالث للمراحل المنتهية للراسبين في جميع الدروس، فضلاً عن منح درجتين للحالات الحرجة في المراحل غير المنتهية للعام الدراسي 2024-2025، كما أوقفت شرط معدل البقاء في مدارس الموهوبين لهذا العام، مراعاةً لظروف الطلبة ودعماً لاستمرار مسيرتهم الدراسية.
وقبل ذلك، ذكر مصدر في وزارة التربية العراقية لـ وكالة شفق نيوز، صباح الأحد الماضي، أن الوزارة تنوي الإعلان عن دور ثالث لطلبة السادس الإعدادي بجميع فروعه للراسبين في الدور الثاني، حتى لو كان الطالب راسباً في أكثر من ثلاثة دروس.
""", [
    ev("cabinet-approval", "وافق مجلس الوزراء العراقي بالتصويت، يوم الثلاثاء", CABINET, "'يوم الثلاثاء' after the opinion body's vote of Sun 28 Sep ('الأحد الماضي') = Tue 30 Sep 2025"),
    ev("cabinet-session", "عقد اليوم جلسته الاعتيادية", CABINET, "'اليوم' in the report of Tue 30 Sep 2025"),
    ev("third-round-vote", "أعلنت وزارة التربية اعتماد دور ثالث للمراحل المنتهية", VOTE, "no own expression; the ministry's announcement of Sun 28 Sep 2025 (burathanews: 'اليوم الاحد (28 أيلول 2025)')"),
    ev("two-degrees-decision", "منح درجتين للحالات الحرجة", VOTE, "no own expression; the decision of Sun 28 Sep 2025"),
    ev("gifted-condition-suspended", "أوقفت شرط معدل البقاء في مدارس الموهوبين", VOTE, "no own expression; the decision of Sun 28 Sep 2025 (alsumaria)"),
    ev("source-third-round-intent", "ذكر مصدر في وزارة التربية العراقية لـ وكالة شفق نيوز، صباح الأحد الماضي", VOTE, "'صباح الأحد الماضي' from Tue 30 Sep 2025 = Sun 28 Sep (Shafaq's report of that day, stamped 2025-09-28)"),
])

# ---------------------------------------------------------------- morocco-bac-may-2025-session-start
S = "morocco-bac-may-2025-session-start"
START = "2025-05-29"                       # the regular session of the national unified bac exam began, Thu 29 May 2025
SESSION = (START, "2025-06-03")            # the ministry's opening communiqué: the regular session lasts until 2 June 2025
art(S, "https://media7tv.com/2025/05/%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82-%d8%a7%d9%85%d8%aa%d8%ad%d8%a7%d9%86%d8%a7%d8%aa-%d8%a7%d9%84%d8%a8%d9%83%d8%a7%d9%84%d9%88%d8%b1%d9%8a%d8%a7-2025-%d8%ba%d8%af%d9%8b%d8%a7-%d8%b9%d8%a8%d8%b1",
    "2025-05-28", "the month 2025/05 in the URL path; the body's 'يوم غد الخميس 29 ماي 2025' for the start of the exams (agadirtv: 'انطلقت اليوم الخميس') gives Wed 28 May 2025; headline written from the URL slug ('انطلاق امتحانات البكالوريا 2025 غدًا عبر ...', its end cut)", False, """
امتحانات البكالوريا 2025 تنطلق غداً عبر ربوع المملكة
تنطلق يوم غد الخميس 29 ماي 2025، امتحانات نيل شهادة البكالوريا بمختلف الشعب والمسالك على امتداد التراب الوطني، وهي محطة تربوية بارزة تتوج سنوات من التحصيل والاجتهاد وتشكل منعطفاً حاسماً في مسار آلاف التلاميذ والتلميذات.
وينتظر أن يخوض هذا الاستحقاق الوطني عدد كبير من المترشحين، في ظروف تنظيمية أُعدت لضمان النزاهة وتكافؤ الفرص، وسط تعبئة واسعة للأطر التربوية والإدارية التي وفرت كل الإمكانيات لإنجاح هذه المحطة. وترافق هذا الموعد دعوات الأسر والمجتمع برمته بأن يتوَّج جهد المتعلمين بالتوفيق والنجاح.
وفي أجواء يغلب عليها الأمل والترقب، يُحث التلاميذ على التحلي بالثقة في النفس والاعتماد على ما اكتسبوه من معارف خلال مسارهم الدراسي، مع التوكل على الله والمثابرة، فهذه اللحظة ثمرة تعب سنوات وأول خطوة نحو المستقبل الذي ينشدونه.
""", [
    ev("exam-start", "تنطلق يوم غد الخميس 29 ماي 2025، امتحانات نيل شهادة البكالوريا", START, "'يوم غد الخميس 29 ماي 2025' = Thu 29 May 2025"),
    ev("regular-session", "وينتظر أن يخوض هذا الاستحقاق الوطني عدد كبير من المترشحين", SESSION[0], "no own expression; the regular session that begins on Thu 29 May 2025 and, per the ministry's communiqué (agadirtv), lasts until 2 June", end=SESSION[1]),
])
art(S, "https://agadirtv.ma/?p=109151",
    "2025-05-29", "no date on the stored page; the body's 'انطلقت اليوم الخميس' for the start of the session that media7tv (URL 2025/05) announces for 'يوم غد الخميس 29 ماي 2025' gives Thu 29 May 2025; headline written from the body (the stored text has none); the last sentence, cut in the stored text, and the bullet list re-worded as one sentence", False, """
انطلاق الدورة العادية للامتحان الوطني الموحد للبكالوريا 2025 بمشاركة 495 ألف مترشح
انطلقت اليوم الخميس، الدورة العادية للامتحان الوطني الموحد لنيل شهادة البكالوريا – دورة 2025، بمشاركة 495.395 مترشحة ومترشحاً، منهم 385.330 ممدرَساً و110.065 من الأحرار، وفق ما أعلنته وزارة التربية الوطنية والتعليم الأولي والرياضة.
وأفاد بلاغ للوزارة بأن التعليم الخصوصي يستأثر بـ11% من مجموع المترشحين، بينما تتوزع نسب الترشح بحسب الشعب بين 64% للشعب العلمية والتقنية و35% للأدبية والأصيلة و1% للشعب المهنية.
وتتواصل هذه الدورة إلى غاية 2 يونيو المقبل، على أن تُجرى الدورة الاستدراكية أيام 3 و4 و5 و7 يوليوز 2025، ويُعلن عن نتائج الدورة العادية يوم 14 يونيو، وعن نتائج الدورة الاستدراكية في 12 يوليوز.
واتخذت الوزارة جملة من التدابير التنظيمية واللوجستية لإنجاح هذا الاستحقاق، أبرزها تخصيص 1995 مركزاً للامتحانات وقرابة 30 ألف قاعة، وتعبئة 50.600 مكلف بالتمرير و1995 ملاحظاً و43.000 مصحح، وإعداد 597 موضوعاً منها 231 موضوعاً مكيفاً لفائدة المترشحين في وضعية إعاقة، واعتماد نظام إلكتروني للترميز السري لأوراق التحرير ضماناً لنزاهة النتائج ومصداقيتها.
""", [
    ev("exam-start", "انطلقت اليوم الخميس، الدورة العادية", START, "'اليوم الخميس' = Thu 29 May 2025 (media7tv: 'يوم غد الخميس 29 ماي 2025')"),
    ev("regular-session", "وتتواصل هذه الدورة إلى غاية 2 يونيو المقبل", SESSION[0], "from the start of Thu 29 May 'إلى غاية 2 يونيو المقبل' = until Mon 2 June 2025 (inclusive)", end=SESSION[1]),
    ev("resit-session", "تُجرى الدورة الاستدراكية أيام 3 و4 و5 و7 يوليوز 2025", "2025-07-03", "'أيام 3 و4 و5 و7 يوليوز 2025' = Thu 3 - Mon 7 July 2025 (6 July not an exam day)", end="2025-07-08"),
    ev("regular-results", "ويُعلن عن نتائج الدورة العادية يوم 14 يونيو", "2025-06-14", "'يوم 14 يونيو' of the same year = Sat 14 June 2025 (planned date)"),
    ev("resit-results", "وعن نتائج الدورة الاستدراكية في 12 يوليوز", "2025-07-12", "'في 12 يوليوز' of the same year = Sat 12 July 2025 (planned date)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 648
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
