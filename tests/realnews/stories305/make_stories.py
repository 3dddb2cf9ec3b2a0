"""Builds stories.jsonl: the 305-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: nuclear energy: reactors, nuclear plants, IAEA visits,
uranium and nuclear cooperation agreements of Arab countries: the installation of the reactor pressure vessel
of El Dabaa unit 1 (Egypt, November 2025), Rafael Grossi's visit to Damascus and the IAEA's access to Syria's
former nuclear sites (Syria, June 2025), the Russian government's approval of the nuclear cooperation agreement
with Morocco (Morocco, October 2022), and the operating licence and first fuel load of Barakah unit 1 (UAE,
February 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-dabaa-reactor-vessel-2025
S = "egypt-dabaa-reactor-vessel-2025"
RPV = "2025-11-19"                         # reactor pressure vessel of unit 1 installed, Wed 19 Nov 2025 (Sisi and Putin by video link)
STATEMENT = "2025-11-18"                   # the presidency's announcement, Tue 18 Nov 2025
IGA = "2015-11-19"                         # the Egyptian-Russian intergovernmental agreement on El Dabaa, signed Thu 19 Nov 2015
PRESSER = "2025-11-20"                     # Madbouly's press conference after the weekly cabinet meeting, Thu 20 Nov 2025
art(S, "https://dotalkhalij.com/world-news/29973032/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D9%8A%D9%88%D9%85---%D8%A7%D9%84%D8%B3%D9%8A%D8%B3%D9%8A-%D9%88%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%8A%D8%B4%D8%A7%D8%B1%D9%83%D8%A7%D9%86-%D9%81%D9%8A-%D8%AD%D8%AF%D8%AB-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A-%D8%AE%D8%A7%D8%B5-%D8%A8%D9%85%D8%AD%D8%B7%D8%A9-%D8%A7%D9%84%D8%B6%D8%A8%D8%B9%D8%A9-%D8%A7%D9%84%D9%86%D9%88%D9%88%D9%8A%D8%A9.html",
    "2025-11-18", "page date line 'شهد محمد - ابوظبي في الثلاثاء 18 نوفمبر 2025 05:27 مساءً' (kept without the byline; 18 Nov 2025 was a Tuesday) and stamp 'date 2025-11-18'; the body's 'غدا الأربعاء' agrees; headline rendered from the URL slug; the aggregator's lead-in sentence and the last, truncated sentence (the High Dam) dropped", True, """
السيسي وبوتين يشاركان في حدث تاريخي خاص بمحطة الضبعة النووية
الثلاثاء 18 نوفمبر 2025 05:27 مساءً
يشارك الرئيس المصري عبد الفتاح السيسي ونظيره الروسي فلاديمير بوتين، غدا الأربعاء، عن طريق تقنية الفيديو كونفرانس، في فعالية تاريخية تقام احتفاء بتركيب وعاء ضغط المفاعل الخاص بالوحدة النووية الأولى، ويُوقَّع خلالها أمر شراء الوقود النووي، في خطوة محورية جديدة على طريق استكمال مشروع محطة الضبعة النووية.
وأوضح محمد الشناوي، المتحدث باسم الرئاسة المصرية، أن هذه الفعالية تتزامن مع احتفال مصر بالعيد السنوي الخامس للطاقة النووية، الذي تقيمه مصر يوم 19 نوفمبر من كل عام، تخليدا لذكرى توقيع الاتفاقية الحكومية بين مصر و روسيا لإنشاء محطة الضبعة النووية وتشغيلها، ويعد يوما رمزيا لانطلاق البرنامج النووي المصري السلمي.
وأضاف المتحدث في بيان أن مشاركة الرئيسين السيسي وبوتين في هذا الحدث المهم تعكس عمق العلاقات الاستراتيجية بين البلدين، وتمثل امتدادا لمسار التعاون الثنائي المثمر عبر مشروعات ضخمة تركت آثارها الواضحة في مسيرة التنمية.
""", [
    ev("rpv-installation-ceremony", "في فعالية تاريخية تقام احتفاء بتركيب وعاء ضغط المفاعل", RPV, "'غدا الأربعاء' from Tue 18 Nov 2025 = Wed 19 Nov 2025"),
    ev("fuel-purchase-order", "ويُوقَّع خلالها أمر شراء الوقود النووي", RPV, "no own expression; signed at the same ceremony, Wed 19 Nov 2025"),
    ev("presidency-statement", "وأوضح محمد الشناوي، المتحدث باسم الرئاسة المصرية", STATEMENT, "no own expression; the spokesman's statement reported on Tue 18 Nov 2025 (the report's day)"),
    ev("nuclear-energy-day", "بالعيد السنوي الخامس للطاقة النووية", RPV, "'يوم 19 نوفمبر من كل عام', the fifth celebration = Wed 19 Nov 2025"),
    ev("iga-signing-2015", "توقيع الاتفاقية الحكومية بين مصر و روسيا", IGA, "no own expression; outside knowledge: the intergovernmental agreement on El Dabaa was signed in Cairo on Thu 19 Nov 2015, hence the yearly '19 نوفمبر'"),
])
art(S, "https://elmahrousanews.com/290952",
    "2025-11-19", "page date line 'في يوم 19 نوفمبر، 2025 | بتوقيت 5:23 مساءً' (kept; 19 Nov 2025 was a Wednesday); headline kept from the page (re-worded); the two sub-headings and the last, truncated sentence dropped", True, """
