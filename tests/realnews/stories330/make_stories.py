"""Builds stories.jsonl: the 330-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days). Bodies are re-worded sentence by sentence, every date/time
expression is kept verbatim, and the gold events are keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: electricity: blackouts, load-shedding schedules,
power-station breakdowns, grid interconnection deals and electricity tariff changes. The stories are Syria's
four-tier electricity tariff of 30 October 2025 (Syria, 2025), the Iberian blackout of 28 April 2025 and
Morocco's help through the Gibraltar interconnector (Spain/Portugal/Morocco, 2025), the Iraqi electricity
minister's resignation and the nationwide blackout of Friday 2 July 2021 (Iraq, 2021), and Turkey's
nationwide blackout of Tuesday 31 March 2015 (Turkey, 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-four-tier-electricity-tariff-2025
S = "syria-four-tier-electricity-tariff-2025"
DECISION = "2025-10-30"                    # the Energy Ministry's tariff decision (no. 687 of 2025), Thu 30 Oct 2025
EFFECTIVE = "2025-11-01"                   # the new tariff applies from 1 Nov 2025 (Sat)
DEBATE = ("2025-10-30", "2025-11-08")      # the public debate and anger over the rise (my span, to the last report)
art(S, "https://www.aletihad.ae/news/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/4617751/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AA%D9%82%D8%B1%D8%B1-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D8%AA%D8%B9%D8%B1%D9%8A%D9%81%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%84%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1",
    "2025-10-30", "article stamp '30 أكتوبر 2025 17:20' under the headline (kept as second line; 30 Oct 2025 was a Thursday); the body's 'اليوم الخميس' agrees; the site banner 'الجمعة 31 أكتوبر 2025 أبوظبي الإمارات' is the page-view date, not the article's, and was dropped; headline kept from the page; the last, truncated sentence (fourth tier) dropped", True, """
سوريا تقرر تطبيق تعريفة جديدة لأسعار الكهرباء
30 أكتوبر 2025 17:20
اتخذت وزارة الطاقة السورية اليوم الخميس قرارا بتطبيق تعريفة جديدة لأسعار الطاقة الكهربائية تتوزع على أربع شرائح، وتأخذ في الحسبان الفئات الاجتماعية ومستويات الاستهلاك المتفاوتة.
وأوضحت الوزارة، في بيان صحفي صدر اليوم، أن الخطوة تندرج ضمن مشروع إصلاح قطاع الكهرباء وتحقيق استدامته والارتقاء بالخدمة.
وبيّنت أن الشريحة الأولى مخصصة لذوي الدخل المحدود (وهم غالبية المواطنين)، وتمتد حتى 300 كيلو واط خلال دورة شهرين، ويبلغ فيها سعر الكيلو واط الواحد 600 ليرة سورية، على أن تدعمه الحكومة بنسبة 60% من سعر التكلفة.
وأشارت إلى أن الشريحة الثانية موجهة لأصحاب الدخل المتوسط والمرتفع وللمشاريع الصغيرة، وتشمل ما يزيد على 300 كيلو واط خلال دورة شهرين، بسعر 1400 ليرة سورية للكيلو واط.
وأضافت أن الشريحة الثالثة تخص المعفين من التقنين، ومنهم المؤسسات الحكومية والشركات والمصانع التي تحتاج إلى الكهرباء على مدار الساعة، ويبلغ سعر الكيلو واط فيها 1700 ليرة سورية.
""", [
    ev("tariff-decision", "اتخذت وزارة الطاقة السورية اليوم الخميس قرارا بتطبيق تعريفة جديدة", DECISION, "'اليوم الخميس' = Thu 30 Oct 2025 (stamp 30 Oct 2025)"),
    ev("ministry-statement", "وأوضحت الوزارة، في بيان صحفي صدر اليوم", DECISION, "'اليوم' = Thu 30 Oct 2025"),
    ev("tier-one-600", "ويبلغ فيها سعر الكيلو واط الواحد 600 ليرة سورية", DECISION, "no own expression; the first-tier price set by the decision of Thu 30 Oct 2025"),
])
art(S, "https://ektisadi.com/posts/2025-10-30-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AA%D9%8F%D8%B9%D9%84%D9%86-%D8%A7%D9%84%D8%AA%D8%B9%D8%B1%D9%81%D8%A9-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%84%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D8%AE%D8%B7%D9%88%D8%A9-%D8%A3%D8%B3%D8%A7%D8%B3%D9%8A%D8%A9-%D9%84%D8%A5%D8%B5%D9%84%D8%A7%D8%AD-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B9-%D9%88%D8%AA%D8%AD%D8%B3%D9%8A%D9%86-%D8%A7%D9%84%D8%AE%D8%AF%D9%85%D8%A9",
    "2025-10-30", "date in the URL '/posts/2025-10-30-' (30 Oct 2025 was a Thursday); the body's 'اليوم' for the ministry's announcement agrees with the day of the decision (aletihad, stamp 30 Oct 2025 17:20); headline kept from the page; the photo caption ('وكالة سانا'), the sub-headings and the last, truncated item of the minister's list dropped; no date of its own in the text", False, """
سوريا تُعلن التعرفة الجديدة للكهرباء... خطوة أساسية لإصلاح القطاع وتحسين الخدمة
أعلنت وزارة الطاقة السورية اليوم اعتماد تعرفة جديدة للكهرباء تشمل جميع المشتركين والقطاعات، على أن يبدأ تنفيذها مطلع تشرين الثاني المقبل، في خطوة ترمي إلى تحسين الخدمات وضمان استدامة المنظومة الكهربائية.
وتتوزع التعرفة الجديدة على أربع شرائح تراعي مستويات الاستهلاك والفئات الاجتماعية.
فالشريحة الأولى لأصحاب الدخل المحدود حتى 300 كيلوواط خلال دورة شهرين، بسعر 600 ليرة سورية للكيلوواط تدعمه الدولة بنسبة 60%.
والشريحة الثانية لأصحاب الدخل المتوسط والمشاريع الصغيرة فيما يزيد على 300 كيلوواط، بسعر 1400 ليرة للكيلوواط.
أما الشريحة الثالثة فتخص المؤسسات الحكومية والشركات والمصانع المعفاة من التقنين بسعر 1700 ليرة للكيلوواط، في حين تشمل الرابعة المصانع ذات الاستهلاك العالي بسعر 1800 ليرة للكيلوواط.
وشدد وزير الطاقة محمد البشير على أن تعديل التعرفة يمثل المرحلة الأولى من إصلاح شامل للقطاع الكهربائي.
وأوضح أن الإجراءات القادمة تتضمن رفع القدرة الإنتاجية من خلال مشاريع توليد جديدة، وتركيب عدادات ذكية لمراقبة الاستهلاك.
""", [
    ev("tariff-decision", "أعلنت وزارة الطاقة السورية اليوم اعتماد تعرفة جديدة للكهرباء", DECISION, "'اليوم' = Thu 30 Oct 2025 (publication day)"),
    ev("tariff-effective", "على أن يبدأ تنفيذها مطلع تشرين الثاني المقبل", EFFECTIVE, "'مطلع تشرين الثاني المقبل' = the start of November 2025; the decision no. 687 (thawra) fixes 1 Nov 2025"),
    ev("tier-one-600", "بسعر 600 ليرة سورية للكيلوواط تدعمه الدولة", DECISION, "no own expression; the first-tier price set by the decision of Thu 30 Oct 2025"),
    ev("minister-statement", "وشدد وزير الطاقة محمد البشير على أن تعديل التعرفة", DECISION, "no own expression; the minister's statement reported with the announcement of Thu 30 Oct 2025"),
])
art(S, "https://www.aljazeera.net/news/2025/11/4/%D8%A3%D9%8A%D9%86-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D8%AA%D8%B3%D8%B9%D9%8A%D8%B1%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D8%AA%D8%B4%D8%B9%D9%84",
    "2025-11-04", "date in the URL '/news/2025/11/4/' and stamp 'date 2025-11-04' (4 Nov 2025 was a Tuesday); headline rendered from the URL slug ('أين الكهرباء تسعيرة جديدة تشعل', cut off) and completed with 'الجدل في سوريا' (the stored text has none); the embedded tweet line and the last, truncated sentence dropped; no date of its own in the text", False, """
