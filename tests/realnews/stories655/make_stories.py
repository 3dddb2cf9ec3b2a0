"""Builds stories.jsonl: the 655-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: housing and land: social-housing handovers, rent laws,
evictions and demolitions protests, land-allocation decisions.
Story: the protests of the residents of al-Duweiqa (Manshiyet Nasser, Cairo, Egypt, September 2020) whose houses
were demolished without compensation or alternative housing.
This story is not in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-duweiqa-demolition-compensation-protest-2020
S = "egypt-duweiqa-demolition-compensation-protest-2020"
THU = "2020-09-10"                         # the first gathering before the district office, Thu 10 Sep 2020
SUN = "2020-09-13"                         # the protest, road block, dispersal and arrests, Sun 13 Sep 2020
CORDON = (SUN, "2020-09-15")               # the security cordon round the Duweiqa crossing, Sun 13 - Mon 14 Sep (morning)
art(S, "https://www.masress.com/fjp/1319190",
    "2020-09-13", "no date on the stored page (a masress copy of the FJP portal); the body's 'صباح اليوم الأحد' for the protest, and the tweet it links (status 1305105805319045120, whose snowflake id decodes to 2020-09-13 11:27 UTC), give Sun 13 Sep 2020, cross-checked with alaraby of Mon 14 Sep ('أمس الأحد'); headline written from the body (the stored text has none); the trailing tweet links dropped; the partisan wording toned down while keeping the claims", False, """
حصار أمني لأهالي الدويقة الغاضبين بعد هدم بيوتهم
طوقت قوات وزارة الداخلية صباح اليوم الأحد أهالي منشية ناصر والدويقة الغاضبين الذين خرجوا في تظاهرة، وهي المرة الثانية خلال 48 ساعة، بعد أن تبددت آمالهم في تعويض مناسب أو في الحصول على مسكن، بينما يتباهى الرئيس السيسي بأن الدولة تسلم نحو 457 شقة للمصريين يوميا.
وردد أهالي الدويقة صباح اليوم هتاف "عاوزين بيوتنا"، فيما كانت حالهم تقول: "وعدونا بالشقق ورمونا في الشارع".
ويرى مراقبون أن سكان الدويقة حملوا أغراضهم على أكتافهم وسلموا منازلهم للهدم مقابل وعود بشقق جديدة لم تتحقق، وذلك في وقت يتصاعد فيه الغضب في الشارع رفضا لحملة الإزالات ولقانون التصالح الذي تتبناه السلطة.
وأفاد نشطاء بأن تظاهرات أهالي الدويقة أدت إلى وقف طريق الأوتستراد، وأن قوات الأمن احتوت الاحتجاجات إلى حد كبير بإطلاق الغاز عليهم.
كما أظهرت مقاطع نشرها نشطاء على حساباتهم انتشار قوات الجيش بين المتظاهرين، والقبض على أكثر الغاضبين صياحا، ولم يكن بينهم نساء.
ويقول المراقبون إن سبب التظاهرات هو تشدد جهات الإسكان في منحهم سكنا بديلا أو تعويضا لائقا، إضافة إلى ضرب المواطنين بأمر من مدير أمن القاهرة، ومحاصرة حي منشية ناصر بطوق واسع حول المحتجين من جهة طريق النصر.
""", [
    ev("sunday-protest", "طوقت قوات وزارة الداخلية صباح اليوم الأحد أهالي منشية ناصر والدويقة الغاضبين", SUN, "'صباح اليوم الأحد' = Sun 13 Sep 2020 (the linked tweet of 13 Sep 11:27 UTC)"),
    ev("chant-our-houses", "وردد أهالي الدويقة صباح اليوم هتاف", SUN, "'صباح اليوم' in an article of Sun 13 Sep 2020"),
    ev("road-block", "أدت إلى وقف طريق الأوتستراد", SUN, "no own expression; during the protest of Sun 13 Sep 2020 (nwafez: 'أمس الأحد، طريق الأوتوستراد')"),
    ev("dispersal-arrests", "والقبض على أكثر الغاضبين صياحا", SUN, "no own expression; during the protest of Sun 13 Sep 2020 (alaraby: 'بعد القبض على عدد منهم' of 'أمس الأحد')"),
    ev("cordon-manshiyet-nasser", "ومحاصرة حي منشية ناصر بطوق واسع حول المحتجين", SUN, "no own expression; round the protest of Sun 13 Sep 2020"),
])
art(S, "https://www.alaraby.co.uk/%E2%80%8B%D9%85%D8%B5%D8%B1-%D9%85%D8%B8%D8%A7%D9%87%D8%B1%D8%A9-%D9%84%D8%B3%D9%83%D8%A7%D9%86-%D8%A7%D9%84%D8%AF%D9%88%D9%8A%D9%82%D8%A9-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D9%8B-%D8%B9%D9%84%D9%89-%D9%87%D8%AF%D9%85-%D9%85%D9%86%D8%A7%D8%B2%D9%84%D9%87%D9%85-%D8%A8%D8%AF%D9%88%D9%86-%D8%AA%D8%B9%D9%88%D9%8A%D8%B6%D8%A7%D8%AA",
    "2020-09-14", "the date line '14 سبتمبر 2020' under the headline (kept in the text); the body's 'أمس الأحد' and 'صباح اليوم الاثنين' agree (14 Sep 2020 was a Monday); headline kept from the page; the last sentence, cut in the stored text after 'وأوصت بضرورة إزالة', dropped", True, """
