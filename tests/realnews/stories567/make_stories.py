"""Builds stories.jsonl: the 567-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: Arab space programmes: satellite launches, astronauts and
space missions.
Stories: the launch of the UAE astronaut Sultan AlNeyadi on NASA's SpaceX Crew-6 (scrub of Mon 27 Feb, launch
Thu 2 Mar, docking Fri 3 Mar 2023), the launch of the Algerian observation satellite Alsat-3B from Jiuquan
(Sat 31 Jan 2026), and the Egyptian nano-satellite SPNEX (launched Wed 10 Dec 2025, announced Sun 14 Dec 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- uae-neyadi-crew6-launch-2023
S = "uae-neyadi-crew6-launch-2023"
SCRUB = "2023-02-27"                       # first attempt (10:45 UAE time) scrubbed on Mon 27 Feb 2023
LAUNCH = "2023-03-02"                      # Falcon 9 lifted off at 00:34 EST = 09:34 UAE time, Thu 2 Mar 2023
DOCK = "2023-03-03"                        # Endeavour docked at 01:40 EST (06:40 GMT), Fri 3 Mar 2023
ARRIVED = ("2023-02-20", SCRUB)            # the crew reached Kennedy 'منذ أيام' before the scrub (my span 20-26 Feb)
art(S, "https://darelhilal.com/News/1611101.aspx",
    SCRUB, "date line on the page '27-2-2023 | 11:02' (the page's header date 'الثلاثاء 21 مايو 2024' is the crawl's, dropped); the body's 'اليوم الاثنين' agrees (27 Feb 2023 was a Monday); headline kept from the page; section and byline dropped; the last, truncated sentence dropped", True, """
ناسا تعلن تأجيل إطلاق مهمة Crew 6 حتى إشعار آخر
أعلنت وكالة الفضاء الأميركية "ناسا"، اليوم الاثنين، إرجاء إطلاق مهمة Crew 6 التي يشارك فيها رائد الفضاء الإماراتي سلطان النيادي نحو محطة الفضاء الدولية، وذلك بعد لحظات من انطلاق العد التنازلي للمهمة.
وبحسب الأنباء، كانت مهمة Crew 6 تتهيأ للانطلاق صوب محطة الفضاء الدولية قبل أن يتوقف العد العكسي، ثم أعلنت ناسا بعد دقائق تأجيل عملية الإطلاق إلى وقت آخر.
وكان مقررا أن ينطلق النيادي، في المهمة التي تحمل عنوان "طموح زايد"، اليوم الاثنين إلى محطة الفضاء الدولية في أطول مهمة فضائية في تاريخ العرب، وذلك في الساعة 10:45 صباح الاثنين بتوقيت الإمارات العربية المتحدة. لكن توقف العد العكسي اضطر ناسا إلى تأجيل العملية من دون أن تعلن موعدا جديدا لها. وكان مركز محمد بن راشد للفضاء سينقل البث المباشر لما وُصف بأنه أطول مهمة عربية إلى الفضاء.
وتعد مهمة crew-6 أول مهمة طويلة الأمد لرائد فضاء عربي، والمهمة الإماراتية الثانية إلى محطة الفضاء الدولية، وقد أطلقها مركز محمد بن راشد للفضاء في إطار برنامج الإمارات لرواد الفضاء.
""", [
    ev("launch-scrub", "إرجاء إطلاق مهمة Crew 6", SCRUB, "'اليوم الاثنين' = Mon 27 Feb 2023"),
    ev("countdown-halt", "قبل أن يتوقف العد العكسي", SCRUB, "no own date; the countdown stopped minutes before the planned lift-off of Mon 27 Feb 2023"),
    ev("first-launch-attempt", "في الساعة 10:45 صباح الاثنين", SCRUB, "'الساعة 10:45 صباح الاثنين' (UAE time) = Mon 27 Feb 2023"),
])
art(S, "https://maghrebtimes.ma/2023/02/27/%D8%A3%D8%B7%D9%88%D9%84-%D9%85%D9%87%D9%85%D8%A9-%D9%81%D8%B6%D8%A7%D8%A1-%D9%84%D9%84%D8%B9%D8%B1%D8%A8-%D8%AA%D8%A4%D8%AC%D9%84-%D8%A7%D9%84%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D9%86%D8%AD%D9%88/",
    SCRUB, "no date line or time stamp in the stored text; the body's 'صباح اليوم الاثنين' for the planned lift-off that was scrubbed on Mon 27 Feb 2023 (darelhilal, dated 27-2-2023: 'اليوم الاثنين'), and the URL's path 2023/02/27 agrees; headline kept from the page; the comments line dropped", False, """
