"""Builds stories.jsonl: the 317-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: migrant boats: shipwrecks, sea rescues, boats intercepted off
Arab coasts, bodies recovered: the capsizing off Shuqra in Abyan (Yemen, August 2025), the iron boat found sunk off
Salakta in Mahdia (Tunisia, October 2025), the boat that sank off Djibouti on its way back from Yemen (Djibouti,
April 2024), and the boat rescued by the Lebanese navy and UNIFIL off Selaata on New Year's Eve (Lebanon, December
2022 - January 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-abyan-migrant-boat-2025
S = "yemen-abyan-migrant-boat-2025"
CAPSIZE = "2025-08-03"                     # the boat capsized off Shuqra (Abyan) in the night to Sun 3 Aug 2025 (IOM: 3 Aug, 'فجر الأحد')
IOM_MON = "2025-08-04"                     # IOM's toll of 76 announced on Mon 4 Aug 2025 (trt)
TUE = "2025-08-05"                         # the Tuesday figures (Reuters' security sources: 86; IOM: 56 dead, 132 missing)
art(S, "https://wwnewss.com/%d8%ba%d8%b1%d9%82-%d8%a3%d9%83%d8%ab%d8%b1-%d9%85%d9%86-50-%d9%85%d9%87%d8%a7%d8%ac%d8%b1%d9%8b%d8%a7-%d9%82%d8%a8%d8%a7%d9%84%d8%a9-%d8%b3%d9%88%d8%a7%d8%ad%d9%84-%d8%a7%d9%84%d9%8a%d9%85%d9%86",
    "2025-08-03", "no URL date or stamp; the body's 'وفق وسائل إعلام يمنية، الأحد 3 أغسطس 2025' (kept; 3 Aug 2025 was a Sunday) dates the report, and its first toll (54 bodies, 12 survivors) is Sunday's (by Monday the IOM gave 68-76); headline kept from the page", True, """
غرق أكثر من 50 مهاجرًا قبالة سواحل اليمن
في مأساة جديدة، فقد أكثر من 50 مهاجرًا إفريقيًا حياتهم غرقًا بعدما انقلب قارب كان يحمل قرابة 150 شخصًا قبالة شواطئ محافظة أبين في جنوب اليمن، وهي حصيلة أولية يُرجَّح أن ترتفع.
وذكرت مصادر محلية وحكومية أن فرق الإنقاذ انتشلت خلال الساعات الـ24 الماضية جثث 54 مهاجرًا إفريقيًا قذفها البحر إلى شواطئ مدينتي شقرة وزنجبار والمناطق المحيطة بهما، في حين نُقل 12 ناجيًا لتلقي الإسعاف في مستشفى شقرة العام، بحسب وسائل إعلام يمنية، الأحد 3 أغسطس 2025.
وأوضحت شرطة أبين في بيان أن القارب المنكوب كان ينقل مهاجرين غير نظاميين من الجنسية الإثيوبية (الأورومو)، وأنه غرق في بحر العرب قبالة شقرة بسبب رياح عاتية بينما كانوا يحاولون التسلل إلى الأراضي اليمنية آتين من القرن الإفريقي.
ولفتت الشرطة إلى أن عمليات الإنقاذ متواصلة، مع ازدياد احتمال العثور على جثث أخرى ما زالت مفقودة، وقد نُقلت الجثامين إلى مستشفيات مدينة زنجبار.
""", [
    ev("boat-capsized", "بعدما انقلب قارب كان يحمل قرابة 150 شخصًا", CAPSIZE, "no own expression; the capsizing off Shuqra in the night to Sun 3 Aug 2025 (IOM: 'في 3 أغسطس'; Abyan security got the report 'فجر يوم الأحد الموافق 3 أغسطس 2025م')"),
    ev("bodies-54-ashore", "انتشلت خلال الساعات الـ24 الماضية جثث 54 مهاجرًا إفريقيًا", CAPSIZE, "'خلال الساعات الـ24 الماضية' before the reports of 'الأحد 3 أغسطس 2025' = Sun 3 Aug 2025 (the 54 bodies washed up at Shuqra/Khanfar that day)"),
    ev("survivors-12", "نُقل 12 ناجيًا لتلقي الإسعاف في مستشفى شقرة العام", CAPSIZE, "same sentence, 'الأحد 3 أغسطس 2025' = Sun 3 Aug 2025"),
    ev("abyan-police-statement", "وأوضحت شرطة أبين في بيان", CAPSIZE, "no own expression; the Abyan police/security statement of Sun 3 Aug 2025 (the day of the report)"),
    ev("boat-sank-winds", "وأنه غرق في بحر العرب قبالة شقرة بسبب رياح عاتية", CAPSIZE, "no own expression; the same capsizing, in the night to Sun 3 Aug 2025 (kept as a separate key: the police's account of the cause)"),
])
art(S, "https://trt.global/arabi/article/4ff9e320bf54",
    "2025-08-04", "page date line '4 أغسطس 2025' (kept as second line; 4 Aug 2025 was a Monday) and stamp 'date 2025-08-04'; the body's 'اليوم الاثنين' agrees; headline kept from the page; the photo caption dropped; the last sentence is truncated on the page ('إثر انقلاب أرب...'), re-worded without the cut number", True, """
