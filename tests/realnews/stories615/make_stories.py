"""Builds stories.jsonl: the 615-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: royal and presidential visits to regions: the visit
announced, the tour itself, projects launched, and the follow-up reports (Morocco, Jordan, Saudi Arabia,
Algeria, Egypt).
Stories: President Tebboune's work visit to the wilaya of Djelfa (Algeria, October 2023, after its postponement
over Gaza); King Abdullah II's silver-jubilee tour of the southern governorates, Aqaba and Ma'an (Jordan,
February 2024); King Mohammed VI's return to Laayoune and visit to Dakhla with the launch of the regional
development programmes (Morocco, February 2016); King Salman's tour of Qassim and Hail (Saudi Arabia,
November 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-tebboune-djelfa-visit-2023
S = "algeria-tebboune-djelfa-visit-2023"
POSTPONED = "2023-10-17"   # the presidency's statement postponing the visit (planned for Wed 18 Oct), late on Tue 17 Oct 2023
VISIT = "2023-10-29"       # the one-day work visit to Djelfa, Sun 29 Oct 2023
NEXT = "2023-10-30"        # Mon 30 Oct 2023: the new line in commercial service, free rides
COUNCIL = "2022-02-06"     # council of ministers of Sun 6 Feb 2022 that ordered the cancer centre
art(S, "https://ultraalgeria.ultrasawt.com/%D8%A8%D8%B9%D8%AF-%D8%AA%D8%A3%D8%AC%D9%8A%D9%84%D9%87%D8%A7-4-%D9%86%D9%82%D8%A7%D8%B7-%D9%87%D8%A7%D9%85%D8%A9-%D9%81%D9%8A-%D8%B2%D9%8A%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%AA%D8%A8%D9%88%D9%86-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%AC%D9%84%D9%81%D8%A9/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2023-10-29", "date line '29-أكتوبر-2023' on the page (29 Oct 2023 was a Sunday; the body's 'اليوم الأحد' agrees); headline rendered from the URL slug; the photo caption and the repeated sub-heading dropped; the last, truncated paragraph dropped", True, """
بعد تأجيلها.. 4 نقاط هامة في زيارة الرئيس تبون إلى الجلفة
يصل رئيس الجمهورية عبد المجيد تبون، اليوم الأحد، إلى ولاية الجلفة في زيارة كان قد تقرّر إرجاؤها الأسبوع الماضي بسبب الاعتداء الصهيوني على غزة.
ومن المنتظر أن يدشّن الرئيس تبون مستشفى مكافحة السرطان، الذي انطلق إنجازه بأوامر شخصية منه خلال مجلس الوزراء في السادس من شباط/فيفري 2022.
وبلغت كلفة هذا المرفق الصحي المتخصص ما قيمته 450 مليار سنتيم، وهو يضم 120 سريرًا، وسيضع حدا لمعاناة سكان المناطق الجنوبية والهضاب العليا الذين يتنقلون إلى ولايات أخرى للعلاج من السرطان.
كما سيعطي الرئيس إشارة انطلاق خط السكة الحديدية الممتد من مدينة بوغزول إلى الأغواط مرورًا بولاية الجلفة، وهو مشروع سيفك العزلة عن الجهة ويصل شمال البلاد بجنوبها ليغدو شريانًا اقتصاديًا ورافدًا استراتيجيًا.
أما النقطة الثالثة المبرمجة في الزيارة، بحسب مصادر من الولاية، فهي الوقوف على إعادة بعث مشروع السد الأخضر في صيغته الجديدة، بعد قرار توسيع مساحته بنحو 1 مليون هكتار لتبلغ 4.7 مليون هكتار، علما أن المشروع يشمل 13 ولاية ويقع الجزء الأكبر منه في ولاية الجلفة.
""", [
    ev("djelfa-visit", "يصل رئيس الجمهورية عبد المجيد تبون، اليوم الأحد، إلى ولاية الجلفة", VISIT, "'اليوم الأحد' = Sun 29 Oct 2023 (date line)"),
    ev("visit-postponed", "كان قد تقرّر إرجاؤها الأسبوع الماضي", POSTPONED, "'الأسبوع الماضي' from Sun 29 Oct; the postponement itself was the presidency's statement issued late on Tue 17 Oct 2023 (algerie360: 'tard dans la soirée d'hier', the visit having been planned for Wed 18 Oct, annasronline)"),
    ev("cancer-centre-inauguration", "أن يدشّن الرئيس تبون مستشفى مكافحة السرطان", VISIT, "announced for the visit of Sun 29 Oct 2023; it was inaugurated that day (echaab, radioalgerie)"),
    ev("council-order-cancer-centre", "بأوامر شخصية منه خلال مجلس الوزراء في السادس من شباط/فيفري 2022", COUNCIL, "'السادس من شباط/فيفري 2022' = Sun 6 Feb 2022"),
    ev("railway-line-launch", "سيعطي الرئيس إشارة انطلاق خط السكة الحديدية", VISIT, "announced for the visit; the Boughezoul-Djelfa-Laghouat line was inaugurated on Sun 29 Oct 2023 (echaab of Mon 30: 'أمس الأحد')"),
    ev("green-dam-launch", "الوقوف على إعادة بعث مشروع السد الأخضر", VISIT, "announced for the visit; the green-dam relaunch (400,000 ha) was given its start on Sun 29 Oct 2023 (dznews, radioalgerie)"),
])
art(S, "https://www.arabi21.net/storyamp/1547786/%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A-%D9%8A%D9%82%D9%81-%D8%AF%D9%82%D9%8A%D9%82%D8%A9-%D8%B5%D9%85%D8%AA-%D8%AA%D8%B1%D8%AD%D9%85%D8%A7-%D8%B9%D9%84%D9%89-%D8%A3%D8%B1%D9%88%D8%A7%D8%AD-%D8%B4%D9%87%D8%AF%D8%A7%D8%A1-%D8%BA%D8%B2%D8%A9",
    "2023-10-29", "no date on the stored page; the body's 'بعد ظهر اليوم الأحد' for the civil-society meeting that closed the Djelfa visit of Sun 29 Oct 2023 (ultraalgeria of 29 Oct, echaab of 30 Oct 'أمس الأحد'), and its 'ولليوم الـ23 على التوالي، يشن الجيش الإسرائيلي الأحد' (day 23 counted from Sat 7 Oct 2023 is Sun 29 Oct) give Sun 29 Oct 2023; headline rendered from the URL slug; the last, truncated sentence (Israeli toll) dropped", False, """
