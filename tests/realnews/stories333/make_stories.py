"""Builds stories.jsonl: the 333-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: foreign workers and labour migration: deportation campaigns,
sponsorship (kafala) and domestic-worker rules, worker deaths, worker strikes and unpaid wages.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-manfouha-riots-deportations-2013
S = "saudi-manfouha-riots-deportations-2013"
CAMPAIGN = "2013-11-04"                    # inspections after the correction period began Mon 4 Nov 2013 (1 Muharram 1435)
GRACE = ("2013-04-06", "2013-11-04")       # the correction period, 25 Jumada I 1434 (6 Apr) - end of 1434 (Sun 3 Nov 2013)
RIOT = "2013-11-09"                        # the first Manfouha riot, Saturday 9 Nov 2013 from 3 pm into the night
ARRESTS = ("2013-11-09", "2013-11-11")     # the 561 arrests of the night of Sat 9 - Sun 10 Nov (my span)
SHELTER = "2013-11-10"                     # the shelter offered to those who give themselves up, Sun 10 Nov 2013
SECOND = "2013-11-13"                      # the second clashes (Sudanese boy killed), Wed 13 Nov 2013, 3:30 pm
art(S, "https://newsyemen.life/new/2900",
    "2013-11-09", "page stamp 'Saturday 09 November 2013 الساعة 11:53 pm' (kept as second line; 9 Nov 2013 was a Saturday); the body's 'مساء اليوم' agrees with the riot of Saturday evening; the section tag and the byline 'فؤاد الحصري ،نيوزيمن' dropped; headline kept from the page, shortened; the last, truncated sentence (injury count) dropped", True, """
