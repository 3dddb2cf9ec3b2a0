"""Builds stories.jsonl: the 654-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: Arab athletes at world and Olympic events (athletics,
swimming, weightlifting, wrestling, judo): medals, records, doping cases, homecoming receptions.
Stories: Mohamed Ihab's three golds (77 kg) at the World Weightlifting Championships in Anaheim (Egypt,
December 2017), and Taoufik Makhloufi's 1500 m Olympic gold in London after his exclusion and reinstatement,
and his homecoming in Algiers (Algeria, August 2012).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-ihab-anaheim-weightlifting-gold-2017
S = "egypt-ihab-anaheim-weightlifting-gold-2017"
GOLD = "2017-12-02"                        # Ihab's three golds in the men's 77 kg, Anaheim, Sat 2 Dec 2017
WORLDS = ("2017-11-28", "2017-12-06")      # the World Weightlifting Championships, Anaheim, 28 Nov - 5 Dec 2017
RIO = ("2016-08-10", "2016-08-12")         # his bronze in the men's 77 kg at Rio 2016 (Wed 10 Aug, Rio evening; 11 Aug Arab time)
art(S, "http://teleghraph.net/?p=110943",
    "2017-12-03", "no date on the stored page; the body's 'أمس السبت' for the final of the men's 77 kg, held on Sat 2 Dec 2017 (english.ahram.org.eg, dated 'Sunday 3 Dec 2017': 'on Saturday'; aawsat: 'أمس (السبت)'), gives Sun 3 Dec 2017; headline kept from the page; the last, truncated sentence (the snatch figures) dropped", False, """
محمد إيهاب يحقق رقما تاريخيا في بطولة العالم لرفع الأثقال
تحقق حلم الرباع المصري محمد إيهاب بانتزاع لقب في بطولة العالم لرفع الأثقال المقامة في الولايات المتحدة، وجاء ذلك على أكمل وجه أمس السبت.
ونال إيهاب ثلاث ميداليات ذهبية في وزن 77 كيلوجراما، إذ تفوق في رفعتي الخطف والنطر ففاز تبعا لذلك بذهبية المجموع الذي وصل إلى 361 كيلوجراما، متقدما بفارق 9 كيلوجرامات على صاحب الفضية ريجيباي ريجيبوف القادم من تركمانستان.
وكانت البرونزية من نصيب الأمريكي هاريسون ماوروس الذي سجل 348 كيلوجراما.
ونشر إيهاب على صفحته في فيسبوك، بجانب صورة من مراسم التتويج، أن ما كان حلما أصبح اليوم حقيقة على أرض أمريكا، وأنه رفع راية مصر بإنجاز يُكتب بحروف من نور.
وأضاف إيهاب، الذي أحرز برونزية أولمبياد ريو دي جانيرو العام الماضي، أنه يشعر بشرف وفخر كبيرين لكونه أول لاعب عربي وأفريقي يفوز بثلاث ذهبيات في تاريخ بطولات العالم للكبار في رفع الأثقال، وفق "رويترز".
وكان إيهاب قد أصبح العام الماضي أول مصري يحرز ميدالية أولمبية في رفع الأثقال منذ 1948، كما صار أمس أول أفريقي يتوج بلقب عالمي منذ أن حققه النيجيري أوليفر أوروك في وزن 100 كيلوجرام عام 1984.
""", [
    ev("ihab-three-golds", "ونال إيهاب ثلاث ميداليات ذهبية في وزن 77 كيلوجراما", GOLD, "'أمس السبت' in an article of Sun 3 Dec 2017 = Sat 2 Dec 2017 (Anaheim local day)"),
    ev("worlds-anaheim", "في بطولة العالم لرفع الأثقال المقامة في الولايات المتحدة", WORLDS[0], "no own expression; the championships in Anaheim ran 28 Nov - 5 Dec 2017 (ahramgate gives '28 نوفمبر حتى 6 ديسمبر'); my span 28 Nov - 5 Dec", end=WORLDS[1]),
    ev("ihab-facebook-post", "ونشر إيهاب على صفحته في فيسبوك", GOLD, "no own expression; written after the medal ceremony ('اليوم' in his post = the day of the win), Sat 2 Dec 2017 Anaheim time"),
    ev("rio-bronze", "الذي أحرز برونزية أولمبياد ريو دي جانيرو العام الماضي", RIO[0], "'العام الماضي' = 2016; the men's 77 kg at Rio was on Wed 10 Aug 2016 (evening in Rio, night of 10-11 Aug in Arab time); my span 10-11 Aug 2016", end=RIO[1]),
    ev("oruk-1984-title", "منذ أن حققه النيجيري أوليفر أوروك في وزن 100 كيلوجرام عام 1984", "1984-01-01", "'عام 1984': the year only", end="1985-01-01"),
])
art(S, "https://aawsat.com/home/article/1102006/%D9%85%D8%B5%D8%B1-%D8%AA%D8%AD%D8%B5%D8%AF-%D8%A3%D8%B1%D8%A8%D8%B9-%D9%85%D9%8A%D8%AF%D8%A7%D9%84%D9%8A%D8%A7%D8%AA-%D8%B0%D9%87%D8%A8%D9%8A%D8%A9-%D8%A8%D8%A8%D8%B7%D9%88%D9%84%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D9%84%D8%B1%D9%81%D8%B9-%D8%A7%D9%84%D8%A3%D8%AB%D9%82%D8%A7%D9%84?page=4",
    "2017-12-03", "no date on the stored page; the body's 'أمس (السبت)' for Ihab's three golds of Sat 2 Dec 2017 (english.ahram.org.eg, dated 'Sunday 3 Dec 2017': 'on Saturday') gives Sun 3 Dec 2017; headline kept from the page; the last sentence, cut in the stored text after the runner-up's name, ends at 'ويحتل المركز الأول'", False, """
