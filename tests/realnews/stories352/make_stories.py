"""Builds stories.jsonl: the 352-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: no-confidence motions, parliament dissolutions and early
elections called: motions filed and voted, governments falling, decrees dissolving parliament and setting
election dates.
Stories: the Tunisian parliament's vote withdrawing confidence from Habib Essid's government and the designation
of Youssef Chahed (Tunisia, July-August 2016), the Somali House of the People's no-confidence vote that ousted
prime minister Hassan Ali Khaire (Somalia, July 2020), the Kuwaiti decree calling the elections of the National
Assembly for 29 September after its dissolution (Kuwait, August 2022), the Iraqi parliament's vote
withdrawing confidence from finance minister Hoshyar Zebari (Iraq, September 2016), and Mahmoud Abbas's decree
setting the dates of the Palestinian general elections (Palestine, January 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-essid-confidence-vote-2016
S = "tunisia-essid-confidence-vote-2016"
VOTE = "2016-07-30"                        # the ARP voted on the evening / night of Sat 30 Jul 2016 (118 against, 3 for, 27 abstained)
INITIATIVE = "2016-06-02"                  # Caid Essebsi proposed a national unity government in a TV interview on Thu 2 Jun 2016
PROPOSED = "2016-08-01"                    # Essebsi put Chahed's name to the Carthage parties on Mon 1 Aug 2016
DESIGNATED = "2016-08-03"                  # Chahed designated on Wed 3 Aug 2016
art(S, "https://amp.dw.com/ar/%D8%B3%D9%82%D9%88%D8%B7-%D9%85%D8%AF%D9%88-%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%AD%D8%A8%D9%8A%D8%A8-%D8%A7%D9%84%D8%B5%D9%8A%D8%AF-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A/a-19439530",
    "2016-07-30", "page date line '٣٠ يوليو ٢٠١٦' (kept, Arabic-Indic digits; 30 Jul 2016 was a Saturday); the body's 'ليل السبت (30 تموز/ يوليو 2016)' and 'التصويت اليوم' agree; headline kept from the page (reworded); the DW navigation links, the photo caption and the last, truncated sentence dropped", True, """
انهيار مدوٍّ لحكومة الحبيب الصيد تحت قبة البرلمان التونسي
٣٠ يوليو ٢٠١٦
بأغلبية كاسحة، نزع البرلمان التونسي الثقة عن حكومة الحبيب الصيد، التي ظلت تحت الضغط منذ أن طرح الرئيس التونسي فكرة تشكيل حكومة وحدة وطنية. وكان سقوط الحكومة تحت القبة مدويا، إذ رفض 118 نائبا تجديد الثقة فيها، ولم يؤيدها سوى ثلاثة.
وكما كان منتظرا، صوّت البرلمان التونسي ليل السبت (30 تموز/ يوليو 2016) بأغلبية كاسحة لسحب الثقة من حكومة الحبيب الصيد، لتصبح حكومة تصريف أعمال. وأيد 118 نائبا سحب الثقة من الحكومة، في حين احتفظ 27 نائبا بأصواتهم، وعارض ثلاثة سحبها.
وكانت الحكومة تحتاج إلى 109 أصوات لمواصلة عملها. وقد أعلنت أحزاب عدة، في مقدمتها الجبهة الشعبية، أكبر كتلة معارضة في البرلمان، أنها ستقاطع التصويت. ومن شأن التصويت اليوم أن يفتح الطريق للمضي في المشاورات حول تشكيل حكومة وحدة وطنية دعا إليها الرئيس الباجي قايد السبسي.
وكان سحب الثقة من حكومة الصيد أمرا متوقعا بعدما قاوم الصيد مقترحا من الرئيس للمساعدة على تشكيل حكومة وحدة وطنية جديدة تدفع نحو إصلاحات اقتصادية.
""", [
    ev("confidence-vote", "صوّت البرلمان التونسي ليل السبت (30 تموز/ يوليو 2016)", VOTE, "'ليل السبت (30 تموز/ يوليو 2016)' = Sat 30 Jul 2016"),
    ev("unity-initiative", "منذ أن طرح الرئيس التونسي فكرة تشكيل حكومة وحدة وطنية", INITIATIVE, "no own expression; Caid Essebsi's proposal of a national unity government in his TV interview of Thu 2 Jun 2016 (outside knowledge; al-Sharq of 4 Aug 2016: 'اقترح في 2 من يونيو الماضي')"),
    ev("unity-talks-ahead", "يفتح الطريق للمضي في المشاورات حول تشكيل حكومة وحدة وطنية", "2016-07-31", "future after 'التصويت اليوم' (Sat 30 Jul); the Carthage consultations on the new head of government that followed, up to the designation of Wed 3 Aug 2016 (my span 31 Jul - 3 Aug)", end="2016-08-04"),
])

art(S, "https://ltv.ly/article_details.php?article_id=12970",
    "2016-07-31", "no date line on the stored page; the body's 'مساء امس السبت' for the vote of the evening of Sat 30 Jul 2016 gives Sun 31 Jul 2016; headline written from the body (the stored text has none); no date of its own in the text", False, """
البرلمان التونسي يسحب الثقة من حكومة الحبيب الصيد
نزع البرلمان التونسي مساء امس السبت ثقته عن حكومة الحبيب الصيد، فباتت بذلك في حكم الحكومة المستقيلة، وفق ما نقلته وكالة الأنباء التونسية. وصوّت 118 نائبا ضد استمرار هذه الحكومة في عملها، فيما صوت ثلاثة نواب فقط لصالحها، واحتفظ 27 نائبا بأصواتهم، مع العلم أن 191 نائبا سجلوا حضورهم في الجلسة بحسب ما أكده رئيس المجلس محمد الناصر. وعقب الإعلان مباشرة عن نتائج التصويت الإلكتروني، صرّح الناصر بأن "الحكومة لم تحصل على الأغلبية المطلقة، ولذلك تُعد مستقيلة"، مضيفا أن دور مجلس نواب الشعب يتمثل اليوم في "مواصلة العمل لأن على عاتقه مسؤولية تاريخية" على حد قوله.
""", [
    ev("confidence-vote", "نزع البرلمان التونسي مساء امس السبت ثقته عن حكومة الحبيب الصيد", VOTE, "'مساء امس السبت' in an article of Sun 31 Jul 2016 = Sat 30 Jul"),
    ev("nasser-declares-resigned", "صرّح الناصر بأن \"الحكومة لم تحصل على الأغلبية المطلقة", VOTE, "'عقب الإعلان مباشرة عن نتائج التصويت' of the evening of Sat 30 Jul 2016"),
])
art(S, "http://ar.lemaghreb.tn/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D8%A7%D9%84%D9%8A%D9%88%D9%85/item/8046-%D8%B1%D8%B3%D9%85%D9%8A%D8%A7-%D9%8A%D9%88%D8%B3%D9%81-%D8%A7%D9%84%D8%B4%D8%A7%D9%87%D8%AF-%D8%B1%D8%A6%D9%8A%D8%B3%D8%A7-%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%88%D8%AD%D8%AF%D8%A9-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9?tmpl=component&print=1",
    "2016-08-03", "the body's 'اليوم الأربعاء 3 أوت الجاري' (kept; 3 Aug 2016 was a Wednesday, the known day of Chahed's designation); headline kept from the page (reworded); the 'Print this page' and sharing furniture dropped", True, """
