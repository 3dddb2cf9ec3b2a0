"""Builds stories.jsonl: the 311-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: oil and gas: QatarEnergy's halt of LNG production after the
Iranian drone strikes on Ras Laffan and Mesaieed and its declaration of force majeure (Qatar, March 2026), the drone
attack on a tank yard of the Ras Tanura oil port and the missile fragments over Dhahran (Saudi Arabia, March 2021),
the drone attacks on the oil fields of Iraqi Kurdistan (Khurmala, Sarsang, Tawke; Iraq, July 2025), and the halt
of gas imports "from the east" and the Egyptian emergency plan that stopped the fertilizer plants (Egypt, June 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- qatar-ras-laffan-lng-halt-2026
S = "qatar-ras-laffan-lng-halt-2026"
STRIKE = "2026-03-02"                      # Iranian drones hit Ras Laffan and Mesaieed; LNG output halted, Mon 2 Mar 2026
DOWNSTREAM = "2026-03-03"                  # polymers, methanol, aluminium suspended, Tue 3 Mar 2026
FM = "2026-03-04"                          # force majeure declared, Wed 4 Mar 2026
WAR = ("2026-02-28", "2026-03-05")         # the regional war since the US-Israeli strikes on Iran of Sat 28 Feb 2026
art(S, "https://www.alaraby.co.uk/economy/%D8%A7%D8%B9%D8%AA%D8%AF%D8%A7%D8%A1%D8%A7%D8%AA-%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-%D9%85%D8%B1%D8%A7%D9%81%D9%82-%D9%84%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%AA%D9%88%D9%82%D9%81-%D8%A5%D9%86%D8%AA%D8%A7%D8%AC-%D8%A7%D9%84%D8%BA%D8%A7%D8%B2-%D8%A7%D9%84%D8%B7%D8%A8%D9%8A%D8%B9%D9%8A-%D9%81%D9%8A-%D9%82%D8%B7%D8%B1",
    "2026-03-02", "page date line '02 مارس 2026 | آخر تحديث: 14:46 (توقيت القدس)' (kept as second line; 2 Mar 2026 was a Monday) and stamp 'date 2026-03-02'; headline kept from the page; the byline 'الدوحة / العربي الجديد', the photo caption (which carries '2 فبراير 2026', the date of a conference photo), the two sub-headings (merged into one sentence) and the last, truncated sentence dropped", True, """
اعتداءات إيرانية على منشآت الطاقة تُوقف إنتاج الغاز الطبيعي في قطر
02 مارس 2026 | آخر تحديث: 14:46 (توقيت القدس)
قررت شركة قطر للطاقة إيقاف إنتاجها من الغاز الطبيعي المُسال إثر هجمات نفذتها طائرات مسيرة إيرانية على منشآت في رأس لفان ومسيعيد، من غير أن تُسجَّل خسائر في الأرواح.
وأفادت وزارة الدفاع القطرية بأنها شرعت في حصر الأضرار، وطالبت المواطنين بالتقيد بالتعليمات الصادرة عن الجهات الرسمية والابتعاد عن الشائعات، وسط تصاعد التوتر في المنطقة.
وتعمل قطر على رفع إنتاجها من الغاز الطبيعي المُسال إلى مثليه ليبلغ 160 مليون طن سنوياً، بالتوازي مع توسع استراتيجي في صناعات المشتقات والبتروكيماويات وتعزيز أسطول ناقلات الغاز.
وتمثل منشأة رأس لفان محوراً رئيسياً لإنتاج الغاز المسال في قطر، فيما تحتضن مسيعيد عدداً من مصانع الطاقة والصناعات الثقيلة.
وذكرت قطر للطاقة أنها أوقفت الإنتاج جراء اعتداء عسكري إيراني طال مرافقها في مدينتي راس لفان ومسيعيد الصناعيتين، مؤكدة في بيانها أنها "تقدّر علاقتها بكل الأطراف المعنية وستواصل إطلاعها على ما يتوفر من معلومات".
""", [
    ev("lng-halt", "قررت شركة قطر للطاقة إيقاف إنتاجها من الغاز الطبيعي المُسال", STRIKE, "no own expression; the halt announced on Mon 2 Mar 2026 (page date line; i24news 'الإثنين')"),
    ev("drone-strikes", "هجمات نفذتها طائرات مسيرة إيرانية على منشآت في رأس لفان ومسيعيد", STRIKE, "no own expression; the two Iranian drones of Mon 2 Mar 2026 (Qatari defence ministry; i24news 'الإثنين')"),
    ev("damage-assessment", "شرعت في حصر الأضرار", STRIKE, "no own expression; the defence ministry's statement after the strikes of Mon 2 Mar 2026 (my date)"),
])
art(S, "https://www.i24news.tv/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%81%D8%AA%D8%B5%D8%A7%D8%AF/artc-ea41500e",
    "2026-03-02", "stamp 'date 2026-03-02' at the head of the stored page (not kept in the text); the body's 'الإثنين' agrees (2 Mar 2026 was a Monday); headline written from the body (the stored text has none); the last, truncated sentence (the TTF contract) dropped; no date of its own in the text", False, """
