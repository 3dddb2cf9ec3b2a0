"""Builds stories.jsonl: the 316-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: ceasefires, truces and negotiation rounds: the US-Russian
"cessation of hostilities" in Syria (February 2016), the Turkish-Russian truce in Libya and the Moscow talks that
Haftar left without signing (January 2020), the Moscow summit on Idlib and its ceasefire (March 2020), the
seven-day Jeddah truce between the Sudanese army and the Rapid Support Forces (May 2023), and the first direct
Russian-Ukrainian talks in Istanbul, expected on Thursday and held on Friday (May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-cessation-of-hostilities-2016
S = "syria-cessation-of-hostilities-2016"
ANNOUNCE = "2016-02-22"                    # US-Russian joint statement and the Obama-Putin call, Mon 22 Feb 2016
TASKFORCE = "2016-02-26"                   # first meeting of the ceasefire task force in Geneva, Fri 26 Feb 2016
START = "2016-02-27"                       # the cessation begins at 00:00 Damascus time, Sat 27 Feb 2016
art(S, "http://alwasatnews.com/news/1082578.html",
    "2016-02-22", "full date in the body 'اليوم الاثنين (22 فبراير / شباط 2016)' (kept; 22 Feb 2016 was a Monday); headline written from the body (the stored text has none)", True, """
أوباما وبوتين يبحثان هاتفيا وقف الأعمال القتالية في سوريا
أفاد البيت الأبيض اليوم الاثنين (22 فبراير / شباط 2016) بأن الرئيس الأميركي باراك أوباما أجرى اتصالا بنظيره الروسي فلاديمير بوتين، بناء على طلب الأخير، تناول وقف الأعمال القتالية في سوريا.
وأوضح المتحدث باسم البيت الأبيض جوش ايرنست، خلال الإفادة اليومية للصحفيين، أن هذه الخطوة تمنح "فرصة سانحة" ستسعى الولايات المتحدة إلى اغتنامها، وإن كان تطبيقها صعبا.
وصدرت هذه التصريحات عقب الإعلان في وقت سابق اليوم عن خطة أميركية روسية لوقف الأعمال القتالية في سوريا يبدأ سريانه يوم السبت، ولا تشمل تنظيم الدولة الإسلامية ولا جبهة النصرة.
""", [
    ev("obama-putin-call", "أجرى اتصالا بنظيره الروسي فلاديمير بوتين", ANNOUNCE, "'اليوم الاثنين (22 فبراير / شباط 2016)' = Mon 22 Feb 2016"),
    ev("earnest-briefing", "خلال الإفادة اليومية للصحفيين", ANNOUNCE, "no own expression; the White House daily briefing of the same Mon 22 Feb 2016"),
    ev("us-russia-announcement", "الإعلان في وقت سابق اليوم عن خطة أميركية روسية", ANNOUNCE, "'في وقت سابق اليوم' = earlier on Mon 22 Feb 2016 (the joint US-Russian statement)"),
    ev("truce-start", "يبدأ سريانه يوم السبت", START, "'يوم السبت' after Mon 22 Feb = Sat 27 Feb 2016 (from 00:00 Damascus time)"),
])
art(S, "https://www.newlebanon.info/lebanon-now/250719/بدء-الاجتماع-الاول-لفريق-العمل-حول-وقف-اطلاق-النار-في-سوريا-بجنيف",
    "2016-02-26", "no date on the stored page; the body's 'قبل ساعات على سريان هدنة' and 'منتصف هذه الليلة بتوقيت دمشق (الجمعة 22،00 ت غ)', with the known start of the cessation at midnight 26/27 Feb 2016 (and the task force's first meeting in Geneva that Friday), give Fri 26 Feb 2016; headline kept from the page (URL slug); no date of its own in the text", False, """
انطلاق الاجتماع الأول لفريق العمل الخاص بوقف إطلاق النار في سوريا بجنيف
أعلنت الأمم المتحدة انطلاق أول اجتماع لفريق العمل المعني بوقف إطلاق النار في سوريا في جنيف، وذلك قبل ساعات على سريان هدنة قبلت بها جميع أطراف النزاع.
وسيناقش الاجتماع، الذي يحضره ممثلون عن 17 دولة من مجموعة الدعم الدولية لسوريا، آليات تنفيذ وقف إطلاق النار.
ومن المفترض، مبدئيا، أن تتوقف المعارك منتصف هذه الليلة بتوقيت دمشق (الجمعة 22،00 ت غ).
""", [
    ev("task-force-meeting", "انطلاق أول اجتماع لفريق العمل المعني بوقف إطلاق النار", TASKFORCE, "no own expression ('قبل ساعات على سريان هدنة'); the ceasefire task force's first meeting in Geneva on Fri 26 Feb 2016"),
    ev("truce-start", "أن تتوقف المعارك منتصف هذه الليلة بتوقيت دمشق", START, "'منتصف هذه الليلة بتوقيت دمشق (الجمعة 22،00 ت غ)' = 00:00 Sat 27 Feb 2016 Damascus time (22:00 GMT on Friday)"),
])
art(S, "http://www.alaraby.co.uk/politics/2016/2/27/%D8%A7%D9%84%D9%87%D8%AF%D9%86%D8%A9-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D9%87%D8%AF%D9%88%D8%A1-%D8%A8%D9%85%D8%B9%D8%B8%D9%85-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%B7%D9%82-%D8%B1%D8%BA%D9%85-%D8%AA%D8%B3%D8%AC%D9%8A%D9%84-%D8%AE%D8%B1%D9%88%D9%82%D8%A7%D8%AA",
    "2016-02-27", "page date line '27 فبراير 2016' (kept as second line; 27 Feb 2016 was a Saturday) and the date in the URL '/2016/2/27/'; the body's 'حتى ظهر اليوم السبت' agrees; headline kept from the page; the photo caption, the 'اقرأ أيضاً' link and the last, truncated paragraph (Homs) dropped", True, """
