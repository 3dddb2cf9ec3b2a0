"""Builds stories.jsonl: the 307-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: football transfers and contracts: Arab players signing for
or leaving clubs, record transfer fees, contract disputes and FIFA registration bans: Hakim Ziyech's loan to
Paris Saint-Germain that collapsed over Chelsea's paperwork (Morocco, January-February 2023), Riyad Mahrez's
move from Manchester City to Al-Ahli of Jeddah (Algeria, July 2023), Wessam Abou Ali's stand-off with Al Ahly and
his sale to Columbus Crew (Palestine, July 2025), and the four FIFA registration bans on Zamalek in 96 hours
(Egypt, November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-ziyech-psg-loan-collapse-2023
S = "morocco-ziyech-psg-loan-collapse-2023"
DEADLINE = "2023-01-31"                    # Tue 31 Jan 2023: medical in Paris, loan agreed, wrong papers, window shut at midnight
LFP = "2023-02-01"                         # Wed 1 Feb 2023: the LFP legal committee turns down PSG's request (morning)
COLLAPSE = ("2023-01-31", "2023-02-02")    # the loan fell through at the deadline and was final with the LFP refusal (31 Jan - 1 Feb)
TRAINING = "2023-02-02"                    # Thu 2 Feb 2023: Ziyech back in Chelsea training; Potter's press conference
FULHAM = "2023-02-03"                      # Fri 3 Feb 2023: Chelsea v Fulham
CHELSEA_2020 = ("2020-01-01", "2021-01-01")  # Ziyech's move from Ajax to Chelsea (agreed Feb, effective Jul 2020)
art(S, "https://www.mosaiquefm.net/amp/ar/تونس-رياضة-أخبار/1131206/ميركاتو-حكيم-زياش-لن-يلتحق-بالـ-بي-أس-جي-وهذه-الأسباب",
    "2023-02-01", "the body's 'صباح اليوم الأربعاء غرة فيفري 2023' (kept; 1 Feb 2023 was a Wednesday); headline kept from the page; the last, truncated words ('خلال اجتماع أقي...') dropped", True, """
ميركاتو: حكيم زياش لن ينضم إلى باريس سان جيرمان.. وهذه هي الأسباب
رفضت رابطة كرة القدم المحترفة الفرنسية، إثر اجتماع عقدته صباح اليوم الأربعاء غرة فيفري 2023، المصادقة على عقد انتقال الدولي المغربي حكيم زياش إلى باريس سان جيرمان على سبيل الإعارة قادما من تشيلسي الإنجليزي.
وكان زياش قد توجه يوم أمس الثلاثاء إلى العاصمة الفرنسية باريس، حيث خضع للفحوص الطبية اللازمة تمهيدا لالتحاقه بالنادي الباريسي، في انتظار أن يتوصل الناديان إلى اتفاق نهائي.
وتواصلت المفاوضات بين مسؤولي باريس سان جيرمان وتشيلسي حتى ساعة متأخرة من ليلة أمس الثلاثاء، قبل أن يتفق الطرفان على انتقال زياش إلى النادي الفرنسي معارا لمدة 6 أشهر دون أفضلية الشراء.
وبعد انتهاء المفاوضات، شرع الناديان في استكمال الإجراءات الإدارية، غير أن مسؤولي تشيلسي أرسلوا ملفا إلكترونيا يتضمن وثائق خاطئة في ثلاث مناسبات، فعجز باريس سان جيرمان عن تسجيل زياش في منظومة الانتقالات الدولية قبل إغلاق الميركاتو منتصف ليل أمس الثلاثاء.
وتقدم النادي الباريسي بالتماس إلى رابطة كرة القدم المحترفة الفرنسية من أجل المصادقة على ملف انتقال زياش إلى صفوفه، لكن التماسه قوبل بالرفض.
""", [
    ev("lfp-rejection", "رفضت رابطة كرة القدم المحترفة الفرنسية، إثر اجتماع عقدته صباح اليوم الأربعاء", LFP, "'صباح اليوم الأربعاء غرة فيفري 2023' = Wed 1 Feb 2023"),
    ev("paris-medical", "حيث خضع للفحوص الطبية اللازمة", DEADLINE, "'يوم أمس الثلاثاء' from Wed 1 Feb = Tue 31 Jan 2023"),
    ev("loan-agreed", "قبل أن يتفق الطرفان على انتقال زياش", DEADLINE, "'ليلة أمس الثلاثاء' = the night of Tue 31 Jan 2023"),
    ev("wrong-documents", "أرسلوا ملفا إلكترونيا يتضمن وثائق خاطئة في ثلاث مناسبات", DEADLINE, "no own expression; the papers sent before the deadline of 'منتصف ليل أمس الثلاثاء' (Tue 31 Jan 2023)"),
    ev("window-close", "قبل إغلاق الميركاتو منتصف ليل أمس الثلاثاء", DEADLINE, "'منتصف ليل أمس الثلاثاء' = midnight ending Tue 31 Jan 2023"),
    ev("psg-appeal", "وتقدم النادي الباريسي بالتماس", LFP, "no own expression; PSG's request, heard and refused by the LFP on the morning of Wed 1 Feb 2023"),
])
art(S, "https://youm7.com/story/2023/2/1/فشل-انتقال-حكيم-زياش-إلى-باريس-سان-جيرمان-بسبب-أخطاء/6067756",
    "2023-02-01", "date in the URL '/story/2023/2/1/' (1 Feb 2023 was a Wednesday); headline rendered from the URL slug (the stored text has none); the comment-form line dropped; no date of its own in the text", False, """
