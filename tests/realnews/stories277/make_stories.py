"""Builds stories.jsonl: the 277-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: chess, e-sports and other mind-sport competitions: the King
Salman World Rapid & Blitz Chess Championship in Riyadh (Dec 2017), the Arab youth individual chess championship
in Casablanca (Jul 2025), the FIDE World Rapid & Blitz Championship in Doha (Dec 2025), the close of the Esports
World Cup 2025 in Riyadh and Team Falcons' second club title (Aug 2025), and the African individual chess
championship in Cairo (May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-riyadh-king-salman-world-rapid-blitz-chess-2017
S = "saudi-riyadh-king-salman-world-rapid-blitz-chess-2017"
PLAY = ("2017-12-26", "2017-12-31")    # the games: rapid Tue 26 - Thu 28, blitz Fri 29 - Sat 30 Dec 2017
RAPID = ("2017-12-26", "2017-12-29")   # the 3 rapid days
art(S, "https://al-jazirah.com/2017/20171225/sp4.htm",
    "2017-12-25", "date in the URL '/2017/20171225/' (al-Jazirah's print issue of Mon 25 Dec 2017); the body's 'غدا الثلاثاء' for the start of play agrees (26 Dec 2017 was a Tuesday; akhbaar24: 'انطلقت عصر أمس (الثلاثاء)'); the tag '«الجزيرة» - الرياض:' dropped; headline written from the body (the stored text has none); the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
الرياض تستعد لاحتضان بطولة كأس الملك سلمان العالمية للشطرنج
تتجه أنظار الرياضيين حول العالم، ولا سيما عشاق الشطرنج، إلى العاصمة السعودية الرياض التي تستضيف هذا الأسبوع بطولة كأس الملك سلمان العالمية للشطرنج بحضور نخبة المصنفين عالمياً، على أن تنطلق منافساتها غدا الثلاثاء.
وتقام هذه البطولة العالمية في المملكة للمرة الأولى، وهي إحدى ثمار مذكرة التعاون التي وقعها مؤخراً رئيس الهيئة العامة للرياضة تركي آل الشيخ مع رئيس الاتحاد الدولي للشطرنج كيرسان إيليومجينوف في العاصمة البريطانية لندن.
وتعمل الهيئة العامة للرياضة على نشر الشطرنج في المملكة وزيادة أعداد ممارسيه ضمن خطة استراتيجية لتطوير الألعاب الرياضية، إذ حولت مؤخراً اللجنة السعودية للشطرنج إلى اتحاد رياضي يتولى تنظيم اللعبة ومسابقاتها.
ولن تقتصر البطولة المرتقبة على المنافسات بين اللاعبين، إذ أُعدت لزوارها برامج وفعاليات تعريفية باللعبة.
""", [
    ev("rapid-start", "على أن تنطلق منافساتها غدا الثلاثاء", "2017-12-26", "'غدا الثلاثاء' from Mon 25 Dec 2017 = Tue 26 Dec (the first day of play)"),
    ev("tournament-play", "التي تستضيف هذا الأسبوع بطولة كأس الملك سلمان", PLAY[0], "'هذا الأسبوع' from Mon 25 Dec 2017; the games ran Tue 26 - Sat 30 Dec 2017", end=PLAY[1]),
    ev("federation-created", "إذ حولت مؤخراً اللجنة السعودية للشطرنج إلى اتحاد", "2017-10-04", "'مؤخراً' only; arriyadiyah (17 Dec 2017) counts '73 يوما' since the federation was declared = about 5 Oct 2017 (my span 4-6 Oct)", end="2017-10-07"),
])
art(S, "https://akhbaar24.com/ampArticle/372347/archive",
    "2017-12-27", "no stamp on the stored page: 'عصر أمس (الثلاثاء)' for the first rapid games (Tue 26 Dec 2017) and 'أول أمس (الإثنين)' for the opening (Mon 25 Dec 2017; al-Watan: 'افتتح ... أمس') = Wed 27 Dec 2017; headline written from the body (the stored text has none); no date of its own in the text", False, """
خسارة مفاجئة لكارلسن في انطلاق الشطرنج السريع بالرياض
بدأت عصر أمس (الثلاثاء) منافسات الشطرنج السريع في بطولة كأس الملك سلمان العالمية للشطرنج التي تحتضنها العاصمة الرياض.
وفي اليوم الأول من البطولة التي افتُتحت أول أمس (الإثنين)، مُني بطل العالم النرويجي ماجنوس كارلسن بهزيمة غير متوقعة أمام الصيني بوجزانزي.
ويشارك في البطولة 236 لاعباً يمثلون 70 دولة، ويدير مبارياتها 40 حكماً دولياً، على أن تستمر منافسات الشطرنج السريع 3 أيام، بينما تنطلق منافسات الشطرنج الخاطف يوم الجمعة المقبل.
""", [
    ev("rapid-start", "بدأت عصر أمس (الثلاثاء) منافسات الشطرنج السريع", "2017-12-26", "'عصر أمس (الثلاثاء)' from Wed 27 Dec 2017 = Tue 26 Dec"),
    ev("opening-ceremony", "التي افتُتحت أول أمس (الإثنين)", "2017-12-25", "'أول أمس (الإثنين)' from Wed 27 Dec 2017 = Mon 25 Dec"),
    ev("carlsen-loss", "مُني بطل العالم النرويجي ماجنوس كارلسن بهزيمة", "2017-12-26", "no own expression ('في اليوم الأول من البطولة' = the first day of play), Tue 26 Dec 2017"),
    ev("rapid-period", "تستمر منافسات الشطرنج السريع 3 أيام", RAPID[0], "'3 أيام' from the start of Tue 26 Dec 2017: Tue 26 - Thu 28 Dec", end=RAPID[1]),
    ev("blitz-start", "تنطلق منافسات الشطرنج الخاطف يوم الجمعة المقبل", "2017-12-29", "'يوم الجمعة المقبل' from Wed 27 Dec 2017 = Fri 29 Dec"),
])
art(S, "https://sauress.com/alyaum/4221667",
    "2017-12-31", "no stamp on the stored page (a sauress copy of al-Yaum): 'اختتمت منافساتها، أمس السبت' for the close of the championship, Sat 30 Dec 2017 (slaati: 'من 24 حتى 30 ديسمبر 2017') = Sun 31 Dec 2017; headline written from the body (the stored text has none); the last, truncated sentence ('وتم التتويج ف...') dropped; no date of its own in the text", False, """
كارلسن وأناند يتقاسمان لقبي بطولة كأس الملك سلمان العالمية للشطرنج
نيابةً عن رئيس مجلس إدارة الهيئة العامة للرياضة تركي بن عبدالمحسن آل الشيخ، سلّم الأمير عبدالعزيز بن تركي الفيصل، نائب رئيس مجلس إدارة الهيئة، جوائز بطولة كأس الملك سلمان العالمية للشطرنج للفائزين والفائزات، بعدما أُسدل الستار على منافساتها، أمس السبت، في مركز أبكس للمؤتمرات والمعارض بمدينة الرياض.
وانتزع النرويجي ماغنوس كارلسن المركز الأول وكأس الشطرنج الخاطف برصيد 16 نقطة، متقدماً على الروسي كارياكين سيرجي صاحب المركز الثاني برصيد 14.5 نقطة، والهندي أناند فنسيوانتان الثالث بالرصيد نفسه.
وفي فئة السيدات تصدرت الجورجية دزانيزي نانا منافسات الخاطف برصيد 16.5 نقطة، وحلت الروسية غونينا فالنتينا ثانية ثم الصينية جو ون جون ثالثة.
أما كأس الشطرنج السريع فكانت من نصيب أناند الذي جمع 10.5 نقطة، وتلاه الروسي فيدوسييف فلاديمير ثم مواطنه نيبومنياتشي يان بالرصيد نفسه، فيما تصدرت الصينية جو ون جون منافسات السريع للسيدات برصيد 11.5 نقطة.
""", [
    ev("championship-close", "بعدما أُسدل الستار على منافساتها، أمس السبت", "2017-12-30", "'أمس السبت' from Sun 31 Dec 2017 = Sat 30 Dec"),
    ev("prize-ceremony", "سلّم الأمير عبدالعزيز بن تركي الفيصل", "2017-12-30", "no own expression; the prizes were handed out at the close of Sat 30 Dec 2017"),
    ev("carlsen-blitz-title", "وانتزع النرويجي ماغنوس كارلسن المركز الأول وكأس الشطرنج الخاطف", "2017-12-30", "no own expression; the blitz (Fri 29 - Sat 30 Dec 2017) ended on the closing day, Sat 30 Dec"),
    ev("dzagnidze-blitz-title", "تصدرت الجورجية دزانيزي نانا منافسات الخاطف", "2017-12-30", "no own expression; the women's blitz ended on Sat 30 Dec 2017"),
    ev("anand-rapid-title", "أما كأس الشطرنج السريع فكانت من نصيب أناند", "2017-12-28", "no own expression; the rapid ran 3 days from Tue 26 Dec 2017 (akhbaar24) and ended on Thu 28 Dec (outside knowledge: Anand won on 28 Dec)"),
    ev("ju-rapid-title", "فيما تصدرت الصينية جو ون جون منافسات السريع للسيدات", "2017-12-28", "no own expression; the women's rapid ended on Thu 28 Dec 2017"),
])
art(S, "https://www.slaati.com/2018/01/01/p958137.html",
    "2018-01-01", "date in the URL '/2018/01/01/'; the body's 'اليوم الإثنين' agrees (1 Jan 2018 was a Monday); headline written from the body (the stored text has none); the last, truncated sentence ('هذه البطولة العالمية التي تقام لأول مرة بالمملكة في رياضة ال...') dropped; no date of its own in the text", False, """
الرياض تودّع ضيوف بطولة كأس الملك سلمان العالمية للشطرنج
ودّعت الرياض اليوم الإثنين أكثر من 400 ضيف قدموا من 90 دولة من قارات العالم وأقاموا فيها طيلة ثمانية أيام، بين لاعبين ولاعبات وحكام وإداريين وفنيين ومراقبين وإعلاميين، لحضور بطولة كأس الملك سلمان العالمية للشطرنج التي نظمتها الهيئة العامة للرياضة مع الاتحاد الدولي للشطرنج خلال الفترة من 24 حتى 30 ديسمبر 2017 المنصرم في مركز أبكس للمؤتمرات والمعارض.
وتنافس 247 لاعباً ولاعبة في الشطرنج السريع والخاطف، بمشاركة لافتة من لاعبي المنتخب السعودي ولاعباته، بعدما دشّن تركي بن عبدالمحسن آل الشيخ البطولة في حفل افتتاح حضره رئيس الاتحاد الدولي بالإنابة جورجيوس ماكروبولوس ورئيس الاتحاد الآسيوي الشيخ سلطان بن خليفة.
واشتدت المنافسة بين عدد كبير من اللاعبين واللاعبات، خصوصاً المصنفين منهم كالنرويجي ماغنوس كارلسن والروسيين كارياكين سيرجي وفيدوسييف فلاديمير والهندي أناند فنسيوانتان، وسط متابعة إعلامية محلية ودولية واسعة تقدمتها قنوات العربية وMBC وشبكة CNN إلى جانب صحف محلية وأجنبية ووكالات أنباء.
""", [
    ev("guests-farewell", "ودّعت الرياض اليوم الإثنين", "2018-01-01", "'اليوم الإثنين' = Mon 1 Jan 2018 (the URL day)"),
    ev("guests-stay", "وأقاموا فيها طيلة ثمانية أيام", "2017-12-25", "'طيلة ثمانية أيام' up to the farewell of Mon 1 Jan 2018: 25 Dec 2017 - 1 Jan 2018 (my span)", end="2018-01-02"),
    ev("stated-period", "خلال الفترة من 24 حتى 30 ديسمبر 2017", "2017-12-24", "'من 24 حتى 30 ديسمبر 2017' as the text states it (the games themselves ran 26-30 Dec)", end="2017-12-31"),
    ev("opening-ceremony", "دشّن تركي بن عبدالمحسن آل الشيخ البطولة في حفل افتتاح", "2017-12-25", "no own expression; the opening of Mon 25 Dec 2017 (akhbaar24: 'افتتحت أول أمس (الإثنين)')"),
])

