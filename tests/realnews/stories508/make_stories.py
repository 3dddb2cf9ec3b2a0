"""Builds stories.jsonl: the 508-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: stock markets and company listings (IPOs announced and
listed, trading suspended, market crashes and rebounds).
Stories: the Borsa Istanbul crash and circuit breaker after the detention of Istanbul mayor Ekrem Imamoglu
(Turkey, March 2025); the Boursa Kuwait Premier Market halt on the coronavirus "Black Sunday" of the Gulf
markets (Kuwait, March 2020); the ADNOC Gas IPO, allotment and listing on the Abu Dhabi Securities Exchange
(United Arab Emirates, March 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- turkey-bist-imamoglu-crash-2025
S = "turkey-bist-imamoglu-crash-2025"
DETAINED = "2025-03-19"                    # Imamoglu detained at dawn on Wed 19 Mar 2025; BIST circuit breaker, lira record low the same day
LIRA_TUE = "2025-03-18"                    # the lira's close of Tue 18 Mar 2025 (36.67 to the dollar)
BAN = "2025-03-23"                         # Sun 23 Mar 2025: formal arrest order, CMB short-selling ban, central bank meeting
REBOUND = "2025-03-24"                     # Mon 24 Mar 2025: partial rebound
WEEK = ("2025-03-17", "2025-03-22")        # "last week" seen from Mon 24 Mar: Mon 17 - Fri 21 Mar 2025
art(S, "https://elkaramaelarabia.com/%d8%a8%d9%88%d8%b1%d8%b5%d8%a9-%d8%a5%d8%b3%d8%b7%d9%86%d8%a8%d9%88%d9%84-%d8%aa%d9%86%d9%87%d8%a7%d8%b1-%d8%a8%d8%b9%d8%af-%d8%a7%d8%b9%d8%aa%d9%82%d8%a7%d9%84-%d8%a5%d9%85%d8%a7%d9%85-%d8%a3%d9%88",
    "2025-03-19", "no date on the stored page and no date of its own in the text; an intraday report of the first session after Imamoglu's detention: BIST 100 at -6% after -6.9% earlier, the exchange's notice of the halt at 09:55:19, the lira at 44.11 to the euro and 38.84 to the dollar after -10% earlier; these are the figures of Wed 19 Mar 2025 (arabwindow and walaw of that day: the lira closed 'أمس الثلاثاء' at 36.67; arabkhabar of Thu 20: 'اعتقلت تركيا إمام أوغلو أمس الأربعاء'), so it was published on Wed 19 Mar 2025; headline kept from the page; the last, truncated sentence dropped", False, """
تنهار بورصة إسطنبول بعد اعتقال إمام أوغلو، والليرة التركية تنهار أيضاً
تراجع المؤشر القياسي لبورصة تركيا BIST 100 بنسبة 6%، بعدما بلغ الهبوط في وقت سابق 6.9%، إثر احتجاز رئيس بلدية إسطنبول أكرم إمام أوغلو احتجازاً سابقاً للمحاكمة بتهمتي الرشوة ومساعدة جماعة إرهابية.
وفي وقت سابق، أوقفت السلطات التعاملات بصورة مؤقتة.
وجاء في إعلان البورصة: "اعتباراً من الساعة 09:55:19، عُلّق التداول مؤقتاً في كل فئات سوق الأوراق المالية لدينا، وفي العقود المبنية على الأسهم ومؤشراتها في سوق العقود الآجلة والخيارات، وفي سوق إعادة شراء الأسهم".
وهبطت الليرة التركية 5% أمام اليورو إلى 44.11 ليرة، وهو أدنى مستوى في تاريخها.
كما تراجعت العملة التركية بأكثر من 5% أمام الدولار لتبلغ 38.84، بعد أن وصل انخفاضها في وقت سابق إلى 10%.
عواقب غير متوقعة
وقد انتقد حزب المعارضة الرئيسي هذه الخطوة من جانب السلطات التركية، واصفاً إياها بأنها "محاولة انقلاب ضد الرئيس المقبل".
ويُنظر على نطاق واسع إلى إمام أوغلو، القيادي البارز في حزب الشعب الجمهوري المعارض، على أنه منافس قوي للرئيس رجب طيب أردوغان.
""", [
    ev("bist-plunge", "تراجع المؤشر القياسي لبورصة تركيا BIST 100 بنسبة 6%", DETAINED, "no own expression; the first session after the detention, Wed 19 Mar 2025 (tdaween/arincen: 'اليوم الأربعاء')"),
    ev("imamoglu-detained", "إثر احتجاز رئيس بلدية إسطنبول أكرم إمام أوغلو", DETAINED, "no own expression; detained on Wed 19 Mar 2025 (arabkhabar of Thu 20: 'أمس الأربعاء')"),
    ev("bist-halt", "أوقفت السلطات التعاملات بصورة مؤقتة", DETAINED, "no own expression; the market-wide halt at 09:55:19 on Wed 19 Mar 2025"),
    ev("lira-record-low", "وهبطت الليرة التركية 5% أمام اليورو", DETAINED, "no own expression; the lira's record fall of Wed 19 Mar 2025 (arabkhabar: 'خلال تعاملات أمس الأربعاء')"),
    ev("chp-coup-charge", "وقد انتقد حزب المعارضة الرئيسي هذه الخطوة", DETAINED, "no own expression; the CHP's reaction on the day of the detention, Wed 19 Mar 2025"),
])
art(S, "https://arabkhabar.com/a/4363586",
    "2025-03-20", "date line 'تاريخ النشر: 20th, March 2025 GMT' on the page (not part of the body, dropped); the body's 'أمس الأربعاء' for the detention and the lira's fall of Wed 19 Mar 2025 agrees (20 Mar 2025 was a Thursday); headline kept from the page; the last, truncated sentence shortened", True, """