فشل انتقال حكيم زياش إلى باريس سان جيرمان بسبب أخطاء
أفادت تقارير صحفية فرنسية بأن انتقال المغربي حكيم زياش، صانع ألعاب تشيلسي، إلى باريس سان جيرمان انهار فى اللحظات الأخيرة من فترة الانتقالات الشتوية، رغم وجود الدولي المغربي في باريس وخضوعه للكشف الطبي استعدادا لإتمام صفقة كانت ستنقله إلى نادي العاصمة معارا حتى نهاية الموسم.
وذكرت صحيفة "ليكيب" الفرنسية أن تشيلسي بعث مستندات خاطئة ولم يستكمل الأوراق اللازمة لإنجاز الصفقة فى الوقت المناسب.
وأضاف تقرير لراديو فرنسا أن تشيلسي تعمد إرسال أوراق خاطئة 3 مرات كي لا تكتمل الصفقة، وهو ما أصاب مسؤولي باريس سان جيرمان بإحباط شديد من موقف النادي الإنجليزي الغريب.
وأشار التقرير إلى أن النادي الباريسي قد يلجأ إلى مقاضاة تشيلسي لتعمده إفساد الصفقة فى اللحظات الأخيرة، وزعم أنه لن تكون هناك أي فرصة جديدة لإحياء الصفقة مستقبلا.
وكان المهاجم الدولي المغربي، البالغ من العمر 29 عامًا والذي لا يشارك كثيرا مع البلوز، يرحب بالرحيل إلى باريس، وقد خاض زياش 97 مباراة مع تشيلسي سجل فيها 14 هدفا وصنع 11 تمريرة حاسمة، منذ أن انضم إليه قادما من أياكس الهولندي مقابل 33 مليون جنيه إسترليني فى عام 2020.
""", [
    ev("deal-collapse", "انهار فى اللحظات الأخيرة من فترة الانتقالات الشتوية", COLLAPSE[0], "'فى اللحظات الأخيرة من فترة الانتقالات الشتوية' = the deadline night of Tue 31 Jan 2023, final with the LFP refusal of Wed 1 Feb; span 31 Jan - 1 Feb", end=COLLAPSE[1]),
    ev("paris-medical", "وخضوعه للكشف الطبي", DEADLINE, "no own expression; the medical in Paris on Tue 31 Jan 2023 (mosaiquefm: 'يوم أمس الثلاثاء')"),
    ev("wrong-documents", "تعمد إرسال أوراق خاطئة 3 مرات", DEADLINE, "no own expression; the papers sent before the midnight deadline of Tue 31 Jan 2023"),
    ev("chelsea-signing-2020", "منذ أن انضم إليه قادما من أياكس الهولندي", CHELSEA_2020[0], "'فى عام 2020' = the year 2020 (the move from Ajax, agreed in February and effective in July 2020)", end=CHELSEA_2020[1]),
])
art(S, "https://www.danapress.ma/2023/02/01/%d8%a3%d8%ae%d8%b7%d8%a7%d8%a1-%d8%aa%d8%b4%d9%8a%d9%84%d8%b3%d9%8a-%d8%aa%d8%ad%d9%88%d9%84-%d8%af%d9%88%d9%86-%d8%a7%d9%84%d8%aa%d8%ad%d8%a7%d9%82-%d8%b2%d9%8a%d8%a7%d8%b4-%d8%a8%d8%a8%d8%a7%d8%b1/",
    "2023-02-01", "date in the URL '/2023/02/01/' (1 Feb 2023 was a Wednesday); the body's 'قبل اغلاق الميركاتو ليلة امس' agrees (the window shut at midnight on Tue 31 Jan); headline kept from the page; byline 'جمال طبوشي – دنابريس', site slogan and comment-form text dropped; no date of its own in the text", False, """
أخطاء تشيلسي تحول دون انضمام زياش إلى باريس سان جيرمان
رفضت رابطة محترفي كرة القدم في فرنسا الاستئناف الذي تقدم به نادي باريس سان جرمان بشأن ضمه الدولي المغربي حكيم زياش معارا من تشلسي الإنكليزي.
ووفق مصادر متطابقة، فإن نادي تشيلسي اللندني وقع في أخطاء عدة عند إرسال الوثائق الإدارية الضرورية لاعتماد عقد الدولي المغربي، مع أن الناديين اتفقا على تفاصيل الانتقال وأن زياش اجتاز الفحص الطبي بنجاح.
وكان زياش يأمل اللعب للنادي الباريسي، ورفض بحسب إدارة تشيلسي عروضا أخرى من أندية إنجليزية، غير أن فداحة الأخطاء التي ارتكبها النادي اللندني في إرسال الوثائق في الوقت المحدد، أي قبل إغلاق الميركاتو ليلة امس، منعت الدولي المغربي من التوقيع لباريس سان جيرمان.
""", [
    ev("lfp-rejection", "رفضت رابطة محترفي كرة القدم في فرنسا الاستئناف", LFP, "no own expression; the LFP refusal of the morning of Wed 1 Feb 2023, the day of publication"),
    ev("wrong-documents", "وقع في أخطاء عدة عند إرسال الوثائق الإدارية", DEADLINE, "no own expression; the papers sent before the deadline of 'ليلة امس' (Tue 31 Jan 2023)"),
    ev("paris-medical", "اجتاز الفحص الطبي بنجاح", DEADLINE, "no own expression; the medical in Paris on Tue 31 Jan 2023 (mosaiquefm)"),
    ev("window-close", "قبل إغلاق الميركاتو ليلة امس", DEADLINE, "'ليلة امس' from Wed 1 Feb = the night of Tue 31 Jan 2023"),
])
art(S, "https://static.kifache.com/%D8%A8%D8%B9%D8%AF-%D9%81%D8%B4%D9%84-%D8%B5%D9%81%D9%82%D8%A9-%D8%A7%D9%86%D8%AA%D9%82%D8%A7%D9%84%D9%87-%D8%A5%D9%84%D9%89-%D8%A8%D8%A7%D8%B1%D9%8A%D8%B3-%D8%B3%D8%A7%D9%86-%D8%AC%D9%8A%D8%B1%D9%85/",
    "2023-02-02", "page date line 'الخميس 02 فبراير 2023 على الساعة 22:00' (kept as second line; 2 Feb 2023 was a Thursday); the body's 'اليوم الخميس (2 فبراير)' agrees; headline kept from the page in standard Arabic ('رجع للتداريب' -> 'يعود إلى التدريبات'); the ticker of other headlines and the last, truncated words of the quote dropped", True, """
