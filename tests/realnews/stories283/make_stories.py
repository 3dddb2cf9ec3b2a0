"""Builds stories.jsonl: the 283-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: fintech (e-payment launches, bank card and ATM outages,
digital wallets): the launch of Apple Pay in Saudi Arabia with the mada network (February 2019), the halt of
Egyptian banks' ATMs, apps and wallets on the night the clocks went back to winter time (October 2025), the
Central Bank of Sudan's suspension of Bank of Khartoum's iBOK corporate transfer app (July 2025), and the
Houthi ban on the new banknotes swapped for an "electronic rial" held in mobile wallets, with the traders'
strike and Aden's warning against "mobile money" (Yemen, December 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-apple-pay-launch-2019
S = "saudi-apple-pay-launch-2019"
LAUNCH = "2019-02-19"                           # mada's activation of Apple Pay, Tue 19 Feb 2019
BANKS = ("2019-02-19", "2019-02-21")            # the banks supporting the service at launch, as reported 19-20 Feb
art(S, "https://arabicpost.net/%d9%85%d9%86%d9%88%d8%b9%d8%a7%d8%aa/2019/02/19/%d8%a2%d8%a8%d9%84-%d8%aa%d8%b7%d9%84%d9%82-%d8%ae%d8%af%d9%85%d8%a9-%d8%a7%d9%84%d8%af%d9%81%d8%b9-apple-pay-%d9%81%d9%8a-%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9",
    "2019-02-19", "date in the URL '/2019/02/19/'; the embedded tweets on the page are dated 'February 19, 2019' (19 Feb 2019 was a Tuesday); headline rendered from the URL slug; the embedded tweets dropped; no date of its own in the text", False, """
آبل تطلق خدمة الدفع Apple Pay في السعودية
أفاد تقرير لموقع 9to5mac الأمريكي بأن شركة آبل أتاحت خدمة الدفع Apple Pay لعملائها في المملكة العربية السعودية.
وكانت تقارير قد لمّحت إلى هذه الخطوة لأول مرة خلال السبت 16 فبراير/شباط، غير أنها باتت مؤكدة الآن، إذ صار بوسع المستخدمين في السعودية إضافة البطاقات المتوافقة مع الخدمة إلى أجهزتهم.
وبحسب الموقع الأمريكي، فإن الخدمة مدعومة في المملكة عبر مصرفي الراجحي والرياض، فيما أكدت الشبكة السعودية للمدفوعات (مدى) أنها ستدعمها، ومن المحتمل أن تنضم مصارف أخرى.
وكانت آبل قد طرحت لأول مرة مسألة إطلاق Apple Pay في السعودية في أكتوبر/تشرين الأول الماضي، من دون أن تحدد موعدًا لذلك.
وفي نوفمبر/تشرين الثاني أُطلقت الخدمة في بلجيكا وكازاخستان.
وأشار الموقع إلى أن إضافة البطاقات بنجاح قد تتطلب بضع ساعات في أغلب حالات الإطلاق، وأن على المستخدم إعادة المحاولة إذا ظهرت له رسالة خطأ.
""", [
    ev("apple-pay-launch", "أتاحت خدمة الدفع Apple Pay لعملائها", LAUNCH, "no own expression; the launch confirmed on Tue 19 Feb 2019 (mada's tweet of February 19, 2019 on this page; whateverict's 'اليوم الثلاثاء')"),
    ev("first-hints", "لأول مرة خلال السبت 16 فبراير/شباط", "2019-02-16", "'السبت 16 فبراير/شباط' = Sat 16 Feb 2019"),
    ev("banks-support", "الخدمة مدعومة في المملكة عبر مصرفي الراجحي والرياض", BANKS[0], "no own expression; the banks supporting the service at launch, Tue 19 Feb 2019 (still so reported on Wed 20): my span 19-20 Feb", end=BANKS[1]),
    ev("mada-announcement", "أكدت الشبكة السعودية للمدفوعات (مدى) أنها ستدعمها", LAUNCH, "no own expression; mada's announcement of Tue 19 Feb 2019 (its tweet of February 19, 2019; whateverict's 'اليوم الثلاثاء')"),
    ev("apple-first-raised", "في أكتوبر/تشرين الأول الماضي", "2018-10-01", "'أكتوبر/تشرين الأول الماضي' from February 2019 = October 2018", end="2018-11-01"),
    ev("belgium-kazakhstan-launch", "وفي نوفمبر/تشرين الثاني أُطلقت الخدمة في بلجيكا وكازاخستان", "2018-11-01", "'نوفمبر/تشرين الثاني' after 'أكتوبر الماضي' = November 2018", end="2018-12-01"),
])
art(S, "https://whateverict.com/article.php?id=42&title=%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD..%2522%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%2522-%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD-%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD-%2522Apple-Pay%2522-%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD-%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD%25EF%25BF%25BD",
    "2019-02-19", "no stamp on the stored page: the body's 'اليوم الثلاثاء' for mada's activation of Apple Pay, which mada announced on Tue 19 Feb 2019 (its tweet of February 19, 2019 quoted by arabicpost; the arabicpost URL date) = Tue 19 Feb 2019; headline written from the body (the stored title is garbled); no date of its own in the text", False, """
