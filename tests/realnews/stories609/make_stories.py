"""Builds stories.jsonl: the 609-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: heatstroke deaths, water and power cuts in heatwaves, and
working-hour changes decided for the summer (Iraq, Kuwait, Egypt, Saudi Arabia).
Stories: the Iraqi provinces' heat holiday of Thursday 11 July 2024 (Iraq, July 2024), the Egyptian order to
close shops at 10 pm from 1 July 2024 to save electricity (Egypt, June-July 2024), and the Sharurah power
outage of 12-13 July 2024 and its aftermath (Saudi Arabia, July 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-provinces-heat-holiday-july-2024
S = "iraq-provinces-heat-holiday-july-2024"
DECIDE = "2024-07-10"                      # the provincial councils decided on Wed 10 Jul 2024
HOLIDAY = "2024-07-11"                     # the holiday itself: Thu 11 Jul 2024
art(S, "https://www.alsumaria.tv/news/localnews/493465/%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A9-%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D8%B9%D8%B7%D9%84-%D8%A7%D9%84%D8%AF%D9%88%D8%A7%D9%85-%D8%A7%D9%84%D8%B1%D8%B3%D9%85%D9%8A-%D8%BA%D8%AF%D8%A7-%D8%A7%D9%84%D8%AE%D9%85%D9%8A%D8%B3-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7?src=rss",
    "2024-07-10", "date stamp on the page '2024-07-10 | 04:01' under the headline; the body's 'اليوم الأربعاء' agrees (10 Jul 2024 was a Wednesday); the 'السومرية نيوز – محليات' tag, the share buttons and the programme list dropped; headline kept from the page", True, """
محافظة عراقية تعطل الدوام الرسمي غدا الخميس بسبب الحرارة
قرر مجلس محافظة ذي قار، اليوم الأربعاء، أن يعطل الدوام الرسمي غدا الخميس جراء ارتفاع درجات الحرارة.
وأوضح ياس الخفاحي، المتحدث باسم مجلس المحافظة، في بيان تلقته السومرية نيوز، أن "مجلس محافظة ذي قار قرر أن يكون يوم غد الخميس عطلة رسمية بسبب ارتفاع درجات الحرارة".
وتبين خارطة درجات الحرارة المتوقعة، اليوم الأربعاء، أن 8 محافظات ستسجل 50 درجة مئوية أو أكثر مع وصول المنخفض الموسمي الحراري إلى العراق، والذي سيستمر لـ 3 أيام.
ويتوقع أن تتراوح درجات الحرارة في مدن جنوب البلاد بين 50 و 52 مئوية، وفي مدن الوسط بين 48 و50، وفي الغرب بين 45 و48 مئوية، أما مدن الشمال فستكون بين 39 و45 مئوية، وأدنى من ذلك في المناطق الجبلية.
""", [
    ev("dhiqar-decision", "قرر مجلس محافظة ذي قار، اليوم الأربعاء", DECIDE, "'اليوم الأربعاء' = Wed 10 Jul 2024"),
    ev("thursday-holiday", "أن يعطل الدوام الرسمي غدا الخميس", HOLIDAY, "'غدا الخميس' from Wed 10 Jul 2024 = Thu 11 Jul"),
    ev("eight-provinces-50", "أن 8 محافظات ستسجل 50 درجة مئوية أو أكثر", DECIDE, "the forecast map 'اليوم الأربعاء' = Wed 10 Jul 2024, for that day"),
    ev("thermal-low", "مع وصول المنخفض الموسمي الحراري إلى العراق، والذي سيستمر لـ 3 أيام", DECIDE, "the seasonal thermal low arriving on Wed 10 Jul 2024 and lasting '3 أيام' = Wed 10 - Fri 12 Jul", end="2024-07-13"),
])
art(S, "https://baghdadtoday.news/253188-النجف-تنضم-الى-المحافظات-التي-عطلت-الدوام-الخميس.html",
    "2024-07-10", "date line on the page 'محليات | 10-07-2024, 17:39'; the body's 'اليوم الأربعاء، (10 تموز 2024)' agrees; the 'آخر الأخبار' ticker and the 'بغداد اليوم- بغداد' tag dropped; headline kept from the page", True, """