بعد فشل صفقة انتقاله إلى باريس سان جيرمان.. زياش يعود إلى التدريبات مع تشيلسي
الخميس 02 فبراير 2023 على الساعة 22:00
أعلن غراهام بوتر، مدرب تشلسي الإنجليزي، أن الدولي المغربي حكيم زياش عاد إلى التدرب مع تشيلسي اليوم الخميس (2 فبراير)، بعد إخفاق انتقاله معارا إلى باريس سان جيرمان الفرنسي.
وأفادت الصحافة البريطانية بأن رابطة كرة القدم المهنية، الجهة التي تدير كرة القدم الفرنسية، أوقفت عملية الانتقال لأن المستندات اللازمة لإتمام الصفقة لم تُقدَّم في الوقت المناسب.
وقال بوتر، خلال مؤتمر صحفي سبق مواجهة فريقه لفولهام يوم الجمعة: "أعلم أن حكيم زياش لاعب محترف ويتفهم الموقف، وقد عاد وتدرب مع الفريق".
""", [
    ev("back-in-training", "عاد إلى التدرب مع تشيلسي اليوم الخميس (2 فبراير)", TRAINING, "'اليوم الخميس (2 فبراير)' = Thu 2 Feb 2023"),
    ev("deal-collapse", "بعد إخفاق انتقاله معارا إلى باريس سان جيرمان", COLLAPSE[0], "no own expression; the loan that fell through at the deadline of Tue 31 Jan 2023 and was refused on Wed 1 Feb; span 31 Jan - 1 Feb", end=COLLAPSE[1]),
    ev("lfp-rejection", "أوقفت عملية الانتقال", LFP, "no own expression; the LFP refusal of Wed 1 Feb 2023"),
    ev("potter-press-conference", "خلال مؤتمر صحفي سبق مواجهة فريقه", TRAINING, "no own expression; Potter's pre-match press conference of Thu 2 Feb 2023, the day of publication"),
    ev("fulham-match", "لفولهام يوم الجمعة", FULHAM, "'يوم الجمعة' after Thu 2 Feb = Fri 3 Feb 2023 (Chelsea v Fulham)"),
])

# ---------------------------------------------------------------- algeria-mahrez-alahli-transfer-2023
S = "algeria-mahrez-alahli-transfer-2023"
EXPECTED = "2023-07-26"                    # Wed 26 Jul 2023: Al-Kass says the deal will be announced 'مساء اليوم' (it came on Friday)
OFFICIAL = "2023-07-28"                    # Fri 28 Jul 2023: Al-Ahli and Manchester City announce the transfer
EARLIER_FEE = ("2023-07-19", "2023-07-26")  # the earlier reports of a ~30m deal (BBC/Sky from Wed 19 Jul; my span 19-25 Jul)
CITY_YEARS = ("2018-07-10", "2023-07-29")  # Mahrez at Manchester City, 10 Jul 2018 - 28 Jul 2023
TREBLE = ("2022-08-05", "2023-06-11")      # City's 2022-23 season: league title and Champions League (final of 10 Jun 2023)
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=26072023&id=35d4f0c2-48fc-47bc-a293-93d6da56a470",
    "2023-07-26", "date in the URL 'cdate=26072023' (26 Jul 2023 was a Wednesday); headline written from the body (the stored text has none); no date of its own in the text ('مساء اليوم' only)", False, """
الأهلي السعودي يقترب من إعلان صفقة رياض محرز
أفاد تقرير صحفي بأن الأهلي السعودي يتجه إلى الإعلان رسميا عن ضم الجزائري رياض محرز، نجم مانشستر سيتي، مساء اليوم.
ونقلت قنوات الكأس القطرية عبر حسابها الرسمي على موقع التواصل الاجتماعي "تويتر" أنه "يُتوقع أن تعلن إدارة النادي الأهلي السعودي التعاقد مع الدولي الجزائري رياض محرز القادم من مانشستر سيتي الإنجليزي، مساء اليوم بشكل رسمي".
وكانت تقارير صحفية قد ذكرت في وقت سابق أن صفقة محرز ستكلف خزينة أهلي جدة نحو 30 مليون يورو.
وتنضم صفقة محرز إلى صفقات كبرى أبرمها أهلي جدة بالتعاقد مع الحارس إدوارد ميندي القادم من تشيلسي والمهاجم روبرتو فيرمينو القادم من ليفربول، ليؤكد الأهلي العائد إلى دوري روشن السعودي أنه سيكون منافسا قويا في الموسم المقبل.
""", [
    ev("expected-announcement", "يتجه إلى الإعلان رسميا عن ضم الجزائري رياض محرز", EXPECTED, "'مساء اليوم' = the evening of Wed 26 Jul 2023, when the announcement was expected (it came in fact on Fri 28 Jul)"),
    ev("earlier-fee-reports", "ستكلف خزينة أهلي جدة نحو 30 مليون يورو", EARLIER_FEE[0], "'في وقت سابق' = the reports before Wed 26 Jul of a deal of about 30m (BBC and Sky from Wed 19 Jul 2023); my span 19-25 Jul", end=EARLIER_FEE[1]),
])
art(S, "https://politicalkeys.net/?p=3271",
    "2023-07-28", "the body's 'اليوم الجمعة 28 تموز/ يوليو' (kept; 28 Jul 2023 was a Friday, the day City and Al-Ahli announced the move); headline kept from the page; the section tag 'رياضة' and the last, truncated sentence dropped", True, """
رياض محرز يترك مانشستر سيتي وينتقل إلى الدوري السعودي
ترك النجم الجزائري رياض محرز نادي مانشستر سيتي الإنجليزي لينضم إلى أهلي جدة السعودي، بعد خمس سنوات أمضاها مع السيتي بطل الدوري الإنجليزي الممتاز، بحسب ما أعلنه النادي الإنجليزي على موقعه الرسمي اليوم الجمعة 28 تموز/ يوليو.
وقال محرز (33 عامًا)، وفق بيان النادي: "كان اللعب لمانشستر سيتي شرفا وامتيازا، جئت إلى السيتي لأفوز بالألقاب وأستمتع بكرة القدم، وقد حققت ذلك كله وأكثر بكثير".
وتابع: "قضيت خمس سنوات لا تُنسى مع هذا النادي، ولعبت إلى جانب لاعبين مذهلين وأمام جماهير رائعة وتحت قيادة أفضل مدرب في العالم".
وأضاف: "عشت طوال حياتي ذكريات رائعة، والطريقة التي فزنا بها بلقب الدوري الممتاز والمعارك التي خضناها أمام ليفربول وأرسنال في العام الماضي أكدت رغبتنا الجماعية وعقليتنا في أن نكون الأفضل، وسيبقى مانشستر سيتي إلى الأبد جزءا كبيرا وسعيدا من حياتي".
وأشاد تكسيكي بيجيريستين، مدير كرة القدم المشرف على أكاديمية مانشستر سيتي، بالنجم الجزائري قائلا: "كان رياض عاملا أساسيا في نجاحاتنا المذهلة على مدى السنوات الخمس الماضية، ولن ننسى إسهامه".
""", [
    ev("transfer-official", "بحسب ما أعلنه النادي الإنجليزي على موقعه الرسمي اليوم الجمعة 28 تموز/ يوليو", OFFICIAL, "'اليوم الجمعة 28 تموز/ يوليو' = Fri 28 Jul 2023"),
    ev("city-years", "بعد خمس سنوات أمضاها مع السيتي", CITY_YEARS[0], "'خمس سنوات' = Mahrez's time at City, from his signing on 10 Jul 2018 to 28 Jul 2023 (outside knowledge for the start)", end=CITY_YEARS[1]),
    ev("city-statement", "وقال محرز (33 عامًا)، وفق بيان النادي", OFFICIAL, "no own expression; City's farewell statement of Fri 28 Jul 2023"),
    ev("begiristain-praise", "وأشاد تكسيكي بيجيريستين", OFFICIAL, "no own expression; part of City's statement of Fri 28 Jul 2023"),
])
art(S, "https://www.arab48.com/الأخبار/أخبار-عاجلة/2023/07/28/رسميا-الجزائري-رياض-محرز-ينتقل-من-مانشستر-سيتي-إلىالأهلي-السعودي",
    "2023-07-28", "date in the URL '/2023/07/28/' (28 Jul 2023 was a Friday); the body's 'اليوم الجمعة' agrees; the embedded tweet's signature line '— النادي الأهلي السعودي (@ALAHLI_FC) July 28, 2023' is kept verbatim as a line of the text (the tweet text, the second tweet in English and the truncated last words dropped); headline rendered from the URL slug", True, """