أطول مهمة فضاء للعرب تؤجل الانطلاق نحو الفضاء
تهيأت صباح اليوم الاثنين أطول مهمة فضائية في تاريخ العرب، وهي مهمة Crew 6، للانطلاق نحو محطة الفضاء الدولية، إذ كان مقررا أن يقلع رائد الفضاء سلطان النيادي في الساعة 10:45 صباح اليوم بتوقيت الإمارات العربية المتحدة.
غير أن وكالة الفضاء الأميركية "ناسا" أعلنت، بعد توقف العد العكسي للإطلاق بدقائق قليلة من بدئه، تأجيل إطلاق مهمة Crew 6 إلى محطة الفضاء الدولية من دون أن تحدد لها موعدا جديدا.
وتعد هذه الرحلة أول مهمة طويلة الأمد لأي رائد فضاء عربي، وثاني مهمة إماراتية إلى محطة الفضاء الدولية، وقد أطلقها مركز محمد بن راشد للفضاء ضمن برنامج الإمارات لرواد الفضاء تحت عنوان "طموح زايد".
ومنذ أيام استقبل فريق من مركز محمد بن راشد للفضاء ووكالة "ناسا" النيادي ورفاقه في طاقم المهمة فور وصولهم إلى مركز كينيدي للفضاء التابع لناسا.
وكان مركز محمد بن راشد للفضاء يعتزم نقل البث المباشر لمهمة "طموح زايد"، أطول مهمة عربية إلى الفضاء.
""", [
    ev("first-launch-attempt", "في الساعة 10:45 صباح اليوم", SCRUB, "'الساعة 10:45 صباح اليوم' with 'صباح اليوم الاثنين' = Mon 27 Feb 2023"),
    ev("countdown-halt", "بعد توقف العد العكسي للإطلاق", SCRUB, "no own date; minutes after the countdown began on the morning of Mon 27 Feb 2023"),
    ev("launch-scrub", "تأجيل إطلاق مهمة Crew 6 إلى محطة الفضاء الدولية", SCRUB, "no own date; NASA's scrub of Mon 27 Feb 2023, the day of 'صباح اليوم الاثنين'"),
    ev("crew-arrival-kennedy", "فور وصولهم إلى مركز كينيدي للفضاء", ARRIVED[0], "'منذ أيام' before Mon 27 Feb 2023: the crew's arrival at Kennedy (my span 20-26 Feb; NASA gave Tue 21 Feb, not stated here)", end=ARRIVED[1]),
])
art(S, "https://m2.youm7.com/story/2023/3/2/سلطان-النيادى-أول-عربى-ينطلق-فى-مهمة-طويلة-لناسا-إلى/6101113",
    LAUNCH, "no date line or time stamp in the stored text; the body's 'بعد منتصف ليل الخميس بقترة وجيزة بتوقيت الولايات المتحدة' for the lift-off, the docking still ahead ('من المقرر أن تصل إلى المحطة الفضائية يوم الجمعة') and 'يوم الاثنين الماضى' for the scrub of Mon 27 Feb give Thu 2 Mar 2023 (2 Mar 2023 was a Thursday); the URL's path 2023/3/2 agrees; headline rendered from the (truncated) URL slug; the last, truncated sentence dropped", False, """
