"""Builds stories.jsonl: the 500-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: openings of large infrastructure projects (metro lines,
solar plants, ports, airports, highways: inauguration dates, trial runs, delays, first passengers).
Stories: the launch of the Tanger Med 2 port, put off from Thursday to Friday (Morocco, June 2019); the first
flight from the new T4 terminal of Kuwait International Airport, to Bahrain (Kuwait/Bahrain, August 2018); the
trial operation of the new King Abdulaziz International Airport in Jeddah (Saudi Arabia, May 2018); the
passenger trial of the last five Giza stations of Cairo Metro Line 3 (Egypt, May 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-tanger-med-2-launch-2019
S = "morocco-tanger-med-2-launch-2019"
PLANNED = "2019-06-27"                     # the launch was first set for Thu 27 Jun 2019 (the king was expected)
LAUNCH = "2019-06-28"                      # held on Fri 28 Jun 2019, the crown prince representing the king
PREP = ("2019-06-26", "2019-06-29")        # preparations in Tangier under way from Wed 26 Jun (assahifa) until the launch
art(S, "https://maghress.com/assahifa/7554",
    "2019-06-26", "no date line on the stored page (an Assahifa report carried by maghress); the body's 'يوم غد الخميس' for the king's expected arrival to launch the port, which was expected on Thu 27 Jun 2019 (sahafatbladi of Fri 28: 'كان منتظرا أن يدشن ... أمس الخميس 27/06/2019'), gives Wed 26 Jun 2019 (26 Jun 2019 was a Wednesday); headline written from the body (the stored text has none)", False, """