رسميا: الجزائري رياض محرز ينتقل من مانشستر سيتي إلى الأهلي السعودي
أعلن نادي أهلي جدة، العائد حديثًا إلى الدوري السعودي لكرة القدم، اليوم الجمعة، ضم الجناح الدولي الجزائري رياض محرز، الذي توج في الموسم المنصرم مع مانشستر سيتي بلقبي الدوري الإنجليزي ودوري أبطال أوروبا.
ونشر النادي السعودي على حسابه في "تويتر" مقطع فيديو يظهر فيه اللاعب الجزائري مرتديا قميص الفريق، مرفقا بعبارة "انتهى الانتظار، رياض حقيقة"، وذلك بعد خمسة مواسم في سيتي أحرز خلالها 11 لقبا.
— النادي الأهلي السعودي (@ALAHLI_FC) July 28, 2023
وأفادت تقارير بأن قيمة الصفقة بلغت 30 مليون جنيه إسترليني (38.6 مليون دولار).
ونقل بطل إنجلترا عن محرز قوله: "جئت إلى سيتي لأحصد الألقاب وأستمتع بكرة القدم، وقد حققت ذلك كله وأكثر".
وأضاف أفضل لاعب في إنجلترا عام 2016: "قضيت خمسة أعوام لا تُنسى مع هذا النادي، وعملت إلى جانب لاعبين مذهلين وجماهير رائعة وأفضل مدرب في العالم".
وأصبح محرز ثالث صفقة يبرمها القطب الثاني في مدينة جدة، بعد صفقتين من الدوري الإنجليزي هما الحارس الدولي السنغالي إدوار مندي القادم من تشلسي، والمهاجم الدولي البرازيلي روبرتو فيرمينو.
""", [
    ev("transfer-official", "اليوم الجمعة، ضم الجناح الدولي الجزائري رياض محرز", OFFICIAL, "'اليوم الجمعة' = Fri 28 Jul 2023 (also 'July 28, 2023' in the tweet line)"),
    ev("treble-season", "توج في الموسم المنصرم مع مانشستر سيتي بلقبي الدوري الإنجليزي ودوري أبطال أوروبا", TREBLE[0], "'الموسم المنصرم' = City's 2022-23 season (5 Aug 2022 - the Champions League final of 10 Jun 2023)", end=TREBLE[1]),
    ev("ahli-video", "ونشر النادي السعودي على حسابه في \"تويتر\" مقطع فيديو", OFFICIAL, "the tweet line 'July 28, 2023' = Fri 28 Jul 2023"),
    ev("city-years", "بعد خمسة مواسم في سيتي", CITY_YEARS[0], "'خمسة مواسم' = 10 Jul 2018 - 28 Jul 2023 (outside knowledge for the start)", end=CITY_YEARS[1]),
    ev("pfa-award-2016", "أفضل لاعب في إنجلترا عام 2016", "2016-04-24", "'عام 2016' = the PFA Players' Player of the Year award, given on 24 Apr 2016 (outside knowledge)"),
])
art(S, "https://fakhralarab.com/2023/07/28/%d9%85%d8%ad%d8%b1%d8%b2-%d9%8a%d9%88%d8%af%d8%b9-%d8%ac%d9%85%d9%87%d9%88%d8%b1-%d9%85%d8%a7%d9%86%d8%b4%d8%b3%d8%aa%d8%b1-%d8%b3%d9%8a%d8%aa%d9%8a-%d8%a8%d8%b1%d8%b3%d8%a7%d9%84%d8%a9-%d9%85%d8%a4",
    "2023-07-28", "date in the URL '/2023/07/28/' (28 Jul 2023 was a Friday); the body's 'يوم الجمعة' agrees; headline kept from the page; the last, truncated sentence of the quote dropped; no date of its own in the text", False, """
محرز يودّع جمهور مانشستر سيتي برسالة مؤثرة (فيديو)
وجّه النجم الجزائري رياض محرز رسالة وداع إلى جمهور مانشستر سيتي الإنجليزي، عقب انتقاله إلى نادي الأهلي السعودي.
وكان النادي الجداوي قد أعلن، يوم الجمعة، التعاقد مع الجناح الأيمن الجزائري لمدة أربعة مواسم، في صفقة قدّرت تقارير صحفية قيمتها بـ30 مليون يورو (33 مليون دولار أمريكي).
ونشر الأهلي على صفحته الرسمية في "تويتر" إعلان إتمام التعاقد مع محرز حتى موسم 2026/2027، موضحا أن العقد وُقّع في العاصمة الفرنسية باريس.
وأرفق الأهلي مقطع فيديو نشره على الصفحة ذاتها يُظهر تقديم رياض محرز، بعبارة: "انتهى الانتظار.. رياض حقيقة".
في المقابل، وجّه اللاعب الجزائري رسالة وداع إلى جماهير السيتي ولاعبيه قال فيها: "اليوم يمثل نهاية فصل لا ينسى في حياتي، رحلة لمدة خمس سنوات مليئة بذكريات لا حصر لها.. قبل رحيلي، أردت أن أشكر مجلس الإدارة والمدير الفني والموظفين على منحي الفرصة لأثبت نفسي على أعلى مستوى".
وتابع محرز: "إلى زملائي القدامى والجدد، كان تقاسم غرف الملابس معكم مصدر فخر لي".
""", [
    ev("farewell-message", "وجّه النجم الجزائري رياض محرز رسالة وداع", OFFICIAL, "no own expression; Mahrez's farewell tweet of Fri 28 Jul 2023 ('اليوم' in the quote = the day of publication)"),
    ev("transfer-official", "قد أعلن، يوم الجمعة، التعاقد مع الجناح الأيمن الجزائري", OFFICIAL, "'يوم الجمعة' = Fri 28 Jul 2023"),
    ev("paris-signing", "العقد وُقّع في العاصمة الفرنسية باريس", "2023-07-26", "no own expression; the contract signed in Paris before the announcement of Fri 28 Jul 2023 (after the medical near Paris); my span 26-28 Jul", end="2023-07-29"),
    ev("ahli-video", "وأرفق الأهلي مقطع فيديو نشره على الصفحة ذاتها", OFFICIAL, "no own expression; the presentation video of Fri 28 Jul 2023"),
    ev("city-years", "رحلة لمدة خمس سنوات", CITY_YEARS[0], "'لمدة خمس سنوات' = 10 Jul 2018 - 28 Jul 2023 (outside knowledge for the start)", end=CITY_YEARS[1]),
])

# ---------------------------------------------------------------- palestine-abou-ali-ahly-columbus-crew-2025
S = "palestine-abou-ali-ahly-columbus-crew-2025"
EXCLUSION = "2025-07-17"                   # Thu 17 Jul 2025: Al Ahly drops Abou Ali from the Tunisia camp
DEPART = "2025-07-18"                      # Fri 18 Jul 2025: the team leaves for Tunisia; Abou Ali trains alone in Cairo
CAMP = ("2025-07-18", "2025-07-27")        # the camp in Tunisia, 18-26 Jul 2025
SALE_AGREED = ("2025-07-19", "2025-07-21")  # the agreement in principle on the sale to Columbus Crew (reported Sun 20 Jul; my span 19-20 Jul)
OFFICIAL_AA = "2025-07-26"                 # Sat 26 Jul 2025: Columbus Crew announce the signing
JOINED_AHLY = ("2024-01-01", "2024-02-01")  # Abou Ali joined Al Ahly from Sirius in January 2024
art(S, "https://news.itsfunmag.com/fbchyin/football/9601",
    "2025-07-18", "page date line '18/07/2025' (kept as second line; 18 Jul 2025 was a Friday); the body's 'يوم الخميس، قبل يوم واحد فقط من مغادرة الفريق' agrees; headline kept from the page; 'ADVERTISEMENT' tags, the sub-heading and the last, truncated sentence dropped; the coach's nationality (given wrongly as Portuguese) left out", True, """
