"""Builds stories.jsonl: a twenty-fifth evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence,
every date/time expression kept verbatim, gold events keyed across each story (same format and checks
as tests/realnews/stories9/make_stories.py). Region: the Maghreb (Morocco, Algeria, Tunisia, Mauritania,
Libya, Sudan). None of these stories is in the dev set or any earlier set, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from storykit import D, articles, ev, main, used_story_names  # noqa: F401

A, art = articles()

# ---------------------------------------------------------------- morocco-larache-wildfires-2022
S = "morocco-larache-wildfires-2022"
art(S, "https://sahafatbladi.com/117560/2022/07/14",
    "2022-07-14", "date in the URL '/2022/07/14'; the body gives the full date 'يومه الخميس 14 يوليوز الجاري' (14 Jul 2022 was a Thursday), kept; the section label 'حرائق-' and the source line 'المصدر: صحافة بلادي.' dropped", True, """
شهدت بعض المناطق الغابوية في مدينة العرائش يومه الخميس 14 يوليوز الجاري حرائق ضخمة.
وخلفت هذه الحرائق خسائر مادية جسيمة، ما دفع سلطات العرائش إلى قطع حركة السير على الطريق السيار العرائش القنيطرة، على مستوى خميس الساحل إلى غاية مدخل بدال القصر الكبير.
وتوجهت فرق الوقاية المدنية والدرك الملكي إلى عين المكان مباشرة بعد إبلاغها باندلاع النيران.
وبحسب المعطيات المتوفرة، لا تزال عناصر الوقاية المدنية تحاول إخماد الحرائق، التي تزيد من صعوبتها الحرارة المفرطة التي تعرفها المنطقة.
""", [
    ev("city-fires", "حرائق ضخمة", "2022-07-14", "'يومه الخميس 14 يوليوز الجاري' = Thu 14 Jul 2022"),
    ev("highway-closure", "قطع حركة السير على الطريق السيار", "2022-07-14", "no own expression; the closure of the Larache-Kenitra motorway came with the fires of Thu 14 Jul"),
    ev("responders-arrive", "وتوجهت فرق الوقاية المدنية والدرك الملكي", "2022-07-14", "no expression; 'مباشرة بعد' the fires of Thu 14 Jul were reported"),
    ev("firefighting", "لا تزال عناصر الوقاية المدنية تحاول إخماد الحرائق", "2022-07-12", "present tense on 14 Jul; the firefighting in Larache province ran from the night of Tue 12 Jul to at least Sun 17 Jul (outside knowledge; ahdath of 17 Jul); end is my cut", end="2022-07-18"),
])
art(S, "https://febrayer.com/938339.html",
    "2022-07-15", "page stamp 'أناس أكتاو سفيان الزرزوري 15 يوليو 2022 - 10:30' (removed with the byline), breadcrumb 'الرئيسية / نبض المجتمع', 'A+ / A-', related tags and prayer times dropped; no publication date is left in the text; body 'ليوم أمس' = Thu 14 Jul agrees", False, """
