"""Builds stories.jsonl: the 573-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: kidnappings of foreigners or officials and hostage
releases (Sahel, Libya, Iraq), with negotiations and rescues.
Stories: the release of the French journalist Olivier Dubois and the American Jeffery Woodke in Niamey (Mali /
Niger, March 2023); the release of the 16 Turkish Nurol workers kidnapped in Baghdad (Iraq, September 2015);
the release of the Russians Maxim Shugaley and Samer Sueifan held in Tripoli (Libya, December 2020); the US
special-forces rescue of the American Philip Walton, kidnapped in Niger, in northern Nigeria (October 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mali-niger-olivier-dubois-release-2023
S = "mali-niger-olivier-dubois-release-2023"
RELEASE = "2023-03-20"                     # Dubois and Woodke freed and flown to Niamey on Mon 20 Mar 2023
PARIS = "2023-03-21"                       # Dubois left Niamey and was received by Macron at Villacoublay on Tue 21 Mar
KIDNAP = "2021-04-08"                      # Dubois kidnapped in Gao on Thu 8 Apr 2021
art(S, "https://rimtoday.net/?q=node%2F38776",
    RELEASE, "no date line on the stored page; the body's 'مساء اليوم (الإثنين)' for Macron's tweet on the release, which came on Mon 20 Mar 2023 (20 Mar 2023 was a Monday; saharamedias 206866: 'وصل ... اليوم الاثنين إلى مطار نيامي'; nidaalwatan of Tue 21: 'امس الاثنين'), so published on Mon 20 Mar 2023; headline written from the body (the stored text has none); the last sentence, cut in the stored excerpt, completed from the same AFP wording in saharamedias 206866", False, """
ماكرون يعرب عن ارتياحه للإفراج عن الصحفي الفرنسي أوليفييه دوبوا
عبّر الرئيس الفرنسي إيمانويل ماكرون، مساء اليوم (الإثنين) في باريس، عن ارتياح كبير للإفراج عن الصحفي الفرنسي أوليفييه دوبوا، بعد ما يقارب عامين من خطفه في شمال مالي على أيدي عناصر من تنظيم "جهادي".
وكتب ماكرون في تغريدة على "تويتر"، إثر مكالمة هاتفية أجراها مع الصحفي الذي بلغ مطار نيامي عاصمة النيجر، أنه "ممتن جدا للنيجر على هذا الإفراج".
وأطلق سراح الصحفي الفرنسي أوليفييه دوبوا، الإثنين، وكان محتجزا في مالي منذ 8 أبريل 2021، إثر خطفه على يد أحد فروع تنظيم القاعدة في المغرب الإسلامي الناشط في منطقة الساحل.
وكان دوبوا، وهو صحفي مستقل يقيم ويعمل في مالي منذ سنة 2015، قد أعلن بنفسه في مقطع مصور بث على مواقع التواصل الاجتماعي في 5 مايو 2021 أنه خطف في مدينة غاو بشمال مالي، يوم 8 أبريل 2021، على يد "جماعة نصرة الإسلام والمسلمين"، أبرز تنظيم في الساحل والمرتبط بتنظيم القاعدة، وهو الرهينة الفرنسي الوحيد في العالم.
وفي مطلع أغسطس 2022، ومع مرور نحو 500 يوم على خطفه، أطلقت عائلة أوليفييه دوبوا حملة تستنهض دعم الرأي العام الفرنسي وتحث السلطات على العمل لتحريره، عشية عيد ميلاده الـ48.
وكانت وزيرة الخارجية الفرنسية كاترين كولونا قد أكدت في 10 ديسمبر الماضي، خلال زيارة إلى أبيدجان، أن فرنسا "تبذل كل ما في وسعها من أجل تحرير" الصحفي.
""", [
    ev("macron-relief", "عبّر الرئيس الفرنسي إيمانويل ماكرون", RELEASE, "'مساء اليوم (الإثنين)' = Mon 20 Mar 2023"),
    ev("dubois-release", "وأطلق سراح الصحفي الفرنسي أوليفييه دوبوا، الإثنين", RELEASE, "'الإثنين' = Mon 20 Mar 2023"),
    ev("dubois-video", "قد أعلن بنفسه في مقطع مصور", "2021-05-05", "'في 5 مايو 2021' = Wed 5 May 2021"),
    ev("dubois-kidnap", "أنه خطف في مدينة غاو بشمال مالي", KIDNAP, "'يوم 8 أبريل 2021' = Thu 8 Apr 2021"),
    ev("family-campaign", "أطلقت عائلة أوليفييه دوبوا حملة", "2022-08-01", "'في مطلع أغسطس 2022' = the first days of August 2022 (my span 1-10 Aug 2022)", end="2022-08-11"),
    ev("colonna-pledge", "وكانت وزيرة الخارجية الفرنسية كاترين كولونا قد أكدت", "2022-12-10", "'في 10 ديسمبر الماضي' from March 2023 = Sat 10 Dec 2022"),
])
art(S, "https://www.nidaalwatan.com/article/155905-%D8%A7%D9%84%D8%B5%D8%AD%D8%A7%D9%81%D9%8A-%D8%A7%D9%84%D9%81%D8%B1%D9%86%D8%B3%D9%8A-%D8%AF%D9%88%D8%A8%D9%88%D8%A7-%D9%8A%D8%BA%D8%A7%D8%AF%D8%B1-%D8%A5%D9%84%D9%89-%D8%A8%D8%A7%D8%B1%D9%8A%D8%B3-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86%D9%87-%D9%81%D9%8A-%D9%85%D8%A7%D9%84%D9%8A-1",
    PARIS, "the stored page shows only a clock time ('13 : 04'), no date; the body's 'صباح اليوم الثلثاء' for Dubois's departure from Niamey and 'امس الاثنين' for his arrival there (Mon 20 Mar 2023) give Tue 21 Mar 2023 (a Tuesday); he was to be received at Villacoublay 'ظهراً', so the report predates the arrival of Tue 21; the clock time and the truncated last line dropped; headline kept from the page", False, """
