"""Builds stories.jsonl: the 584-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: openings and reopenings of museums, archaeological sites
and heritage buildings.
Stories: the reopening of the Bardo National Museum (Tunisia, September 2023), the reopening of the National
Museum of Damascus (Syria, October 2018), the reopening of the Iraq Museum in Baghdad (Iraq, March 2022), and
the reopening of the Step Pyramid of Djoser at Saqqara (Egypt, March 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-bardo-museum-reopening-2023
S = "tunisia-bardo-museum-reopening-2023"
COMMUNIQUE = "2023-09-11"                  # Mon 11 Sep 2023: the ministry's communique giving the reopening day
MINISTER = "2023-09-13"                    # Wed 13 Sep 2023: the minister's official announcement of the reopening
REOPEN = "2023-09-14"                      # Thu 14 Sep 2023: the museum opened to the public again
CLOSED = "2021-07-25"                      # closed with the measures of Sun 25 Jul 2021 (parliament frozen)
art(S, "https://tunibusiness.com.tn/ar/news-2981/amp",
    COMMUNIQUE, "no date on the stored (amp) page; the body's 'في بيان اليوم الاثنين' for the ministry's communique, which was issued on Mon 11 Sep 2023 (tunisien.tn: 'في بلاغ لها اليوم الإثنين 11 سبتمبر 2023'; businessnews.com.tn: 'ce lundi 11 septembre 2023'), before the reopening of Thu 14 Sep; headline written from the body (the stored text has none)", False, """
متحف باردو يفتح أبوابه للجمهور يوم الخميس 14 سبتمبر
سيفتح المتحف الوطني في باردو أبوابه أمام الجمهور بدءا من يوم الخميس 14 سبتمبر ، وسيتمكن الزوار من اكتشاف الفضاءات الجديدة والقطع الأثرية والأعمال الفنية التي تعرض لأول مرة إثر أعمال الترميم والصيانة.
ونُشر هذا الإعلان في بيان اليوم الاثنين على الصفحة الرسمية لوزارة الشؤون الثقافية.
وكان المتحف قد أغلق من قبل لإجراء أعمال تحديث وترميم.
وقضى أكاديميون ومثقفون شهر أغسطس الماضي في جمع توقيعات على عريضة تطالب بإعادة فتح المتحف، الذي ظل مغلقا لمدة أكثر من سنتين.
ويعتبر المتحف الوطني في باردو ثاني أقدم متحف في إفريقيا بعد المتحف المصري، إذ أسس في عام 1888.
ويحظى المتحف بشهرة عالمية بفضل مجموعته من الفسيفساء التي تعد الأكثر تنوعا في العالم، كما يضم تحفا أخرى تمتد من عصور ما قبل التاريخ إلى العصر الحديث، فتعود بنا عبر الزمن إلى تاريخ تونس.
""", [
    ev("bardo-reopening", "سيفتح المتحف الوطني في باردو أبوابه أمام الجمهور بدءا من يوم الخميس 14 سبتمبر", REOPEN, "'يوم الخميس 14 سبتمبر' = Thu 14 Sep 2023"),
    ev("ministry-communique", "ونُشر هذا الإعلان في بيان اليوم الاثنين", COMMUNIQUE, "'اليوم الاثنين' = the day of the article, Mon 11 Sep 2023"),
    ev("bardo-closure", "وكان المتحف قد أغلق من قبل لإجراء أعمال تحديث وترميم", CLOSED, "no own expression; the museum closed with the exceptional measures of Sun 25 Jul 2021 (elmawkefalarabi: 'إغلاقه في يوليو 2021'; businessnews: 'fermé ses portes à l'annonce des mesures exceptionnelles du 25 juillet 2021')"),
    ev("reopening-petition", "في جمع توقيعات على عريضة تطالب بإعادة فتح المتحف", "2023-08-01", "'شهر أغسطس الماضي' from Sep 2023 = the month of August 2023", end="2023-09-01"),
    ev("bardo-founded", "إذ أسس في عام 1888", "1888-01-01", "'في عام 1888' = the year 1888", end="1889-01-01"),
])
art(S, "https://ar.webmanagercenter.com/2023/09/14/361771/%d9%85%d8%aa%d8%ad%d9%81-%d8%a8%d8%a7%d8%b1%d8%af%d9%88-%d9%8a%d9%81%d8%aa%d8%ad-%d8%a3%d8%a8%d9%88%d8%a7%d8%a8%d9%87-%d9%84%d9%84%d8%b9%d9%85%d9%88%d9%85-%d9%88%d8%b3%d8%b7-%d8%ad%d8%b6%d9%88%d8%b1",
    REOPEN, "the URL's date 2023/09/14 and the body's 'اليوم الخميس 14 سبتمبر 2023' (14 Sep 2023 was a Thursday); headline rendered from the (truncated) URL slug", True, """
