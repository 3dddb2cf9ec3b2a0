"""Builds stories.jsonl: the 542-nd evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: rulings and decisions of international courts (ICJ, ICC)
about Arab or African states.
Stories: the ICJ judgment in the Somalia v. Kenya maritime delimitation case (October 2021), the ICJ advisory
opinion on the separation of the Chagos Archipelago from Mauritius (February 2019), and the ICC conviction of
the Janjaweed leader Ali Kushayb for crimes in Darfur (Sudan, October 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- somalia-kenya-icj-maritime-judgment-2021
S = "somalia-kenya-icj-maritime-judgment-2021"
RULING = "2021-10-12"                      # the ICJ read its judgment on Tue 12 Oct 2021 (afternoon in The Hague)
FILED = "2014-08-28"                       # Somalia filed its application against Kenya on Thu 28 Aug 2014
LAST_WEEK = ("2021-10-04", "2021-10-11")   # Kenya's announcement that it no longer recognised the court ('الأسبوع الماضي')
art(S, "https://mubasher.aljazeera.net/news/politics/2021/10/12/%D8%A7%D9%84%D8%B9%D8%AF%D9%84-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D8%AA%D8%AD%D9%83%D9%85-%D9%84%D8%B5%D8%A7%D9%84%D8%AD-%D8%A7%D9%84%D8%B5%D9%88%D9%85%D8%A7%D9%84-%D9%81%D9%8A",
    "2021-10-12", "URL folder '/2021/10/12/'; the body's 'اليوم الثلاثاء' for the judgment of Tue 12 Oct 2021 agrees (12 Oct 2021 was a Tuesday); headline written from the URL slug ('العدل الدولية تحكم لصالح الصومال في …', cut) and the body; the last, truncated sentence ('وخ…') dropped", True, """
العدل الدولية تحكم لصالح الصومال في نزاعه البحري مع كينيا
حكمت محكمة العدل الدولية، اليوم الثلاثاء، بأن يهيمن الصومال على القسم الأكبر من منطقة في المحيط الهندي يُعتقد أنها تزخر بموارد النفط والغاز، وذلك إثر معركة قضائية خاضها مع جارته كينيا حول الحدود البحرية.
وأعلنت المحكمة التابعة للأمم المتحدة أنه لا توجد "حدود بحرية متفق عليها"، ورسمت حدودا جديدة أقرب إلى ما يطالب به الصومال، في حين احتفظت كينيا بجزء من المثلث البحري موضع النزاع.
ويمتد المثلث البحري الذي يدور حوله الخلاف على مساحة تتجاوز 160 ألف كيلومتر مربع في المحيط الهندي.
وقد سعى كل من البلدين إلى عرض رخص للتنقيب عن النفط والغاز في المنطقة المتنازع عليها على شركات أجنبية، ما فجّر أزمة سياسية حادة بينهما.
ويطالب الصومال بهذه المنطقة البحرية لأنه يرى أن حدوده البحرية في المحيط الهندي تمتد على نحو مماثل لحدوده البرية جنوبا باتجاه كينيا.
أما كينيا فتؤكد أن حدود الصومال تنتهي عند نقطة التقاء الحدود الساحلية الكينية والصومالية على هيئة زاوية قائمة، وقد انعكس هذا الخلاف على علاقات البلدين التي بلغت حد القطيعة الدبلوماسية وطرد السفراء.
وكان الصومال قد تقدم بشكوى إلى محكمة العدل الدولية، في أغسطس/آب 2014، بشأن النزاع البحري مع كينيا، بعد أن أخفقت كل المحاولات بين البلدين في التوصل إلى حل نهائي للقضية.
""", [
    ev("icj-ruling", "حكمت محكمة العدل الدولية، اليوم الثلاثاء", RULING, "'اليوم الثلاثاء' = Tue 12 Oct 2021"),
    ev("new-boundary", "ورسمت حدودا جديدة أقرب إلى ما يطالب به الصومال", RULING, "no own expression; part of the judgment read on Tue 12 Oct 2021"),
    ev("case-filed", "قد تقدم بشكوى إلى محكمة العدل الدولية، في أغسطس/آب 2014", FILED, "'في أغسطس/آب 2014'; Somalia's application was filed on Thu 28 Aug 2014 (innfrad: 'في 28 أغسطس 2014'; the text gives the month only)"),
])
art(S, "https://sonna.so/ar/?p=421570",
    "2021-10-12", "the body's date line 'مقديشو 06 ربيع الأول 1443هـ – الموافق 12 أكتوبر2021م' (kept); its 'مساء الثلاثاء' for the judgment agrees (12 Oct 2021 was a Tuesday); the Somali state news agency SONNA; headline written from the body (the stored text has none); the last, truncated sentence ('يترأسه نائب رئ…') shortened", True, """