الملك يحل بطنجة غدا لإعطاء انطلاقة ميناء طنجة المتوسط 2
من المنتظر أن يصل الملك محمد السادس إلى مدينة طنجة يوم غد الخميس، ليعطي انطلاقة اشتغال ميناء طنجة المتوسط 2 بعد أن انتهت أشغال إنجازه كليا.
وتجري حاليا في مدينة طنجة تحضيرات لاستقبال العاهل، إذ رفعت الأعلام الوطنية في شوارعها الكبرى، وجرى تبليط الممرات وطلاء حواشي الأرصفة.
ووفق ما أفادت به مصادر "الصحيفة"، سيدشن الملك الميناء المتوسطي 2، فضلا عن مشاريع تنموية أخرى في طنجة والجهة خلال الأيام والأسابيع المقبلة.
ويقع ميناء طنجة المتوسط 2 بجوار ميناء طنجة المتوسط 1، وقد انطلقت أشغال بنائه مباشرة عقب افتتاح الميناء الأول في سنة 2007، ويرتقب أن ترتفع بفضله قدرة الميناء المتوسطي على معالجة الحاويات إلى 9 ملايين حاوية في السنة عوض 3,5 ملايين حاوية، وهي كامل قدرة طنجة المتوسط 1.
وسيجعل بدء نشاط طنجة المتوسط 2 الميناء المتوسطي في مجمله أكبر ميناء لمعالجة الحاويات في البحر الأبيض المتوسط، متقدما على ميناء الجزيرة الخضراء الإسباني الذي تبلغ قدرته 5 ملايين حاوية في السنة.
ويتزامن افتتاح الميناء مع قرب عودة أفراد الجالية المغربية إلى أرض الوطن، وسيسهم تشغيله في تيسير حركة العبور أكثر.
""", [
    ev("launch-planned-thursday", "ليعطي انطلاقة اشتغال ميناء طنجة المتوسط 2", PLANNED, "'يوم غد الخميس' from Wed 26 Jun 2019 = Thu 27 Jun, the day first set for the launch (it was put off to Fri 28 Jun, key tanger-med-2-launch)"),
    ev("tangier-preparations", "وتجري حاليا في مدينة طنجة تحضيرات لاستقبال العاهل", PREP[0], "'حاليا' = under way on Wed 26 Jun 2019, the day of the report, and until the launch (tanjanews of Sat 29: preparations 'منذ يوم الخميس المنصرم'); my span 26 - 28 Jun", end=PREP[1]),
    ev("tanger-med-1-opening", "عقب افتتاح الميناء الأول في سنة 2007", "2007-07-01", "'في سنة 2007' (the year only in the text); Tanger Med 1 entered service in July 2007 (saharaoriginal.com: 'دخل حيز الاشتغال في يوليوز 2007'; al-ain.com: 'دخوله حيز الخدمة في يوليو 2007'), so the month of July 2007", end="2007-08-01"),
])
art(S, "https://sahafatbladi.com/14704/2019/06/28",
    "2019-06-28", "no date line in the stored excerpt; the URL's /2019/06/28 and the body's 'يومه الجمعة 28/06/2019' ('this day, Friday') and 'قبل قليل' for the launch of Fri 28 Jun 2019 give Fri 28 Jun 2019 (28 Jun 2019 was a Friday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
ولي العهد يدشن ميناء طنجة المتوسط 2 بعد تأجيله يوما
بعدما كان مرتقبا أن يدشن العاهل المغربي محمد السادس، أمس الخميس 27/06/2019، الميناء المتوسطي "ميد 2" بمدينة طنجة، تقرر إرجاء هذا الحدث البارز إلى يومه الجمعة 28/06/2019 لأسباب تقنية.
وقبل قليل من عشية يومه الجمعة 28/06/2019، تولى ولي العهد المغربي الأمير "مولاي الحسن"، نيابة عن والده "محمد السادس"، تدشين هذا المشروع الضخم الذي سيرفع من تنافسية الاقتصاد المغربي عبر زيادة الصادرات الوطنية.
ومن شأن المشروع أن يقوي الدور الإقليمي للمملكة، إذ سيتيح للدول الإفريقية التي لا تطل على البحر تصدير منتجاتها واستيراد حاجاتها، تكريسا للعلاقات الأخوية التي نسجها المغرب مع دول إفريقيا جنوب الصحراء في إطار شراكات رابح / رابح.
وبلغ مجموع الاستثمارات العمومية والخاصة 25 مليار درهم مغربي، خصص منها 14 مليار درهم للبنيات التحتية لميناء طنجة المتوسطي 2 وحدها، وهو ميناء يضم محطتين للحاويات ويعد من بين أكبر 15 محطة للحاويات في العالم بشهادة كبريات شركات النقل البحري.
وقد انتقلت طاقته الاستيعابية من ثلاثة ملايين حاوية إلى تسعة ملايين حاوية بعد تدشين الميناء الجديد.
""", [
    ev("launch-planned-thursday", "أن يدشن العاهل المغربي محمد السادس، أمس الخميس 27/06/2019", PLANNED, "'أمس الخميس 27/06/2019' = Thu 27 Jun 2019, the day the launch had been expected"),
    ev("launch-postponed", "تقرر إرجاء هذا الحدث البارز", "2019-06-26", "no own expression; the launch was put off after Wed 26 Jun (assahifa still announced it for Thursday) and before the Friday ceremony; the texts give no day for the decision (my span 26 - 27 Jun)", end=LAUNCH),
    ev("tanger-med-2-launch", "تولى ولي العهد المغربي الأمير \"مولاي الحسن\"، نيابة عن والده", LAUNCH, "'قبل قليل من عشية يومه الجمعة 28/06/2019' = Fri 28 Jun 2019, late afternoon"),
])
art(S, "https://tanjanews.com/57363.html",
    "2019-06-29", "no date line on the stored page; the body's 'مساء اليوم السبت' for the king's arrival and 'أمس الجمعة' for the launch of Fri 28 Jun 2019 (sahafatbladi) give Sat 29 Jun 2019 (29 Jun 2019 was a Saturday); the 'قد يعجبك ايضا' links dropped; headline kept from the page", False, """
الملك يحل بمطار طنجة ويتوجه إلى المضيق
وصل الملك محمد السادس إلى مطار ابن بطوطة في طنجة مساء اليوم السبت، وانتقل مباشرة إلى مقر إقامته في المضيق، حيث دأب على قضاء عطلته الصيفية.
وكانت التحضيرات لاستقبال جلالة الملك جارية في طنجة منذ يوم الخميس المنصرم، ثم أرجئ موعد الزيارة، في حين ناب ولي العهد مولاي الحسن عن جلالة الملك في حفل تدشين ميناء طنجة المتوسط 2 أمس الجمعة.
""", [
    ev("king-arrives-tangier", "وصل الملك محمد السادس إلى مطار ابن بطوطة في طنجة مساء اليوم السبت", "2019-06-29", "'مساء اليوم السبت' = the evening of Sat 29 Jun 2019"),
    ev("tangier-preparations", "وكانت التحضيرات لاستقبال جلالة الملك جارية في طنجة", PREP[0], "'منذ يوم الخميس المنصرم' = from Thu 27 Jun in this text, but assahifa already reports them on Wed 26 Jun; my span 26 - 28 Jun, until the launch", end=PREP[1]),
    ev("royal-visit-postponed", "ثم أرجئ موعد الزيارة", PLANNED, "no own expression; the visit expected for Thu 27 Jun 2019 was put off, the king came only on Sat 29 Jun; the day of the decision is not given (my span 27 - 28 Jun)", end="2019-06-29"),
    ev("tanger-med-2-launch", "في حفل تدشين ميناء طنجة المتوسط 2 أمس الجمعة", LAUNCH, "'أمس الجمعة' from Sat 29 Jun 2019 = Fri 28 Jun"),
])