متحف باردو يفتح أبوابه للعموم
أعاد المتحف الوطني بباردو، اليوم الخميس 14 سبتمبر 2023، فتح أبوابه.
واستقبل المتحف الجمهور من التونسيين والسياح الذين توافدوا بأعداد كبيرة منذ الصباح، بحضور ممثلين عن وسائل الإعلام التونسية والأجنبية الذين تابعوا هذا الحدث الوطني والثقافي البارز.
وكانت وزيرة الشؤون الثقافية الدكتورة حياة قطاط القرمازي قد أعلنت بصفة رسمية يوم أمس، الأربعاء 13 سبتمبر 2023، إعادة فتح المتحف الوطني بباردو للعموم، ودعت إلى الإقبال على زيارته واكتشاف ما يضمه من نفائس تعود إلى حقب تاريخية متعددة.
وشددت كذلك على وجوب الحفاظ على المتاحف الوطنية والمواقع الأثرية التي تفاخر بها تونس بين الأمم، والالتزام بصيانتها كي تظل شاهدة على التاريخ للأجيال المقبلة.
""", [
    ev("bardo-reopening", "أعاد المتحف الوطني بباردو، اليوم الخميس 14 سبتمبر 2023، فتح أبوابه", REOPEN, "'اليوم الخميس 14 سبتمبر 2023' = Thu 14 Sep 2023"),
    ev("first-visitors", "الذين توافدوا بأعداد كبيرة منذ الصباح", REOPEN, "'منذ الصباح' of the reopening day, Thu 14 Sep 2023"),
    ev("minister-announcement", "قد أعلنت بصفة رسمية يوم أمس، الأربعاء 13 سبتمبر 2023", MINISTER, "'يوم أمس، الأربعاء 13 سبتمبر 2023' = Wed 13 Sep 2023"),
    ev("minister-heritage-call", "وشددت كذلك على وجوب الحفاظ على المتاحف الوطنية", MINISTER, "no own expression; said with the announcement of Wed 13 Sep 2023 ('كما أكدت' follows it on the page)"),
])
art(S, "https://elmawkefalarabi.com/breaking/news-20230914148720",
    REOPEN, "no date line in the stored text; the URL's number 20230914… and the body's 'الخميس' for the reopening of Thu 14 Sep 2023 (an AFP report filed that day, 'بعد ساعة من إعادة افتتاحه'); headline written from the body (the stored text has none); the truncated last sentence (a visitor's quote) dropped", False, """
متحف باردو الوطني في تونس يعيد فتح أبوابه بعد عامين من الإغلاق
أعاد متحف باردو الوطني، درة التراث التونسي، فتح أبوابه أمام الجمهور الخميس، فاستقبل عشرات الزوار والسياح التونسيين، بعد عامين من إغلاقه في يوليو 2021، وفق ما أفاد صحافيون من وكالة فرانس برس.
ومتحف باردو هو أكبر متاحف تونس، ويشتهر بمجموعاته من الفسيفساء النادرة، ويقع في قصر بايلكي سابق من القرن التاسع عشر، وكان مغلقا بسبب "أعمال إعادة التهيئة" بحسب وزارة الثقافة التونسية.
ويقع المتحف داخل المحيط نفسه الذي يضم مجلس نواب الشعب في العاصمة التونسية، وقد أغلق إثر تجميد نشاط البرلمان على يد الرئيس قيس سعيد، الذي استأثر بكامل الصلاحيات في 25 يوليو 2021.
وأعربت مديرة المتحف فاطمة نايت يغيل للصحافة عن "فخرها بالعمل المنجز"، مشيرة إلى توسيع عدد من الفضاءات، ما أتاح إعادة تنظيم المجموعات وعرض أعمال أخرى.
وأضافت أن وحدات من الحماية المدنية والشرطة باتت منتشرة "لضمان سلامة" الزوار.
وبعد ساعة من إعادة افتتاحه، كان المتحف قد استقبل قرابة مائة زائر، بينهم كثير من السياح، بحسب وكالة فرانس برس.
وتأمل بعضهم عددا من قطع الفسيفساء القديمة الضخمة، ومنها الإله نبتون على عربته والبطل هرقل وحبيبته أومفال.
وأضيفت إلى المتحف أقسام جديدة، منها قسم مخصص للمخطوطات الإسلامية.
""", [
    ev("bardo-reopening", "فتح أبوابه أمام الجمهور الخميس", REOPEN, "'الخميس' = Thu 14 Sep 2023, the day of the report"),
    ev("bardo-closure", "بعد عامين من إغلاقه في يوليو 2021", CLOSED, "'في يوليو 2021' = the closure with the measures of Sun 25 Jul 2021 (the day from the parliament freeze and businessnews; the text gives the month only)"),
    ev("saied-full-powers", "الذي استأثر بكامل الصلاحيات في 25 يوليو 2021", CLOSED, "'في 25 يوليو 2021' = Sun 25 Jul 2021"),
    ev("director-statement", "وأعربت مديرة المتحف فاطمة نايت يغيل للصحافة", REOPEN, "no own expression; told the press at the reopening of Thu 14 Sep 2023"),
    ev("first-visitors", "كان المتحف قد استقبل قرابة مائة زائر", REOPEN, "'بعد ساعة من إعادة افتتاحه' on Thu 14 Sep 2023"),
])

# ---------------------------------------------------------------- syria-damascus-national-museum-reopening-2018
S = "syria-damascus-national-museum-reopening-2018"
REOPEN = "2018-10-28"                      # Sun 28 Oct 2018: the National Museum of Damascus reopened
NEXT = "2018-10-29"
Y2012 = ("2012-01-01", "2013-01-01")       # the museum building was closed in 2012
art(S, "https://ahlmasrnews.com/731759",
    REOPEN, "no date line in the stored text; the body's 'أعاد المتحف الوطني بدمشق اليوم 28 أكتوبر' (a SANA-based agency report) for the reopening of Sun 28 Oct 2018 (alnnour: 'يوم الأحد 28/10/2018'); the 'إقرأ أيضاً' and share links dropped; headline kept from the page", True, """