رسميا: يوسف الشاهد على رأس حكومة الوحدة الوطنية
أسند رئيس الجمهورية الباجي قائد السبسي رسميا اليوم الأربعاء 3 أوت الجاري إلى يوسف الشاهد رئاسة حكومة الوحدة الوطنية، وكلفه بالشروع في تشكيلها ضمن الآجال المحددة لذلك، 30 يوما، على أن يُعلَن ذلك خلال ندوة صحفية.
وتجدر الإشارة إلى أن أحزاب الائتلاف الحاكم ساندت مقترح رئيس الجمهورية القاضي بترشيح الشاهد لرئاسة الحكومة، في حين رفضته سائر أحزاب المعارضة المشاركة في المشاورات، بل إن بعضها اقترح أسماء أخرى في جلسة اليوم.
""", [
    ev("chahed-designated", "أسند رئيس الجمهورية الباجي قائد السبسي رسميا اليوم الأربعاء 3 أوت الجاري", DESIGNATED, "'اليوم الأربعاء 3 أوت الجاري' = Wed 3 Aug 2016"),
    ev("chahed-proposed", "مقترح رئيس الجمهورية القاضي بترشيح الشاهد", PROPOSED, "no own expression; Essebsi put Chahed's name to the parties of the Carthage talks on Mon 1 Aug 2016 (hespress: 'تم اقتراح اسمه يوم الاثنين الماضي')"),
    ev("carthage-meeting-aug3", "اقترح أسماء أخرى في جلسة اليوم", DESIGNATED, "'جلسة اليوم' = the Carthage meeting of Wed 3 Aug 2016"),
])
art(S, "https://maghress.com/hespress/316494",
    "2016-08-03", "no date line on the stored page (hespress via maghress); the body's 'اليوم الأربعاء' for Chahed's designation, known to be Wed 3 Aug 2016, and 'يوم الاثنين الماضي' for the proposal of Mon 1 Aug agree; headline written from the body (the stored text has none); no date of its own in the text", False, """
تكليف يوسف الشاهد بتشكيل حكومة وحدة وطنية في تونس
كُلّف وزير الشؤون المحلية يوسف الشاهد، اليوم الأربعاء، بتأليف حكومة وحدة وطنية في تونس إثر سحب الثقة من حكومة الحبيب الصيد، وفق ما أفاد به مصدر رسمي. وبيّن المصدر أن رئيس الجمهورية الباجي قائد السبسي استقبل يوسف الشاهد، الوجه الصاعد في حزب "نداء تونس" الحاكم، وكلّفه رسميا بإجراء مشاورات لتشكيل حكومة جديدة. ويوسف الشاهد، البالغ من العمر 41 سنة، تكنوقراطي دخل عالم السياسة سريعا، وقد عُيّن أول مرة كاتبا للدولة للصيد البحري في فبراير عام 2015، ثم صار وزيرا للشؤون المحلية إثر تعديل وزاري في يناير 2016 في حكومة رئيس الوزراء الحبيب الصيد. وأمام الشاهد، الذي طُرح اسمه يوم الاثنين الماضي على الأطراف المعنية، مدة شهر واحد ليقدم قائمة فريقه الحكومي إلى رئيس الدولة، الذي يمكنه، إن تعثرت المشاورات، أن يضيف له شهرا، سعيا إلى توافق حول تشكيل حكومته مع الأطراف المنخرطة في مسار حكومة الوحدة الوطنية.
""", [
    ev("chahed-designated", "كُلّف وزير الشؤون المحلية يوسف الشاهد، اليوم الأربعاء", DESIGNATED, "'اليوم الأربعاء' = Wed 3 Aug 2016"),
    ev("confidence-vote", "إثر سحب الثقة من حكومة الحبيب الصيد", VOTE, "no own expression; the vote of Sat 30 Jul 2016"),
    ev("chahed-proposed", "طُرح اسمه يوم الاثنين الماضي على الأطراف المعنية", PROPOSED, "'يوم الاثنين الماضي' before Wed 3 Aug 2016 = Mon 1 Aug"),
    ev("chahed-secretary-of-state", "عُيّن أول مرة كاتبا للدولة للصيد البحري في فبراير عام 2015", "2015-02-01", "'في فبراير عام 2015' = February 2015 (Essid's first government took office on 6 Feb 2015)", end="2015-03-01"),
    ev("chahed-local-affairs-minister", "صار وزيرا للشؤون المحلية إثر تعديل وزاري في يناير 2016", "2016-01-01", "'في يناير 2016' = January 2016 (the reshuffle of 6 Jan, approved by parliament on 11 Jan 2016)", end="2016-02-01"),
])

# ---------------------------------------------------------------- somalia-khaire-no-confidence-2020
S = "somalia-khaire-no-confidence-2020"
OUSTED = "2020-07-25"                      # the House of the People voted Khaire out on the morning of Sat 25 Jul 2020 (170 to 8)
art(S, "https://sonna.so/ar/?p=406910",
    "2020-07-25", "the dateline 'مقديشو 04 ذي الحجة 1441 هـ – الموافق 25 يوليو 2020 م (صونا)' (kept; 25 Jul 2020 was a Saturday, 4 Dhu al-Hijja 1441); the body's 'مساء اليوم السبت' and 'صباح اليوم السبت' agree; headline written from the body (the stored text has none); the honorifics 'فخامة' / 'معالي' and the last, truncated quotation dropped", True, """
الرئيس فرماجو يعين مهدي محمد غوليد رئيسا للوزراء بالإنابة
مقديشو 04 ذي الحجة 1441 هـ – الموافق 25 يوليو 2020 م (صونا) – أصدر رئيس الجمهورية محمد عبد الله فرماجو، مساء اليوم السبت، مرسوما رئاسيا يقضي بتكليف نائب رئيس الوزراء مهدي محمد غوليد برئاسة مجلس الوزراء بالإنابة، ليدير أعمال المجلس بصفة مؤقتة.
ويقوم المرسوم الرئاسي على مبدأ بناء الدولة وتنمية البلاد، إلى أن يسمي الرئيس فرماجو رئيسا لمجلس الوزراء يشكل حكومة قادرة تسرّع تحقيق تطلعات الشعب الصومالي.
وبموجب هذا المرسوم، ووفقا للدستور المؤقت، سيشغل مهدي محمد جوليد منصب رئيس الوزراء بالإنابة ليوجه عمل الحكومة حتى تعيين رئيس وزراء أصيل.
وأكد رئيس الجمهورية أن الانتخابات المقبلة ستُجرى في الوقت المناسب وبمصداقية، طبقا للدستور وقانون الانتخابات، وأن الحكومة الفيدرالية ملتزمة بتنفيذ بيان قمة طوسمريب، وأن الاجتماع التالي لقمة طوسمريب الثانية سينعقد في 15 أغسطس لعام 2020.
وكان مجلس الشعب في البرلمان الفيدرالي قد سحب، صباح اليوم السبت، ثقته من حكومة حسن علي خيري، في جلسة عقدها بالعاصمة مقديشو، وأعلن رئيس مجلس الشعب محمد مرسل شيخ عبد الرحمن نتيجة التصويت قائلا إن 170 نائبا من أصل 275 صوتوا ضد حكومة حسن علي خيري، في حين اعترض ثمانية أعضاء.
""", [
    ev("acting-pm-decree", "أصدر رئيس الجمهورية محمد عبد الله فرماجو، مساء اليوم السبت، مرسوما رئاسيا", OUSTED, "'مساء اليوم السبت' = Sat 25 Jul 2020 (dateline)"),
    ev("dhusamareb-3-meeting", "سينعقد في 15 أغسطس لعام 2020", "2020-08-15", "'في 15 أغسطس لعام 2020' = Sat 15 Aug 2020, the announced date of the next Dhusamareb meeting; it opened on the evening of Mon 17 Aug and issued its outcome on Wed 19 Aug 2020 (SONNA of 18 Aug: 'مساء أمس'; mogadishucenter: 'المنعقد في 19 أغسطس 2020'), so my span 15 - 19 Aug", end="2020-08-20"),
    ev("no-confidence-vote", "قد سحب، صباح اليوم السبت، ثقته من حكومة حسن علي خيري", OUSTED, "'صباح اليوم السبت' = Sat 25 Jul 2020"),
    ev("speaker-statement", "وأعلن رئيس مجلس الشعب محمد مرسل شيخ عبد الرحمن نتيجة التصويت", OUSTED, "no own expression; the speaker's announcement right after the vote of Sat 25 Jul 2020"),
])
art(S, "https://www.qiraatsomali.com/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AC%D9%85%D9%87%D9%88%D8%B1%D9%8A%D8%A9-%D9%8A%D8%B9%D9%8A%D9%86-%D9%85%D9%87%D8%AF%D9%8A-%D8%BA%D9%88%D9%84%D9%8A%D8%AF-%D8%A8%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9/",
    "2020-07-25", "no date line on the stored page; the body's 'اليوم السبت' for the vote known to be Sat 25 Jul 2020 and 'في بيان اليوم' give Sat 25 Jul 2020; headline rendered from the URL slug ('رئيس الجمهورية يعين مهدي غوليد برئاسة'); no date of its own in the text", False, """
