"""Builds stories.jsonl: the 632-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: currency and banking: ATMs empty, bank runs, withdrawal
limits and cash shortages (Lebanon, Libya, Sudan, Iraq, Syria).
Stories: the Central Bank of Syria's raise of the daily cash-withdrawal ceiling to 25 million pounds (Syria,
August 2023), and the Banque du Liban's raise of the monthly withdrawal ceilings of circulars 158 and 166
(Lebanon, November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-central-bank-25-million-withdrawal-cap-2023
S = "syria-central-bank-25-million-withdrawal-cap-2023"
CIRCULAR = "2023-08-06"                    # the circular raising the daily cap to 25 million was sent on Sun 6 Aug 2023
JAN2 = "2023-01-02"                        # circular 12/16 of 2 Jan 2023 (the daily cap)
JAN29 = "2023-01-29"                       # its amendment 612/16 of 29 Jan 2023 (the 15-million cap)
art(S, "http://syria-exchange.com/archives/29133",
    "2023-08-07", "no date line on the stored page; the body's 'أعلن ... أمس' and 'أمس الأحد 6 آب' for the circular of Sun 6 Aug 2023 give Mon 7 Aug 2023 (6 Aug 2023 was a Sunday; arabkhabar of Tue 8 Aug reports the same circular); headline written from the body (the stored text has none); the last, truncated sentence ended at 'العملات'", False, """
المركزي السوري يرفع سقف السحب اليومي إلى 25 مليون ليرة
كشف مصرف سورية المركزي أمس عن قرار برفع الحد الأقصى للسحب اليومي من الحسابات المصرفية لدى البنوك إلى 25 مليون ليرة سورية.
وكان المصرف قد وجّه أمس الأحد 6 آب تعميماً إلى المؤسسات المالية المصرفية يعدّل البند الأول من التعميم رقم 16/12 الصادر بتاريخ 2 من كانون الثاني الماضي.
وينص التعديل على زيادة سقف السحب النقدي اليومي من الحسابات المصرفية من 15 مليون ليرة سورية إلى 25 مليوناً، في تعديل جديد لحد السحب اليومي الذي أُعلن عنه في شهر كانون الثاني الماضي.
ويرمي التعميم عموماً، بحسب المصرف المركزي، إلى منح أصحاب الحسابات مرونة أكبر في استعمال حساباتهم المصرفية، وتتبّع وجهة استخدام الأموال المسحوبة من حسابات المتعاملين.
وأشار المصرف إلى أن القرار يندرج ضمن سياسته في تقييد السحوبات النقدية لإدارة سعر الصرف، واستعمال الأدوات الرقابية الهادفة أساساً إلى الحد من المضاربة على الليرة السورية.
وبحسب التعميم، يسري القرار على الأشخاص الطبيعيين والاعتباريين من أصحاب الحسابات المصرفية.
وتأتي خطوات المصرف المركزي هذه بالتزامن مع التراجع الكبير وغير المسبوق لليرة السورية أمام الدولار الأمريكي وسائر العملات.
""", [
    ev("cap-raise-announced", "كشف مصرف سورية المركزي أمس عن قرار", CIRCULAR, "'أمس' in an article of Mon 7 Aug 2023 = Sun 6 Aug"),
    ev("circular-issued", "وكان المصرف قد وجّه أمس الأحد 6 آب تعميماً", CIRCULAR, "'أمس الأحد 6 آب' = Sun 6 Aug 2023"),
    ev("january-2-circular", "التعميم رقم 16/12 الصادر بتاريخ 2 من كانون الثاني الماضي", JAN2, "'2 من كانون الثاني الماضي' from Aug 2023 = Mon 2 Jan 2023"),
    ev("january-15-million-cap", "لحد السحب اليومي الذي أُعلن عنه في شهر كانون الثاني الماضي", JAN29, "'في شهر كانون الثاني الماضي' = January 2023; the day is that of the amending circular 612/16/ص of 29/1/2023 (arabkhabar)"),
])
art(S, "https://arabkhabar.com/a/296271",
    "2023-08-08", "the page's date line 'تاريخ النشر: 8th, August 2023 GMT' (Tue 8 Aug 2023), not part of the body and dropped; a report after Al-Watan; headline kept from the page; the last, truncated sentence ended at 'ليرة'; no date of its own in the text apart from the circulars' dates", True, """
