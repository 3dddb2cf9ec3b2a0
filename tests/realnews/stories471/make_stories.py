"""Builds stories.jsonl: the 471-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: new laws and regulations coming into force (traffic codes,
labour rules, residency or visa rules, smoking bans).
Stories: the entry into force of Egypt's new Labour Law No. 14 of 2025 (Egypt, September 2025), and the Kuwaiti
Municipal Council's vote rejecting a ban on serving shisha to families in restaurants and cafes (Kuwait, April 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-labour-law-14-2025-in-force
S = "egypt-labour-law-14-2025-in-force"
IN_FORCE = "2025-09-01"                    # Law 14/2025 came into force on Mon 1 Sep 2025
DECREES = ("2025-09-01", "2025-09-08")     # the executive decrees, due in the first week of September 2025
COURTS = "2025-10-01"                      # the specialised labour courts start on Wed 1 Oct 2025
art(S, "https://www.alborsaanews.com/2025/08/30/1911600",
    "2025-08-30", "the URL's date 2025/08/30 and the body's 'اليوم السبت' for the minister's statement to MENA (30 Aug 2025 was a Saturday); headline written from the body (the stored excerpt has none); the last, truncated sentence dropped", True, """
وزير العمل: القرارات التنفيذية لقانون العمل الجديد تصدر في الأسبوع الأول من سبتمبر
أفاد وزير العمل محمد جبران بأن الوزارة تستعد لإصدار القرارات التنفيذية لقانون العمل الجديد خلال الأسبوع الأول من شهر سبتمبر المقبل.
وأوضح جبران، في تصريح لوكالة أنباء الشرق الأوسط اليوم السبت، أن الوزارة تواصل عقد جلسات التشاور الاجتماعي حول هذه القرارات التنفيذية، تمهيدا لاعتمادها خلال الأيام القليلة المقبلة، بما يجسد فلسفة قانون العمل في صون حقوق كل الأطراف.
وأشار الوزير إلى أن القرارات الوزارية تضم قرابة 87 قرارا مكملا لقانون العمل الجديد رقم 14 لسنة 2025، المزمع بدء تطبيقه في سبتمبر المقبل، منها 15 قرارا لرئيس مجلس الوزراء و68 قرارا لوزير العمل و3 قرارات لوزير العدل وقرار واحد لوزير الصحة.
وذكر أن وزارة العدل أصدرت فعلا القرارين الوزاريين رقم 4621 و4693 لسنة 2025 بشأن إنشاء 38 محكمة عمالية وفتح مكاتب تقدم المساعدة القانونية المجانية للعمال، ضمن الاستعدادات لتطبيق القانون الجديد.
وبيّن وزير العمل أن المحاكم العمالية المتخصصة، التي ستحسم النزاعات في مدة لا تزيد على ثلاثة أشهر بحسب القانون الجديد، ستبدأ عملها رسميا اعتبارا من أول أكتوبر المقبل.
""", [
    ev("jabran-mena-statement", "في تصريح لوكالة أنباء الشرق الأوسط اليوم السبت", "2025-08-30", "'اليوم السبت' = Sat 30 Aug 2025"),
    ev("executive-decrees", "لإصدار القرارات التنفيذية لقانون العمل الجديد خلال الأسبوع الأول من شهر سبتمبر المقبل", DECREES[0], "'خلال الأسبوع الأول من شهر سبتمبر المقبل' from Sat 30 Aug 2025 = 1-7 Sep 2025 (a planned span)", end=DECREES[1]),
    ev("law-in-force", "المزمع بدء تطبيقه في سبتمبر المقبل", IN_FORCE, "'في سبتمبر المقبل' = the entry into force on Mon 1 Sep 2025 (the month only in this text; vetogate 'اليوم الإثنين', masralyoum 'الإثنين الأول من سبتمبر 2025')"),
    ev("labour-courts-start", "ستبدأ عملها رسميا اعتبارا من أول أكتوبر المقبل", COURTS, "'أول أكتوبر المقبل' from Aug 2025 = Wed 1 Oct 2025"),
])
art(S, "https://www.vetogate.com/5482270",
    "2025-09-01", "no date line in the stored text; the body's 'تبدأ اليوم الإثنين' and 'سيدخل حيز التنفيذ اليوم الإثنين' for the entry into force of Mon 1 Sep 2025 (masralyoum: 'اعتبارا من أمس، الإثنين الأول من سبتمبر 2025'), and 'سبتمبر الجاري', give Mon 1 Sep 2025; headline written from the body (the stored excerpt has none)", False, """
