"""Builds stories.jsonl: the 387-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: news from Kuwait and Bahrain in any domain (parliament,
courts, accidents, economy, sport, weather), told by local and Arab outlets.
Stories: the execution of Ali al-Arab, Ahmed al-Malali and a third convict (Bahrain, July 2019), the resignation
of Sabah al-Khalid's cabinet under an interpellation (Kuwait, January 2021), the house fire that killed eight
children in Sabah al-Ahmad city (Kuwait, March 2020), and Verstappen's win in the season-opening Bahrain Grand
Prix (Bahrain, March 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- bahrain-arab-malali-executions-2019
S = "bahrain-arab-malali-executions-2019"
EXEC = "2019-07-27"                        # the three convicts were shot at dawn on Sat 27 Jul 2019
Y2017 = ("2017-01-01", "2018-01-01")       # the police officer's killing, 'في عام 2017'
Y2018 = ("2018-01-01", "2019-01-01")       # the imam's killing, 'في عام 2018'
art(S, "https://www-staging.alnour.com.lb/news/politics/377996/النظام-البحريني-يعدم-شابين-بأحكام-جائرة--غضب-وحزن-في-الشارع",
    "2019-07-27", "page line 'تاريخ النشر 13:52 27-07-2019' (kept as second line; 27 Jul 2019 was a Saturday); the body's 'اليوم' / 'فجر اليوم' agree; the writer/source/country tags, the view counter and the repeated headline dropped; headline kept from the page (reworded); the last, truncated words of the protest call dropped", True, """
إعدام شابين في البحرين بأحكام جائرة.. غضب وحزن في الشارع والمعارضة تدعو للتظاهر
تاريخ النشر 13:52 27-07-2019
صحا البحرانيون اليوم على جريمة مروعة اقترفها النظام حين أعدم شابين يافعين في مقتبل العمر لم يرتكبا ذنبا سوى أنهما عبّرا عن رأيهما في وجه سلطان جائر.
وجاءت تصفية الضحيتين بعد تعذيبهما رغم مناشدات المؤسسات الحقوقية الدولية ومطالباتها بوقف التنفيذ، غير أن النظام مضى في جريمته ساعيا إلى ترهيب شعبه الرافض لكل أشكال التطبيع مع العدو.
ونفذت السلطات البحرينية حكم الإعدام فجر اليوم بحق المعتقلين علي العرب وأحمد الملالي، وما إن ذاع الخبر حتى خرجت في منطقة المالكية تظاهرات غاضبة رفضا لأحكام الإعدام، أحرق خلالها المواطنون الإطارات في الشوارع، وسط انتشار كثيف للمركبات العسكرية والآليات المدرعة في مختلف مناطق البحرين منذ ظهر أمس.
واحتجز النظام البحريني جثماني الشهيدين الملالي والعرب ومنع ذويهما من تسلمهما لتشييعهما، في حين دعت المعارضة البحرينية أبناء الشعب إلى الخروج في تظاهرات غضب في مختلف مناطق البحرين بعد صلاة الظهر.
""", [
    ev("execution", "ونفذت السلطات البحرينية حكم الإعدام فجر اليوم", EXEC, "'فجر اليوم' in an article stamped Sat 27 Jul 2019 = dawn of Sat 27 Jul"),
    ev("malkiya-protests", "خرجت في منطقة المالكية تظاهرات غاضبة", EXEC, "no own expression; right after the news of the execution spread, Sat 27 Jul 2019"),
    ev("armour-deployment", "انتشار كثيف للمركبات العسكرية والآليات المدرعة", "2019-07-26", "'منذ ظهر أمس' from Sat 27 = since noon of Fri 26 Jul 2019, still going on Sat 27", end="2019-07-28"),
    ev("bodies-withheld", "واحتجز النظام البحريني جثماني الشهيدين", EXEC, "no own expression; after the execution, Sat 27 Jul 2019 (the Wefaq tweets of that day)"),
    ev("protest-call", "دعت المعارضة البحرينية أبناء الشعب إلى الخروج في تظاهرات غضب", EXEC, "no own expression; the call for protests after the noon prayer of the same Sat 27 Jul 2019"),
])
art(S, "https://www.independentarabia.com/node/44516/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86-%D8%AA%D9%86%D9%81%D8%B0-%D8%AD%D9%83%D9%85-%D8%A7%D9%84%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D8%A8%D8%AD%D9%82-%D8%AB%D9%84%D8%A7%D8%AB%D8%A9-%D8%A8%D8%AA%D9%87%D9%85%D8%A9-%D8%A7%D9%84%D8%A5%D8%B1%D9%87%D8%A7%D8%A8",
    "2019-07-27", "the body's 'اليوم 27 يوليو (تموز)' (kept; 27 Jul 2019 was a Saturday, the day of the execution); no date line in the stored text; headline rendered from the URL slug ('البحرين تنفذ حكم الإعدام بحق ثلاثة بتهمة الإرهاب'); the sub-heading 'قتل إمام مسجد' folded into the last sentence, whose truncated details are dropped", True, """