الرئيس الجزائري يقف دقيقة صمت ترحما على أرواح شهداء غزة
ترأس الرئيس الجزائري عبد المجيد تبون، بعد ظهر اليوم الأحد، لقاء جمعه بممثلي المجتمع المدني في الجلفة، ضمن زيارة العمل والتفقد التي يجريها إلى هذه الولاية.
وأوردت صحيفة "الخبر" أن الحاضرين وقفوا بهذه المناسبة دقيقة صمت ترحما على أرواح شهداء فلسطين الذين سقطوا جراء العدوان الهمجي والوحشي للكيان الصهيوني على قطاع غزة.
وحرص تبون على أن يختم هذه الزيارة، التي دشّن خلالها عددا من المشاريع، بلقاء مباشر مع مختلف أطياف المجتمع المدني للتحاور معهم والإصغاء إلى انشغالاتهم والرد على تساؤلاتهم.
ويجري اللقاء بحضور رئيس أركان الجيش الوطني الشعبي الفريق أول السعيد شنقريحة وأعضاء الوفد الوزاري المرافق للرئيس، فضلا عن والي ولاية الجلفة وأعيان المنطقة والمنتخبين المحليين.
ولليوم الـ23 على التوالي، يشن الجيش الإسرائيلي الأحد غارات مكثفة على غزة، قُتل فيها إجمالا 8005 فلسطينيين، بينهم 3324 طفلا و2062 سيدة و460 مسنا، وفق وزارة الصحة، كما قُتل 114 فلسطينيا في الضفة الغربية منذ 7 أكتوبر/ تشرين الأول الجاري، بحسب وكالة الأنباء الرسمية (وفا).
""", [
    ev("civil-society-meeting", "لقاء جمعه بممثلي المجتمع المدني في الجلفة", VISIT, "'بعد ظهر اليوم الأحد' = Sun 29 Oct 2023"),
    ev("djelfa-visit", "ضمن زيارة العمل والتفقد التي يجريها إلى هذه الولاية", VISIT, "no own date; the visit of Sun 29 Oct 2023 (ultraalgeria, echaab)"),
    ev("minute-of-silence", "وقفوا بهذه المناسبة دقيقة صمت", VISIT, "no own date; at the opening of the meeting of Sun 29 Oct 2023"),
    ev("projects-inaugurated", "دشّن خلالها عددا من المشاريع", VISIT, "no own date; the inaugurations of the visit, Sun 29 Oct 2023"),
    ev("gaza-strikes-day23", "يشن الجيش الإسرائيلي الأحد غارات مكثفة على غزة", VISIT, "'الأحد' and 'لليوم الـ23 على التوالي' = Sun 29 Oct 2023"),
    ev("west-bank-killings", "قُتل 114 فلسطينيا في الضفة الغربية منذ 7 أكتوبر/ تشرين الأول الجاري", "2023-10-07", "'منذ 7 أكتوبر/ تشرين الأول الجاري': span Sat 7 Oct - Sun 29 Oct 2023", end=NEXT),
])
art(S, "https://echaab.dz/2023/10/30/%d8%a7%d9%84%d8%b1%d8%ad%d9%84%d8%a7%d8%aa-%d9%85%d8%ac%d8%a7%d9%86%d9%8a%d8%a9-%d8%a8%d8%ae%d8%b7-%d8%a7%d9%84%d8%b3%d9%83%d8%a9-%d8%a7%d9%84%d8%ad%d8%af%d9%8a%d8%af%d9%8a%d8%a9-%d8%a7%d9%84%d8%ac",
    "2023-10-30", "date in the page URL (2023/10/30; 30 Oct 2023 was a Monday), agreeing with the body's 'اليوم الاثنين' and 'أمس الأحد'; headline written from the URL slug (truncated on the page)", True, """
