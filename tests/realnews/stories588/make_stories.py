"""Builds stories.jsonl: the 588-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: cabinet reshuffles and new ministers sworn in.
Stories: the seventh reshuffle of Bisher al-Khasawneh's government (Jordan, September 2023), and the first
government of Sheikh Mohammad Sabah al-Salem, the first of Emir Mishal's reign (Kuwait, January 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-khasawneh-seventh-reshuffle-2023
S = "jordan-khasawneh-seventh-reshuffle-2023"
RESHUFFLE = "2023-09-26"                   # royal decree approving the 7th reshuffle and the oath of the new ministers, Tue 26 Sep 2023
FORMED = "2020-10-12"                      # the Khasawneh government was sworn in on Mon 12 Oct 2020 (formed in October 2020)
art(S, "https://ammonnews.net/article/800389",
    "2023-09-26", "date line '26-09-2023 02:31 PM' on the page; the body's 'وافق عليه الملك اليوم' agrees (26 Sep 2023 was a Tuesday); the by-line 'عمون - عبدالله مسمار' dropped; the last, truncated sentence (the list of the departing ministers) shortened to what the headline says ('وزيران يغادران')", True, """
تعديل الخصاونة السابع .. وزيران يغادران ووزيران يعودان و3 لأول مرة واستحداث حقيبة
شمل التعديل الحكومي السابع على حكومة الدكتور بشر الخصاونة، التي بدأت عملها في تشرين الأول 2020، ثماني حقائب وزارية، ودخل بموجبه خمسة وزراء جدد إلى الفريق الحكومي، ثلاثة منهم يتولون الوزارة للمرة الأولى ومن بينهم سيدتان، بينما عاد إليه وزيران سابقان.
والذين يدخلون الوزارة للمرة الأولى هم ناديا عبدالرؤوف الروابدة التي أسندت إليها حقيبة العمل، والمهندسة وسام وليد التهتموني التي أسندت إليها حقيبة النقل، والدكتور مهند أحمد المبيضين الذي عين وزيرا للاتصال الحكومي.
وكانت التهتموني تتولى الأمانة العامة لوزارة النقل منذ عام 2019، في حين أدارت الروابدة سابقا المؤسسة العامة للضمان الاجتماعي ولها صلة وثيقة بوزارة العمل، أما المبيضين فكان عضوا في اللجنة الملكية لتحديث المنظومة السياسية، فضلا عن خبرته الطويلة في الإعلام والعمل العام.
كما أعاد التعديل وزيرين من حكومات سابقة، هما المهندس رائد مظفر أبو السعود وزيرا للمياه والري، وقد تولى الحقيبة نفسها في حكومة الدكتور عمر الرزاز، وحديثة جمال الخريشة وزيرا للشؤون السياسية والبرلمانية، وقد كان وزيرا للشباب في حكومة الدكتور هاني الملقي.
وخرج من الحكومة وزيران في التعديل الذي وافق عليه الملك اليوم.
""", [
    ev("reshuffle-decree", "في التعديل الذي وافق عليه الملك اليوم", RESHUFFLE, "'اليوم' in an article of Tue 26 Sep 2023 (date line)"),
    ev("new-ministers-enter", "ودخل بموجبه خمسة وزراء جدد إلى الفريق الحكومي", RESHUFFLE, "no own expression; the new ministers entered with the reshuffle approved and sworn in on Tue 26 Sep 2023"),
    ev("khasawneh-govt-formed", "التي بدأت عملها في تشرين الأول 2020", FORMED, "'في تشرين الأول 2020' = October 2020; the government was sworn in on Mon 12 Oct 2020 (the day is known from the story, not from this text)"),
    ev("tahtamouni-secretary-general", "وكانت التهتموني تتولى الأمانة العامة لوزارة النقل منذ عام 2019", "2019-01-01", "'منذ عام 2019' = the start of her post in 2019 (the year only)", end="2020-01-01"),
])
art(S, "https://jfranews.com.jo/article/425415",
    "2023-09-26", "no date on the stored page; the body's 'مع أداء الوزراء الجدد اليمين الدستورية أمام الملك اليوم' names the day of the oath, which was Tue 26 Sep 2023 (ammonnews of 26 Sep: 'وافق عليه الملك اليوم'; alkhaleej of Wed 27 Sep: 'أمس الثلاثاء'), so the report was published on Tue 26 Sep 2023; the by-line 'جفرا نيوز - فرح سمحان' dropped; headline written from the body (the stored text has none); the last, truncated sentence shortened; no weekday or date of its own in the text", False, """
