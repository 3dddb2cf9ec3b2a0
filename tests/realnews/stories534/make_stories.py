"""Builds stories.jsonl: the 534-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: mass poisonings (methanol alcohol, gas or food poisonings
in schools and weddings).
Stories: the "qawares" methanol poisoning at Hajeb El Ayoun (Kairouan, Tunisia, May 2020), the adulterated-alcohol
(methanol) poisoning in Tripoli (Libya, March 2013), and the wave of poisonings of schoolgirls in Iran with
Khamenei's statement and the first arrests (Iran, March 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-hajeb-el-ayoun-qawares-poisoning-2020
S = "tunisia-hajeb-el-ayoun-qawares-poisoning-2020"
DRINK = "2020-05-24"       # the drinking session: the night of Sun 24 May 2020 (Eid al-Fitr), 'ليلة اول أمس' from Tue 26
ONSET = "2020-05-25"       # Mon 25 May 2020: the victims fell ill, the first death at home, the three brothers died, transfers to hospital
TUE = "2020-05-26"
WED = "2020-05-27"
art(S, "https://zamainfo.net/amp/%d8%a7%d9%84%d9%82%d9%8a%d8%b1%d9%88%d8%a7%d9%86-%d9%88%d9%81%d8%a7%d8%a9-%d8%ab%d9%84%d8%a7%d8%ab%d8%a9-%d8%a3%d8%b4%d9%82%d8%a7%d8%a1-%d9%88%d8%aa%d8%b3%d9%85%d9%91%d9%85-6-%d8%a2%d8%ae%d8%b1",
    ONSET, "no date line on the stored page, but the first sentence of the body names the day of writing in full: 'توفّي مساء اليوم الإثنين 25 ماي 2020' (25 May 2020 was a Monday), so the report was written on Mon 25 May 2020 (kept in the text, it is part of the body); the 'Related posts' links dropped; headline kept from the page", True, """
القيروان : وفاة ثلاثة أشقاء وتسمّم 6 آخرين بسبب "القوارص"
فارق ثلاثة أشقاء تتراوح أعمارهم بين 30 و40 سنة الحياة مساء اليوم الإثنين 25 ماي 2020، في حين نُقل 6 أشخاص آخرين إلى المستشفى المحلي بحاجب العيون قبل تحويلهم إلى المستشفى الجهوي بالقيروان إثر تدهور وضعهم الصحي، بسبب احتسائهم كحولا تحتوي على مادة سامة وفق المعطيات الأولية.
ويذكر أن المتضررين ينحدرون من منطقة الشوايحية الراجعة بالنظر إلى بلدية الأبيض من معتمدية جلمة، على التخوم بين ولايتي سيدي بوزيد والقيروان وعلى مقربة من معتمدية حاجب العيون، وقد عقدوا جلسة خمرية تناولوا خلالها مادة "القوارص" التي تسببت لهم في حالة تسمم.
وتعيش المنطقة حالة من التوتر والاحتقان على خلفية الحادثة، فيما تنقل أعوان الحرس الوطني إلى المكان لمتابعة الأوضاع.
""", [
    ev("brothers-die", "فارق ثلاثة أشقاء تتراوح أعمارهم بين 30 و40 سنة الحياة", ONSET, "'مساء اليوم الإثنين 25 ماي 2020' = Mon 25 May 2020"),
    ev("hospital-transfers", "نُقل 6 أشخاص آخرين إلى المستشفى المحلي بحاجب العيون", ONSET, "no own expression; the same Monday evening, Mon 25 May 2020 (alme7war of Tue 26: transfers 'منذ عشية يوم أمس الاثنين')"),
    ev("mass-poisoning", "إثر تدهور وضعهم الصحي", ONSET, "no own expression; the victims fell ill on Mon 25 May 2020 (maghreb-plus of Tue 26: 'أحسوا بصداع و فقدان الوعي أمس'; alroeya: 'يوم الاثنين الماضي')"),
    ev("drinking-session", "وقد عقدوا جلسة خمرية", DRINK, "no own expression; the session on the night of Sun 24 May 2020 (maghreb-plus of Tue 26: 'إنطلقوا في شرب القوارص ليلة اول أمس')"),
    ev("guard-deployed", "فيما تنقل أعوان الحرس الوطني إلى المكان", ONSET, "no own expression; on the day of the report and the deaths, Mon 25 May 2020"),
])
art(S, "https://alme7war.net/?p=39025",
    TUE, "no date line on the stored page, but the first sentence of the body names the day of writing in full: 'اليوم الثلاثاء 26 ماي 2020' (26 May 2020 was a Tuesday), kept in the text as part of the body; headline written from the body (the stored text has none); the last, truncated sentence (a second death) dropped", True, """
