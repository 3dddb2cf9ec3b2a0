"""Builds stories.jsonl: the 453-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: labour strikes and sit-ins (teachers, doctors, transport
workers).
Stories: the Tunisian young doctors' national strike and sit-in before parliament (Tunisia, November 2025), the
slapping of a teachers' union leader at a teachers' sit-in on Liberty Square in Nouakchott and the teachers'
work stoppage that followed (Mauritania, November 2024), and the Egyptian train drivers' strike and the
conscription notices sent to the strikers (Egypt, April 2013).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-young-doctors-strike-nov-2025
S = "tunisia-young-doctors-strike-nov-2025"
NEGOTIATION = "2025-11-18"                 # the failed negotiation session with the health ministry, Tue 18 Nov 2025
STRIKE = "2025-11-19"                      # the one-day national strike and the sit-in before parliament, Wed 19 Nov 2025
AGREEMENT = "2025-07-03"                   # the agreement of 3 July 2025 (Thu)
ALLOWANCES_DEADLINE = "2025-08-31"         # 'في أجل أقصاه موفى أوت 2025'
OTHER_STRIKES = ("2025-10-22", STRIKE)     # transport and bank strikes 'in the past weeks' (my span: the four weeks before the strike)
GABES = ("2025-10-19", "2025-11-20")       # the Gabes environmental protests, going on 'منذ شهر' on Wed 19 Nov 2025 (my span)
art(S, "https://ar.lemaghreb.tn/سياسة/المغرب-اليوم/item/117171-بين-الإضراب-والوقفة-الاحتجاجية-منظمة-الأطباء-الشبان-تنشر-تراتيب-تحركها-الاحتجاجي-غدا?print=1&tmpl=component",
    "2025-11-18", "no date line in the stored (print) page; the body's 'غدا الأربعاء 19 نوفمبر الجاري' for the strike gives Tue 18 Nov 2025 (19 Nov 2025 was a Wednesday; babnet of Tue 18 Nov: 'يوم غد الأربعاء'); headline from the URL slug; the stored text begins in mid-sentence ('الاحتجاجي المقرر تنفيذه غدا ...'), so the opening words of the first sentence are completed from the headline; the last, truncated clause dropped", False, """
بين الإضراب والوقفة الاحتجاجية: منظمة الأطباء الشبان تنشر تراتيب تحركها الاحتجاجي غدا
نشرت المنظمة التونسية للأطباء الشبان تراتيب تحركها الاحتجاجي المبرمج تنفيذه غدا الأربعاء 19 نوفمبر الجاري، ردا على استمرار وزارة الصحة في التخلف عن الوفاء بالتزاماتها وتعهداتها الواردة في محضر الاتفاق الموقع بتاريخ 03 جويلية 2025.
وبموجب هذه التراتيب، يُنفَّذ إضراب عام ليوم واحد في جميع كليات الطب والمؤسسات الصحية والجامعية، يشمل كافة طلبة الطب والأطباء الداخليين والمقيمين، مع الحفاظ على السير العادي للعمل في أقسام الاستعجالي والاقتصار على تأمين حصص الاستمرار في باقي الأقسام.
وإلى جانب الإضراب، تنظم المنظمة وقفة احتجاجية وطنية، إذ دعت كل الأطباء الشبان إلى الحضور في اليوم ذاته أمام مقر مجلس نواب الشعب، بالتزامن مع جلسة مناقشة ميزانية وزارة الصحة على الساعة العاشرة صباحاً، وتمتد الدعوة إلى جميع المواطنين والمواطنات الداعمين لقضايا الأطباء الشبان في نضالهم من أجل قطاع صحة عمومي يصون كرامة المواطن وعون الصحة معا.
وحمّلت المنظمة وزارة الصحة، بصفتها الجهة المنفذة للاتفاق، وعمادة الأطباء، بصفتها الجهة الضامنة له، المسؤولية الكاملة عما قد ينجر عن هذا الوضع من اضطراب في الخدمات داخل المؤسسات الصحية العمومية، ومن تصاعد الاحتقان في صفوف الأطباء الشبان بسبب استمرار المماطلة وانعدام الجدية في التعامل مع مطالبهم المشروعة.
""", [
    ev("national-strike", "إضراب عام ليوم واحد في جميع كليات الطب", STRIKE, "'غدا الأربعاء 19 نوفمبر الجاري' (the protest action) = Wed 19 Nov 2025"),
    ev("parliament-sit-in", "تنظم المنظمة وقفة احتجاجية وطنية", STRIKE, "'في اليوم ذاته' as the strike, 'غدا الأربعاء 19 نوفمبر الجاري' = Wed 19 Nov 2025"),
    ev("health-budget-session", "جلسة مناقشة ميزانية وزارة الصحة على الساعة العاشرة صباحاً", STRIKE, "the session of the same day as the sit-in, Wed 19 Nov 2025, at 10:00"),
    ev("july-3-agreement", "محضر الاتفاق الموقع بتاريخ 03 جويلية 2025", AGREEMENT, "'03 جويلية 2025' = Thu 3 Jul 2025"),
])
art(S, "https://www.babnet.net/cadredetail-318723.asp",
    "2025-11-18", "page date 2025-11-18; the body's 'اليوم الثلاثاء' and 'ليوم غد الأربعاء' agree (18 Nov 2025 was a Tuesday); headline written from the body (the stored text has none); the last sentence is cut in the stored text after 'رغم الاتفاق على تفعيلها' and ends there", True, """
