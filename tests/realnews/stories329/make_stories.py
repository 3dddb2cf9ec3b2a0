"""Builds stories.jsonl: the 329-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: sports federations -- federation elections, dissolutions
and suspensions, federation presidents resigning or elected: the IOC's suspension of the Russian Olympic
Committee (October 2023), the resignation of the Algerian football federation's president Djahid Zefizef after
his defeat in the CAF Executive Committee election (July 2023), the election of Kirsty Coventry as IOC president
against Prince Feisal bin al-Hussein and five others (March 2025), and Sepp Blatter's re-election as FIFA
president after Prince Ali bin al-Hussein's withdrawal and his resignation four days later (May-June 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- russia-ioc-roc-suspension-2023
S = "russia-ioc-roc-suspension-2023"
SUSP = "2023-10-12"                        # the IOC Executive Board suspended the ROC, Thu 12 Oct 2023 (Mumbai)
ROC_DECISION = "2023-10-05"                # the ROC took in the four regions' sports councils, Thu 5 Oct 2023
PARIS = ("2024-07-26", "2024-08-12")       # the Paris Olympic Games, 26 Jul - 11 Aug 2024
art(S, "https://alitaliyanews.com/2023/10/15650.html",
    "2023-10-12", "dateline 'الإيطالية نيوز، الخميس 12 أكتوبر 2023' at the head of the body (kept; 12 Oct 2023 was a Thursday), date in the URL '/2023/10/'; headline written from the body (the stored text has none); the last, truncated sentence (Mark Adams) dropped", True, """
اللجنة الأولمبية الدولية تعلّق عضوية اللجنة الأولمبية الروسية بسبب المناطق الأوكرانية
الإيطالية نيوز، الخميس 12 أكتوبر 2023 - علّقت اللجنة الأولمبية الدولية اليوم الخميس، وبمفعول فوري، عضوية اللجنة الأولمبية الروسية (ROC)، بعدما ألحقت بها لجانا رياضية محلية في المناطق الأوكرانية الأربع التي احتلتها روسيا وضمتها في سبتمبر 2022 عبر استفتاء شعبي عدّه التكتل الأوروبي غير قانوني.
واتخذت اللجنة الأولمبية الدولية قرار الإيقاف وأبلغت به يوم الخميس. وإذا بقي القرار قائما، فسيهدد مشاركة الرياضيين الروس في الدورات الأولمبية المقبلة، وهي مشاركة كانت أصلا مقيدة بالعقوبات التي أعقبت غزو أوكرانيا وبتبعات فضائح المنشطات السابقة.
ورأت اللجنة الأولمبية الدولية أن إلحاق روسيا للجان الإقليمية الأوكرانية، الذي جرى في 5 أكتوبر الماضي، خطوة "أحادية الجانب"، وعاقبتها عليها لأنها تخالف الميثاق الأولمبي، أي الوثيقة التي تضبط مبادئ الحركة الأولمبية وقواعدها. والمناطق المقصودة هي دونيتسك ولوهانسك وخيرسون وزابوريجية.
ومن التبعات الأخرى لهذا الإيقاف حرمان اللجنة الروسية من الأموال التي توزَّع بشكل دوري على اللجان الأولمبية الوطنية.
ولا يمسّ قرار الخميس أي قرار يخص مشاركة رياضيي روسيا وروسيا البيضاء في أولمبياد باريس 2024، وهو قرار ستتخذه اللجنة الأولمبية الدولية في وقت لاحق.
""", [
    ev("ioc-suspension", "علّقت اللجنة الأولمبية الدولية اليوم الخميس، وبمفعول فوري", SUSP, "'اليوم الخميس' with the dateline 'الخميس 12 أكتوبر 2023' = Thu 12 Oct 2023"),
    ev("regions-annexation", "وضمتها في سبتمبر 2022 عبر استفتاء شعبي", "2022-09-23", "'في سبتمبر 2022': the referendums of 23-27 Sep and the annexation treaties of 30 Sep 2022 (outside knowledge); my span 23-30 Sep", end="2022-10-01"),
    ev("roc-incorporation", "الذي جرى في 5 أكتوبر الماضي", ROC_DECISION, "'5 أكتوبر الماضي' = Thu 5 Oct 2023 (the ROC's decision, a week before the article)"),
    ev("paris-2024", "أولمبياد باريس 2024", PARIS[0], "no day in the text; the Paris Games, 26 Jul - 11 Aug 2024 (outside knowledge)", end=PARIS[1]),
])
art(S, "https://arabkhabar.com/a/885917",
    "2023-10-12", "page line 'تاريخ النشر: 12th, October 2023 GMT' (kept as second line; 12 Oct 2023 was a Thursday); the body's 'اليوم الخميس' agrees; the aggregator's crawl stamp '2025-03-29@15:33:33 GMT' and its source line 'موقع 24:', the embedded tweet and the last, truncated words dropped; headline re-worded from the page's", True, """