الصحافي الفرنسي دوبوا يغادر إلى باريس بعد الإفراج عنه في مالي
توجه الصحافي الفرنسي أوليفييه دوبوا من النيجر إلى باريس صباح اليوم الثلثاء، عقب الإفراج عنه في الوقت نفسه الذي أطلق فيه سراح رهينة أميركي آخر كان مخطوفا منذ أكثر من ست سنوات.
وأكدت الرئاسة الفرنسية مغادرة دوبوا نيامي، موضحة أن إيمانويل ماكرون سيستقبله في قاعدة فيلاكوبلاي الجوية قرب باريس ظهراً.
وظهر الصحافي مبتسماً ومتأثراً، بعد ظهر امس الاثنين، لدى نزوله من الطائرة في مطار نيامي برفقة العامل الإنساني الأميركي جيفري وودكي الذي خطف في 14 تشرين الأول 2016 في النيجر.
وقال الصحافي الفرنسي البالغ (48 عاماً) أمام عدد من الصحافيين: "أشعر بالتعب لكنني بخير".
وكان دوبوا، وهو صحافي مستقل، قد خطف في الثامن من نيسان 2021 في غاو شمالي مالي على أيدي جماعة نصرة الإسلام والمسلمين، كبرى التحالفات الجهادية في منطقة الساحل والمرتبطة بتنظيم القاعدة.
وقد تعاون خصوصاً مع صحيفة "ليبراسيون" ومجلة "لوبوان"، وكان حين خطفه يقيم ويعمل في مالي منذ عام 2015.
ودوبوا، الذي لا يعرف إن كان قد بقي في مالي طوال فترة احتجازه، هو الرهينة الفرنسي الوحيد في الخارج منذ الإفراج في تشرين الأول 2020 عن صوفي بترونان، السبعينية التي خطفت في كانون الأول 2016 في غاو أيضاً.
""", [
    ev("dubois-leaves-niamey", "توجه الصحافي الفرنسي أوليفييه دوبوا من النيجر إلى باريس", PARIS, "'صباح اليوم الثلثاء' = Tue 21 Mar 2023"),
    ev("woodke-release", "في الوقت نفسه الذي أطلق فيه سراح رهينة أميركي آخر", RELEASE, "no own expression; Woodke was freed with Dubois on Mon 20 Mar 2023 (both landed in Niamey 'امس الاثنين')"),
    ev("dubois-arrival-paris", "سيستقبله في قاعدة فيلاكوبلاي الجوية", PARIS, "'ظهراً' of the same Tuesday = Tue 21 Mar 2023 (the reception took place that day, akhbaralaan)"),
    ev("dubois-arrives-niamey", "لدى نزوله من الطائرة في مطار نيامي", RELEASE, "'بعد ظهر امس الاثنين' from Tue 21 Mar 2023 = Mon 20 Mar"),
    ev("woodke-kidnap", "الذي خطف في 14 تشرين الأول 2016 في النيجر", "2016-10-14", "'في 14 تشرين الأول 2016' = Fri 14 Oct 2016"),
    ev("dubois-kidnap", "قد خطف في الثامن من نيسان 2021", KIDNAP, "'في الثامن من نيسان 2021' = Thu 8 Apr 2021"),
])
art(S, "https://stg.akhbaralaan.net/news/world/2023/03/21/%d8%a7%d9%84%d8%b5%d8%ad%d8%a7%d9%81%d9%8a-%d8%a7%d9%84%d9%81%d8%b1%d9%86%d8%b3%d9%8a-%d8%a3%d9%88%d9%84%d9%8a%d9%81%d9%8a%d9%8a%d9%87-%d8%af%d9%88%d8%a8%d9%88%d8%a7-%d9%8a%d8%b5%d9%84-%d8%a5%d9%84%d9%89-%d8%a8%d8%a7%d8%b1%d9%8a%d8%b3-%d8%a8%d8%b9%d8%af-%d8%a7%d9%84%d8%a5%d9%81%d8%b1%d8%a7%d8%ac-%d8%b9%d9%86%d9%87-%d9%81%d9%8a-%d9%85%d8%a7%d9%84%d9%8a",
    PARIS, "the page's address carries its date, 2023/03/21 (Tue 21 Mar 2023), which agrees with the body's 'الثلاثاء' for the arrival in Paris; headline kept from the page", True, """
