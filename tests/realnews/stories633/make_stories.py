"""Builds stories.jsonl: the 633-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: camel, horse and falcon auctions and races, and livestock
markets before Eid al-Adha: prices, sales and decisions (Gulf, Sudan, Maghreb).
Stories: the fifth Saudi Olympic Camel Cup at the Rumah camel-race track (Saudi Arabia, 31 Oct - 5 Nov 2025),
the reference prices of Eid al-Adha sheep at the organised sale points (Tunisia, 31 Jul - 6 Aug 2019), and the
second "elite auction" of the Camel Club at al-Sayahid (Saudi Arabia, 11-12 Dec 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-olympic-camel-cup-rumah-2025
S = "saudi-olympic-camel-cup-rumah-2025"
DAY1 = "2025-11-01"                        # Sat 1 Nov 2025: opening day (al-haqaiq, 36 races)
DAY2 = "2025-11-02"                        # Sun 2 Nov: al-laqaya
DAY4 = "2025-11-04"                        # Tue 4 Nov: al-thanaya, the day before the last
DAY5 = "2025-11-05"                        # Wed 5 Nov: al-hiyal and al-zamoul, closing evening
CUP_END = "2025-11-06"                     # five days, 1-5 Nov 2025 (end exclusive)
art(S, "https://rmse.sa/2613",
    "2025-10-31", "no stamp in the stored text: the body's 'تنطلق غداً، السبت 1 نوفمبر 2025' for the opening of the cup fixes the report on Fri 31 Oct 2025 (1 Nov 2025 was a Saturday; albiladdaily's report of the opening day, /2025/11/01/, has 'اليوم (السبت)'); the section label 'رياضة' dropped; headline kept from the page; states_date false because the text names the day of the opening, not its own day", False, """
رماح تحتضن كأس الأولمبية السعودية للهجن 2025 بجوائز تفوق 10 ملايين ريال
تبدأ غداً، السبت 1 نوفمبر 2025، منافسات النسخة الخامسة من بطولة كأس الأولمبية السعودية للهجن. وتتواصل البطولة خمسة أيام على أرض ميدان رماح لسباقات الهجن، بعدما قرر الاتحاد السعودي للهجن نقلها من ميدان الجنادرية لانشغاله بدورة ألعاب التضامن الإسلامي.
وتزيد القيمة الإجمالية للجوائز المالية في البطولة على 10 ملايين ريال سعودي. وأعلن الاتحاد أنه سيقيم 116 شوطاً، بينها 20 شوطاً على كؤوس البطولة.
ويشهد اليوم الأول 36 شوطاً مخصصة لفئة (الحقايق)، تقطع فيها المطايا مسافة 4 كم في كل شوط.
وهذه أول مرة تستضيف فيها رماح البطولة، بعدما احتضنت تبوك نسخها السابقة، وهي البطولة السابعة في تقويم الاتحاد للموسم الرياضي الحالي.
""", [
    ev("cup-start", "تبدأ غداً، السبت 1 نوفمبر 2025، منافسات النسخة الخامسة", DAY1, "'غداً، السبت 1 نوفمبر 2025' = Sat 1 Nov 2025"),
    ev("cup-span", "وتتواصل البطولة خمسة أيام على أرض ميدان رماح", DAY1, "five days from Sat 1 Nov 2025 = 1-5 Nov (labregah: closed on the evening of Wed 5 Nov)", end=CUP_END),
    ev("haqaiq-day", "ويشهد اليوم الأول 36 شوطاً مخصصة لفئة (الحقايق)", DAY1, "'اليوم الأول' of a cup opening on Sat 1 Nov 2025"),
])
art(S, "https://albiladdaily.com/2025/11/01/%D8%A7%D9%84%D9%87%D8%AC%D9%86-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D9%81%D8%AA%D8%AA%D8%AD-%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A7%D8%AA%D9%87%D8%A7-%D9%81%D9%8A-%D9%83%D8%A3/",
    "2025-11-01", "date in the URL '/2025/11/01/' (page date 2025-11-01); body 'اليوم (السبت)' agrees (1 Nov 2025 was a Saturday); byline 'هاني البشر (الرياض)' dropped; the stored text has no headline, rendered from the URL slug (cut after 'في كأ', completed as 'في كأس الأولمبية'); the last, truncated sentence on the prize money dropped; no date in the text", False, """
