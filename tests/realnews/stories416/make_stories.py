"""Builds stories.jsonl: the 416-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Riyadh, Jeddah, Mecca and Taif in any
domain: floods and rain, fires, traffic and roads, municipal projects, courts, seasons and festivals, schools.
Stories: the Jeddah floods and the breach of the Umm al-Khair dam (January 2011), the opening of the 12th
Souq Okaz in Taif (June 2018), the Riyadh rains and school suspensions (November 2013), and the thunderstorm on
Mecca and the Grand Mosque with the next day's school suspension (August 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-jeddah-umm-al-khair-floods-2011
S = "saudi-jeddah-umm-al-khair-floods-2011"
RAIN = "2011-01-26"                        # the rain on Jeddah, Wed 26 Jan 2011 (22 Safar 1432), from dawn, 3-4 hours
FLOODWEEK = ("2011-01-26", "2011-01-29")   # from the rain to the report of Fri 28 Jan (end exclusive)
art(S, "https://sauress.com/anaween/23498",
    "2011-01-26", "the body's 'منذ فجر اليوم الأربعاء 26 يناير 2011' (kept; 26 Jan 2011 was a Wednesday) and 'في بيان له اليوم'; headline written from the body (the stored text has none)", True, """
انهيار جزئي للسد الاحترازي قرب حي أم الخير في جدة بسبب الأمطار
أفاد الدفاع المدني في جدة بأن الأمطار الغزيرة التي تساقطت على المدينة منذ فجر اليوم الأربعاء 26 يناير 2011 أدت إلى انهيار جزئي في السد الاحترازي الملاصق لحي أم الخير شرقي جدة، ما أسفر عن احتجاز العشرات منذ الصباح الباكر.
وذكر الدفاع المدني، في بيان أصدره اليوم، أنه بدأ عمليات إنقاذ المتضررين من السيول التي أغرقت أجزاء من جدة وتسببت في الانهيار الجزئي للسد الاحترازي المجاور لحي أم الخير شرق المدينة.
وأوضح مدير الدفاع المدني في جدة أن السكان جرى إجلاؤهم بواسطة الطائرات والقوارب المطاطية، لافتا إلى أن منسوب الأمطار تجاوز 120 سم.
وأدت السيول التي تعيشها جدة منذ الصباح إلى ارتفاع منسوب المياه في عدد كبير من أنفاق المحافظة وشوارعها، ما عرقل حركة سيارات الإسعاف التي كان بعضها ينقل مصابين ومرضى فيما كان بعضها الآخر متجها لمباشرة عدد من البلاغات.
""", [
    ev("jeddah-rain", "الأمطار الغزيرة التي تساقطت على المدينة منذ فجر اليوم الأربعاء 26 يناير 2011", RAIN, "'منذ فجر اليوم الأربعاء 26 يناير 2011' = Wed 26 Jan 2011"),
    ev("dam-collapse", "أدت إلى انهيار جزئي في السد الاحترازي", RAIN, "the breach caused by the rain of 'اليوم الأربعاء 26 يناير 2011'"),
    ev("residents-trapped", "ما أسفر عن احتجاز العشرات منذ الصباح الباكر", RAIN, "'منذ الصباح الباكر' of Wed 26 Jan 2011"),
    ev("rescue-operations", "أنه بدأ عمليات إنقاذ المتضررين من السيول", RAIN, "'في بيان أصدره اليوم' = Wed 26 Jan 2011"),
    ev("airlift-evacuation", "أن السكان جرى إجلاؤهم بواسطة الطائرات والقوارب المطاطية", RAIN, "no own expression; the evacuations of Wed 26 Jan 2011 reported the same day"),
    ev("tunnels-flooded", "ارتفاع منسوب المياه في عدد كبير من أنفاق المحافظة وشوارعها", RAIN, "'منذ الصباح' of Wed 26 Jan 2011"),
])
art(S, "https://www.alittihad.ae/article/9826/2011/%D8%AE%D8%A7%D8%AF%D9%85-%D8%A7%D9%84%D8%AD%D8%B1%D9%85%D9%8A%D9%86-%D9%8A%D8%A3%D9%85%D8%B1-%D8%A8%D8%AA%D8%B9%D8%B2%D9%8A%D8%B2%D8%A7%D8%AA-%D9%84%D8%A5%D8%BA%D8%A7%D8%AB%D8%A9-%D8%AC%D8%AF%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%B3%D9%8A%D9%88%D9%84",
    "2011-01-27", "no date line on the stored page (the URL gives only the year '/2011/'); the body's 'سيول جارفة تعرضت لها المدينة أمس' and 'منذ فجر أمس' for the floods of Wed 26 Jan 2011 give Thu 27 Jan 2011 (a print daily's next-day report); headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
خادم الحرمين يأمر بتعزيزات لإغاثة جدة بعد السيول
أمر خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز وزير المالية بإرسال تعزيزات لإغاثة جدة إثر السيول الجارفة التي اجتاحت المدينة أمس، وطلب كذلك تقريرا عن المقصرين والمتباطئين في تنفيذ الأوامر السامية الخاصة بوضع خطط لإغاثة جدة عند وقوع الفيضانات، وفق ما بثته قناة "العربية" الفضائية أمس.
وكان عشرات السعوديين قد علقوا أمس بعد انهيار سد أم الخير شرقي جدة جراء الأمطار الغزيرة التي هطلت على المدينة وأغرقت سيولها عددا من الشوارع.
وأفاد الدفاع المدني السعودي في بيان بأن الأمطار الغزيرة المتساقطة منذ فجر أمس على جدة الواقعة على ساحل البحر الأحمر أحدثت انهيارا جزئيا في السد الاحترازي المحاذي لحي أم الخير شرق المدينة.
وتابع البيان أنه باشر عمليات إنقاذ المتضررين من السيول التي غمرت أجزاء من المدينة وأدت إلى الانهيار الجزئي للسد.
ولفت الدفاع المدني إلى أن السكان أُجلوا بالطائرات والقوارب المطاطية، موضحا أن منسوب الأمطار بلغ أكثر من 120 مليمترا.
وأعلن مصدر في الدفاع المدني أن طائرتين تابعتين لقوات الدفاع المدني تعملان على إجلاء المحتجزين في مخطط أم الخير بحي السليمانية الشرقي وشارع فلسطين.
""", [
    ev("king-orders-relief", "أمر خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز وزير المالية بإرسال تعزيزات", RAIN, "'وفق ما بثته قناة \"العربية\" الفضائية أمس' in an article of Thu 27 Jan = Wed 26 Jan 2011 (the royal order was issued the day of the floods)"),
    ev("residents-trapped", "وكان عشرات السعوديين قد علقوا أمس", RAIN, "'أمس' in an article of Thu 27 Jan 2011 = Wed 26 Jan"),
    ev("jeddah-rain", "الأمطار الغزيرة المتساقطة منذ فجر أمس على جدة", RAIN, "'منذ فجر أمس' from Thu 27 = Wed 26 Jan 2011"),
    ev("dam-collapse", "أحدثت انهيارا جزئيا في السد الاحترازي", RAIN, "the breach of Wed 26 Jan 2011 ('منذ فجر أمس')"),
    ev("rescue-operations", "وتابع البيان أنه باشر عمليات إنقاذ المتضررين", RAIN, "no own expression; the statement of Wed 26 Jan 2011 (anaween 'في بيان له اليوم')"),
    ev("airlift-evacuation", "أن السكان أُجلوا بالطائرات والقوارب المطاطية", RAIN, "no own expression; the evacuations of Wed 26 Jan 2011"),
])
art(S, "https://www.yemeress.com/algomhoriah/30742",
    "2011-01-28", "the body's 'اليوم الجمعة' with the Saturday school suspension ('يوم غد السبت') after the floods of Wed 26 Jan 2011 ('خلال اليومين الماضيين') gives Fri 28 Jan 2011; headline written from the body (the stored text has none)", True, """
الدفاع المدني السعودي: إنقاذ 1500 عالق في سيول جدة
أعلن الدفاع المدني السعودي اليوم الجمعة أنه أنقذ حتى الآن ألفا و500 شخص من العالقين بسبب الفيضانات التي تجتاح مدينة جدة، فيما وُجد اثنان من المفقودين على قيد الحياة.
وبيّن مدير عام الدفاع المدني في جدة العميد عبدالله الجداوي أن القوات المسلحة وحرس الحدود يشتركان في أكبر عملية إنقاذ تعرفها المملكة العربية السعودية لانتشال العالقين في كارثة السيول التي تضرب جدة، في حين قررت السلطات السعودية تعليق الدراسة في مدينة جدة يوم غد السبت بسبب الفيضانات.
وكانت جدة قد أعلنت تسجيل أربع حالات وفاة، إحداها لمواطن سعودي وثلاث لمقيمين، إضافة إلى حالة فقدان واحدة، جراء الأمطار الغزيرة التي تساقطت على المدينة خلال اليومين الماضيين.
وأورد بيان نشرته وكالة الأنباء السعودية أن أشد أحياء جدة تضررا هي "أم الخير والنخيل والنسيم وبني مالك والشرفية والحمراء وغليل والجامعة والتوفيق والسامر 3 و4 والأجواد والرويس والثغر والبلد".
وأضاف البيان أن "6000 شقة مفروشة جرى تأمينها لإيواء المتضررين"، بينما تحلق في سماء جدة 14 طائرة عمودية لإنقاذ من تبقى من المحتجزين.
""", [
    ev("rescued-1500", "أنه أنقذ حتى الآن ألفا و500 شخص من العالقين", FLOODWEEK[0], "'حتى الآن' as of 'اليوم الجمعة' (Fri 28 Jan 2011): the rescues since Wed 26 Jan (my span 26-28 Jan)", end=FLOODWEEK[1]),
    ev("army-joins-rescue", "يشتركان في أكبر عملية إنقاذ تعرفها المملكة", FLOODWEEK[0], "no own expression; the armed forces' part in the rescue since Wed 26 Jan up to Fri 28 Jan 2011 (my span)", end=FLOODWEEK[1]),
    ev("school-suspension-sat", "قررت السلطات السعودية تعليق الدراسة في مدينة جدة يوم غد السبت", "2011-01-29", "'يوم غد السبت' from Fri 28 = Sat 29 Jan 2011 (the day without school)"),
    ev("four-dead", "وكانت جدة قد أعلنت تسجيل أربع حالات وفاة", RAIN, "the deaths in the rain of Wed 26 Jan 2011 ('خلال اليومين الماضيين'); the toll itself was announced on Thu 27 Jan (alittihad 10230: 'أمس' on Fri 28)"),
    ev("jeddah-rain", "جراء الأمطار الغزيرة التي تساقطت على المدينة خلال اليومين الماضيين", RAIN, "'خلال اليومين الماضيين' from Fri 28 = the rain of Wed 26 Jan 2011 (22 Safar 1432)"),
    ev("shelter-6000-flats", "6000 شقة مفروشة جرى تأمينها لإيواء المتضررين", FLOODWEEK[0], "no own expression; the housing of the displaced between Wed 26 and Fri 28 Jan 2011 (my span)", end=FLOODWEEK[1]),
])

