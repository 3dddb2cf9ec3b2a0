"""Builds stories.jsonl: the 591-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: archaeological thefts and smuggled antiquities returned
to their countries (Iraq, Egypt, Yemen, Syria, Libya).
Stories: the five Palmyrene funerary busts handed by Lebanon's Nabu museum to Syria (Beirut, January 2022),
the return of the gilded coffin of the priest Nedjemankh from the Met to Egypt (September - October 2019),
and the 77 Yemeni antiquities returned by the United States and lent to the Smithsonian (February 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-nabu-palmyra-busts-return-2022
S = "syria-nabu-palmyra-busts-return-2022"
CEREMONY = "2022-01-20"                    # the handover in the National Museum of Beirut, Thu 20 Jan 2022, 1 pm
art(S, "https://www.al-akhbar.com/Literature_Arts/328304/خمس-قطع-أثري-ة-من-نابو-إلى-دمش",
    "2022-01-20", "no date line on the stored page; the body announces the ceremony 'عند الساعة الواحدة من بعد ظهر اليوم الخميس' in the future tense, and the ceremony took place on Thu 20 Jan 2022 (lebanontab of Fri 21 Jan 2022 reports it as done; 20 Jan 2022 was a Thursday), so the preview was published that morning; headline rendered from the URL slug; the truncated last sentence of the stored excerpt dropped", True, """
خمس قطع أثريّة من «نابو» إلى دمشق
يستضيف «المتحف الوطني» في بيروت عند الساعة الواحدة من بعد ظهر اليوم الخميس احتفالاً تُقدَّم خلاله خمس قطع أثرية من متحف «نابو» (الهري ــ شمال لبنان ـــ تأسّس عام 2018) إلى «متحف دمشق».
ويصف المنظمون هذه الخطوة بأنها «بادرة ومبادرة لتجسيد التعاون بين البلدين في المجال الثقافي».
ويُقام الحدث برعاية وزير الثقافة اللبناني القاضي محمد وسام مرتضى وفي حضوره، وبمشاركة السفير السوري علي عبد الكريم علي، والمدير العام للمديرية العامة للآثار والمتاحف في سوريا محمد نظير عوض، ومدير التنقيب والدراسات الأثرية في وزارة الثقافة السورية همام سعد، فضلاً عن جواد عدرا، أحد مؤسّسي متحف «نابو».
والقطع تماثيل جنائزية تدمرية متنوعة، سبق أن اشتُريت من دور مزادات أوروبية وأميركية.
وبعدما عُرضت في متحف «نابو»، بادرت إدارته إلى الاتصال بمديرية الآثار والمتاحف السورية، فأوفدت المديرية ممثلين عنها زاروا المتحف في لبنان وعاينوا القطع مرات عدة، وتم التحقق من أنها آثار مصدرها سوريا.
ثم عرض المتحف تقديم هذه القطع إلى السلطات السورية، التي وجّهت إلى متحف «نابو» رسالة شكر وتقدير، واتُّفق بعدها على إنجاز عملية التسليم برعاية وزارة الثقافة اللبنانية.
""", [
    ev("handover-ceremony", "احتفالاً تُقدَّم خلاله خمس قطع أثرية", CEREMONY, "'عند الساعة الواحدة من بعد ظهر اليوم الخميس' = Thu 20 Jan 2022"),
    ev("nabu-founded", "تأسّس عام 2018", "2018-01-01", "'عام 2018' = the year 2018", end="2019-01-01"),
    ev("syrian-experts-inspect", "فأوفدت المديرية ممثلين عنها زاروا المتحف في لبنان", "2018-01-01", "no own expression; after the busts were shown in the Nabu museum (founded 2018) and before the handover of Thu 20 Jan 2022 (my span 2018 - 19 Jan 2022)", end=CEREMONY),
])
art(S, "https://syriafriends.net/2022/01/%d8%b3%d9%88%d8%b1%d9%8a%d8%a9-%d8%aa%d8%b3%d8%aa%d8%b9%d9%8a%d8%af-5-%d9%82%d8%b7%d8%b9-%d8%a3%d8%ab%d8%b1%d9%8a%d8%a9-%d8%aa%d8%af%d9%85%d8%b1%d9%8a%d8%a9-%d8%a8%d9%85%d8%a8%d8%a7%d8%af%d8%b1%d8%a9/",
    "2022-01-20", "no date line on the stored page (the URL gives only 2022/01); a SANA report whose 'استعادت سورية اليوم' (no weekday) names the day of the handover ceremony in Beirut, Thu 20 Jan 2022 (al-akhbar: 'ظهر اليوم الخميس'; lebanontab of Fri 21 Jan), so it was published that day; the minister's quotations turned into reported speech; the truncated last sentence dropped", False, """
