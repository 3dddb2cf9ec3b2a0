"""Builds stories.jsonl: the 458-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: power outages, blackouts and electricity grid failures.
Stories: the nationwide blackout in Venezuela blamed on sabotage at the Guri dam (March 2019), the national-grid
breakdown in Pakistan (January 2023), the nationwide blackout in Chile with a state of emergency and a curfew
(February 2025), and the Sri Lanka blackout blamed on a monkey in a sub-station (February 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- venezuela-guri-nationwide-blackout-2019
S = "venezuela-guri-nationwide-blackout-2019"
BLACKOUT = "2019-03-07"                    # the blackout began on the afternoon/evening of Thu 7 Mar 2019
art(S, "https://www.maghress.com/barlamane/505456",
    "2019-03-08", "no date line in the stored text (a Barlamane report carried by maghress); the body's 'عاشت فنزويلا ليلة أمس الخميس في ظلام دامس' for the blackout that began on Thu 7 Mar 2019 gives Fri 8 Mar 2019 (7 Mar 2019 was a Thursday; tunisien.tn of the same day: 'يوم أمس الخميس'); headline written from the body (the stored text has none); the last, truncated sentence on Guaido dropped", False, """
فنزويلا تغرق في ظلام دامس إثر انقطاع شامل للتيار الكهربائي
قضت فنزويلا ليلة أمس الخميس في عتمة كاملة جراء انقطاع تام للكهرباء شمل 21 ولاية من الولايات الـ23 المكونة للبلاد، إضافة إلى العاصمة كاراكاس، وهو ما أوقف مترو الأنفاق وشبكات الاتصالات والإنترنت في المدينة الأكثر سكانا في البلاد.
ونقلت صحيفة "Nacional" الفنزويلية عن الشركة الوطنية للكهرباء أن أعمالا تخريبية وقعت في محطة "غوري" الكهرومائية، وهي أكبر محطات توليد الطاقة في البلاد.
وأكدت ذلك أيضا ديلسي رودريغز، نائبة نيكولاس مادورو، إذ قالت: "تعرضنا لهجوم كبير يقف وراءه الجناح الأشد تطرفا في المعارضة، وبصمات السيناتور الأمريكي ماركو روبيو وأعضاء آخرين في واشنطن واضحة".
وأضافت أن "غاية الهجوم شل البلاد وقطع الكهرباء والاتصالات، لكنهم لن ينجحوا، فقد تمكن العمال والفرق المختصة من إعادة التيار إلى أربع ولايات وهم ماضون في عملهم، وغدا سيعرف العالم كله تفاصيل ما جرى من اعتداء تخريبي على فنزويلا".
ويذكر أن فنزويلا تشهد منذ 21 يناير الماضي احتجاجات شعبية واسعة ضد الرئيس الحالي نيكولاس مادورو.
""", [
    ev("blackout", "قضت فنزويلا ليلة أمس الخميس في عتمة كاملة", BLACKOUT, "'ليلة أمس الخميس' in an article of Fri 8 Mar 2019 = Thu 7 Mar"),
    ev("guri-sabotage", "أن أعمالا تخريبية وقعت في محطة \"غوري\" الكهرومائية", BLACKOUT, "no own expression; the alleged sabotage at the Guri plant that the government blamed for the blackout of Thu 7 Mar 2019"),
    ev("rodriguez-attack-statement", "تعرضنا لهجوم كبير يقف وراءه الجناح الأشد تطرفا في المعارضة", BLACKOUT, "no own expression; the vice-president's statement on the night of the blackout, Thu 7 Mar 2019 (it precedes this report of Fri 8, which quotes her 'غدا')"),
    ev("four-states-restored", "إعادة التيار إلى أربع ولايات", BLACKOUT, "no own expression; the restoration to four states that Rodriguez announced in the same statement on the night of Thu 7 Mar 2019"),
    ev("anti-maduro-protests", "تشهد منذ 21 يناير الماضي احتجاجات شعبية واسعة", "2019-01-21", "'منذ 21 يناير الماضي' = from Mon 21 Jan 2019 until the report of Fri 8 Mar 2019 (ongoing)", end="2019-03-09"),
])
art(S, "https://arabic.euronews.com/2019/03/09/juan-guaido-and-nicolas-maduro-calls-for-protests-while-country-suffering-from-blackout",
    "2019-03-09", "the page address carries the publication day 2019/03/09 (Sat 9 Mar 2019); the body's 'منذ ليل الخميس' for the blackout of Thu 7 Mar agrees; the byline, photo credit and 'للمزيد' links dropped; headline kept from the page; the last, truncated sentence dropped", True, """