الأهلي يستبعد وسام أبو علي من معسكر تونس بسبب مخالفات انضباطية
18/07/2025
استبعد النادي الأهلي المصري مهاجمه الفلسطيني وسام أبو علي من معسكره الإعدادي في تونس على خلفية مخالفات انضباطية، وتأكد القرار يوم الخميس، قبل يوم واحد فقط من مغادرة الفريق إلى المعسكر المقرر من 18 إلى 26 يوليو.
واتخذ مدير الكرة محمد يوسف والمدير الفني جوزيه ريبيرو القرار معا وباتفاق تام بينهما، إذ قال يوسف إن اللاعب البالغ 26 عامًا تغيب عن أنشطة إلزامية عدة، منها اختبارات اللياقة والفحوص الطبية وجلسات الاستشفاء، كما غاب عن حصص تدريبية دون إذن مسبق.
وصرح يوسف لقناة الأهلي: "وسام ما زال مرتبطا بعقد، لكن لائحة النادي طُبقت عليه بعد غيابه، وكانت أمامه فرصة من ناد أمريكي غير أن العرض لم يلب متطلباتنا".
وكان أبو علي قد انضم إلى الأهلي في يناير 2024 قادما من سيريوس السويدي، ويمتد عقده حتى 2029، وأسهم منذ انضمامه في سلسلة من الألقاب، من بينها لقبا الدوري المصري ودوري أبطال إفريقيا وكأس السوبر المصري وكأس التحدي القاري.
""", [
    ev("camp-exclusion", "وتأكد القرار يوم الخميس", EXCLUSION, "'يوم الخميس' before the departure of Fri 18 Jul = Thu 17 Jul 2025"),
    ev("team-departure", "قبل يوم واحد فقط من مغادرة الفريق", DEPART, "'قبل يوم واحد فقط' after Thu 17 Jul = Fri 18 Jul 2025 (the first day of the camp)"),
    ev("tunisia-camp", "المعسكر المقرر من 18 إلى 26 يوليو", CAMP[0], "'من 18 إلى 26 يوليو' = 18-26 Jul 2025", end=CAMP[1]),
    ev("missed-duties", "تغيب عن أنشطة إلزامية عدة", "2025-07-08", "no own expression; the missed fitness tests, medical checks and sessions of the days before the decision of Thu 17 Jul 2025 (my span 8-17 Jul)", end=EXCLUSION),
    ev("joined-ahly", "انضم إلى الأهلي في يناير 2024", JOINED_AHLY[0], "'في يناير 2024' = January 2024", end=JOINED_AHLY[1]),
])
art(S, "https://saakn.com/2025/07/18/1636/%d8%a7%d9%84%d8%a3%d9%87%d9%84%d9%8a-%d9%88%d8%b3%d8%a7%d9%85-%d8%a3%d8%a8%d9%88-%d8%b9%d9%84%d9%8a-%d9%8a%d8%aa%d8%af%d8%b1%d8%a8-%d9%85%d9%86%d9%81%d8%b1%d8%af%d8%a7%d9%8b-%d8%a8%d8%b9%d8%af-%d8%a7",
    "2025-07-18", "date in the URL '/2025/07/18/' (18 Jul 2025 was a Friday); the body's 'اليوم الجمعة' agrees; headline kept from the page; the two sub-headings and the last, truncated words dropped; no date of its own in the text", False, """
