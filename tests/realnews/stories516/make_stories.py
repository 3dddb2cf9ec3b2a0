"""Builds stories.jsonl: the 516-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: border crossings opened, closed or reopened (land
crossings between countries: announcements, dates of opening, first travellers).
Stories: the inauguration of the Tindouf land crossing between Algeria and Mauritania (August 2018); the
closure of the King Hussein (Allenby / al-Karama) bridge after the shooting of September 2025 and its
reopening; the reopening of the Rafah crossing between Gaza and Egypt (February 2026); the opening of the
first land road and border ports between Saudi Arabia and Oman across the Empty Quarter (December 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-mauritania-tindouf-crossing-2018
S = "algeria-mauritania-tindouf-crossing-2018"
INAUG = "2018-08-19"                       # the crossing at km 75 south of Tindouf was inaugurated on Sun 19 Aug 2018
EVE = "2018-08-18"                         # both ministers reached Tindouf / the crossing on the evening of Sat 18 Aug
COMMISSION = "2016-12-20"                  # 18th session of the joint commission, Algiers, Tue 20 Dec 2016
BUILT = ("2017-09-20", INAUG)              # foundation stone Wed 20 Sep 2017 (mushahide) .. finished before the inauguration
art(S, "http://essahraa.net/node/2658",
    "2018-08-19", "no date line on the stored page; the body's 'اليوم الأحد' for the ceremony planned that morning and 'مساء أمس السبت' for the Mauritanian minister's arrival give Sun 19 Aug 2018, the day of the inauguration (taqadoum stamp 'أحد, 19/08/2018'); a preview written on the morning of the ceremony; headline written from the body (the stored text has none)", False, """
انطلاق المعبر البري الحدودي بين الجزائر وموريتانيا
يُنتظر أن تُعطى إشارة البدء الرسمية ويُفتتح المعبر البري الحدودي بين الجزائر وموريتانيا اليوم الأحد، بعدما استُكملت الاستعدادات الضرورية لهذا الحدث الذي يترقبه سكان المنطقة.
ووفق وسائل إعلام جزائرية، فإن وزير الداخلية واللامركزية الموريتاني أحمدو ولد عبد الله بلغ مساء أمس السبت، على رأس وفد رسمي، النقطة الكيلومترية 75 حيث يقع المعبر البري "مصطفى بن بلعيد"، بعدما سلك الطريق البري عبر الأراضي الموريتانية.
في حين حلّ وزير الداخلية الجزائري نور الدين بدوي بتندوف مساء السبت هو أيضا، للإشراف على الافتتاح الرسمي للمعبر صبيحة اليوم الأحد، إثر لقاء يجمعه بنظيره الموريتاني في المعبر لإعطاء إشارة الانطلاق.
""", [
    ev("crossing-inauguration", "ويُفتتح المعبر البري الحدودي بين الجزائر وموريتانيا اليوم الأحد", INAUG, "'اليوم الأحد' = Sun 19 Aug 2018 (announced ahead; it took place that morning, taqadoum)"),
    ev("mauritanian-minister-arrives", "بلغ مساء أمس السبت", EVE, "'مساء أمس السبت' from Sun 19 Aug 2018 = Sat 18 Aug"),
    ev("bedoui-arrives-tindouf", "حلّ وزير الداخلية الجزائري نور الدين بدوي بتندوف مساء السبت", EVE, "'مساء السبت' = Sat 18 Aug 2018, the eve of the ceremony"),
    ev("ministers-meet-at-crossing", "إثر لقاء يجمعه بنظيره الموريتاني في المعبر", INAUG, "no own expression; the meeting just before the ceremony of 'صبيحة اليوم الأحد' = Sun 19 Aug 2018"),
])
art(S, "http://www.taqadoum.mr/node/4103",
    "2018-08-19", "the page's stamp 'أحد, 19/08/2018 - 11:11' under the headline, kept as the second line (19 Aug 2018 was a Sunday); the body's 'صباح يوم الأحد' agrees; the tag 'تندوف' and 'جديد الأخبار' dropped; headline kept from the page", True, """
