"""Builds stories.jsonl: the 530-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: university and school strikes by teachers or students
(strike announced, held, suspended, agreements).
Stories: the Sudanese University Teachers' Committee (LAJSO) resuming its open strike on Tue 10 Jan 2023
(Sudan, January 2023), and the Lebanese public-school teachers' leagues' two-day strike and sit-in before the
Ministry of Education on 20-21 Jan 2026 (Lebanon, January 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-lajso-open-strike-resumed-jan-2023
S = "sudan-lajso-open-strike-resumed-jan-2023"
STATEMENT = "2023-01-09"                   # LAJSO's statement / press conference, Mon 9 Jan 2023
RESUME = "2023-01-10"                      # the open strike resumed on Tue 10 Jan 2023
ULTIMATUM = "2023-01-02"                   # the one-week ultimatum, set on Mon 2 Jan 2023
MAY22 = ("2022-05-01", "2022-06-01")       # the earlier strike suspended in May 2022
OCT22 = ("2022-10-01", "2022-11-01")       # the referendum on resuming the strike, October 2022
art(S, "https://alhadatha.info/news/2023/01/09/14911/",
    "2023-01-09", "the page's URL carries the date 2023/01/09, and the body's 'في بيان اليوم الاثنين' and 'يوم غدٍ الثلاثاء' agree (9 Jan 2023 was a Monday); headline written from the body (the stored excerpt has none)", True, """
لجنة أساتذة الجامعات السودانية تعود إلى الإضراب الشامل والمفتوح
أعلنت لجنة أساتذة الجامعات السودانية (لاجسو) العودة إلى الإضراب الشامل والمفتوح اعتبارا من يوم غدٍ الثلاثاء إلى أن تتحقق المطالب كلها، ولا يُستثنى منه إلا الامتحانات التي أُعلن جدولها قبل (2023/1/2)م.
وكانت لجنة أساتذة الجامعات قد منحت مجلسي الوزراء والسيادة مطلع الاسبوع الماضي مهلة أسبوع لإجازة الهيكل الراتبي كاملا ورفع سن المعاش بحسب لائحة شروط الخدمة، وحذرت من أنها سترجع إلى الإضراب إن لم يُستجب لمطالبها.
وبيّنت اللجنة في مؤتمر صحفي أنها حرصت أشد الحرص على استقرار العملية التعليمية في الجامعات السودانية، فلم تدخل في إضراب رغم النتيجة المرتفعة للاستفتاء الذي نظمته في أكتوبر الماضي، وذلك بعد صدور قرار رئيس المجلس القومي للتعليم العالي رقم (2022/288) بوضع لائحة شروط خدمة أعضاء هيئة التدريس بالجامعات السودانية، وذكرت أنها شاركت في صياغة اللائحة ثم رُفعت إلى مجلس الوزراء بتاريخ (2022/11/24م).
وأوضحت اللجنة في بيان اليوم الاثنين أن أساتذة الجامعات السودانية ظلوا، منذ تعليق الإضراب في مايو من العام الماضي استنادا إلى قرار مجلس الوزراء رقم (2022/90) الصادر بتاريخ (2022/4/18)م، يعملون بجد واجتهاد لمعالجة تراكم الدفعات.
""", [
    ev("strike-resumption", "العودة إلى الإضراب الشامل والمفتوح اعتبارا من يوم غدٍ الثلاثاء", RESUME, "'يوم غدٍ الثلاثاء' from Mon 9 Jan 2023 = Tue 10 Jan 2023 (an open strike; only its first day is dated)"),
    ev("one-week-ultimatum", "منحت مجلسي الوزراء والسيادة مطلع الاسبوع الماضي مهلة أسبوع", ULTIMATUM, "'مطلع الاسبوع الماضي' from Mon 9 Jan 2023 = the week of Mon 2 Jan; bukranews: the deadline was set 'في الثاني من يناير' (Mon 2 Jan 2023)"),
    ev("october-referendum", "رغم النتيجة المرتفعة للاستفتاء الذي نظمته في أكتوبر الماضي", OCT22[0], "'في أكتوبر الماضي' from January 2023 = October 2022 (the month only)", end=OCT22[1]),
    ev("conditions-sent-to-cabinet", "ثم رُفعت إلى مجلس الوزراء بتاريخ (2022/11/24م)", "2022-11-24", "'(2022/11/24م)' = Thu 24 Nov 2022"),
    ev("lajso-statement", "وأوضحت اللجنة في بيان اليوم الاثنين", STATEMENT, "'اليوم الاثنين' = Mon 9 Jan 2023"),
    ev("strike-suspended-may-2022", "منذ تعليق الإضراب في مايو من العام الماضي", MAY22[0], "'في مايو من العام الماضي' from 2023 = May 2022 (the month only)", end=MAY22[1]),
])
art(S, "https://ultrasudan.ultrasawt.com/%D9%84%D8%AC%D9%86%D8%A9-%D8%A3%D8%B3%D8%A7%D8%AA%D8%B0%D8%A9-%D8%A7%D9%84%D8%AC%D8%A7%D9%85%D8%B9%D8%A7%D8%AA-%D8%AA%D9%82%D8%B1%D8%B1-%D8%A7%D9%84%D8%AF%D8%AE%D9%88%D9%84-%D9%81%D9%8A-%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D9%85%D9%81%D8%AA%D9%88%D8%AD-%D8%AD%D8%AA%D9%89-%D8%AA%D8%AD%D9%82%D9%8A%D9%82-%D9%85%D8%B7%D8%A7%D9%84%D8%A8%D9%87%D9%85/%D8%AD%D8%A7%D9%81%D8%B8-%D9%83%D8%A8%D9%8A%D8%B1/%D9%85%D9%82%D8%A7%D9%88%D9%85%D8%A9",
    "2023-01-09", "no date on the stored page; the body's 'ابتداءً من يوم غدٍ الثلاثاء' for the resumption of Tue 10 Jan 2023 (alhadatha of Mon 9 Jan 2023: 'يوم غدٍ الثلاثاء', bukranews: 'اليوم الثلاثاء') and 'كانون الثاني/ يناير الجاري' give Mon 9 Jan 2023; headline rendered from the URL slug; the page's sub-heading dropped; the last, truncated sentence of the statement dropped", False, """
