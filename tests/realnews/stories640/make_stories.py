"""Builds stories.jsonl: the 640-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: price rises of everyday goods (medicine, bread, fuel,
cooking gas, electricity tariffs): decisions, their taking effect, and reactions.
Stories: the doubling of Sudan's electricity tariff, the road blockades in the Northern State and the Sovereign
Council's freeze (January 2022); the rise of subsidised bread to 100 Syrian pounds a bundle and of subsidised
flour (October 2020); the Iraqi cabinet's rise of improved and premium petrol prices from 1 May 2024 (March
2024); the bread price crisis and the bakeries' closure in Tripoli, Libya (January 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-electricity-tariff-freeze-2022
S = "sudan-electricity-tariff-freeze-2022"
HIKE = "2022-01-01"                        # the new electricity tariff, applied suddenly on 1 Jan 2022
FREEZE = "2022-01-12"                      # the Sovereign Council's 'immediate freeze', Wed 12 Jan 2022
SUNDAY = "2022-01-16"                      # the roads of the Northern State cut again, Sun 16 Jan 2022
art(S, "https://ultrasudan.ultrasawt.com/%D9%85%D8%B2%D8%A7%D8%B1%D8%B9%D9%88%D9%86-%D8%A8%D8%A7%D9%84%D8%B4%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D9%8A%D8%BA%D9%84%D9%82%D9%88%D9%86-%D8%A7%D9%84%D8%B7%D8%B1%D9%8A%D9%82-%D8%A7%D9%84%D8%B1%D8%A7%D8%A8%D8%B7-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%88%D9%85%D8%B5%D8%B1/%D9%85%D8%AD%D9%85%D8%AF-%D8%AD%D9%84%D9%81%D8%A7%D9%88%D9%8A/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2022-01-10", "the date line '10 يناير 2022' under the headline on the stored page (kept as the second line of the text); the 'read also' links dropped; the last, truncated sentence ends at the wheat project's area", True, """
مزارعون بالشمالية يغلقون الطريق الرابط بين السودان ومصر
10 يناير 2022
لليوم الثاني على التوالي، قطع المئات من أهالي مدينة الدبة في شمال البلاد الطريق الرئيسي الذي يصل وسط السودان بالولاية الشمالية ومصر، رفضا لرفع رسوم الكهرباء اعتبارًا من كانون الثاني/يناير بنسبة بلغت (800)% في القطاعات السكنية والزراعية والصناعية.
وفي محاولة لسد عجز كبير في موازنة لم تصادق عليها المؤسسات الانتقالية بعد، عمدت وزارة المالية إلى زيادة تعرفة الكهرباء بشكل مفاجئ في الأول من كانون الثاني/يناير الجاري.
وأفاد المزارع جعفر حسن، من مشروع الحمداب الزراعي في الولاية الشمالية، لـ"الترا سودان" بأن مئات المزارعين أغلقوا الطريق الرئيسي وحالوا دون مرور الشاحنات وحافلات السفر.
وأوضح حسن أن غضب الأهالي مرده إلى الزيادة الكبيرة في تعرفة الكهرباء، مبينا أن كلفة ري الفدان الواحد من القمح قفزت من (20) ألف جنيه إلى (110) آلاف جنيه بسبب فاتورة الكهرباء.
ولفت إلى أن مزارعي مشروع الحمداب وقرى مدينتي قولد والدبة شرعوا في ري مشروع القمح الذي تتجاوز مساحته خمسة آلاف فدان.
""", [
    ev("dabba-road-closure", "قطع المئات من أهالي مدينة الدبة في شمال البلاد الطريق الرئيسي", "2022-01-09", "'لليوم الثاني على التوالي' in the report of Mon 10 Jan 2022: the closure of Sun 9 and Mon 10 Jan", end="2022-01-11"),
    ev("tariff-hike", "زيادة تعرفة الكهرباء بشكل مفاجئ في الأول من كانون الثاني/يناير الجاري", HIKE, "'في الأول من كانون الثاني/يناير الجاري' in an article of 10 Jan 2022 = Sat 1 Jan 2022"),
    ev("farmer-statement", "وأفاد المزارع جعفر حسن", "2022-01-10", "no own expression; the farmer spoke to Ultra Sudan for this report of Mon 10 Jan 2022, during the second day of the closure"),
])
art(S, "https://imlebanon.org/2022/01/16/sudan-protest-new",
    "2022-01-16", "the date 2022/01/16 in the URL path (Sun 16 Jan 2022); the text is the AFP report of that Sunday (jordanzad and alalam, with the same AFP text, write 'قطع متظاهرون سودانيون الطرق في شمال البلاد الاحد'); headline written from the body (the stored text has none)", False, """