البحرين تعدم ثلاثة مدانين في قضايا إرهاب وقتل
أعلنت النيابة العامة في البحرين اليوم 27 يوليو (تموز) أنها نفذت حكم الإعدام بحق ثلاثة مدانين في قضيتين منفصلتين، تتعلق أولاهما بالانضمام إلى جماعة إرهابية وارتكاب جرائم قتل وحيازة متفجرات وأسلحة نارية لغرض إرهابي.
وأوضحت السلطات أن القضية تعود إلى معلومات توافرت لدى جهات البحث والتحري في الإدارة العامة للمباحث والأدلة الجنائية عن تنظيم إرهابي أسسه وانضم إليه اثنا عشر متهما في إيران والعراق وألمانيا وستة وأربعون متهما في الداخل، أعدّوا وخططوا لارتكاب جرائم إرهابية داخل المملكة بهدف الإخلال بالنظام العام وتعريض أمنها وسلامتها للخطر، إذ تواصل المتهمون الفارون في إيران والعراق مع أعضاء التنظيم داخل السجن وخارجه وجنّدوا عناصر جديدة.
ووُجهت إلى المدانين تهمة قتل أحد ضباط الشرطة بتخطيط بين قيادي في التنظيم مقيم في إيران وعضو فيه داخل البلاد، باستعمال سلاح ناري رشاش بعد رصد تحركات الضحية.
أما القضية الثانية، وهي قتل إمام مسجد، فقد تناول تفاصيلها المحامي العام أحمد الحمادي.
""", [
    ev("prosecution-statement", "أعلنت النيابة العامة في البحرين اليوم 27 يوليو (تموز)", EXEC, "'اليوم 27 يوليو (تموز)' = Sat 27 Jul 2019"),
    ev("execution", "أنها نفذت حكم الإعدام بحق ثلاثة مدانين", EXEC, "no own expression besides the statement's day; the execution at dawn of Sat 27 Jul 2019 (alnour 'فجر اليوم')"),
    ev("officer-killing", "تهمة قتل أحد ضباط الشرطة بتخطيط بين قيادي", Y2017[0], "no own expression; 'في عام 2017' in arabicpost (the whole year: I do not know the day)", end=Y2017[1]),
    ev("imam-killing", "وهي قتل إمام مسجد", Y2018[0], "no own expression; 'في عام 2018' in arabicpost (the whole year)", end=Y2018[1]),
])
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2019/07/28/%d8%a7%d9%84%d8%a8%d8%ad%d8%b1%d9%8a%d9%86-%d8%aa%d8%b9%d8%af%d9%85-3-%d8%a3%d8%b4%d8%ae%d8%a7%d8%b5-%d9%88%d8%ac%d9%85%d8%a7%d8%b9%d8%a7%d8%aa-%d8%ad%d9%82%d9%88%d9%82%d9%8a%d8%a9-%d8%a8%d9%8a",
    "2019-07-28", "date in the URL '/2019/07/28/' (28 Jul 2019 was a Sunday); the body's 'السبت 27 يوليو/تموز' is the day of the execution, the day before; headline rendered from the URL slug and the page's sub-heading; the last, truncated sentence dropped; no date of its own in the text", False, """
البحرين تعدم ثلاثة أشخاص.. وحقوقيون: بينهم ناشطان شيعيان
أفادت النيابة العامة في البحرين في بيان بأن السلطات نفذت السبت 27 يوليو/تموز حكم الإعدام في ثلاثة أشخاص صدرت بحقهم أحكام في قضيتين، تخص الأولى قتل ضابط شرطة والثانية قتل إمام مسجد.
غير أن جماعات حقوقية ذكرت أن اثنين ممن أعدموا هما الناشطان الشيعيان علي العرب وأحمد الملالي، وقد صدر الحكم بإعدامهما في عام 2018 ضمن محاكمة شملت 56 شخصا آخرين أدينوا وعوقبوا بالسجن في "جرائم إرهابية".
وحكمت المحكمة على 19 متهما بالسجن المؤبد وعلى السبعة والثلاثين الباقين بالسجن مددا تصل إلى 15 عاما بتهمة الانتماء إلى خلية إرهابية مدربة على الأسلحة الثقيلة والمتفجرات.
ولم يسمّ بيان النيابة أحدا، لكنه ذكر أن اثنين من المعدومين أدينا بجرائم منها قتل ضابط شرطة بسلاح ناري في عام 2017، في هجمات دبّرها قادة التنظيم المقيمون في إيران بحسب البيان.
أما الرجل الثالث فقد أدين بقتل إمام مسجد في عام 2018.
وتتهم المنامة طهران بتأجيج التشدد في المملكة، وهو ما تنفيه إيران. وتستضيف البحرين الأسطول الخامس الأمريكي، وأغلب سكانها من الشيعة بينما تحكمها أسرة سنية.
ونقلت وكالة الجمهورية الإسلامية الإيرانية للأنباء أن إيران نددت بتنفيذ الإعدامات.
""", [
    ev("execution", "السلطات نفذت السبت 27 يوليو/تموز حكم الإعدام في ثلاثة أشخاص", EXEC, "'السبت 27 يوليو/تموز' = Sat 27 Jul 2019"),
    ev("death-sentence", "صدر الحكم بإعدامهما في عام 2018", "2018-01-31", "'في عام 2018'; the mass verdict of Wed 31 Jan 2018 (ADHRB: 'في 31 يناير 2018')"),
    ev("officer-killing", "قتل ضابط شرطة بسلاح ناري في عام 2017", Y2017[0], "'في عام 2017' (the whole year)", end=Y2017[1]),
    ev("imam-killing", "أدين بقتل إمام مسجد في عام 2018", Y2018[0], "'في عام 2018' (the whole year)", end=Y2018[1]),
    ev("iran-condemns", "أن إيران نددت بتنفيذ الإعدامات", EXEC, "no own expression; Iran's condemnation after the execution, between Sat 27 and the report of Sun 28 Jul 2019 (my span)", end="2019-07-29"),
])

# ---------------------------------------------------------------- kuwait-sabah-khalid-cabinet-resignation-2021
S = "kuwait-sabah-khalid-cabinet-resignation-2021"
INTERP = "2021-01-05"                      # the interpellation of the prime minister was filed on Tue 5 Jan 2021
MIN_RESIGN = "2021-01-12"                  # the ministers handed their resignations to the PM on Tue 12 Jan 2021
RESIGN = "2021-01-13"                      # the PM handed the cabinet's resignation to the emir on Wed 13 Jan 2021
ELECTION = "2020-12-05"                    # the National Assembly election of Sat 5 Dec 2020
art(S, "https://www.zarab.net/news15233.html",
    "2021-01-06", "page line 'في Wednesday 6 January, 2021' (kept; 6 Jan 2021 was a Wednesday) and the body's 'الأربعاء 6 يناير 2021'; kicker and headline joined into one line; the photo caption and the byline 'كتب : زوايا عربية - متابعات' dropped", True, """
