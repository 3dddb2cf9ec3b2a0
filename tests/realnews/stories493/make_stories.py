"""Builds stories.jsonl: the 493-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: places of worship: fires, attacks, restorations and
reopenings of mosques, churches or shrines.
Stories: the suicide bombing of the Kucha Risaldar Shia mosque in Peshawar (Pakistan, March 2022), the fire
that destroyed the Great Mosque of Eskilstuna (Sweden, September 2023), and the fire that destroyed the tent
mosque of Rambouillet (France, September 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- pakistan-peshawar-kucha-risaldar-mosque-bombing-2022
S = "pakistan-peshawar-kucha-risaldar-mosque-bombing-2022"
ATTACK = "2022-03-04"                      # the suicide attack during Friday prayers, Fri 4 Mar 2022
CLAIM = "2022-03-04"                       # IS claimed it through Amaq on the same Friday (evening)
art(S, "https://elnashra.com/news/show/1556408/إرتفاع-ضحايا-هجوم-إنتحاري-إستهدف-مسجدًا-بيشاور-الب?amp=1",
    "2022-03-04", "no date line in the stored page; the body's 'اليوم الجمعة' for the attack on the Kucha Risaldar mosque, which took place on Fri 4 Mar 2022 (4 Mar 2022 was a Friday; awjouh of the next day: 'أمس الجمعة'; youm7's URL /2022/3/4/); the toll of 56 is the one of that Friday; headline written from the URL slug", False, """
ارتفاع ضحايا الهجوم الانتحاري على مسجد في بيشاور
صعدت حصيلة قتلى الهجوم الانتحاري الذي ضرب مسجد كوتشا ريسالدار الشيعي في مدينة بيشاور بشمال غرب باكستان اليوم الجمعة إلى 56 قتيلا.
وأوضح محمد عاصم خان، المتحدث باسم مستشفى "ليدي ريدينغ" في بيشاور، أن الهجوم خلّف حتى الآن في المجمل 56 قتيلا و194 جريحا، بينهم 50 مصابا في حالة حرجة.
وكان محمد إعجاز خان، قائد شرطة بيشاور، قد بيّن في وقت سابق أن العنف انطلق حين أطلق مهاجمان مسلحان النار على عناصر الشرطة أمام المسجد في بيشاور القديمة، فقُتل أحد المهاجمين وشرطي في تبادل النار وجُرح عنصر أمن آخر، ثم اندفع المهاجم الثاني إلى داخل المسجد وفجّر قنبلة.
وأكد وحيد خان، المسؤول في الشرطة المحلية، أن الانفجار حدث بينما كان المصلون متجمعين في المسجد لصلاة الجمعة، مرجحا ارتفاع عدد القتلى لأن كثيرا من الجرحى في وضع حرج.
وقال شهود إن 150 مصليا على الأقل كانوا داخل المسجد لحظة الانفجار.
ولم تتبن أي جهة الانفجار على الفور، غير أن تنظيم "داعش" وحركة "طالبان" الباكستانية سبق أن نفذا هجمات مشابهة في هذه المنطقة القريبة من الحدود الأفغانية.
""", [
    ev("mosque-attack", "الهجوم الانتحاري الذي ضرب مسجد كوتشا ريسالدار الشيعي", ATTACK, "'اليوم الجمعة' = Fri 4 Mar 2022"),
    ev("toll-56", "الهجوم خلّف حتى الآن في المجمل 56 قتيلا و194 جريحا", ATTACK, "no own expression; the hospital's toll given on the day of the attack, Fri 4 Mar 2022 ('حتى الآن' in an article of that day)"),
    ev("police-gunfight", "أطلق مهاجمان مسلحان النار على عناصر الشرطة أمام المسجد", ATTACK, "no own expression; the shooting at the gate just before the blast, Fri 4 Mar 2022"),
    ev("no-claim-yet", "ولم تتبن أي جهة الانفجار على الفور", ATTACK, "no own expression; on the day of the attack, before the IS claim of that Friday evening, Fri 4 Mar 2022"),
])
art(S, "https://youm7.com/story/2022/3/4/قتلوهم-وهما-بيصلوا-عشرات-الضحايا-بتفجير-مسجد-فى-بيشاور-الباكستانية/5678682",
    "2022-03-04", "the URL's publication date /2022/3/4/ (Fri 4 Mar 2022); the body has only 'صلاة الجمعة' and no date of its own; headline kept from the URL slug", True, """
