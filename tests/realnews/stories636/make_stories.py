"""Builds stories.jsonl: the 636-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: migrant deportations, desert rescues and border crossings.
Stories: the Libyan border guards' rescue of sub-Saharan migrants left by the Tunisian authorities in the desert
near al-Assa (Libya-Tunisia border, July 2023), and the exchange of ambassador summonses between Niger and
Algeria over the deportations of Nigerien migrants (Niamey and Algiers, April 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-al-assa-migrants-abandoned-desert-2023
S = "libya-al-assa-migrants-abandoned-desert-2023"
ANNOUNCE = "2023-07-16"                    # the Libyan announcement and the AFP visit to the border zone, Sun 16 Jul 2023
SUNDAY = "2023-07-16"                      # migrants found on Sunday under a eucalyptus tree; another group pointed out
SATURDAY = "2023-07-15"                    # the migrant found on Saturday, Sat 15 Jul 2023
DAYS = ("2023-07-13", "2023-07-17")        # 'في الأيام القليلة الماضية' before Sun 16 Jul: my span Thu 13 - Sun 16 Jul
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=32583450",
    "2023-07-16", "the stamp '7/16/2023' under the headline (not kept in the text); the body's 'اليوم الأحد' agrees (16 Jul 2023 was a Sunday); an AFP dispatch; headline re-worded from the page's; the share footer dropped", True, """
ليبيا تعلن إنقاذ مهاجرين في منطقة صحراوية قرب الحدود التونسية
أعلنت السلطات الليبية، اليوم الأحد، أنها أنقذت مهاجرين قادمين من جنوب الصحراء في منطقة صحراوية محاذية للحدود مع تونس، كانت السلطات التونسية قد نقلتهم إلى هذه البقعة النائية، وأفاد عدد منهم بأنهم تُركوا هناك بلا ماء ولا طعام ولا مأوى.
وذكر حرس الحدود الليبي أن عناصره عثروا في الأيام القليلة الماضية على ستة رجال على الأقل وعلى مجموعة من النساء والأطفال، تُركوا لمصيرهم تحت الشمس في حرارة تتجاوز 40 درجة مئوية.
وكان هؤلاء المهاجرون قد ضلوا طريقهم في منطقة خالية من السكان قرب العسة، على مسافة حوالي 150 كيلومترًا جنوب غرب طرابلس ونحو 15 كيلومترًا من الحدود الليبية-التونسية.
وأضاف حرس الحدود أنهم وجدوا الأحد، في قلب الصحراء، مهاجرين يحتمون بظل شجرة أوكاليبتوس.
وقال أحد مسؤولي حرس الحدود: "رصدنا مجموعة أخرى (من المهاجرين) فيها أطفال ونساء"، وهو يشير بيده نحو الحدود التونسية التي تبعد مئات الأمتار.
وروى مهاجر عُثر عليه السبت: "أقمنا في (العاصمة) تونس ثم في جرجيس (وسط شرق). الشرطة التونسية طردتنا إلى ليبيا"، مضيفًا أنه يتمنى العودة إلى تونس حيث ما زالت زوجته وطفلاه.
""", [
    ev("rescue-announced", "أعلنت السلطات الليبية، اليوم الأحد، أنها أنقذت مهاجرين", ANNOUNCE, "'اليوم الأحد' in an article stamped 7/16/2023 = Sun 16 Jul 2023"),
    ev("six-men-found", "عثروا في الأيام القليلة الماضية على ستة رجال على الأقل", DAYS[0], "'في الأيام القليلة الماضية' before the announcement of Sun 16 Jul 2023; vague, my span Thu 13 - Sun 16 Jul", end=DAYS[1]),
    ev("found-sunday-eucalyptus", "وجدوا الأحد، في قلب الصحراء، مهاجرين يحتمون بظل شجرة أوكاليبتوس", SUNDAY, "'الأحد' in the dispatch of Sun 16 Jul 2023 = that day"),
    ev("another-group-spotted", "رصدنا مجموعة أخرى (من المهاجرين) فيها أطفال ونساء", SUNDAY, "no own expression; said on the spot during the AFP visit of Sun 16 Jul 2023 (the same scene as the eucalyptus find)"),
    ev("migrant-found-saturday", "وروى مهاجر عُثر عليه السبت", SATURDAY, "'السبت' before the dispatch of Sun 16 Jul 2023 = Sat 15 Jul"),
])
art(S, "https://tunisnow.tn/%d9%82%d8%b1%d8%a8-%d8%ad%d8%af%d9%88%d8%af-%d8%aa%d9%88%d9%86%d8%b3-%d8%a7%d9%84%d8%b3%d9%84%d8%b7%d8%a7%d8%aa-%d8%a7%d9%84%d9%84%d9%8a%d8%a8%d9%8a%d8%a9-%d8%aa%d9%8f%d9%86%d9%82%d8%b0-%d9%85%d9%87",
    "2023-07-17", "no date on the stored page; the body's 'أمس الأحد' for the find under the eucalyptus tree, which the AFP dispatch of Sun 16 Jul 2023 (ksaplayers, stamped 7/16/2023: 'عثروا الأحد') places on that Sunday, gives Mon 17 Jul 2023; headline written from the URL slug ('قرب حدود تونس السلطات الليبية تُنقذ مه...', cut)", False, """