أوليفييه دوبوا يصل باريس
استقبل الرئيس الفرنسي إيمانويل ماكرون، الثلاثاء، في مطار فيلاكوبلاي جنوبي باريس، الصحافي الفرنسي أوليفييه دوبوا الذي أطلق سراحه الإثنين بعد نحو عامين من الاحتجاز في مالي إثر خطفه على يد "جماعة نصرة الإسلام والمسلمين".
ووصل الصحافي الفرنسي أوليفييه دوبوا من النيجر إلى باريس الثلاثاء، بعد الإفراج عنه بالتزامن مع تحرير رهينة أمريكي آخر كان مخطوفا منذ أكثر من ست سنوات، وكان الرئيس إيمانويل ماكرون في استقباله.
وبدا الصحافي مبتسما ومتأثرا حين نزل من الطائرة في مطار قاعدة فيلاكوبلاي العسكرية، حيث انتظره أفراد من عائلته وعدد من الصحافيين.
وكان دوبوا، الصحافي المستقل، قد اختطف في الثامن من أبريل 2021 في غاو بشمال مالي على أيدي "جماعة نصرة الإسلام والمسلمين"، أكبر تحالف جهادي في الساحل مرتبط بتنظيم القاعدة. وعمل خصوصا مع صحيفة "ليبراسيون" ومجلة "لوبوان"، وكان يقيم ويعمل في مالي منذ عام 2015 حين خطف.
ودوبوا، الذي لا يعرف هل ظل في مالي طيلة مدة خطفه، هو الرهينة الفرنسي الوحيد في الخارج منذ الإفراج في تشرين الأول/أكتوبر 2020 عن صوفي بترونان، السبعينية التي خطفت في كانون الأول/ديسمبر 2016 في غاو أيضا.
""", [
    ev("dubois-arrival-paris", "استقبل الرئيس الفرنسي إيمانويل ماكرون، الثلاثاء", PARIS, "'الثلاثاء' = Tue 21 Mar 2023"),
    ev("dubois-release", "الذي أطلق سراحه الإثنين", RELEASE, "'الإثنين' = Mon 20 Mar 2023"),
    ev("woodke-release", "بالتزامن مع تحرير رهينة أمريكي آخر", RELEASE, "no own expression; Woodke was freed with Dubois on Mon 20 Mar 2023"),
    ev("dubois-kidnap", "قد اختطف في الثامن من أبريل 2021", KIDNAP, "'في الثامن من أبريل 2021' = Thu 8 Apr 2021"),
    ev("petronin-release", "منذ الإفراج في تشرين الأول/أكتوبر 2020 عن صوفي بترونان", "2020-10-08", "'في تشرين الأول/أكتوبر 2020' = Pétronin's release, known to be Thu 8 Oct 2020 (the text gives the month only)"),
    ev("petronin-kidnap", "السبعينية التي خطفت في كانون الأول/ديسمبر 2016", "2016-12-24", "'في كانون الأول/ديسمبر 2016' = Pétronin's kidnapping in Gao, known to be Sat 24 Dec 2016 (the text gives the month only)"),
])

# ---------------------------------------------------------------- iraq-baghdad-turkish-workers-release-2015
S = "iraq-baghdad-turkish-workers-release-2015"
T_KIDNAP = "2015-09-02"                    # 18 Nurol workers kidnapped at the Habibiya stadium site (Sadr City) on Wed 2 Sep 2015
T_FREED = "2015-09-30"                     # the 16 still held handed to the Turkish embassy, Davutoglu's tweets, on Wed 30 Sep 2015
art(S, "https://altaghier.tv/2015/09/30/داود-أوغلو-إطلاق-سراح-العمال-الأتراك-ا",
    T_FREED, "the page's address carries its date, 2015/09/30 (Wed 30 Sep 2015), the day of Davutoglu's announcement (sauress/alsharq: 'اليوم الأربعاء'); headline kept from the page; the section label dropped", True, """
داود أوغلو: إطلاق سراح العمال الأتراك المختطفين في العراق
أعلن رئيس الوزراء التركي أحمد داود أوغلو أن ستة عشر عاملا تركيا كانوا مخطوفين في العراق قد أطلق سراحهم، وأنهم باتوا الآن في عهدة مسؤولي السفارة التركية في بغداد.
وأفاد الرئيس التنفيذي لشركة نورول القابضة، التي يعمل لديها العمال الأتراك، بأن عودتهم إلى تركيا متوقعة خلال اليومين المقبلين.
وهنأ الرئيس التركي رجب طيب أردوغان الشعب التركي بالإفراج عن العمال المختطفين في العراق.
وأعلنت قيادة عمليات بغداد العثور على عدد من العمال الأتراك المفرج عنهم قرب قضاء المسيب في محافظة بابل.
وبيّن المتحدث باسم القيادة العميد سعد معن، في تصريح صحفي، أن الإجراءات الأمنية اتخذت لنقل العمال، الذين خطفوا في وقت سابق من موقع العمل في الملعب الرياضي بالحبيبية شرقي العاصمة وأفرج عنهم قبل يومين، إلى بغداد بالتنسيق مع السفارة التركية.
""", [
    ev("davutoglu-announcement", "أعلن رئيس الوزراء التركي أحمد داود أوغلو", T_FREED, "no own expression; Davutoglu's tweets of Wed 30 Sep 2015 (sauress/alsharq 'اليوم الأربعاء')"),
    ev("workers-freed", "قد أطلق سراحهم", T_FREED, "no own expression; the workers were freed and handed to the embassy on Wed 30 Sep 2015 (emaratalyoum of Thu 1 Oct: 'أمس')"),
    ev("workers-return", "بأن عودتهم إلى تركيا متوقعة خلال اليومين المقبلين", "2015-10-01", "'خلال اليومين المقبلين' from Wed 30 Sep 2015 = Thu 1 - Fri 2 Oct (an expected return)", end="2015-10-03"),
    ev("baghdad-ops-found", "وأعلنت قيادة عمليات بغداد العثور على عدد من العمال", T_FREED, "no own expression; the Baghdad Operations Command statement of the day of the release, Wed 30 Sep 2015"),
    ev("workers-kidnap", "الذين خطفوا في وقت سابق من موقع العمل", T_KIDNAP, "no own expression ('في وقت سابق'); the kidnapping of Wed 2 Sep 2015 (emaratalyoum 'في الثاني من سبتمبر')"),
    ev("freed-two-days-before", "وأفرج عنهم قبل يومين", "2015-09-28", "'قبل يومين' in the spokesman's words of Wed 30 Sep 2015 = Mon 28 Sep (his claim; the other reports put the release on Wed 30 Sep)"),
])
art(S, "https://emaratalyoum.com/politics/news/2015-10-01-1.825998?ot=ot.AMPPageLayout",
    "2015-10-01", "the page's address carries its date, 2015-10-01 (Thu 1 Oct 2015), which agrees with the body's 'أمس' for the release of Wed 30 Sep; headline kept from the page", True, """
