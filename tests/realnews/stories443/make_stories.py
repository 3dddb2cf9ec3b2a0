"""Builds stories.jsonl: the 443-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: weddings, funerals and family tragedies that made
national news in Arab countries (wedding hall fires or collapses, funerals of public figures, mass family
poisonings).
Stories: the deaths of six siblings and their father from a poisoned meal in Dalga, Deir Mawas, Minya
(Egypt, July 2025); the electrocution of wedding guests at Ain Dar, Abqaiq (Saudi Arabia, October 2012); the
return and funeral of Hocine Ait Ahmed (Algeria, December 2015 - January 2016).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-minya-dalga-family-poisoning-2025
S = "egypt-minya-dalga-family-poisoning-2025"
FOUR = ("2025-07-11", "2025-07-14")        # the first four siblings died within < 48 h, all before the ministry's statement of Sun 13 Jul
MINISTRY = "2025-07-13"                    # the health ministry's statement denying meningitis, Sun 13 Jul 2025
RAHMA = "2025-07-16"                       # Rahma (12) died at dawn on Wed 16 Jul 2025
FARHA = "2025-07-22"                       # Farha (14), the sixth child, died on Tue 22 Jul 2025 in al-Iman hospital, Assiut
FARHA_MOVED = ("2025-07-17", "2025-07-22")  # moved from the Minya chest hospital to al-Iman, Assiut, between Thu 17 and Mon 21 Jul
FATHER_IN = "2025-07-20"                   # the father was moved to Assiut University Hospital on Sun 20 Jul 2025
FATHER = "2025-07-25"                      # the father, Nasser Mohamed Ali, died at dawn on Fri 25 Jul 2025
art(S, "https://emarat24.org/news/5677936",
    "2025-07-17", "the page's date line 'الخميس 17 يوليو 2025 - 01:06 م' under the headline (not part of the body, so dropped); the body's 'توفيت يوم أمس' for Rahma fits her death at dawn on Wed 16 Jul 2025 (kuwaitgate and shbabbek of that day: 'اليوم الأربعاء 16 يوليو 2025'); headline kept from the page; the last, truncated sentence dropped", True, """
مأساة مستمرة: وفاة الأخت بعد أيام من رحيل 4 أشقاء بالأعراض الغامضة
عقب أيام قليلة من رحيل أربعة أشقاء مصريين، فارقت الطفلة رحمة ناصر محمد (12 عامًا) الحياة يوم أمس، إثر إصابتها بأعراض مرضية غامضة تشبه ما أصاب أشقاءها.
ونُقل جثمان الطفلة إلى المشرحة ليفحصه الطب الشرعي.
ولم يبق للأسرة المنكوبة سوى طفلتها الأخيرة "فرحة" التي تخضع حاليًا للعلاج في مستشفى صدر المنيا.
وكان خبر رحيل أربعة أطفال أشقاء في قرية دلجا بمحافظة المنيا قد شغل منصات التواصل الاجتماعي في مصر قبل أيام.
وكانت الشرطة قد تلقت إخطارًا من مستشفى ديرمواس المركزي بدخول أربعة أطفال يعانون حمى شديدة وصداعًا وتيبسًا في الرقبة، انتهت بوفاة الأشقاء الأربعة: محمد (11 سنة) وريم (10 سنوات) وعمر (7 سنوات) وأحمد (5 سنوات).
ونفت وزارة الصحة المصرية في بيان يوم الأحد أن يكون الالتهاب السحائي وراء وفاة الأشقاء الأربعة، واصفة ذلك بأنه شائعة لا أساس لها.
ولفتت الوزارة إلى غياب أي دليل طبي على وفيات متزامنة في الأمراض المعدية، موضحة أن الوفيات داخل الأسرة الواحدة في هذه الأمراض تأتي عادة متقاربة في الزمن لا في اليوم نفسه كما جرى هنا.
""", [
    ev("rahma-death", "فارقت الطفلة رحمة ناصر محمد (12 عامًا) الحياة يوم أمس", RAHMA, "'يوم أمس' in an article of Thu 17 Jul 2025 = Wed 16 Jul"),
    ev("rahma-body-to-morgue", "ونُقل جثمان الطفلة إلى المشرحة", RAHMA, "no own expression; the body was moved to the morgue on the day of her death, Wed 16 Jul 2025 (kuwaitgate of that day)"),
    ev("four-siblings-deaths", "انتهت بوفاة الأشقاء الأربعة", FOUR[0], "no own expression; the four deaths came within less than 48 hours (masrawy of Sun 13 Jul) and before the ministry's statement of Sun 13 Jul; my span Fri 11 - Sun 13 Jul 2025", end=FOUR[1]),
    ev("ministry-denies-meningitis", "في بيان يوم الأحد", MINISTRY, "'يوم الأحد' before Thu 17 Jul 2025 = Sun 13 Jul"),
])
art(S, "https://eremnews-fe-app-production.azurewebsites.net/entertainment/dg5m0gf",
    "2025-07-22", "the page's time stamp '22 يوليو 2025، 4:30 م' (Erem News; not part of the body, so dropped); the body's 'اليوم الثلاثاء' (22 Jul 2025 was a Tuesday); headline kept from the page; the 'أخبار ذات علاقة' link and the last, truncated words dropped", True, """
