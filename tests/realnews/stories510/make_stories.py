"""Builds stories.jsonl: the 510-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: referendums and constitutional amendments (votes announced,
held, results declared, appeals).
Stories: the Chadian constitutional referendum (December 2023), the Turkish constitutional referendum (April
2017), the Egyptian constitutional amendments referendum (March 2011), and the Syrian constitutional declaration
(March 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- chad-constitutional-referendum-2023
S = "chad-constitutional-referendum-2023"
VOTE = "2023-12-17"           # the referendum was held on Sun 17 Dec 2023
PROVISIONAL = "2023-12-24"    # the commission (CONOREC) announced the provisional results on Sun 24 Dec 2023
COURT = "2023-12-28"          # the Supreme Court proclaimed the final results, rejecting the appeals, on Thu 28 Dec 2023
PROMULGATED = "2023-12-29"    # Mahamat Idriss Deby signed the promulgation decree early on Fri 29 Dec 2023
art(S, "https://cms.news.tn/posts/%d8%a5%d9%82%d8%b1%d8%a7%d8%b1-%d8%af%d8%b3%d8%aa%d9%88%d8%b1-%d8%aa%d8%b4%d8%a7%d8%af-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af-%d8%a8%d9%86%d8%b3%d8%a8%d8%a9-86-%d9%85%d9%86-%d8%a7%d9%84%d8%a3%d8%b5-2",
    PROVISIONAL, "no date line on the stored page (a Reuters report carried by news.tn); the body's 'اليوم الأحد' for the commission's announcement of the results of 'استفتاء أجري قبل أسبوع' (the vote of Sun 17 Dec 2023) gives Sun 24 Dec 2023; the date of the provisional results is confirmed by the Chadian presidency's page ('النتائج المؤقتة ... في ٢٤ ديسمبر ٢٠٢٣'); the '[ad_1]' marker and the last, truncated sentence dropped; headline completed from the URL slug", False, """
إقرار دستور تشاد الجديد بنسبة 86% من الأصوات
كشفت اللجنة الانتخابية في تشاد، اليوم الأحد، أن 86% من المقترعين أيدوا الدستور الجديد للبلاد في الاستفتاء الذي نُظم قبل أسبوع، غير أن قادة المعارضة شككوا في صحة هذه الأرقام.
وكان الحكام العسكريون قد قدموا الدستور الجديد على أنه خطوة أساسية على طريق العودة إلى الحكم المدني، بينما نددت به شخصيات معارضة، ودعا بعضها إلى مقاطعة انتخابات 17 ديسمبر.
وذكرت اللجنة أن نسبة المشاركة وصلت إلى 63.75 بالمئة، وهي نسبة اعترض عليها قادة المعارضة.
وأكد ماكس كيمكوي، رئيس إحدى جماعات المعارضة، أن "الإقبال كان أدنى بكثير مما أعلنه المسؤولون"، مضيفا: "لقد شاهد الجميع يوم التصويت أن المقاطعة لقيت التزاما".
أما يويانا بانيارا، رئيسة الكتلة الفيدرالية التي دعت إلى التصويت بـ"لا"، فقالت: "لقد تلاعبوا بالنتائج ورفعوها شيئا فشيئا لإعلانها اليوم. إنه عار على البلاد".
وأفادت السلطات الانتخابية بأن الاستفتاء جرى بسلاسة باستثناء بعض "الخلل الطفيف".
وهذه النتائج أولية، إذ من المقرر أن تعلن المحكمة العليا النتائج النهائية في 28 ديسمبر/كانون الأول.
ويمثل الاستفتاء خطوة محورية نحو العودة إلى الحكم المدني بحلول نهاية عام 2024، كما وعد القادة العسكريون.
""", [
    ev("provisional-results", "كشفت اللجنة الانتخابية في تشاد، اليوم الأحد", PROVISIONAL, "'اليوم الأحد' = Sun 24 Dec 2023 (a week after the vote)"),
    ev("referendum-vote", "في الاستفتاء الذي نُظم قبل أسبوع", VOTE, "'قبل أسبوع' from Sun 24 Dec 2023 = Sun 17 Dec (also 'انتخابات 17 ديسمبر' in the text)"),
    ev("banyara-fraud-claim", "لقد تلاعبوا بالنتائج ورفعوها شيئا فشيئا لإعلانها اليوم", PROVISIONAL, "the reaction to the results announced 'اليوم' = Sun 24 Dec 2023"),
    ev("court-final-results", "أن تعلن المحكمة العليا النتائج النهائية في 28 ديسمبر/كانون الأول", COURT, "'في 28 ديسمبر/كانون الأول' = Thu 28 Dec 2023 (scheduled, and held that day: tchadinfos)"),
])
art(S, "https://tchadinfos.com/%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%A7%D9%84%D8%B9%D9%84%D9%8A%D8%A7-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%84%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D9%86%D9%87%D8%A7%D8%A6%D9%8A%D8%A9/",
    COURT, "the body's first sentence states the day: 'أعلنت المحكمة العليا مساء اليوم 28 ديسمبر 2023م' (Thu 28 Dec 2023); headline from the URL slug; the last, truncated sentence (934 annulled tally sheets) dropped", True, """
