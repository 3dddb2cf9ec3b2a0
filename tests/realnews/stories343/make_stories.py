"""Builds stories.jsonl: the 343-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: United Nations envoys and votes: UN envoys' visits and
briefings, Security Council resolutions and votes on Arab countries, UN mission mandates renewed or ended.
Stories: Security Council resolution 2797 on Western Sahara and the MINURSO mandate (Morocco, October-November
2025), the last extension of UNIFIL's mandate by resolution 2790 (Lebanon, August 2025), Sudan's declaration of
the UN envoy Volker Perthes persona non grata (Sudan, June 2023), the resignation of the UN envoy to Libya
Abdoulaye Bathily after his Security Council briefing (Libya, April 2024), and the end of the UN mission UNAMI
with Guterres' visit to Baghdad (Iraq, December 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- western-sahara-resolution-2797-2025
S = "western-sahara-resolution-2797-2025"
VOTE = "2025-10-31"                        # resolution 2797 adopted on Fri 31 Oct 2025 (11 for, 3 abstentions, Algeria not voting)
POSTPONED = "2025-10-30"                   # the vote planned for Thu 30 Oct 2025 was taken off the agenda that day
SPEECH = "2025-10-31"                      # the King's speech on the evening of Fri 31 Oct 2025
UNITY_DAY = "2025-11-04"                   # the royal cabinet's communique on 'Eid al-Wahda', Tue 4 Nov 2025
GREEN_MARCH_50 = "2025-11-06"              # the 50th anniversary of the Green March, Thu 6 Nov 2025
art(S, "https://www.7news.ma/%d8%aa%d8%a3%d8%ac%d9%8a%d9%84-%d8%a7%d9%84%d8%aa%d8%b5%d9%88%d9%8a%d8%aa-%d8%a7%d9%84%d8%a3%d9%85%d9%85%d9%8a-%d8%ad%d9%88%d9%84-%d8%a7%d9%84%d8%b5%d8%ad%d8%b1%d8%a7%d8%a1-%d8%a7%d9%84%d9%85%d8%ba/?noamp=mobile",
    "2025-10-30", "no date line on the stored page; the body's 'اليوم الخميس' with 'غدًا الجمعة 31 أكتوبر' gives Thu 30 Oct 2025 (30 Oct 2025 was a Thursday; the same postponement is reported 'اليوم الخميس' by alnahar.ma, saha24 and maghress/al9anat); headline rendered from the URL slug (its last word completed); the last, truncated sentence cut after '31 يناير 2026'", False, """
تأجيل التصويت الأممي حول الصحراء المغربية
قرر مجلس الأمن الدولي إرجاء الجلسة التي كانت مقررة اليوم الخميس للتصويت على مشروع القرار الخاص بنزاع الصحراء المغربية، بحسب ما تضمنته أجندة المجلس المنشورة على الموقع الرسمي للأمم المتحدة.
وكان يُنتظر أن يعقد المجلس جلسة علنية صباح اليوم بتوقيت نيويورك ليصوّت على تمديد ولاية بعثة الأمم المتحدة للاستفتاء في الصحراء (المينورسو)، التي تنقضي غدًا الجمعة 31 أكتوبر، غير أن الجدول الجديد للاجتماعات أسقط البند الخاص بالصحراء، واقتصر على مناقشة الأزمة السودانية ولجنة 1540 المعنية بعدم انتشار أسلحة الدمار الشامل، إلى جانب مشاورات داخلية أخرى.
ويرى مراقبون أن سبب التأجيل يرتبط على الأرجح بتصاعد الأحداث في السودان، حيث تستمر المواجهات بين الجيش وقوات الدعم السريع، وهو ما زاد الوضع الإنساني والأمني سوءًا وجعله أولوية على جدول أعمال المجلس.
ويُعتبر التأجيل إجراءً مألوفًا في مجلس الأمن، إذ يتوفر للمجلس في العادة هامش من الوقت قبل انقضاء ولاية بعثات الأمم المتحدة، كما هي حال المينورسو التي تنتهي غدًا، مما يتيح له مزيدًا من المشاورات قبل أن يحسم قراره النهائي.
وكانت الولايات المتحدة الأمريكية قد تقدمت بمشروع القرار الذي يطالب بتمديد ولاية بعثة المينورسو حتى 31 يناير 2026.
""", [
    ev("vote-postponed", "قرر مجلس الأمن الدولي إرجاء الجلسة التي كانت مقررة اليوم الخميس", POSTPONED, "'اليوم الخميس' = Thu 30 Oct 2025 (the next day is 'الجمعة 31 أكتوبر')"),
    ev("minurso-mandate-expiry", "التي تنقضي غدًا الجمعة 31 أكتوبر", VOTE, "'غدًا الجمعة 31 أكتوبر' from Thu 30 Oct = Fri 31 Oct 2025 (the mandate of resolution 2756 ran to 31 Oct 2025)"),
    ev("sudan-fighting", "حيث تستمر المواجهات بين الجيش وقوات الدعم السريع", "2025-10-26", "no own expression (present tense); the escalation after the RSF took El Fasher on Sun 26 Oct 2025, up to the day of the article (my span 26-30 Oct)", end="2025-10-31"),
    ev("us-draft-submitted", "وكانت الولايات المتحدة الأمريكية قد تقدمت بمشروع القرار", "2025-10-15", "no own expression ('قد تقدمت', pluperfect); the US draft circulated to the Council in the second half of October 2025, before Thu 30 Oct (my span 15-30 Oct)", end="2025-10-30"),
])
art(S, "https://www.ahdath.info/article/245944/%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%A3%D9%86%D8%B4%D8%B7%D8%A9-%D9%85%D9%84%D9%83%D9%8A%D8%A9/%D8%B5%D8%A7%D8%AD%D8%A8-%D8%A7%D9%84%D8%AC%D9%84%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%85%D9%84%D9%83-%D9%85%D8%AD%D9%85%D8%AF-%D8%A7%D9%84%D8%B3%D8%A7%D8%AF%D8%B3-%D9%81%D8%AA%D8%AD-%D8%AC%D8%AF%D9%8A%D8%AF-%D9%81%D9%8A-%D9%85%D8%B3%D8%A7%D8%B1-%D8%AA%D8%B1%D8%B3%D9%8A%D8%AE-%D9%85%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D8%B1%D8%A7%D8%A1-%D8%A8%D8%B9%D8%AF-%D9%82%D8%B1%D8%A7%D8%B1-%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A",
    "2025-10-31", "page date line 'أحداث. أنفو الجمعة 31 أكتوبر 2025' (kept as second line; 31 Oct 2025 was a Friday); headline kept from the page (re-worded); the photo file names dropped; the last, truncated paragraph dropped", True, """
الملك محمد السادس: قرار مجلس الأمن التاريخي فتح جديد في مسار ترسيخ مغربية الصحراء
أحداث. أنفو الجمعة 31 أكتوبر 2025
أعلن صاحب الجلالة الملك محمد السادس، في خطاب سامٍ وجهه إلى الشعب المغربي، عن منعطف تاريخي جديد في قضية الصحراء المغربية، عقب اعتماد مجلس الأمن الدولي القرار رقم 2797 الذي أقرّ بوضوح مبادرة الحكم الذاتي تحت السيادة المغربية حلًّا نهائيًا وواقعيًا للنزاع المفتعل حول الأقاليم الجنوبية.
وأوضح جلالته أن هذا التحول الأممي يمثل "فتحًا جديدًا" في طريق ترسيخ مغربية الصحراء، مؤكدًا أن ما بعد 31 أكتوبر 2025 لن يشبه ما قبله، بعدما دخل المغرب مرحلة "الحسم الأممي" في هذا الملف التاريخي الذي وسم الدبلوماسية المغربية لعقود.
وتزامن الخطاب الملكي مع الذكرى الخمسين للمسيرة الخضراء والذكرى السبعين لاستقلال المملكة، وهو ما أضفى عليه بعدًا رمزيًا عميقًا يربط استحضار الماضي المجيد ببناء مستقبل دبلوماسي واثق.
فكما جمعت المسيرة الخضراء المغاربة سنة 1975 حول هدف استرجاع الأرض، يجمع القرار الأممي اليوم الإرادة الدولية حول شرعية المغرب وسيادته التاريخية على صحرائه.
""", [
    ev("king-speech", "أعلن صاحب الجلالة الملك محمد السادس، في خطاب سامٍ وجهه إلى الشعب المغربي", SPEECH, "no own expression; the speech broadcast on the evening of Fri 31 Oct 2025, the day of the date line (analkhabar: 'مساء اليوم الجمعة 31 أكتوبر 2025')"),
    ev("resolution-adopted", "عقب اعتماد مجلس الأمن الدولي القرار رقم 2797", VOTE, "no own expression; resolution 2797 adopted on Fri 31 Oct 2025 ('ما بعد 31 أكتوبر 2025' in the next sentence)"),
    ev("green-march-50th", "وتزامن الخطاب الملكي مع الذكرى الخمسين للمسيرة الخضراء", GREEN_MARCH_50, "'الذكرى الخمسين' of the Green March of 6 Nov 1975 = Thu 6 Nov 2025 (the speech came a week before it)"),
    ev("green-march-1975", "فكما جمعت المسيرة الخضراء المغاربة سنة 1975", "1975-11-06", "'سنة 1975'; the Green March of 6-9 Nov 1975 (outside knowledge)", end="1975-11-10"),
])
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/11/1/2882728/%D8%AC%D8%A8%D9%87%D8%A9-%D8%A7%D9%84%D8%A8%D9%88%D9%84%D9%8A%D8%B3%D8%A7%D8%B1%D9%8A%D9%88-%D8%AA%D8%A4%D9%83%D8%AF-%D8%AA%D9%85%D8%B3%D9%83-%D8%A7%D9%84%D8%B4%D8%B9%D8%A8-%D8%A7%D9%84%D8%B5%D8%AD%D8%B1%D8%A7%D9%88%D9%8A-%D8%A8%D8%AD%D9%82%D9%87-%D9%81%D9%8A-%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D8%A7%D9%84%D9%85%D8%B5%D9%8A%D8%B1",
    "2025-11-01", "date in the URL '/2025/11/1/' (1 Nov 2025 was a Saturday); the body's 'ليلة أمس الجمعة' agrees; the dateline 'القاهرة- (د ب أ)' dropped; headline rendered from the URL slug (the stored text has none); the last, truncated quotation shortened; no date of its own in the text", False, """