أين الكهرباء؟.. تسعيرة جديدة تشعل الجدل في سوريا
منذ أن أعلنت وزارة الطاقة السورية بتاريخ 30 أكتوبر/تشرين الأول الماضي تسعيرة جديدة لمبيع الكيلوواط الساعي، لم يهدأ النقاش على منصات التواصل وبين الناس في الشوارع.
وتساءل سوريون: أين هي الكهرباء التي رفعت الحكومة سعرها؟!، ورأى المعارضون أن رفع التعرفة المنزلية والتجارية والصناعية قرار خاطئ لا يخدم الأسر ذات الدخل المحدود.
وأضافوا أن مصانع كثيرة ستغلق أبوابها بسبب غلاء أجور الكهرباء، بدلا من أن تُهيأ بيئة جاذبة للصناعة والتجارة.
واعتبر آخرون أن الإصلاح يبدأ بتأمين مقومات العيش وفرص العمل، كي يتمكن المواطن من تسديد فواتير الكهرباء والماء.
في المقابل، رأى بعض مؤيدي القرار أنه منطقي من الناحية الاقتصادية، وقد يكون خطوة لازمة لتحسين الخدمة وتثبيت التيار واجتذاب الاستثمار.
ولفت ناشطون إلى أن التسعيرة الجديدة قد تتيح للمصانع أن تعمل بكفاءة، وأن زيادة الإنتاج تعني طلبا أكبر على الأيدي العاملة ورفعا للرواتب وتحسنا في القدرة الشرائية للجميع.
""", [
    ev("tariff-decision", "أعلنت وزارة الطاقة السورية بتاريخ 30 أكتوبر/تشرين الأول الماضي تسعيرة جديدة", DECISION, "'بتاريخ 30 أكتوبر/تشرين الأول الماضي' = Thu 30 Oct 2025"),
    ev("public-debate", "لم يهدأ النقاش على منصات التواصل وبين الناس في الشوارع", DEBATE[0], "'منذ ... 30 أكتوبر' up to the report of Tue 4 Nov 2025; my span 30 Oct - 7 Nov 2025 (to the last report of the set)", end=DEBATE[1]),
    ev("opponents-criticism", "ورأى المعارضون أن رفع التعرفة المنزلية والتجارية والصناعية قرار خاطئ", DEBATE[0], "no own expression; the critics' reactions since the announcement of 30 Oct 2025; my span 30 Oct - 7 Nov", end=DEBATE[1]),
    ev("supporters-view", "رأى بعض مؤيدي القرار أنه منطقي من الناحية الاقتصادية", DEBATE[0], "no own expression; the supporters' reactions since 30 Oct 2025; my span 30 Oct - 7 Nov", end=DEBATE[1]),
])
art(S, "http://arabic.china.org.cn/txt/2025-11/07/content_118165990.htm",
    "2025-11-07", "Xinhua dateline 'دمشق 7 نوفمبر 2025 (شينخوا)' (kept at the head of the body; 7 Nov 2025 was a Friday), page stamp '07. 11. 2025' and URL '/2025-11/07/'; headline written from the body (the stored text has none); the last, truncated sentence (fourth tier) dropped", True, """