قطر للطاقة تعلّق إنتاج الغاز المسال بعد هجمات إيرانية
أوقفت قطر للطاقة، الإثنين، إنتاج الغاز الطبيعي المسال وما يرتبط به من منتجات، إثر هجمات إيرانية طالت مرافق تشغيلية في موقعين أساسيين بالدولة الخليجية.
وأوضحت الشركة المملوكة للدولة في بيان صحافي أنها "أوقفت إنتاج الغاز الطبيعي المسال والمنتجات ذات الصلة بسبب هجوم عسكري استهدف مرافقها التشغيلية في مدينة راس لفان الصناعية ومدينة مسيعيد الصناعية"، من غير أن تعلن موعدا لاستئناف العمل.
وكانت وزارة الدفاع القطرية قد أعلنت في وقت سابق أن البلاد تعرضت لهجوم بطائرتين مسيّرتين انطلقتا من إيران، أصابت الأولى خزانا للمياه يتبع مصنعا في مسيعيد الصناعية، بينما أصابت الثانية منشأة للطاقة في رأس لفان، قلب صناعة الغاز الطبيعي المسال في قطر.
وتحتل قطر موقعا بين أكبر مصدّري الغاز الطبيعي المسال عالميا، وتقوم بنيتها التحتية للطاقة على منشآت رأس لفان ومسيعيد، لذا فإن أي خلل في عملهما ينعكس مباشرة على الأسواق العالمية.
وجاءت الانعكاسات فورية في أوروبا، حيث صعد سعر الغاز بما يزيد على 50% خلال تعاملات الإثنين.
""", [
    ev("lng-halt", "أوقفت قطر للطاقة، الإثنين، إنتاج الغاز الطبيعي المسال", STRIKE, "'الإثنين' = Mon 2 Mar 2026"),
    ev("drone-strikes", "تعرضت لهجوم بطائرتين مسيّرتين انطلقتا من إيران", STRIKE, "no own expression ('في وقت سابق' of the same Monday); the drone strikes of Mon 2 Mar 2026"),
    ev("europe-gas-jump", "صعد سعر الغاز بما يزيد على 50% خلال تعاملات الإثنين", STRIKE, "'خلال تعاملات الإثنين' = trading of Mon 2 Mar 2026"),
])
art(S, "https://www.okaz.com.sa/economy/na/2238405",
    "2026-03-03", "stamp 'date 2026-03-03' at the head of the stored page (not kept in the text); the body's 'اليوم' for the downstream halt and 'أمس' for the LNG halt (Mon 2 Mar, dated by alaraby) agree (3 Mar 2026 was a Tuesday); headline written from the body (the stored text has none); the sub-heading 'توقعات بالارتفاع' dropped; no date of its own in the text", False, """
قطر للطاقة توقف إنتاج البوليمرات والميثانول والألومنيوم
قررت شركة قطر للطاقة، اليوم، وقف إنتاج عدد من المنتجات النهائية في البلاد، من بينها البوليمرات والميثانول والألومنيوم وغيرها.
وجاء القرار بعدما أوقفت الشركة أمس، إنتاج الغاز الطبيعي المسال وما يرتبط به من منتجات، على إثر هجمات عسكرية طالت منشآت في رأس لفان ومسيعيد.
ونقلت وكالة الأنباء الألمانية عن الشركة تأكيدها أنها «تقدّر علاقاتها بكل الأطراف المعنية، وستواصل تزويدها بما يتوفر من معلومات».
وكانت وزارة الدفاع القطرية قد أفادت في وقت سابق بأن مسيّرتين إيرانيتين هاجمتا خزان مياه في محطة مسيعيد لإنتاج الكهرباء ومنشأة تابعة لقطر للطاقة في رأس لفان.
ورأى محللون في بنك غولدمان ساكس (Goldman Sachs) في وقت سابق، أن أسعار الغاز الطبيعي في أوروبا قد تتضاعف وأكثر إذا توقفت الملاحة عبر مضيق هرمز لمدة شهر واحد.
وأشار محللو البنك إلى أن أسعار الغاز في أوروبا وآسيا لم تعكس بالقدر الكافي المخاطر المتصلة بإيران، موضحين أن توقف الشحن لمدة شهر قد يرفع أسعار الغاز الأوروبي والغاز الطبيعي المسال الفوري في آسيا بنسبة تصل إلى 130%، إلى نحو 25 دولاراً لكل مليون وحدة حرارية بريطانية.
""", [
    ev("downstream-halt", "وقف إنتاج عدد من المنتجات النهائية في البلاد", DOWNSTREAM, "'اليوم' = Tue 3 Mar 2026"),
    ev("lng-halt", "أوقفت الشركة أمس، إنتاج الغاز الطبيعي المسال", STRIKE, "'أمس' from Tue 3 = Mon 2 Mar 2026"),
    ev("drone-strikes", "مسيّرتين إيرانيتين هاجمتا خزان مياه في محطة مسيعيد", STRIKE, "'في وقت سابق' = before the halt; the drone strikes of Mon 2 Mar 2026"),
])
art(S, "https://samanews.ps/ar/post/616197/%D8%B6%D8%B1%D8%A8%D8%A9-%D9%83%D8%A8%D9%8A%D8%B1%D8%A9-%D9%84%D9%84%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A-%D9%82%D8%B7%D8%B1-%D9%84%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%84%D9%82%D9%88%D8%A9-%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9-%D9%88%D8%AA%D8%B9%D9%84%D9%82-%D8%A5%D9%86%D8%AA%D8%A7%D8%AC-%D8%A7%D9%84%D8%BA%D8%A7%D8%B2-%D9%88%D8%A7%D9%84%D8%A8%D8%AA%D8%B1%D9%88%D9%83%D9%8A%D9%85%D8%A7%D9%88%D9%8A%D8%A7%D8%AA-%D8%A5%D8%AB%D8%B1-%D9%87%D8%AC%D9%85%D8%A7%D8%AA-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9",
    "2026-03-04", "page date line 'الأربعاء 04 مارس 2026 02:51 م / بتوقيت القدس +2GMT' (kept as second line; 4 Mar 2026 was a Wednesday; the stored page's stamp 'date 2026-01-01' is a site default); headline kept from the page without its lead-in 'ضربة كبيرة للاقتصاد العالمي ..'; the source line 'وكالات - سما-' and the last, truncated sentence dropped; the bullet list turned into sentences", True, """