جبهة البوليساريو تؤكد تمسك الشعب الصحراوي بحقه في تقرير المصير
شددت جبهة البوليساريو على أن الشعب الصحراوي متمسك بقوة بحقه، غير القابل للمساومة، في تقرير المصير والاستقلال.
وورد ذلك في بيان نشرته الجبهة على موقعها الإلكتروني في ساعة متأخرة ليلة أمس الجمعة، إثر اعتماد مجلس الأمن القرار 2797 لعام 2025، الذي مدد بموجبه ولاية بعثة الأمم المتحدة للاستفتاء في الصحراء الغربية (المينورسو) حتى 31 أكتوبر/تشرين الأول 2026.
وذكر البيان أن الجبهة، وهي تجدد استعدادها الدائم للتعامل البنّاء مع المسار السلمي الذي ترعاه الأمم المتحدة في الصحراء الغربية، تؤكد كذلك أنها لن تشارك في أي عملية سياسية أو مفاوضات تنبني على مقترحات "تهدف إلى إضفاء الشرعية على الاحتلال العسكري المغربي غير الشرعي للصحراء الغربية وحرمان الشعب الصحراوي من حقه غير القابل للتصرف وغير القابل للمساومة أو التقادم في تقرير المصير والسيادة على وطنه".
وكان مجلس الأمن قد أقر قرارًا يساند مطالب المغرب بالصحراء الغربية المتنازع عليها، في تحول ينسجم مع دعم إدارة ترامب لهذا البلد الواقع في شمال أفريقيا.
ويدعو القرار الأطراف المعنية إلى استئناف المحادثات دون شروط مسبقة.
""", [
    ev("polisario-statement", "وورد ذلك في بيان نشرته الجبهة على موقعها الإلكتروني في ساعة متأخرة ليلة أمس الجمعة", VOTE, "'في ساعة متأخرة ليلة أمس الجمعة' in an article of Sat 1 Nov 2025 = late on Fri 31 Oct 2025 (echoroukonline: 'مساء الجمعة')"),
    ev("resolution-adopted", "إثر اعتماد مجلس الأمن القرار 2797 لعام 2025", VOTE, "no own expression; resolution 2797 adopted on Fri 31 Oct 2025, before the statement of that night"),
    ev("minurso-extended-to-2026", "حتى 31 أكتوبر/تشرين الأول 2026", "2025-11-01", "the new mandate runs from 1 Nov 2025 up to '31 أكتوبر/تشرين الأول 2026' (end exclusive 1 Nov 2026)", end="2026-11-01"),
])
art(S, "https://aswatdriouch.com/2025/11/04/%d8%b5%d8%a7%d8%ad%d8%a8-%d8%a7%d9%84%d8%ac%d9%84%d8%a7%d9%84%d8%a9-%d9%8a%d9%82%d8%b1%d8%b1-%d8%ac%d8%b9%d9%84-31-%d8%a3%d9%83%d8%aa%d9%88%d8%a8%d8%b1-%d8%b9%d9%8a%d8%af%d9%8b%d8%a7-%d9%88%d8%b7",
    "2025-11-04", "the MAP dateline 'الرباط 4 نونبر 2025 (ومع)' (kept; 4 Nov 2025 was a Tuesday) and the date in the URL '/2025/11/04/'; headline rendered from the URL slug (its last word completed)", True, """
صاحب الجلالة يقرر جعل 31 أكتوبر عيدًا وطنيًا
الرباط 4 نونبر 2025 (ومع) – أفاد الديوان الملكي بأن صاحب الجلالة الملك محمد السادس، نصره الله، قرر أن يكون يوم 31 أكتوبر من كل سنة مناسبة وطنية باسم "عيد الوحدة"، احتفاءً بالتحولات التاريخية التي عرفها مسار القضية الوطنية، وتفاعلًا مع القرار رقم 2797/2025 الصادر عن مجلس الأمن، وتأكيدًا للوحدة الترابية والوطنية للمملكة.
ويستحضر هذا القرار الخطاب السامي الأخير لجلالة الملك، إذ ستشكل هذه المناسبة الوطنية فرصة للتعبير عن التشبث بالمقدسات الوطنية وبالحقوق المشروعة للمملكة، وسيصدر خلالها جلالته عفوه السامي.
وأوضح البلاغ أن النطق الملكي السامي سيقتصر مستقبلا على مناسبتين رسميتين: خطاب عيد العرش المجيد وافتتاح الدورة الأولى من السنة التشريعية، على أن تُحافظ الاحتفالات الخاصة بالذكرى الخمسين للمسيرة الخضراء دون خطاب ملكي موجه إلى الأمة.
""", [
    ev("unity-day-decision", "أفاد الديوان الملكي بأن صاحب الجلالة الملك محمد السادس", UNITY_DAY, "the dateline 'الرباط 4 نونبر 2025' = Tue 4 Nov 2025 (fesnews: the communique issued 'يوم 4 نوفمبر 2025')"),
    ev("resolution-adopted", "القرار رقم 2797/2025 الصادر عن مجلس الأمن", VOTE, "no own expression; resolution 2797 adopted on Fri 31 Oct 2025"),
    ev("king-speech", "ويستحضر هذا القرار الخطاب السامي الأخير لجلالة الملك", SPEECH, "no own expression ('الأخير'); the King's speech of the evening of Fri 31 Oct 2025"),
    ev("green-march-50th", "الاحتفالات الخاصة بالذكرى الخمسين للمسيرة الخضراء", GREEN_MARCH_50, "'الذكرى الخمسين' of the Green March of 6 Nov 1975 = Thu 6 Nov 2025"),
])

# ---------------------------------------------------------------- lebanon-unifil-final-extension-2025
S = "lebanon-unifil-final-extension-2025"
ADOPTED = "2025-08-28"                     # resolution 2790 adopted unanimously on Thu 28 Aug 2025 (New York morning)
DEBATE = "2025-08-18"                      # the Council began discussing the French draft on Mon 18 Aug 2025
PLANNED = "2025-08-25"                     # the vote first planned for Mon 25 Aug 2025
DELAY = ("2025-08-21", "2025-08-25")       # the Monday vote put off: first reported Thu 21 Aug, before Mon 25 Aug 2025
EXPIRY = "2025-08-31"                      # the old mandate ran to Sun 31 Aug 2025
MANDATE_END = "2026-12-31"                 # the last mandate ends on 31 Dec 2026
WITHDRAWAL = ("2027-01-01", "2028-01-01")  # the withdrawal to be completed within one year, i.e. during 2027
art(S, "https://www.lebanon24.com/news/lebanon/1408352/%D8%A2%D8%AE%D8%B1-%D9%85%D8%B9%D9%84%D9%88%D9%85%D8%A9-%D9%85%D8%A7-%D8%AC%D8%AF%D9%8A%D8%AF-%D8%A7%D9%84%D8%AA%D8%B5%D9%88%D9%8A%D8%AA-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D9%85%D8%AF%D9%8A%D8%AF-%D9%84%D9%80%D8%A7%D9%84%D9%8A%D9%88%D9%86%D9%8A%D9%81%D9%8A%D9%84%D8%9F",
    "2025-08-24", "page stamp 'date 2025-08-24' (24 Aug 2025 was a Sunday) with the body's 'اليوم الأحد', which agrees; headline rendered from the URL slug (the stored text has none); the stored text lost its linked words (the requester of the delay, 'لبنان', 'مجلس الأمن'): the two places are restored, the requester is left unnamed; no date of its own in the text", False, """
