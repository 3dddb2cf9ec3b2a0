"""Builds stories.jsonl: the 603-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: school year start dates: postponements, calendar changes
and first days of school announced by Arab ministries of education.
Stories: the Algerian Council of Ministers' dates for the school reopening after the Covid closure (Algeria,
October 2020), the Lebanese postponement of the public school year to 4 November 2024 during the Israeli war
(Lebanon, October 2024), and the staggered start of the 2020-2021 school year in Tunisia on 15 September 2020
(Tunisia, September 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-school-reopening-dates-october-2020
S = "algeria-school-reopening-dates-october-2020"
COUNCIL = "2020-10-04"                     # the Council of Ministers chaired by Tebboune met on Sun 4 Oct 2020
PRIMARY = "2020-10-21"                     # primary schools reopen on Wed 21 Oct 2020
MIDDLE = "2020-11-04"                      # middle and secondary schools on Wed 4 Nov 2020
VOCATIONAL = "2020-11-15"                  # vocational training on Sun 15 Nov 2020
UNIVERSITY = "2020-11-22"                  # universities on Sun 22 Nov 2020
CLOSED = "2020-03-12"                      # schools closed since Thu 12 Mar 2020
art(S, "https://www.housepresse.ma/archives/82016",
    "2020-10-04", "no date line on the stored page; the body's 'عقد اليوم الأحد' for the Council of Ministers that set the dates, held on Sun 4 Oct 2020 (4 Oct 2020 was a Sunday; the body of the decision in nagamety: 'أمس الأحد 04 أكتوبر 2020'), so published on Sun 4 Oct 2020; the 'هوسبريس ـ متابعة' credit and the related posts dropped; headline kept from the page", False, """
الجزائر..بعد ثمانية أشهر من تعليق الدراسة المدارس تفتح أبوابها ابتداء من 21 أكتوبر
قررت الحكومة الجزائرية أن يكون يوم 21 أكتوبر الجاري موعد الدخول المدرسي لتلاميذ الطور الابتدائي، وذلك بعد ثمانية أشهر من توقف الدراسة بسبب وباء فيروس كورونا.
وصدر هذا القرار عن اجتماع لمجلس الوزراء انعقد اليوم الأحد، حدد كذلك الرابع من نونبر موعدا لدخول تلاميذ الطورين المتوسط والثانوي.
ويشار إلى أن المدارس بمستوياتها الابتدائية والمتوسطة والثانوية في الجزائر موصدة منذ 12 مارس الماضي بفعل تفشي جائحة فيروس كورونا، فلم يُستكمل الموسم الدراسي 2019-2020، بينما نُظمت امتحانات شهادتي التعليم المتوسط والباكالوريا في شهر شتنبر الماضي.
وأفاد المصدر بأن موعد إعادة فتح مراكز التكوين المهني للموسم 2020-2021 حُدد في يوم 15 نونبر، على أن ينطلق الدخول الجامعي في 22 من الشهر نفسه، مع أخذ الوضعية الصحية الناجمة عن جائحة كوفيد-19 بعين الاعتبار.
""", [
    ev("council-of-ministers", "اجتماع لمجلس الوزراء انعقد اليوم الأحد", COUNCIL, "'اليوم الأحد' = Sun 4 Oct 2020"),
    ev("primary-school-start", "موعد الدخول المدرسي لتلاميذ الطور الابتدائي", PRIMARY, "'يوم 21 أكتوبر الجاري' in October 2020 = Wed 21 Oct 2020"),
    ev("middle-secondary-start", "الرابع من نونبر موعدا لدخول تلاميذ الطورين المتوسط والثانوي", MIDDLE, "'الرابع من نونبر' after 4 Oct 2020 = Wed 4 Nov 2020"),
    ev("schools-closed", "موصدة منذ 12 مارس الماضي", CLOSED, "'منذ 12 مارس الماضي' from October 2020 = the closure of Thu 12 Mar 2020 (the day the closure began)"),
    ev("vocational-training-start", "مراكز التكوين المهني للموسم 2020-2021 حُدد في يوم 15 نونبر", VOCATIONAL, "'يوم 15 نونبر' = Sun 15 Nov 2020"),
    ev("university-start", "على أن ينطلق الدخول الجامعي في 22 من الشهر نفسه", UNIVERSITY, "'22 من الشهر نفسه' (November) = Sun 22 Nov 2020"),
])
art(S, "https://al3omk.com/587160.html",
    "2020-10-05", "no date line on the stored page; the body's 'عقد أمس الأحد' for the Council of Ministers of Sun 4 Oct 2020 gives Mon 5 Oct 2020 (5 Oct 2020 was a Monday); the section tag 'خارج الحدود' and the photo caption dropped; headline kept from the page; the last, truncated sentence (the Covid tally) dropped", False, """