تدشين رسمي للمعبر الحدودي البري الجديد بين الجزائر وموريتانيا
أحد, 19/08/2018 - 11:11
ترأس وزير الداخلية والجماعات المحلية والتهيئة العمرانية نور الدين بدوي، ومعه نظيره الموريتاني أحمدو ولد عبد الله، صباح يوم الأحد بتندوف، مراسم تدشين المعبر الحدودي البري الجديد الذي يربط الجزائر بموريتانيا، عند النقطة الكيلومترية 75 جنوب تندوف.
وشهد حفل تدشين هذا المكسب، الذي جاء تجسيدا للإرادة المشتركة لرئيس الجمهورية عبد العزيز بوتفليقة ونظيره الموريتاني محمد عبد العزيز وتطبيقا لتوصيات الدورة الـ18 للجنة المشتركة للبلدين التي انعقدت في 20 ديسمبر 2016 بالجزائر، دبلوماسيون من البلدين ومسؤولون عسكريون ومحليون من الجانبين وأعيان من المناطق الحدودية.
وأُنجز هذا المعبر، الذي يمثل إضافة نوعية لعلاقات التعاون بين البلدين في كل المجالات، بكلفة مالية تقدر بـ 115 مليار سنتيم.
وحمل المعبر من الجانب الجزائري اسم الشهيد البطل مصطفى بن بولعيد، وهو يضم 49 وحدة من البناء الجاهز (شاليهات)، منها 46 مكتبا خُصصت لإتمام كل إجراءات الدخول إلى الجزائر وموريتانيا والخروج منهما، إلى جانب 4 مواقف للسيارات ومرافق عدة للراحة.
""", [
    ev("crossing-inauguration", "مراسم تدشين المعبر الحدودي البري الجديد الذي يربط الجزائر بموريتانيا", INAUG, "'صباح يوم الأحد' in a report stamped Sun 19 Aug 2018 = that day"),
    ev("joint-commission-18th-session", "التي انعقدت في 20 ديسمبر 2016 بالجزائر", COMMISSION, "'في 20 ديسمبر 2016' = Tue 20 Dec 2016"),
    ev("crossing-construction", "وأُنجز هذا المعبر", BUILT[0], "no own expression; my span from the laying of the foundation stone on Wed 20 Sep 2017 (mushahide.com) to the eve of the inauguration", end=BUILT[1]),
])
art(S, "https://djazairess.com/elmassar/48114",
    "2018-08-20", "no date line on the stored page (an El Massar report carried by djazairess); the body's 'صباح أمس الأحد' for the inauguration of Sun 19 Aug 2018 gives Mon 20 Aug 2018; the truncated sub-heading and sentence on Bedoui's speech at the end of the stored excerpt dropped; headline written from the body (the stored text has none)", False, """
بدوي وولد عبد الله يدشنان المعبر البري الجديد بين الجزائر وموريتانيا
أشرف وزير الداخلية والجماعات المحلية والتهيئة العمرانية نور الدين بدوي، بمعية نظيره الموريتاني أحمدو ولد عبد الله، صباح أمس الأحد بتندوف، على تدشين المعبر الحدودي البري الجديد بين الجزائر وموريتانيا، الواقع عند النقطة الكيلومترية 75 جنوب تندوف.
وقد حضر مراسم تدشين هذا المكسب دبلوماسيون من البلدين ومسؤولون عسكريون ومحليون من الطرفين وأعيان المناطق الحدودية، وهو يأتي تنفيذا للإرادة المشتركة لرئيس الجمهورية عبد العزيز بوتفليقة ونظيره الموريتاني محمد عبد العزيز، وتطبيقا لتوصيات الدورة الـ18 للجنة المشتركة المنعقدة في 20 ديسمبر 2016 بالجزائر.
وتطلّب إنجاز هذا المعبر، الذي يشكل إضافة نوعية للتعاون بين البلدين في جميع الميادين، غلافا ماليا يقدر بـ 115 مليار سنتيم.
وأُطلق على المعبر من الجهة الجزائرية اسم الشهيد البطل مصطفى بن بولعيد، ويتوفر على 49 وحدة من البناء الجاهز (شاليهات)، بينها 46 مكتبا مخصصا لكل إجراءات الدخول والخروج من الجزائر وموريتانيا، فضلا عن 4 مواقف للسيارات ومرافق متعددة للراحة.
""", [
    ev("crossing-inauguration", "صباح أمس الأحد بتندوف، على تدشين المعبر الحدودي البري الجديد", INAUG, "'صباح أمس الأحد' from Mon 20 Aug 2018 = Sun 19 Aug"),
    ev("joint-commission-18th-session", "للجنة المشتركة المنعقدة في 20 ديسمبر 2016 بالجزائر", COMMISSION, "'في 20 ديسمبر 2016' = Tue 20 Dec 2016"),
    ev("crossing-construction", "وتطلّب إنجاز هذا المعبر", BUILT[0], "no own expression; my span from the foundation stone of Wed 20 Sep 2017 (mushahide.com) to the eve of the inauguration", end=BUILT[1]),
])
art(S, "https://afrigatenews.net/article/الجزائر-تدشن-المعبر-الحدودي-مع-موريتانيا",
    "2018-08-19", "no date on the stored page; the body's 'اليوم الأحد' for the inauguration of Sun 19 Aug 2018 (taqadoum stamp 'أحد, 19/08/2018') gives that day; headline rendered from the URL slug", False, """
