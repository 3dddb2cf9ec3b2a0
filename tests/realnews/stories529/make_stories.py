"""Builds stories.jsonl: the 529-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: floods in East Africa and South Asia (rains, tolls,
displacement).
Stories: the Mai Mahiu dam burst during the long rains (Nakuru, Kenya, April-May 2024), and the monsoon floods
and landslides around Kathmandu (Nepal, September 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kenya-mai-mahiu-dam-burst-2024
S = "kenya-mai-mahiu-dam-burst-2024"
BURST = "2024-04-29"                       # the old Kijabe dam near Mai Mahiu (Nakuru) burst early on Mon 29 Apr 2024
RAINS = ("2024-03-11", "2024-03-21")       # the heavy rains began in mid-March 2024 (my span for 'منتصف مارس')
art(S, "https://mawki3i.net/2024/04/29/%d8%a7%d9%86%d9%87%d9%8a%d8%a7%d8%b1-%d8%b3%d8%af-%d9%81%d9%8a-%d8%ba%d8%b1%d8%a8-%d9%83%d9%8a%d9%86%d9%8a%d8%a7-%d9%88%d9%85%d9%82%d8%aa%d9%84-40-%d8%b4%d8%ae%d8%b5%d9%8b%d8%a7-%d8%b9%d9%84%d9%89",
    "2024-04-29", "the page's dated path 2024/04/29 and the body's 'في وقت مبكر من صباح اليوم الاثنين' for the burst (29 Apr 2024 was a Monday); headline kept from the page; the last, truncated sentence of the stored excerpt dropped", True, """
انهيار سد في غرب كينيا ومقتل 40 شخصًا على الأقل
أفادت الشرطة بأن سدا انهار في غرب كينيا في وقت مبكر من صباح اليوم الاثنين، فقتل 40 شخصا على الأقل بعدما اكتسح جدار من المياه المنازل وقطع طريقا رئيسيا.
وأوضح مسؤول الشرطة ستيفن كيروي أن انهيار سد كيجابي القديم في منطقة ماي ماهيو، الواقعة في الوادي المتصدع الكبير المعرض للفيضانات، أطلق المياه نحو مجرى النهر محملة بالطين والصخور والأشجار المقتلعة.
وعلقت السيارات وسط الركام على الطرقات، وتولى المسعفون إسعاف المصابين بينما غطت المياه مساحات واسعة.
وكانت الأمطار في كينيا قد سببت فيضانات أودت بحياة نحو 100 شخص وأدت إلى تأجيل فتح المدارس. ويتساقط المطر الغزير على البلاد منذ منتصف مارس/آذار، وحذرت إدارة الأرصاد الجوية من مزيد من الأمطار.
وأمر وزير الداخلية كيثور كينديكي بتفتيش كل السدود وخزانات المياه العامة والخاصة في غضون 24 ساعة ابتداء من بعد ظهر الاثنين. وذكرت الوزارة أن توصيات الإجلاء وإعادة التوطين ستقدم عقب التفتيش.
ونبهت الهيئة الوطنية للطرق السريعة في كينيا السائقين إلى الاستعداد لازدحام مروري وحطام أغلق الطرق.
""", [
    ev("dam-burst", "أفادت الشرطة بأن سدا انهار في غرب كينيا", BURST, "'في وقت مبكر من صباح اليوم الاثنين' = Mon 29 Apr 2024"),
    ev("schools-postponed-one-week", "وأدت إلى تأجيل فتح المدارس", "2024-04-28", "no own expression; the education ministry's one-week postponement (to 6 May), announced 'ليلة الأحد' 28 Apr or 'صباح يوم الاثنين' 29 Apr 2024 according to other reports (my span 28-29 Apr)", end="2024-04-30"),
    ev("rains-begin", "ويتساقط المطر الغزير على البلاد منذ منتصف مارس/آذار", RAINS[0], "'منذ منتصف مارس/آذار' = mid-March 2024 (my span 11-20 Mar)", end=RAINS[1]),
    ev("dams-inspection-order", "وأمر وزير الداخلية كيثور كينديكي بتفتيش كل السدود", BURST, "the order starts 'ابتداء من بعد ظهر الاثنين' = Mon 29 Apr 2024, the day of the burst"),
])
art(S, "https://alqaheranews.net/news/78233/%D9%85%D9%82%D8%AA%D9%84-%D8%B4%D8%AE%D8%B5%D8%A7-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A3%D9%82%D9%84-%D9%81%D9%8A-%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D8%A8%D9%88%D8%B3%D8%B7-%D9%83%D9%8A%D9%86%D9%8A%D8%A7",
    "2024-04-29", "no date on the stored page; the body's 'اليوم الاثنين' (twice) and 'في وقت سابق اليوم' for the flood and the police statement of the day of the burst, Mon 29 Apr 2024 (mawki3i of 29 Apr: 'صباح اليوم الاثنين'), and the minister's toll of 45 given that Monday; headline from the URL slug (its number restored from the body); no date of its own in the text", False, """
