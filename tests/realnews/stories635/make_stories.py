"""Builds stories.jsonl: the 635-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: road and bridge collapses after rain, landslides cutting
mountain roads, and reopening works.
Stories: the partial collapse of the Asif Oufla bridge on national road 11 at Timezguidine (Imintanoute,
Chichaoua province, Morocco's High Atlas, August 2025), and the floods of Hays that swept away the Wadi Nakhla
bridge (Hodeidah, Yemen, August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-chichaoua-asif-oufla-bridge-n11-2025
S = "morocco-chichaoua-asif-oufla-bridge-n11-2025"
COLLAPSE = "2025-08-06"                    # thunderstorm floods and partial collapse of the Asif Oufla bridge, Wed 6 Aug 2025
ALERT = "2025-08-05"                       # the orange weather alert, issued on Tue 5 Aug 2025 (for Tuesday and Wednesday)
WORKS = (COLLAPSE, "2025-08-08")           # repairs / diversion from the evening of Wed 6 into Thu 7 Aug
art(S, "https://marrakechpost.com/2025/08/07/%D8%A7%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D8%BA%D8%B2%D9%8A%D8%B1%D8%A9-%D8%AA%D9%82%D8%B7%D8%B9-%D8%A7%D9%84%D8%B7%D8%B1%D9%8A%D9%82-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9-%D8%B1",
    "2025-08-07", "the date 2025/08/07 in the URL path of the page (Thu 7 Aug 2025); the body's 'مساء الثلاثاء 6 غشت 2025' names the day of the collapse with a wrong weekday (6 Aug 2025 was a Wednesday); headline rendered from the URL slug, whose end is cut, completed from the body; the last sentence, truncated in the stored text after the list of provinces, ends at 'همّت عدداً من الأقاليم'", True, """
الأمطار الغزيرة تقطع الطريق الوطنية رقم 11 بين إمنتانوت وأكادير
عرفت جماعة تمزكدوين، التابعة لدائرة إمنتانوت بإقليم شيشاوة، مساء الثلاثاء 6 غشت 2025، توقفا كاملا لحركة المرور على الطريق الوطنية رقم 11 التي تصل إمنتانوت بأكادير، إثر انهيار جزئي أصاب قنطرة "أسيف أوفلا" بفعل السيول القوية التي خلفتها أمطار رعدية غزيرة ضربت المنطقة.
وبحسب ما بلغ الجريدة من مصادر محلية، فقد اندفعت مياه الوادي بقوة فأحدثت ثقبا في جانب القنطرة وراكمت الأتربة، فتوقف المرور كليا وأُغلق المعبر الطرقي، مما أجبر مستعملي الطريق على الانتظار أو سلوك مسالك بديلة.
وشرعت مصالح وزارة التجهيز والنقل بإقليم شيشاوة، بتنسيق مباشر مع عامل الإقليم، في أشغال التدخل لترميم القنطرة ورفع الأوحال والعوائق من وسط الطريق، بينما انتقلت عناصر الدرك الملكي التابعة لسرية تمزكدوين إلى عين المكان لتنظيم السير وتنبيه السائقين وإرشادهم.
وعلى الرغم من شدة الفيضانات وارتفاع منسوب المياه، لم تُسجَّل أي خسائر بشرية أو مادية جسيمة، وفق المعطيات المتاحة إلى حدود الآن.
وكانت المديرية العامة للأرصاد الجوية قد نشرت، يوم الثلاثاء، نشرة إنذارية من المستوى البرتقالي تنبه إلى زخات رعدية قوية ما بين 15 و30 ملم، مصحوبة بالبرد وبرياح قوية، همّت عدداً من الأقاليم.
""", [
    ev("bridge-collapse", "إثر انهيار جزئي أصاب قنطرة \"أسيف أوفلا\"", COLLAPSE, "'مساء الثلاثاء 6 غشت 2025': the date 6 Aug 2025 was a Wednesday, and almarrakchi ('أمس الأربعاء') and akhbarona ('أول أمس الأربعاء') name Wednesday; Wed 6 Aug 2025 (evening)"),
    ev("n11-traffic-cut", "توقفا كاملا لحركة المرور على الطريق الوطنية رقم 11", COLLAPSE, "the same evening as the collapse, Wed 6 Aug 2025 ('مساء الثلاثاء 6 غشت 2025', weekday wrong in the text)"),
    ev("repair-works", "في أشغال التدخل لترميم القنطرة", WORKS[0], "no own expression; the works began after the collapse of the evening of Wed 6 Aug and were under way when this report appeared on Thu 7 Aug (akhbarona: 'شرعت منذ وقت مبكر'); my span 6-7 Aug 2025", end=WORKS[1]),
    ev("gendarmerie-on-site", "انتقلت عناصر الدرك الملكي التابعة لسرية تمزكدوين إلى عين المكان", COLLAPSE, "no own expression; the gendarmes came to the site at the time of the cut, Wed 6 Aug 2025"),
    ev("orange-alert", "قد نشرت، يوم الثلاثاء، نشرة إنذارية من المستوى البرتقالي", ALERT, "'يوم الثلاثاء' before the collapse of Wed 6 Aug = Tue 5 Aug 2025 (agadirtoday: the collapse came less than 24 hours after the alert)"),
])
art(S, "https://www.almarrakchi.com/%D8%A7%D9%84%D8%A8%D8%A7%D8%B9%D8%A9-%D8%A7%D9%84%D8%AC%D8%A7%D8%A6%D9%84%D9%88%D9%86-%D9%8A%D9%8C%D8%B7%D9%88%D9%90%D9%91%D9%82%D9%88%D9%86-%D8%B3%D9%88%D9%82-%D8%A5%D8%B2%D9%8A%D9%83%D9%8A-%D9%88/?noamp=mobile&random-post=1&recaptcha-opt-in=true",
    "2025-08-07", "no date on the stored page (and its URL, a 'random-post' link, names another article); the body's 'أمس الأربعاء' for the floods of Wed 6 Aug 2025 (marrakechpost of 7 Aug: '6 غشت 2025') gives Thu 7 Aug 2025; headline written from the body (the stored text has none)", False, """
