"""Builds stories.jsonl: the 586-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: bus and truck crashes killing pilgrims, students or
workers on Arab roads, with investigations.
Stories: the overturning of a bus of Egyptian Umrah pilgrims on the Hijra road between Mecca and Medina
(Saudi Arabia, March 2016), and the truck that ran over a pick-up of fish-farm workers on the 30 June axis
south of Port Said on the first day of Ramadan (Egypt, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-hijra-road-egyptian-umrah-bus-2016
S = "saudi-hijra-road-egyptian-umrah-bus-2016"
CRASH = "2016-03-19"          # the bus overturned at dawn on Sat 19 Mar 2016 on the Hijra road (Mecca - Medina)
BURIAL_15 = "2016-03-21"      # 15 victims buried in al-Baqi on Mon 21 Mar 2016
BURIAL_3 = "2016-03-22"       # three more buried after the afternoon prayer on Tue 22 Mar 2016
art(S, "https://rmix.ps/news/25966.html",
    "2016-03-19", "no date line on the stored page; the body's 'فجر اليوم السبت' for the crash, which happened on Sat 19 Mar 2016 (19 Mar 2016 was a Saturday; mz-mz.net dates the burial of victims of this bus 'الإثنين (الـ21 من مارس 2016)', and okaz of Wed 23 Mar has 15 buried 'أمس الأول (الاثنين)'), so the report is of Sat 19 Mar 2016; the 'رام الله مكس-وكالات' credit dropped; headline written from the body (the stored text has none); the garbled last sentence (the Red Crescent teams) shortened", False, """
مصرع 19 معتمرا وإصابة 22 في انقلاب حافلة على طريق الهجرة
لقي 19 معتمراً حتفهم وأصيب 22 آخرون، فجر اليوم السبت، وكلهم من جنسية عربية، إثر انقلاب الحافلة التي كانت تقلهم على طريق الهجرة الذي يربط مكة المكرمة بالمدينة المنورة.
وأفاد مدير مرور منطقة المدينة المنورة العميد نواف المحمدي بأن التحقيقات الأولية تدل على أن الحافلة خرجت عن مسارها لأن سائقها (آسيوي) غلبه النوم، موضحا أن فرقا من المرور والصحة والهلال الأحمر، ومعها الدفاع المدني وأمن الطرق، تولت مباشرة الحادث، فأسعف المصابون ونقل المتوفون إلى مستشفيات المنطقة.
من جانبه، ذكر المتحدث الرسمي باسم الهلال الأحمر في منطقة المدينة المنورة خالد السهلي أنه جرى توجيه فرق إسعاف أرضية، ومعها 4 فرق تابعة للصحة.
""", [
    ev("bus-crash", "إثر انقلاب الحافلة التي كانت تقلهم على طريق الهجرة", CRASH, "'فجر اليوم السبت' = Sat 19 Mar 2016"),
    ev("preliminary-investigation-driver-asleep", "التحقيقات الأولية تدل على أن الحافلة خرجت عن مسارها", CRASH, "no own expression; the traffic director's statement on the day of the crash, Sat 19 Mar 2016"),
    ev("rescue-and-transfer", "فأسعف المصابون ونقل المتوفون إلى مستشفيات المنطقة", CRASH, "no own expression; the rescue right after the crash of dawn Sat 19 Mar 2016"),
    ev("red-crescent-teams", "جرى توجيه فرق إسعاف أرضية", CRASH, "no own expression; the teams sent to the crash of Sat 19 Mar 2016"),
])
art(S, "https://www.turess.com/tuniscope/91325",
    "2016-03-19", "no date line on the stored page (a Tuniscope report carried by turess); the body's 'صباح اليوم السبت' for the crash of Sat 19 Mar 2016 (19 Mar 2016 was a Saturday; cross-checked with rmix.ps 'فجر اليوم السبت' and the burial of Mon 21 Mar 2016 on mz-mz.net), so the report is of Sat 19 Mar 2016; headline written from the body (the stored text has none)", False, """
