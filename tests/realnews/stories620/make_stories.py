"""Builds stories.jsonl: the 620-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: women's rights decisions and cases in Arab countries:
new laws on driving, guardianship, personal status or violence, court cases and protests.
Stories: the Jordanian House's repeal of article 308 of the penal code (marriage of a rapist to his victim,
August 2017), the investigation into the death of Israa Ghrayeb of Beit Sahour (Palestine, September 2019),
and the start of Saudi women's travel without a guardian's permission (Saudi Arabia, August 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-article-308-repeal-2017
S = "jordan-article-308-repeal-2017"
VOTE = "2017-08-01"                        # the House voted to strike article 308 on Tue 1 Aug 2017
SUNDAY = "2017-07-30"                      # the House first debated the article on Sun 30 Jul 2017
COMMITTEE = ("2017-07-01", SUNDAY)         # the legal committee kept the article (announced on a Saturday before the debate)
art(S, "http://thenewkhalij.org/ar/node/76340",
    "2017-08-01", "date line on the page 'الثلاثاء 1 أغسطس 2017 11:08 ص' (not part of the body, left out); headline kept from the page; the last, truncated quotation of an activist dropped", True, """
«النواب» يلغي مادة تعفي المغتصب من العقوبة في الأردن
أسقط مجلس النواب الأردني المادة رقم 308 من قانون العقوبات الأردني الذي يعود إلى العام 1960، وهي المادة التي كانت تعفي مرتكب جريمة الاغتصاب من العقاب إذا تزوج ضحيته.
وكانت أصوات كثيرة في الأردن قد ارتفعت في السابق مطالبة بإلغاء هذه المادة، وانتشرت على مواقع التواصل الاجتماعي حملات وتعليقات عديدة تندد بها، من بينها وسم #إلغاء_308.
وكان مجلس النواب الأردني قد بحث المادة الأحد الماضي، وأعلن أنه سيعود إلى مناقشتها الثلاثاء، ليتخذ قرارا بإلغائها تلبية لمطالب الشعب.
وتقضي المادة بأنه «يعفى مغتصب الأنثى من العقوبة في حال زواجه من ضحيته بحسب المادة 308 من قانون العقوبات»، كما تقضي بأن «اغتصاب الذكر لا يعد اغتصابًا، بل هتك عرض، حتى وإن كان قاصرًا».
وكانت اللجنة القانونية النيابية قد قررت الإبقاء على المادة وعدم إلغائها، مع قصرها على ثلاث حالات هي «مواقعة قاصر» و«هتك عرض قاصر» و«خداع بكر بوعد بالزواج».
وعلى الوسم الذي انتشر على نطاق واسع في تويتر، كتب الإعلامي في قناة «الجزيرة» «حسام يحيى»: «مبارك لـ #الأردن إلغاء المادة المسيئة، نقطة أمل في بحور تسلط وظلم مجتمعي فادح #الغاء_308».
""", [
    ev("repeal-vote", "أسقط مجلس النواب الأردني المادة رقم 308", VOTE, "no own expression; the vote of Tue 1 Aug 2017, the day of the date line (the House 'سيعود إلى مناقشتها الثلاثاء'; sawaleif and hdhod 'اليوم الثلاثاء')"),
    ev("penal-code-1960", "قانون العقوبات الأردني الذي يعود إلى العام 1960", "1960-01-01", "'العام 1960' = the year 1960 (the year only)", end="1961-01-01"),
    ev("sunday-debate", "قد بحث المادة الأحد الماضي", SUNDAY, "'الأحد الماضي' from Tue 1 Aug 2017 = Sun 30 Jul 2017"),
    ev("committee-keeps-article", "قد قررت الإبقاء على المادة وعدم إلغائها", COMMITTEE[0], "no own expression; the legal committee announced 'السبت' (ammannet) that it had kept the article, before the House's debate of Sun 30 Jul 2017; my span July 2017 up to Sat 29 Jul", end=COMMITTEE[1]),
    ev("yahya-tweet", "كتب الإعلامي في قناة «الجزيرة» «حسام يحيى»", VOTE, "no own expression; a reaction to the vote, posted before the article of Tue 1 Aug 2017 (11:08)"),
])
art(S, "https://aawsat.com/home/article/988571/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%8A%D9%84%D8%BA%D9%8A-%D9%82%D8%A7%D9%86%D9%88%D9%86-%C2%AB%D8%B2%D9%88%D8%A7%D8%AC-%D8%A7%D9%84%D8%B6%D8%AD%D9%8A%D8%A9-%D8%A8%D9%85%D8%BA%D8%AA%D8%B5%D8%A8%D9%87%D8%A7%C2%BB?page=1",
    "2017-08-02", "no date line on the stored page; the body's 'ألغى مجلس النواب الأردني، أمس' for the vote of Tue 1 Aug 2017 (thenewkhalij, dated Tue 1 Aug; sawaleif 'اليوم الثلاثاء') gives Wed 2 Aug 2017 (an Asharq al-Awsat report of the next day); headline rendered from the URL slug; the last, truncated sentence shortened", False, """
