"""Builds stories.jsonl: the 268-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: telecom licences, 5G launches and new digital government
services: the signing of Tunisia's three 5G licences at the Kasbah (30 Nov 2024), Jordan's 5G agreement with
Zain, announced on Thu 1 Sep and signed on Mon 5 Sep 2022, the deadline of Thu 22 Sep 2016 that Egypt's three
mobile operators let pass without taking a 4G licence, and Orange Egypt's 4G licence (13 Oct 2016) followed by
Vodafone's and Etisalat's (night of 15 Oct 2016).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-5g-licences-signing-2024
S = "tunisia-5g-licences-signing-2024"
SIGNED = "2024-11-30"                      # Sat 30 Nov 2024, Palais du Gouvernement, Kasbah
MARKETING = ("2025-01-01", "2025-03-01")   # 'مع بداية سنة 2025' / 'مع بداية السنة المقبلة' (my span: Jan-Feb 2025)
YEAR_2025 = ("2025-01-01", "2026-01-01")   # 'بداية من سنة 2025' (my span: the year 2025)
art(S, "http://radionationale.tn/%D9%88%D8%B2%D9%8A%D8%B1-%D8%AA%D9%83%D9%86%D9%88%D9%84%D9%88%D8%AC%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84",
    "2024-11-30", "the body opens with 'تم اليوم السبت 30 نوفمبر 2024' (today = 30 Nov 2024, a Saturday), kept verbatim; the URL has no date; headline written from the body (the stored text has none); the last, truncated sentence (Ooredoo's director) dropped", True, """
تونس: توقيع إجازات الجيل الخامس للمشغلين الثلاثة
جرى اليوم السبت 30 نوفمبر 2024، بقصر الحكومة في القصبة وتحت إشراف رئيس الحكومة كمال المدوري، توقيع إجازات تقديم خدمات الاتصالات من الجيل الخامس للهاتف الجوال لفائدة المشغلين الثلاثة: اتصالات تونس وأوريدو وأورونج.
ورأى وزير تكنولوجيات الاتصال سفيان الهميسي، في تصريح لكوثر العرقوبي، أن توقيع الإجازات نقلة في إرساء شبكات الاتصالات بتونس ستتيح خدمات الجيل الخامس للمواطنين والمؤسسات الاقتصادية، مؤكدا أن خطة العمل المعتمدة تقضي بانطلاق التسويق مع بداية سنة 2025.
وأوضح الوزير أن الجوانب التقنية كلها استُكملت ما عدا بعض الإجراءات الإدارية، وأن المشغلين الثلاثة جاهزون.
أما الرئيس المدير العام لاتصالات تونس لسعد بن ذياب فأكد أن هذه التقنية ستسرّع التحول الرقمي وتوفر سرعة فائقة وقدرة عالية في خدمات الاتصالات، مضيفا أن هذا الإنجاز تحقق بكفاءات تونسية ذات خبرة عالمية.
""", [
    ev("licences-signed", "جرى اليوم السبت 30 نوفمبر 2024", SIGNED, "'اليوم السبت 30 نوفمبر 2024' = Sat 30 Nov 2024 (the publication day)"),
    ev("minister-statement", "ورأى وزير تكنولوجيات الاتصال سفيان الهميسي، في تصريح", SIGNED, "no own expression; the minister spoke at the signing, Sat 30 Nov 2024"),
    ev("marketing-start", "بانطلاق التسويق مع بداية سنة 2025", MARKETING[0], "'مع بداية سنة 2025' = early 2025 (planned; my span Jan-Feb 2025; the commercial launch came in mid-February 2025)", end=MARKETING[1]),
    ev("ceo-statement", "فأكد أن هذه التقنية ستسرّع التحول الرقمي", SIGNED, "no own expression; Tunisie Telecom's CEO spoke at the signing, Sat 30 Nov 2024"),
])
art(S, "https://bilakinaa.com/2024/11/%d8%a7%d9%84%d9%8a%d9%88%d9%85-%d8%a7%d9%84%d8%b3%d8%a8%d8%aa-%d8%aa%d9%88%d9%82%d9%8a%d8%b9-%d8%a5%d8%b3%d9%86%d8%a7%d8%af-%d8%a5%d8%ac%d8%a7%d8%b2%d8%a7%d8%aa-%d8%aa%d9%88%d9%81%d9%8a%d8%b1-%d8%ae",
    "2024-11-30", "URL month '/2024/11/' and slug 'اليوم-السبت-توقيع-إسناد-إجازات...'; the body's 'صباح اليوم السبت نوفمبر 2024' (no day number) names the Saturday of November 2024 on which the licences were signed, Sat 30 Nov 2024 (radionationale, sfaxien); headline written from the body (the stored text has none); the text keeps no full date", False, """
