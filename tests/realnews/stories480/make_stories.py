"""Builds stories.jsonl: the 480-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: visas, residency and expatriate labour rules: new fees,
bans, amnesties for violators, sponsorship (kafala) changes.
Stories: the launch of the Saudi amnesty campaign "Watan bila mukhalif" (Saudi Arabia, March 2017), the first
days of the UAE amnesty "Protect yourself by regularising your status" (UAE, July-August 2018), and Lebanon's
first entry visa for Syrians (Lebanon, January 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-watan-bila-mukhalif-launch-2017
S = "saudi-watan-bila-mukhalif-launch-2017"
LAUNCH = "2017-03-19"                        # Crown Prince Mohammed bin Nayef launched the campaign on Sun 19 Mar 2017
GRACE = ("2017-03-29", "2017-06-27")         # 90 days from Wed 1 Rajab 1438 = 29 Mar 2017 (29 Mar - 26 Jun inclusive)
DHUHIJJA_1437 = ("2016-09-03", "2016-10-02")  # the month Dhu al-Hijja 1437 (1 Dhu al-Hijja = 3 Sep 2016, 1 Muharram 1438 = 2 Oct 2016)
AH_1435 = ("2013-11-04", "2014-10-25")       # the Hijri year 1435 (1 Muharram 1435 = 4 Nov 2013, 1 Muharram 1436 = 25 Oct 2014)
art(S, "https://akhbaar24.com/article/detail/328147",
    LAUNCH, "no date line on the stored page; the body's 'خلال تدشينه الحملة اليوم الأحد' for the launch, which was on Sun 19 Mar 2017 (19 Mar 2017 was a Sunday; al-Riyadh of Mon 20 Mar: 'في مكتبه بديوان وزارة الداخلية أمس'), so the text names its own day; headline written from the body (the stored text has none)", True, """
ولي العهد السعودي يدشن حملة «وطن بلا مخالف»
أطلق الأمير محمد بن نايف بن عبدالعزيز، ولي العهد ونائب رئيس مجلس الوزراء ووزير الداخلية، حملة «وطن بلا مخالف» عقب موافقة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز عليها.
وأوضح الأمير محمد بن نايف، أثناء إطلاقه الحملة اليوم الأحد في مكتبه بديوان وزارة الداخلية، أن الغاية منها تسوية أوضاع المخالفين لأنظمة الإقامة والعمل وأمن الحدود، ومساعدة الراغبين في إنهاء مخالفاتهم وإعفاؤهم من العقوبات المترتبة عليها.
وحث المخالفين على اغتنام الفرصة خلال المهلة الممنوحة لهم، والتي حُددت بتسعين يوماً اعتباراً من يوم الأربعاء الأول من رجب 1438هـ الموافق 29 مارس الجاري، وطالب الجهات المختصة بتيسير إجراءات كل من يبادر إلى المغادرة خلال المهلة المحددة وإعفائه من العقوبات المترتبة عليه.
وتستند الحملة إلى القرار السامي الصادر في شهر ذي الحجة من العام الماضي، الذي نص على مشاركة جميع الجهات الحكومية فيها، بعد تواصل حالات التخلف عن المغادرة بعد الحج والعمرة، والتسلل عبر الحدود، وامتناع بعض الوافدين عن تجديد وثائق إقاماتهم لفترات طويلة، وهو ما تنجم عنه آثار أمنية واجتماعية واقتصادية سلبية.
""", [
    ev("campaign-launch", "أثناء إطلاقه الحملة اليوم الأحد", LAUNCH, "'اليوم الأحد' = Sun 19 Mar 2017"),
    ev("mbn-call-to-violators", "وحث المخالفين على اغتنام الفرصة", LAUNCH, "no own expression; the call made in the launch speech of Sun 19 Mar 2017"),
    ev("grace-period", "والتي حُددت بتسعين يوماً", GRACE[0], "'بتسعين يوماً اعتباراً من يوم الأربعاء الأول من رجب 1438هـ الموافق 29 مارس الجاري' = 90 days from Wed 29 Mar 2017 (29 Mar - 26 Jun 2017)", end=GRACE[1]),
    ev("royal-order", "القرار السامي الصادر في شهر ذي الحجة من العام الماضي", DHUHIJJA_1437[0], "'في شهر ذي الحجة من العام الماضي' from 1438 AH = Dhu al-Hijja 1437 = 3 Sep - 1 Oct 2016 (the month only)", end=DHUHIJJA_1437[1]),
])
art(S, "http://www.alriyadh.com/1579177",
    "2017-03-20", "no date line on the stored page; the body's 'خلال تدشينه ... حملة \"وطن بلا مخالف\" في مكتبه بديوان وزارة الداخلية أمس' for the launch of Sun 19 Mar 2017 (akhbaar24: 'اليوم الأحد'; al-Riyadh's same-day web report, sauress/alriyadh/1579019, has 'اليوم') gives the print issue of Mon 20 Mar 2017; headline written from the body; the list of attendees, truncated in the stored excerpt, is cut after the third name", False, """
