"""Builds stories.jsonl: the 223-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: harvests, state procurement of crops, crop prices paid
to farmers (Egypt's early opening of the 2025 local wheat procurement season at the Tamiya silo in Fayoum
and the first 360 tonnes received; Egypt's 2024 wheat procurement season opening on 15 April at 2000 pounds
an ardeb, with the Sharqiya silos ready and payment within 48 hours). None of these stories is in the dev
set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-fayoum-wheat-procurement-opening-2025
S = "egypt-fayoum-wheat-procurement-opening-2025"
OPEN = "2025-04-05"  # the Tamiya silo opening, 'اليوم السبت' (Sat 5 Apr 2025)
art(S, "https://ar.elyomnew.com/breaking_news/168290.html",
    "2025-04-05", "no stamp or URL date in the stored page: fixed by the body's 'اليوم السبت' for the minister's opening of the 2025 local wheat procurement season at the Tamiya silo in Fayoum, which another outlet (stamped Thu 10 Apr 2025) puts '6 أيام' before its own day: so Sat 5 Apr 2025; the trailing '0 تعليق' dropped; no date of its own in the text", False, """
أعلن وزير التموين والتجارة الداخلية الدكتور شريف فاروق افتتاح موسم توريد القمح المحلي لعام 2025، اليوم السبت، في محافظة الفيوم انطلاقاً من صومعة طامية، بسبب النضج المبكر للمحصول في المحافظة ذات الطبيعة الصحراوية التي عجّلت بموسم الحصاد.
وأوضح الوزير أن ما جرى استلامه حتى الآن بلغ قرابة 70 طناً من القمح المحلي الجديد في اليوم الأول للتوريد بالمحافظة.
وأكد أن الموسم الرسمي لتوريد القمح المحلي ينطلق اعتباراً من 15 أبريل الجاري في جميع المحافظات، لافتاً إلى أن سعر توريد الإردب من القمح المحلي هذا العام تحدد بـ2200 جنيه، وهو سعر يشجع الفلاحين ويتجاوز سعر القمح المستورد، إلى جانب حوافز أخرى تعكس حرص الدولة على دعم المزارع المصري وتحقيق الاكتفاء الذاتي من القمح بوصفه سلعة استراتيجية أساسية.
وشدد الوزير على أن الوزارة اتخذت الإجراءات اللازمة كافة لتسهيل عمليات التوريد وتجهيز مواقع استلام معتمدة، مع متابعة يومية لضمان انتظام الموسم واستقراره وتحقيق أهداف الدولة في دعم الأمن الغذائي.
""", [
    ev("fayoum-opening", "افتتاح موسم توريد القمح المحلي لعام 2025، اليوم السبت", OPEN, "'اليوم السبت' = Sat 5 Apr 2025"),
    ev("first-day-70t", "بلغ قرابة 70 طناً من القمح المحلي الجديد في اليوم الأول", OPEN, "'في اليوم الأول للتوريد' = the opening day, Sat 5 Apr 2025"),
    ev("national-start", "ينطلق اعتباراً من 15 أبريل الجاري في جميع المحافظات", "2025-04-15", "'15 أبريل الجاري' = Tue 15 Apr 2025 (the official start in all governorates)"),
])
art(S, "https://ya7dosal2an.com/19928/وزير-التموين-توريد-360-طنا-من-القمح",
    "2025-04-10", "page stamp 'الخميس، 10 أبريل 2025 12:21 م' under the headline (kept as first line, before the headline); 10 Apr 2025 was a Thursday; the byline 'محمد ابو دشيش', the caption 'وزير التموين' and the truncated last sentence (the Fayoum undersecretary's words) dropped", True, """