دعوات لمظاهرات ضخمة في فنزويلا الغارقة في الظلام
حث الرئيس الفنزويلي نيكولاس مادورو وزعيم المعارضة خوان غوايدو كل منهما أنصاره على النزول للتظاهر في شوارع العاصمة كاركاس وغيرها من مدن البلاد.
ولا تزال مدن فنزويلية كثيرة غارقة في العتمة منذ ليل الخميس، ما يجعل هذا الانقطاع للكهرباء من أطول الانقطاعات التي عرفتها البلاد في تاريخها.
واضطرت السلطات بسبب انقطاع التيار إلى إغلاق المدارس والمكاتب الحكومية.
وطالب زعيم المعارضة، الذي أعلن نفسه رئيسا بالوكالة واعترفت به دول غربية عديدة، الفنزويليين عبر "تويتر" بالخروج إلى الشارع ضد ما سماه النظام العاجز والمغتصب الذي أغرق البلاد في الظلام.
وفي المقابل، دعا الرئيس الفنزويلي مؤيديه إلى المشاركة في مسيرات مناهضة للإمبريالية.
وأفادت تقارير بأن الكهرباء عادت تدريجيا إلى 10 مناطق في العاصمة كاراكاس وإلى أجزاء من ولايتي ميراندا وفارغاس، غير أن ذلك لم يدم إلا لوقت قصير.
""", [
    ev("protest-calls", "كل منهما أنصاره على النزول للتظاهر", "2019-03-08", "no own expression; Guaido's tweet and Maduro's renewed call for the rallies of Saturday were reported on Fri 8 Mar 2019 (Maduro had first called his anti-imperialist march on Tue 5 Mar)"),
    ev("blackout", "غارقة في العتمة منذ ليل الخميس", BLACKOUT, "'منذ ليل الخميس' = the start of the blackout, Thu 7 Mar 2019"),
    ev("schools-offices-closed", "إغلاق المدارس والمكاتب الحكومية", "2019-03-08", "no own expression; the government suspended classes and work from Fri 8 Mar 2019, the first working day after the blackout"),
    ev("guaido-tweet", "الفنزويليين عبر \"تويتر\" بالخروج إلى الشارع", "2019-03-08", "no own expression; Guaido's tweet calling for the Saturday protests, Fri 8 Mar 2019"),
    ev("caracas-brief-restoration", "الكهرباء عادت تدريجيا إلى 10 مناطق في العاصمة كاراكاس", "2019-03-08", "no own expression; the short-lived partial restoration in Caracas, Miranda and Vargas on Fri 8 Mar 2019, the day before this report"),
])
art(S, "https://www.sauress.com/alwatan/363418",
    "2019-03-10", "no date line in the stored text (an AFP-based report of the Saudi daily al-Watan carried by sauress); the body's 'عاش الفنزويليون أمس يومهم الثالث' for the third day of a blackout that began on Thursday ('الذي وقع الخميس') = Sat 9 Mar 2019, so the report is of Sun 10 Mar 2019; the same AFP text in aljarida.com ('أنهى الفنزويليون، أمس، يومهم الثالث') carries a URL time stamp of 10 Mar 2019; headline written from the body (the stored text has none)", False, """
الفنزويليون يمضون يومهم الثالث بلا كهرباء
أمضى الفنزويليون أمس يومهم الثالث في ظل انقطاع شامل للكهرباء حرمهم من التيار والمياه ووسائل النقل، وزاد من القلق والغضب المرتبطين بالأزمة السياسية والاقتصادية الحادة التي تمر بها البلاد.
وأدى الانقطاع حتى الآن إلى وفاة 15 مريضا في المستشفيات، غير أن غياب الأرقام الرسمية ووسائل الاتصال يجعل من المستحيل معرفة ما يجري بدقة، لا سيما في المقاطعات النائية، بينما لا تزال كراكاس أيضا شبه محرومة كليا من الكهرباء.
وأعلنت الشركة العامة للكهرباء صباح أمس أن التيار عاد إلى 40% من العاصمة، أي أن 60% منها لا يزال غارقا في الظلام.
وبدت المدينة في الأثناء هادئة، باستثناء أعمال نهب طالت بعض المتاجر في كراكاس، ومنها متاجر في حي فلوريدا السكني.
وتؤمن محطة غوري لتوليد الطاقة الكهرومائية، الواقعة في ولاية بوليفار (جنوب) والتي يعزى إليها العطل، الكهرباء لثلاثة أرباع البلاد.
وأكدت الحكومة أن المحطة تعرضت لهجوم إلكتروني تقول إنه تكرر أول من أمس أيضا.
ويشل هذا العطل الذي وقع الخميس الحركة في البلاد، وهو غير مسبوق من حيث اتساعه ومدته في هذا البلد النفطي الذي يبلغ عدد سكانه 30 مليون نسمة.
""", [
    ev("third-day-without-power", "أمضى الفنزويليون أمس يومهم الثالث", "2019-03-09", "'أمس' in an article of Sun 10 Mar 2019 = Sat 9 Mar, the third day of the blackout"),
    ev("patient-deaths", "وفاة 15 مريضا في المستشفيات", BLACKOUT, "'حتى الآن': the deaths since the start of the blackout, Thu 7 - Sat 9 Mar 2019", end="2019-03-10"),
    ev("caracas-40-percent", "أن التيار عاد إلى 40% من العاصمة", "2019-03-09", "'صباح أمس' in an article of Sun 10 Mar 2019 = Sat 9 Mar"),
    ev("guri-sabotage", "أن المحطة تعرضت لهجوم إلكتروني", BLACKOUT, "no own expression; the attack the government blamed for the blackout of Thu 7 Mar 2019"),
    ev("second-cyberattack", "تكرر أول من أمس أيضا", "2019-03-08", "'أول من أمس' in an article of Sun 10 Mar 2019 = Fri 8 Mar (Maduro: the new attack of Friday undid the 70 % restoration)"),
    ev("blackout", "ويشل هذا العطل الذي وقع الخميس", BLACKOUT, "'الخميس' = Thu 7 Mar 2019"),
])

# ---------------------------------------------------------------- pakistan-national-grid-breakdown-2023
S = "pakistan-national-grid-breakdown-2023"
BREAKDOWN = "2023-01-23"                   # the national grid failed at 7:34 am on Mon 23 Jan 2023
art(S, "https://alahedlb.info/article.php?cid=116&id=49983",
    "2023-01-23", "date line '23/01/2023' above the headline on the page (not kept in the text); the body's 'صباح اليوم الاثنين' agrees (23 Jan 2023 was a Monday); the site menus and 'إقرأ المزيد' links dropped; headline kept from the page", True, """