دمشق تستعيد جزءا مهما من تاريخها
عاد المتحف الوطني في دمشق إلى فتح أبوابه أمام الزوار والنخب العلمية المتخصصة بعد سنوات على إغلاقه بسبب الظروف الصعبة التي مرت بها البلاد.
وها هو اليوم، في احتفالية حضارية تؤكد صمود سوريا وعودة الحياة إلى دمشق الياسمين، وبعد سنوات من الإغلاق، أعاد المتحف الوطني بدمشق اليوم 28 أكتوبر فتح أبوابه أمام الزوار وعلماء الآثار.
وفي كلمة ألقاها بمناسبة الافتتاح، قال وزير الثقافة السوري محمد الأحمد إن علماء آثار أجانب قدموا ليعبروا عن تضامنهم مع سوريا التي تعرض تراثها الأثري للتدمير على أيدي التنظيمات الإرهابية.
وأوضح الوزير الأحمد أن المتحف الوطني بدمشق واحد من أكبر متاحف العالم وأهمها، ويضم مقتنيات تختصر جهد السوريين وتوثق حضارتهم، وهي شاهد حي على قدرتهم على العطاء والتمسك بالأرض، وفق ما نقلته وكالة الأنباء السورية الرسمية "سانا".
""", [
    ev("damascus-museum-reopening", "أعاد المتحف الوطني بدمشق اليوم 28 أكتوبر فتح أبوابه", REOPEN, "'اليوم 28 أكتوبر' = Sun 28 Oct 2018"),
    ev("minister-remarks", "قال وزير الثقافة السوري محمد الأحمد", REOPEN, "no own expression; the minister's speech at the opening ceremony of Sun 28 Oct 2018"),
    ev("museum-closure", "بعد سنوات على إغلاقه بسبب الظروف الصعبة", Y2012[0], "no own expression ('بعد سنوات'); the building was closed in 2012 (aljadeed: 'أغلق ... عام 2012'; the year only)", end=Y2012[1]),
])
art(S, "https://dotmsr.com/News/305/1262061/إفتتاح-المتحف-الوطنى-بدمشق-لأول-مرة-منذ-سبع-سنوات",
    NEXT, "the page's stamp 'الجمعة، 22 نوفمبر 2024' is the site's clock at the crawl, not a date line; the body's 'أمس الأحد' for the reopening of Sun 28 Oct 2018 gives Mon 29 Oct 2018 (28 Oct 2018 was a Sunday); the video links dropped; headline kept from the page", False, """