الخميس، 10 أبريل 2025 12:21 م
وزير التموين: 360 طناً من القمح وُرّدت في الفيوم خلال موسم 2025
أعلن وزير التموين والتجارة الداخلية الدكتور شريف فاروق أن كميات القمح المحلي المستلمة لموسم 2025 في محافظة الفيوم وصلت حتى الآن إلى نحو 360 طناً، وذلك بعد 6 أيام من افتتاح الموسم في المحافظة.
وأضاف أن الموسم الرسمي لتوريد القمح المحلي يبدأ اعتباراً من 15 أبريل الجاري في جميع المحافظات، مبيناً أن سعر توريد الإردب هذا العام تحدد بـ2200 جنيه، وهو سعر مشجع للمزارعين ويفوق سعر القمح المستورد، فضلاً عن حوافز أخرى تعكس حرص الدولة على دعم المزارع المصري وتحقيق الاكتفاء الذاتي من القمح.
وأشار إلى تجهيز نقاط استلام متنوعة تشمل الصوامع والشون المطورة والهناجر والبناكر بمساحات تخزينية كبيرة لاستلام محصول هذا العام، مؤكداً أن الوزارة اتخذت كل الإجراءات اللازمة لتيسير التوريد، مع متابعة يومية لضمان انتظام الموسم واستقراره.
""", [
    ev("fayoum-360t", "وصلت حتى الآن إلى نحو 360 طناً", "2025-04-10", "no own expression beyond 'حتى الآن': the minister's statement of the stamp day, Thu 10 Apr 2025"),
    ev("fayoum-opening", "بعد 6 أيام من افتتاح الموسم في المحافظة", OPEN, "'بعد 6 أيام' before Thu 10 Apr, counting the opening day and the statement day (5-10 Apr): the Tamiya opening of Sat 5 Apr 2025 (another outlet: 'اليوم السبت'); plain subtraction would give Fri 4 Apr"),
    ev("national-start", "يبدأ اعتباراً من 15 أبريل الجاري في جميع المحافظات", "2025-04-15", "'15 أبريل الجاري' = Tue 15 Apr 2025"),
])
art(S, "https://www.egypttelegraph.com/article/135104/%D9%81%D9%8A-%D8%A3%D9%82%D9%84-%D9%85%D9%86-%D8%A3%D8%B3%D8%A8%D9%88%D8%B9-%D8%A7%D9%84%D8%AA%D9%85%D9%88%D9%8A%D9%86-%D8%A7%D8%B3%D8%AA%D9%84%D9%85%D9%86%D8%A7-360",
    "2025-04-10", "no stamp or URL date in the stored page: fixed by the body's 'اليوم' for the ministry's statement on the 360 tonnes received in Fayoum, a statement of Thu 10 Apr 2025 (another outlet's stamp: 'الخميس، 10 أبريل 2025 12:21 م'); the caption 'توريد القمح - أرشيفية' and the truncated last sentence dropped; no date of its own in the text", False, """
