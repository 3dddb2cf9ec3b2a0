"""Builds stories.jsonl: the 519-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: robberies and heists (banks, museums, jewellery shops: the
theft, arrests, recovered goods).
Stories: the theft of the crown jewels from the Apollo Gallery of the Louvre (Paris, France, October 2025), the
theft of the jewels of the Green Vault in Dresden (Germany, November 2019), and the theft of six Roman "Venus"
statues from the classical wing of the National Museum of Damascus (Syria, November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- france-louvre-crown-jewels-heist-2025
S = "france-louvre-crown-jewels-heist-2025"
HEIST = "2025-10-19"                       # the thieves struck the Apollo Gallery on Sun 19 Oct 2025, 9:30-9:40 a.m.
BECCUAU = "2025-10-21"                     # the Paris prosecutor Laure Beccuau gave the 88 million euro estimate on Tue 21 Oct 2025 (RTL)
art(S, "https://www.alaraby.co.uk/entertainment_media/%D8%B3%D8%B1%D9%82%D8%A9-%D9%85%D8%AC%D9%88%D9%87%D8%B1%D8%A7%D8%AA-%D9%85%D9%86-%D9%85%D8%AA%D8%AD%D9%81-%D8%A7%D9%84%D9%84%D9%88%D9%81%D8%B1-%D9%81%D9%8A-%D8%A8%D8%A7%D8%B1%D9%8A%D8%B3",
    HEIST, "the page's date stamp 2025-10-19 and the body's 'صباح اليوم الأحد' for the heist of Sun 19 Oct 2025 (19 Oct 2025 was a Sunday); headline rendered from the URL slug (the stored text has none); the stored excerpt breaks off in the last sentence, whose last word 'والإمبراطورة' is completed from the same phrase in the other reports", True, """
سرقة مجوهرات من متحف اللوفر في باريس
تعرّض متحف اللوفر في باريس صباح اليوم الأحد لعملية سطو هزّت الأوساط الثقافية في فرنسا، إذ نجح لصوص في اقتحام المتحف والاستيلاء على عدد من المجوهرات التاريخية، في واحدة من أجرأ العمليات التي عرفتها هذه المؤسسة العريقة.
وكتبت وزيرة الثقافة الفرنسية رشيدة داتي على منصة إكس أن "سطواً وقع هذا الصباح عند افتتاح متحف اللوفر"، مشددةً على عدم تسجيل أي إصابات، ومشيرة إلى أنها في المكان مع فرق المتحف والشرطة "فيما لا تزال التحقيقات جارية".
ونقلت وكالة فرانس برس عن أشخاص مقربين من الوزيرة أن مجرماً واحداً أو أكثر تسللوا إلى داخل المبنى.
واكتفت إدارة المتحف من جهتها، عبر حسابها على منصة إكس، بإعلان إغلاق اللوفر لأسباب استثنائية.
وبحسب مصدر مطلع تحدث إلى الوكالة، فإن اللصوص، الذين لا يزالون فارين، تمكنوا من سرقة مجموعة من المجوهرات.
وذكرت صحيفة لو باريزيان أنهم دخلوا من ناحية ضفاف نهر السين حيث تجري أعمال صيانة، واستعانوا بمصعد للبضائع للوصول مباشرة إلى قاعة أبولون التي تعرض مقتنيات ثمينة من الحقبة النابوليونية.
وفي أثناء العملية، راقب أحد أفراد العصابة الممرات، بينما حطم الاثنان الآخران الزجاج واستوليا على تسع قطع من مجموعة مجوهرات نابوليون والإمبراطورة.
""", [
    ev("heist", "لعملية سطو هزّت الأوساط الثقافية في فرنسا", HEIST, "'صباح اليوم الأحد' = Sun 19 Oct 2025"),
    ev("dati-announcement", "وكتبت وزيرة الثقافة الفرنسية رشيدة داتي على منصة إكس", HEIST, "no own expression; Dati's post on X on the morning of the heist ('هذا الصباح'), Sun 19 Oct 2025"),
    ev("museum-closed", "بإعلان إغلاق اللوفر لأسباب استثنائية", HEIST, "no own expression; the museum closed for the rest of the day of the heist, Sun 19 Oct 2025 (dailynewslb: 'إغلاق المتحف طوال اليوم')"),
    ev("thieves-enter-apollo-gallery", "واستعانوا بمصعد للبضائع للوصول مباشرة إلى قاعة أبولون", HEIST, "no own expression; part of the heist of Sun 19 Oct 2025"),
])
art(S, "https://dailynewslb.com/?p=108090",
    "2025-10-20", "no date on the stored page; the body's 'صباح أمس' for the heist of Sun 19 Oct 2025 (alaraby of 19 Oct: 'صباح اليوم الأحد'; albayan of 21 Oct: 'وقعت الأحد') gives Mon 20 Oct 2025; it reports nothing of Tue 21 Oct (the 88 million euro estimate); headline kept from the page; no date of its own in the text", False, """
