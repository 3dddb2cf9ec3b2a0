"""Builds stories.jsonl: the 550-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Somalia, Djibouti and the Comoros, in any
domain.
Stories: the capsizing of two migrant boats off Godoria (Obock region, Djibouti, January 2019), the Shabelle
river floods at Beledweyne (Hiran, Somalia, May 2023), and the first round of the Comorian legislative
elections (the Comoros, January 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- djibouti-godoria-migrant-boats-capsize-2019
S = "djibouti-godoria-migrant-boats-capsize-2019"
CAPSIZE = "2019-01-29"                     # the two boats capsized off Godoria on Tue 29 Jan 2019
TOLL43 = "2019-01-30"                      # Wed 30 Jan: 43 dead (38 bodies recovered since the morning + 5 of Tuesday)
TOLL52 = "2019-01-31"                      # Thu 31 Jan: 52 dead
TOLL58 = "2019-02-01"                      # Fri 1 Feb: 58 dead
art(S, "https://alsaa.net/amp/75591/كارثة-القاربين-قبالة-جيبوتي",
    "2019-01-30", "the page's stamp 'نشر في 2019/01/30 الساعة 21:18' (a page header, not kept in the text); the body's 'اليوم الأربعاء' agrees (30 Jan 2019 was a Wednesday); headline kept from the page; the last, truncated quotation of Veerasamy dropped", True, """
كارثة القاربين قبالة جيبوتي.. عدد الضحايا يتخطى 40 شخصا
مدار الساعة - قالت المنظمة الدولية للهجرة، اليوم الأربعاء، إن حصيلة ضحايا غرق قاربين كانا ينقلان مهاجرين قبالة شواطئ جيبوتي، الثلاثاء، وصلت إلى 43، في حين أُنقذ 16 شخصا من الغرق.
وأوضحت بعثة المنظمة في جيبوتي، ومقرها منطقة أوبوك في شمال شرقي البلاد، أن جثث 38 من الضحايا انتُشلت من البحر منذ صباح اليوم الأربعاء، يضاف إليها 5 قتلى (3 رجال وامرأتان) وُجدت جثثهم أمس.
وذكرت المنظمة أن القاربين انقلبا قبالة شواطئ غودوريا، البلدة الصغيرة في منطقة أوبوك، وأن فريقا من الدرك توجه إلى الموقع بعد بلاغ من السكان فعثر على ناجيين، أحدهما شاب عمره 18 عاما، قال إنه كان على متن أحد القاربين برفقة نحو 130 مهاجرا آخرين.
وأفادت لاليني فيراسامي، مديرة بعثة المنظمة في جيبوتي، بأن القاربين المكتظين بمهاجرين معظمهم إثيوبيون أبحرا وسط أمواج عاتية، ثم انقلبا بعد وقت قصير من مغادرة جيبوتي.
وأشارت إلى أن خفر السواحل الجيبوتي مستمرون في البحث عن ناجين، لافتة إلى أن العدد الدقيق للمهاجرين المفقودين غير معروف، باستثناء تقدير المنظمة التقريبي.
""", [
    ev("capsize", "غرق قاربين كانا ينقلان مهاجرين قبالة شواطئ جيبوتي، الثلاثاء", CAPSIZE, "'الثلاثاء' before the Wednesday of the report = Tue 29 Jan 2019"),
    ev("toll-43", "وصلت إلى 43، في حين أُنقذ 16 شخصا من الغرق", TOLL43, "the IOM toll given 'اليوم الأربعاء' = Wed 30 Jan 2019"),
    ev("bodies-38-recovered", "جثث 38 من الضحايا انتُشلت من البحر منذ صباح اليوم الأربعاء", TOLL43, "'منذ صباح اليوم الأربعاء' = Wed 30 Jan 2019"),
    ev("first-five-bodies", "5 قتلى (3 رجال وامرأتان) وُجدت جثثهم أمس", CAPSIZE, "'أمس' from Wed 30 Jan 2019 = Tue 29 Jan (the evening of the capsizing)"),
    ev("two-survivors-found", "فعثر على ناجيين", CAPSIZE, "no own expression; the gendarmes found the two survivors right after the capsizing, on Tue 29 Jan 2019 (the IOM statement of that Tuesday already reported them)"),
    ev("coastguard-search-wednesday", "خفر السواحل الجيبوتي مستمرون في البحث عن ناجين", TOLL43, "no own expression; the search going on on the day of the report, Wed 30 Jan 2019"),
])
art(S, "https://nn.ps/news/international/2019/01/31/195435/",
    "2019-01-31", "the date in the URL (/2019/01/31/); the body's 'اليوم الخميس' agrees (31 Jan 2019 was a Thursday); no headline in the stored text, so it is written from the body", True, """
