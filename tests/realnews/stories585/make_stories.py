"""Builds stories.jsonl: the 585-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: royal or presidential pardons and amnesty decrees on
religious or national holidays, and the releases that follow.
Stories: the Tunisian presidential pardon of 2014 prisoners (and 674 conditional releases) for the 15th
anniversary of the 17 December revolution (Tunisia, December 2025), and the UAE pardons of the 54th Union Day,
2937 inmates by the President and 2025 by the Ruler of Dubai (UAE, November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-revolution-day-pardon-2014-prisoners-2025
S = "tunisia-revolution-day-pardon-2014-prisoners-2025"
PARDON = "2025-12-16"                      # Kais Saied's pardon of 2014 prisoners and 674 conditional releases, Tue 16 Dec 2025
ANNIV = "2025-12-17"                       # the 15th anniversary of the revolution, Wed 17 Dec 2025
OUTBREAK = "2010-12-17"                    # the revolution broke out in Sidi Bouzid on Fri 17 Dec 2010
REGIME_FALL = "2011-01-14"                 # the regime fell on Fri 14 Jan 2011
art(S, "https://ar.tunisienumerique.com/%D8%A8%D9%85%D9%86%D8%A7%D8%B3%D8%A8%D8%A9-%D8%B9%D9%8A%D8%AF-%D8%A7%D9%84%D8%AB%D9%88%D8%B1%D8%A9-%D9%82%D9%8A%D8%B3-%D8%B3%D8%B9%D9%8A%D9%91%D8%AF-%D9%8A%D8%B5%D8%AF%D8%B1-%D8%B9%D9%81%D9%88%D9%8B/",
    "2025-12-16", "the stored page's date stamp 'date 2025-12-16' (Tue 16 Dec 2025), the day of the pardon (alnilin: 'اليوم الثلاثاء'); the share buttons dropped; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
بمناسبة عيد الثورة.. قيس سعيّد يصدر عفوًا رئاسيًا
في إطار إحياء ذكرى ثورة 17 ديسمبر، منح رئيس الجمهورية قيس سعيّد عفوًا رئاسيًا ينص على إطلاق سراح 2014 سجينًا.
ويندرج هذا القرار ضمن الصلاحيات التي يخولها القانون لرئيس الدولة، وفي سياق ما تكتسيه هذه المناسبة من رمزية وطنية ومن بعد إنساني.
وأصدر رئيس الجمهورية كذلك تعليماته بأن يتمتع 674 سجينًا آخرين بالسراح الشرطي، وفقًا للتراتيب القانونية المعمول بها.
وتأتي هذه القرارات ضمن توجه يرمي إلى الإسهام في التقليص من الاكتظاظ في المؤسسات السجنية، ودعم مسار إعادة إدماج المفرج عنهم في المجتمع، مع مراعاة مقتضيات العدالة ومتطلبات الأمن العام.
""", [
    ev("pardon-2014", "منح رئيس الجمهورية قيس سعيّد عفوًا رئاسيًا", PARDON, "no own expression; the pardon of Tue 16 Dec 2025 (the page's date stamp; alnilin 'اليوم الثلاثاء'; Arya of Wed 17: 'أصدر أمس')"),
    ev("conditional-release-674", "بأن يتمتع 674 سجينًا آخرين بالسراح الشرطي", PARDON, "no own expression; the instruction given with the pardon, Tue 16 Dec 2025"),
    ev("revolution-anniversary", "في إطار إحياء ذكرى ثورة 17 ديسمبر", ANNIV, "'ذكرى ثورة 17 ديسمبر' = the anniversary of Wed 17 Dec 2025 (the next day)"),
])
art(S, "https://www.alnilin.com/13419184.htm",
    "2025-12-16", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the pardon, which was issued on Tue 16 Dec 2025 (tunisienumerique's stamp 2025-12-16; Arya of Wed 17: 'أصدر أمس'); an RT report carried by alnilin; the source line 'المصدر: RT' dropped; headline written from the body (the stored text has none)", True, """
سعيد يعفو عن 2014 سجينا بمناسبة عيد الثورة في تونس
منح الرئيس التونسي قيس سعيد اليوم الثلاثاء عفوا رئاسيا يؤدي إلى إطلاق سراح 2014 سجينا، وذلك بمناسبة عيد ثورة 17 ديسمبر.
ويدخل القرار في نطاق صلاحيات رئيس الدولة، وفي إطار الرمزية الوطنية والبعد الإنساني اللذين تحملهما هذه المناسبة.
وأصدر سعيد أيضا توجيهاته بالإفراج المشروط عن 674 سجينا آخرين، طبقا للقوانين والأنظمة السارية.
وتصب هذه الإجراءات في مسعى إلى تخفيف الاكتظاظ في السجون والإسهام في إعادة إدماج المفرج عنهم في المجتمع، مع مراعاة متطلبات العدالة وصون الأمن العام.
وتحيي تونس يوم 17 ديسمبر الذكرى الـ15 لاندلاع الثورة التونسية، التي انطلقت شرارتها من ولاية سيدي بوزيد في 17 ديسمبر 2010.
""", [
    ev("pardon-2014", "منح الرئيس التونسي قيس سعيد اليوم الثلاثاء عفوا رئاسيا", PARDON, "'اليوم الثلاثاء' = Tue 16 Dec 2025"),
    ev("conditional-release-674", "بالإفراج المشروط عن 674 سجينا آخرين", PARDON, "no own expression; given with the pardon on Tue 16 Dec 2025"),
    ev("revolution-anniversary", "وتحيي تونس يوم 17 ديسمبر الذكرى الـ15", ANNIV, "'يوم 17 ديسمبر' in a text of Dec 2025 = Wed 17 Dec 2025"),
    ev("revolution-outbreak", "التي انطلقت شرارتها من ولاية سيدي بوزيد في 17 ديسمبر 2010", OUTBREAK, "'17 ديسمبر 2010' = Fri 17 Dec 2010"),
])
art(S, "https://nlep.nikantejaratltd.ir/ar/News/120251217142353951/تونس-تحیی-الذکرى-الـ15-لاندلاع-الثوره-فیدیو",
    "2025-12-17", "no date line in the stored text; the body's 'الیوم الأربعاء' for the 15th anniversary of Wed 17 Dec 2025 and 'أصدر أمس' for the pardon of Tue 16 Dec (17 Dec 2025 was a Wednesday); the news number in the URL begins 120251217; an Arya news agency copy of an RT report, written with Persian letters (re-worded in standard Arabic spelling); the agency line and 'المصدر: RT' dropped; headline kept from the URL slug", True, """
تونس تحيي الذكرى الـ15 لاندلاع الثورة
تحتفل تونس اليوم الأربعاء بالذكرى الـ15 لاندلاع الثورة التونسية التي انطلقت شرارتها الأولى من ولاية سيدي بوزيد، ثم تتابعت بعدها موجة من الاحتجاجات انتهت بسقوط النظام في 14 يناير 2011.
وشكّل هذا اليوم منعطفا حاسما في تاريخ البلاد الحديث، وفتح الأبواب أمام تحولات سياسية واجتماعية عميقة ما زالت آثارها مستمرة إلى اليوم.
يذكر أن رئيس الجمهورية قيس سعيد كان قد أصدر أمس، بمناسبة عيد الثورة، عفوا رئاسيا يفضي إلى إطلاق سراح 2014 سجينا، كما أعطى تعليماته بالإفراج المشروط عن 674 سجينا إضافيا، وفق القوانين والأنظمة المعمول بها.
""", [
    ev("revolution-anniversary", "تحتفل تونس اليوم الأربعاء بالذكرى الـ15", ANNIV, "'اليوم الأربعاء' = Wed 17 Dec 2025"),
    ev("revolution-outbreak", "لاندلاع الثورة التونسية التي انطلقت شرارتها الأولى", OUTBREAK, "no own expression; the outbreak of Fri 17 Dec 2010 (alnilin '17 ديسمبر 2010'; the 15th anniversary falls on 17 Dec 2025)"),
    ev("regime-fall", "انتهت بسقوط النظام في 14 يناير 2011", REGIME_FALL, "'14 يناير 2011' = Fri 14 Jan 2011"),
    ev("pardon-2014", "كان قد أصدر أمس، بمناسبة عيد الثورة، عفوا رئاسيا", PARDON, "'أمس' in an article of Wed 17 Dec 2025 = Tue 16 Dec"),
    ev("conditional-release-674", "بالإفراج المشروط عن 674 سجينا إضافيا", PARDON, "no own expression; given with the pardon 'أمس' = Tue 16 Dec 2025"),
])

# ---------------------------------------------------------------- uae-union-day-54-pardons-2025
S = "uae-union-day-54-pardons-2025"
ORDERS = "2025-11-27"                      # the President's (2937) and the Ruler of Dubai's (2025) release orders, Thu 27 Nov 2025
UNION_DAY = "2025-12-02"                   # the 54th Union Day (National Day), Tue 2 Dec 2025
art(S, "https://www.aletihad.ae/news/%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA/4625423/%D9%85%D8%AD%D9%85%D8%AF-%D8%A8%D9%86-%D8%B1%D8%A7%D8%B4%D8%AF-%D9%8A%D8%A3%D9%85%D8%B1-%D8%A8%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-2025-%D9%85%D9%86-%D9%86%D8%B2%D9%84%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D9%86%D8%B4%D8%A2%D8%AA-%D8%A7%D9%84%D8%A5%D8%B5%D9%84%D8%A7%D8%AD%D9%8A",
    "2025-11-27", "the article's time stamp on the stored page, '27 نوفمبر 2025 17:37' (page stamp 'date 2025-11-27'; the site header's 'الجمعة 28 نوفمبر 2025' is the crawl day and was dropped with the menus); headline kept from the page; the stored excerpt ends mid-sentence, the last clause is shortened; no date of its own in the text", False, """
محمد بن راشد يأمر بالإفراج عن 2025 من نزلاء المنشآت الإصلاحية بمناسبة عيد الاتحاد الـ54
أصدر صاحب السمو الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء، بصفته حاكماً لإمارة دبي، أمراً بإطلاق سراح 2025 محكوماً من نزلاء المؤسسات الإصلاحية والعقابية في دبي، من جنسيات مختلفة، وذلك احتفاءً بعيد الاتحاد الـ54.
وشدد سعادة المستشار عصام عيسى الحميدان، النائب العام لإمارة دبي، على أن أمر صاحب السمو بالإفراج عن هذا العدد من النزلاء، وهو الأكبر في تاريخ الإمارة، يتزامن مع مناسبة وطنية عزيزة، ويؤكد القيم الرفيعة التي قام عليها صرح الاتحاد الذي يزداد رسوخاً يوماً بعد يوم، إذ يعكس حرص سموّه على منح المشمولين بالعفو فرصة الرجوع إلى الطريق القويم والاندماج من جديد في المجتمع الذي لم يتخل يوماً عن التمسك بالقيم التي انطلق بها الوطن في مسيرته المباركة، في إطار واضح من احترام القانون.
""", [
    ev("dubai-order-2025", "أمراً بإطلاق سراح 2025 محكوماً من نزلاء", ORDERS, "no own expression; the order reported in this article time-stamped 27 Nov 2025 17:37 (eanlibya of Fri 28: the orders announced 'أمس')"),
    ev("union-day-54", "وذلك احتفاءً بعيد الاتحاد الـ54", UNION_DAY, "the 54th Union Day = Tue 2 Dec 2025 (2 December 1971 + 54 years)"),
    ev("hamidan-statement", "وشدد سعادة المستشار عصام عيسى الحميدان", ORDERS, "no own expression; the Dubai attorney general's statement on the day of the order, Thu 27 Nov 2025"),
])
art(S, "https://www.eanlibya.com/%D8%A3%D9%83%D8%A8%D8%B1-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%B9%D9%81%D9%88-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A8%D9%86/",
    "2025-11-28", "the stored page's date stamp 'date 2025-11-28' (Fri 28 Nov 2025), matching the body's 'أعلن المكتب الإعلامي لرئيس الدولة أمس' for the announcement of Thu 27 Nov (aletihad's time stamp of the Dubai order: 27 Nov 2025 17:37); headline rendered from the URL slug (cut there); the last, truncated clause on the prosecution's coordination dropped", True, """
أكبر عملية عفو تاريخية في الإمارات
أصدر رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان وحاكم دبي الشيخ محمد بن راشد آل مكتوم أوامر بإطلاق سراح آلاف النزلاء من المؤسسات العقابية والإصلاحية، احتفالاً بالعيد الوطني الـ54 للدولة، في مبادرة ترمي إلى منحهم فرصة لبدء حياة جديدة.
وأعلن المكتب الإعلامي لرئيس الدولة أمس الإفراج عن 2937 نزيلاً صدرت بحقهم أحكام قضائية مختلفة، على أن يتكفل رئيس الدولة بسداد الغرامات المالية المترتبة عليهم تنفيذاً لتلك الأحكام.
وبيّنت وسائل الإعلام الإماراتية أن المبادرة تستهدف تمكين المفرج عنهم من العودة إلى المجتمع وتحقيق الاستقرار لأسرهم والتخفيف من معاناتهم وإدخال البهجة على عائلاتهم.
وأمر بن راشد كذلك، وهو نائب رئيس الدولة ورئيس مجلس الوزراء وحاكم دبي، بالإفراج عن 2025 محكوماً من نزلاء المؤسسات الإصلاحية والعقابية في الإمارة من جنسيات متعددة، وهو أكبر أمر من نوعه في تاريخ دبي، وفق ما أكده النائب العام لإمارة دبي المستشار عصام عيسى الحميدان.
وأوضح الحميدان أن قرار الإفراج يجسد حرص القيادة الإماراتية على إتاحة الفرصة للمشمولين بالعفو للعودة إلى جادة الصواب والاندماج في المجتمع.
""", [
    ev("union-day-54", "احتفالاً بالعيد الوطني الـ54 للدولة", UNION_DAY, "the 54th National (Union) Day = Tue 2 Dec 2025"),
    ev("president-order-2937", "وأعلن المكتب الإعلامي لرئيس الدولة أمس الإفراج عن 2937 نزيلاً", ORDERS, "'أمس' in an article of Fri 28 Nov 2025 = Thu 27 Nov"),
    ev("dubai-order-2025", "بالإفراج عن 2025 محكوماً من نزلاء", ORDERS, "no own expression; the Dubai order of Thu 27 Nov 2025 (aletihad's time stamp 27 Nov 2025 17:37)"),
    ev("hamidan-statement", "وأوضح الحميدان أن قرار الإفراج", ORDERS, "no own expression; the attorney general's statement made with the order, Thu 27 Nov 2025 (aletihad of 27 Nov)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 585
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
