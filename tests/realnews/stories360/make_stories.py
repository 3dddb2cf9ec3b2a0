"""Builds stories.jsonl: the 360-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: religious occasions and processions: Ashura, Arbaeen
pilgrimage, the Prophet's birthday (Mawlid), Laylat al-Qadr and Eid prayers: holidays declared, processions
and crowds, security plans, visitor numbers (NOT the Ramadan moon sighting).
Stories: Hassan Nasrallah's first public appearance since 2008 at the Ashura procession in Beirut's southern
suburb (Lebanon, December 2011), the suicide bombing of the Houthi Mawlid celebration in Ibb and the guarded
Mawlid rally in Sanaa (Yemen, December 2014 - January 2015), the Arbaeen pilgrimage of 1444 with the first
Iranian pilgrims through the Kurdistan crossings and the record count of visitors (Iraq, September 2022),
and the Mawlid festival of Kairouan with President Kais Saied at the Uqba mosque (Tunisia, November 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-ashura-nasrallah-appearance-2011
S = "lebanon-ashura-nasrallah-appearance-2011"
ASHURA = "2011-12-06"                      # 10 Muharram 1433: the Ashura procession and Nasrallah's appearance, Tue 6 Dec 2011
NIGHT10 = "2011-12-05"                     # the speech of the tenth night of Ashura, Mon 5 Dec 2011 (evening)
JULY_WAR = ("2006-07-12", "2006-08-15")    # the 34-day war of July-August 2006 (12 Jul - 14 Aug 2006)
SYRIA = ("2011-03-15", "2011-12-07")       # the Syrian unrest since mid-March 2011, still going on in December 2011
art(S, "https://www.alalam.ir/news/878544/نصرالله-لا-تتآمروا-على-سلاح-المقاومة",
    "2011-12-06", "page date line 'الثلاثاء ٠٦ ديسمبر ٢٠١١ - ٠٢:٠١ بتوقيت غرينتش' (kept as second line, Arabic-Indic digits; 6 Dec 2011 was a Tuesday); the body's 'مساء الاثنين في الليلة العاشرة' agrees; headline re-worded from the page; the channel tag dropped and the last, truncated sentence shortened; 'طوال28 سنة' kept with a space restored", True, """
نصرالله يحذّر من التآمر على سلاح المقاومة
الثلاثاء ٠٦ ديسمبر ٢٠١١ - ٠٢:٠١ بتوقيت غرينتش
طالب الأمين العام لحزب الله السيد حسن نصرالله، ليل، بالكف عن التآمر على سلاح المقاومة وبالابتعاد عنها، مؤكداً أن ذلك لن يجدي نفعاً لأن الحزب سيحمي هذا السلاح بدمائه، ومذكّراً بأنه كان يردد في حرب تموز أنه لا يريد دعماً من أحد، وأن المطلوب هو أن تُترك المقاومة لتدافع عن الوطن وخيراته.
ورأى نصر الله، في كلمة ألقاها مساء الاثنين في الليلة العاشرة من ليالي عاشوراء بمجمع سيد الشهداء في الضاحية الجنوبية لبيروت، أن هناك من يرفضون أن يدافع الحزب عنهم لأنهم لا يرون في إسرائيل عدواً ولا خطراً، أما من يراها عدواً وخطراً فعليه أن يدافع عن هذا السلاح.
وأشار إلى أن المقاومة الإسلامية في لبنان، التي صمدت طوال 28 سنة في وجه المؤامرات والحروب كلها، هي أنبل ظاهرة في العالم الإسلامي، وأنها تنتمي إلى ثقافة كربلاء والإمام الحسين، ولهذا عجزت كل مؤامرة وكل عدوان عن النيل من عزيمة مجاهديها.
وقال نصر الله إن الحزب لا ينتظر مديحاً من أحد على جهاده بل يرجو الأجر من الله، مضيفاً أنه لا يسعى إلى السلطة، وأن تمسكه بالسلاح والمقاومة أداءٌ لما أمر الله به من القتال دفاعاً عن الأرض والعرض، ورفضٌ لترك الأرض والمقدسات للاحتلال ولنهب المستكبرين.
""", [
    ev("night-ten-speech", "في كلمة ألقاها مساء الاثنين في الليلة العاشرة من ليالي عاشوراء", NIGHT10, "'مساء الاثنين' before the date line of Tue 6 Dec 2011 (02:01 GMT) = Mon 5 Dec 2011, the tenth night of Muharram 1433 ('الليلة العاشرة'); the 'ليل' of the first sentence is the same speech"),
    ev("july-war-2006", "كان يردد في حرب تموز", JULY_WAR[0], "'حرب تموز' = the war of 12 Jul - 14 Aug 2006 (outside knowledge)", end=JULY_WAR[1]),
    ev("resistance-28-years", "صمدت طوال 28 سنة في وجه المؤامرات", "1982-06-06", "'طوال 28 سنة' up to December 2011 = since the Israeli invasion of June 1982, when the Islamic Resistance arose (my span 6 Jun 1982 - 5 Dec 2011)", end="2011-12-06"),
])
art(S, "http://ara.reuters.com/article/arabicBusinessNews/idARAKHA65584320111206",
    "2011-12-06", "page stamp 'Tue Dec 6, 2011 3:43pm GMT' and the dateline 'بيروت 6 ديسمبر كانون الأول (رويترز)' (both kept; 6 Dec 2011 was a Tuesday), date in the URL id '...20111206'; the body's 'اليوم الثلاثاء' agrees; headline re-worded from the page; the update note '(لاضافة مقتبسات وتفاصيل وخلفية)', the byline and the last, truncated sentence dropped", True, """
