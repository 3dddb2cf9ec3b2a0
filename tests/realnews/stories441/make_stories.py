"""Builds stories.jsonl: the 441-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: kidnappings, abductions and hostage or captive releases
in Arab countries (kidnapped foreigners, journalists, children, ransom cases, freed captives).
Stories: the release of the five UN security staff kidnapped by al-Qaeda in Abyan (Yemen, August 2023), the
release of the Israeli-Russian researcher Elizabeth Tsurkov held by Kataib Hezbollah (Iraq, September 2025),
the kidnapping and liberation of 14 Tunisian refinery workers in Zawiya (Libya, February 2019), and the
release of the seven Estonian cyclists kidnapped in the Bekaa (Lebanon, July 2011).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-abyan-un-staff-release-2023
S = "yemen-abyan-un-staff-release-2023"
KIDNAP = "2022-02-11"                      # the five UN security staff were kidnapped in Abyan on Fri 11 Feb 2022
ANNOUNCE = "2023-08-11"                    # the UN announced their release on Fri 11 Aug 2023
FREED = ("2023-08-05", "2023-08-10")       # freed 'this week' (Gressly, Fri 11 Aug); the Bangladeshi reached home on 9 Aug
CALL = "2023-08-14"                        # Sheikh Hasina's call to Mohamed bin Zayed, Mon 14 Aug 2023 (WAM / The National)
art(S, "https://elbaladtv.net/%d8%a7%d9%84%d8%a5%d9%81%d8%b1%d8%a7%d8%ac-%d8%b9%d9%86-5-%d8%a3%d9%81%d8%b1%d8%a7%d8%af-%d8%a3%d9%85%d9%86-%d8%aa%d8%a7%d8%a8%d8%b9%d9%8a%d9%86-%d9%84%d9%84%d8%a3%d9%85%d9%85-%d8%a7%d9%84%d9%85%d8%aa",
    "2023-08-11", "no date line on the stored page; a Reuters report whose 'اليوم الجمعة' names the day of the UN announcement, Fri 11 Aug 2023 (sawtalshoura of Sat 12 Aug: 'أمس الجمعة'; 11 Aug 2023 was a Friday), so it was published that Friday; the picture caption dropped; headline kept from the page; the last, truncated sentence dropped", False, """
الإفراج عن 5 أفراد أمن تابعين للأمم المتحدة باليمن بعد احتجازهم 18 شهرا
أعلنت الأمم المتحدة اليوم الجمعة أن خمسة من عناصر الأمن العاملين لديها أطلق سراحهم بعدما خطفهم تنظيم القاعدة في اليمن قبل 18 شهرا.
وأفاد متحدث باسم المنظمة بأن الأمين العام أنطونيو جوتيريش رحب بالإفراج عنهم و'شدد على أن الخطف جريمة لا إنسانية ولا مبرر لها، وطالب بمحاسبة مرتكبيها'.
وأبلغ ديفيد جريسلي، أكبر مسؤولي الأمم المتحدة في اليمن، الصحفيين بأن المفرج عنهم، وهم أربعة يمنيين وواحد من بنجلاديش، 'في صحة جيدة جدا ومعنوياتهم عالية على الرغم من كل ما عانوه'.
وتابع 'غير أنهم عاشوا فترة بالغة الصعوبة امتدت 18 شهرا من العزلة'.
وكان أفراد الأمن الأمميون قد اختطفوا في محافظة أبين بجنوب اليمن في 11 فبراير 2022. وقد استفاد تنظيم القاعدة في جزيرة العرب، الذي يتخذ من اليمن مقرا له، من الحرب بين تحالف تقوده السعودية والحوثيين حلفاء إيران لتعزيز نفوذه.
وحذر جريسلي من أن التنظيم يمثل 'تهديدا متزايدا'.
ويعاني اليمن من الصراع منذ أن أزاحت جماعة الحوثي الحكومة عن العاصمة صنعاء أواخر عام 2014. ثم تدخل التحالف العسكري بقيادة السعودية في 2015 سعيا لإعادة الحكومة إلى السلطة.
""", [
    ev("un-announces-release", "أعلنت الأمم المتحدة اليوم الجمعة", ANNOUNCE, "'اليوم الجمعة' = Fri 11 Aug 2023"),
    ev("staff-freed", "أطلق سراحهم بعدما خطفهم تنظيم القاعدة", FREED[0], "no own expression; the release took place 'this week' before the announcement of Fri 11 Aug 2023 (Gressly's statement), the Bangladeshi staff member reached home on 9 Aug (albayan): my span Sat 5 - Wed 9 Aug 2023", end=FREED[1]),
    ev("guterres-welcomes", "رحب بالإفراج عنهم", ANNOUNCE, "no own expression; the Secretary-General's welcome in the statement of the deputy spokesman on Fri 11 Aug 2023, the day of the announcement"),
    ev("gressly-briefing", "وأبلغ ديفيد جريسلي، أكبر مسؤولي الأمم المتحدة في اليمن، الصحفيين", ANNOUNCE, "no own expression; Gressly spoke to reporters on the day of the announcement, Fri 11 Aug 2023 (he flew with the Yemeni staff from Mukalla to Aden that day)"),
    ev("staff-kidnapped", "قد اختطفوا في محافظة أبين بجنوب اليمن في 11 فبراير 2022", KIDNAP, "'في 11 فبراير 2022' = Fri 11 Feb 2022"),
    ev("coalition-intervention", "ثم تدخل التحالف العسكري بقيادة السعودية في 2015", "2015-03-26", "'في 2015' = the start of the Saudi-led intervention, Thu 26 Mar 2015 (the year only in this text)"),
])
art(S, "https://sawtalshoura.com/%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1/%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1-%d9%85%d8%ad%d9%84%d9%8a%d8%a9/%d8%a7%d9%84%d8%a5%d9%81%d8%b1%d8%a7%d8%ac-%d8%b9%d9%86-%d8%ae%d9%85%d8%b3%d8%a9-%d9%85%d9%86-%d9%85%d9%88%d8%b8%d9%81%d9%8a-%d8%a7%d9%84%d8%a3%d9%85%d9%85-%d8%a7%d9%84%d9%85%d8%aa%d8%ad%d8%af%d8%a9",
    "2023-08-12", "page date line 'السبت12 أغسطس2023' under the headline (dropped from the text); the body's 'أمس الجمعة' for the UN announcement of Fri 11 Aug 2023 agrees; the repeated headline and the 'أقرأ أيضا' link dropped; headline kept from the page", True, """
