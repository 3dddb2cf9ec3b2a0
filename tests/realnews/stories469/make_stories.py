"""Builds stories.jsonl: the 469-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: cyberattacks, hacking incidents and internet or telecom
outages.
Stories: the cyberattack on Iran's smart fuel-card system that shut the petrol stations (Iran, October 2021),
and the global WannaCry ransomware attack (worldwide, May 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iran-fuel-stations-cyberattack-2021
S = "iran-fuel-stations-cyberattack-2021"
ATTACK = "2021-10-26"        # the attack on the smart fuel-card system, Tue 26 Oct 2021 (about 11 a.m. Tehran)
RAISI = "2021-10-27"         # Raisi's statement, Wed 27 Oct 2021
art(S, "https://iranintl.com/ar/20211026083321",
    "2021-10-26", "the page address carries the time stamp 20211026083321 and the body says 'اليوم الثلاثاء 26 اكتوبر (تشرين الأول)' (26 Oct 2021 was a Tuesday); headline kept from the page; the last, truncated sentence about the centre shortened", True, """
القوات الأمنية الإيرانية تنتشر في محطات الوقود.. و"المركز الوطني" يؤكد وقوع هجوم سيبراني
بعد ساعات من ورود تقارير عن هجمات سيبرانية طالت النظام الإلكتروني الموحَّد لتوزيع الوقود المدعوم في محطات الوقود الإيرانية، اليوم الثلاثاء 26 اكتوبر (تشرين الأول)، انتشرت قوات الأمن الإيرانية في عدد من هذه المحطات، في حين أكد المركز الوطني للفضاء الافتراضي وقوع هجوم سيبراني.
وكانت وزارة النفط الإيرانية قد أعلنت في وقت سابق عن "خلل" أصاب نظام بطاقة الوقود الذكية، فيما نفى الرئيس التنفيذي لشركة التكرير الإيرانية، في حديث إلى التلفزيون الإيراني، أن تكون محطات الوقود قد تعرضت لهجوم سيبراني.
غير أن المركز الوطني للفضاء الافتراضي أصدر بيانا جاء فيه: "في الساعة 11 من صباح اليوم الثلاثاء 26 أكتوبر (تشرين الأول)، رفع مركز الإدارة الاستراتيجية (افتا) تقريرًا عن هجوم سيبراني استهدف نظام الوقود الذكي في البلاد، فتوقفت المحطات نتيجة لذلك عن تقديم خدمات التزود بالوقود في البلاد".
ولفت المركز إلى أن "الجهات المعنية تعمل على معالجة المشكلة"، متعهدا بأن "تعود خدمات التزود بالوقود إلى وضعها الطبيعي خلال الساعات القليلة المقبلة".
يذكر أن المركز الوطني للفضاء الافتراضي أنشئ بإشراف المرشد الإيراني علي خامنئي.
""", [
    ev("fuel-system-attack", "هجمات سيبرانية طالت النظام الإلكتروني الموحَّد لتوزيع الوقود المدعوم", ATTACK, "'اليوم الثلاثاء 26 اكتوبر' = Tue 26 Oct 2021; the centre's statement puts it at 11 a.m. that day"),
    ev("security-forces-deployed", "انتشرت قوات الأمن الإيرانية في عدد من هذه المحطات", ATTACK, "hours after the attack, the same Tuesday 26 Oct 2021 (the article's day)"),
    ev("oil-ministry-glitch", "أعلنت في وقت سابق عن \"خلل\" أصاب نظام بطاقة الوقود الذكية", ATTACK, "'في وقت سابق' of the same day, Tue 26 Oct 2021"),
    ev("refining-ceo-denial", "نفى الرئيس التنفيذي لشركة التكرير الإيرانية", ATTACK, "no own expression; earlier on Tue 26 Oct 2021, before the centre's statement"),
    ev("cyberspace-centre-statement", "غير أن المركز الوطني للفضاء الافتراضي أصدر بيانا", ATTACK, "no own expression; the statement of Tue 26 Oct 2021 (it speaks of 'صباح اليوم الثلاثاء 26 أكتوبر')"),
])
art(S, "https://elbalad.news/5020271",
    "2021-10-27", "no date line on the stored page; the body's 'اليوم، الأربعاء' for Raisi's statement and 'أمس الثلاثاء' for the attack of Tue 26 Oct 2021 give Wed 27 Oct 2021; headline written from the body (the stored text has none)", False, """
