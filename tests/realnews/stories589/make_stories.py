"""Builds stories.jsonl: the 589-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: central bank decisions: interest rates, currency
devaluations and exchange-rate moves (Egypt, Sudan, Lebanon, Tunisia, Libya).
Stories: the Central Bank of Tunisia's cut of the key rate to 7% (decided 30 Dec 2025, in force 7 Jan 2026),
the Central Bank of Egypt's last rate cut of 2025 (25 Dec 2025) and the banks' certificate changes that
followed, and the first "market makers" exchange rate of 47.5 Sudanese pounds to the dollar (Sudan, October 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-bct-rate-cut-dec-2025
S = "tunisia-bct-rate-cut-dec-2025"
CUT = "2025-12-30"        # the BCT board decided the 50 bp cut at its meeting of Tue 30 Dec 2025
IN_FORCE = "2026-01-07"   # the new key rate of 7% (and the 24-hour facility rates) apply from Wed 7 Jan 2026
art(S, "https://www.mosaiquefm.net/amp/ar/أخبار-مال-أعمال-اقتصاد-تونس/1491130/البنك-المركزي-ي-خف-ض-سعر-الفائدة-المديرية-إلى-7-ابتداء-من-جانفي",
    "2025-12-30", "no date line on the stored (amp) page; the body's 'إثر اجتماعه المُنعقد اليوم 30 ديسمبر 2025' dates the report to Tue 30 Dec 2025 (cross-checked: tunisienumerique of 30 Dec 'اليوم الثلاثاء', babnet and radiokef of 31 Dec 'أمس الثلاثاء'); the language switch dropped; headline kept from the page", False, """
البنك المركزي يُخفّض سعر الفائدة المديرية إلى 7% ابتداءً من جانفي
خفّض مجلس إدارة البنك المركزي سعر الفائدة المديرية بمقدار 50 نقطة أساس لينزل إلى 7%، وذلك عقب اجتماعه المُنعقد اليوم 30 ديسمبر 2025، على أن يدخل القرار حيز التطبيق ابتداءً من 7 جانفي 2026.
وتبعا لهذا القرار، ستُعدّل نسب تسهيلات الإقراض والإيداع لمدة 24 ساعة فتُضبط على التوالي عند 8% و6%، بما يكفل تناسق ممرّ نسب الفائدة وحسن انتقال توجّه السياسة النقدية إلى السوق.
وقرّر المجلس أيضا خفض الحدّ الأدنى لنسبة تأجير الادخار إلى 6%.
""", [
    ev("rate-cut-decision", "خفّض مجلس إدارة البنك المركزي سعر الفائدة المديرية بمقدار 50 نقطة أساس", CUT, "the board's decision at its meeting 'اليوم 30 ديسمبر 2025' = Tue 30 Dec 2025"),
    ev("rate-cut-in-force", "على أن يدخل القرار حيز التطبيق ابتداءً من 7 جانفي 2026", IN_FORCE, "'ابتداءً من 7 جانفي 2026' = Wed 7 Jan 2026"),
    ev("facility-rates-adjusted", "ستُعدّل نسب تسهيلات الإقراض والإيداع", IN_FORCE, "no own date; the 24-hour lending and deposit facility rates follow the new key rate, which applies from Wed 7 Jan 2026"),
    ev("savings-floor-cut", "وقرّر المجلس أيضا خفض الحدّ الأدنى لنسبة تأجير الادخار إلى 6%", CUT, "no own date; decided by the board at the same meeting of Tue 30 Dec 2025"),
])
art(S, "https://www.radiokef.tn/article/6954dc7319337f919ae29659/البنك-المركزي-التونسي--التخفيض-في-نسبة-الفائدة-المديرية",
    "2025-12-31", "no date line on the stored page (its weather box and programme menus are of a later crawl); the body's 'في اجتماعه امس الثلاثاء' for the board meeting of Tue 30 Dec 2025 gives Wed 31 Dec 2025 (babnet of 31 Dec 2025 has the same 'أمس الثلاثاء'); the share buttons, weather and menus dropped; headline kept from the page", False, """