مغاربة يشكون الدمار الذي خلفه حريق العرائش
اقتربت ألسنة اللهب من الأحياء السكنية في ضواحي مدينة العرائش، بعدما شبت في الغابة المجاورة للمدينة والمعروفة بـ"لاإيبيكا".
وذكرت مصادر محلية لموقع "فبراير.كوم" من عين المكان أن سكان الحي المجاور القريب من ثانوية بنشقرون بمحاذاة الغابة يحاولون جاهدين إخماد النيران بوسائل بدائية، غير أن رياح "الشرقي" وارتفاع درجات الحرارة يحولان دون نجاحهم.
ويندرج حريق "لا ايبيكا" ضمن سلسلة حرائق ظهرت في إقليمي العرائش والقصر الكبير، ولا سيما في منطقة الساحل التابعة لإقليم العرائش.
وأفادت مصادر خاصة لموقع "فبراير.كوم" بأن مداشر القلة وبوجديان وساحل المنزلة خسرت مئات الهكتارات من المناطق الغابوية.
وأضافت أن الحريق الذي بدأ منذ ساعات النهار الأخيرة ليوم أمس رافقته رياح شرقية ساخنة أثرت على التحكم فيه، رغم تدخل القوات المدنية والسلطات المعنية.
ومن جهة أخرى، اضطرت السلطات إلى إخراج سكان عدد من المداشر، أبرزها مدشر أهل سريف بإقليم العرائش، من منازلهم بسبب اقتراب ألسنة اللهب منها.
""", [
    ev("lmbika-fire", "اقتربت ألسنة اللهب من الأحياء السكنية", "2022-07-14", "no own expression; the Lmbika (la Ipica) fire burned from late on Thu 14 Jul ('ليوم أمس') until it was controlled by the morning of Fri 15 Jul", end="2022-07-16"),
    ev("residents-fight", "يحاولون جاهدين إخماد النيران بوسائل بدائية", "2022-07-14", "present tense on the morning of Fri 15 Jul; the residents fought the fire through the night of 14-15 Jul (my reading)", end="2022-07-16"),
    ev("forest-loss", "خسرت مئات الهكتارات", "2022-07-12", "no expression; the loss in the Qolla, Boujediane and Sahel forests since the night of Tue 12 Jul up to 15 Jul", end="2022-07-16"),
    ev("lmbika-start", "الحريق الذي بدأ منذ ساعات النهار الأخيرة ليوم أمس", "2022-07-14", "'منذ ساعات النهار الأخيرة ليوم أمس' from Fri 15 Jul = late on Thu 14 Jul"),
    ev("evacuation", "اضطرت السلطات إلى إخراج سكان", "2022-07-13", "no expression; evacuations of douars (Ahl Sreif) ran from Wed 13 Jul to Fri 15 Jul (other reports: about 500 families on Wed-Thu, 1100 by Fri morning)", end="2022-07-16"),
])
art(S, "https://fesnews.media/227143/2022/07/15",
    "2022-07-15", "date in the URL '/2022/07/15'; the body gives the full date 'اليوم الجمعة 15 يوليوز 2022' (a Friday), kept; the related link 'لطفك يا رب.. نيران قوية تلتهم هكتارات...' and the truncated last sentence dropped", True, """
المغرب – أعلنت السلطات المحلية بالعرائش، اليوم الجمعة 15 يوليوز 2022، أنه جرت السيطرة على الحريق المندلع بغابة "المبيكا" بالعرائش، واحتواء حريق غابة "الساحل المنزلة" بجماعة الساحل.
وأوضحت السلطات المحلية بالعرائش أنه جرى ترحيل 1100 أسرة من مساكنها في 15 دوارا قريبا من أماكن الحرائق، تحسبا لأي طارئ وحفاظا على سلامة السكان.
وبخصوص الخسائر البشرية، بينت السلطات المحلية أنه عُثر على جثة شخص تحمل آثار حروق متعددة.
أما الخسائر المادية فقد ارتفعت المساحة التي أتت عليها النيران إلى ما يقارب 900 هكتار، مع امتداد النيران إلى بعض الدواوير المجاورة.
وأفادت السلطات المحلية بإقليم العرائش بتواصل العمليات الميدانية لكل المصالح المعنية من أجل إخماد الحرائق المسجلة بكل من غابات "بني يسف آل سريف"، و"الساحل المنزلة"، و"المبيكا" بالعرائش.
""", [
    ev("lmbika-controlled", "جرت السيطرة على الحريق المندلع بغابة \"المبيكا\"", "2022-07-15", "'اليوم الجمعة 15 يوليوز 2022' (other copies of the statement: 'إلى غاية صباح الجمعة')"),
    ev("sahel-contained", "واحتواء حريق غابة \"الساحل المنزلة\"", "2022-07-15", "same 'اليوم الجمعة 15 يوليوز 2022' (contained by the Fri 15 Jul update)"),
    ev("evacuation", "جرى ترحيل 1100 أسرة", "2022-07-13", "no expression; evacuations ran from Wed 13 Jul to Fri 15 Jul (the count as of Fri morning)", end="2022-07-16"),
    ev("body-found", "عُثر على جثة شخص", "2022-07-14", "no expression; found before the Fri 15 Jul morning update (my reading: 14-15 Jul)", end="2022-07-16"),
    ev("firefighting", "بتواصل العمليات الميدانية", "2022-07-12", "present tense on 15 Jul; the firefighting ran from the night of Tue 12 Jul to at least Sun 17 Jul; end is my cut", end="2022-07-18"),
])
art(S, "https://www.ahdath.info/756071",
    "2022-07-17", "date line 'العرائش: العربي الجوخ الاحد 17 يوليو 2022' (removed with the byline), the section label 'مجتمع', image ids and 'Ahdath.info' dropped; no publication date is left in the text; body 'صباح اليوم الأحد' agrees (17 Jul 2022 was a Sunday); the truncated last sentence cut at 'سيرا على الأقدام'", False, """