الخصاونة يتم تعديله السابع بخمسة أسماء جديدة
مع أداء الوزراء الجدد اليمين الدستورية أمام الملك اليوم، تكون حكومة بشر الخصاونة، وهي في عامها الثالث، قد استكملت سبعة تعديلات وزارية بدخول خمسة أسماء جديدة، إذ بدأت مسيرتها عند تسلم الخصاونة الحكومة أواخر 2020 بـ 31 وزيرا، ثم تجاوز عدد الوزراء الذين تعاقبوا في عهده 50 وزيرا حتى التعديل السادس الذي غادر فيه وزير السياحة نايف الفايز وحل مكانه مكرم القيسي.
وجاء التعديل السابع لافتا ومختلفا، فقد انطلقت شرارته من موقع "جفرا نيوز" بتوقعات تتحدث عن توزير النائبين عمر العياصرة وخير أبو صعيليك، وانتهى من "جفرا" أيضا بأن أيا منهما لن يدخل الحكومة، مع العلم أن التراجع حصل في الساعات الأخيرة.
وتميز التعديل بالتخلي عن فكرة الدمج، إذ فصلت وزارة العمل عن الصناعة والتجارة التي بقيت في عهدة يوسف الشمالي، وتسلمت العمل ناديا الروابدة التي أثير حول اسمها كثير من التساؤلات في البداية قبل أن تتضح الصورة لاحقا، والأمر نفسه حدث مع ماهر أبو السمن الذي احتفظ بحقيبة الأشغال لكن سحبت منه النقل لتتسلمها الأمينة العامة السابقة للوزارة المهندسة وسام التهتموني.
وذهبت وزارة الشؤون السياسية والبرلمانية إلى حديثة الخريشة، العضو السابق في المكتب السياسي لحزب الميثاق، وهو ما فهم على أنه إشراك للأحزاب و"ترضية" غير مباشرة للمنظومة.
""", [
    ev("oath", "مع أداء الوزراء الجدد اليمين الدستورية أمام الملك اليوم", RESHUFFLE, "'اليوم' = the day of the oath, Tue 26 Sep 2023 (the other articles)"),
    ev("khasawneh-govt-formed", "عند تسلم الخصاونة الحكومة أواخر 2020", FORMED, "'أواخر 2020' = the government's start, sworn in on Mon 12 Oct 2020 (known from the story)"),
    ev("mps-dropped", "مع العلم أن التراجع حصل في الساعات الأخيرة", "2023-09-25", "'في الساعات الأخيرة' before the reshuffle: the names of the two MPs were reported on Mon 25 Sep 2023 (the day the ministers put their resignations at the prime minister's disposal) and dropped before the decree of Tue 26 Sep (my span 25-26 Sep)", end="2023-09-27"),
    ev("labour-ministry-split", "إذ فصلت وزارة العمل عن الصناعة والتجارة", RESHUFFLE, "no own expression; part of the reshuffle of Tue 26 Sep 2023"),
])
art(S, "https://www.alkhaleej.ae/2023-09-27/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D8%AA%D8%B9%D8%AF%D9%8A%D9%84-%D8%B3%D8%A7%D8%A8%D8%B9-%D8%B9%D9%84%D9%89-%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%AE%D8%B5%D8%A7%D9%88%D9%86%D8%A9-%D9%8A%D8%B4%D9%85%D9%84-8-%D8%AD%D9%82%D8%A7%D8%A6%D8%A8/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9",
    "2023-09-27", "the page's address carries the date 2023-09-27; the body's 'أمس الثلاثاء' for the royal decree of Tue 26 Sep 2023 agrees (27 Sep 2023 was a Wednesday); the by-line 'عمّان: «الخليج»' dropped; headline rendered from the URL slug; the last, truncated sentence (on Muhannad Mubaideen) dropped", True, """