سورية تستعيد 5 قطع أثرية تدمرية بمبادرة من متحف نابو في لبنان
استعادت سورية اليوم خمس قطع أثرية سُرقت من مدينة تدمر في الفترة التي سيطر فيها تنظيم (داعش) الإرهابي عليها.
وقد تسلمت المديرية العامة للآثار والمتاحف هذه القطع بمبادرة من متحف (نابو) في لبنان، في حفل أقيم في المتحف الوطني ببيروت برعاية وزير الثقافة اللبناني القاضي محمد وسام المرتضى، وبحضور سفير سورية في لبنان الدكتور علي عبد الكريم، ومؤسس متحف (نابو) ومديره جواد عدرا، وممثلين عن مديرية الآثار والمتاحف في سورية ومديرية المتاحف اللبنانية وعدد من المهتمين.
وقال الوزير المرتضى في كلمة ألقاها أثناء التسليم إن هذه القطع تروي قصة بزوغ الحضارة البشرية من هذه الأرض المباركة منذ فجر التاريخ، مؤكداً متانة الروابط بين الشعبين السوري واللبناني اللذين يشكلان شعباً واحداً في دولتين شقيقتين.
وتابع المرتضى أن التعاون بين سورية ولبنان في هذا الميدان ضروري، لأن الصهاينة الذين اغتصبوا أرض فلسطين سعوا وما زالوا يسعون إلى الاستيلاء على منجزاتنا الحضارية وتراثنا الثقافي ونسبتها إلى أنفسهم دعماً لمزاعمهم الواهية، وهو ما ينبغي التصدي له بالمقاومة الفكرية إلى جانب سائر أشكال المقاومة.
""", [
    ev("handover-ceremony", "استعادت سورية اليوم خمس قطع أثرية", CEREMONY, "'اليوم' in a report of the day of the ceremony = Thu 20 Jan 2022 (al-akhbar 'ظهر اليوم الخميس')"),
    ev("palmyra-isis-control", "في الفترة التي سيطر فيها تنظيم (داعش) الإرهابي عليها", "2015-05-20", "no own expression; IS held Palmyra from 20 May 2015 to March 2016 and again from December 2016 to 2 Mar 2017 (my span 20 May 2015 - 2 Mar 2017); the theft in that period is this report's claim", end="2017-03-03"),
    ev("mortada-speech", "وقال الوزير المرتضى في كلمة ألقاها أثناء التسليم", CEREMONY, "no own expression; the speech at the ceremony of Thu 20 Jan 2022"),
])
art(S, "https://lebanontab.com/ar/84087/%D9%85%D8%A8%D8%A7%D8%AF%D8%B1%D8%A9-%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D8%A9-%D8%A8%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D8%A2%D8%AB%D8%A7%D8%B1-%D8%A7%D9%84%D9%89-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
    "2022-01-21", "date line 'الجمعة ٢١ يناير ٢٠٢٢' on the page (not kept in the text; 21 Jan 2022 was a Friday); the site banner and the subscription link dropped; headline and standfirst kept from the page; the truncated last sentence shortened", True, """