مصر.. وفاة الطفلة السادسة بـ"المرض الغامض"
فارقت الطفلة فرحة ناصر (14 عامًا) الحياة اليوم الثلاثاء، لتكون الشقيقة السادسة بعد خمسة أشقاء رحلوا قبلها قبل أيام إثر أعراض مرضية غامضة، في قرية دلجا التابعة لمركز ديرمواس بمحافظة المنيا في شمال صعيد مصر.
ووفقًا لصحف محلية، كانت الطفلة السادسة الناجية الوحيدة التي قاومت المرض الغامض الذي حصد أرواح أشقائها الخمسة تباعًا، من غير أن يُعرف حتى الآن السبب الدقيق لوفاتهم، لتضع وفاتها خاتمة حزينة لإحدى أشد الوقائع مأساوية وغموضًا في محافظة المنيا خلال السنوات الأخيرة.
وتفصيلًا، نُقلت فرحة ناصر وهي في حالة حرجة من مستشفى الصدر بالمنيا إلى مستشفى الإيمان بأسيوط لتتلقى الرعاية في غرفة العناية المركزة، غير أن وضعها الصحي ساء بسرعة رغم مساعي الفريق الطبي لإنقاذها.
أما ناصر محمد علي، والد الأطفال الراحلين، فيرقد في حالة صحية حرجة بمستشفى أسيوط الجامعي، وذكرت مصادر طبية أنه يعاني إعياءً شديدًا وارتفاعًا في درجة الحرارة.
""", [
    ev("farha-death", "فارقت الطفلة فرحة ناصر (14 عامًا) الحياة اليوم الثلاثاء", FARHA, "'اليوم الثلاثاء' = Tue 22 Jul 2025"),
    ev("five-siblings-deaths", "بعد خمسة أشقاء رحلوا قبلها قبل أيام", FOUR[0], "'قبل أيام': the four deaths of 11-13 Jul and Rahma's of Wed 16 Jul 2025 (my span Fri 11 - Wed 16 Jul)", end="2025-07-17"),
    ev("farha-moved-to-assiut", "نُقلت فرحة ناصر وهي في حالة حرجة من مستشفى الصدر بالمنيا", FARHA_MOVED[0], "no own expression; she was still at the Minya chest hospital on Thu 17 Jul (emarat24) and had been moved 'قبل يومين' (christian-dogma of Tue 22) or treated at al-Iman 'منذ 5 أيام' (a report of Wed 23): my span Thu 17 - Mon 21 Jul 2025", end=FARHA_MOVED[1]),
    ev("father-in-assiut-hospital", "فيرقد في حالة صحية حرجة بمستشفى أسيوط الجامعي", FATHER_IN, "no own expression; his stay at Assiut University Hospital, from his transfer on Sun 20 Jul (akhbarelyom: 'يوم الأحد الماضي') to his death on Fri 25 Jul 2025", end="2025-07-26"),
])
art(S, "https://www.masress.com/akhbarelyomgate/74660738",
    "2025-07-25", "no date on the stored page (an Akhbar El Yom report carried by masress); the body's 'ولفظ أنفاسه الأخيرة اليوم الجمعة' for the father's death, which was on Fri 25 Jul 2025 (newsroom.info, eradetshaab: 'صباح اليوم الجمعة'; cairo24 of the next day: 'صباح أمس الجمعة'), so it was published on Fri 25 Jul 2025; the related link 'رحلت فرحة..' dropped; headline written from the body (the stored text has none)", False, """