النجف تنضم الى المحافظات التي عطلت الدوام الخميس
قررت محافظة النجف، اليوم الأربعاء، (10 تموز 2024)، أن تعطل الدوام غداً الخميس، جراء ارتفاع درجات الحرارة الى 50 درجة مئوية.
وبذلك باتت النجف تاسع محافظة تعطل الدوام غداً، بعد أن اتخذت محافظات الديوانية، والبصرة وميسان وذي قار والمثنى وبابل وواسط ونينوى قرارات مماثلة.
يذكر أن العراق دخل فعلياً منذ يوم أمس في موجة حارة جديدة تمتد لأيام، وتبلغ فيها درجة الحرارة العظمى 50 و51 مْ.
""", [
    ev("najaf-decision", "قررت محافظة النجف، اليوم الأربعاء، (10 تموز 2024)", DECIDE, "'اليوم الأربعاء، (10 تموز 2024)' = Wed 10 Jul 2024"),
    ev("thursday-holiday", "أن تعطل الدوام غداً الخميس", HOLIDAY, "'غداً الخميس' from Wed 10 Jul 2024 = Thu 11 Jul"),
    ev("provinces-suspend", "بعد أن اتخذت محافظات الديوانية، والبصرة وميسان وذي قار والمثنى وبابل وواسط ونينوى قرارات مماثلة", DECIDE, "no own expression; the other provinces' decisions came earlier the same day, Wed 10 Jul 2024 (alsumaria: Dhi Qar 'اليوم الأربعاء'; all for 'غدا الخميس')"),
    ev("heatwave-onset", "دخل فعلياً منذ يوم أمس في موجة حارة جديدة", "2024-07-09", "'منذ يوم أمس' from Wed 10 Jul 2024 = Tue 9 Jul"),
])
art(S, "https://blinx.com/society/2024-07-11-%D8%AF%D8%B1%D8%AC%D8%A7%D8%AA-%D8%A7%D9%84%D8%AD%D8%B1%D8%A7%D8%B1%D8%A9-%D8%AA%D8%B4%D9%84-%D9%86%D8%B5%D9%81-%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82?profile=support&tab=contact-us",
    "2024-07-11", "no date line on the stored page (only '© 2024'); the address carries '2024-07-11', and the body agrees: nine provinces suspending work 'ليوم الخميس' (not 'غدا'), i.e. on the holiday of Thu 11 Jul 2024 decided on Wed 10 Jul (alsumaria, baghdadtoday); the 'مجتمع' tag dropped; headline rendered from the address slug; no date of its own in the text", False, """
درجات الحرارة تشل نصف محافظات العراق
اتخذت الحكومات المحلية في 9 محافظات عراقية من بين 18 محافظة قرارا بتعطيل الدوام الرسمي ليوم الخميس، جراء ارتفاع درجات الحرارة التي يتوقع أن تبلغ 50 درجة مئوية.
وشمل قرار تعطيل العمل الرسمي بسبب ارتفاع درجات الحرارة الحكومات المحلية في محافظات المثنى وذي قار وواسط ونينوى والنجف والبصرة وميسان والديوانية.
ومنذ يونيو يعيش العراق موجات حر مرتفعة تصل في أحيان كثيرة إلى نصف درجة الغليان، الأمر الذي يضطر الحكومات المحلية إلى إقرار العطلة.
""", [
    ev("provinces-suspend", "اتخذت الحكومات المحلية في 9 محافظات عراقية من بين 18 محافظة قرارا", DECIDE, "no own expression; the provinces decided on Wed 10 Jul 2024 (alsumaria, baghdadtoday 'اليوم الأربعاء')"),
    ev("thursday-holiday", "بتعطيل الدوام الرسمي ليوم الخميس", HOLIDAY, "'ليوم الخميس' = Thu 11 Jul 2024, the holiday decided on Wed 10 Jul"),
    ev("june-heatwaves", "ومنذ يونيو يعيش العراق موجات حر مرتفعة", "2024-06-01", "'منذ يونيو' = from June 2024 up to the article's day, Thu 11 Jul 2024", end="2024-07-12"),
])

# ---------------------------------------------------------------- egypt-shops-10pm-closing-july-2024
S = "egypt-shops-10pm-closing-july-2024"
PRESSER = "2024-06-25"                     # Madbouly's press conference on the power cuts: Tue 25 Jun 2024
START = "2024-07-01"                       # shops close at 10 pm from Mon 1 Jul 2024
art(S, "https://ar.belbalady.net/belbalady/amp/6724128",
    "2024-06-25", "date line on the page 'الثلاثاء 25/يونيو/2024 - 03:40 م' (25 Jun 2024 was a Tuesday); the site name, the disclaimer and the source line (cairolive24) dropped; headline kept from the page", True, """
