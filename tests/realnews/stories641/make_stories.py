"""Builds stories.jsonl: the 641-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: heritage sites, old mosques, souks and museums:
restorations and reopenings, fires in old markets, thefts from museums, inscriptions on heritage lists.
Stories: the reopening of the Fatimid al-Aqmar mosque in al-Muizz street after its restoration (Cairo, Egypt,
August 2023), and the fire of the old henna souk of Jara on the first day of Eid al-Fitr (Gabes, Tunisia,
May 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-cairo-aqmar-mosque-reopening-2023
S = "egypt-cairo-aqmar-mosque-reopening-2023"
OPEN = "2023-08-13"                        # opening of the restored al-Aqmar mosque, Sun 13 Aug 2023 (evening)
WORKS = "2022-10-01"                       # restoration works began on 1 Oct 2022
FRIDAY = "2023-08-18"                      # the first Friday prayer after the opening, Fri 18 Aug 2023
HAKIM = "2023-02-27"                       # the reopening of the al-Hakim bi-Amr Allah mosque, Mon 27 Feb 2023
SEPT = ("2023-09-01", "2023-10-01")        # the planned opening of the Sariyat al-Jabal mosque, September 2023
art(S, "https://alshouranews.com/1990368",
    OPEN, "no date on the stored page; the body's 'مساء اليوم الأحد' for the opening, which was on Sun 13 Aug 2023 (the elwatannews report copied on arabkhabar.com/a/343231 with the stamp '13th, August 2023'; RT via arabkhabar.com/a/354401 of 15 Aug: 'يوم الأحد'), gives Sun 13 Aug 2023; the last sentence, truncated in the stored text (the Awqaf official's words), dropped", False, """
أمين عام الأعلى للآثار يفتتح المسجد الأقمر عقب ترميمه
افتتح الدكتور مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، مساء اليوم الأحد، المسجد الأقمر الواقع في شارع المعز بالقاهرة الفاطمية، وذلك بعد الانتهاء من ترميمه.
وذكر وزيري في كلمة ألقاها أثناء الافتتاح أن ترميم المسجد يأتي امتدادا لاحتفالات المجلس بما حققه من إنجازات.
وبيّن أن الآثار الإسلامية تحظى باهتمام كبير، لافتا إلى أن الأعمال في مسجد الآمر بأحكام الله، المعروف بالمسجد الأقمر، انطلقت في اكتوبر ٢٠٢٢ وبلغت كلفتها ١٤ مليون جنيه تحملتها طائفة البهرة.
وأشار إلى أن الأعمال شملت ترميما معماريا وإزالة التكلسات والاتساخات وتنظيف الأعمدة والشرفات الخارجية للمسجد الذي تصل مساحته إلى 500 متر.
وتابع أن للمسجد واجهة حجرية تعد الأقدم والأولى بين واجهات مساجد القاهرة، بينما بنيت جدرانه بالطوب، موضحا أن اسم الخليفة الآمر بأحكام الله يظهر مكتوبا في المحراب والنص التأسيسي للمرة الأولى في تاريخ مساجد مصر.
ولفت إلى افتتاحات أخرى وشيكة خلال الشهرين "الجاري والقادم"، منها ما هو في القاهرة ومنها ما هو خارجها.
وشدد على أن قطاع الآثار الإسلامية يشهد طفرة، إذ ستفتتح عدة مساجد من بينها مسجد سارية الجبل "سليمان باشا الخادم" بقلعة صلاح الدين.
""", [
    ev("mosque-opening", "افتتح الدكتور مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، مساء اليوم الأحد", OPEN, "'مساء اليوم الأحد' = Sun 13 Aug 2023"),
    ev("restoration-start", "انطلقت في اكتوبر ٢٠٢٢", WORKS, "'اكتوبر ٢٠٢٢' gives the month; the day, 1 Oct 2022, from elwatannews ('1 أكتوبر 2022') and RT ('الأول من شهر أكتوبر 2022')"),
    ev("more-openings-two-months", "افتتاحات أخرى وشيكة خلال الشهرين \"الجاري والقادم\"", "2023-08-01", "'الشهرين الجاري والقادم' from Sun 13 Aug 2023 = August and September 2023 (announced openings)", end="2023-10-01"),
    ev("sariyat-al-jabal-opening", "ستفتتح عدة مساجد من بينها مسجد سارية الجبل", SEPT[0], "no own expression; the planned opening 'في شهر سبتمبر المقبل' (alkhabrlive) = September 2023", end=SEPT[1]),
])
art(S, "https://elwatannews.com/news/details/6737791",
    OPEN, "no date on the stored page; the body's 'اليوم' for the opening; the same report is copied on arabkhabar.com/a/343231 with the stamp 'تاريخ النشر: 13th, August 2023 GMT', and alshouranews has the opening 'مساء اليوم الأحد' = Sun 13 Aug 2023; the sub-headings dropped; the last sentence, truncated in the stored text after 'وافتتاح', ends at 'يعيش طفرة'", False, """