سلطان النيادى أول عربى ينطلق فى مهمة طويلة لناسا إلى الفضاء
أطلقت شركة سبيس إكس Space X مهمة جديدة لحساب ناسا إلى محطة الفضاء الدولية، تضم أول شخص من العالم العربي يشارك في مهمة طويلة تمتد عدة أشهر.
وأقلع صاروخ فالكون من مركز كينيدى للفضاء بعد منتصف ليل الخميس بقترة وجيزة بتوقيت الولايات المتحدة، فأنار سماء الليل وهو يتجه فوق السواحل الشرقية للبلاد.
وتابع نحو 80 متفرجا من الإمارات العربية انطلاق الصاروخ من منصة الإطلاق وعلى متنه رائد الفضاء سلطان النيادى، ثاني إماراتي يصعد إلى الفضاء، في مهمته التي تستغرق ستة أشهر.
وتضم كبسولة دراجون، التي من المقرر أن تصل إلى المحطة الفضائية يوم الجمعة، أيضا ستيفين بوين من ناسا، وهو غواص متقاعد من البحرية شارك في ثلاث رحلات فضائية، ووارين "وودي" هوبرج، الباحث السابق في معهد ماساتشوستس للتكنولوجيا، وأندري فيديايف، المتقاعد من القوات الجوية الروسية والمبتدئ في الفضاء.
وكانت المحاولة الأولى لإطلاق الرحلة قد أُلغيت يوم الاثنين الماضى في اللحظة الأخيرة بسبب فلتر مسدود في نظام تشغيل المحرك.
وسيحل هذا الطاقم محل فريق أمريكي روسي ياباني يقيم في المحطة الفضائية منذ أكتوبر الماضى.
""", [
    ev("crew6-launch", "وأقلع صاروخ فالكون من مركز كينيدى للفضاء", LAUNCH, "'بعد منتصف ليل الخميس بقترة وجيزة بتوقيت الولايات المتحدة' = Thu 2 Mar 2023 (00:34 EST)"),
    ev("dragon-docking", "التي من المقرر أن تصل إلى المحطة الفضائية يوم الجمعة", DOCK, "'يوم الجمعة' after the Thursday launch = Fri 3 Mar 2023"),
    ev("launch-scrub", "قد أُلغيت يوم الاثنين الماضى في اللحظة الأخيرة", SCRUB, "'يوم الاثنين الماضى' from Thu 2 Mar 2023 = Mon 27 Feb"),
    ev("crew5-arrival", "يقيم في المحطة الفضائية منذ أكتوبر الماضى", "2022-10-01", "'منذ أكتوبر الماضى' from March 2023 = October 2022 (the month only; Crew-5 reached the station on 6 Oct 2022, not stated here)", end="2022-11-01"),
])
art(S, "https://mubasher.aljazeera.net/news/2023/3/3/%D9%88%D8%B5%D9%88%D9%84-%D8%B1%D8%A7%D8%A6%D8%AF-%D9%81%D8%B6%D8%A7%D8%A1-%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA%D9%8A-%D8%B6%D9%85%D9%86-%D8%B7%D8%A7%D9%82%D9%85-%D8%AC%D8%AF%D9%8A%D8%AF",
    DOCK, "the stored page's stamp gives only the month (2023-03); the body's 'صباح اليوم الجمعة' for the docking of Fri 3 Mar 2023 (3 Mar 2023 was a Friday; youm7 of Thu 2 Mar: 'من المقرر أن تصل إلى المحطة الفضائية يوم الجمعة'), and the URL's path 2023/3/3 agrees; headline rendered from the URL slug; the embedded NASA tweet (dated 'March 3, 2023') reworded as a sentence without its date", False, """
