"""Builds stories.jsonl: the 337-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: refugee and displacement camps: camp fires and floods,
returns of displaced people, camp closures, aid convoys and registration of refugees.
Stories: the return of the displaced to northern Gaza through al-Rashid and Salah al-Din roads (Palestine,
January 2025), the emptying and closure of al-Hol camp (Syria, February 2026), the Balukhali fire in the
Rohingya camps of Cox's Bazar (Bangladesh, March 2021), and the floods on the displacement camps of Marib
(Yemen, September 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- gaza-north-return-netzarim-2025
S = "gaza-north-return-netzarim-2025"
RETURN = "2025-01-27"                      # the return to the north opened on Mon 27 Jan 2025 (07:00 on foot, 09:00 by car)
DEAL = "2025-01-26"                        # Qatar / Hamas announced the return understanding on the evening of Sun 26 Jan 2025
WAR = ("2023-10-07", "2025-01-20")         # the 470 days of war, 7 Oct 2023 - the ceasefire of Sun 19 Jan 2025
art(S, "https://sawt-albalad.com/?p=27223",
    "2025-01-27", "the body's 'ابتداء من صباح اليوم الاثنين، الموافق 27 كانون الثاني/يناير 2025' (kept; 27 Jan 2025 was a Monday); the source tag 'صوت البلد للأنباء' dropped; headline written from the body (the stored text has none); the last, truncated words of the Hamas proposal dropped", True, """
آلاف النازحين يبدأون العودة إلى مدينة غزة وشمال القطاع
شرع آلاف النازحين، صباح اليوم الاثنين، في العودة إلى مدينة غزة ومناطق شمال القطاع مرورا بمعبر "نتساريم" الواقع بين مدينة غزة والمحافظة الوسطى.
وفي تمام الساعة التاسعة صباحاً، أُذن للنازحين بالتوجه بمركباتهم إلى شمال القطاع عبر شارع صلاح الدين، بعد أن خضعت المركبات للتفتيش. وكان في استقبال حشود العائدين إلى شمال قطاع غزة عناصر من كتائب القسام.
وقد قضى الآلاف الليلتين الماضيتين في العراء على شارعي الرشيد وصلاح الدين، متحملين البرد القارس، بانتظار أن تسمح لهم قوات الاحتلال بالرجوع إلى منازلهم التي أرغمتهم على تركها والنزوح جنوبا خلال العدوان على غزة.
ويسلك معظم النازحين طريق العودة سيراً على الأقدام عبر شارع الرشيد، قاطعين مسافة لا تقل عن 7 كيلومترات.
ويمتد شارع الرشيد الساحلي من شمال القطاع حتى جنوبه، وقد شهد على مدار 470 يوماً من حرب الإبادة عشرات المجازر التي نفذتها قوات الاحتلال بحق المواطنين أثناء نزوحهم من الشمال نحو الجنوب.
وكانت حركة حماس قد أعلنت أنها توصلت، بفضل جهود الوسطاء، إلى أن تنطلق عودة النازحين ابتداء من صباح اليوم الاثنين، الموافق 27 كانون الثاني/يناير 2025، إثر تقديمها مقترحا للوسطاء بإجراء عملية تبادل إضافية.
""", [
    ev("return-begins", "شرع آلاف النازحين، صباح اليوم الاثنين، في العودة", RETURN, "'صباح اليوم الاثنين' = Mon 27 Jan 2025 (the date is given later in the text)"),
    ev("vehicles-salah-al-din", "أُذن للنازحين بالتوجه بمركباتهم إلى شمال القطاع", RETURN, "'في تمام الساعة التاسعة صباحاً' of Mon 27 Jan 2025"),
    ev("nights-in-the-open", "قضى الآلاف الليلتين الماضيتين في العراء", "2025-01-25", "'الليلتين الماضيتين' before Monday morning = the nights of Sat 25 and Sun 26 Jan 2025 (the return was delayed from Sat 25 by the Arbel Yehud dispute)", end=RETURN),
    ev("war-470-days", "على مدار 470 يوماً من حرب الإبادة", WAR[0], "'على مدار 470 يوماً' = 7 Oct 2023 - 19 Jan 2025 (the ceasefire took effect on Sun 19 Jan)", end=WAR[1]),
    ev("return-deal-announced", "وكانت حركة حماس قد أعلنت أنها توصلت", DEAL, "no own expression ('قد أعلنت', pluperfect); the understanding announced by Qatar and Hamas on the evening of Sun 26 Jan 2025 (outside knowledge; Hamas' statement came late that night)"),
])
art(S, "https://misryoum.com/%d8%a7%d9%84%d9%86%d8%a7%d8%b2%d8%ad%d9%88%d9%86-%d9%8a%d8%b9%d9%88%d8%af%d9%88%d9%86-%d8%a5%d9%84%d9%89-%d8%b4%d9%85%d8%a7%d9%84-%d9%82%d8%b7%d8%a7%d8%b9-%d8%ba%d8%b2%d8%a9-%d9%81%d9%8a%d8%af%d9%8a",
    "2025-01-27", "page date line '27/1/2025–|آخر تحديث: 27/1/2025 10:42 AM (توقيت مكة)' (kept, with a space restored between the date and the time; 27 Jan 2025 was a Monday); the body's 'اليوم الاثنين' agrees; headline and sub-heading of the page joined into one line, the '(فيديو)' tag and the inner sub-headings dropped; the last, truncated quotation of Channel 12 dropped", True, """