مصرع 76 مهاجراً إفريقياً وفقدان العشرات إثر غرق قارب قبالة سواحل اليمن
4 أغسطس 2025
فقد 76 مهاجراً إفريقياً حياتهم، إذ انتُشلت 76 جثة على الأقل وأُسعف 32 شخصاً، بعدما انقلب قارب كان ينقلهم قبالة شواطئ محافظة أبين في جنوب اليمن، وفق ما أعلنته المنظمة الدولية للهجرة اليوم الاثنين.
وذكر رئيس بعثة المنظمة في اليمن، عبد الستار إيسويف، أن القارب كان يحمل 154 مهاجراً إثيوبياً، مبيناً أن الأمواج دفعت جثث 54 من الضحايا إلى ساحل مديرية خنفر، في حين عُثر على 14 جثة أخرى في مكان مختلف ونُقلت إلى مشرحة أحد المستشفيات.
وعدّت إدارة أمن محافظة أبين ما يجري "عملية بحث وإنقاذ ضخمة" بالنظر إلى العدد الكبير من الضحايا والمفقودين، ولفتت إلى أن الجثث تناثرت على شريط واسع من الساحل.
ورغم النزاع الدائر منذ أكثر من عقد، يبقى اليمن معبراً أساسياً للمهاجرين الآتين من بلدان شرق إفريقيا والقرن الإفريقي في طريقهم إلى دول الخليج، وكثيراً ما يُنقل هؤلاء على متن قوارب مكتظة تنعدم فيها أبسط شروط السلامة.
وتوالت حوادث الغرق في الأشهر الأخيرة، وأبرزها في مارس/آذار الماضي، حين لقي مهاجران حتفهما وفُقد 186 آخرون إثر انقلاب قوارب.
""", [
    ev("iom-toll-76", "وفق ما أعلنته المنظمة الدولية للهجرة اليوم الاثنين", IOM_MON, "'اليوم الاثنين' = Mon 4 Aug 2025 (page line '4 أغسطس 2025')"),
    ev("boat-capsized", "بعدما انقلب قارب كان ينقلهم قبالة شواطئ محافظة أبين", CAPSIZE, "no own expression; the capsizing in the night to Sun 3 Aug 2025 (IOM, AP 'اليوم الأحد')"),
    ev("bodies-54-ashore", "الأمواج دفعت جثث 54 من الضحايا إلى ساحل مديرية خنفر", CAPSIZE, "no own expression; the 54 bodies washed ashore at Khanfar on Sun 3 Aug 2025 (wwnewss: 'خلال الساعات الـ24 الماضية' on Sun 3 Aug)"),
    ev("bodies-14-elsewhere", "عُثر على 14 جثة أخرى في مكان مختلف", CAPSIZE, "no own expression; the 14 bodies found at another site (off Zinjibar, the captain among them) on Sun 3 Aug 2025 (AP report of Sunday; sahafahonline: recovered after the dawn report)"),
    ev("abyan-police-statement", "وعدّت إدارة أمن محافظة أبين ما يجري", CAPSIZE, "no own expression; the Abyan security statement of Sun 3 Aug 2025 (quoted by AP on Sunday)"),
    ev("march-capsizings", "وأبرزها في مارس/آذار الماضي", "2025-03-01", "'في مارس/آذار الماضي' = March 2025 (the capsizings off Yemen and Djibouti of 6-7 Mar 2025, 2 dead and 186 missing); month kept", end="2025-04-01"),
])
art(S, "https://news.dotalkhalij.com/world-news/29933156/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D9%8A%D9%88%D9%85---%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%B9%D8%AF%D8%AF-%D8%A7%D9%84%D9%88%D9%81%D9%8A%D8%A7%D8%AA-%D9%81%D9%8A-%D8%BA%D8%B1%D9%82-%D9%82%D8%A7%D8%B1%D8%A8-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D9%8A%D9%86-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%8A%D9%85%D9%86.html",
    "2025-08-05", "byline 'شهد محمد - ابوظبي في الثلاثاء 5 أغسطس 2025 07:24 مساءً' and stamp 'date 2025-08-05' (5 Aug 2025 was a Tuesday), both dropped with the site's lead-in ('انتم الان تتابعون خبر ...'); headline kept from the page; no date of its own in the text ('الثلاثاء', 'يوم الأحد', 'مساء الإثنين' only)", False, """
ارتفاع عدد الوفيات في غرق قارب مهاجرين قبالة اليمن
أفادت مصادر أمنية لرويترز، الثلاثاء، بأن حصيلة الوفيات المؤكدة جراء غرق قارب كان ينقل مهاجرين قبالة اليمن يوم الأحد صعدت إلى 86.
وبحسب المصادر، كان على متن القارب 170 مهاجرا أُنقذ منهم 42.
وكانت المنظمة الدولية للهجرة التابعة للأمم المتحدة قد ذكرت في وقت سابق الثلاثاء أن انقلاب قارب يحمل مهاجرين أفارقة قبالة الساحل اليمني خلّف 56 قتيلا.
ويأتي الحادث حلقةً جديدة في سلسلة حوادث غرق القوارب قبالة سواحل اليمن، التي حصدت أرواح المئات ممن كانوا يسعون إلى الهجرة نحو بلدان أخرى.
وأوضحت المنظمة في بيان أن القارب غرق قبالة بلدة شقرة الساحلية بمحافظة أبين جنوبي اليمن.
وصرّح مدير أمن أبين مساء الإثنين بأن البحث عن المفقودين لا يزال جاريا، وأضاف أن جثة قائد القارب، وهو يمني الجنسية، انتُشلت ضمن 14 جثة أخرى قبالة زنجبار، عاصمة المحافظة.
""", [
    ev("toll-86", "الثلاثاء، بأن حصيلة الوفيات المؤكدة", TUE, "'الثلاثاء' = Tue 5 Aug 2025 (the security sources' figure given to Reuters)"),
    ev("boat-capsized", "قبالة اليمن يوم الأحد", CAPSIZE, "'يوم الأحد' = Sun 3 Aug 2025"),
    ev("iom-toll-56", "في وقت سابق الثلاثاء أن انقلاب قارب", TUE, "'في وقت سابق الثلاثاء' = Tue 5 Aug 2025 (IOM statement: 56 dead incl. 14 women, 132 missing, 12 rescued)"),
    ev("security-chief-statement", "وصرّح مدير أمن أبين مساء الإثنين", IOM_MON, "'مساء الإثنين' = the evening of Mon 4 Aug 2025"),
    ev("bodies-14-elsewhere", "انتُشلت ضمن 14 جثة أخرى قبالة زنجبار", CAPSIZE, "no own expression; the 14 bodies off Zinjibar (the Yemeni captain among them) recovered on Sun 3 Aug 2025 (AP/trt: '14 جثة أخرى في مكان مختلف'), reported here on Monday evening"),
])
art(S, "https://news.gulf365.net/world-news/13149924/%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%A5%D8%AB%D9%8A%D9%88%D8%A8%D9%8A%D8%A7-%D8%AF%D8%B9%D8%AA-%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%87%D8%A7-%D9%84%D8%AA%D8%AC%D9%86%D8%A8-%D8%B7%D8%B1%D9%82-%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9-%D8%BA%D9%8A%D8%B1-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85%D9%8A%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%BA%D8%B1%D9%82-%D9%85%D8%B1%D9%83%D8%A8-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%8A%D9%85%D9%86.html",
    "2025-08-05", "stamp 'date 2025-08-05' at the head of the stored page (not kept); the body's 'بعد يومين من غرق' the boat that sank 'الأحد' (Sun 3 Aug 2025) agrees (5 Aug 2025 was a Tuesday); headline rendered from the URL slug (the stored text has none); the byline 'ابوظبي - سيف اليزيد' dropped; no date of its own in the text", False, """
