"""Builds stories.jsonl: the 397-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Saudi Arabia's regions (Asir, Jazan,
Najran, Al-Qassim, Eastern Province, Medina, Tabuk, Hail, Al-Jouf): rain and floods, accidents, municipal
projects, festivals, courts, sport.
Stories: the Al-Dayer teachers' crash on 'Aqabat al-Qarn (Jazan, September 2025), the Hail Baja Toyota
International Rally (Hail, January 2026), and the rain and floods of Tabuk with the drowning at 'Aqabat Rawa
(Tabuk, December 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-jazan-dayer-teachers-crash-2025
S = "saudi-jazan-dayer-teachers-crash-2025"
CRASH = "2025-09-15"                       # the car of the teachers overturned on 'Aqabat al-Qarn, Mon 15 Sep 2025 (morning)
NTSC = "2025-09-16"                        # the National Transport Safety Center announced its investigation, Tue 16 Sep 2025
FIFTH = "2025-09-17"                       # the fifth teacher died in King Fahd Central Hospital, Wed 17 Sep 2025
art(S, "https://sabq.org/saudia/6gxdzabd6o",
    "2025-09-16", "the body's 'اليوم الثلاثاء 16 سبتمبر 2025م' (kept; 16 Sep 2025 was a Tuesday); the page stamp 'date 2025-09-16' agrees; headline written from the body (the stored text has none)", True, """
المركز الوطني لسلامة النقل يحقق في انقلاب مركبة المعلمات بجازان
ضمن مهامه الرقابية والوقائية، أعلن المركز الوطني لسلامة النقل أنه فتح تحقيقا في حادثة انقلاب مركبة وقعت يوم الإثنين 15 سبتمبر 2025م على طريق عثوان في منطقة جازان، وأدت إلى وفاة خمس معلمات وإصابة شخصين آخرين.
وبيّن المركز، في بيان رسمي أصدره اليوم الثلاثاء 16 سبتمبر 2025م، أن فريق تحقيقات السلامة انتقل إلى موقع الحادث فور تلقي البلاغ، وشرع في مراجعة ملابسات الحادثة والظروف التي أحاطت بها.
وشدد البيان على أن التحقيق يتم بالتنسيق مع الجهات المعنية، سعيا إلى إصدار توصيات فنية ترفع مستويات السلامة وتحد من تكرار الحوادث المماثلة مستقبلًا.
""", [
    ev("ntsc-investigation", "أعلن المركز الوطني لسلامة النقل أنه فتح تحقيقا", NTSC, "the statement 'صدر اليوم الثلاثاء 16 سبتمبر 2025م' = Tue 16 Sep 2025"),
    ev("crash", "حادثة انقلاب مركبة وقعت يوم الإثنين 15 سبتمبر 2025م", CRASH, "'يوم الإثنين 15 سبتمبر 2025م' = Mon 15 Sep 2025"),
    ev("ntsc-statement", "في بيان رسمي أصدره اليوم الثلاثاء 16 سبتمبر 2025م", NTSC, "'اليوم الثلاثاء 16 سبتمبر 2025م' = Tue 16 Sep 2025"),
    ev("ntsc-team-at-site", "أن فريق تحقيقات السلامة انتقل إلى موقع الحادث", CRASH, "'فور تلقي البلاغ' = on the day of the crash, Mon 15 Sep 2025 (my reading; the team may have arrived on Tue 16)", end="2025-09-17"),
])
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/9/16/2855482/%D8%AD%D8%A7%D8%AF%D8%AB-%D9%85%D8%B1%D9%88%D8%B9-%D9%81%D9%8A-%D8%AC%D8%A7%D8%B2%D8%A7%D9%86-%D9%85%D8%B5%D8%B1%D8%B9-4-%D9%85%D8%B9%D9%84%D9%85%D8%A7%D8%AA-%D9%88%D8%B3%D8%A7%D8%A6%D9%82-%D8%A5%D8%AB%D8%B1-%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D9%85%D8%B1%D9%83%D8%A8%D8%AA%D9%87%D9%85-%D8%A8%D8%B7%D8%B1%D9%8A%D9%82-%D8%AC%D8%A8%D9%84%D9%8A",
    "2025-09-16", "date in the URL '/2025/9/16/' and the page stamp 'date 2025-09-16' (16 Sep 2025 was a Tuesday); the body's 'صباح أمس الاثنين' agrees with the crash of Mon 15 Sep; the credit 'وكالات' dropped; headline rendered from the URL slug; no date of its own in the text", False, """
