"""Builds stories.jsonl: the 410-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Damascus and its countryside (fires,
power and fuel, transport, prices, universities, floods, courts, festivals); not Eastern Ghouta in February 2018.
Stories: see README.md.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-damascus-asrouniyeh-market-fire-2016
S = "syria-damascus-asrouniyeh-market-fire-2016"
FIRE = "2016-04-23"                        # the fire broke out at dawn (about 05:00-06:00) on Sat 23 Apr 2016
art(S, "https://al-ain.com/article/131061",
    "2016-04-23", "page date line 'السبت 2016.4.23 03:41 مساء بتوقيت أبوظبي' (kept as second line; 23 Apr 2016 was a Saturday); the body's 'السبت' agrees; headline kept (re-worded), the sub-heading, the read counter and the last, truncated sentence on the accusations dropped", True, """
حريق هائل يأتي على سوق أثري في دمشق
السبت 2016.4.23 03:41 مساء بتوقيت أبوظبي
اندلع حريق كبير، السبت، في سوق العصرونية الأثري بالعاصمة السورية دمشق، فأتت النيران على ما يزيد على 80 محلا تجاريا بالكامل، وانهار قسم من السوق القديم.
وأفاد مدير الدفاع المدني في دمشق، العميد جهاد موسى، في حديث لوكالة الأنباء الرسمية (سانا)، بأن ماسا كهربائيا كان وراء الحريق الذي خلّف خسائر مادية جسيمة، لافتا إلى أن فرق الإطفاء نجحت في تطويق النيران والحيلولة دون امتدادها إلى المحلات المجاورة.
بدوره، أوضح قائد فوج إطفاء دمشق، عبد الهادي ضاهر، أن المواد سريعة الاشتعال الموجودة في المحلات وطبيعة المكان صعّبتا إطفاء الحريق والتحكم به سريعا، ولم يشر إلى وقوع أي إصابات بشرية.
غير أن إحدى صفحات أخبار دمشق على فيسبوك تحدثت عن إصابة خطيرة واحدة بسبب الحريق، فضلا عن خسائر مادية كبيرة في المحلات والبضائع والسيارات نتجت عن التأخر في إطفاء الحريق الذي دام أكثر من 6 ساعات.
""", [
    ev("fire-breaks-out", "اندلع حريق كبير، السبت، في سوق العصرونية", FIRE, "'السبت' = Sat 23 Apr 2016 (date line)"),
    ev("shops-destroyed", "فأتت النيران على ما يزيد على 80 محلا تجاريا بالكامل", FIRE, "no own expression; the shops burned in the fire of Sat 23 Apr 2016"),
    ev("electrical-fault-statement", "بأن ماسا كهربائيا كان وراء الحريق", FIRE, "no own expression; Jihad Moussa's statement to SANA on the day of the fire, Sat 23 Apr 2016"),
    ev("fire-contained", "نجحت في تطويق النيران والحيلولة دون امتدادها", FIRE, "no own expression; the fire was contained within the same day, Sat 23 Apr 2016"),
    ev("serious-injury", "تحدثت عن إصابة خطيرة واحدة بسبب الحريق", FIRE, "no own expression; the shop owner burned during the fire of Sat 23 Apr 2016"),
    ev("fire-burned-6-hours", "الذي دام أكثر من 6 ساعات", FIRE, "'أكثر من 6 ساعات' from the dawn of Sat 23 Apr 2016 = the same day"),
])
art(S, "http://elaph.com/Web/News/2016/4/1084904.html",
    "2016-04-23", "year and month in the URL '/2016/4/'; the body's 'صباح اليوم السبت' with the known fire of Sat 23 Apr 2016 gives the day; no headline in the stored text (a plain one written from the body); the '&' separators and the sub-heading 'تأخير مقصود' with the truncated text after it dropped; no date of its own in the text", False, """