وسام أبو علي يتدرب منفردا بعد إبعاده عن معسكر الأهلي في تونس
يخوض وسام أبو علي، مهاجم الفريق الأول لكرة القدم في النادي الأهلي، تدريبات منفردة اليوم الجمعة على ملعب مختار التتش، إثر قرار الجهاز الفني إبعاده عن المعسكر الإعدادي للفريق في تونس استعدادا للموسم الجديد.
وذكرت مصادر داخل النادي أن اللاعب الفلسطيني تسلم من الجهاز الفني برنامجا تدريبيا خاصا يلزمه بالتدرب منفردا في القاهرة، سواء بالجري حول الملعب أو بالتمارين في صالة الألعاب الرياضية (الجيم).
وغادرت بعثة الفريق الأحمر مصر متجهة إلى تونس صباح اليوم، وسيخوض الفريق خلال المعسكر مباراتين وديتين، الأولى أمام الملعب التونسي يوم 21 يوليو الجاري، والثانية أمام النادي البنزرتي في 25 من الشهر ذاته.
وكانت إدارة النادي قد سعت إلى ترتيب مباراة ثالثة أمام النجم الساحلي يوم 28 يوليو، لكن المفاوضات تعثرت لرفض النادي التونسي تلبية طلب الأهلي الحصول على مقابل مالي للمشاركة، فاكتفى الجهاز الفني بالمواجهتين.
وكشفت مصادر في النادي أن إبعاد وسام أبو علي عن المعسكر جاء لعدم التزامه بإجراء القياسات البدنية التي خضع لها زملاؤه.
""", [
    ev("training-alone", "تدريبات منفردة اليوم الجمعة على ملعب مختار التتش", DEPART, "'اليوم الجمعة' = Fri 18 Jul 2025"),
    ev("camp-exclusion", "إثر قرار الجهاز الفني إبعاده عن المعسكر الإعدادي", EXCLUSION, "no own expression; the decision of Thu 17 Jul 2025 (itsfunmag: 'يوم الخميس')"),
    ev("team-departure", "وغادرت بعثة الفريق الأحمر مصر متجهة إلى تونس صباح اليوم", DEPART, "'صباح اليوم' = the morning of Fri 18 Jul 2025"),
    ev("friendly-stade-tunisien", "الأولى أمام الملعب التونسي يوم 21 يوليو الجاري", "2025-07-21", "'يوم 21 يوليو الجاري' = Mon 21 Jul 2025"),
    ev("friendly-bizertin", "والثانية أمام النادي البنزرتي في 25 من الشهر ذاته", "2025-07-25", "'في 25 من الشهر ذاته' = Fri 25 Jul 2025"),
    ev("etoile-match-dropped", "مباراة ثالثة أمام النجم الساحلي يوم 28 يوليو", "2025-07-28", "'يوم 28 يوليو' = Mon 28 Jul 2025 (planned, then dropped)"),
])
art(S, "https://riadanews.com/%d9%88%d8%b3%d8%a7%d9%85-%d8%a3%d8%a8%d9%88-%d8%b9%d9%84%d9%8a-%d9%8a%d8%ac%d9%87%d8%b2-%d9%85%d9%81%d8%a7%d8%ac%d8%a3%d8%a9-%d9%85%d8%af%d9%88%d9%8a%d8%a9-%d9%84%d8%ac%d9%85%d8%a7%d9%87%d9%8a%d8%b1",
    "2025-07-20", "page date line 'يوليو 20, 2025' (kept as second line; 20 Jul 2025 was a Sunday); headline kept from the page; the byline 'BySayed' and the source line 'المصدر – وان ثري' dropped", True, """
وسام أبو علي يحضّر مفاجأة مدوية لجماهير الأهلي.. ماذا جرى؟
يوليو 20, 2025
يعدّ المهاجم الفلسطيني وسام أبو علي، لاعب الفريق الأول لكرة القدم في النادي الأهلي، مفاجأة لجماهير القلعة الحمراء مع اقتراب رحيله في انتقالات الصيف الجاري.
ويستعد وسام لنشر بيان رسمي يعتذر فيه لجماهير الأهلي وإدارة النادي، بعد التوصل إلى اتفاق مبدئي على رحيله عن "القلعة الحمراء" وانتقاله إلى نادي كولومبوس كرو الأمريكي.
وكان وسام قد أثار غضب جماهير الأهلي حين أصر على إنهاء عقده مع النادي الذي أسهم في سطوع نجمه.
ويعتزم وسام بث مقطع فيديو عبر حساباته على مواقع التواصل الاجتماعي يوضح فيه موقفه ويودع جماهير الأهلي التي ساندته منذ انضمامه إلى الفريق.
ومن المنتظر أن توقَّع عقود انتقال وسام أبو علي إلى كولومبوس كرو خلال الساعات القادمة، بعدما أنهى الأهلي اتفاقه على بيع اللاعب مقابل 7.5 مليون دولار، إلى جانب متغيرات تصل قيمتها إلى مليوني دولار.
""", [
    ev("sale-agreed", "بعد التوصل إلى اتفاق مبدئي على رحيله", SALE_AGREED[0], "no own expression; the agreement in principle reported on Sun 20 Jul 2025 (my span 19-20 Jul)", end=SALE_AGREED[1]),
    ev("exit-standoff", "أثار غضب جماهير الأهلي حين أصر على إنهاء عقده", "2025-07-01", "no own expression; the player's push to leave in the weeks before (my span 1-19 Jul 2025)", end="2025-07-20"),
    ev("joined-ahly", "منذ انضمامه إلى الفريق", JOINED_AHLY[0], "'منذ انضمامه' = since January 2024 (itsfunmag: 'في يناير 2024')", end=JOINED_AHLY[1]),
    ev("signing-expected", "أن توقَّع عقود انتقال وسام أبو علي إلى كولومبوس كرو خلال الساعات القادمة", "2025-07-20", "'خلال الساعات القادمة' from Sun 20 Jul = 20-21 Jul 2025 (the signing was in fact announced on Sat 26 Jul)", end="2025-07-22"),
])
art(S, "https://www.alamssar.com/425632",
    "2025-07-26", "the body's 'اليوم السبت 26 يوليو 2025' (kept; 26 Jul 2025 was a Saturday); headline kept from the page; the last, truncated quote dropped", True, """
رسميا.. كولومبوس الأمريكي يعلن ضم وسام أبو علي من الأهلي
أعلن نادي كولومبوس كرو الأمريكي، اليوم السبت 26 يوليو 2025، تعاقده مع المهاجم وسام أبو علي القادم من النادي الأهلي المصري في صفقة انتقال نهائي لم تُكشف قيمتها المالية.
وبحسب البيان الرسمي للنادي الأمريكي، سيلتحق اللاعب بالفريق بصفة "لاعب مُعيّن" في الدوري الأمريكي MLS فور حصوله على تأشيرة العمل (P-1) وشهادة الانتقال الدولية.
ويسري عقد المهاجم الفلسطيني ذي الأصول المصرية والدنماركية، البالغ 26 عامًا، حتى نهاية موسم 2027، مع خيار تمديده لموسم إضافي حتى 2028.
وكان أبو علي قد تصدر قائمة هدافي الدوري المصري الممتاز موسم 2023-2024، وسجل أهدافا بأرقام مزدوجة في كل من موسميه مع الأهلي، وأسهم مباشرة في تتويج الفريق بلقبي الدوري المحلي ودوري أبطال أفريقيا في الموسمين الماضيين.
وفي المجمل، أحرز 38 هدفا وقدم 10 تمريرات حاسمة في 60 مباراة بقميص "المارد الأحمر"، بينها 8 مباريات سجل فيها أكثر من هدف و3 "هاتريك"، أحدها "هاتريك مثالي" في مرمى بورتو ضمن كأس العالم للأندية.
""", [
    ev("transfer-official", "أعلن نادي كولومبوس كرو الأمريكي، اليوم السبت 26 يوليو 2025، تعاقده", OFFICIAL_AA, "'اليوم السبت 26 يوليو 2025' (a Saturday)"),
    ev("top-scorer-2024", "تصدر قائمة هدافي الدوري المصري الممتاز موسم 2023-2024", "2023-10-01", "'موسم 2023-2024' = the Egyptian Premier League season 2023-24 (about Oct 2023 - Jul 2024; Abou Ali played in it from Feb 2024)", end="2024-08-01"),
    ev("porto-hattrick", "\"هاتريك مثالي\" في مرمى بورتو", "2025-06-23", "no own expression; Al Ahly 4-4 Porto at the Club World Cup, Mon 23 Jun 2025 (outside knowledge)"),
])

# ---------------------------------------------------------------- egypt-zamalek-fifa-registration-bans-nov-2025
S = "egypt-zamalek-fifa-registration-bans-nov-2025"
FIRST = ("2025-11-03", "2025-11-05")       # the first three bans: decisions dated Mon 3 Nov 2025, seen on FIFA's list on Tue 4 Nov
FOURTH = "2025-11-06"                      # Thu 6 Nov 2025: a fourth case appears on FIFA's list
SUPER = "2025-11-06"                       # Thu 6 Nov 2025: Zamalek v Pyramids, Egyptian Super Cup semi-final in Abu Dhabi
WINTER = ("2026-01-01", "2026-02-01")      # the coming winter transfer window (January 2026; my span)
art(S, "https://dotalkhalij.com/world-news/29967636/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D9%8A%D9%88%D9%85---%D8%A7%D9%84%D9%81%D9%8A%D9%81%D8%A7-%D9%8A%D9%81%D8%B1%D8%B6-%D8%B9%D9%82%D9%88%D8%A8%D8%A9-%D9%82%D8%A7%D8%B3%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B2%D9%85%D8%A7%D9%84%D9%83.html",
    "2025-11-04", "page date line 'ابوظبي في الثلاثاء 4 نوفمبر 2025 04:09 مساءً' (kept as second line without the author's name; 4 Nov 2025 was a Tuesday), stamp 'date 2025-11-04'; headline from the page's own lead ('الفيفا يفرض \"عقوبة قاسية\" على الزمالك'); the aggregator's boilerplate dropped", True, """
