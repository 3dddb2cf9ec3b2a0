"""Builds stories.jsonl: the 518-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: coups and attempted coups (a takeover, the first
announcements, reactions and the following days).
Stories: the ouster of President Ibrahim Boubacar Keita in Mali (August 2020), the ouster of President Alpha
Conde in Guinea (September 2021), the failed coup attempt of 15 July 2016 in Turkey, and the ouster of
President Roch Marc Christian Kabore in Burkina Faso (January 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mali-keita-ouster-coup-2020
S = "mali-keita-ouster-coup-2020"
COUP = "2020-08-18"                        # mutiny at Kati, Keita and Cisse detained: Tue 18 Aug 2020
NEXT = "2020-08-19"                        # Goita presents himself; the CNSP's first statements: Wed 19 Aug 2020
RESIGN = ("2020-08-18", "2020-08-20")      # Keita's televised resignation around midnight, night of Tue 18 / Wed 19
art(S, "https://anfarabic.com/l-lm/%25D8%25A7%25D9%2586%25D9%2582%25D9%2584%25D8%25A7%25D8%25A8-%25D8%25B9%25D8%25B3%25D9%2583%25D8%25B1%25D9%258A-%25D9%2581%25D9%258A-%25D9%2585%25D8%25A7%25D9%2584%25D9%258A-%25D9%2588%25D8%25AC%25D9%2586%25D9%2588%25D8%25AF-%25D9%258A%25D8%25B9%25D8%25AA%25D9%2582%25D9%2584%25D9%2588%25D9%2586-%25D8%25A7%25D9%2584%25D8%25B1%25D8%25A6%25D9%258A%25D8%25B3-%25D8%25A7%25D8%25A8%25D9%2588-%25D8%25A8%25D9%2583%25D8%25B1-%25D9%2583%25D9%258A%25D8%25AA%25D8%25A7-63851",
    "2020-08-18", "no date line or stamp on the stored page; the body's 'مساء يوم الثلاثاء' for the Reuters report of the arrest and 'مساء اليوم الثلاثاء' for Macron's calls, both on the evening of the coup, Tue 18 Aug 2020 (18 Aug 2020 was a Tuesday; SPA of Wed 19: ECOWAS spoke 'في وقت سابق من يوم أمس'), give Tue 18 Aug 2020; headline kept from the page; the last sentence, cut in the stored excerpt ('لدول غر'), completed with its obvious end 'غرب أفريقيا'", False, """
انقلاب عسكري في مالي وجنود يعتقلون الرئيس ابو بكر كيتا
أفادت وكالة "رويترز"، نقلا عن مصادر، مساء يوم الثلاثاء، بأن عسكريين متمردين ألقوا القبض على الرئيس المالي أبو بكر إبراهيم كيتا في العاصمة باماكو.
وأتى الاعتقال عقب تمرد جنود في قاعدة كاتي العسكرية الواقعة خارج باماكو، واحتجاز عدد من كبار المسؤولين المدنيين والعسكريين.
وقبل ذلك، كانت جماعة مسلحة قد اعتقلت رئيس الوزراء ونجل الرئيس المالي.
من جانبها، أكدت وكالة "سبوتنيك"، نقلا عن مصادرها، أن الانقلاب العسكري في مالي نجح بعد أن اعتقل الجيش الرئيس كيتا ورئيس الوزراء سيسي.
وقال المصدر للوكالة إن "الموكب في طريقه إلى قاعدة كاتي التي انطلق منها التمرد".
وأضافت "سبوتنيك" أن عسكريين يتجولون في وسط العاصمة محيين حشود المتظاهرين، فيما انقطع بث القناة الحكومية.
ونقلت وكالة الأنباء الفرنسية أن الرئيس الفرنسي إيمانويل ماكرون أجرى مساء اليوم الثلاثاء اتصالات بنظرائه في مالي والسنغال وساحل العاج والنيجر، للتباحث في الوضع في مالي إثر ورود أنباء عن محاولة انقلاب هناك.
وبحسب المصدر ذاته، ذكر قصر الإليزيه أن ماكرون عبّر في اتصالاته مع رئيس مالي أبو بكر كيتا ونظرائه النيجري يوسفو والعاجي الحسن واتارا والسنغالي ماكي سال، عن "دعمه الكامل لجهود الوساطة التي تبذلها المجموعة الاقتصادية لدول غرب أفريقيا".
""", [
    ev("keita-arrest", "ألقوا القبض على الرئيس المالي أبو بكر إبراهيم كيتا", COUP, "'مساء يوم الثلاثاء' = Tue 18 Aug 2020 (the arrest in the afternoon, reported that evening)"),
    ev("kati-mutiny", "عقب تمرد جنود في قاعدة كاتي العسكرية", COUP, "no own expression; the mutiny at the Kati base began on the morning of Tue 18 Aug 2020, hours before the arrest"),
    ev("pm-son-arrest", "قد اعتقلت رئيس الوزراء ونجل الرئيس المالي", COUP, "no own expression; 'وقبل ذلك', earlier on the day of the coup, Tue 18 Aug 2020"),
    ev("state-tv-off-air", "فيما انقطع بث القناة الحكومية", COUP, "no own expression; during the coup, Tue 18 Aug 2020"),
    ev("macron-calls", "أجرى مساء اليوم الثلاثاء اتصالات بنظرائه", COUP, "'مساء اليوم الثلاثاء' = Tue 18 Aug 2020"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=21109307",
    "2020-08-19", "the SPA date line kept at the head of the body: 'باماكو 29 ذو الحجة 1441 هـ الموافق 19 أغسطس 2020 م واس' = Wed 19 Aug 2020 (the SPA wire closes with '11:44ت م'); an SPA report carried by ksaplayers; headline written from the body (the stored text has none); the closing '// انتهى //' and wire number dropped", True, """
