"""Builds stories.jsonl: the 322-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: the Olympic Games and other multi-sport games (Mediterranean,
Asian, Arab, Islamic Solidarity, African Games): the closing of the 15th Arab Games in Algeria and Algeria's record
haul (July 2023), the opening of the African Games in Accra and Egypt's first medals (March 2024), the closing of
the 5th Islamic Solidarity Games in Konya and the Arab delegations' tallies (August 2022), and the Tunisian fencer
Fares Ferjani's sabre silver, the first Arab medal of the Paris 2024 Olympics, and his reception by the minister.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-arab-games-closing-2023
S = "algeria-arab-games-closing-2023"
CLOSE = "2023-07-15"                       # closing ceremony, Sat 15 Jul 2023, 5 July stadium, Algiers
GAMES = ("2023-07-05", "2023-07-16")       # the 15th Arab Games, 5-15 Jul 2023
FINAL = ("2023-07-14", "2023-07-16")       # the final medal table (competitions over on Fri 14, closing Sat 15; my span)
RECORD = "2023-07-13"                      # Algeria passes its 91 golds of 2004, Thu 13 Jul 2023 (annasr, aajilnews)
AWARD = "2023-03-14"                       # the UANOC executive board in Jeddah gives Algeria the 2023 Games, 14 Mar 2023
art(S, "https://winwin.com/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A7%D8%AA-%D8%A3%D8%AE%D8%B1%D9%89/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A%D8%A9-%D9%84%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D9%86%D8%B3%D8%AE%D8%A9-%D8%A7%D9%84%D9%8015-%D9%85%D9%86-%D8%A7%D9%84%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9",
    "2023-07-15", "page time stamp '2023-07-15 20:01' under the headline (kept as second line; 15 Jul 2023 was a Saturday, the day of the closing ceremony); headline kept from the page; photo caption, 'تحديثات مباشرة', source tags and the font buttons dropped", True, """
حصيلة تاريخية للجزائر في النسخة الـ15 من الألعاب العربية
2023-07-15 20:01
اختتمت الجزائر مشاركتها في الطبعة الـ15 من الألعاب العربية، التي احتضنتها 5 مدن جزائرية في الفترة من 5 إلى 15 يوليو/ تموز، بغلة غير مسبوقة من الميداليات بمختلف ألوانها، لتعتلي صدارة جدول الميداليات العام متقدمة على أقرب ملاحقيها تونس بفارق 82 ذهبية و132 ميدالية في المجموع، وهو ما يعكس، بحسب متابعين، هيمنة الجزائر التامة على أغلب مسابقات الدورة.
ونال الرياضيون الجزائريون 253 ميدالية في المجموع العام، بينها 105 ذهبيات و76 فضية و72 برونزية، ليحطموا بذلك رقمهم الذهبي القائم منذ عام 2004 في النسخة العاشرة، حين حصدوا آنذاك 91 ميدالية ذهبية، من دون أن يتخطوا الرقم المسجل في مجموع الميداليات في تلك الدورة، والذي بلغ 267 ميدالية.
وفرضت الجزائر سيطرتها على رياضات عديدة، تتقدمها السباحة التي كانت الأوفر حصادا في البطولة بـ42 ميدالية، منها 19 ذهبية (أحرز السباح العالمي جواد صيود 11 منها)، إضافة إلى 10 فضيات و13 ميدالية برونزية.
""", [
    ev("games-period", "احتضنتها 5 مدن جزائرية في الفترة من 5 إلى 15 يوليو/ تموز", GAMES[0], "'من 5 إلى 15 يوليو/ تموز' = 5-15 Jul 2023", end=GAMES[1]),
    ev("final-medal-table", "لتعتلي صدارة جدول الميداليات العام", FINAL[0], "no own expression; the final standings once the competitions were over (erriadhi: competitions ended 'أمس' = Fri 14 Jul; closing Sat 15 Jul); my span 14-15 Jul 2023", end=FINAL[1]),
    ev("gold-record-broken", "ليحطموا بذلك رقمهم الذهبي القائم منذ عام 2004", RECORD, "no own expression; Algeria passed the 91 golds of 2004 on Thu 13 Jul 2023 (annasr: 'أول أمس الخميس'; aajilnews: 95 golds after the Thursday of day 10)"),
    ev("edition-2004", "في النسخة العاشرة، حين حصدوا آنذاك 91 ميدالية ذهبية", "2004-01-01", "'عام 2004' = the 10th Arab Games, held in Algiers in 2004 (year only in the text)", end="2005-01-01"),
])
art(S, "https://almountakhab.com/amp/node/1187451",
    "2023-07-16", "page date line 'الأحد 16 يوليوز 2023 - 23:52' (kept as second line; 16 Jul 2023 was a Sunday); headline kept from the page", True, """