حريق ضخم يدمر عشرات المحلات في سوق العصرونية بدمشق
استفاق أهالي دمشق صباح اليوم السبت على أعمدة من الدخان وألسنة من اللهب غطّت مساحات واسعة، مصدرها حريق ضخم جدا اندلع في قلب سوق العصرونية بالأحياء القديمة للعاصمة، وأدى إلى تدمير أكثر من 85 محلا تدميرا كاملا.
ولا يعد هذا الحريق الأول من نوعه، إذ سبقته بأيام عدة حرائق صغيرة طالت بعض الأسواق التجارية، ما يطرح تساؤلات كثيرة عن الجهة التي تقف خلف هذه الحرائق والغاية منها.
وذكرت وكالة "سانا" التابعة لنظام الأسد أن تماسا كهربائيا أدى إلى اشتعال الحريق، في حين جزم آخرون بأن حريق حي العصرونية نتج عن فعل فاعل ولم يكن مجرد مصادفة.
وقال الصحافي السوري أيمن محمد، المهتم بالشأن الإيراني، لـ"إيلاف" إن أصحاب المحال في سوق العصرونية بدمشق رفضوا في وقت سابق عروضا سخية من السفارة الإيرانية لشراء محلاتهم، وإن إيران أعلنت ذلك في وقت سابق، بسبب قرب هذه المناطق التاريخية من مقام السيدة رقية، معتبرا أن ذلك يؤكد سعيها إلى تهجير السكان وتغيير التركيبة السكانية لدمشق القديمة.
""", [
    ev("fire-breaks-out", "حريق ضخم جدا اندلع في قلب سوق العصرونية", FIRE, "'صباح اليوم السبت' = Sat 23 Apr 2016"),
    ev("shops-destroyed", "وأدى إلى تدمير أكثر من 85 محلا تدميرا كاملا", FIRE, "no own expression; the fire of Sat 23 Apr 2016"),
    ev("earlier-small-fires", "إذ سبقته بأيام عدة حرائق صغيرة", "2016-04-16", "'بأيام' before Sat 23 Apr 2016 = some days earlier (my span 16-22 Apr)", end=FIRE),
    ev("electrical-fault-statement", "أن تماسا كهربائيا أدى إلى اشتعال الحريق", FIRE, "no own expression; SANA's report of the civil defence statement on Sat 23 Apr 2016"),
])
art(S, "http://www.alazmenah.com/?page=show_det&category_id=4&id=123651",
    "2016-04-24", "page date line 'الأحد، ٢٤ أبريل ٢٠١٦' (kept as second line, Arabic-Indic digits; 24 Apr 2016 was a Sunday); the section tag 'أخبار سورية' and the repeated headline dropped; headline kept (re-worded); the last, truncated item dropped. The body's 'اليوم هو السبت' is kept verbatim (written on the day of the fire)", True, """
حريق العصرونية.. أقرب الروايات إلى القصة الكاملة
الأحد، ٢٤ أبريل ٢٠١٦
- شبّ صباح السبت 23-4-2016 حريق هائل في منطقة سوق العصرونية وسط دمشق القديمة، وانتهى مع نهاية هذا اليوم إلى إتلاف ما يزيد على سبعين محلا إتلافا كاملا، وثلاثين غيرها جزئيا، إلى جانب إصابة خطيرة، في حصيلة أولية.
- تعددت الروايات واختلفت، ولا يزال الوقت مبكرا جدا للحديث عن طبيعة الحريق أو سببه أو لحظة اشتعاله الأولى، غير أن أول خبر ورد عن حريق في منطقة العصرونية كان نحو الساعة السادسة صباحا، بعد رؤية سحب من الدخان ترتفع من السوق القديمة، ويبدو أن الحريق كان قد استفحل قبل أن ترتفع سحب الدخان.
- اليوم هو السبت، أول أيام الأسبوع، وكانت المحلات مغلقة يوم أمس الجمعة، بينما ملأ التجار محلاتهم بالبضائع يوم الخميس، استعدادا للأسبوع الجديد.
- لا حركة في هذا السوق ليلا، ولا يمر فيه مشاة بعد الساعة التاسعة مساء، حتى صبيحة اليوم التالي.
- أسقف المحلات خشبية في معظمها، وتنوعت بضاعة المحلات المحترقة بين الألعاب البلاستيكية والورقيات وقداحات الغاز والخردوات ومواد سريعة الاشتعال كمواد الشعر والجل.
""", [
    ev("fire-breaks-out", "شبّ صباح السبت 23-4-2016 حريق هائل", FIRE, "'صباح السبت 23-4-2016' = Sat 23 Apr 2016"),
    ev("shops-destroyed", "إتلاف ما يزيد على سبعين محلا إتلافا كاملا", FIRE, "'مع نهاية هذا اليوم' = the end of Sat 23 Apr 2016"),
    ev("serious-injury", "إلى جانب إصابة خطيرة", FIRE, "no own expression; the injury in the fire of Sat 23 Apr 2016"),
    ev("first-report-6am", "أول خبر ورد عن حريق في منطقة العصرونية كان نحو الساعة السادسة صباحا", FIRE, "'نحو الساعة السادسة صباحا' of Sat 23 Apr 2016"),
    ev("shops-closed-friday", "وكانت المحلات مغلقة يوم أمس الجمعة", "2016-04-22", "'يوم أمس الجمعة' from 'اليوم هو السبت' (23 Apr) = Fri 22 Apr 2016"),
    ev("shops-stocked-thursday", "ملأ التجار محلاتهم بالبضائع يوم الخميس", "2016-04-21", "'يوم الخميس' before Fri 22 = Thu 21 Apr 2016"),
])
art(S, "https://www.masress.com/elfagr/3112354",
    "2016-04-23", "no date line on the stored page; the body's 'اليوم السبت' with the known fire of Sat 23 Apr 2016 (AFP report of that day, carried by al-Fagr via masress) gives the day; no headline in the stored text (a plain one written from the body); no date of its own in the text", False, """