السودان: محتجون يقطعون طرق الشمال رغم تجميد زيادة الكهرباء
خرج المئات في السودان إلى الشارع وقطعوا الطرق في شمال البلاد، ولا سيما المؤدية إلى مصر، رفضا لمضاعفة تعرفة الكهرباء، على الرغم من قرار الحكومة العسكرية تجميد هذه الزيادة.
وكان وزير المال قد أعلن الأسبوع الماضي رفع سعر كيلواط الكهرباء بنسبة 100 في المئة، وهو ما أشعل الغضب ولا سيما لدى المزارعين الذين يعتمدون على الكهرباء في ضخ المياه اللازمة للري.
وسعيا إلى احتواء الغضب، تحرك مجلس السيادة الذي يقوده الفريق أول عبد الفتاح البرهان الممسك بمقاليد السلطة، فأعلن الأربعاء "تجميد قرار رفع أسعار الكهرباء فوراً".
غير أن المحتجين لم يقنعوا بهذا "التجميد"، وطالبوا بإلغاء الزيادة إلغاء نهائيا.
""", [
    ev("north-roads-cut", "وقطعوا الطرق في شمال البلاد", SUNDAY, "no own expression; the AFP report of Sun 16 Jan 2022 (URL date; jordanzad/alalam/hafryat: 'الأحد')"),
    ev("tariff-hike", "رفضا لمضاعفة تعرفة الكهرباء", HIKE, "no own expression; the doubled tariff applied from 1 Jan 2022 (ultrasudan: 'في الأول من كانون الثاني/يناير الجاري')"),
    ev("council-freeze", "فأعلن الأربعاء \"تجميد قرار رفع أسعار الكهرباء فوراً\"", FREEZE, "'الأربعاء' before Sun 16 Jan = Wed 12 Jan 2022 (salamedianews: 'في 12 يناير/ كانون الثاني الجاري')"),
    ev("demand-cancellation", "وطالبوا بإلغاء الزيادة إلغاء نهائيا", SUNDAY, "no own expression; the protesters' demand on the day of the blockade, Sun 16 Jan 2022"),
])
art(S, "https://hafryat.com/ar/blog/%D9%85%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D9%88%D9%86-%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A%D9%88%D9%86-%D9%8A%D9%82%D8%B7%D8%B9%D9%88%D9%86-%D8%A7%D9%84%D8%B7%D8%B1%D9%82-%D8%A7%D9%84%D9%88%D8%A7%D8%B5%D9%84%D8%A9-%D9%85%D8%B9-%D9%85%D8%B5%D8%B1-%D9%84%D9%85%D8%A7%D8%B0%D8%A7%D8%9F?language_content_entity=ar",
    "2022-01-17", "the date stamp '17/01/2022' under the headline on the stored page (kept as the second line of the text); the body's 'الأحد' (16 Jan) and 'الأربعاء الماضي' (12 Jan) agree; the repeated pull-quote and the last sentence (Bartam's meeting put on 'الأحد', a conflation of AFP, see README) dropped", True, """
متظاهرون سودانيون يقطعون الطرق الواصلة مع مصر... لماذا؟
17/01/2022
أقدم عدد من المتظاهرين في السودان على قطع الطرق التي تصل البلاد بمصر، رفضا لمضاعفة سعر تعرفة الكهرباء، وذلك رغم تجميد الحكومة العسكرية لهذه الزيادة.
وكان والي الشمال عوض أحمد محمد قدورة قد اعترض على الزيادة، معتبرا أنه "سيكون لها تأثير سلبي على الزراعة والصناعة" في المنطقة المحاذية لمصر، الشريك التجاري المهم للسودان، فيما لم يكتف المحتجون بالتجميد وطالبوا بإلغاء الزيادة كليا، وفق ما نقله مرصد الشرق الأوسط وشمال أفريقيا.
وبحسب شهود، أغلق مئات الأشخاص الأحد الطرق التي تربط الولاية الشمالية، الواقعة على بعد (350) كلم شمال الخرطوم، ببقية أنحاء البلاد، وخصوصا بمصر.
وكان البرهان قد أعلن الأربعاء الماضي تجميد قرار رفع أسعار الكهرباء فوراً.
""", [
    ev("north-roads-cut", "أغلق مئات الأشخاص الأحد الطرق", SUNDAY, "'الأحد' in a report of Mon 17 Jan 2022 = Sun 16 Jan"),
    ev("tariff-hike", "رفضا لمضاعفة سعر تعرفة الكهرباء", HIKE, "no own expression; the doubled tariff applied from 1 Jan 2022 (ultrasudan)"),
    ev("council-freeze", "أعلن الأربعاء الماضي تجميد قرار رفع أسعار الكهرباء فوراً", FREEZE, "'الأربعاء الماضي' from Mon 17 Jan 2022 = Wed 12 Jan"),
    ev("demand-cancellation", "وطالبوا بإلغاء الزيادة كليا", SUNDAY, "no own expression; the protesters' demand at the blockade of Sun 16 Jan 2022 (AFP)"),
])

# ---------------------------------------------------------------- syria-subsidised-bread-100-pounds-2020
S = "syria-subsidised-bread-100-pounds-2020"
DEC = "2020-10-29"                         # the ministry's decision (bread 100 SYP a bundle, flour 40,000 SYP a tonne), Thu 29 Oct 2020
art(S, "https://www.aksalser.com/news/2020/10/29/%d8%a8%d8%b3%d8%a8%d8%a8-%d8%aa%d8%b1%d9%83%d9%8a%d8%a7-%d9%88-%d8%a3%d9%85%d8%b1%d9%8a%d9%83%d8%a7-%d9%88-%d8%a7%d9%84%d8%ad%d8%b1%d8%a8-%d9%88-%d8%a7%d9%84%d8%ad%d8%b5%d8%a7%d8%b1-%d8%b3%d9%84/",
    "2020-10-29", "the date 2020/10/29 in the URL path (Thu 29 Oct 2020); the body's 'مساء الخميس' for the publication of the decision agrees; headline kept from the page, re-worded; the last, truncated sentence dropped", False, """
