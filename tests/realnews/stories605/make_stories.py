"""Builds stories.jsonl: the 605-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: police operations against armed gangs or wanted men
(raids, shoot-outs, arrests) in Arab countries, with the interior ministry's statements.
Stories: the attack on a road-security patrol at Maarat al-Numan and the capture of the cell behind it
(Idlib, Syria, December 2025), and the interior-ministry raid on an armed cell in Hay al-Andalus
(Tripoli, Libya, September 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-maarat-al-numan-patrol-attack-cell-arrests-2025
S = "syria-maarat-al-numan-patrol-attack-cell-arrests-2025"
ATTACK = "2025-12-14"                      # the road-security patrol was attacked on Sun 14 Dec 2025 (evening)
PALMYRA = "2025-12-13"                     # the attack on the joint Syrian-US delegation at Palmyra, Sat 13 Dec 2025
IS_CLAIM = "2025-12-15"                    # IS (Amaq) claimed the attack on Mon 15 Dec 2025
ARREST_ANN = "2025-12-16"                  # the capture of the cell announced on Tue 16 Dec 2025
RAID = ("2025-12-14", "2025-12-17")        # the two operations against the cell: after the attack, by the announcement
art(S, "https://www.albayan.ae/news/middle-east/syria/995467",
    "2025-12-14", "the stored page's time stamp 2025-12-14 (Sun 14 Dec 2025); the body's 'الأحد' for the attack agrees; headline written from the body (the stored text has none)", True, """
مقتل أربعة من عناصر الأمن الداخلي السوري في هجوم بريف إدلب
أقدم مسلحون الأحد على قتل أربعة من أفراد قوى الأمن الداخلي السوري في ريف إدلب، وفق ما أفادت به وزارة الداخلية ووسائل الإعلام الرسمية.
وأفادت الوزارة في بيان بسقوط أربعة قتلى من عناصر إدارة أمن الطرق التابعة لها وجرح عنصر خامس، بعدما استُهدفت إحدى الدوريات خلال أدائها مهامها على طريق معرّة النعمان في جنوب محافظة إدلب.
ونقلت وكالة "سانا" الرسمية أن مسلحين فتحوا النار على رجال الأمن.
ولم يكشف أي من المصدرين هوية المهاجمين.
ويأتي هجوم الأحد غداة استهداف وفد عسكري مشترك في تدمر بوسط سوريا، أودى بحياة ثلاثة أميركيين هم جنديان ومدني يعمل مترجما، وأوقع إصابات في صفوف القوات الأميركية والسورية، بحسب واشنطن ودمشق.
وأعلنت القيادة المركزية الأميركية (سنتكوم) أن منفذ الهجوم قُتل وأن ثلاثة جنود آخرين أصيبوا.
""", [
    ev("patrol-attack", "أقدم مسلحون الأحد على قتل أربعة من أفراد قوى الأمن الداخلي", ATTACK, "'الأحد' in a report of Sun 14 Dec 2025 = Sun 14 Dec"),
    ev("interior-statement-four-killed", "وأفادت الوزارة في بيان بسقوط أربعة قتلى", ATTACK, "no own expression; the ministry's statement of the evening of Sun 14 Dec 2025 (shorouknews of Mon 15: the attack 'مساء أمس'; LBC: 'الأحد')"),
    ev("palmyra-attack", "استهداف وفد عسكري مشترك في تدمر", PALMYRA, "'غداة' before Sun 14 Dec 2025 = Sat 13 Dec"),
    ev("palmyra-attacker-killed", "أن منفذ الهجوم قُتل", PALMYRA, "no own expression; the Palmyra attacker was killed during the attack of Sat 13 Dec 2025"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=15122025&id=e8782911-343c-464f-8946-1b83a90329f1",
    "2025-12-15", "the stored page's time stamp 2025-12-15 and the URL's cdate=15122025 (Mon 15 Dec 2025); the body's 'يوم أمس' and 'ومساء أمس' for the attack of Sun 14 Dec agree; headline written from the body (the stored text has none)", True, """