«مدى» تفعّل خدمة Apple Pay في المملكة رسميًا
أعلنت الشبكة السعودية للمدفوعات "مدى"، اليوم الثلاثاء، تفعيل خدمة "Apple Pay" رسميًا في المملكة بالتعاون مع شركة أبل.
وبيّنت "مدى" أن البنوك التي تدعم الخدمة حاليا هي مصرف الراجحي والبنك الأهلي وبنك الرياض ومصرف الإنماء وبنك الجزيرة.
وشرحت أن إضافة البطاقة تتم بفتح تطبيق "Wallet" على أجهزة الآيفون وتسجيل البطاقة بمسح بياناتها الظاهرة، ثم إدخال رمز التحقق الذي يصل في رسالة نصية قصيرة.
وأوضحت أن حامل البطاقة لن يدفع أي رسوم مقابل استخدام Apple Pay داخل المملكة، بينما تخضع رسوم العمليات الدولية للاتفاقية المبرمة بين مصدر البطاقة وحاملها.
""", [
    ev("mada-announcement", "أعلنت الشبكة السعودية للمدفوعات \"مدى\"، اليوم الثلاثاء", LAUNCH, "'اليوم الثلاثاء' = Tue 19 Feb 2019"),
    ev("apple-pay-launch", "تفعيل خدمة \"Apple Pay\" رسميًا في المملكة", LAUNCH, "no own expression; the activation announced on Tue 19 Feb 2019"),
    ev("banks-support", "البنوك التي تدعم الخدمة حاليا", BANKS[0], "no own expression; the five banks supporting the service at launch, Tue 19 Feb 2019 (still so reported on Wed 20): my span 19-20 Feb", end=BANKS[1]),
])
art(S, "https://mail.copts-united.com/Article.php?A=439801&I=3642",
    "2019-02-20", "page date line '١٥:٠٢ م +02:00 EET الاربعاء ٢٠ فبراير ٢٠١٩' (the date kept as first line; 20 Feb 2019 was a Wednesday); an Al-Youm Al-Sabea item mirrored by copts-united; the rubric line and the tag list dropped", True, """
الاربعاء ٢٠ فبراير ٢٠١٩
أبل تطلق خدمة الدفع عبر آيفون في السعودية
سعيًا إلى توسيع انتشار خدماتها حول العالم، أتاحت شركة أبل خدمة "apple pay" في السعودية لأول مرة.
ونقلًا عن صحيفة سبق السعودية، باتت الخدمة في متناول المستخدمين في أنحاء المملكة العربية السعودية عبر مصرف الراجحي.
وتمكّن "apple pay" مستخدميها من الاستفادة من مزايا بطاقاتهم البنكية على أجهزة أبل المختلفة، سواء الآيفون أو الساعات الذكية أو الآيباد أو حواسيب MAC.
وأوضحت أبل أن بيانات بطاقة الشراء تظل آمنة لأنها لا تُخزَّن على الجهاز ولا تُشارك أثناء الدفع.
ويمكن إتمام الدفع ببصمة الإصبع عبر تقريب الآيفون من شاشة القارئ مع وضع الإصبع على "Touch ID"، أو عبر Face ID بالضغط مرتين على الزر الجانبي والنظر إلى الشاشة، أو بالطريقة ذاتها عبر Apple Watch.
""", [
    ev("apple-pay-launch", "أتاحت شركة أبل خدمة \"apple pay\" في السعودية لأول مرة", LAUNCH, "no own expression; the launch of Tue 19 Feb 2019 (mada's announcement of that day), reported on Wed 20"),
    ev("sabq-report", "ونقلًا عن صحيفة سبق السعودية", LAUNCH, "no own expression; Sabq's report of the launch, between the launch (Tue 19 Feb 2019) and this item (Wed 20): my span", end="2019-02-21"),
    ev("banks-support", "باتت الخدمة في متناول المستخدمين في أنحاء المملكة العربية السعودية عبر مصرف الراجحي", BANKS[0], "no own expression; the service available through Al Rajhi from its launch (Tue 19 Feb 2019) to this report (Wed 20): my span", end=BANKS[1]),
])
art(S, "https://tech3arabi.com/2019/02/20/apple-pay-%D9%85%D8%A7-%D8%A7%D9%84%D8%B0%D9%8A-%D8%AA%D9%88%D9%81%D8%B1%D9%87%D8%9F-%D9%83%D9%8A%D9%81%D9%8A%D8%A9-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%AE%D8%AF%D8%A7%D9%85-%D9%88%D8%A7%D9%84%D8%A3/?amp=1",
    "2019-02-20", "date in the URL '/2019/02/20/' (20 Feb 2019 was a Wednesday); the stored page has no date line; the last, truncated sentence ('وما على المستخدم إلا') dropped; no date of its own in the text", False, """
