"""Builds stories.jsonl: the 292-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: government website hacks, data leaks, online scams and
cybercrime arrests: the cyberattacks on the website of Algeria's news agency APS and its temporary blocking
(February 2023), the hacking of the website of Egypt's Ministry of Health by self-styled Iranian hackers
(February 2020), the hacked advertising screen of Faisal Street in Giza and the arrest of a screen technician
(July 2024), and the intrusions into Tunisia's voter-registration system before the July 2022 referendum.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-aps-website-cyberattacks-2023
S = "algeria-aps-website-cyberattacks-2023"
ATTACKS = ("2023-02-11", "2023-02-13")   # the series of attacks reported in the APS statement of Sun 12 Feb 2023
BLOCKED = ("2023-02-12", "2023-02-14")   # the site taken offline "temporarily": statement of Sun 12, blocked by Mon 13
REACT = ("2023-02-12", "2023-02-15")     # social-media reactions between the statement and the Tue 14 report
art(S, "https://badil.info/107877",
    "2023-02-13", "the body's 'صباح اليوم الإثنين 13 فبراير الجاري' and 'يوم أمس الأحد' (the APS statement of Sun 12 Feb 2023, dated by the alarab report of Tue 14 Feb 2023); 13 Feb 2023 was a Monday; the page has no date line of its own, so no full date (no year) is in the text; byline and page furniture dropped", False, """
الجزائر تحجب "وكالة الأنباء الرسمية" وتهاجم المغرب
عمد مسؤولو "وكالة الأنباء الجزائرية"، صباح اليوم الإثنين 13 فبراير الجاري، إلى حجب الموقع الرسمي للوكالة على شبكة الإنترنت.
وعلّل القائمون على الوكالة التابعة لـ"قصر المرادية" هذه الخطوة، في بلاغ صدر يوم أمس الأحد، بأن الموقع الإلكتروني "تعرّض لسلسلة من الهجمات السيبرانية".
وزجّ مسؤولو الوكالة الجزائرية بـ"المغرب" في القضية، إذ ورد في البلاغ أن "مصدر الهجمات هو إسرائيل والمغرب وبعض مناطق أوروبا".
وأدرج محررو البلاغ هذه "الهجمات السيبرانية" في إطار ما سمّوه "الحرب الإعلامية والإلكترونية التي تستهدف بلادنا".
ويرى متابعون أن الممسكين بزمام الأمور في الجزائر ما زالوا يعتمدون "أساليب تقليدية" في إدارة الأزمة مع المغرب، للظهور أمام الشعب الجزائري في صورة "المظلوم" و"البطل" في آن واحد.
""", [
    ev("site-blocked", "صباح اليوم الإثنين 13 فبراير الجاري، إلى حجب الموقع الرسمي", "2023-02-13", "'صباح اليوم الإثنين 13 فبراير الجاري' = Mon 13 Feb 2023 (the publication day)"),
    ev("aps-statement", "في بلاغ صدر يوم أمس الأحد", "2023-02-12", "'يوم أمس الأحد' from Mon 13 = Sun 12 Feb 2023"),
    ev("cyberattacks", "تعرّض لسلسلة من الهجمات السيبرانية", ATTACKS[0], "no own expression; the series of attacks reported in the statement of Sun 12 Feb 2023 (my span 11-12 Feb)", end=ATTACKS[1]),
    ev("morocco-israel-blamed", "مصدر الهجمات هو إسرائيل والمغرب وبعض مناطق أوروبا", "2023-02-12", "no own expression; the accusation is part of the statement of Sun 12 Feb 2023"),
])
art(S, "https://www.alwa9i3.com/2023/02/blog-post_387.html",
    "2023-02-13", "month in the URL '/2023/02/' and the body's 'أمس الأحد' for the APS statement, which the alarab report of Tue 14 Feb 2023 puts on Sunday: the statement was Sun 12 Feb 2023, so the article is of Mon 13 Feb 2023; no date of its own in the text; line breaks of the page joined", False, """
تهمة جديدة من وكالة "الافتراء" الجزائرية تجاه المغرب
يبدو أن وكالة "الافتراء" الجزائرية لم يعد لها من شاغل سوى اختلاق الأكاذيب عن المغرب، ضمن مسلسل إلهاء الشعب الجزائري وصرف أنظاره عن المشكلات الحقيقية التي تتخبط فيها البلاد نحو "عدو خارجي" متوهَّم.
ففي حلقة جديدة من هذه الافتراءات، زعمت الوكالة الناطقة باسم نظام "الكابرانات"، في بلاغ أمس الأحد، أن موقعها الإلكتروني تعرّض لـ"هجمات سيبرانية" متلاحقة.
وبحسب البلاغ الرسمي، فإن هذه "الهجمات" كانت ترمي إلى اختراق الموقع، وهو ما دفع الوكالة إلى "حجبه مؤقتا".
وكما جرت العادة، "اتضح" وفق البلاغ أن مصدر هذه الهجمات هو "المغرب وبعض مناطق أوروبا".
وذهبت الوكالة إلى أن موقعها، بنسخته الناطقة باللغتين الوطنيتين وبلغات أجنبية، "يتعرّض منذ فترة طويلة لهجمات سيبرانية متفاوتة الحدة".
""", [
    ev("aps-statement", "في بلاغ أمس الأحد", "2023-02-12", "'أمس الأحد' from Mon 13 = Sun 12 Feb 2023"),
    ev("cyberattacks", "تعرّض لـ\"هجمات سيبرانية\" متلاحقة", ATTACKS[0], "no own expression; the attacks reported in the statement of Sun 12 Feb 2023 (my span 11-12 Feb)", end=ATTACKS[1]),
    ev("site-blocked", "وهو ما دفع الوكالة إلى \"حجبه مؤقتا\"", BLOCKED[0], "no own expression; the temporary blocking announced on Sun 12 and in force on Mon 13 Feb 2023 (badil)", end=BLOCKED[1]),
    ev("morocco-israel-blamed", "أن مصدر هذه الهجمات هو \"المغرب وبعض مناطق أوروبا\"", "2023-02-12", "no own expression; the accusation is part of the statement of Sun 12 Feb 2023"),
])
art(S, "https://backup.alarab.co.uk/node/289305",
    "2023-02-14", "page date line 'الثلاثاء 2023/02/14' (kept as first line; 14 Feb 2023 was a Tuesday); kicker and caption dropped; the last, truncated sentence dropped", True, """