المحكمة العليا تعلن النتائج النهائية
كشفت المحكمة العليا مساء اليوم 28 ديسمبر 2023م عن النتائج النهائية للاستفتاء الدستوري الذي أشرفت عليه اللجنة الوطنية المكلفة بالاستفتاء الدستوري، والذي جرى في مطلع ال17 من ديسمبر 2023، إذ نال المصوتون بنعم نسبة 85.90% مقابل 14.10% للمصوتين بلا.
وكانت اللجنة الوطنية المكلفة بتنظيم الاستفتاء الدستوري قد أعلنت في نتائجها 86% لصالح نعم و14% لصالح لا، فيما حددت المحكمة نسبة المشاركة بـ62.86% بدلا من 63.75% التي قدمتها اللجنة.
وأوضحت المحكمة أنها تسلمت طعونا من الكتلة الفيدرالية وحزب "لا جبهة"، وهما معسكران فيدراليان دعوا إلى التصويت بـ"لا"، ومن معسكرين آخرين دعوا إلى المقاطعة، هما اتحاد المعارضة ذات المصداقية بقيادة يايا ديلو وحزب RNDT-Le Réveil الذي يرأسه رئيس الوزراء السابق باهيمي باداكي ألبرت.
وقد طالب هؤلاء إجمالا بإبطال الاستفتاء وحل الكونوريك التي رأوا أنها منحازة، فقضت المحكمة بقبول الطعون شكلا ورفضها موضوعا لأنها "بلا موضوع".
وأوضح رئيس المحكمة سمير آدم النور أن حل الكونوريك لا يمكن طلبه بعد انتهاء العملية، مضيفا أن المخالفات المرصودة لا يرجح أن تمس مصداقية الاقتراع في مجمله.
""", [
    ev("court-final-results", "كشفت المحكمة العليا مساء اليوم 28 ديسمبر 2023م", COURT, "'مساء اليوم 28 ديسمبر 2023م' = Thu 28 Dec 2023"),
    ev("referendum-vote", "والذي جرى في مطلع ال17 من ديسمبر 2023", VOTE, "'ال17 من ديسمبر 2023' = Sun 17 Dec 2023"),
    ev("provisional-results", "قد أعلنت في نتائجها 86% لصالح نعم", PROVISIONAL, "no own expression; the commission's provisional results of Sun 24 Dec 2023 (news.tn 'اليوم الأحد')"),
    ev("opposition-appeals", "أنها تسلمت طعونا من الكتلة الفيدرالية", PROVISIONAL, "no own expression; the appeals were lodged after the provisional results of Sun 24 Dec and before the ruling of Thu 28 Dec 2023 (my span 24 - 27 Dec)", end=COURT),
    ev("appeals-rejected", "فقضت المحكمة بقبول الطعون شكلا ورفضها موضوعا", COURT, "no own expression; the ruling announced with the final results, Thu 28 Dec 2023"),
])
art(S, "https://tasamuhnews.com/%d8%aa%d8%b4%d8%a7%d8%af-%d8%a7%d8%b9%d8%aa%d9%85%d8%a7%d8%af-%d8%a7%d9%84%d8%af%d8%b3%d8%aa%d9%88%d8%b1-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af-%d9%84%d9%84%d8%a8%d9%84%d8%a7%d8%af",
    PROMULGATED, "no date on the stored page; the body's 'فجر اليوم الجمعة' for the signing, which came 'بعد يوم من مصادقة المحكمة العليا' (Thu 28 Dec 2023), gives Fri 29 Dec 2023 (the presidency's page: the decree was signed 'غداة' the court's proclamation); headline from the URL slug", False, """
