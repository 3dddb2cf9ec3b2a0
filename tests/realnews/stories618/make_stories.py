"""Builds stories.jsonl: the 618-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: landmines and unexploded ordnance killing civilians or
shepherds, and demining (Yemen, Libya, Syria, Iraq, Western Sahara).
Stories: the war-remnant blast that killed eight children of the al-Toumi family at al-Tuwaybiya (Warshefana,
al-Jafara, Libya, December 2021); the ordnance blast that killed three displaced children of the al-Mashqafa camp
(Tuban, Lahj, Yemen, February 2024); the two landmines that killed a shepherd and wounded his brother at Ain Issa
in Jabal al-Turkman (Latakia countryside, Syria, March 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-jafara-tuwaybiya-war-remnant-children-2021
S = "libya-jafara-tuwaybiya-war-remnant-children-2021"
BLAST = "2021-12-17"                       # the shell exploded in the al-Toumi house at al-Tuwaybiya on Fri 17 Dec 2021
WAR2014 = ("2014-01-01", "2015-01-01")     # "the wars since 2014" / "حرب ألفين وأربعة عشر": the year 2014
KONI = (BLAST, "2021-12-19")               # al-Koni's tweet: Fri 17 or Sat 18 Dec 2021
art(S, "https://libyaschannel.com/2021/12/18/%d8%a7%d9%84%d8%b7%d9%88%d9%8a%d8%a8%d9%8a%d8%a9-%d8%aa%d9%88%d8%af%d8%b9-%d8%b2%d9%87%d8%b1%d8%a7%d8%aa%d9%87%d8%a7-%d8%a7%d9%84%d8%ab%d9%85%d8%a7%d9%86%d9%8a%d8%a9-%d9%81%d9%8a-%d9%81%d8%a7%d8%ac",
    "2021-12-18", "no date line in the stored text; the permalink's /2021/12/18/ (a WordPress post date) gives Sat 18 Dec 2021, and the body's 'أمس' for the blast of Fri 17 Dec agrees (alsaaa24, also of 18 Dec: 'قالت وزارة الداخلية أمس'); the body names no weekday or date, so the text alone does not state its day; headline kept from the page", False, """
الطويبية تودع زهراتها الثمانية .. في فاجعة أدمت قلوب الليبيين
أطفالنا، قطع من أكبادنا، هم في كل مرة من يسددون ثمن نزوات الكبار وأحلامهم.
فقد نزلت الفاجعة بمنطقة الطويبية بورشفانة أمس، ونزلت معها بليبيا كلها، برحيل ثمانية أطفال في انفجار قذيفة من مخلفات حرب ألفين وأربعة عشر، وجرح آخرين.
وهي مأساة جديدة ضحاياها صغار أبرياء كانوا مثل أترابهم يمنّون النفس بأحلام بسيطة في وطن دافئ، فإذا بهم يصيرون في لمح البصر رقما في سجل حروب نازفة توقفت ولم تتوقف عن حصد أرواح الأبرياء.
""", [
    ev("blast", "برحيل ثمانية أطفال في انفجار قذيفة", BLAST, "'أمس' in an article of Sat 18 Dec 2021 = Fri 17 Dec"),
    ev("others-wounded", "وجرح آخرين", BLAST, "no own expression; wounded in the same blast, Fri 17 Dec 2021"),
    ev("war-2014", "من مخلفات حرب ألفين وأربعة عشر", WAR2014[0], "'حرب ألفين وأربعة عشر' = the war of 2014 (the year only)", end=WAR2014[1]),
])
art(S, "https://www.alsaaa24.com/2021/12/18/%D8%A7%D9%84%D9%83%D9%88%D9%86%D9%8A-%D9%86%D8%A7%D8%B9%D9%8A%D8%A7-%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D9%84%D8%BA%D9%85-%D9%88%D8%B1%D8%B4%D9%81%D8%A7%D9%86%D8%A9-%D8%B1%D8%AD%D9%84%D9%88%D8%A7-%D8%AF/",
    "2021-12-18", "no date line in the stored text; the permalink's /2021/12/18/ gives Sat 18 Dec 2021, and the body's 'قالت وزارة الداخلية أمس' for the ministry's report of the blast of Fri 17 Dec agrees (libyaschannel of 18 Dec: 'فجعت ... أمس'); no weekday or date in the body; headline kept from the page; the ministry's closing warning, truncated in the stored excerpt, dropped", False, """