الإفراج عن 16 عاملاً تركياً مختطفين في العراق
أُخلي، أمس، سبيل 16 عاملاً تركياً عادوا سالمين بعد نحو شهر على خطفهم في العراق.
والعمال المفرج عنهم هم من بين 18 تركياً يعملون لدى شركة «نورول» التركية، اختطفتهم في الثاني من سبتمبر مجموعة تطلق على نفسها اسم «فرق الموت» من منطقة مدينة الصدر شرقي بغداد.
وأبلغ السفير التركي في العراق، فاروق قايمقجي، «فرانس برس» بأنه «جرى إطلاق سراحهم، أمس، على مسافة نحو 60 كيلومتراً جنوب مدينة بغداد، على الطريق المؤدية إلى محافظة كربلاء».
وأوضح أن «العمال كانوا محتجزين في منطقة تحيط بمدينة بغداد، ونقلوا بين أربعة مواقع مختلفة في بغداد».
""", [
    ev("workers-freed", "أُخلي، أمس، سبيل 16 عاملاً تركياً", T_FREED, "'أمس' in an article of Thu 1 Oct 2015 = Wed 30 Sep"),
    ev("workers-kidnap", "اختطفتهم في الثاني من سبتمبر مجموعة", T_KIDNAP, "'في الثاني من سبتمبر' = Wed 2 Sep 2015"),
    ev("captivity", "العمال كانوا محتجزين في منطقة تحيط بمدينة بغداد", T_KIDNAP, "no own expression; the captivity from the kidnapping of Wed 2 Sep to the release of Wed 30 Sep 2015", end="2015-10-01"),
])
art(S, "https://sauress.com/alsharq/1412761",
    T_FREED, "no date line on the stored page; the body's 'اليوم الأربعاء' for Davutoglu's tweets announcing the release, which came on Wed 30 Sep 2015 (30 Sep 2015 was a Wednesday; emaratalyoum of Thu 1 Oct: 'أمس'), so a report of that day; an Al-Sharq (Qatar) copy of a Reuters report carried by sauress; headline written from the body (the stored text has none)", False, """
داود أوغلو: الإفراج عن 16 عاملاً تركياً مخطوفين في العراق
أفاد رئيس الوزراء التركي أحمد داود أوغلو، في حسابه على موقع تويتر اليوم الأربعاء، بأن خاطفي 16 عاملاً تركياً في العراق أخلوا سبيلهم، وأنهم صاروا الآن لدى مسؤولي السفارة التركية.
وكانت جماعة مسلحة قد خطفت العمال في الثاني من سبتمبر أيلول من ملعب كانوا يشاركون في تشييده على أطراف بغداد.
وقال أوجور دوجان، الرئيس التنفيذي لشركة نورول القابضة التي يعمل لديها العمال الأتراك، إن عودتهم إلى تركيا متوقعة اليوم الأربعاء أو غداً الخميس بعد الاستماع إلى إفاداتهم.
وكتب داود أوغلو في تغريدات على تويتر: "تسلمت سفارتنا في بغداد للتو العمال الستة عشر المخطوفين، وتحدثت إلى بعضهم هاتفياً، والحمد لله هم بخير ويتهيؤون للعودة في أسرع وقت ممكن".
وأضاف: "أتوجه بالشكر من قلبي إلى الأصدقاء العراقيين الذين بذلوا جهوداً مكثفة من أجل عمالنا".
وعند سؤاله عن شروط الإفراج عن العمال، أجاب فاروق قاي مقجي، السفير التركي لدى العراق، بأن أي شروط لم تطرح للنقاش.
وأضاف لرويترز: "هم بصحة جيدة وليست لديهم أي مشكلة".
""", [
    ev("davutoglu-announcement", "في حسابه على موقع تويتر اليوم الأربعاء", T_FREED, "'اليوم الأربعاء' = Wed 30 Sep 2015"),
    ev("workers-freed", "أخلوا سبيلهم", T_FREED, "no own expression; the release announced 'اليوم الأربعاء' = Wed 30 Sep 2015"),
    ev("workers-kidnap", "قد خطفت العمال في الثاني من سبتمبر أيلول", T_KIDNAP, "'في الثاني من سبتمبر أيلول' = Wed 2 Sep 2015"),
    ev("workers-return", "متوقعة اليوم الأربعاء أو غداً الخميس", T_FREED, "'اليوم الأربعاء أو غداً الخميس' = Wed 30 Sep - Thu 1 Oct 2015 (an expected return)", end="2015-10-02"),
    ev("ambassador-no-conditions", "أجاب فاروق قاي مقجي", T_FREED, "no own expression; the ambassador's answer to Reuters on the day of the release, Wed 30 Sep 2015"),
])

# ---------------------------------------------------------------- libya-shugaley-suweifan-release-2020
S = "libya-shugaley-suweifan-release-2020"
R_FREED = "2020-12-10"                     # Shugaley and Sueifan freed in Tripoli and flown out on Thu 10 Dec 2020
ARREST = ("2019-05-01", "2019-06-01")      # detained in Tripoli in May 2019 (the month only in these texts)
art(S, "https://www.eanlibya.com/%d9%85%d9%88%d8%b3%d9%83%d9%88-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a%d8%a7%d9%86-%d8%a7%d9%84%d9%85%d9%81%d8%b1%d8%ac-%d8%b9%d9%86%d9%87%d9%85%d8%a7-%d9%81%d9%8a-%d9%84%d9%8a%d8%a8%d9%8a%d8%a7-%d9%8a/",
    R_FREED, "no date on the stored page; the body's 'اليوم الخميس' for Bogdanov's confirmation of the release, which was made on Thu 10 Dec 2020 (10 Dec 2020 was a Thursday; russia-islworld: 'يوم أمس الخميس 10 ديسمبر/كانون الأول 2020'), so published on Thu 10 Dec 2020; headline kept from the page; the last, truncated sentence dropped", False, """