الهجن السعودية تفتتح مشاركاتها في كأس الأولمبية بكأسين
انتزعت الهجن السعودية كأسين من بطولة كأس الأولمبية السعودية للهجن في افتتاح منافسات نسختها الخامسة، إلى جانب ألقاب 20 شوطاً في فئة الحقايق اليوم (السبت)، على أرض ميدان رماح لسباقات الهجن، وتولى محمد البلوي، نائب رئيس الاتحاد السعودي للهجن، تتويج ملاك الهجن الفائزة.
وفازت المطية "اليمامة" لمالكها محمد بطشان المحامض بلقب الشوط الثالث وكأس الأولمبية السعودية (بكار ـ عام) بزمن 6:11.409 دقيقة، في حين نالت المطية "رايق" لمالكها حسن فالح آل عامر لقب الشوط الرابع وكأس الأولمبية السعودية (قعدان ـ عام) بزمن 6:10.892 دقيقة، وذهب لقبا الشوط الأول وكأس الأولمبية السعودية (بكار ـ مفتوح) والشوط الثاني وكأس الأولمبية السعودية (قعدان ـ مفتوح) إلى هجن الشحانية القطرية.
وأقيم في اليوم الأول من البطولة 36 شوطاً لفئة (الحقايق)، قطعت فيها المطايا المشاركة، وعددها 882 مطية، مسافة 144 كم، بواقع 4 كم لكل شوط.
وتبدأ غداً (الأحد) منافسات فئة "اللقايا"، وهي الفئة الثانية المعتمدة في البطولة، بـ 30 شوطاً مسافة كل منها "5 كم".
""", [
    ev("cup-start", "في افتتاح منافسات نسختها الخامسة", DAY1, "no own date for the opening; 'اليوم (السبت)' = Sat 1 Nov 2025 (rmse: 'غداً، السبت 1 نوفمبر 2025')"),
    ev("balawi-crowning", "وتولى محمد البلوي، نائب رئيس الاتحاد السعودي للهجن، تتويج ملاك الهجن الفائزة", DAY1, "no own expression; the crowning of the first day's winners, Sat 1 Nov 2025"),
    ev("yamama-rayeq-cups", "وفازت المطية \"اليمامة\" لمالكها محمد بطشان المحامض", DAY1, "no own expression; the races of the first day, Sat 1 Nov 2025 ('اليوم (السبت)')"),
    ev("shahaniya-open-cups-day1", "وذهب لقبا الشوط الأول وكأس الأولمبية السعودية (بكار ـ مفتوح)", DAY1, "no own expression; the races of the first day, Sat 1 Nov 2025"),
    ev("haqaiq-day", "وأقيم في اليوم الأول من البطولة 36 شوطاً لفئة (الحقايق)", DAY1, "'اليوم الأول' = Sat 1 Nov 2025 ('اليوم (السبت)')"),
    ev("laqaya-day", "وتبدأ غداً (الأحد) منافسات فئة \"اللقايا\"", DAY2, "'غداً (الأحد)' from Sat 1 Nov 2025 = Sun 2 Nov"),
])
art(S, "https://arriyadiyah.com/877881/%C3%99%C2%83%C3%98%C2%A3%C3%98%C2%B3-%C3%98%C2%A7%C3%99%C2%84%C3%99%C2%87%C3%98%C2%AC%C3%99%C2%86..-%C3%82%C2%AB%C3%98%C2%A7%C3%99%C2%84%C3%98%C2%B5%C3%99%C2%85%C3%99%C2%8A%C3%99%C2%85%C3%98%C2%A7%C3%82%C2%BB-%C3%99%C2%88%C3%82%C2%AB%C3%98%C2%B0%C3%98%C2%B1%C3%99%C2%88%C3%98%C2%A9%C3%82%C2%BB-%C3%98%C2%AA%C3%98%C2%AA%C3%99%C2%85%C3%98%C2%B3%C3%99%C2%91%C3%99%C2%83%C3%98%C2%A7%C3%99%C2%86-%C3%98%C2%A8%C3%98%C2%A7%C3%99%C2%84%C3%98%C2%A3%C3%99%C2%88%C3%99%C2%84",
    "2025-11-04", "page stamp '2025.11.04 | 07:02 pm' in the byline line (removed with the byline 'الرياض - هاني السليس'); the body's 'اليوم قبل الأخير' of the five-day cup (1-5 Nov 2025) agrees: Tue 4 Nov 2025; the photo caption and the last, truncated sentence dropped; headline kept; no date in the text", False, """