ارتفاع حصيلة غرق مركبين للمهاجرين قبالة جيبوتي إلى 52 قتيلا
نابلس - النجاح الإخباري - صعدت اليوم الخميس حصيلة غرق مركبين مكدسين بالمهاجرين يوم الثلاثاء الماضي قبالة شواطئ جيبوتي إلى 52 قتيلا على الأقل، بحسب المنظمة الدولية للهجرة.
ونبهت لاليني فيراسامي، رئيسة بعثة المنظمة في جيبوتي، إلى أن عدد ضحايا الغرق قد يتجاوز الرقم المعلن، إذ لا يزال عشرات الأشخاص مفقودين.
وقالت فيراسامي في هذا الشأن: "لا أحد من البشر يستحق هذا المصير.. وعلى الفاعلين وقادة المنطقة كلها أن يتداركوا هذه المآسي التي تودي بحياة الأبرياء".
وتابع رجال الإنقاذ اليوم الخميس البحث عن جثث المفقودين على الشواطئ القريبة من بلدة أوبوك الصغيرة على الساحل الشمالي الشرقي لجيبوتي.
ووقع الحادث الثلاثاء بعد نحو 30 دقيقة من إبحار المركبين في أمواج عاتية من قرية غودوريا الواقعة على بعد عشرات الكيلومترات شمال أوبوك، متجهين إلى اليمن.
""", [
    ev("toll-52", "إلى 52 قتيلا على الأقل", TOLL52, "the toll that rose 'اليوم الخميس' = Thu 31 Jan 2019"),
    ev("capsize", "ووقع الحادث الثلاثاء", CAPSIZE, "'الثلاثاء' (also 'يوم الثلاثاء الماضي') from Thu 31 Jan 2019 = Tue 29 Jan"),
    ev("veerasamy-warning", "ونبهت لاليني فيراسامي", TOLL52, "no own expression; her warning given with the toll of 52, on Thu 31 Jan 2019"),
    ev("search-thursday", "وتابع رجال الإنقاذ اليوم الخميس البحث", TOLL52, "'اليوم الخميس' = Thu 31 Jan 2019"),
])
art(S, "https://www.masress.com/elwatan/3967192",
    "2019-02-01", "no date in the stored text (an El Watan report carried by masress); its toll of 58, announced by the IOM 'اليوم', follows the 52 'في اليوم السابق' (announced on Thu 31 Jan 2019: nn.ps 'اليوم الخميس'), and radioalgerie (URL 20190201) reports the toll of 58 'اليوم الجمعة', so it was published on Fri 1 Feb 2019; no headline in the stored text, so it is written from the body; the last, truncated sentence dropped", False, """