قرب حدود تونس.. السلطات الليبية تنقذ مهاجرين تُركوا في الصحراء
أفادت السلطات الليبية بأنها أنقذت، في منطقة صحراوية قريبة من الحدود مع تونس، مهاجرين من بلدان أفريقيا جنوب الصحراء قالوا إنهم تُركوا بلا مياه ولا طعام ولا مأوى، بحسب ما نقلته وكالة فرانس برس.
وبيّن حرس الحدود الليبية أنهم "وجدوا في الأيام القليلة الماضية ستة رجال على الأقل ومجموعة من النساء والأطفال تُركوا لمصيرهم تحت أشعة الشمس في درجات حرارة تفوق 40 درجة مئوية".
وبحسب الحرس، "ضلّ هؤلاء المهاجرون طريقهم في منطقة غير مأهولة قرب العسة، على بعد نحو 150 كيلومتراً جنوب غربي العاصمة الليبية طرابلس، ونحو 15 كيلومتراً من الحدود الليبية-التونسية".
وتابع حرس الحدود أنهم "عثروا، أمس الأحد، وسط الصحراء على مهاجرين يحتمون بظل شجرة أوكاليبتوس".
وصرّح مسؤول في حرس الحدود: "عثرنا على مجموعة أخرى (من المهاجرين) تضم أطفالا ونساء"، وهو يومئ بيده إلى الحدود التونسية الواقعة على بعد مئات الأمتار.
وذكر مهاجر وُجد يوم السبت: "سكنّا في (العاصمة) تونس ثم في جرجيس، ثم طردتنا الشرطة التونسية إلى ليبيا"، على حد قوله، موضحًا أنه يريد الرجوع إلى تونس حيث لا تزال زوجته وطفلاه.
""", [
    ev("rescue-announced", "أفادت السلطات الليبية بأنها أنقذت", ANNOUNCE, "no own expression; the announcement of Sun 16 Jul 2023 (ksaplayers: 'اليوم الأحد'), reported on Mon 17 Jul"),
    ev("six-men-found", "وجدوا في الأيام القليلة الماضية ستة رجال على الأقل", DAYS[0], "'في الأيام القليلة الماضية' as quoted from the guards on Sun 16 Jul 2023; vague, my span Thu 13 - Sun 16 Jul", end=DAYS[1]),
    ev("found-sunday-eucalyptus", "عثروا، أمس الأحد، وسط الصحراء على مهاجرين", SUNDAY, "'أمس الأحد' in an article of Mon 17 Jul 2023 = Sun 16 Jul"),
    ev("another-group-spotted", "عثرنا على مجموعة أخرى (من المهاجرين) تضم أطفالا ونساء", SUNDAY, "no own expression; said on the spot during the AFP visit of Sun 16 Jul 2023"),
    ev("migrant-found-saturday", "وذكر مهاجر وُجد يوم السبت", SATURDAY, "'يوم السبت' before 'أمس الأحد' (16 Jul) in an article of Mon 17 Jul 2023 = Sat 15 Jul"),
])
art(S, "https://arabkhabar.com/a/168515",
    "2023-07-17", "the stamp 'تاريخ النشر: 17th, July 2023 GMT' under the headline (not kept in the text); an aggregator's copy of an Ain Libya report citing AFP; the aggregator's lead-in and the last, cut sentence ('ونقلت الوكالة عن مهاجر عُثر ع...') dropped; headline re-worded from the page's", True, """