قتلوهم وهم يصلون.. عشرات الضحايا في تفجير مسجد في بيشاور الباكستانية
لقي 57 شخصا على الأقل حتفهم وأصيب 200 آخرون في تفجير إرهابي ضرب مسجدا بينما كان المصلون يؤدون صلاة الجمعة في مدينة بيشاور بشمال غرب باكستان.
وانفجرت القنبلة داخل مسجد للمسلمين الشيعة، وأسرعت سيارات الإسعاف لنقل المصابين إلى المستشفى، في حين لم تعلن أي جهة حتى الآن مسؤوليتها عن الحادث.
وفورا أمر رئيس الوزراء الباكستاني عمران خان بتقديم الإسعاف الطبي العاجل للمصابين، ودعا إلى تحقيق سريع وفوري في أسباب الحادث.
كذلك ندد الرئيس الباكستاني عارف علوي بالتفجير الذي ضرب جامع مسجد الإمامية قرب بازار قيسا خواني في بيشاور، معربا عن "بالغ أسفه وحزنه لفقدان الأرواح الغالية في الانفجار".
وتعرّف شاهد عيان على رجل يلبس ثيابا سوداء قال إنه الانتحاري، موضحا أنه دخل المسجد وفتح النار فقتل حارس الأمن أولا ثم أطلق خمس أو ست رصاصات.
وأضاف الشاهد لقناة Geo News: "ثم دخل مسرعا إلى القاعة الرئيسية للمسجد وفجّر نفسه قبالة المنبر، وبعدها كانت الجثث والجرحى ممددين في كل مكان".
""", [
    ev("mosque-attack", "في تفجير إرهابي ضرب مسجدا بينما كان المصلون يؤدون صلاة الجمعة", ATTACK, "'صلاة الجمعة' in an article of Fri 4 Mar 2022 = that day"),
    ev("no-claim-yet", "لم تعلن أي جهة حتى الآن مسؤوليتها عن الحادث", ATTACK, "no own expression; on Fri 4 Mar 2022, before the IS claim of that evening"),
    ev("imran-khan-orders", "أمر رئيس الوزراء الباكستاني عمران خان بتقديم الإسعاف الطبي العاجل", ATTACK, "no own expression; 'فورا' after the attack, Fri 4 Mar 2022"),
    ev("alvi-condemns", "ندد الرئيس الباكستاني عارف علوي بالتفجير", ATTACK, "no own expression; the president's condemnation on the day of the attack, Fri 4 Mar 2022"),
    ev("police-gunfight", "دخل المسجد وفتح النار فقتل حارس الأمن أولا", ATTACK, "no own expression; the shooting of the guard just before the blast, Fri 4 Mar 2022"),
])
art(S, "https://awjouh.com/%d8%aa%d9%86%d8%b8%d9%8a%d9%85-%d8%af%d8%a7%d8%b9%d8%b4-%d9%8a%d8%aa%d8%a8%d9%86%d9%89-%d9%87%d8%ac%d9%88%d9%85-%d9%85%d8%b3%d8%ac%d8%af-%d8%a8%d8%a7%d9%83%d8%b3%d8%aa%d8%a7%d9%86",
    "2022-03-05", "no date on the stored page; the body's 'استهدف أمس الجمعة مسجد كوتشا ريسالدار' for the attack of Fri 4 Mar 2022 gives Sat 5 Mar 2022 (5 Mar 2022 was a Saturday; elnashra of the attack day: 'اليوم الجمعة'); the site name 'أوجه الحقيقة' dropped; headline written from the URL slug", False, """