البنك المركزي التونسي : التخفيض في نسبة الفائدة المديرية
خفّض مجلس إدارة البنك المركزي التونسي، في اجتماعه امس الثلاثاء، نسبة الفائدة المديرية بـ 50 نقطة لتبلغ 7 بالمائة بداية من 7 جانفي 2026.
وبحسب بلاغ أصدره البنك المركزي، ستُعدَّل نسب تسهيلات الإقراض والإيداع لمدة 24 ساعة لتصبح 8 و6 بالمائة على التوالي، بما يحقق انسجام نطاق الفائدة وحسن انتقال التوجّه النقدي إلى السوق.
وقرر المجلس كذلك تخفيض النسبة الدنيا لتأجير الادخار إلى 6 بالمائة.
ومن جهة أخرى، وصلت الموجودات الصافية من العملة الأجنبية إلى 25,5 مليار دينار، أي ما يساوي 108 أيام توريد، إلى غاية 29 ديسمبر 2025، في مقابل 25,8 مليار دينار (116 يوم توريد) قبل سنة.
أما أسعار الاستهلاك، فقد تراجع التضخم بشكل تدريجي خلال الأشهر الأخيرة ليستقر عند 4,9 بالمائة في نوفمبر.
وجدّد مجلس إدارة البنك المركزي التزامه بمتابعة تطور آفاق التضخم والمخاطر التي قد تهدد الاستقرار الاقتصادي الكلي، مؤكدا استعداده لتعديل السياسة النقدية عند الضرورة بالشكل الملائم.
""", [
    ev("rate-cut-decision", "خفّض مجلس إدارة البنك المركزي التونسي، في اجتماعه امس الثلاثاء", CUT, "'امس الثلاثاء' in an article of Wed 31 Dec 2025 = Tue 30 Dec 2025"),
    ev("rate-cut-in-force", "لتبلغ 7 بالمائة بداية من 7 جانفي 2026", IN_FORCE, "'بداية من 7 جانفي 2026' = Wed 7 Jan 2026"),
    ev("savings-floor-cut", "تخفيض النسبة الدنيا لتأجير الادخار إلى 6 بالمائة", CUT, "no own date; decided at the board meeting of Tue 30 Dec 2025"),
    ev("net-foreign-assets", "وصلت الموجودات الصافية من العملة الأجنبية إلى 25,5 مليار دينار", "2025-12-29", "'إلى غاية 29 ديسمبر 2025' = the figure as of Mon 29 Dec 2025"),
    ev("inflation-november", "ليستقر عند 4,9 بالمائة في نوفمبر", "2025-11-01", "'في نوفمبر' = November 2025 (the month only), the last monthly inflation figure before the December meeting", end="2025-12-01"),
])
art(S, "https://www.tuniscope.com/article/421113/iktisad/arabe/bct-294012",
    "2025-12-31", "the page's stamp 'Publié le 31-12-2025' = Wed 31 Dec 2025; the body has no date of its own for the publication; the truncated last bullet ('للاقتصاد عموماً') dropped; headline kept from the page", True, """