ولي العهد: «وطن بلا مخالف» لتسوية أوضاع مخالفي أنظمة الإقامة والعمل
شدد صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز، ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، على أن حملة «وطن بلا مخالف»، التي وافق خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز على تنفيذها، تأتي ضمن رغبته في تسوية أوضاع المخالفين لأنظمة الإقامة والعمل وأمن الحدود، وفي مساعدة من يريد إنهاء مخالفته وإعفائه من العقوبات المترتبة عليها.
ورد ذلك في كلمة ألقاها سمو ولي العهد أثناء تدشينه الحملة في مكتبه بديوان وزارة الداخلية أمس.
وحث سموه المخالفين على انتهاز الفرصة خلال المهلة الممنوحة لهم، المحددة بـ 90 يوماً اعتباراً من يوم الأربعاء 1 رجب 1438هـ الموافق 29 مارس 2017م، ودعا الجميع إلى التعاون لتحقيق أهداف الحملة، ووجّه الجهات المعنية بتيسير إجراءات من يبادر إلى المغادرة خلال المهلة المحددة وإعفائه من العقوبات المترتبة عليه.
وحضر حفل التدشين صاحب السمو الملكي الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز مستشار سمو وزير الداخلية، ووزير العمل والشؤون الاجتماعية الدكتور علي بن ناصر الغفيص، ووكيل وزارة الداخلية رئيس اللجنة الإشرافية العليا الدائمة للحملة الدكتور أحمد بن محمد السالم، وعدد آخر من المسؤولين.
""", [
    ev("campaign-launch", "أثناء تدشينه الحملة في مكتبه بديوان وزارة الداخلية أمس", LAUNCH, "'أمس' in the print issue of Mon 20 Mar 2017 = Sun 19 Mar"),
    ev("mbn-call-to-violators", "وحث سموه المخالفين على انتهاز الفرصة", LAUNCH, "no own expression; the call made in the launch speech of Sun 19 Mar 2017 ('أمس')"),
    ev("grace-period", "المحددة بـ 90 يوماً", GRACE[0], "'90 يوماً اعتباراً من يوم الأربعاء 1 رجب 1438هـ الموافق 29 مارس 2017م' = 29 Mar - 26 Jun 2017", end=GRACE[1]),
])
art(S, "https://cp.slaati.com/2017/03/19/p732020.html",
    LAUNCH, "no date in the stored text; the URL folder /2017/03/19/ (Sun 19 Mar 2017), and the content: a phone-in on the press conference 'الذي تزامن مع انطلاق حملة «وطن بلا مخالف»', launched on Sun 19 Mar 2017 (akhbaar24 'اليوم الأحد'); headline written from the body; the last, truncated sentence ('ودعا مدير تحرير صدى الإلكترون...') dropped", False, """