السيسي وبوتين يشاركان عن بعد في تركيب وعاء ضغط المفاعل النووي بالضبعة.. ومصر تحتفل بعيدها الخامس للطاقة النووية
في يوم 19 نوفمبر، 2025 | بتوقيت 5:23 مساءً
عبر تقنية الفيديو كونفرانس، شارك الرئيس عبد الفتاح السيسي ورئيس روسيا الاتحادية فلاديمير بوتين في مراسم تركيب وعاء ضغط المفاعل النووي للوحدة الأولى في محطة الضبعة النووية، تزامنا مع الاحتفال بالعيد المصري الخامس للطاقة النووية، الذي يحل يوم 19 نوفمبر من كل عام.
وذكر المتحدث الرسمي باسم رئاسة الجمهورية أن الفعالية افتُتحت بعرض فيلم تعريفي عن المشروع النووي المصري، تلته كلمة للسيد أليكسي ليخاتشوف، المدير العام لشركة "روس آتوم"، ثم كلمة للمهندس محمود عصمت وزير الكهرباء والطاقة المتجددة، ثم كلمة مسجلة للسيد رافائيل غروسي، المدير العام للوكالة الدولية للطاقة الذرية.
وفي كلمته عبر الفيديو كونفرانس، هنأ الرئيس فلاديمير بوتين مصر بتركيب وعاء ضغط المفاعل للوحدة الأولى، مؤكدا أن الوتيرة الحالية للعمل تمثل نجاحا لافتا في التعاون النووي بين البلدين.
""", [
    ev("rpv-installation-ceremony", "في مراسم تركيب وعاء ضغط المفاعل النووي للوحدة الأولى", RPV, "no own expression in the sentence; the ceremony of Wed 19 Nov 2025 (date line 'في يوم 19 نوفمبر، 2025')"),
    ev("nuclear-energy-day", "الاحتفال بالعيد المصري الخامس للطاقة النووية", RPV, "'يوم 19 نوفمبر من كل عام', the fifth celebration = Wed 19 Nov 2025"),
    ev("esmat-speech", "ثم كلمة للمهندس محمود عصمت", RPV, "no own expression; part of the ceremony of Wed 19 Nov 2025"),
    ev("grossi-recorded-message", "ثم كلمة مسجلة للسيد رافائيل غروسي", RPV, "no own expression; played at the ceremony of Wed 19 Nov 2025"),
    ev("putin-speech", "هنأ الرئيس فلاديمير بوتين مصر", RPV, "no own expression; Putin's speech at the ceremony of Wed 19 Nov 2025"),
])
art(S, "https://www.elmogaz.com/834972",
    "2025-11-19", "stamp 'date 2025-11-19' at the head of the stored page (not kept in the text; 19 Nov 2025 was a Wednesday), and the body reports the ceremony as under way ('ما نراه اليوم', 'نبأ عاجل ببدء مراسم'); headline written from the body (the stored text has none); the site tag 'الموجز ينقل التفاصيل' and the last, truncated clause dropped; no date of its own in the text", False, """
السيسي: محطة الضبعة النووية من أهم المشروعات القومية لمصر
أكد الرئيس عبد الفتاح السيسي أن محطة الضبعة النووية تعد واحدا من المشروعات القومية المهمة لمصر.
وقال الرئيس السيسي، في كلمته خلال فعالية وضع هيكل الاحتواء لمفاعل الوحدة الأولى بمحطة الضبعة النووية، إن مصر ستواصل مسيرة البناء والتنمية على الرغم من التحديات المحيطة بها.
وأضاف أن محطة الضبعة النووية تكشف أهمية إعداد كوادر مصرية متخصصة.
من جهته، وصف الدكتور محمود عصمت، وزير الكهرباء والطاقة المتجددة، وضع هيكل الاحتواء لمفاعل الوحدة الأولى بالمحطة بأنه لحظة تاريخية.
وأضاف خلال المراسم أن محطة الضبعة النووية هي أكبر مشروع في العالم، وأن ما نشهده اليوم في الضبعة دليل على التعاون الوثيق بين مصر وروسيا.
وكانت قناة "القاهرة الإخبارية" قد أعلنت في نبأ عاجل انطلاق مراسم وضع هيكل الاحتواء لمفاعل الوحدة الأولى بمحطة الضبعة النووية بمشاركة الرئيس عبد الفتاح السيسي والرئيس الروسي فلاديمير بوتين.
وأوضح المتحدث الرسمي باسم رئاسة الجمهورية أن الفعالية تتزامن مع احتفال مصر بالعيد السنوي الخامس للطاقة النووية، الذي تنظمه يوم 19 نوفمبر من كل عام.
""", [
    ev("sisi-speech", "في كلمته خلال فعالية وضع هيكل الاحتواء", RPV, "no own expression; Sisi's speech at the ceremony of Wed 19 Nov 2025 (the page's day)"),
    ev("esmat-speech", "وصف الدكتور محمود عصمت", RPV, "'اليوم' (ما نشهده اليوم) = the ceremony day, Wed 19 Nov 2025"),
    ev("rpv-installation-ceremony", "انطلاق مراسم وضع هيكل الاحتواء لمفاعل الوحدة الأولى", RPV, "no own expression; the ceremony (the outlet's 'هيكل الاحتواء' = the reactor vessel) of Wed 19 Nov 2025"),
    ev("nuclear-energy-day", "بالعيد السنوي الخامس للطاقة النووية", RPV, "'يوم 19 نوفمبر من كل عام', the fifth celebration = Wed 19 Nov 2025"),
])
art(S, "https://www.babnet.net/cadredetail-318870.asp",
    "2025-11-20", "page stamp 'Publié le Jeudi 20 Novembre 2025 - 20:36' and 'date 2025-11-20' (not kept in the text; 20 Nov 2025 was a Thursday); the body's 'أمس' for the installation of Wed 19 Nov and 'مؤتمر صحفي الخميس' agree; headline kept from the page; the source tag 'وكالات' dropped; no date of its own in the text", False, """
