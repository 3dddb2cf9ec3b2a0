"""Builds stories.jsonl: the 628-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: election campaigns: candidate lists, campaign launches,
debates, silence periods and polling days.
Stories: the first televised debates of the Tunisian presidential race (September 2019), the Kuwaiti National
Assembly election of 1 December 2012 held under the one-vote decree and boycotted by the opposition, and the
Iraqi parliamentary election of 30 April 2014 with its silence period and special vote.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-presidential-tv-debates-2019
S = "tunisia-presidential-tv-debates-2019"
DEBATE1 = "2019-09-07"                     # first debate "الطريق إلى قرطاج", Sat 7 Sep 2019, 21:00
DEBATE2 = "2019-09-08"                     # second debate, Sun 8 Sep 2019
DEBATE3 = "2019-09-09"                     # third debate, Mon 9 Sep 2019
DEBATES = (DEBATE1, "2019-09-10")          # the three evenings, Sat 7 - Mon 9 Sep 2019
POLL = "2019-09-15"                        # first round of the presidential election, Sun 15 Sep 2019
art(S, "http://www.alalam.ir/news/4421921/%D8%AA%D9%88%D9%86%D8%B3--%D8%A7%D9%88%D9%84-%D9%85%D9%86%D8%A7%D8%B8%D8%B1%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%88%D8%B7%D9%86-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D8%AA%D8%B1%D8%B4%D8%AD%D9%8A%D9%86-%D9%84%D9%84%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9",
    "2019-09-07", "date line on the page 'السبت ٠٧ سبتمبر ٢٠١٩ ٠٤:٢٩ بتوقيت غرينتش' (7 Sep 2019 was a Saturday), matching the body's 'اليوم السبت 7 سبتمبر'; the date line, the 'العالم-تونس' tag and the site's latest-news list dropped; headline kept from the page", True, """
تونس.. اول مناظرة في الوطن العربي بين المترشحين للرئاسة
تنطلق في تونس ابتداء من اليوم، وعلى امتداد ثلاث ليال، مناظرات متلفزة تجمع المرشحين الستة والعشرين، وذلك قبل ثمانية أيام من موعد الانتخابات الرئاسية.
وتبدأ المناظرة اليوم السبت 7 سبتمبر الساعة 21:00 على شاشة القناة الوطنية الأولى.
وقد جرى توزيع المرشحين على ثلاث أمسيات، تدوم كل أمسية منها ساعتين ونصف الساعة.
ومن بين من يشاركون في مناظرة مساء اليوم مرشح حركة النهضة عبد الفتاح مورو، والرئيس السابق المنصف المرزوقي، ورئيس الوزراء السابق المهدي جمعة، فضلا عن عبير موسي التي تحمل لواء مناهضة الإسلاميين.
وسيبقى في الأستوديو كرسي شاغر للمرشح نبيل القروي، المعتقل بتهم تتصل بفساد مالي.
""", [
    ev("debates-series", "مناظرات متلفزة تجمع المرشحين الستة والعشرين", DEBATES[0], "'ابتداء من اليوم، وعلى امتداد ثلاث ليال' from Sat 7 Sep 2019 = the evenings of Sat 7, Sun 8 and Mon 9 Sep", end=DEBATES[1]),
    ev("first-debate", "وتبدأ المناظرة اليوم السبت 7 سبتمبر الساعة 21:00", DEBATE1, "'اليوم السبت 7 سبتمبر' = Sat 7 Sep 2019"),
    ev("presidential-election", "قبل ثمانية أيام من موعد الانتخابات الرئاسية", POLL, "'قبل ثمانية أيام' from Sat 7 Sep 2019 = the first round of Sun 15 Sep 2019"),
    ev("karoui-detention", "المعتقل بتهم تتصل بفساد مالي", "2019-08-23", "no own expression; Nabil Karoui was arrested on Fri 23 Aug 2019 (known date: 'منذ 23 أوت الماضي' in other reports of these debates) and held until 9 Oct 2019; gold is the arrest day"),
])
art(S, "https://www.arab48.com/أخبار-عربية-ودولية/أخبار-تونس/2019/09/08/-الطريق-إلى-قرطاج--مناظرات-بين-المرشحين-الرئاسيين-لأول-مرة-بتونس",
    "2019-09-08", "the date 2019/09/08 in the page's address (8 Sep 2019 was a Sunday), matching the body's 'بدأت مساء أمس السبت' for the first debate of Sat 7 Sep 2019; the lead sentence, repeated on the page under the headline and the '(أ ب)' photo credit, kept once; headline kept from the page", True, """