رحلات مجانية على خط السكة الحديدية بوغزول – الجلفة – الأغواط
أفادت الشركة الوطنية للنقل بالسكك الحديدية بأن التنقل عبر الخط الجديد بوغزول – الجلفة – الأغواط سيكون مجانيا اليوم الاثنين.
وأوضح بيان الشركة أن الرحلات على هذا الخط ستكون دون مقابل في مختلف الاتجاهات اليوم الإثنين.
ودعت الشركة في بيانها الزبائن إلى الحفاظ على القطار لأنه وُضع في خدمتهم.
وشرع الخط الجديد في العمل اليوم، وهو يربط ولايات المدية والجلفة والأغواط عبر ست محطات.
وكان رئيس الجمهورية عبد المجيد تبون قد دشّن الخط الحيوي للسكك الحديدية بوغزول –الجلفة–الأغواط، أمس الأحد، خلال زيارة تفقدية قادته إلى ولاية الجلفة، أشرف فيها على تدشين ومعاينة مشاريع تنموية هامة.
ويُذكر أن خط السكك الحديدية الرابط بين بوغزول (المدية) والجلفة والأغواط يمتد على مسافة 250 كلم بسرعة 220 كلم في الساعة.
""", [
    ev("free-rides", "سيكون مجانيا اليوم الاثنين", NEXT, "'اليوم الاثنين' = Mon 30 Oct 2023"),
    ev("line-commercial-service", "وشرع الخط الجديد في العمل اليوم", NEXT, "'اليوم' = Mon 30 Oct 2023"),
    ev("railway-line-launch", "قد دشّن الخط الحيوي للسكك الحديدية", VISIT, "'أمس الأحد' from Mon 30 Oct 2023 = Sun 29 Oct"),
    ev("djelfa-visit", "خلال زيارة تفقدية قادته إلى ولاية الجلفة", VISIT, "the visit of 'أمس الأحد' = Sun 29 Oct 2023"),
    ev("projects-inaugurated", "أشرف فيها على تدشين ومعاينة مشاريع تنموية هامة", VISIT, "during the visit of Sun 29 Oct 2023"),
])

# ---------------------------------------------------------------- jordan-king-jubilee-southern-tour-2024
S = "jordan-king-jubilee-southern-tour-2024"
AQABA = "2024-02-28"       # first stop of the silver-jubilee tour: Aqaba, Wed 28 Feb 2024
MAAN = "2024-02-29"        # Ma'an, Thu 29 Feb 2024
Y1999 = ("1999-01-01", "2000-01-01")   # 'قبل 25 عاما' from 2024: the year 1999 (the first year of the reign)
art(S, "https://dostor.synceg.net/4646742",
    AQABA, "no date on the stored page (an Egyptian al-Dostour report); the body's 'اليوم الأربعاء' for the King's meeting in Aqaba, the first stop of the tour, which began in Aqaba on Wed 28 Feb 2024 (nesan of Thu 29 Feb 2024: 'التي بدأت من العقبة يوم أمس الأربعاء'), so it was published on Wed 28 Feb 2024; headline kept from the page; the last, truncated sentence dropped", False, """
الملك عبدالله يبدأ جولات تفقدية فى أرجاء المملكة: العقبة تعكس صورة الأردن
انطلق عاهل الأردن الملك عبدالله الثاني في أولى محطات جولاته التفقدية من محافظة العقبة جنوب العاصمة عمان، وهي جولات كشف مصدر خاص في الديوان الملكي الهاشمي لـ"الدستور" عن أهميتها ودورها في إبراز جهود الملك السياسية والاقتصادية والاجتماعية والثقافية، وتأتي متزامنة مع احتفالات الأردن باليوبيل الفضي لتولي الملك عبدالله الثاني سلطاته الدستورية.
وكانت الجولة الأولى إلى ميناء العقبة والمنطقة الخاصة، الحلم الذي جسّد الرؤية الملكية الهاشمية للتنمية والثقافة والاقتصاد والزراعة، ومنها أكد الملك أن مدينة العقبة تعكس صورة الأردن الطموح الذي قام على مبادئ الثورة العربية الكبرى في الحرية والعدالة والكرامة.
وفي سياق الجولة، التقى الملك وجهاء وممثلين عن أهالي محافظة العقبة في ساحة القلعة المطلة على خليج العقبة، اليوم الأربعاء، مؤكدا أن تطوير العقبة كان حلمًا وفكرة قبل 25 عامًا واليوم أصبح واقعًا بجهود الأردنيين المخلصين.
""", [
    ev("aqaba-visit", "انطلق عاهل الأردن الملك عبدالله الثاني في أولى محطات جولاته التفقدية", AQABA, "no own date in the sentence; the tour began in Aqaba on Wed 28 Feb 2024 ('اليوم الأربعاء' below; nesan 'يوم أمس الأربعاء')"),
    ev("accession", "لتولي الملك عبدالله الثاني سلطاته الدستورية", "1999-02-07", "no own date; King Abdullah II assumed his constitutional powers on Sun 7 Feb 1999 (the silver jubilee of 2024)"),
    ev("aqaba-notables-meeting", "التقى الملك وجهاء وممثلين عن أهالي محافظة العقبة", AQABA, "'اليوم الأربعاء' = Wed 28 Feb 2024"),
    ev("aqaba-development-idea", "كان حلمًا وفكرة قبل 25 عامًا", Y1999[0], "'قبل 25 عامًا' from 2024 = 1999 (the year only)", end=Y1999[1]),
])
art(S, "https://nesan.net/article/275026/الملك-يزور-معان-الخميس",
    MAAN, "date line 'نشر في 2024-02-29 الساعة 11:08' on the page (29 Feb 2024 was a Thursday; the body's 'اليوم الخميس' and 'يوم أمس الأربعاء' agree); headline kept from the page; the 'اتصل بنا' and 'الكلمات الأكثر بحثاً' menu items dropped", True, """