مبادرة لبنانية بإعادة آثار الى سوريا
بادر جواد عدرا إلى إرجاع آثار من تدمر إلى موطنها الأصلي في سوريا عن طريق المتحف الوطني في بيروت.
أعاد متحف لبناني خاص هو «نابو» خمس قطع أثرية رومانية من مدينة تدمر الأثرية إلى سوريا.
وأوضح رئيس الآثار السورية محمد نذير عوض، خلال حفل تسليم نظمه المتحف الوطني اللبناني في بيروت، أن التماثيل المنحوتة من الحجر الجيري والأحجار الجنائزية التي ترجع إلى القرنين الثاني والثالث للميلاد في العهد الروماني أُعيدت بمبادرة من جامع الأعمال الفنية جواد عدرا.
وذكر عوض أن عدرا اقتناها من دور مزادات أوروبية قبل اندلاع الحرب السورية في 2011، واصفاً ما قام به بأنه "مبادرة كريمة".
وأشار المسؤول السوري إلى أن القطع، التي كانت معروضة في متحف نابو في شمال لبنان، رجعت إلى "موطنها الأصلي".
وفي أثناء النزاع السوري، سقط موقع تدمر، وهو من أبرز المراكز الثقافية في العالم القديم، في قبضة تنظيم الدولة الإسلامية الذي نسف بعضاً من معالمه الكبرى ومنها قوس النصر.
وقال سفير سوريا في لبنان علي عبد الكريم إن محادثات تجري لترتيب إعادة قطع أثرية أخرى.
""", [
    ev("handover-ceremony", "خلال حفل تسليم نظمه المتحف الوطني اللبناني في بيروت", CEREMONY, "no own expression; the ceremony of Thu 20 Jan 2022 (al-akhbar 'ظهر اليوم الخميس'), the day before this report"),
    ev("syrian-war-start", "قبل اندلاع الحرب السورية في 2011", "2011-03-01", "'في 2011' = the outbreak of the Syrian conflict in March 2011 (my month span)", end="2011-04-01"),
    ev("palmyra-isis-control", "سقط موقع تدمر", "2015-05-20", "no own expression; IS took Palmyra on 20-21 May 2015 and held it, with a break, until 2 Mar 2017 (my span 20 May 2015 - 2 Mar 2017)", end="2017-03-03"),
    ev("palmyra-monuments-blown-up", "الذي نسف بعضاً من معالمه الكبرى ومنها قوس النصر", "2015-08-23", "no own expression; IS blew up the temples of Baalshamin and Bel (23 and 30 Aug 2015), the Arch of Triumph (early October 2015) and the tetrapylon (January 2017) (my span 23 Aug 2015 - Jan 2017)", end="2017-02-01"),
    ev("ambassador-talks-more-pieces", "وقال سفير سوريا في لبنان علي عبد الكريم", CEREMONY, "no own expression; the ambassador spoke at the ceremony of Thu 20 Jan 2022"),
])
art(S, "https://enabbaladi.net/542680/%D9%85%D9%88%D8%B3%D9%85-%D9%84%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D9%82%D8%B7%D8%B9-%D8%A3%D8%AB%D8%B1%D9%8A%D8%A9-%D9%85%D9%86-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D8%A5%D9%84%D9%89-%D8%B3%D9%88%D8%B1%D9%8A/?amp=1",
    "2022-01-25", "time stamp '2022/01/25 7:02 م' on the page (not kept in the text) and the body's 'اليوم، الثلاثاء 25 من كانون الثاني' (25 Jan 2022 was a Tuesday); headline kept from the page; the truncated last sentence dropped", True, """
موسم لإعادة قطع أثرية من لبنان إلى سوريا
أفاد المدير العام للمديرية العامة للآثار والمتاحف في حكومة النظام السوري، محمد نظير عوض، بأن الحكومة اللبنانية تستعد لتسليم سوريا قطعاً أثرية سبق أن صادرتها وأودعتها متحف "بيروت".
وبحسب تصريح أدلى به عوض لصحيفة "الوطن" المحلية اليوم، الثلاثاء 25 من كانون الثاني، فإن التحضيرات جارية لتسلّم القطع من لبنان، غير أنه لم يوضح طبيعتها ولا موعد مصادرتها.
وأضاف عوض أن لبنان سلّم قرابة 70 قطعة أثرية خلال السنوات السابقة، عادّاً إياه "الدولة الوحيدة التي تواصلت مع الحكومة السورية لتسليمها قطعاً أثرية سورية".
وتُعد هذه الدفعة الثانية من التحف التي يعيدها لبنان إلى سوريا في الشهر الحالي.
وفي تعليقه على تسليم متحف "نابو" اللبناني قطعاً أثرية إلى سوريا مؤخراً، وصف عوض الخطوة بأنها "مبادرة استثنائية وطيبة من إدارة المتحف"، موضحاً أن القطع باتت في دمشق، ويجري حالياً إدخالها في سجلات المتحف الوطني، على أن يُحضَّر لمعرض يضم هذه القطع.
وكان تحقيق نشرته صحيفة "المدن" اللبنانية قد أشار إلى وجود قطع أثرية مسروقة من سوريا والعراق واليمن في متحف "نابو" الذي يديره رجل الأعمال جواد عدرا.
""", [
    ev("awad-al-watan-statement", "وبحسب تصريح أدلى به عوض لصحيفة", "2022-01-25", "'اليوم، الثلاثاء 25 من كانون الثاني' = Tue 25 Jan 2022"),
    ev("handover-ceremony", "تسليم متحف \"نابو\" اللبناني قطعاً أثرية إلى سوريا مؤخراً", CEREMONY, "'مؤخراً' = the ceremony of Thu 20 Jan 2022 (al-akhbar 'ظهر اليوم الخميس')"),
    ev("busts-registered-damascus", "ويجري حالياً إدخالها في سجلات المتحف الوطني", "2022-01-25", "'حالياً' at the time of the statement of Tue 25 Jan 2022"),
])

# ---------------------------------------------------------------- egypt-nedjemankh-gilded-coffin-return-2019
S = "egypt-nedjemankh-gilded-coffin-return-2019"
NY_HANDOVER = "2019-09-25"                 # the handover at the Manhattan District Attorney's office, Wed 25 Sep 2019
ARRIVAL = "2019-09-28"                     # the coffin landed in Cairo on Sat 28 Sep 2019 (airport officials, AP)
DISPLAY = "2019-10-01"                     # first shown in Egypt at the NMEC in Fustat, Tue 1 Oct 2019
art(S, "https://arabic.euronews.com/2019/09/26/watch-the-met-stolen-gilded-coffin-repatriated-back-to-egypt",
    "2019-09-26", "no date line on the stored page; the URL carries 2019/09/26 (Thu 26 Sep 2019); the body's 'يوم الأربعاء' names the day of the New York handover (Wed 25 Sep 2019, BBC: 'خلال مراسم أقيمت ... يوم الأربعاء'), not the day of publication; the 'للمزيد على يورونيوز' links dropped; headline kept from the page", False, """