تخفيض نسبة الفائدة يعني تخفيض في ''قصاص'' القروض للتوانسة
أعلن البنك المركزي التونسي خفض نسبة الفائدة المديرية من 7.5% إلى 7% بداية من 7 جانفي 2026، إلى جانب تعديل نسبتي تسهيلات القرض والإيداع لمدة 24 ساعة لتصلا إلى 8% و6% على التوالي.
ويأتي هذا القرار بعد 9 أشهر من التخفيض السابق، ضمن سياسة نقدية مرنة ترمي إلى حفز الاستثمار ودعم الاقتصاد ومكافحة التضخم.
ويتوقع البنك أن يُسهم التخفيض في خفض كلفة الاقتراض على الشركات والمستثمرين، لا سيما في قطاعات الصناعة والبناء والأشغال العامة والعقارات، كما سينتفع الأفراد والأسر بفائدة أقل على القروض الاستهلاكية وقروض تحسين السكن وشراء المنازل.
وبحسب البنك المركزي، يستند القرار إلى استقرار التضخم عند 4.9% واستقرار سعر صرف الدينار وتماسك الاحتياطات الأجنبية، وهو ما يدعم قدرة الاقتصاد على النمو وبلوغ توازن مالي مستدام خلال 2026.
ماذا يعني هذا للتونسيين؟
بالنسبة إلى المستثمرين والشركات: قروض أقل كلفة تتيح إطلاق مشاريع جديدة أو توسيع النشاط.
وبالنسبة إلى المواطنين: ستسهّل الفائدة الأقل على القروض الاستهلاكية وتحسين السكن اقتناء السلع والخدمات الكبرى وتمويل المشاريع الشخصية.
""", [
    ev("rate-cut-decision", "أعلن البنك المركزي التونسي خفض نسبة الفائدة المديرية", CUT, "no own date for the announcement; the board's decision and communiqué of Tue 30 Dec 2025 (mosaiquefm 'اليوم 30 ديسمبر 2025')"),
    ev("rate-cut-in-force", "من 7.5% إلى 7% بداية من 7 جانفي 2026", IN_FORCE, "'بداية من 7 جانفي 2026' = Wed 7 Jan 2026"),
    ev("facility-rates-adjusted", "تعديل نسبتي تسهيلات القرض والإيداع لمدة 24 ساعة", IN_FORCE, "no own date; applies with the new key rate from Wed 7 Jan 2026"),
    ev("previous-cut-march-2025", "بعد 9 أشهر من التخفيض السابق", "2025-03-26", "'بعد 9 أشهر من التخفيض السابق' = the previous cut (8% to 7.5%), decided by the board on Wed 26 Mar 2025 (24-24.tn of that day), in force from Thu 27 Mar"),
])
art(S, "https://ar.tunisienumerique.com/%D8%AA%D9%86%D8%B8%D9%8A%D9%85-%D8%A7%D9%84%D8%B4%D8%B1%D9%88%D8%B7-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%81%D9%91%D9%8A%D8%A9-%D8%A7%D9%84%D8%A8%D9%86%D9%83-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2%D9%8A/",
    "2026-01-05", "the page's date line 2026-01-05 = Mon 5 Jan 2026 (its 'أصدر ... اليوم منشورًا' is that day; 'يوم 30 ديسمبر الماضي' fits); the language menu and 'تعليقات' dropped; headline kept from the page", True, """
تنظيم الشروط المصرفّية: البنك المركزي التونسي يصدر منشورا جديداً إلى البنوك
وجّه البنك المركزي التونسي اليوم إلى البنوك منشورًا جديدًا يحلّ محل أحكام الفقرة الأولى من الفصل 36 من المنشور عدد 91-22 المؤرخ في 17 ديسمبر 1991.
وبموجب هذا المنشور، ضُبطت نسبة الفائدة على الادخار في مستوى سنوي يبلغ 6%.
ونذكّر بأن مجلس إدارة البنك المركزي التونسي قرّر، يوم 30 ديسمبر الماضي، خفض نسبة الفائدة المديرية بـ50 نقطة أساس لتستقر عند 7%، وذلك ابتداءً من 7 جانفي 2026.
وتبعًا لذلك ستُعدَّل نسب تسهيلات القرض والإيداع لمدة 24 ساعة لتُحدَّد في حدود 8% و6% على التوالي، بما يضمن انسجام ممرّ نسب الفائدة وحسن انتقال التوجّه النقدي إلى السوق.
وفي الإطار نفسه، قرّر المجلس كذلك خفض الحد الأدنى لنسبة الفائدة على الادخار إلى مستوى 6%.
""", [
    ev("savings-rate-circular", "وجّه البنك المركزي التونسي اليوم إلى البنوك منشورًا جديدًا", "2026-01-05", "'اليوم' in an article of Mon 5 Jan 2026"),
    ev("circular-91-22", "المنشور عدد 91-22 المؤرخ في 17 ديسمبر 1991", "1991-12-17", "'المؤرخ في 17 ديسمبر 1991' = Tue 17 Dec 1991"),
    ev("rate-cut-decision", "قرّر، يوم 30 ديسمبر الماضي، خفض نسبة الفائدة المديرية", CUT, "'يوم 30 ديسمبر الماضي' from Jan 2026 = Tue 30 Dec 2025"),
    ev("rate-cut-in-force", "وذلك ابتداءً من 7 جانفي 2026", IN_FORCE, "'ابتداءً من 7 جانفي 2026' = Wed 7 Jan 2026"),
    ev("facility-rates-adjusted", "ستُعدَّل نسب تسهيلات القرض والإيداع", IN_FORCE, "no own date; applies with the new key rate from Wed 7 Jan 2026"),
    ev("savings-floor-cut", "خفض الحد الأدنى لنسبة الفائدة على الادخار إلى مستوى 6%", CUT, "no own date; decided at the board meeting of Tue 30 Dec 2025"),
])

# ---------------------------------------------------------------- egypt-rate-cut-dec-2025
S = "egypt-rate-cut-dec-2025"
MPC = "2025-12-25"        # the CBE's Monetary Policy Committee cut its rates by 100 bp on Thu 25 Dec 2025
art(S, "https://www.alwakeelnews.com/Section_10/%D8%A3%D8%B3%D9%88%D8%A7%D9%82-%D9%88%D9%85%D8%A7%D9%84/%D8%A7%D9%84%D8%A8%D9%86%D9%83-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2%D9%8A-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A-%D9%8A%D8%B9%D9%88%D8%AF-%D8%A5%D9%84%D9%89-%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9-%D8%AE%D9%81%D8%B6-%D8%A7%D9%84%D9%81%D8%A7%D8%A6%D8%AF%D8%A9_758581",
    "2025-12-25", "the page's stamp 'الخميس، 25-12-2025 07:47 م' = Thu 25 Dec 2025 (the body's 'اليوم الخميس' agrees); the stamp lines dropped; headline rendered from the URL slug", True, """