داعش يتبنى الهجوم على دورية أمن الطرق في معرة النعمان
تبنى تنظيم «داعش» الإرهابي الهجوم الذي طال دورية تتبع قوات الأمن الحكومية السورية على طريق معرة النعمان في محافظة إدلب، يوم أمس.
ومساء أمس، وقعت دورية لأمن الطرق في كمين مسلح بمنطقة معرة النعمان جنوبي الجسر الجنوبي، على مقربة من مغسلة الدرويش.
ووفق ما أورده موقع المرصد السوري لحقوق الإنسان، خلّف الهجوم أربعة قتلى من العناصر إلى جانب عدد من المصابين.
وأعلنت وزارة الداخلية السورية في بيان عبر تطبيق «تلجرام» مقتل أربعة من أفراد إدارة أمن الطرق التابعة لها وإصابة عنصر خامس، جراء استهداف تعرضت له إحدى الدوريات خلال قيامها بمهامها على طريق معرّة النعمان جنوبي محافظة إدلب.
وذكرت الوزارة أن الوحدات الأمنية المختصة نفذت عمليات تمشيط مكثفة في المنطقة لتعقب المتورطين في الهجوم.
""", [
    ev("is-claim", "تبنى تنظيم «داعش» الإرهابي الهجوم", IS_CLAIM, "no own expression; the claim was reported on the day of this article, Mon 15 Dec 2025 (abna24 of Tue 16: Amaq said 'أمس الإثنين'; baladi-news: 'ويوم الاثنين')"),
    ev("patrol-attack", "ومساء أمس، وقعت دورية لأمن الطرق في كمين مسلح", ATTACK, "'مساء أمس' in an article of Mon 15 Dec 2025 = the evening of Sun 14 Dec"),
    ev("interior-statement-four-killed", "وأعلنت وزارة الداخلية السورية في بيان عبر تطبيق «تلجرام»", ATTACK, "no own expression; the ministry's statement of the evening of Sun 14 Dec 2025 (arab48: 'مساء الأحد')"),
    ev("sweep-operations", "نفذت عمليات تمشيط مكثفة في المنطقة", ATTACK, "no own expression; the sweeps announced in the statement of Sun 14 Dec 2025 ('تجري حاليا' in the statement as quoted by arab48)"),
])
art(S, "https://baladi-news.com/ar/articles/96934/%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%8A%D9%88%D9%82%D9%81-%D8%AE%D9%84%D9%8A%D8%A9-%D9%85%D8%AA%D9%88%D8%B1%D8%B7%D8%A9-%D8%A8%D9%87%D8%AC%D9%85%D8%A7%D8%AA-%D8%B9%D9%84%D9%89-%D8%AF%D9%88%D8%B1%D9%8A%D8%A7%D8%AA-%D8%A5%D8%AF%D9%84%D8%A8-%D9%88%D8%AD%D9%84%D8%A8",
    "2025-12-16", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the security source's announcement of the arrest, which shorouknews (time stamp 2025-12-16) reports on Tue 16 Dec 2025 with 'أول أمس (الأحد)' for the attack; the body's 'أول أمس' (the attack of Sun 14) and 'ويوم الاثنين' (the IS claim) agree; headline rendered from the URL slug", False, """
