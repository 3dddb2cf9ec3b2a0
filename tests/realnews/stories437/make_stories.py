"""Builds stories.jsonl: the 437-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: presidential and royal pardons, amnesties and prisoner
releases in Arab countries (pardons on religious and national holidays, releases of detainees, amnesty laws).
Stories: the Bahraini royal pardon of 1584 prisoners (Bahrain, April 2024), the Jordanian general amnesty law
of 2024 from the House vote to the first releases (Jordan, March - April 2024), and President Tebboune's
Independence-Day pardon of six Hirak detainees followed by the provisional release of Karim Tabbou, Samir
Belarbi and Slimane Hamitouche (Algeria, July 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- bahrain-1584-royal-pardon-2024
S = "bahrain-1584-royal-pardon-2024"
DECREE = "2024-04-08"                      # the royal decree pardoning 1584 was announced (BNA) on Mon 8 Apr 2024
EID = "2024-04-10"                         # Eid al-Fitr 1445 in Bahrain: Wed 10 Apr 2024
AFTER = ("2024-04-08", "2024-04-10")       # reactions / releases reported by Tue 9 Apr: my span Mon 8 - Tue 9 Apr
art(S, "https://alarabipost.com/%d8%a7%d9%84%d8%a8%d8%ad%d8%b1%d9%8a%d9%86-%d8%aa%d8%b5%d8%af%d8%b1-%d8%a3%d9%83%d8%a8%d8%b1-%d8%b9%d9%81%d9%88-%d8%b9%d9%86-%d8%a7%d9%84%d8%b3%d8%ac%d9%86%d8%a7%d8%a1-%d8%a7%d9%84%d8%aa%d9%81%d8%a7",
    "2024-04-08", "no date line on the stored page; the body's 'بحسب ما أفادت وسائل إعلامية رسمية اليوم الاثنين' for the decree that BNA announced on Mon 8 Apr 2024 (BNA's tweet of the decree, quoted by arabkhabar.com, is dated April 8, 2024; 8 Apr 2024 was a Monday), so the report (an AFP copy) is of Mon 8 Apr 2024; headline kept from the page; the last, truncated sentence (BIRD's advocacy director) dropped", False, """
البحرين تصدر أكبر عفو عن السجناء.. التفاصيل
أصدر ملك البحرين حمد بن عيسى آل خليفة مرسوما ملكيا يقضي بالعفو عن 1584 شخصا يواجهون تهما جنائية و"قضايا شغب"، وفق ما أوردته وسائل إعلام رسمية اليوم الاثنين، في أوسع عفو جماعي من نوعه منذ سنوات، وسط ترجيحات بأن يشمل عددا من المعارضين.
ولم يبيّن المرسوم، الذي بثته وكالة أنباء البحرين الرسمية، هل يضم المشمولون بالعفو سجناء سياسيين، غير أن معهد البحرين للحقوق والديموقراطية، ومقره بريطانيا، رأى أن من المرجح أن يكون بعضهم بين المفرج عنهم.
وذكرت الوكالة البحرينية أن العفو يصدر "بمناسبة اليوبيل الفضي لتولي جلالته مقاليد الحكم وتزامناً مع الاحتفالات بعيد الفطر المبارك".
وتابعت أن "العفو السامي يأتي انطلاقاً من حرص جلالته على تماسك وصلابة المجتمع البحريني والعمل على حماية نسيجه الاجتماعي"، مشيرة إلى أنه يشمل "عدداً من المحكومين في قضايا الشغب والقضايا الجنائية".
وأشار المعهد إلى أن هذا العدد هو "أكبر عدد من السجناء الذين تم العفو عنهم منذ الانتفاضة" التي اندلعت في البحرين عام 2011، في إشارة إلى الاحتجاجات التي قادها الشيعة ضد الحكومة مطالبين بملكية دستورية وإصلاحات سياسية أخرى.
""", [
    ev("royal-decree", "مرسوما ملكيا يقضي بالعفو عن 1584 شخصا", DECREE, "'وسائل إعلام رسمية اليوم الاثنين' = Mon 8 Apr 2024, the day BNA published the decree"),
    ev("bird-political-prisoners-comment", "رأى أن من المرجح أن يكون بعضهم بين المفرج عنهم", DECREE, "no own expression; the institute's comment in the AFP report of the same day, Mon 8 Apr 2024"),
    ev("eid-al-fitr", "وتزامناً مع الاحتفالات بعيد الفطر المبارك", EID, "no own expression; Eid al-Fitr 1445 fell in Bahrain on Wed 10 Apr 2024 (two days after the decree)"),
    ev("uprising-2011", "التي اندلعت في البحرين عام 2011", "2011-02-14", "'عام 2011' = the uprising that began on Mon 14 Feb 2011 (the year only in the text; the day from what is known of it)"),
])
art(S, "https://gulfobserver.org/essay.php?cid=367&id=36253",
    "2024-04-09", "no date line on the stored page; the body's 'أفرجت السلطات البحرينية، أمس الاثنين، عن 1584 سجينًا' for the releases that followed the decree of Mon 8 Apr 2024 gives Tue 9 Apr 2024 (9 Apr 2024 was a Tuesday); the leading 'متابعات-' and the sub-headings dropped; headline written from the body (the stored text has none); the last, truncated sentence (al-Ghuraifi's statement) shortened", False, """