بعد سرقته في 2011 ... مصر تستعيد "التابوت الذهبي للكاهن" من الولايات المتحدة
أعلنت مصر يوم الأربعاء أنها استعادت "التابوت الذهبي للكاهن المصري نجم عنخ"، وهو من القطع الأثرية الكبيرة التي سُرقت من البلاد في عام 2011 ثم بيعت لمتحف "متروبوليتان" للفنون في مدينة نيويورك الأمريكية.
وتمكنت مصر، في إطار التعاون الثنائي بين الولايات المتحدة الأمريكية ومصر ووفقاً لورقة التفاهم المبرمة في نوفمبر/تشرين الثاني من العام 2016 بشأن حماية الآثار المصرية من التهريب، من استرداد هذه القطعة التي كانت معروضة في متحف "المتروبوليتان" بعد أن اشتُريت بنحو 4 ملايين دولار.
وحضر وزير الخارجية المصري سامح شكري الحفل الذي نُظم في مكتب المدعي العام الأمريكي في ولاية نيويورك، حيث تسلّم تابوت "نجم عنخ" ووقّع البروتوكول الخاص باستعادته.
و"نجم عنخ" كاهن بارز عاش في القرن الأول قبل الميلاد، وقد اجتذب هذا التابوت المكسو بالذهب نحو 448 ألف زائر منذ أن بدأ عرضه في العام 2018.
""", [
    ev("egypt-announces-recovery", "أعلنت مصر يوم الأربعاء أنها استعادت", NY_HANDOVER, "'يوم الأربعاء' in a report of Thu 26 Sep 2019 = Wed 25 Sep 2019"),
    ev("coffin-stolen", "التي سُرقت من البلاد في عام 2011", "2011-01-01", "'في عام 2011' = the year 2011 (US investigators: October 2011; kept as the year)", end="2012-01-01"),
    ev("antiquities-mou", "ورقة التفاهم المبرمة في نوفمبر/تشرين الثاني من العام 2016", "2016-11-01", "'في نوفمبر/تشرين الثاني من العام 2016' = November 2016 (the month)", end="2016-12-01"),
    ev("met-purchase", "بعد أن اشتُريت بنحو 4 ملايين دولار", "2017-07-01", "no own expression; the Met bought the coffin from a Paris dealer in July 2017 (rosadaily, egyptindependent) (the month)", end="2017-08-01"),
    ev("ny-handover-ceremony", "الحفل الذي نُظم في مكتب المدعي العام الأمريكي", NY_HANDOVER, "no own expression; the ceremony of Wed 25 Sep 2019 (this report's 'يوم الأربعاء')"),
    ev("met-exhibition", "منذ أن بدأ عرضه في العام 2018", "2018-01-01", "'في العام 2018' = the year 2018 (the Met show opened in July 2018; kept as the year)", end="2019-01-01"),
])
art(S, "https://www.masress.com/akhbarelyomgate/72921156",
    "2019-10-01", "no date line in the stored excerpt; the body's 'اليوم الثلاثاء 1 أكتوبر' for the display (1 Oct 2019 was a Tuesday); an Akhbar El Yom report carried by masress; headline written from the body (the stored text has none); the truncated last sentence dropped", True, """
