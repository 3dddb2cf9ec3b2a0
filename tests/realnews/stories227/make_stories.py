"""Builds stories.jsonl: the 227-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: religious rulings and preachers (an Egyptian preacher
barred from the pulpit over remarks on Christians, a Jordanian preacher held over a video against the anti-IS
coalition, the Friday prayer suspended at Sfax's Lakhmi mosque after its imam was dismissed, Ahmed Raissouni's
resignation from the presidency of the International Union of Muslim Scholars, a Saudi senior scholar relieved
after criticising mixing at KAUST). None of these stories is in the dev set or the other tests/realnews/* sets,
nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-salem-abdel-galil-pulpit-ban-2017
S = "egypt-salem-abdel-galil-pulpit-ban-2017"
REMARKS = ("2017-05-05", "2017-05-10")  # the Al-Mehwar episode aired in the days before the ban (day not fixed)
art(S, "http://old.egkw.com/ArticleDetail.aspx?id=128354",
    "2017-05-11", "no stamp or URL date in the stored page: fixed by the body's 'مساء اليوم الخميس' for Abdel Galil's phone call to the 'انفراد' show and 'أصدر بيانًا اليوم' for his apology statement, which was issued on Thu 11 May 2017 (AFP: the ministry's ban 'يوم الأربعاء', the apology 'يوم الخميس'); the stored text opens mid-word ('ال الشيخ'), the opening verb restored; no headline in the stored text; no date of its own in the text", False, """
أكد الشيخ سالم عبد الجليل، وكيل وزارة الأوقاف الأسبق، أنه أصدر اليوم بيانًا يعتذر فيه عن الأسلوب الفج الذي تحدث به عن العقيدة المسيحية، مستدركًا: "ومع ذلك فالحكم الشرعي واضح والآية القرآنية واضحة".
وقال عبد الجليل، في اتصال هاتفي مع برنامج "انفراد" الذي يقدمه الإعلامي سعيد حساسين على قناة "العاصمة"، مساء اليوم الخميس، إن علينا أن نشرح للشباب حقيقة العقيدة المسيحية، مضيفًا: "لن ندفن رؤوسنا في الرمال.. وسنقول الحقيقة العقائدية، وهي أن هناك خلافًا بين العقيدة الإسلامية والمسيحية".
وشدد على أننا، رغم اختلاف العقائد، مأمورون بأن نعامل أتباع الديانات الأخرى معاملة حسنة طيبة، وألا نستبيح دم أحد، مؤكدًا أنه لا فرق بين دم المسلم والمسيحي واليهودي.
وأوضح أنه حين وصف عقيدة المسيحيين بالفاسدة قال معها إننا نتعامل معهم بالحسنى ولا نبيح دماءهم، ووجّه رسالة إلى الأقباط قائلًا إنهم إخوته في الإنسانية وفي الوطن وحسابنا عند ربنا، وأضاف: "لو قلت كلمة ضايقتكم فأنا أعتذر عن الأسلوب الذي تكلمت به".
""", [
    ev("apology-statement", "أنه أصدر اليوم بيانًا يعتذر فيه", "2017-05-11", "'اليوم' = Thu 11 May 2017 (the statement of Thursday; AFP: 'اعتذر ... يوم الخميس')"),
    ev("phone-call-assema", "مساء اليوم الخميس", "2017-05-11", "'مساء اليوم الخميس' = the evening of Thu 11 May 2017"),
    ev("remarks", "حين وصف عقيدة المسيحيين بالفاسدة", REMARKS[0], "no own expression; the remarks of his Al-Mehwar show 'المسلمون يتساءلون', aired in the days before the ministry's ban of Wed 10 May 2017 (the exact airing day is not fixed by the sources I found; my span 5-9 May)", end=REMARKS[1]),
])
art(S, "https://www.fj-p.com/41139/%D8%AA%D8%AD%D9%88%D9%8A%D9%84-%D8%B9%D8%A8%D8%AF%D8%A7%D9%84%D8%AC%D9%84%D9%8A%D9%84-%D9%84%D9%84%D9%85%D8%AD%D8%A7%D9%83%D9%85%D8%A9-%D8%A7%D9%84%D8%B9%D9%8A%D9%86-%D8%A7%D9%84%D8%AD%D9%85/",
    "2017-05-11", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for Abdel Galil's statement (issued on Thu 11 May 2017; AFP: the apology 'يوم الخميس') and 'أمس' for the minister's call to 'كل يوم' (Wed 10 May, the day of the ban); the byline 'رانيا قناوي' dropped; the last sentence ends where the stored text breaks off ('الأخيرة ال...'), kept up to its complete clause; the outlet's partisan wording ('وزير أوقاف الانقلاب') kept; no date of its own in the text", False, """