باكستان بلا كهرباء
أفادت وزارة الطاقة الاتحادية بأن عطلا كبيرا أصاب شبكة الكهرباء في باكستان وأدى إلى انقطاع التيار في عموم البلاد في ساعة مبكرة من صباح اليوم الاثنين.
وجاء في بيان للوزارة: "تشير المعلومات الأولية إلى أن الشبكة الوطنية في باكستان فقدت تردداتها، ما أحدث عطلا كبيرا، ويجري العمل سريعا على إصلاحها".
وأوضحت الوزارة أن "انقطاع الكهرباء ألحق الضرر بالمصانع والمدارس والمستشفيات في جميع المدن الكبرى".
وقال وزير الطاقة خوروم داستاجير إن "العطل بدأ حين وقع اضطراب في الجهد الكهربائي على الشبكة بين مدينتي جامشورو ودادو في إقليم السند جنوبي البلاد".
وأضاف في حديث لمحطة جيو التلفزيونية الإخبارية: "اضطرب جهد الشبكة فتوقفت الأنظمة عن العمل واحدا تلو الآخر".
ووردت أنباء عن انقطاعات في مدينة كراتشي الساحلية جنوبا، وفي العاصمة إسلام آباد، ومدينة لاهور شرقا، وبيشاور شمالا.
""", [
    ev("grid-failure", "انقطاع التيار في عموم البلاد في ساعة مبكرة من صباح اليوم الاثنين", BREAKDOWN, "'صباح اليوم الاثنين' = Mon 23 Jan 2023"),
    ev("ministry-statement", "وجاء في بيان للوزارة", BREAKDOWN, "no own expression; the ministry's statement of the morning of the breakdown, Mon 23 Jan 2023"),
    ev("dastgir-geo-interview", "وقال وزير الطاقة خوروم داستاجير", BREAKDOWN, "no own expression; the minister's remarks to Geo TV on the day of the breakdown, Mon 23 Jan 2023"),
    ev("voltage-fluctuation", "وقع اضطراب في الجهد الكهربائي على الشبكة بين مدينتي جامشورو ودادو", BREAKDOWN, "no own expression; the fluctuation that set off the breakdown at 7:34 am on Mon 23 Jan 2023"),
])
art(S, "http://arabi21.net/storyamp/1489568/%D8%A7%D9%84%D8%AA%D9%8A%D8%A7%D8%B1-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A6%D9%8A-%D9%8A%D8%B9%D9%88%D8%AF-%D8%AC%D8%B2%D8%A6%D9%8A%D8%A7-%D9%81%D9%8A-%D8%A8%D8%A7%D9%83%D8%B3%D8%AA%D8%A7%D9%86-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9-%D9%88%D8%A7%D8%B3%D8%B9-%D8%A8%D8%B9%D9%85%D9%88%D9%85-%D8%A7%D9%84%D8%A8%D9%84%D8%A7%D8%AF",
    "2023-01-23", "no date in the stored text; the body's 'صباح الاثنين', 'بحلول مساء اليوم' and 'وفي وقت سابق من اليوم' for the breakdown of Mon 23 Jan 2023 (7:34 am) put the report on that Monday, before full restoration (which came at dawn on Tue 24); headline rendered from the URL slug; no date of its own in the text; the last, truncated sentence dropped", False, """