إفتتاح المتحف الوطنى بدمشق لأول مرة منذ سبع سنوات
للمرة الأولى منذ اندلاع الأزمات السورية في العام 2011، فتح المتحف الوطني بدمشق أمس الأحد أبوابه أمام الجمهور.
وأفاد أحمد الديب، نائب مدير المتحف، قناة "يورونيوز" بأن المتحف فتح أبوابه جزئيا في الوقت الحالي، على أن تفتح أقسامه الأخرى في وقت لاحق، مضيفا: "سنعرض في هذا القسم وحده كل التحف والآثار العائدة إلى الحقب التاريخية كافة، من الشرق القديم إلى العصور الكلاسيكية والإسلامية".
وذكر الديب أن هناك مساعي لحماية المتاحف من خلال إغلاقها ونقل محتوياتها إلى أماكن بعيدة عن مناطق المواجهات العسكرية.
""", [
    ev("damascus-museum-reopening", "فتح المتحف الوطني بدمشق أمس الأحد أبوابه أمام الجمهور", REOPEN, "'أمس الأحد' in an article of Mon 29 Oct 2018 = Sun 28 Oct"),
    ev("syrian-crisis-start", "منذ اندلاع الأزمات السورية في العام 2011", "2011-01-01", "'في العام 2011' = the year 2011", end="2012-01-01"),
    ev("deputy-director-remarks", "وأفاد أحمد الديب، نائب مدير المتحف، قناة", REOPEN, "no own expression; the deputy director spoke to the media at the reopening of Sun 28 Oct 2018 (aljadeed)"),
])
art(S, "https://www.aljadeed.tv/news/%D8%B9%D8%B1%D8%A8%D9%8A%D8%A7%D8%AA/232062/%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D9%81-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D8%A8%D8%AF%D9%85%D8%B4%D9%82-%D9%8A%D9%81%D8%AA%D8%AD-%D8%A3%D8%A8%D9%88%D8%A7%D8%A8%D9%87-%D8%A3%D9%85%D8%A7%D9%85-%D8%A7%D9%84%D8%B2%D9%88%D8%A7%D8%B1",
    NEXT, "no date line in the stored text; the body's 'امس' (twice) for the reopening of Sun 28 Oct 2018 (ahlmasrnews: 'اليوم 28 أكتوبر') gives Mon 29 Oct 2018; headline rendered from the URL slug", False, """
المتحف الوطني السوري بدمشق يفتح أبوابه أمام الزوار
بعد نحو 6 سنوات من إغلاقه، أعيد امس فتح المتحف الوطني السوري بدمشق أمام الزوار وعلماء الآثار.
وكان متحف الآثار الشهير في دمشق قد أغلق عام 2012 بغرض حماية القطع الأثرية القديمة الموجودة فيه، ونقلت أغلب محتوياته وحفظت في أماكن سرية لصونها.
ويندرج قرار إعادة افتتاح جزء من المتحف ضمن مساعي الحكومة السورية لإثبات عودة الحياة إلى مجراها الطبيعي في البلد الذي مزقته الحرب.
وفي هذا السياق، صرح وزير الثقافة السوري محمد الأحمد لوكالة "أسوشيتد برس" بأن إعادة فتح المتحف بعثت "رسالة حقيقية" مفادها أن الإرث الثقافي الغني لهذا البلد لم يدمره "الإرهاب".
ولم يفتح أمام الزوار امس سوى جزء من متحف دمشق الوطني، غير أن نائب مدير المتحف أكد أن السلطات تعمل على إعادة فتحه بالكامل.
وقال أحمد ديب لوسائل الإعلام: "سنعرض في هذا القسم مجموعة من القطع الأثرية من جميع فترات ما قبل التاريخ والشرق القديم والعصور الإسلامية والكلاسيكية".
وظلت حدائق المتحف مفتوحة للجمهور خلال الحرب، بينما أغلق المبنى، إذ كانت دمشق في مرمى قذائف المعارضة المسلحة.
""", [
    ev("damascus-museum-reopening", "أعيد امس فتح المتحف الوطني السوري بدمشق", REOPEN, "'امس' in an article of Mon 29 Oct 2018 = Sun 28 Oct"),
    ev("museum-closure", "قد أغلق عام 2012 بغرض حماية القطع الأثرية", Y2012[0], "'عام 2012' = the year 2012", end=Y2012[1]),
    ev("minister-remarks", "صرح وزير الثقافة السوري محمد الأحمد لوكالة", REOPEN, "no own expression; the minister's remarks at the reopening of Sun 28 Oct 2018"),
    ev("deputy-director-remarks", "وقال أحمد ديب لوسائل الإعلام", REOPEN, "no own expression; at the reopening, 'امس' = Sun 28 Oct 2018"),
])

# ---------------------------------------------------------------- iraq-national-museum-reopening-2022
S = "iraq-national-museum-reopening-2022"
CEREMONY = "2022-03-06"                    # Sun 6 Mar 2022: PM al-Kadhimi opened the rehabilitated Iraq Museum
PUBLIC = "2022-03-07"                      # Mon 7 Mar 2022: the museum received visitors again
SHUT = ("2019-01-01", CEREMONY)            # closed about 2-3 years before (COVID-19, unrest): my span 2019 - 5 Mar 2022
art(S, "https://yazidinews.com/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D9%8A%D9%81%D8%AA%D8%AA%D8%AD-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D9%81-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1/",
    CEREMONY, "no date on the stored page; the body's 'اليوم الأحد', with the National Tolerance Day and 'مرور عام' since the Pope's meeting with al-Sistani (Sat 6 Mar 2021), gives Sun 6 Mar 2022 (alkhaleej of 7 Mar: 'وافتتح المتحف الأحد مصطفى الكاظمي'); headline rendered from the (truncated) URL slug", False, """