الكوني ناعيا أطفال لغم ورشفانة: رحلوا دون أن يفهموا لماذا انفجرت وسطهم نفايات حروب الكبار
نعى موسى الكوني، نائب رئيس المجلس الرئاسي، الأطفال الذين قضوا في انفجار لغم أرضي بمنطقة ورشفانة.
وكتب الكوني في تغريدة على حسابه الرسمي بموقع تويتر: "جواد ورسيل وهوزان رضاء التومي، وميس ومحمد سمير التومي، وأنور ميلود التومي، وأحمد عصام بن صحة، هم وشم في القلب من وجع، وقد رحلوا زغب الحواصل دون وداع، دون أن يفهموا لماذا انفجرت وسطهم نفايات حروب الكبار البائسة، تعازينا لأهلنا في الجفارة، تعازينا لليبيا، وكل فقد هو قطعة من وطن تهدر".
وكانت وزارة الداخلية قد ذكرت أمس أن انفجار أحد مخلفات الحرب في منطقة الطويبية بالجفارة أودى بحياة ثمانية أطفال وأوقع إصابات بين آخرين.
وأوضحت الوزارة في إيجاز صحفي أن مديرية أمن الجفارة تلقت بلاغا بوقوع انفجار في منزل عائلة التومي بمنطقة الطويبية، فتوجه أعضاء الشرطة والفرقة الفنية فورا إلى عين المكان، وتبين لهم لدى وصولهم أن الانفجار نجم عن أحد مخلفات الحروب منذ عام 2014، وأنه تسبب في وفاة ثمانية أطفال وإصابة ثلاثة آخرين.
""", [
    ev("koni-tweet", "وكتب الكوني في تغريدة على حسابه الرسمي", KONI[0], "no own expression; the tweet came after the blast of Fri 17 Dec 2021 and before this report of Sat 18 Dec (my span 17-18 Dec)", end=KONI[1]),
    ev("ministry-statement", "وكانت وزارة الداخلية قد ذكرت أمس", BLAST, "'أمس' in an article of Sat 18 Dec 2021 = Fri 17 Dec"),
    ev("blast", "أودى بحياة ثمانية أطفال", BLAST, "no own expression; the blast of Fri 17 Dec 2021 (libyaschannel of 18 Dec: 'أمس')"),
    ev("police-to-site", "فتوجه أعضاء الشرطة والفرقة الفنية فورا إلى عين المكان", BLAST, "no own expression; 'فورا' after the report of the blast, Fri 17 Dec 2021"),
    ev("war-2014", "أحد مخلفات الحروب منذ عام 2014", WAR2014[0], "'منذ عام 2014' = the wars of 2014 (the year only)", end=WAR2014[1]),
])
art(S, "https://www.alaraby.co.uk/society/%D8%A7%D9%84%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%85%D8%AE%D9%84%D9%81%D8%A7%D8%AA-%D8%A7%D9%84%D8%AD%D8%B1%D8%A8-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7",
    "2021-12-19", "date line '19 ديسمبر 2021' on the page (Sun 19 Dec 2021; the body's 'مساء أمس السبت' agrees); headline kept from the page; the date line and the '+ الخط -' widget dropped; the last, truncated quotation of al-Dbeibah shortened", True, """