بسبب استجواب رئيس الوزراء.. صحيفة كويتية تتحدث عن استقالة الحكومة خلال 48 ساعة
في Wednesday 6 January, 2021
أفادت صحيفة "الراي" الكويتية، الأربعاء 6 يناير 2021، بأن الحكومة ستقدم استقالتها في غضون الساعات الثماني والأربعين المقبلة، بعد أقل من شهرين على تشكيلها.
وبحسب الصحيفة، فإن قرار الاستقالة يأتي على خلفية الاستجواب المقدَّم بحق رئيس الحكومة الشيخ صباح الخالد، والذي يحظى بتأييد أكثر من ثلثي أعضاء مجلس الأمة.
وأشارت الصحيفة إلى أن عدد النواب المؤيدين للاستجواب بلغ 37 نائبا، بعد أن انضم النائب علي القطان إلى المستجوِبين أمس الثلاثاء.
وكان أمير البلاد الشيخ نواف الأحمد قد عهد إلى الشيخ صباح الخالد بإعادة تشكيل الحكومة في أعقاب انتخابات مجلس الأمة التي أجريت مطلع ديسمبر الماضي.
ومنذ تشكيلها تواجه الحكومة هجوما برلمانيا لا يتوقف، إذ رأى فيها بعض النواب تشكيلة لا تعكس التغييرات التي طرأت على تركيبة المجلس الجديد.
وفي الأسبوع الفائت، تقدم أكثر من عشرين نائبا بطلب لمقابلة أمير البلاد، مؤكدين رغبتهم في إيصال رسائل سياسية، من دون أن يكشفوا مزيدا من التفاصيل.
""", [
    ev("alrai-report", "أفادت صحيفة \"الراي\" الكويتية، الأربعاء 6 يناير 2021", "2021-01-06", "'الأربعاء 6 يناير 2021' = Wed 6 Jan 2021"),
    ev("cabinet-resignation", "بأن الحكومة ستقدم استقالتها في غضون الساعات الثماني والأربعين المقبلة", RESIGN, "'في غضون الساعات الثماني والأربعين المقبلة' from Wed 6 Jan predicts 6-8 Jan; the resignation truly came on Wed 13 Jan 2021 (lananews, slaati)"),
    ev("interpellation", "الاستجواب المقدَّم بحق رئيس الحكومة الشيخ صباح الخالد", INTERP, "no own expression; filed on Tue 5 Jan 2021 (slaati 'في الخامس من يناير الجاري')"),
    ev("qattan-joins", "انضم النائب علي القطان إلى المستجوِبين أمس الثلاثاء", INTERP, "'أمس الثلاثاء' in an article of Wed 6 Jan 2021 = Tue 5 Jan"),
    ev("assembly-election", "انتخابات مجلس الأمة التي أجريت مطلع ديسمبر الماضي", ELECTION, "'مطلع ديسمبر الماضي' = the election of Sat 5 Dec 2020 (outside knowledge)"),
    ev("mps-ask-audience", "تقدم أكثر من عشرين نائبا بطلب لمقابلة أمير البلاد", "2020-12-27", "'في الأسبوع الفائت' from Wed 6 Jan 2021 = the week of Sun 27 Dec 2020 - Sat 2 Jan 2021 (my span)", end="2021-01-03"),
])
art(S, "https://lananews.com/ar/?p=228773",
    "2021-01-13", "the dateline 'الكويت 13 يناير 2021 (وال)' (kept; 13 Jan 2021 was a Wednesday); the body's 'اليوم الأربعاء' agrees; the agency's sign-off '(وال الكويت) س خ.' dropped; the stored text has no headline and none was written", True, """