ارتفاع حصيلة قتلى غرق مركبي مهاجرين قبالة جيبوتي إلى 58
صعدت حصيلة ضحايا غرق مركبين مكتظين بالمهاجرين قبالة شواطئ جيبوتي إلى 58 قتيلا، وفق ما أعلنته المنظمة الدولية للهجرة اليوم، وكان الحادث قد وقع الثلاثاء بعد قرابة 30 دقيقة من إبحار المركبين في بحر هائج من قرية غودوريا الجيبوتية نحو اليمن.
وذكرت لاليني فيراسامي، رئيسة بعثة المنظمة في جيبوتي، أن عدد من ثبت مقتلهم في المأساة صعد إلى 58 شخصا، بعدما أُحصي 52 قتيلا في اليوم السابق، وذلك ضمن سلسلة من حوادث غرق مماثلة تقع خلال محاولات يقوم بها في الغالب مهاجرون أفارقة يبحثون عن عمل في الشرق الأوسط.
ولم يُنتشل من القاربين سوى 15 شخصا، أغلبهم إثيوبيون، فيما بقي العدد الكلي للركاب مجهولا، إذ قدّر أحد الناجين أن الزورق الذي كان على متنه حمل 130 شخصا، لكنه عجز عن تقدير عدد ركاب الزورق الثاني، بحسب المنظمة الدولية للهجرة، التي أبدت خشيتها من أن ترتفع حصيلة القتلى أكثر.
وشاهد مراسل لوكالة فرانس برس جثثا في المياه وأخرى مبعثرة على الشاطئ.
""", [
    ev("toll-58", "إلى 58 قتيلا، وفق ما أعلنته المنظمة الدولية للهجرة اليوم", TOLL58, "'اليوم' of a report published on Fri 1 Feb 2019"),
    ev("capsize", "وكان الحادث قد وقع الثلاثاء", CAPSIZE, "'الثلاثاء' before the Friday of the report = Tue 29 Jan 2019"),
    ev("toll-52", "بعدما أُحصي 52 قتيلا في اليوم السابق", TOLL52, "'في اليوم السابق' = the day before Fri 1 Feb 2019 = Thu 31 Jan"),
])

# ---------------------------------------------------------------- somalia-beledweyne-shabelle-floods-2023
S = "somalia-beledweyne-shabelle-floods-2023"
FLOOD = ("2023-05-08", "2023-05-14")       # the Shabelle overflowed at Beledweyne 'earlier this week' (AFP of Sat 13 May): my span Mon 8 - Sat 13 May 2023
STATEMENT = "2023-05-13"                   # Ali Osman Hussein's figure of 200,000 displaced, given to AFP on Sat 13 May 2023
THREE_DEAD = "2023-05-12"                  # deputy governor Hassan Ibrahim's toll of three, Fri 12 May 2023
OCHA = ("2023-05-17", "2023-05-21")        # OCHA's estimate and warning reported by ONA on Sat 20 May: my span Wed 17 - Sat 20 May
art(S, "https://alsomalalyaum.com/41942/amp",
    "2023-05-13", "no date in the stored text; its 'اليوم السبت' names the day of Ali Osman Hussein's statement to AFP, which AFP copies give as Saturday (arabstoday 'لوكالة فرانس برس السبت', khalegy stamped '13 مايو، 2023', marsalqatar 'أمس السبت' the next day), so it was published on Sat 13 May 2023; no headline in the stored text, so it is written from the body", False, """
