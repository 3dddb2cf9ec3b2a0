"""Builds stories.jsonl: the 486-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: telecom, internet and apps: 5G launches, price changes,
app or platform bans and unblocking, new regulations.
Stories: Iran's lifting of the WhatsApp and Google Play ban (December 2024), Turkey's nine-day Instagram block
(August 2024), and Morocco's lifting of the ban on free internet calls (VoIP: WhatsApp, Skype, Viber) before
COP22 (November 2016).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iran-whatsapp-google-play-unblocked-2024
S = "iran-whatsapp-google-play-unblocked-2024"
VOTE = "2024-12-24"                        # the Supreme Council of Cyberspace voted on Tue 24 Dec 2024
BAN22 = "2022-09-21"                       # WhatsApp and Instagram restricted on Wed 21 Sep 2022
AMINI = "2022-09-16"                       # Mahsa Amini died on Fri 16 Sep 2022
PEZ_ELECTED = "2024-07-05"                 # the run-off that elected Pezeshkian, Fri 5 Jul 2024
art(S, "http://alnahrain.com/post_details.php?cat_sin=9774",
    "2024-12-24", "no date on the stored page; the body's 'اليوم (الثلاثاء)' for the council's vote, which was on Tue 24 Dec 2024 (gulfzooms of Wed 25 Dec: 'أمس الثلاثاء'; beta.iranintl.com/ar/20241224...: 'في اجتماعه يوم الثلاثاء 24 ديسمبر'), and 'لم يتضح على الفور متى سيدخل هذا القرار حيز التنفيذ' date this AFP copy to Tue 24 Dec 2024; headline written from the body (the stored text has none)", False, """
إيران ترفع الحظر عن واتساب وغوغل بلاي
صوّت المجلس الأعلى للفضاء السيبراني في إيران، اليوم (الثلاثاء)، لصالح رفع الحظر الذي فُرض منذ أكثر من عامين على استخدام تطبيق المراسلة واتساب، بحسب الإعلام الرسمي.
ونقلت وكالة الأنباء الرسمية (إرنا) أن «المجلس الأعلى للفضاء السيبراني وافق بالإجماع على رفع الحظر عن واتساب و(متجر التطبيقات الإلكترونية) غوغل بلاي»، معتبرة الخطوة «أولى خطوات خطة رفع القيود والحجب».
وتفرض إيران منذ أعوام قيوداً صارمة على استخدام الإنترنت، من بينها حجب عدد كبير من تطبيقات التواصل الاجتماعي، ويرجع حظر «واتساب» و«إنستغرام» إلى العام 2022 حين اندلعت موجة احتجاجات واسعة في البلاد بعيد وفاة مهسا أميني إثر احتجازها لدى شرطة الأخلاق في طهران.
ونشر وزير الاتصالات ستار هاشمي تدوينة على منصة «إكس» قال فيها: «اليوم اتخذنا الخطوة الأولى نحو رفع قيود الإنترنت بالتشارك والإجماع».
ولم يتضح على الفور موعد دخول القرار حيز التنفيذ.
وكان الرئيس الإيراني مسعود بزشكيان، الذي انتخب في يوليو (تموز) 2024، قد تعهّد خلال حملته الانتخابية وبعد فوزه بتخفيف القيود المفروضة على استخدام الإنترنت.
وأثار القرار جدلاً في إيران، إذ يرى منتقدو القيود أنها تحمّل البلاد أعباء باهظة، بينما حذّر آخرون، معظمهم من التيار المحافظ، من تخفيفها.
""", [
    ev("council-vote", "صوّت المجلس الأعلى للفضاء السيبراني في إيران، اليوم (الثلاثاء)", VOTE, "'اليوم (الثلاثاء)' = Tue 24 Dec 2024"),
    ev("whatsapp-ban-2022", "ويرجع حظر «واتساب» و«إنستغرام» إلى العام 2022", BAN22, "'العام 2022' (the year only in this text); the restriction of WhatsApp and Instagram began on Wed 21 Sep 2022, in the protests after Mahsa Amini's death"),
    ev("amini-death", "بعيد وفاة مهسا أميني", AMINI, "no own expression; Mahsa Amini died in custody on Fri 16 Sep 2022 (background knowledge)"),
    ev("hashemi-statement", "ونشر وزير الاتصالات ستار هاشمي تدوينة على منصة «إكس»", VOTE, "no own expression (the quoted 'اليوم' is the day of the vote); the minister's post of Tue 24 Dec 2024"),
    ev("pezeshkian-elected", "الذي انتخب في يوليو (تموز) 2024", PEZ_ELECTED, "'في يوليو (تموز) 2024' (the month only in this text); the run-off that elected Pezeshkian was on Fri 5 Jul 2024"),
])
art(S, "https://gulfzooms.com/%D8%A5%D9%8A%D8%B1%D8%A7%D9%86-%D8%AA%D8%B1%D9%81%D8%B9-%D8%A7%D9%84%D9%82%D9%8A%D9%88%D8%AF-%D8%B9%D9%86-%D9%88%D8%A7%D8%AA%D8%B3%D8%A7%D8%A8-%D9%88%D8%BA%D9%88%D8%BA%D9%84-%D8%A8%D9%84%D8%A7%D9%8A",
    "2024-12-25", "no date on the stored page; the body's 'ذكرت وسائل إعلام رسمية في إيران أمس الثلاثاء' for the decision of Tue 24 Dec 2024 gives Wed 25 Dec 2024 (25 Dec 2024 was a Wednesday); the repeated headline and the byline ('محمد الهلا...') dropped; headline kept from the page", False, """