# ---------------------------------------------------------------- kuwait-airport-t4-first-flight-bahrain-2018
S = "kuwait-airport-t4-first-flight-bahrain-2018"
FLIGHT = "2018-08-08"                      # Kuwait Airways' first flight from T4 landed in Bahrain on Wed 8 Aug 2018, starting the trial operation
art(S, "https://www.aljarida.com/articles/1533493418984355900/amp",
    "2018-08-05", "no date line on the stored page; the body's 'اليوم الأحد' for the Bahraini transport minister's statement, made when he received the Kuwaiti ambassador to prepare the first T4 flight set for 'يوم الاربعاء الموافق 8 أغسطس الجاري' (alraimedia), gives Sun 5 Aug 2018 (5 Aug 2018 was a Sunday; the article id 1533493418... is the Unix time of 5 Aug 2018, 18:23 UTC); headline written from the body (the stored text has none); the 'Ad' marker and the truncated last sentence dropped", False, """
وزير المواصلات البحريني: مبنى الركاب الجديد T4 في مطار الكويت نقلة نوعية
صرح وزير المواصلات والاتصالات البحريني المهندس كمال بن أحمد اليوم الأحد بأن مبنى الركاب الجديد (T4) في مطار الكويت الدولي يشكل نقلة نوعية في خدمات منظومة النقل الجوي الكويتية.
وفي تصريح صحفي أوردته وكالة الأنباء البحرينية (بنا)، قدم بن أحمد، خلال استقباله عميد السلك الدبلوماسي سفير الكويت لدى البحرين الشيخ عزام الصباح، التهنئة إلى سمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح وسمو ولي العهد وسمو رئيس مجلس الوزراء بمناسبة التشغيل التجريبي لمشروع مطار الكويت.
وأشاد بدعم القيادة السياسية الكويتية لمشروع المطار الجديد ومتابعتها له حتى تحقق هذا الإنجاز الكبير، مبديا سروره بأن تسير شركة الخطوط الجوية الكويتية أولى رحلاتها من المبنى الجديد إلى مطار البحرين.
ومن جهته، عبر الشيخ عزام الصباح في تصريح مماثل عن ارتياحه لهذا الحدث التاريخي الذي ستضيف به الكويت إنجازا حضاريا جديدا.
ولفت إلى أن الإطلاق التجريبي يبرهن على عمق العلاقات المتميزة والراسخة بين البلدين الشقيقين، ويعكس المكانة الخاصة التي تحظى بها مملكة البحرين لدى الكويت قيادة وشعبا.
""", [
    ev("ben-ahmed-statement", "صرح وزير المواصلات والاتصالات البحريني المهندس كمال بن أحمد اليوم الأحد", "2018-08-05", "'اليوم الأحد' = Sun 5 Aug 2018"),
    ev("ambassador-meeting", "خلال استقباله عميد السلك الدبلوماسي سفير الكويت لدى البحرين الشيخ عزام الصباح", "2018-08-05", "no own expression; the statement was made during this meeting, on Sun 5 Aug 2018"),
    ev("t4-trial-operation", "بمناسبة التشغيل التجريبي لمشروع مطار الكويت", FLIGHT, "no own expression; the trial operation of T4 began with the first flight, to Bahrain, on Wed 8 Aug 2018 (alummahnews, albiladpress)"),
    ev("first-flight-bahrain", "بأن تسير شركة الخطوط الجوية الكويتية أولى رحلاتها من المبنى الجديد إلى مطار البحرين", FLIGHT, "no own expression; the flight landed in Bahrain on Wed 8 Aug 2018 (alummahnews 'اليوم الاربعاء', albiladpress 'صباح أمس')"),
])
art(S, "https://alummahnews.com/?p=511934",
    "2018-08-08", "no date line on the stored page; the body (a KUNA report) has 'اليوم الاربعاء' for the Bahraini finance minister's congratulations on the arrival of the first T4 flight, which landed on Wed 8 Aug 2018 (alraimedia: 'يوم الاربعاء الموافق 8 أغسطس الجاري'; albiladpress of Thu 9 Aug: 'صباح أمس'), so Wed 8 Aug 2018 (8 Aug 2018 was a Wednesday); the section tags dropped; headline kept from the page; the truncated last sentence dropped", False, """
وزير المالية البحريني يهنئ القيادة السياسية بمناسبة التشغيل التجريبي لمبنى المسافرين "T4"
(كونا) - قدم وزير المالية البحريني الشيخ أحمد بن محمد اليوم الاربعاء التهنئة إلى صاحب السمو أمير دولة الكويت الشيخ صباح الأحمد الجابر الصباح حفظه الله ورعاه، وولي عهده الأمين الشيخ نواف الأحمد الجابر الصباح، ورئيس مجلس الوزراء الشيخ جابر المبارك الحمد الصباح، لمناسبة البدء في التشغيل التجريبي لمبنى المسافرين الجديد (تي4) في مطار الكويت الدولي.
وفي تصريح صحفي أدلى به إثر وصول الطائرة الكويتية إلى مملكة البحرين، شدد بن محمد على عمق العلاقات المتميزة بين البحرين والكويت ومستوى التعاون القائم بينهما، وعلى حرص قيادتي البلدين وحكومتيهما على تعزيز هذه العلاقات وتوطيد التعاون ثنائيا وخليجيا.
بدوره، نوه وزير المواصلات والاتصالات البحريني المهندس كمال بن أحمد بالتطور التنموي المتسارع الذي تعرفه الكويت، ولا سيما في صناعة الطيران.
وأوضح بن أحمد أن اختيار البحرين أولى محطات الخطوط الجوية الكويتية المغادرة من مبنى المسافرين الجديد (تي4) في الكويت دليل ثابت على عمق العلاقات والروابط التاريخية بين البلدين الشقيقين ومتانة التعاون بينهما.
""", [
    ev("bin-mohammed-congratulates", "قدم وزير المالية البحريني الشيخ أحمد بن محمد اليوم الاربعاء التهنئة", FLIGHT, "'اليوم الاربعاء' = Wed 8 Aug 2018"),
    ev("t4-trial-operation", "البدء في التشغيل التجريبي لمبنى المسافرين الجديد (تي4)", FLIGHT, "no own expression; the trial operation began with the first flight of Wed 8 Aug 2018"),
    ev("first-flight-bahrain", "إثر وصول الطائرة الكويتية إلى مملكة البحرين", FLIGHT, "no own expression; the arrival of the first T4 flight in Bahrain, Wed 8 Aug 2018 (the statement was made 'اليوم الاربعاء' just after it)"),
    ev("ben-ahmed-flight-remarks", "نوه وزير المواصلات والاتصالات البحريني المهندس كمال بن أحمد", FLIGHT, "no own expression; his remarks on the arrival of the flight, Wed 8 Aug 2018 (not his statement of Sun 5 Aug, key ben-ahmed-statement)"),
])
art(S, "http://www.albiladpress.com/newspaper/3586/513546.html",
    "2018-08-09", "no date line on the stored page (print issue 3586 of Al Bilad); the body's 'صباح أمس' for the landing of the first T4 flight, which landed on Wed 8 Aug 2018 (alummahnews 'اليوم الاربعاء'; alraimedia: the flight was set for 8 am on Wed 8 Aug), gives Thu 9 Aug 2018; the font-size buttons dropped; headline kept from the page; the truncated last sentence dropped", False, """
المملكة تستقبل أول رحلة للخطوط الكويتية من مبنى المسافرين الكويتي "تي 4"
حطت في البحرين صباح أمس أولى رحلات الخطوط الجوية الكويتية المنطلقة من مبنى المسافرين الجديد "تي 4" في مطار الكويت الدولي، واستقبل وزير المالية الشيخ أحمد بن محمد آل خليفة في مطار البحرين الدولي وزير المالية الكويتي نايف الحجرف والوفد الكويتي الذي يزور المملكة بهذه المناسبة.
وحضر الاستقبال كذلك وزير المواصلات والاتصالات رئيس مجلس إدارة مجموعة طيران الخليج القابضة كمال بن أحمد، وعميد السلك الدبلوماسي سفير دولة الكويت الشقيقة لدى المملكة الشيخ عزام مبارك الصباح، وعدد من المسؤولين.
ورحب الشيخ أحمد بن محمد آل خليفة بوزير المالية الكويتي ومرافقيه في بلدهم البحرين، ووجه التهنئة إلى صاحب السمو الأمير الشيخ صباح الأحمد وسمو ولي العهد الشيخ نواف الأحمد وسمو رئيس مجلس الوزراء الشيخ جابر المبارك بهذه المناسبة التاريخية، وهي بدء التشغيل التجريبي لمبنى المسافرين الجديد "تي 4" في مطار الكويت الدولي المخصص لشركة الخطوط الجوية الكويتية والشركات التابعة لها، بما يطور منظومة النقل الجوي في الكويت.
""", [
    ev("first-flight-bahrain", "حطت في البحرين صباح أمس أولى رحلات الخطوط الجوية الكويتية", FLIGHT, "'صباح أمس' from Thu 9 Aug 2018 = the morning of Wed 8 Aug"),
    ev("hajraf-delegation-received", "واستقبل وزير المالية الشيخ أحمد بن محمد آل خليفة في مطار البحرين الدولي وزير المالية الكويتي", FLIGHT, "no own expression; the delegation came on the flight, Wed 8 Aug 2018"),
    ev("bin-mohammed-congratulates", "ووجه التهنئة إلى صاحب السمو الأمير الشيخ صباح الأحمد", FLIGHT, "no own expression; at the reception of Wed 8 Aug 2018 (alummahnews 'اليوم الاربعاء')"),
    ev("t4-trial-operation", "وهي بدء التشغيل التجريبي لمبنى المسافرين الجديد \"تي 4\"", FLIGHT, "no own expression; the trial operation began with this flight, Wed 8 Aug 2018"),
])