Apple Pay: ماذا تقدم وكيف تُستخدم وما الأجهزة المدعومة؟
أعلن عدد من البنوك دعمه خدمة Apple Pay في السعودية، وهي خدمة تسمح لمستخدمي أجهزة آبل بالدفع مباشرة في المتاجر وعلى الويب من دون حمل البطاقات البنكية.
وتفيد مصادر عدة بأن الخدمة تقبل الآن بطاقات Visa وMastercard الصادرة عن بنوك الراجحي والرياض والأهلي NBC، إضافة إلى مصرف الإنماء وبنك الجزيرة.
وذكرت بنوك أخرى، مثل البنك السعودي الفرنسي وبنك ساب، أنها تعمل على إتاحة الخدمة قريبا.
وتمكّن الخدمة من الشراء عبر هواتف آيفون أو ساعة آبل أو غيرها من الأجهزة المدعومة في المتاجر حول العالم وداخل التطبيقات وعلى الويب، كما تتيح إرسال المال عبر تطبيق الرسائل، وإن لم يتأكد بعد توافر هذه الميزة في السعودية.
وتؤمَّن عمليات الشراء ببصمة الإصبع أو ببصمة الوجه Face ID، ما يجعل الدفع أكثر أمانًا وسهولة من استخدام البطاقات.
""", [
    ev("banks-support", "أعلن عدد من البنوك دعمه خدمة Apple Pay في السعودية", BANKS[0], "no own expression; the banks' announcements at the launch, Tue 19 - Wed 20 Feb 2019: my span", end=BANKS[1]),
    ev("apple-pay-launch", "الخدمة تقبل الآن بطاقات Visa وMastercard", LAUNCH, "no own expression ('الآن' is the report's time); the service live since its launch on Tue 19 Feb 2019"),
    ev("other-banks-preparing", "أنها تعمل على إتاحة الخدمة قريبا", "2019-02-19", "no own expression; the other banks' statements at the launch, up to this report (Wed 20 Feb 2019): my span", end="2019-02-21"),
])

# ---------------------------------------------------------------- egypt-banks-winter-time-digital-halt-2025
S = "egypt-banks-winter-time-digital-halt-2025"
NIGHT = ("2025-10-30", "2025-11-01")            # the night of Thu 30 -> Fri 31 Oct 2025 (11 pm summer time to the early hours)
SMS = ("2025-10-28", "2025-10-31")              # the banks' SMS notices, sent before and up to Thu 30 Oct
art(S, "https://winnersegy.com/2025/10/29/%D8%A8%D9%86%D9%88%D9%83-%D8%AA%D8%AE%D8%B7%D8%B1-%D8%B9%D9%85%D9%84%D8%A7%D8%A6%D9%87%D8%A7-%D8%A8%D8%AA%D8%AD%D8%AF%D9%8A%D8%AB-%D8%A7%D9%84%D8%A3%D9%86%D8%B8%D9%85%D8%A9-%D8%A8%D8%B3%D8%A8%D8%A8",
    "2025-10-29", "date in the URL '/2025/10/29/' and the body's 'غدا الخميس 30 أكتوبر 2025' and headline's 'غداً' (29 Oct 2025 was a Wednesday); the subtitle line and the last, truncated sentence dropped; no date of its own in the text", False, """
بنوك تخطر عملاءها بتحديث أنظمتها بسبب تأخير الساعة غداً
تتأهب البنوك المصرية لتطبيق التوقيت الشتوي رسميًا بدءاً من منتصف ليل الخميس 30 أكتوبر 2025، عبر تحديث أنظمتها التشغيلية، وهو ما قد ينعكس على بعض الخدمات التي تقدمها للعملاء.
وأعلنت مجموعة من البنوك أنها ستجري تحديثات على أنظمتها بسبب بدء التوقيت الشتوي، وتبلغ عملاءها بذلك عبر الرسائل القصيرة SMS.
وشرعت بنوك حكومية وخاصة في إرسال رسائل نصية إلى عملائها تخطرهم بأعمال التحديث المقررة غدا الخميس 30 أكتوبر 2025، من الساعة 11 مساءً بالتوقيت الصيفي حتى الجمعة 31 أكتوبر الساعة 3 صباحًا بالتوقيت الشتوي.
وأوضحت البنوك في رسائلها أن التحديث قد يوقف مؤقتًا بعض الخدمات المصرفية الإلكترونية خلال تلك الساعات، ومنها الإنترنت البنكي والمحفظة الإلكترونية وتطبيقات الهاتف المحمول وماكينات الصراف الآلي (ATM).
""", [
    ev("winter-time-start", "بدءاً من منتصف ليل الخميس 30 أكتوبر 2025", NIGHT[0], "'منتصف ليل الخميس 30 أكتوبر 2025' = the midnight ending Thu 30 Oct 2025: span Thu 30 - Fri 31 Oct", end=NIGHT[1]),
    ev("sms-notices", "وشرعت بنوك حكومية وخاصة في إرسال رسائل نصية", SMS[0], "no own expression; the SMS notices sent in the days before the change, up to Thu 30 Oct 2025: my span 28-30 Oct", end=SMS[1]),
    ev("system-update", "أعمال التحديث المقررة غدا الخميس 30 أكتوبر 2025", NIGHT[0], "'غدا الخميس 30 أكتوبر 2025' from Wed 29, from 11 pm to 3 am on 'الجمعة 31 أكتوبر': span Thu 30 - Fri 31 Oct 2025", end=NIGHT[1]),
    ev("services-halt", "قد يوقف مؤقتًا بعض الخدمات المصرفية الإلكترونية خلال تلك الساعات", NIGHT[0], "no own expression; 'خلال تلك الساعات' = 11 pm Thu 30 to 3 am Fri 31 Oct 2025: span", end=NIGHT[1]),
])
art(S, "https://www.masrtimes.com/612196",
    "2025-10-29", "page date line 'الأربعاء 29/أكتوبر/2025 - 04:38 م' (kept as first line; 29 Oct 2025 was a Wednesday); 'عاجل|' dropped from the headline; captions and the last, truncated sentence dropped", True, """