بعد ثمانية أشهر من توقفها.. حكومة الجزائر تقرر استئناف الدارسة هذا الشهر
أذنت السلطات الجزائرية باستئناف الدراسة في كامل أرجاء البلاد اعتبارا من هذا الشهر، بعد ثمانية أشهر من توقفها جراء تداعيات جائحة "كورونا".
وضبطت الحكومة يوم 21 أكتوبر الجاري تاريخا لدخول تلاميذ الطور الابتدائي إلى المدارس، والرابع من نونبر المقبل لاستئناف الدراسة لدى تلاميذ الطورين المتوسط والثانوي.
وقد صدر قرار استئناف الدراسة وإطلاق الموسم الدراسي الجديد في الجزائر في اجتماع لمجلس الوزراء، عُقد أمس الأحد.
ويذكر أن المدارس في المستويات الابتدائية والمتوسطة والثانوية أُغلقت في الجزائر منذ 12 مارس الماضي بسبب تفشي جائحة فيروس كورونا، إذ لم يكتمل الموسم الدراسي 2019-2020، في حين أُجريت امتحانات شهادتي التعليم المتوسط والباكالوريا في شهر شتنبر الماضي.
وأوضح المصدر أن إعادة فتح مراكز التكوين المهني لموسم 2020-2021 تقررت في يوم 15 نونبر، وأن الدخول الجامعي سيكون في 22 من الشهر ذاته، مراعاة للوضعية الصحية المترتبة عن جائحة كوفيد-19.
""", [
    ev("council-of-ministers", "في اجتماع لمجلس الوزراء، عُقد أمس الأحد", COUNCIL, "'أمس الأحد' in an article of Mon 5 Oct 2020 = Sun 4 Oct"),
    ev("primary-school-start", "يوم 21 أكتوبر الجاري تاريخا لدخول تلاميذ الطور الابتدائي", PRIMARY, "'يوم 21 أكتوبر الجاري' = Wed 21 Oct 2020"),
    ev("middle-secondary-start", "والرابع من نونبر المقبل لاستئناف الدراسة", MIDDLE, "'الرابع من نونبر المقبل' = Wed 4 Nov 2020"),
    ev("schools-closed", "أُغلقت في الجزائر منذ 12 مارس الماضي", CLOSED, "'منذ 12 مارس الماضي' = the closure of Thu 12 Mar 2020"),
    ev("bem-bac-exams", "امتحانات شهادتي التعليم المتوسط والباكالوريا في شهر شتنبر الماضي", "2020-09-01", "'في شهر شتنبر الماضي' from October 2020 = September 2020 (the month only)", end="2020-10-01"),
    ev("university-start", "الدخول الجامعي سيكون في 22 من الشهر ذاته", UNIVERSITY, "'22 من الشهر ذاته' (November) = Sun 22 Nov 2020"),
])
art(S, "https://nagamety.blogspot.com/2020/10/blog-post_240.html",
    "2020-10-05", "no date line on the stored page (the URL gives only the month, 2020/10); the body's 'المنعقد أمس الأحد 04 أكتوبر 2020' gives Mon 5 Oct 2020; the 'المصدر' link, the contact form and the blog navigation dropped; headline kept from the page", False, """
