"""Builds stories.jsonl: the 358-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: privatisations, mergers and acquisitions: state companies or
stakes sold or offered, bank mergers, company takeovers announced, approved and completed.
Stories: the sale of 30% of the state tobacco maker Eastern Company to the Emirati Global Investment Holding
(Egypt, September 2023), the purchase of 51% of Djezzy (Orascom Telecom Algerie) by the National Investment Fund
(Algeria, April 2014), the framework merger agreement of the National Commercial Bank and Samba (Saudi Arabia,
June 2020), and Uber's takeover of Careem with the Egyptian competition authority's reservation (UAE / Egypt,
March 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-eastern-company-stake-sale-2023
S = "egypt-eastern-company-stake-sale-2023"
SIGN = "2023-09-03"                        # Global Investment Holding signed for 30% of Eastern Company on Sun 3 Sep 2023
AFTER = ("2023-09-03", "2023-09-05")       # reactions and disclosures between the Sunday announcement and Monday 4 Sep
art(S, "https://www.arabkhabar.com/a/530951",
    "2023-09-03", "page date line 'تاريخ النشر: 3rd, September 2023 GMT' (kept as second line; 3 Sep 2023 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page (re-worded); the last, truncated sentence ('ووعدت مصر ص...') dropped", True, """
مصر تبيع 30% من أسهم شركة التبغ لمؤسسة إماراتية
تاريخ النشر: 3rd, September 2023 GMT
أعلن مجلس الوزراء المصري أن شركة جلوبال للاستثمار القابضة الإماراتية أبرمت اليوم الأحد اتفاقا تستحوذ بموجبه على 30 بالمئة من أسهم الشركة الشرقية (إيسترن كومباني).
وأوضح المجلس في بيان أن الصفقة، البالغة قيمتها 625 مليون دولار، جاءت لتؤكد عزم الحكومة على إنجاح برنامج توسيع قاعدة الملكية وتشجيع الاستثمار الخاص المباشر في مختلف القطاعات.
وكانت الشركة القابضة للصناعات الكيماوية، المملوكة للدولة والتي تحوز 50.95 بالمئة من أسهم الشركة الشرقية، قد أفادت في إفصاح للبورصة بأنها تلقت عروضا من مستثمرين أجانب لشراء ما يصل إلى نصف حصتها.
ومن شأن البيع أن يقلص حصة شركة الصناعات الكيماوية إلى 20.95 بالمئة، وهو ما يمنح دفعة لبرنامج الخصخصة المتعثر في مصر.
وينص الاتفاق على أن يوفر الممول الأجنبي 150 مليون دولار لشراء التبغ اللازم للتصنيع، غير أن البيان لم يبين ما إذا كان هذا المبلغ إضافيا أم جزءا من قيمة الصفقة البالغة 625 مليونا.
وحضر توقيع الاتفاق رئيس الوزراء المصري مصطفى مدبولي ووزير المالية محمد معيط ووزير قطاع الأعمال محمود عصمت.
وكانت الحكومة المصرية قد طرحت 4.5 بالمئة من أسهم إيسترن كومباني في البورصة عام 2019، لتظل حصة الأغلبية في يد الشركة القابضة.
""", [
    ev("gih-signs-deal", "أبرمت اليوم الأحد اتفاقا تستحوذ بموجبه على 30 بالمئة", SIGN, "'اليوم الأحد' = Sun 3 Sep 2023 (date line)"),
    ev("cabinet-statement", "وأوضح المجلس في بيان أن الصفقة", SIGN, "no own expression; the cabinet's statement on the signing, Sun 3 Sep 2023 (same day as the date line)"),
    ev("eastern-2019-offering", "قد طرحت 4.5 بالمئة من أسهم إيسترن كومباني في البورصة عام 2019", "2019-01-01", "'عام 2019' = the 4.5% offering of 2019 (my span: the whole year)", end="2020-01-01"),
])
art(S, "https://thenewkhalij.news/article/302360/%D8%B4%D8%B1%D9%83%D8%A9-%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA%D9%8A%D8%A9-%D8%AA%D8%B3%D8%AA%D8%AD%D9%88%D8%B0-%D8%B9%D9%84%D9%89-%D8%AD%D8%B5%D8%A9-%D8%A8%D8%B4%D8%B1%D9%83%D8%A9-%D8%A7%D9%84%D8%AF%D8%AE%D8%A7%D9%86-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D8%A9..-%D9%88%D8%BA%D8%B6%D8%A8-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D9%86%D8%A7%D8%B4%D8%B7%D9%8A%D9%86",
    "2023-09-04", "page time stamp 'الاثنين 4 سبتمبر 2023 12:59 م' (kept as second line; 4 Sep 2023 was a Monday); the body's 'الأحد' for the cabinet statement agrees; headline kept from the page (re-worded); the last, truncated sentence shortened to its first clause", True, """