# ---------------------------------------------------------------- morocco-casablanca-arab-youth-chess-championship-2025
S = "morocco-casablanca-arab-youth-chess-championship-2025"
art(S, "https://lanatime.com/sport/البطولة-العربية-للشطرنج-تستقطب-235-لاعبا-2025-07-21",
    "2025-07-21", "date in the URL '2025-07-21' and the body's 'اليوم الاثنين 21 يوليو 2025' (kept; 21 Jul 2025 was a Monday); headline rendered from the URL slug; the subheads ('التنظيم والجهات الداعمة', 'الطابع الاحتفالي المتميز') and the truncated section on the programme dropped", True, """
البطولة العربية للشطرنج تستقطب 235 لاعبا
انطلقت اليوم الاثنين 21 يوليو 2025 في مدينة الدار البيضاء المغربية منافسات البطولة العربية للشطرنج للفئات العمرية من 8 إلى 20 عاماً، والتي تستمر حتى 28 يوليو الجاري.
ويتنافس في البطولة 235 لاعباً ولاعبة من الأبطال الواعدين يمثلون 16 دولة عربية، على جوائز مالية قيمتها 14,700 دولار أمريكي.
وتجري المباريات في فندق بارسيلو أنفا بالدار البيضاء، وتشمل الفئات العمرية من أقل من 8 سنوات حتى أقل من 18 سنة، إضافة إلى فئة أقل من 20 سنة، للذكور والإناث.
وينظم هذه التظاهرة الاتحاد العربي للشطرنج برئاسة الشيخ الدكتور خالد بن حميد القاسمي بالتعاون مع الجامعة الملكية المغربية للشطرنج برئاسة بشرى القادري، وبدعم من وزارتي التربية الوطنية والتعليم الأولي والرياضة، والشباب والثقافة والتواصل، ومجلس جماعة الدار البيضاء.
وتتخذ هذه الدورة طابعاً احتفالياً خاصاً، إذ تأتي ضمن احتفالات المغرب بعيد العرش المجيد، وتتزامن مع اليوم العالمي للشطرنج الذي يصادف 20 يوليو من كل سنة، كما تحتفي بالذكرى الخمسين لتأسيس الاتحاد العربي للشطرنج.
""", [
    ev("championship-start", "انطلقت اليوم الاثنين 21 يوليو 2025", "2025-07-21", "'اليوم الاثنين 21 يوليو 2025' = Mon 21 Jul 2025"),
    ev("planned-end", "والتي تستمر حتى 28 يوليو الجاري", "2025-07-28", "'28 يوليو الجاري' = Mon 28 Jul 2025, the planned last day (the last round and the prizes came on Sun 27 Jul)"),
    ev("world-chess-day", "اليوم العالمي للشطرنج الذي يصادف 20 يوليو من كل سنة", "2025-07-20", "'20 يوليو من كل سنة': this year's World Chess Day, Sun 20 Jul 2025, the day before the start"),
])
art(S, "https://www.arabkhabar.com/a/4875810",
    "2025-07-22", "the page's own line 'تاريخ النشر: 22nd, July 2025 GMT' (kept as first line, as it stands; 22 Jul 2025 was a Tuesday); an aggregator copy of al-Ittihad (the tag 'أبوظبي (الاتحاد)' dropped); the body's 'وتستمر حتى الاثنين المقبل' (Mon 28 Jul) agrees; the source's '14700 ألف دولار' re-worded as '14700 دولار' (the other reports); the last, truncated clause dropped", True, """
تاريخ النشر: 22nd, July 2025 GMT
صدارة مشتركة في افتتاح البطولة العربية للشطرنج
بدأت منافسات البطولة العربية للشطرنج للفئات العمرية من 8 إلى 18 سنة للذكور والإناث، إلى جانب فئة تحت 20 سنة، التي ينظمها الاتحاد العربي للشطرنج مع الجامعة الملكية المغربية للشطرنج في مدينة الدار البيضاء، وتستمر حتى الاثنين المقبل، بمشاركة 216 لاعباً ولاعبة من 13 دولة عربية يتنافسون على جوائز مالية قدرها 14700 دولار.
وحضر انطلاق الجولة الأولى كل من بشرى القادري رئيسة الجامعة الملكية المغربية ورئيسة اللجنة المنظمة العليا، والدكتورة مليحة المازمي رئيسة لجنة التخطيط الاستراتيجي بالاتحاد العربي للشطرنج، واللواء مختار عمارة رئيس الاتحاد المصري للشطرنج، وحسين خوري رئيس نادي أبوظبي للشطرنج والألعاب الذهنية، إلى جانب أعضاء من اللجنة المنظمة ورؤساء الوفود.
وأسفرت الجولة الأولى في جميع الفئات عن صدارة مشتركة، ففي فئة تحت 20 سنة تقاسم 8 لاعبين المركز الأول، بينهم الإماراتي محمد سعيد الليلي برصيد نقطة كاملة، فيما تصدرت 4 لاعبات فئة الفتيات، منهن التونسية ياسمين الجميعي والفلسطينية تقوى الحموري والمغربية وصال الشربيني.
""", [
    ev("championship-start", "بدأت منافسات البطولة العربية للشطرنج للفئات العمرية", "2025-07-21", "no own expression; the first round of Mon 21 Jul 2025 (lanatime: 'انطلقت اليوم الاثنين 21 يوليو 2025')"),
    ev("planned-end", "وتستمر حتى الاثنين المقبل", "2025-07-28", "'الاثنين المقبل' from Tue 22 Jul 2025 = Mon 28 Jul (the planned last day)"),
    ev("round-one", "وحضر انطلاق الجولة الأولى", "2025-07-21", "no own expression; round 1 was played on the first day, Mon 21 Jul 2025"),
])
art(S, "https://sd.iqraa.news/?p=1217178",
    "2025-07-26", "no stamp on the stored page: the body's 'وتُقام اليوم السبت الجولة الثامنة' with 'الجولة التاسعة والأخيرة غدًا الأحد' = Sat 26 Jul 2025 (the last round and the crowning were on Sun 27 Jul: matchpresse 'يوم الأحد 27 يوليوز 2025'); headline written from the body (the stored text has none); the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
ذهبيتان لمصر في البطولة العربية للناشئين بالدار البيضاء
حصد المنتخب المصري للشطرنج ميداليتين ذهبيتين في البطولة العربية للناشئين المقامة في مدينة الدار البيضاء بالمغرب من 20 إلى 28 يوليو الجاري، والتي يشارك فيها 216 لاعباً ولاعبة من الفئات العمرية من 8 إلى 18 سنة وفئة تحت 20 سنة، يمثلون 13 دولة عربية ويتنافسون على جوائز مالية تبلغ 14700 دولار.
فقد حقق فريد تامر العلامة الكاملة 7/7 في منافسات تحت 16 سنة قبل جولتين من نهاية البطولة ليضمن الميدالية الذهبية، وكررت ذكاء أحمد الإنجاز نفسه في فئة تحت 12 سنة.
وتُقام اليوم السبت الجولة الثامنة، بينما تُقام الجولة التاسعة والأخيرة غدًا الأحد، ويعقبها حفل توزيع الجوائز.
وعبّر اللواء مختار عمارة، رئيس الاتحاد المصري للشطرنج ورئيس البعثة، عن سعادته بالبطولة التي أبرزت لاعبين متميزين ومنحتهم فرصة الاحتكاك في سن مبكرة، مشيراً إلى أنها تمنح أصحاب المراكز الأولى ألقاباً دولية متى بلغوا معدل النقاط المطلوب.
""", [
    ev("stated-period", "من 20 إلى 28 يوليو الجاري", "2025-07-20", "'من 20 إلى 28 يوليو الجاري' as the text states it (play ran 21-27 Jul 2025)", end="2025-07-29"),
    ev("egypt-golds-secured", "فقد حقق فريد تامر العلامة الكاملة 7/7", "2025-07-25", "no own expression; 7/7 'قبل جولتين من نهاية البطولة', i.e. after round 7, played before round 8 of Sat 26 Jul 2025 (my span 25-26 Jul)", end="2025-07-27"),
    ev("round-eight", "وتُقام اليوم السبت الجولة الثامنة", "2025-07-26", "'اليوم السبت' = Sat 26 Jul 2025"),
    ev("final-round", "الجولة التاسعة والأخيرة غدًا الأحد", "2025-07-27", "'غدًا الأحد' from Sat 26 Jul 2025 = Sun 27 Jul"),
    ev("closing-crowning", "ويعقبها حفل توزيع الجوائز", "2025-07-27", "no own expression; the prize-giving after the last round of Sun 27 Jul 2025"),
])
art(S, "https://casaoui.ma/1498046128.html",
    "2025-07-28", "no stamp on the stored page: 'أمس الأحد' for the under-20 titles of the closing day, Sun 27 Jul 2025 (matchpresse: 'يوم الأحد 27 يوليوز 2025'; anfanews: 'اختتمت، اليوم الأحد') = Mon 28 Jul 2025; a MAP dispatch; the label 'رياضة' dropped; the last, truncated sentence dropped; no date of its own in the text", False, """
البطولة العربية للشطرنج بالدار البيضاء: لقبا أقل من 20 سنة للمصرية جوو رومان والفلسطيني ماجد التل
فازت المصرية جوو رومان والفلسطيني ماجد التل، أمس الأحد بالدار البيضاء، بلقب البطولة العربية الفردية للشطرنج لفئة أقل من 20 سنة لدى الإناث والذكور.
وتقدمت جوو رومان على الإماراتية أحلام راشد صاحبة المركز الثاني، بينما حلت التونسية ياسمين كمحة ثالثة.
وفي فئة الذكور جاء ماجد التل أولاً أمام الإماراتي محمد سعيد، واقتسم المصري حميد وفا والليبي يوسف لحصادي المركز الثالث.
وشهدت البطولة، التي نظمها الاتحاد العربي للشطرنج مع الجامعة الملكية المغربية للشطرنج بدعم من وزارة التربية الوطنية والتعليم الأولي والرياضة ووزارة الشباب والثقافة والتواصل، مسابقات للفئات العمرية من أقل من 8 سنوات إلى أقل من 18 سنة.
وبهذه المناسبة أكدت رئيسة الجامعة الملكية المغربية للشطرنج، بشرى القادري، في تصريح لوكالة المغرب العربي للأنباء، نجاح البطولة بكل مسابقاتها، مشيرة إلى مشاركة 216 متبارية ومتبارياً من 13 بلداً عربياً، بينهم 58 لاعبة ولاعباً من المغرب.
""", [
    ev("closing-crowning", "فازت المصرية جوو رومان والفلسطيني ماجد التل، أمس الأحد", "2025-07-27", "'أمس الأحد' from Mon 28 Jul 2025 = Sun 27 Jul"),
    ev("competitions", "وشهدت البطولة، التي نظمها الاتحاد العربي للشطرنج", "2025-07-21", "no own expression; the games of Mon 21 - Sun 27 Jul 2025", end="2025-07-28"),
    ev("kadiri-statement", "أكدت رئيسة الجامعة الملكية المغربية للشطرنج، بشرى القادري", "2025-07-27", "no own expression; the statement to MAP at the close, Sun 27 or Mon 28 Jul 2025 (my span)", end="2025-07-29"),
])

# ---------------------------------------------------------------- qatar-doha-world-rapid-blitz-chess-2025
S = "qatar-doha-world-rapid-blitz-chess-2025"
art(S, "https://nasmisr.com/sports/%d8%ba%d8%af%d8%a7%d9%8b-%d8%a7%d8%ae%d8%aa%d8%aa%d8%a7%d9%85-%d9%83%d8%a3%d8%b3-%d8%a7%d9%84%d8%b9%d8%a7%d9%84%d9%85-%d9%84%d9%84%d8%b4%d8%b7%d8%b1%d9%86%d8%ac-%d8%a7%d9%84%d8%b3%d8%b1",
    "2025-12-29", "no stamp on the stored page: 'تختتم غدا الثلاثاء' for the last day, Tue 30 Dec 2025 (the blitz final: al-Sharq's item of 30 Dec, AFP 'الثلاثاء') = Mon 29 Dec 2025, after round 11 of the blitz; a QNA dispatch (the tag 'الدوحة – قنا' dropped); the stored headline ('انطلاق كأس العالم ... بمشاركة 647 لاعباً ولاعبة') does not fit the body and the URL slug ('غداً اختتام كأس العالم للشطرنج ...'), so a plain headline was written from the body; the last, truncated clause dropped; no date of its own in the text. The body's 'سيعرف اليوم بطل' (kept verbatim) means the closing day, not the day of publication: it is not a gold event", False, """
ختام كأس العالم للشطرنج السريع والخاطف في الدوحة
تُختتم غدا الثلاثاء منافسات بطولة كأس العالم للشطرنج السريع والخاطف قطر 2025 التي تحتضنها جامعة قطر في مجمع الرياضة والفعاليات، حيث سيعرف اليوم بطل كأس العالم للشطرنج الخاطف عبر الجولات الختامية ومواجهات نصف النهائي والمباراة النهائية للرجال والسيدات.
ويخوض منافسات الشطرنج الخاطف للرجال 254 لاعباً، بينما تضم منافسات السيدات 142 لاعبة بينهن بطلات العالم الحاليات ونخبة المتخصصات في الشطرنج السريع.
واعتلى الهندي أرجون إريغيسي صدارة ترتيب الشطرنج الخاطف بعد نهاية الجولة 11، إثر فوزه الحاسم على منافسه المباشر الأمريكي فابيانو كاراوانا وعلى المتصدر السابق الأوزبكي نودربك عبدالستاروف، ليصل رصيده إلى 9 نقاط مقابل 8 نقاط لكاراوانا و7.5 نقطة لعبدالستاروف الذي تراجع إلى المركز 15.
وحل الفرنسي مكسيم لاغراف ثانياً برصيد 9 نقاط بعد تغلبه على عبدالستاروف.
وتمكن النرويجي ماغنوس كارلسن، الفائز بكأس العالم للشطرنج السريع قطر 2025، من حسم مواجهة صعبة في الجولة الـ11 أمام الروسي مورزين.
""", [
    ev("championship-close", "تُختتم غدا الثلاثاء منافسات بطولة كأس العالم", "2025-12-30", "'غدا الثلاثاء' from Mon 29 Dec 2025 = Tue 30 Dec"),
    ev("blitz-round-11", "بعد نهاية الجولة 11", "2025-12-29", "no own expression; round 11 of the blitz Swiss, played on the first blitz day, Mon 29 Dec 2025 (the report's day)"),
    ev("carlsen-rapid-title", "الفائز بكأس العالم للشطرنج السريع قطر 2025", "2025-12-28", "no own expression; Carlsen won the rapid on Sun 28 Dec 2025 (AFP: 'يوم الأحد، تُوّج كارلسن بطلاً للعالم في الشطرنج السريع')"),
    ev("carlsen-beats-murzin", "من حسم مواجهة صعبة في الجولة الـ11", "2025-12-29", "no own expression; round 11 of the blitz, Mon 29 Dec 2025"),
])
art(S, "https://www.arabnews24.ca/ar/Canada_USA_Forums/760170.html",
    "2025-12-30", "the page's own line 'الثلاثاء 30 ديسمبر 2025 01:15 مساءً' (kept as first line; 30 Dec 2025 was a Tuesday); a copy of al-Sharq's item dated '30 ديسمبر 2025 , 09:07م' (that line, the tag 'alsharq', the ticker and the aggregator's name dropped); headline from the page's title and its subhead 'الكازاخية أساواباييفا تفوز بلقب السيدات'; the last, truncated sentence dropped", True, """
الثلاثاء 30 ديسمبر 2025 01:15 مساءً
كارلسن يتوج بكأس العالم للشطرنج الخاطف قطر 2025.. وأساواباييفا بطلة للسيدات
أحرز النرويجي ماغنوس كارلسن لقب بطولة كأس العالم للشطرنج الخاطف قطر 2025 بعد تغلبه في المباراة النهائية على الأوزبكي نودربك عبدالستاروف، ليجمع لقبي الشطرنج السريع والخاطف في البطولة التي استضافها مجمع الرياضة والفعاليات بجامعة قطر.
وفاز كارلسن في النهائي بالمواجهتين الثانية والرابعة، مقابل فوز اللاعب الأوزبكي في الأولى وتعادلهما في الثالثة.
وفي الدور نصف النهائي تعادل كارلسن مع الأمريكي فابيانو كاراوانا في المواجهتين الأولى والثانية ثم فاز في الثالثة والرابعة، في حين تفوق عبدالستاروف على الهندي أرجون إريغيسي.
وعلى مستوى السيدات، توجت الكازاخية أساواباييفا بلقب الخاطف.
""", [
    ev("blitz-final", "أحرز النرويجي ماغنوس كارلسن لقب بطولة كأس العالم للشطرنج الخاطف", "2025-12-30", "no own expression; the blitz final of the date line's day, Tue 30 Dec 2025"),
    ev("blitz-semifinal", "وفي الدور نصف النهائي تعادل كارلسن", "2025-12-30", "no own expression; the semi-finals were played on the final day, Tue 30 Dec 2025"),
    ev("women-blitz-title", "توجت الكازاخية أساواباييفا بلقب الخاطف", "2025-12-30", "no own expression; the women's blitz final of Tue 30 Dec 2025"),
])
art(S, "https://gulf365.net/sports-news/13186580/%D8%A7%D9%84%D9%86%D8%B1%D9%88%D8%AC%D9%8A-%D9%83%D8%A7%D8%B1%D9%84%D8%B3%D9%86-%D9%8A%D8%AD%D8%B1%D8%B2-%D9%84%D9%82%D8%A8%D9%87-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A-%D8%A7%D9%84%D8%B9%D8%B4%D8%B1%D9%8A%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D8%B4%D8%B7%D8%B1%D9%86%D8%AC.html",
    "2025-12-31", "stamp 'date 2025-12-31' at the head of the stored page (not kept in the text); the body's 'الثلاثاء' for the blitz final (Tue 30 Dec 2025) and 'يوم الأحد' for the rapid title (Sun 28 Dec) agree; an AFP dispatch (the aggregator's 'الرياص - اسماء السيد -' and the dateline 'باريس (فرنسا) :' dropped); headline rendered from the URL slug; the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
النروجي كارلسن يحرز لقبه العالمي العشرين في الشطرنج
أحرز النروجي ماغنوس كارلسن، المصنف الأول عالمياً في الشطرنج، الثلاثاء لقب بطل العالم في الشطرنج الخاطف (بليتز) في الدوحة، بعد أيام من تتويجه بلقب النسخة السريعة (رابيد)، ليرفع رصيده إلى عشرين لقباً عالمياً.
وتفوق كارلسن (35 عاماً) على الأوزبكي نوديربك عبد الستاروف (21 عاماً) في النهائي، إذ حسم الفوز بالقطع السوداء في المباراة الرابعة والأخيرة بعدما خسر الأولى.
وتُلعب مباريات الخاطف بثلاث دقائق لكل لاعب في البداية تضاف إليها ثانيتان مع كل نقلة.
وكان كارلسن قاب قوسين من الإقصاء قبل نصف النهائي، بعدما تلقى ثلاث هزائم في 19 مباراة تأهيلية أنهى بها الدور الأول ثالثاً.
وفي نصف النهائي تغلب على الأميركي فابيانو كاروانا ليلاقي عبد الستاروف، بطل العالم في الشطرنج السريع عام 2021.
وكان كارلسن قد تُوّج يوم الأحد بطلاً للعالم في الشطرنج السريع، الذي يملك فيه كل لاعب 15 دقيقة تضاف إليها عشر ثوانٍ مع كل نقلة، بعدما تصدر الترتيب العام في منافسة خلت من أدوار نهائية.
""", [
    ev("blitz-final", "الثلاثاء لقب بطل العالم في الشطرنج الخاطف", "2025-12-30", "'الثلاثاء' before Wed 31 Dec 2025 = Tue 30 Dec"),
    ev("blitz-swiss", "بعدما تلقى ثلاث هزائم في 19 مباراة تأهيلية", "2025-12-29", "no own expression; the 19 Swiss rounds of the blitz, Mon 29 - Tue 30 Dec 2025", end="2025-12-31"),
    ev("blitz-semifinal", "وفي نصف النهائي تغلب على الأميركي", "2025-12-30", "no own expression; the semi-finals of the final day, Tue 30 Dec 2025"),
    ev("abdusattorov-2021-title", "بطل العالم في الشطرنج السريع عام 2021", "2021-12-26", "'عام 2021': the 2021 World Rapid in Warsaw, 26-28 Dec 2021 (outside knowledge)", end="2021-12-29"),
    ev("carlsen-rapid-title", "تُوّج يوم الأحد بطلاً للعالم في الشطرنج السريع", "2025-12-28", "'يوم الأحد' before Wed 31 Dec 2025 = Sun 28 Dec"),
])