الجزائر تواصل غلق حدودها
أفاد مجلس الوزراء الجزائري، الذي انعقد أمس الأحد 04 أكتوبر 2020 تحت رئاسة رئيس البلاد عبد المجيد تبون، القائد الأعلى للقوات المسلحة ووزير الدفاع الوطني، بأنه قرر إعادة فتح المطارات الداخلية المغلقة، وإنشاء شركات خاصة تؤمن خدمة النقل الجوي الداخلي، بهدف بعث ديناميكية اقتصادية وامتصاص البطالة.
ولم يتناول المجلس قرار فتح حدود البلاد، ما يعني أن قرار الإغلاق المتخذ منتصف شهر مارس الماضي لا يزال نافذا، كما ضبط المجلس تاريخ 21 أكتوبر 2020 موعدا للدخول المدرسي في الطور الابتدائي بجميع ولايات الوطن، و04 نوفمبر 2020 للطورين المتوسط والثانوي، مع الحرص على توفير النقل المدرسي للتلاميذ وفتح المطاعم المدرسية.
وقرر مجلس الوزراء الجزائري كذلك تحديد 15 نوفمبر 2020 موعدا للدخول في قطاع التكوين المهني، على أن يجري الدخول الجامعي في 22 نوفمبر 2020، مع مراعاة إعادة تنظيم الأحياء الجامعية وتجنب الاكتظاظ، لا سيما في المدرجات، بالنظر إلى الوضعية الصحية الناتجة عن جائحة كوفيد-19.
""", [
    ev("council-of-ministers", "الذي انعقد أمس الأحد 04 أكتوبر 2020", COUNCIL, "'أمس الأحد 04 أكتوبر 2020' = Sun 4 Oct 2020"),
    ev("domestic-airports-reopening", "قرر إعادة فتح المطارات الداخلية المغلقة", COUNCIL, "no own expression; decided by the Council of Ministers of Sun 4 Oct 2020"),
    ev("borders-closed", "قرار الإغلاق المتخذ منتصف شهر مارس الماضي", "2020-03-11", "'منتصف شهر مارس الماضي' from October 2020 = mid-March 2020 (my span 11-20 Mar 2020)", end="2020-03-21"),
    ev("primary-school-start", "تاريخ 21 أكتوبر 2020 موعدا للدخول المدرسي في الطور الابتدائي", PRIMARY, "'21 أكتوبر 2020' = Wed 21 Oct 2020"),
    ev("middle-secondary-start", "و04 نوفمبر 2020 للطورين المتوسط والثانوي", MIDDLE, "'04 نوفمبر 2020' = Wed 4 Nov 2020"),
    ev("university-start", "على أن يجري الدخول الجامعي في 22 نوفمبر 2020", UNIVERSITY, "'22 نوفمبر 2020' = Sun 22 Nov 2020"),
])

# ---------------------------------------------------------------- lebanon-school-year-postponed-november-2024
S = "lebanon-school-year-postponed-november-2024"
ANNOUNCE = "2024-10-06"                    # Halabi's press conference: Sun 6 Oct 2024
PUBLIC_START = "2024-11-04"                # public schools start on Mon 4 Nov 2024
SHELTERS = ("2024-09-23", "2024-10-07")    # schools turned into shelters from the escalation of Mon 23 Sep 2024 on
art(S, "https://www.megaphone.news/cards/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AA%D8%B1%D8%A8%D9%8A%D8%A9-%D9%8A%D8%B1%D8%B6%D8%AE-%D9%84%D8%B6%D8%BA%D9%88%D8%B7-%D8%A7%D9%84%D9%85%D8%AF%D8%A7%D8%B1%D8%B3-%D8%A7%D9%84%D8%AE%D8%A7%D8%B5%D8%A9",
    "2024-10-06", "the card's date line '6 تشرين الأول 2024' (6 Oct 2024 was a Sunday), agreeing with the body's 'أعلن اليوم' and 'يوم غد الإثنين'; the date line is not kept in the text; headline and sub-heading kept from the page; the last, truncated sentence shortened", True, """