حريق هائل يحول عشرات المحلات في سوق دمشقي تاريخي إلى رماد
تحولت عشرات الأكشاك في أحد أسواق دمشق التاريخية إلى رماد بفعل حريق هائل اندلع اليوم السبت، بحسب ما أفاد به عناصر في الدفاع المدني السوري لوكالة "فرانس برس".
وشبت النيران في سوق العصرونية المتاخم لسوق الحميدية في مدينة دمشق القديمة، المدرجة على قائمة التراث العالمي لمنظمة اليونسكو.
وتصاعد عمود من الدخان الأسود من المدينة القديمة، قبل أن تجري السيطرة على هذا الحريق الكبير.
وأفاد صحفي في وكالة "فرانس برس" بأن عشرات المحال والمستودعات في السوق لحقت بها أضرار بدرجات متفاوتة.
وقال رئيس الدفاع المدني في دمشق، جهاد موسى، إن ماسا كهربائيا تسبب في الحريق.
""", [
    ev("fire-breaks-out", "بفعل حريق هائل اندلع اليوم السبت", FIRE, "'اليوم السبت' = Sat 23 Apr 2016"),
    ev("fire-contained", "قبل أن تجري السيطرة على هذا الحريق الكبير", FIRE, "no own expression; the fire was brought under control the same day, Sat 23 Apr 2016"),
    ev("shops-destroyed", "عشرات المحال والمستودعات في السوق لحقت بها أضرار", FIRE, "no own expression; the fire of Sat 23 Apr 2016"),
    ev("electrical-fault-statement", "إن ماسا كهربائيا تسبب في الحريق", FIRE, "no own expression; Jihad Moussa's statement on Sat 23 Apr 2016"),
])

# ---------------------------------------------------------------- syria-damascus-hotel-and-hariqa-fires-2021
S = "syria-damascus-hotel-and-hariqa-fires-2021"
HOTEL = "2021-09-26"                       # the fire at the Lu'lu'at al-Sharq hotel in al-Sayyida Zaynab, evening of Sun 26 Sep 2021
HARIQA = "2021-09-29"                      # the fire in the cloth store of Zuqaq al-Mahkama (al-Hariqa), Wed 29 Sep 2021
art(S, "https://7al.net/2021/09/27/%d8%af%d9%88%d9%84%d8%a9-%d8%b9%d8%b1%d8%a8%d9%8a%d8%a9-%d8%aa%d8%b9%d9%84%d9%86-%d8%b9%d9%86-%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-%d8%b9%d8%af%d8%af-%d9%85%d9%86-%d9%85%d9%88%d8%a7%d8%b7%d9%86%d9%8a%d9%87/ramez-h/news/",
    "2021-09-27", "date in the URL '/2021/09/27/' (27 Sep 2021 was a Monday); headline kept (re-worded, the repeated headline dropped); the last, truncated sentence of the bloggers dropped; no date of its own in the text", False, """