رئيس منظمة الأطباء الشبان: جلسة التفاوض مع وزارة الصحة لم تفض إلى أي اتفاق
أفاد رئيس المنظمة التونسية للأطباء الشبان، وجيه ذكار، اليوم الثلاثاء، بأن الجلسة التفاوضية التي جمعت المنظمة بوزارة الصحة اليوم، بحضور ممثلين عن رئاسة الحكومة ووزارة المالية وعمادة الأطباء، انتهت دون التوصل إلى أي اتفاق.
وأكد ذكار، في تصريح لوكالة تونس إفريقيا للأنباء، تمسك المنظمة بتنفيذ الإضراب العام الوطني المقرر ليوم غد الأربعاء، فضلا عن تنظيم وقفة احتجاجية أمام مقر مجلس نواب الشعب تتزامن مع مناقشة مشروع ميزانية وزارة الصحة لسنة 2026.
وعزا المتحدث هذه التحركات الاحتجاجية إلى ما تعتبره المنظمة "سياسة المماطلة والتجاهل" التي تتبعها وزارة الصحة في معالجة ملف الأطباء الشبان، وإلى استمرار تعطل تطبيق بنود اتفاق 3 جويلية 2025.
ومن أبرز بنود هذا الاتفاق صرف مستحقات الأطباء الشبان المتعلقة بمنح حصص الاستمرار في مختلف المستشفيات ومراجعة المقرر الوزاري المنظم لها، وهي التزامات تعهدت سلطة الإشراف بإنجازها في أجل أقصاه موفى أوت 2025.
كما نص الاتفاق على تفعيل شروط الإعفاء أو التأجيل أو الإبقاء على نفس مقر السكن في ما يخص الخدمة المدنية، غير أنه لم تصدر حتى اليوم أي وثيقة رسمية تبين آليات تطبيق هذه البنود، رغم الاتفاق على تفعيلها.
""", [
    ev("failed-negotiation", "الجلسة التفاوضية التي جمعت المنظمة بوزارة الصحة اليوم", NEGOTIATION, "'اليوم' in an article of Tue 18 Nov 2025 ('اليوم الثلاثاء')"),
    ev("national-strike", "الإضراب العام الوطني المقرر ليوم غد الأربعاء", STRIKE, "'يوم غد الأربعاء' from Tue 18 Nov 2025 = Wed 19 Nov"),
    ev("parliament-sit-in", "تنظيم وقفة احتجاجية أمام مقر مجلس نواب الشعب", STRIKE, "no own day; the sit-in accompanies the strike of Wed 19 Nov 2025"),
    ev("health-budget-session", "مناقشة مشروع ميزانية وزارة الصحة لسنة 2026", STRIKE, "no own day; the debate held with the sit-in on Wed 19 Nov 2025 (lemaghreb, radionationale)"),
    ev("july-3-agreement", "بنود اتفاق 3 جويلية 2025", AGREEMENT, "'3 جويلية 2025' = Thu 3 Jul 2025"),
    ev("allowances-deadline", "في أجل أقصاه موفى أوت 2025", ALLOWANCES_DEADLINE, "'موفى أوت 2025' = the end of August 2025, Sun 31 Aug 2025"),
])
art(S, "https://www.aljazeeramubasher.net/news/politics/2025/11/19/%D8%A2%D9%84%D8%A7%D9%81-%D8%A7%D9%84%D8%A3%D8%B7%D8%A8%D8%A7%D8%A1-%D9%8A%D8%B6%D8%B1%D8%A8%D9%88%D9%86-%D8%B9%D9%86-%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D9%81%D9%8A-%D8%AA%D9%88%D9%86%D8%B3",
    "2025-11-19", "page date 2025-11-19 (also in the URL); the body's 'اليوم الأربعاء' agrees (19 Nov 2025 was a Wednesday); headline from the URL slug; the sub-heading kept; the last word of the stored text ('الهج...') completed as 'الهجرة'", True, """
