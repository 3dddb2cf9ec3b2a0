"""Builds stories.jsonl: the 233-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: executions (death sentences carried
out): Iraq's hanging of 36 men convicted of the Speicher massacre (Nasiriyah, 2016), Bahrain's firing-squad
execution of three men over the al-Daih bombing (2017), Jordan's fifteen hangings at Swaqa prison including
the killer of Nahed Hattar (2017), Egypt's execution of Hisham Ashmawy two days after a further death
sentence (2020), and the hanging and burial of Saddam Hussein (Iraq, 2006). None of these stories is in the
dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-speicher-executions-nasiriyah-2016
S = "iraq-speicher-executions-nasiriyah-2016"
MASSACRE = ("2014-06-12", "2014-06-15")  # the killing of the Speicher cadets, from 12 June 2014 (over several days)
art(S, "https://sabr.cc/2016/08/21/229332",
    "2016-08-21", "date in the URL '/2016/08/21/' (21 Aug 2016 was a Sunday) and the body's 'اليوم الاحد' for the hangings at Nasiriyah prison, carried out on Sun 21 Aug 2016; a reader's comment at the end of the stored text dropped; no date of its own in the text", False, """
أعلنت السلطات العراقية اليوم الاحد إعدام 36 مدانا بقتل جنود عراقيين عزل في محافظة صلاح الدين عام 2014، في ما عُرف آنذاك بمجزرة (سبايكر).
وأفاد مصدر في إدارة سجن الناصرية وكالة الأنباء الكويتية (كونا) بأن وزارة العدل نفذت حكم الإعدام بحق 36 مدانا، كلهم من الرجال، بتهمة ارتكاب مجزرة (سبايكر).
وبيّن المصدر أن الأحكام نُفذت على منصة الإعدام في سجن الناصرية بمحافظة (ذي قار) جنوبي البلاد، بعد أن استوفت جميع درجات التقاضي وصادق عليها رئيس الجمهورية.
وكان أكثر من 1700 جندي وطالب عراقي قد قُتلوا على أيدي ما يسمى تنظيم الدولة الإسلامية (داعش) حين سقطت مدينة تكريت في قبضته في عام 2014.
وجرت عمليات القتل تلك بعد استسلام الجنود الذين فروا من معسكر (سبايكر) القريب من تكريت، ثم دُفنوا في مقابر جماعية متفرقة في تكريت، كبرى مدن صلاح الدين.
""", [
    ev("executions", "أعلنت السلطات العراقية اليوم الاحد إعدام 36 مدانا", "2016-08-21", "'اليوم الاحد' = Sun 21 Aug 2016 (the URL day)"),
    ev("ratification", "وصادق عليها رئيس الجمهورية", "2016-08-14", "no own expression; President Fuad Masum ratified the sentences on Sun 14 Aug 2016 (other reports of 21-22 Aug: 'الأحد الماضي')"),
    ev("massacre", "قد قُتلوا على أيدي ما يسمى تنظيم الدولة الإسلامية", MASSACRE[0], "no own expression ('في عام 2014'); the Speicher massacre began on 12 June 2014 and went on for some days (outside knowledge; my span 12-14 June 2014)", end=MASSACRE[1]),
    ev("tikrit-fall", "حين سقطت مدينة تكريت في قبضته في عام 2014", "2014-06-11", "'في عام 2014': Tikrit fell to ISIS on Wed 11 June 2014 (outside knowledge)"),
])
art(S, "https://www.elmwatin.com/print.aspx?67879",
    "2016-08-21", "page stamp 'الأحد 21/08/2016 11:47 ص' under the headline (kept as first line, before the headline); 21 Aug 2016 was a Sunday, the day of the hangings; the print-page word 'طباعة' dropped", True, """
الأحد 21/08/2016 11:47 ص
تنفيذ عقوبة الإعدام في 36 مدانا بجريمة سبايكر في العراق
ذكرت قناة العراقية أن وزارة العدل نفذت اليوم الأحد حكم الإعدام في 36 مدانا بجريمة معسكر سبايكر، داخل سجن الناصرية.
ويُذكر أن مذبحة سبايكر، التي ذهب ضحيتها 1700 جندي عراقي، وقعت بعد احتلال داعش مدينة تكريت منتصف عام 2014، إذ أقدم التنظيم على إعدامهم في قاعدة سبايكر الجوية القريبة من تكريت شمال بغداد.
""", [
    ev("executions", "وزارة العدل نفذت اليوم الأحد حكم الإعدام", "2016-08-21", "'اليوم الأحد' = Sun 21 Aug 2016 (the stamp)"),
    ev("tikrit-fall", "بعد احتلال داعش مدينة تكريت منتصف عام 2014", "2014-06-11", "'منتصف عام 2014': Tikrit fell on Wed 11 June 2014 (outside knowledge)"),
    ev("massacre", "إذ أقدم التنظيم على إعدامهم في قاعدة سبايكر الجوية", MASSACRE[0], "no own expression; the massacre from 12 June 2014 (my span 12-14 June)", end=MASSACRE[1]),
])
art(S, "http://www.ademocracynet.com/Arabic/article_print.php?id=17315&section=news",
    "2016-08-22", "date line 'التاريخ: آب ٢٢, ٢٠١٦' with 'المصدر: جريدة النهار اللبنانية' at the head of the stored page (the date line kept as first line, the source line dropped); 22 Aug 2016 was a Monday, and the body's 'أمس' is the Sunday of the hangings; the duplicated governor's quote shortened and the truncated last sentence (a widow's words) dropped", True, """
التاريخ: آب ٢٢, ٢٠١٦
العراق: إعدام 36 مداناً من مرتكبي مجزرة سبايكر 2014
أعلنت السلطات العراقية أمس أنها نفذت حكم الإعدام في 36 مداناً بارتكاب مجزرة سبايكر عام 2014، التي قضى فيها 1700 عسكري ومتدرب أثناء اجتياح تنظيم "الدولة الإسلامية" (داعش) مناطق واسعة.
وقد أُدين هؤلاء بالضلوع في المجزرة التي سُميت باسم قاعدة عسكرية قرب مدينة تكريت، حيث خُطف 1700 عسكري ومتدرب ثم قُتلوا في مجزرة تبناها التنظيم الجهادي.
وصرّح الناطق باسم محافظة ذي قار عبد الحسن داود بأنه "نُفذ حكم الإعدام شنقا صباح الاحد في 36 مداناً بجريمة سبايكر داخل سجن الناصرية، بحضور وزير العدل (حيدر الزاملي) ومحافظ ذي قار يحيى الناصري".
وأضاف أن "المدانين نُقلوا إلى سجن الناصرية الاسبوع الماضي، بعد أن صادق رئيس الجمهورية ومحكمة التمييز على حكم الإعدام".
وذكر الناطق أن "عشرات من ذوي الضحايا حضروا تنفيذ الاعدام"، لافتا إلى أن "400 من ضحايا مجزرة سبايكر من أبناء محافظة الناصرية"، وأن عشرات من عائلات القتلى الذين حضروا الإعدامات عبّروا عن سعادتهم.
""", [
    ev("executions", "أعلنت السلطات العراقية أمس أنها نفذت حكم الإعدام", "2016-08-21", "'أمس' before Mon 22 = Sun 21 Aug 2016 (the body's 'صباح الاحد' agrees)"),
    ev("massacre", "ثم قُتلوا في مجزرة تبناها التنظيم الجهادي", MASSACRE[0], "no own expression ('عام 2014' in the lead); the massacre from 12 June 2014 (my span 12-14 June)", end=MASSACRE[1]),
    ev("transfer-nasiriyah", "المدانين نُقلوا إلى سجن الناصرية الاسبوع الماضي", "2016-08-14", "'الاسبوع الماضي' in the governorate's statement of Sun 21 Aug = the week before, after the ratification of Sun 14 Aug (my span 14-20 Aug 2016)", end="2016-08-21"),
    ev("ratification", "بعد أن صادق رئيس الجمهورية ومحكمة التمييز", "2016-08-14", "no own expression; the president's ratification of Sun 14 Aug 2016 (another report: 'صادق الأحد الماضي')"),
    ev("families-attend", "عشرات من ذوي الضحايا حضروا تنفيذ الاعدام", "2016-08-21", "no own expression; at the hangings of Sun 21 Aug 2016"),
])
art(S, "https://www.masress.com/albawabh/2077724",
    "2016-08-22", "a masress mirror of an Al-Bawaba item without stamp or URL date: fixed by the body's 'أمس الأحد' for the Speicher hangings of Sun 21 Aug 2016, so Mon 22 Aug 2016 (the quoted Alsumaria line keeps its own 'اليوم' of the Sunday); no date of its own in the text", False, """