"الطريق إلى قرطاج"... مناظرات بين المرشحين الرئاسيين لأول مرة بتونس
في سابقة تدل على سعي حقيقي إلى ترسيخ الديمقراطية في تونس، انطلقت مساء أمس السبت مناظرات متلفزة بين المترشحين للرئاسة تحمل عنوان "الطريق إلى قرطاج".
وكان التلفزيون التونسي قد أعلن، في آب/ أغسطس الماضي، أنه سيخوض للمرة الأولى تجربة المناظرات الرئاسية، وأنه سيخصص حصة مباشرة باسم "الطريق إلى قرطاج" يُدعى إليها جميع المترشحين للاستحقاق الرئاسي ليتناظروا حول برامجهم الانتخابية.
وتوزعت محاور الأسئلة التي طرحها الصحفيون على المرشحين بين قضايا الدبلوماسية الخارجية والأمن القومي ومختلف المبادرات التي سيقدمها المترشحون.
وتأتي هذه المناظرات قبل نحو أسبوع من يوم الاقتراع، المحدد في 15 أيلول/ سبتمبر الحالي.
وتمتد المناظرات التلفزيونية ثلاثة أيام، بدءا من السبت، وتستغرق الحصة الواحدة ساعتين ونصف الساعة.
وجمعت الحصة الأولى من المناظرات مرشح حركة "النهضة" عبد الفتاح مورو، والمرشح المستقل عمر منصور، ومرشح "التيار الديمقراطي" محمد عبو، ومرشحة الحزب "الدستوري الحر" عبير موسي، وغيرهم.
""", [
    ev("first-debate", "انطلقت مساء أمس السبت مناظرات متلفزة", DEBATE1, "'مساء أمس السبت' in an article of Sun 8 Sep 2019 = Sat 7 Sep"),
    ev("tv-announcement", "قد أعلن، في آب/ أغسطس الماضي، أنه سيخوض للمرة الأولى تجربة المناظرات", "2019-08-01", "'في آب/ أغسطس الماضي' from September 2019 = August 2019 (the month only)", end="2019-09-01"),
    ev("presidential-election", "المحدد في 15 أيلول/ سبتمبر الحالي", POLL, "'15 أيلول/ سبتمبر الحالي' in September 2019 = Sun 15 Sep 2019"),
    ev("debates-series", "وتمتد المناظرات التلفزيونية ثلاثة أيام، بدءا من السبت", DEBATES[0], "'ثلاثة أيام، بدءا من السبت' = Sat 7 - Mon 9 Sep 2019", end=DEBATES[1]),
])
art(S, "https://maghress.com/cap24/102063",
    "2019-09-08", "no date on the stored page; the body's 'مساء أمس ( السبت )' for the first debate of Sat 7 Sep 2019 and 'سيتواصل اليوم ( الأحد ) ، و غدا ( الاثنين )' for the second and third debates give Sun 8 Sep 2019 (arab48 of 8 Sep: 'بدأت مساء أمس السبت'); a cap24 report carried by maghress; headline written from the body (the stored text has none)", False, """
