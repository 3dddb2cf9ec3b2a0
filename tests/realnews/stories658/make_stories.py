"""Builds stories.jsonl: the 658-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: weather events other than floods (sandstorms, snowstorms,
hail, cold waves) in the Gulf, the Levant, Iraq or the Maghreb.
Stories: the sandstorm of Friday 20 February 2015 in Kuwait (airport halted, kirby panels falling at the Sheikh
Sabah al-Ahmad heritage village), and the snow of 17-18 December 2025 in Saudi Arabia (Hail and the Tabuk
heights on Wednesday, al-Majma'ah and al-Ghat north of Riyadh on Thursday).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-february-sandstorm-heritage-village-2015
S = "kuwait-february-sandstorm-heritage-village-2015"
STORM = "2015-02-20"                       # the sandstorm of Fri 20 Feb 2015 (1 Jumada I 1436)
AFTER = "2015-02-21"                       # after midnight of the storm day: the weather settles
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=1447880",
    "2015-02-20", "the SPA dateline in the body, 'الكويت 1 جمادى الأولى 1436 هـ الموافق 20 فبراير 2015 م واس', and the wire stamp '18:29' (1 Jumada I 1436 = Fri 20 Feb 2015, checked with hijridate); headline written from the body (the stored text has none)", True, """
توقف حركة الطيران في مطار الكويت الدولي بسبب عاصفة رملية
الكويت 1 جمادى الأولى 1436 هـ الموافق 20 فبراير 2015 م (واس)
أوقفت الإدارة العامة للطيران المدني الكويتي حركة الطيران في مطار الكويت الدولي، إثر تدني مستوى الرؤية جراء العاصفة الرملية التي تضرب البلاد حاليًا.
وأوضح مدير إدارة العمليات في مطار الكويت الدولي صالح الفداغي، في تصريح أدلى به اليوم، أن العاصفة الرملية خفضت مستوى الرؤية إلى 200 متر، الأمر الذي اقتضى وقف حركة الطائرات إلى أن تتحسن الرؤية وتنحسر العاصفة.
// انتهى // 18:29 ت م
""", [
    ev("sandstorm", "العاصفة الرملية التي تضرب البلاد حاليًا", STORM, "'حاليًا' in the SPA report dated '1 جمادى الأولى 1436 هـ الموافق 20 فبراير 2015' = Fri 20 Feb 2015"),
    ev("airport-halt", "أوقفت الإدارة العامة للطيران المدني الكويتي حركة الطيران", STORM, "no own expression; announced in the report of Fri 20 Feb 2015 (dateline), the storm 'حاليًا'"),
    ev("visibility-drop", "خفضت مستوى الرؤية إلى 200 متر", STORM, "the storm of the day of the report, Fri 20 Feb 2015"),
    ev("fadaghi-statement", "في تصريح أدلى به اليوم", STORM, "'اليوم' in the report dated 20 Feb 2015 = Fri 20 Feb 2015"),
])
art(S, "https://sayidaty.net/node/274156/%D8%A3%D8%B3%D8%B1%D8%A9-%D9%88%D9%85%D8%AC%D8%AA%D9%85%D8%B9/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A3%D8%B3%D8%B1%D8%A9-%D9%88%D9%85%D8%AC%D8%AA%D9%85%D8%B9/%D8%B9%D8%A7%D8%B5%D9%81%D8%A9-%D8%B1%D9%85%D9%84%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D9%88%D8%A7%D9%84%D8%AE%D8%B3%D8%A7%D8%A6%D8%B1-%D9%85%D8%A7%D8%AF%D9%8A%D8%A9-%D9%81%D9%82%D8%B7",
    "2015-02-21", "no date on the stored page; the body's 'العاصفة الرملية، التي شهدتها البلاد أمس' for the sandstorm of Fri 20 Feb 2015 (SPA: '20 فبراير 2015') and 'يوم الخميس المقبل 26 فبراير' (26 Feb 2015 was a Thursday) give Sat 21 Feb 2015; headline rendered from the URL slug; the repeated paragraph at the end of the stored text dropped", False, """