رئيس الجمهورية يكلف مهدي غوليد برئاسة الحكومة بالإنابة
مقديشو (قراءات صومالية)- أصدر رئيس الجمهورية محمد عبد الله فارماجو مرسوما رئاسيا يتولى بموجبه نائب رئيس الوزراء مهدي محمد غوليد (خضر) رئاسة مجلس الوزراء بالإنابة بصورة مؤقتة، ريثما يُعيَّن رئيس وزراء جديد.
وكان البرلمان الفيدرالي قد أطاح اليوم السبت، على نحو مفاجئ، برئيس الوزراء حسن علي خيري إثر تصويت على سحب الثقة من حكومته، وسط احتدام صراع السلطة بينه وبين الرئيس فرماجو، وهو صراع طفا على السطح مؤخرا.
وأوضح البيان الرئاسي أن المرسوم يرتكز على مبدأ مواصلة بناء الدولة والتنمية في البلاد وضمان عدم توقف العمل التنفيذي حتى تعيين رئيس جديد للوزراء يشكل حكومة قادرة على تلبية تطلعات الشعب الصومالي.
وقال رئيس مجلس الشعب محمد مرسل شيخ عبد الرحمن في بيان اليوم: "لقد فشلت الحكومة في الوفاء بوعدها بإعداد خطة واضحة لتنظيم انتخابات وفق مبدأ صوت واحد لشخص واحد"، في إشارة إلى تنظيم أول انتخابات مباشرة منذ اندلاع الحرب الأهلية في البلاد عام 1991.
""", [
    ev("acting-pm-decree", "أصدر رئيس الجمهورية محمد عبد الله فارماجو مرسوما رئاسيا", OUSTED, "no own expression; the decree of the evening of Sat 25 Jul 2020 (SONNA: 'مساء اليوم السبت')"),
    ev("no-confidence-vote", "أطاح اليوم السبت، على نحو مفاجئ، برئيس الوزراء حسن علي خيري", OUSTED, "'اليوم السبت' = Sat 25 Jul 2020"),
    ev("speaker-statement", "وقال رئيس مجلس الشعب محمد مرسل شيخ عبد الرحمن في بيان اليوم", OUSTED, "'في بيان اليوم' = Sat 25 Jul 2020"),
    ev("civil-war-1991", "منذ اندلاع الحرب الأهلية في البلاد عام 1991", "1991-01-01", "'عام 1991' = the year 1991 (the fall of Siad Barre in January 1991)", end="1992-01-01"),
])
art(S, "https://alsomal.net/%d8%ae%d9%8a%d8%b1%d9%8a-%d9%8a%d8%b9%d9%84%d9%86-%d8%a7%d8%b3%d8%aa%d9%82%d8%a7%d9%84%d8%aa%d9%87-%d9%88%d9%8a%d8%b5%d9%81-%d9%82%d8%b1%d8%a7%d8%b1-%d8%ad%d8%ac%d8%a8-%d8%a7%d9%84%d8%ab%d9%82%d8%a9",
    "2020-07-26", "page stamp 'آخر تحديث: 26/07/2020' (dropped with the outlet line 'الصومال الجديد'; 26 Jul 2020 was a Sunday); the body's 'أمس' for Khaire's press conference and the vote, both known to be Sat 25 Jul 2020, agrees; headline kept from the page (reworded); the last, truncated sentence shortened; no date of its own in the text", False, """
خيري يعلن استقالته ويعتبر قرار حجب الثقة عنه مخالفا للقانون
مقديشو- أعلن رئيس الوزراء الصومالي حسن علي خيري أمس تنحيه عن منصبه، رأفة بالشعب الصومالي وحرصا على مصلحة البلاد وتجنبا للعودة إلى مرحلة الانهيار والأزمات، مبينا أنه لا يرغب في أن يكون طرفا في أزمة سياسية وأمنية واقتصادية واجتماعية.
وأكد رئيس الوزراء المستقيل أن ما حدث أمس في مجلس الشعب الصومالي جاء مخالفا للدستور ولسائر قوانين البلاد، مضيفا أن قرار حجب الثقة عن حكومته لم يكن مدرجا على جدول أعمال المجلس.
وأشار خيري إلى أن حكومته سعت إلى جمع الحكومة الفيدرالية ورؤساء الولايات في دوسمريب للتوصل إلى اتفاق حول الانتخابات القادمة، لافتا إلى أن المشاورات بين الجانبين حققت تقدما، لكنه نبّه في الوقت نفسه إلى وجود جهات تسعى إلى التمديد، معتبرا أن ما جرى في مجلس الشعب جزء من ذلك، ومحذرا من تبعاته.
وطالب خيري الحكومة الصومالية بالعمل على تنظيم انتخابات حرة ونزيهة في البلاد، وصون التداول السلمي للسلطة، وتجنيب البلاد الأزمات السياسية والأمنية.
وتوجه بالشكر إلى كل من أعانه في فترة عمله، مؤكدا أن المصلحة الوطنية تعلو على كل اعتبار، وأنه خدم الشعب الصومالي بكل ما أوتي من قوة.
""", [
    ev("khaire-resigns", "أعلن رئيس الوزراء الصومالي حسن علي خيري أمس تنحيه عن منصبه", OUSTED, "'أمس' in an article of Sun 26 Jul 2020 = Sat 25 Jul (his press conference of that evening)"),
    ev("no-confidence-vote", "ما حدث أمس في مجلس الشعب الصومالي", OUSTED, "'أمس' from Sun 26 Jul 2020 = Sat 25 Jul"),
    ev("dhusamareb-july-summit", "سعت إلى جمع الحكومة الفيدرالية ورؤساء الولايات في دوسمريب", "2020-07-19", "no own expression; the Dhusamareb summit of the federal government and the state leaders, held 19 - 22 Jul 2020 (SONNA of Wed 22 Jul 2020 and qiraatsomali: 'في الفترة ما بين 19-22 من شهر يوليو')", end="2020-07-23"),
])
art(S, "https://aajsa.com/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%B5%D9%88%D9%85%D8%A7%D9%84%D9%8A-%D9%8A%D8%B9%D9%84%D9%86-%D9%82%D8%A8%D9%88%D9%84%D9%87-%D9%82%D8%B1%D8%A7%D8%B1-%D8%A5%D9%82%D8%A7%D9%84%D8%AA%D9%87-%D9%85%D9%86-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86",
    "2020-07-26", "page date line '26 يوليو 2020' (kept; 26 Jul 2020 was a Sunday); the body's 'مساء السبت' agrees; headline kept from the page (reworded); the photo caption 'شغل خيري المنصب منذ فبراير 2017 (Getty)', the font buttons and the last, truncated quotation dropped", True, """
