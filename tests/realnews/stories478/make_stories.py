"""Builds stories.jsonl: the 478-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: deaths and funerals of artists, singers, actors, writers
and athletes.
Stories: the death of the Moroccan singer Abdou Cherif and his funeral in Casablanca (Morocco, March 2024),
the death of the Egyptian actor Mahmoud Yassin and his funeral at Sheikh Zayed (Egypt, October 2020), the
death of the Kuwaiti actress Intisar al-Sharrah in London and her burial in Kuwait (Kuwait, July-August 2021),
and the death of the Algerian boxer Mustapha Moussa, Algeria's first Olympic medallist, and his burial in
Oran (Algeria, August 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-abdou-cherif-death-2024
S = "morocco-abdou-cherif-death-2024"
DEATH = "2024-03-08"                       # Abdou Cherif died in a Casablanca clinic on Fri 8 Mar 2024 (heart attack that morning)
FUNERAL = "2024-03-09"                     # funeral after the noon prayer, Sat 9 Mar 2024, cemetery of Ahl Fes (Casablanca)
art(S, "https://www.9avril.ma/?p=84563",
    "2024-03-08", "the body's 'اليوم الجمعة 08 مارس 2024' for the death (8 Mar 2024 was a Friday); the poll widget, the comment form and the 'back to top' button dropped; headline kept from the page", True, """
الفنان المغربي “عبده الشريف” في ذمة الله
رحل، اليوم الجمعة 08 مارس 2024، الفنان المغربي عبدو الشريف بعد إصابته بسكتة قلبية.
وكان الفقيد عبدو الشريف، الذي يلقب بـ«عندليب المغرب»، قد أُدخل المستشفى صباح اليوم، إثر وعكة صحية ألمت به فجأة.
وأصيب الفنان المغربي بأزمة قلبية نُقل بسببها وهو في حالة صحية حرجة إلى مصحة بمدينة الدار البيضاء.
وكان من المبرمج أن يحيي عبدو الشريف، المشهور بأدائه لأغاني عبد الحليم حافظ، سهرة فنية بمسرح «ميغاراما» في الدار البيضاء مساء اليوم الجمعة، فقرر المنظمون تأجيل الحفل.
""", [
    ev("death", "رحل، اليوم الجمعة 08 مارس 2024، الفنان المغربي عبدو الشريف", DEATH, "'اليوم الجمعة 08 مارس 2024' = Fri 8 Mar 2024"),
    ev("heart-attack-clinic", "قد أُدخل المستشفى صباح اليوم", DEATH, "'صباح اليوم' in an article of Fri 8 Mar 2024"),
    ev("megarama-concert", "سهرة فنية بمسرح «ميغاراما» في الدار البيضاء مساء اليوم الجمعة", DEATH, "'مساء اليوم الجمعة' = the evening of Fri 8 Mar 2024 (the concert planned for International Women's Day)"),
    ev("concert-postponed", "فقرر المنظمون تأجيل الحفل", DEATH, "no own expression; the organisers' decision on the day of the death and of the planned concert, Fri 8 Mar 2024"),
])
art(S, "https://news33.ma/36173",
    "2024-03-08", "no date line on the stored page; the body's 'ظهر الجمعة' for the death together with 'صباح اليوم' for the heart attack of that same morning put the report on the day of the death, Fri 8 Mar 2024 (9avril.ma: 'اليوم الجمعة 08 مارس 2024'; bladna24 of Sat 9: 'يوم أمس الجمعة'); headline kept from the page", False, """
وفاة الموسيقار المغربي عبدو شريف بسبب أزمة قلبية مفاجئة
فارق الفنان المغربي عبدو شريف الحياة، ظهر الجمعة، في مصحة خاصة بمدينة الدار البيضاء، بعدما أصيب بأزمة قلبية مفاجئة، صباح اليوم.
وكان منتظرا أن يحيي المطرب الراحل عبدو شريف، مساء الجمعة، حفلا فنيا كبيرا احتفاء باليوم العالمي للمرأة على خشبة مسرح سينما ميغاراما بالعاصمة الاقتصادية، وذلك بعد غياب طويل عن الساحة الفنية المغربية، وبمشاركة عدد من الفنانين المغاربة.
""", [
    ev("death", "فارق الفنان المغربي عبدو شريف الحياة، ظهر الجمعة", DEATH, "'ظهر الجمعة' = noon of Fri 8 Mar 2024 (the day of this report)"),
    ev("heart-attack-clinic", "بعدما أصيب بأزمة قلبية مفاجئة، صباح اليوم", DEATH, "'صباح اليوم' = the morning of Fri 8 Mar 2024"),
    ev("megarama-concert", "أن يحيي المطرب الراحل عبدو شريف، مساء الجمعة، حفلا فنيا كبيرا", DEATH, "'مساء الجمعة' = the evening of Fri 8 Mar 2024, International Women's Day"),
])
art(S, "https://bladna24.ma/the-late-abdo-sharif/",
    "2024-03-09", "no date line on the stored page; the body's 'بعد ظهر اليوم السبت' for the funeral and 'يوم أمس الجمعة' for the death of Fri 8 Mar 2024 give Sat 9 Mar 2024 (9 Mar 2024 was a Saturday); headline kept from the page; the last, truncated sentence of Khalid Nizar's quotation dropped", True, """