تشاد: اعتماد الدستور الجديد للبلاد
صادق رئيس المرحلة الانتقالية محمد إدريس ديبي، فجر اليوم الجمعة، على اعتماد الدستور الجديد للبلاد وأمر بنشره في الجريدة الرسمية. وذكرت الصفحة الرسمية للإعلام الرئاسي أن هذا التوقيع يعني انطلاق "الجمهورية الخامسة".
ويأتي التوقيع بعد يوم من مصادقة المحكمة العليا على نتائج الاستفتاء الذي أجري في 17 ديسمبر الماضي، وأيده الناخبون بنسبة 85.90% مقابل 14.10% صوتوا ضده، وهو دستور يحسم شكل الدولة بصفتها "دولة موحدة ولامركزية".
وبلغ عدد المشاركين 4 مليون و 270 ألفاً و 897، وهو أول اقتراع تشهده تشاد منذ تسلم المجلس العسكري السلطة في 20 ابريل 2021.
""", [
    ev("constitution-promulgated", "صادق رئيس المرحلة الانتقالية محمد إدريس ديبي، فجر اليوم الجمعة", PROMULGATED, "'فجر اليوم الجمعة' = Fri 29 Dec 2023"),
    ev("court-final-results", "بعد يوم من مصادقة المحكمة العليا على نتائج الاستفتاء", COURT, "'بعد يوم من' before Fri 29 Dec 2023 = Thu 28 Dec"),
    ev("referendum-vote", "الاستفتاء الذي أجري في 17 ديسمبر الماضي", VOTE, "'17 ديسمبر الماضي' = Sun 17 Dec 2023"),
    ev("junta-takes-power", "منذ تسلم المجلس العسكري السلطة في 20 ابريل 2021", "2021-04-20", "'في 20 ابريل 2021' = Tue 20 Apr 2021"),
])

# ---------------------------------------------------------------- turkey-constitutional-referendum-2017
S = "turkey-constitutional-referendum-2017"
VOTE = "2017-04-16"           # the referendum on the presidential system was held on Sun 16 Apr 2017
YSK_REJECT = "2017-04-19"     # the Supreme Election Council (YSK) rejected the opposition's appeals on Wed 19 Apr 2017
art(S, "https://arabic.euronews.com/2017/04/16/president-erdogan-hails-win-opposition-call-for-recount-in-turkey-referendum",
    VOTE, "the page's address (its time stamp) carries 2017/04/16; the report is of the night of the vote (Erdogan's victory speech of Sun 16 Apr 2017); the stored excerpt has no headline: headline rendered in Arabic from the URL slug ('president erdogan hails win, opposition call for recount')", True, """
إردوغان يحتفي بالفوز في الاستفتاء والمعارضة تطالب بإعادة الفرز
عمّت الفرحة في تركيا صفوف أنصار الرئيس رجب طيب إردوغان وحزبه الحاكم، حزب العدالة والتنمية.
وأكد الرئيس أن الناخبين الأتراك اتخذوا قرارا تاريخيا، وأن ما حدث ليس أمرا عاديا، بل هو منعطف كبير في مسار التطور السياسي لبلاده منذ قيام تركيا الحديثة على أنقاض الإمبراطورية العثمانية.
وقال: "هذه الإصلاحات الدستورية ليست تعديلات عادية، إنها شيء مختلف وذات دلالة قوية جدا جدا. إنها المرة الأولى في تركيا التي يقرر فيها البرلمان والشعب تغييرا بهذه الأهمية".
وأعلن إردوغان أن خمسة وعشرين مليون ناخب صوتوا بـ"نعم" لتعديل الدستور وتوسيع صلاحيات الرئيس، أي ما يعادل واحدا وخمسين فاصلة خمسة بالمائة من الأصوات.
وبهذا الاستفتاء يكون الرئيس التركي قد نجح في نقل بلاده بسلاسة من النظام البرلماني إلى النظام الرئاسي، مستفيدا من محاولة الانقلاب الفاشلة ضده الصيف الماضي التي مهدت له الأجواء لتثبيت حكمه وتعزيز صلاحياته، رغم الانتقادات في الداخل والخارج.
""", [
    ev("yes-celebrations", "عمّت الفرحة في تركيا صفوف أنصار الرئيس", VOTE, "no own expression; the celebrations on the night of the vote, Sun 16 Apr 2017 (the page's date)"),
    ev("erdogan-victory-speech", "وأكد الرئيس أن الناخبين الأتراك اتخذوا قرارا تاريخيا", VOTE, "no own expression; Erdogan's speech on the night of the vote, Sun 16 Apr 2017"),
    ev("referendum-vote", "صوتوا بـ\"نعم\" لتعديل الدستور", VOTE, "no own expression; the referendum of Sun 16 Apr 2017"),
    ev("coup-attempt-2016", "محاولة الانقلاب الفاشلة ضده الصيف الماضي", "2016-07-15", "'الصيف الماضي' from April 2017 = the coup attempt of the night of Fri 15 Jul 2016 (known date)"),
])
art(S, "https://sauress.com/alriyadh/1587261",
    YSK_REJECT, "no date line on the stored page (an al-Riyadh report carried by sauress, Reuters wording); the body's 'اليوم الأربعاء' for the YSK's rejection of the appeals, decided on Wed 19 Apr 2017 (elmwatin, dated 'الأربعاء 19/أبريل/2017': 'رفض المجلس الانتخابي، اليوم الأربعاء، جميع الطعون'), gives Wed 19 Apr 2017; headline written from the body (the stored text has none)", False, """