سوريون يرشّدون استهلاك الكهرباء بعد رفع أسعارها
دمشق 7 نوفمبر 2025 (شينخوا) في حي المزة بدمشق، شرعت الصيدلانية آلاء صابوني في تطبيق نظام صارم لترشيد الكهرباء داخل منزلها، بعدما قررت السلطات السورية في نهاية أكتوبر الماضي رفع أسعارها، وهي خطوة أثارت قلقا واسعا وسخطا بين السوريين.
وتقول صابوني البالغة من العمر (35 عاما) لوكالة أنباء ((شينخوا)) إن أسرتها باشرت فعلا ترشيدا صارما، تحسبا لاستهلاك كمية كبيرة من الكهرباء.
وتضيف: "لم نعد نشعل أضواء غير ضرورية هنا وهناك، يكفينا مصباح الغرفة التي نجلس فيها"، و"طلبت حتى من ابنتي أن تنهي واجباتها المدرسية مبكرًا، قبل حلول الليل، فنحن نحاول توفير كل كيلوواط ممكن".
وكانت سلطة الطاقة السورية قد أعلنت في نهاية أكتوبر نظاما جديدا لتعريفة الكهرباء من أربع فئات، يرفع أسعار الكهرباء على الأسر بما يصل إلى ستين ضعفًا.
وحددت السلطة الأسعار الجديدة، فجعلت الشريحة الأولى للاستهلاك حتى 300 كيلوواط/ساعة كل شهرين بسعر 600 ليرة سورية (0.05 دولار أمريكي) للكيلوواط/ساعة، وهو سعر ما يزال مدعوما بنسبة 60% بحسب المسؤولين.
أما الشريحة الثانية، لمن يتجاوز هذا الحد، فتدفع 1400 ليرة سورية (0.12 دولار)، في حين تدفع المؤسسات العامة والمصانع 1700 ليرة.
""", [
    ev("home-rationing", "شرعت الصيدلانية آلاء صابوني في تطبيق نظام صارم لترشيد الكهرباء", DEBATE[0], "no own expression; her household rationing since the rise decided at the end of October, reported on Fri 7 Nov 2025; my span 30 Oct - 7 Nov", end=DEBATE[1]),
    ev("tariff-decision", "بعدما قررت السلطات السورية في نهاية أكتوبر الماضي رفع أسعارها", DECISION, "'في نهاية أكتوبر الماضي' = late October 2025; the decision of Thu 30 Oct 2025"),
    ev("public-debate", "أثارت قلقا واسعا وسخطا بين السوريين", DEBATE[0], "no own expression; the anger since the announcement of 30 Oct, reported on 7 Nov 2025; my span 30 Oct - 7 Nov", end=DEBATE[1]),
    ev("tier-one-600", "فجعلت الشريحة الأولى للاستهلاك حتى 300 كيلوواط/ساعة كل شهرين بسعر 600 ليرة سورية", DECISION, "no own expression ('كل شهرين' is the billing cycle); the first-tier price set by the decision of 30 Oct 2025"),
])

# ---------------------------------------------------------------- iberian-blackout-morocco-help-2025
S = "iberian-blackout-morocco-help-2025"
BLACKOUT = "2025-04-28"                    # the Iberian blackout, Mon 28 Apr 2025 (about 12:33 CEST)
RESTORE = ("2025-04-28", "2025-04-30")     # gradual restoration, evening of Mon 28 to early Tue 29 Apr (my span)
FULL = "2025-04-29"                        # REE: 99 % of demand restored at 06:00 on Tue 29 Apr 2025
art(S, "https://aswatdriouch.com/2025/04/28/%d8%a7%d9%86%d9%82%d8%b7%d8%a7%d8%b9-%d9%83%d9%87%d8%b1%d8%a8%d8%a7%d8%a6%d9%8a-%d9%85%d9%81%d8%a7%d8%ac%d8%a6-%d9%8a%d8%b6%d8%b1%d8%a8-%d8%a5%d8%b3%d8%a8%d8%a7%d9%86%d9%8a%d8%a7-%d9%88%d9%8a%d8%a4",
    "2025-04-28", "date in the URL '/2025/04/28/' (28 Apr 2025 was a Monday); the body's 'اليوم الإثنين' agrees; headline kept from the page (quotation marks dropped); no date of its own in the text", False, """
انقطاع كهربائي مفاجئ يضرب إسبانيا ويؤثر على البرتغال وفرنسا
في حادثة غير مسبوقة، عرفت إسبانيا اليوم الإثنين انقطاعا واسعا للتيار الكهربائي شمل معظم مناطق البلاد، وامتد أثره إلى جارتيها البرتغال وفرنسا.
ورغم الجهود الكبيرة المبذولة لإعادة الخدمة، ما تزال الأسباب الكامنة وراء الانقطاع غامضة حتى الآن.
وأعلنت السلطات أن التحقيقات متواصلة لتحديد السبب الدقيق لهذا العطل المفاجئ، في حين تكثف الفرق التقنية عملها لإرجاع التيار الكهربائي تدريجياً إلى المناطق المتضررة.
ولم يُكشف عن العدد الإجمالي للمتضررين، غير أن المؤشرات تفيد بأن للحادث طابعا وطنيا وآثارا واسعة.
وعطلت الأزمة خدمات الاتصال الهاتفي، فتضاعف ارتباك المواطنين، بينما أفادت تقارير على منصات التواصل الاجتماعي بأن البرتغال وفرنسا تأثرتا كذلك.
ومن أبرز التداعيات السلبية للحادث تعطل إشارات المرور في شوارع عديدة، ما أربك حركة السير وزاد المخاوف على السلامة العامة.
وشددت السلطات الإسبانية على مواصلة العمل لاستعادة الوضع الطبيعي، في ظل ترقب واسع من الجمهور لمزيد من التوضيحات الرسمية بشأن الحادث.
""", [
    ev("iberian-blackout", "عرفت إسبانيا اليوم الإثنين انقطاعا واسعا للتيار الكهربائي", BLACKOUT, "'اليوم الإثنين' = Mon 28 Apr 2025"),
    ev("blackout-investigation", "وأعلنت السلطات أن التحقيقات متواصلة لتحديد السبب الدقيق", BLACKOUT, "no own expression; the inquiry announced on Mon 28 Apr 2025"),
    ev("gradual-restoration", "لإرجاع التيار الكهربائي تدريجياً إلى المناطق المتضررة", RESTORE[0], "'تدريجياً'; the restoration from the evening of Mon 28 Apr to the early morning of Tue 29 Apr 2025 (my span)", end=RESTORE[1]),
    ev("phone-disruption", "وعطلت الأزمة خدمات الاتصال الهاتفي", BLACKOUT, "no own expression; during the blackout of Mon 28 Apr 2025"),
    ev("traffic-lights-down", "تعطل إشارات المرور في شوارع عديدة", BLACKOUT, "no own expression; during the blackout of Mon 28 Apr 2025"),
])
art(S, "https://www.maghress.com/assahifa/155314",
    "2025-04-28", "byline 'الصحيفة من الرباط الأثنين 28 أبريل 2025 - 23:08' (kept as 'الأثنين 28 أبريل 2025 - 23:08' under the headline; 28 Apr 2025 was a Monday); headline kept from the page; the breadcrumb and the last, truncated sentence dropped", True, """