تنظيم داعش يتبنى هجوم مسجد باكستان
تبنى تنظيم "داعش" الإرهابي الهجوم الانتحاري الذي استهدف أمس الجمعة مسجد كوتشا ريسالدار في باكستان، وأوقع أكثر من 50 قتيلا.
ونشرت مواقع إعلامية موالية للتنظيم صورة الانتحاري على صفحاتها في مواقع التواصل الاجتماعي، معلنة أن أحد عناصره نفّذ العملية الإرهابية.
وذكر بيان صادر عن "داعش" أن المسلح "اقتحم معبدا للشيعة في مدينة بيشاور شمال غربي باكستان، بعد إطلاقه النار على عنصرين من الشرطة الباكستانية كانا يحرسان المعبد، ما أدى لمقتل أحدهما وإصابة الآخر... وفجر حزاما ناسفا شديد الانفجار".
وأفاد محمد عاصم خان، المتحدث باسم مستشفى "ليدي ريدينغ" في بيشاور، بأن الهجوم خلّف 56 قتيلا و194 جريحا، منهم 50 في حالة حرجة.
""", [
    ev("is-claim", "تبنى تنظيم \"داعش\" الإرهابي الهجوم الانتحاري", CLAIM, "no own expression; the Amaq claim came on the evening of the attack, Fri 4 Mar 2022 (ajel: 'أعلن تنظيم داعش الإرهابي، الجمعة، مسؤوليته'); not 'أمس' itself"),
    ev("mosque-attack", "الذي استهدف أمس الجمعة مسجد كوتشا ريسالدار", ATTACK, "'أمس الجمعة' in an article of Sat 5 Mar 2022 = Fri 4 Mar"),
    ev("police-gunfight", "بعد إطلاقه النار على عنصرين من الشرطة الباكستانية", ATTACK, "no own expression; the shooting of the two police guards just before the blast, Fri 4 Mar 2022"),
    ev("toll-56", "بأن الهجوم خلّف 56 قتيلا و194 جريحا", ATTACK, "no own expression; the hospital's toll given on Fri 4 Mar 2022 (elnashra 'اليوم الجمعة')"),
])

# ---------------------------------------------------------------- sweden-eskilstuna-great-mosque-fire-2023
S = "sweden-eskilstuna-great-mosque-fire-2023"
FIRE = "2023-09-25"                        # the fire broke out about 11 am / at lunchtime on Mon 25 Sep 2023
art(S, "https://mediaenquete24.com/%d8%ad%d8%b1%d9%8a%d9%82-%d9%85%d8%aa%d8%b9%d9%85%d8%af-%d9%8a%d9%84%d8%aa%d9%87%d9%85-%d9%85%d8%b3%d8%ac%d8%af%d9%8b%d8%a7-%d8%a8%d8%a7%d9%84%d8%b3%d9%88%d9%8a%d8%af",
    "2023-09-25", "no date on the stored page; the body's 'يومه الاثنين' (Moroccan usage: 'this very day, Monday') for the fire of Mon 25 Sep 2023 (25 Sep 2023 was a Monday; aktarr: 'يوم الاثنين 25 سبتمبر/ أيلول') gives Mon 25 Sep 2023; headline written from the URL slug", False, """