مدبولي: غلق الصيدليات والمطاعم بحد أقصى الواحدة صباحًا بدءا من يوليو
أعلن الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، أن جميع المحال التجارية، المستقلة منها أو الموجودة داخل المولات، ستغلق أبوابها في الساعة الـ 10 مساءً بدءا من الشهر القادم.
وأوضح مدبولي، في مؤتمر صحفي خصص لبحث أزمة انقطاع الكهرباء، أن الصيدليات والسوبر ماركت والمطاعم ستستثنى من ذلك، على أن تغلق في الساعة الواحدة صباحًا كحد أقصى.
ولفت إلى أن هذا القرار سيسهم بدوره في تخفيف الضغط على الشبكات وترشيد الاستهلاك، مضيفا: وأطلب من المواطنين أيضا ترشيد استهلاك الكهرباء في بيوتهم.
وتابع مدبولي: تخطينا الأزمة الاقتصادية التي كانت البلاد تعاني منها، ونعمل الآن على تخطي أزمة انقطاع الكهرباء.
""", [
    ev("closing-rule-start", "ستغلق أبوابها في الساعة الـ 10 مساءً بدءا من الشهر القادم", START, "'بدءا من الشهر القادم' from June 2024 = July 2024; the rule started on Mon 1 Jul 2024 (masaaraby 'غد الاثنين أول شهر يوليو', masrtimes of 1 Jul)"),
    ev("madbouly-presser", "في مؤتمر صحفي خصص لبحث أزمة انقطاع الكهرباء", PRESSER, "no own expression; the press conference reported on the page of Tue 25 Jun 2024 (15:40)"),
    ev("exemptions-1am", "على أن تغلق في الساعة الواحدة صباحًا كحد أقصى", START, "no own expression; the exemption applies with the rule from Mon 1 Jul 2024 (masaaraby)"),
    ev("rationing-appeal", "وأطلب من المواطنين أيضا ترشيد استهلاك الكهرباء في بيوتهم", PRESSER, "no own expression; said at the press conference of Tue 25 Jun 2024"),
])
art(S, "https://masaaraby.com/?p=248926",
    "2024-06-30", "no date line on the stored page; the body's 'اعتبارا من غد الاثنين أول شهر يوليو المقبل' and 'التي سيتم تطبيقها غدا الاثنين' give Sun 30 Jun 2024 (1 Jul 2024 was a Monday; the year from the 'صيف 2024' of the text); the 'أخبار عاجلة' tag, the author line, the view counter and the related link dropped; headline kept from the page", False, """
مواعيد جديدة لغلق المحال التجارية "التطبيق خلال ساعات"
كشف رئيس الوزراء عن المواعيد الجديدة لغلق المحال التجارية، في ظل أزمة تخفيف أحمال الكهرباء.
وكلف مدبولي وزير التنمية المحلية بأن تغلق المحال التجارية في تمام الساعة الـ 10 مساء في جميع أنحاء الجمهورية، اعتبارا من غد الاثنين أول شهر يوليو المقبل.
ويستثنى من القرار الصيدليات والسوبر ماركت والمطاعم، على أن تغلق الأخيرة في تمام الساعة الواحدة صباحا بحد أقصى.
وكانت الحكومة قد وضعت مواعيد جديدة لغلق المحلات في صيف 2024 مع تزايد الأحمال على شبكة الكهرباء وبلوغ الاستهلاك 36 جيجا خلال الأيام القريبة الماضية.
وستنسق المحافظات مع وزارة التنمية المحلية لتسيير لجان في الوحدات المحلية تمر على المحلات التجارية وتتحقق من التزامها بمواعيد الغلق الجديدة التي سيبدأ تطبيقها غدا الاثنين في مختلف المحافظات.
""", [
    ev("madbouly-presser", "كشف رئيس الوزراء عن المواعيد الجديدة لغلق المحال التجارية", PRESSER, "no own expression; Madbouly announced the closing times at his press conference of Tue 25 Jun 2024 (belbalady)"),
    ev("closing-rule-start", "اعتبارا من غد الاثنين أول شهر يوليو المقبل", START, "'غد الاثنين أول شهر يوليو' = Mon 1 Jul 2024"),
    ev("exemptions-1am", "على أن تغلق الأخيرة في تمام الساعة الواحدة صباحا بحد أقصى", START, "no own expression; part of the rule applied from Mon 1 Jul 2024"),
    ev("consumption-36gw", "وبلوغ الاستهلاك 36 جيجا خلال الأيام القريبة الماضية", "2024-06-23", "'خلال الأيام القريبة الماضية' before Sun 30 Jun 2024 = the last week of June (my span 23 - 29 Jun 2024)", end="2024-06-30"),
    ev("compliance-checks", "لتسيير لجان في الوحدات المحلية تمر على المحلات التجارية", START, "the committees check the new times 'التي سيبدأ تطبيقها غدا الاثنين' = from Mon 1 Jul 2024"),
])
art(S, "https://masrtimes.com/407258",
    "2024-07-01", "date line on the page 'الإثنين 01/يوليو/2024 - 10:52 م' under the headline (1 Jul 2024 was a Monday); the site header with a later date, the photo captions and the sub-headings dropped; headline kept from the page; the last, truncated sentence (the opening hours) dropped", True, """