عاصفة رملية في الكويت والخسائر مادية فقط
عاش سكان الكويت من مواطنين ومقيمين ساعات عصيبة، بعدما اجتاحت البلاد عاصفة رملية كثيفة انعدمت معها الرؤية كليا، من دون أن تسجَّل أي إصابات أو حرائق جراءها، وفق ما ذكرته الإدارة العامة للإطفاء.
وأفاد مدير إدارة الأرصاد الجوية محمد كرم بأن الكويت تأثرت بموجة هوائية باردة رافقتها رياح شمالية غربية نشطة وصلت سرعتها إلى نحو 70 كيلومتراً في الساعة، فأثارت الغبار والأتربة وخفضت الرؤية في أغلب مناطق البلاد إلى ما دون 500 متر، مرجحاً أن يستقر الطقس شيئاً فشيئاً بعد منتصف الليل.
بدوره، أكد المستشار في الديوان الأميري محمد ضيف الله شرار أن سرعة استجابة رجال الأمن والإطفاء ووعي المواطنين أسهما إلى حد كبير في تفادي أي إصابات عندما تساقطت ألواح من الكيربي في قرية الشيخ صباح الأحمد التراثية بفعل العاصفة الرملية التي ضربت البلاد أمس، إذ زادت سرعة الرياح على 70 كيلومتراً في الساعة.
ويشار إلى أن الحادث وقع خلال أمسية شعرية شارك فيها عدد من الشعراء، ضمن احتفاليات الأعياد الوطنية المقررة أمس ويوم الخميس المقبل 26 فبراير، علماً أن برنامج الاحتفاليات والفعاليات ماضٍ على حاله بصورة طبيعية.
""", [
    ev("sandstorm", "بعدما اجتاحت البلاد عاصفة رملية كثيفة", STORM, "no own expression; the storm 'التي ضربت البلاد أمس' in a report of Sat 21 Feb 2015 = Fri 20 Feb (SPA of 20 Feb)"),
    ev("visibility-drop", "وخفضت الرؤية في أغلب مناطق البلاد إلى ما دون 500 متر", STORM, "no own expression; during the storm of Fri 20 Feb 2015"),
    ev("weather-settles", "أن يستقر الطقس شيئاً فشيئاً بعد منتصف الليل", AFTER, "'بعد منتصف الليل' after the storm of Fri 20 Feb 2015 = the small hours of Sat 21 Feb (a forecast)"),
    ev("kirby-panels-fall", "عندما تساقطت ألواح من الكيربي في قرية الشيخ صباح الأحمد التراثية", STORM, "'بفعل العاصفة الرملية التي ضربت البلاد أمس' = Fri 20 Feb 2015"),
    ev("celebrations-thursday", "ويوم الخميس المقبل 26 فبراير", "2015-02-26", "'يوم الخميس المقبل 26 فبراير' after the storm of 20 Feb 2015 = Thu 26 Feb 2015 (a Thursday)"),
])

# ---------------------------------------------------------------- saudi-hail-tabuk-riyadh-snow-dec-2025
S = "saudi-hail-tabuk-riyadh-snow-dec-2025"
NORTH = "2025-12-17"                       # snow on the heights of Tabuk (Jabal al-Lawz) and Hail, Wed 17 Dec 2025; the NCM spokesman's forecast
RIYADH = "2025-12-18"                      # snow at al-Majma'ah and al-Ghat (north of Riyadh) and Qassim, Thu 18 Dec 2025
art(S, "https://www.almowaten.net/2025/12/%D9%81%D8%B1%D8%B5-%D9%84%D8%AA%D8%B3%D8%A7%D9%82%D8%B7-%D8%A7%D9%84%D8%AB%D9%84%D9%88%D8%AC-%D8%BA%D8%AF%D9%8B%D8%A7-%D8%B9%D9%84%D9%89-%D8%A3%D8%AC%D8%B2%D8%A7%D8%A1-%D9%85%D9%86-%D8%B4%D9%85%D8%A7/",
    "2025-12-17", "the stamp 'الأربعاء ١٧ ديسمبر ٢٠٢٥ الساعة ٣:٤٣ مساءً' under the headline (kept in the text), the page date 2025-12-17 and 2025/12 in the URL path; headline kept from the page; the last, truncated sentence dropped", True, """