لجنة أساتذة الجامعات تقرر الدخول في إضراب مفتوح حتى تحقيق مطالبهم
قررت لجنة أساتذة الجامعات السودانية العودة إلى الإضراب الشامل والمفتوح ابتداءً من يوم غدٍ الثلاثاء إلى أن تتحقق مطالبهم كافة، ولا تستثني من ذلك إلا الامتحانات التي أُعلن جدولها قبل الثاني من كانون الثاني/ يناير الجاري، وألقت اللجنة على جهات الاختصاص مسؤولية تبعات هذا الإضراب.
وبيّنت اللجنة في بيان اطلع عليه "الترا سودان" أن المهلة التي حددتها في بيانها السابق قد انقضت، وجاء في البيان: "انقضت المهلة، وبذلك تكون لجنتكم قد استنفدت جميع السبل الممكنة في مخاطبة جهات الاختصاص بالدولة ومتابعتها، واتضح أنه لا طريق غير الإضراب بوصفه حقا مشروعا".
وأضافت اللجنة أن أساتذة الجامعات السودانية ظلوا، منذ تعليق الإضراب في آذار/ مايو من العام الماضي بناءً على قرار مجلس الوزراء، يعملون بجد واجتهاد لمعالجة تراكم الدفعات، وأنهم حين لمسوا مماطلة جهات الاختصاص نظموا في تشرين الأول/ أكتوبر الماضي استفتاء على استئناف الإضراب، ثم تشكلت بعد إعلان نتيجته لجنة لوضع لائحة شروط الخدمة لأعضاء هيئة التدريس بالجامعات السودانية.
""", [
    ev("strike-resumption", "العودة إلى الإضراب الشامل والمفتوح ابتداءً من يوم غدٍ الثلاثاء", RESUME, "'يوم غدٍ الثلاثاء' from Mon 9 Jan 2023 = Tue 10 Jan 2023"),
    ev("lajso-statement", "وبيّنت اللجنة في بيان اطلع عليه", STATEMENT, "no own expression; LAJSO's statement of Mon 9 Jan 2023 (alhadatha: 'في بيان اليوم الاثنين')"),
    ev("one-week-ultimatum", "أن المهلة التي حددتها في بيانها السابق قد انقضت", ULTIMATUM, "no own expression; the week's deadline set in the earlier statement of Mon 2 Jan 2023 (alhadatha 'مطلع الاسبوع الماضي', bukranews 'في الثاني من يناير')"),
    ev("strike-suspended-may-2022", "منذ تعليق الإضراب في آذار/ مايو من العام الماضي", MAY22[0], "'آذار/ مايو من العام الماضي' (the page pairs آذار with مايو by mistake) = May 2022, as in alhadatha and bukranews ('في مايو من العام الماضي'); the month only", end=MAY22[1]),
    ev("october-referendum", "نظموا في تشرين الأول/ أكتوبر الماضي استفتاء على استئناف الإضراب", OCT22[0], "'تشرين الأول/ أكتوبر الماضي' from January 2023 = October 2022 (the month only)", end=OCT22[1]),
    ev("conditions-committee", "ثم تشكلت بعد إعلان نتيجته لجنة لوضع لائحة شروط الخدمة", OCT22[0], "no own expression; after the October 2022 referendum and before the draft went to the cabinet on Thu 24 Nov 2022 (alhadatha); my span 1 Oct - 23 Nov 2022", end="2022-11-24"),
])
art(S, "https://bukranews.com/?p=6801",
    "2023-01-10", "no date on the stored page; the body's 'ابتداءً من اليوم الثلاثاء الموافق' for the resumption announced on Mon 9 Jan 2023 for Tue 10 Jan (alhadatha of 9 Jan: 'يوم غدٍ الثلاثاء') gives Tue 10 Jan 2023; headline written from the body; the last, truncated sentence (on the deadline set 'في الثاني من يناير') dropped", False, """