نصر الله في ظهور نادر: نزداد تسليحاً ونقف إلى جانب سوريا
Tue Dec 6, 2011 3:43pm GMT
بيروت 6 ديسمبر كانون الأول (رويترز) - نبّه الأمين العام لحزب الله السيد حسن نصر الله اليوم الثلاثاء من الرهان على تبدّل الأوضاع في المنطقة لنزع سلاح الحزب، في ظل الاضطرابات التي تعيشها حليفته سوريا منذ اكثر من ثمانية اشهر، وقال إن الحزب "يزداد تسليحاً".
وكان نصر الله قد ظهر علناً قبل خطابه، للمرة الأولى منذ العام 2008، في مسيرة حاشدة لإحياء ذكرى عاشوراء شارك فيها عشرات الآلاف من الشيعة في الضاحية الجنوبية لبيروت. ويخاطب نصر الله جمهوره في العادة عبر شاشة عملاقة خوفاً من أن تغتاله إسرائيل، التي خاضت مع حزبه حرباً عام 2006 لمدة 34 يوما قُتل فيها 1200 شخص في لبنان أغلبهم من المدنيين و160 إسرائيلياً أغلبهم من الجنود.
وبث تلفزيون المنار التابع لحزب الله صوراً لنصر الله وهو يشق طريقه وسط الجموع تحت حراسة أمنية مشددة، ثم خاطب الحاضرين قائلاً إنه سيبقى معهم دقائق قبل أن يعود إليهم عبر الشاشة، وإنه أحب أن يكون بينهم ليحسموا خيارهم ويجددوا عهدهم على مسمع من العالم.
وأضاف أنه يقول لكل من يراهن على تخويفهم وتهديدهم، مهما بلغت التحديات والأخطار، ما قاله الإمام الحسين قبل استشهاده: "هيهات منا الذلة".
""", [
    ev("ashura-speech", "نبّه الأمين العام لحزب الله السيد حسن نصر الله اليوم الثلاثاء", ASHURA, "'اليوم الثلاثاء' = Tue 6 Dec 2011 (date line)"),
    ev("syria-unrest", "الاضطرابات التي تعيشها حليفته سوريا منذ اكثر من ثمانية اشهر", SYRIA[0], "'منذ اكثر من ثمانية اشهر' from 6 Dec 2011 = since the protests of mid-March 2011, still going on (my span 15 Mar - 6 Dec 2011)", end=SYRIA[1]),
    ev("nasrallah-appearance", "ظهر علناً قبل خطابه، للمرة الأولى منذ العام 2008", ASHURA, "no own day ('قبل خطابه' of 'اليوم الثلاثاء'); the appearance at the Ashura procession of Tue 6 Dec 2011"),
    ev("ashura-procession", "في مسيرة حاشدة لإحياء ذكرى عاشوراء", ASHURA, "no own day; the Ashura (10 Muharram 1433) procession of Tue 6 Dec 2011"),
    ev("july-war-2006", "خاضت مع حزبه حرباً عام 2006 لمدة 34 يوما", JULY_WAR[0], "'عام 2006 لمدة 34 يوما' = 12 Jul - 14 Aug 2006", end=JULY_WAR[1]),
])
art(S, "https://www.watan.com/2011/12/06/%D9%86%D8%B5%D8%B1%D8%A7%D9%84%D9%84%D9%87-%D9%8A%D8%B8%D9%87%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D8%B6%D8%A7%D8%AD%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D9%86%D9%88%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B9%D8%A7%D8%B4/amp",
    "2011-12-06", "date in the URL '/2011/12/06/' (6 Dec 2011 was a Tuesday); the body's 'الثلاثاء' for the Ashura speech agrees; headline re-worded from the page (its typo 'الجنوية' corrected); the last, truncated sentence dropped; no date of its own in the text", False, """
نصرالله يفاجئ أنصاره بالظهور في الضاحية الجنوبية في عاشوراء: سنبقى ونستمر ونزداد تسلحاً
قال الأمين العام لحزب الله حسن نصرالله، في خطاب ألقاه في ذكرى عاشوراء الثلاثاء، إن حزبه "يزداد تسليحاً وتدريباً يوما بعد يوم"، داعياً "المتآمرين" إلى الكف عن الرهان على تبدّل الأوضاع في المنطقة لإسقاط سلاح الحزب.
وكان نصرالله قد فاجأ مناصريه بظهور علني هو الاول منذ 2008 في ختام مسيرة عاشورائية حاشدة شارك فيها عشرات الآلاف في الضاحية الجنوبية لبيروت، وقال إن الحزب متمسك بمقاومته وبسلاحها، وإن عدد أفراده يكبر يوما بعد يوم وتدريبه يتحسن، وإن ثقته بالمستقبل وتسليحه يزدادان.
وتابع أنه في مقابل "كل سلاح يصدأ نأتي بجديد".
ووجّه ما وصفها بـ"رسالة حاسمة ونهائية" إلى كل من يتآمر وينتظر تغيّرات في المنطقة، مؤداها أن المقاومة بسلاحها وعقلها وحضورها ومجاهديها ستبقى وتستمر، ولن تنال منها المؤامرات ولا التواطؤ ولا الحرب النفسية والاستخباراتية.
وبدا واضحاً أن نصرالله كان يشير إلى التحليلات التي تتوقع أن تُضعف الاضطرابات المستمرة في سوريا منذ حوالى تسعة اشهر الحزبَ الشيعي الذي تدعمه دمشق.
""", [
    ev("ashura-speech", "في خطاب ألقاه في ذكرى عاشوراء الثلاثاء", ASHURA, "'الثلاثاء' = Tue 6 Dec 2011 (Ashura, 10 Muharram 1433)"),
    ev("nasrallah-appearance", "فاجأ مناصريه بظهور علني هو الاول منذ 2008", ASHURA, "no own day; the appearance at the end of the Ashura procession of Tue 6 Dec 2011"),
    ev("ashura-procession", "في ختام مسيرة عاشورائية حاشدة", ASHURA, "no own day; the Ashura procession of Tue 6 Dec 2011"),
    ev("syria-unrest", "الاضطرابات المستمرة في سوريا منذ حوالى تسعة اشهر", SYRIA[0], "'منذ حوالى تسعة اشهر' from December 2011 = since the protests of mid-March 2011 (my span 15 Mar - 6 Dec 2011)", end=SYRIA[1]),
])
art(S, "https://sauress.com/okaz/461246",
    "2011-12-07", "no date in the stored excerpt; the Saudi daily Okaz reports the appearance with 'أمس', and the appearance was on Tue 6 Dec 2011 (Reuters and alalam, dated), so the issue is that of Wed 7 Dec 2011; headline written from the body (the stored text has none); no date of its own in the text", False, """
