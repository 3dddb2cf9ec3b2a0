"""Builds stories.jsonl: the 229-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every
date/time expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: drownings (deaths at beaches, pools, rivers, canals and
dams, and the swimming bans around them): six students of a Sohag hospitality academy drowned at Abu Talat
beach in Alexandria under red flags (Egypt, 2025), a young man from Samawah lost in the Tigris at al-Graiat
and found after 15 days (Iraq, 2025), four siblings drowned in the Karama dam (Jordan, 2021), a three-year-old
girl carried out to sea on an inflatable float at Kelibia (Tunisia, 2025). None of these stories is in the
dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-alexandria-abu-talat-beach-drowning-2025
S = "egypt-alexandria-abu-talat-beach-drowning-2025"
art(S, "https://www.masrawy.com/news/news_regions/details/2025/8/23/2841529/%D8%B1%D8%AD%D9%84%D8%A9-%D8%AA%D9%86%D8%AA%D9%87%D9%8A-%D8%A8%D9%83%D8%A7%D8%B1%D8%AB%D8%A9-%D8%BA%D8%B1%D9%82-6-%D8%B7%D9%84%D8%A7%D8%A8-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-24-%D8%A2%D8%AE%D8%B1%D9%8A%D9%86-%D8%A8%D8%B4%D8%A7%D8%B7%D8%A6-%D9%81%D9%8A-%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9",
    "2025-08-23", "date in the URL '/2025/8/23/' and the stored page's date field 'date 2025-08-23' (kept as first line, before the headline); 23 Aug 2025 was a Saturday, the body's 'اليوم السبت'; headline rendered from the URL slug; the byline 'الإسكندرية - محمد عامر:' dropped", True, """
2025-08-23
رحلة تنتهي بكارثة.. غرق 6 طلاب وإصابة 24 آخرين بشاطئ في الإسكندرية
شهد شاطئ أبو تلات في منطقة العجمي غرب الإسكندرية، اليوم السبت، مأساة إنسانية، إذ لقي 6 طلاب حتفهم غرقًا وأصيب 24 آخرون، خلال رحلة نظمتها أكاديمية متخصصة في الضيافة الجوية.
وكانت الأجهزة الأمنية قد تلقت بلاغًا من إدارة شرطة النجدة يفيد بوقوع حالات غرق جماعي، فانتقلت قوات الشرطة فورًا إلى المكان ترافقها 16 سيارة إسعاف.
وأظهرت المعاينة وفاة 6 طلاب غرقًا وإصابة 24، أُسعف 3 منهم في الموقع، بينما نُقل 13 مصابًا إلى مستشفى العجمي التخصصي و8 إلى مستشفى العامرية العام لتلقي العلاج.
ووقع الحادث على الرغم من أن الإدارة المركزية للسياحة والمصايف بالإسكندرية كانت قد أعلنت في وقت سابق منع السباحة ورفع الرايات الحمراء على شواطئ أبو تلات في أقصى غرب المدينة، بسبب ارتفاع الأمواج واضطراب حركة البحر.
""", [
    ev("drowning", "لقي 6 طلاب حتفهم غرقًا", "2025-08-23", "'اليوم السبت' = Sat 23 Aug 2025 (the morning, about 9:30 per the lifeguard's account)"),
    ev("police-alert", "تلقت بلاغًا من إدارة شرطة النجدة", "2025-08-23", "no own expression; the emergency call on the morning of the drowning, Sat 23 Aug 2025"),
    ev("injured-hospitalised", "نُقل 13 مصابًا إلى مستشفى العجمي التخصصي", "2025-08-23", "no own expression; the injured were taken to hospital the same morning, Sat 23 Aug 2025"),
    ev("swim-ban", "منع السباحة ورفع الرايات الحمراء", "2025-08-23", "'في وقت سابق': earlier the same day; the red flags were up 'منذ الصباح' on Sat 23 Aug 2025 (another report, lebanon24)"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=23082025&id=180418c6-31f1-488b-bb14-f7448b418c87",
    "2025-08-23", "date in the URL 'cdate=23082025' and the stored page's date field 'date 2025-08-23' (not kept); 23 Aug 2025 was a Saturday, the body's 'صباح اليوم السبت'; no date of its own in the text as kept; the truncated last sentence dropped", False, """