فنانون ومشاهير يشيعون الراحل عبدو شريف
شُيّع جثمان الفنان المغربي عبدو شريف، بعد ظهر اليوم السبت، إلى مقبرة أهل فاس بمدينة الدار البيضاء.
وشارك في جنازة الفقيد، الذي رحل يوم أمس الجمعة، جمع كبير من زملائه الموسيقيين والفنانين والإعلاميين، من بينهم الملحن مولاي أحمد العلوي ومحمد الغاوي والحاج يونس وكريم التدلاوي وأعضاء من فرقته الموسيقية، إلى جانب الإعلاميين رشيد الإدريسي وخالد نزار.
وتجدر الإشارة إلى أن الفنان الراحل أسلم الروح في مصحة خاصة بالدار البيضاء عن عمر يناهز 52 سنة، إثر أزمة قلبية مفاجئة، قبل ساعات من سهرة فنية كانت مبرمجة بمسرح «ميغاراما» بالبيضاء.
وودّع عدد من أصدقائه المقربين من الفنانين والإعلاميين الراحل عبدو الشريف بكلمات يملؤها الحزن، إذ قال الإعلامي خالد نزار في تصريح لـ«بلادنا24»: «فقدنا أخا وصديقا صاحب قلب كبير، سنفتقده كثيرا مطربا وممثلا، كان يحظى باحترام الفنانين المغاربة والعرب، وكان كريما يقدّر أبناء وطنه وجمهوره، ودائم التواصل معنا لا يبخل علينا بجديده».
""", [
    ev("funeral", "شُيّع جثمان الفنان المغربي عبدو شريف، بعد ظهر اليوم السبت", FUNERAL, "'بعد ظهر اليوم السبت' = Sat 9 Mar 2024"),
    ev("death", "الذي رحل يوم أمس الجمعة", DEATH, "'يوم أمس الجمعة' in an article of Sat 9 Mar 2024 = Fri 8 Mar"),
    ev("heart-attack-clinic", "إثر أزمة قلبية مفاجئة، قبل ساعات من سهرة فنية", DEATH, "no own expression; the heart attack of the morning of Fri 8 Mar 2024 (9avril.ma: 'صباح اليوم')"),
    ev("megarama-concert", "سهرة فنية كانت مبرمجة بمسرح «ميغاراما» بالبيضاء", DEATH, "no own expression; the concert planned for the evening of Fri 8 Mar 2024 (9avril.ma: 'مساء اليوم الجمعة')"),
    ev("nizar-statement", "إذ قال الإعلامي خالد نزار في تصريح", DEATH, "no own expression; a statement given to the site between the death and this report (my span Fri 8 - Sat 9 Mar 2024)", end="2024-03-10"),
])
art(S, "https://gulfarabia.com/news/west-arab/%d9%81%d9%86%d8%a7%d9%86%d9%88%d9%86-%d9%88%d8%a7%d8%b9%d9%84%d8%a7%d9%85%d9%8a%d9%88%d9%86-%d9%81%d9%8a-%d9%88%d8%af%d8%a7%d8%b9-%d8%a7%d9%84%d9%85%d8%b7%d8%b1%d8%a8-%d8%a7%d9%84%d8%b1%d8%a7%d8%ad",
    "2024-03-10", "no date line on the stored page; the body's 'بعد صلاة ظهر، أمس السبت' for the funeral of Sat 9 Mar 2024 (bladna24: 'بعد ظهر اليوم السبت') gives Sun 10 Mar 2024 (10 Mar 2024 was a Sunday), and 'الجمعة المنصرم' for the death agrees; a wire report ('المصدر: وكالات', dropped); headline rendered from the (truncated) URL slug", True, """
فنانون واعلاميون في وداع المطرب الراحل
بعد صلاة ظهر أمس السبت، شُيّع جثمان المطرب المغربي عبدو الشريف في حضور أفراد عائلته وأقاربه وعدد من الفنانين الذين لم تثنهم أحوال الطقس عن المشاركة في الجنازة، ثم ووري الثرى بمقبرة «أهل فاس» في الدار البيضاء.
وكان الفقيد يتهيأ لهذه السهرة بعد ابتعاد عن الساحة الفنية المغربية وإقامة في فرنسا، وقال الفنان فؤاد الزبادي: «ودّعت الساحة الفنية عبد الحليم حافظ آخر، فبعدما كنا ننتظر حضور سهرته ها نحن نحضر جنازته، رحمه الله تعالى».
وكان عبدو شريف قد توفي الجمعة المنصرم، إثر أزمة قلبية نُقل بسببها إلى قسم المستعجلات في إحدى المصحات الخاصة بالدار البيضاء.
ولم يفلح أطباء المصحة في إنقاذه من النوبة المفاجئة التي أصابته.
وقد خصص الراحل مسيرته الفنية لإحياء جانب مهم وواسع من رصيد فني ظهر في العصر الذهبي للأغنية المصرية، هو أغاني عبد الحليم حافظ، فلُقّب بـ«العندليب الجديد».
""", [
    ev("funeral", "بعد صلاة ظهر أمس السبت، شُيّع جثمان المطرب المغربي عبدو الشريف", FUNERAL, "'أمس السبت' in an article of Sun 10 Mar 2024 = Sat 9 Mar"),
    ev("burial", "ثم ووري الثرى بمقبرة «أهل فاس» في الدار البيضاء", FUNERAL, "no own expression; the burial at the end of the funeral of Sat 9 Mar 2024"),
    ev("megarama-concert", "وكان الفقيد يتهيأ لهذه السهرة", DEATH, "no own expression; the concert planned for the evening of Fri 8 Mar 2024 (9avril.ma: 'مساء اليوم الجمعة')"),
    ev("death", "وكان عبدو شريف قد توفي الجمعة المنصرم", DEATH, "'الجمعة المنصرم' from Sun 10 Mar 2024 = Fri 8 Mar"),
    ev("heart-attack-clinic", "إثر أزمة قلبية نُقل بسببها إلى قسم المستعجلات", DEATH, "no own expression; the heart attack and the transfer to the clinic on the morning of Fri 8 Mar 2024 (9avril.ma: 'صباح اليوم')"),
])

# ---------------------------------------------------------------- egypt-mahmoud-yassin-death-2020
S = "egypt-mahmoud-yassin-death-2020"
DEATH = "2020-10-14"                       # Mahmoud Yassin died at dawn / in the morning of Wed 14 Oct 2020
FUNERAL = "2020-10-15"                     # funeral prayer at the Police mosque, Sheikh Zayed, after the noon prayer of Thu 15 Oct 2020
CONDOLENCE = "2020-10-16"                  # condolence evening planned for Fri 16 Oct 2020 after the sunset prayer
art(S, "https://almalnews.com/859732",
    "2020-10-14", "the body's 'صباح اليوم الأربعاء 14 أكتوبر' for the death (14 Oct 2020 was a Wednesday; the year from the minister Inas Abdel Dayem, in office then, and the other reports); headline written from the body (the stored text has none)", True, """
