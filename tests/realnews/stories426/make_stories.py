"""Builds stories.jsonl: the 426-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: drought and water rationing in Arab countries (Morocco,
Iraq, Syria, Jordan, Tunisia, Algeria, Egypt): dams running low, water cuts and rationing schedules,
rain-prayer (istisqa) calls, farmers' losses, emergency water plans.
Stories: Syria's nationwide rain prayer called by the Ministry of Awqaf (Syria, November 2025), Morocco's
royal rain prayer of Friday 1 December 2023 (Morocco, November-December 2023), and Tunisia's rain prayer
of Sunday 30 October 2022 after the hottest September since 1950 (Tunisia, October 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-istisqa-prayer-nov-2025
S = "syria-istisqa-prayer-nov-2025"
SY_CALL = "2025-11-06"      # the Ministry of Awqaf's call, 'في السادس من الشهر الجاري' = Thu 6 Nov 2025
SY_PRAYER = "2025-11-14"    # the prayer after the Friday prayer, Fri 14 Nov 2025
SA_PRAYER = "2025-11-13"    # the Saudi rain prayer, Thu 13 Nov 2025
art(S, "https://www.tuniscope.com/article/417378/quotdien/meteo/salat-al-istisqa-priere-pluie-255714",
    "2025-11-12", "page stamp 'Publié le 12-11-2025' (kept verbatim as the second line; 12 Nov 2025 was a Wednesday); headline kept from the page (re-worded)", True, """
عاجل: دول عربية تدعو إلى صلاة الاستسقاء مع تفاقم موجة الجفاف
Publié le 12-11-2025
أعلنت كل من السعودية وسوريا تنظيم صلاة الاستسقاء في كل أرجاء البلاد، تضرعا إلى الله وطلبا للغيث بسبب تأخر أمطار هذا الموسم.
ففي السعودية، دعا الملك سلمان بن عبد العزيز إلى أداء الصلاة يوم الخميس 13 نوفمبر، وحث المواطنين على التوبة والاستغفار والصدقة والتيسير على الناس.
أما في سوريا، فقد دعت وزارة الأوقاف إلى إقامة الصلاة يوم الجمعة 14 نوفمبر، مشددة على الإخلاص والتوبة وصيام 3 أيام ورد المظالم، وحددت أماكن إقامتها في مختلف المحافظات.
وتعاني إيران بدورها أزمة جفاف غير مسبوقة، إذ تراجع مخزون السدود في مشهد، ثانية كبرى مدن البلاد، إلى أقل من 3%. وحذر الرئيس مسعود بزشكيان من احتمال إخلاء طهران إذا لم تهطل الأمطار قبل نهاية نوفمبر، متعهدا باتخاذ إجراءات صارمة لترشيد استهلاك المياه.
""", [
    ev("saudi-prayer", "إلى أداء الصلاة يوم الخميس 13 نوفمبر", SA_PRAYER, "'يوم الخميس 13 نوفمبر' = Thu 13 Nov 2025 (the King's call itself was the Royal Court statement of Mon 10 Nov 2025)"),
    ev("syria-call", "فقد دعت وزارة الأوقاف", SY_CALL, "no own expression; the call of Thu 6 Nov 2025 ('في السادس من الشهر الجاري' in yallasyrianews and morasleen, 'في الـ 6 من الشهر الجاري' in chamtimes)"),
    ev("syria-prayer", "إلى إقامة الصلاة يوم الجمعة 14 نوفمبر", SY_PRAYER, "'يوم الجمعة 14 نوفمبر' = Fri 14 Nov 2025"),
    ev("mashhad-dams-below-3", "إذ تراجع مخزون السدود في مشهد", "2025-11-01", "no own expression; the state of Mashhad's dams reported in early November 2025, up to the page of Wed 12 Nov (my span 1-12 Nov)", end="2025-11-13"),
    ev("pezeshkian-tehran-warning", "وحذر الرئيس مسعود بزشكيان من احتمال إخلاء طهران", "2025-11-06", "no own expression; Pezeshkian's warning was reported from about Thu 6 Nov 2025, before this page of Wed 12 Nov (my span 6-12 Nov)", end="2025-11-13"),
])
art(S, "https://www.yallasyrianews.com/a/66687",
    "2025-11-14", "page date line 'الجمعة, 14 نوفمبر 2025 06:48 PM' (kept as the second line; 14 Nov 2025 was a Friday); the body's 'اليوم' after the Friday prayer agrees; the headline, printed twice on the page, kept once (re-worded); the last, truncated sentence dropped", True, """