رئيس الحكومة يشرف على إسناد إجازات الجيل الخامس
أشرف رئيس الحكومة كمال المدّوري، صباح اليوم السبت نوفمبر 2024، بقصر الحكومة بالقصبة، على مراسم توقيع إسناد إجازات تقديم خدمات الاتصالات من الجيل الخامس لمشغلي الشبكات العمومية الثلاثة «اتصالات تونس» و«أوريدو تونس» و«أورانج تونس».
وصرّح وزير تكنولوجيات الاتصال بأن هذه الخطوة تشكل نقلة نوعية في إرساء شبكات الاتصالات.
وأضاف أن إسناد الإجازات اليوم يتوّج مسارا كاملا بدأ بعمليات تجريبية وبإقامة مشاريع نموذجية، مؤكدا جاهزية المشغلين الثلاثة وأن انطلاق التسويق سيكون مع بداية السنة المقبلة.
ويندرج مشروع إطلاق خدمات الجيل الخامس في إطار تعزيز البنية التحتية الرقمية للبلاد بخدمات اتصالات عالية الجودة تلبي حاجيات الأفراد والمؤسسات الاقتصادية، مواكبةً لمتطلبات العصر ودعما لرؤية التحول الرقمي.
وتُعدّ هذه المرحلة خطوة مهمة نحو بناء مستقبل رقمي متطور، إذ ستفتح هذه التكنولوجيا آفاقا جديدة للابتكار أمام الشباب وتعزز مكانة تونس في مؤشرات قطاع تكنولوجيات المعلومات والاتصال.
""", [
    ev("licences-signed", "أشرف رئيس الحكومة كمال المدّوري، صباح اليوم السبت نوفمبر 2024", SIGNED, "'صباح اليوم السبت نوفمبر 2024' = the morning of Sat 30 Nov 2024 (the publication day)"),
    ev("minister-statement", "وصرّح وزير تكنولوجيات الاتصال", SIGNED, "no own expression; the minister spoke at the signing, Sat 30 Nov 2024"),
    ev("marketing-start", "انطلاق التسويق سيكون مع بداية السنة المقبلة", MARKETING[0], "'مع بداية السنة المقبلة' from 30 Nov 2024 = early 2025 (planned; my span Jan-Feb 2025)", end=MARKETING[1]),
])
art(S, "https://sfaxien.net/2024/11/blog-post_35.html",
    "2024-11-30", "URL month '/2024/11/' and the body's 'اليوم السبت 30 نوفمبر 2024' (today = 30 Nov 2024, a Saturday), kept verbatim; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
تونس تدخل مرحلة الجيل الخامس بتوقيع اتفاقيات الإجازات
أشرف رئيس الحكومة كمال المدّوري، اليوم السبت 30 نوفمبر 2024 بقصر الحكومة بالقصبة، على توقيع اتفاقيات إسناد إجازات الجيل الخامس للهاتف الجوال بين وزارة تكنولوجيات الاتصال وممثلي شركات الاتصال، على أن تدخل حيز التنفيذ والاستغلال بداية من سنة 2025.
ويأتي ذلك تجسيما لرؤية رئيس الجمهورية في استكمال مقومات الانتقال الرقمي، ولا سيما دعم البنية التحتية الرقمية ومواصلة تنفيذ الاستراتيجية الوطنية لتعزيز الدور الريادي للقطاع الرقمي.
وحضر حفل التوقيع، وفق بلاغ لرئاسة الحكومة، وزير الاقتصاد والتخطيط سمير عبد الحفيظ ووزير تكنولوجيات الاتصال سفيان الهميسي والرئيس المدير العام لاتصالات تونس الأسعد بن ذياب والمدير التنفيذي لأوريدو تونس منصور راشد الخاطر والمدير العام لأورانج تونس تييري ميي.
واعتبر الوزير الهميسي أن هذا الحدث نقلة نوعية في تطوير المستقبل الرقمي للبلاد، مبينا أن المشروع انطلق بطموحات كبيرة لتحقيق إقلاع اقتصادي قائم على رقمنة ذات قيمة مضافة عالية وعلى التكامل بين القطاعين العام والخاص.
""", [
    ev("licences-signed", "أشرف رئيس الحكومة كمال المدّوري، اليوم السبت 30 نوفمبر 2024", SIGNED, "'اليوم السبت 30 نوفمبر 2024' = Sat 30 Nov 2024 (the publication day)"),
    ev("5g-in-force", "تدخل حيز التنفيذ والاستغلال بداية من سنة 2025", YEAR_2025[0], "'بداية من سنة 2025' = from 2025 (planned; my span: the year 2025)", end=YEAR_2025[1]),
    ev("ceremony-attendance", "وحضر حفل التوقيع، وفق بلاغ لرئاسة الحكومة", SIGNED, "no own expression; the ministers and CEOs attended the signing of Sat 30 Nov 2024"),
    ev("minister-statement", "واعتبر الوزير الهميسي أن هذا الحدث نقلة نوعية", SIGNED, "no own expression; the minister spoke at the signing, Sat 30 Nov 2024"),
])
art(S, "https://alhorria.com/2024/12/01/%D8%A7%D8%B3%D9%86%D8%A7%D8%AF-%D8%A7%D8%AC%D8%A7%D8%B2%D8%A7%D8%AA-%D8%A7%D9%84%D8%AC%D9%8A%D9%84-%D8%A7%D9%84%D8%AE%D8%A7%D9%85%D8%B3-%D9%84%D9%84%D9%87%D8%A7%D8%AA%D9%81-%D8%A7%D9%84%D8%AC%D9%88",
    "2024-12-01", "date in the URL '/2024/12/01/' (Sun 1 Dec 2024); the body's 'السبت 30 نوفمبر 2024' is the day of the signing, the day before; headline rendered from the URL slug (cut); the text does not state its own publication day", False, """
إسناد إجازات الجيل الخامس للهاتف الجوال
تجسيما لرؤية رئيس الجمهورية في استكمال مقومات الانتقال الرقمي، وخاصة دعم البنية التحتية الرقمية ومواصلة تنفيذ الاستراتيجية الوطنية لتعزيز الدور الريادي للقطاع الرقمي، أشرف رئيس الحكومة كمال المدّوري، السبت 30 نوفمبر 2024 بقصر الحكومة بالقصبة، على إمضاء اتفاقيات إسناد إجازات الجيل الخامس للهاتف الجوال، التي ستدخل حيز التنفيذ والاستغلال بداية من سنة 2025.
وحضر الحفل وزير الاقتصاد والتخطيط سمير عبد الحفيظ، ووزير تكنولوجيات الاتصال سفيان الهميسي، والرئيس المدير العام لاتصالات تونس الأسعد بن ذياب، والمدير التنفيذي لأوريدو تونس منصور راشد الخاطر، والمدير العام لأورانج تونس تييري ميي.
وتهدف هذه الاتفاقيات إلى تعزيز البنية التحتية المعلوماتية وتوسيع المجال أمام الابتكار وريادة الأعمال وتمكين القطاعات الحيوية من الانتفاع بالتطبيقات الذكية، استجابة لرؤية رئيس الجمهورية في دعم المجال الرقمي.
""", [
    ev("licences-signed", "أشرف رئيس الحكومة كمال المدّوري، السبت 30 نوفمبر 2024", SIGNED, "'السبت 30 نوفمبر 2024' = Sat 30 Nov 2024 (the day before the URL day)"),
    ev("5g-in-force", "ستدخل حيز التنفيذ والاستغلال بداية من سنة 2025", YEAR_2025[0], "'بداية من سنة 2025' = from 2025 (planned; my span: the year 2025)", end=YEAR_2025[1]),
    ev("ceremony-attendance", "وحضر الحفل وزير الاقتصاد والتخطيط", SIGNED, "no own expression; the ministers and CEOs attended the signing of Sat 30 Nov 2024"),
])

