"""Builds stories.jsonl: the 349-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: transport and dockers' strikes: taxi, truck, bus and
train drivers' and port workers' strikes, their start, talks and end.
Stories: the national strike of Morocco's road-transport professionals over fuel prices (Morocco, March 2022),
the dockers' strike at Port Sudan's South Container Terminal against the concession to the Philippine ICTSI
(Sudan, January 2019), the two-day strike of Tunisia's railway workers over the closed line 13 (Tunisia,
April 2019), the strike of Iraq's truck drivers over checkpoints, levies and port procedures (Iraq,
September 2025), and the two-day strike of Nouakchott's taxi and transport operators against the new traffic
code (Mauritania, May 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-transport-fuel-strike-2022
S = "morocco-transport-fuel-strike-2022"
CALL = "2022-02-24"                        # the coordination of road-transport unions called the 72-hour strike on Thu 24 Feb 2022
START = "2022-03-07"                       # the strike began on Mon 7 Mar 2022 (72 hours, 'قابلة للتمديد')
INTERIOR = "2022-03-08"                    # the Interior ministry's statement, Tue 8 Mar 2022
EXTEND = "2022-03-09"                      # the five unions extended the strike by two days on Wed 9 Mar 2022
STRIKE = ("2022-03-07", "2022-03-12")      # the strike, Mon 7 - Fri 11 Mar 2022 (three days and the two-day extension)
SUPPORT = "2022-03-15"                     # the government's meeting and support decision, Tue 15 Mar 2022
art(S, "https://achewa9e3.com/135838.html",
    "2022-03-08", "page date line 'آش واقع تيفي الثلاثاء 8 مارس 2022 - 16:11' (kept without the outlet's name; 8 Mar 2022 was a Tuesday); the repeated outlet name and the 'follow us' lines dropped; headline kept from the page (reworded)", True, """
بعد إضراب قطاع النقل.. الداخلية تدخل على الخط وتعلن ما قامت به
الثلاثاء 8 مارس 2022 - 16:11
أفاد بلاغ صادر عن وزارة الداخلية بأن السلطات الترابية والمصالح الأمنية اتخذت جميع التدابير والإجراءات الضرورية لتأمين تنقل الأشخاص والبضائع بحرية تامة، حرصا على حسن سير مرفق النقل في مجموع التراب الوطني، مع التعامل بكل حزم وصرامة مع أي محاولة تمس بالأمن والنظام العامين أو بحقوق غير المضربين أو تعرقل العمل بهذا المرفق.
وبعدما أشارت الوزارة إلى دعوة عدد من مهنيي قطاع النقل إلى خوض إضراب في القطاع ابتداء من يوم الإثنين 7 مارس 2022، أكدت أن الإضراب حق يضمنه الدستور، مشددة على أن ممارسة هذا الحق تظل مقرونة بعدم المساس بحرية العمل والتنقل.
""", [
    ev("interior-ministry-statement", "أفاد بلاغ صادر عن وزارة الداخلية", INTERIOR, "no own expression; the statement of Tue 8 Mar 2022 (date line 16:11; chamalpost 'اليوم الثلاثاء', almaghrebeljadid 'الثلاثاء الماضي')"),
    ev("security-measures", "اتخذت جميع التدابير والإجراءات الضرورية لتأمين تنقل الأشخاص", START, "no own expression; the measures taken for the strike that began on Mon 7 Mar, announced on Tue 8 Mar 2022 (my span 7-8 Mar)", end="2022-03-09"),
    ev("strike-called", "إلى دعوة عدد من مهنيي قطاع النقل", CALL, "no own expression; the coordination of road-transport unions called the strike on Thu 24 Feb 2022 (alyaoum24 'في بيان، الخميس'; klamkom of 24 Feb)"),
    ev("strike-begins", "خوض إضراب في القطاع ابتداء من يوم الإثنين 7 مارس 2022", START, "'يوم الإثنين 7 مارس 2022' (a Monday)"),
])
art(S, "https://almaghrebeljadid.ma/archives/20831",
    "2022-03-10", "no date line on the stored page; the body's 'أمس الأربعاء' for the unions' extension of the strike that began on Mon 7 Mar (announced on Wed 9 Mar: noonpresse/AFP, agadir24) gives Thu 10 Mar 2022, and 'الثلاثاء الماضي' for the Interior ministry's statement of Tue 8 Mar agrees; the source tag 'المغرب الجديد :' dropped; headline written from the body (the stored text has none); the quotation of the ministry turned into indirect speech; no date of its own in the text", False, """
النقابات تمدد إضراب مهنيي النقل يومين إضافيين
قررت النقابات الخمس، أمس الأربعاء، تمديد إضراب مهنيي النقل البري للمسافرين والبضائع ليومين إضافيين، احتجاجا على تواصل غلاء أسعار المحروقات وتجاهل الحكومة لمطالب المهنيين، وفي مقدمتها تسقيف أسعار بيع المحروقات التي يتواصل صعودها بشكل غير مسبوق جراء الحرب في أوكرانيا.
وحذر نقابيون من تبعات هذا الإضراب على أسعار كثير من المواد والخدمات الأساسية، لافتين إلى التحاق نقابة مهنية سادسة بالإضراب.
في المقابل، شددت وزارة الداخلية في بيان لها الثلاثاء الماضي على أنها اتخذت كل التدابير والإجراءات اللازمة حتى يتنقل الأشخاص والبضائع بكل حرية، محذرة من أي عرقلة لحريتي العمل والتنقل.
""", [
    ev("strike-extended", "قررت النقابات الخمس، أمس الأربعاء، تمديد إضراب مهنيي النقل البري", EXTEND, "'أمس الأربعاء' in an article of Thu 10 Mar 2022 = Wed 9 Mar"),
    ev("sixth-union-joins", "التحاق نقابة مهنية سادسة بالإضراب", START, "no own expression; a sixth union joined during the strike, reported with the extension of Wed 9 Mar 2022 (agadir24, Benazzouz of the CDT); my span 7-9 Mar", end="2022-03-10"),
    ev("interior-ministry-statement", "شددت وزارة الداخلية في بيان لها الثلاثاء الماضي", INTERIOR, "'الثلاثاء الماضي' in an article of Thu 10 Mar 2022 = Tue 8 Mar"),
])
art(S, "https://djazairess.com/aps/522690",
    "2022-03-10", "no date line on the stored page (an APS dispatch copied by djazairess); the body's 'اليوم الخميس' for the local reports of the extension of the strike 'الذي بدأ الاثنين' (Mon 7 Mar) gives Thu 10 Mar 2022; headline written from the body (the stored text has none); the quotation of Benazzouz turned into indirect speech; the last, truncated sentence shortened; no date of its own in the text", False, """
