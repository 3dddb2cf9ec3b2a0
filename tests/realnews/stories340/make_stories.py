"""Builds stories.jsonl: the 340-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: international sanctions on Arab countries, companies and
persons: sanctions imposed, extended or lifted, asset freezes, travel bans and delistings.
Stories: the US Treasury's Magnitsky sanctions on Gebran Bassil (Lebanon, November 2020), the US sanctions on
Falih al-Fayyadh, head of the Popular Mobilization Forces (Iraq, January 2021), the US sanctions on Abdel Fattah
al-Burhan (Sudan, January 2025), the removal of Ali Abdullah Saleh and his son Ahmed from the UN 2140 sanctions
list (Yemen, July-August 2024), and the first UN sanctions on six migrant smugglers and traffickers in Libya
(Libya, June 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-bassil-magnitsky-sanctions-2020
S = "lebanon-bassil-magnitsky-sanctions-2020"
SANCT = "2020-11-06"                       # OFAC designated Gebran Bassil under E.O. 13818 (Global Magnitsky) on Fri 6 Nov 2020
SPEECH = "2020-11-08"                      # Bassil's televised answer, Sun 8 Nov 2020
art(S, "https://stepsport.net/public/ar/2020/11/06/%d8%ac%d8%a8%d8%b1%d8%a7%d9%86-%d8%a8%d8%a7%d8%b3%d9%8a%d9%84-%d9%8a%d8%b1%d8%af-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%b9%d9%82%d9%88%d8%a8%d8%a7%d8%aa-%d8%a7%d9%84%d8%a3%d9%85%d8%b1%d9%8a%d9%83%d9%8a",
    "2020-11-06", "date in the URL '/2020/11/06/' (6 Nov 2020 was a Friday); the body's 'اليوم الجمعة' agrees; headline written from the body (the stored text has none); the inner sub-heading and the link to the tweet dropped, the tweet shortened to its first two sentences; the last, truncated sentence completed with the second minister's name (Ali Hassan Khalil, sanctioned with Youssef Fenianos on 8 Sep 2020); no date of its own in the text", False, """