بعد إبعادهم من تونس.. ليبيا تنقذ عشرات المهاجرين التائهين في الصحراء
قام حرس الحدود الليبي بإنقاذ مهاجرين في منطقة صحراوية محاذية للحدود، كانت السلطات التونسية قد نقلتهم إلى هذه البقعة النائية، وفق ما نشره موقع عين ليبيا.
ونقلت وكالة «فرانس برس» عن مصدر في حرس الحدود أن عناصره عثروا في الأيام القليلة الماضية على 6 رجال على الأقل وعلى مجموعة من النساء والأطفال، تُركوا لمصيرهم تحت أشعة الشمس وسط حرارة تفوق 40 درجة مئوية.
وكان هؤلاء المهاجرون قد تاهوا في منطقة غير مأهولة قرب العسة، على بعد حوالي 150 كيلومترًا جنوب غرب طرابلس، وعلى بعد حوالي 15 كيلومترًا من الحدود الليبية – التونسية.
وقال مسؤول في حرس الحدود: «رأينا مجموعة أخرى من المهاجرين بها أطفال ونساء»، مشيرًا بيده إلى الحدود التونسية التي تبعد مئات الأمتار، بحسب «فرانس برس».
""", [
    ev("desert-rescues", "قام حرس الحدود الليبي بإنقاذ مهاجرين في منطقة صحراوية", DAYS[0], "no own expression; the rescues of the last few days before the announcement of Sun 16 Jul 2023, Sunday's finds included; my span Thu 13 - Sun 16 Jul", end=DAYS[1]),
    ev("six-men-found", "عثروا في الأيام القليلة الماضية على 6 رجال على الأقل", DAYS[0], "'في الأيام القليلة الماضية' as said on Sun 16 Jul 2023; vague, my span Thu 13 - Sun 16 Jul", end=DAYS[1]),
    ev("another-group-spotted", "رأينا مجموعة أخرى من المهاجرين بها أطفال ونساء", SUNDAY, "no own expression; said on the spot during the AFP visit of Sun 16 Jul 2023"),
])
art(S, "https://arraedlg.net/2023/07/17/%d8%b5%d8%ad%d9%8a%d9%81%d8%a9-%d8%a7%d9%84%d8%ba%d8%a7%d8%b1%d8%af%d9%8a%d8%a7%d9%86-%d8%a7%d9%84%d8%a8%d8%b1%d9%8a%d8%b7%d8%a7%d9%86%d9%8a%d8%a9-%d8%ad%d8%b1%d8%b3-%d8%a7%d9%84%d8%ad%d8%af",
    "2023-07-17", "the date 2023/07/17 in the URL path of the page (Mon 17 Jul 2023); the body has no date of its own; headline written from the URL slug ('صحيفة الغارديان البريطانية حرس الحد...', cut)", True, """
الغارديان البريطانية: حرس الحدود الليبي ينقذ مهاجرين تركتهم تونس في الصحراء
نجح حرس الحدود الليبي في إنقاذ عشرات المهاجرين الذين أكدوا أن السلطات التونسية تخلت عنهم في الصحراء بلا ماء ولا طعام ولا مأوى.
وأوردت صحيفة الغارديان البريطانية أن عناصر حرس الحدود الليبية وجدوا في الأيام القليلة الماضية ستة رجال على الأقل ومجموعة من النساء والأطفال، تُركوا لمصيرهم تحت أشعة الشمس في حرارة تتخطى 40 درجة مئوية.
ولفتت الصحيفة إلى أن المهاجرين كانوا تائهين في منطقة خالية من السكان بالقرب من العسة، على بعد نحو 150 كيلومتراً جنوب غربي العاصمة طرابلس، ونحو 15 كيلومتراً من الحدود الليبية-التونسية.
""", [
    ev("desert-rescues", "في إنقاذ عشرات المهاجرين", DAYS[0], "no own expression; the rescues of the last few days before the announcement of Sun 16 Jul 2023; my span Thu 13 - Sun 16 Jul", end=DAYS[1]),
    ev("six-men-found", "وجدوا في الأيام القليلة الماضية ستة رجال على الأقل", DAYS[0], "'في الأيام القليلة الماضية' as reported from the guards on Sun 16 Jul 2023; vague, my span Thu 13 - Sun 16 Jul", end=DAYS[1]),
])

# ---------------------------------------------------------------- niger-algeria-ambassadors-summoned-deportations-2024
S = "niger-algeria-ambassadors-summoned-deportations-2024"
NIGER_SUMMONS = "2024-04-03"               # Niamey summons the Algerian ambassador Mehdi Bakhda, Wed 3 Apr 2024
ALG_SUMMONS = "2024-04-04"                 # Algiers summons Niger's ambassador Aminou Malam Manzo (met by Selma Malika Haddadi), Thu 4 Apr 2024
ALG_STATEMENT = "2024-04-06"               # the Algerian foreign ministry's statement on it, Sat 6 Apr 2024
art(S, "https://banassa.info/%d8%aa%d8%b9%d8%b1%d8%b6%d9%88%d8%a7-%d9%84%d9%85%d8%b9%d8%a7%d9%85%d9%84%d8%a9-%d8%ba%d9%8a%d8%b1-%d8%a5%d9%86%d8%b3%d8%a7%d9%86%d9%8a%d8%a9-%d9%88%d9%85%d9%87%d9%8a%d9%86%d8%a9-%d8%a7%d9%84/",
    "2024-04-04", "no date on the stored page; the body's 'يوم أمس (الأربعاء)' for Niger's protest to the Algerian ambassador, which took place on Wed 3 Apr 2024 (mithak of Sat 6 Apr: 'الأربعاء الماضي'; arabkhabar/France24 of 7 Apr: 'والأربعاء'), gives Thu 4 Apr 2024; the share widget, the '(+فيديو)' tag and the last, cut sentence dropped; headline re-worded from the page's", False, """