الرئيس فرماجو يهنئ الشعب الصومالي بحكم محكمة العدل الدولية في النزاع البحري
مقديشو 06 ربيع الأول 1443هـ – الموافق 12 أكتوبر2021م صونا- وجّه رئيس الجمهورية فخامة محمد عبدالله فرماجو كلمة إلى الشعب الصومالي، هنأه فيها بالقرار النهائي لمحكمة العدل الدولية التي قضت لصالح الصومال في قضية النزاع البحري بين الصومال وكينيا.
ولفت الرئيس إلى أن الحكومة الفيدرالية الصومالية اصطدمت بتحديات دبلوماسية كثيرة في سبيل بلوغ هذا النصر التاريخي، مؤكدا أنه ثمرة كفاح طويل خاضه شعب الصومال وحكومته.
وقال الرئيس: نأمل أن تحترم الحكومة الكينية سيادة القانون الدولي وأن تكف عن مساعيها المضللة وغير القانونية، ونأمل بدلا من ذلك أن تنظر كينيا إلى قرار المحكمة بوصفه فرصة لتوطيد العلاقات بين البلدين وتعزيز التعاون بين الشعبين.
وعبّر الرئيس عن شكره وتقديره للمناضلين الذين كافحوا من أجل هذا النصر التاريخي، وفي طليعتهم أعضاء البرلمان الثامن والرئيس السابق حسن شيخ محمود والمحامون والخبراء القانونيون.
وكانت القضية قد رُفعت رسميا أمام محكمة العدل الدولية للفصل فيها من جانب الصومال في عهد الرئيس السابق حسن شيخ محمود.
وفي نهاية المطاف، أصدرت محكمة العدل الدولية حكمها النهائي مساء الثلاثاء لصالح الصومال في قضية النزاع البحري بين الصومال وكينيا.
وحضر جلسة النطق بالحكم وفد صومالي يترأسه نائب رئيس الوزراء.
""", [
    ev("somalia-welcomes-ruling", "وجّه رئيس الجمهورية فخامة محمد عبدالله فرماجو كلمة إلى الشعب الصومالي", RULING, "the date line '12 أكتوبر2021م' = Tue 12 Oct 2021, the evening of the judgment"),
    ev("case-filed", "وكانت القضية قد رُفعت رسميا أمام محكمة العدل الدولية", FILED, "no own date ('في عهد الرئيس السابق حسن شيخ محمود'); Somalia's application of Thu 28 Aug 2014 (mubasher: 'في أغسطس/آب 2014')"),
    ev("icj-ruling", "أصدرت محكمة العدل الدولية حكمها النهائي مساء الثلاثاء", RULING, "'مساء الثلاثاء' in a report of Tue 12 Oct 2021 = that day"),
    ev("judgment-session", "وحضر جلسة النطق بالحكم وفد صومالي", RULING, "no own expression; the reading of the judgment in The Hague on Tue 12 Oct 2021"),
])
art(S, "https://arabic.euronews.com/2021/10/13/kenya-somalia-ea5",
    "2021-10-13", "no date in the text; URL folder '/2021/10/13/'; the report gives the judgment and Kenyatta's statement as 'يوم الثلاثاء' / 'في وقت متأخر من مساء يوم الثلاثاء' (Tue 12 Oct 2021), so the Reuters report came out the next day, Wed 13 Oct 2021; headline written from the body (the stored text has none)", False, """