لجنة الانتخابات التركية ترفض طعون إلغاء نتيجة الاستفتاء
ردّت اللجنة العليا للانتخابات في تركيا اليوم الأربعاء طعونا تطالب بإلغاء نتيجة الاستفتاء الذي خوّل الرئيس رجب طيب أردوغان صلاحيات جديدة واسعة، إلا أن حزب الشعب الجمهوري المعارض أكد تمسكه بطعنه القانوني في النتيجة.
وكان استفتاء الأحد قد أجاز بفارق ضئيل أكبر تحول في النظام السياسي التركي منذ قيام الجمهورية قبل نحو قرن من الزمان، وذكرت اللجنة العليا للانتخابات أنها نظرت في طعون قدمها حزب الشعب الجمهوري وحزبان آخران خلال اجتماع دام لسبع ساعات، ثم رفضتها.
وفي رد على القرار، أوضح بولنت تزجان، نائب رئيس حزب الشعب الجمهوري، أن حزبه يدرس اللجوء إلى المحكمة الدستورية التركية أو المحكمة الأوروبية لحقوق الإنسان للطعن في النتيجة، وقال: "نحن أمام أزمة شرعية خطيرة، وسنطرق كل السبل القانونية المتاحة".
وفي غضون ذلك أفادت وكالة دوجان للأنباء بأن شرطة اسطنبول أوقفت 19 مشتبها بهم بتهمة محاولة التحريض على تنظيم احتجاجات مناهضة للاستفتاء.
ومن جهته رفض أردوغان الشكاوى، معتبرا أن الاستفتاء حسم أخيرا الجدل حول النظام الرئاسي الذي يسعى منذ فترة طويلة إلى تطبيقه.
كما وضع حزب العدالة والتنمية الحاكم اليوم الأربعاء خططا لعودة أردوغان إلى رئاسة الحزب، في خطوة على طريق تنفيذ التعديلات التي أقرها الاستفتاء.
""", [
    ev("ysk-rejects-appeals", "ردّت اللجنة العليا للانتخابات في تركيا اليوم الأربعاء طعونا", YSK_REJECT, "'اليوم الأربعاء' = Wed 19 Apr 2017"),
    ev("referendum-vote", "وكان استفتاء الأحد قد أجاز بفارق ضئيل", VOTE, "'استفتاء الأحد' = Sun 16 Apr 2017"),
    ev("opposition-appeals-filed", "نظرت في طعون قدمها حزب الشعب الجمهوري وحزبان آخران", "2017-04-18", "no own expression; the CHP lodged its request on Tue 18 Apr 2017 (turkpress; Yildirim's reply of 'الثلاثاء'), the HDP its own on Wed 19 Apr (parlmany 'اليوم الأربعاء'): my span 18 - 19 Apr", end="2017-04-20"),
    ev("chp-court-threat", "أوضح بولنت تزجان، نائب رئيس حزب الشعب الجمهوري، أن حزبه يدرس", YSK_REJECT, "no own expression; the reply to the decision, the same day, Wed 19 Apr 2017"),
    ev("akp-erdogan-return-plans", "كما وضع حزب العدالة والتنمية الحاكم اليوم الأربعاء خططا", YSK_REJECT, "'اليوم الأربعاء' = Wed 19 Apr 2017"),
])
art(S, "https://m.masralarabia.net/1409557-%D8%A3%D8%B1%D8%AF%D9%88%D8%BA%D8%A7%D9%86--%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D9%81%D8%AA%D8%A7%D8%A1-%D8%AD%D8%A7%D8%B3%D9%85%D8%A9--%D9%88%D9%84%D9%8A%D8%B3%D8%AA-%D9%85%D9%86-%D8%A7%D8%AE%D8%AA%D8%B5%D8%A7%D8%B5-%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D8%B1%D9%88%D8%A8%D9%8A%D8%A9/amp",
    "2017-04-20", "no date line on the stored page; the body's 'اليوم الخميس' for Erdogan's remarks on the YSK decision (which was taken on Wed 19 Apr 2017) gives Thu 20 Apr 2017; headline from the URL slug", False, """