رئيس مالي يعلن استقالته وحل البرلمان بعد احتجازه
باماكو 29 ذو الحجة 1441 هـ الموافق 19 أغسطس 2020 م واس
أعلن الرئيس المالي إبراهيم أبو بكر كيتا تخليه عن منصبه، كما قرر حل البرلمان، وذلك إثر احتجازه على أيدي جنود متمردين برفقة كبار المسؤولين في حكومته.
وصرح كيتا في كلمة قصيرة بثها التلفزيون الرسمي: "لا أريد إراقة دماء من أجل بقائي في السلطة".
وكانت المجموعة الاقتصادية لدول غرب إفريقيا "الإيكواس" قد أبدت في وقت سابق من يوم أمس رفضها "بشكل قاطع لأي تغيير سياسي غير دستوري" في مالي، وقالت إنها "تتابع الوضع بقلق كبير"، وذلك بعد اندلاع التمرد.
""", [
    ev("keita-resignation", "أعلن الرئيس المالي إبراهيم أبو بكر كيتا تخليه عن منصبه", RESIGN[0], "no own expression; the televised resignation around midnight of Tue 18 / Wed 19 Aug 2020 (other reports: 'فجر الأربعاء', 'في وقت متأخر من يوم الثلاثاء'); my span 18-19 Aug", end=RESIGN[1]),
    ev("keita-arrest", "إثر احتجازه على أيدي جنود متمردين", COUP, "no own expression; the detention of Tue 18 Aug 2020 (anfarabic 'مساء يوم الثلاثاء')"),
    ev("ecowas-first-statement", "قد أبدت في وقت سابق من يوم أمس رفضها", COUP, "'في وقت سابق من يوم أمس' from Wed 19 Aug 2020 = Tue 18 Aug"),
    ev("kati-mutiny", "وذلك بعد اندلاع التمرد", COUP, "no own expression; the mutiny at Kati on Tue 18 Aug 2020 (the same day as ECOWAS's statement, 'يوم أمس')"),
])
art(S, "https://almesryoon.com/Section_31/%D8%B9%D8%B1%D8%A8-%D9%88%D8%B9%D8%A7%D9%84%D9%85/%D9%82%D8%A7%D8%A6%D8%AF-%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D9%85%D8%A7%D9%84%D9%8A-%D9%8A%D9%86%D8%B5%D8%A8-%D9%86%D9%81%D8%B3%D9%87-%D8%B1%D8%A6%D9%8A%D8%B3%D8%A7-%D9%84%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%B9%D8%B3%D9%83%D8%B1%D9%8A_1311028",
    "2020-08-20", "no date line of the article on the stored page (its header 'الجمعة 22 نوفمبر 2024' is the site's clock at the crawl, dropped); the body's 'قال غويتا أمس الأربعاء' for Goita's first press statement, made on Wed 19 Aug 2020 (vetogate and elmogaz: 'الأربعاء' / 'اليوم الأربعاء'; in it 'بتدخلنا أمس' = the coup of Tue 18), gives Thu 20 Aug 2020; the site's name and tag lines dropped; headline kept from the page", False, """
قائد انقلاب مالي ينصب نفسه رئيسا للمجلس العسكري
عرّف الكولونيل المالي آسيمي غويتا نفسه أمام الصحافة بوصفه رئيس اللجنة العسكرية التي أزاحت الرئيس المالي إبراهيم أبو بكر كيتا.
وصرح غويتا أمس الأربعاء قائلا: "أقدم نفسي، أنا الكولونيل آسيمي غويتا، رئيس اللجنة الوطنية لإنقاذ الشعب".
وتابع: "مالي في أزمة سياسية واجتماعية وأمنية. لم يعد يحق لنا ارتكاب الأخطاء. لقد وضعنا البلاد، بتدخلنا أمس، فوق كل شيء، مالي أولا".
وبيّن: "كان من واجبي أن ألتقي مختلف الأمناء العامين لنؤكد لهم دعمنا لاستمرار عمل مؤسسات الدولة"، لافتا إلى أنه "في أعقاب حدث الأمس الذي أدى إلى تغيير في الحكم، من واجبنا أن نبلغ هؤلاء الأمناء العامين موقفنا بأن بإمكانهم العمل".
وفي مؤتمر صحفي عُقد في وقت سابق، حث المتحدث باسم لجنة إنقاذ الشعب، إسماعيل واغي، الماليين على "ممارسة أعمالهم بحرية" و"استئناف أنشطتهم بكل أمان".
كما طالب بـ"الوقف الفوري لكل أعمال النهب والتخريب للمنشآت العامة"، وتعهد بـ"اتخاذ التدابير الضرورية بحق كل عسكري يُضبط متلبسا بارتكاب أعمال ابتزاز".
""", [
    ev("goita-presents-himself", "وصرح غويتا أمس الأربعاء قائلا", NEXT, "'أمس الأربعاء' in an article of Thu 20 Aug 2020 = Wed 19 Aug"),
    ev("keita-arrest", "لقد وضعنا البلاد، بتدخلنا أمس", COUP, "'أمس' in Goita's words of Wed 19 Aug 2020 = the coup of Tue 18 Aug"),
    ev("goita-meets-secretaries-general", "أن ألتقي مختلف الأمناء العامين", NEXT, "no own expression; the meeting at the defence ministry just before his statement of Wed 19 Aug 2020"),
    ev("cnsp-spokesman-statement", "حث المتحدث باسم لجنة إنقاذ الشعب، إسماعيل واغي", NEXT, "'في وقت سابق' of Goita's statement; Wague's first statements for the CNSP were made on Wed 19 Aug 2020"),
])

# ---------------------------------------------------------------- guinea-conde-ouster-coup-2021
S = "guinea-conde-ouster-coup-2021"
COUP = "2021-09-05"                        # special forces seize Conde in Conakry: Sun 5 Sep 2021
MEET = "2021-09-06"                        # Doumbouya meets Conde's ministers, bars them from travel: Mon 6 Sep 2021
SUMMIT = "2021-09-08"                      # ECOWAS virtual extraordinary summit suspends Guinea: Wed 8 Sep 2021
art(S, "https://madaar.org/%d8%ba%d9%8a%d9%86%d9%8a%d8%a7-%d8%a7%d9%86%d9%82%d9%84%d8%a7%d8%a8-%d8%b9%d8%b3%d9%83%d8%b1%d9%8a-%d9%8a%d8%b7%d9%8a%d8%ad-%d8%a8%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a3%d9%84%d9%81%d8%a7-%d9%83/",
    "2021-09-05", "the body's date line 'مدار + مواقع: 05 أيلول/ سبتمبر 2021' (kept) = Sun 5 Sep 2021, with 'منذ صبيحة اليوم' for the gunfire of the coup morning; the share button dropped; headline kept from the page; the last sentence, cut in the stored excerpt ('الذي كان يوجد فيه رئي'), ends at 'القصر الرئاسي'", True, """