كأس الهجن.. «الصميما» و«ذروة» تتمسّكان بالأول
نالت المطية «الصميما»، المملوكة للأمير تركي بن محمد بن فهد بن عبد العزيز آل سعود، لقب الشوط الرئيس في منافسات فئة «الثنايا» وكأس الأولمبية السعودية للهجن بكار مفتوح، مسجلةً توقيتاً قدره 12:26.346 في اليوم قبل الأخير من منافسات النسخة الخامسة المقامة على أرض ميدان رماح لسباقات الهجن.
وأحرزت المطية «ذروة»، المملوكة لعبد الله علي العجمي، لقب الشوط الثالث وكأس الأولمبية السعودية بكار عام بزمن 12:27.108، لتبقى الهجن السعودية في صدارة البطولة لليوم الرابع على التوالي بسبع كؤوس وألقاب 52 شوطاً.
وظفرت الهجن القطرية بكأسَي الأولمبية قعدان مفتوح وقعدان عام، لتأتي ثانية بست كؤوس، تليها الهجن الإماراتية بثلاث.
وحققت المطية «غازي»، المملوكة للقطري عبيد علي السناري، أفضل توقيت في منافسات فئة الثنايا، بعد فوزها بالشوط الرابع قعدان مفتوح بزمن 12:25.365 في أشواط الفترة المسائية.
""", [
    ev("sumaima-main-race", "لقب الشوط الرئيس في منافسات فئة «الثنايا»", DAY4, "no own date; the thanaya day, the day before the last of a cup held 1-5 Nov 2025 = Tue 4 Nov (page stamp 2025.11.04)"),
    ev("thanaya-day", "في اليوم قبل الأخير", DAY4, "'اليوم قبل الأخير' of 1-5 Nov 2025 = Tue 4 Nov"),
    ev("cup-span", "منافسات النسخة الخامسة المقامة على أرض ميدان رماح لسباقات الهجن", DAY1, "no own expression; the fifth edition ran 1-5 Nov 2025 (rmse, labregah)", end=CUP_END),
    ev("dhurwa-cup", "وأحرزت المطية «ذروة»", DAY4, "no own expression; a race of the thanaya day, Tue 4 Nov 2025"),
    ev("saudi-lead-four-days", "لتبقى الهجن السعودية في صدارة البطولة لليوم الرابع على التوالي", DAY1, "'لليوم الرابع على التوالي' = days 1-4 of the cup, Sat 1 - Tue 4 Nov 2025", end=DAY5),
    ev("ghazi-best-time", "وحققت المطية «غازي»", DAY4, "no own expression; the evening races of the thanaya day, Tue 4 Nov 2025"),
])
art(S, "https://labregah.net/news/%d8%a7%d9%84%d8%a3%d8%af%d8%b9%d9%85-%d9%8a%d8%aa%d8%a3%d9%84%d9%82-%d9%88%d9%8a%d8%aa%d9%88%d8%ac-%d8%a8%d9%83%d8%a3%d8%b3%d9%8a-%d8%a7%d9%84%d8%ad%d9%8a%d9%84-%d9%88%d8%a7%d9%84%d8%b2%d9%85%d9%88",
    "2025-11-05", "page stamp '5 Nov , 2025' (removed) and the body's 'مساء اليوم الأربعاء 5 نوفمبر 2025' (kept; 5 Nov 2025 was a Wednesday); the quote markers '>' of the stored text dropped; the last, truncated sentence shortened; headline and sub-heading kept", True, """