الجزائر تدشن المعبر الحدودي مع موريتانيا
افتتح وزير الداخلية والجماعات المحلية والتهيئة العمرانية الجزائري نور الدين بدوي، برفقة نظيره الموريتاني أحمدو ولد عبد الله، اليوم الأحد، المعبر الحدودي البري الجديد بين الجزائر وموريتانيا في ولاية تندوف، والذي يحمل اسم الشهيد مصطفى بن بولعيد.
وصرّح رئيس دائرة تندوف عبد الحق بوزيان لوكالة الأنباء الجزائرية بأن كل الإمكانيات المادية والبشرية سُخّرت، من مصالح إدارية وأمنية ووسائل راحة وتجهيزات عصرية، لتيسير الحركة بين البلدين عبر هذا المعبر وبلوغ "أهدافه المسطرة"، مبينا أن هذا الإنجاز سيبعث حركية اقتصادية ويسهم في تنمية المناطق الحدودية بين البلدين الشقيقين.
وأشاد سكان تندوف بفتح هذا المعبر الجديد الذي سيجعل من الولاية معبرا تجاريا استراتيجيا، إلى جانب قيمته المعنوية في تمكين السكان من زيارة ذويهم.
""", [
    ev("crossing-inauguration", "اليوم الأحد، المعبر الحدودي البري الجديد", INAUG, "'اليوم الأحد' = Sun 19 Aug 2018"),
    ev("bouziane-statement", "وصرّح رئيس دائرة تندوف عبد الحق بوزيان لوكالة الأنباء الجزائرية", EVE, "no own expression; the APS quote already carried by El Massa's preview of the day of the inauguration, so my span Sat 18 - Sun 19 Aug 2018", end="2018-08-20"),
    ev("residents-welcome", "وأشاد سكان تندوف بفتح هذا المعبر الجديد", INAUG, "no own expression; the residents' reaction reported on the day of the inauguration, Sun 19 Aug 2018"),
])

# ---------------------------------------------------------------- jordan-king-hussein-bridge-closure-2025
S = "jordan-king-hussein-bridge-closure-2025"
SHOOTING = "2025-09-18"                    # two Israelis killed at the Allenby crossing on Thu 18 Sep 2025; Jordan halted travel
ANNOUNCE = "2025-09-20"                    # Sat 20 Sep: the bridges administration announced reopening to travellers on Sunday
SUNDAY = "2025-09-21"                      # Sun 21 Sep: brief reopening, then closed again from the Israeli side
MONDAY = "2025-09-22"                      # Mon 22 Sep: reopened, travellers moved through partially
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/9/18/2856809/بعد-إغلاقه-من-الجانب-الآخر-الأردن-يوقف-حركة-المسافرين-عبر-جسر-الملك-حسين-",
    "2025-09-18", "the page's stamp '05:59 م 18/09/2025' (also in the URL), kept as the second line; the body's 'اليوم الخميس' agrees (18 Sep 2025 was a Thursday); the byline, 'تابعنا على', 'وكالات', the video and ad blocks dropped; headline kept from the page", True, """
بعد إغلاقه من الجانب الآخر.. الأردن يوقف حركة المسافرين عبر جسر الملك حسين
05:59 م 18/09/2025
أعلنت مديرية الأمن العام الأردنية اليوم الخميس وقف حركة المسافرين عبر جسر الملك حسين إثر إغلاقه من الجانب الآخر، وفق ما أوردته وكالة الأنباء الأردنية (بترا).
وكان المعبر الحدودي قد شهد عملية إطلاق نار أدت إلى مقتل إسرائيليين يبلغ عمر أحدهما نحو 60 عاما والآخر نحو 20 عاما.
وصرّح وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة الأردنية محمد المومني: "نتابع ما يُتداول من أنباء عن حدث أمني على الطرف الآخر من معبر الكرامة".
وتابع المومني، في تغريدة على منصة إكس، أن "الجهات المختصة لدينا تتابع الأمر، وسنكشف أي تفاصيل فور ورودها".
وفي سبتمبر من العام الماضي، شهد معبر أللنبي "جسر الملك حسين" هجوم إطلاق نار آخر قُتل فيه ثلاثة إسرائيليين، حين فتح المهاجم، وهو سائق أردني، النار داخل معبر البضائع في الموقع، وأُغلقت إثر ذلك جميع المعابر الحدودية مع الأردن أمام الحركة.
""", [
    ev("jordan-halts-travel", "أعلنت مديرية الأمن العام الأردنية اليوم الخميس وقف حركة المسافرين", SHOOTING, "'اليوم الخميس' = Thu 18 Sep 2025"),
    ev("israel-closes-crossing", "إثر إغلاقه من الجانب الآخر", SHOOTING, "no own expression; the Israeli side closed the crossing right after the shooting of Thu 18 Sep 2025"),
    ev("bridge-shooting", "شهد عملية إطلاق نار أدت إلى مقتل إسرائيليين", SHOOTING, "no own expression; the shooting of Thu 18 Sep 2025, the day of the report"),
    ev("momani-statement", "وصرّح وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة الأردنية محمد المومني", SHOOTING, "no own expression; the spokesman's post on X on the day of the shooting, Thu 18 Sep 2025"),
    ev("allenby-attack-2024", "شهد معبر أللنبي \"جسر الملك حسين\" هجوم إطلاق نار آخر", "2024-09-08", "'في سبتمبر من العام الماضي' = September 2024; the attack that killed three Israelis at the crossing was on Sun 8 Sep 2024 (known date, not in the text)"),
    ev("crossings-closed-2024", "وأُغلقت إثر ذلك جميع المعابر الحدودية مع الأردن", "2024-09-08", "no own expression; the closure on the day of the attack of Sun 8 Sep 2024"),
])
art(S, "https://watananews.com/480104/",
    "2025-09-21", "the page's date line '21 سبتمبر 2025' under the headline, kept as the second line (21 Sep 2025 was a Sunday); the bank banner dropped; headline kept from the page; the last, truncated sentence (on the Jordanian investigation) dropped", True, """