كينيا ترفض حكم محكمة العدل الدولية في نزاعها البحري مع الصومال
نيروبي (رويترز) - رفضت كينيا حكما أصدرته محكمة العدل الدولية وجاء في معظمه لمصلحة الصومال في نزاعه مع نيروبي، بعد أن أقرت المحكمة حدودا بحرية في جزء من المحيط الهندي يُعتقد أنه غني بالنفط والغاز.
وذكرت محكمة العدل الدولية في حكمها يوم الثلاثاء أن الحدود البحرية المعدلة الممتدة على طول المناطق الاقتصادية الخالصة للجروف القارية للصومال وكينيا تمثل حلًا عادلًا.
وصرح الرئيس الكيني أوهورو كينياتا في وقت متأخر من مساء يوم الثلاثاء بأن "القرار لم يفاجئ كينيا، لكنها قلقة للغاية منه ومن تبعاته على منطقة القرن الأفريقي وعلى القانون الدولي عموما".
وتابع في بيان: "بادئ ذي بدء، تود كينيا أن توضح أنها ترفض النتائج الواردة في القرار جملة وتفصيلا ولا تعترف بها".
وأضاف أن القرار "قد يزيد أوضاع السلام والأمن سوءا في منطقة القرن الأفريقي الهشة".
وكان الصومال، الذي رحب بالحكم، قد رفع الدعوى عام 2014 أمام محكمة العدل الدولية، وهي أعلى محاكم الأمم المتحدة والمختصة بالفصل في النزاعات بين الدول.
وجاء الحكم الصادر يوم الثلاثاء بعد أن أعلنت نيروبي الأسبوع الماضي أنها ألغت اعترافها بالولاية القضائية الإلزامية لمحكمة العدل الدولية.
""", [
    ev("icj-ruling", "وذكرت محكمة العدل الدولية في حكمها يوم الثلاثاء", RULING, "'يوم الثلاثاء' in a report of Wed 13 Oct 2021 = Tue 12 Oct"),
    ev("new-boundary", "أن الحدود البحرية المعدلة", RULING, "no own expression; the boundary drawn by the judgment of Tue 12 Oct 2021"),
    ev("kenyatta-rejection", "وصرح الرئيس الكيني أوهورو كينياتا في وقت متأخر من مساء يوم الثلاثاء", RULING, "'في وقت متأخر من مساء يوم الثلاثاء' = late on Tue 12 Oct 2021"),
    ev("somalia-welcomes-ruling", "الذي رحب بالحكم", RULING, "no own expression; Somalia's welcome (President Farmajo's address) on Tue 12 Oct 2021 (SONNA's date line)"),
    ev("case-filed", "قد رفع الدعوى عام 2014", FILED, "'عام 2014'; the application was filed on Thu 28 Aug 2014 (the text gives the year only)"),
    ev("kenya-withdraws-recognition", "أعلنت نيروبي الأسبوع الماضي أنها ألغت اعترافها", LAST_WEEK[0], "'الأسبوع الماضي' from Wed 13 Oct 2021 = the week of Mon 4 - Sun 10 Oct (Kenya's foreign ministry statement was reported on Fri 8 Oct, qiraatsomali 'اليوم الجمعة'); my span", end=LAST_WEEK[1]),
])

# ---------------------------------------------------------------- mauritius-chagos-icj-advisory-opinion-2019
S = "mauritius-chagos-icj-advisory-opinion-2019"
OPINION = "2019-02-25"                     # the ICJ delivered its advisory opinion on Mon 25 Feb 2019
GA_REQUEST = "2017-06-22"                  # UN General Assembly resolution 71/292 asked for the opinion on 22 Jun 2017
INDEPENDENCE = "1968-03-12"                # Mauritius became independent on 12 Mar 1968
SEPARATION = ("1965-01-01", "1966-01-01")  # the Chagos were detached from the colony of Mauritius in 1965 (the year)
EXPULSION = ("1967-01-01", "1974-01-01")   # the islanders were removed between 1967 and 1973
art(S, "https://www.arab48.com/أخبار-عربية-ودولية/أخبار-دولية/2019/02/25/-العدل-الدولية-تصدر-رأيها-بأحقية-ملكية-جزيرة-دييغو-غارسيا",
    "2019-02-25", "URL folder '/2019/02/25/'; the body's 'اليوم الإثنين' for the day the opinion was to be delivered, Mon 25 Feb 2019, agrees (25 Feb 2019 was a Monday); the repeated standfirst and the photo captions dropped; headline kept; the last, truncated sentence ('قدم أولها ف…') shortened", True, """