الأدعم يتألق ويتوج بكأسي الحيل والزمول مفتوح
في ختام كأس الأولمبية السعودية للهجن 2025
لبرقه - الشحانية
أُسدل الستار مساء اليوم الأربعاء 5 نوفمبر 2025 على منافسات بطولة كأس الأولمبية السعودية للهجن، التي جرت على مدى 5 أيام في ميدان رماح، وكان عنوان الأمسية الشعار العنابي الذي يضرب ولا يبالي.
والناموس الكبير الذي تحقق اليوم في رماح لم يأت مصادفة، بل جاء ثمرة جهد وتعب خلية نحل تعمل على مدار الساعة من مسؤولين ومضمرين لهجن الشعار الأدعم (الشحانية) و(أم الزبار)، اللذين فازا اليوم بكأسي الحيل والزمول مفتوح.
وبسط الشعار الأدعم سيطرته على مجريات شوط الأشواط، مسك ختام بطولة كأس الأولمبية السعودية، إذ دفع بصاحبة السيوف "راهية" إلى هذا المعترك الكبير، فحققت إنجازاً جديداً يبرز عمق الجاهزية وقوة الإعداد اللذين تُعرف بهما هجن الشحانية على أي أرض وتحت أي سماء.
فبعدما نالت "راهية" سيف ولي عهد السعودية العام الماضي، عادت لتحرز كأس الحيل مفتوح في السعودية أيضاً، لكن هذه المرة في ميدان رماح، في شوط ضم نخبة من أقوى الهجن الخليجية وارتفع فيه المستوى الفني للمنافسة إلى درجات عالية.
""", [
    ev("cup-closing", "أُسدل الستار مساء اليوم الأربعاء 5 نوفمبر 2025", DAY5, "'مساء اليوم الأربعاء 5 نوفمبر 2025' = Wed 5 Nov 2025"),
    ev("cup-span", "التي جرت على مدى 5 أيام في ميدان رماح", DAY1, "five days ending Wed 5 Nov 2025 = 1-5 Nov (rmse: opening on Sat 1 Nov)", end=CUP_END),
    ev("adaam-open-cups", "اللذين فازا اليوم بكأسي الحيل والزمول مفتوح", DAY5, "'اليوم' = Wed 5 Nov 2025"),
    ev("rahia-hiyal-open-cup", "عادت لتحرز كأس الحيل مفتوح في السعودية أيضاً", DAY5, "no own expression; the closing race of Wed 5 Nov 2025 ('شوط الأشواط، مسك ختام')"),
    ev("rahia-crown-prince-sword", "فبعدما نالت \"راهية\" سيف ولي عهد السعودية العام الماضي", "2024-01-01", "'العام الماضي' from 2025 = 2024 (the year only; the Crown Prince camel festival of 2024)", end="2025-01-01"),
])

# ---------------------------------------------------------------- tunisia-eid-sheep-reference-prices-2019
S = "tunisia-eid-sheep-reference-prices-2019"
COMMUNIQUE = "2019-07-31"                  # Wed 31 Jul 2019: joint communiqué of the ministry and UTAP fixing the prices
art(S, "https://newsplus.tn/%d8%a3%d8%b3%d8%b9%d8%a7%d8%b1-%d8%a7%d9%84%d8%a3%d8%b6%d8%a7%d8%ad%d9%8a-%d9%81%d9%8a-%d9%86%d9%82%d8%a7%d8%b7-%d8%a7%d9%84%d8%a8%d9%8a%d8%b9-%d8%a7%d9%84%d9%85%d9%86%d8%b8%d9%85%d8%a9",
    "2019-07-31", "the body's 'اليوم الأربعاء 31 جويلية 2019' for the joint communiqué (31 Jul 2019 was a Wednesday; diwanfm's stamp 'تحديث 31 16:23 2019 جويلية' for the same communiqué); the section labels 'أخبار/تونس/مجتمع', the comment form and the related links of one stored copy dropped; headline kept", True, """