الهدنة في سورية: هدوء في أغلب المناطق مع تسجيل خروقات
27 فبراير 2016
سُجلت حتى ظهر اليوم السبت خروقات عدة ارتكبتها قوات النظام في بلدات تخضع لسيطرة المعارضة السورية، بينما غلب الهدوء الحذر على المشهد في معظم المناطق التي اعتادت اشتباكات أو قصفا مدفعيا وجويا شبه يومي، وذلك بعد مرور نحو اثنتي عشرة ساعة على بدء سريان الهدنة التي دخلت حيز التنفيذ عند الساعة الثانية عشر من منتصف الليل.
وفي ريف اللاذقية الشمالي، قال مدير المكتب الإعلامي في "تنسيقية اللاذقية" لـ"العربي الجديد" إن قوات النظام سعت إلى التقدم على محور تل البيضاء في جبل التركمان بعد بدء سريان الهدنة بنحو ساعتين، فاندلعت اشتباكات مع مقاتلي "الجيش الحر" الذين صدّوا الهجوم.
وأفاد الناشط الإعلامي أبو فيصل اللاذقاني بأن قائد لواء السلطان سليم الرابع، المنضوي في الفرقة الساحلية الثانية التابعة لـ"الجيش الحر"، لقي حتفه مع ثلاثة مقاتلين آخرين في هذا الهجوم، الذي عدّه خرقا صريحا من النظام للهدنة.
""", [
    ev("first-day-violations", "سُجلت حتى ظهر اليوم السبت خروقات عدة", START, "'حتى ظهر اليوم السبت' = Sat 27 Feb 2016"),
    ev("truce-start", "دخلت حيز التنفيذ عند الساعة الثانية عشر من منتصف الليل", START, "'عند الساعة الثانية عشر من منتصف الليل' = 00:00 Sat 27 Feb 2016 ('بعد مرور نحو اثنتي عشرة ساعة' before Saturday noon)"),
    ev("turkmen-mountain-attack", "سعت إلى التقدم على محور تل البيضاء", START, "'بعد بدء سريان الهدنة بنحو ساعتين' = about 02:00 Sat 27 Feb 2016"),
    ev("commander-killed", "لقي حتفه مع ثلاثة مقاتلين آخرين", START, "no own expression; killed in the same attack of the early hours of Sat 27 Feb 2016 (elaph: 'صباح اليوم')"),
])
art(S, "https://elaph.com/Web/News/2016/2/1074883.html",
    "2016-02-27", "month in the URL '/2016/2/'; the body's 'صباح اليوم السبت' with the known first day of the cessation (Sat 27 Feb 2016; the page's own last, truncated sentence says 'لليوم الأول - 27 شباط') gives Sat 27 Feb 2016; the byline 'علي الإبراهيم' and that last sentence dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
مقاتلات تقصف ريفي إدلب وحلب وخروقات في الغوطة بعد ساعات على بدء الهدنة
حلّقت عشرات الطائرات الحربية صباح اليوم السبت فوق ريفي إدلب وحلب في شمال سوريا، واستهدفت في أثناء تحليقها مستشفى الكنانة في ريف حلب الشمالي، فقُتل ثلاثة أشخاص.
وقبل ذلك بساعات، قُتل صباح اليوم القائد العسكري أكرم كوجاك، قائد لواء السلطان مراد الرابع المنضوي في الفرقة الثانية الساحلية التابعة للجيش السوري الحر، إثر محاولة قوات النظام التقدم نحو تلال البيضاء في جبل التركمان بريف اللاذقية شمال غربي سوريا.
وقال أبو زيد، القائد الميداني في جيش الإسلام، إن طائرات تابعة للأسد ألقت براميل متفجرة وأطلقت النار على مواقع الفصيل، اليوم السبت، في إطار انتهاكات كثيرة لاتفاق وقف الأعمال القتالية في الغوطة الشرقية المحاذية لدمشق، مضيفا أن قوات الأسد حاولت التقدم في إحدى المناطق فجرى صدّها بالرشاشات.
وأتت هذه الخروقات بعد ساعات من بدء الهدنة المعلنة بين فصائل المعارضة المسلحة وقوات النظام، وترافق التقدم مع قصف عنيف هزّ المنطقة وأوقع عددا من القتلى والجرحى بين المقاتلين.
ورأى المتحدث باسم اللواء، فادي الأحمد، في حديث لـ"إيلاف" أن الهدنة انهارت بعد الانتهاكات التي طالت الفصائل ومقتل عدد من مقاتليها.
""", [
    ev("kanana-hospital-strike", "واستهدفت في أثناء تحليقها مستشفى الكنانة", START, "'صباح اليوم السبت' = Sat 27 Feb 2016"),
    ev("commander-killed", "قُتل صباح اليوم القائد العسكري أكرم كوجاك", START, "'صباح اليوم' = Sat 27 Feb 2016 ('وقبل ذلك بساعات', before the air strikes)"),
    ev("turkmen-mountain-attack", "محاولة قوات النظام التقدم نحو تلال البيضاء", START, "no own expression; the attack of the early hours of Sat 27 Feb 2016 (alaraby: 'بعد بدء سريان الهدنة بنحو ساعتين')"),
    ev("ghouta-violations", "ألقت براميل متفجرة وأطلقت النار على مواقع الفصيل", START, "'اليوم السبت' = Sat 27 Feb 2016"),
    ev("truce-start", "بعد ساعات من بدء الهدنة المعلنة", START, "no own expression ('بعد ساعات من' dates the violations); the cessation began at 00:00 Sat 27 Feb 2016"),
])

