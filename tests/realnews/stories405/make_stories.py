"""Builds stories.jsonl: the 405-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Cairo and Giza (metro and trains, fires,
building collapses, traffic, courts, prices, festivals, universities).
Stories: the fire of al-Ahram film studio in al-Omraniya, Giza (March 2024), the "Shorouk girl" Habiba
al-Shamaa who jumped from a ride-hailing car on the Suez road in Cairo (February 2024), and the Cairo metro
fare rise with the trial run of six new Line 3 stations (January 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- giza-al-ahram-studio-fire-2024
S = "giza-al-ahram-studio-fire-2024"
FIRE = "2024-03-16"                        # the fire broke out about 01:00 on Sat 16 Mar 2024 (6 Ramadan 1445), put out after 6+ hours
art(S, "https://www.alaraby.co.uk/society/%D9%85%D8%B5%D8%B1-313-%D8%AF%D9%88%D9%84%D8%A7%D8%B1%D8%A7%D9%8B-%D8%AA%D8%B9%D9%88%D9%8A%D8%B6%D8%A7%D9%8B-%D9%84%D9%85%D8%AA%D8%B6%D8%B1%D8%B1%D9%8A%D9%86-%D9%85%D9%86-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A7%D8%B3%D8%AA%D9%88%D8%AF%D9%8A%D9%88-%D8%A7%D9%84%D8%A3%D9%87%D8%B1%D8%A7%D9%85",
    "2024-03-16", "page date line '16 مارس 2024' (kept as second line; 16 Mar 2024 was a Saturday); headline kept (reworded), the photo caption, the '+ الخط -' furniture and the summary bullets dropped (their facts folded into the body); the last, truncated sentence shortened", True, """
مصر: 15 ألف جنيه لكل أسرة متضررة من حريق استوديو الأهرام
16 مارس 2024
أصدر رئيس الوزراء المصري مصطفى مدبولي توجيهاً بمنح كل أسرة من الأهالي المتضررين 15 ألف جنيه (قرابة 313 دولاراً) تعويضاً، توازي أجرة السكن لعدة أشهر في المنطقة التي يقيمون فيها، ريثما تُؤهَّل المباني وتعود إلى حالتها الأولى، فيرجع السكان إلى بيوتهم التي وصلتها النيران.
وأظهر الحصر المبدئي أن النيران أتت جزئياً على محتويات 42 شقة في 10 عقارات، بعد الحريق الذي شب في استوديو الأهرام بالجيزة.
وزار مدبولي موقع الحريق مشدداً على الإسراع في صرف التعويضات وإعادة الأوضاع إلى ما كانت عليه، فيما تعهدت الحكومة بتحمل تكاليف إعادة الإعمار وإصدار بطاقات رقم قومي بديلة للمتضررين.
وشكلت محافظة الجيزة لجنة هندسية لحصر الخسائر التي خلّفها الحريق وتقييم الأضرار.
ويُعد استوديو الأهرام واحداً من أعرق استوديوهات السينما في مصر والعالم العربي.
""", [
    ev("compensation-15000", "بمنح كل أسرة من الأهالي المتضررين 15 ألف جنيه", FIRE, "no own expression; Madbouly's directive during his visit to the site at noon of Sat 16 Mar 2024 (date line; vetogate 'ظهر اليوم')"),
    ev("neighbouring-homes-burnt", "أن النيران أتت جزئياً على محتويات 42 شقة في 10 عقارات", FIRE, "no own expression; the spread of the fire of Sat 16 Mar 2024 to the nearby buildings (the prosecution: 'فجر أمس السبت الموافق السادس عشر من مارس')"),
    ev("studio-fire", "بعد الحريق الذي شب في استوديو الأهرام بالجيزة", FIRE, "no own expression; the fire of the small hours of Sat 16 Mar 2024 (the prosecution's statement)"),
    ev("madbouly-visit", "وزار مدبولي موقع الحريق", FIRE, "no own expression; the visit at noon of Sat 16 Mar 2024 (vetogate 'ظهر اليوم', dostor 'اليوم السبت')"),
    ev("replacement-ids", "وإصدار بطاقات رقم قومي بديلة للمتضررين", FIRE, "no own expression; part of Madbouly's directives of Sat 16 Mar 2024"),
    ev("engineering-committee", "وشكلت محافظة الجيزة لجنة هندسية لحصر الخسائر", FIRE, "no own expression; the governorate's committee formed on the day of the fire, Sat 16 Mar 2024 (my reading; the prosecution formed its own committees on 16-17 Mar)"),
])
art(S, "https://www.vetogate.com/5110386",
    "2024-03-16", "no date line on the stored page; the body's 'ظهر اليوم' and 'صباح اليوم السبت' for the fire known to have broken out in the small hours of Sat 16 Mar 2024 (the prosecution: 'فجر ... السبت الموافق السادس عشر من مارس لعام ٢٠٢٤'); headline kept (reworded); the masthead, photo caption and 'Advertisements' dropped; the last, truncated words shortened; no date of its own in the text", False, """