1584 بحرينيا يعانقون الحرية بعد العفو الملكي
خرج 1584 بحرينيا إلى الحرية بعد سنوات أمضوها خلف القضبان بتهم جنائية و"قضايا شغب"، وذلك إثر مرسوم بالعفو أصدره ملك البحرين حمد بن عيسى.
وكانت السلطات البحرينية قد أطلقت، أمس الاثنين، سراح 1584 سجينا بعد صدور عفو ملكي بمناسبة اليوبيل الفضي لتولي حمد بن عيسى مقاليد الحكم، في خطوة قوبلت بترحيب شعبي وعُدّت مبادرة إيجابية، لا سيما بعد تصاعد المطالبات الداخلية بحل جذري لملف معتقلي الرأي.
غير أن هذه الدفعة الكبيرة من المفرج عنهم لم تضم قادة المعارضة المعتقلين، وفي مقدمتهم الأمين العام لجمعية الوفاق الشيخ علي سلمان، وهو ما يعني أن العفو لا يزال منقوصا حتى الساعة.
وفي موازاة ذلك، أفاد متحدث باسم الحكومة البحرينية وكالة "رويترز" بأن قرابة 65% من المفرج عنهم كانوا قد أدينوا بتهم سياسية. ومن أبرز من شملهم الإفراج النائب السابق عن جمعية "الوفاق" الشيخ حسن عيسى، بعد حوالي 9 أعوام من اعتقاله السياسي.
أما العلامة السيد عبد الله الغريفي، أحد كبار علماء الشيعة في البحرين ومن الأصوات الوطنية البارزة التي طالبت بحل لملف سجناء الرأي، فقد علّق على العفو الملكي وثمّنه في بيان أصدره.
""", [
    ev("royal-decree", "إثر مرسوم بالعفو أصدره ملك البحرين حمد بن عيسى", DECREE, "no own expression; the decree announced on Mon 8 Apr 2024 (alarabipost 'اليوم الاثنين')"),
    ev("prisoners-released", "قد أطلقت، أمس الاثنين، سراح 1584 سجينا", DECREE, "'أمس الاثنين' in an article of Tue 9 Apr 2024 = Mon 8 Apr"),
    ev("spokesman-65-percent", "أفاد متحدث باسم الحكومة البحرينية وكالة", AFTER[0], "no own expression; the spokesman's statement to Reuters after the releases, reported by Tue 9 Apr 2024 (my span Mon 8 - Tue 9 Apr)", end=AFTER[1]),
    ev("hassan-isa-release", "ومن أبرز من شملهم الإفراج النائب السابق", AFTER[0], "no own expression; released with the batch freed from Mon 8 Apr 2024, reported on Tue 9 Apr (my span Mon 8 - Tue 9 Apr)", end=AFTER[1]),
    ev("hassan-isa-arrest", "بعد حوالي 9 أعوام من اعتقاله السياسي", "2015-01-01", "'بعد حوالي 9 أعوام' before April 2024 = 2015 (he was detained in 2015; the year only)", end="2016-01-01"),
    ev("ghuraifi-statement", "علّق على العفو الملكي وثمّنه في بيان أصدره", AFTER[0], "no own expression; a statement issued after the decree of Mon 8 Apr 2024 and reported on Tue 9 Apr (my span Mon 8 - Tue 9 Apr)", end=AFTER[1]),
])
art(S, "https://akhbar-alkhaleej.com/news/article/1363634",
    "2024-04-10", "the article's time stamp 'الأربعاء ١٠ أبريل ٢٠٢٤ - 02:00' (Akhbar Al Khaleej print edition of Wed 10 Apr 2024; the issue header 'الجمعة ٢٠ سبتمبر ٢٠٢٤' above it is that of the crawl and was dropped with the section name); the stamp is not part of the body and is not kept in the text; headline kept from the page; the last, truncated sentence shortened", True, """