الكويت 13 يناير 2021 (وال) - رفع رئيس الوزراء الكويتي الشيخ صباح الخالد الصباح استقالة حكومته إلى أمير البلاد الشيخ نواف الأحمد الجابر الصباح، اليوم الأربعاء، وفق ما أوردته وكالة الأنباء الكويتية.
وتأتي هذه الخطوة بعدما قدم الوزراء استقالاتهم إلى رئيس الوزراء أمس، وبعد أيام من طلب تقدم به نواب في البرلمان لاستجواب رئيس الوزراء في قضايا بينها تشكيلة الحكومة.
وكان رئيس الوزراء صباح الخالد الصباح قد استقبل يوم أمس الثلاثاء نائب رئيس مجلس الوزراء وزير الدفاع الشيخ حمد جابر العلي والوزراء، وتسلم استقالة كل عضو من أعضاء الحكومة، نظرا لما آلت إليه تطورات العلاقة بين مجلس الأمة والحكومة وما تقتضيه المصلحة الوطنية.
""", [
    ev("cabinet-resignation", "رفع رئيس الوزراء الكويتي الشيخ صباح الخالد الصباح استقالة حكومته", RESIGN, "'اليوم الأربعاء' = Wed 13 Jan 2021 (dateline)"),
    ev("ministers-resign", "بعدما قدم الوزراء استقالاتهم إلى رئيس الوزراء أمس", MIN_RESIGN, "'أمس' from Wed 13 Jan 2021 = Tue 12 Jan"),
    ev("interpellation", "طلب تقدم به نواب في البرلمان لاستجواب رئيس الوزراء", INTERP, "'بعد أيام من' before Wed 13 Jan; filed on Tue 5 Jan 2021 (slaati)"),
    ev("pm-receives-resignations", "قد استقبل يوم أمس الثلاثاء نائب رئيس مجلس الوزراء", MIN_RESIGN, "'يوم أمس الثلاثاء' from Wed 13 Jan 2021 = Tue 12 Jan"),
])
art(S, "https://www.slaati.com/2021/1/13/p1790248.html",
    "2021-01-13", "date in the URL '/2021/1/13/' (13 Jan 2021 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
رئيس الوزراء الكويتي يرفع استقالة حكومته إلى الأمير
رفع رئيس مجلس الوزراء الكويتي الشيخ صباح الخالد الحمد الصباح، اليوم الأربعاء، استقالة الحكومة إلى أمير البلاد الشيخ نواف الأحمد الجابر الصباح.
وجاءت الاستقالة بعد أن تقدم 3 نواب في البرلمان المنتخب في ديسمبر، في الخامس من يناير الجاري، بطلب لاستجواب رئيس الحكومة يتهمونه فيه بعدم التعاون مع مجلس الأمة.
وحظي الاستجواب الذي قدمه النواب بدر الداهوم وثامر الظفيري وخالد العتيبي (بحسب العربية) بدعم 34 نائبا أعلنوا عزمهم تأييده، ما يعني أن 37 نائبا على الأقل من أصل 50 يساندون استجواب رئيس الحكومة.
وتغيبت الحكومة عن جلسة مجلس الأمة التي أعقبت تقديم الاستجواب، ما أدى إلى تعطيل انعقادها، في حين أفضى تكرار الخلاف بين الحكومة والبرلمان إلى تعاقب الحكومات وحل البرلمان.
ويضع ذلك أمير الكويت الشيخ نواف الأحمد الصباح أمام خيارين دستوريين يضافان إلى مساعي التهدئة: أن يطلب من رئيس الحكومة الاستقالة، أو أن يحل مجلس الأمة.
""", [
    ev("cabinet-resignation", "رفع رئيس مجلس الوزراء الكويتي الشيخ صباح الخالد الحمد الصباح، اليوم الأربعاء", RESIGN, "'اليوم الأربعاء' = Wed 13 Jan 2021 (URL)"),
    ev("assembly-election", "البرلمان المنتخب في ديسمبر", ELECTION, "'في ديسمبر' = the election of Sat 5 Dec 2020 (outside knowledge)"),
    ev("interpellation", "في الخامس من يناير الجاري، بطلب لاستجواب رئيس الحكومة", INTERP, "'في الخامس من يناير الجاري' = Tue 5 Jan 2021"),
    ev("session-boycott", "وتغيبت الحكومة عن جلسة مجلس الأمة التي أعقبت تقديم الاستجواب", INTERP, "no own expression; the session after the filing of Tue 5 Jan, before the resignation of Wed 13 Jan 2021 (my span)", end=RESIGN),
])