"الحلم أصبح حقيقة".. رئيس الوزراء المصري يعلق على دخول مصر "العصر النووي"
قال رئيس الوزراء المصري مصطفى مدبولي إن مصر نجحت أخيرا في تحقيق "الحلم النووي"، بعدما شهدت محطة الضبعة النووية أمس تركيب وعاء ضغط المفاعل الخاص بالوحدة النووية الأولى.
وأوضح مدبولي، في مؤتمر صحفي عقده الخميس في أعقاب الاجتماع الأسبوعي للحكومة، أن هذه الخطوة تنقل الحلم إلى أرض الواقع، وأنها أدخلت الفرحة والفخر على المصريين جميعا مع اقتراب تحقق الحلم النووي.
وأضاف أن جيله كان يدرس في المدارس أن دخول مصر العصر النووي وامتلاكها طاقة نووية سلمية حلم، وأن هذا الحلم تحقق بحمد الله على يد الرئيس عبد الفتاح السيسي.
وأشار إلى أن تركيب وعاء ضغط المفاعل يمثل انطلاق العد التنازلي لاقتراب إنجاز المشروع "العملاق"، لافتا إلى أن المفاعلات الـ4 بالمحطة من المقرر أن تدخل الخدمة في عام 2029.
وشدد مدبولي على أن إنتاج المحطة البالغ 4800 ميجا من الطاقة يمثل رقما قويا جدا ومؤثرا في معادلة الطاقة المصرية، إذ سيوفر كميات ضخمة من الغاز والمشتقات البترولية اللازمة لتوليد الكهرباء.
""", [
    ev("rpv-installation-ceremony", "شهدت محطة الضبعة النووية أمس تركيب وعاء ضغط المفاعل", RPV, "'أمس' from Thu 20 Nov 2025 = Wed 19 Nov 2025"),
    ev("madbouly-press-conference", "في مؤتمر صحفي عقده الخميس", PRESSER, "'الخميس' = Thu 20 Nov 2025 (the day of publication)"),
    ev("weekly-cabinet-meeting", "في أعقاب الاجتماع الأسبوعي للحكومة", PRESSER, "no own expression; the weekly cabinet meeting held just before the Thursday press conference, Thu 20 Nov 2025"),
    ev("reactors-in-service", "أن تدخل الخدمة في عام 2029", "2029-01-01", "'في عام 2029' = the whole of 2029 (planned)", end="2030-01-01"),
])

# ---------------------------------------------------------------- syria-grossi-damascus-visit-2025
S = "syria-grossi-damascus-visit-2025"
VISIT = "2025-06-04"                       # Grossi meets al-Sharaa and al-Shaibani in Damascus; MoU signed, Wed 4 Jun 2025
BOARD = "2025-06-09"                       # Grossi's announcement at the opening of the IAEA Board of Governors, Mon 9 Jun 2025
ACCESS = ("2025-06-04", "2025-06-10")      # the 'immediate and unrestricted access' and the verification done during the visit (my span 4-9 Jun)
art(S, "https://yenisafak.com/ar/world/4095308",
    "2025-06-04", "page stamp '16:514/06/2025, الأربعاء' (16:51 and 4/06/2025 run together on the page; kept as '16:51 4/06/2025, الأربعاء'; 4 Jun 2025 was a Wednesday), Anadolu report; the body's 'الأربعاء' agrees; headline and sub-heading kept from the page (re-worded); the source tag 'الأناضول' and the last, truncated clause dropped", True, """
توقيع مذكرة تفاهم بين سوريا ووكالة الطاقة الذرية
16:51 4/06/2025, الأربعاء
في إطار تعاون يشمل أمن الغذاء ومكافحة السرطان عبر مبادرتين تابعتين للوكالة الدولية.
وقَّعت سوريا والوكالة الدولية للطاقة الذرية، الأربعاء، مذكرة تفاهم تخص التعاون في مجالي أمن الغذاء ومكافحة السرطان.
وذكرت وزارة الخارجية السورية، في منشور على منصة "إكس"، أن الرئيس السوري أحمد الشرع ووزير الخارجية أسعد الشيباني اجتمعا في دمشق مع رافائيل ماريانو جروسي، المدير العام للوكالة الدولية للطاقة الذرية.
وبحسب وكالة الأنباء السورية (سانا)، وقَّع الشيباني وجروسي مذكرة التفاهم بين سوريا والوكالة في إطار مبادرتي "الذرة من أجل الغذاء" و"أشعة الأمل" التابعتين للوكالة.
ولم تكشف الوزارة ولا الوكالة مضمون اللقاء بين الشرع وجروسي، لكنه يندرج في سياق انفتاح الإدارة السورية الجديدة على مختلف أطراف المجتمع الدولي، وتعزيز حضور دمشق الذي غيّبه نظام الرئيس المخلوع بشار الأسد (2000-2024).
وفي 8 ديسمبر/ كانون الأول 2024، استكملت فصائل سورية سيطرتها على البلاد، لتنهي 61 عاما من حكم حزب البعث.
""", [
    ev("mou-signing", "وقَّعت سوريا والوكالة الدولية للطاقة الذرية، الأربعاء", VISIT, "'الأربعاء' = Wed 4 Jun 2025 (the page's day)"),
    ev("sharaa-grossi-meeting", "اجتمعا في دمشق مع رافائيل ماريانو جروسي", VISIT, "no own expression; the meeting of Wed 4 Jun 2025 (hashtagsyria: 'في 4 حزيران/يونيو 2025')"),
    ev("assad-rule", "نظام الرئيس المخلوع بشار الأسد (2000-2024)", "2000-07-17", "'(2000-2024)'; outside knowledge: Bashar al-Assad took office on 17 Jul 2000 and fell on 8 Dec 2024", end="2024-12-09"),
    ev("assad-fall", "وفي 8 ديسمبر/ كانون الأول 2024", "2024-12-08", "'8 ديسمبر/ كانون الأول 2024' (a Sunday)"),
    ev("baath-rule", "لتنهي 61 عاما من حكم حزب البعث", "1963-03-08", "'61 عاما' ending on 8 Dec 2024; outside knowledge: the Baath took power on 8 Mar 1963", end="2024-12-09"),
])
art(S, "https://www.hashtagsyria.com/world-news/2025/6/9/%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B0%D8%B1%D9%8A%D8%A9-%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82%D8%A9-%D8%AD%D9%82%D9%8A%D9%82%D9%8A%D8%A9-%D9%81%D9%8A-%D9%85%D8%B3%D8%A7%D8%B1-%D8%A7%D9%84%D8%AA%D8%B9%D8%A7%D9%88%D9%86-%D8%A7%D9%84%D8%B4%D9%81%D8%A7%D9%81-%D9%85%D8%B9-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
    "2025-06-09", "date in the URL '/2025/6/9/' and the body's 'الاثنين 9 حزيران/يونيو' (kept; 9 Jun 2025 was a Monday); headline rendered from the URL slug (the stored text has none); the last, truncated words dropped", True, """