بعد ترحيل آلاف النيجريين نحو الصحراء.. نيامي تحتج بشدة لدى الجزائر
رحّلت الجزائر، بشكل تعسفي، آلافا من الرجال والنساء والأطفال نحو النيجر في ظروف توصف بأنها "لا إنسانية"، وفي كثير من الحالات من دون اعتبار لوضعهم القانوني في الجزائر أو لهشاشة أوضاعهم.
وفي هذا السياق، قدمت النيجر يوم أمس (الأربعاء) احتجاجا لدى الجزائر على ما سمته "الطبيعة العنيفة" لعمليات إعادة المهاجرين النيجريين الموجودين في وضع غير نظامي، إذ داهمت السلطات الجزائرية أحياء معروفة بإقامة المهاجرين، أو أوقفتهم في الشوارع وفي أوراش البناء، ثم طردتهم بشكل جماعي عبر الحدود مع النيجر.
وأبلغ نائب الأمين العام لوزارة خارجية النيجر، عمر إبراهيم سيدي، سفير الجزائر لدى النيجر، بخدة مهدي، "احتجاجات الحكومة والسلطات النيجرية العليا".
وندد عمر إبراهيم سيدي بـ"عمليات المداهمة الواسعة للشرطة" وبـ"الطبيعة العنيفة لأسلوب العمل" الذي تعتمده أجهزة الأمن الجزائرية.
ودعا الجزائر إلى صون "كرامة المهاجرين النيجريين وسلامتهم الجسدية والمعنوية وحماية ممتلكاتهم".
""", [
    ev("niger-summons", "قدمت النيجر يوم أمس (الأربعاء) احتجاجا لدى الجزائر", NIGER_SUMMONS, "'يوم أمس (الأربعاء)' in an article of Thu 4 Apr 2024 = Wed 3 Apr"),
    ev("protest-conveyed", "وأبلغ نائب الأمين العام لوزارة خارجية النيجر، عمر إبراهيم سيدي، سفير الجزائر", NIGER_SUMMONS, "no own expression; the protest conveyed to the ambassador at the summons of Wed 3 Apr 2024"),
    ev("raids-denounced", "وندد عمر إبراهيم سيدي بـ\"عمليات المداهمة الواسعة للشرطة\"", NIGER_SUMMONS, "no own expression; said at the summons of Wed 3 Apr 2024"),
    ev("dignity-demand", "ودعا الجزائر إلى صون \"كرامة المهاجرين النيجريين", NIGER_SUMMONS, "no own expression; the demand made at the summons of Wed 3 Apr 2024"),
])
art(S, "https://mithak.com/node/12872",
    "2024-04-06", "the stamp '6 أبريل, 2024 - 18:48' under the headline (not kept in the text); the body's 'اليوم السبت' agrees (6 Apr 2024 was a Saturday); headline re-worded from the page's; the last, cut sentence shortened", True, """