الثلاثاء 2023/02/14
إعلان وكالة الأنباء الجزائرية محاولة اختراقها يثير السخرية
الجزائر - جاءت ردود الفعل على مواقع التواصل الاجتماعي متباينة بعد أن أكدت وكالة الأنباء الجزائرية أن موقعها الرسمي تعرّض لهجمات سيبرانية، وأشارت في بيان رسمي إلى أن مصدر تلك الهجمات هو المغرب وإسرائيل.
وقالت الوكالة الرسمية في بيانها الأحد إن "الهجمات التي تعرض لها الموقع الإلكتروني تهدف لاختراقه مما دفع إلى حجبه مؤقتا".
وبحسب البيان فقد "اتضح أن هذه الهجمات مصدرها إسرائيل والمغرب وبعض مناطق أوروبا".
واعتبرت الوكالة الجزائرية أن "هذه الهجمات السيبرانية تندرج في إطار الحرب الإعلامية والإلكترونية التي تستهدف بلادنا"، مضيفة أنها "تزداد حدة غداة المواقف والقرارات المصيرية" التي تتخذها الدولة تجاه القضايا الوطنية والإقليمية والدولية، وما يرافقها من تغطية إعلامية للوكالة.
""", [
    ev("social-reactions", "جاءت ردود الفعل على مواقع التواصل الاجتماعي متباينة", REACT[0], "no own expression; the reactions between the statement of Sun 12 and this report of Tue 14 Feb 2023 (my span)", end=REACT[1]),
    ev("aps-statement", "وقالت الوكالة الرسمية في بيانها الأحد", "2023-02-12", "'الأحد' before Tue 14 = Sun 12 Feb 2023"),
    ev("cyberattacks", "الهجمات التي تعرض لها الموقع الإلكتروني تهدف لاختراقه", ATTACKS[0], "no own expression; the attacks reported in the statement of Sun 12 Feb 2023 (my span 11-12 Feb)", end=ATTACKS[1]),
    ev("site-blocked", "مما دفع إلى حجبه مؤقتا", BLOCKED[0], "no own expression; the temporary blocking announced on Sun 12 and in force on Mon 13 Feb 2023 (badil)", end=BLOCKED[1]),
    ev("morocco-israel-blamed", "اتضح أن هذه الهجمات مصدرها إسرائيل والمغرب", "2023-02-12", "no own expression; the accusation is part of the statement of Sun 12 Feb 2023"),
])
art(S, "https://echaab.dz/2023/02/14/%d9%84%d8%ba%d9%88-%d8%a7%d9%84%d9%82%d8%b1%d8%b5%d8%a7%d9%86",
    "2023-02-14", "date in the URL '/2023/02/14/' (kept as a first line '2023/02/14'); an opinion column of the Algerian daily Echaab on the attacks of the weekend; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
2023/02/14
لغو القرصان
لم يكتفِ الصهاينة و"المخازنية" بـ"طنين" الذباب الإلكتروني الذي يسخّرونه للنيل من الجزائر والانتقاص من أي منجز جزائري على كل منصات التواصل الاجتماعي، بل راحوا يبذلون ما في وسعهم لقرصنة المواقع الجزائرية.
فقد حاولوا النيل من موقع وكالة الأنباء الجزائرية، غير أنهم وجدوا تقنيي الوكالة لهم بالمرصاد، فتبدّدت فيروساتهم أمام التحصينات العالية ولم تبلغ شيئا ذا بال.
ولسنا في حاجة إلى دليل لنقول إن الدافع المباشر لمهاجمة موقع الوكالة هو حرصها على الصدق في مادتها الإخبارية ونقل المعلومة كما هي من دون تحوير ولا تزيين، وهو ما يثير غيظ "المخازنية" حين يطالعون أخبار الجمهورية العربية الصحراوية وانتصارات الصحراويين، وأخبار الدولة الفلسطينية وأبنائها.
ولا يسوؤنا في شيء أن يتعرض موقع جزائري على الشبكة للقرصنة، فهذا أمر طبيعي قد يحدث هنا وهناك، لكن النقيصة تلتصق بالقراصنة الذين يعودون إلى جحورهم مقهورين.
""", [
    ev("cyberattacks", "فقد حاولوا النيل من موقع وكالة الأنباء الجزائرية", ATTACKS[0], "no own expression; the attacks reported by APS on Sun 12 Feb 2023 (my span 11-12 Feb)", end=ATTACKS[1]),
    ev("attacks-repelled", "فتبدّدت فيروساتهم أمام التحصينات العالية", ATTACKS[0], "no own expression; the attacks were repelled as they came, per the statement of Sun 12 Feb 2023 (my span 11-13 Feb)", end="2023-02-14"),
])