الخزانة الأمريكية تفرض عقوبات على جبران باسيل بموجب قانون ماغنيتسكي
كشفت وزارة الخزانة الأمريكية، اليوم الجمعة، عن فرضها عقوبات على جبران باسيل، وزير الخارجية اللبناني الأسبق، استنادا إلى قانون "ماغنيتسكي".
وكانت صحيفة "وول ستريت جورنال" قد ذكرت أن إدارة واشنطن تتجه إلى معاقبة المسؤول اللبناني جبران باسيل، سعيا إلى تقليص نفوذ ميليشيا حزب الله داخل السلطة في لبنان.
ويُعد باسيل، صهر الرئيس اللبناني ورئيس "التيار الوطني الحر"، من أبرز الحلفاء المسيحيين لحزب الله في لبنان.
وما إن أُعلنت العقوبات حتى ردّ باسيل في تغريدة على تويتر كتب فيها: "لا العقوبات أخافتني ولا الوعود أغرتني.. لا أنقلب على أي لبناني ولا أنقذ نفسي ليهلك لبنان".
ويتزامن فرض هذه العقوبات مع المساعي التي يبذلها رئيس الحكومة الأسبق سعد الحريري، المكلف، لتأليف الحكومة اللبنانية.
ومنذ نحو أسبوعين، وغداة تكليف الرئيس سعد الحريري بتشكيل الحكومة، صرّح ديفيد شينكر، مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى، بأن واشنطن "ستواصل فرض العقوبات على حزب الله وحلفائه اللبنانيين والمتورطين في الفساد".
وسبق أن وضعت وزارة الخزانة الأمريكية بوقت سابق الوزيرين السابقين يوسف فنيانوس وعلي حسن خليل على قائمة العقوبات.
""", [
    ev("treasury-sanctions-bassil", "كشفت وزارة الخزانة الأمريكية، اليوم الجمعة، عن فرضها عقوبات على جبران باسيل", SANCT, "'اليوم الجمعة' = Fri 6 Nov 2020 (URL date)"),
    ev("wsj-report", "وكانت صحيفة \"وول ستريت جورنال\" قد ذكرت", SANCT, "no own expression (pluperfect); the WSJ report came out earlier the same Friday, 6 Nov 2020 (syria-press: 'وفي وقت سابق الجمعة')"),
    ev("bassil-tweet", "ردّ باسيل في تغريدة على تويتر", SANCT, "'ما إن أُعلنت العقوبات' = right after the announcement of Fri 6 Nov 2020 (the tweet is dated November 6, 2020)"),
    ev("schenker-statement", "صرّح ديفيد شينكر، مساعد وزير الخارجية الأمريكي", "2020-10-22", "'منذ نحو أسبوعين، وغداة تكليف الرئيس سعد الحريري' from Fri 6 Nov: Hariri was designated on Thu 22 Oct 2020, 'غداة' = Fri 23 Oct; my span 22-23 Oct 2020", end="2020-10-24"),
    ev("khalil-fenianos-sanctions", "وضعت وزارة الخزانة الأمريكية بوقت سابق الوزيرين السابقين", "2020-09-08", "'بوقت سابق' (no date); Fenianos and Khalil were designated on Tue 8 Sep 2020 (outside knowledge)"),
])
art(S, "https://yemenalghad.net/89369",
    "2020-11-06", "the body's 'اليوم الجمعة 6 نوفمبر/تشرين الثاني' (kept; 6 Nov 2020 was a Friday) and the event itself (announced that day); headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
واشنطن تعاقب صهر الرئيس اللبناني بسبب صلته بحزب الله
أعلنت وزارة الخزانة الأمريكية في بيان أصدرته اليوم الجمعة 6 نوفمبر/تشرين الثاني فرض عقوبات على جبران باسيل، أحد أبرز السياسيين في لبنان.
وأوضحت الوزارة، في البيان الذي نشرته على موقعها الرسمي، أن العقوبات طالت باسيل، رئيس "التيار الوطني الحر" وصهر الرئيس اللبناني ميشال عون.
ولم تكشف الوزارة الأمريكية الأسباب التي دفعتها إلى معاقبة باسيل.
وكانت صحيفة "وول ستريت جورنال" الأمريكية قد أفادت، في تقرير سابق، بأن إدارة واشنطن ستعاقب المسؤول اللبناني البارز سعيا إلى الحد من نفوذ "حزب الله" في السلطة اللبنانية.
ونقلت الصحيفة عن مصدر مطلع أن وزارة الخزانة ووزير الخارجية مايك بومبيو وافقا على العقوبات، وأن بومبيو يُتوقع أن يعلن عنها في وقت لاحق من اليوم الجمعة.
وفي هذا السياق، أكد باسيل، وزير الخارجية اللبناني السابق وزعيم "التيار الوطني الحر"، أن العقوبات التي فرضتها عليه الولايات المتحدة اليوم الجمعة "لا تخيفه".
وكتب باسيل في تغريدة على حسابه الرسمي في "تويتر": "لا العقوبات أخافتني ولا الوعود أغرتني".
""", [
    ev("treasury-sanctions-bassil", "في بيان أصدرته اليوم الجمعة 6 نوفمبر/تشرين الثاني فرض عقوبات على جبران باسيل", SANCT, "'اليوم الجمعة 6 نوفمبر/تشرين الثاني' = Fri 6 Nov 2020"),
    ev("wsj-report", "قد أفادت، في تقرير سابق، بأن إدارة واشنطن ستعاقب", SANCT, "'في تقرير سابق' = earlier the same Friday, 6 Nov 2020 (syria-press: 'وفي وقت سابق الجمعة')"),
    ev("pompeo-approval", "وزير الخارجية مايك بومبيو وافقا على العقوبات", SANCT, "no own expression; Pompeo approved and signed the designation on the morning of Fri 6 Nov 2020 (marsadnews: 'وافق على العقوبات ووقعها صباحاً'); my reading of the same day"),
    ev("bassil-tweet", "وكتب باسيل في تغريدة على حسابه الرسمي", SANCT, "the answer to the sanctions 'اليوم الجمعة' = Fri 6 Nov 2020"),
])
art(S, "https://syria-press.com/%D9%84%D9%84%D9%81%D8%B3%D8%A7%D8%AF-%D9%88%D8%AF%D8%B9%D9%85-%D8%AD%D8%B2%D8%A8-%D8%A7%D9%84%D9%84%D9%87-%D9%88%D8%A7%D8%B4%D9%86%D8%B7%D9%86-%D8%AA%D9%81%D8%B1%D8%B6-%D8%B9%D9%82%D9%88%D8%A8",
    "2020-11-07", "no date line on the stored page; the body's 'في بيان أمس الجمعة' about the designation of Fri 6 Nov 2020 gives Sat 7 Nov 2020; the tag 'سيريا برس _ انباء سوريا' dropped; headline written from the body; the tweet shortened by its last sentence; the last, truncated words dropped; no date of its own in the text", False, """
واشنطن تجمد أصول جبران باسيل بتهم الفساد ودعم حزب الله
عاقبت وزارة الخزانة الأميركية ماليا جبران باسيل، وزير الخارجية اللبناني السابق وصهر الرئيس ميشيل عون، بتهم تتصل بالفساد ومساندة "حزب الله".
وأوضحت الوزارة في بيان أمس الجمعة أنها جمدت جميع أصول باسيل في الولايات المتحدة، وطلبت من المصارف اللبنانية التي تتعامل بالدولار الأميركي تجميد كل أصوله في لبنان.
وذكر وزير الخزانة الأمريكية ستيفن منوتشين أن العقوبات جاءت بسبب تورط باسيل في الفساد وعلاقاته مع "حزب الله".
وأضاف منوتشين أن الفساد الممنهج في النظام السياسي اللبناني، الذي يجسده باسيل، أسهم في تقويض أسس حكومة فعالة.
في المقابل، ردّ باسيل على القرار عبر حسابه الموثق على تويتر قائلا: "لا العقوبات أخافتني ولا الوعود أغرتني. لا أنقلب على أي لبناني. ولا أنقذ نفسي ليهلك لبنان".
وفي وقت سابق الجمعة، نقلت صحيفة "وول ستريت جورنال" أن الولايات المتحدة تتأهب لفرض عقوبات على باسيل بسبب دعمه "حزب الله".
وأشارت الصحيفة، نقلا عن مسؤول أميركي وشخص آخر قالت إنه مطلع على خطة العقوبات، إلى أن واشنطن تستعد لمعاقبة باسيل، الذي وصفته بـ"الحليف القوي"، لمساعدته حليفه الرئيسي.
""", [
    ev("treasury-sanctions-bassil", "عاقبت وزارة الخزانة الأميركية ماليا جبران باسيل", SANCT, "no own expression in the sentence; 'في بيان أمس الجمعة' (next sentence) from Sat 7 Nov = Fri 6 Nov 2020"),
    ev("asset-freeze-order", "أنها جمدت جميع أصول باسيل في الولايات المتحدة", SANCT, "'في بيان أمس الجمعة' from Sat 7 Nov = Fri 6 Nov 2020"),
    ev("mnuchin-statement", "وذكر وزير الخزانة الأمريكية ستيفن منوتشين", SANCT, "no own expression; Mnuchin's words are in the Treasury release of Fri 6 Nov 2020"),
    ev("bassil-tweet", "ردّ باسيل على القرار عبر حسابه الموثق على تويتر", SANCT, "no own expression; the tweet of Fri 6 Nov 2020, right after the announcement"),
    ev("wsj-report", "نقلت صحيفة \"وول ستريت جورنال\" أن الولايات المتحدة تتأهب", SANCT, "'وفي وقت سابق الجمعة' = earlier on Fri 6 Nov 2020"),
])
art(S, "https://masrtimes.com/16694",
    "2020-11-08", "page time stamp 'الأحد 08/نوفمبر/2020 - 01:18 م' (kept as second line; 8 Nov 2020 was a Sunday); the body's 'اليوم' agrees with Bassil's televised speech of Sun 8 Nov 2020; headline kept from the page (re-worded)", True, """
باسيل يصف العقوبات الأمريكية بـ"الجائرة" ويؤكد أن دوافعها سياسية
الأحد 08/نوفمبر/2020 - 01:18 م
أكد جبران باسيل، السياسي اللبناني البارز وصهر الرئيس ميشال عون، اليوم أن العقوبات التي فرضتها عليه الولايات المتحدة جائرة وتحركها دوافع سياسية، وأنها فُرضت بعد أن رفض قطع علاقته بجماعة حزب الله حمايةً للبنان.
ورفض باسيل، في كلمة بثها التلفزيون، اتهامات واشنطن له بالفساد، قائلا إن "هذه العقوبة هي الظلم بعينه ورح أقاومه، ورح ادّعي بالضرر اللاحق في من وراها".
وكانت الولايات المتحدة قد عاقبت باسيل، الذي يتزعم أكبر تكتل سياسي في لبنان، يوم الجمعة، متهمة إياه بالفساد وبإقامة صلات مع حزب الله الذي تعده واشنطن جماعة إرهابية.
""", [
    ev("bassil-speech", "اليوم أن العقوبات التي فرضتها عليه الولايات المتحدة جائرة", SPEECH, "'اليوم' = Sun 8 Nov 2020 (time stamp)"),
    ev("treasury-sanctions-bassil", "وكانت الولايات المتحدة قد عاقبت باسيل", SANCT, "'يوم الجمعة' before Sun 8 Nov = Fri 6 Nov 2020"),
])