آلاف الأطباء يضربون عن العمل في تونس
شهدت العاصمة التونسية اليوم الأربعاء احتجاجات واسعة شارك فيها مئات من الأطباء الشبان، تزامنت مع إضراب شامل نفذه الآلاف منهم للمطالبة برفع الأجور وتحسين ظروف العمل، محذرين من أن تردي الأوضاع داخل المستشفيات العمومية بات يهدد المنظومة الصحية في البلاد بالانهيار.
ويأتي هذا التحرك في سياق تصاعد موجة الاحتجاجات الاجتماعية والاقتصادية، إذ نفذ موظفو قطاعي النقل والبنوك إضرابات مماثلة خلال الأسابيع الماضية للمطالبة بتحسين الرواتب، في حين تتواصل منذ شهر الاحتجاجات البيئية في مدينة قابس جنوب البلاد.
وخلال الوقفة أمام مقر البرلمان، ارتدى الأطباء الشبان معاطفهم البيضاء ورفعوا لافتات كتب عليها "كرامة للأطباء" و"أنقذوا مستشفياتنا"، في إشارة إلى حجم الضغوط التي يرزح تحتها القطاع.
أجور "منخفضة"
وقالت الطبيبة المقيمة مروى: "نحن منهكون.. الأجور منخفضة ونعمل داخل منظومة تنهار، وإذا لم يتغير شيء فسيغادر المزيد من الأطباء وستتعمق الأزمة"، مشددة على أن الوضع لم يعد يُحتمل.
ولفت المحتجون إلى أن تدني الأجور وتهالك المعدات الطبية وتردي ظروف العمل ونقص المستلزمات الأساسية كلها عوامل تدفع مزيدا من الكفاءات الطبية الشابة إلى الهجرة.
""", [
    ev("parliament-sit-in", "شهدت العاصمة التونسية اليوم الأربعاء احتجاجات واسعة", STRIKE, "'اليوم الأربعاء' = Wed 19 Nov 2025 (the protest before parliament)"),
    ev("national-strike", "إضراب شامل نفذه الآلاف منهم", STRIKE, "the strike held the same day, 'اليوم الأربعاء' = Wed 19 Nov 2025"),
    ev("transport-bank-strikes", "نفذ موظفو قطاعي النقل والبنوك إضرابات مماثلة خلال الأسابيع الماضية", OTHER_STRIKES[0], "'خلال الأسابيع الماضية' before Wed 19 Nov 2025 (my span: the four weeks 22 Oct - 18 Nov 2025)", end=OTHER_STRIKES[1]),
    ev("gabes-protests", "تتواصل منذ شهر الاحتجاجات البيئية في مدينة قابس", GABES[0], "'منذ شهر' on Wed 19 Nov 2025: going on from about 19 Oct to the day of the article (my span 19 Oct - 19 Nov 2025)", end=GABES[1]),
])
art(S, "https://lemed24.com/%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d9%88%d8%a7%d8%b3%d8%b9-%d9%84%d9%84%d8%a3%d8%b7%d8%a8%d8%a7%d8%a1-%d9%81%d9%8a-%d8%aa%d9%88%d9%86%d8%b3-%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac%d9%8b%d8%a7-%d8%b9%d9%84",
    "2025-11-20", "no date on the stored page; the body's 'أمس الأربعاء' for the strike and protests of Wed 19 Nov 2025 (aljazeeramubasher, babnet, radionationale) gives Thu 20 Nov 2025; headline kept from the page, sub-headings kept; the last, truncated sentence ('تدفع الأط...') ends at 'تدفع الأطباء إلى الهجرة'", False, """