الطاقة الذرية: انطلاقة حقيقية في مسار التعاون الشفاف مع سوريا
أعلن رافائيل ماريانو غروسي، مدير الوكالة الدولية للطاقة الذرية، الاثنين 9 حزيران/يونيو، أن التعاون بين الوكالة وسوريا بلغ مرحلة جديدة في مجالي الأمن النووي والصحة، بحسب ما نقلته الإخبارية السورية.
ولفت غروسي إلى أن الخطوات الأخيرة تشكّل "انطلاقة حقيقية في مسار الشفافية وبناء الثقة المتبادلة".
وشدد غروسي، في كلمته أمام مجلس محافظي الوكالة في فيينا، على أن فرق الوكالة نالت مؤخراً "وصولاً فورياً وغير مقيّد" إلى المواقع المرتبطة بالأنشطة النووية السابقة في سوريا، موضحا أن ذلك يفتح الطريق لتعزيز التعاون التقني والإنساني، ويعبّر عن تغير في أسلوب التعامل بين الطرفين.
وأتى الإعلان عن هذا التعاون الجديد عقب لقاء جمع الرئيس أحمد الشرع بالمدير العام للوكالة رافائيل غروسي في دمشق، في 4 حزيران/يونيو 2025.
وتلا اللقاء توقيع مذكرة تفاهم بين وزير الخارجية والمغتربين أسعد الشيباني والوكالة في إطار مبادرتَي "الذرة من أجل الغذاء" و"أشعة الأمل"، بهدف دعم الزراعة وتشخيص السرطان وعلاجه في سوريا.
ويأتي ذلك استكمالاً للقاء سابق بين غروسي والشيباني في نيويورك أواخر نيسان/إبريل الماضي، أكد خلاله غروسي التزام الوكالة بدعم سوريا في التطبيقات السلمية للطاقة النووية.
""", [
    ev("grossi-board-announcement", "الاثنين 9 حزيران/يونيو، أن التعاون", BOARD, "'الاثنين 9 حزيران/يونيو' = Mon 9 Jun 2025 (his statement at the opening of the Board of Governors)"),
    ev("unrestricted-access", "نالت مؤخراً", ACCESS[0], "'مؤخراً'; the access granted by al-Sharaa on 4 Jun and the verification done during the visit (IAEA: 'أجرت أنشطة تحقق خلال زيارته'); my span 4-9 Jun 2025", end=ACCESS[1]),
    ev("sharaa-grossi-meeting", "عقب لقاء جمع الرئيس أحمد الشرع", VISIT, "'في 4 حزيران/يونيو 2025' (a Wednesday)"),
    ev("mou-signing", "وتلا اللقاء توقيع مذكرة تفاهم", VISIT, "no own expression; signed after the meeting of Wed 4 Jun 2025 (yenisafak: 'الأربعاء')"),
    ev("new-york-meeting", "أواخر نيسان/إبريل الماضي", "2025-04-20", "'أواخر نيسان/إبريل الماضي' = late April 2025 (my span 20-30 Apr)", end="2025-05-01"),
])
art(S, "https://www.almjhar.com/ar-sy/NewsView/2212/287457.aspx",
    "2025-06-09", "no date on the stored page; the body's 'اليوم الإثنين' with the visit to Damascus 'الأسبوع الماضي' (Wed 4 Jun 2025) gives Mon 9 Jun 2025, the day Grossi opened the IAEA Board of Governors and spoke to the press (hashtagsyria: 'الاثنين 9 حزيران/يونيو'); headline written from the body (the stored text has none); no date of its own in the text", False, """