إيقاف اللجنة الأولمبية الروسية عن العمل
تاريخ النشر: 12th, October 2023 GMT
صادقت اللجنة التنفيذية للجنة الأولمبية الدولية، اليوم الخميس، على تعليق عضوية اللجنة الأولمبية الروسية بأثر فوري، بسبب ضمها مناطق أوكرانية.
وقال مارك آدامز، المتحدث باسم الهيئة الدولية، إن "القرار الأحادي الذي اتخذته اللجنة الأولمبية الروسية في 5 أكتوبر (تشرين الأول) 2023 بإدخال المنظمات الرياضية الإقليمية التابعة لسلطة اللجنة الأولمبية الوطنية الأوكرانية، وهي دونيتسك وخيرسون ولوهانسك وزابوريزهزيا، في عضويتها يمثل خرقا للميثاق الأولمبي".
وأضاف المتحدث أن هذا القرار يمس السلامة الإقليمية للجنة الأولمبية الأوكرانية.
ويسري التعليق "بأثر فوري وحتى إشعار آخر".
ومن المنتظر أن تعقد اللجنة الأولمبية الدولية دورتها الـ141 في مدينة بومباي الهندية في الفترة من 15 إلى 17 أكتوبر (تشرين الأول).
وكانت اجتماعات اللجنة التنفيذية قد انطلقت الخميس.
ولم توجّه اللجنة الأولمبية الدولية إلى اللجنتين الأولمبيتين الروسية والبيلاروسية دعوة للمشاركة في ألعاب باريس، بسبب الحرب المتواصلة.
""", [
    ev("ioc-suspension", "صادقت اللجنة التنفيذية للجنة الأولمبية الدولية، اليوم الخميس", SUSP, "'اليوم الخميس' with the page line '12th, October 2023' = Thu 12 Oct 2023"),
    ev("roc-incorporation", "اتخذته اللجنة الأولمبية الروسية في 5 أكتوبر (تشرين الأول) 2023", ROC_DECISION, "'5 أكتوبر (تشرين الأول) 2023' (a Thursday)"),
    ev("ioc-session-141", "دورتها الـ141 في مدينة بومباي الهندية", "2023-10-15", "'في الفترة من 15 إلى 17 أكتوبر' = Sun 15 - Tue 17 Oct 2023 (future at publication)", end="2023-10-18"),
    ev("eb-meeting", "وكانت اجتماعات اللجنة التنفيذية قد انطلقت الخميس", SUSP, "'الخميس' = Thu 12 Oct 2023, the day of the article"),
    ev("paris-invitations", "ولم توجّه اللجنة الأولمبية الدولية إلى اللجنتين الأولمبيتين", "2023-07-26", "no own expression; the invitations to Paris 2024, sent on Wed 26 Jul 2023 (one year before the Games), left out Russia and Belarus (outside knowledge)"),
])
art(S, "https://rtarabic.com/sport/1503311-%D8%A7%D9%84%D9%84%D8%AC%D9%86%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%85%D8%A8%D9%8A%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D8%AA%D8%B5%D8%B9%D8%AF-%D8%B6%D8%AF-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%A8%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%B9%D8%B6%D9%88%D9%8A%D8%AA%D9%87%D8%A7",
    "2023-10-13", "no date on the stored page; the body's 'أمس الخميس' for the suspension decided on Thu 12 Oct 2023 (dated so by alitaliyanews and arabkhabar) gives Fri 13 Oct 2023; the same wire text is reposted at arabkhabar.com/a/889466, from which the end of the ROC's quote and the last sentence (cut short in the stored RT page) were read; site menus, photo credit and the last, truncated sentence dropped; headline kept from the page; no date of its own in the text", False, """