الأربعاء 29/أكتوبر/2025 - 04:38 م
استعدادًا للتوقيت الشتوي.. البنوك تحدّث أنظمتها التشغيلية وتنصح العملاء
أعلنت بنوك عدة في مصر أنها ستحدّث أنظمتها الإلكترونية تمهيدًا للعودة إلى التوقيت الشتوي في نهاية شهر أكتوبر 2025.
ونبّهت البنوك عملاءها إلى أن بعض الخدمات المصرفية قد تتوقف مؤقتًا خلال فترة التحديث، ومنها تطبيقات الموبايل البنكي والإنترنت البنكي وماكينات الصراف الآلي (ATM).
وتبعث البنوك رسائل نصية أو إشعارات إلى عملائها تعلمهم فيها بموعد التحديث وباحتمال تأثر بعض الخدمات.
ويبدأ العمل بالتوقيت الشتوي في مصر في منتصف ليل الخميس 30 أكتوبر 2025، إذ تؤخَّر الساعة 60 دقيقة لتصبح 11:00 مساءً بدلًا من 12:00 منتصف الليل.
ومن المتوقع أن تتعطل بعض الخدمات الإلكترونية خلال فترة التحديث.
""", [
    ev("system-update", "ستحدّث أنظمتها الإلكترونية تمهيدًا", NIGHT[0], "no own expression; the update on the night of the change (11 pm Thu 30 to the early hours of Fri 31 Oct 2025, the other reports): span", end=NIGHT[1]),
    ev("services-halt", "بعض الخدمات المصرفية قد تتوقف مؤقتًا خلال فترة التحديث", NIGHT[0], "no own expression; during the update, the night of Thu 30 - Fri 31 Oct 2025: span", end=NIGHT[1]),
    ev("sms-notices", "وتبعث البنوك رسائل نصية أو إشعارات إلى عملائها", SMS[0], "no own expression; the notices of the days before the change, up to Thu 30 Oct 2025: my span 28-30 Oct", end=SMS[1]),
    ev("winter-time-start", "في منتصف ليل الخميس 30 أكتوبر 2025", NIGHT[0], "'منتصف ليل الخميس 30 أكتوبر 2025' = the midnight ending Thu 30 Oct 2025 ('نهاية شهر أكتوبر 2025'): span Thu 30 - Fri 31 Oct", end=NIGHT[1]),
])
art(S, "https://www.elbalad.news/6749727",
    "2025-10-30", "stamp 'date 2025-10-30' at the head of the stored page; the body states 'مساء اليوم الخميس 30 أكتوبر 2025' (30 Oct 2025 was a Thursday); headline written from the body's subheading; the site furniture and the byline dropped; the last sentence cut where the stored text breaks off", True, """
توقف مؤقت لخدمات البنوك الليلة بسبب التوقيت الشتوي
أعلنت البنوك العاملة في مصر، وعددها 36 بنكًا، أنها ستنفذ تحديثات واسعة لأنظمتها الإلكترونية مساء اليوم الخميس 30 أكتوبر 2025، تزامنًا مع انتهاء التوقيت الصيفي وبدء تطبيق التوقيت الشتوي رسميًا عند منتصف الليل.
وأكدت البنوك أن هذه التحديثات ستوقف مؤقتًا بعض الخدمات المصرفية لعدة ساعات خلال الانتقال من الصيفي إلى الشتوي، ومنها ماكينات الصراف الآلي (ATM) وتطبيقات الموبايل البنكي والإنترنت البنكي والمحافظ الإلكترونية البنكية.
وبعثت البنوك رسائل نصية SMS إلى عملائها أوضحت فيها أن التوقيت الصيفي ينتهي في تمام الساعة 11:59 مساء اليوم الخميس، وأن أعمال التحديث تبدأ من الساعة 11 مساءً بالتوقيت الصيفي وتمتد حتى الساعات الاولى من صباح الجمعة 31 أكتوبر 2025 بالتوقيت الشتوي.
وخلال هذه الفترة ستتأثر التحويلات البنكية وعمليات السحب والإيداع عبر الـATM وبعض المعاملات الإلكترونية الحساسة.
""", [
    ev("system-update", "تحديثات واسعة لأنظمتها الإلكترونية مساء اليوم الخميس 30 أكتوبر 2025", NIGHT[0], "'مساء اليوم الخميس 30 أكتوبر 2025' into the early hours of Fri 31 Oct: span Thu 30 - Fri 31 Oct 2025", end=NIGHT[1]),
    ev("winter-time-start", "بدء تطبيق التوقيت الشتوي رسميًا عند منتصف الليل", NIGHT[0], "'عند منتصف الليل' of Thu 30 Oct 2025 (the midnight ending that day): span Thu 30 - Fri 31 Oct", end=NIGHT[1]),
    ev("services-halt", "ستوقف مؤقتًا بعض الخدمات المصرفية لعدة ساعات", NIGHT[0], "no own expression; the hours of the update, 11 pm Thu 30 to the early hours of Fri 31 Oct 2025: span", end=NIGHT[1]),
    ev("sms-notices", "وبعثت البنوك رسائل نصية SMS إلى عملائها", SMS[0], "no own expression; notices sent before and up to Thu 30 Oct 2025: my span 28-30 Oct", end=SMS[1]),
    ev("services-return", "حتى الساعات الاولى من صباح الجمعة 31 أكتوبر 2025", "2025-10-31", "'الساعات الاولى من صباح الجمعة 31 أكتوبر 2025' = Fri 31 Oct 2025 (end of the update, services back)"),
])
art(S, "https://www.alshbaka.net/egypt/290037.html",
    "2025-10-30", "no stamp on the stored page: the body states 'الساعة 11 مساءً اليوم الخميس 30 أكتوبر 2025' (30 Oct 2025 was a Thursday) = Thu 30 Oct 2025; headline written from the body; the subheadings and the last, truncated sentence dropped", True, """