مدبولي يوجه بصرف 15 ألف جنيه لكل أسرة تضررت من حريق استوديو الأهرام
أصدر الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، توجيهاً فورياً بصرف 15 ألف جنيه لكل أسرة لحقت الأضرار بعمارتها من جراء الحريق الذي وقع في استوديو الأهرام بحي العمرانية في محافظة الجيزة، على أن يكون المبلغ جزءاً من إيجار مؤقت لشقق بديلة إلى أن تُصلح العمارات والوحدات وتُعاد إلى أصحابها.
ووجّه مدبولي كذلك وحدات السجل المدني إلى استخراج بطاقات رقم قومي بديلة لمن فقد بطاقته في الحريق، مع متابعة دورية من المسؤولين للموقف التنفيذي على الأرض لمواجهة آثار الحريق.
وكان رئيس مجلس الوزراء قد تفقد ظهر اليوم موقع الحريق الذي اندلع في الساعات الأولى من صباح اليوم السبت في استوديو الأهرام بحي العمرانية.
وفور وصوله، يرافقه محافظ الجيزة وعدد من الوزراء، استمع رئيس الوزراء إلى تقييم للأوضاع في الموقع ولمدى تأثر العقارات السكنية المحيطة بالاستوديو، ولسرعة وصول رجال الحماية المدنية بالجيزة وتعاملهم مع النيران التي نشبت داخل الاستوديو، وتضرر الديكورات في أماكن التصوير.
""", [
    ev("compensation-15000", "بصرف 15 ألف جنيه لكل أسرة لحقت الأضرار بعمارتها", FIRE, "no own expression; the directive given during the visit of 'ظهر اليوم' = Sat 16 Mar 2024"),
    ev("replacement-ids", "استخراج بطاقات رقم قومي بديلة لمن فقد بطاقته", FIRE, "no own expression; same directives of Sat 16 Mar 2024"),
    ev("madbouly-visit", "قد تفقد ظهر اليوم موقع الحريق", FIRE, "'ظهر اليوم' = noon of Sat 16 Mar 2024"),
    ev("studio-fire", "الذي اندلع في الساعات الأولى من صباح اليوم السبت", FIRE, "'الساعات الأولى من صباح اليوم السبت' = the small hours of Sat 16 Mar 2024"),
    ev("civil-defence-response", "سرعة وصول رجال الحماية المدنية بالجيزة", FIRE, "no own expression; the firefighting of the night of Sat 16 Mar 2024"),
])
art(S, "https://albawabhnews.com/4976725",
    "2024-03-17", "the body's 'في بيان اليوم الأحد' with 'فجر أمس السبت الموافق السادس عشر من مارس لعام ٢٠٢٤' (kept; 17 Mar 2024 was a Sunday); the page's top line 'السبت 27 أبريل 2024' is the day the page was stored, not its publication, and was dropped with the masthead; headline kept (reworded); the last, truncated sentence shortened", True, """