الأطفال ضحايا انفجار مخلفات الحرب في ليبيا
أعلنت وزارة الداخلية الليبية، مساء أمس السبت، أن 8 أطفال قتلوا وأصيب 3 آخرون جراء انفجار أحد مخلفات الحرب في منطقة الجفارة غربي العاصمة طرابلس، ودعت المواطنين كافة إلى الابتعاد عن أي أجسام مشبوهة والإبلاغ عنها على الفور، منعا لتكرار مثل هذه المآسي وحفاظا على الأرواح والممتلكات.
وفي الوقت نفسه، لقي مدنيان حتفهما وأصيب اثنان آخران في مدينة بني وليد، جنوب شرقي طرابلس، إثر انفجار لغم أرضي قرب كتيبة عسكرية.
ونعى نائب رئيس المجلس الرئاسي الليبي موسى الكوني الأطفال الذين سقطوا في انفجار الجفارة، وكتب على "تويتر" أن "جواد ورسيل وهوزان رضاء التومي، وميس ومحمد سمير التومي، وأنور ميلود التومي، وأحمد عصام بن صحة، هم وشم في القلب من وجع. رحلوا دون وداع، ودون أن يفهموا لماذا انفجرت وسطهم نفايات حروب الكبار البائسة".
وتناقل رواد مواقع التواصل الاجتماعي مقطع فيديو يظهر فيه رئيس الحكومة عبد الحميد الدبيبة وهو يعزي أسر الأطفال القتلى، وقد شدد الدبيبة خلال العزاء على ضرورة "محاسبة المجرمين الذين أوصلونا إلى هذه النقطة".
""", [
    ev("ministry-saturday-announcement", "أعلنت وزارة الداخلية الليبية، مساء أمس السبت", "2021-12-18", "'مساء أمس السبت' in an article of Sun 19 Dec 2021 = Sat 18 Dec (the other reports put the ministry's first statement on Fri 17 Dec: a separate key)"),
    ev("blast", "جراء انفجار أحد مخلفات الحرب في منطقة الجفارة", BLAST, "no own expression; the blast of Fri 17 Dec 2021 (libyaschannel and alsaaa24 of Sat 18 Dec: 'أمس')"),
    ev("bani-walid-mine", "إثر انفجار لغم أرضي قرب كتيبة عسكرية", BLAST, "'في الوقت نفسه' = about the time of the al-Jafara blast and the ministry's announcements, Fri 17 - Sat 18 Dec 2021 (my span)", end="2021-12-19"),
    ev("koni-tweet", "ونعى نائب رئيس المجلس الرئاسي الليبي موسى الكوني", KONI[0], "no own expression; the tweet already reported by alsaaa24 on Sat 18 Dec, after the blast of Fri 17 Dec 2021 (my span 17-18 Dec)", end=KONI[1]),
    ev("dbeibah-condolence", "وهو يعزي أسر الأطفال القتلى", BLAST, "no own expression; after the blast of Fri 17 Dec and before this report of Sun 19 Dec 2021 (my span 17-19 Dec)", end="2021-12-20"),
])

# ---------------------------------------------------------------- yemen-lahj-mashqafa-camp-children-blast-2024
S = "yemen-lahj-mashqafa-camp-children-blast-2024"
BOOM = "2024-02-12"                        # the ordnance exploded near the al-Mashqafa camp (Tuban, Lahj) on Mon 12 Feb 2024
art(S, "https://yemen-window.com/posts/168450",
    "2024-02-12", "date line 'الإثنين - 12 فبراير 2024 - 07:57 م بتوقيت عدن' on the page (12 Feb 2024 was a Monday); the body has no date or weekday; the page's 'آخر تحديث' stamp of October 2024 and the byline dropped; headline kept from the page", False, """
نهاية مؤسفة لأطفال في لحج عقب اشعالهم اشجار داخل مزرعة
تحولت عملية لإحراق أشجار وحشائش إلى كارثة مؤلمة هزت محافظة لحج في جنوب اليمن، إذ قتل طفلان وأصيب 3 آخرون جراء انفجار مقذوف من مخلفات الحرب في منطقة المشقافة بمديرية تبن جنوبي المحافظة.
وذكرت المصادر أن مستشفى ابن خلدون في لحج استقبل جثماني طفلين لقيا حتفهما في حادث الانفجار بمنطقة المشقافة في تبن، إضافة إلى 3 أطفال آخرين مصابين بجراح خطيرة.
وأفادت مصادر محلية بأن القتلى والجرحى من أطفال مخيم النازحين في منطقة المشقافة، وأن الانفجار وقع خارج المخيم حين كانوا يحرقون شجرة داخل مزرعة قريبة منه بطلب من صاحب المزرعة، وما إن اشتعلت النيران حتى انفجر المقذوف فقتل بعض الأطفال وأصاب الباقين.
""", [
    ev("blast", "جراء انفجار مقذوف من مخلفات الحرب في منطقة المشقافة", BOOM, "no own expression; the blast of Mon 12 Feb 2024 (alayyam of Tue 13: 'يوم أمس الإثنين'), reported the same evening"),
    ev("hospital-receives", "استقبل جثماني طفلين", BOOM, "no own expression; the hospital received the dead and wounded on the day of the blast, Mon 12 Feb 2024 (reported at 07:57 pm that day)"),
    ev("burning-tree", "حين كانوا يحرقون شجرة داخل مزرعة", BOOM, "no own expression; the burning set off the blast of Mon 12 Feb 2024"),
])
art(S, "https://www.alayyam.info/news/9PMNO3WE-4155DE-A04F",
    "2024-02-13", "no date line in the stored text; the body's 'يوم أمس الإثنين' for the blast of Mon 12 Feb 2024 (yemen-window reported it at 07:57 pm on Mon 12 Feb) gives Tue 13 Feb 2024; headline kept from the page; the byline, the photo captions and the last, truncated sentence dropped", True, """
