"""Builds stories.jsonl: the 520-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: harvests and crop purchase campaigns (wheat, dates,
olives: season openings, purchase prices, quantities received).
Stories: the Syrian General Establishment for Grain's wheat receipts of June 2025 (212,826 tonnes) and its
"Sham Cash" payment circular (Syria, June 2025); the Iraqi trade minister's visit to Anbar and the announcement
of wheat self-sufficiency (Iraq, May-June 2025); the 18th Liwa Date Festival and its rutab contests (Al Dhafra,
Abu Dhabi, UAE, July 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-wheat-receipts-sham-cash-2025
S = "syria-wheat-receipts-sham-cash-2025"
TOTAL = "2025-06-25"                        # SANA reported the total of 212,826 t and the Sham Cash circular on Wed 25 Jun 2025
RECEIVING = ("2025-05-25", "2025-07-09")    # the 2025 wheat receiving campaign: first deliveries paid for ran from 25 May, the campaign was extended to Tue 8 Jul 2025
art(S, "https://alislahiyah.com/2025/06/25/212-%d8%a3%d9%84%d9%81-%d8%b7%d9%86-%d8%a5%d8%ac%d9%85%d8%a7%d9%84%d9%8a-%d9%85%d8%ad%d8%b5%d9%88%d9%84-%d8%a7%d9%84%d9%82%d9%85%d8%ad-%d9%84%d9%85%d9%88%d8%b3%d9%85-2025-%d8%ad%d8%aa%d9%89-%d8%a7/?responsive=true",
    "2025-06-25", "no date line on the stored page and no date in the text; the permalink '/2025/06/25/' and the content (the total of 212,826 tonnes, the figure SANA carried on Wed 25 Jun 2025 according to yallasyrianews: 'نقلته وكالة الأنباء الرسمية (سانا) اليوم الأربعاء 25 حزيران') give Wed 25 Jun 2025; the 'Post Views' counter dropped; headline rendered from the URL slug, whose last word is cut ('حتى ا') and completed as 'حتى الآن'", False, """
212 ألف طن إجمالي محصول القمح لموسم 2025 حتى الآن
أفاد المدير العام للمؤسسة السورية للحبوب حسن محمد العثمان بأن مجموع ما تسلمته المؤسسة من أقماح محصول موسم 2025 وصل إلى 212,826 طناً في جميع المحافظات، وأضاف:
نجري جولات ميدانية على مراكز الاستلام لنستمع إلى الفلاحين ونتحقق من جاهزية المعدات وتعقيم الصوامع لاستقبال الوارد من الأقماح.
تواجه المؤسسة صعوبات منها تدمير النظام السابق للبنية التحتية ومنشآت التخزين، وهو ما جعل نقل القمح من المزارع إلى المراكز الجاهزة أمراً عسيراً.
تتصدر الإنتاج منطقتا سهل الغاب وحلب لوجود قنوات ري تتغذى من نهر الفرات.
وتتميز الأقماح المنتجة بجودة ومواصفات عالية، إذ اكتمل نضج حباتها وحققت وزناً نوعياً جيداً بصنفيها القاسي والطري.
""", [
    ev("receipts-212826", "وصل إلى 212,826 طناً في جميع المحافظات", TOTAL, "no own expression; the cumulative total of 212,826 t that SANA carried on Wed 25 Jun 2025 (yallasyrianews: 'اليوم الأربعاء 25 حزيران')"),
    ev("field-tours", "نجري جولات ميدانية على مراكز الاستلام", RECEIVING[0], "no own expression; the director's tours of the receiving centres during the campaign, up to the statement of Wed 25 Jun 2025 (my span 25 May - 25 Jun 2025)", end="2025-06-26"),
    ev("wheat-receiving", "لاستقبال الوارد من الأقماح", RECEIVING[0], "no own expression; the 2025 receiving campaign of the Syrian Establishment for Grain: deliveries from 25 May 2025 (SANA on the first payment for deliveries of 25 May - 3 Jun), extended to Tue 8 Jul 2025", end=RECEIVING[1]),
])
art(S, "http://www.yallasyrianews.com/a/27161",
    "2025-06-26", "page stamp 'الخميس, 26 يونيو 2025 04:37 AM' (removed from the text, so states_date false); the body's 'اليوم الأربعاء 25 حزيران' is the day SANA carried the circular (this copy's source), not the day of this copy; headline kept from the page; the list of provinces cut after Daraa (the stored excerpt breaks off at '14,877 طنًا في د'; Daraa's 14.8 thousand tonnes is confirmed by another copy of the SANA list)", False, """