"قطر للطاقة" تعلن "القوة القاهرة" وتعلّق إنتاج الغاز والبتروكيماويات بعد هجمات عسكرية
الأربعاء 04 مارس 2026 02:51 م / بتوقيت القدس +2GMT
أعلنت شركة "قطر للطاقة" أنها دخلت حالة "القوة القاهرة" (Force Majeure)، بعد أن تصاعدت التوترات العسكرية في الشرق الأوسط لليوم الخامس على التوالي، وهو ما أوقف جانبا واسعا من عمليات الإنتاج والتصدير.
واتُّخذ هذا القرار الاضطراري عقب هجمات عسكرية تعرضت لها منشآت صناعية استراتيجية في منطقتي رأس لفان ومسيعيد، دفعت الشركة إلى تدابير احترازية فورية.
وشملت هذه التدابير تعليق إنتاج الغاز الطبيعي المسال (LNG) وما يرتبط به من منتجات، وهي خطوة قد تنعكس على إمدادات الطاقة في العالم.
كما أوقفت الشركة إنتاج الصناعات الكيماوية والبتروكيماوية كليا، وامتد التعليق إلى خطوط إنتاج البوليمرات والميثانول والألومنيوم.
ويُعد إعلان القوة القاهرة إجراءً قانونياً يُعفي الشركة من التزاماتها التعاقدية إزاء عملائها الدوليين بسبب ظروف خارجة عن إرادتها.
""", [
    ev("force-majeure", "أنها دخلت حالة \"القوة القاهرة\"", FM, "no own expression; the declaration reported on Wed 4 Mar 2026 (page date line; shorouknews 'اليوم الأربعاء')"),
    ev("regional-escalation", "تصاعدت التوترات العسكرية في الشرق الأوسط لليوم الخامس على التوالي", WAR[0], "'لليوم الخامس على التوالي' on Wed 4 Mar counts back to Sat 28 Feb 2026, the first day of the US-Israeli strikes on Iran; span 28 Feb - 4 Mar", end=WAR[1]),
    ev("drone-strikes", "عقب هجمات عسكرية تعرضت لها منشآت صناعية استراتيجية", STRIKE, "no own expression; the strikes of Mon 2 Mar 2026"),
    ev("lng-halt", "تعليق إنتاج الغاز الطبيعي المسال (LNG)", STRIKE, "no own expression; the LNG halt of Mon 2 Mar 2026"),
    ev("downstream-halt", "وامتد التعليق إلى خطوط إنتاج البوليمرات والميثانول والألومنيوم", DOWNSTREAM, "no own expression; the downstream suspension of Tue 3 Mar 2026 (okaz 'اليوم')"),
])

# ---------------------------------------------------------------- saudi-ras-tanura-drone-attack-2021
S = "saudi-ras-tanura-drone-attack-2021"
SUN = "2021-03-07"                         # the drone on the Ras Tanura tank yard (morning) and the missile over Dhahran (evening), Sun 7 Mar 2021
WSJ = ("2021-03-07", "2021-03-09")         # the royal-court adviser's words to the Wall Street Journal, relayed on Mon 8 Mar (my span 7-8 Mar)
WAR_YE = ("2015-03-26", "2021-03-08")      # the Saudi-led coalition's war in Yemen since 26 Mar 2015
art(S, "https://www.alakhbar.ca/article/54035",
    "2021-03-07", "page byline 'On 07 March, 2021 / Published By Karim Haddad' (dropped; 7 Mar 2021 was a Sunday); the body's 'الأحد' agrees; headline kept from the page; a spam link and the last, truncated sentence dropped; no date of its own in the text", False, """
السعودية تعلن عن استهداف ميناء رأس تنورة ومنشآت لأرامكو
أعلنت السعودية، الأحد، أنها أحبطت محاولة لاستهداف ميناء رأس تنورة في المنطقة الشرقية ومنشآت تابعة لأرامكو في الظهران، مؤكدة أن "هذا النوع من الاعتداءات التخريبية يستهدف إمدادات البترول للعالم كله، لا المملكة وحدها".
وبيّن المتحدث الرسمي باسم وزارة الدفاع، تركي المالكي، أن "الطائرة المسيرة المهاجمة القادمة من جهة البحر دُمّرت وأُسقطت قبل بلوغ هدفها، كما اعتُرض ودُمّر الصاروخ الباليستي الذي أُطلق نحو مرافق أرامكو السعودية في الظهران"، لافتا إلى أن اعتراض الصاروخ أدى إلى تساقط شظاياه قرب الأعيان المدنية والمدنيين.
وأفاد مصدر مسؤول في وزارة الطاقة وكالة الأنباء السعودية بأن "إحدى ساحات الخزانات البترولية في ميناء رأس تنورة بالمنطقة الشرقية، وهو من أكبر موانئ شحن البترول في العالم، تعرضت، صباح الأحد، لهجوم بطائرة مسيرة دون طيار جاءت من جهة البحر".
وأكد المصدر، في بيان بثته الوكالة، أن محاولة استهداف الميناء لم تُسفر عن أي إصابات أو خسائر في الأرواح أو الممتلكات.
""", [
    ev("saudi-announcement", "أعلنت السعودية، الأحد، أنها أحبطت محاولة لاستهداف ميناء رأس تنورة", SUN, "'الأحد' = Sun 7 Mar 2021"),
    ev("maliki-statement", "وبيّن المتحدث الرسمي باسم وزارة الدفاع، تركي المالكي", SUN, "no own expression; the defence ministry spokesman's statement of Sun 7 Mar 2021"),
    ev("dhahran-missile", "اعتُرض ودُمّر الصاروخ الباليستي", SUN, "no own expression; the missile intercepted over Dhahran on the evening of Sun 7 Mar 2021 (samanews, livehod 'مساء الأحد')"),
    ev("tank-yard-attack", "تعرضت، صباح الأحد، لهجوم بطائرة مسيرة دون طيار", SUN, "'صباح الأحد' = morning of Sun 7 Mar 2021"),
])
art(S, "http://alharf28.com/p-56061",
    "2021-03-08", "page date line 'الإثنين 08 مارس ,2021 الساعة: 07:59 مساءً' (kept as second line; 8 Mar 2021 was a Monday); the body's 'أمس' for the attack of Sun 7 Mar agrees; headline written from the body (the stored text has none); 'متابعة خاصة' and the last, truncated sentence dropped; the site's slip 'بظهران الجنوب' left out", True, """