نصر الله يطل على أنصاره في الضاحية الجنوبية
أطل الأمين العام لحزب الله حسن نصر الله أمس علنا أمام الجمهور في الضاحية الجنوبية لبيروت، وذلك للمرة الأولى منذ العام 2008. وظهر نصر الله وحوله حشد من المرافقين وهو يشق طريقه بين الجموع المتجهة إلى ملعب الراية في الضاحية. وقال نصرالله للحاضرين إنه أحب أن يكون بينهم لبضع دقائق، بالقدر الذي سمح به الجهاز الأمني. ثم غادر ملعب الراية بعد أن طلب من الحشد أن يمهله دقائق يعود بعدها ليطل عليهم ويتم كلمته عبر شاشة تلفزيونية.
""", [
    ev("nasrallah-appearance", "أطل الأمين العام لحزب الله حسن نصر الله أمس علنا", ASHURA, "'أمس' in Okaz of Wed 7 Dec 2011 = Tue 6 Dec 2011"),
    ev("last-appearance-2008", "للمرة الأولى منذ العام 2008", "2008-01-01", "'منذ العام 2008' = his previous public appearance, in 2008 (year only; my span the whole year)", end="2009-01-01"),
    ev("ashura-procession", "الجموع المتجهة إلى ملعب الراية", ASHURA, "no own day; the Ashura procession to al-Raya stadium of Tue 6 Dec 2011 ('أمس')"),
    ev("ashura-speech", "ويتم كلمته عبر شاشة تلفزيونية", ASHURA, "no own day; the Ashura speech given on the screen after the appearance, Tue 6 Dec 2011"),
])

# ---------------------------------------------------------------- yemen-ibb-mawlid-bombing-sanaa-rally-2014
S = "yemen-ibb-mawlid-bombing-sanaa-rally-2014"
IBB = "2014-12-31"                         # the suicide bombing of the Houthi Mawlid celebration in Ibb, Wed 31 Dec 2014 (11:30)
TOLL49 = "2015-01-01"                      # the toll rises to 49 dead (AFP, medical sources), Thu 1 Jan 2015
SANAA = "2015-01-03"                       # the Houthi Mawlid rally in Sanaa (12 Rabi al-Awwal 1436), Sat 3 Jan 2015
art(S, "https://sauress.com/ajl/1245151",
    "2014-12-31", "the body's 'اليوم الأربعاء (31 ديسمبر 2014)' (kept; 31 Dec 2014 was a Wednesday) for a first report with 33 dead and no claim yet; headline written from the body (the stored text has none)", True, """
تفجير انتحاري يستهدف احتفالاً للحوثيين بالمولد النبوي في إب
استهدف هجوم انتحاري، اليوم الأربعاء (31 ديسمبر 2014)، احتفالاً أقامه الحوثيون في محافظة إب بوسط اليمن، وأوقع 33 قتيلاً إلى جانب عدد من الجرحى. وأفاد مصدر أمني يمني، بحسب وكالة "الأناضول"، بأن انتحارياً متنكراً في زي نسائي فجّر نفسه داخل مقر المركز الثقافي في مدينة إب أثناء إقامة أحد الاحتفالات. وأوضح المصدر أن الهجوم خلّف 25 قتيلاً بينهم نساء وأطفال، إضافة إلى جرحى بعضهم في حال خطرة، بينما فرضت قوات الأمن واللجان الشعبية التابعة للحوثيين طوقاً حول المكان. وقال عقيل فاضل، وكيل محافظة إب للشؤون الفنية، إن الانفجار أصاب الصف الخلفي من الحضور في احتفال المولد النبوي الذي شارك فيه المحافظ يحيى الأرياني ولم يُصب بسوء، ما يدل على أن المسؤولين الجالسين في الصفوف الأمامية لم يكونوا المستهدفين. وأضاف أن القتلى والجرحى نُقلوا إلى مستشفيات المدينة، من غير أن يتهم جهة بعينها. ولم تتبنَّ أي جهة الهجوم، وإن كانت أصابع الاتهام تتجه عادة إلى تنظيم القاعدة في مثل هذه التفجيرات. ويسيطر الحوثيون منذ أكتوبر 2014 على محافظة "إب" وسط البلاد، بعد اشتباكات متقطعة خاضوها مع مسلحين قبليين وعناصر من تنظيم القاعدة في مناطق عدة منها.
""", [
    ev("ibb-bombing", "استهدف هجوم انتحاري، اليوم الأربعاء (31 ديسمبر 2014)", IBB, "'اليوم الأربعاء (31 ديسمبر 2014)' = Wed 31 Dec 2014"),
    ev("ibb-deaths", "وأوقع 33 قتيلاً إلى جانب عدد من الجرحى", IBB, "no own day; the dead of the bombing of Wed 31 Dec 2014 (first count)"),
    ev("governor-unhurt", "شارك فيه المحافظ يحيى الأرياني ولم يُصب بسوء", IBB, "no own day; the governor survived the bombing of Wed 31 Dec 2014"),
    ev("victims-to-hospitals", "القتلى والجرحى نُقلوا إلى مستشفيات المدينة", IBB, "no own day; the dead and wounded taken to the city's hospitals right after the bombing, Wed 31 Dec 2014"),
    ev("houthi-takeover-ibb", "ويسيطر الحوثيون منذ أكتوبر 2014 على محافظة", "2014-10-01", "'منذ أكتوبر 2014' = the Houthi takeover of Ibb in October 2014 (month only; my span the month)", end="2014-11-01"),
])
art(S, "https://vetogate.com/1407554",
    "2015-01-01", "no date in the stored excerpt; the body's 'أمس الأربعاء' for the Ibb bombing of Wed 31 Dec 2014 (dated by ajl) gives Thu 1 Jan 2015, and the toll given is Saba's 26 dead and 48 wounded, before the count of 49 of the same Thursday; headline re-worded from the page; no date of its own in the text", False, """
حصيلة تفجير إب اليمنية ترتفع إلى 26 قتيلًا و48 مصابا
بلغ عدد ضحايا الهجوم الانتحاري الذي شهدته مدينة إب في جنوب غرب اليمن أمس الأربعاء 26 قتيلًا و48 مصابا، من بينهم خليل المهني مستشار محافظ إب، بينما نجا المحافظ ومدير الأمن ومسؤولون آخرون، وفقاً لوكالة الأنباء اليمنية.
وأوضح مصدر مسئول أن الانفجار وقع عندما فجّر انتحاري يرتدي ثياباً نسائية نفسه مستهدفاً قاعة المركز الثقافي في مدينة إب، كبرى مدن المحافظة التي تحمل الاسم ذاته، وهي محافظة ذات غالبية سنية يسيطر عليها مقاتلو حركة "أنصار الله" الشيعية الذين كانوا يحيون ذكرى المولد النبوي.
وفي السياق نفسه، ذكرت مصادر طبية أن بين الضحايا أطفالاً استُدعوا من مدارسهم لحضور احتفال المولد النبوي، ورجّحت أن يرتفع عدد الضحايا لأن المستشفيات استقبلت كثيراً من الإصابات الخطيرة، في حين لم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.
""", [
    ev("ibb-bombing", "شهدته مدينة إب في جنوب غرب اليمن أمس الأربعاء", IBB, "'أمس الأربعاء' in an article of Thu 1 Jan 2015 = Wed 31 Dec 2014"),
    ev("ibb-deaths", "26 قتيلًا و48 مصابا، من بينهم", IBB, "no own day; the dead and wounded of the bombing of Wed 31 Dec 2014 (Saba's count)"),
    ev("governor-unhurt", "بينما نجا المحافظ ومدير الأمن ومسؤولون آخرون", IBB, "no own day; the governor survived the bombing of Wed 31 Dec 2014"),
    ev("children-among-victims", "بين الضحايا أطفالاً استُدعوا من مدارسهم", IBB, "no own day; schoolchildren brought to the celebration and hit on Wed 31 Dec 2014"),
])
art(S, "http://www.arabi21.org/story/799757/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D9%82%D8%AA%D9%84%D9%89-%D8%A7%D9%84%D8%AD%D9%88%D8%AB%D9%8A%D9%8A%D9%86-%D8%A8%D8%AA%D9%81%D8%AC%D9%8A%D8%B1-%D8%A5%D8%A8-%D8%A5%D9%84%D9%89-49",
    "2015-01-01", "no page stamp in the stored excerpt; the body's 'حصيلة جديدة من مصادر طبية الخميس' for the bombing of 'الأربعاء' (Wed 31 Dec 2014) gives Thu 1 Jan 2015 (1 Jan 2015 was a Thursday; the AFP count of 49 dead is of that day, also in sarmady's copy 'الخميس'); headline rendered from the URL slug", True, """