عرض التابوت المذهب للكاهن نجم عنخ لأول مرة في مصر
عرضت وزارة الآثار اليوم الثلاثاء 1 أكتوبر التابوت المذهب للكاهن نجم عنخ للمرة الأولى في مصر، وذلك في موضع عرضه الدائم بالمتحف القومي للحضارة المصرية بالفسطاط.
وجاء هذا العرض عقب نجاح جهود الدولة المصرية ومؤسساتها في استعادة "التابوت المذهب للكاهن المصري نچم عنخ"، الذي كان معروضاً في متحف المتروبوليتان بنيويورك.
وحضر الدكتور خالد العناني وزير الآثار أول عرض للتابوت في مصر فور رجوعه إلى أرض الوطن، في مكان عرضه الدائم بالمتحف القومي للحضارة المصرية، بحضور القائم بأعمال السفير الأمريكي توماس جولد برجر، والدكتور مصطفى وزيري الأمين العام للمجلس الأعلى للآثار، وشعبان عبد الجواد المشرف العام على إدارة الآثار المستردة، ونحو 15 سفيراً من سفراء دول العالم في القاهرة، منها كوبا وأيرلندا وليتوانيا وصربيا والكونغو ومالطة وغيرها.
وبيّن الدكتور خالد العناني وزير الآثار أن استرداد هذا التابوت يندرج ضمن مساعي الدولة المصرية لاستعادة الآثار المصرية المهربة إلى الخارج، وما توليه مؤسساتها من اهتمام كبير بصون تراثها وتاريخها الحضاري، فضلاً عن الدور الذي أدته وزارتا الآثار والخارجية ومكتب النائب العام المصري في هذا المجال.
""", [
    ev("coffin-display", "عرضت وزارة الآثار اليوم الثلاثاء 1 أكتوبر التابوت", DISPLAY, "'اليوم الثلاثاء 1 أكتوبر' = Tue 1 Oct 2019"),
    ev("ny-handover-ceremony", "نجاح جهود الدولة المصرية ومؤسساتها في استعادة", NY_HANDOVER, "no own expression; the recovery was sealed by the handover in New York on Wed 25 Sep 2019 (euronews 'يوم الأربعاء')"),
    ev("coffin-arrival", "فور رجوعه إلى أرض الوطن", ARRIVAL, "no own expression; the coffin landed in Cairo on Sat 28 Sep 2019 (airport officials: 'عاد السبت')"),
    ev("anani-statement", "وبيّن الدكتور خالد العناني وزير الآثار", DISPLAY, "no own expression; the minister spoke at the display of Tue 1 Oct 2019"),
])
art(S, "http://167.235.160.36:8031/story/2019/10/1/السفير-الأمريكى-سعيد-بعودة-تابوت-نجم-عنخ-لمصر-وعاد-لمكانه/4439766",
    "2019-10-01", "no date line on the stored page (a mirror of youm7); the URL carries 2019/10/1 and the report covers the press conference at the display in the NMEC, held on Tue 1 Oct 2019 (masress/akhbarelyom: 'اليوم الثلاثاء 1 أكتوبر'), so it was published that day; no date of its own in the text; headline kept from the page; the repeated photo caption and the truncated last sentence dropped", False, """
