"""Builds stories.jsonl: the 602-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: national days and independence anniversaries:
celebrations, parades, holidays declared, events held (Gulf, Maghreb, Levant).
Stories: the 76th Independence Day of Jordan (the holiday decree of Fri 20 May 2022 and the national
ceremony at al-Husseiniya palace on Wed 25 May 2022), and the 55th independence anniversary of Mauritania
with the first military parade held outside Nouakchott, at Nouadhibou (Sat 28 Nov 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-independence-76-holiday-ceremony-2022
S = "jordan-independence-76-holiday-ceremony-2022"
DECREE = "2022-05-20"        # the prime minister's holiday decree, Fri 20 May 2022
INDEP = "2022-05-25"         # Independence Day, Wed 25 May 2022 (early close at 2 pm, festivities from 5 pm, the ceremony)
HOLIDAY = "2022-05-26"       # the public holiday, Thu 26 May 2022
art(S, "https://www.arabiaweather.com/content/الخميس-عطلة-رسمية-في-الاردن-احتفاء-بعيد-الاستقلال-الـ76",
    "2022-05-20", "time stamp on the page '2022-05-20 2022-05-20T15:30:24Z' (Fri 20 May 2022); the by-line, the 'طقس العرب -' tag and the related-news links dropped; headline kept from the page", True, """
الخميس المُقبل عطلة رسمية في الاردن احتفاء بعيد الاستقلال الـ76
احتفالاً بعيد الاستقلال السادس والسبعين للمملكة الأردنية الهاشمية، الذي يقع يوم الأربعاء المقبل الموافق للخامس والعشرين من أيَّار، أصدر رئيس الوزراء الدكتور بشر الخصاونة بلاغاً رسمياً يقضي بأن تعطّل جميع الوزارات والدوائر الرسمية والمؤسسات والهيئات العامة والجامعات الرسمية والبلديات ومجالس الخدمات المشتركة وأمانة عمّان الكبرى والشركات المملوكة للحكومة أعمالها يوم الخميس، الموافق للسادس والعشرين من أيَّار.
ونصّ البلاغ كذلك على أن يُختتم دوام يوم الأربعاء الموافق للخامس والعشرين من شهر أيَّار في تمام الساعة الثانية ظهراً، كي يتمكن المواطنون من حضور احتفالات المملكة بهذه المناسبة العزيزة في مختلف المحافظات، والتي تنطلق في تمام الساعة الخامسة مساءً.
""", [
    ev("pm-holiday-decree", "أصدر رئيس الوزراء الدكتور بشر الخصاونة بلاغاً رسمياً", DECREE, "no own expression; the decree was issued on Fri 20 May 2022 (jornews: 'اليوم الجمعة'; the page's time stamp is of that day)"),
    ev("independence-day-76", "الذي يقع يوم الأربعاء المقبل الموافق للخامس والعشرين من أيَّار", INDEP, "'يوم الأربعاء المقبل الموافق للخامس والعشرين من أيَّار' from Fri 20 May 2022 = Wed 25 May 2022"),
    ev("thursday-holiday", "أعمالها يوم الخميس، الموافق للسادس والعشرين من أيَّار", HOLIDAY, "'يوم الخميس، الموافق للسادس والعشرين من أيَّار' = Thu 26 May 2022"),
    ev("wednesday-early-close", "أن يُختتم دوام يوم الأربعاء الموافق للخامس والعشرين من شهر أيَّار", INDEP, "'يوم الأربعاء الموافق للخامس والعشرين من شهر أيَّار' = Wed 25 May 2022 (at 2 pm)"),
    ev("celebrations-start", "والتي تنطلق في تمام الساعة الخامسة مساءً", INDEP, "no date of its own; the festivities of Independence Day, from 5 pm on Wed 25 May 2022"),
])
art(S, "https://jornews.com/post/1985",
    "2022-05-20", "no date line on the stored page; the body's 'البلاغ الرسمي الصادر عن رئيس الوزراء ... اليوم الجمعة' for the decree, which arabiaweather (time stamp 2022-05-20) reports the same day, gives Fri 20 May 2022 (20 May 2022 was a Friday); headline kept from the page", False, """