ارتفاع حصيلة قتلى الحوثيين بتفجير إب إلى 49
صعدت حصيلة الهجوم الانتحاري الذي ضرب الأربعاء ميليشيا "أنصار الله" الحوثية أثناء احتفالها بالمولد النبوي في مدينة إب اليمنية إلى 49 قتيلا، وفق حصيلة جديدة أعلنتها مصادر طبية الخميس.
وأبلغ أحد هذه المصادر وكالة فرانس برس هاتفياً بأن ضحايا تفجير إب بلغوا 49 قتيلا و 70 جريحا.
وأيّد مصدر طبي ثانٍ هذه الأرقام، موضحاً أن 12 جثة من الـ49 لم يُتعرف على أصحابها.
وكان مراسل "عربي21" في اليمن قد تحدث في وقت سابق الأربعاء عن مقتل نحو 30 شخصاً، حين فجّر انتحاري نفسه داخل مركز ثقافي في مدينة إب.
ونجا محافظ إب القاضي يحيى الأرياني من الهجوم الذي استهدف حفلاً للحوثيين، في حين أصيب مسؤول مكتب الثقافة بجروح خطيرة.
ونُقل عن عقيل فاضل، وكيل محافظة إب للشؤون الفنية، أن الانفجار أوقع عشرات القتلى والجرحى، وأنه طال الصف الخلفي من حضور الحفل الذي شارك فيه المحافظ دون أن يصاب، ما يعني أن المسؤولين الجالسين في الصفوف الأمامية لم يكونوا هدفه.
وأضاف المسؤول أن القتلى والجرحى نُقلوا إلى مستشفيات المدينة، ولم يحمّل أي جهة المسؤولية.
ولم يتبنَّ أحد هذا الهجوم الانتحاري، لكن الاتهامات في مثل هذه التفجيرات كثيراً ما توجَّه إلى تنظيم القاعدة.
""", [
    ev("toll-rises-49", "وفق حصيلة جديدة أعلنتها مصادر طبية الخميس", TOLL49, "'الخميس' after the bombing of Wednesday = Thu 1 Jan 2015"),
    ev("ibb-bombing", "الهجوم الانتحاري الذي ضرب الأربعاء ميليشيا", IBB, "'الأربعاء' = Wed 31 Dec 2014"),
    ev("early-report-30-dead", "قد تحدث في وقت سابق الأربعاء عن مقتل نحو 30 شخصاً", IBB, "'في وقت سابق الأربعاء' = Wed 31 Dec 2014"),
    ev("governor-unhurt", "ونجا محافظ إب القاضي يحيى الأرياني من الهجوم", IBB, "no own day; the governor survived the bombing of Wed 31 Dec 2014"),
    ev("victims-to-hospitals", "أن القتلى والجرحى نُقلوا إلى مستشفيات المدينة", IBB, "no own day; the dead and wounded taken to hospital right after the bombing, Wed 31 Dec 2014"),
])
art(S, "https://www.masress.com/moheet/2196125",
    "2015-01-03", "no date in the stored excerpt; the body's 'صباح اليوم السبت' for the Houthi Mawlid rally of Sanaa, held 'بعد أيام' of the Ibb bombing of 'الأربعاء الماضي' (Wed 31 Dec 2014), gives Sat 3 Jan 2015 (3 Jan 2015 was a Saturday, 12 Rabi al-Awwal 1436; yemenpress and adenpost on yemeress also have 'صباح اليوم السبت'); headline written from the body (the stored text has none); no date of its own in the text", False, """