الأمن السوري يوقف خلية متورطة بهجمات على دوريات في إدلب وحلب
كشف مصدر أمني سوري، اليوم الثلاثاء، عن توقيف خلية إجرامية ضالعة في هجمات طالت دوريات أمن الطرق وسيارات رسمية في محافظتي إدلب وحلب.
وبيّن المصدر في حديث لوكالة سانا الرسمية أن الخلية هاجمت دورية لأمن الطرق على طريق دمشق–حلب أول أمس، فقتلت أربعة عناصر، وأنها تقف أيضا وراء استهداف سيارة للضابطة الجمركية في ريف حلب الجنوبي بتاريخ 3 من الشهر الجاري، ما أسفر عن مقتل عنصرين.
ويوم الاثنين، أعلن تنظيم "داعش" مسؤوليته عن الهجوم على الدورية في طريق مدينة معرة النعمان جنوبي إدلب، وفق وكالة "أعماق" الإلكترونية القريبة منه، مؤكدا سقوط أربعة قتلى من قوى الأمن الداخلي وجريح آخر، وتضرر آليتهم.
وكان التنظيم قد شن هجمات عدة في إدلب خلال ديسمبر، بينها قتل مسؤول قضائي في بلدة دير حسان بعبوة لاصقة زُرعت في سيارته، وقتل عنصرين من الضابطة الجمركية في كمين نُصب لدوريتهم في ريف حلب الجنوبي.
وتندرج عمليات توقيف الخلية في إطار الإجراءات الأمنية المستمرة التي تنفذها الأجهزة السورية لملاحقة المسؤولين عن الهجمات الإرهابية وتأمين الطرق والمناطق الحيوية.
""", [
    ev("cell-arrest-announced", "كشف مصدر أمني سوري، اليوم الثلاثاء، عن توقيف خلية إجرامية", ARREST_ANN, "'اليوم الثلاثاء' = Tue 16 Dec 2025"),
    ev("patrol-attack", "هاجمت دورية لأمن الطرق على طريق دمشق–حلب أول أمس", ATTACK, "'أول أمس' from Tue 16 Dec 2025 = Sun 14 Dec"),
    ev("customs-car-attack", "استهداف سيارة للضابطة الجمركية في ريف حلب الجنوبي بتاريخ 3 من الشهر الجاري", "2025-12-03", "'3 من الشهر الجاري' in December 2025 = Wed 3 Dec 2025"),
    ev("is-claim", "ويوم الاثنين، أعلن تنظيم \"داعش\" مسؤوليته", IS_CLAIM, "'يوم الاثنين' before Tue 16 Dec 2025 = Mon 15 Dec"),
    ev("cell-raid", "تندرج عمليات توقيف الخلية", RAID[0], "no own expression; the operations that caught the cell, after the attack of Sun 14 Dec and before the announcement of Tue 16 Dec 2025 (my span 14-16 Dec)", end=RAID[1]),
])
art(S, "https://www.lbcgroup.tv/news/world/895249/%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D9%85%D9%82%D8%AA%D9%84-%D8%B4%D8%AE%D8%B5-%D9%88%D8%A7%D8%B9%D8%AA%D9%82%D8%A7%D9%84-%D8%AB%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D8%A8%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%A3%D9%85%D9%86%D9%8A%D8%A9-%D8%B6%D8%AF-%D8%AE%D9%84%D9%8A%D8%A9-%D9%84%D8%AA%D9%86/ar",
    "2025-12-16", "the stored page's time stamp 2025-12-16 (Tue 16 Dec 2025); the body's 'الثلاثاء' for the ministry's announcement agrees; headline kept from the page", True, """
الداخلية السورية تعلن مقتل شخص واعتقال ثمانية بعملية أمنية ضد خلية لتنظيم الدولة الإسلامية
أفادت السلطات السورية الثلاثاء بأن قواتها قضت على زعيم خلية تابعة لتنظيم الدولة الإسلامية وأوقفت ثمانية من أفرادها، وذلك إثر الهجوم الدامي الذي طال الأحد قوات الأمن في شمال البلاد.
وذكرت الوزارة في بيان أن العملية استهدفت موقعا لخلية تتبع تنظيم داعش، وانتهت بتوقيف أفراد الخلية الثمانية جميعا، فيما حُيّد العنصر التاسع، وهو متزعم الخلية، خلال المداهمة.
وأشارت الوزارة إلى عملية أمنية ثانية استندت إلى المعلومات المستقاة من الأولى، وقالت إن العمليتين أسفرتا عن مصادرة أحزمة ناسفة وكواتم صوت وصواريخ من نوع ميم-دال وأسلحة رشاشة.
وأكدت الداخلية أن المجموعة المستهدفة تتحمل مسؤولية عدد من الهجمات الإرهابية على دوريات أمنية وعسكرية في محافظتي إدلب وحلب.
وتأتي هذه العملية عقب هجوم شُن الأحد على دورية لإدارة أمن الطرق في ريف إدلب، أودى بحياة أربعة من عناصر قوى الأمن الداخلي وأصاب خامسا، وفق وزارة الداخلية السورية.
""", [
    ev("cell-arrest-announced", "أفادت السلطات السورية الثلاثاء بأن قواتها قضت على زعيم خلية", ARREST_ANN, "'الثلاثاء' in an article of Tue 16 Dec 2025 = Tue 16 Dec"),
    ev("cell-raid", "حُيّد العنصر التاسع، وهو متزعم الخلية، خلال المداهمة", RAID[0], "no own expression; the raid came after the attack of Sun 14 Dec and before the announcement of Tue 16 Dec 2025 (my span 14-16 Dec)", end=RAID[1]),
    ev("second-operation", "عملية أمنية ثانية استندت إلى المعلومات المستقاة من الأولى", RAID[0], "no own expression; the follow-up operation, also before the announcement of Tue 16 Dec 2025 (my span 14-16 Dec)", end=RAID[1]),
    ev("patrol-attack", "عقب هجوم شُن الأحد على دورية لإدارة أمن الطرق", ATTACK, "'الأحد' before Tue 16 Dec 2025 = Sun 14 Dec"),
])

# ---------------------------------------------------------------- libya-tripoli-hay-al-andalus-cell-raid-2025
S = "libya-tripoli-hay-al-andalus-cell-raid-2025"
RAID_LY = "2025-09-10"                     # the interior-ministry force raided the house in Hay al-Andalus on Wed 10 Sep 2025 (morning)
CALL = ("2025-09-10", "2025-09-12")        # the ministry's call to report suspicious houses, on Wed 10 or Thu 11 Sep
art(S, "https://africarumours.com/archives/6331",
    "2025-09-10", "no date on the stored page and no date of its own in the text; the report was prepared before any official comment ('حتى لحظة إعداد هذا التقرير'), while the military prosecutor's statement came on the evening of Wed 10 Sep 2025 (webmanagercenter of Thu 11: 'مساء أمس الأربعاء'), i.e. on the day of the raid (eremnews of Thu 11: 'أمس الأربعاء'); headline written from the body (the stored text has none)", False, """