دولة عربية تعلن إصابة عدد من مواطنيها في حريق فندق بالسيدة زينب في دمشق
أعلنت سفارة البحرين في سوريا وقوع حالات اختناق بين عدد من مواطنيها في حادث الحريق الذي شب في أحد فنادق منطقة "السيدة زينب" بالعاصمة دمشق.
وذكرت السفارة أنه "يجري التواصل مع الحملات البحرينية للاطمئنان على سلامة جميع الزوار البحرينيين في حادث الحريق بأحد فنادق السيدة زينب".
وأضافت أنه "لا يوجد أي بحريني بين الضحايا أو المصابين حتى الآن، باستثناء بعض حالات الاختناق بين المواطنين".
وكان مدير صحة ريف دمشق، ياسين نعنوس، قد صرّح بأن 5 سيارات إسعاف توجهت إلى فندق "لؤلؤة الشرق" في مدينة السيدة زينب، ونقلت 14 مصابا إلى مستشفيي "الإمام الصدر" و"المجتهد"، لافتا إلى وفاة عامل صيانة وإصابة عدد من الأشخاص بحروق بعضها بالغ.
وفي السياق نفسه، أوضح مدير سياحة ريف دمشق، وائل كيال، أن عدد نزلاء الفندق يزيد على 42 شخصا، وقد نُقلوا إلى فندق "إيبلا".
في المقابل، لم تكشف قيادة الشرطة في دمشق عن سبب الحريق، بينما نشر ناشطون صورا تُظهر ألسنة اللهب فوق سطح الفندق.
""", [
    ev("hotel-fire", "في حادث الحريق الذي شب في أحد فنادق منطقة", HOTEL, "no own expression; the hotel fire of the evening of Sun 26 Sep 2021 (radioalkul 'مساء الأحد', baladi-news 'الأحد الماضي' on Wed 29)"),
    ev("bahrain-embassy-statement", "أعلنت سفارة البحرين في سوريا وقوع حالات اختناق", HOTEL, "no own expression; the embassy's tweet after the fire, the night of Sun 26 or Mon 27 Sep 2021 (my span)", end="2021-09-28"),
    ev("hotel-injured-to-hospital", "ونقلت 14 مصابا إلى مستشفيي", HOTEL, "no own expression ('قد صرّح', pluperfect); the injured taken to hospital on the evening of Sun 26 Sep 2021"),
    ev("hotel-fire-death", "لافتا إلى وفاة عامل صيانة", HOTEL, "no own expression; the maintenance worker died in the fire of Sun 26 Sep 2021"),
    ev("guests-moved-to-ebla", "وقد نُقلوا إلى فندق", HOTEL, "no own expression; the guests moved on the night of the fire, Sun 26 - Mon 27 Sep 2021 (my span)", end="2021-09-28"),
])
art(S, "https://www.enabbaladi.net/archives/516437/new-project-2021-09-29t143856-961",
    "2021-09-29", "the body's 'اليوم، الأربعاء 29 من أيلول' (kept; 29 Sep 2021 was a Wednesday); the photo captions and page furniture dropped; headline kept (re-worded); the last, truncated paragraph dropped", True, """