آلاف الأطباء يتظاهرون في العاصمة التونسية
عرفت العاصمة التونسية أمس الأربعاء احتجاجات واسعة، إذ أضرب آلاف الأطباء الشبان عن العمل وخرج المئات منهم في مظاهرات للمطالبة برفع الأجور وتحسين ظروف العمل في المستشفيات العمومية، مؤكدين أن التدهور المتواصل للخدمات الصحية ينذر بانهيار المنظومة الصحية في البلاد.
تصاعد التوتر الاجتماعي والاقتصادي
ويندرج هذا الإضراب ضمن موجة متصاعدة من التحركات الاجتماعية في تونس، عقب سلسلة إضرابات خاضها موظفو النقل والبنوك في الأسابيع الماضية للمطالبة بزيادة الرواتب، إلى جانب تواصل الاحتجاجات البيئية في مدينة قابس جنوب البلاد.
ويشكو المواطنون من رداءة الخدمات العامة في مجالات الصحة والنقل والتعليم، ومن الانقطاعات المتكررة للكهرباء والمياه بفعل تقادم البنية التحتية وضعف الاستثمار العمومي، وهو ما يعكس أزمة اقتصادية ومالية متفاقمة وشحا في التمويل الخارجي.
مطالب الأطباء وظروف العمل الصعبة
وارتدى الأطباء المعاطف البيضاء ورفعوا أمام مقر البرلمان لافتات كتب عليها "كرامة للأطباء" و"أنقذوا مستشفياتنا".
وتحدث المحتجون عن تدني الأجور وتقادم المعدات الطبية وصعوبة ظروف العمل ونقص الإمدادات الأساسية، مؤكدين أن هذه العوامل تدفع الأطباء إلى الهجرة.
""", [
    ev("national-strike", "أضرب آلاف الأطباء الشبان عن العمل", STRIKE, "'أمس الأربعاء' in an article of Thu 20 Nov 2025 = Wed 19 Nov"),
    ev("parliament-sit-in", "وخرج المئات منهم في مظاهرات", STRIKE, "'أمس الأربعاء' = Wed 19 Nov 2025 (the protest before parliament)"),
    ev("transport-bank-strikes", "سلسلة إضرابات خاضها موظفو النقل والبنوك في الأسابيع الماضية", OTHER_STRIKES[0], "'في الأسابيع الماضية' before the strike of Wed 19 Nov 2025 (my span 22 Oct - 18 Nov 2025)", end=OTHER_STRIKES[1]),
    ev("gabes-protests", "تواصل الاحتجاجات البيئية في مدينة قابس", GABES[0], "no own expression; the Gabes protests going on for a month on Wed 19 Nov 2025 (aljazeeramubasher 'منذ شهر'; my span 19 Oct - 19 Nov 2025)", end=GABES[1]),
])

# ---------------------------------------------------------------- mauritania-teacher-slap-liberty-square-2024
S = "mauritania-teacher-slap-liberty-square-2024"
SIT_IN = "2024-11-14"                      # the teachers' sit-in on Liberty Square, Nouakchott, dispersed by the police; Haroun Ould Essabar slapped; Thu 14 Nov 2024 (morning)
STOPPAGE = "2024-11-15"                    # the teachers' work stoppage, Fri 15 Nov 2024 (from 8:30)
art(S, "https://manarainfoo.info/node/7093",
    "2024-11-14", "page date line 'خميس, 11/14/2024 - 20:44' (not part of the body, dropped); the body's 'صباح اليوم' and 'يوم الجمعة 15 نفمبر 2024' agree (14 Nov 2024 was a Thursday); headline kept from the page", True, """
ردود الفعل على عملية صفع مدرس من طرف شرطي في ساحة الحرية في وقفة احتجاجية نظمها نقابات التعليم
أبدى عدد كبير من الشخصيات العلمية وقادة الرأي في موريتانيا، إلى جانب تجمع مديري مؤسسات التعليم العمومي، تنديدهم واستنكارهم لما وصفه بعضهم بأنه "حلقة جديدة في مسلسل الاعتداء اللفظي والجسدي على الطواقم التربوية خلال وقفة احتجاجية مرخصة"، وذلك إثر صفع شرطي للمدير هارون الصبار أثناء وقفة احتجاجية صباح اليوم في ساحة الحرية بنواكشوط.
وقالت منسقية مديري مؤسسات التعليم العمومي، في بيان تلقت "وكالة المنارة الإخبارية" نسخة منه، إنها "تندد وتستنكر بشدة هذا السلوك الرجعي الهمجي البغيض الذي أتاه أحد أفراد الشرطة اليوم، والمتمثل في صفع الأمين العام للنقابة الوطنية المستقلة للمعلمين".
وأضافت نقابة مديري المدارس العمومية أنها تطالب بـ"تحريك الدعوى العمومية ضد الشرطي المعتدي، والتوقف عن العمل ابتداء من يوم الجمعة 15 نفمبر 2024 عند الساعة الثامنة والنصف".
واستنكر أغلب المدرسين والمدنيين هذا الفعل بأشد عبارات الشجب والتنديد، معتبرين أنه يمس بكرامة المعلم ويكشف خللا بالغا في المنظومة الأخلاقية داخل المجتمع، حيث صار المعلم عرضة للاعتداء الجسدي واللفظي من أي كان.
""", [
    ev("teacher-slapped", "صفع شرطي للمدير هارون الصبار", SIT_IN, "during the sit-in 'صباح اليوم', in an article of Thu 14 Nov 2024"),
    ev("liberty-square-sit-in", "وقفة احتجاجية صباح اليوم في ساحة الحرية بنواكشوط", SIT_IN, "'صباح اليوم' = Thu 14 Nov 2024"),
    ev("directors-statement", "وقالت منسقية مديري مؤسسات التعليم العمومي، في بيان", SIT_IN, "no own day; the statement condemns what a policeman did 'اليوم', issued on Thu 14 Nov 2024"),
    ev("friday-work-stoppage", "والتوقف عن العمل ابتداء من يوم الجمعة 15 نفمبر 2024", STOPPAGE, "'يوم الجمعة 15 نفمبر 2024' = Fri 15 Nov 2024"),
])
art(S, "http://nouadhiboutoday.info/node/10292",
    "2024-11-14", "no date on the stored page; the body's 'صباح اليوم الخميس' for the sit-in and 'يوم غد الجمعة' for the stoppage give Thu 14 Nov 2024 (the sit-in and the slap were on Thu 14 Nov 2024: manarainfoo of that day, ghabess of Fri 15 'أمس الخميس', elilam 'الخميس 14 نوفمبر'); headline written from the body (the stored text has none)", False, """