وزيرة الثقافة تنعى الفنان محمود ياسين
نعت وزيرة الثقافة الدكتورة إيناس عبد الدايم، ومعها كل هيئات الوزارة وقطاعاتها، الفنان الكبير محمود ياسين الذي رحل صباح اليوم الأربعاء 14 أكتوبر عن عمر يناهز 79 عاما إثر صراع طويل مع المرض، وقالت إن الساحة الإبداعية خسرت أحد رموزها ونجما ذهبيا عبّر بصدق عن هموم المجتمع في أعمال ستظل علامات بارزة في تاريخ فن التمثيل، وتقدمت بالعزاء إلى أسرته وأصدقائه ومحبيه، سائلة الله أن يشمل الفقيد برحمته ويلهم أهله الصبر والسلوان.
يذكر أن محمود ياسين وُلد في بورسعيد عام 1941، وأحب المسرح منذ المرحلة الإعدادية عبر (نادي المسرح) في مدينته، ثم انتقل إلى القاهرة للدراسة الجامعية وتخرج في كلية الحقوق، وحقق حلمه بالانضمام إلى المسرح القومي الذي قدّم على خشبته وعلى خشبات مسارح أخرى عشرات الأعمال اللافتة.
وأدى في السينما أدوارا صغيرة حتى أتته الفرصة في فيلم (نحن لا نزرع الشوك) عام 1970، ثم تتابعت أعماله، وقدم في التلفزيون عشرات المسلسلات الناجحة، ودعم كثيرين من نجوم الأجيال اللاحقة.
""", [
    ev("minister-obituary", "نعت وزيرة الثقافة الدكتورة إيناس عبد الدايم", DEATH, "no own expression; the minister's obituary on the day of the death, Wed 14 Oct 2020"),
    ev("death", "الذي رحل صباح اليوم الأربعاء 14 أكتوبر", DEATH, "'صباح اليوم الأربعاء 14 أكتوبر' = Wed 14 Oct 2020"),
    ev("birth", "وُلد في بورسعيد عام 1941", "1941-01-01", "'عام 1941' = the year 1941 only", end="1942-01-01"),
    ev("first-big-role", "حتى أتته الفرصة في فيلم (نحن لا نزرع الشوك) عام 1970", "1970-01-01", "'عام 1970' = the year 1970 only", end="1971-01-01"),
])
art(S, "https://elmogaz.news/648776",
    "2020-10-14", "no date line on the stored page; the body's 'صباح اليوم' and 'فجر اليوم' for the death, which was on Wed 14 Oct 2020 (almalnews: 'صباح اليوم الأربعاء 14 أكتوبر'), put the report on that day; headline kept from the page", False, """
بكلمات مؤثرة..حنان ترك تنعي الفنان محمود ياسين
رحل صباح اليوم الفنان محمود ياسين عن 79 عامًا بعد معاناة مع المرض، ونعته الفنانة المعتزلة حنان ترك عبر حسابها على منصة التدوينات القصيرة «تويتر»، فكتبت: «إنا لله وإنا إليه راجعون، رحم الله أناسا فرحت بهم الدنيا حين زيّنوها واستقبلتهم الأرض ببشرى من الرحمن، البقاء لله في وفاة الفنان الكبير محمود ياسين، وخالص تعازينا للسيدة الفاضلة شهيرة وللأسرة الكريمة».
وكانت صحة محمود ياسين قد ساءت خلال الأيام الأخيرة، فنُقل إلى مستشفى المعادي العسكري في سرية تامة، حتى فارق الحياة فجر اليوم، عن 79 عاما.
""", [
    ev("death", "رحل صباح اليوم الفنان محمود ياسين", DEATH, "'صباح اليوم' = Wed 14 Oct 2020 (the day of the death, almalnews)"),
    ev("hanan-turk-tweet", "ونعته الفنانة المعتزلة حنان ترك", DEATH, "no own expression; her tweet on the day of the death, Wed 14 Oct 2020"),
    ev("maadi-hospital", "فنُقل إلى مستشفى المعادي العسكري في سرية تامة", "2020-10-07", "'خلال الأيام الأخيرة' before the death of Wed 14 Oct 2020 (my span 7 - 13 Oct 2020)", end=DEATH),
])
art(S, "https://cairopresseg.com/?p=111506",
    "2020-10-14", "no date line on the stored page; the body's 'اليوم' for the death and the son's post 'غدا، الخميس 15 أكتوبر' for the funeral give Wed 14 Oct 2020 (15 Oct 2020 was a Thursday); headline written from the body (the stored text has none); the last paragraph (an old quarrel between Shahira and Hosni Mubarak, truncated) dropped", True, """