القيروان: ارتفاع وفيات التسمم بـ"القوارص" إلى 5
كشف المدير الجهوي للصحة بولاية القيروان، حمدي الحذري، اليوم الثلاثاء 26 ماي 2020، أن حصيلة الوفيات جراء تسمم عدد من الأشخاص بعد احتسائهم كحول "الميثانول" الممزوج بصنف من العطور يُعرف شعبيا باسم "القوارص"، في جلسة خمرية بمعتمدية حاجب العيون، صعدت إلى 5 أشخاص، من بينهم 3 أشقاء.
وأورد الحذري، في تصريح لوكالة تونس إفريقيا للأنباء، أن 19 شخصا نُقلوا لتلقي الإسعافات منذ عشية يوم أمس الاثنين وإلى حدود الساعة الحادية عشرة من الليلة الفاصلة بين الاثنين والثلاثاء، أُودع 15 منهم بمستشفى ابن الجزار بالقيروان وحُوّل 4 إلى مستشفى القصرين، مبينا أن 4 أشخاص آخرين يوجدون في وضع حرج.
وتابع أن المصابين أُخضعوا لغسل الكلى بقسم تصفية الدم، في انتظار نقل بعضهم إلى مستشفيات بالولايات المجاورة، لافتا إلى أن مستشفى ابن الجزار يعيش حالة استنفار لإسعاف المصابين، وسط توافد كبير لعائلات المتوفين وحضور والي الجهة محمد بورقيبة لمتابعة أوضاع المصابين.
ونقلت "وات" عن والي القيروان قوله إن عدد الوفيات بلغ 5، من بينهم شخص فارق الحياة صبيحة يوم أمس الاثنين بمنزله ونُقلت جثته إلى مستشفى جلمة بسيدي بوزيد.
""", [
    ev("toll-five", "صعدت إلى 5 أشخاص", TUE, "'اليوم الثلاثاء 26 ماي 2020' = Tue 26 May 2020, the day of the announcement"),
    ev("brothers-die", "من بينهم 3 أشقاء", ONSET, "no own expression; the three brothers died on Mon 25 May 2020 (zamainfo: 'مساء اليوم الإثنين 25 ماي 2020')"),
    ev("drinking-session", "في جلسة خمرية بمعتمدية حاجب العيون", DRINK, "no own expression; the night of Sun 24 May 2020 (maghreb-plus of Tue 26: 'ليلة اول أمس')"),
    ev("hospital-transfers", "نُقلوا لتلقي الإسعافات منذ عشية يوم أمس الاثنين", ONSET, "'منذ عشية يوم أمس الاثنين وإلى حدود الساعة الحادية عشرة من الليلة الفاصلة بين الاثنين والثلاثاء' from Tue 26 = Mon 25 May 2020, afternoon to 11 pm"),
    ev("first-death-home", "شخص فارق الحياة صبيحة يوم أمس الاثنين بمنزله", ONSET, "'صبيحة يوم أمس الاثنين' from Tue 26 May 2020 = Mon 25 May"),
])
art(S, "https://ar.maghreb-plus.com/%d8%a7%d8%b1%d8%aa%d9%81%d8%a7%d8%b9-%d8%b9%d8%af%d8%af-%d8%a7%d9%84%d9%85%d8%b5%d8%a7%d8%a8%d9%8a%d9%86-%d8%a8%d8%aa%d8%b3%d9%85%d9%85-%d8%b4%d8%b1%d8%a8-%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%b1%d8%b5",
    TUE, "no date on the stored page; the body's 'ليلة أمس الاثنين' (the two brothers received at the Hajeb El Ayoun hospital on Monday night) and 'إنطلقوا في شرب القوارص ليلة اول أمس و أحسوا بصداع و فقدان الوعي أمس' (Sunday night / Monday) give Tue 26 May 2020; the count of 32 injured is the one of Tuesday before the toll of 56 announced that day (chtoukapress of Wed 27: 'ارتفع إلى 56 حالة بعد أن كان 32 في وقت سابق اليوم' for Tuesday); headline rendered from the URL slug; no date of its own in the text", False, """
