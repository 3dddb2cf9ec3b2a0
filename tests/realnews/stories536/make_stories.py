"""Builds stories.jsonl: the 536-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: tax reforms: new taxes, VAT changes and their entry
into force.
Stories: Oman's personal income tax decree (Royal Decree 56/2025, June 2025), Kenya's Finance Bill 2024 with its
new taxes, the storming of parliament and the bill's withdrawal (June 2024), and Turkey's VAT and loan-tax hike
published in the Official Gazette (July 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- oman-personal-income-tax-decree-2025
S = "oman-personal-income-tax-decree-2025"
DECREE = "2025-06-22"                      # Sultan Haitham issued Royal Decree 56/2025 on Sun 22 Jun 2025
IN_FORCE = "2028-01-01"                    # the law applies from Sat 1 Jan 2028
REGS = ("2025-06-22", "2026-07-01")        # executive regulations within a year of the gazette publication (my span)
art(S, "https://www.sarayanews.com/article/1018253/سلطنة-عُمان-أول-دولة-خليجية-تفرض-ضريبة-الدخل",
    "2025-06-22", "the page's time stamp '22-06-2025 07:01 PM' (22 Jun 2025 was a Sunday); the body's 'الأحد' for the decree agrees; the site header, view counter and font-size widget dropped; headline kept from the page; the last, truncated sentence of the stored excerpt dropped", True, """
سلطنة عُمان أول دولة خليجية تفرض ضريبة الدخل
أصدر سلطان عُمان، السلطان هيثم بن طارق، الأحد، مرسوماً يقر ضريبة الدخل، لتغدو سلطنة عُمان بذلك أول دولة في منطقة الخليج تفرض ضريبة على الدخل.
وقضى المرسوم السلطاني بأن يصدر رئيس جهاز الضرائب اللائحة التنفيذية لقانون ضريبة الدخل خلال عام من تاريخ نشره في الجريدة الرسمية، وأن يصدر القرارات اللازمة لتنفيذ أحكامه، على أن يبدأ العمل بالقانون في الأول من يناير (كانون الثاني) 2028.
وتُعد ضريبة الدخل على الأفراد التي أُقرت رسمياً في عُمان الأولى من نوعها في دول الخليج، التي تفرض أصنافاً أخرى من الضرائب مثل ضريبة القيمة المضافة والضريبة الانتقائية وضريبة الشركات.
وكانت مسودة القانون المقترح لضريبة الدخل في عُمان تنص على فرض ضريبة على دخل الأفراد بنسبة تتراوح بين 5 و9 في المائة، تشمل جميع العاملين في البلاد، ومن المتوقع أن يخضع المقيمون للضريبة إذا زاد دخلهم السنوي على 100 ألف دولار.
""", [
    ev("decree-issued", "أصدر سلطان عُمان، السلطان هيثم بن طارق، الأحد، مرسوماً يقر ضريبة الدخل", DECREE, "'الأحد' = Sun 22 Jun 2025 (the page's stamp of that day)"),
    ev("executive-regulations", "أن يصدر رئيس جهاز الضرائب اللائحة التنفيذية لقانون ضريبة الدخل خلال عام", REGS[0], "'خلال عام من تاريخ نشره في الجريدة الرسمية': from the decree of Sun 22 Jun 2025 to a year after its gazette publication of late June 2025 (my span 22 Jun 2025 - 30 Jun 2026)", end=REGS[1]),
    ev("law-in-force", "على أن يبدأ العمل بالقانون في الأول من يناير (كانون الثاني) 2028", IN_FORCE, "'في الأول من يناير (كانون الثاني) 2028' = Sat 1 Jan 2028"),
])
art(S, "https://www.berwaz.com.kw/%D8%B9%D9%85%D8%A7%D9%86-%D9%81%D8%B1%D8%B6-%D8%B6%D8%B1%D9%8A%D8%A8%D8%A9-5-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B1%D9%88%D8%A7%D8%AA%D8%A8-%D8%A8%D8%AF%D8%A7%D9%8A%D8%A9-%D9%85%D9%86-2028/",
    "2025-06-22", "no date on the stored page; the body's 'اليوم الأحد' for the decree, which was issued on Sun 22 Jun 2025 (sarayanews, stamped 22-06-2025 07:01 PM: 'الأحد'; asianewslb of Tue 24: 'أمس الأول'), gives Sun 22 Jun 2025; the section tag 'العرب والعالم' dropped; headline kept from the page", False, """
