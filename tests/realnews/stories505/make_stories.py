"""Builds stories.jsonl: the 505-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: financial fraud and financial crime (Ponzi schemes, bank
fraud, fake investment platforms, money laundering: arrests, trials, victims' complaints).
Story: the money-laundering network uncovered after the search of a "Master" van in Mostaganem, nine suspects
(four public servants, five businessmen) put in pre-trial detention by the national economic and financial
judicial pole in Algiers (Algeria, August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-mostaganem-money-laundering-network-2025
S = "algeria-mostaganem-money-laundering-network-2025"
TIP = "2025-08-12"                 # information reached the Mostaganem police on Tue 12 Aug 2025
PROBE = (TIP, "2025-08-26")        # van search, preliminary inquiry by the Oran organised-crime service, seizures: 12 - 25 Aug
DAY = "2025-08-26"                 # Tue 26 Aug 2025: suspects presented, detention orders, the statements
art(S, "https://www.echoroukonline.com/%D8%AA%D9%88%D9%82%D9%8A%D9%81-5-%D9%85%D8%AA%D8%B9%D8%A7%D9%85%D9%84%D9%8A%D9%86-%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF%D9%8A%D9%8A%D9%86-%D9%884-%D9%85%D9%88%D8%B8%D9%81%D9%8A%D9%86-%D8%B9%D9%85%D9%88",
    DAY, "date line of the stored page: 2025-08-26 (Tue 26 Aug 2025), which agrees with the body's 'يوم الثلاثاء' for the detention orders and alsahafi's 'أمس الثلاثاء' of Wed 27 Aug; the sub-heading kept as the headline (the stored text has no other); the list of seized sums is cut after the Saudi riyals in the stored excerpt, so the rest is dropped", True, """
توقيف 5 متعاملين اقتصاديين و4 موظفين عموميين بعد ضبط أموال من 6 عملات داخل حقائب وأكياس
أمر قاضي التحقيق لدى القطب الجزائي الوطني الاقتصادي والمالي يوم الثلاثاء بإيداع 5 متعاملين اقتصاديين و4 موظفين عموميين الحبس المؤقت، بعد اتهامهم بالانتماء إلى جماعة إجرامية منظمة تنشط في تبييض الأموال.
وبحسب بيان لنيابة الجمهورية لدى القطب الجزائي الوطني الاقتصادي والمالي، فإن بداية القضية تعود إلى معلومات بلغت مصالح أمن ولاية مستغانم بتاريخ 12 أوت الجاري، تفيد بوجود أغراض مشبوهة داخل مركبة من نوع "ماستر".
وبعد تفتيش المركبة اتضح أنها تحمل حقائب وأكياسا وطرودا مليئة بمبالغ مالية كبيرة بالعملة الوطنية وبعملات أجنبية.
وعلى إثر ذلك فتحت المصلحة الجهوية لمكافحة الجريمة المنظمة بالغرب في وهران تحقيقا ابتدائيا تحت إشراف نيابة الجمهورية لدى القطب، بعد أن تخلت لها النيابة المختصة عن الملف.
وأسفر التحقيق عن كشف جماعة إجرامية منظمة لتبييض الأموال وحجز 14 مركبة سياحية ومبالغ معتبرة، منها نحو 124 مليار سنتيم بالعملة الوطنية و1.084.775 أورو و94.400 دولار أمريكي و4.300 ريال سعودي.
""", [
    ev("detention-orders", "أمر قاضي التحقيق لدى القطب الجزائي الوطني الاقتصادي والمالي يوم الثلاثاء", DAY, "'يوم الثلاثاء' in an article dated Tue 26 Aug 2025 = that day"),
    ev("prosecution-statement", "وبحسب بيان لنيابة الجمهورية", DAY, "no own expression; the statement of the prosecution of the pole issued on Tue 26 Aug 2025 (elmawkie 'هذا الثلاثاء', alsahafi 'أمس الثلاثاء')"),
    ev("tip-mostaganem", "معلومات بلغت مصالح أمن ولاية مستغانم بتاريخ 12 أوت الجاري", TIP, "'12 أوت الجاري' in August 2025 = Tue 12 Aug 2025"),
    ev("van-search", "وبعد تفتيش المركبة اتضح أنها تحمل حقائب", PROBE[0], "no own expression; after the tip of 12 Aug and before the detention orders of 26 Aug 2025 (my span 12 - 25 Aug)", end=PROBE[1]),
    ev("preliminary-inquiry", "فتحت المصلحة الجهوية لمكافحة الجريمة المنظمة بالغرب في وهران تحقيقا ابتدائيا", PROBE[0], "no own expression; between the van search (from 12 Aug) and the presentation of Tue 26 Aug 2025 (my span 12 - 25 Aug)", end=PROBE[1]),
    ev("seizures", "وحجز 14 مركبة سياحية ومبالغ معتبرة", PROBE[0], "no own expression; during the inquiry, 12 - 25 Aug 2025 (my span)", end=PROBE[1]),
])
art(S, "https://alsahafi.dz/2025/08/27/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%a5%d9%8a%d8%af%d8%a7%d8%b9-9-%d9%85%d8%aa%d9%87%d9%85%d9%8a%d9%86-%d8%a7%d9%84%d8%ad%d8%a8%d8%b3-%d8%a7%d9%84%d9%85%d8%a4%d9%82%d8%aa-%d9%81%d9%8a/?amp=1",
    "2025-08-27", "the page's address carries the date 2025/08/27, and the body's 'أمس الثلاثاء' for the detention orders of Tue 26 Aug 2025 gives Wed 27 Aug 2025; headline rendered from the URL slug; the initials of the suspects shortened to their count; the stored excerpt ends at 'وبعد تقديم الموقوفين اليوم أمام نيابة الجمهورية', kept as a full clause", True, """