# ---------------------------------------------------------------- egypt-health-ministry-website-iranian-hack-2020
S = "egypt-health-ministry-website-iranian-hack-2020"
# The hack was on Saturday 1 Feb 2020: the day after the WHO emergency (Thu 30 Jan 2020) and before the evacuees
# from Wuhan reached the Matrouh quarantine (Mon 3 Feb 2020); the minister met the quarantine teams on Fri 31 Jan.
DOWN = ("2020-02-01", "2020-02-03")
art(S, "https://mail.copts-united.com/Article.php?A=536659&I=3988",
    "2020-02-01", "the body's 'عصر اليوم السبت' and 'اليوم السبت' for the hack, with 'مساء أمس' for the minister's visit to the quarantine teams readied for the Wuhan evacuees (who landed on Mon 3 Feb 2020) and the WHO emergency of Thu 30 Jan 2020: the Saturday is 1 Feb 2020; the page has no date line, so no date of its own in the text; headline written from the body; the last, truncated sentence dropped", False, """
وزارة الصحة تستعيد موقعها الإلكتروني بعد ساعات من اختراقه
نجحت وزارة الصحة والسكان في استرجاع موقعها الإلكتروني عصر اليوم السبت، وذلك بعد ساعات من تعرضه للاختراق على أيدي قراصنة قالوا إنهم إيرانيون.
وكان الموقع الرسمي للوزارة قد تعرّض اليوم السبت لاختراق من جانب هاكرز وضعوا على واجهته علم إيران وقناع "فانديتا"، وقدّموا أنفسهم على أنهم "هاكرز إيرانيون"، وتركوا رسالة جاء فيها: "دائما قريبين لك، نعرف هويتك، ومعلوماتك خاصة بنا.. احذر".
وكان مصدر بوزارة الصحة قد أكد أنه جرى التعامل مع الهاكرز وإعادة الموقع إلى طبيعته، مع تشديد إجراءات الحماية لمنع اختراقه مجددا.
وكانت الدكتورة هالة زايد، وزيرة الصحة والسكان، قد استقبلت مساء أمس الأطقم الطبية والإدارية بالحجر الصحي المخصص لاستقبال المواطنين المصريين القادمين من الصين، في إطار تنفيذ توجيهات القيادة السياسية بعودة من يرغب من المصريين المقيمين في مدينة ووهان الصينية بعد انتشار فيروس كورونا المستجد بها.
""", [
    ev("site-restored", "استرجاع موقعها الإلكتروني عصر اليوم السبت", "2020-02-01", "'عصر اليوم السبت' = the afternoon of Sat 1 Feb 2020 (the publication day)"),
    ev("website-hack", "قد تعرّض اليوم السبت لاختراق", "2020-02-01", "'اليوم السبت' = Sat 1 Feb 2020"),
    ev("ministry-source", "وكان مصدر بوزارة الصحة قد أكد", "2020-02-01", "no own expression; the ministry source quoted on the day of the hack, Sat 1 Feb 2020"),
    ev("quarantine-teams", "قد استقبلت مساء أمس الأطقم الطبية والإدارية", "2020-01-31", "'مساء أمس' from Sat 1 Feb = the evening of Fri 31 Jan 2020"),
])
art(S, "https://sst-news.com/280587",
    "2020-02-01", "the body's 'اليوم السبت' for the hack and 'مساء أمس' for the minister's visit to the quarantine teams (the same report as copts-united's of Sat 1 Feb 2020, the Saturday between the WHO emergency of Thu 30 Jan and the Wuhan evacuation of Mon 3 Feb 2020); the page has no date line, so no date of its own in the text; the last, truncated sentence dropped", False, """
هاكرز إيراني يخترق موقع وزارة الصحة المصرية في خضم تصديها لكورونا
تعرّض الموقع الرسمي لوزارة الصحة والسكان المصرية، اليوم السبت، لاختراق على يد هاكرز تسبب في توقفه عن العمل، بحسب ما أفاد به موقع "اليوم السابع" المصري.
وقدّم المخترقون أنفسهم على أنهم "هاكرز إيرانيون"، وتركوا رسالة قالوا فيها: "دائما قريبين لك، نعرف هويتك، ومعلوماتك خاصة بنا.. احذر".
وقال مصدر بوزارة الصحة إنه "جرى التعامل حاليا مع الهاكرز وإعادة الموقع إلى طبيعته، وتشديد إجراءات الحماية لمنع اختراقه مجددا"، مؤكدا أن الوزارة ستكثف إجراءات الوقاية لأن الموقع هو منفذها الإعلامي الرسمي الوحيد.
وظهر موقع الوزارة بخلفية سوداء بالكامل، يتوسطها وجه يرتدي قناعا إلى جانب العلم الإيراني.
وجاء هذا الاختراق الخطير في وقت اتخذت فيه مصر خطوات كبيرة لمنع تسرب فيروس "كورونا" إلى داخل البلاد، عقب إعلان منظمة الصحة العالمية حالة الطوارئ ورفع حالة التأهب القصوى بعد انتشار الفيروس في الصين وعدد من دول العالم.
واستقبلت الدكتورة هالة زايد، وزيرة الصحة والسكان، مساء أمس، الأطقم الطبية والإدارية بالحجر الصحي المخصص لاستقبال المصريين القادمين من الصين.
""", [
    ev("website-hack", "اليوم السبت، لاختراق على يد هاكرز", "2020-02-01", "'اليوم السبت' = Sat 1 Feb 2020"),
    ev("ministry-source", "وقال مصدر بوزارة الصحة", "2020-02-01", "no own expression; the ministry source quoted on the day of the hack, Sat 1 Feb 2020"),
    ev("who-emergency", "عقب إعلان منظمة الصحة العالمية حالة الطوارئ", "2020-01-30", "no own expression; WHO's declaration of a public health emergency of international concern, Thu 30 Jan 2020 (outside knowledge)"),
    ev("quarantine-teams", "مساء أمس، الأطقم الطبية والإدارية", "2020-01-31", "'مساء أمس' from Sat 1 Feb = the evening of Fri 31 Jan 2020"),
])
art(S, "https://aajeg.com/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D8%A9-%D8%AA%D8%B3%D8%B9%D9%89-%D9%84%D8%AD%D8%B0%D9%81-%D9%85%D9%88%D9%82%D8%B9%D9%87%D8%A7-%D8%A8%D8%B9%D8%AF-%D8%A7%D8%AE%D8%AA%D8%B1%D8%A7%D9%82%D9%87-%D9%85%D9%86-%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%D9%8A%D9%8A%D9%86",
    "2020-02-02", "the body's 'صباح أمس السبت' for the hack of Sat 1 Feb 2020 (dated by the copts-united and sst-news reports of that day): the article is of Sun 2 Feb 2020; the page has no date line, so no date of its own in the text; headline rendered from the URL slug; the last sentence (on an older hack of al-Ahram), truncated, dropped", False, """
الصحة المصرية تسعى لحذف موقعها بعد اختراقه من إيرانيين
ما زال الموقع الإلكتروني لوزارة الصحة المصرية خارج الخدمة منذ اختراقه على أيدي قراصنة إيرانيين صباح أمس السبت، تركوا رسالة قالوا فيها: "نحن قريبون لك، نعرف هويتك، ومعلوماتك تخصنا... فاحذر".
واستعانت الوزارة بفريق تقني لحذف الموقع، رغم أنه منفذها الإعلامي الرسمي الوحيد، بعد أن أخفقت محاولاتها المتكررة لتأمينه.
وتهدف محاولة الحذف إلى إطلاق موقع جديد للوزارة على الإنترنت بإجراءات حماية تمنع اختراقه مجددا، بعد أن عطّل خبراء فنيون الموقع إلى حين استرداده، إذ تمكن القراصنة من السيطرة على واجهته ونشروا صورة تضمنت علم إيران مع صورة أخرى لملثم يرتدي قناع "فانديتا" الشهير.
وواصلت الوزارة نشر بياناتها الإعلامية عبر صفحتها الرسمية على "فيسبوك"، من دون أن تعلن تفاصيل أوفى عن عملية الاختراق.
وأفادت مواقع إخبارية محلية بأن "الإدارة الهندسية في وزارة الصحة والسكان تعمل على استعادة موقعها الإلكتروني في أسرع وقت ممكن، بعد أن أغلقته جراء تعرضه للاختراق".
""", [
    ev("website-hack", "اختراقه على أيدي قراصنة إيرانيين صباح أمس السبت", "2020-02-01", "'صباح أمس السبت' from Sun 2 = the morning of Sat 1 Feb 2020"),
    ev("site-down", "ما زال الموقع الإلكتروني لوزارة الصحة المصرية خارج الخدمة", DOWN[0], "no own expression; the site out of service from the hack of Sat 1 to the report of Sun 2 Feb 2020", end=DOWN[1]),
    ev("site-deletion", "واستعانت الوزارة بفريق تقني لحذف الموقع", DOWN[0], "no own expression; after the hack of Sat 1 and by Sun 2 Feb 2020 (my span)", end=DOWN[1]),
    ev("facebook-statements", "وواصلت الوزارة نشر بياناتها الإعلامية", DOWN[0], "no own expression; while the site was down, Sat 1 - Sun 2 Feb 2020 (my span)", end=DOWN[1]),
])