"العدل الدولية" تصدر رأيها بأحقية ملكية جزيرة دييغو غارسيا
تترقب جزيرة موريشيوس، اليوم الإثنين، ما ستقرره محكمة العدل الدولية في قضية استرداد أرضها التي أقيمت عليها قسرا قاعدة أميركية قبل 5 عقود، بعد أن هُجّر سكانها.
وتُصدر المحكمة اليوم رأيها الاستشاري غير الملزم في "الخلاف" على إحدى جزر أرخبيل تشاغوس في المحيط الهندي، وهي جزيرة دييغو غارسيا التي تطالب موريشيوس بالسيادة عليها.
ويمثل أرخبيل تشاغوس محور نزاع قديم انطلق قبل خمسة عقود حين قررت بريطانيا فصل جزيرة موريشيوس عن الأرخبيل عام 1965 وإقامة قاعدة عسكرية مشتركة مع الولايات المتحدة في كبرى جزره دييغو غارسيا.
وقد رحّلت بريطانيا نحو ألفين من سكان الأرخبيل إلى جزيرتي موريشيوس وسيشيل لإفساح المكان لهذه القاعدة، التي أدت منذ ذلك الحين دورا محوريا في العمليات العسكرية الأميركية.
وترى موريشيوس أن بريطانيا "فككت بطريقة غير مشروعة" أراضيها، وقد شرعت في سلسلة من الإجراءات القضائية.
""", [
    ev("icj-opinion", "وتُصدر المحكمة اليوم رأيها الاستشاري غير الملزم", OPINION, "'اليوم' (= 'اليوم الإثنين') = Mon 25 Feb 2019"),
    ev("diego-garcia-base", "أقيمت عليها قسرا قاعدة أميركية قبل 5 عقود", "1971-01-01", "'قبل 5 عقود' from 2019 = about 1969; the base on Diego Garcia was built from 1971 and in use by 1973 (my span 1971-1973)", end="1974-01-01"),
    ev("chagos-separation", "قررت بريطانيا فصل جزيرة موريشيوس عن الأرخبيل عام 1965", SEPARATION[0], "'عام 1965' (the year)", end=SEPARATION[1]),
    ev("islanders-expelled", "وقد رحّلت بريطانيا نحو ألفين من سكان الأرخبيل", EXPULSION[0], "no own expression; the islanders were removed between 1967 and 1973 (elfagr: 'في أوائل السبعينيات'); my span 1967-1973", end=EXPULSION[1]),
])
art(S, "https://ajel.sa/material/print-material/YGvFH8",
    "2019-02-26", "no date line on the stored (print) page; the body's 'أمس الإثنين' for the opinion of Mon 25 Feb 2019 gives Tue 26 Feb 2019 (26 Feb 2019 was a Tuesday); the sub-heading dropped; headline kept as on the page; the text calls the ICJ 'المحكمة الدولية لحقوق الإنسان', kept; the last, truncated sentence ('لأن ا…') dropped", True, """