عمان: فرض ضريبة 5% على الرواتب بداية من 2028
أصدر سلطان عُمان، السلطان هيثم بن طارق، اليوم الأحد، مرسوماً سلطانياً يقضي بإصدار قانون الضريبة على دخل الأفراد في السلطنة.
وأفادت وكالة الأنباء العُمانية بأن الضريبة ستُفرض على الشخص الطبيعي الذي يزيد دخله الإجمالي على 42 ألف ريال عُماني في السنة، والمتحقق من أنواع معينة من الدخل بحسب ضوابط حددها القانون.
وبيّنت الوكالة أن الضريبة تُستحق بمعدل (5%) من الدخل الخاضع لها، على أن يسري القانون اعتباراً من بداية عام 2028.
ولفتت إلى أن القانون يتضمن خصومات وإعفاءات تأخذ في الحسبان البعد الاجتماعي في سلطنة عُمان، مثل التعليم والصحة والإرث والزكاة والتبرعات والمسكن الأساسي وغيرها.
""", [
    ev("decree-issued", "أصدر سلطان عُمان، السلطان هيثم بن طارق، اليوم الأحد، مرسوماً سلطانياً", DECREE, "'اليوم الأحد' = Sun 22 Jun 2025"),
    ev("ona-report", "وأفادت وكالة الأنباء العُمانية بأن الضريبة ستُفرض", DECREE, "no own expression; the Oman News Agency's report on the decree, of the same day, Sun 22 Jun 2025"),
    ev("law-in-force", "على أن يسري القانون اعتباراً من بداية عام 2028", IN_FORCE, "'من بداية عام 2028' = Sat 1 Jan 2028 (sarayanews: 'في الأول من يناير (كانون الثاني) 2028')"),
])
art(S, "http://95.217.235.12/article/23/06/2025/عمان-تقر-أول-ضريبة-دخل-على-الأفراد-في-الخليج-وتطبيقها-يبدأ-2028",
    "2025-06-23", "the page's dated address 'article/23/06/2025' (23 Jun 2025 was a Monday); the text has no date of its own; headline rendered from the URL slug", True, """
عمان تقر أول ضريبة دخل على الأفراد في الخليج وتطبيقها يبدأ 2028
أصدر السلطان هيثم بن طارق مرسوماً سلطانياً بفرض ضريبة على دخل الأفراد، لتصبح سلطنة عُمان أول دولة خليجية تأخذ بهذا النوع من الضرائب. ويسري القانون اعتباراً من 1 يناير 2028.
وبحسب جهاز الضرائب العُماني، تُفرض الضريبة بنسبة 5% على الأشخاص الطبيعيين الذين يزيد دخلهم السنوي على 42 ألف ريال عُماني (قرابة 109 آلاف دولار)، مع إعفاءات تغطي المسكن الأساسي والتعليم والإرث والهبات.
وبيّنت وزارة الاقتصاد أن القانون سيشمل أقل من 1% من السكان، وأن عائداته ستوجَّه إلى تمويل منظومة الحماية الاجتماعية ودعم الاستقرار المالي.
وتأتي هذه الخطوة ضمن خطة أوسع لتنويع مصادر الإيرادات غير النفطية وبلوغ أهداف رؤية عُمان 2040، ومنها رفع مساهمة الإيرادات غير النفطية إلى 18% من الناتج المحلي بحلول 2040.
""", [
    ev("decree-issued", "أصدر السلطان هيثم بن طارق مرسوماً سلطانياً بفرض ضريبة على دخل الأفراد", DECREE, "no own expression; the decree of Sun 22 Jun 2025 (sarayanews 'الأحد', berwaz 'اليوم الأحد')"),
    ev("law-in-force", "ويسري القانون اعتباراً من 1 يناير 2028", IN_FORCE, "'1 يناير 2028' = Sat 1 Jan 2028"),
    ev("tax-authority-statement", "وبحسب جهاز الضرائب العُماني، تُفرض الضريبة بنسبة 5%", DECREE, "no own expression; the Tax Authority's statement issued with the decree on Sun 22 Jun 2025"),
])
art(S, "https://www.asianewslb.com/?page=article&id=182104",
    "2025-06-24", "no date on the stored page; the body's 'أصدرت عُمان أمس الأول مرسوماً سلطانياً' for the decree of Sun 22 Jun 2025 (sarayanews stamp 22-06-2025; berwaz 'اليوم الأحد') gives Tue 24 Jun 2025 (24 Jun 2025 was a Tuesday); a Reuters-based report; headline written from the body (the stored text has none)", False, """