الأردن يلغي قانون «زواج الضحية بمغتصبها»
بعد حملة قادها حقوقيون وناشطون أردنيون ودامت شهوراً طويلة، أسقط مجلس النواب الأردني، أمس، المادة 308 من قانون العقوبات التي تعفي المغتصب من العقاب إذا تزوج الضحية.
وأكد رئيس الوزراء الأردني هاني الملقي، متحدثا أمام مجلس النواب، أن الحكومة متمسكة بإلغاء المادة 308 من القانون حفاظا على الأسرة والمجتمع. وبهذا يلتحق الأردن بدول منها مصر والمغرب وتونس حذفت من تشريعاتها نصوصا تعفي الجاني من العقاب إذا تزوج المجني عليها.
وبحسب وكالة الأنباء الرسمية (بترا)، جاء إلغاء المادة بعد أن أقر المجلس مشروع قانون معدل لقانون العقوبات لسنة 2017. وأضافت الوكالة أنه «بشطب المادة 308 ينضم الأردن إلى قائمة دول أجنبية وعدد قليل من الدول العربية التي ألغت من تشريعاتها نصوصا تعفي الجاني من العقاب في حال تزوج بالمجني عليها».
من جهتها، أشادت وزيرة التنمية الاجتماعية الأردنية هالة لطوف بقرار مجلس النواب، معتبرة إياه إنجازا للأردن وحماية للنساء والقاصرين.
وكانت الحكومة الأردنية قد قدمت نصا معدلا لقانون العقوبات يلغي المادة 308 التي تعفي مرتكب الجريمة الجنسية من عقوبته إذا تزوج الضحية، غير أن اللجنة القانونية في مجلس النواب أعادت المادة وأدخلت عليها تعديلات قصرت بموجبها تطبيقها على ثلاث حالات.
""", [
    ev("repeal-vote", "أسقط مجلس النواب الأردني، أمس، المادة 308", VOTE, "'أمس' in an article of Wed 2 Aug 2017 = Tue 1 Aug"),
    ev("mulki-speech", "وأكد رئيس الوزراء الأردني هاني الملقي، متحدثا أمام مجلس النواب", VOTE, "no own expression; the prime minister spoke in the session of the vote, Tue 1 Aug 2017"),
    ev("lattouf-praise", "أشادت وزيرة التنمية الاجتماعية الأردنية هالة لطوف بقرار مجلس النواب", VOTE, "no own expression; a reaction reported with the vote in an article of Wed 2 Aug 2017, so on Tue 1 Aug (a statement early on Wed 2 Aug cannot be excluded)"),
    ev("government-draft", "قد قدمت نصا معدلا لقانون العقوبات يلغي المادة 308", "2017-04-01", "no own expression; the cabinet approved the draft repealing the article in April 2017 (elaph 2017/4, alawalnews of 24 Apr 2017) and sent it to parliament before the July committee work; my span April - 29 Jul 2017", end=SUNDAY),
    ev("committee-keeps-article", "أعادت المادة وأدخلت عليها تعديلات", COMMITTEE[0], "no own expression; the legal committee's decision, announced on a Saturday before the debate of Sun 30 Jul 2017 (ammannet); my span July 2017 up to Sat 29 Jul", end=COMMITTEE[1]),
])
art(S, "https://sawaleif.com/%d8%a7%d9%84%d8%ae%d8%b5%d8%a7%d9%88%d9%86%d8%a9-%d9%8a%d9%86%d9%81%d9%8a-%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d9%82%d8%a7%d9%84%d8%a9-%d9%88%d8%a7%d9%84%d9%88%d8%ab%d9%8a%d9%82%d8%a9-%d8%aa%d8%a4%d9%83-264263",
    "2017-08-01", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the resignations filed on the day of the vote, Tue 1 Aug 2017 (thenewkhalij dated Tue 1 Aug; aawsat of Wed 2 Aug: 'أمس'); the byline 'سواليف – رصد' dropped; headline rendered from the truncated URL slug", False, """