مجوهرات نابليون تسرق من اللوفر
شهد متحف اللوفر في باريس صباح أمس عملية سطو جريئة انتهت بسرقة 9 قطع ثمينة من مجوهرات مجموعة نابليون والإمبراطورة أوجيني.
وأكدت وزيرة الثقافة رشيدة داتي إغلاق المتحف طوال اليوم من أجل المعاينة، ولفتت إلى أنه لم تقع أي إصابات.
واستطاع اللصوص المقنعون الدخول إلى المتحف من جهة ضفاف نهر السين حيث تجري أعمال صيانة، وصعدوا بمصعد شحن مباشرة إلى "قاعة أبولون".
ولم تستغرق العملية كلها سوى 7 دقائق، ثم هرب الجناة على دراجة نارية من طراز "تي ماكس".
وفتح مكتب المدعي العام في باريس تحقيقاً بتهمة "السرقة ضمن عصابة منظمة"، فيما تعمل فرقة مكافحة السرقات الكبرى على كشف هوية الفاعلين واسترجاع المسروقات.
وفي وقت لاحق، عُثر على تاج الإمبراطورة أوجيني الذي كان من بين القطع المسروقة.
ويتكون هذا التاج الإمبراطوري، العائد إلى زوجة نابليون الثالث، من 1354 ماسة و56 قطعة زمرد، وفق الوصف المنشور على موقع اللوفر الإلكتروني.
""", [
    ev("heist", "عملية سطو جريئة انتهت بسرقة 9 قطع ثمينة", HEIST, "'صباح أمس' in an article of Mon 20 Oct 2025 = Sun 19 Oct"),
    ev("museum-closed", "إغلاق المتحف طوال اليوم", HEIST, "'طوال اليوم' = the day of the heist, Sun 19 Oct 2025"),
    ev("thieves-enter-apollo-gallery", "وصعدوا بمصعد شحن مباشرة إلى \"قاعة أبولون\"", HEIST, "no own expression; part of the heist of Sun 19 Oct 2025"),
    ev("thieves-flee", "ثم هرب الجناة على دراجة نارية", HEIST, "no own expression; right after the 7-minute heist, Sun 19 Oct 2025"),
    ev("investigation-opened", "وفتح مكتب المدعي العام في باريس تحقيقاً", HEIST, "no own expression; the Paris prosecutor's office opened the inquiry on the day of the heist, Sun 19 Oct 2025"),
    ev("eugenie-crown-left", "عُثر على تاج الإمبراطورة أوجيني", HEIST, "no own expression; 'في وقت لاحق' of the heist: the crown dropped by the thieves during their escape was found outside the museum the same day, Sun 19 Oct 2025"),
])
art(S, "https://www.albayan.ae/news/world/europe/733334",
    BECCUAU, "the page's date stamp 2025-10-21 and the body's 'الثلاثاء' for Beccuau's RTL interview of Tue 21 Oct 2025 (21 Oct 2025 was a Tuesday); headline written from the body (the stored text has none)", True, """