استياء واسع بعد صفع شرطي للأمين العام للنقابة الوطنية المستقلة للمعلمين
أحدثت واقعة صفع شرطي للأمين العام للنقابة الوطنية المستقلة للمعلمين، هارون ولد الصبار، موجة استياء واسعة على مواقع التواصل الاجتماعي وفي الأوساط التربوية في موريتانيا.
وجرت الواقعة أثناء وقفة احتجاجية نظمتها النقابة صباح اليوم الخميس، وهو ما دفع المكتب التنفيذي لتجمع مديري مدارس التعليم العمومي إلى إصدار بيان شديد اللهجة يستنكر فيه تصرف الشرطي، ويعده إهانة للمعلمين وللقيم التربوية.
وأعلن المكتب عن تحريك دعوى عمومية ضد الشرطي المسؤول، وقرر كذلك التوقف عن العمل اعتبارا من يوم غد الجمعة عند الساعة الثامنة والنصف صباحا كخطوة احتجاجية.
وعلى منصات التواصل الاجتماعي، أعلن كثير من الشخصيات التربوية والمدونين تضامنهم مع المعلم ولد الصبار، ورأى أحد المدونين أن "صفع المعلم في شهر نوفمبر إهانة للمدرسة الجمهورية ولآباء التلاميذ وللأسرة التربوية ولوزارة التعليم، بل ولمدرسة الشرطة أيضا".
وطالب المدون باعتذار رسمي من الجهات المعنية عن الحادثة، مؤكدا ضرورة سن قوانين تحمي المعلمين وتكفل سلامتهم داخل الفصول وخارجها.
كما تكاثرت المطالبات لوزيرة التعليم بإدراج مسألة حماية المعلمين في جدول أعمال الاجتماع المقبل لمجلس الوزراء، من أجل تفعيل قانون صارم يحمي المعلمين من أي اعتداء.
""", [
    ev("teacher-slapped", "واقعة صفع شرطي للأمين العام للنقابة الوطنية المستقلة للمعلمين", SIT_IN, "no own expression; it happened during the sit-in of 'صباح اليوم الخميس' = Thu 14 Nov 2024"),
    ev("liberty-square-sit-in", "وقفة احتجاجية نظمتها النقابة صباح اليوم الخميس", SIT_IN, "'صباح اليوم الخميس' = Thu 14 Nov 2024"),
    ev("directors-statement", "إصدار بيان شديد اللهجة", SIT_IN, "no own expression; the statement of the same day, announcing the stoppage for 'يوم غد الجمعة', Thu 14 Nov 2024"),
    ev("friday-work-stoppage", "التوقف عن العمل اعتبارا من يوم غد الجمعة", STOPPAGE, "'يوم غد الجمعة' from Thu 14 Nov 2024 = Fri 15 Nov"),
])
art(S, "https://ghabess.net/2024/11/15/%d8%a7%d8%b9%d8%aa%d8%af%d8%a7%d8%a1-%d8%b4%d8%b1%d8%b7%d9%8a-%d8%b9%d9%84%d9%89-%d9%85%d9%8f%d8%b9%d9%84%d9%85-%d9%8a%d8%ab%d9%8a%d8%b1-%d8%b1%d8%af%d9%88%d8%af-%d8%a3%d9%81%d8%b9%d8%a7%d9%84-%d8%ba",
    "2024-11-15", "the URL's date 2024/11/15; the body's 'اليوم الجمعة' and 'أمس الخميس' agree (15 Nov 2024 was a Friday); headline from the URL slug, whose last word is cut ('غ...') and completed as 'غاضبة'; the dateline 'قبس ـ نواكشوط' and the photo credit dropped", True, """