أردوغان: نتائج الاستفتاء حاسمة وليست من اختصاص المحكمة الأوروبية
أكد الرئيس التركي رجب طيب أردوغان أن قرار اللجنة العليا للانتخابات بشأن نتائج الاستفتاء الأخير على تعديل عدد من مواد الدستور التركي قرار حاسم، داعيا الجميع إلى احترام إرادة الشعب.
وقال أردوغان، في تصريحات نقلتها "سبوتنيك"، اليوم الخميس، ردا على الطعون التي تقدمت بها المعارضة: "قرار اللجنة العليا للانتخابات نهائي، وعليك أن تحترم إرادة الشعب".
وتابع: "البت في الاستفتاء العام لا يدخل في اختصاص المحكمة الدستورية ولا المحكمة الأوروبية لحقوق الإنسان، وعلى منظمة الأمن والتعاون الأوروبية أن تلتزم الحياد والاستقلالية، وأنا لا أثق بحيادها".
وكان سعدي جوفن، رئيس اللجنة العليا للانتخابات، قد أعلن أن 24 مليونًا و763 ألفًا و516 شخصًا وافقوا على التعديلات بنسبة 51,2%، في حين رفضها 23 مليونًا و511 ألف و115 شخصًا بنسبة 48,8%، بمشاركة 86% من الناخبين في تركيا.
كما رفضت اللجنة العليا طلبات أحزاب المعارضة الرئيسية إلغاء النتائج استنادا إلى تقارير مراقبين أوروبيين أشارت إلى مخالفات.
""", [
    ev("erdogan-ysk-final-remarks", "وقال أردوغان، في تصريحات نقلتها \"سبوتنيك\"، اليوم الخميس", "2017-04-20", "'اليوم الخميس' = Thu 20 Apr 2017"),
    ev("referendum-vote", "نتائج الاستفتاء الأخير على تعديل عدد من مواد الدستور التركي", VOTE, "no own expression; the referendum of Sun 16 Apr 2017"),
    ev("guven-announces-results", "وكان سعدي جوفن، رئيس اللجنة العليا للانتخابات، قد أعلن", VOTE, "no own expression; Guven announced the unofficial count on the night of the vote (palestinetoday: 'أعلن في السادس عشر من أبريل'), the detailed figures possibly at a press conference the next day: my span Sun 16 - Mon 17 Apr 2017", end="2017-04-18"),
    ev("ysk-rejects-appeals", "كما رفضت اللجنة العليا طلبات أحزاب المعارضة الرئيسية", YSK_REJECT, "no own expression; the YSK's rejection of Wed 19 Apr 2017 (al-Riyadh 'اليوم الأربعاء')"),
    ev("osce-observers-report", "تقارير مراقبين أوروبيين أشارت إلى مخالفات", "2017-04-17", "no own expression; the OSCE/PACE observers' preliminary statement of Mon 17 Apr 2017 (al-Masry al-Youm: 'التقرير المبدئي للبعثة، الاثنين')"),
])

# ---------------------------------------------------------------- egypt-constitutional-amendments-referendum-2011
S = "egypt-constitutional-amendments-referendum-2011"
VOTE = "2011-03-19"           # the referendum on the nine amended articles was held on Sat 19 Mar 2011
RESULTS = "2011-03-20"        # Judge Mohamed Attia announced the results (77.2% yes) on Sun 20 Mar 2011
DECLARATION = "2011-03-30"    # the SCAF issued the constitutional declaration on Wed 30 Mar 2011
art(S, "http://mohammedfarag.com/print.php?action=savehtml&&id=4067",
    RESULTS, "the page's line 'تاريخ النشر : 20/03/2011' (Sun 20 Mar 2011), matching the body's 'اليوم الأحد' for the announcement of the results; the date line, the author line and the site name dropped; headline kept from the page", True, """
77.2 بالمائة من المصريين أيدوا للتعديلات الدستورية
كشف محمد عطية، رئيس اللجنة القضائية العليا المشرفة على الاستفتاء على التعديلات الدستورية، اليوم الأحد أن 77.2% من المقترعين وافقوا على التعديلات في حين رفضها 22.2%.
وأوضح عطية أن "نسبة المشاركة في الاقتراع الذي نظم السبت وصلت إلى 41%، بعدما أدلى أكثر من 18 مليون مصري بأصواتهم من أصل 45 مليونًا يحق لهم الاقتراع".
وتابع أن الموافقين على التعديلات تجاوز عددهم 14 مليونا، بينما بلغ عدد الرافضين 4 ملايين.
وكان اللواء ممدوح شاهين، مساعد وزير الدفاع المصري للشئون القانونية، قد أفاد في وقت سابق بأن القوات المسلحة ستصدر فور إعلان نتائج الاستفتاء على التعديلات الدستورية إعلانًا دستوريًا لتنظيم العمل في الفترة المقبلة، مبينًا أن تفاصيل هذا الإعلان رهن بما ستسفر عنه النتائج.
ونقلت صحيفة "الشروق" في عددها الصادر اليوم الأحد عن شاهين قوله: "إذا جاءت النتيجة بنعم فستكون المواد المعدلة أساس العمل خلال الفترة المقبلة، ثم تُحدد بعد ذلك مواعيد انتخابات مجلسي الشعب والشورى والانتخابات الرئاسية".
ولفت إلى أن المواد المعدلة ستُدرج في متن الإعلان الدستوري الجديد بعد ظهور النتيجة.
""", [
    ev("results-announced", "اليوم الأحد أن 77.2% من المقترعين وافقوا", RESULTS, "'اليوم الأحد' = Sun 20 Mar 2011"),
    ev("referendum-vote", "في الاقتراع الذي نظم السبت", VOTE, "'السبت' before Sun 20 Mar 2011 = Sat 19 Mar"),
    ev("shorouk-shahin-interview", "ونقلت صحيفة \"الشروق\" في عددها الصادر اليوم الأحد", RESULTS, "'في عددها الصادر اليوم الأحد' = the Shorouk issue of Sun 20 Mar 2011"),
    ev("constitutional-declaration", "إعلانًا دستوريًا لتنظيم العمل في الفترة المقبلة", DECLARATION, "no own expression (announced for 'فور إعلان نتائج الاستفتاء'); the SCAF's constitutional declaration was issued on Wed 30 Mar 2011 (known date)"),
])
art(S, "http://archive.thawra.sy/_archive.asp?FileName=67057835620110321012216",
    "2011-03-21", "the page's date line 'الصفحة الأولى الاثنين 21-3-2011م' (al-Thawra, front page of Mon 21 Mar 2011), matching the body's 'في وقت سابق أمس' for the results of Sun 20 Mar; the page line dropped, the dateline 'القاهرة سانا' kept; the last, truncated sentence ('وافقوا على ') completed with 'التعديلات'; headline kept from the page", True, """