الحوثيون ينشرون مسلحيهم في صنعاء قبيل احتفالهم بالمولد النبوي
انتشر مسلحو جماعة "أنصار الله"، المعروفة بجماعة "الحوثي"، بكثافة في شوارع العاصمة اليمنية، صباح اليوم السبت، قبيل ساعات من بدء حفل الجماعة بذكرى المولد النبوي. وبحسب مراسل وكالة الأناضول، أقام مسلحو الحوثي نقاط تفتيش في شوارع العاصمة المختلفة قبل موعد الاحتفال المحدد في الساعة السادسة مساء (15:00 ت.غ) بمقر المنطقة العسكرية السادسة في العاصمة. ومن الشوارع التي نُصبت فيها نقاط التفتيش "شارع الستين" القريب من منزل الرئيس عبد ربه منصور هادي. وتأتي هذه الإجراءات خوفاً من استهداف الحفل، بعد أيام من الهجوم الانتحاري الذي تعرض له حفل أقامته الجماعة الأربعاء الماضي في مدينة إب وسط اليمن، وأسفر عن 26 قتيلاً و48 جريحا. وتبسط جماعة "الحوثي"، المحسوبة على المذهب الشيعي، سيطرتها بقوة السلاح على المؤسسات الرئيسية في صنعاء منذ 21 أيلول/سبتمبر الماضي، ويتهم مسؤولون يمنيون وعواصم عربية وغربية إيران بتمويل الحوثيين وتسليحهم، في إطار صراع نفوذ بين إيران والسعودية، جارة اليمن، في عدد من دول المنطقة، وهو ما تنفيه طهران.
""", [
    ev("sanaa-deployment", "بكثافة في شوارع العاصمة اليمنية، صباح اليوم السبت", SANAA, "'صباح اليوم السبت' = Sat 3 Jan 2015"),
    ev("sanaa-mawlid-rally", "موعد الاحتفال المحدد في الساعة السادسة مساء (15:00 ت.غ)", SANAA, "'الساعة السادسة مساء (15:00 ت.غ)' of 'اليوم السبت' = the evening of Sat 3 Jan 2015"),
    ev("ibb-bombing", "الهجوم الانتحاري الذي تعرض له حفل أقامته الجماعة الأربعاء الماضي", IBB, "'الأربعاء الماضي' from Sat 3 Jan 2015 = Wed 31 Dec 2014"),
    ev("ibb-deaths", "وأسفر عن 26 قتيلاً و48 جريحا", IBB, "no own day; the dead and wounded of the bombing of Wed 31 Dec 2014"),
    ev("houthi-takeover-sanaa", "سيطرتها بقوة السلاح على المؤسسات الرئيسية في صنعاء منذ 21 أيلول/سبتمبر الماضي", "2014-09-21", "'منذ 21 أيلول/سبتمبر الماضي' from January 2015 = Sun 21 Sep 2014"),
])

# ---------------------------------------------------------------- iraq-arbaeen-1444-kurdistan-crossings-2022
S = "iraq-arbaeen-1444-kurdistan-crossings-2022"
ARBAEEN = "2022-09-17"                     # 20 Safar 1444, the day of Arbaeen in Karbala, Sat 17 Sep 2022
ROUTE = "2022-09-05"                       # the Tamarchin / Haj Omran route opened to Iranian pilgrims for the first time, Mon 5 Sep 2022
SEASON = ("2022-09-01", "2022-09-18")      # the walk and the service of the processions (mawakib) up to Arbaeen (my span)
art(S, "https://ar.irna.ir/amp/84883989",
    "2022-09-11", "dateline 'طهران /11 أيلول/سبتمبر/ارنا-' (kept; 11 Sep 2022 was a Sunday); headline written from the body (the stored text has none); the last, truncated sentence (the crossing 15 km west of Piranshahr) dropped", True, """
القنصل الإيراني في أربيل: لا مشكلات أمام زوار الأربعين في منفذ تمرجين
طهران /11 أيلول/سبتمبر/ارنا- أشاد القنصل الإيراني في أربيل "نصرالله رشنودي" بالجهود التي بُذلت لتهيئة الظروف أمام مشاركة الزوار الإيرانيين في زيارة الأربعين الحسيني عبر منفذ "تمرجين" الحدودي الواقع جنوب محافظة آذربايجان الغربية شمال غرب إيران، مشيراً إلى عدم تسجيل أي مشكلة للزوار الموجودين في المنفذ.
وأوضح رشنودي، خلال حضوره اجتماع لجنة زيارة الأربعين في محافظة آذربايجان الغربية الذي انعقد في منفذ تمرجين الحدودي، أن التسهيلات والإمكانات الإغاثية والخدمية والأمنية الضرورية لزوار الأربعين الحسيني متوفرة على نحو جيد، وأنه لم تظهر أي مشكلة على امتداد الطريق.
وأضاف أن إقليم كردستان العراق يتكفل بإدارة شؤون الزوار على الجانب الآخر من الحدود لتيسير دخولهم إلى مراسم الأربعين، وأن الجانب الإيراني يعاونه على تقديم خدمات جيدة لهم.
وكان منفذ "تمرجين" قد افتُتح لأول مرة في الخامس من أيلول 2022 بغية تخفيف ازدحام زوار الأربعين على المنافذ الحدودية في غرب البلاد وجنوبها الغربي.
ويتميز هذا المنفذ بقصر المسافة وتوفير البنزين وسهولة الوصول إليه واعتدال طقسه بالنسبة إلى المحافظات الشمالية الغربية من البلاد.
""", [
    ev("arbaeen-day", "مشاركة الزوار الإيرانيين في زيارة الأربعين الحسيني", ARBAEEN, "no own day; the Arbaeen of 20 Safar 1444 = Sat 17 Sep 2022 (alalam: 'اليوم السبت العشرين من شهر صفر')"),
    ev("tamarchin-meeting", "خلال حضوره اجتماع لجنة زيارة الأربعين", "2022-09-10", "no own day; the meeting at the crossing reported in the dispatch of Sun 11 Sep 2022, held that day or the day before (my span 10-11 Sep)", end="2022-09-12"),
    ev("kurdistan-route-opened", "قد افتُتح لأول مرة في الخامس من أيلول 2022", ROUTE, "'في الخامس من أيلول 2022' = Mon 5 Sep 2022"),
])
art(S, "https://gulanmedia.com/ar/story/288707/%D8%A7%D9%84%D9%82%D9%86%D8%B5%D9%84-%D8%A7%D9%84%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%D9%8A:-45-%D8%A3%D9%84%D9%81-%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AF%D8%AE%D9%84%D9%88%D8%A7-%D9%85%D9%86-%D9%85%D9%86%D8%A7%D9%81%D8%B0-%D8%A5%D9%82%D9%84%D9%8A%D9%85-%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86",
    "2022-09-12", "no page stamp in the stored excerpt; the body's 'يوم الاثنين (12 أيلول 2022)' for the consul's statement, the latest date of the text (12 Sep 2022 was a Monday; the agency writes its same-day news in this form, cf. 'السبت (10 أيلول 2022)' for an earlier statement); headline re-worded from the page; the last, truncated words dropped", True, """