موسكو.. الروسيان المفرج عنهما في ليبيا يتجهان إلى روسيا
قال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن وزارة الخارجية الروسية تؤكد الإفراج عن الروسيين مكسيم شوغالي وسامر سويفان، المحتجزين في ليبيا منذ مايو 2019، وإنهما الآن في طريقهما إلى روسيا.
وصرح بوغدانوف، اليوم الخميس: "نعم، أفرج عنهما. الآن هما في الطريق إلى ديارهما".
ولفت إلى أن الروسيين قد يصلان مبدئيًا إلى روسيا مساء الخميس.
وكان ألكسندر مالكفيتش، عضو الغرفة الاجتماعية الروسية ورئيس صندوق حماية القيم الوطنية، قد أعلن اليوم إطلاق سراح المواطنين الروسيين المحتجزين في ليبيا مكسيم شولغاي وسامر سويفان.
وكان بوغدانوف قد قال لوكالة "سبوتنيك"، في 18 نوفمبر الماضي، إن العمل جار من أجل الإفراج عن المواطنين الروس المحتجزين في ليبيا، وإن موسكو تأمل أن يطلق سراحهما قريبًا.
وقال نائب الوزير حينها: "لا أريد أن أتنبأ بأي أحداث، العمل جار. هناك فرصة، وآمل ذلك".
وكانت حكومة الوفاق الوطني قد وافقت في وقت سابق على إطلاق سراح الروسيين المعتقلين مكسيم شوغالي وسامر سويفان، بحسب ما أوردته وكالة "بلومبيرغ" نقلاً عن مصادر على اطلاع بالملف.
""", [
    ev("release", "تؤكد الإفراج عن الروسيين مكسيم شوغالي وسامر سويفان", R_FREED, "no own expression; the release confirmed 'اليوم الخميس' = Thu 10 Dec 2020"),
    ev("arrest", "المحتجزين في ليبيا منذ مايو 2019", ARREST[0], "'منذ مايو 2019' = May 2019 (the month only)", end=ARREST[1]),
    ev("bogdanov-confirms", "وصرح بوغدانوف، اليوم الخميس", R_FREED, "'اليوم الخميس' = Thu 10 Dec 2020"),
    ev("expected-arrival", "قد يصلان مبدئيًا إلى روسيا مساء الخميس", R_FREED, "'مساء الخميس' = the evening of Thu 10 Dec 2020 (an expected arrival)"),
    ev("malkevich-announces", "قد أعلن اليوم إطلاق سراح", R_FREED, "'اليوم' = Thu 10 Dec 2020"),
    ev("bogdanov-sputnik-nov", "وكان بوغدانوف قد قال لوكالة \"سبوتنيك\"", "2020-11-18", "'في 18 نوفمبر الماضي' from December 2020 = Wed 18 Nov 2020"),
])
art(S, "https://alsiasi.com/%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A7%D9%86-%D8%A7%D9%84%D9%85%D9%81%D8%B1%D8%AC-%D8%B9%D9%86%D9%87%D9%85%D8%A7-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D9%8A%D8%AA%D8%AC%D9%87%D8%A7%D9%86/",
    R_FREED, "no date on the stored page; the body's 'اليوم الخميس' for Bogdanov's confirmation of Thu 10 Dec 2020 (see eanlibya and russia-islworld), so published on Thu 10 Dec 2020; the same wire as eanlibya, another outlet; the outlet tag 'السياسي –' and the truncated last sentence dropped; headline kept from the page", False, """