رئيسي: الهجوم الإلكتروني على محطات الوقود أراد إثارة غضب الناس
أعلن الرئيس الإيراني إبراهيم رئيسي أن الهجوم الإلكتروني الذي ضرب محطات توزيع الوقود كان يرمي إلى إثارة الغضب الشعبي عبر "خلق الفوضى وزعزعة الاستقرار".
وبحسب موقع "إيران انترناشيونال"، أوضح رئيسي اليوم، الأربعاء، أن "البعض يسعى إلى إثارة غضب الناس بخلق الفوضى وتعطيل حياتهم"، داعيا وزارة النفط إلى متابعة هذه القضية.
وتابع رئيسي: "أبدى الناس وعيا في مواجهة هذه المشكلة وتعاونوا مع السلطات".
في المقابل، نقلت قناة "العربية" عن مسئول إيراني قوله اليوم، الأربعاء، إن الهجوم الإلكتروني أصاب محطات الوقود كافة بشكل كبير.
ومع أن مسئولين في وزارة البترول الإيرانية أكدوا أن محطات الوقود ستعود إلى العمل بحلول ظهر اليوم، الأربعاء، فإن جليل سالاري، مساعد وزير النفط، ومسعود رضائي، مدير نظام الوقود الذكي، أفادا اليوم، الأربعاء، بأن إعادة تشغيل المحطات بالكامل ستجري يوم الخميس.
وكانت إيران قد أعلنت، أمس الثلاثاء، أنها تعرضت لهجوم إلكتروني واسع النطاق تسبب في أعطال بمحطات الغاز والوقود.
""", [
    ev("raisi-statement", "أوضح رئيسي اليوم، الأربعاء", RAISI, "'اليوم، الأربعاء' = Wed 27 Oct 2021"),
    ev("official-all-stations-hit", "نقلت قناة \"العربية\" عن مسئول إيراني", RAISI, "'قوله اليوم، الأربعاء' = Wed 27 Oct 2021"),
    ev("salari-rezaei-statement", "أفادا اليوم، الأربعاء", RAISI, "'اليوم، الأربعاء' = Wed 27 Oct 2021"),
    ev("full-restart-planned", "إعادة تشغيل المحطات بالكامل ستجري يوم الخميس", "2021-10-28", "'يوم الخميس' after Wed 27 Oct 2021 = Thu 28 Oct (planned)"),
    ev("fuel-system-attack", "أنها تعرضت لهجوم إلكتروني واسع النطاق", ATTACK, "'أمس الثلاثاء' from Wed 27 Oct 2021 = Tue 26 Oct"),
])
art(S, "https://arabsturbo.com/%D8%B7%D9%88%D8%A7%D8%A8%D9%8A%D8%B1-%D8%B7%D9%88%D9%8A%D9%84%D8%A9-%D8%A3%D9%85%D8%A7%D9%85-%D9%85%D8%AD%D8%B7%D8%A7%D8%AA-%D8%A7%D9%84%D9%88%D9%82%D9%88%D8%AF-%D9%81%D9%8A-%D8%A5%D9%8A%D8%B1%D8%A7%D9%86-%D9%88%D8%A7%D9%84%D8%B3%D8%A8%D8%A8-%D9%87%D8%AC%D9%88%D9%85-%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A-427456.html",
    "2021-10-28", "date line on the page 'تاريخ النشر: الخميس، 28 أكتوبر 2021' (not kept in the text; 28 Oct 2021 was a Thursday); headline kept from the page; the stored excerpt breaks off in the last sentence ('في العا...'), completed as 'في العاصمة' and cut there", True, """