التيار الكهربائي يعود جزئيا في باكستان بعد انقطاع واسع بعموم البلاد
عادت الكهرباء "جزئيا" إلى مناطق في شمال باكستان، بعد ساعات من عطل كهربائي واسع ضرب البلاد بأسرها صباح الاثنين.
وكتب وزير الطاقة الباكستاني خورام داستاغير على "تويتر" أن أعمال الإصلاح وإعادة التيار "متواصلة من شمال البلاد إلى جنوبها".
وأكد في تغريدته أن الكهرباء رجعت إلى العاصمة إسلام أباد وإلى مدن بيشاور وكويتا ومولتان.
وتعهد الوزير بأن يعود التيار بالكامل إلى كل أنحاء البلاد بحلول مساء اليوم.
وكانت باكستان قد عرفت في وقت سابق من اليوم انقطاعا واسعا للكهرباء، اضطرت معه المكاتب الحكومية وشركات الطيران والمستشفيات والمراكز التجارية في أرجاء البلاد إلى الاعتماد على المولدات الاحتياطية.
وحدث الانقطاع إثر عطل في الشبكة الوطنية للكهرباء عند الساعة 7:34 صباحًا بالتوقيت المحلي (03:34 بتوقيت غرينتش).
وذكرت وزارة الطاقة في بيان أن الشبكة الوطنية شهدت "أعطالا واسعة النطاق"، معلنة انقطاع التيار على نطاق واسع في عشرات المدن والبلدات.
""", [
    ev("partial-restoration", "عادت الكهرباء \"جزئيا\" إلى مناطق في شمال باكستان", BREAKDOWN, "no own expression; 'بعد ساعات' of the breakdown of Mon 23 Jan 2023, the same day"),
    ev("dastgir-tweet", "وكتب وزير الطاقة الباكستاني خورام داستاغير على \"تويتر\"", BREAKDOWN, "no own expression; the minister's tweet on the day of the breakdown, Mon 23 Jan 2023"),
    ev("restoration-pledge", "بأن يعود التيار بالكامل إلى كل أنحاء البلاد بحلول مساء اليوم", BREAKDOWN, "'بحلول مساء اليوم' = the evening of Mon 23 Jan 2023 (the pledged time; the actual full restoration came on Tue 24)"),
    ev("grid-failure", "وحدث الانقطاع إثر عطل في الشبكة الوطنية للكهرباء عند الساعة 7:34", BREAKDOWN, "'عند الساعة 7:34 صباحًا' of 'صباح الاثنين' = Mon 23 Jan 2023"),
    ev("ministry-statement", "وذكرت وزارة الطاقة في بيان", BREAKDOWN, "no own expression; the ministry's statement of the morning of Mon 23 Jan 2023"),
])
art(S, "https://almayadeen.net/news/politics/باكستان:-انقطاع-الكهرباء-عن-البلاد-قد-يكون-ناتجا-من-هجوم-سيب",
    "2023-01-24", "no date in the stored text; the body's 'اليوم الثلاثاء' for the restoration of all 1112 grid stations and 'صباح يوم أمس الإثنين' for the ministry's statement on the breakdown give Tue 24 Jan 2023 (24 Jan 2023 was a Tuesday; Dastgir's press conference was on Tuesday); headline kept from the page; the truncated last sentence of the stored excerpt ('وأوضحت الوزارة، صباح يوم أمس الإثنين، أن انقطاع التي…') shortened to what it says", False, """
باكستان: انقطاع الكهرباء عن البلاد قد يكون ناتجاً من "هجوم سيبراني أجنبي"
أفاد وزير الطاقة الباكستاني خرام داستغير بأن "هجوما سيبرانيا أجنبيا" قد يكون أحد الأسباب المحتملة لانقطاع التيار الكهربائي الذي شمل معظم المدن الباكستانية، وإن كان هذا الاحتمال ضعيفا.
وأوضح داستغير أن "رئيس الوزراء الباكستاني شهباز شريف شكّل لجنة يرأسها وزير النفط مصدق مالك للتحقيق في أسباب انقطاع الكهرباء".
ولفت داستغير إلى "إمكانية حدوث انقطاعات جزئية للتيار في بعض المدن الباكستانية خلال الـ48 ساعة المقبلة"، مؤكدا أن "النظام سيستعيد كامل كفاءته بحلول يوم الخميس المقبل".
وأعلنت وزارة الطاقة الباكستانية، اليوم الثلاثاء، أن الكهرباء أعيدت إلى كل محطات الطاقة في باكستان وعددها 1112 محطة.
في حين ذكرت وسائل إعلام باكستانية محلية أن التيار لا يزال مقطوعا في عدد من المدن الباكستانية الصغيرة.
وكانت الوزارة قد أدلت بتوضيح بشأن الانقطاع صباح يوم أمس الإثنين.
""", [
    ev("dastgir-press-conference", "أفاد وزير الطاقة الباكستاني خرام داستغير", "2023-01-24", "no own expression; the minister's press conference of Tue 24 Jan 2023, the day of this report"),
    ev("inquiry-committee", "شكّل لجنة يرأسها وزير النفط مصدق مالك", BREAKDOWN, "no own expression; Sharif formed the inquiry committee on the day of the breakdown (APP, Mon 23 Jan 2023), announced again at the press conference of Tue 24 (my span 23-24 Jan)", end="2023-01-25"),
    ev("partial-cuts-48-hours", "إمكانية حدوث انقطاعات جزئية للتيار في بعض المدن الباكستانية خلال الـ48 ساعة المقبلة", "2023-01-24", "'خلال الـ48 ساعة المقبلة' from Tue 24 Jan 2023 = Tue 24 - Thu 26 Jan", end="2023-01-27"),
    ev("full-capacity-thursday", "سيستعيد كامل كفاءته بحلول يوم الخميس المقبل", "2023-01-26", "'يوم الخميس المقبل' from Tue 24 Jan 2023 = Thu 26 Jan"),
    ev("grid-stations-restored", "وأعلنت وزارة الطاقة الباكستانية، اليوم الثلاثاء", "2023-01-24", "'اليوم الثلاثاء' = Tue 24 Jan 2023"),
    ev("ministry-statement", "وكانت الوزارة قد أدلت بتوضيح بشأن الانقطاع", BREAKDOWN, "'صباح يوم أمس الإثنين' in an article of Tue 24 Jan 2023 = Mon 23 Jan"),
])

# ---------------------------------------------------------------- chile-nationwide-blackout-curfew-2025
S = "chile-nationwide-blackout-curfew-2025"
CL_BLACKOUT = "2025-02-25"                 # the blackout began at about 15:15 local time on Tue 25 Feb 2025
CL_RESTORED = "2025-02-26"                 # power largely back, curfew and state of emergency over on Wed 26 Feb 2025
art(S, "https://alwakeelnews.com/amp/Section_11/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/%D8%AA%D8%B4%D9%8A%D9%84%D9%8A-%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%AA%D9%81%D8%B1%D8%B6-%D8%AD%D8%B8%D8%B1-%D8%AA%D8%AC%D9%88%D8%A7%D9%84-%D8%B9%D9%82%D8%A8-%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9-%D9%88%D8%A7%D8%B3%D8%B9-%D9%84%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1_721914",
    "2025-02-26", "the page header 'الأربعاء 2025-02-26' and the time stamp '08:14 ص' (both removed from the text); the body's 'أمس الثلاثاء' for the blackout of Tue 25 Feb 2025 agrees (26 Feb 2025 was a Wednesday); the lead-in 'الوكيل الإخباري-' and the photo caption dropped; headline kept from the page; the last, truncated sentence ('ووفقا لصحيفة لا تيرسيرا...') dropped", False, """