مستشار سعودي: الهجوم على رأس تنورة لم ينطلق من اليمن
الإثنين 08 مارس ,2021 الساعة: 07:59 مساءً
أفصحت المملكة العربية السعودية عن الطرف الذي يقف خلف الهجوم الذي طال أمس، ميناء رأس تنورة، مؤكدة في الوقت ذاته أنه لم ينطلق من اليمن، بحسب صحيفة وول ستريت جورنال.
وكانت السعودية قد أعلنت أمس، إحباط محاولة لاستهداف ميناء رأس تنورة في المنطقة الشرقية ومنشآت لأرامكو في الظهران بطائرة مسيرة وصاروخ باليستي.
ونقلت وول ستريت جورنال، حسب الجزيرة نت، عن مستشار في الديوان الملكي السعودي قوله إن "الهجوم على ميناء رأس تنورة لم يكن مصدره اليمن"، مضيفا أن جميع المؤشرات تدل على أن إيران تقف وراءه.
وأمس، أعلن الحوثيون أنهم استهدفوا شركة أرامكو وميناء رأس تنورة ومواقع أخرى في السعودية بـ 18 طائرة مسيرة وثمانية صواريخ باليستية و7 صواريخ من نوع بدر.
غير أن المتحدث باسم التحالف العربي، تركي المالكي، أكد أن المملكة أفشلت الهجوم على الميناء وعلى مرافق أرامكو في الظهران، معتبرا أن "هذه الاعتداءات التخريبية تستهدف إمدادات البترول للعالم، لا المملكة وحدها".
""", [
    ev("tank-yard-attack", "الهجوم الذي طال أمس، ميناء رأس تنورة", SUN, "'أمس' from Mon 8 = Sun 7 Mar 2021"),
    ev("saudi-announcement", "وكانت السعودية قد أعلنت أمس، إحباط محاولة", SUN, "'أمس' from Mon 8 = Sun 7 Mar 2021"),
    ev("wsj-report", "ونقلت وول ستريت جورنال، حسب الجزيرة نت، عن مستشار في الديوان الملكي السعودي", WSJ[0], "no own expression; the adviser's words relayed on Mon 8 Mar 2021 (my span 7-8 Mar: the paper may have run them on the evening of the 7th, US time)", end=WSJ[1]),
    ev("houthi-claim", "وأمس، أعلن الحوثيون أنهم استهدفوا شركة أرامكو", SUN, "'وأمس' from Mon 8 = Sun 7 Mar 2021"),
    ev("maliki-statement", "أكد أن المملكة أفشلت الهجوم على الميناء", SUN, "no own expression; the coalition spokesman's statement of Sun 7 Mar 2021"),
])
art(S, "https://samanews.ps/ar/post/460039/الحوثيون-يعلنون-إطلاق-صواريخ-وطائرات-مسيرة-على-منشآت-نفطية-سعودية",
    "2021-03-08", "page date line 'الإثنين 08 مارس 2021 10:12 ص / بتوقيت القدس +2GMT' (kept as second line; 8 Mar 2021 was a Monday); of the page's two headlines the second kept; the source line 'صنعاء / وكالات/' and the last, truncated words dropped; the source's doubled 'الأحد ... يوم الأحد' kept", True, """
الحوثيون يعلنون إطلاق صواريخ ومسيرات على منشآت نفطية سعودية
الإثنين 08 مارس 2021 10:12 ص / بتوقيت القدس +2GMT
أطلقت قوات الحوثيين اليمنيين المتحالفين مع إيران الأحد طائرات مسيرة وصواريخ، ووجهتها يوم الأحد نحو قلب الصناعة النفطية في السعودية، ومن بين أهدافها منشأة لأرامكو السعودية في رأس تنورة، وهو ما عدّته الرياض هجوما فاشلا على أمن إمدادات الطاقة في العالم.
وذكرت جماعة الحوثي، في إعلانها عن الهجمات، أنها ضربت كذلك أهدافا عسكرية في الدمام وعسير وجازان، وهي تخوض منذ ست سنوات حربا ضد تحالف تقوده السعودية في اليمن.
وأفادت وزارة الطاقة السعودية بأن ساحة لتخزين النفط في رأس تنورة، التي تضم مصفاة نفط وأكبر منشأة بحرية لتحميل النفط في العالم، استُهدفت بطائرة مسيرة آتية من البحر.
وأوضحت وزارة الدفاع أن الطائرة المسيرة المفخخة اعتُرضت ودُمّرت قبل أن تبلغ هدفها، وأن شظايا صاروخ باليستي تساقطت قرب مجمع سكني تستخدمه أرامكو السعودية، كبرى شركات النفط في العالم، في الظهران.
""", [
    ev("houthi-launch", "أطلقت قوات الحوثيين اليمنيين المتحالفين مع إيران الأحد طائرات مسيرة وصواريخ", SUN, "'الأحد' from Mon 8 = Sun 7 Mar 2021 (past weekday)"),
    ev("houthi-claim", "وذكرت جماعة الحوثي، في إعلانها عن الهجمات", SUN, "no own expression; the Houthi spokesman's announcement of Sun 7 Mar 2021"),
    ev("yemen-war", "وهي تخوض منذ ست سنوات حربا ضد تحالف تقوده السعودية في اليمن", WAR_YE[0], "'منذ ست سنوات' = since the coalition's intervention of 26 Mar 2015, up to the time of writing", end=WAR_YE[1]),
    ev("tank-yard-attack", "استُهدفت بطائرة مسيرة آتية من البحر", SUN, "no own expression; the drone of the morning of Sun 7 Mar 2021"),
    ev("dhahran-missile", "شظايا صاروخ باليستي تساقطت قرب مجمع سكني", SUN, "no own expression; the evening of Sun 7 Mar 2021"),
])

# ---------------------------------------------------------------- iraq-kurdistan-oilfield-drone-attacks-2025
S = "iraq-kurdistan-oilfield-drone-attacks-2025"
KHURMALA = "2025-07-14"                    # two drones on the Khurmala field, Mon 14 Jul 2025, 20:20-20:25
SARSANG = "2025-07-15"                     # the drone on the Sarsang field (HKN) and the halt, Tue 15 Jul 2025 (morning)
WED = "2025-07-16"                         # drones on Tawke, Peshkhabur and Ain Sifni, Wed 16 Jul 2025 (dawn, 07:00)
THU = "2025-07-17"                         # drones near Surija (10:50) and on Tawke (10:55), Thu 17 Jul 2025
art(S, "https://www.klyoum.com/lebanon-news/ar/90-العراق-هجوم-بمسيرة-على-حقل-نفطي-تديره-شركة-أميركية-بكردستان",
    "2025-07-15", "page line 'نشر بتاريخ: ١٥ تموز ٢٠٢٥' (kept as second line, with its Eastern Arabic digits; 15 Jul 2025 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; headline rendered from the URL slug; the page tags 'اخبار لبنان' and 'موقع كل يوم -إذاعة النور' and the last, truncated words dropped", True, """