الإفراج عن خمسة من موظفي الأمم المتحدة خطفهم تنظيم القاعدة بأبين
أعلنت الأمم المتحدة أمس الجمعة أن خمسة من عناصر الأمن التابعين لها أفرج عنهم، بعد أن خطفهم تنظيم القاعدة في جنوب اليمن قبل 18 شهرا.
وذكر متحدث باسم الأمم المتحدة أن الأمين العام أنطونيو جوتيريش رحب بالإفراج و"أكد أن الخطف جريمة لا إنسانية ولا مسوغ لها، ودعا إلى محاسبة من ارتكبوها".
وأوضح ديفيد جريسلي، كبير مسؤولي الأمم المتحدة في اليمن، للصحفيين أن المفرج عنهم، وهم أربعة من اليمن وواحد من بنجلادش، "بصحة جيدة للغاية ومعنوياتهم مرتفعة رغم كل ما مروا به".
وأضاف "لكنهم عاشوا فترة عصيبة جدا دامت 18 شهرا من العزلة".
وكان عناصر الأمن التابعون للأمم المتحدة قد خطفوا في محافظة أبين جنوب اليمن في 11 فبراير شباط 2022. وقد استغل تنظيم القاعدة في جزيرة العرب حالة الانفلات الأمني في المحافظات التي يحتلها التحالف السعودي لترسيخ نفوذه فيها.
ونبه جريسلي إلى أن التنظيم بات يشكل "تهديدا متزايدا".
""", [
    ev("un-announces-release", "أعلنت الأمم المتحدة أمس الجمعة", ANNOUNCE, "'أمس الجمعة' in an article of Sat 12 Aug 2023 = Fri 11 Aug"),
    ev("staff-freed", "أن خمسة من عناصر الأمن التابعين لها أفرج عنهم", FREED[0], "no own expression; released 'this week' before the announcement of Fri 11 Aug 2023, the Bangladeshi reached home on 9 Aug (my span Sat 5 - Wed 9 Aug 2023)", end=FREED[1]),
    ev("guterres-welcomes", "أنطونيو جوتيريش رحب بالإفراج", ANNOUNCE, "no own expression; the welcome in the UN statement of Fri 11 Aug 2023"),
    ev("gressly-briefing", "وأوضح ديفيد جريسلي، كبير مسؤولي الأمم المتحدة في اليمن، للصحفيين", ANNOUNCE, "no own expression; Gressly's remarks to reporters on the day of the announcement, Fri 11 Aug 2023"),
    ev("staff-kidnapped", "قد خطفوا في محافظة أبين جنوب اليمن في 11 فبراير شباط 2022", KIDNAP, "'في 11 فبراير شباط 2022' = Fri 11 Feb 2022"),
])
art(S, "https://mail.almawqeapost.net/news/88453",
    "2023-08-15", "page stamp 'الثلاثاء, 15 أغسطس, 2023 - 11:17 صباحاً' under the headline (dropped from the text with the byline 'متابعة خاصة'); headline kept from the page", True, """