إيران ترفع القيود عن واتساب وغوغل بلاي: ماذا يعني ذلك للمستخدمين؟
أفادت وسائل إعلام رسمية في إيران أمس الثلاثاء بأن السلطات قررت رفع الحظر عن منصة التراسل الفوري "واتساب" ومتجر التطبيقات "غوغل بلاي"، في خطوة أولى على طريق تخفيف القيود المفروضة على الإنترنت.
وتُعرف إيران بأنها تفرض بعضاً من أشد القيود على استخدام الإنترنت في العالم، غير أن كثيراً من الإيرانيين يستعينون بالشبكات الافتراضية الخاصة (VPN) للالتفاف على الحظر المفروض على منصات التواصل الاجتماعي الأمريكية مثل فيسبوك وتويتر ويوتيوب.
وبحسب وكالة الجمهورية الإسلامية الإيرانية للأنباء، اتُّخذ القرار إثر تصويت الأغلبية في اجتماع ترأسه الرئيس مسعود بزشكيان، ونقلت الوكالة عن وزير الاتصالات وتكنولوجيا المعلومات ستار هاشمي قوله: "اتخذنا اليوم الخطوة الأولى نحو رفع القيود عن الإنترنت".
ويُشار إلى أن منصات التواصل الاجتماعي تُستخدم على نطاق واسع في إيران خلال الاحتجاجات المناهضة للحكومة، وكانت الولايات المتحدة قد دعت في سبتمبر الماضي كبرى شركات التكنولوجيا إلى دعم الجهود الرامية لمواجهة الرقابة على الإنترنت في الدول ذات القيود المشددة، ومنها إيران.
""", [
    ev("council-vote", "بأن السلطات قررت رفع الحظر عن منصة التراسل الفوري", VOTE, "'أمس الثلاثاء' in an article of Wed 25 Dec 2024 = Tue 24 Dec (the report of the decision of that day)"),
    ev("hashemi-statement", "ونقلت الوكالة عن وزير الاتصالات وتكنولوجيا المعلومات ستار هاشمي", VOTE, "no own expression (the quoted 'اليوم' is the day of the decision); Hashemi's statement of Tue 24 Dec 2024"),
    ev("us-call-tech-firms", "وكانت الولايات المتحدة قد دعت في سبتمبر الماضي", "2024-09-01", "'في سبتمبر الماضي' from Dec 2024 = September 2024 (the month only)", end="2024-10-01"),
])
art(S, "https://arabkhabar.com/a/3919037",
    "2025-01-01", "no page stamp in the stored text, but the first sentence dates itself: 'اليوم الأربعاء، (1 كانون الثاني 2025)' (1 Jan 2025 was a Wednesday), kept in the body as on the page; a Baghdad Today report; the source label 'بغداد اليوم- متابعة' dropped; headline written from the body (the stored text has none); the sub-heading kept; the text ends where the stored excerpt ends", True, """