مقتل عنصر إطفاء وأضرار مادية في حريق قرب سوق "مدحت باشا" بدمشق
لقي أحد عناصر "فوج إطفاء دمشق" حتفه خلال محاولته إخماد حريق شب اليوم، الأربعاء 29 من أيلول، في مستودع للأقمشة داخل سوق "زقاق المحكمة" بمنطقة "الحريقة"، بالقرب من مدخل سوق "مدحت باشا" في وسط دمشق.
ونقلت الوكالة السورية للأنباء (سانا) عن مدير "الدفاع المدني" في دمشق، أحمد عباس، أن الحريق تسبب بوفاة أحد عناصر الإطفاء واختناق شخصين آخرين، إضافة إلى خسائر مادية كبيرة شملت احتراق ستة محال تجارية مجاورة وانهيار محال أخرى.
ولفت عباس، في حديث إلى تلفزيون "الخبر" المحلي، إلى أن شوارع المنطقة "ضيقة جدًا"، ما أخّر وصول سيارات الإسعاف إلى مكان الحريق، واضطر العناصر إلى مد خراطيم الإطفاء من أسطح المنازل المجاورة من مسافة نحو 200 متر، بينما ذكر تلفزيون "الخبر" أن سبب الحريق، الذي وصفه بـ"الأضخم في دمشق"، "تماس كهربائي".
""", [
    ev("firefighter-death", "لقي أحد عناصر \"فوج إطفاء دمشق\" حتفه", HARIQA, "'اليوم، الأربعاء 29 من أيلول' = Wed 29 Sep 2021"),
    ev("hariqa-fire", "حريق شب اليوم، الأربعاء 29 من أيلول", HARIQA, "'اليوم، الأربعاء 29 من أيلول' = Wed 29 Sep 2021"),
    ev("civilians-suffocated", "واختناق شخصين آخرين", HARIQA, "no own expression; in the fire of Wed 29 Sep 2021"),
    ev("shops-burned", "شملت احتراق ستة محال تجارية مجاورة", HARIQA, "no own expression; in the fire of Wed 29 Sep 2021"),
    ev("ambulances-delayed", "ما أخّر وصول سيارات الإسعاف إلى مكان الحريق", HARIQA, "no own expression; during the fire of Wed 29 Sep 2021"),
])
art(S, "https://syrianpc.com/%D9%88%D9%81%D8%A7%D8%A9-%D8%B4%D8%AE%D8%B5-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%A7%D8%AB%D9%86%D9%8A%D9%86-%D8%A2%D8%AE%D8%B1%D9%8A%D9%86-%D8%A8%D8%AD%D8%B1%D9%8A%D9%82-%D9%81%D9%8A-%D8%A3%D8%AD",
    "2021-09-29", "the body's 'اليوم الأربعاء 29 أيلول/سبتمبر' (kept; 29 Sep 2021 was a Wednesday); headline rendered from the URL slug (the stored text has none); the signature 'المركز الصحفي السوري / عين على الواقع' dropped", True, """
وفاة شخص وإصابة اثنين آخرين بحريق في أحد أسواق دمشق
توفي شخص وأصيب اثنان آخران اليوم الأربعاء 29 أيلول/سبتمبر، جراء حريق اندلع في عدد من المحال التجارية بأحد أسواق مدينة دمشق.
وأفادت وكالة الأنباء السورية "سانا" بوفاة أحد عناصر فوج إطفاء دمشق ويدعى "حسين المحمد"، وإصابة مدنيين اثنين بحالات اختناق، واحتراق 6 محال تجارية بالكامل وانهيار محال أخرى، إثر اندلاع حريق في مستودع أقمشة بسوق زقاق المحكمة في منطقة الحريقة بجانب سوق مدحت باشا.
من جانبه، بيّن مدير فوج الدفاع المدني في دمشق "أحمد عباس" أن أكثر من 5 سيارات إطفاء عملت معا إلى أن تمكنت من إخماد الحريق الذي أودى بحياة رجل إطفاء وتسبب باختناق مدنيين واحتراق عدد من المحال بالكامل.
وعزا عباس انتشار الحريق في المحال التجارية إلى أنها مبنية من الخشب واللبن ومواد سريعة الاشتعال، مضيفا أن طبيعة المكان وضيق الأزقة حالا دون وصول سيارات الإطفاء بسرعة إلى موقع الحريق.
""", [
    ev("firefighter-death", "توفي شخص وأصيب اثنان آخران اليوم الأربعاء 29 أيلول/سبتمبر", HARIQA, "'اليوم الأربعاء 29 أيلول/سبتمبر' = Wed 29 Sep 2021"),
    ev("hariqa-fire", "إثر اندلاع حريق في مستودع أقمشة بسوق زقاق المحكمة", HARIQA, "no own expression; the fire of Wed 29 Sep 2021 (the day stated in the first sentence)"),
    ev("shops-burned", "واحتراق 6 محال تجارية بالكامل", HARIQA, "no own expression; in the fire of Wed 29 Sep 2021"),
    ev("fire-extinguished", "إلى أن تمكنت من إخماد الحريق", HARIQA, "no own expression; the fire was put out the same day, Wed 29 Sep 2021"),
])
art(S, "https://baladi-news.com/ar/articles/77976/دمشق-حريق-بمستودع-أقمشة-يودي-بحياة-عنصر-من-فوج-الإطفاء",
    "2021-09-29", "no date line on the stored page; the body's 'اليوم الأربعاء' with the known fire of Wed 29 Sep 2021, and 'الأحد الماضي' for the hotel fire of Sun 26 Sep, give the day; headline rendered from the URL slug; the dateline 'بلدي نيوز - دمشق (خاص)' and the unrelated last paragraphs on a fire in the Bekaa (Lebanon) dropped; no date of its own in the text", False, """