رئيس الوزراء الصومالي يعلن تقبّله قرار البرلمان إقالته
26 يوليو 2020
أعلن رئيس الوزراء الصومالي حسن علي خيري، مساء السبت، خلال مؤتمر صحافي عقده في مقديشو، أنه يقبل قرار البرلمان الصومالي حجب الثقة عن حكومته، معتبرا أن الهدف من إقالته هو تمديد الولاية الرئاسية في الصومال، ومحذرا من عواقب هذه الخطوة تفاديا لاضطرابات سياسية وأمنية في البلاد.
وذكر خيري أن حكومته، التي تأسست، مطلع مارس/ آذار عام 2017، نجحت في إعادة بناء مؤسسات الدولة ومحاربة الفساد، وفي إعفاء الصومال من ديون خارجية قدرت بـ4,5 مليارات دولار أميركي، كما تمكنت من دفع رواتب موظفي الدولة والقوات الصومالية منذ يناير/كانون الثاني عام 2017.
وبيّن رئيس الوزراء المقال أن صون مبدأ التداول السلمي للسلطة أمر ضروري، وأن حكومته انطلاقا من ذلك "بذلت جهودا حثيثة لتقريب رؤساء الولايات الفيدرالية من الحكومة الفيدرالية، ومواصلة التفاوض لتحديد موعد زمني للانتخابات القادمة".
ووصف خيري ما أقدم عليه البرلمان الصومالي بأنه "غير شرعي ومخالف لبنود الدستور الصومالي"، مضيفا أنه رغم كل هذه الخروقات للدستور يعلن استقالته من رئاسة الحكومة الصومالية.
""", [
    ev("khaire-resigns", "أعلن رئيس الوزراء الصومالي حسن علي خيري، مساء السبت، خلال مؤتمر صحافي", OUSTED, "'مساء السبت' in an article of Sun 26 Jul 2020 = Sat 25 Jul"),
    ev("no-confidence-vote", "قرار البرلمان الصومالي حجب الثقة عن حكومته", OUSTED, "no own expression; the vote of Sat 25 Jul 2020"),
    ev("khaire-government-formed", "التي تأسست، مطلع مارس/ آذار عام 2017", "2017-03-01", "'مطلع مارس/ آذار عام 2017': Khaire won parliament's confidence on 1 Mar 2017 and his cabinet was approved on 29 Mar 2017 (outside knowledge; my span 1 - 29 Mar 2017)", end="2017-03-30"),
    ev("debt-relief", "وفي إعفاء الصومال من ديون خارجية قدرت بـ4,5 مليارات دولار", "2020-03-25", "no own expression; Somalia reached the HIPC decision point for debt relief on 25 Mar 2020 (outside knowledge)"),
])

# ---------------------------------------------------------------- kuwait-assembly-election-decree-2022
S = "kuwait-assembly-election-decree-2022"
DECREE = "2022-08-28"                      # decree 147/2022 calling the voters, issued on Sun 28 Aug 2022
POLL = "2022-09-29"                        # polling day, Thu 29 Sep 2022 (3 Rabi al-Awwal 1444 in the decree)
DISSOLVED = "2022-08-02"                   # decree 136/2022 dissolving the National Assembly, Tue 2 Aug 2022
CABINET_AUG17 = "2022-08-17"               # the cabinet approved the two decree-laws (districts, civil-ID address) on Wed 17 Aug 2022
GAZETTE_AUG18 = "2022-08-18"               # decree-law 5/2022 (civil-ID address) published in Kuwait Al-Youm, supplement 1596, Thu 18 Aug 2022
REGENCY = "2021-11-15"                     # the amiri order of Mon 15 Nov 2021 delegating some of the emir's powers to the crown prince
NEW_CABINET = "2022-08-01"                 # the decree forming Sheikh Ahmad Nawaf's government, Mon 1 Aug 2022
art(S, "https://almashhadalkhaleeji.com/print.php?id=53002",
    "2022-08-28", "page date line '2022/08/28' (kept, moved below the headline; 28 Aug 2022 was a Sunday); the body's 'اليوم الاحد' agrees; headline kept from the page (reworded); the print footer with the link dropped", True, """
الكويت.. مرسوم يحدد موعد انتخابات مجلس الأمة في 29 سبتمبر المقبل
2022/08/28
صدر في دولة الكويت، اليوم الاحد، مرسوم يدعو الناخبين إلى انتخاب أعضاء مجلس الأمة، ويعيّن الخميس 29 سبتمبر المقبل موعدا للاقتراع.
وكان مجلس الوزراء الكويتي قد أقر في 17 أغسطس الجاري مشروع مرسوم بقانون (ضرورة) يضيف مناطق جديدة إلى الدوائر الانتخابية الأولى والثانية والرابعة والخامسة.
وينص مشروع المرسوم بقانون (ضرورة) على ضم منطقة (أنجفة) إلى الدائرة الأولى، وضم مناطق (الشويخ الصناعية - المنطقة الصحية "الشويخ" - النهضة - شمال غرب الصليبخات - مدينة جابر الأحمد) إلى الدائرة الثانية.
كما تُضم إلى الدائرة الرابعة مناطق (غرب عبدالله المبارك - جنوب عبدالله المبارك - العيون - النعيم - النسيم - القصر - تيماء - الواحة)، وإلى الدائرة الخامسة مناطق (أبو فطيرة - المسايل - أبو الحصانية - مدينة صباح الأحمد - مدينة الخيران السكنية).
وكانت الجريدة الرسمية (الكويت اليوم) قد نشرت مشروع مرسوم بقانون (ضرورة) يعتمد التصويت في انتخابات أعضاء مجلس الأمة وفق عنوان السكن المسجل في البطاقة المدنية.
""", [
    ev("election-decree", "صدر في دولة الكويت، اليوم الاحد، مرسوم يدعو الناخبين", DECREE, "'اليوم الاحد' = Sun 28 Aug 2022 (date line)"),
    ev("polling-day", "ويعيّن الخميس 29 سبتمبر المقبل موعدا للاقتراع", POLL, "'الخميس 29 سبتمبر المقبل' = Thu 29 Sep 2022"),
    ev("districts-decree-law-approved", "أقر في 17 أغسطس الجاري مشروع مرسوم بقانون (ضرورة)", CABINET_AUG17, "'في 17 أغسطس الجاري' = Wed 17 Aug 2022"),
    ev("civil-id-decree-law-published", "قد نشرت مشروع مرسوم بقانون (ضرورة) يعتمد التصويت", GAZETTE_AUG18, "no own expression; decree-law 5/2022 was published in Kuwait Al-Youm, supplement 1596, on Thu 18 Aug 2022 (the interior ministry's statement quoted by q8times)"),
])
art(S, "http://65.108.61.0/article/28/08/2022/%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA%D9%8A-29-%D8%B3%D8%A8%D8%AA%D9%85%D8%A8%D8%B1-%D8%A7%D9%84%D9%85%D9%82%D8%A8%D9%84",
    "2022-08-28", "al-Sharq (Qatar; masthead 'الشرق', editor Jaber Salem al-Harami) served from an IP address; page time stamp '28 أغسطس 2022 , 12:31م' (kept; 28 Aug 2022 was a Sunday), date also in the URL '/28/08/2022/'; the body's 'اليوم' agrees; headline kept from the page (reworded); the masthead, ad slots, the view count, the photo caption and the 'اقرأ المزيد' links dropped", True, """
الكويتيون يختارون برلمانهم في 29 سبتمبر المقبل
28 أغسطس 2022 , 12:31م
الكويت - قنا
صدر هنا اليوم مرسوم بدعوة الناخبين إلى انتخاب مجلس الأمة في الكويت.
وأفاد المرسوم، الذي نشرته وكالة الأنباء الكويتية /كونا/، بأن انتخابات مجلس الأمة ستجرى يوم 29 سبتمبر المقبل.
وكان ولي عهد الكويت سمو الشيخ مشعل الأحمد الجابر الصباح قد أعلن في 22 يونيو الماضي حل مجلس الأمة والدعوة إلى انتخابات عامة طبقا لما يقتضيه الدستور.
ويُشار إلى أن مجلس الوزراء الكويتي أقر في 17 من الشهر الجاري مشروع مرسوم بقانون (ضرورة) لإضافة مناطق جديدة إلى الدوائر الانتخابية الأولى والثانية والرابعة والخامسة.
كما سبق أن صدر في الجريدة الرسمية (الكويت اليوم) مشروع مرسوم بقانون (ضرورة) يقضي باعتماد عنوان السكن المسجل في البطاقة المدنية أساسا للتصويت في انتخابات أعضاء مجلس الأمة.
""", [
    ev("election-decree", "صدر هنا اليوم مرسوم بدعوة الناخبين", DECREE, "'اليوم' = Sun 28 Aug 2022 (time stamp)"),
    ev("polling-day", "انتخابات مجلس الأمة ستجرى يوم 29 سبتمبر المقبل", POLL, "'يوم 29 سبتمبر المقبل' = Thu 29 Sep 2022"),
    ev("june-dissolution-speech", "قد أعلن في 22 يونيو الماضي حل مجلس الأمة", "2022-06-22", "'في 22 يونيو الماضي' = Wed 22 Jun 2022, the crown prince's televised speech"),
    ev("districts-decree-law-approved", "أقر في 17 من الشهر الجاري مشروع مرسوم بقانون (ضرورة)", CABINET_AUG17, "'في 17 من الشهر الجاري' in August 2022 = Wed 17 Aug 2022"),
    ev("civil-id-decree-law-published", "سبق أن صدر في الجريدة الرسمية (الكويت اليوم) مشروع مرسوم", GAZETTE_AUG18, "no own expression; published on Thu 18 Aug 2022 (supplement 1596 of Kuwait Al-Youm)"),
])
art(S, "https://alkhaleejpost.com/post/amp/28045",
    "2022-08-29", "no date line on the stored page; the body's 'أمس (الأحد)' for the decree known to be of Sun 28 Aug 2022 gives Mon 29 Aug 2022 (also 'مطلع الشهر الحالي' and '17 أغسطس (آب) الجاري' put it in August); headline kept from the page (reworded); the section label and the unrelated headlines after the text dropped; no date of its own in the text", False, """