حريق متعمد يلتهم مسجدا بالسويد
عاشت مدينة إسكلستونا السويدية، يومه الاثنين، حادثا مروعا بعدما أتى حريق متعمد على مسجد كبير.
وعقب الحادث مباشرة، أكد مسؤول للتواصل في المسجد أن كاميرا المراقبة سجّلت تهديدات متكررة واعتداءات سابقة على المسجد، وأن الحريق ناجم عن فعل متعمد.
وألحق الحادث بالمسجد خسائر مادية فادحة دون أن يوقع إصابات بشرية، إلا أنه ترك أثرا نفسيا واجتماعيا بالغا في الجالية المسلمة في السويد.
ويقع هذا الحادث في سياق تصاعد التهديدات والاعتداءات التي تستهدف المساجد في البلاد، حيث يعيش نحو 600 ألف مسلم يشكلون جزءا لا يتجزأ من المجتمع.
""", [
    ev("mosque-fire", "بعدما أتى حريق متعمد على مسجد كبير", FIRE, "'يومه الاثنين' = Mon 25 Sep 2023"),
    ev("denich-arson-claim", "أكد مسؤول للتواصل في المسجد", FIRE, "no own expression; the mosque's communications officer Anas Denich spoke to Swedish radio on the day of the fire ('وعقب الحادث مباشرة'), Mon 25 Sep 2023"),
    ev("no-injuries", "دون أن يوقع إصابات بشرية", FIRE, "no own expression; the fire of Mon 25 Sep 2023"),
])
art(S, "https://www.arabkhabar.com/a/733040",
    "2023-09-26", "the page's line 'تاريخ النشر: 26th, September 2023' (Tue 26 Sep 2023), kept out of the text; the body's 'الاثنين' for the fire of Mon 25 Sep 2023; the embedded tweet (with 'ظهر اليوم' and 'September 25, 2023') dropped; headline kept from the page; the last, truncated sentence shortened", True, """
حريق متعمد يلتهم مسجد إسكليستونا الكبير في السويد
ألحق حريق "متعمّد" الاثنين أضرارا بالغة بمسجد في جنوب شرق السويد، وفق ما أوردته وسائل إعلام محلية.
وصرّح أنس دينيش، مدير الاتصالات في المسجد، لإذاعة سويدية حكومية بأن الحريق الذي شبّ في حي أربي بمدينة إسكيلستونا كان بفعل فاعل.
وأضاف أن سجلات الشرطة تبيّن أن المسجد تعرض لتهديدات واعتداءات، مؤكدا أنهم على يقين من أن الحريق كان متعمدا.
أما الشرطة المحلية فأوضحت، في بيان على موقعها الإلكتروني، أن المسجد لم يعد صالحا للاستعمال بسبب الأضرار، وأن التحقيق في الحادث متواصل.
وقال أندرس سيسلر، الضابط في فريق الإنقاذ، إن "المبنى الرئيسي للمسجد لم يكن قابلا للإنقاذ.. احترق المبنى من السقف".
ولم تُسجّل أي إصابات جراء الحريق، إذ لم يكن أحد داخل المسجد لحظة اندلاعه، بحسب الضابط.
وشهدت السويد، التي يقيم فيها أكثر من 600 ألف مسلم، في الآونة الأخيرة تكرار حوادث الإساءة إلى المصاحف أمام مساجد وسفارات دول إسلامية، ما أثار غضبا واسعا في العالم الإسلامي.
""", [
    ev("mosque-fire", "ألحق حريق \"متعمّد\" الاثنين أضرارا بالغة بمسجد", FIRE, "'الاثنين' in an article of Tue 26 Sep 2023 = Mon 25 Sep"),
    ev("denich-arson-claim", "وصرّح أنس دينيش، مدير الاتصالات في المسجد", FIRE, "no own expression; his radio statement on the day of the fire, Mon 25 Sep 2023"),
    ev("police-statement-unusable", "أن المسجد لم يعد صالحا للاستعمال بسبب الأضرار", FIRE, "no own expression; the police statement on its website on the day of the fire, Mon 25 Sep 2023"),
    ev("no-injuries", "ولم تُسجّل أي إصابات جراء الحريق", FIRE, "no own expression; the fire of Mon 25 Sep 2023"),
    ev("quran-desecrations", "تكرار حوادث الإساءة إلى المصاحف أمام مساجد وسفارات", "2023-06-28", "'في الآونة الأخيرة' before Sep 2023 = the Koran burnings in Sweden of summer 2023 (my span from the Stockholm mosque burning of 28 Jun 2023 to 24 Sep 2023)", end="2023-09-25"),
])
art(S, "https://www.aljazeeramubasher.net/news/politics/2023/9/26/%D8%AD%D8%B1%D9%8A%D9%82-%D9%85%D8%AA%D8%B9%D9%85%D8%AF-%D9%8A%D9%84%D8%AD%D9%82-%D8%A3%D8%B6%D8%B1%D8%A7%D8%B1%D8%A7-%D8%AC%D8%B3%D9%8A%D9%85%D8%A9-%D8%A8%D9%85%D8%B3%D8%AC%D8%AF-%D9%81%D9%8A?traffic_source=rss",
    "2023-09-26", "the URL's publication date /2023/9/26/ (Tue 26 Sep 2023) and the page's date (2023-09); the body's 'الاثنين' for the fire of Mon 25 Sep 2023; the embedded English tweet (with 'September 25, 2023') dropped; headline written from the URL slug", True, """