الإمارات تستحوذ على حصة في شركة الدخان المصرية.. واستياء بين الناشطين
الاثنين 4 سبتمبر 2023 12:59 م
فجّر استحواذ شركة "جلوبال للاستثمار القابضة المحدودة" الإماراتية على 30% من أسهم الشركة الشرقية (إيسترن كومباني) المصرية، المتخصصة في إنتاج التبغ والدخان، جدلا واسعا في أوساط الناشطين، وسط ترقب لارتفاع أسعار السجائر خلال الفترة المقبلة.
ووفق بيان أصدره مجلس الوزراء المصري الأحد، تبلغ قيمة الصفقة 625 مليون دولار، على أن يوفر المشتري كذلك 150 مليون دولار لشراء المواد التبغية اللازمة للتصنيع.
ولفت بيان مجلس الوزراء إلى أن الشركة القابضة للصناعات الكيماوية ستحتفظ، بموجب الاتفاقية التي وقعتها نيابة عن الشركة الإماراتية الشيخة لبنى القاسمي، بحصة قدرها 20.9% من رأسمال الشركة الشرقية.
وصرح وزير قطاع الأعمال المصري محمود عصمت بأن الاتفاقية تنسجم مع التوجه الحالي لطرح الشركات المملوكة للدولة في البورصة المصرية، بغرض توسيع قاعدة الملكية وتنشيط التداول وتعزيز فرص الاستثمار، والإفادة من حصيلة الطرح في التطوير والتحديث وإعادة الهيكلة وتحسين المراكز المالية للشركات.
وبغية توفير السيولة الدولارية، لجأت مصر مؤخراً إلى بيع بعض أصولها لمستثمرين.
""", [
    ev("activists-controversy", "جدلا واسعا في أوساط الناشطين", AFTER[0], "no own expression; the outcry between the Sunday announcement and this report of Mon 4 Sep 2023 12:59 (my span 3-4 Sep)", end=AFTER[1]),
    ev("cabinet-statement", "ووفق بيان أصدره مجلس الوزراء المصري الأحد", SIGN, "'الأحد' in an article of Mon 4 Sep 2023 = Sun 3 Sep"),
    ev("gih-signs-deal", "الاتفاقية التي وقعتها نيابة عن الشركة الإماراتية الشيخة لبنى القاسمي", SIGN, "no own expression; the signing of Sun 3 Sep 2023 (the cabinet statement of 'الأحد')"),
    ev("esmat-statement", "وصرح وزير قطاع الأعمال المصري محمود عصمت بأن الاتفاقية", SIGN, "no own expression; the minister's words at the signing, Sun 3 Sep 2023 (sharqtoday quotes him with 'الموقعة اليوم' of that Sunday)"),
    ev("egypt-asset-sales", "لجأت مصر مؤخراً إلى بيع بعض أصولها لمستثمرين", "2023-05-01", "'مؤخراً': the stake sales of 2023 (the Telecom Egypt stake in May, the USD 1.9 bn of deals announced on Tue 11 Jul 2023); my span 1 May - 3 Sep 2023", end="2023-09-04"),
])
art(S, "https://zatmisr.com/11417/%D8%AA%D8%B3%D8%A7%D8%A4%D9%84%D8%A7%D8%AA-%D8%AD%D9%88%D9%84-%D8%A8%D9%8A%D8%B9-30-%D9%85%D9%86-%D8%A7%D9%84%D8%B4%D8%B1%D9%82%D9%8A%D8%A9-%D9%84%D9%84%D8%AF%D8%AE%D8%A7%D9%86-%D9%84%D8%B4%D8%B1%D9%83%D8%A9-%D8%A5%D9%85%D8%A7%D8%B1%D8%AA%D9%8A%D8%A9-%D9%88%D9%85%D8%A8%D8%A7%D8%A8%D9%8A-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D9%84%D8%A7-%D8%AA%D8%AD%D8%AA%D8%B1%D9%85-%D8%B9%D9%82%D9%88%D9%84%D9%86%D8%A7",
    "2023-09-04", "no date line on the stored page; the body's 'مساء أمس الأحد' for the government's announcement, made on the evening of Sun 3 Sep 2023 (cabinet statement, arabkhabar 'اليوم الأحد'), gives Mon 4 Sep 2023; headline kept from the page (re-worded); the source tag 'ذات مصر' and the last, truncated words dropped; no date of its own in the text", False, """
تساؤلات بشأن بيع 30% من «الشرقية للدخان» لشركة إماراتية.. وإمبابي: الحكومة لا تحترم عقولنا
هاجم رئيس شعبة الدخان إبراهيم إمبابي إعلان الحكومة المصرية، مساء أمس الأحد، عن استحواذ شركة "جلوبال للاستثمار القابضة المحدودة" الإماراتية على 30% من مجموع أسهم الشركة الشرقية «إيسترن كومباني».
وبحسب ما أعلنه وزير قطاع الأعمال محمود عصمت، تشتري "جلوبال" 30% من أسهم الشركة الشرقية مقابل 625 مليون دولار أمريكي، أي ما يوازي 19 مليارا و336 مليونا و625 ألف جنيه، فضلا عن توفير المشتري 150 مليون دولار لشراء المواد التبغية المطلوبة للتصنيع.
وأوضح إمبابي، في تصريحات للصحف، أن قرار الحكومة يكتنفه «الغموض» بعد ما أُعلن عن مفاوضات مع شركة فيليب موريس، مضيفا أن الحكومة "لا تحترم عقولنا"، وأن عليها الكشف عن المساهمين في شركة جلوبال الإماراتية.
وتساءل رئيس شعبة الدخان والمعسل باتحاد الصناعات المصرية عن سبب الإعلان المفاجئ عن الصفقة مع الشركة الإماراتية، قائلا: "اللي يقولنا الشركة اللي نزلت بالبراشوت فجأة دي تبع مين له جائزة"، ومؤكدا أنه يعرف الإجابة لكنه لن يكشفها.
ووفق الاتفاقية، تحتفظ الشركة القابضة للصناعات الكيماوية بحصة تبلغ 20.9% من رأس مال الشركة.
""", [
    ev("cabinet-statement", "إعلان الحكومة المصرية، مساء أمس الأحد", SIGN, "'مساء أمس الأحد' in an article of Mon 4 Sep 2023 = the evening of Sun 3 Sep"),
    ev("embabi-criticism", "هاجم رئيس شعبة الدخان إبراهيم إمبابي", AFTER[0], "no own expression; his press statements after the Sunday-evening announcement, reported on Mon 4 Sep 2023 (my span 3-4 Sep)", end=AFTER[1]),
    ev("esmat-statement", "وبحسب ما أعلنه وزير قطاع الأعمال محمود عصمت", SIGN, "no own expression; the minister's statement at the signing of Sun 3 Sep 2023"),
    ev("gih-signs-deal", 'تشتري "جلوبال" 30% من أسهم الشركة الشرقية مقابل 625 مليون دولار', SIGN, "no own expression; the purchase signed on Sun 3 Sep 2023"),
])
art(S, "https://sharqtoday.com/?p=6893",
    "2023-09-04", "no date line on the stored page; the body's 'وأمس الأحد' for the signing ceremony of Sun 3 Sep 2023 (arabkhabar 'اليوم الأحد') gives Mon 4 Sep 2023; headline written from the body (the stored text has none); the last, truncated words of the minister's statement dropped; no date of its own in the text", False, """