الروسيان المفرج عنهما في ليبيا يتجهان إلى ديارهما
أكد نائب وزير الخارجية الروسي ميخائيل بوغدانوف أن الخارجية الروسية تثبت خبر إطلاق سراح الروسيين مكسيم شوغالي وسامر سويفان، اللذين احتجزا في ليبيا منذ مايو/أيار 2019، مضيفا أنهما يتجهان حاليا إلى روسيا.
وقال بوغدانوف، اليوم الخميس: "نعم، أطلق سراحهما. إنهما الآن في طريق العودة إلى ديارهما".
وأشار إلى احتمال أن يبلغ الروسيان الأراضي الروسية مبدئيًا مساء الخميس.
وكان عضو الغرفة الاجتماعية الروسية ورئيس صندوق حماية القيم الوطنية ألكسندر مالكفيتش قد أعلن اليوم الإفراج عن المواطنين الروسيين المحتجزين في ليبيا مكسيم شولغاي وسامر سويفان.
وسبق لنائب وزير الخارجية الروسي ميخائيل بوغدانوف أن صرح في 18 تشرين الثاني/نوفمبر الماضي بأن الجهود متواصلة لإطلاق سراح المواطنين الروس المحتجزين في ليبيا، وبأن موسكو تأمل الإفراج عنهما قريبًا.
وكانت حكومة الوفاق الوطني الليبية قد وافقت في وقت سابق على إطلاق سراح الروسيين المعتقلين، وفق ما نقلته وكالة "بلومبرغ" عن مصادر مطلعة على الوضع.
""", [
    ev("release", "خبر إطلاق سراح الروسيين", R_FREED, "no own expression; the release confirmed 'اليوم الخميس' = Thu 10 Dec 2020"),
    ev("arrest", "اللذين احتجزا في ليبيا منذ مايو/أيار 2019", ARREST[0], "'منذ مايو/أيار 2019' = May 2019 (the month only)", end=ARREST[1]),
    ev("bogdanov-confirms", "وقال بوغدانوف، اليوم الخميس", R_FREED, "'اليوم الخميس' = Thu 10 Dec 2020"),
    ev("expected-arrival", "يبلغ الروسيان الأراضي الروسية مبدئيًا مساء الخميس", R_FREED, "'مساء الخميس' = the evening of Thu 10 Dec 2020 (an expected arrival)"),
    ev("malkevich-announces", "قد أعلن اليوم الإفراج", R_FREED, "'اليوم' = Thu 10 Dec 2020"),
    ev("bogdanov-sputnik-nov", "أن صرح في 18 تشرين الثاني/نوفمبر الماضي", "2020-11-18", "'في 18 تشرين الثاني/نوفمبر الماضي' from December 2020 = Wed 18 Nov 2020"),
])
art(S, "https://russia-islworld.ru/ar/main//%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D8%A7%D9%86-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A7%D9%86-%D8%A7%D9%84%D9%85%D9%81%D8%B1%D8%AC-%D8%B9%D9%86%D9%87%D9%85%D8%A7-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D9%8A%D8%B9%D9%88%D8%AF%D8%A7%D9%86-%D8%A5%D9%84%D9%89-%D9%88%D8%B7%D9%86%D9%87%D9%85",
    "2020-12-11", "no date line on the stored page; the body's 'يوم أمس الخميس 10 ديسمبر/كانون الأول 2020' for the release and 'اليوم الجمعة 11 ديسمبر' for the ministry's tweet give Fri 11 Dec 2020 (a Friday); headline rendered from the URL slug; the group's signature, photo credit and source line ('تاس') dropped", False, """
المواطنان الروسيان المفرج عنهما في ليبيا يعودان إلى وطنهما
رجع المواطنان الروسيان مكسيم شوغالي وسامر حسن علي سعيفان إلى روسيا، بعد احتجاز دام عاما ونصف العام في ليبيا. وكان الإفراج عنهما قد تم يوم أمس الخميس 10 ديسمبر/كانون الأول 2020، بحسب بيان نشرته وزارة الخارجية الروسية على "تويتر" اليوم الجمعة 11 ديسمبر، وجاء فيه: "مرحباً بكما في بيتكما! مكسيم شوغالي وسامر سعيفان في الوطن الغالي".
وكان المواطنان الروسيان مكسيم شوغالي وسامر سعيفان، العاملان في "صندوق حماية القيم الوطنية"، قد احتجزا في ليبيا في مايو/أيار 2019، ووجه إليهما مكتب المدعي العام لحكومة طرابلس حزمة من الاتهامات، منها "التدخل في الشؤون الداخلية وفي الانتخابات الليبية، وممارسة أعمال عامة في البلاد دون إذن من السلطات المحلية والأجهزة الأمنية".
وإضافة إلى ذلك، أكد مكتب المدعي العام أن المواطنين الروسيين توجها إلى مواقع لم يكن مسموحا لهما بالوجود فيها.
""", [
    ev("return-to-russia", "رجع المواطنان الروسيان مكسيم شوغالي", R_FREED, "no own expression; they were flown out of Tripoli on Thu 10 Dec 2020 and welcomed home by the ministry's tweet of Fri 11 Dec (my span 10-11 Dec 2020)", end="2020-12-12"),
    ev("release", "وكان الإفراج عنهما قد تم يوم أمس الخميس", R_FREED, "'يوم أمس الخميس 10 ديسمبر/كانون الأول 2020' = Thu 10 Dec 2020"),
    ev("mfa-welcome-tweet", "بحسب بيان نشرته وزارة الخارجية الروسية", "2020-12-11", "'اليوم الجمعة 11 ديسمبر' = Fri 11 Dec 2020"),
    ev("arrest", "قد احتجزا في ليبيا في مايو/أيار 2019", ARREST[0], "'في مايو/أيار 2019' = May 2019 (the month only)", end=ARREST[1]),
])

# ---------------------------------------------------------------- niger-nigeria-philip-walton-rescue-2020
S = "niger-nigeria-philip-walton-rescue-2020"
W_KIDNAP = ("2020-10-26", "2020-10-28")    # kidnapped at Massalata 'ليل الاثنين' (Mon 26 Oct night; Reuters: Tuesday)
RESCUE = "2020-10-31"                      # US special forces freed him in northern Nigeria early on Sat 31 Oct 2020
RANSOM = ("2020-10-27", "2020-10-31")      # the kidnappers called his father for a ransom 'this week', before the rescue
art(S, "https://aawsat.com/home/article/2597551/%C2%AB%D8%A7%D9%84%D8%A8%D9%86%D8%AA%D8%A7%D8%BA%D9%88%D9%86%C2%BB-%D9%8A%D8%B9%D9%84%D9%86-%D8%A5%D9%86%D9%82%D8%A7%D8%B0-%D9%85%D9%88%D8%A7%D8%B7%D9%86-%D8%A3%D9%85%D9%8A%D8%B1%D9%83%D9%8A-%D8%AE%D8%B7%D9%81%D9%87-%D9%85%D8%B3%D9%84%D8%AD%D9%88%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D9%86%D9%8A%D8%AC%D8%B1",
    RESCUE, "no date line on the stored page; the body's 'اليوم السبت' for the Nigerien defence minister's announcement, which was made on Sat 31 Oct 2020 (31 Oct 2020 was a Saturday; the Pentagon statement: 'في وقت مبكر من 31 أكتوبر'), so published on Sat 31 Oct 2020; headline kept from the page; the repeated headline and the subscription prompt dropped", False, """