مصرع 19 معتمرا في انقلاب حافلة بين مكة والمدينة ولا تونسيين بين الضحايا
قضى 19 معتمراً وأصيب 22 آخرون، من جنسية عربية، حين انقلبت حافلة على طريق الهجرة الواصل بين مكة المكرمة والمدينة المنورة، صباح اليوم السبت.
وأكد مدير مرور المنطقة أن التحقيقات الأولية ترجح أن السائق نام وهو يقود، في حين أعلنت إدارة الطوارئ والأزمات في صحة المدينة حالة الاستنفار.
وقال هشام النقيب، مساعد وزير الخارجية للشؤون القنصلية والمصريين في الخارج، إن القتلى والمصابين سقطوا في انقلاب حافلة كانت تنقلهم على الطريق بين مكة والمدينة.
من ناحيته، أكد نوفل العبيدي، المكلف بالإعلام في وزارة الشؤون الخارجية، أنه لا يوجد أي معتمر تونسي بين الضحايا أو المصابين في الحادث الذي وقع في البقاع المقدسة.
""", [
    ev("bus-crash", "حين انقلبت حافلة على طريق الهجرة", CRASH, "'صباح اليوم السبت' = Sat 19 Mar 2016"),
    ev("preliminary-investigation-driver-asleep", "التحقيقات الأولية ترجح أن السائق نام وهو يقود", CRASH, "no own expression; the traffic director's statement of the day of the crash, Sat 19 Mar 2016 (rmix.ps)"),
    ev("medina-health-alert", "أعلنت إدارة الطوارئ والأزمات في صحة المدينة حالة الاستنفار", CRASH, "no own expression; the alert on the day of the crash, Sat 19 Mar 2016"),
    ev("naqib-statement", "وقال هشام النقيب", CRASH, "no own expression; the Egyptian assistant foreign minister's statement on the day of the crash, Sat 19 Mar 2016 (reported in this report of that day)"),
    ev("tunisia-no-victims", "أنه لا يوجد أي معتمر تونسي بين الضحايا", CRASH, "no own expression; the Tunisian ministry's statement reported in this report of Sat 19 Mar 2016"),
])
art(S, "https://sauress.com/okaz/830527",
    "2016-03-23", "no date line on the stored page (an Okaz report carried by sauress); the body's 'بعد صلاة عصر أمس' for the burial of three victims and 'أمس الأول (الاثنين)' for the burial of 15 give Wed 23 Mar 2016 (the Monday after the crash of Sat 19 Mar 2016 is 21 Mar, dated on mz-mz.net; 23 Mar 2016 was a Wednesday); headline written from the body (the stored text has none)", False, """
تشييع ثلاثة من ضحايا حافلة المعتمرين المصريين في البقيع
بعد صلاة عصر أمس، شيعت حشود كبيرة من المصلين في المسجد النبوي ثلاثة من المتوفين في حادث حافلة المعتمرين المصريين، ثم دفنت جثامينهم في بقيع الغرقد، بحضور القنصل المصري أحمد توفيق وعدد من موظفي السفارة المصرية في المملكة وعدد من المسؤولين وذوي المتوفين.
ويذكر أن 15 جثة من ضحايا حادث الحافلة دفنت أمس الأول (الاثنين)، بعد أن حضر ذووهم ووافقوا على دفنهم في بقيع الغرقد بالمدينة المنورة.
""", [
    ev("burial-of-three", "شيعت حشود كبيرة من المصلين في المسجد النبوي ثلاثة من المتوفين", BURIAL_3, "'بعد صلاة عصر أمس' in a report of Wed 23 Mar 2016 = Tue 22 Mar"),
    ev("bus-crash", "في حادث حافلة المعتمرين المصريين", CRASH, "no own expression; the crash of dawn Sat 19 Mar 2016 (rmix.ps 'فجر اليوم السبت')"),
    ev("burial-of-fifteen", "15 جثة من ضحايا حادث الحافلة دفنت أمس الأول (الاثنين)", BURIAL_15, "'أمس الأول (الاثنين)' from Wed 23 Mar 2016 = Mon 21 Mar"),
])

# ---------------------------------------------------------------- egypt-port-said-30-june-axis-workers-crash-2026
S = "egypt-port-said-30-june-axis-workers-crash-2026"
CRASH = "2026-02-19"          # a heavy truck ran over a pick-up of fish-farm workers on Thu 19 Feb 2026 (1 Ramadan 1447 in Egypt)
FUNERAL = "2026-02-20"        # the victims were buried in al-Matariya (Dakahlia) in the early hours of Fri 20 Feb 2026
art(S, "https://www.okaz.com.sa/variety/na/2236578",
    "2026-02-19", "the page's date stamp 2026-02-19 and the body's 'اليوم (الخميس)' (19 Feb 2026 was a Thursday); the English translation below the Arabic text dropped; headline written from the body (the stored text has none)", True, """