النيابة العامة تعلن تفاصيل حريق استوديو الأهرام
أعلنت النيابة العامة في بيان أصدرته اليوم الأحد تفاصيل الحريق الذي شب في استوديو الأهرام.
وذكر البيان أن النيابة العامة رصدت، فجر أمس السبت الموافق السادس عشر من مارس لعام ٢٠٢٤، نشوب حريق هائل في "استوديو الأهرام" الواقع بدائرة قسم شرطة العمرانية، فانتقل فريق من أعضائها في الحال لمعاينة مسرح الحادث، فتبين أنه قطعة أرض تحيط بها أشجار ونخيل محترقة وفيها ثلاثة مبانٍ احترق أغلبها، وكشفت المعاينة أيضاً أن النيران امتدت إلى عشرة عقارات مجاورة تضم ست وأربعين وحدة سكنية، احترقت تسع عشرة منها كلياً والباقي جزئياً.
واستجوبت النيابة العامة أفراد الأمن المكلفين بحراسة الاستوديو وعدداً من العاملين فيه، فأجمعوا على أن النيران اشتعلت في أحد مباني الاستوديو الخشبية ثم ما لبثت أن انتشرت إلى بقية أرجائه وما حوله، كما توجهت إلى مستشفى الهرم واستمعت إلى عدد من مصابي الحادث وعددهم تسعة.
وكلفت النيابة العامة خبراء الإدارة العامة للأدلة الجنائية بوزارة الداخلية بمعاينة مسرح الحادث ورفع الآثار منه.
""", [
    ev("prosecution-statement", "في بيان أصدرته اليوم الأحد", "2024-03-17", "'اليوم الأحد' = Sun 17 Mar 2024 (the day after 'أمس السبت الموافق السادس عشر من مارس')"),
    ev("studio-fire", "نشوب حريق هائل في \"استوديو الأهرام\"", FIRE, "'فجر أمس السبت الموافق السادس عشر من مارس لعام ٢٠٢٤' = Sat 16 Mar 2024"),
    ev("prosecution-inspection", "فانتقل فريق من أعضائها في الحال لمعاينة مسرح الحادث", FIRE, "'في الحال' after the fire of the dawn of Sat 16 Mar 2024"),
    ev("neighbouring-homes-burnt", "أن النيران امتدت إلى عشرة عقارات مجاورة", FIRE, "no own expression; the spread of the fire of Sat 16 Mar 2024"),
    ev("witnesses-questioned", "واستجوبت النيابة العامة أفراد الأمن المكلفين بحراسة الاستوديو", FIRE, "no own expression; the questioning between the fire and the statement, Sat 16 - Sun 17 Mar 2024 (my span)", end="2024-03-18"),
    ev("forensic-experts", "وكلفت النيابة العامة خبراء الإدارة العامة للأدلة الجنائية", FIRE, "no own expression; the assignment between the fire and the statement, Sat 16 - Sun 17 Mar 2024 (my span)", end="2024-03-18"),
])
art(S, "https://alkhalij365.co/egypt/12468441/%D9%81%D8%A7%D9%86%D9%88%D8%B3-%D8%B1%D9%85%D8%B6%D8%A7%D9%86-%D9%88%D8%B7%D9%82%D9%85-%D9%81%D9%86%D8%A7%D8%AC%D9%8A%D9%86-%D8%A2%D8%AE%D8%B1-%D9%85%D8%A7-%D8%AA%D8%A8%D9%82%D9%89-%D9%85%D9%86-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A7%D8%B3%D8%AA%D9%88%D8%AF%D9%8A%D9%88-%D8%A7%D9%84%D8%A3%D9%87%D8%B1%D8%A7%D9%85-%D8%B5%D9%88%D8%B1.html",
    "2024-03-18", "page stamp 'date 2024-03-18' that is not part of the text (18 Mar 2024 was a Monday); the aggregator's prefix 'محمد اسماعيل - القاهرة -' and the byline dropped; headline rendered from the URL slug (the stored text has none); the last, truncated sentence completed only as far as the stored words go; no date of its own in the text", False, """