وفاة والد أطفال دلجا الستة في مستشفى أسيوط الجامعي
فارق ناصر محمد علي، والد الأطفال الستة ضحايا واقعة قرية دلجا بمركز دير مواس في محافظة المنيا، الحياة داخل مستشفى أسيوط الجامعي، بعد أيام طويلة قضاها يتلقى العلاج في العناية المركزة للحالات الحرجة والسموم، وبعد تشريح الجثمان أمرت النيابة بدفنه ونُقل إلى المنيا.
وكانت النيابة العامة في أسيوط قد أمرت بتشريح جثمان الأب لتحديد سبب الوفاة بفحص دقيق، بعدما أظهرت فحوص سابقة أن الأطفال ماتوا بسبب سموم في طعامهم يُرجح أنها مبيد حشري.
وفور انتهاء التشريح، قررت النيابة العامة تسليم جثمان والد أطفال دلجا إلى ذويه من مشرحة مستشفى أسيوط الجامعي لدفنه سريعًا، وسط حزن وانهيار شقيقه وشقيقته اللذين انتظرا استلامه أمام المشرحة بعد أن بلغهما نبأ وفاته.
يُذكر أن ناصر محمد نُقل إلى مستشفى أسيوط الجامعي يوم الأحد الماضي بعد تدهور حالته الصحية، وأودع العناية المركزة تحت إشراف فريق من أطباء الحالات الحرجة والسموم، إلا أن حالته ساءت ولفظ أنفاسه الأخيرة اليوم الجمعة، ثم سُلم جثمانه ليُشيع إلى مثواه الأخير في مسقط رأسه بقرية دلجا.
""", [
    ev("father-death", "ولفظ أنفاسه الأخيرة اليوم الجمعة", FATHER, "'اليوم الجمعة' = Fri 25 Jul 2025"),
    ev("father-autopsy-order", "قد أمرت بتشريح جثمان الأب", FATHER, "no own expression; ordered on the day of his death, Fri 25 Jul 2025, before the body was handed over that day"),
    ev("father-body-handed-over", "قررت النيابة العامة تسليم جثمان والد أطفال دلجا إلى ذويه", FATHER, "no own expression; after the autopsy on Fri 25 Jul 2025 (egypttelegraph: the family received the body 'مساء اليوم الجمعة')"),
    ev("father-moved-to-assiut", "نُقل إلى مستشفى أسيوط الجامعي يوم الأحد الماضي", FATHER_IN, "'يوم الأحد الماضي' from Fri 25 Jul 2025 = Sun 20 Jul"),
])
art(S, "https://alhakekanews.com/%d9%88%d9%81%d8%a7%d8%a9-%d9%88%d8%a7%d9%84%d8%af-%d8%a7%d9%84%d8%a3%d8%b7%d9%81%d8%a7%d9%84-%d8%a7%d9%84%d8%b3%d8%aa%d8%a9-%d9%81%d9%8a-%d8%ad%d8%a7%d8%af%d8%ab%d8%a9-%d8%af%d9%84%d8%ac%d8%a7",
    "2025-07-25", "no date on the stored page; the body's 'توفي منذ قليل' for the father's death, which was at dawn / in the morning of Fri 25 Jul 2025 (newsroom.info: 'فجر الجمعة'; akhbarelyom: 'اليوم الجمعة'), so it was published on Fri 25 Jul 2025; headline rendered from the URL slug; no date of its own in the text", False, """