دمشق.. حريق في مستودع أقمشة يودي بحياة عنصر من فوج الإطفاء
لقي رجل إطفاء تابع للنظام حتفه، اليوم الأربعاء، إثر نشوب حريق في مستودع للأقمشة وسط العاصمة دمشق.
وذكرت وكالة "سانا" الناطقة باسم النظام أن عنصرا من فوج إطفاء دمشق توفي وأصيب مدنيان، بعد اندلاع حريق في مستودع أقمشة بمنطقة الحريقة، بالقرب من سوق مدحت باشا.
وأوضح العميد "أحمد عباس"، مدير فوج الدفاع المدني التابع للنظام، أن عناصر الإطفاء وأكثر من خمس سيارات إطفاء نجحوا في إخماد الحريق الذي أدى إلى مقتل رجل الإطفاء "حسين المحمد" واختناق مدنيين، واحتراق ستة محال بالكامل وانهيار محال أخرى.
ولفت إلى أن طبيعة المكان وضيق الأزقة أعاقا وصول سيارات الإطفاء بسرعة.
وكان شخص قد توفي وأصيب 9 آخرون بحروق، الأحد الماضي، جراء حريق شب في أحد الفنادق بالعاصمة السورية دمشق.
وذكرت وكالة "سانا" التابعة للنظام أن شخصا توفي وأصيب 9 جراء اندلاع حريق في فندق "لؤلؤة الشرق" بحي السيدة زينب في دمشق، فضلا عن أضرار مادية.
""", [
    ev("firefighter-death", "لقي رجل إطفاء تابع للنظام حتفه، اليوم الأربعاء", HARIQA, "'اليوم الأربعاء' = Wed 29 Sep 2021"),
    ev("hariqa-fire", "بعد اندلاع حريق في مستودع أقمشة بمنطقة الحريقة", HARIQA, "no own expression; the fire of Wed 29 Sep 2021"),
    ev("fire-extinguished", "نجحوا في إخماد الحريق", HARIQA, "no own expression; the fire was put out the same day, Wed 29 Sep 2021"),
    ev("shops-burned", "واحتراق ستة محال بالكامل", HARIQA, "no own expression; in the fire of Wed 29 Sep 2021"),
    ev("hotel-fire-death", "وكان شخص قد توفي وأصيب 9 آخرون بحروق، الأحد الماضي", HOTEL, "'الأحد الماضي' from Wed 29 Sep 2021 = Sun 26 Sep 2021"),
    ev("hotel-fire", "جراء اندلاع حريق في فندق", HOTEL, "no own expression; the hotel fire of Sun 26 Sep 2021 (the 'الأحد الماضي' of the previous sentence)"),
])

# ---------------------------------------------------------------- syria-rif-dimashq-wadi-barada-floods-2018
S = "syria-rif-dimashq-wadi-barada-floods-2018"
STORM = "2018-10-20"                       # the rain storm of the evening of Sat 20 Oct 2018 (42 mm at Mezzeh, SANA)
art(S, "https://www.kurdstreet.com/%d9%88%d9%81%d8%a7%d8%a9-3-%d8%a3%d8%b4%d8%ae%d8%a7%d8%b5-%d8%ac%d8%b1%d8%a7%d8%a1-%d8%b9%d8%a7%d8%b5%d9%81%d8%a9-%d9%85%d8%b7%d8%b1%d9%8a%d8%a9-%d9%82%d9%88%d9%8a%d8%a9-%d9%81%d9%8a-%d8%af%d9%85/",
    "2018-10-21", "page date line 'حول العالم 21 أكتوبر 2018' (the date kept as second line, the section tag dropped; 21 Oct 2018 was a Sunday); headline kept (re-worded); the source tag 'كوردستريت|| الرصد' and the page furniture dropped", True, """
