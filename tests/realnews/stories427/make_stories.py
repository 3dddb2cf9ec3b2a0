"""Builds stories.jsonl: the 427-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: Arab athletes in individual sports (athletics, tennis,
squash, boxing, weightlifting, swimming, judo): tournament rounds and finals, medals and records, injuries and
withdrawals, doping cases.
Stories: Ons Jabeur's run to the US Open final (Tunisia / New York, September 2022), Mutaz Barshim's first
world high-jump title at the London World Championships (Qatar / London, August 2017), and Khadija El Mardi's
world boxing title in New Delhi and her return to Casablanca (Morocco / India, March 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-jabeur-us-open-final-2022
S = "tunisia-jabeur-us-open-final-2022"
QF = "2022-09-06"                          # quarter-final win over Ajla Tomljanovic, Tue 6 Sep 2022 (New York)
SF = ("2022-09-08", "2022-09-10")          # semi-final v Caroline Garcia: evening of Thu 8 Sep in New York = about midnight / early Fri 9 Sep in Tunis
FINAL = "2022-09-10"                       # the final lost to Iga Swiatek, Sat 10 Sep 2022 (16:00 New York, 21:00 Tunis)
WIMBLEDON = "2022-07-09"                   # the Wimbledon final lost to Elena Rybakina, Sat 9 Jul 2022
art(S, "https://filgoal.com/articles/442060/amp/تنس-لأول-مرة-في-تاريخها-أنس-جابر-إلى-نصف-نهائي-أمريكا-المفتوحة",
    "2022-09-06", "page date line 'الثلاثاء، 06 سبتمبر 2022 - 23:13' (kept as second line; 6 Sep 2022 was a Tuesday); the byline 'كتب : محمد سمير', the sub-heading and the photo caption dropped; headline kept from the page (reworded); the last, truncated sentence on the second Masters title dropped", True, """