فعاليات وطنية تواصل الإشادة بالعفو الملكي الشامل
نوّه جمعة محمد الكعبي، عضو مجلس الشورى، بالمرسوم الملكي الذي أصدره حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المعظم بالعفو الشامل عن 1584 محكوما، بمناسبة اليوبيل الفضي لتولي جلالته مقاليد الحكم وتزامنا مع الاحتفالات بعيد الفطر المبارك، معتبرا أنه يجسد الرؤية السديدة لجلالته في تعزيز التماسك المجتمعي وحرصه على توطيد اللحمة الوطنية بين أبناء الشعب، كما يمنح المفرج عنهم فرصة للعودة والانخراط من جديد في أحضان المجتمع البحريني.
وشدد الكعبي على أن العفو الشامل يمثل نموذجا إنسانيا ورؤية ملكية حكيمة لترسيخ قيم التسامح بين أفراد الشعب وتعزيز التماسك بينهم.
""", [
    ev("kaabi-praise", "نوّه جمعة محمد الكعبي، عضو مجلس الشورى", AFTER[0], "no own expression; a reaction printed in the edition of Wed 10 Apr 2024 (02:00), so made after the decree of Mon 8 Apr and before the print run (my span Mon 8 - Tue 9 Apr)", end=AFTER[1]),
    ev("royal-decree", "بالعفو الشامل عن 1584 محكوما", DECREE, "no own expression; the decree announced on Mon 8 Apr 2024 (alarabipost 'اليوم الاثنين')"),
    ev("eid-al-fitr", "وتزامنا مع الاحتفالات بعيد الفطر المبارك", EID, "no own expression; Eid al-Fitr 1445 fell in Bahrain on Wed 10 Apr 2024, the day of this edition"),
    ev("prisoners-released", "كما يمنح المفرج عنهم فرصة للعودة", DECREE, "no own expression; the prisoners freed on Mon 8 Apr 2024 (gulfobserver 'أمس الاثنين')"),
])

# ---------------------------------------------------------------- jordan-general-amnesty-law-2024
S = "jordan-general-amnesty-law-2024"
DIRECTIVE = "2024-03-20"                   # the King directed the government to prepare the bill on Wed 20 Mar 2024
HOUSE = "2024-03-26"                       # the House of Representatives passed the bill on Tue 26 Mar 2024
SENATE_COMMITTEE = "2024-03-27"            # the Senate's legal committee approved it on Wed 27 Mar 2024
SENATE = "2024-03-28"                      # the Senate debated it on Thu 28 Mar 2024
RATIFIED = "2024-04-02"                    # the royal decree ratifying the law: Tue 2 Apr 2024
RELEASES = "2024-04-03"                    # releases began on Wed 3 Apr 2024
EID_JO = "2024-04-10"                      # Eid al-Fitr 1445 in Jordan: Wed 10 Apr 2024
art(S, "https://tahiamasr.com/843198",
    "2024-03-26", "no article date on the stored page (the header 'الإثنين 23 ديسمبر 2024' is the date of the crawl and was dropped with the menus and the editor's name); the body's 'وافق البرلمان الأردني، اليوم الثلاثاء' for the House vote on the 2024 amnesty bill, which took place on Tue 26 Mar 2024 (the bill came from the cabinet after the directive of 20 Mar and the Senate took it up on Thu 28 Mar; 26 Mar 2024 was a Tuesday), so the report is of Tue 26 Mar 2024; headline kept from the page; the repeated headline and image captions dropped; the last, truncated sentence shortened", False, """