الأردن: تعديل سابع على حكومة الخصاونة يشمل 8 حقائب
صدرت الإرادة الملكية الأردنية، أمس الثلاثاء، باعتماد التعديل السابع على حكومة بشر الخصاونة، وقد انحصر في ثماني وزارات معظمها خدمية إلى جانب وزارات اقتصادية وسياسية، وارتفع معه عدد الحقائب التي تشغلها نساء إلى سبع بدخول وزيرتين جديدتين.
فقد دخلت الحكومة للمرة الأولى وزيرتان، هما ناديا الروابدة التي تتولى حقيبة العمل بعد فصلها عن «الأشغال العامة والإسكان»، ووسام التهتموني التي تتولى حقيبة النقل بعد فصلها عن «الصناعة والتجارة»، فبلغ عدد الوزيرات في الحكومة سبعا، وهو أعلى رقم في المملكة، وكان قد سُجّل من قبل في حكومة عمر الرزاز عام 2018.
وقدمت الروابدة من رئاسة شركة تطوير وادي عربة الحكومية، وسبق أن أدارت شركة الكهرباء الوطنية ومؤسسة الضمان الاجتماعي، بينما شغلت التهتموني منصب الأمينة العامة لوزارة النقل.
وأبقى التعديل ماهر أبو السمن في وزارة الأشغال العامة والإسكان بعد أن فصلت عنها وزارة العمل، كما أبقى يوسف الشمالي في وزارة الصناعة والتجارة بعد أن فصلت عنها وزارة النقل.
وتضمن التعديل أيضا عودة رائد أبو السعود إلى وزارة المياه التي شغلها في حكومات سابقة، وخروج سلفه محمد النجار الذي تعرض لانتقادات واسعة بسبب تطبيق «التعرفة» الجديدة على الفواتير ومشكلات معالجة مصادر المياه الشحيحة.
""", [
    ev("reshuffle-decree", "صدرت الإرادة الملكية الأردنية، أمس الثلاثاء", RESHUFFLE, "'أمس الثلاثاء' in an article of Wed 27 Sep 2023 = Tue 26 Sep"),
    ev("new-ministers-enter", "فقد دخلت الحكومة للمرة الأولى وزيرتان", RESHUFFLE, "no own expression; the two women ministers entered with the reshuffle of Tue 26 Sep 2023"),
    ev("razzaz-seven-women", "وكان قد سُجّل من قبل في حكومة عمر الرزاز عام 2018", "2018-01-01", "'عام 2018' = the year only (the Razzaz government was formed in June 2018)", end="2019-01-01"),
    ev("labour-ministry-split", "بعد أن فصلت عنها وزارة العمل", RESHUFFLE, "no own expression; part of the reshuffle of Tue 26 Sep 2023"),
    ev("najjar-leaves", "وخروج سلفه محمد النجار", RESHUFFLE, "no own expression; the water minister left with the reshuffle of Tue 26 Sep 2023"),
])

# ---------------------------------------------------------------- kuwait-mohammad-sabah-salem-government-2024
S = "kuwait-mohammad-sabah-salem-government-2024"
DECREE = "2024-01-17"                      # the amiri decree forming the government, Wed 17 Jan 2024
PM_NAMED = "2024-01-04"                    # Sheikh Mohammad Sabah al-Salem named prime minister, Thu 4 Jan 2024
art(S, "https://thenewkhalij.news/index.php/article/311308/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D9%84%D9%8A%D8%B3-%D9%85%D9%86-%D8%A7%D9%84%D8%A3%D8%B3%D8%B1%D8%A9-%D8%A7%D9%84%D8%AD%D8%A7%D9%83%D9%85%D8%A9..-%D8%AA%D8%B4%D9%83%D9%8A%D9%84-%D8%AD%D9%83%D9%88%D9%85%D9%8A-%D8%AC%D8%AF%D9%8A%D8%AF-%D8%A8%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA",
    "2024-01-17", "date line 'الأربعاء 17 يناير 2024 10:11 ص' on the page; the body's 'الأربعاء' agrees; the last, truncated sentence of the list of ministers dropped", True, """
