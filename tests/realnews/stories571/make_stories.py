"""Builds stories.jsonl: the 571-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: medicine shortages, drug recalls and price changes decided
by health ministries (Egypt, Jordan, Algeria, Iraq, Tunisia).
Story: the second rise of 2024 in the prices of about 320 locally made medicines costing 5 to 10 dinars
(Tunisia, in force Fri 26 Apr 2024, announced Mon 29 Apr 2024).
The story is not in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-local-medicines-second-price-rise-2024
S = "tunisia-local-medicines-second-price-rise-2024"
IN_FORCE = "2024-04-26"        # the rise of ~320 local medicines (5-10 dinars) applied since Fri 26 Apr 2024 ('منذ يوم الجمعة الفارط')
HAMMAMI = "2024-04-29"         # Tarek Hammami (national chamber of the pharmaceutical industry) spoke on Mon 29 Apr 2024
NIFER = "2024-04-30"           # Thouraya Nifer (national council of the pharmacists' order) spoke on Tue 30 Apr 2024
FIRST_RISE = "2024-02-19"      # the first rise (280 medicines under 5 dinars) applied on Mon 19 Feb 2024 (rm-fm.net: 'اليوم الاثنين 19 فيفري')
LAST_2021 = ("2021-06-01", "2021-07-01")   # the previous rise of locally made medicines, June 2021 (ilboursa)

art(S, "https://www.ilboursa.com/ar/الاعلان-عن-زيادة-ثانية-في-أسعار-عدد-كبير-من-اصناف-الأدوية-في-ظرف-شهرين_46011",
    "2024-04-29", "the body's 'اليوم الإثنين 29 أفريل 2024' for Tarek Hammami's statement (29 Apr 2024 was a Monday); the date is part of the body and kept; headline kept from the page; the menu line 'version française ilboursa' dropped; the last, truncated sentence of the stored excerpt dropped", True, """
الاعلان عن زيادة ثانية في أسعار عدد كبير من اصناف الأدوية في ظرف شهرين
كشفت الغرفة الوطنية لصناعة الأدوية أن أسعار صنف واسع من الأدوية في تونس عرفت ارتفاعا جديدا هو الثاني في غضون شهرين، بعد الزيادة الأولى المسجلة في شهر فيفري 2024.
وأفاد طارق الحمامي، اليوم الإثنين 29 أفريل 2024، بأن الزيادة الثانية طالت 320 صنفا من الأدوية المصنوعة محليا، وأن قيمتها تتراوح بين 320 و2000 مليم للعلبة الواحدة.
وبيّن في تصريح إعلامي أن الأدوية المعنية هي تلك التي يتراوح سعرها بين 5 و10 دنانير، مشددا على أنها "زيادة مدروسة وقع الاتفاق عليها مسبقا مع وزارتي الصحة والتجارة".
ورأى أن رفع أسعار هذه الأدوية يمثل "معادلة لتعديل بسيط بين ضمان وجود الأدوية في السوق والحفاظ على القطاع برمته"، وهو قطاع يقدم في نظره خدمات كبيرة للمواطن.
وذكر رئيس الغرفة الوطنية لصناعة الأدوية أن كثيرا من الأدوية التي يقل سعرها عن 10 دنانير والتي فُقدت ستعود من جديد إلى السوق بفضل هذه الزيادة.
وفي المقابل أكد أن الغاية ليست الزيادة في حد ذاتها، بل الحفاظ على مردودية قطاع صناعة الأدوية، لافتا إلى أن آخر زيادة عرفتها الأدوية المصنعة محليا تعود إلى جوان 2021.
""", [
    ev("second-price-rise", "أسعار صنف واسع من الأدوية في تونس عرفت ارتفاعا جديدا", IN_FORCE, "no own day for the rise; it applied since Fri 26 Apr 2024 (ulysse-fm: 'منذ يوم الجمعة الفارط' in Hammami's statement of Mon 29 Apr)"),
    ev("first-price-rise", "بعد الزيادة الأولى المسجلة في شهر فيفري 2024", FIRST_RISE, "'في شهر فيفري 2024' (the month only here); the first rise of 280 medicines applied on Mon 19 Feb 2024 (rm-fm.net: 'تم اليوم الاثنين 19 فيفري الجاري تفعيل الزيادة')"),
    ev("hammami-statement", "وأفاد طارق الحمامي، اليوم الإثنين 29 أفريل 2024", HAMMAMI, "'اليوم الإثنين 29 أفريل 2024' = Mon 29 Apr 2024"),
    ev("last-rise-2021", "تعود إلى جوان 2021", LAST_2021[0], "'جوان 2021' = June 2021 (the month only)", end=LAST_2021[1]),
])

art(S, "https://ar.tunisia-press.net/%d8%aa%d9%88%d9%86%d8%b3-%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84-%d8%a7%d9%84%d8%b2%d9%8a%d8%a7%d8%af%d8%a9-%d9%81%d9%8a-%d8%a3%d8%b3%d8%b9%d8%a7%d8%b1-300-%d8%af%d9%88%d8%a7%d8%a1/",
    "2024-04-30", "the body's 'اليوم الثلاثاء 30 أفريل 2024' for Thouraya Nifer's statement (30 Apr 2024 was a Tuesday); the date is part of the body and kept; a Tuniscope report carried by tunisia-press; headline kept from the page; the 'Home أخبار' crumbs, '0 second read', related links, comment form and 'Check Also' block dropped", True, """