البرلمان الأردني يقر أول قانون للعفو العام منذ 5 سنوات
أقر البرلمان الأردني، اليوم الثلاثاء، مشروع قانون العفو العام لسنة 2024، ليصبح أول قانون عفو عام يصدر في الأردن منذ 5 سنوات. وتم ذلك في جلسة عقدها المجلس برئاسة أحمد الصفدي، وحضرها رئيس الوزراء بشر الخصاونة وعدد من أعضاء الفريق الحكومي.
وكان العاهل الأردني الملك عبد الله الثاني قد وجّه الحكومة، في الـ20 من شهر مارس 2024، إلى إعداد مشروع قانون للعفو العام والمضي في إجراءاته الدستورية.
وطالب النواب بأن يأتي العفو العام شاملا لكل القضايا التي فيها مصالحة، عدا القضايا المخلة بالشرف وتلك الماسة بأمن الوطن، أي أن يكون العفو موسعا لا مقلصا، وأن يضم أكبر عدد ممكن من القضايا التي أسقط فيها الحق الشخصي. كما دعوا إلى شمول قضايا القتل المقترنة بالمصالحة، معتبرين أن وجود الصلح في جريمة القتل يوجب شمولها بالعفو العام.
ولفت النواب إلى وجود مذكرة نيابية وقّعها أكثر من 30 نائبا تطالب بإضافة جرائم إلى "العفو العام" سبق أن شملها العفو الصادر عام 2011 والعفو الصادر عام 2019.
""", [
    ev("house-passes", "أقر البرلمان الأردني، اليوم الثلاثاء، مشروع قانون العفو العام", HOUSE, "'اليوم الثلاثاء' = Tue 26 Mar 2024"),
    ev("king-directive", "قد وجّه الحكومة، في الـ20 من شهر مارس 2024", DIRECTIVE, "'في الـ20 من شهر مارس 2024' = Wed 20 Mar 2024"),
    ev("mps-demands", "وطالب النواب بأن يأتي العفو العام شاملا", HOUSE, "no own expression; the demands were made in the session of the vote, Tue 26 Mar 2024"),
    ev("amnesty-2011", "العفو الصادر عام 2011", "2011-01-01", "'عام 2011' = the general amnesty of 2011 (the year only)", end="2012-01-01"),
    ev("amnesty-2019", "والعفو الصادر عام 2019", "2019-01-01", "'عام 2019' = the general amnesty of 2019 (the year only; 'منذ 5 سنوات')", end="2020-01-01"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=34636332",
    "2024-03-28", "the page's time stamp '3/28/2024 00:00' (Thu 28 Mar 2024), which agrees with the body's 'يناقش مجلس الأعيان الخميس' and the headline's 'اليوم'; the stamp is not part of the body and is not kept in the text; the credit lines ('الشاهين الاخباري', 'المملكة') dropped; headline kept from the page", True, """