نزوح نحو 200 ألف شخص بسبب فيضان نهر شيبيل وسط الصومال
أعلن مسؤول إقليمي، اليوم السبت، أن قرابة 200 ألف شخص اضطروا إلى النزوح جراء فيضانات ضربت وسط الصومال إثر فيضان نهر شيبيل.
واضطر سكان بلدة بيليدوين في منطقة حيران إلى ترك منازلهم بعد أن رفعت الأمطار الغزيرة منسوب المياه بشكل حاد، وسار كثيرون منهم في الشوارع التي غمرتها المياه حاملين أمتعتهم فوق رؤوسهم بحثا عن مأوى.
وقال علي عثمان حسين، نائب محافظ منطقة حيران للشؤون الاجتماعية: «حتى الآن نزح نحو 200 ألف شخص بسبب فيضان نهر شيبيل في بلدة بيليدوين».
وتابع حسين: «نبذل كل ما في وسعنا لمساعدة المتضررين»، منبها إلى أن الرقم مرشح للارتفاع في أي لحظة.
وتحل هذه الكارثة في أعقاب موجة جفاف غير مسبوقة وضعت ملايين الصوماليين على حافة المجاعة.
من جهة أخرى، تفقد محمود معلم عبدالله، رئيس الهيئة الوطنية لإدارة الكوارث، أحوال النازحين بسبب الفيضانات التي غمرت عددا من أحياء مدينة بلدوين، حاضرة محافظة هيران.
واجتمع برئيس ولاية هيرشبيلي علي غودلاوي وعدد من مسؤولي المدينة، وبحث معهم سبل التعامل مع الوضع لإنقاذ أرواح السكان.
كما جال رئيس الهيئة، يرافقه مسؤولون محليون وضباط من الجيش، على جسر نور حواد وعدد من أحياء المدينة التي غمرتها المياه وشردت سكانها.
""", [
    ev("displacement-statement", "أعلن مسؤول إقليمي، اليوم السبت", STATEMENT, "'اليوم السبت' = Sat 13 May 2023"),
    ev("beledweyne-flooding", "إثر فيضان نهر شيبيل", FLOOD[0], "no own expression; the overflow at Beledweyne 'earlier this week' (AFP of Sat 13 May 2023): my span Mon 8 - Sat 13 May", end=FLOOD[1]),
    ev("nadma-head-visit", "تفقد محمود معلم عبدالله", "2023-05-11", "no own expression; the visit of the disaster agency's head, reported with the news of Sat 13 May 2023, after the flooding began: my span Thu 11 - Sat 13 May", end="2023-05-14"),
])
art(S, "https://marsalqatar.qa/post/32276/%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D8%A7%D9%84%D8%B5%D9%88%D9%85%D8%A7%D9%84-%D8%AA%D8%B4%D8%B1-%D8%AF-200-%D8%A3%D9%84%D9%81-",
    "2023-05-14", "no date in the stored text; the body's 'أمس السبت' for the statement to AFP of Sat 13 May 2023 gives Sun 14 May 2023 (14 May 2023 was a Sunday); headline rendered from the URL slug", False, """
فيضانات الصومال تشرد 200 ألف
أدى فيضان نهر شيبيل في وسط الصومال، بفعل الأمطار الغزيرة، إلى نزوح قرابة 200 ألف شخص، بحسب ما صرح به مسؤول إقليمي لوكالة الصحافة الفرنسية أمس السبت.
واضطر سكان بلدة بيليدوين في منطقة حيران إلى مغادرة بيوتهم بعد أن رفعت الأمطار الغزيرة منسوب المياه بشدة، فحملوا حاجياتهم على رؤوسهم وهم يجتازون الشوارع المغمورة بحثا عن مأوى.
وأوضح المسؤول المحلي علي عثمان أن أعداد النازحين "قابلة للارتفاع في أي وقت"، مؤكدا أن السلطات تبذل أقصى جهودها لإغاثة المتضررين.
وكان نائب محافظ المنطقة حسن إبراهيم قد أعلن يوم الجمعة الماضي مقتل 3 أشخاص من جراء الفيضانات.
وبحسب وكالة الصحافة الفرنسية، تأتي هذه الكارثة بعد موجة جفاف قياسية دفعت ملايين الصوماليين إلى حافة المجاعة، في وقت تواجه فيه السلطات تمردا يخوضه مقاتلون إسلاميون.
وأشارت الوكالة نفسها إلى أن شرق أفريقيا ووسطها كثيرا ما يشهدان أحوالا جوية قاسية في مواسم الأمطار.
""", [
    ev("displacement-statement", "صرح به مسؤول إقليمي لوكالة الصحافة الفرنسية أمس السبت", STATEMENT, "'أمس السبت' from Sun 14 May 2023 = Sat 13 May"),
    ev("beledweyne-flooding", "أدى فيضان نهر شيبيل في وسط الصومال", FLOOD[0], "no own expression; the overflow 'earlier this week' before Sat 13 May 2023: my span Mon 8 - Sat 13 May", end=FLOOD[1]),
    ev("three-dead-statement", "قد أعلن يوم الجمعة الماضي مقتل 3 أشخاص", THREE_DEAD, "'يوم الجمعة الماضي' from Sun 14 May 2023 = Fri 12 May"),
])
art(S, "https://www.alaraby.com/news/%D8%A7%D9%84%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D8%A3%D8%AE%D8%B1%D8%AC%D8%AA%D9%87%D9%85-%D9%85%D9%86-%D9%85%D9%86%D8%A7%D8%B2%D9%84%D9%87%D9%85-%D8%B3%D9%83%D8%A7%D9%86-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%A8%D9%84%D8%AF%D9%88%D9%8A%D9%86-%D8%A7%D9%84%D8%B5%D9%88%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D8%A8%D8%AD%D8%A7%D9%84-%D8%B5%D8%B9%D8%A8%D8%A9?amp=1",
    "2023-05-18", "the page's date line 'الخميس 18 مايو 2023' under the headline (a page header, not kept in the text); 18 May 2023 was a Thursday; headline kept from the page; the 'Skip to main content' line, the sub-heading 'تركوا كل شيء خلفهم' and the last, truncated sentence dropped", True, """