الملك يزور معان الخميس .. وتحضيرات ضخمة لاستقباله
يحل جلالة الملك عبدالله الثاني اليوم الخميس على محافظة معان، ضمن جولة تشمل محافظات المملكة كافة، انطلقت من العقبة يوم أمس الأربعاء، ثم معان والكرك والطفيلة جنوبًا.
وستشهد محافظة معان استقبالا شعبيا بمناسبة اليوبيل الفضي، على المسار الممتد من جسر الترخيص حتى قصر الملك المؤسس.
وذكر رئيس بلدية معان الكبرى الدكتور ياسين صلاح أن البلدية في أتم الاستعداد لاستقبال جلالة الملك عبد الله الثاني، إذ عملت كوادرها على تجهيز الاستقبال الضخم منذ 7 أيام.
وأضاف صلاح، في بث مباشر على صفحة البلدية، أن "معان تتزين بأجمل زينة، وتتحلى بأبهى حلة، لكي تستقبل سيد البلاد".
وتابع أن الأردنيين يحتفلون بذكرى اليوبيل الفضي، وأن معان تبادل الحب بالحب والعطاء بالعطاء، منوهًا بأن بلدية معان الكبرى على قدر العطاء والجهد.
وشدد على أن الأردنيين يلتفون حول القيادة الهاشمية، وهي بيت الحكمة والعطاء والدبلوماسية، وأنهم صناع السلام، لافتًا إلى أن معان مقبلة على خير وفير في العام الجاري.
""", [
    ev("maan-visit", "يحل جلالة الملك عبدالله الثاني اليوم الخميس على محافظة معان", MAAN, "'اليوم الخميس' = Thu 29 Feb 2024"),
    ev("aqaba-visit", "انطلقت من العقبة يوم أمس الأربعاء", AQABA, "'يوم أمس الأربعاء' from Thu 29 Feb 2024 = Wed 28 Feb"),
    ev("maan-popular-reception", "وستشهد محافظة معان استقبالا شعبيا", MAAN, "on the day of the visit, Thu 29 Feb 2024"),
    ev("maan-preparations", "عملت كوادرها على تجهيز الاستقبال الضخم منذ 7 أيام", "2024-02-22", "'منذ 7 أيام' from Thu 29 Feb 2024: span Thu 22 - Thu 29 Feb 2024", end="2024-03-01"),
])
art(S, "https://www.ammonnews.net/article/833831",
    MAAN, "time stamp '29-02-2024 12:07 PM' on the page (29 Feb 2024 was a Thursday; the body's 'اليوم الخميس' agrees); headline kept from the page; the sub-headline bullets and menus dropped; the stored excerpt ends after the paragraph on Petra", True, """
الملك من معان: الأردن مستمر بإرسال المساعدات إلى غزة ولن نلتفت للمشككين
أكد جلالة الملك عبدالله الثاني أن مدينة معان العزيزة هي بوابة الخير والمحطة الأولى في تأسيس المملكة.
وأثنى جلالته، خلال لقائه وجهاء وممثلين عن أهالي محافظة معان في مقر الملك المؤسس، اليوم الخميس، بحضور سمو الأمير الحسين بن عبدالله الثاني ولي العهد، على القيم الأصيلة التي يجسدها أهل معان في استقبال ضيوف الرحمن على طريق الحج، وحرصهم على إغاثة كل محتاج.
واستعاد جلالة الملك زيارته إلى معان قبل 25 عاما، قائلا إن أول مطلب للأهالي حينها كان إنشاء جامعة في المحافظة، واليوم غدت جامعة الحسين بن طلال، "التي تحمل اسم أغلى الرجال"، عنوانا للتنمية.
ولفت جلالته إلى أن معان تحتضن أكبر مشاريع الطاقة الشمسية في المملكة وغيرها من المشاريع، موضحا أن الطموح لهذه المحافظة هو جذب مزيد من الاستثمارات والتوسع في التنمية وتعظيم الاستفادة من مدينة البترا سياحيا.
""", [
    ev("maan-visit", "الملك من معان", MAAN, "headline; the visit to Ma'an of Thu 29 Feb 2024"),
    ev("maan-notables-meeting", "خلال لقائه وجهاء وممثلين عن أهالي محافظة معان في مقر الملك المؤسس، اليوم الخميس", MAAN, "'اليوم الخميس' = Thu 29 Feb 2024"),
    ev("maan-1999-visit", "زيارته إلى معان قبل 25 عاما", Y1999[0], "'قبل 25 عاما' from 2024 = 1999 (the year only)", end=Y1999[1]),
])

# ---------------------------------------------------------------- morocco-king-laayoune-dakhla-visit-2016
S = "morocco-king-laayoune-dakhla-visit-2016"
ARRIVE = "2016-02-04"      # the King arrived in Laayoune on the evening of Thu 4 Feb 2016, from Ouarzazate (Noor 1)
TECHNO = "2016-02-05"      # Fri 5 Feb: the Foum El Oued technopole and the fertilizer complex inaugurated in Laayoune
COUNCIL16 = "2016-02-06"   # Sat 6 Feb: ministerial council in Laayoune in the morning, arrival in Dakhla later that day
LAUNCH = "2016-02-08"      # Mon 8 Feb: launch of the Dakhla-Oued Eddahab and Guelmim-Oued Noun programmes in Dakhla
MODEL = "2015-11-07"       # the new development model of the southern provinces launched in Laayoune, Sat 7 Nov 2015
ILL = ("2015-11-10", "2015-11-15")   # the November visit cut short by a flu: doctor's statement Tue 10 Nov, departure for France within the week
art(S, "http://badil.info/64319-2/",
    ARRIVE, "no date line on the stored page; the body's 'مساء اليوم الخميس 4 فبراير' with the Ouarzazate solar plant inaugurated the same day (Noor 1, Thu 4 Feb 2016) give Thu 4 Feb 2016; headline written from the body (the stored text has none)", False, """