غينيا: انقلاب عسكري يطيح بالرئيس ألفا كوندي
مدار + مواقع: 05 أيلول/ سبتمبر 2021
عرفت الأحياء المحيطة بالقصر الرئاسي إطلاق نار كثيفا منذ صبيحة اليوم، ثم انتشر أخيرا على مواقع التواصل الاجتماعي مقطع فيديو يُظهر عناصر من القوات الخاصة التي دبرت الانقلاب وهي تحتجز الرئيس الغيني ألفا كوندي الذي بدا مذهولا.
ولم تحتج القوات الخاصة بقيادة مامادي دومبويا إلا إلى ساعات قليلة لاحتجاز الرئيس الغيني ألفا كوندي، الذي يحكم البلاد منذ 2010 لمدة 11 سنة.
وظهر كوندي، البالغ 83 عاما، في شريط مصور وحوله عدد من العناصر الملثمين بالزي العسكري، جالسا على أريكة وعلى وجهه علامات الذهول، وقميصه مفتوح الأزرار وقدماه حافيتان.
وأكدت القوات الخاصة الغينية لوكالة الصحافة الفرنسية أنها اعتقلت الرئيس الغيني، وأوضحت أنها حلت مؤسسات الدولة، وقالت في شريط فيديو لم يبثه التلفزيون الرسمي: "قررنا بعد القبض على الرئيس ... حل الدستور القائم وحل المؤسسات، كما قررنا حل الحكومة وإغلاق الحدود البرية والجوية".
وجرى كل شيء بسرعة كبيرة، إذ انطلقت الأحداث الصاخبة من الثامنة صباحا في العاصمة كوناكري، مع اندلاع معارك عنيفة وسماع دوي إطلاق نار كثيف طوال الصباح على مشارف سيكوتوريا، القصر الرئاسي.
""", [
    ev("palace-gunfire", "عرفت الأحياء المحيطة بالقصر الرئاسي إطلاق نار كثيفا منذ صبيحة اليوم", COUP, "'منذ صبيحة اليوم' with the date line 05 Sep 2021 = Sun 5 Sep (from 8 a.m., 'من الثامنة صباحا')"),
    ev("conde-ouster", "لاحتجاز الرئيس الغيني ألفا كوندي", COUP, "no own expression; the capture of Conde around midday of Sun 5 Sep 2021, the day of the date line"),
    ev("conde-video", "انتشر أخيرا على مواقع التواصل الاجتماعي مقطع فيديو", COUP, "'أخيرا' on the day of the date line, Sun 5 Sep 2021"),
    ev("institutions-dissolved", "حل الدستور القائم وحل المؤسسات", COUP, "no own expression; the special forces' announcement of Sun 5 Sep 2021 (day of the date line)"),
    ev("borders-closed", "إغلاق الحدود البرية والجوية", COUP, "no own expression; announced with the dissolution on Sun 5 Sep 2021 (masrawy of Mon 6: 'الذي تم فرضه أمس الأحد')"),
])
art(S, "https://beta.masrawy.com/news/news_publicaffairs/details/2021/9/6/2085222/-%D9%82%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D8%A7%D9%84%D8%B9%D8%B3%D9%83%D8%B1%D9%8A-%D9%81%D9%8A-%D8%BA%D9%8A%D9%86%D9%8A%D8%A7-%D9%8A%D9%85%D9%86%D8%B9%D9%88%D9%86-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D9%81%D8%B1",
    "2021-09-06", "the URL's date 2021/9/6 = Mon 6 Sep 2021, with the body's 'اليوم الاثنين' and 'أمس الأحد'; a dpa report; the 'فيديو قد يعجبك' line dropped; headline and the 'كوناكري - (د ب أ)' line kept from the page", True, """