وفاة 3 أشخاص بسبب عاصفة مطرية قوية في دمشق
21 أكتوبر 2018
فارق 3 أشخاص الحياة بسبب العاصفة المطرية المصحوبة بالرعد التي تضرب مدينة دمشق وريفها، والتي أدت إلى تشكل سيول جارفة وإغلاق عدد من الطرقات والأنفاق وإعاقة حركة السير.
وأفادت مصادر لكوردستريت بأن طفلتين في دير مقرن بوادي بردى في ريف دمشق لقيتا حتفهما بعدما اجتاحت السيول فجأة إحدى صالات الأفراح في البلدة، ولم يتمكن أحد من إنقاذهما لسرعة السيول وشدتها، موضحة أن الطفلتين هما أسيل الخطيب (5 سنوات) وهديل اللحام (6 سنوات).
وأكدت المصادر ذاتها أن السيول الغزيرة في بلدة كفر الزيت جرفت كذلك الشاب محمد أحمد سرور، البالغ من العمر 35 عاما، خلال محاولته إنقاذ عدد من الأشخاص، وسحبته من ساحة الأيتام إلى ساحة شكر سعيد في البلدة، ما أدى إلى وفاته على الفور.
وأضافت أن الازدحام الخانق لا يزال يخيم على شوارع دمشق بسبب إغلاق عدد من المداخل والممرات والشوارع لعدم تصريف مياه الأمطار.
""", [
    ev("storm-deaths-3", "فارق 3 أشخاص الحياة", STORM, "no own expression; the three died in the floods of the evening of Sat 20 Oct 2018 (mena-monitor 'مساء أمس السبت')"),
    ev("storm-hits", "العاصفة المطرية المصحوبة بالرعد التي تضرب مدينة دمشق وريفها", STORM, "present tense on Sun 21 Oct 2018; the storm began on the evening of Sat 20 Oct and went on into Sun 21 (my span)", end="2018-10-22"),
    ev("girls-killed", "لقيتا حتفهما بعدما اجتاحت السيول فجأة", STORM, "no own expression; the evening of Sat 20 Oct 2018 (mena-monitor 'توفيتا مساء أمس السبت')"),
    ev("young-man-swept-away", "جرفت كذلك الشاب محمد أحمد سرور", STORM, "no own expression; the same evening, Sat 20 Oct 2018"),
    ev("roads-and-tunnels-closed", "وإغلاق عدد من الطرقات والأنفاق", STORM, "no own expression; from the evening of Sat 20 Oct into Sun 21 Oct 2018 (my span)", end="2018-10-22"),
    ev("traffic-jams-persist", "الازدحام الخانق لا يزال يخيم على شوارع دمشق", "2018-10-21", "'لا يزال' on the day of publication, Sun 21 Oct 2018"),
])
art(S, "https://mena-monitor.org/%d8%a5%d9%8a%d8%b1%d8%a7%d9%86%d8%8c-%d9%85%d9%88%d8%aa-%d8%a7%d9%84%d9%86%d8%b8%d8%a7%d9%85-%d8%a8%d9%85%d9%88%d8%aa-%d9%85%d8%b1%d8%b4%d8%af%d9%87-2/?random-post=1",
    "2018-10-21", "no date line on the stored page; the body's 'مساء أمس السبت' for the storm of Sat 20 Oct 2018 (42 mm on Saturday, SANA via skynewsarabia) gives Sun 21 Oct 2018; headline kept (re-worded); the credit 'وكالات مرصد الشرق الأوسط وشمال أفريقيا الإعلامي' dropped; no date of its own in the text", False, """