بزشكيان: رفع الحجب عن واتساب وغوغل بلاي تم بدعم رؤساء السلطات
أكد الرئيس الإيراني مسعود بزشكيان، اليوم الأربعاء، (1 كانون الثاني 2025)، أن رفع الحظر عن واتساب ومتجر غوغل بلاي ما كان ليتحقق لولا دعم رؤساء السلطات المختلفة في البلاد وتعاونهم، لافتًا إلى أن رفع الحجب سيمتد تدريجيًا ليشمل مواقع أخرى كذلك.
وقال بزشكيان، خلال لقائه أعضاء مجمع نواب محافظة كلستان، إن هذه الحكومة عيّنت مدراء من الأقليات والقوميات الدينية، مضيفاً: "تمكنا من اختيار محافظين من أهل السنة أو من الأكراد والبلوش، وقد تم ذلك بدعم قائد الثورة الإسلامية وموافقته، ولولا مساندته لما استطعنا المضي في هذه الخطوات".
وبشأن رفع الحجب، قال الرئيس الإيراني: "حتى في قضية رفع الحجب، التي ستشمل تدريجيًا مواقع تواصل أخرى، ما كان ذلك ليتحقق لولا دعم رؤساء السلطات الأخرى"، مشدداً على أن "التعاون بين الجميع كفيل بحل المشاكل، أما النزاعات فلن تقود إلى أي تقدم".
خطوة أولى نحو رفع الحجب
ومنذ أيام، عقد المجلس الأعلى للفضاء الإلكتروني في الحكومة الرابعة عشرة جلسته الثالثة برئاسة مسعود بزشكيان، وبحضور رئيسي السلطتين التشريعية والقضائية وأعضاء المجلس.
وتقرر في هذه الجلسة بإجماع إيجابي رفع الحظر عن "واتساب" و"متجر غوغل بلاي".
""", [
    ev("pezeshkian-remarks", "أكد الرئيس الإيراني مسعود بزشكيان، اليوم الأربعاء", "2025-01-01", "'اليوم الأربعاء، (1 كانون الثاني 2025)' = Wed 1 Jan 2025 (his meeting with the Golestan MPs)"),
    ev("governors-appointed", "تمكنا من اختيار محافظين من أهل السنة", "2024-08-21", "no own expression; appointments by Pezeshkian's government, whose cabinet was confirmed on Wed 21 Aug 2024, made before Wed 1 Jan 2025 (my span 21 Aug - 31 Dec 2024)", end="2025-01-01"),
    ev("council-vote", "وتقرر في هذه الجلسة بإجماع إيجابي رفع الحظر", VOTE, "'منذ أيام' before Wed 1 Jan 2025; the council's session and vote of Tue 24 Dec 2024 (alnahrain 'اليوم (الثلاثاء)', gulfzooms 'أمس الثلاثاء')"),
])

# ---------------------------------------------------------------- turkey-instagram-block-2024
S = "turkey-instagram-block-2024"
BLOCK = "2024-08-02"                       # the BTK blocked Instagram on Fri 2 Aug 2024
LIFT = "2024-08-10"                        # Uraloglu announced the end of the block on Sat 10 Aug 2024, access from 21:30
JUL31 = "2024-07-31"                       # Haniyeh killed in Tehran and Altun's criticism of Instagram, Wed 31 Jul 2024
BLOCK_SPAN = (BLOCK, "2024-08-11")         # the nine days of the block, 2-10 Aug 2024
art(S, "https://aawsat.com/%D8%B4%D8%A4%D9%88%D9%86-%D8%A5%D9%82%D9%84%D9%8A%D9%85%D9%8A%D8%A9/5047451-%D8%A8%D8%B9%D8%AF-%D8%AD%D8%AC%D8%A8-%D8%A7%D9%84%D9%85%D9%86%D8%B5%D8%A9-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D8%AA%D8%AC%D8%B1%D9%8A-%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-%D9%85%D8%B9-%D9%85%D8%B3%D8%A4%D9%88%D9%84%D9%8A%D9%86-%D9%85%D9%86-%D8%A5%D9%86%D8%B3%D8%AA%D8%BA%D8%B1%D8%A7%D9%85?page=1",
    "2024-08-05", "no date on the stored page; the body's 'اليوم (الاثنين)' for the talks with Instagram, with the block of 'الأسبوع الماضي' (Fri 2 Aug 2024) and the block still in force (it was lifted on Sat 10 Aug), gives Mon 5 Aug 2024 (5 Aug 2024 was a Monday); a Reuters report; headline rendered from the URL slug", False, """