حريق متعمد يلحق أضرارا جسيمة بمسجد في السويد
تسبب حريق "متعمّد"، الاثنين، في أضرار جسيمة لحقت بمسجد في جنوب شرق السويد، على ما أفادت وسائل إعلام محلية.
وذكر مدير الاتصالات في المسجد أنس دينيش لإذاعة إس آر الحكومية أن الحريق الذي وقع في منطقة أربي بمدينة إسكيلستونا "نتج عن حريق متعمد".
وتابع أن سجلات الشرطة تُظهر أن المسجد كان هدفا لتهديدات واعتداءات، وأنهم واثقون من أن الحريق كان متعمدا.
في المقابل، قالت الشرطة المحلية في بيان نشرته على موقعها إن الأضرار جعلت المسجد غير صالح للاستخدام، وإن التحقيق في الحادث جار.
""", [
    ev("mosque-fire", "تسبب حريق \"متعمّد\"، الاثنين، في أضرار جسيمة", FIRE, "'الاثنين' in an article of Tue 26 Sep 2023 = Mon 25 Sep"),
    ev("denich-arson-claim", "وذكر مدير الاتصالات في المسجد أنس دينيش", FIRE, "no own expression; his radio statement on the day of the fire, Mon 25 Sep 2023"),
    ev("police-statement-unusable", "قالت الشرطة المحلية في بيان نشرته على موقعها", FIRE, "no own expression; the police statement on the day of the fire, Mon 25 Sep 2023"),
])

# ---------------------------------------------------------------- france-rambouillet-tent-mosque-fire-2022
S = "france-rambouillet-tent-mosque-fire-2022"
FIRE = "2022-09-03"                        # the tent mosque burned about 01:00 on Sat 3 Sep 2022 (the night of Fri 2 - Sat 3)
art(S, "https://arab-europe.net/2022/09/03/%d8%a8%d8%a7%d9%84%d9%81%d9%8a%d8%af%d9%8a%d9%88-%d8%ad%d8%b1%d9%8a%d9%82-%d9%8a%d8%af%d9%85%d8%b1-%d9%85%d8%b3%d8%ac%d8%af-%d8%a8%d8%a7%d9%84%d9%83%d8%a7%d9%85%d9%84-%d9%81%d9%8a-%d9%81%d8%b1%d9%86",
    "2022-09-03", "the URL's publication date /2022/09/03/ (Sat 3 Sep 2022) and the body's 'فجر اليوم السبت' (3 Sep 2022 was a Saturday); the section line 'أخبار العرب في أوروبا – فرنسا' and the 'اقرأ أيضا' link dropped; headline written from the URL slug; the last, truncated sentence dropped", True, """