مصر تحصد أربع ميداليات ذهبية ببطولة العالم لرفع الأثقال
أحرزت مصر أربع ذهبيات في بطولة العالم لرفع الأثقال المقامة في أنهايم بولاية كاليفورنيا الأميركية، بعد أن تألق محمد إيهاب وفاز بالميداليات الثلاث في وزن 77 كيلوغراما أمس (السبت).
وبعد ساعات من تتويج إيهاب بالألقاب الثلاثة، أضافت سارة سمير ذهبية أخرى بفوزها بلقب رفعة النطر في وزن 69 كيلوغراما.
وفرض إيهاب، المتوج ببرونزية أولمبياد ريو دي جانيرو العام الماضي، سيطرته الكاملة على منافسات وزن 77 كيلوغراما، فحل أولا في رفعتي الخطف والنطر وفي المجموع كذلك.
وكتب إيهاب عبر صفحته على «فيسبوك» أنه يتشرف ويفخر أيما فخر بأن يصبح أول لاعب عربي وأفريقي ينال ثلاث ذهبيات في تاريخ بطولات العالم للكبار في رفع الأثقال.
وتابع إيهاب، الذي صار أول مصري يحرز ميدالية أولمبية في رفع الأثقال منذ 1948، أنه يتصدر بهذا الإنجاز التصنيف العالمي لعام 2017.
ورفع إيهاب 165 كيلوغراما في الخطف و196 في النطر، ليبلغ مجموعه 361 ويحتل المركز الأول.
""", [
    ev("ihab-three-golds", "وفاز بالميداليات الثلاث في وزن 77 كيلوغراما أمس (السبت)", GOLD, "'أمس (السبت)' in an article of Sun 3 Dec 2017 = Sat 2 Dec 2017"),
    ev("worlds-anaheim", "في بطولة العالم لرفع الأثقال المقامة في أنهايم", WORLDS[0], "no own expression; the championships of 28 Nov - 5 Dec 2017; my span", end=WORLDS[1]),
    ev("sara-samir-cj-gold", "أضافت سارة سمير ذهبية أخرى", GOLD, "'بعد ساعات من تتويج إيهاب' of Sat 2 Dec 2017: the same day, Anaheim time"),
    ev("rio-bronze", "المتوج ببرونزية أولمبياد ريو دي جانيرو العام الماضي", RIO[0], "'العام الماضي' = 2016; the men's 77 kg at Rio, Wed 10 Aug 2016 (night of 10-11 Aug in Arab time); my span", end=RIO[1]),
    ev("ihab-facebook-post", "وكتب إيهاب عبر صفحته على «فيسبوك»", GOLD, "no own expression; after the medal ceremony of Sat 2 Dec 2017 (Anaheim time)"),
])
art(S, "https://youm7.com/story/2017/12/4/صور-قصة-بطل-من-ذهب-محمد-إيهاب-أول-لاعب-يحصد/3538700",
    "2017-12-04", "the date 2017/12/4 in the URL path of the page (Mon 4 Dec 2017); the text has no date of its own; headline written from the cut URL slug; the first line of the stored text (a sub-title quoting the brother) kept as the second line; the last, truncated sentence ('فى ع...') ends at 'بعد برونزية ريو دي جانيرو في البرازيل'", False, """