القنصل الإيراني: 45 ألف زائر عبروا منافذ إقليم كوردستان
أفاد القنصل الإيراني في إقليم كوردستان بأن قرابة 45 ألف زائر إيراني دخلوا عبر منفذي حاج عمران وباشماخ للمشاركة في زيارة الأربعينية.
وذكر القنصل الإيراني في أربيل، نصر الله رشنودي، يوم الاثنين (12 أيلول 2022)، أن عبور الزائرين عبر منافذ إقليم كوردستان تجربة أولى، موضحاً أن الترويج لها لم يكن واسعاً، ولذلك يجهلها كثير من الإيرانيين.
ووصف استقبال إقليم كوردستان للزائرين بأنه "لا مثيل له"، شاكراً مواطني الإقليم والعراق عموماً على "حسن الضيافة".
وخص رشنودي بالشكر أهالي إقليم كوردستان ومسؤوليه ومؤسسة بارزاني الخيرية على ما بذلوه من جهود، قائلاً إن أهالي الإقليم "أظهروا سلوكاً أخلاقياً ودينياً وثقافياً مميزاً".
وكان الملحق الثقافي في السفارة الإيرانية ببغداد، غلام رضا اباذري، قد عبّر السبت (10 أيلول 2022) عن شكر بلاده للمواطنين والمسؤولين في إقليم كوردستان على ما قدموه من تسهيلات كبيرة للزائرين الإيرانيين في منفذي حاج عمران وباشماخ.
وهذه هي المرة الأولى التي يعبر فيها زوار إيرانيون معبري باشماخ وحاج عمران الدوليين إلى أراضي إقليم كوردستان.
""", [
    ev("pilgrims-crossed-45000", "قرابة 45 ألف زائر إيراني دخلوا عبر منفذي حاج عمران وباشماخ", ROUTE, "no own day; the crossings since the route opened on Mon 5 Sep up to the statement of Mon 12 Sep 2022 (my span)", end="2022-09-13"),
    ev("arbaeen-day", "للمشاركة في زيارة الأربعينية", ARBAEEN, "no own day; the Arbaeen of 20 Safar 1444 = Sat 17 Sep 2022"),
    ev("consul-statement", "نصر الله رشنودي، يوم الاثنين (12 أيلول 2022)", "2022-09-12", "'يوم الاثنين (12 أيلول 2022)' = Mon 12 Sep 2022"),
    ev("attache-thanks", "قد عبّر السبت (10 أيلول 2022) عن شكر بلاده", "2022-09-10", "'السبت (10 أيلول 2022)' = Sat 10 Sep 2022"),
    ev("kurdistan-route-opened", "هذه هي المرة الأولى التي يعبر فيها زوار إيرانيون معبري باشماخ وحاج عمران", ROUTE, "no own day; the first use of the Kurdistan crossings, opened to the pilgrims on Mon 5 Sep 2022 (irna: 'في الخامس من أيلول 2022')"),
])
art(S, "http://www.alalam.ir/news/6361773/%D8%B2%D9%88%D8%A7%D8%B1-%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D9%8A%D9%86-%D8%B3%D8%AC%D9%84%D9%88%D8%A7-%D8%B1%D9%82%D9%85%D8%A7%D9%8B-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A%D8%A7%D9%8B-%D9%87%D9%88-%D8%A7%D9%84%D8%A3%D8%B9%D9%84%D9%89-%D9%85%D9%86%D8%B0-2003-%D8%A5%D8%AD%D8%B5%D8%A7%D8%A6%D9%8A%D8%A7%D8%AA",
    "2022-09-17", "page date line 'السبت ١٧ سبتمبر ٢٠٢٢ ٠١:١٨ بتوقيت غرينتش' (kept as second line, Arabic-Indic digits; 17 Sep 2022 was a Saturday); the body's 'اليوم السبت العشرين من شهر صفر' agrees; headline re-worded from the page ('+إحصائيات' dropped); the spelled-out number, the channel tag and the last, truncated sentence dropped", True, """
زوار الأربعين يسجلون رقماً قياسياً هو الأعلى منذ 2003
السبت ١٧ سبتمبر ٢٠٢٢ ٠١:١٨ بتوقيت غرينتش
نشرت الأمانة العامة للعتبة العباسية المقدسة، اليوم السبت، إحصائية رسمية لأعداد زائري أربعينية الإمام الحسين.
وأوضحت العتبة في بيانها أن عدد الزائرين الذين سجلتهم منظومة العد الإلكتروني بلغ 21,198,640 زائراً.
وتُعد هذه الإحصائية الأعلى منذ سنوات، وهو ما أكده رئيس خلية الإعلام الأمني سعد معن بقوله إن أعداد الزائرين لهذا العام هي الأعلى منذ 2003.
وكانت العتبة العباسية قد أعلنت في وقت سابق أن 14500 موكب شاركت في زيارة الأربعين، بينها 300 موكب قدمت من دول عربية وأجنبية.
وأضافت أن الوجبات التي قُدمت لزائري الأربعين داخل كربلاء وعلى الطرق المؤدية إليها بلغت 4,481,377 وجبة.
ويصادف اليوم السبت العشرين من شهر صفر ذكرى الزيارة الأربعينية، أي مرور 40 يوما على استشهاد الإمام الحسين في كربلاء في العام 61 للهجرة.
""", [
    ev("shrine-count", "نشرت الأمانة العامة للعتبة العباسية المقدسة، اليوم السبت", ARBAEEN, "'اليوم السبت' = Sat 17 Sep 2022 (date line)"),
    ev("highest-since-2003", "وهو ما أكده رئيس خلية الإعلام الأمني سعد معن", "2022-09-16", "no own day; Saad Maan's statement with the count, Fri 16 or Sat 17 Sep 2022 (my span)", end="2022-09-18"),
    ev("mawakib-service", "أن 14500 موكب شاركت في زيارة الأربعين", SEASON[0], "no own day ('في وقت سابق' for the announcement); the service of the processions during the walk up to 20 Safar (my span 1-17 Sep 2022)", end=SEASON[1]),
    ev("arbaeen-day", "ويصادف اليوم السبت العشرين من شهر صفر ذكرى الزيارة الأربعينية", ARBAEEN, "'اليوم السبت العشرين من شهر صفر' = Sat 17 Sep 2022 (20 Safar 1444)"),
    ev("karbala-martyrdom", "استشهاد الإمام الحسين في كربلاء في العام 61 للهجرة", "0680-10-10", "'في العام 61 للهجرة' = 10 Muharram 61 AH, 10 Oct 680 in the Julian calendar (13 Oct proleptic Gregorian); my span covers both readings", end="0680-10-14"),
])
art(S, "https://iran-alyoum.com/?p=1998",
    "2022-09-17", "no date in the stored excerpt; the body's 'أفادت إرنا اليوم السبت' with the statement of Yahya Rasool ('20 مليونا بينهم 5 ملايين من الأجانب', made on the eve of the Arbaeen of Sat 17 Sep 2022, also in elaph's report of 16-17 Sep 2022: '15 مليون عراقي و5 ملايين من الأجانب') gives Sat 17 Sep 2022; headline written from the body (the stored text has none); no date of its own in the text", False, """
