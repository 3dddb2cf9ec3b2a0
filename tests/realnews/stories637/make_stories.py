"""Builds stories.jsonl: the 637-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: labour strikes and sit-ins in the Arab world (oil and port
workers, teachers, doctors, transport, bakers), their start, negotiations and end.
Stories: the strike programme of the Arabian Sea Ports Corporation's workers at the port of Mukalla against the
transport minister Saleh al-Jabwani's appointment of a deputy head (Hadramawt, Yemen, July-August 2018), and the
ten-day strike of the Jordanian Ports Corporation's workers at Aqaba (Jordan, September 2012).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-mukalla-port-jabwani-strike-2018
S = "yemen-mukalla-port-jabwani-strike-2018"
CALL = "2018-07-23"                        # the union's call to stop work, Mon 23 Jul 2018
SITIN = "2018-07-24"                       # strike and sit-in at the port gate, Tue 24 Jul 2018
STAND3 = "2018-07-26"                      # the third protest stand and the press release, Thu 26 Jul 2018
STANDS = ("2018-07-22", "2018-07-27")      # the three protest stands of "last week" (Sun 22 - Thu 26 Jul), 3rd on Thu 26
ONE_HOUR = ("2018-07-29", "2018-07-31")    # one-hour stoppages on Sun 29 and Mon 30 Jul 2018
TWO_HOURS = "2018-07-31"                   # the two-hour stoppage, Tue 31 Jul 2018
TOTAL = "2018-08-01"                       # the total open strike from Wed 1 Aug 2018
art(S, "https://almashhadalaraby.com/news/37484",
    "2018-07-24", "the stamp 'الثلاثاء 24 يوليو 2018 13:08:00' under the headline of the stored page (Tue 24 Jul 2018; the stamp is not part of the text); the body's 'صباح اليوم الثلاثاء' agrees; the same text is on shabwaah-press.info/news/52947 (not used); the last sentence, truncated in the stored text, ends at the union's remark on the appointee's lack of experience", False, """
عمال ميناء المكلا يصعّدون احتجاجهم على قرارات الجبواني
صعّد العاملون في ميناء المكلا تحركاتهم الرافضة للقرارات التي اتخذها وزير النقل صالح الجبواني، والتي قضت بإعفاء فؤاد الرباكي من منصب نائب رئيس مؤسسة موانئ البحر العربي وتعيين أحد أقارب الوزير مكانه.
ودخل عمال الميناء، صباح اليوم الثلاثاء، في إضراب مفتوح عن العمل رفضا لقرار الجبواني وما يرون فيه مسعى «لأخونة الميناء»، في ظل تأييد قيادات وناشطين في حزب «الإصلاح» لهذه القرارات، بل ومحاولتهم إفشال الاعتصام والتشكيك في انتماءات العمال السياسية والمهنية.
وتوقف العمل في الميناء بصورة كاملة بعدما انخرط أغلب العمال في اعتصام ووقفة عند بوابة الميناء لإيصال رفضهم لقرار الجبواني.
وكانت نقابة موانئ البحر العربي قد طالبت أمس الاثنين جميع العمال والموظفين بالتوقف عن العمل في الميناء، ردا عمليا على إصدار الجبواني قرار تعيين شخص من خارج المؤسسة في منصب النائب، مؤكدة في بيان أنه لا صلة له بإدارة الموانئ ولا يملك أي مؤهل عملي سابق فيها.
""", [
    ev("gate-strike-sit-in", "في إضراب مفتوح عن العمل رفضا لقرار الجبواني", SITIN, "'صباح اليوم الثلاثاء' in the article stamped Tue 24 Jul 2018"),
    ev("port-work-halted-sit-in", "وتوقف العمل في الميناء بصورة كاملة", SITIN, "no own expression; the halt caused by the sit-in of 'صباح اليوم الثلاثاء' = Tue 24 Jul 2018"),
    ev("union-stop-work-call", "قد طالبت أمس الاثنين جميع العمال والموظفين بالتوقف عن العمل", CALL, "'أمس الاثنين' in the article of Tue 24 Jul 2018 = Mon 23 Jul"),
])
art(S, "https://www.yemeress.com/shabwaahpress/52999",
    "2018-07-26", "the body's 'صباح اليوم الخميس 26يوليو2018م' for the third protest stand reported by the article (26 Jul 2018 was a Thursday); yemeress mirrors shabwaahpress; headline written from the body (the stored text has none); the union's statement quoted after the report, truncated in the stored text, dropped", True, """