# ---------------------------------------------------------------- kuwait-sabah-al-ahmad-house-fire-2020
S = "kuwait-sabah-al-ahmad-house-fire-2020"
FIRE = "2020-03-07"                        # the fire broke out at 17:05 on Sat 7 Mar 2020; the eight children died that evening
art(S, "https://tehamapress.net/?p=64867",
    "2020-03-08", "the body's 'يوم امس السبت 7 مارس 2020' (kept; 7 Mar 2020 was a Saturday, so the page is of Sun 8 Mar 2020); the tweet link dropped; headline written from the body (the stored text has none)", True, """
مواقع التواصل في الكويت تضج بفاجعة أطفال سلطان العتيبي الثمانية
ضجت مواقع التواصل الاجتماعي في الكويت يوم امس السبت 7 مارس 2020، إذ تداول الناشطون اسم سلطان العتيبي وأطفاله الثمانية.
فقد لقي 8 أطفال حتفهم في حريق مروع أتى على منزلهم في منطقة صباح الأحمد السكنية، بينما ترجح التحقيقات الأولية أن الحريق "مفتعل"، واتضح أن الأطفال هم أبناء المواطن سلطان نهار العتيبي.
وعلى مواقع التواصل الاجتماعي، قدم الكويتيون العزاء لمواطنهم العتيبي في مصابه الجلل، مطالبين سلطات بلادهم بالإسراع في كشف أسباب الفاجعة.
كما انتشر على مواقع التواصل مقطع مصور يوثق لحظة محاولة إخماد الحريق.
وذكرت وسائل إعلام كويتية أن المعاينة الأولية تشير إلى أن الحريق مفتعل، إذ أُعلن عن اختفاء عاملتين من المنزل ضُبطت إحداهما وهي إثيوبية، بينما فرت الثانية ويجري البحث عنها وسط أنباء عن أنها غانية الجنسية.
""", [
    ev("social-media-outcry", "ضجت مواقع التواصل الاجتماعي في الكويت يوم امس السبت 7 مارس 2020", FIRE, "'يوم امس السبت 7 مارس 2020' = Sat 7 Mar 2020"),
    ev("fire-deaths", "فقد لقي 8 أطفال حتفهم في حريق مروع", FIRE, "no own expression; the fire of Sat 7 Mar 2020 (the sentence before)"),
    ev("maid-arrested", "ضُبطت إحداهما وهي إثيوبية", FIRE, "no own expression; the arrest reported by Sun 8 Mar, after the fire of Sat 7 Mar 2020 (my span)", end="2020-03-09"),
])
art(S, "https://www.almowaten.net/2020/03/بالفيديو-خادمة-إثيوبية-تكشف-ملابسات-ف",
    "2020-03-08", "month in the URL '/2020/03/' and the body's 'مساء أمس السبت' for the fire of Sat 7 Mar 2020 give Sun 8 Mar 2020; the site's side list of other headlines dropped; headline written from the body (the slug is cut); the last, truncated words on the Ethiopian maid dropped; no date of its own in the text", False, """
وفاة 8 أطفال في حريق منزل بمدينة صباح الأحمد في الكويت
أعلنت الإدارة العامة للإطفاء في الكويت، مساء أمس السبت، وفاة 8 أطفال جراء حريق اندلع في منزل بمدينة صباح الأحمد، مؤكدة أنها باشرت تحقيقا للوقوف على أسباب الحادث وملابساته.
وأوردت وكالة الأنباء الكويتية الرسمية بيان إدارة الإطفاء، الذي أفاد بأن بلاغا وصل في تمام الساعة 5.5 مساء السبت عن اشتعال النار في ذلك المنزل، فتوجهت على إثره فرق الإطفاء من مركزي الكوت والوفرة وشرعت في عمليات الإنقاذ والإطفاء.
وذكرت الإدارة في بيانها: "أُخرج الضحايا وهم في حالة حرجة جدا، ونُقلوا إلى المستشفى حيث فارقوا الحياة لاحقا"، موضحة أن "مراقبة التحقيق في حوادث الحريق بدأت عملها لتحديد أسباب هذا الحادث المأساوي".
""", [
    ev("fire-service-announcement", "أعلنت الإدارة العامة للإطفاء في الكويت، مساء أمس السبت، وفاة 8 أطفال", FIRE, "'مساء أمس السبت' from Sun 8 Mar 2020 = the evening of Sat 7 Mar"),
    ev("fire-breaks-out", "بلاغا وصل في تمام الساعة 5.5 مساء السبت", FIRE, "'في تمام الساعة 5.5 مساء السبت' = 17:05 on Sat 7 Mar 2020"),
    ev("rescue-operation", "وشرعت في عمليات الإنقاذ والإطفاء", FIRE, "no own expression; right after the report of 17:05 on Sat 7 Mar 2020"),
    ev("fire-deaths", "حيث فارقوا الحياة لاحقا", FIRE, "'لاحقا' after the rescue of Sat 7 Mar 2020 evening, announced that evening"),
    ev("investigation-opened", "مراقبة التحقيق في حوادث الحريق بدأت عملها", FIRE, "no own expression; announced in the statement of the evening of Sat 7 Mar 2020, still going on Sun 8 (my span)", end="2020-03-09"),
])
art(S, "https://www.lebanondebate.com/article/472570-article",
    "2020-03-08", "no date line in the stored text; the body's 'اليوم الأحد' with 'أمس السبت' for the fire of Sat 7 Mar 2020 gives Sun 8 Mar 2020; headline written from the body (the stored text has none); the last, truncated words of the captain's statement dropped; no date of its own in the text", False, """
تداول صورة أطفال حريق صباح الأحمد والإطفاء تنفي شبهة الفعل المتعمد
تداول ناشطون على مواقع التواصل الاجتماعي، اليوم الأحد، صورة تضم عددا من الأطفال الذين قضوا في حريق مدينة صباح الأحمد في الكويت، أمس السبت.
وأكد الناشطون أن الضحايا من أبناء سلطان نهار العتيبي، وهم: "تركي (14 سنة)، ومنيرة (12 سنة) ونهار (10 سنوات) وعبدالرحمن (6 سنوات) وجوري (7 سنوات) وهاجر (3 سنوات) وبندري (سنتان) ومسلط (8 شهور)"، أما المصابون فهم "سارة (12 سنة) ومحمد (5 سنوات) وراكان 6 سنوات وجود (4 سنوات)".
وأعلن النقيب رضا السلمان، المسؤول عن شبكات التواصل الاجتماعي في الإدارة العامة للإطفاء بالكويت، أن الفرق المختصة تجمع العينات من موقع حريق منزل منطقة "صباح الأحمد" الذي أودى بحياة 8 أطفال دفعة واحدة، نافيا وجود أي معلومات تؤكد حتى اللحظة أن الحريق بفعل فاعل.
وقال السلمان في تصريح متلفز: "للأسف تعاملت فرق الإطفاء مع الحادث المأساوي الأليم في مدينة صباح الأحمد السكنية، إذ تلقينا بلاغا في تمام الساعة 5:05 مساء السبت عن اندلاع حريق في أحد المنازل هناك".
وأضاف أن فرق الإطفاء من مركزي الكوت والوفرة توجهت إلى الموقع وباشرت الإنقاذ والإطفاء، وأُخرج 8 أطفال في حالة حرجة جدا.
""", [
    ev("victims-photo-shared", "تداول ناشطون على مواقع التواصل الاجتماعي، اليوم الأحد، صورة", "2020-03-08", "'اليوم الأحد' = Sun 8 Mar 2020"),
    ev("fire-deaths", "الذين قضوا في حريق مدينة صباح الأحمد في الكويت، أمس السبت", FIRE, "'أمس السبت' from Sun 8 Mar 2020 = Sat 7 Mar"),
    ev("samples-collected", "أن الفرق المختصة تجمع العينات من موقع حريق", "2020-03-08", "no own expression; the captain's statement reported on Sun 8 Mar 2020, the collection going on (my span Sat 7 - Sun 8)", end="2020-03-09"),
    ev("fire-breaks-out", "إذ تلقينا بلاغا في تمام الساعة 5:05 مساء السبت", FIRE, "'في تمام الساعة 5:05 مساء السبت' = 17:05 on Sat 7 Mar 2020"),
    ev("rescue-operation", "توجهت إلى الموقع وباشرت الإنقاذ والإطفاء", FIRE, "no own expression; right after the report of 17:05 on Sat 7 Mar 2020"),
])
art(S, "https://roayahnews.com/articles/2020/03/09/13212/%D8%A3%D8%AD%D8%AF%D9%87%D9%85-%D8%B1%D8%B6%D9%8A%D8%B9-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D9%8A%D9%86%D9%87%D9%8A-%D8%AD%D9%8A%D8%A7%D8%A9-8-%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D8%A3%D8%B4%D9%82%D8%A7%D8%A1",
    "2020-03-09", "page line '٠٩ مارس ٢٠٢٠ - ٠١:٣١ م بتوقيت جرينيتش' (kept in Arabic-Indic digits; 9 Mar 2020 was a Monday) and the URL '/2020/03/09/'; the byline 'رؤية – أشرف شعبان' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
بينهم رضيع.. حريق في الكويت يودي بحياة 8 أطفال أشقاء
٠٩ مارس ٢٠٢٠ - ٠١:٣١ م بتوقيت جرينيتش
فجعت الكويت مساء السبت بحريق أصاب منزل مواطن كويتي في مدينة صباح الأحمد السكنية جنوبي البلاد، وأودى بحياة 8 أطفال أشقاء من قبيلة "العتيبة"، فيما أصيب 4 آخرون من إخوتهم ونقلوا لتلقي العلاج.
وأعلنت الإدارة العامة للإطفاء في الكويت وفاة 8 أطفال بسبب حريق اندلع في منزل بمدينة صباح الأحمد، مؤكدة أنها فتحت تحقيقا لمعرفة أسباب الحادث.
وأطلق نشطاء مواقع التواصل الاجتماعي وسما بعنوان "فاجعه مدينة صباح الأحمد"، تناقلوا عبره صورة لعدد من الأطفال الضحايا.
ونقلت وكالة الأنباء الكويتية الرسمية بيان إدارة الإطفاء الذي ذكرت فيه أن "بلاغا ورد إليها في تمام الساعة 5.5 مساء يفيد باندلاع الحريق في ذلك المنزل، فتوجهت على إثره فرق الإطفاء من مراكز الكوت والوفرة وباشرت عمليات الإنقاذ وإطفاء الحريق".
وأثارت وفاة الأطفال الثمانية تفاعلا واسعا في الكويت ودول خليجية أخرى لفداحة الفاجعة، وتخلله تدخل رسمي من أمير الكويت الشيخ صباح الأحمد الذي أمر بمنح العائلة منزلا مؤقتا وترميم منزلها المحترق.
""", [
    ev("fire-deaths", "فجعت الكويت مساء السبت بحريق", FIRE, "'مساء السبت' before Mon 9 Mar 2020 = Sat 7 Mar"),
    ev("fire-service-announcement", "وأعلنت الإدارة العامة للإطفاء في الكويت وفاة 8 أطفال", FIRE, "no own expression; the statement of the evening of Sat 7 Mar 2020 (almowaten 'مساء أمس السبت')"),
    ev("hashtag-launched", "وأطلق نشطاء مواقع التواصل الاجتماعي وسما", FIRE, "no own expression; the hashtag of Sat 7 - Sun 8 Mar 2020 (my span; tehamapress, lebanondebate)", end="2020-03-09"),
    ev("fire-breaks-out", "بلاغا ورد إليها في تمام الساعة 5.5 مساء", FIRE, "'في تمام الساعة 5.5 مساء' of Sat 7 Mar 2020 = 17:05"),
    ev("emir-orders-housing", "الذي أمر بمنح العائلة منزلا مؤقتا", FIRE, "no own expression; the emir's order between the fire of Sat 7 and this report of Mon 9 Mar 2020 (my span)", end="2020-03-10"),
])

# ---------------------------------------------------------------- bahrain-gp-verstappen-2024
S = "bahrain-gp-verstappen-2024"
RACE = "2024-03-02"                        # the season-opening Bahrain Grand Prix, run on Sat 2 Mar 2024
art(S, "https://arriyadiyah.com/834283/%D9%81%D8%B1%D8%B3%D8%AA%D8%A7%D8%A8%D9%86-%D9%8A%D8%AE%D8%B7%D9%81-%D8%AC%D9%88%D9%84%D8%A9-%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86",
    "2024-03-02", "page dateline 'المنامة ـ رويترز 2024.03.02 | 09:16 pm' (kept; 2 Mar 2024 was a Saturday); the body's 'السبت' agrees; the photo caption dropped; headline kept from the page (reworded)", True, """
فرستابن ينتزع جولة البحرين
المنامة ـ رويترز 2024.03.02 | 09:16 pm
بدأ الهولندي ماكس فرستابن، سائق فريق رد بول، سعيه إلى التتويج باللقب الرابع على التوالي في بطولة العالم لسباقات فورمولا 1 للسيارات، إذ انطلق من المركز الأول وسجل أسرع لفة، متقدما على زميله في الفريق سيرجيو بيريز في جولة البحرين، السبت.
وتصدر السائق الهولندي كل اللفات وأنهى السباق متقدما بفارق 22.457 ثانية على بيريز، ليحرز رد بول المركزين الأولين في البحرين للمرة الثانية على التوالي، بينما جاء كارلوس ساينز، سائق فيراري، ثالثا في حلبة الصخير متقدما على زميله في الفريق شارل لوكلير صاحب المركز الرابع.
ويعد هذا الانتصار الـ 114 لفريق رد بول منذ مشاركته الأولى في البطولة قبل 20 عامًا، ليتساوى مع فريق وليامز في المركز الرابع بين أكثر الفرق انتصارًا في تاريخ المسابقة.
وتضم بطولة العالم الموسم الجاري 24 سباقًا في رقم قياسي، وتستضيف جدة 7 مارس الجاري السباق الثاني في الروزنامة.
""", [
    ev("verstappen-wins", "وأنهى السباق متقدما بفارق 22.457 ثانية على بيريز", RACE, "'السبت' in a report stamped Sat 2 Mar 2024"),
    ev("sainz-third", "بينما جاء كارلوس ساينز، سائق فيراري، ثالثا", RACE, "the same race, Sat 2 Mar 2024"),
    ev("red-bull-114th-win", "ويعد هذا الانتصار الـ 114 لفريق رد بول", RACE, "the same race, Sat 2 Mar 2024"),
    ev("red-bull-debut", "منذ مشاركته الأولى في البطولة قبل 20 عامًا", "2005-03-06", "'قبل 20 عامًا' from 2024 = 2005; Red Bull's first race, the Australian GP of Sun 6 Mar 2005 (outside knowledge)"),
    ev("jeddah-round", "وتستضيف جدة 7 مارس الجاري السباق الثاني", "2024-03-07", "'7 مارس الجاري' = Thu 7 Mar 2024, the start of the Saudi weekend whose race was on Sat 9 Mar (outside knowledge)", end="2024-03-10"),
])
art(S, "https://al-ain.com/article/neymar-max-verstappen-formula-1-bahrain",
    "2024-03-02", "no date line in the stored text; the body's 'اليوم السبت' with 'النسخة الجديدة 2024' = the race of Sat 2 Mar 2024, reported the same day; headline kept from the page (reworded); no date of its own in the text", False, """
نيمار في المدرجات.. فيرستابن يفتتح موسم فورمولا 1 بالفوز بجائزة البحرين
فاز الهولندي ماكس فيرستابن، سائق ريد بول، بسباق جائزة البحرين الكبرى، في النسخة الجديدة من بطولة العالم لسباقات السيارات "فورمولا 1".
وانطلقت اليوم السبت نسخة 2024 من فورمولا 1 بسباق جائزة البحرين على حلبة صخير في العاصمة المنامة.
وبهذا يكون فيرستابن، بطل العالم في النسخ الثلاث الأخيرة 2021 و2022 و2023، قد افتتح مشوار الدفاع عن لقبه بالفوز بجائزة البحرين الكبرى، فيما حل زميله المكسيكي سيرجيو بيريز وصيفا.
وجاء كارلوس ساينز سائق فيراري ثالثا في حلبة الصخير متقدما على زميله في الفريق شارل لوكلير صاحب المركز الرابع.
ويعد هذا الفوز الـ114 لفريق ريد بول منذ مشاركته الأولى في البطولة قبل 20 عاما، ليتساوى مع ويليامز في المركز الرابع بين أكثر الفرق تحقيقا للانتصارات في تاريخ المسابقة.
يذكر أن عددا من نجوم الرياضة العالمية حضروا السباق، يتقدمهم البرازيلي نيمار دا سيلفا مهاجم الهلال السعودي.
ويبلغ طول اللفة الواحدة في حلبة صخير 5.412 كيلومتر، والمسافة الإجمالية 308.238 كيلومتر على مدى 57 لفة.
""", [
    ev("verstappen-wins", "فاز الهولندي ماكس فيرستابن، سائق ريد بول، بسباق جائزة البحرين الكبرى", RACE, "'اليوم السبت' (next sentence) = Sat 2 Mar 2024"),
    ev("season-opens", "وانطلقت اليوم السبت نسخة 2024 من فورمولا 1", RACE, "'اليوم السبت' = Sat 2 Mar 2024"),
    ev("three-titles", "بطل العالم في النسخ الثلاث الأخيرة 2021 و2022 و2023", "2021-12-12", "'2021 و2022 و2023': the titles clinched on 12 Dec 2021, 9 Oct 2022 and 7 Oct 2023 (outside knowledge; my span)", end="2023-10-08"),
    ev("sainz-third", "وجاء كارلوس ساينز سائق فيراري ثالثا", RACE, "the same race, Sat 2 Mar 2024"),
    ev("red-bull-114th-win", "ويعد هذا الفوز الـ114 لفريق ريد بول", RACE, "the same race, Sat 2 Mar 2024"),
    ev("neymar-attends", "حضروا السباق، يتقدمهم البرازيلي نيمار دا سيلفا", RACE, "the same race, Sat 2 Mar 2024"),
])
art(S, "https://damapost.com/02/03/2024/%d9%85%d8%a7%d9%83%d8%b3-%d9%81%d9%8a%d8%b1%d8%b3%d8%aa%d8%a7%d8%a8%d9%86-%d9%8a%d8%aa%d9%88%d9%91%d8%ac-%d8%a8%d8%b3%d8%a8%d8%a7%d9%82-%d8%ac%d8%a7%d8%a6%d8%b2%d8%a9-%d8%a7%d9%84%d8%a8%d8%ad%d8%b1/40370",
    "2024-03-02", "date in the URL '/02/03/2024/' (day/month/year; 2 Mar 2024 was a Saturday); the body's 'اليوم السبت' agrees; headline rendered from the URL slug; the last, truncated words dropped; no date of its own in the text", False, """
ماكس فيرستابن يحرز لقب سباق جائزة البحرين الكبرى
تُوّج الهولندي ماكس فيرستابن، سائق رد بول، بطلا لسباق جائزة البحرين الكبرى في افتتاح موسم بطولة العالم لسباقات فورمولا 1 للسيارات اليوم السبت.
وبدأ فيرستابن مسعاه نحو اللقب الرابع على التوالي بالفوز بجائزة البحرين في مستهل الموسم الجديد، بعدما انطلق من المركز الأول وسجل أسرع لفة، متقدما على زميله في الفريق سيرجيو بيريز.
وحل كارلوس ساينز سائق فيراري ثالثا في حلبة الصخير أمام زميله في الفريق شارل لوكلير صاحب المركز الرابع.
وفي وقت سابق من العام الماضي، فاز فيرستابن بلقب النسخة الأولى من سباق جائزة لاس فيجاس الكبرى، المرحلة الحادية والعشرين من بطولة العالم للفورمولا واحد.
وتقدم فيرستابن، الذي تُوّج مؤخراً بلقبه الثالث على التوالي في بطولة العالم، على تشارلز لوكلير سائق فيراري، الذي تخطى سيرجيو بيريز سائق ريد بول في الأمتار الأخيرة من اللفة الأخيرة للسباق الأمريكي ليحرز المركز الثاني.
ويعد هذا الفوز الـ53 في مسيرة فيرستابن والسادس على التوالي أيضا، وبه يتساوى مع الألماني المعتزل سيباستيان فيتل بطل العالم أربع مرات ليتقاسم معه المركز الثالث.
""", [
    ev("verstappen-wins", "تُوّج الهولندي ماكس فيرستابن، سائق رد بول، بطلا لسباق جائزة البحرين الكبرى", RACE, "'اليوم السبت' = Sat 2 Mar 2024 (URL)"),
    ev("sainz-third", "وحل كارلوس ساينز سائق فيراري ثالثا", RACE, "the same race, Sat 2 Mar 2024"),
    ev("las-vegas-win", "فاز فيرستابن بلقب النسخة الأولى من سباق جائزة لاس فيجاس الكبرى", "2023-11-18", "'في وقت سابق من العام الماضي' = 2023; the Las Vegas race of the night of Sat 18 Nov 2023 local time (Sun 19 Nov GMT; outside knowledge)", end="2023-11-20"),
    ev("third-title", "الذي تُوّج مؤخراً بلقبه الثالث على التوالي", "2023-10-07", "'مؤخراً' before Nov 2023; the third title clinched in the Qatar sprint of Sat 7 Oct 2023 (outside knowledge)"),
])
art(S, "https://arabkhabar.com/a/2049452",
    "2024-03-03", "page line 'تاريخ النشر: 3rd, March 2024 GMT' (kept; 3 Mar 2024 was a Sunday); the body's 'السبت' is the race of the day before; the sub-heading (a repeat of the body) and the 'اقرأ أيضاً' link dropped; headline kept from the page (reworded); the last, truncated sentence shortened", True, """
فيرستابن يحصد سباق جائزة البحرين الكبرى للفورمولا 1
تاريخ النشر: 3rd, March 2024 GMT
افتتح ماكس فيرستابن، بطل العالم في الفورمولا واحد خلال السنوات الثلاث الماضية، الموسم الجديد بفوز لافت في جائزة البحرين الكبرى السبت على حلبة الصخير.
وتقدم فيرستابن على زميله في الفريق المكسيكي سيرخيو بيريس، فيما حل كارلوس ساينز من فيراري ثالثا ليكتمل بذلك منصة التتويج، بينما جاء زميله في فيراري شارل لوكلير رابعا.
وأنهى الثنائي البريطاني في مرسيدس جورج راسل ولويس هاملتون السباق في المركزين الخامس والسابع توالياً.
ويشكل هذا الفوز الانتصار الـ55 لفيرستابن في مسيرته والثامن على التوالي منذ الموسم الماضي، كما سجل ظهوره التاسع والتسعين على منصة التتويج.
ويحافظ فيرستابن على صدارة الترتيب منذ جائزة إسبانيا الكبرى في 2022، ويعول على إحراز لقبه الرابع على التوالي مع ريد بول، الذي سيطر على الموسم الفائت بالفوز في 21 سباقا من أصل 22.
ويشهد الموسم الجديد عددا قياسيا من السباقات يبلغ 24 سباقاً، بينها ستة سباقات سبرينت وأربعة في دول عربية.
""", [
    ev("verstappen-wins", "بفوز لافت في جائزة البحرين الكبرى السبت", RACE, "'السبت' before Sun 3 Mar 2024 = Sat 2 Mar"),
    ev("sainz-third", "فيما حل كارلوس ساينز من فيراري ثالثا", RACE, "the same race, Sat 2 Mar 2024"),
    ev("mercedes-fifth-seventh", "وأنهى الثنائي البريطاني في مرسيدس جورج راسل ولويس هاملتون السباق", RACE, "the same race, Sat 2 Mar 2024"),
    ev("leader-since-spain-2022", "منذ جائزة إسبانيا الكبرى في 2022", "2022-05-22", "'جائزة إسبانيا الكبرى في 2022' = the race of Sun 22 May 2022 (outside knowledge)"),
    ev("red-bull-2023-season", "سيطر على الموسم الفائت بالفوز في 21 سباقا من أصل 22", "2023-03-05", "'الموسم الفائت' = the 2023 season, Bahrain 5 Mar - Abu Dhabi 26 Nov 2023 (outside knowledge)", end="2023-11-27"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 387
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