الجزائر تستدعي سفير النيجر بسبب ملف ترحيل المهاجرين غير النظاميين
استدعت الجزائر سفير النيجر المعتمد لديها، أمينو أمينو مالام مانزو، في رد على استدعاء حكومة السلطة العسكرية في النيجر لسفيرها، الأربعاء الماضي، على خلفية ترحيل مهاجرين غير شرعيين.
وأفادت الخارجية الجزائرية، في بيان أصدرته اليوم السبت، بأنها استدعت سفير النيجر إلى مقر وزارة الشؤون الخارجية والجالية الوطنية بالخارج، حيث استقبلته المديرة العامة لإفريقيا، سلمى مليكة حدادي.
وأوضح البيان أن "اللقاء تناول أساسا التعاون بين البلدين في مجال ترحيل مواطني النيجر المقيمين بشكل غير قانوني بالجزائر، وهو تعاون كان موضع بعض الأحكام الصادرة عن السلطات النيجرية التي يعدّها الجانب الجزائري أحكاما غير مؤسسة".
وتابع البيان: "جرى تذكير سفير جمهورية النيجر بوجود إطار ثنائي مخصص لهذه المسألة، كما نُبّه إلى أن هذا الإطار ينبغي أن يظل الفضاء المفضل لمناقشة ومعالجة كل المعطيات والتطورات المتعلقة بهذه القضية".
وجددت الخارجية الجزائرية التأكيد على "تمسك الجزائر الراسخ بالقواعد الأساسية لحسن الجوار، وعزمها على مواصلة التنسيق مع النيجر بشأن هذه القضية المتصلة بتدفقات الهجرة".
""", [
    ev("alg-summons", "استدعت الجزائر سفير النيجر المعتمد لديها", ALG_SUMMONS, "no own expression (the article gives only the day of the statement); the summons of Thu 4 Apr 2024 (arabkhabar/France24: 'استدعت الخميس'; rtarab: 'يوم الخميس')"),
    ev("niger-summons", "استدعاء حكومة السلطة العسكرية في النيجر لسفيرها، الأربعاء الماضي", NIGER_SUMMONS, "'الأربعاء الماضي' in an article of Sat 6 Apr 2024 = Wed 3 Apr"),
    ev("alg-statement", "في بيان أصدرته اليوم السبت", ALG_STATEMENT, "'اليوم السبت' in an article stamped 6 Apr 2024 = Sat 6 Apr"),
    ev("haddadi-meeting", "حيث استقبلته المديرة العامة لإفريقيا، سلمى مليكة حدادي", ALG_SUMMONS, "no own expression; the meeting at the summons of Thu 4 Apr 2024"),
    ev("bilateral-framework-reminder", "جرى تذكير سفير جمهورية النيجر بوجود إطار ثنائي", ALG_SUMMONS, "no own expression; said to the ambassador at the summons of Thu 4 Apr 2024"),
])
art(S, "https://www.alakhbar.info/?q=node/53488",
    "2024-04-07", "the stamp '7 أبريل, 2024 - 11:42' under the headline (not kept in the text); the body's 'في بيان لها السبت' for the statement of Sat 6 Apr agrees; headline kept from the page; the last, cut sentence shortened", True, """