الفيضانات أخرجتهم من منازلهم.. سكان مدينة بلدوين الصومالية بحال صعبة
ارتفع منسوب نهر شبيلي حتى فاض في مدينة بلدوين الصومالية، فانقلبت حياة سكانها واضطروا إلى الرحيل عنها.
وجرفت مياه الفيضانات البيوت وخرّبت البنية التحتية، وأجبرت ما يقارب مئتي ألف شخص على النزوح، بعدما حصدت أرواح أكثر من عشرين شخصًا حاصرتهم المياه لأيام.
ويقول علي جودلاوي، رئيس ولاية هرشبيلي الصومالية، لـ"العربي": "فرّ سكان المدينة بأنفسهم وأصبحوا الآن بلا طعام أو مأوى، ينامون تحت ظلال الأشجار، ونناشد العالم تقديم إغاثة عاجلة لهم".
ولجأ قرابة 90% من سكان المدينة إلى الأحراش طلبًا لملاذ آمن من مياه الفيضانات، فيما افترشت عشرات الأسر الأرض بعدما عجزت عن العثور على مأوى ملائم أو طعام أو مياه صالحة للشرب.
وتروي المتضررة ديقة عمر أنها نزحت من بلدوين بعدما غمرت المياه المدينة وأخرجت الناس منها، ما ترك المسنين والأطفال في ظروف قاسية بلا غذاء ولا أغطية.
أما النازح الحاج عبد الله فيحكي كيف فرّ من المدينة تاركًا وراءه كل ما يملك وسط المياه، قائلا: "أصبحنا فقراء، عالقين وسط مياه الأمطار والفيضانات، ونطلب المساعدة لمواجهة هذه المأساة".
""", [
    ev("beledweyne-flooding", "ارتفع منسوب نهر شبيلي حتى فاض في مدينة بلدوين الصومالية", FLOOD[0], "no own expression; the overflow of the week of 8 May 2023 (AFP of Sat 13 May: 'earlier this week'): my span Mon 8 - Sat 13 May", end=FLOOD[1]),
    ev("flood-deaths", "بعدما حصدت أرواح أكثر من عشرين شخصًا", FLOOD[0], "no own expression; the deaths of the floods from their start to the report of Thu 18 May 2023 (three by Fri 12 May): my span Mon 8 - Thu 18 May", end="2023-05-19"),
    ev("gudlawi-appeal", "ويقول علي جودلاوي، رئيس ولاية هرشبيلي الصومالية", "2023-05-18", "no own expression; his appeal in al-Araby's report of Thu 18 May 2023 ('الآن'); the interview may have been recorded a day or two before"),
])
art(S, "https://omannews.gov.om/topics/ar/88/show/418027",
    "2023-05-20", "the agency's date line 'مقديشو في 20 مايو /العُمانية/' at the head of the body (kept); the year from the figures of the May 2023 floods (OCHA's 460,000 affected, 219,000 displaced, 22 dead; aletihad carries the same report); no headline in the stored text, so it is written from the body; the last word of the truncated last sentence completed ('للفيضانات')", True, """