أسعار الأضاحي في نقاط البيع المنظمة
أفادت وزارة الفلاحة والموارد المائية والصيد البحري والاتحاد التونسي للفلاحة والصيد البحري، في بلاغ مشترك صدر اليوم الأربعاء 31 جويلية 2019، بأن أسعار الأضاحي المعتمدة في نقاط البيع المنظمة ستكون كما يلي:
*العلوش الذي يقل وزنه عن 45 كلغ: 12.000د/كلغ حي
*البركوس الذي يفوق وزنه 45 كلغ: 11.500/ كلغ حي.
ودعت الوزارة والاتحاد جميع المربين إلى المشاركة بكثافة في نقاط البيع المنظمة. كما حث الطرفان كل المستهلكين على التوجه إلى النقاط المنظمة لاقتناء الأضاحي، صونا لحقوقهم وحماية لسلامتهم الصحية.
""", [
    ev("joint-communique", "في بلاغ مشترك صدر اليوم الأربعاء 31 جويلية 2019", COMMUNIQUE, "'اليوم الأربعاء 31 جويلية 2019' = Wed 31 Jul 2019"),
    ev("reference-prices-set", "بأن أسعار الأضاحي المعتمدة في نقاط البيع المنظمة ستكون كما يلي", COMMUNIQUE, "the prices fixed by the communiqué of Wed 31 Jul 2019"),
    ev("breeders-called", "ودعت الوزارة والاتحاد جميع المربين", COMMUNIQUE, "no own expression; the call of the same communiqué, Wed 31 Jul 2019"),
    ev("consumers-called", "كما حث الطرفان كل المستهلكين", COMMUNIQUE, "no own expression; the call of the same communiqué, Wed 31 Jul 2019"),
])
art(S, "https://diwanfm.net/news/%D9%88%D8%B7%D9%86%D9%8A%D8%A9/%D8%AA%D8%AD%D8%AF%D9%8A%D8%AF-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A8%D9%8A%D8%B9-%D8%A3%D8%B6%D8%A7%D8%AD%D9%8A-%D8%A7%D9%84%D8%B9%D9%8A%D8%AF",
    "2019-07-31", "page stamp 'تحديث 31 16:23 2019 جويلية' (removed); body 'اليوم الأربعاء' agrees (31 Jul 2019 was a Wednesday); the site menus ('الأكثر مشاهدة', 'على المباشر', 'آخر الأخبار' of later crawls), the section label and the author line 'La rédaction' dropped; headline kept; no date in the text", False, """