طوابير طويلة أمام محطات الوقود في إيران.. والسبب هجوم إلكتروني
أعلنت إيران أن دولة أجنبية تقف وراء هجوم إلكتروني شل شبكة توزيع البنزين بالكامل، فاصطفت السيارات لساعات أمام محطات الوقود، وهو ما أثار غضبا واسعا لدى أصحاب السيارات العاجزين عن تعبئة مركباتهم بالوقود والمضطرين إلى الانتظار طويلا على حساب مصالحهم.
وفي الوقت ذاته، ادعت جماعة تسمي نفسها Predatory Sparrow أنها نفذت الاختراق على شبكات توزيع البنزين وعطلتها، الأمر الذي دفع الرئيس إبراهيم رئيسي إلى القول إن الهجوم استهدف شل حركة المرور وإغضاب الناس لعجزهم عن الحصول على حاجاتهم الأساسية ووقوفهم أمام محطات الوقود لساعات طويلة وسط الزحام والارتباك.
وضرب الهجوم الذي شنته جماعة Predatory Sparrow نظاما قائما على الإنترنت يسمح لسائقي السيارات بشراء الوقود المدعوم بالبطاقات الذكية التي تصدرها الحكومة، فتشكلت طوابير طويلة أمام محطات الوقود دون أن يتمكن أصحابها من التزود بالوقود.
ولم يقتصر الأمر على تعطيل محطات الوقود، إذ استولى المتسللون على اللوحات الإعلانية الرقمية المنصوبة على الطرق السريعة في العاصمة.
""", [
    ev("iran-blames-foreign-state", "أعلنت إيران أن دولة أجنبية تقف وراء هجوم إلكتروني", ATTACK, "no own expression; the officials' statements that the attack came from abroad (Firouzabadi, reported by Makkah of Wed 27 Oct; Raisi's 'enemies' of Wed 27): my span Tue 26 - Wed 27 Oct 2021", end="2021-10-28"),
    ev("fuel-system-attack", "شل شبكة توزيع البنزين بالكامل", ATTACK, "no own expression; the attack of Tue 26 Oct 2021 (iranintl 'اليوم الثلاثاء 26 اكتوبر')"),
    ev("predatory-sparrow-claim", "ادعت جماعة تسمي نفسها Predatory Sparrow", ATTACK, "no own expression; the group's claim came after the attack and before this article of Thu 28 Oct 2021: my span 26 - 28 Oct", end="2021-10-29"),
    ev("raisi-statement", "دفع الرئيس إبراهيم رئيسي إلى القول", RAISI, "no own expression; Raisi spoke on Wed 27 Oct 2021 (elbalad 'اليوم، الأربعاء')"),
    ev("fuel-queues", "فتشكلت طوابير طويلة أمام محطات الوقود", ATTACK, "no own expression; the queues of Tue 26 and Wed 27 Oct 2021, while the stations were down (my span)", end="2021-10-28"),
    ev("billboards-hijacked", "استولى المتسللون على اللوحات الإعلانية الرقمية", ATTACK, "no own expression; the billboards ('خامنئي أين وقودنا') were hacked together with the fuel system on Tue 26 Oct 2021"),
])

# ---------------------------------------------------------------- global-wannacry-ransomware-2017
S = "global-wannacry-ransomware-2017"
FRIDAY = "2017-05-12"        # the WannaCry ransomware attack began on Fri 12 May 2017
EUROPOL = "2017-05-14"       # Europol's Rob Wainwright: 200,000 victims in 150 countries, Sun 14 May 2017
MONDAY = "2017-05-15"        # the feared return to work, Mon 15 May 2017
art(S, "https://youm7.com/story/2017/5/13/خريطة-تكشف-أبرز-الدول-المعرضة-لهجمات-القراصنة-أمس-مصر-من/3232040",
    "2017-05-13", "the page address carries the date 2017/5/13; the body's 'أمس' for the attack on the British health service of Fri 12 May 2017 agrees (13 May 2017 was a Saturday); headline rendered from the URL slug (its end cut in the slug); the comment notice dropped", True, """
خريطة تكشف أبرز الدول المعرضة لهجمات القراصنة أمس.. ومصر بينها
تعرضت أمس دوائر الصحة العامة و16 مستشفى في بريطانيا لهجوم إلكتروني ضخم أصابها بشلل تام، إثر زرع فيروس في الأجهزة يشترط دفع فدية عن كل جهاز، غير أن الأمر سرعان ما تحول إلى ظاهرة عالمية، إذ تبين أن الفيروس أصاب عددا كبيرا من الدول تجاوز 100 دولة، وكانت روسيا الأشد تضررا في الهجوم العالمي الذي وصفه الخبراء بأنه "أكبر تفش لفيروسات الفدية في التاريخ"، ونعرض فيما يلي خريطة تبين أبرز الدول المصابة.
وكشفت تقارير عدة أن أكثر 20 دولة تضررا ضمت أوكرانيا والهند والصين ورومانيا ومصر وإيران والبرازيل وإسبانيا وإيطاليا، بحسب ما أورده باحثون من مختبر كاسبيرسكي، في حين أشارت تقارير أخرى صادرة عن شركة أفاست للبرمجيات الأمنية إلى أنها رصدت 57 ألف إصابة في 99 دولة، لافتة كذلك إلى أن تايوان كانت من أبرز الأهداف.
""", [
    ev("nhs-attack", "دوائر الصحة العامة و16 مستشفى في بريطانيا لهجوم إلكتروني ضخم", FRIDAY, "'أمس' from Sat 13 May 2017 = Fri 12 May"),
    ev("ransomware-attack", "تبين أن الفيروس أصاب عددا كبيرا من الدول", FRIDAY, "no own expression; the global attack that began with the British one on Fri 12 May 2017"),
    ev("kaspersky-top20", "بحسب ما أورده باحثون من مختبر كاسبيرسكي", FRIDAY, "no own expression; the researchers' reports between the attack of Fri 12 May and this article of Sat 13 May 2017 (my span)", end="2017-05-14"),
    ev("avast-57000", "رصدت 57 ألف إصابة في 99 دولة", FRIDAY, "no own expression; Avast's count of the first day, Fri 12 May 2017 (it had 75,000 by 19:15 GMT that Friday)"),
])
art(S, "https://slaati.com/2017/05/14/p776026.html",
    "2017-05-14", "the page address carries the date 2017/05/14 and the body says 'اليوم الأحد' (14 May 2017 was a Sunday); headline written from the body (the stored text has none); the comment box dropped", True, """