الخصاونة ينفي الاستقالة والوثيقة تؤكد
تقدم عدد من النواب اليوم الثلاثاء باستقالاتهم من اللجنة القانونية في مجلس النواب، احتجاجا على ما وصفه نص الاستقالة بأسلوب وإجراء يخالفان النظام الداخلي للمجلس.
ورغم دفاع رئيس اللجنة القانونية عن تعديل المادة 308، فإن مجلس النواب رفض تعديلات اللجنة وعاد إلى النص الذي أوردته الحكومة في مشروع قانون العقوبات.
وكان قرار اللجنة الذي رده المجلس يدعو إلى الاستعاضة عن إلغاء المادة بقصر الحالات التي توقف فيها الملاحقة بحق المعتدي على أنثى على (3) حالات فقط، بعد أن كانت تشمل حالات كثيرة يتضمنها فصل كامل من قانون العقوبات.
ونفى رئيس اللجنة القانونية في مجلس النواب، النائب مصطفى الخصاونة، أن يكون قد استقال هو أو أي من أعضاء اللجنة بسبب طريقة التصويت على إلغاء المادة 308 من مشروع القانون المعدل لقانون العقوبات، موضحا أن ما حدث كان التقاطا لكلام أحد الزملاء الذين انفعلوا إزاء إلغاء المادة من مشروع القانون.
وشدد الخصاونة على احترامه قرار زملائه النواب العودة إلى المادة كما جاءت في مشروع القانون الحكومي الذي نص على إلغائها، وعلى ثقته بعمل الأمانة العامة للمجلس خلال قراءة الأصوات المؤيدة لأي قرار أو مقترح وعدّها.
""", [
    ev("committee-resignations", "تقدم عدد من النواب اليوم الثلاثاء باستقالاتهم", VOTE, "'اليوم الثلاثاء' = Tue 1 Aug 2017"),
    ev("repeal-vote", "رفض تعديلات اللجنة وعاد إلى النص الذي أوردته الحكومة", VOTE, "no own expression; the vote of Tue 1 Aug 2017 (thenewkhalij, aawsat 'أمس' on Wed 2 Aug)"),
    ev("committee-keeps-article", "وكان قرار اللجنة الذي رده المجلس", COMMITTEE[0], "no own expression; the legal committee's decision, announced on a Saturday before the debate of Sun 30 Jul 2017 (ammannet); my span July 2017 up to Sat 29 Jul", end=COMMITTEE[1]),
    ev("khasawneh-denial", "ونفى رئيس اللجنة القانونية في مجلس النواب، النائب مصطفى الخصاونة", VOTE, "no own expression; the denial reported in the same article of Tue 1 Aug 2017, after the vote of that day"),
])

# ---------------------------------------------------------------- palestine-israa-ghrayeb-investigation-2019
S = "palestine-israa-ghrayeb-investigation-2019"
DEATH = "2019-08-22"                       # Israa Ghrayeb died on Thu 22 Aug 2019
STATEMENT = "2019-09-05"                   # the Public Prosecution's statement of Thu 5 Sep 2019 (three detained)
KHATIB = "2019-09-06"                      # Attorney General Akram al-Khatib on the samples sent to Jordan, Fri 6 Sep 2019
DETAINED = ("2019-08-23", "2019-09-03")    # three people detained after the death, by the PM's cabinet remarks of Mon 2 Sep
SAMPLES = ("2019-08-23", "2019-09-02")     # samples sent to the Jordanian laboratories, reported already on Sun 1 Sep
art(S, "http://ppp.ps/ar_page.php?id=17cee5dy24964701Y17cee5d",
    "2019-09-05", "date line on the page '2019-09-05' (not part of the body, left out); the body's 'الخميس 5 أيلول/سبتمبر' for the statement agrees (5 Sep 2019 was a Thursday); headline kept from the page; the last, truncated sentence dropped", True, """