رحيل الفنان الكبير محمود ياسين وموعد جنازته
رحل اليوم الفنان الكبير محمود ياسين عن عمر يناهز الـ 79 عاما، بعد معاناة مع الزهايمر وأمراض الشيخوخة.
وأعلن الكاتب عمرو محمود ياسين، نجل الفنان الراحل، أن صلاة الجنازة على والده ومراسم دفنه ستجري بعد صلاة ظهر غدا الخميس.
وكتب عمرو عبر فيس بوك: «لاعتبارات وظروف خاصة بالأسرة ستقام مراسم الدفن والجنازة غدا، الخميس 15 أكتوبر عقب صلاة الظهر، وسنعلن مكان صلاة الجنازة لاحقا، جزاكم الله خيراً ولا أراكم مكروهاً في عزيزٍ لديكم وغفر لأمواتكم جميعاً».
وُلد الفنان الكبير محمود ياسين في بورسعيد سنة 1941، وتعلق بالمسرح منذ المرحلة الإعدادية عبر (نادي المسرح) في المدينة، وكان يحلم حينها بأن يقف يوما على خشبة المسرح القومي، ثم انتقل إلى القاهرة ليلتحق بالجامعة وتخرج في كلية الحقوق، ومنها انضم إلى المسرح القومي ليغدو نجم النجوم في مصر والعالم العربي.
""", [
    ev("death", "رحل اليوم الفنان الكبير محمود ياسين", DEATH, "'اليوم' = Wed 14 Oct 2020 (the day before 'غدا، الخميس 15 أكتوبر')"),
    ev("son-announcement", "وأعلن الكاتب عمرو محمود ياسين", DEATH, "no own expression; the son's Facebook post on the day of the death, Wed 14 Oct 2020"),
    ev("funeral", "ستجري بعد صلاة ظهر غدا الخميس", FUNERAL, "'غدا الخميس' from Wed 14 Oct 2020 = Thu 15 Oct"),
    ev("funeral-postponed", "لاعتبارات وظروف خاصة بالأسرة", DEATH, "no own expression; the family's decision, announced on Wed 14 Oct 2020, to hold the funeral the next day rather than on the day of the death"),
    ev("birth", "وُلد الفنان الكبير محمود ياسين في بورسعيد سنة 1941", "1941-01-01", "'سنة 1941' = the year 1941 only", end="1942-01-01"),
])
art(S, "https://www.djazairess.com/ennahar/904190",
    "2020-10-15", "no date line on the stored page; the body's 'اليوم الخميس' for the funeral and 'غداً الجمعة' for the condolences, after the death of Wed 14 Oct 2020, give Thu 15 Oct 2020 (15 Oct 2020 was a Thursday); an Ennahar report carried by djazairess; headline written from the body (the stored text has none)", True, """
تشييع جنازة الفنان محمود ياسين من مسجد الشرطة بالشيخ زايد
شُيّعت اليوم الخميس جنازة الفنان المصري الراحل محمود ياسين من مسجد الشرطة في مدينة الشيخ زايد، على أن يوارى الثرى في مقابر العائلة. وأُرجئت الجنازة من الأمس لليوم لظروف عائلية وانتظارا لوصول شقيقه القادم من الخارج ولجميع أفراد أسرته في بورسعيد. ووفق موقع اليوم السابع، تقرر أن تقام ليلة العزاء غداً الجمعة في ساحة كومباوند رويال سيتي بالشيخ زايد عقب صلاة المغرب. وكان الفنان الكبير محمود ياسين قد رحل عن 79 عاماً بعد معاناة مع المرض امتدت طوال سبع سنوات. وغلب البكاء الفنانة شهيرة، زوجة الراحل، لدى وصولها إلى مسجد الشرطة بالشيخ زايد لحضور صلاة الجنازة، وكان في استقبالها ابنها عمرو محمود ياسين وحفيدها وزوج ابنتها الفنان محمد رياض، فيما رافقتها ابنتها رانيا ياسين وعدد من الأقارب. وحضر الجنازة من الفنانين أحمد السقا وحسين فهمي وسوزان نجم الدين وعزت العلايلي وأشرف زكي وأشرف عبد الغفور ورشوان توفيق. كما انهارت الفنانة سهير رمزي باكية خلال مراسم الدفن وفقدت وعيها لدقائق.
""", [
    ev("funeral", "شُيّعت اليوم الخميس جنازة الفنان المصري الراحل محمود ياسين", FUNERAL, "'اليوم الخميس' = Thu 15 Oct 2020"),
    ev("funeral-postponed", "وأُرجئت الجنازة من الأمس لليوم", DEATH, "'من الأمس لليوم': the funeral was not held on the day of the death, Wed 14 Oct 2020, when the family announced the delay to Thursday (elmogaz/7elwa: 'غدًا الخميس'); dated to the decision of Wed 14 Oct"),
    ev("condolence-evening", "أن تقام ليلة العزاء غداً الجمعة", CONDOLENCE, "'غداً الجمعة' from Thu 15 Oct 2020 = Fri 16 Oct"),
    ev("death", "قد رحل عن 79 عاماً بعد معاناة مع المرض", DEATH, "no own expression; the death of Wed 14 Oct 2020 ('من الأمس')"),
    ev("burial", "انهارت الفنانة سهير رمزي باكية خلال مراسم الدفن", FUNERAL, "no own expression; the burial after the funeral prayer of Thu 15 Oct 2020"),
])

# ---------------------------------------------------------------- kuwait-intisar-al-sharrah-death-2021
S = "kuwait-intisar-al-sharrah-death-2021"
DEATH = "2021-07-31"                       # Intisar al-Sharrah died in Wellington Hospital, London, on Sat 31 Jul 2021
FUNERAL = "2021-08-06"                     # body flown in at dawn, funeral and burial at al-Sulaibikhat in the morning of Fri 6 Aug 2021
LONDON = ("2021-07-15", "2021-07-30")      # her travel to London for treatment, 'منذ أيام' / about two weeks before the death
LAST_HOURS = ("2021-07-30", "2021-08-01")  # the sharp deterioration of her last hours (night of Fri 30 - Sat 31 Jul)
BIRTH = "1962-11-05"
art(S, "https://baghdad24.news/%d9%88%d9%81%d8%a7%d8%a9-%d8%a7%d9%84%d9%81%d9%86%d8%a7%d9%86%d8%a9-%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa%d9%8a%d8%a9-%d8%a7%d9%86%d8%aa%d8%b5%d8%a7%d8%b1-%d8%a7%d9%84%d8%b4%d8%b1%d8%a7%d8%ad-%d9%81/?amp=1",
    "2021-07-31", "no date line on the stored page; the body's 'أعلن اليوم السبت' for the announcement of the death, which was on Sat 31 Jul 2021 (al-Anba of Sun 1 Aug: 'غيب الموت ظهر أمس'; the funeral of Fri 6 Aug 2021 'after her body arrived from London'), gives Sat 31 Jul 2021 (a Saturday); the byline dropped; headline kept from the page; the last, truncated sentence (her studies and first play) dropped", True, """