تنس - للمرة الأولى في مسيرتها.. أنس جابر تبلغ نصف نهائي أمريكا المفتوحة
الثلاثاء، 06 سبتمبر 2022 - 23:13
تابعت التونسية أنس جابر تألقها في ملاعب التنس بعد أن بلغت الدور نصف النهائي لبطولة أمريكا المفتوحة، إحدى البطولات الأربع الكبرى "جراند سلام"، للمرة الأولى في تاريخها.
وكان بلوغ الدور الثالث أفضل ما حققته أنس جابر من قبل في أمريكا المفتوحة، وذلك في النسخ الثلاث الأخيرة.
أما أفضل نتائج البطلة التونسية في بطولات الجراند سلام فكانت في النسخة الأخيرة من ويمبلدون، حين وصلت إلى النهائي واكتفت بالوصافة.
وحسمت أنس جابر تأهلها إلى المربع الذهبي بالفوز على الأسترالية آيلا تومليانوفيتش بمجموعتين دون رد.
وانتصرت اللاعبة التونسية بنتيجة 6-4 و7-6 في لقاء دام ساعة و43 دقيقة.
وتلاقي أنس في نصف النهائي الفائزة من مواجهة الأمريكية كوري جوف والفرنسية كارولينا جارسيا.
وكانت أنس جابر قد صنعت التاريخ في يونيو الماضي حين أحرزت لقب بطولة مدريد ذات الـ 1000 نقطة.
وأصبحت أنس يومها أول لاعبة عربية أو إفريقية تتوج بإحدى بطولات الماسترز ذات الـ 1000 نقطة.
""", [
    ev("qf-win-tomljanovic", "حسمت أنس جابر تأهلها إلى المربع الذهبي", QF, "no own expression; the quarter-final of Tue 6 Sep 2022 in New York, reported the same evening (date line 23:13 Cairo time)"),
    ev("wimbledon-final-2022", "حين وصلت إلى النهائي واكتفت بالوصافة", WIMBLEDON, "'النسخة الأخيرة من ويمبلدون' = the final of Sat 9 Jul 2022 (outside knowledge)"),
    ev("semifinal-vs-garcia", "وتلاقي أنس في نصف النهائي الفائزة من مواجهة", SF[0], "no own expression (future); the semi-final was played on the evening of Thu 8 Sep 2022 in New York, around midnight / early Fri 9 Sep in Tunis and Cairo", end=SF[1]),
    ev("madrid-title", "حين أحرزت لقب بطولة مدريد ذات الـ 1000 نقطة", "2022-05-07", "the text's 'في يونيو الماضي' is wrong: the Madrid final was won on Sat 7 May 2022 (outside knowledge)"),
])
art(S, "https://www.alchourouk.com/article/%D8%A7%D9%84%D9%84%D9%8A%D9%84%D8%A9-%D9%81%D9%8A-%D8%A8%D8%B7%D9%88%D9%84%D8%A9-%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D8%A7-%D8%A7%D9%84%D9%85%D9%81%D8%AA%D9%88%D8%AD%D8%A9-%D8%A3%D9%86%D8%B3-%D8%A7%D9%84%D8%A2%D9%85%D8%A7%D9%84-%D9%85%D9%86-%D8%A3%D8%AC%D9%84-%D9%86%D9%87%D8%A7%D8%A6%D9%8A-%D8%A7%D9%84%D8%A3%D8%AD%D9%84%D8%A7%D9%85%E2%80%8E%E2%80%8E",
    "2022-09-08", "page stamp 'تاريخ النشر : 19:48 - 2022/09/08' (kept as second line; 8 Sep 2022 was a Thursday); the body's 'الليلة' and 'المقرر يوم السبت' agree with the semi-final of Thu 8 Sep and the final of Sat 10 Sep; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
الليلة في أمريكا المفتوحة... أنس "الآمال" تطمح إلى نهائي الأحلام
تاريخ النشر : 19:48 - 2022/09/08
تتجه الأنظار في حدود منتصف الليلة إلى بطولة أمريكا المفتوحة للتنس، إذ تلتقي لاعبتنا أنس جابر في الدور نصف النهائي بالفرنسية كارولينا غارسيا في موعد مع التاريخ، واضعة نصب عينيها بلوغ النهائي والطموح إلى أغلى لقب في بطولات الغراند سلام.
وسبق لأنس جابر أن التقت كارولينا غارسيا في مناسبتين ونجحت في إقصائها في دورة أمريكا المفتوحة سنة 2019 وفي دورة أستراليا المفتوحة سنة 2020.
وهي أسبقية معنوية مهمة للاعبتنا، على أمل أن تحافظ على تفوقها على منافستها وتبلغ الدور النهائي المقرر يوم السبت.
ومع أن أنس جابر أمام فرصة تاريخية لتقطع خطوة عملاقة نحو لقب بطولة أمريكا، فإن مباراة الليلة تحتاج إلى أعصاب من حديد أمام منافسة مصنفة 17 عالميا سبق أن أطاحت بلاعبات من الطراز الرفيع، مثل الأمريكية كوري غوف التي هزمتها في الدور ربع النهائي بمجموعتين لصفر (6 - 3 و6 - 4).
""", [
    ev("semifinal-vs-garcia", "تلتقي لاعبتنا أنس جابر في الدور نصف النهائي بالفرنسية كارولينا غارسيا", SF[0], "'في حدود منتصف الليلة' of Thu 8 Sep 2022 (Tunis time) = the evening of Thu 8 Sep in New York, early Fri 9 Sep in Tunis", end=SF[1]),
    ev("us-open-2019-win-over-garcia", "ونجحت في إقصائها في دورة أمريكا المفتوحة سنة 2019", "2019-08-26", "'سنة 2019': the first round of the 2019 US Open (the tournament ran 26 Aug - 8 Sep 2019; my span)", end="2019-09-09"),
    ev("us-open-final", "وتبلغ الدور النهائي المقرر يوم السبت", FINAL, "'يوم السبت' after Thu 8 Sep = Sat 10 Sep 2022"),
    ev("garcia-beats-gauff", "كوري غوف التي هزمتها في الدور ربع النهائي", QF, "no own expression; Garcia beat Gauff in the night session of Tue 6 Sep 2022 in New York (outside knowledge)"),
])
art(S, "https://tunigate.net/posts/%d9%86%d9%87%d8%a7%d8%a6%d9%8a-%d8%a3%d9%85%d8%b1%d9%8a%d9%83%d8%a7-%d8%a7%d9%84%d9%85%d9%81%d8%aa%d9%88%d8%ad%d8%a9-%d8%a3%d9%86%d8%b3-%d8%ac%d8%a7%d8%a8%d8%b1-%d9%81%d9%8a-%d9%8a%d9%88%d9%85-%d8%aa",
    "2022-09-10", "the body's 'مساء اليوم السبت 10 سبتمبر/أيلول' (kept; 10 Sep 2022 was a Saturday), a preview of the final published before it; the section tag 'رياضة' dropped; headline and sub-heading 'الطريق إلى النهائي' kept from the page (reworded); the part after 'مواجهة صعبة' dropped", True, """
نهائي أمريكا المفتوحة: أنس جابر في يوم تاريخي للرياضة التونسية
تلتقي البطلة التونسية أنس جابر بأحبائها في موعد تاريخي مساء اليوم السبت 10 سبتمبر/أيلول بداية من الساعة التاسعة، حين تواجه البولندية إيغا شفيونتيك في نهائي بطولة أمريكا المفتوحة للتنس.
وتسعى أنس إلى تعويض خسارة نهائي ويمبلدون قبل شهرين، وإحراز أول ألقابها في بطولات الغراند سلام، ليكون ذلك خير تتويج لموسم استثنائي.
الطريق إلى النهائي
يجمع كل من تابعها على أن النجمة التونسية قدمت بطولة رائعة في أمريكا المفتوحة، حققت فيها أفضل نتيجة في تاريخ مشاركاتها.
وبدأت أنس المنافسات بقوة بإزاحة ثلاث منافسات أمريكيات أمام جماهيرهن، ثم تخطت الروسية كوديرميتوفا في ثمن النهائي، والأسترالية آيلا توملانوفيتش في ربع النهائي.
وكان أكبر اختبار واجهته أنس قبل النهائي مواجهة الفرنسية كارولين غارسيا في نصف النهائي، لكن التونسية تخطت منافستها بسهولة بمجموعتين لصفر. ولم تخسر أنس خلال المباريات الست سوى مجموعة واحدة، في الدور الثالث.
""", [
    ev("us-open-final", "حين تواجه البولندية إيغا شفيونتيك في نهائي بطولة أمريكا المفتوحة", FINAL, "'مساء اليوم السبت 10 سبتمبر/أيلول' = Sat 10 Sep 2022 (21:00 Tunis time)"),
    ev("wimbledon-final-2022", "تعويض خسارة نهائي ويمبلدون قبل شهرين", WIMBLEDON, "'قبل شهرين' from Sat 10 Sep = Sat 9 Jul 2022 (outside knowledge)"),
    ev("r16-win-kudermetova", "ثم تخطت الروسية كوديرميتوفا في ثمن النهائي", "2022-09-04", "no own expression; the fourth round of Sun 4 Sep 2022 in New York (outside knowledge; span to the quarter-final as a margin)", end=QF),
    ev("qf-win-tomljanovic", "والأسترالية آيلا توملانوفيتش في ربع النهائي", QF, "no own expression; the quarter-final of Tue 6 Sep 2022"),
    ev("semifinal-vs-garcia", "مواجهة الفرنسية كارولين غارسيا في نصف النهائي", SF[0], "no own expression; the semi-final of Thu 8 Sep 2022 in New York (early Fri 9 Sep in Tunis)", end=SF[1]),
])
art(S, "https://elaosboa.com/443374",
    "2022-09-10", "no date line on the stored page; the body's 'مساء اليوم /السبت/' (MENA style) for the final of Sat 10 Sep 2022, which ended shortly before midnight Cairo time, gives Sat 10 Sep 2022; headline kept from the page (reworded); the last, truncated sentence dropped; no date of its own in the text", False, """
التونسية أنس جابر تخسر نهائي بطولة أمريكا المفتوحة للتنس
خسرت البطلة التونسية أنس جابر المباراة النهائية لبطولة أمريكا المفتوحة، رابع البطولات الكبرى (جراند سلام) في موسم التنس.
وجاءت الخسارة أمام البولندية ايجا شفيونتيك، المصنفة الأولى عالميا، إذ سقطت اللاعبة التونسية المصنفة الخامسة عالميا بمجموعتين دون رد في المباراة النهائية التي جرت مساء اليوم /السبت/ ودامت ساعة وخمسين دقيقة.
وحسمت شفيونتيك المجموعة الأولى بسهولة 6-2، فيما خسرت أنس جابر المجموعة الثانية بصعوبة 6-7، لتنتهي المباراة بفوز البولندية وتتويجها باللقب.
وباتت ايجا شفيونتيك، ابنة الـ21 عاما، أول لاعبة بولندية في التاريخ تحرز لقب أمريكا المفتوحة.
وكانت اللاعبة البولندية قد توجت هذا العام بلقب رولان جاروس، ثاني البطولات الكبرى في موسم التنس، وهو لقب سبق أن أحرزته أيضا في عام 2020.
وأصبحت شفيونتيك أول لاعبة تحرز لقبين في "جراند سلام" خلال عام واحد منذ فوز الألمانية انجليك كيربر بلقبي أستراليا المفتوحة وأمريكا المفتوحة عام 2016.
""", [
    ev("us-open-final", "في المباراة النهائية التي جرت مساء اليوم /السبت/", FINAL, "'مساء اليوم /السبت/' = Sat 10 Sep 2022"),
    ev("swiatek-roland-garros-2022", "قد توجت هذا العام بلقب رولان جاروس", "2022-06-04", "'هذا العام': the Roland Garros final of Sat 4 Jun 2022 (outside knowledge)"),
    ev("swiatek-roland-garros-2020", "سبق أن أحرزته أيضا في عام 2020", "2020-10-10", "'في عام 2020': the Roland Garros final of Sat 10 Oct 2020 (outside knowledge)"),
    ev("kerber-two-majors-2016", "فوز الألمانية انجليك كيربر بلقبي أستراليا المفتوحة وأمريكا المفتوحة عام 2016", "2016-01-30", "'عام 2016': the Australian Open final of Sat 30 Jan to the US Open final of Sat 10 Sep 2016 (outside knowledge)", end="2016-09-11"),
])