مهنيو النقل في المغرب يمددون إضرابهم يومين
قرر مهنيو النقل في المغرب مد إضرابهم العام الوطني، الذي بدأ الاثنين احتجاجا على غلاء أسعار المحروقات، لمدة يومين إضافيين، في ظل ما وصفوه بسياسة الآذان الصماء التي تنتهجها السلطات المغربية.
ونقلت وسائل إعلام محلية، اليوم الخميس، أن مهنيي النقل المضربين قرروا تمديد إضرابهم يومين آخرين، بعدما لم تستجب الجهات الوصية لمطالبهم، وأبرزها تسقيف أسعار بيع المحروقات التي عرفت ارتفاعا حادا مؤخرا.
وأوضح منير بنعزوز، المسؤول عن قطاع النقل في الكونفدرالية الديمقراطية للشغل، أن هذا القرار اتخذ لأن مطالب المهنيين ظلت دون أي استجابة من الحكومة.
وكانت تنسيقية نقابات قطاع النقل الطرقي بالمغرب قد أعلنت سابقا أن إضراب الثلاثة أيام قابل للتمديد، في ظل تجاهل سلطات المخزن للأزمة التي يمر بها القطاع عقب الارتفاع الكبير في أسعار المحروقات.
وانتقدت الهيئات المهنية بمختلف أصنافها، في بيان مشترك، إعراض السلطات الحكومية عن دعواتها إلى الجلوس إلى طاولة الحوار.
""", [
    ev("strike-extended", "قرر مهنيو النقل في المغرب مد إضرابهم العام الوطني", EXTEND, "no own expression for the decision (the local media reported it 'اليوم الخميس', Thu 10 Mar); the unions announced it on Wed 9 Mar 2022 (almaghrebeljadid 'أمس الأربعاء')"),
    ev("strike-begins", "الذي بدأ الاثنين احتجاجا على غلاء أسعار المحروقات", START, "'الاثنين' before Thu 10 Mar = Mon 7 Mar 2022"),
    ev("local-media-report", "ونقلت وسائل إعلام محلية، اليوم الخميس", "2022-03-10", "'اليوم الخميس' = Thu 10 Mar 2022"),
    ev("strike-called", "قد أعلنت سابقا أن إضراب الثلاثة أيام قابل للتمديد", CALL, "'سابقا'; the coordination announced the 72-hour strike 'قابلة للتمديد' on Thu 24 Feb 2022 (alyaoum24, klamkom)"),
])
art(S, "https://sahafatbladi.com/108731/2022/03/16",
    "2022-03-16", "date in the URL '/2022/03/16' (16 Mar 2022 was a Wednesday); the body's 'يوم أمس الثلاثاء 15 مارس 2022' agrees; headline written from the body (the stored text has none)", True, """
الحكومة تقرر دعم مهنيي النقل المتضررين من غلاء المحروقات
قررت الحكومة، يوم أمس الثلاثاء 15 مارس 2022، منح الدعم لمهنيي نقل المسافرين والبضائع الذين تضرروا من ارتفاع أسعار المحروقات، وهو الارتفاع الذي أثار موجة غضب في صفوف مهنيي النقل واحتجاجات في عدد من المدن المغربية وإضرابا عن العمل.
وأتى هذا القرار الحكومي إثر اجتماع عقد يوم أمس الثلاثاء، حضره رئيس الحكومة عزيز أخنوش رفقة وزيره في النقل واللوجستيك محمد عبد الجليل ووزيره المنتدب المكلف بالميزانية فوزي لقجع، إلى جانب مهنيي النقل.
وانتهى الاجتماع إلى منح مهنيي النقل دعما ماليا للحد من آثار الارتفاع الصاروخي للأسعار، خلال الأيام القليلة المقبلة.
""", [
    ev("support-decision", "قررت الحكومة، يوم أمس الثلاثاء 15 مارس 2022، منح الدعم", SUPPORT, "'يوم أمس الثلاثاء 15 مارس 2022' (a Tuesday) in an article of Wed 16 Mar"),
    ev("transport-strike", "احتجاجات في عدد من المدن المغربية وإضرابا عن العمل", STRIKE[0], "no own expression; the strike of Mon 7 - Fri 11 Mar 2022 (72 hours from Mon 7, extended by two days on Wed 9)", end=STRIKE[1]),
    ev("government-meeting", "إثر اجتماع عقد يوم أمس الثلاثاء", SUPPORT, "'يوم أمس الثلاثاء' in an article of Wed 16 Mar 2022 = Tue 15 Mar"),
    ev("support-payout", "للحد من آثار الارتفاع الصاروخي للأسعار، خلال الأيام القليلة المقبلة", "2022-03-16", "'خلال الأيام القليلة المقبلة' from Wed 16 Mar; the aid was paid from the first week of April 2022 (alyaoum24: 'ابتداء من الأسبوع الأول من أبريل 2022'); my span 16 Mar - 8 Apr", end="2022-04-09"),
])

# ---------------------------------------------------------------- sudan-port-sudan-ictsi-dockers-strike-2019
S = "sudan-port-sudan-ictsi-dockers-strike-2019"
MONDAY = "2019-01-28"                      # the gates closed, the partial strike and the delegation kept out: Mon 28 Jan 2019
DEAL = ("2019-01-03", "2019-01-21")        # the ICTSI concession: signed 3 Jan 2019 (ICTSI's disclosure, Reuters), 20 Jan by al-Araby al-Jadeed
art(S, "https://dabangasudan.org/ar/all-news/article/%d8%a7%d8%b6%d8%b1%d8%a7%d8%a8-%d8%b4%d8%a7%d9%85%d9%84-%d9%8a%d9%88%d9%82%d9%81-%d8%a7%d9%84%d8%ad%d8%b1%d9%83%d8%a9-%d8%a8%d9%85%d9%8a%d9%86%d8%a7%d8%a1-%d8%a8%d9%88%d8%b1%d8%b3%d9%88%d8%af%d8%a7",
    "2019-01-29", "no date line on the stored page; the photo caption 'اضراب عمال الشحن والتفريغ بميناء بورسودان يوم الاثنين 28 يناير 2019' (dropped) and the body's 'امس الاثنين' give Tue 29 Jan 2019; the paragraph repeated under the caption dropped; headline kept from the page (reworded); the last, truncated sentence shortened; no date of its own in the text", False, """