مقتل 45 شخصا على الأقل في فيضانات بوسط كينيا
أعلن وزير الطرق والنقل الكيني كيبتشومبا موركومين أن ما لا يقل عن 45 شخصا لقوا مصرعهم في فيضانات اجتاحت منازل وسيارات عقب هطول أمطار على منطقة ماي ماهيو في وسط البلد الواقع في شرق إفريقيا اليوم الاثنين، وفق ما نقلته وكالة "رويترز".
وكانت الشرطة قد ذكرت في وقت سابق اليوم أن الفيضانات نتجت عن انهيار أحد سدود المنطقة، غير أن اثنين من السكان أكدا أن المياه اخترقت جسرا للسكك الحديدية بعدما سد انهيار أرضي سابق نفقا كانت المياه تجري عبره، كما اقتلعت السيول أشجارا وخطوطا للسكك الحديدية.
وأوضح الوزير للصحفيين أن الحصيلة بلغت 45 قتيلا على الأقل وأن 200 أسرة باتت بلا مأوى، في حين أمكن إنقاذ 150 شخصا آخرين، مرجحا ارتفاع عدد القتلى.
وبذلك صعد عدد ضحايا الأمطار الغزيرة والفيضانات في كينيا منذ الشهر الماضي إلى قرابة 140 شخصا.
وبينت بيانات حكومية أن 103 أشخاص توفوا وأن أكثر من 185 ألفا نزحوا حتى اليوم الاثنين، قبل حادثة انهيار السد في ماي ماهيو.
وسقط عشرات القتلى الآخرين ونزح مئات الآلاف إثر أمطار غزيرة هطلت على دول أخرى في شرق إفريقيا منها تنزانيا وبوروندي.
""", [
    ev("murkomen-45-toll", "أعلن وزير الطرق والنقل الكيني كيبتشومبا موركومين", BURST, "no own expression for the statement itself; the minister spoke on the day of the flood, 'اليوم الاثنين' = Mon 29 Apr 2024"),
    ev("dam-burst", "الفيضانات نتجت عن انهيار أحد سدود المنطقة", BURST, "'اليوم الاثنين' for the flood = Mon 29 Apr 2024"),
    ev("government-103-toll", "وبينت بيانات حكومية أن 103 أشخاص توفوا", BURST, "'حتى اليوم الاثنين' = the government data up to Mon 29 Apr 2024"),
    ev("rains-begin", "في كينيا منذ الشهر الماضي", RAINS[0], "'منذ الشهر الماضي' from late April = March 2024; the rains began in mid-March (mawki3i 'منذ منتصف مارس/آذار'; my span 11-20 Mar)", end=RAINS[1]),
])
art(S, "https://elbalad.news/6190400",
    "2024-05-03", "the body states the day in full: 'اليوم الجمعة 3 مايو 2024' (3 May 2024 was a Friday) for Ruto's address; headline written from the body (the stored text has none)", True, """