# ---------------------------------------------------------------- egypt-faisal-street-billboard-hack-2024
S = "egypt-faisal-street-billboard-hack-2024"
HACK = ("2024-07-14", "2024-07-16")      # the screen showed the clips late on Sunday 14 July 2024, into the night
ARREST = ("2024-07-15", "2024-07-17")    # the technician caught before the Interior Ministry statement of Tue 16 July
art(S, "https://shbabbek.com/show/238652",
    "2024-07-15", "the body's 'اليوم الإثنين' for the Interior Ministry denial and 'مساء اليوم الأحد' / 'مساء الأمس' for the screen hack, which misbar (URL of Wed 17 Jul 2024) puts on 'يوم الأحد الفائت' = Sun 14 Jul 2024: the article is of Mon 15 Jul 2024; no date of its own in the text; the question subheading dropped", False, """
هاكر فيصل.. بيان من الداخلية يكشف حقيقة تورط سودانيين في الواقعة
أصدرت وزارة الداخلية بيانا، اليوم الإثنين، كشفت فيه حقيقة الأنباء المتداولة عن القبض على رجلين يحملان الجنسية السودانية لتورطهما في أعمال وُصفت بالمسيئة، في إشارة إلى الواقعة التي عُرفت إعلاميا بـ"هاكر فيصل".
وكانت منطقة فيصل بمحافظة الجيزة قد شهدت، مساء اليوم الأحد، هجوما سيبرانيا أسفر عن اختراق لوحات الإعلانات الخاصة بمول تجاري.
واستغل القراصنة لوحات الإعلانات لعرض صور مسيئة، في حدث نادر داخل مصر.
وتفاعل رواد مواقع التواصل الاجتماعي على نطاق واسع، خلال مساء الأمس، مع الصور الواردة من موقع الواقعة، وطالبت بعض الحسابات الجهات الأمنية بتكثيف التحقيقات لتحديد هوية الفاعل.
ونشرت حسابات وصفحات على "فيسبوك" صورة لشابين من السودان يقيمان بمصر، زاعمة أنهما المسؤولان عن حادثة الاختراق وأن قوات أمن الجيزة تمكنت من القبض عليهما.
""", [
    ev("interior-denial", "أصدرت وزارة الداخلية بيانا، اليوم الإثنين", "2024-07-15", "'اليوم الإثنين' = Mon 15 Jul 2024 (the publication day)"),
    ev("screen-hack", "مساء اليوم الأحد، هجوما سيبرانيا", HACK[0], "'مساء اليوم الأحد' (the evening before this Monday report) = the evening and night of Sun 14 Jul 2024", end=HACK[1]),
    ev("online-uproar", "خلال مساء الأمس، مع الصور الواردة", "2024-07-14", "'مساء الأمس' from Mon 15 = the evening of Sun 14 Jul 2024"),
    ev("sudanese-rumor", "ونشرت حسابات وصفحات على \"فيسبوك\" صورة لشابين", HACK[0], "no own expression; the claim circulated after the hack of Sun 14 and before the denial of Mon 15 Jul 2024 (my span)", end=HACK[1]),
])
art(S, "https://zahraa.mr/?p=8374",
    "2024-07-16", "the body's 'مساء اول امس يوم الأحد' for the hack of Sun 14 Jul 2024 (dated by misbar's 'يوم الأحد الفائت', URL of Wed 17 Jul 2024): the article is of Tue 16 Jul 2024, the day the Interior Ministry announced the arrest; no date of its own in the text; subheadings dropped; the last sentences of the MP's post dropped", False, """
واقعة شارع فيصل.. تفاصيل القبض على مرتكب واقعة الشاشة المسيئة
كشفت وزارة الداخلية عن ملابسات تشغيل عبارات مسيئة على إحدى الشاشات الإعلانية بمنطقة فيصل في الجيزة.
وتمكنت أجهزة الأمن من تحديد مرتكب الواقعة وضبطه، وهو فني شاشات إلكترونية، واتُّخذت الإجراءات القانونية بحقه بعد أن اعترف بأنه تسبب في الواقعة بتحريض من لجنة إلكترونية تديرها جماعة الإخوان الإرهابية الهاربة خارج البلاد.
وفي واقعة غير مسبوقة، اخترق "هاكرز" شاشة كبيرة لمعمل تحاليل في أحد المولات الشهيرة بشارع فيصل، وركّبوا عليها لافتة مسيئة للرئيس عبد الفتاح السيسي.
ووقعت الحادثة في شارع فيصل، وتحديدا في منطقة سهل حمزة، مساء اول امس يوم الأحد، وتسببت في توقف المارة أمام المول الشهير وشلل حركة المرور.
وقال النائب مصطفى بكري، في تدوينة على حسابه الرسمي بمنصة "إكس"، إنه تابع بيانا صادرا عن وزارة الداخلية نفى فيه مسؤولون أمنيون صحة ما تردد عن القبض على السودانيين الذين زُعم أنهم ارتكبوا الفعل المسيء.
""", [
    ev("arrest-statement", "كشفت وزارة الداخلية عن ملابسات", "2024-07-16", "no own expression; the Interior Ministry statement of Tue 16 Jul 2024 ('بيان الثلاثاء' in the AFP report), the publication day"),
    ev("technician-arrest", "وتمكنت أجهزة الأمن من تحديد مرتكب الواقعة وضبطه", ARREST[0], "no own expression; the arrest came before the statement of Tue 16 Jul 2024 (my span 15-16 Jul)", end=ARREST[1]),
    ev("screen-hack", "مساء اول امس يوم الأحد", HACK[0], "'مساء اول امس يوم الأحد' from Tue 16 = the evening and night of Sun 14 Jul 2024", end=HACK[1]),
    ev("bakri-post", "في تدوينة على حسابه الرسمي بمنصة", ARREST[0], "no own expression; the MP's post after the denial of Mon 15, by Tue 16 Jul 2024 (my span)", end=ARREST[1]),
    ev("interior-denial", "نفى فيه مسؤولون أمنيون صحة ما تردد", "2024-07-15", "no own expression; the denial of Mon 15 Jul 2024 (the shbabbek report of that day)"),
])
art(S, "https://seo.misbar.com/factcheck/2024/07/17/%D8%B5%D9%88%D8%B1%D8%A9-%D9%85%D9%81%D8%A8%D8%B1%D9%83%D8%A9-%D9%84%D8%B9%D8%B1%D8%B6-%D8%B9%D8%A8%D8%A7%D8%B1%D8%A7%D8%AA-%D9%85%D8%A4%D9%8A%D8%AF%D8%A9-%D9%84%D9%84%D8%B3%D9%8A%D8%B3%D9%8A-%D8%B9%D9%84-%D8%B4%D8%A7%D8%B4%D8%A9-%D9%81%D9%8A-%D8%B4%D8%A7%D8%B1%D8%B9-%D9%81%D9%8A%D8%B5%D9%84-%D8%A8%D8%B9%D8%AF-%D8%B9%D8%B1%D8%B6%D9%87%D8%A7-%D8%B9%D8%A8%D8%A7%D8%B1%D8%A7%D8%AA-%D9%85%D9%86%D8%A7%D9%87%D8%B6%D8%A9-%D9%84%D9%87",
    "2024-07-17", "date in the URL '/factcheck/2024/07/17/' (kept as a first line '2024/07/17'); the body's 'يوم الأحد الفائت' agrees (14 Jul 2024 was a Sunday); the claim/verdict labels dropped; the last, truncated sentence dropped", True, """
2024/07/17
صورة مفبركة لعرض عبارات مؤيدة للسيسي على شاشة في شارع فيصل بعد عرضها عبارات مناهضة له
تتناقل حسابات وصفحات على مواقع التواصل الاجتماعي، حديثًا، صورة ادّعت أنها للوحة الإعلانية في شارع فيصل بمحافظة الجيزة، التي سبق أن عُرضت عليها صور مناهضة للرئيس المصري عبد الفتاح السيسي، وهي تعرض هذه المرة صورة أخرى للسيسي تسانده وتصفه بقائد البلاد "رغم أنف الحاقدين".
وتحقق "مسبار" من الادعاء فتبيّن أنه زائف، إذ إن الصورة المتداولة مفبركة، ولم تعرض اللوحة الإعلانية في شارع فيصل صورة تساند السيسي بعد أن عرضت صورا مناهضة له.
فقد رُكّبت الصورة المتداولة على مشهد من مقطع الفيديو الأصلي الذي نُشر يوم الأحد الفائت في شارع فيصل، وكان ينتقد الرئيس المصري.
وظهرت في المشهد الأصلي على الشاشة صورة للسيسي ملطخة بالدماء، بينما كان شابان يخرجان من بوابة المبنى الذي توجد الشاشة فوقه.
""", [
    ev("fake-image", "على مواقع التواصل الاجتماعي، حديثًا، صورة", "2024-07-15", "'حديثًا' before Wed 17 Jul 2024: the fabricated picture circulated after the hack (my span 15-17 Jul)", end="2024-07-18"),
    ev("misbar-check", "وتحقق \"مسبار\" من الادعاء", "2024-07-16", "no own expression; the check published on Wed 17 Jul 2024 (my span 16-17 Jul)", end="2024-07-18"),
    ev("screen-hack", "الذي نُشر يوم الأحد الفائت في شارع فيصل", HACK[0], "'يوم الأحد الفائت' from Wed 17 = Sun 14 Jul 2024 (the clip of the hacked screen, that evening and night)", end=HACK[1]),
])