بحجة تركيا وأمريكا والحرب والحصار.. سلطات بشار الأسد ترفع سعر ربطة الخبز
رفعت سلطات بشار الأسد سعر الكيلوغرام من الخبز المدعوم إلى 75 ليرة سورية "من دون كيس"، وسعر الربطة التي تزن 1100 غرام "مع الكيس" إلى 100 ليرة سورية، عند بيعها للمعتمدين والمستهلكين من منفذ البيع في المخبز.
وأوردت وسائل إعلام موالية، مساء الخميس، تفاصيل القرار، موضحة أنه صدر بناء على توصية من اللجنة الاقتصادية استندت إلى ارتفاع التكاليف وصعوبة تأمين القمح والدقيق بسبب ظروف الحرب والحصار المفروض على سوريا.
وأشارت إلى أن وزارة التجارة الداخلية وحماية المستهلك حددت سعر مبيع الطن من الطحين المدعوم بمبلغ 40 ألف ليرة سورية، بالنظر إلى ما تواجهه الدولة من صعوبات في توفير المادة وغلاء ثمنها وتكاليف شحنها.
ونسبت إلى زياد هزاع، المدير العام للمؤسسة السورية للمخابز، قوله إن التحديات الاقتصادية التي تعيشها سوريا بفعل الإرهاب والحصار والاحتلالين الأمريكي والتركي لمناطق زراعة القمح هي التي فرضت هذه القرارات، إذ صعّبت تأمين القمح ورفعت تكاليف نقله ومستلزمات إنتاج الرغيف وأسعار أكياس النايلون المخصصة للخبز.
""", [
    ev("bread-price-decision", "رفعت سلطات بشار الأسد سعر الكيلوغرام من الخبز المدعوم", DEC, "no own expression; the decision made public on the evening of Thu 29 Oct 2020 ('مساء الخميس'; syria-press: 'قرارها الصادر أمس الخميس')"),
    ev("details-published", "وأوردت وسائل إعلام موالية، مساء الخميس، تفاصيل القرار", DEC, "'مساء الخميس' in an article of Thu 29 Oct 2020 = that evening"),
    ev("flour-price", "حددت سعر مبيع الطن من الطحين المدعوم بمبلغ 40 ألف ليرة سورية", DEC, "no own expression; part of the decision of Thu 29 Oct 2020"),
    ev("hazza-statement", "ونسبت إلى زياد هزاع", DEC, "no own expression; the statement made after the decision and reported on Thu 29 Oct 2020"),
])
art(S, "https://syria-press.com/%D8%A7%D9%84%D8%AA%D8%AC%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D8%AA%D8%B1%D9%81%D8%B9-%D8%B3%D8%B9%D8%B1-%D8%A7%D9%84%D8%AE%D8%A8%D8%B2-%D8%A7%D9%84%D9%85%D8%AF%D8%B9/?noamp=mobile",
    "2020-10-30", "no date on the stored page; the body's 'قرارها الصادر أمس الخميس' for the decision published on the evening of Thu 29 Oct 2020 (aksalser, URL date 2020/10/29: 'مساء الخميس') gives Fri 30 Oct 2020; the by-line dropped; the last, truncated sentence (earlier rationing by the smart card) dropped", False, """