المغرب يتعاون مع إسبانيا لإعادة الكهرباء إلى عدة مناطق في جنوب البلاد وسانشيز يشكر المملكة على تضامنها
الأثنين 28 أبريل 2025 - 23:08
أفاد رئيس الحكومة الإسبانية، بيدرو سانشيز، في كلمة متلفزة وجهها إلى الإسبان في الساعات القليلة الماضية، بأن التيار الكهربائي عاد إلى مناطق عديدة في جنوب البلاد بفضل المساعدة التي قدمها المغرب، معربا عن امتنانه لما وصفه بـ"التضامن" من جانب المملكة المغربية.
وشكر سانشيز في الكلمة نفسها فرنسا أيضا، إذ تعاونت بدورها مع السلطات الإسبانية لتزويد مناطق في شمال إسبانيا بالكهرباء، وأعلن حالة الطوارئ في أقاليم مدريد وإكستريمدورا، إضافة إلى مناطق محددة من الأندلس.
ويرجع هذا التعاون المغربي مع إسبانيا إلى وجود خطوط كهربائية تربط البلدين، إذ يُتوقع أن يلجأ المكتب الوطني المغربي للكهرباء إلى تزويد محطات الكهرباء في جنوب إسبانيا بالتيار، كإجراء مؤقت إلى حين تجاوز البلاد هذه الأزمة.
وأوضح سانشيز أنه لا تُعرف إلى حدود الساعة الأسباب التي أدت إلى هذا الانقطاع الكبير والشامل للتيار الكهربائي في البلاد، لا سيما أنه طال البرتغال أيضا ومناطق أخرى عديدة.
""", [
    ev("sanchez-thanks-morocco", "في كلمة متلفزة وجهها إلى الإسبان في الساعات القليلة الماضية", BLACKOUT, "'في الساعات القليلة الماضية' before 23:08 on Mon 28 Apr 2025"),
    ev("morocco-help", "بفضل المساعدة التي قدمها المغرب", BLACKOUT, "no own expression; Morocco's supply through the Gibraltar interconnector on the afternoon and evening of Mon 28 Apr 2025"),
    ev("france-help", "فرنسا أيضا، إذ تعاونت بدورها مع السلطات الإسبانية", BLACKOUT, "no own expression; France's supply to northern Spain on Mon 28 Apr 2025"),
    ev("state-of-emergency", "وأعلن حالة الطوارئ في أقاليم مدريد وإكستريمدورا", BLACKOUT, "no own expression; announced in the same address of Mon 28 Apr 2025"),
    ev("iberian-blackout", "هذا الانقطاع الكبير والشامل للتيار الكهربائي", BLACKOUT, "no own expression; the blackout of Mon 28 Apr 2025 (byline date)"),
])
art(S, "https://thepress.ma/?p=9245",
    "2025-04-29", "the body's 'صباح اليوم 29 ابريل 2025' (kept; 29 Apr 2025 was a Tuesday) and 'مساء أمس الإثنين' (Mon 28 Apr) agree; headline written from the body (the stored text has none)", True, """
ريد إلكتريكا: عودة التيار الكهربائي في إسبانيا بنسبة 99 في المائة
أعلنت شركة "ريد إلكتريكا" المكلفة بتشغيل شبكة الكهرباء في إسبانيا، صباح اليوم 29 ابريل 2025، أن التيار الكهربائي عاد بنسبة 99 في المائة اعتبارا من الساعة السادسة صباحا، إثر الانقطاع الكبير الذي عرفته البلاد.
وأوضحت الشركة أن إنتاج 21.26 ميغاوات من الطاقة أسهم في استعادة التيار على نطاق شبه كامل في مختلف أرجاء البلاد، مؤكدة أن الإمدادات استقرت في أغلب المناطق المتضررة.
وكانت الشركة قد أفادت بأنها نجحت في إعادة التيار إلى أراضي البر الرئيسي، بعد انقطاع شمل مناطق واسعة من شبه الجزيرة الإيبيرية، من بينها أجزاء من إسبانيا والبرتغال بل وجنوب فرنسا.
ولا يزال السبب الدقيق لهذا الانقطاع مجهولا، وهو ما أثار تساؤلات تقنية وسياسية حول مدى تأثر البنية التحتية الكهربائية في المنطقة.
وشدد رئيس الوزراء الإسباني بيدرو سانشيز، في مؤتمر صحافي مساء أمس الإثنين، على أن حكومته لا تستبعد أي فرضية في الوقت الراهن، قائلا: "نحلل كل الأسباب المحتملة، وأنا أصر على ذلك، من دون استبعاد أي فرضية أو أي احتمال"، ومشيرا إلى أن الخلل يبدو ناجما عن مشكلة في شبكة الكهرباء الأوروبية أدت إلى انقطاع واسع طال عدة دول مجاورة.
""", [
    ev("restoration-99pct", "أن التيار الكهربائي عاد بنسبة 99 في المائة اعتبارا من الساعة السادسة صباحا", FULL, "'صباح اليوم 29 ابريل 2025' and 'اعتبارا من الساعة السادسة صباحا' = 06:00 on Tue 29 Apr 2025"),
    ev("gradual-restoration", "نجحت في إعادة التيار إلى أراضي البر الرئيسي", RESTORE[0], "no own expression ('وكانت ... قد'); the restoration of the mainland during the night of 28-29 Apr 2025 (my span)", end=RESTORE[1]),
    ev("iberian-blackout", "بعد انقطاع شمل مناطق واسعة من شبه الجزيرة الإيبيرية", BLACKOUT, "no own expression; the blackout of Mon 28 Apr 2025"),
    ev("sanchez-no-hypothesis-excluded", "في مؤتمر صحافي مساء أمس الإثنين", BLACKOUT, "'مساء أمس الإثنين' from Tue 29 = the evening of Mon 28 Apr 2025"),
])
art(S, "https://machahid24.com/politique/462280.html",
    "2025-04-30", "no date on the stored page; the body's 'أول أمس الاثنين' for the foreign ministers' call and for the blackout (Mon 28 Apr 2025, dated so by assahifa and tawasol24) gives Wed 30 Apr 2025; headline written from the body (the stored text has none); the last, truncated quotation dropped; no date of its own in the text", False, """
ألباريس يتصل ببوريطة بعد انقطاع الكهرباء وسانشيز يشكر المغرب
أجرى وزير الخارجية الإسباني، خوسي مانويل ألباريس، أول أمس الاثنين، مكالمة هاتفية مع نظيره المغربي ناصر بوريطة، عقب الانقطاع الواسع للتيار الكهربائي في شبه الجزيرة الإيبيرية.
وبحسب ما نشرته وكالة الأنباء الإسبانية غير الرسمية "أوروبا بريس"، أجرى ألباريس اتصالات بعدد من نظرائه في فرنسا والبرتغال والمغرب وأوكرانيا بشأن انقطاع الكهرباء، الذي أصاب بشدة الجارة الشمالية للمملكة.
ويُرجح أن المغرب تدخل على إثر هذه المكالمة لمساعدة إسبانيا على استعادة التيار في عدد من مناطقها، ولا سيما في الجنوب.
وأشارت "أوروبا بريس"، نقلا عن شركة "ريد إليكتريكا"، إلى أن المغرب قدم المساعدة لإسبانيا في ذات اليوم الذي وقع فيه الانقطاع.
كما وجه رئيس الحكومة الإسبانية بيدرو سانشيز الشكر إلى المغرب لأنه ساعد في إمداد إسبانيا بالكهرباء إثر الانقطاع المفاجئ الذي شهدته عدة دول أوروبية أول أمس الإثنين.
وعبّر سانشيز في مؤتمر صحفي عن امتنانه للمملكة المغربية على إسهامها في إعادة التيار الكهربائي إلى منطقة الأندلس، التي تضررت من انقطاع واسع شمل أجزاء من إسبانيا والبرتغال.
""", [
    ev("albares-bourita-call", "أجرى وزير الخارجية الإسباني، خوسي مانويل ألباريس، أول أمس الاثنين", BLACKOUT, "'أول أمس الاثنين' from Wed 30 = Mon 28 Apr 2025"),
    ev("morocco-help", "المغرب قدم المساعدة لإسبانيا في ذات اليوم الذي وقع فيه الانقطاع", BLACKOUT, "'في ذات اليوم' = the day of the blackout, Mon 28 Apr 2025"),
    ev("iberian-blackout", "الانقطاع المفاجئ الذي شهدته عدة دول أوروبية أول أمس الإثنين", BLACKOUT, "'أول أمس الإثنين' from Wed 30 = Mon 28 Apr 2025"),
    ev("sanchez-thanks-morocco", "وعبّر سانشيز في مؤتمر صحفي عن امتنانه للمملكة المغربية", BLACKOUT, "no own expression; Sanchez's thanks of Mon 28 Apr 2025 (assahifa)"),
])

# ---------------------------------------------------------------- iraq-hantoush-resignation-blackout-2021
S = "iraq-hantoush-resignation-blackout-2021"
RESIGN = "2021-06-29"                      # minister Majid Hantoush's resignation announced, Tue 29 Jun 2021
SADR = "2021-06-27"                        # Muqtada al-Sadr's tweet calling for his dismissal ('بعد يومين' before 29 Jun)
BLACKOUT = "2021-07-02"                    # nationwide blackout at dawn on Fri 2 Jul 2021
TOWERS = ("2021-06-01", "2021-07-01")      # the campaign of bombings of transmission towers in June 2021 (my span)
art(S, "https://zagrosnews.net/ar/news/21798",
    "2021-06-29", "the body's 'اليوم الثلاثاء (29 حزيران 2021)' (kept; 29 Jun 2021 was a Tuesday); headline written from the body (the stored text has none); the source line 'زاكروس عربية- أربيل' and the last, truncated sentence dropped", True, """
