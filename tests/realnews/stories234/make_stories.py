"""Builds stories.jsonl: the 234-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: visas, residency and entry rules for foreigners (Algeria
re-imposing visas on holders of Moroccan passports, September 2024; Kuwait's grace period for residency-law
violators, March 2024). None of these stories is in the dev set or the other tests/realnews/* sets, nor on the
forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-morocco-visa-reimposed-2024
S = "algeria-morocco-visa-reimposed-2024"
SEVERANCE = "2021-08-24"  # Algeria announced the severance of diplomatic ties with Morocco on Tue 24 Aug 2021
art(S, "https://analkhabar.com/%d9%85%d8%a7%d8%b0%d8%a7-%d9%8a%d8%b9%d9%83%d8%b3-%d9%82%d8%b1%d8%a7%d8%b1-%d8%a5%d9%84%d8%b2%d8%a7%d9%85-%d8%a7%d9%84%d9%85%d8%ba%d8%a7%d8%b1%d8%a8%d8%a9-%d8%a8%d8%a7%d9%84%d8%ad%d8%b5%d9%88%d9%84",
    "2024-09-26", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس 26 شتنبر الجاري' for the Algerian government's decision (26 Sep 2024 was a Thursday, the day of the foreign ministry's statement); the text states its own day and month ('اليوم الخميس 26 شتنبر')", True, """
قررت الحكومة الجزائرية إلزام كل المواطنين المغاربة بالحصول على تأشيرة لدخول أراضيها، في خطوة وُصفت بـ"المضحكة".
وفي هذا السياق، أفاد مصدر مطلع بأن المغرب سيرد على هذا القرار الجزائري بحزم وحكمة، لافتاً إلى أن الدبلوماسية المغربية تدير هذه الأزمة باحترافية عالية ولن تتأثر بالمناورات الجزائرية.
ووصف المصدر القرار الجزائري بأنه "رقصة الديك المذبوح"، معتبراً أنه يعكس حالة اليأس التي يعيشها النظام الجزائري أمام التطورات الإيجابية التي يعرفها ملف الصحراء المغربية.
وكانت الحكومة الجزائرية قد قررت اليوم الخميس 26 شتنبر الجاري العمل بإلزامية الحصول على تأشيرة دخول إلى التراب الوطني لكل الرعايا الأجانب الحاملين لجوازات سفر مغربية، بحسب ما ورد في بلاغ صحفي لوزارة خارجيتها.
وبررت الجزائر خطوتها بترديد اتهامات للمغرب، من قبيل "استغلال غياب التأشيرة بين البلدين للانخراط في أفعال شتى تمس باستقرار الجزائر وأمنها الوطني، وتنظيم شبكات متعددة للجريمة المنظمة والاتجار بالمخدرات والبشر، والتهريب والهجرة غير الشرعية وأعمال التجسس، ونشر عناصر استخباراتية صهيونية من حملة الجوازات المغربية لدخول التراب الوطني بكل حرية"، وفق تعبير البيان الجزائري.
""", [
    ev("visa-decision", "قد قررت اليوم الخميس 26 شتنبر الجاري", "2024-09-26", "'اليوم الخميس 26 شتنبر الجاري' = Thu 26 Sep 2024"),
    ev("moroccan-source-reaction", "أفاد مصدر مطلع بأن المغرب سيرد", "2024-09-26", "no own expression; the source's comment on the day of the decision, Thu 26 Sep 2024 (the publication day)"),
    ev("statement-accusations", "وبررت الجزائر خطوتها بترديد اتهامات للمغرب", "2024-09-26", "no own expression; the accusations are in the foreign ministry's statement of Thu 26 Sep 2024"),
])
art(S, "https://saharatodos.ma/?p=34150",
    "2024-09-26", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' (twice) for the Algerian foreign ministry's statement re-imposing visas on holders of Moroccan passports, issued on Thu 26 Sep 2024 (another outlet: 'اليوم الخميس 26 شتنبر'); the dateline 'صحراء توذوس : السمارة' dropped; the last sentence, cut in the stored text at 'مع المملكة المغر...', kept to its complete clause; no date of its own in the text", False, """