أساتذة الجامعات السودانية يستأنفون الإضراب الشامل والمفتوح
أعلن أساتذة الجامعات السودانية العودة إلى الإضراب الشامل والمفتوح ابتداءً من اليوم الثلاثاء الموافق، إلى أن تتحقق مطالبهم كلها.
ولفتت لجنة أساتذة الجامعات السودانية إلى أن الإضراب لا يستثني إلا الامتحانات التي أُعلن جدولها قبل يوم 2 يناير 2023.
وحمّلت اللجنة جهات الاختصاص عواقب هذا الإضراب، وقالت مخاطبة أساتذة الجامعات إن "المرحلة المقبلة هي الفاصلة، فوحّدوا كلمتكم واجمعوا شملكم ونظّموا صفوفكم، فالحقوق تُنتزع ولا تُوهب، واعلموا أن الضامن الوحيد لتنفيذ مطالبنا هو الإضراب، ولذلك ندعو الأساتذة جميعا إلى المشاركة الفاعلة في تنفيذه".
وذكرت أن أساتذة الجامعات السودانية ظلوا، منذ تعليق الإضراب في مايو من العام الماضي بموجب قرار مجلس الوزراء رقم (2022/90) الصادر بتاريخ (2022/4/18)، يعملون بجد واجتهاد لمعالجة تراكم الدفعات.
وتابعت أنهم حين لمسوا مماطلة جهات الاختصاص أجروا استفتاء في أكتوبر الماضي على استئناف الإضراب، وبعد إعلان نتيجته المرتفعة تشكلت لجنة لوضع لائحة شروط الخدمة لأعضاء هيئة التدريس بالجامعات السودانية.
وأضافت أن اللائحة، مع أنها اكتملت وأُجيزت في المجلس الأعلى للتعليم العالي، لم تُجز بعد في صورتها النهائية.
""", [
    ev("strike-resumption", "العودة إلى الإضراب الشامل والمفتوح ابتداءً من اليوم الثلاثاء الموافق", RESUME, "'اليوم الثلاثاء' = Tue 10 Jan 2023"),
    ev("strike-suspended-may-2022", "منذ تعليق الإضراب في مايو من العام الماضي", MAY22[0], "'في مايو من العام الماضي' from 2023 = May 2022 (the month only)", end=MAY22[1]),
    ev("cabinet-decision-90", "قرار مجلس الوزراء رقم (2022/90) الصادر بتاريخ (2022/4/18)", "2022-04-18", "'(2022/4/18)' = Mon 18 Apr 2022"),
    ev("october-referendum", "أجروا استفتاء في أكتوبر الماضي على استئناف الإضراب", OCT22[0], "'في أكتوبر الماضي' from January 2023 = October 2022 (the month only)", end=OCT22[1]),
    ev("conditions-committee", "تشكلت لجنة لوضع لائحة شروط الخدمة", OCT22[0], "no own expression; after the October 2022 referendum and before the draft went to the cabinet on Thu 24 Nov 2022 (alhadatha); my span 1 Oct - 23 Nov 2022", end="2022-11-24"),
])

# ---------------------------------------------------------------- lebanon-public-school-leagues-strike-jan-2026
S = "lebanon-public-school-leagues-strike-jan-2026"
SUNDAY = "2026-01-18"                      # the leagues' statement of Sun 18 Jan 2026
STRIKE = ("2026-01-20", "2026-01-22")      # the strike of Tue 20 and Wed 21 Jan 2026
SITIN = "2026-01-21"                       # the sit-in before the ministry (UNESCO), Wed 21 Jan 2026
SATURDAY = "2026-01-24"                    # the leagues' meeting and statement of Sat 24 Jan 2026
art(S, "https://almanar.com.lb/article/491432/",
    "2026-01-18", "date line 'الأحد' with the page date 2026-01-18 (18 Jan 2026 was a Sunday); the credit 'المصدر: الوكالة الوطنية للاعلام' dropped; headline kept from the page", True, """