ما الجديد في التصويت على التمديد لليونيفيل؟
أفادت معلومات صحفية، اليوم الأحد، بأنّ طلبًا قُدّم لتأجيل تصويت مجلس الأمن على التمديد لقوات "اليونيفيل" العاملة في لبنان إلى يوم 29 آب الجاري، بعدما كان مقرراً يوم 25 آب.
وكان مجلس الأمن قد بدأ مؤخراً مناقشة مشروع قرار تقدّمت به فرنسا لتمديد ولاية قوة حفظ السلام الأممية في جنوب لبنان (اليونيفيل) لمدة عام واحد، وفق "فرانس برس".
وينصّ المشروع الفرنسي على تمديد ولاية اليونيفيل حتى 31 آب 2026، كما يتضمّن فقرة يُبدي فيها المجلس "عزمه على العمل من أجل انسحاب" القوة الأممية لتصبح الحكومة اللبنانية "الضامن الوحيد للأمن في جنوب لبنان".
وتجدر الإشارة إلى أنّ ولاية "اليونيفيل" تنقضي هذا الشهر، ويُفترض أن يجري التصويت على تجديد مهامها لكي تستمر في لبنان.
""", [
    ev("monday-vote-postponed", "بأنّ طلبًا قُدّم لتأجيل تصويت مجلس الأمن", DELAY[0], "reported 'اليوم الأحد' (Sun 24 Aug 2025); the putting off of the vote of Mon 25 Aug was first reported on Thu 21 Aug (lebanon24 of Fri 22 Aug: 'معلومات برزت امس'), my span 21-24 Aug", end=DELAY[1]),
    ev("vote-planned-monday", "بعدما كان مقرراً يوم 25 آب", PLANNED, "'يوم 25 آب' = Mon 25 Aug 2025 (the planned, then cancelled, vote)"),
    ev("council-debate-begins", "وكان مجلس الأمن قد بدأ مؤخراً مناقشة مشروع قرار", DEBATE, "'مؤخراً'; the Council began discussing the French draft on Mon 18 Aug 2025 (almarkazia of Tue 19 Aug: 'بدأ مجلس الأمن الدوليّ الإثنين مناقشة')"),
    ev("mandate-expiry-aug-2025", "أنّ ولاية \"اليونيفيل\" تنقضي هذا الشهر", EXPIRY, "'هذا الشهر' = August 2025; the mandate ran to Sun 31 Aug 2025 (lbcgroup: 'الأحد المقبل')"),
])
art(S, "https://www.lbcgroup.tv/news/lebanon/875104/%D9%84%D9%84%D9%85%D8%B1%D8%A9-%D8%A7%D9%84%D8%A3%D8%AE%D9%8A%D8%B1%D8%A9-%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%8A%D8%B5%D9%88%D9%91%D8%AA-%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D9%85%D8%AF%D9%8A%D8%AF-%D9%84%D9%84%D9%8A%D9%88%D9%86%D9%8A%D9%81%D9%8A%D9%84-%D8%AD%D8%AA%D9%89/ar",
    "2025-08-28", "page stamp 'date 2025-08-28' (28 Aug 2025 was a Thursday); the URL slug's 'يصوّت اليوم' and the body's 'الخميس' agree; headline rendered from the URL slug (cut before its truncated last words); the last, truncated word completed ('هذه القوة'); no date of its own in the text", False, """
للمرة الأخيرة.. مجلس الأمن الدولي يصوّت اليوم على التمديد لليونيفيل
يصوّت مجلس الأمن الدولي الخميس على مشروع قرار يمدّد للمرة الأخيرة عمل قوة حفظ السلام الأممية في جنوب لبنان (اليونيفيل) حتى نهاية العام المقبل تمهيدًا لانسحابها، في وقت لم يتّضح فيه حتى الآن موقف الولايات المتّحدة.
وكانت الرئاسة البنمية لمجلس الأمن قد أعلنت أنّ جلسة التصويت ستُعقد الخميس بعد أن أُرجئت مرارا.
وأُدخلت على مشروع القرار تعديلات كثيرة لإبعاد خطر الفيتو الأميركي عنه، وفق ما ذكرته مصادر دبلوماسية لوكالة فرانس برس.
وبحسب الصيغة المطروحة على التصويت التي اطّلعت عليها "فرانس برس"، يحدّد المجلس نهاية مهمة اليونيفيل في كانون الأول 2026، أي بعد 16 شهرا.
وينصّ المشروع على أنّ مجلس الأمن يقرّر "تمديد ولاية اليونيفيل لمرّة أخيرة (...) حتى 31 كانون الأول 2026، وبدء عملية تقليص وانسحاب مُنظّمة وآمنة اعتبارا من 31 كانون الأول 2026 على أن تنتهي في غضون عام واحد".
وتنقضي ولاية اليونيفيل الأحد المقبل، وكان من المقرر أن يجري الإثنين التصويت على التمديد لها لمدة عام، كما يحصل سنويا منذ 1978، غير أن تلك الجلسة أُرجئت بسبب رفض الولايات المتحدة وإسرائيل صيغة مسودة القرار.
وكانت الدول الـ15 الأعضاء في مجلس الأمن قد بدأت مطلع الأسبوع الماضي مناقشة مستقبل هذه القوة.
""", [
    ev("resolution-adopted", "يصوّت مجلس الأمن الدولي الخميس على مشروع قرار", ADOPTED, "'الخميس' (the headline's 'اليوم') = Thu 28 Aug 2025, the day of the vote"),
    ev("unifil-mandate-ends-2026", "تمديد ولاية اليونيفيل لمرّة أخيرة (...) حتى 31 كانون الأول 2026", MANDATE_END, "'31 كانون الأول 2026' = Thu 31 Dec 2026"),
    ev("mandate-expiry-aug-2025", "وتنقضي ولاية اليونيفيل الأحد المقبل", EXPIRY, "'الأحد المقبل' from Thu 28 Aug 2025 = Sun 31 Aug 2025"),
    ev("vote-planned-monday", "وكان من المقرر أن يجري الإثنين التصويت", PLANNED, "'الإثنين' before Thu 28 Aug = Mon 25 Aug 2025"),
    ev("monday-vote-postponed", "غير أن تلك الجلسة أُرجئت", DELAY[0], "no own expression; the Monday vote was put off before Mon 25 Aug 2025 (first reported Thu 21 Aug), my span 21-24 Aug", end=DELAY[1]),
    ev("council-debate-begins", "قد بدأت مطلع الأسبوع الماضي مناقشة مستقبل هذه القوة", DEBATE, "'مطلع الأسبوع الماضي' from Thu 28 Aug = the start of the week of 18 Aug: Mon 18 Aug 2025 (almarkazia)"),
])
art(S, "https://news.dotalkhalij.com/world-news/29941634/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D9%8A%D9%88%D9%85---%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D9%8A%D9%85%D8%AF%D8%AF-%D9%85%D9%87%D9%85%D8%A9-%D8%A7%D9%84%D9%8A%D9%88%D9%86%D9%8A%D9%81%D9%8A%D9%84-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86.html",
    "2025-08-28", "the page's dateline 'في الخميس 28 أغسطس 2025 08:21 مساءً' (kept as second line without the byline 'شهد محمد - ابوظبي'; 28 Aug 2025 was a Thursday); the body's 'الخميس' agrees; headline kept from the page without the tag 'العالم اليوم -'; the aggregator's opening formula and the last, truncated sentence dropped", True, """