تركيا تتحفظ على شركة إمام أوغلو للبناء بعد اعتقاله
أفاد مكتب المدعي العام في إسطنبول بأن السلطات وضعت يدها على شركة البناء التي يملكها رئيس بلدية إسطنبول المعتقل أكرم إمام أوغلو بالشراكة مع آخرين.
وكانت تركيا قد اعتقلت إمام أوغلو أمس الأربعاء بتهم منها الفساد ومساعدة جماعة إرهابية، وهي خطوة هاجمها حزب المعارضة الرئيسي ورأى فيها "محاولة انقلاب على الرئيس المقبل"، على حد وصفه.
وأوضح مكتب المدعي العام، في بيان أصدره في وقت متأخر من أمس الأربعاء، أن التحفظ على شركة (إمام أوغلو للإنشاءات والتجارة والصناعة) جرى بقرار من محكمة بناء على تقارير تحقيق في جرائم مالية.
تراجعات الأسواق
ويأتي ذلك عقب تسجيل الليرة التركية أكبر هبوط يومي في تاريخها خلال تعاملات أمس الأربعاء، إذ انحدرت إلى مستوى قياسي بلغ 42 ليرة للدولار بتراجع نسبته 11%، وسط موجة بيع واسعة اجتاحت الأسواق المالية.
ورغم تدخل البنوك المحلية لدعم الليرة جزئياً، وتحسنها إلى 38.90 ليرة للدولار في آخر التعاملات، فإنها ما زالت عند أدنى مستوياتها على الإطلاق.
وكانت الليرة قد أنهت تعاملات يوم الثلاثاء عند 36.67 ليرة للدولار، ما يعني أنها خسرت أكثر من 12% من قيمتها في غضون ساعات.
""", [
    ev("company-seized", "وضعت يدها على شركة البناء", DETAINED, "no own expression; the court-ordered seizure made public in the prosecutor's statement of late Wed 19 Mar 2025 ('في وقت متأخر من أمس الأربعاء')"),
    ev("imamoglu-detained", "وكانت تركيا قد اعتقلت إمام أوغلو أمس الأربعاء", DETAINED, "'أمس الأربعاء' in an article of Thu 20 Mar 2025 = Wed 19 Mar"),
    ev("chp-coup-charge", "وهي خطوة هاجمها حزب المعارضة الرئيسي", DETAINED, "no own expression; the CHP's reaction on the day of the detention, Wed 19 Mar 2025"),
    ev("prosecutor-statement", "في بيان أصدره في وقت متأخر من أمس الأربعاء", DETAINED, "'في وقت متأخر من أمس الأربعاء' = late on Wed 19 Mar 2025"),
    ev("lira-record-low", "عقب تسجيل الليرة التركية أكبر هبوط يومي في تاريخها", DETAINED, "'خلال تعاملات أمس الأربعاء' = Wed 19 Mar 2025"),
    ev("lira-tuesday-close", "وكانت الليرة قد أنهت تعاملات يوم الثلاثاء عند 36.67", LIRA_TUE, "'يوم الثلاثاء' before Wed 19 Mar 2025 = Tue 18 Mar"),
])
art(S, "https://www.egyin.com/32923",
    "2025-03-23", "date line 'الأحد، 23 مارس 2025 11:35 م' on the page (not part of the body, dropped); the body's 'اليوم الأحد' agrees (23 Mar 2025 was a Sunday); headline kept from the page; the 'Short Url' line and the related headlines dropped", True, """