التجارة الداخلية ترفع سعر الخبز المدعوم والطحين
رفعت وزارة التجارة الداخلية وحماية المستهلك سعر الخبز والطحين المدعومين في المناطق التي يسيطر عليها النظام السوري، بنسبة تبلغ 100%.
ونص قرار الوزارة الصادر أمس الخميس على تعديل سعر مبيع الكيلوغرام من الخبز المدعوم ليصبح 75 ليرة سورية من دون عبوة عند بيعه للمستهلك، وعلى تحديد سعر الربطة المعبأة بكيس نايلون بـ 100 ليرة سورية عند البيع للمعتمدين والمستهلكين من منفذ البيع في المخبز.
كما تضمن القرار رفع سعر مبيع الطن من الطحين المدعوم ليصبح 40 ألف ليرة سورية.
وعزت الوزارة قرارها إلى الظروف الصعبة والحصار المفروض على سوريا، وما يجره من عقبات في توفير المواد الأساسية للمواطن وشحنها وتسديد قيمتها وارتفاع كلفتها.
وبعد صدور القرار، قال المدير العام للمؤسسة السورية للمخابز، زياد هزاع، إن التحديات الاقتصادية الناجمة عن الحصار والمقاطعة الاقتصادية هي التي فرضت هذه القرارات، إذ صعّبت تأمين القمح ورفعت تكاليف نقله ومستلزمات إنتاج الرغيف وأسعار أكياس النايلون، بحسب ما نقلته صحيفة "الوطن" المحلية.
""", [
    ev("bread-price-decision", "ونص قرار الوزارة الصادر أمس الخميس", DEC, "'أمس الخميس' in an article of Fri 30 Oct 2020 = Thu 29 Oct"),
    ev("flour-price", "رفع سعر مبيع الطن من الطحين المدعوم ليصبح 40 ألف ليرة سورية", DEC, "no own expression; part of the decision of 'أمس الخميس' = Thu 29 Oct 2020"),
    ev("hazza-statement", "قال المدير العام للمؤسسة السورية للمخابز، زياد هزاع", DEC, "no own expression; 'بعد صدور القرار', already reported by aksalser on Thu 29 Oct 2020"),
])

# ---------------------------------------------------------------- iraq-improved-petrol-price-rise-2024
S = "iraq-improved-petrol-price-rise-2024"
CAB = "2024-03-26"                         # the cabinet's decision, Tue 26 Mar 2024
EFFECT = "2024-05-01"                      # the new prices in force from 1 May 2024
art(S, "http://afadak.com/news/38531",
    "2024-03-27", "no date stamp on the stored page; the body's 'يوم أمس الثلاثاء (٢٦ اذار ٢٠٢٤)' for the cabinet's decision gives Wed 27 Mar 2024 (akhbaralaan of 28 Mar: the session 'الثلاثاء'); the duplicated last paragraph kept once; headline written from the body (the stored text has none, and its first sentence names the MP only as 'a member of the committee')", True, """
نائب: رفع سعر البنزين المحسن يرفد الإيرادات ويشجع استخدام الغاز في السيارات
أوضح النائب علي شداد، عضو اللجنة، في حديث صحفي، أن الحكومة الحالية ألزمت نفسها بوقف استيراد المشتقات النفطية، وفي مقدمتها البنزين، لأنه يستنزف البلد، وأن وقف الاستيراد يتطلب مسارين: أولهما تطوير البنى التحتية للمصافي المحلية ورفع إنتاجها كما جرى في مصفيي بيجي وكربلاء، وثانيهما زيادة أسعار البنزين المحسن.
وتابع شداد أن السبب الآخر هو حث المواطنين على تركيب منظومات الغاز السائل في مركباتهم، لأن العراق انضم إلى اتفاقية تعنى بحماية المناخ وخفض الانبعاثات، ومن ثم فإن القرار سيرفد إيرادات الدولة من جهة، ويدفع المواطن نحو ثقافة استخدام الغاز في السيارات من جهة أخرى.
وبموجب قرار مجلس الوزراء يوم أمس الثلاثاء (٢٦ اذار ٢٠٢٤)، سيرتفع سعر البنزين المحسن إلى (٨٥٠) دينارا للتر الواحد، والبنزين الممتاز إلى (١٢٥٠ دينارا) للتر الواحد، اعتبارا من تاريخ ١ آيار٢٠٢٤.
""", [
    ev("cabinet-decision", "وبموجب قرار مجلس الوزراء يوم أمس الثلاثاء (٢٦ اذار ٢٠٢٤)", CAB, "'يوم أمس الثلاثاء (٢٦ اذار ٢٠٢٤)' = Tue 26 Mar 2024"),
    ev("new-prices-effective", "اعتبارا من تاريخ ١ آيار٢٠٢٤", EFFECT, "'١ آيار٢٠٢٤' = Wed 1 May 2024"),
    ev("shaddad-statement", "أوضح النائب علي شداد، عضو اللجنة، في حديث صحفي", CAB, "no own expression; the MP's comment on the decision of Tue 26 Mar, reported on Wed 27 Mar 2024; my span 26-27 Mar", end="2024-03-28"),
])
art(S, "https://akhbaralaan.net/business/2024/03/28/%d9%88%d8%b3%d8%b7-%d8%ba%d9%84%d9%8a%d8%a7%d9%86-%d8%a7%d9%84%d8%b4%d8%a7%d8%b1%d8%b9-%d8%ba%d8%b6%d8%a8-%d8%b9%d8%a7%d8%b1%d9%85-%d9%8a%d8%ac%d8%aa%d8%a7%d8%ac-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82-%d8%a8%d8%b9%d8%af-%d8%b1%d9%81%d8%b9-%d8%a3%d8%b3%d8%b9%d8%a7%d8%b1-%d8%a7%d9%84%d9%88%d9%82%d9%88%d8%af",
    "2024-03-28", "the date 2024/03/28 in the URL path (Thu 28 Mar 2024); the embedded tweet is signed 'March 27, 2024' (its signature and the tweet links dropped; the tweet rendered as indirect speech); headline kept from the page, re-worded; the last, truncated sentence ends at 'تخفيف الازدحام'", False, """