فرص لتساقط الثلوج غدًا على أجزاء من شمال الرياض والقصيم
الأربعاء ١٧ ديسمبر ٢٠٢٥ الساعة ٣:٤٣ مساءً
المواطن - واس
أفاد حسين بن محمد القحطاني، المتحدث الرسمي للمركز الوطني للأرصاد، بأن تحليلات الطقس ترجح وجود فرص لتساقط الثلوج يوم غدٍ على أجزاء من شمال منطقة الرياض ومن منطقة القصيم، بعدما شهدت مرتفعات منطقتي تبوك وحائل الحالة نفسها اليوم، بسبب تأثر هذه المناطق بكتلة هوائية شديدة البرودة يرافقها عدم استقرار في الأجواء.
وأوضح أن الحالة المنتظرة تتضمن تراجعًا ملموسًا في درجات الحرارة، مع احتمال هطول أمطار قد تتحول إلى ثلوج فوق المرتفعات العالية، ولا سيما خلال ساعات الليل والصباح الباكر، لافتًا إلى أن المركز يتابع تطورات الحالة على مدار الساعة، وداعيًا الجميع إلى متابعة التقارير والتحديثات الرسمية التي تصدر عبر قنوات المركز، والتزام الحيطة والحذر خاصة في المناطق المتأثرة، وتجنب مخاطر البرد الشديد والهبوط الحاد في درجات الحرارة.
""", [
    ev("ncm-snow-forecast", "أفاد حسين بن محمد القحطاني، المتحدث الرسمي للمركز الوطني للأرصاد", NORTH, "the statement reported under the stamp of Wed 17 Dec 2025"),
    ev("snow-north-riyadh-qassim", "فرص لتساقط الثلوج يوم غدٍ على أجزاء من شمال منطقة الرياض", RIYADH, "'يوم غدٍ' from Wed 17 Dec 2025 = Thu 18 Dec (a forecast; the snow fell that morning at al-Majma'ah and al-Ghat, sabq)"),
    ev("snow-tabuk-hail", "بعدما شهدت مرتفعات منطقتي تبوك وحائل الحالة نفسها اليوم", NORTH, "'اليوم' under the stamp of Wed 17 Dec 2025"),
])
art(S, "https://www.okaz.com.sa/local/na/2227058",
    "2025-12-17", "the page date 2025-12-17 in the stored page; the body's '(الأربعاء)' for the snow in Hail and Jabal al-Lawz and '(الخميس)' for the coming snow agree (17 Dec 2025 was a Wednesday); headline written from the body (the stored text has none); the last paragraph, truncated, dropped", False, """