اعتداء شرطي على مُعلم يثير ردود أفعال غاضبة
ذكرت نقابات التعليم الأساسي والثانوي في موريتانيا أنها أوقفت التدريس اليوم الجمعة، احتجاجا على ما سمته الاعتداء الذي تعرض له بعض المدرسين على يد الشرطة خلال وقفة احتجاجية أمام القصر الرئاسي.
ووصفت النقابات في بيان لها ما تعرض له المدرسون بأنه "اعتداء وحشي وعدواني"، بحسب تعبيرها.
وفي السياق ذاته، نددت فرق المعارضة في البرلمان الموريتاني باعتداء بعض عناصر الشرطة على وقفة سلمية للمدرسين.
ودعت الفرق البرلمانية لأحزاب التحالف من أجل العدالة والديمقراطية/حركة التجديد، والصواب، و"جود"، و"تواصل"، في بيان مشترك، إلى "فتح تحقيق عاجل في الأمر ومعاقبة كل العناصر التي أساءت إلى المعلمين"، وفق البيان.
وكانت الشرطة الوطنية قد فضت أمس الخميس وقفة احتجاجية سلمية للمعلمين في العاصمة نواكشوط، أقدم خلالها أحد عناصر الشرطة على صفع الأمين العام لإحدى نقابات التعليم حتى سقط أرضا.
وانتشر مقطع الفيديو على وسائل التواصل الاجتماعي في موريتانيا، فأثار ردود فعل غاضبة ومستنكرة للحادث، وفق ما أظهرته توجهات رواد الشبكات الاجتماعية.
""", [
    ev("friday-work-stoppage", "أنها أوقفت التدريس اليوم الجمعة", STOPPAGE, "'اليوم الجمعة' = Fri 15 Nov 2024"),
    ev("unions-statement", "ووصفت النقابات في بيان لها", STOPPAGE, "no own expression; the unions' statement announcing the stoppage 'اليوم الجمعة', Fri 15 Nov 2024"),
    ev("opposition-condemnation", "نددت فرق المعارضة في البرلمان الموريتاني", SIT_IN, "no own day; the joint statement of the opposition groups came after the sit-in of Thu 14 Nov and by this report of Fri 15 Nov 2024 (my span Thu 14 - Fri 15 Nov)", end="2024-11-16"),
    ev("liberty-square-sit-in", "فضت أمس الخميس وقفة احتجاجية سلمية للمعلمين", SIT_IN, "'أمس الخميس' in an article of Fri 15 Nov 2024 = Thu 14 Nov"),
    ev("teacher-slapped", "صفع الأمين العام لإحدى نقابات التعليم", SIT_IN, "during the dispersal 'أمس الخميس' = Thu 14 Nov 2024"),
])

# ---------------------------------------------------------------- egypt-train-drivers-strike-april-2013
S = "egypt-train-drivers-strike-april-2013"
SUNDAY = "2013-04-07"                      # the general strike of the train drivers paralysed the lines on Sun 7 Apr 2013
MONDAY = "2013-04-08"                      # the stoppage became total on Mon 8 Apr 2013 (afternoon)
STRIKE_SPAN = (SUNDAY, "2013-04-10")       # the strike: from Sun 7 Apr (morning) to its end on the morning of Tue 9 Apr 2013 ('استمرت 48 ساعة')
HALT_SPAN = (SUNDAY, "2013-04-09")         # the halt of train traffic, Sun 7 - Mon 8 Apr 2013
NOTICES = (SUNDAY, "2013-04-10")           # the conscription notices, during the strike, before the conference of Tue 9 Apr (my span)
art(S, "https://orobanews.com/2013/04/07/%d8%aa%d9%88%d9%82%d9%81-%d9%82%d8%b7%d8%a7%d8%b1%d8%a7%d8%aa-%d9%85%d8%b5%d8%b1-%d8%a8%d8%b3%d8%a8%d8%a8-%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d8%a7%d9%84%d8%b3%d8%a7%d8%a6%d9%82%d9%8a%d9%86?desktop_view=show",
    "2013-04-07", "the URL's date 2013/04/07; the body's 'تعطلت اليوم' agrees with the general strike of Sun 7 Apr 2013 (ECESR: 'شلل في قطارات وجه قبلي وبحري يوم 7 أبريل'; 7 Apr 2013 was a Sunday); headline from the URL slug; the outlet's name at the start dropped", True, """