سوريا تتضرع طلبا للغيث: صلاة الاستسقاء تقام في المساجد والساحات
الجمعة, 14 نوفمبر 2025 06:48 PM
أقيمت اليوم صلاة الاستسقاء في مساجد وساحات المحافظات السورية عقب صلاة الجمعة، وتوجه فيها المصلون إلى الله عز وجل بالدعاء أن ينزل عليهم الغيث والرحمة.
وشدد أئمة المساجد وخطباؤها في خطب الجمعة على أهمية صلاة الاستسقاء وما تحمله من معان سامية، مؤكدين وجوب التوجه إلى الله بقلوب صادقة موقنة بالإجابة، والتوسل إليه سبحانه طلبا للمغفرة والرحمة والغوث والغيث.
وفي ساحة الجندي المجهول بدمشق، تحدث محمد أبو الخير شكري في خطبته التي سبقت صلاة الاستسقاء عن المعاني العظيمة لهذه الصلاة، داعيا الله عز وجل أن ينزل البركة والخير على أرض الشام.
ودعا الوزير شكري قائلا: "اللهم أحينا بماء تغيث به قلوبنا، نسألك اللهم الفرج القريب والاستغاثة العاجلة والغوث منك يا رب العالمين، إنك سميع قريب مجيب الدعاء".
وكانت وزارة الأوقاف قد دعت في السادس من الشهر الجاري إلى إقامة صلاة الاستسقاء، بسبب ما تشهده سوريا من جفاف وتأخر في هطول الأمطار.
""", [
    ev("syria-prayer", "أقيمت اليوم صلاة الاستسقاء في مساجد وساحات", SY_PRAYER, "'اليوم' after the Friday prayer = Fri 14 Nov 2025 (date line)"),
    ev("friday-sermons", "وشدد أئمة المساجد وخطباؤها في خطب الجمعة", SY_PRAYER, "'في خطب الجمعة' = the sermons of Fri 14 Nov 2025"),
    ev("minister-sermon-damascus", "تحدث محمد أبو الخير شكري في خطبته", SY_PRAYER, "no own expression; the sermon before the prayer in the Unknown Soldier square, Fri 14 Nov 2025"),
    ev("syria-call", "قد دعت في السادس من الشهر الجاري", SY_CALL, "'في السادس من الشهر الجاري' in November = Thu 6 Nov 2025"),
])
art(S, "https://morasleen.net/?p=27342",
    "2025-11-14", "no date on the stored page; the body's 'أقيمت اليوم ... بعد أداء صلاة الجمعة' with the call 'في السادس من الشهر الجاري' (Thu 6 Nov) and the same sermon of minister Shukri reported by yallasyrianews (date line Fri 14 Nov 2025) gives Fri 14 Nov 2025; headline kept (re-worded); the byline 'محمد سمير طحان – مراسلين' dropped; no date of its own in the text", False, """