عُمان أول دولة خليجية تفرض ضريبة على دخل الأفراد
أصدرت عُمان أمس الأول مرسوماً سلطانياً جعلها أول دولة في الخليج تفرض ضريبة على دخل الأفراد، في وقت تسعى فيه الدولة المنتجة لكميات محدودة من النفط إلى تنويع مصادر إيراداتها.
وكانت عُمان، وهي من أصغر الاقتصادات الخليجية حجماً، قد أطلقت برنامجاً مالياً متوسط الأجل في 2020 لخفض الدين العام وتنويع الإيرادات وتحفيز النمو الاقتصادي، وهو ما عزز المالية العامة للسلطنة.
وبموجب المرسوم الجديد، ستفرض عُمان، التي ما زالت تعتمد بدرجة كبيرة على عائدات النفط، ضريبة نسبتها خمسة في المئة على الأشخاص الطبيعيين الذين يتجاوز دخلهم 42 ألف ريال عماني (109091 دولاراً) سنوياً بداية من 2028، وفق ضوابط حددها القانون.
وقال جهاز الضرائب العماني في بيان إن «القانون يتضمن خصومات وإعفاءات تراعي البعد الاجتماعي في سلطنة عُمان كالتعليم والصحة والإرث والزكاة والتبرعات والمسكن الأساسي وغيرها». وأضاف أن «نحو (99 في المئة) من المجتمع في سلطنة عُمان غير مكلف بهذه الضريبة». (الدولار يساوي 0.385 ريال عماني).
""", [
    ev("decree-issued", "أصدرت عُمان أمس الأول مرسوماً سلطانياً", DECREE, "'أمس الأول' in an article of Tue 24 Jun 2025 = Sun 22 Jun"),
    ev("medium-term-fiscal-plan", "قد أطلقت برنامجاً مالياً متوسط الأجل في 2020", "2020-01-01", "'في 2020' = the year 2020 only", end="2021-01-01"),
    ev("law-in-force", "سنوياً بداية من 2028", IN_FORCE, "'بداية من 2028' = the start on Sat 1 Jan 2028 (sarayanews: 'في الأول من يناير (كانون الثاني) 2028')"),
    ev("tax-authority-statement", "وقال جهاز الضرائب العماني في بيان", DECREE, "no own expression; the Tax Authority's statement issued with the decree on Sun 22 Jun 2025"),
])

# ---------------------------------------------------------------- kenya-finance-bill-2024-storming-withdrawal
S = "kenya-finance-bill-2024-storming-withdrawal"
VOTE = "2024-06-25"                        # the vote on the Finance Bill 2024 and the storming of parliament, Tue 25 Jun 2024
WITHDRAW = "2024-06-26"                    # Ruto's address withdrawing the bill, Wed 26 Jun 2024
art(S, "https://djazairess.com/elkhabar/746006",
    "2024-06-25", "no date on the stored page; the body's 'اليوم الثلاثاء' for the storming and 'بتاريخ اليوم 25 يونيو' for the national strike give Tue 25 Jun 2024 (25 Jun 2024 was a Tuesday; tmc24news of 26 Jun: 'أمس'); an El Khabar report carried by djazairess; headline written from the body (the stored text has none)", False, """