اللوفر يقدّر خسائر سرقة الجواهر بـ88 مليون يورو
وضعت إدارة متحف اللوفر في باريس تقديراً بقيمة 88 مليون يورو للأضرار التي خلّفتها سرقة الجواهر التي جرت "الأحد"، بحسب ما ذكرته المدعية العامة للعاصمة الفرنسية لور بيكو "الثلاثاء".
وأوضحت بيكو لمحطة "إر تي إل" أن "أمينة متحف اللوفر قدّرت الأضرار بـ 88 مليون يورو"، واصفة المبلغ بأنه "ضخم للغاية"، غير أنه "لا يُذكّر ولا يُقارن بالضرر التاريخي".
ونبّهت إلى أن اللصوص "لن يجنوا هذه القيمة لو أقدموا على فكرة سيئة جدا تتمثل في صهر هذه الجواهر".
وتُعد الحلي المسروقة من اللوفر كنوزاً فرنسية ذات قيمة تاريخية لا تقدر بثمن، وهو ما يثير أسئلة ملحّة عن مصيرها وعن احتمال تفكيكها أو تهريبها، لا سيما أن شهرتها الواسعة تجعل بيعها على حالها أمراً صعباً.
وتضم المسروقات تاجاً وعقداً من طقم الملكة ماري-أميلي، وعقداً آخر من الزمرد يعود إلى الإمبراطورة ماري-لويز، فضلاً عن بروش نادر وتاج ضخم وعقد صدر للإمبراطورة أوجيني.
ولم يترك اللصوص خلفهم أثناء فرارهم سوى تاج أوجيني، الذي تفحصه وزارة الثقافة حالياً لتقدير حالته.
""", [
    ev("heist", "سرقة الجواهر التي جرت \"الأحد\"", HEIST, "'الأحد' = Sun 19 Oct 2025"),
    ev("beccuau-88-million-estimate", "بحسب ما ذكرته المدعية العامة للعاصمة الفرنسية لور بيكو", BECCUAU, "'الثلاثاء' = Tue 21 Oct 2025"),
    ev("eugenie-crown-left", "ولم يترك اللصوص خلفهم أثناء فرارهم سوى تاج أوجيني", HEIST, "no own expression; the crown was dropped during the escape on the day of the heist, Sun 19 Oct 2025"),
    ev("crown-examination", "الذي تفحصه وزارة الثقافة حالياً", BECCUAU, "'حالياً' = at the time of the report, Tue 21 Oct 2025"),
])

# ---------------------------------------------------------------- germany-dresden-green-vault-heist-2019
S = "germany-dresden-green-vault-heist-2019"
GV_HEIST = "2019-11-25"                    # the Green Vault (Dresden Royal Palace) was raided early on Mon 25 Nov 2019
REWARD = "2019-11-28"                      # police and prosecutors offered a 500,000 euro reward on Thu 28 Nov 2019
art(S, "https://opinyatimes.com/%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84-%d8%b3%d8%b1%d9%82%d8%a9-%d9%85%d8%ac%d9%85%d9%88%d8%b9%d8%a9-%d8%a3%d9%84%d9%85%d8%a7%d8%b3-%d9%88%d9%8a%d8%a7%d9%82%d9%88%d8%aa-%d9%88%d8%b2%d9%85%d8%b1%d8%af",
    GV_HEIST, "no date on the stored page; the body's 'صباح اليوم الاثنين' (twice) for the raid of Mon 25 Nov 2019 (25 Nov 2019 was a Monday; thawra of Tue 26: 'صباح يوم أمس'; aawsat: 'صباح أمس (الاثنين)') gives Mon 25 Nov 2019 (a Reuters report of that day); headline kept from the page; the quotation of Dirk Syndram shortened; the last sentence, cut off in the stored excerpt after 'إحصاء', is completed with 'المسروقات' from the same Reuters text elsewhere", False, """