الأمن العام: إعادة إيقاف حركة المسافرين عبر جسر الملك حسين من الجانب الآخر
21 سبتمبر 2025
أعلنت مديرية الأمن العام أن حركة المسافرين عبر جسر الملك حسين أوقفت مجددا من الجانب الآخر.
ودعت المديرية المسافرين إلى متابعة وسائل الإعلام إلى أن يعاد فتح المعبر.
وبيّنت الإدارة العامة للمعابر والحدود الفلسطينية أن الجانب الإسرائيلي أغلق المعبر في الاتجاهين بصورة مفاجئة.
وكانت إدارة أمن الجسور التابعة لمديرية الأمن العام قد أعلنت، السبت، أن جسر الملك حسين سيعاد فتحه أمام حركة المسافرين ابتداء من الأحد، على أن تبقى حركة المعبر التجاري (الشحن) متوقفة حتى إشعار آخر.
وكان الأردن قد أعلن، الخميس، وقف حركة المسافرين عبر جسر الملك حسين إثر إغلاقه من الجانب الآخر، بعد حادثة إطلاق نار وقعت عند "معبر اللنبي" وأسفرت عن مقتل إسرائيليين اثنين.
وشدد الأردن على إدانته ورفضه لحادثة إطلاق النار على الطرف الآخر من جسر الملك الحسين (معبر الكرامة)، معتبرا إياها خرقا للقانون وإضرارا بمصالح الأردن وبقدرته على إيصال المساعدات الإنسانية إلى قطاع غزة.
""", [
    ev("sunday-reclosure", "أغلق المعبر في الاتجاهين بصورة مفاجئة", SUNDAY, "no own expression; the sudden closure of Sun 21 Sep 2025, the day of the report (shorouknews: 'صباح اليوم الأحد')"),
    ev("reopening-announcement", "قد أعلنت، السبت، أن جسر الملك حسين سيعاد فتحه", ANNOUNCE, "'السبت' before Sun 21 Sep 2025 = Sat 20 Sep"),
    ev("sunday-reopening", "ابتداء من الأحد", SUNDAY, "'الأحد' = Sun 21 Sep 2025, the reopening announced for that day"),
    ev("jordan-halts-travel", "وكان الأردن قد أعلن، الخميس، وقف حركة المسافرين", SHOOTING, "'الخميس' = Thu 18 Sep 2025"),
    ev("bridge-shooting", "بعد حادثة إطلاق نار وقعت عند \"معبر اللنبي\"", SHOOTING, "no own expression; the shooting of Thu 18 Sep 2025 (masrawy 'اليوم الخميس')"),
    ev("jordan-condemnation", "وشدد الأردن على إدانته ورفضه لحادثة إطلاق النار", SHOOTING, "no own expression; Jordan's foreign ministry condemned the attack on the day of the shooting, Thu 18 Sep 2025"),
])
art(S, "https://www.elbalad.news/6706570",
    "2025-09-22", "no date on the stored page; the body's 'اليوم /الاثنين/' for the reopening after the closure of 'يوم /الخميس/ الماضي' (Thu 18 Sep 2025) gives Mon 22 Sep 2025 (akhbaralyoom: 'صباح اليوم الاثنين اعادة فتح جسر الملك الحسين' after the closures of Thursday and Sunday); headline written from the body (the stored text has none)", False, """