مجلس الأمن يمدد مهمة "اليونيفيل" في لبنان
الخميس 28 أغسطس 2025 08:21 مساءً
قرر مجلس الأمن الدولي، الخميس، أن يمدد مهمة قوات حفظ السلام العاملة في لبنان "اليونيفيل" لسنة إضافية.
وبموجب القرار الأممي تتوقف عمليات بعثة اليونيفيل في جنوب لبنان بنهاية عام 2026، وتنطلق فورا عملية سحب قواتها التي يبلغ قوامها 10800 فرد من العسكريين والمدنيين مع معداتهم بالتشاور مع الحكومة اللبنانية، على أن تُستكمل العملية في غضون عام.
وتبيّن مسودة القرار أن الغاية من ذلك أن تصبح الحكومة اللبنانية "الموفر الوحيد للأمن" في جنوب لبنان، شمال خط الحدود الذي رسمته الأمم المتحدة مع إسرائيل والمعروف بالخط الأزرق.
من جهته، رحّب رئيس الحكومة اللبنانية نواف سلام بقرار التمديد لقوات اليونيفيل، وطالب إسرائيل بالانسحاب من النقاط الخمس التي تحتلها في جنوب لبنان، مشددًا كذلك على ضرورة بسط سلطة الدولة على كامل أراضيها.
في المقابل، قال سفير إسرائيل لدى الأمم المتحدة: "قرار انسحاب اليونيفيل من جنوب لبنان في 2027 خبر جيد".
""", [
    ev("resolution-adopted", "قرر مجلس الأمن الدولي، الخميس، أن يمدد مهمة", ADOPTED, "'الخميس' = Thu 28 Aug 2025 (dateline)"),
    ev("unifil-mandate-ends-2026", "تتوقف عمليات بعثة اليونيفيل في جنوب لبنان بنهاية عام 2026", MANDATE_END, "'بنهاية عام 2026' = 31 Dec 2026 (the resolution's date)"),
    ev("withdrawal-completed-2027", "على أن تُستكمل العملية في غضون عام", WITHDRAWAL[0], "'في غضون عام' after the end of 2026 = during 2027 (the Israeli envoy's '2027')", end=WITHDRAWAL[1]),
    ev("salam-welcome", "رحّب رئيس الحكومة اللبنانية نواف سلام بقرار التمديد", ADOPTED, "no own expression; Salam's statement right after the vote, Thu 28 Aug 2025 (masrawy: 'في تصريحات إعلامية، الخميس')"),
    ev("israel-envoy-reaction", "قال سفير إسرائيل لدى الأمم المتحدة", ADOPTED, "no own expression; Danny Danon's comment on the vote of Thu 28 Aug 2025"),
])
art(S, "https://www.arabkhabar.com/a/4994426",
    "2025-08-29", "the page's line 'تاريخ النشر: 29th, August 2025 GMT' (kept; 29 Aug 2025 was a Friday); the same text on elbalad.news is stamped 2025-08-29; headline kept from the page (re-worded); the last, truncated sentence completed from the elbalad copy ('نفوذ \"حزب الله\" في الجنوب')", True, """
مجلس الأمن يجدد ولاية يونيفيل للمرة الأخيرة ويضع خطة لانسحاب منظّم بحلول 2027
تاريخ النشر: 29th, August 2025 GMT
اعتمد مجلس الأمن الدولي بالإجماع قرارًا يمدد مهمة قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل) حتى 31 ديسمبر 2026، على أن يبدأ انسحاب تدريجي مباشرة بعد انقضاء هذه الولاية.
وسيتم الانسحاب في غضون عام واحد بتنسيق وثيق مع الحكومة اللبنانية، وصولًا إلى انسحاب كامل بحلول نهاية عام 2027، بحسب صحيفة ذا صن.
وتسيّر يونيفيل، التي أُسست عام 1978 ووُسّعت عام 2006، دوريات على الحدود الجنوبية للبنان منذ ذلك الحين لتثبيت التهدئة ومساعدة الجيش اللبناني على بسط سلطة الدولة، وفق وكالة رويترز.
وأتى قرار التمديد إثر اتفاق فرنسي–أمريكي، إذ اشترطت واشنطن أن تكون هذه المرة الأخيرة التي تُدعم فيها مهمة يونيفيل، معتبرة أن الظروف الأمنية الحالية باتت تسمح للبنان بأن يتحمل وحده مسؤولية أمن الجنوب، بحسب أسوشيتدبرس.
ورحّب رئيس الوزراء اللبناني نواف سلام بالقرار، موجّهًا الشكر إلى فرنسا "ودول المجلس التي تفهمت مخاوف لبنان"، ومؤكدًا مواصلة المطالبة بانسحاب إسرائيل وترسيخ سيادة الدولة اللبنانية على كامل أراضيها.
في المقابل، اعتبر السفير الإسرائيلي لدى الأمم المتحدة القرار "خبرًا جيدًا"، معتبرًا أن مهمة يونيفيل أخفقت في الحد من تمدد نفوذ "حزب الله" في الجنوب.
""", [
    ev("resolution-adopted", "اعتمد مجلس الأمن الدولي بالإجماع قرارًا يمدد مهمة", ADOPTED, "no own expression; resolution 2790 adopted on Thu 28 Aug 2025, the day before the article"),
    ev("unifil-mandate-ends-2026", "حتى 31 ديسمبر 2026، على أن يبدأ انسحاب تدريجي", MANDATE_END, "'31 ديسمبر 2026' = Thu 31 Dec 2026"),
    ev("withdrawal-completed-2027", "وصولًا إلى انسحاب كامل بحلول نهاية عام 2027", WITHDRAWAL[0], "'في غضون عام واحد' after the mandate, 'بحلول نهاية عام 2027' = during 2027", end=WITHDRAWAL[1]),
    ev("unifil-founded-1978", "التي أُسست عام 1978", "1978-03-19", "'عام 1978'; UNIFIL was created by resolution 425 of Sun 19 Mar 1978 (outside knowledge)"),
    ev("salam-welcome", "ورحّب رئيس الوزراء اللبناني نواف سلام بالقرار", ADOPTED, "no own expression; Salam's statement of Thu 28 Aug 2025, right after the vote"),
    ev("israel-envoy-reaction", "اعتبر السفير الإسرائيلي لدى الأمم المتحدة القرار", ADOPTED, "no own expression; the Israeli envoy's comment on Thu 28 Aug 2025"),
])

# ---------------------------------------------------------------- sudan-perthes-persona-non-grata-2023
S = "sudan-perthes-persona-non-grata-2023"
PNG = "2023-06-08"                         # Sudan's foreign ministry notified Guterres and declared Perthes persona non grata on Thu 8 Jun 2023
UN_REPLY = "2023-06-09"                    # Dujarric's answer at the noon briefing of Fri 9 Jun 2023
BURHAN_LETTER = ("2023-05-19", "2023-05-27")  # Burhan's letter asking Guterres to replace Perthes (reported Fri 26 May 2023)
PROTESTS = ("2022-01-01", "2023-04-15")    # protests of Bashir's supporters at the UNITAMS office, before the war of 15 Apr 2023
art(S, "https://elmasarnews.com/?p=22897",
    "2023-06-08", "the statement's own date 'اليوم الخميس ٨ بونيو ٢٠٢٣م' and its closing line 'صدر في الخرطوم الخميس ٨ يونيو ٢٠٢٣م' (both kept, with the typo 'بونيو'; 8 Jun 2023 was a Thursday); the section tag 'أخبار سياسية' dropped; headline kept from the page (re-worded)", True, """
السودان يعلن فولكر بيرثيس شخصًا غير مرغوب فيه: بيان
وزارة الخارجية – إدارة الإعلام والناطق الرسمي
بيان صحافي عاجل
تفيد وزارة الخارجية بأن حكومة جمهورية السودان أبلغت السيد الأمين العام للأمم المتحدة بصورة رسمية اليوم الخميس ٨ بونيو ٢٠٢٣م بأنها أعلنت السيد فولكر بيرثيس، ممثل الأمين العام للأمم المتحدة ورئيس بعثة يونيتامس (بعثة الأمم المتحدة المتكاملة لدعم الانتقال في السودان)، شخصًا غير مرغوب فيه، اعتبارًا من تاريخ اليوم.
صدر في الخرطوم
الخميس ٨ يونيو ٢٠٢٣م
""", [
    ev("png-notification", "أبلغت السيد الأمين العام للأمم المتحدة بصورة رسمية اليوم الخميس", PNG, "'اليوم الخميس ٨ بونيو ٢٠٢٣م' = Thu 8 Jun 2023"),
    ev("foreign-ministry-statement", "صدر في الخرطوم", PNG, "'الخميس ٨ يونيو ٢٠٢٣م' = Thu 8 Jun 2023"),
])
art(S, "https://thelevantnews.com/public/article/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86:-%D9%85%D9%85%D8%AB%D9%84-%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-%D9%81%D9%88%D9%84%D9%83%D8%B1-%D8%A8%D9%8A%D8%B1%D8%AA%D8%B3-%22%D8%B4%D8%AE%D8%B5-%D8%BA%D9%8A%D8%B1-%D9%85%D8%B1%D8%BA%D9%88%D8%A8-%D9%81%D9%8A%D9%87%22june-9,-2023,-6:57-am",
    "2023-06-09", "the date in the URL 'june-9,-2023,-6:57-am' (9 Jun 2023 was a Friday); the body's 'الخميس' for the statement agrees; the site's header date ('الأربعاء ٠٦ / نوفمبر / ٢٠٢٤', the day of the crawl), the 'اقرأ المزيد' links, the source tag 'المصدر:رويترز' and the newsletter furniture dropped; headline kept from the page (re-worded); no date of its own in the text", False, """