المغرب ثالثا في ترتيب الألعاب العربية
الأحد 16 يوليوز 2023 - 23:52
مع إسدال الستار على النسخة 15 من الألعاب العربية التي استضافتها الجزائر، احتل المغرب المركز الثالث في جدول الميداليات، على الرغم من غيابه عن عدد من الرياضات.
وجمع الرياضيون المغاربة خلال الألعاب العربية 84 ميدالية في المجموع.
وتصدرت الجزائر الترتيب برصيد 253 ميدالية، بينها 105 ذهبيات و76 فضية و72 برونزية، وتلتها تونس ثانية بـ121 ميدالية منها 23 ذهبية و47 فضية و51 برونزية، فيما نال المغرب صاحب المركز الثالث 84 ميدالية، منها 21 ذهبية و38 فضية و25 برونزية.
وجاءت البحرين رابعة بـ42 ميدالية منها 19 ذهبية، ثم الأردن بـ62 ميدالية منها 17 ذهبية.
وحلت سوريا سادسة بـ52 ميدالية منها 14 ذهبية، تلتها مصر التي أحرز رياضيوها 13 ميدالية، منها 12 ذهبية وفضية واحدة، ثم قطر ثامنة بـ22 ميدالية منها 9 ذهبيات.
واحتل العراق المرتبة التاسعة بـ45 ميدالية منها سبع ذهبيات، وجاءت السعودية عاشرة بالرصيد نفسه من الميداليات والذهبيات، غير أن العراق تقدم عليها بعدد الفضيات.
""", [
    ev("closing-ceremony", "مع إسدال الستار على النسخة 15 من الألعاب العربية", CLOSE, "no own expression; the end of the Games with the closing ceremony of Sat 15 Jul 2023 (ahlami 'مساء اليوم السبت', APS 'سهرة أمس السبت')"),
    ev("morocco-third", "احتل المغرب المركز الثالث في جدول الميداليات", FINAL[0], "no own expression; Morocco's place in the final standings (my span 14-15 Jul 2023)", end=FINAL[1]),
    ev("final-medal-table", "وتصدرت الجزائر الترتيب برصيد 253 ميدالية", FINAL[0], "no own expression; the final standings (my span 14-15 Jul 2023)", end=FINAL[1]),
])
art(S, "https://www.ahlami-revue.dz/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%B4%D8%A8%D8%A7%D8%A8-%D9%88-%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9-%D9%8A%D8%B9%D9%84%D9%86-%D8%B1%D8%B3%D9%85%D9%8A%D8%A7-%D8%B9%D9%86-%D8%A7%D8%AE%D8%AA/",
    "2023-07-15", "no date on the stored page; the body's 'مساء اليوم السبت' for the closing of the Games held 'من 5 إلى 15 يوليو الجاري' (the closing was on Sat 15 Jul 2023) gives Sat 15 Jul 2023; headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
وزير الشباب والرياضة يعلن رسميا اختتام الألعاب الرياضية العربية
أعلن وزير الشباب والرياضة عبد الرحمن حماد، مساء اليوم السبت من المركب الأولمبي محمد بوضياف بالجزائر العاصمة، اختتام الطبعة الـ15 للألعاب الرياضية العربية التي استضافتها الجزائر من 5 إلى 15 يوليو الجاري، بمشاركة ما يفوق 2000 رياضي ورياضية من 22 دولة عربية.
وقال الوزير في كلمته خلال الحفل الختامي إن الستار سيسدل على المنافسات الرياضية، لكنه رفع راية الأخوة والتعايش العفوي والمحبة تحت لواء واحد هو لواء العروبة بكل أبعادها من الخليج إلى المحيط، مجددا شكره لرئيس الجمهورية عبد المجيد تبون الذي جمع العرب سياسيا وثقافيا برؤيته وإرادته، لأن الرياضة ثقافة للتنافس والروح الرياضية والتحدي والتسامح والتضامن.
ووجه حماد الشكر كذلك إلى كل من أسهم في إنجاح هذا العرس العربي، ولا سيما الوزير الأول وأعضاء الحكومة وأعضاء اللجنة العليا المنظمة للألعاب وأعضاء اللجنة الأولمبية والرياضية الجزائرية.
وأضاف أن نجاح الدورة إنجاز للشعب الجزائري كله، كبيرا وصغيرا، جمهورا ومسؤولين ورياضيين، في كل ربوع الوطن لا في المدن الخمس وحدها.
""", [
    ev("closing-ceremony", "أعلن وزير الشباب والرياضة عبد الرحمن حماد، مساء اليوم السبت", CLOSE, "'مساء اليوم السبت' = Sat 15 Jul 2023"),
    ev("games-period", "التي استضافتها الجزائر من 5 إلى 15 يوليو الجاري", GAMES[0], "'من 5 إلى 15 يوليو الجاري' = 5-15 Jul 2023", end=GAMES[1]),
    ev("minister-speech", "وقال الوزير في كلمته خلال الحفل الختامي", CLOSE, "no own expression; the minister's speech at the closing ceremony of Sat 15 Jul 2023"),
])
art(S, "https://djazairess.com/aps/546967",
    "2023-07-16", "no date on the stored page (an APS dispatch reposted by djazairess); the body's 'سهرة أمس السبت' for the closing ceremony of Sat 15 Jul 2023 gives Sun 16 Jul 2023; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الجزائر تسدل الستار على الألعاب الرياضية العربية بحفل مبهر
أسدل الستار على الطبعة 15 للألعاب الرياضية العربية، سهرة أمس السبت، في حفل ختامي باهر احتضنه ملعب 5 جويلية بالمركب الأولمبي محمد بوضياف في الجزائر العاصمة، وسط أجواء احتفالية حضرها الرياضيون المشاركون والمنظمون والمتطوعون ومسؤولو اللجنة التنظيمية وجمهور كبير ملأ المدرجات.
وأجمعت تعليقات المسؤولين ورؤساء الوفود الرياضية على أن تنظيم هذه الطبعة عرف "نجاحا مبهرا على جميع الأصعدة"، وهو ثمرة عمل اللجنة العليا للتنظيم من أجل إنجاح الألعاب وضمان حسن سير المسابقات التي توزعت على الجزائر العاصمة ووهران وقسنطينة وعنابة وتيبازة.
وتبرهن الجزائر باحتضانها هذه الدورة، التي شارك فيها أكثر من 2000 رياضي في 20 تخصصا، على استعدادها التام لتنظيم المواعيد الرياضية الكبرى القارية والجهوية، بفضل تحكمها في الجوانب البشرية والتنظيمية واللوجستية وتوفرها على منشآت في مستوى الحدث.
وكان المكتب التنفيذي لاتحاد اللجان الوطنية العربية قد أعلن، خلال اجتماعه بجدة في السعودية شهر مارس الفارط، إسناد تنظيم الموعد العربي 2023 إلى الجزائر، وهو القرار الذي اتُّخذ في اجتماع ترأسه الأمير عبد العزيز بن تركي الفيصل بحضور رئيس اللجنة الأولمبية والرياضية الجزائرية عبد الرحمان حماد.
""", [
    ev("closing-ceremony", "أسدل الستار على الطبعة 15 للألعاب الرياضية العربية، سهرة أمس السبت", CLOSE, "'سهرة أمس السبت' from Sun 16 = Sat 15 Jul 2023"),
    ev("games-period", "وضمان حسن سير المسابقات التي توزعت على الجزائر العاصمة", GAMES[0], "no own expression; the competitions of the Games, 5-15 Jul 2023", end=GAMES[1]),
    ev("hosting-award", "إسناد تنظيم الموعد العربي 2023 إلى الجزائر", AWARD, "'شهر مارس الفارط' = March 2023; the day, Tue 14 Mar 2023, from outside knowledge (the 38th executive board meeting in Jeddah, reported on 15 Mar 2023 by AFP, sarayanews, shafaq; erriadhi: 'بتاريخ 14 مارس')"),
])

# ---------------------------------------------------------------- egypt-accra-african-games-opening-2024
S = "egypt-accra-african-games-opening-2024"
OPEN = "2024-03-08"                        # opening ceremony, Fri 8 Mar 2024 evening, University of Ghana stadium, Accra
GAMES = ("2024-03-08", "2024-03-24")       # the 13th African Games ('Accra 2023'), 8-23 Mar 2024
TEAMS = "2024-03-08"                       # the table-tennis team finals against Nigeria, Fri 8 Mar 2024
TALLY = ("2024-03-08", "2024-03-10")       # Egypt's 13 medals (9-2-2), reached on Fri 8 and still the tally on Sat 9 (my span)
KARATE = ("2024-03-06", "2024-03-08")      # the first day of karate with 7 Egyptian medals (my span 6-7 Mar, see the how)
PARIS = ("2024-07-26", "2024-08-12")       # the Paris 2024 Olympics, 26 Jul - 11 Aug 2024
art(S, "https://www.alaraby.co.uk/sport/%D8%A7%D9%84%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D8%A3%D9%81%D8%B1%D9%8A%D9%82%D9%8A%D8%A9-%D8%AA%D8%B4%D9%87%D8%AF-%D8%AD%D8%B6%D9%88%D8%B1%D8%A7%D9%8B-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A7%D9%8B-%D9%85%D9%87%D9%85%D8%A7%D9%8B-%D9%88%D9%84%D9%85%D8%B5%D8%B1-%D8%A3%D9%83%D8%A8%D8%B1-%D9%88%D9%81%D8%AF",
    "2024-03-07", "page date line '07 مارس 2024' under the headline (kept as second line; 7 Mar 2024 was a Thursday); headline kept from the page; the photo caption, the font buttons and the last, truncated paragraph dropped", True, """
الألعاب الأفريقية بحضور عربي لافت ومصر بأكبر وفد
07 مارس 2024
في ظل مشاركة عربية واسعة مرتقبة من دول الشمال الأفريقي قد تبلغ 10 دول، تنطلق منافسات دورة الألعاب الأفريقية، نسخة أكرا 2023، في الفترة من 8 إلى 23 مارس/ آذار الحالي، وهي دورة مؤهلة في اختصاصات كثيرة إلى الألعاب الأولمبية باريس 2024، وهو ما يضاعف أهميتها ويحفز جميع المشاركين.
وتعرف الدورة حضور مصر والجزائر وتونس والمغرب وليبيا والصومال وموريتانيا وجزر القمر والسودان، ويتنافس فيها ما يزيد على 5 آلاف لاعب ولاعبة من أكثر من 50 دولة في أكثر من 20 لعبة جماعية وفردية، سعيا وراء الميداليات الذهبية والفضية والبرونزية وبطاقات العبور إلى الأولمبياد المقبلة في باريس.
وتدخل مصر المنافسات بما يتجاوز 250 رياضيا ورياضية في أكثر من 20 لعبة، لتكون صاحبة أكبر بعثة رياضية عربية، بينما تشارك الجزائر بأكثر من 200 رياضي ورياضية، وتنافس ليبيا في 13 لعبة، وتحضر تونس بأكثر من 150 رياضيا ورياضية.
""", [
    ev("games-period", "تنطلق منافسات دورة الألعاب الأفريقية، نسخة أكرا 2023، في الفترة من 8 إلى 23 مارس/ آذار الحالي", GAMES[0], "'في الفترة من 8 إلى 23 مارس/ آذار الحالي' = 8-23 Mar 2024", end=GAMES[1]),
    ev("paris-olympics", "وهي دورة مؤهلة في اختصاصات كثيرة إلى الألعاب الأولمبية باريس 2024", PARIS[0], "'باريس 2024' = the Paris Olympics, 26 Jul - 11 Aug 2024 (outside knowledge)", end=PARIS[1]),
    ev("egypt-delegation", "وتدخل مصر المنافسات بما يتجاوز 250 رياضيا ورياضية", GAMES[0], "no own expression; Egypt's participation in the Games, 8-23 Mar 2024", end=GAMES[1]),
])
art(S, "https://koraplus.com/Article/40722/بعثة-مصر-تشارك-في-طابور-العرض-خلال-افتتاح-دورة-الألعاب",
    "2024-03-08", "page date line 'الجمعة، 08 مارس 2024 08:57 م' (kept as second line; 8 Mar 2024 was a Friday); byline 'كتب : حسام زايد', photo caption and the 'latest news' list dropped; headline kept from the page", True, """
البعثة المصرية في طابور العرض بافتتاح دورة الألعاب الأفريقية
الجمعة، 08 مارس 2024 08:57 م
شاركت البعثة المصرية في طابور العرض خلال حفل افتتاح دورة الألعاب الأفريقية غانا 2023، التي تحتضنها مدينة أكرا خلال الفترة من 8 وحتى 23 مارس الحالي.
وتقدم الطابور المصري الثنائي عبد اللطيف منيع بطل المصارعة ومنة شعبان بطلة الكاراتيه، وقد رفعا معا علم مصر.
ونالت البعثة المصرية حتى الآن 13 ميدالية متنوعة في منافسات تنس الطاولة والكاراتيه.
ويعمل الجهاز الإداري للبعثة بقيادة الدكتور محمد عبد العزيز غنيم على تذليل جميع العقبات والصعوبات وتوفير الإمكانات اللازمة للرياضيين المصريين المشاركين في الدورة.
وتطمح البعثة إلى حصد مزيد من الميداليات والفوز باللقب وتحطيم الرقم القياسي، ورفع علم مصر عاليا.
وتعد دورة الألعاب الأفريقية أكبر تجمع رياضي في القارة، وتقام كل أربع سنوات تحت إشراف الاتحاد الأفريقي مالك الدورة، واتحاد اللجان الأولمبية الأفريقية (الأنوكا)، واتحاد الاتحادات الرياضية الأفريقية (الأوكسا).
""", [
    ev("opening-ceremony", "شاركت البعثة المصرية في طابور العرض خلال حفل افتتاح", OPEN, "no own expression; the opening ceremony of Fri 8 Mar 2024 (date line of the same evening; algomhuria 'مساء أمس الجمعة')"),
    ev("games-period", "خلال الفترة من 8 وحتى 23 مارس الحالي", GAMES[0], "'من 8 وحتى 23 مارس الحالي' = 8-23 Mar 2024", end=GAMES[1]),
    ev("flag-bearers", "وتقدم الطابور المصري الثنائي عبد اللطيف منيع", OPEN, "no own expression; the parade of the opening ceremony, Fri 8 Mar 2024"),
    ev("medal-tally-13", "ونالت البعثة المصرية حتى الآن 13 ميدالية متنوعة", TALLY[0], "'حتى الآن' = as of Fri 8 Mar 2024, after that day's table-tennis team golds (gulf365); still the tally on Sat 9 (algomhuria); my span 8-9 Mar", end=TALLY[1]),
])
art(S, "https://gulf365.net/sports-news/12451317/%D9%85%D9%86%D8%AA%D8%AE%D8%A8-%D8%AA%D9%86%D8%B3-%D8%A7%D9%84%D8%B7%D8%A7%D9%88%D9%84%D8%A9-%D9%8A%D8%AD%D8%B5%D8%AF-%D8%B0%D9%87%D8%A8%D9%8A%D8%A9-%D8%A7%D9%84%D9%81%D8%B1%D9%82-%D9%81%D9%8A-%D8%AF%D9%88%D8%B1%D8%A9-%D8%A7%D9%84%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D8%A3%D9%81%D8%B1%D9%8A%D9%82%D9%8A%D8%A9.html",
    "2024-03-08", "page stamp 'date 2024-03-08' at the head of the stored page (not kept in the text; 8 Mar 2024 was a Friday, the day of the team finals against Nigeria); byline 'ياسر رشاد - القاهرة' and the closing boilerplate dropped; headline rendered from the URL slug; no date of its own in the text", False, """
منتخب تنس الطاولة يحصد ذهبية الفرق في دورة الألعاب الأفريقية
توج منتخب مصر لتنس الطاولة بالميدالية الذهبية لمسابقة الفرق في دورة الألعاب الأفريقية، التي تقام في مدينة أكرا الغانية خلال الفترة من 8 وحتى 23 مارس الجاري.
وتغلب المنتخب المصري، المكون من عمر عصر ويوسف عبد العزيز ومحمد البيلي، على نيجيريا بثلاث مباريات دون رد.
وفاز عمر عصر في المباراة الأولى على أولاجيدي أوموتايو 3-1، ثم تفوق يوسف عبد العزيز بالنتيجة ذاتها على النيجيري المخضرم أرونا كوادري، قبل أن يحسم البيلي مواجهته أمام تايو ماتي بالنتيجة نفسها.
وسبق ذلك تتويج منتخب مصر للسيدات بذهبية منافسات الفرق، بعد الفوز على نيجيريا في النهائي 3-0، بمشاركة دينا مشرف وهنا جودة ومريم الهضيبي.
وبذلك ارتفع رصيد مصر إلى 13 ميدالية، منها 9 ذهبيات وفضيتان وبرونزيتان، فيما تطمح البعثة إلى مزيد من الميداليات وإلى الفوز باللقب وتحطيم الرقم القياسي.
""", [
    ev("men-team-gold", "توج منتخب مصر لتنس الطاولة بالميدالية الذهبية لمسابقة الفرق", TEAMS, "no own expression; the men's team final against Nigeria, Fri 8 Mar 2024 (page stamp 2024-03-08; algomhuria of Sat 9 lists it before the opening of 'أمس الجمعة')"),
    ev("games-period", "خلال الفترة من 8 وحتى 23 مارس الجاري", GAMES[0], "'من 8 وحتى 23 مارس الجاري' = 8-23 Mar 2024", end=GAMES[1]),
    ev("women-team-gold", "وسبق ذلك تتويج منتخب مصر للسيدات بذهبية منافسات الفرق", TEAMS, "no own expression; the women's team final against Nigeria, Fri 8 Mar 2024 in the morning (egypttelegraph, written on Thu 7 Mar: 'غدًا الجمعة، في تمام الساعة العاشرة صباحًا')"),
    ev("medal-tally-13", "ارتفع رصيد مصر إلى 13 ميدالية", TALLY[0], "no own expression; the tally after the team golds of Fri 8 Mar 2024 (my span 8-9 Mar)", end=TALLY[1]),
])
art(S, "https://algomhuria.gomhuriaonline.com/?p=7129",
    "2024-03-09", "no date on the stored page; the body's 'انطلقت أمس رسميا' and 'حفل افتتاح البطولة الذى أقيم مساء أمس الجمعة' for the opening ceremony of Fri 8 Mar 2024 (koraplus, one3) give Sat 9 Mar 2024 (the printed paper of that day); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
مصر تتصدر ميداليات الألعاب الأفريقية مع انطلاقها رسميا
بدأت أمس رسميا فعاليات النسخة الـ13 من دورة الألعاب الأفريقية في غانا، بمشاركة مصرية قوامها ٢٦٢ رياضياً في 21 لعبة.
وتحتل مصر صدارة جدول ميداليات البطولة بـ13 ميدالية، منها 9 ذهبيات وفضيتان وبرونزيتان، حصدتها من لعبتين فقط هما تنس الطاولة والكاراتيه، إذ انطلقت منافساتهما قبل أيام من حفل الافتتاح الرسمي الذي أقيم مساء أمس الجمعة على استاد جامعة غانا.
ففي فردي تنس الطاولة، فازت هنا جودة بالذهبية وحلت دينا مشرف ثانية بالفضية، وفي فردي الرجال انتزع عمر عصر الذهبية ونال محمد البيلي البرونزية، أما في منافسات الفرق فقد فاز منتخب السيدات بالذهبية بعد تغلبه على نيجيريا 3-0، وكرر منتخب الرجال الإنجاز نفسه أمام المنتخب النيجيري وبالنتيجة ذاتها.
وفي الكاراتيه، تصدر لاعبو المنتخب الوطني ترتيب الميداليات خلال اليوم الاول بـ٧ ميداليات، إذ أحرز يوسف عماد ذهبية وزن -84 وعبد الله ممدوح ذهبية وزن -75 في الكوميتيه، ونال طه طارق برونزية وزن +84، كما فاز منتخب الكاتا الجماعي بالذهبية.
""", [
    ev("opening-ceremony", "حفل الافتتاح الرسمي الذي أقيم مساء أمس الجمعة", OPEN, "'مساء أمس الجمعة' from Sat 9 = Fri 8 Mar 2024"),
    ev("egypt-delegation", "بمشاركة مصرية قوامها ٢٦٢ رياضياً في 21 لعبة", GAMES[0], "no own expression; Egypt's participation in the Games, 8-23 Mar 2024", end=GAMES[1]),
    ev("medal-tally-13", "وتحتل مصر صدارة جدول ميداليات البطولة بـ13 ميدالية", TALLY[0], "no own expression; the tally reached on Fri 8 Mar 2024 and standing on Sat 9 (my span 8-9 Mar)", end=TALLY[1]),
    ev("women-team-gold", "فقد فاز منتخب السيدات بالذهبية بعد تغلبه على نيجيريا 3-0", TEAMS, "no own expression; the women's team final of Fri 8 Mar 2024 (egypttelegraph, gulf365)"),
    ev("men-team-gold", "وكرر منتخب الرجال الإنجاز نفسه أمام المنتخب النيجيري", TEAMS, "no own expression; the men's team final of Fri 8 Mar 2024 (gulf365)"),
    ev("karate-day-one", "تصدر لاعبو المنتخب الوطني ترتيب الميداليات خلال اليوم الاول", KARATE[0], "'خلال اليوم الاول' of karate, 'قبل أيام من حفل الافتتاح'; egypttelegraph (Thu 7 Mar) still counts only 4 table-tennis medals, one3 (stamped Fri 8 Mar 00:43) already lists the 7 karate medals, so most likely Thu 7 Mar 2024; my span 6-7 Mar", end=KARATE[1]),
])