«غلوبال» الإماراتية تدخل هيكل ملكية «الشرقية للدخان» بعد صفقة الـ30%
بعد أن أعلنت الحكومة المصرية إتمام بيع حصة نسبتها 30% في الشركة الشرقية للدخان "إيسترن كومباني"، تبدّل هيكل الملكية وباتت شركة "غلوبال للاستثمار القابضة المحدودة" الإماراتية ثاني أكبر المساهمين في الشركة.
ووفقا لبيانات الإفصاح المرسلة إلى البورصة المصرية، أصبح هيكل المساهمين الجديد على النحو الآتي: "غلوبال للاستثمار القابضة المحدودة" الإماراتية أولا بحصة 30%، تليها الشركة القابضة للصناعات الكيماوية (الحكومة المصرية) بـ20.95%، ثم صناديق استثمار "آلان جيري" في المرتبة الثالثة بـ7.21%، فاتحاد العاملين المساهمين بـ5.20%، وأخيرا الأسهم الحرة بنسبة 36.20%.
وأمس الأحد، حضر رئيس مجلس الوزراء الدكتور مصطفى مدبولي مراسم التوقيع على اتفاقية الاستحواذ على 30% من إجمالي أسهم الشركة الشرقية "إيسترن كومباني" لصالح "غلوبال للاستثمار القابضة المحدودة" الإماراتية.
وأوضح وزير قطاع الأعمال المصري المهندس محمود عصمت أن "غلوبال"، "بموجب الاتفاقية الموقعة اليوم"، تستحوذ على 30% من إجمالي أسهم الشركة الشرقية بقيمة 625 مليون دولار، أي نحو 19.336 مليار جنيه، مع قيام المشتري بتوفير 150 مليون دولار لشراء المواد التبغية.
""", [
    ev("cabinet-statement", "بعد أن أعلنت الحكومة المصرية إتمام بيع حصة نسبتها 30%", SIGN, "no own expression; the government's announcement of Sun 3 Sep 2023 (the signing of 'أمس الأحد')"),
    ev("shareholder-disclosure", "ووفقا لبيانات الإفصاح المرسلة إلى البورصة المصرية", AFTER[0], "no own expression; the disclosure of the new shareholder structure after the signing, reported on Mon 4 Sep 2023 (my span 3-4 Sep)", end=AFTER[1]),
    ev("gih-signs-deal", "حضر رئيس مجلس الوزراء الدكتور مصطفى مدبولي مراسم التوقيع", SIGN, "'وأمس الأحد' in an article of Mon 4 Sep 2023 = Sun 3 Sep"),
    ev("esmat-statement", "وأوضح وزير قطاع الأعمال المصري المهندس محمود عصمت", SIGN, "the quoted 'الموقعة اليوم' is the day of his statement, Sun 3 Sep 2023 (the signing of 'أمس الأحد')"),
])

# ---------------------------------------------------------------- algeria-djezzy-fni-51-percent-2014
S = "algeria-djezzy-fni-51-percent-2014"
DJEZZY = "2014-04-18"                      # the FNI signed for 51% of Orascom Telecom Algerie (Djezzy) in Paris on Fri 18 Apr 2014
art(S, "https://arabic.cnn.com/business/2014/04/18/algeria-orascom-telecom",
    "2014-04-18", "date in the URL '/2014/04/18/' (18 Apr 2014 was a Friday); the body's 'الجمعة' agrees; headline written from the body (the stored text has none); the last, truncated words of the fund's statement dropped; no date of its own in the text", True, """
الجزائر تستعيد أغلبية «جيزي» بشراء 51% من أوراسكوم تيليكوم الجزائر
الجزائر (CNN)- بلغ الصندوق الوطني الجزائري للاستثمار، الجمعة، المرحلة الأخيرة من مفاوضاته الطويلة مع شركة "أوراسكوم تيليكوم الجزائر" صاحبة علامة "جيزي"، إذ وقّع عقدا يقتني بموجبه 51 في المائة من أسهم الشركة مقابل مبلغ قُدّر بـ2.6 مليار دولار.
وأفادت وكالة الأنباء الجزائرية بأن المفاوضات طالت بين الدولة الجزائرية والمتعامل الروسي "فيمبلكوم"، الذي آلت إليه أسهم الشركة بعد شرائها من مالكها المصري نجيب ساويرس، وبموجب الاتفاق يحوز الصندوق، ممثلا للدولة الجزائرية، 51 في المئة من رأسمال "جيزي".
وجرى توقيع العقد في العاصمة الفرنسية باريس لدى مجمع "غلوبال تليكوم"، وهو فرع يملك أغلبيته المتعامل العالمي "فيمبلكوم تيليكوم".
ونقل المصدر نفسه أن الاتفاق جاء ثمرة مسار طويل ومعقد استُعين فيه منذ أشهر بالعديد من مكاتب الاستشارة، منها "شيرمان" و"ستيرلينغ ل.ل.بي" الذي تولى الصياغة القانونية وتحرير الاتفاق، ومكتب الخبرة المالية "ف. تي. إي. لإ" الذي تكفل بالتفاوض على الجوانب المالية.
ورأى الصندوق الوطني للاستثمار أن الاتفاق المبرم مع فيمبلكوم تيليكوم يفتح صفحة جديدة في تطوير جيزي.
""", [
    ev("fni-signs-djezzy", "إذ وقّع عقدا يقتني بموجبه 51 في المائة من أسهم الشركة", DJEZZY, "'الجمعة' in an article of Fri 18 Apr 2014 = that day"),
    ev("vimpelcom-buys-orascom", "بعد شرائها من مالكها المصري نجيب ساويرس", "2010-10-04", "no own expression; VimpelCom's purchase of Sawiris' Wind Telecom (owner of Orascom Telecom), agreed on 4 Oct 2010 and completed on 15 Apr 2011 (outside knowledge; my span)", end="2011-04-16"),
    ev("advisers-hired", "استُعين فيه منذ أشهر بالعديد من مكاتب الاستشارة", "2013-10-01", "'منذ أشهر' before Fri 18 Apr 2014 (my span 1 Oct 2013 - 18 Apr 2014)", end="2014-04-19"),
    ev("fni-announcement", "ورأى الصندوق الوطني للاستثمار أن الاتفاق المبرم", DJEZZY, "no own expression; the fund's statement on the signing, Fri 18 Apr 2014"),
])
art(S, "https://afrigatenews.net/article/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AA%D8%B4%D8%AA%D8%B1%D9%8A-51-%D9%85%D9%86-%D8%A3%D8%B3%D9%87%D9%85-%D8%A3%D9%88%D8%B1%D8%A7%D8%B3%D9%83%D9%88%D9%85-%D8%AA%D9%84%D9%8A%D9%83%D9%88%D9%85-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-1",
    "2014-04-18", "no date line on the stored page; the body's 'اليوم الجمعة' (three times) with the signing in Paris on Fri 18 Apr 2014 (CNN's URL date) gives Fri 18 Apr 2014; headline rendered from the URL slug (the stored text has none); the last, truncated sentence ('وقال بيان الصندوق...') dropped", True, """