ارتفاع عدد المصابين بتسمم شرب "القوارص"
صعد عدد المصابين بالتسمم جراء احتساء المشروبات الكحولية السامة المعروفة باسم "القوارص" في منطقة حاجب العيون بالقيروان التونسية إلى 32 مصابا، فيما بلغ عدد الوفيات 6 ليلة أمس.
وكان المستشفى المحلي بحاجب العيون قد استقبل ليلة أمس الاثنين شقيقين في وضع خطير بعد تناولهما كمية من المادة الكحولية المعروفة بـ"القوارص"، فاستدعى الأمر نقلهما بسرعة إلى وحدة الأغالبة بالقيروان حيث لفظا أنفاسهما، علما أن شقيقهما كان قد توفي قبلهما في منزلهم الكائن بمنطقة الشوايحية من معتمدية جلمة بولاية سيدي بوزيد.
وتلقى مادة "القوارص" رواجا كبيرا في منطقة حاجب العيون، إذ يستهلكها عدد كبير من الأهالي بسبب ثمنها الزهيد، فسعر القارورة من فئة 5 لترات لا يتجاوز 4 دنانير.
وقد بدأ المتوفون في شرب "القوارص" ليلة اول أمس، ثم شعروا بصداع وفقدوا الوعي أمس.
ويدور حديث عن نفاد كمية تبلغ 413 لترا من "القوارص" في المنطقة، وهو ما يضاعف المخاوف من تزايد عدد الضحايا.
ويُذكر أن "القوارص" كحول مخصص للعطور يُخلط بمشروبات أخرى ثم يُستهلك.
""", [
    ev("injured-32", "إلى 32 مصابا", TUE, "no own expression; the count of Tue 26 May 2020, the day of the report (later that day 56)"),
    ev("toll-six", "فيما بلغ عدد الوفيات 6 ليلة أمس", ONSET, "'ليلة أمس' from Tue 26 May 2020 = the night of Mon 25 May (my span Mon 25 - Tue 26, the night)", end=WED),
    ev("brothers-die", "حيث لفظا أنفاسهما", ONSET, "'ليلة أمس الاثنين' from Tue 26 May 2020 = Mon 25 May (the two brothers; zamainfo: the three brothers died 'مساء اليوم الإثنين 25 ماي 2020')"),
    ev("first-death-home", "كان قد توفي قبلهما في منزلهم", ONSET, "no own expression; the brother who died at home on the morning of Mon 25 May 2020 (alme7war: 'صبيحة يوم أمس الاثنين بمنزله', body carried to the Jelma hospital)"),
    ev("drinking-session", "وقد بدأ المتوفون في شرب", DRINK, "'ليلة اول أمس' from Tue 26 May 2020 = the night of Sun 24 May"),
    ev("mass-poisoning", "ثم شعروا بصداع وفقدوا الوعي أمس", ONSET, "'أمس' from Tue 26 May 2020 = Mon 25 May"),
])
art(S, "https://www.alroeya.com/60-63/2139496-7-وفيات-وتسمم-66-شخصا-بسبب-القوارص",
    WED, "no date line on the stored page (its header 'الخميس - 25 أبريل 2024' is the site's date of the crawl, not of the report); the body's 'صباح اليوم الأربعاء' for the toll of 66 with 7 dead and 'يوم الاثنين الماضي' for the poisoning of Mon 25 May 2020 give Wed 27 May 2020 (27 May 2020 was a Wednesday; acharaa.com 'اليوم الاربعاء 27 ماي 2020' has the same 7 dead); the picture file name dropped; headline kept from the page; the last, truncated clause (no liquor shops in Kairouan) dropped", False, """
7 وفيات وتسمم 66 شخصاً بسبب «القوارص»
فارق 7 أشخاص الحياة وأصيب قرابة 66 آخرين بالتسمم، وفق أطباء في محافظتي القيروان وسوسة التونسيتين، في وقت يتزامن مع عيد الفطر الذي يحل وسط تفشي جائحة كورونا (كوفيد-19).
وأفاد المدير الجهوي للصحة بالقيروان، حمدي الحذري، بأن حالات التسمم الناجمة عن تناول مادة «القوارص» بلغت صباح اليوم الأربعاء 66 إصابة، من بينها 7 وفيات.
وبيّن الحذري، في اتصال هاتفي مع إذاعة «شمس إف إم»، أن 33 مصابا أُحيلوا على أقسام العناية المركزة في مستشفيات عدة ولايات، وأن 26 مصابا يقيمون حاليا بمستشفى ابن الجزار بالقيروان وحالتهم جميعا مستقرة.
وجدّت حادثة التسمم الجماعي يوم الاثنين الماضي في منطقة ريفية تتبع مدينة حاجب العيون بولاية القيروان، بعد أن استهلك عدد من الشبان مادة «القوارص» التي تحتوي على نسبة مرتفعة من كحول «الميثانول».
وأصيب هؤلاء جراء المشروب بقصور (فشل) كلوي، وفقد 3 منهم بصرهم، في حين توفي 3 أشقاء.
كما أُلقي القبض على مروّج المشروب صحبة والدته، وهي امرأة مسنة دأبت على توزيع هذا المشروب الذي يقبل عليه الشبان لرخص ثمنه.
""", [
    ev("toll-66", "بلغت صباح اليوم الأربعاء 66 إصابة", WED, "'صباح اليوم الأربعاء' = Wed 27 May 2020"),
    ev("mass-poisoning", "وجدّت حادثة التسمم الجماعي يوم الاثنين الماضي", ONSET, "'يوم الاثنين الماضي' from Wed 27 May 2020 = Mon 25 May"),
    ev("three-blinded", "وفقد 3 منهم بصرهم", ONSET, "no own expression; the loss of sight after the poisoning of Mon 25 May 2020, known by Wed 27 (acharaa: the Sousse ophthalmologist 'اليوم الاربعاء 27 ماي 2020'); my span Mon 25 - Wed 27", end="2020-05-28"),
    ev("brothers-die", "في حين توفي 3 أشقاء", ONSET, "no own expression; Mon 25 May 2020 (zamainfo: 'مساء اليوم الإثنين 25 ماي 2020')"),
    ev("seller-arrested", "أُلقي القبض على مروّج المشروب صحبة والدته", ONSET, "no own expression; the seller and his elderly mother were detained after the deaths of Monday and before the prosecutor's statement of Tue 26 May 2020 (chtoukapress of Wed 27: 'تم ايقاف شخصين' announced 'أمس الثلاثاء'); my span Mon 25 - Tue 26", end=WED),
])

# ---------------------------------------------------------------- libya-tripoli-bokha-methanol-poisoning-2013
S = "libya-tripoli-bokha-methanol-poisoning-2013"
ONSET_L = "2013-03-09"     # the poisonings began on the night of Fri 8 - Sat 9 Mar 2013 ('منذ السبت')
SUN_L = "2013-03-10"       # Sun 10: first toll of five dead; al-Wafi's statement
MON_L = "2013-03-11"       # Mon 11: tolls of 16, 38, then 51 dead; Daghman's 36 dead and crisis cell
TUE_L = "2013-03-12"       # Tue 12: 551 cases
art(S, "http://www.dw.com/ar/51-%25D8%25AD%25D8%25A7%25D9%2584%25D8%25A9-%25D9%2588%25D9%2581%25D8%25A7%25D8%25A9-%25D9%2581%25D9%258A-%25D9%2584%25D9%258A%25D8%25A8%25D9%258A%25D8%25A7-%25D8%25A8%25D8%25B3%25D8%25A8%25D8%25A8-%25D8%25AE%25D9%2585%25D9%2588%25D8%25B1-%25D9%2585%25D8%25BA%25D8%25B4%25D9%2588%25D8%25B4%25D8%25A9/a-16664599",
    MON_L, "the page's date line '١١ مارس ٢٠١٣' under the headline = Mon 11 Mar 2013 (not kept in the text: it is not part of the body); the body's 'أعلنتها وزارة الصحة الليبية الاثنين' agrees; the skip links, the short link and the German picture caption dropped; headline kept from the page; the last, truncated sentence (al-Wafi) dropped", True, """