محتجون يقتحمون البرلمان الكيني بعد التصويت على زيادات ضريبية
اقتحم محتجون، اليوم الثلاثاء، مقر البرلمان الكيني في العاصمة نيروبي، وسُمع دوي إطلاق نار في محيطه عقب التصويت لصالح مشروع قانون ينص على زيادات ضريبية.
وعرض التلفزيون الكيني مشاهد تُظهر مئات المتظاهرين وهم يتخطون حواجز نصبتها الشرطة أمام البرلمان ويعبرون أبواب المبنى.
ونقلت وسائل إعلام عن فرع منظمة العفو الدولية في كينيا أن "الحكومة الكينية أكدت احترامها الحق في التجمع".
وانطلقت المظاهرات الاحتجاجية على مشروع القانون، الثلاثاء، في نيروبي ثم امتدت إلى سائر أنحاء البلاد، وكانت قد وُجهت دعوة إلى إضراب وطني بتاريخ اليوم 25 يونيو.
ودافعت الحكومة الكينية عن خطتها لفرض ضرائب جديدة تراها ضرورية لدولة مثقلة بالديون، مؤكدة أنها تشمل تدابير لمكافحة البطالة بين الشباب وتيسير الوصول إلى تعليم أفضل.
ووفق البنك المركزي الكيني، سجلت البلاد تضخماً سنوياً بلغ 5.1% في مايو، مع ارتفاع أسعار الغذاء بنسبة 6.2% والوقود بنسبة 7.8%.
ويُذكر أن ثلث سكان كينيا، البالغ عددهم 51.5 مليون نسمة، يعيشون تحت خط الفقر.
""", [
    ev("parliament-stormed", "اقتحم محتجون، اليوم الثلاثاء، مقر البرلمان الكيني", VOTE, "'اليوم الثلاثاء' = Tue 25 Jun 2024"),
    ev("bill-vote", "عقب التصويت لصالح مشروع قانون ينص على زيادات ضريبية", VOTE, "no own expression; the MPs' vote just before the storming, Tue 25 Jun 2024"),
    ev("national-strike", "وُجهت دعوة إلى إضراب وطني بتاريخ اليوم 25 يونيو", VOTE, "'بتاريخ اليوم 25 يونيو' = Tue 25 Jun 2024"),
    ev("may-inflation", "سجلت البلاد تضخماً سنوياً بلغ 5.1% في مايو", "2024-05-01", "'في مايو' = May 2024 (the month only)", end="2024-06-01"),
])
art(S, "https://tmc24news.com/2024/06/26/%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d9%83%d9%8a%d9%86%d9%8a-%d9%8a%d8%aa%d8%b1%d8%a7%d8%ac%d8%b9-%d8%b9%d9%86-%d8%a7%d9%84%d8%b2%d9%8a%d8%a7%d8%af%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d8%b6",
    "2024-06-26", "the page's dated address 2024/06/26 (26 Jun 2024 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline rendered from the (truncated) URL slug", True, """
الرئيس الكيني يتراجع عن الزيادة في الضرائب
أعلن الرئيس الكيني وليام روتو اليوم الأربعاء تراجعه عن مشروع ميزانية 2024-2025 الذي يتضمن زيادة في الضرائب، وسحبه.
وقال روتو في خطاب ألقاه اليوم إثر المظاهرات المناهضة للمشروع، التي أوقعت 22 قتيلاً، إنه أصغى إلى مطالب الشعب ولن يوقع مشروع قانون المالية الذي يناقشه البرلمان الكيني.
ويأتي ذلك بعد موجة من الاحتجاجات السلمية عرفتها ولايات كينية عدة أمس، اقتحم خلالها المتظاهرون في العاصمة نيروبي مبنى البرلمان.
وتصدت قوات الشرطة الكينية لهذه المظاهرات بإطلاق الرصاص الحي على المحتجين، ما أدى إلى مقتل 22 شخصاً وإصابة نحو 30 آخرين، بحسب منظمات حقوقية في كينيا.
""", [
    ev("ruto-withdraws-bill", "أعلن الرئيس الكيني وليام روتو اليوم الأربعاء تراجعه", WITHDRAW, "'اليوم الأربعاء' = Wed 26 Jun 2024"),
    ev("nationwide-protests", "موجة من الاحتجاجات السلمية عرفتها ولايات كينية عدة أمس", VOTE, "'أمس' from Wed 26 Jun 2024 = Tue 25 Jun"),
    ev("parliament-stormed", "اقتحم خلالها المتظاهرون في العاصمة نيروبي مبنى البرلمان", VOTE, "'أمس' (same sentence) from Wed 26 Jun 2024 = Tue 25 Jun"),
    ev("police-live-fire", "وتصدت قوات الشرطة الكينية لهذه المظاهرات بإطلاق الرصاص الحي", VOTE, "no own expression; the shooting at the protesters on the day of the storming, Tue 25 Jun 2024"),
])
art(S, "https://lecollimateur.ma/ar?p=156557",
    "2024-06-27", "no date on the stored page; the body's 'أعلن امس الأربعاء' for Ruto's withdrawal of the bill, which he announced on Wed 26 Jun 2024 (tmc24news of 26 Jun: 'اليوم الأربعاء'), gives Thu 27 Jun 2024 (27 Jun 2024 was a Thursday); headline written from the body (the stored text has none)", False, """