الكويت تعيّن 29 سبتمبر موعدا لانتخابات مجلس الأمة
حددت الكويت أمس (الأحد) يوم 29 سبتمبر (أيلول) المقبل موعدا لإجراء الانتخابات التشريعية لاختيار مجلس الأمة الجديد، وذلك بعد أسابيع على صدور المرسوم الأميري بحل البرلمان.
وصدر المرسوم باسم ولي العهد، الذي يتولى بعض الصلاحيات الدستورية لأمير البلاد بموجب أمر أميري منذ نوفمبر (تشرين الثاني) الماضي.
وكان مجلس الأمة قد حُل رسميا مطلع الشهر الحالي على خلفية خلافات مع السلطة التنفيذية أفضت إلى استقالة الحكومة، قبل أن تتشكل حكومة جديدة يرأسها الشيخ أحمد النواف الصباح.
ويُذكر أن مجلس الوزراء أقر يوم الأربعاء 17 أغسطس (آب) الجاري مشروع مرسوم بقانون (ضرورة) يضيف مناطق جديدة إلى الدوائر الانتخابية الأولى والثانية والرابعة والخامسة.
كما صدر في الجريدة الرسمية (الكويت اليوم) مشروع مرسوم بقانون (ضرورة) يعتمد التصويت في انتخابات أعضاء مجلس الأمة وفق عنوان السكن المسجل في البطاقة المدنية.
""", [
    ev("election-decree", "حددت الكويت أمس (الأحد)", DECREE, "'أمس (الأحد)' in an article of Mon 29 Aug 2022 = Sun 28 Aug"),
    ev("polling-day", "يوم 29 سبتمبر (أيلول) المقبل موعدا لإجراء الانتخابات التشريعية", POLL, "'يوم 29 سبتمبر (أيلول) المقبل' = Thu 29 Sep 2022"),
    ev("crown-prince-delegation", "بموجب أمر أميري منذ نوفمبر (تشرين الثاني) الماضي", REGENCY, "'منذ نوفمبر (تشرين الثاني) الماضي' = November 2021: the amiri order of Mon 15 Nov 2021 (its date as cited in decree 136/2022, khabrynews)"),
    ev("dissolution-decree", "وكان مجلس الأمة قد حُل رسميا مطلع الشهر الحالي", DISSOLVED, "'مطلع الشهر الحالي' = early August 2022: decree 136/2022 of Tue 2 Aug 2022 (khabrynews: 'اليوم الثلاثاء'; al-Watan: a day after the government of 1 Aug)"),
    ev("new-government-formed", "قبل أن تتشكل حكومة جديدة يرأسها الشيخ أحمد النواف الصباح", NEW_CABINET, "no own expression; the decree forming Sheikh Ahmad Nawaf's government, Mon 1 Aug 2022 (al-Watan: 'في الأول من الشهر الجاري')"),
    ev("districts-decree-law-approved", "أقر يوم الأربعاء 17 أغسطس (آب) الجاري مشروع مرسوم", CABINET_AUG17, "'يوم الأربعاء 17 أغسطس (آب) الجاري' = Wed 17 Aug 2022"),
])
art(S, "https://alwatan.sy/archives/315937",
    "2022-08-29", "no date line on the stored page (al-Watan, Damascus); the body's 'أمس الأحد' for the decree known to be of Sun 28 Aug 2022 gives Mon 29 Aug 2022; headline written from the body (the stored text has none); no date of its own in the text", False, """
مرسوم أميري يدعو الكويتيين إلى انتخاب مجلس الأمة في 29 أيلول
دعا مرسوم أميري، أمس الأحد، الناخبين في الكويت إلى اختيار أعضاء مجلس الأمة في 29 أيلول المقبل.
وأفادت وكالة الأنباء الكويتية «كونا» بأن ولي العهد في الكويت مشعل الأحمد الصباح، الذي تسلّم بعض مهام أمير الكويت الشيخ نواف الأحمد الجابر الصباح أواخر العام الماضي، هو من وقّع المرسوم المنشور في الجريدة الرسمية.
ونص المرسوم على أنه: «يدعى الناخبون لانتخاب أعضاء مجلس الأمة في يوم الخميس 3 ربيع الأول 1444 الموافق 29 أيلول 2022».
ويأتي هذا القرار بعد أكثر من شهر على تعيين أحمد نواف الصباح رئيسا جديدا للوزراء خلفا لرئيس الحكومة المستقيلة صباح الخالد، الذي خاض سجالات مع البرلمان.
وفي الأول من الشهر الجاري، كشفت الكويت عن تشكيلة حكومتها الجديدة من دون تبديلات كبيرة في الحقائب الرئيسية، وبعد ذلك بيوم صدر مرسوم أميري يحل مجلس الأمة رسميا.
وأوضح ولي عهد الكويت في مرسوم الحل أن الخطوة جاءت «تصحيحاً للمشهد السياسي وما فيه من عدم توافق وعدم تعاون واختلافات وصراعات وتغليب للمصالح الشخصية وعدم قبول البعض للبعض الآخر وتصرفات تهدد الوحدة الوطنية».
وتابع أنه «وجب اللجوء إلى الشعب باعتباره المصير والامتداد والبقاء والوجود ليقوم بإعادة تصحيح المسار بالشكل الذي يحقق مصالحه العليا».
""", [
    ev("election-decree", "دعا مرسوم أميري، أمس الأحد، الناخبين في الكويت", DECREE, "'أمس الأحد' in an article of Mon 29 Aug 2022 = Sun 28 Aug"),
    ev("crown-prince-delegation", "الذي تسلّم بعض مهام أمير الكويت الشيخ نواف الأحمد الجابر الصباح أواخر العام الماضي", REGENCY, "'أواخر العام الماضي' = late 2021: the amiri order of Mon 15 Nov 2021"),
    ev("polling-day", "يدعى الناخبون لانتخاب أعضاء مجلس الأمة في يوم الخميس 3 ربيع الأول 1444", POLL, "'يوم الخميس 3 ربيع الأول 1444 الموافق 29 أيلول 2022' = Thu 29 Sep 2022"),
    ev("pm-appointed", "بعد أكثر من شهر على تعيين أحمد نواف الصباح رئيسا جديدا للوزراء", "2022-07-24", "'بعد أكثر من شهر' before Sun 28 Aug 2022: the amiri order naming Sheikh Ahmad Nawaf prime minister, Sun 24 Jul 2022 (outside knowledge)"),
    ev("new-government-formed", "وفي الأول من الشهر الجاري، كشفت الكويت عن تشكيلة حكومتها الجديدة", NEW_CABINET, "'في الأول من الشهر الجاري' = Mon 1 Aug 2022"),
    ev("dissolution-decree", "وبعد ذلك بيوم صدر مرسوم أميري يحل مجلس الأمة رسميا", DISSOLVED, "'بعد ذلك بيوم' after Mon 1 Aug 2022 = Tue 2 Aug"),
])

# ---------------------------------------------------------------- iraq-zebari-no-confidence-2016
S = "iraq-zebari-no-confidence-2016"
VOTE_Z = "2016-09-21"                      # the Council of Representatives withdrew confidence from Zebari on Wed 21 Sep 2016 (158 for, 77 against, 14 abstained)
GRILLED = "2016-08-25"                     # Zebari's interpellation by MP Haitham al-Jubouri, Thu 25 Aug 2016
PRESSER = "2016-09-22"                     # Zebari's press conference in an Erbil hotel, Thu 22 Sep 2016
art(S, "https://youm7.com/story/2016/9/21/%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%89-%D9%8A%D9%82%D9%8A%D9%84-%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-%D8%AE%D9%84%D9%81%D9%8A%D8%A9-%D8%A7%D8%AA%D9%87%D8%A7%D9%85%D8%A7%D8%AA-%D8%A8%D8%A7%D9%84%D9%81%D8%B3%D8%A7%D8%AF/2891302",
    "2016-09-21", "date in the URL '/story/2016/9/21/' (21 Sep 2016 was a Wednesday); the body's 'إرجاء الجلسة إلى اليوم' for the vote known to be of Wed 21 Sep agrees; headline rendered from the URL slug (the stored text has none); Egyptian spelling (final ى) kept; no date of its own in the text", False, """