عطلة رسمية الخميس
قررت الحكومة أن تعطّل جميع الوزارات والدوائر الرسمية والمؤسسات والهيئات العامة والجامعات الرسمية والبلديات ومجالس الخدمات المشتركة وأمانة عمّان الكبرى والشركات المملوكة للحكومة أعمالها يوم الخميس الموافق للسادس والعشرين من أيَّار (مايو) الحالي.
ويأتي هذا القرار احتفاءً بعيد الاستقلال السادس والسبعين للمملكة الأردنية الهاشمية، الذي يحل يوم الأربعاء المقبل الموافق للخامس والعشرين من أيَّار، وفق البلاغ الرسمي الذي أصدره رئيس الوزراء الدكتور بشر الخصاونة، اليوم الجمعة.
ونصّ البلاغ أيضاً على أن ينتهي دوام يوم الأربعاء الموافق للخامس والعشرين من شهر أيَّار في تمام الساعة الثانية ظهراً، لإفساح المجال أمام المواطنين للمشاركة في احتفالات المملكة بهذه المناسبة العزيزة في مختلف المحافظات، والتي ستبدأ في تمام الساعة الخامسة مساءً.
واستثنى البلاغ الوزارات والدوائر الرسمية والمؤسسات التي تتطلب طبيعة عملها غير ذلك.
""", [
    ev("thursday-holiday", "أعمالها يوم الخميس الموافق للسادس والعشرين من أيَّار (مايو) الحالي", HOLIDAY, "'يوم الخميس الموافق للسادس والعشرين من أيَّار (مايو) الحالي' = Thu 26 May 2022"),
    ev("independence-day-76", "الذي يحل يوم الأربعاء المقبل الموافق للخامس والعشرين من أيَّار", INDEP, "'يوم الأربعاء المقبل الموافق للخامس والعشرين من أيَّار' from Fri 20 May 2022 = Wed 25 May 2022"),
    ev("pm-holiday-decree", "البلاغ الرسمي الذي أصدره رئيس الوزراء الدكتور بشر الخصاونة، اليوم الجمعة", DECREE, "'اليوم الجمعة' = Fri 20 May 2022"),
    ev("wednesday-early-close", "أن ينتهي دوام يوم الأربعاء الموافق للخامس والعشرين من شهر أيَّار", INDEP, "'يوم الأربعاء الموافق للخامس والعشرين من شهر أيَّار' = Wed 25 May 2022 (at 2 pm)"),
    ev("celebrations-start", "والتي ستبدأ في تمام الساعة الخامسة مساءً", INDEP, "no date of its own; the Independence Day festivities, from 5 pm on Wed 25 May 2022"),
])
art(S, "https://www.hala.jo/2022/05/25/%d8%a7%d9%84%d9%85%d9%84%d9%83-%d9%8a%d8%b1%d8%b9%d9%89-%d9%85%d8%b1%d8%a7%d8%b3%d9%85-%d8%a7%d9%84%d8%a7%d8%ad%d8%aa%d9%81%d8%a7%d9%84-%d8%a8%d8%b9%d9%8a%d8%af-%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d9%82/",
    "2022-05-25", "the page address is stamped 2022/05/25 and the body says 'اليوم الأربعاء' (25 May 2022 was a Wednesday); the 'هلا أخبار –' tag dropped; the stored excerpt ends mid-sentence in the list of guests, which is dropped; headline kept from the page", True, """