العراق.. رفع أسعار البنزين يثير غضب الشارع ومطالبات بتشكيل لجنة لمساءلة الحكومة
أشعل قرار مجلس الوزراء العراقي زيادة أسعار البنزين موجة غضب واسعة في الشارع، خصوصا بين السائقين، بسبب تبعاته الاقتصادية التي يخشى العراقيون أن تقود إلى غلاء عام في أسعار البلاد.
وكتب أحد المغردين أن قرارات مجلس الوزراء انفعالية وغير مدروسة، وأن غلاء البنزين ستتبعه زيادة في أجور وسائط النقل ومن ثم في أسعار المواد الاستهلاكية، محذرا من أن المرحلة المقبلة ستكون مؤلمة للشعب العراقي.
وبحسب بيان للحكومة العراقية، قرر مجلس الوزراء في جلسة، الثلاثاء، رفع سعر البنزين المحسن (95 أوكتان) من 650 دينارا إلى 850 دينارا للتر، أي ما يقارب 65 سنتا أمريكيا، ورفع البنزين الممتاز (98 أوكتان) من 1000 دينار إلى 1250 دينارا، أي نحو 95 سنتا أميركيا، ابتداءً من مطلع شهر مايو / أيار المقبل.
في المقابل، لم يطرأ أي تعديل على البنزين العادي (قليل الأوكتان)، الذي يبقى عند 450 دينارا، أي قرابة 34 سنتا أميركيا.
وتقول الحكومة إن رفع أسعار الوقود يرمي إلى تشجيع النقل الجماعي للموظفين بغية تخفيف الازدحام.
""", [
    ev("public-anger", "أشعل قرار مجلس الوزراء العراقي زيادة أسعار البنزين موجة غضب واسعة", CAB, "no own expression; the anger from the decision of Tue 26 Mar to this report of Thu 28 Mar 2024 (the tweet quoted is of 27 Mar); my span 26-28 Mar", end="2024-03-29"),
    ev("critic-tweet", "وكتب أحد المغردين", "2024-03-27", "no own expression; the embedded tweet on the page is signed 'March 27, 2024'"),
    ev("cabinet-decision", "قرر مجلس الوزراء في جلسة، الثلاثاء", CAB, "'الثلاثاء' before Thu 28 Mar 2024 = Tue 26 Mar (afadak: '٢٦ اذار ٢٠٢٤')"),
    ev("new-prices-effective", "ابتداءً من مطلع شهر مايو / أيار المقبل", EFFECT, "'مطلع شهر مايو / أيار المقبل' from March 2024 = Wed 1 May 2024 (afadak: '١ آيار٢٠٢٤')"),
])

# ---------------------------------------------------------------- libya-tripoli-bread-price-bakeries-closure-2021
S = "libya-tripoli-bread-price-bakeries-closure-2021"
RATE = "2021-01-03"                        # the unified rate of 4.48 dinars to the dollar in force from Sun 3 Jan 2021
RISE = ("2021-01-03", "2021-01-15")        # the bread price rise: after the new rate, before/at al-Ahrar's report of Thu 14 Jan
SAT = "2021-01-16"                         # the bakers' union's closure of Tripoli's bakeries, from Sat 16 Jan 2021
GUARD = ("2021-01-16", "2021-01-18")       # the municipal guard closing the bakeries that raised prices, Sat 16 - Sun 17 Jan
art(S, "https://libyaalahrar.tv/2021/01/14/%d8%b3%d8%b9%d8%b1-%d8%a7%d9%84%d8%ae%d8%a8%d8%b2-%d8%b9%d8%a8%d8%a1-%d8%ac%d8%af%d9%8a%d8%af-%d8%b9%d9%84%d9%89-%d9%83%d8%a7%d9%87%d9%84-%d8%a7%d9%84%d9%85%d9%88%d8%a7%d8%b7%d9%86",
    "2021-01-14", "the date 2021/01/14 in the URL path (Thu 14 Jan 2021); headline rendered from the URL slug; the sub-headings dropped; the last, truncated sentence (flour prices per qintar) dropped", False, """
