"""Builds stories.jsonl: the 546-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: bans and censorship of TV series, films, books or concerts.
Stories: the cancellation of Travis Scott's concert at the Giza pyramids (Egypt, July 2023), the Iraqi media
regulator's ban of the MBC Iraq series "Hamdiya" (Iraq, February 2026), and the bans of the film "Doctor Strange
in the Multiverse of Madness" in Saudi Arabia, Kuwait and Egypt (April 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-travis-scott-pyramids-concert-cancelled-2023
S = "egypt-travis-scott-pyramids-concert-cancelled-2023"
CANCEL = "2023-07-26"                      # the organizers (Live Nation / Tickets Marche) cancelled the show on Wed 26 Jul 2023
CONCERT = "2023-07-28"                     # the concert was planned for Fri 28 Jul 2023 at the Giza pyramids
TWEET = ("2023-07-26", "2023-07-28")       # Scott's first tweet, hours after the cancellation (Wed 26 or Thu 27 Jul)
art(S, "https://etbilarabi.com/%D9%85%D9%88%D8%B3%D9%8A%D9%82%D9%89/%D8%A5%D9%84%D8%BA%D8%A7%D8%A1-%D8%AD%D9%81%D9%84-%D8%AA%D8%B1%D8%A7%D9%81%D9%8A%D8%B3-%D8%B3%D9%83%D9%88%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D8%A3%D9%87%D8%B1%D8%A7%D9%85%D8%A7%D8%AA-%D8%B1%D8%B3%D9%85%D9%8A%D8%A7%D9%8B",
    "2023-07-26", "date line on the page 'ET بالعربي | 26 يوليو 2023' (not part of the body, left out); the site menus and photo captions dropped; headline kept from the page; the last, truncated sentence of Seraj's earlier quotation shortened", True, """
إلغاء حفل ترافيس سكوت في الأهرامات رسمياً
بعد أيام من الجدل الذي أثير حول حفل ترافيس سكوت في منطقة الأهرامات، والذي كان مقررا يوم الجمعة 28 يوليو احتفالًا بألبومه الجديد "يوتوبيا"، حسم محمد سراج، العضو المنتدب والمدير التنفيذي لشركة "tickets marche"، المصير الأخير لهذا الحفل.
وأوضح سراج لـ ET بالعربي أنه تقرر بشكل رسمي إلغاء حفل ترافيس سكوت، بعد مساعٍ خلال الأيام الماضية للحصول على الموافقة الأمنية ودخول منطقة الأهرامات، إذ مُنع فريق العمل من الدخول واستكمال الترتيبات وتجهيز المسرح.
من جانبها، نشرت live nation، الشركة المنظمة للحفل، بيانًا توضيحيًا عقب الإلغاء الرسمي، قالت فيه: "لسوء الحظ تقرر إلغاء الحفل رغم الجهود الجبارة، ونتفهم أن هذا الخبر مخيب للآمال، وأنه ليس النتيجة التي يتمناها أي منا".
وبيّنت الشركة أن المبالغ المدفوعة ستُرد إلى جميع حاملي التذاكر، وأضافت: "نعتذر بشدة عن أي إزعاج قد يسببه هذا الإلغاء ونقدّر تفهمكم، وما زلنا ملتزمين بتقديم عروض حية استثنائية للجماهير، ونأمل أن تتاح لنا الفرصة لذلك في المستقبل".
وكان سراج قد قال في تصريحات سابقة: "معنا كل التصاريح، ولا نعرف لماذا مُنع دخول المعدات، خصوصًا أن نقابة المهن الموسيقية لا تملك سلطة إلغاء الحفل ولا صلاحية منع دخول المعدات".
""", [
    ev("concert-scheduled", "والذي كان مقررا يوم الجمعة 28 يوليو", CONCERT, "'يوم الجمعة 28 يوليو' = Fri 28 Jul 2023"),
    ev("organizers-cancel", "أنه تقرر بشكل رسمي إلغاء حفل ترافيس سكوت", CANCEL, "no own expression; the official cancellation announced on the day of this report, Wed 26 Jul 2023 (ounousa: the statement 'نشرته يوم أمس الأربعاء'; shorouk: 'بعد غد الجمعة 28 يوليو')"),
    ev("team-barred-from-site", "إذ مُنع فريق العمل من الدخول واستكمال الترتيبات", "2023-07-19", "no own expression ('خلال الأيام الماضية'); the organizers were kept out of the pyramids site from about the team's arrival a week before (shorouk 'قبل أسبوع') until the cancellation (my span 19 - 26 Jul 2023)", end="2023-07-27"),
    ev("live-nation-statement", "نشرت live nation، الشركة المنظمة للحفل، بيانًا توضيحيًا", CANCEL, "no own expression; Live Nation's statement of Wed 26 Jul 2023 (ounousa 'يوم أمس الأربعاء' on Thu 27)"),
    ev("seraj-earlier-statement", "وكان سراج قد قال في تصريحات سابقة", "2023-07-20", "'في تصريحات سابقة'; Seraj's words to ET bil-Arabi on the held equipment were reported on Thu 20 - Fri 21 Jul 2023 (arabkhabar of 21 Jul; 'آخر ميعاد لدخول المعدات أمس الأربعاء') (my span 20 - 21 Jul)", end="2023-07-22"),
])
art(S, "https://www.masress.com/shorouk/2044515",
    "2023-07-26", "no date on the stored page; the body's 'كان من المقرر له أن يقام بعد غد الجمعة 28 يوليو الجاري' dates the report to Wed 26 Jul 2023 (28 Jul 2023 was a Friday), the day of the organizers' statement (ounousa of Thu 27: 'نشرته يوم أمس الأربعاء'); a Shorouk report carried by masress; headline written from the body (the stored text has none)", False, """