الفيضانات في الصومال تطال 460 ألف شخص
مقديشو في 20 مايو /العُمانية/ ذكرت تقديرات لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن الأمطار الموسمية وفيضانات الأنهار التي شهدها الصومال بعد فترة الجفاف طالت ما لا يقل عن 460 ألف شخص، بينهم قرابة 219 ألفا أُجبروا على ترك منازلهم، إضافة إلى وفاة 22 شخصاً.
وهطلت الأمطار الموسمية بكثافة على أقاليم جنوب ووسط الصومال، في وقت كان فيه ثلث الصوماليين يعانون موجة جفاف قاسية.
ففي الأيام الأخيرة، باغتت فيضانات نهر شبيلي سكان مدينة بلدوين بإقليم هيران في ولاية هرشبيلى المحلية، وغمرت مساحة تفوق 20 كيلومترًا مربعًا، ما تسبب في نزوح أكثر من 200 ألف شخص، وفق تقديرات محلية ودولية.
وفضلا عن بلدوين، اجتاحت الفيضانات مدناً وقرى وبلدات في جنوب البلاد ووسطها، وغمرت مياه نهر شبيلي أحياء بلدوين الأربعة و25 قرية وبلدة على ضفاف النهر، فاضطر سكانها إلى النزوح، بحسب وزارة إدارة الكوارث والشؤون الإنسانية في ولاية هيرشبيلي المحلية.
وحذر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في بيان من أن استمرار هطول الأمطار الغزيرة في الصومال والمرتفعات الإثيوبية قد يؤثر سلبًا على حياة نحو 1.6 مليون شخص، وقد يشرد 600 ألف شخص إجمالاً في المناطق المعرضة للفيضانات.
""", [
    ev("ocha-estimate", "ذكرت تقديرات لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", OCHA[0], "no own expression beyond the date line of Sat 20 May 2023; OCHA's latest estimate, published shortly before: my span Wed 17 - Sat 20 May", end=OCHA[1]),
    ev("beledweyne-flooding", "باغتت فيضانات نهر شبيلي سكان مدينة بلدوين", FLOOD[0], "'في الأيام الأخيرة' before Sat 20 May 2023; the overflow of the week of 8 May (AFP of Sat 13 May: 'earlier this week'): my span Mon 8 - Sat 13 May", end=FLOOD[1]),
    ev("ocha-warning", "وحذر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في بيان", OCHA[0], "no own expression; OCHA's statement reported on Sat 20 May 2023, issued shortly before: my span Wed 17 - Sat 20 May", end=OCHA[1]),
])

# ---------------------------------------------------------------- comoros-legislative-elections-2025
S = "comoros-legislative-elections-2025"
VOTE = "2025-01-12"                        # first round of the legislative elections, Sun 12 Jan 2025
RESULTS = "2025-01-14"                     # the CENI's provisional results, the evening of Tue 14 Jan 2025
SECOND = "2025-02-16"                      # second round (runoffs), with the local elections, Sun 16 Feb 2025
art(S, "https://www.maspero.eg/arab-and-world/2025/01/12/835149/%D8%A8%D8%AF%D8%A1-%D8%A7%D9%84%D8%AA%D8%B5%D9%88%D9%8A%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D9%88%D9%84%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%89-%D9%85%D9%86-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D8%B4%D8%B1%D9%8A%D8%B9%D9%8A%D8%A9-%D9%81%D9%8A-%D8%AC%D8%B2%D8%B1-%D8%A7%D9%84%D9%82%D9%85%D8%B1",
    "2025-01-12", "the page's stamp 'الأحد، 12 يناير 2025 08:38 ص' and the URL (/2025/01/12/) (the stamp is a page header, not kept in the text); the body's 'اليوم الأحد' agrees (12 Jan 2025 was a Sunday); an MENA (أ ش أ) report; headline kept from the page; the author box and related links dropped", True, """