# ---------------------------------------------------------------- qatar-barshim-london-world-title-2017
S = "qatar-barshim-london-world-title-2017"
GOLD = "2017-08-13"                        # the high-jump final on the last day of the London championships, Sun 13 Aug 2017
MOSCOW = "2013-08-15"                      # Barshim's silver at the Moscow world championships, Thu 15 Aug 2013
art(S, "https://sarabic.ae/20170813/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%82%D8%B7%D8%B1-%D8%A8%D8%B7%D9%88%D9%84%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D9%82%D9%88%D9%89-1025630978.html",
    "2017-08-13", "date in the URL '/20170813/' (13 Aug 2017 was a Sunday); the body's 'اليوم الأحد' agrees; the stored text has no headline and none was added; no date of its own in the text", False, """
نال القطري معتز عيسى برشم ذهبية القفز العالي التي طالما بشرت بها موهبته، بعدما قدم أداء خاليا من الأخطاء في بطولة العالم لألعاب القوى اليوم الأحد، وتوجه بقفزة بلغت 2.35 متر.
وكان برشم، صاحب ثاني أعلى قفزة في التاريخ بعد الكوبي خافيير سوتومايور حامل الرقم القياسي العالمي، قد أحرز فضية وبرونزية في آخر دورتين أولمبيتين، إلى جانب فضية بطولة العالم 2013، بحسب رويترز.
غير أنه كان اليوم الأحد في مستوى أعلى من كل منافسيه، فبلغ النهائي دون أي محاولة فاشلة، ولم يقترب في النهائي حتى من ملامسة العارضة.
وبعد أن ضمن الذهبية كاد ينجح في القفز لارتفاع 2.40 متر، وهو رقم يقل بخمسة سنتيمترات عن الرقم القياسي العالمي المسجل في 1993.
وحصل الروسي دانييل ليسنكو، الذي ينافس بصفة رياضي مستقل، على الميدالية الفضية بتسجيله 2.30 متر، فيما كان السجل الأفضل للسوري مجد الدين غزال بين ثلاثة متسابقين سجلوا 2.29 متر، فنال البرونزية التي تعد أول ميدالية في تاريخ بلاده ببطولة العالم.
ولم يتمكن الكندي ديريك دروان، بطل العالم والأولمبياد، من الدفاع عن لقبه في لندن بسبب إصابة في وتر العرقوب.
""", [
    ev("barshim-gold", "نال القطري معتز عيسى برشم ذهبية القفز العالي", GOLD, "'اليوم الأحد' = Sun 13 Aug 2017 (URL date)"),
    ev("olympic-medals", "قد أحرز فضية وبرونزية في آخر دورتين أولمبيتين", "2012-08-07", "'آخر دورتين أولمبيتين' = the bronze of London (Tue 7 Aug 2012) and the silver of Rio (Sun 14 Aug 2016) (outside knowledge)", end="2016-08-15"),
    ev("moscow-2013-silver", "إلى جانب فضية بطولة العالم 2013", MOSCOW, "'2013' = the Moscow final of Thu 15 Aug 2013 (outside knowledge; maghress/almountakhab 'اليوم الخميس')"),
    ev("world-record-1993", "الرقم القياسي العالمي المسجل في 1993", "1993-07-27", "'في 1993' = Sotomayor's 2.45 m at Salamanca, Tue 27 Jul 1993 (outside knowledge)"),
    ev("lysenko-silver", "وحصل الروسي دانييل ليسنكو، الذي ينافس بصفة رياضي مستقل، على الميدالية الفضية", GOLD, "same final, 'اليوم الأحد' = Sun 13 Aug 2017"),
    ev("ghazal-bronze", "فنال البرونزية التي تعد أول ميدالية في تاريخ بلاده", GOLD, "same final, Sun 13 Aug 2017"),
])
art(S, "https://www.albawaba.me/ar/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/%D8%A7%D9%84%D9%82%D8%B7%D8%B1%D9%8A-%D8%A8%D8%B1%D8%B4%D9%85-%D9%8A%D8%AD%D8%B5%D8%AF-%D8%B0%D9%87%D8%A8%D9%8A%D8%A9-%D8%A7%D9%84%D9%88%D8%AB%D8%A8-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%8A-%D9%81%D9%8A-%D9%84%D9%86%D8%AF%D9%86-1009676",
    "2017-08-14", "page stamp 'تاريخ النشر: 14 أغسطس 2017 - 12:28 GMT' (kept as second line; 14 Aug 2017 was a Monday); the body's 'مساء الأحد' and 'الليلة الماضية' agree; the photo caption dropped; headline kept from the page (reworded)", True, """
القطري برشم ينتزع ذهبية الوثب العالي في لندن
تاريخ النشر: 14 أغسطس 2017 - 12:28 GMT
فاز القطري معتز عيسى برشم، مساء الأحد، بالميدالية الذهبية إثر تفوقه في منافسات الوثب العالي ضمن بطولة العالم لألعاب القوى التي أسدل الستار عليها الليلة الماضية في العاصمة البريطانية لندن.
وتوج برشم بذهبية الوثب العالي بعد أن تخطى 2.35 متر، ليهدي بلاده أول ذهبية وثاني ميدالية في البطولة العالمية، بعد برونزية مواطنه عبد الإله هارون في سباق 400 متر.
وتقدم برشم على الروسي دانييل ليسوكو الذي شارك تحت علم محايد، فنال الأخير الفضية بعد أن سجل 2.32 متر.
وذهبت البرونزية إلى السوري مجد الدين غزال الذي سجل 2.29 متر، ليمنح بلاده أول ميدالية لها في البطولة العالمية.
وبذلك ارتفع رصيد العرب من الميداليات إلى 6 ميداليات، هي ذهبيتان وفضيتان وبرونزيتان.
وكانت منافسات بطولة العالم لألعاب القوى قد انطلقت في الرابع من أغسطس الحالي في العاصمة البريطانية لندن، وجمعت نخبة العدائين والمتسابقين في العالم.
""", [
    ev("barshim-gold", "فاز القطري معتز عيسى برشم، مساء الأحد، بالميدالية الذهبية", GOLD, "'مساء الأحد' in an article of Mon 14 Aug 2017 = Sun 13 Aug"),
    ev("championships-close", "أسدل الستار عليها الليلة الماضية", GOLD, "'الليلة الماضية' from Mon 14 Aug = the closing night of Sun 13 Aug 2017"),
    ev("haroun-400m-bronze", "بعد برونزية مواطنه عبد الإله هارون في سباق 400 متر", "2017-08-08", "no own expression; the 400 m final of Tue 8 Aug 2017 (outside knowledge)"),
    ev("lysenko-silver", "فنال الأخير الفضية بعد أن سجل 2.32 متر", GOLD, "same final, Sun 13 Aug 2017"),
    ev("ghazal-bronze", "وذهبت البرونزية إلى السوري مجد الدين غزال", GOLD, "same final, Sun 13 Aug 2017"),
    ev("championships-open", "قد انطلقت في الرابع من أغسطس الحالي", "2017-08-04", "'في الرابع من أغسطس الحالي' = Fri 4 Aug 2017"),
])
art(S, "https://mail.almawqeapost.net/sports/22295",
    "2017-08-14", "page date line 'وكالات الإثنين, 14 أغسطس, 2017 - 09:44 صباحاً' (kept as second line without 'وكالات'; 14 Aug 2017 was a Monday); the photo caption dropped; headline kept from the page (reworded); the last, truncated sentence on Drouin dropped", True, """
برشم يهدي قطر ذهبية القفز العالي في بطولة العالم
الإثنين, 14 أغسطس, 2017 - 09:44 صباحاً
ظفر القطري معتز برشم بذهبية القفز العالي في بطولة العالم لألعاب القوى بعدما احتل المركز الأول في اليوم الأخير من البطولة المقامة في لندن.
وحصد برشم الذهبية بقفزة بلغت 2.35 م، بينما أحرز الروسي دانييل ليسنكو، المشارك بصفة رياضي مستقل، الميدالية الفضية مسجلا 2.32 م، ونال السوري مجد الدين غزال الميدالية البرونزية بقفزة بلغت 2.29 متر، وهي أول ميدالية لغزال في تاريخ بلاده ببطولة العالم.
وكان برشم (26 عاما)، صاحب فضية أولمبياد ريو 2016 وفضية بطولة العالم بموسكو 2013 وبرونزية أولمبياد لندن 2012، مرشحا بقوة للذهبية بعدما سجل أفضل رقم هذه السنة 2.38 م في أوسلو، لكنه لم يقدر على تحطيم الرقم العالمي للكوبي خافيير سوتومايور (2.45 م)، وبإمكان المتسابق القطري أن يحاول تحطيم الرقم العالمي على أرضه حين تستضيف الدوحة بطولة العالم المقبلة في 2019.
وقال برشم: "هذه أول ذهبية لي في بطولة العالم، وكنت عازما على الفوز بها. كنت أنتظرها الليلة، ولذلك أنا سعيد لأنني حققت هدفي".
""", [
    ev("barshim-gold", "ظفر القطري معتز برشم بذهبية القفز العالي", GOLD, "'في اليوم الأخير من البطولة' = Sun 13 Aug 2017, the day before the date line"),
    ev("lysenko-silver", "أحرز الروسي دانييل ليسنكو", GOLD, "same final, Sun 13 Aug 2017"),
    ev("ghazal-bronze", "ونال السوري مجد الدين غزال الميدالية البرونزية", GOLD, "same final, Sun 13 Aug 2017"),
    ev("moscow-2013-silver", "وفضية بطولة العالم بموسكو 2013", MOSCOW, "'2013' = the Moscow final of Thu 15 Aug 2013 (outside knowledge)"),
    ev("oslo-2-38", "بعدما سجل أفضل رقم هذه السنة 2.38 م في أوسلو", "2017-06-15", "'هذه السنة': the Oslo Diamond League (Bislett Games) of Thu 15 Jun 2017 (outside knowledge)"),
    ev("doha-2019-worlds", "حين تستضيف الدوحة بطولة العالم المقبلة في 2019", "2019-09-27", "'في 2019' = the Doha world championships, 27 Sep - 6 Oct 2019 (outside knowledge)", end="2019-10-07"),
])