الأمن السعودي يسيطر على أعمال شغب في حي منفوحة على خلفية حملات التفتيش على مخالفي نظامي العمل والإقامة
Saturday 09 November 2013 الساعة 11:53 pm
أقدم عدد من العمال الإثيوبيين في حي منفوحة بالعاصمة السعودية الرياض مساء اليوم على أعمال فوضى وشغب، فحطموا سيارات ورموا رجال الأمن بالحجارة، وهو ما دفع إلى تعزيز الوجود الأمني في الحي.
وعززت قوات الأمن انتشارها عند مداخل حي منفوحة ومخارجه، ونجحت في إغلاق الحي بأكمله واعتقال عدد من العمال الإثيوبيين الذين شاركوا في أعمال الشغب والفوضى.
وتأتي هذه الأحداث بعد أن أطلقت وزارتا العمل والداخلية في المملكة العربية السعودية حملاتهما التفتيشية على المخالفين لنظامي العمل والإقامة.
ويُذكر أن نائب أمير منطقة الرياض الأمير تركي بن عبدالله بن عبدالعزيز توجه بنفسه إلى الموقع وأشرف على العمليات الأمنية الرامية إلى السيطرة على تجمعات المخالفين.
""", [
    ev("riot", "أقدم عدد من العمال الإثيوبيين في حي منفوحة بالعاصمة السعودية الرياض مساء اليوم", RIOT, "'مساء اليوم' on the page of Sat 9 Nov 2013 = the evening of Sat 9 Nov"),
    ev("riot-arrests", "واعتقال عدد من العمال الإثيوبيين الذين شاركوا", ARRESTS[0], "no own expression; the arrests of the riot night, Sat 9 - Sun 10 Nov 2013 (police: 561 arrested by the early hours of Sunday); my span", end=ARRESTS[1]),
    ev("campaign-launch", "أطلقت وزارتا العمل والداخلية في المملكة العربية السعودية حملاتهما التفتيشية", CAMPAIGN, "no own expression; the inspection campaign began on Mon 4 Nov 2013 (1 Muharram 1435), the day after the correction period ended (outside knowledge; UPI: 'قبل 9 ايام' on Wed 13 Nov)"),
    ev("deputy-emir-on-site", "توجه بنفسه إلى الموقع وأشرف على العمليات الأمنية", RIOT, "no own expression; during the riot of the evening of Sat 9 Nov 2013"),
])
art(S, "https://stg.akhbaralaan.net/news/arab-world/2013/11/10/kingdom-saudi-arabia-riyadh-police-killed-weapon",
    "2013-11-10", "dateline 'الرياض ، السعودية ، 10 نوفمبر ، وكالات ، أخبار الآن' (kept; 10 Nov 2013 was a Sunday) and the date in the URL '/2013/11/10/'; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
مقتل شخصين في أعمال شغب بحي منفوحة جنوب الرياض
الرياض ، السعودية ، 10 نوفمبر ، وكالات ، أخبار الآن –
أعلنت الشرطة السعودية أن شخصين لقيا مصرعهما جراء أعمال شغب شهدها أحد أحياء العاصمة، وذكر بيانها أن مجموعة من الأشخاص تحصنوا في أزقة ضيقة بحي منفوحة في الرياض وأثاروا الشغب، فرموا المواطنين والمقيمين بالحجارة وهددوهم بالأسلحة البيضاء، فأصيب عدد منهم.
ولحقت أضرار بعدد كبير من المحلات التجارية والسيارات، ونجحت الشرطة في السيطرة على الموقف وعزل المشاغبين عن المواطنين والمقيمين، واعتقلت 561 شخصاً من المحرضين على الشغب ومجهولي الهوية، بحسب وكالة الأنباء السعودية.
وأسفرت أعمال العنف عن مقتل شخصين، أحدهما سعودي والآخر مجهول الهوية، وجرح ثمانية وستين شخصاً، فيما تضررت مائة وأربعة سيارات بدرجات متفاوتة.
وكانت تقارير سابقة قد تحدثت عن أعمال عنف من جانب مواطنين إثيوبيين، وذلك بعد عدة أيام من إعلان السلطات السعودية مقتل إثيوبي أثناء حملة دهم لملاحقة العمالة المخالفة.
وأوضح الناطق الإعلامي بشرطة الرياض أن قوات الأمن أطلقت النار على الوافد الإثيوبي في حي منفوحة جنوب الرياض الثلاثاء الماضي فتوفي، لأنه اعتدى على أحد رجال الأمن وحاول انتزاع سلاحه الرسمي.
""", [
    ev("police-statement", "أعلنت الشرطة السعودية أن شخصين لقيا مصرعهما", SHELTER, "no own expression; the Riyadh police statement carried by SPA in the early hours of Sun 10 Nov 2013 (dateline '10 نوفمبر'; albilad: 'فجر الاحد')"),
    ev("riot", "تحصنوا في أزقة ضيقة بحي منفوحة في الرياض وأثاروا الشغب", RIOT, "no own expression; the riot of Sat 9 Nov 2013 from 3 pm (police: 'عند الساعة الثالثة من عصر أمس السبت')"),
    ev("riot-arrests", "واعتقلت 561 شخصاً من المحرضين على الشغب", ARRESTS[0], "no own expression; the arrests of the night of Sat 9 - Sun 10 Nov 2013; my span", end=ARRESTS[1]),
    ev("two-killed", "مقتل شخصين، أحدهما سعودي والآخر مجهول الهوية", RIOT, "no own expression; the two deaths in the riot of Sat 9 Nov 2013"),
    ev("ethiopian-shot", "أطلقت النار على الوافد الإثيوبي في حي منفوحة جنوب الرياض الثلاثاء الماضي", "2013-11-05", "'الثلاثاء الماضي' from Sun 10 Nov 2013 = Tue 5 Nov 2013"),
])
art(S, "https://sauress.com/alsharq/993733",
    "2013-11-11", "no date on the stored page (a Saress copy of al-Sharq); the body's 'مساء أمس الأول السبت' / 'مساء أول أمس السبت' for the riot of Sat 9 Nov 2013 gives Mon 11 Nov 2013; the byline 'الرياض – نايف الحمري' and the photo captions dropped; headline kept from the page; the sub-heading turned into the last sentence; no date of its own in the text", False, """
«شرطة الرياض» تنشئ مقراً لإيواء المخالفين وتنصح مثيري الشغب بتسليم أنفسهم
بلغت حصيلة أعمال الفوضى والتخريب والشغب التي قامت بها مجموعات من العمال الإثيوبيين المخالفين في حي منفوحة، مساء أمس الأول السبت، 205 مصابين، بينهم 33 امرأة وخمسة أطفال، وكلهم من الجنسية الإثيوبية، في حين لقي مواطن سعودي ووافد لم تُعرف هويته بعد حتفهما، ونُقل المصابون والقتيلان إلى مدينة الملك سعود الطبية في الشميسي ومستشفى الإيمان.
وبيّن الناطق الإعلامي باسم شرطة منطقة الرياض، العميد ناصر القحطاني، أن الحملة الأمنية لتعقب مخالفي نظام الإقامة والعمل متواصلة، وأنه بسبب ما صدر مساء أول أمس السبت عن عدد من المخالفين الساكنين في حي منفوحة، أُتيحت لهم فرصة تسليم أنفسهم أو عائلاتهم طواعية، بعدما جُهّز مقر لإيوائهم قرب تقاطع طريق الملك عبدالعزيز مع الدائري الجنوبي.
وأوضح أن الغاية هي تسريع إنهاء إجراءات سفرهم بالتنسيق مع دور التوقيف، على أن تُيسّر جميع إجراءاتهم وتُنجز في وقت قياسي بالتعاون مع الجهات المختصة ذات العلاقة.
في المقابل، أكد عمال إثيوبيون نظاميون أنهم صححوا أوضاعهم ولا يؤيدون الشغب الذي شهدته «منفوحة».
""", [
    ev("riot", "أعمال الفوضى والتخريب والشغب التي قامت بها مجموعات من العمال الإثيوبيين المخالفين في حي منفوحة، مساء أمس الأول السبت", RIOT, "'مساء أمس الأول السبت' from Mon 11 Nov 2013 = the evening of Sat 9 Nov 2013"),
    ev("two-killed", "لقي مواطن سعودي ووافد لم تُعرف هويته بعد حتفهما", RIOT, "no own expression; the two deaths in the riot of Sat 9 Nov 2013"),
    ev("campaign-ongoing", "الحملة الأمنية لتعقب مخالفي نظام الإقامة والعمل متواصلة", CAMPAIGN, "no own expression; the campaign under way since Mon 4 Nov 2013 up to the report (my span 4-11 Nov)", end="2013-11-12"),
    ev("shelter-offer", "جُهّز مقر لإيوائهم قرب تقاطع طريق الملك عبدالعزيز مع الدائري الجنوبي", SHELTER, "no own expression; the shelter and the call to give themselves up, announced by the police on Sun 10 Nov 2013 (shorouk: 'اليوم الأحد'; alwasat: hundreds gave themselves up on 10 Nov)"),
])
art(S, "https://www.tunisiatoday.com/37/2013-11-14-03-00-22",
    "2013-11-14", "date and time in the URL '2013-11-14-03-00-22' (14 Nov 2013 was a Thursday); the UPI wire's 'الأربعاء' for the announcement agrees (the second clashes of Wed 13 Nov 2013: alhayat 'عصر أول من أمس (الأربعاء)', okaz 'عصر أمس (الأربعاء)'); headline written from the body (the stored text has none); the comment link dropped; no date of its own in the text", False, """
مقتل سوداني في أعمال شغب جديدة بحي منفوحة في الرياض
الرياض ـ يو.بي.آي
أفاد مصدر أمني سعودي الأربعاء بأن أحد السودانيين قُتل جراء أعمال الشغب التي ينفذها أفارقة مخالفون لقانون الإقامة والعمل في حي منفوحة جنوب الرياض، لتصل بذلك حصيلة القتلى إلى أربعة أشخاص، من بينهم سعودي.
وذكر الناطق الإعلامي بشرطة منطقة الرياض، في بيان، أن خلافاً نشب بين مجموعة من المواطنين ومخالفين لأنظمة الإقامة والعمل في ميدان تقاطع شارع الفريان مع شارع الستين بحي منفوحة، وتحول إلى مشاجرات جماعية استُخدمت فيها أسلحة بيضاء.
وأضاف أن عدداً من المخالفين أقدموا على أعمال شغب رشقوا خلالها المارة والسيارات بالحجارة، موضحاً أن شرطة الرياض تحركت ونجحت في ضبط الوضع واعتقال عدد من المتورطين في المشاجرات والشغب.
وتابع أن الحادثة أسفرت عن وفاة مقيم يحمل الجنسية السودانية وإصابة (17) شخصاً آخرين من جنسيات مختلفة نُقلوا إلى المستشفى للعلاج، فيما شرعت الجهات المختصة في إجراءات الضبط الجنائي والتحقيق.
وكانت السعودية قد شرعت قبل 9 ايام في طرد العمال الأجانب المخالفين لنظام الإقامة والعمل، إثر انقضاء مهلة سبعة اشهر منحتهم إياها لتسوية أوضاعهم أو مغادرة المملكة.
""", [
    ev("sudanese-killed", "أفاد مصدر أمني سعودي الأربعاء بأن أحد السودانيين قُتل", SECOND, "'الأربعاء' = Wed 13 Nov 2013 (the boy was stabbed that afternoon)"),
    ev("second-clashes", "أن خلافاً نشب بين مجموعة من المواطنين ومخالفين لأنظمة الإقامة والعمل", SECOND, "no own expression; the clashes of Wed 13 Nov 2013 at 3:30 pm (alhayat: 'عصر أول من أمس (الأربعاء)')"),
    ev("campaign-launch", "شرعت قبل 9 ايام في طرد العمال الأجانب المخالفين", CAMPAIGN, "'قبل 9 ايام' from Wed 13 Nov 2013 = Mon 4 Nov 2013, the start of the campaign"),
    ev("correction-period", "مهلة سبعة اشهر منحتهم إياها", GRACE[0], "'مهلة سبعة اشهر' = the correction period from 25 Jumada I 1434 (Sat 6 Apr 2013) to the end of 1434 (Sun 3 Nov 2013), outside knowledge", end=GRACE[1]),
])