تحويل عبد الجليل للمحاكمة
تبدو تصريحات الشيخ سالم عبد الجليل، وكيل وزارة الأوقاف السابق، كأنها ستصبح سيفًا مسلطًا على رقبة كل من يتصدى لتفسير القرآن الكريم، ولا سيما إذا تعلق الأمر بالمسيحيين أو اليهود.
فقد حددت محكمة جنح أول أكتوبر، برئاسة المستشار خالد خضر، جلسة 24 يونيو المقبل لنظر أولى جلسات محاكمة الشيخ سالم عبد الجليل بتهمة ازدراء الأديان، بعد تصريحه بأن "المسيحية فاسدة".
وجاء في الجنحة المباشرة التي أقامها المحامي نجيب جبرائيل أن عبد الجليل ازدرى الديانة المسيحية حين وصفها بأنها عقيدة فاسدة، وأن ذلك يهدد الوحدة الوطنية والسلام الاجتماعي، ويحمل في طياته تحريضًا على قتل المسيحيين، بحسب الدعوى.
وهاجم محمد مختار جمعة، وزير أوقاف الانقلاب، بشدة ما قاله عبد الجليل من "تكفير الأقباط"، قائلًا: "إننا في قمة الأسى والانزعاج مما قاله، وعبد الجليل لا علاقة له بالأوقاف".
وأكد الوزير، في مداخلة هاتفية مع برنامج "كل يوم" على فضائية "ON E" أمس، أن عبد الجليل سيخضع للتحقيق لاستيضاح الحقيقة، وأنه "إذا ثبت الجرم عليه فلن يُسمح له بصعود المنبر حتى يعتذر"، على حد قوله.
وأصدر سالم عبد الجليل، اليوم الخميس، بيانًا بشأن أزمته الأخيرة.
""", [
    ev("hearing-set", "جلسة 24 يونيو المقبل", "2017-06-24", "'24 يونيو المقبل' = Sat 24 Jun 2017 (the first hearing set by the misdemeanour court)"),
    ev("remarks", "بعد تصريحه بأن \"المسيحية فاسدة\"", REMARKS[0], "no own expression; the TV remarks aired in the days before the ban of Wed 10 May 2017 (my span 5-9 May)", end=REMARKS[1]),
    ev("minister-tv-call", "في مداخلة هاتفية مع برنامج \"كل يوم\" على فضائية \"ON E\" أمس", "2017-05-10", "'أمس' before Thu 11 May = Wed 10 May 2017 (the day the ministry barred him)"),
    ev("apology-statement", "وأصدر سالم عبد الجليل، اليوم الخميس، بيانًا", "2017-05-11", "'اليوم الخميس' = Thu 11 May 2017"),
])
art(S, "https://almashareq.com/ar/articles/cnmi_am/newsbriefs/2017/05/12/newsbrief-04",
    "2017-05-12", "date in the URL '/2017/05/12/' and the body's own 'يوم الجمعة 12 أيار/مايو' for the AFP report (12 May 2017 was a Friday); the ministry's statement 'يوم الأربعاء' (Wed 10) and the apology 'يوم الخميس' (Thu 11) agree", True, """
مُنع شيخ مسلم مصري من الوعظ، على أن يُقدَّم إلى المحاكمة، بسبب قوله إن المسيحيين واليهود يتبعون ديانات فاسدة ولن يدخلوا الجنة، بحسب ما نقلت وكالة الصحافة الفرنسية يوم الجمعة 12 أيار/مايو.
وكان سالم عبد الجليل، المسؤول السابق في وزارة الأوقاف المصرية، قد أدلى بهذه التصريحات ضمن برنامج تلفزيوني يقدمه، ما أثار ردود فعل عامة.
وأعلنت وزارة الأوقاف، التي تشرف على مساجد البلاد، أن عبد الجليل لن يُسمح له بالوعظ في صلاة الجمعة ما لم يتراجع عن تصريحاته.
من جهته، قال المحامي والناشط القبطي نجيب جبرائيل إن إحدى محاكم الجنح حددت جلسة يوم 24 حزيران/يونيو للنظر في البلاغ الذي قدمه ضد الشيخ.
وأضاف جبرائيل: "هذا ازدراء للدين ويهدد الوحدة المصرية".
وكان عبد الجليل قد انتقد رجال الدين المسلمين الذين يصفون المسيحيين واليهود بأنهم "مؤمنون"، ووصف غير المسلمين بأنهم "كفار".
وقالت الوزارة في بيان يوم الأربعاء إن تعليقاته دفعتها إلى "منعه من صعود المنبر ما لم يصحح ما أثارته تصريحاته من قلق وتوتر"، فيما اعتذر عبد الجليل عن تصريحاته يوم الخميس.
""", [
    ev("afp-report", "بحسب ما نقلت وكالة الصحافة الفرنسية يوم الجمعة 12 أيار/مايو", "2017-05-12", "'يوم الجمعة 12 أيار/مايو' = Fri 12 May 2017"),
    ev("remarks", "قد أدلى بهذه التصريحات ضمن برنامج تلفزيوني يقدمه", REMARKS[0], "no own expression; aired in the days before the ban of Wed 10 May 2017 (my span 5-9 May)", end=REMARKS[1]),
    ev("hearing-set", "حددت جلسة يوم 24 حزيران/يونيو", "2017-06-24", "'يوم 24 حزيران/يونيو' = Sat 24 Jun 2017 (the scheduled hearing)"),
    ev("pulpit-ban", "وقالت الوزارة في بيان يوم الأربعاء", "2017-05-10", "'يوم الأربعاء' before Fri 12 May = Wed 10 May 2017"),
    ev("apology-statement", "اعتذر عبد الجليل عن تصريحاته يوم الخميس", "2017-05-11", "'يوم الخميس' = Thu 11 May 2017"),
])

# ---------------------------------------------------------------- jordan-amjad-qourshah-detention-2016
S = "jordan-amjad-qourshah-detention-2016"
DET = ("2016-06-13", "2016-06-15")  # detention order: 'الإثنين الماضي' (Anadolu) / 'منذ 13 حزيران' (CNN) vs '14 حزيران' (AFP)
VIDEO = "2014-10-01"  # the video, posted on 1 Oct 2014 (his lawyer to Erem News)
art(S, "http://www.aljazeera.net/programs/newsreports/2016/6/14/%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9-%D8%AA%D8%B9%D8%AA%D9%82%D9%84-%D8%A7%D9%84%D8%AF%D8%A7%D8%B9%D9%8A%D8%A9-%D8%A3%D9%85%D8%AC%D8%AF-%D9%82%D9%88%D8%B1%D8%B4%D8%A9",
    "2016-06-14", "date line '14/06/2016' under the headline (kept as first line, before the headline) and the URL '/2016/6/14/'; 14 Jun 2016 was a Tuesday; the stored text is an unpunctuated transcript of a TV report mixing the reporter's voice and vox-pops: re-worded into sentences, the speakers' words attributed; the site menu ('العضوية حسابي تعديل خروج اغلاق') and the repeated headline dropped; the last vox-pop, cut off in the stored text, dropped", True, """