تفاصيل سرقة مجموعة ألماس وياقوت وزمرد "لا تقدر بثمن" من متحف في ألمانيا
أفاد مسؤولون في متحف درسدن وشرطتها بأن لصوصاً استولوا، في ساعة مبكرة من صباح اليوم الاثنين، على ثلاث مجموعات "لا تقدر بثمن" من الألماس والياقوت والزمرد، تعود لأوائل القرن الثامن عشر، من متحف في شرق ألمانيا.
وبيّنت لقطات التقطتها كاميرا أمنية رجلين يقتحمان متحف (القبو الأخضر) في قصر درسدن عبر نافذة، ثم يحطمان ثلاث خزائن عرض ويأخذان مجموعات المجوهرات المحفوظة فيها.
ووصفت مديرة المتحف ماريون أكرمان المجوهرات المسروقة بأنها "لا تقدر بثمن"، مؤكدة أن بيعها في السوق المفتوحة أمر مستحيل.
وقال زميلها ديرك سيندرام: "نتحدث هنا عن أشياء لها قيمة ثقافية لا يمكن قياسها. إنها تراث ثقافي عالمي تقريبا".
وأوردت صحيفة بيلد الألمانية أن اللصوص سرقوا مجوهرات وكنوزاً أخرى تبلغ قيمتها نحو مليار يورو من المتحف الواقع في شرق ألمانيا في الساعات الأولى من صباح اليوم الاثنين.
وأضافت الصحيفة، من دون أن تذكر مصدراً، أن اللصوص قطعوا الكهرباء عن متحف (القبو الأخضر) الذي يحوي واحدة من أكبر مجموعات المجوهرات في أوروبا.
وأغلقت الشرطة المبنى الواقع في قلب مدينة درسدن القديمة، وقالت إنها ما زالت تحاول إحصاء المسروقات.
""", [
    ev("heist", "بأن لصوصاً استولوا، في ساعة مبكرة من صباح اليوم الاثنين", GV_HEIST, "'صباح اليوم الاثنين' = Mon 25 Nov 2019"),
    ev("museum-director-statement", "ووصفت مديرة المتحف ماريون أكرمان المجوهرات المسروقة", GV_HEIST, "no own expression; Marion Ackermann's press conference on the day of the raid, Mon 25 Nov 2019"),
    ev("bild-billion-report", "وأوردت صحيفة بيلد الألمانية", GV_HEIST, "no own expression; Bild's report of the day of the raid ('صباح اليوم الاثنين'), Mon 25 Nov 2019"),
    ev("power-cut", "أن اللصوص قطعوا الكهرباء عن متحف (القبو الأخضر)", GV_HEIST, "no own expression; just before the raid, about 5 a.m. on Mon 25 Nov 2019 (thawra: 'في الساعة الخامسة صباحاً')"),
    ev("police-seal-building", "وأغلقت الشرطة المبنى الواقع في قلب مدينة درسدن القديمة", GV_HEIST, "no own expression; on the day of the raid, Mon 25 Nov 2019"),
])
art(S, "https://thawra.sy/?p=184312",
    "2019-11-26", "the page's date line 'التاريخ: الثلاثاء 26-11-2019' (26 Nov 2019 was a Tuesday; dropped from the text) and the body's 'صباح يوم أمس' for the raid of Mon 25 Nov 2019; headline written from the body (the stored text has none)", True, """
سرقة كنوز متحف «جرين فاولت» الألماني
نجح لصوص في سرقة كنوز متحف «جرين فاولت» الألماني بعدما اقتحموا المبنى الأثري في الساعات الأولى من صباح يوم أمس.
وبحسب صحيفة «بيلد» الألمانية، فقد قطع اللصوص الكهرباء في الساعة الخامسة صباحاً، ثم دخلوا من نافذة في المتحف الواقع بمدينة دريسدن الألمانية، واستولوا على مجوهرات وألماس تقدر قيمتها بمليار يورو.
وبيّنت الصحيفة أن اللصوص تمكنوا من الفرار في سيارة وما زالوا طلقاء، بعد أن داهموا واحداً من أكبر متاحف الكنوز في أوروبا.
وأشارت تقارير إلى أن اللصوص يبدون صغار الحجم أو نحيلين على نحو لافت، بالنظر إلى قدرتهم على التسلل إلى المتحف عبر نافذة صغيرة.
ويذكر أن المتحف تأسس في القرن الثامن عشر، ويحتوي آلاف القطع الأثرية، منها عملات معدنية ومجوهرات تاريخية.
ومن أبرز كنوزه ألماسة خضراء عيار 41 قيراطاً تعرف باسم «درسدن جرين»، استعارتها نيويورك منذ فترة، إلى جانب تمثال طوله 25 بوصة مرصع بالزمرد، و648 قيراطاً من الياقوت.
""", [
    ev("heist", "بعدما اقتحموا المبنى الأثري في الساعات الأولى من صباح يوم أمس", GV_HEIST, "'صباح يوم أمس' in an article of Tue 26 Nov 2019 = Mon 25 Nov"),
    ev("power-cut", "فقد قطع اللصوص الكهرباء في الساعة الخامسة صباحاً", GV_HEIST, "'في الساعة الخامسة صباحاً' of the raid day, Mon 25 Nov 2019"),
    ev("thieves-flee", "تمكنوا من الفرار في سيارة", GV_HEIST, "no own expression; right after the raid, Mon 25 Nov 2019"),
    ev("bild-billion-report", "وبحسب صحيفة «بيلد» الألمانية", GV_HEIST, "no own expression; Bild's report of the raid day, Mon 25 Nov 2019"),
])
art(S, "https://okaz.com.sa/last-stop/na/2000480",
    "2019-11-29", "no date on the stored page; the body's 'أمس (الخميس)' for the reward offered on Thu 28 Nov 2019 (vetogate: 'الخميس (28 تشرين الثاني/ نوفمبر 2019)') gives Fri 29 Nov 2019 (29 Nov 2019 was a Friday); headline written from the body (the stored text has none); the quotation of the police statement shortened; the last, truncated sentence dropped; no date of its own beyond 'أمس (الخميس)' and 'يوم الاثنين'", False, """