# ---------------------------------------------------------------- kuwait-philippines-worker-ban-2018
S = "kuwait-philippines-worker-ban-2018"
JAN_SUSPENSION = "2018-01-19"              # Manila's first suspension of deployments to Kuwait, Fri 19 Jan 2018
BODY_FOUND = ("2018-02-06", "2018-02-09")  # Joanna Demafelis's body found in a freezer in Kuwait, early Feb 2018 (my span 6-8 Feb)
DUTERTE = "2018-02-09"                     # Duterte's press conference (72 hours, free flights), Fri 9 Feb 2018
TOTAL_BAN = "2018-02-12"                   # the total ban on new deployments, Mon 12 Feb 2018
BODY_HOME = "2018-02-16"                   # the body arrived at Manila airport, Fri 16 Feb 2018
art(S, "https://slaati.com/2018/02/12/p1002810.html",
    "2018-02-12", "date in the URL '/2018/02/12/' (12 Feb 2018 was a Monday) and the body's 'اليوم الإثنين'; headline kept from the page; the page furniture ('منذ 8 سنة', share buttons, other news) dropped; no date of its own in the text", False, """
الفلبين تحظر إرسال العمالة للكويت نهائيا وتهدد دولا عربية أخرى
مانيلا
أعلن وزير العمل الفلبيني سليفستر بيلو أن الرئيس الفلبيني سيصدر، اليوم الإثنين، قراراً خاصاً يحظر إرسال العمالة إلى الكويت حظراً شاملاً ونهائياً.
وأضاف بيلو أن حكومة بلاده تعتزم نقل العمال العالقين في الكويت، موضحاً أن من يرغب منهم في البقاء سيُسمح له بذلك.
ولمّح إلى أن الفلبين قد تتراجع عن قرارها إذا وقّعت الكويت مذكرة تفاهم تكفل حماية العمال الفلبينيين المغتربين.
وأكد أن الحظر قد يُفرض على دول عربية أخرى إذا تبيّن أن أوضاع العمالة الفلبينية فيها سيئة وأنها لا تحظى بالحماية اللازمة.
""", [
    ev("total-ban", "سيصدر، اليوم الإثنين، قراراً خاصاً يحظر إرسال العمالة إلى الكويت", TOTAL_BAN, "'اليوم الإثنين' = Mon 12 Feb 2018"),
    ev("repatriation", "تعتزم نقل العمال العالقين في الكويت", "2018-02-10", "no own expression; the free repatriation flights for Filipinos in Kuwait after Duterte's call of Fri 9 Feb 2018 (hundreds brought home within the week); my span 10-17 Feb", end="2018-02-18"),
])
art(S, "https://sauress.com/okaz/1614568",
    "2018-02-13", "no date on the stored page (a Saress copy of Okaz); the body's 'أمس (الإثنين)' for the total ban announced by Bello on Mon 12 Feb 2018 (slaati: 'اليوم الإثنين') gives Tue 13 Feb 2018; headline written from the body (the stored text has none); no date of its own in the text", False, """
الفلبين توسع حظر عمل مواطنيها في الكويت
وسّعت الفلبين أمس (الإثنين) نطاق الحظر المفروض على عمل مواطنيها في الكويت، إثر انتقادات وجهها الرئيس رودريغو دوتيرتي لظروف العمل هناك، على خلفية تقارير عن تعرض عمال فيليبينيين للاستغلال وسوء المعاملة.
وأعلن وزير العمل الفيليبيني سيلفستر بيللو فرض «حظر تام» على الوظائف الجديدة في الكويت، يسري كذلك على الفيليبينيين الذين نالوا تصاريح عمل ولم يسافروا بعد إلى الكويت.
ولم تستبعد السلطات أن تُلغى التصاريح الممنوحة للفيليبينيين العاملين حاليا في الكويت أو العائدين إليها بعقود عمل جديدة.
وكان دوتيرتي قد منع الشهر الماضي مواطنيه من السفر إلى الكويت للعمل، غير أن ذلك الحظر استثنى من حصلوا على تصريح عمل.
ويُشار إلى أن ما يزيد على مليوني فيليبيني يعملون في منطقة الشرق الأوسط، ويضخون في اقتصاد بلادهم مليارات الدولارات يحوّلونها إلى أسرهم سنويا.
""", [
    ev("total-ban", "وسّعت الفلبين أمس (الإثنين) نطاق الحظر المفروض على عمل مواطنيها في الكويت", TOTAL_BAN, "'أمس (الإثنين)' from Tue 13 Feb 2018 = Mon 12 Feb 2018"),
    ev("duterte-press-conference", "إثر انتقادات وجهها الرئيس رودريغو دوتيرتي لظروف العمل هناك", DUTERTE, "no own expression; Duterte's criticism at his press conference of Fri 9 Feb 2018 (twasul, misr5: 'اليوم الجمعة')"),
    ev("january-suspension", "منع الشهر الماضي مواطنيه من السفر إلى الكويت للعمل", JAN_SUSPENSION, "'الشهر الماضي' from February = January 2018; the suspension ordered by the labour secretary on Fri 19 Jan 2018 (twasul: 'يوم الجمعة الماضية'), outside knowledge for the day"),
])
art(S, "https://beta.masrawy.com/news/news_publicaffairs/details/2018/2/16/1264612/%D8%B9%D9%88%D8%AF%D8%A9-%D8%AC%D8%AB%D9%85%D8%A7%D9%86-%D8%AE%D8%A7%D8%AF%D9%85%D8%A9-%D9%81%D9%84%D8%A8%D9%8A%D9%86%D9%8A%D8%A9-%D8%B9%D8%AB%D8%B1-%D8%B9%D9%84%D9%8A%D9%87%D8%A7-%D9%81%D9%8A-%D9%85%D8%AC%D9%85%D8%AF-%D8%A8%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%A5%D9%84%D9%89-%D8%A8%D9%84%D8%A7%D8%AF%D9%87%D8%A7",
    "2018-02-16", "page date line '12:27 م الجمعة 16 فبراير 2018' (kept; 16 Feb 2018 was a Friday), the date in the URL '/2018/2/16/' and the body's 'اليوم الجمعة'; headline and the dpa dateline kept; the last, truncated sentence dropped", True, """
عودة جثمان خادمة فلبينية عثر عليها في مجمد بالكويت إلى بلادها
12:27 م الجمعة 16 فبراير 2018
مانيلا- (د ب أ):
أُعيد إلى الفلبين، اليوم الجمعة، جثمان خادمة فلبينية وُجدت محفوظة في مجمد بالكويت، فيما تعهدت الحكومة بزيادة الدعم المقدم لمواطنيها العاملين في الخارج.
وكانت جثة جوانا دانييلا ديمافيليس، البالغة 29 عاما، قد عُثر عليها داخل مجمد في شقة مهجورة بالكويت الاسبوع الماضي، وأظهر التشريح آثار ضرب وكسوراً في أضلاعها ونزيفاً داخلياً وكدمات.
وقال وزير الخارجية الفلبيني آلان بيتر كايتانو إن موتها "مأساوي للغاية"، لكنه سيشكل منطلقاً لكل الأجهزة الحكومية كي تنشط أكثر في الخارج لمساعدة العمال الفلبينيين المغتربين.
وأوضح كايتانو، الذي شارك مسؤولين حكوميين آخرين وأقارب ديمافيليس في استقبال رفات الضحية، أن الحكومة تعمل على تعزيز المساعدات للفلبينيين في الخارج، مضيفاً أنها تُعدّ نظام اتصال مع ملايين العمال الفلبينيين في الخارج بسبب حالات سوء المعاملة الكثيرة.
وكان وزير العمل الفلبيني سيلفستر بيلو قد استدعى في وقت سابق مسؤولة الرعاية الاجتماعية في مكتب العمل الفلبيني بالكويت، بعدما شكت أسرة ديمافيليس من أنها لم تتلقَّ منها أي مساعدة.
""", [
    ev("body-repatriated", "أُعيد إلى الفلبين، اليوم الجمعة، جثمان خادمة فلبينية", BODY_HOME, "'اليوم الجمعة' = Fri 16 Feb 2018"),
    ev("body-found", "قد عُثر عليها داخل مجمد في شقة مهجورة بالكويت الاسبوع الماضي", BODY_FOUND[0], "'الاسبوع الماضي' from Fri 16 Feb 2018 = the week of 5-11 Feb; the body was found in the first days of February, before Duterte's remarks of Fri 9 Feb (my span 6-8 Feb 2018)", end=BODY_FOUND[1]),
    ev("cayetano-statement", "وقال وزير الخارجية الفلبيني آلان بيتر كايتانو إن موتها", BODY_HOME, "no own expression; said at Manila airport on Fri 16 Feb 2018 when the coffin arrived"),
    ev("welfare-officer-recalled", "قد استدعى في وقت سابق مسؤولة الرعاية الاجتماعية", "2018-02-08", "'في وقت سابق' = before Fri 16 Feb 2018; the recall of the welfare officer after the family's complaint, after the body was found and before its arrival (day not known to me; my span 8-15 Feb 2018)", end=BODY_HOME),
])
art(S, "https://thenewkhalij.co/article/97226/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9-%D9%88%D8%B5%D9%88%D9%84-%D8%AC%D8%AB%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%A7%D9%85%D9%84%D8%A9-%D8%A7%D9%84%D9%81%D9%84%D8%A8%D9%8A%D9%86%D9%8A%D8%A9-%D8%A7%D9%84%D9%85%D9%82%D8%AA%D9%88%D9%84%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%A5%D9%84%D9%89-%D8%A8%D9%84%D8%A7%D8%AF%D9%87%D8%A7",
    "2018-02-17", "page date line 'السبت 17 فبراير 2018 07:02 ص' (kept; 17 Feb 2018 was a Saturday); headline kept from the page", True, """
وصول جثمان العاملة الفلبينية المقتولة في الكويت إلى بلادها
السبت 17 فبراير 2018 07:02 ص
بلغ جثمان العاملة الفلبينية التي وُجدت جثتها في ثلاجة بالكويت أرض وطنها.
وكانت جثة «جوانا ديمافيليس» (29 عاما) قد اكتُشفت في وقت سابق من الشهر الجاري، بعد أن اختفى مخدوماها، وهما لبناني وزوجته السورية، عام 2016.
وقال شقيق الضحية للصحفيين في مطار الشحن: «إنها خسارة لنا.. أخبرت أمي أنها تسافر لأنها تريد أن تساعد والدينا وإخوتنا الصغار».
وأضاف: «والداي لم يستوعبا ما حدث وهما منهاران.. أتمنى أن يعثروا على قاتلها».
من جانبه، ذكر وزير الخارجية الفلبيني «آلان بيتر كايتانو» أن الحكومة الكويتية عبّرت عن «غضبها» لمقتل «ديمافيليس» وأنها عازمة على الوصول إلى القتلة، معتبراً أن وفاتها المفجعة ستكون صرخة تدفع الحكومات إلى بذل جهود أكبر لحماية الرعايا الفلبينيين في الخارج، وأن العلاقات بين الفلبين والكويت تمر بـ«مرحلة صعبة جدا».
وكان الرئيس الفلبيني «دوتيرتي» قد دعا، قبل أيام، مواطنيه العاملين في الكويت الراغبين في العودة إلى التوجه إلى الخطوط الفلبينية وحجز تذكرة عودة مجانية خلال 72 ساعة، إثر اكتشاف جثة العاملة في ثلاجة بشقة مهجورة بالكويت.
""", [
    ev("body-repatriated", "بلغ جثمان العاملة الفلبينية التي وُجدت جثتها في ثلاجة بالكويت أرض وطنها", BODY_HOME, "no own expression; the coffin reached Manila airport on Fri 16 Feb 2018 (masrawy 'اليوم الجمعة'; france24 'الجمعة'), the day before this page"),
    ev("body-found", "قد اكتُشفت في وقت سابق من الشهر الجاري", BODY_FOUND[0], "'في وقت سابق من الشهر الجاري' = earlier in February 2018; my span 6-8 Feb 2018", end=BODY_FOUND[1]),
    ev("employers-vanished", "اختفى مخدوماها، وهما لبناني وزوجته السورية، عام 2016", "2016-01-01", "'عام 2016' = the whole of 2016", end="2017-01-01"),
    ev("cayetano-statement", "ذكر وزير الخارجية الفلبيني «آلان بيتر كايتانو» أن الحكومة الكويتية عبّرت عن «غضبها»", BODY_HOME, "no own expression; said at Manila airport on Fri 16 Feb 2018 (the same remarks in masrawy and france24)"),
    ev("duterte-press-conference", "قد دعا، قبل أيام، مواطنيه العاملين في الكويت الراغبين في العودة", DUTERTE, "'قبل أيام' = Duterte's press conference of Fri 9 Feb 2018"),
])