14/06/2016
السلطات الأردنية تعتقل الداعية أمجد قورشة
أن يكون أحد أبرز دعاة الاعتدال الإسلامي في الأردن وراء القضبان خبرٌ صدم كثيرًا من الأردنيين، الذين يرون في قورشة فقيهًا لينًا، لامعًا في تقديم البرامج الدينية المعاصرة.
وعُرف عن الرجل قربه من السلطات، فقد كان عضوًا في لجنة حوار ملكية، وابتعثته الدولة في وقت سابق إلى بريطانيا ليتخصص في مقارنة الأديان.
ويقول أحد المتحدثين إن الدولة كانت تستعين بالدكتور أمجد قورشة لمحاورة من تعدّهم متشددين ومناقشتهم ومناصحتهم، متسائلًا: ما الرسالة التي تريد الدولة توجيهها؟ هل تريد أن تقول لكل معارض أو صاحب رأي في هذه البلاد إنه معرّض للاعتقال لمجرد أنه أبدى رأيه في مسألة ما؟
وقد أدى قورشة أدوارًا درامية ظهر فيها في هيئة رجل الأمن الواعظ.
ويبدو أن انتقاده مشاركة بلاده في الحرب على تنظيم الدولة أثار غضبًا رسميًا، إذ قال: "أدخلونا في حرب لا علاقة لنا بها، لا ناقة لنا فيها ولا جمل".
غير أن هناك من رأى أن شعبيته الجارفة بين الشباب المتدين هي ما أثار خشية السلطات.
وكان قورشة قد واجه حملة شعواء من تيار علماني اتهمه بالتشدد وبث أفكار متطرفة.
وأثار اعتقاله جدلًا واسعًا على مواقع التواصل الاجتماعي بين مؤيد ومعارض.
""", [
    ev("detention", "السلطات الأردنية تعتقل الداعية أمجد قورشة", DET[0], "no own expression; held on the State Security prosecutor's order, Mon 13 or Tue 14 Jun 2016 (Anadolu: 'الإثنين الماضي' on 20 Jun; CNN: 'موقوف منذ 13 حزيران'; AFP: 'في 14 حزيران'; my span 13-14 Jun)", end=DET[1]),
    ev("video", "انتقاده مشاركة بلاده في الحرب على تنظيم الدولة", VIDEO, "no own expression; the video criticising the coalition, posted on 1 Oct 2014 (his lawyer to Erem News: 'نشر بتاريخ 1 تشرين الأول/اكتوبر العام 2014'; another report: 'مقطع فيديو قديم نشر عام 2014')"),
    ev("online-debate", "وأثار اعتقاله جدلًا واسعًا على مواقع التواصل الاجتماعي", "2016-06-13", "no own expression; the reactions since the detention (13/14 Jun) up to the report of Tue 14 Jun 2016 (my span 13-15 Jun, other reports of 15 Jun describe the outcry)", end="2016-06-16"),
])
art(S, "https://watanserb.com/2016/06/15/داعية-أردني-عن-توقيف-أمجد-قورشة-ليت-من",
    "2016-06-15", "date in the URL '/2016/06/15/' (a Wednesday); the share line 'شارك الموضوع:', the outlet tag 'وطن –' and the hashtag mark dropped; the last sentence, cut off in the stored text, dropped; no date of its own in the text", False, """
داعية أردني عن توقيف أمجد قورشة: "ليت من أقدموا على هذه الخطوة حسبوها جيداً"
وجّه أستاذ الشريعة في الجامعة الأردنية، الدكتور أحمد نوفل، رسالة إلى الداعية الإسلامي الأردني أمجد قورشة، الذي أوقفته الأجهزة الأمنية الأردنية بسبب نشره مقطع فيديو انتقد فيه مشاركة الأردن في التحالف الدولي للحرب على تنظيم داعش.
وكتب نوفل على حسابه الرسمي في "فيسبوك": "كلمة إلى أخي وتلميذي وزميلي العزيز الدكتور أمجد قورشة".
وأضاف: "درّست الدكتور أمجد في جامعتنا العزيزة، الجامعة الأردنية، منذ مراحله الأولى حتى أنهى الماجستير، وكنت المشرف على رسالته".
وتابع: "وأزعم أني تبنيته تبنيًا منهجيًا وفكريًا، وهو يقول هذا ويكرره في كل مناسبة، ونحن نعتز به".
وروى نوفل أن قورشة رافقه وهو طالب في رحلته الدعوية إلى أمريكا قبل قرابة ربع قرن، وأنه حين ذهب للحصول على التأشيرة وسُئل عن سبب سفره أجاب: "مع أستاذي أحمل له الحقيبة".
""", [
    ev("detention", "الذي أوقفته الأجهزة الأمنية الأردنية", DET[0], "no own expression; the detention order of Mon 13 / Tue 14 Jun 2016 (my span 13-14 Jun)", end=DET[1]),
    ev("video", "بسبب نشره مقطع فيديو انتقد فيه مشاركة الأردن", VIDEO, "no own expression; the video of 1 Oct 2014 (his lawyer to Erem News)"),
    ev("nofal-post", "وكتب نوفل على حسابه الرسمي في \"فيسبوك\"", "2016-06-14", "no own expression; the Facebook post reported on Wed 15 Jun 2016, written after the detention (my span 14-15 Jun)", end="2016-06-16"),
    ev("us-trip", "في رحلته الدعوية إلى أمريكا قبل قرابة ربع قرن", "1990-01-01", "'قبل قرابة ربع قرن' before 2016 = about 1991 (my span 1990-1993)", end="1994-01-01"),
])
art(S, "https://aajsy.com/politics/2016/6/20/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D8%B1%D9%81%D8%B6-%D8%B7%D9%84%D8%A8-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D8%AF%D8%A7%D8%B9%D9%8A%D8%A9-%D8%A3%D9%85%D8%AC%D8%AF-%D9%82%D9%88%D8%B1%D8%B4%D8%A9-%D8%A8%D9%83%D9%81%D8%A7%D9%84%D8%A9-%D9%85%D8%A7%D9%84%D9%8A%D8%A9",
    "2016-06-20", "date in the URL '/2016/6/20/' and the body's 'اليوم الإثنين' (20 Jun 2016 was a Monday); headline rendered from the URL slug; the last sentence, cut off in the stored text ('لعرضها في ذل...'), cut to its complete clause; no date of its own in the text", False, """