تشيلي.. السلطات تفرض حظر تجوال عقب انقطاع واسع للكهرباء
عرفت تشيلي أمس الثلاثاء انقطاعا واسعا للتيار الكهربائي عطّل حركة السير وشل كثيرا من الأنشطة التجارية، وترك معظم مناطق البلاد من دون كهرباء.
ولم تقدم الحكومة تفسيرا فوريا لهذه الانقطاعات الواسعة التي حرمت ملايين الأشخاص من الكهرباء، من ميناء أريكا في أقصى الشمال حتى منطقة لوس لاجوس الزراعية في الجنوب.
وذكرت خدمة الاستجابة الوطنية للكوارث في تشيلي "سينابريد" أنها تلقت بلاغات عن "انقطاع في إمدادات الكهرباء" أحدث "انقطاعا كهربائيا ضخما" في أكثر من عشر مناطق من البلاد، منها العاصمة سانتياجو، حيث أعلنت السلطات توقف خدمة المترو حتى إشعار آخر.
وأكدت "سايسا"، شركة توزيع الكهرباء التي تخدم أكثر من مليون شخص في أنحاء تشيلي، أن الانقطاع الذي شمل البلاد كلها طال جميع زبائنها.
كما توقفت خدمات الهاتف المحمول في بعض المناطق.
ووفق ما نقلته وكالة الأنباء الألمانية (د ب أ)، فرضت حكومة تشيلي حظر تجول بسبب انقطاع التيار الكهربائي.
""", [
    ev("blackout", "عرفت تشيلي أمس الثلاثاء انقطاعا واسعا للتيار الكهربائي", CL_BLACKOUT, "'أمس الثلاثاء' in an article of Wed 26 Feb 2025 = Tue 25 Feb"),
    ev("metro-suspended", "أعلنت السلطات توقف خدمة المترو حتى إشعار آخر", CL_BLACKOUT, "no own expression; the Santiago metro stopped on the afternoon of the blackout, Tue 25 Feb 2025"),
    ev("mobile-outage", "كما توقفت خدمات الهاتف المحمول في بعض المناطق", CL_BLACKOUT, "no own expression; during the blackout of Tue 25 Feb 2025"),
    ev("curfew-imposed", "فرضت حكومة تشيلي حظر تجول", CL_BLACKOUT, "no own expression; the curfew announced on the evening of Tue 25 Feb 2025 (from 22:00 that night)"),
])
art(S, "http://betatesting.argaam.com/ar/switch-view?mobile=true&returnUrl=http%3A%2F%2Fbetatesting.argaam.com%2Far%2Farticle%2Farticledetail%2Fid%2F1793337",
    "2025-02-26", "no date in the stored text; the body's 'عاد التيار ... الأربعاء، بعد انقطاع واسع ... أمس الثلاثاء' and 'في بيان صدر اليوم' give Wed 26 Feb 2025 (25 Feb 2025 was a Tuesday); headline written from the body (the stored text has none); the comment widget dropped; no date of its own in the text", False, """