إلغاء حفل ترافيس سكوت في الأهرامات رسميا لعدم الحصول على التصاريح
أعلنت الشركة المنظمة لحفل مغني الراب العالمي ترافيس سكوت إلغاء الحفل رسميا، وقد كان من المقرر له أن يقام بعد غد الجمعة 28 يوليو الجاري لإطلاق أحدث ألبومات ترافيس سكوت «يوتوبيا»، وذلك لأن التصاريح اللازمة لم تصدر قبل الحفل.
وقدمت الشركة في بيان رسمي اعتذارها لجمهور ترافيس سكوت، وعبرت عن أسفها لتعذر إقامة الحفل، مؤكدة أنها سعت بكل السبل لإتمامه، غير أن صعوبات عديدة حالت في النهاية دون تنظيمه.
وأوضحت الشركة أن قيمة التذاكر التي حجزها محبو ترافيس سكوت سترد إليهم، وهي تذاكر نفدت بالكامل فور طرحها على الموقع المخصص لشرائها.
وكان حفل ترافيس سكوت في الأهرامات قد واجه أزمة كبيرة بسبب اتهامات بدعم الماسونية، وهي اتهامات رد عليها الفنان العالمي في بيان رسمي ونفتها الشركة المنظمة في أكثر من بيان.
وذكر محمد سراج، المسؤول التنفيذي عن الشركة المنظمة، أن فريق ترافيس سكوت وصل بالفعل إلى القاهرة قبل أسبوع لإنهاء الإجراءات ودخول منطقة الأهرامات من أجل تجهيزات الحفل، التي تحتاج إلى 10 أيام كاملة، لكن التصاريح اللازمة لم تصدر في النهاية، فأُلغي الحفل.
""", [
    ev("organizers-cancel", "أعلنت الشركة المنظمة لحفل مغني الراب العالمي ترافيس سكوت إلغاء الحفل رسميا", CANCEL, "no own expression; the report is of Wed 26 Jul 2023 ('بعد غد الجمعة 28 يوليو'), the day of the announcement"),
    ev("concert-scheduled", "أن يقام بعد غد الجمعة 28 يوليو الجاري", CONCERT, "'بعد غد الجمعة 28 يوليو الجاري' = Fri 28 Jul 2023"),
    ev("live-nation-statement", "وقدمت الشركة في بيان رسمي اعتذارها", CANCEL, "no own expression; the organizers' statement of Wed 26 Jul 2023"),
    ev("tickets-sold-out", "وهي تذاكر نفدت بالكامل فور طرحها", "2023-07-10", "'فور طرحها'; the tickets went on sale and sold out within minutes on Mon 10 Jul 2023 (alraeesnews: 'بعد طرحها للبيع يوم الاثنين 10 يوليو')"),
    ev("team-arrives-cairo", "أن فريق ترافيس سكوت وصل بالفعل إلى القاهرة قبل أسبوع", "2023-07-19", "'قبل أسبوع' from Wed 26 Jul 2023 = about Wed 19 Jul"),
])
art(S, "https://royanews.com/%d8%aa%d8%b5%d8%b1%d9%8a%d8%ad-%d8%aa%d8%b1%d8%a7%d9%81%d9%8a%d8%b3-%d8%b3%d9%83%d9%88%d8%aa-%d8%a8%d8%b9%d8%af-%d8%a5%d9%84%d8%ba%d8%a7%d8%a1-%d8%ad%d9%81%d9%84%d9%87-%d9%84%d9%85-%d9%8a%d8%b3/amp",
    "2023-07-27", "no date on the stored page; the body's 'كان مقرراً إقامته ... يوم غد في 28 يوليو/تموز الجاري' dates the report to Thu 27 Jul 2023 (28 Jul 2023 was a Friday), after the cancellation of Wed 26 Jul and Scott's tweet 'بساعات' later; the category tag dropped; headline kept from the page; the last, truncated sentence of the statement dropped", False, """