نيران "أهل سريف" بإقليم العرائش أخطر حريق على الصعيد الوطني
ما تزال رقعة المناطق المهددة بألسنة النيران تتسع، فإلى حدود صباح اليوم الأحد، ظلت النيران مشتعلة في منطقة جبالة بإقليم العرائش، إذ تندلع بشراسة في مداشر جماعة سوق القلة بشكل مرعب.
وما تزال النيران مشتعلة في غابات مداشر تارية وأدارس وصافوهال وشبيكة الدين ومدشر الحمة والمنجرة والعنصر، فيما يظل السكان مهددين بانتقال النيران إلى منازلهم.
حتى إن السلطات نبهت، الجمعة والسبت الأخيرين، سكان مدشر الحمة بجماعة سوق القلة والدواوير المجاورة له إلى حزم أمتعتهم وإخلاء بيوتهم، تفاديا لأي خطر قد يطرأ في أي لحظة.
ذلك أن ألسنة النيران ما تزال تتحدى كل محاولات فرق الإطفاء، والوضع المعقد يعرقل مختلف التدخلات بسبب تقارب المداشر، إذ لا تتجاوز المسافة بين مدشر وآخر أحيانا خمس وعشرين دقيقة سيرا على الأقدام.
""", [
    ev("qolla-burning", "ظلت النيران مشتعلة في منطقة جبالة", "2022-07-17", "'إلى حدود صباح اليوم الأحد' = Sun 17 Jul 2022"),
    ev("homes-threatened", "مهددين بانتقال النيران إلى منازلهم", "2022-07-17", "present tense on Sun 17 Jul"),
    ev("evacuation-warning", "السلطات نبهت، الجمعة والسبت الأخيرين", "2022-07-15", "'الجمعة والسبت الأخيرين' = Fri 15 and Sat 16 Jul", end="2022-07-17"),
    ev("firefighting", "تتحدى كل محاولات فرق الإطفاء", "2022-07-12", "present tense on 17 Jul; the firefighting ran from the night of Tue 12 Jul to at least Sun 17 Jul; end is my cut", end="2022-07-18"),
])

# ---------------------------------------------------------------- tunisia-bread-shortage-2023
S = "tunisia-bread-shortage-2023"
art(S, "https://www.alikhbariaattounsia.com/?p=17998",
    "2023-08-19", "page stamp '19 أغسطس 2023' under the headline (kept as first line; 'admin by admin', 'in سياسة, وطنية', the site's date bar 'الأحد, 22 فبراير , 2026' and the menus dropped); body 'اليوم السبت 19 أوت 2023' agrees (a Saturday); the truncated last clause ('بما ...') dropped", True, """