بالفيديو.. حريق يدمر مسجدا بالكامل في فرنسا
شب حريق ضخم فجر اليوم السبت في مسجد في الضواحي الغربية لباريس، فأتى عليه بالكامل، بينما رجحت الشرطة أن يكون الحريق من "جرائم الكراهية".
وبحسب صحيفة "لوفيغارو" الفرنسية، أكد سكان مدينة رامبوييه، الواقعة على بعد 65 كلم غرب باريس حيث يوجد المسجد، أنهم "رأوا قرب (خيمة الصلاة) شخصين يغادران المكان بسرعة حوالي الساعة 01:00 فجر السبت، ثم شاهدوا ألسنة لهب زرقاء تدل على وجود هيدروكربونات".
وأبدى وزير الداخلية الفرنسي "جيرالد دارمانان" تضامنه مع مسلمي المدينة، قائلا في تصريح صحافي إن "التحقيق مستمر وسيصل إلى معرفة مصدر الحريق".
وأفاد الوزير بأن أجهزة الاستخبارات الفرنسية "أفشلت 6 عمليات إرهابية" منذ العام الماضي كانت تستهدف أماكن عبادة للمسلمين في فرنسا.
بدوره، طالب مسجد باريس الكبير في بيان "بعد الحريق المتعمد الذي دمر المسجد بالكامل في رامبوييه الليلة الماضية" بكشف حقيقة هذا الفعل الدنيء وتقديم الفاعلين إلى العدالة، علما أن المسجد المستهدف خيمة كبيرة مخصصة لإقامة الصلوات.
""", [
    ev("mosque-fire", "شب حريق ضخم فجر اليوم السبت في مسجد", FIRE, "'فجر اليوم السبت' = Sat 3 Sep 2022"),
    ev("two-people-seen", "شخصين يغادران المكان بسرعة حوالي الساعة 01:00 فجر السبت", FIRE, "'حوالي الساعة 01:00 فجر السبت' = about 01:00 on Sat 3 Sep 2022"),
    ev("darmanin-solidarity", "وأبدى وزير الداخلية الفرنسي \"جيرالد دارمانان\" تضامنه", FIRE, "no own expression; the minister's reaction on the day of the fire, Sat 3 Sep 2022"),
    ev("foiled-plots", "\"أفشلت 6 عمليات إرهابية\" منذ العام الماضي", "2021-01-01", "'منذ العام الماضي' from Sep 2022 = from 2021 up to the statement (my span 1 Jan 2021 - 3 Sep 2022)", end=FIRE),
    ev("paris-mosque-statement", "طالب مسجد باريس الكبير في بيان", FIRE, "no own expression; its statement speaks of the fire of 'الليلة الماضية', so it was issued on Sat 3 Sep 2022"),
])
art(S, "https://mail.almawqeapost.net/world/76946",
    "2022-09-04", "the page's line 'الأحد, 04 سبتمبر, 2022 - 02:43 صباحاً' (Sun 4 Sep 2022; 4 Sep 2022 was a Sunday), kept out of the text; the body's 'السبت' for the fire of Sat 3 Sep 2022; the comments heading dropped; headline kept from the page", True, """