نفذت وزارة العدل العراقية، أمس الأحد، أحكام الإعدام في المدانين بجريمة سبايكر داخل سجن الناصرية، بحضور عدد من وسائل الإعلام.
وبحسب ما أوردته "السومرية" العراقية، فإن "وزارة العدل وإدارة سجن الناصرية المركزي نفذتا اليوم حكم الإعدام شنقا حتى الموت في 36 مدانا من الإرهابيين الضالعين في قتل طلبة قاعدة سبايكر الجوية وإعدامهم".
ونقلت صحيفة "الصباح" العراقية الرسمية عن مصدر رفيع في سجن الناصرية أن "وزير العدل حيدر الزاملي حضر عملية التنفيذ، ومعه مسؤولون في حكومة ذي قار المحلية وعدد من أهالي الضحايا المغدورين ووسائل الإعلام".
وأوضحت الصحيفة أن "تنفيذ حكم الإعدام جاء بعد أن اكتسب الدرجة القطعية وصادقت عليه محكمة التمييز الاتحادية ورئاسة الجمهورية".
وكان تنظيم داعش قد أقدم في يونيو من العام 2014 على جريمة وُصفت بأنها "جريمة العصر"، تمثلت في قتل نحو 1700 من طلبة المعسكر بطريقة وحشية، فيما تمكنت أجهزة الأمن العراقية من اعتقال العشرات من منفذيها وإحالتهم إلى القضاء.
ويُذكر أن رئيس جمهورية العراق فؤاد معصوم صادق الأحد الماضي على جميع أحكام الإعدام الخاصة بجريمة معسكر سبايكر.
""", [
    ev("executions", "نفذت وزارة العدل العراقية، أمس الأحد", "2016-08-21", "'أمس الأحد' = Sun 21 Aug 2016"),
    ev("families-attend", "وعدد من أهالي الضحايا المغدورين", "2016-08-21", "no own expression; at the hangings of Sun 21 Aug 2016"),
    ev("massacre", "قد أقدم في يونيو من العام 2014 على جريمة", MASSACRE[0], "'في يونيو من العام 2014': the massacre from 12 June 2014 (my span 12-14 June)", end=MASSACRE[1]),
    ev("ratification", "فؤاد معصوم صادق الأحد الماضي", "2016-08-14", "'الأحد الماضي' copied from the Sunday wire (Alsumaria, Sun 21 Aug) = Sun 14 Aug 2016; read from the Monday it would still be Sun 14 or, wrongly, Sun 21"),
])

# ---------------------------------------------------------------- bahrain-daih-bombing-executions-2017
S = "bahrain-daih-bombing-executions-2017"
art(S, "https://atlasinfo.info/node/3139",
    "2017-01-15", "page stamp 'أحد, 15/01/2017 - 13:15' under the headline (kept as first line, before the headline); 15 Jan 2017 was a Sunday, the day of the executions; the truncated last sentence dropped", True, """
أحد, 15/01/2017 - 13:15
البحرين تعدم ثلاثة شيعة مدانين بقتل أفراد من الشرطة
نفذت السلطات البحرينية حكم الإعدام في ثلاثة من الشيعة أُدينوا بقتل ثلاثة من رجال الشرطة في هجوم بعبوة متفجرة، في مارس/ آذار عام 2014.
وأُعدم المدانون الثلاثة الأحد رميا بالرصاص، بحسب وكالة الأنباء الرسمية.
وخرج المئات إلى الشوارع محتجين بعدما انتشر خبر الإعدام على الإنترنت.
وهذه أول عملية إعدام تشهدها البحرين منذ انتفاضة عام 2011، التي قادها الشيعة للمطالبة بمزيد من الحقوق السياسية.
واندلعت مواجهات بين المحتجين وقوات الأمن في عدد من المدن، لا سيما ذات الغالبية الشيعية.
وكان الثلاثة، وهم عباس السميع وسامي مشيمع وعلي السنكيس، قد أُدينوا بتنفيذ هجوم بالقنابل قُتل فيه ثلاثة من أفراد الشرطة بينهم إماراتي، وأُعدموا بعد أسبوع من قرار المحكمة العليا تثبيت العقوبة بحقهم.
وندّدت منظمات حقوقية بعملية الإعدام، وهي الأولى في البحرين منذ ستة أعوام.
""", [
    ev("executions", "وأُعدم المدانون الثلاثة الأحد رميا بالرصاص", "2017-01-15", "'الأحد' = Sun 15 Jan 2017 (the stamp)"),
    ev("daih-bombing", "في هجوم بعبوة متفجرة، في مارس/ آذار عام 2014", "2014-03-03", "'في مارس/ آذار عام 2014': the al-Daih bombing of Mon 3 Mar 2014 (other reports: 'يوم 3 مارس 2014')"),
    ev("protests", "وخرج المئات إلى الشوارع محتجين", "2017-01-15", "no own expression; the same Sunday, after the news spread"),
    ev("clashes", "واندلعت مواجهات بين المحتجين وقوات الأمن", "2017-01-15", "no own expression; the same Sunday 15 Jan 2017"),
    ev("cassation", "بعد أسبوع من قرار المحكمة العليا", "2017-01-09", "'بعد أسبوع' before Sun 15: the Court of Cassation upheld the sentences on Mon 9 Jan 2017 (another report: 'الإثنين الماضي')"),
    ev("uprising", "منذ انتفاضة عام 2011", "2011-02-14", "'عام 2011': the uprising began on 14 Feb 2011 (outside knowledge; my span 14 Feb - 31 Mar 2011)", end="2011-04-01"),
])
art(S, "https://nahrainnet.net/?p=28979",
    "2017-01-15", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الاحد' for the firing-squad executions of Sun 15 Jan 2017 (another outlet's stamp: 'أحد, 15/01/2017'); the partisan wording of the source kept as its own; the truncated last sentence cut to its complete clause; no date of its own in the text", False, """