بنغلاديش تثني على دور الإمارات بالإفراج عن موظفين أمميين كانوا مختطفين لدى "القاعدة" باليمن
أشادت بنغلاديش بالدور الذي أدته الإمارات العربية المتحدة في الإفراج عن موظفين أمميين ظلوا مختطفين لدى تنظيم القاعدة في جنوب اليمن منذ عام ونصف.
وأفادت وكالة الأنباء الإماراتية بأن الرئيس الإماراتي، محمد بن زايد، تلقى اتصالا هاتفيا من رئيسة وزراء بنغلادش، حسينة واجد، أثنت فيه على مساعي أبو ظبي في الإفراج عن الموظفين الأمميين.
وكانت الأمم المتحدة قد أعلنت أن تنظيم القاعدة أفرج عن خمسة من موظفيها في اليمن، بعد عام ونصف على خطفهم في محافظة أبين، ومن بينهم مدير الأمن والسلامة في الأمم المتحدة باليمن، آكام سوفيول أنام، وهو بنغالي الجنسية.
وكان تنظيم "القاعدة" قد طالب في وقت سابق بثلاثة ملايين دولار مقابل إطلاق سراحه، بينما رجح مصدر مطلع أن تكون الإمارات هي التي دفعت الفدية، معتبرا ذلك تمويلا مباشرا للقاعدة.
""", [
    ev("hasina-call", "تلقى اتصالا هاتفيا من رئيسة وزراء بنغلادش", CALL, "no own expression; the call reported by WAM took place on Mon 14 Aug 2023 (The National of 14 Aug: 'in a phone call with President Sheikh Mohamed on Monday')"),
    ev("un-announces-release", "وكانت الأمم المتحدة قد أعلنت", ANNOUNCE, "no own expression; the UN announcement of Fri 11 Aug 2023 (elbaladtv 'اليوم الجمعة', sawtalshoura 'أمس الجمعة')"),
    ev("staff-freed", "أن تنظيم القاعدة أفرج عن خمسة من موظفيها في اليمن", FREED[0], "no own expression; released in the week before the announcement of Fri 11 Aug 2023 (my span Sat 5 - Wed 9 Aug 2023)", end=FREED[1]),
    ev("staff-kidnapped", "بعد عام ونصف على خطفهم في محافظة أبين", KIDNAP, "'بعد عام ونصف' before Aug 2023; the kidnapping of Fri 11 Feb 2022 (the other articles: 'في 11 فبراير 2022')"),
])

# ---------------------------------------------------------------- iraq-tsurkov-release-2025
S = "iraq-tsurkov-release-2025"
FREE = "2025-09-09"                        # Tsurkov freed, announced by Trump and al-Sudani on the evening of Tue 9 Sep 2025
RETURN = "2025-09-10"                      # she arrived in Israel (Ben Gurion, then Sheba hospital) on Wed 10 Sep 2025
THU = "2025-09-11"                         # Netanyahu's call and the first footage of her, Thu 11 Sep 2025
VANISHED = ("2023-03-01", "2023-04-01")    # she disappeared in Baghdad in March 2023 (the month only)
art(S, "https://www.swissinfo.ch/ara/%D8%AA%D8%B1%D8%A7%D9%85%D8%A8%3A-%D9%83%D8%AA%D8%A7%D8%A6%D8%A8-%D8%AD%D8%B2%D8%A8-%D8%A7%D9%84%D9%84%D9%87-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D8%B7%D9%84%D9%82-%D8%B3%D8%B1%D8%A7%D8%AD-%D8%A7%D9%84%D8%A8%D8%A7%D8%AD%D8%AB%D8%A9-%D8%A5%D9%84%D9%8A%D8%B2%D8%A7%D8%A8%D9%8A%D8%AB-%D8%AA%D8%B3%D9%88%D8%B1%D9%83%D9%88%D9%81/89977374",
    "2025-09-09", "page date 2025-09-09 on the stored page (a Reuters Arabic report carried by swissinfo); the body's 'يوم الثلاثاء' (9 Sep 2025 was a Tuesday) agrees; the editors' credit line dropped; headline kept from the page", True, """
ترامب: كتائب حزب الله العراقية تطلق سراح الباحثة إليزابيث تسوركوف
(رويترز) – أعلن الرئيس الأمريكي دونالد ترامب يوم الثلاثاء أن الباحثة الإسرائيلية الروسية إليزابيث تسوركوف، التي ظلت كتائب حزب الله العراقية الشيعية تحتجزها منذ أكثر من عامين، قد أطلق سراحها.
وكتب ترامب على منصته تروث سوشيال أن "تسوركوف باتت الآن في أمان داخل السفارة الأمريكية في العراق بعد أن تعرضت للتعذيب لأشهر عديدة".
وكانت تسوركوف، وهي باحثة في جامعة برينستون، قد اختفت في العراق أثناء رحلة بحثية في مارس آذار 2023.
""", [
    ev("trump-announces", "أعلن الرئيس الأمريكي دونالد ترامب يوم الثلاثاء", FREE, "'يوم الثلاثاء' = Tue 9 Sep 2025"),
    ev("tsurkov-freed", "قد أطلق سراحها", FREE, "no own expression; released on Tue 9 Sep 2025, the day Trump and al-Sudani announced it"),
    ev("tsurkov-vanishes", "قد اختفت في العراق أثناء رحلة بحثية في مارس آذار 2023", VANISHED[0], "'في مارس آذار 2023' = March 2023 (the month only)", end=VANISHED[1]),
])
art(S, "https://al-ain.com/article/iraq-israel-hostage",
    "2025-09-10", "no date on the stored page; the body's 'مساء اليوم الأربعاء' for the Yedioth report of her arrival and 'أمس' / 'مساء أمس الثلاثاء' for Trump's post and the Kataib Hezbollah source of Tue 9 Sep 2025 give Wed 10 Sep 2025 (10 Sep 2025 was a Wednesday); headline kept from the page; the section 'من هي إليزابيث تسوركوف؟' (cut off on the stored page) dropped; no date of its own in the text", False, """