صلاة الاستسقاء تقام في مساجد سوريا وساحاتها تضرعا إلى الله لنزول الغيث
دمشق – أقيمت اليوم صلاة الاستسقاء في عدد من المساجد والساحات في المحافظات السورية المختلفة عقب أداء صلاة الجمعة، إذ تجمع المصلون رافعين أكفهم بالتضرع إلى الله تعالى أن ينزل الغيث والرحمة.
وأبرز الأئمة والخطباء في خطب الجمعة أهمية صلاة الاستسقاء، مؤكدين ضرورة التوجه إلى الله بقلوب خاشعة موقنة بالإجابة، والدعاء بالمغفرة والرحمة ونزول الأمطار المباركة.
وفي ساحة الجندي المجهول بالعاصمة دمشق، خطب وزير الأوقاف محمد أبو الخير شكري في المصلين، مستحضرا معاني هذه العبادة العظيمة، وداعيا الله أن يفيض البركة والخير على أرض الشام.
وقال في دعائه: "اللهم أحينا بماء يغيث به قلوبنا، نسألك الفرج القريب والاستغاثة العاجلة، والغوث منك يا رب العالمين، إنك سميع قريب مجيب".
وكانت وزارة الأوقاف قد دعت في السادس من الشهر الجاري إلى إقامة صلاة الاستسقاء، في ظل الجفاف وتأخر الأمطار الذي تعيشه البلاد. وأتت الدعوة اتباعا للهدي النبوي في أوقات القحط، بالتوبة والاستغفار والدعاء، استمدادا لرحمة الله واستجلابا للخير من السماء.
""", [
    ev("syria-prayer", "أقيمت اليوم صلاة الاستسقاء في عدد من المساجد والساحات", SY_PRAYER, "'اليوم' after the Friday prayer = Fri 14 Nov 2025"),
    ev("friday-sermons", "وأبرز الأئمة والخطباء في خطب الجمعة", SY_PRAYER, "'في خطب الجمعة' = the sermons of Fri 14 Nov 2025"),
    ev("minister-sermon-damascus", "خطب وزير الأوقاف محمد أبو الخير شكري في المصلين", SY_PRAYER, "no own expression; the sermon before the prayer in the Unknown Soldier square, Fri 14 Nov 2025"),
    ev("syria-call", "قد دعت في السادس من الشهر الجاري", SY_CALL, "'في السادس من الشهر الجاري' in November = Thu 6 Nov 2025"),
])
art(S, "https://n.chamtimes.com/684458",
    "2025-11-15", "no date on the stored page; the body's 'أمس الجمعة' after the prayer of Fri 14 Nov 2025 (the call 'في الـ 6 من الشهر الجاري' places it in November) gives Sat 15 Nov 2025; the source tag 'شام تايمز- متابعة' and the closing slogan dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
السوريون يؤدون صلاة الاستسقاء في المساجد والساحات
أقيمت، أمس الجمعة، صلاة الاستسقاء في المساجد وفي عدد من ساحات المحافظات السورية عقب صلاة الجمعة، وتضرع المصلون إلى الله تعالى أن ينزل الغيث والرحمة.
وشدد أئمة المساجد وخطباؤها في خطب الجمعة على المعاني السامية لصلاة الاستسقاء، وعلى ضرورة التوجه إلى الله بقلب مخلص موقن بالإجابة، والتوسل إليه عز وجل طلبا للمغفرة والرحمة والغوث والغيث.
وتحدث وزير الأوقاف "محمد أبو الخير شكري"، في خطبته قبل صلاة الاستسقاء التي أقيمت في ساحة الجندي المجهول بدمشق، عن المعاني العظيمة لهذه الصلاة، داعيا الله عز وجل أن ينزل البركة والخير على أرض الشام.
وابتهل الوزير "شكري" إلى الله بقوله: "اللهم أحينا بماء تغيث به قلوبنا، نسألك اللهم الفرج القريب والاستغاثة العاجلة والغوث منك يا رب العالمين، إنك سميع قريب مجيب الدعاء".
وكانت وزارة الأوقاف قد دعت في الـ 6 من الشهر الجاري إلى إقامة صلاة الاستسقاء، في ظل ما تعيشه سوريا من جفاف وتأخر للأمطار.
وتأتي هذه الدعوة تلبية للهدي النبوي الشريف في اللجوء إلى الله عز وجل عند القحط والجفاف، بالتوبة الصادقة والاستغفار والدعاء، أملا في رحمته واستمطارا لخيرات السماء.
""", [
    ev("syria-prayer", "أقيمت، أمس الجمعة، صلاة الاستسقاء", SY_PRAYER, "'أمس الجمعة' in a report of Sat 15 Nov 2025 = Fri 14 Nov 2025"),
    ev("friday-sermons", "وشدد أئمة المساجد وخطباؤها في خطب الجمعة", SY_PRAYER, "'في خطب الجمعة' = the sermons of Fri 14 Nov 2025"),
    ev("minister-sermon-damascus", "وتحدث وزير الأوقاف \"محمد أبو الخير شكري\"", SY_PRAYER, "no own expression; the sermon before the prayer in the Unknown Soldier square, Fri 14 Nov 2025"),
    ev("syria-call", "قد دعت في الـ 6 من الشهر الجاري", SY_CALL, "'في الـ 6 من الشهر الجاري' in November = Thu 6 Nov 2025"),
])