محكمة دولية تقضي بنزع أرخبيل تشاجوس من بريطانيا من وإعادته إلى موريشيوس
قضت المحكمة الدولية لحقوق الإنسان بانتزاع أرخبيل تشاجوس ذي الأهمية الاستراتيجية في المحيط الهندي من السيطرة البريطانية وإرجاعه إلى سيادة دولة موريشيوس.
وأفادت المحكمة، أمس الإثنين، بأن على بريطانيا أن تضع حدا لإدارتها لأرخبيل تشاجوس ذي الأهمية الاستراتيجية في المحيط الهندي.
وذكرت المحكمة في تقريرها أن حكم بريطانيا لتشاجوس على مدار عقود يشكل انتهاكا لحق سكان الأرخبيل في تقرير مصيرهم، وأنه يتعين على المملكة المتحدة أن تعيد الجزر إلى موريشيوس.
وأضاف التقرير أن الحكم البريطاني للجزر يمثل «عملًا غير قانوني بشكل مستمر».
وصادق 13 من قضاة المحكمة الـ14 على التقرير.
وكانت الجمعية العامة للأمم المتحدة قد طلبت من المحكمة إعداد هذا التقرير، غير أن قرار المحكمة ليس ملزما بموجب القانون الدولي.
وكانت المحكمة الدولية لحقوق الإنسان قد بحثت في مدى قانونية فصل جزر تشاجوس عن مستعمرة موريشيوس البريطانية في عام 1965، أي قبل ثلاث سنوات من نيل موريشيوس استقلالها.
""", [
    ev("icj-opinion", "وأفادت المحكمة، أمس الإثنين", OPINION, "'أمس الإثنين' in an article of Tue 26 Feb 2019 = Mon 25 Feb"),
    ev("ga-request", "وكانت الجمعية العامة للأمم المتحدة قد طلبت من المحكمة إعداد هذا التقرير", GA_REQUEST, "no own expression; the General Assembly's request of 22 Jun 2017 (voltairenet: 'في 22 حزيران-يونيو 2017')"),
    ev("chagos-separation", "فصل جزر تشاجوس عن مستعمرة موريشيوس البريطانية في عام 1965", SEPARATION[0], "'في عام 1965' (the year)", end=SEPARATION[1]),
    ev("mauritius-independence", "قبل ثلاث سنوات من نيل موريشيوس استقلالها", INDEPENDENCE, "'قبل ثلاث سنوات' after 1965 = 1968; Mauritius became independent on 12 Mar 1968"),
])
art(S, "https://www.voltairenet.org/article205383.html",
    "2019-02-28", "no date in the text (the '25 شباط-فبراير 2019' is the day of the opinion); the same network's later article (voltairenet.org/article208430.html) cites this piece by its title with the date '28 شباط (فبراير) 2019', so it was published on Thu 28 Feb 2019; the site's name, the translator's credit and the licence notice dropped; headline kept", False, """
المحكمة الداخلية للأمم المتحدة تعلن أن لندن وواشنطن تحتلان، بشكل غير قانوني، قاعدة دييغو غارسيا
أعلنت محكمة العدل الدولية في 25 شباط-فبراير 2019، بعد أن أحالت إليها الجمعية العامة للأمم المتحدة المسألة في 22 حزيران-يونيو 2017، أن البريطانيين زوّروا استقلال جزيرة موريشيوس في عام 1968، إذ فصلوا عنها أرخبيل شاغوس بصورة غير قانونية.
وتبيّن للمحكمة أن عملية إنهاء الاستعمار (1965-1968) خالفت قرارات الجمعية العامة ذات الصلة، ولا سيما القرار 1514 الذي يحظر اقتطاع أي أرض في سياق إزالة الاستعمار.
وكانت المملكة المتحدة قد رحّلت آنذاك جميع سكان هذه الجزر كي تؤجر أراضيها للولايات المتحدة لتقيم عليها قاعدة دييجو غارسيا، التي صارت تضم قاعدة جوية بحرية أمريكية وقاعدة اعتراض (Echelon) تابعة لمنظمة "العيون الخمس".
وفي نظر القانون الدولي، لا يمكن للتعويض المالي الذي دفعته المملكة المتحدة إلى سكان شاغوس أن يعوّض خسارتهم للسيادة، ويعود إلى الجمعية العامة أن تحدد سبل إعادة الأرخبيل إلى موريشيوس.
""", [
    ev("icj-opinion", "أعلنت محكمة العدل الدولية في 25 شباط-فبراير 2019", OPINION, "'في 25 شباط-فبراير 2019' = Mon 25 Feb 2019"),
    ev("ga-request", "أحالت إليها الجمعية العامة للأمم المتحدة المسألة في 22 حزيران-يونيو 2017", GA_REQUEST, "'في 22 حزيران-يونيو 2017' = Thu 22 Jun 2017"),
    ev("mauritius-independence", "استقلال جزيرة موريشيوس في عام 1968", INDEPENDENCE, "'في عام 1968'; independence day 12 Mar 1968 (the text gives the year only)"),
    ev("decolonisation-process", "أن عملية إنهاء الاستعمار (1965-1968)", "1965-01-01", "'(1965-1968)' = the years 1965 to 1968", end="1969-01-01"),
    ev("islanders-expelled", "قد رحّلت آنذاك جميع سكان هذه الجزر", EXPULSION[0], "'آنذاك' (at the time of the decolonisation); the islanders were removed between 1967 and 1973; my span", end=EXPULSION[1]),
])

# ---------------------------------------------------------------- sudan-icc-kushayb-conviction-2025
S = "sudan-icc-kushayb-conviction-2025"
VERDICT = "2025-10-06"                     # ICC Trial Chamber I convicted Ali Kushayb on Mon 6 Oct 2025 (hearing from 14:00 Hague time)
CRIMES = ("2003-08-01", "2004-05-01")      # the crimes of the charges: August 2003 - April 2004
KODOOM = ("2003-08-01", "2003-09-01")      # the attacks on Kodoom and Bindisi: August 2003
MUKJAR = ("2004-02-01", "2004-04-01")      # the killings of detainees at Mukjar and Deleig: February - March 2004
art(S, "https://www.beamreports.com/2025/10/06/%d8%a7%d9%84%d8%ac%d9%86%d8%a7%d8%a6%d9%8a%d8%a9-%d8%aa%d8%af%d9%8a%d9%86-%d9%83%d9%88%d8%b4%d9%8a%d8%a8-%d8%a8%d8%a7%d8%b1%d8%aa%d9%83%d8%a7%d8%a8-27-%d8%ac%d8%b1",
    "2025-10-06", "the body's date line '6 أكتوبر 2025 –' (kept) and URL folder '/2025/10/06/'; its 'الإثنين' and 'الساعة 14:00 اليوم' agree (6 Oct 2025 was a Monday); headline written from the URL slug ('الجنائية تدين كوشيب بارتكاب 27 جر…', cut); the last, truncated sentence ('في حال أدان…') completed by one word", True, """