روى أحد منقذي شاطئ أبو تلات غرب الإسكندرية تفاصيل اللحظات العصيبة التي عاشها خلال حادث الغرق الجماعي الذي أودى بحياة 6 طلاب وانتهى بإنقاذ 24 آخرين، صباح اليوم السبت، في أثناء معسكر طلابي يضم نحو 148 طالبًا من محافظة سوهاج.
وقال المنقذ، في تصريحات لـ"الشروق"، إن الأمر بدأ بوجود مجموعة كبيرة من الطلاب على الشاطئ لأداء تدريبات رياضية صباحًا، موضحًا أن إدارة الشاطئ شددت منذ البداية على المشرفين بعدم النزول إلى البحر، التزامًا بتعليمات الإدارة المركزية للسياحة والمصايف التي رفعت الرايات الحمراء بسبب ارتفاع الأمواج.
وأضاف أن طالبة خالفت التعليمات ونزلت إلى المياه قرابة التاسعة والنصف صباحًا، فجرفها الموج إلى الداخل، ما استدعى تدخل فريق الإنقاذ لإنقاذها، لكن المفاجأة كانت في اندفاع زملائها والمشرفين نحو البحر في الوقت نفسه، فتحول الموقف إلى غرق جماعي شمل العشرات.
وأشار إلى أن فرق الإنقاذ من الشاطئ والشواطئ المجاورة هرعت لنجدة الطلاب، ونجحت في إخراج الجميع من المياه، غير أن 6 منهم لقوا مصرعهم غرقًا.
""", [
    ev("drowning", "خلال حادث الغرق الجماعي الذي أودى بحياة 6 طلاب", "2025-08-23", "'صباح اليوم السبت' = Sat 23 Aug 2025"),
    ev("swim-ban", "التي رفعت الرايات الحمراء بسبب ارتفاع الأمواج", "2025-08-23", "no own expression; the red flags were up since the morning of Sat 23 Aug 2025"),
    ev("girl-enters-sea", "ونزلت إلى المياه قرابة التاسعة والنصف صباحًا", "2025-08-23", "'قرابة التاسعة والنصف صباحًا' of Sat 23 Aug 2025"),
])
art(S, "https://www.aljazeeramubasher.net/news/2025/8/24/%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A3%D8%A8%D9%88-%D8%AA%D9%84%D8%A7%D8%AA-%D9%8A%D9%87%D8%B2-%D9%85%D8%B5%D8%B1",
    "2025-08-24", "date in the URL '/2025/8/24/' (and the stored page's date field 'date 2025-08-24', not kept); 24 Aug 2025 was a Sunday, and the body's 'أمس السبت' for the drowning of Sat 23 agrees; headline rendered from the URL slug; the subheads 'بداية المأساة' and 'تحذير مسبق' dropped; no date of its own in the text", False, """
حادث أبو تلات يهز مصر
ما زالت تفاصيل حادث الغرق الجماعي الذي وقع على شاطئ أبو تلات بمنطقة العجمي في الإسكندرية، أمس السبت، تشغل الشارع المصري، بعد أن أسفر عن وفاة 6 أشخاص وإصابة 28 آخرين، كلهم من أعضاء رحلة طلابية.
ونقل موقع "القاهرة 24" المحلي عن أحد العاملين في الشاطئ أن مجموعة من الطلاب، يبلغ عددهم قرابة 147 طالبًا وطالبة، كانوا في رحلة قادمة من إحدى مدن الصعيد.
وأضاف أن إحدى الفتيات قررت السباحة رغم تحذيرات فريق الشاطئ من خطورة النزول إلى المياه.
وحين تعرضت للغرق، هرع زملاؤها لإنقاذها، لكنهم لم يكونوا يجيدون السباحة، فوقع غرق جماعي، مشيرًا إلى أن الأمواج كانت مرتفعة جدًا وقت الحادث.
وذكرت وسائل إعلام مصرية أن الإدارة المركزية للسياحة والمصايف كانت قد حذرت من النزول إلى مياه البحر بسبب ارتفاع الأمواج وسرعة الرياح التي تضرب سواحل الإسكندرية منذ أيام، ورُفعت الرايات الحمراء على الشواطئ، وهي إشارة صريحة للمصطافين بمنع السباحة.
""", [
    ev("drowning", "بمنطقة العجمي في الإسكندرية، أمس السبت", "2025-08-23", "'أمس السبت' before Sun 24 Aug = Sat 23 Aug 2025"),
    ev("girl-enters-sea", "إحدى الفتيات قررت السباحة", "2025-08-23", "no own expression; about 9:30 on the morning of Sat 23 Aug 2025 (another report: 'قرابة التاسعة والنصف صباحًا')"),
    ev("rough-sea", "التي تضرب سواحل الإسكندرية منذ أيام", "2025-08-20", "'منذ أيام' before the drowning of Sat 23 Aug: a few days of high waves and wind up to the publication day (my span 20-24 Aug 2025)", end="2025-08-25"),
    ev("swim-ban", "ورُفعت الرايات الحمراء على الشواطئ", "2025-08-23", "no own expression; the red flags of the morning of Sat 23 Aug 2025 ('منذ الصباح', lebanon24)"),
])
art(S, "https://www.arabkhabar.com/a/4993996",
    "2025-08-28", "page stamp 'تاريخ النشر: 28th, August 2025 GMT' under the headline (kept as first line, without 'GMT', before the headline); 28 Aug 2025 was a Thursday; the same text is on elbalad.news with the date field 2025-08-28; the body's 'صباح يوم السبت الماضي' (Sat 23) agrees; the truncated end of the last sentence cut to its complete clause", True, """