قرار عاجل من مصرف سوريا المركزي
وجّه مصرف سوريا المركزي تعميماً إلى المصارف العاملة في البلاد يعدّل البند رقم /1/ من تعميمه رقم (12/16/ص) تاريخ 2/1/2023، الذي يحدد سقف السحب النقدي اليومي من الحسابات المفتوحة للأشخاص الطبيعيين والاعتباريين، والمعدَّل بالتعميم رقم 612/16/ص تاريخ 29/1/2023، ليغدو المبلغ 25 مليون ليرة.
وبحسب صحيفة الوطن السورية، أوضح التعميم أن سياسة المصرف المركزي في تقييد السحوبات النقدية غايتها إدارة سعر الصرف وتوظيف الأدوات الرقابية للحد من المضاربة على الليرة السورية، ومتابعة وجهة استعمال الأموال المسحوبة من حسابات المتعاملين، إلى جانب منحهم مرونة أكبر في استخدام حساباتهم المصرفية.
وذكر عدنان حسن، معاون المدير العام في مصرف التسليف الشعبي، أن القرار صار نافذاً منذ صدوره وعُمّم على الفروع، لكنه لفت إلى أن هذا القرار، في ظل تزايد السحوبات قياساً بالإيداعات في الفترة الأخيرة، يخفّض معدلات السيولة لدى المصارف ويرفع حجم المعروض النقدي.
وبيّن حسن أن نسبة السيولة التي حددها مصرف سورية المركزي تقارب 30 بالمئة، بينما تبلغ نسبة السيولة لدى التسليف الشعبي نحو 37 بالمئة، ويبلغ رأسمال المصرف قرابة 10 مليارات ليرة.
""", [
    ev("circular-issued", "وجّه مصرف سوريا المركزي تعميماً إلى المصارف العاملة في البلاد", CIRCULAR, "no own expression; the circular sent on Sun 6 Aug 2023 (syria-exchange: 'أمس الأحد 6 آب')"),
    ev("january-2-circular", "من تعميمه رقم (12/16/ص) تاريخ 2/1/2023", JAN2, "'تاريخ 2/1/2023' = Mon 2 Jan 2023"),
    ev("january-15-million-cap", "والمعدَّل بالتعميم رقم 612/16/ص تاريخ 29/1/2023", JAN29, "'تاريخ 29/1/2023' = Sun 29 Jan 2023"),
    ev("decision-in-force", "أن القرار صار نافذاً منذ صدوره", CIRCULAR, "no own expression; in force from its issue on Sun 6 Aug 2023"),
    ev("hassan-statement", "وذكر عدنان حسن، معاون المدير العام في مصرف التسليف الشعبي", CIRCULAR, "no own expression; his remarks to Al-Watan came after the circular of Sun 6 Aug and before this report of Tue 8 Aug 2023 (my span 6 - 8 Aug)", end="2023-08-09"),
])

# ---------------------------------------------------------------- lebanon-bdl-158-166-ceilings-raise-2025
S = "lebanon-bdl-158-166-ceilings-raise-2025"
DECISION = "2025-11-26"                    # the BDL central council decided the raise on Wed 26 Nov 2025
CIRC746 = "2025-11-28"                     # intermediate decision 13770 / circular 746 dated Fri 28 Nov 2025
START = "2025-12-01"                       # the new ceilings apply from Mon 1 Dec 2025
art(S, "https://www.tayyar.org/News/Lebanon/694808/_guid=694808",
    "2025-11-26", "no date line in the stored text (the stored copy's stamp is 2025-11-26); the body's 'اليوم الأربعاء' for the central council's decision gives Wed 26 Nov 2025 (26 Nov 2025 was a Wednesday; the circular carrying the decision is dated Fri 28 Nov, gulf365); headline written from the body (the stored text has none); the font-size buttons dropped", False, """
مصرف لبنان يرفع سقف السحوبات في التعميمين 158 و166
قرّر المجلس المركزي لمصرف لبنان، اليوم الأربعاء، زيادة سقف السحوبات الشهرية ضمن التعميم 158 من 800 دولار إلى 1000 دولار، وضمن التعميم 166 من 400 دولار إلى 500 دولار، على أن يسري ذلك بدءاً من أول كانون الأول المقبل.
وبحسب ما أوردته "النهار"، يتيح قرار "المركزي" للمستفيد من التعميم 158 قبض 800 دولار نقداً، يضاف إليها 200 دولار عبر بطاقة ائتمان تُستعمل لشراء السلع والمحروقات والأدوية عبر أجهزة POS، في حين يحصل المستفيد من التعميم 166 على 400 دولار نقداً و100 دولار عبر البطاقة المصرفية.
وجرى تعديل التعاميم بما يسمح للمؤسسات الفردية والجمعيات المرخّصة من المراجع المختصة (الخيرية أو الدينية) بالاستفادة من التعميمين.
ويستفيد من التعميمين حالياً قرابة 350 ألف مودع، وستتجاوز كلفة الزيادة المقرّة 850 مليون دولار في السنة، فيما ستفوق الكلفة السنوية للتعاميم بعد الزيادة 3.3 مليار دولار، يتحمّل مصرف لبنان معظمها من احتياطي المصارف لديه، وهو في الأصل من أموال المودعين.
""", [
    ev("council-decision", "قرّر المجلس المركزي لمصرف لبنان، اليوم الأربعاء", DECISION, "'اليوم الأربعاء' = Wed 26 Nov 2025"),
    ev("new-ceilings-start", "على أن يسري ذلك بدءاً من أول كانون الأول المقبل", START, "'أول كانون الأول المقبل' from Nov 2025 = Mon 1 Dec 2025"),
    ev("pos-card-tranche", "يضاف إليها 200 دولار عبر بطاقة ائتمان", START, "no own expression; the card tranche is part of the new monthly payment, paid from Mon 1 Dec 2025"),
    ev("eligibility-widened", "وجرى تعديل التعاميم بما يسمح للمؤسسات الفردية", DECISION, "no own expression; part of the council's decision of Wed 26 Nov 2025"),
])
art(S, "https://gulf365.net/world-news/13180854/%D9%85%D8%B5%D8%B1%D9%81-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D8%B1%D9%81%D8%B9-%D8%B3%D9%82%D9%81-%D8%A7%D9%84%D8%B3%D8%AD%D9%88%D8%A8%D8%A7%D8%AA-%D9%84%D9%84%D8%AA%D8%B9%D9%85%D9%8A%D9%85-158-%D8%A5%D9%84%D9%89-1000-%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%88%D8%A7%D9%84%D8%AA%D8%B9%D9%85%D9%8A%D9%85-166-%D8%A5%D9%84%D9%89-500-%D8%AF%D9%88%D9%84%D8%A7%D8%B1.html",
    "2025-11-28", "no date line in the stored text (the stored copy's stamp is 2025-11-28); the report of the BDL's publication of intermediate decision 13770 dated 28/11/2025 agrees: Fri 28 Nov 2025; headline rendered from the URL slug; the last, truncated sentence (on circular 747) shortened; no relative date of its own in the text", False, """