ملايين الزوار في كربلاء لإحياء أربعينية الإمام الحسين
تحتضن مدينة كربلاء المقدسة هذه الأيام ملايين الزائرين القادمين من أرجاء العالم، يحتشدون عند ضريح الإمام الحسين في العراق لإحياء الزيارة الأربعينية التي تحل في اليوم الأربعين بعد ذكرى يوم عاشوراء الذي استشهد فيه الإمام مع أهل بيته وأصحابه.
وذكرت وكالة إرنا اليوم السبت أن ما يزيد على 20 مليون شخص من محبي الإمام الحسين وأصحابه يعيشون الحداد حاليًا، وأن الحرمين يغصان بالزوار.
وتواصل المواكب تقديم خدماتها لملايين الزائرين، فيما قال الناطق باسم القائد العام للقوات المسلحة في العراق اللواء يحيى رسول إن القوات الأمنية المكلفة بتأمين زيارة أربعينية الإمام الحسين واصلت أداء واجباتها خلال هذه المناسبة المهمة وعلى مدار الايام الماضية.
وأضاف رسول أن مجموع زائري الأربعينية بلغ 20 مليونا، منهم 5 ملايين من الأجانب.
""", [
    ev("arbaeen-day", "لإحياء الزيارة الأربعينية التي تحل في اليوم الأربعين", ARBAEEN, "no own day; the Arbaeen of Sat 17 Sep 2022 (20 Safar 1444), the 'اليوم السبت' of the report"),
    ev("irna-report", "وذكرت وكالة إرنا اليوم السبت", ARBAEEN, "'اليوم السبت' = Sat 17 Sep 2022"),
    ev("mawakib-service", "وتواصل المواكب تقديم خدماتها لملايين الزائرين", SEASON[0], "no own day; the service of the processions during the walk up to 20 Safar (my span 1-17 Sep 2022)", end=SEASON[1]),
    ev("security-duties", "واصلت أداء واجباتها خلال هذه المناسبة المهمة وعلى مدار الايام الماضية", "2022-09-07", "'على مدار الايام الماضية' before Sat 17 Sep 2022 = the security plan of the last days of the pilgrimage (my span 7-17 Sep)", end=SEASON[1]),
    ev("rasool-total", "مجموع زائري الأربعينية بلغ 20 مليونا", "2022-09-16", "no own day; Yahya Rasool's count given on Fri 16 or Sat 17 Sep 2022 (my span)", end="2022-09-18"),
])

# ---------------------------------------------------------------- tunisia-kairouan-mawlid-festival-saied-2019
S = "tunisia-kairouan-mawlid-festival-saied-2019"
FESTIVAL = ("2019-11-02", "2019-11-11")   # the Mawlid festival of Kairouan, Sat 2 - Sun 10 Nov 2019 (attayma: 'من 2 الى 10 نوفمبر 2019')
FRIDAY = "2019-11-08"                     # Saied's Friday prayer and the religious ceremony at the Uqba mosque; the crowds of the eve, Fri 8 Nov 2019
art(S, "http://hajij.com/ar/reports/item/4582-2019-11-07-13-47-03",
    "2019-11-07", "creation stamp in the URL '2019-11-07-13-47-03' (7 Nov 2019 was a Thursday); the body's 'ينتهي الأحد المقبل في 10 تشرين الثاني/نوفمبر' agrees (Sun 10 Nov is the next Sunday); headline written from the lead (the stored text has none); the byline 'أحمد العيادي - تونس' and the last, truncated words dropped", True, """
القيروان تحيي المولد النبوي بمهرجان ينتظر مليون زائر
تحتفل مدينة القيروان، جوهرة تونس السياحية ورمز حضارتها الإسلامية، بذكرى المولد النبوي الشريف عبر مهرجان كبير يُنتظر أن يجذب قرابة مليون زائر.
وانطلقت في مدينة القيروان التونسية احتفالات ذكرى المولد النبوي الشريف بمهرجان يُتوقع أن يستقطب مع مرور الوقت أعداداً غفيرة من الزوار القادمين من مدن تونس وولاياتها.
وافتتحت المدينة "مهرجان المولد النبوي الشريف بالقيروان 2019" ببرنامج حافل بالأنشطة يُختتم الأحد المقبل في 10 تشرين الثاني/نوفمبر.
واستعد سكان المدينة للمناسبة بطهي الأطباق الشعبية التي تشتهر بها القيروان، ومنها "عصيدة الزقوقو" والكفتاجي واللبلابي، وعبقت الأماكن بروائح البخور والعطور، وتزينت الجدران والمحلات بالمنسوجات التقليدية القيروانية من زرابي وحايك وغيرها، إلى جانب العروض والأناشيد.
وتشهد القيروان إحياءً زاخراً لهذه الذكرى في السنوات الأخيرة، بعد أن كان الاحتفال بها في عهد زين العابدين بن علي مقتصراً على طهي العصيدة، دون أناشيد أو برامج احتفالية.
وتنظم "مؤسسة القيروان" هذه الاحتفالية السنوية، بما تتضمنه من عروض إنشادية ومسابقات قرآنية ومسامرات دينية وزيارات إلى أشهر جوامع المدينة ومراقدها الدينية.
""", [
    ev("mawlid-festival", "بذكرى المولد النبوي الشريف عبر مهرجان كبير", FESTIVAL[0], "no own day; the festival of Sat 2 - Sun 10 Nov 2019 (attayma: 'من 2 الى 10 نوفمبر 2019'; this text: it ends 'الأحد المقبل في 10 تشرين الثاني/نوفمبر')", end=FESTIVAL[1]),
    ev("festival-opened", "وافتتحت المدينة \"مهرجان المولد النبوي الشريف بالقيروان 2019\"", FESTIVAL[0], "no own day (before Thu 7 Nov); the festival opened at the start of the week, Sat 2 Nov 2019 by attayma's programme ('من 2 الى 10 نوفمبر'; 'انطلقت فعالياته بداية من هذا الأسبوع' said on Mon 4 Nov) (my span 2-4 Nov)", end="2019-11-05"),
    ev("festival-closes", "يُختتم الأحد المقبل في 10 تشرين الثاني/نوفمبر", "2019-11-10", "'الأحد المقبل في 10 تشرين الثاني/نوفمبر' = Sun 10 Nov 2019"),
    ev("ben-ali-era", "في عهد زين العابدين بن علي", "1987-11-07", "'في عهد زين العابدين بن علي' = 7 Nov 1987 - 14 Jan 2011", end="2011-01-15"),
])
art(S, "https://rayaljadid.com/2019/11/09/%d8%a7%d9%84%d9%82%d9%8a%d8%b1%d9%88%d8%a7%d9%86-%d8%a7%d9%84%d8%a2%d9%84%d8%a7%d9%81-%d9%8a%d8%ad%d8%aa%d9%81%d9%84%d9%88%d9%86-%d8%a8%d8%b0%d9%83%d8%b1%d9%89-%d8%a7%d9%84%d9%85%d9%88%d9%84%d8%af",
    "2019-11-09", "date in the URL '/2019/11/09/' (9 Nov 2019 was a Saturday); the body's 'مساء أمس' for the crowds of the Friday of Saied's prayer ('صلاة الجمعة') agrees; headline re-worded from the page; the dateline 'تونس ــ الرأي الجديد (متابعات)', the sub-heading 'مجموعة من ليبيا' and the last, truncated words dropped; no date of its own in the text", False, """