أعلن نظام آل خليفة الحاكم في البحرين تنفيذ حكم الإعدام في ثلاثة معتقلين بحرينيين من النشطاء السلميين، بتهمة "استهداف قوات الشرطة بمنطقة الدية" بحسب ادعاءات النظام، وقد صدر الحكم بعد محاكمة صورية وانتزاع اعترافات من الشبان الثلاثة تحت وطأة التعذيب الوحشي.
والشبان الذين نُفذ فيهم الحكم هم سامي مشيمع وعباس السميع وعلي السنكيس، وقد أُعدموا صباح اليوم الاحد رميا بالرصاص، وفق ما أعلنه رئيس ما يسمى نيابة الجرائم الإرهابية في النظام البحريني.
وعلى إثر انتشار نبأ إعدام الشبان الثلاثة، شهدت بلدات البحرين انتشارا أمنيا كثيفا لقوات القمع تدعمها قوات درع الجزيرة السعودية، وحلّقت مروحيات عسكرية ومروحيات تابعة لأجهزة القمع على ارتفاع منخفض فوق أغلب مناطق البلاد.
وبينما دعت القوى الثورية في البحرين أبناء الشعب إلى النفير العام في جميع المناطق ثأرا لدماء الشهداء، عمّت تظاهرات غاضبة مختلف مناطق البحرين تنديدا بتنفيذ حكم الإعدام.
وأكدت مصادر المعارضة البحرانية اندلاع مواجهات بين المتظاهرين وأمن النظام على مشارف منطقة الدراز.
""", [
    ev("executions", "وقد أُعدموا صباح اليوم الاحد رميا بالرصاص", "2017-01-15", "'صباح اليوم الاحد' = Sun 15 Jan 2017"),
    ev("daih-bombing", "استهداف قوات الشرطة بمنطقة الدية", "2014-03-03", "no own expression; the bombing of Mon 3 Mar 2014 (other reports: 'يوم 3 مارس 2014')"),
    ev("security-deployment", "شهدت بلدات البحرين انتشارا أمنيا كثيفا", "2017-01-15", "no own expression; the same Sunday, after the news of the executions"),
    ev("protests", "عمّت تظاهرات غاضبة مختلف مناطق البحرين", "2017-01-15", "no own expression; the same Sunday 15 Jan 2017"),
    ev("clashes", "اندلاع مواجهات بين المتظاهرين وأمن النظام", "2017-01-15", "no own expression; the same Sunday 15 Jan 2017"),
])
art(S, "https://alyaum.com/article/4175752",
    "2017-01-16", "no stamp or URL date in the stored page: fixed by the body's 'صباح أمس' for the executions of Sun 15 Jan 2017 (another outlet's stamp: 'أحد, 15/01/2017'), so Mon 16 Jan 2017; the minister's remarks on other matters and the truncated end dropped; no date of its own in the text", False, """
نفذت السلطات البحرينية صباح أمس حكم الإعدام رميا بالرصاص في ثلاثة أُدينوا بقتل الشرطي الإماراتي الشهيد الملازم أول طارق الشحي وشهيدي الواجب محمد رسلان وعمار عبدو، في انفجار وقع بمنطقة الديه في الـ 3 من مارس 2014، ليكون ذلك أول حكم إعدام يُنفذ في قضايا الإرهاب في البحرين.
ونُفذ الحكم في كل من «علي السنكيس» و«عباس السميع» و«سامي المشيمع».
وكانت إدارة السجن قد طلبت من أهالي المحكومين الحضور للقاء الأخير قبل تنفيذ حكم الإعدام فيهم، كما سلمتهم جميع متعلقاتهم.
ورافقت قوات الشرطة جثامين من نُفذ فيهم الحكم، ودُفنوا في مقبرة الماحوز.
وكانت ما تسمى «ميليشيا سرايا الأشتر» المدعومة من إيران قد توعدت السلطات البحرينية بتنفيذ عمليات إرهابية إذا نُفذ حكم الإعدام.
كما هدد علماء منتمون إلى المجلس الداعي لتطبيق ولاية الفقيه بالنفير العام في حال تنفيذ الحكم.
""", [
    ev("executions", "نفذت السلطات البحرينية صباح أمس حكم الإعدام رميا بالرصاص", "2017-01-15", "'صباح أمس' before Mon 16 = Sun 15 Jan 2017"),
    ev("daih-bombing", "في الـ 3 من مارس 2014", "2014-03-03", "'الـ 3 من مارس 2014' = Mon 3 Mar 2014"),
    ev("family-summons", "قد طلبت من أهالي المحكومين الحضور للقاء الأخير", "2017-01-14", "no own expression; the families were summoned on Sat 14 Jan 2017 (another report: 'استدعت عوائل هؤلاء الثلاثة يوم السبت'); my span 14-15 Jan", end="2017-01-16"),
    ev("burial", "ودُفنوا في مقبرة الماحوز", "2017-01-15", "no own expression; buried the day of the executions, Sun 15 Jan 2017 (one source; my span 15-16 Jan)", end="2017-01-17"),
])
art(S, "https://www.djazairess.com/alfadjr/352038",
    "2017-01-16", "a djazairess mirror of an Al-Fadjr item without stamp or URL date: fixed by the body's 'صباح أمس' for the executions of Sun 15 Jan 2017, so Mon 16 Jan 2017; the truncated last sentence cut to its complete clause; no date of its own in the text", False, """
نفذت السلطات البحرينية، صباح أمس، حكم الإعدام في ثلاثة أشخاص أُدينوا بقتل 3 من رجال الشرطة بينهم ضابط إماراتي في منطقة الديه شمال البلاد، بحسب ما أعلنته النيابة العامة البحرينية.
وجاء التنفيذ بعد أقل من أسبوع من تأييد محكمة التمييز، أعلى محكمة في البحرين، أحكام الإعدام الصادرة بحقهم عام 2015.
وأوضح رئيس نيابة الجرائم الإرهابية المحامي العام أحمد الحمادي أن الحكم نُفذ رميا بالرصاص في المحكوم عليهم الثلاثة المدانين في القضية الخاصة "باستهداف قوات الشرطة بمنطقة الديه يوم 3 مارس 2014 بعبوة متفجرة"، ما أدى إلى مقتل رجال الشرطة الثلاثة، وذلك بعد أن صار الحكم باتا واجب التنفيذ برفض محكمة التمييز الطعن المقدم منهم.
ودعا والد علي السنكيس، أحد الثلاثة، الشعب البحريني إلى مساندة قضية ابنه، محذرا من أن الإعدامات لن تقف عند ابنه بل ستلاحق آخرين.
وكانت السلطات قد استدعت عائلات الثلاثة يوم السبت، وطلبت منهم الحضور إلى السجن في أوقات مختلفة.
""", [
    ev("executions", "نفذت السلطات البحرينية، صباح أمس", "2017-01-15", "'صباح أمس' before Mon 16 = Sun 15 Jan 2017"),
    ev("cassation", "بعد أقل من أسبوع من تأييد محكمة التمييز", "2017-01-09", "'بعد أقل من أسبوع' before Sun 15: the Court of Cassation's ruling of Mon 9 Jan 2017 (another report: 'الإثنين الماضي')"),
    ev("death-sentences", "أحكام الإعدام الصادرة بحقهم عام 2015", "2015-01-01", "'عام 2015': the first-instance death sentences of 2015 (I believe late February; gold kept to the year)", end="2016-01-01"),
    ev("daih-bombing", "يوم 3 مارس 2014 بعبوة متفجرة", "2014-03-03", "'يوم 3 مارس 2014' = Mon 3 Mar 2014"),
    ev("family-summons", "قد استدعت عائلات الثلاثة يوم السبت", "2017-01-14", "'يوم السبت' before Sun 15 = Sat 14 Jan 2017 (the visits may have run into the Sunday morning: my span 14-15 Jan)", end="2017-01-16"),
])

# ---------------------------------------------------------------- jordan-swaqa-fifteen-executions-2017
S = "jordan-swaqa-fifteen-executions-2017"
art(S, "https://maghress.com/hespress/341458",
    "2017-03-04", "a maghress mirror of a Hespress item without stamp or URL date: fixed by the body's 'اليوم السبت' for the fifteen hangings at Swaqa, carried out at dawn on Sat 4 Mar 2017 (another outlet: 'صباح اليوم، السبت 4 آذار'); no date of its own in the text", False, """