مصرف لبنان: رفع سقف السحوبات للتعميم 158 إلى 1000 دولار والتعميم 166 إلى 500 دولار
نشر مصرف لبنان نسخة من القرار الوسيط رقم 13770 تاريخ 28/11/2025، الذي يعدّل القرار الأساسي رقم 13335 تاريخ 8/6/2021 المتعلق بالإجراءات الاستثنائية للتسديد التدريجي للودائع بالعملات الأجنبية، والمرفق بالتعميم الأساسي رقم 158.
وفي التفاصيل، ووفق التعميم رقم 746 المستند إلى قانون النقد والتسليف ولا سيما المادتين 70 و174 منه، تقرّر رفع سقف السحوبات من 800 دولار إلى 1000 دولار في الشهر، من دون أي عمولة أو نفقة مباشرة أو غير مباشرة من أي نوع على هذه العملية، وعلى ألا يتخطى مجموع ما يمكن سحبه في السنة بالدولار الأميركي من المصارف كافة، بموجب هذا البند، مبلغ 12000 دولار.
ويُدفع المبلغ على النحو الآتي: 800 دولار لصاحب الحساب نقداً و/أو بتحويل إلى الخارج و/أو بواسطة البطاقات المصرفية التي يمكن استخدامها في لبنان والخارج و/أو بإيداعها في حساب جديد، و200 دولار بواسطة البطاقات المصرفية تُستعمل حصراً على أجهزة نقاط البيع (POS)، ويحق لمصرف لبنان تعديل هذا المبلغ وفق سياسته النقدية.
كما يُعدَّل سقف السحب السنوي من المصارف كافة خلال الدورة الحالية التي تنتهي بتاريخ 2026/6/30 ليصل إلى 11000 دولار.
ونشر المصرف كذلك تعميماً آخر يحمل الرقم 747.
""", [
    ev("circular-746-published", "نشر مصرف لبنان نسخة من القرار الوسيط رقم 13770 تاريخ 28/11/2025", CIRC746, "'تاريخ 28/11/2025' = Fri 28 Nov 2025, the day of publication"),
    ev("basic-decision-13335", "القرار الأساسي رقم 13335 تاريخ 8/6/2021", "2021-06-08", "'تاريخ 8/6/2021' = Tue 8 Jun 2021"),
    ev("council-decision", "تقرّر رفع سقف السحوبات من 800 دولار إلى 1000 دولار في الشهر", DECISION, "no own expression; the raise decided by the BDL central council on Wed 26 Nov 2025 (tayyar 'اليوم الأربعاء'), here in the wording of the circular"),
    ev("pos-card-tranche", "و200 دولار بواسطة البطاقات المصرفية تُستعمل حصراً على أجهزة نقاط البيع", START, "no own expression; the card tranche of the new payment, from Mon 1 Dec 2025 (tayyar 'بدءاً من أول كانون الأول المقبل')"),
    ev("current-cycle-end", "خلال الدورة الحالية التي تنتهي بتاريخ 2026/6/30", "2026-06-30", "'بتاريخ 2026/6/30' = Tue 30 Jun 2026 (the end of the current annual cycle)"),
    ev("circular-747-published", "ونشر المصرف كذلك تعميماً آخر يحمل الرقم 747", CIRC746, "no own expression; published together with circular 746 on Fri 28 Nov 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 632
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