البنك المركزي المصري يعود إلى سياسة خفض الفائدة
خفّض البنك المركزي المصري، اليوم الخميس، سعر الفائدة 1% من جديد، عائدا بذلك إلى سياسة خفض الفائدة.
وجاء في بيان للبنك، اليوم الخميس، أن لجنة السياسة النقدية قررت في اجتماعها خفض سعري عائد الإيداع والإقراض لليلة واحدة وسعر العملية الرئيسية للبنك المركزي بواقع 100 نقطة أساس، لتبلغ 20.00% و21.00% و20.50% على الترتيب، وقررت أيضا خفض سعر الائتمان والخصم بواقع 100 نقطة أساس إلى 20.50%.
وأوضح البنك أن هذه الخطوة تعكس تقييم اللجنة لآخر تطورات التضخم وتوقعاته منذ اجتماعها السابق.
وفي نوفمبر الماضي، أبقى البنك المركزي المصري أسعار الفائدة عند 21% للإيداع و22% للإقراض، وأبقى سعر الائتمان والخصم عند 21.50%، مرجعا قراره إلى تقييم آخر تطورات التضخم وتوقعاته.
وقبل ذلك، في أكتوبر الماضي، خفّض البنك سعر الفائدة بنسبة 1%، بعدما كان قد قرر في أغسطس خفضها بنسبة 2%.
وفي أبريل الماضي، شرع البنك المركزي المصري في خفض الفائدة لأول مرة منذ 5 سنوات، وقرر وقتها خفضها بنسبة 2.5%.
""", [
    ev("mpc-rate-cut", "خفّض البنك المركزي المصري، اليوم الخميس، سعر الفائدة 1% من جديد", MPC, "'اليوم الخميس' = Thu 25 Dec 2025"),
    ev("credit-discount-cut", "وقررت أيضا خفض سعر الائتمان والخصم بواقع 100 نقطة أساس", MPC, "no own date; part of the committee's decision of Thu 25 Dec 2025"),
    ev("november-hold", "أبقى البنك المركزي المصري أسعار الفائدة عند 21% للإيداع", "2025-11-20", "'في نوفمبر الماضي' = the committee's meeting of Thu 20 Nov 2025 (from the CBE's 2025 calendar, not from the text, which gives the month only)"),
    ev("october-cut", "في أكتوبر الماضي، خفّض البنك سعر الفائدة بنسبة 1%", "2025-10-02", "'في أكتوبر الماضي' = the cut of Thu 2 Oct 2025 (elbalad and masrawy of that day)"),
    ev("august-cut", "قرر في أغسطس خفضها بنسبة 2%", "2025-08-28", "'في أغسطس' = the cut of Thu 28 Aug 2025 (masrawy and albayan of that day)"),
    ev("april-first-cut", "شرع البنك المركزي المصري في خفض الفائدة لأول مرة منذ 5 سنوات", "2025-04-17", "'في أبريل الماضي' = the first cut of 2025, at the meeting of Thu 17 Apr 2025 (the day from what I know of the CBE's calendar; the text gives the month only)"),
])
art(S, "https://www.baladnaelyoum.com/1119360",
    "2025-12-25", "no date line on the stored page; the body's 'في اجتماعها اليوم الخميس 25 ديسمبر 2025' and 'قرار البنك المركزي اليوم' date the report to Thu 25 Dec 2025 (cross-checked with alwakeelnews of that day); the last, truncated sentence ('وستشهد البنوك انخفاضًا محدود') dropped; headline and sub-headings kept from the page", False, """