النازحون يعودون إلى شمال قطاع غزة مع انسحاب جيش الاحتلال من نتساريم
27/1/2025–|آخر تحديث: 27/1/2025 10:42 AM (توقيت مكة)
انطلق آلاف النازحين الفلسطينيين، اليوم الاثنين، عائدين إلى مدينة غزة وشمال القطاع عبر شارع الرشيد الساحلي وسط قطاع غزة، بعدما أجبرهم جيش الاحتلال على ترك منازلهم بفعل الحرب.
وكانت قطر قد أعلنت، مساء الأحد، عن تفاهمات جديدة بين حركة المقاومة الإسلامية (حماس) وإسرائيل يعود بمقتضاها نازحو قطاع غزة بدءًا من صباح الاثنين، في مقابل تسليم الأسيرة أربيل يهود وأسرى آخرين خلال الأيام المقبلة.
وأعلنت وزارة الداخلية ومكتب الإعلام الحكومي في غزة فتح شارع الرشيد أمام المشاة وحدهم في الاتجاهين الساعة 7:00 من صباح اليوم الاثنين، مشددين على أنه "لن يُسمح لأي مركبة، أيا كان نوعها أو شكلها، بالمرور عبر شارع الرشيد الساحلي وفقا للاتفاق".
أما المركبات على اختلاف أنواعها، فسيُفتح لها شارع صلاح الدين -محور نتساريم- في اتجاه واحد من الجنوب نحو الشمال عند الساعة 9:00 من صباح اليوم، على أن تمر جميعها عبر أجهزة الفحص، بحسب البيانين.
وذكرت القناة 12 الإسرائيلية أن قوات جيش الاحتلال انسحبت من محور نتساريم الذي يفصل شمال قطاع غزة عن جنوبه.
""", [
    ev("return-begins", "انطلق آلاف النازحين الفلسطينيين، اليوم الاثنين، عائدين", RETURN, "'اليوم الاثنين' = Mon 27 Jan 2025 (date line)"),
    ev("return-deal-announced", "وكانت قطر قد أعلنت، مساء الأحد، عن تفاهمات جديدة", DEAL, "'مساء الأحد' before Mon 27 = Sun 26 Jan 2025"),
    ev("arbel-yehud-release", "تسليم الأسيرة أربيل يهود وأسرى آخرين خلال الأيام المقبلة", "2025-01-30", "'خلال الأيام المقبلة' = the handover of Arbel Yehud with two other captives on Thu 30 Jan 2025 (outside knowledge)"),
    ev("rashid-opened-to-walkers", "فتح شارع الرشيد أمام المشاة وحدهم في الاتجاهين الساعة 7:00", RETURN, "'الساعة 7:00 من صباح اليوم الاثنين' = Mon 27 Jan 2025"),
    ev("vehicles-salah-al-din", "فسيُفتح لها شارع صلاح الدين -محور نتساريم-", RETURN, "'عند الساعة 9:00 من صباح اليوم' = Mon 27 Jan 2025"),
    ev("netzarim-withdrawal", "قوات جيش الاحتلال انسحبت من محور نتساريم", RETURN, "no own expression; the withdrawal from the western part of the corridor at dawn on Mon 27 Jan 2025 (falestinona: 'فجر اليوم الإثنين 2025/01/27')"),
])
art(S, "https://instance1.almayadeen.net/news/politics/%D9%84%D9%84%D9%8A%D9%88%D9%85-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A---%D8%A7%D9%84%D8%A2%D9%81-%D8%A7%D9%84%D8%BA%D8%B2%D9%8A%D9%8A%D9%86-%D9%8A%D8%B9%D9%88%D8%AF%D9%88%D9%86-%D8%A5%D9%84%D9%89-%D9%85%D9%86%D8%A7%D8%B2%D9%84%D9%87%D9%85-%D9%81%D9%8A-%D8%B4%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D9%82%D8%B7%D8%A7",
    "2025-01-28", "no date line on the stored page; the embedded tweets of the channel are dated 'January 28, 2025' (dropped with the tweets), and the body's 'اليوم الثلاثاء' with 'لليوم الثاني على التوالي' after the return that began on Mon 27 Jan gives Tue 28 Jan 2025; headline kept from the page (spelling 'الآف' corrected); the last, truncated words dropped; no date of its own in the text", False, """
لليوم الثاني.. آلاف الغزيين يعودون إلى منازلهم في شمال القطاع رغم اعتداءات الاحتلال
رغم الاعتداءات ومحاولات التخويف الإسرائيلية، يواصل آلاف الغزيين الذين أُرغموا على النزوح بفعل العدوان رحلة عودتهم إلى بيوتهم في شمال قطاع غزة لليوم الثاني على التوالي.
وذكر مراسل الميادين في غزة أن سكان شمال قطاع غزة استأنفوا، اليوم الثلاثاء، مسيرة العودة نحو مناطقهم عبر شارع الرشيد منذ ساعات الصباح الأولى.
وأضاف أن الآلاف من أهالي شمال غزة ما زالوا يتوجهون نحو مناطقهم لليوم الثاني على التوالي.
وفتحت دبابات الاحتلال الإسرائيلي نيرانها، صباح اليوم، باتجاه عدد من العائدين إلى منازلهم في حي الزيتون جنوب مدينة غزة.
وبحسب وكالة "وفا" الفلسطينية، استهدف الاحتلال بالرصاص مواطنين كانوا يحاولون الرجوع إلى بيوتهم في محيط مدرسة خليل النوباني.
""", [
    ev("return-resumes", "سكان شمال قطاع غزة استأنفوا، اليوم الثلاثاء، مسيرة العودة", "2025-01-28", "'اليوم الثلاثاء' = Tue 28 Jan 2025 (the second day of the return)"),
    ev("zeitoun-tank-fire", "وفتحت دبابات الاحتلال الإسرائيلي نيرانها، صباح اليوم", "2025-01-28", "'صباح اليوم' = the morning of Tue 28 Jan 2025"),
])
art(S, "https://www.aljazeeramubasher.net/news/2025/1/29/%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-%D9%86%D8%AD%D9%88-376-%D8%A3%D9%84%D9%81-%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A-%D8%B9%D8%A7%D8%AF%D9%88%D8%A7?traffic_source=rss",
    "2025-01-29", "date in the URL '/2025/1/29/' (29 Jan 2025 was a Wednesday); the body's 'ظهر أمس الثلاثاء' agrees; headline rendered from the URL slug (the stored text has none); the embedded English tweet dropped; no date of its own in the text", False, """
الأمم المتحدة: نحو 376 ألف فلسطيني عادوا إلى شمال غزة
أفاد مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا) بأن أكثر من 376 ألف فلسطيني رجعوا إلى شمال قطاع غزة في الفترة ما بين صباح الاثنين وظهر أمس الثلاثاء.
وبيّن المكتب أن نصف هؤلاء العائدين من الرجال، في حين يمثل النساء ربعهم والأطفال الربع الباقي، مستندا إلى أرقام فريق عمل يضم عدة منظمات أقامت نقاط إحصاء في أنحاء القطاع.
وأشار إلى أن "الحوامل والمرضعات والمسنين وذوي الإعاقة والمصابين بأمراض مزمنة أو المحتاجين إلى رعاية طبية عاجلة، والقاصرين غير المصحوبين بذويهم، هم من أبرز الفئات الضعيفة بين النازحين الذين قطعوا هذه الرحلة الشاقة مشيا على الأقدام".
وكان المكتب الإعلامي الحكومي في غزة قد ذكر يوم الاثنين أن قرابة 300 ألف نازح رجعوا من محافظات الجنوب والوسطى إلى محافظات غزة والشمال.
وجاء في بيانه: "عاد اليوم أكثر من 300 ألف نازحٍ من أبناء شعبنا الفلسطيني العظيم من محافظات الجنوب والوسطى إلى محافظات غزة والشمال عبر شارعي الرشيد وصلاح الدين بعد 470 يوما على حرب الإبادة الجماعية التي ارتكبها جيش الاحتلال الإسرائيلي".
""", [
    ev("ocha-376k-returned", "أكثر من 376 ألف فلسطيني رجعوا إلى شمال قطاع غزة", RETURN, "'ما بين صباح الاثنين وظهر أمس الثلاثاء' from Wed 29 = Mon 27 - Tue 28 Jan 2025", end="2025-01-29"),
    ev("ocha-statement", "أفاد مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)", "2025-01-28", "no own expression; OCHA's count up to noon of Tue 28 Jan, issued that day or early on Wed 29 Jan 2025 (my span)", end="2025-01-30"),
    ev("gmo-300k-returned", "قد ذكر يوم الاثنين أن قرابة 300 ألف نازح رجعوا", RETURN, "'يوم الاثنين' = Mon 27 Jan 2025 (the statement's 'عاد اليوم' is that Monday)"),
    ev("war-470-days", "بعد 470 يوما على حرب الإبادة الجماعية", WAR[0], "'470 يوما' = 7 Oct 2023 - 19 Jan 2025", end=WAR[1]),
])

# ---------------------------------------------------------------- syria-al-hol-camp-closure-2026
S = "syria-al-hol-camp-closure-2026"
UNHCR = "2026-02-15"                       # UNHCR's statement on al-Hol, Sun 15 Feb 2026
MOVE = "2026-02-17"                        # the transfer of the remaining residents to Akhtarin began on Tue 17 Feb 2026
CLOSE = "2026-02-22"                       # the camp closed on Sun 22 Feb 2026
TAKEOVER = ("2026-01-20", "2026-01-22")    # the SDF left the camp on Tue 20 Jan, the Syrian army entered on Wed 21 Jan 2026
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2026/2/15/2943333/%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-%D9%85%D8%BA%D8%A7%D8%AF%D8%B1%D8%A9-%D8%B9%D8%AF%D8%AF-%D9%83%D8%A8%D9%8A%D8%B1-%D9%85%D9%86-%D8%B3%D9%83%D8%A7%D9%86-%D9%85%D8%AE%D9%8A%D9%85-%D8%A7%D9%84%D9%87%D9%88%D9%84-%D9%88%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AA%D8%AE%D8%B7%D8%B7-%D9%84%D9%86%D9%82%D9%84-%D8%A7%D9%84%D8%A8%D8%A7%D9%82%D9%8A%D9%86",
    "2026-02-15", "page time stamp '09:09 م 15/02/2026' (kept as second line; 15 Feb 2026 was a Sunday), date in the URL '/2026/2/15/'; the body's 'الأحد' agrees; the byline 'كتب : مصراوي', the photo caption and the credit '(أ ب)' dropped; headline kept from the page", True, """