اختطفت في العراق منذ 2023.. الإسرائيلية تسوركوف تصل تل أبيب
رجعت الباحثة الروسية الإسرائيلية إليزابيث تسوركوف إلى إسرائيل عقب الإفراج عنها في العراق.
وكان الرئيس الأمريكي دونالد ترامب قد كتب أمس على منصته للتواصل الاجتماعي "تروث سوشيال" أن "كتائب حزب الله" العراقية أفرجت عن إليزابيث تسوركوف، الطالبة في جامعة برينستون والشقيقة لمواطنة أمريكية.
وتابع ترامب أن "إليزابيث تسوركوف باتت الآن في أمان بالسفارة الأمريكية في العراق بعد أن تعرضت للتعذيب لعدة أشهر".
وأوردت صحيفة "يديعوت أحرونوت" الإسرائيلية مساء اليوم الأربعاء أن تسوركوف وصلت إلى مطار بن جوريون بتل أبيب، ثم نقلت إلى المستشفى لإجراء الفحوص الطبية المعتادة للأسرى بعد إطلاقهم.
وكان مصدر في فصيل كتائب حزب الله الموالي لإيران قد قال لوكالة فرانس برس مساء أمس الثلاثاء إن الإفراج عن الباحثة الإسرائيلية-الروسية تم بشرط "إبعاد العراق عن أي صراعات".
ومع أن الفصيل لم يتبن خطف تسوركوف، فقد قال المصدر إن "ما جرى هو إطلاق سراح وليس تحريرا، ولم تنفذ أي عملية عسكرية لتحريرها، وإنما أفرج عنها وفق شروط أبرزها التمهيد لانسحاب القوات الأمريكية دون قتال وإبعاد العراق عن أي صراعات وقتال".
""", [
    ev("tsurkov-returns-israel", "أن تسوركوف وصلت إلى مطار بن جوريون بتل أبيب", RETURN, "'مساء اليوم الأربعاء' (the day of the Yedioth report of her arrival) = Wed 10 Sep 2025"),
    ev("trump-announces", "قد كتب أمس على منصته للتواصل الاجتماعي", FREE, "'أمس' from Wed 10 Sep 2025 = Tue 9 Sep"),
    ev("tsurkov-freed", "أن \"كتائب حزب الله\" العراقية أفرجت عن إليزابيث تسوركوف", FREE, "no own expression; released on Tue 9 Sep 2025 (Trump's post of 'أمس')"),
    ev("kh-source-afp", "قد قال لوكالة فرانس برس مساء أمس الثلاثاء", FREE, "'مساء أمس الثلاثاء' from Wed 10 Sep 2025 = Tue 9 Sep"),
])
art(S, "https://www.i24news.tv/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/middle-east/artc-07485ea7",
    "2025-09-11", "page date 2025-09-11 on the stored page; the body's 'اليوم (الخميس)' (11 Sep 2025 was a Thursday) agrees; the '- قد يعجبك أيضًا' link line dropped; headline written from the body (the stored text has none)", True, """
نتنياهو يتحدث مع تسوركوف بعد عودتها إلى إسرائيل
رجعت إلى إسرائيل الباحثة الإسرائيلية إليزابيث تسوركوف، التي بقيت محتجزة في العراق لمدة عامين ونصف لدى كتائب حزب الله، والتقت عائلتها في مستشفى شيبا بتل هشومير وسط إسرائيل، ونشرت لها مشاهد للمرة الأولى منذ عودتها إلى إسرائيل وهي تسير في المستشفى بمساعدة عائلتها وأصدقائها.
وتحدث رئيس الحكومة الإسرائيلية بنيامين نتنياهو اليوم (الخميس) مع تسوركوف ومع شقيقها ديفيد. وبحسب بيان صادر عن ديوان رئيس الحكومة الإسرائيلي، "شكرت تسوركوف نتنياهو وكل من شارك في إطلاق سراحها، ووصفت خلال حديثهما الظروف القاسية التي احتجزت فيها، وتمنت عودة جميع المختطفين".
وأضاف البيان أن نتنياهو هنأ إليزابيث بعودتها وتمنى لها شفاء عاجلا، وقال إن جهودا كبيرة بذلت لإعادتها إلى إسرائيل. ونوه نتنياهو بالمساعدة التي قدمتها أطراف كثيرة، في مقدمتها الرئيس الأمريكي ترامب ووزير الخارجية روبيو والمبعوث الخاص بوهلر ومنسق شؤون الأسرى والمفقودين الإسرائيلي غال هيرش، في عودتها.
""", [
    ev("tsurkov-returns-israel", "رجعت إلى إسرائيل الباحثة الإسرائيلية إليزابيث تسوركوف", RETURN, "no own expression; she arrived in Israel on Wed 10 Sep 2025 (al-ain 'مساء اليوم الأربعاء')"),
    ev("first-footage", "ونشرت لها مشاهد للمرة الأولى منذ عودتها إلى إسرائيل", THU, "no own expression; the prime minister's office released the first footage of her on Thu 11 Sep 2025 (Shafaq News and AFP: 'يوم الخميس')"),
    ev("netanyahu-call", "وتحدث رئيس الحكومة الإسرائيلية بنيامين نتنياهو اليوم (الخميس)", THU, "'اليوم (الخميس)' = Thu 11 Sep 2025"),
])

# ---------------------------------------------------------------- libya-zawiya-tunisian-workers-kidnapping-2019
S = "libya-zawiya-tunisian-workers-kidnapping-2019"
SEIZED = "2019-02-14"                      # 14 Tunisian refinery workers seized near Zawiya on the morning of Thu 14 Feb 2019
STATEMENT = "2019-02-15"                   # the Tunisian foreign ministry's statement, Friday night 15 Feb 2019
MUNICH = "2019-02-16"                      # Jhinaoui met his Libyan counterpart Siala in Munich, Sat 16 Feb 2019
RELEASED = "2019-02-17"                    # the workers freed by the Zawiya security directorate, evening of Sun 17 Feb 2019
art(S, "https://acharaa.com/?p=400542",
    "2019-02-16", "no date on the stored page; the body's 'صباح أوّل أمس الخميس 14 فيفري 2019' and 'ليلة أمس' for the ministry's statement of Friday night give Sat 16 Feb 2019 (16 Feb 2019 was a Saturday); headline written from the body (the stored text has none); the outlet's name line 'الشارع المغاربي :' dropped; no date of its own in the text", False, """