مصرع 12 عاملا مصريا في دهس تريلا لسيارة ربع نقل على طريق بورسعيد - الإسماعيلية
قضى 12 عاملاً مصرياً في حادث سير مأساوي، اليوم (الخميس)، على طريق بورسعيد - الإسماعيلية، حين دهست شاحنة نقل ثقيل (تريلا) سيارة ربع نقل تقل عددا كبيرا من العمال المتجهين إلى أعمالهم، في مشهد وُصف بأنه «رحلة رزق انقلبت مأتما» في شهر رمضان.
وبحسب مصادر أمنية وطبية، فإن عدد الوفيات زاد على 10 في البداية ثم بلغ 12، وأصيب شخصان آخران بجروح متفاوتة، ونقل المصابان على الفور إلى مستشفى 30 يونيو بالإسماعيلية لتلقي العلاج العاجل، بينما وزعت جثامين الضحايا على 3 مستشفيات في بورسعيد لحفظها في المشارح تحت تصرف جهات التحقيق.
وتلقت غرفة عمليات النجدة بلاغا بالحادث، فتوجهت قوات الشرطة والإسعاف إلى الموقع فورا. وشكلت الأجهزة الأمنية فريق تحقيق لمعاينة مكان الحادث والوقوف على أسبابه بدقة، ومنها سرعة التريلا وحالة الطريق وعوامل أخرى محتملة كالإرهاق أو قلة الانتباه.
وأمرت النيابة العامة بالتحفظ على الجثامين إلى حين إتمام الإجراءات القانونية وإعداد تقارير الطب الشرعي، ثم التصريح بالدفن.
""", [
    ev("truck-runs-over-pickup", "حين دهست شاحنة نقل ثقيل (تريلا) سيارة ربع نقل", CRASH, "'اليوم (الخميس)' = Thu 19 Feb 2026"),
    ev("bodies-to-morgues", "وزعت جثامين الضحايا على 3 مستشفيات في بورسعيد", CRASH, "no own expression; on the day of the crash, Thu 19 Feb 2026"),
    ev("investigation-team", "وشكلت الأجهزة الأمنية فريق تحقيق", CRASH, "no own expression; formed on the day of the crash, Thu 19 Feb 2026"),
    ev("prosecution-holds-bodies", "وأمرت النيابة العامة بالتحفظ على الجثامين", CRASH, "no own expression; the order reported on the day of the crash, Thu 19 Feb 2026"),
])
art(S, "https://www.emaratalyoum.com/life/four-sides/2026-02-20-1.2017621",
    "2026-02-20", "the page's date stamp 2026-02-20 (also in the address); the body's 'الخميس' is the day of the crash, Thu 19 Feb 2026; headline written from the body (the stored text has none); the truncated last word dropped", True, """