وزير التربية يرضخ لضغوط المدارس الخاصة
تعليمٌ حضوري أو عن بُعد بدءاً من يوم غد الإثنين
انصاع وزير التربية عباس الحلبي لضغوط عدد من المدارس الخاصة، فأعلن اليوم السماح للقطاع الخاص بالشروع في التعليم عن بُعد بدءاً من يوم غد الإثنين. وأوضح الحلبي أن التعليم في المدارس الخاصة يجري بحسب الإمكانات المتوافرة لديها، مؤكداً أن التعليم الحضوري فيها يقع على مسؤوليتها وبعد تقدير المخاطر الناجمة عن العدوان الإسرائيلي المتواصل على لبنان.
وعيّن الحلبي 4 تشرين الثاني المقبل موعداً لانطلاق العام الدراسي في المدارس الرسمية، لافتاً إلى أن التدريس في الجامعة اللبنانية ما زال متوقفاً. ويمنح هذا القرار تلامذة المدارس الخاصة أفضلية على تلامذة التعليم الرسمي، فضلاً عن الظروف الأمنية والضغوط التي يعانيها التلامذة وذووهم جراء العدوان، وعن وجود تلامذة مهجّرين مسجّلين في مدارس خاصة.
ويُشار إلى أن التقديرات تفيد بأن العدوان الإسرائيلي على لبنان هجّر ما يزيد على 464 ألف طالب مدرسي ومهني وجامعي، إلى جانب نحو 35 ألف مدرّس في القطاعين الرسمي والخاص. وكانت الهيئات الإغاثية قد ذكرت أن 505 مدارس رسمية و54 مدرسة مهنية رسمية وأكثر من 50 مدرسة خاصة تحولت إلى مراكز لإيواء النازحين.
""", [
    ev("halabi-announcement", "فأعلن اليوم السماح للقطاع الخاص", ANNOUNCE, "'اليوم' on the card of Sun 6 Oct 2024"),
    ev("private-remote-learning-start", "بالشروع في التعليم عن بُعد", "2024-10-07", "'بدءاً من يوم غد الإثنين' from Sun 6 Oct 2024 = Mon 7 Oct 2024"),
    ev("public-school-year-start", "موعداً لانطلاق العام الدراسي في المدارس الرسمية", PUBLIC_START, "'4 تشرين الثاني المقبل' = Mon 4 Nov 2024"),
    ev("lebanese-university-suspended", "التدريس في الجامعة اللبنانية ما زال متوقفاً", ANNOUNCE, "no own expression; the state of the Lebanese University as stated on Sun 6 Oct 2024"),
    ev("schools-turned-shelters", "تحولت إلى مراكز لإيواء النازحين", SHELTERS[0], "no own expression; since the Israeli escalation of Mon 23 Sep 2024 (schools opened to the displaced from Tue 24 Sep, arabi21), until the announcement (my span 23 Sep - 6 Oct 2024)", end=SHELTERS[1]),
])
art(S, "https://matnnews.com/188990",
    "2024-10-06", "no date line on the stored page; the body's 'اليوم الأحد' for Halabi's announcement of Sun 6 Oct 2024 (megaphone's card of 6 Oct 2024), so published on Sun 6 Oct 2024; the photo captions dropped; headline kept from the page; the last, truncated sentence dropped", False, """