عملية أمنية في حي الأندلس بطرابلس قرب منزل الدبيبة
شهد حي الأندلس في العاصمة الليبية طرابلس عملية أمنية نوعية نفذتها قوة من جهاز الأمن العام، واستهدفت ما سمته مصادر محلية "وكرا إرهابيا" يقع قرب منزل عبد الحميد الدبيبة، رئيس حكومة "الوحدة الوطنية" المنتهية ولايتها.
وخلّفت العملية قتيلين من رجال الأمن، وعددا غير معلوم من القتلى والأسرى في صفوف المجموعة المستهدفة، كما ضُبطت كميات من المتفجرات والأسلحة، بحسب ما نقلته وسائل إعلام ليبية عن مصادر في وزارة الداخلية.
وأشارت تقارير محلية إلى جرح ثلاثة أشخاص في تبادل إطلاق النار خلال المداهمة، التي أشاعت توترا أمنيا في محيط الحي، في ظل غياب أي تعليق رسمي من حكومة "الوحدة" أو أجهزتها الأمنية حتى لحظة إعداد هذا التقرير.
وتقع هذه الحادثة في سياق تصاعد الخلاف بين الأجهزة الأمنية في طرابلس، ولا سيما بين جهاز الأمن العام وجهاز الشرطة القضائية، الذي يعيش بدوره نزاعا قانونيا على رئاسته بعدما ألغت محكمة استئناف طرابلس قرار إقالة رئيسه صبري هدية، ووصفت قرار الدبيبة بأنه "باطل ومنعدم".
""", [
    ev("andalus-raid", "عملية أمنية نوعية نفذتها قوة من جهاز الأمن العام", RAID_LY, "no own expression; the raid of Wed 10 Sep 2025 (eremnews of Thu 11: 'أمس الأربعاء'; ammanalyoum: 'صباح الأربعاء')"),
    ev("two-officers-killed", "وخلّفت العملية قتيلين من رجال الأمن", RAID_LY, "no own expression; killed in the raid of Wed 10 Sep 2025"),
    ev("three-wounded", "جرح ثلاثة أشخاص في تبادل إطلاق النار", RAID_LY, "no own expression; wounded in the exchange of fire during the raid of Wed 10 Sep 2025"),
])
art(S, "https://www.eremnews.com/news/arab-world/k2xodme",
    "2025-09-11", "the stored page's time stamp 2025-09-11 (Thu 11 Sep 2025); the body's 'اليوم الخميس' and 'أمس الأربعاء' agree; headline written from the body (the stored text has none); the truncated last sentence kept only up to the date", True, """