# ---------------------------------------------------------------- libya-moscow-ceasefire-talks-2020
S = "libya-moscow-ceasefire-talks-2020"
CALL = "2020-01-08"                        # Erdogan and Putin's joint call for a Libyan ceasefire, Istanbul, Wed 8 Jan 2020
HAFTAR_OK = "2020-01-11"                   # al-Mismari's televised statement accepting the truce, Sat 11 Jan 2020 (evening)
START = "2020-01-12"                       # the truce from 00:00/00:01 Sun 12 Jan 2020
TALKS = "2020-01-13"                       # the Moscow talks, Mon 13 Jan 2020
LEFT = ("2020-01-13", "2020-01-15")        # Haftar left Moscow late on Mon 13 / in the night to Tue 14 Jan (reported Tue 14)
OFFENSIVE = "2019-04-04"                   # Haftar's offensive on Tripoli began Thu 4 Apr 2019
art(S, "https://royanews.tv/news/202470",
    "2020-01-12", "page stamp 'نشر: 2020-01-12 15:39' (kept as second line; 12 Jan 2020 was a Sunday); the body's 'الأحد' agrees; headline kept from the page; the section tag, the photo caption and the last, truncated sentence (monitoring committees) dropped", True, """
وقف هش لإطلاق النار في ليبيا بعد أشهر من المعارك
نشر: 2020-01-12 15:39
بدأ تطبيق اتفاق لوقف إطلاق النار في ليبيا الأحد بعد أشهر من المعارك عند أبواب طرابلس، استجابةً لمبادرة من أنقرة وموسكو وعقب مباحثات دبلوماسية مكثفة فرضها الخوف من زيادة تدويل النزاع.
وكان المشير خليفة حفتر، الرجل النافذ في شرق ليبيا الساعي منذ نيسان/ابريل إلى السيطرة على طرابلس، قد أعلن قبوله الاتفاق قبيل دخوله حيز التنفيذ منتصف ليل السبت الأحد.
وبعد عدة ساعات، أبدى فايز السراج، رئيس حكومة الوفاق الوطني، موافقته هو الآخر على وقف إطلاق النار، مؤكدا في الوقت نفسه "الحق المشروع" لقوات حكومته في "الرّد على أي هجوم أو عدوان".
ورحبت بعثة الأمم المتحدة بالإعلانين، ودعت الأطراف إلى "إفساح المجال أمام الجهود السلمية لمعالجة جميع الخلافات عبر حوار ليبي-ليبي".
وبعد منتصف الليل بوقت قصير، دوّى قصف مدفعي وسط طرابلس، ثم ساد هدوء حذر الضواحي الجنوبية للعاصمة التي تشهد منذ عدة أشهر مواجهات بين القوات الحكومية والقوات الموالية لحفتر.
""", [
    ev("ceasefire-start", "بدأ تطبيق اتفاق لوقف إطلاق النار في ليبيا الأحد", START, "'الأحد' = Sun 12 Jan 2020 (from midnight Saturday/Sunday)"),
    ev("turkey-russia-initiative", "استجابةً لمبادرة من أنقرة وموسكو", CALL, "no own expression; Erdogan and Putin's joint call for a ceasefire, made in Istanbul on Wed 8 Jan 2020"),
    ev("haftar-offensive", "الساعي منذ نيسان/ابريل إلى السيطرة على طرابلس", OFFENSIVE, "'منذ نيسان/ابريل' = since April 2019; the offensive on Tripoli began on 4 Apr 2019"),
    ev("haftar-accepts", "قد أعلن قبوله الاتفاق قبيل دخوله حيز التنفيذ", HAFTAR_OK, "'قبيل ... منتصف ليل السبت الأحد' = late on Sat 11 Jan 2020 (al-Mismari's televised statement)"),
    ev("sarraj-accepts", "أبدى فايز السراج، رئيس حكومة الوفاق الوطني، موافقته", START, "'وبعد عدة ساعات' after Haftar's Saturday-night statement = the small hours of Sun 12 Jan 2020"),
    ev("tripoli-artillery", "دوّى قصف مدفعي وسط طرابلس", START, "'وبعد منتصف الليل بوقت قصير' = just after 00:00 Sun 12 Jan 2020"),
])
art(S, "https://www.kolalwatn.net/news365923",
    "2020-01-13", "page stamp '2020-01-13T13:58:20+03:00' and date line '13 يناير 2020' (kept as second line; 13 Jan 2020 was a Monday); the body's 'لليوم الثاني على التوالي' agrees; headline kept from the page (without ' صور '); the byline, the photo file name and the last, truncated sentence dropped", True, """
ليبيا.. هدوء حذر في طرابلس خلال ثاني أيام الهدنة
13 يناير 2020
طرابلس/ الأناضول: يخيّم هدوء حذر على خطوط المواجهة في العاصمة الليبية طرابلس لليوم الثاني على التوالي، عقب دعوة الرئيسين التركي رجب طيب أردوغان والروسي فلاديمير بوتين الأطراف الليبية إلى وقف إطلاق النار اعتبارا من منتصف ليل الأحد.
ولأول مرة التزمت الأطراف المتنازعة في ليبيا بوقف إطلاق النار، بعد 10 أشهر من الهجوم الذي شنته ميليشيات اللواء المتقاعد خليفة حفتر على طرابلس سعيا للاستيلاء عليها.
وبعد مرور 36 ساعة على بدء سريان وقف إطلاق النار، تبادلت الأطراف الاتهامات بخرق الاتفاق.
إذ أفادت قوات تابعة لحكومة الوفاق الوطني الليبي بمقتل مدني برصاص ميليشيات حفتر في منطقة "عين زارا" جنوب شرقي طرابلس.
وتابعت الأناضول الوضع الميداني في منطقة صلاح الدين، إحدى أكثر مناطق العاصمة طرابلس التي شهدت اشتباكات.
""", [
    ev("second-day-calm", "يخيّم هدوء حذر على خطوط المواجهة", TALKS, "'لليوم الثاني على التوالي' of a truce begun on Sun 12 = Mon 13 Jan 2020"),
    ev("turkey-russia-initiative", "عقب دعوة الرئيسين التركي رجب طيب أردوغان والروسي", CALL, "no own expression; the joint call made in Istanbul on Wed 8 Jan 2020"),
    ev("ceasefire-start", "وقف إطلاق النار اعتبارا من منتصف ليل الأحد", START, "'اعتبارا من منتصف ليل الأحد' = from 00:00 Sun 12 Jan 2020"),
    ev("haftar-offensive", "بعد 10 أشهر من الهجوم الذي شنته ميليشيات", OFFENSIVE, "'بعد 10 أشهر' (rounded) = the offensive launched on 4 Apr 2019"),
    ev("mutual-accusations", "تبادلت الأطراف الاتهامات بخرق الاتفاق", TALKS, "'وبعد مرور 36 ساعة على بدء سريان' from 00:00 Sun 12 = about noon Mon 13 Jan 2020"),
])
art(S, "https://nn.najah.edu/news/Arab_international/2020/01/14/282437/",
    "2020-01-14", "date in the URL '/2020/01/14/' (14 Jan 2020 was a Tuesday); the body's 'أمس' for Lavrov's press conference of Mon 13 Jan agrees; the source tag 'النجاح -' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
حفتر يغادر موسكو من دون توقيع اتفاق وقف إطلاق النار
غادر اللواء المتقاعد خليفة حفتر العاصمة الروسية موسكو، يرافقه رئيس مجلس النواب عقيلة صالح، دون أن يضع توقيعه على اتفاق وقف اطلاق النار.
وأبلغ حفتر الجانب الروسي بأن توقيعه الاتفاق مع حكومة الوفاق يعني اعترافه بها.
ورأى أن الاتفاق يصب في مصلحة السياسة التركية الساعية إلى إضفاء الشرعية على مذكرتي التفاهم البحرية والأمنية اللتين وقعتهما أنقرة مع الحكومة.
وأتى قرار حفتر رفض التوقيع على الاتفاق، الذي دُعي إليه بتنسيق روسي تركي، بعد اتصالات مكثفة على مدار نحو خمس ساعات مع مسؤولين كبار.
وكان وزير الخارجية الروسي سيرجي لافروف قد أعلن أمس، في مؤتمر صحافي مشترك مع نظيره التركي جاووش أوغلو، أن رئيس حكومة الوفاق فايز السراج ورئيس المجلس الأعلى للدولة خالد المشري وقّعا اتفاقا مبدئيا لوقف إطلاق النار، بينما طلب حفتر مهلة حتى صباح الثلاثاء، قبل أن يرحل في ساعة متأخرة من مساء الاثنين دون أن يوقع.
""", [
    ev("haftar-leaves", "غادر اللواء المتقاعد خليفة حفتر العاصمة الروسية موسكو", LEFT[0], "no own expression here ('في ساعة متأخرة من مساء الاثنين' later in the text); he left late on Mon 13 Jan or in the night to Tue 14 Jan 2020, reported on Tue 14 (my span 13-14 Jan)", end=LEFT[1]),
    ev("moscow-talks", "بعد اتصالات مكثفة على مدار نحو خمس ساعات", TALKS, "no own expression; the talks held in Moscow on Mon 13 Jan 2020"),
    ev("lavrov-presser", "في مؤتمر صحافي مشترك مع نظيره التركي", TALKS, "'أمس' from Tue 14 = Mon 13 Jan 2020"),
    ev("sarraj-signs", "وقّعا اتفاقا مبدئيا لوقف إطلاق النار", TALKS, "no own expression; signed in Moscow on Mon 13 Jan 2020 (announced by Lavrov 'أمس')"),
    ev("haftar-asks-time", "طلب حفتر مهلة حتى صباح الثلاثاء", TALKS, "the request made on Mon 13 Jan 2020; 'حتى صباح الثلاثاء' = until the morning of Tue 14 Jan"),
])
art(S, "https://maghress.com/febrayer/702592",
    "2020-01-14", "no date on the stored page; the body's 'اليوم الثلاثاء' with 'الاثنين 13 يناير 2020' and 'أمس' for the Monday talks and Lavrov's statement gives Tue 14 Jan 2020; headline written from the body (the stored text has none); no date of its own in the text (only the previous day's)", False, """
أردوغان يتوعد حفتر بـ«درس» بعد مغادرته موسكو
أكد الرئيس التركي رجب طيب أردوغان، اليوم الثلاثاء، أن بلاده لن تتردد في « تلقين » خليفة حفتر، قائد قوات شرق ليبيا، « درسا » إن استمر في مهاجمة حكومة الوفاق الليبية المعترف بها دوليا.
وقال أردوغان في كلمته إن « حفتر الانقلابي فر هاربا » من موسكو، بعد أن فشلت المحادثات التي جرت يوم الاثنين بينه وبين فائز السراج، رئيس وزراء الحكومة المعترف بها دوليا التي تتخذ من طرابلس مقرا، في حمله على وقف إطلاق النار وإنهاء الصراع القائم بين الطرفين منذ تسعة أشهر.
وكانت وزارة الخارجية الروسية قد أعلنت الاثنين 13 يناير 2020 أن فايز السراج، رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية، سيجري محادثات في روسيا مع المشير خليفة حفتر، قائد ما يسمى « الجيش الوطني الليبي ».
وفي المقابل، ذكرت وسائل إعلام روسية أن حفتر غادر موسكو دون أن يوقع اتفاق وقف إطلاق النار مع حكومة الوفاق.
وأوضح وزير الخارجية الروسي سيرغي لافروف، أمس، أن حكومة السراج وقعت على الاتفاق، في حين طلب حفتر مزيدا من الوقت لدراسة المقترح.
""", [
    ev("erdogan-threat", "لن تتردد في « تلقين » خليفة حفتر", "2020-01-14", "'اليوم الثلاثاء' = Tue 14 Jan 2020"),
    ev("moscow-talks", "المحادثات التي جرت يوم الاثنين بينه وبين فائز السراج", TALKS, "'يوم الاثنين' = Mon 13 Jan 2020"),
    ev("haftar-offensive", "الصراع القائم بين الطرفين منذ تسعة أشهر", OFFENSIVE, "'منذ تسعة أشهر' from Jan 2020 = the offensive launched on 4 Apr 2019"),
    ev("russia-mfa-announces-talks", "وكانت وزارة الخارجية الروسية قد أعلنت الاثنين 13 يناير 2020", TALKS, "'الاثنين 13 يناير 2020' (a Monday)"),
    ev("haftar-leaves", "حفتر غادر موسكو دون أن يوقع", LEFT[0], "no own expression; late on Mon 13 Jan or in the night to Tue 14 Jan 2020 (my span 13-14 Jan)", end=LEFT[1]),
    ev("lavrov-presser", "وأوضح وزير الخارجية الروسي سيرغي لافروف، أمس", TALKS, "'أمس' from Tue 14 = Mon 13 Jan 2020"),
])

# ---------------------------------------------------------------- syria-idlib-moscow-ceasefire-2020
S = "syria-idlib-moscow-ceasefire-2020"
SUMMIT = "2020-03-05"                      # Putin-Erdogan summit in Moscow and the additional protocol, Thu 5 Mar 2020
START = "2020-03-06"                       # the ceasefire from 00:01 Fri 6 Mar 2020
SOCHI = "2018-09-17"                       # the Sochi memorandum on Idlib, 17 Sep 2018
art(S, "https://www.alchourouk.com/node/100984",
    "2020-03-05", "page stamp 'تاريخ النشر : 20:12 - 2020/03/05' (kept as second line; 5 Mar 2020 was a Thursday); the body's 'اليوم الخميس' agrees; headline kept from the page; the last, truncated sentence shortened to its complete part", True, """
نص خطة بوتين وأردوغان لتسوية الوضع في إدلب
تاريخ النشر : 20:12 - 2020/03/05
أقر الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان، اليوم الخميس، وثيقة مشتركة تتضمن جملة من النقاط لتسوية الأوضاع في إدلب السورية، من بينها وقف لإطلاق النار وإقامة ممر آمن.
وجاء في الوثيقة، التي حملت اسم "البرتوكول الإضافي للمذكرة حول إرساء الاستقرار في منطقة إدلب لخفض التصعيد والمؤرخة بيوم 17 سبتمبر 2018"، والتي قرأها وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود تشاووش أغلو، أن البلدين يؤكدان التزامهما باستقلال سوريا ووحدتها وسلامة أراضيها، وعزمهما على محاربة الإرهاب بكل أشكاله والقضاء على التنظيمات التي صنفها مجلس الأمن الدولي إرهابية، مع اتفاقهما على أن استهداف المدنيين والبنية التحتية المدنية لا تبرره أي ذريعة.
وأكد البلدان في الوثيقة أنه "لا حل عسكريا للنزاع السوري"، وأن تسويته لا تكون إلا عبر عملية سياسية يقودها السوريون وينفذونها بأنفسهم بدعم من الأمم المتحدة وفق القرار 2254 لمجلس الأمن الدولي.
كما شدد الجانبان على أهمية الحيلولة دون التدهور اللاحق للأوضاع الإنسانية وضمان حماية المدنيين.
""", [
    ev("joint-document", "أقر الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان، اليوم الخميس", SUMMIT, "'اليوم الخميس' = Thu 5 Mar 2020"),
    ev("sochi-memorandum", "للمذكرة حول إرساء الاستقرار في منطقة إدلب لخفض التصعيد والمؤرخة بيوم 17 سبتمبر 2018", SOCHI, "'بيوم 17 سبتمبر 2018' (the Sochi memorandum)"),
    ev("protocol-read", "والتي قرأها وزيرا الخارجية", SUMMIT, "no own expression; read out by the two foreign ministers after the summit of Thu 5 Mar 2020"),
])
art(S, "https://m2.youm7.com/story/2020/3/6/اتفاق-وقف-إطلاق-النار-فى-إدلب-يدخل-حيز-النفاذ/4659456",
    "2020-03-06", "date in the URL '/2020/3/6/' (6 Mar 2020 was a Friday); headline rendered from the URL slug; the comment-form line dropped; no date of its own in the text ('الخميس' only)", False, """
اتفاق وقف إطلاق النار في إدلب يدخل حيز النفاذ
بدأ سريان نظام وقف إطلاق النار في منطقة خفض التصعيد بإدلب السورية، والذي اتفق عليه الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان الخميس.
وكانت روسيا وتركيا قد وقعتا، الخميس، وثيقة مشتركة تتضمن عدة نقاط لتسوية الأوضاع في إدلب، من بينها وقف لإطلاق النار وإقامة ممر آمن.
وكان بوتين قد صرح، خلال لقائه أردوغان في موسكو، بأن التوتر في إدلب بلغ حدا يستوجب تدخلا مباشرا من البلدين.
وأضاف بوتين أن الوضع في إدلب يحتاج إلى نقاش شامل كي لا تتكرر الأحداث الأخيرة التي من شأنها الإضرار بالعلاقات بين البلدين.
""", [
    ev("ceasefire-start", "بدأ سريان نظام وقف إطلاق النار في منطقة خفض التصعيد", START, "no own expression; the ceasefire began at 00:01 on Fri 6 Mar 2020"),
    ev("moscow-summit", "والذي اتفق عليه الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان الخميس", SUMMIT, "'الخميس' = Thu 5 Mar 2020"),
    ev("joint-document", "وكانت روسيا وتركيا قد وقعتا، الخميس، وثيقة مشتركة", SUMMIT, "'الخميس' = Thu 5 Mar 2020"),
    ev("putin-remarks", "وكان بوتين قد صرح، خلال لقائه أردوغان في موسكو", SUMMIT, "no own expression; at the meeting in Moscow on Thu 5 Mar 2020"),
])
art(S, "https://sauress.com/almadina/1675962",
    "2020-03-06", "no date on the stored page (an aggregator copy of al-Madina); the body's 'أمس الخميس' for the Moscow summit (Thu 5 Mar 2020) and 'فجر اليوم الجمعة' for the start of the ceasefire give Fri 6 Mar 2020; headline written from the body (the stored text has none); the last, truncated quote dropped; no date of its own in the text", False, """
بوتين وأردوغان يتفقان على وقف لإطلاق النار في شمال سوريا
أعلن الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، إثر قمتهما في موسكو أمس الخميس، التوصل إلى اتفاق على وقف لإطلاق النار في شمال سوريا ابتداءً من فجر اليوم الجمعة.
وقال أردوغان إن وقف إطلاق النار في منطقة إدلب سيدخل حيز التنفيذ فجر الجمعة، وإن تركيا ستعمل مع روسيا لجعله دائمًا.
وأضاف أردوغان، وهو يقف إلى جانب بوتين بعد ساعات من المحادثات في موسكو، أن بلاده تحتفظ بحق الرد على أي هجمات تشنها قوات النظام السوري في المنطقة، معتبرا أن «التعاون مع روسيا غير مسبوق» وأنه أتاح تجاوز الخلافات الكبيرة حول إدلب.
واتهم أردوغان النظام السوري بانتهاك اتفاق سوتشي المبرم بين روسيا وتركيا، مؤكدًا أن «أحداثًا مأساوية» وقعت بسبب هجمات قواته قرب إدلب، وتعهد بتسهيل عودة اللاجئين إلى مناطقهم في إدلب.
من جهته، قال بوتين إنه اتفق مع أردوغان على صيغة يأمل أن تفضي إلى وقف العمليات العسكرية في محافظة إدلب، مشيرا إلى أن محادثاتهما استمرت أكثر من 6 ساعات، وأن العلاقات الرفيعة مع تركيا سمحت بتجاوز الخلافات رغم أن البلدين لا يتفقان دائمًا بشأن سوريا.
""", [
    ev("moscow-summit", "إثر قمتهما في موسكو أمس الخميس", SUMMIT, "'أمس الخميس' from Fri 6 = Thu 5 Mar 2020"),
    ev("ceasefire-start", "وقف لإطلاق النار في شمال سوريا ابتداءً من فجر اليوم الجمعة", START, "'ابتداءً من فجر اليوم الجمعة' = Fri 6 Mar 2020 (from 00:01)"),
    ev("erdogan-right-to-respond", "أن بلاده تحتفظ بحق الرد", SUMMIT, "no own expression; at the joint press appearance after the talks of Thu 5 Mar 2020 ('بعد ساعات من المحادثات')"),
    ev("sochi-memorandum", "اتفاق سوتشي المبرم بين روسيا وتركيا", SOCHI, "no own expression; the Sochi memorandum of 17 Sep 2018"),
])
art(S, "https://jisrtv.com/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%ac%d8%b3%d8%b1/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a%d8%a9/%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%a3%d8%b3%d8%af-%d8%aa%d9%86%d8%b3%d9%81-%d8%a7%d8%aa%d9%81%d8%a7%d9%82-%d8%a7%d9%84%d9%87%d8%af%d9%86%d8%a9-%d9%88%d8%aa%d8%b3%d9%8a%d8%b7%d8%b1-%d8%b9%d9%84%d9%89-%d9%82%d8%b1%d9%8a%d8%a9-%d8%ac%d9%86%d9%88%d8%a8-%d8%a5%d8%af%d9%84%d8%a8/",
    "2020-03-07", "page date line 'السبت 2020/03/07' (kept as second line; 7 Mar 2020 was a Saturday); the body's 'اليوم السبت' and 'الخميس الماضي' agree; headline kept from the page", True, """
قوات الأسد تنسف "الهدنة" وتستولي على قرية جنوب إدلب
السبت 2020/03/07
شهدت محافظة إدلب، اليوم السبت، أوسع خروقات نظام الأسد لوقف إطلاق النار الذي أعلنته أنقرة وموسكو في شمال غرب سوريا.
وأفاد مراسل الجسر بأن قوات الأسد، بدعم من المليشيات الطائفية، بسطت سيطرتها على قرية "معرة موقص" القريبة من مدينة كفرنبل جنوب إدلب، إثر اشتباكات مع كتائب الثوار.
ولم تتوقف قوات النظام عن قصف قرى وبلدات محررة في محافظة إدلب منذ قرار وقف إطلاق النار ليل الخميس الجمعة.
وكان الرئيسان التركي والروسي قد أعلنا الخميس الماضي وقفا شاملا لإطلاق النار في شمال غرب سوريا عقب محادثات مطولة بينهما، في حين أكد مراقبون أن النظام لم يلتزم بالهدنة منذ دخولها حيز التنفيذ.
""", [
    ev("saturday-violations", "أوسع خروقات نظام الأسد لوقف إطلاق النار", "2020-03-07", "'اليوم السبت' = Sat 7 Mar 2020"),
    ev("maarat-mouqas-capture", "بسطت سيطرتها على قرية \"معرة موقص\"", "2020-03-07", "no own expression; the capture reported on Sat 7 Mar 2020 ('اليوم السبت' in the lead)"),
    ev("continued-shelling", "ولم تتوقف قوات النظام عن قصف قرى وبلدات محررة", START, "'منذ قرار وقف إطلاق النار ليل الخميس الجمعة' = from Fri 6 Mar 2020 to the day of the report, Sat 7 Mar", end="2020-03-08"),
    ev("ceasefire-start", "منذ قرار وقف إطلاق النار ليل الخميس الجمعة", START, "'ليل الخميس الجمعة' = the night of Thu 5 / Fri 6 Mar 2020 (from 00:01 Fri 6 Mar)"),
    ev("moscow-summit", "قد أعلنا الخميس الماضي وقفا شاملا لإطلاق النار", SUMMIT, "'الخميس الماضي' from Sat 7 = Thu 5 Mar 2020"),
])

# ---------------------------------------------------------------- sudan-jeddah-week-truce-2023
S = "sudan-jeddah-week-truce-2023"
SIGN = "2023-05-20"                        # the short-term ceasefire signed in Jeddah, Sat 20 May 2023 (evening)
ANNOUNCED = ("2023-05-20", "2023-05-22")   # the Saudi-US announcement, late Sat 20 May (reported as 'اليوم الأحد' 21 May)
START = "2023-05-22"                       # in force from 21:45 Khartoum time, Mon 22 May 2023
WEEK = ("2023-05-22", "2023-05-30")        # the seven days, 22 May 21:45 to 29 May 21:45
END = "2023-05-29"                         # the week ends Mon 29 May 2023 at 21:45
WAR = "2023-04-15"                         # the war began Sat 15 Apr 2023
art(S, "https://www.alsumaria.tv/news/%D8%AF%D9%88%D9%84%D9%8A%D8%A7%D8%AA/456582/%D9%87%D8%AF%D9%86%D8%A9-%D8%B7%D8%B1%D9%81%D9%8A-%D9%86%D8%B2%D8%A7%D8%B9-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%AA%D8%B1%D8%AD%D9%8A%D8%A8-%D9%85%D8%AD%D9%84%D9%8A-%D9%88%D8%AF%D8%B9%D9%88%D8%A7%D8%AA-%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D9%84%D8%A5",
    "2023-05-21", "page stamp '2023-05-21 | 00:17' (kept as second line; 21 May 2023 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page; the channel tag 'Alsumaria Tv', the author link, the section line 'السومرية نيوز – دوليات' and the last, truncated quote of the Saudi statement dropped", True, """
هدنة طرفي "نزاع" السودان.. ترحيب في الداخل ودعوات من الخارج لإسكات المدافع
2023-05-21 | 00:17
أبدت قوى الحرية والتغيير في السودان، اليوم الأحد، ترحيبها باتفاق وقف إطلاق النار الموقع بين طرفي الصراع، فيما طالب وزير الخارجية الأميركي أنتوني بلينكن باحترام الهدنة.
وقالت قوى الحرية والتغيير في بيان إنها تدعو إلى "الالتزام الكامل بإعلان مبادئ جدة وباتفاق وقف إطلاق النار قصير الأمد والترتيبات الإنسانية"، معربة عن أملها في أن يكون الاتفاق "خطوة أخرى إلى الأمام" نحو الوقف الكامل لهذه الحرب.
وكتب بلينكن في تغريدة على "تويتر" أن الوقت قد حان "لإسكات المدافع والسماح بوصول المساعدات الإنسانية دون عوائق"، مناشدا الطرفين التمسك بالاتفاق لأن "أنظار العالم تراقب".
وكانت الخارجية السعودية قد أعلنت اليوم الأحد توقيع ممثلي القوات المسلحة السودانية وقوات الدعم السريع اتفاقية لوقف إطلاق النار في مدينة جدة.
""", [
    ev("ffc-welcome", "أبدت قوى الحرية والتغيير في السودان، اليوم الأحد، ترحيبها", "2023-05-21", "'اليوم الأحد' = Sun 21 May 2023"),
    ev("blinken-tweet", "وكتب بلينكن في تغريدة", ANNOUNCED[0], "no own expression; the tweet that followed the announcement of late Sat 20 May 2023 (my span 20-21 May)", end=ANNOUNCED[1]),
    ev("signing-announced", "وكانت الخارجية السعودية قد أعلنت اليوم الأحد", ANNOUNCED[0], "'اليوم الأحد' (Sun 21 May 2023); the joint Saudi-US statement went out late on Sat 20 May, minutes before this 00:17 stamp (my span 20-21 May)", end=ANNOUNCED[1]),
    ev("jeddah-signing", "توقيع ممثلي القوات المسلحة السودانية وقوات الدعم السريع اتفاقية", SIGN, "no own expression; signed in Jeddah on Sat 20 May 2023 (the army's statement: 'مساء أمس ... بتاريخ 20 مايو')"),
])
art(S, "https://arabicradio.ir/news/161860",
    "2023-05-21", "no date on the stored page; the body's 'مساء أمس' and 'أمس السبت' for the signing of Sat 20 May 2023 and 'يوم غدا الاثنين الموافق 22 مايو 2023' give Sun 21 May 2023; the stored text begins in mid-article: headline written from the body; no date of its own in the text", False, """
الجيش السوداني: هدنة الأيام السبعة تبدأ مساء الاثنين
قالت القوات المسلحة السودانية، في بيان رسمي نشرته على صفحتها في مواقع التواصل، إنها "تقديرا لجهود الوساطة السعودية والأمريكية، وتخفيفا على المواطنين من تداعيات التمرد، وتسهيلا لأوضاعهم الإنسانية والمعيشية" وقّعت في جدة مساء أمس اتفاقا لوقف إطلاق النار قصير الأمد والترتيبات الإنسانية مع "المليشيا المتمردة" بتاريخ 20 مايو/ أيار 2023 بمدينة جدة.
وأضاف البيان أن وقف إطلاق النار قصير المدى يستمر 7 أيام، ويبدأ سريانه يوم غدا الاثنين الموافق 22 مايو 2023، في تمام الساعة التاسعة وخمس وأربعين دقيقة مساء.
وأوضحت القيادة العامة للقوات المسلحة أن الاتفاق "يقتصر على الجوانب العسكرية والفنية" لترتيبات وقف إطلاق النار المؤقت، وعلى إجراءات حرية تنقل المدنيين وحمايتهم من العنف والانتهاكات المنسوبة إلى المليشيا منذ بداية اندلاع التمرد، إضافة إلى إخلاء المستشفيات وصيانة مرافق الخدمات، "دون التطرق لمناقشة أي أوضاع سياسية".
ووقّع الجيش وقوات الدعم السريع، أمس السبت، اتفاقا ينص على وقف قصير الأمد لإطلاق النار لمدة 7 أيام قابلة للتجديد، يبدأ بعد انقضاء فترة 48 ساعة.
""", [
    ev("jeddah-signing", "وقّعت في جدة مساء أمس اتفاقا لوقف إطلاق النار", SIGN, "'مساء أمس' from Sun 21 = Sat 20 May 2023 ('بتاريخ 20 مايو/ أيار 2023')"),
    ev("truce-start", "ويبدأ سريانه يوم غدا الاثنين الموافق 22 مايو 2023", START, "'يوم غدا الاثنين الموافق 22 مايو 2023' (a Monday), at 21:45"),
    ev("truce-week", "يستمر 7 أيام", WEEK[0], "'7 أيام' from 21:45 Mon 22 May = to 21:45 Mon 29 May 2023", end=WEEK[1]),
    ev("war-outbreak", "منذ بداية اندلاع التمرد", WAR, "'منذ بداية اندلاع التمرد' = since the outbreak of the war on Sat 15 Apr 2023"),
])
art(S, "https://mubasher.aljazeera.net/news/2023/5/25/%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D9%82%D8%AA%D8%A7%D9%84-%D9%8A%D9%87%D8%AF%D8%AF-%D8%A7%D9%84%D9%87%D8%AF%D9%86%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86",
    "2023-05-25", "date in the URL '/2023/5/25/' (25 May 2023 was a Thursday; the stored stamp 'date 2023-05' agrees); the body's 'اليوم الخميس' agrees; headline rendered from the URL slug; the embedded tweet dropped; no date of its own in the text", False, """
استمرار القتال يهدد الهدنة في السودان
استمرت الاشتباكات بين الجيش السوداني وقوات الدعم السريع اليوم الخميس، فبددت الهدوء النسبي الذي عرفته العاصمة الخرطوم، فيما أعلنت نقابة أطباء السودان أن حصيلة القتلى المدنيين ارتفعت إلى 865 شخصا.
وجاء وقف إطلاق النار، الذي تشرف على مراقبته السعودية والولايات المتحدة إلى جانب الطرفين المتحاربين، بعد معارك استمرت 5 أسابيع في الخرطوم وأعمال عنف امتدت إلى مناطق أخرى من السودان، بينها إقليم دارفور في غرب البلاد.
وتراشق طرفا النزاع الاتهامات بخرق الهدنة وانتهاك وقف إطلاق النار المتفق عليه في جدة بوساطة أمريكية سعودية، والذي دخل حيز التنفيذ مساء الاثنين.
وكان الوسيطان الأمريكي والسعودي قد أعلنا، بعد أسبوعين من المفاوضات، التوصل إلى هدنة تعهد الجيش وقوات الدعم السريع باحترامها، ثم أفادا بأن "القتال في الخرطوم بدا أقل حدة، لكن المعلومات تفيد أنهما انتهكا" الهدنة منذ بدء سريانها رسميا.
وبعث وزير الخارجية الأمريكي أنتوني بلينكن رسالة إلى السودانيين غداة توقيع اتفاق جدة، حذّر فيها من أنه "إذا تم انتهاك وقف إطلاق النار، فسنعرف، وسنحاسب المخالفين" عبر العقوبات ووسائل أخرى.
""", [
    ev("thursday-clashes", "استمرت الاشتباكات بين الجيش السوداني وقوات الدعم السريع اليوم الخميس", "2023-05-25", "'اليوم الخميس' = Thu 25 May 2023"),
    ev("truce-violations", "وتراشق طرفا النزاع الاتهامات بخرق الهدنة", START, "no own expression; the accusations since the truce began on Mon 22 May, up to Thu 25 May 2023 (my span)", end="2023-05-26"),
    ev("truce-start", "والذي دخل حيز التنفيذ مساء الاثنين", START, "'مساء الاثنين' = Mon 22 May 2023 (21:45)"),
    ev("signing-announced", "قد أعلنا، بعد أسبوعين من المفاوضات، التوصل إلى هدنة", ANNOUNCED[0], "no own day ('بعد أسبوعين من المفاوضات' begun on 6 May); the announcement of late Sat 20 May 2023 (my span 20-21 May)", end=ANNOUNCED[1]),
    ev("blinken-message", "وبعث وزير الخارجية الأمريكي أنتوني بلينكن رسالة", "2023-05-21", "'غداة توقيع اتفاق جدة' = the day after Sat 20 May = Sun 21 May 2023 (the video message may have been posted a day later)", end="2023-05-23"),
])
art(S, "https://www.alchourouk.com/index.php/article/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D9%83%D8%AB%D9%8A%D9%81%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%AE%D8%B1%D8%B7%D9%88%D9%85-%C2%A0%D9%82%D8%A8%D9%8A%D9%84-%D8%A7%D9%86%D8%AA%D9%87%D8%A7%D8%A1-%D8%A3%D8%B3%D8%A8%D9%88%D8%B9-%D8%A7%D9%84%D9%87%D8%AF%D9%86%D8%A9",
    "2023-05-29", "page stamp 'تاريخ النشر : 11:06 - 2023/05/29' (kept as second line; 29 May 2023 was a Monday); the body's 'اليوم الاثنين 29 ماي 2023' agrees; headline kept from the page (printed twice, kept once); the comment widget and the 'في نفس السياق' links dropped", True, """
السودان.. معارك عنيفة في الخرطوم قبيل انقضاء أسبوع الهدنة
تاريخ النشر : 11:06 - 2023/05/29
أفاد سكان في الخرطوم، وفق ''رويترز''، بأنهم سمعوا دوي اشتباكات عنيفة ومتواصلة اليوم الاثنين 29 ماي 2023 في أنحاء من المدينة، قبل ساعات من انتهاء اتفاق الهدنة الهش، الذي جلب قدرا من الهدوء إلى الصراع المستمر منذ ستة أسابيع ولم يسمح إلا بدخول القليل من المساعدات الإنسانية.
وتواصلت الاشتباكات من أمس الأحد وحتى اليوم في جنوب أم درمان وغربها، وهي إحدى المدن الثلاث المتلاصقة التي تتكون منها ولاية الخرطوم.
وذكر سكان في جنوب الخرطوم، على الضفة المقابلة لنهر النيل، أن اشتباكات دارت في وقت متأخر من مساء الأحد.
وكان الصراع على السلطة بين الجيش السوداني وقوات الدعم السريع شبه العسكرية قد اندلع في 15 أفريل، وخلّف مئات القتلى ودفع نحو 1.4 مليون شخص إلى الفرار من منازلهم.
""", [
    ev("monday-clashes", "سمعوا دوي اشتباكات عنيفة ومتواصلة اليوم الاثنين 29 ماي 2023", END, "'اليوم الاثنين 29 ماي 2023' (a Monday)"),
    ev("truce-end", "قبل ساعات من انتهاء اتفاق الهدنة الهش", END, "'قبل ساعات من' on Mon 29 May 2023 = the end of the week at 21:45 that day"),
    ev("omdurman-clashes", "وتواصلت الاشتباكات من أمس الأحد وحتى اليوم", "2023-05-28", "'من أمس الأحد وحتى اليوم' = Sun 28 to Mon 29 May 2023", end="2023-05-30"),
    ev("south-khartoum-clashes", "أن اشتباكات دارت في وقت متأخر من مساء الأحد", "2023-05-28", "'في وقت متأخر من مساء الأحد' = late on Sun 28 May 2023"),
    ev("war-outbreak", "قد اندلع في 15 أفريل", WAR, "'في 15 أفريل' = Sat 15 Apr 2023"),
])

# ---------------------------------------------------------------- russia-ukraine-istanbul-talks-2025
S = "russia-ukraine-istanbul-talks-2025"
PROPOSAL = "2025-05-11"                    # Putin's proposal of direct talks in Istanbul on 15 May, Sun 11 May 2025
THU = "2025-05-15"                         # the day the talks were expected, Thu 15 May 2025 (they did not start)
FRI = "2025-05-16"                         # the talks held in Dolmabahce, Fri 16 May 2025
ROUND2022 = "2022-03-29"                   # the last direct round, Istanbul, 29 Mar 2022
art(S, "https://sadaalmaghrib.com/?p=33830",
    "2025-05-15", "page date line 'الخميس 15 ماي 2025 -12:25' (kept as second line; 15 May 2025 was a Thursday); the body's 'اليوم الخميس' agrees; the source line 'صدى المغرب – الجزيرة نت' dropped; headline written from the body (the stored text has none)", True, """
إسطنبول تحتضن أول محادثات مباشرة بين روسيا وأوكرانيا وسط غموض
الخميس 15 ماي 2025 -12:25
تحتضن مدينة إسطنبول التركية -اليوم الخميس- محادثات مباشرة بين روسيا وأوكرانيا هي الأولى بينهما منذ ربيع 2022، لكن ترتيبات هذا الاجتماع، الذي لن يحضره الرئيس الروسي فلاديمير بوتين، لا تزال غامضة.
ونقلت وكالة تاس الروسية للأنباء أن المحادثات يُفترض أن تنطلق الساعة العاشرة صباحا بالتوقيت المحلي (السابعة بتوقيت غرينتش) في جلسات مغلقة بقصر دولمة بهجة، بعيدا عن وسائل الإعلام.
في المقابل، أكد أندريه كوفالينكو، المسؤول في مجلس الأمن والدفاع الوطني الأوكراني، عبر تطبيق تليغرام أن موعد انطلاق المحادثات لم يُتفق عليه بعد، معتبرا أن الحديث عن بدئها في العاشرة صباحا "غير مخطط له وغير صحيح".
""", [
    ev("planned-thursday-talks", "تحتضن مدينة إسطنبول التركية -اليوم الخميس- محادثات مباشرة", THU, "'اليوم الخميس' = Thu 15 May 2025 (the talks expected that day did not start until Friday)"),
    ev("istanbul-2022-round", "هي الأولى بينهما منذ ربيع 2022", ROUND2022, "'منذ ربيع 2022' = the last direct round, Istanbul, 29 Mar 2022"),
    ev("tass-schedule", "يُفترض أن تنطلق الساعة العاشرة صباحا بالتوقيت المحلي", THU, "'الساعة العاشرة صباحا بالتوقيت المحلي (السابعة بتوقيت غرينتش)' on Thu 15 May 2025 (a start that did not happen)"),
    ev("kovalenko-denial", "أكد أندريه كوفالينكو", THU, "no own expression; his Telegram post of the morning of Thu 15 May 2025"),
])
art(S, "https://yenisafak.com/ar/news/4093533",
    "2025-05-15", "no date on the stored page; the body's 'الخميس' with 'في 11 مايو/ أيار الجاري' and the talks of 'في 15 من الشهر ذاته' not yet held gives Thu 15 May 2025; headline written from the page's summary line (kept in substance as the first sentence) and the body; the comment-policy line dropped; no date of its own in the text", False, """
مصادر تركية: لا تأجيل لمفاوضات إسطنبول لعدم تحديد موعدها بالساعة
أكدت مصادر في وزارة الخارجية التركية، الخميس، أن الحديث عن تأجيل مفاوضات السلام بين روسيا وأوكرانيا في إسطنبول لا محل له، "نظرًا لعدم تحديد موعد رسمي محدد بالساعة مسبقًا لعقد أي لقاء".
وبيّنت المصادر للأناضول أن المفاوضات المرتقبة بين موسكو وكييف في إسطنبول "لم يُحدد لها توقيت رسمي بالساعة حتى الآن"، ومن ثم فلا مجال للكلام عن تأجيلها.
وأشارت إلى وجود وفد تقني روسي وعدد من المسؤولين الأمريكيين في إسطنبول حاليًا، مضيفة أن الرأي العام سيُبلَّغ بأي اجتماع رسمي فور تأكيده، أيا كان مستواه.
وكان بوتين قد اقترح، في 11 مايو/ أيار الجاري، استئناف المفاوضات المباشرة مع أوكرانيا من دون شروط مسبقة في 15 من الشهر ذاته بإسطنبول، بعد توقفها منذ ثلاث سنوات، وطلب من الرئيس التركي رجب طيب أردوغان استضافة الجولة الجديدة.
من جهته، أبدى أردوغان استعداد تركيا لاستضافة المفاوضات بهدف تحقيق سلام عادل ودائم، في حين رحبت الحكومة الأوكرانية بهذه الخطوة، بينما يترقب المجتمع الدولي الاجتماعات التي تحتضنها إسطنبول.
""", [
    ev("turkish-denial", "أكدت مصادر في وزارة الخارجية التركية، الخميس", THU, "'الخميس' = Thu 15 May 2025"),
    ev("delegations-in-istanbul", "وجود وفد تقني روسي وعدد من المسؤولين الأمريكيين في إسطنبول حاليًا", THU, "'حاليًا' = on Thu 15 May 2025"),
    ev("putin-proposal", "وكان بوتين قد اقترح، في 11 مايو/ أيار الجاري", PROPOSAL, "'في 11 مايو/ أيار الجاري' = Sun 11 May 2025 (the statement of the small hours, Moscow time)"),
    ev("planned-thursday-talks", "في 15 من الشهر ذاته بإسطنبول", THU, "'في 15 من الشهر ذاته' = Thu 15 May 2025"),
    ev("erdogan-ready", "أبدى أردوغان استعداد تركيا لاستضافة المفاوضات", PROPOSAL, "no own expression; Erdogan's answer in his call with Putin on Sun 11 May 2025"),
])
art(S, "https://elaph.com/Web/News/2025/05/1568134.html",
    "2025-05-16", "stamp 'date 2025-05-16' at the head of the stored page (not kept in the text) and month in the URL '/2025/05/'; the body's 'الجمعة' agrees (16 May 2025 was a Friday); the byline 'إيلاف من أنقرة' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
انتهاء أول اجتماع مباشر بين الوفدين الروسي والأوكراني في إسطنبول
أفاد مصدر في وزارة الخارجية التركية بأن الاجتماع بين الوفدين الروسي والأوكراني في إسطنبول انتهى، الجمعة، بعد حوالى ساعة و40 دقيقة على انطلاق المباحثات.
ويُعد هذا الاجتماع أول لقاء مباشر بين الروس والأوكرانيين منذ عام 2022.
وبحسب مكتبه، شارك وزير الخارجية التركي هاكان فيدان في المحادثات، إلى جانب رئيس جهاز الاستخبارات التركي إبراهيم كالين.
وصرح مسؤول أوكراني بأن عقد جولة جديدة من المباحثات مع روسيا "ممكن، لكنه ليس مقررا".
وكان الرئيس الأوكراني فولوديمير زيلينسكي قد طالب الأسرة الدولية بـ"رد فعل قوي" إذا أخفقت المباحثات مع موسكو في إسطنبول، منتقدا غياب نظيره الروسي فلاديمير بوتين عنها.
وقال زيلينسكي من العاصمة الألبانية تيرانا إن على الجميع أن يرد "إذا تبين أن الوفد الروسي لم يحضر إلا للمظاهر وليس في وسعه التوصل إلى أي نتيجة"، مشددا على ضرورة "رد فعل قوي، عقوبات"، ومعتبرا أن بوتين لم يأتِ إلى تركيا "لأنه شعر بالخوف".
وتبدو فرص إحراز تقدم كبير في هذه المحادثات ضعيفة، في ظل غياب الرئيسين الروسي والأوكراني، الذي كان في تركيا الخميس.
""", [
    ev("friday-talks", "الاجتماع بين الوفدين الروسي والأوكراني في إسطنبول انتهى، الجمعة", FRI, "'الجمعة' = Fri 16 May 2025 (after about 1 h 40 min)"),
    ev("istanbul-2022-round", "أول لقاء مباشر بين الروس والأوكرانيين منذ عام 2022", ROUND2022, "'منذ عام 2022' = the last direct round, Istanbul, 29 Mar 2022"),
    ev("zelensky-tirana", "وقال زيلينسكي من العاصمة الألبانية تيرانا", FRI, "no own expression; at the European Political Community summit in Tirana, Fri 16 May 2025"),
    ev("zelensky-in-turkey", "الذي كان في تركيا الخميس", THU, "'الخميس' = Thu 15 May 2025 (Zelensky in Ankara)"),
])
art(S, "https://aleqaria.com.eg/post/details/272637/%D8%A3%D8%B1%D8%AF%D9%88%D8%BA%D8%A7%D9%86-79588",
    "2025-05-17", "page date line 'السبت 17 مايو 2025 | 01:59 مساءً' (kept as second line; 17 May 2025 was a Saturday); the body's 'اليوم السبت' and 'أمس الجمعة' agree; headline kept from the page (without '.. تفاصيل'); the byline, the photo caption, the two sub-headings and the last, truncated sentence dropped", True, """
أردوغان يتحدث عن مستقبل مفاوضات روسيا وأوكرانيا في إسطنبول
السبت 17 مايو 2025 | 01:59 مساءً
شدد الرئيس التركي رجب طيب أردوغان، اليوم السبت، على أن بلاده ماضية في جهودها المتعلقة بالمفاوضات بين روسيا وأوكرانيا، مؤكدا ضرورة إبقاء قنوات الاتصال بين البلدين مفتوحة.
وفي رده على سؤال حول مفاوضات إسطنبول عقب عودته من ألبانيا، قال أردوغان: "سنبذل قصارى جهدنا لمواصلة المفاوضات بين الطرفين وإبقاء قنوات الحوار بينهما مفتوحة".
ونقلت قناة "تي آر تي هابر" التلفزيونية عنه قوله إن "حلمنا الرئيسي هو الوصول إلى نتيجة واضحة من مفاوضات السلام".
وكان مقررا أن تُعقد في إسطنبول في 15 مايو أول مفاوضات مباشرة بين روسيا وأوكرانيا، بناء على اقتراح من الرئيس الروسي فلاديمير بوتين، لكن الاجتماعات لم تبدأ رغم وجود الوفد الروسي في إسطنبول منذ الصباح، في حين توجه فلاديمير زيلينسكي إلى أنقرة للقاء أردوغان، ولم يوافق على تشكيل الوفد الأوكراني إلا في المساء.
وانطلقت المفاوضات أمس الجمعة ودامت قرابة ساعتين.
""", [
    ev("erdogan-statement", "شدد الرئيس التركي رجب طيب أردوغان، اليوم السبت", "2025-05-17", "'اليوم السبت' = Sat 17 May 2025 (remarks after his return from Albania)"),
    ev("planned-thursday-talks", "وكان مقررا أن تُعقد في إسطنبول في 15 مايو", THU, "'في 15 مايو' = Thu 15 May 2025"),
    ev("putin-proposal", "بناء على اقتراح من الرئيس الروسي فلاديمير بوتين", PROPOSAL, "no own expression; Putin's proposal of Sun 11 May 2025"),
    ev("zelensky-in-turkey", "توجه فلاديمير زيلينسكي إلى أنقرة للقاء أردوغان", THU, "no own expression; on Thu 15 May 2025 (the day of the expected talks)"),
    ev("delegation-approved", "ولم يوافق على تشكيل الوفد الأوكراني إلا في المساء", THU, "'في المساء' of Thu 15 May 2025"),
    ev("friday-talks", "وانطلقت المفاوضات أمس الجمعة", FRI, "'أمس الجمعة' from Sat 17 = Fri 16 May 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 316
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