الأمم المتحدة: مغادرة عدد كبير من سكان مخيم الهول وسوريا تخطط لنقل الباقين
09:09 م 15/02/2026
أعلنت وكالة الأمم المتحدة لشؤون اللاجئين الأحد أن أعدادا كبيرة من سكان مخيم يؤوي عائلات يشتبه في صلتها بمسلحي تنظيم داعش قد غادرته، وأن الحكومة السورية تعتزم نقل من بقي منهم.
وذكر جونزالو فارجاس يوسا في بيان أن الوكالة "رصدت تراجعا كبيرا في عدد سكان مخيم الهول خلال الأسابيع الماضية".
وتابع: "أطلعت السلطات السورية المفوضية على خططها لنقل العائلات المتبقية إلى مخيم أخترين في محافظة حلب، وطلبت منها دعم السكان في المخيم الجديد، ونحن مستعدون تماما لتقديم هذا الدعم".
ولفت إلى أن المفوضية "ستستمر في دعم عودة السوريين الذين غادروا مخيم الهول واندماجهم، وكذلك من بقي فيه".
ولم يوضح البيان كيف خرج السكان من المخيم ولا عدد الباقين فيه. ويرجح أن عائلات كثيرة فرت إما خلال الفوضى عندما انتزعت القوات الحكومية السيطرة على المخيم من قوات سوريا الديمقراطية "قسد" التي يقودها الأكراد الشهر الماضي، وإما بعد ذلك.
ولم يصدر على الفور أي تعليق من الحكومة السورية، ولم يرد المتحدث باسمها على طلب للتعليق.
""", [
    ev("unhcr-statement", "أعلنت وكالة الأمم المتحدة لشؤون اللاجئين الأحد", UNHCR, "'الأحد' = Sun 15 Feb 2026 (time stamp)"),
    ev("population-decline", "تراجعا كبيرا في عدد سكان مخيم الهول خلال الأسابيع الماضية", TAKEOVER[0], "'خلال الأسابيع الماضية' from Sun 15 Feb = since the SDF left on Tue 20 Jan 2026 (my span 20 Jan - 15 Feb)", end="2026-02-16"),
    ev("families-fled", "أن عائلات كثيرة فرت إما خلال الفوضى", TAKEOVER[0], "no own expression; the flight of families during the takeover of 20-21 Jan 2026 or after it, up to the statement (my span 20 Jan - 15 Feb)", end="2026-02-16"),
    ev("camp-takeover", "انتزعت القوات الحكومية السيطرة على المخيم", TAKEOVER[0], "'الشهر الماضي' from Feb = January 2026: the SDF's withdrawal on Tue 20 Jan and the army's entry on Wed 21 Jan 2026 (lbcgroup, elbalad)", end=TAKEOVER[1]),
])
art(S, "https://www.shaam.org/local/نقل-مئات-القاطنين-من-مخيم-الهول-إلى-مخيم-مجهّز-في-أخترين-بحلب",
    "2026-02-17", "page date line '● محليات ١٧ فبراير ٢٠٢٦' (kept in Arabic-Indic digits, the bullet dropped; 17 Feb 2026 was a Tuesday); the body's 'صباح اليوم' agrees with the start of the transfer on Tue 17 Feb (kurdistan24, okaz, yallasyrianews 'صباح الثلاثاء الموافق 17 شباط'); headline kept from the page; the last, truncated sentence shortened", True, """
نقل مئات القاطنين من مخيم الهول إلى مخيم مُجهّز في أخترين بحلب
محليات ١٧ فبراير ٢٠٢٦
نقلت مديرية الإعلام عن مديرية التعاون الدولي في محافظة حلب أن مئات المواطنين من قاطني مخيم الهول في ريف الحسكة، أغلبهم نساء وأطفال، نُقلوا صباح اليوم إلى مخيم مُجهّز بالقرب من بلدة أخترين في ريف حلب الشمالي.
وبيّنت أن هذه الخطوة أتت بعد أن أتمت الحكومة السورية إحصاء قاطني المخيم وتوثيقهم ودرست أوضاعهم الإنسانية، تلبية لمناشدات دعت إلى تحسين ظروف معيشتهم وتأمين الخدمات الأساسية لهم.
وأكدت الجهات المعنية أن مديرية الشؤون الاجتماعية وضعت، بالتعاون مع الهلال الأحمر السوري والجهات المشرفة على المخيم الجديد، خطة تنموية شاملة تضم برامج لإعادة التأهيل، منها تجهيز مدرسة ومركز صحي وعدد من المرافق العامة لضمان الخدمات الأساسية للسكان.
وفي السياق نفسه، كان ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين في سوريا، غونزالو فارغاس يوسا، قد أعلن أن السلطات السورية أبلغت المفوضية بخطة لنقل العائلات المتبقية في مخيم الهول إلى مخيم آخر.
""", [
    ev("transfer-begins", "نُقلوا صباح اليوم إلى مخيم مُجهّز بالقرب من بلدة أخترين", MOVE, "'صباح اليوم' = Tue 17 Feb 2026 (date line)"),
    ev("census-of-residents", "أتمت الحكومة السورية إحصاء قاطني المخيم وتوثيقهم", "2026-01-21", "no own expression; the count made between the takeover of Wed 21 Jan and the transfer of Tue 17 Feb 2026 (my span)", end=MOVE),
    ev("unhcr-statement", "قد أعلن أن السلطات السورية أبلغت المفوضية بخطة", UNHCR, "no own expression ('كان ... قد أعلن'); the UNHCR statement of Sun 15 Feb 2026 (masrawy)"),
])
art(S, "https://www.aljazeera.net/news/2026/2/18/%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%A8%D8%AF%D8%A3-%D9%86%D9%82%D9%84-%D9%82%D8%A7%D8%B7%D9%86%D9%8A-%D8%A7%D9%84%D9%87%D9%88%D9%84",
    "2026-02-18", "date in the URL '/2026/2/18/' and stamp 'date 2026-02-18' (18 Feb 2026 was a Wednesday); headline rendered from the URL slug (the stored text has none); the last, truncated sentence shortened; no date of its own in the text (no date word at all but 'خلال الفترة المقبلة')", False, """