السيول الرعدية تقطع الطريق الوطنية بين مراكش وأكادير عند تمزكدوين
أدت السيول الرعدية العنيفة إلى قطع الطريق الوطنية التي تصل مدينتي مراكش وأكادير، بسبب الأضرار الجسيمة التي أصابت هذا المحور الطرقي عند جماعة تمزكدوين التابعة لإقليم شيشاوة.
وذكرت معطيات توصلت بها صحيفة "المراكشي" أن السلطات المحلية وجدت نفسها مضطرة، بفعل السيول الرعدية التي عرفتها المنطقة أمس الأربعاء، إلى نصب متاريس تغلق الطريق في المقطع المتضرر، صونا لسلامة مستعمليه، في انتظار أن تتدخل الجهات المختصة لإصلاح ما تضرر.
ووفق المصادر نفسها، تُوجَّه حركة السير حاليا نحو الطريق السيار الذي يربط المدينتين، إلى أن يصدر بلاغ رسمي عن السلطات المعنية يحدد طبيعة الأضرار وموعد إعادة فتح الطريق الوطنية.
وتظل المنطقة معرضة لمزيد من الاضطرابات الجوية، بحسب نشرات سابقة للمديرية العامة للأرصاد الجوية، وهو ما يستدعي من مستعملي الطريق الحيطة والحذر ومتابعة البلاغات الرسمية قبل السفر.
""", [
    ev("n11-traffic-cut", "إلى قطع الطريق الوطنية التي تصل مدينتي مراكش وأكادير", COLLAPSE, "no own expression; the cut of Wed 6 Aug 2025 ('أمس الأربعاء' in the next sentence)"),
    ev("thunder-floods", "بفعل السيول الرعدية التي عرفتها المنطقة أمس الأربعاء", COLLAPSE, "'أمس الأربعاء' in an article of Thu 7 Aug 2025 = Wed 6 Aug"),
    ev("road-closed-barricades", "إلى نصب متاريس تغلق الطريق في المقطع المتضرر", COLLAPSE, "the barricades were set up because of the floods of 'أمس الأربعاء' = Wed 6 Aug 2025"),
    ev("diversion-motorway", "تُوجَّه حركة السير حاليا نحو الطريق السيار", WORKS[0], "'حاليا' in the report of Thu 7 Aug 2025; the diversion began with the cut of Wed 6 Aug (akhbarona); my span 6-7 Aug", end=WORKS[1]),
])
art(S, "https://www.akhbarona.com/society/410725.html",
    "2025-08-08", "no date on the stored page; the body's 'أول أمس الأربعاء' for the floods of Wed 6 Aug 2025 (marrakechpost: '6 غشت 2025'; almarrakchi of Thu 7 Aug: 'أمس الأربعاء') gives Fri 8 Aug 2025; the by-line dropped; headline written from the body (the stored text has none)", False, """