غروسي يعلن "انفراجة" في التعاون النووي مع سوريا
أعلن رفائيل غروسي، مدير الوكالة الدولية للطاقة الذرية، اليوم الإثنين، عن "انفراجة إيجابية" في التعاون النووي مع سوريا، عقب زيارة رسمية قام بها إلى دمشق التقى خلالها الرئيس السوري أحمد الشرع الأسبوع الماضي.
وبيّن غروسي، في مؤتمر صحفي، أن الوكالة حصلت على "وصول فوري وغير مقيّد" إلى المواقع التي يُشتبه في صلتها بأنشطة نووية سابقة، معتبرا أن هذه الخطوة تعزز الشفافية وتبني الثقة المتبادلة.
ووقّع الجانبان كذلك اتفاقيات جديدة في إطار مبادرتي "الذرة من أجل الغذاء" و"أشعة الأمل" اللتين تستهدفان دعم الأمن الغذائي ومكافحة السرطان بتقنيات نووية سلمية، وأكد غروسي أن تفعيل المبادرتين في سوريا سيتم خلال الأشهر المقبلة.
وخلال اللقاء، أبدى الرئيس الشرع اهتماما باستخدام الطاقة النووية مستقبلاً لأغراض سلمية، وعلّق غروسي قائلا إن الرئيس أظهر انفتاحا غير مسبوق وتساءل: لماذا لا تحصل سوريا على الطاقة النووية؟
ويمثل هذا التطور تحولا لافتا في علاقة سوريا بالوكالة بعد سنوات من التوتر، وقد يمهد لتعاون دولي أوسع في المجال النووي السلمي مستقبلاً.
""", [
    ev("grossi-board-announcement", "اليوم الإثنين، عن \"انفراجة إيجابية\"", BOARD, "'اليوم الإثنين' = Mon 9 Jun 2025"),
    ev("sharaa-grossi-meeting", "التقى خلالها الرئيس السوري أحمد الشرع الأسبوع الماضي", VISIT, "'الأسبوع الماضي' from Mon 9 Jun = the week of 2-8 Jun; the meeting was on Wed 4 Jun 2025"),
    ev("unrestricted-access", "أن الوكالة حصلت على", ACCESS[0], "no own expression; the access granted during the visit of 4 Jun 2025 (my span 4-9 Jun)", end=ACCESS[1]),
    ev("mou-signing", "ووقّع الجانبان كذلك اتفاقيات جديدة", VISIT, "no own expression; the memorandum signed in Damascus on Wed 4 Jun 2025"),
    ev("sharaa-nuclear-interest", "أبدى الرئيس الشرع اهتماما", VISIT, "'خلال اللقاء' = the meeting of Wed 4 Jun 2025"),
])

# ---------------------------------------------------------------- morocco-russia-nuclear-agreement-2022
S = "morocco-russia-nuclear-agreement-2022"
APPROVAL = "2022-10-12"                    # the Russian government approves the draft nuclear cooperation agreement with Morocco, Wed 12 Oct 2022
art(S, "https://kifache.com/%d9%84%d8%a8%d9%86%d8%a7%d8%a1-%d9%85%d8%ad%d8%b7%d8%a9-%d9%84%d9%84%d8%b7%d8%a7%d9%82%d8%a9-%d8%a7%d9%84%d9%86%d9%88%d9%88%d9%8a%d8%a9-%d8%a7%d8%aa%d9%81%d8%a7%d9%82-%d8%a8%d9%8a%d9%86-%d8%a7%d9%84/",
    "2022-10-12", "page date line 'الأربعاء 12 أكتوبر 2022 على الساعة 22:07' (kept; 12 Oct 2022 was a Wednesday); the body's 'اليوم الأربعاء (12 أكتوبر)' agrees; headline kept from the page; the site's list of other headlines, the word 'عاجل', the sub-heading and the last, truncated sentence dropped", True, """
لبناء محطة للطاقة النووية.. اتفاق بين المغرب وروسيا
الأربعاء 12 أكتوبر 2022 على الساعة 22:07
صادقت حكومة روسيا الاتحادية، اليوم الأربعاء (12 أكتوبر)، على اتفاقية للتعاون في مجال استخدام الطاقة الذرية للأغراض السلمية موقعة بين روسيا والمغرب.
وذكرت وكالة الأنباء الروسية "تاس" أن رئيس الوزراء الروسي ميخائيل ميشوستين وقّع على مسودة الاتفاقية التي سبق أن وقعتها الرباط وموسكو.
ونقلت وكالة "سبوتنيك" أن التصديق شمل مسودة الاتفاقية الحكومية التي أعدتها شركة "روساتوم" الروسية بتنسيق مع وزارة الخارجية الروسية وجهات أخرى، والتي سبق تطويرها بالتعاون مع الجانب المغربي.
وبحسب وسائل إعلام روسية، تنص هذه الاتفاقية على تعاون البلدين في 14 مجالا على الأقل.
""", [
    ev("russian-approval", "صادقت حكومة روسيا الاتحادية، اليوم الأربعاء (12 أكتوبر)", APPROVAL, "'اليوم الأربعاء (12 أكتوبر)' = Wed 12 Oct 2022"),
    ev("mishustin-signature", "وقّع على مسودة الاتفاقية", APPROVAL, "no own expression; the government order signed by Mishustin and published on Wed 12 Oct 2022 (barlamane: 'منشور بموقع المعلومات القانونية'); the signing day may be a little earlier"),
    ev("sputnik-report", "ونقلت وكالة \"سبوتنيك\"", APPROVAL, "no own expression; Sputnik's report of Wed 12 Oct 2022 (barlamane: 'أمس الأربعاء')"),
])
art(S, "https://www.akhbarona.com/mobile/economy/356149.html",
    "2022-10-13", "page date line '13/10/2022 10:32:00' (kept; 13 Oct 2022 was a Thursday); headline kept from the page; the byline 'أخبارنا المغربية- الرباط', the view counter and the readers' comment dropped", True, """
لن يعجب الجزائر.. اتفاق رسمي مغربي روسي على بناء محطة للطاقة النووية بالمملكة
13/10/2022 10:32:00
أفادت وسائل إعلام روسية رسمية بأن موسكو والرباط وقعتا اتفاقا لإنشاء محطة للطاقة النووية فوق التراب المغربي، في إطار التعاون المشترك بين البلدين في المجال النووي السلمي.
وحسب المصدر نفسه، حددت مسودة الاتفاق مجالات التعاون، ومنها تطوير البنية التحتية للطاقة في المغرب عبر تصميم وبناء مفاعلات الطاقة الكهروذرية، وإقامة محطات لتحلية المياه، والتنقيب عن رواسب اليورانيوم في المغرب، وتطوير البحث العلمي في استخدامات الطاقة النووية بالمجالين الطبي والصناعي.
وتجدر الإشارة إلى أن وزارة الطاقة المغربية سبق أن وقعت عام 2017 مذكرة تفاهم مع نظيرتها الروسية بشأن التعاون المشترك في مجالات الاستخدام السلمي للطاقة الذرية بين البلدين.
""", [
    ev("russian-media-report", "أفادت وسائل إعلام روسية رسمية", APPROVAL, "no own expression; the TASS/Sputnik/RIA reports of Wed 12 Oct 2022 (kifache, barlamane)"),
    ev("russian-approval", "وقعتا اتفاقا لإنشاء محطة للطاقة النووية", APPROVAL, "no own expression; what the Russian media reported was the government's approval of the draft on Wed 12 Oct 2022 (reported here as a signing)"),
    ev("mou-2017", "وقعت عام 2017 مذكرة تفاهم", "2017-01-01", "'عام 2017' = the whole year (hespress dates the memorandum to 2018)", end="2018-01-01"),
])
art(S, "https://www.kachaf.com/details.php?n=6347149e96a17f61964ec6f3",
    "2022-10-12", "aggregator page reposting the Moroccan site الدار (byline 'الدار / سيدي جابر' dropped); its stamp 'تاريخ الخبر: 2022-10-12 21:25:18' (not kept in the text; 12 Oct 2022 was a Wednesday) and the body's 'اليوم الأربعاء' agree; headline kept from the page; the aggregator's ratings and other headlines dropped; no date of its own in the text", False, """