# ---------------------------------------------------------------- iraq-fayyadh-pmf-sanctions-2021
S = "iraq-fayyadh-pmf-sanctions-2021"
SANCT = "2021-01-08"                       # OFAC designated Falih al-Fayyadh under E.O. 13818 on Fri 8 Jan 2021
MOFA = "2021-01-09"                        # the Iraqi foreign ministry's statement, Sat 9 Jan 2021
TISHREEN = ("2019-10-01", "2020-01-01")    # the October 2019 protests and their repression in the last months of 2019
art(S, "https://ajel.sa/international/zwgchq",
    "2021-01-08", "no date line on the stored page; the body's 'اليوم الجمعة' about the designation announced on Fri 8 Jan 2021 gives that Friday; headline written from the body; the trailing 'اقرأ أيضًا:' dropped; no date of its own in the text", False, """
واشنطن تفرض عقوبات على رئيس الحشد الشعبي فالح الفياض
أفادت وزارة الخزانة الأمريكية، اليوم الجمعة، بأنها فرضت عقوبات على فالح الفياض رئيس الحشد الشعبي في العراق، متهمة إياه بتسهيل هجمات إرهابية وانتهاك حقوق الإنسان.
وذكر مكتب مراقبة الأصول الأجنبية التابع للوزارة أنه عاقب، اليوم، رئيس هيئة الحشد الشعبي ومستشار الأمن القومي السابق بسبب صلته بانتهاكات جسيمة لحقوق الإنسان خلال تظاهرات نوفمبر 2019.
وقالت الخزانة الأمريكية في بيانها إن «عناصر من الحشد الشعبي متحالفة مع إيران اعتدت على مدنيين عراقيين خرجوا للتظاهر ضد الفساد والبطالة والركود الاقتصادي وتردي الخدمات العامة والتدخل الإيراني في شؤون العراق الداخلية».
وأشارت إلى أن الفياض كان عضوا في خلية أزمة شُكلت أواخر عام 2019 من قادة ميليشيات الحشد الشعبي أساسا، بهدف قمع الاحتجاجات العراقية بدعم من فيلق القدس التابع للحرس الثوري الإيراني.
""", [
    ev("treasury-sanctions-fayyadh", "أفادت وزارة الخزانة الأمريكية، اليوم الجمعة، بأنها فرضت عقوبات", SANCT, "'اليوم الجمعة' = Fri 8 Jan 2021"),
    ev("tishreen-protests", "خلال تظاهرات نوفمبر 2019", TISHREEN[0], "'نوفمبر 2019' names a month of the protests that began on 1 Oct 2019; the key spans their repression, Oct-Dec 2019 (my span)", end=TISHREEN[1]),
    ev("pmf-attacks-on-protesters", "اعتدت على مدنيين عراقيين خرجوا للتظاهر", TISHREEN[0], "no own expression; the attacks during the protests of October-December 2019 (my span)", end=TISHREEN[1]),
    ev("crisis-cell-formed", "خلية أزمة شُكلت أواخر عام 2019", TISHREEN[0], "'أواخر عام 2019' = the last months of 2019, after the protests began in October (my span Oct-Dec 2019)", end=TISHREEN[1]),
])
art(S, "https://iqiraq.news/political/print:page,1,8284--.html",
    "2021-01-09", "the body's 'السبت (9 كانون الثاني 2021)' and the page stamp '9-01-2021, 15:29' (both kept; 9 Jan 2021 was a Saturday); headline kept from the page (re-worded); the source link and 'العودة للخلف' dropped", True, """
الخارجية العراقية تبدي استغرابها من العقوبات الأميركية على الفياض
بغداد - IQ
وصفت وزارة الخارجية العراقية، السبت (9 كانون الثاني 2021)، العقوبات التي فرضتها وزارة الخزانة الأميركية على رئيس هيئة الحشد الشعبي فالح الفياض بأنها "مفاجأة غير مقبولة".
وعبّرت الوزارة، في بيان تلقاه موقع IQ NEWS، عن استغرابها من القرار.
وشددت على أنها "ستُتابع بعناية مع الإدارةِ الحالية والجديدة في واشنطن جميع القرارات الصادرة عن وزارة الخزانة الامريكيّة بحقِّ أسماءٍ عراقيّة والعمل على معالجة تبعاتِ ذلك".
وكانت وزارة الخزانة الأميركية قد أعلنت، امس الجمعة (8 كانون الثاني 2021)، معاقبة رئيس هيئة الحشد الشعبي العراقي فالح الفياض بسبب ما سمته صلته بـ"انتهاكات خطيرة لحقوق الإنسان".
9-01-2021, 15:29
""", [
    ev("iraqi-mofa-statement", "وصفت وزارة الخارجية العراقية، السبت (9 كانون الثاني 2021)", MOFA, "'السبت (9 كانون الثاني 2021)' = Sat 9 Jan 2021"),
    ev("treasury-sanctions-fayyadh", "قد أعلنت، امس الجمعة (8 كانون الثاني 2021)، معاقبة", SANCT, "'امس الجمعة (8 كانون الثاني 2021)' = Fri 8 Jan 2021"),
])
art(S, "https://www.alalam.ir/news/5379126",
    "2021-01-09", "page date line 'السبت ٠٩ يناير ٢٠٢١ - ١٠:٢٠ بتوقيت غرينتش' (kept in Arabic-Indic digits; 9 Jan 2021 was a Saturday); the tags 'شاهد..' and 'العالم - خاص بالعالم' dropped; headline kept from the page (re-worded); the first sentence (a lead repeated in the body) merged; the last, truncated sentence dropped", True, """
واشنطن تعاقب رئيس هيئة الحشد الشعبي
السبت ٠٩ يناير ٢٠٢١ - ١٠:٢٠ بتوقيت غرينتش
أقرت وزارة الخزانة الاميركية عقوبات على فالح الفياض، رئيس هيئة الحشد الشعبي في العراق، تقضي بمصادرة كل أمواله في الولايات المتحدة.
ولا تترك الإدارة الأميركية، وهي تعيش ايامها الاخيرة، أي فرصة للضغط على خصومها، إذ جاءت العقوبات الجديدة هذه المرة لتطال رئيس هيئة الحشد الشعبي. وذكرت وزارة الخزانة أنها عاقبت الفياض بتهمة ارتكاب انتهاكات خطيرة لحقوق الإنسان خلال الاحتجاجات التي خرجت في العراق مطالبة بتحسين ظروف المعيشة. ولم تبين الوزارة في بيانها تفاصيل اتهاماتها، وهو ما يوحي بأن القرار يأتي في سياق مساع أميركية سابقة لاستهداف قادة عراقيين قاتلوا جماعة داعش الإرهابية.
وصرح قيادي في الحشد الشعبي العراقي بأن العقوبات الأميركية لن تؤثر في الفياض أو في أي من قادة الحشد، لأنهم لا يملكون أصولا مالية في الولايات المتحدة أو في الدول التي تدور في فلكها.
""", [
    ev("treasury-sanctions-fayyadh", "أقرت وزارة الخزانة الاميركية عقوبات على فالح الفياض", SANCT, "no own expression; the designation of Fri 8 Jan 2021, reported the next morning (Sat 9 Jan 10:20 GMT)"),
    ev("tishreen-protests", "خلال الاحتجاجات التي خرجت في العراق", TISHREEN[0], "no own expression; the protests of October 2019 and their repression to the end of 2019 (my span)", end=TISHREEN[1]),
    ev("pmf-leader-no-impact", "وصرح قيادي في الحشد الشعبي العراقي", SANCT, "no own expression; a reaction after the announcement of Fri 8 Jan and before the report of Sat 9 Jan 10:20 GMT (my span 8-9 Jan 2021)", end="2021-01-10"),
])
art(S, "https://syria-nass.org/?p=1424",
    "2021-01-09", "no date line on the stored page; the body's 'أمس الجمعة' about the designation of Fri 8 Jan 2021 gives Sat 9 Jan 2021; the source tag 'بلدي نيوز' dropped; headline written from the body; the last, truncated clause dropped; no date of its own in the text", False, """
الخزانة الأمريكية تعاقب فالح الفياض الوسيط بين بغداد ودمشق
أصدرت وزارة الخزانة الأمريكية، أمس الجمعة، قرارا بمعاقبة فالح الفياض الذي يترأس "هيئة الحشد الشعبي" في العراق.
ويُعرف الفياض بدوره وسيطا ينقل الرسائل المتكررة من الحكومة العراقية إلى نظام الأسد، وآخرها في 26 من آب/أغسطس، حين حمل رسالة من رئيس الحكومة العراقية مصطفى الكاظمي إلى رئيس النظام السوري بشار الأسد.
كما نقل الفياض في كانون الأول 2018 ونيسان 2019 وتشرين الأول 2019 رسائل من رئيس الحكومة الأسبق عادل عبد المهدي إلى بشار الأسد.
وبحسب قرار الخزانة الأمريكية، فإن مكتب مراقبة الأصول الأجنبية (OFAC) التابع للوزارة عاقب "فالح الفياض" لارتباطه "بانتهاكات خطيرة لحقوق الإنسان" خلال المظاهرات العراقية التي بدأت في تشرين الأول 2019.
وبيّن القرار كذلك أن العقوبات تشمل كل ممتلكات الفياض ومصالحه الموجودة في الولايات المتحدة أو التي في حوزة أشخاص أمريكيين أو تحت سيطرتهم.
والفياض من مواليد بغداد عام 1956، وقد تخرج في كلية الهندسة الكهربائية بجامعة الموصل عام 1977، ويرأس هيئة "الحشد الشعبي" منذ 2014، كما أسس (حركة عطاء) ويرأسها.
وكان الكاظمي قد أعفى الفياض، في 4 من تموز الماضي، من منصبي رئيس جهاز الأمن الوطني ومستشار الأمن الوطني.
""", [
    ev("treasury-sanctions-fayyadh", "أصدرت وزارة الخزانة الأمريكية، أمس الجمعة، قرارا بمعاقبة", SANCT, "'أمس الجمعة' from Sat 9 Jan = Fri 8 Jan 2021"),
    ev("kadhimi-message-to-assad", "حين حمل رسالة من رئيس الحكومة العراقية مصطفى الكاظمي", "2020-08-26", "'في 26 من آب/أغسطس', the last message before January 2021 = Wed 26 Aug 2020"),
    ev("tishreen-protests", "خلال المظاهرات العراقية التي بدأت في تشرين الأول 2019", TISHREEN[0], "'بدأت في تشرين الأول 2019' = from 1 Oct 2019; the key spans Oct-Dec 2019 (my span)", end=TISHREEN[1]),
    ev("fayyadh-dismissed-by-kadhimi", "قد أعفى الفياض، في 4 من تموز الماضي", "2020-07-04", "'في 4 من تموز الماضي' from January 2021 = Sat 4 Jul 2020"),
])