وفاة والد الأطفال الستة في حادثة دلجا
رحل منذ قليل ناصر محمد علي، والد الأطفال الستة الذين لقوا حتفهم في الحادثة الغامضة بقرية دلجا التابعة لمركز ديرمواس في محافظة المنيا، بعد أيام من وفاة ابنته "فرحة" التي كانت الوحيدة الباقية على قيد الحياة من بين إخوتها.
وكان الأب يتلقى العلاج في مستشفى أسيوط الجامعي، حيث خضع لفحوص طبية أُرسلت عيناتها إلى معامل وزارة الصحة لمعرفة السبب الدقيق لحالته.
وتضاعف وفاته الغموض المحيط بالحادثة التي قضت على أفراد الأسرة جميعًا، إذ سبقته ابنته فرحة إلى الموت في مستشفى الإيمان العام بأسيوط، بعدما نُقلت إليه من مستشفى المنيا وأُخضعت لسلسلة من التحاليل والفحوص الدقيقة لمعرفة أسباب حالتها.
وتواصل الجهات المعنية تحقيقاتها بشكل مكثف لكشف ملابسات هذه الواقعة المأساوية التي هزت الرأي العام.
""", [
    ev("father-death", "رحل منذ قليل ناصر محمد علي", FATHER, "'منذ قليل' in a report of Fri 25 Jul 2025, the day of his death"),
    ev("farha-death", "بعد أيام من وفاة ابنته", FARHA, "no own expression; Farha died on Tue 22 Jul 2025 (erem 'اليوم الثلاثاء')"),
    ev("father-in-assiut-hospital", "وكان الأب يتلقى العلاج في مستشفى أسيوط الجامعي", FATHER_IN, "no own expression; his stay from Sun 20 Jul (akhbarelyom 'يوم الأحد الماضي') to his death on Fri 25 Jul 2025", end="2025-07-26"),
    ev("farha-moved-to-assiut", "بعدما نُقلت إليه من مستشفى المنيا", FARHA_MOVED[0], "no own expression; between Thu 17 Jul (still in Minya, emarat24) and Mon 21 Jul 2025 (my span; see the erem article)", end=FARHA_MOVED[1]),
])

# ---------------------------------------------------------------- saudi-ain-dar-wedding-electrocution-2012
S = "saudi-ain-dar-wedding-electrocution-2012"
NIGHT = "2012-10-30"                       # the wedding at Ain Dar al-Jadida (Abqaiq): gunfire cut a power line, guests electrocuted, Tue 30 Oct 2012, about 20:30
NEXT = "2012-10-31"                        # the toll rose to 28 dead and 37 injured, Wed 31 Oct 2012
art(S, "https://sauress.com/alyaum/62047",
    "2012-10-31", "no date on the stored page (an al-Yaum report carried by sauress); the body's 'مساء امس' for the electrocution and Khushaiman's television statement, both on the evening of Tue 30 Oct 2012 (UPI of 31 Oct: 'ليل أمس الثلاثاء'), give Wed 31 Oct 2012; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
مصرع 28 وإصابة 37 صعقا بالكهرباء في حفل زفاف بعين دار
لقي 28 رجلا وامرأة من أسرة واحدة حتفهم صعقا بالكهرباء، وأصيب 37 آخرون، خلال حفل زفاف أقيم في مخيم داخل "حوش" ملحق بفيلا في مركز عين دار بمحافظة بقيق مساء امس، بعدما سقط كيبل كهرباء على مدخل المخيم الذي كان يضم أكثر من 200 امرأة.
وجاء سقوط الكيبل نتيجة إطلاق مجهولين أعيرة نارية من رشاشات احتفاءً بالعرس، فصُعق المدعوون الذين لمسوا عقود الإنارة المضيئة لمكان الحفل.
وأعلن مدير الدفاع المدني بالمنطقة الشرقية اللواء عبدالله خشيمان، فور وقوع الحادث، في تصريحات لقناة "الإخبارية" مساء امس، وفاة 25 شخصا وإصابة 30 آخرين.
وأوضح أن كيبل الضغط العالي انقطع بفعل نيران رشاشات أطلقت فرحا بالزفاف عند مدخل الحوش الذي أقيم فيه الحفل، فسقط مع عقود الإنارة، وصُعق كل من لمس باب المدخل.
وذكر أن الحفل أقيم "دون ترخيص" في مخيم داخل حوش مساحته 25 × 25 مترا يحيط به سور وباب من الحديد.
ونُقلت جثامين 7 نساء وطفل إلى مستشفى بقيق العام، وجثامين 6 رجال و9 نساء و5 أطفال إلى مستشفى أرامكو، في حين نُقل نحو 37 مصابا إلى المستشفيات، منهم 25 إلى مستشفى بقيق العام و12 إلى مستشفى أرامكو.
""", [
    ev("electrocution", "لقي 28 رجلا وامرأة من أسرة واحدة حتفهم صعقا بالكهرباء", NIGHT, "'مساء امس' in an article of Wed 31 Oct 2012 = Tue 30 Oct"),
    ev("celebratory-gunfire", "إطلاق مجهولين أعيرة نارية من رشاشات احتفاءً بالعرس", NIGHT, "no own expression; the gunfire that brought the cable down, the same evening, Tue 30 Oct 2012"),
    ev("khushaiman-tv-25-dead", "في تصريحات لقناة \"الإخبارية\" مساء امس", NIGHT, "'مساء امس' from Wed 31 Oct 2012 = Tue 30 Oct"),
    ev("victims-to-hospitals", "ونُقلت جثامين 7 نساء وطفل إلى مستشفى بقيق العام", NIGHT, "no own expression; the night of the accident (my span Tue 30 - Wed 31 Oct 2012, as the transfers may have gone on past midnight)", end="2012-11-01"),
])
art(S, "https://syndicat.arabepro.com/t4826-topic",
    "2012-10-31", "the UPI date line 'الرياض, السعودية, 31 تشرين الأول-أكتوبر (يو بي أي)' at the head of the body (kept); the year is 2012 by the body's 'ليل أمس الثلاثاء' (30 Oct 2012 was a Tuesday) and the other reports; a forum repost of the wire; headline written from the body (the stored text has none); the last, truncated sentence completed from the same wire text (masress/egynews: 'وتسببت هذه الأعيرة بإسقاط العامود الكهربائي')", True, """
ارتفاع قتلى الصعق الكهربائي في حفل زفاف بالمنطقة الشرقية إلى 28
الرياض, السعودية, 31 تشرين الأول-أكتوبر (يو بي أي) -- أفاد مسؤول في الدفاع المدني السعودي بأن عدد قتلى الاحتكاك الكهربائي الذي وقع ليل أمس الثلاثاء في حفل زفاف بالمنطقة الشرقية ارتفع إلى 28 شخصا، من بينهم أطفال ونساء، فيما ارتفع عدد المصابين إلى 37 شخصا.
وذكر مدير الدفاع المدني بالمنطقة الشرقية السعودية اللواء عبدالله خشيمان أن حصيلة قتلى الاحتكاك الكهربائي في حفل الزفاف صعدت إلى 28 قتيلا و37 مصابا.
وكان خشيمان قد أعلن أمس مقتل 14 شخصا وإصابة 24 آخرين.
وأقيم العرس في حوش بقرية عين دار في محافظة بقيق، الواقعة على بعد نحو 75 كلم جنوب مدينة الدمام على ساحل الخليج.
ولفت خشيمان إلى أن الحريق شب في الساعة الثامنة والنصف مساء الثلاثاء، وأن فرق الدفاع المدني والدوريات الأمنية وفرق الهلال الأحمر سارعت من الدمام والأحساء إلى بلدة عين دار الجديدة قرب بقيق لاحتواء الوضع ونقل المصابين إلى مستشفى بقيق.
وبيّن أن سبب الحادث سقوط عمود كهرباء على مدخل فناء أقيم فيه حفل الزواج، إذ كانت عقود الإنارة تضيء ساحة الحفل، فأصيب كل من لمس باب مدخل الفناء بماس كهربائي.
وقال شهود عيان إن إطلاق عدد من المدعوين أعيرة نارية في الهواء من مسدسات كانت معهم هو الذي أسقط عمود الكهرباء.
""", [
    ev("toll-rises-to-28", "ارتفع إلى 28 شخصا", NEXT, "the wire's date line '31 تشرين الأول-أكتوبر' = Wed 31 Oct 2012"),
    ev("electrocution", "الذي وقع ليل أمس الثلاثاء في حفل زفاف", NIGHT, "'ليل أمس الثلاثاء' from Wed 31 Oct 2012 = Tue 30 Oct"),
    ev("khushaiman-first-toll-14", "وكان خشيمان قد أعلن أمس مقتل 14 شخصا", NIGHT, "'أمس' from Wed 31 Oct 2012 = Tue 30 Oct"),
    ev("rescue-teams-rush", "سارعت من الدمام والأحساء إلى بلدة عين دار الجديدة", NIGHT, "no own expression; right after the fire of 'الساعة الثامنة والنصف مساء الثلاثاء' = Tue 30 Oct 2012"),
    ev("celebratory-gunfire", "إطلاق عدد من المدعوين أعيرة نارية في الهواء", NIGHT, "no own expression; the gunfire at the wedding, Tue 30 Oct 2012"),
])
art(S, "https://archive.aawsat.com/details.asp?article=702242&issueno=12392&section=43",
    "2012-11-01", "no date on the stored page (Asharq Al-Awsat archive, issue 12392); the body's 'مساء أول من أمس' for the electrocution of the evening of Tue 30 Oct 2012 gives Thu 1 Nov 2012 (alriyadh and aljazirah of that day say 'مساء امس الاول' too); the photo caption dropped; headline kept from the page; the last, truncated sentence dropped", False, """
العروسان لم يصابا.. و«ليلة العمر» انقلبت إلى حزن عميق
نجت عروس «عين دار» بلطف الله، رغم الصدمة التي ألمت بها بعد سقوط عدد كبير من أهلها وأقاربها في حادثة الصعق الكهربائي مساء أول من أمس.
ولم يلحق أي أذى بالعروسين في الحادث، وإن نالهما ضرر نفسي كبير؛ فقد أصيب الزوجان بصدمة شديدة، لا سيما أن الفاجعة وقعت في ليلة عمرهما وحصدت أرواح 25 شخصا من الرجال والنساء والأطفال، جميعهم من عائلتهما وقبيلتهما.
وينتمي كل المتوفين والمصابين إلى قبيلة واحدة هي الحمران الهاجري، باستثناء فاطمة القحطاني، وهي إحدى المدعوات إلى الحفل وكانت بين النساء الـ14 اللاتي فارقن الحياة.
وأوضح ناصر عبد الله الهاجري، وهو من أقارب الزوجين، لـ«الشرق الأوسط» أنهما يقيمان في الهجرة ولم يُنقلا إلى المستشفى، لكنهما يعانيان من الصدمة بعدما فقدا كثيرا من الأقارب، وإن كان والدا كل منهما قد نجوا من الفاجعة.
وأشار إلى أن «الحوش» الذي أقيمت فيه المناسبة مملوك لأهل العروس، وأن أهالي مركز عين دار الجديدة يقيمون مناسبات النساء في هذا المكان لعدم وجود صالات أفراح في المركز.
""", [
    ev("electrocution", "في حادثة الصعق الكهربائي مساء أول من أمس", NIGHT, "'مساء أول من أمس' in an article of Thu 1 Nov 2012 = Tue 30 Oct"),
    ev("couple-unhurt", "ولم يلحق أي أذى بالعروسين في الحادث", NIGHT, "no own expression; the outcome of the accident of Tue 30 Oct 2012"),
    ev("hajri-statement", "وأوضح ناصر عبد الله الهاجري", NIGHT, "no own expression; said to the paper after the accident and before the issue of Thu 1 Nov 2012 (my span Tue 30 - Wed 31 Oct)", end="2012-11-01"),
])