الجزائر تستدعي سفير النيجر في ملف ترحيل مهاجرين غير نظاميين
الأخبار (نواكشوط) - استدعت وزارة الخارجية الجزائرية سفير النيجر لديها أمينو مالام مانزو، بشأن "ترحيل مواطني النيجر المقيمين بشكل غير قانوني بالجزائر"، وذلك إثر استدعاء نيامي للسفير الجزائري لديها احتجاجا على طريقة تعامل السلطات الجزائرية.
وبيّنت الخارجية الجزائرية، في بيان لها السبت، أن الدبلوماسي النيجري استُقبل من طرف المديرة العامة لإفريقيا سلمى مليكة حدادي، وأن الجانبين تطرقا إلى "التعاون بين البلدين في مجال ترحيل مواطني النيجر المقيمين بشكل غير قانوني بالجزائر، وهو التعاون الذي كان محل بعض الأحكام الصادرة عن السلطات النيجرية التي يعتبرها الجانب الجزائري أحكاما غير مؤسسة".
وشدد بيان الخارجية الجزائرية على أنه "تم تذكير سفير جمهورية النيجر بوجود إطار ثنائي مخصص لهذه المسألة، ولفت انتباهه إلى أن هذا الإطار يجب أن يبقى الفضاء المفضل لمناقشة ومعالجة كافة المعطيات وكل التطورات المرتبطة بهذه القضية".
وعبّرت الخارجية الجزائرية عن "تمسك الجزائر الراسخ بالقواعد الأساسية لحسن الجوار، وإرادتها في مواصلة التنسيق مع النيجر بشأن هذه القضية المتعلقة بتدفقات الهجرة".
""", [
    ev("alg-summons", "استدعت وزارة الخارجية الجزائرية سفير النيجر لديها", ALG_SUMMONS, "no own expression; the summons of Thu 4 Apr 2024 (arabkhabar/France24: 'استدعت الخميس')"),
    ev("niger-summons", "إثر استدعاء نيامي للسفير الجزائري لديها", NIGER_SUMMONS, "no own expression; Niamey's summons of Wed 3 Apr 2024 (banassa: 'يوم أمس (الأربعاء)'; mithak: 'الأربعاء الماضي')"),
    ev("alg-statement", "في بيان لها السبت", ALG_STATEMENT, "'السبت' in an article stamped Sun 7 Apr 2024 = Sat 6 Apr"),
    ev("haddadi-meeting", "استُقبل من طرف المديرة العامة لإفريقيا سلمى مليكة حدادي", ALG_SUMMONS, "no own expression; the meeting at the summons of Thu 4 Apr 2024"),
    ev("bilateral-framework-reminder", "تم تذكير سفير جمهورية النيجر بوجود إطار ثنائي", ALG_SUMMONS, "no own expression; said to the ambassador at the summons of Thu 4 Apr 2024"),
])
art(S, "https://arabkhabar.com/a/2314660",
    "2024-04-07", "the stamp 'تاريخ النشر: 7th, April 2024 GMT' under the headline (not kept in the text); an aggregator's copy of a France 24 report ('إعداد: فرانس24', not kept); headline re-worded from the page's; the last, cut sentence shortened", True, """
الجزائر تستدعي سفير النيجر على خلفية ترحيل مواطنيه غير النظاميين
استدعت السلطات الجزائرية سفير النيجر بسبب ملف "ترحيل مواطني النيجر المقيمين بشكل غير قانوني بالجزائر"، بعدما استدعت نيامي سفير الجزائر لديها للاحتجاج.
وباتت الجزائر خلال السنوات الأخيرة وجهة مفضلة للمهاجرين غير النظاميين القادمين من غرب أفريقيا ووسطها.
ومنذ عام 2014، رُحّل عشرات الآلاف منهم من الجزائر، التي تعد نقطة عبور نحو أوروبا، بحسب المنظمة الدولية للهجرة، فيما تحدثت بعض المنظمات غير الحكومية عن عمليات إبعاد عند الحدود.
والأربعاء، استدعت حكومة النظام العسكري في النيجر السفير الجزائري "للاحتجاج" على "الطبيعة العنيفة" لعمليات إعادة آلاف المهاجرين من غرب أفريقيا وإبعادهم من الجزائر إلى النيجر.
وذكرت الخارجية الجزائرية في بيان السبت أن التعاون في مسائل "ترحيل" مواطني النيجر "كان محل بعض الأحكام الصادرة عن السلطات النيجرية التي يعتبرها الجانب الجزائري أحكاما غير مؤسسة".
وأضافت الوزارة أنها استدعت الخميس سفير النيجر وذكّرته بـ"وجود إطار ثنائي مخصص لهذه المسألة"، ولفتت انتباهه إلى "تمسك الجزائر الراسخ بالقواعد الأساسية لحسن الجوار".
""", [
    ev("niger-summons", "والأربعاء، استدعت حكومة النظام العسكري في النيجر السفير الجزائري", NIGER_SUMMONS, "'والأربعاء' in an article of Sun 7 Apr 2024 = Wed 3 Apr (banassa: 'يوم أمس (الأربعاء)')"),
    ev("alg-statement", "في بيان السبت", ALG_STATEMENT, "'السبت' in an article of Sun 7 Apr 2024 = Sat 6 Apr"),
    ev("alg-summons", "أنها استدعت الخميس سفير النيجر", ALG_SUMMONS, "'الخميس' before the statement of Sat 6 Apr 2024 = Thu 4 Apr"),
    ev("bilateral-framework-reminder", "وذكّرته بـ\"وجود إطار ثنائي مخصص لهذه المسألة\"", ALG_SUMMONS, "no own expression; said to the ambassador at the summons of Thu 4 Apr 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 636
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