نصف مليون يورو مكافأة للإرشاد عن لصوص متحف درسدن
رصدت الشرطة الألمانية أمس (الخميس) مكافأة بقيمة نصف مليون يورو لكل من يقدم معلومات تعينها على القبض على اللصوص الذين دخلوا متحفاً في قصر درسدن من نافذة، ونجحوا في سرقة مجموعات من المجوهرات تعود للقرن الثامن عشر، في واحدة من كبرى السرقات في ألمانيا.
وقد وضعت عملية السطو الخاطفة على متحف «القبو الأخضر»، الذي يحوي إحدى أعظم مجموعات الكنوز في أوروبا، يوم الاثنين المحققين أمام لغز محير، رغم أن إحدى كاميرات المراقبة صورت رجلين يقتحمان المتحف من نافذة.
وتعهد رئيس شرطة ساكسونيا هورست كريتشمر ومدعي الولاية كلاوس رويفكامب في بيان بأن يفعلا «كل ما في وسعنا لحل هذه القضية».
وأضافا أن المحققين، بعرضهم هذه المكافأة لمن يدلي بمعلومات تقود إلى القبض على مقتحمي المتحف يوم الاثنين، يخطون «خطوة إضافية مهمة نحو استعادة المسروقات والقبض على اللصوص».
وتبين لقطات مصورة رجلين يكسران بمطرقة خزانة عرض مليئة بالمجوهرات.
وقد شاهد حراس الأمن ما يجري واتصلوا بالشرطة مسرعين، فوصلت في غضون خمس دقائق، ولكن بعد فوات الأوان.
ويرى أغلب الخبراء أن القيمة الثقافية للمسروقات، وهي ثلاث مجموعات من المجوهرات ترجع للقرن الثامن عشر، تفوق بكثير قيمتها في السوق.
""", [
    ev("reward-offered", "رصدت الشرطة الألمانية أمس (الخميس) مكافأة", REWARD, "'أمس (الخميس)' = Thu 28 Nov 2019"),
    ev("heist", "عملية السطو الخاطفة على متحف «القبو الأخضر»", GV_HEIST, "'يوم الاثنين' = Mon 25 Nov 2019"),
    ev("police-reward-statement", "وتعهد رئيس شرطة ساكسونيا هورست كريتشمر", REWARD, "no own expression; the statement that announced the reward, Thu 28 Nov 2019"),
    ev("police-arrive", "فوصلت في غضون خمس دقائق", GV_HEIST, "no own expression; five minutes after the guards' call during the raid, Mon 25 Nov 2019"),
])

# ---------------------------------------------------------------- syria-damascus-national-museum-statues-theft-2025
S = "syria-damascus-national-museum-statues-theft-2025"
THEFT = ("2025-11-09", "2025-11-11")       # the night of Sun 9 - Mon 10 Nov 2025 (AP), or Mon 10 Nov (al-Araby: 'مساء أمس الاثنين'; Reuters)
DISCOVERY = "2025-11-10"                   # discovered early on Mon 10 Nov 2025 (AP)
ATIKA = "2025-11-11"                       # Damascus internal-security chief Osama Atika announced the inquiry on Tue 11 Nov 2025
CIRCULAR = "2025-11-13"                    # the Ministry of Culture published the descriptions of the six statues on Thu 13 Nov 2025
QUESTIONED = ("2025-11-10", "2025-11-12")  # guards and staff questioned after the discovery, Mon 10 - Tue 11 Nov 2025
art(S, "https://www.alaraby.co.uk/entertainment_media/%D8%B3%D8%B1%D9%82%D8%A9-%D9%85%D9%82%D8%AA%D9%86%D9%8A%D8%A7%D8%AA-%D8%A3%D8%AB%D8%B1%D9%8A%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D9%81-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D9%81%D9%8A-%D8%AF%D9%85%D8%B4%D9%82",
    ATIKA, "the page's date stamp 2025-11-11 and the body's 'مساء أمس الاثنين' for the theft (11 Nov 2025 was a Tuesday); the site's bullet summary dropped; headline rendered from the URL slug; the last sentence, cut off in the stored excerpt at 'رئ', is completed as 'رئيسية'", True, """