تاريخ النشر: 28th, August 2025
من الحلم إلى الوهم.. 70 طالبًا يحررون محاضر ضد أكاديمية الضيافة بسوهاج بعد رحلة الموت في شاطئ أبو تلات
شهدت محافظة سوهاج تطورًا جديدًا في قضية "أكاديمية الضيافة والطيران"، إثر الفاجعة التي راح ضحيتها 6 من طلاب المحافظة على شاطئ أبو تلات في الإسكندرية.
فقد حرر نحو 70 طالبًا محاضر رسمية في قسم شرطة ثاني سوهاج ولدى مباحث الأموال العامة ضد إدارة الأكاديمية، متهمين إياها بالنصب عليهم وتحصيل مبالغ مالية مقابل وعود وهمية بالتدريب والتوظيف.
وتعود أحداث الواقعة إلى صباح يوم السبت الماضي، حين لقي 6 طلاب مصرعهم غرقًا في مياه البحر خلال رحلة نظمتها الأكاديمية، وسط اتهامات متزايدة بأنها كيان وهمي بلا تراخيص قانونية.
وكشفت التحريات أن للأكاديمية 6 فروع على مستوى الجمهورية، تعمل كلها دون أي اعتماد رسمي من الجهات المختصة.
وكانت الأجهزة الأمنية قد قبضت على مديرة فرع سوهاج قبل الحادث بيوم واحد فقط، بتهمة إدارة نشاط تعليمي وهمي وجمع أموال من الأهالي.
وفي أعقاب الحادث المأساوي، صدر قرار عاجل بإغلاق كل الفروع والتحفظ على مسؤوليها، وفي مقدمتهم رئيس مجلس الإدارة.
""", [
    ev("students-complaints", "فقد حرر نحو 70 طالبًا محاضر رسمية", "2025-08-26", "no own expression; the complaints reported on Thu 28 Aug 2025 as 'تطورًا جديدًا' (my span 26-28 Aug)", end="2025-08-29"),
    ev("drowning", "وتعود أحداث الواقعة إلى صباح يوم السبت الماضي", "2025-08-23", "'صباح يوم السبت الماضي' before Thu 28 Aug = Sat 23 Aug 2025"),
    ev("branch-manager-arrest", "قد قبضت على مديرة فرع سوهاج قبل الحادث بيوم واحد فقط", "2025-08-19", "'قبل الحادث بيوم واحد فقط' would be Fri 22 Aug, but the students' lawyer (hekayetwatan) dates the arrest 'يوم 19 أغسطس'; sources differ, my span 19-22 Aug 2025", end="2025-08-23"),
    ev("branches-closed", "صدر قرار عاجل بإغلاق كل الفروع", "2025-08-23", "no own expression; 'في أعقاب الحادث': the closure and the owner's arrest in the days after Sat 23 Aug (another report, safha1: after the funerals of Sun 24); my span 23-25 Aug 2025", end="2025-08-26"),
])

# ---------------------------------------------------------------- iraq-baghdad-tigris-hussein-jiyashi-drowning-2025
S = "iraq-baghdad-tigris-hussein-jiyashi-drowning-2025"
DROWN = ("2025-10-13", "2025-10-15")  # 'منذ عشرة أيام' on 23 Oct; found on 29 Oct 'عقب 15 يوما'
art(S, "https://www.rudawarabia.net/arabic/middleeast/iraq/23102025",
    "2025-10-23", "date in the URL: Rudaw's article number '23102025' is the day 23-10-2025 (a Thursday); it fits the search of the tenth day (another page of 23/10/2025: 'لم يتم العثور على جثته منذ عشرة أيام'); the signature 'رووداو ديجيتال' and the truncated last sentence ('تتواصل الجهود ليلا...') dropped; no date of its own in the text", False, """