قانون العمل الجديد يدخل حيز التنفيذ اليوم
تشرع الدولة المصرية اليوم الإثنين في تطبيق قانون العمل الجديد، الذي أُعدّ بتشاور تام مع كل الأطراف المعنية من أصحاب أعمال وعمال وخبراء في القانون، وجرى اتباع الأسلوب ذاته في إعداد القرارات التنفيذية عبر حوار مجتمعي واسع حولها.
وأعلن محمد جبران وزير العمل أن قانون العمل الجديد رقم 14 لسنة 2025 سيدخل حيز التنفيذ اليوم الإثنين، معتبرا أنه نموذج ناجح للتشاور الاجتماعي بين الحكومة وأصحاب الأعمال والعمال.
وقال الوزير في تصريحات خاصة لموقع "فيتو" إن الوزارة تعمل في هذه الفترة على إصدار القرارات التنفيذية للقانون، تحديدا خلال الأسبوع الأول من سبتمبر الجاري.
وأضاف أن القرارات الوزارية تشمل نحو 87 قرارا مكملا للقانون، منها 15 قرارا لرئيس مجلس الوزراء و68 قرارا لوزير العمل و3 قرارات لوزير العدل وقرار لوزير الصحة.
""", [
    ev("law-in-force", "تشرع الدولة المصرية اليوم الإثنين في تطبيق قانون العمل الجديد", IN_FORCE, "'اليوم الإثنين' = Mon 1 Sep 2025"),
    ev("jabran-veto-announcement", "وأعلن محمد جبران وزير العمل", IN_FORCE, "no own expression beyond 'اليوم الإثنين' in the same sentence; the minister's announcement on the day of the entry into force, Mon 1 Sep 2025"),
    ev("executive-decrees", "خلال الأسبوع الأول من سبتمبر الجاري", DECREES[0], "'الأسبوع الأول من سبتمبر الجاري' = 1-7 Sep 2025 (a planned span)", end=DECREES[1]),
])
art(S, "https://www.masralyoum.net/Policy/9034447/%D9%85%D8%B9-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF-%D8%A7%D8%B9%D8%B1%D9%81-%D8%A7%D9%84%D8%AD%D8%AF-%D8%A7%D9%84%D8%A3%D9%82%D8%B5%D9%89-%D9%84%D8%B9%D8%AF%D8%AF-%D8%B3%D8%A7%D8%B9%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D8%A7%D9%84%D9%8A%D9%88%D9%85%D9%8A%D8%A9?source=true",
    "2025-09-02", "no date line in the stored text; the body's 'اعتبارا من أمس، الإثنين الأول من سبتمبر 2025' gives Tue 2 Sep 2025 (1 Sep 2025 was a Monday); headline rendered from the URL slug; the list shortened to its first five points", False, """
مع تطبيق قانون العمل الجديد.. اعرف الحد الأقصى لعدد ساعات العمل اليومية
انطلق اعتبارا من أمس، الإثنين الأول من سبتمبر 2025، تطبيق قانون العمل الجديد رقم 14 لسنة 2025، الذي يعد محطة فاصلة في تنظيم سوق العمل وضمان الحقوق المتبادلة بين العمال وأصحاب الأعمال، ويسعى إلى الموازنة بين توفير بيئة عمل آمنة ومستقرة وتشجيع الاستثمار وتحريك عجلة التنمية.
وفي ما يلي أبرز مزايا القانون الجديد: أولا، عقد العمل غير محدد المدة هو القاعدة ما لم يُنص على خلاف ذلك، مع وجوب كتابة العقود وتوفير نسخ رسمية منها.
ثانيا، لا تتجاوز ساعات العمل 8 ساعات في اليوم أو 48 ساعة في الأسبوع، مع راحة أسبوعية لا تقل عن 24 ساعة متصلة.
ثالثا، يشمل القانون صراحة القوى العاملة في القطاع الخاص، وتستمر الأحكام السابقة التي تحفظ حقوق العاملين كالأجور والمزايا.
رابعا، تلتزم المنشآت بإرسال بيانات تفصيلية عن عمالها من عدد ومؤهلات وأجور وجنسيات خلال 30 يوما من العمل بالقانون.
خامسا، تُحال الدعاوى القائمة تلقائيا إلى المحاكم العمالية من دون رسوم إضافية.
""", [
    ev("law-in-force", "انطلق اعتبارا من أمس، الإثنين الأول من سبتمبر 2025", IN_FORCE, "'أمس، الإثنين الأول من سبتمبر 2025' = Mon 1 Sep 2025"),
    ev("worker-data-deadline", "خلال 30 يوما من العمل بالقانون", IN_FORCE, "'خلال 30 يوما من العمل بالقانون' = 30 days from Mon 1 Sep 2025, i.e. 1-30 Sep 2025", end="2025-10-01"),
    ev("labour-courts-start", "تُحال الدعاوى القائمة تلقائيا إلى المحاكم العمالية", COURTS, "no own expression; the pending cases go to the labour courts when these start work on Wed 1 Oct 2025 (alborsaa: 'اعتبارا من أول أكتوبر المقبل')"),
])

# ---------------------------------------------------------------- kuwait-family-shisha-ban-rejected-2019
S = "kuwait-family-shisha-ban-rejected-2019"
SESSION = "2019-04-15"                     # the Municipal Council's session and vote, Mon 15 Apr 2019
art(S, "https://alwakeelnews.com/Section_81/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81-%D8%A7%D9%84%D9%88%D9%83%D9%8A%D9%84/%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%AA%D9%86%D9%87%D9%8A-%D8%AC%D8%AF%D9%84-%D9%85%D9%86%D8%B9-%D8%A7%D9%84%D8%B4%D9%8A%D8%B4%D8%A9-%D9%81%D9%8A-%D9%85%D8%B7%D8%A7%D8%B9%D9%85-%D9%88%D9%85%D9%82%D8%A7%D9%87%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D8%A6%D9%84%D8%A7%D8%AA_328815",
    "2019-04-15", "the page's header stamp 'الأربعاء 2024-11-13 08:23 ص' is the site's date at the crawl, not the article's (its own time is only '03:02 م'); the body's 'اليوم الإثنين' for the session whose vote (7 against, 6 for, 1 abstaining) aljarida of 16 Apr 2019 places 'أمس' gives Mon 15 Apr 2019; the archive menus and 'اظهار أخبار متعلقة' dropped; headline kept from the page", False, """