المصريون يوافقون على التعديلات الدستورية بنسبة 77.2 بالمئة
القاهرة - سانا: أفاد ياسر كاسب، رئيس المركز الاقليمي للابحاث والاستشارات البرلمانية بمصر، بأن الخطوة التالية بعد نتائج الاستفتاء التي جاءت بالموافقة على التعديلات الدستورية هي، بحسب البيان الدستوري وتصريحات المجلس الاعلى للقوات المسلحة المصرية، إقرار إعلان دستوري يتضمن المواد المعدلة لإدارة المرحلة القادمة، وهو ما يتطلب بيانات تخص قانون مباشرة الحقوق السياسية لتنظيم انتخابات برلمانية وشيكة لمجلسي الشعب والشورى في مصر.
ونقل التلفزيون المصري عن كاسب قوله، في تصريحات خاصة لموقع أخبار مصر إثر إعلان نتيجة الاستفتاء، إن مصر مقبلة على انتخابات برلمانية لا تتجاوز ايلول2011، تعقبها انتخابات رئاسية ثم تشكيل لجنة من مئة شخصية لصياغة دستور مصر خلال ستة اشهر من اعلان نتيجة الانتخابات البرلمانية القادمة، ثم يُستفتى الشعب عليه، لتستغرق المرحلة الانتقالية بذلك نحو عام ونصف العام تعود بعدها القوات المسلحة الى ثكناتها.
وكان احمد عطية، رئيس اللجنة القضائية المصرية العليا المشرفة على الاستفتاء على التعديلات الدستورية، قد أعلن في وقت سابق أمس أن 77.2 بالمئة من المشاركين في الاستفتاء وافقوا على التعديلات.
""", [
    ev("results-announced", "قد أعلن في وقت سابق أمس أن 77.2 بالمئة", RESULTS, "'أمس' from Mon 21 Mar 2011 = Sun 20 Mar"),
    ev("kasseb-statement", "في تصريحات خاصة لموقع أخبار مصر إثر إعلان نتيجة الاستفتاء", RESULTS, "no own expression; after the results of Sun 20 Mar 2011 and before this paper of Mon 21 Mar, so Sun 20 Mar"),
    ev("constitutional-declaration", "إقرار إعلان دستوري يتضمن المواد المعدلة", DECLARATION, "no own expression (the next step); the SCAF's constitutional declaration was issued on Wed 30 Mar 2011 (known date)"),
])
art(S, "https://sauress.com/shms/128843",
    "2011-03-21", "no date line on the stored page (a Shams report carried by sauress); the body's 'مساء أمس' for the announcement of the results (Sun 20 Mar 2011) and 'أمس الأول' for the vote (Sat 19 Mar 2011) give Mon 21 Mar 2011; headline written from the body (the stored text has none)", False, """