سرقة مقتنيات أثرية من المتحف الوطني في دمشق
شهد المتحف الوطني في دمشق عملية سرقة مساء أمس الاثنين، استهدفت القسم الكلاسيكي الذي يعد من أغنى أقسامه بالقطع الفنية والتحف التاريخية.
ولم يُكشف بعد عن تفاصيل المسروقات أو حجمها، وسط تكتم رسمي على سير التحقيقات، التي شملت إبقاء الموظفين محتجزين لساعات متأخرة لاستجوابهم وفحص تسجيلات كاميرات المراقبة.
وذكر مصدر مطلع في مديرية الآثار والمتاحف لـ"العربي الجديد" أن العملية طاولت خزائن وواجهات عرض في القسم الكلاسيكي، إذ حُطمت ستة خزائن وسُرقت محتويات بعضها.
وبيّن المصدر أن هذا القسم يحتضن مجموعة مهمة ورائعة من القطع الأثرية التي ترجع إلى ثلاث فترات رئيسية.
""", [
    ev("theft", "شهد المتحف الوطني في دمشق عملية سرقة مساء أمس الاثنين", THEFT[0], "'مساء أمس الاثنين' from Tue 11 Nov 2025 = Mon 10 Nov evening; AP's officials put it in the night of Sunday to Monday, so my span Sun 9 - Mon 10 Nov 2025", end=THEFT[1]),
    ev("staff-questioned", "إبقاء الموظفين محتجزين لساعات متأخرة لاستجوابهم", QUESTIONED[0], "no own expression; the questioning after the discovery, before this report of Tue 11 Nov (my span Mon 10 - Tue 11 Nov 2025)", end=QUESTIONED[1]),
    ev("cabinets-smashed", "إذ حُطمت ستة خزائن وسُرقت محتويات بعضها", THEFT[0], "no own expression; part of the theft (my span Sun 9 - Mon 10 Nov 2025)", end=THEFT[1]),
])
art(S, "https://yallasyrianews.com/article/%D8%B5%D8%AF%D9%85%D8%A9-%D9%81%D9%8A-%D8%AF%D9%85%D8%B4%D9%82-%D8%B3%D8%B1%D9%82%D8%A9-%D8%AA%D9%85%D8%A7%D8%AB%D9%8A%D9%84-%D8%A3%D8%AB%D8%B1%D9%8A%D8%A9-%D9%84%D8%A7-%D8%AA%D9%82%D8%AF%D8%B1-%D8%A8%D8%AB%D9%85%D9%86-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D9%81-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A",
    ATIKA, "the page's date line 'الثلاثاء, 11 نوفمبر 2025 10:35 PM' (dropped from the text); an AP report ('وفي صباح الثلاثاء' for the AP journalist's visit); headline kept from the page; the last, truncated sentence (a quotation of Maamoun A.) dropped", True, """