الكويت تنهي جدل منع الشيشة في مطاعم ومقاهي العائلات
أعلن المجلس البلدي في الكويت، اليوم الإثنين، أنه لم يوافق على إلغاء الشيشة في مطاعم ومقاهي العائلات، وذلك بعد مناقشة اقتراح بهذا الشأن في جلسة المجلس اليوم وطرحه للتصويت.
وجاء القرار برفض الاقتراح الذي قدمه أحد الأعضاء في وقت سابق بعد التصويت عليه، إذ رفضه 7 أعضاء ووافق عليه 6 وامتنع عضو واحد، بحسب صحيفة "القبس" الكويتية.
وكان عضو المجلس البلدي حمدي العازمي قد تقدم قبل أيام باقتراح لمنع الشيشة في مطاعم ومقاهي العائلات، مبررا ذلك بـ"الحفاظ على العادات والتقاليد، وبالأضرار الصحية والنفسية والمشكلات الأسرية".
وقوبل الاقتراح حينها بانتقادات حادة من رواد مواقع التواصل الاجتماعي الذين عدّوه "تضييقا على الحريات الشخصية".
وتلزم الهيئة العامة للبيئة في الكويت الأماكن العامة كالمجمعات والأسواق والمطاعم والمقاهي بدفع رسوم ترخيص خاصة لتقديم الشيشة ضمن ضوابط محددة.
""", [
    ev("shisha-proposal-rejected", "أنه لم يوافق على إلغاء الشيشة في مطاعم ومقاهي العائلات", SESSION, "'اليوم الإثنين' = Mon 15 Apr 2019"),
    ev("council-session", "بعد مناقشة اقتراح بهذا الشأن في جلسة المجلس اليوم", SESSION, "'اليوم' = Mon 15 Apr 2019"),
    ev("vote-7-6-1", "إذ رفضه 7 أعضاء ووافق عليه 6 وامتنع عضو واحد", SESSION, "no own expression; the vote in the session of Mon 15 Apr 2019"),
])
art(S, "http://www.aljarida.com/articles/1555333533296018300/",
    "2019-04-16", "the page's 'نشر في 16-04-2019' (16 Apr 2019 was a Tuesday); the body's 'افتتح المجلس أمس جلسته' = Mon 15 Apr; headline kept from the page; the sub-heading and the last, truncated paragraph dropped", True, """