19 أغسطس 2023
وزارة التجارة تتخذ قرارا جديدا بشأن تزويد المخابز العصرية بـ"السميد والفارينة"
أفادت وزارة التجارة وتنمية الصادرات بأنه تقرر استئناف تزويد محلات صنع الخبز غير المصنفة بمادتي الفارينة والسميد بداية من اليوم السبت 19 أوت 2023، إثر التزام هياكلها المهنية باحترام القوانين والتراتيب المنظمة لصنع الخبز وبيعه وملاءمة نشاطها لذلك.
وأكدت وزارة التجارة، في بلاغ أصدرته اليوم، ضرورة إعلام المستهلك بنوعية الخبز المعروض ووزنه وأسعاره بصفة واضحة وشفافة، ورفع كل البيانات الإشهارية التي من شأنها إحداث خلط في ذهنه أو مخادعته.
""", [
    ev("supply-resumption", "استئناف تزويد محلات صنع الخبز غير المصنفة", "2023-08-19", "'بداية من اليوم السبت 19 أوت 2023' (the start of the renewed supply)"),
    ev("ministry-statement", "في بلاغ أصدرته اليوم", "2023-08-18", "'اليوم' = 19 Aug on this page, but AFP/France24 date the ministry's statement to Fri 18 Aug ('أعلنت وزارة التجارة الجمعة'); gold spans both", end="2023-08-20"),
    ev("bakers-commitment", "إثر التزام هياكلها المهنية", "2023-08-17", "no expression; the bakers' bodies committed before the ministry's statement of 18-19 Aug (my reading, day not certain)", end="2023-08-20"),
])
art(S, "https://www.arabkhabar.com/a/403008",
    "2023-08-20", "page stamp 'تاريخ النشر: 20th, August 2023 GMT' (kept as first line; the site's bar '2025-12-12@11:43:13 GMT', the label 'موقع 24:', the repeated headline, two embedded tweets and the video link dropped); the excerpt is cut after Badri's statement", True, """
تاريخ النشر: 20th, August 2023 GMT
تونس.. مؤشرات انفراج في أزمة الخبز
ذكرت مصادر تونسية أنه جرى التوصل إلى اتفاق في تونس لاستئناف تزويد المخابز غير المدعومة بالدقيق، في خطوة قد تفتح الطريق لحل أزمة نقص الخبز التي اشتدت خلال الأسبوعين الماضيين.
وتتوزع المخابز في تونس على صنفين: يضم الأول 3737 مخبزاً ينتفع بالدقيق المدعوم الذي توفره الدولة، ويضم الثاني "المخابز العصرية" (1500 إلى 2000) التي كانت تتحصل حتى بداية أغسطس (آب) على الدقيق المدعوم بثلاثة أضعاف ثمنه.
وبعد احتجاجات في 7 أغسطس (آب) تلت صدور مرسوم في مطلع الشهر يحرم "المخابز العصرية" من الطحين المدعوم بحجة أنها تبيع الخبز بأسعار مرتفعة، توقفت هذه المخابز عن تلقي الطحين والسميد من الدولة التي تحتكر التزويد بالمادتين.
وأوضح عضو "المجمع المهني للمخابز العصرية" سالم البدري أن "90% من المخابز المنتسبة للمجمع والبالغ عددها 1443" مخبزاً، والتي توظف نحو 20 ألف شخص، اضطرت إلى إغلاق أبوابها، ما أفضى إلى طوابير أطول أمام المخابز المدعومة.
""", [
    ev("agreement", "جرى التوصل إلى اتفاق", "2023-08-18", "no expression; reached by the ministry's statement of Fri 18 Aug and reported by sector sources on Sun 20 Aug (my reading)", end="2023-08-21"),
    ev("bread-shortage", "أزمة نقص الخبز التي اشتدت خلال الأسبوعين الماضيين", "2023-08-07", "'خلال الأسبوعين الماضيين' back from 20 Aug; gold from the 7 Aug cut-off to the agreement", end="2023-08-21"),
    ev("protests", "وبعد احتجاجات في 7 أغسطس (آب)", "2023-08-07", "'في 7 أغسطس (آب)' = Mon 7 Aug 2023"),
    ev("decree", "صدور مرسوم في مطلع الشهر", "2023-08-01", "'في مطلع الشهر' (early Aug 2023, before the 7 Aug protests); day not given", end="2023-08-08"),
    ev("closures", "اضطرت إلى إغلاق أبوابها", "2023-08-07", "no expression; the closures since the supply stopped after 7 Aug, as of 20 Aug", end="2023-08-21"),
])
art(S, "https://hoc-enews.com/blog/amp/2023/08/21/%d9%81%d9%8a-%d8%aa%d9%88%d9%86%d8%b3",
    "2023-08-21", "date in the URL '/2023/08/21/'; the page has no stamp or date line and no publication date is in the text (the body's dates are '19 أغسطس 2023', 'بداية أغسطس', 'في مطلع الشهر')", False, """