بعد حجب المنصة.. تركيا تجري محادثات مع مسؤولين من «إنستغرام»
أعلن وزير النقل والبنية التحتية التركي عبد القادر أورال أوغلو أن حكومة بلاده ستعقد محادثات مع مسؤولين في «إنستغرام»، اليوم (الاثنين)، بعدما حجبت أنقرة منصة التواصل الاجتماعي الأسبوع الماضي، بحسب ما نقلته وكالة «رويترز».
وتأتي هذه الخطوة عقب اتهام مسؤول تركي رفيع «إنستغرام» بحجب منشورات تنعى رئيس المكتب السياسي لحركة «حماس» إسماعيل هنية.
وأوضح أورال أوغلو أن أنقرة أبدت حساسيات معينة تتصل بالالتزام بالقوانين التركية خلال اجتماع سابق جمع الطرفين الأسبوع الماضي.
وكان رئيس دائرة الاتصالات في الرئاسة التركية فخر الدين ألتون قد هاجم «إنستغرام» الأربعاء الماضي بسبب ما وصفه بأنه «رقابة واضحة تماماً»، على خلفية قرارها حجب منشورات تنعى هنية بعد اغتياله في العاصمة الإيرانية طهران في 31 يوليو (تموز).
وحمّلت إيران و«حماس» إسرائيل مسؤولية الهجوم الذي أودى بحياة هنية بعد ساعات من مشاركته في تنصيب الرئيس الإيراني الجديد، فيما لم تعلن إسرائيل مسؤوليتها.
وبحسب إحصاءات منصة البيانات «ستاتيستا»، تحتل تركيا المرتبة الخامسة عالمياً في استخدام «إنستغرام»، بنحو 57 مليون مستخدم، بعد الهند والولايات المتحدة والبرازيل وإندونيسيا.
""", [
    ev("instagram-talks", "ستعقد محادثات مع مسؤولين في «إنستغرام»، اليوم (الاثنين)", "2024-08-05", "'اليوم (الاثنين)' = Mon 5 Aug 2024"),
    ev("instagram-blocked", "بعدما حجبت أنقرة منصة التواصل الاجتماعي الأسبوع الماضي", BLOCK, "'الأسبوع الماضي' from Mon 5 Aug 2024; the block of Fri 2 Aug 2024 (the BTK's decision 'في الثاني من أغسطس')"),
    ev("earlier-meeting", "خلال اجتماع سابق جمع الطرفين الأسبوع الماضي", "2024-07-29", "'الأسبوع الماضي' from Mon 5 Aug 2024 = the week of Mon 29 Jul - Sun 4 Aug 2024 (the day is not known)", end="2024-08-05"),
    ev("altun-criticism", "قد هاجم «إنستغرام» الأربعاء الماضي", JUL31, "'الأربعاء الماضي' from Mon 5 Aug 2024 = Wed 31 Jul 2024"),
    ev("haniyeh-assassination", "بعد اغتياله في العاصمة الإيرانية طهران في 31 يوليو (تموز)", JUL31, "'في 31 يوليو (تموز)' = Wed 31 Jul 2024"),
    ev("pezeshkian-inauguration", "بعد ساعات من مشاركته في تنصيب الرئيس الإيراني الجديد", "2024-07-30", "no own expression; Pezeshkian was sworn in before parliament on Tue 30 Jul 2024, hours before the killing of the night of 30-31 Jul"),
])
art(S, "https://alamssar.com/359155",
    "2024-08-10", "no date on the stored page (only 'نشر' with the site's name); the body's 'مساء اليوم السبت' and 'اليوم السبت' for Uraloglu's announcement of Sat 10 Aug 2024 (10 Aug 2024 was a Saturday; sawti of Sun 11 Aug: the block 'استمر لمدة 9 أيام' since 2 Aug) give Sat 10 Aug 2024; the masthead lines dropped; headline kept from the page; the last, truncated quotation shortened", False, """