عودة التيار الكهربائي في تشيلي بعد انقطاع واسع
رجعت الكهرباء في تشيلي إلى وضعها الطبيعي الأربعاء، بعد انقطاع واسع شهدته الدولة الواقعة في أمريكا الجنوبية أمس الثلاثاء، وطال 14 منطقة من أصل 16 في البلاد.
وقالت الشركة المشغلة لنظام الطاقة في تشيلي في بيان أصدرته اليوم إن الكهرباء أعيدت إلى 90% من المنازل، في أعقاب أسوأ انقطاع للطاقة تعرفه البلاد منذ أكثر من عقد من الزمان، وفق ما نقلته وكالة "فرانس برس".
وحمّل الرئيس "جابرييل بوريك" مشغلي النظام الكهربائي مسؤولية الانقطاع الذي وقع الثلاثاء، وأعلن حالة الطوارئ وفرض حظر التجول إثر الفوضى التي عمّت وسائل النقل في العاصمة سانتياغو.
وبحسب هيئة الوقاية والاستجابة للكوارث الوطنية، امتد الانقطاع على منطقة من أريكا في شمال البلاد إلى لوس أنجلوس في الجنوب، يسكنها 90% من سكان تشيلي البالغ عددهم 20 مليون نسمة.
""", [
    ev("power-restored", "رجعت الكهرباء في تشيلي إلى وضعها الطبيعي الأربعاء", CL_RESTORED, "'الأربعاء' = Wed 26 Feb 2025"),
    ev("blackout", "بعد انقطاع واسع شهدته الدولة الواقعة في أمريكا الجنوبية أمس الثلاثاء", CL_BLACKOUT, "'أمس الثلاثاء' in an article of Wed 26 Feb 2025 = Tue 25 Feb"),
    ev("operator-90-percent-statement", "في بيان أصدرته اليوم", CL_RESTORED, "'اليوم' in an article of Wed 26 Feb 2025"),
    ev("boric-blames-operators", "مشغلي النظام الكهربائي مسؤولية الانقطاع الذي وقع الثلاثاء", CL_BLACKOUT, "no own expression for the speech; Boric spoke on the night of the blackout, Tue 25 Feb 2025 (the outage itself: 'الثلاثاء')"),
    ev("curfew-imposed", "وأعلن حالة الطوارئ وفرض حظر التجول", CL_BLACKOUT, "no own expression; the state of emergency and curfew announced on the evening of Tue 25 Feb 2025"),
])
art(S, "https://dubainewsday.com/news/egypt/%d8%b9%d9%88%d8%af%d8%a9-%d8%a7%d9%84%d8%aa%d9%8a%d8%a7%d8%b1-%d8%a7%d9%84%d9%83%d9%87%d8%b1%d8%a8%d9%8a-%d8%a5%d9%84%d9%89-%d9%85%d8%b9%d8%b8%d9%85-%d8%a3%d9%86%d8%ad%d8%a7%d8%a1-%d8%aa%d8%b4%d9%8a",
    "2025-02-27", "time stamp '12:13 ص الخميس 27 فبراير 2025' above the article (not kept in the text): an AP report of Wednesday ('اليوم الأربعاء') posted just after midnight, Cairo time, on Thu 27 Feb 2025; the dateline 'سانتياجو دي تشيلي – (أ ب)' kept; headline rendered from the URL slug; the last, truncated sentence on the copper mines dropped", True, """
عودة التيار الكهربي إلى معظم أنحاء تشيلي
سانتياجو دي تشيلي – (أ ب)
أعلنت حكومة تشيلي أن الكهرباء رجعت إلى غالبية أنحاء البلاد التي يبلغ عدد سكانها 19 مليون نسمة، اليوم الأربعاء، في أعقاب أكبر انقطاع للتيار منذ 15 عاما، بينما رفعت السلطات حظر تجوال مشددا كانت قد فرضته حين حرم الانقطاع 98% من السكان من الكهرباء.
وقالت وزيرة الداخلية كارولينا توها إن الكهرباء عادت إلى حد كبير إلى أقاليم تشيلي الـ 14، وإن ظل 220 ألف شخص من دونها اليوم.
وكانت استعادة التيار أكثر صعوبة في شمال البلاد، حيث أدى عطل في خط إمداد رئيسي إلى انقطاع الكهرباء في سلسلة متتابعة.
ولا يزال التحقيق في سبب العطل مستمرا.
وأوضحت توها للصحفيين أن السلطات تحقق كذلك في ظروف وفاة ثلاثة أشخاص جراء انقطاع الكهرباء أمس، من دون أن تضيف تفاصيل.
وقالت الحكومة، مع استئناف القطارات وقطارات الأنفاق العمل في العاصمة، إنها لن تمدد حالة الطوارئ التي انتهت في ساعة مبكرة من اليوم، وأفادت السلطات بأن 200 شخص اعتقلوا في الليلة الماضية لخرقهم حظر التجوال الليلي.
وترقب آلاف الأشخاص في بعض مناطق البلاد بفارغ الصبر عودة الكهرباء ومياه الشرب إلى بيوتهم.
""", [
    ev("power-restored", "أن الكهرباء رجعت إلى غالبية أنحاء البلاد", CL_RESTORED, "'اليوم الأربعاء' = Wed 26 Feb 2025 (the AP text of Wednesday, posted after midnight on Thu 27)"),
    ev("blackout", "في أعقاب أكبر انقطاع للتيار منذ 15 عاما", CL_BLACKOUT, "no own expression; the blackout of Tue 25 Feb 2025 ('انقطاع الكهرباء أمس' from Wednesday)"),
    ev("curfew-lifted", "بينما رفعت السلطات حظر تجوال مشددا", CL_RESTORED, "no own expression; the curfew ended at 6 am on Wed 26 Feb 2025 and was not renewed ('اليوم الأربعاء')"),
    ev("three-deaths", "وفاة ثلاثة أشخاص جراء انقطاع الكهرباء أمس", CL_BLACKOUT, "'أمس' from Wed 26 Feb 2025 = Tue 25 Feb"),
    ev("emergency-ended", "لن تمدد حالة الطوارئ التي انتهت في ساعة مبكرة من اليوم", CL_RESTORED, "'في ساعة مبكرة من اليوم' = early on Wed 26 Feb 2025"),
    ev("curfew-arrests", "200 شخص اعتقلوا في الليلة الماضية", CL_BLACKOUT, "'في الليلة الماضية' from Wed 26 Feb 2025 = the night of Tue 25 - Wed 26 Feb (the curfew ran 22:00 - 06:00)", end="2025-02-27"),
])

# ---------------------------------------------------------------- sri-lanka-monkey-blackout-2025
S = "sri-lanka-monkey-blackout-2025"
LK_OUTAGE = "2025-02-09"                   # the island-wide outage began at about 11:30 am on Sun 9 Feb 2025
art(S, "https://akhbaralyoom.com/article/81857",
    "2025-02-09", "time stamp '09-02-2025 04:22 PM' under the headline (not kept in the text); the body's 'اليوم (الأحد)' agrees (9 Feb 2025 was a Sunday); the lead-in 'أخبار اليوم -' dropped; headline kept from the page", True, """