إضراب شامل يشل الحركة في ميناء بورتسودان
بلغ إضراب عمال الشحن والتفريغ في الميناء الجنوبي ببورتسودان يومه الخامس امس الاثنين. وحال العمال دون دخول وفد الشركة الفلبينية، التي أبرمت مع الحكومة عقدا لإدارة الميناء لمدة 20عاما، إلى الميناء للشروع في عملية الاستلام امس الاثنين.
وقال عبد الله موسى لراديو دبنقا إن العمال لا يدافعون عن حقوقهم وحدها، وإنما عن مرفق يمثل أحد مصادر الدخل الحيوية التي بقيت للبلاد. وأوضح أن الحكومة وقعت العقد مع الشركة الفلبينية التي ظلت تعمل بالميناء في السنوات الخمس الماضية دون أن تحدث فيه أي تطوير أو تغيير يذكر. ويرى العمال أن المبلغ الذي ستدفعه الشركة لإدارة الميناء واستغلاله اقتصاديا، وهو 550 مليون دولار، مبلغ ضئيل جدا.
وبيّن موسى أن تسلم الشركة رسميا إدارة الميناء الجنوبي المخصص للحاويات يعني تشريد العمال.
""", [
    ev("monday-strike", "بلغ إضراب عمال الشحن والتفريغ في الميناء الجنوبي ببورتسودان يومه الخامس", MONDAY, "'يومه الخامس امس الاثنين' in an article of Tue 29 Jan 2019 = Mon 28 Jan (the strike thus began on Thu 24 Jan)"),
    ev("delegation-barred", "وحال العمال دون دخول وفد الشركة الفلبينية", MONDAY, "'امس الاثنين' in an article of Tue 29 Jan 2019 = Mon 28 Jan"),
    ev("ictsi-deal-signed", "وأوضح أن الحكومة وقعت العقد مع الشركة الفلبينية", DEAL[0], "no own expression; the 20-year concession was signed on Thu 3 Jan 2019 by ICTSI's account (Reuters via nononline/afrigatenews), on Sun 20 Jan by al-Araby al-Jadeed's; my span 3-20 Jan", end=DEAL[1]),
])
art(S, "https://www.ammonnews.net/article/432441",
    "2019-01-29", "page time stamp '29-01-2019 06:28 PM' (kept as second line; 29 Jan 2019 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the site's menu dropped; headline kept from the page (reworded); the last, truncated quotation shortened", True, """
السودان: احتجاجات عمالية تغلق ميناء بورتسودان
29-01-2019 06:28 PM
أغلق عاملون سودانيون ميناء بورتسودان 5 ساعات، احتجاجا على منح شركة فلبينية حق إدارة الميناء، بحسب ما أوردته وسائل إعلام سودانية اليوم الثلاثاء.
ونقلت صحيفة "الجريدة" السودانية اليوم أن العاملين في الميناء الجنوبي ببورتسودان أغلقوا كل بوابات الميناء أمس، ونفذوا إضرابا عن العمل لأكثر من خمس ساعات، رفضا لاتفاق بين هيئة الموانئ البحرية وشركة فليبينية يمنحها حق إدارته.
وأشارت الصحيفة إلى أن العمال صعّدوا تحسبا لزيارة كان يُتوقع أن يقوم بها وفد من الشركة إلى الميناء، موضحة أنهم وضعوا حاويات بطول 40 قدماً متاريس أمام البوابات لمنع الدخول والخروج، ما أوقف مناولة الحاويات وأصاب الميناء بشلل تام.
ووفق الصحيفة، عادت حركة العمل في الميناء بعد الثانية منتصف النهار، إثر اتفاق بين إدارة الميناء وشرطة هيئة الموانئ على منع وفد الشركة الفليبينية من زيارة الميناء.
ونقلت الصحيفة عن القيادي العمالي عثمان طاهر أنهم اتفقوا مع مدير شرطة هيئة الموانئ البحرية على رفض حضور وفد الشركة إلى الميناء.
""", [
    ev("gates-closed", "أغلقوا كل بوابات الميناء أمس", MONDAY, "'أمس' in an article of Tue 29 Jan 2019 = Mon 28 Jan"),
    ev("monday-strike", "ونفذوا إضرابا عن العمل لأكثر من خمس ساعات", MONDAY, "'أمس' in an article of Tue 29 Jan 2019 = Mon 28 Jan"),
    ev("ictsi-deal-signed", "رفضا لاتفاق بين هيئة الموانئ البحرية وشركة فليبينية", DEAL[0], "no own expression; the concession signed on 3 Jan (ICTSI) or 20 Jan 2019 (al-Araby al-Jadeed); my span 3-20 Jan", end=DEAL[1]),
    ev("work-resumed", "عادت حركة العمل في الميناء بعد الثانية منتصف النهار", MONDAY, "'بعد الثانية منتصف النهار' of 'أمس' = the early afternoon of Mon 28 Jan 2019"),
    ev("delegation-barred", "على منع وفد الشركة الفليبينية من زيارة الميناء", MONDAY, "no own expression; the agreement that kept the ICTSI delegation out, on the strike day 'أمس' = Mon 28 Jan 2019 (dabanga 'امس الاثنين')"),
])
art(S, "https://alaraby.co.uk/%D8%B9%D9%85%D8%A7%D9%84-%D9%81%D9%8A-%D9%85%D9%8A%D9%86%D8%A7%D8%A1-%D8%A8%D9%88%D8%B1%D8%AA%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%A7%D9%84%D8%AC%D9%86%D9%88%D8%A8%D9%8A-%D9%8A%D9%84%D9%88%D8%AD%D9%88%D9%86-%D8%A8%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%B9%D8%A7%D9%85",
    "2019-01-30", "page date line '30 يناير 2019' (kept as second line; 30 Jan 2019 was a Wednesday); the photo caption and the font buttons dropped; headline kept from the page (reworded); the last, truncated sentence on the price dropped", True, """