51 حالة وفاة في ليبيا بسبب خمور مغشوشة
أفادت وزارة الصحة الليبية بأن 51 شخصا لقوا حتفهم إثر تسمم ناجم عن شربهم خمورا مغشوشة، وقد سُجلت غالبية الحالات في طرابلس وضواحيها، بينما أكدت السلطات الليبية تشددها في حظر بيع المشروبات الكحولية المهربة.
ولقي 51 شخصا مصرعهم جراء احتساء خمور مغشوشة، فيما يعاني 378 آخرون من التسمم منذ السبت في طرابلس، بحسب حصيلة جديدة كشفت عنها وزارة الصحة الليبية الاثنين.
وبيّنت الوزارة أن 38 شخصا فارقوا الحياة في مستشفيات طرابلس بعد تناولهم الخمور المغشوشة المحتوية على مادة الميثانول، مضيفة أن 13 شخصا آخرين اختارت عائلاتهم نقلهم إلى تونس المجاورة ماتوا في الطريق.
ووفق المصدر ذاته، يعاني 378 شخصا آخرون من التسمم، بحسب بيان الوزارة الذي طالب الليبيين بالامتناع عن تناول الخمور.
ونقلت وكالة الأنباء الليبية (وال) عن مصادر أن الحالات سُجلت في مستشفى طرابلس الطبي ومستشفى شارع الزاوية ومستشفى الزهراء ومستشفى الزاوية.
""", [
    ev("toll-51", "بحسب حصيلة جديدة كشفت عنها وزارة الصحة الليبية الاثنين", MON_L, "'الاثنين' = Mon 11 Mar 2013, the day of the date line"),
    ev("poisonings-begin", "من التسمم منذ السبت في طرابلس", ONSET_L, "'منذ السبت' in a report of Mon 11 Mar 2013 = Sat 9 Mar"),
    ev("deaths-en-route-tunisia", "ماتوا في الطريق", ONSET_L, "no own expression; between the start of the poisonings (Sat 9 Mar 2013) and the ministry's toll of Mon 11 Mar (my span Sat 9 - Mon 11)", end=TUE_L),
])
art(S, "https://sauress.com/alhayat/491685",
    MON_L, "no date on the stored page (a copy of an al-Hayat report on sauress); the body's 'أكد وزير الصحة الليبي نورالدين دغمان اليوم الاثنين' in a story that began on Sat 9 Mar 2013 (dw of Mon 11: 'منذ السبت') gives Mon 11 Mar 2013, the Monday after the start (the toll of 36 is between the 16 and the 51 announced that Monday); headline written from the body (the stored text has none)", False, """