العجل: «وطن بلا مخالف» هدية للمخالفين وعليهم اغتنامها
قال سعيد العجل، مدير تحرير صحيفة «صدى» الإلكترونية، إن حملة «وطن بلا مخالف» التي أعلنها صاحب السمو الملكي الأمير محمد بن نايف، ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، تمثل هدية للمخالفين وفرصة ممتدة لمدة تسعين يومًا ينبغي لهم الإفادة منها.
وجاء كلامه في اتصال هاتفي مع قناة 24 خُصص لشرح ما دار في المؤتمر الصحفي الذي تزامن مع انطلاق الحملة وتوضيح أهدافها، ورأى أنها من أضخم الحملات منذ الحملة التصحيحية عام 1435 التي أفلحت في ترحيل ما يزيد على مليونين ونصف المليون مخالف.
وأضاف العجل أن الحملة تدعو المخالفين إلى تسليم أنفسهم طوعاً وترحيلهم من غير أن تطالهم أي عقوبة خلال هذه المدة، لافتاً إلى أن 19 جهة حكومية تشارك في تنفيذها، وأن المخالف لن يلوم إلا نفسه بعد انتهاء المهلة وهي ثلاثة أشهر، لأن العقوبات ستكون قاسية ومؤلمة إذا لم يتجاوب مع هذه الهدية.
ورأى العجل أن الحملة ترمي في جانب منها إلى القضاء على الظواهر السلبية في المجتمع، وفي مقدمتها التسول، مؤكداً أن المخالفين فئتان: الأولى من قدموا بتأشيرات حج وعمرة ولم يغادروا بعدها، والثانية مجهولو الهوية والمتسللون الذين تديرهم شبكات تهريب دولية تسعى إلى الإضرار بأمن المجتمع.
""", [
    ev("campaign-launch", "التي أعلنها صاحب السمو الملكي الأمير محمد بن نايف", LAUNCH, "no own expression; the campaign launched by the Crown Prince on Sun 19 Mar 2017 (akhbaar24 'اليوم الأحد')"),
    ev("grace-period", "وفرصة ممتدة لمدة تسعين يومًا", GRACE[0], "no start in this text; the 90 days from Wed 1 Rajab 1438 = 29 Mar 2017 (akhbaar24, al-Riyadh): 29 Mar - 26 Jun 2017", end=GRACE[1]),
    ev("ajal-phone-in", "وجاء كلامه في اتصال هاتفي مع قناة 24", LAUNCH, "no own expression; the phone-in reported on the day of the launch, Sun 19 Mar 2017 (URL /2017/03/19/)"),
    ev("press-conference", "المؤتمر الصحفي الذي تزامن مع انطلاق الحملة", LAUNCH, "no own expression; 'تزامن مع انطلاق الحملة' = the launch of Sun 19 Mar 2017"),
    ev("correction-campaign-1435", "الحملة التصحيحية عام 1435", AH_1435[0], "'عام 1435' = the Hijri year 1435 = 4 Nov 2013 - 24 Oct 2014 (the year only)", end=AH_1435[1]),
])

# ---------------------------------------------------------------- uae-protect-yourself-amnesty-2018
S = "uae-protect-yourself-amnesty-2018"
START = "2018-08-01"                         # the initiative 'احم نفسك بتعديل وضعك' began on Wed 1 Aug 2018
AMNESTY = (START, "2018-11-01")              # three months, to the end of October 2018 (later extended; not in these texts)
STATEMENTS = ("2018-07-22", "2018-07-31")    # al-Marri's and al-Ghaith's statements carried by WAM: some day before the Sputnik report of Mon 30 Jul 2018 (my span 22-30 Jul)
art(S, "https://sarabic.ae/amp/20180730/%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%A5%D9%82%D8%A7%D9%85%D8%A9-%D8%AF%D8%A8%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D9%8A%D9%85%D9%86-1034235402.html",
    "2018-07-30", "no date in the stored text; the URL folder /20180730/ (Mon 30 Jul 2018) of Sputnik Arabic; the content agrees: the initiative is still to come ('وسيتم بموجب المبادرة'), and it covers violations 'قبل الأول من أغسطس' (it began on Wed 1 Aug 2018, al-Roeya of Thu 2 Aug: 'انطلقت أمس الأربعاء'); headline written from the body (the stored text starts with the second paragraph); the last, truncated sentence shortened at 'الحصول على إقامة لمدة عام في الدولة'", False, """