وصول رائد فضاء إماراتي ضمن طاقم جديد إلى محطة الفضاء الدولية
بلغت كبسولة تابعة لشركة (سبيس إكس) محطة الفضاء الدولية بسلام في وقت مبكر من صباح اليوم الجمعة، وعلى متنها رائدا فضاء أمريكيان ورائد فضاء روسي وآخر إماراتي، ليبدؤوا مهمة علمية مدتها 6 أشهر.
والتحمت المركبة الفضائية، التي تحلق ذاتيا وتحمل اسم (إنديفور)، بالمحطة الفضائية في الساعة 1:40 صباحا بتوقيت شرق الولايات المتحدة (الساعة 0640 بتوقيت غرينتش) اليوم الجمعة.
وجاء ذلك بعد قرابة 25 ساعة من إطلاقها من مركز كنيدي للفضاء التابع لإدارة الطيران والفضاء الأمريكية (ناسا) في كيب كنافيرال بولاية فلوريدا.
وكتبت ناسا في تغريدة أن أعضاء مهمة Crew6 الأربعة دخلوا المحطة الفضائية واستُقبلوا في مراسم ترحيب، وأن الخطوة التالية إحاطة بشأن السلامة وتعريف بالمحطة، ثم يخلد الوافدون الجدد إلى النوم.
""", [
    ev("dragon-docking", "والتحمت المركبة الفضائية، التي تحلق ذاتيا", DOCK, "'الساعة 1:40 صباحا بتوقيت شرق الولايات المتحدة ... اليوم الجمعة' = Fri 3 Mar 2023"),
    ev("crew6-launch", "بعد قرابة 25 ساعة من إطلاقها", LAUNCH, "'بعد قرابة 25 ساعة' before 06:40 GMT Fri 3 Mar = Thu 2 Mar 2023 (05:34 GMT)"),
    ev("welcome-ceremony", "واستُقبلوا في مراسم ترحيب", DOCK, "no own date; the welcome after the hatch opening on Fri 3 Mar 2023 (NASA's tweet of that day)"),
])

# ---------------------------------------------------------------- algeria-alsat-3b-launch-2026
S = "algeria-alsat-3b-launch-2026"
B_LAUNCH = "2026-01-31"                    # Alsat-3B lifted off from Jiuquan at 05:01 Algiers time, Sat 31 Jan 2026
A_LAUNCH = "2026-01-15"                    # Alsat-3A had lifted off at 05:01 Algiers time, Thu 15 Jan 2026
art(S, "https://www.ennaharonline.com/%D8%A7%D9%84%D9%81%D8%B1%D9%8A%D9%82-%D8%A3%D9%88%D9%84-%D8%B4%D9%86%D9%82%D8%B1%D9%8A%D8%AD%D8%A9-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%82%D9%85%D8%B1-%D8%A7%D9%84%D8%B5%D9%86%D8%A7%D8%B9/",
    B_LAUNCH, "time stamp on the stored page 'date 2026-01-31'; the body's 'اليوم السبت' and 'صباح هذا اليوم، السبت 31 جانفي 2026' agree (31 Jan 2026 was a Saturday); headline written from the URL slug and the body (the stored text has none); the last, truncated sentence dropped", True, """
الفريق أول شنقريحة: إطلاق القمر الصناعي Alsat-3B محطة أخرى على مسار بناء الجزائر الجديدة
أكد الفريق أول السعيد شنڨريحة، الوزير المنتدب لدى وزير الدفاع الوطني ورئيس أركان الجيش الوطني الشعبي، اليوم السبت، أن إطلاق القمر الصناعي "Alsat-3B" يمثل محطة جديدة على مسار بناء الجزائر الجديدة والمنتصرة.
وبعد أن تابع عملية إطلاق القمر الصناعي "Alsat-3B" من المحطة الأرضية للاستشعار عن بعد، ألقى شنقريحة كلمة بالمناسبة، بدأها بنقل تهاني رئيس الجمهورية وتشجيعاته إلى الحاضرين، وقد تابع الرئيس عن قرب كل مراحل التحضير لهذا الإنجاز وتجسيده، وهو إنجاز يحق للشعب الجزائري كله أن يفخر به.
وقال الفريق أول شنقريحة: "يسعدني، إثر نجاح عملية إطلاق القمر الصناعي "Alsat-3B"، التي تابعناها صباح هذا اليوم، السبت 31 جانفي 2026، والتي تأتي بعد النجاح الذي عرفه إطلاق القمر الصناعي "Alsat-3A" بتاريخ 15 جانفي الجاري، أن أنقل إليكم تهاني وتشجيعات عبد المجيد تبون، رئيس الجمهورية، القائد الأعلى للقوات المسلحة، وزير الدفاع الوطني، الذي خص هذا المشروع باهتمام كبير وتابع عن قرب كل مراحل التحضير لهذه الإنجازات وتجسيدها".
ووجه الفريق أول أيضا تهانيه باسمه الخاص إلى جميع المتدخلين، وحثهم على الاستغلال الأمثل لما اكتسبوه من معارف وخبرات.
""", [
    ev("chengriha-speech", "ألقى شنقريحة كلمة بالمناسبة", B_LAUNCH, "no own expression in the sentence; the speech after the launch, 'اليوم السبت' = Sat 31 Jan 2026"),
    ev("alsat3b-launch", "التي تابعناها صباح هذا اليوم، السبت 31 جانفي 2026", B_LAUNCH, "'صباح هذا اليوم، السبت 31 جانفي 2026' = Sat 31 Jan 2026"),
    ev("alsat3a-launch", "بتاريخ 15 جانفي الجاري", A_LAUNCH, "'15 جانفي الجاري' in January 2026 = Thu 15 Jan 2026"),
])
art(S, "https://elmanshar.com/?p=177538",
    B_LAUNCH, "the body's own date line 'الجزائر العاصمة – 31 يناير 2026' (kept in the text) and 'اليوم السبت' (31 Jan 2026 was a Saturday); headline written from the body (the stored text has none); two 'related' headlines ('بتكنولوجيا صينية...', 'خاص: مشروع تعديل الدستور...') dropped; the bullet list of uses shortened into one sentence and its truncated end dropped", True, """