ليبيا: 36 قتيلا بخمور مسمومة وإعلان الطوارئ في المستشفيات
أعلن وزير الصحة الليبي نورالدين دغمان اليوم الاثنين أن 36 شخصا لقوا حتفهم جراء تناول خمور تحتوي على مادة سامة.
وأوضح أن 370 شخصا يتلقون العلاج في المستشفيات من أعراض صحية سببها تسممهم بمادة الميتانول التي عُثر عليها في الخمور.
ونبه إلى أن من بين الضحايا فتاتين ومواطنا جزائريا.
وكشف الوزير عن تشكيل خلية أزمة وإعلان حالة الطوارئ في المستشفيات بسبب حالات التسمم هذه، لافتا إلى أن الوزارة اقتنت أجهزة تنفس اصطناعي لتعويض النقص، بينما تشتغل مراكز غسل الكلى بكامل طاقتها وبلا انقطاع لعلاج المصابين.
وذكرت مصادر إعلامية أن التحقيقات بيّنت أن حالات التسمم لم تنحصر في تناول مشروبات كحولية محلية الصنع تُعرف باسم "البوخة"، وإنما شملت أيضا كميات مستوردة من المشروبات الكحولية.
وقالت مصادر صحية في طرابلس إن الميتانول المدسوس في الخمور يسبب الفشل الكلوي وفقدان البصر ونوبات الصرع وقد يفضي إلى الوفاة.
وتتراوح أعمار المصابين بين 19 و50 سنة.
وخلّف خبر التسمم بالكحول صدمة وهلعا في ليبيا، لا سيما أنه جاء بعد ايام عن اعلان ضبط كميات كبيرة من حبوب الهلوسة في مطار طرابلس إثر شحنها من آسيا.
""", [
    ev("daghman-36-toll", "أعلن وزير الصحة الليبي نورالدين دغمان اليوم الاثنين", MON_L, "'اليوم الاثنين' = Mon 11 Mar 2013"),
    ev("crisis-cell", "تشكيل خلية أزمة وإعلان حالة الطوارئ في المستشفيات", MON_L, "no own expression; announced by the minister on the same Monday, Mon 11 Mar 2013"),
    ev("pills-seizure", "اعلان ضبط كميات كبيرة من حبوب الهلوسة في مطار طرابلس", "2013-02-28", "'بعد ايام عن' before the news of the poisoning (Sun 10 Mar 2013) = a few days earlier; my span 28 Feb - 7 Mar 2013 (not checked against another source)", end="2013-03-08"),
])
art(S, "https://maghress.com/attajdid/104955",
    TUE_L, "no date on the stored page (an AFP report in the Moroccan daily Attajdid, copied by maghress); the body's '22 حالة وفاة جديدة ... أمس الاثنين' and 'خمس وفيات أول أمس الاحد' give Tue 12 Mar 2013 (12 Mar 2013 was a Tuesday; the poisonings began on Sat 9 Mar); headline written from the body (the stored text has none)", False, """
ليبيا: حصيلة ضحايا الخمور المغشوشة ترتفع إلى 38 وفاة
سُجلت أمس الاثنين في طرابلس 22 وفاة جديدة جراء شرب الخمور المغشوشة، لترتفع حصيلة ضحايا هذه الخمور إلى 38 وفاة، بينما يعاني 378 شخصا آخرون من التسمم منذ السبت، وفق ما صرح به مسؤول في وزارة الصحة الليبية لوكالة فرانس برس.
وكان قد أُعلن في وقت سابق عن 16 وفاة و310 حالات تسمم، مقابل خمس وفيات أول أمس الاحد، وحذرت وزارة الصحة انذاك من أن الحصيلة مرشحة للارتفاع.
ويُحظر بيع الخمور وشربها في ليبيا، غير أن الخمور المهربة تُباع على نطاق واسع في السوق السوداء.
وقال رئيس الجهاز الصحي في المركز الطبي بطرابلس، يوسف الوافي، الأحد إن «الفحوص الأولية أظهرت أعراض تسمم بعد تناول خمور مغشوشة ممزوجة بمادة الميثانول القادرة على التسبب في فشل كلوي وفقدان البصر ونوبات صرع بل وحتى الوفاة».
وأشار الوافي إلى أن أعمار من تناولوا الخمور المغشوشة تتراوح بين 19 و50 عاما.
وقد تنامى تهريب الكحول والمخدرات بشكل كبير في ليبيا بعد سقوط نظام معمر القذافي في 2011.
""", [
    ev("toll-38", "سُجلت أمس الاثنين في طرابلس 22 وفاة جديدة", MON_L, "'أمس الاثنين' from Tue 12 Mar 2013 = Mon 11 Mar"),
    ev("poisonings-begin", "يعاني 378 شخصا آخرون من التسمم منذ السبت", ONSET_L, "'منذ السبت' = since Sat 9 Mar 2013"),
    ev("toll-16", "أُعلن في وقت سابق عن 16 وفاة و310 حالات تسمم", MON_L, "'في وقت سابق' = earlier on Mon 11 Mar 2013 (the ministry's toll of 16 dead and 310 poisoned was given on the Monday, before the 38 and the 51; L'Expression: 'a annoncé lundi ... seize décès et 310 cas')"),
    ev("first-toll-five", "مقابل خمس وفيات أول أمس الاحد", SUN_L, "'أول أمس الاحد' from Tue 12 Mar 2013 = Sun 10 Mar"),
    ev("wafi-statement", "وقال رئيس الجهاز الصحي في المركز الطبي بطرابلس، يوسف الوافي، الأحد", SUN_L, "'الأحد' = Sun 10 Mar 2013"),
    ev("gaddafi-fall", "بعد سقوط نظام معمر القذافي في 2011", "2011-01-01", "'في 2011' = the year 2011 only", end="2012-01-01"),
])
art(S, "https://autodiscover.emiratesvoice.com/337/2013-03-12-20-25-18",
    TUE_L, "no date line in the stored text (only 'آخر تحديث GMT 00:19:55'); the body's 'حتى عصر اليوم الثلاثاء' and 'منذ بداية يوم الثلاثاء وحتى عصره' in a story that began on Sat 9 Mar 2013 give Tue 12 Mar 2013, which the time stamp in the address (2013-03-12-20-25-18) confirms; a Morocco Today (المغرب اليوم) report carried on the site; the repeated site labels dropped; headline kept from the page; the last, truncated quotation of Khalid Werith dropped", False, """