الأردن يرفض طلب إطلاق الداعية أمجد قورشة بكفالة مالية
رفضت السلطات القضائية في الأردن، اليوم الإثنين، الإفراج عن الداعية الإسلامي أمجد قورشة بكفالة مالية إلى حين تحديد موعد محاكمته أمام محكمة أمن الدولة، المختصة بالنظر في التهم المتعلقة بالأمن القومي للبلاد.
وكان مدعي عام أمن الدولة الأردني قد أصدر، الإثنين الماضي، قرارًا بتوقيف قورشة 15 يومًا على ذمة التحقيق في مقطع فيديو ينتقد فيه مشاركة الأردن في التحالف الدولي لمحاربة تنظيم "داعش".
وقال محمود الدقور، محامي قورشة، لوكالة "الأناضول"، إن السلطات القضائية "رفضت تكفيل موكله، وهذا يعني بقاءه موقوفًا في سجن الجويدة (في العاصمة عمان) والتحقيق معه إلى حين إحالته إلى محكمة أمن الدولة".
ورأى أنه "لا شيء يبرر استمرار توقيف موكلي، خاصة أن له عنوانًا واضحًا، وهو مستعد للمثول أمام المحكمة في أي وقت تشاء، كما أن التوقيف في هذه المرحلة عقوبة على فعل لم يرتكبه ولم يسبق أن ارتكبه".
وأوضح الدقور أن "قورشة يواجه تهمًا تشمل القيام بأعمال من شأنها تعريض أمن الدولة للخطر، وتعكير صفو العلاقات مع دولة أجنبية (في إشارة إلى الولايات المتحدة التي تقود التحالف الدولي)، وذلك استنادًا إلى مقطع فيديو قديم نُشر عام 2014".
""", [
    ev("bail-refused", "رفضت السلطات القضائية في الأردن، اليوم الإثنين", "2016-06-20", "'اليوم الإثنين' = Mon 20 Jun 2016"),
    ev("detention", "قد أصدر، الإثنين الماضي، قرارًا بتوقيف قورشة 15 يومًا", DET[0], "'الإثنين الماضي' before Mon 20 Jun = Mon 13 Jun 2016; other reports give Tue 14 Jun (AFP '14 حزيران', Erem News 'مساء الثلاثاء'), so my span 13-14 Jun", end=DET[1]),
    ev("video", "مقطع فيديو قديم نُشر عام 2014", VIDEO, "'عام 2014': the video of 1 Oct 2014 (his lawyer to Erem News)"),
])

# ---------------------------------------------------------------- tunisia-sfax-lakhmi-mosque-friday-prayer-2015
S = "tunisia-sfax-lakhmi-mosque-friday-prayer-2015"
DISRUPT = ("2015-10-16", "2015-11-07")  # four Fridays in a row: 16, 23, 30 Oct and 6 Nov 2015
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=2649693",
    "2015-11-07", "no stamp or URL date in the stored page: fixed by the body's 'للأسبوع الرابع على التوالي' with 'منع مصلون أمس' for the fourth disrupted Friday prayer, which was Fri 6 Nov 2015 (arabicpost.live, 9 Nov 2015: 'الجمعة الماضي، وللأسبوع الرابع على التوالي'): so Sat 7 Nov 2015; the dateline 'تونس (د ب أ)' and the share line 'مشاركة :' dropped; no date of its own in the text", False, """
عطّل مصلون، للأسبوع الرابع على التوالي، إقامة صلاة الجمعة في جامع صفاقس الكبير، احتجاجًا على قرار الحكومة عزل إمام اتُّهم بالتحريض وبمخالفة لوائح إدارة شؤون المساجد.
ويعيش الجامع، المعروف باسم سيدي اللخمي والواقع في صفاقس ثانية كبرى المدن التونسية، حالة من الاحتقان منذ أسابيع، بسبب احتجاج عدد من المصلين على قرار وزارة الشؤون الدينية عزل الإمام رضا الجوادي بدعوى بثه خطابات تحريضية تفرق بين المصلين.
ومنع مصلون أمس إمامًا جديدًا عينته الوزارة من الصعود لإلقاء خطبته.
ونظم أنصار الجوادي سلسلة من الاحتجاجات في الشارع، كما دانت المنظمة التونسية للشغل قرار العزل، وطالبت بإقالة وزير الشؤون الدينية عثمان بطيخ.
وكان الوزير بطيخ قد قال في وقت سابق إن الجوادي يناصر حزبًا سياسيًا.
وشرعت الوزارة كذلك في عزل عدد آخر من الأئمة، ضمن خطط أشمل لمكافحة التطرف والخطاب التكفيري والمحرض على مؤسسات الدولة.
""", [
    ev("prayer-disruptions", "للأسبوع الرابع على التوالي", DISRUPT[0], "'للأسبوع الرابع على التوالي': the Friday prayers of 16, 23, 30 Oct and 6 Nov 2015 (my span 16 Oct - 6 Nov)", end=DISRUPT[1]),
    ev("jaouadi-dismissal", "قرار وزارة الشؤون الدينية عزل الإمام رضا الجوادي", "2015-10-12", "no own expression; the ministry dismissed him on Mon 12 Oct 2015 (al-Hayat: 'عزلت في 12 تشرين الأول (أكتوبر) الماضي'; outside knowledge, one source)"),
    ev("fourth-friday", "ومنع مصلون أمس إمامًا جديدًا", "2015-11-06", "'أمس' before Sat 7 Nov = Fri 6 Nov 2015"),
    ev("ugtt-condemnation", "كما دانت المنظمة التونسية للشغل قرار العزل", "2015-10-12", "no own expression; the union's condemnation came after the dismissal of 12 Oct and before this report (my span 12 Oct - 6 Nov 2015)", end="2015-11-07"),
])
art(S, "https://arabicpost.live/archive/2015/11/09/%d8%a5%d9%84%d8%ba%d8%a7%d8%a1-%d8%b5%d9%84%d8%a7%d8%a9-%d8%a7%d9%84%d8%ac%d9%85%d8%b9%d8%a9-%d8%a8%d9%85%d8%b3%d8%ac%d8%af-%d9%81%d9%8a-%d8%aa%d9%88%d9%86%d8%b3-%d8%a8%d8%b3%d8%a8%d8%a8-%d8%b1%d9%81",
    "2015-11-09", "date in the URL '/2015/11/09/' and the body's own 'الإثنين 9 نوفمبر/تشرين الثاني 2015' (9 Nov 2015 was a Monday, the day of the ministry's statement); headline rendered from the (truncated) URL slug; the list of dismissed imams, cut off in the stored text ('والإمام شهاب الدين تل...'), cut after its last complete name", True, """