الملك محمد السادس يحل بالعيون قادما من ورزازات
وصل الملك محمد السادس مساء اليوم الخميس 4 فبراير إلى مدينة العيون، قادما إليها من مدينة ورزازات التي دشن فيها أكبر محطة للطاقة الشمسية في العالم.
واصطف آلاف من سكان مدينة العيون على جنبات الطريق لتحية الملك ابتهاجا بمقدمه، بعد أن اضطر إلى مغادرة المدينة قبل شهرين إثر إصابته بانفلوانزا حادة.
ويُرتقب أن يترأس الملك في مدينة العيون مجلسا وزاريا للمصادقة على عدد من القرارات والمراسيم ودراسة بعض المشاريع.
كما يُنتظر أن يستأنف الملك تدشين عدد من المشاريع التنموية في الأقاليم الجنوبية للمملكة، وهي مشاريع كان قد شرع في تدشين بعضها قبل أن يسافر إلى فرنسا لقضاء فترة نقاهة.
""", [
    ev("laayoune-arrival", "وصل الملك محمد السادس مساء اليوم الخميس 4 فبراير إلى مدينة العيون", ARRIVE, "'مساء اليوم الخميس 4 فبراير' = Thu 4 Feb 2016"),
    ev("noor-solar-plant", "التي دشن فيها أكبر محطة للطاقة الشمسية في العالم", ARRIVE, "no own date; Noor 1 at Ouarzazate was put into service on the same Thu 4 Feb 2016"),
    ev("november-visit-cut-short", "اضطر إلى مغادرة المدينة قبل شهرين إثر إصابته بانفلوانزا حادة", ILL[0], "'قبل شهرين' from Feb 2016 = November 2015; the doctor's statement suspending the activities was of Tue 10 Nov 2015 and the King left Laayoune for France in the following days (my span 10-14 Nov 2015)", end=ILL[1]),
    ev("ministerial-council", "أن يترأس الملك في مدينة العيون مجلسا وزاريا", COUNCIL16, "expected in the text; the council was held in Laayoune on Sat 6 Feb 2016 (al3omk: 'صباح اليوم', febrayer: 'اليوم السبت')"),
    ev("inaugurations-resumed", "أن يستأنف الملك تدشين عدد من المشاريع التنموية", TECHNO, "expected in the text; the inaugurations and launches of the trip, Fri 5 Feb (Laayoune) to Mon 8 Feb 2016 (Dakhla)", end="2016-02-09"),
])
art(S, "https://maghress.com/al3omk/5684",
    COUNCIL16, "no date on the stored page (an al3omk report carried by maghress); the body's 'عقد بها صباح اليوم مجلسا وزاريا' (the Laayoune council of Sat 6 Feb 2016, febrayer 'اليوم السبت') and 'أمس الجمعة' for the Laayoune inaugurations give Sat 6 Feb 2016; headline written from the body (the stored text has none)", False, """