إعادة فتح جسر الملك حسين وتفويج المسافرين جزئيا
أفادت إدارة أمن الجسور الأردنية بأن جسر الملك حسين أعيد فتحه اليوم /الاثنين/ وجرى تفويج المسافرين عبره بصورة جزئية.
وبيّنت الإدارة، في بيان صدر اليوم، أنه فيما يتعلق بيوم غد /الثلاثاء/ فإن على المسافرين متابعة وسائل الإعلام الرسمية ومنصات التواصل الاجتماعي للاطلاع على قرار فتح الجسر أو إغلاقه.
وكانت مديرية الأمن العام الأردنية قد أعلنت يوم /الخميس/ الماضي وقف حركة المسافرين عبر جسر الملك حسين، بعدما أغلقت قوات الاحتلال الإسرائيلي معبر الكرامة من الجانب الفلسطيني في الضفة الغربية المحتلة، إثر عملية إطلاق نار في محيطه قُتل فيها إسرائيليان اثنان.
""", [
    ev("monday-reopening", "أعيد فتحه اليوم /الاثنين/", MONDAY, "'اليوم /الاثنين/' = Mon 22 Sep 2025"),
    ev("tuesday-status", "فيما يتعلق بيوم غد /الثلاثاء/", "2025-09-23", "'يوم غد /الثلاثاء/' = Tue 23 Sep 2025"),
    ev("jordan-halts-travel", "قد أعلنت يوم /الخميس/ الماضي وقف حركة المسافرين", SHOOTING, "'يوم /الخميس/ الماضي' from Mon 22 Sep 2025 = Thu 18 Sep"),
    ev("israel-closes-crossing", "بعدما أغلقت قوات الاحتلال الإسرائيلي معبر الكرامة", SHOOTING, "no own expression; the closure from the Israeli side on Thu 18 Sep 2025, the day of the shooting"),
    ev("bridge-shooting", "إثر عملية إطلاق نار في محيطه", SHOOTING, "no own expression; the shooting of Thu 18 Sep 2025"),
])

# ---------------------------------------------------------------- gaza-egypt-rafah-crossing-reopening-2026
S = "gaza-egypt-rafah-crossing-reopening-2026"
TRIAL = "2026-02-01"                       # trial reopening of the Palestinian side on the morning of Sun 1 Feb 2026
OFFICIAL = "2026-02-02"                    # official opening to people in both directions on Mon 2 Feb 2026
SEIZED = "2024-05-07"                      # the Israeli army took and closed the Palestinian side on Tue 7 May 2024
art(S, "https://www.elbalad.news/6855055",
    "2026-02-01", "no date on the stored page; the body's 'صباح اليوم، الأحد' for the trial reopening and 'يوم غد، الاثنين' for the official start give Sun 1 Feb 2026 (alwakeelnews of Mon 2 Feb: 'بدأ صباح أمس الأحد تشغيل معبر رفح البري ... بشكل تجريبي'); headline written from the body (the stored text has none)", False, """
وفد من الصحة العالمية يتجه إلى الجانب الفلسطيني من معبر رفح
نقلت وسائل إعلام عربية عن مصدر فلسطيني أن وفدا من منظمة الصحة العالمية يتجه إلى الجانب الفلسطيني من معبر رفح لتقدير مدى جاهزيته قبل إعادة فتحه.
وبيّن المصدر أن المعبر فُتح تجريبيا في وقت سابق، على أن ينطلق عبور الأفراد رسميا اعتبارا من يوم غد، الاثنين.
وأُعيد صباح اليوم، الأحد، افتتاح معبر رفح البري بين قطاع غزة ومصر بصورة تجريبية، بحضور ممثلين عن الاتحاد الأوروبي ومصر، في خطوة لافتة تأتي بعد صمت طويل بشأن مصير المعبر الذي بقي ورقة ضغط أساسية في الصراع الدائر بالمنطقة.
وذكرت مصادر أمنية إسرائيلية، نقلا عن القناة 12 الإسرائيلية، أن الافتتاح التجريبي اقتصر على عبور محدود لا يزيد على نحو 150 شخصا في المرحلة الأولى، بينما أوضحت وحدة تنسيق الأنشطة الإسرائيلية ("كوغات") أن الدخول والخروج سيجريان بعد تنسيق أمني مسبق مع إسرائيل وتحت إشراف بعثة الاتحاد الأوروبي وبالتعاون مع الجهات المصرية.
""", [
    ev("who-delegation", "وفدا من منظمة الصحة العالمية يتجه إلى الجانب الفلسطيني", TRIAL, "no own expression; reported on the day of the report, Sun 1 Feb 2026"),
    ev("official-opening", "على أن ينطلق عبور الأفراد رسميا اعتبارا من يوم غد، الاثنين", OFFICIAL, "'يوم غد، الاثنين' from Sun 1 Feb 2026 = Mon 2 Feb"),
    ev("trial-opening", "افتتاح معبر رفح البري بين قطاع غزة ومصر بصورة تجريبية", TRIAL, "'صباح اليوم، الأحد' = Sun 1 Feb 2026"),
    ev("trial-crossings", "اقتصر على عبور محدود لا يزيد على نحو 150 شخصا", TRIAL, "no own expression; the limited crossings of the trial opening of Sun 1 Feb 2026"),
])
art(S, "https://www.alwakeelnews.com/Section_23/فلسطين/معبر-رفح-يعود-للحياة-بعد-أكثر-من-عام-ونصف-من-الإغلاق-شبه-الكامل_763047",
    "2026-02-02", "the page's time stamp '2026-02-02 12:54 م' (not kept in the text); the body's 'اليوم الاثنين' and 'صباح أمس الأحد' for the trial start of Sun 1 Feb 2026 agree (2 Feb 2026 was a Monday); 'اضافة اعلان' and the related links dropped; headline rendered from the URL slug", False, """