البنوك توقف بعض خدماتها الإلكترونية مؤقتًا مع بدء التوقيت الشتوي
أعلن عدد من البنوك العاملة في مصر توقفًا مؤقتًا لبعض الخدمات البنكية الإلكترونية، ومنها المحافظ الإلكترونية وماكينات الصراف الآلي (ATM)، بدءًا من الساعة 11 مساءً اليوم الخميس 30 أكتوبر 2025 وحتى فجر الجمعة 31 أكتوبر.
ويهدف التوقف إلى إجراء تحديثات فنية دورية على الأنظمة تزامنًا مع بدء العمل بالتوقيت الشتوي في البلاد.
وتندرج هذه الخطوة في عملية فنية مجدولة لتحديث أنظمة التشغيل والتوقيت الداخلي للبنوك بما يتلاءم مع الانتقال الرسمي إلى التوقيت الشتوي، الذي يبدأ في منتصف ليل الخميس وفق قرار مجلس الوزراء المصري.
وقد يجد بعض المستخدمين خلال ساعات التوقف صعوبة مؤقتة في إجراء التحويلات المالية أو السحب النقدي أو دفع الفواتير والمشتريات الإلكترونية.
ومع أن فترة التوقف قصيرة ومحددة مسبقًا، دعت البنوك العملاء إلى تجنب أي معاملات عاجلة خلال هذه الساعات.
""", [
    ev("services-halt", "بدءًا من الساعة 11 مساءً اليوم الخميس 30 أكتوبر 2025 وحتى فجر الجمعة 31 أكتوبر", NIGHT[0], "'الساعة 11 مساءً اليوم الخميس 30 أكتوبر 2025' to 'فجر الجمعة 31 أكتوبر': span Thu 30 - Fri 31 Oct 2025", end=NIGHT[1]),
    ev("system-update", "إجراء تحديثات فنية دورية على الأنظمة", NIGHT[0], "no own expression; the update of that night (Thu 30 - Fri 31 Oct 2025): span", end=NIGHT[1]),
    ev("winter-time-start", "الذي يبدأ في منتصف ليل الخميس", NIGHT[0], "'منتصف ليل الخميس' = the midnight ending Thu 30 Oct 2025: span Thu 30 - Fri 31 Oct", end=NIGHT[1]),
    ev("banks-advice", "دعت البنوك العملاء إلى تجنب أي معاملات عاجلة", "2025-10-29", "no own expression; the banks' advice given in the notices before the halt, reported on Thu 30 Oct 2025: my span 29-30 Oct", end="2025-10-31"),
])

# ---------------------------------------------------------------- sudan-bank-of-khartoum-ibok-suspension-2025
S = "sudan-bank-of-khartoum-ibok-suspension-2025"
SUSPENSION = "2025-07-22"                       # the Central Bank's payment-systems letter, Tue 22 Jul 2025
MISUSE = ("2024-12-01", "2025-07-23")           # iBOK (launched December 2024) used for currency speculation until its suspension
art(S, "https://www.klyoum.com/sudan-news/ar/51-%D8%AE%D8%A7%D8%B5-%D9%84%D9%85%D8%A7%D8%B0%D8%A7-%D8%A3%D9%88%D9%82%D9%81-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2%D9%8A-%D8%AA%D8%AD%D9%88%D9%8A%D9%84%D8%A7%D8%AA-iBOK-?d=%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1+%D9%85%D8%B5%D8%B1&p=egypt-news",
    "2025-07-23", "page date line 'نشر بتاريخ: ٢٣ تموز ٢٠٢٥' (kept as first line; 23 Jul 2025 was a Wednesday); a Nabd al-Sudan item on the klyoum aggregator; headline rendered from the URL; the subheadings and byline dropped; the last sentence cut where the stored text breaks off ('3200 جنيه سودا...')", True, """
نشر بتاريخ: ٢٣ تموز ٢٠٢٥
لماذا أوقف المركزي تحويلات iBOK؟
قرر بنك السودان المركزي إيقاف خدمة التحويلات المالية الفورية عبر تطبيق iBOK التابع لبنك الخرطوم، سعيًا إلى كبح تجارة العملة وضبط التعاملات المالية الجارية عبر النظام المصرفي.
وقال مصدر مطلع في البنك المركزي، في تصريح خاص لـ(نبض السودان)، إن القرار جاء بالتعاون بين بنك السودان المركزي وبنك الخرطوم، بهدف ضبط تجاوزات بعض الشركات التي حوّلت عبر الخدمة مبالغ ضخمة خارج الإطار المشروع ووظّفتها في تجارة الدولار على نطاق واسع.
وأضاف المصدر أن التطبيق، المصمم أساسًا لخدمة عملاء الشركات لدى بنك الخرطوم، تعرض خلال الفترة الماضية لاستغلال غير مشروع، إذ نُفذت عبره تحويلات لحظية ضخمة استُخدمت في شراء العملات الأجنبية ولا سيما الدولار، ما دفع سعر صرفه أمام الجنيه السوداني إلى مستويات غير مسبوقة.
وأشار المصدر إلى أن سعر الدولار قفز قفزة كبيرة يوم الأربعاء، حين بلغ 3200 جنيه سوداني.
""", [
    ev("ibok-suspension", "قرر بنك السودان المركزي إيقاف خدمة التحويلات المالية الفورية", SUSPENSION, "no own expression; the payment-systems directorate's letter dated 22 Jul 2025 (sdnlive; 'الأول من أمس الثلاثاء' in sawtalwihda) = Tue 22 Jul 2025"),
    ev("source-statement", "في تصريح خاص لـ(نبض السودان)", "2025-07-23", "no own expression; the source's statement for this item of Wed 23 Jul 2025 (the page date)"),
    ev("speculation-transfers", "تعرض خلال الفترة الماضية لاستغلال غير مشروع", MISUSE[0], "'خلال الفترة الماضية': from the service's launch in December 2024 (alrayanews, khartoumnews) to its suspension on 22 Jul 2025: my span", end=MISUSE[1]),
    ev("dollar-3200", "قفز قفزة كبيرة يوم الأربعاء", "2025-07-23", "'يوم الأربعاء' = Wed 23 Jul 2025 (the page date)"),
])
art(S, "https://alzaawia.net/105176",
    "2025-07-24", "no stamp on the stored page: the bank's notice quoted for 'الفترة المسائية لليوم الخميس الموافق 24 يوليو' (this very day's evening) and the dollar price compared with 'تعاملات الثلاثاء 22 يوليو' put the item on Thu 24 Jul 2025 (a Thursday); headline written from the body; 'متابعات- الزاوية نت-' and the subheading dropped; the last sentence cut where the stored text breaks off; no full date of its own in the text", False, """