الثلوج تكسو حائل وجبل اللوز والدور على شمال الرياض والقصيم
شهدت منطقة حائل وجبل اللوز في منطقة تبوك (الأربعاء) تساقطاً كثيفاً للثلوج، رافقه ضباب غطى المرتفعات ورياح شديدة وهبوط واضح في درجات الحرارة التي بلغت 4 درجات مئوية تحت الصفر.
ومن المنتظر أن يكسو الزائر الأبيض المحبب إلى النفوس مرتفعات تبوك وحائل، إلى جانب شمال منطقتي الرياض والقصيم اللتين باتتا على موعد مع فرص لتساقط الثلوج (الخميس).
وأكد المتحدث باسم المركز الوطني للأرصاد أن الفرصة مهيأة لهطول الثلج على تلك المناطق، مع استمرار تساقطه على مرتفعات منطقة تبوك (اللوز، علقان، والظهر) وأجزاء من مرتفعات منطقة حائل حتى صباح الخميس.
وكان المركز قد رجح في تقريره عن حالة الطقس تساقط ثلوج خفيفة وتكوّن الصقيع على أجزاء من مرتفعات منطقتي تبوك وحائل، وعلى الأجزاء الشمالية الشرقية من مرتفعات منطقة المدينة المنورة، مع سماء غائمة جزئياً إلى غائمة تتخللها سحب رعدية ممطرة على الأجزاء الغربية والجنوبية الغربية من المملكة.
""", [
    ev("snow-tabuk-hail", "تساقطاً كثيفاً للثلوج", NORTH, "'(الأربعاء)' in a report of Wed 17 Dec 2025 = that day"),
    ev("minus-four", "التي بلغت 4 درجات مئوية تحت الصفر", NORTH, "the same Wednesday, 17 Dec 2025"),
    ev("snow-north-riyadh-qassim", "على موعد مع فرص لتساقط الثلوج (الخميس)", RIYADH, "'(الخميس)' after Wed 17 Dec 2025 = Thu 18 Dec"),
    ev("ncm-snow-forecast", "وأكد المتحدث باسم المركز الوطني للأرصاد", NORTH, "no own expression; the spokesman's statement of Wed 17 Dec 2025 (almowaten, stamp of 17 Dec)"),
    ev("snow-continues-tabuk", "مع استمرار تساقطه على مرتفعات منطقة تبوك", NORTH, "from Wednesday 17 Dec 'حتى صباح الخميس' = until the morning of Thu 18 Dec 2025; span 17-18 Dec", end="2025-12-19"),
])
art(S, "https://sabq.org/saudia/z0h4n89jg7",
    "2025-12-18", "the page date 2025-12-18 in the stored page; the body's 'صباح اليوم' and 'اليوم الخميس' agree (18 Dec 2025 was a Thursday; almowaten of Wed 17 Dec: snow 'يوم غدٍ'); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
الأرصاد تنشر لقطات لتساقط الثلوج على المجمعة والغاط
بث المركز الوطني للأرصاد، عبر حسابه الرسمي في منصة «إكس»، لقطات مصورة توثق تساقط الثلوج صباح اليوم على محافظتي المجمعة والغاط شمال منطقة الرياض، في مشهد نادر يجسد أثر موجة البرد الشديدة التي تمر بها عدة مناطق في المملكة.
وكان حسين بن محمد القحطاني، المتحدث الرسمي للمركز، قد ذكر أن تحليلات الطقس تدل على فرص لتساقط الثلوج، اليوم الخميس، على أجزاء من شمال منطقة الرياض ومنطقة القصيم، امتدادًا للحالة الجوية التي جلبت الثلوج إلى مرتفعات منطقتي تبوك وحائل، بفعل تأثرها بكتلة هوائية شديدة البرودة ترافقها حالة من عدم الاستقرار الجوي.
وأشار القحطاني إلى أن الحالة المتوقعة تشمل هبوطًا حادًا في درجات الحرارة، وفرصًا لأمطار قد تكون ثلجية فوق المرتفعات العالية، خصوصًا في ساعات الليل والصباح الباكر.
وشدد على أن المركز مستمر في رصد تطورات الحالة على مدار الساعة، داعيًا إلى متابعة التقارير والتنبيهات الرسمية الصادرة عبر قنواته، والتحلي بالحيطة والحذر في المناطق المتأثرة.
""", [
    ev("ncm-footage", "بث المركز الوطني للأرصاد، عبر حسابه الرسمي في منصة «إكس»", RIYADH, "no own expression; the footage of the snow of 'صباح اليوم', Thu 18 Dec 2025"),
    ev("snow-north-riyadh-qassim", "تساقط الثلوج صباح اليوم على محافظتي المجمعة والغاط", RIYADH, "'صباح اليوم' in a report of Thu 18 Dec 2025 ('اليوم الخميس')"),
    ev("ncm-snow-forecast", "وكان حسين بن محمد القحطاني، المتحدث الرسمي للمركز، قد ذكر", NORTH, "no own expression ('وكان ... قد ذكر'); the statement of Wed 17 Dec 2025 (almowaten, stamp of 17 Dec: 'يوم غدٍ')"),
    ev("snow-tabuk-hail", "للحالة الجوية التي جلبت الثلوج إلى مرتفعات منطقتي تبوك وحائل", NORTH, "no own expression; the snow of Wed 17 Dec 2025 (okaz: '(الأربعاء)'; almowaten: 'اليوم' under the stamp of 17 Dec)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 658
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
