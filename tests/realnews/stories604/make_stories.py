"""Builds stories.jsonl: the 604-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: prices of bread, sugar or cooking gas raised or cut by
Arab governments, with the protests or queues that follow.
Stories: the cooking-gas protests in Sanaa under the Houthis (Yemen, March 2018), the tripling of the price of
cooking gas by the Sudanese government and the parliament's revolt against it (Sudan, January 2016), and the
Egyptian supply ministry's free sugar at 27 pounds on ration cards during the sugar crisis (Egypt, December 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-sanaa-cooking-gas-protests-2018
S = "yemen-sanaa-cooking-gas-protests-2018"
ZIRAA = "2018-03-03"                       # Sat 3 Mar 2018: small protest in Shari' al-Zira'a put down, protesters arrested
AMANAT = "2018-03-04"                      # Sun 4 Mar 2018: protest at the Amanat al-Asima building, tyres burnt, dispersed
THURSDAY = "2018-03-08"                    # Thu 8 Mar 2018: renewed protests, streets cut in several districts
GAS_OUT = ("2018-02-27", "2018-03-09")     # gas absent 'لليوم السادس على التوالي' on Sun 4 Mar -> since Tue 27 Feb; still 'للأسبوع الثاني' on Thu 8 Mar
CLOSED = ("2018-02-27", "2018-03-05")      # filling stations shut in the days up to Sun 4 Mar
art(S, "https://old.belqees.net/index.php/yemen/الأب-والأم-والطفلة-يتناوبون-لمدة-24-ساعة-أمام-محطة-بلا-غاز-في-صنعاء.html",
    "2018-03-04", "no date line on the stored page; the body's 'صباح اليوم' for the protest at the Amanat al-Asima building and 'أمس' for the dispersal of the earlier gas protests match the Sunday protest and the Saturday protest in Shari' al-Zira'a reported by almawqeapost ('الأحد' / 'السبت') and by al-Hodeidah News ('الأحد 4 مارس 2018' / 'السبت 3 مارس'), so the report is of Sun 4 Mar 2018 (4 Mar 2018 was a Sunday); headline rendered from the URL slug", False, """
الأب والأم والطفلة يتناوبون لمدة 24 ساعة أمام محطة بلا غاز في صنعاء
لم يتمكن أطفال من الذهاب إلى مدارسهم لأن أسرهم كلفتهم بالوقوف في طوابير محطات الغاز، كما تغيب موظفون عن أعمالهم، وتركت أمهات بيوتهن وأطفالهن سعيا وراء أسطوانة الغاز في صنعاء، التي تخطى سعرها 7000 ريال خلال الأيام الأخيرة.
وأغلقت عشرات المحطات أبوابها في وجه المواطنين، فيما لا تفتح بعض المحطات الرئيسية إلا لمدة ساعات فقط خلال اليوم، بينما يتوفر الغاز المنزلي لدى تجار السوق السوداء بأسعار باهظة يعجز المواطنون عن دفعها، في ظل انقطاع الرواتب وغلاء أسعار السلع الغذائية الأخرى.
ونفذ عشرات المواطنين صباح اليوم وقفة احتجاجية غاضبة أمام مبنى أمانة العاصمة في صنعاء.
وأضرم المحتجون النار في الإطارات وقطعوا الشارع الرئيسي أمام أمانة العاصمة، قبل أن تعتدي عناصر تابعة لميليشيا الحوثي عليهم وتفرقهم بالقوة.
وكانت ميليشيات الحوثي قد فضت أمس احتجاجات للمواطنين بسبب أزمة الغاز واعتقلت عددا منهم.
""", [
    ev("gas-queues", "بالوقوف في طوابير محطات الغاز", GAS_OUT[0], "no own date; the queues of the gas crisis, which began with the absence of gas since Tue 27 Feb 2018 (hattpost: 'لليوم السادس على التوالي' on Sun 4 Mar); my span 27 Feb - 4 Mar", end=CLOSED[1]),
    ev("stations-closed", "وأغلقت عشرات المحطات أبوابها", CLOSED[0], "no own date; the stations shut in the days before Sun 4 Mar 2018 (my span 27 Feb - 4 Mar, from the gas absent 'لليوم السادس')", end=CLOSED[1]),
    ev("amanat-protest", "وقفة احتجاجية غاضبة أمام مبنى أمانة العاصمة", AMANAT, "'صباح اليوم' in a report of Sun 4 Mar 2018"),
    ev("amanat-protest-dispersed", "تعتدي عناصر تابعة لميليشيا الحوثي عليهم وتفرقهم بالقوة", AMANAT, "the same morning, Sun 4 Mar 2018"),
    ev("ziraa-protest-suppressed", "قد فضت أمس احتجاجات للمواطنين بسبب أزمة الغاز", ZIRAA, "'أمس' from Sun 4 Mar 2018 = Sat 3 Mar (almawqeapost: 'السبت')"),
])
art(S, "https://hattpost.com/%d8%b4%d9%88%d8%a7%d8%b1%d8%b9-%d8%b5%d9%86%d8%b9%d8%a7%d8%a1-%d8%aa%d9%84%d8%aa%d9%87%d8%a8-%d8%a8%d8%a7%d9%84%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac%d8%a7%d8%aa-%d8%b6%d8%af-%d8%a7%d9%84%d8%ad%d9%88",
    "2018-03-05", "no date line on the stored page; the body's 'أمس' for the protest at the Amanat al-Asima building ('لليوم الثاني على التوالي') and 'أول من أمس' for the protest put down in Shari' al-Zira'a match the Sunday 4 Mar and Saturday 3 Mar 2018 protests (almawqeapost, al-Hodeidah News), so the report is of Mon 5 Mar 2018 (5 Mar 2018 was a Monday); headline rendered from the (truncated) URL slug; the last, truncated sentence dropped", False, """