نقابة موانئ البحر العربي تعلن إضرابا جزئيا ثم شاملا مفتوحا
كشفت نقابة عمال مؤسسة موانئ البحر العربي (موانئ المكلا ونشطون وسقطرى)، في إطار برنامجها الاحتجاجي التصعيدي ضد قرار وزير النقل صالح الجبواني تعيين نائب لرئيس المؤسسة من أقاربه ومعارفه ومن خارج كوادر المؤسسة وموظفيها، عن البدء يوم الأحد القادم 29يوليو 2018م بالإضراب الجزئي لمدة ثلاثة أيام، على أن ينطلق الإضراب الشامل المفتوح من يوم الأربعاء 1أغسطس 2018م إذا لم تُلبَّ مطالب النقابة.
ورد ذلك في البلاغ الصحفي الذي أصدرته النقابة وفي الوقفة الاحتجاجية الثالثة التي أقيمت صباح اليوم الخميس 26يوليو2018م، وشارك فيها العمال والموظفون الذين رفعوا الشارات الحمراء لمدة ثلاثة أيام، بحضور عدد من قيادات مؤتمر حضرموت الجامع والمجلس الانتقالي والاتحاد العام لنقابات عمال حضرموت وهيئة منظمات المجتمع المدني والأحزاب.
وتُليت في الوقفة بيانات وبرقيات تأييد وتضامن عديدة من أبناء حضرموت على اختلاف انتماءاتهم السياسية، فيما هتف المشاركون بشعارات مناهضة لقرارات وزير النقل.
""", [
    ev("partial-strike-programme", "بالإضراب الجزئي لمدة ثلاثة أيام", ONE_HOUR[0], "'يوم الأحد القادم 29يوليو 2018م' for three days = Sun 29 - Tue 31 Jul 2018 (as announced; nashwannews/soutalmukawama: one hour on Sun and Mon, two hours on Tue)", end="2018-08-01"),
    ev("total-open-strike", "الإضراب الشامل المفتوح من يوم الأربعاء 1أغسطس 2018م", TOTAL, "'يوم الأربعاء 1أغسطس 2018م' (a Wednesday); it began that day (soutalmukawama: 'اليوم الأربعاء')"),
    ev("third-protest-stand", "الوقفة الاحتجاجية الثالثة التي أقيمت صباح اليوم الخميس 26يوليو2018م", STAND3, "'صباح اليوم الخميس 26يوليو2018م' = Thu 26 Jul 2018"),
    ev("union-press-release", "البلاغ الصحفي الذي أصدرته النقابة", STAND3, "no own expression; issued with the third stand of 'اليوم الخميس 26يوليو2018م' = Thu 26 Jul 2018"),
])
art(S, "https://nashwannews.com/112298/%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%AC%D8%B2%D8%A6%D9%8A-%D9%81%D9%8A-%D9%85%D9%8A%D9%86%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D9%83%D9%84%D8%A7-%D8%B1%D9%81%D8%B6%D8%A7-%D9%84%D9%82%D8%B1%D8%A7%D8%B1-%D8%A5",
    "2018-07-29", "no date on the stored page; the body's 'اليوم الأحد' for the first one-hour partial strike, which the union had fixed for 'الأحد القادم 29يوليو 2018م' (shabwaahpress of Thu 26 Jul), gives Sun 29 Jul 2018; soutalmukawama of Wed 1 Aug names the one-hour strikes of 'الأحد والاثنين' before it; the last sentence, truncated in the stored text after 'three stands', ends there", False, """