# ---------------------------------------------------------------- morocco-royal-istisqa-prayer-dec-2023
S = "morocco-royal-istisqa-prayer-dec-2023"
MA_PRAYER = "2023-12-01"                   # the prayer, Fri 17 Jumada al-Ula 1445 = Fri 1 Dec 2023, 10:00
MA_ANNOUNCE = ("2023-11-29", "2023-12-01")  # the Awqaf communique, carried by MAP on Thu 30 Nov 2023 at 10:37 (maybe issued late on Wed 29)
art(S, "http://mapexpress.ma/ar/actualite/%D8%A5%D9%82%D8%A7%D9%85%D8%A9-%D8%B5%D9%84%D8%A7%D8%A9-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%B3%D9%82%D8%A7%D8%A1-%D8%BA%D8%AF%D8%A7-%D8%A7%D9%84%D8%AC%D9%85%D8%B9%D8%A9-%D8%A8%D9%85%D8%AE%D8%AA%D9%84/%D9%85%D8%AC%D8%AA%D9%85%D8%B9-%D9%88%D8%AC%D9%87%D8%A7%D8%AA",
    "2023-11-30", "page date line 'الخميس, 30 نوفمبر, 2023 - 10:37' (kept as the second line; 30 Nov 2023 was a Thursday); the body's 'يوم غد الجمعة' with the communique's 'موافق 01 دجنبر 2023م' agrees; headline kept (re-worded), printed twice on the page, kept once; the 'آخر الأخبار' tag and the last, truncated sentence of the communique dropped", True, """
صلاة الاستسقاء تقام غدا الجمعة في مختلف جهات المملكة وأقاليمها (وزارة الأوقاف والشؤون الإسلامية)
الخميس, 30 نوفمبر, 2023 - 10:37
الرباط – أفادت وزارة الأوقاف والشؤون الإسلامية بأن صلاة الاستسقاء ستقام، تنفيذا للأمر المولوي السامي، في المصليات والمساجد الجامعة بمختلف جهات المملكة وأقاليمها يوم غد الجمعة على الساعة العاشرة صباحا.
وبينت الوزارة في بلاغ أن أمير المؤمنين صاحب الجلالة الملك محمد السادس، أعز الله أمره، قرر، اقتداء بسنة جده المصطفى صلى الله عليه وسلم في الاستسقاء كلما انحبس المطر، إقامة صلاة الاستسقاء خشوعا وتضرعا إلى الباري جلت قدرته أن يسقي عباده وبهيمته وينشر رحمته ويحيي بلده الميت، فهو سبحانه الملاذ والمرتجى، "وهو الذي ينزل الغيث من بعد ما قنطوا وينشر رحمته".
وأضاف البلاغ أن صلاة الاستسقاء، تنفيذا للأمر المولوي السامي، ستقام في المصليات والمساجد الجامعة بمختلف جهات المملكة وأقاليمها يوم الجمعة 17 جمادى الأولى 1445هـ موافق 01 دجنبر 2023م على الساعة العاشرة صباحا.
""", [
    ev("istisqa-announced", "أفادت وزارة الأوقاف والشؤون الإسلامية بأن صلاة الاستسقاء ستقام", MA_ANNOUNCE[0], "no own expression; the communique carried by MAP on Thu 30 Nov 2023 at 10:37 (date line), perhaps issued late on Wed 29 Nov (my span)", end=MA_ANNOUNCE[1]),
    ev("prayer", "يوم غد الجمعة على الساعة العاشرة صباحا", MA_PRAYER, "'يوم غد الجمعة' from Thu 30 Nov 2023 = Fri 1 Dec 2023 (the communique: 'موافق 01 دجنبر 2023م')"),
    ev("royal-order", "قرر، اقتداء بسنة جده المصطفى", MA_ANNOUNCE[0], "no own expression; the King's decision made known by the communique (my span 29-30 Nov 2023)", end=MA_ANNOUNCE[1]),
])
art(S, "https://alakhbar55.ma/%D8%A7%D9%82%D8%A7%D9%85%D8%A9-%D8%B5%D9%84%D8%A7%D8%A9-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%B3%D9%82%D8%A7%D8%A1-%D8%BA%D8%AF%D8%A7%D9%8B-%D8%A7%D9%84%D8%AC%D9%85%D8%B9%D8%A9-%D8%A8%D9%85%D8%B3%D8%AC/",
    "2023-11-30", "no date on the stored page; the headline's and body's 'غدا الجمعة' / 'يوم غد الجمعة' before the prayer of 'يوم الجمعة 17 جمادى الأولى 1445هـ موافق 01 دجنبر 2023م' gives Thu 30 Nov 2023 (the day MAP carried the communique); the byline 'الأخبار55 - ربيع بنهدي' dropped; headline kept (re-worded); the text states no publication date of its own", False, """
صلاة الاستسقاء تقام غدا الجمعة بمسجد محمد السادس بالعروي على الساعة العاشرة صباحا تنفيذا للأمر المولوي السامي
أعلنت وزارة الأوقاف والشؤون الإسلامية أن صلاة الاستسقاء ستقام، تنفيذا للأمر المولوي السامي، بالمصليات والمساجد الجامعة في مختلف جهات المملكة وأقاليمها يوم غد الجمعة، على الساعة العاشرة صباحا.
وأوضحت الوزارة في بلاغ أن أمير المؤمنين صاحب الجلالة الملك محمد السادس، أعز الله أمره، قرر إقامة صلاة الاستسقاء جريا على سنة جده المصطفى صلى الله عليه وسلم كلما انحبس المطر، تخشعا وتضرعا إلى الباري جلت قدرته أن يسقي عباده وبهيمته وينشر رحمته ويحيي بلده الميت، فهو سبحانه وتعالى الملاذ والمرتجى.
وأضاف البلاغ أن الصلاة ستقام، تنفيذا للأمر المولوي السامي، بالمصليات والمساجد الجامعة بمختلف جهات المملكة وأقاليمها يوم الجمعة 17 جمادى الأولى 1445هـ موافق 01 دجنبر 2023م على الساعة العاشرة صباحا.
ودعا البلاغ الله أن يحفظ سيدنا الهمام بما حفظ به الذكر الحكيم، وأن يجنب البلاد شح المطر وجدب السنين، وأن يقر عين جلالته بولي عهده صاحب السمو الملكي الأمير الجليل مولاي الحسن ويشد أزره بشقيقه صاحب السمو الملكي الأمير المجيد مولاي رشيد.
""", [
    ev("istisqa-announced", "أعلنت وزارة الأوقاف والشؤون الإسلامية أن صلاة الاستسقاء ستقام", MA_ANNOUNCE[0], "no own expression; the communique carried by MAP on Thu 30 Nov 2023 at 10:37, perhaps issued late on Wed 29 Nov (my span)", end=MA_ANNOUNCE[1]),
    ev("prayer", "يوم غد الجمعة، على الساعة العاشرة صباحا", MA_PRAYER, "'يوم غد الجمعة' = 'يوم الجمعة 17 جمادى الأولى 1445هـ موافق 01 دجنبر 2023م' = Fri 1 Dec 2023"),
    ev("royal-order", "قرر إقامة صلاة الاستسقاء جريا على سنة جده", MA_ANNOUNCE[0], "no own expression; the King's decision made known by the communique (my span 29-30 Nov 2023)", end=MA_ANNOUNCE[1]),
])
art(S, "https://radiosadafm.com/7257.php",
    "2023-12-01", "the body's 'اليوم الجمعة 17 جمادى الأولى 1445هـ موافق 01 دجنبر 2023م' and 'صباح اليوم الجمعة' (1 Dec 2023 was a Friday); headline kept (re-worded); the doubled Quran quotation kept once; the last, truncated words dropped", True, """
الملك محمد السادس يأمر بإقامة صلاة الاستسقاء في مختلف جهات المملكة وأقاليمها
أفادت وزارة الأوقاف والشؤون الإسلامية في بلاغ سابق بأن الملك محمد السادس أمر بإقامة صلاة الاستسقاء في المصليات والمساجد الجامعة بمختلف جهات المملكة وأقاليمها، اليوم الجمعة 17 جمادى الأولى 1445هـ موافق 01 دجنبر 2023م على الساعة العاشرة صباحا.
وأورد البلاغ نفسه أن أمير المؤمنين أمر بإقامة هذه الصلاة خشوعا وتضرعا إلى الباري عز وجل أن يسقي عباده وبهيمته وينشر رحمته ويحيي بلده الميت، فهو سبحانه وتعالى الملاذ والمرتجى، "وهو الذي ينزل الغيث من بعد ما قنطوا وينشر رحمته".
وتجدر الإشارة إلى أن ملايين المغاربة خرجوا صباح اليوم الجمعة إلى مساجد البلاد ومصلياتها لأداء صلاة الاستسقاء طلبا للغيث، بعدما تأخرت الأمطار أسابيع عديدة، تنفيذا للأمر المولوي السامي، حسب بيان وزارة الأوقاف والشؤون الإسلامية.
فالبلاد لم تعرف، منذ بداية فصل الخريف إلى اليوم، إلا أمطارا محدودة في مناطق معينة لم تتعد بضع عشرات من المليمترات، وهو ما أثار قلق كثير من المواطنين، ولا سيما الفلاحين، من موسم جديد من الجفاف.
""", [
    ev("istisqa-announced", "أفادت وزارة الأوقاف والشؤون الإسلامية في بلاغ سابق", MA_ANNOUNCE[0], "'في بلاغ سابق' = the communique carried by MAP on Thu 30 Nov 2023, perhaps issued late on Wed 29 Nov (my span)", end=MA_ANNOUNCE[1]),
    ev("royal-order", "بأن الملك محمد السادس أمر بإقامة صلاة الاستسقاء", MA_ANNOUNCE[0], "no own expression; the King's order made known by the communique (my span 29-30 Nov 2023)", end=MA_ANNOUNCE[1]),
    ev("prayer", "ملايين المغاربة خرجوا صباح اليوم الجمعة", MA_PRAYER, "'صباح اليوم الجمعة' = Fri 1 Dec 2023 (the body's 'موافق 01 دجنبر 2023م')"),
    ev("rains-late", "بعدما تأخرت الأمطار أسابيع عديدة", "2023-10-15", "'أسابيع عديدة' before Fri 1 Dec 2023: my span mid-October - 1 Dec 2023", end=MA_PRAYER),
    ev("scant-autumn-rain", "إلا أمطارا محدودة في مناطق معينة", "2023-09-23", "'منذ بداية فصل الخريف إلى اليوم' = the autumn equinox (Sat 23 Sep 2023) to Fri 1 Dec 2023", end="2023-12-02"),
])
art(S, "https://kawalisserif.com/2023/12/01/%d8%a7%d9%84%d8%a3%d9%85%d9%8a%d8%b1-%d9%88%d9%84%d9%8a-%d8%a7%d9%84%d8%b9%d9%87%d8%af-%d8%a7%d9%84%d8%ad%d8%b3%d9%86-%d9%88%d8%a7%d9%84%d8%a3%d9%85%d9%8a%d8%b1-%d8%b1%d8%b4%d9%8a%d8%af-%d9%8a%d8%ad/",
    "2023-12-01", "the page's closing date '01/12/2023' (kept as the last line) and the URL '/2023/12/01/' (1 Dec 2023 was a Friday); the body's 'صباح اليوم الجمعة' agrees; headline written from the URL slug and the body (the stored text has none); the tag 'كواليس الريف: متابعة' dropped", True, """
ولي العهد الأمير الحسن والأمير رشيد يحضران صلاة الاستسقاء بالمسجد الأعظم في الرباط
أقيمت صباح اليوم الجمعة صلاة الاستسقاء بالمسجد الأعظم في الرباط، بحضور ولي العهد الأمير الحسن والأمير رشيد، إحياء لسنة النبي المصطفى محمد صلى الله عليه وسلم كلما قل المطر وانحبس عن الناس واشتدت حاجتهم إليه.
وفي أجواء من الخشوع، سار الموكب الرسمي على الأقدام نحو المسجد الأعظم، يتقدمه الأميران الحسن ورشيد، ومعهما جموع من المؤمنين بينهم أطفال وطلبة الكتاتيب القرآنية وعدد من طلبة معهد محمد السادس لتكوين الأئمة المرشدين والمرشدات، يتضرعون إلى الباري جلت قدرته بالدعاء والاستغفار أن يسقي عباده وبهيمته وينشر رحمته ويحيي بلده الميت، فهو سبحانه الملاذ والمرتجى، مصداقا لقوله عز وجل "وهو الذي ينزل الغيث من بعد ما قنطوا وينشر رحمته".
01/12/2023
""", [
    ev("prayer", "أقيمت صباح اليوم الجمعة صلاة الاستسقاء بالمسجد الأعظم", MA_PRAYER, "'صباح اليوم الجمعة' = Fri 1 Dec 2023 (the closing date '01/12/2023')"),
    ev("rabat-procession", "سار الموكب الرسمي على الأقدام نحو المسجد الأعظم", MA_PRAYER, "no own expression; the same morning, Fri 1 Dec 2023"),
])