# ---------------------------------------------------------------- algeria-ait-ahmed-funeral-2016
S = "algeria-ait-ahmed-funeral-2016"
DEATH = "2015-12-23"                       # Hocine Ait Ahmed died in Lausanne on Wed 23 Dec 2015
MOURNING_DECREE = "2015-12-24"             # Bouteflika declared eight days of national mourning on Thu 24 Dec 2015
MOURNING = ("2015-12-25", "2016-01-02")    # the mourning ran from Fri 25 Dec 2015 for eight days (to Fri 1 Jan 2016)
ARRIVAL = "2015-12-31"                     # the body landed at Algiers airport on Thu 31 Dec 2015 (15:51)
VIEWING = ("2015-12-31", "2016-01-02")     # lying in state at the FFS headquarters, Thu 31 Dec evening - Fri 1 Jan morning
FUNERAL = "2016-01-01"                     # procession to Kabylia and burial at Ait Ahmed village on Fri 1 Jan 2016
FFS = "1963-09-29"                         # the FFS was founded on 29 Sep 1963
art(S, "http://alwasatnews.com/news/1060550.html",
    "2015-12-24", "the body's 'اليوم الخميس (24 ديسمبر/ كانون الأول 2015)' (an al-Wasat, Bahrain, wire report; 24 Dec 2015 was a Thursday); headline written from the body (the stored text has none)", True, """
حداد وطني لثمانية أيام في الجزائر على حسين آيت أحمد
أعلن الرئيس الجزائري عبد العزيز بوتفليقة اليوم الخميس (24 ديسمبر/ كانون الأول 2015) حدادا وطنيا لمدة ثمانية أيام في كامل أنحاء البلاد ابتداء من غد الجمعة، إثر رحيل المعارض البارز حسين آيت أحمد، أحد أبرز قادة ثورة التحرير، وفق بيان للرئاسة الجزائرية.
وكان آيت احمد قد توفي أمس (الأربعاء) عن 89 عاما في أحد مستشفيات مدينة لوزان السويسرية بعد مرض عضال.
ويُعد الراحل من القادة التاريخيين لثورة التحرير، قبل أن يصبح زعيما معارضا مباشرة بعد استقلال الجزائر عن فرنسا في العام 1962، إذ قاد تمردا مسلحا في منطقة القبائل ثم أسس حزب جبهة القوى الاشتراكية.
وهرب ايت احمد من سجنه في العاصمة الجزائرية إلى سويسرا في العام 1966، ولم يرجع إلى الجزائر إلا في العام 1990.
""", [
    ev("mourning-declared", "أعلن الرئيس الجزائري عبد العزيز بوتفليقة اليوم الخميس", MOURNING_DECREE, "'اليوم الخميس (24 ديسمبر/ كانون الأول 2015)' = Thu 24 Dec 2015"),
    ev("national-mourning", "حدادا وطنيا لمدة ثمانية أيام", MOURNING[0], "'لمدة ثمانية أيام ... ابتداء من غد الجمعة' from Thu 24 Dec 2015 = Fri 25 Dec 2015 - Fri 1 Jan 2016", end=MOURNING[1]),
    ev("ait-ahmed-death", "قد توفي أمس (الأربعاء) عن 89 عاما", DEATH, "'أمس (الأربعاء)' from Thu 24 Dec 2015 = Wed 23 Dec"),
    ev("algeria-independence", "بعد استقلال الجزائر عن فرنسا في العام 1962", "1962-07-05", "'في العام 1962' = the independence of Thu 5 Jul 1962 (the day from general knowledge; the text gives the year)"),
    ev("ffs-founded", "ثم أسس حزب جبهة القوى الاشتراكية", FFS, "no own expression; the FFS was founded on Sun 29 Sep 1963 (general knowledge; the hespress article says 'سنة 1963')"),
    ev("prison-escape", "وهرب ايت احمد من سجنه", "1966-01-01", "'في العام 1966' = the year 1966 only", end="1967-01-01"),
])
art(S, "https://djazairess.com/essalam/51333",
    "2015-12-31", "no date on the stored page (an Essalam report carried by djazairess); the body's 'سيحل اليوم الخميس على الساعة الرابعة عصرا' for the arrival of the body, which landed on Thu 31 Dec 2015 (alaraby of 31 Dec), gives Thu 31 Dec 2015; headline written from the body (the stored text has none)", False, """
جثمان آيت أحمد يصل اليوم إلى مطار هواري بومدين
يصل جثمان المجاهد الراحل حسين آيت أحمد، زعيم حزب جبهة القوى الاشتراكية، الذي توفي الأربعاء الفارط في مدينة لوزان السويسرية، اليوم على الساعة الرابعة عصرا إلى مطار هواري بومدين الدولي، حيث يؤدي له الحرس الجمهوري التحية الشرفية بحضور عائلته وأعضاء من القيادة الوطنية للأفافاس.
وذكر الحزب في بيان أصدره أمس أن جثمان آيت أحمد سيصل اليوم الخميس على الساعة الرابعة عصرا إلى المطار، وأنه سيُلف بالعلم الجزائري الذي ناضل الراحل من أجله.
وأضاف البيان أن مراسيم الترحم على روح الفقيد ستقام في المقر الوطني للأفافاس بالعاصمة ليتسنى إلقاء النظرة الأخيرة عليه، ثم يُنقل إلى مسقط رأسه في عين الحمام بولاية تيزي وزو غدا الجمعة على الساعة السابعة مساء، على أن يعبر الموكب الجنائزي بالخصوص بلديات بلوزداد في العاصمة وبومرداس ثم تيزي وزو.
وأوضح البيان أن الدفن سيجري في اليوم نفسه بقرية آث أحمد في بلدية آث يحيى بولاية تيزي وزو، مشيرا إلى أن الجنازة ستكون وطنية وشعبية ليتمكن الشعب والبلد اللذان ضحى الراحل من أجلهما من تحية روحه والترحم عليه.
""", [
    ev("body-arrives-algiers", "اليوم على الساعة الرابعة عصرا إلى مطار هواري بومدين الدولي", ARRIVAL, "'اليوم' (= 'اليوم الخميس') = Thu 31 Dec 2015"),
    ev("ait-ahmed-death", "الذي توفي الأربعاء الفارط في مدينة لوزان السويسرية", DEATH, "'الأربعاء الفارط' from Thu 31 Dec 2015 = Wed 23 Dec"),
    ev("ffs-statement", "وذكر الحزب في بيان أصدره أمس", "2015-12-30", "'أمس' from Thu 31 Dec 2015 = Wed 30 Dec"),
    ev("lying-in-state", "مراسيم الترحم على روح الفقيد ستقام في المقر الوطني للأفافاس", VIEWING[0], "no own expression; at the FFS headquarters from the arrival of Thu 31 Dec 2015 until the procession left on the morning of Fri 1 Jan 2016", end=VIEWING[1]),
    ev("funeral-procession", "ثم يُنقل إلى مسقط رأسه في عين الحمام", FUNERAL, "'غدا الجمعة' from Thu 31 Dec 2015 = Fri 1 Jan 2016 (the procession in fact left in the morning, not at the '7 p.m.' of the text)"),
    ev("burial", "أن الدفن سيجري في اليوم نفسه", FUNERAL, "'في اليوم نفسه' = the Friday of the transfer, Fri 1 Jan 2016"),
])
art(S, "https://www.alaraby.co.uk/home/GoToPage/9f48bcd0-a029-4e10-b363-6e2b89f51683/471bef94-2d82-4fe8-a098-382c272642f7",
    "2015-12-31", "the page's date line '31 ديسمبر 2015' under the headline (not part of the body, so dropped); the photo caption dropped; headline kept from the page; the last sentence (Hollande's condolence, truncated in the stored text) dropped", True, """
وصول جثمان القيادي حسين آيت أحمد إلى الجزائر
بلغ جثمان الزعيم التاريخي لثورة التحرير الجزائرية حسين آيت أحمد مطار الجزائر الدولي، حيث استقبله عشرات المناضلين وقياديو الحزب وشخصيات سياسية.
وفُرض طوق أمني مشدد حول مطار الجزائر الدولي، ومنعت أجهزة الأمن مئات المواطنين من الاقتراب من القاعة الشرفية، وتولت الرئاسة مراسم الاستقبال داخل المطار، على أن يتولى حزب الراحل، جبهة القوى الاشتراكية، وأسرة الفقيد بقية الترتيبات.
ولُف نعش حسين آيت أحمد بالعلم الوطني، وقدمت له فرقة من الحرس الجمهوري التحية الشرفية، وقُرئت الفاتحة على روحه بحضور جميع أعضاء الحكومة وكبار المسؤولين في الدولة وممثلي السفارات، قبل أن يُنقل بسيارة إسعاف إلى مقر جبهة القوى الاشتراكية، حيث يلقي عليه الجزائريون النظرة الأخيرة بعد نصب خيمة في فناء المقر لاستقبال جثمانه.
وحل بالجزائر رئيس حركة النهضة التونسية راشد الغنوشي لحضور تشييع جثمان آيت أحمد.
""", [
    ev("body-arrives-algiers", "بلغ جثمان الزعيم التاريخي لثورة التحرير الجزائرية", ARRIVAL, "no own expression; the landing of Thu 31 Dec 2015 (the page's date; vitaminedz: 'في حدود الساعة الثالثة و51 دقيقة بعد الزوال')"),
    ev("republican-guard-salute", "وقدمت له فرقة من الحرس الجمهوري التحية الشرفية", ARRIVAL, "no own expression; at the airport on arrival, Thu 31 Dec 2015"),
    ev("lying-in-state", "حيث يلقي عليه الجزائريون النظرة الأخيرة", VIEWING[0], "no own expression; at the FFS headquarters from Thu 31 Dec 2015 until the procession of the morning of Fri 1 Jan 2016", end=VIEWING[1]),
    ev("ghannouchi-arrives", "وحل بالجزائر رئيس حركة النهضة التونسية", "2015-12-30", "no own expression; reported on Thu 31 Dec 2015, so on that day or shortly before (my span Wed 30 - Thu 31 Dec)", end="2016-01-01"),
    ev("burial", "لحضور تشييع جثمان آيت أحمد", FUNERAL, "no own expression; the funeral of Fri 1 Jan 2016 (hespress: 'اليوم بعد صلاة الجمعة')"),
])
art(S, "https://maghress.com/hespress/289664",
    "2016-01-01", "no date on the stored page (a Hespress report carried by maghress); the body's 'اليوم بعد صلاة الجمعة' and 'صباح اليوم' for the funeral, which was on Fri 1 Jan 2016 (the El Khabar live blog of 'vendredi 1 janvier 2016'), give Fri 1 Jan 2016; headline written from the body (the stored text has none)", False, """
تشييع جثمان حسين آيت أحمد إلى مثواه الأخير في مسقط رأسه
وُوري جثمان المعارض الجزائري حسين آيت أحمد الثرى، اليوم بعد صلاة الجمعة، في مسقط رأسه بقرية أيت أحمد في ولاية تيزي وزو بمنطقة القبايل، وسط حشود شعبية غفيرة.
وشارك في جنازة آيت أحمد مواطنون إلى جانب أقارب الفقيد وذويه ورفاقه في الكفاح الوطني، اصطفوا على جانبي الموكب الجنائزي الذي انطلق من مقر "جبهة القوى الاشتراكية"، الحزب الذي أسسه الراحل سنة 1963، وعبر مدن منطقة القبايل وبلداتها، وهي المنطقة التي دافع حسين طوال حياته عن حقوقها السياسية والثقافية واللغوية.
وكان جثمان آيت أحمد، ملفوفا بالراية الوطنية، قد بلغ مسقط رأسه صباح اليوم، حيث أُلقيت عليه النظرة الأخيرة في أجواء من الحزن والخشوع، تحت خيمة نُصبت في الساحة الرئيسية للقرية.
""", [
    ev("burial", "وُوري جثمان المعارض الجزائري حسين آيت أحمد الثرى، اليوم بعد صلاة الجمعة", FUNERAL, "'اليوم بعد صلاة الجمعة' = Fri 1 Jan 2016"),
    ev("funeral-procession", "الموكب الجنائزي الذي انطلق من مقر", FUNERAL, "no own expression; the procession left Algiers on the morning of Fri 1 Jan 2016 and reached the village 'صباح اليوم'"),
    ev("ffs-founded", "الحزب الذي أسسه الراحل سنة 1963", FFS, "'سنة 1963' = the founding of Sun 29 Sep 1963 (the day from general knowledge)"),
    ev("body-arrives-village", "قد بلغ مسقط رأسه صباح اليوم", FUNERAL, "'صباح اليوم' = the morning of Fri 1 Jan 2016"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 443
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