تحديد أسعار بيع أضاحي العيد
أعلنت وزارة الفلاحة والموارد المائية والصيد البحري، في بلاغ مشترك مع الاتحاد التونسي للفلاحة والصيد البحري اليوم الأربعاء، أن أسعار الأضاحي المعتمدة في نقاط البيع المنظمة ستكون على الشكل الآتي:
• "العلوش" الذي يقل وزنه عن 45 كلغ: 12 د/كلغ حي،
• "البركوس" الذي يتجاوز وزنه 45 كلغ: 11,5د /كلغ حي.
وحثت الوزارة والاتحاد المربين على الإقبال بكثافة على المشاركة في نقاط البيع المنظمة والخاضعة للمراقبة، وأكدا ضرورة أن يتوجه جميع المستهلكين إلى شراء الأضاحي من نقاط البيع المنظمة والخاضعة للمراقبة، حفاظا على حقوقهم وصونا لسلامة صحتهم.
""", [
    ev("joint-communique", "في بلاغ مشترك مع الاتحاد التونسي للفلاحة والصيد البحري اليوم الأربعاء", COMMUNIQUE, "'اليوم الأربعاء' in a report of Wed 31 Jul 2019 (page stamp)"),
    ev("reference-prices-set", "أن أسعار الأضاحي المعتمدة في نقاط البيع المنظمة ستكون على الشكل الآتي", COMMUNIQUE, "the prices fixed by the communiqué of Wed 31 Jul 2019"),
    ev("breeders-called", "وحثت الوزارة والاتحاد المربين", COMMUNIQUE, "no own expression; the call of the same communiqué, Wed 31 Jul 2019"),
    ev("consumers-called", "وأكدا ضرورة أن يتوجه جميع المستهلكين", COMMUNIQUE, "no own expression; the call of the same communiqué, Wed 31 Jul 2019"),
])
art(S, "https://kapitalis.com/anbaa-tounes/2019/08/06/%d9%82%d8%b7%d9%8a%d8%b9-%d8%a3%d8%b6%d8%a7%d8%ad%d9%8a-%d8%a7%d9%84%d8%b9%d9%8a%d8%af-%d9%81%d9%8a-%d8%aa%d9%88%d9%86%d8%b3-%d8%a8%d9%84%d8%ba-%d9%85%d9%84%d9%8a%d9%88%d9%86-%d9%88500-%d8%a3%d9%84",
    "2019-08-06", "date in the URL '/2019/08/06/' (Tue 6 Aug 2019); no date in the body; the stored text has no headline, rendered from the URL slug (cut after 'و500 أل', completed as 'ألف رأس'); the 'شارك رأيك' line dropped", False, """