حريق يدمر مسجدا في فرنسا.. والاشتباه بأنه "حادث مدبر"
التهم الحريق مسجدا في شمال فرنسا بالكامل، بينما ترجّح السلطات وجود شبهة جنائية وراء الحادث.
وأفادت وسائل إعلام فرنسية بأن السلطات تشتبه في أن شخصا ما افتعل الحريق الذي وقع السبت في مسجد بمدينة رامبويي التابعة لإقليم إيفلين في منطقة إيل دو فرانس الشمالية، فيما كتب وزير الداخلية جيرالد دارمانين في تغريدة أنه "بدأ تحقيقاً لمعرفة سبب الحريق".
وذكرت صحيفة "لو بارزيان" الفرنسية أن بلدية رامبوييه ومحافظة إيفلين عقدتا اجتماعا للوصول إلى حل يتيح لمسلمي المنطقة أداء الصلاة ريثما يُعاد بناء المسجد.
وكان المسجد قد أقيم في 2009 تلبية لطلب الجالية المسلمة المقيمة في المنطقة، على أرض خصصتها بلدية "رامبويي" مؤقتا.
وفي فرنسا، حيث تتزايد الهجمات اليمينية المتطرفة المعادية للإسلام، استُهدفت مساجد عديدة، وأُضرمت النار في بعضها خلال العام الماضي.
""", [
    ev("mosque-fire", "الحريق الذي وقع السبت في مسجد بمدينة رامبويي", FIRE, "'السبت' in an article of Sun 4 Sep 2022 = Sat 3 Sep"),
    ev("investigation-opened", "أنه \"بدأ تحقيقاً لمعرفة سبب الحريق\"", FIRE, "no own expression; the investigation announced on the day of the fire, Sat 3 Sep 2022"),
    ev("town-prefecture-meeting", "عقدتا اجتماعا للوصول إلى حل", FIRE, "no own expression; the meeting of town hall and prefecture on the day of the fire, Sat 3 Sep 2022 (Le Parisien/actu reports of that Saturday)"),
    ev("mosque-built", "وكان المسجد قد أقيم في 2009", "2009-01-01", "'في 2009' = the year 2009", end="2010-01-01"),
    ev("mosque-arsons-last-year", "وأُضرمت النار في بعضها خلال العام الماضي", "2021-01-01", "'خلال العام الماضي' from Sep 2022 = 2021 (the year)", end="2022-01-01"),
])
art(S, "https://dimatv.net/2022/09/04/%d8%a5%d8%ad%d8%b1%d8%a7%d9%82-%d9%85%d8%b3%d8%ac%d8%af-%d8%a8%d9%81%d8%b1%d9%86%d8%b3%d8%a7-%d8%b9%d9%85%d8%af%d8%a7-%d9%85%d9%86-%d8%b7%d8%b1%d9%81-%d8%a7%d9%84%d9%85%d8%b9%d8%a7%d8%af%d9%8a%d9%86",
    "2022-09-04", "no date line in the stored text; the body's 'تم أمس السبت تدمير مسجد' for the fire of Sat 3 Sep 2022 gives Sun 4 Sep 2022 (arab-europe of 3 Sep: 'فجر اليوم السبت'), which the URL path /2022/09/04/ confirms; headline written from the URL slug", False, """
إحراق مسجد بفرنسا عمدا من طرف المعادين
دُمّر أمس السبت مسجد بالكامل في إحدى مناطق شمال فرنسا إثر حريق شب فيه، ترجح السلطات أنه "متعمد".
وبحسب صحيفة "لو باريزيان"، وقع الحادث في مسجد مدينة "رامبويي" بإقليم "إيفلين" في منطقة "إيل دو فرانس" الشمالية.
وعلّق وزير الداخلية "جيرالد دارمانين" على الحادث في تغريدة قال فيها: "أتضامن مع مسلمي رامبوييه، الذين رأوا مكان عبادتهم يحترق الليلة، وسيفتح تحقيق لمعرفة سبب الحريق".
ويُشار إلى أن المسجد أقيم بطلب من الجالية المسلمة القاطنة في المنطقة على مساحة خصصتها بلدية "رامبويي" مؤقتا.
ويذكر أن مساجد كثيرة تعرضت خلال السنة الماضية لإضرام النار في فرنسا جراء الهجمات اليمينية المتطرفة والمعادية للإسلام، التي تصاعدت بشكل حاد وكبير.
""", [
    ev("mosque-fire", "دُمّر أمس السبت مسجد بالكامل", FIRE, "'أمس السبت' in an article of Sun 4 Sep 2022 = Sat 3 Sep"),
    ev("darmanin-solidarity", "وعلّق وزير الداخلية \"جيرالد دارمانين\" على الحادث في تغريدة", FIRE, "no own expression; his tweet speaks of the fire 'الليلة', posted on Sat 3 Sep 2022"),
    ev("investigation-opened", "وسيفتح تحقيق لمعرفة سبب الحريق", FIRE, "no own expression; announced in the minister's tweet of Sat 3 Sep 2022"),
    ev("mosque-built", "ويُشار إلى أن المسجد أقيم بطلب من الجالية المسلمة", "2009-01-01", "no own expression; the mosque was set up in 2009 (almawqeapost 'في 2009')", end="2010-01-01"),
    ev("mosque-arsons-last-year", "مساجد كثيرة تعرضت خلال السنة الماضية لإضرام النار", "2021-01-01", "'خلال السنة الماضية' from Sep 2022 = 2021 (the year)", end="2022-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 493
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