تركيا تحظر بيع الأسهم على المكشوف في بورصة إسطنبول، ما القصة؟
منعت هيئة أسواق المال التركية، اليوم الأحد، عمليات البيع على المكشوف في بورصة إسطنبول، وخففت كذلك القيود الخاصة بإعادة شراء الأسهم ومتطلبات نسب حقوق المساهمين إلى صافي الأصول حتى 25 أبريل المقبل، على خلفية الاضطرابات التي عرفتها السوق إثر اعتقال رئيس بلدية إسطنبول وسجنه، وفقاً لرويترز.
تخفيف شرط نسب حقوق المساهمين
وقررت الهيئة أيضاً تليين شرط نسب حقوق المساهمين إلى صافي الأصول في معاملات سوق الائتمان، وألغت السقف الأعلى للمبلغ الإجمالي المسموح به لإعادة شراء أسهم الشركات المدرجة.
وبيّنت الهيئة أنها أقدمت على هذه القرارات لضمان أن تعمل أسواق رأس المال بمصداقية وشفافية واستقرار، وحمايةً للمستثمرين، وفي هذا الإطار شدد البنك المركزي التركي على أنه يوظف كل الأدوات المتاحة في إطار قواعد السوق بفاعلية وحزم لصون الاستقرار، بحسب بيان لاتحاد البنوك التركية.
وبحث المحافظ وأعضاء مجلس الإدارة كذلك أحدث مستجدات السوق في اجتماعهم يوم الأحد، بعدما أصدرت محكمة في إسطنبول أمراً رسمياً باعتقال رئيس بلدية المدينة أكرم إمام أوغلو.
""", [
    ev("short-selling-ban", "منعت هيئة أسواق المال التركية، اليوم الأحد، عمليات البيع على المكشوف", BAN, "'اليوم الأحد' = Sun 23 Mar 2025"),
    ev("buyback-relief", "وخففت كذلك القيود الخاصة بإعادة شراء الأسهم", BAN, "decided 'اليوم الأحد' (Sun 23 Mar 2025) and valid 'حتى 25 أبريل المقبل' = until Fri 25 Apr 2025 (span 23 Mar - 25 Apr)", end="2025-04-26"),
    ev("cbrt-pledge", "شدد البنك المركزي التركي على أنه يوظف كل الأدوات المتاحة", BAN, "no own expression; the banks association's statement on the governor's meeting of Sun 23 Mar 2025"),
    ev("cbrt-meeting", "في اجتماعهم يوم الأحد", BAN, "'يوم الأحد' = Sun 23 Mar 2025, the day of the article"),
    ev("arrest-order", "بعدما أصدرت محكمة في إسطنبول أمراً رسمياً باعتقال", BAN, "no own expression; the court ordered Imamoglu's formal arrest on Sun 23 Mar 2025 (roayahnews: 'وقضت محكمة تركية، الأحد، بحبس أكرم إمام أوغلو')"),
])
art(S, "https://madanyon.com/posts/6148",
    "2025-03-24", "no date line on the stored page; the body's 'تعاملات اليوم الإثنين' for the partial rebound after last week's 16.6% fall and the short-selling ban of Sun 23 Mar 2025 gives Mon 24 Mar 2025 (roayahnews: 'الاثنين 24 مارس 2025'); headline written from the body (the stored text has none)", True, """