الجزائر تضع قمرها الاصطناعي الثاني لمراقبة الأرض Alsat-3-B في مداره
المنشر الاخباري- الجزائر العاصمة – 31 يناير 2026 في خطوة استراتيجية تعزز سيادتها الرقمية وقدراتها الرقابية، أعلنت الجزائر اليوم السبت نجاح وضع قمرها الاصطناعي الثاني لمراقبة الأرض "السات-3-بي" (Alsat-3-B) في مداره، وذلك بعد أسبوعين فقط من إطلاق القمر الأول "السات-3-إيه".
تفاصيل عملية الإطلاق
جرت عملية الإطلاق من قاعدة جيوغوان في شمال غرب الصين في تمام الساعة 05:01 بتوقيت الجزائر، إذ نقل الصاروخ الصيني "لونغ مارش-2-سي" القمر الجزائري الجديد إلى مداره المخصص.
وأشرف على العملية، من المحطة الأرضية للاستشعار عن بعد بالجزائر، الفريق أول السعيد شنقريحة، رئيس أركان الجيش الوطني الشعبي والوزير المنتدب لدى وزير الدفاع الوطني، الذي وصف الحدث بأنه "إنجاز متميز ومحطة أخرى على مسار بناء الجزائر الجديدة والمنتصرة".
الأهداف والاستخدامات
باكتمال هذه الخطوة اكتملت هيكلة منظومة "السات-3" عالية الدقة، وسيعمل القمران معا بالتزامن لتوفير صور دقيقة للأرض وتحديث البيانات الخرائطية الوطنية.
""", [
    ev("alsat3b-launch", "جرت عملية الإطلاق من قاعدة جيوغوان", B_LAUNCH, "'في تمام الساعة 05:01 بتوقيت الجزائر' on the day of the date line, Sat 31 Jan 2026"),
    ev("alsat3b-success-announced", "أعلنت الجزائر اليوم السبت نجاح وضع قمرها الاصطناعي الثاني", B_LAUNCH, "'اليوم السبت' = Sat 31 Jan 2026"),
    ev("alsat3a-launch", "بعد أسبوعين فقط من إطلاق القمر الأول", A_LAUNCH, "'بعد أسبوعين فقط' before Sat 31 Jan 2026 = the launch of Thu 15 Jan 2026 (16 days; ennahar 'بتاريخ 15 جانفي الجاري')"),
    ev("chengriha-follows-launch", "وأشرف على العملية، من المحطة الأرضية للاستشعار عن بعد", B_LAUNCH, "no own date; he followed the launch of Sat 31 Jan 2026 from the ground station"),
])
art(S, "https://alsahafi.dz/2026/01/31/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d9%86%d8%ac%d8%a7%d8%ad-%d8%a5%d8%b7%d9%84%d8%a7%d9%82-%d8%a7%d9%84%d9%82%d9%85%d8%b1-%d8%a7%d9%84%d8%b5%d9%86%d8%a7%d8%b9%d9%8a-%d8%a7%d9%84%d8%ab%d8%a7/?amp=1",
    B_LAUNCH, "no date line or time stamp in the stored text; the body's 'صباح السبت' and 'Alsat-3B يوم 31 جانفي' for the launch of Sat 31 Jan 2026, with no 'أمس', point to a report of that day; the URL's path 2026/01/31 agrees; headline written from the URL slug (the stored text has none); the non-breaking hyphens of 'Alsat‑3' written as plain hyphens; the last, truncated sentence dropped", False, """