عاصفة مطرية غير مسبوقة تضرب دمشق ووفاة طفلتين في وادي بردى
لقيت طفلتان حتفهما في منطقة وادي بردى بسبب عاصفة مطرية ضربت دمشق وريفها مساء أمس السبت، وتسببت بسيول وفيضانات لم يسبق لها مثيل.
من جانبها، أفادت وكالة أنباء النظام "سانا" بأن كميات الأمطار ستكون غزيرة خلال الـ24 ساعة القادمة في جميع مناطق البلاد، ولا سيما في الساحل والجزيرة والمنطقة الشرقية، مع احتمال أن تستمر حتى منتصف الأسبوع القادم.
وذكرت تقارير إعلامية أن الطفلتين، وعمرهما 6 و5 سنوات، من قرية دير مقرن في وادي بردى، وتوفيتا مساء أمس السبت بسبب السيول التي اجتاحت القرية.
وأصيبت عشرات المنازل والمحال التجارية بأضرار في قرى وادي بردى، وبخاصة دير مقرن وكفير الزيت وكفير يابوس على الحدود السورية اللبنانية، بفعل السيول التي شهدتها المنطقة، فضلا عن تحطم زجاج عشرات السيارات بحبات برد كبيرة لم تعرف المنطقة مثلها من قبل.
كما شهدت مناطق الزبداني والقلمون الغربي والشرقي فيضانات وسيولا جارفة ألحقت أضرارا بالأحياء السكنية والسيارات وتسببت بخسائر في المواشي.
وفي العاصمة دمشق، نشر ناشطون على مواقع التواصل الاجتماعي مقطع فيديو يُظهر السيول وهي تجرف امرأة في منطقة الجسر الأبيض.
""", [
    ev("storm-hits", "عاصفة مطرية ضربت دمشق وريفها مساء أمس السبت", STORM, "'مساء أمس السبت' from Sun 21 Oct 2018 = Sat 20 Oct 2018 (the storm went on into Sun 21, my span)", end="2018-10-22"),
    ev("more-rain-forecast", "مع احتمال أن تستمر حتى منتصف الأسبوع القادم", "2018-10-21", "'خلال الـ24 ساعة القادمة' and 'حتى منتصف الأسبوع القادم' from Sun 21 Oct 2018 = Sun 21 - about Wed 24 Oct (my span)", end="2018-10-25"),
    ev("girls-killed", "وتوفيتا مساء أمس السبت", STORM, "'مساء أمس السبت' = Sat 20 Oct 2018"),
    ev("houses-damaged", "وأصيبت عشرات المنازل والمحال التجارية بأضرار", STORM, "no own expression; the floods of the evening of Sat 20 Oct 2018"),
    ev("woman-swept-in-damascus", "يُظهر السيول وهي تجرف امرأة", STORM, "no own expression; the floods of the evening of Sat 20 Oct 2018"),
])
art(S, "http://syriadailynews.com/43258",
    "2018-10-22", "no date line on the stored page; the body's 'أمس الأول' for the 42 mm that fell on Sat 20 Oct 2018 (SANA's figure for Saturday, quoted by skynewsarabia) gives Mon 22 Oct 2018; the short stored text has no headline (a plain one written from the body); the signature 'سيريا ديلي نيوز' dropped; no date of its own in the text", True, """
أمطار دمشق تغرق الشوارع وتودي بحياة ثلاثة في ريفها
وصلت كمية الهطولات المطرية في دمشق أمس الأول إلى نحو 42 ملم، ما أدى إلى غرق شوارعها وطرقاتها الرئيسية بعدما عجزت شبكة الصرف الصحي عن تصريف هذه الكميات الكبيرة والمفاجئة من المياه.
وتسببت العاصفة بمقتل شاب وفتاتين في القرى المجاورة لدير مقرن في ريف دمشق، وفق ما صرح به رئيس بلديتها محمد عليا، الذي أضاف أن ما يزيد على 100 منزل تضرر وتلف أثاثه، من دون أن يتلقى المواطنون أي مساعدات، ولا حتى بطانيات أو فرشات.
""", [
    ev("rain-42mm", "وصلت كمية الهطولات المطرية في دمشق أمس الأول إلى نحو 42 ملم", STORM, "'أمس الأول' from Mon 22 Oct 2018 = Sat 20 Oct 2018"),
    ev("streets-flooded", "ما أدى إلى غرق شوارعها وطرقاتها الرئيسية", STORM, "no own expression; the evening of Sat 20 Oct into Sun 21 Oct 2018 (my span)", end="2018-10-22"),
    ev("storm-deaths-3", "وتسببت العاصفة بمقتل شاب وفتاتين", STORM, "no own expression; the evening of Sat 20 Oct 2018"),
    ev("houses-damaged", "أن ما يزيد على 100 منزل تضرر", STORM, "no own expression; the floods of Sat 20 Oct 2018"),
    ev("no-aid-received", "من دون أن يتلقى المواطنون أي مساعدات", STORM, "no own expression; from the floods up to the mayor's statement, Sat 20 - Mon 22 Oct 2018 (my span)", end="2018-10-23"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 410
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