الجزائر تفرض التأشيرة على حاملي جواز السفر المغربي
أعلنت الحكومة الجزائرية، اليوم الخميس، العودة الفورية إلى إلزام كل الرعايا الأجانب الحاملين لجوازات سفر مغربية بالحصول على تأشيرة لدخول التراب الوطني، وفق ما جاء في بلاغ صحفي لوزارة الشؤون الخارجية والجالية الوطنية بالخارج.
وكعادتها كلما أقدمت على خطوة تصعيدية من جانب واحد، وجهت الجزائر سلسلة من الاتهامات إلى المغرب، إذ رأت أنه "استغل غياب التأشيرة بين البلدين ليتورط في أفعال شتى تمس باستقرار الجزائر وأمنها الوطني".
واتهمت المغرب كذلك، بحسب بيان خارجيتها، بـ"تنظيم شبكات متعددة للجريمة المنظمة والاتجار بالمخدرات والبشر، فضلاً عن التهريب والهجرة غير الشرعية وأعمال التجسس، ونشر عناصر استخباراتية صهيونية من حملة الجوازات المغربية تدخل التراب الوطني بكل حرية"، على حد تعبير البيان الجزائري.
وسعت الجزائر إلى الظهور بمظهر الحمل الوديع حين ادعت أنها "التزمت على الدوام بقيم التضامن وبصون الروابط الإنسانية والعائلية التي تجمع الشعبين الشقيقين الجزائري والمغربي"، وأنها تفادت المساس بتنقل الأشخاص منذ إعلانها قرار قطع العلاقات الدبلوماسية مع المملكة المغربية.
""", [
    ev("visa-decision", "أعلنت الحكومة الجزائرية، اليوم الخميس، العودة الفورية", "2024-09-26", "'اليوم الخميس' = Thu 26 Sep 2024"),
    ev("statement-accusations", "وجهت الجزائر سلسلة من الاتهامات إلى المغرب", "2024-09-26", "no own expression; the accusations are in the statement of Thu 26 Sep 2024"),
    ev("ties-severed", "منذ إعلانها قرار قطع العلاقات الدبلوماسية", SEVERANCE, "no own expression; Algeria announced the severance of diplomatic ties with Morocco on Tue 24 Aug 2021 (outside knowledge; other outlets: 'في أوت 2021', 'في 24 غشت 2021')"),
])
art(S, "https://alarabyalasil.com/2024/09/28/%d8%ae%d8%a8%d8%b1-%d9%88%d8%aa%d8%b9%d9%84%d9%8a%d9%82-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%aa%d8%b9%d9%84%d9%86-%d9%81%d8%b1%d8%b6-%d8%a7%d9%84%d8%aa%d8%a3%d8%b4%d9%8a%d8%b1%d8%a9-%d8%b9",
    "2024-09-28", "date in the URL '/2024/09/28/' (a Saturday, two days after the statement of Thu 26 Sep 2024); the truncated last sentence ('يتحمل وحده مسؤولية المسار...') dropped; no date of its own in the text", False, """
