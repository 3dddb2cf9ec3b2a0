"""Builds stories.jsonl: the 575-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: locust swarms, bird flu or livestock disease outbreaks and
the measures taken (Saudi Arabia, Egypt, Sudan, Maghreb).
Stories: Egypt's first H5N1 bird-flu cases in poultry (February 2006), and the desert-locust swarm that reached
Cairo and moved on through Sinai to southern Israel (March 2013).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-first-h5n1-poultry-cases-2006
S = "egypt-first-h5n1-poultry-cases-2006"
FOUND = "2006-02-17"                       # Fri 17 Feb 2006: H5N1 confirmed in poultry, announced by Egypt and the WHO
art(S, "https://algamal.net/194/ظهور-حالات-لإنفلونزا-الطيور-بين-الدواجن-في-عدة-مناطق-في-مصر",
    "2006-02-17", "the body's own 'اليوم الجمعة 17-2-2006م' (17 Feb 2006 was a Friday) and 'اليوم الجمعة' for the ministers' meeting and the WHO confirmation; a Reuters report of the day; headline kept from the page; the last, truncated sentence (Hassan al-Bushra) dropped", True, """
ظهور حالات لإنفلونزا الطيور بين الدواجن في عدة مناطق في مصر
أفاد التلفزيون المصري اليوم الجمعة 17-2-2006م، من غير أن يقدم تفاصيل، بأن إصابات بإنفلونزا الطيور ظهرت بين الدواجن في مناطق من مصر، في حين أعلن مسؤول في منظمة الصحة العالمية العثور على إصابات بفيروس اتش5 ان1 المسبب لإنفلونزا الطيور في ثلاث مناطق من البلاد.
وفي وقت سابق، أفاد مسؤول حكومي مصري بأن وزراء اجتمعوا اليوم الجمعة للنظر في احتمال أن تكون إنفلونزا الطيور وراء نفوق عدد من الطيور في العاصمة المصرية.
وحضر الاجتماع رئيس الوزراء أحمد نظيف ووزراء الزراعة والداخلية والدفاع والإعلام. وقال المسؤول، الذي طلب عدم كشف اسمه، لرويترز: "هناك حالة نفوق في الطيور في مدينة نصر .. وصلتنا هذه الأنباء ووُجهت الدعوة الساعة العاشرة صباحا لعقد هذا الاجتماع للوزراء".
وكانت مصر قد منعت استيراد الطيور الحية وشددت إجراءات الحجر الصحي في المطارات تحسبا لظهور إنفلونزا الطيور، وألغت موسم الصيد السنوي للحد من احتكاك الناس بالطيور المهاجرة.
وأكد مسؤول كبير في منظمة الصحة العالمية هذه المعلومات اليوم الجمعة، قائلا لرويترز إن إصابات بسلالة اتش5 ان1 من فيروس إنفلونزا الطيور اكتُشفت في ثلاث مناطق بمصر.
""", [
    ev("egypt-announcement", "أفاد التلفزيون المصري اليوم الجمعة 17-2-2006م", FOUND, "'اليوم الجمعة 17-2-2006م' = Fri 17 Feb 2006"),
    ev("poultry-h5n1-found", "العثور على إصابات بفيروس اتش5 ان1", FOUND, "the detection announced by the WHO official on Fri 17 Feb 2006 (same sentence as 'اليوم الجمعة 17-2-2006م'); al-jazirah of Sat 18: 'رصدت مصر أمس أولى حالات'"),
    ev("ministers-meeting", "بأن وزراء اجتمعوا اليوم الجمعة", FOUND, "'اليوم الجمعة' = Fri 17 Feb 2006"),
    ev("meeting-called", "ووُجهت الدعوة الساعة العاشرة صباحا", FOUND, "'الساعة العاشرة صباحا' on the day of the meeting, Fri 17 Feb 2006"),
    ev("who-confirmation", "وأكد مسؤول كبير في منظمة الصحة العالمية هذه المعلومات اليوم الجمعة", FOUND, "'اليوم الجمعة' = Fri 17 Feb 2006"),
])
art(S, "http://al-jazirah.com/2006/20060218/du3t.htm",
    "2006-02-18", "no date line in the stored text; the body's 'رصدت مصر أمس أولى حالات إصابة دواجن' for the detection announced on Fri 17 Feb 2006 (algamal: 'اليوم الجمعة 17-2-2006م') gives Sat 18 Feb 2006, which the issue folder in the URL (2006/20060218) confirms; an AFP report; the '* القاهرة - باريس - ا ف ب' byline dropped; headline written from the body (the stored text has none)", False, """