الجزائر تشتري 51% من أسهم أوراسكوم تليكوم الجزائر
أعلن الصندوق الوطني للاستثمار في الجزائر أنه اشترى 51 % من أسهم شركة أوراسكوم تليكوم الجزائر، المعروفة تجاريا باسم "جيزي"، بعد 5 سنوات من المفاوضات بين الحكومة الجزائرية والمجموعة الروسية - النرويجية "فيمبلكوم"، المالك الجديد للشركة.
وأوضح الصندوق، وهو ذراع استثمارية تملكها الحكومة الجزائرية، اليوم الجمعة أنه وافق على صفقة الشراء البالغة قيمتها 2.643 مليار دولار، استنادا إلى حق الشفعة الذي ينص عليه قانون الموازنة التكميلي للعام 2009.
ووُقّع العقد اليوم الجمعة في العاصمة الفرنسية باريس بمقر مجموعة غلوبال تلكوم التابعة لفيمبلكوم.
وكانت فيمبلكوم قد طالبت بـ7.8 مليار دولار سعرا عادلا، قبل أن تتراجع وتقبل المبلغ المعلن اليوم الجمعة.
ومع توقيع الاتفاق، سيجري التخلي عن التحكيم الدولي الذي لجأ إليه الطرفان لفض نزاعهما السابق.
وكان وزير المالية الجزائري كريم جودي قد أوضح في تصريحات سابقة أن مكاتب الاستشارة التي قدمت المشورة للحكومة الجزائرية هي وحدها المخولة بتقييم النتيجة المتوصل إليها، ومنها "شيرمان" و"ستيرلينغ ل.ل.بي" الذي أسهم في التركيب القانوني وتحرير الاتفاق، ومكتب الخبرة المالية "ف. تي. إي. لإ." الذي تولى التفاوض على الجوانب المالية.
""", [
    ev("five-years-talks", "بعد 5 سنوات من المفاوضات", "2009-04-01", "'5 سنوات' back from Fri 18 Apr 2014: the talks since the pre-emption right of the 2009 supplementary finance law (my span April 2009 - 18 Apr 2014)", end="2014-04-19"),
    ev("fni-announcement", "وأوضح الصندوق، وهو ذراع استثمارية تملكها الحكومة الجزائرية، اليوم الجمعة", DJEZZY, "'اليوم الجمعة' = Fri 18 Apr 2014"),
    ev("fni-signs-djezzy", "ووُقّع العقد اليوم الجمعة في العاصمة الفرنسية باريس", DJEZZY, "'اليوم الجمعة' = Fri 18 Apr 2014"),
    ev("vimpelcom-accepts-price", "قبل أن تتراجع وتقبل المبلغ المعلن اليوم الجمعة", DJEZZY, "'المبلغ المعلن اليوم الجمعة' = the price of the deal signed on Fri 18 Apr 2014"),
])
art(S, "https://djazairess.com/elkhabar/398542",
    "2014-04-20", "no date line on the stored page (djazairess copy of El Khabar); the body's 'أمس الأول' for the signing of Fri 18 Apr 2014 (CNN's URL date, afrigatenews 'اليوم الجمعة') gives Sun 20 Apr 2014; headline written from the body (the stored text has none); no date of its own in the text", False, """