خبر وتعليق: الجزائر تعلن فرض التأشيرة على المغاربة
أعلنت الحكومة الجزائرية العودة الفورية إلى العمل بالإجراء الذي يُلزم جميع المواطنين الأجانب الحاملين لجوازات سفر مغربية بالحصول على تأشيرة لدخول التراب الوطني.
وأفاد بيان لوزارة الخارجية بأن الجزائر، التي التزمت دائماً بقيم التضامن وبصون الروابط الإنسانية والعائلية بين الشعبين الشقيقين الجزائري والمغربي، تجنبت المساس بحرية تنقل الأشخاص وانسيابيته منذ أن قررت في 2021 قطع علاقاتها الدبلوماسية مع المملكة المغربية.
وأضاف البيان أن النظام المغربي أساء استغلال غياب التأشيرة بين البلدين، وتورط للأسف الشديد في أفعال شتى تمس باستقرار الجزائر وأمنها الوطني، إذ نظم على نطاق واسع شبكات متعددة للجريمة المنظمة والاتجار بالمخدرات والبشر، إلى جانب التهريب والهجرة غير الشرعية وأعمال التجسس، ونشر عناصر استخباراتية صهيونية من حملة الجوازات المغربية تدخل التراب الوطني بكل حرية.
وتابع البيان أن هذه التصرفات تمثل تهديداً مباشراً لأمن البلاد، وتفرض مراقبة صارمة للدخول والإقامة على التراب الوطني في كل النقاط الحدودية.
""", [
    ev("visa-decision", "أعلنت الحكومة الجزائرية العودة الفورية", "2024-09-26", "no own expression; the statement of Thu 26 Sep 2024, two days before the URL day (other outlets: 'اليوم الخميس 26 شتنبر')"),
    ev("ties-severed", "منذ أن قررت في 2021 قطع علاقاتها الدبلوماسية", SEVERANCE, "'في 2021': the severance announced on Tue 24 Aug 2021 (outside knowledge)"),
    ev("statement-accusations", "وأضاف البيان أن النظام المغربي أساء استغلال", "2024-09-26", "no own expression; the statement of Thu 26 Sep 2024"),
])

# ---------------------------------------------------------------- kuwait-residency-violators-grace-period-2024
S = "kuwait-residency-violators-grace-period-2024"
RAMADAN = ("2024-03-11", "2024-04-10")  # Ramadan 1445 in Kuwait: Mon 11 Mar - Tue 9 Apr 2024
ACCESSION = "2023-12-16"  # Sheikh Mishal al-Ahmad became Emir on Sat 16 Dec 2023 (sworn in on 20 Dec)
art(S, "https://kuwaitlocal.com/ar/news/ministry-of-interior-grants-residency-violators-chance-to-settle-status-by-june-17",
    "2024-03-16", "page stamp '16 March 2024 الكويت' under the headline (kept as first line '16 March 2024'); 16 Mar 2024 was a Saturday, the eve of the grace period that the body says starts 'يوم الأحد القادم' (Sun 17 Mar); the truncated last sentence ('كشف مصدر أمني عن وجود أكثر من 110 آلاف مخالف لقا...') dropped", True, """
16 March 2024
وزارة الداخلية تمنح مخالفي الإقامة فرصة لتسوية أوضاعهم حتى 17 يونيو
أعلنت وزارة الداخلية في الكويت فتح نافذة أمام مخالفي الإقامة لمعالجة أوضاعهم عبر سداد الغرامات. ويمكن للأفراد، اعتباراً من يوم الأحد القادم وحتى 17 يونيو، تسوية الغرامات وفق الضوابط والإجراءات المنظمة.
وذكرت الإدارة العامة للعلاقات والإعلام الأمني، في بيان صحفي، أن هذه المبادرة تأتي مع حلول شهر رمضان المبارك، وتتزامن مع تولي سمو الأمير الشيخ مشعل الأحمد مقاليد الحكم، وتؤكد حرص الكويت على أدوارها الإنسانية ورسالتها كمركز إنساني.
وخلال فترة السماح الممتدة من 17 مارس 2024 إلى 17 يونيو 2024، يستطيع المخالفون العاجزون عن دفع الغرامات أو تعديل أوضاعهم الخروج من المنافذ المحددة دون التعرض لعقوبات، ويجوز لهم العودة بإجراءات جديدة بعد مغادرتهم.
وأوضحت الوزارة أنه "يجوز للمخالفين تعديل أوضاعهم بعد سداد الغرامات، مع الالتزام بالضوابط والإجراءات المحددة".
ويؤدي الإخفاق في تصحيح الوضع أو مغادرة البلاد خلال الفترة المنصوص عليها إلى فرض العقوبات المقررة، ومنها الإبعاد والحرمان من العودة. وعلى من يواجه عقبات إدارية أو قضائية التواصل مع الإدارة العامة لشؤون الإقامة.
""", [
    ev("grace-start", "اعتباراً من يوم الأحد القادم", "2024-03-17", "'يوم الأحد القادم' after Sat 16 Mar 2024 = Sun 17 Mar 2024 (the body also says 'من 17 مارس 2024')"),
    ev("grace-end", "وحتى 17 يونيو", "2024-06-17", "'17 يونيو' = Mon 17 Jun 2024, the last day of the grace period"),
    ev("ramadan", "مع حلول شهر رمضان المبارك", RAMADAN[0], "no own expression; Ramadan 1445 in Kuwait, Mon 11 Mar - Tue 9 Apr 2024 (outside knowledge; the span of the month)", end=RAMADAN[1]),
    ev("amir-accession", "تولي سمو الأمير الشيخ مشعل الأحمد مقاليد الحكم", ACCESSION, "no own expression; Sheikh Mishal became Emir on Sat 16 Dec 2023 on the death of Sheikh Nawaf (outside knowledge)"),
])
art(S, "https://parlmany.com/News/5/543192/اليوم-الكويت-تبدأ-تعديل-أوضاع-مخالفى-الإقامة",
    "2024-03-17", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' for the first day of the grace period announced by Kuwait's interior ministry, Sun 17 Mar 2024 (another outlet, stamped 16 March 2024: 'اعتباراً من يوم الأحد القادم'; others: 'من 17 الجاري'); the last sentence, cut in the stored text at 'بالعودة إليها مرة أ...', kept to its complete clauses; no date of its own in the text", False, """