إلغاء صلاة الجمعة بمسجد في تونس بسبب رفض المصلين للإمام الجديد
قررت السلطات التونسية إلغاء صلاة الجمعة في جامع "اللخمي" بمدينة صفاقس، بعد أن تكررت مقاطعة المصلين للإمام الجديد الذي عينته وزارة الشؤون الدينية.
وقالت وزارة الشؤون الدينية، في بيان نشرته الإثنين 9 نوفمبر/تشرين الثاني 2015: "أمام التعنّت وعدم الاستجابة لدعوات التعقل، تضطر الوزارة مكرهة إلى فتح جامع سيدي اللخمي لإقامة الصلوات الخمس دون صلاة الجمعة، إلى حين عودة الهدوء إلى الجامع".
وأضاف البيان أنه "رغم حرص الوزارة على تكليف إمام خطيب كفء بجامع سيدي اللخمي بصفاقس، يتسم خطابه بالوسطية والاعتدال، ويحظى بثقة أهالي مدينة صفاقس، خلفًا للإمام المعفى رضا الجوادي، عمد البعض إلى إحداث الفوضى في الجامع والإخلال بهدوئه، وتعطيل إقامة صلاة الجمعة للمرة الرابعة على التوالي".
وكان جامع اللخمي بمدينة صفاقس (جنوب تونس) قد شهد، الجمعة الماضي، وللأسبوع الرابع على التوالي، احتجاجات واسعة على قرار السلطات التونسية عزل الإمام الخطيب رضا الجوادي، حالت دون إقامة صلاة الجمعة في المسجد.
وكان وزير الشؤون الدينية التونسي، عثمان بطيخ، قد أصدر قرارات بعزل عدد من الأئمة، بينهم وزير الشؤون الدينية الأسبق نور الدين الخادمي، إمام جامع الفتح في العاصمة تونس، وإمام الجامع الكبير بمساكن في محافظة سوسة البشير بن حسن.
""", [
    ev("friday-cancelled", "في بيان نشرته الإثنين 9 نوفمبر/تشرين الثاني 2015", "2015-11-09", "'الإثنين 9 نوفمبر/تشرين الثاني 2015' = Mon 9 Nov 2015"),
    ev("prayer-disruptions", "وتعطيل إقامة صلاة الجمعة للمرة الرابعة على التوالي", DISRUPT[0], "'للمرة الرابعة على التوالي': the Fridays of 16, 23, 30 Oct and 6 Nov 2015 (my span)", end=DISRUPT[1]),
    ev("fourth-friday", "قد شهد، الجمعة الماضي، وللأسبوع الرابع على التوالي", "2015-11-06", "'الجمعة الماضي' before Mon 9 Nov = Fri 6 Nov 2015"),
    ev("jaouadi-dismissal", "قرار السلطات التونسية عزل الإمام الخطيب رضا الجوادي", "2015-10-12", "no own expression; the dismissal of Mon 12 Oct 2015 (al-Hayat; outside knowledge, one source)"),
])
art(S, "https://www.turess.com/alchourouk/1141219",
    "2015-11-09", "a turess mirror of an al-Chourouk item without stamp or URL date: fixed by the body's 'اليوم الاثنين' for the ministry's statement cancelling the Friday prayer at the Lakhmi mosque, issued on Mon 9 Nov 2015 (arabicpost.live: 'الإثنين 9 نوفمبر/تشرين الثاني 2015'); no headline in the stored text; no date of its own in the text", False, """
أعلنت وزارة الشؤون الدينية، اليوم الاثنين، إلغاء صلاة الجمعة في جامع اللخمي بصفاقس والاكتفاء بالصلوات الخمس إلى حين عودة الهدوء إلى الجامع.
وأوضحت الوزارة، في بلاغ أصدرته، أنها اضطرت "مكرهة" إلى اتخاذ هذا الإجراء في مواجهة ما سمّته التعنّت وعدم الاستجابة لدعوات التعقّل، معبرة عن أسفها "للاستهانة الكبيرة ببيوت اللّه وشعائره، وتعمّد تعطيل صلاة الجمعة في مخالفة صارخة للشّرع الحنيف وللقانون".
""", [
    ev("friday-cancelled", "أعلنت وزارة الشؤون الدينية، اليوم الاثنين، إلغاء صلاة الجمعة", "2015-11-09", "'اليوم الاثنين' = Mon 9 Nov 2015"),
    ev("prayer-disruptions", "وتعمّد تعطيل صلاة الجمعة", DISRUPT[0], "no own expression; the four disrupted Fridays, 16 Oct - 6 Nov 2015 (my span)", end=DISRUPT[1]),
])

# ---------------------------------------------------------------- morocco-raissouni-iums-resignation-2022
S = "morocco-raissouni-iums-resignation-2022"
INTERVIEW = ("2022-07-25", "2022-08-01")  # the Blanca Press interview, 'نهاية يوليو (تموز) الماضي' (aawsat)
art(S, "http://ww.almasryalyoum.com/news/details/2676318",
    "2022-08-28", "page stamp 'الأحد 28-08-2022 10:58' under the headline (kept as first line, before the headline); 28 Aug 2022 was a Sunday, the day of the resignation; the byline 'كتب: وكالات', the caption 'أحمد الريسوني ... تصوير : آخرون' and the last sentence, cut off in the stored text, dropped; the source's '31 يوليو' for the King's Throne Day speech (delivered on 30 Jul 2022) kept as it is", True, """