تونس تجد مخرجا لأزمة نقص الخبز غير المدعوم في المخابز
بداية تفاؤل: المؤشرات تدل على انحسار أزمة نقص الخبز في تونس
توصلت تونس إلى اتفاق يُعد بداية حل لأزمة نقص الخبز التي اشتدت خلال الأسبوعين الماضيين، إذ اتُّفق على إعادة إمداد المخابز غير المدعومة بالدقيق. وذكرت مصادر في القطاع أن هذا الاتفاق يمثل تصحيحا للمشكلة التي كانت تعانيها هذه المخابز.
ويخص هذا الاتفاق المخابز غير المدعومة بالدقيق في تونس، حيث تنقسم المخابز في البلاد إلى صنفين: الأول يضم 3737 مخبزا تستفيد من الدقيق المدعوم من الحكومة، والثاني يضم "المخابز العصرية" التي يتراوح عددها بين 1500 و2000 مخبز، وكانت تتلقى الدقيق المدعوم بثلاثة أضعاف ثمنه حتى بداية أغسطس.
وبعد احتجاجات وصدور مرسوم في مطلع الشهر، مُنع توزيع الدقيق المدعوم على المخابز العصرية بتهمة بيعها الخبز بأسعار مرتفعة. وبموجب الاتفاق الجديد، سيُستأنف تزويد محلات صنع الخبز غير المدعومة بالدقيق والسميد اعتبارا من 19 أغسطس 2023، بعد التزام هياكلها المهنية باحترام القوانين والتنظيمات المتعلقة بصناعة الخبز وبيعه.
""", [
    ev("agreement", "توصلت تونس إلى اتفاق", "2023-08-18", "no expression; reached by the ministry's statement of Fri 18 Aug, reported on Sun 20 Aug (my reading)", end="2023-08-21"),
    ev("bread-shortage", "أزمة نقص الخبز التي اشتدت خلال الأسبوعين الماضيين", "2023-08-07", "'خلال الأسبوعين الماضيين' (copied from the 20 Aug report); gold from the 7 Aug cut-off to the agreement", end="2023-08-21"),
    ev("protests", "وبعد احتجاجات", "2023-08-07", "no expression here; the protests of Mon 7 Aug 2023 (the other reports)"),
    ev("decree", "وصدور مرسوم في مطلع الشهر", "2023-08-01", "'في مطلع الشهر' (early Aug 2023); day not given", end="2023-08-08"),
    ev("supply-resumption", "سيُستأنف تزويد محلات صنع الخبز", "2023-08-19", "'اعتبارا من 19 أغسطس 2023'"),
    ev("bakers-commitment", "بعد التزام هياكلها المهنية", "2023-08-17", "no expression; before the ministry's statement of 18-19 Aug (my reading, day not certain)", end="2023-08-20"),
])

# ---------------------------------------------------------------- libya-tunisia-benghazi-match-2021
S = "libya-tunisia-benghazi-match-2021"
art(S, "https://www.kooora.com/%D9%83%D8%B1%D8%A9-%D9%82%D8%AF%D9%85/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D8%AA%D8%B9%D9%88%D8%AF-%D9%84%D8%A7%D8%B1%D8%B6%D9%87%D8%A7-%D8%A8%D9%85%D9%87%D9%85%D8%A9-%D8%B5%D8%B9%D8%A8%D8%A9-%D8%A7%D9%85%D8%A7%D9%85-%D8%AA%D9%88%D9%86%D8%B3/1014934",
    "2021-03-24", "page stamp 'reuters / 24 مارس 202109:21' (kept as first line, with a space put between the year and the time; the agency tag, 'إعلان' labels and the photo caption dropped); body 'غدا الخميس' agrees (25 Mar 2021 was a Thursday); the quote of Ferjani Sassi, cut off in the excerpt, dropped", True, """