النيابة العامة: التحقيقات في قضيّة إسراء غريب حقّقت تقدّم
رام الله: أعلنت النيابة العامة الفلسطينية أن التحقيقات في قضية وفاة الشابة إسراء غريب أحرزت تقدما، وأنها متواصلة على يد فريق مختص.
وورد ذلك في بيان أصدرته النيابة الخميس 5 أيلول/سبتمبر، وذكرت فيه أنها استمعت إلى عشرات الشهود ودونت أقوال جميع الأشخاص الذين تربطهم صلة بالمتوفاة، ولا سيما من رأت النيابة أن أقوالهم وشهاداتهم قد تفيد في كشف الحقيقة.
وأوضحت النيابة أنه جرى على إثر ذلك توقيف ثلاثة أشخاص على خلفية واقعة الوفاة، للتحقق مما جرى مع إسراء غريب من أحداث خلال الأشهر الماضية وما تلاها من إصابات لحقت بها حتى إعلان وفاتها، مضيفة أن التقرير النهائي للطب الشرعي لم يصدر حتى الآن، وأن المختصين يعملون على إعداده.
وشددت النيابة، بصفتها الأمينة على دعوى الحق العام، على أنها تولي قضية وفاة المرحومة إسراء غريب اهتماما كبيرا لكشف الحقيقة بأسرع ما يمكن، وأنها تقدر حرص الرأي العام ومؤسسات المجتمع المدني عموما والمؤسسات النسوية خصوصا على ذلك.
ودعت النيابة في بيانها المواطنين إلى الامتناع عن نشر أي معلومات أو تداولها إلى أن تكتمل التحقيقات التي ستعلن نتائجها.
""", [
    ev("prosecution-statement", "بيان أصدرته النيابة الخميس 5 أيلول/سبتمبر", STATEMENT, "'الخميس 5 أيلول/سبتمبر' = Thu 5 Sep 2019"),
    ev("three-detained", "توقيف ثلاثة أشخاص على خلفية واقعة الوفاة", DETAINED[0], "no own expression; after the death of Thu 22 Aug 2019 and by the prime minister's cabinet remarks of Mon 2 Sep 2019 ('تم توقيف عدد من الأشخاص', antilaha); my span 23 Aug - 2 Sep", end=DETAINED[1]),
    ev("israa-death", "حتى إعلان وفاتها", DEATH, "no own expression; she died on Thu 22 Aug 2019 (ramallah.news: 'توفيت في 22 آب/ أغسطس الماضي')"),
])
art(S, "https://khbrpress.ps/post/206621/النائب-العام-يكشف-تفاصيل-جديدة-في-قضية-وفاة-الفتاة-إسراء-غريب",
    "2019-09-06", "no date line on the stored page; the body's 'اليوم الجمعة' for al-Khatib's statement and 'أمس الخميس' for the prosecution's statement of Thu 5 Sep 2019 (ppp.ps, dated 2019-09-05) give Fri 6 Sep 2019; headline rendered from the URL slug; the last, truncated quotation shortened", False, """