شوارع صنعاء تلتهب بالاحتجاجات ضد الحوثي
خرجت في العاصمة اليمنية صنعاء، أمس، احتجاجات غاضبة على ميليشيا الحوثي الإيرانية نظمها عشرات المواطنين لليوم الثاني على التوالي، مطالبين بتوفير مادة الغاز المنزلي، فيما اتهمت الحكومة الشرعية الميليشيا بتجويع السكان.
وذكرت وسائل إعلام يمنية أن عشرات المواطنين نفذوا وقفة احتجاجية أمام مبنى أمانة العاصمة في وسط صنعاء وأضرموا النار في إطارات السيارات، وسط انتشار كثيف لمسلحي الحوثي، وذلك بعد إغلاق محطات تعبئة الغاز المنزلي الذي ينعدم لليوم السادس على التوالي.
وامتدت التظاهرات إلى عدد من شوارع العاصمة، بعدما قمعت الميليشيا أول من أمس احتجاجات محدودة في شارع الزراعة واعتقلت عددا من المشاركين فيها، وسط تنامي السخط الشعبي على الحوثيين بسبب افتعالهم الأزمات المعيشية واتجارهم بمعاناة الناس.
وقطع المحتجون الشارع الرئيسي المجاور لمقر أمانة العاصمة بعد أن أحرقوا الإطارات، في ظل انتشار غير مسبوق لعناصر الحوثي في الشوارع وتطويقهم أماكن الاحتجاج، خشية اتساع رقعتها وعجزهم عن السيطرة عليها بالقمع.
وأفاد شهود عيان بأن المحتجين طافوا بعدد من شوارع صنعاء حتى وصلوا إلى مبنى أمانة العاصمة في منطقة التحرير، حيث أحرقوا الإطارات عند بوابته.
""", [
    ev("amanat-protest", "نفذوا وقفة احتجاجية أمام مبنى أمانة العاصمة", AMANAT, "'أمس' in a report of Mon 5 Mar 2018 = Sun 4 Mar"),
    ev("stations-closed", "بعد إغلاق محطات تعبئة الغاز المنزلي", CLOSED[0], "no own date; the stations shut in the days before Sun 4 Mar 2018 (my span 27 Feb - 4 Mar)", end=CLOSED[1]),
    ev("gas-absence", "الذي ينعدم لليوم السادس على التوالي", GAS_OUT[0], "'لليوم السادس على التوالي' on Sun 4 Mar 2018 -> since Tue 27 Feb; the absence lasted at least to Thu 8 Mar (almashhadalaraby 'للأسبوع الثاني على التوالي'); span 27 Feb - 8 Mar", end=GAS_OUT[1]),
    ev("protests-spread", "وامتدت التظاهرات إلى عدد من شوارع العاصمة", AMANAT, "with the protest of 'أمس' = Sun 4 Mar 2018"),
    ev("ziraa-protest-suppressed", "قمعت الميليشيا أول من أمس احتجاجات محدودة في شارع الزراعة", ZIRAA, "'أول من أمس' from Mon 5 Mar 2018 = Sat 3 Mar"),
])
art(S, "https://almashhadalaraby.com/news/22538",
    "2018-03-08", "the page's date line 'الخميس 8 مارس 2018 23:59:51' (not kept in the text: it is the page's header), and the body's 'الخميس'; an Al Arabiya report; headline kept from the page; the photo caption dropped", True, """