بنك الخرطوم يغلق فروعه مؤقتًا بعد إيقاف تطبيق iBOK
أعلن بنك الخرطوم إغلاق فروعه مؤقتًا في "الفترة المسائية لليوم الخميس الموافق 24 يوليو، وكامل ساعات العمل ليوم السبت الموافق 26 يوليو 2025م"، لإجراء أعمال صيانة عاجلة تضمن استمرار خدماته بكفاءة وأمان.
وأوضح البنك في تنويه أن عملاءه يستطيعون إنجاز معاملاتهم خلال هذه الفترة عبر تطبيق "بنكك" وسائر القنوات الإلكترونية.
وكان بنك السودان المركزي قد أصدر قرارًا بإيقاف تطبيق (ibok) التابع لبنك الخرطوم من دون أن يوضح أسبابه، فيما لزم بنك الخرطوم الصمت، غير أن مصادر أكدت أن الإيقاف جاء بسبب استخدام التطبيق في المضاربة بالعملة الأجنبية، ما رفع أسعار العملات بقوة وهوى بالجنيه السوداني إلى مستويات قياسية.
وكان للقرار أثر مباشر، إذ أفاد متعاملون في السوق الموازي بأن سعر الدولار تراجع إلى 3.130 ألف جنيه، مقارنة بـ3.300 ألف جنيه في تعاملات الثلاثاء 22 يوليو.
وأثارت خطوة إغلاق التطبيق تساؤلات بين المختصين، إذ رأى مبارك أردول، المدير العام السابق لشركة الموارد المعدنية، أن المعالجة التي طُرحت قبل يومين بوقف التحويلات الإلكترونية لن توقف التدهور الحاد في سعر الصرف.
""", [
    ev("branch-closure-thursday", "الفترة المسائية لليوم الخميس الموافق 24 يوليو", "2025-07-24", "'الخميس الموافق 24 يوليو' (2025) = Thu 24 Jul 2025"),
    ev("branch-closure-saturday", "وكامل ساعات العمل ليوم السبت الموافق 26 يوليو 2025م", "2025-07-26", "'السبت الموافق 26 يوليو 2025م' = Sat 26 Jul 2025"),
    ev("ibok-suspension", "قد أصدر قرارًا بإيقاف تطبيق (ibok)", SUSPENSION, "no own expression here ('قبل يومين' from Thu 24 in Ardol's words agrees); the letter of Tue 22 Jul 2025"),
    ev("dollar-fall", "سعر الدولار تراجع إلى 3.130 ألف جنيه", "2025-07-23", "no own expression; the fall after the decision, between Wed 23 and this report (Thu 24 Jul 2025): my span", end="2025-07-25"),
    ev("dollar-3300", "في تعاملات الثلاثاء 22 يوليو", "2025-07-22", "'الثلاثاء 22 يوليو' (2025) = Tue 22 Jul 2025"),
])
art(S, "https://sawtalwihda.com/category/%d8%a5%d9%82%d8%aa%d8%b5%d8%a7%d8%af",
    "2025-07-24", "the stored page is the site's economy section, headed by Omar al-Naeem Omar's analysis; no stamp: the body's 'اليوم الاول من امس الثلاثاء' for the Central Bank's decision, which is dated Tue 22 Jul 2025 (the letter, sdnlive; klyoum of 23 Jul) = Thu 24 Jul 2025; headline taken from the piece's subtitle; the author line and the last, truncated paragraph dropped; no date of its own in the text", False, """
قرار إيقاف "iBOK".. هل يكبح تدهور الجنيه السوداني؟
في خطوة مفاجئة، أعلن بنك السودان المركزي اليوم الاول من امس الثلاثاء إيقاف خدمة التحويلات المالية عبر تطبيق "iBOK" التابع لبنك الخرطوم، والمخصص للشركات الكبرى والمصانع وكبار التجار.
ويأتي القرار في ظرف حساس تمر به البلاد، بعدما خسر الجنيه السوداني نحو ثلث قيمته خلال أقل من أسبوع، في تدهور حاد يعكس اشتداد أزمة النقد الأجنبي وتراجع الثقة في النظام المالي الرسمي.
وكان التطبيق في الأشهر الماضية أداة تحويل سريعة بسقف يومي مرتفع يبلغ تريليون جنيه، ما جعله الوسيلة المفضلة للشركات وكبار التجار لتحريك الأموال داخليًا، وأحيانًا خارجيًا عبر التحويلات غير الرسمية (المقاصة).
ومع ضعف الرقابة على وجهة هذه التحويلات، تحوّل التطبيق إلى منفذ غير مباشر للمضاربة في سوق العملات، وأسهم في زيادة الطلب على الدولار بعيدًا عن أعين البنك المركزي.
ومن الناحية الاقتصادية، فإن أي أداة تسمح بضخ سيولة ضخمة في السوق من دون ضوابط صارمة قد تصبح محفزًا مباشرًا لارتفاع سعر الدولار.
""", [
    ev("ibok-suspension", "أعلن بنك السودان المركزي اليوم الاول من امس الثلاثاء", SUSPENSION, "'اليوم الاول من امس الثلاثاء' (= the day before yesterday, Tuesday) from Thu 24 = Tue 22 Jul 2025"),
    ev("pound-loses-third", "خسر الجنيه السوداني نحو ثلث قيمته خلال أقل من أسبوع", "2025-07-17", "'خلال أقل من أسبوع' before Thu 24 Jul 2025: my span 17-24 Jul", end="2025-07-25"),
    ev("ibok-corporate-use", "وكان التطبيق في الأشهر الماضية أداة تحويل سريعة", MISUSE[0], "'في الأشهر الماضية': from the service's launch in December 2024 to its suspension on 22 Jul 2025: my span", end=MISUSE[1]),
    ev("speculation-transfers", "تحوّل التطبيق إلى منفذ غير مباشر للمضاربة في سوق العملات", MISUSE[0], "no own expression; the months of use before the suspension (December 2024 - 22 Jul 2025): my span", end=MISUSE[1]),
])

# ---------------------------------------------------------------- yemen-houthi-electronic-rial-2019
S = "yemen-houthi-electronic-rial-2019"
BAN = ("2019-12-15", "2019-12-20")              # the Houthi ban on the new notes: decided in mid-December, in force from Thu 19 Dec 2019
SCHEME = ("2019-12-18", "2019-12-20")           # the Sanaa bank's statement of Wed 18 Dec 2019 on the swap for e-money in mobile wallets, from 19 Dec
WINDOW = ("2019-12-19", "2020-01-19")           # the 30-day swap window, 19 Dec 2019 - 18 Jan 2020
art(S, "https://almashhadalaraby.com/amp/146735",
    "2019-12-24", "page date line 'الثلاثاء 24 ديسمبر 2019 01:43:00' (kept as first line; 24 Dec 2019 was a Tuesday); the author line dropped; the last sentence cut where the stored text breaks off ('100 ألف ريال ي...')", True, """