اتفاق روسي-مغربي يفضي للتعاون في بناء محطة للطاقة النووية على تراب المملكة
أعلن مجلس الوزراء الروسي، اليوم الأربعاء، أن روسيا ستبرم اتفاقية مع حكومة المغرب للتعاون في مجال الاستخدام السلمي للطاقة الذرية، ويشمل مشروع هذه الوثيقة إقامة محطة للطاقة النووية على الأراضي المغربية.
وحسب وكالتي "ريا" و"سبوتنيك"، صادقت الحكومة الروسية على الاتفاقية التي رفعتها المؤسسة الحكومية للطاقة النووية "روساتوم"، بتنسيق مع وزارة الخارجية الروسية ومؤسسات حكومية أخرى، إثر اتفاق مع الشركاء المغاربة.
ومن مجالات التعاون بين روسيا والمغرب في ميدان الذرة السلمية الواردة في مسودة الاتفاقية: "تصميم وبناء مفاعلات الطاقة والبحوث النووية، وكذلك محطات تحلية المياه ومسرعات الجسيمات الأولية".
كما صدرت تعليمات إلى "روساتوم" ووزارة الخارجية الروسية بإجراء محادثات مع الشركاء المغاربة والعمل على توقيع الاتفاقية.
""", [
    ev("russian-approval", "أعلن مجلس الوزراء الروسي، اليوم الأربعاء", APPROVAL, "'اليوم الأربعاء' = Wed 12 Oct 2022"),
    ev("rosatom-instructions", "كما صدرت تعليمات إلى \"روساتوم\"", APPROVAL, "no own expression; part of the government order of Wed 12 Oct 2022"),
])
art(S, "https://maghress.com/barlamane/1023601",
    "2022-10-13", "no date on the stored page (a maghress copy of barlamane); the body's 'أمس الأربعاء' for the Russian cabinet's announcement of Wed 12 Oct 2022 (kifache: 'اليوم الأربعاء (12 أكتوبر)') gives Thu 13 Oct 2022; headline written from the body (the stored text has none); the last, truncated clause (trade volume) dropped; no date of its own in the text", False, """
روسيا تستعد لتوقيع اتفاقية نووية مع المغرب
ذكرت وكالة سبوتنيك الروسية، أمس الأربعاء، أن روسيا تتهيأ لتوقيع اتفاقية مع المغرب حول التعاون في مجال استخدام الطاقة الذرية للأغراض السلمية.
وأوضحت الوكالة أن مجلس الوزراء الروسي أعلن أمس الأربعاء أن روسيا ستوقع اتفاقية مع الحكومة المغربية في هذا المجال، يتضمن مشروعها بناء محطة للطاقة النووية فوق الأراضي المغربية، وفق ما ورد في أمر حكومي روسي نُشر على موقع المعلومات القانونية.
وأضاف المصدر ذاته أن مسودة الاتفاقية الحكومية التي قدمتها "روساتوم" بالتنسيق مع وزارة الخارجية الروسية وجهات أخرى، والتي سبق إعدادها مع الجانب المغربي، نالت المصادقة.
وأكدت سبوتنيك أن "روساتوم" ووزارة الخارجية الروسية تلقتا تعليمات بإجراء مباحثات مع الشركاء المغاربة وتوقيع الاتفاقية متى تم التوصل إلى اتفاق.
ومن مجالات التعاون التي تضمنتها المسودة: "تصميم وبناء مفاعلات الطاقة والبحوث النووية، وكذلك محطات تحلية المياه ومسرعات الجسيمات الأولية".
وأشارت الوكالة إلى أن المغرب يعد ثاني شريك لروسيا على المستويين العربي والإفريقي.
""", [
    ev("sputnik-report", "ذكرت وكالة سبوتنيك الروسية، أمس الأربعاء", APPROVAL, "'أمس الأربعاء' from Thu 13 Oct 2022 = Wed 12 Oct 2022"),
    ev("russian-approval", "أن مجلس الوزراء الروسي أعلن أمس الأربعاء", APPROVAL, "'أمس الأربعاء' = Wed 12 Oct 2022"),
    ev("rosatom-instructions", "تلقتا تعليمات بإجراء مباحثات", APPROVAL, "no own expression; part of the government order of Wed 12 Oct 2022"),
])

# ---------------------------------------------------------------- uae-barakah-unit1-licence-2020
S = "uae-barakah-unit1-licence-2020"
LICENCE = "2020-02-17"                     # FANR issues the operating licence of Barakah unit 1, Mon 17 Feb 2020
FUEL = "2020-02-19"                        # Nawah announces the start of the first fuel load, Wed 19 Feb 2020
ENVOY = "2020-02-19"                       # Mohamed bin Zayed receives the South Korean president's special envoy, Wed 19 Feb 2020
BUILD = ("2012-07-18", "2020-02-20")       # Barakah under construction by the Korean consortium (first concrete of unit 1, 18 Jul 2012; my span to the reports)
art(S, "https://alwaqaaljadeed.com/?p=72377",
    "2020-02-17", "page date line '“الواقع الجديد” الإثنين 17 فبراير 2020م/خاص' (kept as 'الإثنين 17 فبراير 2020م'; 17 Feb 2020 was a Monday); the body's 'اليوم الاثنين' agrees; headline written from the body (the stored text has none); the last, truncated quotation of Mohamed bin Zayed shortened", True, """