تسهيلًا على المزارعين: "السورية للحبوب" تعتمد "شام كاش" لدفع مستحقات القمح
وجّهت المؤسسة العامة السورية للحبوب فروعها في المحافظات كافة بأن تبلغ مراكز الشراء المزارعين الذين يرغبون في تسليم قمح موسم 2025 بوجوب فتح حساب على "شام كاش".
وجاء في تعميم للمؤسسة، نقلته وكالة الأنباء الرسمية (سانا) اليوم الأربعاء 25 حزيران، أن رقم حساب "شام كاش" العائد للمزارع أو لمن يفوضه رسميًا سيُسجَّل في المركز الذي سُلِّمت إليه الأقماح، لكي تُحوَّل قيمة القمح المسلَّم بالدولار الأمريكي على أربع دفعات.
يُذكر أن "السورية للحبوب" باشرت استلام قمح الموسم الحالي منذ بداية شهر حزيران الجاري.
إجمالي الكميات المستلمة
وبحسب "سانا"، وصل مجموع ما تسلمته المؤسسة السورية للحبوب من قمح الموسم الحالي إلى 212,826 طنًا في المحافظات السورية المختلفة، موزعة على النحو الآتي: 2,981 طنًا في الرقة، و49,211 طنًا في حلب، و7,337 طنًا في دير الزور، و29,073 طنًا في إدلب، و83,625 طنًا في حماة، و18,715 طنًا في حمص، و259 طنًا في اللاذقية، و4,631 طنًا في طرطوس، و2,040 طنًا في دمشق وريفها، و14,877 طنًا في درعا.
""", [
    ev("sham-cash-directive", "وجّهت المؤسسة العامة السورية للحبوب فروعها في المحافظات كافة", TOTAL, "no own expression; the directive is the circular that SANA carried on Wed 25 Jun 2025 ('اليوم الأربعاء 25 حزيران' in the next sentence)"),
    ev("sham-cash-circular", "نقلته وكالة الأنباء الرسمية (سانا) اليوم الأربعاء 25 حزيران", TOTAL, "'اليوم الأربعاء 25 حزيران' = Wed 25 Jun 2025 (the source's day; this copy is of Thu 26 Jun)"),
    ev("wheat-receiving", "باشرت استلام قمح الموسم الحالي منذ بداية شهر حزيران الجاري", RECEIVING[0], "'منذ بداية شهر حزيران الجاري' = early June 2025 for the start; the campaign as a whole: deliveries from 25 May 2025 (SANA on the first payment for deliveries of 25 May - 3 Jun), extended to Tue 8 Jul 2025", end=RECEIVING[1]),
    ev("receipts-212826", "وصل مجموع ما تسلمته المؤسسة السورية للحبوب من قمح الموسم الحالي إلى 212,826 طنًا", TOTAL, "no own expression; the total that SANA reported on Wed 25 Jun 2025 together with the circular"),
])

# ---------------------------------------------------------------- iraq-wheat-self-sufficiency-anbar-2025
S = "iraq-wheat-self-sufficiency-anbar-2025"
ANNOUNCE = "2025-05-31"                     # Sat 31 May 2025: the trade minister's surprise visit to Anbar and the announcement of self-sufficiency
art(S, "https://zagrosnews.net/ar/news/70608",
    "2025-05-31", "no date line on the stored page (the header 'الخميس 19 حزيران 16:19' is the site's clock at the crawl, dropped with the weather and the brand lines); the body's 'اليوم السبت (31 أيار 2025)' gives Sat 31 May 2025 (31 May 2025 was a Saturday); headline kept from the page; the truncated last word of the last sentence ('الموسم ا') dropped", True, """