الثلاثاء 24 ديسمبر 2019 01:43:00
الريال الإلكتروني.. نهب حوثي لثروات اليمنيين
فجأة ومن دون تمهيد، منعت مليشيا الحوثي في صنعاء والمناطق الواقعة تحت سيطرتها تداول العملة المحلية الصادرة عن البنك المركزي اليمني، وفرضت استبدالها بـ"الريال الإلكتروني".
ويعني ذلك أن أموال المواطنين باتت كالسراب، بينما يُجبرون على التعامل بعملة جديدة لا تُعرف قيمتها في الأسواق العالمية.
ويُنظر إلى القرار على أنه نهب مباشر لثروات اليمنيين، بعدما استنفدت المليشيات كل أساليب الاستيلاء على أموال المواطنين.
وألزمت المليشيا البنوك وشركات الصرافة في صنعاء ومناطق سيطرتها بعدم التعامل بالعملة الرسمية الصادرة عن البنك المركزي، وطالبت من يملكون أموالاً من الطبعات الجديدة بتسليمها خلال مدة شهر مقابل النقد الإلكتروني.
واللافت أنها دعت المواطنين إلى تسليم العملة الجديدة للبنك الخاضع لها في صنعاء واستبدالها بما يقابل 100 ألف ريال.
""", [
    ev("houthi-ban", "منعت مليشيا الحوثي في صنعاء والمناطق الواقعة تحت سيطرتها تداول العملة المحلية", BAN[0], "no own expression; the ban decided in mid-December 2019 and enforced from Thu 19 Dec (the Sanaa bank's statement of Wed 18 Dec, elghadelyemeny): my span 15-19 Dec", end=BAN[1]),
    ev("e-rial-launch", "وفرضت استبدالها بـ\"الريال الإلكتروني\"", SCHEME[0], "no own expression; the swap for e-money through the mobile-wallet agents announced on Wed 18 Dec 2019 and opened on Thu 19 Dec: my span", end=SCHEME[1]),
    ev("exchangers-ordered", "وألزمت المليشيا البنوك وشركات الصرافة", BAN[0], "no own expression; part of the ban of mid-December 2019: my span 15-19 Dec", end=BAN[1]),
    ev("swap-window", "بتسليمها خلال مدة شهر", WINDOW[0], "'خلال مدة شهر': the 30 days from 19 Dec 2019 to 18 Jan 2020 (the Sanaa bank's statement; the deadline ended Sat 18 Jan 2020, yemeress)", end=WINDOW[1]),
])
art(S, "https://yemen-press.com/news109249.html",
    "2019-12-26", "page date line 'الخميس, 26 ديسمبر, 2019 11:20:00 صباحاً' (kept as first line; 26 Dec 2019 was a Thursday); the newsletter box, the repeated headline, the photo link and '*يمن برس - متابعة خاصة' dropped; the quoted statement re-worded as reported speech", True, """
الخميس, 26 ديسمبر, 2019 11:20:00 صباحاً
إضراب شامل للتجار اليمنيين احتجاجًا على منع الحوثيين تداول العملة الجديدة
أعلنت نقابة التجار اليمنيين، الأربعاء، إضرابًا شاملًا يبدأ مطلع الشهر القادم، 1 يناير 2020م، ردًا على قرار ميليشيا الحوثي منع تداول العملة النقدية الجديدة وحيازتها في مناطق سيطرتها.
ورأت النقابة في بيانها أن حظر تداول الفئات النقدية من الطبعة الجديدة للعملة الوطنية وحيازتها "خنق للمواطنين في مناطق سيطرة الحوثيين".
وحذرت من أن القرار قد يدفع الأطراف الأخرى إلى خطوات مماثلة، بما يعني انقسام المجتمع اليمني اقتصاديًا تمهيدًا لانفصال سياسي وجغرافي، لأن الاقتصاد ما يزال أحد مظاهر الوحدة.
وأشار البيان إلى أن الموظفين الذين يتقاضون رواتبهم من حكومة عبدربه منصور هادي لن يتمكنوا من إنفاقها في مناطق الحوثيين.
وأضاف أنه لو قُدّر عدد هؤلاء بمئة ألف فقط، فإنهم يعيلون مئة ألف أسرة من ستة أفراد، ما يعني حرمان ستمئة ألف يمني من قوتهم.
""", [
    ev("traders-strike-call", "أعلنت نقابة التجار اليمنيين، الأربعاء", "2019-12-25", "'الأربعاء' before Thu 26 Dec 2019 = Wed 25 Dec 2019"),
    ev("strike-start", "مطلع الشهر القادم، 1 يناير 2020م", "2020-01-01", "'1 يناير 2020م' (a Wednesday)"),
    ev("houthi-ban", "قرار ميليشيا الحوثي منع تداول العملة النقدية الجديدة", BAN[0], "no own expression; the ban of mid-December 2019, in force from Thu 19 Dec: my span 15-19 Dec", end=BAN[1]),
])
art(S, "https://www.pakistanpoint.com/ar/news/yemen/story-798976.html",
    "2019-12-30", "dateline '(پاکستان پوائنٹ نیوز / سبوتنيك - 30 ديسمبر 2019ء)' on the stored page (a Sputnik item; 30 Dec 2019 was a Monday) with the body's 'اليوم الاثنين'; the dateline dropped from the text; the last, truncated sentence dropped; no date of its own in the text", False, """