نفذت السلطات القضائية الأردنية، اليوم السبت، أحكاما بإعدام 15 مدانا، بينهم الرجل الذي أُدين بقتل الكاتب اليساري المسيحي ناهض حتر في عمان العام الماضي، وفق ما نقلته وسائل إعلام رسمية عن وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة محمد المومني.
ويُعد هذا أكبر عدد من الإعدامات ينفذه الأردن في يوم واحد منذ أكثر من عقد.
ونقلت وكالة الأنباء الأردنية "بترا" عن المومني أن "حكم الإعدام شنقا حتى الموت نُفذ بحق عشرة أشخاص أدينوا بارتكاب جرائم إرهابية".
وأوضح المومني أن الجرائم الإرهابية التي أدين بها العشرة هي ما يُعرف بخلية إربد الإرهابية، والهجوم على مكاتب المخابرات العامة في البقعة، والاعتداء على رجال الأمن العام في صما، واغتيال الكاتب ناهض حتر، وتفجير سفارة المملكة في بغداد عام 2003، والهجوم على فوج سياحي في المدرج الروماني.
وأضاف أن حكم الإعدام نُفذ كذلك بحق خمسة أشخاص آخرين بعد ثبوت إدانتهم بجرائم جنائية كبرى بشعة تتمثل في اعتداءات جنسية وحشية على المحارم.
وذكر البيان أن الأحكام نُفذت في سجن مركز سواقة للإصلاح والتأهيل.
""", [
    ev("executions", "نفذت السلطات القضائية الأردنية، اليوم السبت", "2017-03-04", "'اليوم السبت' = Sat 4 Mar 2017"),
    ev("hattar-killing", "بقتل الكاتب اليساري المسيحي ناهض حتر في عمان العام الماضي", "2016-09-25", "'العام الماضي' = 2016: Hattar was shot on Sun 25 Sep 2016 (outside knowledge; another report: 'في 25 أيلول الماضي')"),
    ev("baghdad-embassy-bombing", "وتفجير سفارة المملكة في بغداد عام 2003", "2003-08-07", "'عام 2003': the Jordanian embassy bombing of Thu 7 Aug 2003 (outside knowledge)"),
    ev("momani-statement", "ونقلت وكالة الأنباء الأردنية \"بترا\" عن المومني", "2017-03-04", "no own expression; the government spokesman's statement of Sat 4 Mar 2017"),
])
art(S, "https://enabbaladi.net/134851/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D8%AA%D9%8F%D8%B9%D8%AF%D9%85-%D9%82%D8%A7%D8%AA%D9%84-%D9%86%D8%A7%D9%87%D8%B6-%D8%AD%D8%AA%D8%B1-%D9%88%D8%AE%D9%84%D9%8A%D8%A9-%D8%A5%D8%B1%D8%A8%D8%AF/?amp=1",
    "2017-03-04", "no stamp or URL date in the stored page: the body's own date 'صباح اليوم، السبت 4 آذار' (4 Mar 2017 was a Saturday, the day of the hangings) fixes the day; kept as the text's statement of its own date; the truncated last sentence on Hattar's politics dropped", True, """
نفذت السلطات الأردنية صباح اليوم، السبت 4 آذار، حكم الإعدام في 15 متهما بقضايا يتصل معظمها بالإرهاب، بينهم قاتل الكاتب الأردني ناهض حتر.
ونُفذ الحكم في سجن "سواقة" جنوب العاصمة عمّان، وبين من أُعدموا خمسة مدانين بالانتماء إلى "خلية إربد" التابعة لتنظيم "الدولة الإسلامية".
وكانت السلطات الأردنية قد أعلنت العام الماضي القبض على "خلية إرهابية تابعة لتنظيم الدولة الإسلامية" باسم "خلية إربد"، حاولت مهاجمة مكاتب المخابرات العامة في البقعة شمال عمان، إضافة إلى الاعتداء على رجال الأمن في منطقة صما شمال الأردن.
وكان الكاتب والصحفي الأردني ناهض حتر قد قُتل في أيلول 2016، حين أطلق عليه شخص النار أمام قصر العدل في عمّان، وقبضت السلطات الأردنية على القاتل.
وأثار حتر في حياته جدلا واسعا بآرائه الدينية والسياسية، إذ اتُّهم بالتعدي على الرموز الدينية في عدد من مقالاته.
كما أغضبت صورة نشرها على "فيس بوك" قبل مقتله بنحو شهر حقوقيين ومحامين، لأنها "تصوّر الذات الإلهية بشكل مهين"، فواجه دعاوى بتهمة "إهانة الشعور الديني".
""", [
    ev("executions", "نفذت السلطات الأردنية صباح اليوم، السبت 4 آذار", "2017-03-04", "'صباح اليوم، السبت 4 آذار' = Sat 4 Mar 2017"),
    ev("irbid-cell-raid", "قد أعلنت العام الماضي القبض على", "2016-03-01", "'العام الماضي' = 2016: the Irbid raid and arrests of 1-2 Mar 2016 (outside knowledge; another report: 'في الأول من مارس 2016'; my span 1-2 Mar)", end="2016-03-03"),
    ev("hattar-killing", "قد قُتل في أيلول 2016", "2016-09-25", "'في أيلول 2016': Sun 25 Sep 2016 (outside knowledge)"),
    ev("hattar-cartoon", "كما أغضبت صورة نشرها على \"فيس بوك\" قبل مقتله بنحو شهر", "2016-08-12", "'قبل مقتله بنحو شهر': the cartoon was shared on 12 Aug 2016 (outside knowledge; my span 12-13 Aug)", end="2016-08-14"),
])
art(S, "https://ksa.ksa2day.com/Home/NewsDetails?NewsID=5074823",
    "2017-03-05", "no stamp or URL date in the stored page: fixed by the body's 'فجر أمس السبت' for the hangings of Sat 4 Mar 2017, so Sun 5 Mar 2017 (the same text also appears on sauress/alriyadh); the truncated last sentence dropped; no date of its own in the text", False, """