الملك يحل بالداخلة قادما من العيون
وصل الملك محمد السادس قبل قليل إلى مدينة الداخلة جنوب المملكة، قادما إليها من مدينة العيون التي ترأس فيها صباح اليوم مجلسا وزاريا صادق على جملة من القرارات والتعيينات في المناصب العليا.
ويقوم الملك هذه الأيام بسلسلة من الزيارات لمدن الأقاليم الجنوبية لإتمام تدشين مشاريع في إطار استراتيجية تنمية الأقاليم الجنوبية التي أطلقها بمناسبة الذكرى الأربعين للمسيرة الخضراء، قبل أن يحول المرض دون إتمامها فغادر العيون متوجها إلى فرنسا لتلقي العلاجات اللازمة.
ومن المنتظر أن يدشن الملك يوم غد بمدينة الداخلة عددا من المشاريع التنموية التي رُصدت لها اعتمادات مالية مهمة في إطار الاستراتيجية ذاتها.
وكان الملك قد دشن أمس الجمعة بمدينة العيون قطبا تكنولوجيا بمنطقة فم الواد، إلى جانب مركب صناعي لإنتاج الأسمدة فاقت ميزانيته 16 مليار درهم.
""", [
    ev("dakhla-arrival", "وصل الملك محمد السادس قبل قليل إلى مدينة الداخلة", COUNCIL16, "'قبل قليل' in a report of Sat 6 Feb 2016"),
    ev("ministerial-council", "ترأس فيها صباح اليوم مجلسا وزاريا", COUNCIL16, "'صباح اليوم' = Sat 6 Feb 2016"),
    ev("southern-model-launch", "التي أطلقها بمناسبة الذكرى الأربعين للمسيرة الخضراء", MODEL, "no own date; the development model was launched in Laayoune on Sat 7 Nov 2015 (aarasid: 'يوم 7 نونبر 2015')"),
    ev("november-visit-cut-short", "فغادر العيون متوجها إلى فرنسا", ILL[0], "no own date; after the doctor's statement of Tue 10 Nov 2015, within that week (my span 10-14 Nov 2015)", end=ILL[1]),
    ev("dakhla-inaugurations-expected", "أن يدشن الملك يوم غد بمدينة الداخلة", "2016-02-07", "'يوم غد' from Sat 6 Feb 2016 = Sun 7 Feb (the day the text announces; the programmes were launched on Mon 8 Feb)"),
    ev("foum-el-oued-technopole", "دشن أمس الجمعة بمدينة العيون قطبا تكنولوجيا", TECHNO, "'أمس الجمعة' from Sat 6 Feb 2016 = Fri 5 Feb"),
])
art(S, "https://agora.ma/2016/02/08/%d8%a8%d8%b1%d9%86%d8%a7%d9%85%d8%ac%d8%a7-%d8%aa%d9%86%d9%85%d9%8a%d8%a9-%d8%ac%d9%87%d8%aa%d9%8a-%d8%a7%d9%84%d8%af%d8%a7%d8%ae%d9%84%d8%a9-%d9%88%d8%a7%d8%af%d9%8a-%d8%a7%d9%84%d8%b0%d9%87%d8%a8",
    LAUNCH, "date in the page URL (2016/02/08; 8 Feb 2016 was a Monday), agreeing with the body's 'اليوم الإثنين'; headline written from the URL slug; an unrelated headline of a later crawl (Bourita and the Gambian minister) dropped; the last, truncated quotation dropped", True, """
برنامجا تنمية جهتي الداخلة – وادي الذهب وكلميم – واد نون دعامة لتنمية الصحراء
رأى أعيان وفاعلون من جهتي الداخلة- وادي الذهب وكلميم- واد نون أن برنامجي تنمية الجهتين، اللذين ترأس صاحب الجلالة الملك محمد السادس، اليوم الإثنين بمدينة الداخلة، مراسم إطلاقهما والتوقيع على عقدي البرنامج الخاصين بهما، يشكلان ركيزة أساسية ولبنة مثلى لإرساء تنمية حقيقية في جهات الصحراء المغربية.
وأكدوا في تصريحات لوكالة المغرب العربي للأنباء بالمناسبة أن المشاريع المعلن عنها اليوم في إطار تنفيذ النموذج التنموي الجديد للأقاليم الجنوبية بالغة الأهمية، لأنها ستسهم في بروز تنمية واعدة على جميع المستويات في الجهتين.
وفي هذا الإطار، أوضح السالك بن عبد العياشي، الفاعل الاقتصادي بجهة الداخلة وادي الذهب، أن الأوراش التنموية التي رأت النور اليوم ستمنح انطلاقة جديدة للتنمية الاقتصادية المحلية في المنطقة، بما يؤهلها لتصبح فضاء حقيقيا لجذب الاستثمارات في كل القطاعات الاقتصادية والحيوية.
""", [
    ev("dakhla-programmes-launch", "ترأس صاحب الجلالة الملك محمد السادس، اليوم الإثنين بمدينة الداخلة، مراسم إطلاقهما", LAUNCH, "'اليوم الإثنين' = Mon 8 Feb 2016"),
    ev("programme-contracts-signed", "والتوقيع على عقدي البرنامج الخاصين بهما", LAUNCH, "at the same ceremony, Mon 8 Feb 2016"),
    ev("map-statements", "في تصريحات لوكالة المغرب العربي للأنباء بالمناسبة", LAUNCH, "on the occasion, Mon 8 Feb 2016"),
])
art(S, "https://aarasid.com/?p=5773",
    LAUNCH, "no date on the stored page; the body's 'اليوم الإثنين، بالداخلة' for the launch of the two regional programmes, held on Mon 8 Feb 2016 (agora.ma of 2016/02/08), and 'نونبر الفارط' for the Laayoune visit of November 2015 give Mon 8 Feb 2016; headline kept from the page; the last, truncated sentence dropped", False, """