العراق: هجوم بمسيرة على حقل نفطي تديره شركة أميركية في كردستان
نشر بتاريخ: ١٥ تموز ٢٠٢٥
تسبب هجوم بطائرة مسيّرة استهدف حقلا نفطيا في إقليم كردستان العراق، اليوم الثلاثاء، في وقف العمل فيه، وفق ما أعلنته السلطات المحلية العراقية والشركة الأميركية التي تشغّله.
وقالت وزارة الثروات الطبيعية في الإقليم، في بيان، إن حقل 'سرسنك' النفطي في ناحية جمانكي بمحافظة دهوك تعرض صباح اليوم، لهجوم بطائرة مسيّرة مفخخة لم يوقع أي خسائر بشرية.
وأشار البيان إلى أن الاعتداء وقع بعد أقل من 24 ساعة على هجوم مماثل بطائرة مسيّرة مفخخة أيضا استهدف حقل 'خورملة' النفطي في محافظة أربيل مساء أمس.
وأكدت الوزارة أنها 'تدين بشدة هذه الأعمال التي تطال البنية التحتية الاقتصادية الحيوية في الإقليم'.
أما شركة 'إتش كيه أن إنرجي' “HKN Energy” المشغّلة للحقل، فأعلنت أنها أوقفت العمليات في المنشأة المتضررة إلى حين تأمين الموقع، وأنها أجلت جميع الموظفين من دون تسجيل إصابات، ثم أوضحت في وقت لاحق أن 'فرق الطوارئ الموجودة في الموقع نجحت في احتواء الأضرار'.
من جانبها، أدانت السفارة الأميركية في بغداد، في بيان، الهجمات الأخيرة بالطائرات المسيّرة في أنحاء العراق كافة.
""", [
    ev("sarsang-attack", "تعرض صباح اليوم، لهجوم بطائرة مسيّرة مفخخة", SARSANG, "'صباح اليوم' = morning of Tue 15 Jul 2025"),
    ev("khurmala-attack", "استهدف حقل 'خورملة' النفطي في محافظة أربيل مساء أمس", KHURMALA, "'مساء أمس' from Tue 15 = evening of Mon 14 Jul 2025 ('بعد أقل من 24 ساعة')"),
    ev("mnr-condemns-sarsang", "وأكدت الوزارة أنها 'تدين بشدة هذه الأعمال", SARSANG, "no own expression; part of the ministry's statement of Tue 15 Jul 2025"),
    ev("sarsang-halt", "أوقفت العمليات في المنشأة المتضررة", SARSANG, "no own expression; HKN's suspension after the attack of Tue 15 Jul 2025 ('اليوم الثلاثاء')"),
    ev("us-embassy-condemnation", "أدانت السفارة الأميركية في بغداد", "2025-07-14", "no own expression; the embassy's statement reported on Tue 15 Jul 2025 (my span 14-15 Jul)", end="2025-07-16"),
])
art(S, "https://almadapaper.net/408236",
    "2025-07-16", "no date on the stored page; the body's 'أمس الثلاثاء' for the Kurdistan presidency's condemnation (issued on Tue 15 Jul 2025, dated so by aljeebal 'اليوم الثلاثاء 15 تموز 2025') gives Wed 16 Jul 2025 (Al-Mada is a daily paper); headline written from the body (the stored text has none); the byline 'اربيل / المدى' and the last, truncated words dropped; no date of its own in the text", False, """
رئاسة إقليم كوردستان تدين استهداف حقلي خورمالة وسرسنك
استنكرت رئاسة إقليم كوردستان، أمس الثلاثاء، الهجمات التي طالت حقلي "خورمالة" و"سرسنك" النفطيين، ودعت الحكومة الاتحادية إلى اتخاذ خطوات عاجلة تحول دون تكرارها.
وجاء في بيان الرئاسة: "نستنكر بشدة هجمات الطائرات المسيّرة التي شُنّت على منشآت نفطية يومي أمس وأمس الأول في منطقتي خورمالة وسرسنك".
وطالب البيان الحكومة الاتحادية بـ"اتخاذ كل الإجراءات العاجلة واللازمة لمنع تكرار هذه الهجمات، وكشف الجهات التي تقف خلفها ومحاسبتها".
ورأت رئاسة الإقليم أن "هذه الهجمات تهدد سيادة البلاد وأمنها الداخلي والخارجي، وتضعف الاستقرار الوطني".
وكان حقل "خورمالة" في محافظة أربيل وحقل "سرسنك" في محافظة دهوك قد استُهدفا، مساء الإثنين وصباح الثلاثاء، بهجمات منفصلة شنتها ثلاث طائرات مسيّرة مفخخة لم توقع خسائر بشرية، بحسب وزارة الثروات الطبيعية في الإقليم.
وأوضحت الوزارة، صباح الثلاثاء، أن الانفجار الذي وقع في حقل "سرسنك" النفطي شمالي محافظة دهوك سببه هجوم بطائرة مسيّرة مفخخة، وقالت في بيان إن "هجوماً إرهابياً بطائرة مسيّرة مفخخة استهدف صباح أمس حقل سرسنك النفطي في ناحية جمانكي".
""", [
    ev("presidency-condemnation", "استنكرت رئاسة إقليم كوردستان، أمس الثلاثاء", SARSANG, "'أمس الثلاثاء' = Tue 15 Jul 2025"),
    ev("khurmala-sarsang-attacks", "هجمات الطائرات المسيّرة التي شُنّت على منشآت نفطية يومي أمس وأمس الأول", KHURMALA, "'يومي أمس وأمس الأول' (as printed on Wed 16) = Tue 15 and Mon 14 Jul 2025; span 14-15 Jul", end="2025-07-16"),
    ev("khurmala-attack", "حقل \"خورمالة\" في محافظة أربيل وحقل \"سرسنك\" في محافظة دهوك قد استُهدفا، مساء الإثنين", KHURMALA, "'مساء الإثنين' = evening of Mon 14 Jul 2025 (the Khurmala part of the sentence)"),
    ev("mnr-statement", "وأوضحت الوزارة، صباح الثلاثاء", SARSANG, "'صباح الثلاثاء' = morning of Tue 15 Jul 2025"),
    ev("sarsang-attack", "استهدف صباح أمس حقل سرسنك النفطي", SARSANG, "'صباح أمس' (the ministry's words as printed on Wed 16) = morning of Tue 15 Jul 2025"),
])
art(S, "https://gov.krd/mnr-ar/activities/news-and-press-releases/2025/july/%D8%A8%D9%8A%D8%A7%D9%86-%D8%B5%D8%A7%D8%AF%D8%B1-%D8%B9%D9%86-%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%AB%D8%B1%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D8%B7%D8%A8%D9%8A%D8%B9%D9%8A%D8%A9-%D9%81%D9%8A-%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A5%D9%82%D9%84%DB%8C%D9%85-%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86",
    "2025-07-16", "the statement's closing date '16/تموز-يوليو/2025' (kept as last line) and the body's 'في فجر اليوم الأربعاء، الموافق 16 تموز-يوليو 2025' (kept; 16 Jul 2025 was a Wednesday); the ministry's own page; headline kept from the page; 'Skip to the content' dropped", True, """