تصريح ترافيس سكوت بعد إلغاء حفله… لم يستسلم وسيغني في مصر قريباً
يبدو أن الغناء في جمهورية مصر العربية يحمل معنى كبيرا للنجم العالمي ترافيس سكوت، فرغم أن الشركة المنظمة أعلنت رسمياً إلغاء الحفل، لم يستسلم النجم ووعد جمهوره بحفل يقام في الأهرامات في الوقت القريب.
وفي أول تصريح له بعد خبر إلغاء حفله، كتب النجم على حسابه في موقع تويتر: "في مصر عند الأهرامات سيقام الحفل، لكن بسبب بعض التفاصيل اللوجستية يحتاجون إلى بعض الوقت للتنفيذ. سأنشر قريبًا تاريخ الحفل.. أحبكم جميعًا".
وقبل تصريح ترافيس سكوت بساعات، وبعد كثير من الشد والجذب والتصريحات، انتهت قضية الحفل الذي كان مقرراً إقامته أمام الأهرامات في مصر يوم غد في 28 يوليو/تموز الجاري، وأُعلن رسمياً إلغاؤه.
ونشرت الشركة المنظمة للحفل بياناً عبر حساباتها على مواقع التواصل الاجتماعي ورد فيه: "نأسف لإبلاغكم بإلغاء العرض الذي كان من المقرر إقامته في 28 يوليو في أهرامات الجيزة في مصر".
""", [
    ev("scott-tweet", "كتب النجم على حسابه في موقع تويتر", TWEET[0], "no own expression; Scott's first reaction came hours after the cancellation of Wed 26 Jul 2023 ('قبل تصريح ترافيس سكوت بساعات') and before this report of Thu 27 Jul (my span 26 - 27 Jul)", end=TWEET[1]),
    ev("organizers-cancel", "وأُعلن رسمياً إلغاؤه", CANCEL, "no own expression; the cancellation of Wed 26 Jul 2023, hours before Scott's tweet"),
    ev("concert-scheduled", "يوم غد في 28 يوليو/تموز الجاري", CONCERT, "'يوم غد في 28 يوليو/تموز الجاري' = Fri 28 Jul 2023"),
    ev("live-nation-statement", "ونشرت الشركة المنظمة للحفل بياناً عبر حساباتها", CANCEL, "no own expression; the organizers' statement of Wed 26 Jul 2023 (ounousa 'يوم أمس الأربعاء')"),
])

# ---------------------------------------------------------------- iraq-hamdiya-series-ban-2026
S = "iraq-hamdiya-series-ban-2026"
BAN = "2026-02-18"                         # the CMC's board decided to stop the series on Wed 18 Feb 2026
MEETING = "2026-02-16"                     # the CMC hosted the MBC Iraq bureau chief two days before (Mon 16 Feb 2026)
AIRS = ("2026-02-18", "2026-02-20")        # the first episode aired on the evening of Wed 18 Feb (alwafd); on air on Thu 19 Feb
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D8%AA%D8%AD%D8%B8%D8%B1-%D8%B9%D8%B1%D8%B6-%D9%85%D8%B3%D9%84%D8%B3%D9%84-%D8%AD%D9%85%D8%AF%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B4%D8%A7%D8%B4%D8%A9-%D9%82%D9%86%D8%A7%D8%A9-MBC-%D8%B9%D8%B1%D8%A7%D9%82",
    "2026-02-18", "the page's date stamp 2026-02-18 and the body's 'يوم الأربعاء' for the decision (18 Feb 2026 was a Wednesday); headline rendered from the URL slug; the dateline 'شفق نيوز- بغداد' kept; the truncated last word of the channel's statement completed", True, """