# ---------------------------------------------------------------- sudan-burhan-us-sanctions-2025
S = "sudan-burhan-us-sanctions-2025"
SANCT = "2025-01-16"                       # OFAC designated Abdel Fattah al-Burhan under E.O. 14098 on Thu 16 Jan 2025
HEMEDTI = "2025-01-07"                     # Hemedti designated, and the RSF genocide determination, Tue 7 Jan 2025
art(S, "https://180-news.com/ar/news/%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA-%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A%D8%A9-%D8%B6%D8%AF-%D8%A7%D9%84%D8%A8%D8%B1%D9%87%D8%A7%D9%86-%D9%88%D9%84%D9%82%D8%A7%D8%A1-%D9%85%D8%B5%D8%B1%D9%8A-%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A-%D9%84%D8%A8%D8%AD%D8%AB-%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%A5%D8%B9%D9%85%D8%A7%D8%B1",
    "2025-01-16", "page time stamp '16 يناير 2025, 4:46:46 م' (kept as second line; 16 Jan 2025 was a Thursday); the body's 'اليوم الخميس' agrees; headline kept from the page (re-worded); the weather widget, the sub-headings and the last, truncated quotation dropped", True, """
واشنطن تتجه لمعاقبة البرهان.. ولقاء مصري سوداني حول إعادة الإعمار
16 يناير 2025, 4:46:46 م
أفادت وكالة "رويترز"، اليوم الخميس، نقلا عن مصادر مطلعة، بأن الولايات المتحدة تنوي فرض عقوبات مالية على عبد الفتاح البرهان، رئيس مجلس السيادة السوداني وقائد الجيش.
وترمي العقوبات، وفق المصادر، إلى الضغط على طرفي النزاع في السودان، الجيش وقوات الدعم السريع، لحملهما على العودة إلى "مسار حكم بقيادة مدنية".
وتأتي هذه الخطوة عقب إجراءات اتخذتها واشنطن هذا الشهر بحق محمد حمدان دقلو (حميدتي)، قائد قوات الدعم السريع.
ولم يعلق الجيش السوداني على هذه الأنباء، فيما لم تستجب وزارتا الخارجية والخزانة الأميركيتان لطلبات "رويترز" بالتعليق.
وبالتزامن مع ذلك، وصل البرهان، اليوم الخميس، إلى مدينة ود مدني التي استعادها الجيش مؤخرًا بعد عام من خضوعها لسيطرة قوات الدعم السريع.
وفي كلمة نقلتها قناة "الجزيرة"، تطرق البرهان إلى العقوبات الدولية قائلا: "أي عقوبات تفرض علينا مقابل خدمة البلد فنحن نرحب بها".
""", [
    ev("reuters-report", "أفادت وكالة \"رويترز\"، اليوم الخميس، نقلا عن مصادر مطلعة", SANCT, "'اليوم الخميس' = Thu 16 Jan 2025 (time stamp)"),
    ev("hemedti-sanctions", "عقب إجراءات اتخذتها واشنطن هذا الشهر بحق محمد حمدان دقلو", HEMEDTI, "'هذا الشهر' = January 2025: Hemedti was designated on Tue 7 Jan 2025 (saqraljidyanews: 'بتاريخ 7 يناير/ كانون الثاني الجاري')"),
    ev("burhan-in-wad-madani", "وصل البرهان، اليوم الخميس، إلى مدينة ود مدني", SANCT, "'اليوم الخميس' = Thu 16 Jan 2025"),
    ev("wad-madani-recaptured", "التي استعادها الجيش مؤخرًا", "2025-01-11", "'مؤخرًا'; the army retook Wad Madani on Sat 11 Jan 2025 (outside knowledge)"),
    ev("burhan-welcomes-sanctions", "تطرق البرهان إلى العقوبات الدولية", SANCT, "no own expression; his words in Wad Madani on Thu 16 Jan 2025, before the designation (sahafati: 'وفي وقت سابق من اليوم الخميس')"),
])
art(S, "https://sahafati.com/sd/ar/frame/7030/312330813",
    "2025-01-16", "dateline 'بورتسودان، 16 يناير 2025' (kept; 16 Jan 2025 was a Thursday); the photo caption dropped; headline written from the body; the paragraph split into sentences and the last, truncated quotation closed after 'استخفاف بالغ' with its object taken from the statement", True, """
الحكومة السودانية ترفض العقوبات الأمريكية على البرهان
بورتسودان، 16 يناير 2025 – رفضت الحكومة السودانية بقوة العقوبات التي فرضتها الولايات المتحدة على قائد الجيش عبد الفتاح البرهان، واعتبرتها استخفافًا بالشعب السوداني.
وكان مكتب مراقبة الأصول الأجنبية في وزارة الخزانة الأميركية قد عاقب، الخميس، البرهان ومعه أحد موردي السلاح للجيش وشركة يملكها.
وذكر المكتب أن القوات المسلحة بقيادة البرهان نفذت هجمات دامية على المدنيين، منها غارات جوية على مدارس وأسواق ومستشفيات، وأنها عرقلت وصول المساعدات الإنسانية واستخدمت التجويع سلاحا في الحرب.
وفي وقت سابق من اليوم الخميس، أكد البرهان استعدادهم لمواجهة أي عقوبات أمريكية محتملة في سبيل مصلحة البلاد.
وخلافا للعقوبات التي فرضتها واشنطن على محمد حمدان "حميدتي" قائد الدعم السريع، لا تشمل العقوبات على البرهان منعه من دخول الولايات المتحدة.
ونددت وزارة الخارجية السودانية بالقرار الأمريكي، مؤكدة رفضها معاقبة القائد العام للجيش لأن القرار "يفتقر لأبسط أسس العدالة والموضوعية، ويستند إلى ذرائع واهية لا صلة لها بالواقع"، ورأت، في بيان صدر مساء الخميس، أنه ينطوي على "استخفاف بالغ" بالشعب السوداني.
""", [
    ev("sudan-mofa-statement", "رفضت الحكومة السودانية بقوة العقوبات", SANCT, "the dateline 16 Jan 2025; the statement was issued 'مساء الخميس' = the evening of Thu 16 Jan 2025"),
    ev("treasury-sanctions-burhan", "قد عاقب، الخميس، البرهان ومعه أحد موردي السلاح", SANCT, "'الخميس' = Thu 16 Jan 2025 (dateline)"),
    ev("burhan-welcomes-sanctions", "وفي وقت سابق من اليوم الخميس، أكد البرهان استعدادهم", SANCT, "'في وقت سابق من اليوم الخميس' = Thu 16 Jan 2025"),
    ev("hemedti-sanctions", "التي فرضتها واشنطن على محمد حمدان \"حميدتي\"", HEMEDTI, "no own expression; Hemedti's designation of Tue 7 Jan 2025 (outside knowledge)"),
])
art(S, "https://ethiomonitor.net/12319",
    "2025-01-17", "date line 'الجمعة 17 يناير 2025' (kept; 17 Jan 2025 was a Friday); the outlet tag 'الراصد الإثيوبي -أديس أبابا' reduced to the city; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
الحكومة السودانية تندد بعقوبات الخزانة الأمريكية على البرهان
أديس أبابا
الجمعة 17 يناير 2025
أعلنت حكومة السودان، في بيان، رفضها العقوبات التي أقرتها وزارة الخزانة الأمريكية على رئيس مجلس السيادة السوداني الفريق أول ركن عبد الفتاح البرهان.
ووفق البيان، فإن القرار يفتقد لأبسط أسس العدالة والموضوعية ويقوم على ذرائع واهية لا علاقة لها بالواقع.
وتابع البيان أن القرار ينطوي كذلك على استخفاف بالغ بالشعب السوداني الذي يقف كله خلف البرهان بوصفه رمزا لسيادته وقواته المسلحة وقائدا جسورا لمعركة الكرامة في مواجهة عصابات الجنجويد الإرهابية.
ورأى البيان أن من الغريب صدور هذا القرار المشبوه بعد أن انتهت الإدارة الأمريكية إلى أن مليشيا الدعم السريع ترتكب جرائم إبادة جماعية في السودان.
وأشار إلى أن قرار الإدارة الأمريكية، قبيل انتهاء تفويضها بأيام، معاقبة القائد العام للقوات المسلحة التي تذود عن الشعب السوداني في وجه مخطط الإبادة الجماعية لا يعكس سوى التخبط وضعف حس العدالة.
وأضاف أن القرار المعيب لا يمكن تبريره بادعاء الحياد، لأنه يعني عمليا مساندة مرتكبي الإبادة الجماعية.
""", [
    ev("sudan-mofa-statement", "أعلنت حكومة السودان، في بيان، رفضها العقوبات", SANCT, "no own expression; the statement of the evening of Thu 16 Jan 2025 (sahafati: 'في بيان صدر مساء الخميس'), reported on Fri 17"),
    ev("treasury-sanctions-burhan", "العقوبات التي أقرتها وزارة الخزانة الأمريكية على رئيس مجلس السيادة", SANCT, "no own expression; the designation of Thu 16 Jan 2025"),
    ev("rsf-genocide-determination", "انتهت الإدارة الأمريكية إلى أن مليشيا الدعم السريع ترتكب جرائم إبادة جماعية", HEMEDTI, "no own expression; Blinken's genocide determination of Tue 7 Jan 2025 (outside knowledge)"),
    ev("biden-mandate-ends", "قبيل انتهاء تفويضها بأيام", "2025-01-20", "'قبيل انتهاء تفويضها بأيام': the Biden administration's term ended on Mon 20 Jan 2025"),
])
art(S, "https://www.arabkhabar.com/a/4028343",
    "2025-01-20", "page stamp 'تاريخ النشر: 20th, January 2025 GMT' (not kept; 20 Jan 2025 was a Monday); the credit 'متابعات ــ تاق برس' and the tag lists dropped; headline kept from the page (re-worded); no date of its own in the text", False, """
سفير السودان في واشنطن يرد على العقوبات الأمريكية على البرهان
أكد سفير السودان لدى الولايات المتحدة محمد عبد الله إدريس أن العقوبات الأمريكية المفروضة على الفريق أول ركن عبد الفتاح البرهان، رئيس مجلس السيادة الانتقالي وقائد الجيش السوداني، "لا تستند إلى أدلة موثوقة".
وأوضح، في تصريح لقناة العربية، أن المعطيات التي تملكها واشنطن عن السودان "خاطئة"، وأنه لا يجوز وضع البرهان وحميدتي في خانة واحدة.
ووصف السفير ما حدث بأنه خطوة متعجلة ولا مبرر لها، مضيفا أن "القرار استند إلى سرد معلومات مغلوطة بدلا من حقائق ميدانية أو وثائق رسمية".
وكانت إدارة بايدن قد فرضت الخميس عقوبات على البرهان.
ولفت السفير إلى أن إدارة بايدن عاقبت البرهان بدل أن تتحمل مسؤولية إخفاقها في وقف الحرب.
""", [
    ev("ambassador-statement", "أكد سفير السودان لدى الولايات المتحدة محمد عبد الله إدريس", "2025-01-17", "no own expression; said after the designation of Thu 16 Jan and by the page stamp of Mon 20 Jan 2025 (my span 17-20 Jan)", end="2025-01-21"),
    ev("treasury-sanctions-burhan", "وكانت إدارة بايدن قد فرضت الخميس عقوبات على البرهان", SANCT, "'الخميس' before Mon 20 Jan = Thu 16 Jan 2025"),
])

# ---------------------------------------------------------------- yemen-saleh-un-delisting-2024
S = "yemen-saleh-un-delisting-2024"
REMOVAL = "2024-07-30"                     # the 2140 Committee removed the two entries on Tue 30 Jul 2024 (UN press release)
ANNOUNCED = ("2024-07-30", "2024-08-01")   # made public by the UN and announced in Yemen on Wed 31 Jul 2024
LISTED = ("2014-11-07", "2015-04-15")      # Ali Abdullah Saleh listed 7 Nov 2014, Ahmed Ali 14 Apr 2015
art(S, "https://okaz.com.sa/ampArticle/2167079",
    "2024-08-01", "no date line on the stored page; the body's 'في وقت متأخر أمس (الأربعاء)' (the page has the typo 'في قت'; corrected) about the announcement of Wed 31 Jul 2024 gives Thu 1 Aug 2024 (Okaz is a morning paper); the byline 'أحمد الشميري (جدة)' dropped; headline kept from the page (re-worded); the last, truncated clause dropped; no date of its own in the text", False, """
الأمم المتحدة ترفع اسم الرئيس اليمني السابق ونجله من قائمتها السوداء
أعلنت لجنة العقوبات في مجلس الأمن الدولي، في وقت متأخر أمس (الأربعاء)، شطب اسمي الرئيس الراحل علي عبدالله صالح ونجله أحمد من قائمة العقوبات الدولية.
وذكرت الأمم المتحدة، في بيان نشرته على موقعها الإلكتروني، أن لجنة العقوبات المنشأة بموجب القرار 2140 حذفت القيود الخاصة بالرئيس الراحل علي عبدالله صالح ونجله أحمد علي من قائمة الأفراد والكيانات الخاضعين للعقوبات.
وأعرب العميد أحمد علي عبدالله صالح، نجل الرئيس الراحل، عن شكره لرئيس مجلس القيادة الرئاسي وأعضائه على جهودهم الحثيثة طيلة الفترة الماضية، مقدرا دورهم في رفع اسمه واسم والده من لائحة العقوبات الأممية.
ورحب بالقرار مجلس القيادة الرئاسي وأنصار الرئيس الراحل وعموم اليمنيين، لا سيما أن عائلة صالح وحزبه جزء أصيل من الشرعية الدستورية وشركاء حقيقيون في دعم استعادة الدولة بكل مؤسساتها.
وتحولت منصات التواصل الاجتماعي الليلة الماضية إلى ساحة فرح بين أنصار صالح الذين تبادلوا التهاني، ورأوا في القرار انتصارا لحقهم في العودة إلى الحياة السياسية.
""", [
    ev("delisting-announced", "أعلنت لجنة العقوبات في مجلس الأمن الدولي، في وقت متأخر أمس (الأربعاء)", ANNOUNCED[0], "'في وقت متأخر أمس (الأربعاء)' from Thu 1 Aug = late on Wed 31 Jul 2024 (Yemen/Saudi time); the UN release dates the removal 30 Jul (New York), so the span is 30-31 Jul", end=ANNOUNCED[1]),
    ev("committee-removal", "حذفت القيود الخاصة بالرئيس الراحل", REMOVAL, "no own expression; the UN statement dates the removal by the 2140 Committee 'في 30 يوليو/تموز 2024' (yemennownews, shuaanews) = Tue 30 Jul 2024"),
    ev("ahmed-ali-thanks", "عن شكره لرئيس مجلس القيادة الرئاسي وأعضائه", "2024-07-31", "no own expression; his thanks after the announcement of Wed 31 Jul, reported on Thu 1 Aug (my span 31 Jul - 1 Aug 2024)", end="2024-08-02"),
    ev("social-media-celebrations", "وتحولت منصات التواصل الاجتماعي الليلة الماضية", "2024-07-31", "'الليلة الماضية' in a paper of Thu 1 Aug = the night of Wed 31 Jul to Thu 1 Aug 2024", end="2024-08-02"),
])
art(S, "https://barran.press/news/topic/4185",
    "2024-08-01", "page date line 'الخميس 1 أغسطس 2024' (kept; 1 Aug 2024 was a Thursday; the relative 'منذ 3 أشهر' of the crawl dropped) and the body's 'الخميس 1 أغسطس/آب 2024'; the photo caption and 'برّان برس - وحدة الرصد' dropped; headline kept from the page (re-worded); the last sentence (Barakani's quote, repeated) shortened", True, """
علي محسن والبركاني وبن دغر يهنئون برفع العقوبات عن أحمد علي ووالده
الخميس 1 أغسطس 2024
هنأ نائب رئيس الجمهورية السابق علي محسن صالح الأحمر، الخميس 1 أغسطس/آب 2024، بقرار لجنة العقوبات التابعة لمجلس الأمن الدولي رفع اسمي السفير السابق أحمد علي عبدالله صالح ووالده الرئيس الأسبق من قائمة العقوبات الأممية.
وكتب علي محسن في تدوينة قصيرة على حسابه في منصة "إكس": "نهنئ ونبارك قرار رفع العقوبات عن الشهيد الزعيم علي عبدالله صالح، رحمه الله، ونجله الأخ السفير/ أحمد علي عبدالله صالح".
من جهته، وصف رئيس مجلس النواب اليمني سلطان البركاني شطب اسمي صالح ونجله أحمد من قائمة العقوبات بأنه "يوم مشهود" و"بداية لتصحيح أخطاء وقعت".
وقال البركاني في بيان نشره على حسابه في "إكس": "يوم مشهود أن يعود الحق إلى نصابه وينصف الرجل الذي أعطى شبابه وحياته مقاتلاً جمهورياً وقائداً محنكاً ورجل دولة".
""", [
    ev("ali-mohsen-congratulates", "هنأ نائب رئيس الجمهورية السابق علي محسن صالح الأحمر، الخميس 1 أغسطس/آب 2024", "2024-08-01", "'الخميس 1 أغسطس/آب 2024' = Thu 1 Aug 2024"),
    ev("committee-removal", "بقرار لجنة العقوبات التابعة لمجلس الأمن الدولي رفع اسمي", REMOVAL, "no own expression; the removal of Tue 30 Jul 2024 (UN statement)"),
    ev("barakani-statement", "وصف رئيس مجلس النواب اليمني سلطان البركاني", "2024-07-31", "no own expression; after the announcement of Wed 31 Jul and by the report of Thu 1 Aug (my span)", end="2024-08-02"),
])
art(S, "https://alsahil.net/news32972.html",
    "2024-08-01", "page time stamp '11:06 2024/08/01' (kept as second line; 1 Aug 2024 was a Thursday); the credit 'الساحل الغربي - خاص' dropped; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
ترحيب واسع بشطب اسمي الرئيس الراحل صالح ونجله أحمد من قائمة العقوبات الأممية
11:06 2024/08/01
أعلنت لجنة العقوبات في مجلس الأمن الدولي رفع اسمي الرئيس اليمني الراحل علي عبدالله صالح ونجله أحمد من قائمة العقوبات المفروضة عليهما منذ نحو 10 سنوات، في قرار جاء ثمرة جهود رئاسية يمنية وبدعم من السعودية والإمارات.
وعبّر العميد الركن طارق صالح، نائب رئيس مجلس القيادة الرئاسي، عن شكره لكل من أسهم في هذا الإنجاز، مثنيا على دور مجلس القيادة ومساندة الأشقاء في السعودية والإمارات، ومؤكدا أن القرار يتوج جهودا متواصلة منذ عام 2014 لرفع العقوبات وأنه انتصار للعدالة ولروح الزعيم الشهيد. وقال: "نترحم على روح الزعيم الشهيد، وتهانينا للأخ أحمد علي، وهي موصولة لكل من ناضل في سبيل ذلك منذ 2014."
من جهته، هنأ الشيخ عثمان مجلي، نائب رئيس مجلس القيادة الرئاسي، السفير أحمد علي عبدالله صالح في اتصال هاتفي بشطب اسمه واسم والده من لائحة العقوبات الأممية، معربا عن سعادته بالإعلان، ودعا إلى توحيد الصف وتضافر الجهود لاستعادة الوطن وهزيمة الانقلاب الحوثي.
""", [
    ev("delisting-announced", "أعلنت لجنة العقوبات في مجلس الأمن الدولي رفع اسمي", ANNOUNCED[0], "no own expression; the announcement of 30-31 Jul 2024 (UN release of 30 Jul, made public in Yemen on Wed 31 Jul)", end=ANNOUNCED[1]),
    ev("original-listing", "المفروضة عليهما منذ نحو 10 سنوات", LISTED[0], "'منذ نحو 10 سنوات' = the listings of Fri 7 Nov 2014 (Ali Abdullah Saleh) and Tue 14 Apr 2015 (Ahmed Ali)", end=LISTED[1]),
    ev("tariq-saleh-thanks", "وعبّر العميد الركن طارق صالح، نائب رئيس مجلس القيادة الرئاسي", "2024-07-31", "no own expression; Tariq Saleh's post on X of Wed 31 Jul 2024 (arabi21: 'وقال طارق صالح ... الأربعاء')"),
    ev("mujalli-call", "هنأ الشيخ عثمان مجلي", "2024-07-31", "no own expression; between the announcement of Wed 31 Jul and the report of Thu 1 Aug 11:06 (my span)", end="2024-08-02"),
])
art(S, "https://arabkhabar.com/a/3007089",
    "2024-08-03", "page stamp 'تاريخ النشر: 3rd, August 2024 GMT' (not kept; 3 Aug 2024 was a Saturday); the body's 'السبت' agrees; headline kept from the page (re-worded); Ahmed Ali's long quotation shortened to its first clause; the last, truncated sentence dropped; no date of its own in the text", False, """
أحمد علي: رفع العقوبات إنصاف لشخص الزعيم ومواقفه
رأى السفير أحمد علي عبدالله صالح أن قرار رفع العقوبات يرد الاعتبار لشخص الزعيم الشهيد علي عبدالله صالح ومواقفه، ويمثل انتصارا للحق والعدالة اللذين طالما سعى إليهما وطالب بهما.
وأكد السفير مجددا، في كلمة ألقاها السبت، أنه سيظل من دعاة السلام والخير، وسيدعم كل خطوة تعزز التقارب والتفاهم بين القوى والفعاليات العاملة لمصلحة الوطن والشعب ولبناء دولة يمنية متماسكة يعيش في ظلها الجميع بكرامة وحرية وعدالة ومواطنة متساوية، وتتعايش بسلام مع أشقائها وجيرانها والعالم.
وقال: "كما نؤكد اليوم مجدداً بأننا سنظل أوفياء لتلك المبادئ وحريصين من أجل أن يسود السلام ربوع وطننا والمنطقة والعالم".
ووجه السفير أحمد علي شكره الجزيل لرئيس مجلس القيادة الرئاسي وأعضائه ولمجلس النواب والحكومة، وخص بالشكر عضو مجلس القيادة قائد المقاومة الوطنية العميد طارق محمد عبد الله صالح ووزير الخارجية الدكتور شايع محسن الزنداني.
""", [
    ev("ahmed-ali-speech", "في كلمة ألقاها السبت", "2024-08-03", "'السبت' = Sat 3 Aug 2024 (page stamp)"),
    ev("committee-removal", "أن قرار رفع العقوبات يرد الاعتبار", REMOVAL, "no own expression; the removal of Tue 30 Jul 2024"),
])