# ---------------------------------------------------------------- konya-islamic-solidarity-games-closing-2022
S = "konya-islamic-solidarity-games-closing-2022"
CLOSE = "2022-08-18"                       # closing ceremony, Thu 18 Aug 2022, Selcuk University stadium, Konya
GAMES = ("2022-08-09", "2022-08-19")       # the 5th Islamic Solidarity Games, 9-18 Aug 2022
BAKU = ("2017-05-12", "2017-05-23")        # the 4th Islamic Solidarity Games, Baku, 12-22 May 2017
art(S, "https://m.elbotola.com/article/2022-08-18-22-33-702.html",
    "2022-08-18", "URL '/article/2022-08-18-22-33-…' and page date line '18 غشت 2022على الساعة22:25' (kept as second line; 18 Aug 2022 was a Thursday); byline 'ن. نسيم (البطولة)' dropped; headline shortened from the page's", True, """
المغرب يختتم ألعاب التضامن الإسلامي "قونيا 2022" سادسا بـ62 ميدالية
18 غشت 2022على الساعة22:25
أسدل الستار، مساء يومه الخميس، على دورة ألعاب التضامن الإسلامي التي استضافتها مدينة "قونيا" التركية في الفترة الممتدة من 9 حتى 18 من شهر غشت الجاري.
وأنهى الوفد المغربي مشاركته سادسا في جدول ترتيب الميداليات، بحصيلة بلغت 62 ميدالية، منها 15 ذهبية و13 فضية و34 برونزية.
وفي المقابل، تربعت تركيا على صدارة الترتيب بـ341 ميدالية منها 145 ذهبية، وحلت أوزبكستان ثانية (158 ميدالية منها 51 ذهبية)، ثم إيران ثالثة (99 ميدالية منها 29 ذهبية).
وشهدت الدورة الحالية إخفاقا "كبيرا" للرياضات الجماعية المغربية، بعدما خرجت منتخبات كرة القدم وكرة اليد والكرة الطائرة من دور المجموعات.
وكانت اللجنة الأولمبية المغربية قد رصدت مكافأة مالية قدرها 100 ألف درهم لكل فائز بميدالية ذهبية في الألعاب الفردية، و50 ألف درهم للفضية، و25 ألف درهم للبرونزية.
""", [
    ev("closing-ceremony", "أسدل الستار، مساء يومه الخميس، على دورة ألعاب التضامن الإسلامي", CLOSE, "'مساء يومه الخميس' = Thu 18 Aug 2022"),
    ev("games-period", "في الفترة الممتدة من 9 حتى 18 من شهر غشت الجاري", GAMES[0], "'من 9 حتى 18 من شهر غشت الجاري' = 9-18 Aug 2022", end=GAMES[1]),
    ev("morocco-62-medals", "وأنهى الوفد المغربي مشاركته سادسا في جدول ترتيب الميداليات", CLOSE, "no own expression; Morocco's final haul and place when the Games closed, Thu 18 Aug 2022"),
    ev("final-standings", "تربعت تركيا على صدارة الترتيب بـ341 ميدالية", CLOSE, "no own expression; the final medal table at the close, Thu 18 Aug 2022"),
    ev("team-sports-out", "بعدما خرجت منتخبات كرة القدم وكرة اليد والكرة الطائرة من دور المجموعات", GAMES[0], "no own expression; the group stages during the Games (my span 9-18 Aug 2022)", end=GAMES[1]),
])
art(S, "https://www.winwin.com/%D9%83%D8%B1%D8%A9-%D9%82%D8%AF%D9%85/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D9%85%D9%85%D9%8A%D8%B2%D8%A9-%D9%84%D9%82%D8%B7%D8%B1-%D9%81%D9%8A-%D8%AF%D9%88%D8%B1%D8%A9-%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D8%AA%D8%B6%D8%A7%D9%85%D9%86-%D8%A7%D9%84%D8%A5%D8%B3%D9%84%D8%A7%D9%85%D9%8A",
    "2022-08-19", "page time stamp '2022-08-19 10:48' under the headline (kept as second line; 19 Aug 2022 was a Friday); photo caption, source tags and the last, truncated clause (Algeria) dropped; headline re-worded from the page's", True, """
أفضل حصيلة لقطر في تاريخ مشاركاتها بألعاب التضامن الإسلامي
2022-08-19 10:48
حققت البعثة القطرية في دورة ألعاب التضامن الإسلامي، في نسختها الخامسة التي استضافتها مدينة قونيا التركية، أنجح مشاركة لها في تاريخ هذه الدورة.
ونجح رياضيو "الأدعم" في تسجيل أفضل غلة من الذهب في تاريخ مشاركاتهم بالدورة التي احتضنتها قونيا في نسختها الأخيرة، بعد أن حصدوا 4 ذهبيات إلى جانب 3 فضيات و5 برونزيات.
وبذلك رفعت قطر رصيدها من الذهب عبر تاريخ مشاركاتها في الدورة إلى 8 ميداليات، بعدما اكتفى "العنابي" في الدورة الماضية التي أقيمت في باكو عاصمة أذربيجان عام 2017 بـ12 ميدالية، منها ذهبيتان و3 فضيات و7 برونزيات.
وجاءت حصيلة قونيا أفضل بكثير، إذ نافس الرياضيون القطريون بقوة على الذهب وظفروا بأربع ذهبيات وضعتهم في المركز الثالث عشر في الترتيب النهائي.
وتصدر المغرب قائمة الدول العربية الأكثر حصدا للميداليات برصيد 62 ميدالية، منها 15 ذهبية و13 فضية و34 برونزية، وتلته البحرين بـ23 ميدالية، منها 9 ذهبيات و7 فضيات و7 برونزيات.
""", [
    ev("qatar-best-haul", "حققت البعثة القطرية في دورة ألعاب التضامن الإسلامي", GAMES[0], "no own expression; Qatar's results over the Games, 9-18 Aug 2022", end=GAMES[1]),
    ev("baku-2017", "في الدورة الماضية التي أقيمت في باكو عاصمة أذربيجان عام 2017", BAKU[0], "'عام 2017'; the Baku Games were held 12-22 May 2017 (outside knowledge)", end=BAKU[1]),
    ev("final-standings", "وضعتهم في المركز الثالث عشر في الترتيب النهائي", CLOSE, "no own expression; the final medal table at the close, Thu 18 Aug 2022"),
    ev("morocco-62-medals", "وتصدر المغرب قائمة الدول العربية الأكثر حصدا للميداليات برصيد 62 ميدالية", CLOSE, "no own expression; Morocco's final haul at the close, Thu 18 Aug 2022"),
])
art(S, "https://maghress.com/al9anat/204840",
    "2022-08-19", "no date on the stored page (a MAP dispatch reposted by maghress); the body's 'مساء أمس الخميس' for the closing of the Games held 'من 9 إلى 18 غشت الجاري' (closing on Thu 18 Aug 2022) gives Fri 19 Aug 2022; headline written from the body (the stored text has none); the last, truncated sentence shortened; no date of its own in the text", False, """
حفل ختامي بهيج يسدل الستار على ألعاب التضامن الإسلامي في قونية
اختتمت مساء أمس الخميس فعاليات النسخة الخامسة لألعاب التضامن الإسلامي، التي أقيمت في الفترة من 9 إلى 18 غشت الجاري بمدينة قونية التركية، بحفل ختامي بهيج.
وانطلق الحفل، الذي احتضنه ملعب 15 يوليوز بجامعة سلجوق، باستعراض للرياضيين أعقبه عرض ضوئي وألعاب نارية وسهرة غنائية أحياها المطرب التركي الشهير كوبات، قبل أن يُسلَّم علم الألعاب في ختام العرض إلى الاتحاد الرياضي للتضامن الإسلامي.
وأحرز المغرب خلال هذه النسخة 62 ميدالية (15 ذهبية و 13 فضية و 34 برونزية)، ليحل سادسا في جدول الميداليات.
وتوزعت الغلة المغربية على ألعاب القوى بـ14 ميدالية (4 ذهبية، 3 فضية و 7 برونزية)، والكيك بوكسينغ بـ16 ميدالية (3 ذهبية، 4 فضية و 9 برونزية)، والتايكواندو بـ9 ميداليات، والكرة الحديدية بـ10 ميداليات، والكاراطي بـ8 ميداليات، والجيدو بثلاث ميداليات، والرماية بميداليتين برونزيتين.
وفي تعليقه على المشاركة المغربية، أوضح المدير التقني للجنة الوطنية الأولمبية المغربية حسن فكاك، في تصريح لوكالة المغرب العربي للأنباء، أن المغرب يتصدر الترتيب على المستويين العربي والإفريقي.
""", [
    ev("closing-ceremony", "اختتمت مساء أمس الخميس فعاليات النسخة الخامسة لألعاب التضامن الإسلامي", CLOSE, "'مساء أمس الخميس' from Fri 19 = Thu 18 Aug 2022"),
    ev("games-period", "التي أقيمت في الفترة من 9 إلى 18 غشت الجاري", GAMES[0], "'من 9 إلى 18 غشت الجاري' = 9-18 Aug 2022", end=GAMES[1]),
    ev("flag-handover", "قبل أن يُسلَّم علم الألعاب في ختام العرض", CLOSE, "no own expression; part of the closing ceremony of Thu 18 Aug 2022 (the '15 يوليوز' of the stadium's name is not a date of this story)"),
    ev("morocco-62-medals", "وأحرز المغرب خلال هذه النسخة 62 ميدالية", CLOSE, "no own expression; Morocco's final haul at the close, Thu 18 Aug 2022"),
    ev("fakak-statement", "أوضح المدير التقني للجنة الوطنية الأولمبية المغربية حسن فكاك", CLOSE, "no own expression; his statement to MAP at the end of the Games, reported on Fri 19 Aug 2022 (my span 18-19 Aug)", end="2022-08-20"),
])
art(S, "https://alarabiyatdawul.com/%d8%a7%d9%84%d9%81%d9%8a%d8%b5%d9%84-%d9%8a%d8%b4%d9%87%d8%af-%d8%ae%d8%aa%d8%a7%d9%85-%d8%a7%d9%84%d8%b9%d8%a7%d8%a8-%d8%a7%d9%84%d8%aa%d8%b6%d8%a7%d9%85%d9%86-%d8%a7%d9%84%d8%a5%d8%b3%d9%84%d8%a7",
    "2022-08-19", "no date on the stored page; the body's 'مساء امس الخميس' for the closing of the Konya Games (Thu 18 Aug 2022) gives Fri 19 Aug 2022; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
الفيصل يشهد ختام ألعاب التضامن الإسلامي في قونية
أسدلت مساء امس الخميس الستار على دورة ألعاب التضامن الإسلامي الخامسة، التي احتضنتها مدينة قونية التركية على مدى 15 يوم، بمشاركة 4000 لاعب ولاعبة يمثلون 54 دولة إسلامية.
وخلال الحفل الختامي الذي أقيم على ملعب الجامعة، رفع رئيس الاتحاد الرياضي للتضامن الإسلامي الأمير عبدالعزيز بن تركي الفيصل الشكر والتقدير لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وولي العهد الأمير محمد بن سلمان على ما يقدمانه من دعم واهتمام للاتحاد، وذلك بحضور رئيس البعثة السعودية الأمير فهد بن جلوي بن عبدالعزيز بن مساعد، ووزير الشباب والرياضة التركي الدكتور محمد محرم كساب أوغلو، وعدد من رؤساء اللجان الأولمبية الوطنية.
وتوجه الفيصل بالشكر كذلك إلى تركيا حكومة وشعبا بقيادة الرئيس رجب طيب أردوغان، وإلى وزير الرياضة التركي، وإلى مدينة قونية على احتضانها هذه النسخة الاستثنائية من الألعاب الإسلامية.
وفي ختام كلمته، هنأ الفيصل جميع الفائزين والفائزات بالميداليات، مبديا اعتزازه بمنظمي الدورة.
""", [
    ev("closing-ceremony", "أسدلت مساء امس الخميس الستار على دورة ألعاب التضامن الإسلامي الخامسة", CLOSE, "'مساء امس الخميس' from Fri 19 = Thu 18 Aug 2022"),
    ev("games-period", "التي احتضنتها مدينة قونية التركية على مدى 15 يوم", GAMES[0], "'على مدى 15 يوم' (a duration; the page counts 15 days with the early events); the Games ran officially 9-18 Aug 2022", end=GAMES[1]),
    ev("faisal-speech", "رفع رئيس الاتحاد الرياضي للتضامن الإسلامي الأمير عبدالعزيز بن تركي الفيصل الشكر", CLOSE, "no own expression; his speech at the closing ceremony of Thu 18 Aug 2022"),
])

# ---------------------------------------------------------------- tunisia-ferjani-paris-sabre-silver-2024
S = "tunisia-ferjani-paris-sabre-silver-2024"
FINAL = "2024-07-27"                       # men's individual sabre, Grand Palais, Sat 27 Jul 2024 (semi-final, bronze match and final)
LONDON = ("2012-07-27", "2012-08-13")      # the London 2012 Olympics, 27 Jul - 12 Aug 2012
RIO = ("2016-08-05", "2016-08-22")         # the Rio 2016 Olympics, 5-21 Aug 2016
AFRICA = ("2024-05-20", "2024-07-01")      # the African championships 'قبل شهرين' (late May - June 2024; my span)
MINISTER = "2024-08-02"                    # Minister Kamel Deguiche receives Ferjani, Fri 2 Aug 2024
art(S, "https://panet.com/story/3962086/print",
    "2024-07-28", "page time stamp '28-07-2024 00:34:25' (kept as second line without the 'last update' part; 28 Jul 2024 was a Sunday); the body's 'يوم أمس السبت' agrees; 'تقرير رويترز', the service tag and the photo credit dropped; headline re-worded from the page's; the last, truncated quote shortened", True, """
فرجاني يهدي تونس والعرب أول ميدالية في أولمبياد باريس بفضية السيف العربي
28-07-2024 00:34:25
نال التونسي فارس فرجاني أول ميدالية لبلاده وللعرب في أولمبياد باريس 2024، على الرغم من هزيمته 15-11 أمام الكوري الجنوبي أوه سانغ أوك في نهائي فردي الرجال لمسابقة السيف العربي في المبارزة يوم أمس السبت.
وذهبت البرونزية إلى الإيطالي لويجي ساميلي الذي تغلب على المصري زياد السيسي 15-12 في مباراة تحديد المركز الثالث.
وقال فرجاني (27 عاما)، المنحدر من عائلة تونسية معروفة في رياضة المبارزة، في حديث لشبكة (بي.إن.سبورتس) عقب فوزه على السيسي في قبل النهائي: "الحمد لله، كنت مركزا تماما من البداية لأننا في الألعاب الأولمبية. انتابني الخوف في البداية، لكنني نجحت في منح تونس والعرب أول ميدالية في الأولمبياد".
وعن أصعب نزال خاضه في طريقه إلى النهائي، قال إن الصيني شين تشنبنغ أنهك قواه تماما في دور الثمانية، مضيفا: "كان رائعا حقا، لكنني تفوقت عليه بذكاء".
وبعد خسارته البرونزية، قال السيسي إنه كان يتمنى أن يهدي مصر ميدالية.
""", [
    ev("sabre-final", "في نهائي فردي الرجال لمسابقة السيف العربي في المبارزة يوم أمس السبت", FINAL, "'يوم أمس السبت' from Sun 28 = Sat 27 Jul 2024"),
    ev("bronze-match", "وذهبت البرونزية إلى الإيطالي لويجي ساميلي", FINAL, "no own expression; the bronze match of the same Sat 27 Jul 2024"),
    ev("semi-final-win", "عقب فوزه على السيسي في قبل النهائي", FINAL, "no own expression; the semi-final, earlier on Sat 27 Jul 2024"),
    ev("quarter-final-win", "الصيني شين تشنبنغ أنهك قواه تماما في دور الثمانية", FINAL, "no own expression; the quarter-final, earlier on Sat 27 Jul 2024 (the whole sabre event was held that day)"),
])
art(S, "https://www.arabkhabar.com/a/2973462",
    "2024-07-28", "page line 'تاريخ النشر: 28th, July 2024 GMT' (kept as second line; 28 Jul 2024 was a Sunday) and the AFP dateline 'باريس (أ ف ب)' (kept); 'أخبار ذات صلة' and the last, truncated sentence dropped; headline re-worded from the page's", True, """
فضية فرجاني تفتتح رصيد العرب في أولمبياد باريس
تاريخ النشر: 28th, July 2024 GMT
باريس (أ ف ب)
افتتح العرب رصيدهم من الميداليات في أولمبياد باريس 2024 عن طريق المبارز التونسي فارس فرجاني، الذي أحرز فضية مسابقة الحسام.
وخسر فرجاني في المباراة النهائية أمام الكوري الجنوبي سانجوك أوه 11-15، لينال ابن السابعة والعشرين أول ميدالية أولمبية في مسيرته، وهي الثالثة للعرب في تاريخ المبارزة بعد فضيتي المصري علاء الدين أبو القاسم في الشيش (لندن 2012) والتونسية إيناس البوبكري في الشيش أيضاً (ريو 2016).
وفي قاعة القصر الكبير (جران باليه)، ابتعد الكوري بفارق كبير وصل إلى 14-5، غير أن فرجاني قاتل بهدوء ليقلص الفارق إلى 11-14، وهو ما لم يمنع منافسه من انتزاع الذهبية.
وقال فرجاني بعد النزال: «ما زلت لا أصدق، كان النهار طويلاً وفقدت تركيزي في بعض الأوقات، لقد كنت أحلم بميدالية».
وأضاف أنه بعد خروجه من ربع نهائي بطولة أفريقيا قبل شهرين قرر أن يلعب بهدوء وقوة وبساطة، وأنه كان ناضجا في الفترة الأخيرة، مؤكدا أن التركيز كان مفتاح النجاح.
""", [
    ev("sabre-final", "وخسر فرجاني في المباراة النهائية أمام الكوري الجنوبي سانجوك أوه 11-15", FINAL, "no own expression; the final of Sat 27 Jul 2024 (panet: 'يوم أمس السبت')"),
    ev("london-2012", "المصري علاء الدين أبو القاسم في الشيش (لندن 2012)", LONDON[0], "'لندن 2012' = the London Olympics, 27 Jul - 12 Aug 2012 (outside knowledge)", end=LONDON[1]),
    ev("rio-2016", "والتونسية إيناس البوبكري في الشيش أيضاً (ريو 2016)", RIO[0], "'ريو 2016' = the Rio Olympics, 5-21 Aug 2016 (outside knowledge; Boubakri's medal there was in fact a bronze)", end=RIO[1]),
    ev("african-championships", "بعد خروجه من ربع نهائي بطولة أفريقيا قبل شهرين", AFRICA[0], "'قبل شهرين' from 27 Jul 2024 = about late May; the African fencing championships of 2024 (my span 20 May - 30 Jun 2024)", end=AFRICA[1]),
])
art(S, "https://www.albayan.ae/sports/olympics/2024-07-29-1.4911364",
    "2024-07-29", "date in the URL '/2024-07-29-…' (29 Jul 2024 was a Monday); the body's 'أول من أمس' for the final of Sat 27 Jul agrees; headline written from the body (the stored text has none); the quotes at the end dropped; no date of its own in the text", False, """
فرجاني يمنح العرب أول ميدالية في أولمبياد باريس
أهدى المبارز التونسي فارس فرجاني العرب أول ميدالية في أولمبياد باريس 2024، بعدما أحرز فضية مسابقة الحسام، أول من أمس، إثر هزيمته في المباراة النهائية أمام الكوري الجنوبي سانغوك أوه 11 - 15.
وتعد هذه أول ميدالية أولمبية لفرجاني (27 عاماً)، والثالثة للعرب في المبارزة، بعد فضيتي المصري علاء الدين أبو القاسم في الشيش (لندن 2012)، والتونسية إيناس البوبكري في الشيش أيضاً (ريو 2016).
وكان فرجاني، المصنف الثالث عشر، قد ضمن الفضية على الأقل في قاعة القصر الكبير (غران باليه) بتغلبه في نصف النهائي على المصري زياد السيسي (29 عاماً)، المصنف الأول، بنتيجة 15 - 11، قبل أن يخسر السيسي في وقت لاحق مباراة البرونزية أمام ساميلي 12 - 15.
وفي النهائي، تقدم الكوري بفارق واسع بلغ 14 - 5، ثم نجح فرجاني بهدوء في تقليص الفارق إلى 11 - 14، لكن ذلك لم يحل دون تتويج منافسه بالذهب.
""", [
    ev("sabre-final", "بعدما أحرز فضية مسابقة الحسام، أول من أمس", FINAL, "'أول من أمس' from Mon 29 = Sat 27 Jul 2024"),
    ev("london-2012", "علاء الدين أبو القاسم في الشيش (لندن 2012)", LONDON[0], "'لندن 2012' = the London Olympics, 27 Jul - 12 Aug 2012", end=LONDON[1]),
    ev("rio-2016", "والتونسية إيناس البوبكري في الشيش أيضاً (ريو 2016)", RIO[0], "'ريو 2016' = the Rio Olympics, 5-21 Aug 2016", end=RIO[1]),
    ev("semi-final-win", "بتغلبه في نصف النهائي على المصري زياد السيسي", FINAL, "no own expression; the semi-final of Sat 27 Jul 2024"),
    ev("bronze-match", "قبل أن يخسر السيسي في وقت لاحق مباراة البرونزية", FINAL, "no own expression; 'في وقت لاحق', the bronze match of the same Sat 27 Jul 2024"),
])
art(S, "https://alhorria.com/2024/08/03/%d8%aa%d9%83%d8%b1%d9%8a%d9%85-%d8%a7%d9%84%d8%a8%d8%b7%d9%84-%d8%a7%d9%84%d8%a3%d9%88%d9%84%d9%85%d8%a8%d9%8a-%d9%84%d9%84%d9%85%d8%a8%d8%a7%d8%b1%d8%b2%d8%a9-%d9%81%d8%a7%d8%b1%d8%b3-%d8%a7%d9%84",
    "2024-08-03", "date in the URL '/2024/08/03/' (3 Aug 2024 was a Saturday); the body's 'أمس الجمعة 02 أوت 2024' agrees; headline rendered from the URL slug; the list of attending officials (truncated) dropped; no date line of its own (only 'أمس' with the day of the meeting)", False, """
تكريم البطل الأولمبي للمبارزة فارس الفرجاني
كان تكريم البطل الأولمبي في المبارزة فارس الفرجاني، صاحب الميدالية الفضية في الألعاب الأولمبية باريس 2024، محور اللقاء الذي جمعه بوزير الشباب والرياضة كمال دقيش أمس الجمعة 02 أوت 2024.
وهنأ الوزير الفرجاني والشعب التونسي بهذا الإنجاز الرياضي اللافت، معتبرا أنه ثمرة تضافر جهود البطل والتزام سلطة الإشراف بدعم الرياضيين التونسيين وتلبية احتياجاتهم، ومؤكدا أن إنجاز الفرجاني سيسهم بقوة في تعزيز إشعاع المبارزة التونسية إقليميا ودوليا وفي نشر ممارستها داخل البلاد.
وتشجيعا للفرجاني ومواصلة لدعمه، أعلن الوزير تجديد عقد الأهداف الخاص به، مع منحه امتيازات جديدة تلائم برنامج تحضيراته الفنية لقادم الاستحقاقات.
كما كشف دقيش عن استراتيجية لتحسين ظروف تكوين الأبطال في المبارزة، تتضمن توفير قاعة مخصصة مجهزة بكل المعدات الخاصة بهذه الرياضة، مؤكدا التزام الوزارة بتقديم الدعم اللازم لإعداد جيل متميز فيها.
""", [
    ev("minister-reception", "محور اللقاء الذي جمعه بوزير الشباب والرياضة كمال دقيش أمس الجمعة 02 أوت 2024", MINISTER, "'أمس الجمعة 02 أوت 2024' = Fri 2 Aug 2024"),
    ev("sabre-final", "صاحب الميدالية الفضية في الألعاب الأولمبية باريس 2024", FINAL, "no own expression; the silver won on Sat 27 Jul 2024"),
    ev("contract-renewal", "أعلن الوزير تجديد عقد الأهداف الخاص به", MINISTER, "no own expression; announced at the meeting of Fri 2 Aug 2024"),
    ev("fencing-strategy", "كشف دقيش عن استراتيجية لتحسين ظروف تكوين الأبطال في المبارزة", MINISTER, "no own expression; announced at the meeting of Fri 2 Aug 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 322
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