روتو: الأمطار أودت بحياة 210 أشخاص في كينيا
أعلن الرئيس الكيني وليام روتو، اليوم الجمعة 3 مايو 2024، أن الأمطار التي تساقطت على كينيا حصدت أرواح 210 أشخاص في الفترة من أبريل إلى مايو.
وشدد الرئيس الكيني على أن الفيضانات والأمطار الغزيرة ألحقت أضرارا بالبنية التحتية في البلد الواقع في شرق أفريقيا، وفق ما نقله موقع "روسيا اليوم".
وأضاف روتو أنه يرجئ استئناف الدراسة بعد العطلة بسبب مشكلات النقل، وأنه من المتوقع أن يستمر هطول الأمطار حتى نهاية شهر مايو وربما إلى ما بعده.
وفي 29 أبريل، نقلت وكالة فرانس برس عن حاكمة مقاطعة ناكورو سوزان كيهيكو أن انهيار السد في وسط كينيا أسفر عن مقتل 42 شخصا.
""", [
    ev("ruto-210-toll", "أعلن الرئيس الكيني وليام روتو، اليوم الجمعة 3 مايو 2024", "2024-05-03", "'اليوم الجمعة 3 مايو 2024'"),
    ev("ruto-schools-postponed", "أنه يرجئ استئناف الدراسة بعد العطلة", "2024-05-03", "no own expression; announced in the same address of Fri 3 May 2024"),
    ev("rains-until-end-may", "أن يستمر هطول الأمطار حتى نهاية شهر مايو", "2024-05-03", "the forecast rains from the day of the address to 'نهاية شهر مايو' 2024 (my span 3-31 May)", end="2024-06-01"),
    ev("kihika-42-toll", "نقلت وكالة فرانس برس عن حاكمة مقاطعة ناكورو", BURST, "'في 29 أبريل' = Mon 29 Apr 2024"),
    ev("dam-burst", "أن انهيار السد في وسط كينيا أسفر عن مقتل 42 شخصا", BURST, "no own expression for the burst; the burst of Mon 29 Apr 2024 (the toll is dated 'في 29 أبريل'; mawki3i 'صباح اليوم الاثنين')"),
])

# ---------------------------------------------------------------- nepal-kathmandu-monsoon-floods-2024
S = "nepal-kathmandu-monsoon-floods-2024"
FRI = "2024-09-27"                         # flooding and landslides since Fri 27 Sep 2024; domestic flights halted that evening
SUN = "2024-09-29"
MON = "2024-09-30"
art(S, "https://omannews.gov.om/topics/ar/88/show/439452/dark",
    SUN, "the body's date line 'كاتماندو في 29 سبتمبر /العُمانية/' (the year from the events: the Kathmandu floods of late September 2024, 'منذ يوم الجمعة'); headline written from the body (the stored text has none); the closing agency signature and editor's name dropped", True, """