نفذت السلطات الأردنية فجر أمس السبت أحكام الإعدام في 15 أردنيا "إرهابيا ومجرما"، في سابقة هي الأولى من نوعها من حيث عدد المحكومين الذين أُعدموا.
وأعلن وزير الدولة الأردني لشؤون الإعلام الناطق الرسمي باسم الحكومة محمد المومني أن "الأحكام نُفذت في سجن سواقة (70 كلم جنوب عمان)".
وتابع المومني أن "حكم الإعدام شنقا حتى الموت نُفذ في عشرة أشخاص أدينوا بارتكاب جرائم إرهابية"، في تصريحات نقلتها وكالة الأنباء الأردنية الرسمية.
وأضاف أن الجرائم الإرهابية التي أدين بها هؤلاء هي هجمات على مكاتب المخابرات العامة في البقعة، والاعتداء على رجال الأمن العام في صما، واغتيال الكاتب ناهض حتر، وتفجير سفارة الأردن في بغداد عام 2003، والهجوم على فوج سياحي في المدرج الروماني.
وكان المتحدث يشير إلى هجوم استهدف سياحا في المدرج الروماني في العام 2006 وأودى بحياة بريطاني، وإلى الهجوم على مكتب المخابرات في البقعة شمال الأردن الذي قُتل فيه خمسة من عناصر دائرة المخابرات.
وبحسب المومني، نُفذ حكم الإعدام في خمسة محكومين في ما يُعرف بخلية إربد الإرهابية.
""", [
    ev("executions", "نفذت السلطات الأردنية فجر أمس السبت", "2017-03-04", "'فجر أمس السبت' = dawn of Sat 4 Mar 2017"),
    ev("baghdad-embassy-bombing", "وتفجير سفارة الأردن في بغداد عام 2003", "2003-08-07", "'عام 2003': Thu 7 Aug 2003 (outside knowledge)"),
    ev("amphitheatre-attack", "هجوم استهدف سياحا في المدرج الروماني في العام 2006", "2006-09-04", "'في العام 2006': the shooting at the Roman amphitheatre of Mon 4 Sep 2006 (outside knowledge)"),
    ev("baqaa-attack", "الهجوم على مكتب المخابرات في البقعة", "2016-06-06", "no own expression; the attack on the Baqaa intelligence office of Mon 6 June 2016 (outside knowledge)"),
    ev("momani-statement", "وأعلن وزير الدولة الأردني لشؤون الإعلام", "2017-03-04", "no own expression; the statement of Sat 4 Mar 2017"),
])
art(S, "https://www.al-akhbar.com/Arab/227260/%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D9%82%D8%A7%D8%AA%D9%84-%D9%86%D8%A7%D9%87%D8%B6-%D8%AD%D8%AA",
    "2017-03-06", "no stamp or URL date in the stored page: fixed by the body's 'فجر أول من أمس' for the hangings of Sat 4 Mar 2017, so Mon 6 Mar 2017 (al-Akhbar's print edition); the truncated last sentence ('وعاد استئن...') dropped; no date of its own in the text", False, """
نفذت السلطات الأردنية، فجر أول من أمس، حكم الإعدام في قاتل الكاتب الأردني ناهض حتر، ضمن أحكام إعدام نُفذت في 15 أردنيا محكومين بقضايا إرهاب وجرائم أخرى.
وكان حتر قد قُتل في 25 أيلول الماضي أمام قصر العدل في عمان، قبيل حضوره أولى جلسات محاكمته بسبب رسم كاريكاتوري نشره على صفحته في «فايسبوك» اعتُبر «ماسّا بالذات الإلهية».
وفي أول مرة يُعدم فيها هذا العدد من المحكومين دفعة واحدة في الأردن، أعلن وزير الدولة لشؤون الإعلام المتحدث الرسمي باسم الحكومة محمد المومني أن «أحكام الإعدام نُفذت في سجن سواقة (70 كلم جنوبي عمان)».
وبحسب المومني، نُفذ حكم الإعدام في خمسة محكومين في ما يُعرف بـ«خلية إربد» الإرهابية.
وأشارت مصادر قضائية أردنية إلى أنه «لا يزال هناك نحو 94 شخصا محكوما عليهم بالإعدام شنقا، أغلبهم في قضايا قتل واغتصاب».
""", [
    ev("executions", "نفذت السلطات الأردنية، فجر أول من أمس", "2017-03-04", "'فجر أول من أمس' before Mon 6 = dawn of Sat 4 Mar 2017"),
    ev("hattar-killing", "وكان حتر قد قُتل في 25 أيلول الماضي", "2016-09-25", "'25 أيلول الماضي' = Sun 25 Sep 2016"),
    ev("hattar-cartoon", "بسبب رسم كاريكاتوري نشره على صفحته", "2016-08-12", "no own expression; the cartoon shared on 12 Aug 2016 (outside knowledge; my span 12-13 Aug)", end="2016-08-14"),
    ev("momani-statement", "أعلن وزير الدولة لشؤون الإعلام المتحدث الرسمي", "2017-03-04", "no own expression; the statement of Sat 4 Mar 2017"),
])

# ---------------------------------------------------------------- egypt-hisham-ashmawy-execution-2020
S = "egypt-hisham-ashmawy-execution-2020"
MIL = ("2019-11-01", "2019-12-01")  # the military court's death sentence on Ashmawy, November 2019
art(S, "https://www.alarabiya.net/ar/arab-and-world/egypt/2020/03/02/%D9%85%D8%B5%D8%B1-%D8%A7%D9%84%D8%AD%D9%83%D9%85-%D8%A8%D8%A7%D8%B9%D8%AF%D8%A7%D9%85-%D8%B9%D8%B4%D9%85%D8%A7%D9%88%D9%8A-%D9%85%D8%B9-37-%D8%A2%D8%AE%D8%B1%D9%8A%D9%86-%D9%81%D9%8A-%D9%82%D8%B6%D8%A7%D9%8A%D8%A7-%D8%A7%D8%B1%D9%87%D8%A7%D8%A8.html",
    "2020-03-02", "date in the URL '/2020/03/02/' (a Monday) and the body's 'اليوم الاثنين' for the Cairo criminal court's sentence; the page furniture ('عاجل', 'البث المباشر', 'المصدر: العربية.نت - وكالات') and the subheading 'السجن مدى الحياة' dropped; no date of its own in the text", False, """
مصر.. الحكم بإعدام عشماوي مع 37 آخرين في قضايا إرهاب
أصدرت محكمة مصرية اليوم الاثنين أحكاما بإعدام 37 شخصا، من بينهم أحد أبرز المتطرفين في البلاد، بعد إدانتهم بتنفيذ أعمال إرهابية.
وذكرت محكمة جنايات القاهرة أن المتهمين ينتمون إلى فرع تنظيم داعش في شبه جزيرة سيناء.
ومن بين المحكوم عليهم بالإعدام هشام عشماوي، الضابط السابق في الجيش المصري الذي اعتُقل في ليبيا أواخر عام 2018 على أيدي القوات الموالية للجنرال الليبي خليفة حفتر، الحليف الوثيق لمصر.
وكانت محكمة عسكرية قد قضت في نوفمبر/تشرين الثاني بإعدام عشماوي لمشاركته في عشرات الهجمات على أهداف حكومية.
وهؤلاء الرجال من بين أكثر من 200 متهم بتنفيذ ما يزيد على 50 هجوما أسفرت عن مقتل ضباط شرطة، وبتفجيرات استهدفت مديرية أمن القاهرة، وبمحاولة اغتيال وزير الداخلية المصري عام 2013.
كما قضت المحكمة بالسجن مدى الحياة على 61 متهما، وبالسجن مددا تتراوح بين 15 و5 سنوات على 85 آخرين.
ويجوز الطعن في الحكم الصادر اليوم أمام محكمة الاستئناف.
""", [
    ev("beit-maqdis-verdict", "أصدرت محكمة مصرية اليوم الاثنين أحكاما بإعدام 37 شخصا", "2020-03-02", "'اليوم الاثنين' = Mon 2 Mar 2020 (the URL day)"),
    ev("libya-arrest", "الذي اعتُقل في ليبيا أواخر عام 2018", "2018-10-08", "'أواخر عام 2018': captured in Derna on Mon 8 Oct 2018 (another report: 'في 8 أكتوبر/تشرين الأوّل 2018')"),
    ev("military-sentence", "قد قضت في نوفمبر/تشرين الثاني بإعدام عشماوي", MIL[0], "'في نوفمبر/تشرين الثاني' = November 2019 (the military court's sentence; my span the whole month)", end=MIL[1]),
    ev("minister-attempt", "وبمحاولة اغتيال وزير الداخلية المصري عام 2013", "2013-09-05", "'عام 2013': the car bomb against Mohamed Ibrahim of Thu 5 Sep 2013 (outside knowledge)"),
])
art(S, "https://almashareq.com/ar/articles/cnmi_am/features/2020/03/02/feature-03",
    "2020-03-02", "date in the URL '/2020/03/02/' and the body's own 'الاثنين، 2 آذار/مارس' (2 Mar 2020 was a Monday, the day of the verdict); kept as the text's statement of its own date; the truncated last sentence ('وفي تشر...') dropped", True, """