بغداد تحظر عرض مسلسل حمدية على شاشة قناة MBC عراق
شفق نيوز- بغداد
قررت هيئة الإعلام والاتصالات، يوم الأربعاء، حظر بث مسلسل "حمدية" الذي كان يُعتزم عرضه على قناة MBC عراق.
وأوضح عضو مجلس المفوضين في الهيئة، محمود الربيعي، في تغريدة على منصة "إكس" تابعتها وكالة شفق نيوز، أن "القرار استند إلى الأمر (65) لسنة 2004 وجاء بناءً على المطالبات النيابية والشعبية"، لافتا إلى أن "القرار يُلزم الهيئة بمنع بث كل محتوى يُعد مسيئاً للقيم المجتمعية أو مشوّهاً لصورة المرأة العراقية أو مثيراً للفتنة، وذلك بعد الاطلاع على الرواية التي أُخذ عنها العمل والفاصل الإعلاني المنشور عنه".
وتابع أن "مجلس المفوضين وجّه كذلك باتخاذ إجراءات قانونية رادعة ضد أي منصات تعمل داخل العراق وتنشر مواد فيها إساءة للعراق أو العراقيين، ولا سيما خلال شهر رمضان".
وقبل أيام قليلة، استقبلت هيئة الإعلام والاتصالات مدير مكتب قناة MBC العراق لبحث المحددات الفنية والمهنية لمسلسل "حمدية" المزمع عرضه في شهر رمضان.
في المقابل، أكدت إدارة القناة التزامها بالتوجيهات واحترامها للقيم المجتمعية والدينية، موضحة أن العمل حصل على الإجازة الأصولية من نقابة الفنانين العراقيين، ويعالج قضايا إنسانية واجتماعية من غير أن يستهدف أي مكوّن.
""", [
    ev("ban-announced", "قررت هيئة الإعلام والاتصالات، يوم الأربعاء، حظر بث مسلسل", BAN, "'يوم الأربعاء' = Wed 18 Feb 2026"),
    ev("rubaie-tweet", "في تغريدة على منصة \"إكس\" تابعتها وكالة شفق نيوز", BAN, "no own expression; al-Rubaie's post announcing the decision on Wed 18 Feb 2026 (video-agencyia stamp 18/02/2026 11:59 AM)"),
    ev("platforms-measures-ordered", "وجّه كذلك باتخاذ إجراءات قانونية رادعة", BAN, "no own expression; part of the board's decision of Wed 18 Feb 2026"),
    ev("cmc-mbc-meeting", "استقبلت هيئة الإعلام والاتصالات مدير مكتب قناة MBC العراق", MEETING, "'قبل أيام قليلة'; the meeting was two days before the decision (eremnews 'قبل يومين' on Wed 18 Feb) = Mon 16 Feb 2026"),
    ev("mbc-commitment", "أكدت إدارة القناة التزامها بالتوجيهات", MEETING, "no own expression; the channel's management gave this pledge at the meeting of Mon 16 Feb 2026 (eremnews: 'وأكدت إدارة القناة خلال الاجتماع')"),
])
art(S, "https://eremnews-fe-app-production.azurewebsites.net/entertainment/rbegp0p",
    "2026-02-18", "no date on the stored page (an Erem News mirror); the body's 'تداولت وسائل إعلام عراقية، اليوم الأربعاء، بيانًا' for the circulated decision, which other outlets date Wed 18 Feb 2026 (shafaq, burathanews 'اليوم الأربعاء', video-agencyia 18/02/2026), dates the report to Wed 18 Feb 2026; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
بيان متداول عن منع عرض مسلسل "حمدية" في العراق
تداولت وسائل إعلام عراقية، اليوم الأربعاء، بيانًا يفيد بمنع عرض المسلسل الجديد "حمدية"، الذي أثار في الأيام القليلة الماضية جدلًا واسعًا على المستويين الرسمي والشعبي، بعد اتهامه بالإساءة إلى المرأة وإلى فئات في المجتمع العراقي.
وجاء في البيان أن "هيئة الإعلام والاتصالات وجّهت بمنع عرض المسلسل الذي كان مقررًا بثه على قناة (MBC العراق)، لإساءته إلى المرأة والقيم المجتمعية".
ونص البيان المتداول، المنقول عن حساب عضو مجلس المفوضين في الهيئة محمود الربيعي على منصة "إكس"، على أنه "استنادًا إلى الأمر (65) لسنة 2004 والمطالبات النيابية والشعبية، قرر مجلس المفوضين توجيه الجهاز التنفيذي للهيئة بمنع بث المسلسل المثير للجدل الذي يحمل اسم (حمدية)".
ومع أن صحفًا ووسائل إعلام عراقية تداولت البيان، فإن هيئة الإعلام والاتصالات لم تُصدر حتى إعداد هذا التقرير أي بيان يؤكد منع عرض المسلسل أو ينفيه.
وكانت الهيئة قد استضافت قبل يومين مدير مكتب قناة "MBC العراق" لمناقشة المحددات الفنية والمهنية لمسلسل "حمدية"، وشددت على "ضرورة الامتناع عن تقديم أي محتوى قد يُفهم منه استهداف أي فئة في البلاد أو الإساءة إليها، ووجّهت بمراجعة شاملة لجميع حلقات المسلسل، مع معالجة فنية فورية وحذف نهائي للمشاهد المخالفة".
""", [
    ev("ban-announced", "قرر مجلس المفوضين توجيه الجهاز التنفيذي للهيئة بمنع بث المسلسل", BAN, "no own expression; the board's decision circulated 'اليوم الأربعاء' = Wed 18 Feb 2026"),
    ev("rubaie-tweet", "تداولت وسائل إعلام عراقية، اليوم الأربعاء، بيانًا", BAN, "'اليوم الأربعاء' = Wed 18 Feb 2026; the statement taken from al-Rubaie's account on X"),
    ev("controversy-before-ban", "الذي أثار في الأيام القليلة الماضية جدلًا واسعًا", "2026-02-12", "'في الأيام القليلة الماضية' before Wed 18 Feb 2026 (my span 12 - 18 Feb, after the promo was circulated)", end="2026-02-19"),
    ev("cmc-mbc-meeting", "وكانت الهيئة قد استضافت قبل يومين مدير مكتب قناة", MEETING, "'قبل يومين' from Wed 18 Feb 2026 = Mon 16 Feb"),
    ev("episodes-review-ordered", "ووجّهت بمراجعة شاملة لجميع حلقات المسلسل", MEETING, "no own expression; ordered at the meeting of Mon 16 Feb 2026"),
])
art(S, "https://www.aljazeera.net/arts/2026/2/19/%D9%87%D9%84-%D8%B3%D9%82%D8%B7-%D8%A7%D9%84%D9%85%D8%B3%D9%84%D8%B3%D9%84-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D8%AD%D9%85%D8%AF%D9%8A%D8%A9-%D8%B6%D8%AD%D9%8A%D8%A9?traffic_source=rss",
    "2026-02-19", "the page's date stamp 2026-02-19 (also in the URL, /2026/2/19/); headline written from the body (the URL slug is cut); the sub-heading 'زوبعة قبل العرض' and the truncated paragraph after it dropped", True, """
جدل متواصل في العراق حول مسلسل "حمدية"
يتواصل في العراق الجدل حول مسلسل "حمدية"، المعروض ضمن الموسم الرمضاني على شاشة إم بي سي العراق (MBC)، بين من يرى فيه عملا دراميا يتناول معاناة المرأة العراقية، ومن يبدي مخاوف من مضامين قد تُفهم على أنها مسيئة اجتماعيا أو مذهبيا، وذلك في ظل خصوصية شهر رمضان بوصفه ذروة العرض والمتابعة الدرامية في العراق والمنطقة.
وفي خضم هذا الجدل، دعا الكاتب والروائي العراقي قدوري الدوري إلى التأني في الحكم على العمل، معتبرا أن شخصية "حمدية" لا تعبّر عن انتماء طائفي، ولا يصح تأويلها من زاوية مذهبية ضيقة. وشدد على أن المسلسل يقدم سيرة إنسانية لامرأة عاشت ظروفا قاسية، تنقلت فيها بين اليتم والظلم وتقلب المصائر.
وبيّن الدوري، في منشور على موقع التواصل الاجتماعي فيسبوك، أن العمل طُرح في بعض القراءات بصورة مجتزأة، وحُمّل تفسيرات طائفية لا تتفق مع مضمونه الأصلي، مشيرا إلى أن أطرافا نسبت إلى القصة أبعادا لا تعبّر عن مسارها الدرامي.
واختتم الدوري بالدعوة إلى الإنصاف في مقاربة العمل، موجها التحية لمن انتقده بموضوعية، وكذلك لمن عبّر عن اعتراضه، على حد تعبيره.
""", [
    ev("controversy-continues", "يتواصل في العراق الجدل حول مسلسل", "2026-02-19", "no own expression; the debate still going on at this report of Thu 19 Feb 2026, the day after the ban"),
    ev("series-airs", "المعروض ضمن الموسم الرمضاني على شاشة إم بي سي العراق", AIRS[0], "no own expression; the first episode was shown on MBC Iraq and Shahid on the evening of Wed 18 Feb 2026 despite the ban (alwafd: 'مساء يوم الأربعاء، الموافق 18 فبراير') and the series is on air at this report of Thu 19 Feb (my span 18 - 19 Feb)", end=AIRS[1]),
    ev("douri-facebook-post", "في منشور على موقع التواصل الاجتماعي فيسبوك", "2026-02-18", "no own expression; the novelist's post came amid the controversy after the ban of Wed 18 Feb and before this report of Thu 19 Feb 2026 (my span 18 - 19 Feb)", end="2026-02-20"),
])