وزير الكهرباء العراقي ماجد حنتوش يقدم استقالته
أعلن المتحدث باسم وزارة الكهرباء الاتحادية أحمد موسى، اليوم الثلاثاء (29 حزيران 2021)، أن وزير الكهرباء ماجد حنتوش رفع استقالته من منصبه إلى رئيس الوزراء مصطفى الكاظمي، على وقع احتجاجات متصاعدة بسبب تقلص ساعات تزويد المواطنين بالكهرباء مع الارتفاع الكبير في درجات الحرارة.
وأضاف أن "رئيس الوزراء وافق على الاستقالة وفق المعلومات الواردة، وقد جاءت بعد ضغوط شعبية سببها تردي خدمة الكهرباء".
وتأتي استقالة حنتوش بعد تدهور تام في ساعات توفير الطاقة الكهربائية في العراق، مع درجات حرارة قاربت 50 درجة في الظل في مناطق عراقية كثيرة، ووسط حملة منظمة يشنها مجهولون لتفجير أبراج نقل الطاقة.
كما جاءت الاستقالة بعد يومين من دعوة وجهها زعيم التيار الصدري مقتدى الصدر، في تغريدة، إلى إقالة وزير الكهرباء، أطلق أنصاره بعدها حملة على مواقع التواصل الاجتماعي لإبعاد حنتوش عن منصبه.
ويعاني العراق منذ عقود من نقص في الكهرباء بسبب الحروب المتلاحقة وعدم استقرار الأوضاع الأمنية، ويحتج السكان منذ سنوات طويلة على تكرار انقطاع التيار، ولا سيما في فصل الصيف، حين تبلغ الحرارة أحيانا 50 درجة مئوية.
""", [
    ev("spokesman-announcement", "أعلن المتحدث باسم وزارة الكهرباء الاتحادية أحمد موسى، اليوم الثلاثاء (29 حزيران 2021)", RESIGN, "'اليوم الثلاثاء (29 حزيران 2021)'"),
    ev("minister-resignation", "أن وزير الكهرباء ماجد حنتوش رفع استقالته من منصبه", RESIGN, "no own expression; the resignation announced on Tue 29 Jun 2021"),
    ev("tower-bombings", "حملة منظمة يشنها مجهولون لتفجير أبراج نقل الطاقة", TOWERS[0], "no own expression; the string of attacks on transmission towers in the weeks before the resignation; my span June 2021", end=TOWERS[1]),
    ev("sadr-call", "دعوة وجهها زعيم التيار الصدري مقتدى الصدر، في تغريدة", SADR, "'بعد يومين' before the resignation of Tue 29 Jun = Sun 27 Jun 2021"),
])
art(S, "https://jpnews-sy.com/ar/news.php?id=206149",
    "2021-06-30", "page date line 'الأربعاء, 30 حزيران 2021 الساعة 00:46' (kept as second line; 30 Jun 2021 was a Wednesday): the wire of Tuesday went up 46 minutes after midnight, so its 'الثلاثاء' and 'اليوم الثلاثاء' are Tue 29 Jun; headline kept from the page; the source tags ('جهينة نيوز', 'المصدر: وكالات') dropped", True, """
إنقطاع في الكهرباء عن اربع محافظات عراقية لأسباب مجهولة وإستقالة وزير الكهرباء العراقي
الأربعاء, 30 حزيران 2021 الساعة 00:46
قدّم وزير الكهرباء العراقي استقالته من الحكومة من دون أن يكشف أي تفاصيل.
وكانت وزارة الكهرباء قد أعلنت، الثلاثاء، أن وزيرها ماجد حنتوش تقدم باستقالته.
ونقلت وكالة الأنباء العراقية عن المتحدث باسم الوزارة أحمد العبادي قوله إن "وزير الكهرباء رفع استقالته إلى مكتب رئيس الوزراء"، من دون أن يضيف مزيدا من التفاصيل.
وفي سياق متصل، أعلنت دائرة كهرباء ميسان، اليوم الثلاثاء، حدوث إطفاء تام في المنظومة الكهربائية بأربع محافظات جنوبية.
وأفاد إعلام الدائرة، في بيان ورد إلى السومرية نيوز، بأن "إطفاء تاما وقع في المنظومة الكهربائية في المحافظات الجنوبية (السماوة وميسان وذي قار والبصرة)"، مضيفا أن "ذلك حصل من دون معرفة الأسباب".
""", [
    ev("minister-resignation", "قدّم وزير الكهرباء العراقي استقالته من الحكومة", RESIGN, "no own expression; the resignation announced 'الثلاثاء' = Tue 29 Jun 2021"),
    ev("spokesman-announcement", "وكانت وزارة الكهرباء قد أعلنت، الثلاثاء", RESIGN, "'الثلاثاء' = Tue 29 Jun 2021 (the day before the 00:46 stamp)"),
    ev("maysan-statement", "أعلنت دائرة كهرباء ميسان، اليوم الثلاثاء", RESIGN, "'اليوم الثلاثاء' of the wire = Tue 29 Jun 2021 (not the page's Wednesday)"),
    ev("southern-blackout", "حدوث إطفاء تام في المنظومة الكهربائية بأربع محافظات جنوبية", RESIGN, "'اليوم الثلاثاء' = Tue 29 Jun 2021"),
])
art(S, "https://7al.net/2021/07/02/%d9%84%d8%a3%d9%88%d9%84-%d9%85%d8%b1%d8%a9-%d9%85%d9%86%d8%b0-30-%d8%b9%d8%a7%d9%85%d8%a7%d9%8b-%d8%ba%d9%8a%d8%a7%d8%a8-%d8%aa%d8%a7%d9%85-%d9%84%d9%84%d9%83%d9%87%d8%b1%d8%a8%d8%a7%d8%a1-%d9%81/albazi/news/",
    "2021-07-02", "date in the URL '/2021/07/02/' (2 Jul 2021 was a Friday); the body's 'فجر اليوم الجمعة' agrees; headline rendered from the URL slug ('لأول مرة منذ 30 عاماً غياب تام للكهرباء ف', cut off) and completed with 'في العراق'; hashtags turned into plain words; the last, truncated words dropped; no date of its own in the text", False, """