إضراب جزئي في ميناء المكلا احتجاجا على قرار وزير النقل
نفّذ موظفو مؤسسة موانئ البحر العربي وعمالها في ميناء المكلا، اليوم الأحد إضرابا جزئيا عن العمل استمر ساعة واحدة، تلبية لدعوة اللجنة النقابية في المؤسسة، رفضا لقرار وزير النقل صالح الجبواني.
وتندرج الدعوة ضمن برنامج احتجاجي تصعيدي يطالب الوزير بالعدول عن قراره تعيين نائب لرئيس المؤسسة من خارج كوادرها، ويرفض إقالة الخبير في شؤون الموانئ "فؤاد الرباكي".
وتوقف الموظفون والعمال عن أداء مهامهم (من الساعة الثامنة والنصف إلى التاسعة والنصف صباحا)، فتعطلت الحركة والأعمال في كل مرافق ميناء المكلا.
وبحسب بيان اللجنة النقابية الذي اطلع نشوان نيوز على نسخة منه، يتواصل الإضراب الجزئي (وقف العمل ساعة واحدة) يومي "الأحد" و"الاثنين"، ثم يُصعَّد، إن لم تتم الاستجابة، إلى إضراب ووقف للعمل مدته ساعتان يومي "الثلاثاء" و "الأربعاء".
وأوضحت النقابة في بيانها أنها ستعلن الإضراب الشامل عن العمل إذا لم يتراجع وزير النقل عن قراره.
وكان موظفو المؤسسة وعمالها قد نظموا خلال الأسبوع الماضي ثلاث وقفات احتجاجية سلمية.
""", [
    ev("first-one-hour-stoppage", "اليوم الأحد إضرابا جزئيا عن العمل استمر ساعة واحدة", ONE_HOUR[0], "'اليوم الأحد' = Sun 29 Jul 2018 (the day fixed by the union on Thu 26 Jul: 'الأحد القادم 29يوليو 2018م'); 08:30-09:30"),
    ev("one-hour-partial-strike", "يتواصل الإضراب الجزئي (وقف العمل ساعة واحدة) يومي \"الأحد\" و\"الاثنين\"", ONE_HOUR[0], "'يومي الأحد والاثنين' of this week = Sun 29 and Mon 30 Jul 2018", end=ONE_HOUR[1]),
    ev("two-hour-strike", "إلى إضراب ووقف للعمل مدته ساعتان يومي \"الثلاثاء\" و \"الأربعاء\"", TWO_HOURS, "'يومي الثلاثاء والأربعاء' after Sun 29 Jul = Tue 31 Jul and Wed 1 Aug 2018, as planned (on Wed 1 Aug the total strike began instead: soutalmukawama)", end="2018-08-02"),
    ev("three-protest-stands", "ثلاث وقفات احتجاجية سلمية", STANDS[0], "'خلال الأسبوع الماضي' from Sun 29 Jul 2018 = the week Sun 22 - Sat 28 Jul; the third stand was on Thu 26 Jul (shabwaahpress), the sit-in at the gate on Tue 24 Jul (almashhadalaraby); my span 22-26 Jul", end=STANDS[1]),
])
art(S, "https://soutalmukawama.com/news/14771",
    "2018-08-01", "no date on the stored page; the body's 'اليوم \"الأربعاء\"' for the start of the total open strike, announced for 'يوم الأربعاء 1أغسطس 2018م' (shabwaahpress of Thu 26 Jul), with 'أمس \"الثلاثاء\"' for the two-hour strike and 'الأحد والاثنين الماضيين' for the one-hour strikes (nashwannews of Sun 29 Jul), gives Wed 1 Aug 2018; almashhadalaraby 38345 (not used) has the same report for the same day; headline written from the body (the stored text has none)", False, """