مصدر أمني يكشف تفاصيل مداهمة قرب منزل الدبيبة في طرابلس
أماط مصدر أمني مطلع في العاصمة الليبية طرابلس، اليوم الخميس، اللثام عن تفاصيل مداهمة أمنية نُفذت أمس الأربعاء، وقُتل فيها عدة أشخاص على مقربة من منزل عبد الحميد الدبيبة، رئيس حكومة الوحدة الوطنية المؤقتة، في أجواء استنفار أمني وعسكري بالعاصمة.
وأوضح المصدر، الذي طلب عدم ذكر اسمه، لـ"إرم نيوز" أن وزارة الداخلية تلقت معلومات عن مجموعة من العناصر الإرهابية تجتمع في مكان بحي الأندلس في العاصمة، فتحركت قوة أمنية نحو ذلك المنزل.
وأضاف أن تبادلا لإطلاق النار وقع خلال المداهمة، فقُتل عنصرا أمن وأفراد من المجموعة الإرهابية، وجُرح آخرون من الطرفين.
وأشار إلى أن المجموعة كانت تعد لعمليات ربما تشمل اغتيالات سياسية في طرابلس، وهو ما حمل القوات على التحرك سريعا.
وعادت قضية رئاسة جهاز الشرطة القضائية لتتصدر المشهد، إذ يرفض رئيسه صبري هدية قرار الدبيبة بإقالته وتعيين نائب وزير العدل علي الشطيوي، الملقب "السرعة"، مكانه.
وتعيش ليبيا منذ سنوات أزمة سياسية وأمنية منذ انهيار الانتخابات العامة في 24 ديسمبر/كانون الأول 2021.
""", [
    ev("source-details", "أماط مصدر أمني مطلع في العاصمة الليبية طرابلس، اليوم الخميس", "2025-09-11", "'اليوم الخميس' = Thu 11 Sep 2025"),
    ev("andalus-raid", "مداهمة أمنية نُفذت أمس الأربعاء", RAID_LY, "'أمس الأربعاء' from Thu 11 Sep 2025 = Wed 10 Sep"),
    ev("two-officers-killed", "فقُتل عنصرا أمن وأفراد من المجموعة الإرهابية", RAID_LY, "no own expression; killed in the raid of Wed 10 Sep 2025"),
    ev("elections-collapse", "انهيار الانتخابات العامة في 24 ديسمبر/كانون الأول 2021", "2021-12-24", "'24 ديسمبر/كانون الأول 2021' = Fri 24 Dec 2021"),
])
art(S, "https://ar.webmanagercenter.com/2025/09/11/407507/%D8%B9%D8%A7%D8%AC%D9%84-%D9%85%D8%B5%D8%B1%D8%B9-%D8%B9%D9%86%D8%B5%D8%B1%D9%8A%D9%86-%D8%A3%D9%85%D9%86%D9%8A%D9%8A%D9%86-%D9%88%D8%AB%D9%84%D8%A7%D8%AB%D8%A9-%D9%85%D8%B3%D9%84%D8%AD%D9%8A%D9%86/",
    "2025-09-11", "the stored page's time stamp 2025-09-11 and the URL's 2025/09/11 (Thu 11 Sep 2025); the body's 'مساء أمس الأربعاء' agrees; headline rendered from the URL slug without its 'عاجل'; the truncated last sentence completed only as far as the excerpt goes", True, """