وفاة الفنانة الكويتية انتصار الشراح في لندن
أُعلن اليوم السبت في الكويت رحيل الفنانة الكويتية انتصار الشراح عن 58 عاما، بعد معاناة مع المرض، في العاصمة البريطانية لندن.
وكانت انتصار الشراح تخضع للعلاج في لندن التي وصلت إليها منذ أيام، إذ أُدخلت مستشفى ويلستون ثم فارقت الحياة فيه.
ووفق زوجها، تدهورت حالتها الصحية بسرعة في ساعاتها الأخيرة، فوُضعت على أجهزة التنفس الاصطناعي وكانت في وضع صعب.
وكانت الفنانة الكويتية قد عانت متاعب صحية على مدار العامين الأخيرين وخضعت لعدة عمليات جراحية، وحاولت العلاج في الخارج فلم توفق في المرة الأولى في الولايات المتحدة، إلى أن رُتّبت أمورها للعلاج في لندن.
وبدأت أزمتها الصحية حين خضعت لعملية جراحية في الأمعاء، في نوفمبر 2020، فساءت حالتها ونُقلت إلى العناية المركزة في المستشفى الأميري.
ووُلدت انتصار الشراح في طنطا بمصر، بتاريخ 5 – نوفمبر – 1962، ثم انتقلت مع عائلتها إلى بلدها الأصلي الكويت، وتحديدا إلى منطقة الشعب، فهي كويتية من أصول مصرية.
""", [
    ev("death", "أُعلن اليوم السبت في الكويت رحيل الفنانة الكويتية انتصار الشراح", DEATH, "'اليوم السبت' = Sat 31 Jul 2021"),
    ev("london-travel", "في لندن التي وصلت إليها منذ أيام", LONDON[0], "'منذ أيام' before Sat 31 Jul 2021; al-Anba: the death came two weeks after her travel (my span 15 - 29 Jul 2021)", end=LONDON[1]),
    ev("last-hours-deterioration", "تدهورت حالتها الصحية بسرعة في ساعاتها الأخيرة", LAST_HOURS[0], "'في ساعاتها الأخيرة' before the death of Sat 31 Jul 2021 (my span Fri 30 - Sat 31 Jul)", end=LAST_HOURS[1]),
    ev("intestine-surgery", "حين خضعت لعملية جراحية في الأمعاء، في نوفمبر 2020", "2020-11-01", "'في نوفمبر 2020' = the month of November 2020 only", end="2020-12-01"),
    ev("birth", "ووُلدت انتصار الشراح في طنطا بمصر، بتاريخ 5 – نوفمبر – 1962", BIRTH, "'5 – نوفمبر – 1962' = Mon 5 Nov 1962"),
])
art(S, "https://www.alsolta.net/143392",
    "2021-07-31", "no publication date on the stored page (its header 'الجمعة، 3 مايو 2024' is the date of the crawl); the body's 'اليوم' for the death and the critic Abdul Sattar Naji's 'توفيت منذ ساعتين تقريبا' put the report on the day of the death, Sat 31 Jul 2021 (baghdad24: 'أعلن اليوم السبت'); the site menus dropped; headline kept from the page; the last, truncated sentence (her plays) dropped", False, """
وفاة الفنانة الكويتية انتصار الشراح عن عمر ناهز 59 عاما
أوضح الناقد الكويتي عبد الستار ناجي تفاصيل رحيل الفنانة الكويتية انتصار الشراح، اليوم، عن 59 عاما، في العاصمة البريطانية إثر صراع مع المرض.
وقال ناجي: «رحلت منذ ساعتين تقريبا في العاصمة البريطانية في مستشفى وليستون بعد صراع طويل مع مرض السرطان، بحسب زوجها مازن التميمي».
وأتت الوفاة في ختام رحلة طويلة من المعاناة مع المرض على مدار العامين الماضيين، خضعت خلالها لعدة عمليات جراحية، وسعت إلى العلاج في الخارج فلم توفق في المرة الأولى في الولايات المتحدة، ومع تراجع صحتها في الفترة الأخيرة سافرت إلى لندن لتتلقى العلاج هناك، غير أن حالتها ساءت كثيرا خلال الساعات الماضية قبل أن تفارق الحياة.
يشار إلى أن الفنانة الكويتية وُلدت عام 1962، وبدأت مشوارها الفني في عام 1980، وتعد من عمالقة الكوميديا في الكويت، وعُرفت بأدوارها الكوميدية في عدد كبير من المسرحيات والمسلسلات والبرامج.
""", [
    ev("naji-statement", "أوضح الناقد الكويتي عبد الستار ناجي تفاصيل", DEATH, "no own expression; his statement about two hours after the death, on Sat 31 Jul 2021"),
    ev("death", "رحلت منذ ساعتين تقريبا في العاصمة البريطانية", DEATH, "'منذ ساعتين تقريبا' on the day of the report = Sat 31 Jul 2021"),
    ev("london-travel", "سافرت إلى لندن لتتلقى العلاج هناك", LONDON[0], "no own expression; about two weeks before the death of Sat 31 Jul 2021 (baghdad24: 'منذ أيام'; my span 15 - 29 Jul 2021)", end=LONDON[1]),
    ev("last-hours-deterioration", "غير أن حالتها ساءت كثيرا خلال الساعات الماضية", LAST_HOURS[0], "'خلال الساعات الماضية' before the death of Sat 31 Jul 2021 (my span Fri 30 - Sat 31 Jul)", end=LAST_HOURS[1]),
    ev("birth", "الفنانة الكويتية وُلدت عام 1962", BIRTH, "'عام 1962' (the year only in this text) = 5 Nov 1962 (baghdad24)"),
    ev("career-start", "وبدأت مشوارها الفني في عام 1980", "1980-01-01", "'في عام 1980' = the year 1980 only", end="1981-01-01"),
])
art(S, "https://www.alroeya.com/130-44/2233894-انتصار-الشراح-توارى-الثرى-في-الكويت",
    "2021-08-06", "no publication date on the stored page (its header 'السبت - 04 مايو 2024' is the date of the crawl); the body's 'صباح اليوم الجمعة' and 'في نفس اليوم الجمعة' for the funeral, which followed the death of Sat 31 Jul 2021 (foochia, stamped 6 Aug 2021: 'صباح اليوم الجمعة'), give Fri 6 Aug 2021 (a Friday); headline kept from the page; the last, truncated sentence dropped", True, """