التجارة الاتحادية تعلن تحقيق الاكتفاء الذاتي من محصول الحنطة
أعلنت وزارة التجارة العراقية، اليوم السبت (31 أيار 2025)، أن البلاد بلغت الاكتفاء الذاتي من محصول الحنطة.
وأفاد بيان للوزارة بأن وزير التجارة أثير داود الغريري قام بزيارة مفاجئة إلى محافظة الأنبار ليطّلع ميدانياً على مجريات الحملة التسويقية لمحصول الحنطة، ضمن متابعته المباشرة لعمليات تسلم المحصول من المزارعين، فتفقد المواقع التسويقية في المحافظة واجتمع بعدد من المزارعين الذين يسوقون الحنطة، للوقوف على أسباب الزخم الذي تشهده عمليات التسويق واستلام الكميات.
وتابع البيان أن الوزير أكد أثناء جولته ضرورة إزالة العقبات التي تعرقل انسيابية العمل، ووجّه الجهات المختصة باستيعاب كل الكميات المسوقة من الحنطة وتنظيم دخول عجلات المزارعين لتسليم محاصيلهم على نحو يسرّع الإجراءات ويمنع التكدس.
وبحسب البيان، شدد الوزير على أن "الموسم الحالي بلغ الاكتفاء الذاتي من محصول الحنطة، وأن المخزونات المتاحة تكفل توزيع مادة الطحين ضمن البطاقة التموينية للمواطنين حتى الموسم التسويقي المقبل".
وختم الغريري زيارته بالتأكيد على وجوب مواصلة العمل بروح الفريق الواحد لضمان نجاح الموسم.
""", [
    ev("self-sufficiency-announcement", "أعلنت وزارة التجارة العراقية، اليوم السبت (31 أيار 2025)", ANNOUNCE, "'اليوم السبت (31 أيار 2025)' = Sat 31 May 2025"),
    ev("anbar-visit", "قام بزيارة مفاجئة إلى محافظة الأنبار", ANNOUNCE, "no own expression; the visit during which the ministry's statement of Sat 31 May 2025 was issued"),
    ev("farmers-meeting", "واجتمع بعدد من المزارعين الذين يسوقون الحنطة", ANNOUNCE, "no own expression; during the Anbar visit of Sat 31 May 2025"),
    ev("absorb-quantities-order", "ووجّه الجهات المختصة باستيعاب كل الكميات المسوقة من الحنطة", ANNOUNCE, "no own expression; the minister's instruction during the Anbar tour of Sat 31 May 2025"),
])
art(S, "https://ar.wedoany.com/shortnews/44945.html",
    "2025-06-06", "page stamp '2025-06-06 17:10' (removed from the text, with the 'المفضلة' button and the site's disclaimer and e-mail line, so states_date false); the body's 'يوم السبت' names the day of the announcement (Sat 31 May 2025, zagrosnews: 'اليوم السبت (31 أيار 2025)'), not the day of this article (Fri 6 Jun 2025); headline kept from the page", False, """
العراق يعلن تحقيق الاكتفاء الذاتي من القمح
صرّح وزير التجارة العراقي أثير غريري يوم السبت بأن البلاد بلغت الاكتفاء الذاتي في إنتاج القمح. وذكرت وكالة الأنباء العراقية أن الإعلان صدر أثناء زيارته الميدانية إلى محافظة الأنبار لتقصّي سير عملية شراء الحبوب من المزارعين.
وكان تقرير لرويترز في أكتوبر قد بيّن أن العراق حقق فائضاً في إنتاج القمح قدره 1.5 مليون طن بفضل الأمطار الجيدة والاستثمارات الحكومية الكبيرة، وهو فائض كبّد الدولة خسارة تقارب 500 مليون دولار. فمن أجل رفع الإنتاج في ظروف يغلب عليها الجفاف، دفعت الحكومة العراقية للمزارعين أسعاراً تتجاوز ضعف أسعار السوق العالمية.
من جهته، أوضح مدير عام شركة تجارة الحبوب العراقية حيدر نوري أن المخزون الاستراتيجي من القمح في العراق يزيد على 5.5 مليون طن، وهي كمية تسد الطلب المحلي لمدة عام، وتضمن ثبات أسعار الطحين إذا وقعت أزمات عالمية.
""", [
    ev("self-sufficiency-announcement", "صرّح وزير التجارة العراقي أثير غريري يوم السبت", ANNOUNCE, "'يوم السبت' in an article of Fri 6 Jun 2025 = Sat 31 May 2025 (zagrosnews: 'اليوم السبت (31 أيار 2025)')"),
    ev("anbar-visit", "أثناء زيارته الميدانية إلى محافظة الأنبار", ANNOUNCE, "no own expression; the Anbar visit of Sat 31 May 2025, during which the announcement was made"),
    ev("reuters-surplus-report", "وكان تقرير لرويترز في أكتوبر قد بيّن", "2024-10-01", "'في أكتوبر' from June 2025 = October 2024 (the month only)", end="2024-11-01"),
])

# ---------------------------------------------------------------- uae-liwa-date-festival-2022
S = "uae-liwa-date-festival-2022"
FEST = ("2022-07-16", "2022-07-25")         # the 18th Liwa Date Festival, Sat 16 - Sun 24 Jul 2022
CLOSING = "2022-07-24"                      # its last day, Sun 24 Jul 2022
art(S, "https://abudhabienv.ae/2022/07/18/10295",
    "2022-07-18", "the body's date line 'شبكة بيئة ابوظبي، ليوا، الظفرة، الامارات العربية المتحدة، 18 يوليو 2022' (kept, it opens the body) and the permalink '/2022/07/18/' give Mon 18 Jul 2022; headline kept from the page, the three sub-headings dropped (the Dabbas winner of one of them is kept in the last sentence, the young rutab seller's portrait dropped); the last, truncated sentence shortened", True, """