السلطات السورية تبدأ نقل قاطني الهول
بلغت قرابة 70 عائلة مخيما أقيم حديثا بالقرب من بلدة أخترين في ريف حلب الشمالي، آتية من مخيم الهول في محافظة الحسكة برفقة قوات الأمن الداخلي السوري، في أول عملية نقل بعد تسلم الحكومة السورية إدارة المخيم.
وأفاد مراسل الجزيرة في أخترين ميلاد فضل بأن قافلة تقل مئات النساء والأطفال دخلت المخيم لحظة إعداد التقرير، بعد أن نُقلت العائلات في 6 حافلات رافقها عناصر من الأمن الداخلي وفرق من الدفاع المدني.
ويعد مخيم الهول من أكبر مخيمات شمال شرقي سوريا، ويؤوي آلاف العائلات، بينها عائلات مقاتلين سابقين في تنظيم الدولة وأطفالهم، إلى جانب نازحين من مناطق شتى. وقد قضت هذه العائلات سنوات تحت إشراف قوات سوريا الديمقراطية (قسد) قبل انسحابها من المخيم.
وأعلنت الحكومة السورية من جهتها أن وزارة الشؤون الاجتماعية والعمل، بالتعاون مع الهلال الأحمر السوري والجهات المعنية، أعدت خطة متكاملة لإدارة مخيم أخترين، تتضمن برامج لإعادة التأهيل وتجهيز مدرسة ومركز صحي وتأمين الخدمات الأساسية للعائلات الواصلة.
ووفق مراسل الجزيرة، يُنتظر أن تلحق بهذه القافلة دفعات أخرى خلال الفترة المقبلة.
""", [
    ev("first-convoy-arrives", "بلغت قرابة 70 عائلة مخيما أقيم حديثا بالقرب من بلدة أخترين", MOVE, "no own expression; the first convoy left al-Hol on Tue 17 Feb 2026 and reached Akhtarin that day or the next (report of Wed 18; alaraby of Wed 18: 150 families in the latest batch); my span 17-18 Feb", end="2026-02-19"),
    ev("camp-takeover", "بعد تسلم الحكومة السورية إدارة المخيم", TAKEOVER[0], "no own expression; the takeover after the SDF's withdrawal, Tue 20 - Wed 21 Jan 2026", end=TAKEOVER[1]),
    ev("sdf-withdrawal", "قبل انسحابها من المخيم", TAKEOVER[0], "no own expression; the SDF left al-Hol on Tue 20 Jan 2026 (lbcgroup, vetogate, alsumaria of 20 Jan)"),
    ev("more-convoys-expected", "يُنتظر أن تلحق بهذه القافلة دفعات أخرى خلال الفترة المقبلة", "2026-02-18", "'خلال الفترة المقبلة' from Wed 18 Feb = the further convoys up to the closure of Sun 22 Feb 2026 (my span 18-22 Feb)", end="2026-02-23"),
])
art(S, "https://alkhabar.news/2026/02/22/%d8%a5%d8%ba%d9%84%d8%a7%d9%82-%d9%85%d8%ae%d9%8a%d9%85-%d8%a7%d9%84%d9%87%d9%88%d9%84-%d9%81%d9%8a-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%a8%d8%b9%d8%af-%d8%a5%d8%ae%d9%84%d8%a7%d8%a6%d9%87-%d9%85%d9%86",
    "2026-02-22", "date in the URL '/2026/02/22/' (22 Feb 2026 was a Sunday); the body's 'الأحد' and 'اليوم' agree; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
إغلاق مخيم الهول في سوريا بعد إخلائه من آخر قاطنيه
أغلقت السلطات السورية الأحد مخيم الهول، أكبر مخيمات البلاد الذي كانت القوات الكردية تديره وظل لسنوات يؤوي عائلات مقاتلي تنظيم الدولة الإسلامية، وذلك بعد إخراج آخر المقيمين فيه، وفق ما أفاد به مدير المخيم فادي القاسم وكالة "فرانس برس".
وقال القاسم إن "المخيم اغلق اليوم" الأحد، بعد أن "تم نقل كامل العوائل السورية وغير السوريين"، موضحا أن الحكومة "وضعت خططا تنموية وإعادة دمج للعوائل بعيدا من الإعلام".
ونبه القاسم، المسؤول الذي كلفته الحكومة بإدارة شؤون المخيم، إلى أن "نساء وأطفال المخيم بحاجة إلى الدعم من أجل دمجهم".
وأكد مصدر في منظمة إنسانية كانت تعمل في مخيم الهول الأحد: "أجلينا كل الفرق العاملة لدينا داخل المخيم، وقمنا بتفكيك كل معداتنا وغرفنا المسبقة الصنع ونقلناها إلى خارج المخيم".
وكانت السلطات السورية قد بدأت الثلاثاء نقل من بقي من قاطني المخيم إلى مخيم آخر في حلب شمالي البلاد، بعد أن غادره خلال الأسابيع الماضية معظم الأجانب الذين كانوا محتجزين فيه، إلى وجهة غير معروفة ومن دون أن تتضح ظروف خروجهم.
""", [
    ev("camp-closure", "أغلقت السلطات السورية الأحد مخيم الهول", CLOSE, "'الأحد' = Sun 22 Feb 2026 (also 'اليوم' الأحد in the director's words)"),
    ev("ngo-pullout", "أجلينا كل الفرق العاملة لدينا داخل المخيم", MOVE, "no own expression; the aid group's pull-out during the week of the transfer, completed by the closure of Sun 22 Feb 2026 (my span 17-22 Feb)", end="2026-02-23"),
    ev("transfer-begins", "قد بدأت الثلاثاء نقل من بقي من قاطني المخيم", MOVE, "'الثلاثاء' before Sun 22 = Tue 17 Feb 2026"),
    ev("foreigners-left", "غادره خلال الأسابيع الماضية معظم الأجانب", TAKEOVER[0], "'خلال الأسابيع الماضية' = since the SDF's withdrawal of Tue 20 Jan 2026, before the transfer of 17 Feb (my span 20 Jan - 16 Feb)", end=MOVE),
])