مصر: سكان الدويقة يتظاهرون رفضا لهدم بيوتهم دون تعويض
14 سبتمبر 2020
خرج العشرات من سكان منطقة الدويقة بالقاهرة في تظاهرة أمام مقر رئاسة حي منشية ناصر الذي تتبعه المنطقة، أمس الأحد، اعتراضا على حرمانهم من التعويضات بعد أن هدم الحي منازلهم الآيلة للسقوط.
وسبق أن تجمع الأهالي كذلك يوم الخميس الماضي، ثم انصرفوا بعدما وعدهم مسؤولو الحي بإيجاد حل لمشكلتهم.
وقال المحتجون إن لجنة التعويضات في الحي رفضت صرف التعويضات لهم عقب هدم بيوتهم، وطلبت منهم تقديم تظلمات والرجوع بعد شهرين للاستفسار عما يستجد.
وأغلق المتظاهرون طريق النصر السريع المواجه لمنشية ناصر، قبل أن تحاصرهم قوات الأمن المصرية وتنجح في تفريقهم عقب توقيف عدد منهم.
وحتى صباح اليوم الاثنين، ظلت قوات الأمن تغلق محيط مزلقان الدويقة، وسادت المنطقة حالة استنفار أمني مشدد شبه كاملة خشية أن يعود الأهالي للتظاهر أمام مقر الحي.
""", [
    ev("sunday-protest", "في تظاهرة أمام مقر رئاسة حي منشية ناصر الذي تتبعه المنطقة، أمس الأحد", SUN, "'أمس الأحد' in an article of Mon 14 Sep 2020 = Sun 13 Sep"),
    ev("thursday-gathering", "وسبق أن تجمع الأهالي كذلك يوم الخميس الماضي", THU, "'يوم الخميس الماضي' from Mon 14 Sep 2020 = Thu 10 Sep"),
    ev("road-block", "وأغلق المتظاهرون طريق النصر السريع المواجه لمنشية ناصر", SUN, "no own expression; during the protest of 'أمس الأحد' = Sun 13 Sep 2020"),
    ev("dispersal-arrests", "وتنجح في تفريقهم عقب توقيف عدد منهم", SUN, "no own expression; the end of the protest of Sun 13 Sep 2020"),
    ev("security-cordon", "ظلت قوات الأمن تغلق محيط مزلقان الدويقة", CORDON[0], "'وحتى صباح اليوم الاثنين' = until the morning of Mon 14 Sep 2020, from the protest of Sun 13 Sep; my span 13-14 Sep", end=CORDON[1]),
])
art(S, "https://nwafez.com/%D8%A3%D9%87%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D8%AF%D9%88%D9%8A%D9%82%D8%A9-%D9%8A%D9%82%D8%B7%D8%B9%D9%88%D9%86-%D8%A7%D9%84%D8%B7%D8%B1%D9%8A%D9%82-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D9%8B%D8%A7/",
    "2020-09-14", "no date on the stored page; the body's 'أمس الأحد' for the road block and 'صباح اليوم الاثنين' for the cordon give Mon 14 Sep 2020, cross-checked with alaraby's dated article of 14 Sep 2020 (same wording); headline kept from the page; the embedded YouTube link, the section label and the last sentence, cut in the stored text after 'إن مق', dropped", False, """
أهالي الدويقة يقطعون الطريق احتجاجا على هدم منازلهم والداخلية تنفي
أغلق مئات من سكان منطقة الدويقة التابعة لحي منشأة ناصر في القاهرة، أمس الأحد، طريق الأوتوستراد، اعتراضا على هدم بيوتهم وعدم صرف الحي تعويضات لهم.
وبيّن مقطع مصور جرى تداوله احتشاد مئات المواطنين في وسط الطريق وهم يهتفون ضد هدم المنازل وضد الرئيس عبد الفتاح السيسي، ومن ذلك هتاف "ارحل يا سيسي".
وتصدت قوات الأمن للتظاهرة، واعتدت على بعض المواطنين بالضرب، ثم فرقتهم بالقوة.
وذكر المحتجون أن لجنة التعويضات في الحي رفضت منحهم أي تعويض بعد هدم بيوتهم، وطالبتهم بالتظلم والعودة بعد شهرين لمعرفة المستجدات.
وحتى صباح اليوم الاثنين، أغلقت قوات الأمن محيط مزلقان الدويقة، وعاشت المنطقة حالة استنفار أمني مشدد شبه شاملة تحسبا لمحاولة السكان التظاهر مجددا أمام مبنى الحي.
وكان الأهالي قد تظاهروا الخميس الماضي، ثم فضوا تظاهرتهم بعد أن تعهد مسؤولو الحي بحل مشكلتهم المتمثلة في غياب المساكن البديلة.
في المقابل، نفت وزارة الداخلية أن يكون أهالي الدويقة قد قطعوا طريق الأوتوستراد، ونفت وقوع المظاهرات من الأساس.
""", [
    ev("road-block", "أمس الأحد، طريق الأوتوستراد", SUN, "'أمس الأحد' in an article of Mon 14 Sep 2020 = Sun 13 Sep"),
    ev("dispersal-arrests", "وتصدت قوات الأمن للتظاهرة", SUN, "no own expression; during the protest of Sun 13 Sep 2020"),
    ev("security-cordon", "أغلقت قوات الأمن محيط مزلقان الدويقة", CORDON[0], "'وحتى صباح اليوم الاثنين' = until the morning of Mon 14 Sep 2020, from the protest of Sun 13 Sep; my span 13-14 Sep", end=CORDON[1]),
    ev("thursday-gathering", "وكان الأهالي قد تظاهروا الخميس الماضي", THU, "'الخميس الماضي' from Mon 14 Sep 2020 = Thu 10 Sep"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 655
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