أغلبية المصريين توافق على التعديلات الدستورية
كشف المستشار محمد عطية، رئيس اللجنة القضائية العليا المشرفة على الاستفتاء بمصر، مساء أمس أن أغلبية نسبتها 77.2 % من المصريين أيدت التعديلات الدستورية.
وأوضح أن 18 مليونا و537 ألفا و954 مصريا، أي بنسبة 41.19 %، شاركوا بأصواتهم في الاستفتاء الذي جرى أمس الأول.
وأضاف أن 14 مليونا و192 ألفا و577 ناخبا، بنسبة 77.2 %، صوتوا بالموافقة على التعديلات، في حين رفضها أربعة ملايين و174 ألف ناخب.
وذكر أن الأصوات الصحيحة بلغت 18 مليونا و366 ألفا و764 صوتا، بينما وصلت الأصوات الباطلة إلى 171 ألفا و190 صوتا.
وكان المصريون قد توجهوا أمس الأول للتصويت في استفتاء على تعديلات دستورية، هو الأول من نوعه منذ إسقاط الرئيس المصري حسني مبارك الشهر الماضي.
وفي مشهد غير معتاد في الحياة السياسية المصرية، عرفت مراكز الاقتراع إقبالا من الناخبين وازدحاما غير مسبوق أمام صناديق الاقتراع.
""", [
    ev("results-announced", "مساء أمس أن أغلبية نسبتها 77.2 %", RESULTS, "'مساء أمس' from Mon 21 Mar 2011 = Sun 20 Mar"),
    ev("referendum-vote", "شاركوا بأصواتهم في الاستفتاء الذي جرى أمس الأول", VOTE, "'أمس الأول' from Mon 21 Mar 2011 = Sat 19 Mar"),
    ev("mubarak-ouster", "منذ إسقاط الرئيس المصري حسني مبارك الشهر الماضي", "2011-02-11", "'الشهر الماضي' from March 2011 = Mubarak's fall on Fri 11 Feb 2011 (known date)"),
    ev("heavy-turnout", "عرفت مراكز الاقتراع إقبالا من الناخبين", VOTE, "no own expression; the polling day, Sat 19 Mar 2011"),
])

# ---------------------------------------------------------------- syria-constitutional-declaration-2025
S = "syria-constitutional-declaration-2025"
SIGNED = "2025-03-13"         # the drafting committee handed the draft to al-Sharaa, who signed it, on Thu 13 Mar 2025
MSD_REJECT = "2025-03-14"     # the Syrian Democratic Council rejected it in a written statement on Fri 14 Mar 2025
art(S, "https://m.alayam24.com/articles-559686.html",
    SIGNED, "no date on the stored page; the body's 'اليوم الخميس' for the signing, which took place on Thu 13 Mar 2025 (nabdn, stamped 'الخميس 2025/03/13': 'اليوم الخميس'), gives Thu 13 Mar 2025; '(فيديو)' dropped from the headline; the related-links block dropped", False, """
الرئيس السوري يوقع إعلانا دستوريا يحدد المرحلة الانتقالية بـ5 سنوات
وقّع الرئيس السوري أحمد الشرع، اليوم الخميس، على مسودة إعلان دستوري تحدد مدة المرحلة الانتقالية في البلاد بخمس سنوات.
وكانت لجنة الخبراء المكلفة بإعداد مسودة الإعلان الدستوري قد سلمت المسودة إلى الرئيس الشرع، وحددت في نصها المرحلة الانتقالية بخمس سنوات، وذلك عقب إسقاط نظام بشار الأسد في 8 دجنبر 2024.
وقررت اللجنة كذلك حل المحكمة الدستورية القائمة "لأنها من بقايا النظام البائد"، ومنحت رئيس البلاد صلاحية تعيين محكمة دستورية تعمل بموجب القانون السابق إلى حين صدور قانون جديد.
وأوضحت اللجنة أن الإعلان يشدد على أهمية القضاة وأحكامهم واستقلاليتهم، وأنه أوكل إلى مجلس الشعب أمر عزل رئيس البلاد أو فصله أو تقليص سلطاته.
وبعد أن تسلم مسودة الإعلان الدستوري، قال الشرع: "نأمل أن يكون هذا تاريخا جديدا لسوريا نستبدل فيه الجهل بالعلم والعذاب بالرحمة".
وأضاف: "ونرجو أن يكون ذلك فاتحة خير للشعب السوري على درب البناء والتطور".
""", [
    ev("declaration-signed", "وقّع الرئيس السوري أحمد الشرع، اليوم الخميس", SIGNED, "'اليوم الخميس' = Thu 13 Mar 2025"),
    ev("draft-handed-over", "قد سلمت المسودة إلى الرئيس الشرع", SIGNED, "no own expression; the draft was handed over at the signing ceremony of Thu 13 Mar 2025 (nabdn: 'سلمت ... اليوم الخميس')"),
    ev("assad-ouster", "عقب إسقاط نظام بشار الأسد في 8 دجنبر 2024", "2024-12-08", "'في 8 دجنبر 2024' = Sun 8 Dec 2024"),
    ev("sharaa-remarks", "قال الشرع: \"نأمل أن يكون هذا تاريخا جديدا لسوريا", SIGNED, "no own expression; his words on receiving the draft, Thu 13 Mar 2025"),
])
art(S, "https://new.nabdn.com/post/22530073/الشرع-يوقع-إعلانا-دستوريا-يرسم-شكل-الحكم-بالمرحلة-الانتقالية",
    SIGNED, "the page's stamp 'نشر في الخميس 2025/03/13 الساعة 04:48 م بتوقيت مكة المكرمة' (a Sawaleef report carried by nabdn), matching the body's 'اليوم الخميس'; the aggregator's teaser paragraph, the hashtags' '#' and '_' and the last, truncated sentence dropped; headline kept from the page", True, """