انهيار جزئي لقنطرة أسيف أوفلا يقطع الطريق بين مراكش وأكادير
علمت "أخبارنا المغربية" من مصادر خاصة أن السيول الرعدية القوية التي عرفها إقليم شيشاوة أول أمس الأربعاء أدت إلى قطع الطريق الوطنية بين مراكش وأكادير، تحديدا عند قنطرة أسيف أوفلا بجماعة تمزكدوين في دائرة إيمنتانوت، بفعل انهيار جزئي للقنطرة نتج عن ثقب في جانبها، مما ألحق أضرارا كبيرة بهذا المحور الطرقي التابع لإقليم شيشاوة، فاضطرت السلطات المحلية إلى وضع متاريس تغلق المقطع المتضرر حفاظا على سلامة مستعملي الطريق، بينما تولت عناصر الدرك الملكي إرشاد السائقين وتحويل حركة السير نحو الطريق السيار، في انتظار تدخل الجهات المختصة لإصلاح الأضرار.
وفعلا، تحركت مصالح وزارة التجهيز بإقليم شيشاوة بتعليمات من عامل الإقليم، وبدأت منذ وقت مبكر أشغال إصلاح القنطرة ورفع الأتربة، بهدف إعادة الوضع إلى ما كان عليه وفتح هذه الطريق الرئيسية من جديد أمام حركة المرور.
وكانت المديرية العامة للأرصاد الجوية قد أصدرت نشرة إنذارية باللون البرتقالي تتوقع زخات رعدية ما بين 15 و30 ملم، مصحوبة بالبرد وبرياح قوية في عدد من الأقاليم منها شيشاوة، وذلك يومي الثلاثاء والأربعاء من الواحدة بعد الزوال وحتى العاشرة ليلاً.
""", [
    ev("thunder-floods", "السيول الرعدية القوية التي عرفها إقليم شيشاوة أول أمس الأربعاء", COLLAPSE, "'أول أمس الأربعاء' in an article of Fri 8 Aug 2025 = Wed 6 Aug"),
    ev("bridge-collapse", "بفعل انهيار جزئي للقنطرة نتج عن ثقب في جانبها", COLLAPSE, "no own expression; caused by the floods of 'أول أمس الأربعاء' = Wed 6 Aug 2025"),
    ev("road-closed-barricades", "إلى وضع متاريس تغلق المقطع المتضرر", COLLAPSE, "no own expression; at the cut, Wed 6 Aug 2025 (almarrakchi: 'أمس الأربعاء')"),
    ev("diversion-motorway", "وتحويل حركة السير نحو الطريق السيار", WORKS[0], "no own expression; from the cut of Wed 6 Aug 2025, still in force on Thu 7 Aug (almarrakchi 'حاليا'); my span 6-7 Aug", end=WORKS[1]),
    ev("repair-works", "وبدأت منذ وقت مبكر أشغال إصلاح القنطرة", WORKS[0], "no own expression; the works began after the collapse of the evening of Wed 6 Aug and were under way on Thu 7 Aug (marrakechpost); my span 6-7 Aug 2025", end=WORKS[1]),
    ev("alert-period", "يومي الثلاثاء والأربعاء من الواحدة بعد الزوال وحتى العاشرة ليلاً", ALERT, "'يومي الثلاثاء والأربعاء' of the week of the collapse = Tue 5 and Wed 6 Aug 2025 (13:00-22:00 each day)", end="2025-08-07"),
])

# ---------------------------------------------------------------- yemen-hays-wadi-nakhla-bridge-floods-2025
S = "yemen-hays-wadi-nakhla-bridge-floods-2025"
FLOOD = "2025-08-26"                       # the floods of the evening of Tue 26 Aug 2025 in Hays; the Wadi Nakhla bridge swept away
VISIT = "2025-08-27"                       # the governor's field visit, his appeal and the local authority's toll, Wed 27 Aug 2025
art(S, "https://www.yemen-window.com/news/206531",
    "2025-08-27", "no date on the stored page; the body's 'أعلنت السلطات المحلية اليوم الاربعاء' for the toll announced on Wed 27 Aug 2025 (khabaragency1: the governor's appeal 'الأربعاء 27 أغسطس/آب 2025'; newsyemen of Thu 28 Aug) gives Wed 27 Aug 2025; the same text is on yemennownews; headline written from the body (the stored text has none); the last sentence, truncated in the list of villages, dropped", False, """