# ---------------------------------------------------------------- doctor-strange-multiverse-arab-bans-2022
S = "doctor-strange-multiverse-arab-bans-2022"
SAUDI = ("2022-04-21", "2022-04-23")       # the Saudi ban, reported by The Hollywood Reporter on Fri 22 Apr 2022 (decision day not given)
THR = "2022-04-22"                         # the exclusive American report of Fri 22 Apr 2022
EGYPT = "2022-04-23"                       # IMAX Egypt said on Sat 23 Apr 2022 that the film is banned in Egypt
RELEASE = "2022-05-05"                     # worldwide release planned for Thu 5 May 2022
FIRST_FILM = ("2016-01-01", "2017-01-01")  # the first "Doctor Strange" film, shown in 2016
art(S, "https://www.layalina.com/منع-فيلم-doctor-strange-في-السعودية-لهذه-الأسباب-471081.html",
    "2022-04-22", "date line on the page 'تاريخ النشر: الجمعة، 22 أبريل 2022' (not part of the body, left out); headline kept from the page; the sub-heading dropped; the last, truncated sentence dropped", True, """
منع فيلم Doctor Strange في السعودية لهذه الأسباب
بعد عرض الإعلان الدعائي له، حظرت السلطات السعودية عرض فيلم دكتور سترينج Doctor Strange في صالات السينما، وحذت حذوها عدد من الدول العربية والإسلامية.
والفيلم من إنتاج استوديوهات "مارفل" المتخصصة في أفلام الأبطال الخارقين، وكان عرضه مقررا في بدايات الشهر المقبل مايو/أيار 2022.
ومن المنتظر أن يصل فيلم "Doctor Strange in the Multiverse of Madness" إلى دور السينما في أنحاء العالم في 5 مايو/ أيار المقبل، وهو الجزء الثاني من فيلم "Doctor Strange" الذي عُرض في عام 2016، ويؤدي بطولته الممثل الحائز على الأوسكار بينيديكت كامبرباتش.
ويروي العمل العالمي قصة الجراح البارع "دكتور سترينج" الذي يتعرض لحادث سيارة يُعجز يديه، ثم يُشفى بعد أن يعيش مع جماعة من الرجال الروحانيين يعلمونه أساليب مدهشة في السحر والتلاعب بالعوالم المختلفة في الكون.
وعن سبب المنع، أفادت مصادر سعودية وسائل إعلام محلية بأن منع فيلم دكتور سترينج جاء بسبب الأفكار الشاذة والغريبة عن المجتمع السعودي التي يروج لها الفيلم.
وأكدت السعودية أن قرار منعه لن يتم الرجوع عنه.
""", [
    ev("saudi-ban", "حظرت السلطات السعودية عرض فيلم دكتور سترينج", SAUDI[0], "no own expression; the Saudi ban reported on Fri 22 Apr 2022 (samanews: 'ذكرت تقارير أمريكية ... يوم الجمعة الماضي'), the day of this page; the decision day is not given (my span 21 - 22 Apr)", end=SAUDI[1]),
    ev("release-planned", "في 5 مايو/ أيار المقبل", RELEASE, "'5 مايو/ أيار المقبل' = Thu 5 May 2022 (also 'في بدايات الشهر المقبل مايو/أيار 2022')"),
    ev("first-film-2016", "الذي عُرض في عام 2016", FIRST_FILM[0], "'في عام 2016' = the year 2016", end=FIRST_FILM[1]),
])
art(S, "https://syria.news/786fc96c-23042212.html",
    "2022-04-23", "date line on the page '23.04.2022 | 14:15' (not part of the body, left out); the section tag dropped; headline kept from the page; the last, truncated sentence shortened", True, """
السعودية والكويت تمنع عرض فيلم بسبب المثلية
قررت وزارة الإعلام الكويتية حظر عرض الجزء الثاني من فيلم "دكتور سترينج"، من إنتاج استوديوهات "مارفل" للأبطال الخارقين، والمنتظر عرضه في دور السينما العالمية في أيار المقبل، لأن إحدى شخصياته ترتدي علم "المثلية الجنسية".
ونقلت صحيفة "القبس" الكويتية عن مصادر أن الرقابة في وزارة الإعلام "اتخذت هذا القرار خلال الساعات القليلة الماضية، لأن إحدى شخصيات الفيلم ترتدي علم المثليين طوال 45 دقيقة من زمن الفيلم، وهو ما يحول دون حذف مشاهدها".
في المقابل، أكدت مصادر أخرى لصحيفة "الجريدة" الكويتية أن الكويت لم تتخذ حتى الآن قرارا رسميا بشأن الفيلم، وأن لجنة المصنفات الفنية في وزارة الإعلام ستصدر قرارها بعد اجتماعها يوم الأحد المقبل.
وأوضحت المصادر أن "اللجنة شاهدت الفيلم بنهاية دوام يوم الخميس، ولم تحسم قرارها بشأنه بعد، وأنها ستبلغ شركات السينما بقرارها بعد اعتماده رسميًا".
وذكرت أن اللجنة أمام خيارين بشأن الفيلم: "إما المنع أو تغطية علم المثلية على سترة البطلة".
وفي سياق متصل، قررت السعودية منع الفيلم بسبب الأفكار الشاذة والغريبة عن المجتمع السعودي التي يروج لها.
""", [
    ev("kuwait-ban", "قررت وزارة الإعلام الكويتية حظر عرض الجزء الثاني", "2022-04-22", "no own expression; al-Qabas: taken 'خلال الساعات القليلة الماضية' before this report of Sat 23 Apr 2022 14:15 (my span 22 - 23 Apr)", end="2022-04-24"),
    ev("release-planned", "في دور السينما العالمية في أيار المقبل", RELEASE, "'في أيار المقبل' = May 2022; the release of Thu 5 May 2022 (layalina, samanews)"),
    ev("kuwait-committee-viewing", "اللجنة شاهدت الفيلم بنهاية دوام يوم الخميس", "2022-04-21", "'بنهاية دوام يوم الخميس' before Sat 23 Apr 2022 = Thu 21 Apr"),
    ev("kuwait-committee-meeting", "بعد اجتماعها يوم الأحد المقبل", "2022-04-24", "'يوم الأحد المقبل' from Sat 23 Apr 2022 = Sun 24 Apr (planned)"),
    ev("saudi-ban", "قررت السعودية منع الفيلم", SAUDI[0], "no own expression; the Saudi ban reported on Fri 22 Apr 2022 (my span 21 - 22 Apr)", end=SAUDI[1]),
])
art(S, "https://samanews.ps/ar/post/517738/%D9%85%D8%B5%D8%B1-%D8%AA%D8%AD%D8%B8%D8%B1-%D8%B1%D8%B3%D9%85%D9%8A%D8%A7-%D8%B9%D8%B1%D8%B6-%D8%A7%D9%84%D8%AC%D8%B2%D8%A1-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A-%D9%85%D9%86-%D9%81%D9%8A%D9%84%D9%85-%D8%AF%D9%83%D8%AA%D9%88%D8%B1-%D8%B3%D8%AA%D8%B1%D9%8A%D9%86%D8%AC-%E2%80%8F",
    "2022-04-24", "the stored page gives only the month (2022-04); the body's 'أمس السبت' for IMAX Egypt's notice and 'يوم الجمعة الماضي' for the American report (Fri 22 Apr 2022, layalina of that day) date the report to Sun 24 Apr 2022 (23 Apr 2022 was a Saturday); headline rendered from the URL slug; the agency line 'وكالات / سما /' kept; the last, truncated sentence on the plot dropped", False, """
مصر تحظر رسميا عرض الجزء الثاني من فيلم دكتور سترينج
وكالات / سما /
حظرت مصر بشكل رسمي عرض الجزء الثاني من فيلم "دكتور سترينج" الذي أنتجته "استوديوهات مارفل" للأبطال الخارقين.
وأعلنت دور عرض مصرية عديدة منع فيلم "Doctor Strange in The Multiverse of Madness" من العرض على شاشاتها.
وقالت سينما "أيماكس مصر"، أمس السبت، إن عرض الفيلم أُلغي على شاشتها، وإنه محظور في مصر بصورة عامة.
وتأتي هذه الخطوة بعدما أفادت تقارير أمريكية حصرية، يوم الجمعة الماضي، بأن المملكة العربية السعودية منعت عرض الفيلم لوجود شخصية مثلية الجنس بين أبطاله.
وليست هذه هي المرة الأولى التي تحظر فيها دول عربية أفلاما لـ"مارفل" بسبب المثلية الجنسية، إذ سبق أن منعت مصر والسعودية ودول خليجية عرض فيلم "Eternals" من بطولة الممثلة الأمريكية أنجلينا جولي، لأنه يتضمن مشاهد قبلات بين شخصيات مثلية.
ومن المقرر أن يُطرح فيلم "Doctor Strange in the Multiverse of Madness" في 5 مايو/ أيار المقبل، وهو الجزء الثاني من فيلم "Doctor Strange" الذي عُرض في عام 2016.
""", [
    ev("egypt-ban", "وقالت سينما \"أيماكس مصر\"، أمس السبت، إن عرض الفيلم أُلغي", EGYPT, "'أمس السبت' in a report of Sun 24 Apr 2022 = Sat 23 Apr"),
    ev("thr-report", "أفادت تقارير أمريكية حصرية، يوم الجمعة الماضي", THR, "'يوم الجمعة الماضي' from Sun 24 Apr 2022 = Fri 22 Apr"),
    ev("saudi-ban", "بأن المملكة العربية السعودية منعت عرض الفيلم", SAUDI[0], "no own expression; the Saudi ban reported on Fri 22 Apr 2022 (my span 21 - 22 Apr)", end=SAUDI[1]),
    ev("eternals-ban", "سبق أن منعت مصر والسعودية ودول خليجية عرض فيلم \"Eternals\"", "2021-10-25", "no own expression ('سبق أن'); the Gulf bans of Marvel's 'Eternals' were reported ahead of its regional release of November 2021 (my span 25 Oct - 15 Nov 2021)", end="2021-11-16"),
    ev("release-planned", "في 5 مايو/ أيار المقبل", RELEASE, "'5 مايو/ أيار المقبل' = Thu 5 May 2022"),
    ev("first-film-2016", "الذي عُرض في عام 2016", FIRST_FILM[0], "'في عام 2016' = the year 2016", end=FIRST_FILM[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 546
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