معبر رفح يعود للحياة بعد أكثر من عام ونصف من الإغلاق شبه الكامل
فُتح معبر رفح البري الحدودي جنوب قطاع غزة رسميا اليوم الاثنين في الاتجاهين أمام تنقل المرضى والمواطنين الفلسطينيين.
وجرى فتح المعبر رسميا لحركة المواطنين الفلسطينيين، ولا سيما الحالات الإنسانية من المرضى والجرحى والمصابين وحملة الجوازات، ومن بينهم 150 مريضا مع مرافقيهم جرى تجهيزهم منذ ساعات الصباح الأولى لنقلهم إلى المعبر والسفر للعلاج في مستشفيات خارج القطاع.
ويُنتظر أن يصل إلى قطاع غزة عدد من العالقين في الجانب المصري من المعبر.
ويتطلع المواطنون الفلسطينيون إلى أن تمضي عملية السفر والتنقل عبر المعبر بيسر ومن دون عراقيل قد يضعها الاحتلال الإسرائيلي، الذي أقام حاجزا ونقطة تفتيش عسكرية بمحاذاة المعبر لتفتيش العائدين وأمتعتهم.
وكان تشغيل معبر رفح البري على الحدود مع جمهورية مصر العربية قد بدأ بصورة تجريبية صباح أمس الأحد، بعد أكثر من عام ونصف العام من الإغلاق شبه الكامل.
يشار إلى أن جيش الاحتلال توغل في السابع من أيار 2024 داخل معبر رفح البري من الجانب الفلسطيني وأغلقه كليا، فتوقفت حركة المسافرين ودخول المساعدات إلى قطاع غزة.
""", [
    ev("official-opening", "فُتح معبر رفح البري الحدودي جنوب قطاع غزة رسميا اليوم الاثنين", OFFICIAL, "'اليوم الاثنين' = Mon 2 Feb 2026"),
    ev("patients-departure", "جرى تجهيزهم منذ ساعات الصباح الأولى لنقلهم إلى المعبر", OFFICIAL, "no own expression; the patients readied on the morning of the official opening, Mon 2 Feb 2026"),
    ev("first-returnees", "ويُنتظر أن يصل إلى قطاع غزة عدد من العالقين", OFFICIAL, "no own expression; the first returnees reached the crossing on the morning of Mon 2 Feb 2026 (aljaridaa 'صباح اليوم الاثنين')"),
    ev("trial-opening", "قد بدأ بصورة تجريبية صباح أمس الأحد", TRIAL, "'صباح أمس الأحد' from Mon 2 Feb 2026 = Sun 1 Feb"),
    ev("israeli-closure", "العام من الإغلاق شبه الكامل", SEIZED, "no own expression; the near-total closure from the seizure of Tue 7 May 2024 until the trial reopening of Sun 1 Feb 2026", end=TRIAL),
    ev("rafah-seized-2024", "توغل في السابع من أيار 2024 داخل معبر رفح البري", SEIZED, "'في السابع من أيار 2024' = Tue 7 May 2024"),
])
art(S, "https://aljaridaa.com/32164",
    "2026-02-02", "the page's stamp '02 فبراير 2026 , 12:15م', kept as the second line; the body's 'صباح اليوم الاثنين' agrees (2 Feb 2026 was a Monday); a report of the Qatari al-Sharq site; the section tags, the view count, the source line 'الدوحة – موقع الشرق' and the comment form dropped; headline kept from the page", True, """