الرئيس الكيني يسحب مشروع قانون المالية 2024
أعلن الرئيس الكيني، ويليام روتو، امس الأربعاء سحب مشروع قانون المالية 2024، إثر احتجاجات شعبية عنيفة خلّفت 22 قتيلاً وهجوماً على البرلمان.
وفي خطاب من القصر الرئاسي في نيروبي، أعلن روتو أنه قرر عدم التوقيع على المشروع وسحبه كلياً، استجابة للمعارضة الشعبية الشديدة.
وبيّن الرئيس الكيني أنه، بعد أن أصغى إلى صوت الشعب الكيني، يرضخ لرفضه الواضح للمشروع، ولذلك لن يوقعه، معرباً عن تعازيه لأسر الضحايا. وأعلن كذلك خطوات لإدارة شؤون البلاد بصورة تشاركية، تشمل إدارة الديون والميزانية، ودعا إلى إجراءات فورية لخفض الإنفاق الحكومي، بدءاً بالرئاسة والحكومة ووصولاً إلى البرلمان والسلطة القضائية وحكومات المقاطعات.
ودعا الرئيس روتو أيضاً إلى التواصل مع الشباب للاستماع إلى آرائهم ومقترحاتهم، وأوصى بإشراك متعدد القطاعات والأطراف في النقاش حول مستقبل البلاد.
""", [
    ev("ruto-withdraws-bill", "امس الأربعاء سحب مشروع قانون المالية 2024", WITHDRAW, "'امس الأربعاء' in an article of Thu 27 Jun 2024 = Wed 26 Jun"),
    ev("parliament-stormed", "احتجاجات شعبية عنيفة خلّفت 22 قتيلاً وهجوماً على البرلمان", VOTE, "no own expression; the protests and the attack on parliament of Tue 25 Jun 2024 (elkhabar 'اليوم الثلاثاء', tmc24news 'أمس')"),
    ev("spending-cuts-call", "ودعا إلى إجراءات فورية لخفض الإنفاق الحكومي", WITHDRAW, "no own expression; in the same address of Wed 26 Jun 2024"),
    ev("youth-dialogue-call", "ودعا الرئيس روتو أيضاً إلى التواصل مع الشباب", WITHDRAW, "no own expression; in the same address of Wed 26 Jun 2024"),
])

# ---------------------------------------------------------------- turkey-vat-loan-tax-hike-july-2023
S = "turkey-vat-loan-tax-hike-july-2023"
GAZETTE = "2023-07-07"                     # the presidential decisions raising VAT etc. published in the Official Gazette, Fri 7 Jul 2023
NEW_RATES = "2023-07-10"                   # the new VAT rates applied from Mon 10 Jul 2023
art(S, "https://dev.almalnews.com/%d8%aa%d8%b1%d9%83%d9%8a%d8%a7-%d8%aa%d8%b1%d9%81%d8%b9-%d9%85%d8%ac%d9%85%d9%88%d8%b9%d8%a9-%d9%83%d8%a8%d9%8a%d8%b1%d8%a9-%d9%85%d9%86-%d8%a7%d9%84%d8%b6%d8%b1%d8%a7%d8%a6%d8%a8-%d9%88%d8%a7%d9%84",
    "2023-07-07", "no date on the stored page; the body's 'مرسوم نشر في الجريدة الرسمية اليوم الجمعة' for the gazette of Fri 7 Jul 2023 (osoulmisr, stamped Sat 08/07/2023 06:35, reports the same decisions) and 'أمس الخميس' for Simsek's pledge give Fri 7 Jul 2023 (7 Jul 2023 was a Friday); a Bloomberg-based report; headline rendered from the URL slug; the sub-heading 'وعود زيادة الإنفاق' and the last, truncated clause dropped", False, """