مجلس الأعيان يناقش اليوم مشروع قانون العفو العام
يبحث مجلس الأعيان الخميس مشروع قانون العفو العام لسنة 2024، في إطار السير بمراحله الدستورية.
وكانت اللجنة القانونية في المجلس قد أقرت، خلال اجتماعها الأربعاء، مشروع قانون العفو العام بالصيغة التي ورد بها من مجلس النواب.
وقال رئيس اللجنة القانونية في مجلس الأعيان أحمد طبيشات إن قانون العفو العام لا يختلف كثيرا عن قانون العفو لعام 2019 إلا في مسائل قليلة.
وأوضح أن "هذا القانون يشمل أكثر من 7 آلاف موقوف في السجون سيُطلق سراحهم بموجبه بعد صدور الإرادة الملكية بالموافقة عليه".
""", [
    ev("senate-debate", "يبحث مجلس الأعيان الخميس مشروع قانون العفو العام", SENATE, "'الخميس' (the headline's 'اليوم') = Thu 28 Mar 2024"),
    ev("senate-committee-approval", "قد أقرت، خلال اجتماعها الأربعاء", SENATE_COMMITTEE, "'الأربعاء' before Thu 28 Mar 2024 = Wed 27 Mar"),
    ev("house-passes", "بالصيغة التي ورد بها من مجلس النواب", HOUSE, "no own expression; the House vote of Tue 26 Mar 2024 (tahiamasr 'اليوم الثلاثاء')"),
    ev("amnesty-2019", "قانون العفو لعام 2019", "2019-01-01", "'لعام 2019' = the general amnesty of 2019 (the year only)", end="2020-01-01"),
    ev("royal-ratification", "بعد صدور الإرادة الملكية بالموافقة عليه", RATIFIED, "no own expression (future); the royal decree came on Tue 2 Apr 2024 (963media of Wed 3 Apr: 'أمس الثلاثاء')"),
    ev("releases-begin", "سيُطلق سراحهم بموجبه", RELEASES, "no own expression (future); the releases began on Wed 3 Apr 2024 (963media: 'اعتبارًا من اليوم الأربعاء')"),
])
art(S, "https://963media.com/7530",
    "2024-04-03", "no date line on the stored page; the body's 'أفادت وسائل الإعلام الأردنية، أمس الثلاثاء' for the ratification of Tue 2 Apr 2024 and the prosecutor's 'اعتبارًا من اليوم الأربعاء' give Wed 3 Apr 2024 (3 Apr 2024 was a Wednesday); the place line 'بيروت' dropped; headline written from the body (the stored text has none)", False, """
ملك الأردن يصادق على عفو عام يشمل أكثر من سبعة آلاف سجين
ذكرت وسائل الإعلام الأردنية، أمس الثلاثاء، أن العاهل الأردني الملك عبد الله الثاني صادق على قانون عفو عام يقضي بإطلاق سراح ما يزيد على سبعة آلاف سجين قبل أيام قليلة من عيد الفطر.
ويغطي العفو العام كل الجرائم الجنائية والجنحية والمخالفات والأفعال الجرمية المرتكبة قبل تاريخ 19 آذار/مارس 2024، ما عدا 38 جريمة.
وأكد رئيس النيابة العامة يوسف الذيابات أن إجراءات الإفراج عن المشمولين بالقانون ستنطلق اعتبارًا من اليوم الأربعاء، بعد استكمال الجداول الخاصة بهم وتدقيقها كلها، مضيفا أن العملية ستتم بسرعة كبيرة.
ويطال العفو العام جرائم متنوعة، بينها جرائم مرتبطة بالمخدرات. ويحتفل المسلمون الأسبوع المقبل بعيد الفطر، ويُعد هذا العفو العام الثامن عشر في تاريخ الأردن منذ أول عفو عام صدر عام 1924.
ويواصل الملك عبد الله الثاني إصدار العفو العام ضمن صلاحياته الدستورية، إذ أصدر أربعة قوانين عفو عام منذ اعتلائه العرش عام 1999، آخرها هذا العام.
""", [
    ev("royal-ratification", "صادق على قانون عفو عام يقضي بإطلاق سراح", RATIFIED, "'أمس الثلاثاء' in an article of Wed 3 Apr 2024 = Tue 2 Apr"),
    ev("releases-begin", "إجراءات الإفراج عن المشمولين بالقانون ستنطلق اعتبارًا من اليوم الأربعاء", RELEASES, "'اعتبارًا من اليوم الأربعاء' = from Wed 3 Apr 2024"),
    ev("eid-al-fitr", "ويحتفل المسلمون الأسبوع المقبل بعيد الفطر", EID_JO, "'الأسبوع المقبل' from Wed 3 Apr 2024 = Eid al-Fitr on Wed 10 Apr 2024"),
    ev("first-amnesty-1924", "منذ أول عفو عام صدر عام 1924", "1924-01-01", "'عام 1924' = the first general amnesty (the year only)", end="1925-01-01"),
    ev("king-accession", "منذ اعتلائه العرش عام 1999", "1999-02-07", "'عام 1999' = King Abdullah II's accession on Sun 7 Feb 1999 (the year only in the text; the day from what is known of it)"),
])

# ---------------------------------------------------------------- algeria-hirak-pardon-tabbou-release-2020
S = "algeria-hirak-pardon-tabbou-release-2020"
PARDON = "2020-07-01"                      # Tebboune pardoned six Hirak detainees on the evening of Wed 1 Jul 2020
TABBOU = "2020-07-02"                      # Tabbou, Belarbi and Hamitouche provisionally released on Thu 2 Jul 2020
INDEPENDENCE = "2020-07-05"                # the 58th Independence (and Youth) Day: Sun 5 Jul 2020
HIRAK = "2019-02-22"                       # the Hirak began with the marches of Fri 22 Feb 2019
art(S, "https://maghress.com/alyaoum24/1432790",
    "2020-07-01", "no date line on the stored page (a maghress copy of alyaoum24); the body's 'مساء اليوم الأربعاء' for the pardon, which the presidency announced on the evening of Wed 1 Jul 2020 (shorouknews of Thu 2 Jul: 'أمس الأربعاء'; 1 Jul 2020 was a Wednesday), so the report is of Wed 1 Jul 2020; headline written from the body (the stored text has none)", False, """