فانوس رمضان وطقم فناجين.. آخر ما تبقى من حريق استوديو الأهرام
بعد ساعات متواصلة من اشتعال النيران في "استوديو الأهرام"، أمكن السيطرة على الحريق الذي ترك وراءه ذكريات لمن تضررت وحداتهم السكنية، وللفنانين الذين صوروا أعمالاً سابقة في المكان.
وتحولت منطقة الحريق إلى كومة من الرماد، إذ طالت النيران عدداً من العقارات السكنية الملاصقة للاستوديو، فتضررت أكثر من 30 وحدة سكنية ما بين تفحم كامل لمحتوياتها وتفحم جزئي، كما التهم الحريق ديكور مسلسل "المعلم" من بطولة الفنان مصطفى شعبان، الذي يُعرض حاليا على عدة فضائيات مصرية.
ورصدت عدسة "الخليج 365" صوراً لبعض متعلقات المتضررين من الحريق، منها فوانيس رمضان وطقم فناجين لإحدى الأسر وساعة شخصية ومروحة حائط ونجفة إنارة، وغيرها من بقايا ما نالته النيران.
وفي أثناء الحريق هرع سكان العقارات للنجاة بأنفسهم وبذويهم مع تطاير ألسنة اللهب بفعل نشاط الرياح، وكل منهم يرى "شقى عمره" أسيراً للنيران.
وشارك في الإطفاء 40 سيارة إطفاء وخزانا مياه استراتيجيان و3 سلالم هيدروليكية، بإجمالي 70 رجل إطفاء.
""", [
    ev("fire-controlled", "أمكن السيطرة على الحريق", FIRE, "'بعد ساعات متواصلة' of the fire of the small hours of Sat 16 Mar 2024 (put out after more than six hours, AFP)"),
    ev("neighbouring-homes-burnt", "فتضررت أكثر من 30 وحدة سكنية", FIRE, "no own expression; the spread of the fire of Sat 16 Mar 2024"),
    ev("almoallem-set-burnt", "كما التهم الحريق ديكور مسلسل \"المعلم\"", FIRE, "no own expression; the fire of Sat 16 Mar 2024"),
    ev("residents-flee", "هرع سكان العقارات للنجاة بأنفسهم وبذويهم", FIRE, "'في أثناء الحريق' = the night of Sat 16 Mar 2024"),
    ev("civil-defence-response", "وشارك في الإطفاء 40 سيارة إطفاء", FIRE, "no own expression; the firefighting of Sat 16 Mar 2024"),
])

# ---------------------------------------------------------------- cairo-shorouk-girl-ride-hailing-jump-2024
S = "cairo-shorouk-girl-ride-hailing-jump-2024"
JUMP = "2024-02-21"                        # Habiba al-Shamaa jumped from the car on the Suez road about 19:00 on Wed 21 Feb 2024
MOI = "2024-02-24"                         # the interior ministry's statement (its post on X is dated 24 Feb 2024, a Saturday)
art(S, "https://www.alhurra.com/egypt/2024/02/25/%D9%82%D9%81%D8%B2%D8%AA-%D8%A3%D9%88%D8%A8%D8%B1%D8%9F-%D8%B6%D8%AC%D8%A9-%D9%81%D9%8A-%D9%85%D8%B5%D8%B1-%D8%A8%D8%B3%D8%A8%D8%A8-%D9%81%D8%AA%D8%A7%D8%A9-%D8%A7%D9%84%D8%B4%D8%B1%D9%88%D9%82-%D9%88%D8%B7%D9%84%D8%A8-%D8%A5%D8%AD%D8%A7%D8%B7%D8%A9-%D8%A8%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86",
    "2024-02-25", "date in the URL '/2024/02/25/' (25 Feb 2024 was a Sunday); the body's 'الأربعاء الماضي' for the jump of Wed 21 Feb agrees; headline rendered from the URL slug (the stored text has none); the cousin's Egyptian-dialect quotation rendered in standard Arabic (reported speech); the last, truncated quotation dropped", True, """