السفير الأمريكى: سعيد بعودة تابوت "نجم عنخ" لمصر.. وعاد لمكانه الطبيعى
أكد القائم بأعمال السفير الأمريكي في القاهرة توماس جولدبرجر أن تابوت نجم عنخ الذهبي رجع إلى موضعه الطبيعي بين الآثار المصرية العريقة في متحف الحضارة المصرية.
وأعرب جولدبرجر، في المؤتمر الصحفي الذي عُقد لعرض التابوت الذهبي بمتحف الحضارة، عن سروره بنجاح المساعي المصرية والأمريكية لإعادة التابوت إلى مصر بعد التثبت من أنه خرج منها بطريقة غير شرعية، موجهاً الشكر إلى وحدة الآثار الأمريكية والمدعي العام الأمريكي ووزارة الخارجية المصرية ووحدة الآثار المستردة بوزارة الآثار.
ويُذكر أن وزارة الآثار عرضت تابوت نجم عنخ الذهبي في المتحف القومي للحضارة بالفسطاط، بعد أن عاد منذ أيام قليلة من الولايات المتحدة الأمريكية.
ويبلغ طول التابوت 6 أقدام (2 متر)، وهو مصنوع بمهارة من الخشب والمعدن ومكسو بصفائح من الذهب، وكان لكاهن يدعى Nedjemankh يرجع تاريخه إلى القرن الأول قبل الميلاد حين حكمت الأسرة البطلمية مصر، وقد كان كاهناً كبيراً للإله "هيرشيف" في مدينة هيراكليوبوليس (مركز أهناسيا ببني سويف حالياً)، ولم يعد التابوت يحوي مومياء الكاهن.
""", [
    ev("goldberger-remarks", "أكد القائم بأعمال السفير الأمريكي في القاهرة", DISPLAY, "no own expression; said at the press conference of the display, Tue 1 Oct 2019"),
    ev("coffin-display", "في المؤتمر الصحفي الذي عُقد لعرض التابوت الذهبي", DISPLAY, "no own expression; the display and press conference of Tue 1 Oct 2019 (akhbarelyom 'اليوم الثلاثاء 1 أكتوبر')"),
    ev("coffin-stolen", "بعد التثبت من أنه خرج منها بطريقة غير شرعية", "2011-01-01", "no own expression; the coffin was stolen and smuggled out in 2011 (euronews 'في عام 2011'; kept as the year)", end="2012-01-01"),
    ev("coffin-arrival", "بعد أن عاد منذ أيام قليلة من الولايات المتحدة", ARRIVAL, "'منذ أيام قليلة' before Tue 1 Oct 2019 = the landing in Cairo on Sat 28 Sep 2019 (airport officials: 'عاد السبت')"),
])
art(S, "https://www.alsabbaq.com/164492",
    "2019-10-02", "date line 'الأربعاء 02 تشرين أول 2019' on the page (not kept in the text; 2 Oct 2019 was a Wednesday); headline kept from the page; no date of its own in the text besides the year of the theft", True, """
مصر تستعيد تابوتا ذهبيا أثريا من نيويورك
عرضت مصر تابوتاً ذهبياً لكاهن مصري قديم بعد أن أعيد إليها من متحف متروبوليتان في نيويورك.
ويرجع التابوت المزين بعناية، الذي نُقش عليه اسم الكاهن نجم عنخ، إلى القرن الأول قبل الميلاد.
وبقي التابوت مدفوناً في محافظة المنيا بمصر طوال ٢٠٠٠ عام، إلى أن سُرق العام ٢٠١١ خلال الاضطرابات التي شهدتها مصر.
وقد نقلته شبكة تهريب دولية عبر دول عدة إلى نيويورك، وباعته لمتحف متروبوليتان بأربعة ملايين دولار مستعينة بوثائق مزورة.
وأثبتت الحكومة المصرية ملكيتها للتابوت وحقها المشروع في حيازته على أراضيها.
ولا يتميز التابوت الخشبي بكبر حجمه، غير أن غلافه الذهبي يحمل نقوشاً هيروغليفية دقيقة مطعّمة بالكريستال الأسود والعاج واللازورد.
وسيُعرض في الوقت المناسب في المتحف القومي للحضارة المصرية في القاهرة.
""", [
    ev("coffin-display", "عرضت مصر تابوتاً ذهبياً لكاهن مصري قديم", DISPLAY, "no own expression; the first display in Cairo on Tue 1 Oct 2019 (akhbarelyom 'اليوم الثلاثاء 1 أكتوبر'), the day before this report"),
    ev("coffin-stolen", "إلى أن سُرق العام ٢٠١١", "2011-01-01", "'العام ٢٠١١' = the year 2011", end="2012-01-01"),
    ev("met-purchase", "وباعته لمتحف متروبوليتان بأربعة ملايين دولار", "2017-07-01", "no own expression; the sale to the Met in July 2017 (the month)", end="2017-08-01"),
])

# ---------------------------------------------------------------- yemen-77-antiquities-smithsonian-2023
S = "yemen-77-antiquities-smithsonian-2023"
RETURN = "2023-02-21"                      # US Attorney's statement and the repatriation ceremony at the Yemeni embassy, Tue 21 Feb 2023
art(S, "https://alghadpress.com/19775--.html",
    "2023-02-22", "no usable date line (only 'اليوم, 14:30' of a site menu item); the body's 'في بيان أمس الثلاثاء' for the US Attorney's statement of Tue 21 Feb 2023 (alrai3: 'أول من أمس الثلاثاء 21 شباط/فبراير') gives Wed 22 Feb 2023; the site menu and keywords dropped; headline written from the body (the stored text has none)", True, """