صنعاء.. تجدد الاحتجاجات الشعبية ضد الحوثيين
عادت الاحتجاجات الشعبية، الخميس، إلى العاصمة اليمنية صنعاء ضد ميليشيات الحوثي الانقلابية، بسبب مواصلتها إخفاء الغاز المنزلي للأسبوع الثاني على التوالي، وبلوغ سعره في السوق السوداء 10 آلاف ريال يمني لأسطوانة الـ20 لترا، أي ستة أضعاف سعره المفترض.
وقال سكان محليون إن عشرات المواطنين أغلقوا عددا من شوارع صنعاء احتجاجا على تواصل أزمة الغاز المنزلي، ومنعوا مرور المركبات، على الرغم من الانتشار الكثيف وغير المسبوق لمسلحي الحوثي، في ظل مخاوف من انتفاضة شعبية ضدهم.
وبحسب مصادر عدة، امتدت الاحتجاجات إلى أحياء عدة في العاصمة، منها الصافية وشارع التوفيق وشارع مأرب وحي القاع وبستان السلطان، حيث قُطعت الشوارع الرئيسية، ولم ينجح المسلحون الحوثيون في تفريق المحتجين.
وذكر مواطنون في حي القاع وبستان السلطان أن إصرارهم على عدم فتح الشوارع رغم تهديدات الحوثيين دفع الميليشيات إلى توفير مقطورتي غاز، مؤكدين أن ذلك يثبت أن الأزمة مفتعلة وغرضها رفع الأسعار وإرغام المواطنين على الشراء من السوق السوداء.
""", [
    ev("thursday-protests", "عادت الاحتجاجات الشعبية، الخميس", THURSDAY, "'الخميس' = Thu 8 Mar 2018, the day of the report"),
    ev("gas-absence", "مواصلتها إخفاء الغاز المنزلي للأسبوع الثاني على التوالي", GAS_OUT[0], "'للأسبوع الثاني على التوالي' on Thu 8 Mar 2018; the absence began on Tue 27 Feb (hattpost: 'لليوم السادس' on Sun 4 Mar); span 27 Feb - 8 Mar", end=GAS_OUT[1]),
    ev("streets-blocked", "أغلقوا عددا من شوارع صنعاء", THURSDAY, "no own date; part of the Thursday protests, Thu 8 Mar 2018"),
    ev("gas-trailers-supplied", "دفع الميليشيات إلى توفير مقطورتي غاز", THURSDAY, "no own date; the residents' refusal to reopen the streets during the Thursday protests, Thu 8 Mar 2018 (the day is inferred)"),
])

# ---------------------------------------------------------------- sudan-cooking-gas-price-tripled-2016
S = "sudan-cooking-gas-price-tripled-2016"
HIKE = "2016-01-25"                        # Mon 25 Jan 2016: the cylinder raised from 25 to 75 pounds, distributors notified
MAHI = "2016-01-24"                        # Sun 24 Jan 2016: Hayat al-Mahi's statement before the decision
PARL = "2016-01-27"                        # Wed 27 Jan 2016: the parliament's emergency meeting, the 24-hour ultimatum
BASHIR = "2016-01-30"                      # Sat 30 Jan 2016: SUNA reports al-Bashir's 'no going back'
SHORTAGE = ("2015-11-01", HIKE)            # weeks-long shortage of cooking gas before the hike
art(S, "http://123news.co/world/1038.html",
    "2016-01-25", "no date on the stored page; the body's 'اليوم الاثنين' and 'القرار الصادر، اليوم الإثنين' for the decision whose notice went to the distributors on Mon 25 Jan 2016 (aljazeera of Tue 26 Jan 2016: 'أمس الاثنين'), and 'أمس الأحد' for al-Mahi's statement; 25 Jan 2016 was a Monday; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
الحكومة السودانية ترفع أسعار غاز الطهي إلى ثلاثة أضعاف
رفعت الحكومة السودانية أسعار غاز الطهي بما يصل إلى ثلاثة أضعاف، إذ صار سعر الكيلو 6 جنيهات بعد أن كان جنيهين، ليبلغ سعر أسطوانة الغاز 75 جنيها بدلا من 25 جنيها، وفق ما أوردته صحيفة "سودان تريبيون" اليوم الاثنين.
وكانت رئيسة لجنة الطاقة والتعدين في البرلمان، حياة الماحي، قد صرحت أمس الأحد، قبيل القرار الصادر اليوم الإثنين، بأن تحرير أسعار الغاز يهدف إلى إيجاد حالة من الوفرة.
وكشفت الماحي عن توجه لتخصيص الغاز الذي تنتجه مصفاة الخرطوم "الجيلي" بأسعار مدعومة للفقراء بمعدل أسطوانة كل شهرين، مع فتح باب الاستيراد أمام شركات القطاع الخاص تنفيذا لتوجيه من الرئيس السوداني عمر البشير لتغطية حاجة البلاد من الغاز.
وأبلغت المؤسسة السودانية للنفط، الاثنين، شركات التوزيع بتعديل الأسعار إلى 75 جنيها للعبوة التي تزن 12,5 كيلو.
ورأت غرفة الغاز أن الزيادات كبيرة وتفوق قدرة "المواطن العادي"، وعقدت اجتماعا اليوم، الاثنين، لبحث تبعات القرار وانعكاساته على المواطن والوكلاء.
وقال الأمين العام للغرفة، محمد عثمان، إن الزيادات لا مبرر لها في الوقت الراهن خاصة مع تراجع أسعار النفط العالمية.
وعانى سكان العاصمة السودانية وولايات مجاورة لها، لأسابيع طويلة، من انعدام غاز الطهي.
""", [
    ev("price-hike", "رفعت الحكومة السودانية أسعار غاز الطهي", HIKE, "the decision 'الصادر اليوم الإثنين' = Mon 25 Jan 2016"),
    ev("mahi-statement", "قد صرحت أمس الأحد", MAHI, "'أمس الأحد' from Mon 25 Jan 2016 = Sun 24 Jan"),
    ev("distributors-notified", "وأبلغت المؤسسة السودانية للنفط، الاثنين، شركات التوزيع", HIKE, "'الاثنين' = Mon 25 Jan 2016"),
    ev("gas-chamber-meeting", "وعقدت اجتماعا اليوم، الاثنين", HIKE, "'اليوم، الاثنين' = Mon 25 Jan 2016"),
    ev("gas-shortage", "من انعدام غاز الطهي", SHORTAGE[0], "'لأسابيع طويلة' before the hike of Mon 25 Jan 2016; the shortage in Khartoum was already over a month old in early December 2015; my span 1 Nov 2015 - 24 Jan 2016", end=SHORTAGE[1]),
])
art(S, "http://www.aljazeera.net/news/ebusiness/2016/1/26/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%8A%D8%B1%D9%81%D8%B9-%D8%B3%D8%B9%D8%B1-%D8%BA%D8%A7%D8%B2-%D8%A7%D9%84%D8%B7%D9%87%D9%8A",
    "2016-01-26", "the date 2016/1/26 in the page's address (the site's publication path) and the body's 'أمس الاثنين' for the notice to the distributors of Mon 25 Jan 2016 (26 Jan 2016 was a Tuesday); headline rendered from the URL slug; the source line 'المصدر : الجزيرة + وكالات' dropped", True, """
السودان يرفع سعر غاز الطهي
رفعت الحكومة السودانية سعر كيلوغرام غاز الطهي إلى ستة جنيهات (98 سنتا) بعد أن كان جنيهين (33 سنتا)، بحسب ما نقلته وكالة الأنباء الألمانية، ما يجعل سعر أسطوانة الغاز المنزلي 75 جنيها (12.3 دولارا) بدلا من 25 جنيها (4.1 دولارات).
ولم يذكر البيان الذي وزعته وزارة النفط بعيدا عن وسائل الإعلام أي مبررات للزيادة.
وبحسب ما نشرته الصحافة السودانية، أبلغت المؤسسة السودانية للنفط شركات التوزيع أمس الاثنين بتعديل الأسعار إلى 75 جنيها للأسطوانة زنة 12.5 كيلوغراما.
وأكد محمد عثمان عبد الرحيم، الأمين العام لجمعية وكلاء وموزعي الغاز في السودان، أنهم شرعوا في تطبيق القرار، واعتبر الزيادة غير مبررة في الوقت الراهن مع الهبوط العالمي في أسعار النفط والغاز.
وكانت الحكومة قد أوقفت في سبتمبر/أيلول الماضي دعم أسعار القمح المستورد، وقال وزير المالية في ذلك الوقت إن الحكومة تريد الإفادة من تراجع أسعار القمح عالميا من دون الضغط على المواطن.
يذكر أن اقتصاد البلاد تضرر من تبعات انفصال جنوب السودان صيف عام 2011، إذ فقد السودان نحو ثلاثة أرباع إنتاجه من النفط الخام الذي كان مصدر دخل أساسيا للدولة ومصدرا للعملة الأجنبية التي تمول بها واردات الغذاء.
""", [
    ev("price-hike", "رفعت الحكومة السودانية سعر كيلوغرام غاز الطهي", HIKE, "no own date for the decision; it took effect with the notice of 'أمس الاثنين' = Mon 25 Jan 2016 (123news: 'القرار الصادر، اليوم الإثنين')"),
    ev("distributors-notified", "أبلغت المؤسسة السودانية للنفط شركات التوزيع أمس الاثنين", HIKE, "'أمس الاثنين' in an article of Tue 26 Jan 2016 = Mon 25 Jan"),
    ev("distributors-implement", "أنهم شرعوا في تطبيق القرار", HIKE, "no own date; the distributors began applying the new price after the notice of Mon 25 Jan 2016, by the day of the report (my span 25 - 26 Jan)", end="2016-01-27"),
    ev("wheat-subsidy-lifted", "أوقفت في سبتمبر/أيلول الماضي دعم أسعار القمح المستورد", "2015-09-01", "'في سبتمبر/أيلول الماضي' from January 2016 = September 2015 (the month only)", end="2015-10-01"),
    ev("south-secession", "انفصال جنوب السودان صيف عام 2011", "2011-07-09", "'صيف عام 2011': South Sudan became independent on Sat 9 Jul 2011 (known date; the text gives the season only)"),
])
art(S, "https://www.alnilin.com/12747265.htm",
    "2016-01-28", "no date on the stored page; the body's 'أمس' for the parliament's emergency meeting with the finance minister and the state minister of oil and its 24-hour ultimatum, which alamatonline dates 'أمس الأربعاء' (= Wed 27 Jan 2016), gives Thu 28 Jan 2016 (28 Jan 2016 was a Thursday); headline kept from the page; the last, truncated sentence dropped", False, """
البرلمان يمهل الحكومة ٢٤ ساعة لمراجعة زيادات الغاز و توقيعات لسحب الثقة عن وزيري المالية والنفط
أعلن البرلمان رفضه الكامل لزيادات أسعار الغاز التي أُبلغ بها رئيس المجلس إبراهيم أحمد عمر هاتفيا، ومنح الحكومة مهلة أقل من ٢٤ ساعة لمراجعة قرارها، عادّا أسطوانة الغاز "خطا أحمر"، ثم بدأ نوابه جمع التوقيعات لعقد جلسة طارئة الأسبوع المقبل وسحب الثقة من وزيري المالية والنفط.
وصعّد البرلمان أمس موقفه في مواجهة الحكومة، ووصف رفع سعر أسطوانات غاز المنازل إلى ٧٥ جنيها بأنه مجحف بحق المواطن، إذ استدعى رئيس المجلس إبراهيم أحمد عمر وزير المالية بدر الدين محمود ووزير الدولة بوزارة النفط محمود عبد الرحمن عند السابعة والنصف صباحاً، وعقد اجتماعا طارئا بحضور نائبته بدرية سليمان ورؤساء لجان الطاقة والشؤون الاقتصادية والشؤون الاجتماعية والزراعة.
وأعلن عمر رفضه القاطع للزيادات التي أقرت بعيدا عن قبة البرلمان، ومنح وزير المالية أقل من ٢٤ ساعة لمراجعة قراره.
في المقابل ألقت رئيسة لجنة الطاقة حياة الماحي باللوم على وزارة المالية، واتهمتها بالسعي إلى تجاوز دور البرلمان بإعلان أسعار جديدة للغاز، ووصفت الزيادة بأنها غير مبررة.
""", [
    ev("parliament-ultimatum", "ومنح الحكومة مهلة أقل من ٢٤ ساعة لمراجعة قرارها", PARL, "no own date in this sentence; the ultimatum of the meeting of 'أمس' = Wed 27 Jan 2016 (alamatonline: 'أمس الأربعاء')"),
    ev("mps-signatures", "ثم بدأ نوابه جمع التوقيعات", PARL, "no own date; started with the parliament's stand of Wed 27 Jan 2016 (alamatonline 'أمس الأربعاء'); the day is inferred"),
    ev("emergency-session-planned", "لعقد جلسة طارئة الأسبوع المقبل", "2016-01-31", "'الأسبوع المقبل' from Thu 28 Jan 2016 = the week Sun 31 Jan - Sat 6 Feb (a planned session)", end="2016-02-07"),
    ev("ministers-summoned", "استدعى رئيس المجلس إبراهيم أحمد عمر وزير المالية", PARL, "'أمس' from Thu 28 Jan 2016 = Wed 27 Jan, 'عند السابعة والنصف صباحاً'"),
    ev("price-hike", "رفع سعر أسطوانات غاز المنازل إلى ٧٥ جنيها", HIKE, "no own date; the hike of Mon 25 Jan 2016 (123news 'اليوم الإثنين', aljazeera 'أمس الاثنين')"),
])
art(S, "https://alamatonline.com/%D8%A7%D9%84%D8%A8%D8%B4%D9%8A%D8%B1-%D9%85%D8%AA%D8%AD%D8%AF%D9%8A%D8%A7-%D8%A7%D9%84%D9%85%D8%B9%D8%A7%D8%B1%D8%B6%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A%D8%A9-%D9%84%D8%A7-%D8%AA/",
    "2016-01-30", "no date on the stored page; the body's 'اليوم السبت' for SUNA's report of al-Bashir's words and 'في وقت سابق من الأسبوع' for the announcement of the tripled price (Mon 25 Jan 2016) give the Saturday of that week, Sat 30 Jan 2016 (altaghyeer of Mon 1 Feb 2016 already reports that al-Bashir had ruled out a reversal); the 'شاهد أيضاً' link dropped; headline kept from the page", False, """
البشير متحديا المعارضة السودانية: لا تراجع عن تحرير سعر الغاز
أكد الرئيس السوداني عمر حسن البشير أنه لن يتراجع عن سياسة تحرير الغاز، على الرغم من المخاوف من أن تقود زيادة الأسعار إلى تظاهرات واسعة مناوئة لحكومته.
ونقلت وكالة السودان للأنباء (سونا) الرسمية، اليوم السبت، عن البشير تشديده على تمسكه بإصلاحات السوق الحرة، ومنها خفض الدعم الحكومي لغاز الطهي والمشتقات البترولية، وفق ما أوردته "أسوشيتد برس".
وكانت وزارة المالية السودانية قد أعلنت في وقت سابق من الأسبوع أن سعر غاز الطهي سيرتفع إلى ثلاثة أضعاف، بحسب سكاي نيوز.
وفي سبتمبر 2013 نزل آلاف السودانيين إلى الشوارع احتجاجا على خفض الدعم الحكومي، مطالبين بإنهاء حكم البشير القائم منذ 26 عاما، وهو ما دفع قوات الأمن إلى حملة قمع شديدة.
""", [
    ev("bashir-no-reversal", "أنه لن يتراجع عن سياسة تحرير الغاز", BASHIR, "'اليوم السبت' (SUNA's report) = Sat 30 Jan 2016"),
    ev("price-hike", "أعلنت في وقت سابق من الأسبوع أن سعر غاز الطهي سيرتفع إلى ثلاثة أضعاف", HIKE, "'في وقت سابق من الأسبوع' = Mon 25 Jan 2016 (123news, aljazeera)"),
    ev("september-2013-protests", "نزل آلاف السودانيين إلى الشوارع", "2013-09-01", "'في سبتمبر 2013' (the month only)", end="2013-10-01"),
])