الجزائر: إيداع 9 متهمين الحبس المؤقت في قضية تبييض أموال
أصدر قاضي التحقيق لدى القطب الجزائي الوطني الاقتصادي والمالي في الجزائر، أمس الثلاثاء، أمرا بوضع تسعة (9) أشخاص رهن الحبس المؤقت، إثر متابعتهم في قضايا تبييض أموال ضمن جماعة إجرامية منظمة استغلت التسهيلات التي تتيحها أنشطة مهنية، إلى جانب تهم أخرى منها إساءة استغلال الوظيفة، وفق بيان لنيابة الجمهورية.
وانطلقت القضية بعد معلومات وردت إلى مصالح أمن ولاية مستغانم بتاريخ 12 أوت الجاري، مفادها أن مركبة من نوع "ماستر" تحمل أغراضا مشبوهة، وعند تفتيشها عثر بداخلها على حقائب وأكياس فيها مبالغ مالية ضخمة.
وبعد أن باشرت المصلحة الجهوية لمكافحة الجريمة المنظمة بالغرب (وهران) التحقيق بإشراف نيابة الجمهورية لدى القطب الاقتصادي والمالي، كُشفت شبكة منظمة لتبييض الأموال، وحُجزت 1.239.841.500 دج (حوالي 124 مليار سنتيم) و1.084.775 يورو و94.400 دولار أمريكي و4300 ريال سعودي و500 درهم إماراتي و200 فرنك سويسري، فضلا عن 14 مركبة سياحية.
وأفضت التحقيقات إلى توقيف أربعة موظفين عموميين وخمسة متعاملين اقتصاديين، في حين لا يزال شخصان في حالة فرار.
وقد قُدّم الموقوفون اليوم أمام نيابة الجمهورية.
""", [
    ev("detention-orders", "أمس الثلاثاء، أمرا بوضع تسعة (9) أشخاص رهن الحبس المؤقت", DAY, "'أمس الثلاثاء' in an article of Wed 27 Aug 2025 = Tue 26 Aug"),
    ev("tip-mostaganem", "معلومات وردت إلى مصالح أمن ولاية مستغانم بتاريخ 12 أوت الجاري", TIP, "'12 أوت الجاري' in August 2025 = Tue 12 Aug 2025"),
    ev("van-search", "وعند تفتيشها عثر بداخلها على حقائب وأكياس", PROBE[0], "no own expression; after the tip of 12 Aug, before 26 Aug 2025 (my span 12 - 25 Aug)", end=PROBE[1]),
    ev("seizures", "وحُجزت 1.239.841.500 دج", PROBE[0], "no own expression; during the inquiry, 12 - 25 Aug 2025 (my span)", end=PROBE[1]),
    ev("suspects-arrested", "توقيف أربعة موظفين عموميين وخمسة متعاملين اقتصاديين", PROBE[0], "no own expression; during the inquiry, before their presentation of Tue 26 Aug 2025 (my span 12 - 25 Aug)", end=PROBE[1]),
    ev("suspects-presented", "وقد قُدّم الموقوفون اليوم أمام نيابة الجمهورية", DAY, "'اليوم' is the day of the statement quoted, Tue 26 Aug 2025 (algeriapressonline: 'تم تقديمهم اليوم' in a report of 'اليوم الثلاثاء'), not the article's day"),
])
art(S, "https://elmawkie.dz/%D8%AA%D9%81%D9%83%D9%8A%D9%83-%D8%B4%D8%A8%D9%83%D8%A9-%D9%84%D8%AA%D8%A8%D9%8A%D9%8A%D8%B6-%D8%A7%D9%84%D8%A3%D9%85%D9%88%D8%A7%D9%84-%D9%88%D8%AD%D8%AC%D8%B2-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-1",
    DAY, "no date on the stored page; the body's 'هذا الثلاثاء' for the Algiers court's statement, issued on Tue 26 Aug 2025 (echorouk dated 2025-08-26; alsahafi of Wed 27: 'أمس الثلاثاء'), gives Tue 26 Aug 2025 (26 Aug 2025 was a Tuesday); the section tag 'مجتمع' dropped; headline kept from the page; the stored excerpt is cut inside the list of sums, so the list ends at the dirhams", False, """