حادث مروع في جازان.. مصرع 4 معلمات وسائقهن بعد انقلاب مركبتهم على طريق جبلي
لقيت 4 معلمات وسائقهن حتفهم، صباح أمس الاثنين، جراء انقلاب المركبة التي كانت تنقلهن إلى مدرستهن على طريق جبلي في محافظة الداير شرقي منطقة جازان بالسعودية، في حين أصيبت معلمة خامسة بجروح بليغة نُقلت بسببها إلى المستشفى للعلاج.
وأثار الحادث تفاعلا كبيرا بين رواد مواقع التواصل الاجتماعي، إذ أعاد التذكير بمعاناة المعلمات اللواتي يقطعن كل يوم مسافات طويلة عبر طرق جبلية وعرة لأداء مهامهن التعليمية.
والأشد إيلاما أن إحدى المعلمات المتوفيات لم يكن قد مضى على مباشرتها العمل سوى شهر واحد، إذ بدأت التدريس في 23 أغسطس الماضي، قبل أن ترحل أمس.
من جهته، أفاد المتحدث الرسمي لتجمع جازان الصحي بأن مستشفى بني مالك العام استقبل ضحايا الحادث المأساوي، وتبين أن 4 معلمات توفين على الفور في موقع الحادث، إلى جانب وفاة سائق المركبة خلال نقله إلى المستشفى.
وأضاف أن الحادث خلّف كذلك إصابتين، إحداهما خطيرة، حُوّلتا مباشرة إلى مستشفى الملك فهد المركزي بجازان لتلقي الرعاية الطبية اللازمة.
""", [
    ev("crash", "صباح أمس الاثنين، جراء انقلاب المركبة", CRASH, "'صباح أمس الاثنين' in an article of Tue 16 Sep 2025 = Mon 15 Sep"),
    ev("social-media-reaction", "وأثار الحادث تفاعلا كبيرا بين رواد مواقع التواصل الاجتماعي", CRASH, "no own expression; the reactions on the day of the crash and the next, Mon 15 - Tue 16 Sep 2025 (my span)", end="2025-09-17"),
    ev("teacher-began-work", "إذ بدأت التدريس في 23 أغسطس الماضي", "2025-08-17", "'23 أغسطس الماضي' as printed; 'شهر واحد' before 15 Sep, and adennews gives '23 صفر' = Sun 17 Aug 2025, the teachers' first working day of 1447; span Sun 17 - Sat 23 Aug 2025 for the two readings", end="2025-08-24"),
    ev("driver-died-en-route", "إلى جانب وفاة سائق المركبة خلال نقله إلى المستشفى", CRASH, "no own expression; the same morning of Mon 15 Sep 2025"),
    ev("injured-transferred", "حُوّلتا مباشرة إلى مستشفى الملك فهد المركزي بجازان", CRASH, "'مباشرة' after the crash = Mon 15 Sep 2025 (okaz of that day: 'وصلت الحالتان')"),
])
art(S, "https://www.aljazeeramubasher.net/news/miscellaneous/2025/9/16/%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A7%D9%84%D9%85%D8%B9%D9%84%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D8%AF%D8%A7%D9%8A%D8%B1-%D9%8A%D9%81%D8%AC%D8%B9-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D9%8A%D9%86",
    "2025-09-16", "page date line 'Published On 16/9/2025 | آخر تحديث: 12:18 PM (توقيت مكة)' (kept, the English 'Published On' dropped; 16 Sep 2025 was a Tuesday), date in the URL '/2025/9/16/'; the body's 'أمس الاثنين' agrees; headline kept from the page (reworded); the photo caption, the embedded tweet, the sub-heading and 'المصدر' dropped", True, """