مصر ترصد أولى حالات إنفلونزا الطيور بين الدواجن
سجلت مصر أمس أولى إصابات الدواجن بإنفلونزا الطيور الناجمة عن فيروس (اتش5 ان1). وبيّن المتحدث باسم الحكومة المصرية مجدي راضي أن ست حالات رُصدت في منطقة القاهرة الكبرى وحالة واحدة في المنيا الواقعة على بعد 350 كلم جنوب القاهرة.
وأشار راضي إلى أن الفحوص التي أجرتها المختبرات على سبع حالات جاءت نتائجها الأولى إيجابية، مؤكدا في المقابل أنه لم تُسجل أي إصابة بين المواطنين. وتعد مصر ثاني بلد في إفريقيا يُرصد فيه فيروس اتش5 ان1 بعد نيجيريا.
وكان باحثون أمريكيون في القاهرة قد توقعوا في نهاية 2005 أن تنتشر إنفلونزا الطيور في الشرق الأوسط انتشارا لا مفر منه، لا سيما أن المنطقة معبر للطيور المهاجرة.
وفي فرنسا، عثر مسؤولون في وزارة الزراعة على بطة برية نافقة في اين (وسط شرق) يرجح أنها مصابة بفيروس انفلونزا الطيور (اتش5 ان1)، وستكون أول حالة في فرنسا إن تأكدت، مشيرين إلى أن الفحص الأول أظهر (قرائن قوية).
وكانت فرنسا، وهي أيضا أول مصدر للدواجن في الاتحاد الأوروبي، قد قررت الأربعاء الماضي عزل دواجنها عزلا عاما في جميع أراضيها.
""", [
    ev("poultry-h5n1-found", "سجلت مصر أمس أولى إصابات الدواجن", FOUND, "'أمس' in an article of Sat 18 Feb 2006 = Fri 17 Feb"),
    ev("egypt-announcement", "وبيّن المتحدث باسم الحكومة المصرية مجدي راضي", FOUND, "no own expression; the government spokesman's announcement of the detection of Fri 17 Feb 2006 ('أمس')"),
    ev("us-researchers-forecast", "قد توقعوا في نهاية 2005", "2005-12-01", "'في نهاية 2005' = the end of 2005 (my span December 2005)", end="2006-01-01"),
    ev("france-poultry-confinement", "قد قررت الأربعاء الماضي عزل دواجنها", "2006-02-15", "'الأربعاء الماضي' from Sat 18 Feb 2006 = Wed 15 Feb"),
])

# ---------------------------------------------------------------- egypt-cairo-locust-swarm-to-sinai-2013
S = "egypt-cairo-locust-swarm-to-sinai-2013"
CAIRO = "2013-03-02"                       # Sat 2 Mar 2013: the swarm reached New Cairo (Fifth Settlement) and Mokattam
NEGEV = ("2013-03-05", "2013-03-07")       # the night of Tue 5 - Wed 6 Mar 2013: the swarm settled in the Negev
art(S, "https://sauress.com/anbacom/19666",
    "2013-03-03", "no date on the stored page; an al-Arabiya.net report carried by al-Anba (via sauress); the body's 'وصلت أمس السبت بالملايين إلى العاصمة المصرية' for the arrival in Cairo on Sat 2 Mar 2013 (FAO update of 3 Mar: 'On 2 March, at least one immature swarm appeared ... New Cairo and Mokattam') and 'التي راجعتها العربية.نت اليوم' give Sun 3 Mar 2013; headline taken from the same report carried by alrakoba.net (the stored excerpt has none); the last, truncated sentence dropped", False, """