الخارجية التونسية تتابع وضع عمال تونسيين اختطفوا قرب الزاوية الليبية
أكدت وزارة الشؤون الخارجية أنها "تتابع أوضاع تونسيين يعملون في ليبيا وقعوا ضحية اختطاف صباح أوّل أمس الخميس 14 فيفري 2019 على يد عناصر ليبية مسلحة عند مشارف مدينة الزاوية".
وبينت الوزارة في بلاغ صادر عنها ليلة أمس أن "الوزير خميس الجهيناوي بادر فور علمه بالحادثة إلى الاتصال مباشرة بنظيره الليبي للتشديد على ضرورة العمل على الحفاظ على سلامة المحتجزين والإسراع بالإفراج عنهم وضمان عودتهم سالمين".
ولفتت إلى أن قنصلية تونس في طرابلس تواصل اتصالاتها بالجهات الليبية المختصة لإنهاء هذه الأزمة دون تأخير.
""", [
    ev("workers-kidnapped", "وقعوا ضحية اختطاف صباح أوّل أمس الخميس 14 فيفري 2019", SEIZED, "'صباح أوّل أمس الخميس 14 فيفري 2019' = Thu 14 Feb 2019"),
    ev("ministry-statement", "وبينت الوزارة في بلاغ صادر عنها ليلة أمس", STATEMENT, "'ليلة أمس' from Sat 16 Feb 2019 = the night of Fri 15 Feb"),
    ev("jhinaoui-calls-counterpart", "بادر فور علمه بالحادثة إلى الاتصال مباشرة بنظيره الليبي", SEIZED, "no own expression; 'فور علمه بالحادثة', between the kidnapping of Thu 14 Feb 2019 and the statement of Friday night 15 Feb (my span 14-15 Feb)", end="2019-02-16"),
])
art(S, "https://sauress.com/okaz/1706424",
    "2019-02-16", "no date line on the stored page; an Okaz report carried by sauress; the body's 'اليوم (السبت)' for Jhinaoui's meeting with Siala in Munich, held on Sat 16 Feb 2019 during the Munich Security Conference (aajsy of 17 Feb), and 'الليلة الماضية' for the statement of Friday night give Sat 16 Feb 2019; headline written from the body (the stored text has none); no date of its own in the text", False, """
تونس: مسلحون يختطفون مواطنين يعملون في ليبيا على مشارف الزاوية
أفادت وزارة الخارجية التونسية بأن مواطنين تونسيين يعملون في ليبيا تعرضوا للاختطاف على أيدي عناصر ليبية مسلحة عند مشارف مدينة الزاوية غربي العاصمة طرابلس.
وورد في بيان أصدرته وزارة الخارجية الليلة الماضية أن الوزارة تتابع القضية مع السلطات الليبية، وتشدد على وجوب العمل من أجل الحفاظ على سلامة المختطفين والإفراج عنهم وضمان عودتهم سالمين.
ولم يذكر البيان عدد المختطفين من المواطنين التونسيين.
واجتمع وزير الخارجية التونسي خميس الجهيناوي في ميونيخ اليوم (السبت) بنظيره الليبي محمد الطاهر سيالة، وتباحث معه في قضية الاختطاف.
""", [
    ev("workers-kidnapped", "تعرضوا للاختطاف على أيدي عناصر ليبية مسلحة", SEIZED, "no own expression; the kidnapping of the morning of Thu 14 Feb 2019 (acharaa 'صباح أوّل أمس الخميس 14 فيفري 2019')"),
    ev("ministry-statement", "وورد في بيان أصدرته وزارة الخارجية الليلة الماضية", STATEMENT, "'الليلة الماضية' from Sat 16 Feb 2019 = the night of Fri 15 Feb"),
    ev("munich-meeting", "واجتمع وزير الخارجية التونسي خميس الجهيناوي في ميونيخ اليوم (السبت)", MUNICH, "'اليوم (السبت)' = Sat 16 Feb 2019"),
])
art(S, "https://aajsy.com/home/GoToPage/255e507c-6e24-46f3-b90b-0874f591798f/89c7e050-677e-4abb-a1b5-ac37a02a0d3c",
    "2019-02-17", "page date line '17 فبراير 2019' under the headline (dropped from the text with the font-size widget); 17 Feb 2019 was a Sunday; the trailing 'دلالات' dropped; headline kept from the page", True, """