بيان من وزارة الثروات الطبيعية في حكومة إقليم كوردستان
في فجر اليوم الأربعاء، الموافق 16 تموز-يوليو 2025، نُفذت عدة هجمات إرهابية بطائرات مسيّرة مفخخة على حقول نفط طاوكي (Tawke) وبيشخابور (Peshkhabur) وعين سفني، الواقعة في إدارة زاخو المستقلة وقضاء شيخان التابع لمحافظة دهوك.
ولم تُوقع الهجمات خسائر في الأرواح، لكنها ألحقت أضراراً جسيمة بالبنى التحتية لتلك الحقول النفطية.
وتدين وزارة الثروات الطبيعية بأشد العبارات هذه الهجمات الإرهابية الرامية إلى ضرب البنية التحتية الاقتصادية لإقليم كوردستان، والتي تعرّض سلامة الموظفين المدنيين في قطاع الطاقة للخطر.
وتطالب الوزارة كل الأطراف المعنية في الحكومة الاتحادية والمجتمع الدولي بالتدخل العاجل لحماية أرواح الموظفين المدنيين وصون أمن الطاقة، والحيلولة دون هجمات جديدة على قطاع الطاقة في الإقليم.
وتؤكد الوزارة أنها لن تدخر جهدا في حماية أرواح العاملين في المنشآت والحقول النفطية، وفي الحفاظ على دورها الاستراتيجي في استقرار الطاقة إقليميا وعالميا.
16/تموز-يوليو/2025
""", [
    ev("wed-field-attacks", "نُفذت عدة هجمات إرهابية بطائرات مسيّرة مفخخة على حقول نفط طاوكي", WED, "'في فجر اليوم الأربعاء، الموافق 16 تموز-يوليو 2025' = dawn of Wed 16 Jul 2025"),
    ev("mnr-condemns-wed", "وتدين وزارة الثروات الطبيعية بأشد العبارات هذه الهجمات", WED, "no own expression; the statement of Wed 16 Jul 2025 (closing date)"),
    ev("mnr-appeal", "وتطالب الوزارة كل الأطراف المعنية في الحكومة الاتحادية والمجتمع الدولي", WED, "no own expression; part of the statement of Wed 16 Jul 2025"),
])
art(S, "https://naynawaalghad.tv/%d9%87%d8%ac%d9%85%d8%a7%d8%aa-%d9%85%d8%b3%d9%8a%d9%91%d8%b1%d8%a9-%d8%aa%d8%b3%d8%aa%d9%87%d8%af%d9%81-%d9%85%d9%86%d8%b4%d8%a2%d8%aa-%d9%86%d9%81%d8%b7%d9%8a%d8%a9-%d9%81%d9%8a-%d9%83%d9%88%d8%b1/%d8%a7%d9%84%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%a7%d9%85%d9%86%d9%8a%d8%a9",
    "2025-07-17", "the body's 'اليوم الخميس (17 تموز 2025)' (kept; 17 Jul 2025 was a Thursday); headline kept from the page; the last, truncated sentence dropped", True, """