قادة الانقلاب العسكري في غينيا يمنعون الوزراء من السفر
كوناكري - (د ب أ)
حظر قادة الانقلاب العسكري في غينيا على أعضاء الحكومة مغادرة البلاد اليوم الاثنين.
وأوضح قائد الانقلاب مامادي دومبويا في العاصمة كوناكري أن أعضاء الحكومة الذين عقدوا اجتماعا اليوم، بعد يوم من الإطاحة بالرئيس ألفا كوندي، أُبلغوا بوجوب تسليم جوازات سفرهم وسياراتهم الرسمية.
وأعلن دومبويا، قائد وحدة النخبة في الجيش التي أنشأها كوندي، كذلك رفع تعليق السفر الدولي الذي تم فرضه أمس الأحد، وإلغاء حظر التجول في مناطق التعدين.
وغينيا من أكبر منتجي خام البوكسيت المستخدم في صناعة الألومنيوم، وهي تصدره إلى جميع الأسواق الكبرى، والصين من أبرز زبائنها.
وبعد الاجتماع، توجه دومبويا في موكب عسكري إلى سجن سيروتي المركزي في كوناكري وأشرف على الإفراج عن أربعة من السياسيين المعارضين، وفقا لصحفي محلي تحدث لوكالة الأنباء الألمانية (د.ب.أ).
وأكد قائد الانقلاب أن "الآخرين سيُطلق سراحهم في وقت لاحق"، في إشارة إلى المعارضين الذين اعتُقلوا في عهد كوندي.
""", [
    ev("travel-ban", "حظر قادة الانقلاب العسكري في غينيا على أعضاء الحكومة مغادرة البلاد اليوم الاثنين", MEET, "'اليوم الاثنين' = Mon 6 Sep 2021"),
    ev("ministers-meeting", "الذين عقدوا اجتماعا اليوم", MEET, "'اليوم' = Mon 6 Sep 2021"),
    ev("conde-ouster", "بعد يوم من الإطاحة بالرئيس ألفا كوندي", COUP, "'بعد يوم من' from Mon 6 Sep 2021 = Sun 5 Sep"),
    ev("borders-reopened", "رفع تعليق السفر الدولي", MEET, "no own expression; announced by Doumbouya at the meeting of Mon 6 Sep 2021"),
    ev("borders-closed", "الذي تم فرضه أمس الأحد", COUP, "'أمس الأحد' from Mon 6 Sep 2021 = Sun 5 Sep"),
    ev("opponents-freed", "وأشرف على الإفراج عن أربعة من السياسيين المعارضين", MEET, "no own expression; 'وبعد الاجتماع' of Mon 6 Sep 2021"),
])
art(S, "https://www.turess.com/achahed/1013379",
    "2021-09-07", "no date line on the stored page; the body's 'أوّل أمس الأحد' for the ouster of Sun 5 Sep 2021 gives Tue 7 Sep 2021 (7 Sep 2021 was a Tuesday); a Reuters report in al-Chahed carried by turess; headline written from the body (the stored text has none); the closing '(رويترز)' dropped", False, """
قائد انقلاب غينيا يمنع مسؤولي الحكومة من السفر
حظر قائد الانقلاب في غينيا، مامادي دومبويا، على مسؤولي الحكومة السفر إلى الخارج، بعد أن أطاحت وحدة من القوات الخاصة، أوّل أمس الأحد، بالرئيس ألفا كوندي.
وأبلغ دومبويا، الضابط السابق في الفيلق الأجنبي الفرنسي، وزراء كوندي وكبار مسؤولي الحكومة خلال اجتماع معهم بأن عليهم كذلك تسليم سياراتهم الرسمية.
وأكد في الاجتماع، الذي سُمح لوسائل الإعلام بحضوره، أنه "لن يكون هناك تتبع لأحد".
وبعد ذلك اقتاد جنود بقلنسوات حمراء مسؤولي الحكومة الذين شاركوا في الاجتماع، في صورة حشد يفتقر إلى الاحترام، إلى مقر الجيش في كوناكري.
ولم يتضح حتى الآن هل هم محتجزون أم لا.
وكان متحدث باسم وحدة القوات الخاصة في الجيش قد صرح للتلفزيون الحكومي بأن التغيب عن الاجتماع سيُعد "تمردا".
ويُعد الانقلاب في غينيا الرابع منذ أفريل في بلدان غرب إفريقيا ووسطها، وهو ما أثار المخاوف من العودة إلى الحكم العسكري في منطقة قطعت أشواطا واسعة نحو الديمقراطية التعددية منذ التسعينيات.
""", [
    ev("travel-ban", "على مسؤولي الحكومة السفر إلى الخارج", MEET, "no own expression; the ban was announced at the meeting of Mon 6 Sep 2021 (masrawy 'اليوم الاثنين')"),
    ev("conde-ouster", "أطاحت وحدة من القوات الخاصة، أوّل أمس الأحد، بالرئيس ألفا كوندي", COUP, "'أوّل أمس الأحد' from Tue 7 Sep 2021 = Sun 5 Sep"),
    ev("ministers-meeting", "وزراء كوندي وكبار مسؤولي الحكومة خلال اجتماع معهم", MEET, "no own expression; the meeting of Mon 6 Sep 2021 (masrawy 'الذين عقدوا اجتماعا اليوم')"),
    ev("officials-taken-to-army-hq", "اقتاد جنود بقلنسوات حمراء مسؤولي الحكومة", MEET, "no own expression; 'بعد ذلك', after the meeting of Mon 6 Sep 2021"),
    ev("meeting-summons", "صرح للتلفزيون الحكومي بأن التغيب عن الاجتماع", COUP, "no own expression; the junta's statement on state television on the day of the coup, Sun 5 Sep 2021, calling the ministers to the meeting of 'صباح غد الإثنين'"),
])
art(S, "https://ahlmasrnews.com/news/International-news/1233166/إيكواس-تقرر-تعليق-عضوية-غينيا-عل-خلفية-الانقلاب-العسكري",
    "2021-09-08", "no date line on the stored page; the body's 'خلال القمة الافتراضية، اليوم الأربعاء' for the ECOWAS summit, held on Wed 8 Sep 2021 (8 Sep 2021 was a Wednesday; taqadomy: 'يوم الأربعاء الماضي'), gives Wed 8 Sep 2021; the repeated headline inside the body dropped; headline kept from the page", False, """