قفزت من سيارة أوبر.. ضجة في مصر حول "فتاة الشروق" وطلب إحاطة في البرلمان
صارت الشابة التي يُطلق عليها "فتاة الشروق" حديث منصات التواصل الاجتماعي في مصر، خلال الساعات الماضية، إثر اتهامات لسائق في "أوبر" بمحاولة التحرش بها وخطفها، فألقت بنفسها من السيارة وهي تسير، ما سبب لها إصابات خطيرة وأفقدها الوعي، كما سلطت قضيتها الضوء على سياسات توظيف السائقين في مصر.
وبحسب شهود وبيان رسمي لوزارة الداخلية، قفزت الشابة حبيبة الشماع من سيارة "أوبر" كانت تركبها على طريق السويس بالقاهرة، الأربعاء الماضي، بعد أن حاول السائق الاعتداء عليها في أثناء السير.
وكتبت داليا محمد، ابنة عم حبيبة، على حسابها في فيسبوك أن والدة حبيبة تلقت منها اتصالاً هاتفياً خلال الرحلة لكنها لم تكن تسمعها جيداً لأن صوت المسجل كان عالياً جداً، والسائق يتشاجر في الهاتف، وأن حبيبة طلبت منه أن يخفض الصوت فرفض وراح يتمتم بكلام غير مفهوم.
وأضافت أن أصدقاء حبيبة اتصلوا بها ليعرفوا أين وصلت، فرد عليهم رجل قال إن صاحبة الهاتف سقطت من السيارة وظلت تتدحرج حتى ارتطمت بالحاجز الإسمنتي على طريق السويس.
""", [
    ev("social-media-uproar", "حديث منصات التواصل الاجتماعي في مصر، خلال الساعات الماضية", "2024-02-24", "'خلال الساعات الماضية' before Sun 25 Feb 2024 = Sat 24 - Sun 25 Feb (my span)", end="2024-02-26"),
    ev("interior-statement", "وبيان رسمي لوزارة الداخلية", MOI, "no own expression; the ministry's statement of Sat 24 Feb 2024 (its post on X, quoted by akhbaralaan, is dated February 24, 2024)"),
    ev("jump", "قفزت الشابة حبيبة الشماع من سيارة \"أوبر\"", JUMP, "'الأربعاء الماضي' in an article of Sun 25 Feb 2024 = Wed 21 Feb"),
    ev("mother-call", "تلقت منها اتصالاً هاتفياً خلال الرحلة", JUMP, "no own expression; the call during the ride of the evening of Wed 21 Feb 2024"),
    ev("hit-barrier", "ظلت تتدحرج حتى ارتطمت بالحاجز الإسمنتي", JUMP, "no own expression; the fall of about 19:00 on Wed 21 Feb 2024 (the mother: 'في نحو السابعة مساءً')"),
])
art(S, "https://alhayanews.com/1083",
    "2024-02-25", "page date line '25 فبراير 2024' (kept as first line; 25 Feb 2024 was a Sunday); no headline in the stored text and none added beyond the date line; the hashtag marks of the quoted ministry statement dropped; the last, truncated sentence dropped", True, """
25 فبراير 2024
يعدّ كثيرون تطبيقات النقل الذكية مثل "أوبر"، التي انتشرت في مصر مؤخرًا، أكثر وسائل التنقل أماناً في البلاد، لا سيما للفتيات والسيدات، غير أن الواقعة التي جرت على طريق السويس القاهرة ضمن دائرة قسم السويس مؤخرًا أثبتت خلاف ذلك.
فقد رأى راكبو السيارات على الطريق ذاته سيدة تفتح الباب الخلفي للسيارة التي كانت تقلها وهي تسير، ثم ترمي بنفسها على الطريق، فأصيبت إصابات بالغة.
وكان السبب تحرش سائق السيارة التابعة لأحد تطبيقات النقل الذكي بها ومحاولته خطفها، فتخلصت من المأزق بإلقاء نفسها من السيارة المسرعة غير عابئة بما قد يصيبها حفاظاً على شرفها، وتوصلت حياة نيوز إلى هوية السيدة، وهي فتاة تدعى حبيبة الشماع ما تزال تتلقى العلاج في المستشفى.
وذكرت وزارة الداخلية في بيان أن الفحص أظهر أن قسم شرطة الشروق بمديرية أمن القاهرة تلقى بلاغاً من أحد المستشفيات باستقبال السيدة المذكورة، المقيمة بدائرة قسم شرطة التجمع الأول، مصابة بجروح في الرأس واضطراب في درجة الوعي "لا يمكن استجوابها".
وأضاف البيان أن أحد شهود الواقعة، وهو مقيم بدائرة القسم، أفاد بأنه رأى المصابة في أثناء سيره على طريق السويس وهي تقفز من الباب الخلفي لسيارة كانت تركبها، فتوقف لمساعدتها.
""", [
    ev("jump", "ثم ترمي بنفسها على الطريق", JUMP, "no own expression ('مؤخرًا'); the jump of the evening of Wed 21 Feb 2024 (nabdalbalad: 'مساء الأربعاء 21 فبراير/ شباط')"),
    ev("interior-statement", "وذكرت وزارة الداخلية في بيان", MOI, "no own expression; the statement of Sat 24 Feb 2024 (its post on X is dated February 24, 2024)"),
    ev("hospital-report", "تلقى بلاغاً من أحد المستشفيات باستقبال السيدة المذكورة", JUMP, "no own expression; the hospital's report to al-Shorouk police on Wed 21 Feb 2024 (aawsat: 'في 21 فبراير (شباط) الماضي')"),
    ev("witness-helps", "فتوقف لمساعدتها", JUMP, "no own expression; the witness stopped on the Suez road on the evening of Wed 21 Feb 2024"),
])
art(S, "https://www.slaati.com/2024/02/26/p2464141.html",
    "2024-02-26", "date in the URL '/2024/02/26/' (26 Feb 2024 was a Monday); no date line on the stored page; headline written from the body (the stored text has none); 'فخامة' dropped before the president's name; no date of its own in the text", False, """