«البنتاغون» يعلن إنقاذ مواطن أميركي خطفه مسلحون في النيجر
أعلنت وزارة الدفاع الأميركية (البنتاغون) أن القوات الأميركية نفذت عملية في شمال نيجيريا أنقذت خلالها مواطنا أميركيا كان مسلحون يحتجزونه.
وقالت الوزارة في بيان أوردته وكالة «رويترز» للأنباء: «المواطن الأميركي في أمان، وهو الآن في رعاية وزارة الخارجية الأميركية»، موضحة أن أي عسكري لم يصب خلال العملية.
من جهته، أعلن وزير الدفاع النيجري إيسوفو كاتامبي، اليوم السبت، الإفراج عن المواطن الأميركي الذي خطفه مسلحون في النيجر في وقت سابق هذا الأسبوع.
وصرح كاتامبي لوكالة الصحافة الفرنسية: «أؤكد أن الرهينة الأميركي أفرج عنه الليلة الماضية»، من غير أن يكشف تفاصيل عن ظروف الإفراج أو عن مكان وجوده.
وكان الرهينة فيليب والتن قد خطف، ليل الاثنين الماضي، عند أطراف قرية ماسالاتا الواقعة على بعد نحو 10 كيلومترات من الحدود مع نيجيريا، وقد وصف بأنه ابن مبشر يقيم في النيجر.
وذكر مسؤولون محليون هذا الأسبوع أن الخاطفين اتصلوا بوالده وطالبوا بفدية، وهو ما لم تؤكده العائلة.
وكان والتن يقيم في ماسالاتا منذ عامين مع زوجته وطفلهما، وفق والده المقيم في النيجر منذ 30 عاماً.
""", [
    ev("rescue-operation", "نفذت عملية في شمال نيجيريا أنقذت خلالها", RESCUE, "no own expression; the raid of the early hours of Sat 31 Oct 2020 (Pentagon: 'في وقت مبكر من 31 أكتوبر'; the minister: 'الليلة الماضية' on Saturday)"),
    ev("pentagon-statement", "وقالت الوزارة في بيان", RESCUE, "no own expression; the Pentagon statement of Sat 31 Oct 2020"),
    ev("niger-minister-announces", "أعلن وزير الدفاع النيجري إيسوفو كاتامبي، اليوم السبت", RESCUE, "'اليوم السبت' = Sat 31 Oct 2020"),
    ev("walton-kidnap", "وكان الرهينة فيليب والتن قد خطف، ليل الاثنين الماضي", W_KIDNAP[0], "'ليل الاثنين الماضي' from Sat 31 Oct 2020 = the night of Mon 26 Oct (into Tue 27; Reuters says Tuesday), my span 26-27 Oct", end=W_KIDNAP[1]),
    ev("ransom-demand", "أن الخاطفين اتصلوا بوالده وطالبوا بفدية", RANSOM[0], "'هذا الأسبوع': after the kidnapping and before the rescue, my span Tue 27 - Fri 30 Oct 2020", end=RANSOM[1]),
])
art(S, "https://saharamedias.net/150631",
    "2020-11-01", "no date on the stored page; the body's 'أمس السبت' for the rescue of Sat 31 Oct 2020 (the Pentagon: 'في وقت مبكر من 31 أكتوبر') gives Sun 1 Nov 2020 (a Sunday); headline written from the body (the stored text has none); the truncated quotation of Trump's tweet dropped (the sentence kept up to it)", False, """