لأول مرة منذ 30 عاماً.. غياب تام للكهرباء في العراق
انهارت المنظومة الكهربائية في العراق بالكامل، فجر اليوم الجمعة، في معظم المدن العراقية، وهي حادثة لم تقع منذ عام 1991.
وذكرت مصادر في وزارة الكهرباء أن عارضا فنيا أصاب الشبكة الوطنية، فانقطع التيار الكهربائي عن كل المحافظات العراقية ما عدا محافظات إقليم كردستان.
ويغيب التيار حالياً عن معظم محافظات جنوب العراق ووسطه، في حين يستعد ناشطون ومتظاهرون للنزول إلى الشوارع والساحات في بغداد وذي قار والنجف وديالى وصلاح الدين وكركوك للمطالبة بإعادة الكهرباء.
وكان وزير الكهرباء العراقي ماجد حنتوش قد قدم استقالته رسميا إلى رئيس الحكومة مصطفى الكاظمي أواخر الشهر الماضي.
وأتت تلك الاستقالة على خلفية استياء الشارع العراقي من تراجع ساعات تجهيز الكهرباء في عموم البلاد، وسط درجات حرارة مرتفعة.
وقال الكاظمي، الأسبوع الماضي، إن "الحكومة بلغت مرحلة جيدة في إنتاج الطاقة الكهربائية، غير أن هناك استهدافات متكررة ومقصودة لأبراج الطاقة في عدد من المحافظات تؤثر في ساعات تزويد المناطق بالكهرباء".
وذكر بيان لمكتب الكاظمي الإعلامي أنه وجّه كل قيادات العمليات والأجهزة الاستخبارية بمعالجة هذه الاستهدافات وحماية أبراج الطاقة.
""", [
    ev("nationwide-blackout", "انهارت المنظومة الكهربائية في العراق بالكامل، فجر اليوم الجمعة", BLACKOUT, "'فجر اليوم الجمعة' = dawn of Fri 2 Jul 2021"),
    ev("blackout-1991", "وهي حادثة لم تقع منذ عام 1991", "1991-01-01", "'منذ عام 1991' = the last such collapse, in 1991 (whole year); the headline's 'منذ 30 عاماً' agrees", end="1992-01-01"),
    ev("power-protests", "يستعد ناشطون ومتظاهرون للنزول إلى الشوارع والساحات", BLACKOUT, "no own expression ('حالياً'); the protests of Fri 2 Jul 2021 (held that day in Baghdad, akhbaralyom)"),
    ev("minister-resignation", "قد قدم استقالته رسميا إلى رئيس الحكومة مصطفى الكاظمي أواخر الشهر الماضي", RESIGN, "'أواخر الشهر الماضي' = late June 2021; the resignation of Tue 29 Jun 2021"),
    ev("kadhimi-towers-statement", "وقال الكاظمي، الأسبوع الماضي", "2021-06-21", "'الأسبوع الماضي' from Fri 2 Jul = the week of 21-27 Jun 2021 (my span)", end="2021-06-28"),
])
art(S, "https://www.yemeress.com/akhbaralyom/136520",
    "2021-07-03", "no date on the stored page; the body's 'أمس الجمعة' and 'فجر أمس الجمعة' for the nationwide blackout and the Baghdad protest (Fri 2 Jul 2021, dated so by 7al.net and shafaq) give Sat 3 Jul 2021; the item is from the Yemeni daily 'أخبار اليوم' reposted by yemeress; headline written from the body (the stored text has none); the repeated last sentence (the dismissal) and truncated words dropped; no date of its own in the text", False, """
احتجاجات في بغداد بعد انقطاع تام للكهرباء والكاظمي يقيل مديرا عاما
خرج مئات العراقيين في احتجاج بالعاصمة بغداد، أمس الجمعة، على تزايد انقطاع الكهرباء وشح إمدادات المياه، في وقت تخطت فيه درجات الحرارة خمسين درجة مئوية في بعض أنحاء البلاد، وتزامن ذلك مع توجيه رئيس الوزراء العراقي مصطفى الكاظمي بإقالة مدير عام الشركة العامة لنقل الطاقة الكهربائية/ الفرات الأوسط وكالة، وبفتح تحقيق في حالات التقصير والإهمال ببعض مفاصل الوزارة.
وأدى المصلون صلاة الجمعة في حي مدينة الصدر ببغداد وهم يتصببون عرقا تحت المظلات، ثم نظموا احتجاجا ينتقد الحكومة لعجزها عن توفير كهرباء كافية للمواطنين.
وبحسب السكان، انقطعت الكهرباء تماما في معظم المحافظات العراقية قبل الفجر، في واحدة من أسوأ حالات الانقطاع هذا العام، ثم عادت بعض خطوط الشبكة الرئيسية إلى العمل في بغداد بحلول الظهر.
وكان العراق قد شهد، فجر أمس الجمعة، انقطاعا تاما للتيار الكهربائي في محافظات البلاد باستثناء إقليم كردستان، أي في 15 محافظة من أصل 18.
ولاحقا، أعلنت وزارة الكهرباء إعادة تشغيل كامل منظومة الطاقة الكهربائية في العراق، بعد توقفها لساعات إثر استهداف أبراج النقل.
""", [
    ev("power-protests", "خرج مئات العراقيين في احتجاج بالعاصمة بغداد، أمس الجمعة", BLACKOUT, "'أمس الجمعة' from Sat 3 = Fri 2 Jul 2021"),
    ev("dg-dismissal", "توجيه رئيس الوزراء العراقي مصطفى الكاظمي بإقالة مدير عام", BLACKOUT, "no own expression; Kadhimi's order of Fri 2 Jul 2021 ('تزامن ذلك' with the protest)"),
    ev("nationwide-blackout", "وكان العراق قد شهد، فجر أمس الجمعة، انقطاعا تاما للتيار الكهربائي", BLACKOUT, "'فجر أمس الجمعة' from Sat 3 = dawn of Fri 2 Jul 2021"),
    ev("baghdad-lines-back", "ثم عادت بعض خطوط الشبكة الرئيسية إلى العمل في بغداد بحلول الظهر", BLACKOUT, "'بحلول الظهر' of the same Fri 2 Jul 2021"),
    ev("grid-restart", "أعلنت وزارة الكهرباء إعادة تشغيل كامل منظومة الطاقة الكهربائية", BLACKOUT, "'ولاحقا' = later on the same Fri 2 Jul 2021 ('لساعات')"),
])

# ---------------------------------------------------------------- turkey-nationwide-blackout-2015
S = "turkey-nationwide-blackout-2015"
BLACKOUT = "2015-03-31"                    # the blackout from 10:36 on Tue 31 Mar 2015
RETURN = ("2015-03-31", "2015-04-02")      # power back from the evening of 31 Mar to the early morning of 1 Apr (my span)
PREV = ("2000-01-01", "2001-01-01")        # Turkey's previous worst blackout, '15 years' earlier (my year 2000)
art(S, "http://www.aljazeera.net/news/international/2015/3/31/%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9-%D9%85%D9%81%D8%A7%D8%AC%D8%A6-%D9%84%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D9%8A%D8%B5%D9%8A%D8%A8-%D9%86%D8%B5%D9%81-%D9%85%D8%AF%D9%86-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7",
    "2015-03-31", "date in the URL '/2015/3/31/' (31 Mar 2015 was a Tuesday); the body's 'صباح اليوم الثلاثاء' agrees; headline rendered from the URL slug; the last, truncated list of cities dropped; no date of its own in the text", False, """