# ---------------------------------------------------------------- saudi-riyadh-esports-world-cup-falcons-2025
S = "saudi-riyadh-esports-world-cup-falcons-2025"
EWC = ("2025-07-07", "2025-08-25")  # the Esports World Cup 2025: Mon 7 Jul - Sun 24 Aug 2025
art(S, "https://www.khaleejtimes.com/arabic/world/asia/%D9%81%D8%A7%D9%84%D9%83%D9%88%D9%86%D8%B2-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D8%A8%D8%B7%D9%84%D8%A7-%D9%84%D9%83%D8%A3%D8%B3-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D9%84%D9%84%D8%B1%D9%8A%D8%A7%D8%B6%D8%A7%D8%AA-%D8%A7%D9%84%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A%D8%A9-2025",
    "2025-08-22", "stamp 'date 2025-08-22' at the head of the stored page (not kept in the text); the body's 'ستختتم رسميا في 24 أغسطس الجاري' agrees; headline rendered from the URL slug; no date of its own in the text", False, """
فالكونز السعودي بطلا لكأس العالم للرياضات الإلكترونية 2025
حُسم لقب كأس العالم للرياضات الإلكترونية 2025 لمصلحة فريق فالكونز السعودي للمرة الثانية على التوالي، بعدما تصدّر الترتيب العام برصيد 4900 نقطة.
وتفوق فالكونز في ترتيب الأندية على نخبة الفرق العالمية، إذ جاء فريق ليكويد الهولندي ثانياً برصيد 4200 نقطة، وحلّ فريق فيتاليتي الفرنسي ثالثاً برصيد 3950 نقطة.
ويعزز هذا الإنجاز التاريخي مكانة فالكونز بين أبرز أندية الرياضات الإلكترونية في العالم، ويواصل به رفع راية المملكة في كبرى المحافل الدولية.
ويُذكر أن منافسات كأس العالم التي تستضيفها العاصمة الرياض ستختتم رسميا في 24 أغسطس الجاري، وهي الحدث الأكبر عالمياً بمشاركة أكثر من 2000 لاعب محترف من 200 نادٍ يمثلون أكثر من 100 دولة، يتنافسون في 25 بطولة على جوائز قياسية تجاوزت 70 مليون دولار.
""", [
    ev("falcons-clinch", "حُسم لقب كأس العالم للرياضات الإلكترونية 2025 لمصلحة فريق فالكونز", "2025-08-20", "no own expression; the title was settled by the report of 22 Aug 2025 (sabq carried the same text on 21 Aug): my span 20-21 Aug", end="2025-08-22"),
    ev("ewc-closing", "ستختتم رسميا في 24 أغسطس الجاري", "2025-08-24", "'24 أغسطس الجاري' = Sun 24 Aug 2025"),
    ev("ewc-period", "منافسات كأس العالم التي تستضيفها العاصمة الرياض", EWC[0], "no own expression; the 2025 competitions, Mon 7 Jul - Sun 24 Aug 2025 (macblash: 'بدءًا من 7 يوليو وحتى 24 أغسطس')", end=EWC[1]),
])
art(S, "https://macblash.com/show_news/1047",
    "2025-08-24", "the page's own date line '2025-08-24' under the byline (kept as first line; 24 Aug 2025 was a Sunday, the night of the closing ceremony); the byline 'نايف خالد' and the link 'مصدر الخبر' dropped; headline from the page's title; the subhead and the truncated next section ('ولي العهد يقود لحظة التتويج ...') dropped", True, """
2025-08-24
تتويج فريق فالكونز
في ليلة استثنائية من ليالي الرياض، احتفلت المملكة العربية السعودية بإسدال الستار على بطولة كأس العالم للرياضات الإلكترونية 2025، لتلفت أنظار العالم مجدداً إلى ما حققته في هذا المجال.
وفي مشهد تاريخي، صعد ولي العهد السعودي الأمير محمد بن سلمان بن عبد العزيز إلى منصة التتويج في بوليفارد رياض سيتي ليكرّم فريق "فالكونز" السعودي الذي أحرز اللقب للمرة الثانية على التوالي.
وشارك أسطورة كرة القدم كريستيانو رونالدو، سفير البطولة العالمي ونجم نادي النصر، في مراسم التتويج، حيث سُلّمت الكأس الذهبية وسط تصفيق الجماهير واهتمام الإعلام الدولي.
وامتدت المنافسات أكثر من شهر ونصف، بدءًا من 7 يوليو وحتى 24 أغسطس، فلم تكن البطولة حدثاً رياضياً فحسب، بل تظاهرة عالمية جمعت آلاف اللاعبين المحترفين وعشاق الألعاب، وأكدت مكانة السعودية مركزاً عالمياً للأحداث الرياضية الكبرى ضمن "رؤية السعودية 2030".
""", [
    ev("ewc-closing", "احتفلت المملكة العربية السعودية بإسدال الستار", "2025-08-24", "no own expression ('في ليلة'); the closing night of the date line's day, Sun 24 Aug 2025"),
    ev("falcons-crowned", "ليكرّم فريق \"فالكونز\" السعودي", "2025-08-24", "no own expression; the crowning at the closing ceremony, Sun 24 Aug 2025"),
    ev("ewc-period", "بدءًا من 7 يوليو وحتى 24 أغسطس", EWC[0], "'من 7 يوليو وحتى 24 أغسطس' (2025): Mon 7 Jul - Sun 24 Aug 2025", end=EWC[1]),
])
art(S, "https://alkhalij365.co/saudi-arabia-news/13155755/%D8%AA%D8%AA%D9%88%D8%AC-%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D9%87%D8%AF-%D8%A8%D9%83%D8%A3%D8%B3-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D9%84%D9%81%D8%B1%D9%8A%D9%82-%D9%81%D8%A7%D9%84%D9%83%D9%88%D9%86%D8%B2.html",
    "2025-08-25", "stamp 'date 2025-08-25' at the head of the stored page (not kept in the text); the body's 'مساء أمس' for the closing ceremony of Sun 24 Aug 2025 agrees (25 Aug 2025 was a Monday); the aggregator's 'عدن - ياسمين عبدالعظيم -' dropped; the stored first line serves as headline; the last, truncated sentence dropped; no date of its own in the text", False, """
فالكونز يفوز بكأس العالم للرياضات الإلكترونية في حفل ختامي مميز
في مدينة الرياض، شرّف صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، مساء أمس، الحفل الختامي لبطولة كأس العالم للرياضات الإلكترونية لعام 2025م، حيث تُوّج "فريق فالكونز" الفائز بالبطولة بالجائزة الكبرى البالغة 7 ملايين دولار.
وتصدر النادي المتوج ترتيب البطولة برصيد 5200 نقطة، وتأتي جائزته من مجموع جوائز تخطى 70 مليون دولار، في أكبر مجموع جوائز يشهده تاريخ الرياضات الإلكترونية عالمياً.
ويدعم ولي العهد القطاع عبر استراتيجية وطنية للألعاب والرياضات الإلكترونية تهدف إلى بناء قطاع تنافسي عالمي مستدام وتحقيق مستهدفات رؤية المملكة 2030.
وبدعم من سموه وُلدت البطولة فكرةً سعودية في عام 2023 وحققت نجاحاً كبيراً، ثم نُظمت النسخة الثانية في 2025 بمستوى تنظيمي وتقني غير مسبوق.
""", [
    ev("ewc-closing", "مساء أمس، الحفل الختامي لبطولة كأس العالم", "2025-08-24", "'مساء أمس' from Mon 25 Aug 2025 = the evening of Sun 24 Aug"),
    ev("falcons-crowned", "حيث تُوّج \"فريق فالكونز\" الفائز بالبطولة", "2025-08-24", "no own expression; at the closing ceremony of Sun 24 Aug 2025"),
    ev("ewc-announced", "وُلدت البطولة فكرةً سعودية في عام 2023", "2023-10-23", "'في عام 2023'; the Crown Prince announced the tournament on Mon 23 Oct 2023 at the New Global Sport Conference (alchourouk, 2023/10/23)"),
    ev("ewc-period", "ثم نُظمت النسخة الثانية في 2025", EWC[0], "'في 2025': the 2025 edition, Mon 7 Jul - Sun 24 Aug 2025", end=EWC[1]),
])
art(S, "https://sabq.org/saudia/s2ll8fpf97",
    "2025-08-25", "stamp 'date 2025-08-25' at the head of the stored page (not kept in the text); the body's 'اختتمت فعالياتها يوم أمس' (Sun 24 Aug 2025) agrees; headline written from the body (the stored text has none); the list of winners cut after the chess and MLBB titles, where the stored text breaks off; no date of its own in the text", False, """
فالكونز يتوج والنرويجي كارلسن يحرز لقب الشطرنج في كأس العالم للرياضات الإلكترونية
شارك في بطولة كأس العالم للرياضات الإلكترونية لعام 2025م، التي اختتمت فعالياتها يوم أمس، أكثر من 2000 لاعب محترف يمثلون 200 نادٍ من 100 دولة، تنافسوا على 25 لقباً في 24 لعبة عالمية، ونال "فريق فالكونز" الكأس.
وتوزعت المراكز الأولى والألقاب على فرق ولاعبين عدة، إذ أحرز فريق XIAOHAI لقب Street Fighter، وتصدر Karmine Corp منافسات Featuring League، وواصل AG.AL تألقه بلقبي Crossfire وHonor of Kings، وحافظ فريق Twisted Minds السعودي على حضوره القوي بلقبي PUBG Battlegrounds وCall of Duty: Warzone.
وفاز فريق Ulsan بلقب Tekken 8، ونال Manubachoore بطولة FC World Champion، واعتلى Weibo Gaming قمة Teamfight Tactics، وأحرز Team Secret لقب Rainbow Six SiegeX، وذهب لقب PUBG Mobile إلى Yangon Galacticos، وفرض Team Falcons نفسه بطلاً في Overwatch Champions Series.
وفي إنجاز عالمي لافت، أحرز النرويجي Magnus Carlsen من فريق Team Liquid بطولة الشطرنج، وأضاف الفريق نفسه لقب Mobile Legends MSC Mid Season Cup 2025 إلى رصيده.
""", [
    ev("ewc-closing", "التي اختتمت فعالياتها يوم أمس", "2025-08-24", "'يوم أمس' from Mon 25 Aug 2025 = Sun 24 Aug"),
    ev("falcons-crowned", "ونال \"فريق فالكونز\" الكأس", "2025-08-24", "no own expression; the crowning at the close of Sun 24 Aug 2025"),
    ev("carlsen-ewc-chess", "أحرز النرويجي Magnus Carlsen من فريق Team Liquid بطولة الشطرنج", "2025-08-01", "no own expression; the EWC chess final against Firouzja, Fri 1 Aug 2025 (arrajol: 'مساء أمس الجمعة'; outside knowledge for this text)"),
])