قرد يتسبب في انقطاع الكهرباء بمختلف أنحاء سريلانكا
تسلل قرد إلى محطة فرعية لتوليد الكهرباء في سريلانكا، فتسبب في قطع التيار الكهربائي عن مناطق مختلفة من الجزيرة اليوم (الأحد)، بحسب ما أفاد مسؤولون حكوميون.
وانقطع التيار قرابة الساعة 11:30 صباحاً (06:00 بتوقيت غرينيتش)، ولم تعد التغذية بشكل كامل بعد مرور أكثر من ثلاث ساعات.
وقال وزير الطاقة كومارا جاياكودي للصحافيين: «دخل قرد إلى محوِّل على شبكتنا فأحدث خللا في النظام»، موضحا أن الحادثة وقعت في ضاحية جنوب العاصمة كولومبو.
ومع أن التيار أعيد إلى بعض المناطق، فإن المدة التي سيستغرقها الانقطاع لم تتضح على الفور. وقال الوزير: «يسعى المهندسون إلى إعادة الخدمة في أقرب وقت ممكن».
وكان السريلانكيون قد عانوا انقطاع الكهرباء لأشهر في صيف عام 2022 حين انزلقت البلاد إلى أزمة اقتصادية خانقة، وفق «وكالة الصحافة الفرنسية».
ونفد البنزين والديزل من محطات الوقود، ما اضطر محطات الطاقة الحرارية إلى تقنين الكهرباء إلى 13 ساعة كل يوم.
""", [
    ev("monkey-in-substation", "تسلل قرد إلى محطة فرعية لتوليد الكهرباء في سريلانكا", LK_OUTAGE, "no own expression; the monkey caused the outage of Sun 9 Feb 2025 ('اليوم (الأحد)')"),
    ev("outage", "وانقطع التيار قرابة الساعة 11:30 صباحاً", LK_OUTAGE, "'قرابة الساعة 11:30 صباحاً' of 'اليوم (الأحد)' = Sun 9 Feb 2025"),
    ev("jayakody-statement", "وقال وزير الطاقة كومارا جاياكودي للصحافيين", LK_OUTAGE, "no own expression; the minister spoke to reporters on the day of the outage, Sun 9 Feb 2025"),
    ev("partial-restoration", "ومع أن التيار أعيد إلى بعض المناطق", LK_OUTAGE, "no own expression; some areas were back more than three hours after 11:30 am on Sun 9 Feb 2025"),
    ev("crisis-power-cuts-2022", "عانوا انقطاع الكهرباء لأشهر في صيف عام 2022", "2022-06-01", "'في صيف عام 2022' = June - August 2022 (the season named; the rationing itself lasted longer)", end="2022-09-01"),
])
art(S, "https://almaalomah.me/news/90566/misc-news/%D9%82%D8%B1%D8%AF-%D9%8A%D9%82%D8%B7%D8%B9-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D8%A8%D8%A7%D9%84%D9%83%D8%A7%D9%85%D9%84-%D8%B9%D9%86-%D8%B3%D8%B1%D9%8A%D9%84%D8%A7%D9%86%D9%83%D8%A7?page=1",
    "2025-02-09", "time stamp '9 شباط 2025 23:00' under the headline (removed from the text); the body's 'يوم الأحد' and 'بحلول الساعة سادسة مساء اليوم' agree (9 Feb 2025 was a Sunday); the site menus, the lead-in 'المعلومة/ متابعة...', the agency code 'انتهى 25ن' and the 'الأكثر قراءة' links dropped; headline kept from the page", False, """