الإمارات تفتح لمخالفي الإقامة باب تعديل أوضاعهم ضمن «احم نفسك بتعديل وضعك»
وبمقتضى المبادرة التي وافق عليها مجلس الوزراء، سيُعفى المخالفون من العقوبات والغرامات ومن الحرمان، وسيحصلون على إقامة مؤقتة لمدة 6 أشهر، وفق ما نقلته وكالة أنباء الإمارات (وام).
وبيّن اللواء محمد أحمد المري، المدير العام للإدارة العامة للإقامة وشؤون الأجانب في دبي، أن الغاية من المبادرة أن يعدّل المخالفون أوضاعهم بسرعة، وهو أمر يتوقف على اكتمال وثائقهم وسرعة تعاونهم مع الجهات المختصة في حل البلاغات المتصلة بقضايا مالية أو بمطالبات من جهات أو أفراد.
ولفت إلى أن المهلة الممنوحة تشمل كل فئات مخالفي الإقامة قبل الأول من أغسطس/ آب فقط، من عمال الشركات والأسر والفئات المساعدة.
وفي الإطار نفسه، ذكر العميد خلف أحمد الغيث أن المخالفين الذين عثروا على فرصة عمل في الدولة يستطيعون تعديل وضعهم مقابل رسوم قدرها 500 درهم، من دون أن يحتاج انتقالهم إلى الوظيفة موافقة الكفيل السابق، أما الراغبون في مغادرة الدولة فتُفرض عليهم رسوم قدرها 220 درهماً، ويُمنحون مهلة مغادرة تصل لـ21 يوما، وإذا لم يغادروا فلن يستفيدوا من امتيازات المهلة.
ويحق لرعايا الدول التي تشهد حروباً وكوارث واضطرابات سياسية، ومنها سوريا واليمن، ممن شملتهم قرارات مجلس الوزراء، الحصول على إقامة لمدة عام في الدولة.
""", [
    ev("amnesty-period", "سيُعفى المخالفون من العقوبات والغرامات", AMNESTY[0], "no own date; the initiative ran from Wed 1 Aug 2018 for three months, to the end of October 2018 (al-Roeya 'انطلقت أمس الأربعاء'; the violations covered are those 'قبل الأول من أغسطس')", end=AMNESTY[1]),
    ev("marri-statement", "وبيّن اللواء محمد أحمد المري", STATEMENTS[0], "no own expression; a statement carried by WAM before the Sputnik report of Mon 30 Jul 2018 (my span 22-30 Jul 2018)", end=STATEMENTS[1]),
    ev("ghaith-fees-statement", "ذكر العميد خلف أحمد الغيث", STATEMENTS[0], "no own expression; 'وفي الإطار نفسه', the same WAM report as al-Marri's statement, before Mon 30 Jul 2018 (my span 22-30 Jul 2018)", end=STATEMENTS[1]),
])
art(S, "https://alroeya.com/1-0/287728-إعفاء-شاب-من-غرامات-تتجاوز-مليون-درهم-ضمن-«احم-نفسك-بتعديل-وضعك»",
    "2018-08-02", "page date '2018-08-02' at the head of the stored text (dropped here), with the body's 'التي انطلقت أمس الأربعاء' for the initiative and 'مؤتمر صحافي عقد اليوم الخميس' (2 Aug 2018 was a Thursday); headline kept from the URL slug; the last, truncated quotation ('وقال العميد الغيث: «استقبلت إقامة دبي في...') dropped", True, """