بدء التصويت في الجولة الأولى من الانتخابات التشريعية في جزر القمر
توجه قرابة 339 ألف مواطن في جزر القمر، اليوم الأحد، إلى مراكز الاقتراع للإدلاء بأصواتهم في الجولة الأولى من الانتخابات التشريعية، التي يُختار فيها أعضاء الجمعية الوطنية الجديدة بعد رفع عدد مقاعدها إلى 33 مقعدا بموجب قانون أُقر في فبراير الماضي.
ونقل ذلك "راديو فرنسا الدولي"، موضحا أن جولة ثانية من الانتخابات من المقرر تنظيمها في 16 فبراير المقبل، تزامنا مع الانتخابات المحلية.
""", [
    ev("vote-first-round", "إلى مراكز الاقتراع للإدلاء بأصواتهم في الجولة الأولى", VOTE, "'اليوم الأحد' = Sun 12 Jan 2025"),
    ev("seats-law", "بموجب قانون أُقر في فبراير الماضي", "2024-02-01", "'في فبراير الماضي' from Jan 2025 = February 2024 (the month only)", end="2024-03-01"),
    ev("second-round", "جولة ثانية من الانتخابات من المقرر تنظيمها في 16 فبراير المقبل", SECOND, "'16 فبراير المقبل' from Jan 2025 = Sun 16 Feb 2025"),
])
art(S, "https://alakhbar.info/?q=node%2F58440",
    "2025-01-12", "no date in the stored text; its 'اليوم الأحد' for the start of the vote, with 338940 voters, the presidential election of January 2024 and a mandate to 2029, is the first round of Sun 12 Jan 2025 (maspero of that day: 'نحو 339 ألف مواطن ... اليوم الأحد'; alwatwan: 'التي جرت في 12 يناير الجاري'), so it was published on Sun 12 Jan 2025; no headline in the stored text, so it is written from the body", False, """
جزر القمر: بدء التصويت في انتخابات تشريعية وسط مقاطعة المعارضة
الأخبار (نواكشوط) - شرع الناخبون في جزر القمر اليوم الأحد في التصويت في انتخابات تشريعية دُعي إليها 338940 ناخبا، في ظل مقاطعة أحزاب المعارضة الرئيسية التي عبرت عن مخاوفها من "غياب الشفافية عن الاقتراع".
ويتنافس المرشحون على 33 مقعدا برلمانيا موزعة على 33 دائرة انتخابية، مع توقعات بأن يحصد الحزب الحاكم أغلبية واسعة، لا سيما في غياب معارضة ذات وزن.
وتشارك في الانتخابات بعض أحزاب المعارضة، تجنبا لتكرار سيناريو مقاطعة تشريعيات 2020 التي مهدت لصعود حزب الرئيس "التجديد من أجل جزر القمر".
ويتولى حكم جزر القمر، وهي أرخبيل في المحيط الهندي قبالة الساحل الجنوبي الشرقي لإفريقيا، العسكري السابق عزالي عثماني، الذي وصل إلى السلطة أول مرة إثر انقلاب عسكري عام 1999، وفاز في 4 انتخابات منذ سنة 2022، وغادر السلطة عام 2006، ثم عاد إليها سنة 2016.
وكان عثماني قد فاز في آخر انتخابات رئاسية أجريت يناير 2024، ما يسمح له بالبقاء في الحكم حتى عام 2029.
""", [
    ev("vote-first-round", "شرع الناخبون في جزر القمر اليوم الأحد في التصويت", VOTE, "'اليوم الأحد' = Sun 12 Jan 2025"),
    ev("legislative-2020-boycott", "مقاطعة تشريعيات 2020", "2020-01-19", "'تشريعيات 2020' = the legislative elections of 2020, held on Sun 19 Jan (first round) and Sun 23 Feb 2020 (second round): span 19 Jan - 23 Feb 2020", end="2020-02-24"),
    ev("azali-coup-1999", "إثر انقلاب عسكري عام 1999", "1999-04-30", "'عام 1999' = Azali's coup of Fri 30 Apr 1999 (the text gives the year only)"),
    ev("presidential-election-2024", "فاز في آخر انتخابات رئاسية أجريت يناير 2024", "2024-01-14", "'يناير 2024' = the presidential election of Sun 14 Jan 2024 (the text gives the month only)"),
])
art(S, "https://alwatwan.net/edition-arabe/حزب-الاتفاق-لتجديد-جزر-القمر-يكتسح-الانتخابات-التشريعية-بفوزه-بـ29-مقعدًا.html",
    "2025-01-15", "no date in the stored text; the body's 'مساء أمس الثلاثاء' for the provisional results of the elections 'التي جرت في 12 يناير الجاري' (Sun 12 Jan 2025) gives Wed 15 Jan 2025 (the first Tuesday after the vote is 14 Jan; the supreme court's final results followed on Wed 22 Jan); headline kept from the page (its URL says 29 seats, the headline 28); the logo lines and the last, truncated quotation dropped", False, """