السودان يعلن ممثل الأمم المتحدة فولكر بيرتس "شخصًا غير مرغوب فيه"
أعلنت وزارة الخارجية السودانية في بيان، الخميس، أن ممثل الأمم المتحدة شخص غير مرغوب فيه.
وجاء في تغريدة للوزارة على حسابها في "تويتر": "أخطرت حكومة جمهورية السودان السيد الأمين العام للأمم المتحدة بإعلان السيد فولكر بيرتس، ممثل الأمين العام للأمم المتحدة ورئيس بعثة يونيتامس، شخصًا غير مرغوب فيه، وذلك اعتباراً من تاريخ اليوم".
وكان قائد الجيش السوداني الفريق أول ركن عبد الفتاح البرهان قد عبّر في وقت سابق عن رفضه للمبعوث، فيما تظاهر مؤيدو الرئيس السابق عمر البشير أمام مقر البعثة التي يقودها بيرتس قبل الحرب.
وكانت الأمم المتحدة قد ذكرت في وقت سابق على تويتر أن بيرتيس موجود الخميس في أديس أبابا بإثيوبيا لإجراء سلسلة من المحادثات الدبلوماسية.
""", [
    ev("foreign-ministry-statement", "أعلنت وزارة الخارجية السودانية في بيان، الخميس", PNG, "'الخميس' before Fri 9 Jun 2023 = Thu 8 Jun 2023"),
    ev("png-notification", "أخطرت حكومة جمهورية السودان السيد الأمين العام للأمم المتحدة", PNG, "no own expression (the quoted tweet's 'اعتباراً من تاريخ اليوم' is the statement's day); Thu 8 Jun 2023"),
    ev("burhan-rejection", "قد عبّر في وقت سابق عن رفضه للمبعوث", BURHAN_LETTER[0], "'في وقت سابق'; Burhan's letter to Guterres asking for Perthes' replacement, reported on Fri 26 May 2023 (eremnews: 'اليوم الجمعة'), my span 19-26 May", end=BURHAN_LETTER[1]),
    ev("bashir-supporters-protests", "تظاهر مؤيدو الرئيس السابق عمر البشير أمام مقر البعثة", PROTESTS[0], "'قبل الحرب' = before 15 Apr 2023; the Islamist protests against UNITAMS of 2022 - early 2023 (my wide span)", end=PROTESTS[1]),
    ev("perthes-in-addis", "أن بيرتيس موجود الخميس في أديس أبابا", PNG, "'الخميس' = Thu 8 Jun 2023"),
])
art(S, "https://www.albayan.ae/world/arab/2023-06-09-1.4677178",
    "2023-06-09", "date in the URL '/2023-06-09-' (9 Jun 2023 was a Friday); the body's 'أمس الخميس' agrees; the page furniture ('ت + ت - الحجم الطبيعي', 'Email') dropped; headline kept from the page (re-worded); no date of its own in the text", False, """
السودان يعلن ممثل الأمم المتحدة الخاص شخصًا غير مرغوب فيه
أكد السودان أمس الخميس أنه أبلغ الأمم المتحدة بإعلانه فولكر بيرتس، الممثل الخاص للأمين العام للمنظمة ورئيس بعثة الأمم المتحدة المتكاملة لدعم المرحلة الانتقالية في السودان (يونيتامس)، شخصًا غير مرغوب فيه.
وكان الفريق أول ركن عبد الفتاح البرهان، قائد الجيش السوداني، قد أعلن في وقت سابق رفضه للمبعوث، كما نظّم أنصار الرئيس السابق عمر البشير تظاهرات أمام مقر البعثة التي يرأسها بيرتس قبل الحرب.
""", [
    ev("foreign-ministry-statement", "أكد السودان أمس الخميس", PNG, "'أمس الخميس' in an article of Fri 9 Jun 2023 = Thu 8 Jun 2023"),
    ev("png-notification", "أنه أبلغ الأمم المتحدة بإعلانه فولكر بيرتس", PNG, "no own expression; the notification of Thu 8 Jun 2023"),
    ev("burhan-rejection", "قد أعلن في وقت سابق رفضه للمبعوث", BURHAN_LETTER[0], "'في وقت سابق'; Burhan's letter to Guterres reported on Fri 26 May 2023, my span 19-26 May", end=BURHAN_LETTER[1]),
    ev("bashir-supporters-protests", "كما نظّم أنصار الرئيس السابق عمر البشير تظاهرات", PROTESTS[0], "'قبل الحرب' = before 15 Apr 2023; my wide span 2022 - 14 Apr 2023", end=PROTESTS[1]),
])
art(S, "https://www.alkhaleej.ae/2023-06-09/%D8%B1%D8%BA%D9%85-%D8%A5%D8%B9%D9%84%D8%A7%D9%86%D9%87-%D8%B4%D8%AE%D8%B5%D8%A7%D9%8B-%D8%BA%D9%8A%D8%B1-%D9%85%D8%B1%D8%BA%D9%88%D8%A8-%D9%81%D9%8A%D9%87-%D8%BA%D9%88%D8%AA%D9%8A%D8%B1%D9%8A%D8%B3-%D9%8A%D8%A8%D9%82%D9%8A-%D9%85%D9%88%D9%81%D8%AF%D9%87-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9?amp",
    "2023-06-09", "date in the URL '/2023-06-09/' (9 Jun 2023 was a Friday) with the page's time '23:21 مساء' (kept as second line); the body's 'الجمعة' agrees; the tag 'عادي' and 'الصورة' dropped; headline kept from the page (re-worded)", True, """
رغم إعلانه «شخصًا غير مرغوب فيه».. غوتيريس يُبقي على موفده إلى السودان
23:21 مساء
الأمم المتحدة (الولايات المتحدة) - أ ف ب
قال المتحدث باسم الأمين العام للأمم المتحدة، الجمعة، إن اعتبار الحكومة السودانية موفد المنظمة الدولية «شخصًا غير مرغوب فيه» يتعارض مع مبادئ الأمم المتحدة ولا يمكن تطبيقه، مشيرًا إلى أن صفة الألماني فولكر بيرتس لم تتغير.
وأوضح ستيفان دوجاريك أن «صفة السيد بيرتس لم تتبدل».
وتابع أن «مبدأ الشخص غير المرغوب فيه لا ينطبق على العاملين في الأمم المتحدة، وإثارته تتناقض مع التزامات الدول عملاً بميثاق الأمم المتحدة».
وكانت وزارة الخارجية السودانية قد أعلنت، الخميس، أن الحكومة أبلغت الأمين العام بإعلان بيرتس «شخصًا غير مرغوب فيه».
""", [
    ev("un-rejects-png", "قال المتحدث باسم الأمين العام للأمم المتحدة، الجمعة", UN_REPLY, "'الجمعة' = Fri 9 Jun 2023 (the day of the URL)"),
    ev("foreign-ministry-statement", "وكانت وزارة الخارجية السودانية قد أعلنت، الخميس", PNG, "'الخميس' before Fri 9 Jun = Thu 8 Jun 2023"),
    ev("png-notification", "أن الحكومة أبلغت الأمين العام بإعلان بيرتس", PNG, "no own expression; the notification of Thu 8 Jun 2023"),
])

# ---------------------------------------------------------------- libya-bathily-resignation-2024
S = "libya-bathily-resignation-2024"
RESIGN = "2024-04-16"                      # Bathily briefed the Council and announced his resignation on Tue 16 Apr 2024 (New York)
ACCEPT = "2024-04-17"                      # Guterres' acceptance, in Dujarric's statement of Wed 17 Apr 2024
APPOINTED = "2022-09-02"                   # Guterres announced Bathily's appointment on Fri 2 Sep 2022
INVITATION = "2023-11-23"                  # Bathily's invitation to the five main institutional actors, Thu 23 Nov 2023
art(S, "https://unitedmuslimworld.com/17892",
    "2024-04-16", "the body's 'اليوم الثلاثاء 16 أبريل 2024' (kept; 16 Apr 2024 was a Tuesday); headline kept from the page (re-worded); the last, truncated quotation dropped", True, """