إعفاء شاب من غرامات تتجاوز مليون درهم ضمن «احم نفسك بتعديل وضعك»
حصل شاب مخالف لقانون الإقامة على إعفاء من غرامات زادت على مليون درهم إثر مراجعته مركز العوير في دبي، في إطار مبادرة «احم نفسك بتعديل وضعك» التي انطلقت أمس الأربعاء.
وكان الشاب البالغ من العمر 18 عاماً قد قدم مع أسرته إلى المركز لتسوية وضعه، وتبيّن أنه لا يملك أوراقاً ثبوتية منذ ولادته، فتولت الإدارة العامة للإقامة وشؤون الأجانب في دبي تسوية وضعه وإعفاءه من الغرامات، إلى جانب مساعدته على استخراج أوراقه الثبوتية بالتنسيق مع سفارة بلده.
واستقبلت الإدارة العامة للإقامة وشؤون الأجانب في دبي 1534 مخالفاً لقانون الإقامة في اليوم الأول من المبادرة.
وتضمنت المعاملات المنجزة إصدار 326 تصريح مغادرة و408 تجديدات إقامة، واستصدار 260 تأشيرة على كفيل جديد، وإنجاز 134 معاملة تتعلق ببلاغات الهروب، إلى جانب معاملات أخرى، بينما تلقى مركز اتصال «آمر» 2365 مكالمة بشأن المبادرة.
ودعا العميد خلف أحمد الغيث، مساعد المدير العام لمتابعة المخالفين والأجانب في إقامة دبي ورئيس فريق مهلة المغادرة الطوعية، خلال مؤتمر صحافي عُقد اليوم الخميس في مركز العوير، المخالفين الذين ألغوا إقامتهم السابقة في اليوم الأول من المبادرة، وعددهم 416 مخالفاً، إلى إكمال إجراءات تسوية أوضاعهم مباشرة للإفادة من المبادرة.
""", [
    ev("million-dirham-exemption", "حصل شاب مخالف لقانون الإقامة على إعفاء من غرامات زادت على مليون درهم", START, "no own expression; a case handled on the first day of the initiative, Wed 1 Aug 2018 (al-Bayan via Zawya: 'من أبرز الحالات التي تم التعامل معها في اليوم الأول إعفاء مخالف من غرامات تجاوزت قيمتها مليون درهم')"),
    ev("initiative-launch", "التي انطلقت أمس الأربعاء", START, "'أمس الأربعاء' from Thu 2 Aug 2018 = Wed 1 Aug"),
    ev("first-day-1534-violators", "1534 مخالفاً لقانون الإقامة في اليوم الأول من المبادرة", START, "'في اليوم الأول من المبادرة' = Wed 1 Aug 2018"),
    ev("ghaith-press-conference", "خلال مؤتمر صحافي عُقد اليوم الخميس", "2018-08-02", "'اليوم الخميس' = Thu 2 Aug 2018"),
])
art(S, "https://www.zawya.com/uae/ar/story/مليونان_و542_ألف_درهم_إعفاءات_لـ6_من_مخالفي_الإقامة-ZAWYA20180803040527/",
    "2018-08-03", "page stamp '03 08 2018' at the head of the stored text (dropped here; day month year: Fri 3 Aug 2018), and the story id ZAWYA20180803040527; an al-Bayan report ('© البيان 2018', dropped); the body's 'في أول يومين للمبادرة' (1-2 Aug 2018) agrees; headline kept from the URL", True, """