# ---------------------------------------------------------------- egypt-cairo-african-chess-championship-2025
S = "egypt-cairo-african-chess-championship-2025"
PERIOD = ("2025-05-13", "2025-05-21")   # 'في الفترة من 13 إلى 20 مايو' (2025)
WORLD_CUP = ("2025-10-31", "2025-11-28")  # the FIDE World Cup 2025, Goa, 31 Oct - 27 Nov 2025
art(S, "https://article.mwlana.com/1025839/%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82-%d8%a7%d9%84%d8%a8%d8%b7%d9%88%d9%84%d8%a9-%d8%a7%d9%84%d8%a3%d9%81%d8%b1%d9%8a%d9%82%d9%8a%d8%a9-%d9%84%d9%84%d8%b4%d8%b7%d8%b1%d9%86%d8%ac-%d9%81%d9%8a-%d8%a7",
    "2025-05-13", "no stamp on the stored page: 'اليوم، الثلاثاء' for the opening of the championship held 'في الفترة من 13 إلى 20 مايو' = Tue 13 May 2025 (13 May 2025 was a Tuesday); the headline (twice in the stored text) kept once; the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
انطلاق البطولة الأفريقية للشطرنج في القاهرة اليوم بمشاركة 17 دولة
اليوم، الثلاثاء، يُقام حفل افتتاح البطولة الأفريقية للشطرنج للرجال والسيدات تحت سفح الأهرامات، والتي تُقام في الفترة من 13 إلى 20 مايو بمشاركة 17 دولة وتؤهل لكأس العالم للشطرنج، برعاية وزير الشباب والرياضة الدكتور أشرف صبحي وبدعم الاتحادين الأفريقي والدولي للعبة.
وتضم قائمة الدول المشاركة الجزائر والمغرب وتونس والسودان وليبيا وكوت ديفوار والكاميرون وكينيا ومدغشقر وموريشيوس وجنوب أفريقيا والسنغال والصومال وأوغندا وزامبيا وزيمبابوي، إلى جانب مصر البلد المضيف.
ويتألف فريق مصر من 5 لاعبين و5 لاعبات هم باسم أمين وأحمد عدلي وأدهم فوزي وديفيد جورج وحامد وفا وشروق وفا وشاهندة وفا وجوي روماني وجنى محمد زكي وديمة علاء، فضلاً عن نحو 25 لاعباً مصرياً يشاركون في المنافسات الفردية.
وأوضح اللواء مختار عمارة، رئيس الاتحاد المصري للشطرنج، أن القاهرة تستضيف البطولة للمرة الخامسة وأنها تلقى إقبالاً كبيراً لكونها الأهم في القارة، لافتاً إلى أن التحضيرات جرت على مدار الفترة الماضية.
""", [
    ev("championship-start", "انطلاق البطولة الأفريقية للشطرنج في القاهرة اليوم", "2025-05-13", "'اليوم' (headline) = Tue 13 May 2025"),
    ev("opening-ceremony", "اليوم، الثلاثاء، يُقام حفل افتتاح", "2025-05-13", "'اليوم، الثلاثاء' = Tue 13 May 2025"),
    ev("championship-period", "في الفترة من 13 إلى 20 مايو", PERIOD[0], "'من 13 إلى 20 مايو' (2025): Tue 13 - Tue 20 May 2025", end=PERIOD[1]),
    ev("world-cup-2025", "وتؤهل لكأس العالم للشطرنج", WORLD_CUP[0], "no own expression; the FIDE World Cup 2025 (Goa, 31 Oct - 27 Nov 2025; outside knowledge)", end=WORLD_CUP[1]),
])
art(S, "https://almasaronline.com/%d8%a7%d9%84%d9%8a%d9%88%d9%85-%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82-%d8%a7%d9%84%d8%a8%d8%b7%d9%88%d9%84%d8%a9-%d8%a7%d9%84%d8%a3%d9%81%d8%b1%d9%8a%d9%82%d9%8a%d8%a9-%d9%84%d9%84%d8%b4/23174",
    "2025-05-13", "no stamp on the stored page: 'تنطلق اليوم' for the championship held 'في الفترة من 13 إلى 20 مايو' = Tue 13 May 2025 (mwlana and arabfive: 'اليوم، الثلاثاء'); the headline (three times in the stored text) kept once; the subhead 'البطولة الأفريقية للشطرنج تحت سفح الأهرامات' and the last, truncated sentence dropped; no date of its own in the text", False, """
«اليوم» انطلاق البطولة الأفريقية للشطرنج بالقاهرة بمشاركة «17 دولة»
تنطلق اليوم تحت سفح الأهرامات البطولة الأفريقية للشطرنج للرجال والسيدات بمشاركة 17 دولة، في الفترة من 13 إلى 20 مايو، وهي بطولة مؤهلة لكأس العالم للشطرنج تُنظم برعاية وزير الشباب والرياضة الدكتور أشرف صبحي وبالتعاون مع الاتحادين الأفريقي والدولي، بهدف تطوير اللعبة وتعزيز التعاون بين دول القارة.
ويشهد الحدث لهذا العام حضوراً واسعاً للاعبين من 17 دولة أفريقية، بينها الجزائر والمغرب وتونس والسودان وليبيا وكينيا والسنغال وأوغندا، إلى جانب مصر البلد المضيف.
ويُعد من أبرز الفعاليات الرياضية التي تضع مصر في مقدمة منظمي الأحداث الكبرى، وقد أعد الاتحاد المصري للشطرنج خططاً شاملة لإنجاحه، لا سيما أنه يُقام للمرة الخامسة في القاهرة.
وتضم قائمة المنتخب المصري 5 لاعبين و5 لاعبات متميزين، إلى جانب 25 لاعباً مصرياً يشاركون في المنافسات.
""", [
    ev("championship-start", "تنطلق اليوم تحت سفح الأهرامات البطولة الأفريقية", "2025-05-13", "'اليوم' = Tue 13 May 2025"),
    ev("championship-period", "في الفترة من 13 إلى 20 مايو", PERIOD[0], "'من 13 إلى 20 مايو' (2025): Tue 13 - Tue 20 May 2025", end=PERIOD[1]),
    ev("world-cup-2025", "وهي بطولة مؤهلة لكأس العالم للشطرنج", WORLD_CUP[0], "no own expression; the FIDE World Cup 2025 (Goa, 31 Oct - 27 Nov 2025; outside knowledge)", end=WORLD_CUP[1]),
])
art(S, "https://khabrna.com/389674/%d8%ae%d8%aa%d8%a7%d9%85-%d8%af%d8%b1%d8%a7%d9%85%d9%8a-%d9%84%d8%a8%d8%b7%d9%88%d9%84%d8%a9-%d8%a3%d9%81%d8%b1%d9%8a%d9%82%d9%8a%d8%a7-%d9%84%d9%84%d8%b4%d8%b7%d8%b1%d9%86%d8%ac-%d8%aa%d8%ad%d8%aa",
    "2025-05-20", "no stamp on the stored page: 'مساء اليوم الثلاثاء' for the closing ceremony of the championship 'التي بدأت يوم 13 مايو' and ran to 20 May = Tue 20 May 2025; the subhead ('ختام بطولة أفريقيا للشطرنج تحت سفح الأهرامات') and the last, truncated clause ('وأعلن عن حضو...') dropped; no date of its own in the text", False, """
ختام درامي لبطولة أفريقيا للشطرنج تحت سفح الأهرامات اليوم مع 17 دولة تتنافس
يُقام اليوم حفل ختام بطولة أفريقيا للشطرنج التي نجحت في تعزيز حضور اللعبة على مستوى القارة، بعدما جمعت تحت ظلال الأهرامات نخبة اللاعبين واللاعبات لتحديد أبطال القارة وتأهيل أفضلهم إلى كأس العالم.
وفي السادسة مساء اليوم الثلاثاء ينطلق حفل ختام البطولة الأفريقية للشطرنج التي بدأت يوم 13 مايو الماضي، بمشاركة 17 دولة أفريقية منها الجزائر والمغرب وتونس والسودان وليبيا وكوت ديفوار والكاميرون وكينيا، إلى جانب مصر البلد المضيف.
وتخوض مصر البطولة بفريق قوي من 10 لاعبين، 5 رجال و5 سيدات، هم باسم أمين وأحمد عدلي وأدهم فوزي وديفيد جورج وحامد وفا وشروق وفا وشاهندة وفا وجوي روماني وجنى محمد زكي وديمة علاء، كما ينافس نحو 25 لاعباً مصرياً آخرين على الألقاب الفردية.
وأكد رئيس الاتحاد المصري للشطرنج، اللواء مختار عمارة، أنه تلقى تهنئة من وزير الشباب والرياضة الذي أشاد بنجاح تنظيم البطولة.
""", [
    ev("closing-ceremony", "وفي السادسة مساء اليوم الثلاثاء ينطلق حفل ختام", "2025-05-20", "'السادسة مساء اليوم الثلاثاء' = 6 p.m. Tue 20 May 2025"),
    ev("championship-start", "التي بدأت يوم 13 مايو الماضي", "2025-05-13", "'يوم 13 مايو' (2025) = Tue 13 May 2025"),
    ev("minister-congratulation", "أنه تلقى تهنئة من وزير الشباب والرياضة", "2025-05-19", "no own expression; the minister's call, reported on the closing day Tue 20 May 2025 (my span 19-20 May)", end="2025-05-21"),
    ev("world-cup-2025", "وتأهيل أفضلهم إلى كأس العالم", WORLD_CUP[0], "no own expression; the FIDE World Cup 2025 (Goa, 31 Oct - 27 Nov 2025; outside knowledge)", end=WORLD_CUP[1]),
])
art(S, "https://www.arabfive.news/3457/%d9%86%d9%87%d8%a7%d8%a6%d9%8a%d8%a7%d8%aa-%d8%a8%d8%b7%d9%88%d9%84%d8%a9-%d8%a3%d9%81%d8%b1%d9%8a%d9%82%d9%8a%d8%a7-%d9%84%d9%84%d8%b4%d8%b7%d8%b1%d9%86%d8%ac-17-%d8%af%d9%88%d9%84%d8%a9-%d8%aa",
    "2025-05-20", "no stamp on the stored page: 'اليوم الثلاثاء في الساعة السادسة مساءً' for the closing of the championship 'بعد انطلاقها في الثالث عشر من مايو الحالي' = Tue 20 May 2025; headline rendered from the URL slug (cut where the slug breaks off); the list of the 17 countries shortened to its number; the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
نهائيات بطولة أفريقيا للشطرنج بمشاركة 17 دولة
تُقام اليوم الثلاثاء في الساعة السادسة مساءً مراسم ختام البطولة الأفريقية للشطرنج للرجال والسيدات المؤهلة لكأس العالم، بعد انطلاقها في الثالث عشر من مايو الحالي تحت سفح الأهرامات بمشاركة 17 دولة.
ويشارك المنتخب المصري بقائمة من 10 لاعبين ولاعبات هم باسم أمين وأحمد عدلي وأدهم فوزي وديفيد جورج وحامد وفا وشروق وفا وشاهندة وفا وجوي روماني وجنى محمد زكي وديمة علاء، بينما يتنافس نحو 25 لاعباً مصرياً على الألقاب الفردية.
وقال اللواء مختار عمارة، رئيس الاتحاد المصري للشطرنج، إنه تلقى اتصالاً من وزير الشباب والرياضة الدكتور أشرف صبحي هنأه فيه ومجلس الإدارة بنجاح تنظيم البطولة، مشيراً إلى أن الوزير سيحضر حفل الختام ووعد بخوض مباراة شطرنج مع أحد الأبطال لكونه من محبي اللعبة.
وأضاف الوزير أن استضافة مصر للفعاليات الرياضية تأتي تنفيذاً لتوجيهات القيادة السياسية بأن تكون مصر محوراً للأحداث الرياضية.
""", [
    ev("closing-ceremony", "تُقام اليوم الثلاثاء في الساعة السادسة مساءً مراسم ختام", "2025-05-20", "'اليوم الثلاثاء في الساعة السادسة مساءً' = 6 p.m. Tue 20 May 2025"),
    ev("championship-start", "بعد انطلاقها في الثالث عشر من مايو الحالي", "2025-05-13", "'الثالث عشر من مايو الحالي' = Tue 13 May 2025"),
    ev("minister-congratulation", "إنه تلقى اتصالاً من وزير الشباب والرياضة", "2025-05-19", "no own expression; the minister's call, reported on the closing day Tue 20 May 2025 (my span 19-20 May)", end="2025-05-21"),
    ev("minister-at-closing", "مشيراً إلى أن الوزير سيحضر حفل الختام", "2025-05-20", "no own expression; the closing ceremony of Tue 20 May 2025"),
    ev("world-cup-2025", "المؤهلة لكأس العالم", WORLD_CUP[0], "no own expression; the FIDE World Cup 2025 (Goa, 31 Oct - 27 Nov 2025; outside knowledge)", end=WORLD_CUP[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 277
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