توقف قطارات مصر بسبب إضراب السائقين
تعطلت اليوم حركة قطارات الوجهين القبلي والبحري في السكة الحديد بمصر، وأصابها شلل تام جراء إضراب سائقي القطارات على كل الخطوط، احتجاجا على قرار وزير النقل رفع بدل طبيعة العمل والمخاطر بنسبة 10 % وإغفاله مطالبهم الأساسية، وهي صرف الحافز الإضافي بقيمة 300 جنيه، و8 أيام بدل راحة، ورفع حافز الكيلو إلى 25 قرشا عن كل كيلومتر، وصرف بدل وجبة نقدي أسوة بسائقي النقل العام، وإقرار كادر خاص بهم.
كما طالب السائقون بمنحهم درجة كبير وفقا للقانون والقرار الإداري رقم 544 لسنة 1979، إضافة إلى الحصول على بطاقة تتيح لهم الحجز على جميع القطارات بلا استثناء.
وعمت الفوضى محطات السكة الحديد على خطوط الوجهين القبلي والبحري بسبب الإضراب، فتوقفت كل الرحلات وازدحمت المحطات بآلاف الركاب الذين تأخرت رحلاتهم، وأبدوا استياءهم الشديد من تعطيل مرافق الدولة من دون اعتبار لمصلحة المسافرين والوطن.
وأعلنت هيئة السكة الحديد حالة الطوارئ في جميع المحطات تحسبا لأي تجاوزات أو مشادات بين موظفيها والمسافرين، وانتشرت قوات من شرطة النقل والمواصلات داخل المحطات الرئيسية لتأمين القطارات والمنشآت.
""", [
    ev("trains-halted", "تعطلت اليوم حركة قطارات الوجهين القبلي والبحري", HALT_SPAN[0], "'اليوم' = Sun 7 Apr 2013, the first day of the halt, which lasted through Mon 8 Apr (alsaudiatoday; my span Sun 7 - Mon 8 Apr)", end=HALT_SPAN[1]),
    ev("drivers-strike", "إضراب سائقي القطارات على كل الخطوط", STRIKE_SPAN[0], "the strike under way 'اليوم' = Sun 7 Apr 2013; it ended on the morning of Tue 9 Apr after 48 hours (my span Sun 7 - Tue 9 Apr)", end=STRIKE_SPAN[1]),
    ev("stations-crowded", "ازدحمت المحطات بآلاف الركاب", SUNDAY, "no own expression; the crowds of the day of the report, Sun 7 Apr 2013"),
    ev("rail-emergency", "وأعلنت هيئة السكة الحديد حالة الطوارئ في جميع المحطات", SUNDAY, "no own expression; the emergency declared on the day of the report, Sun 7 Apr 2013 (lebanontoday: 'الطواريء الأحد 7 أبريل')"),
    ev("transport-police-deployed", "وانتشرت قوات من شرطة النقل والمواصلات", SUNDAY, "no own expression; with the emergency of Sun 7 Apr 2013"),
])
art(S, "https://www.alsaudiatoday.com/39/%D8%AA%D9%88%D9%82%D9%81-%D8%AD%D8%B1%D9%83%D8%A9-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B1%D8%A7%D8%AA-%D9%81%D9%8A-%D9%85%D8%B5%D8%B1-%D8%A8%D8%B4%D9%83%D9%84-%D9%83%D8%A7%D9%85%D9%84",
    "2013-04-08", "no date on the stored page (only 'آخر تحديث GMT15:53:18'); a UPI report whose 'بعد ظهر الاثنين' and 'عصر اليوم' for the total halt, with the strike begun 'صباح الأحد', give Mon 8 Apr 2013 (the strike began on Sun 7 Apr 2013 under transport minister Hatem Abdel Latif); headline kept from the page; the dateline 'القاهرة ـ وكالات' dropped; the last, truncated clause (the minister's meeting) dropped", False, """