الملك يرعى مراسم الاحتفال بعيد الاستقلال
رعى جلالة الملك عبدالله الثاني، اليوم الأربعاء، في باحة قصر الحسينية، الاحتفال الوطني بمناسبة عيد استقلال المملكة السادس والسبعين، بحضور جلالة الملكة رانيا العبدالله وسمو الأمير الحسين بن عبدالله الثاني، ولي العهد.
ومنح جلالة الملك خلال الاحتفال أوسمة ملكية لكوكبة من أبناء الأردن وبناته من قطاعات مختلفة، ولوزارة الخارجية وشؤون المغتربين ومديرية الخدمات الطبية الملكية، تقديراً لدورهم الكبير وتفانيهم في خدمة الوطن والمواطنين وإسهامهم في تحقيق الإنجازات.
وعند وصول جلالته إلى موقع الاحتفال محاطاً بالموكب الأحمر المخصص للمناسبات الرسمية والاحتفالات الوطنية، أطلقت المدفعية إحدى وعشرين طلقة، واستعرض جلالته حرس الشرف الذي اصطف لتحيته، بينما عزفت الموسيقى السلام الملكي.
وتابع جلالته والحضور فقرات تعبّر عن مكانة مناسبة الاستقلال في وجدان الأردنيين وعن مسيرة تقدم دولتهم التي رسمها القادة الهاشميون وتراكم فيها البناء والإنجاز.
وجسّدت تلك الفقرات، التي قدمها شبان وشابات، روح العزيمة والتطلع إلى مستقبل الأردن الجديد الذي سيكون ملكاً للأجيال الشابة.
""", [
    ev("national-ceremony", "رعى جلالة الملك عبدالله الثاني، اليوم الأربعاء", INDEP, "'اليوم الأربعاء' = Wed 25 May 2022"),
    ev("independence-day-76", "بمناسبة عيد استقلال المملكة السادس والسبعين", INDEP, "no date of its own; the 76th Independence Day, Wed 25 May 2022"),
    ev("royal-medals", "ومنح جلالة الملك خلال الاحتفال أوسمة ملكية", INDEP, "no date of its own; during the ceremony of Wed 25 May 2022"),
    ev("gun-salute", "أطلقت المدفعية إحدى وعشرين طلقة", INDEP, "no date of its own; on the King's arrival at the ceremony, Wed 25 May 2022"),
])

# ---------------------------------------------------------------- mauritania-independence-55-nouadhibou-parade-2015
S = "mauritania-independence-55-nouadhibou-parade-2015"
PARADE = "2015-11-28"        # the military parade at Nouadhibou, Sat 28 Nov 2015 (the 55th anniversary)
SPEECH = "2015-11-27"        # the president's address to the nation on the eve, Fri 27 Nov 2015
ATTACKS = ("2015-11-13", "2015-11-25")   # Paris (13 Nov), Bamako (20 Nov) and Tunis (24 Nov) 2015
art(S, "https://www.saharamedias.net/%D9%85%D9%88%D8%B1%D9%8A%D8%AA%D8%A7%D9%86%D9%8A%D8%A7-%D8%B9%D8%B1%D8%B6-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A-%D8%B1%D8%BA%D9%85-%D8%A7%D9%84%D8%AA%D8%AD%D8%AF%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D9%85/",
    "2015-11-28", "no date line on the stored page; the body's 'صباح اليوم السبت' for the parade of the 55th independence anniversary (28 Nov 2015, a Saturday; noonpresse of Sun 29: 'أمس السبت') gives Sat 28 Nov 2015; the section tag 'أخبار' dropped; headline kept from the page; the stored excerpt ends mid-sentence ('منذ استقلال موريتانيا ف...'), shortened", False, """
