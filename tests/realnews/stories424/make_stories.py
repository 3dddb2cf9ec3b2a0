"""Builds stories.jsonl: the 424-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: fuel, gas-cylinder and bread shortages and queues in Arab
countries (Lebanon, Syria, Sudan, Yemen, Libya, Egypt, Algeria): queues, rationing decisions, price decisions,
deliveries that end a shortage.
Stories: see README.md.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-fuel-crisis-sunday-holidays-2022
S = "syria-fuel-crisis-sunday-holidays-2022"
CABINET = "2022-12-06"                     # the cabinet session of Tue 6 Dec 2022 that decided the two Sunday holidays
SUN11 = "2022-12-11"                       # first fuel holiday, Sun 11 Dec 2022
SUN18 = "2022-12-18"                       # second fuel holiday, Sun 18 Dec 2022
BS_HIKE = "2022-12-05"                     # the trade ministry's rise of B.S fuel prices, Mon 5 Dec 2022 (rozpress)
WEEK = ("2022-12-25", "2023-01-02")        # the week-long holiday, Sun 25 Dec 2022 - Sun 1 Jan 2023 inclusive
WEEK_DECIDED = "2022-12-13"                # announced on Tue 13 Dec 2022
art(S, "https://www.baladi-news.com/public/index.php/ar/articles/89155/بسبب-أزمة-المحروقات-عطلة-رسمية-ليومين-في-سوريا",
    "2022-12-06", "the body's 'اليوم الثلاثاء 6 كانون الأول' (kept; 6 Dec 2022 was a Tuesday); the site tag 'It's Over 9000!' and the byline 'بلدي نيوز' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
عطلة رسمية ليومين في سوريا بسبب أزمة المحروقات
أقرت حكومة النظام السوري، اليوم الثلاثاء 6 كانون الأول، تعطيل الجهات العامة في المناطق الخاضعة لسيطرتها يوم الأحد القادم والأحد الذي يليه من الأسبوع المقبل، جراء شح المشتقات النفطية.
وعللت الحكومة قرارها بأنه جاء "نتيجة للمداولات التي جرت في جلسة مجلس الوزراء اليوم، ونظراً للظروف التي يشهدها سوق المشتقات النفطية بسبب الحصار والعقوبات الاقتصادية الجائرة المفروضة على البلد، وبسبب الظروف التي أخّرت وصول توريدات النفط والمشتقات النفطية".
وأوضحت أن "رئيس مجلس الوزراء المهندس حسين عرنوس أصدر بلاغاً بتعطيل الجهات العامة يومي (الأحد الموافق لـ 11 الشهر الجاري، والأحد الموافق لـ 18 الشهر الجاري)"، لافتة إلى أن القرار يراعي "أحكام الفقرة /ج/ من المادة /43/ من القانون الأساسي للعاملين في الدولة بالنسبة للجهات العامة التي تتطلب طبيعة عملها أو ظروفها استمرار العمل فيها".
وتعاني المدن السورية الواقعة تحت سيطرة النظام من أزمة غير مسبوقة في تأمين المحروقات، ولّدت أزمة مواصلات حادة اضطر معها مئات المواطنين إلى الرجوع إلى بيوتهم سيراً على الأقدام.
""", [
    ev("holiday-decision", "أقرت حكومة النظام السوري، اليوم الثلاثاء 6 كانون الأول، تعطيل الجهات العامة", CABINET, "'اليوم الثلاثاء 6 كانون الأول' = Tue 6 Dec 2022"),
    ev("cabinet-session", "نتيجة للمداولات التي جرت في جلسة مجلس الوزراء اليوم", CABINET, "'جلسة مجلس الوزراء اليوم' in the statement of Tue 6 Dec 2022"),
    ev("holiday-sun-11", "الأحد الموافق لـ 11 الشهر الجاري", SUN11, "'الأحد الموافق لـ 11 الشهر الجاري' = Sun 11 Dec 2022"),
    ev("holiday-sun-18", "والأحد الموافق لـ 18 الشهر الجاري", SUN18, "'الأحد الموافق لـ 18 الشهر الجاري' = Sun 18 Dec 2022"),
    ev("transport-paralysis", "ولّدت أزمة مواصلات حادة اضطر معها مئات المواطنين", "2022-11-29", "no own expression; the transport paralysis of the whole crisis, from about a week before the decision (altareek-media: 'منذ نحو أسبوع') to the report of Tue 13 Dec 2022 (rozpress), my span Tue 29 Nov - Tue 13 Dec 2022", end="2022-12-14"),
])
art(S, "https://www.albawaba.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%86%D8%B8%D8%A7%D9%85-%D8%A7%D9%84%D8%A7%D8%B3%D8%AF-%D9%8A%D9%81%D8%B1%D8%B6-%D8%B9%D8%B7%D9%84%D8%A9-%D9%8A%D9%88%D9%85%D9%8A-%D8%A7%D9%84%D8%A7%D8%AD%D8%AF-%D8%A7%D9%84%D9%82%D8%A7%D8%AF%D9%85%D9%8A%D9%86-%D8%A8%D8%B3%D8%A8%D8%A8-%D9%86%D9%82%D8%B5-%D8%A7%D9%84%D8%A8%D9%86%D8%B2%D9%8A%D9%86-1501406",
    "2022-12-06", "page stamp 'تاريخ النشر: 06 ديسمبر 2022 - 08:32 GMT' (kept; 6 Dec 2022 was a Tuesday); the photo captions dropped; headline kept from the page (reworded); the last, truncated sentence on the price rise shortened", True, """
نظام الأسد يعلن عطلة في يومي الأحد القادمين بسبب شح البنزين
تاريخ النشر: 06 ديسمبر 2022 - 08:32 GMT
جعل النظام السوري يومي الأحد القادمين، الواقعين في 11 و18 الشهر الجاري، عطلة رسمية، لعجزه عن توفير الوقود للمواطنين الذين يحتاجون إلى التنقل للذهاب إلى أعمالهم والوصول إلى جامعاتهم.
وأوضحت الحكومة السورية إثر اجتماع عقدته أن ذلك يأتي "نظراً للظروف التي يشهدها سوق المشتقات النفطية بسبب الحصار والعقوبات الاقتصادية الجائرة المفروضة على البلد، وبسبب الظروف التي أخّرت وصول توريدات النفط والمشتقات النفطية".
وأضافت أن رئيس مجلس الوزراء المهندس حسين عرنوس أصدر، بناء على هذه الظروف، بلاغاً بتعطيل الجهات العامة يومي (الأحد الموافق لـ 11 الشهر الجاري، والأحد الموافق لـ 18 الشهر الجاري).
وتشكو سورية منذ عدة سنوات نقصاً حاداً في الوقود بسبب قانون قيصر الذي فرضته الولايات المتحدة على النظام السوري سعياً لإسقاطه، غير أن المتضرر الوحيد كان المواطن السوري الذي تفاقمت معاناته بعد 12 عاما من الحرب الأهلية.
ورغم انقطاع هذه المادة الحيوية الأساسية، رفعت وزارة التجارة الداخلية أسعار مادتي المازوت والبنزين.
""", [
    ev("holiday-decision", "جعل النظام السوري يومي الأحد القادمين", CABINET, "no weekday; the decision of the cabinet meeting of Tue 6 Dec 2022 (stamp 06 Dec 2022; baladi-news)"),
    ev("cabinet-session", "وأوضحت الحكومة السورية إثر اجتماع عقدته", CABINET, "no own expression; the cabinet session of Tue 6 Dec 2022 (baladi-news 'جلسة مجلس الوزراء اليوم')"),
    ev("holiday-sun-11", "الأحد الموافق لـ 11 الشهر الجاري", SUN11, "'الأحد الموافق لـ 11 الشهر الجاري' = Sun 11 Dec 2022"),
    ev("holiday-sun-18", "والأحد الموافق لـ 18 الشهر الجاري", SUN18, "'الأحد الموافق لـ 18 الشهر الجاري' = Sun 18 Dec 2022"),
    ev("bs-price-hike", "رفعت وزارة التجارة الداخلية أسعار مادتي المازوت والبنزين", BS_HIKE, "no own expression; the rise of the B.S prices of diesel and petrol on Mon 5 Dec 2022 (rozpress: 'في ٥ كانون الأول الجاري')"),
])
art(S, "https://www.syria.tv/%D8%B9%D8%B7%D9%84%D8%A9-%D8%B9%D9%8A%D8%AF-%D8%A7%D9%84%D8%A8%D9%86%D8%B2%D9%8A%D9%86-%D8%B3%D9%88%D8%B1%D9%8A%D9%88%D9%86-%D9%8A%D8%AD%D9%88%D9%84%D9%88%D9%86-%D8%A3%D8%B2%D9%85%D8%A9-%D8%A7%D9%84%D9%88%D9%82%D9%88%D8%AF-%D8%A5%D9%84%D9%89-%D9%85%D8%A7%D8%AF%D8%A9-%D9%84%D9%84%D8%B3%D8%AE%D8%B1%D9%8A%D8%A9",
    "2022-12-08", "page date line '2022.12.08 | 13:56 دمشق' (kept; 8 Dec 2022 was a Thursday); the body's 'وأول أمس الثلاثاء' (= Tue 6 Dec) agrees; the photo caption, the dateline 'إسطنبول - متابعات', the font-size widget and the sub-heading dropped; headline kept from the page (reworded); the last, truncated words on the source dropped", True, """
"عطلة عيد البنزين": سوريون يجعلون من أزمة الوقود مادة للتهكم
2022.12.08 | 13:56 دمشق
امتلأت مواقع التواصل الاجتماعي في سوريا، خلال اليومين الماضيين، بمنشورات تتهكم على قرار النظام السوري منح جميع الدوائر الرسمية والمدارس عطلة ليوم إضافي، سعياً إلى تقنين المحروقات في ظل أسوأ أزمة وقود تمر بها البلاد.
وكان مجلس وزراء النظام قد أقر عطلة للجهات العامة يوم الأحد القادم والأحد الذي يليه (11-18 كانون الأول 2022) بسبب انعدام المازوت والبنزين في سوريا.
وتناقل السوريون القرار بعبارات ساخرة من قبيل "عيد البنزين" أو "عيد البنزين الشرقي والغربي"، تلميحاً إلى عيد الفصح الشرقي والغربي.
وأول أمس الثلاثاء، فرض النظام السوري عطلة رسمية في مناطق سيطرته بعد تفاقم أزمة المحروقات وعجزه عن توفير مادتي المازوت والبنزين خصوصاً، ما شل قطاعات عديدة في مقدمتها المواصلات.
وأعلن رئيس مجلس وزراء النظام حسين عرنوس، عقب اجتماع للمجلس اليوم الثلاثاء، تعطيل العمل يومي الأحد 11 و 18 كانون الأول الحالي.
""", [
    ev("online-mockery", "امتلأت مواقع التواصل الاجتماعي في سوريا، خلال اليومين الماضيين", "2022-12-06", "'خلال اليومين الماضيين' from Thu 8 Dec 2022 = Tue 6 - Thu 8 Dec (after the decision)", end="2022-12-09"),
    ev("holiday-decision", "وأول أمس الثلاثاء، فرض النظام السوري عطلة رسمية", CABINET, "'وأول أمس الثلاثاء' in an article of Thu 8 Dec 2022 = Tue 6 Dec"),
    ev("holiday-sun-11-18", "يوم الأحد القادم والأحد الذي يليه (11-18 كانون الأول 2022)", SUN11, "'(11-18 كانون الأول 2022)' = the two holidays Sun 11 and Sun 18 Dec 2022, given as one span here", end="2022-12-19"),
    ev("cabinet-session", "عقب اجتماع للمجلس اليوم الثلاثاء", CABINET, "'اليوم الثلاثاء' quoted from the day of the meeting = Tue 6 Dec 2022 (the article itself is of Thu 8 Dec)"),
])
art(S, "https://rozpress.net/%d8%b9%d9%82%d8%a8-%d8%a7%d9%84%d8%a3%d8%ad%d8%af%d9%8a%d9%92%d9%86-%d8%a7%d9%84%d9%85%d8%aa%d8%aa%d8%a7%d9%84%d9%8a%d9%8a%d9%92%d9%86-%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%af%d9%85%d8%b4%d9%82-%d8%aa",
    "2022-12-13", "no date line on the stored page; the body's 'اليوم الثلاثاء' between 'يوم الأحد الماضي 11 كانون الأول' and 'الأحد القادم 18 كانون الأول 2022' can only be Tue 13 Dec 2022 (13 Dec 2022 was a Tuesday; syria.tv's report of the same announcement also says 'اليوم الثلاثاء'); headline written from the URL slug ('عقب الأحدين المتتاليين حكومة دمشق ت…'); no date of its own beyond these", False, """
بعد يومي الأحد المتتاليين.. حكومة دمشق تعطل الجهات العامة أسبوعاً كاملاً
نشر حساب رئاسة مجلس الوزراء في الحكومة السورية على فيس بوك، اليوم الثلاثاء، قراراً بتعطيل الجهات العامة اعتباراً من يوم الأحد 25 كانون الأول 2022، ولغاية يوم الأحد 1 كانون الثاني ٢٠٢٣، بمناسبة عيدي الميلاد ورأس السنة الميلادية.
ويتزامن ذلك مع أسوأ أزمة محروقات تمر بها المناطق الخاضعة لسيطرة الحكومة السورية.
وسبق أن أعلن مجلس الوزراء عطلة للجهات العامة في يومي أحد متتاليين؛ يوم الأحد الماضي 11 كانون الأول، والأحد القادم 18 كانون الأول 2022، بسبب غياب المازوت والبنزين في سوريا.
كما كانت وزارة التجارة الداخلية وحماية المستهلك في الحكومة السورية قد رفعت في ٥ كانون الأول الجاري سعر مادتي المازوت والبنزين الذي تبيعه للفعاليات الاقتصادية شركة (B.S)، المملوكة للتاجر حسام قاطرجي.
وتعاني مناطق سيطرة حكومة دمشق شللاً في حركة المواصلات، يضاف إلى الأزمات الخدمية والمعيشية المتواصلة بسبب أزمة الوقود.
""", [
    ev("week-holiday-announced", "نشر حساب رئاسة مجلس الوزراء في الحكومة السورية على فيس بوك، اليوم الثلاثاء", WEEK_DECIDED, "'اليوم الثلاثاء' between Sun 11 ('الماضي') and Sun 18 ('القادم') = Tue 13 Dec 2022"),
    ev("week-holiday", "تعطيل الجهات العامة اعتباراً من يوم الأحد 25 كانون الأول 2022", WEEK[0], "'من يوم الأحد 25 كانون الأول 2022، ولغاية يوم الأحد 1 كانون الثاني ٢٠٢٣' = Sun 25 Dec 2022 - Sun 1 Jan 2023 inclusive", end=WEEK[1]),
    ev("holiday-sun-11", "يوم الأحد الماضي 11 كانون الأول", SUN11, "'يوم الأحد الماضي 11 كانون الأول' = Sun 11 Dec 2022"),
    ev("holiday-sun-18", "والأحد القادم 18 كانون الأول 2022", SUN18, "'الأحد القادم 18 كانون الأول 2022' = Sun 18 Dec 2022"),
    ev("bs-price-hike", "قد رفعت في ٥ كانون الأول الجاري سعر مادتي المازوت والبنزين", BS_HIKE, "'في ٥ كانون الأول الجاري' = Mon 5 Dec 2022"),
    ev("transport-paralysis", "وتعاني مناطق سيطرة حكومة دمشق شللاً في حركة المواصلات", "2022-11-29", "no own expression; the transport paralysis of the whole crisis up to the report of Tue 13 Dec 2022 (my span from Tue 29 Nov)", end="2022-12-14"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 424
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