تبون يعفو عن ستة من معتقلي الحراك
أصدر الرئيس الجزائري عبد المجيد تبون، مساء اليوم الأربعاء، عفوا عن عدد من معتقلي الحراك المحكوم عليهم أمام محاكم جزائرية مختلفة.
وبحسب بيان لرئاسة الجمهورية، صدر العفو اليوم بمرسوم رئاسي وقّعه الرئيس تبون، بمناسبة الاحتفال بذكرى عيدي الاستقلال والشباب.
وأوضح بيان الرئاسة أن المستفيدين من العفو سجناء أوقفوا خلال مظاهرات الحراك، وهم علاء شريف نصر الدين وإلياس بحلاط وجلول شداد ومليك رياحي وحسين خاضر وداود بن عمران جيلالي.
وكانت محاكم جزائرية عدة قد أطلقت، بداية العام الحالي، سراح 76 موقوفا من نشطاء الحراك دفعة واحدة، فيما يقدّر حقوقيون عدد من بقي من معتقلي الحراك خلف القضبان بخمسين معتقلا.
""", [
    ev("pardon-six", "عفوا عن عدد من معتقلي الحراك", PARDON, "'مساء اليوم الأربعاء' = Wed 1 Jul 2020"),
    ev("independence-day", "بمناسبة الاحتفال بذكرى عيدي الاستقلال والشباب", INDEPENDENCE, "no own expression; the anniversary of Independence and Youth Day, Sun 5 Jul 2020 (shorouknews: '5 يوليو الجاري')"),
    ev("release-76-detainees", "سراح 76 موقوفا من نشطاء الحراك", "2020-01-02", "'بداية العام الحالي' = early 2020; the 76 Hirak detainees were freed on Thu 2 Jan 2020 (from what is known of it)"),
])
art(S, "https://www.shorouknews.com/news/print.aspx?cdate=02072020&id=4e4023eb-c6f8-4ada-ab19-be0b6354cfd6",
    "2020-07-02", "the page's stamp 'آخر تحديث: الخميس 2 يوليه 2020 - 6:29 م بتوقيت القاهرة' (and 'cdate=02072020' in the address), which agrees with the body's 'اليوم الخميس'; the stamp, the credit 'أ ش أ' and the print footer are not part of the body and are not kept; headline kept from the page", True, """