يتوافد الناس جماعات إلى ضفاف نهر دجلة، حيث أفضت عمليات البحث اليومية عن جثة الشاب الغريق القادم من السماوة إلى ظهور قصص وشائعات غريبة.
ويتحدث الناس عن انتشال أربع جثث على الأقل، لكن معلومات شبكة رووداو الإعلامية تفيد بأنه عُثر حتى الآن على جثتي رجلين مجهولي الهوية، في حين نقل ذوو الغريق مجلس عزائه إلى موقع البحث، ويتابعون العملية من هناك.
ويقول جاسم محمد، عم الشاب الغريق، لرووداو: "كان يسبح مع أبناء عمه وإخوته، فوقع الحادث وغرق. أما الغواصون، فقد شارك لحد الآن أكثر من 150 غواصاً في العملية من الرمادي والحلة والبصرة".
من جانبه، يقول علي رضا، صديق الغريق، إنهم "كانوا عائدين من العمل فقرروا السباحة، فغرق ولم يستطع من كانوا معه إنقاذه، ثم اتصلوا بالشرطة النهرية"، لافتاً إلى أنها عجزت هي الأخرى عن إنقاذه.
ويشارك في البحث عن جثة حسين باسم عناصر من سرايا السلام والشرطة الاتحادية والرد السريع والحشد الشعبي وشرطة النجدة، غير أن إخفاق جهودهم اضطرهم إلى الاستعانة بغواص ماهر من كوردستان.
ويقول الغواص زانا لرووداو: "تعرضت لضغوط كثيرة، فقد كان لدي عمل، لكنهم ألحّوا علي كثيراً، فاتصلوا بي وجئت لمساعدتهم، وسيتم العثور عليه سواء اليوم أو غداً أو بعد غد، هذا مؤكد".
""", [
    ev("search", "عمليات البحث اليومية عن جثة الشاب الغريق", DROWN[0], "no own expression; the daily search from the drowning (13-14 Oct) until the body was found on the evening of Wed 29 Oct 2025 (my span 13-29 Oct)", end="2025-10-30"),
    ev("other-bodies", "عُثر حتى الآن على جثتي رجلين مجهولي الهوية", "2025-10-14", "'حتى الآن' (by Thu 23 Oct): bodies of unknown men found during the search, which ran 14-29 Oct 2025 (my span)", end="2025-10-30"),
    ev("drowning", "فوقع الحادث وغرق", DROWN[0], "no own expression; about ten days before Thu 23 Oct ('منذ عشرة أيام', a post of 23/10/2025) and 15 days before Wed 29 Oct (alsumaria 'عقب 15 يوما'): 13 or 14 Oct 2025 (my span 13-14 Oct)", end=DROWN[1]),
    ev("kurdish-diver", "الاستعانة بغواص ماهر من كوردستان", "2025-10-17", "no own expression; the diver Zana was called in during the search, before Thu 23 Oct 2025 (my span 17-23 Oct)", end="2025-10-24"),
    ev("find-forecast", "سواء اليوم أو غداً أو بعد غد", "2025-10-23", "'اليوم أو غداً أو بعد غد' from Thu 23 Oct = 23-25 Oct 2025 (a forecast; the body was in fact found on Wed 29 Oct)", end="2025-10-26"),
])
art(S, "https://www.alsumaria.tv/news/trends-alsumaria/545390/%D8%A7%D9%84%D9%85%D8%A6%D8%A7%D8%AA-%D9%8A%D8%B3%D9%8A%D8%B1%D9%88%D9%86-%D8%A8%D8%AA%D8%B4%D9%8A%D9%8A%D8%B9-%D8%A7%D9%84%D8%BA%D8%B1%D9%8A%D9%82-%D8%AD%D8%B3%D9%8A%D9%86-%D8%A7%D9%84%D8%AC%D9%8A%D8%A7%D8%B4%D9%8A-%D9%88%D9%85%D8%B3%D8%A7%D8%AC%D8%AF-%D8%A7%D9%84%D9%83%D8%B1%D9%8A%D8%B9%D8%A7%D8%AA-%D8%AA%D8%AD%D8%B4%D8%AF-%D9%84%D9%84%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A9",
    "2025-10-30", "the stored page's date field 'date 2025-10-30' (kept as first line, before the headline); 30 Oct 2025 was a Thursday, the body's 'اليوم الخميس' for the funeral; another outlet (aaber): the funeral 'صباح الخميس، الثلاثين من تشرين الأول'; headline rendered from the URL slug; the rubric 'نيوز-محليات' dropped; the source's gap 'من أهالي وقدم الى لغرض العمل' re-worded as 'قدم إلى بغداد للعمل'", True, """