رئيس الوزراء يفتتح المتحف الوطني العراقي
دشّن رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الأحد، المتحف الوطني العراقي عقب إعادة تأهيله وصيانة قاعاته، وقد تزامن ذلك مع يوم التسامح الوطني ومرور عام على الزيارة التأريخية لقداسة البابا فرنسيس إلى العراق ولقائه التأريخي بسماحة المرجع الأعلى السيد السيستاني.
وبحسب بيان صادر عن مكتبه الإعلامي، افتتح الكاظمي كذلك معرض الآثار العراقية المستردة من خمس دول هي: الولايات المتحدة الأمريكية وهولندا واليابان وإيطاليا ولبنان.
وأشاد الكاظمي بالجهود التي بذلتها وزارة الثقافة والجهات الأخرى في صون آثار العراق وتراثه.
ودعا إلى الاستمرار في استرداد الآثار العراقية بالتنسيق الدبلوماسي مع الدول، مؤكدا حق العراق في استعادة كل آثاره التي هربت أو سرقت قبل عام 2003 وبعده، وشدد على دعم الحكومة غير المحدود لكل إجراءات الاسترداد.
""", [
    ev("museum-opening-ceremony", "دشّن رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الأحد، المتحف الوطني العراقي", CEREMONY, "'اليوم الأحد' = Sun 6 Mar 2022"),
    ev("pope-visit", "الزيارة التأريخية لقداسة البابا فرنسيس إلى العراق", "2021-03-05", "'مرور عام على' from 6 Mar 2022 = the Pope's visit to Iraq of Fri 5 - Mon 8 Mar 2021", end="2021-03-09"),
    ev("pope-sistani-meeting", "ولقائه التأريخي بسماحة المرجع الأعلى السيد السيستاني", "2021-03-06", "one year before Sun 6 Mar 2022 = the meeting in Najaf on Sat 6 Mar 2021"),
    ev("recovered-antiquities-exhibition", "افتتح الكاظمي كذلك معرض الآثار العراقية المستردة", CEREMONY, "no own expression; opened in the same ceremony, Sun 6 Mar 2022"),
])
art(S, "https://saw-tuha.com/2022/03/07/%D9%81%D9%8A-%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D8%A7%D9%84%D8%A3%D9%88%D9%84-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD%D9%87-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D9%81-%D8%A7%D9%84%D8%B9%D8%B1",
    PUBLIC, "the URL's date 2022/03/07 and the body's 'اليوم الأثنين' (7 Mar 2022 was a Monday); headline rendered from the (truncated) URL slug; the truncated last sentence dropped", True, """