# ---------------------------------------------------------------- saudi-jeddah-new-airport-trial-2018
S = "saudi-jeddah-new-airport-trial-2018"
TRIAL = "2018-05-29"                       # the trial operation of the new Jeddah airport (Terminal 1) began on Tue 29 May 2018 with a flight on the Qurayyat route
art(S, "https://www.alalam.ir/news/3584426/السعودية--بدء-أولى-الرحلات-الداخلية-من-مطار-جدة-الجديد",
    "2018-05-26", "the page's time stamp 'السبت ٢٦ مايو ٢٠١٨ ٠٦:٣٩ بتوقيت غرينتش' (not kept in the text); 'الثلاثاء المقبل' = Tue 29 May 2018 agrees (okaz and alqiyady of Tue 29 May: trial starting 'اليوم'); the site's code '106-10' and the news ticker dropped; headline kept from the page", True, """
السعودية.. بدء أولى الرحلات الداخلية من مطار جدة الجديد
حددت هيئة الطيران المدني في السعودية الثلاثاء المقبل موعدا لانطلاق أولى الرحلات من مطار الملك عبدالعزيز الجديد في جدة، ضمن خطة لتشغيل المطار تجريبيا برحلات محدودة.
وأفادت مصادر لصحيفة "سبق" بأن أولى الرحلات ستتجه إلى "القريات" على متن الخطوط السعودية، على أن تقلع الطائرة فجر الثلاثاء المقبل، وقد فتحت جميع الطرق والجسور المؤدية إلى المطار الجديد.
وذكرت مصادر إعلامية أن 6 منصات فقط ستشغل لإنهاء إجراءات سفر الركاب المغادرين على بعض الرحلات الداخلية من المطار الجديد خلال الفترة التجريبية.
وكانت "سبق" قد نشرت في وقت سابق خبرا عن تشغيل المطار، أوردت فيه أن الهيئة العامة للطيران المدني ستتولى تشغيله تجريبيا إلى أن تطرح منافسة إدارته وتشغيله على الشركات، وذلك بعد إلغاء الاتفاقية المبرمة مع التحالف الذي يضم شركة مطارات "شانغي" الدولية والشركة السعودية للمساندة البحرية لإدارة المطار وتشغيله.
""", [
    ev("trial-start", "موعدا لانطلاق أولى الرحلات من مطار الملك عبدالعزيز الجديد في جدة", TRIAL, "'الثلاثاء المقبل' from Sat 26 May 2018 = Tue 29 May"),
    ev("first-flight-qurayyat", "على أن تقلع الطائرة فجر الثلاثاء المقبل", TRIAL, "'فجر الثلاثاء المقبل' from Sat 26 May 2018 = the dawn of Tue 29 May"),
    ev("trial-period", "خلال الفترة التجريبية", TRIAL, "no own expression; the trial period from Tue 29 May 2018 until the full operation planned for early 2019 (okaz: 'مطلع العام 2019'); my span 29 May 2018 - 31 Dec 2018", end="2019-01-01"),
])
art(S, "https://okaz.com.sa/local/na/1644922",
    "2018-05-29", "no date line on the stored page; the body's 'أمس (الإثنين)' for the meeting and 'اليوم (الثلاثاء)' for the start of the trial operation, which began on Tue 29 May 2018 (alqiyady, dated Tue 29 May 2018: 'بدأ اليوم الثلاثاء'), give Tue 29 May 2018 (29 May 2018 was a Tuesday); headline written from the body (the stored text has none); the repeated paragraph dropped", False, """
أمير مكة يطلع على خطة التشغيل التجريبي لمطار جدة الجديد
استقبل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة الأمير خالد الفيصل، ونائبه الأمير عبدالله بن بندر، أمس (الإثنين) في مقر الإمارة بجدة، وزير النقل الدكتور نبيل العامودي يرافقه رئيس هيئة الطيران المدني عبدالحكيم التميمي.
واطلع أمير منطقة مكة ونائبه خلال اللقاء على خطة هيئة الطيران المدني للتشغيل التجريبي لمطار الملك عبدالعزيز الدولي الجديد، الذي ينطلق اليوم (الثلاثاء) برحلة قادمة من محافظة القريات.
وبحسب الخطة، ستستقبل الرحلات في الأسبوع الأول عبر بوابتين، ثم يرتفع عدد الرحلات تدريجيا لتمر عبر 6 بوابات في الأسبوع الذي يليه، ثم 11 بوابة في أغسطس، و17 بوابة بداية سبتمبر القادم، بينما يكون التشغيل الكامل للرحلات المحلية والدولية مطلع العام 2019.
""", [
    ev("khalid-faisal-meets-minister", "استقبل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة الأمير خالد الفيصل", "2018-05-28", "'أمس (الإثنين)' from Tue 29 May 2018 = Mon 28 May"),
    ev("trial-start", "الذي ينطلق اليوم (الثلاثاء)", TRIAL, "'اليوم (الثلاثاء)' = Tue 29 May 2018"),
    ev("first-flight-qurayyat", "برحلة قادمة من محافظة القريات", TRIAL, "no own expression; the first flight on the Qurayyat route on Tue 29 May 2018 (here said to come from al-Qurayyat, in alalam and alqiyady to go to it)"),
    ev("two-gates-first-week", "ستستقبل الرحلات في الأسبوع الأول عبر بوابتين", TRIAL, "'في الأسبوع الأول' = the first week of the trial, Tue 29 May - Mon 4 Jun 2018", end="2018-06-05"),
    ev("six-gates-second-week", "لتمر عبر 6 بوابات في الأسبوع الذي يليه", "2018-06-05", "'في الأسبوع الذي يليه' = the second week of the trial, Tue 5 - Mon 11 Jun 2018", end="2018-06-12"),
    ev("full-operation-planned", "بينما يكون التشغيل الكامل للرحلات المحلية والدولية مطلع العام 2019", "2019-01-01", "'مطلع العام 2019' = early 2019; Okaz elsewhere gives January - March 2019 for the full operation (my span Jan - Mar 2019; a plan, not an event that took place then)", end="2019-04-01"),
])
art(S, "https://www.alqiyady.com/amp/بدء-التشغيل-التجريبي-لمطار-الملك-عبدالعزيز-بجدة-287046.html",
    "2018-05-29", "the page's date line 'تاريخ النشر: الثلاثاء، 29 مايو 2018' (not kept in the text); the body's 'اليوم الثلاثاء' agrees; the related-article links, the video notice and the 'قد يعجبك' link dropped; headline kept from the page", True, """
بدء التشغيل التجريبي لمطار الملك عبدالعزيز بجدة
انطلق اليوم الثلاثاء التشغيل التجريبي لمطار الملك عبدالعزيز الدولي في مدينة جدة، وفق ما أعلنته هيئة الطيران المدني السعودية.
وأوضحت الهيئة في بيانها أن أول رحلة داخلية أقلعت من صالة 1 في المطار الجديد متجهة إلى محافظة القريات.
ويستمد مطار الملك عبدالعزيز الدولي أهميته من كونه المطار الرئيسي الذي يستقبل الحجاج والمعتمرين القادمين من شتى أنحاء العالم.
وتبلغ مساحة المطار الجديد 105 كم2، وقد روعي في تصميمه أن يوسع لاحقا لترتفع طاقته الاستيعابية إلى 80 مليون مسافر سنويًا.
والمطار الجديد مستقل عن مطار الملك عبدالعزيز الدولي الحالي.
""", [
    ev("trial-start", "انطلق اليوم الثلاثاء التشغيل التجريبي", TRIAL, "'اليوم الثلاثاء' = Tue 29 May 2018"),
    ev("gaca-statement", "وفق ما أعلنته هيئة الطيران المدني السعودية", TRIAL, "no own expression; the authority's statement on the start of the trial, Tue 29 May 2018"),
    ev("first-flight-qurayyat", "أن أول رحلة داخلية أقلعت من صالة 1 في المطار الجديد", TRIAL, "no own expression; the first flight, to al-Qurayyat, on Tue 29 May 2018 (alalam: 'فجر الثلاثاء المقبل')"),
])