القيروان: آلاف المحتفلين بذكرى المولد النبوي الشريف
توافد مئات الآلاف من الزوار، القادمين من مختلف جهات تونس ومن دول الجوار، على مدينة القيروان مساء أمس، راغبين في الاحتفال بذكرى المولد النبوي الشريف.
ونزل الزوار بالمدينة الواقعة في وسط البلاد، والتي نجحت في لفت الأنظار إليها بعدما صارت مركزاً عالمياً للاحتفال بذكرى المولد بفضل قيمتها الحضارية، إذ تقام بهذه المناسبة فعاليات ثقافية وتجارية وفنية ومعارض للصناعات التقليدية والزراعية.
وحرص كثير من أهالي القيروان وزوارها على زيارة جامع عقبة بن نافع أثناء حضور رئيس الجمهورية قيس سعيّد صلاة الجمعة فيه وإشرافه على الموكب الديني، الذي شمل تلاوة السيرة النبوية والمدائح والأذكار، وتوزيع الجوائز على الفائزين في مسابقات حفظ القرآن الكريم والأحاديث النبوية وتلاوتها.
وقال زوار قدموا من ليبيا إنهم حضروا الاحتفالية الكبيرة بالمولد في مدينة القيروان التاريخية ليشاركوا الشعب التونسي احتفاله بمولد سيد الخلق.
وهنأ هؤلاء الزوار الشعب التونسي على اختياره رئيسه بطريقة وصفوها بالجميلة وفي إطار التداول السلمي على السلطة، معتبرين أن تونس كانت مهد الربيع العربي.
""", [
    ev("visitors-pour-in", "على مدينة القيروان مساء أمس", FRIDAY, "'مساء أمس' in an article of Sat 9 Nov 2019 = the evening of Fri 8 Nov 2019"),
    ev("mawlid-festival", "إذ تقام بهذه المناسبة فعاليات ثقافية وتجارية وفنية", FESTIVAL[0], "no own day; the festival of Sat 2 - Sun 10 Nov 2019", end=FESTIVAL[1]),
    ev("saied-friday-prayer", "أثناء حضور رئيس الجمهورية قيس سعيّد صلاة الجمعة فيه", FRIDAY, "'صلاة الجمعة' = Fri 8 Nov 2019 (babnet: 'تحول الجمعة 8 نوفمبر')"),
    ev("saied-ceremony", "وإشرافه على الموكب الديني", FRIDAY, "no own day; the religious ceremony he presided over on Fri 8 Nov 2019, the eve of the Mawlid (12 Rabi al-Awwal 1441 = Sat 9 Nov)"),
    ev("saied-election", "على اختياره رئيسه بطريقة وصفوها بالجميلة", "2019-10-13", "no own day; Kais Saied was elected in the run-off of Sun 13 Oct 2019"),
    ev("arab-spring", "أن تونس كانت مهد الربيع العربي", "2010-12-17", "no own day; the Tunisian uprising of 17 Dec 2010 - 14 Jan 2011", end="2011-01-15"),
])
art(S, "https://taghribnews.com/ar/news/442146/print/القيروان-مئات-الآلاف-يحتفلون-بذكرى-المولد-النبوي-الشريف",
    "2019-11-09", "page stamp '9 Nov 2019 ساعة 11:29' (kept as second line; 9 Nov 2019 was a Saturday); the body's 'مساء الجمعة' (Fri 8 Nov) agrees; headline re-worded from the page; the agency tag 'تنا', the repeated lead and the last, truncated quotation dropped", True, """
القيروان.. مئات الآلاف يحيون ذكرى المولد النبوي الشريف
9 Nov 2019 ساعة 11:29
تدفق مئات الآلاف من الزوار، مساء الجمعة، على مدينة القيروان التونسية، تحدوهم الرغبة في إحياء ذكرى المولد النبوي الشريف.
وحلّ بالمدينة الواقعة في وسط البلاد زوار من مناطق تونس المختلفة ومن البلدان المجاورة، وقد استطاعت القيروان أن تستقطب الاهتمام بعد أن تحولت بفضل قيمتها الحضارية إلى مركز عالمي للاحتفال بذكرى المولد.
وتقام بمناسبة ذكرى المولد الشريف فعاليات ثقافية وتجارية وفنية ومعارض للصناعات التقليدية والزراعية.
وتميزت الذكرى الحالية بزيارة الرئيس التونسي قيس سعيد جامع عقبة للمشاركة في الموكب الديني، استجابة لدعوة من هيئة جمعية تنظيم الاحتفالات بالمولد النبوي، وهي أول زيارة يقوم بها الرئيس المنتخب خارج العاصمة تونس منذ توليه المنصب، ما أضفى على الاحتفال طابعاً رسمياً.
وفي كلمة ألقاها أمام جامع عقبة بن نافع (بُني عام 50 هجري)، أشار سعيّد إلى أن الاحتفاء بذكرى المولد النبوي بدأ منذ العهد الحفصي (1229م - 1574م).
""", [
    ev("visitors-pour-in", "تدفق مئات الآلاف من الزوار، مساء الجمعة", FRIDAY, "'مساء الجمعة' before the stamp of Sat 9 Nov 2019 = Fri 8 Nov 2019"),
    ev("mawlid-festival", "وتقام بمناسبة ذكرى المولد الشريف فعاليات ثقافية", FESTIVAL[0], "no own day; the festival of Sat 2 - Sun 10 Nov 2019", end=FESTIVAL[1]),
    ev("saied-ceremony", "بزيارة الرئيس التونسي قيس سعيد جامع عقبة للمشاركة في الموكب الديني", FRIDAY, "no own day; the visit and the ceremony of Fri 8 Nov 2019 (babnet: 'تحول الجمعة 8 نوفمبر')"),
    ev("saied-inauguration", "خارج العاصمة تونس منذ توليه المنصب", "2019-10-23", "'منذ توليه المنصب' = since his swearing-in on Wed 23 Oct 2019"),
    ev("saied-speech", "وفي كلمة ألقاها أمام جامع عقبة بن نافع", FRIDAY, "no own day; his speech at the ceremony of Fri 8 Nov 2019"),
    ev("hafsid-era", "بدأ منذ العهد الحفصي (1229م - 1574م)", "1229-01-01", "'العهد الحفصي (1229م - 1574م)' = the Hafsid era, 1229 - 1574 (years only)", end="1575-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 360
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