«البلدي» يرفض مقترح إلغاء «شيشة العوائل» في المقاهي
رفض المجلس البلدي المقترح القاضي بمنع تقديم «الشيشة» للعائلات في المطاعم والمقاهي، بعدما اعترض عليه 7 أعضاء مقابل موافقة 6 وامتناع عضو واحد.
وكان المجلس قد افتتح أمس جلسته العادية لدور الانعقاد الأول من الفصل التشريعي الثاني عشر برئاسة رئيسه م. أسامة العتيبي، فصادق على محضر الاجتماع السابق ثم انتقل إلى مناقشة باب الرسائل الواردة.
وعند مناقشة المقترح المقدم من العضو حمدي العازمي بإلغاء «شيشة» العوائل في المطاعم والمقاهي، قال العضو مشعل الحمضان إن الدول المتحضرة تحظر الشيشة عموما في الأماكن المغلقة وتقصرها على الأماكن الخارجية، معتبرا المقترح غير قابل للتطبيق.
وأوضح الحمضان أن الكبائن في المقاهي لا وجود لها في قانون البلدية، وأن على البلدية أن تطبق القانون وتزيل هذه المخالفات.
أما العضو العازمي فقال: «نعتب على الصحافة التي وصفت الأمر بالشو الإعلامي، فنحن جئنا بإرادة الشعب»، معاتبا وزارة الداخلية ومباحث الآداب على وجود كبائن في المقاهي.
""", [
    ev("shisha-proposal-rejected", "رفض المجلس البلدي المقترح القاضي بمنع تقديم «الشيشة» للعائلات", SESSION, "no own expression; the vote in the session of 'أمس' = Mon 15 Apr 2019"),
    ev("council-session", "وكان المجلس قد افتتح أمس جلسته العادية", SESSION, "'أمس' in an article of Tue 16 Apr 2019 = Mon 15 Apr"),
    ev("vote-7-6-1", "بعدما اعترض عليه 7 أعضاء مقابل موافقة 6 وامتناع عضو واحد", SESSION, "no own expression; the vote in the session of Mon 15 Apr 2019"),
    ev("minutes-approved", "فصادق على محضر الاجتماع السابق", SESSION, "no own expression; at the opening of the session of Mon 15 Apr 2019"),
    ev("azmi-reproach", "أما العضو العازمي فقال", SESSION, "no own expression; said in the session of Mon 15 Apr 2019"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=15265552",
    "2019-04-16", "no date on the stored page; the body's 'حسم المجلس البلدي، في جلسته، أمس' for the session of Mon 15 Apr 2019 (aljarida of 16 Apr: 'افتتح المجلس أمس جلسته', the same 7-6-1 vote) gives Tue 16 Apr 2019; a Kuwaiti press report carried by the aggregator; headline written from the body (the stored text has none); 'مشاركة' dropped", False, """
المجلس البلدي يرفض بفارق صوت منع الشيشة للعائلات
أنهى المجلس البلدي في جلسته أمس مسألة «منع تقديم الشيشة» للعائلات في المطاعم والمقاهي، فرفض المقترح بفارق صوت واحد، إذ عارضه 7 أعضاء وأيده 6 وامتنع عضو.
وفيما أخفقت محاولات إعادة المقترح إلى اللجنة الفنية لمزيد من الدرس، هاجم عدد من الأعضاء بلدية الكويت ووزارة الداخلية بسبب «الكبائن» في المقاهي، واتهموا الجهتين بالتقصير في مواجهة الممارسات غير الأخلاقية التي تجري فيها، بينما رأى أعضاء آخرون أن مقترح إلغاء «شيشة» العوائل لا يمكن تطبيقه.
من جانبه، أفاد المدير العام لبلدية الكويت م. أحمد المنفوحي بأن في «البلدية» لجنة رباعية تتولى مراقبة هذه المقاهي وتحرير المخالفات بحق المتجاوزين.
ويُشار إلى أن المؤيدين للمقترح هم حمدي العازمي وحمود العنزي وعبدالله الرومي وعلي العازمي وفهيد المويزري ومحمد المطيري، في حين امتنع أحمد هديان عن التصويت ورفضه بقية الأعضاء.
""", [
    ev("shisha-proposal-rejected", "أنهى المجلس البلدي في جلسته أمس مسألة «منع تقديم الشيشة»", SESSION, "'أمس' in an article of Tue 16 Apr 2019 = Mon 15 Apr"),
    ev("vote-7-6-1", "إذ عارضه 7 أعضاء وأيده 6 وامتنع عضو", SESSION, "no own expression; the vote in the session of Mon 15 Apr 2019"),
    ev("referral-attempt-failed", "أخفقت محاولات إعادة المقترح إلى اللجنة الفنية", SESSION, "no own expression; in the session of Mon 15 Apr 2019"),
    ev("members-attack-cabins", "هاجم عدد من الأعضاء بلدية الكويت ووزارة الداخلية", SESSION, "no own expression; in the session of Mon 15 Apr 2019"),
    ev("manfouhi-committee", "أفاد المدير العام لبلدية الكويت م. أحمد المنفوحي", SESSION, "no own expression; said in the session of Mon 15 Apr 2019"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 471
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