اللجنة الأولمبية الدولية تصعّد ضد روسيا وتعلق عضويتها
أوقفت اللجنة الأولمبية الدولية أمس الخميس عضوية روسيا "بمفعول فوري".
وجاء في بيان للجنة الأولمبية الدولية أن "القرار الأحادي الذي اتخذته الأولمبية الروسية في 5 أكتوبر 2023 بضم المنظمات الرياضية الإقليمية التابعة للجنة الأولمبية الأوكرانية (دانييتسك، خيرسون، لوهانسك، زابوروجيا) يعد خرقا للميثاق الأولمبي".
ويحرم هذا القرار الأولمبية الروسية تلقائيا من التمويل الأولمبي الدولي، غير أنه لا يترتب عليه أي أثر في المشاركة المحتملة للرياضيين الروس تحت علم محايد في أولمبياد باريس الصيفي عام 2024 وأولمبياد ميلانو كورتينا الشتوي في 2026.
وأدانت الأولمبية الروسية تعليق نشاطها، وقالت في تعليقها: "اتخذت اللجنة الأولمبية الدولية قرارا جديدا ستكون له نتائج عكسية، وتقف وراءه دوافع سياسية واضحة.. فالرياضيون الروس، الممنوع أغلبهم من المشاركة الدولية دون أي مبرر، لم تطلهم هذه الخطوة بأي شكل".
وكانت الأولمبية الدولية قد عدّت العملية العسكرية الروسية الخاصة في أوكرانيا في فبراير 2022 خرقا للهدنة الأولمبية الخاصة بأولمبياد بكين الشتوي 2022، وأوصت الاتحادات الرياضية الدولية بوقف المنافسات على الأراضي الروسية وحظر رموزها كالعلم والنشيد الوطني.
""", [
    ev("ioc-suspension", "أوقفت اللجنة الأولمبية الدولية أمس الخميس عضوية روسيا", SUSP, "'أمس الخميس' from Fri 13 Oct = Thu 12 Oct 2023"),
    ev("roc-incorporation", "اتخذته الأولمبية الروسية في 5 أكتوبر 2023", ROC_DECISION, "'5 أكتوبر 2023' (a Thursday)"),
    ev("paris-2024", "أولمبياد باريس الصيفي عام 2024", PARIS[0], "'عام 2024': the Paris Games, 26 Jul - 11 Aug 2024 (outside knowledge)", end=PARIS[1]),
    ev("roc-reaction", "وأدانت الأولمبية الروسية تعليق نشاطها", SUSP, "no own expression; the ROC's statement of Thu 12 Oct 2023, the day of the decision (saudianas quotes it with 'اليوم')"),
    ev("russia-invasion", "العملية العسكرية الروسية الخاصة في أوكرانيا في فبراير 2022", "2022-02-24", "'في فبراير 2022': the invasion began on Thu 24 Feb 2022 (outside knowledge)"),
    ev("ioc-recommendation-2022", "وأوصت الاتحادات الرياضية الدولية بوقف المنافسات", "2022-02-25", "no own expression; the IOC Executive Board's call of Fri 25 Feb 2022 to move events out of Russia and ban its flag and anthem (outside knowledge)"),
])
art(S, "https://saudianas.com/sports/اللجنة-الأولمبية-الدولية-تعلق-عضوية-ر",
    "2023-10-12", "no date on the stored page; the body's 'اليوم الخميس' (and the ROC's 'اليوم') for the suspension decided on Thu 12 Oct 2023 (alitaliyanews, arabkhabar) gives Thu 12 Oct 2023; headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
اللجنة الأولمبية الدولية تعلق عضوية روسيا
علّقت اللجنة الأولمبية الدولية اليوم الخميس، بشكل فوري، عضوية اللجنة الأولمبية الروسية، لاعترافها بمنظمات إقليمية في 4 مناطق ضمتها روسيا من أوكرانيا.
وأوضحت اللجنة الأولمبية الدولية أن اللجنة الروسية لن يحق لها الحصول على أي تمويل بعد أن اعترفت بالمجالس الأولمبية لمناطق لوغانسك ودونيتسك وخيرسون وزاباروجيا.
ورأت اللجنة الأولمبية الدولية في بيان أن القرار الذي اتخذته اللجنة الأولمبية الروسية في الخامس من أكتوبر/تشرين الأول 2023 "يخالف الميثاق الأولمبي".
وأضاف البيان أن "القرار يمس الأمن الإقليمي للجنة الأولمبية الوطنية الأوكرانية المعترف بها من اللجنة الأولمبية الدولية بموجب الميثاق الأولمبي".
ولا ينعكس قرار الخميس على أي قرار يتعلق بمشاركة رياضيي روسيا وروسيا البيضاء في أولمبياد باريس 2024، إذ ستحسمه اللجنة الأولمبية الدولية في وقت لاحق.
وصرح مارك آدمز، المتحدث باسم اللجنة الأولمبية الدولية، في مؤتمر صحفي بأن "إيقاف اللجنة الأولمبية الروسية لا يمس مشاركة الرياضيين المستقلين".
ورفضت اللجنة الأولمبية الروسية القرار، وقالت في بيان: "اليوم اتخذت اللجنة الأولمبية الدولية قرارا آخر ستكون له نتائج عكسية وتحركه دوافع سياسية واضحة".
""", [
    ev("ioc-suspension", "علّقت اللجنة الأولمبية الدولية اليوم الخميس، بشكل فوري", SUSP, "'اليوم الخميس' = Thu 12 Oct 2023"),
    ev("roc-incorporation", "في الخامس من أكتوبر/تشرين الأول 2023", ROC_DECISION, "'الخامس من أكتوبر/تشرين الأول 2023' (a Thursday)"),
    ev("paris-2024", "أولمبياد باريس 2024", PARIS[0], "no day in the text; the Paris Games, 26 Jul - 11 Aug 2024 (outside knowledge)", end=PARIS[1]),
    ev("adams-press-conference", "وصرح مارك آدمز، المتحدث باسم اللجنة الأولمبية الدولية، في مؤتمر صحفي", SUSP, "no own expression; the press conference at the opening of the Executive Board meeting in Mumbai, Thu 12 Oct 2023"),
    ev("roc-reaction", "ورفضت اللجنة الأولمبية الروسية القرار", SUSP, "'اليوم' in the ROC's quoted statement = Thu 12 Oct 2023"),
])