موريتانيا: عرض عسكري رغم التحديات الأمنية
أقامت السلطات الموريتانية صباح اليوم السبت عرضاً عسكرياً ضخماً في مدينة نواذيبو شمالي البلاد، احتفاءً بالذكرى الـ55 لعيد الاستقلال الوطني.
ويأتي هذا الاستعراض الكبير في ظل تحديات أمنية جسيمة تعرفها منطقة الساحل الأفريقي، وبعد أيام قليلة من هجمات ضربت باماكو وتونس وباريس.
وجرى العرض تحت أنظار الرئيس الموريتاني محمد ولد عبد العزيز وقائد الأركان العامة للجيوش الفريق محمد ولد الشيخ محمد أحمد، إلى جانب عدد من أعضاء الحكومة وقادة المؤسسة العسكرية.
وافتتح سلاح الجو الموريتاني العرض العسكري باستعراض عدد من طائراته في سماء نواذيبو، ثم استعرضت وحدات من الوفود المشاركة تشكيلاتها.
ويشارك في العرض تشكيلات من مختلف وحدات القوات المسلحة وقوات الأمن والفرق العسكرية المتخصصة في التفتيش والتحقيق العلمي ومكافحة المخدرات، والقوات البحرية والجوية والبرية، وسرايا التدخل الخاص وأمن الطرق.
ومن جهة أخرى، يحضر هذا العرض العسكري الكبير وفود عسكرية من دول الجوار الموريتاني كالمملكة المغربية والسنغال ومالي.
وهذه أول مرة تُقام فيها الاحتفالات المخلدة للاستقلال خارج العاصمة نواكشوط منذ استقلال موريتانيا.
""", [
    ev("military-parade", "أقامت السلطات الموريتانية صباح اليوم السبت عرضاً عسكرياً ضخماً", PARADE, "'صباح اليوم السبت' = Sat 28 Nov 2015"),
    ev("sahel-paris-attacks", "بعد أيام قليلة من هجمات ضربت باماكو وتونس وباريس", ATTACKS[0], "'بعد أيام قليلة' before Sat 28 Nov 2015: the attacks in Paris (13 Nov), Bamako (20 Nov) and Tunis (24 Nov 2015), my span 13 - 24 Nov", end=ATTACKS[1]),
    ev("air-force-opening", "وافتتح سلاح الجو الموريتاني العرض العسكري", PARADE, "no date of its own; the opening of the parade of Sat 28 Nov 2015"),
    ev("foreign-delegations", "وفود عسكرية من دول الجوار الموريتاني", PARADE, "no date of its own; at the parade of Sat 28 Nov 2015"),
    ev("independence-1960", "منذ استقلال موريتانيا", "1960-11-28", "no date of its own; Mauritania's independence of 28 Nov 1960 (the 55th anniversary falls on 28 Nov 2015)"),
])
art(S, "https://www.assahraoui.info/archives/1508",
    "2015-11-28", "no date on the stored page; the body's 'صباح اليوم السبت' for the Nouadhibou parade of the 55th anniversary (Sat 28 Nov 2015; saharamedias 'صباح اليوم السبت', noonpresse of Sun 29 'أمس السبت') gives Sat 28 Nov 2015; headline kept from the page", False, """
تشكيلات عسكرية مغربية لفتت أنظار جمهور موريتانيا يوم عيد الاستقلال
احتفاءً بالذكرى الـ55 لعيد استقلال موريتانيا، نُظم صباح اليوم السبت عرض عسكري كبير في مدينة أنواذيبو، العاصمة الاقتصادية في شمال البلاد.
وشاركت في هذا العرض العسكري الكبير وفود عسكرية من الدول المجاورة لموريتانيا مثل المملكة المغربية والسنغال ومالي.
ويأتي هذا الاستعراض الضخم الذي نظمته الجمهورية الإسلامية الموريتانية في ظل تحديات أمنية كبيرة تعيشها منطقة الساحل الأفريقي، وبعد أيام قليلة من هجمات هزت باماكو وتونس وباريس.
وجرى العرض تحت أنظار الرئيس الموريتاني محمد ولد عبد العزيز وقائد الأركان العامة للجيوش الفريق محمد ولد الشيخ محمد أحمد، إضافة إلى عدد من أعضاء الحكومة وقادة المؤسسة العسكرية، وإلى جانب الحضور الدبلوماسي للبلدان الصديقة المشاركة في الاستعراض.
وبحسب مصدر الجريدة في العاصمة الاقتصادية أنواذيبو، فإن الفرقة الاستعراضية المغربية شدّت انتباه جمهور الحفل بأدائها وحسن تنظيمها.
ويضيف المصدر أن مشاركة المغرب في ذكرى استقلال موريتانيا قطعت الطريق أمام من يشككون في حسن الجوار والعلاقات الأخوية التي تجمع البلدين الشقيقين.
""", [
    ev("military-parade", "نُظم صباح اليوم السبت عرض عسكري كبير", PARADE, "'صباح اليوم السبت' = Sat 28 Nov 2015"),
    ev("foreign-delegations", "وشاركت في هذا العرض العسكري الكبير وفود عسكرية", PARADE, "no date of its own; at the parade of Sat 28 Nov 2015"),
    ev("sahel-paris-attacks", "بعد أيام قليلة من هجمات هزت باماكو وتونس وباريس", ATTACKS[0], "'بعد أيام قليلة' before Sat 28 Nov 2015: Paris (13 Nov), Bamako (20 Nov), Tunis (24 Nov 2015), my span 13 - 24 Nov", end=ATTACKS[1]),
    ev("moroccan-unit", "فإن الفرقة الاستعراضية المغربية شدّت انتباه جمهور الحفل", PARADE, "no date of its own; the Moroccan unit's march in the parade of Sat 28 Nov 2015"),
])
art(S, "https://maghress.com/noonpresse/3450",
    "2015-11-29", "no date on the stored page; the body's 'أمس السبت' for the parade of Sat 28 Nov 2015 and 'أول أمس الجمعة' for the president's speech give Sun 29 Nov 2015 (28 Nov 2015 was a Saturday); a noonpresse report (citing MAP) carried by maghress; headline written from the body (the stored text has none); the stored excerpt ends mid-sentence, the last sentence dropped", False, """