100 كيلوغرام وزن أكبر “عذج” في مهرجان ليوا للرطب 2022
شبكة بيئة ابوظبي، ليوا، الظفرة، الامارات العربية المتحدة، 18 يوليو 2022
احتدمت المنافسة بين مزارعي النخيل في دولة الإمارات ضمن مسابقة “أكبر عذج” في الدورة الثامنة عشرة من مهرجان ليوا للرطب، إذ وصل وزن أكبر عذج إلى 100 كيلوغرام، فيما تتواصل مسابقات المهرجان وفعالياته لغاية 24 يوليو الجاري في مدينة ليوا بمنطقة الظفرة، تحت رعاية سمو الشيخ منصور بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير ديوان الرئاسة، وبتنظيم من لجنة إدارة المهرجانات والبرامج الثقافية والتراثية في أبوظبي.
وكرّمت اللجنة المنظمة للمهرجان الفائزين في مسابقتي “أكبر عذج” و“مزاينة رطب الدباس”، بحضور مدير المهرجان عبيد خلفان المزروعي، وسعادة مبارك علي القصيلي المنصوري مدير مزاينة الرطب في المهرجان، وعبدالله بطي القبيسي مدير إدارة الفعاليات والاتصال في اللجنة.
وتصدّر المزارع “حمد عيسى حبيب المزروعي” المتنافسين في مسابقة “أكبر عذج”، بينما نال سيف صياح المنصوري المركز الأول في مزاينة “رطب الدباس”.
""", [
    ev("festival-runs", "الدورة الثامنة عشرة من مهرجان ليوا للرطب", FEST[0], "no own expression; the 18th edition ran from Sat 16 to Sun 24 Jul 2022 ('لغاية 24 يوليو الجاري'; start from the organisers' closing report: 'من 16 إلى الأحد 24')", end=FEST[1]),
    ev("festival-closing", "لغاية 24 يوليو الجاري", CLOSING, "'لغاية 24 يوليو الجاري' in July 2022 = Sun 24 Jul 2022"),
    ev("largest-bunch-contest", "احتدمت المنافسة بين مزارعي النخيل في دولة الإمارات ضمن مسابقة “أكبر عذج”", FEST[0], "no own expression; judged in the festival's first days, before the report of Mon 18 Jul 2022 (my span 16 - 18 Jul 2022)", end="2022-07-19"),
    ev("bunch-dabbas-crowning", "وكرّمت اللجنة المنظمة للمهرجان الفائزين في مسابقتي", "2022-07-17", "no own expression; the crowning reported on Mon 18 Jul 2022, held that day or the day before (my span 17 - 18 Jul 2022)", end="2022-07-19"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=28838156",
    "2022-07-20", "a WAM report carried by ksaplayers; the body's date line 'ليوا في 20 يوليو /وام /' (kept, it opens the body) gives 20 Jul; the year 2022 from the festival's end on 24 July ('لغاية 24 يوليو الجاري', as in the 18th edition of 2022) and from Sheikh Mansour's title 'نائب رئيس مجلس الوزراء وزير ديوان الرئاسة' (used between late 2021 and March 2023); headline written from the body (the stored text has none); the last, truncated sentence (the fruit-basket winner) dropped", True, """