الفيفا يفرض "عقوبة قاسية" على الزمالك
ابوظبي في الثلاثاء 4 نوفمبر 2025 04:09 مساءً
أعلن الاتحاد الدولي لكرة القدم (فيفا)، الثلاثاء، منع الفريق الأول لنادي الزمالك المصري من قيد اللاعبين، بحسب تقريره الأسبوعي المنشور على موقعه الرسمي.
وأورد فيفا على موقعه أن الزمالك "موقوف القيد بسبب 3 قضايا".
وأوضح الاتحاد الدولي، في بيانه الدوري الخاص بالأندية المعاقبة، أن الزمالك لم يغلق حتى الآن ملفات مالية تتعلق بجهازه الفني السابق بقيادة البرتغالي جوزيه غوميز، المدير الفني الحالي للفتح السعودي، ومساعدين له لم يحصلوا على كامل مستحقاتهم.
ويصدر القرار في وقت يستعد فيه الزمالك لخوض بطولة السوبر المصري التي تستضيفها الإمارات، إذ يلاقي بيراميدز الخميس.
وتعمل إدارة النادي على احتواء الأزمة قبل انطلاق فترة الانتقالات الشتوية، حتى تضمن قيد اللاعبين الجدد الذين اتفقت معهم.
""", [
    ev("first-bans", "منع الفريق الأول لنادي الزمالك المصري من قيد اللاعبين", FIRST[0], "'الثلاثاء' = Tue 4 Nov 2025, when the ban appeared on FIFA's list; the three decisions are dated Mon 3 Nov (aldawla24); span 3-4 Nov", end=FIRST[1]),
    ev("super-cup-semi", "إذ يلاقي بيراميدز الخميس", SUPER, "'الخميس' after Tue 4 Nov = Thu 6 Nov 2025 (the Super Cup semi-final in Abu Dhabi)"),
    ev("winter-window", "قبل انطلاق فترة الانتقالات الشتوية", WINTER[0], "no own date; the winter transfer window of January 2026 (my span)", end=WINTER[1]),
])
art(S, "https://www.filgoal.com/articles/516757/%D9%81%D9%8A%D9%81%D8%A7-%D9%8A%D8%B9%D9%84%D9%86-%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D9%82%D9%8A%D8%AF-%D8%B1%D8%A7%D8%A8%D8%B9-%D8%B6%D8%AF-%D8%A7%D9%84%D8%B2%D9%85%D8%A7%D9%84%D9%83",
    "2025-11-06", "page date line 'الخميس، 06 نوفمبر 2025 - 23:41' (kept as second line; 6 Nov 2025 was a Thursday), stamp 'date 2025-11-06'; headline kept from the page; byline 'كتب : FilGoal', photo caption and the last, truncated sentence dropped", True, """
فيفا يعلن إيقاف قيد "رابع" بحق الزمالك
الخميس، 06 نوفمبر 2025 - 23:41
أعلن الاتحاد الدولي لكرة القدم "فيفا" قضية رابعة تقضي بمنع نادي الزمالك من قيد صفقات جديدة.
وظهر على موقع الاتحاد الدولي اسم طرف رابع له مستحقات لدى النادي الأبيض، من دون الكشف عن هويته.
وبحسب ما علمه FilGoal.com، فإن إيقاف قيد الزمالك جاء نتيجة 3 قضايا رفعها مساعدو المدير الفني السابق جوزيه جوميز.
وتتراوح مستحقات المساعدين بين 60 و70 ألف دولار، تضاف إليها الفوائد.
وسيُرفع الإيقاف عن الزمالك في لحظة دفع المستحقات للمساعدين، والأمر نفسه ينطبق على القضية الرابعة.
وكان جوزيه جوميز، المدير الفني السابق للزمالك ومدرب الفتح السعودي، قد تقدم في وقت سابق عبر محاميه بشكوى رسمية إلى الاتحاد الدولي لكرة القدم ضد النادي الأبيض بسبب تأخر مستحقاته.
وقال مصدر مقرب من جوميز في وقت سابق لـ FilGoal.com: "الزمالك لم يلتزم باتفاقه مع جوميز بشأن سداد مستحقاته ومستحقات جهازه المعاون، والمقدرة بنحو 120 ألف دولار".
""", [
    ev("fourth-ban", "قضية رابعة تقضي بمنع نادي الزمالك من قيد صفقات جديدة", FOURTH, "no own expression in the sentence; the date line 'الخميس، 06 نوفمبر 2025 - 23:41' = Thu 6 Nov 2025"),
    ev("first-bans", "جاء نتيجة 3 قضايا رفعها مساعدو المدير الفني السابق", FIRST[0], "no own expression; the three decisions dated Mon 3 Nov 2025 and listed on Tue 4 Nov; span 3-4 Nov", end=FIRST[1]),
    ev("gomes-complaint", "قد تقدم في وقت سابق عبر محاميه بشكوى رسمية", "2025-09-01", "'في وقت سابق' = before the bans; after Zamalek missed the instalments of the August settlement (my span Sep - 2 Nov 2025)", end="2025-11-03"),
])
art(S, "https://aldawla24.com/2025/11/06/%d9%81%d9%8a%d9%81%d8%a7-%d9%8a%d9%88%d9%82%d9%81-%d9%82%d9%8a%d8%af-%d8%a7%d9%84%d8%b2%d9%85%d8%a7%d9%84%d9%83-%d9%85%d8%ac%d8%af%d8%af%d9%8b%d8%a7-%d8%a7%d8%b9%d8%b1%d9%81-%d8%a7%d9%84%d8%aa%d9%81",
    "2025-11-06", "date in the URL '/2025/11/06/' (6 Nov 2025 was a Thursday); the body's 'حكم اليوم' and 'مطلع الأسبوع الجاري' agree; headline rendered from the URL slug (the stored text has none); a stray 'و' dropped; no publication date of its own in the text ('في 3 نوفمبر 2025' dates the earlier bans)", False, """
