"""Builds stories.jsonl: the 421-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: sandstorms and dust storms in Arab countries (Iraq, Kuwait,
Saudi Arabia, Egypt, Syria, Jordan, the UAE): flights suspended, schools closed, hospital admissions for
breathing problems, visibility warnings.
Stories: the dust storm over central and southern Iraq of Mon 14 April 2025 (1,800+ suffocation cases, Najaf
and Basra airports, Basra's holiday of Tue 15 April).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-south-dust-storm-april-2025
S = "iraq-south-dust-storm-april-2025"
STORM = "2025-04-14"                       # the dust storm hit central and southern Iraq on Mon 14 Apr 2025
NEXT = "2025-04-15"                        # Tue 15 Apr 2025: Basra's holiday, the forecast return of lighter dust
art(S, "https://www.arabkhabar.com/a/4472885",
    "2025-04-14", "page line 'تاريخ النشر: 14th, April 2025 GMT' (kept; 14 Apr 2025 was a Monday); the body's 'مساء الإثنين' and 'يوم غد الثلاثاء' agree; the source line 'المصدر: سكاي نيوز عربية' and the tag list dropped; headline kept from the page (re-worded)", True, """
فيديو.. حالات اختناق في النجف جراء العاصفة الترابية
تاريخ النشر: 14th, April 2025 GMT
أحصت محافظة النجف العراقية، مساء الإثنين، 250 حالة اختناق سببتها العاصفة الترابية التي اجتاحت المحافظة.
وأوضح مدير إعلام صحة النجف ماهر العبودي في تصريح لـ"السومرية نيوز" أن "250 حالة اختناق سُجلت في مختلف أنحاء المحافظة، فضلا عن خمسة حوادث سير وقعت بسبب العاصفة الترابية".
وفصّل قائلا إن "مستشفى المشخاب استقبل 40 حالة، ومستشفى المناذرة 55 حالة، ومستشفى الحكيم العام 48 حالة، ومستشفى الصدر 40 حالة، ومستشفى الفرات 17 حالة".
وذكرت هيئة الأرصاد الجوية العراقية أن "مدن الجنوب والوسط تأثرت بموجات غبار كثيفة نجمت عن نشاط الرياح السطحية الغربية والجنوبية الغربية الآتية من شرق السعودية وجنوب غرب البلاد، فتراجعت الرؤية الأفقية إلى ما دون 1 كم وانعدمت في مناطق عديدة".
وتابعت: "يُنتظر أن تهدأ الرياح قليلا ويقل تركيز الغبار وتضعف شدة الموجة خلال ساعات الليل، مع بقاء بعض الغبار عالقا في الأجواء، على أن يعود للتشكل بتركيز أقل خلال ساعات صباح يوم غد الثلاثاء".
""", [
    ev("najaf-250-cases", "أحصت محافظة النجف العراقية، مساء الإثنين، 250 حالة اختناق", STORM, "'مساء الإثنين' = Mon 14 Apr 2025 (page date line)"),
    ev("najaf-road-accidents", "خمسة حوادث سير وقعت بسبب العاصفة الترابية", STORM, "no own expression; the accidents of the storm of Mon 14 Apr 2025, counted that evening"),
    ev("dust-storm-hits", "مدن الجنوب والوسط تأثرت بموجات غبار كثيفة", STORM, "no own expression; the storm of Mon 14 Apr 2025 (the article's day, 'مساء الإثنين')"),
    ev("dust-returns-tuesday", "على أن يعود للتشكل بتركيز أقل خلال ساعات صباح يوم غد الثلاثاء", NEXT, "'صباح يوم غد الثلاثاء' from Mon 14 = Tue 15 Apr 2025 (a forecast)"),
])
art(S, "https://www.arabic.radioorient.com/%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82-%d9%8a%d8%ae%d8%aa%d9%86%d9%82-%d8%aa%d8%ad%d8%aa-%d8%a7%d9%84%d8%ba%d8%a8%d8%a7%d8%b1-%d8%b9%d8%a7%d8%b5%d9%81%d8%a9-%d8%aa%d8%b1%d8%a7%d8%a8%d9%8a%d8%a9-%d8%aa",
    "2025-04-15", "page date stamp '• أبريل 15, 2025' (kept without the bullet; 15 Apr 2025 was a Tuesday); the stand-first used as headline, the inner sub-headings and the photo description dropped", True, """