الإمارات تصدر رخصة تشغيل الوحدة الأولى في محطة براكة النووية
الإثنين 17 فبراير 2020م
أعلنت دولة الإمارات العربية المتحدة، اليوم الاثنين، إصدار رخصة تشغيل الوحدة الأولى في محطة براكة، لتصبح بذلك أول دولة عربية في المنطقة تشغّل محطة للطاقة النووية.
وأفادت تغريدة على حساب وكالة أنباء الإمارات الرسمية في موقع تويتر بأن الهيئة الاتحادية للرقابة النووية منحت الرخصة لتشغيل أولى وحدات محطة براكة للطاقة النووية.
وأوضحت الوكالة أن الهيئة الاتحادية راجعت طلب الترخيص البالغ 14 ألف صفحة، ونفذت أكثر من 185 عملية تفتيش صارمة.
ونقلت الوكالة عن حمد الكعبي، مندوب الإمارات الدائم لدى الوكالة الدولية للطاقة الذرية ونائب رئيس مجلس إدارة الهيئة الاتحادية للرقابة النووية، وصفه الإعلان عن هذه الخطوة بأنه لحظة تاريخية مهمة للإمارات التي صارت أول دولة عربية في المنطقة تدير محطة للطاقة النووية.
وأضاف الكعبي أن شركة نواة للطاقة ستبدأ، بعد صدور الرخصة، فترة الاستعدادات للتشغيل التجاري.
وعلّق الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الإماراتية، على الحدث بقوله إن مسيرة النهضة تشهد مرحلة جديدة من الحراك التنموي.
""", [
    ev("licence-issued", "إصدار رخصة تشغيل الوحدة الأولى في محطة براكة", LICENCE, "'اليوم الاثنين' = Mon 17 Feb 2020"),
    ev("licence-review", "راجعت طلب الترخيص البالغ 14 ألف صفحة", "2015-03-01", "no own expression; outside knowledge: the operating-licence application was filed in 2015 (CNN Arabic: 'منذ العام 2015') and reviewed until the licence of 17 Feb 2020; my span Mar 2015 - 17 Feb 2020", end="2020-02-18"),
    ev("kaabi-statement", "ونقلت الوكالة عن حمد الكعبي", LICENCE, "no own expression; said at the press conference of Mon 17 Feb 2020"),
    ev("commercial-operation-preparations", "فترة الاستعدادات للتشغيل التجاري", LICENCE, "no own expression; from the licence (17 Feb 2020) to the start of commercial operation of unit 1 (outside knowledge: 6 Apr 2021)", end="2021-04-06"),
    ev("mbz-comment", "وعلّق الشيخ محمد بن زايد آل نهيان", LICENCE, "no own expression; his tweet on the licence, Mon 17 Feb 2020"),
])
art(S, "https://www.pakistanpoint.com/ar/news/uae/story-841934.html",
    "2020-02-19", "dateline '(پاکستان پوائنٹ نیوز / سبوتنيك - 19 فبراير 2020ء)' (kept as 'سبوتنيك - 19 فبراير 2020ء'; 19 Feb 2020 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline kept from the page", True, """
ولي عهد أبوظبي ومبعوث الرئيس الكوري الجنوبي يبحثان سبل تطوير العلاقات الثنائية
سبوتنيك - 19 فبراير 2020ء
ناقش ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان مع إم جونج، المبعوث الخاص لرئيس جمهورية كوريا الجنوبية، في العاصمة الإماراتية اليوم الأربعاء، العلاقات الثنائية المتميزة بين الإمارات وكوريا الجنوبية في شتى المجالات.
وشدد الجانبان على الشراكة الاستراتيجية القائمة بينهما وعلى حرص قيادتي البلدين المشترك على دعم هذه العلاقات وتنميتها، كما تناولا القضايا ذات الاهتمام المشترك.
وأكد الشيخ محمد بن زايد خلال اللقاء أن التعاون الإماراتي الكوري في إنتاج الطاقة النووية للأغراض السلمية يشكل نموذجا متميزا للتعاون التنموي بين البلدين الصديقين.
في المقابل، أكد أم جونج سيوك حرص الرئيس الكوري الجنوبي على تطوير العلاقات الإماراتية الكورية على جميع المستويات.
ويذكر أن المفاعل النووي الإماراتي في إمارة أبوظبي يُبنى بمساعدة كورية جنوبية، وهو أول مفاعل نووي في دولة عضو في مجلس التعاون الخليجي.
وسينتج مفاعل "براكة" النووي طاقة كهربائية تبلغ 5600 ميغاوات، فيما تقدر تكلفة إنشائه بنحو 24 مليار دولار أميركي.
""", [
    ev("mbz-envoy-meeting", "في العاصمة الإماراتية اليوم الأربعاء", ENVOY, "'اليوم الأربعاء' = Wed 19 Feb 2020"),
    ev("mbz-nuclear-remark", "وأكد الشيخ محمد بن زايد خلال اللقاء", ENVOY, "'خلال اللقاء' = the meeting of Wed 19 Feb 2020"),
    ev("envoy-remark", "أكد أم جونج سيوك", ENVOY, "no own expression; said at the meeting of Wed 19 Feb 2020"),
    ev("barakah-construction", "يُبنى بمساعدة كورية جنوبية", BUILD[0], "no own expression; the construction by the Korean consortium, under way since the first concrete of unit 1 (outside knowledge: 18 Jul 2012; KBS: 'يوليو من عام 2012') and still going on for units 2-4; my span to 19 Feb 2020", end=BUILD[1]),
])
art(S, "https://nbnjo.com/article/80513",
    "2020-02-19", "no date on the stored page; a Petra wire ('--(بترا)' dropped, with the site tag 'نبض البلد'); the body's 'اليوم الأربعاء' for Nawah's statement on the start of fuel loading, two days after the licence of Mon 17 Feb 2020 (ksaplayers/AFP: 'الأربعاء بعد يومين على إصدار رخصة'), gives Wed 19 Feb 2020; headline written from the body; no date of its own in the text", False, """