في اليوم الأول بعد افتتاحه.. المتحف العراقي يستقبل الزوار
استقبل المتحف العراقي، اليوم الأثنين، وفودا أجنبية ومحلية في قاعاته التي تجسد الحضارات الآشورية والبابلية والأكدية والحضرية والإسلامية.
ويوم أمس، افتتحه وزير الثقافة والسياحة والآثار حسن ناظم ورئيس هيئة الآثار والتراث ليث مجيد حسين بحضور عدد كبير من مسؤولي الدولة.
وتوافدت اليوم على المتحف العراقي أعداد كبيرة من الزوار الأجانب والعراقيين للاطلاع على معروضاته، بعد أن خضع لأعمال صيانة وإعادة ترتيب لقاعاته المختلفة إثر غلق دام اكثر من سنتين بسبب تفشي جائحة كورونا.
وقال رئيس هيئة الآثار والتراث ليث مجيد حسين في بيان إن "أبواب المتحف ستظل مفتوحة للجميع"، داعيا طلبة المدارس التابعة لوزارة التربية وطلبة الكليات والجامعات التابعة لوزارة التعليم العالي والبحث العلمي إلى زيارة المتحف العراقي للتعرف على حضارة وادي الرافدين، تلك الحضارة التي علمت الإنسان القوانين وصناعة الحرف والعربة وحركة النجوم والكواكب وغيرها.
ويقدم المتحف عروضا متحفية جميلة ومتناسقة من حيث القدم والتسلسل التاريخي في 23 قاعة تمثل حضارة العراق وتروي قصة الإنسان الرافديني الذي عبر عن حضارته سعيا إلى بناء الإنسان وتحقيق الازدهار الحضاري والثقافي.
""", [
    ev("museum-public-reopening", "استقبل المتحف العراقي، اليوم الأثنين، وفودا أجنبية ومحلية", PUBLIC, "'اليوم الأثنين' = Mon 7 Mar 2022"),
    ev("museum-opening-ceremony", "ويوم أمس، افتتحه وزير الثقافة والسياحة والآثار حسن ناظم", CEREMONY, "'يوم أمس' from Mon 7 Mar 2022 = Sun 6 Mar"),
    ev("visitors-flock", "وتوافدت اليوم على المتحف العراقي أعداد كبيرة من الزوار", PUBLIC, "'اليوم' = Mon 7 Mar 2022"),
    ev("museum-closed", "إثر غلق دام اكثر من سنتين بسبب تفشي جائحة كورونا", SHUT[0], "'دام اكثر من سنتين' before the reopening of Sun 6 Mar 2022; alkhaleej says 3 years; my span 2019 - 5 Mar 2022", end=SHUT[1]),
])
art(S, "https://www.alkhaleej.ae/2022-03-07/المتحف-العراقي-يستقبل-زواره-بعد-إغلاق-3-سنوات/محطات/منوعات",
    PUBLIC, "the URL's date 2022-03-07 and the page's time stamp '23:41 مساء'; the body's 'الاثنين' for the reopening to visitors and 'الأحد' for al-Kadhimi's opening (an AFP report); the caption and the truncated last sentence dropped; headline kept from the page", True, """
المتحف العراقي يستقبل زواره بعد إغلاق 3 سنوات
فتح المتحف الوطني العراقي في بغداد أبوابه من جديد، الاثنين، أمام الزوار من السياح والعراقيين بعد إغلاق استمر 3 سنوات، بسبب جائحة «كوفيد- 19» والاضطرابات السياسية والأمنية.
وتوافد سياح أتراك وغربيون وعراقيون لزيارة المتحف الذي يحتوي آثارا يرجع تاريخها إلى نحو 2500 عام، منها ما يعود إلى عصر الإمبراطورية الآشورية، علاوة على أبواب وصناديق خشبية وآثار إسلامية أخرى من القرن التاسع.
وأنشئ المتحف الوطني العراقي الواقع وسط بغداد عام 1926 في منطقة القشلة، ثم انتقل عام 1966 إلى منطقة العلاوي بعد توسعته وإغناء محتوياته التي تجسد تاريخ بلاد ما بين النهرين.
وتتميز قاعته الآشورية بضخامة معروضاتها التي يتعذر سرقتها أو إخفاؤها، ومن أبرزها الثوران المجنحان برأسين بشريين تعلوهما كتابات مسمارية من عصر الملك آشور ناصر بال الثاني (883-859 قبل الميلاد)، وقد عثر عليهما عند أحد مداخل قاعة العرش في القصر الغربي بنمرود.
وكان رئيس الوزراء العراقي مصطفى الكاظمي قد افتتح المتحف الأحد «بعد إعادة تأهيله وإجراء أعمال الصيانة في قاعاته».
""", [
    ev("museum-public-reopening", "فتح المتحف الوطني العراقي في بغداد أبوابه من جديد، الاثنين", PUBLIC, "'الاثنين' = Mon 7 Mar 2022, the day of the report"),
    ev("museum-closed", "بعد إغلاق استمر 3 سنوات", SHUT[0], "'استمر 3 سنوات' before the reopening; my span 2019 - 5 Mar 2022 (saw-tuha: 'اكثر من سنتين')", end=SHUT[1]),
    ev("visitors-flock", "وتوافد سياح أتراك وغربيون وعراقيون", PUBLIC, "no own expression; the first day open to visitors, Mon 7 Mar 2022"),
    ev("museum-founded", "وأنشئ المتحف الوطني العراقي الواقع وسط بغداد عام 1926", "1926-01-01", "'عام 1926' = the year 1926", end="1927-01-01"),
    ev("museum-moved-allawi", "ثم انتقل عام 1966 إلى منطقة العلاوي", "1966-01-01", "'عام 1966' = the year 1966", end="1967-01-01"),
    ev("museum-opening-ceremony", "قد افتتح المتحف الأحد", CEREMONY, "'الأحد' before Mon 7 Mar 2022 = Sun 6 Mar"),
])

# ---------------------------------------------------------------- egypt-djoser-step-pyramid-reopening-2020
S = "egypt-djoser-step-pyramid-reopening-2020"
REOPEN = "2020-03-05"                      # Thu 5 Mar 2020: the Step Pyramid of Djoser at Saqqara reopened
Y2006 = ("2006-01-01", "2007-01-01")       # the restoration began in 2006
Y2011 = ("2011-01-01", "2012-01-01")       # halted in 2011
Y2013 = ("2013-01-01", "2014-01-01")       # resumed in (late) 2013
art(S, "https://alborsaanews.com/2020/03/05/1304139",
    REOPEN, "the URL's date 2020/03/05 and the body's 'بعد قليل' for the opening of Thu 5 Mar 2020 (arabicpost: 'الخميس 5 مارس/آذار 2020'); headline written from the body (the stored text has none); the truncated last sentence dropped", True, """