صدمة في دمشق: سرقة تماثيل أثرية لا تقدر بثمن من المتحف الوطني!
قال مسؤولون سوريون إن المتحف الوطني في دمشق تعرض لعملية سطو سرق خلالها لصوص عدداً من التماثيل القديمة العائدة إلى العصر الروماني.
وأُغلق المتحف مؤقتاً عقب اكتشاف السرقة في وقت مبكر من صباح يوم الاثنين.
ويعد المتحف الوطني الأكبر في البلاد، ويحتضن آثاراً ذات قيمة تاريخية لا تقدر بثمن.
وأوضح مسؤول في المديرية العامة للآثار والمتاحف أن ستة تماثيل رخامية سُرقت، مضيفاً أن التحقيق مستمر لمعرفة هوية المتورطين.
وأفاد مسؤول آخر وكالة أسوشيتد برس بأن السرقة وقعت ليلة الأحد واكتُشفت صباح الاثنين، حين تبين أن أحد أبواب قسم الآثار الكلاسيكية محطم وأن عدداً من التماثيل الرومانية مفقودة، لكنه امتنع عن ذكر العدد الدقيق للتماثيل المسروقة.
وطلب المسؤولان عدم ذكر اسميهما التزاماً باللوائح، لأن الحكومة لم تصدر بياناً رسمياً حتى الآن.
وفي صباح الثلاثاء، حاول صحفي من أسوشيتد برس دخول المتحف، غير أن حراس الأمن أبلغوه بأنه مغلق، ورفضوا الرد على أي أسئلة بشأن السرقة.
""", [
    ev("theft", "بأن السرقة وقعت ليلة الأحد", THEFT[0], "'ليلة الأحد' = the night of Sun 9 to Mon 10 Nov 2025 (al-Araby: Monday evening; my span Sun 9 - Mon 10 Nov)", end=THEFT[1]),
    ev("theft-discovered", "واكتُشفت صباح الاثنين", DISCOVERY, "'صباح الاثنين' = Mon 10 Nov 2025"),
    ev("museum-closed", "وأُغلق المتحف مؤقتاً", DISCOVERY, "'صباح يوم الاثنين' (the discovery) = the closure from Mon 10 Nov 2025"),
    ev("ap-journalist-turned-away", "حاول صحفي من أسوشيتد برس دخول المتحف", ATIKA, "'وفي صباح الثلاثاء' = Tue 11 Nov 2025"),
])
art(S, "https://www.vetogate.com/5533372",
    CIRCULAR, "the page's date line 'الخميس 13 نوفمبر 2025' (dropped from the text) and the body's 'اليوم الخميس' for the ministry's circular (13 Nov 2025 was a Thursday); headline kept from the page; the site's section sub-headings and the closing promotion line dropped", True, """