الجزائر: نجاح إطلاق القمر الصناعي الثاني Alsat-3B
أطلقت الجزائر صباح السبت القمر الصناعي الثاني "Alsat-3B" ضمن برنامج Alsat-3 للاستشعار عن بعد عالي الدقة، وذلك بعد أقل من شهر على إطلاق القمر الأول "Alsat-3A". ويرمي هذا الإنجاز إلى تعزيز قدرات البلاد في رصد الأرض وجمع البيانات الفضائية الدقيقة، بما يخدم التخطيط العمراني وإدارة الموارد الطبيعية ومتابعة الكوارث البيئية، ويعكس إصرار الجزائر على تطوير منظومتها الفضائية الوطنية بالتعاون مع شركائها الدوليين.
وتابع رئيس أركان الجيش، الفريق أول السعيد شنقريحة، عملية الإطلاق من المحطة الأرضية للاستشعار عن بعد، بحضور عدد من المسؤولين، منهم سفير جمهورية الصين الشعبية ومدير الوكالة الفضائية الجزائرية والمراقب العام للجيش ومديرون مركزيون من وزارة الدفاع الوطني وأركان الجيش.
ونوه الفريق أول شنقريحة بالنجاح التام للعملية، معتبرا إياها محطة مهمة على مسار بناء الجزائر الجديدة والمنتصرة، كما نقل تهاني رئيس الجمهورية عبد المجيد تبون، القائد الأعلى للقوات المسلحة، مثنيا على متابعة الرئيس الدقيقة لكل مراحل المشروع.
وقد أُطلق القمران الصناعيان خلال شهر جانفي 2026، الأول Alsat-3A في 15 جانفي، والثاني Alsat-3B يوم 31 جانفي، من قاعدة جيوغوان شمال غرب الصين.
""", [
    ev("alsat3b-launch", "أطلقت الجزائر صباح السبت القمر الصناعي الثاني", B_LAUNCH, "'صباح السبت' = Sat 31 Jan 2026 (also 'Alsat-3B يوم 31 جانفي')"),
    ev("alsat3a-launch", "الأول Alsat-3A في 15 جانفي", A_LAUNCH, "'15 جانفي' of 'شهر جانفي 2026' = Thu 15 Jan 2026"),
    ev("chengriha-follows-launch", "وتابع رئيس أركان الجيش، الفريق أول السعيد شنقريحة، عملية الإطلاق", B_LAUNCH, "no own date; the launch of Sat 31 Jan 2026"),
    ev("chengriha-speech", "ونوه الفريق أول شنقريحة بالنجاح التام للعملية", B_LAUNCH, "no own date; his address after the launch, Sat 31 Jan 2026 (ennahar 'اليوم السبت')"),
])
art(S, "https://awkarnews.com/ar/node/3999",
    "2026-02-01", "no date on the stored page; the body's 'أمس السبت' for the launch of Alsat-3B on Sat 31 Jan 2026 (ennahar, dated 2026-01-31) gives Sun 1 Feb 2026 (1 Feb 2026 was a Sunday); the headline, which the stored text gives at its end, put first", False, """
الجزائر تطلق بنجاح قمرا اصطناعيا ثانيا من قاعدة صينية
نجحت الجزائر أمس السبت في إطلاق قمرها الاصطناعي الثاني "Alsat3-B" من قاعدة جيوغوان في شمال غرب الصين، وذلك بعد أسبوعين فحسب من نجاح إطلاق القمر "Alsat3-A".
وذكرت وزارة الدفاع الوطني في بيان صحفي أن إطلاق "Alsat3-B" يندرج في إطار مواصلة تعزيز القدرات الوطنية في ميدان المراقبة الفضائية واستكمال منظومة "Alsat3-" عالية الدقة.
وبينت الوزارة أن "هذه العملية، وهي الثانية من نوعها خلال أقل من شهر، تمثل إنجازا علميا وتقنيا يعكس التقدم الذي تحرزه الجزائر في ميدان التكنولوجيا الفضائية".
""", [
    ev("alsat3b-launch", "نجحت الجزائر أمس السبت في إطلاق قمرها الاصطناعي الثاني", B_LAUNCH, "'أمس السبت' from Sun 1 Feb 2026 = Sat 31 Jan"),
    ev("alsat3a-launch", "بعد أسبوعين فحسب من نجاح إطلاق القمر", A_LAUNCH, "'بعد أسبوعين فحسب' before Sat 31 Jan 2026 = the launch of Thu 15 Jan 2026 (ennahar 'بتاريخ 15 جانفي الجاري')"),
    ev("mdn-statement", "وذكرت وزارة الدفاع الوطني في بيان صحفي", B_LAUNCH, "no own date; the ministry's statement on the day of the launch, Sat 31 Jan 2026"),
])

# ---------------------------------------------------------------- egypt-spnex-satellite-2025
S = "egypt-spnex-satellite-2025"
SP_LAUNCH = "2025-12-10"                   # SPNEX launched from China on Wed 10 Dec 2025
SP_TELEMETRY = "2025-12-12"                # the ground station received its telemetry on Fri 12 Dec 2025
SP_ANNOUNCE = "2025-12-14"                 # the Egyptian Space Agency's statement, evening of Sun 14 Dec 2025
art(S, "https://www.wam.ae/ar/article/15x7q4z-spnex-%D8%A7%D9%84%D9%82%D9%85%D8%B1-%D8%A7%D9%84%D8%B5%D9%86%D8%A7%D8%B9%D9%8A-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A-%D9%8A%D8%AF%D8%AE%D9%84-%D9%85%D8%AF%D8%A7%D8%B1%D9%87-%D9%88%D9%8A%D8%B1%D8%B3%D9%84-%D8%A3%D9%88%D9%84%D9%89",
    SP_ANNOUNCE, "no time stamp in the stored text; the body's own date line 'القاهرة في 14ديسمبر /وام/' (kept in the text, without a year) and 'بيان أصدرته مساء اليوم'; the year is 2025 (the SPNEX launch of 10 Dec 2025; lebanon24 dated 15-12-2025 carries the same statement; 14 Dec 2025 was a Sunday); headline rendered from the URL slug", False, """
