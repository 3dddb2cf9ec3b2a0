"""Builds stories.jsonl: the 566-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: flash floods and torrents in Yemen (Lahj, Hadramout,
Marib) and Oman, with deaths, missing people and relief.
Stories: the Hadramout and al-Mahra floods of October 2008 (Yemen), and the Tarim / Aidid floods in Wadi
Hadramout of May 2021 (Yemen).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-hadramawt-mahra-floods-oct-2008
S = "yemen-hadramawt-mahra-floods-oct-2008"
RAIN = ("2008-10-23", "2008-10-25")        # rain from Thu 23 Oct ('أول أمس (الخميس)' on Sat 25) for about 30 hours, through Fri 24
FLOOD = "2008-10-24"                       # the floods hit Hadramout and al-Mahra on Fri 24 Oct 2008
SUNDAY = "2008-10-26"
art(S, "https://sauress.com/alnadwah/23575",
    "2008-10-25", "no date on the stored page (an AFP report carried by al-Nadwa via sauress); the body gives the officials' statements and Saleh's visit to Mukalla as 'الجمعة' and glosses the official's 'منذ البارحة' as 'أول أمس (الخميس)', so the paper was published two days after Thursday, on Sat 25 Oct 2008 (23 Oct 2008 was a Thursday); headline written from the body (the stored text has none)", False, """