فيفا يوقف قيد الزمالك مجددا
أصدر الاتحاد الدولي لكرة القدم (فيفا) قرارا جديدا بإيقاف قيد نادي الزمالك، يضاف إلى القرار الذي صدر مطلع الأسبوع الجاري بمنع النادي من القيد بسبب مستحقات المساعدين الثلاثة للبرتغالي جوزيه جوميز، المدير الفني الأسبق للفريق.
ويندرج هذا الحكم ضمن سلسلة عقوبات تلقاها الزمالك مؤخرًا في ملفات مالية عدة، ما يضع إدارته في موقف محرج ويهدد قدرتها على تسجيل لاعبين جدد في فترات الانتقالات المقبلة.
وتحاول إدارة الزمالك حاليًا التواصل مع محامي النادي لدى فيفا للوصول إلى حل سريع يشمل تسوية المستحقات المتأخرة وإغلاق القضايا المفتوحة، أملا في رفع الإيقاف واستعادة حق القيد قبل انطلاق سوق الانتقالات.
وكان فيفا قد أعلن رسميا في 3 نوفمبر 2025 إيقاف قيد الزمالك بسبب ثلاث قضايا تخص مساعدين سابقين لجوميز، من دون أن يصدر آنذاك حكم يتعلق بالمدير الفني البرتغالي، قبل أن يظهر حكم اليوم فيزيد الأزمة تعقيدا.
""", [
    ev("fourth-ban", "قرارا جديدا بإيقاف قيد نادي الزمالك", FOURTH, "no own expression in the sentence; 'حكم اليوم' = Thu 6 Nov 2025"),
    ev("first-bans", "أعلن رسميا في 3 نوفمبر 2025 إيقاف قيد الزمالك", FIRST[0], "'في 3 نوفمبر 2025' = Mon 3 Nov 2025 (listed on Tue 4 Nov); span 3-4 Nov", end=FIRST[1]),
    ev("lawyer-contact", "وتحاول إدارة الزمالك حاليًا التواصل مع محامي النادي", FOURTH, "'حاليًا' = Thu 6 Nov 2025, the day of publication"),
    ev("winter-window", "قبل انطلاق سوق الانتقالات", WINTER[0], "no own date; the winter transfer window of January 2026 (my span)", end=WINTER[1]),
])
art(S, "https://www.yallakora.com/egyptian-super-cup/2975/news/529481/4-%D9%82%D8%B1%D8%A7%D8%B1%D8%AA-%D9%81%D9%8A-96-%D8%B3%D8%A7%D8%B9%D8%A9-%D9%85%D8%A7%D8%B0%D8%A7-%D8%AA%D8%B9%D9%86%D9%89-%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA-%D9%81%D9%8A%D9%81%D8%A7-%D8%A7%D9%84%D8%B5%D8%A7%D8%AF%D8%B1%D8%A9-%D8%B6%D8%AF-%D8%A7%D9%84%D8%B2%D9%85%D8%A7%D9%84%D9%83-",
    "2025-11-07", "stamp 'date 2025-11-07' at the head of the stored page (not kept in the text; 7 Nov 2025 was a Friday); headline rendered from the URL slug (the stored text has none); the sub-headings turned into sentences and the last, truncated words dropped; no date of its own in the text", False, """
4 قرارات في 96 ساعة.. ماذا تعني عقوبات فيفا الصادرة ضد الزمالك؟
أصدر الاتحاد الدولي لكرة القدم "فيفا" 4 قرارات بإيقاف قيد نادي الزمالك خلال 96 ساعة، على خلفية نزاعات قائمة مع عناصر سابقة في صفوف الفريق الأبيض.
وعانى الزمالك خلال السنوات الماضية من قرارات إيقاف القيد في أكثر من مناسبة، بسبب مستحقات متأخرة للاعبين أو لمدربين سابقين لم تُسوّ كما ينبغي قبل رحيلهم.
وتصدر العقوبة استنادا إلى المادة 24 مكرر من لائحة أوضاع وانتقالات اللاعبين، التي تقضي بأن النادي الذي لا يلتزم بدفع المبالغ المستحقة بموجب قرار صادر عن لجنة فض المنازعات أو لجنة أوضاع اللاعبين خلال المدة المحددة (عادة 45 يومًا) يُمنع من تسجيل أي لاعبين جدد محليًا أو دوليًا حتى السداد الكامل.
كما تستند إلى المادة 15 من لائحة الإجراءات التأديبية في فيفا، التي تخوّل الاتحاد الدولي فرض عقوبات تنفيذية مثل حظر التسجيل أو خصم النقاط أو الهبوط إلى درجة أدنى إذا استمر عدم التنفيذ.
ويُرسل القرار إلى الاتحاد المصري والاتحاد الإفريقي لتطبيق الحظر عبر نظام TMS التابع لفيفا، فيُمنع الزمالك من تسجيل أي لاعب جديد محليا أو دوليا، سواء في الفترة الشتوية أو الصيفية.
""", [
    ev("four-bans-in-96-hours", "4 قرارات بإيقاف قيد نادي الزمالك خلال 96 ساعة", FIRST[0], "'خلال 96 ساعة' = the four decisions of Mon 3 - Thu 6 Nov 2025 (three dated 3 Nov, the fourth listed on 6 Nov)", end="2025-11-07"),
    ev("past-bans", "وعانى الزمالك خلال السنوات الماضية من قرارات إيقاف القيد", "2020-01-01", "'خلال السنوات الماضية' = Zamalek's earlier registration bans (e.g. the 2021-22 season entered without new signings); my span 2020 - Oct 2025", end="2025-11-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 307
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