سعر الخبز.. عبء جديد على كاهل المواطن
عبء آخر ينضاف إلى ما يحمله المواطن مع تواصل تأزم الوضع الاقتصادي في البلاد الذي يزيد من التضييق عليه، وآخره زيادة أسعار الخبز التي قوبلت باستهجان واسع من المواطنين على مواقع التواصل الاجتماعي، إذ صار ثمن ثلاثة أرغفة من الخبز دينارا واحدا، ما أثار انزعاج المواطن المنهك أصلا بالأزمات المتلاحقة.
وأرجع محمد الرعيض، عضو غرفة التجارة والصناعة، ارتفاع سعر الدقيق في ليبيا إلى صعود أسعاره في السوق العالمية بنسبة 20%، نافيا أي صلة له بتعديل سعر الصرف، وأضاف في تصريح خاص للأحرار أن سعر الدقيق سيزيد بنسبة 18%، لافتا إلى أن مصرف ليبيا المركزي لم يفتح اعتمادات لاستيراد القمح منذ أغسطس الماضي.
في المقابل، يرى مراقبون أن هذا الارتفاع جاء عقب اعتماد سعر الصرف الجديد من مصرف ليبيا المركزي عند 4.48 دينار للدولار الواحد لجميع الأغراض في يناير الجاري، مضيفين أن تراجع الإنتاج المحلي من القمح إلى 250 ألف طن سنويا أسهم كثيرا في زيادة الاستيراد من الخارج بنسبة 75%، إذ يبلغ نحو 1.3 مليون طن من القمح سنويا لسد حاجة السوق المحلية، ما انعكس سلبا على سعره في الداخل.
""", [
    ev("bread-price-rise", "وآخره زيادة أسعار الخبز", RISE[0], "no own expression; the rise followed the new exchange rate of 3 Jan 2021 and was reported here on Thu 14 Jan; my span 3-14 Jan 2021", end=RISE[1]),
    ev("raid-statement", "وأضاف في تصريح خاص للأحرار", "2021-01-13", "no own expression; the statement given to al-Ahrar for this report of Thu 14 Jan 2021; my span 13-14 Jan", end="2021-01-15"),
    ev("no-wheat-credits", "لم يفتح اعتمادات لاستيراد القمح منذ أغسطس الماضي", "2020-08-01", "'منذ أغسطس الماضي' in January 2021 = since August 2020 (the month given)", end="2020-09-01"),
    ev("new-exchange-rate", "سعر الصرف الجديد من مصرف ليبيا المركزي عند 4.48 دينار للدولار الواحد لجميع الأغراض في يناير الجاري", RATE, "'في يناير الجاري': the unified rate decided on 16 Dec 2020 came into force on Sun 3 Jan 2021 (the CBL's statement, see libya-dinar-rate-unification-2020)"),
])
art(S, "https://www.afrigatenews.net/article/%D8%A8%D8%B9%D9%8A%D9%88-%D9%8A%D8%AD%D8%B0%D8%B1-%D9%85%D9%86-%D8%AB%D9%88%D8%B1%D8%A9-%D8%AC%D9%8A%D8%A7%D8%B9-%D9%88%D9%8A%D9%82%D9%88%D9%84-%D8%A5%D9%86-%D8%AF%D8%B9%D9%85-%D8%A7%D9%84%D8%AF%D9%82%D9%8A%D9%82-%D8%B6%D8%B1%D9%88%D8%B1%D8%A9-%D9%88%D9%84%D9%8A%D8%B3-%D8%AA%D8%B1%D9%81%D8%A7/",
    "2021-01-16", "no date on the stored page; the body's 'ابتداء من اليوم السبت' for the bakeries' closure, which sarabic (URL date 2021/01/17, citing this outlet) puts 'ابتداء من أمس السبت', gives Sat 16 Jan 2021; headline rendered from the URL slug", False, """