وزير التعليم اللبناني يعلن موعد بدء العام الدراسي في ظل الأوضاع الراهنة
أعلن وزير التربية والتعليم العالي اللبناني عباس الحلبي، اليوم الأحد، أن العام الدراسي في التعليم الرسمي سينطلق في نوفمبر المقبل، حضورياً أو عن بُعد.
ولفت الحلبي إلى أن بعض المدارس الخاصة قررت بدء العام الدراسي في موعده، في حين طلبت مدارس خاصة أخرى إرجاء الانطلاق.
وفي ظل الأوضاع الحالية في لبنان، حيث طال القصف مناطق كثيرة، بيّن الحلبي أن التطورات الميدانية حوّلت مئات المدارس والثانويات والمهنيات الرسمية، إلى جانب أجزاء من أبنية الجامعة اللبنانية، إلى مراكز إيواء للنازحين.
وأشار إلى أن عشرات الآلاف من العائلات اللبنانية نزحت إلى مراكز الإيواء أو إلى بيوت الأصدقاء، فطالت تبعات هذا الوضع المؤلم المدارس الرسمية.
وشدد الحلبي على وجوب وضع خطة تعليمية تحول دون ضياع السنة الدراسية، موضحاً أن الوزارة تجمع المعلومات عن أماكن وجود 400 ألف تلميذ و40 ألف معلم من القطاعين الرسمي والخاص.
وأضاف أن الوزارة تتعاون مع القطاع التربوي الخاص لتأمين التعليم لطلاب المدارس المغلقة بسبب النزوح.
""", [
    ev("halabi-announcement", "عباس الحلبي، اليوم الأحد", ANNOUNCE, "'اليوم الأحد' = Sun 6 Oct 2024"),
    ev("public-school-year-start", "العام الدراسي في التعليم الرسمي سينطلق في نوفمبر المقبل", PUBLIC_START, "'في نوفمبر المقبل' = the start on Mon 4 Nov 2024 (the month only in this text; the day from megaphone and ksaplayers)"),
    ev("schools-turned-shelters", "إلى مراكز إيواء للنازحين", SHELTERS[0], "no own expression; since the escalation of Mon 23 Sep 2024 until the announcement (my span 23 Sep - 6 Oct 2024)", end=SHELTERS[1]),
    ev("mass-displacement", "عشرات الآلاف من العائلات اللبنانية نزحت إلى مراكز الإيواء", SHELTERS[0], "no own expression; the displacement since the escalation of Mon 23 Sep 2024 (my span 23 Sep - 6 Oct 2024)", end=SHELTERS[1]),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=36123520",
    "2024-10-07", "no date on the stored page (a reprint of a Gulf daily); the body's 'أعلن ... أمس، بدء العام الدراسي الجديد في الرابع من نوفمبر المقبل' for Halabi's press conference of Sun 6 Oct 2024 (megaphone's card of 6 Oct; matnnews 'اليوم الأحد') gives Mon 7 Oct 2024; headline written from the body (the stored text has none); the last, truncated word dropped", False, """