2025-10-30
المئات يسيرون بتشييع الغريق حسين الجياشي ومساجد الكريعات تحشد للمشاركة
شارك المئات من أهالي منطقة الكريعات وبعض مناطق العاصمة، اليوم الخميس، في تشييع جنازة الغريق حسين الجياشي، بعد أن عُثر عليه مساء يوم امس، عقب 15 يوما من البحث والتفاعل الشعبي الواسع مع قصته.
ورافقت العدسة موكب التشييع بمشاركة مئات المواطنين من سكان الكريعات، المنطقة التي غرق فيها حسين، إلى جانب مواطنين قدموا من مناطق أخرى، وقد جرى التشييع قرب النهر عند موقع غرقه.
وأظهرت مقاطع الفيديو مساجد الكريعات وهي تدعو الأهالي عبر مكبرات الصوت إلى المشاركة في التشييع.
وكان حسين قد قدم إلى بغداد للعمل، وقبل أسبوعين نزل للسباحة في النهر مع زملائه في أثناء عودتهم من العمل، فابتلعه نهر دجلة منذ ذلك الحين.
وخلال عمليات البحث والإنقاذ التي دامت 15 يوما، عثرت فرق الإنقاذ على جثث عديدة لأشخاص منتحرين أو غرقى لم يعلم بهم أحد على ما يبدو.
""", [
    ev("funeral", "في تشييع جنازة الغريق حسين الجياشي", "2025-10-30", "'اليوم الخميس' = Thu 30 Oct 2025"),
    ev("body-found", "بعد أن عُثر عليه مساء يوم امس", "2025-10-29", "'مساء يوم امس' before Thu 30 Oct = the evening of Wed 29 Oct 2025"),
    ev("search", "عقب 15 يوما من البحث", DROWN[0], "'15 يوما' up to the find of Wed 29 Oct: the search from 13-14 Oct to 29 Oct 2025 (my span 13-29 Oct)", end="2025-10-30"),
    ev("drowning", "وقبل أسبوعين نزل للسباحة في النهر", DROWN[0], "'قبل أسبوعين' before Thu 30 Oct: about 14-16 Oct; with the other reports ('منذ عشرة أيام' on 23 Oct, '15 يوما' before 29 Oct) 13 or 14 Oct 2025 (my span 13-14 Oct)", end=DROWN[1]),
    ev("other-bodies", "عثرت فرق الإنقاذ على جثث عديدة", "2025-10-14", "'خلال عمليات البحث والإنقاذ التي دامت 15 يوما': bodies found during the search, 14-29 Oct 2025 (my span)", end="2025-10-30"),
])

# ---------------------------------------------------------------- jordan-karama-dam-siblings-drowning-2021
S = "jordan-karama-dam-siblings-drowning-2021"
art(S, "https://alsaa.net/article/170371/وادي-الأردن-تشكيل-فريق",
    "2021-07-06", "page stamp 'مدار الساعة ـ نشر في 2021/07/06 الساعة 19:30' under the headline (kept as first line 'نشر في 2021/07/06 الساعة 19:30', before the headline); 6 Jul 2021 was a Tuesday, the body's 'الثلاثاء'; the site menu, the tag line and 'حجم الخط' dropped; the truncated last sentence ('وتوفي 4 أطفال ... وفق مد') dropped", True, """
نشر في 2021/07/06 الساعة 19:30
وادي الأردن: تشكيل فريق لمعرفة كيفية دخول 4 أطفال إلى سد الكرامة توفوا داخله
قالت الأمينة العامة لسلطة وادي الأردن منار المحاسنة، الثلاثاء، إنه سيجري تشكيل فريق لمعرفة كيف دخل 4 أطفال إلى مياه سد الكرامة وغرقوا وتوفوا بداخله.
وأوضحت المحاسنة لـ"المملكة" أن "هناك حراسة على جميع سدود الأردن تعمل على مدار الساعة"، لكنها أكدت أن "السدود تقع على مساحات واسعة ولا يمكن إحكام حراستها بالكامل لمنع اقتراب الأشخاص منها وسباحتهم فيها".
ويقع سد الكرامة في منطقة الأغوار قرب الشونة الجنوبية، وتبلغ سعته التخزينية 55 مليون متر مكعب، وقد أُنشئ عام 1997 بهدف ري المزروعات والشرب.
وبيّنت المحاسنة أن "أكثر حالات الغرق الأخيرة وقعت في قناة الملك عبدالله".
""", [
    ev("jva-statement", "قالت الأمينة العامة لسلطة وادي الأردن منار المحاسنة، الثلاثاء", "2021-07-06", "'الثلاثاء' = Tue 6 Jul 2021 (the stamp)"),
    ev("inquiry-team", "سيجري تشكيل فريق", "2021-07-06", "no own expression; announced on Tue 6 Jul 2021 as a coming step (my span 6-8 Jul)", end="2021-07-09"),
    ev("drowning", "وغرقوا وتوفوا بداخله", "2021-07-06", "no own expression; the four children drowned in the afternoon of Tue 6 Jul 2021 (another report: 'مساء الثلاثاء')"),
    ev("dam-built", "وقد أُنشئ عام 1997", "1997-01-01", "'عام 1997' = the year 1997", end="1998-01-01"),
])
art(S, "https://mena-monitor.org/%d9%88%d9%81%d8%a7%d8%a9-4-%d8%a3%d8%b7%d9%81%d8%a7%d9%84-%d8%a3%d8%b4%d9%82%d8%a7%d8%a1-%d8%a8%d8%ad%d8%a7%d8%af%d8%ab%d8%a9-%d8%ba%d8%b1%d9%82-%d9%81%d9%8a-%d8%b3%d8%af-%d8%a7%d9%84%d9%83%d8%b1/amp",
    "2021-07-07", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' for the public security spokesman's statement on the drowning of 'مساء الثلاثاء' (the drowning was on Tue 6 Jul 2021, stamped that evening by alsaa): so Wed 7 Jul 2021; the dateline 'مرصد مينا- الأردن' and the truncated last sentence dropped; no date of its own in the text", False, """