عمال في ميناء بورتسودان الجنوبي يلوّحون بإضراب عام
30 يناير 2019
هدد قيادي عمالي في الميناء الجنوبي ببورتسودان (شرقي السودان) بالعودة إلى الإضراب عن العمل إذا أصرت إدارة الميناء على دخول الشركة الفيليبينية إلى الموقع وبدء مهامها في تشغيل محطة الحاويات.
وكشف رئيس النقابة البديلة للعاملين في الميناء، عثمان الطاهر، لـ"العربي الجديد" عن ترتيبات لإضراب عام في الفترة المقبلة يشمل جميع العاملين في ميناءي بورتسودان وسواكن، لأن أغلبهم يرفضون تسليم إدارة الميناء لشركة أجنبية.
وقلل الطاهر من أهمية الزيارة الحالية لوزير النقل إلى الميناء، واصفا إياها بأنها تنويرية فقط بشأن أسباب الإضراب ولا تحسم المشكلة.
وأكد أن العمل في الميناء الجنوبي يسير الآن بشكل طبيعي بعد الإضراب الجزئي الذي نفذ أخيراً واستغرق 6 ساعات، كي لا يتضرر الاقتصاد السوداني ولا المصدرون والموردون من تأخر تخليص حاويات بضائعهم وتصديرها.
وفي 20 يناير/ كانون الثاني الجاري، وقّعت وزارة النقل السودانية اتفاقا مع "الشركة العالمية لخدمات حاويات الموانئ الفيليبينية" (أي.سي.آي) لإدارة محطة الحاويات في ميناء بورتسودان وتشغيلها.
""", [
    ev("union-threat", "هدد قيادي عمالي في الميناء الجنوبي ببورتسودان", "2019-01-29", "no own expression; the union leader's statement to al-Araby al-Jadeed, published on Wed 30 Jan 2019 (my span 29-30 Jan)", end="2019-01-31"),
    ev("minister-visit", "الزيارة الحالية لوزير النقل إلى الميناء", "2019-01-29", "'الحالية' on Wed 30 Jan 2019: the transport minister Hatem al-Sir's visit to Port Sudan after the strike (alnilin: he arrived as the workers struck); my span 29-30 Jan", end="2019-01-31"),
    ev("monday-strike", "بعد الإضراب الجزئي الذي نفذ أخيراً واستغرق 6 ساعات", MONDAY, "'أخيراً'; the partial strike of Mon 28 Jan 2019 (ammonnews of Tue 29: 'أمس', more than five hours)"),
    ev("ictsi-deal-signed", "وقّعت وزارة النقل السودانية اتفاقا", DEAL[0], "'في 20 يناير/ كانون الثاني الجاري' = Sun 20 Jan 2019 by this report; ICTSI's own disclosure gives Thu 3 Jan (Reuters); my span 3-20 Jan", end=DEAL[1]),
])

# ---------------------------------------------------------------- tunisia-sncft-line-13-rail-strike-2019
S = "tunisia-sncft-line-13-rail-strike-2019"
DAY1 = "2019-04-24"                        # the two-day strike: Wed 24 - Thu 25 Apr 2019, from midnight
LINE13 = ("2012-01-01", "2013-01-01")      # line 13 (Sfax-Gafsa-Tozeur) closed since 2012
art(S, "http://attessia.tv/news/social/690808/%D8%A7%D8%B6%D8%B1%D8%A7%D8%A8-%D9%8A%D9%88%D9%85%D9%8A-%D8%A7%D9%84%D8%A7%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1-%D9%88%D8%A7%D9%84%D8%AE%D9%85%D9%8A%D8%B3-%D8%A8%D9%83%D8%A7%D9%81%D8%A9-%D8%AE%D8%B7%D9%88%D8%B7-%D8%B4%D8%A8%D9%83%D8%A9-%D8%A7%D9%84%D8%B3%D9%83%D9%83-%D8%A7%D9%84%D8%AD%D8%AF%D9%8A%D8%AF%D9%8A%D8%A9",
    "2019-04-23", "no date line on the stored page; the federation's statement 'مساء الثلاثاء' announcing a two-day strike 'بداية من منتصف هذه الليلة', the strike of Wed 24 - Thu 25 Apr 2019 (zoomtunisia 'صباح اليوم الأربعاء 24 أفريل 2019'; espacemanager: 'les 24 et 25 avril 2019 ... à partir d'hier soir à minuit'), gives Tue 23 Apr 2019; headline rendered from the URL slug (the stored text has none); the quotation turned into indirect speech; no date of its own in the text", False, """
إضراب يومي الأربعاء والخميس في كل خطوط شبكة السكك الحديدية
أعلنت الجامعة العامة للسكك الحديدية التابعة للاتحاد العام التونسي للشغل، في بيان توضيحي إلى الرأي العام مساء الثلاثاء، أنها ستدخل بداية من منتصف هذه الليلة في إضراب بيومين.
وذكر الكاتب العام للجامعة العربي اليعقوبي، في تصريح لوكالة (وات)، أن هذا الإضراب، الذي سيشمل جميع خطوط الشبكة الحديدية البعيدة منها والأحواز، يأتي بسبب عدم فتح الخط رقم 13 الرابط بين صفاقس وقفصة وتوزر والمغلق منذ سنة 2012.
وبيّن أن إغلاق هذا الخط، الذي يمثل بحسب قوله شريان الشركة ويوفر 42 بالمائة من مداخيلها، أدى إلى ضياع أكثر من 6867 يوم عمل وكبّد الشركة الوطنية للسكك الحديدية خسائر كبيرة فاقت 470 مليون دينار خلال سنة 2017.
وأوضح أن قرار الإضراب اتخذ إثر فشل جلسة صلحية أمس الاثنين مع وزارة النقل، التي اتهمها بعدم الجدية وبمحاولة استهداف الشركة، مستغربا غياب الإرادة السياسية وعدم تدخل أجهزة الدولة لفض الاعتصامات التي قال إن بارونات نقل الفسفاط عبر الشاحنات يفتعلونها، رغم صدور قرار يعتبر مناطق إنتاج الفسفاط مناطق عسكرية.
""", [
    ev("strike-announced", "في بيان توضيحي إلى الرأي العام مساء الثلاثاء", "2019-04-23", "'مساء الثلاثاء' = the evening of Tue 23 Apr 2019, the eve of the strike"),
    ev("strike-first-day", "ستدخل بداية من منتصف هذه الليلة في إضراب بيومين", DAY1, "'بداية من منتصف هذه الليلة' on the evening of Tue 23 Apr = from midnight, Wed 24 Apr 2019 (the strike of Wed 24 - Thu 25)"),
    ev("line13-closure", "والمغلق منذ سنة 2012", LINE13[0], "'منذ سنة 2012' = the year 2012", end=LINE13[1]),
    ev("losses-2017", "خسائر كبيرة فاقت 470 مليون دينار خلال سنة 2017", "2017-01-01", "'خلال سنة 2017' = the year 2017", end="2018-01-01"),
    ev("conciliation-failed", "إثر فشل جلسة صلحية أمس الاثنين مع وزارة النقل", "2019-04-22", "'أمس الاثنين' in a statement of Tue 23 Apr 2019 = Mon 22 Apr"),
])
art(S, "http://zoomtunisia.net/index.php/article/6/74240.html",
    "2019-04-24", "the body's 'منذ الساعات الأولى من صباح اليوم الأربعاء 24 أفريل 2019' (kept; 24 Apr 2019 was a Wednesday) and 'صباح اليوم الأربعاء'; headline written from the body (the stored text begins mid-report, with no headline); the quotations of the SNCFT statement turned into indirect speech; the last, truncated sentence shortened", True, """