الإمارات تبدأ تحميل الوقود النووي في مفاعل براكة
شرعت مؤسسة الإمارات للطاقة النووية في الإجراءات الخاصة ببدء تحميل أولى حزم الوقود النووي في مفاعل محطة براكة للطاقة النووية السلمية، بوصفها خطوة أولى للعمليات التشغيلية التدريجية وصولا إلى التشغيل التدريجي والآمن، ثم إنتاج الطاقة الكهربائية الصديقة للبيئة لاحقا.
وقال مارك ريدمان، الرئيس التنفيذي لشركة نواة التابعة لمؤسسة الإمارات للطاقة، في بيان صحفي اليوم الأربعاء، إن حصول الشركة على رخصة تشغيل المحطة الأولى في براكة يمثل إنجازا كبيرا لنواة التي أصبحت أحدث مشغل للمحطات النووية في هذا القطاع.
وكانت شركة نواة قد تسلمت الأسبوع الحالي الترخيص من الجهات التنظيمية الإماراتية لتشغيل أول محطة نووية، لتصبح الإمارات أول دولة عربية تشغّل محطة للطاقة النووية السلمية، ضمن مفاعل براكة القريب من العاصمة أبوظبي، الذي بلغت نسبة الإنجاز في محطاته الثلاث الأخرى 95 بالمئة و87 بالمئة و79 بالمئة.
""", [
    ev("fuel-loading-start", "الإجراءات الخاصة ببدء تحميل أولى حزم الوقود النووي", FUEL, "no own expression; announced in the statement of 'اليوم الأربعاء' = Wed 19 Feb 2020"),
    ev("redman-statement", "في بيان صحفي اليوم الأربعاء", FUEL, "'اليوم الأربعاء' = Wed 19 Feb 2020"),
    ev("licence-issued", "قد تسلمت الأسبوع الحالي الترخيص", LICENCE, "'الأسبوع الحالي' = the week of Wed 19 Feb 2020; the licence was issued on Mon 17 Feb 2020"),
    ev("barakah-construction", "بلغت نسبة الإنجاز في محطاته الثلاث الأخرى", BUILD[0], "no own expression; units 2-4 still under construction (95, 87 and 79 %); my span from the first concrete of 18 Jul 2012 to the reports", end=BUILD[1]),
])
art(S, "https://m.almethaqnews.com/news39990.html",
    "2020-02-20", "no date on the stored page; the body's 'أمس الأربعاء' for the start of fuel loading (announced on Wed 19 Feb 2020, nbnjo 'اليوم الأربعاء') gives Thu 20 Feb 2020, and 'يوم الاثنين 17 فبراير الجاري' agrees with February 2020; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الإمارات تبدأ تحميل أولى حزم الوقود في محطة براكة
بعد حصولها على رخصة التشغيل من الوكالة الدولية للطاقة الذرية، شرعت دولة الإمارات العربية المتحدة في تعبئة مفاعل المرحلة الأولى من محطة "براكة" للطاقة النووية بأولى حزم الوقود النووي.
وكانت الإمارات قد نالت رخصة التشغيل يوم الاثنين 17 فبراير الجاري، إذ أعلنت آنذاك الهيئة الاتحادية للرقابة النووية، الجهة الرقابية المسؤولة عن تنظيم القطاع النووي في البلاد، إصدار رخصة تشغيل الوحدة الأولى لمحطة "براكة" لصالح شركة "نواة" للطاقة التابعة لمؤسسة الإمارات للطاقة النووية، والتي ستتولى تشغيل المحطة الواقعة في منطقة الظفرة بإمارة أبوظبي.
وبحسب المشغل، بدأت الإمارات أمس الأربعاء تحميل أولى حزم الوقود النووي في المرحلة الأولى من المحطة، فيما أعلنت "نواة" أنها باشرت الإجراءات الخاصة بتحميل الوقود في مفاعل المحطة، كخطوة أولى نحو العمليات التشغيلية التدريجية وصولا إلى التشغيل التدريجي والآمن وإنتاج كهرباء صديقة للبيئة لاحقا.
وأوضحت "نواة" أنها ستنفذ، بعد تحميل الوقود، سلسلة اختبارات آمنة تماما قبل الشروع في التشغيل التدريجي المعروف باسم اختبار الطاقة التصاعدي.
""", [
    ev("licence-issued", "نالت رخصة التشغيل يوم الاثنين 17 فبراير الجاري", LICENCE, "'يوم الاثنين 17 فبراير الجاري' = Mon 17 Feb 2020"),
    ev("fuel-loading-start", "بدأت الإمارات أمس الأربعاء تحميل", FUEL, "'أمس الأربعاء' from Thu 20 Feb 2020 = Wed 19 Feb 2020"),
    ev("pre-startup-tests", "سلسلة اختبارات آمنة تماما", "2020-03-03", "no own expression ('بعد تحميل الوقود'); outside knowledge: the fuel load ended on 3 Mar 2020 and unit 1 started up on 1 Aug 2020; my span for the tests between them", end="2020-08-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 305
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