الحديدة: ست وفيات وانهيار جسر وادي نخلة جراء السيول
صورة مأساوية أخرى تأتي من محافظة الحديدة لتضاف إلى سلسلة الكوارث الطبيعية التي تتوالى على اليمن، إذ أعلنت السلطات المحلية اليوم الاربعاء وفاة ستة أشخاص، منهم طفلان ورجلان وحالتان لم تُعرف هويتهما بعد، بسبب السيول الجارفة والأمطار الغزيرة التي اجتاحت المناطق المحررة في المحافظة.
وتركت الكارثة دمارا واسعا أصاب 1205 أسرة بين أضرار كلية وجزئية في منازلها، إلى جانب نفوق ما يزيد على 100 رأس من الماشية، وتلف الممتلكات الشخصية والوثائق الرسمية، وجرف أدوات المعيشة وملابس الأسر كليا.
وفي تطور خطير، تسبب انهيار جسر وادي نخلة بالكامل في قطع الشريان الحيوي الذي يربط مدينة حيس بريفها، فتوقفت حركة المرور تماما ونشأت أزمة إنسانية حادة لدى السكان.
وأكد المحافظ الحسن طاهر، خلال زيارة ميدانية للمناطق المنكوبة، أن حجم الكارثة يتجاوز قدرات المحافظة بكثير، لافتا إلى أنه يتابع الوضع مباشرة ويعمل على حشد كل الجهود للإغاثة العاجلة.
ووجه المحافظ نداء استغاثة عاجلا إلى المنظمات الإنسانية والحكومة للتدخل فورا وتقديم المساعدات والإيواء للأسر المنكوبة، محذرا من أن أي تأخر في الاستجابة قد يقود إلى كارثة إنسانية أكبر.
""", [
    ev("toll-announced", "إذ أعلنت السلطات المحلية اليوم الاربعاء وفاة ستة أشخاص", VISIT, "'اليوم الاربعاء' = Wed 27 Aug 2025"),
    ev("floods-hays", "السيول الجارفة والأمطار الغزيرة التي اجتاحت المناطق المحررة في المحافظة", FLOOD, "no own expression; the floods of the evening of Tue 26 Aug 2025 (khabaragency1, al-manara, yemennownews: 'مساء الثلاثاء')"),
    ev("bridge-collapse", "تسبب انهيار جسر وادي نخلة بالكامل", FLOOD, "no own expression; the bridge was swept away by the floods of the evening of Tue 26 Aug 2025 (yemennownews: 'مساء الثلاثاء ... جرفت السيول العارمة جسر وادي نخلة')"),
    ev("governor-visit", "خلال زيارة ميدانية للمناطق المنكوبة", VISIT, "no own expression; the governor's visit of Wed 27 Aug 2025 (yemennownews: 'تفقد ... اليوم الأربعاء')"),
    ev("governor-appeal", "ووجه المحافظ نداء استغاثة عاجلا", VISIT, "no own expression; the appeal of 'الأربعاء 27 أغسطس/آب 2025' (khabaragency1)"),
])
art(S, "https://yemennownews.com/article/3079215",
    "2025-08-27", "no date on the stored page; the body's 'اليوم الأربعاء' for the governor's visit to the flooded villages of Hays, which took place on Wed 27 Aug 2025 (khabaragency1: 'الأربعاء 27 أغسطس/آب 2025'), gives Wed 27 Aug 2025; the Google News footer dropped; headline written from the body (the stored text has none)", False, """