تونس: تفاصيل الزيادة في أسعار 300 دواء
تطرقت ثريا النيفر، الكاتبة العامة للمجلس الوطني لهيئة الصيادلة، اليوم الثلاثاء 30 أفريل 2024، إلى الزيادة الأخيرة في أسعار الأدوية التي يتراوح ثمنها بين 5 و10 دنانير.
وأوضحت في تصريح لإذاعة موزاييك أن قرار رفع الأسعار يندرج ضمن سياسة الدولة الرامية إلى صون الأمن الصحي، مبينة أن غياب بعض الأدوية في المدة الأخيرة مرده تدني أسعارها مقابل ارتفاع كلفتها، وهو ما دفع المصنّعين إلى التوقف عن إنتاجها.
وتابعت قائلة: "أسعار هذه الأدوية ظلت مجمدة منذ حوالي 20 سنة".
وأكدت أن الزيادة ستطال قرابة 300 دواء وتتراوح بين 200 و2000 مليم، معتبرة أنها ستسمح برفع نسق التصنيع.
""", [
    ev("nifer-statement", "تطرقت ثريا النيفر، الكاتبة العامة للمجلس الوطني لهيئة الصيادلة، اليوم الثلاثاء 30 أفريل 2024", NIFER, "'اليوم الثلاثاء 30 أفريل 2024' = Tue 30 Apr 2024"),
    ev("second-price-rise", "الزيادة الأخيرة في أسعار الأدوية التي يتراوح ثمنها بين 5 و10 دنانير", IN_FORCE, "no own day; the rise applied since Fri 26 Apr 2024 (ulysse-fm: 'منذ يوم الجمعة الفارط')"),
    ev("medicine-shortages", "غياب بعض الأدوية في المدة الأخيرة", "2024-03-01", "'في المدة الأخيرة' before Tue 30 Apr 2024: the recent shortage of cheap local medicines (my span March - April 2024; ilboursa: medicines under 10 dinars 'التي فُقدت')", end="2024-05-01"),
])

art(S, "https://ulysse-fm.net/?p=289786",
    "2024-04-29", "no date on the stored page; the body carries Tarek Hammami's press statement with the same figures (320 medicines, 320 millimes to 2 dinars, last rise in 2021) that ilboursa dates 'اليوم الإثنين 29 أفريل 2024', and 'منذ يوم الجمعة الفارط' for the entry into force of Fri 26 Apr 2024, so it is the report of Mon 29 Apr 2024 (a publication on Tue 30 Apr cannot be fully excluded, see README); headline written from the body (the stored text has none); no date of its own in the text", False, """
الحمامي: زيادة في أسعار 320 صنفا من الدواء تدخل حيز التطبيق
أصبحت زيادة تتراوح بين 320 مليما ودينارين في أسعار 320 صنفا من الأدوية سارية منذ يوم الجمعة الفارط، حسب ما ذكره طارق الحمامي، رئيس الغرفة الوطنية لصناعة الأدوية.
وأوضح الحمامي في تصريح صحفي أن هذه الزيادة جزئية ولا تعني الأدوية المستوردة ولا الأدوية التي يتجاوز سعرها 10 دنانير، مبينا أن إقرارها جاء بسبب ارتفاع كلفة الإنتاج، في حين تعود آخر زيادة في أسعار هذه الأدوية إلى سنة 2021 وما سبقها.
ومن جانب آخر، نفى المتحدث نفسه أن تكون مخابر أدوية قد غادرت تونس مؤخرا، موضحا أن ما يجري تداوله يخص 3 مخابر لا تصنع الدواء، وكانت لها مكاتب للإعلام الدوائي في تونس أغلقتها منذ أكثر من سنة بسبب جملة من الصعوبات التي واجهتها.
""", [
    ev("second-price-rise", "سارية منذ يوم الجمعة الفارط", IN_FORCE, "'منذ يوم الجمعة الفارط' in a report of Mon 29 Apr 2024 = since Fri 26 Apr 2024"),
    ev("hammami-statement", "وأوضح الحمامي في تصريح صحفي", HAMMAMI, "no own expression; Hammami's statement of Mon 29 Apr 2024 (ilboursa: 'اليوم الإثنين 29 أفريل 2024')"),
    ev("last-rise-2021", "تعود آخر زيادة في أسعار هذه الأدوية إلى سنة 2021", LAST_2021[0], "'سنة 2021' (the year only here); the previous rise of local medicines was in June 2021 (ilboursa: 'جوان 2021')", end=LAST_2021[1]),
    ev("labs-offices-closed", "أغلقتها منذ أكثر من سنة", "2022-01-01", "'منذ أكثر من سنة' before Mon 29 Apr 2024: the three labs closed their offices before about April 2023 (my span 2022 - 28 Apr 2023)", end="2023-04-29"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 571
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