سلطات إثيوبيا تدعو مواطنيها لتجنب طرق الهجرة غير النظامية بعد غرق مركب قبالة اليمن
دعت البعثة الإثيوبية الدائمة في جنيف مواطنيها إلى الابتعاد عن الطرق غير النظامية، بعد يومين من غرق زورق يقل مهاجرين أغلبهم إثيوبيون قبالة السواحل اليمنية، ما أدى إلى مقتل 76 شخصا على الأقل وفقدان العشرات.
وذكرت المنظمة الدولية للهجرة أن الزورق كان يحمل 157 شخصا، وأن أغلب ركابه من الإثيوبيين.
ووقع الحادث في خليج عدن قبالة شواطئ محافظة أبين جنوبي اليمن، وهي منطقة كثيرا ما تمر بها زوارق المهربين المحمّلة بمهاجرين يطمحون إلى العثور على عمل في دول الخليج، ومنها السعودية الجارة لليمن.
وقالت البعثة الإثيوبية إن "إثيوبيا تنعى بأسى أكثر من 60 من مواطنيها قضوا في كارثة بحرية قبالة سواحل اليمن".
وأضافت أن السلطات في أديس أبابا تتعاون مع شركائها للتحقيق في الحادث، وتحث المواطنين على عدم سلوك الطرق غير النظامية.
ووصف رئيس بعثة المنظمة الدولية للهجرة في اليمن، عبد الستار عيسويف، غرق الزورق الأحد بأنه من "أخطر" حوادث غرق قوارب المهاجرين قبالة اليمن هذا العام.
""", [
    ev("ethiopia-appeal", "دعت البعثة الإثيوبية الدائمة في جنيف مواطنيها", TUE, "'بعد يومين من غرق' the boat of Sunday 3 Aug = Tue 5 Aug 2025 (the mission's appeal, reported that day)"),
    ev("ethiopia-investigation", "تتعاون مع شركائها للتحقيق في الحادث", TUE, "no own expression; the investigation announced in the same statement, Tue 5 Aug 2025"),
    ev("boat-capsized", "غرق الزورق الأحد", CAPSIZE, "'الأحد' = Sun 3 Aug 2025"),
])

# ---------------------------------------------------------------- tunisia-salakta-migrant-shipwreck-2025
S = "tunisia-salakta-migrant-shipwreck-2025"
WED = "2025-10-22"                         # the iron boat found sunk off Salakta (Mahdia) at dawn on Wed 22 Oct 2025; 30 rescued, 40 bodies
THU = "2025-10-23"                         # IOM's statement of Thu 23 Oct 2025
art(S, "https://www.babnet.net/rttdetail-317103.asp",
    "2025-10-22", "page date line 'الأربعاء 22 أوكتوبر 2025 | 30 ربيع الثاني 1447' (kept; 22 Oct 2025 was a Wednesday) and stamp 'Publié le Mercredi 22 Octobre 2025 - 16:47' (dropped with 'Latest update 17:35 Tunis' and the photo caption); headline kept from the page; the bulleted charges turned into a sentence", True, """
غرق قارب مهاجرين غير شرعيين قبالة سواحل المهدية: 40 وفاة وإنقاذ 30 شخصا
الأربعاء 22 أوكتوبر 2025 | 30 ربيع الثاني 1447
فارق 40 مهاجرا غير شرعي من بلدان إفريقيا جنوب الصحراء الحياة بعد غرق قارب حديدي قبالة شواطئ سلقطة بولاية المهدية، حسبما أكده الناطق الرسمي باسم المحكمة الابتدائية بالمهدية وليد شطربي لإذاعة "الجوهرة أف أم".
وبيّن المصدر نفسه أن القارب كان يقل 70 مهاجرا، وأن وحدات الحرس البحري أنقذت فجر اليوم 30 شخصا وانتشلت 40 جثة، بينها جثث نساء وأطفال.
ولفت شطربي إلى أن النيابة العمومية أذنت بفتح بحث تحقيقي ضد كل من سيكشف عنه البحث بتهمتي تكوين وفاق يرمي إلى مساعدة الغير على اجتياز الحدود البحرية خلسة نجم عنه موت، والاتجار بالأشخاص.
""", [
    ev("boat-sank", "بعد غرق قارب حديدي قبالة شواطئ سلقطة", WED, "no own expression; the boat found sunk off Salakta at dawn on Wed 22 Oct 2025 ('فجر اليوم'; when it sank is not known, sarabic)"),
    ev("spokesman-statement", "حسبما أكده الناطق الرسمي باسم المحكمة الابتدائية بالمهدية", WED, "no own expression; the court spokesman's statement of Wed 22 Oct 2025 (the page's date line)"),
    ev("rescue-30", "أنقذت فجر اليوم 30 شخصا", WED, "'فجر اليوم' = dawn of Wed 22 Oct 2025"),
    ev("bodies-40-recovered", "وانتشلت 40 جثة", WED, "'فجر اليوم' (same clause) = Wed 22 Oct 2025"),
    ev("investigation-opened", "النيابة العمومية أذنت بفتح بحث تحقيقي", WED, "no own expression; the prosecution's order of Wed 22 Oct 2025 announced by the spokesman that day"),
])
art(S, "https://sarabic.ae/20251022/%D8%A8%D9%8A%D9%86%D9%87%D9%85-%D8%B1%D8%B6%D8%B9-%D9%88%D9%81%D8%A7%D8%A9-40-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%81%D9%8A-%D8%BA%D8%B1%D9%82-%D9%85%D8%B1%D9%83%D8%A8-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D9%8A%D9%86-%D8%BA%D9%8A%D8%B1-%D8%B4%D8%B1%D8%B9%D9%8A%D9%8A%D9%86-%D9%81%D9%8A-%D8%AA%D9%88%D9%86%D8%B3-1106289654.html",
    "2025-10-22", "date in the URL '/20251022/' and the agency's date line '22.10.2025, سبوتنيك عربي' (kept as second line; 22 Oct 2025 was a Wednesday); headline kept from the page; the last, truncated words ('يشار إلى أنه') dropped", True, """