«المركزي» يخفض الفائدة 1%.. ماذا يعني القرار للاقتصاد؟
خفّضت لجنة السياسة النقدية للبنك المركزي المصري، في اجتماعها اليوم الخميس 25 ديسمبر 2025، سعري عائد الإيداع والإقراض لليلة واحدة وسعر العملية الرئيسية للبنك المركزي بواقع 100 نقطة أساس إلى 20.00% و21.00% و20.50% على الترتيب.
خفض سعري الائتمان والخصم
وقررت اللجنة كذلك خفض سعر الائتمان والخصم بواقع 100 نقطة أساس ليبلغ 20.50%.
ويعكس هذا القرار تقييم اللجنة لآخر تطورات التضخم وتوقعاته منذ اجتماعها السابق.
خبير اقتصادي: خفض الفائدة 1% خطوة نحو تحفيز الاستثمار
وفي تعليقه على قرار البنك المركزي اليوم بخفض الفائدة، أوضح الدكتور مصطفى بدرة، الخبير الاقتصادي، أن لجنة السياسات النقدية خفّضت سعر الفائدة بمقدار 1% في آخر اجتماع لها لعام 2025، ليصبح السعر الاسترشادي بين 20 و21%، مبينا أن الفائدة خُفّضت هذا العام 5 مرات وثُبّتت 3 مرات، مقارنة بأعلى مستوى بلغته عند 27.25%.
وتابع بدرة أن قرار الخفض جاء بفعل تحسن الأوضاع الاقتصادية وتراجع معدلات التضخم، لافتا إلى أن البنك المركزي انتهج سياسة حذرة تحسبا لأي تأثيرات خارجية محتملة على الاقتصاد.
ولفت الخبير الاقتصادي إلى أن أثر خفض الفائدة على الأسواق سيظهر بشكل تدريجي.
""", [
    ev("mpc-rate-cut", "في اجتماعها اليوم الخميس 25 ديسمبر 2025", MPC, "'اليوم الخميس 25 ديسمبر 2025' = Thu 25 Dec 2025"),
    ev("credit-discount-cut", "وقررت اللجنة كذلك خفض سعر الائتمان والخصم", MPC, "no own date; part of the decision of Thu 25 Dec 2025"),
    ev("badra-comment", "أوضح الدكتور مصطفى بدرة، الخبير الاقتصادي", MPC, "no own date; his comment on 'قرار البنك المركزي اليوم', Thu 25 Dec 2025"),
    ev("cuts-and-holds-2025", "الفائدة خُفّضت هذا العام 5 مرات وثُبّتت 3 مرات", "2025-01-01", "'هذا العام' = the committee's eight meetings of 2025, from January to Thu 25 Dec 2025 (span of the year up to the last meeting)", end="2025-12-26"),
])
art(S, "https://www.masrawy.com/news/news-banking/details/2025/12/31/2917186/%D8%A8%D8%A8%D9%86%D9%83%D9%8A-%D8%A7%D9%84%D8%A3%D9%87%D9%84%D9%8A-%D9%88%D9%85%D8%B5%D8%B1-%D9%88%D9%82%D9%81-%D8%A5%D8%B5%D8%AF%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%B4%D9%87%D8%A7%D8%AF%D8%A9-17-%D9%88%D8%A8%D8%AF%D8%A1-%D8%A8%D9%8A%D8%B9-%D8%A7%D9%84%D9%8016-%D8%A7%D9%84%D9%8A%D9%88%D9%85",
    "2025-12-31", "the page's date line 2025-12-31 (also in the URL) = Wed 31 Dec 2025; the by-line and photo caption dropped; headline kept from the page", True, """