حشرة تبلغ 8 سنتميترات متجهة بالملايين نحو السعودية بسرعة 12 كيلومتراً بالساعة
بلغت غيوم الجراد، التي تواصل منذ أكثر من 3 أشهر غزو مصر آتية من السودان، العاصمة المصرية أمس السبت بالملايين، ورُصدت أسرابها في عدة مناطق من محافظة القاهرة، حيث سجلت أجهزة المكافحة التابعة لوزارة الزراعة وصولها "إلى منطقة التجمع الخامس"، وفق ما نقلته الصحف المصرية التي اطلعت عليها "العربية.نت" اليوم عن الدكتور صلاح معوض، رئيس قطاع المتابعة والخدمات في الوزارة.
وفي هذه المنطقة، التي تُعد من أرقى أحياء مدينة القاهرة الجديدة، وتحديدا في "شارع التسعين"، توجد شقة مستأجرة تسكنها أحيانا أسرة الرئيس محمد مرسي، الذي يملك كذلك شقة في منطقة فيلات الجامعة بمدينة الزقازيق.
ويبلغ الإيجار الشهري لشقة التجمع الخامس 2500 جنيه، وتمتد على 150 مترا مربعا، بحسب ما طالعته "العربية.نت" في ما كتبته الصحف المصرية عنها.
كما يتخذ الرئيس سكنا له أيضا في فيلا من 3 طوابق في شارع 20 بالتجمع الخامس، وهو الحي الذي بلغه الجراد رغم أنه محصن ويُطلق عليه اسم "حي الرؤساء"، إذ يسكنه معظم من خاضوا الانتخابات الرئاسية العام الماضي ومشاهير السياسة في مصر، ومنهم الدكتور أبو الفتوح وعمرو موسى والفريق أحمد شفيق ومحمد سليم العوا وصفوت الشريف وعائلة اللواء الراحل عمر سليمان والمشير محمد طنطاوي وسامي عنان والدكتور محمود أبو العيون وغيرهم.
""", [
    ev("cairo-arrival", "العاصمة المصرية أمس السبت بالملايين", CAIRO, "'أمس السبت' = Sat 2 Mar 2013"),
    ev("press-review", "التي اطلعت عليها \"العربية.نت\" اليوم", "2013-03-03", "'اليوم' = the day of the report, Sun 3 Mar 2013"),
    ev("locust-invasion-since-november", "التي تواصل منذ أكثر من 3 أشهر غزو مصر", "2012-11-01", "'منذ أكثر من 3 أشهر' before Sun 3 Mar 2013 = since about November 2012 (FAO: breeding in southeast Egypt since November; my span 1 Nov 2012 - 3 Mar 2013)", end="2013-03-04"),
    ev("presidential-election-2012", "معظم من خاضوا الانتخابات الرئاسية العام الماضي", "2012-05-23", "'العام الماضي' from 2013 = 2012; the presidential election's two rounds, 23 May - 17 Jun 2012", end="2012-06-18"),
])
art(S, "http://www.almadar.co.il/news-39,N-34546.html",
    "2013-03-04", "the page's time stamp '2013-03-04 11:31:55' (Mon 4 Mar 2013), not kept in the text; headline kept from the page", True, """