بينهم رضع.. وفاة 40 شخصا في غرق مركب مهاجرين غير شرعيين في تونس
22.10.2025, سبوتنيك عربي
شهدت شواطئ سلقطة التابعة لولاية المهدية التونسية، اليوم الأربعاء، غرق مركب كان يحمل نحو 70 مهاجرا غير نظامي من بلدان أفريقيا جنوب الصحراء.
ونقل موقع "موزاييك" الإلكتروني، مساء اليوم الأربعاء، عن المتحدث الرسمي باسم المحكمة الابتدائية بالمهدية وليد شطربي قوله إن الحادثة خلّفت 40 قتيلا بينهم رضّع، في حين نجحت وحدات الحرس البحري في إنقاذ 30 آخرين.
وأضاف شطربي أن النيابة العمومية بالمحكمة الابتدائية بالمهدية فتحت بحثا تحقيقيا بتهمة تكوين وفاق قصد مساعدة الغير على اجتياز الحدود البحرية خلسة نجم عنه موت، والاتجار بالبشر.
وقد عُثر على المركب، فجر اليوم الأربعاء، في مياه منطقة سلقطة التابعة لولاية المهدية التونسية، وبين الغرقى نساء ورضع، وجميع المهاجرين من بلدان أفريقيا جنوب الصحراء.
وبيّن الموقع أنه لم يُعرف على الفور متى غرق القارب قبالة السواحل التونسية ولا من أي شاطئ أبحر.
""", [
    ev("boat-sank", "غرق مركب كان يحمل نحو 70 مهاجرا", WED, "'اليوم الأربعاء' = Wed 22 Oct 2025 (date line '22.10.2025')"),
    ev("spokesman-statement", "ونقل موقع \"موزاييك\" الإلكتروني، مساء اليوم الأربعاء", WED, "'مساء اليوم الأربعاء' = the evening of Wed 22 Oct 2025 (Mosaique's report of the spokesman's statement)"),
    ev("rescue-30", "في إنقاذ 30 آخرين", WED, "no own expression; the rescue at dawn on Wed 22 Oct 2025"),
    ev("investigation-opened", "فتحت بحثا تحقيقيا", WED, "no own expression; the investigation opened on Wed 22 Oct 2025"),
    ev("boat-found", "وقد عُثر على المركب، فجر اليوم الأربعاء", WED, "'فجر اليوم الأربعاء' = dawn of Wed 22 Oct 2025"),
])
art(S, "https://www.aljazeera.net/news/2025/10/23/%D9%85%D8%B5%D8%B1%D8%B9-40-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D8%A7-%D8%A3%D9%81%D8%B1%D9%8A%D9%82%D9%8A%D8%A7-%D8%A5%D8%AB%D8%B1-%D8%BA%D8%B1%D9%82-%D9%82%D8%A7%D8%B1%D8%A8%D9%87%D9%85",
    "2025-10-23", "date in the URL '/2025/10/23/' and stamp 'date 2025-10-23' (23 Oct 2025 was a Thursday); the body's 'أمس الأربعاء' agrees; headline rendered from the URL slug (the stored text has none); the tracking suffix '?traffic_source=rss' dropped from the URL; no date of its own in the text", False, """
مصرع 40 مهاجرا أفريقيا إثر غرق قاربهم
أفاد مسؤول تونسي بأن 40 مهاجرا على الأقل من بلدان أفريقيا جنوب الصحراء قضوا بعد غرق قاربهم قبالة الشواطئ التونسية أمس الأربعاء، في إحدى أشد الكوارث البحرية فتكا في المنطقة هذا العام.
وأوضح المسؤول أن القارب الذي كان ينقل قرابة 70 مهاجرا غرق على مقربة من مدينة المهدية الساحلية، بينما أنقذت وحدات الحرس البحري التونسي 30 شخصا.
وتحولت تونس إلى محطة عبور أساسية للمهاجرين غير النظاميين في طريقهم إلى أوروبا، ولا سيما إلى جزيرة لامبيدوزا الإيطالية الواقعة على بعد نحو 150 كيلومترًا من السواحل التونسية.
وباشرت السلطات التونسية تحقيقا لكشف ظروف الحادث وتحديد المسؤولين عنه.
وتعيد هذه الحادثة تسليط الضوء على الأخطار الدائمة التي يتعرض لها المهاجرون، وعلى الضغوط المتنامية على بلدان شمال أفريقيا لضبط طرق الهجرة غير النظامية.
وبحسب المنظمة الدولية للهجرة، تعد منطقة وسط البحر الأبيض المتوسط من أخطر مسارات الهجرة في العالم، إذ سُجلت فيها وفاة أو اختفاء أكثر من 32 ألف شخص منذ عام 2014.
""", [
    ev("boat-sank", "بعد غرق قاربهم قبالة الشواطئ التونسية أمس الأربعاء", WED, "'أمس الأربعاء' from Thu 23 Oct = Wed 22 Oct 2025"),
    ev("rescue-30", "بينما أنقذت وحدات الحرس البحري التونسي 30 شخصا", WED, "no own expression; the rescue of Wed 22 Oct 2025"),
    ev("investigation-opened", "وباشرت السلطات التونسية تحقيقا", WED, "no own expression; the investigation opened on Wed 22 Oct 2025 (babnet, sarabic)"),
    ev("central-med-toll-since-2014", "سُجلت فيها وفاة أو اختفاء أكثر من 32 ألف شخص منذ عام 2014", "2014-01-01", "'منذ عام 2014' = from 2014 to the report (Thu 23 Oct 2025)", end="2025-10-24"),
])
art(S, "https://www.alwakeelnews.com/Section_11/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D9%84%D9%84%D9%87%D8%AC%D8%B1%D8%A9-%D9%88%D9%81%D8%A7%D8%A9-40-%D8%B4%D8%AE%D8%B5%D8%A7-%D8%BA%D8%B1%D9%82%D8%A7-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%B3%D9%88%D8%A7%D8%AD%D9%84-%D8%AA%D9%88%D9%86%D8%B3_751138",
    "2025-10-23", "page stamp '2025-10-23 10:52 م' (not kept); the body's 'اليوم الخميس' agrees (23 Oct 2025 was a Thursday); headline rendered from the URL slug; the short-link line, 'الوكيل الإخباري-' and 'اضافة اعلان' dropped; no date of its own in the text", False, """