ببنكي الأهلي ومصر.. وقف إصدارات جديدة من الشهادة 17% وبدء بيع الـ16% اليوم
توقف بنكا الأهلي ومصر، وهما أكبر بنكين حكوميين في القطاع المصرفي المصري، عن إصدار الشهادات الثلاثية ذات العائد الثابت الـ 17% للعملاء الجدد من اليوم، وبدأ بيع الشهادة الـ 16% بداية من اليوم.
ولا يسري هذا القرار على العملاء الحاليين في الشهادات الـ 17% ممن اشتروها قبل قرار وقفها، إذ سيحتفظون بالعائد ذاته حتى انتهاء أجلها.
وكان البنكان الحكوميان قد قررا، في اجتماع لجنة الأصول والخصوم "ألكو"، خفض أسعار الفائدة 1% على الشهادات ذات العائد الثابت والمتدرج، على أن يبدأ سريان القرار من اليوم.
وخفّض البنك الأهلي كذلك سعر الفائدة على الشهادات الثلاثية ذات العائد المتدرج بين 1% و2%، في حين خفضها بنك مصر 1%.
وجاء قرارا البنكين بعد أن خفض البنك المركزي سعر الفائدة 1% في اجتماع الخميس إلى 20% للإيداع و21% للإقراض.
""", [
    ev("certificate-17-stopped", "عن إصدار الشهادات الثلاثية ذات العائد الثابت الـ 17%", "2025-12-31", "'من اليوم' in an article of Wed 31 Dec 2025"),
    ev("certificate-16-sale-start", "وبدأ بيع الشهادة الـ 16% بداية من اليوم", "2025-12-31", "'بداية من اليوم' = Wed 31 Dec 2025"),
    ev("alco-certificate-cut", "قد قررا، في اجتماع لجنة الأصول والخصوم \"ألكو\"", "2025-12-28", "no own date; after masrawy of Sat 27 Dec 2025 said the two banks had not yet settled the fixed-rate certificates, and before the new rates applied on Wed 31 Dec (my span Sun 28 - Wed 31 Dec 2025)", end="2026-01-01"),
    ev("alco-cut-in-force", "على أن يبدأ سريان القرار من اليوم", "2025-12-31", "'من اليوم' = Wed 31 Dec 2025"),
    ev("mpc-rate-cut", "بعد أن خفض البنك المركزي سعر الفائدة 1% في اجتماع الخميس", MPC, "'في اجتماع الخميس' from Wed 31 Dec 2025 = Thu 25 Dec 2025"),
])

# ---------------------------------------------------------------- sudan-market-makers-47-5-pound-2018
S = "sudan-market-makers-47-5-pound-2018"
FIRST = "2018-10-07"      # the new "market makers" mechanism set its first rate, 47.5 pounds to the dollar, on Sun 7 Oct 2018
ANNOUNCE = "2018-10-09"   # the five banks buying dollars from the public were announced on Tue 9 Oct 2018
BUY = "2018-10-10"        # ... and began on Wed 10 Oct 2018
art(S, "https://a7walafrica.com/?p=10721",
    "2018-10-08", "no date on the stored page; the body's 'أمس الأحد ... في اليوم الأول لبدء العمل بآلية جديدة' and 'أول أمس السبت' for the first rate of Sun 7 Oct 2018 give Mon 8 Oct 2018 (the other articles: the five banks announced on Tue 9 Oct, the market's record low on Wed 10 Oct 'بعد 4 أيام'); the section tag and the comment box dropped; headline kept from the page; no date of its own in the text", False, """