الإفراج عن المخطوفين التونسيين في مدينة الزاوية الليبية
أعلنت مديرية أمن الزاوية الليبية على صفحتها الرسمية في "فيسبوك" الإفراج عن العمال التونسيين المختطفين.
وأكد العقيد علي منصور الأسطى، مساعد مدير أمن الزاوية للشؤون الأمنية، أن العمال التونسيين المختطفين، وعددهم 14، عادوا سالمين بعد أن تمكنت القوات من إخلاء سبيلهم ونقلهم إلى مقر المديرية مساء اليوم.
وكان التونسيون المخطوفون قد ظهروا في مقطع فيديو تم تداوله على مواقع التواصل الاجتماعي، طالبوا فيه الحكومة التونسية بالإفراج عن السجين كمال اللافي، المنحدر من منطقة الزاوية والمعتقل لدى الحكومة التونسية، علما أنهم يتحدرون من محافظات مختلفة مثل صفاقس والقصرين وبنزرت وقابس والمهدية وسيدي بوزيد.
وكان وزير الخارجية التونسي خميس الجهيناوي قد طلب خلال لقائه نظيره الليبي محمد الطاهر سيالة الإسراع في الإفراج عن التونسيين الذين اختطفتهم عناصر ليبية مسلحة في مدينة الزاوية الليبية. وتعهد الأخير بمتابعة حكومة بلاده لحادثة الاختطاف وحرصها على ضمان سلامة المختطفين وعودتهم في أقرب وقت.
""", [
    ev("zawiya-security-announcement", "أعلنت مديرية أمن الزاوية الليبية على صفحتها الرسمية", RELEASED, "no own expression; the directorate's announcement of the release on the evening of Sun 17 Feb 2019, the day of the article ('مساء اليوم')"),
    ev("workers-freed", "بعد أن تمكنت القوات من إخلاء سبيلهم ونقلهم إلى مقر المديرية مساء اليوم", RELEASED, "'مساء اليوم' in an article of Sun 17 Feb 2019 = the evening of Sun 17 Feb"),
    ev("munich-meeting", "خلال لقائه نظيره الليبي محمد الطاهر سيالة", MUNICH, "no own expression; the Munich meeting of Sat 16 Feb 2019 (okaz 'اليوم (السبت)')"),
    ev("workers-kidnapped", "الذين اختطفتهم عناصر ليبية مسلحة في مدينة الزاوية الليبية", SEIZED, "no own expression; the kidnapping of Thu 14 Feb 2019"),
])
art(S, "https://ulysse-fm.net/?p=14186",
    "2019-02-18", "no date on the stored page; the body's 'تم امس مساءا اطلاق سراح' for the release of the evening of Sun 17 Feb 2019 (aajsy of 17 Feb: 'مساء اليوم'; alwasat: 'أول أمس الجمعة' for Friday's reports) gives Mon 18 Feb 2019; headline written from the body (the stored text has none); no date of its own in the text", False, """
إطلاق سراح العمال التونسيين المختطفين في الزاوية الليبية
تم امس مساءا اطلاق سراح العمال التونسيين الذين اختطفوا في ليبيا منذ يومين، وهم بصحة جيدة بحسب ما أكده رئيس المرصد التونسي لحقوق الإنسان مصطفى عبد الكبير.
من جهتها، أعلنت مديرية أمن الزاوية أنها نجحت في إخلاء سبيل 14 عاملا تونسيا بعد أن اختطفوا في منطقة الزاوية، على بعد 50 كلم غرب طرابلس، بينما كانوا على متن حافلة متجهة إلى موقع عملهم بمصفاة نفط.
وكشفت الأجهزة الأمنية بمديرية أمن الزاوية في ليبيا هوية الخاطفين، وقالت إن التحقيقات بينت أن المتورطين في عملية الخطف هما أساسا محمد علي عبد المولى من سكان منطقة الحرشة وخاله المدعو اللافي محد اللافي، الذي اتضح أن شقيقه يقضي عقوبة في السجون التونسية إثر حكم جنائي صدر ضده عن القضاء التونسي.
وأبدت وزارة الشؤون الخارجية التونسية ارتياحها لإطلاق سراح العمال، وأوضحت أنها اتصلت بالتونسيين المحررين الموجودين بمديرية أمن الزاوية للاطمئنان على صحتهم وسلامتهم.
""", [
    ev("workers-freed", "تم امس مساءا اطلاق سراح العمال التونسيين", RELEASED, "'امس مساءا' from Mon 18 Feb 2019 = the evening of Sun 17 Feb"),
    ev("workers-kidnapped", "الذين اختطفوا في ليبيا منذ يومين", SEIZED, "the text's 'منذ يومين' is loose; the kidnapping was on the morning of Thu 14 Feb 2019 (acharaa, aajsy)"),
    ev("zawiya-security-announcement", "أعلنت مديرية أمن الزاوية أنها نجحت في إخلاء سبيل 14 عاملا تونسيا", RELEASED, "no own expression; the directorate's announcement of Sun 17 Feb 2019 (aajsy 'مساء اليوم')"),
    ev("ministry-relief", "وأبدت وزارة الشؤون الخارجية التونسية ارتياحها لإطلاق سراح العمال", RELEASED, "no own expression; the ministry's statement on the release, Sun 17 Feb 2019 (Reuters via almashhadlibya: 'في بيان لها، اليوم الأحد')"),
])

# ---------------------------------------------------------------- lebanon-estonian-cyclists-release-2011
S = "lebanon-estonian-cyclists-release-2011"
TAKEN = "2011-03-23"                       # the seven Estonian cyclists were kidnapped near Zahle on Wed 23 Mar 2011
OUT = "2011-07-14"                         # freed in the Bekaa on the morning of Thu 14 Jul 2011, taken to the French embassy
art(S, "https://www.almadenahnews.com/article/95218-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A-%D9%8A%D8%B9%D9%84%D9%86-%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-%D8%A7%D9%84%D8%B1%D9%87%D8%A7%D8%A6%D9%86-%D8%A7%D9%84%D8%A5%D8%B3%D8%AA%D9%88%D9%86%D9%8A%D9%8A%D9%86-%D8%A7%D9%84%D8%B3%D8%A8%D8%B9%D8%A9-%D8%A7%D9%84%D9%85%D8%AE%D8%AA%D8%B7%D9%81%D9%8A%D9%86",
    "2011-07-14", "no date on the stored page; the body's 'صباح اليوم الخميس' for the interior minister's announcement of the release, which took place on Thu 14 Jul 2011 (14 Jul 2011 was a Thursday; almadina via sauress of Fri 15: 'أفرج صباح أمس'), gives Thu 14 Jul 2011; the outlet's name 'المدينة نيوز -' dropped; headline kept from the page; the last, truncated sentence shortened; no date of its own in the text", False, """