# ---------------------------------------------------------------- algeria-zefizef-faf-resignation-2023
S = "algeria-zefizef-faf-resignation-2023"
CAF_VOTE = "2023-07-13"                    # the CAF Executive Committee election at the 45th CAF General Assembly, Abidjan, Thu 13 Jul 2023
RESIGN = "2023-07-16"                      # Djahid Zefizef announced his resignation (FAF video), Sun 16 Jul 2023
art(S, "https://lecollimateur.ma/ar/125326",
    "2023-07-13", "no date on the stored page; the body's 'اليوم الخميس' for the CAF vote held on Thu 13 Jul 2023 in Abidjan (afrikipresse: 'ce jeudi 13 juillet 2023'; the embedded tweet is dated July 13, 2023) gives Thu 13 Jul 2023; headline written from the body (the stored text has none); the embedded tweet and the last, truncated word dropped; no date of its own in the text", False, """
الليبي الشلماني يهزم زفيزف في انتخابات تنفيذية الكاف
انتُخب رئيس الاتحاد الليبي لكرة القدم، عبد الحكيم الشلماني، اليوم الخميس في أبيدجان، عضوا في المكتب التنفيذي للكونفدرالية الإفريقية لكرة القدم (الكاف) ممثلا لمنطقة شمال إفريقيا.
ونال المرشح الليبي 38 صوتا، مقابل 15 صوتا لمنافسه الجزائري جهيد زفيزف.
وأُجري التصويت على هامش الدورة الـ45 للجمعية العمومية العادية للكاف، التي حضرها ممثلو البلدان الأعضاء.
وكانت الأبواق الدعائية للنظام العسكري الجزائري قد سارعت إلى اتهام فوزي لقجع بقيادة حملة ضد ترشيح زفيزف، وهي اتهامات يرى الموقع أنها بلا أساس، وتكشف حجم الضغينة التي يكنها حكام الجزائر للمغرب.
وسبق لعمار بهلول، العضو السابق في المكتب الفيدرالي الجزائري، أن أخفق سنة 2019 في الظفر بعضوية اللجنة التنفيذية للكونفدرالية الإفريقية "الكاف" عن منطقة شمال إفريقيا.
""", [
    ev("caf-exco-election", "عبد الحكيم الشلماني، اليوم الخميس في أبيدجان", CAF_VOTE, "'اليوم الخميس' = Thu 13 Jul 2023"),
    ev("caf-ga-45", "على هامش الدورة الـ45 للجمعية العمومية العادية للكاف", CAF_VOTE, "no own expression; the 45th ordinary CAF General Assembly, Abidjan, Thu 13 Jul 2023"),
    ev("bahloul-2019", "أن أخفق سنة 2019", "2019-01-01", "'سنة 2019': Ammar Bahloul's defeat by the same Chalmani for the North-Africa seat (akhersaa: 29 votes to 24); the year only", end="2020-01-01"),
])
art(S, "https://safigoud.com/?p=49253",
    "2023-07-16", "page line 'أسفي كود 16 يوليو 2023 آخر تحديث : الأحد 16 يوليو 2023 - 9:10 مساءً' (kept without the site name; 16 Jul 2023 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page; category tags and the last, truncated sentence (the vote count) dropped", True, """
زلزال في الاتحاد الجزائري لكرة القدم.. زفيزف يستقيل بعد سقوطه في انتخابات الكاف
16 يوليو 2023 آخر تحديث: الأحد 16 يوليو 2023 - 9:10 مساءً
أعلن جهيد زفيزف، رئيس الاتحاد الجزائري لكرة القدم، اليوم الأحد، استقالته من منصبه، إثر إخفاقه "المؤلم" في الفوز بعضوية المكتب التنفيذي للكونفدرالية الإفريقية لكرة القدم، وتتابع الخيبات الرياضية في كرة القدم وفي الدبلوماسية الرياضية التي سعت الجزائر إلى خوضها في مواجهة المغرب.
وقال زفيزف في مقطع مصور نشره موقع الاتحاد الجزائري: "كما تعلمون، كان الفوز بعضوية المكتب التنفيذي للكاف من أبرز الأهداف التي كنا نشتغل عليها ونطمح إلى بلوغها ضمن الاستراتيجية التي وضعناها وعرضناها على الجمعية العمومية للاتحاد الجزائري لكرة القدم".
وأضاف: "أوضح من هذا المنبر أننا بذلنا كل الجهود ولجأنا إلى كل الوسائل المشروعة قانونا، بما ينسجم مع أخلاقنا وقيمنا، لتحقيق هذا الهدف، لكن ذلك لم يكن كافيا".
وكان رئيس الاتحاد الجزائري قد تلقى هزيمة قاسية في انتخابات عضوية المكتب التنفيذي للكاف.
""", [
    ev("zefizef-resignation", "أعلن جهيد زفيزف، رئيس الاتحاد الجزائري لكرة القدم، اليوم الأحد، استقالته", RESIGN, "'اليوم الأحد' with the page line 'الأحد 16 يوليو 2023' = Sun 16 Jul 2023"),
    ev("resignation-video", "وقال زفيزف في مقطع مصور نشره موقع الاتحاد الجزائري", RESIGN, "no own expression; the video statement posted by the FAF on Sun 16 Jul 2023 (akhersaa: 'مساء اليوم الأحد')"),
    ev("caf-exco-election", "قد تلقى هزيمة قاسية في انتخابات عضوية المكتب التنفيذي للكاف", CAF_VOTE, "no own expression; the CAF vote of Thu 13 Jul 2023 in Abidjan"),
])
art(S, "https://www.arabkhabar.com/a/165588",
    "2023-07-16", "page line 'تاريخ النشر: 16th, July 2023 GMT' (kept as second line; 16 Jul 2023 was a Sunday); the body's 'اليوم الأحد' agrees; the aggregator's boilerplate ('شاهد المقال التالي من صحافة المغرب ... بحسب ما نشر المغرب 24 ...') and the last, truncated words dropped; headline kept from the page (re-worded)", True, """
إخفاقه في نيل مقعد بالكاف يدفع زفيزف إلى الاستقالة من رئاسة الاتحادية الجزائرية
تاريخ النشر: 16th, July 2023 GMT
قدّم جهيد زفيزف، رئيس الاتحادية الجزائرية لكرة القدم، اليوم الأحد، استقالته من منصبه.
ويأتي قرار زفيزف بعد أن أخفق في الحصول على مقعد في المكتب التنفيذي للاتحاد الإفريقي لكرة القدم.
وكان زفيزف قد فشل في الظفر بعضوية المكتب التنفيذي للاتحاد الإفريقي لكرة القدم، إثر هزيمته أمام رئيس الاتحاد الليبي عبد الحكيم الشلماني في انتخابات الهيئة خلال أشغال الجمعية العامة الـ45 للكاف بالعاصمة الإيفوارية أبيدجان.
وبعد فرز الأصوات، لم يحصد زفيزف سوى 15 صوتا مقابل 38 لمنافسه الشلماني.
""", [
    ev("zefizef-resignation", "قدّم جهيد زفيزف، رئيس الاتحادية الجزائرية لكرة القدم، اليوم الأحد", RESIGN, "'اليوم الأحد' with the page line '16th, July 2023' = Sun 16 Jul 2023"),
    ev("caf-exco-election", "إثر هزيمته أمام رئيس الاتحاد الليبي عبد الحكيم الشلماني", CAF_VOTE, "no own expression; the CAF vote of Thu 13 Jul 2023 in Abidjan"),
    ev("caf-ga-45", "خلال أشغال الجمعية العامة الـ45 للكاف", CAF_VOTE, "no own expression; the 45th CAF General Assembly, Thu 13 Jul 2023"),
])
art(S, "https://alqaheranews.net/news/34402/%D8%A7%D8%B3%D8%AA%D9%82%D8%A7%D9%84%D8%A9-%D8%AC%D9%87%D9%8A%D8%AF-%D8%B2%D9%81%D9%8A%D8%B2%D9%81-%D9%85%D9%86-%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9-%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A-%D9%84%D9%83%D8%B1%D8%A9-%D8%A7%D9%84%D9%82%D8%AF%D9%85",
    "2023-07-16", "no date on the stored page; the body's 'اليوم الأحد' for the resignation announced on Sun 16 Jul 2023 (safigoud, arabkhabar) gives Sun 16 Jul 2023; headline rendered from the URL slug (the stored text has none); the last, truncated sentence (Azzedine Arab to act as president) dropped; no date of its own in the text", False, """
استقالة جهيد زفيزف من رئاسة الاتحاد الجزائري لكرة القدم
أعلن رئيس الاتحاد الجزائري لكرة القدم، جهيد زفيزف، اليوم الأحد، تخليه عن منصبه.
وجاءت خطوة رئيس الاتحاد الجزائري بعد إخفاقه في الفوز بعضوية المكتب التنفيذي للاتحاد الإفريقي لكرة القدم "كاف"، وما تعرض له من انتقادات حادة.
وقال زفيزف في مقطع فيديو بثه الاتحاد الجزائري على حساباته في مواقع التواصل الاجتماعي: "عضوية المكتب التنفيذي للكاف من أهم الأهداف التي نعمل لأجلها ونسعى إلى بلوغها في إطار الاستراتيجية التي عرضناها على الجمعية العمومية للاتحاد الجزائري لكرة القدم، غير أن هذا الهدف لم يتحقق".
وتابع: "بذلنا أقصى ما في وسعنا لنيل عضوية المكتب التنفيذي للكاف، لكنها للأسف لم تتحقق، ولذلك أعلن استقالتي من رئاسة الاتحاد الجزائري لكرة القدم، وأشكر السلطات الجزائرية على دعمها الكبير، كما أشكر أسرة الكرة الجزائرية على الثقة التي منحتني إياها، وأتمنى للكرة الجزائرية التوفيق والنجاح".
وأفاد صالح عبود، المتحدث الرسمي باسم الاتحاد الجزائري لكرة القدم، موقع "القاهرة الإخبارية" بأن زفيزف حسم قرار الاستقالة من الأمس.
وأضاف: "يبقى التراجع عن الاستقالة واردا خلال الساعات المقبلة، وقد ترفضها الجمعية العمومية".
""", [
    ev("zefizef-resignation", "أعلن رئيس الاتحاد الجزائري لكرة القدم، جهيد زفيزف، اليوم الأحد", RESIGN, "'اليوم الأحد' = Sun 16 Jul 2023"),
    ev("caf-exco-election", "بعد إخفاقه في الفوز بعضوية المكتب التنفيذي", CAF_VOTE, "no own expression; the CAF vote of Thu 13 Jul 2023 in Abidjan"),
    ev("criticism", "وما تعرض له من انتقادات حادة", CAF_VOTE, "no own expression; the calls for him to go since the evening of the vote (akhersaa: 'منذ مساء الخميس الماضي'); my span Thu 13 - Sun 16 Jul 2023", end="2023-07-17"),
    ev("resignation-video", "وقال زفيزف في مقطع فيديو بثه الاتحاد الجزائري", RESIGN, "no own expression; the FAF's video of Sun 16 Jul 2023"),
    ev("resignation-decided", "حسم قرار الاستقالة من الأمس", "2023-07-15", "'من الأمس' from Sun 16 = Sat 15 Jul 2023 (the spokesman's word)"),
])