الجزائر تستعيد أغلبية حصص «جازي» وتطوي الملف نهائيا
وقّعت مجموعة "فيمبلكوم" الروسية النرويجية والسلطات الجزائرية، أمس الأول، اتفاقا رسميا استرجعت بموجبه الدولة الجزائرية أغلبية حصص متعامل الهاتف النقال أوراسكوم تيليكوم الجزائر "جازي"، لينغلق بذلك ملف المتعامل نهائيا بعد أكثر من ثلاث سنوات من المد والجزر.
ومن المنتظر أن تبلغ القيمة الإجمالية للصفقة 4 ملايير دولار.
وتشير المعطيات المتاحة إلى أن الطرفين الروسي والجزائري أبرما اتفاقا يوصف بالشراكة الاستراتيجية، وأدرجا فيه أساسا الصندوق الوطني للاستثمار.
فقد وقّعت مجموعة "فيمبلكوم" الروسية وشركة "غلوبال تيليكوم" القابضة اتفاق شراء حصص، تنازلت بموجبه "غلوبال تيليكوم" القابضة عن 51 في المائة من حصص أوراسكوم تيليكوم الجزائر أو "جازي" لصالح الصندوق الوطني للاستثمار، مقابل مبلغ يقدر بـ2.643 مليار دولار.
""", [
    ev("fni-signs-djezzy", "والسلطات الجزائرية، أمس الأول، اتفاقا رسميا", DJEZZY, "'أمس الأول' in an article of Sun 20 Apr 2014 = Fri 18 Apr"),
    ev("three-years-dispute", "بعد أكثر من ثلاث سنوات من المد والجزر", "2011-01-01", "'أكثر من ثلاث سنوات' back from Fri 18 Apr 2014 (my span 2011 - 18 Apr 2014)", end="2014-04-19"),
    ev("spa-51-percent", "تنازلت بموجبه \"غلوبال تيليكوم\" القابضة عن 51 في المائة", DJEZZY, "no own expression; the share purchase agreement signed in Paris on Fri 18 Apr 2014 ('أمس الأول')"),
])

# ---------------------------------------------------------------- saudi-ncb-samba-framework-merger-2020
S = "saudi-ncb-samba-framework-merger-2020"
DEAL = "2020-06-25"                        # NCB announced the framework merger agreement with Samba on Thu 25 Jun 2020 (shares suspended that day)
WED = "2020-06-24"                         # the last close before the announcement, Wed 24 Jun 2020
RESUME = "2020-06-28"                      # trading resumed on Sun 28 Jun 2020
art(S, "https://eqtisadmisr.com/113229/%d9%85%d8%ad%d8%a7%d8%af%d8%ab%d8%a7%d8%aa-%d8%a7%d9%86%d8%af%d9%85%d8%a7%d8%ac-%d8%a8%d9%8a%d9%86-%d8%a7%d9%84%d8%a3%d9%87%d9%84%d9%8a-%d8%a7%d9%84%d8%aa%d8%ac%d8%a7%d8%b1%d9%8a-%d9%88%d8%b3%d8%a7/",
    "2020-06-25", "no date line on the stored page; a copy of the Reuters report of the announcement: the body's 'يوم الخميس' for NCB's notice and 'سعر إغلاق يوم الأربعاء' for the last close before it (the Tadawul suspension and the notice of Thu 25 Jun 2020, albiladdaily 'أمس الخميس') give Thu 25 Jun 2020, the day of the report; headline kept from the page (re-worded); the last, truncated sentence on the sovereign fund dropped; no date of its own in the text", False, """
محادثات اندماج بين الأهلي التجاري وسامبا السعوديين
أعلن البنك الأهلي التجاري، أكبر المصارف السعودية، يوم الخميس أنه أبرم اتفاقا مبدئيا مع منافسه الأصغر مجموعة سامبا المالية لتأسيس كيان مندمج تبلغ أصوله نحو 214 مليار دولار.
ويقيّم عرض الأهلي التجاري سهم سامبا بما بين 27.41 و29.32 ريال (7.82 دولار)، لتبلغ القيمة السوقية الإجمالية 15.63 مليار دولار، أي بزيادة 27.5% على القيمة البالغة 12.3 مليار دولار استنادا إلى سعر إغلاق يوم الأربعاء.
وتدفع أسعار النفط المتدنية وضعف النمو الاقتصادي نحو دمج البنوك في أرجاء الخليج، وإذا اكتملت الصفقة فستنتج واحدا من أكبر بنوك المنطقة من حيث الأصول، في المرتبة الثالثة بعد بنك قطر الوطني وبنك أبوظبي الأول الإماراتي.
وذكر الأهلي التجاري في إشعار للبورصة أنه وقع اتفاق إطار لاندماج محتمل مع سامبا.
وتقارب القيمة السوقية للأهلي التجاري 30 مليار دولار، أي أكثر من ضعفي قيمة سامبا الذي تصنفه بيانات رفينيتيف رابع أكبر بنك سعودي من حيث الأصول.
ويعتزم البنكان إنهاء الفحص الفني المتبادل وتوقيع الاتفاقات النهائية للصفقة المقترحة في غضون أربعة أشهر.
وسينشأ عن الاندماج كيان تبلغ محفظة إقراضه 432 مليار ريال، وفق مصدر مطلع.
""", [
    ev("framework-agreement", "يوم الخميس أنه أبرم اتفاقا مبدئيا مع منافسه الأصغر", DEAL, "'يوم الخميس' = Thu 25 Jun 2020 (the day of the Tadawul notice; albiladdaily of Fri 26: 'أمس الخميس')"),
    ev("wednesday-close", "استنادا إلى سعر إغلاق يوم الأربعاء", WED, "'يوم الأربعاء' before the Thursday notice = Wed 24 Jun 2020 (albiladdaily: 'كما في تاريخ 24 يونيو')"),
    ev("definitive-agreement", "وتوقيع الاتفاقات النهائية للصفقة المقترحة في غضون أربعة أشهر", "2020-10-11", "'في غضون أربعة أشهر' from Thu 25 Jun 2020; the binding merger agreement was signed on Sun 11 Oct 2020 (outside knowledge)"),
])
art(S, "https://albiladdaily.com/2020/06/26/%d8%a7%d9%84%d8%a3%d9%87%d9%84%d9%8a-%d9%88%d8%b3%d8%a7%d9%85%d8%a8%d8%a7-%d9%8a%d8%af%d8%b1%d8%b3%d8%a7%d9%86-%d8%a3%d8%b6%d8%ae%d9%85-%d8%a7%d9%86%d8%af%d9%85%d8%a7%d8%ac-%d9%85%d8%b5%d8%b1%d9%81",
    "2020-06-26", "date in the URL '/2020/06/26/' (26 Jun 2020 was a Friday); the body's 'أمس الخميس' and 'بعد غد الأحد' agree; headline rendered from the URL slug (the stored text has none); the dateline 'جدة – البلاد' and the last, truncated sentence dropped; no date of its own in the text", True, """