قادمة من مصر.. أسراب الجراد بطريقها لإسرائيل وغزة
يخيم القلق في إسرائيل من احتمال أن تبلغ أسراب الجراد، الآتية من شمال مصر عبر سيناء، مدينة إيلات في الجنوب.
وأفادت مصادر إعلامية مصرية بأن أسراب الجراد الأحمر باتت على وشك الوصول إلى فلسطين وإسرائيل في غضون الساعات القريبة، بعدما رصدها المسؤولون في مديرية الزراعة بشمال سيناء.
وهو ما أكدته أيضا القناة الثانية في التلفزيون الإسرائيلي، التي رجحت أن تصل أسراب الجراد القادمة من مصر إلى جنوب إسرائيل والنقب.
في المقابل، هوّنت وزارة الزراعة في غزة من المخاوف من وصول أسراب الجراد القادمة من مصر إلى القطاع.
وكانت وسائل إعلام مصرية قد تحدثت عن بلوغ أسراب من الجراد القاهرة آتية من السودان، حيث تُبذل محاولات لمكافحته قبل أن ينتشر.
وشوهدت أسراب الجراد تجتاح شبه جزيرة سيناء من جهتها الغربية، وبلغت مدينة بئر العبد في شمال سيناء.
وسارعت إدارة مكافحة الجراد في شمال سيناء إلى التصدي للأسراب التي تتنقل بسرعة كبيرة من موقع إلى آخر بفعل الرياح. ويُتوقع أن تصل أسراب الجراد إلى قطاع غزة وجنوب إسرائيل خلال 48 ساعة.
""", [
    ev("cairo-arrival", "بلوغ أسراب من الجراد القاهرة آتية من السودان", CAIRO, "no own expression; the arrival in Cairo on Sat 2 Mar 2013 (anbacom: 'أمس السبت' on Sun 3 Mar)"),
    ev("bir-al-abd-arrival", "وبلغت مدينة بئر العبد في شمال سيناء", "2013-03-03", "no own expression; after the Cairo arrival of Sat 2 Mar and before this report of Mon 4 Mar 11:31 (my span Sun 3 - Mon 4 Mar 2013)", end="2013-03-05"),
    ev("gaza-ministry-downplays", "هوّنت وزارة الزراعة في غزة من المخاوف", "2013-03-03", "no own expression; a statement reported in this article of Mon 4 Mar 2013, made after the Cairo arrival (my span Sun 3 - Mon 4 Mar)", end="2013-03-05"),
    ev("swarm-reaches-south-israel", "ويُتوقع أن تصل أسراب الجراد إلى قطاع غزة وجنوب إسرائيل خلال 48 ساعة", NEGEV[0], "'خلال 48 ساعة' from Mon 4 Mar 2013 = by Wed 6 Mar; the swarm settled in the Negev in the night before Wed 6 Mar (emiratesvoice: 'اثناء الليل'), so the night of Tue 5 - Wed 6 Mar", end=NEGEV[1]),
])
art(S, "https://autodiscover.emiratesvoice.com/amp/183/2013-03-06-16-43-05",
    "2013-03-06", "no date line in the stored text; the body's 'بدأت إسرائيل الأربعاء مكافحة أسراب جراد قادمة من مصر' names Wed 6 Mar 2013 (the week of the swarm's move from Cairo through Sinai, almadar of Mon 4 Mar), and the article's URL carries the stamp 2013-03-06-16-43-05; a wire report ('تل أبيب - وكالات'); the site menus and related links dropped; headline written from the body (the stored text has none)", False, """
إسرائيل تبدأ مكافحة أسراب جراد قادمة من مصر
شرعت إسرائيل الأربعاء في مكافحة أسراب من الجراد قادمة من مصر، لمنعها من إتلاف المحاصيل في جنوب البلاد، بعدما غطت الأسراب السماء قبل نحو ثلاثة اسابيع من عطلة عيد الفصح.
وأوضح مسؤولون أن الجراد انتشر على نحو ألفي فدان في الصحراء اثناء الليل، فرشته إسرائيل بالمبيدات جوا وبرا سعيا للقضاء عليه في الصباح الباكر، قبل أن يجف الندى عن أجنحته فيتمكن من الطيران مجددا.
وقالت ميريام فروند، المديرة المسؤولة عن وقاية النباتات في وزارة الزراعة: "إنه سرب متوسط الحجم"، وقد فتح مكتبها خطا ساخنا ليتصل به المزارعون إذا لاحظوا أي تقدم للجراد.
وأشير إلى أن آخر هجوم للجراد على جنوب إسرائيل وقع في عام 2004.
وقال بافيل روزنفيلد، وهو مزارع يسكن على مسافة نحو ثلاثة كيلومترات من الحدود المصرية، إن الجراد أتلف بالفعل ما بين 30 و40 بالمئة من محصوله من البطاطا (البطاطس)، مضيفا: "كل شيء رهن بالرياح، وندعو ألا تأتينا الرياح بالمزيد".
""", [
    ev("israel-spraying-start", "شرعت إسرائيل الأربعاء في مكافحة أسراب من الجراد", "2013-03-06", "'الأربعاء' = Wed 6 Mar 2013"),
    ev("swarm-reaches-south-israel", "أن الجراد انتشر على نحو ألفي فدان في الصحراء اثناء الليل", NEGEV[0], "'اثناء الليل' before the spraying of Wed 6 Mar 2013 = the night of Tue 5 - Wed 6 Mar", end=NEGEV[1]),
    ev("passover-2013", "قبل نحو ثلاثة اسابيع من عطلة عيد الفصح", "2013-03-26", "'قبل نحو ثلاثة اسابيع من عطلة عيد الفصح' from Wed 6 Mar 2013: the Passover holiday of 2013, Tue 26 Mar - Mon 1 Apr", end="2013-04-02"),
    ev("israel-locust-attack-2004", "آخر هجوم للجراد على جنوب إسرائيل وقع في عام 2004", "2004-01-01", "'في عام 2004' = the year 2004 (the year only)", end="2005-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 575
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