أصدرت محكمة مصرية الاثنين، 2 آذار/مارس، أحكاما بالإعدام على ضابط سابق في القوات الخاصة تحوّل إلى مقاتل إسلامي و36 متطرفا آخرين، لصلتهم بعدد من الهجمات الإرهابية، منها محاولة اغتيال وزير داخلية سابق.
وقضت محكمة الجنايات بالقاهرة بإعدام هشام عشماوي و36 متهما آخرين لارتكابهم 54 جريمة، منها قيادة جماعة إرهابية واستهداف وزير الداخلية آنذاك محمد إبراهيم بتفجير سيارة مفخخة سنة 2013، وفق ما صرح به مصدر قضائي لوكالة الصحافة الفرنسية.
ونجا إبراهيم من الانفجار الذي وقع قرب منزله في القاهرة، بينما أصيب نحو 20 شرطيا ومدنيا.
ويمكن الطعن في أحكام الإعدام.
وكان عشماوي، الذي تلقبه وسائل الإعلام المحلية "المطلوب الأمني الأول"، ضابطا في القوات الخاصة المصرية قبل أن يُعفى في 2012 بسبب آرائه الدينية المتطرفة.
وانضم إلى أنصار بيت المقدس، التي تتخذ من سيناء مقرا لها، ثم انفصل عنها بعد أن أعلنت ولاءها لتنظيم "الدولة الإسلامية" (داعش) في تشرين الثاني/نوفمبر 2014.
وكان قد صدر بحقه حكم بالإعدام في تشرين الثاني/نوفمبر من محكمة عسكرية بسبب دوره في 14 هجوما، منها قتل 22 جنديا في 2014 في المركز الحدودي مع ليبيا.
""", [
    ev("beit-maqdis-verdict", "أصدرت محكمة مصرية الاثنين، 2 آذار/مارس", "2020-03-02", "'الاثنين، 2 آذار/مارس' = Mon 2 Mar 2020"),
    ev("minister-attempt", "بتفجير سيارة مفخخة سنة 2013", "2013-09-05", "'سنة 2013': Thu 5 Sep 2013 (outside knowledge)"),
    ev("dismissal", "قبل أن يُعفى في 2012", "2012-01-01", "'في 2012' = the year 2012", end="2013-01-01"),
    ev("ansar-pledge", "بعد أن أعلنت ولاءها لتنظيم \"الدولة الإسلامية\" (داعش) في تشرين الثاني/نوفمبر 2014", "2014-11-10", "'تشرين الثاني/نوفمبر 2014': Ansar Beit al-Maqdis pledged allegiance on 10 Nov 2014 (outside knowledge; my span 10-13 Nov)", end="2014-11-14"),
    ev("military-sentence", "حكم بالإعدام في تشرين الثاني/نوفمبر من محكمة عسكرية", MIL[0], "'في تشرين الثاني/نوفمبر' = November 2019 (my span the whole month)", end=MIL[1]),
    ev("farafra-attack", "منها قتل 22 جنديا في 2014", "2014-07-19", "'في 2014': the Farafra checkpoint attack of Sat 19 July 2014 (outside knowledge)"),
])
art(S, "https://www.makkahnews.sa/5190722.html",
    "2020-03-04", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الأربعاء' for the announced execution of Hisham Ashmawy, on Wed 4 Mar 2020 (another outlet's stamp: 'الأربعاء، 04 مارس 2020'); no date of its own in the text", False, """
أعلنت وزارة الداخلية المصرية، صباح اليوم الأربعاء، تنفيذ حكم الإعدام في هشام عشماوي، أحد أخطر المتطرفين المطلوبين.
وعشماوي ضابط سابق في الجيش المصري اتُّهم بتدبير عدد من الهجمات الإرهابية على أهداف أمنية ومؤسسات حكومية، منها كمين الفرافرة عام 2014 واغتيال النائب العام هشام بركات عام 2015.
والتحق عشماوي عام 2012 بأنصار بيت المقدس المرتبطة بتنظيم القاعدة، التي نفذت عمليات عديدة ضد قوات الجيش المصري في سيناء، لكنه سرعان ما انشق عنها عام 2015 بعد إعلانها الولاء لتنظيم "داعش".
ثم شكّل عشماوي تنظيمه الخاص المسمى "المرابطون"، واتخذ من ليبيا مقرا له وبقي على ولائه للقاعدة، إلى أن تمكنت عناصر الجيش الوطني الليبي من القبض عليه خلال معركة درنة في 8 أكتوبر/تشرين الأوّل 2018.
وسُلّم عشماوي إلى السلطات المصرية، وصدر بحقه حكم بالإعدام نُفذ اليوم.
""", [
    ev("execution", "أعلنت وزارة الداخلية المصرية، صباح اليوم الأربعاء", "2020-03-04", "'صباح اليوم الأربعاء' = Wed 4 Mar 2020"),
    ev("farafra-attack", "منها كمين الفرافرة عام 2014", "2014-07-19", "'عام 2014': Sat 19 July 2014 (outside knowledge)"),
    ev("barakat-killing", "واغتيال النائب العام هشام بركات عام 2015", "2015-06-29", "'عام 2015': Mon 29 June 2015 (outside knowledge)"),
    ev("libya-arrest", "خلال معركة درنة في 8 أكتوبر/تشرين الأوّل 2018", "2018-10-08", "'8 أكتوبر/تشرين الأوّل 2018' = Mon 8 Oct 2018"),
    ev("handover", "وسُلّم عشماوي إلى السلطات المصرية", "2019-05-28", "no own expression; handed over to Egypt on 28-29 May 2019 (outside knowledge; another report: '28 مايو'; my span 28-29 May)", end="2019-05-30"),
])
art(S, "https://www.soutalomma.com/Article/912443/%D9%8A%D8%A7-%D9%84%D9%8A%D9%84%D8%A9-%D8%A7%D9%84%D8%AB%D8%A3%D8%B1-%D8%A3%D9%86%D9%8A%D8%B3%D8%AA%D9%8A%D9%86%D8%A7-%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D9%87%D8%B4%D8%A7%D9%85-%D8%B9%D8%B4%D9%85%D8%A7%D9%88%D9%8A",
    "2020-03-04", "page stamp 'الأربعاء، 04 مارس 2020 11:38 ص' under the headline (kept as first line, before the headline); 4 Mar 2020 was a Wednesday, the day the execution was announced; an opinion column; the repeated headline, the byline 'طلال رسلان' and the truncated last sentence dropped", True, """