عبد الله باتيلي يستقيل من منصب المبعوث الأممي إلى ليبيا
أعلن عبد الله باتيلي، مبعوث الأمين العام للأمم المتحدة إلى ليبيا، اليوم الثلاثاء 16 أبريل 2024، أنه قدّم استقالته إلى أنطونيو جوتيرش.
وصدر هذا الإعلان عقب انتهاء جلسة مجلس الأمن الدولي التي انعقدت اليوم لمناقشة مستجدات الأزمة الليبية، إذ تعيش البلاد فوضى منذ 13 عاما، حين ثار الشعب على الرئيس الراحل معمر القذافي في إطار التحركات المعروفة بـ"الربيع العربي" التي عرفتها دول عربية عدة كتونس ومصر وسوريا واليمن وليبيا.
وانتقد باتيلي، في كلمته أمام مجلس الأمن الدولي، جميع الأطراف السياسية في ليبيا بسبب الجمود السياسي الذي تعيشه البلاد، ورفض الفرقاء الليبيين كل المساعي الرامية إلى التوافق على تنظيم انتخابات تطوي المرحلة الراهنة، وفق ما نقلته وكالة سبوتنيك الروسية.
وأكد باتيلي، الذي يقود بعثة الأمم المتحدة للدعم في ليبيا "أونسميل"، أن الليبيين في كل أرجاء البلاد أبدوا نفاد صبرهم، ويطالبون بإنهاء الجمود الحالي لإنقاذ وطنهم من الفوضى والفشل، مشيرا إلى أن الاتصالات المكثفة التي أجراها مع الأطراف المعنية في ليبيا قوبلت بـ"لا مبالاة" بمصالح الشعب الليبي.
""", [
    ev("resignation-announced", "أنه قدّم استقالته إلى أنطونيو جوتيرش", RESIGN, "'اليوم الثلاثاء 16 أبريل 2024' = Tue 16 Apr 2024"),
    ev("sc-briefing", "عقب انتهاء جلسة مجلس الأمن الدولي التي انعقدت اليوم", RESIGN, "'اليوم' = Tue 16 Apr 2024"),
    ev("libya-uprising-2011", "حين ثار الشعب على الرئيس الراحل معمر القذافي", "2011-02-15", "'منذ 13 عاما' from 2024 = 2011; the uprising against Gaddafi began on 15-17 Feb 2011 (outside knowledge)", end="2011-02-18"),
])
art(S, "https://zatmisr.com/21543/%D8%AC%D9%88%D8%AA%D9%8A%D8%B1%D8%B4-%D9%8A%D9%82%D8%A8%D9%84-%D8%A7%D8%B3%D8%AA%D9%82%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%85%D8%A8%D8%B9%D9%88%D8%AB-%D8%A7%D9%84%D8%A3%D9%85%D9%85%D9%8A-%D9%84%D8%AF%D9%89-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D8%B9%D8%A8%D8%AF-%D8%A7%D9%84%D9%84%D9%87-%D8%A8%D8%A7%D8%AA%D9%8A%D9%84%D9%8A",
    "2024-04-17", "no date line on the stored page; the body's 'اليوم الأربعاء' for Dujarric's statement and 'مساء أمس الثلاثاء' for the resignation of Tue 16 Apr 2024 give Wed 17 Apr 2024 (alnnas: 'بيان الأربعاء (17 ابريل 2024م)'); the outlet tag 'ذات مصر' dropped; headline kept from the page (re-worded); the list of the institutional parties, truncated, dropped; no date of its own in the text", False, """
قبول استقالة المبعوث الأممي لدى ليبيا «عبد الله باتيلي»
وافق الأمين العام للأمم المتحدة أنطونيو جوتيريش على استقالة عبد الله باتيلي، ممثله الخاص إلى ليبيا، التي أعلنها مساء أمس الثلاثاء.
وشكر جوتيريش باتيلي على جهوده في سبيل إعادة بناء السلام والاستقرار في ليبيا، بحسب بيان أصدره المتحدث باسم الأمم المتحدة ستيفان دوجاريك اليوم الأربعاء.
وأوضح جوتيريش، وهو يقبل الاستقالة، أن الأمم المتحدة ستستمر في دعم العملية السياسية التي ينفذها الليبيون، وفق وكالة الأناضول.
وكان المبعوث الأممي لدى ليبيا عبدالله باتيلي قد أعلن مساء أمس الثلاثاء استقالته رسميًا من منصب المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا، عقب إحاطته الأخيرة أمام مجلس الأمن الدولي.
وكان باتيلي قد عُيّن في هذا المنصب في سبتمبر 2022، وقال اليوم خلال اجتماع لمجلس الأمن حول ليبيا إنه قدّم استقالته إلى الأمين العام للأمم المتحدة أنطونيو جوتيريش.
وفي 23 نوفمبر 2023، وجّه باتيلي دعوة إلى الأطراف المؤسسية الرئيسة في ليبيا لعقد اجتماع يفضي إلى تسوية سياسية للقضايا الخلافية المرتبطة بإجراء الانتخابات.
ولم ينعقد هذا الاجتماع حتى اليوم بسبب خلافات بين الأطراف المؤسسية الرئيسة.
""", [
    ev("guterres-accepts", "وافق الأمين العام للأمم المتحدة أنطونيو جوتيريش على استقالة", ACCEPT, "no own expression; the acceptance announced in Dujarric's statement 'اليوم الأربعاء' = Wed 17 Apr 2024"),
    ev("resignation-announced", "قد أعلن مساء أمس الثلاثاء استقالته رسميًا", RESIGN, "'مساء أمس الثلاثاء' in an article of Wed 17 Apr 2024 = Tue 16 Apr 2024"),
    ev("sc-briefing", "عقب إحاطته الأخيرة أمام مجلس الأمن الدولي", RESIGN, "no own expression; the briefing of Tue 16 Apr 2024, before the resignation"),
    ev("bathily-appointed", "وكان باتيلي قد عُيّن في هذا المنصب في سبتمبر 2022", APPOINTED, "'في سبتمبر 2022'; the appointment announced by Guterres on Fri 2 Sep 2022 (outside knowledge)"),
    ev("five-party-invitation", "وفي 23 نوفمبر 2023، وجّه باتيلي دعوة", INVITATION, "'23 نوفمبر 2023' = Thu 23 Nov 2023"),
])
art(S, "https://alnnas.ly/%d8%ba%d9%88%d8%aa%d9%8a%d8%b1%d9%8a%d8%b4-%d9%8a%d9%82%d8%a8%d9%84-%d8%a7%d8%b3%d8%aa%d9%82%d8%a7%d9%84%d8%a9-%d8%a8%d8%a7%d8%aa%d9%8a%d9%84%d9%8a",
    "2024-04-17", "the body's 'في بيان الأربعاء (17 ابريل 2024م)' (kept; 17 Apr 2024 was a Wednesday) for the statement this LANA ('وال') item reports; headline rendered from the URL slug (the stored text has none); the 'إقرأ أيضا' link dropped", True, """
غوتيريش يقبل استقالة باتيلي
وال-
قبِل الأمين العام للأمم المتحدة أنطونيو غوتيريش استقالة عبد الله باتيلي، ممثله الخاص إلى ليبيا، التي أعلنها الثلاثاء.
وأفاد المتحدث باسم الأمم المتحدة "ستيفان دوجاريك" في بيان الأربعاء (17 ابريل 2024م) بأن غوتيريش شكر باتيلي على ما بذله من جهود لإعادة بناء السلام والاستقرار في ليبيا.
وأشار غوتيريش عند قبوله الاستقالة إلى أن الأمم المتحدة ستستمر في دعم العملية السياسية التي يقودها الليبيون.
وكان "باتيلي" قد أعلن تقديم استقالته في مؤتمر صحفي الثلاثاء (16 ابريل 2024م)، موضحًا أن الوضع في ليبيا ساء في الأشهر الأخيرة لسببين رئيسيين، هما "جهود الأطراف الليبية لمواصلة الوضع القائم" و"الديناميكيات الإقليمية والدولية".
وحذّر باتيلي من أن "ليبيا في طريقها إلى فقدان سيادتها"، مؤكدًا أن الأمم المتحدة تسعى إلى منع ذلك، غير أن "لاعبين خارجيين يقوضون جهود الأمم المتحدة".
""", [
    ev("guterres-accepts", "قبِل الأمين العام للأمم المتحدة أنطونيو غوتيريش استقالة", ACCEPT, "no own expression; the acceptance in Dujarric's statement of 'الأربعاء (17 ابريل 2024م)' = Wed 17 Apr 2024"),
    ev("resignation-announced", "قد أعلن تقديم استقالته في مؤتمر صحفي الثلاثاء (16 ابريل 2024م)", RESIGN, "'الثلاثاء (16 ابريل 2024م)' = Tue 16 Apr 2024"),
    ev("libya-deterioration", "أن الوضع في ليبيا ساء في الأشهر الأخيرة", "2023-12-01", "'في الأشهر الأخيرة' before Tue 16 Apr 2024; my span Dec 2023 - 16 Apr 2024 (after the failed invitation of 23 Nov 2023)", end="2024-04-17"),
])
art(S, "https://arabkhabar.com/a/2378760",
    "2024-04-17", "the page's line 'تاريخ النشر: 17th, April 2024 GMT' (kept; 17 Apr 2024 was a Wednesday); the body's 'مساء أمس الثلاثاء' agrees; headline kept from the page (re-worded); the source tag 'المصدر: صدى البلد' and the 'إقرأ أيضاً' teaser dropped; the body's 'اليوم' for the briefing is copied from a report of Tuesday and kept as it is", True, """