السودان يحدد سعر صرف العملة عند 47.5 جنيه للدولار فى خفض حاد
أفاد رئيس اتحاد المصارف السوداني بأن السودان ثبّت سعر الصرف عند 47.5 جنيه سوداني للدولار الأمريكي أمس الأحد، في اليوم الأول لتطبيق آلية جديدة للعملة، ما يمثل خفضا حادا لقيمتها.
ويقل السعر الجديد كثيرا عن سعر الصرف الرسمي أول أمس السبت الذي بلغ 29 جنيها سودانيا للدولار، وعن سعر السوق السوداء الذي يقارب 45.5 جنيه للدولار.
وكان محافظ البنك المركزي السوداني محمد خير الزبير قد أعلن يوم الخميس أن البلاد ستبدأ من اليوم تحديد سعر الصرف اليومي عبر هيئة شُكّلت حديثا من المصرفيين ومكاتب الصرافة، ضمن حزمة إجراءات لمواجهة أزمة اقتصادية.
وتوقع خير الزبير أن تؤدي الإجراءات إلى تراجع قيمة الجنيه السوداني أمام الدولار بادئ الأمر، ثم إلى استقرار العملة لاحقا.
وصرّح عباس عبد الله، رئيس اتحاد المصارف، لرويترز: "اجتمعت الآلية وقررت سعر الجنيه اليوم 47.5 أمام الدولار."
وبمقتضى الآلية الجديدة، سيحدد السودان سعر الذهب بما يتماشى مع الأسعار العالمية، على أن تتم المدفوعات وفق سعر الصرف الجديد الذي تحدده آلية المصرفيين ومكاتب الصرافة.
""", [
    ev("first-rate-47-5", "ثبّت سعر الصرف عند 47.5 جنيه سوداني للدولار الأمريكي أمس الأحد", FIRST, "'أمس الأحد' in an article of Mon 8 Oct 2018 = Sun 7 Oct 2018, the mechanism's first day"),
    ev("official-rate-29", "سعر الصرف الرسمي أول أمس السبت الذي بلغ 29 جنيها", "2018-10-06", "'أول أمس السبت' from Mon 8 Oct 2018 = Sat 6 Oct 2018, the last day of the old official rate"),
    ev("governor-announcement", "قد أعلن يوم الخميس أن البلاد ستبدأ", "2018-10-04", "'يوم الخميس' before Sun 7 Oct 2018 = Thu 4 Oct 2018"),
    ev("daily-rate-setting-start", "ستبدأ من اليوم تحديد سعر الصرف اليومي", FIRST, "'من اليوم' is carried over from a report of Sun 7 Oct 2018: the committee of bankers and exchange bureaus set its first daily rate that Sunday"),
])
art(S, "https://sudafax.com/108506/%D8%AE%D9%85%D8%B3%D8%A9-%D8%A8%D9%86%D9%88%D9%83-%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A%D8%A9-%D8%AA%D8%A8%D8%AF%D8%A3-%D8%B4%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%85%D9%86/",
    "2018-10-09", "no date line on the stored page; the body's 'في تغريدة ... اليوم الثلاثاء' and 'ابتداءاً من يوم غد الاربعاء 10 اكتوبر' give Tue 9 Oct 2018 (10 Oct 2018 was a Wednesday; gulf24 of Wed 10 Oct: 'أعلن المركزي السوداني، أمس'); a Baj News report carried by sudafax; the comment box and the source tag dropped; headline kept from the page", False, """