السعودية.. حادث مأساوي يحصد أرواح 4 معلمات في محافظة الداير
16/9/2025 | آخر تحديث: 12:18 PM (توقيت مكة)
صحت محافظة الداير بني مالك في منطقة جازان السعودية على فاجعة مؤلمة، بعد حادث مروري مروّع أودى بحياة 4 معلمات وسائقهن، وخلّف إصابة معلمتين إحداهما في حالة حرجة.
ووقع الحادث أمس الاثنين بانقلاب مركبة كانت تقل المعلمات وهن في طريقهن إلى مدارسهن في مركز آل يحيى، فتوفيت المعلمات الأربع في موقع الحادث، بينما توفي السائق في أثناء نقله إلى مستشفى بني مالك العام.
ونُقلت المعلمتان المصابتان كذلك إلى مستشفى الملك فهد المركزي بجازان لتلقي ما يلزم من رعاية طبية.
ونقلت وسائل إعلام محلية عن شهود عيان أن عطلا في مكابح المركبة أفقد السائق السيطرة عليها في أثناء نزولها من عقبة القرن، فارتطمت بالجبل واستقرت أسفل العقبة.
""", [
    ev("crash", "ووقع الحادث أمس الاثنين بانقلاب مركبة", CRASH, "'أمس الاثنين' in an article of Tue 16 Sep 2025 = Mon 15 Sep"),
    ev("driver-died-en-route", "بينما توفي السائق في أثناء نقله إلى مستشفى بني مالك العام", CRASH, "no own expression; the same morning of Mon 15 Sep 2025"),
    ev("injured-transferred", "ونُقلت المعلمتان المصابتان كذلك إلى مستشفى الملك فهد المركزي", CRASH, "no own expression; after the crash on Mon 15 Sep 2025"),
    ev("brakes-failed", "أن عطلا في مكابح المركبة أفقد السائق السيطرة عليها", CRASH, "no own expression; the cause of the crash of Mon 15 Sep 2025"),
])
art(S, "https://www.okaz.com.sa/news/na/2213790?ref=rss&format=simple&link=link",
    "2025-09-17", "page stamp 'date 2025-09-17' (17 Sep 2025 was a Wednesday); the body's 'صباح اليوم (الأربعاء)' and 'الإثنين الماضي' agree; headline written from the body (the stored text has none); the sub-heading 'ملابسات الحادثة' dropped", True, """