الملك يطلق برنامجي تنمية جهتي الداخلة- وادي الذهب وكلميم-واد نون
ترأس الملك محمد السادس، اليوم الإثنين، بالداخلة مراسم إطلاق برنامجي تنمية جهتي الداخلة- وادي الذهب وكلميم- واد نون وتوقيع عقود البرامج المتصلة بهما.
ويأتي البرنامجان التنمويان في سياق تفعيل النموذج التنموي الجديد للأقاليم الجنوبية الذي أطلقه الملك محمد السادس يوم 7 نونبر 2015 بمدينة العيون.
واستلزم النموذج التنموي الجديد لجهة الداخلة وادي الذهب استثمارات قدرها 17,75 مليار درهم، منها 6,6 مليار درهم تمنحها الدولة، في حين استلزم النموذج الخاص بجهة كلميم واد نون استثمارات بقيمة 11,93 مليار درهم، منها 5,5 مليارا من الدولة.
وفي السياق ذاته، قال رئيس مجلس جهة الداخلة وادي الذهب، ينجا الخطاط، في تصريح صحفي، إن هذا النموذج التنموي الذي أطلقه الملك محمد السادس خلال زيارته في نونبر الفارط للعيون أشرك أبناء الصحراء في صياغته، وجاء واضحا في أهدافه ومبتكرا في توجهاته وشاملا للقطاعات المستهدفة.
""", [
    ev("dakhla-programmes-launch", "ترأس الملك محمد السادس، اليوم الإثنين، بالداخلة مراسم إطلاق", LAUNCH, "'اليوم الإثنين' = Mon 8 Feb 2016"),
    ev("programme-contracts-signed", "وتوقيع عقود البرامج المتصلة بهما", LAUNCH, "at the same ceremony, Mon 8 Feb 2016"),
    ev("southern-model-launch", "الذي أطلقه الملك محمد السادس يوم 7 نونبر 2015 بمدينة العيون", MODEL, "'يوم 7 نونبر 2015' = Sat 7 Nov 2015"),
    ev("khattat-statement", "قال رئيس مجلس جهة الداخلة وادي الذهب، ينجا الخطاط، في تصريح صحفي", LAUNCH, "no own date; a statement on the day of the launch, Mon 8 Feb 2016"),
    ev("laayoune-visit-nov-2015", "خلال زيارته في نونبر الفارط للعيون", "2015-11-06", "'نونبر الفارط' = November 2015; the visit began with the King's arrival in Laayoune on Fri 6 Nov 2015 and ended with his departure for France after the doctor's statement of Tue 10 Nov (my span 6-14 Nov 2015)", end=ILL[1]),
])

# ---------------------------------------------------------------- saudi-king-salman-qassim-hail-tour-2018
S = "saudi-king-salman-qassim-hail-tour-2018"
QASSIM = "2018-11-06"      # Tue 6 Nov 2018 (28 Safar 1440): the King in Qassim, the people's ceremony and the projects
HAIL = "2018-11-08"        # Thu 8 Nov 2018: the ceremony of the people of Hail at Qasr Aja, return to Riyadh that evening
TOUR = ("2018-11-06", "2018-11-09")    # the three-day tour, Tue 6 - Thu 8 Nov 2018
art(S, "https://sauress.com/almowaten/2162799",
    QASSIM, "no date line on the stored page (an al-Mowaten report carried by sauress); the body's 'مساء اليوم الثلاثاء' and 'اليوم الثلاثاء' with the embedded al-Ekhbariya tweet of 'November 6, 2018' give Tue 6 Nov 2018; the tweet text and link dropped; headline written from the body (the stored text has none); the last, truncated sentence (the founder's visits) dropped", False, """
خادم الحرمين الشريفين يصل لتشريف حفل أهالي القصيم
بثت قناة الإخبارية المشاهد الأولى لوصول خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لتشريف حفل أهالي منطقة القصيم، مساء اليوم الثلاثاء.
ويستهل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اليوم الثلاثاء جولته في المناطق الشمالية بزيارة تفقدية لمنطقة القصيم، يدشن خلالها عددًا من المشاريع التنموية.
وكانت شوارع منطقة القصيم وميادينها قد تزينت لاستقبال خادم الحرمين الشريفين في زيارته التاريخية للمنطقة.
وشرعت أمانة القصيم منذ وقت مبكر في نصب لافتات الترحيب بالملك في ميادين بريدة والمحافظات والطرق الرئيسية حتى امتلأت بصور الملك، وعبّر أهالي المنطقة عن مشاعرهم تجاه هذه الزيارة الكريمة في وسم "القصيم تبتهج بقدوم سلمان"، مؤكدين أن المنطقة تعيش نهضة واسعة في كل المجالات في عهده الميمون بدعم ولي عهده الأمير محمد بن سلمان.
وكانت إمارة القصيم قد دشنت قبل أيام الهوية الرسمية لحفلها الرسمي احتفاءً بقدوم الملك.
""", [
    ev("qassim-ceremony", "لوصول خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لتشريف حفل أهالي منطقة القصيم", QASSIM, "'مساء اليوم الثلاثاء' = Tue 6 Nov 2018"),
    ev("northern-tour", "جولته في المناطق الشمالية بزيارة تفقدية لمنطقة القصيم", TOUR[0], "begun 'اليوم الثلاثاء' = Tue 6 Nov 2018; the tour of Qassim and Hail lasted three days, to Thu 8 Nov (al-Hayat via ksaplayers)", end=TOUR[1]),
    ev("qassim-projects", "يدشن خلالها عددًا من المشاريع التنموية", QASSIM, "no own date; the Qassim projects were inaugurated during the visit of Tue 6 Nov 2018 (28 Safar 1440)"),
    ev("ceremony-identity-launch", "قد دشنت قبل أيام الهوية الرسمية لحفلها الرسمي", "2018-10-30", "'قبل أيام' before Tue 6 Nov 2018 (my span 30 Oct - 5 Nov 2018)", end=QASSIM),
])
art(S, "https://www.elbalad.news/3564119",
    HAIL, "no date on the stored page (Egyptian Sada el-Balad); the body's 'اليوم في قصر أجا' for the King's reception of the people of Hail, held on Thu 8 Nov 2018 (al-Hayat via ksaplayers, of Fri 9 Nov: 'استقبل ... أمس'), gives Thu 8 Nov 2018; headline written from the body (the stored text has none)", False, """