محافظ الحديدة يتفقد القرى المتضررة من السيول في حيس
زار محافظ الحديدة الدكتور الحسن طاهر، اليوم الأربعاء، برفقة فريق خلية الأعمال الإنسانية وبتوجيه من نائب رئيس مجلس القيادة طارق صالح، القرى التي أصابتها السيول الجارفة في مديرية حيس، ووقف على حجم الأضرار التي لحقت بالسكان وممتلكاتهم.
وأبلغ الأهالي المحافظ وفريق الخلية بتسجيل أربع وفيات، منهم طفلان ورجلان، إلى جانب فقدان طفلين آخرين، علاوة على تدمير عشرات المنازل وانجراف مساحات كبيرة من المزارع والممتلكات.
وأوضح المحافظ أن السلطة المحلية وخلية الأعمال الإنسانية بدأتا حصر الأضرار والتنسيق لتدخل عاجل، مبينا أن حجم الكارثة أكبر من قدرات السلطة المحلية، ودعا المنظمات الإنسانية إلى التحرك سريعا لإنقاذ حياة الأسر المنكوبة وتقديم مساعدات إغاثية طارئة.
""", [
    ev("governor-visit", "زار محافظ الحديدة الدكتور الحسن طاهر، اليوم الأربعاء", VISIT, "'اليوم الأربعاء' = Wed 27 Aug 2025"),
    ev("floods-hays", "القرى التي أصابتها السيول الجارفة في مديرية حيس", FLOOD, "no own expression; the floods of the evening of Tue 26 Aug 2025 (khabaragency1: 'مساء الثلاثاء')"),
    ev("damage-count", "بدأتا حصر الأضرار والتنسيق لتدخل عاجل", VISIT, "no own expression; under way by the visit of Wed 27 Aug 2025 (the toll of 1205 families given that day)"),
    ev("governor-appeal", "ودعا المنظمات الإنسانية إلى التحرك سريعا", VISIT, "no own expression; the appeal made during the visit of Wed 27 Aug 2025"),
])
art(S, "https://newsyemen.net/new/101024",
    "2025-08-28", "the date line 'Thursday 28 August 2025 الساعة 06:59 pm' under the headline (a by-line, not kept in the text); the body's 'خلال اليومين الماضيين' for the floods of Tue 26 - Wed 27 Aug agrees; headline kept from the page; the last, truncated sentence dropped", True, """
الحديدة تطلق نداء استغاثة لمساعدة متضرري السيول
وجهت السلطة المحلية في محافظة الحديدة، غربي اليمن، نداء استغاثة عاجلا لمواجهة آثار السيول الجارفة التي ضربت عدة مناطق محررة في المحافظة خلال اليومين الماضيين، وخلفت خسائر بشرية ومادية فادحة، وسط تحذيرات من تفاقم معاناة مئات الأسر في ظل نقص الإمكانات اللازمة للإغاثة.
وأعلن محافظ الحديدة، الحسن طاهر، أن حصيلة الخسائر البشرية وصلت إلى ست وفيات بينهم طفلان، فضلا عن انهيار جسر وادي نخلة الحيوي الذي قطع الطريق الرابط بين مدينة حيس وريفها، فزاد من عزلة السكان ومن صعوبة إيصال المساعدات.
وبين أن قرابة 1205 أسر تضررت من الفيضانات بين هدم كلي وجزئي للمنازل، إضافة إلى نفوق ما يزيد على مائة رأس من الماشية وتلف ممتلكات ووثائق شخصية، بما يعمّق مأساة الأسر المنكوبة.
وطالب المحافظ، في بيان صحفي، الجهات الحكومية والمنظمات الإنسانية والدولية بتدخل سريع لإنقاذ المتضررين وتوفير المساعدات العاجلة، محذرا من تدهور الأوضاع إذا تأخرت الاستجابة، لا سيما مع الأضرار الواسعة التي أصابت البنية التحتية والممتلكات العامة والخاصة.
""", [
    ev("governor-appeal", "وجهت السلطة المحلية في محافظة الحديدة، غربي اليمن، نداء استغاثة عاجلا", VISIT, "no own expression; the appeal of 'الأربعاء 27 أغسطس/آب 2025' (khabaragency1), reported on Thu 28 Aug"),
    ev("floods-hays", "السيول الجارفة التي ضربت عدة مناطق محررة في المحافظة خلال اليومين الماضيين", FLOOD, "'خلال اليومين الماضيين' from Thu 28 Aug 2025 covers Tue 26 - Wed 27 Aug; the floods struck on the evening of Tue 26 Aug (khabaragency1: 'مساء الثلاثاء')"),
    ev("toll-announced", "أن حصيلة الخسائر البشرية وصلت إلى ست وفيات", VISIT, "no own expression; the toll of six dead announced on Wed 27 Aug 2025 (yemen-window: 'اليوم الاربعاء')"),
    ev("bridge-collapse", "انهيار جسر وادي نخلة الحيوي", FLOOD, "no own expression; swept away by the floods of the evening of Tue 26 Aug 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 635
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