الولايات المتحدة تعيد إلى اليمن 77 قطعة أثرية منهوبة
أعلنت الولايات المتحدة الأمريكية أنها أرجعت إلى عهدة السلطات اليمنية 77 قطعة أثرية منهوبة.
وأوضحت أن هذه الكنوز الأثرية ستُحفظ "مؤقتا" في متحف بواشنطن بموجب اتفاق مع الحكومة اليمنية.
وذكر المدعي العام الفدرالي في نيويورك بريون بيس، في بيان أمس الثلاثاء، أن القطع الأثرية تتألف من "64 رأسا حجريا منحوتا، و11 صفحة مخطوطة من المصحف، ووعاء منقوش من البرونز وشاهدة جنائزية من ثقافات معين أو المعينيين القبلية في مرتفعات شمال غرب اليمن، ويرجع تاريخها إلى القرن الأول قبل الميلاد".
وصدر بيان المدعي العام بالاشتراك مع وزارتي الأمن الداخلي والخارجية ومؤسسة سميثسونيان، التي تضم قرابة 20 متحفا في الولايات المتحدة.
ولفت البيان إلى أن الرؤوس الحجرية المنحوتة، وعددها 64 رأسا، صودرت في الولايات المتحدة ضمن اتفاقية إقرار بالذنب عقدها مع القضاء الأمريكي في 2012 مهرب آثار يدعى موسى خولي، المعروف أيضا باسم "موريس" خولي.
""", [
    ev("repatriation", "أنها أرجعت إلى عهدة السلطات اليمنية 77 قطعة أثرية منهوبة", RETURN, "no own expression; the return announced in the statement of Tue 21 Feb 2023 ('أمس الثلاثاء')"),
    ev("smithsonian-loan-agreement", "ستُحفظ \"مؤقتا\" في متحف بواشنطن بموجب اتفاق", RETURN, "no own expression; the loan agreement with the Smithsonian was signed at the handover of Tue 21 Feb 2023"),
    ev("us-attorney-statement", "في بيان أمس الثلاثاء", RETURN, "'أمس الثلاثاء' in an article of Wed 22 Feb 2023 = Tue 21 Feb"),
    ev("khouli-plea", "ضمن اتفاقية إقرار بالذنب عقدها مع القضاء الأمريكي في 2012", "2012-01-01", "'في 2012' = the year 2012", end="2013-01-01"),
])
art(S, "https://alrai3.com/Print/11/7973.htm/ar",
    "2023-02-23", "no date line on the stored (print) page; the body's 'أول من أمس الثلاثاء 21 شباط/فبراير الجاري' gives Thu 23 Feb 2023 (21 Feb 2023 was a Tuesday); headline kept from the page; the truncated last sentence dropped", True, """