عاصفة رملية كثيفة تشل الحياة في مناطق واسعة من العراق
أبريل 15, 2025
عطّلت عاصفة رملية كثيفة الحياة في أجزاء واسعة من العراق، واستقبلت المستشفيات المئات ممن أصيبوا بالاختناق... أجواء مشبعة بالغبار، ومطارات مغلقة، ومخاوف من تفاقم الظاهرة مع تغير المناخ.
في مشهد مؤلم يتكرر بوتيرة متزايدة، ضربت عاصفة ترابية عنيفة مدن الجنوب والوسط في العراق، وتسببت في أكثر من 1800 حالة اختناق، بحسب بيانات وزارة الصحة.
وغطّى الغبار الكثيف سماء النجف والمثنى والديوانية وذي قار والبصرة، فيما عُلّقت حركة الطيران مؤقتا في مطاري النجف والبصرة الدوليين.
وذكر مدير صحة المثنى، مازن العكيلي، أن المحافظة سجلت ما يزيد على 700 حالة اختناق، في حين نُقل 250 شخصا إلى المستشفيات في محافظة النجف.
وفي الديوانية، أعلنت دائرة الصحة تسجيل 322 حالة بينها أطفال، بينما أحصت البصرة 361 حالة اختناق.
وقال مسؤول في وزارة الصحة لفرانس برس: "الوضع مثير للقلق، والمرافق الصحية تعمل بكامل طاقتها، مع توزيع أسطوانات الأوكسجين على نقاط عدة داخل المستشفيات والمراكز الإسعافية".
""", [
    ev("dust-storm-hits", "ضربت عاصفة ترابية عنيفة مدن الجنوب والوسط في العراق", STORM, "no own expression; the storm of Mon 14 Apr 2025 (arabkhabar 'مساء الإثنين', slaati 'الاثنين'), reported on Tue 15"),
    ev("suffocation-1800", "وتسببت في أكثر من 1800 حالة اختناق", STORM, "no own expression; the count of the storm of Mon 14 Apr 2025, given by the health authorities on Monday (slaati 'الاثنين')"),
    ev("airports-suspended", "عُلّقت حركة الطيران مؤقتا في مطاري النجف والبصرة الدوليين", STORM, "no own expression; the suspension during the storm of Mon 14 Apr 2025"),
    ev("muthanna-700", "أن المحافظة سجلت ما يزيد على 700 حالة اختناق", STORM, "no own expression; Muthanna's count for the storm of Mon 14 Apr 2025"),
    ev("najaf-250-cases", "نُقل 250 شخصا إلى المستشفيات في محافظة النجف", STORM, "no own expression; Najaf's 250 cases of Monday evening 14 Apr 2025 (arabkhabar)"),
    ev("basra-361", "بينما أحصت البصرة 361 حالة اختناق", STORM, "no own expression; Basra's count for the storm of Mon 14 Apr 2025"),
])
art(S, "https://mail.slaati.com/2025/04/15/p2667852.html",
    "2025-04-15", "date in the URL '/2025/04/15/' (15 Apr 2025 was a Tuesday); the body's 'الاثنين' for the health count agrees; the page furniture ('منذ 8 شهر', the view counters, 'اقرأ أيضًا' and the other headlines) dropped; headline kept from the page (re-worded); no date of its own in the text", False, """