عشرات المفقودين في فيضانات حضرموت
أفاد مسؤولون في محافظة حضرموت الجمعة لوكالة فرانس برس بأن عشرات الأشخاص باتوا في عداد المفقودين جراء الفيضانات التي اجتاحت جنوب شرق اليمن.
وقال مسؤول فضّل عدم الكشف عن هويته إن (عشرات الأشخاص فُقدوا بسبب السيول الناجمة عن الأمطار الغزيرة التي تنهمر على المنطقة منذ البارحة) أول أمس (الخميس).
وأفاد شهود عيان بأنهم شاهدوا جثث ضحايا جرفتهم السيول التي تكونت من ارتفاع منسوب مياه الأنهار نتيجة هطول الأمطار بلا انقطاع منذ 30 ساعة.
وتشكلت في المكلا، عاصمة المحافظة، خلية أزمة لتنسيق أعمال الإغاثة.
وقال أحد مسؤولي الخلية لفرانس برس في اتصال هاتفي إن الفيضانات هدمت ما لا يقل عن 340 مسكنا في تريم وشبام والقطن.
وأضاف أن خمس مروحيات عسكرية أُرسلت إلى المنطقة لإغاثة آلاف السكان الذين عزلتهم المياه في البلدات والقرى.
وأشار إلى أن مروحيات تابعة لشركات نفطية عاملة في المنطقة وُضعت كذلك في حالة تأهب.
وتوجه الرئيس اليمني علي عبدالله صالح إلى المكلا الجمعة للإشراف على عمليات الإغاثة، بعد أن شكّل صباحا لجنة حكومية تتولى هذه العمليات.
وبحسب السلطات المحلية، ألحقت الفيضانات أضرارا جسيمة بالبنى التحتية كالطرق وشبكات الكهرباء وتوزيع مياه الشرب.
""", [
    ev("dozens-missing", "بأن عشرات الأشخاص باتوا في عداد المفقودين", FLOOD, "'الجمعة' = Fri 24 Oct 2008 (the officials' statement to AFP)"),
    ev("heavy-rain", "التي تنهمر على المنطقة منذ البارحة) أول أمس (الخميس)", RAIN[0], "'أول أمس (الخميس)' from Sat 25 Oct 2008 = Thu 23 Oct; the rain went on for about 30 hours, through Fri 24 (my span 23-24 Oct)", end=RAIN[1]),
    ev("crisis-cell-mukalla", "وتشكلت في المكلا، عاصمة المحافظة، خلية أزمة", FLOOD, "no own expression; reported in the AFP dispatch of Fri 24 Oct 2008, the day of the floods"),
    ev("helicopters-sent", "أن خمس مروحيات عسكرية أُرسلت إلى المنطقة", FLOOD, "no own expression; the five army helicopters sent on Fri 24 Oct 2008 (AFP dispatch of that day; mehrnews of Sat 25 has them too)"),
    ev("saleh-visits-mukalla", "وتوجه الرئيس اليمني علي عبدالله صالح إلى المكلا الجمعة", FLOOD, "'الجمعة' = Fri 24 Oct 2008"),
    ev("government-committee", "بعد أن شكّل صباحا لجنة حكومية", FLOOD, "'صباحا' of the same Friday, Fri 24 Oct 2008"),
])
art(S, "https://ar.mehrnews.com/amp/771061",
    "2008-10-25", "date line of the page 'تاريخ النشر: ٢٥ أكتوبر ٢٠٠٨ - ١٤:٤٠' (not part of the body, dropped); a Mehr report after al-Arabiya's site; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
السيول تقتل أكثر من 47 شخصا في حضرموت والمهرة وتعز
أفادت مصادر رسمية يمنية بأن السيول التي اجتاحت مناطق واسعة من محافظات حضرموت والمهرة وتعز أودت بحياة أكثر من 47 شخصا.
وذكر موقع قناة العربية أن موجة كبيرة من السيول ضربت محافظتي حضرموت والمهرة بعد 30 ساعة من الأمطار الغزيرة المتواصلة، فهدمت 500 منزل وأدت إلى إخلاء عشرات المساكن المتضررة، وبلغ ارتفاع السيول 3 أمتار في بعض المناطق.
وحملت الفيضانات محافظ حضرموت سالم الخنبشي على إعلانها منطقة منكوبة، في ظل جهود حكومية لتفعيل عمليات الإنقاذ وإغاثة المتضررين، إذ أُرسلت 5 مروحيات للإنقاذ في المناطق التي تحاصرها المياه، "لا سيما أسفل أودية العين وعمد ودوعن ومنطقة ساه بوادي حضرموت"، بحسب ما أوضحه الخنبشي.
وخلّفت الفيضانات أضرارا وخسائر مادية كبيرة في مشاريع البنية التحتية والخدمات وفي الممتلكات الخاصة، ومن ذلك جرف السيارات والمركبات وغرق القوارب، إلى جانب جرف الأراضي الزراعية وطمر الآبار ونفوق أعداد كبيرة من المواشي والأغنام وخلايا النحل.
وتشهد عدة محافظات يمنية حاليا أمطارا غزيرة منذ عدة أيام أوقعت خسائر بشرية، إذ توفي شخصان في محافظة المهرة.
""", [
    ev("toll-47", "أودت بحياة أكثر من 47 شخصا", FLOOD, "no own expression; the official toll of more than 47 reported by al-Arabiya's site between the floods of Fri 24 Oct and this report of Sat 25 Oct 2008, 14:40 (my span 24-25 Oct)", end="2008-10-26"),
    ev("floods-hit", "موجة كبيرة من السيول ضربت محافظتي حضرموت والمهرة", FLOOD, "no own expression; the floods of Fri 24 Oct 2008 (alnadwah: officials' statements 'الجمعة')"),
    ev("heavy-rain", "بعد 30 ساعة من الأمطار الغزيرة المتواصلة", RAIN[0], "no own expression; 30 hours of rain from Thu 23 Oct 2008 (alnadwah 'أول أمس (الخميس)') through Fri 24 (my span)", end=RAIN[1]),
    ev("disaster-zone-declared", "على إعلانها منطقة منكوبة", FLOOD, "no own expression; the governor's declaration after the floods of Fri 24 Oct, before this report of Sat 25 Oct 2008 (my span 24-25 Oct)", end="2008-10-26"),
    ev("helicopters-sent", "إذ أُرسلت 5 مروحيات للإنقاذ", FLOOD, "no own expression; the five army helicopters sent on Fri 24 Oct 2008 (AFP via alnadwah)"),
    ev("mahra-two-dead", "إذ توفي شخصان في محافظة المهرة", RAIN[0], "no own expression; during the rains of the last days before Sat 25 Oct 2008 ('منذ عدة أيام'); my span 23-25 Oct", end="2008-10-26"),
])
art(S, "http://www.elaph.com/Web/Entertainment/2008/10/377406.htm",
    "2008-10-26", "no date on the stored page; the URL gives October 2008 and the body's 'اليوم الأحد' for Saleh's request to parliament after the floods of Fri 24 Oct 2008 gives Sun 26 Oct 2008, the only Sunday of October 2008 after the floods (26 Oct 2008 was a Sunday); headline written from the body (the stored text has none)", False, """
صالح يطلب من البرلمان 100 مليون دولار لمناطق السيول
دعا الرئيس اليمني علي عبد الله صالح اليوم الأحد مجلس النواب إلى إقرار تمويل عاجل قدره 20 مليار ريال (100 مليون دولار) لدعم أعمال الإنقاذ والمساعدة في المناطق المنكوبة التي خربتها سيول الأمطار في جنوب شرق اليمن.
فقد تسببت سيول الأمطار الغزيرة التي انهمرت على مدى 30 ساعة في محافظتي حضرموت والمهرة في مقتل وفقدان نحو 100 شخص وتدمير ما يزيد على 1700 منزل، علاوة على تشريد آلاف المواطنين الذين باتوا بلا مأوى، حسبما أعلنت مصادر حكومية يمنية.
وأوضحت مصادر حكومية أن السلطات لا تزال تسعى إلى جمع بيانات أدق عن ضحايا السيول، غير أن الاتصالات ما زالت مقطوعة مع بعض المناطق المتضررة.
وفي السياق نفسه، أفادت تقارير حكومية بإيواء ما يزيد على 3 آلاف شخص، بينما لا يزال 800 آخرون محاصرين في وادي حضرموت حيث تتكاثف الوديان والمنازل المبنية من الطين.
""", [
    ev("saleh-asks-parliament-funds", "دعا الرئيس اليمني علي عبد الله صالح اليوم الأحد مجلس النواب", SUNDAY, "'اليوم الأحد' = Sun 26 Oct 2008"),
    ev("floods-hit", "فقد تسببت سيول الأمطار الغزيرة", FLOOD, "no own expression; the floods of Fri 24 Oct 2008 (alnadwah, mehrnews)"),
    ev("heavy-rain", "التي انهمرت على مدى 30 ساعة", RAIN[0], "no own expression; 30 hours of rain from Thu 23 Oct 2008 through Fri 24 (my span)", end=RAIN[1]),
    ev("toll-about-100", "في مقتل وفقدان نحو 100 شخص", SUNDAY, "no own expression; the government toll of about 100 dead and missing as given on Sun 26 Oct 2008, the day of this report"),
    ev("communications-cut", "الاتصالات ما زالت مقطوعة", FLOOD, "no own expression; cut since the floods of Fri 24 Oct and still on Sun 26 Oct 2008 (my span 24-26 Oct)", end="2008-10-27"),
    ev("people-sheltered", "بإيواء ما يزيد على 3 آلاف شخص", FLOOD, "no own expression; the sheltering since the floods of Fri 24 Oct, counted by Sun 26 Oct 2008 (my span 24-26 Oct)", end="2008-10-27"),
])