وصول الدفعة الأولى من الفلسطينيين العائدين من مصر إلى معبر رفح
02 فبراير 2026 , 12:15م
بلغت الدفعة الأولى من الفلسطينيين العائدين من مصر معبر رفح في طريقها إلى قطاع غزة صباح اليوم الاثنين، وفق ما نقلته وسائل إعلام مصرية.
وأوردت قناة "القاهرة الإخبارية" خبر "وصول الدفعة الأولى من الفلسطينيين العائدين من مصر إلى قطاع غزة".
ويبيّن مقطع مصور بثته القناة الفلسطينيين وهم يصلون إلى المعبر من دون أن يدخلوا غزة بعد.
وكان الجانب الفلسطيني من المعبر قد بدأ العمل "بشكل تجريبي" صباح الأحد، بعد أكثر من عام ونصف على إغلاقه الإسرائيلي شبه الكامل.
ويُتوقع، بحسب إعلام عبري، أن يدخل 50 فلسطينيا إلى غزة وأن يغادرها 150 من المرضى ومرافقيهم للعلاج في مصر، في حين تشير التقديرات الرسمية في غزة إلى أن 22 ألف مريض ينتظرون إعادة فتح المعبر.
""", [
    ev("first-returnees", "بلغت الدفعة الأولى من الفلسطينيين العائدين من مصر معبر رفح", OFFICIAL, "'صباح اليوم الاثنين' = Mon 2 Feb 2026"),
    ev("trial-opening", "قد بدأ العمل \"بشكل تجريبي\" صباح الأحد", TRIAL, "'صباح الأحد' before Mon 2 Feb 2026 = Sun 1 Feb"),
    ev("israeli-closure", "على إغلاقه الإسرائيلي شبه الكامل", SEIZED, "no own expression; the near-total closure from the seizure of Tue 7 May 2024 until the trial reopening of Sun 1 Feb 2026", end=TRIAL),
    ev("patients-departure", "وأن يغادرها 150 من المرضى ومرافقيهم", OFFICIAL, "no own expression; the departures expected on the first day of operation, Mon 2 Feb 2026"),
])

# ---------------------------------------------------------------- saudi-oman-empty-quarter-road-opening-2021
S = "saudi-oman-empty-quarter-road-opening-2021"
ARRIVE = "2021-12-06"                      # Mohammed bin Salman arrived in Muscat on Mon 6 Dec 2021 (first stop of a Gulf tour)
OPENED = "2021-12-07"                      # the joint statement of Tue 7 Dec 2021 announced the road's opening and the two ports
art(S, "https://watanserb.com/2021/12/05/ماذا-يعني-افتتاح-طريق-الربع-الخالي-بين",
    "2021-12-05", "the date in the page's URL, 2021/12/05; the body's 'التي تنطلق غدا، الاثنين' for the crown prince's visit, which began on Mon 6 Dec 2021, agrees (5 Dec 2021 was a Sunday); the sub-heading and the 'YouTube player' line dropped; the last, truncated sentence of the stored excerpt dropped; headline kept from the page", False, """
ماذا يعني افتتاح طريق الربع الخالي بين سلطنة عمان والسعودية؟
ينتظر المواطنون في سلطنة عمان والسعودية افتتاح الطريق الجديد الذي سيصل السلطنة بالمملكة عبر صحراء الربع الخالي، ويُرجَّح، بحسب تقارير متداولة، أن يُفتتح خلال زيارة الأمير محمد بن سلمان للسلطنة التي تنطلق غدا، الاثنين.
وسيُحدث هذا الطريق نقلة نوعية في المبادلات التجارية بين الرياض ومسقط، كما سييسّر تنقل مواطني البلدين بينهما، إذ ستغدو المسافة من سلطنة عمان إلى السعودية نحو 5 ساعات تقريبا.
وكان السفير السعودي لدى سلطنة عمان عبد الله بن سعود العنزي قد صرّح بأن افتتاح منفذ الربع الخالي سيمثل نقلة نوعية ورافدا لمجالات كثيرة بين البلدين.
وأدلى العنزي بتصريحاته لوكالة الأنباء العمانية الرسمية تعليقا على زيارة ابن سلمان المرتقبة غدا.
ويُذكر أن طريق الربع الخالي الذي سيربط السلطنة بالسعودية، والذي تأخر افتتاحه منذ سنوات، يبلغ طوله نحو 800 كيلومتر وتقترب كلفته من ملياري ريال.
ويقع الجزء الأكبر من الطريق داخل المملكة العربية السعودية، ويمتد عبر بعض من أصعب التضاريس في العالم، ومنها الربع الخالي.
""", [
    ev("road-opening", "أن يُفتتح خلال زيارة الأمير محمد بن سلمان", OPENED, "no own expression (expected during the visit); the opening was announced on Tue 7 Dec 2021 (al-ahrar stamp, alamssar 'مساء أمس الثلاثاء')"),
    ev("mbs-arrives-oman", "للسلطنة التي تنطلق غدا، الاثنين", ARRIVE, "'غدا، الاثنين' from Sun 5 Dec 2021 = Mon 6 Dec"),
    ev("anazi-statement", "وكان السفير السعودي لدى سلطنة عمان عبد الله بن سعود العنزي قد صرّح", "2021-12-04", "no own expression; a statement to the Omani news agency on the visit 'المرتقبة غدا', made at the latest on the day of the report; my span Sat 4 - Sun 5 Dec 2021", end=ARRIVE),
])
art(S, "https://m.al-ahrar.net/news42954.html",
    "2021-12-07", "the page's stamp 'الثلاثاء 7 ديسمبر 2021 الساعة 20:13' under the headline, kept as the second line (7 Dec 2021 was a Tuesday); the 'متعلقات' line dropped; headline kept from the page", True, """