# ---------------------------------------------------------------- jordan-zain-5g-agreement-2022
S = "jordan-zain-5g-agreement-2022"
ZAIN = "2022-09-05"        # Mon 5 Sep 2022: the regulator (TRC) signs the 5G agreement with Zain Jordan
FIRST = "2022-08-11"       # Thu 11 Aug 2022: the same agreement signed with Orange and Umniah
art(S, "https://aylanews.com/26881/",
    "2022-09-01", "no date on the stored page; the regulator's announcement 'الخميس' of a signing 'الاثنين المقبل' with Zain, after the August signing 'الشهر الماضي آب/أغسطس', is the Thursday before the signing of Mon 5 Sep 2022 (almamlakatv, alhashmiah 05-09-2022), i.e. Thu 1 Sep 2022 (Petra-style same-day 'الخميس'); no date of its own in the text", False, """
اتفاقية مع زين الاثنين المقبل استكمالا لخدمة الجيل الخامس
أعلنت هيئة تنظيم قطاع الاتصالات، الخميس، أنها ستوقّع الاثنين المقبل اتفاقا مع الشركة الأردنية لخدمات الهواتف المتنقلة «زين» تمهيدا لإدخال خدمات الجيل الخامس إلى الأردن، بعدما وقّعت الشهر الماضي آب/أغسطس الاتفاقية نفسها مع شركتي «أورانج» و«أمنية».
وأوضحت الهيئة أن الاتفاقية ترمي إلى تعزيز القدرات التنافسية والاستثمارية لقطاع الاتصالات وتطوير البنية التحتية لشبكاته وزيادة الوظائف المستحدثة فيه، وأنها تأتي استكمالا للشراكة الحقيقية بين القطاعين العام والخاص.
وكانت الاتفاقية مع «أورانج» و«أمنية» قد وُقّعت داخل مبنى الهيئة، أما التوقيع مع «زين» فسيجري في أحد فنادق العاصمة عمّان.
ولم تحضر «زين» توقيع الشهر الماضي، وحين سُئل وزير الاقتصاد الرقمي والريادة أحمد هنانده عن غيابها قال في تصريح سابق إنه لم يتم التوافق مع المشغل الثالث على بعض الإجراءات التعاقدية، مضيفا في حينه أن الباب ما زال مفتوحا أمامه للانضمام إلى اتفاقية تشغيل الجيل الخامس.
""", [
    ev("signing-announced", "أعلنت هيئة تنظيم قطاع الاتصالات، الخميس", "2022-09-01", "'الخميس' = Thu 1 Sep 2022 (the publication day)"),
    ev("zain-signing", "ستوقّع الاثنين المقبل اتفاقا", ZAIN, "'الاثنين المقبل' from Thu 1 Sep = Mon 5 Sep 2022"),
    ev("orange-umniah-signing", "وقّعت الشهر الماضي آب/أغسطس الاتفاقية نفسها", FIRST, "'الشهر الماضي آب/أغسطس' = August 2022; the day, Thu 11 Aug 2022, from the alsaa.net report of that day ('اليوم الخميس', 2022/08/11)"),
    ev("hanandeh-zain-remark", "قال في تصريح سابق إنه لم يتم التوافق", FIRST, "no own expression ('في حينه'); the minister's remark at the August signing, Thu 11 Aug 2022 (outside knowledge: the anbaalwatan/marayanews reports of that signing)"),
])
art(S, "https://almamlakatv.com/news/101536-%D9%87%D9%8A%D8%A6%D8%A9-%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D8%AA%D9%88%D9%82%D8%B9-%D8%A7%D8%AA%D9%81%D8%A7%D9%82%D9%8A%D8%A9-%D9%85%D8%B9-%D8%B2%D9%8A%D9%86-%D9%84%D8%A5%D8%AF%D8%AE%D8%A7%D9%84-%D8%A7%D9%84%D8%AC%D9%8A%D9%84-%D8%A7%D9%84%D8%AE%D8%A7%D9%85%D8%B3-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86",
    "2022-09-05", "no date on the stored page; the body's 'الاثنين' with 'في آب/أغسطس الماضي' (so September 2022) is the signing announced for 'الاثنين المقبل' on Thu 1 Sep (aylanews) and reported under alhashmiah's time line '05-09-2022' = Mon 5 Sep 2022 (Petra-style same-day 'الاثنين'); headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
هيئة الاتصالات توقع اتفاقية مع زين لإدخال الجيل الخامس إلى الأردن
وقّعت هيئة تنظيم قطاع الاتصالات، الاثنين، اتفاقية مع الشركة الأردنية لخدمات الهواتف المتنقلة «زين» تمهيدا لإدخال خدمات الجيل الخامس إلى المملكة، وذلك بعدما وقّعت الاتفاقية ذاتها في آب/أغسطس الماضي مع شركتي «أورانج» و«أمنية».
وشهد التوقيع وزير الاقتصاد الرقمي والريادة أحمد هناندة ورئيس مجلس مفوضي الهيئة بسام السرحان ونائب رئيس مجلس الإدارة والرئيس التنفيذي لمجموعة زين بدر الخرافي والرئيس التنفيذي لزين الأردن فهد الجاسم.
وأوضح الهناندة أن الاتفاقية مع «زين» تماثل تلك الموقعة مع «أورنج» و«أمنية»، وأن تأخر توقيعها يعود إلى أسباب قانونية بحتة جرى التوافق بشأنها.
وقال السرحان إن الاتفاقية مع «زين» تستكمل الشراكة بالامتيازات ذاتها الممنوحة لأمنية وأورنج، مشيرا إلى أن خدمات الجيل الخامس ضرورية لتمكين الابتكار وريادة الأعمال وستنعكس إيجابا على الاقتصاد والإنتاجية وإيرادات الدولة.
كما حضر الحفل ممثلون عن جمعية تكنولوجيا المعلومات والاتصالات الأردنية وأورانج الأردن، وسفير الكويت في عمّان عزيز الديحاني.
""", [
    ev("zain-signing", "وقّعت هيئة تنظيم قطاع الاتصالات، الاثنين", ZAIN, "'الاثنين' = Mon 5 Sep 2022 (the publication day)"),
    ev("orange-umniah-signing", "وقّعت الاتفاقية ذاتها في آب/أغسطس الماضي", FIRST, "'في آب/أغسطس الماضي' = August 2022; the day, Thu 11 Aug 2022, from the alsaa.net report of that day"),
    ev("hanandeh-signing-remarks", "وأوضح الهناندة أن الاتفاقية مع «زين» تماثل", ZAIN, "no own expression; the minister spoke at the signing, Mon 5 Sep 2022"),
    ev("sarhan-statement", "وقال السرحان إن الاتفاقية مع «زين» تستكمل", ZAIN, "no own expression; the regulator's chairman spoke at the signing, Mon 5 Sep 2022"),
])
art(S, "https://www.alhashmiahnews.net/article/192214",
    "2022-09-05", "the page's time line 'تاريخ النشر - 05-09-2022 02:10 PM' (its date and time kept as first line; 5 Sep 2022 was a Monday, the body's 'الاثنين' agrees); the 'الهاشمية نيوز -' lead and the last, truncated sentence dropped", True, """
05-09-2022 02:10 PM
هناندة يوضح سبب تأخر توقيع اتفاقية الجيل الخامس مع زين
أكد وزير الاقتصاد الرقمي والريادة أحمد هناندة، الاثنين، أن اتفاقية التمهيد لإدخال خدمات الجيل الخامس إلى الأردن مع الشركة الأردنية لخدمات الهواتف المتنقلة «زين» مطابقة لتلك الموقعة مع شركتي أورنج وأمنية.
وأوضح على هامش التوقيع أن تأخر الاتفاقية مع «زين» كان لأسباب قانونية بحتة جرى التوافق عليها، وأن الاتفاقية جاءت بعد دراسة واقع القطاع ومساهمته على مدى 20 عاما والمشكلات التي يواجهها.
وردا على أسئلة الصحفيين قال هناندة إن الخدمة ستُطلق خلال 18 شهرا وفق الاتفاق مع شركات الاتصالات الثلاث، وإن الوصول إلى تغطية بنسبة 50% يحتاج 4 سنوات.
ووصف التمهيد للجيل الخامس بأنه قرار تاريخي رغم التحديات المنتظرة، لافتا إلى أن الأردنيين استهلكوا 13 ألف تيرابايت في الربع الأول من العام الحالي.
""", [
    ev("hanandeh-signing-remarks", "أكد وزير الاقتصاد الرقمي والريادة أحمد هناندة، الاثنين", ZAIN, "'الاثنين' = Mon 5 Sep 2022 (the time line's day)"),
    ev("orange-umniah-signing", "لتلك الموقعة مع شركتي أورنج وأمنية", FIRST, "no own expression; the agreement with Orange and Umniah of Thu 11 Aug 2022 (alsaa.net)"),
    ev("zain-signing", "على هامش التوقيع", ZAIN, "no own expression; the signing with Zain the minister spoke at, Mon 5 Sep 2022"),
    ev("5g-service-launch", "الخدمة ستُطلق خلال 18 شهرا", ZAIN, "'خلال 18 شهرا' from Mon 5 Sep 2022 = by early March 2024 (planned)", end="2024-03-06"),
    ev("q1-data-use", "في الربع الأول من العام الحالي", "2022-01-01", "'الربع الأول من العام الحالي' = January-March 2022", end="2022-04-01"),
])

# ---------------------------------------------------------------- egypt-4g-licence-deadline-2016
S = "egypt-4g-licence-deadline-2016"
DEADLINE = "2016-09-22"                      # Thu 22 Sep 2016: the NTRA's deadline for the three mobile operators
OCT_BOARD = ("2016-10-01", "2016-10-13")     # 'أوائل أكتوبر'; the NTRA board in fact met on Wed 12 Oct 2016
art(S, "https://m2.youm7.com/story/2016/9/21/%D9%85%D9%87%D9%84%D8%A9-%D8%B1%D8%AE%D8%B5-%D8%A7%D9%84%D8%AC%D9%8A%D9%84-%D8%A7%D9%84%D8%B1%D8%A7%D8%A8%D8%B9-%D8%AA%D9%86%D8%AA%D9%87%D9%89-%D8%BA%D8%AF%D8%A7-%D9%85%D8%A7%D8%B0%D8%A7-%D8%AA%D9%86%D8%AA%D8%B8%D8%B1-%D8%B4%D8%B1%D9%83%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AD%D9%85%D9%88%D9%84/2891536",
    "2016-09-21", "date in the URL '/story/2016/9/21/' (Wed 21 Sep 2016); the slug's 'تنتهى غدا' and the body's 'صباح غد الخميس' agree with the deadline of Thu 22 Sep; headline rendered from the URL slug; the last, truncated sentence dropped; the source's 'القلضي' written 'القاضي'; no date of its own in the text", False, """
مهلة رخص الجيل الرابع تنتهي غدا.. ماذا تنتظر شركات المحمول؟
أثار انتظار شركات المحمول حتى 22 من سبتمبر لحسم موقفها من رخصة الجيل الرابع تساؤلات كثيرة، خاصة بعد أن أرجأت فودافون بحث موقفها من رخص 4G في اجتماع مجلس إدارتها الإثنين الماضي إلى اجتماع آخر صباح غد الخميس، أي بعد انقضاء المهلة النهائية التي حددها مجلس إدارة الجهاز القومي لتنظيم الاتصالات.
ومع اقتراب نهاية المهلة لجأت الشركات التي تسيطر عليها مجموعات أجنبية إلى سفراء دول الشركات الأم، فحاول هؤلاء التواصل مع رئيس الوزراء الذي أحالهم إلى وزير الاتصالات المهندس ياسر القاضي، فأكد لهم أن شروط الرخص لن تتغير، كما خاطبت أورنج مصر الحكومة طالبة التدخل في شروطها.
وتملك أورنج العالمية نحو 99% من أورنج مصر، وفودافون العالمية نحو 55% من فودافون مصر، واتصالات الإمارات نحو 66%.
وكانت أورنج قد طلبت منذ أسبوعين لقاء عاجلا مع رئيس الوزراء الذي سيلتقي مسؤوليها اليوم، غير أن مصادر حكومية شددت على أن الشروط لن تتغير وأن الشركات لم تتحرك إلا في اللحظات الأخيرة، وسط اتصالات مكثفة بين الوزارة والشركات كلها.
""", [
    ev("licence-deadline", "انتظار شركات المحمول حتى 22 من سبتمبر", DEADLINE, "'22 من سبتمبر' = Thu 22 Sep 2016"),
    ev("vodafone-board-postponed", "في اجتماع مجلس إدارتها الإثنين الماضي", "2016-09-19", "'الإثنين الماضي' from Wed 21 Sep = Mon 19 Sep 2016"),
    ev("vodafone-declines", "إلى اجتماع آخر صباح غد الخميس", DEADLINE, "'صباح غد الخميس' from Wed 21 Sep = the morning of Thu 22 Sep 2016 (the board meeting at which Vodafone declined the licence)"),
    ev("orange-meeting-request", "قد طلبت منذ أسبوعين لقاء عاجلا", "2016-09-06", "'منذ أسبوعين' from Wed 21 Sep 2016 = about Wed 7 Sep (my span 6-9 Sep)", end="2016-09-10"),
    ev("pm-orange-meeting", "الذي سيلتقي مسؤوليها اليوم", "2016-09-21", "'اليوم' = Wed 21 Sep 2016 (the publication day)"),
])
art(S, "https://sarabic.ae/20160922/1020215415.html",
    "2016-09-22", "date in the URL '/20160922/' (Thu 22 Sep 2016); the body's 'ينتهي اليوم الخميس' agrees; the stored text starts after its lead, so a plain headline was written from the body; the 'القاهرة — سبوتنيك.' dateline (no date) dropped; no date of its own in the text", False, """
فودافون مصر: شروط رخصة الجيل الرابع لا تخدم المستهلك
عرض جهاز تنظيم الاتصالات رخص الجيل الرابع على الشركات الثلاث فودافون واتصالات وأورانج، وحدد مهلة للتقدم لها تنتهي اليوم الخميس.
وقالت فودافون في بيان رسمي اطلعت وكالة «سبوتنيك» على نسخة منه إن شروط رخصة تشغيل خدمات الجيل الرابع لا تخدم مصلحة المستهلك ولا تلبي متطلباته.
وأضاف البيان أن الترددات المتاحة لا تكفي لتقديم الخدمة بالمستوى الذي ينتظره المستهلك، ولا تسمح برفع سرعة الإنترنت على النحو المأمول.
وكانت الشركة المصرية للاتصالات، مشغل الخطوط الأرضية الساعي إلى دخول سوق المحمول، قد تسلمت الشهر الماضي ترخيصها للعمل بهذه التقنية فائقة السرعة مقابل 7.08 مليار جنيه (نحو 797 مليون دولار).
""", [
    ev("licence-deadline", "مهلة للتقدم لها تنتهي اليوم الخميس", DEADLINE, "'اليوم الخميس' = Thu 22 Sep 2016 (the publication day)"),
    ev("vodafone-declines", "وقالت فودافون في بيان رسمي", DEADLINE, "no own expression; Vodafone's statement on the deadline day, Thu 22 Sep 2016"),
    ev("te-licence", "قد تسلمت الشهر الماضي ترخيصها", "2016-08-31", "'الشهر الماضي' from 22 Sep = August 2016; the day, Wed 31 Aug 2016, from elwatan's 'في 31 أغسطس الماضي' (outside this text)"),
])
art(S, "https://arabicpost.live/archive/2016/09/22/%d9%81%d8%b4%d9%84%d9%88%d8%a7-%d9%81%d9%8a-%d8%a8%d9%8a%d8%b9%d9%87%d8%a7-%d9%81%d8%b7%d8%b1%d8%ad%d9%88%d9%87%d8%a7-%d9%81%d9%8a-%d9%85%d8%b2%d8%a7%d8%af-%d8%b9%d8%a7%d9%84%d9%85%d9%8a-%d9%85",
    "2016-09-22", "date in the URL '/archive/2016/09/22/'; the body's 'الخميس 22 سبتمبر/أيلول 2016' (the NTRA statement of the publication day; 22 Sep 2016 was a Thursday) is kept, so the text states the day; headline rendered from the URL slug (cut); the last, truncated sentence dropped", True, """
فشلوا في بيعها فطرحوها في مزاد عالمي
أعلن الجهاز القومي لتنظيم الاتصالات في مصر، الخميس 22 سبتمبر/أيلول 2016، أن مشغلي المحمول المحليين لم يتقدموا لشراء رخصة الجيل الرابع «4G» قبل حلول الموعد النهائي في 22 سبتمبر الجاري، وأنه يدرس طرح التراخيص في مزاد عالمي.
وكانت مصر قد منحت الشركات العاملة في البلاد أولوية الحصول على هذه التراخيص، لكنها لوّحت بمزاد عالمي بعدما رفضت الشركات الثلاث عروض الجهاز.
وذكر الجهاز في بيانه أن مجلس إدارته سيجتمع لبحث البدائل المتعلقة بإصدار التراخيص، ومنها طرح مزايدة عالمية، مضيفا أن البدائل ستُعرض على المجلس في اجتماعه المقبل أوائل أكتوبر (تشرين الأول) لحسم الأمر.
وكان مجلس إدارة فودافون مصر قد اعتذر عن التقدم لرخصة خدمات الجيل الرابع بشروطها المطروحة حاليا من جهاز تنظيم الاتصالات 2016، معتبرا أنها لا تخدم مصلحة المواطن المصري المستخدم للمحمول ولا تراعي البعد التنموي للقطاع.
وأضافت الشركة في بيان أن الرخصة بصيغتها الحالية لا تتضمن ترددات كافية لتشغيل الجيل الرابع بالكفاءة والجودة المطلوبتين.
""", [
    ev("ntra-statement", "أعلن الجهاز القومي لتنظيم الاتصالات في مصر، الخميس 22 سبتمبر/أيلول 2016", DEADLINE, "'الخميس 22 سبتمبر/أيلول 2016' = Thu 22 Sep 2016"),
    ev("licence-deadline", "قبل حلول الموعد النهائي في 22 سبتمبر الجاري", DEADLINE, "'22 سبتمبر الجاري' = Thu 22 Sep 2016"),
    ev("operators-refuse", "بعدما رفضت الشركات الثلاث عروض الجهاز", DEADLINE, "no own expression; the operators let the deadline of Thu 22 Sep 2016 pass (Orange and Vodafone announced it that day)"),
    ev("october-board", "في اجتماعه المقبل أوائل أكتوبر (تشرين الأول)", OCT_BOARD[0], "'أوائل أكتوبر (تشرين الأول)' = early October 2016 (planned; my span 1-12 Oct, the board in fact met on the evening of Wed 12 Oct)", end=OCT_BOARD[1]),
    ev("vodafone-declines", "وكان مجلس إدارة فودافون مصر قد اعتذر", DEADLINE, "no own expression; Vodafone's board declined at its meeting of the morning of Thu 22 Sep 2016 (youm7)"),
])
art(S, "https://www.masress.com/almesryoon/1042197",
    "2016-09-22", "no date on the stored (masress) copy of the almesryoon item; the body's 'اليوم الخميس' for the NTRA statement that followed the deadline of Thu 22 Sep 2016 (arabicpost, URL 2016/09/22) fixes Thu 22 Sep 2016; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
مصر تدرس طرح رخص الجيل الرابع في مزاد عالمي
أعلن الجهاز القومي لتنظيم الاتصالات، اليوم الخميس، أنه يدرس طرح تراخيص الجيل الرابع في مزاد عالمي بعد إحجام مشغلي المحمول المحليين عن التقدم لشرائها.
وأوضح الجهاز في بيان أن مجلس إدارته سيجتمع لمناقشة بدائل إصدار التراخيص، ومنها المزايدة العالمية، على أن تُعرض البدائل على المجلس في اجتماعه المقبل أوائل أكتوبر لاتخاذ القرار.
وأشار إلى أنه أبلغ شركات المحمول الثلاث العاملة في مصر بأن الشروط والأسعار المتفق عليها مسبقًا لترخيص الجيل الرابع صارت لاغية ولا رجعة فيها.
وكانت أورنج وفودافون مصر قد أعلنتا اليوم رفضهما التقدم للتراخيص «في ظل الشروط الحالية»، وقالت أورانج في بيان إنها تبقى مستعدة للمشاركة وفق اشتراطات جديدة، فيما أبدت فودافون استعدادها للحصول على الرخصة بشروط تراعي البعد الاستثماري والتنموي لقطاع الاتصالات.
""", [
    ev("ntra-statement", "أعلن الجهاز القومي لتنظيم الاتصالات، اليوم الخميس", DEADLINE, "'اليوم الخميس' = Thu 22 Sep 2016 (the publication day)"),
    ev("october-board", "في اجتماعه المقبل أوائل أكتوبر لاتخاذ القرار", OCT_BOARD[0], "'أوائل أكتوبر' = early October 2016 (planned; my span 1-12 Oct, the board in fact met on the evening of Wed 12 Oct)", end=OCT_BOARD[1]),
    ev("terms-void-notice", "وأشار إلى أنه أبلغ شركات المحمول الثلاث", DEADLINE, "no own expression; the notice came with the statement after the deadline, Thu 22 Sep 2016"),
    ev("operators-refuse", "قد أعلنتا اليوم رفضهما التقدم للتراخيص", DEADLINE, "'اليوم' = Thu 22 Sep 2016"),
])