# ---------------------------------------------------------------- saudi-taif-souq-okaz-12th-opening-2018
S = "saudi-taif-souq-okaz-12th-opening-2018"
OPEN = "2018-06-27"                        # the 12th Souq Okaz opened on the evening of Wed 27 Jun 2018 (13 Shawwal 1439)
art(S, "https://akhbaar24.com/ampArticle/397041/mailto%3Arevenue%40srmg.com",
    "2018-06-28", "the body's 'أمس الأربعاء' for the opening of the 12th Souq Okaz (Wed 27 Jun 2018, 13 Shawwal 1439 as announced by slaati on 8 Feb 2018) gives Thu 28 Jun 2018; headline written from the body (the stored text has none)", True, """
سلطان بن سلمان: الطائف بلد رجال
أثنى رئيس الهيئة العامة للسياحة والتراث الوطني رئيس اللجنة العليا الإشرافية لسوق عكاظ الأمير سلطان بن سلمان على رجال الطائف ونسائها.
وذكر الأمير سلطان، أثناء لقائه رئيس نادي الطائف الأدبي الثقافي عطاالله الجعيد، أن "الطائف بلد رجال، والمرأة من أهل الطائف عن عشرين رجّال".
وتابع أن أهل الطائف أسهموا في بناء هذه الدولة وفي كل شيء عظيم فيها، مبينا أنه عايش الطائف منذ صغره، ويسعده أن تستمر معايشته لأهل الطائف إلى الآن.
وجاء حديثه هذا في أثناء افتتاح فعاليات سوق عكاظ في دورته الثانية عشرة أمس الأربعاء، بحضور أمير منطقة مكة المكرمة الأمير خالد الفيصل.
""", [
    ev("sultan-praises-taif", "أثنى رئيس الهيئة العامة للسياحة والتراث الوطني", OPEN, "no own expression; said at the opening of 'أمس الأربعاء' = Wed 27 Jun 2018"),
    ev("sultan-meets-juaid", "أثناء لقائه رئيس نادي الطائف الأدبي الثقافي عطاالله الجعيد", OPEN, "during the opening of 'أمس الأربعاء' = Wed 27 Jun 2018"),
    ev("okaz-opening", "افتتاح فعاليات سوق عكاظ في دورته الثانية عشرة أمس الأربعاء", OPEN, "'أمس الأربعاء' in an article of Thu 28 Jun 2018 = Wed 27 Jun"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=11552318",
    "2018-06-28", "no date on the stored page; the body's 'أمس' for the opening (Wed 27 Jun 2018, confirmed by akhbaar24 'أمس الأربعاء' and slaati 'مساء الأربعاء الماضي') and 'حتى الثالث عشر من يوليو المقبل' give Thu 28 Jun 2018; headline written from the body; the list of guests shortened (two ambassadors dropped) and the last, truncated words dropped; no date of its own in the text", False, """
أمير منطقة مكة يفتتح الدورة الثانية عشرة لسوق عكاظ
تحت رعاية خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، وبتشريف من رئيس الهيئة العامة للسياحة والتراث الوطني رئيس اللجنة الإشرافية العليا لسوق عكاظ الأمير سلطان بن سلمان بن عبدالعزيز، دشّن مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة الأمير خالد الفيصل بن عبدالعزيز، أمس، الدورة الثانية عشرة لسوق عكاظ التي تتولى الإشراف عليها الهيئة العامة للسياحة والتراث الوطني، وتتواصل فعالياتها حتى الثالث عشر من يوليو المقبل.
وحضر حفل الافتتاح في مقر سوق عكاظ التاريخي بالطائف عدد من كبار الضيوف من الدبلوماسيين والمسؤولين والمثقفين والأدباء والإعلاميين من داخل المملكة وخارجها، يتقدمهم الأمير بدر بن عبدالمحسن بن عبدالعزيز، ووزير الإعلام د. عواد بن صالح العواد، ومدير جامعة الطائف د. حسام بن عبدالوهاب، ووزير الخارجية البحريني الشيخ خالد بن أحمد آل خليفة، ووزيرة الثقافة المصرية د. إيناس عبدالدايم.
وشدد أمير منطقة مكة المكرمة الأمير خالد الفيصل بن عبدالعزيز على أهمية السوق التاريخية، وعلى عناية ملوك المملكة به.
""", [
    ev("okaz-opening", "دشّن مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة", OPEN, "'أمس' in an article of Thu 28 Jun 2018 = Wed 27 Jun"),
    ev("okaz-runs", "وتتواصل فعالياتها حتى الثالث عشر من يوليو المقبل", OPEN, "from the opening on Wed 27 Jun to 'الثالث عشر من يوليو المقبل' = Fri 13 Jul 2018 (end exclusive 14 Jul)", end="2018-07-14"),
    ev("opening-guests", "وحضر حفل الافتتاح في مقر سوق عكاظ التاريخي بالطائف", OPEN, "the opening ceremony of Wed 27 Jun 2018 ('أمس')"),
    ev("faisal-speech", "وشدد أمير منطقة مكة المكرمة الأمير خالد الفيصل بن عبدالعزيز على أهمية السوق", OPEN, "no own expression; his speech at the opening of Wed 27 Jun 2018"),
])
art(S, "https://www.slaati.com/2018/06/29/p1122679.html",
    "2018-06-29", "date in the URL '/2018/06/29/' (29 Jun 2018 was a Friday); the body's 'مساء الأربعاء الماضي' agrees; headline written from the body (the stored text has none); the last, truncated quotation dropped", True, """
خالد الفيصل يروي قصة سوق عكاظ
بالتزامن مع انطلاق الدورة الثانية عشرة من "سوق عكاظ"، مساء الأربعاء الماضي، سرد الأمير خالد الفيصل بن عبدالعزيز آل سعود، أمير منطقة مكة المكرمة ومستشار خادم الحرمين الشريفين، حكاية أشهر أسواق العرب "سوق عكاظ"، الذي نشأ قبل الإسلام بمائة عام في صخور الأثيداء، على بعد 35 كم شمال شرق الطائف، على الطريق الواصل بين الطائف والرياض.
واستهل "الفيصل" الرواية التاريخية لسوق عكاظ بالإشارة إلى أنها تحكي قصة عناية قادة هذه البلاد بهذه الحركة الفريدة من نوعها، لا على مستوى المملكة وحدها، بل على مستوى الوطن العربي كله، مبينا أن تحديد موقع سوق عكاظ كان من اهتمامات الملك فيصل – رحمه الله.
وأوضح سموه أن لجنة شُكلت برئاسة الشيخ محمد بن بليهد والدكتور عبدالوهاب عزام – رحمهم الله – ومعهما فريق آخر يعاونهم في هذه المهمة، إذ كلفهم الملك فيصل بتحديد موقع سوق عكاظ بناء على الشواهد التي وردت عن السوق ومعالمه التاريخية والأثرية، لافتا إلى أنهم حددوا موقع السوق في الطائف فعلا.
""", [
    ev("okaz-opening", "انطلاق الدورة الثانية عشرة من \"سوق عكاظ\"، مساء الأربعاء الماضي", OPEN, "'مساء الأربعاء الماضي' from Fri 29 Jun 2018 = Wed 27 Jun"),
    ev("faisal-speech", "سرد الأمير خالد الفيصل بن عبدالعزيز آل سعود", OPEN, "'بالتزامن مع انطلاق ... مساء الأربعاء الماضي' = his speech at the opening, Wed 27 Jun 2018"),
])

# ---------------------------------------------------------------- saudi-riyadh-rains-school-suspension-nov-2013
S = "saudi-riyadh-rains-school-suspension-nov-2013"
SAT = "2013-11-16"                         # heavy rain on Riyadh from the evening of Sat 16 Nov 2013
art(S, "https://howiyapress.com/1523-2",
    "2013-11-16", "page date line 'السبت 16 نونبر 2013م' (kept as second line; 16 Nov 2013 was a Saturday); the source tag 'هوية بريس – المفكرة' dropped; headline kept from the page (reworded)", True, """
بالصور.. أمطار غزيرة تغرق شوارع الرياض عاصمة السعودية
السبت 16 نونبر 2013م
أعلنت جهات الإنقاذ والجهات المرورية في العاصمة الرياض (بالمملكة العربية السعودية) حالة الاستنفار، بسبب الأمطار الغزيرة التي تساقطت على الرياض ومحافظاتها، وتسببت في شلل حركة السير على عدد من الطرق.
وأفادت تقارير صحافية متطابقة بأن الأمطار الغزيرة أغرقت شوارع كثيرة في أحياء الرياض، مثل حي السويدي وحي نمار، إلى جانب طريق ديراب وطرق أخرى.
""", [
    ev("emergency-mobilisation", "أعلنت جهات الإنقاذ والجهات المرورية في العاصمة الرياض", SAT, "no own expression; the date line 'السبت 16 نونبر 2013م'"),
    ev("riyadh-rain", "بسبب الأمطار الغزيرة التي تساقطت على الرياض ومحافظاتها", SAT, "the date line 'السبت 16 نونبر 2013م' (the rain began on the evening of Sat 16 Nov)"),
    ev("traffic-halted", "وتسببت في شلل حركة السير على عدد من الطرق", SAT, "no own expression; Sat 16 Nov 2013 (date line)"),
    ev("streets-flooded", "أغرقت شوارع كثيرة في أحياء الرياض", SAT, "no own expression; Sat 16 Nov 2013 (date line)"),
])
art(S, "https://djazairess.com/elkhabar/367918",
    "2013-11-17", "no date on the stored page; the body's 'مساء أمس' for the start of the rain (the evening of Sat 16 Nov 2013: howiyapress's date line, jazannews 'مساء أمس السبت') and the ministry's school suspension 'اليوم' in Riyadh, al-Muzahmiya, Thadiq, Dhurma, Huraymila and Rimah (the Sunday suspension) give Sun 17 Nov 2013; headline written from the body; the last, truncated sentence dropped; no date of its own in the text", False, """
أمطار غزيرة تغرق سيارات في الرياض وتودي بثلاثة من أسرة واحدة
تسببت أمطار غزيرة هطلت على العاصمة السعودية الرياض في غرق سيارات واحتجاز العشرات، كما لقي ثلاثة أفراد من أسرة واحدة حتفهم إثر انزلاق سيارتهم وارتطامها على أحد الطرق.
وبدأت الأمطار في الهطول مساء أمس، فاستنفرت الجهات المختصة وأعلنت حالة الطوارئ لإنقاذ المحتجزين والمتضررين من الأمطار.
وأوضح مدير إدارة الشؤون الفنية في هيئة الهلال الأحمر، مازن الغامدي، لصحيفة "عكاظ"، أن غرفة العمليات تلقت بلاغا عن حادث وقع بعد هطول الأمطار وأدى إلى وفاة أب وأم وطفلهما.
وتلقت عمليات مرور الرياض والهلال الأحمر بلاغات عديدة، في حين تسربت مياه الأمطار إلى مطار الملك خالد الدولي ومجمع الملك سعود الطبي.
من جانب آخر، أعلن المتحدث الرسمي لوزارة التربية والتعليم السعودية، محمد بن سعد الدخيني، تعليق الدراسة اليوم في مدارس مدينة الرياض ومحافظات المزاحمية وثادق وضرما وحريملاء ورماح.
وتوقعت الأرصاد الجوية أن تتأثر أجواء العاصمة خلال هذه الأيام بتغيرات مناخية تتشكل معها سحب رعدية ستغطي مواقع عدة في المنطقة الوسطى والعاصمة ومنطقة القصيم.
""", [
    ev("family-crash-deaths", "لقي ثلاثة أفراد من أسرة واحدة حتفهم", SAT, "no own expression; the crash after the rain that began 'مساء أمس' (Sat 16 Nov 2013), reported on Sun 17 (my span: the night of 16-17 Nov)", end="2013-11-18"),
    ev("riyadh-rain", "وبدأت الأمطار في الهطول مساء أمس", SAT, "'مساء أمس' from Sun 17 = the evening of Sat 16 Nov 2013"),
    ev("emergency-mobilisation", "فاستنفرت الجهات المختصة وأعلنت حالة الطوارئ", SAT, "'مساء أمس' = Sat 16 Nov 2013"),
    ev("airport-leak", "تسربت مياه الأمطار إلى مطار الملك خالد الدولي", SAT, "no own expression; during the rain of the night of 16-17 Nov 2013 (my span)", end="2013-11-18"),
    ev("school-suspension-sun", "تعليق الدراسة اليوم في مدارس مدينة الرياض", "2013-11-17", "'اليوم' = Sun 17 Nov 2013"),
    ev("storm-forecast", "أن تتأثر أجواء العاصمة خلال هذه الأيام بتغيرات مناخية", "2013-11-17", "'خلال هذه الأيام' from Sun 17 Nov 2013 (my span: the rest of that week, up to Wed 20)", end="2013-11-21"),
])
art(S, "https://al-jazirah.com/2013/20131120/fe40.htm",
    "2013-11-20", "date of the issue in the URL '/2013/20131120/' (20 Nov 2013 was a Wednesday); the body's 'أمس' is Tue 19 Nov; headline written from the body (the stored text has none); the byline dropped; no date of its own in the text", True, """
الرياض تستيقظ على المطر دون تعليق للدراسة
صحت الرياض أمس على أمطار متفرقة روت شرايين العاصمة بالخير، فيما رفعت الجهات المختلفة جاهزية أجهزتها للتعامل مع أي طارئ.
وكان اللافت أن الدراسة لم تُعلَّق رغم تساقط الأمطار منذ ساعات الفجر الأولى.
واضطر عدد من أولياء الأمور إلى تعليق دراسة أبنائهم بقرار فردي، بعدما تزايدت التوقعات بهطول المطر في موعد انصراف المدارس.
ولجأت بعض المدارس إلى صرف الطلاب قبل الموعد المحدد، تفاديا لوقوع أي سيول.
""", [
    ev("tuesday-rain", "صحت الرياض أمس على أمطار متفرقة", "2013-11-19", "'أمس' in the issue of Wed 20 Nov 2013 = Tue 19 Nov"),
    ev("no-suspension-tuesday", "أن الدراسة لم تُعلَّق رغم تساقط الأمطار", "2013-11-19", "'منذ ساعات الفجر الأولى' of Tue 19 Nov 2013"),
    ev("parents-keep-children-home", "اضطر عدد من أولياء الأمور إلى تعليق دراسة أبنائهم", "2013-11-19", "Tue 19 Nov 2013 ('أمس')"),
    ev("schools-early-release", "ولجأت بعض المدارس إلى صرف الطلاب قبل الموعد المحدد", "2013-11-19", "Tue 19 Nov 2013 ('أمس')"),
])
art(S, "https://al-sharq.com/article/20/11/2013/تعليق-الدراسة-في-الرياض-والشرقية-بالسعودية",
    "2013-11-20", "page date line '20 نوفمبر 2013 , 12:00ص' (kept as second line; 20 Nov 2013 was a Wednesday), date in the URL '/20/11/2013/'; the body's 'اليوم الأربعاء' agrees; the dateline 'الرياض – وكالات' and the page furniture dropped; headline kept from the page; the last, truncated sentence dropped", True, """
تعليق الدراسة في الرياض والشرقية بالسعودية
20 نوفمبر 2013 , 12:00ص
أعلنت وزارة التربية والتعليم السعودية تعليق الدراسة، اليوم الأربعاء، في مدارس منطقة الرياض والمنطقة الشرقية وعدد من المحافظات التابعة لهما، إثر توقعات رسمية بهطول أمطار غزيرة على هذه المناطق.
وأكدت الوزارة، على لسان متحدثها الرسمي محمد الدخيني، أن الدراسة عُلّقت بعد دراسة التقارير الواردة من الجهات المختصة، بسبب الحالة الجوية التي تمر بها منطقتا الرياض والشرقية، والتي يتوقع معها هطول أمطار غزيرة خلال اليوم.
وأوضح الدخيني أن قرار التعليق يشمل محافظات الخرج وثادق وحريملاء وضرما والمزاحمية ورماح التابعة لمنطقة الرياض، إلى جانب محافظتي الأحساء وحفر الباطن في المنطقة الشرقية.
كما أعلنت جامعة الأميرة نورة بنت عبدالرحمن في الرياض تعليق الدراسة لطالباتها، وكذلك جامعتا الدمام والملك فيصل في المنطقة الشرقية في جميع كلياتهما بالمنطقة ومحافظاتها للطلاب والطالبات.
""", [
    ev("school-suspension-wed", "أعلنت وزارة التربية والتعليم السعودية تعليق الدراسة، اليوم الأربعاء", "2013-11-20", "'اليوم الأربعاء' = Wed 20 Nov 2013 (the day without school)"),
    ev("rain-expected-wed", "يتوقع معها هطول أمطار غزيرة خلال اليوم", "2013-11-20", "'خلال اليوم' = Wed 20 Nov 2013"),
    ev("universities-suspend", "كما أعلنت جامعة الأميرة نورة بنت عبدالرحمن في الرياض تعليق الدراسة", "2013-11-20", "no own expression; the suspension of Wed 20 Nov 2013"),
])

# ---------------------------------------------------------------- saudi-mecca-haram-thunderstorm-aug-2023
S = "saudi-mecca-haram-thunderstorm-aug-2023"
STORM = "2023-08-22"                       # the thunderstorm on Mecca and the Grand Mosque, Tue 22 Aug 2023
art(S, "https://almwatin.com/%D9%85%D8%A7%D8%B0%D8%A7-%D9%81%D8%B9%D9%84%D8%AA-%D8%B9%D9%88%D8%A7%D8%B5%D9%81-%D9%85%D9%83%D8%A9-%D8%A8%D8%A7%D9%84%D9%85%D8%B9%D8%AA%D9%85%D8%B1%D9%8A%D9%86-%D8%9F-%D9%81%D9%8A%D8%AF%D9%8A",
    "2023-08-22", "no date line on the stored page; the embedded tweets are all dated 'August 22, 2023' (dropped with the tweets), the body's 'الثلاثاء' for the storm and 'ومن المتوقع، الأربعاء' for the next day's forecast give Tue 22 Aug 2023; the byline 'الرياض – المواطن' and the last, truncated sentence (the school suspension) dropped; headline kept from the page (reworded); no date of its own in the text", False, """
ماذا فعلت عواصف مكة بالمعتمرين؟.. فيديو يحبس الأنفاس
تناقل ناشطون عبر مواقع التواصل الاجتماعي مقاطع تُظهر تساقط أمطار غزيرة على الحرم المكي، ومحاولات العمال مساعدة المعتمرين المتأثرين بها.
وتساقطت، الثلاثاء، أمطار غزيرة رافقتها عواصف رعدية على أنحاء متفرقة من أحياء مكة.
ووفق المركز الوطني للأرصاد، يُتوقع، الأربعاء، أن يستمر هطول أمطار رعدية متوسطة إلى غزيرة تفضي إلى جريان السيول، مع رياح نشطة مثيرة للأتربة والغبار على أجزاء من مكة، حسبما نقلته وكالة الأنباء الرسمية (واس).
وتكشف المقاطع المتداولة حجم تأثير الرياح القوية على المعتمرين داخل المسجد الحرام، إذ دفعتهم بشدة بينما حاول العاملون مساعدتهم.
""", [
    ev("videos-shared", "تناقل ناشطون عبر مواقع التواصل الاجتماعي مقاطع", STORM, "no own expression; the videos of Tue 22 Aug 2023 (the tweets are dated that day)"),
    ev("mecca-storm", "وتساقطت، الثلاثاء، أمطار غزيرة رافقتها عواصف رعدية", STORM, "'الثلاثاء' = Tue 22 Aug 2023"),
    ev("wednesday-forecast", "يُتوقع، الأربعاء، أن يستمر هطول أمطار رعدية", "2023-08-23", "'الأربعاء' after the storm of Tue 22 = Wed 23 Aug 2023"),
    ev("wind-hits-worshippers", "حجم تأثير الرياح القوية على المعتمرين داخل المسجد الحرام", STORM, "no own expression; during the storm of Tue 22 Aug 2023"),
])
art(S, "https://marsalqatar.qa/post/38245/%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D8%B9%D8%A7%D8%B5%D9%81%D8%A9-%D8%B1%D8%B9%D8%AF%D9%8A%D8%A9-%D9%88%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%BA%D8%B2%D9%8A%D8%B1%D8%A9",
    "2023-08-23", "page time stamp '23/08/2023 الساعة 13:01 (بتوقيت الدوحة)' (kept as second line; 23 Aug 2023 was a Wednesday); the body's 'أمس الثلاثاء' agrees; the photo caption, the currency ticker and the last, truncated sentence dropped; headline kept from the page", True, """
فيديو.. عاصفة رعدية وأمطار غزيرة تضرب مكة المكرمة
23/08/2023 الساعة 13:01 (بتوقيت الدوحة)
شهدت مكة المكرمة، أمس الثلاثاء، عاصفة رعدية وأمطارا غزيرة صاحبتها رياح عاتية اضطر معها المعتمرون والمصلون إلى مغادرة الحرم المكي الشريف مسرعين، وتناقل ناشطون عبر مواقع التواصل الاجتماعي مقاطع فيديو ترصد الأمطار الغزيرة المتساقطة على الحرم المكي الذي كان يضم عددا كبيرا من المعتمرين والمصلين.
وبيّنت مقاطع أخرى جريان السيول في شوارع مكة المكرمة، وسقوط عدد من الأشجار واللوحات الإعلانية جراء الرياح الشديدة المصاحبة للأمطار.
وفي مقطع آخر انتشر على نطاق واسع، ضربت صاعقة برج "الساعة" الشهير في مكة المكرمة، فظهر خط من البرق يضيء بقوة بين السماء وسارية البرج.
وأفادت وكالة الأنباء السعودية "واس" بأن أمطارا غزيرة هطلت، الثلاثاء، مصحوبة بعواصف رعدية على مناطق مختلفة من أحياء مكة المكرمة.
وكان الدفاع المدني السعودي قد رفع مستوى التنبيه إلى "إنذار أحمر" استنادا إلى المركز الوطني للأرصاد بشأن أمطار غزيرة على منطقة مكة المكرمة.
""", [
    ev("mecca-storm", "شهدت مكة المكرمة، أمس الثلاثاء، عاصفة رعدية", STORM, "'أمس الثلاثاء' in an article of Wed 23 Aug 2023 = Tue 22 Aug"),
    ev("wind-hits-worshippers", "اضطر معها المعتمرون والمصلون إلى مغادرة الحرم المكي الشريف مسرعين", STORM, "during the storm of 'أمس الثلاثاء' = Tue 22 Aug 2023"),
    ev("videos-shared", "وتناقل ناشطون عبر مواقع التواصل الاجتماعي مقاطع فيديو", STORM, "no own expression; the videos of Tue 22 Aug 2023"),
    ev("trees-and-signs-fall", "وسقوط عدد من الأشجار واللوحات الإعلانية", STORM, "no own expression; the storm of Tue 22 Aug 2023"),
    ev("clock-tower-lightning", "ضربت صاعقة برج \"الساعة\" الشهير في مكة المكرمة", STORM, "no own expression; the storm of Tue 22 Aug 2023"),
    ev("red-alert", "وكان الدفاع المدني السعودي قد رفع مستوى التنبيه إلى \"إنذار أحمر\"", STORM, "no own expression (pluperfect); the red alert for Mecca issued on Tue 22 Aug 2023 ahead of the storm (my reading)"),
])
art(S, "https://masrtimes.com/317341",
    "2023-08-23", "no date line on the stored page; the body's 'اليوم الأربعاء' for the first school suspension of the new school year (begun Sun 20 Aug 2023) after the storm 'خلال الساعات الماضية' (Tue 22 Aug) gives Wed 23 Aug 2023; the repeated headline line dropped; headline kept from the page (reworded)", True, """
تعليق الدراسة في جميع مدارس مكة بسبب سوء الأحوال الجوية
قررت إدارة تعليم مكة المكرمة تعليق الدراسة الحضورية في جميع مدارسها اليوم الأربعاء، استنادا إلى ما ورد من المركز الوطني للأرصاد بشأن الحالة الجوية غير المستقرة، وحرصا منها على سلامة الجميع عبر التحقق من سلامة المباني المدرسية بعد الأمطار الغزيرة والعواصف التي شهدتها المنطقة خلال الساعات الماضية، بحسب ما أفادت وكالة الأنباء السعودية "واس".
وبيّنت أنه تقرر نقل الدراسة إلى منصة "مدرستي" في جميع مدارس العاصمة المقدسة والجموم وبحرة والكامل الصباحية والمسائية.
وفي سياق متصل، حذّر المركز الوطني للأرصاد من أمطار غزيرة على منطقة الباحة ترافقها رياح سطحية نشطة، وشبه انعدام في مدى الرؤية، وتساقط البرد، وجريان السيول على مدينة الباحة ومحافظات العقيق والقرى والمندق وبلجرشي وبني حسن والأجزاء المجاورة لها.
وأوضح المركز أن الحالة تستمر حتى الساعة الحادية عشرة مساءً.
""", [
    ev("school-suspension-wed", "تعليق الدراسة الحضورية في جميع مدارسها اليوم الأربعاء", "2023-08-23", "'اليوم الأربعاء' = Wed 23 Aug 2023"),
    ev("mecca-storm", "بعد الأمطار الغزيرة والعواصف التي شهدتها المنطقة خلال الساعات الماضية", STORM, "'خلال الساعات الماضية' from Wed 23 = the storm of Tue 22 Aug 2023"),
    ev("madrasati-switch", "أنه تقرر نقل الدراسة إلى منصة \"مدرستي\"", "2023-08-23", "the remote school day of Wed 23 Aug 2023"),
    ev("baha-rain-warning", "حذّر المركز الوطني للأرصاد من أمطار غزيرة على منطقة الباحة", "2023-08-23", "'حتى الساعة الحادية عشرة مساءً' of Wed 23 Aug 2023 (the alert of that day)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 416
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