لقي أربعة أطفال من عائلة واحدة حتفهم في حادثة غرق في سد الكرامة بمنطقة الأغوار الوسطى التابعة لمحافظة البلقاء، على الحدود الغربية للمملكة الأردنية مع الضفة الغربية.
ونقلت وسائل إعلام محلية، اليوم الأربعاء، عن الناطق الإعلامي باسم مديرية الأمن العام "عامر السرطاوي" قوله إن فرق الغطس المتخصصة العاملة في مديرية الدفاع المدني بالبلقاء تعاملت، مساء الثلاثاء، مع وفاة أربعة أطفال أشقاء تعرضوا للغرق في مياه سد الكرامة غرب البلقاء.
وأكد "السرطاوي" أن فرق الغطس تمكنت من إخراج جثث الأطفال بمساعدة أهالي المنطقة، وأن تحقيقاً فُتح في الحادثة.
وعلى الرغم من الإجراءات التي اتخذتها الجهات المعنية للحد من حوادث الغرق في تجمعات المياه المنتشرة في الأغوار الزراعية، فإن كابوس الغرق ما زال يلاحق أبناء الأغوار في السدود وقناة الملك عبد الله والبرك الزراعية، بحسب وسائل إعلام محلية.
وتشير إحصائيات الدفاع المدني إلى وقوع 112 حالة غرق في المسطحات المائية والبرك الزراعية خلال السنوات العشر الماضية، وتبين أن 70% منها أطفال، وأن 60% منها تقع في قناة الملك عبد الله والبرك الزراعية والسدود.
""", [
    ev("spokesman-statement", "ونقلت وسائل إعلام محلية، اليوم الأربعاء", "2021-07-07", "'اليوم الأربعاء' = Wed 7 Jul 2021"),
    ev("drowning", "تعاملت، مساء الثلاثاء، مع وفاة أربعة أطفال أشقاء", "2021-07-06", "'مساء الثلاثاء' before Wed 7 Jul = Tue 6 Jul 2021"),
    ev("bodies-recovered", "تمكنت من إخراج جثث الأطفال بمساعدة أهالي المنطقة", "2021-07-06", "no own expression; the bodies were taken out of the dam on the evening of Tue 6 Jul 2021"),
    ev("investigation", "وأن تحقيقاً فُتح في الحادثة", "2021-07-06", "no own expression; opened after the drowning of Tue 6 Jul 2021 (my span 6-7 Jul)", end="2021-07-08"),
    ev("drowning-statistics", "خلال السنوات العشر الماضية", "2011-07-01", "'خلال السنوات العشر الماضية' before July 2021 = about July 2011 - July 2021 (my span)", end="2021-07-08"),
])
art(S, "https://www.aljazeera.net/news/politics/2021/7/8/%D8%A7%D8%A7-546",
    "2021-07-08", "date in the URL '/2021/7/8/' (8 Jul 2021 was a Thursday); the body's 'ظهيرة أمس الأربعاء' is the source's slip for the drowning, which took place on the afternoon of Tue 6 Jul 2021 (alsaa's report stamped '2021/07/06 الساعة 19:30'; the public security spokesman: 'مساء الثلاثاء'); the slip is kept as it stands; the lead caption 'وفاة أربعة أطفال غرقا في سد الكرامة' and the photo captions dropped; no date of its own in the text", False, """