الأحد 28-08-2022 10:58
استقالة رئيس الاتحاد العالمي لعلماء المسلمين
أعلن المغربي أحمد الريسوني استقالته من رئاسة الاتحاد العالمي لعلماء المسلمين، على خلفية تصريحات استفزازية أدلى بها أغضبت الجزائريين والموريتانيين، بحسب تقارير إعلامية.
وكانت تصريحات الريسوني قد أثارت الغضب في الجزائر وموريتانيا، إذ قال فيها إنه يؤمن بأن الصحراء وموريتانيا تابعتان للمملكة المغربية، وإن العلماء والدعاة والشعب المغربي مستعدون للجهاد بالمال والنفس والمشاركة في مسيرة شبيهة بالمسيرة الخضراء، والزحف بالملايين إلى الصحراء ومنطقة تندوف الجزائرية إذا طلب العاهل المغربي ذلك.
وأضاف الريسوني أن قضية الصحراء وموريتانيا صناعة استعمارية ومحاولات لاستهداف الوحدة الترابية المغربية، موجهًا أصابع الاتهام إلى دول عربية وإسلامية بالتورط في دعم هذه الصناعة الاستعمارية وتبنيها.
وكان العاهل المغربي محمد السادس قد أكد في 31 يوليو الماضي رفضه أي إساءة إلى الجزائر وشعبها، مشددًا على حرصه على تعزيز التقارب والتفاهم بين الشعبين.
""", [
    ev("resignation", "أعلن المغربي أحمد الريسوني استقالته", "2022-08-28", "no own expression; Sun 28 Aug 2022, the page stamp (his letter is dated 'فاتح صفر 1444ه/ 28 غشت 2022م')"),
    ev("remarks", "وكانت تصريحات الريسوني قد أثارت الغضب", INTERVIEW[0], "no own expression; the Blanca Press interview of late July 2022 (aawsat: 'في نهاية يوليو (تموز) الماضي'; my span 25-31 Jul)", end=INTERVIEW[1]),
    ev("throne-speech", "قد أكد في 31 يوليو الماضي رفضه أي إساءة", "2022-07-30", "'31 يوليو الماضي' is the source's date; the Throne Day speech was delivered on the evening of Sat 30 Jul 2022 (outside knowledge), gold 30-31 Jul", end="2022-08-01"),
])
art(S, "https://maurinews.info/?p=62154",
    "2022-08-28", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' for Raissouni's resignation, announced on Sun 28 Aug 2022 (other outlets: 'الأحد 28-08-2022'); the outlet tag '” مورينيوز” ـ موريتانيا' dropped; the body's '28 أغسطس' is the date of his letter, with no year, not a date line, so no full date of its own in the text", False, """
الريسوني يستقيل من رئاسة اتحاد علماء المسلمين
أعلن رئيس الاتحاد العالمي لعلماء المسلمين، أحمد الريسوني، اليوم الأحد، استقالته من رئاسة الاتحاد، بعد تصريحاته الأخيرة التي أثارت جدلًا واسعًا في الجزائر وموريتانيا.
وقال الريسوني، في رسالة موقعة بتاريخ 28 أغسطس، إن استقالته "تأتي تمسكًا منه بمواقفه وآرائه الثابتة" التي أكد أنها لا تقبل المساومة.
وكان الريسوني قد أثار موجة غضب واسعة في موريتانيا والجزائر بتصريحات وصف فيها وجود موريتانيا بـ"الخطأ"، ودعا فيها إلى "الجهاد" والزحف نحو تندوف لتحريرها.
وقد دانت الحكومة الموريتانية تصريحات رئيس الاتحاد العالمي لعلماء المسلمين التي وصف فيها وجود موريتانيا بالخطأ.
وقالت الحكومة إن هذه التصريحات جاءت "ضد شواهد التاريخ، وضد شواهد الجغرافيا وضد الشرائع الدولية".
كما علّقت الجزائر عضويتها في الاتحاد الذي يرأسه الريسوني.
""", [
    ev("resignation", "اليوم الأحد، استقالته من رئاسة الاتحاد", "2022-08-28", "'اليوم الأحد' = Sun 28 Aug 2022"),
    ev("resignation-letter", "في رسالة موقعة بتاريخ 28 أغسطس", "2022-08-28", "'28 أغسطس' = Sun 28 Aug 2022 (the letter dated 1 Safar 1444)"),
    ev("remarks", "بتصريحات وصف فيها وجود موريتانيا بـ\"الخطأ\"", INTERVIEW[0], "no own expression; the Blanca Press interview of late July 2022 (aawsat: 'في نهاية يوليو (تموز) الماضي'; my span 25-31 Jul)", end=INTERVIEW[1]),
])
art(S, "https://aawsat.com/home/article/3841941/%D8%A7%D9%84%D8%B1%D9%8A%D8%B3%D9%88%D9%86%D9%8A-%D9%8A%D8%B3%D8%AA%D9%82%D9%8A%D9%84-%D9%85%D9%86-%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9-%C2%AB%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A-%D9%84%D8%B9%D9%84%D9%85%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D8%B3%D9%84%D9%85%D9%8A%D9%86%C2%BB",
    "2022-08-29", "no stamp or URL date in the stored text: fixed by the body's 'أمس' for Raissouni's announcement of his resignation, made on Sun 28 Aug 2022 (almasryalyoum stamp 'الأحد 28-08-2022'): so Mon 29 Aug 2022 (the print edition of the next day); headline rendered from the URL slug; the source's slip 'الاتحاد العام' in the lead kept; the last sentence, cut off in the stored text, dropped; no date of its own in the text", False, """