شلل تام في حركة القطارات بمحطة تونس بسبب إضراب أعوان السكك الحديدية
شهدت محطة تونس، منذ الساعات الأولى من صباح اليوم الأربعاء 24 أفريل 2019، شللا تاما في حركة سير القطارات بسبب هذا الإضراب.
وأثار الإضراب استياء واحتقانا في صفوف المواطنين الذين توافدوا على محطة القطارات ببرشلونة، إذ تعطلت مصالحهم ولم يتمكن عدد كبير منهم، ولا سيما الطلبة والتلاميذ، من الالتحاق بمقاعد الدراسة، بعد غلق المحطة وتوقف سير القطارات.
وكانت الشركة الوطنية للسكك الحديدية قد بيّنت، في بلاغ أصدرته صباح اليوم الأربعاء، أن الجامعة العامة للسكك الحديدية طالبت بإعادة 19 عونا إلى العمل بعد أن عُزلوا دون حيف أو ظلم طيلة السنوات الأخيرة إثر مثولهم أمام مجلس التأديب بسبب أخطاء جسيمة كالغيابات غير القانونية، مشيرة إلى أن القانون لا يسمح بإرجاع عون إلى العمل بالشركة إذا مثل أمام مجلس التأديب وكانت عقوبته العزل.
وأضافت الشركة أن الطرف النقابي يطالب أيضا بإدماج أعوان وإطارات شركة أشغال السكك الحديدية «SOTRAFER»، التي تضم قرابة 850 عونا، في الشركة الوطنية للسكك الحديدية التونسية، موضحة أنها ردت بضرورة الحفاظ على ديمومة المؤسستين، ولذلك طُرحت إمكانية إدماج 100 عون في مرحلة أولى والنظر في إدماج أعوان آخرين بعد دراسة جدوى هذه العملية.
""", [
    ev("strike-first-day", "شللا تاما في حركة سير القطارات بسبب هذا الإضراب", DAY1, "'منذ الساعات الأولى من صباح اليوم الأربعاء 24 أفريل 2019'"),
    ev("commuters-stranded", "وأثار الإضراب استياء واحتقانا في صفوف المواطنين", DAY1, "no own expression; the same morning of Wed 24 Apr 2019"),
    ev("sncft-statement", "في بلاغ أصدرته صباح اليوم الأربعاء", DAY1, "'صباح اليوم الأربعاء' = Wed 24 Apr 2019"),
])
art(S, "https://ar.tunisienumerique.com/%d9%85%d8%ac%d8%aa%d9%85%d8%b9/%d8%aa%d9%88%d9%86%d8%b3-%d8%aa%d9%88%d8%a7%d8%b5%d9%84-%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d8%a7%d9%84%d9%82%d8%b7%d8%a7%d8%b1%d8%a7%d8%aa-%d9%84%d9%84%d9%8a%d9%88%d9%85-%d8%a7%d9%84%d8%ab%d9%91%d8%a7",
    "2019-04-25", "no date line on the stored page; the body's 'لليوم الثاني على التوالي' of the nationwide SNCFT strike over line 13, the two-day strike of Wed 24 - Thu 25 Apr 2019 (attessia, zoomtunisia, espacemanager), gives Thu 25 Apr 2019; headline rendered from the URL slug (the stored text has none); the 'follow us' lines dropped; the text has no date word but 'لليوم الثاني' and 'منذ سنة 2012'", True, """
تونس: إضراب القطارات يتواصل لليوم الثاني
يواصل أعوان الشركة الوطنية للسكك الحديدية التونسية، لليوم الثاني على التوالي، إضرابهم عن العمل في كامل أنحاء البلاد، احتجاجا على عدم فتح الخط رقم 13 الذي يربط صفاقس بقفصة وتوزر والمغلق منذ سنة 2012، بحسب ما أكده لتونس الرقمية المكلف بالإعلام في الشركة حسان الميعادي.
وكانت جلسة تفاوض ضمت ممثلين عن وزارة النقل والأمين العام المساعد لاتحاد الشغل صلاح الدين السالمي وأعضاء الجامعة العامة للسكك الحديدية قد انعقدت، لكنها لم تفض إلى نتيجة.
""", [
    ev("strike-second-day", "لليوم الثاني على التوالي، إضرابهم عن العمل في كامل أنحاء البلاد", "2019-04-25", "'لليوم الثاني على التوالي' of the strike begun on Wed 24 Apr = Thu 25 Apr 2019"),
    ev("line13-closure", "والمغلق منذ سنة 2012", LINE13[0], "'منذ سنة 2012' = the year 2012", end=LINE13[1]),
    ev("talks-failed", "وكانت جلسة تفاوض ضمت ممثلين عن وزارة النقل", "2019-04-22", "no own expression ('وكانت ... قد انعقدت'); either the conciliation session of Mon 22 Apr (attessia 'أمس الاثنين') or a session during the strike; my span 22-24 Apr", end="2019-04-25"),
])

# ---------------------------------------------------------------- iraq-truck-drivers-strike-2025
S = "iraq-truck-drivers-strike-2025"
TRUCK = ("2025-09-15", "2025-09-17")       # the strike from Mon 15 Sep 2025, still on on Tue 16 (my span)
art(S, "https://964media.com/599448/?amp=1",
    "2025-09-13", "no date line on the stored page; the body's 'اليوم السبت' with the strike set for 'يوم 15 أيلول الجاري' (a Monday: the headline's 'تضرب الاثنين'; 15 Sep fell on a Monday in 2025) gives Sat 13 Sep 2025; the kicker 'إلغاء التصريح الأمني أبرز الطلبات', the dateline 'القوسيات (أيسر الموصل) 964' and the links to other reports dropped; headline kept from the page (reworded); the quotation turned into indirect speech; the last, truncated sentence shortened; no date of its own but the date of the planned strike", False, """