انتصار الشراح توارى الثرى في الكويت
شيّع محبو النجمة الكويتية انتصار الشراح وجمهورها وعائلتها جثمانها صباح اليوم الجمعة، ودُفنت في مقبرة الصلبيخات بالكويت، بعدما وصل جثمانها من العاصمة لندن فجر اليوم لتدفن في نفس اليوم الجمعة.
وتناقل رواد مواقع التواصل الاجتماعي في الكويت والخليج ممن شاركوا في الجنازة مقاطع من تشييع الجثمان ودفنه، وصورا توثق لحظات الدفن وتلقي أسرتها التعازي في المقبرة، بسبب ظروف جائحة كوفيد-19.
وشارك في الجنازة عدد من زملائها في الوسط الفني ووزير الإعلام والثقافة عبدالرحمن المطيري، ومن الفنانين عبدالرحمن العقل الذي حضر مع داوود حسين وطارق العلي، وعبدالعزيز المسلم ومحمد العجيمي ومحمد الحملي ونواف الشمري ومبارك سلطان.
ولم يستطع زملاؤها وأفراد أسرتها إخفاء حزنهم على فراقها، وتحدث عبدالرحمن العقل عن الصلة الإنسانية والأخوية التي جمعته بالراحلة «أم سالم»، مؤكدا أنه لا يكاد يصدق رحيلها لكنه قضاء الله وقدره، فيما ودّعها محمد العجيمي بكلمات مؤثرة.
""", [
    ev("funeral", "شيّع محبو النجمة الكويتية انتصار الشراح وجمهورها وعائلتها جثمانها صباح اليوم الجمعة", FUNERAL, "'صباح اليوم الجمعة' = Fri 6 Aug 2021"),
    ev("burial", "ودُفنت في مقبرة الصلبيخات بالكويت", FUNERAL, "'في نفس اليوم الجمعة' = Fri 6 Aug 2021"),
    ev("body-arrival", "بعدما وصل جثمانها من العاصمة لندن فجر اليوم", FUNERAL, "'فجر اليوم' = the dawn of Fri 6 Aug 2021"),
    ev("condolences-at-cemetery", "وتلقي أسرتها التعازي في المقبرة", FUNERAL, "no own expression; at the cemetery after the burial of Fri 6 Aug 2021"),
])
art(S, "https://www.foochia.com/archive/455499",
    "2021-08-06", "the page's date line '6 أغسطس 2021,6:42 ص' and the body's 'صباح اليوم الجمعة' for the funeral (6 Aug 2021 was a Friday); the byline dropped; headline kept from the page; the last, truncated part of the minister's statement dropped", True, """