اليمن يسترد قطعاً أثرية ومخطوطة قرآنية من الولايات المتحدة
استعاد اليمن 77 قطعة أثرية وأجزاء من مخطوطة قرآنية كانت قد هُرّبت إلى الولايات المتحدة، ثم أعارها لمتحف "سميثسونيان" (المتحف الوطني للفن الأميركي سابقاً) في العاصمة واشنطن.
وتضمنت الاتفاقية إعارة 64 وجهاً حجرياً ترجع إلى الألفية الأولى قبل الميلاد، وصحناً (وعاء منقوشاً) من البرونز يعود إلى القرن الثالث الميلادي، وشاهداً جنائزياً من ثقافة معين القديمة (شمال غربي اليمن)، و11 صفحة من مخطوطة قرآنية قديمة يزيد عمرها على 12 قرنا عُثر عليها في العام 1972 بالجامع الكبير في صنعاء.
وكان المدعي العام الأميركي قد أصدر أول من أمس الثلاثاء 21 شباط/فبراير الجاري بياناً يؤكد إعادة هذه الآثار، بالاشتراك مع وزارتي الأمن الداخلي والخارجية ومؤسسة "سميثسونيان" التي تضم نحو 20 متحفاً في الولايات المتحدة.
وبحسب البيان، صودرت الرؤوس الحجرية المنحوتة الـ64 في الولايات المتحدة في إطار اتفاقية إقرار بالذنب أبرمها مع القضاء الأميركي في العام 2012 مهرّب آثار يدعى موسى خولي، ويعرف كذلك باسم "موريس" خولي.
ونقلت وكالة "رويترز" أن المهرب أدخل الآثار إلى الولايات المتحدة من دبي مستخدماً وثائق مزيفة.
""", [
    ev("repatriation", "استعاد اليمن 77 قطعة أثرية", RETURN, "no own expression; the return of Tue 21 Feb 2023 (the statement 'أول من أمس الثلاثاء 21 شباط/فبراير')"),
    ev("smithsonian-loan-agreement", "ثم أعارها لمتحف \"سميثسونيان\"", RETURN, "no own expression; the loan agreement signed at the handover of Tue 21 Feb 2023"),
    ev("manuscript-found-sanaa", "عُثر عليها في العام 1972 بالجامع الكبير في صنعاء", "1972-01-01", "'في العام 1972' = the year 1972", end="1973-01-01"),
    ev("us-attorney-statement", "قد أصدر أول من أمس الثلاثاء 21 شباط/فبراير الجاري بياناً", RETURN, "'أول من أمس الثلاثاء 21 شباط/فبراير' = Tue 21 Feb 2023"),
    ev("khouli-plea", "اتفاقية إقرار بالذنب أبرمها مع القضاء الأميركي في العام 2012", "2012-01-01", "'في العام 2012' = the year 2012", end="2013-01-01"),
])
art(S, "https://www.alsabahpress.com/international/2023-02-24/81751",
    "2023-02-24", "no date line on the stored page; the URL carries 2023-02-24 (Fri 24 Feb 2023); a wire report ('وكالات') of the Yemeni government's announcement; no date of its own in the text; headline written from the body (the stored text has none); the truncated last sentence dropped", False, """
اليمن يسترد 77 قطعة أثرية ومخطوطة قرآنية من الولايات المتحدة
أعلنت الحكومة اليمنية أنها استردت 77 قطعة أثرية ومخطوطة قرآنية مهربة كانت الولايات المتحدة الأمريكية قد ضبطتها خلال السنوات الماضية.
وذكرت وكالة الأنباء اليمنية الرسمية أن سفير اليمن في واشنطن محمد الحضرمي تسلّم الآثار المضبوطة في حفل حضره مسؤولون من وزارات الخارجية والأمن الوطني والعدل الأمريكية.
وقال الحضرمي إن الحكومة اليمنية، بالنظر إلى الأوضاع الراهنة في البلاد ولرفع الوعي بالتراث اليمني والترويج له في الأوساط الأمريكية، قررت إعارة هذه الآثار لمتحف السميثسونيان الشهير في قلب العاصمة الأمريكية واشنطن.
وأضاف أن اتفاقية الإعارة الموقعة بين السفارة والمتحف تنص على أن يتولى المتحف حماية هذه الآثار وحفظها ودراستها والترويج لها، وأن يعيدها إلى الحكومة اليمنية متى قررت ذلك.
وشملت الاتفاقية إعارة 65 وجها حجريا ترجع إلى الألفية الأولى قبل الميلاد، وصحنا برونزيا من القرن الثالث الميلادي، و11 مخطوطة قرآنية قديمة من القرن الثامن الميلادي عُثر عليها في العام 1972 بالجامع الكبير بصنعاء.
من جهته، شدد المبعوث الأمريكي لليمن تيم ليندركينغ، الذي حضر الحفل، على "استمرار دعم بلاده للحكومة اليمنية والشعب اليمني بما في ذلك حماية التراث والإرث اليمني العريق".
""", [
    ev("yemen-announces-recovery", "أعلنت الحكومة اليمنية أنها استردت 77 قطعة", "2023-02-22", "no own expression; the embassy's announcement carried by Saba on Wed 22 Feb 2023 (yemen-shabab: 'أعلنت السفارة اليمنية في واشنطن، الأربعاء'; alaraby: 'اليوم الأربعاء')"),
    ev("repatriation", "تسلّم الآثار المضبوطة في حفل حضره مسؤولون", RETURN, "no own expression; the handover ceremony at the Yemeni embassy, Tue 21 Feb 2023 (the day of the US Attorney's statement)"),
    ev("smithsonian-loan-agreement", "اتفاقية الإعارة الموقعة بين السفارة والمتحف", RETURN, "no own expression; signed at the handover of Tue 21 Feb 2023"),
    ev("manuscript-found-sanaa", "عُثر عليها في العام 1972 بالجامع الكبير بصنعاء", "1972-01-01", "'في العام 1972' = the year 1972", end="1973-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 591
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