وزارة الثقافة السورية تصدر تعميما يتضمن مواصفات 6 تماثيل مسروقة
أصدرت وزارة الثقافة السورية، اليوم الخميس، تعميماً يشتمل على مواصفات مفصلة لـ6 من التماثيل المسروقة من متحف دمشق الوطني، لتسهيل تعقبها والمساعدة على استرجاعها.
وأفادت وسائل إعلام سورية بأن التعميم الصادر عن الوزارة يصف 6 تماثيل من طراز "فينوس" مصنوعة من الرخام والمرمر والجص، كانت محفوظة في قاعات المتحف.
وتراوحت أوصاف التماثيل المسروقة بين "فينوس رخامية مرممة ومكسورة عند الأقدام، وأخرى من المرمر بحالة ناقصة، بالإضافة إلى تمثال جصي لامرأة واقفة يمثل نموذجا من فنون النحت الأنثوي في العصور الكلاسيكية".
وناشدت الوزارة في بيانها كل الجهات الرسمية والأفراد في سوريا وخارجها "التعاون وتقديم أي معلومات قد تساعد في تحديد أماكن وجود القطع أو استعادتها"، مشددة على أن "حماية التراث السوري هي مسؤولية وطنية وجماعية".
وكانت الجهات الأمنية قد أعلنت يوم الثلاثاء الماضي فتح تحقيق إثر سرقة تماثيل أثرية نادرة من العصر الروماني من المتحف الوطني في دمشق.
""", [
    ev("ministry-circular", "أصدرت وزارة الثقافة السورية، اليوم الخميس، تعميماً", CIRCULAR, "'اليوم الخميس' = Thu 13 Nov 2025"),
    ev("ministry-appeal", "وناشدت الوزارة في بيانها كل الجهات الرسمية والأفراد", CIRCULAR, "no own expression; the appeal is part of the circular of Thu 13 Nov 2025"),
    ev("investigation-announced", "قد أعلنت يوم الثلاثاء الماضي فتح تحقيق", ATIKA, "'يوم الثلاثاء الماضي' from Thu 13 Nov 2025 = Tue 11 Nov"),
    ev("theft", "إثر سرقة تماثيل أثرية نادرة من العصر الروماني", THEFT[0], "no own expression; the theft of the night of Sun 9 - Mon 10 Nov 2025 (my span)", end=THEFT[1]),
])
art(S, "https://eremnews-fe-app-production.azurewebsites.net/entertainment/p8o5tjp",
    CIRCULAR, "no date on the stored page (an Erem News page); the body's 'اليوم الخميس' for the ministry's disclosure of the six statues, which was issued on Thu 13 Nov 2025 (vetogate and shorouknews of 13 Nov: 'اليوم الخميس'), gives Thu 13 Nov 2025; the unrelated headline at the top of the stored text (a related-news link) and the empty list 'والتماثيل هي:' dropped; headline written from the body; the last, truncated sentence dropped", False, """
سوريا تكشف مواصفات التماثيل المسروقة من المتحف الوطني
أعلنت وزارة الثقافة السورية، اليوم الخميس، عدد التماثيل الأثرية التي سُرقت قبل أيام من القسم الكلاسيكي في المتحف الوطني بالعاصمة دمشق ومواصفاتها.
وجاء في بيان للوزارة على موقعها الرسمي "إن ست قطع أثرية سُرقت من المتحف، وتم تعميم مواصفاتها بهدف المساعدة في تعقبها واستعادتها".
وأرفقت الوزارة صوراً للتماثيل المسروقة مع أرقامها ومواصفاتها ومصدرها، وهي تمثل "فينوس" رمز "آلهة الحب والجمال" في الأساطير الرومانية القديمة.
وكان المتحف، الذي يحتضن قطعاً أثرية ومقتنيات نادرة، قد تعرّض للسرقة يوم الأحد الماضي، وأفادت مصادر حينها بأن "السرقة استهدفت آثار حضارات ما قبل الميلاد في سوريا، خاصة آثار العصر الهلنستي والروماني، وكذلك الفترة البيزنطية".
وشرعت الجهات المختصة في التحقيق بالحادثة، بما في ذلك استجواب حراس الأمن في المتحف والمعنيين بالأمر، بغية كشف الفاعلين واسترجاع القطع المسروقة.
ويحتوي القسم الكلاسيكي في المتحف الوطني بدمشق مجموعة مهمة من القطع الأثرية العائدة إلى الفترة الهلنستية 333 ق. م/64 ق. م، وهي فترة تعد، وفق وصف مديرية الآثار، بداية العصور الكلاسيكية التي تزامنت مع دخول الإسكندر المقدوني سوريا.
""", [
    ev("ministry-circular", "أعلنت وزارة الثقافة السورية، اليوم الخميس", CIRCULAR, "'اليوم الخميس' = Thu 13 Nov 2025"),
    ev("theft", "قد تعرّض للسرقة يوم الأحد الماضي", THEFT[0], "'يوم الأحد الماضي' from Thu 13 Nov 2025 = Sun 9 Nov (the night of Sun 9 - Mon 10 Nov; my span)", end=THEFT[1]),
    ev("staff-questioned", "استجواب حراس الأمن في المتحف والمعنيين بالأمر", QUESTIONED[0], "no own expression; the questioning after the discovery, Mon 10 - Tue 11 Nov 2025 (al-Araby of 11 Nov; Atika's statement of Tue 11 Nov)", end=QUESTIONED[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 530)
                            if i != 201 and i != 519
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