الجنائية تدين كوشيب بارتكاب 27 جريمة حرب وجريمة ضد الإنسانية في دارفور
6 أكتوبر 2025 – دانت الدائرة الأولى في المحكمة الجنائية الدولية، الإثنين، قائد الميليشيا السابق علي كوشيب بارتكاب 27 جريمة من جرائم الحرب والجرائم ضد الإنسانية في دارفور بالسودان، في الفترة ما بين أغسطس 2003 وأبريل 2004 على أقل تقدير، في أول حكم يصدر في جرائم حرب دارفور، وذلك بعد مرور 22 عامًا على اندلاع النزاع في الإقليم الذي أودى بحياة مئات الآلاف وشرّد الملايين.
وتلفت «بيم ريبورتس» إلى أن المحكمة الجنائية الدولية لا تزال تحقق في جرائم ارتكبت في دارفور بعد اندلاع الحرب في 15 أبريل 2023، إذ تتمتع بولاية على الإقليم منذ أن أحال مجلس الأمن الدولي الملف إليها في مارس 2005.
ووفقا لنظام المحكمة، يحق لكل من الطرفين، الادعاء وكوشيب، الطعن في القرار أمام دائرة الاستئناف في المحكمة الجنائية الدولية.
وانطلقت الجلسة التاريخية للنطق بالحكم على كوشيب، المولود في عام 1957، في الساعة 14:00 اليوم بتوقيت لاهاي المحلي في هولندا.
وكانت المحكمة قد أوضحت أن «القضاة يبنون قرارهم على القانون المنطبق والأدلة التي قُدمت ونوقشت خلال المحاكمة دون سواها».
وكان سيريل لاوتشي، كبير محامي الدفاع عن «علي كوشيب» أمام المحكمة الجنائية الدولية، قد قال في تصريح سابق لـ«بيم ريبورتس» إن موكله هو من يقرر استئناف الحكم من عدمه إذا أدين.
""", [
    ev("kushayb-conviction", "دانت الدائرة الأولى في المحكمة الجنائية الدولية، الإثنين", VERDICT, "the date line '6 أكتوبر 2025' and 'الإثنين' = Mon 6 Oct 2025"),
    ev("darfur-crimes", "في الفترة ما بين أغسطس 2003 وأبريل 2004", CRIMES[0], "'ما بين أغسطس 2003 وأبريل 2004' = 1 Aug 2003 - 30 Apr 2004", end=CRIMES[1]),
    ev("darfur-conflict-outbreak", "بعد مرور 22 عامًا على اندلاع النزاع في الإقليم", "2003-01-01", "'بعد مرور 22 عامًا' from 2025 = 2003 (the Darfur war broke out in early 2003); the year", end="2004-01-01"),
    ev("sudan-war-outbreak", "بعد اندلاع الحرب في 15 أبريل 2023", "2023-04-15", "'في 15 أبريل 2023' = Sat 15 Apr 2023"),
    ev("unsc-referral", "أحال مجلس الأمن الدولي الملف إليها في مارس 2005", "2005-03-31", "'في مارس 2005'; the referral (resolution 1593) was adopted on Thu 31 Mar 2005 (the text gives the month only)"),
    ev("verdict-session", "وانطلقت الجلسة التاريخية للنطق بالحكم على كوشيب", VERDICT, "'في الساعة 14:00 اليوم' = 14:00 (Hague time) on Mon 6 Oct 2025"),
])
art(S, "https://suda.news/43548",
    "2025-10-06", "no date on the stored page; a breaking-news flash ('عاجل |') carrying only the verdict, which it places on 'الاثنين' (bare weekday): the verdict read from 14:00 Hague time on Mon 6 Oct 2025, so it was published that day; the last, truncated word ('الإنسا…') completed; headline kept", False, """