SPNEx.. القمر الصناعي المصري يدخل مداره ويرسل أولى إشاراته
القاهرة في 14ديسمبر /وام/ كشفت وكالة الفضاء المصرية عن نجاح إطلاق القمر الصناعي المصري SPNEx، ودخوله المدار المخصص له، وشروعه في إرسال أولى إشاراته.
وأوضحت الوكالة، في بيان أصدرته مساء اليوم، أن القمر انطلق من قاعدة رونغ فنج الفضائية في شمال غرب جمهورية الصين الشعبية، وأنه طُوّر في إطار تعاون بين وكالة الفضاء المصرية وأكاديمية البحث العلمي والتكنولوجيا، ويتخصص في قياس خصائص البلازما في طبقات الأيونوسفير، بما يدعم الدراسات العلمية الخاصة بتأثيرات العواصف الشمسية والمغناطيسية، ويساعد على بناء نماذج دقيقة لخصائص الأيونوسفير، إلى جانب دعم أبحاث المناخ.
""", [
    ev("egsa-announcement", "في بيان أصدرته مساء اليوم", SP_ANNOUNCE, "'مساء اليوم' under the date line 'القاهرة في 14ديسمبر' = Sun 14 Dec 2025"),
    ev("spnex-launch", "أن القمر انطلق من قاعدة رونغ فنج الفضائية", SP_LAUNCH, "no own date; the launch of Wed 10 Dec 2025 (annahar 'يوم 10 كانون الأول/ديسمبر الجاري')"),
    ev("spnex-orbit-entry", "ودخوله المدار المخصص له", SP_LAUNCH, "no own date; the satellite reached its orbit on the launch day, Wed 10 Dec 2025"),
    ev("telemetry-received", "وشروعه في إرسال أولى إشاراته", SP_TELEMETRY, "no own date; its first telemetry was received on Fri 12 Dec 2025 (annahar 'في 12 أيلول/ ديسمبر 2025')"),
])
art(S, "https://www.lebanon24.com/news/world-news/1455671/%D9%85%D9%86-%D8%A7%D9%84%D8%B5%D9%8A%D9%86-%D9%85%D8%B5%D8%B1-%D8%AA%D8%B7%D9%84%D9%82-%D9%82%D9%85%D8%B1%D8%A7-%D8%B5%D9%86%D8%A7%D8%B9%D9%8A%D8%A7",
    "2025-12-15", "date line on the page '15-12-2025 | 15:36' (15 Dec 2025 was a Monday); headline kept from the page; the site's menus, image names and the truncated last sentence dropped", True, """