تركيا.. رفع الحظر عن تطبيق إنستجرام بدايةً من اليوم
أعلنت تركيا، مساء اليوم السبت، أنها ستُنهي، اعتبارًا من مساء اليوم، حجب تطبيق "إنستجرام" الذي يستخدمه الملايين في البلاد، والساري منذ تسعة أيام.
وكتب وزير النقل والبنى التحتية التركي عبد القادر أورال أوغلو في منشور على منصة "إكس": "إثر مفاوضاتنا مع المسؤولين عن إنستجرام، سنرفع الحجب عن التطبيق اعتبارًا من الساعة 21:30، بعد أن تعهدوا بالاستجابة لمطالبنا".
وأفادت السلطات التركية بأن استخدام التطبيق صار ممكناً كالمعتاد بصورة تدريجية مساء السبت.
وتجدر الإشارة إلى أن أنقرة حجبت التطبيق اعتبارا من الثاني من أغسطس الجاري لأسباب ظلت غير محسومة، تراوحت بين المحتوى المخالف للقانون وفرض رقابة على منشورات تنعى رئيس المكتب السياسي لحركة حماس، إسماعيل هنية، بعد اغتياله في طهران.
وذكر أوغلو، اليوم السبت، أن جرائم مرتبطة بالمحتوى عبر إنستجرام هي سبب حجب الوصول إلى التطبيق.
وقال أوغلو إن بلاده "كانت تريد منذ البداية أن تحترم وسائل التواصل الاجتماعي قوانين الجمهورية التركية".
""", [
    ev("unblock-announced", "أعلنت تركيا، مساء اليوم السبت، أنها ستُنهي", LIFT, "'مساء اليوم السبت' = Sat 10 Aug 2024"),
    ev("block-period", "والساري منذ تسعة أيام", BLOCK_SPAN[0], "'منذ تسعة أيام' = the block from Fri 2 Aug to Sat 10 Aug 2024", end=BLOCK_SPAN[1]),
    ev("instagram-restored", "سنرفع الحجب عن التطبيق اعتبارًا من الساعة 21:30", LIFT, "'اعتبارًا من الساعة 21:30' of Sat 10 Aug 2024 (the day of the post)"),
    ev("instagram-blocked", "أن أنقرة حجبت التطبيق اعتبارا من الثاني من أغسطس الجاري", BLOCK, "'الثاني من أغسطس الجاري' = Fri 2 Aug 2024"),
    ev("haniyeh-assassination", "بعد اغتياله في طهران", JUL31, "no own expression; Haniyeh was killed in Tehran on Wed 31 Jul 2024 (aawsat 'في 31 يوليو (تموز)')"),
])
art(S, "https://sawti.com.lb/?p=67685",
    "2024-08-11", "the page's date line '11 آب, 2024' under the headline (11 Aug 2024 was a Sunday); the date line is not part of the body and is left out; the section label 'تكنولوجيا' and 'شارك الخبر:' dropped; headline kept from the page", True, """