تونس تتابع الأمسية الأولى من المناظرات الرئاسية
عاشت تونس، مساء أمس ( السبت )، على وقع الأمسية الأولى من المناظرات الكبرى بين المرشحين للانتخابات الرئاسية، التي حملت عنوان "الطريق إلى قرطاج.. تونس تختار".
وبُثت المناظرة الأولى، التي احتضنها مقر قناة "الوطنية" التونسية العمومية، على 11 قناة تلفزيونية منها قناتان عموميتان، وعلى عشرين إذاعة.
ووقف المرشحون خلالها في شكل نصف دائرة أمام منابر حُددت بالقرعة، فيما تولى صحفيان في الوسط إدارة الحوار لمدة ساعتين ونصف.
وشارك في المناظرة الأولى أبرز المرشحين، ومنهم منصف المرزوقي ومهدي جمعة والناشطة عبير موسي، إلى جانب عبد الفتاح مورو.
وقد أجابوا عن أسئلة تخص حقوق الإنسان والأمن والاقتصاد والعلاقات الخارجية، إضافة إلى تعهداتهم للأيام المئة الأولى من الحكم.
وتجدر الإشارة إلى أن هذا الحدث الديمقراطي، وهو الأول في العالم العربي، يأتي قبل 8 أيام من الانتخابات الرئاسية، وسيتواصل اليوم ( الأحد ) ، و غدا ( الاثنين ) .
""", [
    ev("first-debate", "على وقع الأمسية الأولى من المناظرات الكبرى", DEBATE1, "'مساء أمس ( السبت )' in an article of Sun 8 Sep 2019 = Sat 7 Sep"),
    ev("presidential-election", "يأتي قبل 8 أيام من الانتخابات الرئاسية", POLL, "'قبل 8 أيام' counted from the first debate of Sat 7 Sep 2019 = Sun 15 Sep 2019"),
    ev("second-debate", "وسيتواصل اليوم ( الأحد )", DEBATE2, "'اليوم ( الأحد )' = Sun 8 Sep 2019"),
    ev("third-debate", "و غدا ( الاثنين )", DEBATE3, "'غدا ( الاثنين )' from Sun 8 Sep 2019 = Mon 9 Sep"),
])

# ---------------------------------------------------------------- kuwait-assembly-election-dec-2012
S = "kuwait-assembly-election-dec-2012"
MARCH = "2012-11-30"                       # the opposition's "كرامة وطن 3" march on the eve of the vote, Fri 30 Nov 2012
VOTE = "2012-12-01"                        # polling day, Sat 1 Dec 2012 (08:00 - 20:00), counting that night
DECREE = ("2012-10-01", "2012-11-01")      # the Emir's one-vote decree amending the electoral law, October 2012
art(S, "https://mail.emiratesvoice.com/39/2012-11-30-12-23-47",
    "2012-11-30", "the page's address carries its creation stamp 2012-11-30 12:23:47 (30 Nov 2012 was a Friday), matching the body's call to march 'الجمعة' on the eve of the vote of Sat 1 Dec; no date in the stored text itself ('آخر تحديث 22:08:04' only); the site's repeated mastheads and the 'الكويت ـ وكالات' credit dropped; headline kept from the page; the wire text stops mid-sentence on the page, its last clause completed with 'في البلاد'", True, """
المعارضة الكويتية تدعو الى التظاهر الجمعة ومقاطعة الانتخابات البرلمانية
حثت المعارضة الكويتية على المشاركة في التظاهرات التي تقام الجمعة، وعلى مقاطعة الانتخابات البرلمانية المقرر إجراؤها في الاول من كانون الاول /ديسمبر.
وتأتي هذه التظاهرات التي تنظمها المعارضة الكويتية احتجاجاً على التعديلات التي أُدخلت على قواعد تصويت الناخبين.
فقد لجأ امير الكويت الشيخ صباح الاحمد الصباح إلى قانون الطوارئ في تشرين الاول/اكتوبر ليعدل القانون الانتخابي، وصار على الناخبين بموجب هذا التعديل أن يقترعوا لمرشح واحد بدلاً من اربعة.
وقد جرى حل البرلمان الكويتي تسع مرات، منها ست في 2006.
وكانت المعارضة الكويتية قد حققت فوزا كاسحا في الانتخابات التشريعية الاخيرة التي جرت في شباط/فبراير، غير ان المحكمة الدستورية ابطلت تلك الانتخابات في حزيران/يونيو وأعادت البرلمان المنتخب في 2009، الذي كان الموالون للحكومة يهيمنون عليه.
وتلقى المعارضة تأييد كثير من الشباب الذين ينظمون العديد من التظاهرات الاحتجاجية في البلاد.
""", [
    ev("karama-watan-3-march", "المشاركة في التظاهرات التي تقام الجمعة", MARCH, "'الجمعة' in an article of Fri 30 Nov 2012 = the march of that day (aljazeera of Sat 1 Dec: 'أمس عشية الاقتراع')"),
    ev("election-day", "المقرر إجراؤها في الاول من كانون الاول /ديسمبر", VOTE, "'في الاول من كانون الاول /ديسمبر' = Sat 1 Dec 2012"),
    ev("one-vote-decree", "ليعدل القانون الانتخابي", DECREE[0], "'في تشرين الاول/اكتوبر' = October 2012 (the month only; the decree followed the Emir's speech of 19 Oct 2012)", end=DECREE[1]),
    ev("february-election", "الانتخابات التشريعية الاخيرة التي جرت في شباط/فبراير", "2012-02-02", "'في شباط/فبراير' = February 2012; the election was held on Thu 2 Feb 2012 (known date)"),
    ev("court-annulment", "ابطلت تلك الانتخابات في حزيران/يونيو", "2012-06-20", "'في حزيران/يونيو' = June 2012; the Constitutional Court's ruling of Wed 20 Jun 2012 (known date)"),
])
art(S, "http://www.aljazeera.net/home/print/f6451603-4dff-4ca1-9c10-122741d17432/1d4c2646-e192-4d14-9fd5-4baf6cf216c2",
    "2012-12-01", "date line on the print page 'السبت 1434/1/17 هـ - الموافق 1/12/2012 م (آخر تحديث) الساعة 21:22 (مكة المكرمة)' (1 Dec 2012 was a Saturday); the date line, photo caption and the sub-heading 'مظاهرة للمعارضة' dropped; headline kept from the page; the stored text breaks off after 'أمس عشية', completed here with 'الاقتراع'", True, """