“روابط التعليم الرسمي” أكدت استمرارها بالإضراب الثلاثاء والأربعاء
شددت "روابط التعليم الرسمي الثانوي والمهني والأساسي" في لبنان، في بيان أصدرته الأحد، على "المضي في رزنامة التحركات التي سبق أن وضعتها، ووجوب الالتزام بالإضراب يوم الثلاثاء، وبالإضراب والاعتصام يوم الأربعاء عند الحادية عشرة قبل الظهر أمام وزارة التربية".
وقالت الروابط "إننا في مرحلة حاسمة على صعيد إقرار الحقوق، ولم نلمس من الدولة جدية أو إسراعا في حسم مسألة تصحيح الرواتب، ولهذا سنرفع وتيرة التصعيد بما يوفر الضغط المطلوب لتحقيق المطالب".
وأضاف البيان "تبقى الروابط على عهدها في المتابعة والمطالبة، فما ضاع حق وراءه مطالب".
""", [
    ev("leagues-sunday-statement", "في بيان أصدرته الأحد", SUNDAY, "'الأحد' = Sun 18 Jan 2026, the day of the page"),
    ev("two-day-strike", "ووجوب الالتزام بالإضراب يوم الثلاثاء، وبالإضراب والاعتصام يوم الأربعاء", STRIKE[0], "'يوم الثلاثاء' and 'يوم الأربعاء' after Sun 18 Jan 2026 = Tue 20 and Wed 21 Jan 2026", end=STRIKE[1]),
    ev("ministry-sit-in", "عند الحادية عشرة قبل الظهر أمام وزارة التربية", SITIN, "'يوم الأربعاء عند الحادية عشرة قبل الظهر' after Sun 18 Jan 2026 = Wed 21 Jan 2026, 11:00"),
])
art(S, "https://www.lebanon24.com/news/lebanon/1471529/%D9%82%D8%A8%D9%84-%D8%A7%D9%84%D8%AF%D8%AE%D9%88%D9%84-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D8%AD%D8%B8%D9%88%D8%B1-%D8%A7%D9%84%D8%A7%D8%B3%D8%A7%D8%AA%D8%B0%D8%A9-%D9%8A%D8%AD%D8%B0%D9%91%D8%B1%D9%88%D9%86-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9",
    "2026-01-21", "the page's date stamp 2026-01-21 (a Wednesday, the day of the sit-in announced for 'يوم الأربعاء' by almanar of Sun 18 Jan); headline rendered from the URL slug; the site menus dropped; the empty link at the end of the last quotation dropped", True, """