في أقل من أسبوع.. التموين: تسلّمنا 360 طن قمح في الفيوم
أكد وزير التموين شريف فاروق، اليوم، أن إجمالي ما تسلمته الوزارة من القمح المحلي لموسم 2025 في الفيوم حتى الآن بلغ 360 طناً، بعد 6 أيام من افتتاح الموسم الرسمي لتوريد القمح في المحافظة.
وأوضح فاروق، في بيان أصدرته وزارة التموين اليوم، أن الموسم الرسمي لتوريد القمح المحلي في بقية المحافظات سينطلق اعتباراً من 15 أبريل الجاري، وأن سعر توريد الإردب هذا العام تحدد بـ2200 جنيه.
وبيّن وزير التموين أن هذا السعر مشجع للمزارعين ويزيد على سعر القمح المستورد، إضافة إلى حوافز أخرى، بما يعكس حرص الدولة على دعم المزارع المصري وبلوغ الاكتفاء الذاتي من القمح كسلعة استراتيجية.
ولفت إلى أنه جرى تجهيز نقاط استلام متنوعة بين صوامع وشون مطورة وهناجر وبناكر، لاستلام محصول هذا العام بطاقات تخزينية كبيرة.
""", [
    ev("fayoum-360t", "حتى الآن بلغ 360 طناً", "2025-04-10", "'اليوم' = Thu 10 Apr 2025 (the statement day)"),
    ev("fayoum-opening", "بعد 6 أيام من افتتاح الموسم الرسمي لتوريد القمح في المحافظة", OPEN, "'بعد 6 أيام' before Thu 10 Apr, counted inclusively: the Tamiya opening of Sat 5 Apr 2025 (another outlet: 'اليوم السبت')"),
    ev("ministry-statement", "في بيان أصدرته وزارة التموين اليوم", "2025-04-10", "'اليوم' = Thu 10 Apr 2025"),
    ev("national-start", "سينطلق اعتباراً من 15 أبريل الجاري", "2025-04-15", "'15 أبريل الجاري' = Tue 15 Apr 2025"),
])

# ---------------------------------------------------------------- egypt-wheat-procurement-season-2024
S = "egypt-wheat-procurement-season-2024"
PRICE = ("2024-03-01", "2024-04-01")  # the 2000-pound price for the 2024 season: decided before the season (my span: March 2024)
art(S, "https://www.masrawy.com/news/news_regions/details/2024/4/9/2565334/55-%D8%B4%D9%88%D9%86%D8%A9-%D9%88%D8%B5%D9%88%D9%85%D8%B9%D8%A9-%D8%AA%D8%B3%D8%AA%D8%B9%D8%AF-%D9%84%D8%A7%D8%B3%D8%AA%D9%82%D8%A8%D8%A7%D9%84-%D9%85%D9%88%D8%B3%D9%85-%D8%AD%D8%B5%D8%A7%D8%AF-%D8%A7%D9%84%D9%82%D9%85%D8%AD-%D8%A8%D8%A7%D9%84%D8%B4%D8%B1%D9%82%D9%8A%D8%A9-%D9%88%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D8%B3%D8%B9%D8%B1",
    "2024-04-09", "page stamp '12:21 م الثلاثاء 09 أبريل 2024' (kept as first line, before the headline) and the URL '/2024/4/9/'; 9 Apr 2024 was a Tuesday; 'إعلان', the caption 'حصاد القمح', the app banner, the byline 'الشرقية - إسلام عبدالخالق:' and 'فيديو قد يعجبك' dropped", True, """
12:21 م الثلاثاء 09 أبريل 2024
55 شونة وصومعة تستعد لاستقبال موسم حصاد القمح في الشرقية.. والإعلان عن سعر التوريد
أعلنت فايزة عبدالرحمن، وكيلة وزارة التموين بمحافظة الشرقية، جاهزية 55 موقعاً، منها 13 صومعة و42 شونة، لاستقبال الأقماح خلال موسم حصاد القمح هذا العام، المقرر أن يبدأ اعتباراً من 15 أبريل الجاري ويستمر حتى منتصف شهر أغسطس المقبل.
وأضافت وكيلة الوزارة، في تصريحات لها، أنه جرى التشديد على أصحاب الصوامع والشون بتوفير العمالة اللازمة اختصاراً للوقت والجهد، وتجنباً للتكدس والزحام أمام نقاط تجميع محصول القمح خلال موسم الحصاد.
وأشارت إلى أن الحكومة حددت أسعار توريد القمح المحلي لهذا الموسم بـ2000 جنيه لإردب القمح بدرجة 23 قيراطاً ونصف، و1950 جنيهاً للإردب بدرجة 23 قيراطاً، و1900 جنيه للإردب بدرجة 22 قيراطاً ونصف، دعماً للفلاح وتشجيعاً له على توريد القمح إلى الصوامع والشون المخصصة لهذا الغرض.
""", [
    ev("sharqiya-readiness", "جاهزية 55 موقعاً", "2024-04-09", "no own expression; announced on the stamp day, Tue 9 Apr 2024"),
    ev("season-start", "المقرر أن يبدأ اعتباراً من 15 أبريل الجاري", "2024-04-15", "'15 أبريل الجاري' = Mon 15 Apr 2024"),
    ev("season-end", "ويستمر حتى منتصف شهر أغسطس المقبل", "2024-08-15", "'منتصف شهر أغسطس المقبل' = mid-August 2024 (the season ran to 15 Aug; my span 14-16 Aug)", end="2024-08-17"),
    ev("price-set", "الحكومة حددت أسعار توريد القمح المحلي لهذا الموسم", PRICE[0], "no own expression; the 2000-pound price for the 2024 season was fixed before the season, in March 2024 as far as I can tell (outside knowledge, uncertain; my span March 2024)", end=PRICE[1]),
])
art(S, "https://ghadnews.net/2024/04/12/الحكومة-المصرية-تشتري-أردب-القمح-المح",
    "2024-04-12", "date in the URL '/2024/04/12/' (a Friday); the body's 'بدءاً من 15 أبريل 2024' agrees (the season had not started yet); the truncated tail of the last sentence (the list of prices) cut to its complete clause; no date of its own in the text (15 Apr 2024 is not the publication day)", False, """