معلمة خامسة تلحق بزميلاتها ضحايا حادثة عقبة القرن في الداير
فارقت الحياة صباح اليوم (الأربعاء) في مستشفى الملك فهد المركزي بجازان المعلمة صالحة بنت عبده سهلي، من مجمع مدارس آل يحيى وآل زيدان، لتلحق بزميلاتها الأربع وسائقهن، متأثرة بإصابتها في حادثة السير التي وقعت الإثنين الماضي حين انقلبت السيارة التي كانت تقلهن في عقبة القرن بمحافظة الداير. وعلمت «عكاظ» أن الصلاة على المعلمة الراحلة ستؤدى غدا (الخميس) بعد صلاة العصر في قرية الشعوب التابعة لمركز القفل بمحافظة صامطة.
في الأثناء، فتح المركز الوطني لسلامة النقل تحقيقا في الحادثة، وبدأ فريق مختص دراسة ملابساتها وأسبابها، تمهيدا لإصدار التوصيات الفنية اللازمة ومشاركتها مع الجهات المعنية، بما يسهم في رفع مستويات السلامة في مختلف أنماط النقل.
وكانت محافظة الداير في جازان قد استيقظت صباح الإثنين على الفاجعة التي أودت بحياة المعلمات وسائقهن وهن في طريقهن إلى مقر مدرستهن. ووفق المعلومات، استقبل مستشفى بني مالك حالات الإصابة والوفاة، ونُقلت المصابات إلى مستشفى الملك فهد المركزي في جازان.
""", [
    ev("fifth-teacher-death", "فارقت الحياة صباح اليوم (الأربعاء) في مستشفى الملك فهد المركزي", FIFTH, "'صباح اليوم (الأربعاء)' = Wed 17 Sep 2025 (page stamp)"),
    ev("crash", "في حادثة السير التي وقعت الإثنين الماضي", CRASH, "'الإثنين الماضي' from Wed 17 Sep 2025 = Mon 15 Sep"),
    ev("funeral-prayer", "الصلاة على المعلمة الراحلة ستؤدى غدا (الخميس)", "2025-09-18", "'غدا (الخميس)' from Wed 17 Sep 2025 = Thu 18 Sep"),
    ev("ntsc-investigation", "فتح المركز الوطني لسلامة النقل تحقيقا في الحادثة", NTSC, "no own expression; the investigation announced on Tue 16 Sep 2025 (sabq, almowaten)"),
    ev("injured-transferred", "ونُقلت المصابات إلى مستشفى الملك فهد المركزي في جازان", CRASH, "'صباح الإثنين' = Mon 15 Sep 2025, the day of the crash"),
])

# ---------------------------------------------------------------- saudi-hail-baja-rally-2026
S = "saudi-hail-baja-rally-2026"
PROLOGUE = "2026-01-29"                    # the prologue (الجولة الاستعراضية) at al-Mughawah, Thu 29 Jan 2026
STAGE1 = "2026-01-30"                      # stage 1, Buq'aa - al-Jafr, Fri 30 Jan 2026
FINAL = "2026-01-31"                       # the last stage, Al-Attiyah's title and the closing press conference, Sat 31 Jan 2026
art(S, "https://www.masrawy.com/autos/races/details/2026/1/30/2934474/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%85%D8%B1%D8%AD%D9%84%D8%A9-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3%D9%8A%D8%A9-%D9%84%D8%B1%D8%A7%D9%84%D9%8A-%D8%A8%D8%A7%D9%87%D8%A7-%D8%AD%D8%A7%D8%A6%D9%84-%D8%AA%D9%88%D9%8A%D9%88%D8%AA%D8%A7-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-2026-%D8%A8%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A9-93-%D9%85%D8%AA%D8%B3%D8%A7%D8%A8%D9%82%D8%A7-",
    "2026-01-30", "page time stamp '04:45 م 30/01/2026' (kept as second line, the 'تعديل في 04:48 م' dropped; 30 Jan 2026 was a Friday), date in the URL '/2026/1/30/'; the body's 'اليوم الجمعة' agrees; the byline 'كتب : مصراوي', 'إعلان' and the photo caption dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
93 متسابقا في انطلاق المرحلة الرئيسية لرالي باها حائل تويوتا الدولي 2026
04:45 م 30/01/2026
الرياض - (د ب أ): انطلقت في منطقة حائل السعودية اليوم الجمعة المرحلة الرئيسية الأولى من رالي باها حائل تويوتا الدولي 2026.
وتحركت السيارات المشاركة من منطقة بقعاء باتجاه الجفر شمالا، وقطع المتسابقون مسافة إجمالية قدرها 414 كم، خُصص منها 242 كم للمرحلة الخاصة بالسرعة، وخاض هذا التحدي الكبير 93 متسابقا من مختلف الفئات، جرى ترتيب انطلاقهم وفق نتائج الجولة الاستعراضية التي أقيمت أمس الخميس.
وفي فئة المركبات الدولية، كان يزيد محمد الراجحي وملاحه تيمو جوتشالك أول من قص شريط الانطلاق، وتلاه سعود فارياوا وملاحه فرانكوس كازليت، في حين حل ناصر صالح العطية ثالثا مع ملاحه ماكس ديلفينو.
وعلى مستوى المركبات المحلية، تقدم فارس الشمري وملاحه سعود التميمي قائمة المنطلقين، ثم أحمد الشمري مع خالد البكر، ثم ماجد الشمري برفقة عبدالعزيز الشمري.
وفي فئة الدراجات النارية، انطلق أليكس ميكنيز أولا، وتبعه هيثم التويجري ثم عبدالله أبو عيشة.
""", [
    ev("stage1-start", "انطلقت في منطقة حائل السعودية اليوم الجمعة المرحلة الرئيسية الأولى", STAGE1, "'اليوم الجمعة' = Fri 30 Jan 2026 (time stamp)"),
    ev("stage1-distance", "وقطع المتسابقون مسافة إجمالية قدرها 414 كم", STAGE1, "no own expression; the stage of Fri 30 Jan 2026"),
    ev("prologue", "الجولة الاستعراضية التي أقيمت أمس الخميس", PROLOGUE, "'أمس الخميس' from Fri 30 Jan 2026 = Thu 29 Jan"),
    ev("alrajhi-first-starter", "كان يزيد محمد الراجحي وملاحه تيمو جوتشالك أول من قص شريط الانطلاق", STAGE1, "no own expression; the start of stage 1 on Fri 30 Jan 2026"),
    ev("bikes-start", "انطلق أليكس ميكنيز أولا، وتبعه هيثم التويجري", STAGE1, "no own expression; the start of stage 1 on Fri 30 Jan 2026"),
])
art(S, "https://arriyadiyah.com/883709/%D8%B1%D8%A7%D9%84%D9%8A-%D8%AD%D8%A7%D8%A6%D9%84..-%D8%A7%D9%84%D8%B1%D8%A7%D8%AC%D8%AD%D9%8A-%D9%8A%D8%AA%D8%B5%D8%AF%D8%B1-%D8%A8%D9%81%D8%A7%D8%B1%D9%82-94-%D8%AB%D8%A7%D9%86%D9%8A%D8%A9..-%D9%88%D8%A7%D9%84%D8%B9%D8%B7%D9%8A%D8%A9-%D9%8A%D8%AE%D8%B7%D9%81-%D8%A7%D9%84%D9%85%D8%B1%D8%AD%D9%84%D8%A9",
    "2026-01-30", "page stamp 'date 2026-01-30' (not part of the text; 30 Jan 2026 was a Friday); the body's 'الجمعة' for the stage and 'الخميس' for the prologue agree with the known schedule (masrawy, albiladdaily); headline rendered from the URL slug; the last, truncated sentence on the local and bike classes dropped; no date of its own in the text", False, """
رالي حائل.. الراجحي يتصدر بفارق 94 ثانية والعطية يخطف خط النهاية
تصدّر السعودي يزيد الراجحي، الجمعة، المرحلة الأولى من رالي باها حائل تويوتا الدولي 2026 بصورة «مبدئية»، متقدما بفارق 1:34 دقيقة «94 ثانية» على القطري ناصر العطية، بحسب ما نشره الحساب الرسمي للبطولة على منصة التواصل الاجتماعي «إكس».
ومع اقتراب نهاية المرحلة، كان العطية أول من عبر خط النهاية في المرحلة الأولى لفئة السيارات في الرالي، المدرج ضمن كأس العالم باها FIA وكأس الشرق الأوسط باها FIA.
وانطلقت المرحلة الرئيسة الأولى لرالي باها حائل من بقعاء إلى الجفر شمال حائل، بمسافة إجمالية تبلغ 414 كم، منها 242 كم للمرحلة الخاصة، وبمشاركة 93 متسابقًا في مختلف الفئات.
وحسمت الجولة الاستعراضية الخميس ترتيب المنطلقين الجمعة في المرحلة الرئيسة؛ ففي الفئة الدولية للمركبات انطلق يزيد الراجحي أولا مع ملاحه تيمو جوتشالك، ثم سعود فارياوا مع ملاحه فرانكوس كازليت، وثالثا ناصر العطية مع ملاحه ماكس ديلفينو.
""", [
    ev("alrajhi-leads-stage1", "تصدّر السعودي يزيد الراجحي، الجمعة، المرحلة الأولى", STAGE1, "'الجمعة' = Fri 30 Jan 2026"),
    ev("attiyah-first-across", "كان العطية أول من عبر خط النهاية في المرحلة الأولى", STAGE1, "no own expression; the end of stage 1 on Fri 30 Jan 2026"),
    ev("stage1-start", "وانطلقت المرحلة الرئيسة الأولى لرالي باها حائل من بقعاء", STAGE1, "no own expression; stage 1 on 'الجمعة' = Fri 30 Jan 2026"),
    ev("prologue", "وحسمت الجولة الاستعراضية الخميس ترتيب المنطلقين", PROLOGUE, "'الخميس' before the Friday stage = Thu 29 Jan 2026"),
    ev("alrajhi-first-starter", "انطلق يزيد الراجحي أولا مع ملاحه تيمو جوتشالك", STAGE1, "'الجمعة' = Fri 30 Jan 2026"),
])
art(S, "https://albiladdaily.com/2026/02/01/%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D9%84%D9%84%D8%B3%D9%8A%D8%A7%D8%B1%D8%A7%D8%AA-%D9%8A%D8%B9%D9%82%D8%AF-%D8%A7%D9%84%D9%85%D8%A4%D8%AA%D9%85/",
    "2026-02-01", "date in the URL '/2026/02/01/' and the page stamp 'date 2026-02-01' (1 Feb 2026 was a Sunday); the body's 'أمس' for the closing press conference after the last stage of Sat 31 Jan agrees; headline rendered from the URL slug; the last, truncated words of Al-Attiyah's statement dropped", True, """
الاتحاد السعودي للسيارات يعقد المؤتمر الصحفي الختامي لرالي باها حائل
البلاد (حائل)
عقد الاتحاد السعودي للسيارات والدراجات النارية أمس المؤتمر الصحفي الختامي لرالي باها حائل تويوتا الدولي 2026م، الذي نظمته هيئة تطوير منطقة حائل والاتحاد السعودي للسيارات والدراجات النارية بالتعاون مع وزارة الرياضة، وبرعاية الشريك الرسمي جميل لرياضة المحركات ونادي منظمي السباقات السعودي، وحضره أبطال الرالي وممثلو وسائل الإعلام.
وترأس المؤتمر نائب مدير دائرة البطولات الدولية في الاتحاد صهيب السعدي، الذي أكد أن الرالي عكس مستوى متقدما من الاحترافية في تنظيم الفعاليات الرياضية بالمملكة، مقدّرا الجهود الكبيرة التي بذلتها كل القطاعات المشاركة في التنظيم، وما قدمته من عمل متواصل أسهم في نجاح الرالي وفي سلامة المشاركين.
من جهته، قال المتسابق القطري ناصر العطية، بطل رالي باها حائل تويوتا الدولي 2026، إن موسمه انطلق بقوة بانتصارات متتالية، مشيرا إلى فوزه مؤخرًا برالي داكار ثم بالجولة الافتتاحية من بطولة الشرق الأوسط للراليات في سلطنة عُمان، قبل أن يواصل سلسلة إنجازاته في حائل بتحقيق فوزه السادس.
""", [
    ev("closing-press-conference", "عقد الاتحاد السعودي للسيارات والدراجات النارية أمس المؤتمر الصحفي الختامي", FINAL, "'أمس' in an article of Sun 1 Feb 2026 = Sat 31 Jan"),
    ev("attiyah-wins-hail", "بتحقيق فوزه السادس", FINAL, "no own expression; Al-Attiyah won the rally at the end of its last stage on Sat 31 Jan 2026 (neprass: crowned 'اليوم' at al-Mughawah)"),
    ev("attiyah-wins-dakar", "إلى فوزه مؤخرًا برالي داكار", "2026-01-17", "'مؤخرًا'; Dakar 2026 ended at Yanbu on Sat 17 Jan 2026 with Al-Attiyah's win (albiladdaily 29 Jan: 'بعد تحقيقه لقب رالي داكار 2026'; outside knowledge for the day)"),
    ev("attiyah-wins-oman", "ثم بالجولة الافتتاحية من بطولة الشرق الأوسط للراليات في سلطنة عُمان", "2026-01-18", "no own expression ('ثم' after Dakar, before Hail); my span Sun 18 - Wed 28 Jan 2026", end="2026-01-29"),
])