حاولوا صيد السمك والترفيه عن أنفسهم.. سد الكرامة يحرم عائلة أردنية من أطفالها الأربعة
الكرامة – غاب صخب 4 أطفال عن بيتهم المصنوع من الشعر، وبقيت من بعدهم ملابسهم وألعابهم وأسرّتهم، بل وأغنامهم التي كانوا يلهون معها، إذ قضى الأطفال غرقًا في المياه الطينية العميقة بعد أن جرفتهم مياه السد.
ومع اشتداد الحر ظهيرة أمس الأربعاء في منطقة الكرامة الغورية، توجه الأطفال الأربعة: نور (9 أعوام)، ومحمد (7 أعوام)، وسلمى (6 أعوام)، وطلال (5 أعوام)، إلى مجرى مياه سد الكرامة ليلعبوا بالماء ويبرّدوا أجسامهم ويصطادوا بعض الأسماك، غير أن القدر كان لهم بالمرصاد.
ويقع سد الكرامة في محافظة البلقاء غربي الأردن، في المنطقة المحاذية للحدود مع الأراضي الفلسطينية المحتلة، وقد أقيم السد قبل 20 عاما على أرض تعرف بالملّاحات.
وفي فصل الصيف، يستقر البدو الرُّحّل الذين يمتهنون تربية الماشية حول مياه السد.
""", [
    ev("drowning", "ومع اشتداد الحر ظهيرة أمس الأربعاء", "2021-07-06", "the text's 'ظهيرة أمس الأربعاء' (Wed 7 Jul from Thu 8) is a slip: the children went to the dam at midday of Tue 6 Jul 2021 and were found dead at about 4 pm (alsaa stamp of 6 Jul 19:30; 'مساء الثلاثاء', mena-monitor); gold by what happened"),
    ev("dam-built", "وقد أقيم السد قبل 20 عاما", "1997-01-01", "'قبل 20 عاما' from 2021 would be about 2001; the dam was built in 1997 (alsaa: 'أُنشئ عام 1997'); gold by what happened", end="1998-01-01"),
])

# ---------------------------------------------------------------- tunisia-kelibia-girl-float-drowning-2025
S = "tunisia-kelibia-girl-float-drowning-2025"
SEARCH = ("2025-06-29", "2025-07-01")  # from Sunday morning to the find on Monday evening
art(S, "https://en.annahar.com/arab-world/north-africa/228087/ابنة-الـ3-سنوات-مفقودة-في-عرض-البحر-وعمليات-البحث-مستمرة",
    "2025-06-30", "page stamp 'شمال إفريقيا 30-06-2025 | 10:27' under the headline (kept as first line '30-06-2025 | 10:27', before the headline); 30 Jun 2025 was a Monday, the morning before the body was found; the rubric, 'Smaller Bigger', the standfirst repeating the second paragraph, the photo captions and the truncated last clause dropped", True, """
30-06-2025 | 10:27
ابنة الـ3 سنوات مفقودة في عرض البحر... وعمليات البحث مستمرّة
فُقدت طفلة في الثالثة من عمرها، مساء السبت، على شاطئ "عين قرنز" في مدينة قليبية بتونس، بعد أن جرفتها التيارات البحرية وهي على عوّامة مطاطية وسط البحر، في ظل أحوال جوية غير مستقرة.
وأفادت المعطيات الأولية بأن الطفلة كانت تسبح مع والدتها حين ابتعدت عنها العوّامة بفعل الرياح، ولم تنتبه الأم لذلك إلا بعد فوات الأوان.
وقد شرعت وحدات الحماية المدنية والحرس البحري في عمليات بحث وتمشيط منذ صباح الأحد، بمشاركة غواصين وزوارق بحرية وطائرة مروحية، من دون أن تتمكن حتى الآن من العثور على الطفلة.
وتزامن الحادث مع تحذيرات أصدرها المعهد الوطني للرصد الجوي، دعا فيها إلى تجنب السباحة بسبب اضطراب البحر وهبوب رياح قوية على مختلف السواحل.
""", [
    ev("girl-swept-away", "فُقدت طفلة في الثالثة من عمرها، مساء السبت", "2025-06-28", "'مساء السبت' before Mon 30 Jun = the evening of Sat 28 Jun 2025"),
    ev("search", "في عمليات بحث وتمشيط منذ صباح الأحد", SEARCH[0], "'منذ صباح الأحد' = from Sun 29 Jun 2025 to the find on the evening of Mon 30 Jun (my span 29-30 Jun)", end=SEARCH[1]),
    ev("weather-warning", "تحذيرات أصدرها المعهد الوطني للرصد الجوي", "2025-06-27", "no own expression; 'تزامن الحادث مع': the institute's warning of rough sea around Sat 28 Jun 2025 (my span 27-29 Jun)", end="2025-06-30"),
])
art(S, "https://www.webdo.tn/ar/actualite/جهوية/تونس-سباق-ضد-الزمن-في-قليبية-للعثور-على-طفلة-مفقودة-في-البحر/361751",
    "2025-06-30", "no stamp or URL date in the stored page: fixed by the body's 'هذا الاثنين' for the continued search for the girl lost 'منذ يوم السبت' (she was swept away on Sat 28 Jun 2025 and found on the evening of Mon 30 Jun, so the search was still on): Mon 30 Jun 2025; the line 'نقاش حول هذا المنشور' dropped; no date of its own in the text", False, """