قبل الدخول في المحظور.. الاساتذة يحذّرون الحكومة
اعتصم أساتذة من روابط التعليم الرسمي المختلفة أمام وزارة التربية في الأونيسكو، بالتزامن مع إضراب ليومين، مطالبين برفع الرواتب.
وقال الأساتذة من أمام الوزارة إنهم "لم يلمسوا أي تقدم" في تحسين الرواتب منذ خمسة أشهر، ورأوا أن الحكومة "أدارت ظهرها" لمطلب تصحيح الأجور.
ونبّهوا إلى أن التأخير قد يدفعهم إلى خطوات تصعيدية، وطالبوا الحكومة بالتعجيل في تصحيح الأجور "قبل أن ندخل في المحظور".
""", [
    ev("ministry-sit-in", "اعتصم أساتذة من روابط التعليم الرسمي المختلفة أمام وزارة التربية", SITIN, "no own expression; the sit-in of Wed 21 Jan 2026, the day of the page (almanar of Sun 18 Jan: 'يوم الأربعاء عند الحادية عشرة قبل الظهر أمام وزارة التربية')"),
    ev("two-day-strike", "بالتزامن مع إضراب ليومين", STRIKE[0], "no own expression; the strike of Tue 20 and Wed 21 Jan 2026 (almanar: 'يوم الثلاثاء' and 'يوم الأربعاء')", end=STRIKE[1]),
    ev("no-pay-progress", "في تحسين الرواتب منذ خمسة أشهر", "2025-08-21", "'منذ خمسة أشهر' from Wed 21 Jan 2026 = since about 21 Aug 2025, up to the sit-in (my span 21 Aug 2025 - 21 Jan 2026)", end="2026-01-22"),
])
art(S, "https://addiyar.whitebeard.net/article/2304103-%D8%B1%D9%88%D8%A7%D8%A8%D8%B7-%D8%A7%D9%84%D8%AA%D8%B9%D9%84%D9%8A%D9%85-%D8%A7%D9%84%D8%B1%D8%B3%D9%85%D9%8A-%D8%A7%D9%84%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D9%8A%D8%B9%D9%88%D8%AF-%D8%A7%D9%84%D8%AB%D9%84%D8%A7%D8%AB%D8%A7%D8%A1-%D9%88%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1",
    "2026-01-24", "no date on the stored page; the body's 'اجتماع عقدته اليوم السبت' for the leagues' meeting, which alahednews (stamp 2026-01-24 14:38) dates 'يوم السبت في 24/1/2026', gives Sat 24 Jan 2026 (the dated programme of 27-29 Jan agrees); headline kept from the page; the site's newsletter box dropped", False, """
روابط التعليم الرسمي: الإضراب يعود الثلاثاء والأربعاء!
شددت روابط التعليم الرسمي الثانوي والمهني والأساسي، في بيان عقب اجتماع عقدته اليوم السبت، على مواصلة تنفيذ رزنامة التحركات التي أقرتها من قبل، وعلى وجوب الالتزام الكامل بالإضرابات والاعتصامات في هذه المرحلة المفصلية، لما لها من أثر مباشر في إقرار الحقوق في الدوامين الصباحي والمسائي.
ودعت الروابط الأساتذة والمعلمين جميعا إلى التقيد بما يأتي: يوم الثلاثاء 27/1/2026: إضراب في الدوامين الصباحي والمسائي وتظاهرة كبيرة عند الساعة 11:00 صباحًا، بالتجمع في ساحة بشارة الخوري ثم الانطلاق نحو مجلس النواب.
وإضراب يومي الأربعاء 28/1/2026 والخميس 29/1/2026: في الدوامين الصباحي والمسائي، مع اعتصام يُحدَّد مكانه لاحقًا.
ولفتت إلى أن "هذه التحركات تندرج في إطار الدفاع عن الحقوق المشروعة وصون كرامة الأستاذ والمعلم، ورفض أي تسويف أو مماطلة في إقرار المطالب، عسى أن تتحمل السلطة مسؤولياتها فلا تدفع القطاع التربوي إلى الإضراب المفتوح".
""", [
    ev("leagues-saturday-meeting", "عقب اجتماع عقدته اليوم السبت", SATURDAY, "'اليوم السبت' = Sat 24 Jan 2026 (alahednews: 'يوم السبت في 24/1/2026')"),
    ev("tuesday-27-strike", "يوم الثلاثاء 27/1/2026: إضراب في الدوامين الصباحي والمسائي", "2026-01-27", "'يوم الثلاثاء 27/1/2026' = Tue 27 Jan 2026"),
    ev("march-to-parliament", "وتظاهرة كبيرة عند الساعة 11:00 صباحًا", "2026-01-27", "the march of Tue 27 Jan 2026 at 11:00, in the same item as 'يوم الثلاثاء 27/1/2026'"),
    ev("wed-thu-strike", "وإضراب يومي الأربعاء 28/1/2026 والخميس 29/1/2026", "2026-01-28", "'الأربعاء 28/1/2026 والخميس 29/1/2026' = Wed 28 - Thu 29 Jan 2026", end="2026-01-30"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 530
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