قطيع أضاحي العيد في تونس بلغ مليون و500 ألف رأس
أفادت وزارة الفلاحة والموارد المائية والصيد البحري، في بيان أصدرته بمناسبة عيد الأضحى، بأن أضاحي العيد متوفرة في كل جهات البلاد، إذ يقدر القطيع بمليون و500 ألف رأس غنم.
وعملت الوزارة، بالتعاون مع ديوان تربية الماشية وتوفير المرعى والمجمع المهني المشترك للحوم الحمراء والألبان وديوان الأراضي الدولية والاتحاد التونسي للفلاحة والصيد البحري والسلط المحلية والجهوية وعدد من الفلاحين الخواص، على تعميم نقاط بيع الأضاحي بالميزان، المنظمة والخاضعة للمراقبة الصحية الرسمية، في كامل تراب الجمهورية، وقد بلغ عددها هذه السنة نحو 154 نقطة بيع موزعة على 21 ولاية (مقابل 121 نقطة بيع في عيد 2018 و48 نقطة بيع في عيد 2017).
وتحدد سعر الكيلوغرام الواحد بـ 11.5 دنانير للخروف الذي يزيد وزنه على 45 كلغ و12 دينارا للكلغ للخروف الذي يقل وزنه عن 45 كلغ.
ويذكر أن القطيع كله من الإنتاج المحلي.
وحرصا على صحة المستهلك، تضع الوزارة، بالتنسيق مع عمادة الأطباء البياطرة، على ذمة المواطنين فريقا يضم أكثر من 400 طبيب بيطري متطوع لضمان المراقبة البيطرية للأضاحي في كامل تراب الجمهورية، والرد على كل الاستفسارات عند ملاحظة أعراض غير عادية على الأضحية.
""", [
    ev("ministry-eid-statement", "في بيان أصدرته بمناسبة عيد الأضحى", "2019-08-05", "no own expression; the ministry's statement reported on Tue 6 Aug 2019, issued that day or the day before (my span Mon 5 - Tue 6 Aug)", end="2019-08-07"),
    ev("sale-points-154", "وقد بلغ عددها هذه السنة نحو 154 نقطة بيع", "2019-08-01", "no own expression; the organised sale points of the 2019 season, open from Thu 1 Aug until the eve of Eid (Sun 11 Aug 2019); my span 1-10 Aug", end="2019-08-11"),
    ev("reference-prices-set", "وتحدد سعر الكيلوغرام الواحد بـ 11.5 دنانير", COMMUNIQUE, "no own expression; the prices fixed by the joint communiqué of Wed 31 Jul 2019 (newsplus, diwanfm)"),
])

# ---------------------------------------------------------------- saudi-camel-club-elite-auction-2019
S = "saudi-camel-club-elite-auction-2019"
AUCTION = "2019-12-11"                     # Wed 11 Dec 2019: second 'elite auction' at al-Sayahid, afternoon to evening
art(S, "https://alwakeelnews.com/Section_7/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/%D8%B4%D8%A7%D9%87%D8%AF-%D8%A8%D9%8A%D8%B9-%D9%86%D8%A7%D9%82%D8%A9-%D8%A8%D9%80-186-%D8%A3%D9%84%D9%81-%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9_419997",
    "2019-12-11", "no stamp in the stored text: the body's 'أقيم بعد ظهر اليوم الأربعاء' for the auction, and the embedded tweet of the Camel Club dated 'December 11, 2019' (dropped with the embed), give Wed 11 Dec 2019 (a Wednesday; saudpost of the next day: 'مساء أمس الأربعاء'); the tag 'الوكيل الإخباري' dropped; the stored text has no headline, rendered from the URL slug; the last, truncated sentence on the 2.1-million camel dropped; no date in the text", False, """
شاهد.. بيع ناقة بـ 186 ألف دولار في السعودية
بيعت ناقة بمبلغ 700 ألف ريال (قرابة 186 ألف دولار)، وبلغ سعر ناقة أخرى 2.6 مليون ريال (قرابة 700 ألف دولار)، فيما وصل سعر جمل إلى 2.1 مليون ريال (قرابة 560 ألف دولار) في مزاد للإبل جرى بعد ظهر اليوم الأربعاء في السعودية.
ونظم نادي الإبل الحكومي المزاد الذي أطلق عليه اسم "مزاد النخبة" بحضور كبار ملاك الإبل وهواتها، الذين ينتظرون انطلاق مهرجان الملك عبدالعزيز للإبل يوم الأحد المقبل.
ويتنافس الملاك في المزاد على اقتناء إبل بمواصفات جمالية تؤهلها للفوز بإحدى مسابقات "مزايين الإبل" التي تقام في مهرجان الإبل، وتتجاوز جوائزه مجتمعة مئة مليون ريال.
وأُبرمت أولى صفقات مزاد النخبة ببيع الناقة شواشة (لونها: شعلا) بـ 500 ألف ريال (قرابة 133 ألف دولار) للمزايد مهنا المزروعي، وفق ما أعلنه منظمو المزاد.
ورفض مالك الناقة هيافة (لونها: مجهم، سنها: ثنية) بيعها مع أن سعرها في المزاد بلغ 1.2 مليون ريال (قرابة 320 ألف دولار).
وبيعت كذلك الناقة جل مخربة (لونها: شعلا) بـ 700 ألف ريال (قرابة 186 ألف دولار) للمزايد نايف الغدراء العتيبي.
""", [
    ev("elite-auction", "في مزاد للإبل جرى بعد ظهر اليوم الأربعاء في السعودية", AUCTION, "'بعد ظهر اليوم الأربعاء' = Wed 11 Dec 2019"),
    ev("festival-start", "انطلاق مهرجان الملك عبدالعزيز للإبل يوم الأحد المقبل", "2019-12-15", "'يوم الأحد المقبل' from Wed 11 Dec 2019 = Sun 15 Dec (Okaz: 'ينطلق 15 ديسمبر الجاري')"),
    ev("first-deal-shawasha", "وأُبرمت أولى صفقات مزاد النخبة ببيع الناقة شواشة", AUCTION, "no own expression; the auction of Wed 11 Dec 2019"),
    ev("hayafa-not-sold", "ورفض مالك الناقة هيافة", AUCTION, "no own expression; the auction of Wed 11 Dec 2019"),
    ev("jil-mukharraba-sold", "وبيعت كذلك الناقة جل مخربة", AUCTION, "no own expression; the auction of Wed 11 Dec 2019"),
])
art(S, "https://saudpost.com/56754/",
    "2019-12-12", "no stamp in the stored text: the body's 'أقيم مساء أمس الأربعاء' for the second elite auction, which alwakeelnews dates 'بعد ظهر اليوم الأربعاء' with the club's tweet of December 11, 2019, gives Thu 12 Dec 2019 (a Thursday); byline 'حافظ رياني' dropped; the stored text has no headline, written from the body; the last, truncated sentence ('وصف عمير القحطاني ...') dropped; no date in the text", False, """