من الصين.. مصر تطلق "قمرا صناعيا"
كشفت وكالة الفضاء المصرية عن نجاح إطلاق القمر الصناعي المصري الجديد "SPNEX" ودخوله مداره المخصص وبدء بثه إشاراته الأولى، في خطوة تبرهن على دخول مصر الفعلي إلى ميدان تكنولوجيا الفضاء. ويصنف "SPNEX" ضمن أقمار فئة "النانو"، وقد صُنع محليا بدءا من التصميم، مرورا بالتجميع والتكامل والاختبار، وانتهاء بالتشغيل في المدار.
ووفق الوكالة، فإن القمر مختبر علمي يدور في الفضاء، جرى تطويره في إطار تعاون بين وكالة الفضاء المصرية وأكاديمية البحث العلمي والتكنولوجيا، ويختص بقياس خصائص "البلازما" في طبقات "الأيونوسفير"، بما يخدم الدراسات المتصلة بتأثيرات العواصف الشمسية والمغناطيسية ووضع نماذج أدق لخصائص الأيونوسفير، فضلا عن دعم أبحاث المناخ.
وبينت الوكالة أن القمر صُمم بكامله داخل مختبراتها، وأن عمليات التجميع والتكامل والاختبار أُنجزت في مركز "AIT" التابع لها في "المدينة الفضائية المصرية". وأشارت كذلك إلى أن محطة التحكم والاستقبال الأرضية، التي صممتها ونفذتها كوادر الوكالة، تلقت الإشارات التليمترية للقمر، بما يؤكد استقراره في المدار وكفاءة تشغيل أنظمته.
""", [
    ev("egsa-announcement", "كشفت وكالة الفضاء المصرية عن نجاح", SP_ANNOUNCE, "no own date; the agency's statement of the evening of Sun 14 Dec 2025 (WAM 'القاهرة في 14ديسمبر ... مساء اليوم')"),
    ev("spnex-launch", "إطلاق القمر الصناعي المصري الجديد \"SPNEX\"", SP_LAUNCH, "no own date; the launch of Wed 10 Dec 2025 (annahar)"),
    ev("spnex-orbit-entry", "ودخوله مداره المخصص", SP_LAUNCH, "no own date; on the launch day, Wed 10 Dec 2025"),
    ev("telemetry-received", "تلقت الإشارات التليمترية للقمر", SP_TELEMETRY, "no own date; Fri 12 Dec 2025 (annahar 'في 12 أيلول/ ديسمبر 2025')"),
])
art(S, "https://www.annahar.com/technology/262914/قمر-بحثي-مصري-يقرأ-اضطرابات-الأيونوسفير-ماذا-يعني-سبينكس-لمصر",
    "2025-12-16", "date line on the page 'تكنولوجيا 16-12-2025 | 18:02' (16 Dec 2025 was a Tuesday); headline kept from the page; the repeated headlines, photo caption and the 'مهمة علمية' section that follows dropped", True, """
قمر بحثي مصري يقرأ اضطرابات الأيونوسفير.. ما هي المكاسب الاقتصادية لمصر من "سبينكس"؟
كشفت وكالة الفضاء المصرية عن نجاح إطلاق القمر الصناعي المصري النانوي "سبينكس" (SPNEX) يوم 10 كانون الأول/ديسمبر الجاري من قاعدة رونغ فنج الفضائية في شمال غرب جمهورية الصين الشعبية، في مهمة بحثية تقيس خصائص البلازما في طبقات الأيونوسفير وتدرس أثرها في الاتصالات في الفضاء.
وذكرت الوكالة أن محطة التحكم والاستقبال الأرضية تلقت في 12 أيلول/ ديسمبر 2025 إشارات القياس عن بعد من القمر، ما أكد استقرار مداره وكفاءة تشغيله، وبلوغ شحن البطارية نحو 90% بعد محاذاته مع الشمس.
ويمثل القمر، الذي تقول الوكالة إنه طُوّر وجُمّع واختُبر محليا داخل مركز التكامل والاختبار (AIT) بالمدينة الفضائية المصرية، خطوة تعزز القدرات الوطنية وتتيح بيانات علمية للباحثين في الجامعات والمراكز البحثية.
""", [
    ev("spnex-launch", "يوم 10 كانون الأول/ديسمبر الجاري", SP_LAUNCH, "'يوم 10 كانون الأول/ديسمبر الجاري' in December 2025 = Wed 10 Dec 2025"),
    ev("egsa-announcement", "كشفت وكالة الفضاء المصرية عن نجاح إطلاق", SP_ANNOUNCE, "no own date; the agency's statement of the evening of Sun 14 Dec 2025 (WAM)"),
    ev("telemetry-received", "تلقت في 12 أيلول/ ديسمبر 2025 إشارات القياس عن بعد", SP_TELEMETRY, "'في 12 أيلول/ ديسمبر 2025' (the page's slip 'أيلول' for December) = Fri 12 Dec 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 567
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