انتهاء التصويت بانتخابات الكويت البرلمانية
أغلقت مراكز الاقتراع في الكويت أبوابها الليلة، وانطلقت على الفور عملية فرز البطاقات الانتخابية، بعدما أدلى الناخبون بأصواتهم منذ الصباح لاختيار برلمان جديد للمرة الثانية في غضون عشرة أشهر، في ظل مقاطعة المعارضة وعقب احتجاجات شعبية واسعة على تعديل قانون الانتخابات.
ويحق لنحو 422.569 ناخبا وناخبة التصويت لمرشح واحد من بين 307 مرشحين، منهم 14 امرأة، يتنافسون في خمس دوائر انتخابية، ويمثل كل دائرة أصحاب المراكز العشرة الأولى.
وأفادت وكالة الأنباء الكويتية الرسمية (كونا) بأن الاقتراع جرى في 666 لجنة انتخابية موزعة على مائة مدرسة في مختلف مناطق البلاد، إلى جانب خمس لجان رئيسية تُعلن فيها النتائج النهائية.
وأُجريت الانتخابات وسط مقاطعة المعارضة احتجاجا على مرسوم عدّل قانون الانتخابات فقلّص عدد النواب الذين يختارهم الناخب من أربعة نواب إلى نائب واحد، وتقول المعارضة إنه سيحوّل دفة الانتخابات لمصلحة المرشحين الموالين للحكومة.
وكانت المعارضة قد نظمت تظاهرة حاشدة أمس عشية الاقتراع.
""", [
    ev("polls-close", "أغلقت مراكز الاقتراع في الكويت أبوابها الليلة", VOTE, "'الليلة' in an article of Sat 1 Dec 2012 = the evening of polling day (20:00)"),
    ev("vote-count", "وانطلقت على الفور عملية فرز البطاقات الانتخابية", VOTE, "right after the polls closed on the night of Sat 1 Dec 2012"),
    ev("election-day", "أدلى الناخبون بأصواتهم منذ الصباح", VOTE, "'منذ الصباح' of the day of the article, Sat 1 Dec 2012"),
    ev("one-vote-decree", "احتجاجا على مرسوم عدّل قانون الانتخابات", DECREE[0], "no own expression; the Emir's decree of October 2012 (emiratesvoice 'في تشرين الاول/اكتوبر'; the month only)", end=DECREE[1]),
    ev("karama-watan-3-march", "نظمت تظاهرة حاشدة أمس عشية الاقتراع", MARCH, "'أمس' in an article of Sat 1 Dec 2012 = Fri 30 Nov"),
])
art(S, "https://sauress.com/okaz/552489",
    "2012-12-02", "no date on the stored page; the body's 'أغلقت ... أبوابها أمس', 'عند الثامنة من صباح أمس' for the vote of Sat 1 Dec 2012 and 'أمس الأول' for the march of Fri 30 Nov give Sun 2 Dec 2012; an Okaz report carried by sauress; headline written from the body (the stored text has none); the stored text breaks off in the last sentence, which ends here after 'مقاطعة الانتخابات'", False, """