النائب العام يكشف تفاصيل جديدة في قضية وفاة الفتاة إسراء غريب
أفاد النائب العام الفلسطيني، أكرم الخطيب، بأن عينات مخبرية أُخذت من جثمان الفتاة إسراء غريب أُرسلت إلى إدارة المختبرات والأدلة الجرمية التابعة لمديرية الأمن العام في المملكة الأردنية الهاشمية.
وبيّن الخطيب في تصريح أدلى به اليوم الجمعة أن العينات أرسلت إلى المختبرات الأردنية لأنها تساعد في هذا النوع من الفحوصات الذي يتعذر إجراؤه في فلسطين، موضحا أن الطب الشرعي تولى إرسالها لتفحص ثم تصل نتائجها.
وكانت النيابة العامة قد أصدرت أمس الخميس بيانا هاما للرأي العام حول قضية وفاة إسراء غريب، ابنة بلدة بيت ساحور قضاء مدينة بيت لحم في الضفة الغربية.
وشددت النيابة في البيان الذي تلقى "خبر" نسخة منه على أن فريق التحقيق المؤلف من نيابة بيت لحم ونيابة حماية الأسرة من العنف ونيابة الجرائم الإلكترونية يواصل تحقيقاته.
ولفتت إلى أن التحقيق قطع شوطا كبيرا، إذ استمع المحققون إلى عشرات الشهود ودونوا أقوال جميع من تربطهم صلة بالمرحومة، ولا سيما من رأت النيابة أن أقوالهم وشهاداتهم قد تساعد في كشف الحقيقة.
وأضافت: "ترتب على ذلك توقيف ثلاثة أشخاص على خلفية واقعة الوفاة للوقوف على حقيقة ما جرى خلال الأشهر الماضية من أحداث مع المرحومة إسراء".
""", [
    ev("khatib-samples-statement", "في تصريح أدلى به اليوم الجمعة", KHATIB, "'اليوم الجمعة' = Fri 6 Sep 2019"),
    ev("samples-sent-jordan", "أُرسلت إلى إدارة المختبرات والأدلة الجرمية", SAMPLES[0], "no own expression; sent after the death of Thu 22 Aug 2019 and already reported on Sun 1 Sep 2019 (deyaralnagab of 01.09.2019: 'وإرسال عينات فحص مخبري إلى الأردن'); my span 23 Aug - 1 Sep", end=SAMPLES[1]),
    ev("prosecution-statement", "قد أصدرت أمس الخميس بيانا هاما", STATEMENT, "'أمس الخميس' from Fri 6 Sep 2019 = Thu 5 Sep"),
    ev("three-detained", "توقيف ثلاثة أشخاص على خلفية واقعة الوفاة للوقوف", DETAINED[0], "no own expression; after the death and by the prime minister's remarks of Mon 2 Sep 2019 (antilaha); my span 23 Aug - 2 Sep", end=DETAINED[1]),
])
art(S, "https://akhbaralaan.net/entertainment/misc/2019/09/07/%d9%85%d8%a7-%d8%ac%d8%af%d9%8a%d8%af-%d9%82%d8%b6%d9%8a%d8%a9-%d8%a7%d9%84%d8%b4%d8%a7%d8%a8%d8%a9-%d8%a7%d9%84%d8%b1%d8%a7%d8%ad%d9%84%d8%a9-%d8%a5%d8%b3%d8%b1%d8%a7%d8%a1-%d8%ba%d8%b1%d9%8a%d8%a8%d8%9f",
    "2019-09-07", "no date line in the stored text; the page's address carries '/2019/09/07/', and the content agrees (it reports al-Khatib's statement of Fri 6 Sep 2019 on the samples as the latest news); the byline 'أخبار الآن | فلسطين – alwatanvoice' dropped; headline rendered from the URL slug; no date of its own in the text", False, """