افتتاح مسجد الأقمر في شارع المعز بعد ترميمه بكلفة 14 مليون جنيه
افتتحت وزارة السياحة والآثار، اليوم، مسجد الأقمر الكائن بشارع المعز لدين الله الفاطمي عقب تطويره وترميمه، وذلك بحضور الدكتور مصطفى وزيري الأمين العام للمجلس الأعلى للآثار وعدد من قيادات المجلس، وقد بلغت الكلفة 14 مليون جنيه.
وقال وزيري إنه في إطار مواصلة الاحتفال بما أنجزه المجلس الأعلى في قطاع الآثار الإسلامية، "احتفلنا بافتتاح مسجد الحاكم بأمر الله، واليوم نفتتح جامع الأقمر للخليفة الآمر بأحكام الله"، مضيفا أن العمل بدأ من 1 أكتوبر 2022 بكلفة 14 مليون جنيه.
وبيّن الأمين العام، على هامش مؤتمر صحفي عقد بمناسبة الافتتاح، أن الترميم المعماري جاء دقيقا، وشمل إزالة الاتساخات وتنظيف الأعمدة، لافتا إلى أن مساحة المسجد تقارب 500 متر مربع، وأن واجهته الحجرية هي الأولى والأقدم في القاهرة، وأن اسم الخليفة يظهر على المحراب لأول مرة.
وأضاف وزيري أن افتتاحات أخرى ستتوالى قريبا جدا خلال هذا الشهر، بعضها داخل القاهرة وبعضها خارجها، مؤكدا أن قطاع الآثار الإسلامية يعيش طفرة.
""", [
    ev("mosque-opening", "افتتحت وزارة السياحة والآثار، اليوم، مسجد الأقمر", OPEN, "'اليوم' in an article of Sun 13 Aug 2023"),
    ev("hakim-mosque-opening", "احتفلنا بافتتاح مسجد الحاكم بأمر الله", HAKIM, "no own expression; the al-Hakim mosque was reopened on the evening of Mon 27 Feb 2023 (ngmisr: 'مساء أمس الإثنين الموافق 27 فبراير 2023م')"),
    ev("restoration-start", "العمل بدأ من 1 أكتوبر 2022", WORKS, "'1 أكتوبر 2022' = Sat 1 Oct 2022"),
    ev("press-conference", "على هامش مؤتمر صحفي عقد بمناسبة الافتتاح", OPEN, "no own expression; the press conference at the opening of Sun 13 Aug 2023"),
    ev("more-openings-this-month", "افتتاحات أخرى ستتوالى قريبا جدا خلال هذا الشهر", "2023-08-13", "'خلال هذا الشهر' from Sun 13 Aug 2023 = the rest of August 2023 (announced openings)", end="2023-09-01"),
])
art(S, "https://alkhabrlive.com/?p=3358005",
    OPEN, "no date on the stored page; the body's 'افتتاحه رسميًا اليوم الأحد' for the opening of Sun 13 Aug 2023 (alshouranews 'مساء اليوم الأحد'; the elwatannews copy stamped 13 Aug 2023) gives Sun 13 Aug 2023; the page's category word dropped; the last sentence, truncated in the stored text (the vizier's nisba), ends at 'بن البطائحي' and the vizier's long pedigree is shortened", False, """