الأمن اللبناني يعلن الإفراج عن الرهائن الإستونيين السبعة المختطفين
أعلن وزير الداخلية اللبناني مروان شربل صباح اليوم الخميس إطلاق سراح 7 إستونيين ظلوا مختطفين في لبنان منذ أكثر من 3 أشهر. ووصل الرهائن إلى السفارة الفرنسية في بيروت لإتمام إجراءات عودتهم إلى بلدهم.
وكان وفد فرنسي قد تسلم المخطوفين السبعة في منطقة البقاع اللبناني عقب إطلاق سراحهم، ونقلهم إلى مقر السفارة.
وكان السبعة، وهم من هواة ركوب الدراجات وأغلبهم في العقد الثالث من العمر، قد خطفوا لدى وصولهم إلى مدينة زحلة في 23 مارس/آذار الماضي بعدما دخلوا لبنان من سوريا على دراجات هوائية، في عملية خطف ما زالت ذيولها وملابساتها غامضة حتى الآن، على الرغم من اعتقال 7 أشخاص في لبنان تبين أن لهم صلة بالقضية.
غير أن التحقيقات معهم لم تفض إلى أي دليل قاطع بشأن الجهة المسؤولة عن الخطف ولا المكان الذي احتجزوا فيه، كما لم تعلن أي جماعة مسؤوليتها عن خطفهم، ولم يصدر عن خاطفيهم أي طلب لفدية مالية مقابل إطلاقهم.
وكان السبعة قد ظهروا في شريطي فيديو في نيسان/أبريل ثم أيار/مايو الماضيين، طلبوا فيهما من حكومتهم المساعدة على إطلاق سراحهم. كما ظهروا في شريط ثالث قبل 3 أسابيع لم يطلع عليه سوى ذويهم، وفق ما أعلنته الخارجية الإستونية.
""", [
    ev("charbel-announces", "أعلن وزير الداخلية اللبناني مروان شربل صباح اليوم الخميس", OUT, "'صباح اليوم الخميس' = Thu 14 Jul 2011"),
    ev("estonians-freed", "إطلاق سراح 7 إستونيين ظلوا مختطفين في لبنان", OUT, "no own expression; the release of the morning of Thu 14 Jul 2011, the day of the minister's announcement"),
    ev("arrive-french-embassy", "ووصل الرهائن إلى السفارة الفرنسية في بيروت", OUT, "no own expression; they reached the French embassy in Beirut on Thu 14 Jul 2011 (almadina: on the balcony 'قرابة الثانية من بعد ظهر أمس')"),
    ev("estonians-kidnapped", "قد خطفوا لدى وصولهم إلى مدينة زحلة في 23 مارس/آذار الماضي", TAKEN, "'في 23 مارس/آذار الماضي' from July 2011 = Wed 23 Mar 2011"),
    ev("videos-april-may", "قد ظهروا في شريطي فيديو في نيسان/أبريل ثم أيار/مايو الماضيين", "2011-04-01", "'في نيسان/أبريل ثم أيار/مايو الماضيين' = April and May 2011 (the months only; one span for the two videos)", end="2011-06-01"),
])
art(S, "https://www.albawaba.com/ar/%D8%A7%D8%AD%D8%AF%D8%A7%D8%AB-%D8%AA%D8%AD%D8%AA-%D8%A7%D9%84%D8%A7%D8%B6%D9%88%D8%A7%D8%A1/%D8%A7%D9%84%D8%A7%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-7-%D8%B3%D9%8A%D8%A7%D8%AD-%D8%A7%D8%B3%D8%AA%D9%88%D9%86%D9%8A%D9%8A%D9%86-%D8%AE%D8%B7%D9%81%D9%88%D8%A7-%D8%A8%D9%84%D8%A8%D9%86%D8%A7%D9%86-383178",
    "2011-07-14", "no date on the stored page; the body's 'صباح اليوم الخميس' for the release and 'مساء اليوم' for the expected arrival of the Estonian foreign minister give Thu 14 Jul 2011 (14 Jul 2011 was a Thursday); headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
الإفراج عن 7 سياح إستونيين خطفوا في لبنان
أفرج صباح اليوم الخميس عن الإستونيين السبعة في بلدة عرسال بمنطقة بعلبك، وسلموا إلى بعثة فرنسية، وهم في طريقهم إلى السفارة الفرنسية التي يتوقع أن تسلمهم إلى القوى الأمنية لتحقق معهم في ظروف اختطافهم وأماكن احتجازهم.
وأعلن وزير الداخلية والبلديات العميد مروان شربل أن "وزير الخارجية الإستوني سيصل إلى بيروت مساء اليوم ليتسلم المخطوفين وينقلهم إلى بلادهم"، مشيرا إلى وجود ثلاثة موقوفين لبنانيين متهمين بخطف هؤلاء، وقد سلموهم إلى طرف ثالث أخفاهم منذ 23 اذار (مارس) الماضي.
واشترط الخاطفون ألا تحضر قوات أمنية لبنانية عند إطلاق سراحهم وتسليمهم للفرنسيين.
وقال الوزير شربل: "بفضل الجهود الأمنية السابقة والحالية، وبفضل التعاون مع الدول الأوروبية وفي مقدمتها الدولة الفرنسية، أفرج اليوم عن الإستونيين السبعة. ولدينا أسماء المعتقلين الثلاثة الذين خطفوهم، والأهم أن يصل المخطوفون بخير وسلامة إلى بيروت. ولم نتوصل بعد إلى كل التفاصيل المتعلقة بهذا الملف".
وتابع: "اتفقنا على أن يصلوا إلى السفارة الفرنسية، ومن هناك يسلمون إلى وزارة الداخلية، وعندها نطلعكم على تفاصيل ما سيجري".
""", [
    ev("estonians-freed", "أفرج صباح اليوم الخميس عن الإستونيين السبعة", OUT, "'صباح اليوم الخميس' = Thu 14 Jul 2011"),
    ev("charbel-announces", "وأعلن وزير الداخلية والبلديات العميد مروان شربل", OUT, "no own expression; the minister's statements on the day of the release, Thu 14 Jul 2011"),
    ev("estonian-minister-arrival", "سيصل إلى بيروت مساء اليوم", OUT, "'مساء اليوم' in an article of Thu 14 Jul 2011 = the evening of Thu 14 Jul (the announced arrival)"),
    ev("estonians-kidnapped", "أخفاهم منذ 23 اذار (مارس) الماضي", TAKEN, "'منذ 23 اذار (مارس) الماضي' = since Wed 23 Mar 2011, the day of the kidnapping"),
])
art(S, "https://sauress.com/almadina/315633",
    "2011-07-15", "no date line on the stored page; an al-Madina report carried by sauress; the body's 'أفرج أمس', 'صباح أمس' and 'قرابة الثانية من بعد ظهر أمس' for the release and the appearance at the French embassy of Thu 14 Jul 2011 give Fri 15 Jul 2011; headline written from the body (the stored text has none); the last, truncated sentence shortened; no date of its own in the text", False, """
الإفراج عن الإستونيين السبعة المخطوفين في البقاع
أطلق أمس سراح الإستونيين السبعة الذين اختطفوا قبل أربعة أشهر في منطقة البقاع شرقي لبنان، دون أن تتضح التفاصيل التي أفضت إلى الإفراج عنهم أو هوية الجهة التي نفذت عملية الخطف.
وظهر الإستونيون السبعة قرابة الثانية من بعد ظهر أمس على شرفة السفارة الفرنسية في بيروت، وقد أطلقوا لحاهم وعلت وجوههم الابتسامة. وأمسك بعضهم بأيدي بعض وانحنوا جميعا أكثر من مرة أمام عدسات المصورين الصحفيين وكاميرات التلفزيون.
وعبر وزير العدل اللبناني شكيب قرطباوي في بيان عن «سروره وارتياحه البالغ للإفراج عن الإستونيين السبعة ووصول هذه القضية إلى خاتمتها الإيجابية»، لكنه رأى أن «القضية لم تنته بالنسبة إلى القضاء الذي سيواصل تحقيقاته بشكل مكثف لكشف ملابساتها وجميع المتورطين فيها»، واتصل قرطباوي لهذه الغاية بمدعي عام التمييز القاضي سعيد ميرزا.
وأفاد مصدر قضائي بأن قاضي التحقيق سيستمع إلى الإستونيين السبعة «لاستيضاحهم عن ظروف خطفهم وملابسات العملية».
وكان الإستونيون الذين خطفوا في مارس الماضي فور دخولهم لبنان على دراجات هوائية قادمين من سوريا قد أفرج عنهم صباح أمس، وقال مسؤول أمني: «يبدو أنهم في صحة جيدة»، فيما أوضح مصدر أمني آخر أن «الإفراج جرى في بلدة سهل الطيبة في البقاع جنوب مدينة بعلبك».
""", [
    ev("estonians-freed", "أطلق أمس سراح الإستونيين السبعة", OUT, "'أمس' from Fri 15 Jul 2011 = Thu 14 Jul"),
    ev("arrive-french-embassy", "وظهر الإستونيون السبعة قرابة الثانية من بعد ظهر أمس على شرفة السفارة الفرنسية", OUT, "'قرابة الثانية من بعد ظهر أمس' from Fri 15 Jul 2011 = about 2 p.m. on Thu 14 Jul"),
    ev("justice-minister-statement", "وعبر وزير العدل اللبناني شكيب قرطباوي في بيان", OUT, "no own expression; Qortbawi's statement on the day of the release, Thu 14 Jul 2011 (alwafd via masress: 'في بيان اليوم' on Thursday)"),
    ev("estonians-kidnapped", "الذين خطفوا في مارس الماضي فور دخولهم لبنان", TAKEN, "'في مارس الماضي' from July 2011; the kidnapping of Wed 23 Mar 2011 (the month only in this text; the other articles: '23 مارس')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 441
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