يوروبول: الهجوم الإلكتروني العالمي أصاب 200 ألف ضحية في 150 دولة
قال رئيس الشرطة الأوروبية «يوروبول» روب وينرايت، اليوم الأحد، إن الهجوم الإلكتروني العالمي الأخير طال 200 ألف ضحية في 150 دولة على الأقل، من بينها شركات عالمية كبرى.
وأكد وينرايت – في تصريح لوسائل إعلام بريطانية نقلته هيئة الإذاعة البريطانية «بي بي سي» – "أن هذا الهجوم الإلكتروني غير مسبوق، ونحن أمام خطر متصاعد لا سيما أن عدد المتضررين قد يرتفع خلال الساعات القليلة المقبلة مع عودة الجميع إلى أعمالهم يوم الاثنين".
ولفت إلى أن بين هؤلاء الضحايا كثيرا من الشركات ومنها شركات كبيرة، إذ استخدم القراصنة برامج قرصنة خبيثة تجعل الفيروس ينتشر من تلقاء نفسه.
""", [
    ev("europol-200k-statement", "قال رئيس الشرطة الأوروبية «يوروبول» روب وينرايت، اليوم الأحد", EUROPOL, "'اليوم الأحد' = Sun 14 May 2017"),
    ev("ransomware-attack", "الهجوم الإلكتروني العالمي الأخير طال 200 ألف ضحية", FRIDAY, "no own expression; the attack that began on Fri 12 May 2017 (q8times 'أمس الأول الجمعة')"),
    ev("return-to-work-monday", "مع عودة الجميع إلى أعمالهم يوم الاثنين", MONDAY, "'يوم الاثنين' after Sun 14 May 2017 = Mon 15 May"),
])
art(S, "https://q8times.com/35961.html",
    "2017-05-14", "no date line on the stored page; the body's 'اليوم الأحد' for Europol's statement, 'أمس الأول الجمعة' for the start of the attack (Fri 12 May 2017) and 'غدا الاثنين' give Sun 14 May 2017; the agency tag 'كويت تايمز:' dropped; headline written from the body (the stored text has none)", False, """
يوروبول تحذر من تفاقم آثار أكبر هجوم قرصنة لطلب الفدية
أعلنت الشرطة الأوروبية «يوروبول»، اليوم الأحد، أن الهجوم الإلكتروني غير المسبوق أصاب 200 ألف ضحية في بلدان عديدة، محذرة من أن المشكلة قد تتفاقم عند عودة الناس إلى أعمالهم، غدا الاثنين.
وانطلقت ملاحقة دولية للجهات التي خططت لهذا الهجوم الذي وُصف بأنه أكبر عملية قرصنة إلكترونية لطلب الفدية في العالم.
وبدأ الهجوم العشوائي، أمس الأول الجمعة، فطال مصارف ومستشفيات ومؤسسات حكومية في أكثر من 150 بلدا، مستغلا ثغرات في إصدارات قديمة من نظام التشغيل ويندوز.
ومن بين ضحاياه شركة البريد الأميركية «فيدكس» ومصانع سيارات أوروبية وعملاق الاتصالات الإسباني «تليفونيكا» ونظام الرعاية الصحية البريطاني وشبكة السكك الحديدية الألمانية «دويتشه بان».
وأوضح مدير يوروبول روب وينرايت أن الوضع قد يسوء غدا مع رجوع الموظفين إلى مكاتبهم بعد عطلة نهاية الأسبوع وتشغيلهم حواسيبهم.
""", [
    ev("europol-200k-statement", "أعلنت الشرطة الأوروبية «يوروبول»، اليوم الأحد", EUROPOL, "'اليوم الأحد' = Sun 14 May 2017"),
    ev("return-to-work-monday", "عند عودة الناس إلى أعمالهم، غدا الاثنين", MONDAY, "'غدا الاثنين' from Sun 14 May 2017 = Mon 15 May"),
    ev("international-manhunt", "وانطلقت ملاحقة دولية للجهات التي خططت لهذا الهجوم", "2017-05-13", "no own expression; the hunt began after the attack of Fri 12 May and was under way on Sun 14 May 2017 (my span 13 - 14 May)", end=MONDAY),
    ev("ransomware-attack", "وبدأ الهجوم العشوائي، أمس الأول الجمعة", FRIDAY, "'أمس الأول الجمعة' from Sun 14 May 2017 = Fri 12 May"),
    ev("nhs-attack", "ونظام الرعاية الصحية البريطاني", FRIDAY, "no own expression; the British health service was hit on Fri 12 May 2017 (youm7 'أمس' on Sat 13)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 469
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