المبعوث الأممي إلى ليبيا يستقيل من رئاسة البعثة بعد إحاطته أمام مجلس الأمن
تاريخ النشر: 17th, April 2024 GMT
قدّم عبدالله باتيلي، المبعوث الأممي إلى ليبيا، مساء أمس الثلاثاء استقالته إلى الأمين العام للأمم المتحدة أنطونيو جوتيرش.
وأفاد مركز أنباء الأمم المتحدة بأن باتيلي أعلن استقالته في مؤتمر صحفي عقده في مقر الأمم المتحدة بنيويورك، إثر إحاطة قدمها إلى مجلس الأمن تناولت المستجدات السياسية والأمنية والاقتصادية في ليبيا.
وكان باتيلي قد أكد في إحاطته أمام مجلس الأمن اليوم أن المناخ الوطني في ليبيا بات مهيأ الآن للتوصل إلى اتفاق سياسي جديد وإدارة جديدة تصنع مستقبلاً أكثر إشراقاً للبلاد.
وأضاف أن الليبيين من مختلف فئات المجتمع يعبّرون عن تطلعهم القوي إلى الانتخابات وإلى مؤسسات شرعية موحدة وإلى السلام والاستقرار ووحدة البلاد.
وكان الأمين العام للأمم المتحدة أنطونيو جوتيريش قد أعلن في شهر سبتمبر عام 2022 تعيين السنغالي عبدالله باتيلي ممثلاً خاصاً له في ليبيا ورئيساً لبعثة الأمم المتحدة للدعم في ليبيا، خلفاً للسلوفاكي يان كوبيش.
""", [
    ev("resignation-announced", "قدّم عبدالله باتيلي، المبعوث الأممي إلى ليبيا، مساء أمس الثلاثاء استقالته", RESIGN, "'مساء أمس الثلاثاء' in an article of Wed 17 Apr 2024 = Tue 16 Apr 2024"),
    ev("sc-briefing", "وكان باتيلي قد أكد في إحاطته أمام مجلس الأمن اليوم", RESIGN, "'اليوم' here is copied from a Tuesday report: the briefing of Tue 16 Apr 2024, not the article's Wednesday"),
    ev("bathily-appointed", "قد أعلن في شهر سبتمبر عام 2022 تعيين السنغالي عبدالله باتيلي", APPOINTED, "'في شهر سبتمبر عام 2022'; the appointment announced on Fri 2 Sep 2022 (outside knowledge)"),
])

# ---------------------------------------------------------------- iraq-unami-closing-guterres-visit-2025
S = "iraq-unami-closing-guterres-visit-2025"
VISIT = "2025-12-13"                       # Guterres in Baghdad for the closing ceremony of UNAMI, Sat 13 Dec 2025 (left that evening)
UNAMI_END = "2025-12-31"                   # UNAMI's mandate ends on Wed 31 Dec 2025
art(S, "https://alkhabar.news/2025/12/09/%d8%ba%d9%88%d8%aa%d9%8a%d8%b1%d9%8a%d8%b4-%d9%8a%d8%a8%d8%af%d8%a3-%d8%ac%d9%88%d9%84%d8%a9-%d8%b9%d8%b1%d8%a8%d9%8a%d8%a9-%d9%84%d8%a8%d8%ad%d8%ab-%d8%a3%d8%b2%d9%85%d8%a7%d8%aa-%d8%ba%d8%b2%d8%a9",
    "2025-12-09", "date in the URL '/2025/12/09/' (9 Dec 2025 was a Tuesday); the body's 'اليوم الثلاثاء' and 'يوم الأربعاء 10 كانون الأول/ديسمبر' agree; headline rendered from the URL slug (the stored text has none); the body's 'يومي 14 و15 كانون الثاني/يناير' for the Riyadh forum is the outlet's slip for December and is kept as it is; no date of its own in the text", False, """
غوتيريش يبدأ جولة عربية لبحث أزمات غزة
يبدأ الأمين العام للأمم المتحدة، أنطونيو غوتيريش، اليوم الثلاثاء، جولة إقليمية ينطلق فيها من نيويورك نحو السعودية والعراق وسلطنة عُمان، بهدف بحث أبرز ملفات المنطقة.
ويصل غوتيريش إلى الرياض يوم الأربعاء 10 كانون الأول/ديسمبر، ليعقد اجتماعات ثنائية مع القيادة السعودية، وعلى رأسها ولي العهد الأمير محمد بن سلمان، تتناول قضايا ملحة منها تمويل وكالة "الأونروا" والأوضاع في غزة واليمن.
وفي 13 كانون الأول/ديسمبر، ينتقل الأمين العام إلى العراق في زيارة مكرسة لاختتام عمل بعثة الأمم المتحدة لمساعدة العراق (يونامي) بعد 22 عاماً، ويلتقي في بغداد رئيس الوزراء محمد شياع السوداني ليعرب عن تقديره للبعثة وللحكومة والشعب العراقي على تعاونهم واستضافتهم.
ثم يعود غوتيريش لاحقاً إلى الرياض ليشارك في المنتدى العالمي الحادي عشر لتحالف الحضارات يومي 14 و15 كانون الثاني/يناير، الذي يُعقد تحت شعار "عقدان من الحوار من أجل الإنسانية".
وقبل ختام جولته، يزور مسقط في 15 كانون الأول/ديسمبر، حيث يجتمع بالسلطان هيثم بن طارق آل سعيد لبحث القضايا الإقليمية، وفي مقدمتها الوضع في اليمن.
""", [
    ev("guterres-departs-new-york", "يبدأ الأمين العام للأمم المتحدة، أنطونيو غوتيريش، اليوم الثلاثاء، جولة إقليمية", "2025-12-09", "'اليوم الثلاثاء' = Tue 9 Dec 2025 (the day of the URL)"),
    ev("riyadh-talks", "ويصل غوتيريش إلى الرياض يوم الأربعاء 10 كانون الأول/ديسمبر", "2025-12-10", "'يوم الأربعاء 10 كانون الأول/ديسمبر' = Wed 10 Dec 2025"),
    ev("guterres-baghdad-visit", "وفي 13 كانون الأول/ديسمبر، ينتقل الأمين العام إلى العراق", VISIT, "'13 كانون الأول/ديسمبر' = Sat 13 Dec 2025"),
    ev("sudani-meeting", "ويلتقي في بغداد رئيس الوزراء محمد شياع السوداني", VISIT, "no own expression; during the Baghdad visit of Sat 13 Dec 2025 (kurdistan24: joint press conference that day)"),
    ev("unaoc-forum-riyadh", "ليشارك في المنتدى العالمي الحادي عشر لتحالف الحضارات", "2025-12-14", "the text's 'يومي 14 و15 كانون الثاني/يناير' is a slip: the 11th UNAOC Global Forum was held in Riyadh on Sun 14 - Mon 15 Dec 2025, between Baghdad (13 Dec) and Muscat (15 Dec) (outside knowledge)", end="2025-12-16"),
    ev("muscat-visit", "يزور مسقط في 15 كانون الأول/ديسمبر", "2025-12-15", "'15 كانون الأول/ديسمبر' = Mon 15 Dec 2025"),
])
art(S, "https://almasra.iq/167570",
    "2025-12-13", "the body's 'السبت 13 , كانون الأول 2025' (kept as it is; 13 Dec 2025 was a Saturday) and 'اليوم السبت' for al-Hassan's statement; headline written from the body (the stored text has none)", True, """