موريتانيا تنظم في نواذيبو أضخم استعراض عسكري في تاريخها بمشاركة مظليين مغاربة
احتفاءً بالذكرى 55 لاستقلالها، نظمت موريتانيا أمس السبت استعراضاً عسكرياً وُصف بأنه الأضخم في تاريخ البلاد.
وبحسب ما أوردته وكالة المغرب العربي للأنباء، فإن الاستعراض أقيم لأول مرة خارج العاصمة نواكشوط، وتحديداً في الشارع الرئيسي لمدينة نواذيبو (470 كلم شمال نواكشوط)، وعرف مشاركة لافتة لوحدة من المشاة المظليين التابعة للقوات المسلحة الملكية، كان لها صدى واسع في الأوساط الرسمية والإعلامية والشعبية، بما يرسخ عمق العلاقات بين البلدين والشعبين الشقيقين.
وأضافت الوكالة أن رئيس الدولة محمد ولد عبد العزيز ترأس الاستعراض العسكري، وكان قد أشاد في خطاب وجهه إلى الشعب أول أمس الجمعة بكفاءة أفراد الجيش وقوات الأمن وخصالهم وتضحياتهم الكبيرة في سبيل الدفاع عن حوزة البلاد وصون أمن الوطن والمواطنين، مؤكداً مواصلة الإجراءات التي اتخذتها الحكومة خلال السنوات الماضية لتعزيز قدرات الجيش وقوات الأمن وكفاءتهم، حتى تبقى موريتانيا "واحة أمن وسلام".
وشاركت في العرض العسكري، الذي نظمته الأركان العامة للجيوش الموريتانية، تشكيلات مختلفة من الجيش وقوات الدرك والشرطة والحرس الوطني، واختُتم بإنزال للمظليين أمام المنصة الرئيسية.
""", [
    ev("military-parade", "نظمت موريتانيا أمس السبت استعراضاً عسكرياً", PARADE, "'أمس السبت' in an article of Sun 29 Nov 2015 = Sat 28 Nov"),
    ev("moroccan-unit", "مشاركة لافتة لوحدة من المشاة المظليين التابعة للقوات المسلحة الملكية", PARADE, "no date of its own; the Moroccan paratroopers' part in the parade of Sat 28 Nov 2015"),
    ev("president-speech", "في خطاب وجهه إلى الشعب أول أمس الجمعة", SPEECH, "'أول أمس الجمعة' in an article of Sun 29 Nov 2015 = Fri 27 Nov"),
    ev("paratroop-drop", "واختُتم بإنزال للمظليين أمام المنصة الرئيسية", PARADE, "no date of its own; the end of the parade of Sat 28 Nov 2015"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 602
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