إغلاق صناديق الاقتراع في انتخابات مجلس الأمة الكويتي
أغلقت مراكز الاقتراع في انتخابات مجلس الأمة الكويتي أبوابها أمس أمام الناخبين، بينما بقيت الصناديق مفتوحة لمن كانوا داخل المراكز، وفق ما ذكرته وكالة الأنباء الكويتية (كونا).
وسيبدأ فرز الأصوات مباشرة في كل مراكز الاقتراع الرئيسية والفرعية، على أن تعلن اللجنة الوطنية العليا للانتخابات النتائج الرسمية في المراكز الرئيسية.
وكان الناخبون الكويتيون قد توجهوا عند الثامنة من صباح أمس بالتوقيت المحلي إلى صناديق الاقتراع لاختيار 50 عضوا في مجلس الأمة في فصله التشريعي ال14، على أساس نظام الدوائر الخمس وآلية التصويت لمرشح واحد المثيرة للجدل.
ووفق آلية التصويت الجديدة، يحق لكل واحد من الناخبين المقيدين البالغ عددهم 422.569 أن يختار مرشحا واحدا من بين 307 مرشحين يتنافسون في الدوائر الخمس على عضوية مجلس الأمة، بواقع 10 نواب لكل دائرة.
وجرى الاقتراع في 666 لجنة انتخابية موزعة على 100 مدرسة في مختلف مناطق دولة الكويت، إضافة الى 5 لجان رئيسية تُعلن فيها النتائج النهائية لكل دائرة على حدة.
وكانت المعارضة الكويتية قد سبقت الانتخابات بمسيرة حاشدة نظمتها أمس الأول وسمّتها (كرامة وطن 3)، ودعت خلالها المواطنين إلى مقاطعة الانتخابات.
""", [
    ev("polls-close", "أغلقت مراكز الاقتراع في انتخابات مجلس الأمة الكويتي أبوابها أمس", VOTE, "'أمس' in an article of Sun 2 Dec 2012 = Sat 1 Dec"),
    ev("vote-count", "وسيبدأ فرز الأصوات مباشرة", VOTE, "no own expression; counting began right after the polls closed on the night of Sat 1 Dec 2012 (aljazeera of 1 Dec: 'وانطلقت على الفور عملية فرز')"),
    ev("election-day", "توجهوا عند الثامنة من صباح أمس بالتوقيت المحلي", VOTE, "'صباح أمس' in an article of Sun 2 Dec 2012 = Sat 1 Dec"),
    ev("karama-watan-3-march", "بمسيرة حاشدة نظمتها أمس الأول", MARCH, "'أمس الأول' in an article of Sun 2 Dec 2012 = Fri 30 Nov"),
])

# ---------------------------------------------------------------- iraq-parliament-election-2014
S = "iraq-parliament-election-2014"
SILENCE = "2014-04-29"                     # the silence period began on Tue 29 Apr 2014 (07:00)
CAMPAIGN = ("2014-04-01", SILENCE)         # the campaign ran from 1 Apr 2014 until the silence
SPECIAL = "2014-04-28"                     # special vote (security forces, displaced, hospitals, prisons), Mon 28 Apr 2014
POLLDAY = "2014-04-30"                     # general vote, Wed 30 Apr 2014
art(S, "https://www.tasnimnews.com/ar/news/2014/04/29/353534/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%DB%8C%D8%AF%D8%AE%D9%84-%D9%85%D8%B1%D8%AD%D9%84%D8%A9-%D8%A7%D9%84%D8%B5%D9%85%D8%AA-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%DB%8C-%D9%88%D8%A3%DA%A9%D8%AB%D8%B1-%D9%85%D9%86-20-%D9%85%D9%84%DB%8C%D9%88%D9%86%D8%A7-%DB%8C%D8%AA%D9%88%D8%AC%D9%87%D9%88%D9%86-%D8%BA%D8%AF%D8%A7-%D9%84%D9%84%D8%A5%D8%AF%D9%84%D8%A7%D8%A1-%D8%A8%D8%A3%D8%B5%D9%88%D8%A7%D8%AA%D9%87%D9%85-%D9%81%DB%8C-%D8%A7%D9%84%D8%A7%D9%82%D8%AA%D8%B1%D8%A7%D8%B9-%D8%A7%D9%84%D9%86%DB%8C%D8%A7%D8%A8%DB%8C-%D8%A7%D9%84%D8%AB%D8%A7%D9%84%D8%AB/amp",
    "2014-04-29", "the date 2014/04/29 in the page's address (29 Apr 2014 was a Tuesday), matching the body's 'صباح اليوم الثلاثاء' and 'غدا الاربعاء'; headline kept from the page; the last, truncated sentence of the stored text dropped", True, """