شاحنات الموصل تضرب الاثنين: ندفع الرسوم نفسها أكثر من مرة والحكومة لا تستجيب
هدد عدد من سائقي الشاحنات في الموصل، اليوم السبت، بالدخول في إضراب يوم 15 أيلول الجاري، احتجاجا على المعاناة المتواصلة التي يلاقونها في السيطرات والمنافذ، ودعوا الحكومة، خلال وقفة احتجاجية أقاموها في منطقة القوسيات بالجانب الأيسر من المدينة، إلى الاستجابة لمطالبهم التي وصفوها بالمشروعة.
وقال زياد ميسر، ممثل سائقي صهاريج نينوى، لشبكة 964 إن لدى السائقين إضرابا مقررا يوم 15 أيلول الجاري، مضيفا أنهم التقوا سابقاً بمجلس الوزراء ممثلا بالسيد سامي السوداني وبعدد من المسؤولين، وعرضوا مطالبهم بوضوح، لكن من دون جدوى أو نتيجة.
وأوضح أن أبرز هذه المطالب يتعلق بالتصاريح الأمنية التي حرمت آلاف السائقين من العمل، إذ يُرفض منح التصريح لكل من لديه تشابه في الأسماء أو قريب محكوم أو مطلوب.
""", [
    ev("strike-threat", "هدد عدد من سائقي الشاحنات في الموصل، اليوم السبت", "2025-09-13", "'اليوم السبت' = Sat 13 Sep 2025 (the Saturday before the strike of Mon 15 Sep)"),
    ev("qusiyat-protest", "خلال وقفة احتجاجية أقاموها في منطقة القوسيات", "2025-09-13", "no own expression; the stand of 'اليوم السبت' = Sat 13 Sep 2025"),
    ev("truckers-strike", "إن لدى السائقين إضرابا مقررا يوم 15 أيلول الجاري", TRUCK[0], "'يوم 15 أيلول الجاري' = Mon 15 Sep 2025; the strike began that day and was still on on Tue 16 (kurdistan24, alsumaria); my span 15-16 Sep", end=TRUCK[1]),
])
art(S, "https://almadapaper.net/?p=413474",
    "2025-09-16", "page stamp 'نشر في: 16 سبتمبر, 2025: 12:02 ص' (kept as second line; 16 Sep 2025 was a Tuesday); the breadcrumb, the repeated headline and the byline's name dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
سائقو الشاحنات يعلنون إضرابا عاما من أجل 13 مطلبا في المنافذ الجمركية
نشر في: 16 سبتمبر, 2025: 12:02 ص
الموصل
أعلن سائقو الشاحنات في أنحاء العراق إضرابا جماعيا عن العمل، احتجاجا على ما سموه الإجراءات التعسفية التي تواجههم على الطرق وفي المنافذ الجمركية، من زاخو شمالا إلى البصرة جنوبا. وأكد السائقون أن تعدد المنافذ وطول الانتظار في السيطرات، وما يرافقه من فرض إتاوات، يسببان لهم معاناة متكررة وتأخيرا يمتد لأيام.
وحصر السائقون مطالبهم في 13 مطلبا أساسيا، أهمها توحيد التعرفة الكمركية بين أربيل وبغداد، ومعالجة التأخير في فحص السيطرة النوعية عند الدخول إلى الموصل، وتسريع تفتيش البرادات المحملة بالمواد الغذائية والأدوية، وزيادة أعداد المنتسبين في السيطرات، وتخصيص خطوط توقف لكل نوع من البضائع، فضلا عن توفير خدمات صحية في ساحات الانتظار. وتضمنت المطالب أيضا العمل بنظام 24 ساعة في سيطرة سد الموصل مع زيادة موظفيها، وفتح سيطرة سبهان بين الموصل وأربيل، ورفع حصة نينوى من المنتجات النفطية، وتبليط الطرق الترابية عند السيطرات، وإقامة كرفانات خاصة لإنجاز معاملات التفتيش.
""", [
    ev("truckers-strike", "أعلن سائقو الشاحنات في أنحاء العراق إضرابا جماعيا عن العمل", TRUCK[0], "no own expression; the strike set for Mon 15 Sep 2025 (964 'يوم 15 أيلول الجاري'), reported at 00:02 on Tue 16 and still on that day (kurdistan24); my span 15-16 Sep", end=TRUCK[1]),
    ev("demands-listed", "وحصر السائقون مطالبهم في 13 مطلبا أساسيا", TRUCK[0], "no own expression; the 13 demands set out with the strike, reported at 00:02 on Tue 16 Sep 2025 (my span 15-16 Sep)", end=TRUCK[1]),
])
art(S, "https://www.kurdistan24.net/ar/story/864019/%D8%AA%D8%B6%D8%A7%D9%85%D9%86-%D9%88%D8%A7%D8%B3%D8%B9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A3%D9%86%D8%A8%D8%A7%D8%B1-%D9%85%D8%B9-%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%B3%D8%A7%D8%A6%D9%82%D9%8A-%D8%A7%D9%84%D8%B4%D8%A7%D8%AD%D9%86%D8%A7%D8%AA-%D9%81%D9%8A-%D8%B9%D9%85%D9%88%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    "2025-09-16", "page stamp 'date 2025-09-16' (not part of the text; 16 Sep 2025 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the stamp 'منذ 3 ساعات' dropped; headline rendered from the URL slug (the stored text has none); the quoted complaint turned into indirect speech; no date of its own in the text", True, """
تضامن واسع في الأنبار مع إضراب سائقي الشاحنات في عموم العراق
أربيل (كوردستان 24)- أعلنت رابطة سائقي شاحنات الحمل في محافظة الأنبار، اليوم الثلاثاء، وقوفها إلى جانب سائقي الشاحنات المضربين عن العمل في العراق إلى أن تتحقق مطالبهم.
ويطالب السائقون بالعودة إلى العمل ببرنامج "النافذ" الذي ينظم إلكترونيا إجراءات تحميل البضائع في شاحناتهم من الموانئ والمنافذ الحدودية، وبالتخلي عن الإجراءات اليدوية في عملية التنسيق.
ويشتكي سائقو سيارات الحمل من تشديد الإجراءات ومن تأخيرهم لساعات طويلة ومن ضرائب كبيرة تفرض عليهم على الطرق السريعة وعند مداخل المدن.
""", [
    ev("anbar-solidarity", "أعلنت رابطة سائقي شاحنات الحمل في محافظة الأنبار، اليوم الثلاثاء", "2025-09-16", "'اليوم الثلاثاء' = Tue 16 Sep 2025"),
    ev("truckers-strike", "سائقي الشاحنات المضربين عن العمل في العراق", TRUCK[0], "no own expression; the strike begun on Mon 15 Sep 2025 and still on on Tue 16; my span 15-16 Sep", end=TRUCK[1]),
])
art(S, "https://www.alsumaria.tv/news/localnews/540850/%D8%A7%D9%84%D8%A3%D9%86%D8%A8%D8%A7%D8%B1-%D8%B3%D8%A7%D8%A6%D9%82%D9%88-%D8%B4%D8%A7%D8%AD%D9%86%D8%A7%D8%AA-%D8%A7%D9%84%D8%AD%D9%85%D9%84-%D9%8A%D9%84%D8%AA%D8%AD%D9%82%D9%88%D9%86-%D8%A8%D8%B1%D9%81%D8%A7%D9%82%D9%87%D9%85-%D8%A7%D9%84%D9%85%D8%B6%D8%B1%D8%A8%D9%8A%D9%86",
    "2025-09-16", "page stamp 'date 2025-09-16' (not part of the text; 16 Sep 2025 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; headline rendered from the URL slug (the stored text has none); the words lost with the page's links ('الأنبار', 'العراق', 'ضرائب') restored from the slug and the context; the repeated complaint paragraph dropped; no date of its own in the text", False, """
الأنبار.. سائقو شاحنات الحمل يلتحقون برفاقهم المضربين
أعلنت رابطة سائقي شاحنات الحمل في الأنبار، اليوم الثلاثاء، تضامنها مع سائقي الشاحنات المضربين عن العمل في العراق حتى تتحقق مطالبهم.
ويتذمر سائقو سيارات الحمل من الإجراءات المشددة ومن تأخيرهم لساعات طويلة ومن ضرائب كبيرة تفرض عليهم على الطرق السريعة وعند مداخل المدن.
ويدعو السائقون إلى إعادة العمل ببرنامج "النافذ" الذي يتولى إلكترونيا تنسيق إجراءات تحميل البضائع في مركباتهم من الموانئ والمنافذ الحدودية، وإلى إلغاء الاعتماد على الإجراءات اليدوية في هذا التنسيق.
""", [
    ev("anbar-solidarity", "أعلنت رابطة سائقي شاحنات الحمل في الأنبار، اليوم الثلاثاء", "2025-09-16", "'اليوم الثلاثاء' = Tue 16 Sep 2025"),
    ev("truckers-strike", "سائقي الشاحنات المضربين عن العمل في العراق", TRUCK[0], "no own expression; the strike begun on Mon 15 Sep 2025 and still on on Tue 16; my span 15-16 Sep", end=TRUCK[1]),
])

# ---------------------------------------------------------------- mauritania-nouakchott-transporters-traffic-code-strike-2017
S = "mauritania-nouakchott-transporters-traffic-code-strike-2017"
MAY1 = "2017-05-01"                        # the new traffic rules came into force and the strike began on Mon 1 May 2017
MAY2 = "2017-05-02"                        # second day of the strike, riots in some districts; the ministers on TV that night
MAY3 = "2017-05-03"                        # transport back to normal on the morning of Wed 3 May 2017
art(S, "https://alqad.info/node/4856",
    "2017-05-01", "the body's 'منذ الساعات الأولى لصباح اليوم الإثنين فاتح مايو' (kept; 1 May fell on a Monday in 2017, the day the new traffic rules came into force: saharamedias 'اليوم الاثنين 01 مايو 2017', maurinews); headline written from the body (the stored text has none)", True, """
إضراب شامل للناقلين يشل العاصمة نواكشوط
تعيش نواكشوط، منذ الساعات الأولى لصباح اليوم الإثنين فاتح مايو، على وقع إضراب شامل ينفذه ملاك سيارات النقل العمومي ومشغلوها، احتجاجا على الإجراء التنظيمي الذي بدأ تطبيقه فعليا اليوم، والقاضي بحجز كل سيارة لا تستجيب لمقتضياته وتغريمها، فيما خلت شوارع العاصمة إلا من بعض المارة.
ويؤكد الناقلون وملاك السيارات، الذين يرابطون في الشوارع الرئيسية للعاصمة منذ صباح اليوم، أنهم لا يعترضون على الإجراء التنظيمي في حد ذاته، وإنما على الغرامات المجحفة وغير المعقولة التي أقرها جهاز أمن الطرق المثير للجدل ويتولى تنفيذها، إذ ضاعف هذا الجهاز، منذ توليه مهام تسيير الطرق في العاصمة وبعض مدن الداخل، غرامات المخالفات عشرات المرات، واكتفى بتنظيم حملات اسبوعية غايتها جمع تلك الغرامات، لا تنظيم حركة المرور واحترام قوانينها ولا فرض قواعد السلامة على مستخدمي السيارات.
""", [
    ev("strike-begins", "على وقع إضراب شامل ينفذه ملاك سيارات النقل العمومي ومشغلوها", MAY1, "'منذ الساعات الأولى لصباح اليوم الإثنين فاتح مايو' = Mon 1 May 2017"),
    ev("traffic-rules-in-force", "الإجراء التنظيمي الذي بدأ تطبيقه فعليا اليوم", MAY1, "'اليوم' = Mon 1 May 2017"),
    ev("transporters-occupy-streets", "الذين يرابطون في الشوارع الرئيسية للعاصمة منذ صباح اليوم", MAY1, "'منذ صباح اليوم' = the morning of Mon 1 May 2017"),
])
art(S, "https://saharamedias.net/20284",
    "2017-05-02", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the strike that began with the new traffic code on Mon 1 May 2017 (alqad, maurinews; lehwach 'اليوم الثلاثاء 2-5-2017') gives Tue 2 May 2017; the two paragraphs repeated on the page dropped; headline written from the body (the stored text has none); the text keeps the page's own 'اليوم الاثنين 01 مايو 2017' for the day the law took effect, no date of its own", False, """
الناقلون يواصلون إضرابهم في نواكشوط وسط أزمة نقل حادة
تابع الناقلون اليوم الثلاثاء إضرابهم في مختلف مقاطعات العاصمة الموريتانية نواكشوط، رفضا لقانون السير الجديد، ما أحدث أزمة نقل حادة.
وأفاد موفد "صحراء ميديا"، الذي جال في عدد من أحياء نواكشوط، بأن بعض الناقلين المضربين نصبوا حواجز على عدد من الطرق الرئيسية، وعمدوا إلى إيقاف سيارات الأجرة وإنزال ركابها.
في المقابل، تضاعفت أسعار النقل بعدما استغل بعض الأشخاص فرصة الإضراب، بينما بدت الشوارع خالية من زحمة المرور.
وكانت السلطات قد أعلنت قانونا جديدا يفرض غرامات على بعض المخالفات تتراوح بين 6 آلاف أوقية و20 ألفا، وشرعت منذ شهر في التعبئة له على أساس أنه سيدخل حيز التطبيق اليوم الاثنين 01 مايو 2017.
ويعتبر أصحاب سيارات الأجرة أنفسهم أكبر المتضررين من هذا القانون.
""", [
    ev("strike-second-day", "تابع الناقلون اليوم الثلاثاء إضرابهم", MAY2, "'اليوم الثلاثاء' = Tue 2 May 2017"),
    ev("roadblocks", "نصبوا حواجز على عدد من الطرق الرئيسية", MAY2, "no own expression; the same Tue 2 May 2017"),
    ev("fares-doubled", "تضاعفت أسعار النقل بعدما استغل بعض الأشخاص فرصة الإضراب", MAY1, "no own expression; during the strike of Mon 1 - Tue 2 May 2017 (my span)", end=MAY3),
    ev("law-campaign", "وشرعت منذ شهر في التعبئة له", "2017-03-25", "'منذ شهر' before the entry into force of Mon 1 May 2017 = about the start of April 2017 (my span 25 Mar - 8 Apr)", end="2017-04-09"),
    ev("traffic-rules-in-force", "سيدخل حيز التطبيق اليوم الاثنين 01 مايو 2017", MAY1, "'اليوم الاثنين 01 مايو 2017' (a Monday), kept by the page from an earlier report"),
])
art(S, "https://alakhbar.info/?q=node%2F3060",
    "2017-05-03", "the body's 'صباح اليوم الأربعاء 03 مايو 2017' (kept; 3 May 2017 was a Wednesday); the source tag 'الأخبار (نواكشوط) ـ' dropped; the typo 'ووزير اللقاء' read as the transport minister (tabrenkout: 'وزير التجهيز والنقل'); headline written from the body (the stored text has none); the last, truncated clause on the minister's words shortened", True, """
عودة حركة النقل إلى طبيعتها في نواكشوط
عادت حركة النقل في العاصمة نواكشوط إلى وضعها الطبيعي صباح اليوم الأربعاء 03 مايو 2017، بعد ساعات من ظهور وزير الداخلية ووزير النقل على التلفزيون الرسمي للتعليق على المرسوم الجديد المنظم للسير.
واستأنفت سيارات الأجرة وباصات النقل الحضري والجامعي عملها، كما عادت محطات سيارات الأجرة في عدة ملتقيات معروفة بنواكشوط إلى العمل واستقبال الركاب، بعد يومين من التوقف ومن منع أي سيارة من نقل الراجلين.
غير أن حركة السير ما زالت دون مستواها في الأيام التي سبقت الإضراب، إذ كان ملتقى طرق مدريد وسط العاصمة خاليا من الزحمة في حدود الساعة الثامنة وعشر دقائق.
وفي سياق آخر، انتشرت قوات من الشرطة والدرك والحرس في عدد من الشوارع والساحات وملتقيات الطرق، تحسبا لتكرار أعمال الشغب التي شهدتها أمس الثلاثاء بعض أحياء العاصمة.
كما انتشرت وحدات الحرس المتخصصة في مكافحة الشغب داخل المطار القديم وقرب الشوارع المحيطة به.
وشهد اليومان الماضيان إضرابا واسعا للسائقين احتجاجا على مرسوم جديد ينظم حركة السير، قيل إنه يتضمن غرامات والتزامات مجحفة بحق أصحاب السيارات، وقد تناول وزير النقل سيدنا عالي ولد محمد خونا ذلك في مقابلته مع التلفزيون الرسمي ليلة البارحة.
""", [
    ev("strike-ends", "عادت حركة النقل في العاصمة نواكشوط إلى وضعها الطبيعي", MAY3, "'صباح اليوم الأربعاء 03 مايو 2017'"),
    ev("ministers-on-tv", "بعد ساعات من ظهور وزير الداخلية ووزير النقل على التلفزيون الرسمي", MAY2, "'ليلة البارحة' in an article of the morning of Wed 3 May 2017 = the night of Tue 2 May"),
    ev("security-deployment", "انتشرت قوات من الشرطة والدرك والحرس", MAY3, "no own expression; the morning of Wed 3 May 2017"),
    ev("tuesday-riots", "أعمال الشغب التي شهدتها أمس الثلاثاء بعض أحياء العاصمة", MAY2, "'أمس الثلاثاء' in an article of Wed 3 May 2017 = Tue 2 May"),
    ev("two-day-strike", "وشهد اليومان الماضيان إضرابا واسعا للسائقين", MAY1, "'اليومان الماضيان' before Wed 3 May 2017 = Mon 1 - Tue 2 May", end=MAY3),
])
art(S, "https://www.tabrenkout.com/2017/05/%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D9%87%D8%AF%D9%88%D8%A1-%D8%A7%D9%84%D9%89-%D9%86%D9%88%D8%A7%D9%83%D8%B4%D9%88%D8%B7-%D9%88%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D9%86%D9%82%D9%84-%D8%A7%D9%84/",
    "2017-05-03", "month in the URL '/2017/05/' and the body's 'صباح اليوم الأربعاء' after 'إضراب يومين' (the strike of Mon 1 - Tue 2 May 2017; alakhbar: transport back to normal 'صباح اليوم الأربعاء 03 مايو 2017') give Wed 3 May 2017; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
عودة الهدوء إلى نواكشوط واستئناف حركة النقل
استعادت حركة النقل طبيعتها في العاصمة الموريتانية نواكشوط صباح اليوم الأربعاء، بعد إضراب يومين أصاب حركة سيارات الأجرة بالشلل وشهد أعمال عنف في عدة أحياء من المدينة.
وجاءت عودة النقل بعد ساعات من ظهور وزير التجهيز والنقل ووزير الداخلية واللامركزية على قناة الموريتانية الرسمية.
وأكد الوزيران، في حلقة من برنامج خاص، أن قانون السير الجديد لا يتضمن مخالفات جديدة ولا يستهدف سيارات الأجرة والناقلين.
وبدت حركة المرور عادية في مختلف مقاطعات العاصمة، مع حضور أمني عند ملتقيات الطرق الرئيسية.
""", [
    ev("strike-ends", "استعادت حركة النقل طبيعتها في العاصمة الموريتانية نواكشوط صباح اليوم الأربعاء", MAY3, "'صباح اليوم الأربعاء' = Wed 3 May 2017"),
    ev("two-day-strike", "بعد إضراب يومين أصاب حركة سيارات الأجرة بالشلل", MAY1, "'إضراب يومين' before Wed 3 May 2017 = Mon 1 - Tue 2 May", end=MAY3),
    ev("strike-violence", "وشهد أعمال عنف في عدة أحياء من المدينة", MAY1, "no own expression; the clashes and riots of Mon 1 (maurinews) and Tue 2 May 2017 (alakhbar 'أمس الثلاثاء')", end=MAY3),
    ev("ministers-on-tv", "بعد ساعات من ظهور وزير التجهيز والنقل ووزير الداخلية", MAY2, "'بعد ساعات' before the morning of Wed 3 May 2017 = the night of Tue 2 May (alakhbar 'ليلة البارحة')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 349
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