# ---------------------------------------------------------------- mauritania-mali-migrant-deportations-2025
S = "mauritania-mali-migrant-deportations-2025"
FIRST_ARRIVALS = "2025-03-02"              # the first deported Malians reached the Gogui crossing, Sun 2 Mar 2025
MALI_STATEMENT = "2025-03-07"              # the Malian minister's statement, Fri 7 Mar 2025
GOGUI = "2025-03-08"                       # deportees blocked the road and burned a police hut at Gogui, Sat 8 Mar 2025
art(S, "https://www.mourassiloun.com/node/34879",
    "2025-03-07", "page date line 'جمعة, 07/03/2025 - 20:14' (kept; 7 Mar 2025 was a Friday, so the line is day/month/year); headline kept from the page; the last, truncated sentence ended after its first clause", True, """
«مالي» تطمئن مواطنيها على جاليتها في موريتانيا وتدعو وسائل الإعلام للتهدئة
جمعة, 07/03/2025 - 20:14
سعت الحكومة المالية إلى طمأنة الرأي العام في البلاد بشأن أوضاع الجالية المالية المقيمة في موريتانيا.
وجاء في بيان لوزير الماليين المقيمين في الخارج والتكامل الأفريقي أن السلطات في مالي وموريتانيا تولي اهتماما لوضع المواطنين الماليين.
وطالب الوزير مواطنيه بالتزام الهدوء وعدم الانسياق وراء الشائعات، ودعا وسائل الإعلام إلى المساهمة في التهدئة.
وأشار إلى أن بعض وسائل الإعلام تتداول منذ عدة أيام معلومات عن أوضاع الماليين المقيمين في موريتانيا.
وأوضح أن الحكومة علمت منذ يوم 2 مارس 2025 بوصول عدد من المواطنين الماليين إلى معبر گوگي الحدودي قادمين من موريتانيا، وأنها أوفدت بعثة يرأسها المندوب العام للماليين المقيمين في الخارج لتقديم دعم مالي ومادي عاجل لأوائل الواصلين.
وشدد على أن العلاقات بين مالي وموريتانيا تمتد لقرون طويلة وتقوم على الصداقة والأخوة، وأن شعبي البلدين عاشا دائمًا معًا في وئام تام، كما تعيش جاليات كبيرة من البلدين على جانبي الحدود.
وكان ناشطون قد نشروا اليوم صورا ومقاطع فيديو قالوا إنها لمواطنين ماليين يحاولون قطع الطريق.
""", [
    ev("mali-statement", "وجاء في بيان لوزير الماليين المقيمين في الخارج والتكامل الأفريقي", MALI_STATEMENT, "no own expression; the minister's statement of Fri 7 Mar 2025 (page line; elalem: 'اليوم 7 مارس 2025')"),
    ev("first-arrivals", "علمت منذ يوم 2 مارس 2025 بوصول عدد من المواطنين الماليين إلى معبر گوگي الحدودي", FIRST_ARRIVALS, "'منذ يوم 2 مارس 2025' (a Sunday) = the first arrivals"),
    ev("mali-mission", "أوفدت بعثة يرأسها المندوب العام للماليين المقيمين في الخارج", FIRST_ARRIVALS, "no own expression in the clause; the mission at the Gogui border point since 2 Mar 2025 (elalem: 'منذ 2 مارس 2025')"),
    ev("road-blocking-videos", "نشروا اليوم صورا ومقاطع فيديو", MALI_STATEMENT, "'اليوم' = Fri 7 Mar 2025"),
])
art(S, "https://www.elalem.info/article18952.html",
    "2025-03-07", "the body's 'اليوم 7 مارس 2025' (kept; 7 Mar 2025 was a Friday); no date line on the stored page; headline kept from the page; the last, truncated sentence dropped", True, """
حكومة مالي تؤكد عملها مع السلطات الموريتانية لضمان حماية ورعاية الماليين المقيمين في موريتانيا
أكد وزير الماليين المقيمين بالخارج والاندماج الإفريقي، موسى آغ الطاهر، أن الحكومة المالية تنسق عن قرب مع السلطات الموريتانية لضمان حماية المواطنين الماليين المقيمين في موريتانيا ورعايتهم.
وورد ذلك في بيان صحفي أصدره الوزير اليوم 7 مارس 2025، ردا على التقارير الإعلامية الأخيرة حول أوضاع الماليين في موريتانيا.
وبيّن الوزير أن بعثة مالية موجودة في نقطة غويي الحدودية منذ 2 مارس 2025 لتقديم العون المالي والمادي للماليين الوافدين من موريتانيا، مشددا على أن العلاقات بين البلدين تستند إلى أسس راسخة من الصداقة والأخوة.
ودعا المواطنين إلى التزام الهدوء وعدم الانسياق وراء أي استفزاز، وحث وسائل الإعلام على بث الطمأنينة.
وأشار إلى أن زيارة أداها مؤخرا إلى موريتانيا موفدا من الرئيس عاصمي غويتا إلى الرئيس الموريتاني محمد ولد الشيخ الغزواني أثمرت إطلاق عملية خاصة لمنح الماليين بطاقات إقامة معفاة من الرسوم، وإقامة إطار دائم للتشاور بين السفارة المالية والوزارات الموريتانية المعنية.
""", [
    ev("mali-statement", "بيان صحفي أصدره الوزير اليوم 7 مارس 2025", MALI_STATEMENT, "'اليوم 7 مارس 2025' (a Friday)"),
    ev("mali-mission", "بعثة مالية موجودة في نقطة غويي الحدودية منذ 2 مارس 2025", FIRST_ARRIVALS, "'منذ 2 مارس 2025' = the mission's arrival on Sun 2 Mar 2025"),
    ev("media-reports", "التقارير الإعلامية الأخيرة حول أوضاع الماليين في موريتانيا", "2025-03-02", "'الأخيرة' = the reports of the days before the statement (mourassiloun: 'منذ عدة أيام'); my span 2-7 Mar 2025", end="2025-03-08"),
    ev("envoy-visit", "زيارة أداها مؤخرا إلى موريتانيا موفدا من الرئيس عاصمي غويتا", "2025-02-01", "'مؤخرا' = some time before Fri 7 Mar 2025; the day of the envoy's visit is not known to me; my span Feb - 6 Mar 2025", end=MALI_STATEMENT),
])
art(S, "http://sewt.info/node/16394",
    "2025-03-09", "page date line 'أحد, 03/09/2025 - 13:04' (kept; the weekday 'أحد' fits 9 Mar 2025, a Sunday, so the line is month/day/year, while 3 Sep 2025 was a Wednesday); the body's 'أمس السبت' for the Gogui unrest of Sat 8 Mar 2025 (AFP: 'samedi') agrees; headline kept from the page; the last, truncated sentence ('وأكدت موريتانيا الخميس الماضي ...') dropped", True, """
مرحّلون يحرقون عريشا تستخدمه الشرطة على الحدود مع مالي
أحد, 03/09/2025 - 13:04
أقدم عدد من المرحّلين الماليين أمس السبت على قطع الطريق الدولية التي تربط گوگي مالي بگوگي الزمال في ولاية الحوض الغربي.
وأضرم المرحّلون النار في عريش كان عناصر أمن الحدود الموريتانية يستعملونه لمراقبة السيارات والدراجات التي تحاول العبور بطرق غير شرعية دون المرور بنقطة التفتيش.
وذكرت مصادر صحفية أن المهاجرين المرحّلين أحرقوا العريش واستولوا على هواتف للشرطة، وهتفوا متهمين السلطات الموريتانية بمصادرة بعض أغراضهم وعدم ردها إليهم.
وكانت باصات موريتانية تنقل مهاجرين غير نظاميين إلى حدود بلدهم عند معبر كوكي، حيث يرابط نهارا عناصر من الدرك والشرطة والجمارك المالية، لكن المرحّلين احتجوا في المكان ورفضوا التوجه إلى الأراضي المالية، ثم قطعوا الطريق وأحرقوا عريش المراقبة.
وأضافت المصادر أن الدرك الموريتاني تدخل لاحتواء الموقف، ووصلت تعزيزات من الدرك قادمة من مدينة لعيون للمساعدة في السيطرة على الاحتجاجات.
وكانت السلطات الموريتانية قد شنت قبل أيام حملة اعتقالات شملت مئات المهاجرين غير النظاميين، وبدأت ترحيلهم إلى بلدانهم.
""", [
    ev("gogui-unrest", "أقدم عدد من المرحّلين الماليين أمس السبت على قطع الطريق الدولية", GOGUI, "'أمس السبت' from Sun 9 Mar 2025 = Sat 8 Mar 2025"),
    ev("police-hut-burned", "وأضرم المرحّلون النار في عريش", GOGUI, "no own expression; part of the unrest of Sat 8 Mar 2025"),
    ev("gendarmerie-intervention", "أن الدرك الموريتاني تدخل لاحتواء الموقف", GOGUI, "no own expression; the same Saturday 8 Mar 2025"),
    ev("arrest-campaign", "قد شنت قبل أيام حملة اعتقالات شملت مئات المهاجرين", "2025-03-01", "'قبل أيام' from Sun 9 Mar 2025; the arrests and deportations under way since the start of March 2025 (first arrivals at Gogui on 2 Mar); my span 1-8 Mar", end="2025-03-09"),
])
art(S, "https://africa25.info/index.php/ar/node/2497",
    "2025-03-10", "no date on the stored page; the headline's 'أول أمس' and the body's 'أول أمس السبت' for the Gogui unrest of Sat 8 Mar 2025 (sewt: 'أمس السبت' on Sun 9 Mar; AFP: 'samedi') give Mon 10 Mar 2025; the byline 'بواسطة admin1' dropped; headline kept from the page; no date of its own in the text", False, """
نتيجة أحداث أول أمس...استمرار إغلاق أكبر معبر حدودي بين موريتانيا ومالي
توقفت حركة العبور بين موريتانيا ومالي عبر معبر كوكي الزمال، الذي يمثل المنفذ الرئيسي للنقل البري والشحن بين البلدين، على إثر الأحداث التي شهدتها المنطقة أول أمس السبت.
وأفادت مصادر صحفية بأن نحو 50 باصا تنتظر على الجانب الموريتاني للعبور نحو الأراضي المالية، في حين تقف ما بين 20 و30 باصا على الجانب المالي كانت متجهة إلى موريتانيا.
وكان عدد من المرحّلين الماليين قد اقتحموا السبت الماضي نقطة تفتيش تابعة للشرطة الموريتانية قرب المعبر في ولاية الحوض الغربي، وأحرقوا عريشا كانت الشرطة تستخدمه نقطة للتفتيش، واستولوا على هواتف لعناصرها، وهتفوا متهمين السلطات الموريتانية بمصادرة بعض أمتعتهم وعدم إرجاعها.
وتدخلت قوة من الدرك الموريتاني لاحتواء الوضع والمساهمة في إخماد الاحتجاجات.
""", [
    ev("crossing-closed", "توقفت حركة العبور بين موريتانيا ومالي عبر معبر كوكي الزمال", GOGUI, "from the events of 'أول أمس السبت' (Sat 8 Mar 2025) to the report of Mon 10 Mar 2025; my span 8-10 Mar", end="2025-03-11"),
    ev("gogui-unrest", "قد اقتحموا السبت الماضي نقطة تفتيش تابعة للشرطة الموريتانية", GOGUI, "'السبت الماضي' from Mon 10 Mar 2025 = Sat 8 Mar 2025"),
    ev("police-hut-burned", "وأحرقوا عريشا كانت الشرطة تستخدمه", GOGUI, "no own expression; the same Saturday 8 Mar 2025"),
    ev("gendarmerie-intervention", "وتدخلت قوة من الدرك الموريتاني لاحتواء الوضع", GOGUI, "no own expression; the same Saturday 8 Mar 2025"),
])