إيكواس تقرر تعليق عضوية غينيا على خلفية الانقلاب العسكري
في أول خطوة يتخذها تكتل إقليمي إفريقي ردا على الانقلاب العسكري في غينيا، قررت المجموعة الاقتصادية لدول غرب إفريقيا "إيكواس"، خلال قمة استثنائية، تعليق عضوية غينيا فيها بسبب الانقلاب العسكري الذي شهدته البلاد يوم 5 سبتمبر.
وأوضح وزير خارجية بوركينا فاسو، ألفا باري، أن الدول الأعضاء في المجموعة دعت خلال القمة الافتراضية، اليوم الأربعاء، إلى عودة غينيا إلى النظام الدستوري والإفراج الفوري عن الرئيس المعزول ألفا كوندي.
واتفق قادة دول غرب إفريقيا على إيفاد بعثة رفيعة المستوى إلى غينيا يوم الخميس.
وستعيد المجموعة النظر في موقفها من غينيا بعد أن تنهي البعثة عملها.
ولم تُعلن في الوقت الراهن أي عقوبات اقتصادية على غينيا، على عكس ما حدث مع مالي التي وقع فيها انقلاب عسكري في أغسطس 2020.
""", [
    ev("ecowas-suspension", "تعليق عضوية غينيا فيها", SUMMIT, "no own expression in the clause; decided at the summit of 'اليوم الأربعاء' = Wed 8 Sep 2021"),
    ev("conde-ouster", "الانقلاب العسكري الذي شهدته البلاد يوم 5 سبتمبر", COUP, "'يوم 5 سبتمبر' = Sun 5 Sep 2021"),
    ev("ecowas-release-demand", "دعت خلال القمة الافتراضية، اليوم الأربعاء", SUMMIT, "'اليوم الأربعاء' = Wed 8 Sep 2021"),
    ev("ecowas-mission", "إيفاد بعثة رفيعة المستوى إلى غينيا يوم الخميس", "2021-09-09", "'يوم الخميس' after Wed 8 Sep 2021 = Thu 9 Sep (the day planned at the summit)"),
    ev("mali-coup-2020", "مالي التي وقع فيها انقلاب عسكري في أغسطس 2020", "2020-08-18", "'في أغسطس 2020' = the Mali coup of Tue 18 Aug 2020 (the day from what is known of that coup; the text gives the month only)"),
])

# ---------------------------------------------------------------- turkey-july-15-coup-attempt-2016
S = "turkey-july-15-coup-attempt-2016"
FRI = "2016-07-15"                         # troops move in Ankara and Istanbul on the evening of Fri 15 Jul 2016
SAT = "2016-07-16"                         # the attempt collapses in the early hours of Sat 16 Jul 2016
SUN = "2016-07-17"
NIGHT = (FRI, SUN)                         # the night of Fri 15 / Sat 16 Jul 2016
art(S, "http://www.ta7ya-masr.com/print.aspx?231858",
    FRI, "the page's stamp 'آخر تحديث: الجمعة 15/07/2016 10:57 م' (Cairo time; 23:57 in Turkey) = Fri 15 Jul 2016, with the body's 'الجمعة' for the gunfire in Ankara; the stamp and the site's name dropped from the text; headline kept from the page", True, """
سي إن إن: أردوغان في مكان أمن
أفادت قناة سي إن إن ترك بأن الرئيس التركي رجب طيب أردوغان موجود في مكان آمن.
وكان الجيش التركي قد أعلن في بيان أنه بسط سيطرته على السلطة في البلاد.
وصرح رئيس الوزراء التركي بن علي يلديريم بأن محاولة انقلاب عسكري تجري حاليا، مضيفا أن قوات الأمن تقوم بما يلزم لمعالجة الموقف، وذكر أنه سُمع دوي إطلاق نار في العاصمة التركية أنقرة، الجمعة، في حين شوهدت مقاتلات ومروحيات تحلق في الأجواء، كما لوحظت مروحيات في سماء إسطنبول، كبرى المدن التركية، وأفاد تلفزيون (إن.تي.في) بأن الجسرين الممتدين فوق مضيق البوسفور في إسطنبول أُغلقا كذلك أمام حركة السير.
""", [
    ev("erdogan-safe", "موجود في مكان آمن", FRI, "no own expression; CNN Turk's report before the stamp of Fri 15 Jul 2016, 23:57 Turkish time"),
    ev("army-statement", "قد أعلن في بيان أنه بسط سيطرته على السلطة", NIGHT[0], "no own expression; the putschists' statement of the night of Fri 15 / Sat 16 Jul 2016 (posted before this report of 23:57, read on state TV after midnight); my span 15-16 Jul", end=NIGHT[1]),
    ev("yildirim-coup-attempt", "وصرح رئيس الوزراء التركي بن علي يلديريم بأن محاولة انقلاب عسكري تجري حاليا", FRI, "no own expression; Yildirim's statement to NTV on the evening of Fri 15 Jul 2016"),
    ev("ankara-gunfire", "سُمع دوي إطلاق نار في العاصمة التركية أنقرة، الجمعة", FRI, "'الجمعة' = Fri 15 Jul 2016"),
    ev("bosphorus-bridges-closed", "الجسرين الممتدين فوق مضيق البوسفور في إسطنبول أُغلقا", FRI, "no own expression; closed by the troops on the evening of Fri 15 Jul 2016 (sauress/alazd: 'أمس الجمعة إغلاق جسري البوسفور')"),
])
art(S, "https://www.masress.com/elbalad/2326402",
    SAT, "no date line on the stored page; the body's 'اليوم السبت', 'أمس الجمعة (15 يوليو تموز)' and 'فجر اليوم' give Sat 16 Jul 2016 (16 Jul 2016 was a Saturday); a Reuters-based report of Sada El Balad carried by masress; headline written from the body (the stored text has none)", False, """