صلاة الجمعة القادمة في الجامع الأقمر
أعلن الدكتور هشام عبدالعزيز، رئيس القطاع الديني بوزارة الأوقاف، أن صلاة الجمعة القادمة ستقام وتذاع من الجامع الأقمر بشارع المعز، وذلك بعد افتتاحه رسميًا اليوم الأحد.
وكان الدكتور مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، قد افتتح أعمال ترميم الجامع الأقمر وتطويره في شارع المعز، والتي تكلفت 14 مليون جنيه بتمويل من طائفة البهرة.
وأشار وزيري إلى أن مسجد الأقمر يضم أقدم واجهة حجرية في مصر، موضحا أن أعمال الترميم طالت واجهة المسجد وأعمدته الداخلية.
وبيّن أن المجلس الأعلى للآثار يستعد لافتتاح عدد من المشروعات الأثرية، أبرزها مسجد سارية الجبل بقلعة صلاح الدين الأيوبي في شهر سبتمبر المقبل.
ويقع الجامع الأقمر في شارع المعز لدين الله الفاطمي عند مدخل شارع النحاسين، إلى جوار بئر العظام التي كانت تتبع أحد الأديرة القديمة في المنطقة، ويحظى بمكانة متفردة بين مساجد الشارع الكثيرة بفضل موقعه المميز وتصميمه الفريد.
وقد شُيّد المسجد في عهد الخليفة الآمر بأحكام الله أبي علي منصور بن أحمد، على يد وزيره المعروف تاريخيًا بـ"أبي عبدالله المأمون بن البطائحي".
""", [
    ev("mosque-opening", "بعد افتتاحه رسميًا اليوم الأحد", OPEN, "'اليوم الأحد' = Sun 13 Aug 2023"),
    ev("first-friday-prayer", "صلاة الجمعة القادمة ستقام وتذاع من الجامع الأقمر", FRIDAY, "'الجمعة القادمة' from Sun 13 Aug 2023 = Fri 18 Aug 2023"),
    ev("sariyat-al-jabal-opening", "مسجد سارية الجبل بقلعة صلاح الدين الأيوبي في شهر سبتمبر المقبل", SEPT[0], "'في شهر سبتمبر المقبل' from Aug 2023 = September 2023 (a planned opening)", end=SEPT[1]),
])
art(S, "https://www.arabkhabar.com/a/354401",
    "2023-08-15", "the stamp 'تاريخ النشر: 15th, August 2023 GMT' on the page (an RT Arabic report, not kept in the text); the body's 'يوم الأحد' for the opening of Sun 13 Aug 2023 agrees; the source lines and the unrelated 'read also' items dropped", True, """