مدبولي والعناني يفتتحان هرم زوسر المدرج بسقارة
يفتتح رئيس مجلس الوزراء الدكتور مصطفى مدبولي ووزير السياحة والآثار الدكتور خالد العناني، بعد قليل، هرم زوسر المدرج في منطقة سقارة الأثرية، إثر الانتهاء من مشروع ترميمه وتطوير محيطه.
ويعقد رئيس الوزراء ووزير السياحة والآثار عقب الافتتاح مؤتمرا صحفيا يكشفان فيه تفاصيل مشروع ترميم هرم زوسر، أقدم بناء حجري في العالم، بحضور عدد من سفراء الدول الأجنبية ورؤساء البعثات الأثرية ووسائل الإعلام المحلية والأجنبية.
وكان الدكتور مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، قد ذكر في تصريحات سابقة أن مشروع ترميم هرم سقارة من أبرز المشروعات التي تنفذها الوزارة، إذ انطلق عام 2006 وتوقفت أعماله عام 2011 ثم استؤنفت من جديد نهاية عام 2013.
واشتمل مشروع الترميم على أعمال درء الخطورة والترميم الخارجي والداخلي للهرم، وتطوير مسارات الزيارة المؤدية إليه والممرات الداخلية المفضية إلى بئر الدفن، إلى جانب ترميم التابوت الحجري والترميم الدقيق للجدران.
""", [
    ev("djoser-reopening", "يفتتح رئيس مجلس الوزراء الدكتور مصطفى مدبولي", REOPEN, "'بعد قليل' in an article of Thu 5 Mar 2020"),
    ev("press-conference", "ويعقد رئيس الوزراء ووزير السياحة والآثار عقب الافتتاح مؤتمرا صحفيا", REOPEN, "'عقب الافتتاح' of Thu 5 Mar 2020"),
    ev("restoration-start", "إذ انطلق عام 2006", Y2006[0], "'عام 2006' = the year 2006", end=Y2006[1]),
    ev("restoration-halt", "وتوقفت أعماله عام 2011", Y2011[0], "'عام 2011' = the year 2011", end=Y2011[1]),
    ev("restoration-resumed", "ثم استؤنفت من جديد نهاية عام 2013", Y2013[0], "'نهاية عام 2013' = late 2013 (gold: the year 2013, as in arabicpost 'بالعام 2013')", end=Y2013[1]),
])
art(S, "https://copts-united.com/Article.php?I=4021&A=546774",
    REOPEN, "no date on the stored page; the body's 'الذي يفتتحه رئيس الوزراء اليوم' (twice 'اليوم') for the opening of Thu 5 Mar 2020 (alborsaanews of 5 Mar: 'بعد قليل'; arabicpost: 'الخميس 5 مارس/آذار 2020') gives Thu 5 Mar 2020; headline written from the body (the stored text has none)", False, """