# ---------------------------------------------------------------- egypt-free-sugar-ration-cards-2023
S = "egypt-free-sugar-ration-cards-2023"
DECISION = "2023-12-07"                    # Thu 7 Dec 2023: al-Moselhy's decision (free sugar at 27 pounds on ration cards)
START = "2023-12-11"                       # Mon 11 Dec 2023: distribution starts
CRISIS = ("2023-10-01", "2023-12-08")      # the sugar crisis 'منذ فترة' (my span Oct - 7 Dec 2023)
art(S, "https://alaraby.co.uk/economy/%D9%85%D8%B5%D8%B1-%D8%AA%D8%AA%D9%8A%D8%AD-%D8%A7%D9%84%D8%B3%D9%83%D8%B1-%D9%84%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86-%D8%A8%D8%B3%D8%B9%D8%B1-27-%D8%AC%D9%86%D9%8A%D9%87%D8%A7%D9%8B-%D8%B9%D9%84%D9%89-%D8%A8%D8%B7%D8%A7%D9%82%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D9%85%D9%88%D9%8A%D9%86",
    "2023-12-07", "no date on the stored excerpt; the body's 'اليوم الخميس' for the minister's decision, which elbadil dates 'أمس الخميس السابع من شهر ديسمبر من عام 2023', gives Thu 7 Dec 2023 (7 Dec 2023 was a Thursday); headline rendered from the URL slug; the last, truncated sentence dropped", False, """
مصر تتيح السكر للمواطنين بسعر 27 جنيهاً على بطاقات التموين
قرر وزير التموين المصري، علي المصيلحي، اليوم الخميس، زيادة المعروض من السكر الأبيض الحر لتلبية الطلب المتنامي في البلاد، عبر إتاحة كيلوغرام واحد بسعر 27 جنيهاً على بطاقات الدعم التموينية التي يقيد عليها ثلاثة مستفيدين أو أقل، وكيلوغرامين بالسعر ذاته على البطاقات التي تضم أربعة مستفيدين أو أكثر.
ويقضي القرار بصرف السكر الحر في المنافذ التموينية عن طريق مخازن شركتي الجملة التابعتين للشركة القابضة للصناعات الغذائية، وتوزيعه على نحو 40 ألف منفذ بكميات تناهز 30 ألف طن من السكر الحر شهرياً، إلى جانب نحو 65 ألف طن من السكر التمويني المدعوم الذي يباع بسعر 12.60 جنيهاً للكيلوغرام.
وكلف المصيلحي الأجهزة الرقابية في الوزارة ومديريات التموين في المحافظات، بالتنسيق مع مباحث التموين في وزارة الداخلية وجهاز حماية المستهلك، بالتحقق من الالتزام الكامل بضوابط الرقابة على السكر وآليات ضخ الكميات المطلوبة في الأسواق، ومراقبة فواتير الشركات ومدى التزامها بالأسعار والأوزان المحددة.
وتعيش مصر، التي يقارب عدد سكانها 110 ملايين نسمة، أزمة في السكر منذ فترة، أدت إلى ارتفاع سعره بشكل ملحوظ، إذ يتراوح سعر الكيلوغرام حالياً بين 50 و55 جنيهاً.
""", [
    ev("moselhy-decision", "قرر وزير التموين المصري، علي المصيلحي، اليوم الخميس", DECISION, "'اليوم الخميس' = Thu 7 Dec 2023"),
    ev("inspection-order", "وكلف المصيلحي الأجهزة الرقابية في الوزارة", DECISION, "no own date; part of the decision of Thu 7 Dec 2023"),
    ev("sugar-crisis", "أزمة في السكر منذ فترة", CRISIS[0], "'منذ فترة' before Thu 7 Dec 2023; my span October - 7 Dec 2023 (the crisis of late 2023)", end=CRISIS[1]),
    ev("market-price-50-55", "يتراوح سعر الكيلوغرام حالياً بين 50 و55 جنيهاً", DECISION, "'حالياً' = the day of the report, Thu 7 Dec 2023"),
])
art(S, "https://ar.elbadil.com/224627/%d9%82%d8%b1%d8%a7%d8%b1-%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%aa%d9%85%d9%88%d9%8a%d9%86-%d8%a8%d8%b4%d8%a7%d9%86-%d8%a7%d9%84%d8%b3%d9%83%d8%b1/amp",
    "2023-12-08", "no date line on the stored page; the body's 'صدر أمس الخميس السابع من شهر ديسمبر من عام 2023' gives Fri 8 Dec 2023 (7 Dec 2023 was a Thursday); the site icon and author tag dropped; headline kept from the page; the last, truncated paragraph dropped", False, """
قرار وزير التموين بشان السكر.. إضافة اتنين كيلو حر زيادة على بطاقة التموين بسعر 27 جنيه وهذه التفاصيل
أصدر وزير التموين أمس الخميس السابع من شهر ديسمبر من عام 2023 قراره بشأن السكر، واضعا ضوابط لأزمة السكر في محاولة للسيطرة عليها، إذ أضاف كيلو من السكر على بطاقة التموين لكن بنظام البيع الحر، ونعرض لكم فيما يلي تفاصيل القرار.
وبموجب القرار الأخير لوزير التموين والتجارة الداخلية، يضاف كيلو من السكر الحر إلى بطاقة التموين التي يقل عدد أفرادها عن أربعة، وكيلوان للبطاقة التي يزيد عدد أفرادها على أربعة، على ألا يدخل ذلك ضمن السلع التموينية، بل يدفع المواطن ثمنه نقدا بسعر أقل من سعر السوق، هو 27 جنيها مصريا للكيلو.
ويُتاح هذا السعر للسكر الحر للمواطنين على بطاقة التموين ويصرف لهم عند سداد 27 جنيها مصريا نقدا، ويبدأ العمل بهذا التوجيه من يوم الحادي عشر من ديسمبر القادم، إذ تشرع الجهات المعنية في تنفيذه من يوم الاثنين القادم، ومن يخالفه يعرض نفسه للمساءلة القانونية.
""", [
    ev("moselhy-decision", "أصدر وزير التموين أمس الخميس السابع من شهر ديسمبر من عام 2023 قراره", DECISION, "'أمس الخميس السابع من شهر ديسمبر من عام 2023' = Thu 7 Dec 2023"),
    ev("sugar-crisis", "واضعا ضوابط لأزمة السكر", CRISIS[0], "no own date; the crisis before the decision of Thu 7 Dec 2023 (my span October - 7 Dec 2023)", end=CRISIS[1]),
    ev("distribution-start", "ويبدأ العمل بهذا التوجيه من يوم الحادي عشر من ديسمبر القادم", START, "'يوم الحادي عشر من ديسمبر القادم' = 'يوم الاثنين القادم' = Mon 11 Dec 2023"),
])
art(S, "https://www.sadaelomma.com/2023/12/blog-post_386.html",
    "2023-12-10", "no date line on the stored page (the address gives December 2023 only); the body's 'غدا الاثنين' for the start of the distribution, which elbadil dates 'يوم الحادي عشر من ديسمبر' and 'يوم الاثنين القادم' (Mon 11 Dec 2023), gives Sun 10 Dec 2023; the repeated headlines and the app badges dropped; headline kept from the page", False, """
بدء صرف السكر الحر على البطاقات التموينية ابتداء من غد الاثنين
تشرع وزارة التموين والتجارة الداخلية، غدا الاثنين، في صرف حصة من السكر الحر على البطاقات التموينية، بهدف زيادة الكميات المعروضة من السكر وتلبية احتياجات المواطنين منه.
وبينت الوزارة أن حصة السكر الحر التي ستصرف على البطاقات التموينية هي كيلو واحد للبطاقة التي تضم 3 مستفيدين أو أقل، و2 كيلو للبطاقة التي تضم 4 مستفيدين أو أكثر، بسعر 27 جنيها للكيلو.
وأكدت الوزارة أن منافذ التموين ستتولى صرف السكر الحر لأصحاب البطاقات التموينية، إلى جانب حصة السكر المدعم المخصصة لهم، والتي تصرف بسعر 12.6 جنيها للكيلو.
ويأتي قرار الوزارة بصرف السكر الحر على البطاقات التموينية ضمن الجهود الرامية إلى توفير السلع الغذائية الأساسية للمواطنين بأسعار مناسبة.
""", [
    ev("distribution-start", "تشرع وزارة التموين والتجارة الداخلية، غدا الاثنين، في صرف حصة من السكر الحر", START, "'غدا الاثنين' from Sun 10 Dec 2023 = Mon 11 Dec"),
    ev("moselhy-decision", "ويأتي قرار الوزارة بصرف السكر الحر", DECISION, "no own date; the minister's decision of Thu 7 Dec 2023 (alaraby 'اليوم الخميس', elbadil 'أمس الخميس السابع من شهر ديسمبر')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 604
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