مصر.. إعادة افتتاح مسجد الأقمر التاريخي عقب ترميمه
افتتح مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، يوم الأحد، مسجد الأقمر التاريخي في القاهرة بعدما اكتملت عمليات ترميمه.
وذكر وزيري أن ترميم المسجد استمر قرابة عشرة أشهر بدأت في الأول من شهر أكتوبر 2022، مبينا أن أعمال التطوير والترميم تكلفت نحو 14 مليون جنيه أنفقتها جماعة البهرة.
وأضاف أن الأعمال تضمنت ترميما معماريا دقيقا، وإزالة الاتساخات، وتقوية الأخشاب، وحقن الشروخ التي كانت قائمة في المسجد، لافتا إلى أن المسجد يعد من مفاخر العمارة الفاطمية، إذ أنشئ في 1125 م.
""", [
    ev("mosque-opening", "افتتح مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، يوم الأحد", OPEN, "'يوم الأحد' before Tue 15 Aug 2023 = Sun 13 Aug 2023"),
    ev("restoration-period", "ترميم المسجد استمر قرابة عشرة أشهر", WORKS, "'قرابة عشرة أشهر' from 1 Oct 2022 to the opening of Sun 13 Aug 2023 (end exclusive: the opening day)", end=OPEN),
    ev("restoration-start", "بدأت في الأول من شهر أكتوبر 2022", WORKS, "'الأول من شهر أكتوبر 2022' = Sat 1 Oct 2022"),
    ev("mosque-founded", "إذ أنشئ في 1125 م", "1125-01-01", "'1125 م' = the year 1125 CE", end="1126-01-01"),
])

# ---------------------------------------------------------------- tunisia-gabes-jara-henna-souk-fire-2022
S = "tunisia-gabes-jara-henna-souk-fire-2022"
FIRE = "2022-05-02"                        # fire in the old henna souk of Jara, Mon 2 May 2022 (first day of Eid al-Fitr), alert 11:50
STATEMENT = "2022-05-05"                   # the governor's radio statement, Thu 5 May 2022
art(S, "https://www.alchourouk.com/article/%D8%AD%D8%B1%D9%8A%D9%82-%D8%B3%D9%88%D9%82-%D8%A7%D9%84%D8%AD%D9%86%D8%A9-%D8%A8%D9%82%D8%A7%D8%A8%D8%B3-%D8%A7%D9%84%D8%A7%D8%B6%D8%B1%D8%A7%D8%B1-%D8%AA%D8%B7%D8%A7%D9%84-36-%D9%85%D8%AD%D9%84%D8%A7-%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A%D8%A7-%D8%B5%D9%88%D8%B1",
    FIRE, "the stamp 'تاريخ النشر : 19:29 - 2022/05/02' under the headline (not kept in the text); the body's 'اليوم ... الإثنين 2 ماي 2022' agrees; the '(صور)' of the headline and the page's side items dropped", True, """
حريق سوق الحنة بقابس: الأضرار تشمل 36 محلا تجاريا
أفاد العقيد علي الكستوري، المدير الجهوي للحماية المدنية بقابس بالنيابة، بأن الحصيلة شبه النهائية لخسائر الحريق الذي اندلع عند زوال اليوم (تم إشعار الحماية المدنية على الساعة 11 و 50 دق) الإثنين 2 ماي 2022 جاءت مادية وجسيمة، إذ طالت السلع والمنتجات التقليدية الثمينة وجانبا من البنية التحتية، وشملت أكثر من 36 محلا تجاريا في جزء كبير من سوق الحنة العتيق بجارة قابس.
وأوضح في السياق ذاته أن الحريق أُخمد نهائيا مع إبقاء الموقع تحت المراقبة لبعض الوقت، فيما شرعت السلط الأمنية المختصة بالتوازي في التحقيقات للكشف عن أسباب الحادث وملابساته.
""", [
    ev("souk-fire", "الحريق الذي اندلع عند زوال اليوم", FIRE, "'عند زوال اليوم ... الإثنين 2 ماي 2022' = Mon 2 May 2022, around noon"),
    ev("civil-protection-alerted", "تم إشعار الحماية المدنية على الساعة 11 و 50 دق", FIRE, "'على الساعة 11 و 50 دق' of Mon 2 May 2022"),
    ev("fire-controlled", "أن الحريق أُخمد نهائيا", FIRE, "no own expression; put out on the day of the fire, Mon 2 May 2022 (reported at 19:29 that day)"),
    ev("police-inquiry", "شرعت السلط الأمنية المختصة بالتوازي في التحقيقات", FIRE, "no own expression; begun on Mon 2 May 2022, the day of the fire ('بالتوازي')"),
])
art(S, "https://www.ammonnews.net/article/679406",
    FIRE, "the stamp '02-05-2022 10:40 PM' under the headline (not kept in the text); the body's 'مساء الإثنين' agrees (Mon 2 May 2022); the closing '(العين)' source line and the comment notice dropped", True, """