الفيضانات تغمر أحياء كاتماندو وحصيلة القتلى تتجاوز المائة
كاتماندو في 29 سبتمبر /العُمانية/ اجتاحت مياه الفيضانات الأحياء المنخفضة من العاصمة النيبالية كاتماندو إثر أمطار موسمية غزيرة، ما أسفر وفق الشرطة عن مقتل مائة شخص على الأقل.
وتغمر المياه مناطق واسعة من النيبال منذ يوم الجمعة، وهو ما دفع سلطات إدارة الكوارث إلى التنبيه من احتمال وقوع فيضانات مفاجئة في عدد من الأنهار.
وتتكرر الكوارث المرتبطة بالأمطار في جنوب آسيا خلال موسم الرياح الموسمية الممتد من يونيو إلى سبتمبر، إلا أن الخبراء يرون أن تغير المناخ يضاعف حدتها.
وأفادت الشرطة بأن حصيلة القتلى بلغت 101 شخص، فيما يعد 64 شخصًا في عداد المفقودين.
وأضافت أن "حصيلة الضحايا مرشحة للارتفاع مع تواصل عمليات البحث والإنقاذ في المناطق المنكوبة".
وأدت الانزلاقات الأرضية كذلك إلى إغلاق عدد من الطرق السريعة، فتقطعت السبل بمئات المسافرين.
وألغيت كل الرحلات الداخلية من كاتماندو ابتداء من مساء الجمعة، ومنها أكثر من 150 رحلة مغادرة.
""", [
    ev("flooding-since-friday", "وتغمر المياه مناطق واسعة من النيبال منذ يوم الجمعة", FRI, "'منذ يوم الجمعة' = from Fri 27 Sep 2024 to the day of the report, Sun 29 Sep (my span)", end=MON),
    ev("police-101-toll", "وأفادت الشرطة بأن حصيلة القتلى بلغت 101 شخص", SUN, "no own expression; the police toll of the day of the date line, Sun 29 Sep 2024"),
    ev("highways-blocked", "وأدت الانزلاقات الأرضية كذلك إلى إغلاق عدد من الطرق السريعة", FRI, "no own expression; the landslides of the weekend, from Fri 27 to Sun 29 Sep 2024 (my span)", end=MON),
    ev("domestic-flights-halted", "وألغيت كل الرحلات الداخلية من كاتماندو ابتداء من مساء الجمعة", FRI, "'ابتداء من مساء الجمعة' = Fri 27 Sep 2024"),
])
art(S, "https://news.aiwaegypt.com/?p=12038",
    SUN, "no date on the stored page; the body's 'أعلن مسؤولون، الأحد' for the toll of 104 and 'منذ أول أمس الجمعة' (Friday two days before, so written on Sunday) give Sun 29 Sep 2024 (the toll of 104 with 64 missing matches the Sunday reports, omannews of 29 Sep: 101 and 64 missing); headline kept from the page; no date of its own in the text", False, """
ارتفاع حصيلة قتلى الفيضانات والانهيارات الأرضية في نيبال إلى 104 أشخاص
وأعلن مسؤولون، الأحد، أن عدد ضحايا الفيضانات والانهيارات الأرضية التي سببتها الرياح الموسمية في نيبال صعد إلى 104 أشخاص على الأقل، في حين لا يزال 64 آخرون مفقودين.
وخربت الأمطار الغزيرة التي انطلقت في وقت متأخر من مساء الخميس مناطق واسعة من البلاد، ولا سيما في الشرق والوسط.
وذكر المتحدث باسم الشرطة النيبالية دان بهادور كاركي أن 73 شخصا أصيبوا بجروح بالغة في مناطق متفرقة منذ أول أمس الجمعة.
وقال كاركي لوكالة الأنباء الألمانية (د ب أ): "البحث عن المفقودين متواصل بينما تنقل العائلات المتضررة إلى أماكن آمنة، وقد يستغرق ذلك يومين أو بضعة أيام إضافية".
وبحسب الجيش النيبالي، نقل نحو 3267 شخصا من المناطق المنكوبة إلى أماكن آمنة.
ووقع أكثر من نصف الوفيات في العاصمة كاتماندو والمناطق المحيطة بها، والتي نالت نصيبا كبيرا من الفيضانات والانهيارات الأرضية.
""", [
    ev("officials-104-toll", "وأعلن مسؤولون، الأحد، أن عدد ضحايا الفيضانات", SUN, "'الأحد' = Sun 29 Sep 2024"),
    ev("rains-begin", "وخربت الأمطار الغزيرة التي انطلقت في وقت متأخر من مساء الخميس", "2024-09-26", "'في وقت متأخر من مساء الخميس' = Thu 26 Sep 2024"),
    ev("injuries-73", "أن 73 شخصا أصيبوا بجروح بالغة في مناطق متفرقة", FRI, "'منذ أول أمس الجمعة' from Sun 29 Sep 2024 = from Fri 27 Sep to Sun 29 Sep (my span)", end=MON),
    ev("evacuations-3267", "نقل نحو 3267 شخصا من المناطق المنكوبة إلى أماكن آمنة", FRI, "no own expression; the evacuations from the start of the floods, Fri 27 Sep, to the report of Sun 29 Sep 2024 (my span)", end=MON),
])
art(S, "https://maghress.com/tanjanews/153412",
    MON, "no date on the stored page; the body's 'حصيلة جديدة نشرتها السلطات اليوم الإثنين' and 'صباح أمس الأحد' for the resumption of domestic flights give Mon 30 Sep 2024 (30 Sep 2024 was a Monday; the flights resumed on Sun 29 Sep, al-jareeda: 'استأنفت الرحلات الداخلية ... صباح الأحد'); a tanjanews report carried by maghress; headline written from the body (the stored text has none); the ad marker 'إعلان' and the last, truncated sentence dropped; no date of its own in the text", False, """