# ---------------------------------------------------------------- bangladesh-balukhali-rohingya-fire-2021
S = "bangladesh-balukhali-rohingya-fire-2021"
FIRE = "2021-03-22"                        # the fire broke out in Balukhali camp on the afternoon of Mon 22 Mar 2021
NIGHT = ("2021-03-22", "2021-03-24")       # the fire burned into the night and was put out late on 22 / overnight to 23 Mar
TUE = "2021-03-23"                         # bodies found and UNHCR's toll (15 dead, 400 missing), Tue 23 Mar 2021
EXODUS = ("2017-08-25", "2018-01-01")      # the Rohingya exodus from Myanmar that began on 25 Aug 2017
art(S, "https://opinyatimes.com/%d8%ad%d8%b1%d9%8a%d9%82-%d8%a8%d9%85%d8%ae%d9%8a%d9%85-%d9%84%d9%84%d8%b1%d9%88%d9%87%d9%8a%d9%86%d8%ba%d8%a7-%d9%81%d9%8a-%d8%a8%d9%86%d8%ba%d9%84%d8%a7%d8%af%d9%8a%d8%b4-%d9%8a%d8%b3%d8%aa%d9%85",
    "2021-03-22", "no page stamp; the body's 'الإثنين 22 مارس/آذار 2021' (kept; 22 Mar 2021 was a Monday) for a live report of a fire 'still burning at the time of publication' ('وما زال مستمراً حتى لحظة نشر الخبر') gives Mon 22 Mar 2021; headline kept from the page; the sub-heading and the last, truncated sentence dropped", True, """
حريق بمخيم للروهينغا في بنغلاديش يستمر لساعات.. أسفر عن مصرع امرأة وطفلين وعدد من المفقودين
لقي 3 أشخاصٍ حتفهم، الإثنين 22 مارس/آذار 2021، جراء حريق شب في مخيم للاجئي الروهينغا بمنطقة كوكس بازار الحدودية جنوبي بنغلاديش، بحسب شهود عيان.
وأوضح اللاجئ محمد أيوب، من كوكس بازار، أن امرأة واحدة على الأقل (19 عاماً) وطفلين في السادسة والتاسعة من العمر فارقوا الحياة بسبب الحريق، مشيرا إلى أن عددا آخر لا يزال في عداد المفقودين.
من جانبه، تحدث مايو خان، زعيم رابطة شباب الروهينغا، عن "خروج الحريق عن السيطرة، وتسببه في تدمير أكثر من 700 خيمة".
وقال شاهد عيان آخر إن النيران "بدأت في نحو الساعة الـ3:30 بالتوقيت المحلي (10:30 ت.غ) وما زالت مستمرة" حتى لحظة نشر الخبر.
بدوره، أفاد محمد شمسود دوزا، المفوض الإضافي بمفوضية إغاثة اللاجئين والعودة إلى الوطن التابعة لوزارة إدارة الكوارث والطوارئ، بأن السلطات تلقت بلاغا بالحريق وسارعت إلى موقعه لإخماده.
وتستضيف بنغلاديش أكثر من مليون لاجئ من الروهينغا في مخيمات مدينة "كوكس بازار"، التي تعد أكبر مخيم للاجئين في العالم.
""", [
    ev("fire-deaths", "لقي 3 أشخاصٍ حتفهم، الإثنين 22 مارس/آذار 2021", NIGHT[0], "'الإثنين 22 مارس/آذار 2021'; the deaths of the fire of Mon 22 Mar, which burned into the night (bodies found on Tue 23); my span 22-23 Mar", end=NIGHT[1]),
    ev("balukhali-fire", "جراء حريق شب في مخيم للاجئي الروهينغا", FIRE, "the fire of Mon 22 Mar 2021 (same sentence)"),
    ev("shelters-destroyed", "وتسببه في تدمير أكثر من 700 خيمة", FIRE, "no own expression; the destruction by the fire of Mon 22 Mar 2021 (later counts: about 10,000 shelters)"),
    ev("fire-start", "بدأت في نحو الساعة الـ3:30 بالتوقيت المحلي", FIRE, "'الساعة الـ3:30 بالتوقيت المحلي' on Mon 22 Mar 2021 (afternoon)"),
    ev("authorities-respond", "السلطات تلقت بلاغا بالحريق وسارعت إلى موقعه", FIRE, "no own expression; the response on Mon 22 Mar 2021, while the fire was burning"),
])
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2021/3/23/1992298/%D9%85%D9%82%D8%AA%D9%84-15-%D9%81%D9%8A-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A8%D9%85%D8%AE%D9%8A%D9%85%D8%A7%D8%AA-%D9%84%D8%A7%D8%AC%D8%A6%D9%8A-%D8%A7%D9%84%D8%B1%D9%88%D9%87%D9%8A%D9%86%D8%AC%D8%A7-%D9%81%D9%8A-%D8%A8%D9%86%D8%AC%D9%84%D8%A7%D8%AF%D9%8A%D8%B4",
    "2021-03-23", "page time stamp '04:17 م الثلاثاء 23 مارس 2021' (kept as second line; 23 Mar 2021 was a Tuesday) and date in the URL '/2021/3/23/'; the dateline 'دكا - (د ب أ):' kept; the photo tag and app banner dropped; headline kept from the page; the last, truncated sentence dropped", True, """
مقتل 15 في حريق بمخيمات لاجئي الروهينجا في بنجلاديش
04:17 م الثلاثاء 23 مارس 2021
دكا - (د ب أ):
قضى ما لا يقل عن 15 شخصا وأصيب المئات جراء حريق هائل التهم أجزاء من مخيمات لاجئي الروهينجا في منطقة كوكس بازار ببنجلاديش، وفق ما ذكره مسؤولون في دائرة الإطفاء اليوم الثلاثاء.
وأعلنت المفوضية العليا لشؤون اللاجئين التابعة للأمم المتحدة أن 15 شخصا لقوا حتفهم، فيما أشارت تقارير إلى فقدان 400 شخص إثر الحريق الذي اندلع في أحد مخيمات اللاجئين في بالوخالي بمنطقة أوخويا.
وبيّن المتحدث باسم المفوضية، مصطفى محمد سازاد حسين، أن الحريق خلّف ما لا يقل عن 450 مصابا.
وكان محمد عبد الله، رئيس دائرة الإطفاء والدفاع المدني في المنطقة، قد أبلغ وكالة الأنباء الألمانية (د.ب.أ) هاتفيا في وقت سابق بأن رجال الإطفاء أخمدوا النيران أثناء الليل، ثم عثروا في الصباح على جثث متفحمة لثلاثة رجال وامرأتين وطفلين تحت الأنقاض.
وأضاف أن المصابين يتلقون العلاج حاليا في مرافق صحية مختلفة تديرها وكالات الإغاثة، وأن الحكومة تعكف على تقدير حجم الأضرار التي خلفها الحادث.
وذكر عبد الله أن لجنة من سبعة أعضاء كُلفت بالتحقيق في الحادث للوقوف على أسبابه.
""", [
    ev("fire-deaths", "قضى ما لا يقل عن 15 شخصا وأصيب المئات", NIGHT[0], "no own day for the deaths; the fire of Mon 22 Mar and the night after (toll given 'اليوم الثلاثاء', 23 Mar); my span 22-23 Mar", end=NIGHT[1]),
    ev("unhcr-toll", "فيما أشارت تقارير إلى فقدان 400 شخص", TUE, "no own expression; UNHCR's toll (15 dead, 400 missing) given on Tue 23 Mar 2021 (with 'اليوم الثلاثاء' of the first sentence)"),
    ev("balukhali-fire", "الحريق الذي اندلع في أحد مخيمات اللاجئين في بالوخالي", FIRE, "no own expression; the fire of Mon 22 Mar 2021"),
    ev("fire-put-out", "أخمدوا النيران أثناء الليل", NIGHT[0], "'أثناء الليل' = the night of Mon 22 to Tue 23 Mar 2021", end=NIGHT[1]),
    ev("bodies-found", "ثم عثروا في الصباح على جثث متفحمة", TUE, "'في الصباح' = the morning of Tue 23 Mar 2021"),
    ev("inquiry-committee", "أن لجنة من سبعة أعضاء كُلفت بالتحقيق", FIRE, "no own expression; the seven-member committee named after the fire and reported on Tue 23 Mar 2021 (my span 22-23 Mar)", end="2021-03-24"),
])
art(S, "https://www.masress.com/albawabh/4300667",
    "2021-03-23", "no date on the stored page; the body's 'اليوم /الثلاثاء/' for the bodies found after the Balukhali fire of 'مساء أمس /الاثنين/' (the fire of Mon 22 Mar 2021, dated so by opinyatimes and masrawy) gives Tue 23 Mar 2021; headline written from the body (the stored text has none); no date of its own in the text", False, """
الشرطة البنغالية تعثر على جثث سبعة أشخاص بعد حريق مخيم بالوخالي
أفاد قائد كتيبة الشرطة المسلحة 17 في بنجلاديش، طارق إسلام، بأن الشرطة وجدت اليوم /الثلاثاء/ جثث سبعة أشخاص، من بينهم طفلان، بعد إخماد الحريق الذي شب في معسكر بالوخالي للاجئين الروهينجا في أوخيا.
ونقلت صحيفة (بروثوم الو) البنغالية، في نسختها الإنجليزية، عن السكان المحليين أن النيران انطلقت من منزل في مخيم بالوخالي للروهينجا مساء أمس /الاثنين/ ثم امتدت إلى المعسكرات المجاورة، وأن عناصر خدمة الإطفاء تمكنوا من السيطرة عليها في وقت متأخر من أمس.
وروى عدد من الروهينجا الذين شهدوا الحادث أن السكان المحليين واللاجئين حاولوا بمجرد اندلاع الحريق احتواءه لكنهم أخفقوا.
وهرعت إلى المكان أربع وحدات إطفاء من رامو وأوخيا وتكناف وكوكس بازار، كما انتقل مدير الشرطة ومسؤولون آخرون إلى موقع الحادث للتحقق من أسبابه.
ويعيش قرابة مليون من أقلية الروهينجا المسلمة القادمين من ميانمار في أوضاع بائسة داخل مخيمات منطقة كوكس بازار، بعدما فروا من بلدهم إثر عملية عسكرية للجيش الميانماري عام 2017.
""", [
    ev("bodies-found", "بأن الشرطة وجدت اليوم /الثلاثاء/ جثث سبعة أشخاص", TUE, "'اليوم /الثلاثاء/' = Tue 23 Mar 2021"),
    ev("balukhali-fire", "أن النيران انطلقت من منزل في مخيم بالوخالي للروهينجا مساء أمس /الاثنين/", FIRE, "'مساء أمس /الاثنين/' from Tue 23 = Mon 22 Mar 2021"),
    ev("fire-put-out", "تمكنوا من السيطرة عليها في وقت متأخر من أمس", NIGHT[0], "'في وقت متأخر من أمس' = late on Mon 22 Mar 2021 (masrawy: 'أثناء الليل'); my span the night of 22-23 Mar", end=NIGHT[1]),
    ev("fire-engines-arrive", "وهرعت إلى المكان أربع وحدات إطفاء", FIRE, "no own expression; the fire engines sent while the fire burned on Mon 22 Mar 2021"),
    ev("rohingya-exodus", "بعدما فروا من بلدهم إثر عملية عسكرية للجيش الميانماري عام 2017", EXODUS[0], "'عام 2017' = the flight that began with the army operation of 25 Aug 2017 (my span 25 Aug - end of 2017)", end=EXODUS[1]),
])
art(S, "https://akhbaralaan.net/news/world/2021/03/25/%d8%a8%d8%a7%d9%84%d8%b5%d9%88%d8%b1-%d8%a2%d9%84%d8%a7%d9%81-%d8%a7%d9%84%d9%85%d8%b4%d8%b1%d8%af%d9%8a%d9%86-%d9%85%d9%86-%d9%84%d8%a7%d8%ac%d8%a6%d9%8a-%d8%a7%d9%84%d8%b1%d9%88%d9%87%d9%8a%d9%86%d8%ba%d8%a7-%d8%a8%d8%b9%d8%af-%d8%ad%d8%b1%d9%8a%d9%82-%d9%85%d8%ae%d9%8a%d9%85-%d9%83%d9%88%d9%83%d8%b3-%d8%a8%d8%a7%d8%b2%d8%a7%d8%b1",
    "2021-03-25", "date in the URL '/2021/03/25/' (25 Mar 2021 was a Thursday); headline rendered from the URL slug ('بالصور' dropped); the repeated sub-heading dropped; no date of its own in the text", False, """
آلاف المشردين من لاجئي الروهينغا بعد حريق مخيم كوكس بازار
يُعد مخيم كوكس بازار في بنغلادش، الذي اجتاحته النيران، الأكبر من نوعه في العالم، إذ يؤوي ما يزيد على مليون من الروهينغا الفارين من ميانمار بعد حملة شنها الجيش هناك عليهم.
ويخشى مراقبون أن ترتفع حصيلة قتلى الحريق الضخم الذي شب في المخيم، بعدما أُعلن حتى الآن عن مقتل 15 شخصا وفقدان نحو 400 آخرين وتشريد الآلاف.
ونقلت المنظمة الدولية للاجئين عن شهود عيان أن الأسلاك الشائكة المحيطة بالمخيم حاصرت سكانه، ومنهم أطفال.
ويمثل مخيم كوكس بازار ملجأ لأكثر من مليون لاجئ نزحوا من ميانمار عام 2017.
ويشكل مسلمو الروهينجا أقلية في ميانمار ذات الأغلبية البوذية، ويتعرضون للاضطهاد منذ أجيال.
وانطلقت آخر موجات نزوح الروهينجا نحو بنغلاديش في أغسطس/آب 2017 في أعقاب حملة وحشية شنها جيش ميانمار عليهم، وقد برر الجيش حملته حينها بأنها رد على هجمات نفذتها مجموعات مسلحة من الروهينغا على مراكز للشرطة.
وكان الحريق الهائل قد اندلع في مخيمات للاجئين الروهينغا جنوب شرق بنغلادش، وأرغم نحو 20 ألفاً منهم على الفرار، بحسب السلطات المحلية.
""", [
    ev("unhcr-toll", "أُعلن حتى الآن عن مقتل 15 شخصا وفقدان نحو 400 آخرين", TUE, "'حتى الآن' (Thu 25); the toll of 15 dead and 400 missing given by UNHCR on Tue 23 Mar 2021 (masrawy)"),
    ev("balukhali-fire", "الحريق الضخم الذي شب في المخيم", FIRE, "no own expression; the fire of Mon 22 Mar 2021"),
    ev("rohingya-exodus", "وانطلقت آخر موجات نزوح الروهينجا نحو بنغلاديش في أغسطس/آب 2017", EXODUS[0], "'في أغسطس/آب 2017' = the wave that began on 25 Aug 2017 (my span 25 Aug - end of 2017)", end=EXODUS[1]),
    ev("residents-flee", "وأرغم نحو 20 ألفاً منهم على الفرار", NIGHT[0], "no own expression; the flight from the fire of Mon 22 Mar 2021 and the night after (my span 22-23 Mar)", end=NIGHT[1]),
])