الشرع يوقع إعلانا دستوريا يرسم شكل الحكم بالمرحلة الانتقالية
تسلم الرئيس أحمد الشرع اليوم الخميس من لجنة صياغة الإعلان الدستوري في سوريا مسودة الإعلان الخاص بالمرحلة الانتقالية، ثم وقع عليها.
وبحسب ما أوضحه عضو لجنة صياغة الإعلان الدستوري عبد الحميد العواك، فإن أبرز ما تضمنته المسودة تحديد الفترة الانتقالية بخمس سنوات وتشكيل لجنة تتولى صياغة دستور دائم.
وأوكلت المسودة إلى مجلس الشعب أمر عزل الرئيس أو فصله أو تقليص سلطاته.
وبموجبها يضطلع مجلس الشعب بالعملية التشريعية، فيما يتولى رئيس الجمهورية السلطة التنفيذية.
كما نصت المسودة على أن الفقه الإسلامي هو المصدر الأساسي للتشريع.
""", [
    ev("draft-handed-over", "تسلم الرئيس أحمد الشرع اليوم الخميس من لجنة صياغة الإعلان الدستوري", SIGNED, "'اليوم الخميس' = Thu 13 Mar 2025"),
    ev("declaration-signed", "ثم وقع عليها", SIGNED, "no own expression; signed right after receiving it, Thu 13 Mar 2025"),
    ev("awwak-briefing", "وبحسب ما أوضحه عضو لجنة صياغة الإعلان الدستوري عبد الحميد العواك", SIGNED, "no own expression; the committee member's explanation at the ceremony, Thu 13 Mar 2025"),
])
art(S, "https://syrian-today.net/ar/article/9459/%D9%85%D8%AC%D9%84%D8%B3-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D8%AF%D9%8A%D9%85%D9%82%D8%B1%D8%A7%D8%B7%D9%8A%D8%A9-%D8%A7%D9%84%D9%83%D8%B1%D8%AF%D9%8A-%D9%8A%D8%B1%D9%81%D8%B6-%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D8%A7%D9%84%D8%AF%D8%B3%D8%AA%D9%88%D8%B1%D9%8A-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF",
    "2025-03-15", "the page's date line 'السبت, 15 مارس - 2025' (Sat 15 Mar 2025), consistent with 'يوم الجمعة' for the rejection and 'يوم الخميس' for the declaration; the date line and the photo captions dropped; the last, truncated clause dropped; headline kept from the page", True, """
مجلس سوريا الديمقراطية الكردي يرفض الإعلان الدستوري الجديد
أعلنت الجماعة التي يقودها الأكراد وتدير شمال شرق سوريا يوم الجمعة رفضها للإعلان الدستوري الصادر عن الإدارة الجديدة في دمشق، وطالبت بإعادة صياغته.
ويرمي الإعلان الدستوري، الذي صدر يوم الخميس، إلى إرساء الأساس لمرحلة انتقالية مدتها خمس سنوات يقودها الرئيس أحمد الشرع.
وقد نص الإعلان على أن الفقه الإسلامي مصدر أساسي من مصادر التشريع وكفل حرية الرأي، غير أن مجلس سوريا الديمقراطية الذي يقوده الأكراد رأى أنه لا يوفر حماية كافية لحقوق مختلف مكونات المجتمع السوري.
ويخشى الأكراد أن تسلبهم القيادة الجديدة في دمشق كثيرا من حقوقهم، ومنها تدريس اللغة الكردية في المدارس وتولي النساء مواقع قيادية.
وأكد مجلس سوريا الديمقراطية، في بيان مكتوب يوم الجمعة، أنه يرفض "رفضا تاما" الإعلان الدستوري الذي وقعه الشرع، معتبرا أنه يعيد "إنتاج الاستبداد بصيغة جديدة" ويمنح السلطة التنفيذية صلاحيات مطلقة.
وفي شرح لأسباب الرفض، أشار البيان إلى أن المسودة "تكرس الحكم المركزي وتمنح السلطة التنفيذية صلاحيات مطلقة، بينما تقيد العمل السياسي وتجمد تشكيل الأحزاب".
""", [
    ev("msd-rejects-declaration", "وتدير شمال شرق سوريا يوم الجمعة رفضها", MSD_REJECT, "'يوم الجمعة' before Sat 15 Mar 2025 = Fri 14 Mar"),
    ev("declaration-signed", "الذي صدر يوم الخميس", SIGNED, "'يوم الخميس' = Thu 13 Mar 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 520)
                            if i != 201 and i != 510
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