الريسوني يستقيل من رئاسة «الاتحاد العالمي لعلماء المسلمين»
أعلن المغربي أحمد الريسوني، أمس، استقالته من رئاسة «الاتحاد العام لعلماء المسلمين» (ومقره الدوحة في قطر)، في سياق تداعيات تصريحاته التي عدّ فيها استقلال موريتانيا «غلطاً».
وقال الريسوني، في بيان نشره على موقعه الخاص على الإنترنت (Raisouni.net): «تمسكاً مني بمواقفي وآرائي الثابتة الراسخة، التي لا تقبل المساومة، وحرصاً على ممارسة حريتي في التعبير، بدون شروط ولا ضغوط، فقد قررت تقديم استقالتي من رئاسة (الاتحاد العالمي لعلماء المسلمين)».
وأضاف أنه يتواصل ويتشاور مع الأمين العام للاتحاد، علي محيي الدين القرة داغي، من أجل تفعيل قرار الاستقالة وفق مقتضيات المادتين 21 و22 من النظام الأساسي للاتحاد.
وكانت تصريحات أدلى بها الريسوني حول موريتانيا، في نهاية يوليو (تموز) الماضي، قد أثارت ردود فعل في الأوساط السياسية والمدنية في نواكشوط، كما خلّفت رد فعل داخل «الاتحاد العالمي لعلماء المسلمين».
وتحدث الريسوني لقناة على «يوتيوب» تُدعى «بلانكا» عن «الوجود الغلط لموريتانيا»، قائلاً إن المغرب «يجب أن يعود كما كان قبل الغزو الأوروبي له»، قبل أن يستدرك: «لكن موريتانيا اعترف بها المغرب، وترك الموضوع للتاريخ ليقول كلمته في المستقبل».
""", [
    ev("resignation", "أعلن المغربي أحمد الريسوني، أمس، استقالته", "2022-08-28", "'أمس' before Mon 29 Aug = Sun 28 Aug 2022"),
    ev("remarks", "في نهاية يوليو (تموز) الماضي", INTERVIEW[0], "'في نهاية يوليو (تموز) الماضي' = late July 2022 (my span 25-31 Jul)", end=INTERVIEW[1]),
    ev("blanca-interview", "وتحدث الريسوني لقناة على «يوتيوب» تُدعى «بلانكا»", INTERVIEW[0], "no own expression; the same late-July interview (the remarks were made in it; my span 25-31 Jul)", end=INTERVIEW[1]),
])

# ---------------------------------------------------------------- saudi-saad-shathri-kaust-dismissal-2009
S = "saudi-saad-shathri-kaust-dismissal-2009"
SHOW = ("2009-09-23", "2009-09-27")  # his 'الجواب الكافي' answer on al-Majd, after KAUST's opening (23 Sep) and before Khashoggi's article (Sun 27 Sep)
art(S, "http://forum.qalamoun.com/archive/index.php/t-10438.html",
    "2009-10-04", "a forum archive copy of an Elaph report; the post stamp '04-10-2009, 10:43 PM' (kept as first line '04-10-2009', before the headline); 4 Oct 2009 was a Sunday, the day of the royal order; the poster's name and the source tag 'إيلاف' / 'الرياض:' dropped; the last sentence, cut off in the stored text, dropped", True, """
04-10-2009
الشثري يستقيل من هيئة كبار العلماء السعودية
قبِل الملك عبدالله بن عبد العزيز استقالة الشيخ سعد الشثري، عضو هيئة كبار العلماء في السعودية، بعد الجدل الذي أثير في الصحف المحلية إثر تصريح أدلى به لقناة تلفزيونية حذّر فيه من الاختلاط على مقاعد الدراسة في جامعة الملك عبدالله للعلوم والتقنية.
وفي ثاني رد فعل للشيخ سعد الشثري على الجدل الذي أثاره حديثه لقناة المجد الإسلامية، الذي انتقد فيه سياسة جامعة الملك عبدالله للعلوم والتقنية (كاوست) في اعتماد الدراسة المختلطة بين الجنسين، قدّم الشثري استقالته من عضوية هيئة كبار العلماء إلى عاهل البلاد الملك عبدالله بن عبدالعزيز.
ويأتي ذلك بعد أيام من نفيه، في بيان رسمي نشرته صحيفة الوطن السعودية، أن يكون قد أدلى بأي تصريح أو استنكار بشأن الاختلاط في كاوست، ما دعا الصحيفة إلى نشر البيان وإرفاقه بمقطع تلفزيوني لتصريح الشثري على صفحتها الإلكترونية.
""", [
    ev("relieved", "قبِل الملك عبدالله بن عبد العزيز استقالة الشيخ سعد الشثري", "2009-10-04", "no own expression; the royal order of Sun 4 Oct 2009 (the post stamp; other reports: 'مساء اليوم الأحد', 'أمس الأحد')"),
    ev("majd-remarks", "إثر تصريح أدلى به لقناة تلفزيونية", SHOW[0], "no own expression; his answer on al-Majd's 'الجواب الكافي', after KAUST's opening (Wed 23 Sep 2009) and before the press campaign began on Sun 27 Sep (outside knowledge; my span 23-26 Sep)", end=SHOW[1]),
    ev("resignation-submitted", "قدّم الشثري استقالته من عضوية هيئة كبار العلماء", "2009-10-03", "no own expression; reported from the night of Sat 3 Oct 2009, the day before the royal order (my span 3-4 Oct)", end="2009-10-05"),
    ev("watan-denial", "بعد أيام من نفيه، في بيان رسمي نشرته صحيفة الوطن", "2009-09-27", "'بعد أيام': his denial printed by al-Watan during the campaign, late September 2009 (my span 27 Sep - 1 Oct)", end="2009-10-02"),
])
art(S, "https://buraimi.net/vb/threads/19763/post-254877",
    "2009-10-04", "a forum post with no stamp in the stored text: fixed by the body's 'مساء اليوم الأحد' for the royal order relieving al-Shathri, issued on Sun 4 Oct 2009 (the Elaph copy stamped '04-10-2009'; 14october: 'أمس الأحد'); the last sentence, cut off in the stored text, dropped; no date of its own in the text", False, """