انقطاع مفاجئ للكهرباء يصيب نصف مدن تركيا
عرفت كبرى المدن التركية، صباح اليوم الثلاثاء، انقطاعا مفاجئا للتيار الكهربائي طال نحو نصف سكان البلاد وشلّ الخدمات الرئيسية، فيما نقلت وسائل إعلام تركية عن رئيس الحكومة أن السلطات تدرس كل الاحتمالات، ومنها الإرهاب.
وأفادت تقارير صحفية تركية بأن الانقطاع شمل أربعين محافظة من محافظات البلاد الـ81، وفي مقدمتها العاصمة أنقرة والعاصمة الاقتصادية إسطنبول وإزمير وبورصة وطرابزون، ونقلت وكالة الأناضول عن مسؤولين في شبكة توزيع الكهرباء أن عطلا مفاجئا طرأ الساعة 10:36 صباحا بالتوقيت المحلي (7:36 بتوقيت غرينتش)، وأن الشركة تعمل على معرفة أسباب الانقطاع الذي استمر على نطاق واسع.
وفي أنقرة، أصاب الانقطاع شتى مناحي الحياة، فقد علق كثير من المواطنين داخل مصاعد المباني إلى أن أخرجتهم فرق الدفاع المدني، وتوقفت حركة المرور في المدينة تقريبا، بينما عوضت الحافلات توقف مترو الأنفاق بنقل المواطنين، واعتمدت المستشفيات ومراكز الشرطة والمرافق العامة على المولدات الكهربائية لمواصلة عملها.
وأدى الانقطاع أيضا إلى توقف رحلات الترام ومترو الأنفاق في محافظات إسطنبول وإزمير وبورصة.
""", [
    ev("turkey-blackout", "عرفت كبرى المدن التركية، صباح اليوم الثلاثاء، انقطاعا مفاجئا للتيار الكهربائي", BLACKOUT, "'صباح اليوم الثلاثاء' = the morning of Tue 31 Mar 2015 (the fault at 10:36)"),
    ev("probe-all-possibilities", "أن السلطات تدرس كل الاحتمالات، ومنها الإرهاب", BLACKOUT, "no own expression; the prime minister's words of Tue 31 Mar 2015"),
    ev("elevators-trapped", "علق كثير من المواطنين داخل مصاعد المباني", BLACKOUT, "no own expression; during the blackout of Tue 31 Mar 2015"),
    ev("metro-tram-halt", "توقف رحلات الترام ومترو الأنفاق في محافظات إسطنبول وإزمير وبورصة", BLACKOUT, "no own expression; during the blackout of Tue 31 Mar 2015"),
])
art(S, "https://www.alsumaria.tv/news/international/129512/لأول-مرة-منذ-15-عاما-اسوأ-انقطاع-للكهرباء-في-تركيا",
    "2015-04-01", "page date line '2015-04-01 | 03:16' (kept as second line; 1 Apr 2015 was a Wednesday, the item went up in the small hours after the blackout of Tue 31 Mar); headline kept from the page; the repeated lead, the byline 'السومرية نيوز/ بغداد' and the app banner dropped", True, """
لأول مرة منذ 15 عاما: اسوأ انقطاع للكهرباء في تركيا
2015-04-01 | 03:16
أكدت وزارة الطاقة التركية أن التيار الكهربائي انقطع في معظم المدن التركية الكبرى، ومنها العاصمة أنقرة وإسطنبول أكبر مدن البلاد.
ونقل موقع وكالة أنباء الأناضول التركية عن رئيس الوزراء التركي أحمد داود أوغلو قوله إن "الانقطاع طال 44 محافظة من أصل 88، ويعود سببه إلى خطوط الطاقة"، موضحا أن "تحقيقا فُتح لبحث كل الاحتمالات، ومنها الهجمات الإرهابية".
من جهتها، ذكرت وزارة الطاقة التركية في بيان أن "المشكلة نشأت في منطقة بحر إيجة بسبب خلل في خطوط توزيع الطاقة الرئيسية"، بينما تحدثت تقارير غير مؤكدة عن وقوع انفجار ضخم في منطقة قوجا الغربية، وهي أحد المراكز الصناعية في البلاد.
وكان أسوأ انقطاع للكهرباء شهدته تركيا قد وقع منذ 15 عاما، واضطرت السلطات آنذاك إلى إغلاق محطات المترو والترام، وغرقت مراكز التسوق في الظلام.
""", [
    ev("turkey-blackout", "أن التيار الكهربائي انقطع في معظم المدن التركية الكبرى", BLACKOUT, "no own expression; the blackout of Tue 31 Mar 2015, reported in the small hours of Wed 1 Apr"),
    ev("probe-all-possibilities", "تحقيقا فُتح لبحث كل الاحتمالات", BLACKOUT, "no own expression; the inquiry announced by the prime minister on Tue 31 Mar 2015"),
    ev("aegean-fault-statement", "ذكرت وزارة الطاقة التركية في بيان", BLACKOUT, "no own expression; the ministry's statement of Tue 31 Mar 2015"),
    ev("previous-worst-blackout", "وكان أسوأ انقطاع للكهرباء شهدته تركيا قد وقع منذ 15 عاما", PREV[0], "'منذ 15 عاما' from 2015 = about 2000 (my whole year 2000); 'آنذاك'", end=PREV[1]),
])
art(S, "https://alkomiun-ahlamontada.yoo7.com/t4805-topic",
    "2015-04-01", "forum post stamp '01/04/15, 06:27 pm' (kept as second line; day/month/year, 1 Apr 2015 was a Wednesday); the body's 'يوم أمس' for the blackout of Tue 31 Mar agrees; the post reposts an Arabic press review of the British papers; the poster's profile lines and the last, truncated sentence dropped; headline kept from the post", True, """