الحلبي يحدد موعد بدء العام الدراسي الرسمي في لبنان
أعلن وزير التربية والتعليم العالي في حكومة تصريف الأعمال اللبنانية عباس الحلبي، أمس، أن العام الدراسي الجديد سيبدأ في الرابع من نوفمبر المقبل. ونقلت الوكالة الوطنية للإعلام عن الحلبي قوله في مؤتمر صحفي عن إنقاذ العام الدراسي والجامعي: «إن التطورات الميدانية للعدوان الإسرائيلي على مناطق واسعة من لبنان، وما ينجم عن التدمير الذي يطال هذه المناطق من مخاطر، أصاب الوطن بأسره في الصميم، وتسبب بنزوح كثيف شمل عشرات الآلاف من العائلات اللبنانية التي احتمت بمراكز الإيواء أو بمنازل الأقارب والأصدقاء أو بالمنشآت العامة». وتابع: «لم تكن المدارس الرسمية والمؤسسات التربوية الخاصة في منأى عن هذا الكابوس، إذ تحولت مئات المدارس والثانويات والمهنيات الرسمية وأجزاء كبيرة من مباني الجامعة اللبنانية وعدد من المدارس الخاصة إلى ملاذات آمنة فتحت أبوابها أمام النازحين من المناطق المستهدفة بالعدوان». وعيّن الوزير يوم الاثنين في الرابع من الشهر المقبل موعداً لبدء العام الدراسي في المدارس والثانويات والمهنيات الرسمية بعد إنجاز الاستعدادات، مبيناً أن التدريس سيكون حضورياً أو من بُعد أو مدمجاً تطبيقاً للخطة التي وضعتها الوزارة، على أن يجري التسجيل إلكترونياً إذا تعذّر حضورياً.
""", [
    ev("halabi-announcement", "في حكومة تصريف الأعمال اللبنانية عباس الحلبي، أمس", ANNOUNCE, "'أمس' in an article of Mon 7 Oct 2024 = Sun 6 Oct"),
    ev("public-school-year-start", "موعداً لبدء العام الدراسي في المدارس والثانويات والمهنيات الرسمية", PUBLIC_START, "'يوم الاثنين في الرابع من الشهر المقبل' from October 2024 = Mon 4 Nov 2024 (also 'في الرابع من نوفمبر المقبل')"),
    ev("mass-displacement", "وتسبب بنزوح كثيف شمل عشرات الآلاف من العائلات اللبنانية", SHELTERS[0], "no own expression; the displacement since the escalation of Mon 23 Sep 2024 (my span 23 Sep - 6 Oct 2024)", end=SHELTERS[1]),
    ev("schools-turned-shelters", "إلى ملاذات آمنة فتحت أبوابها أمام النازحين", SHELTERS[0], "no own expression; since the escalation of Mon 23 Sep 2024 until the announcement (my span 23 Sep - 6 Oct 2024)", end=SHELTERS[1]),
])

# ---------------------------------------------------------------- tunisia-school-year-start-september-2020
S = "tunisia-school-year-start-september-2020"
START = "2020-09-15"                       # the 2020-2021 school year started on Tue 15 Sep 2020
STAGGER = ("2020-09-15", "2020-09-20")     # the staggered return of the grades, Tue 15 - Sat 19 Sep 2020
art(S, "https://ar.africanmanager.com/%D8%BA%D8%AF%D8%A7-%D8%A7%D9%84%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D9%85%D8%AF%D8%B1%D8%B3%D9%8A%D8%A9-%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1%D8%A7%D8%AA-%D8%B5%D8%AD%D9%8A%D8%A9-%D8%A7%D8%B3%D8%AA%D8%AB/",
    "2020-09-14", "no date line on the stored page; the body's 'تنطلق غدا الثلاثاء 15 سبتمبر 2020' gives Mon 14 Sep 2020 (15 Sep 2020 was a Tuesday); the 'تونس- افريكان مانجر' credit and the sub-heading 'رزنامة العودة' dropped; headline rendered from the URL slug; the source's 'يوم الاثنين 15 سبتمبر' (a wrong weekday) kept verbatim", False, """