العراق يدخل مرحلة الصمت الانتخابي وأكثر من 20 مليونا يتوجهون غدا للإدلاء بأصواتهم في الاقتراع النيابي الثالث
دخل العراق مرحلة الصمت الانتخابي في الساعة السابعة من صباح اليوم الثلاثاء، فتوقفت الحملات الدعائية لمرشحي الانتخابات البرلمانية، وهي الأولى منذ خروج القوات الأمريكية من البلاد، وذلك بعد 29 يوما من انطلاق تلك الحملات.
ويستعد أكثر من 20 مليون ناخب عراقي للتوجه غدا الاربعاء إلى صناديق الاقتراع في ثالث اقتراع نيابي منذ سقوط نظام صدام عام 2003، لاختيار الأكفأ من بين المرشحين البالغ عددهم 9032، الذين يتنافسون على 328 مقعداً في مجلس النواب.
وحذرت المفوضية العليا المستقلة للانتخابات في العراق الكتل السياسية من عاقبة خرق مدة الصمت الانتخابي، وتوعدت بفرض عقوبات رادعة على أي مرشح أو كيان سياسي يقدم على هذا الخرق.
وبالامس جرت في انحاء العراق عملية الاقتراع الخاص بالانتخابات البرلمانية للمشمولين بها من منتسبي القوات الامنية والمهجرين المسجلين ونزلاء المستشفيات والسجون امس الاثنين.
وأعلنت المفوضية العليا المستقلة للانتخابات أن نسبة المشاركة في التصويت الخاص بلغت 91.46%، مشيرة إلى أنها الأعلى منذ العام 2003.
""", [
    ev("silence-start", "دخل العراق مرحلة الصمت الانتخابي في الساعة السابعة من صباح اليوم الثلاثاء", SILENCE, "'صباح اليوم الثلاثاء' = Tue 29 Apr 2014, 07:00"),
    ev("campaign-period", "بعد 29 يوما من انطلاق تلك الحملات", CAMPAIGN[0], "the campaign that ended with the silence of Tue 29 Apr 2014 after 29 days = 1 - 28 Apr 2014 (emediatc: 'منذ الأول من نيسان الحالي')", end=CAMPAIGN[1]),
    ev("general-vote", "للتوجه غدا الاربعاء إلى صناديق الاقتراع", POLLDAY, "'غدا الاربعاء' from Tue 29 Apr 2014 = Wed 30 Apr"),
    ev("special-vote", "عملية الاقتراع الخاص بالانتخابات البرلمانية", SPECIAL, "'امس الاثنين' (and 'بالامس') from Tue 29 Apr 2014 = Mon 28 Apr"),
])
art(S, "https://alwatannews.net/ampArticle/71479",
    "2014-04-29", "no date on the stored page; the body's 'عند الساعة السابعة من صباح اليوم الثلاثاء' for the start of the silence before the vote 'في 30 أبريل' and 'أمس الاثنين' for the security forces' vote give Tue 29 Apr 2014 (tasnim of 29 Apr: 'صباح اليوم الثلاثاء'); headline kept from the page's (truncated) title 'العراق يدخل فترة الص...'", False, """