الفوضى تجتاح تركيا.. قتل وانقطاع الكهرباء
01/04/15, 06:27 pm
أولت الصحف البريطانية اهتماما بمقتل النائب العام التركي وبانقطاع التيار الكهربائي الذي تزامن مع الحادث، إذ كتبت صحيفة "فايننشال تايمز" أن يوم أمس كان فوضويا في تركيا، مع انقطاع الكهرباء لفترات طويلة في إسطنبول وأنقرة وتعطل رحلات المترو، وهو ما ربما وفّر غطاء لخاطفي المدعي العام في إسطنبول وقاتليه.
وأضافت الصحيفة أن التيار انقطع في تمام الساعة 10:36 صباحا بالتوقيت المحلي، فأصاب أكثر من 20 مدينة ونصف المحافظات التركية الـ81، ولم يعد إلا في ساعات الصباح الأولى من اليوم التالي.
ونقلت عن رئيس الوزراء التركي أحمد داود أوغلو قوله: "نحقق في كل الاحتمالات، وربما يكون هجوم إرهابي وراء انقطاع الكهرباء".
ولفتت الصحيفة إلى أن وزارة الكهرباء والطاقة التركية وصفت الحادث بأنه الأسوأ منذ 15 عاما، وأوضحت أن الكهرباء عادت إلى بعض المدن في وقت لاحقا، وأنها كانت تراقب ما إذا كان هجوم عبر الإنترنت هو ما قاد إلى ذلك الانهيار.
""", [
    ev("prosecutor-killing", "بمقتل النائب العام التركي", BLACKOUT, "no own expression; prosecutor Mehmet Selim Kiraz, taken hostage in Istanbul's courthouse, died on the evening of Tue 31 Mar 2015 ('يوم أمس')"),
    ev("turkey-blackout", "أن التيار انقطع في تمام الساعة 10:36 صباحا بالتوقيت المحلي", BLACKOUT, "'يوم أمس' from Wed 1 Apr and '10:36 صباحا' = 10:36 on Tue 31 Mar 2015"),
    ev("power-return", "ولم يعد إلا في ساعات الصباح الأولى من اليوم التالي", RETURN[0], "'في ساعات الصباح الأولى من اليوم التالي' = early Wed 1 Apr 2015; with 'في وقت لاحقا' for some cities on 31 Mar, my span 31 Mar - 1 Apr", end=RETURN[1]),
    ev("probe-all-possibilities", "نحقق في كل الاحتمالات، وربما يكون هجوم إرهابي", BLACKOUT, "no own expression; the prime minister's words of Tue 31 Mar 2015"),
    ev("previous-worst-blackout", "وصفت الحادث بأنه الأسوأ منذ 15 عاما", PREV[0], "'منذ 15 عاما' from 2015 = about 2000 (my whole year 2000)", end=PREV[1]),
])
art(S, "https://turkpress.co/node/7087",
    "2015-04-01", "no date on the stored page; the body's 'البارحة' for the blackout and for the prime minister's remarks after the prosecutor's death (both Tue 31 Mar 2015) gives Wed 1 Apr 2015; headline written from the body (the stored text has none); the site tag 'ترك برس' and the share prompt dropped; no date of its own in the text", False, """
داود أوغلو: انقطاع الكهرباء لم يكن بسبب عطل تقني
أكد رئيس الوزراء التركي أحمد داود أوغلو أن انقطاع التيار الكهربائي الذي عرفته تركيا البارحة لم يكن ناجما عن عطل تقني، وأن أسبابه ستتضح خلال الفترة القادمة، وجاء ذلك في تصريحات أدلى بها البارحة عقب وفاة المدعي العام متأثرا بالجروح التي أصيب بها في القصر العدلي.
وذكر داود أوغلو أن أسباب انقطاع الكهرباء على هذا النحو ستخضع للتحقيق حتما، قائلا: "سوف نطلع الرأي العام على نتائج التحقيقات حال ظهورها".
وأضاف: "عاد التيار الكهربائي إلى أنحاء تركيا. وسألتقي وزير الطاقة في أنقرة حال قدومه إليها، وسنجري التدقيقات والبحوث ونتخذ التدابير اللازمة كي لا تتكرر هذه الحالة مرة أخرى".
وتابع: "عانى مواطنونا في 79 ولاية من انقطاع التيار، ومن بينها مدن كبيرة كأنقرة وإسطنبول وإزمير، ولم تعمل محطات الكهرباء لساعات، وبقي بعض المواطنين عالقين في المترو والترام ومرمراي والقطار السريع، وتوقفت العمليات في بعض المستشفيات التي لا تملك مولدات. وباختصار، توقفت الحياة في أنحاء البلد".
وأوضح داود أوغلو أن مدينتي "فان" و"هكاري" لم تتأثرا بالانقطاع لأنهما تحصلان على الكهرباء من إيران.
""", [
    ev("turkey-blackout", "انقطاع التيار الكهربائي الذي عرفته تركيا البارحة", BLACKOUT, "'البارحة' from Wed 1 Apr = Tue 31 Mar 2015"),
    ev("davutoglu-remarks", "وجاء ذلك في تصريحات أدلى بها البارحة", BLACKOUT, "'البارحة' = the evening of Tue 31 Mar 2015"),
    ev("prosecutor-killing", "عقب وفاة المدعي العام متأثرا بالجروح", BLACKOUT, "no own expression; the prosecutor died on the evening of Tue 31 Mar 2015 (before remarks made 'البارحة')"),
    ev("probe-all-possibilities", "ستخضع للتحقيق حتما", BLACKOUT, "no own expression; the inquiry ordered on Tue 31 Mar 2015"),
    ev("power-return", "عاد التيار الكهربائي إلى أنحاء تركيا", RETURN[0], "no own expression; power back by the prime minister's remarks of the evening of 31 Mar (the FT: early on 1 Apr); my span 31 Mar - 1 Apr 2015", end=RETURN[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 330
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