تركيا ترفع مجموعة كبيرة من الضرائب والرسوم
رفعت تركيا طائفة واسعة من الضرائب والرسوم لتعزيز إيرادات الحكومة، في وقت تحاول فيه الوفاء بوعود زيادة الإنفاق التي قطعتها خلال الانتخابات وإعادة إعمار منطقة دمرتها الزلازل.
والإجراءات الجديدة، التي يسري بعضها على الفور وبعضها الآخر خلال الأيام المقبلة، ترفع عدداً من معدلات ضريبة القيمة المضافة إلى 10% من 8%، وإلى 20% من 18%، كما رُفعت مجموعة من الرسوم الحكومية الإدارية بنسبة 50%، بحسب مرسوم نشر في الجريدة الرسمية اليوم الجمعة.
وكان الرئيس رجب طيب أردوغان قد عزز الإنفاق المالي قبل الانتخابات في مايو، فرفع الأجور وعرض التقاعد المبكر على الملايين وقدم قروضاً مدعومة، في حين تكبد الاقتصاد خسائر تقدر بنحو 100 مليار دولار جراء زلازل فبراير المميتة.
وتأتي الزيادات الضريبية الجديدة بعدما اقترح حزب العدالة والتنمية الحاكم، بزعامة أردوغان، رفع الضرائب على الشركات والرسوم على البنوك.
ووعد وزير الخزانة والمالية محمد شيمشك أمس الخميس بإعادة الانضباط المالي من خلال خفض عجز الميزانية.
وشملت الإجراءات الإضافية رفع ضريبة المعاملات المصرفية والتأمينية على قروض المستهلكين إلى 15% من 10%، وزيادة رسوم تسجيل الهواتف المحمولة المشتراة من الخارج بأكثر من 200% لتبلغ 20000 ليرة (766 دولاراً).
""", [
    ev("vat-hike", "ترفع عدداً من معدلات ضريبة القيمة المضافة إلى 10% من 8%", GAZETTE, "no own expression; the decision published in the gazette 'اليوم الجمعة' = Fri 7 Jul 2023"),
    ev("gazette-decree", "بحسب مرسوم نشر في الجريدة الرسمية اليوم الجمعة", GAZETTE, "'اليوم الجمعة' = Fri 7 Jul 2023"),
    ev("may-elections", "عزز الإنفاق المالي قبل الانتخابات في مايو", "2023-05-14", "'قبل الانتخابات في مايو' = the elections of May 2023 (first round Sun 14 May, run-off Sun 28 May; my span 14 - 28 May)", end="2023-05-29"),
    ev("simsek-fiscal-pledge", "ووعد وزير الخزانة والمالية محمد شيمشك أمس الخميس", "2023-07-06", "'أمس الخميس' in an article of Fri 7 Jul 2023 = Thu 6 Jul"),
    ev("loan-tax-hike", "رفع ضريبة المعاملات المصرفية والتأمينية على قروض المستهلكين", GAZETTE, "no own expression; one of the decisions in the gazette of Fri 7 Jul 2023"),
    ev("phone-fee-hike", "وزيادة رسوم تسجيل الهواتف المحمولة المشتراة من الخارج", GAZETTE, "no own expression; one of the decisions in the gazette of Fri 7 Jul 2023"),
])
art(S, "https://www.osoulmisrmagazine.com/353845",
    "2023-07-08", "date line 'السبت 08/يوليو/2023 - 06:35 ص' (8 Jul 2023 was a Saturday); the masthead (with a later crawl date), the 'عاجل' ticker and the outlet signature dropped; headline kept from the page", True, """