قرد يقطع الكهرباء بالكامل عن سريلانكا
عمّ انقطاع الكهرباء أرجاء سريلانكا كافة إثر حادث سببه دخول قرد إلى محطة لتوليد الكهرباء.
وانطلق الانقطاع عند الساعة 11:30 صباحا بالتوقيت المحلي، يوم الأحد.
وأبلغ وزير الطاقة السريلانكي كومارا جاياكوردي الصحفيين أن "قردا لامس محول كهرباء فأحدث خللا في النظام"، لافتا إلى أن الحادث وقع في الضواحي الجنوبية للعاصمة كولومبو.
واضطرت المنازل والمؤسسات في البلاد، ومنها المستشفيات، إلى الاعتماد على مولداتها الكهربائية الخاصة بسبب الانقطاع، الذي تسبب أيضا في مشكلات في نظام إمداد المياه.
وأعيد التيار الكهربائي بصورة عامة بحلول الساعة سادسة مساء اليوم بالتوقيت المحلي.
وتتعرض سريلانكا لانقطاعات في التيار الكهربائي بين حين وآخر، يعود معظمها إلى أحوال الطقس كالرياح والأمطار والعواصف.
""", [
    ev("monkey-in-substation", "دخول قرد إلى محطة لتوليد الكهرباء", LK_OUTAGE, "no own expression; the cause of the outage of Sun 9 Feb 2025 ('يوم الأحد')"),
    ev("outage", "وانطلق الانقطاع عند الساعة 11:30 صباحا بالتوقيت المحلي، يوم الأحد", LK_OUTAGE, "'يوم الأحد' = Sun 9 Feb 2025"),
    ev("jayakody-statement", "وأبلغ وزير الطاقة السريلانكي كومارا جاياكوردي الصحفيين", LK_OUTAGE, "no own expression; the minister's remarks on the day of the outage, Sun 9 Feb 2025"),
    ev("water-supply-problems", "مشكلات في نظام إمداد المياه", LK_OUTAGE, "no own expression; during the outage of Sun 9 Feb 2025"),
    ev("power-restored", "وأعيد التيار الكهربائي بصورة عامة بحلول الساعة سادسة مساء اليوم", LK_OUTAGE, "'بحلول الساعة سادسة مساء اليوم' = 6 pm on Sun 9 Feb 2025"),
])
art(S, "https://arabfive.com/uncategorized/152755/%D9%82%D8%B1%D8%AF-%D9%8A%D9%82%D8%B7%D8%B9-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D8%B9%D9%86-%D8%A3%D8%AD%D9%8A%D8%A7%D8%A1-%D8%A8%D8%B3%D8%B1%D9%8A%D9%84%D8%A7%D9%86%D9%83%D8%A7---%D8%B9%D8%B1%D8%A8-%D9%81%D8%A7%D9%8A%D9%81.html",
    "2025-02-10", "the page's own stamp 'اليوم الاثنين 10 فبراير 2025 01:40 صباحاً' (removed from the text): an aggregator's copy, posted on Mon 10 Feb 2025, of a report that al-Shorouk ran on 09 - 02 - 2025 (that credit line dropped too); its 'الأحد' names the day before; the aggregator's lead-in and the comment/share widgets dropped; headline kept from the page (without the site name)", True, """
قرد يقطع الكهرباء عن أحياء بسريلانكا
أدى قرد إلى قطع التغذية بالتيار الكهربائي عن أحياء مختلفة في سريلانكا، الأحد، بعدما دخل محطة فرعية لتوليد الكهرباء.
وبدأ الانقطاع مع الساعات الأولى من الصباح، ولم تستأنف التغذية كليا بعد مرور أكثر من ثلاث ساعات.
وصرّح وزير الطاقة كومارا جاياكودي للصحفيين بأن «قردا دخل إلى محوّل على شبكتنا فأحدث خللا في النظام»، مبينا أن الحادثة جرت في ضاحية بجنوب العاصمة كولومبو.
ورغم استعادة التغذية بالتيار الكهربائي في بعض المناطق، لم يكن واضحا على الفور كم سيدوم الانقطاع.
وأضاف الوزير «يعمل المهندسون على محاولة إعادة الخدمة بأسرع ما يمكن».
""", [
    ev("outage", "أدى قرد إلى قطع التغذية بالتيار الكهربائي عن أحياء مختلفة في سريلانكا، الأحد", LK_OUTAGE, "'الأحد' in a copy posted on Mon 10 Feb 2025 = Sun 9 Feb"),
    ev("monkey-in-substation", "بعدما دخل محطة فرعية لتوليد الكهرباء", LK_OUTAGE, "no own expression; the cause of the outage of Sun 9 Feb 2025"),
    ev("jayakody-statement", "وصرّح وزير الطاقة كومارا جاياكودي للصحفيين", LK_OUTAGE, "no own expression; the minister's remarks on the day of the outage, Sun 9 Feb 2025"),
    ev("partial-restoration", "ورغم استعادة التغذية بالتيار الكهربائي في بعض المناطق", LK_OUTAGE, "no own expression; some areas were back within hours on Sun 9 Feb 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 458
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