وزير الخارجية ليس من الأسرة الحاكمة.. تشكيل حكومي جديد بالكويت
أعلنت الكويت، الأربعاء، عن تشكيل الحكومة الأولى في عهد أميرها الجديد الشيخ مشعل الأحمد الصباح.
وأبرز ما ميز الحكومة الجديدة تعيين وزير للخارجية من خارج أسرة الحكم، وهي سابقة في تاريخ الإمارة.
ولم تضم التشكيلة الجديدة سوى أربعة وزراء من الحكومة السابقة، هم وزير التربية والتعليم العالي عادل العدواني، ووزير الإعلام والثقافة عبدالرحمن المطيري، ووزير الشؤون الاجتماعية فراس الصباح، ووزير الصحة أحمد العوضي.
وذكرت وكالة الأنباء الكويتية "كونا" أن مرسوما أميريا صدر بتشكيل الحكومة الجديدة برئاسة الشيخ محمد صباح السالم الصباح، وقضى بتعيين عبدالله علي عبدالله اليحيا وزيرا للخارجية، وفهد يوسف سعود الصباح نائبا لرئيس مجلس الوزراء ووزيرا للدفاع ووزيرا للداخلية بالوكالة.
كما قضى بتعيين عماد محمد عبدالعزيز العتيقي نائبا لرئيس مجلس الوزراء ووزيرا للنفط، وعبدالرحمن بداح عبدالرحمن المطيري وزيرا للإعلام والثقافة، وأحمد عبدالوهاب أحمد العوضي وزيرا للصحة، وفراس سعود المالك الصباح وزيرا للشؤون الاجتماعية وشؤون الأسرة والطفولة ووزير دولة لشؤون مجلس الوزراء بالوكالة.
""", [
    ev("government-formed", "أعلنت الكويت، الأربعاء، عن تشكيل الحكومة الأولى", DECREE, "'الأربعاء' = Wed 17 Jan 2024 (date line)"),
    ev("yahya-foreign-minister", "تعيين وزير للخارجية من خارج أسرة الحكم", DECREE, "no own expression; Abdullah al-Yahya was named foreign minister in the decree of Wed 17 Jan 2024"),
    ev("formation-decree", "أن مرسوما أميريا صدر بتشكيل الحكومة الجديدة", DECREE, "no own expression; the amiri decree of Wed 17 Jan 2024 ('الأربعاء')"),
])
art(S, "https://watanserb.com/2024/01/17/%D8%AD%D8%AF%D8%AB-%D9%86%D8%A7%D8%AF%D8%B1-%D9%81%D9%8A-%D8%AA%D8%B4%D9%83%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC/?amp=1",
    "2024-01-17", "no date in the stored text; the page's address carries the date 2024/01/17, the day of the amiri decree forming the government (Wed 17 Jan 2024, thenewkhalij date line), which the text reports as just issued; the text has no weekday or date of its own ('قبل أسبوعين' only); the 'وطن –' opening dropped; headline written from the URL slug (the stored text has none); the last, truncated sentence shortened", False, """
حدث نادر في تشكيل الحكومة الكويتية الجديدة
صدر في الكويت أمر أميري بتشكيل الحكومة الأولى في عهد الأمير الجديد الشيخ مشعل الأحمد الصباح.
وكان أمير الكويت قد كلف قبل أسبوعين الشيخ محمد صباح السالم الصباح بتشكيل الحكومة.
وتضمنت التشكيلة الجديدة تعيين الشيخ فهد اليوسف نائبا لرئيس الوزراء ووزيرا للدفاع ووزيرا للداخلية بالوكالة.
وعين عماد محمد عبد العزيز العتيقي نائبا لرئيس مجلس الوزراء ووزيرا للنفط، في حين أعيدت حقيبة الإعلام والثقافة إلى عبد الرحمن بداح عبد الرحمن المطيري.
وشملت التشكيلة كذلك أحمد عبد الوهاب أحمد العوضي وزيرا للصحة، وفراس سعود المالك الصباح وزيرا للشؤون الاجتماعية وشؤون الأسرة والطفولة ووزير دولة لشؤون مجلس الوزراء بالوكالة.
ويتولى أنور علي عبد الله المضف منصب وزير الدولة للشؤون الاقتصادية والاستثمار، وسالم فلاح مبارك الحجرف حقيبة الكهرباء والماء والطاقة المتجددة إلى جانب وزارة الدولة لشؤون الإسكان.
وأسندت حقيبة شؤون مجلس الأمة والشباب والاتصالات مجددا إلى داود سليمان عبد الرسول معرفي، بينما عين عادل محمد عبد الله العدواني وزيرا للتربية والتعليم العالي والبحث العلمي.
وتولى عبد الله حمد عبد الله الجوعان وزارة التجارة والصناعة، وفيصل سعيد نافل الغريب وزارة العدل.
""", [
    ev("formation-decree", "صدر في الكويت أمر أميري بتشكيل الحكومة الأولى", DECREE, "no own expression; the decree of Wed 17 Jan 2024 (thenewkhalij, gulfobserver 'صدر الأربعاء')"),
    ev("pm-named", "قد كلف قبل أسبوعين الشيخ محمد صباح السالم الصباح بتشكيل الحكومة", PM_NAMED, "'قبل أسبوعين' from Wed 17 Jan 2024 is about 3 Jan; the amiri order naming him was issued on Thu 4 Jan 2024 (known from other reports of the story, not from this text)"),
    ev("government-formed", "وتضمنت التشكيلة الجديدة تعيين الشيخ فهد اليوسف", DECREE, "no own expression; the line-up formed by the decree of Wed 17 Jan 2024"),
])
art(S, "https://gulfobserver.org/essay.php?cid=532&id=35824",
    "2024-01-19", "date line 'في 2024/01/19' on the page (19 Jan 2024 was a Friday); its 'وصدر الأربعاء' refers to the decree of Wed 17 Jan 2024; the 'متابعات-' opening dropped; headline kept from the page; the last, truncated sentence of the minister's statement shortened", True, """