تونس: سباق ضد الزمن في قليبية للعثور على طفلة مفقودة في البحر
تتواصل هذا الاثنين عمليات البحث قبالة سواحل قليبية (ولاية نابل) عن طفلة في الثالثة من عمرها مفقودة منذ يوم السبت، إذ كانت تلهو على عوّامة مطاطية جرفتها التيارات.
وتُعبّأ لعملية التمشيط الواسعة وحدات الحماية المدنية والحرس البحري والبحرية الوطنية.
وقال المتحدث باسم الحماية المدنية، معز تريعة، إن "جميع الوسائل اللازمة" سُخّرت لتحديد مكان الطفلة، إذ تشارك في البحث زوارق إنقاذ وغواصون مختصون ووحدة دعم تكتيكي مزودة بطائرة دون طيار للاستطلاع، إضافة إلى دورية بحرية.
وتشمل العمليات كامل الشريط الساحلي، بدعم من فرق في البر والبحر، على أمل العثور على الطفلة في أقرب وقت ممكن.
وقد انتشر خبر اختفاء الطفلة على نطاق واسع في مواقع التواصل الاجتماعي وفي عدة وسائل إعلام، وبحسب الشهادات الأولى فإنها جُرفت إلى عرض البحر وهي على عوّامة مطاطية.
""", [
    ev("search", "تتواصل هذا الاثنين عمليات البحث", SEARCH[0], "'هذا الاثنين' = Mon 30 Jun 2025, within the search of Sun 29 - Mon 30 Jun (my span for the search)", end=SEARCH[1]),
    ev("girl-swept-away", "مفقودة منذ يوم السبت", "2025-06-28", "'منذ يوم السبت' before Mon 30 Jun = Sat 28 Jun 2025 (the evening)"),
    ev("spokesman-statement", "وقال المتحدث باسم الحماية المدنية، معز تريعة", "2025-06-29", "no own expression; said during the search, Sun 29 or Mon 30 Jun 2025 (my span)", end="2025-07-01"),
])
art(S, "https://darelhilal.com/News/2930690.aspx",
    "2025-07-01", "page stamp '1-7-2025 | 09:36' under the headline (kept as first line, before the headline); 1 Jul 2025 was a Tuesday, and the body's 'مساء أمس الإثنين' for the find of Mon 30 Jun agrees; the site's header date 'الجمعة 25 يوليو 2025' (the day the page was stored), 'الهلال لايت', the caption 'الطفلة مريم', 'طباعة', the byline 'إيمان علي' and the truncated last sentence dropped", True, """
1-7-2025 | 09:36
حزن على مواقع التواصل بعد العثور على جثة الطفلة مريم في تونس
ساد الحزن بين مستخدمي مواقع التواصل الاجتماعي خلال الساعات الماضية، بعد الإعلان عن العثور على جثة الطفلة مريم، التي استقطبت قصتها اهتمامًا واسعًا بعد أن جرفتها الأمواج قبالة شواطئ مدينة قليبية شمال شرقي تونس.
وبعد 3 أيام من أعمال التمشيط المتواصلة، أعلن خفر السواحل التونسي مساء أمس الإثنين العثور على جثة مريم، التي كانت مع عائلتها القادمة من فرنسا لقضاء عطلة الصيف، قبل أن تبتعد بها العوّامة المطاطية التي كانت تسبح عليها تحت تأثير قوة الرياح وارتفاع الأمواج.
ووقع الحادث مساء يوم السبت الماضي حين كانت الأسرة تستجم على أحد شواطئ مدينة قليبية التابعة لمحافظة نابل، ففي لحظة لم تنتبه فيها الأم ابتعدت الصغيرة بعوّامتها شيئًا فشيئًا عن الشاطئ بفعل تيار البحر، ثم اختفت.
من جهتها، أعلنت وحدات الحرس البحري أن الجثة وُجدت مساء الإثنين طافية على سطح الماء قبالة سواحل مدينة بني خيار، التي تبعد نحو 25 كيلومترًا عن مكان اختفائها.
""", [
    ev("online-grief", "ساد الحزن بين مستخدمي مواقع التواصل الاجتماعي خلال الساعات الماضية", "2025-06-30", "'خلال الساعات الماضية' before the morning of Tue 1 Jul: from the find on the evening of Mon 30 Jun to the publication (my span 30 Jun - 1 Jul 2025)", end="2025-07-02"),
    ev("search", "وبعد 3 أيام من أعمال التمشيط المتواصلة", SEARCH[0], "'3 أيام' (Sat evening to Mon evening): the organised search ran from Sun 29 to Mon 30 Jun 2025 (my span)", end=SEARCH[1]),
    ev("body-found", "أعلن خفر السواحل التونسي مساء أمس الإثنين", "2025-06-30", "'مساء أمس الإثنين' before Tue 1 Jul = the evening of Mon 30 Jun 2025"),
    ev("girl-swept-away", "ووقع الحادث مساء يوم السبت الماضي", "2025-06-28", "'مساء يوم السبت الماضي' before Tue 1 Jul = the evening of Sat 28 Jun 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 233)
                            if i != 201 and i != 229 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