عاجل | الجنائية الدولية تدين علي كوشيب بارتكاب جرائم حرب
أصدرت المحكمة الجنائية الدولية، الاثنين، حكما يقضي بإدانة المتهم السوداني علي محمد علي عبد الرحمن "علي كوشيب"، وهو من أبرز قادة مليشيا الجنجويد، في 27 تهمة تتصل بجرائم حرب وجرائم ضد الإنسانية ارتُكبت في إقليم دارفور خلال الفترة من أغسطس 2003 إلى أبريل 2004.
وشددت المحكمة، في جلستها المنعقدة بمقرها في لاهاي، على أن كوشيب يتحمل مسؤولية مباشرة وغير مباشرة عن القتل والتعذيب والاضطهاد والاعتداء على الكرامة الإنسانية، بوصفها جرائم حرب وجرائم ضد الإنسانية، موضحة أن هذه الانتهاكات وقعت في إطار هجمات ممنهجة على السكان المدنيين في عدد من مناطق دارفور.
وبيّنت المحكمة أن كوشيب، بصفته قائدا ميدانيا وشريكا لقوات الجنجويد و/أو لقوات الحكومة السودانية آنذاك، أمر بتنفيذ عمليات شملت قتل ما لا يقل عن 200 أسير ومعتقل في منطقتي مكجار وديليج، فضلا عن الترحيل القسري للسكان وعمليات النهب وتدمير الممتلكات والاعتداء على المدنيين في كودوم وبنديسي.
واستنادا إلى نتائج المداولات، قضت المحكمة بثبوت مسؤولية كوشيب عن جميع التهم الموجهة إليه، مؤكدة أن هذه الجرائم تمثل انتهاكا خطيرا للقانون الدولي الإنساني.
""", [
    ev("kushayb-conviction", "أصدرت المحكمة الجنائية الدولية، الاثنين، حكما يقضي بإدانة", VERDICT, "'الاثنين' = Mon 6 Oct 2025, the day of the verdict (beamreports' date line)"),
    ev("darfur-crimes", "خلال الفترة من أغسطس 2003 إلى أبريل 2004", CRIMES[0], "'من أغسطس 2003 إلى أبريل 2004' = 1 Aug 2003 - 30 Apr 2004", end=CRIMES[1]),
    ev("verdict-session", "في جلستها المنعقدة بمقرها في لاهاي", VERDICT, "no own expression; the verdict hearing of Mon 6 Oct 2025 (from 14:00, beamreports)"),
    ev("mukjar-deleig-killings", "قتل ما لا يقل عن 200 أسير ومعتقل في منطقتي مكجار وديليج", MUKJAR[0], "no own expression; the Mukjar and Deleig killings of the charges took place in February - March 2004 (within the period of the crimes); my span", end=MUKJAR[1]),
    ev("kodoom-bindisi-attacks", "والاعتداء على المدنيين في كودوم وبنديسي", KODOOM[0], "no own expression; the attacks on Kodoom and Bindisi of the charges took place in August 2003 (al-jasser: 'خلال أغسطس 2003م')", end=KODOOM[1]),
])
art(S, "https://al-jasser-electronic-newspaper.com/2025/10/13/%d8%ae%d8%b1%d9%88%d8%ac-%d8%a7%d9%84%d8%a2%d9%84%d8%a7%d9%81-%d9%81%d9%8a-%d9%85%d8%b3%d9%8a%d8%b1%d8%a7%d8%aa-%d8%b3%d9%84%d9%85%d9%8a%d8%a9-%d8%a8%d9%85%d8%b9%d8%b3%d9%83%d8%b1%d8%a7%d8%aa",
    "2025-10-13", "URL folder '/2025/10/13/'; the body's 'الاثنين 13 اكتوبر 2025م' for the marches and 'اليوم الاثنين' for the spokesman's statement agree (13 Oct 2025 was a Monday); the byline 'الجاسر نيوز – متابعات' dropped; headline kept; the last, truncated sentence ('ونوه رجال، نظ…') dropped", True, """