قصة بطل من ذهب.. محمد إيهاب أول لاعب عربي يحصد ثلاث ذهبيات عالمية
شقيقه: البطل حقق إنجازا لم يسبقه إليه أحد.. "قلنا له يكفي هذا" فرد: "لا، الخير كله قادم إن شاء الله".
بهذه الكلمات البسيطة تحدث المهندس أمير إيهاب، شقيق الرباع محمد إيهاب ابن محافظة الفيوم، الذي توج بثلاث ميداليات ذهبية في الخطف والكلين والمجموع ضمن منافسات وزن 77 كيلو جراما في بطولة العالم لرفع الأثقال المقامة بالولايات المتحدة الأمريكية، وكان قد سبق له الفوز ببرونزية ريو دي جانيرو في البرازيل.
وقال الشقيق إن ما حققه محمد إنجاز غير مسبوق حقق به طموح والدهم وشقيقهم الأكبر في لعبة رفع الأثقال، وإن سر فوزه يقينه الكبير وثقته في الله، مع أنه كان ينفق على نفسه ولا يتلقى أي دعم.
وأضاف شقيق اللاعب أن الأسرة كانت تتابع محمد أولا بأول منذ سفره للمشاركة في البطولة، وكانت مطمئنة إلى ثقته الكبيرة في الله بأنه سيفوز ويحقق نجاحا يشرف اسم مصر، وهو ما ضاعف المسؤولية الملقاة عليه في الظفر بلقب كبير.
وبين أمير إيهاب أن ظروف شقيقه المادية المتواضعة لم تمنعه من الاجتهاد وتدبير المال اللازم لتدريباته ولعبته المفضلة، لا سيما أنه كان يطمح إلى الحصول على دعم كاف بعد برونزية ريو دي جانيرو في البرازيل.
""", [
    ev("ihab-three-golds", "الذي توج بثلاث ميداليات ذهبية في الخطف والكلين والمجموع", GOLD, "no own expression; the golds of Sat 2 Dec 2017 (teleghraph: 'أمس السبت'; aawsat: 'أمس (السبت)')"),
    ev("worlds-anaheim", "في بطولة العالم لرفع الأثقال المقامة بالولايات المتحدة الأمريكية", WORLDS[0], "no own expression; the championships of 28 Nov - 5 Dec 2017; my span", end=WORLDS[1]),
    ev("rio-bronze", "وكان قد سبق له الفوز ببرونزية ريو دي جانيرو", RIO[0], "no own expression; the men's 77 kg at Rio, Wed 10 Aug 2016 (night of 10-11 Aug in Arab time); my span", end=RIO[1]),
])

# ---------------------------------------------------------------- algeria-makhloufi-london-1500m-gold-2012
S = "algeria-makhloufi-london-1500m-gold-2012"
FINAL = "2012-08-07"                       # the Olympic 1500 m final in London, Tue 7 Aug 2012 (evening)
EXCL = "2012-08-06"                        # the 800 m heats, the IAAF's exclusion and its reversal, Mon 6 Aug 2012
HOME = "2012-08-13"                        # the reception at Houari Boumediene airport, Mon 13 Aug 2012 (evening)
GAMES = ("2012-07-27", "2012-08-13")       # the London Olympic Games, 27 Jul - 12 Aug 2012
art(S, "https://djazairess.com/elkhabarerriadhi/49665",
    "2012-08-07", "no date on the stored page; the body's 'اليوم الثلاثاء' for the 1500 m final, held on Tue 7 Aug 2012 (olympedia: the event ran 3-7 Aug 2012; echorouk and echchaab: 'ليلة الثلاثاء'), gives Tue 7 Aug 2012; headline written from the body (the stored text has none); the last, truncated quote dropped", False, """