مقتل وإصابة 5 أطفال نازحين بانفجار غامض في لحج «صور»
أدى انفجار غامض يوم أمس الإثنين إلى وفاة وإصابة خمسة أطفال نازحين من مخيم المشقافة في مديرية تبن بلحج.
وقالت مصادر محلية لـ"الأيام" إن أحد المزارعين طلب من الأطفال إحراق الحشائش في طرف المزرعة المجاورة للمخيم، ومع احتراق الحشائش دوى انفجار قوي أودى بحياة ثلاثة أطفال نازحين هم: عبدالله شاهر العامري 9 أعوام، ويحيى فهيم 11 عامًا، وشهاب عبدالله قائد 10 أعوام، وأصاب طفلين بجروح مختلفة هما: علي فؤاد العامري 11 عامًا، وعدنان عبده عوض 12 عامًا.
ونقل المصابون إلى مستشفى ابن خلدون لتلقي العلاج، ثم أسعفوا منه إلى أحد مستشفيات عدن، بينما وضعت جثامين الأطفال المتوفين في ثلاجة المستشفى.
وباشرت الأجهزة الأمنية، بقيادة مدير شرطة تبن وإدارة الأدلة الجنائية، النزول إلى موقع الحادث ومعاينته واتخاذ الإجراءات، والتحقيق والاستماع إلى أقوال الشهود، إلى جانب مسح الموقع لتحديد نوع الجسم المنفجر وأسبابه، إذ أشارت مصادر محلية إلى أن الانفجار لم يترك أي آثار أو شظايا في المكان.
""", [
    ev("blast", "أدى انفجار غامض يوم أمس الإثنين", BOOM, "'يوم أمس الإثنين' in an article of Tue 13 Feb 2024 = Mon 12 Feb"),
    ev("burning-tree", "طلب من الأطفال إحراق الحشائش", BOOM, "no own expression; the burning that set off the blast of Mon 12 Feb 2024"),
    ev("hospital-receives", "ونقل المصابون إلى مستشفى ابن خلدون", BOOM, "no own expression; taken to hospital right after the blast of Mon 12 Feb 2024 (yemen-window of that evening: the hospital received them)"),
    ev("aden-transfer", "ثم أسعفوا منه إلى أحد مستشفيات عدن", BOOM, "no own expression; after the blast of Mon 12 Feb and before this report of Tue 13 Feb 2024 (my span 12-13 Feb)", end="2024-02-14"),
    ev("investigation", "وباشرت الأجهزة الأمنية، بقيادة مدير شرطة تبن", BOOM, "no own expression; the security services went to the site after the blast of Mon 12 Feb, before this report of Tue 13 Feb 2024 (my span 12-13 Feb)", end="2024-02-14"),
])

# ---------------------------------------------------------------- syria-latakia-ain-issa-shepherd-mines-2026
S = "syria-latakia-ain-issa-shepherd-mines-2026"
MINES = "2026-03-06"                       # two mines killed a shepherd at Ain Issa (Jabal al-Turkman) on Fri 6 Mar 2026
art(S, "https://sana.sy/governorates/2420174/",
    "2026-03-06", "the body's 'اليوم الجمعة' for the blast gives Fri 6 Mar 2026 (6 Mar 2026 was a Friday); the stored page carries a stamp of 2026-03-07, which I take for an update or crawl stamp (see the README); headline written from the body (the stored text has none); dateline 'اللاذقية-سانا' kept", True, """