مليونان و542 ألف درهم إعفاءات لـ6 من مخالفي الإقامة
فرّوا من القانون فأنصفهم القانون.. شبان ورجال ونساء تراكمت عليهم السنوات والمخالفات حتى بلغت غراماتهم عتبة المليون درهم، ومن أين لمقيم بلا أوراق، وربما بلا عمل، أن يدبّر المليون في مهلة مبادرة «احمِ نفسك.. بتعديل وضعك».
وقد وفرت دولة الإمارات للمخالفين كل التسهيلات المادية لتصحيح أوضاعهم ولمّ شملهم بأسرهم في بلدانهم، حتى بلغ إجمالي الغرامات المترتبة على 6 أشخاص في أول يومين للمبادرة مليونين و542 ألف درهم، فقصص المخالفين متشابهة وإن اختلفت أسبابها: من ابن 18 عاماً لم تسجله أسرته منذ ولادته ولا يملك أوراقاً ثبوتية، إلى رجل أمضى عشرين عاماً مخالفاً بعيداً عن أهله ووطنه، إلى عمال بلا أوراق.
وبالتفصيل، كان من أبرز الحالات التي عولجت في اليوم الأول إعفاء مخالف من غرامات زادت قيمتها على مليون درهم، وإسقاط مخالفة بنحو 300 ألف درهم عن سيدة إفريقية الجنسية من الفئات المساندة، وتعديل وضع مخالف عربي الجنسية منذ 20 سنة وإعفاؤه من رسوم بلغت 182 ألف درهم.
""", [
    ev("amnesty-period", "في مهلة مبادرة «احمِ نفسك.. بتعديل وضعك»", AMNESTY[0], "no own date; the initiative of Wed 1 Aug 2018 for three months, to the end of October 2018", end=AMNESTY[1]),
    ev("six-violators-fines", "بلغ إجمالي الغرامات المترتبة على 6 أشخاص في أول يومين للمبادرة", START, "'في أول يومين للمبادرة' = Wed 1 - Thu 2 Aug 2018", end="2018-08-03"),
    ev("million-dirham-exemption", "إعفاء مخالف من غرامات زادت قيمتها على مليون درهم", START, "'في اليوم الأول' = Wed 1 Aug 2018"),
    ev("african-woman-waiver", "وإسقاط مخالفة بنحو 300 ألف درهم", START, "'في اليوم الأول' = Wed 1 Aug 2018"),
    ev("arab-violator-regularised", "وتعديل وضع مخالف عربي الجنسية منذ 20 سنة", START, "'في اليوم الأول' = Wed 1 Aug 2018"),
])

# ---------------------------------------------------------------- lebanon-syrians-entry-visa-2015
S = "lebanon-syrians-entry-visa-2015"
IN_FORCE = "2015-01-05"                      # the new entry rules (visa or residence) for Syrians took effect on Mon 5 Jan 2015
ANNOUNCE = ("2014-12-31", "2015-01-04")      # General Security posted the criteria on its website (dated 31 Dec 2014 by later reports), reported up to Sat 3 Jan
art(S, "https://naynawaalghad.tv/%d9%84%d8%a8%d9%86%d8%a7%d9%86-%d9%8a%d9%81%d8%b1%d8%b6-%d9%84%d9%84%d9%85%d8%b1%d8%a9-%d8%a7%d9%84%d8%a3%d9%88%d9%84%d9%89-%d8%b3%d9%85%d8%a9-%d8%af%d8%ae%d9%88%d9%84-%d8%b9%d9%84%d9%89-%d8%a7%d9%84/%d8%a7%d9%84%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9",
    "2015-01-04", "no date on the stored page; the body's 'ويدخل الإجراء الجديد يوم غد الاثنين حيز التنفيذ' for the rules that took effect on Mon 5 Jan 2015 (BBC of Mon 5 Jan: 'بدأت السلطات اللبنانية تطبيق قواعد جديدة'; al-Watan (Saudi) of Tue 6 Jan: 'بدأ ... أمس') gives Sun 4 Jan 2015 (4 Jan 2015 was a Sunday); headline kept from the URL slug; the comment form dropped", False, """