البرلمان العراقى يعزل وزير المالية بسبب اتهامات بالفساد
أفاد التلفزيون العراقى ومصادر برلمانية بأن النواب وافقوا بالتصويت على إقالة وزير المالية هوشيار زيبارى، فى خطوة قد تزيد متاعب الوضع المالى الهش للدولة العضو فى منظمة أوبك.
وأقر البرلمان بالأغلبية إقالة زيبارى بعدما استجوبه الشهر الماضى بشأن اتهامات بالفساد وسوء الإدارة، وهى اتهامات نفاها زيبارى.
وكان مجلس النواب العراقى قد أخفق مرتين فى عقد جلسة اعتيادية مقررة، آخرهما يوم الخميس 8 سبتمبر، بعد تأجيل جلسة مماثلة يوم الثلاثاء 6 سبتمبر بسبب عدم اكتمال النصاب القانونى فى الجلستين، وذلك لاستكمال جلسة استجواب وزير المالية العراقى هوشيار زيبارى التى عُقدت يوم الخميس 25 أغسطس، والتصويت على سحب الثقة منه، وهو ما أثار خلافات بين الكتل السياسية الكردية والسنية والشيعية، قبل أن تُرجأ الجلسة إلى اليوم.
""", [
    ev("dismissal-vote", "النواب وافقوا بالتصويت على إقالة وزير المالية هوشيار زيبارى", VOTE_Z, "no own expression but 'إرجاء الجلسة إلى اليوم' in an article of Wed 21 Sep 2016"),
    ev("session-failed-sep8", "آخرهما يوم الخميس 8 سبتمبر", "2016-09-08", "'يوم الخميس 8 سبتمبر' = Thu 8 Sep 2016"),
    ev("session-postponed-sep6", "بعد تأجيل جلسة مماثلة يوم الثلاثاء 6 سبتمبر", "2016-09-06", "'يوم الثلاثاء 6 سبتمبر' = Tue 6 Sep 2016"),
    ev("interpellation", "جلسة استجواب وزير المالية العراقى هوشيار زيبارى التى عُقدت يوم الخميس 25 أغسطس", GRILLED, "'يوم الخميس 25 أغسطس' = Thu 25 Aug 2016"),
])
art(S, "https://ademocracynet.com/Arabic/article_print.php?id=17550&section=news",
    "2016-09-22", "page date line 'التاريخ: أيلول ٢٢, ٢٠١٦' (kept, below the headline; 22 Sep 2016 was a Thursday), a reprint of An-Nahar (Beirut) by the Arab Network for the Study of Democracy; the body's 'أمس' for the vote of Wed 21 Sep agrees; the source line 'المصدر: جريدة النهار اللبنانية' and the last, truncated sentence dropped; headline kept from the page (reworded)", True, """
مجلس النواب العراقي يقيل وزير المال وحزب البارزاني يرى في الخطوة "استهدافا سياسيا"
التاريخ: أيلول ٢٢, ٢٠١٦
أقر مجلس النواب العراقي أمس بالتصويت إقالة وزير المال هوشيار زيباري، إثر استجوابه بشأن اتهامات بالفساد.
وجرت إقالة زيباري في جلسة اقتراع سري ترأسها رئيس المجلس سليم الجبوري بحضور 249 نائبا.
وصرح النائب عمار طعمة، رئيس كتلة حزب الفضيلة، بأن "إقالة وزير المال تمت في جلسة تصويت سرية"، مضيفا: "أيد 158 نائبا إقالة وزير المال، ورفضها 77، بينما امتنع 14 نائبا عن التصويت، من أصل 249 نائبا حضروا جلسة اليوم".
وأكد النائب عبد الرحيم الشمري من القائمة العراقية أن "وزير المال أقيل في جلسة تصويت سري بأغلبية الأصوات".
ويمثل زيباري منذ امد طويل حلقة وصل بين بغداد وإقليم كردستان، الذي دعا زعيمه إلى استفتاء على الاستقلال عن بغداد، غير أن إقالته قد تنذر بمزيد من التباعد بين الطرفين.
ويُعد وزير المال، الذي تسلم منصبه عام 2014، من أبرز قياديي الحزب الديموقراطي الكردستاني بزعامة رئيس إقليم كردستان مسعود بارزاني.
وفي أول رد فعل للحزب الديموقراطي الكردستاني، قالت النائبة عن الحزب أشواق الجاف إن "هذا استهداف سياسي مئة في المئة".
""", [
    ev("dismissal-vote", "أقر مجلس النواب العراقي أمس بالتصويت إقالة وزير المال هوشيار زيباري", VOTE_Z, "'أمس' in an article of Thu 22 Sep 2016 = Wed 21 Sep"),
    ev("interpellation", "إثر استجوابه بشأن اتهامات بالفساد", GRILLED, "no own expression; the interpellation of Thu 25 Aug 2016"),
    ev("zebari-took-office", "الذي تسلم منصبه عام 2014", "2014-09-08", "'عام 2014': Zebari became finance minister in Haider al-Abadi's government, formed on 8 Sep 2014, the Kurdish ministers taking their posts in the following weeks (my span 8 Sep - 18 Oct 2014)", end="2014-10-19"),
    ev("jaf-reaction", "قالت النائبة عن الحزب أشواق الجاف", VOTE_Z, "no own expression; 'أول رد فعل' to the vote of Wed 21 Sep 2016, the same day"),
])
art(S, "http://ftp.burathanews.com/arabic/news/301442",
    "2016-09-22", "page stamp '2042 2016-09-22' (view count and date; the date kept as a line below the headline; 22 Sep 2016 was a Thursday); headline kept from the page (reworded); the last, truncated quotation dropped", True, """
حزب بارزاني يهاجم في بيان حاد إقالة زيباري ويكشف دوافعها
2016-09-22
أكد الحزب الديمقراطي الكوردستاني أن إقالة وزير المالية العراقي هوشيار زيباري تمت في إطار مخطط سياسي تقف وراءه أطراف.
وكان مجلس النواب العراقي قد قرر سحب الثقة من وزير المالية بأغلبية الحاضرين، إذ صوّت 158 نائبا لصالح سحب الثقة من زيباري، مقابل 77 صوتا رافضا، وتحفظ 14 صوتا، من أصل 259 نائبا حضروا جلسة البرلمان.
وأوضح الحزب في بيان تابعته وكالة أنباء براثا أن إقالة عضو مكتبه السياسي هوشيار زيباري من وزارة المالية العراقية مخطط أُعدّ سلفا من قبل أطراف لا ترغب في استمرار ما يقدمه زيباري في المالية، أو ما قدمه قبلها في الخارجية العراقية، ولا في الدور الذي أداه في تعزيز علاقات العراق الدولية وفي تضييق فجوة الأزمة المالية.
وأضاف أنه "خلال الاشهر الماضية، ومع سعي الوزير زيباري إلى تنظيم وزارة المالية وتنقيتها من الفساد، شرعت هذه الأطراف في التصدي لتلك المحاولات وعرقلتها".
ومضى بيان الحزب الديمقراطي قائلا: "بات واضحا أن ما تعرض له السيد زيباري استهداف سياسي، تقف خلفه أطراف تنتهج سياسة شوفينية ضد الكورد، والدليل على ذلك لهجتها المتواصلة عبر وسائل الإعلام التابعة لها وما تضمره ضد الكورد وكوردستان".
وزاد أن "هذه الأطراف لا يروق لها العيش بسلام والتقدم، بل تريد الرجوع إلى الحقبة الماضية".
""", [
    ev("kdp-statement", "أكد الحزب الديمقراطي الكوردستاني أن إقالة وزير المالية العراقي", VOTE_Z, "no own expression; the KDP statement issued after the vote of Wed 21 Sep and reported on Thu 22 Sep 2016 (my span 21 - 22 Sep)", end="2016-09-23"),
    ev("dismissal-vote", "قد قرر سحب الثقة من وزير المالية بأغلبية الحاضرين", VOTE_Z, "no own expression; the vote of Wed 21 Sep 2016"),
])
art(S, "https://albaladnews.net/article/161083",
    "2016-09-23", "no date line on the stored page (Akhbar al-Balad, Amman); the body's 'أمس الخميس' for Zebari's Erbil press conference, known to be of Thu 22 Sep 2016, and 'الأربعاء الماضي' for the vote of Wed 21 Sep give Fri 23 Sep 2016; headline kept from the page (reworded); the outlet tag and the last, truncated sentence dropped; no date of its own in the text", False, """