الدولية للهجرة: وفاة 40 شخصا غرقا قبالة سواحل تونس
أعلنت المنظمة الدولية للهجرة اليوم الخميس أن 40 شخصًا لقوا حتفهم غرقًا في حادث غرق سفينة صيد قبالة شواطئ مدينة المهدية التونسية.
وذكرت المنظمة في بيان أن إشعارا صدر عن سفينة صيد كانت في الجوار أسفر عن إنقاذ 30 شخصًا، بينهم مهاجرون من الكاميرون وكوت ديفوار وغينيا، موضحة أن الضحايا هم تسع نساء و19 رجلا و12 طفلا دون سن الخامسة.
وأشارت المنظمة إلى أن البحر الأبيض المتوسط يُعد "أخطر طريق للهجرة في العالم"، إذ سُجلت فيه قرابة ألف حالة وفاة واختفاء هذا العام، بينها 30 طفلا قضوا قبالة السواحل التونسية وحدها.
""", [
    ev("iom-statement", "أعلنت المنظمة الدولية للهجرة اليوم الخميس", THU, "'اليوم الخميس' = Thu 23 Oct 2025"),
    ev("boat-sank", "في حادث غرق سفينة صيد قبالة شواطئ مدينة المهدية", WED, "no own expression; the sinking found at dawn on Wed 22 Oct 2025 (the 'fishing vessel' of the IOM is the iron boat of the other reports)"),
    ev("rescue-30", "أسفر عن إنقاذ 30 شخصًا", WED, "no own expression; the rescue of Wed 22 Oct 2025"),
    ev("med-toll-this-year", "قرابة ألف حالة وفاة واختفاء هذا العام", "2025-01-01", "'هذا العام' = 2025 up to the statement (Thu 23 Oct 2025)", end="2025-10-24"),
])

# ---------------------------------------------------------------- djibouti-migrant-shipwreck-apr-2024
S = "djibouti-migrant-shipwreck-apr-2024"
SANK = "2024-04-08"                        # left Yemen about 2 a.m. on Mon 8 Apr 2024, sank about two hours later off Godoria
IOM_TUE = "2024-04-09"                     # IOM's post of Tue 9 Apr 2024: 38 bodies, 6 missing, 22 survivors
BODIES = ("2024-04-08", "2024-04-10")      # the 38 bodies recovered between the sinking and IOM's post (my span 8-9 Apr)
art(S, "https://yemensky.com/news42022.html",
    "2024-04-09", "page stamp line '2024-04-09 الساعة 11:49م' (kept as second line; 9 Apr 2024 was a Tuesday); the body's 'الثلاثاء' agrees; headline written from the body (the stored text has none); the quote's last, truncated words completed from the same Reuters wire in arabkhabar ('لكسب الوقت والمحاولة لاحقاً، أو العودة إلى ديارهم')", True, """
غرق سفينة مهاجرين عائدين من اليمن قبالة جيبوتي ومصرع 38 على الأقل
2024-04-09 الساعة 11:49م
أفادت منظمة الأمم المتحدة للهجرة، الثلاثاء، بأن 38 مهاجراً على الأقل، من بينهم أطفال، قضوا في غرق سفينة قبالة الساحل الجيبوتي أثناء عودتهم من اليمن.
وقالت المنظمة الدولية إن 38 جثة، بعضها لأطفال، عُثر عليها إثر تحطم السفينة قبالة سواحل جيبوتي.
وبيّنت أن 6 أشخاص آخرين على الأقل ما زالوا مفقودين ويُرجَّح أنهم ماتوا، وأن 22 ناجياً يتلقون العون من المنظمة والسلطات المحلية، بحسب ما نقلته وكالة "رويترز".
وأوضحت إيفون نديجي، المتحدثة الإقليمية باسم المنظمة الدولية للهجرة، أن السفينة غرقت على مسافة مئتي متر تقريبا من ساحل جيبوتي، بعدما أبحرت من اليمن حوالي الساعة الثانية صباحا بالتوقيت المحلي في الثامن من أبريل نيسان.
وغرقت السفينة بعد حوالي ساعتين وعلى متنها قرابة 66 شخصا، أغلبهم من منطقة القرن الأفريقي، ورجّحت نديجي أن يكون معظمهم من المواطنين الإثيوبيين.
وأضافت أن عشرات الآلاف من المهاجرين يغادرون منطقة القرن الأفريقي كل عام، وأغلبهم من إثيوبيا والصومال، سعيا إلى بلوغ دول الخليج، لكن الآلاف يعلقون في اليمن، ولذلك يُرجَّح أن ضحايا هذه الكارثة كانوا يحاولون الرجوع إلى جيبوتي لكسب الوقت ومعاودة المحاولة لاحقاً أو العودة إلى بلدانهم.
""", [
    ev("iom-statement", "أفادت منظمة الأمم المتحدة للهجرة، الثلاثاء", IOM_TUE, "'الثلاثاء' = Tue 9 Apr 2024 (stamp line 2024-04-09)"),
    ev("bodies-38-recovered", "38 جثة، بعضها لأطفال، عُثر عليها", BODIES[0], "no own expression; the 38 bodies recovered between the sinking early on Mon 8 Apr and the IOM post of Tue 9 Apr 2024 (my span 8-9 Apr)", end=BODIES[1]),
    ev("survivors-22", "وأن 22 ناجياً يتلقون العون", BODIES[0], "no own expression; the 22 survivors rescued on Mon 8 Apr and assisted on Tue 9 Apr 2024 (my span 8-9 Apr)", end=BODIES[1]),
    ev("departure-from-yemen", "بعدما أبحرت من اليمن حوالي الساعة الثانية صباحا", SANK, "'حوالي الساعة الثانية صباحا بالتوقيت المحلي في الثامن من أبريل نيسان' = about 2 a.m. Mon 8 Apr 2024"),
    ev("boat-sank", "وغرقت السفينة بعد حوالي ساعتين", SANK, "'بعد حوالي ساعتين' after the 2 a.m. departure of 8 Apr = about 4 a.m. Mon 8 Apr 2024"),
])
art(S, "https://www.albawaba.me/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A5%D9%86%D9%82%D8%A7%D8%B0-22-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D8%A7-%D9%88%D9%81%D9%82%D8%AF%D8%A7%D9%86-38-%D8%A8%D8%B9%D8%AF-%D8%AA%D8%AD%D8%B7%D9%85-%D8%B3%D9%81%D9%8A%D9%86%D8%A9-%D9%81%D9%8A-%D8%AC%D9%8A%D8%A8%D9%88%D8%AA%D9%8A-1560961",
    "2024-04-09", "no date on the stored page; the body's 'تعرّض لحادث أمس الاثنين' for the accident of Mon 8 Apr 2024 (IOM: the boat left Yemen 'في الثامن من أبريل'; the Ethiopian embassy: accident on Monday) gives Tue 9 Apr 2024, the day of the IOM post on X it reports; headline rendered from the URL slug; 'المصدر: وكالات' dropped; no date of its own in the text", False, """