# ---------------------------------------------------------------- libya-migrant-smugglers-un-sanctions-2018
S = "libya-migrant-smugglers-un-sanctions-2018"
LISTING = "2018-06-07"                     # the Libya Sanctions Committee listed the six on Thu 7 Jun 2018
CNN = "2017-11-14"                         # CNN's footage of migrants auctioned as slaves in Libya, Tue 14 Nov 2017
REGIME = "2011-02-26"                      # resolution 1970 set up the Libya sanctions committee, Sat 26 Feb 2011
art(S, "https://alarab.co.uk/%D9%81%D8%B1%D8%B6-%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA-%D8%A3%D9%85%D9%85%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-%D8%B3%D8%AA%D8%A9-%D9%85%D9%86-%D9%82%D8%A7%D8%AF%D8%A9-%D8%B4%D8%A8%D9%83%D8%A7%D8%AA-%D8%A7%D9%84%D8%A7%D8%AA%D8%AC%D8%A7%D8%B1-%D8%A8%D8%A7%D9%84%D8%A8%D8%B4%D8%B1-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7",
    "2018-06-08", "page date line 'الجمعة 2018/06/08' (kept, after the headline and the sub-heading; 8 Jun 2018 was a Friday); the body's 'الخميس' agrees; the photo caption dropped; the lead sentence and its longer repetition in the body joined into one; the last, truncated quotation closed", True, """
عقوبات أممية على ستة من زعماء شبكات الاتجار بالبشر في ليبيا
عقوبات أممية غير مسبوقة في تاريخ الأمم المتحدة تستهدف قادة من مهربي المهاجرين في ليبيا، بعد تأخير سببه طلب روسيا مهلة لمراجعة الوثائق.
الجمعة 2018/06/08
نيويورك- أقر مجلس الأمن الدولي، الخميس، عقوبات على ستة أشخاص يقودون شبكات تنشط في ليبيا في الاتجار بالبشر وتهريب المهاجرين، بعدما أسقطت روسيا تحفظها على طلب التحرك ضدهم، في خطوة هي الأولى من نوعها في تاريخ الأمم المتحدة.
وأوضح دبلوماسي أن روسيا "رفعت تحفظاتها على اقتراح هولندا ادراج ستة افراد على قائمة الاشخاص المعاقبين"، لافتا إلى أن "العقوبات تسري فورا".
وسارعت نيكي هايلي، المندوبة الدائمة للولايات المتحدة لدى الأمم المتحدة، إلى الترحيب بالعقوبات الجديدة.
وقالت السفيرة الأميركية في بيان: "في الخريف الماضي اهتزت ضمائرنا عندما شاهدنا صورا لمهاجرين يباعون كعبيد في ليبيا، وقد تعهّد مجلس الامن يومها التحرك"، مضيفة أن "العقوبات التي فرضت اليوم ترسل رسالة واضحة بأن المجتمع الدولي متّحد".
""", [
    ev("un-listing", "أقر مجلس الأمن الدولي، الخميس، عقوبات على ستة أشخاص", LISTING, "'الخميس' before Fri 8 Jun = Thu 7 Jun 2018"),
    ev("russia-lifts-hold", "بعدما أسقطت روسيا تحفظها", "2018-06-06", "no own expression; Russia dropped its hold just before the listing of Thu 7 Jun 2018 (my span 6-7 Jun)", end="2018-06-08"),
    ev("haley-statement", "وسارعت نيكي هايلي", LISTING, "no own expression; 'سرعان' after the listing of Thu 7 Jun 2018 ('العقوبات التي فرضت اليوم' in her statement)"),
    ev("slave-auction-footage", "عندما شاهدنا صورا لمهاجرين يباعون كعبيد في ليبيا", CNN, "'في الخريف الماضي' = autumn 2017: CNN's footage was broadcast on Tue 14 Nov 2017 (outside knowledge)"),
])
art(S, "http://alkhaleejonline.net/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA-%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-6-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%84%D8%A7%D8%AA%D9%91%D9%90%D8%AC%D8%A7%D8%B1%D9%87%D9%85-%D8%A8%D8%A7%D9%84%D8%A8%D8%B4%D8%B1-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7",
    "2018-06-08", "page time stamp 'الجمعة، 08-06-2018 الساعة 09:30' (kept; 8 Jun 2018 was a Friday); the body's 'أمس الخميس' agrees; the share buttons, the credit 'الخليج أونلاين' and the 'اقرأ أيضاً' link dropped; headline and sub-heading kept (re-worded); the last, truncated sentence dropped", True, """
عقوبات دولية على ستة متورطين في الاتجار بالبشر في ليبيا
واشنطن ترى في الخطوة جزءا من جهد دولي لمحاسبة المتورطين
الجمعة، 08-06-2018 الساعة 09:30
واشنطن
أقر مجلس الأمن الدولي، أمس الخميس، عقوبات على ستة أشخاص بسبب "تورّطهم في الاتّجار بالبشر في ليبيا"، في خطوة عدّتها واشنطن "جزءاً من جهد دولي أكبر لمحاسبة المتورّطين في تهريب المهاجرين والاتّجار بهم".
وأوضحت نيكي هيلي، المندوبة الأمريكية لدى الأمم المتحدة، أن لجنة العقوبات التابعة لمجلس الأمن أدرجت ستة أفراد على لائحتها "لمشاركتهم في الاتّجار بالبشر وتهريب المهاجرين في ليبيا"، من غير أن تكشف أسماءهم.
وأشارت في بيان إلى أن هذه "هي المرة الأولى التي يتم فيها إدراج أسماء أفراد على لجنة العقوبات الليبية، منذ عام 2011".
وبحسب البيان، فإن العقوبات "تستند إلى التعاون الوثيق بين الولايات المتحدة وهولندا وفرنسا والمملكة المتحدة وألمانيا، وإلى المشاركة الأمريكية مع حكومة الوفاق الوطني الليبية"، التي أبدت عزمها على التشدد في مواجهة أنشطة تهريب المهاجرين والاتجار بهم.
""", [
    ev("un-listing", "أقر مجلس الأمن الدولي، أمس الخميس، عقوبات على ستة أشخاص", LISTING, "'أمس الخميس' from Fri 8 Jun = Thu 7 Jun 2018"),
    ev("haley-statement", "وأوضحت نيكي هيلي، المندوبة الأمريكية لدى الأمم المتحدة", LISTING, "no own expression; Haley's statement on the listing of Thu 7 Jun 2018"),
    ev("libya-sanctions-committee-created", "على لجنة العقوبات الليبية، منذ عام 2011", REGIME, "'منذ عام 2011': the Libya sanctions committee was set up by resolution 1970 on Sat 26 Feb 2011 (outside knowledge)"),
])
art(S, "https://arraedlg.net/2018/06/09/%d9%81%d8%b1%d9%86%d8%b3%d8%a7-%d8%aa%d8%b4%d9%8a%d8%af-%d8%a8%d8%a7%d9%84%d8%b9%d9%82%d9%88%d8%a8%d8%a7%d8%aa-%d8%a7%d9%84%d9%85%d9%81%d8%b1%d9%88%d8%b6%d8%a9-%d8%b9%d9%84%d9%89-%d9%85%d9%87%d8%b1",
    "2018-06-09", "date in the URL '/2018/06/09/' (9 Jun 2018 was a Saturday); the body's 'السبت' agrees; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
فرنسا تشيد بالعقوبات المفروضة على مهربي البشر في ليبيا
رحبت وزارة الخارجية الفرنسية، السبت، بالعقوبات الفردية التي فرضها مجلس الأمن على أشخاص "متورطين في الاتجار بالبشر وتهريب المهاجرين في ليبيا".
وذكرت الخارجية الفرنسية، في بيان نشرته على موقعها الرسمي، أن القرار الذي اتخذه مجلس الأمن بالإجماع يكشف عزم المجتمع الدولي على التصدي لعمليات الاتجار بالبشر "المشينة" التي تحصد أرواحا بشرية.
وأوضحت الوزارة أن هذه الأنشطة تغذي اقتصادا "قائمًا على الإجرام" وتهدد استقرار ليبيا وجيرانها ودول أوروبا المتوسطية، مشددة على وجوب "عدم إفلات مرتكبي هذه الجرائم من العقاب".
وكانت لجنة العقوبات الخاصة بليبيا في مجلس الأمن قد فرضت، الخميس، عقوبات على مصعب أبو قرين ومحمد كشلاف وعبد الرحمن ميلاد والفيتوري عبد الرزاق وأحمد الدباشي و"إيرمياس جيرماي" بسبب تورطهم في تهريب المهاجرين من ليبيا إلى أوروبا.
""", [
    ev("france-welcome", "رحبت وزارة الخارجية الفرنسية، السبت", "2018-06-09", "'السبت' = Sat 9 Jun 2018 (URL date)"),
    ev("un-listing", "قد فرضت، الخميس، عقوبات على مصعب أبو قرين", LISTING, "'الخميس' before Sat 9 Jun = Thu 7 Jun 2018"),
])
art(S, "https://almarsad.co/2018/06/09/%d9%85%d9%86%d8%af%d9%88%d8%a8%d8%a9-%d8%a3%d9%85%d8%b1%d9%8a%d9%83%d8%a7-%d8%a8%d8%a7%d9%84%d8%a3%d9%85%d9%85-%d8%a7%d9%84%d9%85%d8%aa%d8%ad%d8%af%d8%a9-%d8%aa%d9%87%d8%b1%d9%8a%d8%a8-%d8%a7%d9%84/?share=twitter",
    "2018-06-09", "date in the URL '/2018/06/09/' (9 Jun 2018 was a Saturday); the place tag 'ليبيا –' dropped; headline kept from the page (re-worded); the last, truncated quotation closed; no date of its own in the text", False, """
واشنطن: تهريب البشر والاتجار بهم خطر على السلام والاستقرار في ليبيا
أعلنت نيكي هايلي، مندوبة الولايات المتحدة لدى الأمم المتحدة، أن لجنة العقوبات الخاصة بليبيا في مجلس الأمن الدولي أدرجت ستة أفراد على قائمتها بسبب ضلوعهم في الاتجار بالبشر وتهريب المهاجرين في ليبيا.
ورأت هايلي، في بيان نشره الموقع الرسمي للسفارة الأمريكية في ليبيا، أن هذه التصنيفات تندرج في جهد دولي أشمل لمحاسبة المتورطين في تهريب المهاجرين والاتجار بهم، بما يهدد السلام والأمن والاستقرار في ليبيا.
ولفتت إلى أن هذه الأسماء هي أول دفعة من الأفراد تدرجها لجنة العقوبات المعنية بليبيا منذ عام 2011، وأنها ثمرة تعاون وثيق بين الولايات المتحدة وهولندا وفرنسا والمملكة المتحدة وألمانيا.
وبيّنت المندوبة الأمريكية أن العقوبات تقوم على الشراكة الأمريكية مع حكومة الوفاق التي أكدت عزمها على اتخاذ إجراءات صارمة بحق أنشطة تهريب المهاجرين والاتجار بهم.
وقالت هايلي: "في الخريف الماضي، هزّت ضمائرنا صور المهاجرين الذين يباعون كعبيد في ليبيا وتعهد مجلس الأمن باتخاذ إجراء حول ذلك واليوم تبعث هذه العقوبات برسالة قوية".
""", [
    ev("haley-statement", "أعلنت نيكي هايلي، مندوبة الولايات المتحدة لدى الأمم المتحدة", LISTING, "no own expression; Haley's statement of Thu 7 Jun 2018 ('واليوم تبعث هذه العقوبات' in it)"),
    ev("un-listing", "أدرجت ستة أفراد على قائمتها", LISTING, "no own expression; the listing of Thu 7 Jun 2018"),
    ev("libya-sanctions-committee-created", "تدرجها لجنة العقوبات المعنية بليبيا منذ عام 2011", REGIME, "'منذ عام 2011': the committee set up by resolution 1970 on Sat 26 Feb 2011"),
    ev("slave-auction-footage", "هزّت ضمائرنا صور المهاجرين الذين يباعون كعبيد", CNN, "'في الخريف الماضي' = autumn 2017: CNN's footage of Tue 14 Nov 2017"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 340
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