ما جديد قضية الشابة الراحلة إسراء غريب؟
لا تزال قضية وفاة الشابة الفلسطينية إسراء غريب تتفاعل، ولا سيما بعدما أعلن النائب العام الفلسطيني المستشار أكرم الخطيب أن "النيابة العامة بعثت العينات الخاصة بإسراء إلى إدارة المختبرات والأدلة الجرمية التابعة لمديرية الأمن العام في المملكة الأردنية".
وأشار الخطيب إلى أن "إرسال العينات إلى المختبرات الأردنية يعود إلى كونها تساعد في مثل هذا النوع من الفحوصات التي يتعذر إجراؤها في فلسطين، وقد أرسلها الطب الشرعي الفلسطيني".
وجاء إعلان الخطيب ردا على ما جرى تداوله من أن المركز الوطني للطب الشرعي في الأردن لم يتلق أيا من التقارير الطبية الخاصة بوفاة إسراء غريب.
غير أن أبرز ما استجد في القضية هو ما كشفته شابة تدعى منار حويطات قدمت نفسها على أنها صديقة الراحلة إسراء، إذ طالبت عبر صفحتها على "فيسبوك" المنظمة العربية لحقوق الإنسان بحماية والدة إسراء وشقيقتها، بعد تهديدات تلقتاها لمنعهما من الإدلاء بالحقيقة في قضية وفاتها.
وكان مغردون قد أشاروا بعد الحادثة إلى أن "قريبات الفتاة وبنات عمها بالتحديد وقفن وراء ما حدث، إذ حرضن عليها بسبب مقطع فيديو ظهرت فيه مع خطيبها الذي قالت الراحلة إنها كانت تخرج برفقته بعلم أهلها".
""", [
    ev("khatib-samples-statement", "بعدما أعلن النائب العام الفلسطيني المستشار أكرم الخطيب", KHATIB, "no own expression; al-Khatib's statement of Fri 6 Sep 2019 (khbrpress 'اليوم الجمعة')"),
    ev("samples-sent-jordan", "النيابة العامة بعثت العينات الخاصة بإسراء", SAMPLES[0], "no own expression; sent after the death and already reported on Sun 1 Sep 2019 (deyaralnagab); my span 23 Aug - 1 Sep", end=SAMPLES[1]),
    ev("jordan-center-denial", "أن المركز الوطني للطب الشرعي في الأردن لم يتلق", STATEMENT, "no own expression; the Jordanian centre's denial to Roya TV, to which al-Khatib replied on Fri 6 Sep 2019; my span Thu 5 - Fri 6 Sep", end="2019-09-07"),
])

# ---------------------------------------------------------------- saudi-women-travel-without-guardian-2019
S = "saudi-women-travel-without-guardian-2019"
START = "2019-08-19"                       # the passports directorate began applying the rule on Mon 19 Aug 2019
ALYAUM = "2019-08-20"                      # al-Yaum's report of 1000 departures, Tue 20 Aug 2019
AMENDMENTS = ("2019-08-01", "2019-08-03")  # the amended travel-documents rules announced on Thu 1 Aug and published in Umm al-Qura on Fri 2 Aug
art(S, "https://diwanfm.net/news/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/%D8%B1%D8%B3%D9%85%D9%8A%D8%A7%3A-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D8%B3%D9%85%D8%AD-%D9%84%D9%84%D9%85%D8%B1%D8%A3%D8%A9-%D8%A8%D8%A7%D9%84%D8%B3%D9%81%D8%B1-%D8%AF%D9%88%D9%86-%D8%A7%D8%B0%D9%86-%D9%88%D9%84%D9%8A",
    "2019-08-19", "time stamp on the page '19 20:11 2019 أوت' (not part of the body, left out); the body's 'اليوم الإثنين' agrees (19 Aug 2019 was a Monday); headline kept from the page; the site's other news and author line dropped", True, """