أصدر العاهل السعودي الملك عبد الله بن عبد العزيز، مساء اليوم الأحد، أمرًا ملكيًّا بإعفاء الشيخ الدكتور سعد بن ناصر بن عبد العزيز الشثري، عضو هيئة كبار العلماء والعضو المتفرغ في اللجنة الدائمة للبحوث والفتوى المتفرعة من الهيئة، من عمله.
وكانت مصادر إعلامية قد ذكرت أن الشيخ الشثري قدّم استقالته إلى العاهل السعودي، وأنه سيتفرغ بعدها للأعمال العلمية والدعوية.
وتأتي استقالة الدكتور الشثري بعد أيام من انتقاده السماح بالاختلاط في جامعة "الملك عبد الله للعلوم والتقنية" التي افتُتحت مؤخرًا.
وكان الشثري قد دعا، في رده على سؤال من أحد المشاهدين من قطر حول الاختلاط في الجامعة خلال ظهوره في برنامج "الجواب الكافي" على قناة "المجد"، إلى منع الاختلاط في الجامعة وتشكيل لجنة شرعية تتفقد مناهجها ومدى توافقها مع الشرع.
وأدت تصريحات الشثري إلى حملة عنيفة من الانتقادات لموقفه في عدد كبير من الصحف السعودية والعربية، رأت أن القناة والشيخ تجاهلا الدور العلمي للجامعة وركزا على أمر آخر قليل الأهمية.
""", [
    ev("relieved", "مساء اليوم الأحد، أمرًا ملكيًّا بإعفاء", "2009-10-04", "'مساء اليوم الأحد' = the evening of Sun 4 Oct 2009"),
    ev("resignation-submitted", "قدّم استقالته إلى العاهل السعودي", "2009-10-03", "no own expression; reported from the night of Sat 3 Oct 2009 (my span 3-4 Oct)", end="2009-10-05"),
    ev("kaust-opening", "التي افتُتحت مؤخرًا", "2009-09-23", "'مؤخرًا': KAUST was inaugurated on Wed 23 Sep 2009 (outside knowledge)"),
    ev("majd-remarks", "خلال ظهوره في برنامج \"الجواب الكافي\" على قناة \"المجد\"", SHOW[0], "no own expression; 'بعد أيام': between KAUST's opening (23 Sep) and Khashoggi's article (Sun 27 Sep 2009) (my span 23-26 Sep)", end=SHOW[1]),
    ev("press-campaign", "إلى حملة عنيفة من الانتقادات", "2009-09-27", "no own expression; the campaign ran from Khashoggi's article of Sun 27 Sep to Fri 2 Oct 2009 (another report: 'بدأت الحملة ... يوم الأحد الماضي ... حتى يوم الجمعة الماضي'; my span 27 Sep - 2 Oct)", end="2009-10-03"),
])
art(S, "https://14october.com/News/7SWPSTAW-5B4HFH",
    "2009-10-05", "no stamp or URL date in the stored page: fixed by the body's 'أمس الأحد' for the king's acceptance of al-Shathri's resignation (the royal order of Sun 4 Oct 2009): so Mon 5 Oct 2009; the dateline 'الرياض/ متابعات:' and the caption 'الشيخ سعد بن ناصر الشثري' dropped; the last sentence, cut off in the stored text ('تراجع الشث...'), dropped; no date of its own in the text", False, """
بعد عاصفة الجدل التي أثارتها تصريحاته عن جامعة الملك عبدالله
قبل العاهل السعودي الملك عبدالله بن عبدالعزيز، أمس الأحد، استقالة الشيخ سعد بن ناصر الشثري من منصبه عضوًا في هيئة كبار العلماء في المملكة، بناءً على رغبة الأخير.
وتأتي الاستقالة بعد أيام من ظهور الشثري على قناة «المجد» التلفزيونية في حديث انتقد فيه السماح بالاختلاط في جامعة الملك عبدالله للعلوم والتقنية، ما أثار عاصفة من الجدل في الأوساط الإعلامية السعودية.
ففي البرنامج تلقى الشيخ سؤالًا من مشاهد قطري عن الاختلاط في جامعة الملك عبدالله، فأجاب الشثري مطولًا داعيًا إلى منع الاختلاط في الجامعة التي «أقيمت في بلاد الحرمين»، كما دعا إلى تشكيل لجنة شرعية تتفقد مناهج الجامعة ومدى توافقها مع الشرع.
وعلى إثر ذلك، كتب رئيس تحرير صحيفة «الوطن» السعودية جمال خاشقجي مقالًا انتقد فيه كلام الشثري، واتهم قناة المجد التي استضافته بـ«فتح باب الفتنة والتشويش على الجامعة».
ثم توالت المقالات الصحافية المنتقدة للشثري في عدد كبير من الصحف السعودية والعربية.
""", [
    ev("relieved", "أمس الأحد، استقالة الشيخ سعد بن ناصر الشثري", "2009-10-04", "'أمس الأحد' = Sun 4 Oct 2009"),
    ev("majd-remarks", "بعد أيام من ظهور الشثري على قناة «المجد» التلفزيونية", SHOW[0], "'بعد أيام': his al-Majd answer, between KAUST's opening (23 Sep) and Khashoggi's article (Sun 27 Sep 2009) (my span 23-26 Sep)", end=SHOW[1]),
    ev("khashoggi-article", "كتب رئيس تحرير صحيفة «الوطن» السعودية جمال خاشقجي مقالًا", "2009-09-27", "no own expression; the article that opened the press campaign on Sun 27 Sep 2009 (another report: 'بدأت الحملة الصحفية ... يوم الأحد الماضي بمقال لرئيس تحرير الوطن')"),
    ev("press-campaign", "ثم توالت المقالات الصحافية المنتقدة للشثري", "2009-09-27", "no own expression; the campaign of Sun 27 Sep - Fri 2 Oct 2009 (my span)", end="2009-10-03"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 229)
                            if i != 201 and i != 227
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