مصرع عنصرين أمنيين وثلاثة مسلحين في طرابلس
أعلن مكتب المدعي العام العسكري في ليبيا، مساء أمس الأربعاء، أن اشتباكات في العاصمة طرابلس أودت بحياة عنصرين من قوات الأمن وثلاثة مسلحين.
ونقلت وكالة الأنباء الليبية عن المكتب أن قوة تابعة لوزارة الداخلية اقتحمت منزلا في أحد أحياء العاصمة كانت تتحصن فيه خلية مسلحة، فاندلعت اشتباكات قُتل فيها ثلاثة من أفراد الخلية وأُوقف اثنان آخران وأصيب ثالث، بينما لقي عنصران من منتسبي وزارة الداخلية حتفهما في المواجهة.
وأضاف المكتب أن التحقيقات الأولية بينت أن الخلية، التي عُثر بحوزتها على أسلحة وذخائر متنوعة، كانت تعد "لتنفيذ أعمال عدائية تستهدف القوات الحكومية وكذلك بعض المسؤولين رفيعي المستوى المقيمين في المنطقة".
وبعدما أوضح مكتب المدعي العام العسكري أن التحقيقات مستمرة لجلاء ملابسات الحادثة، شدد على أن أفعال عناصر الخلية جرائم جسيمة يعاقب عليها القانون، وأن كل الإجراءات القانونية اللازمة ستُتخذ في هذا الشأن.
وإثر الحادث، حثت وزارة الداخلية في حكومة الوحدة الوطنية المواطنين والمقيمين على الإبلاغ عن أي أماكن أو منازل مريبة يستغلها أشخاص خارجون عن القانون.
""", [
    ev("prosecutor-statement", "أعلن مكتب المدعي العام العسكري في ليبيا، مساء أمس الأربعاء", RAID_LY, "'مساء أمس الأربعاء' in an article of Thu 11 Sep 2025 = the evening of Wed 10 Sep"),
    ev("andalus-raid", "اقتحمت منزلا في أحد أحياء العاصمة", RAID_LY, "no own expression; the raid of Wed 10 Sep 2025 (eremnews: 'أمس الأربعاء')"),
    ev("two-officers-killed", "لقي عنصران من منتسبي وزارة الداخلية حتفهما في المواجهة", RAID_LY, "no own expression; killed in the raid of Wed 10 Sep 2025"),
    ev("interior-call-to-report", "حثت وزارة الداخلية في حكومة الوحدة الوطنية المواطنين والمقيمين", CALL[0], "no own expression; the call followed the raid of Wed 10 Sep and was reported on Thu 11 Sep 2025 (my span 10-11 Sep)", end=CALL[1]),
])
art(S, "https://www.albayan.ae/news/middle-east/other-countries/498266",
    "2025-09-13", "the stored page's time stamp 2025-09-13 (Sat 13 Sep 2025); no date of its own in the text; headline written from the body (the stored text has none); the truncated last sentence (the ministry's notice) shortened to what the excerpt gives", True, """
عودة نذر الإرهاب إلى غرب ليبيا بعد اشتباك حي الأندلس
عادت نذر الإرهاب لتظهر مجددا في غرب ليبيا، إذ أعلن مكتب المدعي العام العسكري التابع لوزارة الدفاع في حكومة الوحدة الوطنية أنه باشر التحقيق في ضبط خلية مسلحة كانت متحصنة في منزل بحي الأندلس في طرابلس، حين اندلعت اشتباكات مع قوة تابعة لوزارة الداخلية قُتل فيها 3 من أفراد الخلية وأُوقف عنصران ونُقل مصاب إلى المستشفى، وقُتل اثنان من عناصر الوزارة.
وبحسب التحقيقات الأولية، تضم الخلية محكومين ونزلاء سابقين في السجون، بينهم عناصر على صلة بتنظيم داعش الإرهابي في مدينة درنة شرقي البلاد، وكانت تخطط لأعمال عدائية ضد القوات الحكومية ومسؤولين بارزين.
وشدد مكتب المدعي العام العسكري على أن ما اقترفته الخلية جرائم خطيرة، مؤكدا أن التحقيقات متواصلة وأن جميع الإجراءات القانونية اللازمة ستُتخذ.
وأعاد الإعلان عن المواجهة بين القوات الحكومية والخلية الإرهابية فتح النقاش حول مخاطر الإرهاب والجماعات المسلحة الخارجة عن القانون التي فرت من ضربات الجيش الوطني في شرق البلاد وجنوبها ووسطها نحو مدن الساحل الغربي والعاصمة طرابلس.
وأصدرت وزارة الداخلية في حكومة الوحدة الوطنية تنبيها موجها إلى الليبيين والمقيمين.
""", [
    ev("prosecutor-statement", "أعلن مكتب المدعي العام العسكري التابع لوزارة الدفاع", RAID_LY, "no own expression; the prosecutor's statement of the evening of Wed 10 Sep 2025 (webmanagercenter of Thu 11: 'مساء أمس الأربعاء')"),
    ev("andalus-raid", "حين اندلعت اشتباكات مع قوة تابعة لوزارة الداخلية", RAID_LY, "no own expression; the raid of Wed 10 Sep 2025 (eremnews: 'أمس الأربعاء')"),
    ev("two-officers-killed", "وقُتل اثنان من عناصر الوزارة", RAID_LY, "no own expression; killed in the raid of Wed 10 Sep 2025"),
    ev("interior-call-to-report", "وأصدرت وزارة الداخلية في حكومة الوحدة الوطنية تنبيها", CALL[0], "no own expression; the notice that followed the raid of Wed 10 Sep, reported on Thu 11 Sep 2025 (my span 10-11 Sep)", end=CALL[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 605)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