القوات التركية الموالية للحكومة تلاحق فلول الانقلابيين
تخوض القوات الموالية للحكومة التركية اليوم السبت معارك لسحق ما تبقى من المشاركين في محاولة الانقلاب العسكري.
وقُتل أكثر من 90 شخصا في أعمال العنف التي اندلعت في وقت متأخر أمس الجمعة (15 يوليو تموز)، حين حاول قطاع من القوات المسلحة الاستيلاء على السلطة مستخدما الدبابات والمروحيات الهجومية التي هاجم بعضها مقر المخابرات التركية والبرلمان في أنقرة، في حين سيطر بعضها الآخر على جسر مهم في إسطنبول.
وانهارت المحاولة الانقلابية بعد أن لبى المواطنون دعوة الرئيس رجب طيب إردوغان إلى النزول إلى الشارع، وتخلى عشرات المتمردين عن دباباتهم.
وسُمع دوي رصاص وانفجارات في إسطنبول وأنقرة الليلة الماضية التي عمتها الفوضى مع انتشار جنود في مواقع بالمدينتين، بينما صدرت أوامر لتلفزيون الدولة بتلاوة بيان يعلن تولي الجيش مقاليد السلطة.
غير أن حدة القتال تراجعت إلى حد كبير مع بزوغ الفجر.
واستسلم نحو 50 جنديا على أحد جسور مضيق البوسفور في إسطنبول فجر اليوم، وتركوا دباباتهم رافعين أيديهم في الهواء.
وذكر شهود من رويترز أنهم رأوا أنصار الحكومة يعتدون على جنود موالين للانقلاب بعد استسلامهم.
""", [
    ev("loyalists-crush-remnants", "تخوض القوات الموالية للحكومة التركية اليوم السبت معارك", SAT, "'اليوم السبت' = Sat 16 Jul 2016"),
    ev("coup-attempt", "في أعمال العنف التي اندلعت في وقت متأخر أمس الجمعة (15 يوليو تموز)", FRI, "'أمس الجمعة (15 يوليو تموز)' from Sat 16 Jul 2016 = Fri 15 Jul"),
    ev("coup-deaths", "وقُتل أكثر من 90 شخصا", NIGHT[0], "no own expression; killed in the night of Fri 15 / Sat 16 Jul 2016 (my span 15-16 Jul)", end=NIGHT[1]),
    ev("ankara-attacks", "هاجم بعضها مقر المخابرات التركية والبرلمان في أنقرة", NIGHT[0], "no own expression; the attacks on the intelligence headquarters and parliament in the night of Fri 15 / Sat 16 Jul 2016 (my span 15-16 Jul)", end=NIGHT[1]),
    ev("coup-failure", "وانهارت المحاولة الانقلابية", SAT, "no own expression; the collapse in the early hours of Sat 16 Jul 2016 ('مع بزوغ الفجر', 'فجر اليوم')"),
    ev("bridge-surrender", "واستسلم نحو 50 جنديا على أحد جسور مضيق البوسفور في إسطنبول فجر اليوم", SAT, "'فجر اليوم' = the dawn of Sat 16 Jul 2016"),
])
art(S, "https://elmeghar.com/archives/39710",
    SUN, "no date line on the stored page; the body's 'مساء أمس الأول (الجمعة) والساعات الأولى من صباح أمس (السبت)' for the night of Fri 15 / Sat 16 Jul 2016 gives Sun 17 Jul 2016 (17 Jul 2016 was a Sunday); the section tag 'أخبار' and the byline 'الخرطوم/ وكالات – عقيل أحمد ناعم' dropped; headline and sub-heading kept from the page", False, """
تركيا تتنفس الصعداء و"أردوغان" ينتصر بأمر الشعب
بعد فشل المحاولة الانقلابية ومرابطة الجماهير في الشوارع
مرت على تركيا ساعات عصيبة مساء أمس الأول (الجمعة) والساعات الأولى من صباح أمس (السبت)، عقب نزول عدد من ضباط الجيش التركي وجنوده سعيا لإسقاط حكومة حزب الحرية والعدالة بقيادة الرئيس "رجب طيب أردوغان"، إلى أن تمكن الشعب التركي، بعد ظهور "أردوغان" لثوان معدودة عبر تطبيق (فيس تايم) ودعوته الجماهير إلى النزول إلى الشوارع دفاعا عن الديمقراطية، من حسم المعركة لمصلحة الشرعية وإحباط المحاولة الانقلابية التي أُعلن أن على رأسها المستشار القانوني لرئيس هيئة الأركان العقيد "محرم كوسا".
""", [
    ev("coup-attempt", "عقب نزول عدد من ضباط الجيش التركي وجنوده", FRI, "'مساء أمس الأول (الجمعة)' from Sun 17 Jul 2016 = Fri 15 Jul"),
    ev("erdogan-facetime-call", "ظهور \"أردوغان\" لثوان معدودة عبر تطبيق (فيس تايم)", NIGHT[0], "no own expression; his FaceTime call on CNN Turk around midnight of Fri 15 / Sat 16 Jul 2016 (my span 15-16 Jul)", end=NIGHT[1]),
    ev("coup-failure", "وإحباط المحاولة الانقلابية", SAT, "'الساعات الأولى من صباح أمس (السبت)' from Sun 17 Jul 2016 = Sat 16 Jul"),
])
art(S, "http://innfrad.com/News/25/290350/أنصار-إردوغان-يحتشدون-فى-الميادين-العامة-وبمطار-اسطنبول",
    SUN, "no date line on the stored page; the body's 'اليوم الأحد' for the senior official's statement to Reuters and 'الليلة الماضية' for the rallies, with 'مساء الجمعة' for the attempt of Fri 15 Jul 2016, give Sun 17 Jul 2016; headline kept from the page", False, """