الأسهم التركية ترتفع 3.1% بعد حظر البيع على المكشوف
ارتفعت الأسهم التركية 3.1 بالمئة في تعاملات اليوم الإثنين، في تعافٍ جزئي يعقب الهبوط الحاد الذي شهدته الأسبوع الماضي.
ويأتي هذا الصعود عقب قرار هيئة أسواق المال التركية منع عمليات البيع على المكشوف في البورصة.
وكان المؤشر القياسي لبورصة إسطنبول قد أنهى الأسبوع الماضي على تراجع بلغ 16.6 بالمئة، في أكبر خسارة له منذ الأزمة المالية العالمية في أكتوبر 2008.
كذلك صعد المؤشر الفرعي للقطاع المصرفي 3.23 بالمئة، بعدما تكبد هبوطاً تجاوز 26 بالمئة في الأسبوع السابق.
""", [
    ev("bist-rebound", "ارتفعت الأسهم التركية 3.1 بالمئة في تعاملات اليوم الإثنين", REBOUND, "'اليوم الإثنين' = Mon 24 Mar 2025"),
    ev("short-selling-ban", "عقب قرار هيئة أسواق المال التركية منع عمليات البيع على المكشوف", BAN, "no own expression; the ban of Sun 23 Mar 2025 (egyin: 'اليوم الأحد')"),
    ev("bist-weekly-loss", "قد أنهى الأسبوع الماضي على تراجع بلغ 16.6 بالمئة", WEEK[0], "'الأسبوع الماضي' from Mon 24 Mar 2025 = the trading week Mon 17 - Fri 21 Mar 2025", end=WEEK[1]),
    ev("gfc-2008", "الأزمة المالية العالمية في أكتوبر 2008", "2008-10-01", "'أكتوبر 2008' = the month of October 2008", end="2008-11-01"),
    ev("bank-index-rise", "صعد المؤشر الفرعي للقطاع المصرفي 3.23 بالمئة", REBOUND, "no own expression; the same session of Mon 24 Mar 2025"),
    ev("bank-index-weekly-loss", "بعدما تكبد هبوطاً تجاوز 26 بالمئة في الأسبوع السابق", WEEK[0], "'في الأسبوع السابق' from Mon 24 Mar 2025 = Mon 17 - Fri 21 Mar 2025", end=WEEK[1]),
])

# ---------------------------------------------------------------- kuwait-boursa-premier-halt-2020
S = "kuwait-boursa-premier-halt-2020"
HALT = "2020-03-01"                        # Sun 1 Mar 2020: Premier Market halted after a fall of more than 10%, Gulf markets plunge
SAT = "2020-02-29"                         # Sat 29 Feb 2020: the bourse's announcement on Sunday's session and the hall closure
art(S, "https://arabic.cnn.com/amphtml/business/article/2020/03/01/kuwait-stock-market-corona-virus-closure",
    "2020-03-01", "the page's URL carries 2020/03/01; the body's 'الأحد' and the statement's 'اليوم الأحد الموافق 01-03-2020' agree (1 Mar 2020 was a Sunday); the 'نشر' / 'دقيقتين قراءة' and advert lines dropped; headline kept from the page; the last word of the truncated last sentence completed", True, """