الأهلي وسامبا يدرسان أضخم اندماج مصرفي
في خطوة نوعية من شأنها أن تعيد رسم خريطة القطاع المصرفي في المملكة والمنطقة، أعلن "البنك الأهلي التجاري" أنه وقّع اتفاقية إطارية مع "مجموعة سامبا المالية" للشروع في دراسات العناية المهنية اللازمة والتفاوض على الأحكام النهائية الملزمة لصفقة اندماج محتملة بين البنكين، على أن ينتج عن الاندماج، إن تم، أكبر بنك في المملكة بموجودات تبلغ 802 مليار ريال.
وكانت السوق المالية السعودية "تداول" قد أعلنت تعليق تداول سهمي البنكين أمس الخميس بطلب منهما ووفقا لقواعد الإدراج وإجراءات التعليق، تمهيدا للإعلان عن حدث جوهري، وذكرت في بيان أن تداول السهمين سيُستأنف بعد غد الأحد.
وإذا أُنجزت الصفقة المحتملة ضمن نطاق معامل المبادلة، فسيتراوح مجموع العوض الذي يدفعه البنك الأهلي لمساهمي مجموعة سامبا المالية بين 1441 مليون و1540 مليون سهم جديد تقريبا في البنك الأهلي.
واستنادا إلى سعر إغلاق سهم البنك الأهلي البالغ 37.25 ريال كما في تاريخ 24 يونيو الحالي، يتراوح تقييم سهم مجموعة سامبا المالية لأغراض الصفقة المحتملة بين 27.42 و29.32 ريال للسهم الواحد.
""", [
    ev("framework-agreement", "أنه وقّع اتفاقية إطارية مع \"مجموعة سامبا المالية\"", DEAL, "no own expression; the agreement announced on Thu 25 Jun 2020, the day of the suspension ('أمس الخميس')"),
    ev("trading-suspended", "قد أعلنت تعليق تداول سهمي البنكين أمس الخميس", DEAL, "'أمس الخميس' in an article of Fri 26 Jun 2020 = Thu 25 Jun"),
    ev("trading-resumes", "أن تداول السهمين سيُستأنف بعد غد الأحد", RESUME, "'بعد غد الأحد' from Fri 26 Jun 2020 = Sun 28 Jun"),
    ev("wednesday-close", "سعر إغلاق سهم البنك الأهلي البالغ 37.25 ريال كما في تاريخ 24 يونيو الحالي", WED, "'24 يونيو الحالي' = Wed 24 Jun 2020"),
])
art(S, "https://economy24hr.com/news/2020/06/29/%D8%A3%D8%B3%D9%87%D9%85-%D8%A7%D9%84%D8%A8%D9%86%D9%88%D9%83-%D8%AA%D9%87%D8%A8%D8%B7-%D8%A8%D8%A7%D9%84%D8%A8%D9%88%D8%B1%D8%B5%D8%A9-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%85%D8%B9-%D8%AA%D9%88%D8%A7%D8%B5%D9%84-%D8%AE%D8%B3%D8%A7%D8%A6%D8%B1-%D9%82%D8%B7%D8%B1-%D9%88%D8%AF%D8%A8%D9%8A",
    "2020-06-29", "date in the URL '/2020/06/29/' (29 Jun 2020 was a Monday); the body's 'يوم الاثنين' for the close agrees; headline rendered from the URL slug (the stored text has none); the last, truncated sentence ('وخارج منطقة...') dropped; no date of its own in the text", True, """
أسهم البنوك تهبط بالبورصة السعودية مع تواصل خسائر قطر ودبي
أنهت السوق السعودية تعاملات يوم الاثنين على تراجع تحت وطأة خسائر أسهم القطاع المصرفي، بينما واصل مؤشرا قطر ودبي هبوطهما لليوم الرابع على التوالي.
وانخفض المؤشر السعودي 0.1 بالمئة في جلسة متقلبة، إذ خسر سهم البنك الأهلي التجاري 4.5 بالمئة بعد أن أغلق مرتفعا خمسة بالمئة في الجلسة السابقة، وتراجع سهم مصرف الراجحي واحدا بالمئة.
وكان الأهلي التجاري، أكبر بنوك المملكة، قد أعلن يوم الخميس أنه وقع اتفاقا مبدئيا مع مجموعة سامبا المالية الأصغر حجما لإقامة كيان موحد تناهز أصوله 214 مليار دولار.
في المقابل، قفز سهم سامبا 4.9 بالمئة، مواصلا ارتفاعه في الجلسة السابقة.
ويقيّم العرض سهم سامبا بين 27.42 و29.32 ريال (7.82 دولار)، بقيمة سوقية تصل إلى 15.63 مليار دولار، أي بزيادة 27.5 بالمئة على القيمة البالغة نحو 12.3 مليار دولار بناء على سعر إغلاق السهم يوم الأربعاء.
وفي قطر، صاحبة ثاني أعلى عدد من الإصابات بفيروس كورونا بين دول الخليج الست، هبط المؤشر 0.8 بالمئة مع تراجع أغلب أسهمه، وتصدر سهم صناعات قطر للبتروكيماويات قائمة الخاسرين بانخفاض ثلاثة بالمئة.
وتراجع مؤشر دبي 0.2 بالمئة، إذ خسر سهم بنك دبي الإسلامي 0.8 بالمئة وانخفض سهم أرامكس 1.7 بالمئة.
""", [
    ev("saudi-index-falls", "أنهت السوق السعودية تعاملات يوم الاثنين على تراجع", "2020-06-29", "'يوم الاثنين' = Mon 29 Jun 2020 (URL date)"),
    ev("trading-resumes", "بعد أن أغلق مرتفعا خمسة بالمئة في الجلسة السابقة", RESUME, "'في الجلسة السابقة' before Monday's = Sun 28 Jun 2020, the first session after the suspension (albiladdaily: 'بعد غد الأحد')"),
    ev("framework-agreement", "قد أعلن يوم الخميس أنه وقع اتفاقا مبدئيا", DEAL, "'يوم الخميس' before Mon 29 Jun 2020 = Thu 25 Jun"),
    ev("samba-jumps", "قفز سهم سامبا 4.9 بالمئة", "2020-06-29", "no own expression; Monday's session of Mon 29 Jun 2020"),
    ev("wednesday-close", "بناء على سعر إغلاق السهم يوم الأربعاء", WED, "'يوم الأربعاء' before the Thursday announcement = Wed 24 Jun 2020"),
])

# ---------------------------------------------------------------- uae-uber-careem-acquisition-2019
S = "uae-uber-careem-acquisition-2019"
BLOOMBERG = "2019-03-24"                   # Bloomberg reported the near-final USD 3.1 bn deal on Sun 24 Mar 2019
UBER = "2019-03-26"                        # Uber and Careem announced the takeover on Tue 26 Mar 2019; the Egyptian ECA's statement that day
art(S, "https://www.tahrirnews.com/Story/1225301/%D8%A3%D9%88%D8%A8%D8%B1-%D9%88-%D9%83%D8%B1%D9%8A%D9%85-%D8%B1%D8%AD%D9%84%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D9%81%D8%B3%D8%A9-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%83%D8%A7%D8%B1/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF",
    "2019-03-24", "page byline stamp 'تحرير:أحمد البرماوي ٢٤ مارس ٢٠١٩ - ٠٦:٤٠ م' (the date and time kept as second line, the byline dropped; 24 Mar 2019 was a Sunday); Bloomberg's report of that Sunday agrees (AFP/nd: 'am Sonntag'); headline kept from the page (re-worded), the sub-heading dropped; the last, truncated words dropped", True, """