# ---------------------------------------------------------------- egypt-cairo-metro-line3-giza-stations-2024
S = "egypt-cairo-metro-line3-giza-stations-2024"
START = "2024-05-15"                       # passenger trial of Tawfikia - Cairo University (5 stations) from Wed 15 May 2024
DRY = ("2023-12-31", "2024-05-11")         # trial runs without passengers: under way by 31 Dec 2023 (the24.net), over by Sat 11 May 2024
art(S, "https://youm7.com/story/2024/5/11/تشغيل-5-محطات-مترو-جديدة-تجريبى-بالركاب-الأربعاء-إنفوجراف/6572003",
    "2024-05-11", "no date line in the stored excerpt; the URL's /2024/5/11 gives Sat 11 May 2024, which agrees with 'الأربعاء القادم' for Wed 15 May 2024 (the Wednesday after a Saturday); headline taken from the URL slug; no date of its own in the text beyond the announced day", False, """
تشغيل 5 محطات مترو جديدة تجريبى بالركاب الأربعاء.. إنفوجراف
أعلن وزير النقل الفريق مهندس كامل الوزير أن التشغيل التجريبي بالركاب يبدأ اعتبارًا من صباح الأربعاء الموافق 15 مايو 2024 في الجزء الثالث من المرحلة الثالثة من الخط الثالث، الذي يمتد 7.1 كيلومترات من محطة التوفيقية إلى جامعة القاهرة، مرورا بشارع وادي النيل وجامعة الدول العربية وبولاق الدكرور.
ويضم هذا الجزء 5 محطـات، منها 3 محطات نفقية هي التوفيقية ووادي النيل وجامعة الدول، ومحطة سطحية هي بولاق الدكرور، ومحطة علوية هي جامعة القاهرة، ويأتي ذلك بعد أن انتهت بنجاح فترة التشغيل التجريبي دون ركاب لهذا الجزء.
وتدخل 5 محطات مترو جديدة الخدمة الأربعاء القادم، إذ تستقبل محطات التوفيقية ووادي النيل وجامعة الدول وبولاق الدكرور وجامعة القاهرة الركاب بعد نجاح التشغيل التجريبي بدون جمهور، وبذلك تكتمل مراحل الخط الثالث للمترو من السلام حتى الكيت كات، ثم يتفرع شمالا إلى محور روض الفرج وجنوبا إلى جامعة القاهرة.
""", [
    ev("wazir-announcement", "أعلن وزير النقل الفريق مهندس كامل الوزير", "2024-05-10", "no own expression; announced by the time of this report of Sat 11 May 2024; the day is not given (my span Fri 10 - Sat 11 May)", end="2024-05-12"),
    ev("passenger-trial-start", "يبدأ اعتبارًا من صباح الأربعاء الموافق 15 مايو 2024", START, "'صباح الأربعاء الموافق 15 مايو 2024' = Wed 15 May 2024"),
    ev("dry-trial", "بعد أن انتهت بنجاح فترة التشغيل التجريبي دون ركاب", DRY[0], "no own expression; the runs without passengers were under way on 31 Dec 2023 (the24.net) and over by this report of Sat 11 May 2024 (my span 31 Dec 2023 - 10 May 2024)", end=DRY[1]),
])
art(S, "https://aleqaria.com.eg/post/details/199999/بدء-تشغيل-5-محطات-جديدة-في-مترو-الأنفاق-لتخفيف-الزحام-بالقاهرة",
    "2024-05-15", "no date line on the stored page; the body's 'اليوم الاربعاء' for the start of the passenger trial, which began on Wed 15 May 2024 (youm7 of Sat 11 May: 'صباح الأربعاء الموافق 15 مايو 2024'; parlmany of Thu 16 May: 'صباح أمس الأربعاء'), gives Wed 15 May 2024 (15 May 2024 was a Wednesday); headline taken from the URL slug; the repeated last paragraph dropped", False, """
بدء تشغيل 5 محطات جديدة في مترو الأنفاق لتخفيف الزحام بالقاهرة
تبدأ وزارة النقل، اليوم الاربعاء، التشغيل التجريبي بالركاب لـ 5 محطات مترو جديدة، هي محطات الجزء الثالث من المرحلة الثالثة من الخط الثالث، الواقعة في نطاق محافظة الجيزة بمناطق العجوزة والدقي والمهندسين وبولاق الدكرور.
ويمتد هذا الجزء الأخير المقرر تشغيله 7.1 كيلومترات، من محطة التوفيقية حتى جامعة القاهرة عبر شارع وادي النيل وجامعة الدول العربية وبولاق الدكرور، ويضم 5 محطـات: 3 نفقية (التوفيقية - وادي النيل - جامعة الدول)، ومحطة سطحية هي بولاق الدكرور، ومحطة علوية هي جامعة القاهرة، وذلك بعدما انتهت بنجاح فترة التشغيل التجريبي من غير ركاب لهذا الجزء.
وتفتح محطات "التوفيقية ووادي النيل وجامعة الدول وبولاق الدكرور وجامعة القاهرة" أبوابها للركاب عقب نجاح التشغيل التجريبي دون جمهور، لتكتمل بذلك مراحل إنشاء الخط الثالث للمترو من السلام إلى الكيت كات، ثم يتفرع شمالا حتى محور روض الفرج وجنوبا حتى جامعة القاهرة.
""", [
    ev("passenger-trial-start", "تبدأ وزارة النقل، اليوم الاربعاء، التشغيل التجريبي بالركاب", START, "'اليوم الاربعاء' = Wed 15 May 2024"),
    ev("dry-trial", "بعدما انتهت بنجاح فترة التشغيل التجريبي من غير ركاب", DRY[0], "no own expression; under way on 31 Dec 2023 (the24.net) and over by Sat 11 May 2024 (youm7); my span 31 Dec 2023 - 10 May 2024", end=DRY[1]),
    ev("stations-open-to-passengers", "أبوابها للركاب عقب نجاح التشغيل التجريبي دون جمهور", START, "no own expression; the five stations took their first passengers on Wed 15 May 2024, the day of the report"),
])
art(S, "https://parlmany.youm7.com/story/2024/5/16/زحام-بثانى-محطة-تبادلية-بين-الخطين-الثالث-والثانى-للمترو-صور/6577742",
    "2024-05-16", "the page's date line 'الخميس، 16 مايو 2024 12:00 م' (not kept in the text); 'صباح أمس الأربعاء' for the start of Wed 15 May 2024 agrees; the author line and comment links dropped; headline kept from the page; the truncated last sentence shortened", True, """
زحام بثانى محطة تبادلية بين الخطين الثالث والثانى للمترو.. صور
شهدت محطة مترو جامعة القاهرة، ضمن الجزء الثالث من المرحلة الثالثة للخط الثالث للمترو الذي بدأ تشغيله تجريبيا بالركاب صباح أمس، إقبالا كثيفا، لكونها صارت محطة تبادلية ينتقل فيها الركاب بين الخطين الثالث والثاني، إلى جانب محطة العتبة.
كما عرفت المحطات الجديدة بالخط الثالث، التي جرى تشغيلها أمس تجريبيا للركاب، إقبالا كبيرا من الجمهور، تزامنا مع ثان يوم عمل.
وكانت وزارة النقل قد شغلت، صباح أمس الأربعاء، 5 محطات مترو جديدة للجمهور على الخط الثالث، هي التوفيقية ووادي النيل وجامعة الدول العربية وبولاق الدكرور وجامعة القاهرة، وهي محطات الجزء الثالث من المرحلة الثالثة الواقعة في محافظة الجيزة بمناطق العجوزة والدقي والمهندسين وبولاق الدكرور.
ويبلغ طول هذا الجزء الأخير 7.1 كيلو مترات، ويمتد من محطة التوفيقية حتى جامعة القاهرة مرورًا بشارع وادي النيل وجامعة الدول العربية وبولاق الدكرور.
""", [
    ev("cairo-university-crowds", "شهدت محطة مترو جامعة القاهرة", "2024-05-16", "no own expression for the crowding; reported on Thu 16 May 2024, the second day of operation ('تزامنا مع ثان يوم عمل')"),
    ev("passenger-trial-start", "الذي بدأ تشغيله تجريبيا بالركاب صباح أمس", START, "'صباح أمس' from Thu 16 May 2024 = the morning of Wed 15 May"),
    ev("new-stations-crowds", "تزامنا مع ثان يوم عمل", "2024-05-16", "'ثان يوم عمل' = the second day of operation, Thu 16 May 2024, the day of the report"),
    ev("stations-open-to-passengers", "وكانت وزارة النقل قد شغلت، صباح أمس الأربعاء، 5 محطات مترو جديدة للجمهور", START, "'صباح أمس الأربعاء' from Thu 16 May 2024 = Wed 15 May"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 500
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