خروج الآلاف في مسيرات سلمية بمعسكرات «دارفور» و «تشاد» دعماً لإدانة الجنائية الدولية لـ«كوشيب»
خرج آلاف النازحين واللاجئين السودانيين في مخيمات بإقليم دارفور وفي دولة تشاد في مسيرات سلمية الاثنين 13 اكتوبر 2025م، تأييدا وتضامنا مع محاكمة قائد ميليشيا الجنجويد علي كوشيب، الذي يُعد الذراع اليمنى لأحمد هارون، بسبب ما ارتكبه من انتهاكات وجرائم مروعة بحق أهالي دارفور.
والاثنين الماضي انتهى الحكم الصادر في مقر المحكمة بلاهاي، بعد محاكمة مطولة، إلى إدانة علي كوشيب في 27 تهمة بسبب دوره في الهجمات على قبائل خلال أغسطس 2003م.
والسبت 11 اكتوبر 2025م دعت المنسقية العامة لمعسكرات النازحين واللاجئين بالسودان كل معسكرات النزوح واللجوء إلى تنظيم مسيرات سلمية تأييدا للإدانة التاريخية التي أصدرتها المحكمة الجنائية الدولية.
وقال المتحدث الرسمي باسم المنسقية العامة للنازحين واللاجئين، في بيان صحفي اليوم الاثنين بشأن المسيرات السلمية في المعسكرات، إن كوشيب كان أداة فاعلة في قتل مجتمعات بعينها، وفي تعذيب الناس بنفسه واغتصاب الفتيات وقتل قادة المجتمعات.
وأوضح رجال أن المسيرات السلمية خرجت اليوم في مخيمات كلمة وعطاش والحميدية وخمسة دقيق ونيرتتي وطويلة وسورتوني وقولو وكساب.
""", [
    ev("idp-marches", "خرج آلاف النازحين واللاجئين السودانيين", "2025-10-13", "'الاثنين 13 اكتوبر 2025م' = Mon 13 Oct 2025"),
    ev("kushayb-conviction", "والاثنين الماضي انتهى الحكم الصادر", VERDICT, "'الاثنين الماضي' from Mon 13 Oct 2025 = Mon 6 Oct"),
    ev("kodoom-bindisi-attacks", "دوره في الهجمات على قبائل خلال أغسطس 2003م", KODOOM[0], "'خلال أغسطس 2003م' = August 2003 (the month)", end=KODOOM[1]),
    ev("marches-call", "والسبت 11 اكتوبر 2025م دعت المنسقية العامة", "2025-10-11", "'والسبت 11 اكتوبر 2025م' = Sat 11 Oct 2025"),
    ev("spokesman-statement", "في بيان صحفي اليوم الاثنين", "2025-10-13", "'اليوم الاثنين' = Mon 13 Oct 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 542
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