ملاك الإبل يشيدون بتنظيم مزاد النخبة في نسخته الثانية
أثنى عدد كبير من ملاك الإبل على التنظيم والمنافسة اللذين شهدهما "مزاد النخبة" في نسخته الثانية، الذي أقيم مساء أمس الأربعاء، وسط تفاعل واسع من المشاركين الذين زاد عددهم على 700 شخص بين ملاك ومنتجين، فيما تخطت القيمة السوقية للفرديات عشرين مليون ريال.
ورأى عبدالمحسن البعيجان أن التجهيزات كانت ممتازة، لافتا إلى أن موعد المزاد منح الراغبين في الشراء فرصة مميزة للمشاركة في المهرجان.
وتحدى البعيجان منافسيه قائلا: "الوعد الميدان"، متمنيا التوفيق لنادي الإبل على ما بذله من جهود كبيرة، وقال إنه يشكر خادم الحرمين الشريفين وولي عهده الأمين على تبنيهما فكرة هذا المهرجان، وإن الدور الآن على الشيخ فهد بن فلاح بن حثلين للانتقال من الأفضل إلى الأفضل.
وأكد مهنا المزروعي، صاحب أول صفقة في المزاد، أن موعد "مزاد النخبة" جاء ملائما للجميع، لأنه يتيح وقتا كافيا لكل من يرغب في الشراء والمشاركة، مشيرا إلى أن التجهيزات هذا العام كانت ممتازة، وأن كل اللجان أدت عملها على أكمل وجه.
ووجه رسالة إلى المشاركين دعا فيها كل واحد منهم إلى تقديم أفضل ما لديه لإثراء هذا المحفل الكبير، وشكر رئيس نادي الإبل والرئيس التنفيذي وكل القائمين على المهرجان.
""", [
    ev("elite-auction", "الذي أقيم مساء أمس الأربعاء", AUCTION, "'مساء أمس الأربعاء' in a report of Thu 12 Dec 2019 = Wed 11 Dec"),
    ev("first-deal-shawasha", "صاحب أول صفقة في المزاد", AUCTION, "no own expression; the first deal of the auction of Wed 11 Dec 2019 (alwakeelnews: Shawasha sold to Muhanna al-Mazrouei)"),
    ev("owners-praise", "أثنى عدد كبير من ملاك الإبل على التنظيم والمنافسة", AUCTION, "no own expression; the owners' statements after the auction of Wed 11 Dec 2019, made that evening or on Thu 12 Dec (my span 11-12 Dec)", end="2019-12-13"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 633
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