رسميا: السعودية تسمح للمرأة بالسفر دون اذن ولي
أعلنت وزارة الداخلية السعودية اليوم الإثنين الشروع في تطبيق قرار يمكّن المرأة من السفر من دون موافقة ولي الأمر.
وذكرت المديرية العامة للجوازات السعودية، في بيان أصدرته اليوم، أن "كل من تجاوز سن الـ21 عاما، من الرجال والنساء يحق له السفر دون موافقة ولي الأمر"، واستثنت من هذا القرار كل من لم يبلغ سن الـ21 عاما.
وكانت الحكومة السعودية قد كشفت مطلع شهر اوت الجاري عن تعديلات على عدد من الأنظمة، من بينها نظام السفر، أتاحت للمرأة التي تجاوزت سن 21 عاماً استخراج جواز سفرها والسفر من دون الحاجة إلى موافقة ولي أمرها.
ويشار إلى أن هذا القرار يأتي بعد حوالي السنيتين من السماح للمرأة السعودية بقيادة السيارة.
""", [
    ev("implementation-announced", "أعلنت وزارة الداخلية السعودية اليوم الإثنين", START, "'اليوم الإثنين' = Mon 19 Aug 2019"),
    ev("passports-statement", "في بيان أصدرته اليوم", START, "'اليوم' = Mon 19 Aug 2019, the day of the time stamp"),
    ev("amendments-announced", "قد كشفت مطلع شهر اوت الجاري عن تعديلات", AMENDMENTS[0], "'مطلع شهر اوت الجاري' = early August 2019: the amendments announced on Thu 1 Aug and published in Umm al-Qura on Fri 2 Aug 2019 (my span 1-2 Aug)", end=AMENDMENTS[1]),
    ev("driving-allowed", "السماح للمرأة السعودية بقيادة السيارة", "2017-09-26", "'بعد حوالي السنيتين' before Aug 2019: the royal order of Tue 26 Sep 2017 allowing women to drive, in force on Sun 24 Jun 2018 (my span from the order to the lifting of the ban)", end="2018-06-25"),
])
art(S, "https://www.alsumaria.tv/news/%D8%AF%D9%88%D9%84%D9%8A%D8%A7%D8%AA/315609/%D8%A3%D9%84%D9%81-%D8%A7%D9%85%D8%B1%D8%A3%D8%A9-%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%8A%D8%BA%D8%A7%D8%AF%D8%B1%D9%86-%D8%A7%D9%84%D8%A8%D9%84%D8%A7%D8%AF-%D8%A8%D8%AF%D9%88%D9%86-%D8%A5%D8%B0%D9%86-%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%A3%D9%85%D8%B1",
    "2019-08-20", "date line on the page '2019-08-20 | 03:23' (not part of the body, left out); headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", True, """