الأربعاء، 04 مارس 2020 11:38 ص
يا ليلة الثأر أنيستينا.. إعدام هشام عشماوي
الآن تهدأ أرواح الشهداء في مراقدها، وتحلّ السكينة على الدماء الطاهرة، وترتدي أمهات الشهداء وزوجاتهم وأبناؤهم ثياب العيد.
مزّق دفاترك القديمة كلها، واكتب لمصر اليوم شعرا يليق بها، وقل ما شئت واحتفل كما شئت، وافتح نوافذ الأمل على مصاريعها، فمصر تثأر لدماء أبنائها ولا صوت يعلو على صوت الحق والعدل، بعد تفجيرات وإرهاب دفع المصريون ثمنهما غاليا من دماء شهدائهم ومستقبل أبنائهم.
«إعدام الإرهابي هشام عشماوي».. نبأ أثلج الصدور، وكتب رسائل جديدة عن بأس الدولة المصرية، بدءا من عملية القبض على الرأس المدبر للعمليات الإرهابية في أحلك الأوقات التي مرت بها مصر، وحتى مواراته التراب.
وأكبر رسائله أن مصر لا تنسى شهداءها، ولا تضيع دماؤهم هدرا، وأن يدها لن تُغلّ عن رقاب أعدائها أينما كانوا ولو بعد حين.
""", [
    ev("execution", "«إعدام الإرهابي هشام عشماوي».. نبأ أثلج الصدور", "2020-03-04", "no own expression; the execution announced on the morning of Wed 4 Mar 2020 (the stamp)"),
    ev("libya-arrest", "بدءا من عملية القبض على الرأس المدبر", "2018-10-08", "no own expression; his capture in Derna on Mon 8 Oct 2018 (outside knowledge; another report: 'في 8 أكتوبر/تشرين الأوّل 2018')"),
])

# ---------------------------------------------------------------- iraq-saddam-hussein-execution-2006
S = "iraq-saddam-hussein-execution-2006"
INVASION = ("1990-08-02", "1991-02-27")  # the Iraqi invasion and occupation of Kuwait
art(S, "https://elaph.com/Web/Politics/2006/12/200887.htm",
    "2006-12-30", "URL month '/2006/12/' and the body's 'اليوم' for Kuwait's welcome of the execution, with Jassem al-Kharafi's 'نحتفل اليوم بعيد الأضحى': Saddam Hussein was hanged at dawn on Sat 30 Dec 2006, the first day of Eid al-Adha in Kuwait, so the item is of that Saturday; the byline 'فهد العامر من الكويت:' dropped, the HTML residue 'quot;' read as quotation marks; the truncated last sentence dropped; no date of its own in the text", False, """
رحبت الكويت رسميا وشعبيا اليوم بتنفيذ حكم الإعدام شنقا بالرئيس العراقي صدام حسين، وعدّته "جزاء عادلا".
وجاء الترحيب الرسمي على لسان رئيس الوزراء بالنيابة الشيخ جابر المبارك، الذي رأى في تنفيذ حكم الإعدام "القصاص العادل".
أما على الصعيد الشعبي، فقد عبّر عنه رئيس مجلس الأمة جاسم الخرافي بقوله: "إن الله يمهل ولا يهمل.. اللهم لا شماتة".
وأضاف الخرافي: "نحن نحتفل اليوم بعيد الأضحى المبارك، وقد أصبح العيد عيدين بعد تنفيذ حكم الإعدام العادل بصدام حسين"، معتبرا أن هذا الحكم بمنزلة "عيد لنا إذ استوفينا حق شهدائنا الأبرار".
واستذكر الخرافي ما ارتكبته يد الغدر الصدامية من جرائم بحق أهل الكويت وشهدائها خلال الغزو عام 1990، معربا عن أمله في أن يكون الحكم "عبرة وعظة لكل من يكون في موقع المسؤولية وتسوّل له نفسه ارتكاب ما ارتكبه الرئيس المخلوع من جرائم بحق أبناء بلده وجيران العراق".
""", [
    ev("kuwait-welcome", "رحبت الكويت رسميا وشعبيا اليوم", "2006-12-30", "'اليوم' = Sat 30 Dec 2006, the day of the execution"),
    ev("execution", "بتنفيذ حكم الإعدام شنقا بالرئيس العراقي صدام حسين", "2006-12-30", "no own expression; hanged at dawn on Sat 30 Dec 2006 (outside knowledge; other reports: 'صباح السبت')"),
    ev("eid-adha", "نحن نحتفل اليوم بعيد الأضحى المبارك", "2006-12-30", "'اليوم' = Sat 30 Dec 2006, the first day of Eid al-Adha 1427 in Kuwait"),
    ev("kuwait-invasion", "خلال الغزو عام 1990", INVASION[0], "'عام 1990': the invasion of 2 Aug 1990 and the occupation until 26 Feb 1991 (outside knowledge)", end=INVASION[1]),
])
art(S, "https://mail.burathanews.com/arabic/news/13361",
    "2006-12-31", "page stamp '08:47:00 2006-12-31' under the headline (kept as first line, before the headline; the view counter '2488' and the rubric 'الأخبار' dropped); 31 Dec 2006 was a Sunday, and the body's 'امس' is the Saturday of the execution; the truncated last sentence dropped", True, """
08:47:00 2006-12-31
الكويت تعتبر صدام «عدو الشعب العراقي والأمتين العربية والإسلامية»
أعربت الكويت أمس عن ارتياحها لإعدام الرئيس العراقي السابق صدام حسين، ووصفته بـ«عدو الشعب العراقي والأمة الإسلامية».
واستقبل الشارع الكويتي نبأ إعدام صدام بالسرور، فيما أعاد الخبر إلى الأذهان جرائم غزو الكويت عام 1990.
ورأى رئيس مجلس الوزراء بالنيابة ووزير الداخلية ووزير الدفاع الشيخ جابر المبارك الصباح أن تنفيذ حكم الإعدام في صدام حسين «شأن عراقي، لكنه قصاص عادل بحق عدو للشعب العراقي وللأمتين العربية والإسلامية».
وأضاف المبارك، في تصريح نقلته وكالة الأنباء الكويتية (كونا)، أن الحكم «قصاص عادل لأنه جاء بعد محاكمة أمام القضاء، وتنفيذه لن يؤثر على المطالبات الكويتية».
أما رئيس مجلس الأمة جاسم الخرافي فوصف الحكم بأنه «عادل، والله يمهل ولا يهمل، اللهم لا شماتة، ونحن نحتفل بعيد الأضحى المبارك وقد أصبح العيد عيدين».
""", [
    ev("kuwait-welcome", "أعربت الكويت أمس عن ارتياحها", "2006-12-30", "'أمس' before Sun 31 = Sat 30 Dec 2006"),
    ev("execution", "لإعدام الرئيس العراقي السابق صدام حسين", "2006-12-30", "no own expression; the hanging at dawn on Sat 30 Dec 2006"),
    ev("kuwait-invasion", "جرائم غزو الكويت عام 1990", INVASION[0], "'عام 1990': 2 Aug 1990 - 26 Feb 1991 (outside knowledge)", end=INVASION[1]),
    ev("eid-adha", "ونحن نحتفل بعيد الأضحى المبارك", "2006-12-30", "no own expression; Kharafi spoke on Sat 30 Dec 2006, the first day of Eid al-Adha in Kuwait"),
])
art(S, "https://amp.dw.com/ar/%D8%AC%D8%AB%D9%85%D8%A7%D9%86-%D8%B5%D8%AF%D8%A7%D9%85-%D8%AD%D8%B3%D9%8A%D9%86-%D9%8A%D9%88%D8%A7%D8%B1%D9%8A-%D8%A7%D9%84%D8%AB%D8%B1%D9%89-%D9%81%D9%8A-%D9%85%D8%B3%D9%82%D8%B7-%D8%B1%D8%A3%D8%B3%D9%87/a-2295788",
    "2006-12-31", "date line '٣١ ديسمبر ٢٠٠٦' under the headline (kept as first line, before the headline); 31 Dec 2006 was a Sunday, the day of the burial ('فجر اليوم الأحد'); the truncated last sentence dropped", True, """