البنتاغون: قواتنا حررت الرهينة الأمريكي فيليب والتن في شمال نيجيريا
قالت وزارة الدفاع الأمريكية إن قواتها نفذت، أمس السبت، عملية في شمال نيجيريا أسفرت عن تحرير المواطن الأمريكي فيليب والتن، الذي خطفه مسلحون في النيجر في وقت سابق من الأسبوع.
وكشف الأمريكيون تفاصيل العملية بعد إعلان وزير الدفاع النيجري الإفراج عن الرهينة من دون مزيد من التفاصيل.
وأوضحت وزارة الدفاع الأمريكية أن تحرير المواطن الأمريكي المخطوف جرى خلال عملية نفذتها القوات الأمريكية في شمال نيجيريا.
وقال المتحدث باسم البنتاغون جوناثان هوفمان في بيان إن «القوات الأمريكية نفذت عملية (…) في وقت مبكر من 31 أكتوبر في شمال نيجيريا، لتحرير مواطن أمريكي اختطفته مجموعة مسلحة».
وخطف فيليب والتن ليل الاثنين عند أطراف قرية «ماسالاتا» في النيجر، التي تبعد قرابة 10 كلم عن الحدود مع نيجيريا، ووصف بأنه نجل مبشر يقيم في النيجر.
وذكر مسؤولون محليون هذا الأسبوع أن الخاطفين تواصلوا مع والده وطالبوا بفدية، وهو ما لم تؤكده العائلة، وكان والتن يقيم في «ماسالاتا» مع زوجته وطفلهما منذ عامين، بحسب والده المقيم في النيجر منذ 30 عاما.
وأشاد الرئيس الأمريكي دونالد ترامب بتحرير الرهينة الأمريكي.
""", [
    ev("rescue-operation", "قواتها نفذت، أمس السبت، عملية في شمال نيجيريا", RESCUE, "'أمس السبت' in an article of Sun 1 Nov 2020 = Sat 31 Oct"),
    ev("niger-minister-announces", "بعد إعلان وزير الدفاع النيجري", RESCUE, "no own expression; the minister's announcement of Sat 31 Oct 2020 (aawsat 'اليوم السبت')"),
    ev("pentagon-statement", "وقال المتحدث باسم البنتاغون جوناثان هوفمان في بيان", RESCUE, "no own expression; the statement of Sat 31 Oct 2020 (iraqnewspaper 'في بيان يوم السبت')"),
    ev("walton-kidnap", "وخطف فيليب والتن ليل الاثنين", W_KIDNAP[0], "'ليل الاثنين' = the night of Mon 26 Oct 2020 (into Tue 27), my span 26-27 Oct", end=W_KIDNAP[1]),
    ev("ransom-demand", "أن الخاطفين تواصلوا مع والده وطالبوا بفدية", RANSOM[0], "'هذا الأسبوع': after the kidnapping and before the rescue, my span Tue 27 - Fri 30 Oct 2020", end=RANSOM[1]),
    ev("trump-praise", "وأشاد الرئيس الأمريكي دونالد ترامب", RESCUE, "no own expression; Trump's tweet of the day of the rescue, Sat 31 Oct 2020"),
])
art(S, "https://iraqnewspaper.net/2020/10/31/%d8%a7%d9%84%d8%a8%d9%86%d8%aa%d8%a7%d8%ba%d9%88%d9%86-%d9%8a%d9%86%d9%82%d8%b0-%d8%b1%d9%87%d9%8a%d9%86%d8%a9-%d8%a7%d9%85%d8%b1%d9%8a%d9%83%d9%8a-%d9%81%d9%8a-%d9%86%d9%8a%d8%ac%d9%8a%d8%b1%d9%8a",
    RESCUE, "the page's address carries its date, 2020/10/31 (Sat 31 Oct 2020), which agrees with the body's 'يوم السبت' for the Pentagon statement; headline kept from the page; the truncated last sentence dropped", True, """
البنتاغون ينقذ رهينة امريكي مبشرا للمسيحية في نيجيريا وترامب يبارك
أفاد المتحدث باسم البنتاغون جوناثان هوفمان، في بيان يوم السبت، بأن "القوات الأمريكية نفذت عملية لإنقاذ رهائن خلال الساعات الأولى من يوم 31 أكتوبر / تشرين الأول في شمال نيجيريا لاستعادة مواطن أمريكي كانت مجموعة من المسلحين تحتجزه رهينة". وهذا المواطن الأمريكي في أمان، وهو الآن في عهدة وزارة الخارجية الأمريكية.
وأضاف البيان أن أحدا من العسكريين الأمريكيين لم يصب في العملية.
وذكرت وسائل إعلام محلية أن الرهينة كان مبشرًا.
ونقلت وسائل إعلام محلية عدة، عن حاكم المنطقة المحلية التي جرى فيها الخطف، بحسب ما أوردته وسائل إعلام فرنسية من النيجر، قوله إن ستة رجال مسلحين ببنادق كلاشينكوف وصلوا على دراجات نارية إلى مقر الرجل في قرية مسالاتا قرب الحدود مع نيجيريا.
وأوضح الحاكم عبد الرحمن موسى لوسائل الإعلام أن الرجال، بعد أن طلبوا المال، اقتادوا المواطن الأمريكي معهم نحو الحدود النيجيرية.
ويأتي ذلك في حين أكد مسؤول أمريكي مطلع على العملية لـCNN أن المهمة، التي استغرقت عدة ساعات، نفذها فريق SEAL Team Six الذي نقلته إلى المنطقة قوات العمليات الخاصة الجوية.
""", [
    ev("pentagon-statement", "في بيان يوم السبت", RESCUE, "'يوم السبت' = Sat 31 Oct 2020"),
    ev("rescue-operation", "نفذت عملية لإنقاذ رهائن خلال الساعات الأولى من يوم 31 أكتوبر", RESCUE, "'خلال الساعات الأولى من يوم 31 أكتوبر / تشرين الأول' = the early hours of Sat 31 Oct 2020"),
    ev("walton-kidnap", "وصلوا على دراجات نارية إلى مقر الرجل", W_KIDNAP[0], "no own expression; the kidnapping of the night of Mon 26 Oct 2020 (into Tue 27), my span 26-27 Oct", end=W_KIDNAP[1]),
    ev("seal-team-mission", "نفذها فريق SEAL Team Six", RESCUE, "no own expression; the mission of several hours of the early hours of Sat 31 Oct 2020 (the rescue itself, told by a US official)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 573
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