القضاء الجزائري يقرر الإفراج المؤقت عن 3 من نشطاء الحراك الشعبي
قرر مجلس قضاء الجزائر اليوم الخميس الإفراج المؤقت عن الناشطين كريم طابو وسمير بلعربي وسليمان حميطوش.
ووفق النيابة العامة لدى مجلس قضاء الجزائر، فإن الغرفة الجزائية بالمجلس أمرت بالإفراج المؤقت عن كريم طابو استجابة لطلب محاميه، بينما قرر قاضي التحقيق الإفراج المؤقت عن سمير بلعربي وسليمان حميطوش.
ويُعد طابو وبلعربي وحميطوش من أبرز وجوه الحراك الشعبي الذي انطلق في فبراير 2019 وأرغم الرئيس السابق عبد العزيز بوتفليقة على التنحي بعد 20 عاما قضاها في السلطة.
وكان الرئيس الجزائري عبد المجيد تبون قد أصدر أمس الأربعاء عفوا عن 6 من نشطاء الحراك الشعبي صدرت في حقهم أحكام نهائية بالسجن.
وحسب بيان للرئاسة الجزائرية، يشمل العفو رياحي مليك وعلال نصر الدين وبحلاط الياس وشداد جلول وداود جيلالي وخاضر حسين، وهم ستة ناشطين اعتقلوا خلال مسيرات الحراك قبل أشهر وصدرت ضدهم أحكام نهائية بالسجن.
وأوضحت الرئاسة أن العفو يأتي بمناسبة عيد الاستقلال الـ58 الموافق 5 يوليو الجاري.
""", [
    ev("tabbou-release", "قرر مجلس قضاء الجزائر اليوم الخميس الإفراج المؤقت", TABBOU, "'اليوم الخميس' = Thu 2 Jul 2020"),
    ev("hirak-start", "الحراك الشعبي الذي انطلق في فبراير 2019", HIRAK, "'في فبراير 2019' = the first Hirak march on Fri 22 Feb 2019 (the month only in the text; the day from what is known of it)"),
    ev("bouteflika-resignation", "وأرغم الرئيس السابق عبد العزيز بوتفليقة على التنحي", "2019-04-02", "no own expression; Bouteflika resigned on Tue 2 Apr 2019"),
    ev("pardon-six", "قد أصدر أمس الأربعاء عفوا عن 6 من نشطاء الحراك الشعبي", PARDON, "'أمس الأربعاء' from Thu 2 Jul 2020 = Wed 1 Jul"),
    ev("independence-day", "عيد الاستقلال الـ58 الموافق 5 يوليو الجاري", INDEPENDENCE, "'5 يوليو الجاري' = Sun 5 Jul 2020"),
])
art(S, "https://sahafatbladi.com/51569/2020/07/02",
    "2020-07-02", "no date line in the stored text; the page address carries the publication day '2020/07/02' (Thu 2 Jul 2020), the morning after the presidency's statement of the evening of Wed 1 Jul; the text has no day of its own; headline written from the body (the stored text has none)", False, """
تبون يعفو عن 6 موقوفين على خلفية الحراك
قرر رئيس الجمهورية الجزائرية عبد المجيد تبون العفو عن 6 موقوفين بسبب الحراك الشعبي الذي تشهده البلاد منذ ما يزيد عن السنة.
وأفاد بيان للرئاسة الجزائرية بأن تبون أصدر، بمرسوم رئاسي وبمناسبة ذكرى عيدي الاستقلال والشباب، عفوا عن 6 موقوفين على خلفية المظاهرات التي تعرفها البلاد.
والمعنيون هم علال شريف نصر الدين وإلياس بحلاط وجلول شداد ومليك رياحي وحسين خاضر وداود بن عمران جيلالي.
ويعتبر عدد من النشطاء أن هذا العفو خطوة من تبون لإطفاء نار الغضب الشعبي، لا سيما بعد أن قوبلت الاحتجاجات الأخيرة بالاعتقالات والتوقيفات.
""", [
    ev("pardon-six", "قرر رئيس الجمهورية الجزائرية عبد المجيد تبون العفو عن 6 موقوفين", PARDON, "no own expression; the pardon of Wed 1 Jul 2020 (alyaoum24 'مساء اليوم الأربعاء', shorouknews 'أمس الأربعاء')"),
    ev("hirak-start", "الذي تشهده البلاد منذ ما يزيد عن السنة", HIRAK, "'منذ ما يزيد عن السنة' before July 2020 = the Hirak that began on Fri 22 Feb 2019"),
    ev("independence-day", "وبمناسبة ذكرى عيدي الاستقلال والشباب", INDEPENDENCE, "no own expression; the anniversary of Sun 5 Jul 2020 (shorouknews: '5 يوليو الجاري')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 437
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