وزيري: ترميم هرم زوسر تكلف نحو 100 مليون جنيه
أفاد الدكتور مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، بأن ترميم هرم زوسر المدرج، الذي يفتتحه رئيس الوزراء اليوم، تكلف ما يقارب 100 مليون جنيه.
وأضاف أن هرم الملك زوسر هو أقدم بناء هرمي من الحجر في التاريخ، وينطوي على كثير من الأسرار والألغاز.
ولفت إلى أن شائعات عدة انتشرت حول الهرم في الفترة الماضية، من بينها انهياره، وهو ما نفته الوزارة مرارا وتكرارا.
وتابع: "لو انهارت أهرامات العالم فلن ينهار هرم زوسر لأن طريقة بنائه فريدة".
ويقع الهرم، الذي يسميه كثيرون الهرم المدرج، في منطقة آثار سقارة، وهو من المعالم الأثرية المهمة في جبانة سقارة غرب مدينة ممفيس القديمة في مصر، وقد بناه أمنحوتب خلال القرن الـ27 قبل الميلاد ليدفن فيه زوسر.
وضم مشروع الترميم أعمال درء الخطورة والترميم الخارجي والداخلي للهرم، وتطوير مسارات الزيارة والممرات الداخلية المؤدية إلى بئر الدفن، وترميم التابوت الحجري والترميم الدقيق للحوائط.
وبدأ مشروع الترميم عام 2006 وتوقفت الأعمال عام 2011 واستؤنفت في نهاية عام 2013، إلى أن اكتمل مؤخرا، ليفتتحه رئيس الوزراء اليوم.
""", [
    ev("djoser-reopening", "الذي يفتتحه رئيس الوزراء اليوم", REOPEN, "'اليوم' = Thu 5 Mar 2020, the day of the article"),
    ev("restoration-start", "وبدأ مشروع الترميم عام 2006", Y2006[0], "'عام 2006' = the year 2006", end=Y2006[1]),
    ev("restoration-halt", "وتوقفت الأعمال عام 2011", Y2011[0], "'عام 2011' = the year 2011", end=Y2011[1]),
    ev("restoration-resumed", "واستؤنفت في نهاية عام 2013", Y2013[0], "'في نهاية عام 2013' = late 2013 (gold: the year 2013)", end=Y2013[1]),
])
art(S, "https://arabicpost.live/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2020/03/06/%d9%85%d8%b5%d8%b1-%d8%aa%d8%b9%d9%8a%d8%af-%d8%a7%d9%81%d8%aa%d8%aa%d8%a7%d8%ad-%d8%a3%d9%82%d8%af%d9%85-%d9%87%d8%b1%d9%85",
    "2020-03-06", "the URL's date 2020/03/06 (a Friday); the body dates the opening 'الخميس 5 مارس/آذار 2020'; headline rendered from the (truncated) URL slug; the truncated last sentence (student prices) shortened", True, """
مصر تعيد افتتاح أقدم هرم
أعادت مصر فتح "هرم زوسر" في سقارة جنوب القاهرة، إثر عملية ترميم متقطعة امتدت 14 عاماً وبلغت كلفتها نحو 104 ملايين جنيه مصري (6.7 مليون دولار)، وفتح الهرم الذي يبلغ عمره 4700 عام أبوابه للزوار الخميس 5 مارس/آذار 2020.
وألقى وزير السياحة والآثار خالد العناني كلمة عند سفح الهرم المدرج الشهير، قال فيها: "نعيد فتح أقدم هرم لا يزال واقفاً في مصر".
ويأتي الافتتاح بعد سنوات من العمل على المشروع الذي انطلق بالعام 2006، غير أنه توقف عام 2011 "لأسباب أمنية" مرتبطة بالثورة التي أطاحت بالرئيس المخلوع حسني مبارك، ثم استؤنف العمل بالعام 2013.
ويقع هرم زوسر على مسافة 20 كيلومتراً جنوب القاهرة في ممفيس، أول عاصمة لمصر، وقد شيده المهندس المعماري امحتب، ويبلغ ارتفاعه نحو 60 متراً، في عهد الملك زوسر (2667-2648 قبل الميلاد) من الأسرة الثالثة بالعام 2700 قبل الميلاد، فوق غرفة تحت الأرض عمقها 28 متراً تضم مقبرة من الغرانيت الوردي.
والآن، بات الهرم يستقبل زواره رسمياً، ويبلغ ثمن التذكرة للأجنبي 100 جنيه مصري (6 دولارات).
""", [
    ev("djoser-reopening", "أبوابه للزوار الخميس 5 مارس/آذار 2020", REOPEN, "'الخميس 5 مارس/آذار 2020' = Thu 5 Mar 2020"),
    ev("press-conference", "وألقى وزير السياحة والآثار خالد العناني كلمة", REOPEN, "no own expression; the minister's address at the press conference of the opening, Thu 5 Mar 2020"),
    ev("restoration-start", "المشروع الذي انطلق بالعام 2006", Y2006[0], "'بالعام 2006' = the year 2006", end=Y2006[1]),
    ev("restoration-halt", "غير أنه توقف عام 2011", Y2011[0], "'عام 2011' = the year 2011", end=Y2011[1]),
    ev("mubarak-ouster", "بالثورة التي أطاحت بالرئيس المخلوع حسني مبارك", "2011-01-25", "no own expression; the revolution of Tue 25 Jan - Fri 11 Feb 2011 (Mubarak stepped down on 11 Feb)", end="2011-02-12"),
    ev("restoration-resumed", "ثم استؤنف العمل بالعام 2013", Y2013[0], "'بالعام 2013' = the year 2013", end=Y2013[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 584
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