حصيلة فيضانات النيبال ترتفع إلى 192 قتيلا
خلفت الفيضانات وانزلاقات التربة الناجمة عن الأمطار الموسمية في النيبال، ولا سيما في العاصمة كاتماندو، 192 قتيلا على الأقل، بحسب حصيلة جديدة نشرتها السلطات اليوم الإثنين.
وغطت المياه أجزاء واسعة من شرق ووسط البلد الواقع في جبال هملايا منذ يوم الجمعة، إضافة إلى أحياء كاملة في كاتماندو، فألحقت أضرارا بالغة بالطرق التي تصل العاصمة بباقي البلاد.
وصرح المتحدث باسم وزارة الداخلية ريتشي رام تيواري بأن "192 شخصا لقوا حتفهم وفقد 31 آخرون"، مضيفا: "أولويتنا هي الإنقاذ والبحث عن الناجين، ومنهم العالقون على الطرق".
وأفاد الجيش النيبالي بأنه أجرى إلى الآن أكثر من 4 آلاف عملية إجلاء، مستعينا خصوصا بالمروحيات والزوارق والقوارب.
واستعملت الجرافات وآلات الحفر لرفع الركام عن الطرق.
وبحسب بيانات أولية لمصلحة الأرصاد الجوية، سجلت 14 منطقة أمطارا قياسية حتى صباح السبت، وسجلت محطة في مطار كاتماندو 240 مليمترا، وهو أعلى مستوى منذ عام 2002.
واستؤنفت الرحلات الداخلية من العاصمة النيبالية وإليها صباح أمس الأحد، بعد أن علقت كليا منذ مساء الجمعة، وألغيت أكثر من 150 رحلة مغادرة.
""", [
    ev("home-ministry-192-toll", "بحسب حصيلة جديدة نشرتها السلطات اليوم الإثنين", MON, "'اليوم الإثنين' = Mon 30 Sep 2024"),
    ev("flooding-since-friday", "وغطت المياه أجزاء واسعة من شرق ووسط البلد الواقع في جبال هملايا منذ يوم الجمعة", FRI, "'منذ يوم الجمعة' = from Fri 27 Sep 2024 (my span to Sun 29 Sep, as in omannews)", end=MON),
    ev("record-rainfall", "سجلت 14 منطقة أمطارا قياسية حتى صباح السبت", FRI, "'حتى صباح السبت' = up to Sat 28 Sep 2024 morning; the rain of Fri 27 - Sat 28 Sep (my span)", end=SUN),
    ev("evacuations-4000", "أجرى إلى الآن أكثر من 4 آلاف عملية إجلاء", FRI, "'إلى الآن' from Mon 30 Sep 2024: the evacuations since the floods of Fri 27 Sep (my span 27-30 Sep)", end="2024-10-01"),
    ev("domestic-flights-resumed", "واستؤنفت الرحلات الداخلية من العاصمة النيبالية وإليها صباح أمس الأحد", SUN, "'صباح أمس الأحد' from Mon 30 Sep 2024 = Sun 29 Sep"),
    ev("domestic-flights-halted", "بعد أن علقت كليا منذ مساء الجمعة", FRI, "'منذ مساء الجمعة' = Fri 27 Sep 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 530)
                            if i != 201 and i != 529
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