لبنان يفرض للمرة الأولى سمة دخول على السوريين
فرض لبنان، للمرة الأولى في تاريخ علاقاته مع سوريا، سمة دخول على السوريين الذين يرغبون في دخول أراضيه، على أن يسري الإجراء الجديد يوم غد الاثنين.
وطلبت السلطات اللبنانية من السوريين الحصول على سمة لدخول هذا البلد المجاور، في خطوة غير مسبوقة في تاريخ العلاقات بين البلدين، علماً بأن لبنان يستضيف حاليا ما يزيد على مليون لاجئ سوري.
ونشرت المديرية العامة للأمن العام اللبناني على موقعها الالكتروني معايير جديدة لتنظيم دخول السوريين إلى لبنان وإقامتهم فيه، أساسها فرض السمة أو الإقامة، على أن يبدأ العمل بهذه المعايير بدءا من يوم غد الاثنين.
وكان التنقل بين البلدين، اللذين يتقاسمان حدوداً طولها ثلاثمئة وثلاثون كيلومتراً، يقتصر على إبراز الهوية الشخصية من دون الحاجة إلى أي مستند آخر.
وصرّح وزير الشؤون الاجتماعية رشيد درباس لوكالة فرانس برس بأن هذه هي المرة الأولى في تاريخ العلاقات بين البلدين التي يطلب فيها لبنان معرفة سبب دخول السوري، وأن الهدف منع اللجوء وتنظيم دخول السوريين بجدية أكبر.
""", [
    ev("visa-in-force", "على أن يسري الإجراء الجديد يوم غد الاثنين", IN_FORCE, "'يوم غد الاثنين' from Sun 4 Jan 2015 = Mon 5 Jan"),
    ev("gs-criteria-announced", "ونشرت المديرية العامة للأمن العام اللبناني على موقعها الالكتروني", ANNOUNCE[0], "no own expression; the criteria were posted on the General Security website before this report of Sun 4 Jan 2015 (31 Dec 2014 by later reports; first press reports on Sat 3 Jan): my span 31 Dec 2014 - 3 Jan 2015", end=ANNOUNCE[1]),
    ev("derbas-afp-statement", "وصرّح وزير الشؤون الاجتماعية رشيد درباس لوكالة فرانس برس", "2015-01-03", "no own expression; a statement in the AFP report on the new rules, which ran from Sat 3 Jan 2015 (watanserb, URL /2015/01/03/, carries its lead) to this text of Sun 4 Jan: my span Sat 3 - Sun 4 Jan 2015", end="2015-01-05"),
])
art(S, "https://bbctodays.pages.dev/arabic/middleeast/2015/01/150105_lebanon_un_refugees_visa_rules",
    IN_FORCE, "no date in the stored text; the BBC Arabic URL (copied on this mirror) '/2015/01/150105_...' = Mon 5 Jan 2015, and the content: the rules 'بدأت السلطات اللبنانية تطبيق' on Mon 5 Jan 2015 and the UNHCR reaction of that Monday (ltv of Tue 6 Jan: 'امس الاثنين'); headline kept from the page; the photo credit 'صدر الصورة، AFP' and the last, truncated sentence ('وقد زاد تدفق السوريين إلى البلاد ا...') dropped", False, """
الأمم المتحدة تبدي قلقا من قواعد دخول السوريين للبنان
أبدت وكالة الأمم المتحدة للاجئين قلقها من أن تحرم القواعد الجديدة التي فرضتها السلطات اللبنانية على دخول السوريين أكثرَ الفئات تعرضاً للخطر بين السوريين الهاربين من الحرب الدائرة من الحماية الدولية.
وكانت السلطات اللبنانية قد شرعت في تطبيق قواعد جديدة تلزم السوريين الراغبين في دخول البلاد بتقديم وثائق تثبت سبب قدومهم.
ويعد هذا القرار الأول من نوعه في تاريخ العلاقات بين لبنان وسوريا.
وذكر رون ريدموند، المتحدث باسم الوكالة، أن الإجراءات الجديدة لا تتيح استثناءات للحالات الإنسانية.
غير أن مسؤولاً أمنياً لبنانياً أكد أن الحالات الإنسانية العاجلة لا يزال يُسمح لها بالدخول.
ووفق الإجراء الجديد، لن يستطيع السوريون دخول لبنان إلا إذا حصلوا على تأشيرة دخول مسبقة.
ويندرج ذلك في إطار استكمال السياسة التي بدأها لبنان للحد من أعداد السوريين وضبط دخول اللاجئين منهم إلى أراضيه.
وكان لبنان قد توقف منذ أكتوبر/تشرين الأول من العام الماضي عن استقبال النازحين السوريين إلا في الحالات الإنسانية والطبية.
ويستضيف لبنان منذ عام 2011 قرابة 1.3 مليون نازح سوري، أي ما يعادل ربع عدد سكان البلاد.
""", [
    ev("unhcr-concern", "أبدت وكالة الأمم المتحدة للاجئين قلقها", IN_FORCE, "no own expression; the UNHCR reaction of Mon 5 Jan 2015 (URL 150105; ltv: 'امس الاثنين')"),
    ev("visa-in-force", "شرعت في تطبيق قواعد جديدة", IN_FORCE, "no own expression; the rules applied from Mon 5 Jan 2015 (naynawaalghad of Sun 4 Jan: 'يوم غد الاثنين')"),
    ev("redmond-statement", "وذكر رون ريدموند، المتحدث باسم الوكالة", IN_FORCE, "no own expression; the spokesman's statement of the day of the report, Mon 5 Jan 2015"),
    ev("security-official-humanitarian", "غير أن مسؤولاً أمنياً لبنانياً أكد", IN_FORCE, "no own expression; the reply of the same day, Mon 5 Jan 2015"),
    ev("reception-halt", "توقف منذ أكتوبر/تشرين الأول من العام الماضي عن استقبال النازحين", "2014-10-01", "'منذ أكتوبر/تشرين الأول من العام الماضي' from Jan 2015 = October 2014 (the month only)", end="2014-11-01"),
    ev("refugees-since-2011", "ويستضيف لبنان منذ عام 2011", "2011-01-01", "'منذ عام 2011' = the year 2011, the start of the stay (the year only)", end="2012-01-01"),
])
art(S, "https://ltv.ly/article_details.php?article_id=10531",
    "2015-01-06", "no date on the stored page; the body's 'حسبما ذكرت وسائل اعلامية امس الاثنين' for the UN reaction of Mon 5 Jan 2015 (BBC URL 150105) gives Tue 6 Jan 2015 (6 Jan 2015 was a Tuesday); headline written from the body (the stored text has none)", False, """