مصرع 18 عاملا في تصادم مروع ببورسعيد في أول أيام رمضان
لقي 18 شخصاً حتفهم وأصيب آخرون في حادث تصادم مروع بمحافظة بورسعيد المصرية (شمال)، الخميس، وهم في طريقهم إلى أعمالهم في أول أيام شهر رمضان.
ونقلت وسائل إعلام محلية عن مسؤولين أن «الحادث نجم عن اصطدام سيارة نقل ثقيل بسيارة ربع نقل محملة بعدد من العمال على محور 30 يونيو (حزيران) جنوب بورسعيد، كانوا متجهين إلى إحدى المزارع السمكية التي يعملون فيها».
وأظهرت تحريات الشرطة أن السرعة الزائدة كانت سبب تصادم السيارتين، وتوجهت قيادات تنفيذية وأمنية إلى مكان الحادث، فيما أمرت النيابة العامة باستكمال التحقيقات لكشف ملابساته.
وذكرت هيئة الإسعاف المصرية، الخميس، أنها تلقت بلاغا بالحادث فأسرعت سياراتها إلى الموقع، ونقلت 18 جثة إلى مستشفيات «هيئة الرعاية الصحية». وأفادت صحف محلية بأن الحادث خلّف 3 مصابين آخرين.
ووجّه وزير العمل المصري حسن رداد بـ«صرف إعانات عاجلة للعمال وأسرهم للتخفيف عن الأسر المتضررة من هذا الحادث الأليم».
""", [
    ev("truck-runs-over-pickup", "في حادث تصادم مروع بمحافظة بورسعيد المصرية (شمال)، الخميس", CRASH, "'الخميس' in a report of Fri 20 Feb 2026 = Thu 19 Feb"),
    ev("police-finding-speed", "وأظهرت تحريات الشرطة أن السرعة الزائدة كانت سبب تصادم السيارتين", CRASH, "no own expression; the police inquiry reported by Thursday night (masrawy of 19 Feb already has the witness account); my span Thu 19 - Fri 20 Feb 2026", end="2026-02-21"),
    ev("prosecution-probe", "أمرت النيابة العامة باستكمال التحقيقات", CRASH, "no own expression; the prosecution's order after the crash, my span Thu 19 - Fri 20 Feb 2026", end="2026-02-21"),
    ev("bodies-to-morgues", "ونقلت 18 جثة إلى مستشفيات «هيئة الرعاية الصحية»", CRASH, "'الخميس' for the ambulance authority's statement = Thu 19 Feb 2026"),
    ev("labour-minister-aid", "ووجّه وزير العمل المصري حسن رداد", CRASH, "no own expression; the minister's directive between the crash and this report, my span Thu 19 - Fri 20 Feb 2026", end="2026-02-21"),
])
art(S, "https://www.almasryalyoum.com/news/details/4204088",
    "2026-02-21", "the page's date line 'السبت 21-02-2026 05:14' (a print-edition report, 'من النسخة الورقية'); the menus, picture captions and the 'أخبار متعلقة' links dropped; headline kept from the page; the truncated last paragraph (the neighbours' words) dropped", True, """