# ---------------------------------------------------------------- yemen-tarim-aidid-floods-2021
S = "yemen-tarim-aidid-floods-2021"
SUN = "2021-05-02"                         # the floods in Tarim / Aidid on the evening of Sun 2 May 2021
SUN_MON = ("2021-05-02", "2021-05-04")     # Sunday night and Monday 3 May
art(S, "https://yemenalghad.net/110612/?amp=1",
    "2021-05-02", "no date on the stored page; the body's 'مساء اليوم الأحد' for the deaths and the collapses, with the helicopters 'حاليا' over Aidid, points to a report written that Sunday evening, Sun 2 May 2021 (2 May 2021 was a Sunday; alasimahonline of Mon 3 May: 'يوم الأحد'); headline kept from the page without its tag '(تفاصيل+ صور)'; the last, truncated sentence shortened", False, """
سيول الأمطار تجتاح تريم حضرموت ووفاة عدد من المواطنين وفقدان آخرين وتهدم 10 منازل والطيران يتدخل لإنقاذ العالقين
لقي 4 أشخاص حتفهم وانهار عدد من المنازل، مساء اليوم الأحد، في مدينة تريم بمحافظة حضرموت، بفعل سيول الأمطار الغزيرة.
وأفادت مصادر محلية لـ"يمن الغد" بأن حصيلة الوفيات ارتفعت إلى 4 مواطنين على الأقل بينهم نساء، وأن 10 منازل انهارت في منطقة الشبيكة التابعة لمدينة تريم، مساء الأحد، نتيجة تواصل هطول الأمطار الغزيرة.
وبيّنت المصادر أن مياه الأمطار وسيولها الجارفة داهمت منازل المواطنين في عدد من أحياء المدينة، تزامنا مع تحليق طيران المنطقة العسكرية الأولى فوق المدينة لإنقاذ عالقين حاصرتهم السيول في بيوتهم ببعض الأحياء.
وقال شهود عيان لـ"يمن الغد" إن عددا من المروحيات يحلق بكثافة في هذه الأثناء فوق منطقة عيديد بمدينة تريم لإنقاذ المواطنين العالقين جراء السيول.
وأشارت المصادر إلى معلومات عن مواطنين مفقودين بعد أن داهمت السيول منازلهم خلال الساعات الماضية.
وكان المركز الوطني للأرصاد الجوية قد حذر في وقت سابق من هطول أمطار غزيرة إلى متوسطة على حضرموت، متوقعا استمرار حالة عدم الاستقرار في الأجواء مع أمطار متفاوتة الشدة.
""", [
    ev("four-dead", "لقي 4 أشخاص حتفهم وانهار عدد من المنازل", SUN, "'مساء اليوم الأحد' = Sun 2 May 2021"),
    ev("floods-tarim", "بفعل سيول الأمطار الغزيرة", SUN, "no own expression; the rain and floods of that evening, 'مساء اليوم الأحد' = Sun 2 May 2021"),
    ev("houses-collapse", "وأن 10 منازل انهارت في منطقة الشبيكة", SUN, "'مساء الأحد' = Sun 2 May 2021"),
    ev("helicopter-rescue", "تحليق طيران المنطقة العسكرية الأولى فوق المدينة", SUN, "no own expression; the helicopters flying over the city that Sunday evening ('في هذه الأثناء'), Sun 2 May 2021"),
    ev("missing-reported", "معلومات عن مواطنين مفقودين", SUN, "no own expression; 'خلال الساعات الماضية' of that Sunday evening, Sun 2 May 2021"),
    ev("met-warning", "وكان المركز الوطني للأرصاد الجوية قد حذر في وقت سابق", "2021-04-30", "'في وقت سابق' = some time before the rain of Sun 2 May 2021; the day is not known (my span 30 Apr - 2 May)", end="2021-05-03"),
])
art(S, "https://alasimahonline.com/local/12622",
    "2021-05-03", "date line of the page 'الإثنين, 03 مايو, 2021 - 03:27 مساءً' (not part of the body, dropped); headline kept from the page; the last, truncated sentence (the Saba report on the prime minister) dropped", True, """
وفاة أربعة أشخاص وتهدم عشرات المنازل نتيجة السيول الغزيرة في تريم بحضرموت
لقي أربعة أشخاص على الأقل حتفهم، يوم الأحد، إثر انهيار منازل في مديرية تريم بوادي حضرموت، بعد أمطار غزيرة رافقتها عواصف رعدية ضربت المنطقة الصحراوية الواقعة في شرق اليمن.
وأفادت مصادر محلية بأن أربعة أشخاص توفوا بسبب السيول وانهيار المنازل في منطقة وادي "عيديد" بمديرية تريم، فيما لا يزال العشرات عالقين وسط المزارع أو داخل منازلهم التي غمرتها المياه جزئيا.
وبيّن وكيل المحافظة لشؤون مديريات الوادي والصحراء عصام الكثيري أن هذه هي الحصيلة الأولية التي أُبلغ عنها، مضيفا أن السلطة المحلية في المديرية وفرق الدفاع المدني وفرق الطوارئ في الكهرباء شرعت في أداء مهامها لتقديم العون والمساعدة وتجنيب سكان المدينة أضرار الأمطار.
وذكرت مصادر محلية أن الطيران المروحي تولى نقل الجرحى والمصابين والعالقين في مدينة تريم جراء الأمطار والسيول التي اجتاحت المدينة.
ولفتت إلى أن قوات المنطقة العسكرية الأولى (ومقرها سيئون) باشرت عملية بحث وإنقاذ للمحاصرين والمصابين في مزارع وادي عيديد ومناطق أخرى في المديرية.
""", [
    ev("four-dead", "لقي أربعة أشخاص على الأقل حتفهم، يوم الأحد", SUN, "'يوم الأحد' in a report of Mon 3 May 2021 = Sun 2 May"),
    ev("houses-collapse", "إثر انهيار منازل في مديرية تريم", SUN, "no own expression; the collapses of Sun 2 May 2021 ('يوم الأحد')"),
    ev("floods-tarim", "بعد أمطار غزيرة رافقتها عواصف رعدية", SUN, "no own expression; the rain of Sun 2 May 2021 (yemenalghad 'مساء اليوم الأحد')"),
    ev("kathiri-preliminary-toll", "أن هذه هي الحصيلة الأولية التي أُبلغ عنها", SUN_MON[0], "no own expression; the deputy governor's statement between Sunday night and this report of Mon 3 May 2021 (my span 2-3 May)", end=SUN_MON[1]),
    ev("helicopter-rescue", "أن الطيران المروحي تولى نقل الجرحى", SUN, "no own expression; the helicopters at work on the evening of Sun 2 May 2021 (yemenalghad)"),
    ev("first-region-search", "باشرت عملية بحث وإنقاذ للمحاصرين", SUN_MON[0], "no own expression; started on the night of Sun 2 May 2021 and going on when reported on Mon 3 May (my span 2-3 May)", end=SUN_MON[1]),
])
art(S, "https://almadaniya.info/posts/37940",
    "2021-05-03", "no date on the stored page; the body's 'مساء أمس' for the four deaths of the evening of Sun 2 May 2021 (yemenalghad 'مساء اليوم الأحد') gives Mon 3 May 2021; headline kept from the page; the dateline 'المدنية أونلاين/سيئون' and the last, truncated sentence (the Saba report on the prime minister) dropped", False, """
وفيات ومنازل مهدمة بسيول جارفة في تريم حضرموت
لقي 4 أشخاص حتفهم مساء أمس، بسبب الأمطار والسيول الجارفة التي اجتاحت مدينة تريم في محافظة حضرموت.
وأكدت مصادر "وفاة أسرة من أب وأم وبنت تحت أنقاض بيتهم المنهار في حافة السبيكة بعيديد، ومواطن آخر في المنطقة نفسها، إلى جانب انهيار 10 منازل".
وأشار تقرير رسمي أولي عن الأضرار التي لحقت بمدينة تريم، صادر عن غرفة الطوارئ العامة بالوادي والصحراء، إلى تنفيذ عمليات إجلاء وإنقاذ واسعة بواسطة الطيران وسيارات الإسعاف والإنقاذ، وإلى أن الأضرار تركزت في مناطق عيديد والخليف ودمون بمديرية تريم.
وذكر التقرير انهيار 10 منازل في منطقة عيديد وغرق شخص، ووفاة أسرة من 3 أفراد تحت أنقاض منزلها في حافة السبيكة، وإصابة جريح واحد، موضحا أن المياه دخلت بعض المنازل وجرفت سيارات وغمرت الطابق الأرضي من مستوصف عيديد الخيري.
وفي منطقة دمون انهار منزل واحد ونفقت أغنام كثيرة في المزارع وجُرفت خلايا نحل عديدة.
وبيّن التقرير أن فرق الطوارئ والمتطوعين وطوافات الفرقة الأولى ما زالت تبحث عن المفقودين.
""", [
    ev("four-dead", "لقي 4 أشخاص حتفهم مساء أمس", SUN, "'مساء أمس' in an article of Mon 3 May 2021 = Sun 2 May"),
    ev("family-killed-rubble", "وفاة أسرة من أب وأم وبنت تحت أنقاض بيتهم", SUN, "no own expression; one of the four deaths of the evening of Sun 2 May 2021"),
    ev("emergency-room-report", "وأشار تقرير رسمي أولي عن الأضرار", SUN_MON[0], "no own expression; the emergency room's first report between Sunday night and this article of Mon 3 May 2021 (my span 2-3 May)", end=SUN_MON[1]),
    ev("helicopter-rescue", "عمليات إجلاء وإنقاذ واسعة بواسطة الطيران", SUN, "no own expression; the air rescue of the evening of Sun 2 May 2021 (yemenalghad)"),
    ev("houses-collapse", "انهيار 10 منازل في منطقة عيديد", SUN, "no own expression; the collapses of Sun 2 May 2021 ('مساء أمس' for the deaths)"),
    ev("search-for-missing", "ما زالت تبحث عن المفقودين", SUN_MON[0], "no own expression; still going on when the report was issued (my span 2-3 May 2021)", end=SUN_MON[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 566
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