عاصفة رملية تضرب العراق وتُلحق به أضرارا جسيمة.. فيديو
اجتاحت عاصفة رملية كثيفة عددا من مناطق العراق، فتدنى مستوى الرؤية بشكل كبير واصطبغت السماء باللون الأحمر، في مشهد أقلق السكان، وامتد أثرها إلى بعض المناطق والدول المجاورة.
وأعلنت السلطات الصحية الاثنين تسجيل أكثر من 1800 حالة اختناق من جراء العاصفة الرملية التي ضربت وسط البلاد وجنوبها، وأعاقت حركة الملاحة الجوية في مطارَي النجف والبصرة الدوليين.
وأفاد مدير دائرة الصحة مازن العكيلي، الذي أكد "استنفار" الأجهزة الطبية، بأن مستشفيات محافظة المثنى (جنوب) سجلت أكثر من 700 حالة اختناق.
كما تسبب تدني مستوى الرؤية جراء موجة الغبار في خمسة حوادث سير في النجف، أما في محافظة البصرة الجنوبية فقد سُجّلت 361 حالة اختناق وفق دائرة صحة البصرة.
""", [
    ev("dust-storm-hits", "اجتاحت عاصفة رملية كثيفة عددا من مناطق العراق", STORM, "no own expression; the storm of Mon 14 Apr 2025 (the count of 'الاثنين' follows)"),
    ev("suffocation-1800", "وأعلنت السلطات الصحية الاثنين تسجيل أكثر من 1800 حالة اختناق", STORM, "'الاثنين' in an article of Tue 15 Apr 2025 = Mon 14 Apr"),
    ev("airports-suspended", "وأعاقت حركة الملاحة الجوية في مطارَي النجف والبصرة الدوليين", STORM, "no own expression; during the storm of Mon 14 Apr 2025"),
    ev("muthanna-700", "مستشفيات محافظة المثنى (جنوب) سجلت أكثر من 700 حالة اختناق", STORM, "no own expression; Muthanna's count for the storm of Mon 14 Apr 2025"),
    ev("najaf-road-accidents", "في خمسة حوادث سير في النجف", STORM, "no own expression; the accidents of Mon 14 Apr 2025 (arabkhabar, 'مساء الإثنين')"),
    ev("basra-361", "فقد سُجّلت 361 حالة اختناق وفق دائرة صحة البصرة", STORM, "no own expression; Basra's count for the storm of Mon 14 Apr 2025"),
])
art(S, "https://basma.ps/AR-article-10529",
    "2025-04-15", "no date on the stored page; the body's 'اليوم الثلاثاء' for Basra's holiday, after the storm of Mon 14 Apr 2025 and with its count of 1,800 cases, gives Tue 15 Apr 2025; the source tag 'راديو بسمة -' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
عاصفة رملية قوية تضرب جنوب العراق وتعطل مطاري النجف والبصرة
اجتاحت عاصفة رملية قوية المناطق الجنوبية من العراق، فانعدمت الرؤية في مناطق عديدة وتوقفت حركة الملاحة الجوية مؤقتا في مطاري النجف والبصرة، بحسب وكالة الأنباء العراقية.
وقررت محافظة البصرة تعطيل الدوام الرسمي اليوم الثلاثاء بسبب سوء الأحوال الجوية.
وبحسب وكالة الأنباء الفرنسية، أفادت السلطات الصحية في العراق بأن العاصفة الرملية التي اجتاحت مناطق الوسط والجنوب أسفرت عن تسجيل ما يزيد على 1800 حالة اختناق.
""", [
    ev("dust-storm-hits", "اجتاحت عاصفة رملية قوية المناطق الجنوبية من العراق", STORM, "no own expression; the storm of Mon 14 Apr 2025 (the day before 'اليوم الثلاثاء')"),
    ev("airports-suspended", "توقفت حركة الملاحة الجوية مؤقتا في مطاري النجف والبصرة", STORM, "no own expression; during the storm of Mon 14 Apr 2025"),
    ev("basra-holiday", "وقررت محافظة البصرة تعطيل الدوام الرسمي اليوم الثلاثاء", NEXT, "'اليوم الثلاثاء' = Tue 15 Apr 2025 (the holiday; the decision may date from Monday evening)"),
    ev("suffocation-1800", "أسفرت عن تسجيل ما يزيد على 1800 حالة اختناق", STORM, "no own expression; the count of the storm of Mon 14 Apr 2025 (slaati 'الاثنين')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 421
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