غوتيريش في بغداد لمراسم انتهاء ولاية يونامي
وصل الأمين العام للأمم المتحدة، أنطونيو غوتيريش، السبت 13 , كانون الأول 2025 إلى بغداد ليشارك في مراسم الإعلان الرسمي عن انتهاء أعمال ولاية بعثة الأمم المتحدة في العراق (يونامي).
ويأتي هذا الحدث عقب انتهاء ولاية البعثة في 31 ديسمبر 2025، إذ كانت تعمل على مساندة العراق في مسيرته نحو الاستقرار والتنمية.
ويرى مراقبون أن الزيارة تؤكد أهمية الوحدة والحوار الشامل لجميع العراقيين، مشيدًا بما حققه العراق من تقدم في تقوية المؤسسات وحل النزاعات العالقة بالحوار، كما تعكس طي مرحلة مهمة من الدعم الدولي وبدء مرحلة جديدة من الاستقلال والتعاون الإقليمي.
وأعلن محمد الحسان، الممثل الخاص للأمين العام للأمم المتحدة في العراق ورئيس بعثة الأمم المتحدة لمساعدة العراق (يونامي)، اليوم السبت، أن البعثة أنجزت مهمتها بنجاح، وأن مغادرتها أتت بطلب عراقي، وبيّن أن رفع العقوبات عن المصارف العراقية ضروري للتنمية المستدامة، مشيرًا إلى أن 31 كانون الأول هو الموعد النهائي لمغادرة بعثة يونامي.
""", [
    ev("guterres-baghdad-visit", "وصل الأمين العام للأمم المتحدة، أنطونيو غوتيريش، السبت 13 , كانون الأول 2025 إلى بغداد", VISIT, "'السبت 13 , كانون الأول 2025' = Sat 13 Dec 2025"),
    ev("closing-ceremony", "ليشارك في مراسم الإعلان الرسمي عن انتهاء أعمال ولاية", VISIT, "no own expression; the ceremony held in Baghdad on Sat 13 Dec 2025 during the visit"),
    ev("unami-mandate-end", "عقب انتهاء ولاية البعثة في 31 ديسمبر 2025", UNAMI_END, "'31 ديسمبر 2025' = Wed 31 Dec 2025 (the text's 'عقب' is the outlet's wording; the end was still to come)"),
    ev("hassan-statement", "وأعلن محمد الحسان، الممثل الخاص للأمين العام", VISIT, "'اليوم السبت' = Sat 13 Dec 2025"),
])
art(S, "https://nabdelshree.com/%d8%a7%d9%84%d8%a3%d9%85%d9%85-%d8%a7%d9%84%d9%85%d8%aa%d8%ad%d8%af%d8%a9-%d8%aa%d8%ae%d8%aa%d8%aa%d9%85-%d9%85%d9%87%d9%85%d8%a9-%d9%8a%d9%88%d9%86%d8%a7%d9%85%d9%8a-%d9%88%d8%ba%d9%88",
    "2025-12-13", "the page's date line '13 ديسمبر 2025 8:35 م' (kept; 13 Dec 2025 was a Saturday); the body's 'في بغداد اليوم' agrees; the masthead, the byline 'كتب: صلاح هليل', the photo caption and the comment counter dropped; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
الأمم المتحدة تطوي مهمة «يونامي».. وغوتيريش يثني على صمود العراقيين وبناء دولة القانون
13 ديسمبر 2025 8:35 م
أكد الأمين العام للأمم المتحدة، أنطونيو غوتيريش، أن ما قدّمه العراق للإنسانية يمثل «مصدر إلهام عميق»، بحسب الأمم المتحدة.
ولفت إلى مكانة العراق التاريخية بوصفه مهد الحضارة وموطن أقدم أنظمة الكتابة والقضاء، وأرضًا غنية بتنوع الثقافات والأديان والأعراق.
وأشاد غوتيريش بكل العاملين في البعثة، وخصّ بالتكريم ضحايا الهجوم الإرهابي على مقر قيادة البعثة في فندق القناة عام 2003، الذي أودى بحياة 22 زميلا وأصاب أكثر من 100 آخرين.
وقال: "إننا نكرم ذكراهم جميعا ونحتفي بما تركوه من إرث – بمن فيهم سيرجيو فييرا دي ميلو، أول ممثل خاص يقود البعثة".
ويُشار إلى أن يوم 19 آب/أغسطس بات يُعرف الآن باليوم العالمي للعمل الإنساني ويُحتفل به كل عام.
وجاءت تصريحاته في كلمة ألقاها في بغداد اليوم بمناسبة إنهاء عمل بعثة الأمم المتحدة لمساعدة العراق (يونامي).
""", [
    ev("guterres-ceremony-speech", "وجاءت تصريحاته في كلمة ألقاها في بغداد اليوم", VISIT, "'اليوم' = Sat 13 Dec 2025 (date line)"),
    ev("canal-hotel-bombing", "ضحايا الهجوم الإرهابي على مقر قيادة البعثة في فندق القناة عام 2003", "2003-08-19", "'عام 2003'; the Canal Hotel bombing of Tue 19 Aug 2003 (outside knowledge; the text's '19 آب/أغسطس' names the day)"),
])
art(S, "https://www.shafaq.com/ar/%D8%B3%DB%8C%D8%A7%D8%B3%D8%A9/%D8%BA%D9%88%D8%AA%D9%8A%D8%B1%D9%8A%D8%B4-%D9%8A%D8%BA%D8%A7%D8%AF%D8%B1-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D9%88%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A-%D9%8A-%D9%83%D8%AF-%D8%B4%D8%B1%D8%A7%D9%83%D8%AA%D9%86%D8%A7-%D8%B3%D8%AA%D8%A8%D9%82%D9%89-%D8%B1%D8%A7%D8%B3%D8%AE%D8%A9",
    "2025-12-13", "page stamp 'date 2025-12-13' (13 Dec 2025 was a Saturday) with the body's 'مساء اليوم السبت', which agrees; the dateline 'شفق نيوز- بغداد' dropped; headline rendered from the URL slug (the stored text has none); the typo 'العرق' corrected to 'العراق'; the last, truncated quotation of Guterres shortened; no date of its own in the text", False, """
غوتيريش يغادر بغداد والسوداني يؤكد: شراكتنا مع يونامي ستبقى راسخة
غادر الأمين العام للأمم المتحدة، أنطونيو غوتيريش، مساء اليوم السبت، العاصمة بغداد، بعد زيارة رسمية شارك فيها في الاحتفالية التي أقيمت لمناسبة انتهاء مهام بعثة الأمم المتحدة لمساعدة العراق (يونامي)، فيما أكد رئيس الوزراء العراقي المنتهية ولايته محمد شياع السوداني أن علاقة العراق بالبعثة "ستبقى راسخة".
وقال السوداني في كلمة ألقاها خلال احتفالية الإعلان الرسمي عن انتهاء أعمال (يونامي) إن "علاقتنا مع يونامي ستبقى راسخة"، لافتاً إلى أن "البعثة وقفت مع العراق سياسياً وأمنياً وتقنياً ودعمت العمليات الانتخابية المتعددة".
وأضاف أن "يونامي كانت شريكاً محورياً للعراق في أصعب المحطات وكانت يداً ممدودة لمساندة العراق، وأسهمت في تثبيت المسارات الدستورية بالعراق".
وتابع السوداني أن "الارتقاء بمكانة العراق الدولية كان من ثمار مبدأ الدبلوماسية المنتجة، وأن العراق صار محطة ثقة وإشادة بإدارة التوازنات بالمنطقة، وأن حكومتنا شهدت انفتاحاً دبلوماسياً غير مسبوق".
من جهته، قال الأمين العام للأمم المتحدة أنطونيو غوتيريش في كلمته خلال الاحتفالية: "اليوم نغلق إحدى صفحات التعاون مع العراق ونفتح أخرى جديدة".
""", [
    ev("guterres-leaves-baghdad", "غادر الأمين العام للأمم المتحدة، أنطونيو غوتيريش، مساء اليوم السبت", VISIT, "'مساء اليوم السبت' = the evening of Sat 13 Dec 2025"),
    ev("guterres-baghdad-visit", "بعد زيارة رسمية شارك فيها في الاحتفالية", VISIT, "no own expression; the one-day visit of Sat 13 Dec 2025"),
    ev("closing-ceremony", "خلال احتفالية الإعلان الرسمي عن انتهاء أعمال (يونامي)", VISIT, "no own expression; the ceremony of Sat 13 Dec 2025"),
    ev("sudani-speech", "وقال السوداني في كلمة ألقاها", VISIT, "no own expression; Sudani's speech at the ceremony of Sat 13 Dec 2025"),
    ev("guterres-ceremony-speech", "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش في كلمته خلال الاحتفالية", VISIT, "no own expression ('اليوم' in his quotation = the ceremony day); Sat 13 Dec 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 343
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