تركيا.. رفع ضريبة القيمة المضافة وضريبة القروض
أعلنت الصحيفة الرسمية في تركيا زيادة ضريبة القيمة المضافة نقطتين مئويتين في فئتين.
وبيّنت أن الضريبة المفروضة على القروض المصرفية الشخصية زيدت هي الأخرى.
وأوضحت أن ضريبة القيمة المضافة على السلع والخدمات صعدت إلى 20% بعد أن كانت 18%.
كما رُفعت الضريبة على سلع أساسية من قبيل المناشف الورقية والمنظفات والحفاضات إلى 10% من 8%.
ووقّع الرئيس رجب طيب أردوغان عدداً من القرارات، منها رفع ضريبة التأمين والمعاملات المصرفية المطبقة على القروض الشخصية إلى 15% من 10%.
وأشارت إلى أن رسوم تسجيل الهواتف المحمولة التي تُجلب من الخارج ارتفعت 228% لتصل إلى 20 ألف ليرة (765.74 دولار) بعد أن كانت 6091 ليرة.
وكانت تركيا قد قررت إعفاء مدفوعات توزيعات الأرباح عن أسهم الخزينة التي تشتريها الشركات المدرجة في بورصة إسطنبول من ضريبة الاستقطاع.
""", [
    ev("gazette-decree", "أعلنت الصحيفة الرسمية في تركيا زيادة ضريبة القيمة المضافة", GAZETTE, "no own expression; the Official Gazette of Fri 7 Jul 2023 (almalnews: 'نشر في الجريدة الرسمية اليوم الجمعة')"),
    ev("vat-hike", "أن ضريبة القيمة المضافة على السلع والخدمات صعدت إلى 20%", GAZETTE, "no own expression; the decision published on Fri 7 Jul 2023"),
    ev("loan-tax-hike", "منها رفع ضريبة التأمين والمعاملات المصرفية المطبقة على القروض الشخصية", GAZETTE, "no own expression; one of the decisions in the gazette of Fri 7 Jul 2023"),
    ev("phone-fee-hike", "رسوم تسجيل الهواتف المحمولة التي تُجلب من الخارج ارتفعت 228%", GAZETTE, "no own expression; one of the decisions in the gazette of Fri 7 Jul 2023"),
    ev("dividend-withholding-exemption", "قد قررت إعفاء مدفوعات توزيعات الأرباح عن أسهم الخزينة", GAZETTE, "no own expression; announced with the same gazette decisions of Fri 7 Jul 2023 (Reuters 'separately')"),
])
art(S, "https://www.turkeyalaan.net/2023/07/09/%d8%aa%d8%b1%d9%83%d9%8a%d8%a7-%d8%b2%d9%8a%d8%a7%d8%af%d8%a9-%d9%82%d8%a7%d8%af%d9%85%d8%a9-%d9%81%d9%8a-%d8%a3%d8%b3%d8%b9%d8%a7%d8%b1-%d8%a7%d9%84%d8%a8%d9%86%d8%b2%d9%8a%d9%86-%d9%88%d8%a7%d9%84/amp",
    "2023-07-09", "the page's dated address 2023/07/09 (9 Jul 2023 was a Sunday); the text has no date of its own; the related-news teasers at the end dropped; headline rendered from the (truncated) URL slug", True, """
تركيا: زيادة قادمة في أسعار البنزين والديزل
نُشر في الجريدة الرسمية قرار برفع نسبة ضريبة القيمة المضافة، إذ صعدت من 8٪ إلى 10٪، ومن 18٪ إلى 20٪.
ويُنتظر أن تطال منتجاتِ البنزين والديزل زيادةٌ في ضريبة الاستهلاك الخاصة (الضريبة المضافة)، وأن ينعكس هذا الارتفاع على أسعار الوقود.
وعليه، فإن فرض ضريبة القيمة المضافة بنسبة 20٪ على الضريبة المضافة الثابتة على كل لتر، البالغة 2.5 ليرة للبنزين و2.06 ليرة للديزل، سيؤدي بعد تنفيذ هذا القرار إلى زيادة تقارب 43 قرشاً للتر البنزين و37 قرشاً للتر الديزل.
وإلى جانب ذلك، سترتفع ضريبة الاستهلاك الخاصة على غاز السيارات بنسبة 14.82٪.
وفي ما يلي الأسعار الحالية للبنزين والديزل:
سعر لتر البنزين في الشطر الآسيوي من إسطنبول: 26.11 ليرة.
سعر لتر الديزل في الشطر الآسيوي من إسطنبول: 23.83 ليرة.
سعر لتر البنزين في الشطر الأوروبي من إسطنبول: 26.16 ليرة.
سعر لتر الديزل في الشطر الأوروبي من إسطنبول: 23.89 ليرة.
""", [
    ev("gazette-decree", "نُشر في الجريدة الرسمية قرار برفع نسبة ضريبة القيمة المضافة", GAZETTE, "no own expression; the Official Gazette of Fri 7 Jul 2023 (almalnews: 'اليوم الجمعة')"),
    ev("vat-hike", "إذ صعدت من 8٪ إلى 10٪، ومن 18٪ إلى 20٪", GAZETTE, "no own expression; the decision published on Fri 7 Jul 2023"),
    ev("fuel-price-rise", "سيؤدي بعد تنفيذ هذا القرار إلى زيادة تقارب 43 قرشاً للتر البنزين", NEW_RATES, "'بعد تنفيذ هذا القرار': the new VAT rates applied from Mon 10 Jul 2023 (almalnews: some measures 'خلال الأيام المقبلة'); the day of the pump-price change is my reading"),
    ev("current-fuel-prices", "وفي ما يلي الأسعار الحالية للبنزين والديزل", "2023-07-09", "'الحالية' = on the day of the article, Sun 9 Jul 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 536
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