من هو عبدالله اليحيا أول وزير خارجية للكويت من خارج أسرة الصباح؟.. وماذا قال عقب تعيينه؟
في سابقة هي الأولى في تاريخ الكويت، عين عبدالله اليحيا، السفير السابق لدى الأرجنتين، وزيرا للخارجية، وهو منصب ظل حكرا على أبناء الأسرة الحاكمة.
وجاء ذلك في إطار التشكيلة الحكومية الأولى في عهد أمير البلاد الجديد الشيخ مشعل الأحمد الجابر الصباح، الذي يرى أن "الإصلاح والتطوير" هو عنوان المرحلة المقبلة.
وصدر الأربعاء مرسوم أميري بتشكيل الوزارة الجديدة برئاسة الشيخ الدكتور محمد صباح السالم الصباح.
وتضم الحكومة الجديدة 13 وزيرا، ليس بينهم من الأسرة الحاكمة سوى اثنين.
وعبدالله علي عبدالله اليحيا سياسي ودبلوماسي كويتي، يحمل شهادة البكالوريوس في إدارة الأعمال من جامعة ويسترن أوريغون الأمريكية.
وسبق أن عمل سفيرا غير مقيم للكويت لدى الباراغواي، وسفيرا لها لدى الأرجنتين.
كما تولى منصب مساعد وزير الخارجية للشؤون الإدارية والمالية منذ سبتمبر/أيلول 2023.
وفي أول تصريح أدلى به بعد تكليفه بحقيبة الخارجية، شدد اليحيا على أن مواقف الكويت الخارجية ثابتة، مشيرا إلى أنه "سيكمل مسيرة الوزراء السابقين".
""", [
    ev("yahya-foreign-minister", "عين عبدالله اليحيا، السفير السابق لدى الأرجنتين، وزيرا للخارجية", DECREE, "no own expression; named in the decree of Wed 17 Jan 2024 ('وصدر الأربعاء')"),
    ev("formation-decree", "وصدر الأربعاء مرسوم أميري بتشكيل الوزارة الجديدة", DECREE, "'الأربعاء' in an article of Fri 19 Jan 2024 = Wed 17 Jan"),
    ev("yahya-assistant-minister", "كما تولى منصب مساعد وزير الخارجية للشؤون الإدارية والمالية منذ سبتمبر/أيلول 2023", "2023-09-01", "'منذ سبتمبر/أيلول 2023' = the start of the post in September 2023 (the month only)", end="2023-10-01"),
    ev("yahya-first-statement", "وفي أول تصريح أدلى به بعد تكليفه بحقيبة الخارجية", DECREE, "no own expression; his first remarks to the local press (al-Qabas) right after his appointment on Wed 17 Jan 2024; a report on Thu 18 Jan cannot be excluded (my span 17-18 Jan)", end="2024-01-19"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 588
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