551 مصابًا بكارثة التسمم الكحولي في ليبيا وصمت حكومي
طرابلس ـ وكالات
صعد عدد المصابين في حادث التسمم الكحولي بمدينة طرابلس الليبية إلى 551 حالة حتى عصر اليوم الثلاثاء، في حين وصلت الوفيات إلى 51 حالة قضى أغلبها بسبب الفشل الكلوي، وفق ما صرح به مدير المكتب الإعلامي بوزارة الصحة عامر محمد عامر.
وبحسب وكالة الأناضول للأنباء، بيّن عامر أن الحادث الذي وقع ليل الجمعة -السبت خلّف كذلك تسع حالات فقدان للبصر، موضحا أن المستشفيات الحكومية والخاصة ظلت تستقبل المصابين حتى صباح الثلاثاء.
من ناحيته، صرح خالد وريث، مدير مركز طرابلس الطبي (الحكومي)، لمراسل الأناضول بأن "وتيرة استقبال الحالات تراجعت منذ صباح اليوم، إذ لم تستقبل المستشفيات منذ بداية يوم الثلاثاء وحتى عصره سوى حالة واحدة".
وأفاد وريث بأن أغلب المصابين الذين وصلوا إلى المركز كانوا في وضع متأخر لم ينفع معه التدخل الطبي، مضيفا أن تسعة من المصابين، إلى جانب الوفيات المسجلة، في حالة موت سريري لن يفيد معها أي تدخل طبي.
""", [
    ev("toll-551", "صعد عدد المصابين في حادث التسمم الكحولي بمدينة طرابلس الليبية إلى 551 حالة", TUE_L, "'حتى عصر اليوم الثلاثاء' = Tue 12 Mar 2013"),
    ev("toll-51", "في حين وصلت الوفيات إلى 51 حالة", MON_L, "no own expression; the toll of 51 dead was reached and announced on Mon 11 Mar 2013 (dw, dated that day: 'أعلنتها وزارة الصحة الليبية الاثنين') and was still the count at this report of Tue 12"),
    ev("poisonings-begin", "الحادث الذي وقع ليل الجمعة -السبت", ONSET_L, "'ليل الجمعة -السبت' = the night of Fri 8 - Sat 9 Mar 2013; dated Sat 9 Mar as in the other reports ('منذ السبت')"),
    ev("nine-blind", "تسع حالات فقدان للبصر", ONSET_L, "no own expression; the cases of blindness between the start of the poisonings (Sat 9 Mar 2013) and the report of Tue 12 Mar (my span)", end="2013-03-13"),
    ev("hospital-admissions", "ظلت تستقبل المصابين حتى صباح الثلاثاء", ONSET_L, "from the start (Sat 9 Mar 2013) 'حتى صباح الثلاثاء' = until the morning of Tue 12 Mar (span Sat 9 - Tue 12)", end="2013-03-13"),
    ev("admissions-slow", "لم تستقبل المستشفيات منذ بداية يوم الثلاثاء وحتى عصره سوى حالة واحدة", TUE_L, "'منذ بداية يوم الثلاثاء وحتى عصره' = Tue 12 Mar 2013"),
])

# ---------------------------------------------------------------- iran-schoolgirl-poisonings-khamenei-arrests-2023
S = "iran-schoolgirl-poisonings-khamenei-arrests-2023"
KHAMENEI = "2023-03-06"    # Mon 6 Mar 2023: Khamenei ('يوم الشجرة' ceremony) calls the poisonings an unforgivable crime
ARRESTS1 = "2023-03-07"    # Tue 7 Mar 2023: the interior ministry announces the first arrests (five provinces)
ARRESTS100 = "2023-03-11"  # Sat 11 Mar 2023: the ministry announces about 100 arrests in 11 provinces
WAVE = ("2022-11-01", "2023-03-07")   # the wave since November 2022 (month only), up to the reports
QOM = ("2022-11-01", "2022-12-01")    # the first poisonings in Qom, November 2022 (month only)
art(S, "https://daeiea.com/%D9%87%D8%B0%D8%A7-%D9%85%D8%A7-%D9%82%D8%A7%D9%84%D9%87-%D8%AE%D8%A7%D9%85%D9%86%D8%A6%D9%8A-%D8%A8%D8%B4%D8%A3%D9%86-%D8%AA%D8%B3%D9%85%D9%8A%D9%85-%D8%A7%D9%84%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D8%AA/",
    KHAMENEI, "no date on the stored page; the body's 'وصف المرشد الإيراني علي خامنئي اليوم الإثنين' for Khamenei's words at the Tree Day ceremony, which were spoken on Mon 6 Mar 2023 (marsalqatar, dated 07/03/2023: 'أمس الاثنين'), gives Mon 6 Mar 2023; the section tags, the sub-headings and the 'اقرأ أيضاً' link dropped; headline kept from the page; the last, truncated sentence shortened to its first clause (the attacks began in Qom), with the source's slip 'نوفمبر (شباط)' kept", False, """