حريق ضخم يأتي على 20 محلا في سوق تونسية
أتى حريق ضخم، مساء الإثنين، على 20 محلا تجاريا في سوق الحنة بمحافظة قابس، جنوب شرقي تونس.
وفي وقت لاحق، تمكنت فرق الحماية المدنية من السيطرة على الحريق الذي ما تزال أسبابه غير معروفة.
وأعلن محمد الكراي، المتحدث الرسمي باسم المحكمة الابتدائية بقابس، فتح تحقيق في الحادثة.
وانتشرت النيران التي شبت في سوق جارة للصناعات التقليدية وسط مدينة قابس لتطال عشرين متجرا من متاجر السوق.
وقد نجح أعوان الحماية المدنية في إخماد الحريق الذي اشتدت قوته وتسارع انتشاره بسبب طبيعة المنتجات التقليدية المعروضة في هذه المتاجر، والمصنوعة في معظمها من الألياف النباتية والصوف، إضافة إلى تلاصق المتاجر.
وتُعد سوق جارة للصناعات التقليدية في قابس من أبرز المحطات السياحية بفضل طابعها المعماري المميز وما يُعرض فيها من صناعات ومنتجات تقليدية.
""", [
    ev("souk-fire", "أتى حريق ضخم، مساء الإثنين", FIRE, "'مساء الإثنين' = Mon 2 May 2022 (the fire broke out around noon, alert at 11:50, per alchourouk)"),
    ev("fire-controlled", "تمكنت فرق الحماية المدنية من السيطرة على الحريق", FIRE, "no own expression; 'في وقت لاحق' the same day, Mon 2 May 2022"),
    ev("judicial-investigation", "فتح تحقيق في الحادثة", FIRE, "no own expression; announced on the day of the fire, Mon 2 May 2022 (reported at 22:40 that day)"),
])
art(S, "https://www.aloumma.com/%d8%a3%d8%a8%d8%b1%d8%b2%d9%87%d8%a7-%d8%a7%d9%86%d8%af%d9%84%d8%b9-%d8%a8%d8%b3%d9%88%d9%82-%d8%a3%d8%ab%d8%b1%d9%8a-%d9%81%d9%8a-%d9%82%d8%a7%d8%a8%d8%b3-%d8%ad%d8%b1%d8%a7%d8%a6%d9%82-%d9%85/",
    "2022-05-03", "no date on the stored page; the body's 'أمس الاثنين' for the fire of Mon 2 May 2022 (alchourouk, kapitalis: 'اليوم الاثنين 02 ماي 2022') gives Tue 3 May 2022; the last sentence, truncated in the stored text (a fire in Bizerte 'مساء أمس الاثنين'), dropped", False, """