غدا العودة المدرسية وسط إجراءات صحية استثنائية
في ظل إجراءات صحية استثنائية للوقاية من فيروس "كورونا" المستجد، تنطلق غدا الثلاثاء 15 سبتمبر 2020 السنة الدراسية الجديدة وفق نظام تدرج بحسب المستويات التعليمية في كل مرحلة، مع تقسيم الفصل إلى فوجين لضمان التباعد الجسدي واعتماد الدراسة يوما بيوم.
وسيُعتمد الأسبوعان وحدة زمنية للتعلم بدلا من الأسبوع، كما ستُخصص فترة تتراوح بين 4 و6 أسابيع لتدارك ما لم يُنجز خلال العام الماضي.
وفي المرحلة الابتدائية، يلتحق تلاميذ السنة الأولى ابتدائي بمقاعد الدراسة يوم 15 سبتمبر، وتلاميذ السنة الثانية يوم الأربعاء 16 سبتمبر، والسنة الثالثة يوم الخميس 17 سبتمبر، والسنة الرابعة يوم الجمعة 18 سبتمبر، والسنتان الخامسة والسادسة يوم 19 سبتمبر.
أما في المرحلة الإعدادية والتعليم الثانوي، فيعود تلاميذ السنة السابعة أساسي والأولى ثانوي يوم الاثنين 15 سبتمبر، والثامنة أساسي والثانية ثانوي يوم الأربعاء 16 سبتمبر، والتاسعة أساسي والثالثة ثانوي يوم الخميس 17 سبتمبر، والرابعة ثانوي يوم 18 سبتمبر.
ويبلغ إجمالي عدد التلاميذ 2,215 مليون تلميذ في العام الدراسي 2020-2021 مقابل 2,168 مليون تلميذ في العام الماضي، أي بزيادة قدرها 47,1 ألف تلميذ.
""", [
    ev("school-year-start", "تنطلق غدا الثلاثاء 15 سبتمبر 2020 السنة الدراسية الجديدة", START, "'غدا الثلاثاء 15 سبتمبر 2020' = Tue 15 Sep 2020"),
    ev("staggered-return", "وفق نظام تدرج بحسب المستويات التعليمية", STAGGER[0], "no own expression for the span; the grades return from Tue 15 to Sat 19 Sep 2020 (the calendar in this text)", end=STAGGER[1]),
    ev("second-year-primary-return", "وتلاميذ السنة الثانية يوم الأربعاء 16 سبتمبر", "2020-09-16", "'يوم الأربعاء 16 سبتمبر' = Wed 16 Sep 2020"),
    ev("fifth-sixth-primary-return", "والسنتان الخامسة والسادسة يوم 19 سبتمبر", "2020-09-19", "'يوم 19 سبتمبر' = Sat 19 Sep 2020"),
    ev("seventh-first-secondary-return", "السنة السابعة أساسي والأولى ثانوي يوم الاثنين 15 سبتمبر", START, "'يوم الاثنين 15 سبتمبر' = 15 Sep 2020, a Tuesday (the weekday in the source is wrong; the date is kept)"),
    ev("bac-year-return", "والرابعة ثانوي يوم 18 سبتمبر", "2020-09-18", "'يوم 18 سبتمبر' = Fri 18 Sep 2020"),
])
art(S, "https://news.chamseljanoub.tn/أخبار/وطنية/عودة-مدرسية-تتحدى-جائحة-كورونا",
    "2020-09-15", "no date line on the stored page; the body's 'يعودون اليوم الثلاثاء 15 سبتمبر 2020' gives Tue 15 Sep 2020; headline and the sub-heading kept from the page; the last, truncated sentence (another postponed village) dropped", False, """
عودة مدرسية تتحدى جائحة كورونا
يعود أكثر من مليونين و215 ألف تلميذ اليوم الثلاثاء 15 سبتمبر 2020 إلى المدارس والمعاهد التونسية على مراحل بعد انقطاع دام ستة أشهر، في وقت تمر فيه البلاد بظرف صحي استثنائي جراء تفشي العدوى بفيروس كورونا المستجد. وستطبق المؤسسات التربوية كافة نظام الأفواج والدراسة يوما بيوم بالتناوب بين الأفواج، كي لا يزيد عدد التلاميذ الحاضرين في قاعة الدرس الواحدة على 18 تلميذا احتراما للتباعد الجسدي، بعد أن كان معدلهم يبلغ 38 تلميذا. وستُرصد فترة تتراوح بين 4 و6 أسابيع للتدارك في كل المستويات الدراسية ما عدا السنة الأولى ابتدائي التي ستنطلق مباشرة في البرامج الخاصة بها. وبحسب ما أعدته وزارة التربية لهذه السنة الاستثنائية بسبب انتشار كورونا، ستُقلص أيام العطل المدرسية وتُمدد السنة الدراسية لتنتهي يوم 30 جوان 2021.
تأجيل العودة في عدّة مناطق
ودفعت جائحة كورونا المندوبية الجهوية للتربية بالمنستير إلى إعلان إرجاء العودة المدرسية في المؤسسات التربوية التابعة لبلدية منزل نور من ولاية المنستير إلى 21 سبتمبر الجاري، في إطار متابعة تطور الوضع الوبائي لانتشار الفيروس.
""", [
    ev("school-year-start", "يعود أكثر من مليونين و215 ألف تلميذ اليوم الثلاثاء 15 سبتمبر 2020", START, "'اليوم الثلاثاء 15 سبتمبر 2020' = Tue 15 Sep 2020"),
    ev("schools-closed", "بعد انقطاع دام ستة أشهر", "2020-03-12", "'انقطاع دام ستة أشهر' before 15 Sep 2020 = the closure of the schools from Thu 12 Mar 2020 (my span 12 Mar - 14 Sep 2020)", end=START),
    ev("school-year-end", "وتُمدد السنة الدراسية لتنتهي يوم 30 جوان 2021", "2021-06-30", "'يوم 30 جوان 2021' = Wed 30 Jun 2021"),
    ev("menzel-nour-return", "إرجاء العودة المدرسية في المؤسسات التربوية التابعة لبلدية منزل نور", "2020-09-21", "'إلى 21 سبتمبر الجاري' = the postponed return of Mon 21 Sep 2020"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=21435384",
    "2020-09-15", "no date on the stored page (an Anadolu dispatch, credit 'تونس/ يسرى ونّاس /الأناضول'); the body's 'انطلق العام الدراسي الجديد في تونس، الثلاثاء' for the start of Tue 15 Sep 2020 and 'وحتى الإثنين' for the Covid tally of the day before point to a dispatch of Tue 15 Sep 2020; the credit and the Anadolu subscription notice dropped; headline written from the body (the stored text has none)", False, """