24 مارس 2021 09:21
ليبيا تعود إلى أرضها بمهمة صعبة أمام تونس
يتأهب منتخب ليبيا لخوض مباراة على أرضه، لأول مرة منذ 8 سنوات، حين يستقبل جاره التونسي غدا الخميس، في التصفيات المؤهلة لكأس الأمم الإفريقية 2022 المقررة في الكاميرون.
وأذن الاتحاد الإفريقي لليبيا بخوض المباريات على أرضها لأول مرة منذ 2013، وستجرى هذه المباراة على استاد شهداء بنينا في بنغازي.
وحسمت تونس مبكرا تأهلها إلى النهائيات بتصدرها المجموعة العاشرة برصيد 10 نقاط، من 3 انتصارات وتعادل، في حين تحتل غينيا الاستوائية المركز الثاني بـ6 نقاط.
وتبدو حظوظ ليبيا ضعيفة في انتزاع بطاقة التأهل، إذ تتذيل الترتيب بـ3 نقاط، متأخرة بنقطة واحدة عن تنزانيا صاحبة المركز الثالث، بينما يتأهل أول منتخبين فقط إلى كأس الأمم.
ومع ذلك، سيسعى منتخب ليبيا بقيادة مدربه زوران فيليبوفيتش، القادم من الجبل الأسود، إلى تحقيق الفوز في أول ظهور له على أرضه منذ أعوام، لإنعاش آماله في التأهل.
""", [
    ev("match", "حين يستقبل جاره التونسي غدا الخميس", "2021-03-25", "'غدا الخميس' from 24 Mar = Thu 25 Mar 2021"),
    ev("caf-ban-lifted", "وأذن الاتحاد الإفريقي لليبيا بخوض المباريات على أرضها", "2021-02-01", "no expression here; CAF lifted the ban in February 2021 ('الشهر الماضي' in arraedlg, 'قبل نحو شهر' in other reports); day not certain", end="2021-03-01"),
    ev("tunisia-qualified", "وحسمت تونس مبكرا تأهلها إلى النهائيات", "2020-11-17", "no expression ('مبكرا'); Tunisia sealed qualification on matchday 4, the 1-1 draw in Tanzania on Tue 17 Nov 2020 (outside knowledge)"),
])
art(S, "https://arraedlg.net/2021/03/24/71728",
    "2021-03-24", "date in the URL '/2021/03/24/'; the page has no stamp or date line and no publication date is in the text (body 'غدا الخميس', 'صباح الأربعاء', 'الشهر الماضي' agree with Wed 24 Mar 2021); the truncated 'يشار...' dropped", False, """
يخوض المنتخب الوطني لكرة القدم أول مباراة رسمية على أرضه منذ حوالي 8 سنوات، حين يستضيف نظيره التونسي على ملعب "شهداء بنينا" في مدينة بنغازي غدا الخميس، في الجولة ما قبل الأخيرة من التصفيات المؤهلة لكأس الأمم الإفريقية 2022 الكاميرون.
ووصل المنتخب التونسي بمعظم نجومه صباح الأربعاء إلى مدينة بنغـازي، ليكون أول منتخب يحط رحاله في ليبيا بعد أن رفع الاتحاد الإفريقي الحظر عن الملاعب الليبية الشهر الماضي.
وأقام المنتخب الوطني معسكرا مغلقا في بنغازي قبل مباراته الحاسمة، والتحق به لاعبوه المحترفون في الخارج، وهم: حمدو الهوني لاعب الترجي التونسي، ومحمد صولة لاعب وسط الصفاقسي التونسي، ومؤيد اللافي لاعب الوداد البيضاوي المغربي، وأنيس السلتو لاعب الفتح الرباطي للمغربي، والمعتصم المصراتي لاعب "سبورتينغ براغا"، وسند الورفلي لاعب الرجاء البيضاوي المغربي، والمعتصم صبو من الاتحاد المنستيري التونسي، وأحمد المقصي من الملعب التونسي، ومحمد الترهوني من سموحة المصري.
ويتذيل المنتخب الوطني ترتيب المجموعة العاشرة بـ3 نقاط، في حين ضمنت تونس التأهل للنهائيات بتصدرها المجموعة برصيد 10 نقاط، وتحتل غينيا الاستوائية المركز الثاني بـ6 نقاط، وتنزانيا المركز الثالث بـ4 نقاط.
""", [
    ev("match", "حين يستضيف نظيره التونسي", "2021-03-25", "'غدا الخميس' = Thu 25 Mar 2021"),
    ev("tunisia-arrival", "ووصل المنتخب التونسي بمعظم نجومه صباح الأربعاء", "2021-03-24", "'صباح الأربعاء' = Wed 24 Mar 2021 (the publication day)"),
    ev("caf-ban-lifted", "رفع الاتحاد الإفريقي الحظر عن الملاعب الليبية الشهر الماضي", "2021-02-01", "'الشهر الماضي' from March 2021 = February 2021 (day not given)", end="2021-03-01"),
    ev("libya-camp", "وأقام المنتخب الوطني معسكرا مغلقا في بنغازي", "2021-03-20", "no expression; the closed camp in the days before the match (my reading, start not certain)", end="2021-03-25"),
    ev("tunisia-qualified", "ضمنت تونس التأهل للنهائيات", "2020-11-17", "no expression; Tunisia sealed qualification with the 1-1 draw in Tanzania on Tue 17 Nov 2020 (outside knowledge)"),
])
art(S, "https://tunisie-actualite.com/بفوزه-على-ليبيا-المنتخب-التونسي-يكسر/Articles_18300_601426_21_1.html",
    "2021-03-26", "page stamp 'تاريخ الإضافة : 26/03/2021' (removed with 'مضاف من طرف : infos-tunisie' and the source line 'www.assabahnews.tn'); no publication date is left in the text; body 'أمس' = Thu 25 Mar agrees", False, """