الكويت توقف تداولات السوق الأول بعد تراجعه لأكثر من 10%
دبي، الإمارات العربية المتحدة (CNN)— أعلنت البورصة الكويتية، الأحد، إيقاف التعاملات في السوق الأول حتى نهاية جلسة اليوم ذاته (الأحد)، إثر هبوط المؤشر بنسبة فاقت الـ10%.
وقالت البورصة الكويتية في بيان: "استناداً إلى نص المادة 9-26-2 من قواعد البورصة، أوقف التداول في السوق الأول حتى نهاية جلسة تداول اليوم الأحد الموافق 01-03-2020 مع إلغاء مزاد الإغلاق، بسبب انخفاض مؤشر السوق الأول بأكثر من 10%، مع العلم أن إيقاف التداول في السوق الأول لا يوقف التداول في السوق الرئيسي تلقائياً ما لم يهبط مؤشر السوق الرئيسي إلى المستويات الموجبة لوقف تداوله".
وأفادت وكالة الأنباء الكويتية الرسمية في تقرير بأن البورصة أوضحت، السبت، أن جلسة تداولات الأحد ستجري كالمعتاد، على أن تُغلق قاعة التداول الرئيسية وتُزال كل مقاعد الزوار في الممرات الخارجية للحد من التجمعات حرصاً على السلامة العامة.
وتأتي هذه الأنباء في وقت رفعت فيه السلطات الكويتية عدد المصابين بفيروس كورونا الجديد، المعروف بـ"كوفيد- 19"، إلى 46 شخصاً، بعد رصد إصابة شخص عائد من إيران خلال الساعات الـ24 الماضية.
""", [
    ev("premier-halt", "إيقاف التعاملات في السوق الأول", HALT, "'الأحد' and 'اليوم الأحد الموافق 01-03-2020' = Sun 1 Mar 2020"),
    ev("premier-index-plunge", "إثر هبوط المؤشر بنسبة فاقت الـ10%", HALT, "no own expression; the fall that triggered the halt, the same Sunday, 1 Mar 2020"),
    ev("saturday-announcement", "أن البورصة أوضحت، السبت،", SAT, "'السبت' before Sun 1 Mar 2020 = Sat 29 Feb 2020"),
    ev("hall-closure", "على أن تُغلق قاعة التداول الرئيسية", HALT, "no own expression; the main trading hall closed from Sun 1 Mar 2020 (the bourse's notice: 'ابتداء من يوم الأحد، الموافق ١ مارس ٢٠٢٠، حتى إشعار آخر'), the start day only"),
])
art(S, "https://ektesaduna.com/archives/10782",
    "2020-03-01", "no date line on the stored page; the body's 'اليوم الأحد' for the halt of Sun 1 Mar 2020 (CNN: 'اليوم الأحد الموافق 01-03-2020'); a Sputnik report; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
بورصة الكويت توقف التداول في السوق الأول بعد هبوط مؤشره
قررت بورصة الكويت، اليوم الأحد، إيقاف التداول في السوق الأول حتى انتهاء الجلسة وإلغاء مزاد الإغلاق، بسبب تراجع المؤشر العام بأكثر من 10 بالمئة.
موسكو– سبوتنيك. ونقلت وكالة "كونا" الكويتية الرسمية عن البورصة قولها "إن وقف التداول في السوق الأول جاء لهبوط مؤشره بنسبة زادت على 10 بالمئة"، مشيرة إلى أن إيقاف التداول في السوق الأول لا يستتبع تلقائياً وقف التداول في السوق الرئيسي "ما لم يهبط مؤشر السوق الرئيسي إلى المستويات التي تستوجب وقف تداوله".
ومنيت المؤشرات الكويتية بخسائر حادة خلال النصف ساعة الأولى من جلسة اليوم، واستمرت هذه الخسائر حتى تمام الساعة 10:10 صباح اليوم بتوقيت الكويت.
وهبط مؤشر السوق الأول بنسبة 10.98 بالمئة قبل إعلان إيقافه عن التداول، في حين تراجع مؤشر السوق العام 9.18 بالمئة، ونزل مؤشر السوق الرئيسي 4.07 بالمئة، وانخفض مؤشر "رئيسي 50" بنسبة 5.06 بالمئة.
وافتتحت بورصة الكويت تعاملاتها الأسبوعية، اليوم، بهبوط المؤشر العام 487 نقطة إلى مستوى 5584.99 نقطة، بنسبة 8.02 في المئة.
وبلغت كميات تداولات المؤشر 32.2 مليون سهم، نُفذت عبر 1124 صفقة نقدية بقيمة 4.8 مليون دينار كويتي (نحو 16.32 مليون دولار أمريكي).
وكانت بورصة الكويت أعلنت، أمس، ترتيبات التداول في جلسة الأحد.
""", [
    ev("premier-halt", "إيقاف التداول في السوق الأول حتى انتهاء الجلسة", HALT, "'اليوم الأحد' = Sun 1 Mar 2020"),
    ev("early-losses", "ومنيت المؤشرات الكويتية بخسائر حادة خلال النصف ساعة الأولى", HALT, "'جلسة اليوم' and 'حتى تمام الساعة 10:10 صباح اليوم' = the morning of Sun 1 Mar 2020"),
    ev("premier-index-plunge", "وهبط مؤشر السوق الأول بنسبة 10.98 بالمئة", HALT, "no own expression; the same session, Sun 1 Mar 2020"),
    ev("all-share-drop", "في حين تراجع مؤشر السوق العام 9.18 بالمئة", HALT, "no own expression; the same session, Sun 1 Mar 2020"),
    ev("main-index-drop", "ونزل مؤشر السوق الرئيسي 4.07 بالمئة", HALT, "no own expression; the same session, Sun 1 Mar 2020"),
    ev("saturday-announcement", "وكانت بورصة الكويت أعلنت، أمس،", SAT, "'أمس' from Sun 1 Mar 2020 = Sat 29 Feb 2020"),
])
art(S, "https://arabi21.co.uk/story/1249048/%D8%A8%D8%B3%D8%A8%D8%A8-%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%AA%D9%88%D9%82%D9%81-%D8%A7%D9%84%D8%AA%D8%AF%D8%A7%D9%88%D9%84-%D9%88%D9%87%D8%A8%D9%88%D8%B7-%D8%A8%D8%A7%D9%84%D8%A8%D9%88%D8%B1%D8%B5%D8%A9-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9",
    "2020-03-01", "no date on the stored page and no date of its own in the text (only the weekday 'الأحد' and 'جلسة تداول اليوم'); an intraday report ('وبحلول الساعة (08:11 ت.غ)') of the halt of Sun 1 Mar 2020 with 45 confirmed cases, so it was published on Sun 1 Mar 2020; the section tag, the photo caption and the 'اقرأ أيضا' link dropped; headline kept from the page", False, """
بسبب "كورونا".. الكويت توقف "التداول" وهبوط بالبورصة السعودية
قررت بورصة الكويت، الأحد، وقف التداول على مؤشر "السوق الأول" حتى ختام جلسة تداول اليوم، وإلغاء مزاد الإغلاق، بعد أن هبط المؤشر بما يزيد على 10%.
وذكرت البورصة في بيان أن الإيقاف جاء التزاماً بالمادة "9-26-2" من قواعدها، التي توجب هذه الخطوة متى تخطى التراجع 10%.
ولا يترتب على وقف التداول في "السوق الأول" إيقاف التداول في السوق الرئيس تلقائياً، إلا إذا هبط مؤشر السوق الرئيس إلى المستويات المؤدية إلى وقف تداوله.
ويتزامن التعليق مع مواصلة البلاد إجراءاتها للحد من تفشي فيروس "كورونا" المستجد على أراضيها، حيث سُجلت 45 إصابة مؤكدة.
وبحلول الساعة (08:11 ت.غ)، تراجع مؤشر "السوق الأول" بنسبة 10.98% بخسارة نحو 739.16 نقطة، ليستقر عند 5991.02 نقطة.
وانخفض مؤشر "السوق الرئيس" في بورصة الكويت بنسبة 4.04% إلى 4576.73 نقطة، فاقداً 192 نقطة.
أما مؤشر "السوق العام" فقد هبط بنسبة 9.19% أو 557.9 نقطة إلى 5514.15 نقطة.
ويجري ذلك وسط هبوط قياسي في الأسواق العالمية بفعل تزايد المخاوف من أن يقود فيروس "كورونا" السريع الانتشار إلى ركود اقتصادي.
""", [
    ev("premier-halt", "وقف التداول على مؤشر \"السوق الأول\"", HALT, "'الأحد' = Sun 1 Mar 2020 (CNN: 'اليوم الأحد الموافق 01-03-2020')"),
    ev("premier-index-plunge", "تراجع مؤشر \"السوق الأول\" بنسبة 10.98%", HALT, "'بحلول الساعة (08:11 ت.غ)' of the same Sunday, 1 Mar 2020"),
    ev("main-index-drop", "وانخفض مؤشر \"السوق الرئيس\" في بورصة الكويت بنسبة 4.04%", HALT, "no own expression; the same session, Sun 1 Mar 2020"),
    ev("all-share-drop", "فقد هبط بنسبة 9.19% أو 557.9 نقطة", HALT, "no own expression; the same session, Sun 1 Mar 2020"),
])
art(S, "https://kayhan.ir/100SdP",
    "2020-03-02", "no date line on the stored page; the body's 'في بداية تعاملات امس الأحد، أولى جلسات الأسبوع' for the plunge of Sun 1 Mar 2020 gives Mon 2 Mar 2020 (2 Mar 2020 was a Monday); a wire report (its later 'حنى نهاية جلسة، اليوم' is copied from a report of the Sunday and kept verbatim); headline kept from the page; the last, truncated sentence (the February losses report) dropped", True, """
انهيار جماعي للبورصات الخليجية... وإيقاف التداول في الكويت
الكويت – وكالات: هوت البورصات الخليجية مجتمعة في مستهل تعاملات امس الأحد، أولى جلسات الأسبوع، ما اضطر سوق الكويت إلى وقف التداول بعدما انحدر المؤشر الأول بأكثر من 10 في المائة.
وحدث ذلك في ظل حالة ذعر سادت المستثمرين من تبعات فيروس كورونا، الذي امتد إلى تلك الدول وأخذ يصيب قطاعات النفط والطيران والسياحة.
وقررت بورصة الكويت وقف التداول في السوق الأول حتى نهاية جلسة، اليوم مع إلغاء مزاد الإغلاق، إثر هبوط مؤشره بنحو 10.9 في المائة.
ولفتت إلى أن إيقاف التداول في السوق الأول لا يفضي تلقائياً إلى وقف التداول في السوق الرئيسي، ما لم يتراجع مؤشر السوق الرئيسي إلى المستويات الموجبة لوقف تداوله. وتراجع مؤشر السوق الرئيسي بنسبة 4.07 في المائة، في حين انخفض مؤشر السوق العام بنسبة 9.18 في المائة.
وتهاوى المؤشر العام للسوق السعودية كذلك بنسبة 4.06 في المائة، ونزل المؤشر العام لسوق دبي المالي 4.2 في المائة، وأبو ظبي 3.5 في المائة، والبحرين 3.43 في المائة، وسوق مسقط 1.15 في المائة، بينما كانت قطر الأقل تراجعاً بنسبة 0.6 في المائة.
""", [
    ev("gulf-markets-plunge", "هوت البورصات الخليجية مجتمعة في مستهل تعاملات امس الأحد", HALT, "'امس الأحد' in an article of Mon 2 Mar 2020 = Sun 1 Mar"),
    ev("premier-halt", "وقررت بورصة الكويت وقف التداول في السوق الأول", HALT, "the halt of Sun 1 Mar 2020 ('امس الأحد'; the copied 'اليوم' is the Sunday of the wire report)"),
    ev("premier-index-plunge", "إثر هبوط مؤشره بنحو 10.9 في المائة", HALT, "no own expression; the session of Sun 1 Mar 2020"),
    ev("main-index-drop", "وتراجع مؤشر السوق الرئيسي بنسبة 4.07 في المائة", HALT, "no own expression; the session of Sun 1 Mar 2020"),
    ev("all-share-drop", "انخفض مؤشر السوق العام بنسبة 9.18 في المائة", HALT, "no own expression; the session of Sun 1 Mar 2020"),
    ev("saudi-index-drop", "وتهاوى المؤشر العام للسوق السعودية كذلك بنسبة 4.06 في المائة", HALT, "no own expression; the same Sunday session, 1 Mar 2020"),
])