المصرف المركزي اليمني يحذر من التعامل مع النقد الإلكتروني لـ"أنصار الله"
حذّر المصرف المركزي اليمني في العاصمة المؤقتة عدن، اليوم الاثنين، من التعامل مع خدمة النقد الإلكتروني (موبايل موني) التي أطلقتها جماعة أنصار الله "الحوثيين" في مناطقها لتحل محل الإصدارات الجديدة من العملة التي طبعتها الحكومة.
وقال المصرف في بيان إن ما يسمى (موبايل موني) خدمة غير مرخصة ولا تتمتع بأي صفة قانونية، محذرًا البنوك وشركات الصرافة من التعامل معها.
وأضاف أنه سيتخذ الإجراءات القانونية بحق المخالفين، حمايةً لما يملكه المواطنون من أوراق نقدية جديدة أو قديمة.
وأشار إلى أن منع الحوثيين تداول العملة الجديدة يعرقل جهود البنك المركزي في عدن لصرف المرتبات في المناطق غير المحررة.
وشدد على أن كل الأوراق النقدية الوطنية بجميع فئاتها المصدرة والمتداولة وفق قانون البنك المركزي عملة قانونية ملزمة بقيمتها كوسيلة دفع في كل المعاملات داخل البلاد.
""", [
    ev("aden-warning", "حذّر المصرف المركزي اليمني في العاصمة المؤقتة عدن، اليوم الاثنين", "2019-12-30", "'اليوم الاثنين' = Mon 30 Dec 2019 (the page's dateline)"),
    ev("e-rial-launch", "التي أطلقتها جماعة أنصار الله", SCHEME[0], "no own expression; the e-money swap through mobile wallets announced on Wed 18 Dec 2019 and opened on Thu 19 Dec: my span", end=SCHEME[1]),
    ev("houthi-ban", "منع الحوثيين تداول العملة الجديدة", BAN[0], "no own expression; the ban of mid-December 2019, in force from Thu 19 Dec: my span 15-19 Dec", end=BAN[1]),
])
art(S, "https://voicnews.com/new/130956",
    "2019-12-31", "page date line 'Tuesday 31 December 2019 الساعة 12:30 am' (kept as first line; 31 Dec 2019 was a Tuesday); 'صوت اليمن_متابعات: أخبار الوطن' dropped; the last, truncated sentence dropped", True, """
Tuesday 31 December 2019 الساعة 12:30 am
الحوثيون يعلنون حالة طوارئ بعد إعلان هام للتجار
أعلن التجار اليمنيون في العاصمة صنعاء وسائر المحافظات الخاضعة لسيطرة ميليشيا الحوثي الدخول في حالة عصيان وإضراب شامل.
وأكدت نقابة التجار اليمنيين أنها تبدأ الأربعاء 1 يناير 2020 إضرابًا مفتوحًا احتجاجًا على قرار الميليشيات منع تداول العملة النقدية الجديدة ومصادرتها واستبدالها.
وطالبت النقابة، في بيان صحفي، بنك صنعاء الخاضع للحوثيين بمراجعة قراراته بشأن العملة المحلية الجديدة لأنها منتشرة في السوق بمبالغ هائلة، واقترحت حلولًا منها أن تطبع حكومة الميليشيا غير المعترف بها عملة جديدة وتستبدلها فوراً من التجار والأفراد.
وشددت على أن استبدال التاجر للعملة الجديدة بالريال الالكتروني ليس حلًا، لأنه يحتاج إلى الأموال للاستيراد.
وكانت الميليشيات قد أصدرت في وقت سابق قرارًا بمصادرة العملة النقدية الجديدة في مناطقها واستبدالها بالريال الإلكتروني خلال ثلاثين يوما، غير أن المواطنين رفضوه رفضًا تامًا.
""", [
    ev("strike-start", "تبدأ الأربعاء 1 يناير 2020 إضرابًا مفتوحًا", "2020-01-01", "'الأربعاء 1 يناير 2020' = Wed 1 Jan 2020"),
    ev("traders-strike-call", "وطالبت النقابة، في بيان صحفي", "2019-12-25", "no own expression; the union's statement of Wed 25 Dec 2019 (yemen-press: 'الأربعاء'; the same text in freedom-ye and al-ahrar)"),
    ev("houthi-ban", "قد أصدرت في وقت سابق قرارًا بمصادرة العملة النقدية الجديدة", BAN[0], "'في وقت سابق': the ban of mid-December 2019, in force from Thu 19 Dec: my span 15-19 Dec", end=BAN[1]),
    ev("swap-window", "بالريال الإلكتروني خلال ثلاثين يوما", WINDOW[0], "'خلال ثلاثين يوما': 19 Dec 2019 - 18 Jan 2020 (the Sanaa bank's statement)", end=WINDOW[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 283
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