هذا ما قاله خامنئي بشأن تسميم الطالبات في إيران!
اعتبر المرشد الإيراني علي خامنئي اليوم الإثنين أن تسميم تلميذات إيرانيات خلال الشهور القليلة الماضية "جريمة لا تغتفر".
ونقلت وسائل إعلام رسمية عن خامنئي قوله الإثنين إن "على السلطات أن تلاحق قضية تسميم التلميذات بجدية، فهذه جريمة لا تغتفر، ويجب إنزال عقاب قاس بمرتكبيها".
ويأتي هذا الموقف في ظل تكاثر وقائع يُشتبه في أنها ناتجة عن "تسميم متعمد بفعل فاعل" في مناطق مختلفة من البلاد، نُقلت على إثرها مئات الفتيات إلى المستشفيات.
وأصيبت أكثر من ألف فتاة إيرانية في مدارس عدة بنوبات "تسمم خفيف" منذ نوفمبر (تشرين الثاني) الماضي، بحسب وسائل إعلام رسمية ومسؤولين.
وقال خامنئي على هامش مراسم "يوم الشجرة"، وفق ما نقلته عنه الوكالة: "إنها جريمة كبيرة لا تغتفر، وإذا ثبت تسميم الطلاب فيجب معاقبة مرتكبيها بشدة، ولن يُعفى عن هؤلاء الناس".
وتابع أن "على المسؤولين متابعة قضية تسمم الطالبات بجدية".
ولمّح بعض السياسيين إلى أن جماعات دينية ترفض تعليم الفتيات قد تكون وراء استهداف التلميذات.
وكانت الهجمات قد بدأت في نوفمبر (شباط) بمدينة قم وسط إيران.
""", [
    ev("khamenei-statement", "اعتبر المرشد الإيراني علي خامنئي اليوم الإثنين", KHAMENEI, "'اليوم الإثنين' = Mon 6 Mar 2023"),
    ev("poisoning-wave", "وأصيبت أكثر من ألف فتاة إيرانية في مدارس عدة", WAVE[0], "'منذ نوفمبر (تشرين الثاني) الماضي' from Mar 2023 = since November 2022 (month only), up to the report (my span Nov 2022 - 6 Mar 2023)", end=WAVE[1]),
    ev("qom-first-poisonings", "وكانت الهجمات قد بدأت في نوفمبر (شباط) بمدينة قم", QOM[0], "'في نوفمبر (شباط)' = November 2022 (the month only; the source's '(شباط)' is a slip for 'تشرين الثاني')", end=QOM[1]),
])
art(S, "https://marsalqatar.qa/post/28647/خامنئي-حادثة-تعرض-الطالبات-للت",
    ARRESTS1, "the page's date line '07/03/2023 الساعة 09:09 (بتوقيت الدوحة)' = Tue 7 Mar 2023 (not kept in the text: it is under the headline, not in the body); the body's 'أمس الاثنين' for Khamenei's words agrees; the reading-mode buttons dropped; headline kept from the page; the last, truncated quotation of Karine Jean-Pierre dropped", True, """
خامنئي: حادثة تعرض الطالبات للتسمم جريمة "لا تغتفر" وتستحق الإعدام
اعتبر المرشد الأعلى الإيراني علي خامنئي، أمس الاثنين، أن تعرض تلميذات إيرانيات للتسمم خلال الشهور القليلة الماضية جريمة "لا تغتفر" ينبغي أن يكون جزاؤها الإعدام إن ثبت أنها متعمدة، في ظل غضب شعبي من موجة يُشتبه في أنها ناجمة عن هجمات استهدفت المدارس.
وتعرضت أكثر من ألف فتاة إيرانية في مدارس عدة للتسمم منذ نوفمبر الماضي، حسب وسائل إعلام رسمية ومسؤولين، فيما ألمح بعض الساسة إلى أن جماعات دينية مناهضة لتعليم الفتيات ربما تكون قد استهدفت التلميذات.
ونقل التلفزيون الرسمي عن خامنئي قوله "يتعين على السلطات تتبع قضية تسميم التلميذات بجدية.. وإن ثبت أنها متعمدة.. فيجب أن يعاقب مرتكبو هذه الجريمة -التي لا تغتفر- بالإعدام".
وانتشرت حوادث التسمم، التي انطلقت في نوفمبر الماضي بمدينة قم وسط إيران، إلى 25 من أصل 31 إقليما إيرانيا، ما دفع بعض الأهالي إلى الامتناع عن إرسال بناتهم إلى المدارس وإلى تنظيم احتجاجات.
وفي واشنطن، اعتبرت المتحدثة باسم البيت الأبيض كارين جان-بيير أن تسميم الفتيات أمر مخز.
""", [
    ev("khamenei-statement", "اعتبر المرشد الأعلى الإيراني علي خامنئي، أمس الاثنين", KHAMENEI, "'أمس الاثنين' from Tue 7 Mar 2023 = Mon 6 Mar"),
    ev("poisoning-wave", "وتعرضت أكثر من ألف فتاة إيرانية في مدارس عدة للتسمم منذ نوفمبر الماضي", WAVE[0], "'منذ نوفمبر الماضي' from Mar 2023 = since November 2022 (month only), up to the report (my span Nov 2022 - 6 Mar 2023)", end=WAVE[1]),
    ev("qom-first-poisonings", "التي انطلقت في نوفمبر الماضي بمدينة قم وسط إيران", QOM[0], "'في نوفمبر الماضي' from Mar 2023 = November 2022 (the month only)", end=QOM[1]),
    ev("white-house-comment", "اعتبرت المتحدثة باسم البيت الأبيض كارين جان-بيير", KHAMENEI, "no own expression; her daily press briefing in Washington on Mon 6 Mar 2023, the day of Khamenei's words (the Reuters report of that day carried in this one)"),
])
art(S, "https://kalimaiq.org/news/details/19953",
    ARRESTS1, "the page's date line '2023 / 03 / 07' = Tue 7 Mar 2023 (not kept in the text: it is under the headline, not in the body); the body's 'أعلنت وزارة الداخلية الإيرانية، اليوم الثلاثاء' agrees (7 Mar 2023 was a Tuesday); the site's current-date header ('الخميس 22 رَجب 1446هـ 23 يناير 2025', the crawl) and the comment counter dropped; headline kept from the page", True, """