انطلاق العام الدراسي الجديد في تونس وسط إجراءات احترازية من كورونا
انطلقت السنة الدراسية الجديدة في تونس، الثلاثاء، في ظل تدابير وقائية من فيروس كورونا. وأشرف رئيس الحكومة التونسية هشام المشيشي على انطلاق العودة المدرسية من المدرسة الابتدائية بمدينة أكودة في ولاية سوسة شرقي البلاد. وشدد رئيس الحكومة على وجود بروتوكول صحي خاص بالعودة المدرسية ينبغي التقيد به. وقال إن على الجميع الإسهام في الوقاية من هذا الفيروس، من التلاميذ إلى أولياء الأمور وصولا إلى الإطار التربوي. ويعود ما يزيد على مليوني تلميذ في تونس، الثلاثاء، على نحو تدريجي، بحسب رزنامة وضعتها وزارة التربية تحسبا لانتشار فيروس كورونا. وبموجب الرزنامة نفسها، ستكون الدراسة يوما بعد يوم (يوم دراسة ويوم راحة)، ولن يزيد عدد التلاميذ في القاعة الواحدة على 18. وكانت وزارة التربية قد أكدت في بيان سابق التزامها باتخاذ كل التدابير الكفيلة بضمان تطبيق البروتوكول الصحي في جميع المدارس على الوجه الأكمل. وحتى الإثنين، بلغ إجمالي الإصابات بالفيروس في تونس 7.382، منها 117 وفاة، و2.175 حالة تعاف.
""", [
    ev("school-year-start", "انطلقت السنة الدراسية الجديدة في تونس، الثلاثاء", START, "'الثلاثاء' = Tue 15 Sep 2020"),
    ev("mechichi-launch", "وأشرف رئيس الحكومة التونسية هشام المشيشي على انطلاق العودة المدرسية", START, "no own expression; the launch at Akouda on the first day, Tue 15 Sep 2020"),
    ev("staggered-return", "ويعود ما يزيد على مليوني تلميذ في تونس، الثلاثاء، على نحو تدريجي", STAGGER[0], "'الثلاثاء ... على نحو تدريجي' = the staggered return from Tue 15 to Sat 19 Sep 2020 (the calendar in africanmanager)", end=STAGGER[1]),
    ev("covid-tally-monday", "وحتى الإثنين، بلغ إجمالي الإصابات", "2020-09-14", "'وحتى الإثنين' in a dispatch of Tue 15 Sep 2020 = Mon 14 Sep 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 603
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