٣١ ديسمبر ٢٠٠٦
جثمان صدام حسين يوارى الثرى في مسقط رأسه
سلّمت السلطات العراقية جثمان الرئيس العراقي السابق صدام حسين إلى زعماء عشيرته، فدُفن اليوم في مسقط رأسه بقرية العوجة قرب تكريت، غداة إعدامه شنقا في بغداد.
وفي الوقت نفسه، بثّ موقع على الإنترنت شريط فيديو يُظهر وقائع شنق الرئيس العراقي السابق يوم السبت، وقد رافقتها هتافات تأييد لخصمه اللدود الزعيم الشيعي مقتدى الصدر.
وقال موسى فرج، أحد أفراد عائلة صدام حسين ممن شاركوا في مراسم الدفن، إن "الرئيس العراقي السابق صدام حسين دُفن الساعة 00,4 (00,1 ت غ) فجر اليوم الأحد في قرية العوجة" القريبة من تكريت (180 كلم شمال بغداد).
وأوضح أن "مئات الأشخاص من أبناء عشيرته ومحافظ صلاح الدين شاركوا في مراسم التشييع، وأن الجثمان دُفن في مبنى مخصص لإقامة مجالس العزاء في وسط قرية العوجة شُيّد إبان حكم صدام حسين".
وروى نائب محافظ صلاح الدين عبد الله حسين جبارة لـ"تلفزيون صلاح الدين" أنه وقّع مع المحافظ والشيخ علي الندا، رئيس العشيرة التي ينتمي إليها صدام، على تسلم الجثة بعد التأكد من أن الرئيس السابق "عومل وفق القانون".
""", [
    ev("burial", "فدُفن اليوم في مسقط رأسه بقرية العوجة", "2006-12-31", "'اليوم' = Sun 31 Dec 2006 (the date line; the body's 'فجر اليوم الأحد', 4 a.m. local time)"),
    ev("execution", "غداة إعدامه شنقا في بغداد", "2006-12-30", "'غداة' the execution: hanged on Sat 30 Dec 2006 (the body's 'يوم السبت')"),
    ev("video-leak", "بثّ موقع على الإنترنت شريط فيديو", "2006-12-30", "no own expression; the unofficial phone video surfaced on the night of Sat 30 to Sun 31 Dec 2006 (my span 30-31 Dec)", end="2007-01-01"),
    ev("body-handover", "على تسلم الجثة", "2006-12-30", "no own expression; the body was handed to the Salahuddin delegation in Baghdad late on Sat 30 Dec and flown to Tikrit that night (my span 30-31 Dec)", end="2007-01-01"),
])
art(S, "http://www.aljazeera.net/news/arabic/2006/12/31/%D8%B5%D8%AF%D8%A7%D9%85-%D9%88%D9%88%D8%B1%D9%8A-%D8%A7%D9%84%D8%AB%D8%B1%D9%89-%D9%84%D9%8A%D9%84%D8%A7-%D9%88%D8%B9%D9%84%D9%89-%D8%B9%D8%AC%D9%84-%D9%88%D9%81%D9%8A%D9%85%D8%A7-%D9%8A%D8%B4%D8%A8%D9%87-%D8%A7%D9%84%D8%B3%D8%B1",
    "2006-12-31", "date in the URL '/2006/12/31/' (a Sunday, the day of the burial); the photo captions ('(الفرنسية)'), the subheadings 'تكريت مغلقة' and 'ساعات الانتظار' and the truncated last sentence dropped; no date of its own in the text", False, """
دُفن صدام حسين (69 عاما) ليلا، على عجل وفي ما يشبه السر، في مسقط رأسه بالعوجة شمالي العراق، بعد 24 ساعة من إعدامه شنقا في عملية صُوّرت بالفيديو وأصبحت مثارا للجدل.
ووُوري صدام الثرى في بيت عزاء تملكه عائلته، ولُفّ قبره بالعلم العراقي، ووضع مئات المشيعين عليه أكاليل الزهور وصورا له، ولا يبعد القبر سوى ثلاثة كيلومترات عن المقبرة التي تضم رفات نجليه عدي وقصي اللذين قُتلا في اشتباك مع الجيش الأميركي في الموصل عام 2003.
وتدفق مئات العراقيين من تكريت المجاورة، حيث أقيم العزاء أولا في "مجمع صدام" رغم حظر التجول، لحضور مراسم التشييع التي أصرت السلطات العراقية والأميركية على ألا تكون بالمستوى اللائق برئيس سابق.
ونقلت مروحية أميركية جثمان صدام حسين من بغداد إلى تكريت بعد ساعات طويلة من الانتظار، بحسب نائب محافظ صلاح الدين عبد الحسين جبارة، الذي قال إنه كان لا بد من انتظار ضوء أخضر أميركي ومن الرئيس جورج بوش شخصيا لنقل الجثمان، بعد أن غُسّل وصُلّي عليه على مقربة من مكتب رئيس الوزراء نوري المالكي.
""", [
    ev("burial", "دُفن صدام حسين (69 عاما) ليلا", "2006-12-31", "no own expression ('ليلا'); buried at about 4 a.m. on Sun 31 Dec 2006 (the URL day; other reports: 'فجر اليوم الأحد')"),
    ev("execution", "بعد 24 ساعة من إعدامه شنقا", "2006-12-30", "'بعد 24 ساعة' before the burial of the early hours of Sun 31 = dawn of Sat 30 Dec 2006"),
    ev("sons-killed", "اللذين قُتلا في اشتباك مع الجيش الأميركي في الموصل عام 2003", "2003-07-22", "'عام 2003': Uday and Qusay were killed in Mosul on Tue 22 July 2003 (outside knowledge)"),
    ev("body-flight", "ونقلت مروحية أميركية جثمان صدام حسين من بغداد إلى تكريت", "2006-12-30", "no own expression; flown on the night of Sat 30 to Sun 31 Dec 2006, before the burial (my span 30-31 Dec)", end="2007-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 239)
                            if i != 201 and i != 233 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