تبدأ دولة الكويت، اليوم الأحد، تعديل أوضاع المخالفين لقانون الإقامة على أراضيها بعد سداد الغرامة، وتواصل استقبال طلبات الراغبين في تسوية أوضاعهم حتى 17 يونيو المقبل، بحسب ما أعلنته وزارة الداخلية الكويتية.
وقالت الإدارة العامة للعلاقات والإعلام الأمني في الوزارة، في بيان لها، إن هذه الخطوة تأتي بمناسبة شهر رمضان المبارك، وتزامناً مع تولي الأمير الشيخ مشعل الأحمد مقاليد الحكم، وترسيخاً للدور الإنساني المعهود لدولة الكويت على كل المستويات، وتلبيةً لرسالتها السامية بوصفها مركزاً للعمل الإنساني.
وأوضح البيان أنه تقرر منح مهلة لمخالفي قانون الإقامة ولائحته التنفيذية، فمن لا يستطيع منهم دفع الغرامة أو تعديل وضعه يمكنه المغادرة من أي منفذ من منافذ البلاد المخصصة لذلك من دون دفع أي غرامات، مع السماح له بالعودة مرة أخرى بإجراءات جديدة.
وأضاف أنه يُسمح للمخالفين بتعديل أوضاعهم بعد دفع الغرامة، وبما يتوافق مع الضوابط والإجراءات المنظمة لذلك.
وأشار إلى أن المخالفين لقانون الإقامة الذين لا يعدّلون أوضاعهم أو لا يغادرون البلاد خلال المهلة المذكورة ستُوقَّع عليهم العقوبات المقررة قانوناً، ولن يُرخَّص لهم بالإقامة، وسيجري إبعادهم عن البلاد.
""", [
    ev("grace-start", "تبدأ دولة الكويت، اليوم الأحد", "2024-03-17", "'اليوم الأحد' = Sun 17 Mar 2024"),
    ev("grace-end", "حتى 17 يونيو المقبل", "2024-06-17", "'17 يونيو المقبل' = Mon 17 Jun 2024"),
    ev("ramadan", "بمناسبة شهر رمضان المبارك", RAMADAN[0], "no own expression; Ramadan 1445 in Kuwait, Mon 11 Mar - Tue 9 Apr 2024 (outside knowledge; the span of the month)", end=RAMADAN[1]),
    ev("amir-accession", "تولي الأمير الشيخ مشعل الأحمد مقاليد الحكم", ACCESSION, "no own expression; Sheikh Mishal became Emir on Sat 16 Dec 2023 (outside knowledge)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 239)
                            if i != 201 and i != 234 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