خمسة بنوك سودانية تبدأ شراء الدولار من الجمهور مباشرةً
أعلن رئيس مجلس الوزراء ووزير المالية السوداني معتز موسى أن خمسة بنوك ستشتري الدولار نقدا من الجمهور مباشرة، كمرحلة أولى، ابتداء من يوم غد الأربعاء.
وكتب موسى في تغريدة على حسابه في تويتر اليوم الثلاثاء: "أبلغني محافظ بنك السودان أنه رتّب مع 5 بنوك، كمرحلة أولى، أن تشتري الدولار نقداً من الجمهور مباشرة ابتداءاً من يوم غد الاربعاء 10 اكتوبر"، موضحا أن بنك السودان أتاح الأموال اللازمة، ومضيفا: "نمضي للأمام والجهاز المصرفي يستعيد وضعه الطبيعي في الاستيراد والتصدير".
ولم يحدد رئيس مجلس الوزراء في تغريدته أسماء البنوك الخمسة التي ستشتري الدولار من الجمهور.
وكانت آلية صناع السوق، المكلفة بتحديد سعر الصرف اليومي للجنيه السوداني مقابل العملات الأجنبية، قد اصطدمت بنقص السيولة في المصارف التجارية لإتمام عمليات الشراء والبيع نقدا مع الجمهور.
وفي مطلع العام الجاري، اتخذت الحكومة السودانية قرارا بتقليص الكتلة النقدية بغية كبح جماح أسعار صرف الجنيه أمام الدولار.
""", [
    ev("five-banks-announcement", "وكتب موسى في تغريدة على حسابه في تويتر اليوم الثلاثاء", ANNOUNCE, "'اليوم الثلاثاء' = Tue 9 Oct 2018"),
    ev("banks-buy-dollars-start", "ستشتري الدولار نقدا من الجمهور مباشرة، كمرحلة أولى، ابتداء من يوم غد الأربعاء", BUY, "'يوم غد الأربعاء' from Tue 9 Oct 2018 = Wed 10 Oct 2018 (the tweet: '10 اكتوبر')"),
    ev("liquidity-shortfall", "قد اصطدمت بنقص السيولة في المصارف التجارية", FIRST, "no own date; since the mechanism's first day, Sun 7 Oct 2018, until the tweet of Tue 9 Oct (my span 7 - 9 Oct 2018)", end=BUY),
    ev("money-supply-curb", "اتخذت الحكومة السودانية قرارا بتقليص الكتلة النقدية", "2018-01-01", "'في مطلع العام الجاري' = early 2018 (my span January - February 2018)", end="2018-03-01"),
])
art(S, "https://gulf24.today/Post/details/193/انهيار-تاريخي-للجنيه-السوداني-أمام-الدولار-الأمريكي",
    "2018-10-10", "no date on the stored page; the body's 'اليوم الأربعاء' with 'أعلن المركزي السوداني، أمس عن تحديد خمسة مصارف ... ابتداء من اليوم الأربعاء' matches the announcement of Tue 9 Oct 2018 for a start on Wed 10 Oct (sudafax: 'يوم غد الاربعاء 10 اكتوبر'), so Wed 10 Oct 2018; headline kept from the page", False, """
انهيار تاريخي للجنيه السوداني أمام الدولار الأمريكي
هوت قيمة الجنيه السوداني أمام الدولار الأمريكي، اليوم الأربعاء، إلى مستوى تاريخي جديد في تداولات اليوم، في ظل استمرار أزمة شح النقد الأجنبي في البلاد.
وذكرت وسائل إعلام سودانية أن هذا التراجع جاء بعد 4 أيام من إعلان الحكومة السودانية تطبيق تحرير جزئي للعملة ورفع سعر الدولار إلى 47.5 جنيه في تداولات المصارف التجارية.
وأفاد متعاملون في الأسواق الموازية بأن "أسعار شراء الدولار وصلت إلى 51 جنيها، بينما تراوحت أسعار البيع بين 51.5 و52 جنيها".
وكان المركزي السوداني قد أعلن، أمس، تحديد خمسة مصارف تبدأ شراء الدولار مباشرة من الجمهور، ابتداء من اليوم الأربعاء.
""", [
    ev("pound-record-low", "هوت قيمة الجنيه السوداني أمام الدولار الأمريكي، اليوم الأربعاء", BUY, "'اليوم الأربعاء' = Wed 10 Oct 2018"),
    ev("first-rate-47-5", "رفع سعر الدولار إلى 47.5 جنيه في تداولات المصارف التجارية", FIRST, "'بعد 4 أيام من إعلان' from Wed 10 Oct 2018 points to about Sat 6 Oct; the rate of 47.5 itself was first set on Sun 7 Oct 2018 (a7walafrica 'أمس الأحد')"),
    ev("five-banks-announcement", "قد أعلن، أمس، تحديد خمسة مصارف", ANNOUNCE, "'أمس' from Wed 10 Oct 2018 = Tue 9 Oct 2018"),
    ev("banks-buy-dollars-start", "تبدأ شراء الدولار مباشرة من الجمهور، ابتداء من اليوم الأربعاء", BUY, "'ابتداء من اليوم الأربعاء' = Wed 10 Oct 2018"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 589
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