حزب الاتفاق لتجديد جزر القمر يكتسح الانتخابات التشريعية بفوزه بـ28 مقعدا
كشفت اللجنة الوطنية المستقلة للانتخابات مساء أمس الثلاثاء عن النتائج المؤقتة للانتخابات التشريعية التي أُجريت في 12 يناير الجاري، وقد أظهرت فوز حزب الاتفاق لتجديد جزر القمر الحاكم بـ28 مقعدًا من أصل 33، على أن تُجرى جولات إعادة في دائرتين انتخابيتين.
ووفقا للمفوضة حسنة بحسان، فإن الحزب الحاكم حقق انتصارًا كبيرًا، بينما لم تُحدَّد بعدُ نسبة المشاركة في الاقتراع.
وبينت النتائج أن الحزب الحاكم حصد المقاعد الخمسة كلها المخصصة لجزيرة موهيلي، وفاز بـ9 مقاعد من أصل 12 في جزيرة أنجوان، إلى جانب فوز مرشح واحد لحزب "البرتقالي" ومرشح مستقل، على أن تُجرى جولة إعادة في دائرة نيوماكيلي 3.
أما في جزيرة القمر الكبرى، فقد نال حزب الاتفاق لتجديد جزر القمر الحاكم 14 مقعدًا من أصل 16، مع جولة إعادة منتظرة في دائرة اتسندرا الجنوبية.
وشدد رئيس اللجنة الوطنية المستقلة للانتخابات، إدريس بن سيد أحمد، على أن النتائج المؤقتة تعبر عن إرادة الشعب بدقة وشفافية.
""", [
    ev("provisional-results", "كشفت اللجنة الوطنية المستقلة للانتخابات مساء أمس الثلاثاء", RESULTS, "'مساء أمس الثلاثاء' from Wed 15 Jan 2025 = Tue 14 Jan"),
    ev("vote-first-round", "للانتخابات التشريعية التي أُجريت في 12 يناير الجاري", VOTE, "'12 يناير الجاري' = Sun 12 Jan 2025"),
    ev("second-round", "على أن تُجرى جولات إعادة في دائرتين انتخابيتين", SECOND, "no own expression; the runoffs belong to the second round set for Sun 16 Feb 2025 (maspero: 'في 16 فبراير المقبل')"),
    ev("ceni-head-statement", "وشدد رئيس اللجنة الوطنية المستقلة للانتخابات، إدريس بن سيد أحمد", RESULTS, "no own expression; his remarks to the press at the announcement of the results, the evening of Tue 14 Jan 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 550
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