الكويت تودع انتصار الشراح.. لحظات مؤثرة أثناء تشييع جثمانها
ودّعت الكويت، صباح اليوم الجمعة، الفنانة انتصار الشراح، إذ شُيّع جثمانها إلى مثواه الأخير في مقابر الصليبيخات.
وحضر مراسم الدفن وزير الإعلام والثقافة ووزير الدولة لشؤون الشباب الكويتي عبدالرحمن المطيري، وكثير من الفنانين من زملاء الراحلة.
ونشرت وسائل الإعلام الكويتية مقاطع مصورة وصورا تظهر لحظة الصلاة على الفقيدة ودفنها وسط حزن الحاضرين، وبيّن أحد المقاطع تأثر ابنها الواقف في الصف الأول خلال الصلاة وهو يردد «لا إله إلا الله» أثناء التشييع.
واحتشد عدد كبير من المشيعين قبل أن يصل جثمان «أم سالم» عند الساعة التاسعة صباحًا في طريقه إلى مثواه الأخير، فارتفعت التكبيرات وسالت الدموع، واستذكر المعزون مناقب الفنانة الراحلة داعين لها بالرحمة ولأهلها بالصبر والسلوان.
وقال وزير الإعلام عبدالرحمن المطيري: «خسرنا برحيل الفنانة القديرة انتصار الشراح رائدة من رواد الفن الكويتي بمختلف مجالاته، صاحبة مسيرة حافلة بالعطاء والإنجازات امتدت لـ (4) عقود كاملة».
""", [
    ev("funeral", "ودّعت الكويت، صباح اليوم الجمعة، الفنانة انتصار الشراح", FUNERAL, "'صباح اليوم الجمعة' = Fri 6 Aug 2021"),
    ev("burial", "وحضر مراسم الدفن وزير الإعلام والثقافة", FUNERAL, "no own expression; the burial at al-Sulaibikhat on the morning of Fri 6 Aug 2021"),
    ev("body-at-cemetery", "قبل أن يصل جثمان «أم سالم» عند الساعة التاسعة صباحًا", FUNERAL, "'عند الساعة التاسعة صباحًا' on Fri 6 Aug 2021"),
    ev("minister-statement", "وقال وزير الإعلام عبدالرحمن المطيري", FUNERAL, "no own expression; his statement at the funeral of Fri 6 Aug 2021"),
])

# ---------------------------------------------------------------- algeria-mustapha-moussa-death-2024
S = "algeria-mustapha-moussa-death-2024"
DEATH = "2024-08-03"                       # Mustapha Moussa died in Oran on Sat 3 Aug 2024 and was buried after the afternoon prayer
ACCIDENT = ("2024-05-11", "2024-05-13")    # hit by a car late at night, 'ليلة الثاني عشر من شهر ماي' (Sat 11 / Sun 12 May 2024)
PARIS = ("2024-07-26", "2024-08-12")       # the Paris 2024 Summer Olympics (26 Jul - 11 Aug 2024)
LA = ("1984-07-28", "1984-08-13")          # the Los Angeles 1984 Olympics, where he won bronze (28 Jul - 12 Aug 1984)
art(S, "https://winwin.com/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A7%D8%AA-%D8%A3%D8%AE%D8%B1%D9%89/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%88%D9%81%D8%A7%D8%A9-%D8%A7%D9%84%D8%A3%D8%B3%D8%B7%D9%88%D8%B1%D8%A9-%D9%85%D9%88%D8%B3%D9%89-%D9%85%D8%B5%D8%B7%D9%81%D9%89%C2%A0%D8%B5%D8%A7%D8%AD%D8%A8-%D8%A3%D9%88%D9%84-%D9%85%D9%8A%D8%AF%D8%A7%D9%84%D9%8A%D8%A9-%D8%A3%D9%88%D9%84%D9%85%D8%A8%D9%8A%D8%A9-%D9%84%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1",
    "2024-08-03", "no date line on the stored page; the body's 'اليوم السبت 3 أغسطس/ آب' for the death (3 Aug 2024 was a Saturday; the year from the Paris 2024 Games under way); the sub-heading dropped; headline kept from the page; the federation's truncated quotation dropped", True, """
وفاة الأسطورة موسى مصطفى صاحب أول ميدالية أولمبية للجزائر
رحل، اليوم السبت 3 أغسطس/ آب، البطل الأولمبي الجزائري وأسطورة الملاكمة في بلاده موسى مصطفى عن 62 عامًا، بعد معاناة دامت أشهرا مع مضاعفات حادث سير خطير، ليغيب في الوقت الذي تقام فيه دورة الألعاب الأولمبية الصيفية باريس 2024، وهو الذي اقترن اسمه بإنجاز تاريخي في الأولمبياد.
فقد أحرز موسى مصطفى أول ميدالية أولمبية في تاريخ مشاركات الجزائر في هذا الحدث، وكان ذلك في دورة لوس أنجلوس عام 1984، حين نال البرونزية في وزن 81 كيلوغرامًا، فدخل تاريخ الرياضة الجزائرية من أوسع أبوابه.
وتألق الراحل يومها بين أبرز ملاكمي العالم، إذ تقاسم برونزية أولمبياد لوس أنجلوس مع الأمريكي إيفاندر هوليفيلد، الذي صار لاحقا نجما عالميا في الوزن الثقيل وأحرز اللقب العالمي مرات عدة، وكان انتصاره على أسطورة الملاكمة مايك تايسون من أكبر النزالات وأكثرها جدلا في التاريخ.
ونعى الاتحاد الجزائري للملاكمة الملاكم الأسطورة في بيان نشره على حسابه الرسمي في منصة «فيسبوك».
""", [
    ev("death", "رحل، اليوم السبت 3 أغسطس/ آب، البطل الأولمبي الجزائري", DEATH, "'اليوم السبت 3 أغسطس/ آب' = Sat 3 Aug 2024"),
    ev("road-accident", "مع مضاعفات حادث سير خطير", ACCIDENT[0], "no own expression ('أشهرا' before the death); the accident late at night on 11/12 May 2024 (maghrebvoices: 'شهر ماي الفائت'; fibladi: 'قبل حوالي ثلاثة أشهر')", end=ACCIDENT[1]),
    ev("paris-olympics", "في الوقت الذي تقام فيه دورة الألعاب الأولمبية الصيفية باريس 2024", PARIS[0], "'باريس 2024' = the Games of 26 Jul - 11 Aug 2024, under way at the death", end=PARIS[1]),
    ev("la-bronze", "حين نال البرونزية في وزن 81 كيلوغرامًا", LA[0], "'في دورة لوس أنجلوس عام 1984' = the Games of 28 Jul - 12 Aug 1984", end=LA[1]),
    ev("federation-obituary", "ونعى الاتحاد الجزائري للملاكمة الملاكم الأسطورة", DEATH, "no own expression; the federation's obituary on the day of the death, Sat 3 Aug 2024"),
])
art(S, "https://fibladi.com/news/جثمان-الملاكم-السابق-مصطفى-موسى-يوارى",
    "2024-08-03", "no date line on the stored page; the body's 'الذي توفي اليوم السبت' in a report of the burial after the afternoon prayer gives Sat 3 Aug 2024 (winwin: 'اليوم السبت 3 أغسطس/ آب'); an APS dispatch carried by fibladi; headline kept from the page; the brother's truncated quotation dropped", True, """