تشييع جثامين ضحايا «حادث محور 30 يونيو» بمسقط رأسهم بالدقهلية
في ساعة مبكرة من صباح أمس، شيّع العشرات من أهالي المطرية بمحافظة الدقهلية جثامين ١٨ عاملاً في المزارع السمكية، قضوا في أول أيام شهر رمضان في حادث مؤلم على طريق محور ٣٠ يونيو بمحافظة بورسعيد.
وصلى أهالي منطقة العقبيين في مدينة المطرية صلاة الجنازة على جثامين شهداء لقمة العيش في مسجد النور، ثم شيعت جنازاتهم إلى مقابر المدينة، وامتدت المراسم حتى فجر الجمعة.
وشهدت الجنازات مشاهد مؤلمة وحزينة، وانهار أفراد من أسر الضحايا وذويهم، ولا سيما الأمهات اللواتي احتضن النعوش وألححن على رؤية أبنائهن وتوديعهم الوداع الأخير، وسط صراخ وبكاء وإغماءات بين السيدات، وصغار الضحايا الذين ذاقوا مرارة اليتم والفقد في سن مبكرة.
""", [
    ev("funerals-in-matariya", "شيّع العشرات من أهالي المطرية بمحافظة الدقهلية", FUNERAL, "'في ساعة مبكرة من صباح أمس' in a report of Sat 21 Feb 2026 = Fri 20 Feb (the rites lasted 'حتى فجر الجمعة')"),
    ev("truck-runs-over-pickup", "في حادث مؤلم على طريق محور ٣٠ يونيو", CRASH, "'في أول أيام شهر رمضان' = Thu 19 Feb 2026 (1 Ramadan 1447 in Egypt; okaz 'اليوم (الخميس)')"),
    ev("funeral-prayer", "وصلى أهالي منطقة العقبيين في مدينة المطرية صلاة الجنازة", FUNERAL, "no own expression; part of the funerals of the early hours of Fri 20 Feb 2026"),
    ev("burial", "ثم شيعت جنازاتهم إلى مقابر المدينة", FUNERAL, "'حتى فجر الجمعة' = Fri 20 Feb 2026"),
])
art(S, "https://www.ahaboriya.com/manawaat/qisas-insaniya/article_20260220070622.html",
    "2026-02-20", "no date line in the stored text; the address carries the stamp 20260220070622 (20 Feb 2026, 07:06) and the body dates the funeral it reports 'يوم الجمعة الموافق 20 فبراير 2026' (al-Masry al-Youm of Sat 21 Feb: 'صباح أمس'), so the report is of Fri 20 Feb 2026; the repeated sub-title and the section headings dropped; headline kept from the page", False, """
تشييع مهيب لشهداء لقمة العيش بالمطرية بعد حادث بورسعيد المأساوي
شهدت قرية المطرية في محافظة الدقهلية، يوم الجمعة الموافق 20 فبراير 2026، مشهدا جنائزيا موجعا، إذ شيّع آلاف الأهالي جثامين شهداء لقمة العيش الذين قضوا في حادث تصادم مروع جنوب بورسعيد.
وخرجت الجثامين من المسجد عقب أداء صلاة الجنازة عليها، وسط حشد كبير من الأهالي الذين احتشدوا لوداع أحبائهم. وعم البكاء والعويل أسر المتوفين، الذين فقدوا معيلين وأعزاء كانوا يعملون في مزارع سمكية جنوب بورسعيد، فخيم الحزن على المكان.
ويأتي هذا التشييع عقب حادث مأساوي وقع يوم الخميس على طريق محور 30 يونيو جنوب بورسعيد، حين تصادمت سيارتا نقل وربع نقل، ما أدى إلى مقتل 18 شخصا وإصابة 3 آخرين. وكان كل الضحايا يعملون في مزارع سمكية بالمنطقة، ما جعل الحادث ضربة قاسية للمجتمع المحلي.
وبعد صلاة الجنازة، سار المشيعون بالجثامين في موكب جنائزي مهيب عبر شوارع المطرية، إلى أن دفن الشهداء في مقابر عائلاتهم بالقرية.
""", [
    ev("funerals-in-matariya", "شيّع آلاف الأهالي جثامين شهداء لقمة العيش", FUNERAL, "'يوم الجمعة الموافق 20 فبراير 2026' = Fri 20 Feb 2026"),
    ev("funeral-prayer", "عقب أداء صلاة الجنازة عليها", FUNERAL, "no own expression; part of the funeral of Fri 20 Feb 2026"),
    ev("truck-runs-over-pickup", "حادث مأساوي وقع يوم الخميس على طريق محور 30 يونيو", CRASH, "'يوم الخميس' before the funeral of Fri 20 Feb 2026 = Thu 19 Feb"),
    ev("burial", "إلى أن دفن الشهداء في مقابر عائلاتهم بالقرية", FUNERAL, "no own expression; the burial after the funeral of Fri 20 Feb 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 586
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