عمال ميناء المكلا يبدؤون إضرابا كليا مفتوحا
انتقل البرنامج الاحتجاجي للجنة النقابية في مؤسسة موانئ البحر العربي اليوم "الأربعاء" إلى الإضراب الكلي والمفتوح عن العمل بدءا من اليوم، وحتى يلغي وزير النقل قراره تعيين نائب لرئيس المؤسسة من خارج كوادرها، وهو القرار الذي لقي رفضا نقابيا ومجتمعيا.
وامتثل موظفو المؤسسة وعمالها لدعوة اللجنة النقابية إلى الإضراب الكلي، فتوقفت أقسام الميناء والإدارة عن العمل توقفا تاما، ما أصاب النشاط التجاري والملاحي وكل المرافق العاملة في الميناء بالشلل.
وأبدت اللجنة النقابية أسفها لبلوغ الاحتجاجات هذه المرحلة، محمّلة وزير النقل المسؤولية عن كل ما ينجم عن قراره التعسفي من تداعيات وتبعات.
وكان الموظفون والعمال قد نفذوا يومي "الأحد والاثنين" الماضيين إضرابا جزئيا عن العمل مدته ساعة واحدة، أعقبه إضراب ووقف للعمل لمدة ساعتين أمس "الثلاثاء"، وسبق ذلك كله تنظيم ثلاث وقفات احتجاجية استجابة لدعوة اللجنة النقابية، ضمن برنامج تصعيدي معلن يرفض قرار وزير النقل.
""", [
    ev("total-open-strike", "إلى الإضراب الكلي والمفتوح عن العمل بدءا من اليوم", TOTAL, "'اليوم \"الأربعاء\"' = Wed 1 Aug 2018 (the date announced by the union: 'يوم الأربعاء 1أغسطس 2018م'); open-ended, only its start is gold"),
    ev("port-paralysis-total-strike", "فتوقفت أقسام الميناء والإدارة عن العمل توقفا تاما", TOTAL, "no own expression; the halt on the first day of the total strike, Wed 1 Aug 2018"),
    ev("one-hour-partial-strike", "يومي \"الأحد والاثنين\" الماضيين إضرابا جزئيا عن العمل مدته ساعة واحدة", ONE_HOUR[0], "'يومي الأحد والاثنين الماضيين' from Wed 1 Aug 2018 = Sun 29 and Mon 30 Jul", end=ONE_HOUR[1]),
    ev("two-hour-strike", "إضراب ووقف للعمل لمدة ساعتين أمس \"الثلاثاء\"", TWO_HOURS, "'أمس \"الثلاثاء\"' in the article of Wed 1 Aug 2018 = Tue 31 Jul"),
    ev("three-protest-stands", "تنظيم ثلاث وقفات احتجاجية", STANDS[0], "no own expression ('سبق ذلك كله'); the three stands of the week before the strikes (nashwannews: 'خلال الأسبوع الماضي' from Sun 29 Jul), the third on Thu 26 Jul; my span 22-26 Jul 2018", end=STANDS[1]),
])

# ---------------------------------------------------------------- jordan-aqaba-ports-corporation-strike-2012
S = "jordan-aqaba-ports-corporation-strike-2012"
STRIKE = ("2012-09-06", "2012-09-16")      # the strike, Thu 6 Sep (day 1) - Sat 15 Sep 2012 (day 10)
GENDARMES = "2012-09-07"                   # gendarmerie called, outsiders brought to run the phosphate berth, Fri 7 Sep
MAHADEEN = "2012-09-08"                    # Mahadeen's meeting with the union committee, Sat 8 Sep (evening)
WEDMEET = "2012-09-12"                     # the failed meeting at the Aqaba governorate building, Wed 12 Sep
END = "2012-09-15"                         # the agreement and suspension of the strike, Sat 15 Sep 2012
art(S, "https://jo24.net/article/12680",
    "2012-09-09", "no date on the stored page; the meeting of 'مساء السبت' and the strike 'الذي يدخل يومه الرابع على التوالي' give Sun 9 Sep 2012: the strike began on Thu 6 Sep (masress/almashhad, not used: 'اليوم ،السبت، ولليوم الثالث' with Mahadeen meeting the committee that Saturday; youm7: 'اليوم، الجمعة، لليوم التاسع'; aljazeera of 15 Sep 2012: ended after ten days); headline rendered from the page's own title", False, """