هجمات بمسيّرات على منشآت نفطية في كوردستان بلا خسائر بشرية.. وتوقف إنتاج 200 ألف برميل
أعلن مصدر أمني في محافظة دهوك أن طائرة مسيّرة هاجمت مصفاة مغارة النفطية في قضاء شيخان.
وبيّن المصدر أن "القوات الأمنية المكلفة بحماية المصفاة أطلقت النار على المسيّرة بسلاح من طراز PKC وأسقطتها"، مؤكدا أن الهجوم لم يخلّف أي أضرار بشرية أو مادية.
وكان جهاز مكافحة الإرهاب في إقليم كوردستان قد أعلن، اليوم الخميس (17 تموز 2025)، أن منطقتين حدوديتين في محافظتي أربيل ودهوك تعرضتا لهجومين بمسيّرتين مفخختين، من دون خسائر في الأرواح أو الممتلكات.
وأوضح الجهاز في بيانه أن مسيّرة مفخخة سقطت في تمام الساعة 10:50 صباحاً قرب قرية سوريجة التابعة لناحية شمامك في محافظة أربيل، ولم تُسجَّل أي أضرار بشرية أو مادية.
وتابع البيان أن هجوما آخر بمسيّرة مفخخة نُفذ بعد خمس دقائق فقط، عند الساعة 10:55 صباحاً، واستهدف حقل نفط DNO في منطقة طاوكي بقضاء زاخو، دون أن يسفر عن إصابات أو خسائر.
ولفت الجهاز إلى أن هجوما مشابها وقع صباح الأربعاء، عند الساعة 7:00، واستهدف بدوره حقل DNO في طاوكي، مخلّفا أضرارا مادية دون خسائر بشرية.
""", [
    ev("output-shut-in", "وتوقف إنتاج 200 ألف برميل", KHURMALA, "no own expression; the output halted by the attacks of Mon 14 - Thu 17 Jul 2025 (my span)", end="2025-07-18"),
    ev("maghara-refinery-drone", "طائرة مسيّرة هاجمت مصفاة مغارة النفطية", "2025-07-16", "no own expression; reported on Thu 17 Jul 2025 with the day's attacks (my span 16-17 Jul)", end="2025-07-18"),
    ev("shamamk-drone", "سقطت في تمام الساعة 10:50 صباحاً قرب قرية سوريجة", THU, "'اليوم الخميس (17 تموز 2025)' + 'الساعة 10:50 صباحاً' = Thu 17 Jul 2025, 10:50"),
    ev("tawke-attack-thu", "عند الساعة 10:55 صباحاً، واستهدف حقل نفط DNO", THU, "'بعد خمس دقائق فقط، عند الساعة 10:55 صباحاً' = Thu 17 Jul 2025, 10:55"),
    ev("wed-field-attacks", "هجوما مشابها وقع صباح الأربعاء، عند الساعة 7:00", WED, "'صباح الأربعاء' from Thu 17 = Wed 16 Jul 2025, 07:00"),
])

# ---------------------------------------------------------------- egypt-east-gas-halt-emergency-plan-2025
S = "egypt-east-gas-halt-emergency-plan-2025"
FRI = "2025-06-13"                         # Israel strikes Iran; Israeli fields shut; gas "from the east" stops; Egypt's emergency plan; fertilizer plants stop (Fri 13 Jun 2025)
art(S, "http://arabic.china.org.cn/txt/2025-06/13/content_117926735.htm",
    "2025-06-13", "Xinhua dateline 'القاهرة 13 يونيو 2025 (شينخوا)' (kept; 13 Jun 2025 was a Friday), the body's 'اليوم (الجمعة)', the page line '13. 06. 2025' and the URL '/2025-06/13/' agree; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
مصر تعلن توقف إمدادات الغاز من الشرق وتفعّل خطة طوارئ
القاهرة 13 يونيو 2025 (شينخوا) أفادت مصر اليوم (الجمعة) بأن إمدادات الغاز الطبيعي القادمة من الشرق (في إشارة إلى إسرائيل) توقفت إثر الهجوم الإسرائيلي على إيران، بحسب وزارة البترول والثروة المعدنية المصرية.
وذكرت الوزارة في بيان أنها "فعّلت خطة الطوارئ المعدة مسبقا لأولويات الإمداد بالغاز الطبيعي، بسبب الأعمال العسكرية التي اندلعت في المنطقة وتوقف إمدادات الغاز من الشرق".
وبيّنت أن الخطة تقضي بوقف إمدادات الغاز الطبيعي عن بعض الأنشطة الصناعية، ورفع استهلاك محطات الكهرباء من المازوت إلى أقصى كمية متاحة، والتنسيق لتشغيل عدد من المحطات بالسولار، كإجراء احترازي يحافظ على استقرار شبكة الغاز الطبيعي ويجنّب اللجوء إلى تخفيف أحمال شبكة الكهرباء، في انتظار عودة ضخ الغاز من الشرق مرة أخرى.
ولفتت إلى أن سفن إعادة التغييز الثلاث وصلت إلى مصر، وأن إحداها تعيد حاليا تغييز الغاز وتضخه في الشبكة القومية للغازات الطبيعية، بينما يجري تجهيز السفينتين الأخريين وربطهما بالموانئ لبدء الضخ منهما.
وأكدت أن غرفة العمليات الخاصة بشبكة الغاز الطبيعي تتابع الموقف على مدار 24 ساعة.
""", [
    ev("east-gas-halt", "إمدادات الغاز الطبيعي القادمة من الشرق (في إشارة إلى إسرائيل) توقفت", FRI, "'اليوم (الجمعة)' in the dateline of 13 Jun 2025 = Fri 13 Jun 2025"),
    ev("israel-strikes-iran", "الهجوم الإسرائيلي على إيران", FRI, "no own expression; the Israeli strikes of the early hours of Fri 13 Jun 2025"),
    ev("emergency-plan", "فعّلت خطة الطوارئ المعدة مسبقا", FRI, "no own expression; the ministry's statement of Fri 13 Jun 2025"),
    ev("industry-gas-cut", "بوقف إمدادات الغاز الطبيعي عن بعض الأنشطة الصناعية", FRI, "no own expression; part of the plan put in force on Fri 13 Jun 2025"),
    ev("fsru-ships", "وأن إحداها تعيد حاليا تغييز الغاز", FRI, "'حاليا' = at the time of the statement, Fri 13 Jun 2025"),
])
art(S, "https://www.cnbcarabia.com/139145/2025/13/06/مصر-توقف-إنتاج-الأسمدة-بعد-تعطل-واردات-الغاز-من-إسرائيل",
    "2025-06-13", "date in the URL '/2025/13/06/' (day/month) and the body's 'الجمعة 13 يونيو/ حزيران' (kept; 13 Jun 2025 was a Friday; the text gives day and month, not the year); headline rendered from the URL slug; the two embedded tweets and the last, truncated sentence (the Leviathan and Karish fields) dropped", True, """
مصر توقف إنتاج الأسمدة بعد تعطل واردات الغاز من إسرائيل
أوقفت شركات مصرية لإنتاج الأسمدة عملياتها، الجمعة 13 يونيو/ حزيران، بعد تراجع واردات الغاز الطبيعي من إسرائيل، بحسب رويترز.
وأفادت مصادر بأن حقول الغاز الرئيسية في إسرائيل أوقفت عملها عقب الهجمات العسكرية الإسرائيلية على منشآت نووية ومصانع صواريخ في إيران.
وأعلنت وزارة البترول المصرية في بيان أنها ردت على ذلك بتفعيل خطة الطوارئ الخاصة بأولويات الإمداد بالغاز الطبيعي، ومن بنودها "وقف إمدادات الغاز الطبيعي عن بعض الأنشطة الصناعية".
وأوضحت الوزارة أنها ستزيد كذلك "استهلاك محطات الكهرباء من المازوت إلى أقصى كمية متاحة، وستنسق لتشغيل بعض المحطات بالسولار، احترازا وحفاظا على استقرار شبكة الغاز الطبيعي وتفاديا لتخفيف أحمال شبكة الكهرباء".
وبحسب المصادر، لم تحدد وزارة البترول موعدا متوقعا لعودة إمدادات الغاز إلى طبيعتها.
""", [
    ev("fertilizer-halt", "أوقفت شركات مصرية لإنتاج الأسمدة عملياتها، الجمعة 13 يونيو/ حزيران", FRI, "'الجمعة 13 يونيو' = Fri 13 Jun 2025"),
    ev("east-gas-halt", "بعد تراجع واردات الغاز الطبيعي من إسرائيل", FRI, "no own expression; the drop of Fri 13 Jun 2025"),
    ev("israeli-fields-shut", "حقول الغاز الرئيسية في إسرائيل أوقفت عملها", FRI, "no own expression; Leviathan and Karish shut on Fri 13 Jun 2025 after the strikes on Iran"),
    ev("israel-strikes-iran", "الهجمات العسكرية الإسرائيلية على منشآت نووية ومصانع صواريخ في إيران", FRI, "no own expression; the strikes of the early hours of Fri 13 Jun 2025"),
    ev("emergency-plan", "بتفعيل خطة الطوارئ الخاصة بأولويات الإمداد بالغاز الطبيعي", FRI, "no own expression; the ministry's statement of Fri 13 Jun 2025"),
    ev("no-return-date", "لم تحدد وزارة البترول موعدا متوقعا لعودة إمدادات الغاز", FRI, "no own expression; the state of things on Fri 13 Jun 2025"),
])
art(S, "https://ahdathalalam.com/news-article/261980.html",
    "2025-06-13", "page line 'اقتصاد عربي 13 يونيو 2025 | آخر تحديث: 18:42 (توقيت القدس)' (not kept in the text; 13 Jun 2025 was a Friday); the body's 'اليوم الجمعة' agrees; headline kept from the page; the photo caption (which carries '23 ديسمبر 2019', the date of the picture), the player labels and the last, truncated words dropped; the summary bullets turned into sentences after the lead; no date of its own in the text", False, """
أزمة الطاقة تشتد في مصر بعد توقف الغاز الإسرائيلي على وقع التوتر
أوقفت شركات أسمدة مصرية عدة، اليوم الجمعة، خطوط إنتاجها إثر تراجع حاد في واردات الغاز الطبيعي من إسرائيل، في تطور يكشف مدى تشابك الأزمات الجيوسياسية مع سوق الطاقة في المنطقة، وفق مصادر تحدثت إلى وكالة رويترز.
ويأتي هذا التراجع في الإمدادات بعد أن أغلقت إسرائيل عددا من حقول الغاز الحيوية على خلفية تصاعد التوترات مع إيران، ما انعكس على الصناعات المصرية التي تعتمد على الغاز.
ولم تعلن وزارة البترول المصرية أي جدول زمني لاستئناف الإمدادات، وهو ما يثير مخاوف من اضطراب سلاسل الإنتاج، في حين تعمل الحكومة على تعزيز مخزونها الاستراتيجي.
وتعتمد مصر إلى حد كبير على الغاز الإسرائيلي، وقد أبرمت اتفاقيات لاستيراد الغاز الطبيعي المسال، غير أن استمرار الأزمة قد يزيد أزمة الطاقة حدة ويمس التزاماتها التصديرية.
""", [
    ev("fertilizer-halt", "أوقفت شركات أسمدة مصرية عدة، اليوم الجمعة، خطوط إنتاجها", FRI, "'اليوم الجمعة' = Fri 13 Jun 2025"),
    ev("east-gas-halt", "تراجع حاد في واردات الغاز الطبيعي من إسرائيل", FRI, "no own expression; the drop of Fri 13 Jun 2025"),
    ev("israeli-fields-shut", "أغلقت إسرائيل عددا من حقول الغاز الحيوية", FRI, "no own expression; the fields shut on Fri 13 Jun 2025"),
    ev("no-return-date", "ولم تعلن وزارة البترول المصرية أي جدول زمني", FRI, "no own expression; the state of things on Fri 13 Jun 2025"),
])
art(S, "https://arabstockinfo.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D8%A7%D9%84/item/2024-2025-06-16-15-16-27.html",
    "2025-06-16", "page date line '16 حزيران/يونيو 2025' (kept as second line; 16 Jun 2025 was a Monday) and the URL 'item/2024-2025-06-16-15-16-27'; headline kept from the page; the item reports the plan of Fri 13 Jun three days later and has no relative date words; the word 'اقرأ' and the comment-form text dropped; the bullet list turned into a sentence", True, """
مصر تعلن الطوارئ بعد انقطاع الإمدادات القادمة من الشرق
16 حزيران/يونيو 2025
فعّلت وزارة البترول المصرية خطة الطوارئ المتعلقة بإمدادات الغاز الطبيعي، بعدما توقفت الإمدادات الواردة من الشرق بسبب "الأعمال العسكرية" في المنطقة، في تلميح إلى التصعيد بين إسرائيل وإيران.
وتنص الخطة على وقف الغاز عن بعض الأنشطة الصناعية، ورفع استهلاك محطات الكهرباء من المازوت إلى أقصى حد، وتشغيل عدد من المحطات بالسولار حفاظا على استقرار الشبكة وتجنبا لتخفيف الأحمال.
وبدأت سفن ضخ الغاز في الشبكة القومية، بينما يجري إعداد سفينتين أخريين للدخول الفوري في الخدمة.
وتفقد وزيرا الكهرباء والبترول مواقع التحكم في الغاز وميناء السخنة لمتابعة التنفيذ على الأرض، في حين ترأس رئيس الوزراء اجتماعا طارئا لمتابعة الموقف.
""", [
    ev("emergency-plan", "فعّلت وزارة البترول المصرية خطة الطوارئ", FRI, "no own expression; the plan of Fri 13 Jun 2025 (Xinhua 'اليوم (الجمعة)'), reported here on Mon 16 Jun"),
    ev("east-gas-halt", "بعدما توقفت الإمدادات الواردة من الشرق", FRI, "no own expression; the halt of Fri 13 Jun 2025"),
    ev("industry-gas-cut", "وتنص الخطة على وقف الغاز عن بعض الأنشطة الصناعية", FRI, "no own expression; part of the plan of Fri 13 Jun 2025"),
    ev("fsru-ships", "وبدأت سفن ضخ الغاز في الشبكة القومية", FRI, "no own expression; the regasification ships as of the statement of Fri 13 Jun 2025 (Xinhua 'حاليا')"),
    ev("ministers-visit", "وتفقد وزيرا الكهرباء والبترول مواقع التحكم في الغاز", FRI, "no own expression; the visit reported with the ministry's statement of Fri 13 Jun 2025 (egypt2); my date"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 311
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