# ---------------------------------------------------------------- tunisia-istisqa-prayer-oct-2022
S = "tunisia-istisqa-prayer-oct-2022"
TN_CALL = "2022-10-29"      # the Ministry of Religious Affairs' communique, Sat 29 Oct 2022
TN_PRAYER = "2022-10-30"    # the prayer in all mosques, Sun 30 Oct 2022, 09:00
TN_SEPT = ("2022-09-01", "2022-10-01")  # September 2022, the hottest September since 1950
art(S, "https://jendoubanews.blogspot.com/2022/10/blog-post_218.html",
    "2022-10-29", "the body's 'اليوم السبت 29 أكتوبر 2022' (29 Oct 2022 was a Saturday) and the URL '/2022/10/'; headline taken from the page's 'المقال الأصلي' line (re-worded), which also names the source, Radio Kef; the comment widget dropped", True, """
وزارة الشؤون الدينية تقرر إقامة صلاة الاستسقاء غدا على الساعة التاسعة صباحا في كل المساجد
قالت وزارة الشؤون الدينية، في بلاغ أصدرته اليوم السبت 29 أكتوبر 2022، إنها قررت أن تقام صلاة الاستسقاء في كافة المساجد على الساعة التاسعة من صباح غد الأحد، وذلك بسبب احتباس الغيث النافع.
ودعت الوزارة بهذه المناسبة جميع المستسقين إلى « استمطار الرّحمات بالتضرّع والابتهال إلى الله أن يرزق التونسيين الغيث النافع وأن يرفع عنهم القحط والجدب ».
ونُشر هذا الخبر في الأصل على موقع إذاعة الكاف.
""", [
    ev("tn-call", "قالت وزارة الشؤون الدينية، في بلاغ أصدرته اليوم السبت 29 أكتوبر 2022", TN_CALL, "'اليوم السبت 29 أكتوبر 2022' = Sat 29 Oct 2022"),
    ev("tn-prayer", "على الساعة التاسعة من صباح غد الأحد", TN_PRAYER, "'صباح غد الأحد' from Sat 29 Oct 2022 = Sun 30 Oct 2022"),
])
art(S, "https://sarabic.ae/amp/20221030/%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D9%88%D9%86-%D9%8A%D8%A4%D8%AF%D9%88%D9%86-%D8%B5%D9%84%D8%A7%D8%A9-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%B3%D9%82%D8%A7%D8%A1-%D8%B7%D9%84%D8%A8%D8%A7-%D9%84%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1--1069636588.html",
    "2022-10-30", "URL '/20221030/' (30 Oct 2022 was a Sunday); the body's 'اليوم الأحد' with the quoted 'صبيحة الأحد 30 أكتوبر/ تشرين الأول' agrees, so the text itself names the day (day and month, without the year); headline kept (re-worded); the 'Sputnik' tag, an inline link to another story and the 'مناقشة' widget dropped", True, """
التونسيون يؤدون صلاة الاستسقاء طلبا للمطر
أدى تونسيون صلاة الاستسقاء اليوم الأحد في مختلف أنحاء البلاد، طلبا للمطر، في ظل تأخر نزول أمطار الخريف وتواصل الجفاف.
ونقل موقع قناة "نسمة" عن بيان أصدرته وزارة الشؤون الدينية يوم السبت أنه: "نظرا لانحباس الغيث النافع، قرّرت وزارة الشؤون الدينية إقامة صلاة الاستسقاء في جميع المساجد صبيحة الأحد 30 أكتوبر/ تشرين الأول".
ودعت الوزارة "جميع المستسقين إلى استمطار الرحمات بالتضرع والابتهال إلى الله أن يرزقنا الغيث النافع وأن يرفع عنا القحط والجدب".
وكان المعهد الوطني للرصد الجوي في تونس قد ذكر أن شهر سبتمبر/ أيلول الماضي "يُعتبر الشهر الأشدّ حرارة لأشهر سبتمبر منذ سنة 1950".
وأوضح أن معظم المناطق عرفت خلال ذلك الشهر نقصا متفاوتا في كميات الأمطار، بلغ في المجمل 30 في المئة.
""", [
    ev("tn-prayer", "أدى تونسيون صلاة الاستسقاء اليوم الأحد", TN_PRAYER, "'اليوم الأحد' = Sun 30 Oct 2022 (the quoted 'صبيحة الأحد 30 أكتوبر')"),
    ev("tn-call", "عن بيان أصدرته وزارة الشؤون الدينية يوم السبت", TN_CALL, "'يوم السبت' before Sun 30 Oct 2022 = Sat 29 Oct 2022"),
    ev("hottest-september", "يُعتبر الشهر الأشدّ حرارة لأشهر سبتمبر منذ سنة 1950", TN_SEPT[0], "'شهر سبتمبر/ أيلول الماضي' from Oct 2022 = September 2022", end=TN_SEPT[1]),
    ev("september-rain-deficit", "نقصا متفاوتا في كميات الأمطار", TN_SEPT[0], "'خلال ذلك الشهر' = September 2022", end=TN_SEPT[1]),
])
art(S, "https://daralmaref.com/News/1225368.aspx",
    "2022-10-30", "no date on the stored page; the body's 'اليوم الأحد' and 'أمس السبت' with the prayer of Sun 30 Oct 2022 (the same ministry quotation and the same 'hottest September since 1950' as sarabic, URL 30 Oct 2022) give Sun 30 Oct 2022; headline written from the body (the stored text has none); no date of its own in the text", False, """
تونسيون يؤدون صلاة الاستسقاء طلبا للمطر وسط الجفاف
أدى تونسيون صلاة الاستسقاء، اليوم الأحد، في أرجاء البلاد، طلبًا للمطر مع تأخر أمطار الخريف واستمرار الجفاف.
ودعت وزارة الأوقاف التونسية، في بيان أصدرته أمس السبت، إلى إقامة صلاة الاستسقاء في كل المساجد اليوم الأحد.
وقالت الوزارة: "نطالب من جميع المستسقين إلى استمطار الرحمات بالتضرع والابتهال إلى الله أن يرزقنا الغيث النافع وأن يرفع عنا القحط والجدب".
ومن الجدير بالذكر أن المعهد الوطني للأرصاد الجوية في تونس أوضح أن شهر سبتمبر الماضي يُعتبر الأشد حرارة بين أشهر سبتمبر منذ سنة 1950.
""", [
    ev("tn-prayer", "أدى تونسيون صلاة الاستسقاء، اليوم الأحد", TN_PRAYER, "'اليوم الأحد' = Sun 30 Oct 2022"),
    ev("tn-call", "في بيان أصدرته أمس السبت", TN_CALL, "'أمس السبت' from Sun 30 Oct 2022 = Sat 29 Oct 2022"),
    ev("hottest-september", "يُعتبر الأشد حرارة بين أشهر سبتمبر منذ سنة 1950", TN_SEPT[0], "'شهر سبتمبر الماضي' from Oct 2022 = September 2022", end=TN_SEPT[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 426
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