أنصار إردوغان يحتشدون فى الميادين العامة وبمطار اسطنبول
تجمع أنصار الرئيس التركي رجب طيب إردوغان في الساحات العامة وفي مطار إسطنبول وأمام القصر الرئاسي الليلة الماضية في مظهر من مظاهر التحدي، بعد أن أدت تحركات الجيش إلى مقتل 265 شخصا وأثارت توقعات بحملة صارمة ضد المعارضين.
وكان جنود متمردون قد استخدموا دبابات ومروحيات هجومية وطائرات مقاتلة في محاولة لإسقاط إردوغان مساء الجمعة، وهاجموا مبنى البرلمان والمخابرات في أنقرة، واستولوا على جسر وطوقوا مطار إسطنبول.
وأكد مسؤول تركي كبير لرويترز اليوم الأحد أن الحكومة استعادت السيطرة في أنحاء البلاد، وإن كانت مجموعات قليلة من منفذي التحركات لا تزال صامدة في إسطنبول، لكنها لم تعد تمثل خطرا.
""", [
    ev("supporters-rally", "تجمع أنصار الرئيس التركي رجب طيب إردوغان في الساحات العامة", SAT, "'الليلة الماضية' from Sun 17 Jul 2016 = the night of Sat 16 / Sun 17 Jul (my span)", end="2016-07-18"),
    ev("coup-deaths", "أدت تحركات الجيش إلى مقتل 265 شخصا", NIGHT[0], "no own expression; the deaths of the night of Fri 15 / Sat 16 Jul 2016 (my span 15-16 Jul)", end=NIGHT[1]),
    ev("coup-attempt", "في محاولة لإسقاط إردوغان مساء الجمعة", FRI, "'مساء الجمعة' = Fri 15 Jul 2016"),
    ev("ankara-attacks", "وهاجموا مبنى البرلمان والمخابرات في أنقرة", NIGHT[0], "no own expression; the attacks of the night of Fri 15 / Sat 16 Jul 2016 (my span 15-16 Jul)", end=NIGHT[1]),
    ev("government-control", "أن الحكومة استعادت السيطرة في أنحاء البلاد", SUN, "'اليوم الأحد' = Sun 17 Jul 2016 (the official's statement)"),
])

# ---------------------------------------------------------------- burkina-kabore-ouster-coup-2022
S = "burkina-kabore-ouster-coup-2022"
MUTINY = "2022-01-23"                      # mutinies and gunfire at army camps in Ouagadougou: Sun 23 Jan 2022
COUP = "2022-01-24"                        # the MPSR announces Kabore's removal on state TV: Mon 24 Jan 2022
SUMMIT = "2022-01-28"                      # ECOWAS virtual extraordinary summit suspends Burkina Faso: Fri 28 Jan 2022
art(S, "http://taqadoum.mr/node/14823",
    COUP, "the page's stamp 'اثنين, 24/01/2022 - 20:14' = Mon 24 Jan 2022, with the body's 'مساء اليوم الاثنين' and 'يوم الاثنين'; the stamp dropped from the text; headline kept from the page; the last sentence, cut in the stored excerpt ('ندد كل من الا'), dropped", True, """
الإطاحة برئيس بوركينا فاسو وحل الحكومة وإغلاق الحدود
أعلن عسكريون مساء اليوم الاثنين أن الرئيس روش كابوري أُطيح به لعجزه عن توحيد الشعب، وأنه جرى تعليق العمل بالدستور وحل الحكومة ومجلس النواب وإغلاق الحدود.
وبث التلفزيون الرسمي بيانا يحمل توقيع المقدم بول هنري سانداوغو داميبا، ورد فيه أن الاستيلاء على السلطة تم دون عنف وأن المعتقلين في مكان آمن.
وصدر البيان باسم كيان لم يُسمع به من قبل، هو الحركة الوطنية للحماية والاستعادة.
وبحسب وكالة رويترز، جاء في البيان أن "الحركة، التي تضم كافة أقسام الجيش، قررت إنهاء منصب الرئيس كابوري اليوم".
واستند البيان إلى تدهور الوضع الأمني وإلى ما وصفه بعجز كابوري عن توحيد الشعب والتصدي بفاعلية للتحديات التي يواجهها.
وجاء بيان الجيش بعد يومين من الارتباك والخوف في العاصمة واغادوغو، حيث أُطلقت نيران كثيفة في معسكرات الجيش يوم الأحد، وطالب الجنود بدعم أكبر في قتالهم ضد المتشددين الإسلاميين.
ولم يُعرف مكان وجود كابوري يوم الاثنين، بعد سماع دوي إطلاق نار كثيف في محيط مقر إقامته خلال الليل.
وكان حزب كابوري قد أعلن في وقت سابق أنه نجا من محاولة اغتيال، من دون أن يقدم تفاصيل.
""", [
    ev("kabore-ouster", "أن الرئيس روش كابوري أُطيح به", COUP, "'مساء اليوم الاثنين' = Mon 24 Jan 2022"),
    ev("constitution-suspended", "جرى تعليق العمل بالدستور", COUP, "'مساء اليوم الاثنين' = Mon 24 Jan 2022 (announced with the ouster)"),
    ev("junta-tv-statement", "وبث التلفزيون الرسمي بيانا", COUP, "no own expression; the statement of the evening of Mon 24 Jan 2022 (the announcement 'مساء اليوم الاثنين')"),
    ev("barracks-mutiny", "أُطلقت نيران كثيفة في معسكرات الجيش يوم الأحد", MUTINY, "'يوم الأحد' before Mon 24 Jan 2022 = Sun 23 Jan"),
    ev("residence-gunfire", "سماع دوي إطلاق نار كثيف في محيط مقر إقامته خلال الليل", MUTINY, "'خلال الليل' before 'يوم الاثنين' = the night of Sun 23 / Mon 24 Jan 2022 (my span)", end="2022-01-25"),
    ev("mpp-assassination-claim", "قد أعلن في وقت سابق أنه نجا من محاولة اغتيال", COUP, "no own expression; the party's statement of Mon 24 Jan 2022, before the army's announcement ('في وقت سابق')"),
])
art(S, "https://djazairess.com/elmassa/210724",
    "2022-01-26", "no date line on the stored page; the body's 'الصور التي بثها التلفزيون البوركينابي سهرة، أول أمس' for the junta's appearance on state television on the evening of Mon 24 Jan 2022 gives Wed 26 Jan 2022 (26 Jan 2022 was a Wednesday); an El Massa report carried by djazairess; headline written from the body (the stored text has none); the last sentence, cut in the stored excerpt ('وتعرف البوركينابيون من'), dropped", False, """