الملك سلمان يستقبل أهالي حائل ويضع حجر الأساس لمشروعات تنموية
استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اليوم في قصر أجا أهالي منطقة حائل، ووضع حجر الأساس لعدد من المشروعات التنموية بالمنطقة، بحضور الأمير محمد بن سلمان بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع.
وأطلق عدد من رواد مواقع التواصل الاجتماعي وسما بعنوان "#الملك_يدشن_مشاريع_حائل"، فتصدّر قائمة الأكثر تداولًا على مواقع التواصل الاجتماعي وتفاعل معه عدد كبير من المستخدمين.
وكتب أحد المغردين: "مشاريع بأكثر من ٧ مليارات ريال لتنمية حايل الخير وجعلها أجمل وجلب السعادة لها ولأهلها، شكرًا أبو فهد".
وكتب آخر: "الملك سلمان همه المواطن ورفاهيته وازدهار الوطن".
""", [
    ev("hail-ceremony", "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اليوم في قصر أجا أهالي منطقة حائل", HAIL, "'اليوم' = Thu 8 Nov 2018 (the day of the Hail ceremony)"),
    ev("hail-projects", "ووضع حجر الأساس لعدد من المشروعات التنموية بالمنطقة", HAIL, "at the same ceremony, Thu 8 Nov 2018"),
    ev("hashtag-trend", "فتصدّر قائمة الأكثر تداولًا", HAIL, "no own date; during the ceremony of Thu 8 Nov 2018"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=12777382",
    "2018-11-09", "no date on the stored page (an al-Hayat report carried by ksaplayers); the body's 'مساء أمس (الخميس)' for the return to Riyadh after a three-day tour begun in Qassim on Tue 6 Nov 2018 gives Fri 9 Nov 2018 (8 Nov 2018 was a Thursday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
خادم الحرمين يعود إلى الرياض بعد جولة في القصيم وحائل
عاد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إلى الرياض مساء أمس (الخميس) قادماً من منطقة حائل، في ختام جولة تفقدية شملت منطقتي القصيم وحائل ودامت ثلاثة أيام.
وفي حائل، استقبل خادم الحرمين أمس أهالي المنطقة في «قصر أجا»، ودشن مشاريع تنموية في المنطقة ووضع الحجر الأساس لأخرى بأكثر من 7.2 بليون ريال (نحو بليوني دولار)، بحضور ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان بن عبد العزيز.
وعند وصول خادم الحرمين إلى منطقة حائل، كان في استقباله أمير المنطقة عبد العزيز بن سعد بن عبد العزيز ونائبه الأمير فيصل بن فهد بن مقرن بن عبد العزيز.
وقال أمير منطقة حائل في كلمة أمام الملك سلمان: «سيدي، ما زالت سحب الخير تتوالى، وما زال ربيع التنمية ينمو، فلم تغب حائل عن ذهنكم قط، كما هو سائر مناطق المملكة. وخير شاهد على ذلك جملة هذه المشاريع التنموية التي ستدشنونها، وتضعون الحجر الأساس لها، والتي تجاوز حجمها سبعة بلايين ريال، وبمجمل 259 مشروعاً».
""", [
    ev("return-to-riyadh", "عاد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إلى الرياض مساء أمس (الخميس)", HAIL, "'مساء أمس (الخميس)' from Fri 9 Nov 2018 = Thu 8 Nov"),
    ev("northern-tour", "جولة تفقدية شملت منطقتي القصيم وحائل ودامت ثلاثة أيام", TOUR[0], "three days ending Thu 8 Nov 2018: Tue 6 - Thu 8 Nov", end=TOUR[1]),
    ev("hail-ceremony", "استقبل خادم الحرمين أمس أهالي المنطقة", HAIL, "'أمس' from Fri 9 Nov 2018 = Thu 8 Nov"),
    ev("hail-projects", "ودشن مشاريع تنموية في المنطقة ووضع الحجر الأساس لأخرى", HAIL, "at the ceremony of Thu 8 Nov 2018 ('أمس')"),
    ev("hail-emir-speech", "وقال أمير منطقة حائل في كلمة أمام الملك سلمان", HAIL, "no own date; the emir's speech at the ceremony of Thu 8 Nov 2018"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 615
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