تفكيك شبكة لتبييض الأموال وحجز أكثر من 124 مليار سنتيم ومليون أورو
أعلن مجلس قضاء الجزائر، هذا الثلاثاء، تفاصيل تفكيك شبكة إجرامية منظمة تعمل في تبييض الأموال، وقد انتهت العملية بحجز مبالغ ضخمة بالعملة الوطنية وبالعملة الصعبة، وبعدد من المركبات السياحية.
وبيّن المجلس في بيانه أن القضية ترجع إلى 12 أوت 2025، حين تلقت مصالح أمن ولاية مستغانم معلومات دقيقة عن أغراض مشبوهة داخل مركبة من نوع ماستر، وبعد تفتيشها وُجدت فيها حقائب وأكياس وطرود تضم مبالغ معتبرة.
وإثر ذلك شرعت المصلحة الجهوية لمكافحة الجريمة المنظمة بالغرب بوهران، التابعة للمديرية العامة للأمن الوطني، في تحقيق ابتدائي تحت إشراف نيابة الجمهورية لدى القطب الجزائي الوطني الاقتصادي والمالي، بعد أن تخلت عنه النيابة المختصة محليا.
وقادت التحريات إلى كشف شبكة إجرامية تضم أربعة موظفين عموميين وخمسة متعاملين اقتصاديين، بينما لا يزال اثنان من أعضائها فارّين.
وحسب بيان مجلس القضاء، تجاوزت قيمة المحجوزات مليارا ومئتين وتسعة وثلاثين مليون دينار جزائري، أي ما يقارب 124 مليار سنتيم، إلى جانب أكثر من مليون أورو وقرابة 94 ألف دولار أمريكي و4300 ريال سعودي و500 درهم إماراتي.
""", [
    ev("prosecution-statement", "أعلن مجلس قضاء الجزائر، هذا الثلاثاء", DAY, "'هذا الثلاثاء' = Tue 26 Aug 2025"),
    ev("tip-mostaganem", "حين تلقت مصالح أمن ولاية مستغانم معلومات دقيقة", TIP, "'12 أوت 2025' = Tue 12 Aug 2025"),
    ev("van-search", "وبعد تفتيشها وُجدت فيها حقائب وأكياس وطرود", PROBE[0], "no own expression; after the tip of 12 Aug, before 26 Aug 2025 (my span 12 - 25 Aug)", end=PROBE[1]),
    ev("preliminary-inquiry", "في تحقيق ابتدائي تحت إشراف نيابة الجمهورية", PROBE[0], "no own expression; between the van search and the presentation of Tue 26 Aug 2025 (my span 12 - 25 Aug)", end=PROBE[1]),
    ev("seizures", "تجاوزت قيمة المحجوزات مليارا ومئتين وتسعة وثلاثين مليون دينار", PROBE[0], "no own expression; during the inquiry, 12 - 25 Aug 2025 (my span)", end=PROBE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 505)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