# ---------------------------------------------------------------- ioc-coventry-presidential-election-2025
S = "ioc-coventry-presidential-election-2025"
VOTE = "2025-03-20"                        # the IOC presidential vote at the 144th Session, Costa Navarino (Greece), Thu 20 Mar 2025
CAMPAIGN = ("2024-09-16", "2025-03-21")    # from the IOC's list of seven candidates (Mon 16 Sep 2024) to the vote
art(S, "https://www.klyoum.com/jordan-news/ar/40-%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%B1-%D9%81%D9%8A%D8%B5%D9%84-%D9%8A%D8%AE%D9%88%D8%B6-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9-%D8%A7%D9%84%D9%84%D8%AC%D9%86%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%85%D8%A8%D9%8A%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D9%8A%D9%88%D9%85",
    "2025-03-20", "page line 'نشر بتاريخ: الخميس ٢٠ أذار ٢٠٢٥ - ١٢:٥٥' (kept; 20 Mar 2025 was a Thursday) of this aggregator's repost of a Jo24 item; the headline's 'اليوم' and the body's 'الخميس' agree; the site's menus and its own date header ('١٩ أيلول ٢٠٢٥', the crawl day) dropped; the last, truncated word dropped; headline kept (re-worded)", True, """
الأمير فيصل يخوض اليوم انتخابات رئاسة اللجنة الأولمبية الدولية
نشر بتاريخ: الخميس ٢٠ أذار ٢٠٢٥ - ١٢:٥٥
تتجه أنظار الوسط الرياضي العالمي، الخميس، نحو اليونان، حيث يتنافس الأمير فيصل بن الحسين مع 6 مرشحين آخرين على خلافة الألماني توماس باخ في رئاسة اللجنة الأولمبية الدولية.
وبات الأمير قريبا من أن يصبح أول أردني وعربي يترأس أعلى هيئة رياضية في العالم، وأكثر الشخصيات الرياضية نفوذا على الإطلاق، إن فاز في انتخابات رئاسة اللجنة الأولمبية الدولية.
""", [
    ev("ioc-presidential-vote", "يخوض اليوم انتخابات رئاسة اللجنة الأولمبية الدولية", VOTE, "'اليوم' with the page line 'الخميس ٢٠ أذار ٢٠٢٥' = Thu 20 Mar 2025"),
    ev("bach-presidency", "على خلافة الألماني توماس باخ", "2013-09-10", "no own expression; Thomas Bach's presidency, from his election on Tue 10 Sep 2013 to the handover of Mon 23 Jun 2025 (outside knowledge)", end="2025-06-24"),
])
art(S, "https://royanews.tv/news/345328",
    "2025-03-21", "page line 'نشر : 15:10 2025-03-21' (kept; 21 Mar 2025 was a Friday); headline kept from the page; the site's welcome line and photo caption, and the last, truncated words dropped", True, """
الأمير فيصل يهنئ كيرستي كوفنتري على انتخابها رئيسة للجنة الأولمبية الدولية
نشر : 15:10 2025-03-21
فازت المرشحة كيرستي كوفنتري برئاسة اللجنة الأولمبية الدولية في الانتخابات التي أجريت في اليونان.
وقدّم الأمير فيصل بن الحسين، رئيس اللجنة الأولمبية الأردنية، التهنئة لكوفنتري بفوزها في انتخابات رئاسة اللجنة الأولمبية الدولية، متمنيا لها النجاح في مهامها.
وقال سموه في بيان نشرته اللجنة الأولمبية الأردنية عقب انتهاء العملية الانتخابية: "بصفتي شخصا خاض هذه الحملة انطلاقا من مبدأ الشمولية، أشعر بالفخر لأن حركتنا الأولمبية اختارت، لأول مرة في تاريخها، امرأة لتشغل هذا المنصب الرفيع".
وأضاف: "كان لي شرف التواصل مع أعضاء اللجنة الأولمبية الدولية طوال فترة الانتخابات، إذ تبادلنا الأفكار وتناقشنا في التحديات التي تواجه الحركة الأولمبية، واستعرضنا الفرص المتاحة لتعزيز مسيرتها"، لافتا إلى أنه حرص على طرح أفكار بناءة تقوم على مبادئه في النزاهة والشمولية والإلهام.
وتابع: "مع أن النتيجة لم تكن ما كنت أطمح إليه، فإنني أحترم قرار الأعضاء وأثق به".
""", [
    ev("ioc-presidential-vote", "فازت المرشحة كيرستي كوفنتري برئاسة اللجنة الأولمبية الدولية في الانتخابات", VOTE, "no own expression; the vote of Thu 20 Mar 2025 at Costa Navarino, Greece"),
    ev("feisal-statement", "وقدّم الأمير فيصل بن الحسين، رئيس اللجنة الأولمبية الأردنية، التهنئة", VOTE, "'عقب انتهاء العملية الانتخابية': the Jordan Olympic Committee's statement after the vote of Thu 20 Mar, reported on Fri 21 Mar at 15:10; my span 20-21 Mar 2025", end="2025-03-22"),
    ev("election-campaign", "طوال فترة الانتخابات", CAMPAIGN[0], "no own date; the campaign from the IOC's list of seven candidates (Mon 16 Sep 2024) to the vote of Thu 20 Mar 2025", end=CAMPAIGN[1]),
])
art(S, "https://trendnews.ma/16028",
    "2025-03-21", "no date on the stored page; the body's 'مساء أمس الخميس 20 مارس 2025' for the vote gives Fri 21 Mar 2025; headline kept from the page (re-worded); the sub-headings ('فوز ساحق في الانتخابات', 'إنجازات رياضية مذهلة', ...) and the last, truncated section dropped; no date line of its own in the text", False, """
كيرستي كوفنتري أول امرأة وأول أفريقية على رأس اللجنة الأولمبية الدولية
في خطوة تاريخية، انتُخبت وزيرة الرياضة في زيمبابوي، كيرستي كوفنتري، رئيسة جديدة للجنة الأولمبية الدولية. وأُعلنت نتائج الانتخابات مساء أمس الخميس 20 مارس 2025 في منتجع بيلوبونير باليونان.
ونافست كوفنتري عددا من الأسماء اللامعة، منها البريطاني سيباستيان كو والإسباني خوان أنطونيو سامارانش الابن، ونالت 49 صوتا من أصل 97 في الجولة الأولى، لتغدو أول امرأة وأول أفريقية وأصغر من يشغل هذا المنصب.
وتعد كوفنتري من أبرز الأبطال الأولمبيين في تاريخ زيمبابوي، إذ أحرزت سبع ميداليات أولمبية بينها ذهبيتان في سباق 200 متر، وصارت رمزا رياضيا لا في زيمبابوي وحدها بل في أفريقيا كلها.
وأثناء حملتها الانتخابية، تعهدت كوفنتري بالتركيز على تطوير الرياضة في العالم وتعزيز الشفافية في عمل اللجنة، وشددت على أهمية دعم الرياضيين وتحقيق التوازن بين الاحتراف والهواية.
""", [
    ev("ioc-presidential-vote", "وأُعلنت نتائج الانتخابات مساء أمس الخميس 20 مارس 2025", VOTE, "'أمس الخميس 20 مارس 2025' (a Thursday)"),
    ev("first-round", "ونالت 49 صوتا من أصل 97 في الجولة الأولى", VOTE, "no own expression; the single round of Thu 20 Mar 2025"),
    ev("election-campaign", "وأثناء حملتها الانتخابية", CAMPAIGN[0], "no own date; the campaign from the IOC's list of candidates (Mon 16 Sep 2024) to the vote of Thu 20 Mar 2025", end=CAMPAIGN[1]),
])