زيباري يتهم المالكي بتدبير إقالته من الحكومة تمهيدا لإسقاط العبادي
اتهم وزير المالية العراقي المقال رئيسَ الوزراء السابق بـ"تدبير" إزاحته من منصبه، وهو ما يكشف حجم الانقسام داخل حكومة يتزايد عدم استقرارها.
وكان البرلمان العراقي قد أقال زيباري، المسؤول الكردي البارز في الحكومة، الأربعاء الماضي، إثر استجوابه الشهر الماضي بشأن مزاعم "فساد وإساءة استغلال الأموال العامة"، وهي اتهامات ينفيها.
وتولى زيباري لأكثر من عشرة أعوام حقيبة الخارجية العراقية في حكومة المالكي، وهو من قيادات الحزب الديمقراطي الكردستاني، وخال رئيس وزراء منطقة كردستان مسعود البرزاني.
وقاد زيباري في الآونة الأخيرة مفاوضات رفيعة المستوى مع صندوق النقد الدولي بهدف إصلاح أوضاع المالية العامة المضطربة في العراق.
وصرح زيباري للصحافيين في فندق بإربيل، عاصمة إقليم كردستان، أمس الخميس، بأن "الجهة التي تقف وراء الاستجواب وسحب الثقة منه هي كتلة دولة القانون وزعيمها نوري المالكي"، متهما كذلك رئيس البرلمان سليم الجبوري بالتواطؤ للإطاحة به.
""", [
    ev("zebari-press-conference", "وصرح زيباري للصحافيين في فندق بإربيل، عاصمة إقليم كردستان، أمس الخميس", PRESSER, "'أمس الخميس' in an article of Fri 23 Sep 2016 = Thu 22 Sep"),
    ev("dismissal-vote", "قد أقال زيباري، المسؤول الكردي البارز في الحكومة، الأربعاء الماضي", VOTE_Z, "'الأربعاء الماضي' before Fri 23 Sep 2016 = Wed 21 Sep"),
    ev("interpellation", "إثر استجوابه الشهر الماضي", GRILLED, "'الشهر الماضي' from September 2016 = August: the interpellation of Thu 25 Aug 2016"),
    ev("zebari-foreign-minister", "وتولى زيباري لأكثر من عشرة أعوام حقيبة الخارجية العراقية", "2003-09-01", "'لأكثر من عشرة أعوام': Zebari was foreign minister from September 2003 to the Abadi government of 8 Sep 2014 (outside knowledge)", end="2014-09-09"),
])

# ---------------------------------------------------------------- palestine-general-elections-decree-2021
S = "palestine-general-elections-decree-2021"
DECREE_P = "2021-01-15"                    # Abbas's decree calling the general elections in three stages, evening of Fri 15 Jan 2021
PLC_VOTE = "2021-05-22"                    # legislative elections set for Sat 22 May 2021 (postponed by decree on 29/30 Apr 2021, never held)
PRES_VOTE = "2021-07-31"                   # presidential election set for Sat 31 Jul 2021 (likewise never held)
PNC = "2021-08-31"                         # completion of the National Council set for Tue 31 Aug 2021
art(S, "https://ultrapal.usawtiq.com/%D9%85%D8%B1%D8%B3%D9%88%D9%85%D9%8C-%D8%B1%D8%A6%D8%A7%D8%B3%D9%8A-%D9%8A%D8%AD%D8%AF%D8%AF-%D9%85%D9%88%D8%A7%D8%B9%D9%8A%D8%AF-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D8%A7%D9%85%D8%A9/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86/%D8%AA%D9%82%D8%A7%D8%B1%D9%8A%D8%B1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2021-01-15", "page date line '15-يناير-2021' (kept; 15 Jan 2021 was a Friday); the body's 'مساء اليوم' agrees; headline rendered from the URL slug ('مرسومٌ رئاسي يحدد مواعيد الانتخابات العامة'); the photo credit 'gettyimages', the byline 'الترا فلسطين | فريق التحرير' and the 'اقرأ/ي أيضًا' link dropped; the sub-heading line kept", True, """
مرسوم رئاسي يحدد مواعيد الانتخابات الفلسطينية العامة
15-يناير-2021
أصدر الرئيس محمود عباس، مساء اليوم، مرسوما رئاسيا عيّن فيه مواعيد الانتخابات الفلسطينية العامة، التي ستجري على ثلاث مراحل.
التشريعية في 22 مايو، والرئاسية في 31 تموز، وانتخابات المجلس الوطني نهاية آب
وبموجب المرسوم، تُنظم الانتخابات التشريعية بتاريخ 22 آيار/مايو المقبل، بينما تُنظم الانتخابات الرئاسية بتاريخ 31 تموز/ يوليو، على أن يُستكمل المجلس الوطني نهاية آب/ أغسطس القادم، طبقا للنظام الأساسي لمنظمة التحرير وللتفاهمات الوطنية.
وكان عباس قد استقبل اليوم في مقر الرئاسة بمدينة رام الله رئيس لجنة الانتخابات المركزية حنا ناصر، ووجّه كلا من لجنة الانتخابات وأجهزة الدولة إلى إطلاق حملة انتخابية ديمقراطية في جميع محافظات الوطن، بما فيها القدس.
""", [
    ev("election-decree", "أصدر الرئيس محمود عباس، مساء اليوم، مرسوما رئاسيا", DECREE_P, "'مساء اليوم' = the evening of Fri 15 Jan 2021 (date line)"),
    ev("legislative-election-date", "تُنظم الانتخابات التشريعية بتاريخ 22 آيار/مايو المقبل", PLC_VOTE, "'بتاريخ 22 آيار/مايو المقبل' = Sat 22 May 2021, the date set (the vote was postponed by decree on 29/30 Apr 2021 and never held)"),
    ev("presidential-election-date", "تُنظم الانتخابات الرئاسية بتاريخ 31 تموز/ يوليو", PRES_VOTE, "'بتاريخ 31 تموز/ يوليو' = Sat 31 Jul 2021, the date set (never held)"),
    ev("pnc-completion-date", "على أن يُستكمل المجلس الوطني نهاية آب/ أغسطس القادم", PNC, "'نهاية آب/ أغسطس القادم' = 31 Aug 2021 in the decree (other reports: '31/8/2021')"),
    ev("abbas-meets-nasser", "وكان عباس قد استقبل اليوم في مقر الرئاسة بمدينة رام الله", DECREE_P, "'اليوم' = Fri 15 Jan 2021 (the meeting just before the decree)"),
    ev("abbas-directs-cec", "ووجّه كلا من لجنة الانتخابات وأجهزة الدولة", DECREE_P, "no own expression; the directive given at the meeting of Fri 15 Jan 2021"),
])
art(S, "https://sarabic.ae/20210115/%D8%AD%D9%85%D8%A7%D8%B3-%D8%AA%D8%B9%D9%84%D9%82-%D8%B9%D9%84%D9%89-%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D8%B9%D8%A8%D8%A7%D8%B3-%D8%A8%D8%B4%D8%A3%D9%86-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-1047810599.html?chat_room_id=1047810599",
    "2021-01-15", "date in the URL '/20210115/' (15 Jan 2021 was a Friday); the body's 'اليوم الجمعة' agrees; headline rendered from the URL slug ('حماس تعلق على إعلان عباس بشأن الانتخابات'); the last, truncated sentence dropped; no date of its own in the text", False, """