بعيو يحذر من ثورة جياع ويقول إن دعم الدقيق ضرورة وليس ترفا
نبّه رئيس المؤسسة الليبية للإعلام التابعة لحكومة الوفاق، محمد عمر بعيو، إلى خطر ما وصفه بثورة الجياع، إثر أزمة غلاء رغيف الخبز في العاصمة طرابلس وما أعقبها من تداعيات انتهت بإغلاق المخابز فيها.
وكتب بعيو في تدوينة على حسابه في فيسبوك أن تفعيل صندوق موازنة الأسعار مع تغيير إدارته خيار لا مفر منه حتى لا تقع ثورة الجياع، مؤكدا أن دعم الدقيق ضرورة لا ترف، وأن الخبز حاجة أساسية وليس سلعة سياسية.
وكانت النقابة العامة للمخابز والخبازين بطرابلس قد أعلنت غلق المخابز ابتداء من اليوم السبت، بسبب غلاء أسعار مكونات الخبز والمواد الداخلة في صناعته.
وشهدت طرابلس ارتفاعا في أسعار الخبز، إذ بلغ سعر الرغيف 350 درهما بعدما كان 250 درهما قبل قرار تغيير سعر صرف الدينار الليبي مؤخرا أمام العملات الأخرى، ما دفع الحرس البلدي إلى التدخل وإغلاق المخابز التي رفعت أسعارها.
ويرجع أصحاب المخابز الزيادة إلى غلاء الدقيق الذي بلغ دينارين للكيلوغرام، إضافة إلى الزيت وسائر المكونات التي تدخل في صناعة الخبز.
""", [
    ev("baiou-warning", "نبّه رئيس المؤسسة الليبية للإعلام التابعة لحكومة الوفاق، محمد عمر بعيو", SAT, "no own expression; his Facebook post, reported on Sat 16 Jan 2021 (sarabic of Sun 17 Jan cites this report)"),
    ev("bakeries-closure", "غلق المخابز ابتداء من اليوم السبت", SAT, "'ابتداء من اليوم السبت' = from Sat 16 Jan 2021 (sarabic: 'ابتداء من أمس السبت')"),
    ev("bread-price-rise", "إذ بلغ سعر الرغيف 350 درهما", RISE[0], "no own expression; after the new exchange rate of 3 Jan 2021, already reported by al-Ahrar on 14 Jan; my span 3-14 Jan", end=RISE[1]),
    ev("guard-closures", "ما دفع الحرس البلدي إلى التدخل وإغلاق المخابز التي رفعت أسعارها", GUARD[0], "no own expression; dpa: the guard closed the bakeries 'اليوم الأحد ولليوم الثاني على التوالي' = Sat 16 - Sun 17 Jan 2021", end=GUARD[1]),
])
art(S, "https://sarabic.ae/20210117/%D8%A8%D8%B9%D8%AF-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D8%AE%D8%A8%D8%B2-%D9%81%D9%8A-%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3-%D9%85%D8%B3%D8%A6%D9%88%D9%84-%D9%81%D9%8A-%D8%A7%D9%84%D9%88%D9%81%D8%A7%D9%82-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A%D8%A9-%D9%8A%D8%AD%D8%B0%D8%B1-%D9%85%D9%86-%D8%AB%D9%88%D8%B1%D8%A9-%D8%A7%D9%84%D8%AC%D9%8A%D8%A7%D8%B9-1047819541.html",
    "2021-01-17", "the date 20210117 in the URL path (Sun 17 Jan 2021); the body's 'ابتداء من أمس السبت' agrees; headline rendered from the URL slug; the stored text begins after the lead, so Baiou is named only by his surname", False, """