# ---------------------------------------------------------------- fifa-blatter-reelection-resignation-2015
S = "fifa-blatter-reelection-resignation-2015"
VOTE15 = "2015-05-29"                      # the FIFA presidential vote at the 65th Congress, Zurich, Fri 29 May 2015
RESIGN15 = "2015-06-02"                    # Blatter announced his resignation in Zurich, Tue 2 Jun 2015
ARRESTS = "2015-05-27"                     # seven FIFA officials arrested in Zurich at the US request, Wed 27 May 2015
art(S, "https://alwatannews.net/ampArticle/95775",
    "2015-05-29", "page line '29 مايو 2015' under the headline (kept; 29 May 2015 was a Friday); the body's 'اليوم الجمعة' agrees; the section tag 'Watan Sports' dropped; headline kept from the page (re-worded)", True, """
انطلاق التصويت لاختيار رئيس جديد للفيفا
29 مايو 2015
انطلقت اليوم الجمعة عملية التصويت لانتخاب رئيس للاتحاد الدولي لكرة القدم (فيفا) في الجمعية العمومية بزيوريخ.
ويتنافس على المنصب الرئيس الحالي السويسري جوزيف بلاتر (79 عاما)، الساعي إلى ولاية خامسة متتالية، والأمير الأردني علي بن الحسين (39 عاما).
ويتعين على أي من المرشحين أن يحصد ثلثي الأصوات ليفوز من الجولة الأولى، وإلا حُسمت النتيجة في جولة ثانية تشترط الأغلبية المطلقة، أي نصف عدد الأصوات زائد واحد.
""", [
    ev("fifa-presidential-vote", "انطلقت اليوم الجمعة عملية التصويت", VOTE15, "'اليوم الجمعة' with the page line '29 مايو 2015' = Fri 29 May 2015"),
    ev("fifa-congress-65", "في الجمعية العمومية بزيوريخ", "2015-05-28", "no own expression; the 65th FIFA Congress, Zurich, opened on Thu 28 May and held its business session and vote on Fri 29 May 2015 (outside knowledge); my span 28-29 May", end="2015-05-30"),
])
art(S, "https://sauress.com/alwatan/225337",
    "2015-05-30", "no date on the stored page (a repost of the Saudi daily al-Watan); the body's 'أمس في زيوريخ' for the vote of Fri 29 May 2015 (dated so by alwatannews) gives Sat 30 May 2015; headline written from the body (the stored text has none); the last, truncated sentence (Blatter's thanks to Prince Ali) dropped; no date of its own in the text", False, """
بلاتر يحتفظ برئاسة الفيفا لولاية خامسة
تخطى السويسري جوزيف بلاتر عاصفة الفساد والاعتقالات، وحافظ على منصبه رئيسا للاتحاد الدولي لكرة القدم "الفيفا" لولاية خامسة متتالية، بعد أن انسحب منافسه الوحيد الأردني الأمير علي بن الحسين قبل الجولة الثانية من تصويت الجمعية العمومية أمس في زيوريخ.
ولم ينل أي من المرشحين ثلثي أصوات الجمعية العمومية في الجولة الأولى، إذ حصد بلاتر 133 صوتا في مقابل 73 صوتا للأمير علي.
وقال الأمير علي في كلمة قصيرة أعلن فيها انسحابه: "أشكر من تحلوا بالشجاعة ومنحوني أصواتهم، لكنني أعلن انسحابي قبل الجولة الثانية".
واحتُسب 206 أصوات صحيحة من أصل 209 في الجمعية العمومية. وكان كل مرشح بحاجة إلى ثلثي الأصوات للفوز من الجولة الأولى، وإلا تُحسم النتيجة في جولة ثانية تتطلب الأغلبية المطلقة، أي نصف عدد الأصوات زائد واحد، غير أن الأمير علي قرر الانسحاب قبل الجولة الثانية.
وتضم الجمعية العمومية 209 اتحادات، تتوزع على أوروبا بـ54 عضوا، علما أن جبل طارق لا يحق لها التصويت لعدم اعتراف الفيفا بها رسميا، وأفريقيا بـ54، وآسيا بـ46، والكونكاكاف بـ35، وأوقيانيا بـ11، وأمريكا الجنوبية بـ10 أصوات.
""", [
    ev("fifa-presidential-vote", "من تصويت الجمعية العمومية أمس في زيوريخ", VOTE15, "'أمس' from Sat 30 May = Fri 29 May 2015"),
    ev("zurich-arrests", "عاصفة الفساد والاعتقالات", ARRESTS, "no own expression; the arrests of seven FIFA officials in Zurich on Wed 27 May 2015 (outside knowledge; ahram: 'الأربعاء الماضى')"),
    ev("first-round", "إذ حصد بلاتر 133 صوتا في مقابل 73 صوتا للأمير علي", VOTE15, "no own expression; the first round of Fri 29 May 2015"),
    ev("ali-withdraws", "وقال الأمير علي في كلمة قصيرة أعلن فيها انسحابه", VOTE15, "no own expression; Prince Ali withdrew before the second round, Fri 29 May 2015"),
])
art(S, "https://djazairess.com/elheddaf/290703",
    "2015-06-02", "byline 'نشرت : حمادة الثلاثاء 02 يونيو 2015 23:11' at the head of the stored text (kept without the author's name; 2 Jun 2015 was a Tuesday); headline written from the body (the stored text has none and starts with Platini's reaction); the sentences on the alleged $10 million payment and the Swiss inquiry into the 2018/2022 bids, and the last, truncated sentence dropped", True, """
بلاتيني: استقالة بلاتير قرار صعب وشجاع وصائب
نشرت: الثلاثاء 02 يونيو 2015 23:11
قال بلاتيني في بيان مقتضب نُشر على الموقع الرسمي للاتحاد الأوروبي لكرة القدم: "كان قرارا صعبا وشجاعا وصائبا".
وكان بلاتيني والاتحاد الأوروبي أشد خصوم بلاتير في انتخابات رئاسة الفيفا التي جرت يوم الجمعة الماضي في زيورخ، والتي تفوق فيها بلاتير على منافسه الأردني الأمير علي بن الحسين بعدما جمع 133 صوتا مقابل 73 للأمير علي، قبل أن ينسحب الأخير من الجولة الثانية.
وكان بلاتيني قد دعا بلاتير إلى الاستقالة قبل الانتخابات، لكنه لم يترشح مع ذلك لرئاسة الفيفا.
ويواجه الفيفا حاليا انتقادات بسبب قضايا فساد عديدة، وبسبب توقيف سبعة من مسؤولي كرة القدم الأسبوع الماضي في زيورخ قبل انعقاد الجمعية العمومية للفيفا (الكونغرس)، في إطار تحقيقات جنائية تقودها الولايات المتحدة.
ووصف الأمير علي بن الحسين الاستقالة بأنها "خطوة صحيحة من بلاتير"، مؤكدا أنه سيكون حاضرا في الانتخابات المقبلة.
""", [
    ev("blatter-resignation", "استقالة بلاتير", RESIGN15, "no own expression; the resignation announced in Zurich on Tue 2 Jun 2015, the day of the article"),
    ev("platini-reaction", "قال بلاتيني في بيان مقتضب", RESIGN15, "no own expression; Platini's statement on the UEFA site on Tue 2 Jun 2015, hours after the resignation"),
    ev("fifa-presidential-vote", "التي جرت يوم الجمعة الماضي في زيورخ", VOTE15, "'يوم الجمعة الماضي' from Tue 2 Jun = Fri 29 May 2015"),
    ev("ali-withdraws", "قبل أن ينسحب الأخير من الجولة الثانية", VOTE15, "no own expression; the withdrawal of Fri 29 May 2015"),
    ev("zurich-arrests", "توقيف سبعة من مسؤولي كرة القدم الأسبوع الماضي في زيورخ", ARRESTS, "'الأسبوع الماضي' = Wed 27 May 2015 (outside knowledge)"),
    ev("ali-reaction", "ووصف الأمير علي بن الحسين الاستقالة", RESIGN15, "no own expression; Prince Ali's reaction of Tue 2 Jun 2015"),
])
art(S, "https://www.masress.com/ahram/1403847",
    "2015-06-03", "no date on the stored page (a repost of al-Ahram); the body's 'أمس' for the resignation of Tue 2 Jun 2015 (elheddaf: 'الثلاثاء 02 يونيو 2015') gives Wed 3 Jun 2015; 'الجمعة الماضى' (29 May) and 'الأربعاء الماضى' (27 May) agree; headline written from the body (the stored text has none); no date of its own in the text", False, """
بلاتر يستقيل من رئاسة الفيفا
في خبر مفاجئ، أعلن جوزيف بلاتر، رئيس الاتحاد الدولي لكرة القدم (الفيفا) المنتخب، أمس استقالته من منصبه بسبب فضيحة الفساد التي تعصف بالفيفا.
وكان بلاتر (79 عاما) قد تولى رئاسة الفيفا عام 1998، وفاز الجمعة الماضى بولاية خامسة متتالية على حساب الأمير علي بن الحسين.
ودعا بلاتر إلى جمعية عمومية غير عادية للفيفا لانتخاب رئيس جديد، وقال إنه، رغم إعادة انتخابه، لم يحظ بدعم عالم كرة القدم كله.
وتأتي استقالة بلاتر تحت وطأة الأخبار المتتابعة عن الفساد المرتبطة بمسؤولين في الفيفا، وآخرها ما يخص الأمين العام للمنظمة جيروم فالك.
وكانت هزة كبيرة قد ضربت الفيفا الأربعاء الماضى، بعد أن أوقف القضاء السويسري سبعة أشخاص بطلب من القضاء الأمريكي.
""", [
    ev("blatter-resignation", "أمس استقالته من منصبه", RESIGN15, "'أمس' from Wed 3 Jun = Tue 2 Jun 2015"),
    ev("blatter-first-elected", "قد تولى رئاسة الفيفا عام 1998", "1998-06-08", "'عام 1998': Blatter was first elected at the Paris congress on Mon 8 Jun 1998 (outside knowledge)"),
    ev("fifa-presidential-vote", "وفاز الجمعة الماضى بولاية خامسة", VOTE15, "'الجمعة الماضى' from Wed 3 Jun = Fri 29 May 2015"),
    ev("extraordinary-congress-call", "ودعا بلاتر إلى جمعية عمومية غير عادية", RESIGN15, "no own expression; the call made in the resignation statement of Tue 2 Jun 2015 (the congress itself met on 26 Feb 2016)"),
    ev("zurich-arrests", "بعد أن أوقف القضاء السويسري سبعة أشخاص", ARRESTS, "'الأربعاء الماضى' from Wed 3 Jun = Wed 27 May 2015"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 329
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