# ---------------------------------------------------------------- lebanon-foreign-labour-plan-camp-protests-2019
S = "lebanon-foreign-labour-plan-camp-protests-2019"
PLAN = ("2019-06-03", "2019-06-11")        # the labour ministry's plan against illegal foreign labour, launched early June 2019 (my span; grace from 10 Jun)
GRACE = ("2019-06-10", "2019-07-10")       # the one-month grace period from Mon 10 Jun 2019
INSPECTIONS = ("2019-07-10", "2019-07-17") # the inspection campaign since Wed 10 Jul 2019, up to the reports of Tue 16 Jul
CAMPS_CLOSED = "2019-07-16"                # camp entrances closed with burning tyres, Tue 16 Jul 2019
STRIKE = ("2019-07-15", "2019-07-23")      # the general strike in the camps, day 1 Mon 15 Jul, day 8 Mon 22 Jul 2019
art(S, "https://elsiyasa.com/article/43770",
    "2019-07-16", "page stamp '16/07/2019 01:44PM' (kept; 16 Jul 2019 was a Tuesday); headline written from the body (the stored text has none); the last, truncated words dropped", True, """
أبو سليمان: خطة مكافحة اليد العاملة الأجنبية غير الشرعية لا تستهدف الفلسطينيين
16/07/2019 01:44PM
أكد وزير العمل كميل أبو سليمان أن خطة وزارته "لمكافحة اليد العاملة الأجنبية غير الشرعية" لا تستهدف الفلسطينيين، ولا صلة لها بصفقة القرن ولا بنظريات المؤامرة.
وأوضح أن الخطة أُعدّت منذ أشهر عدة في إطار تطبيق قانون العمل، مشددا على أنها لا تستهدف أحدا وأن القانون يسري على الجميع.
وكشف أن الوزارة سجلت 550 مخالفة لقانون العمل منذ الأربعاء الماضي، اثنتان منها فقط تخصان مؤسستين كبيرتين يملكهما فلسطينيون، معتبرا أن رد الفعل الفلسطيني غير مفهوم ولا مبرر له، على حد قوله.
وتساءل أبو سليمان: "هل هناك دولة في العالم تقبل بوجود عمال أجانب على أرضها من دون أن يحصلوا على إجازة عمل، سواء كانوا فلسطينيين أو سوريين؟".
وأشار إلى أنه أبلغ السفير الفلسطيني في لبنان استعداد الوزارة لمساعدة الفلسطينيين على نيل إجازات العمل، مذكّرا بأنهم يستطيعون الحصول عليها مجانا، ومتعهدا بعد ذلك بتسهيل معاملاتهم.
وختم بأن الوزارة ماضية في تطبيق القانون ولا نية للتراجع عنه.
وكان الفلسطينيون في لبنان قد نفذوا تحركات في مخيمات اللاجئين احتجاجا على قرارات الوزير، إذ أقفل المحتجون منذ الصباح المداخل الرئيسية للمخيمات في جنوب لبنان.
""", [
    ev("minister-statement", "أكد وزير العمل كميل أبو سليمان أن خطة وزارته", CAMPS_CLOSED, "no own expression; the minister's statement of Tue 16 Jul 2019 (page stamp)"),
    ev("inspection-campaign", "سجلت 550 مخالفة لقانون العمل منذ الأربعاء الماضي", INSPECTIONS[0], "'منذ الأربعاء الماضي' from Tue 16 Jul 2019 = since Wed 10 Jul 2019, up to the statement", end=INSPECTIONS[1]),
    ev("ambassador-informed", "أبلغ السفير الفلسطيني في لبنان استعداد الوزارة", "2019-07-10", "no own expression; before the statement of Tue 16 Jul 2019, after the protests began; my span 10-16 Jul", end=INSPECTIONS[1]),
    ev("camp-entrances-closed", "أقفل المحتجون منذ الصباح المداخل الرئيسية للمخيمات في جنوب لبنان", CAMPS_CLOSED, "'منذ الصباح' of Tue 16 Jul 2019"),
])
art(S, "https://eldiwan.org/%d8%a7%d8%b9%d8%aa%d8%b5%d8%a7%d9%85%d8%a7%d8%aa-%d9%81%d9%8a-%d9%85%d8%ae%d9%8a%d9%85%d8%a7%d8%aa-%d9%81%d9%84%d8%b3%d8%b7%d9%8a%d9%86%d9%8a%d8%a9-%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac%d8%a7%d9%8b",
    "2019-07-16", "no date on the stored page; the body's 'اليوم الثلاثاء' and 'منذ ساعات فجر الثلاثاء' for the closures of the camp entrances, dated Tue 16 Jul 2019 by elsiyasa ('16/07/2019', 'منذ الصباح') and by tawhidarabi's URL '/2019/07/16/', give Tue 16 Jul 2019; headline kept from the page; the last, truncated clause dropped; no date of its own in the text", False, """
اعتصامات في مخيمات فلسطينية احتجاجاً على خطة لبنانية لمكافحة العمالة غير الشرعية
نفذ عدد من سكان المخيمات الفلسطينية في لبنان اليوم الثلاثاء اعتصامات رفضا لخطة مكافحة العمالة غير الشرعية التي أطلقتها وزارة العمل اللبنانية وشملت العمال الفلسطينيين.
وذكرت «الوكالة الوطنية للإعلام» اللبنانية الرسمية أن أهالي مخيمي عين الحلوة والمية ومية في مدينة صيدا (جنوب لبنان) وشبانهما أقفلوا مداخل المخيمين بالإطارات المشتعلة منذ ساعات فجر الثلاثاء، احتجاجا على قرارات وزارة العمل.
وأغلق لاجئون فلسطينيون منذ صباح اليوم مداخل مخيمات البص والبرج الشمالي والرشيدية في مدينة صور جنوب لبنان بالإطارات المشتعلة للسبب نفسه.
كما اعتصم عدد من سكان مخيم الجليل في بعلبك شرق لبنان عند مدخل المخيم، وقطعوا الطريق المؤدية إليه، ورفعوا شعارات تطالب وزير العمل كميل أبو سليمان بالتراجع عن قراراته التي تحرم الفلسطينيين من حق العمل.
وكانت وزارة العمل اللبنانية قد أطلقت خطة لمكافحة العمالة غير الشرعية، ومنحت المخالفين مهلة شهر لتسوية أوضاعهم بدأت من 10 حزيران/ يونيو الماضي.
""", [
    ev("camp-sit-ins", "نفذ عدد من سكان المخيمات الفلسطينية في لبنان اليوم الثلاثاء اعتصامات", CAMPS_CLOSED, "'اليوم الثلاثاء' = Tue 16 Jul 2019"),
    ev("camp-entrances-closed", "أقفلوا مداخل المخيمين بالإطارات المشتعلة منذ ساعات فجر الثلاثاء", CAMPS_CLOSED, "'منذ ساعات فجر الثلاثاء' = the early hours of Tue 16 Jul 2019"),
    ev("tyre-camps-closed", "منذ صباح اليوم مداخل مخيمات البص والبرج الشمالي والرشيدية", CAMPS_CLOSED, "'منذ صباح اليوم' = Tue 16 Jul 2019"),
    ev("labour-plan", "قد أطلقت خطة لمكافحة العمالة غير الشرعية", PLAN[0], "no own expression; the plan launched in early June 2019 with a month's grace from 10 Jun; my span 3-10 Jun", end=PLAN[1]),
    ev("grace-period", "مهلة شهر لتسوية أوضاعهم بدأت من 10 حزيران/ يونيو الماضي", GRACE[0], "'مهلة شهر ... بدأت من 10 حزيران/ يونيو الماضي' = Mon 10 Jun - Tue 9 Jul 2019", end=GRACE[1]),
])
art(S, "https://arabic.tawhidarabi.org/2019/07/16/%d8%a5%d9%82%d9%81%d8%a7%d9%84-%d9%85%d8%af%d8%a7%d8%ae%d9%84-%d8%b9%d9%8a%d9%86-%d8%a7%d9%84%d8%ad%d9%84%d9%88%d8%a9-%d9%88%d8%a7%d9%84%d9%85%d9%8a%d8%a9-%d9%88%d9%85%d9%8a%d8%a9-%d8%a8%d8%a7%d9%84",
    "2019-07-16", "date in the URL '/2019/07/16/' (16 Jul 2019 was a Tuesday); headline rendered from the URL slug (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
إقفال مداخل عين الحلوة والمية ومية بالإطارات المشتعلة احتجاجا على قرارات وزارة العمل
أغلق أهالي مخيمي عين الحلوة والمية ومية في صيدا وشبانهما مداخل المخيمين بالإطارات المشتعلة منذ ساعات الفجر الأولى، رفضا لقرارات وزارة العمل.
وكان وزير العمل كميل أبو سليمان قد أصدر قرارا يمنع تشغيل اليد العاملة الأجنبية إلا بإجازة عمل وفي مهن لا يمارسها اللبنانيون، وأطلق حملة منظمة تنفذ بمساعدة البلديات في كل المناطق لتطبيقه، ولا سيما على العمال السوريين.
غير أن الفلسطينيين اعترضوا على شمول الإجراء العمال الفلسطينيين المقيمين في لبنان، خصوصا أن عشرات الآلاف منهم وُلدوا فيه ويقيمون على أرضه، وكلهم مسجلون رسميا لدى الجهات اللبنانية والدولية المختصة، وقد انضمت قوى لبنانية إلى حملة الاعتراض.
وأصدرت شخصيات فلسطينية بيانا ناشدت فيه الرؤساء الثلاثة ميشال عون ونبيه بري وسعد الحريري إلغاء القرار "باسم العقل والمصلحة المشتركة" بمرسوم وقانون، كي لا يتكرر مرة أخرى مع أي وزير في بلد مثقل بالأزمات.
ولفت هؤلاء إلى أن فرض إجازة العمل على العامل الفلسطيني عبء كبير لا طاقة له به، وأنه أُعفي منه سابقا بقرار مجلس وزراء عام 2010، متسائلين عن سبب إعادة فرضه اليوم بحجة مكافحة العمالة الأجنبية.
""", [
    ev("camp-entrances-closed", "مداخل المخيمين بالإطارات المشتعلة منذ ساعات الفجر الأولى", CAMPS_CLOSED, "'منذ ساعات الفجر الأولى' of the day of the report, Tue 16 Jul 2019"),
    ev("labour-plan", "قد أصدر قرارا يمنع تشغيل اليد العاملة الأجنبية إلا بإجازة عمل", PLAN[0], "no own expression; the plan of early June 2019 (grace from 10 Jun, eldiwan); my span 3-10 Jun", end=PLAN[1]),
    ev("inspection-campaign", "وأطلق حملة منظمة تنفذ بمساعدة البلديات", INSPECTIONS[0], "no own expression; the enforcement campaign after the grace period, since Wed 10 Jul 2019 (elsiyasa: 'منذ الأربعاء الماضي'); my span 10-16 Jul", end=INSPECTIONS[1]),
    ev("personalities-statement", "وأصدرت شخصيات فلسطينية بيانا ناشدت فيه الرؤساء الثلاثة", "2019-07-14", "no own expression; an appeal of the days before the report of Tue 16 Jul 2019; my span 14-16 Jul", end="2019-07-17"),
    ev("exemption-2010", "أُعفي منه سابقا بقرار مجلس وزراء عام 2010", "2010-01-01", "'عام 2010' = the whole of 2010", end="2011-01-01"),
])
art(S, "http://laji-net.net/portal/ar-LB/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/3/c/%D9%84%D9%84%D9%8A%D9%88%D9%85-%D8%A7%D9%84%D8%AB%D8%A7%D9%85%D9%86-%D8%A7%D9%84%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D8%A5%D8%B9%D8%AA%D8%B5%D8%A7%D9%85%D8%A7%D8%AA-%D8%AA%D8%AA%D9%88%D8%A7%D8%B5%D9%84-%D8%AF%D8%A7%D8%AE%D9%84-%D8%A7%D9%84%D9%85%D8%AE%D9%8A%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D8%A9/58481",
    "2019-07-22", "page date line 'الإثنين، 22 تموز، 2019' (kept; 22 Jul 2019 was a Monday); headline kept from the page; the last, truncated sentence (Beirut) dropped", True, """
لليوم الثامن.. الإضرابات والاعتصامات تتواصل داخل المخيمات الفلسطينية
الإثنين، 22 تموز، 2019
يتواصل لليوم الثامن على التوالي الإضراب الشامل والإقفال التام في المخيمات الفلسطينية في لبنان، رفضا لقرار وزير العمل اللبناني كميل أبو سليمان بحق المؤسسات والعمال الفلسطينيين.
وفي هذا الإطار، سيّر مئات اللاجئين مسيرات حاشدة داخل المخيمات، مؤكدين شرعية تحركاتهم السلمية ومواصلتها إلى أن يتراجع وزير العمل عن قراره.
ولوحظ للمرة الأولى انضمام عدد من اللبنانيين إلى الاعتصامات داخل المخيم؛ ففي مخيم عين الحلوة تواصلت التظاهرات الغاضبة وبقيت المداخل الرئيسية مغلقة ومُنع الدخول والخروج، في حين سُمح للطلاب الفلسطينيين المتقدمين إلى الدورة الثانية من شهادة "البريفية" بالخروج لأداء امتحاناتهم الرسمية.
وشهدت مخيمات صور، البرج الشمالي والبص والرشيدية وتجمع القاسمية، تظاهرات مماثلة شارك فيها مئات اللاجئين الفلسطينيين.
وفي تجمع المعشوق جنوب لبنان، شارك عشرات اللبنانيين في المسيرات دعما للشعب الفلسطيني ورفضا لقرار وزير العمل، مطالبين الوزير أبو سليمان بالعودة عن قراره أو باستثناء اللاجئ الفلسطيني من قانون العمل الذي وصفوه بالجائر.
""", [
    ev("camps-general-strike", "يتواصل لليوم الثامن على التوالي الإضراب الشامل والإقفال التام", STRIKE[0], "'لليوم الثامن على التوالي' on Mon 22 Jul 2019 = since Mon 15 Jul 2019", end=STRIKE[1]),
    ev("camp-marches", "سيّر مئات اللاجئين مسيرات حاشدة داخل المخيمات", "2019-07-22", "no own expression; the marches of the day of the report, Mon 22 Jul 2019"),
    ev("brevet-exams", "سُمح للطلاب الفلسطينيين المتقدمين إلى الدورة الثانية من شهادة \"البريفية\"", "2019-07-22", "no own expression; the students let out on the day of the report, Mon 22 Jul 2019"),
    ev("lebanese-join", "انضمام عدد من اللبنانيين إلى الاعتصامات داخل المخيم", "2019-07-22", "'للمرة الأولى' on the day of the report, Mon 22 Jul 2019"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 333
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