إنقاذ 22 مهاجرا وفقدان 38 بعد تحطم سفينة في جيبوتي
قالت المنظمة الدولية للهجرة إن فرقها نجحت في إنقاذ 22 مهاجرا إثر تحطم سفينة كانت تقل أكثر من 60 مهاجرا قبالة شواطئ جيبوتي.
وأفادت المنظمة في منشور على منصة إكس بالعثور على 38 جثة، بعضها لأطفال، بينما لا يزال 6 أشخاص مفقودين.
وكانت السفارة الإثيوبية في جيبوتي قد أكدت في وقت سابق أن قاربا يحمل 60 مهاجرا إثيوبيا من جيبوتي تعرّض لحادث أمس الاثنين.
وأشارت السفارة إلى أن 189 شخصا من مواطنيها لقوا حتفهم في حوادث قوارب في السنوات الخمس الماضية.
وفي السياق نفسه، أفاد مكتب المنظمة الدولية للهجرة بأن نحو 1000 مهاجر ماتوا أو فُقدوا منذ العام 2014 على هذا المسار المعروف باسم "الطريق الشرقي".
""", [
    ev("survivors-22", "نجحت في إنقاذ 22 مهاجرا", BODIES[0], "no own expression; the 22 survivors rescued on Mon 8 Apr and assisted on Tue 9 Apr 2024 (my span 8-9 Apr)", end=BODIES[1]),
    ev("bodies-38-recovered", "بالعثور على 38 جثة", BODIES[0], "no own expression; reported in the IOM post of Tue 9 Apr 2024; recovered 8-9 Apr (my span)", end=BODIES[1]),
    ev("boat-sank", "تعرّض لحادث أمس الاثنين", SANK, "'أمس الاثنين' from Tue 9 Apr = Mon 8 Apr 2024"),
    ev("ethiopian-deaths-5-years", "في السنوات الخمس الماضية", "2019-04-09", "'في السنوات الخمس الماضية' = the five years up to the statement (Apr 2019 - Apr 2024)", end="2024-04-10"),
    ev("eastern-route-toll-since-2014", "ماتوا أو فُقدوا منذ العام 2014", "2014-01-01", "'منذ العام 2014' = from 2014 to the report (Tue 9 Apr 2024)", end="2024-04-10"),
])
art(S, "https://arabkhabar.com/a/2339976",
    "2024-04-10", "page line 'تاريخ النشر: 10th, April 2024 GMT' (kept as second line; 10 Apr 2024 was a Wednesday); the body's 'أمس الثلاثاء' agrees; headline kept from the page; 'المصدر: الوحدة نيوز' and the tag line dropped", True, """
غرق 38 مهاجرا افريقيا اثناء رحلة العودة من اليمن
تاريخ النشر: 10th, April 2024 GMT
ذكرت المنظمة الدولية للهجرة التابعة للأمم المتحدة، أمس الثلاثاء، أن ما لا يقل عن 38 مهاجراً، بينهم أطفال، لقوا مصرعهم في غرق سفينة قبالة سواحل جيبوتي.
وأضافت أن 6 آخرين على الأقل مفقودون ويُفترض أنهم ماتوا، فيما يتلقى 22 ناجياً المساعدة من المنظمة والسلطات المحلية.
وقالت إيفون نديجي، المتحدثة الإقليمية باسم المنظمة، إن السفينة غرقت على بعد نحو 200 متر من ساحل جيبوتي، بعد أن أبحرت من اليمن نحو الساعة الثانية صباحاً بالتوقيت المحلي في الثامن من أبريل/ نيسان.
وغرقت بعد نحو ساعتين من إبحارها، وكان على متنها قرابة 66 شخصاً، أغلبهم من منطقة القرن الأفريقي، مرجحة أن يكون معظمهم إثيوبيين.
وتابعت نديجي أن عشرات الآلاف من المهاجرين، ومعظمهم من إثيوبيا والصومال، يغادرون منطقة القرن الأفريقي كل عام أملا في الوصول إلى دول الخليج، غير أن آلافا منهم يعلقون في اليمن، ومن المنطقي الاستنتاج أن الذين قضوا في هذه الكارثة كانوا يحاولون العودة إلى جيبوتي لكسب الوقت والمحاولة لاحقاً، أو العودة إلى ديارهم.
""", [
    ev("iom-statement", "ذكرت المنظمة الدولية للهجرة التابعة للأمم المتحدة، أمس الثلاثاء", IOM_TUE, "'أمس الثلاثاء' from Wed 10 Apr = Tue 9 Apr 2024"),
    ev("survivors-22", "فيما يتلقى 22 ناجياً المساعدة", BODIES[0], "no own expression; the 22 survivors rescued on Mon 8 Apr and assisted on Tue 9 Apr 2024 (my span 8-9 Apr)", end=BODIES[1]),
    ev("departure-from-yemen", "بعد أن أبحرت من اليمن نحو الساعة الثانية صباحاً", SANK, "'نحو الساعة الثانية صباحاً بالتوقيت المحلي في الثامن من أبريل/ نيسان' = about 2 a.m. Mon 8 Apr 2024"),
    ev("boat-sank", "وغرقت بعد نحو ساعتين من إبحارها", SANK, "'بعد نحو ساعتين' after the 2 a.m. departure of 8 Apr = about 4 a.m. Mon 8 Apr 2024"),
])

# ---------------------------------------------------------------- lebanon-selaata-migrant-boat-2022
S = "lebanon-selaata-migrant-boat-2022"
SAT = "2022-12-31"                         # the boat sank off Selaata on Sat 31 Dec 2022; 232 rescued, two bodies recovered
SUN = "2023-01-01"                         # the two bodies handed to their families at Tripoli port, Sun 1 Jan 2023
art(S, "https://marsalqatar.qa/post/24598/%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A-%D9%8A%D8%B9%D9%84%D9%86-%D8%A5%D9%86%D9%82%D8%A7%D8%B0-%D9%85%D8%B1%D9%83%D8%A8",
    "2022-12-31", "page stamp line '31/12/2022 الساعة 20:31 (بتوقيت الدوحة)' (kept as second line; 31 Dec 2022 was a Saturday); the body's 'مساء اليوم السبت' agrees; headline kept from the page; photo caption, 'وضع القراءة' and the footer dropped; the army's quoted statements turned into reported speech", True, """