جدل في مصر بعد قفز فتاة من سيارة نقل ذكي مسرعة
أثارت واقعة قفز فتاة من سيارة تابعة لإحدى شركات النقل الذكي وهي مسرعة جدلاً متصاعداً في مصر، بعدما أصيبت الفتاة بجروح بالغة.
وبدأت القصة حين تلقت مديرية أمن القاهرة بلاغاً من المستشفى باستقبال فتاة مصابة بجروح في الرأس واضطراب في درجة الوعي.
وبحسب وزارة الداخلية، قال أحد شهود العيان إنه شاهد الفتاة تقفز من الباب الخلفي لسيارة مسرعة على طريق السويس فتوقف لمساعدتها، فأخبرته أن سائق السيارة التابعة لأحد تطبيقات النقل الذكي حاول معاكستها فقفزت خوفاً من تحرشه بها.
وحددت الجهات الأمنية السائق وألقت القبض عليه، وعند مواجهته قال إنه أغلق نوافذ السيارة ورش معطراً ففوجئ بالفتاة تقفز منها، فواصل سيره ولم يتوقف خشية أن يتعرض للأذى، واتُّخذت الإجراءات القانونية اللازمة بحقه.
ومن جهة أخرى، قدم الرئيس عبد الفتاح السيسي الدعم لأسرة الفتاة، مؤكداً أنه سيلبي احتياجات علاجها سواء داخل مصر أو خارجها.
""", [
    ev("hospital-report", "تلقت مديرية أمن القاهرة بلاغاً من المستشفى", JUMP, "no own expression; the report of Wed 21 Feb 2024 (aawsat)"),
    ev("interior-statement", "وبحسب وزارة الداخلية", MOI, "no own expression; the statement of Sat 24 Feb 2024"),
    ev("jump", "شاهد الفتاة تقفز من الباب الخلفي لسيارة مسرعة", JUMP, "no own expression; the jump of the evening of Wed 21 Feb 2024"),
    ev("driver-arrested", "وحددت الجهات الأمنية السائق وألقت القبض عليه", JUMP, "no own expression; the arrest between the jump and the ministry's statement, Wed 21 - Sat 24 Feb 2024 (my span)", end="2024-02-25"),
    ev("sisi-support", "قدم الرئيس عبد الفتاح السيسي الدعم لأسرة الفتاة", "2024-02-24", "no own expression; the president's call to the family, reported from Sat 24 Feb 2024 and before Mon 26 Feb (my span 24-25 Feb)", end="2024-02-26"),
])

# ---------------------------------------------------------------- cairo-metro-fare-rise-line3-stations-2024
S = "cairo-metro-fare-rise-line3-stations-2024"
RISE = "2024-01-01"                        # the new fares and the trial run of the six Line 3 stations began on Mon 1 Jan 2024
art(S, "https://lens.almasryalyoum.com/news/details/3066181",
    "2024-01-01", "page date line 'الإثنين 01-01-2024 15:26' (kept with the byline dropped; 1 Jan 2024 was a Monday); the body's 'صباح الاثنين' agrees; headline kept (reworded), the photo credit dropped; the last, truncated sentence shortened", True, """