الحكومة المصرية تشتري إردب القمح المحلي بأسعار بين 1900 و2000 جنيه
شددت وزارة التموين والتجارة الداخلية على جهات التسويق بضرورة سداد مستحقات المزارعين موردي القمح في أسرع وقت خلال موسم 2024، على ألا يتجاوز موعد السداد 48 ساعة من تاريخ استلام المحصول، وذلك في إطار تعزيز الدعم لمزارعي القمح وتحفيزهم على زيادة إنتاجهم.
كما وجهت الوزارة أصحاب مطاحن القطاع الخاص المنتجة للدقيق الحر بحظر استخدام القمح المحلي في التصنيع خلال فترة التسويق، إلا بتصريح صادر عن وزارة التموين والتجارة الداخلية، بهدف الحفاظ على القمح المحلي واحتياطياته لتلبية حاجات السوق المحلية وضمان استقرار الأسعار، ويُتوقع أن يوفر هذا الإجراء حماية كافية للمزارعين ويشجعهم على زيادة إنتاجهم.
وإلى جانب ذلك، قدمت الوزارة تسهيلات للمزارعين، منها ضمانات شراء تصل إلى 100% من قيمة المحصول وتيسير الحصول على الأسمدة والمبيدات، إذ تستعد وزارة التموين والتجارة الداخلية لاستقبال موسم توريد القمح المحلي من المزارعين بدءاً من 15 أبريل 2024، وقد حددت الوزارة أسعاراً معينة لشراء القمح من المزارعين.
""", [
    ev("payment-directive", "شددت وزارة التموين والتجارة الداخلية على جهات التسويق", "2024-03-01", "no own expression; the ministry's rules for the 2024 season (the March 2024 decree and its directives), issued before the publication day Fri 12 Apr 2024 (my span 1 Mar - 12 Apr 2024)", end="2024-04-13"),
    ev("private-mills-ban", "بحظر استخدام القمح المحلي في التصنيع خلال فترة التسويق", "2024-03-01", "no own expression; part of the same season rules, issued before Fri 12 Apr 2024 (my span 1 Mar - 12 Apr 2024)", end="2024-04-13"),
    ev("season-start", "بدءاً من 15 أبريل 2024", "2024-04-15", "'15 أبريل 2024' = Mon 15 Apr 2024"),
    ev("price-set", "وقد حددت الوزارة أسعاراً معينة لشراء القمح", PRICE[0], "no own expression; the 2000-pound price fixed before the season, in March 2024 as far as I can tell (outside knowledge, uncertain; my span March 2024)", end=PRICE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 225)
                            if i != 201 and i != 223 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