الجيش اللبناني يعلن إنقاذ مركب مهاجرين يقل 232 راكبًا
31/12/2022 الساعة 20:31 (بتوقيت الدوحة)
أعلن الجيش اللبناني، مساء اليوم السبت، اكتمال عملية إنقاذ المهاجرين غير النظاميين الذين كانوا على متن مركب غرق قبالة شاطئ سلعاتا في شمال البلاد، وانتشال جثتين.
وأوضح الجيش في بيان على حسابه في تويتر أن القوات البحرية أتمّت، بالتعاون مع اليونيفيل، إنقاذ ركاب المركب قبالة شاطئ سلعاتا، وعددهم 232.
وأضاف أن المهاجرين الذين أُنقذوا يُنقلون حاليا إلى مرفأ طرابلس في شمال البلاد، مشيرا إلى انتشال جثتي شخصين غرقا خلال عملية الإنقاذ.
وفي وقت سابق من مساء اليوم السبت، ذكر الجيش اللبناني أن 3 مراكب تابعة للقوات البحرية، يرافقها مركب لقوات الأمم المتحدة في جنوب لبنان "يونيفيل"، بلغت موقع مركب يغرق قبالة شاطئ سلعاتا وعلى متنه أشخاص حاولوا مغادرة المياه الإقليمية اللبنانية بصورة غير شرعية، من دون أن يكشف عن ظروف غرق المركب أو جنسيات ركابه.
""", [
    ev("rescue-232", "اكتمال عملية إنقاذ المهاجرين غير النظاميين", SAT, "'مساء اليوم السبت' = the evening of Sat 31 Dec 2022"),
    ev("boat-sank", "كانوا على متن مركب غرق قبالة شاطئ سلعاتا", SAT, "no own expression; the sinking off Selaata on Sat 31 Dec 2022 (same sentence, 'مساء اليوم السبت')"),
    ev("transfer-to-tripoli", "يُنقلون حاليا إلى مرفأ طرابلس", SAT, "'حاليا' in the army statement of Sat 31 Dec 2022"),
    ev("bodies-2-recovered", "مشيرا إلى انتشال جثتي شخصين", SAT, "no own expression; the two bodies recovered during the rescue of Sat 31 Dec 2022"),
    ev("navy-boats-reach-site", "بلغت موقع مركب يغرق", SAT, "'في وقت سابق من مساء اليوم السبت' = earlier on the evening of Sat 31 Dec 2022"),
])
art(S, "https://echolebanon.com/2022/12/31/164030",
    "2022-12-31", "date in the URL '/2022/12/31/' and the embedded tweet's stamp line '— الجيش اللبناني (@LebarmyOfficial) December 31, 2022' (kept; 31 Dec 2022 was a Saturday); headline kept from the page; the tweet's own text (a repeat of the statement) dropped; the last sentence is cut on the page after 'بذلها الجيش' and kept to that point", True, """
عملية إنقاذ المركب قبالة شاطئ سلعاتا تنتهي بـ"مأساة"!
واستكمالاً لعملية إنقاذ المركب الغارق قبالة شاطئ سلعاتا، أفادت قيادة الجيش – مديرية التوجيه عبر حسابها على "تويتر" بأن القوات البحرية أنجزت، بالتعاون مع اليونيفيل، إنقاذ 232 شخصا كانوا على متن المركب قبالة الشاطئ، وأنهم يُنقلون حالياً إلى مرفأ طرابلس.
ولفتت إلى أن جثتي شخصين غرقا خلال عملية الإنقاذ قد انتُشلتا.
— الجيش اللبناني (@LebarmyOfficial) December 31, 2022
وصرّح الناطق الرسمي باسم "اليونيفيل" أندريا تيننتي بأن القوة البحرية لليونيفيل تساعد البحرية التابعة للقوات المسلحة اللبنانية في عملية بحث وإنقاذ بحرية بين بيروت وطرابلس، بعد العثور على قارب يواجه صعوبات وعلى متنه عدد كبير من الأشخاص.
وأضاف تيننتي أن سفينة إندونيسية وأخرى يونانية موجودتان في الموقع، وأن اليونيفيل ستواصل تقديم المساعدة.
من جهته، أشاد رئيس حكومة تصريف الأعمال نجيب ميقاتي بالجهود الكبيرة التي بذلها الجيش.
""", [
    ev("rescue-232", "أنجزت، بالتعاون مع اليونيفيل، إنقاذ 232 شخصا", SAT, "no own expression; the army's statement (tweet of 'December 31, 2022') = Sat 31 Dec 2022"),
    ev("transfer-to-tripoli", "وأنهم يُنقلون حالياً إلى مرفأ طرابلس", SAT, "'حالياً' in the statement of Sat 31 Dec 2022"),
    ev("bodies-2-recovered", "جثتي شخصين غرقا خلال عملية الإنقاذ قد انتُشلتا", SAT, "no own expression; during the rescue of Sat 31 Dec 2022"),
    ev("unifil-assistance", "تساعد البحرية التابعة للقوات المسلحة اللبنانية", SAT, "no own expression; UNIFIL's search and rescue help on Sat 31 Dec 2022"),
    ev("mikati-praise", "أشاد رئيس حكومة تصريف الأعمال نجيب ميقاتي", SAT, "no own expression; the caretaker prime minister's praise on the evening of Sat 31 Dec 2022 (ahwal, almarkazia report it the same day)"),
])
art(S, "https://bissanfm.com/news/65995",
    "2023-01-01", "no date on the stored page; the body's 'غرق ... أمس السبت قبالة شاطئ سلعاتا' for the sinking of Sat 31 Dec 2022 (dated so by marsalqatar and the army's tweet of 'December 31, 2022') gives Sun 1 Jan 2023; headline kept from the page; 'مهجراً' (a typo) read as 'مهاجراً'; no date of its own in the text", False, """