مصادر بشركة تشغيل الخط الثالث للمترو: وزارة النقل هي التي قررت زيادة أسعار التذاكر
الإثنين 01-01-2024 15:26
بدأت وزارة النقل، صباح الاثنين، تطبيق زيادة في أسعار تذاكر المترو، بالتزامن مع انطلاق التشغيل التجريبي للجزء الثاني من المرحلة الثالثة من الخط الثالث لمترو الأنفاق.
وصعد سعر تذكرة 9 محطات من 5 إلى 6 جنيهات، وسعر تذكرة 16 محطة من 7 إلى 8 جنيهات، وأصبحت التذكرة فئة 10 جنيهات بـ12 جنيهًا، فيما أضافت شركة المترو تذكرة جديدة سعرها 15 جنيها لما يزيد على 23 محطة.
وجاءت الزيادة متزامنة مع اليوم الأول للتشغيل التجريبي لـ6 محطات جديدة على الخط الثالث «الأخضر»، هي «السودان، إمبابة، البوهي، القومية، الطريق الدائري، محور روض الفرج».
وأفادت مصادر في الشركة المشغلة للخط الثالث «المصري اليوم» بأن الزيادة قررتها وزارة النقل لا الشركة المشغلة «RATP»، وأن الوزارة هي التي تحدد أسعار التذاكر وفق تقديراتها.
وكان الفريق كامل الوزير، وزير النقل، قد ذكر في تصريحات سابقة أن وزارة النقل تضع، بالتوازي مع زيادة خطوط مترو الأنفاق ومحطاته، خطة لرفع أسعار التذاكر بما يتوافق مع ميزانية التشغيل.
""", [
    ev("fare-rise", "بدأت وزارة النقل، صباح الاثنين، تطبيق زيادة في أسعار تذاكر المترو", RISE, "'صباح الاثنين' = Mon 1 Jan 2024 (date line)"),
    ev("trial-run-six-stations", "اليوم الأول للتشغيل التجريبي لـ6 محطات جديدة", RISE, "'اليوم الأول' of the trial run = Mon 1 Jan 2024"),
    ev("new-15-ticket", "أضافت شركة المترو تذكرة جديدة سعرها 15 جنيها", RISE, "no own expression; the new ticket introduced with the fares of Mon 1 Jan 2024"),
    ev("operator-sources", "وأفادت مصادر في الشركة المشغلة للخط الثالث", RISE, "no own expression; the sources spoke on the day of the report, Mon 1 Jan 2024"),
])
art(S, "https://arabmediaagency.com/?p=36315",
    "2024-01-02", "no date line on the stored page; the body's 'امس الاثنين، أول أيام العام الميلادي الجديد' = Mon 1 Jan 2024, so the report is of Tue 2 Jan 2024; the byline 'القاهرة – مى عبده' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
زيادة أسعار تذاكر مترو الأنفاق مع تشغيل محطات جديدة بالخط الثالث
يُعد مترو الأنفاق عماد التنقل لكل فئات الشعب المصري، فهو شريان المواصلات بين محافظات القاهرة الكبرى، وتسعى الدولة إلى مدّه إلى أكبر عدد ممكن من المحافظات.
وطبقت الشركة المصرية لإدارة وتشغيل مترو الأنفاق زيادة على أسعار تذاكر المترو مع بدء التشغيل امس الاثنين، أول أيام العام الميلادي الجديد، ومع انطلاق التشغيل التجريبي بالركاب للجزء الثاني من المرحلة الثالثة من الخط الثالث لمترو الأنفاق، الذي أعلنت عنه وزارة النقل أول أمس.
وارتفع سعر تذكرة 9 محطات، التي كانت بـ5 جنيهات، إلى 6 جنيهات، كما زادت تذكرة 16 محطة من 7 جنيهات إلى 8 جنيهات، وصارت التذكرة فئة 10 جنيهات المخصصة لـ23 محطة بـ 12 جنيهًا.
وأضافت شركة المترو كذلك تذكرة جديدة بسعر 15 جنيها لما يزيد عن 23 محطة.
""", [
    ev("fare-rise", "وطبقت الشركة المصرية لإدارة وتشغيل مترو الأنفاق زيادة", RISE, "'امس الاثنين، أول أيام العام الميلادي الجديد' = Mon 1 Jan 2024"),
    ev("trial-run-six-stations", "ومع انطلاق التشغيل التجريبي بالركاب للجزء الثاني", RISE, "same day: Mon 1 Jan 2024"),
    ev("trial-run-announced", "الذي أعلنت عنه وزارة النقل أول أمس", "2023-12-30", "'أول أمس' from Tue 2 Jan 2024 = Sun 31 Dec 2023; the ministry's announcement came at the weekend before the start (my span Sat 30 - Sun 31 Dec 2023)", end="2024-01-01"),
    ev("new-15-ticket", "وأضافت شركة المترو كذلك تذكرة جديدة بسعر 15 جنيها", RISE, "no own expression; the new ticket of Mon 1 Jan 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 405
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