نتائج مزاينات الشيشي وسلة فواكه الدار والتين في مهرجان ليوا للرطب
ليوا في 20 يوليو /وام / تنافس مزارعون من مناطق دولة الإمارات المختلفة بقوة في مسابقات مزاينة رطب الشيشي وسلة فواكه الدار والتين /الأصفر والأحمر/ ضمن مهرجان ليوا للرطب. وتتواصل مسابقات المهرجان وفعالياته في مدينة ليوا بمنطقة الظفرة لغاية 24 يوليو الجاري، برعاية سمو الشيخ منصور بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير ديوان الرئاسة، وتنظيم لجنة إدارة المهرجانات والبرامج الثقافية والتراثية في أبوظبي.
وكرّمت اللجنة المنظمة أصحاب المراكز الأولى في مسابقات مزاينة الشيشي وسلة فواكه الدار والتين /الأصفر والأحمر/، بحضور مدير المهرجان عبيد خلفان المزروعي، وسعادة مبارك علي القصيلي المنصوري مدير مزاينة الرطب، وسعادة محمد غانم المنصوري نائب الرئيس التنفيذي لشركة الفوعة.
وجاء المزارع "خلیفه محمد فريح هلال القبيسي" من سيح الخير أولاً في "مزاينة رطب الشيشي"، تلاه "ورثة عيسى فارس سعيد المزروعي" من ادحيج في المركز الثاني، ثم "معلا علي مرشد خميس المرر" من محضر سيح الخير الجديد ثالثاً، و"حمدة مبارك مصباح المرر" من الرملة الشرقية رابعاً، و"حمد علي مرشد خميس المرر" من الظويهر خامساً.
""", [
    ev("festival-runs", "ضمن مهرجان ليوا للرطب", FEST[0], "no own expression; the 18th edition, Sat 16 - Sun 24 Jul 2022", end=FEST[1]),
    ev("festival-closing", "لغاية 24 يوليو الجاري", CLOSING, "'لغاية 24 يوليو الجاري' in July 2022 = Sun 24 Jul 2022"),
    ev("sheeshi-contest", "تنافس مزارعون من مناطق دولة الإمارات المختلفة بقوة في مسابقات مزاينة رطب الشيشي", "2022-07-19", "no own expression; the contests whose results the WAM report of 20 Jul 2022 gives, held that day or the day before (my span 19 - 20 Jul 2022)", end="2022-07-21"),
    ev("sheeshi-crowning", "وكرّمت اللجنة المنظمة أصحاب المراكز الأولى", "2022-07-19", "no own expression; reported under the date line 'ليوا في 20 يوليو', held that day or the evening before (my span 19 - 20 Jul 2022)", end="2022-07-21"),
])
art(S, "https://arabradar.com/2022/07/21/مهرجان-ليوا-للرطب-يواصل-فعالياته-ومسا",
    "2022-07-21", "no date line on the stored page and no date of the article in the text; the permalink '/2022/07/21/' gives Thu 21 Jul 2022 (the 18th edition, to 24 Jul 2022, agrees); headline kept from the page, its sub-headings folded into the body (the municipality, police pavilion, children's village and market lines); the truncated list of the Bumaan results reduced to the two winners named in the sub-heading", False, """
مهرجان ليوا للرطب يواصل فعالياته ومسابقاته التراثية حتى 24 يوليو الجاري
تستمر فعاليات مهرجان ليوا للرطب ومسابقاته التراثية في دورته الثامنة عشرة بمدينة ليوا في منطقة الظفرة لغاية 24 يوليو الجاري، برعاية سمو الشيخ منصور بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير ديوان الرئاسة، وتنظيم لجنة إدارة المهرجانات والبرامج الثقافية والتراثية في أبوظبي.
وكرّم المهرجان الفائزين في مزاينة الرطب عن فئتي “بومعان” و“الخنيزي”، فحلّت “قماشة المزروعي” في المركز الأول بمزاينة رطب “بومعان”، وتصدّر “محمد العرياني” فئة “الخنيزي”، وذلك بحضور مدير المهرجان عبيد خلفان المزروعي، وسعادة مبارك علي القصيلي المنصوري مدير مزاينة الرطب، وعبدالله بطي القبيسي مدير إدارة الفعاليات والاتصال في اللجنة.
وتشارك بلدية منطقة الظفرة في المهرجان، فيما يجذب جناح "شرطة أبوظبي" الزوار ببرامج توعوية وخدمات ذكية، وتقدم قرية الطفل مسابقات تفاعلية وأسئلة عن التراث والثقافة، ويمنح السوق الشعبي رواده تجربة تسوق مميزة في أجواء تراثية.
""", [
    ev("festival-runs", "في دورته الثامنة عشرة", FEST[0], "no own expression; the 18th edition, Sat 16 - Sun 24 Jul 2022", end=FEST[1]),
    ev("festival-closing", "لغاية 24 يوليو الجاري", CLOSING, "'لغاية 24 يوليو الجاري' in July 2022 = Sun 24 Jul 2022 (the headline's 'حتى 24 يوليو الجاري' is the same day)"),
    ev("bumaan-khunaizi-crowning", "وكرّم المهرجان الفائزين في مزاينة الرطب عن فئتي “بومعان” و“الخنيزي”", "2022-07-20", "no own expression; reported on Thu 21 Jul 2022, held that day or the day before (my span 20 - 21 Jul 2022)", end="2022-07-22"),
    ev("municipality-participation", "وتشارك بلدية منطقة الظفرة في المهرجان", FEST[0], "no own expression; for the festival's duration, Sat 16 - Sun 24 Jul 2022", end=FEST[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 520)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