# ---------------------------------------------------------------- uae-adnoc-gas-ipo-listing-2023
S = "uae-adnoc-gas-ipo-listing-2023"
UPSIZED = "2023-02-27"                     # Mon 27 Feb 2023: offer raised from 4% to 5% (argaam, date line 2023/02/27, 'اليوم')
RETAIL_CLOSE = "2023-03-01"                # Wed 1 Mar 2023: retail and employee tranches closed
INST_CLOSE = "2023-03-02"                  # Thu 2 Mar 2023: qualified-investor tranche closed
RESULT = "2023-03-03"                      # Fri 3 Mar 2023: final price 2.37 dirhams, ~50x demand announced
ALLOT = "2023-03-08"                       # Wed 8 Mar 2023: allotment notices and refunds
LISTING = "2023-03-13"                     # Mon 13 Mar 2023: listing and first trading on ADX
art(S, "https://argaam.com/ar/switch-view?mobile=true&returnUrl=https%3A%2F%2Fwww.argaam.com%2Far%2Farticle%2Farticledetail%2Fid%2F1626777",
    "2023-03-08", "date line '2023/03/08 أرقام' on the page (not part of the body, dropped); the body's 'اليوم الأربعاء الموافق لـ 8 مارس 2023' agrees (8 Mar 2023 was a Wednesday); the market ticker and logo caption dropped; headline kept from the page; the last, truncated sentence dropped", True, """
اليوم.. تخصيص أسهم أدنوك للغاز ورد الفائض للمكتتبين
عيّنت شركة أدنوك للغاز، اليوم الأربعاء الموافق لـ 8 مارس 2023، موعداً للإعلان عن تخصيص أسهمها، إذ ستُرسل إشعارات التخصيص إلى المشاركين في الاكتتاب ضمن الشريحة الأولى الخاصة بالأفراد والشريحة الثالثة الخاصة بموظفي شركات أدنوك، وهو أيضاً موعد رد الفائض وفق نشرة الإصدار.
وتجدر الإشارة إلى أن اكتتاب الأفراد في أسهم أدنوك للغاز أُغلق بتاريخ 1 مارس، في حين أُغلق اكتتاب المؤسسات والشركات (الشريحة الثانية) في 2 مارس 2023.
وكان نجاح الاكتتاب قد أُعلن يوم الجمعة الماضي، إذ بيعت الأسهم المطروحة بعائدات إجمالية قدرها 9.1 مليار درهم (2.5 مليار دولار).
وسجلت عملية البناء السعري عبر سجل أوامر الاكتتاب قيمة إجمالية فاقت 124 مليار دولار (ما يوازي أكثر من 450 مليار درهم)، ليتخطى الاكتتاب في مجمله القيمة المستهدفة بنحو 50 مرة.
وكانت الشركة قد زادت الأسهم المعروضة للطرح من 4% إلى 5% من رأس المال، لتصل إلى 3837.6 مليون سهم، بسعر طرح قدره 2.37 درهم للسهم.
وذكرت أنها وسّعت حجم الشريحة الأولى في الطرح من 10% إلى 12%، أي نحو 460.5 مليون سهم عادي.
""", [
    ev("allotment", "موعداً للإعلان عن تخصيص أسهمها", ALLOT, "'اليوم الأربعاء الموافق لـ 8 مارس 2023' = Wed 8 Mar 2023"),
    ev("retail-close", "اكتتاب الأفراد في أسهم أدنوك للغاز أُغلق بتاريخ 1 مارس", RETAIL_CLOSE, "'1 مارس' (2023) = Wed 1 Mar 2023"),
    ev("institutional-close", "أُغلق اكتتاب المؤسسات والشركات (الشريحة الثانية) في 2 مارس 2023", INST_CLOSE, "'2 مارس 2023' = Thu 2 Mar 2023"),
    ev("ipo-result", "وكان نجاح الاكتتاب قد أُعلن يوم الجمعة الماضي", RESULT, "'يوم الجمعة الماضي' from Wed 8 Mar 2023 = Fri 3 Mar 2023 (attaqa: 'اليوم الجمعة 3 مارس')"),
    ev("offer-upsized", "وكانت الشركة قد زادت الأسهم المعروضة للطرح من 4% إلى 5%", UPSIZED, "no own expression; the upsizing announced on Mon 27 Feb 2023 (argaam, date line 2023/02/27: 'أعلنت مجموعة أدنوك للغاز اليوم عن زيادة عدد الأسهم')"),
])
art(S, "https://www.erembusiness.com/arabstocks/fdb1hb3pam",
    "2023-03-13", "no date on the stored page and no date of its own in the text; it reports the share's rise 'في الدقائق الأولى من التداولات' above the IPO price, i.e. the first session after the listing of Mon 13 Mar 2023 (argaam, date line 2023/03/13: 'يشهد سوق أبوظبي للأوراق المالية اليوم الإثنين الموافق لـ 13 مارس 2023 إدراج وبدء تداول أسهم أدنوك للغاز'), so it was published on Mon 13 Mar 2023; headline written from the body (the stored text begins without one)", False, """
سهم أدنوك للغاز يرتفع في الدقائق الأولى من تداوله
صعد سهم "أدنوك للغاز"، الذراع التابعة لشركة بترول أبوظبي الوطنية "أدنوك"، في الدقائق الأولى من التداولات إلى ما يزيد على 2.8 درهم للسهم، قياساً بسعر الطرح العام الأولي البالغ 2.37 درهم.
ولقي الاكتتاب في طرح "أدنوك للغاز" إقبالاً واسعاً من المستثمرين، حتى بعد زيادة حجم الطرح من 4 إلى 5% من أسهم الشركة تلبيةً للطلب القوي.
ووصل حجم الطرح إلى نحو 2,5 مليار دولار بعد تثبيت السعر النهائي للسهم عند 2,37 درهم (0,645 دولار)، فيما بلغت القيمة السوقية للشركة قرابة 50 مليار دولار.
وسيكون الاكتتاب العام في "أدنوك للغاز" أكبر طرح أولي في العالم حتى الآن خلال عام 2023، وأكبر إدراج على الإطلاق في سوق أبوظبي للأوراق المالية.
ومع تخطي الاكتتاب القيمة المستهدفة بخمسين مرة، أصبح الطلب على طرح أدنوك العام الأكبر في الشرق الأوسط وشمال إفريقيا، متجاوزاً الرقم القياسي العالمي البالغ 29,4 مليار دولار الذي حققته شركة "أرامكو" السعودية قبل ثلاث سنوات.
وربما يكون الطرح العام الأولي لـ"أدنوك للغاز" فاتحة لسلسلة من الاكتتابات العامة الأخرى في أبوظبي هذا العام.
""", [
    ev("debut-rise", "في الدقائق الأولى من التداولات إلى ما يزيد على 2.8 درهم للسهم", LISTING, "no own expression; the first session on ADX, Mon 13 Mar 2023 (argaam: 'اليوم الإثنين الموافق لـ 13 مارس 2023')"),
    ev("offer-upsized", "حتى بعد زيادة حجم الطرح من 4 إلى 5% من أسهم الشركة", UPSIZED, "no own expression; the upsizing of Mon 27 Feb 2023 (argaam of that day)"),
    ev("ipo-result", "بعد تثبيت السعر النهائي للسهم عند 2,37 درهم", RESULT, "no own expression; the final price announced on Fri 3 Mar 2023 (attaqa: 'اليوم الجمعة 3 مارس'; argaam of Wed 8: 'يوم الجمعة الماضي')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 508
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