# ---------------------------------------------------------------- morocco-el-mardi-world-boxing-title-2023
S = "morocco-el-mardi-world-boxing-title-2023"
TITLE = "2023-03-26"                       # the +81 kg final in New Delhi won over Lazzat Kungeibayeva, Sun 26 Mar 2023
HOME = "2023-03-29"                        # the return and reception at Mohammed V airport, Casablanca, Wed 29 Mar 2023
ISTANBUL = ("2022-05-19", "2022-05-21")    # the silver of the Istanbul world championships (finals of 19-20 May 2022; my span)
SEMIS = ("2023-03-23", "2023-03-26")       # the New Delhi semi-finals (Mottaqi's bronze, El Mardi's win over Pyatak), 23-25 Mar 2023 (my span)
art(S, "https://almasse24.com/2023/03/26/%D8%AE%D8%AF%D9%8A%D8%AC%D8%A9-%D8%A7%D9%84%D9%85%D8%B1%D8%B6%D9%8A-%D8%AA%D8%AA%D9%88%D8%AC-%D8%A8%D8%B0%D9%87%D8%A8%D9%8A%D8%A9-%D8%A8%D8%B7%D9%88%D9%84%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85",
    "2023-03-26", "date in the URL '/2023/03/26/' (26 Mar 2023 was a Sunday); the body's 'اليوم الأحد' agrees with the final of that day; the trailing 'adm' and the last clause on futsal dropped; headline kept from the page (reworded)", True, """
خديجة المرضي تحرز ذهبية بطولة العالم للملاكمة للمرة الأولى في مسيرتها
أحرزت البطلة المغربية خديجة المرضي، اليوم الأحد، ذهبية بطولة العالم للملاكمة للسيدات، دورة نيوديلهي 2023، في وزن +81 كلغ، وذلك لأول مرة في مسيرتها وفي تاريخ المغرب في هذه الرياضة.
وجاء تتويج المرضي بالذهبية في وزن +81 كلغ إثر فوزها في النزال الختامي على الكازاخستانية كونجيباييفا لازات.
وتعد خديجة المرضي أول ملاكمة مغربية وعربية وإفريقية تبلغ هذا الإنجاز، لترفع الراية المغربية عاليا، وتتوالى إنجازات الرياضة المغربية في الآونة الأخيرة بعد ما حققه المنتخب الوطني الأول لكرة القدم في نهائيات كأس العالم قطر 2022، والمنتخب النسوي في كأس إفريقيا للسيدات.
وضمت قائمة المنتخب المغربي في هذه البطولة العالمية أربع ملاكمات: خديجة المرضي (أكثر من 81 كلغ)، وياسمين متقي (أقل من 48 كلغ) المتوجة بالبرونز، إضافة إلى وداد برطال (أقل من 54 كلغ) ورباب شيدر (أقل من 50 كلغ) اللتين غادرتا على التوالي من الدور الثاني وربع النهائي.
""", [
    ev("el-mardi-gold", "أحرزت البطلة المغربية خديجة المرضي، اليوم الأحد، ذهبية", TITLE, "'اليوم الأحد' = Sun 26 Mar 2023 (URL date)"),
    ev("morocco-world-cup-2022", "في نهائيات كأس العالم قطر 2022", "2022-11-23", "'قطر 2022' = Morocco's run at the World Cup, Wed 23 Nov - Sat 17 Dec 2022 (outside knowledge)", end="2022-12-18"),
    ev("women-afcon-2022", "والمنتخب النسوي في كأس إفريقيا للسيدات", "2022-07-02", "no own expression; the Women's Cup of Nations in Morocco, 2-23 Jul 2022 (outside knowledge)", end="2022-07-24"),
    ev("mottaqi-bronze", "وياسمين متقي (أقل من 48 كلغ) المتوجة بالبرونز", SEMIS[0], "no own expression; her bronze was settled by the semi-final, 23-25 Mar 2023 (my span)", end=SEMIS[1]),
])
art(S, "https://maghress.com/aldar/305127",
    "2023-03-27", "no date line on the stored page; the body's 'أمس الأحد' for the final of Sun 26 Mar 2023 gives Mon 27 Mar 2023; headline written from the body (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
المرضي تتوج بطلة للعالم في نيودلهي
رسخت أيقونة القفاز المغربي خديجة المرضي، أمس الأحد في نيودلهي، مكانتها سفيرة متميزة للملاكمة النسوية الوطنية على الصعيدين القاري والعربي، بعدما انتزعت ذهبية بطولة العالم في وزن أكثر من 81 كلغ إثر تفوقها في النهائي على الكازاخستانية كونغيباييفا لازات.
وبهذا الانتصار دخلت المرضي التاريخ من جديد بوصفها أول بطلة إفريقية وعربية تحقق هذا الإنجاز في مونديال الملاكمة النسوية، بعد سنة واحدة فقط من إحرازها الميدالية الفضية في بطولة العالم للملاكمة في تركيا.
وكانت قد قالت: "هدفي الآن هو الذهبية، سأقاتل من أجل اللقب العالمي، وأسعى لتحقيق أحلامي وأحلام كل المغاربة"، وبهذا الإصرار خاضت المرضي النزال النهائي الذي بلغته على حساب الروسية بياتاك ديانا، فتحقق حلمها بأن تصبح أول عربية وإفريقية تعتلي أعلى درجة في منصة التتويج ببطولة العالم.
وبفضل ذهبية خديجة المرضي احتل المغرب المركز الخامس عالميا في بطولة العالم بنيودلهي، بعدما أضافت مواطنتها ياسمين المتقي برونزية.
""", [
    ev("el-mardi-gold", "بعدما انتزعت ذهبية بطولة العالم في وزن أكثر من 81 كلغ", TITLE, "'أمس الأحد' in an article of Mon 27 Mar 2023 = Sun 26 Mar"),
    ev("istanbul-2022-silver", "بعد سنة واحدة فقط من إحرازها الميدالية الفضية", ISTANBUL[0], "'بعد سنة واحدة فقط' = the Istanbul world championships of May 2022, finals on 19-20 May 2022 (outside knowledge; my span)", end=ISTANBUL[1]),
    ev("semifinal-win-pyatak", "النزال النهائي الذي بلغته على حساب الروسية بياتاك ديانا", SEMIS[0], "no own expression; the semi-final, 23-25 Mar 2023 (my span)", end=SEMIS[1]),
    ev("mottaqi-bronze", "بعدما أضافت مواطنتها ياسمين المتقي برونزية", SEMIS[0], "no own expression; bronze settled by the semi-final, 23-25 Mar 2023 (my span)", end=SEMIS[1]),
])
art(S, "https://static.kifache.com/%d9%87%d8%b2%d8%a7%d8%aa-%d8%a8%d8%b1%d8%a7%d9%8a%d8%a9-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d9%84%d9%81%d9%88%d9%82-%d8%a7%d8%b3%d8%aa%d9%82%d8%a8%d8%a7%d9%84-%d9%85%d8%a8%d9%87%d8%b1-%d9%84%d9%84/",
    "2023-03-29", "page stamp 'الأربعاء 29 مارس 2023 على الساعة 13:15' (kept as second line; 29 Mar 2023 was a Wednesday) and the body's 'اليوم الأربعاء (29 مارس)'; the site's menu lines, the tag 'عاجل' and the sub-heading dropped; headline kept from the page (reworded from the Darija)", True, """
براية المغرب عاليا.. استقبال مبهر للملاكمة العالمية خديجة المرضي
الأربعاء 29 مارس 2023 على الساعة 13:15
أقيم، اليوم الأربعاء (29 مارس) في مطار محمد الخامس الدولي بالدار البيضاء، حفل استقبال على شرف الملاكمة خديجة المرضي، التي أحرزت مؤخرا الميدالية الذهبية في وزن أزيد من 81 كلغ ضمن بطولة العالم للملاكمة للسيدات (نيودلهي 2023).
وأصبحت البطلة العالمية خديجة المرضي، التي لقيت استقبالا شعبيا حافلا، أول ملاكمة مغربية وعربية وإفريقية تتوج ببطولة العالم للملاكمة للسيدات، لتعزز أيقونة القفاز المغربي بذلك مكانتها سفيرة متميزة للملاكمة النسوية الوطنية قاريا وعربيا.
وبهذا الفوز دخلت المرضي التاريخ مرة أخرى بوصفها أول بطلة إفريقية وعربية تحقق هذا الإنجاز على الإطلاق في مونديال الملاكمة النسوية.
""", [
    ev("return-reception", "حفل استقبال على شرف الملاكمة خديجة المرضي", HOME, "'اليوم الأربعاء (29 مارس)' = Wed 29 Mar 2023"),
    ev("el-mardi-gold", "التي أحرزت مؤخرا الميدالية الذهبية", TITLE, "'مؤخرا': the final of Sun 26 Mar 2023"),
])
art(S, "https://24saa.com/%d8%a7%d8%ad%d8%aa%d9%81%d8%a7%d8%a1-%d8%ae%d8%a7%d8%b5-%d8%a8%d8%b9%d8%af-%d8%b9%d9%88%d8%af%d8%a9-%d8%ae%d8%af%d9%8a%d8%ac%d8%a9-%d8%a7%d9%84%d9%85%d8%b1%d8%b6%d9%8a-%d8%a8%d8%b7%d9%84%d8%a9-%d8%a7",
    "2023-03-29", "no date line on the stored page; the body's 'صباح اليوم' for the return to Morocco, which kifache dates to 'اليوم الأربعاء (29 مارس)', gives Wed 29 Mar 2023; the source tag '24ساعة-متابعة' dropped; headline kept from the page (reworded); no date of its own in the text", False, """
احتفاء خاص بعودة خديجة المرضي بطلة العالم
بعد أن توجت بطلة للعالم في بطولة العالم للملاكمة النسوية بالعاصمة الهندية نيو ديلهي، رجعت خديجة المرضي صباح اليوم إلى أرض الوطن، حيث خصتها عائلتها والجامعة الملكية المغربية للملاكمة باستقبال حافل.
وحظيت خديجة المرضي، أول امرأة عربية وإفريقية تحرز لقب بطلة العالم، باستقبال كبير من عائلتها والجامعة الملكية المغربية للملاكمة وعدد من الجماهير المغربية لدى عودتها إلى أرض الوطن، احتفاء بتتويجها في نيو ديلهي.
وكانت المرضي قد حققت هذا الإنجاز التاريخي بعد تغلبها على الكازاخستانية لازات كونغيباييفا في نهائي وزن فوق 81 كيلوغراما يوم الأحد بنتيجة 4-1.
وسبق للملاكمة البالغة من العمر 32 عاما أن هزمت كونغيباييفا في بطولة "سلسلة الحزام الذهبي" بمراكش في المغرب الشهر الماضي.
ونالت المرضي من قبل الميدالية البرونزية في بطولة العالم 2019، ثم الفضية في العام الماضي في تركيا.
""", [
    ev("return-reception", "رجعت خديجة المرضي صباح اليوم إلى أرض الوطن", HOME, "'صباح اليوم' = Wed 29 Mar 2023 (the reception at Mohammed V airport, kifache)"),
    ev("el-mardi-gold", "في نهائي وزن فوق 81 كيلوغراما يوم الأحد", TITLE, "'يوم الأحد' before Wed 29 Mar = Sun 26 Mar 2023"),
    ev("golden-belt-marrakech", "في بطولة \"سلسلة الحزام الذهبي\" بمراكش في المغرب الشهر الماضي", "2023-02-01", "'الشهر الماضي' from March = February 2023 (my span for the whole month)", end="2023-03-01"),
    ev("worlds-2019-bronze", "الميدالية البرونزية في بطولة العالم 2019", "2019-10-03", "'2019' = the Ulan-Ude world championships, 3-13 Oct 2019 (outside knowledge; my span)", end="2019-10-14"),
    ev("istanbul-2022-silver", "ثم الفضية في العام الماضي في تركيا", ISTANBUL[0], "'في العام الماضي' = May 2022 in Istanbul, finals on 19-20 May 2022 (my span)", end=ISTANBUL[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 427
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