أبرزها في سوق أثري بقابس.. حرائق متزامنة في عدة مدن تونسية
شهدت مدن تونسية عدة حرائق متزامنة خلال أول أيام عيد الفطر، أبرزها الحريق الذي شب في سوق الحناء الأثري بولاية (محافظة) قابس، جنوب شرقي البلاد، أمس الاثنين، إلى جانب حرائق أخرى.
ولم يخلف الحريق خسائر بشرية، ولم تعلن أسبابه بعد، بينما تواصل الجهات الأمنية تحقيقاتها.
وخرج عدد من أهالي محافظة قابس في احتجاج طالبوا فيه بإقالة جميع المسؤولين ومحاسبتهم.
وذكرت وكالة الأنباء التونسية الرسمية أن أعوان الدفاع المدني بمدينة قابس نجحوا في السيطرة على النيران التي اندلعت في سوق جارة للصناعات التقليدية وسط المدينة، وامتدت إلى 20 متجرا من متاجره.
وتناقل ناشطون على مواقع التواصل الاجتماعي صورا ومقاطع فيديو تُظهر النيران وهي تلتهم محلات التجار وبضائعهم في سوق جارة.
وفي ولاية بن عروس، أحكمت قوات الدفاع المدني سيطرتها الكاملة على حريق نشب صباح أمس في مصنع للملابس المستعملة بالمنطقة الصناعية الجديدة.
وبحسب مصدر رسمي، فإن المصنع المحترق مغلق منذ سنتين ويُستخدم مخزنا لتجميع الملابس المستعملة.
""", [
    ev("eid-first-day", "خلال أول أيام عيد الفطر", FIRE, "'أول أيام عيد الفطر' 1443 in Tunisia = Mon 2 May 2022 (bilakinaa: 'أول ايام العيد 2 ماي 2022')"),
    ev("souk-fire", "أبرزها الحريق الذي شب في سوق الحناء الأثري", FIRE, "'أمس الاثنين' in an article of Tue 3 May 2022 = Mon 2 May 2022"),
    ev("fire-controlled", "نجحوا في السيطرة على النيران التي اندلعت في سوق جارة", FIRE, "no own expression; the fire was put out on Mon 2 May 2022 (alchourouk, ammonnews)"),
    ev("ben-arous-factory-fire", "حريق نشب صباح أمس في مصنع للملابس المستعملة", FIRE, "'صباح أمس' in an article of Tue 3 May 2022 = the morning of Mon 2 May 2022"),
])
art(S, "https://radioexpressfm.com/ar/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/%d8%b5%d8%a7%d8%a8%d8%b1-%d8%a7%d9%84%d8%a8%d9%86%d8%a8%d9%84%d9%8a-%d8%a7%d8%b3%d8%aa%d9%83%d9%85%d8%a7%d9%84-%d8%a7%d9%84%d8%aa%d9%82%d8%b1%d9%8a%d8%b1-%d8%a7%d9%84%d8%ae%d8%a7%d8%b5-%d8%a8%d8%ad/",
    STATEMENT, "the page stamp 'today05/05/2022' under the headline (not kept in the text) and the body's 'اليوم 5 ماي 2022' (Thu 5 May 2022); the embedded video caption and the last sentence, truncated in the stored text after '250 ألف دينار', dropped; the three-point plan joined into one sentence", True, """
صابر البنبلي: التقرير الخاص بحريق سوق جارة يُستكمل خلال ساعات
قال صابر البنبلي، والي قابس، اليوم 5 ماي 2022 في برنامج أكسبراسو، إن السفينة الغارقة في قابس لا تترتب عليها تداعيات بيئية.
أما بخصوص حريق سوق جارة بقابس الذي وقع يوم العيد وأتى على عشرين دكانا، فقد أوضح أن الأبحاث ما تزال متواصلة إلى حدود هذه اللحظة، ولا يمكن الجزم بعد إن كان بفعل فاعل أم لا.
وأضاف أنه تم تشكيل خلية أزمة وإعداد خطة عمل من ثلاث مراحل: إعادة التجار إلى نشاطهم عبر البحث عن مكان بديل يستأنفون فيه تجارتهم في أقرب الآجال، ثم الإسراع بترميم ما خلفه الحريق، وأخيرا تهيئة السوق بأكمله لما يشكوه من نقائص عديدة.
وأشار الوالي إلى أن لجنة عاينت الخسائر بدقة، وأن تقريرها سيُستكمل خلال ساعات ليكون أساس التدخل العملي الفعلي، بالتوازي مع إعداد ملف فني للتدخل باعتبار سوق جارة معلما أثريا وتاريخيا.
وبيّن أنه تم الشروع في رفع مخلفات الحريق، كما فُتح حساب بريدي باسم سوق جارة لجمع التبرعات لفائدته، وهو الوجهة الوحيدة المعتمدة لذلك.
""", [
    ev("governor-statement", "قال صابر البنبلي، والي قابس، اليوم 5 ماي 2022", STATEMENT, "'اليوم 5 ماي 2022' = Thu 5 May 2022"),
    ev("souk-fire", "حريق سوق جارة بقابس الذي وقع يوم العيد", FIRE, "'يوم العيد' = the first day of Eid al-Fitr, Mon 2 May 2022"),
    ev("damage-report", "تقريرها سيُستكمل خلال ساعات", STATEMENT, "'خلال ساعات' from the statement of Thu 5 May 2022 = the same day"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 641
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