حماس تعلّق على إعلان عباس بشأن الانتخابات
رحبت حركة "حماس" بإصدار المراسيم الرئاسية الفلسطينية الخاصة بالانتخابات العامة للمجلس الوطني والمجلس التشريعي والرئاسة.
وشددت الحركة، في بيان تسلم مراسل "سبوتنيك" نسخة منه، على حرصها الكبير على إنجاح هذا الاستحقاق بما يخدم مصلحة الشعب الفلسطيني "صاحب الحق المطلق في اختيار قيادته وممثليه"، وفق نص البيان.
وأكد البيان "بكل قوة" أهمية تهيئة الأجواء لانتخابات "حرة نزيهة يعبر فيها الناخب عن إرادته دون ضغوط أو قيود وبكل عدالة وشفافية".
ولفت البيان إلى ضرورة "المضي دون تردد في استكمال العملية الانتخابية كاملةً في القدس والداخل والخارج وصولاً إلى إعادة بناء النظام السياسي الفلسطيني والاتفاق على استراتيجية وطنية شاملة لمواجهة الاحتلال الصهيوني".
وأشار البيان إلى أن تحقيق ذلك كله "يتوجب الإسراع في عقد حوار وطني شامل يشارك فيه كل أبناء الوطن الفلسطيني دون استثناء".
وكان الرئيس الفلسطيني محمود عباس قد أصدر، اليوم الجمعة، مرسوما رئاسيا بإجراء الانتخابات العامة على ثلاث مراحل.
وعيّن المرسوم موعد الانتخابات التشريعية القادمة بتاريخ 22/5/2021، والانتخابات الرئاسية بتاريخ 31/7/2021 القادم.
""", [
    ev("hamas-welcome", "رحبت حركة \"حماس\" بإصدار المراسيم الرئاسية", DECREE_P, "no own expression; Hamas's statement of the evening of Fri 15 Jan 2021 (al-Ahed: 'اليوم الجمعة', stamped 15/01/2021 21:50)"),
    ev("election-decree", "قد أصدر، اليوم الجمعة، مرسوما رئاسيا", DECREE_P, "'اليوم الجمعة' = Fri 15 Jan 2021"),
    ev("legislative-election-date", "موعد الانتخابات التشريعية القادمة بتاريخ 22/5/2021", PLC_VOTE, "'بتاريخ 22/5/2021' = Sat 22 May 2021, the date set (never held)"),
    ev("presidential-election-date", "والانتخابات الرئاسية بتاريخ 31/7/2021 القادم", PRES_VOTE, "'بتاريخ 31/7/2021' = Sat 31 Jul 2021, the date set (never held)"),
])
art(S, "https://www.alhadath.ps/article/135085/-%D9%84%D8%AC%D9%86%D8%A9-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%AA%D9%86%D8%B4%D8%B1-%D8%A7%D9%84%D8%AC%D8%AF%D9%88%D9%84-%D8%A7%D9%84%D8%B2%D9%85%D9%86%D9%8A-%D9%84%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D8%B4%D8%B1%D9%8A%D8%B9%D9%8A%D8%A9",
    "2021-01-16", "page time stamp '2021-01-16 06:59:52 PM' (kept; 16 Jan 2021 was a Saturday); the body's 'اليوم السبت' and 'أمس الجمعة' agree; headline kept from the page (reworded); the page's running date 'الثلاثاء 19 آذار 2024', the logo, the WhatsApp box and the tag 'الحدث الفلسطيني' dropped", True, """
لجنة الانتخابات تعلن الجدول الزمني للانتخابات التشريعية والرئاسية
2021-01-16 06:59:52 PM
نشرت لجنة الانتخابات المركزية الفلسطينية، اليوم السبت، عبر صفحتها على موقع التواصل الاجتماعي (فيسبوك)، المدد القانونية الخاصة بالانتخابات العامة 2021، التشريعية منها والرئاسية.
وكان الرئيس محمود عباس قد أصدر أمس الجمعة مرسوما رئاسيا يدعو إلى الانتخابات الفلسطينية العامة، الرئاسية والتشريعية والمجلس الوطني.
وبحسب المرسوم، تُجرى الانتخابات التشريعية يوم 22 آيار/ مايو، والرئاسية 31 تموز/ يوليو، والوطني 31 آب/ أغسطس لعام 2021.
""", [
    ev("cec-timeline-published", "نشرت لجنة الانتخابات المركزية الفلسطينية، اليوم السبت", "2021-01-16", "'اليوم السبت' = Sat 16 Jan 2021 (time stamp)"),
    ev("election-decree", "قد أصدر أمس الجمعة مرسوما رئاسيا", DECREE_P, "'أمس الجمعة' from Sat 16 Jan 2021 = Fri 15 Jan"),
    ev("legislative-election-date", "تُجرى الانتخابات التشريعية يوم 22 آيار/ مايو", PLC_VOTE, "'يوم 22 آيار/ مايو' (2021) = Sat 22 May 2021, the date set (never held)"),
    ev("presidential-election-date", "والرئاسية 31 تموز/ يوليو", PRES_VOTE, "'31 تموز/ يوليو' (2021) = Sat 31 Jul 2021, the date set (never held)"),
    ev("pnc-completion-date", "والوطني 31 آب/ أغسطس لعام 2021", PNC, "'31 آب/ أغسطس لعام 2021' = Tue 31 Aug 2021"),
])
art(S, "https://akhbarona.aljalia.ma/2021/01/16/%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A-%D8%B9%D9%86-%D9%85%D9%88%D8%B9%D8%AF-%D8%A7%D9%84%D8%A5%D9%86%D8%AA%D8%AE",
    "2021-01-16", "date in the URL '/2021/01/16/' (16 Jan 2021 was a Saturday); the body's 'الجمعة' for the decree of Fri 15 Jan agrees; headline rendered from the URL slug ('إعلان الرئيس الفلسطيني عن موعد الإنتخ…'); no date of its own in the text", False, """
الرئيس الفلسطيني يعلن موعد الانتخابات
أصدر الرئيس الفلسطيني محمود عباس، الجمعة، مرسوما يقضي بإجراء الانتخابات التشريعية في 22 مايو المقبل، ضمن انتخابات عامة على ثلاث مراحل. ونقلت وكالة الأنباء الفلسطينية الرسمية (وفا) أن الانتخابات التشريعية ستُنظم بموجب المرسوم في 22 مايو 2021، على أن تُنظم الانتخابات الرئاسية في 31 يوليو، وتُعد نتائج انتخابات المجلس التشريعي المرحلة الأولى في تشكيل المجلس الوطني الفلسطيني، الذي يُستكمل في 31 أغسطس وفق النظام الأساسي لمنظمة التحرير الفلسطينية والتفاهمات الوطنية، بحيث تُنظم انتخابات المجلس الوطني حيثما أمكن. ووفق ما نشرته "وفا"، وجّه الرئيس الفلسطيني لجنة الانتخابات وأجهزة الدولة إلى الشروع في إطلاق "حملة انتخابية ديمقراطية في جميع محافظات الوطن، بما فيها القدس، والشروع في حوار وطني يركز على آليات هذه العملية".
""", [
    ev("election-decree", "أصدر الرئيس الفلسطيني محمود عباس، الجمعة، مرسوما", DECREE_P, "'الجمعة' before Sat 16 Jan 2021 = Fri 15 Jan"),
    ev("legislative-election-date", "ستُنظم بموجب المرسوم في 22 مايو 2021", PLC_VOTE, "'في 22 مايو 2021' = Sat 22 May 2021, the date set (never held)"),
    ev("presidential-election-date", "تُنظم الانتخابات الرئاسية في 31 يوليو", PRES_VOTE, "'في 31 يوليو' (2021) = Sat 31 Jul 2021, the date set (never held)"),
    ev("pnc-completion-date", "الذي يُستكمل في 31 أغسطس", PNC, "'في 31 أغسطس' (2021) = Tue 31 Aug 2021"),
    ev("abbas-directs-cec", "وجّه الرئيس الفلسطيني لجنة الانتخابات وأجهزة الدولة", DECREE_P, "no own expression; the directive of Fri 15 Jan 2021, given with the decree"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 352
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