يبلغ 725 كيلومترا.. افتتاح أول طريق بري بين السعودية وسلطنة عمان
الثلاثاء 7 ديسمبر 2021 الساعة 20:13
أعلنت السعودية وعُمان، الثلاثاء، أن أول طريق بري يربط البلدين قد افتُتح، بحسب بيان مشترك نشرته وكالة الأنباء العُمانية.
وجاء في البيان أن "الجانبين رحبا بالإعلان عن افتتاح الطريق البري العماني السعودي البالغ طوله 725 كيلومترا، والذي سيسهم في انسيابية تنقل مواطني البلدين وتكامل سلاسل الإمداد".
ويُذكر أن ولي العهد السعودي الأمير محمد بن سلمان كان قد توجه إلى عُمان، الإثنين، في المحطة الأولى من جولة تشمل عددا من دول الخليج هذا الأسبوع.
""", [
    ev("road-opening", "أعلنت السعودية وعُمان، الثلاثاء، أن أول طريق بري يربط البلدين قد افتُتح", OPENED, "'الثلاثاء' = Tue 7 Dec 2021, the day of the stamp"),
    ev("joint-statement", "بحسب بيان مشترك نشرته وكالة الأنباء العُمانية", OPENED, "no own expression; the joint statement issued at the end of the visit on Tue 7 Dec 2021"),
    ev("mbs-arrives-oman", "كان قد توجه إلى عُمان، الإثنين", ARRIVE, "'الإثنين' before Tue 7 Dec 2021 = Mon 6 Dec"),
])
art(S, "https://www.alamssar.com/117062",
    "2021-12-08", "no date on the stored page; the body's 'مساء أمس الثلاثاء' for the announcement of Tue 7 Dec 2021 and 'أول أمس الاثنين' for the start of the tour on Mon 6 Dec give Wed 8 Dec 2021; the masthead line and the photo captions dropped; headline kept from the page; the last, truncated clause shortened", False, """
السعودية وسلطنة عمان تعلنان افتتاح أول طريق بري بينهما
أعلنت السعودية وسلطنة عُمان، مساء أمس الثلاثاء، افتتاح أول طريق يصل بينهما بطول 725 كيلومترا، في خطوة لقيت ترحيبا من الطرفين.
وجاء الإعلان في ختام زيارة ولي العهد السعودي الأمير محمد بن سلمان إلى مسقط، التي انتقل بعدها إلى أبو ظبي، في إطار جولة خليجية بدأت أول أمس الاثنين وتشمل دول مجلس التعاون الخليجي قبل قمة مرتقبة في المملكة.
وفصّل البيان الذي بثته وكالة الأنباء السعودية مجريات الزيارة التي دامت يومين، ومنها جلسة مباحثات استُعرضت فيها آفاق التعاون بين البلدين وسبل تطويره، وعزمهما على تسريع وتيرة التعاون الاقتصادي المشترك.
وبحسب البيان، رحب الجانبان بتدشين المنفذين السعودي والعماني وبالإعلان عن افتتاح الطريق البري السعودي العماني البالغ طوله 725 كيلومترا، الذي سيسهم في انسيابية تنقل مواطني البلدين وتكامل سلاسل الإمداد.
وفي تموز/ يوليو الماضي، أعلن وكيل وزارة النقل في السلطنة سالم النعيمي أن أول طريق يربطها بالسعودية، بعد تأخره لسنوات، سيُفتتح في وقت قريب.
""", [
    ev("road-opening", "أعلنت السعودية وسلطنة عُمان، مساء أمس الثلاثاء، افتتاح أول طريق", OPENED, "'مساء أمس الثلاثاء' from Wed 8 Dec 2021 = Tue 7 Dec"),
    ev("mbs-arrives-oman", "في إطار جولة خليجية بدأت أول أمس الاثنين", ARRIVE, "'أول أمس الاثنين' from Wed 8 Dec 2021 = Mon 6 Dec"),
    ev("mbs-to-abu-dhabi", "التي انتقل بعدها إلى أبو ظبي", OPENED, "no own expression; the crown prince flew on to Abu Dhabi on Tue 7 Dec 2021, after the end of the visit"),
    ev("joint-statement", "وفصّل البيان الذي بثته وكالة الأنباء السعودية", OPENED, "no own expression; the joint statement of Tue 7 Dec 2021 (al-ahrar)"),
    ev("muscat-talks", "ومنها جلسة مباحثات", ARRIVE, "no own expression; the talks held during the two-day visit, my span Mon 6 - Tue 7 Dec 2021", end="2021-12-08"),
    ev("naimi-july-announcement", "أعلن وكيل وزارة النقل في السلطنة سالم النعيمي", "2021-07-01", "'في تموز/ يوليو الماضي' from December 2021 = July 2021 (the month only)", end="2021-08-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 516
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