ألف امرأة سعودية يغادرن البلاد بدون إذن ولي الأمر
خرجت نحو 1000 امرأة سعودية من المملكة عبر منافذ المنطقة الشرقية، من دون إذن ولي الأمر.
وأفادت صحيفة "اليوم" السعودية بأن الجوازات أذنت بمغادرة 1000 مسافرة من دون تصريح، استنادا إلى لائحة وثائق السفر المعدلة.
وكانت السعودية قد أقرت رسميا تعديلات على نظام وثائق السفر ونظام الأحوال المدنية فيما يخص المرأة، تتيح لها للمرة الأولى السفر من دون ولاية.
ونشرت جريدة "أم القرى" الرسمية في السعودية بيانا عن مصادقة العاهل السعودي، الملك سلمان بن عبد العزيز، على التعديلات في نظام وثائق السفر ونظام الأحوال المدنية الخاصة بالمرأة.
وأوضح المرسوم الملكي أن التعديلات تشمل تعديل المادة الثانية بحيث يمنح جواز السفر لكل من يتقدم بطلبه من حاملي الجنسية العربية السعودية، وفق ما تحدده اللائحة التنفيذية.
كما ستجيز لوزير الداخلية أن يصدر جواز سفر أو تذكرة مرور مؤقتة لأي شخص لا يحمل الجنسية العربية السعودية، يستخدمه في السفر إلى خارج المملكة والعودة إليها، على أن تحدد اللائحة التنفيذية حالات إصدارهما وسحبهما.
""", [
    ev("first-day-departures", "خرجت نحو 1000 امرأة سعودية من المملكة", START, "no own expression; the departures of the first day of the rule, Mon 19 Aug 2019 (q8news: 'غادرت ألف مواطنة في اليوم الاول من تطبيق القرار')"),
    ev("alyaum-report", "وأفادت صحيفة \"اليوم\" السعودية", ALYAUM, "no own expression; al-Yaum's report of Tue 20 Aug 2019 (snd.ps 'اليوم الثلاثاء')"),
    ev("amendments-announced", "قد أقرت رسميا تعديلات على نظام وثائق السفر", AMENDMENTS[0], "no own expression; the amendments announced on Thu 1 Aug and published on Fri 2 Aug 2019 (my span 1-2 Aug)", end=AMENDMENTS[1]),
    ev("umm-alqura-publication", "ونشرت جريدة \"أم القرى\" الرسمية", "2019-08-02", "no own expression; the official gazette Umm al-Qura published the decree on Fri 2 Aug 2019"),
])
art(S, "https://snd.ps/post/9347/ألف-إمرأة-سعودية-سافرن-دون-تصريح-ولي-الأمر",
    "2019-08-20", "no date line on the stored page (its header date is of a later crawl); the body's 'اليوم الثلاثاء' for al-Yaum's report and 'أمس' for the passports' announcement of Mon 19 Aug 2019 (diwanfm, stamped 19 Aug) give Tue 20 Aug 2019; the site menus dropped; headline kept from the page; the last, truncated sentence dropped", False, """
ألف إمرأة سعودية سافرن دون تصريح "ولي الأمر"
أوردت صحيفة "اليوم" السعودية اليوم الثلاثاء أن منافذ الجوازات في المملكة أجازت عبور 1000 امرأة سعودية ممن تجاوزت أعمارهن 21 عامًا من دون تصريح من ولي الأمر.
وذكرت الصحيفة أن عدد المسافرات اللواتي غادرن عبر منافذ المنطقة الشرقية وحدها تخطى 1000 مسافرة، وذلك عقب الشروع في تطبيق نظام وثائق السفر المعدل.
ويتيح هذا النظام للنساء اللواتي تجاوزن سن الـ 21 السفر من دون موافقة ولي الأمر.
وكانت المديرية العامة للجوازات قد أعلنت أمس عبر موقعها الرسمي بدء تطبيق قرار يمكّن المرأة من السفر دون موافقة ولي الأمر.
كما يمكّن القرار المتزوجين والمبتعثين والموظفين المشاركين في مهام رسمية في الخارج من السفر من دون الحاجة إلى موافقة ولي الأمر.
""", [
    ev("alyaum-report", "أوردت صحيفة \"اليوم\" السعودية اليوم الثلاثاء", ALYAUM, "'اليوم الثلاثاء' = Tue 20 Aug 2019"),
    ev("first-day-departures", "تخطى 1000 مسافرة", START, "no own expression; the departures of the first day of the rule, Mon 19 Aug 2019 (q8news)"),
    ev("implementation-announced", "قد أعلنت أمس عبر موقعها الرسمي", START, "'أمس' from Tue 20 Aug 2019 = Mon 19 Aug"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 620
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