# ---------------------------------------------------------------- egypt-orange-4g-licence-2016
S = "egypt-orange-4g-licence-2016"
BOARD = "2016-10-12"       # Wed 12 Oct 2016 (evening): NTRA board meeting; Orange's request sent just before it
ORANGE = "2016-10-13"      # Thu 13 Oct 2016 (evening): Orange Egypt signs its 4G licence
REFUSED = "2016-09-22"     # Thu 22 Sep 2016: the three operators let the 4G deadline pass
art(S, "https://amay1.sarmady.net/news/details/1023832",
    "2016-10-13", "the page's time line 'الخميس 13-10-2016 10:43' (its date and time kept as first line; 13 Oct 2016 was a Thursday) on this copy of almasryalyoum's item 1023832; byline, caption and page furniture dropped", True, """
الخميس 13-10-2016 10:43
«أورانج مصر» تطلب رسميا ترخيص الجيل الرابع
عقد مجلس إدارة الجهاز القومي لتنظيم الاتصالات اجتماعا مساء الأربعاء لدراسة الخيارات المتاحة لإعادة التصرف في رخص الجيل الرابع، بعدما رفضت شركات المحمول الثلاث العاملة في مصر، «فودافون مصر» و«اتصالات مصر» و«أورانج مصر»، الحصول على الرخصة رسميا في سبتمبر الماضي.
وأفاد مصدر بوزارة الاتصالات بأن «أورانج مصر» قدّمت طلبا رسميا لإعادة التفاوض على الرخصة قبل اجتماع الجهاز بوقت قصير، فصارت الشركة الوحيدة التي تقدمت بطلب كهذا.
وامتد الاجتماع أكثر من 5 ساعات ناقش خلالها طلب «أورانج مصر» ومصير الترددات التي خُصصت لفودافون واتصالات وتفاصيل طرحها في مزايدة عالمية إذا قرر الجهاز ذلك نهائيا، وحدد الجهاز يوم 23 أكتوبر الجاري موعدا للاجتماع مجددا والبت في طلب أورانج.
وكانت الشركة المصرية للاتصالات قد وقّعت عقد ترخيص خدمات الجيل الرابع نهاية أغسطس الماضي، لتكون الشركة الوحيدة الحاصلة عليه.
""", [
    ev("ntra-board-meeting", "عقد مجلس إدارة الجهاز القومي لتنظيم الاتصالات اجتماعا مساء الأربعاء", BOARD, "'مساء الأربعاء' before Thu 13 Oct = the evening of Wed 12 Oct 2016"),
    ev("operators-refused-september", "الحصول على الرخصة رسميا في سبتمبر الماضي", REFUSED, "'سبتمبر الماضي' = September 2016; the refusals came at the deadline of Thu 22 Sep 2016"),
    ev("orange-request", "قدّمت طلبا رسميا لإعادة التفاوض على الرخصة قبل اجتماع الجهاز بوقت قصير", BOARD, "'قبل اجتماع الجهاز بوقت قصير' = shortly before the board meeting of the evening of Wed 12 Oct 2016"),
    ev("planned-reconvene", "وحدد الجهاز يوم 23 أكتوبر الجاري", "2016-10-23", "'يوم 23 أكتوبر الجاري' = Sun 23 Oct 2016 (planned; overtaken by the signing of Thu 13 Oct)"),
    ev("te-licence", "قد وقّعت عقد ترخيص خدمات الجيل الرابع نهاية أغسطس الماضي", "2016-08-31", "'نهاية أغسطس الماضي' = the end of August 2016; Telecom Egypt signed on Wed 31 Aug 2016 (elwatan)"),
])
art(S, "http://m.aswatmasriya.com/news/details/68739",
    "2016-10-13", "no date on the stored page; the body's 'اليوم الخميس' for Orange's request and for the stock suspension, which followed the NTRA board meeting of Wed 12 Oct 2016 (almasryalyoum, time line 13-10-2016), fixes Thu 13 Oct 2016; headline written from the body (the stored text has none); the last, truncated sentences dropped; no date of its own in the text", False, """
أورنج مصر تتقدم بطلب للحصول على رخصة الجيل الرابع
أفاد مصدر في أورنج مصر، طلب عدم ذكر اسمه، بأن الشركة تقدمت بطلب إلى جهاز تنظيم الاتصالات للحصول على رخصة خدمات الجيل الرابع.
وكانت أورنج مصر، التابعة لأورنج العالمية، قد قررت في نهاية الشهر الماضي عدم التقدم للترخيص بالشروط المطروحة، مؤكدة أنها ستبقى مستعدة للمشاركة إذا تغيرت الاشتراطات.
وقال المصدر لأصوات مصرية اليوم الخميس إن الشركة قدمت طلبها وإن الجهاز سيدرسه، من دون أن يوضح هل طلبت تعديل الشروط التي كانت ترفضها في السابق.
وقررت إدارة البورصة اليوم الخميس، في بداية جلسة التعاملات، وقف التعامل على سهم أورنج لحين صدور بيان من الشركة بشأن طلبها.
وكانت فودافون مصر واتصالات قد رفضتا بدورهما التقدم لترخيص الجيل الرابع، إذ اعترضت شركات المحمول الثلاث على شروطه.
""", [
    ev("orange-request", "الشركة تقدمت بطلب إلى جهاز تنظيم الاتصالات", BOARD, "no own expression; the request went in just before the NTRA board meeting of the evening of Wed 12 Oct 2016 (almasryalyoum)"),
    ev("operators-refused-september", "قد قررت في نهاية الشهر الماضي عدم التقدم", REFUSED, "'نهاية الشهر الماضي' from Thu 13 Oct = late September 2016; Orange declined at the deadline of Thu 22 Sep 2016"),
    ev("orange-source-statement", "وقال المصدر لأصوات مصرية اليوم الخميس", ORANGE, "'اليوم الخميس' = Thu 13 Oct 2016 (the publication day)"),
    ev("stock-suspension", "وقررت إدارة البورصة اليوم الخميس", ORANGE, "'اليوم الخميس' = Thu 13 Oct 2016, at the opening of the session"),
])
art(S, "http://www.masrytoday.com/article-137307.htm",
    "2016-10-13", "no date on the stored page; its 'مساء اليوم' for Orange's signing and 'ليلة امس' for the board meeting are those of Thu 13 and Wed 12 Oct 2016 (almasryalyoum's time line 13-10-2016 for the Wednesday meeting; alhayat's 'يوم الخميس الماضي' for the signing) - dated from the known events; headline written from the body (the stored text has none); the last, truncated sentence dropped; the source's 'منذ اقل من اسبوعين' (three weeks in fact) kept; no date of its own in the text", False, """
توقيع رخصة الجيل الرابع مع أورنج في تطور مفاجئ
في تطور غير متوقع، تقرر أن يوقّع جهاز تنظيم الاتصالات وشركة أورنج رخصة الجيل الرابع للمحمول مساء اليوم.
وكانت أورنج قد فاجأت سوق الاتصالات بطلب قدمته إلى الجهاز في اللحظات الاخيرة قبل اجتماع مجلس إدارته، تطلب فيه الرخصة بالترددات المطروحة نفسها التي رفضتها شركات المحمول الثلاث، ومنها أورنج، منذ اقل من اسبوعين.
واجتمع مجلس إدارة الجهاز القومي لتنظيم الاتصالات ليلة امس برئاسة وزير الاتصالات وتكنولوجيا المعلومات المهندس ياسر القاضي، فأقر مقترح ترخيص خدمات الجيل الرابع الذي يحتسب المقابل المادي بالدولار الأمريكي، على أن يُسدد نصفه بالدولار والنصف الآخر بالجنيه المصري وفق سعر البنك المركزي المعلن وقت السداد.
وقبل انعقاد الجلسة وجّهت أورانج خطابا إلى وزير الاتصالات تطلب فيه التفاوض مع الجهاز لإنهاء إجراءات الحصول على الترخيص، ولذلك سيُطبق عليها الإطار الذي أقره المجلس.
""", [
    ev("orange-signing", "رخصة الجيل الرابع للمحمول مساء اليوم", ORANGE, "'مساء اليوم' = the evening of Thu 13 Oct 2016 (the publication day)"),
    ev("orange-request", "بطلب قدمته إلى الجهاز في اللحظات الاخيرة", BOARD, "no own expression; just before the board meeting of the evening of Wed 12 Oct 2016"),
    ev("operators-refused-september", "ومنها أورنج، منذ اقل من اسبوعين", REFUSED, "'منذ اقل من اسبوعين' from Thu 13 Oct is loose (the source's slip); the operators refused at the deadline of Thu 22 Sep 2016"),
    ev("ntra-board-meeting", "واجتمع مجلس إدارة الجهاز القومي لتنظيم الاتصالات ليلة امس", BOARD, "'ليلة امس' from Thu 13 Oct = the night of Wed 12 Oct 2016"),
])
art(S, "https://sauress.com/alhayat/17953386",
    "2016-10-16", "no date on the stored (sauress) copy of the alhayat item; the body's 'اليوم (الأحد)' with Orange's signing 'يوم الخميس الماضي' (Thu 13 Oct 2016) fixes Sun 16 Oct 2016; headline written from the body (the stored text has none); the last, truncated clause cut to its last complete part; no date of its own in the text", False, """
فودافون واتصالات مصر توقعان تراخيص الجيل الرابع
أعلن مسؤول في وزارة الاتصالات المصرية اليوم (الأحد) أن فودافون واتصالات مصر وقّعتا تراخيص الجيل الرابع للمحمول في وقت متأخر الليلة الماضية.
ويُنتظر أن يعقد جهاز تنظيم الاتصالات مؤتمرا صحفيا اليوم لكشف تفاصيل حصول الشركتين على الرخصتين، بعدما تقدمتا إليه رسميا أمس بطلب الحصول عليهما، ولم تُعلن قيمة رخصة كل منهما.
ويأتي ذلك عقب توقيع «أورانج مصر»، ثالث مشغلي المحمول في البلاد، يوم الخميس الماضي اتفاقا مع الجهاز تنال بموجبه رخصة الجيل الرابع ورخصة الهاتف الثابت مقابل نحو 495 مليون دولار.
وكانت الشركات الثلاث قد رفضت في أيلول (سبتمبر) الماضي الحصول على رخصة الجيل الرابع، معلنة حينها أن شروطها غير قابلة للتطبيق، وأدى الرفض آنذاك إلى فتح الطريق أمام شركات «زين» الكويتية و«تشاينا تليكوم» الصينية و«الاتصالات» السعودية.
""", [
    ev("official-statement", "أعلن مسؤول في وزارة الاتصالات المصرية اليوم (الأحد)", "2016-10-16", "'اليوم (الأحد)' = Sun 16 Oct 2016 (the publication day)"),
    ev("vodafone-etisalat-signing", "في وقت متأخر الليلة الماضية", "2016-10-15", "'الليلة الماضية' from Sun 16 Oct = late on the night of Sat 15 Oct 2016"),
    ev("press-conference", "أن يعقد جهاز تنظيم الاتصالات مؤتمرا صحفيا اليوم", "2016-10-16", "'اليوم' = Sun 16 Oct 2016 (planned)"),
    ev("vodafone-etisalat-request", "بعدما تقدمتا إليه رسميا أمس", "2016-10-15", "'أمس' from Sun 16 Oct = Sat 15 Oct 2016"),
    ev("orange-signing", "يوم الخميس الماضي اتفاقا مع الجهاز", ORANGE, "'يوم الخميس الماضي' from Sun 16 Oct = Thu 13 Oct 2016"),
    ev("operators-refused-september", "قد رفضت في أيلول (سبتمبر) الماضي", REFUSED, "'أيلول (سبتمبر) الماضي' = September 2016; the refusals came at the deadline of Thu 22 Sep 2016"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 280)
                            if i != 201 and i != 268
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