إيران تعلن توقيف متورطين بحالات "التسميم" لمئات من التلاميذ
بغداد - كلمة الإخباري: كشفت وزارة الداخلية الإيرانية، اليوم الثلاثاء، عن أولى حالات التوقيف ذات الصلة بعمليات التسميم التي تستهدف مئات التلميذات منذ ثلاثة أشهر.
وصرح نائب وزير الداخلية ماجد مير أحمدي للتلفزيون الرسمي بأن "عددا من الأشخاص أوقفوا في خمس محافظات، والأجهزة تمضي في تحقيقاتها".
وكان المرشد الإيراني علي خامنئي قد وصف في وقت سابق تسميم تلميذات إيرانيات خلال الشهور القليلة الماضية بأنه "جريمة لا تغتفر".
وتأتي هذه الأخبار في ظل تزايد وقائع يُشتبه في أنها ناتجة عن "تسميم بفعل فاعل" في مناطق متفرقة من البلاد، نُقلت بسببها مئات الفتيات إلى المستشفى.
""", [
    ev("first-arrests", "كشفت وزارة الداخلية الإيرانية، اليوم الثلاثاء، عن أولى حالات التوقيف", ARRESTS1, "'اليوم الثلاثاء' = Tue 7 Mar 2023"),
    ev("poisoning-wave", "التي تستهدف مئات التلميذات منذ ثلاثة أشهر", WAVE[0], "'منذ ثلاثة أشهر' from Tue 7 Mar 2023 = since about early December 2022; the wave since November 2022 (my span Nov 2022 - 6 Mar 2023)", end=WAVE[1]),
    ev("khamenei-statement", "قد وصف في وقت سابق تسميم تلميذات إيرانيات", KHAMENEI, "'في وقت سابق' = the day before, Mon 6 Mar 2023 (marsalqatar: 'أمس الاثنين')"),
])
art(S, "https://sonarlb.com/archives/9730",
    "2023-03-12", "no date on the stored page; the body's 'أفادت وزارة الداخلية الإيرانية، أمس السبت' for the statement on about 100 arrests, issued on Sat 11 Mar 2023 (goud.ma of that day: 'اليوم في العشية'), gives Sun 12 Mar 2023 (11 Mar 2023 was a Saturday); the site's slogan line dropped; headline kept from the page; no date of its own in the text besides 'أمس السبت'", False, """
الداخلية الإيرانية: اعتقال 100 شخص على خلفية قضية تسمم الطالبات
أعلنت وزارة الداخلية الإيرانية، أمس السبت، توقيف قرابة 100 شخص في 11 محافظة من بينها العاصمة طهران، في إطار قضية حالات التسمم التي شهدتها مدارس عدة.
وأوضحت الوزارة في بيان أن من بين الموقوفين أشخاصا تحركهم دوافع سياسية ومعادية للنظام، ويسعون إلى إحداث شرخ بين المجتمع الإيراني ونظامه.
وشددت الوزارة على أن التحقيقات مع هؤلاء المجرمين متواصلة، خصوصا لكشف صلاتهم المحتملة بمنظمة "خلق" الإرهابية.
""", [
    ev("hundred-arrests", "توقيف قرابة 100 شخص في 11 محافظة", ARRESTS100, "'أمس السبت' from Sun 12 Mar 2023 = Sat 11 Mar"),
    ev("poisoning-wave", "قضية حالات التسمم التي شهدتها مدارس عدة", WAVE[0], "no own expression; the wave since November 2022 (my span Nov 2022 - 6 Mar 2023, as in the other articles)", end=WAVE[1]),
    ev("ministry-statement", "وأوضحت الوزارة في بيان", ARRESTS100, "no own expression; the statement of Sat 11 Mar 2023 ('أمس السبت')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 534
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