توقف حركة القطارات في مصر بشكل كامل
توقفت حركة القطارات في مصر تماما بعد ظهر الاثنين، إثر انضمام عدد من سائقي القطارات إلى إضراب مفتوح عن العمل كان زملاؤهم قد بدأوه.
وأعلنت الإذاعة الداخلية لمحطة القطارات المركزية في ميدان رمسيس وسط القاهرة، عصر اليوم، التوقف التام لحركة القطارات المتجهة إلى جميع المحافظات، ودعت الركاب إلى استرداد ثمن التذاكر.
وأفاد أحد الموجودين في المحطة يونايتد برس إنترناشونال بأن حالة من التذمر سادت بين الركاب، الذين نظموا وقفة احتجاجية رددوا خلالها هتافات ضد هيئة السكك الحديدية والمسؤولين في البلاد.
وأضاف أن سائقي الحافلات رفعوا أجرة نقل الركاب بين المحافظات مستغلين الموقف، وبسبب ارتفاع سعر السولار واضطرارهم إلى شرائه من السوق السوداء.
وكان أغلب سائقي القطارات قد بدأوا صباح الأحد إضرابا مفتوحا عن العمل، مطالبين بحوافز تعادل 100% من الراتب الأساسي البالغ 370 جنيها لدرجة سائق القطار (نحو 55 دولارا).
""", [
    ev("trains-halted", "توقفت حركة القطارات في مصر تماما بعد ظهر الاثنين", HALT_SPAN[0], "'بعد ظهر الاثنين' = Mon 8 Apr 2013, the second day of the halt begun on Sun 7 Apr (my span Sun 7 - Mon 8 Apr)", end=HALT_SPAN[1]),
    ev("station-announcement", "وأعلنت الإذاعة الداخلية لمحطة القطارات المركزية", MONDAY, "'عصر اليوم' = Mon 8 Apr 2013"),
    ev("passengers-protest", "الذين نظموا وقفة احتجاجية", MONDAY, "no own expression; at Ramses station on the day of the report, Mon 8 Apr 2013"),
    ev("bus-fares-raised", "سائقي الحافلات رفعوا أجرة نقل الركاب بين المحافظات", MONDAY, "no own expression; on the day of the report, Mon 8 Apr 2013"),
    ev("drivers-strike", "بدأوا صباح الأحد إضرابا مفتوحا عن العمل", STRIKE_SPAN[0], "'صباح الأحد' = Sun 7 Apr 2013, the start; the strike ended on the morning of Tue 9 Apr (my span Sun 7 - Tue 9 Apr)", end=STRIKE_SPAN[1]),
])
art(S, "https://saidsh2010.0wn0.com/t15826-topic",
    "2013-04-10", "a forum copy of an al-Watan report carrying its date line 'الأربعاء 10-04-2013 08:49' (10 Apr 2013 was a Wednesday; the date line and the byline are not part of the body and are dropped); the body's 'أمس' for Khaled Ali's press conference agrees; headline kept from the page; the quotation of the order, cut in the stored text after 'لصالح إدارة النق', completed as 'النقل'", True, """
الحكومة لسائقى القطارات: العودة للعمل بـ«الصفة العسكرية» أو الحبس.. خالد على: التعبئة العامة للسائقين إرهاب دولة لكسر إرادتهم وسأقاضى جهاز «الإحصاء»
أعلن خالد على، المحامي والمرشح السابق لرئاسة الجمهورية، أن سائقي قطارات السكة الحديد المضربين عن العمل تلقوا إخطارات من الجهاز المركزي للتعبئة العامة والإحصاء، التابع لمجلس الوزراء، تفيد بتكليفهم بالعمل في القوات المسلحة بالصفة العسكرية لصالح إدارة النقل.
وأوضح على، في مؤتمر عقده أمس بالمركز المصري للحقوق الاقتصادية والاجتماعية، أنه سيطعن على هذه الإخطارات، وسيتقدم ببلاغ إلى النائب العام ضد جهاز التعبئة العامة، لأن مثل هذا الإخطار لا يصدر إلا في حالة الحرب. وأضاف أن "إرسال الإخطار لعمال السكة الحديد إرهاب دولة لكسر إرادتهم".
وشدد على أن الدولة لا تزال تتعامل مع الإضراب وكأنه جريمة، رغم أنه حق يكفله الدستور، مبينا أنه لا يؤيد تعطيل مصالح الركاب، لكنه يقف في الوقت نفسه مع حقوق العمال.
يذكر أن الإخطار الذي تسلمه السائقون جاء تحت عنوان «أمر تكليف رقم 1 لسنة 2013 صادر طبقا لأحكام القانونين رقم 87 لسنة 1960 ورقم 12 لسنة 1999»، ونص على: «تقرر تكليفكم للعمل بالقوات المسلحة بالصفة العسكرية لصالح إدارة النقل».
""", [
    ev("drivers-strike", "سائقي قطارات السكة الحديد المضربين عن العمل", STRIKE_SPAN[0], "no own expression; the strike of Sun 7 - Tue 9 Apr 2013 (my span)", end=STRIKE_SPAN[1]),
    ev("conscription-notices", "تلقوا إخطارات من الجهاز المركزي للتعبئة العامة والإحصاء", NOTICES[0], "no own expression; the notices reached the drivers during the strike and before the conference of Tue 9 Apr 2013 (my span Sun 7 - Tue 9 Apr)", end=NOTICES[1]),
    ev("khaled-ali-conference", "في مؤتمر عقده أمس بالمركز المصري للحقوق الاقتصادية والاجتماعية", "2013-04-09", "'أمس' from Wed 10 Apr 2013 = Tue 9 Apr"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 453
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