بعد ارتفاع أسعار الخبز في طرابلس.. مسؤول في الوفاق الليبية يحذر من ثورة الجياع
أبدى بعيو، عبر حسابه على موقع التواصل الاجتماعي، عدم رضاه عن غلاء رغيف الخبز في طرابلس وما ترتب عليه من تداعيات أفضت إلى إغلاق المخابز في العاصمة الليبية، بحسب بوابة إفريقيا الإخبارية.
وقال بعيو إن تفعيل صندوق موازنة الأسعار وتغيير إدارته خيار لا بد منه تفاديا لثورة الجياع، لأن دعم الدقيق ضرورة لا ترف، والخبز حاجة أساسية وليس سلعة سياسية، على حد قوله.
يذكر أن النقابة العامة للمخابز والخبازين في العاصمة الليبية طرابلس كانت قد أعلنت غلق المخابز ابتداء من أمس السبت، كخطوة احتجاجية على غلاء مكونات الخبز.
وكانت أسعار الخبز في طرابلس قد زادت بنحو الـ100 درهم، فبلغ سعر الرغيف 350 درهما بعدما كان 250 درهما قبل قرار تغيير سعر صرف الدينار الليبي مؤخرا.
وتلت هذه الزيادة تداعيات، من بينها تدخل قوات الحرس البلدي الليبي لإغلاق المخابز التي رفعت أسعارها.
غير أن أصحاب المخابز أنفسهم يؤكدون أن رفع الأسعار نتيجة حتمية لغلاء الدقيق، الذي وصل إلى دينارين للكيلوغرام، فضلا عن الزيت وبقية المكونات الداخلة في صناعة الخبز.
""", [
    ev("baiou-warning", "أبدى بعيو، عبر حسابه على موقع التواصل الاجتماعي، عدم رضاه", SAT, "no own expression; the post reported by afrigatenews on Sat 16 Jan 2021"),
    ev("bakeries-closure", "أعلنت غلق المخابز ابتداء من أمس السبت", SAT, "'ابتداء من أمس السبت' in an article of Sun 17 Jan 2021 = from Sat 16 Jan"),
    ev("bread-price-rise", "وكانت أسعار الخبز في طرابلس قد زادت بنحو الـ100 درهم", RISE[0], "no own expression; after the new exchange rate of 3 Jan 2021, already reported by al-Ahrar on 14 Jan; my span 3-14 Jan", end=RISE[1]),
    ev("guard-closures", "تدخل قوات الحرس البلدي الليبي لإغلاق المخابز التي رفعت أسعارها", GUARD[0], "no own expression; dpa: 'اليوم الأحد ولليوم الثاني على التوالي' = Sat 16 - Sun 17 Jan 2021", end=GUARD[1]),
])
art(S, "https://alwahdanews.ae/103787",
    "2021-01-17", "no date on the stored page; the body's 'اليوم الأحد ولليوم الثاني على التوالي' for the municipal guard's closures, which began with the bakers' closure of Sat 16 Jan 2021 (afrigatenews: 'ابتداء من اليوم السبت'; sarabic of 17 Jan: 'ابتداء من أمس السبت'), gives Sun 17 Jan 2021; the dpa dateline kept; the last, truncated sentence (the price of a loaf) dropped", False, """
تزاحم على المخابز في ليبيا لليوم الثاني
طرابلس-(د ب أ): يواصل جهاز الحرس البلدي في طرابلس وسائر أنحاء البلاد اليوم الأحد، ولليوم الثاني على التوالي، إغلاق المخابز التي رفعت أسعار الخبز، في حين تشهد المخابز المفتوحة زحاما شديدا. وأوصدت مخابز أخرى أبوابها في ما يبدو احتجاجا على غلاء الدقيق وتضامنا مع المخابز المغلقة.
ورصدت وكالة الأنباء الألمانية (د.ب.أ) زحاما أمام مخابز طرابلس، وذكر بعض المواطنين للوكالة أن الحصول على الخبز يستلزم الوقوف في طوابير تستمر أكثر من ساعة كاملة.
ويأتي ذلك بعد أن رفعت شركات المطاحن أسعارها إلى 200 دينار لقنطار الدقيق. وقد جاء هذا الارتفاع إثر توحيد سعر الدينار الليبي الرسمي ورفعه من 4ر1 دينار مقابل الدولار إلى 48ر4 دينار (نتيجة اجتماع مجلس إدارة مصرف ليبيا المركزي لأول مرة منذ ستة أعوام)، بينما ارتفع سعر الدينار في السوق السوداء الموازية من نحو 5ر6 دينار مقابل الدولار إلى 36ر5.
واعترض مواطنون على زيادة أسعار الدقيق، وقال بعضهم للوكالة إن الدقيق لا تدعمه الدولة، وإنه يتبع غالبا أسعار الدينار في السوق السوداء التي ارتفعت نسبيا مقابل الدولار، ولا مبرر لرفع سعره وافتعال هذه الأزمة.
""", [
    ev("guard-closures", "يواصل جهاز الحرس البلدي في طرابلس وسائر أنحاء البلاد اليوم الأحد، ولليوم الثاني على التوالي، إغلاق المخابز", GUARD[0], "'اليوم الأحد ولليوم الثاني على التوالي' = Sat 16 - Sun 17 Jan 2021", end=GUARD[1]),
    ev("bakery-queues", "في حين تشهد المخابز المفتوحة زحاما شديدا", "2021-01-17", "the same 'اليوم الأحد' = Sun 17 Jan 2021"),
    ev("bakeries-closure", "وأوصدت مخابز أخرى أبوابها", SAT, "no own expression; the bakers' closure that began on Sat 16 Jan 2021 (afrigatenews, sarabic), still under way on Sunday; gold kept at its start as in the other articles"),
    ev("cbl-board-meeting", "نتيجة اجتماع مجلس إدارة مصرف ليبيا المركزي لأول مرة منذ ستة أعوام", "2020-12-16", "no own expression; the CBL board's first meeting in six years, Wed 16 Dec 2020 (see libya-dinar-rate-unification-2020)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 640
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