جثمان الملاكم السابق مصطفى موسى يوارى الثرى بوهران
وهران – دُفن بعد صلاة العصر في مقبرة عين البيضاء بوهران جثمان الملاكم الدولي الجزائري السابق مصطفى موسى، الذي توفي اليوم السبت، بحضور جمع كبير من السلطات المحلية والرياضيين وأصدقاء الراحل.
وكان الفقيد قد أصيب في حادث مرور قبل حوالي ثلاثة أشهر بجروح بليغة في الجمجمة، إلى أن وافاه الأجل عن عمر يناهز 62 عاماً.
وأثنى مدير الشباب والرياضة لولاية وهران عادل تجار على الراحل، وأوضح في تصريح لوأج أن وزير الشباب والرياضة عبد الرحمان حماد كان قد وضع اسم مصطفى موسى، أول جزائري يحرز ميدالية أولمبية بعد فوزه بالبرونزية في الألعاب الأولمبية سنة 1984 بلوس أنجلس في الولايات المتحدة الأمريكية، ضمن قائمة الضيوف المرافقين للرياضيين الجزائريين المشاركين في النسخة الحالية من الألعاب الأولمبية الجارية بباريس (فرنسا).
وأبدى تجار أسفه قائلا: «شاء القدر أن يكون الأمر مختلفا، ولم يكن في وسعنا أن نفعل شيئا حيال ذلك».
""", [
    ev("burial", "دُفن بعد صلاة العصر في مقبرة عين البيضاء بوهران", DEATH, "'بعد صلاة العصر' on the day of the death, 'اليوم السبت' = Sat 3 Aug 2024"),
    ev("death", "الذي توفي اليوم السبت", DEATH, "'اليوم السبت' = Sat 3 Aug 2024"),
    ev("road-accident", "قد أصيب في حادث مرور قبل حوالي ثلاثة أشهر", ACCIDENT[0], "'قبل حوالي ثلاثة أشهر' from Aug 2024; the accident late at night on 11/12 May 2024 (elbadil/elkhabar)", end=ACCIDENT[1]),
    ev("la-bronze", "بعد فوزه بالبرونزية في الألعاب الأولمبية سنة 1984", LA[0], "'سنة 1984 بلوس أنجلس' = the Games of 28 Jul - 12 Aug 1984", end=LA[1]),
    ev("paris-olympics", "الألعاب الأولمبية الجارية بباريس (فرنسا)", PARIS[0], "'النسخة الحالية ... الجارية بباريس' = the Games of 26 Jul - 11 Aug 2024", end=PARIS[1]),
    ev("tajjar-statement", "وأبدى تجار أسفه", DEATH, "no own expression; his statement to APS at the burial of Sat 3 Aug 2024"),
])
art(S, "https://www.maghrebvoices.com/trends/2024/08/04/%D8%A3%D9%87%D8%AF%D9%89-%D8%A8%D9%84%D8%A7%D8%AF%D9%87-%D8%A3%D9%88%D9%84-%D9%85%D9%8A%D8%AF%D8%A7%D9%84%D9%8A%D8%A9-%D8%A3%D9%88%D9%84%D9%85%D8%A8%D9%8A%D8%A9-%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A%D9%88%D9%86-%D9%8A%D9%86%D8%B9%D9%88%D9%86-%D8%A7%D9%84%D8%B1%D8%A7%D8%AD%D9%84-%D9%85%D9%88%D8%B3%D9%89-%D9%85%D8%B5%D8%B7%D9%81%D9%89",
    "2024-08-04", "no date line in the stored text; the URL path '/2024/08/04/' and the body's 'نهار أمس' for the death of Sat 3 Aug 2024 (winwin: 'اليوم السبت 3 أغسطس/ آب') give Sun 4 Aug 2024; the Alhurra banner, the photo caption and the embedded Facebook posts dropped; headline rendered from the URL slug", False, """
أهدى بلاده أول ميدالية أولمبية.. جزائريون ينعون الراحل موسى مصطفى
امتلأت مواقع التواصل الاجتماعي في الجزائر بتدوينات نعى فيها مدونون وناشطون البطل الأولمبي الجزائري السابق موسى مصطفى، الذي رحل نهار أمس متأثرا بمضاعفات صحية خلّفها حادث مرور تعرض له مؤخرا.
وعانى الملاكم موسى مصطفى (62 سنة) من مشاكل صحية معقدة أبقته عدة أيام في مصلحة الإنعاش بالمستشفى الجامعي بوهران، إثر حادث مرور خطير وقع له شهر ماي الفائت.
ويحظى الراحل بمحبة واسعة لدى الجزائريين، فهو أول رياضي يتوج بالميدالية البرونزية في صنف الوزن نصف الثقيل في دورة الألعاب الأولمبية لوس أنجلوس بالولايات المتحدة 1984، وكانت أول ميدالية تحرزها الجزائر في الألعاب الأولمبية.
وبعث الرئيس الجزائري عبد المجيد تبون بتعزية خاصة إلى أسرة الفقيد، واصفا إياه بأنه «أحد الأبطال الأولمبيين الأوائل الذين شرّفوا الجزائر».
""", [
    ev("death", "الذي رحل نهار أمس", DEATH, "'نهار أمس' in an article of Sun 4 Aug 2024 = Sat 3 Aug"),
    ev("road-accident", "إثر حادث مرور خطير وقع له شهر ماي الفائت", ACCIDENT[0], "'شهر ماي الفائت' = May 2024; the accident late at night on 11/12 May 2024 (elbadil/elkhabar)", end=ACCIDENT[1]),
    ev("la-bronze", "أول رياضي يتوج بالميدالية البرونزية في صنف الوزن نصف الثقيل", LA[0], "'دورة الألعاب الأولمبية لوس أنجلوس ... 1984' = the Games of 28 Jul - 12 Aug 1984", end=LA[1]),
    ev("tebboune-condolence", "وبعث الرئيس الجزائري عبد المجيد تبون بتعزية خاصة", DEATH, "no own expression; the presidency's Facebook post of Sat 3 Aug 2024 (embedded on the page, 'on Saturday, August 3, 2024')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 478
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