مخلوفي يهدي الجزائر ذهبية 1500 متر في أولمبياد لندن
نال العداء الجزائري توفيق مخلوفي ذهبية سباق 1500 م في ألعاب القوى اليوم الثلاثاء، ضمن دورة الألعاب الاولمبية المقامة حاليا في لندن، بزمن قدره 3.34.08 دقائق، ليمنح الجزائر أول ميدالية لها والعرب أول ذهبية في هذا الأولمبياد.
وخاض مخلوفي السباق بعدما كان الاتحاد الدولي لألعاب القوى قد أقصاه من الألعاب كليا في بادئ الأمر الاثنين، ثم عدل عن ذلك.
وكان الاتحاد الدولي قد استبعد مخلوفي من الألعاب الاولمبية بتهمة غير مألوفة، هي التقاعس عن بذل الجهد الكافي في تصفيات سباق 800 م، قبل أن يتراجع عن قراره الغريب ويأذن لمخلوفي بتشريف بلده، بلد المليون ونصف مليون شهيد، في سباق ال 1500 م.
وعادت الفضية إلى الأميركي ليونيل مانزانو (3.34.79 د)، والبرونزية إلى المغربي عبد العاطي ايغدر (3.35.13 د).
وقال مخلوفي، الذي دخل التاريخ بإحرازه أول ذهبية عربية في اولمبياد لندن، إن مشيئة الله سبحانه وتعالى هي التي قضت بأن يشارك في السباق بعد استبعاده يوم امس بقرار لم يفهمه، مضيفا أن العدالة الإلهية تدخلت وأعادت الأمور إلى نصابها، فشارك وتمكن بحمد الله من إحراز الذهبية.
وأهدى مخلوفي إنجازه الاولمبي إلى الشعب الجزائري وإلى الأمتين العربية والإسلامية.
""", [
    ev("makhloufi-1500m-gold", "نال العداء الجزائري توفيق مخلوفي ذهبية سباق 1500 م", FINAL, "'اليوم الثلاثاء' = Tue 7 Aug 2012 (evening final in London)"),
    ev("london-games", "دورة الألعاب الاولمبية المقامة حاليا في لندن", GAMES[0], "no own expression; the London Games ran 27 Jul - 12 Aug 2012", end=GAMES[1]),
    ev("iaaf-exclusion", "قد أقصاه من الألعاب كليا في بادئ الأمر الاثنين", EXCL, "'الاثنين' before the final of Tue 7 Aug = Mon 6 Aug 2012 (also 'يوم امس' in his quote)"),
    ev("800m-heats", "في تصفيات سباق 800 م", EXCL, "no own expression; the men's 800 m heats of the morning of Mon 6 Aug 2012, the day of the exclusion (olympedia: 'The day after the 1,500 semi')"),
    ev("iaaf-reinstatement", "قبل أن يتراجع عن قراره الغريب", EXCL, "no own expression; the IAAF reversed its decision hours after it, on Mon 6 Aug 2012 (AFP on rahmaahmed.yoo7: 'وبعد ساعات من قرار الاتحاد الدولي')"),
])
art(S, "https://maghress.com/magharib/29342",
    "2012-08-14", "no date on the stored page; the body's 'مساء أمس الاثنين' for the airport reception, which took place on Mon 13 Aug 2012 (the Games closed on Sun 12 Aug: akhbarelyoum 'اختتمت سهرة الأحد الماضي'; dzjeun forum: 'سهرة الاثنين'), gives Tue 14 Aug 2012; headline written from the body (the stored text has none); the photo caption dropped", False, """
الجزائر تستقبل بطلها الأولمبي توفيق مخلوفي استقبال الأبطال
حظي العداء الاولمبي الجزائري توفيق مخلوفي مساء أمس الاثنين باستقبال الأبطال في مطار هواري بومدين الدولي، بعدما أهدى الجزائر والعرب الميدالية الذهبية في سباق 1500 م للالعاب الاولمبية 2012.
وكان في استقبال البطل الجزائري وزير الشباب والرياضة الهاشمي جيار ووالدا العداء، إلى جانب رجال الإعلام الوطني والعربي والأجنبي وحشد كبير من الشباب والأطفال رفعوا العلم الوطني ورددوا شعارات وهتافات تمجد اللقب الذي عاد به ابن الجزائر من لندن، عاصمة الضباب، بعد غياب دام 12 سنة، وفق وكالة الأنباء الجزائرية.
وفور وصوله إلى أرض الوطن، صرح البطل الاولمبي بأن هذا الفوز الغالي ما كان ليرفع علم الجزائر في سماء لندن ويُسمع النشيد الوطني للمتفرجين الأجانب من قريب وبعيد لولا مثابرته واجتهاده لأكثر من سبعة اشهر، مشيرا إلى أنه يهدي الميدالية إلى الشعب الجزائري كله.
وأضاف ابن مدينة سوق اهراس، والدموع تنهمر من عينيه وبصوت خافت يخفي الكثير من حبه لوطنه وللجماهير الغفيرة التي قدمت من كل حدب وصوب لتحيته وشكره على إنجازه، أن هذا أغلى ما يمكن أن يهديه لوطنه الذي ضحى من أجله الشهداء وللعرب جميعا.
""", [
    ev("makhloufi-homecoming", "باستقبال الأبطال في مطار هواري بومدين الدولي", HOME, "'مساء أمس الاثنين' in an article of Tue 14 Aug 2012 = Mon 13 Aug 2012 (evening)"),
    ev("makhloufi-1500m-gold", "بعدما أهدى الجزائر والعرب الميدالية الذهبية في سباق 1500 م", FINAL, "no own expression; the final of Tue 7 Aug 2012"),
    ev("london-games", "للالعاب الاولمبية 2012", GAMES[0], "'2012': the London Games, 27 Jul - 12 Aug 2012", end=GAMES[1]),
    ev("minister-reception", "وكان في استقبال البطل الجزائري وزير الشباب والرياضة الهاشمي جيار", HOME, "the same reception, 'مساء أمس الاثنين' = Mon 13 Aug 2012"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 654
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