بعد مفاوضات مع ميتا.. تركيا تنهي حجب إنستغرام
رفعت تركيا الحجب عن تطبيق مشاركة الصور إنستغرام، بعدما وافقت شركة ميتا المالكة للمنصة على التعاون مع السلطات لمعالجة مخاوف الحكومة.
وكانت تركيا قد قررت في الثاني من آب الجاري حجب إنستجرام بسبب عدم امتثاله لـ"قوانين وقواعد" البلاد ولمسائل عامة حساسة.
واتهم مسؤول تركي رفيع المنصة بحجب منشورات التعزية بعد اغتيال رئيس المكتب السياسي لحركة "حماس" الفلسطينية إسماعيل هنية.
وأثار الحظر، الذي استمر لمدة 9 أيام، احتجاجات من المستخدمين ومن الشركات الصغيرة التي تعتمد على المنصة للوصول إلى زبائنها.
وتفيد منصة البيانات "ستاتيستا" بأن تركيا تأتي في المرتبة الخامسة عالمياً من حيث عدد مستخدمي إنستجرام، بعد الهند والولايات المتحدة والبرازيل وإندونيسيا، بأكثر من 57 مليون مستخدم.
""", [
    ev("instagram-restored", "رفعت تركيا الحجب عن تطبيق مشاركة الصور إنستغرام", LIFT, "no own expression; access was restored from 21:30 on Sat 10 Aug 2024 (alamssar 'مساء اليوم السبت')"),
    ev("instagram-blocked", "قد قررت في الثاني من آب الجاري حجب إنستجرام", BLOCK, "'في الثاني من آب الجاري' = Fri 2 Aug 2024"),
    ev("altun-criticism", "واتهم مسؤول تركي رفيع المنصة بحجب منشورات التعزية", JUL31, "no own expression; Altun's post of Wed 31 Jul 2024 (aawsat 'الأربعاء الماضي')"),
    ev("haniyeh-assassination", "بعد اغتيال رئيس المكتب السياسي لحركة \"حماس\" الفلسطينية", JUL31, "no own expression; Haniyeh was killed in Tehran on Wed 31 Jul 2024"),
    ev("block-period", "الذي استمر لمدة 9 أيام", BLOCK_SPAN[0], "'لمدة 9 أيام' = the block from Fri 2 Aug to Sat 10 Aug 2024", end=BLOCK_SPAN[1]),
])

# ---------------------------------------------------------------- morocco-voip-calls-unblocked-2016
S = "morocco-voip-calls-unblocked-2016"
RESTORED = "2016-11-04"                    # free VoIP calls back from midnight Thu-Fri, Fri 4 Nov 2016; ANRT statement that Friday
ORDER = "2016-11-03"                       # ANRT's letter to the three operators, Thu 3 Nov 2016
BAN = ("2016-01-01", "2016-02-01")         # the ban imposed at the beginning of 2016 (January; ANRT's statement of Thu 7 Jan 2016)
COP22 = ("2016-11-07", "2016-11-19")       # COP22 in Marrakech, 7-18 Nov 2016
art(S, "https://maghress.com/hespress/327327",
    "2016-11-04", "no date on the stored page; the body's 'ابتداء من منتصف ليلة اليوم الجمعة' for the return of the calls, 'أمس الخميس' for the ANRT letter and 'على بُعد 3 أيام فقط' from the opening of COP22 (Mon 7 Nov 2016) give Fri 4 Nov 2016 (4 Nov 2016 was a Friday); a Hespress report carried by maghress; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
عودة تطبيقات الاتصال المجاني إلى الاشتغال في المغرب قبيل مؤتمر المناخ
استأنفت تطبيقات الاتصال المجاني القائمة على تقنية "VOIP"، ولا سيما "سكايب" و"واتساب" و"فايبر"، عملها بشكل عادي على شبكات الهواتف الذكية ابتداء من منتصف ليلة اليوم الجمعة، فصار بإمكان مستخدمي الهواتف الذكية في المغرب إجراء الاتصالات عبرها، على بُعد 3 أيام فقط من افتتاح المؤتمر العالمي للتغيرات المناخية بمراكش.
وكانت شركات الاتصالات الثلاث في المغرب قد أوقفت منذ 10 أشهر تشغيل هذه التطبيقات المجانية، في قرار قوبل حينها برفض وانتقادات واسعة.
وبينما لزمت الوكالة الوطنية لتقنين المواصلات "ANRT" الصمت، تناقل ناشطون على "فيسبوك" أن عودة التطبيقات الثلاث مرتبطة باحتضان المغرب مؤتمر المناخ العالمي COP22 في الفترة الممتدة بين 7 و18 نونبر بمراكش.
وأفادت مصادر إعلامية بأن الوكالة الوطنية لتقنين المواصلات راسلت شركات الاتصالات الثلاث، أمس الخميس، لإعادة خدمة VOIP دون تأخير، وهو ما قد يفسر تشغيل الخدمة عند منتصف الليل.
وتأتي هذه الخطوة بعد أيام فقط من إقالة عز الدين المنتصر بالله من منصب المدير العام للوكالة الوطنية لتقنين المواصلات، بسبب "أخطاء مهنية فادحة في تسييره للوكالة".
""", [
    ev("voip-restored", "عملها بشكل عادي على شبكات الهواتف الذكية ابتداء من منتصف ليلة اليوم الجمعة", RESTORED, "'منتصف ليلة اليوم الجمعة' = the midnight that opened Fri 4 Nov 2016"),
    ev("voip-ban", "قد أوقفت منذ 10 أشهر تشغيل هذه التطبيقات المجانية", BAN[0], "'منذ 10 أشهر' from Nov 2016 = the ban of early 2016 (January; ANRT confirmed it on Thu 7 Jan 2016)", end=BAN[1]),
    ev("cop22", "في الفترة الممتدة بين 7 و18 نونبر بمراكش", COP22[0], "'بين 7 و18 نونبر' = Mon 7 - Fri 18 Nov 2016", end=COP22[1]),
    ev("anrt-order", "راسلت شركات الاتصالات الثلاث، أمس الخميس", ORDER, "'أمس الخميس' in an article of Fri 4 Nov 2016 = Thu 3 Nov"),
    ev("director-dismissed", "من إقالة عز الدين المنتصر بالله", "2016-10-25", "'بعد أيام فقط'; El Mountassir Billah was dismissed on Tue 25 Oct 2016 (hespress 326068 and alyaoum24: 'اليوم الثلاثاء'; a blog copy of 26 Oct: 'المقال مساء أمس')"),
])
art(S, "https://lejournaldumaroc.blogspot.com/2016/11/voip-22.html",
    "2016-11-04", "no date on the stored page (the URL gives only the month, 2016/11); the body's 'صباح اليوم الجمعة' for the official return of the calls, before the opening of COP22 (Mon 7 Nov 2016), gives Fri 4 Nov 2016 (hespress: 'منتصف ليلة اليوم الجمعة'; 4 Nov 2016 was a Friday); headline written from the body (the stored text has none)", False, """
عودة خدمة "الفويب" رسمياً قبيل قمة كوب22
عادت خدمة الاتصال المجاني عبر "فيسبوك" و"واتساب" و"مسنجر" إلى العمل بشكل رسمي صباح اليوم الجمعة.
وكانت الوكالة الوطنية لتقنين المواصلات قد أمرت الفاعلين الثلاثة في قطاع الاتصالات برفع الحظر عن خدمة "الفويب" وإعادة إطلاقها فوراً قبل افتتاح أشغال قمة المناخ "كوب22" في مراكش.
وأثار قرار الوكالة موجة من الغضب والاستياء لدى كثير من النشطاء الذين رأوا فيه ترضية للأجانب وضيوف المملكة، لا سيما أنه يُنتظر أن يعاد الحظر بعد انتهاء المؤتمر.
وشن النشطاء حملة على الوكالة والمسؤولين وفي مقدمتهم رئيس الحكومة، الذي لم يستطع التدخل والاستجابة لمطالب المغاربة، المقيمين في المملكة أو من الجالية بالخارج، برفع الحظر عن خدمة تسهّل تواصلهم وتخفض كلفته.
ودعا النشطاء في حملتهم إلى الإبقاء على الخدمة بعد اختتام قمة المناخ كوب 22، معتبرين أن إعادة حظرها ستكون تمييزاً بينهم وبين الأجانب.
وأكدوا ضرورة أن يستجيب المسؤولون لمطلب استمرار خدمة "الفويب"، لأنهم أبناء الوطن وأحق بالأولوية من الأجانب، معتبرين أن إعادتها من أجل هؤلاء إهانة لكل المغاربة.
""", [
    ev("voip-restored", "إلى العمل بشكل رسمي صباح اليوم الجمعة", RESTORED, "'صباح اليوم الجمعة' = Fri 4 Nov 2016"),
    ev("anrt-order", "قد أمرت الفاعلين الثلاثة في قطاع الاتصالات برفع الحظر", ORDER, "no own expression; the ANRT letter to the operators of Thu 3 Nov 2016 (hespress 'أمس الخميس')"),
    ev("cop22", "قبل افتتاح أشغال قمة المناخ \"كوب22\" في مراكش", COP22[0], "no own expression; COP22 in Marrakech, Mon 7 - Fri 18 Nov 2016", end=COP22[1]),
])
art(S, "http://www.essirage.net/node/8461",
    "2016-11-05", "the page's date line 'سبت, 2016/11/05 - 11:53' under the headline (5 Nov 2016 was a Saturday); the body's 'في بيان أمس الجمعة' agrees; the date line is not part of the body and is left out; headline kept from the page; the last, truncated sentence of the statement shortened", True, """
المملكة المغربية: مكالمات الواتساب تتاح لأول مرة منذ فترة
أعلنت الوكالة الوطنية لتقنين الاتصالات في المغرب، وهي الهيئة التي تتولى تنظيم القطاع، أن المملكة رفعت الحظر المفروض على المكالمات الصوتية عبر الإنترنت، إثر احتجاجات حادة على مواقع التواصل الاجتماعي ضد الحظر الذي فرض منذ بداية العام.
وكان الحظر قد طُبق على شركات الهاتف الثلاث في المغرب (اتصالات المغرب التي تملك اتصالات الإماراتية حصة الأغلبية فيها، وميديتل الفرع المحلي لمجموعة أورنج الفرنسية، ووانا كوربوريت التابعة للشركة الوطنية للاستثمار الملكية القابضة)، التي توفر خدمات الإنترنت على أجهزة الكمبيوتر والهواتف المحمولة.
وكانت الوكالة الوطنية لتقنين المواصلات قد ذكرت حينها أن خدمات الاتصالات، ومنها المكالمات الهاتفية، تتطلب تراخيص، سواء أكانت خدمات صوت عبر بروتوكول الإنترنت أم غيرها.
وجاء في بيان للوكالة أمس الجمعة: "تم إبلاغ متعهدي الشبكات العامة للمواصلات (الاتصالات) بإعادة تشغيل جميع خدمات وتطبيقات المكالمات الهاتفية على الإنترنت على جميع شبكاتهم الثابتة والمتنقلة".
وأوضح البيان أن القرار جاء إثر تقييم أجرته الوكالة للتطور الحاصل على المستويين الوطني والدولي.
""", [
    ev("voip-restored", "أن المملكة رفعت الحظر المفروض على المكالمات الصوتية عبر الإنترنت", RESTORED, "no own expression; the calls were back from Fri 4 Nov 2016 (hespress 'منتصف ليلة اليوم الجمعة'), the day of the statement ('أمس الجمعة')"),
    ev("voip-ban", "ضد الحظر الذي فرض منذ بداية العام", BAN[0], "'منذ بداية العام' = early 2016 (January; ANRT confirmed the ban on Thu 7 Jan 2016)", end=BAN[1]),
    ev("anrt-january-statement", "قد ذكرت حينها أن خدمات الاتصالات", "2016-01-07", "'حينها'; ANRT's statement justifying the ban, issued on Thu 7 Jan 2016 (alshaab via masress: 'الخميس 7 يناير 2016')"),
    ev("anrt-statement", "وجاء في بيان للوكالة أمس الجمعة", RESTORED, "'أمس الجمعة' in an article of Sat 5 Nov 2016 = Fri 4 Nov"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 486
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