تلقى المنتخب الليبي لكرة القدم أمس أثقل هزيمة له على أرضه في التصفيات القارية، في أول مباراة تحتضنها الأراضي الليبية بعد رفع حظر استمر منذ أوت 2013، تاريخ آخر لقاء خاضه المنتخب الليبي في طرابلس.
كما حقق المنتخب التونسي أول فوز له كضيف على المنتخب الليبي بعد إخفاق امتد أكثر من 50 سنة، منذ سبتمبر 1970 تاريخ أول لقاء بين المنتخبين في ليبيا، والذي دار أيضا في بنغازي وانتهى بالتعادل ( 2-2 )، ولم يقدر المنتخب التونسي بعده على تفادي الهزيمة كلما حل ضيفا على نظيره الليبي.
وبذلك يسجل المنتخب التونسي لأول مرة خماسية كضيف في تصفيات كأس إفريقيا.
وللتذكير، فإن حصيلة اللقاءات بين ليبيا وتونس في تصفيات كأس أمم إفريقيا كالآتي:
– نوفمبر 1974 المنزه فوز تونس 1-0
نوفمبر 1974 طرابلس فوز ليبيا 1-0 و ترشح تونس بضربات الترجيح ( 3-2)
مارس 1985 طرابلس فوز ليبيا 2-0
افريل 1985 المنزه فوز تونس 1-0
نوفمبر 2019 رادس فوز تونس 4-1
مارس 2021 بنغازي فوز تونس 5-2
""", [
    ev("match", "تلقى المنتخب الليبي لكرة القدم أمس أثقل هزيمة", "2021-03-25", "'أمس' from 26 Mar = Thu 25 Mar 2021 (also 'مارس 2021 بنغازي')"),
    ev("caf-ban-lifted", "بعد رفع حظر استمر منذ أوت 2013", "2021-02-01", "no expression for the lifting ('منذ أوت 2013' dates the ban's start); CAF lifted it in February 2021", end="2021-03-01"),
    ev("first-meeting-1970", "منذ سبتمبر 1970 تاريخ أول لقاء", "1970-09-01", "'سبتمبر 1970' (month only)", end="1970-10-01"),
    ev("rades-2019", "نوفمبر 2019 رادس فوز تونس 4-1", "2019-11-01", "'نوفمبر 2019' (month only; the match was on 15 Nov 2019 by outside knowledge, not used)", end="2019-12-01"),
])

#@@NEXT@@

# ---------------------------------------------------------------- validate + write
# FORBIDDEN: every "story" of the project's other sets and of the shared dev set (when built, the
# builder read them all, and the sets built beside it, to avoid reusing a story).
SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories26', 'stories27', 'stories28')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