إنقاذ 232 مهاجراً بعد غرق مركب قبالة سواحل لبنان
أنقذ الجيش اللبناني 232 مهاجرا إثر غرق مركبهم قبالة الساحل اللبناني، فيما انتُشلت جثتان من البحر.
وكان مركب يقل عشرات المهاجرين غير الشرعيين قد غرق أمس السبت قبالة شاطئ سلعاتا في شمال لبنان، وذكر الجيش في بيان أن ركاب القارب كانوا يسعون إلى مغادرة المياه الإقليمية اللبنانية بطريقة غير شرعية.
وأضاف الجيش أن القوات البحرية أتمّت، بالتعاون مع اليونيفيل، إنقاذ من كانوا على متن المركب قبالة شاطئ سلعاتا، وعددهم 232، وأنه يجري حالياً نقلهم إلى مرفأ طرابلس.
وبيّن أن جثتي شخصين غرقا في أثناء عملية الإنقاذ انتُشلتا.
وفي أيلول الماضي غرق قارب يحمل عشرات المهاجرين قبالة الساحل السوري بعد أيام من إبحاره من لبنان نحو أوروبا، وكان على متنه مهاجرون لبنانيون وفلسطينيون وسوريون.
وأسفر ذلك الحادث آنذاك عن وفاة 100 شخص، في حين عُثر على 19 ناجياً، مع أن المعلومات كانت تشير إلى وجود نحو 180 مهاجراً على متن القارب.
""", [
    ev("rescue-232", "أنقذ الجيش اللبناني 232 مهاجرا", SAT, "no own expression; the rescue of Sat 31 Dec 2022 ('أمس السبت' in the next sentence)"),
    ev("boat-sank", "قد غرق أمس السبت قبالة شاطئ سلعاتا", SAT, "'أمس السبت' from Sun 1 Jan 2023 = Sat 31 Dec 2022"),
    ev("transfer-to-tripoli", "وأنه يجري حالياً نقلهم إلى مرفأ طرابلس", SAT, "'حالياً' in the army statement of Sat 31 Dec 2022"),
    ev("bodies-2-recovered", "وبيّن أن جثتي شخصين غرقا", SAT, "no own expression; during the rescue of Sat 31 Dec 2022"),
    ev("tartus-sinking-2022", "وفي أيلول الماضي غرق قارب يحمل عشرات المهاجرين", "2022-09-22", "'في أيلول الماضي' = September 2022; the boat from Lebanon that sank off Arwad/Tartus on Thu 22 Sep 2022 (outside knowledge)"),
])
art(S, "https://almohrarmedia.net/%d8%b7%d9%81%d9%84%d8%a9%d9%8c-%d9%88%d8%b3%d9%8a%d8%af%d8%a9%d9%8c-%d9%85%d9%86-%d8%b3%d9%88%d8%b1%d9%8a%d8%a9%d9%8e%d8%8c-%d9%87%d9%85-%d8%b6%d8%ad%d8%a7%d9%8a%d8%a7-%d8%a7%d9%84%d9%85%d8%b1%d9%83/",
    "2023-01-02", "no date on the stored page; the body's 'أمس الأحد' for the handover of the bodies and 'يوم السبت الماضي' for the rescue of Sat 31 Dec 2022 give Mon 2 Jan 2023 (the handover on Sun 1 Jan); headline kept from the page (diacritics dropped); 'مقالات ذات صلة' and the comment form dropped; no date of its own in the text", False, """
طفلة وسيدة من سورية ضحيتا المركب الغارق أمام سواحل لبنان
ذكرت وسائل إعلام لبنانية أن الجيش اللبناني سلّم، أمس الأحد، جثتي طفلة وسيدة من الجنسية السورية إلى ذويهما، وكان قد انتشلهما خلال محاولة إنقاذ ركاب مركب غرق قبالة شاطئ سلعاتا في لبنان.
وأفادت قناة الجديد اللبنانية بأن الأجهزة الأمنية والإسعافية في بحرية الجيش اللبناني سلّمت إلى العائلتين، عند مدخل مرفأ طرابلس، جثة طفلة عمرها 5 سنوات وجثة امرأة سورية في العقد السابع.
وتشير المعلومات إلى أن البرد القارس كان على الأرجح سبب الوفاة خلال انتشالهما داخل المرفأ، علما أن غالبية من كانوا على متن القارب سوريون، إلى جانب نحو عشرين لبنانياً.
وكان الجيش اللبناني قد تمكن، بمساندة قوات اليونيفيل، يوم السبت الماضي من إنقاذ 232 ناجياً كانوا على متن المركب في رحلة غير شرعية نحو الموانئ القبرصية، بعدما تعطل بهم داخل المياه الإقليمية اللبنانية.
وأعلن الجيش اللبناني، يوم السبت، غرق مركب قبالة شاطئ سلعاتا في شمال لبنان، كان على متنه أشخاص يحاولون مغادرة المياه الإقليمية اللبنانية نحو قبرص بصورة غير شرعية.
""", [
    ev("bodies-handover", "سلّم، أمس الأحد، جثتي طفلة وسيدة", SUN, "'أمس الأحد' from Mon 2 Jan 2023 = Sun 1 Jan 2023"),
    ev("bodies-2-recovered", "وكان قد انتشلهما خلال محاولة إنقاذ ركاب مركب", SAT, "no own expression; the two bodies recovered during the rescue of Sat 31 Dec 2022"),
    ev("rescue-232", "يوم السبت الماضي من إنقاذ 232 ناجياً", SAT, "'يوم السبت الماضي' from Mon 2 Jan 2023 = Sat 31 Dec 2022"),
    ev("boat-breakdown", "بعدما تعطل بهم داخل المياه الإقليمية اللبنانية", SAT, "no own expression; the breakdown before the rescue, Sat 31 Dec 2022 (the minister Ali Hamieh's tweet that day, kataeb)"),
    ev("boat-sank", "غرق مركب قبالة شاطئ سلعاتا في شمال لبنان", SAT, "'يوم السبت' = Sat 31 Dec 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 317
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