بوركينا فاسو تلتحق بقائمة انقلابات الساحل
أزالت الصور التي بثها التلفزيون البوركينابي سهرة، أول أمس، كل شك في أن ما جرى في واغادوغو لم يكن مجرد تمرد لعسكريين ناقمين على أوضاعهم، بل انقلابا عسكريا فعليا أسقط نظام الرئيس روش كابوري الذي لا يزال مصيره مجهولا إلى حد الآن.
فقد شكّل ظهور 14 ضابطا في صورة جماعية يعلنون فيها استيلاءهم على مقاليد الحكم اللحظة التي أنهت الغموض والتأويلات المرافقة لتطورات الأحداث التي شهدتها عدة ثكنات للجيش البوركينابي في عاصمة البلاد، وأكدت أن عهد الرئيس روك كريستيان كابوري انتهى وأنهم باتوا السلطة الفعلية في البلاد.
وبهذه المعطيات، تكون بوركينا فاسو قد التحقت بقائمة دول الساحل التي استولى فيها قادة الجيش على الحكم بذريعة التذمر من تقاعس الحكومات السياسية في مواجهة الخطر الإرهابي المتصاعد وتهاونها مع آليات القضاء عليه.
ورغم أن القادة الجدد في واغادوغو لم يحددوا مصير الرئيس المخلوع ولا مكان وجوده وآثروا التكتم عليه، فإنهم أعلنوا حل الحكومة وتعليق العمل بالدستور وحل البرلمان وإغلاق حدود البلاد، مع فرض حظر تجول ليلي إلى حين تنصيب السلطة الانتقالية في البلاد باسم الحركة الثورية للإنقاذ وإعادة البناء، التي تضم ممثلين عن جميع مكونات الجيش والأجهزة الأمنية.
""", [
    ev("junta-tv-statement", "أزالت الصور التي بثها التلفزيون البوركينابي سهرة، أول أمس", COUP, "'سهرة، أول أمس' from Wed 26 Jan 2022 = the evening of Mon 24 Jan"),
    ev("kabore-ouster", "انقلابا عسكريا فعليا أسقط نظام الرئيس روش كابوري", COUP, "no own expression; the ouster announced on the evening of Mon 24 Jan 2022 ('أول أمس')"),
    ev("barracks-mutiny", "تطورات الأحداث التي شهدتها عدة ثكنات للجيش البوركينابي", MUTINY, "no own expression; the mutinies in the barracks of Ouagadougou began on Sun 23 Jan 2022 (taqadoum: 'يوم الأحد')"),
    ev("constitution-suspended", "وتعليق العمل بالدستور", COUP, "no own expression; announced with the ouster on Mon 24 Jan 2022"),
    ev("night-curfew", "مع فرض حظر تجول ليلي", COUP, "no own expression; the junta's curfew (21:00-05:00) announced on Mon 24 Jan 2022"),
])
art(S, "https://www.maghress.com/barlamane/946990",
    SUMMIT, "no date line on the stored page; the body's 'يومه الجمعة' for the ECOWAS virtual summit, held on Fri 28 Jan 2022 (euronews 2022/01/28), with 'يوم غد السبت', gives Fri 28 Jan 2022 (28 Jan 2022 was a Friday); a Barlamane report carried by maghress; headline written from the body (the stored text has none)", False, """
إيكواس تعلق عضوية بوركينا فاسو بعد الانقلاب العسكري
قررت المجموعة الاقتصادية لدول غرب إفريقيا (إيكواس)، يومه الجمعة، خلال قمة افتراضية، تعليق عضوية بوركينافاسو في المنظمة إثر الانقلاب العسكري.
ووفق ما أوردته وسائل الإعلام، فقد اتفق رؤساء دول المجموعة الاقتصادية لغرب إفريقيا على الاجتماع في 3 فبراير المقبل في أكرا بغانا لإعادة تقييم الوضع في هذا البلد.
وذكرت المصادر أن إيكواس طالبت بإطلاق سراح الرئيس المخلوع روش مارك كريستيان كابوري، إلى جانب المسؤولين الآخرين المعتقلين.
كما قررت القمة إرسال بعثة إلى واغادوغو يوم غد السبت تمثل رؤساء أركان جيوش بلدان إيكواس، على أن تعقبها بعثة وزارية يوم الاثنين.
""", [
    ev("ecowas-suspension", "يومه الجمعة، خلال قمة افتراضية", SUMMIT, "'يومه الجمعة' = Fri 28 Jan 2022"),
    ev("kabore-ouster", "إثر الانقلاب العسكري", COUP, "no own expression; the coup of Mon 24 Jan 2022"),
    ev("accra-summit", "الاجتماع في 3 فبراير المقبل في أكرا", "2022-02-03", "'3 فبراير المقبل' = Thu 3 Feb 2022"),
    ev("chiefs-of-staff-mission", "إرسال بعثة إلى واغادوغو يوم غد السبت", "2022-01-29", "'يوم غد السبت' from Fri 28 Jan 2022 = Sat 29 Jan"),
    ev("ministerial-mission", "بعثة وزارية يوم الاثنين", "2022-01-31", "'يوم الاثنين' after Sat 29 Jan 2022 = Mon 31 Jan (as planned)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 518
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