الأمم المتحدة قلقة من القيود اللبنانية الجديدة على اللاجئين السوريين
أبدت الأمم المتحدة قلقها من القيود الجديدة التي فرضها لبنان على اللاجئين السوريين بهدف الحد من تدفقهم فراراً من الحرب الأهلية.
وبحسب ما نقلته وسائل إعلام امس الاثنين، طالبت المنظمة الحكومة اللبنانية بتوضيح ما إذا كان في وسع اللاجئين السوريين الوصول إلى لبنان.
وكان وزير الداخلية اللبناني نهاد المشنوق قد شدد على أن الإجراءات التي اتخذتها الحكومة بفرض تأشيرة دخول على السوريين "ترمي إلى الحد من دخول السوريين إلى لبنان، ومع الوقت سيتضح أنها إجراءات جدية ستؤدي إلى تقليص الوجود السوري غير المبرر في لبنان".
وقال متحدث باسم وكالة الأمم المتحدة للاجئين في لبنان إن "الحكومة اللبنانية اتخذت فعلاً على مدى الثمانية أشهر الماضية تدابير عدة خفضت بالفعل عدد السوريين الذين يطلبون التسجيل بصفة لاجئين".
""", [
    ev("unhcr-concern", "أبدت الأمم المتحدة قلقها", IN_FORCE, "no own expression; the UN reaction reported 'امس الاثنين' = Mon 5 Jan 2015"),
    ev("un-clarification-request", "طالبت المنظمة الحكومة اللبنانية بتوضيح", IN_FORCE, "'امس الاثنين' from Tue 6 Jan 2015 = Mon 5 Jan"),
    ev("visa-in-force", "بفرض تأشيرة دخول على السوريين", IN_FORCE, "no own expression; the visa rules in force from Mon 5 Jan 2015"),
    ev("redmond-statement", "وقال متحدث باسم وكالة الأمم المتحدة للاجئين في لبنان", IN_FORCE, "no own expression; the UNHCR spokesman in Lebanon (Ron Redmond, BBC) on Mon 5 Jan 2015"),
    ev("eight-months-measures", "اتخذت فعلاً على مدى الثمانية أشهر الماضية تدابير عدة", "2014-05-05", "'على مدى الثمانية أشهر الماضية' from Mon 5 Jan 2015 = about 5 May 2014 - 5 Jan 2015", end="2015-01-06"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 480
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