# ---------------------------------------------------------------- yemen-marib-camps-floods-2025
S = "yemen-marib-camps-floods-2025"
RAINS = ("2025-09-16", "2025-09-19")       # the rains and floods on the Marib camps, Tue 16 - Thu 18 Sep 2025
APPEAL = "2025-09-16"                      # the camps unit's distress call, Tue 16 Sep 2025
DAMAGE = ("2025-09-16", "2025-09-18")      # the damage counted in the unit's report of Wed 17 Sep (8,684 families)
AHEAD = ("2025-09-17", "2025-09-19")       # the rain forecast 'for the next two days' from Tue 16 Sep
EARLY = ("2025-09-01", "2025-09-17")       # the 4,700 shelters damaged since the start of September (my span 1-16 Sep)
art(S, "https://yemennownews.com/article/3100475",
    "2025-09-16", "the Saba wire's stamp '[16/09/2025 04:53]' (kept as second line; 16 Sep 2025 was a Tuesday) and dateline 'مأرب - سبأنت' (kept); the body's 'اليوم الثلاثاء' agrees; the aggregator's furniture (view count, source tags) dropped; headline kept from the page; the last, truncated sentence completed from the same statement as quoted by marebpress ('بينها 678 مأوى دمر كلياً')", True, """
الوحدة التنفيذية للنازحين بمأرب تطلق نداء استغاثة مع بداية تأثر المحافظة بالمنخفض الجوي
[16/09/2025 04:53]
مأرب - سبأنت
وجهت الوحدة التنفيذية لإدارة مخيمات النازحين بمحافظة مأرب، اليوم الثلاثاء، نداء استغاثة عاجلاً بعد الأضرار الأولية التي أصابت مخيمات جو النسيم والشركة والروضة، من جراء تأثر المحافظة بالمنخفض الجوي والامطار التي تساقطت اليوم ومازالت مستمرة.
وأوضحت الوحدة في بيان تسلمت وكالة الانباء اليمنية (سبأ) نسخة منه أن "التوقعات الجوية تنبئ بهطول أمطار غزيرة خلال اليومين القادمين، بما يهدد بتفاقم الأوضاع الإنسانية في المخيمات المقامة في الصحارى والمناطق المفتوحة التي تخلو من البنية التحتية ووسائل الحماية من الكوارث".
وطالب البيان السلطات المحلية والمنظمات الإنسانية ومكتب تنسيق الشؤون الإنسانية (OCHA) بالتدخل سريعا لتأمين مواد الإيواء ووسائل تصريف مياه الأمطار والدعم اللوجستي الضروري لحماية الأسر النازحة من الفيضانات والانهيارات.
ولفت البيان إلى أن ما يزيد على 4,700 مأوى تضرر مطلع الشهر الجاري، منها 678 مأوى دُمر كليا.
""", [
    ev("distress-call", "وجهت الوحدة التنفيذية لإدارة مخيمات النازحين بمحافظة مأرب، اليوم الثلاثاء، نداء استغاثة", APPEAL, "'اليوم الثلاثاء' = Tue 16 Sep 2025 (stamp)"),
    ev("first-camp-damage", "الأضرار الأولية التي أصابت مخيمات جو النسيم والشركة والروضة", APPEAL, "no own expression; the first damage from the rain of 'اليوم' = Tue 16 Sep 2025"),
    ev("marib-rains", "والامطار التي تساقطت اليوم ومازالت مستمرة", RAINS[0], "'اليوم' = Tue 16 Sep 2025, the first day of the rains on Marib, which went on to Thu 18 (my span 16-18 Sep)", end=RAINS[1]),
    ev("rain-forecast", "بهطول أمطار غزيرة خلال اليومين القادمين", AHEAD[0], "'خلال اليومين القادمين' from Tue 16 = Wed 17 - Thu 18 Sep 2025", end=AHEAD[1]),
    ev("early-september-damage", "ما يزيد على 4,700 مأوى تضرر مطلع الشهر الجاري", EARLY[0], "'مطلع الشهر الجاري' = early September 2025 (marebpress: 'منذ مطلع الشهر الجاري'); my span 1-16 Sep", end=EARLY[1]),
])
art(S, "https://marebpress.net/news_details.php?lang=arabic&sid=213684",
    "2025-09-17", "page date line 'الأربعاء 17 سبتمبر-أيلول 2025 الساعة 02 مساءً' (kept as first line; 17 Sep 2025 was a Wednesday), stamp 'date 2025-09-17'; the byline 'مأرب برس- مأرب برس' dropped; headline written from the body (the stored text has none)", True, """
الأربعاء 17 سبتمبر-أيلول 2025 الساعة 02 مساءً
نداء استغاثة لإنقاذ مخيمات النازحين في مأرب من السيول
وجهت الوحدة التنفيذية لإدارة مخيمات النازحين في محافظة مأرب، شمال شرقي البلاد، نداء استغاثة عاجلا إثر أمطار غزيرة اجتاحت أجزاء واسعة من المحافظة وباتت تهدد آلاف الأسر في المخيمات المنتشرة في المناطق الصحراوية.
وذكرت الوحدة في بيان مساء الثلاثاء أن مخيمات جو النسيم والشركة والروضة لحقتها بالفعل أضرار أولية بفعل السيول، في حين ترجح التوقعات استمرار الأمطار خلال اليومين المقبلين، وهو ما ينذر بتفاقم الكارثة الإنسانية.
وبحسب البيان، يقيم أغلب النازحين في مناطق مكشوفة تنقصها البنية التحتية ووسائل الحماية، وقد تضرر أكثر من 4700 مأوى منذ مطلع الشهر الجاري، دُمر منها 678 مأوى بالكامل، ما يترك آلاف الأسر عمليا بلا مأوى ويعرض حياتها لخطر الانهيارات والفيضانات.
ودعت الوحدة السلطات المحلية والمنظمات الإنسانية ومكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (OCHA) إلى المسارعة في توفير مواد الإيواء العاجلة ومضخات تصريف مياه الأمطار والدعم اللوجستي، محذرة من أن أي تأخير قد يفضي إلى كارثة إنسانية وشيكة في إحدى أكثر مناطق البلاد اكتظاظا بالنازحين.
""", [
    ev("marib-rains", "إثر أمطار غزيرة اجتاحت أجزاء واسعة من المحافظة", RAINS[0], "no own expression; the rains of Tue 16 - Thu 18 Sep 2025 (my span)", end=RAINS[1]),
    ev("distress-call", "وذكرت الوحدة في بيان مساء الثلاثاء", APPEAL, "'مساء الثلاثاء' before Wed 17 = Tue 16 Sep 2025"),
    ev("first-camp-damage", "مخيمات جو النسيم والشركة والروضة لحقتها بالفعل أضرار أولية", APPEAL, "no own expression; the first damage reported in the statement of Tue 16 Sep 2025"),
    ev("rain-forecast", "استمرار الأمطار خلال اليومين المقبلين", AHEAD[0], "'خلال اليومين المقبلين' from the statement of Tue 16 = Wed 17 - Thu 18 Sep 2025", end=AHEAD[1]),
    ev("early-september-damage", "وقد تضرر أكثر من 4700 مأوى منذ مطلع الشهر الجاري", EARLY[0], "'منذ مطلع الشهر الجاري' = since the start of September 2025, up to the statement (my span 1-16 Sep)", end=EARLY[1]),
])
art(S, "https://www.eremnews.com/environment/jxf6eh8",
    "2025-09-17", "stamp 'date 2025-09-17' at the head of the stored page (not kept in the text); the body's 'الأربعاء' for the unit's report agrees (17 Sep 2025 was a Wednesday); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
السيول تلحق أضرارا بأكثر من 8 آلاف أسرة نازحة في مأرب
تسببت مياه السيول التي تدفقت بغزارة كبيرة في محافظة مأرب، شمال شرقي اليمن، في خسائر مادية واسعة طالت السكان عموما والنازحين خصوصا.
وأفاد تقرير أولي أصدرته الوحدة التنفيذية لإدارة مخيمات النازحين في محافظة مأرب، الأربعاء، بأن أكثر من 8 آلاف أسرة تقيم في مخيمات النزوح تضررت بعدما جرفت مياه السيول مساكنها.
وأوضح التقرير أن ما يزيد على 1200 أسرة لحقت بها أضرار كلية، بينما أصابت الأضرار الجزئية أكثر من 7 آلاف و400 أسرة.
ووفق التقرير، طالت الأضرار الجسيمة 4 مخيمات متفرقة في القطاع الشمالي من المحافظة، تتنوع مساكنها بين خيام من القماش والنايلون و"عشش" من أعواد النباتات وحاويات حديدية.
ونبه التقرير إلى "تعرض المواد الغذائية إلى تلفيات واسعة، فضلًا عن تضرر خزانات المياه وشبكات الصرف الصحي، بالإضافة إلى فقدان وتلف العديد من المقتنيات الشخصية لأفراد الأسر المتضررة".
وأطلقت الوحدة التنفيذية نداء عاجلا إلى السلطات المحلية والمنظمات الإنسانية المحلية والدولية للإسراع في تأمين مواد الإيواء وإيجاد مسارات لتصريف مياه الأمطار وتقديم الدعم اللوجستي اللازم لحماية الأسر النازحة.
""", [
    ev("marib-rains", "تسببت مياه السيول التي تدفقت بغزارة كبيرة في محافظة مأرب", RAINS[0], "no own expression; the floods of Tue 16 - Thu 18 Sep 2025 (my span)", end=RAINS[1]),
    ev("unit-report", "وأفاد تقرير أولي أصدرته الوحدة التنفيذية لإدارة مخيمات النازحين في محافظة مأرب، الأربعاء", "2025-09-17", "'الأربعاء' = Wed 17 Sep 2025 (stamp)"),
    ev("camp-damage-8684", "أكثر من 8 آلاف أسرة تقيم في مخيمات النزوح تضررت", DAMAGE[0], "no own expression; the damage of Tue 16 - Wed 17 Sep 2025 counted in the report of Wed 17 (my span)", end=DAMAGE[1]),
    ev("second-appeal", "وأطلقت الوحدة التنفيذية نداء عاجلا إلى السلطات المحلية", "2025-09-17", "no own expression; the appeal that came with the report of Wed 17 Sep 2025"),
])
art(S, "https://www.albayan.ae/news/world/yemen/527281",
    "2025-09-18", "stamp 'date 2025-09-18' at the head of the stored page (not kept in the text; 18 Sep 2025 was a Thursday); the body's 'لليوم الرابع على التوالي' agrees with a depression that reached Yemen on Mon 15 Sep; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
السيول تشرد نحو 56 ألف نازح في مأرب
في ظل استمرار تأثر اليمن بالمنخفض الجوي لليوم الرابع على التوالي، اجتاحت السيول مخيمات النازحين في محافظة مأرب وشردت قرابة 56 ألفاً، بحسب تقديرات حكومية أولية.
ووسط تحذيرات من تواصل الحالة المطرية، أعلنت الوحدة الحكومية لإدارة مخيمات النازحين تضرر 8.684 أسرة نازحة - 56 ألف شخص - من جراء الأمطار الغزيرة والسيول والأعاصير التي عرفتها المحافظة خلال الساعات الماضية في عدد من المديريات، مشيرة إلى أن جمع بقية المعلومات واستكمالها لا يزال جاريا.
وجاءت مدينة مأرب في صدارة المناطق من حيث عدد النازحين المتضررين، تلتها مديريات الوادي ورغوان وحريب، فيما أعلنت السلطات أن لجنة الطوارئ شرعت في مهامها الميدانية لعمليات الإنقاذ والإغاثة ومعالجة الأضرار التي خلفتها الأمطار.
وبحسب وكيل المحافظة رئيس لجنة الطوارئ عبد ربه مفتاح، فقد استنفرت اللجنة جميع فرقها الميدانية ووحداتها الخدمية، ونزلت إلى مخيمات النازحين والمواقع المتضررة، وبدأت جهود الإنقاذ وتقدير حجم الأضرار وفتح الطرقات وإقامة مصدات للسيول وتأمين الخدمات الأساسية.
""", [
    ev("yemen-depression", "استمرار تأثر اليمن بالمنخفض الجوي لليوم الرابع على التوالي", "2025-09-15", "'لليوم الرابع على التوالي' on Thu 18 = since Mon 15 Sep 2025", end=RAINS[1]),
    ev("camp-damage-8684", "تضرر 8.684 أسرة نازحة - 56 ألف شخص", DAMAGE[0], "no own expression ('خلال الساعات الماضية'); the damage counted in the unit's report of Wed 17 Sep 2025 (eremnews), my span 16-17 Sep", end=DAMAGE[1]),
    ev("marib-rains", "الأمطار الغزيرة والسيول والأعاصير التي عرفتها المحافظة خلال الساعات الماضية", RAINS[0], "'خلال الساعات الماضية' before Thu 18 = the rains of Tue 16 - Thu 18 Sep 2025 (my span)", end=RAINS[1]),
    ev("emergency-committee", "لجنة الطوارئ شرعت في مهامها الميدانية", "2025-09-17", "no own expression; the committee's field work reported on Thu 18 Sep 2025 (my span 17-18 Sep)", end="2025-09-19"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 337
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