عمال الموانئ يتمسكون بإضرابهم حتى تحقيق مطالبهم
انتهى اجتماع رئيس مفوضية إقليم العقبة كامل محادين ومدير مؤسسة الموانئ ومحافظ العقبة باللجنة النقابية لعمال الموانئ، مساء السبت، دون أي نتيجة إيجابية بشأن إضراب العمال الذي يدخل يومه الرابع على التوالي.
وأوضح عماد الكساسبة، المتحدث باسم عمال مؤسسة الموانئ، في تصريح لـjo24 أن محادين دعا اللجنة إلى فك الإضراب ووعد بمعالجة قضيتهم بعد ذلك.
وأكد الكساسبة أن العمال يرفضون بشكل قاطع إنهاء الإضراب قبل أن تتحقق مطالبهم.
وأضاف أن استدعاء إدارة المؤسسة قوات الدرك لمواجهة العمال صباح الجمعة الماضية، وإدخالها أشخاصا من خارج المؤسسة لتشغيل قسم الفوسفات، أفقدهم الثقة بالإدارة وولّد احتقانات كثيرة.
وشدد على أن العمال لن يقفوا متفرجين أمام أي تصرف مماثل، مضيفا أن صبرهم نفد.
وأشار إلى أن الحركة في الميناء مشلولة كليا، وأن الخسائر المالية تقدَّر بالملايين.
وتتلخص مطالب العاملين في تحويل المؤسسة إلى شركة حكومية، وصرف مبلغ 18.500 ألف دينار للموظفين عوضا عن صندوق الإسكان، فضلا عن توحيد العلاوات المعيشية بين موظفي الموانئ وعمالها وفق اتفاقيات سابقة.
""", [
    ev("mahadeen-meeting", "انتهى اجتماع رئيس مفوضية إقليم العقبة كامل محادين", MAHADEEN, "'مساء السبت' before the article of Sun 9 Sep 2012 = Sat 8 Sep (masress/almashhad, not used, has Mahadeen meeting the committee 'اليوم ،السبت')"),
    ev("ports-strike", "إضراب العمال الذي يدخل يومه الرابع على التوالي", STRIKE[0], "day 4 on Sun 9 Sep 2012 -> began Thu 6 Sep; ended with the agreement of Sat 15 Sep after ten days (aljazeera)", end=STRIKE[1]),
    ev("gendarmerie-called", "استدعاء إدارة المؤسسة قوات الدرك لمواجهة العمال صباح الجمعة الماضية", GENDARMES, "'صباح الجمعة الماضية' from Sun 9 Sep 2012 = Fri 7 Sep (masress/almashhad of Sat 8 Sep: 'أمس \"الجمعة\"')"),
    ev("outsiders-run-phosphate-berth", "إدخالها أشخاصا من خارج المؤسسة لتشغيل قسم الفوسفات", GENDARMES, "no own expression; the same Friday morning, Fri 7 Sep 2012 (masress/almashhad: the management tried to run the phosphate port 'أمس الجمعة')"),
    ev("port-paralysis", "الحركة في الميناء مشلولة كليا", STRIKE[0], "no own expression; the port stood still for the whole strike, Thu 6 - Sat 15 Sep 2012", end=STRIKE[1]),
])
art(S, "https://www.masress.com/youm7/785616",
    "2012-09-14", "no date on the stored page (a masress copy of a youm7 report); the body's 'اليوم، الجمعة، لليوم التاسع على التوالى' with a strike begun on Thu 6 Sep 2012 (masress/almashhad: Saturday = day 3; jo24: day 4 after the Saturday meeting) and ended on Sat 15 Sep after ten days (aljazeera, dated 2012/9/15 in its URL) gives Fri 14 Sep 2012; the youm7 story number (785616, against 1115525 for 15 Jun 2013) fits September 2012; the last sentence, truncated in the stored text (the phosphate company's appeal), dropped", False, """