# ---------------------------------------------------------------- saudi-tabuk-rain-roa-pass-drowning-2025
S = "saudi-tabuk-rain-roa-pass-drowning-2025"
RAIN = ("2025-12-06", "2025-12-08")       # the heavy rain on Tabuk region, Sat 6 - Sun 7 Dec 2025
SWEPT = "2025-12-06"                       # the car of the young man swept at 'Aqabat Rawa, evening of Sat 6 Dec 2025
FOUND = "2025-12-07"                       # his body found on the evening of Sun 7 Dec 2025
MORE = ("2025-12-07", "2025-12-11")       # the forecast of more (heavier) rain on Tabuk, Sun 7 - Wed 10 Dec 2025
art(S, "https://www.okaz.com.sa/local/na/2225576",
    "2025-12-07", "page stamp 'date 2025-12-07' (7 Dec 2025 was a Sunday); the body's 'أمس' (Turaif) and 'من يوم غدٍ حتى يوم الأربعاء القادم' fit a Sunday; headline written from the body (the stored text has none); the sub-heading 'أمير تبوك يحث على تكثيف الجهود' and the truncated paragraph under it dropped", True, """
أمطار غزيرة وسيول قوية في تبوك وحقل وأملج
هطلت أمطار متفاوتة الغزارة على مناطق عدة في المملكة، إذ شهدت محافظة حقل بمنطقة تبوك أمطارا رعدية عمّت عددا من مراكزها وقراها، منها منفذ الدرة ووادي مبرك والزيتة ورأس الزيتة والخرج والوادي الأبيض والمجيفل وشريف معطية.
وهطلت على مركزي علو القصير وعلقان أمطار متوسطة إلى غزيرة صحبها تساقط البرد، فجرت الأودية والشعاب، وما زالت السماء ملبدة بالغيوم مع استمرار فرصة هطول الأمطار.
كما شهدت محافظة أملج أمطارا من متوسطة إلى غزيرة شملت مركزي الحرة الشمالية وعمق، وهطلت على منطقة تبوك أمطار غزيرة أدت إلى جريان سيول قوية في مواقع عدة من المنطقة.
وفي منطقة الحدود الشمالية، هطلت أمس أمطار من متوسطة إلى غزيرة على محافظة طريف وضواحيها.
ونبّه المركز الوطني للأرصاد إلى هطول أمطار متوسطة إلى غزيرة على عدد من محافظات منطقة مكة المكرمة، هي جدة والكامل وأضم ورابغ وخليص وبحرة، من يوم غدٍ حتى يوم الأربعاء القادم.
من جهتها، دعت المديرية العامة للدفاع المدني إلى الحيطة والحذر في أثناء هطول الأمطار، واتباع الإرشادات والابتعاد عن تجمعات المياه وبطون الأودية والسدود.
""", [
    ev("haql-rain", "شهدت محافظة حقل بمنطقة تبوك أمطارا رعدية", RAIN[0], "no own expression; the rain of the weekend before this Sunday report, Sat 6 - Sun 7 Dec 2025 (my span)", end=RAIN[1]),
    ev("more-rain-forecast", "مع استمرار فرصة هطول الأمطار", MORE[0], "no own expression; the chance of more rain from Sun 7 Dec 2025 (NCM's episode on Tabuk, Sun 7 - Wed 10 Dec, sabq)", end=MORE[1]),
    ev("tabuk-heavy-rain", "وهطلت على منطقة تبوك أمطار غزيرة أدت إلى جريان سيول قوية", RAIN[0], "no own expression; Sat 6 - Sun 7 Dec 2025 (sabq: 'يوم السبت')", end=RAIN[1]),
    ev("turaif-rain", "هطلت أمس أمطار من متوسطة إلى غزيرة على محافظة طريف", "2025-12-06", "'أمس' in an article of Sun 7 Dec 2025 = Sat 6 Dec"),
    ev("ncm-makkah-warning", "من يوم غدٍ حتى يوم الأربعاء القادم", "2025-12-08", "'من يوم غدٍ حتى يوم الأربعاء القادم' from Sun 7 Dec 2025 = Mon 8 - Wed 10 Dec (the warned rain)", end="2025-12-11"),
])
art(S, "https://yemen-press.net/news152044.html",
    "2025-12-07", "page line 'نشر: أمجد الحبيشي 07 ديسمبر 2025 الساعة 05:55 مساءاً' (dropped from the text; 7 Dec 2025 was a Sunday); the 24-hour rain report it quotes is the one of the morning of Sun 7 Dec; the breadcrumb and the doubled headline dropped, the headline kept once (reworded, 'عاجل' dropped); the last, truncated words dropped; no date of its own in the text", False, """
تبوك تسجل رقما قياسيا: 118.5 ملم من الأمطار في يوم واحد والعواصف الرعدية في الطريق
في تطور مناخي استثنائي شغل المملكة، سجلت منطقة تبوك رقما قياسيا بعدما هطل عليها 118.5 ملم من الأمطار خلال 24 ساعة فقط، وهي كمية تعادل ما يهطل على المنطقة عادة خلال شهرين كاملين.
وللمرة الأولى منذ 5 سنوات، تتقدم المناطق الشمالية قائمة أكثر مناطق المملكة أمطارا، في حين تتابع 47 محطة رصد بترقب ظاهرة جوية نادرة تمتد على 4 مناطق شاسعة، ويحذر الخبراء من أن العواصف الرعدية قادمة.
وتحولت تبوك إلى بؤرة مطرية استثنائية حين سجلت محطة رصد السرور هذا الرقم التاريخي، بينما سجلت محطات أخرى معدلات لافتة: بئر بن هرماس 13.6 ملم، وشقري 6.6 ملم.
وروى محمد الشراري، مدير محطة رصد السرور، لحظات مثيرة قائلا: "سهرت الليل كاملا أراقب الأرقام وهي ترتفع بشكل جنوني، ولم أصدق عيني".
وامتدت الحالة لتشمل المدينة المنورة التي سجلت 43.4 ملم في ينبع البحر.
""", [
    ev("tabuk-heavy-rain", "سجلت منطقة تبوك رقما قياسيا بعدما هطل عليها 118.5 ملم من الأمطار", RAIN[0], "'خلال 24 ساعة فقط' up to the report of Sun 7 Dec 2025 = Sat 6 - Sun 7 Dec (my span)", end=RAIN[1]),
    ev("surur-station-record", "حين سجلت محطة رصد السرور هذا الرقم التاريخي", RAIN[0], "no own expression; the same 24 hours, Sat 6 - Sun 7 Dec 2025", end=RAIN[1]),
    ev("more-rain-forecast", "ويحذر الخبراء من أن العواصف الرعدية قادمة", MORE[0], "no own expression; the coming storms from Sun 7 Dec 2025 (NCM: Sun 7 - Wed 10 Dec, sabq)", end=MORE[1]),
    ev("yanbu-rain", "التي سجلت 43.4 ملم في ينبع البحر", RAIN[0], "no own expression; the same 24-hour report, Sat 6 - Sun 7 Dec 2025", end=RAIN[1]),
])
art(S, "https://sabq.org/saudia/71tygaqpns",
    "2025-12-08", "page stamp 'date 2025-12-08' (8 Dec 2025 was a Monday); the body's 'يوم السبت' and 'مساء أمس الأحد' agree; headline written from the body (the stored text has none); the initial of the young man kept as printed; the last, truncated words of the NCM message dropped", True, """
وفاة شاب جرفت السيول سيارته عند عقبة روى في تبوك
لقي شاب سعودي حتفه غرقا في السيول التي شهدتها منطقة تبوك يوم السبت، بعدما جرفت مياه الأمطار المنحدرة من أعلى الجبل بمحاذاة عقبة روى سيارته وعددا من السيارات العابرة للطريق إلى بطن الوادي، وبعناية الله ثم بجهود الدفاع المدني وأعضاء من فرق الإنقاذ التطوعية انتُشل جميع من كانوا في السيارات ما عدا الشاب -رحمه الله- الذي لم يُعثر عليه إلا مساء أمس الأحد على مسافة بعيدة من مكان مركبته.
وكان الشاب ع. القحطاني (22 عاما) عائدا مساء السبت من عمله في إحدى الشركات العاملة في منطقة نيوم، وعند بداية عقبة روى من جهة مركز شرما فوجئ بسيارته تنجرف نحو الوادي بفعل تدفق المياه بكميات كبيرة حملت معها الصخور والأشجار من أعلى الجبل إلى الوادي، و(سبق) تتقدم بخالص العزاء لأسرة المتوفى.
وكان المركز الوطني للأرصاد قد حذر من موجة الأمطار والتقلبات الجوية برسالة توعوية جاء فيها أن التوقعات تشير إلى هطول أمطار غزيرة تشتد يومي الأحد والاثنين على منطقة تبوك (تبوك – ضباء – تيماء – الوجه - أملج) من يوم الأحد إلى الأربعاء (من 07 إلى 10 / 12 /2025).
""", [
    ev("tabuk-heavy-rain", "في السيول التي شهدتها منطقة تبوك يوم السبت", RAIN[0], "'يوم السبت' before Mon 8 Dec 2025 = Sat 6 Dec (the rain went on into Sun 7; my span)", end=RAIN[1]),
    ev("car-swept-roa", "جرفت مياه الأمطار المنحدرة من أعلى الجبل بمحاذاة عقبة روى سيارته", SWEPT, "'يوم السبت' / 'مساء السبت' before Mon 8 Dec 2025 = the evening of Sat 6 Dec"),
    ev("others-rescued", "انتُشل جميع من كانوا في السيارات ما عدا الشاب", SWEPT, "no own expression; the rescue on the evening of Sat 6 Dec 2025 (it may have run into the night; my span)", end="2025-12-08"),
    ev("body-found", "الذي لم يُعثر عليه إلا مساء أمس الأحد", FOUND, "'مساء أمس الأحد' in an article of Mon 8 Dec 2025 = Sun 7 Dec"),
    ev("more-rain-forecast", "هطول أمطار غزيرة تشتد يومي الأحد والاثنين على منطقة تبوك", MORE[0], "'من يوم الأحد إلى الأربعاء (من 07 إلى 10 / 12 /2025)' = Sun 7 - Wed 10 Dec 2025", end=MORE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 397
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