العراق يدخل فترة الصمت الانتخابي
عند الساعة السابعة من صباح اليوم الثلاثاء، توقفت الدعاية الإعلامية التي تغمر العراق منذ نحو شهر، لتبدأ مرحلة الصمت الإعلامي، تنفيذاً لقرار المفوضية العليا المستقلة للانتخابات الذي منع الإعلان بكل أشكاله على الكيانات السياسية المتنافسة في الانتخابات البرلمانية المقرر إجراؤها في 30 أبريل.
وكانت انتخابات العراقيين في الخارج قد انطلقت نهار الأحد في 27 أبريل لمدة يومين.
وأعقبها أمس الاثنين اقتراع رجال الأمن والشخصيات العامة في الداخل.
وتجري الانتخابات البرلمانية العراقية في ظل تدهور أمني وتأزم سياسي، ولا سيما بعد تعالي أصوات المعارضين لحكم رئيس الوزراء الحالي نوري المالكي.
وكانت المفوضية العليا المستقلة للانتخابات قد أعلنت أرقام الكيانات السياسية، أو الكتل المشاركة في الانتخابات، مؤكدة أن عددها وصل إلى 107.
ومن بين هذه الكيانات "ائتلاف دولة القانون" بزعامة رئيس الوزراء نوري المالكي، و"ائتلاف المواطن" بزعامة رئيس المجلس الأعلى عمار الحكيم، و"ائتلاف الأحرار" بزعامة مقتدى الصدر، وتحالف "الإصلاح الوطني الجعفري" بزعامة رئيس الوزراء الأسبق إبراهيم الجعفري، إلى جانب الاتحاد الوطني الكردستاني، وائتلاف متحدون للإصلاح بزعامة رئيس مجلس النواب أسامة النجيفي، وغيرها.
""", [
    ev("silence-start", "لتبدأ مرحلة الصمت الإعلامي", SILENCE, "'عند الساعة السابعة من صباح اليوم الثلاثاء' = Tue 29 Apr 2014, 07:00"),
    ev("campaign-period", "الدعاية الإعلامية التي تغمر العراق منذ نحو شهر", CAMPAIGN[0], "'منذ نحو شهر' before Tue 29 Apr 2014 = the campaign of 1 - 28 Apr 2014 (emediatc: 'منذ الأول من نيسان الحالي')", end=CAMPAIGN[1]),
    ev("general-vote", "الانتخابات البرلمانية المقرر إجراؤها في 30 أبريل", POLLDAY, "'في 30 أبريل' = Wed 30 Apr 2014"),
    ev("expat-vote", "انتخابات العراقيين في الخارج قد انطلقت نهار الأحد في 27 أبريل", "2014-04-27", "'نهار الأحد في 27 أبريل لمدة يومين' = Sun 27 - Mon 28 Apr 2014", end="2014-04-29"),
    ev("special-vote", "اقتراع رجال الأمن والشخصيات العامة في الداخل", SPECIAL, "'أمس الاثنين' from Tue 29 Apr 2014 = Mon 28 Apr"),
])
art(S, "https://sauress.com/sabq/285164",
    "2014-04-30", "no date on the stored page; the body's 'صباح الأربعاء' and 'انتخابات اليوم' for the general vote of Wed 30 Apr 2014 (tasnim of Tue 29 Apr: 'غدا الاربعاء') give Wed 30 Apr 2014; a Sabq report carried by sauress; headline written from the body (the stored text has none)", False, """
العراقيون يقترعون في أول انتخابات تشريعية منذ الانسحاب الأمريكي
شرع ملايين العراقيين، صباح الأربعاء، في التوجّه إلى صناديق الاقتراع للإدلاء بأصواتهم في أول انتخابات تشريعية منذ الانسحاب الأمريكي في 2011، يسعى رئيس الوزراء نوري المالكي إلى أن يعبر منها نحو ولاية ثالثة، في وقت تجتاح فيه البلاد أسوأ موجة من أعمال العنف منذ سنوات.
ومع أن الناخبين يتذمرون من أعمال العنف ونقص الخدمات والبطالة، فإن انتخابات اليوم تبدو كأنها تدور حول المالكي نفسه واحتمالات بقائه على رأس الحكومة، مع أنه كان قد أعلن في فبراير 2011 أنه سيكتفي بولايتين.
ويتنافس في هذه الانتخابات 9039 مرشحاً على أصوات ما يزيد على 20 مليون عراقي، طمعاً في دخول البرلمان المؤلف من 328 مقعداً، في يوم انتخابي طويل انطلق عند الساعة السابعة صباحا، ومن المقرر أن ينتهي عند الساعة السادسة مساءً.
""", [
    ev("general-vote", "صباح الأربعاء، في التوجّه إلى صناديق الاقتراع", POLLDAY, "'صباح الأربعاء' = Wed 30 Apr 2014"),
    ev("us-withdrawal", "منذ الانسحاب الأمريكي في 2011", "2011-12-18", "'في 2011' = the year only; the last US troops left Iraq on Sun 18 Dec 2011 (known date)"),
    ev("maliki-two-terms-pledge", "أعلن في فبراير 2011 أنه سيكتفي بولايتين", "2011-02-01", "'في فبراير 2011' = February 2011 (the month only)", end="2011-03-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 628
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