إضراب عمال ميناء العقبة يدخل يومه التاسع
واصل العاملون والموظفون في موانئ العقبة الأردنية إضرابهم اليوم، الجمعة، لليوم التاسع على التوالى، في وقت تناشد فيه القطاعات التجارية المختلفة في العقبة الجهات الحكومية التحرك لإنهاء الإضراب، محذرة من تبعاته السلبية على حركة التجارة في الأردن.
ويحتج العمال بإضرابهم على عدم الأخذ بتصور اللجنة النقابية القاضي بصرف تعويض قيمته 18 ألفاً و500 دينار للعاملين، وتحديد سقف التعويض للعاملين في قسم الفوسفات.
وكان اجتماع جرى أول أمس، الأربعاء، في مبنى محافظة العقبة بين مجلس إدارة مؤسسة الموانئ واللجنة النقابية قد أخفق في وضع حد للإضراب، بعدما رفضت اللجنة مقترحا بصرف عشرة آلاف دينار للموظفين على دفعات شهرية منتظمة بدلا من التعويض البالغ 18 ألفاً و500 دينار، بحسب عماد الكساسبة الناطق الإعلامي باسم اللجنة.
ولا تزال أرصفة الموانئ شبه مغلقة، وقد توقفت عمليات التنزيل والتحميل بالكامل، بينما تنتظر بواخر في عرض البحر دورها في التفريغ وأخرى في التحميل.
وامتد الإضراب الذي دعت إليه اللجنة النقابية إلى جميع مرافق الميناء، وسط مخاوف من أن يطول ويؤثر في الاقتصاد الأردني ويكبّد القطاعات المختلفة، ولا سيما الملاحية، خسائر فادحة.
""", [
    ev("ports-strike", "واصل العاملون والموظفون في موانئ العقبة الأردنية إضرابهم", STRIKE[0], "'اليوم، الجمعة، لليوم التاسع' = Fri 14 Sep 2012, day 9 -> began Thu 6 Sep; ended Sat 15 Sep (aljazeera)", end=STRIKE[1]),
    ev("wednesday-meeting-failed", "وكان اجتماع جرى أول أمس، الأربعاء، في مبنى محافظة العقبة", WEDMEET, "'أول أمس، الأربعاء' in the article of Fri 14 Sep 2012 = Wed 12 Sep"),
    ev("ten-thousand-offer-rejected", "رفضت اللجنة مقترحا بصرف عشرة آلاف دينار", WEDMEET, "no own expression; at the meeting of 'أول أمس، الأربعاء' = Wed 12 Sep 2012"),
    ev("port-paralysis", "توقفت عمليات التنزيل والتحميل بالكامل", STRIKE[0], "no own expression; loading and unloading stopped for the whole strike, Thu 6 - Sat 15 Sep 2012", end=STRIKE[1]),
])
art(S, "http://www.aljazeera.net/news/ebusiness/2012/9/15/%D8%B9%D9%85%D8%A7%D9%84-%D9%85%D9%88%D8%A7%D9%86%D8%A6-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%8A%D9%86%D9%87%D9%88%D9%86-%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8%D9%87%D9%85",
    "2012-09-15", "the date 2012/9/15 in the URL path of the page (Sat 15 Sep 2012); the text has no date of its own; headline rendered from the URL slug; the photo caption and the section 'ضغوط', truncated in the stored text, dropped", False, """
عمال موانئ الأردن ينهون إضرابهم
أوقف عمال الموانئ في الأردن إضرابهم عن العمل الذي استمر عشرة أيام، إثر تدخل عدد من وجهاء العشائر وشيوخ القبائل في مدينة العقبة.
وذكر مراسل الجزيرة في عمّان أن الإضراب عُلّق بعد اتفاق مع إدارة شركة الموانئ المملوكة للدولة، التي وافقت على تلبية معظم مطالب العمال تدريجيا في مقابل إنهاء الإضراب، فيما تُقدَّر خسائر الإضراب بنحو 85 مليون دولار.
ورحب معظم العمال بالاتفاق واعترض عليه بعضهم، وقال الزعماء القبليون الذين أدّوا دور الوسيط بين الشركة والعمال في نص الاتفاق إنهم أقدموا على ذلك إدراكا منهم لخطورة الإضراب على الاقتصاد الأردني.
وأوضح عماد الكساسبة، الناطق الإعلامي باسم نقابة عمال وموظفي الموانئ، أن الاتفاق يشمل بنودا تُنفَّذ في مواعيد محددة، منها بند يُطبَّق في الثلاثين من الشهر الجاري، وينص على صرف دفعة أولى من تعويض مالي يبلغ 14 ألف دولار لكل عامل، إلى جانب راتبين إضافيين عن كل سنة وزيادة في العلاوات والبدلات لأغلب الموظفين.
وحذّر الكساسبة من عودة العمال إلى الإضراب إذا أخلّ الطرف الآخر بالاتفاق الذي وصفه بأنه ملزم للطرفين.
""", [
    ev("ports-strike", "إضرابهم عن العمل الذي استمر عشرة أيام", STRIKE[0], "ten days ending with the agreement reported on Sat 15 Sep 2012 = Thu 6 - Sat 15 Sep (youm7: Friday = day 9)", end=STRIKE[1]),
    ev("strike-suspended-agreement", "أن الإضراب عُلّق بعد اتفاق مع إدارة شركة الموانئ", END, "no own expression; reported on Sat 15 Sep 2012 as the end of a ten-day strike begun Thu 6 Sep; youm7 has it still on on Fri 14 Sep; Sat 15 Sep 2012"),
    ev("first-compensation-payment", "منها بند يُطبَّق في الثلاثين من الشهر الجاري", "2012-09-30", "'في الثلاثين من الشهر الجاري' in the article of 15 Sep 2012 = Sun 30 Sep 2012"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 637
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