# ---------------------------------------------------------------- tunisia-referendum-voter-registry-intrusions-2022
S = "tunisia-referendum-voter-registry-intrusions-2022"
INTRUSIONS = ("2022-07-04", "2022-07-13")  # the attempts, announced on Tue 12 July 2022 (my span: the week before)
COMPLAINT = ("2022-07-08", "2022-07-13")   # ISIE's criminal complaint and the prosecutor's inquiry, in place by Tue 12 July
art(S, "https://soutalomma.com/Article/1018599/%D8%AA%D9%88%D9%86%D8%B3-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D8%AE%D8%AA%D8%B1%D8%A7%D9%82-%D9%85%D9%88%D9%82%D8%B9-%D8%AA%D8%B3%D8%AC%D9%8A%D9%84-%D8%A7%D9%84%D9%86%D8%A7%D8%AE%D8%A8%D9%8A%D9%86-%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A9-%D9%8A%D8%A7%D8%A6%D8%B3%D8%A9-%D9%84%D8%A5%D8%AF%D8%AE%D8%A7%D9%84-%D8%A7%D9%84%D9%81%D9%88%D8%B6%D9%89",
    "2022-07-12", "page date line 'الثلاثاء، 12 يوليو 2022 10:08 م' (kept as first line; 12 Jul 2022 was a Tuesday); the repeated headline and the comment widgets dropped", True, """
الثلاثاء، 12 يوليو 2022 10:08 م
تونس تعلن اختراق موقع تسجيل الناخبين.. محاولة يائسة لإدخال الفوضى في الاستفتاء
جدّد الرئيس التونسي قيس سعيد تأكيده على ضرورة احترام القانون وحياد كل المرافق العمومية، ونوّه بالجهود التي تبذلها وزارة الداخلية استعدادا للموعد التاريخي يوم 25 يوليو الجاري، وذلك خلال اجتماعه مع وزير الداخلية توفيق شرف الدين.
وتناول الاجتماع الوضع العام في البلاد، وما أُعلن عنه من اختراقات للموقع الإلكتروني الخاص بتسجيل الناخبين والناخبات وتغيير مراكز الاقتراع، في محاولة يائسة، كالتي حصلت بمناسبة الاستشارة الوطنية، لإدخال الفوضى والإرباك يوم الاستفتاء.
وفي هذا الإطار، فُتح بحث عدلي بإذن من النيابة العمومية، وكُشف إلى حدّ الآن عن 1700 هجوم إلكتروني أو اختراق، كما استمعت الجهات الأمنية المختصة إلى حدّ الساعة إلى 7 أشخاص، في انتظار سماع كل من سيكشف عنه البحث.
""", [
    ev("saied-meeting", "خلال اجتماعه مع وزير الداخلية توفيق شرف الدين", "2022-07-12", "no own expression; the meeting of the dateline's day, Tue 12 Jul 2022 (the presidency's statement of that day)"),
    ev("referendum", "يوم 25 يوليو الجاري", "2022-07-25", "'يوم 25 يوليو الجاري' = Mon 25 Jul 2022"),
    ev("registry-intrusions", "من اختراقات للموقع الإلكتروني الخاص بتسجيل الناخبين", INTRUSIONS[0], "no own expression; the intrusions announced on Tue 12 Jul 2022 (my span 4-12 Jul)", end=INTRUSIONS[1]),
    ev("judicial-inquiry", "فُتح بحث عدلي بإذن من النيابة العمومية", COMPLAINT[0], "no own expression; opened by Tue 12 Jul 2022 (my span 8-12 Jul)", end=COMPLAINT[1]),
    ev("seven-heard", "استمعت الجهات الأمنية المختصة إلى حدّ الساعة إلى 7 أشخاص", COMPLAINT[0], "no own expression; the hearings so far, by Tue 12 Jul 2022 (my span 8-12 Jul)", end=COMPLAINT[1]),
])
art(S, "https://kapitalis.com/anbaa-tounes/2022/07/13/%D9%81%D8%A7%D8%B1%D9%88%D9%82-%D8%A8%D9%88%D8%B9%D8%B3%D9%83%D8%B1-%D8%A7%D8%AE%D8%AA%D8%B1%D8%A7%D9%82-%D9%85%D9%88%D9%82%D8%B9-%D8%AA%D8%B3%D8%AC%D9%8A%D9%84-%D8%A7%D9%84%D9%86%D8%A7%D8%AE%D8%A8",
    "2022-07-13", "date in the URL '/2022/07/13/' (not kept in the text); the body's 'اليوم الأربعاء 13 جويلية' agrees (13 Jul 2022 was a Wednesday) but gives no year, so no full date of its own in the text; the share and comment widgets dropped", False, """
فاروق بوعسكر: اختراق موقع تسجيل الناخبين وتغيير مراكز اقتراعهم كان يهدف إلى الشوشرة على شخصيات بعينها
أكد رئيس الهيئة العليا المستقلة للانتخابات فاروق بوعسكر، اليوم الأربعاء 13 جويلية، أن محاولات الاختراق التي طالت الموقع الإلكتروني الخاص بتسجيل الناخبين في الاستفتاء على الدستور الجديد وتغيير مراكز اقتراعهم كانت "محدودة"، وأنه تم التفطن إليها في سويعات قليلة.
وأوضح بوعسكر، لدى حضوره في برنامج "le sept neuf" على إذاعة "اي اف ام"، أن هذه المحاولات استهدفت بعض الشخصيات السياسية والوجوه المعروفة، بهدف إحداث نوع من الشوشرة لها حتى تجد نفسها في مراكز اقتراع بعيدة عن مقرات سكناها.
وأضاف أن أهم ما في الأمر هو عقد اجتماعات طارئة مع المركز الوطني للإعلامية ووكالة السلامة المعلوماتية ووزارة الداخلية وإيقاف هذه المحاولة، كما تم رفع شكاية جزائية في الغرض.
""", [
    ev("bouaskar-ifm", "فاروق بوعسكر، اليوم الأربعاء 13 جويلية", "2022-07-13", "'اليوم الأربعاء 13 جويلية' = Wed 13 Jul 2022"),
    ev("registry-intrusions", "محاولات الاختراق التي طالت الموقع الإلكتروني", INTRUSIONS[0], "no own expression; the intrusions announced on Tue 12 Jul 2022 (my span 4-12 Jul)", end=INTRUSIONS[1]),
    ev("emergency-meetings", "عقد اجتماعات طارئة مع المركز الوطني للإعلامية", INTRUSIONS[0], "no own expression; held within hours of the intrusions, before Tue 12 Jul 2022 (my span 4-12 Jul)", end=INTRUSIONS[1]),
    ev("criminal-complaint", "كما تم رفع شكاية جزائية في الغرض", COMPLAINT[0], "no own expression; filed before the inquiry reported on Tue 12 Jul 2022 (my span 8-12 Jul)", end=COMPLAINT[1]),
])
art(S, "https://sarabic.ae/amp/20220716/%D8%A7%D9%84%D9%87%D9%8A%D8%A6%D8%A9-%D8%A7%D9%84%D8%B9%D9%84%D9%8A%D8%A7-%D9%84%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D8%A7%D9%84%D9%86%D9%8A%D8%A7%D8%A8%D8%A9-%D9%81%D8%AA%D8%AD%D8%AA-%D8%AA%D8%AD%D9%82%D9%8A%D9%82%D8%A7-%D9%81%D9%8A-%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A7%D8%AA-%D8%AA%D8%BA%D9%8A%D9%8A%D8%B1-%D9%85%D8%B1%D8%A7%D9%83%D8%B2-%D8%A7%D9%82%D8%AA%D8%B1%D8%A7%D8%B9-%D8%A8%D8%B9%D8%B6-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B3%D9%8A%D9%8A%D9%86-1065132906.html",
    "2022-07-16", "date in the URL '/amp/20220716/' (kept as a first line '2022/07/16'); the body's 'اليوم السبت' agrees (16 Jul 2022 was a Saturday); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
2022/07/16
الهيئة العليا للانتخابات التونسية: النيابة فتحت تحقيقا في محاولات تغيير مراكز اقتراع بعض السياسيين
نقلت إذاعة "موزاييك" عن بوعسكر قوله إن "النيابة العمومية أذنت بفتح بحث تحقيقي من قبل الفرق المختصة في محاولات الاختراق التي تمت لتغيير مراكز اقتراع بعض السياسيين"، مشيرا إلى أن هذه القضية ستُنشر قريبا أمام المحاكم المختصة.
وجاءت تصريحات بوعسكر اليوم السبت خلال إشرافه على شحن المواد الانتخابية، إذ أوضح أن "الهيئة تفطنت في وقت قياسي، بالتعاون مع وزارة الداخلية والمركز الوطني للإعلامية ووكالة السلامة المعلوماتية، إلى محاولات الدخول إلى منظومة الانتخابات".
وأشار إلى أن الهدف من هذا الدخول كان "تحيين وتغيير مراكز اقتراع بعض الشخصيات السياسية المعروفة بهدف إحداث نوع من الشوشرة يوم 25 جويلية".
وقال إن الإيجابي في هذه الحادثة هو سرعة التفطن لعملية الدخول إلى المنظومة بعد سويعات قليلة، موضحا أنه تم إيقاف المحاولة على المستوى الفني، وأن النيابة العمومية تعهدت بالشكاية التي قدمتها الهيئة لتتبع المتورطين جزائيا.
""", [
    ev("judicial-inquiry", "النيابة العمومية أذنت بفتح بحث تحقيقي", COMPLAINT[0], "no own expression; opened by Tue 12 Jul 2022 (the soutalomma report of that day; my span 8-12 Jul)", end=COMPLAINT[1]),
    ev("bouaskar-saturday", "وجاءت تصريحات بوعسكر اليوم السبت", "2022-07-16", "'اليوم السبت' = Sat 16 Jul 2022 (the URL day)"),
    ev("material-shipment", "خلال إشرافه على شحن المواد الانتخابية", "2022-07-16", "no own expression; the shipment of the voting material that Bouaskar oversaw that Saturday, 16 Jul 2022"),
    ev("registry-intrusions", "إلى محاولات الدخول إلى منظومة الانتخابات", INTRUSIONS[0], "no own expression; the intrusions announced on Tue 12 Jul 2022 (my span 4-12 Jul)", end=INTRUSIONS[1]),
    ev("referendum", "الشوشرة يوم 25 جويلية", "2022-07-25", "'يوم 25 جويلية' = Mon 25 Jul 2022"),
    ev("criminal-complaint", "تعهدت بالشكاية التي قدمتها الهيئة", COMPLAINT[0], "no own expression; the complaint filed before the inquiry reported on Tue 12 Jul 2022 (my span 8-12 Jul)", end=COMPLAINT[1]),
])
art(S, "https://acharaa.com/?p=700212",
    "2022-07-16", "the body's full date 'اليوم السبت 16 جويلية 2022' (16 Jul 2022 was a Saturday) states the publication day; the last, truncated sentence of the party's statement dropped", True, """
الشارع المغاربي: كشف فاروق بوعسكر، رئيس الهيئة العليا المستقلة للانتخابات، اليوم السبت 16 جويلية 2022، أن الهيئة تفطنت إلى محاولات للدخول إلى منظومة الناخبين وتغيير مراكز اقتراع بعض الشخصيات السياسية المعروفة.
ونقلت إذاعة "شمس اف ام" عن بوعسكر قوله، على هامش انطلاق عملية توزيع المواد الانتخابية على الجهات، إنه تم التفطن إلى المسألة بعد سويعات قليلة وإيقاف هذه المحاولات فنيا.
وأضاف أن الهيئة عهدت إلى النيابة العمومية بشكاية جزائية لتتبع من يقف وراء هذه المحاولات، موضحا أنها تتمثل في تغيير بيانات ناخبين باستعمال معطياتهم الشخصية، وهي أفعال تعد جرائم جزائية، ومؤكدا أن النيابة العمومية فتحت الأبحاث وأنها جارية حاليا.
واعتبر بوعسكر أن الهدف من مثل هذه المحاولات هو إثارة الشوشرة يوم الإستفتاء الموافق لـ25 جويلية الجاري.
وكان الحزب الدستوري الحر قد أعرب يوم امس عن استنكاره لما قال إنها "عملية تدليس تعرضت لها رئيسته عبير موسي"، مبينا أنها فوجئت باستعمال معطياتها الشخصية وتسجيلها دون علمها ودون إشعارها بسفارة تونس بالدوحة.
""", [
    ev("bouaskar-saturday", "اليوم السبت 16 جويلية 2022", "2022-07-16", "'اليوم السبت 16 جويلية 2022' = Sat 16 Jul 2022"),
    ev("material-shipment", "على هامش انطلاق عملية توزيع المواد الانتخابية", "2022-07-16", "no own expression; the start of the distribution of the voting material, Sat 16 Jul 2022 (the day of the statement)"),
    ev("criminal-complaint", "عهدت إلى النيابة العمومية بشكاية جزائية", COMPLAINT[0], "no own expression; filed before the inquiry reported on Tue 12 Jul 2022 (my span 8-12 Jul)", end=COMPLAINT[1]),
    ev("judicial-inquiry", "أن النيابة العمومية فتحت الأبحاث", COMPLAINT[0], "no own expression; opened by Tue 12 Jul 2022 (my span 8-12 Jul)", end=COMPLAINT[1]),
    ev("referendum", "الموافق لـ25 جويلية الجاري", "2022-07-25", "'25 جويلية الجاري' = Mon 25 Jul 2022"),
    ev("pdl-statement", "قد أعرب يوم امس عن استنكاره", "2022-07-15", "'يوم امس' from Sat 16 = Fri 15 Jul 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 292
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