«أوبر» و«كريم».. من التنافس إلى الاحتكار
٢٤ مارس ٢٠١٩ - ٠٦:٤٠ م
بعد أسابيع من الصمت، عادت الأنباء اليوم لتتحدث عن اقتراب استحواذ شركة أوبر العالمية على شركة كريم ذات الأصل الإماراتي، وهما شركتان متخصصتان في خدمات النقل التشاركي عبر التطبيقات الذكية.
وبحسب الخبر الذي بثته وكالة أنباء بلومبرج اليوم، فإن الصفقة صارت قريبة من الاكتمال مقابل 3.1 مليارات دولار تدفعها أوبر لشركة كريم، ويبقى السؤال عن أثر ذلك في الأسواق التي تعمل فيها الشركتان مثل السوق المصرية، وعما إذا كان للجهات المصرية موقف من الصفقة، خاصة في غياب منافسين أقوياء في هذا المجال.
وأوضحت الوكالة أن أوبر، عملاق النقل الخاص، ستسدد 1.4 مليار دولار نقدا إلى جانب 1.7 مليار دولار في صورة أوراق قابلة للتحويل لملاك كريم.
وتمتنع الشركتان في مصر عن التعليق على المفاوضات، إذ لا تملكان فيها قرارا، وحتى لو كانتا على اطلاع فليس لديهما ما تصرحان به بشأن الصفقة.
""", [
    ev("bloomberg-report", "الخبر الذي بثته وكالة أنباء بلومبرج اليوم", BLOOMBERG, "'اليوم' = Sun 24 Mar 2019 (date line)"),
    ev("uber-announces-acquisition", "اقتراب استحواذ شركة أوبر العالمية على شركة كريم", UBER, "no own expression ('اقتراب' on Sun 24); the takeover announced two days later, Tue 26 Mar 2019"),
    ev("egypt-units-no-comment", "وتمتنع الشركتان في مصر عن التعليق على المفاوضات", BLOOMBERG, "no own expression; the present refusal at the time of the report, Sun 24 Mar 2019"),
])
art(S, "https://arabic.cnn.com/business/article/2019/03/26/bmar19-egypt-competition-protection-authority-stop-uber-careem-deal",
    "2019-03-26", "date in the URL '/2019/03/26/' (26 Mar 2019 was a Tuesday); the body's 'الثلاثاء' (twice) agrees; headline rendered from the URL slug (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
جهاز حماية المنافسة المصري: صفقة أوبر وكريم لا تُنفذ في مصر قبل موافقتنا
القاهرة، مصر (CNN)-- أفاد جهاز حماية المنافسة ومنع الممارسات الاحتكارية في مصر، الثلاثاء، بأن الاتفاق المبدئي على استحواذ شركة أوبر العالمية لتطبيقات النقل الذكي على شركة كريم العالمية يتضمن شرطا يمنع تنفيذه في مصر قبل الحصول على موافقة الجهاز.
وأعلنت شركة "أوبر" العالمية رسميا الثلاثاء استحواذها على "كريم"، منافستها الأولى في الشرق الأوسط، في صفقة قيمتها 3.1 مليار دولار.
وذكر الجهاز في بيان أنه تسلم إعلاما رسميا من الشركتين بإبرام عقد شراء آجل.
وبيّن أنه سيتخذ قراره بعد وصول الإخطار الرسمي من الأطراف المعنية مستوفيا كل الشروط القانونية المنصوص عليها في قانون حماية المنافسة، وأن الفحص الفني سينتهي إما بالموافقة على إتمام العملية، أو بالموافقة مع فرض تدابير ملزمة للحد من أضرارها، أو برفضها إذا تبين أنها قد تلحق بالسوق المصرية أضرارا يتعذر تداركها.
ولفت البيان إلى أن الجهاز تنبه لخطورة الأمر منذ أكتوبر/تشرين أول الماضي، وما قد يترتب عليه من تقييد للمنافسة في أسواق مثل سوق نقل الركاب عبر التطبيقات الإلكترونية، فأصدر قرارا بحزمة من التدابير إزاء الشركتين.
""", [
    ev("eca-statement", "أفاد جهاز حماية المنافسة ومنع الممارسات الاحتكارية في مصر، الثلاثاء", UBER, "'الثلاثاء' = Tue 26 Mar 2019 (URL date)"),
    ev("uber-announces-acquisition", "وأعلنت شركة \"أوبر\" العالمية رسميا الثلاثاء", UBER, "'الثلاثاء' = Tue 26 Mar 2019"),
    ev("eca-notified", "أنه تسلم إعلاما رسميا من الشركتين بإبرام عقد شراء آجل", UBER, "no own expression; the notice received on Tue 26 Mar 2019 (copts-united/El Watan: 'تلقى اليوم')"),
    ev("eca-measures-october", "فأصدر قرارا بحزمة من التدابير إزاء الشركتين", "2018-10-01", "'منذ أكتوبر/تشرين أول الماضي' in March 2019 = October 2018 (my span: the month)", end="2018-11-01"),
])
art(S, "http://www.copts-united.com/Article.php?A=448427&I=3676",
    "2019-03-26", "page date line 'الثلاثاء ٢٦ مارس ٢٠١٩' (kept as second line; 26 Mar 2019 was a Tuesday), with the time '٥٦: ٠٩ م +02:00 EET' of the El Watan report (dropped); the body's 'اليوم' agrees; headline kept from the page (re-worded); the site name and the source tag 'أخبار مصرية | الوطن' dropped; the last, truncated sentence shortened", True, """
«حماية المنافسة»: صفقة «أوبر» و«كريم» معلقة على موافقة الجهاز
الثلاثاء ٢٦ مارس ٢٠١٩
أعلن جهاز حماية المنافسة ومنع الممارسات الاحتكارية أنه تلقى اليوم إعلاما رسميا من الشركتين العالميتين "أوبر" و"كريم" بإبرام عقد شراء آجل، موضحا أن تنفيذ هذا العقد "موقوف على موافقة الجهاز"، وأنه عقد ابتدائي تشتري بموجبه شركة أوبر العالمية شركة كريم العالمية.
وأضاف الجهاز، في بيان رسمي صدر قبل قليل، أن الاتفاق المبدئي اشترط ألا يُنفذ إلا بعد نيل موافقة جهاز المنافسة المصري.
وبحسب بيان "أوبر" اليوم، فإن صفقة الاستحواذ البالغة 3.1 مليار دولار ستظل رهن موافقات الجهات التنظيمية المعنية، ومن المتوقع إتمامها خلال الربع الأول من عام 2020.
وشدد الجهاز على أنه سيصدر قراره بعد تلقي الإخطار الرسمي من الأطراف المعنية مستوفيا جميع الشروط القانونية الواردة في قانون حماية المنافسة.
""", [
    ev("eca-notified", "أنه تلقى اليوم إعلاما رسميا من الشركتين", UBER, "'اليوم' = Tue 26 Mar 2019 (date line)"),
    ev("eca-statement", "في بيان رسمي صدر قبل قليل", UBER, "'قبل قليل' before the report of Tue 26 Mar 2019 (21:56 local) = that evening"),
    ev("uber-announces-acquisition", "وبحسب بيان \"أوبر\" اليوم", UBER, "'اليوم' = Tue 26 Mar 2019"),
    ev("deal-completion", "ومن المتوقع إتمامها خلال الربع الأول من عام 2020", "2020-01-01", "'خلال الربع الأول من عام 2020' (the expected closing; Uber completed the purchase in early January 2020, outside knowledge); my span the quarter", end="2020-04-01"),
])
art(S, "https://sarabic.ae/amp/20190326/%D8%A3%D9%88%D8%A8%D8%B1-%D9%83%D8%B1%D9%8A%D9%85-%D8%AF%D8%A8%D9%8A-%D8%B5%D9%81%D9%82%D8%A9-1040029063.html",
    "2019-03-26", "date in the URL '/20190326/' (26 Mar 2019 was a Tuesday); the quoted tweet's 'اليوم بيعت' agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
حاكم دبي: «كريم» بيعت لأوبر بـ11 مليار درهم
كتب حاكم دبي في تغريدة على حسابه في "تويتر": "قبل 20 عاما في عام 1999، أسسنا في صحراء دبي مدينة للإنترنت والتجارة الإلكترونية… شكك الكثيرون في هذه الفكرة… اليوم بيعت شركة كريم لأوبر بـ11 مليار درهم… وقبلها شركة سوق بعدة مليارات من الدراهم لأمازون".
وأضاف الشيخ محمد بن راشد آل مكتوم أن "العالم يفتح الطريق لمن يعرف أين يريد الوصول".
وكانت "أوبر" لخدمات النقل قد أعلنت أنها أتمت رسميا صفقة استحواذ بمليارات الدولارات على منافستها في الشرق الأوسط، "كريم".
ونشرت "أوبر" على موقعها الرسمي بيانا أعلنت فيه صفقة الاستحواذ على "كريم" مقابل 3.1 مليار دولار أمريكي.
وأوضحت الشركة في البيان أن "كريم" تصبح بموجب الصفقة مملوكة بالكامل لأوبر، وتواصل العمل شركة مستقلة تحت علامتها التجارية وبقيادة مؤسسيها.
ولفتت "أوبر" إلى أن الصفقة هي الأضخم من نوعها في قطاع التكنولوجيا بمنطقة الشرق الأوسط الكبير.
وأكدت "كريم"، التي تتخذ من دبي مقرا لها، ما ورد في بيان "أوبر"، معلنة أنها تدخل "الفصل الثاني" من تاريخها بانضمامها إلى منظومة "أوبر" العالمية.
""", [
    ev("mbr-tweet", "كتب حاكم دبي في تغريدة على حسابه", UBER, "no own expression; the tweet's 'اليوم بيعت' on the day of the deal, Tue 26 Mar 2019 (URL date)"),
    ev("dubai-internet-city-founded", "أسسنا في صحراء دبي مدينة للإنترنت والتجارة الإلكترونية", "1999-01-01", "'قبل 20 عاما في عام 1999' = 1999 (my span: the year)", end="2000-01-01"),
    ev("souq-sold-to-amazon", "وقبلها شركة سوق بعدة مليارات من الدراهم لأمازون", "2017-03-28", "'وقبلها': Amazon's purchase of Souq, announced on Tue 28 Mar 2017 and completed in early July 2017 (outside knowledge; my span)", end="2017-07-04"),
    ev("uber-announces-acquisition", "ونشرت \"أوبر\" على موقعها الرسمي بيانا", UBER, "no own expression; Uber's statement of Tue 26 Mar 2019 (the tweet's 'اليوم بيعت')"),
    ev("careem-confirms", "ما ورد في بيان \"أوبر\"، معلنة أنها تدخل", UBER, "no own expression; Careem's statement of Tue 26 Mar 2019"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 358
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