وفاة راع وإصابة اثنين بانفجار لغمين في ريف اللاذقية الشمالي
اللاذقية-سانا
لقي شاب حتفه وهو يرعى الأغنام، وأصيب اثنان آخران أحدهما شقيقه في أثناء محاولته سحب الجثمان، جراء انفجار لغمين أرضيين من مخلفات النظام البائد اليوم الجمعة، في قرية عين عيسى بجبل التركمان في ريف اللاذقية الشمالي.
وتولت فرق الدفاع المدني السوري التابعة لوزارة الطوارئ وإدارة الكوارث انتشال جثمان الضحية ونقله إلى مشفى الجامعة في مدينة اللاذقية.
ولا تزال الألغام والذخائر غير المنفجرة التي خلفها النظام البائد في مقدمة التحديات التي تواجهها مناطق عدة في سوريا، لما تشكله من خطر على أرواح المدنيين، في حين تواصل الجهات المعنية جهودها لإزالة هذه الألغام والذخائر.
""", [
    ev("shepherd-killed", "لقي شاب حتفه وهو يرعى الأغنام", MINES, "'اليوم الجمعة' = Fri 6 Mar 2026"),
    ev("brother-wounded", "أحدهما شقيقه في أثناء محاولته سحب الجثمان", MINES, "'اليوم الجمعة' = Fri 6 Mar 2026 (the second mine, moments after the first)"),
    ev("body-recovered", "انتشال جثمان الضحية ونقله إلى مشفى الجامعة", MINES, "no own expression; the civil defence recovered the body on the day of the blast, Fri 6 Mar 2026"),
])
art(S, "https://alrai.com/article/10947154/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/%D9%85%D9%82%D8%AA%D9%84-%D8%B1%D8%A7%D8%B9-%D8%A8%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%84%D8%BA%D9%85-%D8%A3%D8%B1%D8%B6%D9%8A-%D9%81%D9%8A-%D8%B1%D9%8A%D9%81-%D8%A7%D9%84%D9%84%D8%A7%D8%B0%D9%82%D9%8A%D8%A9",
    "2026-03-08", "time stamp 'تاريخ النشر : الأحد 11:05 8-3-2026' on the page (8 Mar 2026 was a Sunday); the body has no date or weekday; the stamp, 'No Image' and 'الرأي - وكالات' dropped; headline kept from the page; the last, truncated sentence (HALO Trust's figures) dropped", False, """
مقتل راعٍ بانفجار لغم أرضي في ريف اللاذقية
قضى شاب يعمل في رعي الأغنام وأصيب شخصان آخران إثر انفجار لغم أرضي في قرية عين عيسى بمنطقة جبل التركمان في شمال محافظة اللاذقية.
وذكر الدفاع المدني السوري أن أحد الجريحين شقيق الضحية، وقد أصيب حين حاول سحب جثة الراعي من مكان الانفجار، قبل أن ينفجر لغم ثان بالقرب منه.
ونشر الدفاع المدني مقطعا مصورا يوثق انتشال الجثة، إذ عمدت فرق الإنقاذ إلى ربطها بحبل وجرها إلى منطقة آمنة، تحسبا لوجود ألغام أخرى في الموقع، في إطار الإجراءات الاحترازية المعتمدة لتجنب سقوط مزيد من الضحايا.
وتعد سوريا من أشد الدول تضررا من الألغام ومخلفات الحرب، إذ تفيد تقديرات منظمات دولية بأن نحو 14 مليون شخص يقيمون في مناطق تتهددها الألغام والذخائر غير المنفجرة.
وتنفذ منظمات دولية، منها هالو تراست واللجنة الدولية للصليب الأحمر، بالتعاون مع شركاء محليين، عمليات لإزالة الألغام وتنظم حملات لتوعية السكان بمخاطرها.
وبحسب إحصاءات منظمة أنقذوا الأطفال، فقد قتل 165 طفلا في سوريا خلال العام الماضي بسبب الألغام، في حين أصيب 423 طفلا آخرون.
""", [
    ev("shepherd-killed", "قضى شاب يعمل في رعي الأغنام", MINES, "no own expression; the blast of Fri 6 Mar 2026 (SANA: 'اليوم الجمعة')"),
    ev("brother-wounded", "وقد أصيب حين حاول سحب جثة الراعي", MINES, "no own expression; the second mine on Fri 6 Mar 2026 (SANA)"),
    ev("body-recovered", "عمدت فرق الإنقاذ إلى ربطها بحبل", MINES, "no own expression; the recovery of the body on Fri 6 Mar 2026 (SANA)"),
    ev("video-published", "ونشر الدفاع المدني مقطعا مصورا", MINES, "no own expression; after the recovery of Fri 6 Mar and before this report of Sun 8 Mar 2026, 11:05 (my span 6-8 Mar)", end="2026-03-09"),
    ev("children-killed-2025", "فقد قتل 165 طفلا في سوريا خلال العام الماضي", "2025-01-01", "'خلال العام الماضي' from March 2026 = the year 2025", end="2026-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 618
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