لترشيد استهلاك الكهرباء.. بدء تطبيق قرار غلق المحال التجارية والمولات
بدأ منذ قليل تنفيذ قرار إغلاق المحال والمولات وعدد من الأنشطة التجارية في مصر، تطبيقا لقرار ترشيد الاستهلاك وتخفيف الأحمال الذي شددت عليه الحكومة المصرية، وناشدت به منذ أيام.
وكانت محافظة الجيزة في مقدمة المحافظات التي استجابت لتطبيق قرار غلق المحال والمولات وبعض المحال العاملة في القطاع الاقتصادي، تنفيذا لقرار مجلس الوزراء ووزارة التنمية المحلية.
واستجاب المواطنون العاملون في القطاع التجاري لدعوة الدولة المصرية إلى ترشيد استهلاك الكهرباء، سعيا معا إلى حل الأزمة التي عرفتها الأيام الماضية من انقطاع الكهرباء.
ووافق الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، على ما توصلت إليه اللجنة العليا لتراخيص المحال العامة، بأن تسري التوقيتات الجديدة لغلق المحلات والمولات التجارية على مستوى الجمهورية خلال الفترة من أول يوليو 2024 حتى 26 سبتمبر 2024.
""", [
    ev("closing-rule-start", "بدأ منذ قليل تنفيذ قرار إغلاق المحال والمولات", START, "'منذ قليل' in a report of Mon 1 Jul 2024, 10:52 pm = that evening"),
    ev("rationing-appeal", "وناشدت به منذ أيام", PRESSER, "'منذ أيام' before Mon 1 Jul 2024 = the appeal at Madbouly's press conference of Tue 25 Jun 2024 (belbalady)"),
    ev("giza-first", "وكانت محافظة الجيزة في مقدمة المحافظات التي استجابت", START, "no own expression; Giza applied the closing on its first evening, Mon 1 Jul 2024"),
    ev("closing-period", "خلال الفترة من أول يوليو 2024 حتى 26 سبتمبر 2024", START, "'من أول يوليو 2024 حتى 26 سبتمبر 2024' = Mon 1 Jul - Thu 26 Sep 2024", end="2024-09-27"),
])

# ---------------------------------------------------------------- saudi-sharurah-power-outage-2024
S = "saudi-sharurah-power-outage-2024"
OUTAGE = ("2024-07-12", "2024-07-14")     # Fri 12 Jul 2024 until late on Sat 13 Jul
SAT = "2024-07-13"                         # ECRA's emergency meeting (from Saturday morning) and the full restoration (Saturday evening)
SMS = "2024-07-14"                         # the apology and compensation text messages: Sun 14 Jul 2024
art(S, "https://sauress.com/kharjhome/885306951",
    "2024-07-14", "no date line on the stored page; the body's 'أمس الأول (الجمعة)' for the outage and 'مساء أمس (السبت)' for the restoration give Sun 14 Jul 2024 (the outage was on Fri 12 Jul 2024 = 6 Muharram 1446, aljarida); a report after Akhbaar 24 carried by sauress; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
هيئة تنظيم الكهرباء تأسف لانقطاع الخدمة في شرورة وتوجه بتحقيق فوري
أبدى مجلس إدارة الهيئة السعودية لتنظيم الكهرباء أسفه للانقطاع الذي أصاب الخدمة الكهربائية في محافظة شرورة أمس الأول (الجمعة)، والذي طال جميع المستهلكين في المحافظة واستمر لأوقات متأخرة من اليوم التالي.
ووجه المجلس الشركة السعودية للكهرباء بأن تتواصل فورا مع جميع المستهلكين في شرورة لتقديم الاعتذار لهم وإبلاغهم بمقدار التعويضات، وأن تخصص خطوط اتصال هاتفي لتلقي أي استفسارات أو شكاوى تتعلق بالواقعة.
وعقد مجلس إدارة الهيئة اجتماعا طارئا للوقوف على ما حدث وضمان ألا يتكرر مستقبلا، ووجه بإجراء تحقيق فوري في انقطاع الخدمة في محافظة شرورة، ومحاسبة المتسببين فيه وإيقاع العقوبات النظامية بحقهم.
وأوصت الهيئة بتحديد الأسباب الجذرية التي قادت إلى هذا الانقطاع، ومنها الانقطاعات المماثلة السابقة في المحافظة، وبتنفيذ إجراءات عاجلة لإعادة الخدمة الكهربائية إلى جميع المستهلكين والتأكد من عدم تكرار الانقطاع.
وخلصت الهيئة إلى أن إعادة التيار الكهربائي إلى جميع المستهلكين المتأثرين لم تكتمل إلا مساء أمس (السبت)، لأن الشركة السعودية للكهرباء لم تقم بواجباتها المتمثلة في التحقق من جاهزيتها لتقديم الخدمة بموثوقية، ولتأخرها في إعادة الخدمة، وفق "أخبار 24".
""", [
    ev("sharurah-outage", "للانقطاع الذي أصاب الخدمة الكهربائية في محافظة شرورة أمس الأول (الجمعة)", OUTAGE[0], "'أمس الأول (الجمعة)' from Sun 14 Jul 2024 = Fri 12 Jul, lasting 'لأوقات متأخرة من اليوم التالي' = into Sat 13 Jul", end=OUTAGE[1]),
    ev("contact-consumers-order", "ووجه المجلس الشركة السعودية للكهرباء بأن تتواصل فورا مع جميع المستهلكين", SAT, "no own expression; an order of the board's emergency meeting, held from Saturday morning, Sat 13 Jul 2024 (SPA statement)"),
    ev("ecra-emergency-meeting", "وعقد مجلس إدارة الهيئة اجتماعا طارئا", SAT, "no own expression; the meeting was held from Saturday morning until late, Sat 13 Jul 2024 (SPA statement)"),
    ev("investigation-order", "ووجه بإجراء تحقيق فوري في انقطاع الخدمة", SAT, "no own expression; ordered at the emergency meeting of Sat 13 Jul 2024"),
    ev("service-restored", "لم تكتمل إلا مساء أمس (السبت)", SAT, "'مساء أمس (السبت)' from Sun 14 Jul 2024 = the evening of Sat 13 Jul"),
])
art(S, "https://aljarida.com/article/68753",
    "2024-07-15", "date line on the page 'نشر في 15-07-2024 | 10:42' (last update 17:48); the body's 'الإثنين' agrees (15 Jul 2024 was a Monday); the caption and 'back to top' dropped; headline and sub-headline kept from the page", True, """
السعودية.. تعويضات مادية للسكان بسبب انقطاع الكهرباء
2000 ريال تضاف رصيدا لكل مشترك في حسابه لدى شركة الكهرباء
نال سكان محافظة سعودية تعويضات مادية عن انقطاع التيار الكهربائي عن منازلهم خلال فترات بين يومي الجمعة والسبت، بحسب ما أوردت تقارير إعلامية، الإثنين.
وأفادت صحيفة «عكاظ» السعودية بأن المتضررين من انقطاع الكهرباء يومي الجمعة والسبت في محافظة شرورة، جنوبي المملكة، تلقوا رسائل هاتفية تبلغهم بحصولهم على تعويض مادي.
ونشرت الصحيفة صورة إحدى هذه الرسائل النصية، وورد فيها أن الشركة السعودية للكهرباء «تعتذر عن انقطاع الخدمة الكهربائية يوم الجمعة 6 محرم.. الموافق 12 يوليو 2024».
وبحسب الرسالة، نال المشترك تعويضا يقدر بألفي ريال، أي ما يعادل 533 دولارا أميركيا.
وسيضاف هذا التعويض المادي رصيدا لكل مشترك في حسابه لدى شركة الكهرباء.
وتجدر الإشارة إلى أن درجات الحرارة في السعودية ترتفع خلال فصل الصيف، فيزداد اعتماد السكان على أجهزة التكييف في منازلهم.
""", [
    ev("sharurah-outage", "عن انقطاع التيار الكهربائي عن منازلهم خلال فترات بين يومي الجمعة والسبت", OUTAGE[0], "'بين يومي الجمعة والسبت' before Mon 15 Jul 2024 = Fri 12 - Sat 13 Jul (the message: 'الجمعة 6 محرم.. الموافق 12 يوليو 2024')", end=OUTAGE[1]),
    ev("media-reports-monday", "بحسب ما أوردت تقارير إعلامية، الإثنين", "2024-07-15", "'الإثنين' = Mon 15 Jul 2024, the day of the article"),
    ev("compensation-sms", "تلقوا رسائل هاتفية تبلغهم بحصولهم على تعويض مادي", SMS, "no own expression; the messages arrived on Sun 14 Jul 2024 (ahlmasrnews: 'أمس الأحد')"),
])
art(S, "https://ahlmasrnews.com/news/International-news/13305299/انقطاع-الكهرباء-في-السعودية",
    "2024-07-15", "no date line on the stored page; the body's 'أمس الأحد' for the text messages and 'يوم الجمعة الماضي' for the outage of Fri 12 Jul 2024 give Mon 15 Jul 2024 (14 Jul 2024 was a Sunday; aljarida of Mon 15 Jul reports the same messages); the photo captions and the sub-heading dropped; the last, truncated sentence (on Egypt's power cuts) dropped; headline kept from the page", False, """
السعودية.. الحكومة تعوض سكان إحدى المحافظات ماديا لانقطاع الكهرباء
نال سكان إحدى المحافظات في السعودية تعويضات مادية عن انقطاع الكهرباء خلال فترات بين يومي الجمعة والسبت الماضيين.
واستقبل سكان محافظة شرورة السعودية، أمس الأحد، رسائل نصية على هواتفهم الذكية تحمل اعتذارا من الشركة السعودية للكهرباء، إلى جانب تعويض مادي قدره 2000 ريال سعودي يضاف إلى رصيد حساباتهم لديها، بحسب صحيفة 'عكاظ' السعودية.
وفي بيان أصدره، اعتذر مجلس إدارة الشركة السعودية للكهرباء لجميع المستهلكين عن تأخر إعادة الخدمة الكهربائية، وأكد أن الخدمة أعيدت لجميع المستهلكين.
وشددت الشركة في بيانها على أنها ستتخذ الإجراءات اللازمة لمحاسبة المقصرين دون تهاون في هذا الأمر، وستبحث في أسباب الانقطاع.
وكان سكان محافظة شرورة قد واجهوا انقطاعا في التيار الكهربائي يوم الجمعة الماضي، امتد إلى أوقات متأخرة من اليوم التالي.
""", [
    ev("compensation-sms", "واستقبل سكان محافظة شرورة السعودية، أمس الأحد، رسائل نصية", SMS, "'أمس الأحد' from Mon 15 Jul 2024 = Sun 14 Jul"),
    ev("sec-board-apology", "اعتذر مجلس إدارة الشركة السعودية للكهرباء لجميع المستهلكين", SAT, "no own expression; the SEC board statement followed the full restoration of Sat 13 Jul evening and came before the messages of Sun 14 Jul (my span Sat 13 - Sun 14 Jul 2024)", end="2024-07-15"),
    ev("service-restored", "وأكد أن الخدمة أعيدت لجميع المستهلكين", SAT, "no own expression; the restoration was completed on the evening of Sat 13 Jul 2024 (sauress/Akhbaar 24 'مساء أمس (السبت)')"),
    ev("sharurah-outage", "انقطاعا في التيار الكهربائي يوم الجمعة الماضي، امتد إلى أوقات متأخرة من اليوم التالي", OUTAGE[0], "'يوم الجمعة الماضي' from Mon 15 Jul 2024 = Fri 12 Jul, 'إلى أوقات متأخرة من اليوم التالي' = into Sat 13 Jul", end=OUTAGE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 609
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
