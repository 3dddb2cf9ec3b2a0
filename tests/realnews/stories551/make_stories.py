"""Builds stories.jsonl: the 551-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Iraqi Kurdistan (Erbil, Sulaymaniyah,
Duhok), any domain.
Stories: the fire in the Soran University staff and student housing (Soran, Erbil, December 2023); the bomb in
the Qadiya camp for displaced Yazidis near Zakho (Duhok, August 2021); the car-bomb killing of Colonel Hawkar
Abdullah al-Jaff in Erbil and the confessions broadcast by the Kurdistan Region Security Council (Erbil /
Sulaymaniyah, October 2022); the fire in the Dara Sutawka market of Sulaymaniyah (April 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kurdistan-soran-university-dormitory-fire-2023
S = "kurdistan-soran-university-dormitory-fire-2023"
FIRE = "2023-12-08"                        # the fire broke out on the evening of Fri 8 Dec 2023 (after 8 pm)
SAT = "2023-12-09"                         # mourning declared and the committee at work on Sat 9 Dec 2023
art(S, "https://kataeb.org/articles/%D9%85%D8%B5%D8%B1%D8%B9-14-%D8%B7%D8%A7%D9%84%D8%A8%D8%A9-%D8%A8%D8%AD%D8%B1%D9%8A%D9%82-%D9%87%D8%A7%D8%A6%D9%84-%D9%81%D9%8A-%D8%A3%D8%B1%D8%A8%D9%8A%D9%84",
    FIRE, "the page stamp 'الجمعة 8 كانون الاول 2023 22:11:29' above the text (8 Dec 2023 was a Friday; the stamp and the credit line 'المصدر: سكاي نيوز' not kept in the text); the body's 'الجمعة' agrees; a Sky News Arabia report carried by kataeb.org; headline kept from the URL slug", True, """
مصرع 14 طالبة بحريق هائل في أربيل
اندلعت نيران ضخمة داخل سكن للطالبات إلى الشمال من أربيل، عاصمة إقليم كردستان العراق، الجمعة، فلقيت 14 طالبة حتفها وأصيبت 4 أخريات بجروح.
وأفاد مراسل "سكاي نيوز عربية" بأن الحادث وقع في بلدة سوران.
وبيّنت مقاطع مصورة انتشرت على منصات التواصل الاجتماعي ألسنة اللهب وهي تتصاعد من المبنى، في حين كانت سيارات الإسعاف تسرع نحو المنطقة.
""", [
    ev("soran-fire", "اندلعت نيران ضخمة داخل سكن للطالبات", FIRE, "'الجمعة' in a report stamped Fri 8 Dec 2023 = Fri 8 Dec"),
    ev("fire-deaths", "فلقيت 14 طالبة حتفها", FIRE, "no own expression beyond 'الجمعة'; the deaths in the fire of Fri 8 Dec 2023"),
    ev("fire-videos", "مقاطع مصورة انتشرت على منصات التواصل الاجتماعي", FIRE, "no own expression; the videos of the burning building were posted on the evening of the fire, Fri 8 Dec 2023 (report stamped 22:11 that day)"),
])
art(S, "https://gulanmedia.com/ar/story/313637/apple-touch-icon.png",
    SAT, "no publication date on the stored page (its line 'Saturday, 23 November 2024' is the date of a later crawl); the body's quoted 'اعتباراً من اليوم السبت 9 ديسمبر 2023' and 'مساء أمس الجمعة' for the fire of Fri 8 Dec give Sat 9 Dec 2023 (9 Dec 2023 was a Saturday); headline kept from the page (its 'ثلاث أيام' unchanged)", False, """
إدارة سوران المستقلة تعلن الحداد ثلاث أيام
أعلنت إدارة سوران المستقلة الحداد ثلاثة أيام حزناً على الضحايا الذين فقدوا حياتهم في حريق مبنى سكني بسوران، إذ قضى ما لا يقل عن 14 شخصاً وأصيب عدد آخر في الحريق الذي شب في أحد مباني المدينة.
ووجّه هلكورد شيخ نجيب، المشرف على إدارة سوران المستقلة، رسالة عزاء إلى ذوي ضحايا الحريق، قال فيها إنهم "يعلنون الحداد لمدة ثلاثة أيام اعتباراً من اليوم السبت 9 ديسمبر 2023".
وتابع شيخ نجيب: "إثر اتصال مباشر من رئيس حكومة كوردستان مسرور بارزاني، شُكلت لجنة تحقيقية لتقصي الحقائق بشأن الحادث، إلى جانب متابعة أوضاع المصابين".
وكان حريق هائل قد اندلع مساء أمس الجمعة في مبنى سكني بإدارة سوران المستقلة، فأودى بحياة 14 شخصاً بينهم طلاب وأستاذة جامعية، فضلاً عن إصابة آخرين.
وفي إحصائية أولية، أفاد المدير العام لصحة سوران، كامران ملا محمد، بأن 14 شخصاً لقوا حتفهم وأصيب آخرون، بينهم 6 من عناصر الدفاع المدني.
ويسكن المبنى عدد من العائلات، إلى جانب طلاب جامعيين مستأجرين.
وبلغت فرق الطوارئ والدفاع المدني موقع الحريق الذي ما زالت أسبابه غير معروفة، ونجحت في إنقاذ السكان الموجودين، عدا من فارقوا الحياة.
""", [
    ev("soran-mourning", "يعلنون الحداد لمدة ثلاثة أيام اعتباراً من اليوم السبت 9 ديسمبر 2023", SAT, "'ثلاثة أيام اعتباراً من اليوم السبت 9 ديسمبر 2023' = Sat 9 - Mon 11 Dec 2023", end="2023-12-12"),
    ev("committee-formed", "شُكلت لجنة تحقيقية لتقصي الحقائق بشأن الحادث", FIRE, "no own expression; formed after Masrour Barzani's call (his order was given 'أمس' = Fri 8 Dec per shafaq of Sat 9) and before this statement of Sat 9 Dec 2023 (my span Fri 8 - Sat 9)", end="2023-12-10"),
    ev("soran-fire", "وكان حريق هائل قد اندلع مساء أمس الجمعة", FIRE, "'مساء أمس الجمعة' in an article of Sat 9 Dec 2023 = Fri 8 Dec"),
    ev("fire-deaths", "إذ قضى ما لا يقل عن 14 شخصاً", FIRE, "no own expression; the deaths in the fire of Fri 8 Dec 2023"),
    ev("health-toll-statement", "أفاد المدير العام لصحة سوران، كامران ملا محمد", FIRE, "no own expression; Kamaran Mulla Mohammed's first toll was reported on the night of the fire, Fri 8 Dec 2023 (Reuters / Sky News of that evening)"),
    ev("residents-rescued", "ونجحت في إنقاذ السكان الموجودين", FIRE, "no own expression; the rescue during the fire of the evening of Fri 8 Dec 2023"),
])
art(S, "https://shafaq.com/ar/%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D9%80%D9%80%D8%AA%D8%A7%D9%86%D9%8A%D8%A7%D8%AA/%D8%A7%D9%84-%D8%AF%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D9%85%D8%AD%D9%84%D9%8A%D8%A9-%D9%84%D8%AC%D9%86%D8%A9-%D8%A7%D9%84%D8%AA%D8%AD%D9%82%D9%8A%D9%82-%D8%AA%D8%AA%D8%AD%D8%B1%D9%89-%D8%B9%D9%86-%D8%B3%D8%A8%D8%A8-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D9%86%D8%B3%D8%A8%D8%A9-%D8%A7%D9%84%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A8%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A7%D9%84%D8%AD%D8%B1%D9%8A%D9%82-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D8%A7%D9%86",
    SAT, "no date line on the stored page; the body's 'يوم السبت' with 'عقده اليوم' for the committee's press conference, and 'قد وجّه أمس' for Masrour Barzani's order given on the night of the fire (Fri 8 Dec 2023; gulanmedia of Sat 9: the committee formed after his call), give Sat 9 Dec 2023; headline kept from the page; the last, truncated sentence dropped", False, """
الإدارة المحلية: لجنة التحقيق تتحرى عن سبب ارتفاع نسبة الضحايا بحادث الحريق في سوران
شفق نيوز/ أفاد هلكورد شيخ نجيب، المشرف على إدارة منطقة "سوران" المستقلة، يوم السبت، بأن اللجنة الخاصة التي ألّفتها حكومة إقليم كوردستان للتقصي في حادثة حريق البناية السكنية بقضاء "سوران" باشرت أعمالها.
وأوضح شيخ نجيب، الذي يرأس اللجنة، في مؤتمر صحفي عقده اليوم مع أعضائها عقب زيارة موقع الحادث، أن اللجنة تملك صلاحيات واسعة وتعمل بجدية على كشف سبب وقوع الحادث وارتفاع عدد الضحايا، لافتاً إلى أن كل تلك الأسباب ستُرفع إلى وزير الداخلية في الإقليم لاتخاذ الإجراءات القانونية.
وأضاف أن نتائج التحقيق ستكشف المقصرين، سواء أكان صاحب البناية لعدم تقيده بشروط السلامة، أم الجهات المعنية خلال وقوع الحادث، مؤكداً "سنبذل جهوداً جدية كي لا تتكرر حوادث كهذه في المستقبل".
وكان مسرور بارزاني، رئيس حكومة إقليم كوردستان، قد وجّه أمس، بتأليف لجنة خاصة للتحقيق في حادث الحريق بسوران، الذي أودى بحياة 14 شخصاً.
وفي اجتماع عُقد بإشراف شيخ نجيب مع الجهات المعنية واللجنة الخاصة، نوقشت أسباب الحادثة بالتفصيل.
""", [
    ev("committee-starts-work", "باشرت أعمالها", SAT, "'يوم السبت' = Sat 9 Dec 2023"),
    ev("committee-press-conference", "في مؤتمر صحفي عقده اليوم مع أعضائها", SAT, "'اليوم' of the report of Sat 9 Dec 2023"),
    ev("barzani-orders-committee", "قد وجّه أمس، بتأليف لجنة خاصة للتحقيق", FIRE, "'أمس' from Sat 9 Dec 2023 = Fri 8 Dec"),
    ev("soran-fire", "حادث الحريق بسوران، الذي أودى بحياة 14 شخصاً", FIRE, "no own expression; the fire of the evening of Fri 8 Dec 2023 (gulanmedia 'مساء أمس الجمعة')"),
])

# ---------------------------------------------------------------- kurdistan-zakho-qadiya-camp-bombing-2021
S = "kurdistan-zakho-qadiya-camp-bombing-2021"
BLAST = "2021-08-30"                       # the bomb went off at 10:15 pm on Mon 30 Aug 2021 in the Qadiya camp (Zakho, Duhok)
TUE = "2021-08-31"
art(S, "https://shafaq.com/ar/كوردســتانيات/مقتل-طفلين-و-صابة-اخرين-بانفجار-في-مخيم-للنازحين-في-دهوك",
    BLAST, "the page stamp '2021-08-30T20:27:06+00:00' (23:27 Baghdad time on Mon 30 Aug 2021; the stamp and the 'Shafaq Live' lines not kept in the text); the body's 'يوم الاثنين' and 'الليلة' agree; headline kept from the page", True, """
مصرع طفلين وإصابة ضابط باسايش سنجار بانفجار في مخيم للنازحين في دهوك
شفق نيوز/ ذكر مصدر أمني، يوم الاثنين، أن طفلين قُتلا وأصيب 3 آخرون إلى جانب ضابط في أسايش سنجار جراء انفجار مجهول المصدر ضرب مخيم قاديا للنازحين غربي محافظة دهوك.
وأوضح المصدر لوكالة شفق نيوز أن "انفجاراً حدث في مخيم قاديا للنازحين غربي محافظة دهوك، وأسفر عن مقتل طفلين أحدهما في التاسعة من عمره والآخر يبلغ سنة واحدة، فضلاً عن جرح 3 آخرين كلهم من عائلة واحدة".
وبيّن المصدر أن "4 كابينات يقيم فيها النازحون عوضاً عن الخيم دُمّرت كلياً بفعل الانفجار الذي وقع الليلة".
ولم يحسم المصدر سبب الانفجار، لكنه قال إن "التحقيقات الأولية تشير إلى انفجار قنينة غاز".
ولفت إلى أن "الانفجار طال كرفان- مقصورة حسن السموقي وأدى إلى إصابة ضابط برتبة رائد في قوات أسايش إقليم كوردستان بقاطع سنجار".
""", [
    ev("qadiya-blast", "انفجار مجهول المصدر ضرب مخيم قاديا للنازحين", BLAST, "'يوم الاثنين' and 'الليلة' in a report stamped Mon 30 Aug 2021 = Mon 30 Aug (10:15 pm, kirkuknow)"),
    ev("children-killed", "وأسفر عن مقتل طفلين", BLAST, "no own expression; the two children died in the blast of Mon 30 Aug 2021"),
    ev("caravans-destroyed", "دُمّرت كلياً بفعل الانفجار الذي وقع الليلة", BLAST, "'الليلة' of the report of Mon 30 Aug 2021"),
    ev("gas-cylinder-first-theory", "التحقيقات الأولية تشير إلى انفجار قنينة غاز", BLAST, "no own expression; the first reading given on the night of the blast, Mon 30 Aug 2021 (report stamped 23:27 that day)"),
    ev("officer-wounded", "أدى إلى إصابة ضابط برتبة رائد", BLAST, "no own expression; the officer was wounded in the blast of Mon 30 Aug 2021"),
])
art(S, "https://www.kurdistan24.net/ar/story/24892-%D9%85%D8%B3%D8%A4%D9%88%D9%84-%D8%A7%D9%85%D9%86%D9%8A:-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%22%D9%82%D8%A7%D8%AF%D9%8A%D8%A7%22-%D9%88%D9%82%D8%B9-%D8%A8%D8%B9%D8%A8%D9%88%D8%A9-%D9%86%D8%A7%D8%B3%D9%81%D8%A9-%D9%88%D8%A7%D8%B5%D8%A7%D8%A8%D8%B9-%D8%A7%D9%84%D8%A7%D8%AA%D9%87%D8%A7%D9%85-%D8%AA%D8%AA%D8%AC%D9%87-%22%D9%84%D9%84%D8%B9%D9%85%D8%A7%D9%84%22",
    TUE, "no date on the stored page; the body's 'ليلة أمس' and 'ليلة أمس الاثنين' for the blast of Mon 30 Aug 2021 give Tue 31 Aug 2021 (31 Aug 2021 was a Tuesday); headline kept from the page", False, """
مسؤول امني: انفجار "قاديا" وقع بعبوة ناسفة واصابع الاتهام تتجه "للعمال"
أربيل (كوردستان 24)- أفاد مسؤول أمني محلي بأن الانفجار الذي هزّ مخيم قاديا للنازحين في محافظة دهوك ليلة أمس نجم عن عبوة ناسفة، موجهاً أصابع الاتهام إلى عناصر حزب العمال الكوردستاني.
وكان انفجار قد وقع ليلة أمس الاثنين في مخيم قاديا بمحافظة دهوك، الذي يأوي نازحين من سنجار، فأودى بحياة طفلين أحدهما في عامه الأول والآخر في التاسعة، كما أصاب ثلاثة آخرين.
وقال شفان سندي لكوردستان 24 إن "الانفجار حصل بعبوة ناسفة زُرعت قبالة كابينة ضابط برتبة رائد في قوات أسايش إقليم كوردستان هو حسن سموقي".
وأضاف أن هذا الضابط تلقى تهديدات بالقتل من حزب العمال الكوردستاني أكثر من مرة.
""", [
    ev("qadiya-blast", "وكان انفجار قد وقع ليلة أمس الاثنين", BLAST, "'ليلة أمس الاثنين' in an article of Tue 31 Aug 2021 = Mon 30 Aug"),
    ev("children-killed", "فأودى بحياة طفلين", BLAST, "no own expression; the children died in the blast of Mon 30 Aug 2021"),
    ev("sindi-ied-statement", "وقال شفان سندي لكوردستان 24", BLAST, "no own expression; the Zakho Asayish chief's statement that a bomb caused the blast was given on the night of Mon 30 Aug (shafaq: 'افادت اسايش زاخو، يوم الاثنين') or on Tue 31 Aug 2021 (my span Mon 30 - Tue 31)", end="2021-09-01"),
])
art(S, "https://kirkuknow.com/ar/news/66372",
    TUE, "no date on the stored page; the body's 'ليلة أمس' and 'في الساعة 10:15 من ليلة أمس الاثنين، 30 آب 2021' give Tue 31 Aug 2021 (30 Aug 2021 was a Monday); the stored text has no headline, so I wrote one from the body; the end of the last, truncated quotation ('بمدينة ...') shortened", False, """
انفجار بمادة T.N.T في مخيم قاديا يقتل طفلين من أحفاد ضابط في الآسايش
شهد مخيم قاديا للنازحين في محافظة دهوك ليلة أمس انفجاراً، وذكرت مصادر أن التفجير نُفذ بمادة الـ"T.N.T" واستهدف ضابطاً رفيعاً في قوات الأمن (الآسايش)، فجُرح هو وأحد أبنائه، وقُتل اثنان من أحفاده، كما أصيب مواطنان آخران.
وقع الحادث في الساعة 10:15 من ليلة أمس الاثنين، 30 آب 2021 في مخيم قاديا بقضاء زاخو التابع لمحافظة دهوك، وهو مخيم يسكنه في الغالب نازحون إيزيديون من سنجار ومناطق أخرى في نينوى.
ووفق متابعات (كركوك ناو)، وُضعت كمية من مادة الـ"T.N.T" أسفل الكرفان الذي تسكنه عائلة الرائد حسن حيدر المنتسب إلى قوات أمن غرب دجلة.
ويعيش الرائد حسن وأبناؤه الأربعة في أربعة كرفانات متصلة ببعضها دون أي فاصل بينها.
وروى شاكر خدر، وهو شاهد عيان يقيم في كرفان على بعد 200 متر من مسكن الضابط، لـ(كركوك ناو): "دوّى فجأة صوت انفجار قوي، فذهبت فوراً إلى مكان الحادث ووجدت عدداً من المصابين بجروح، بينما قضى طفلان على الفور". والضحيتان من أحفاد ضابط الأمن.
وقال أمير عادل، مسؤول الإعلام في مستشفى زاخو العام، لـ(كركوك ناو): "توفي طفل عمره شهر واحد وطفلة في الثانية عشرة من عمرها بسبب الانفجار، وأصيب ثلاثة أشخاص آخرون نُقلوا الليلة الماضية إلى مستشفى الطوارئ".
""", [
    ev("qadiya-blast", "وقع الحادث في الساعة 10:15 من ليلة أمس الاثنين، 30 آب 2021", BLAST, "'10:15 من ليلة أمس الاثنين، 30 آب 2021' = Mon 30 Aug 2021, 10:15 pm"),
    ev("children-killed", "وقُتل اثنان من أحفاده", BLAST, "no own expression; the children died in the blast of Mon 30 Aug 2021"),
    ev("officer-wounded", "فجُرح هو وأحد أبنائه", BLAST, "no own expression; wounded in the blast of Mon 30 Aug 2021"),
    ev("wounded-transferred", "نُقلوا الليلة الماضية إلى مستشفى الطوارئ", BLAST, "'الليلة الماضية' from Tue 31 Aug 2021 = the night of Mon 30 - Tue 31 Aug (the blast was at 10:15 pm Monday; the transfer may have passed midnight)", end="2021-09-01"),
])
art(S, "https://knoozmedia.com/2021/08/31/%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%A7%D8%B3%D8%AA%D9%87%D8%AF%D9%81-%D9%85%D8%AE%D9%8A%D9%85%D8%A7-%D9%84%D9%84%D9%86%D8%A7%D8%B2%D8%AD%D9%8A%D9%86-%D8%A8/",
    TUE, "date in the URL '/2021/08/31/' (31 Aug 2021 was a Tuesday); the body's 'الثلاثاء', 'ليلة امس' and 'امس الاثنين' agree; the tag 'كنوز ميديا / امني' dropped; headline from the URL slug, whose cut last word ('ب...') I completed as 'بدهوك'; the last, truncated quotation dropped", True, """
تفاصيل انفجار استهدف مخيما للنازحين بدهوك
أفاد جعفر سمو، مدير دائرة شؤون الإيزيديين في مديرية أوقاف محافظة دهوك العراقية، الثلاثاء، بأن التفجير الذي شهده مخيم قاديا للنازحين ليلة امس طال كرفان ضابط في قوات الأسايش وأسفر عن مقتل طفلين، مشيراً إلى أن الشكوك تحوم حول كون الانفجار "عملية إرهابية".
ونقلت "NRT عربية" عن سمو قوله إن "انفجار مخيم قاديا للنازحين الذي وقع في وقت متأخر من ليلة امس استهدف كرفان الشيخ حسن السموقي، وهو ضابط برتبة رائد في قوات الأسايش"، موضحاً أنه "أدى إلى مصرع طفلين وإصابة عدد آخر من أفراد أسرته".
وشدد سمو على أن "الأنباء متضاربة بشأن أسباب الانفجار، غير أن هناك شكوكاً بأنه (عملية إرهابية)، والتحقيقات مستمرة لمعرفة الأسباب"، لافتاً إلى أن "آخر حصيلة للانفجار هي مصرع طفلين، و5 جرحى بينهم 3 إصابات حرجة".
وفي وقت سابق، ذكرت القناة، امس الاثنين، أن طفلين قُتلا وأصيب 3 آخرون وضابط في أسايش سنجار بانفجار مجهول المصدر هزّ مخيم قاديا للنازحين غربي محافظة دهوك.
""", [
    ev("samo-statement", "أفاد جعفر سمو، مدير دائرة شؤون الإيزيديين", TUE, "'الثلاثاء' = Tue 31 Aug 2021"),
    ev("qadiya-blast", "التفجير الذي شهده مخيم قاديا للنازحين ليلة امس", BLAST, "'ليلة امس' from Tue 31 Aug 2021 = Mon 30 Aug"),
    ev("children-killed", "أدى إلى مصرع طفلين", BLAST, "no own expression; the children died in the blast of Mon 30 Aug 2021"),
    ev("nrt-first-report", "ذكرت القناة، امس الاثنين", BLAST, "'امس الاثنين' from Tue 31 Aug 2021 = Mon 30 Aug"),
])

# ---------------------------------------------------------------- kurdistan-erbil-hawkar-jaff-assassination-2022
S = "kurdistan-erbil-hawkar-jaff-assassination-2022"
KILL = "2022-10-07"                        # the sticky bomb under Col. Hawkar Abdullah al-Jaff's car went off about 1 pm on Fri 7 Oct 2022
CONFESS = "2022-10-12"                     # the Kurdistan Region Security Council broadcast the confessions on Wed 12 Oct 2022
art(S, "https://backup.alarab.co.uk/%D8%A7%D8%BA%D8%AA%D9%8A%D8%A7%D9%84-%D9%85%D8%B3%D8%A4%D9%88%D9%84-%D8%A7%D9%84%D9%85%D8%AE%D8%A7%D8%A8%D8%B1%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D8%A7%D9%84%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86%D9%8A-%D9%81%D9%8A-%D8%A3%D8%B1%D8%A8%D9%8A%D9%84",
    "2022-10-08", "the page's date line 'السبت 2022/10/08' under the headline (8 Oct 2022 was a Saturday; not kept in the text); the sub-heading and the caption 'من المسؤول عن العملية' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
اغتيال مسؤول المخابرات في الاتحاد الوطني الكردستاني في أربيل
أربيل - أفادت مصادر مطلعة بأن الشخص الذي استُهدف الجمعة بانفجار في أربيل، عاصمة إقليم كردستان، عقيد في جهاز مكافحة الإرهاب التابع للاتحاد الوطني الكردستاني (اليكيتي) الذي يتخذ من مدينة السليمانية مقراً له.
وبيّنت المصادر أن الضابط اسمه هاوكار عبدالله رسول (41 عاما)، ويتولى مسؤولية مخابرات الاتحاد (زانياري) في محافظتي أربيل ونينوى.
وكان جهاز مكافحة الإرهاب في الإقليم، الواقع شمالي العراق، قد أعلن في وقت سابق الجمعة مقتل شخص وإصابة أربعة آخرين بجروح جراء انفجار عبوة ناسفة كانت ملصقة بسيارة.
وجاء في بيان الجهاز أن "عبوة ناسفة مزروعة في سيارة انفجرت، فقُتل السائق وأصيب أربعة ركاب… امرأتان وطفلان"، من دون أن يكشف البيان هوية الضحايا أو ملابسات الانفجار.
ويقدّم إقليم كردستان نفسه ملاذاً للاستقرار والأمن في بلد أنهكته عقود من النزاعات، لكن المنطقة ليست بمنأى عن تصفية الحسابات، وإن كان مستوى العنف فيها أدنى مما هو عليه في سائر أنحاء البلاد.
""", [
    ev("car-bomb-killing", "الذي استُهدف الجمعة بانفجار في أربيل", KILL, "'الجمعة' in an article dated Sat 8 Oct 2022 = Fri 7 Oct"),
    ev("ctg-first-statement", "قد أعلن في وقت سابق الجمعة مقتل شخص", KILL, "'في وقت سابق الجمعة' = Fri 7 Oct 2022"),
    ev("driver-killed", "فقُتل السائق وأصيب أربعة ركاب", KILL, "no own expression; the colonel died in the blast of Fri 7 Oct 2022"),
])
art(S, "https://utviraq.net/40848",
    "2022-10-08", "no date on the stored page; the body's 'منتصف ظهيرة أمس الجمعة' for the blast of Fri 7 Oct 2022 gives Sat 8 Oct 2022; the stored text has no headline, so I wrote one from the body; the opening tag 'UTV - أربيل' and the reporter's line dropped", False, """
انفجار عبوتين لاصقتين يقتل ضابطاً في حي سربست وسط أربيل
عند منتصف ظهيرة أمس الجمعة، باغت دوي انفجار ومشهد نيران سكان حي سربست الهادئ في وسط أربيل.
واتضح لاحقاً أن الانفجار سببه عبوتان لاصقتان ثُبتتا أسفل سيارة مدنية، قُتل سائقها، وهو ضابط أمن كبير من السليمانية، وأصيبت زوجته وشقيقته وطفلاه.
ويقول كاميران طه، صاحب المنزل الذي وقع الانفجار قربه، لـUTV: "هذه أول مرة أرى فيها شيئاً كهذا. لم نسمع قبلاً بعبوات لاصقة في أربيل".
وبعد ساعات فقط، أطلقت مفارز قوات مكافحة الإرهاب في إقليم كردستان عملية خاصة أسفرت في ساعتها الأولى عن اعتقال شخصين، فيما تفيد مصادر بأن المعتقلين كانا من أفراد فريق حماية الفقيد.
ولكشف خيوط القضية، تواصل السلطات الأمنية تحقيقاتها للوقوف على ملابساتها وجلاء غموضها.
ويقول صبحي المندلاوي، عضو الحزب الديمقراطي الكردستاني، لـUTV: "أربيل مستقرة وبعيدة تماماً عن أعمال كهذه. ننتظر التحقيقات لنعرف حقيقة ما جرى".
وكان الضحية، العقيد هاوكار عبد الله، قد طلب مؤخراً نقل خدمته من السليمانية إلى أربيل، وبينما تواصل الجهات المعنية تحقيقاتها، يصف مجلس أمن إقليم كردستان الحادث بالإرهابي.
""", [
    ev("car-bomb-killing", "عند منتصف ظهيرة أمس الجمعة، باغت دوي انفجار", KILL, "'منتصف ظهيرة أمس الجمعة' in an article of Sat 8 Oct 2022 = Fri 7 Oct, about noon"),
    ev("driver-killed", "قُتل سائقها، وهو ضابط أمن كبير من السليمانية", KILL, "no own expression; the colonel died in the blast of Fri 7 Oct 2022"),
    ev("two-suspects-arrested", "أسفرت في ساعتها الأولى عن اعتقال شخصين", KILL, "'بعد ساعات فقط' of the blast of Fri 7 Oct 2022 = the same Friday (fk-news/shafaq: the arrests reported 'يوم الجمعة')"),
    ev("krsc-terror-statement", "يصف مجلس أمن إقليم كردستان الحادث بالإرهابي", KILL, "no own expression; the Security Council's statement calling the killing a terrorist act was issued on Fri 7 Oct 2022 (shafaq 'يوم الجمعة')"),
])
art(S, "https://infoplusnetwork.com/news/security/نتائج-التحقيق-باغتيال-العقيد-هاوكار-الجاف-تفجر-خلافا-كرديا?page=47",
    CONFESS, "no date on the stored page; the body's 'الأربعاء' for the reply of the Sulaymaniyah counter-terrorism service, 'يوم الجمعة الماضي' for the killing of Fri 7 Oct 2022 and 'في وقت سابق من اليوم' for the confessions broadcast on Wed 12 Oct (yekiti-media: 'مساء الأربعاء'; iraqtoday of Thu 13 Oct: 'ليلة أمس') give Wed 12 Oct 2022; the tag 'انفوبلس/..' dropped; headline kept from the page; the last, truncated words dropped", False, """
نتائج التحقيق باغتيال العقيد هاوكار الجاف تفجر خلافاً كردياً
ردّ جهاز مكافحة الإرهاب في السليمانية، التابع للاتحاد الوطني الكردستاني، الأربعاء، على بيان مجلس أمن كردستان الذي اتهم قائد الجهاز بإصدار التوجيه باغتيال العقيد هاوكار الجاف في أربيل، يوم الجمعة الماضي.
وقال الجهاز في بيان: "نرفض بشدة التضليل والادعاءات التي نشرها مجلس الأمن (پاراستن) التابع للحزب الديمقراطي الكردستاني باتهامه عناصر داخل الجهاز بالتورط في جريمة اغتيال العقيد هاوكار الجاف".
وتابع أن "جهاز مكافحة الإرهاب قوة نظامية رسمية وحكومية، أدّت دوراً تاريخياً في مكافحة الإرهاب في عموم العراق ولا سيما إقليم كردستان، وكانت موضع فخر لا في الإقليم وحده بل لدى قوات التحالف الدولي أيضاً".
وأردف: "ندرك في جهاز مكافحة الإرهاب أن الزج بالسياسة الفاشلة واتهام الجهات الوطنية محاولة لفبركة السيناريوهات، فلو سحب الاتحاد الوطني مرشحه لرئاسة الجمهورية هل كان هذا سيحدث؟".
واتهم الجهاز "فريقاً يعمل تحت مظلة مجلس أمن إقليم كردستان" بتنفيذ الاغتيال، داعياً الحزب الديمقراطي الكردستاني إلى إدراك خطورة ذلك.
وفي وقت سابق من اليوم، بث مجلس أمن كردستان اعترافات لعدد من الأشخاص قال إنهم نفذوا عملية اغتيال العقيد في جهاز مكافحة الإرهاب.
""", [
    ev("ctg-rejects-accusation", "ردّ جهاز مكافحة الإرهاب في السليمانية", CONFESS, "'الأربعاء' = Wed 12 Oct 2022 (the Wednesday after the killing of Fri 7 Oct)"),
    ev("car-bomb-killing", "اغتيال العقيد هاوكار الجاف في أربيل، يوم الجمعة الماضي", KILL, "'يوم الجمعة الماضي' from Wed 12 Oct 2022 = Fri 7 Oct"),
    ev("krsc-confessions", "بث مجلس أمن كردستان اعترافات لعدد من الأشخاص", CONFESS, "'في وقت سابق من اليوم' = Wed 12 Oct 2022"),
])
art(S, "https://iraqtoday.com/news/66800/%D8%A7%D9%84%D8%A8%D8%A7%D8%B1%D8%AA%D9%8A-%D9%8A%D8%AF%D8%AE%D9%84-%D8%B9%D9%84%D9%89-%D8%AE%D8%B7-%D8%A7%D9%84%D8%AE%D9%84%D8%A7%D9%81-%D8%A8%D9%8A%D9%86-%D8%A8%D8%A7%D9%81%D9%84-%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D9%86%D9%8A-%D9%88%D9%84%D8%A7%D9%87%D9%88%D8%B1-%D8%B4%D9%8A%D8%AE-%D8%AC%D9%86%D9%83%D9%8A-%D8%A7%D8%BA%D8%AA%D9%8A%D8%A7%D9%84%D8%A7%D8%AA-%D9%88%D8%A7%D8%B9%D8%AA%D8%B1%D8%A7%D9%81%D8%A7%D8%AA",
    "2022-10-13", "no date on the stored page; the body's 'المقرر اليوم الخميس' for the vote on the presidency of the republic (the parliament's session of Thu 13 Oct 2022) and 'ليلة أمس' for the confessions broadcast on Wed 12 Oct give Thu 13 Oct 2022; the tag 'بغداد- العراق اليوم:' dropped; headline from the URL slug; the last, truncated words of the last sentence dropped", False, """
البارتي يدخل على خط الخلاف بين بافل طالباني ولاهور شيخ جنكي.. اغتيالات واعترافات
يخيّم التوتر وتبادل الاتهامات بين الحزب الديمقراطي الكردستاني والأجهزة الأمنية الخاضعة لنفوذه من جهة، والاتحاد الوطني الكردستاني وأذرعه الأمنية من جهة أخرى، بالتزامن مع انطلاق العد العكسي لحسم ترشيحات رئاسة الجمهورية المقرر اليوم الخميس.
وكان مجلس أمن كردستان (أعلى سلطة أمنية في الإقليم) الخاضع لنفوذ الديمقراطي الكردستاني قد نشر ليلة أمس إفادات مصورة ومسجلة لضباط وعناصر أمن أقروا فيها بتنفيذهم اغتيال عقيد في جهاز مكافحة الإرهاب في أربيل، كان قد انشق مؤخراً عن الأجهزة الأمنية التابعة للسليمانية إثر الانقسامات الداخلية في الاتحاد بين جناحي بافل طالباني ولاهور شيخ جنكي قبل أكثر من عام.
وذكر الأمنيون المعتقلون في إفاداتهم المسجلة أنهم "نقلوا متفجرات من السليمانية إلى أربيل بأمر من قائد جهاز مكافحة الإرهاب التابع للاتحاد الوطني الكردستاني (وهاب حلبجي)، وأنهم نفذوا عملية الاغتيال والتفجير بعد أيام من مراقبة منزل العقيد (هاوكار عبدالله الجاف)"، من دون التطرق إلى مزيد من التفاصيل عن مصدر التوجيه.
وتضمّن التسجيل الذي عرضه "مجلس أمن كردستان" لقطات موثقة لتنقل المتهمين عبر نقاط التفتيش عند مداخل أربيل وتجوالهم حول منزل العقيد المستهدف.
""", [
    ev("presidential-vote", "حسم ترشيحات رئاسة الجمهورية المقرر اليوم الخميس", "2022-10-13", "'اليوم الخميس' = Thu 13 Oct 2022 (the Iraqi parliament's session to elect the president)"),
    ev("krsc-confessions", "قد نشر ليلة أمس إفادات مصورة ومسجلة", CONFESS, "'ليلة أمس' from Thu 13 Oct 2022 = the evening of Wed 12 Oct"),
    ev("car-bomb-killing", "وأنهم نفذوا عملية الاغتيال والتفجير", KILL, "no own expression; the killing of Fri 7 Oct 2022 (the other articles)"),
])

# ---------------------------------------------------------------- kurdistan-sulaymaniyah-darasutawka-market-fire-2025
S = "kurdistan-sulaymaniyah-darasutawka-market-fire-2025"
MFIRE = "2025-04-05"                       # the Dara Sutawka market fire in Sulaymaniyah, early on Sat 5 Apr 2025
SUN = "2025-04-06"
art(S, "https://baghdadtoday.news/271412-%D8%A7%D9%84%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86%D9%8A%D8%A9.-%D8%AA%D8%B4%D9%83%D9%8A%D9%84-%D9%84%D8%AC%D9%86%D8%A9-%D9%84%D8%AA%D9%82%D9%8A%D9%8A%D9%85-%D8%A3%D8%B6%D8%B1%D8%A7%D8%B1-%D8%AD%D8%B1%D9%8A%D9%82-%D8%B3%D9%88%D9%82-%D8%AF%D8%A7%D8%B1%DB%95-%D8%B3%D9%88%D8%AA%D8%A7%D9%88%DB%95-%DA%A9%DB%95.html",
    MFIRE, "the page stamp '5-04-2025, 13:33' above the headline (5 Apr 2025 was a Saturday; not kept in the text); the body's 'اليوم السبت (5 نيسان 2025)' agrees; the tag 'بغداد اليوم - السليمانية' and the 'أهم الاخبار' block dropped; headline kept from the page", True, """
السليمانية.. تشكيل لجنة لتقييم أضرار حريق سوق "دارە سوتاوە کە"
أعلنت قائمقامية السليمانية، اليوم السبت (5 نيسان 2025)، أنها ستؤلف لجنة لتقدير الأضرار التي خلّفها حريق سوق دارە سوتاوە کە.
وأوضح قائمقام السليمانية آوات محمد، في تصريح تابعته "بغداد اليوم"، أن سبب الحريق ما زال مجهولاً، غير أن الأضرار جسيمة إذ تضرر أكثر من 150 محلاً.
وأشار إلى أن "لجنة ستُشكل اعتبارا من يوم غد عبر فرق الدفاع المدني في السليمانية لتقدير الأضرار التي أصابت أصحاب المحال التجارية في السوق".
ولفت إلى أننا "سنبذل كل ما بوسعنا لمساعدة أصحاب المحال، ويتعين اتخاذ جميع إجراءات السلامة في مثل هذه الأماكن، ونشدد دائماً على تطبيق الإجراءات، وعلى المواطنين أن يساعدونا".
وكانت مديرية الدفاع المدني في السليمانية قد أعلنت نشوب حريق في سوق "دارە سوتاوە کە" بالمدينة، خلّف خسائر مادية.
""", [
    ev("committee-announced", "أعلنت قائمقامية السليمانية، اليوم السبت (5 نيسان 2025)", MFIRE, "'اليوم السبت (5 نيسان 2025)' = Sat 5 Apr 2025"),
    ev("assessment-committee-starts", "لجنة ستُشكل اعتبارا من يوم غد", SUN, "'اعتبارا من يوم غد' from Sat 5 Apr 2025 = from Sun 6 Apr"),
    ev("market-fire", "قد أعلنت نشوب حريق في سوق", MFIRE, "no own expression; the fire of the early morning of Sat 5 Apr 2025 (aljeebal 'الساعة 6:00 من صباح اليوم السبت الموافق 5 نيسان 2025')"),
])
art(S, "https://aljeebal.com/posts/4715",
    MFIRE, "no date on the stored page; the body's 'في الساعة 6:00 من صباح اليوم السبت الموافق 5 نيسان 2025' gives Sat 5 Apr 2025; the stored text has no headline, so I wrote one from the body; the last, truncated sentence dropped", False, """
حريق ضخم يلتهم نحو 100 محل في سوق دارسوتاوكة بالسليمانية
شبّ حريق هائل داخل أحد أسواق مدينة السليمانية، مخلّفاً أضراراً مادية جسيمة في نحو 100 محل تجاري، في حين لا تزال أسباب الحادث غير معروفة.
ووفق المعلومات، اندلع الحريق في الساعة 6:00 من صباح اليوم السبت الموافق 5 نيسان 2025، في المحال التجارية لسوق "دارسوتاوكة" بمدينة السليمانية، وامتد بسرعة فأضرّ بعشرات المحال والمخازن التجارية.
وأعلن محافظ السليمانية، هفال أبوبكر، في بيان رسمي صدر عقب الحادث، أن "النيران أتت على جزء من المحال في السوق، وسيطرت عليها فرق مديرية الدفاع المدني في السليمانية، من دون تسجيل أي خسائر بشرية".
وذكر مراسل الجبال من موقع الحادث أن المعلومات تفيد باحتراق قرابة 100 محل، وأن الحريق ناجم عن تماس كهربائي.
ويأتي ذلك بعد سلسلة حرائق أصابت أسواقاً تجارية في مدن أربيل والسليمانية وكركوك، الصيف الماضي، وألحقت خسائر مادية كبيرة بالأماكن والتجار.
وأكدت وزارة الداخلية العراقية، في تحقيقات مشتركة مع وزارة داخلية إقليم كوردستان وجهازه الأمني، أن تلك الحرائق كانت مفتعلة، وأن عناصر تابعين لحزب العمال الكوردستاني يقفون وراءها.
وألقت القوات الأمنية القبض على المتهمين بافتعال تلك الحرائق، فاعترفوا رسمياً بما فعلوه.
""", [
    ev("market-fire", "اندلع الحريق في الساعة 6:00 من صباح اليوم السبت الموافق 5 نيسان 2025", MFIRE, "'الساعة 6:00 من صباح اليوم السبت الموافق 5 نيسان 2025' = Sat 5 Apr 2025, 6 am"),
    ev("governor-statement", "وأعلن محافظ السليمانية، هفال أبوبكر، في بيان رسمي", MFIRE, "no own expression; the governor's statement 'عقب الحادث', the same Sat 5 Apr 2025"),
    ev("fire-controlled", "وسيطرت عليها فرق مديرية الدفاع المدني", MFIRE, "no own expression; the fire was put out the same morning, Sat 5 Apr 2025"),
    ev("summer-market-fires", "سلسلة حرائق أصابت أسواقاً تجارية في مدن أربيل والسليمانية وكركوك، الصيف الماضي", "2024-06-01", "'الصيف الماضي' from April 2025 = summer 2024 (my span Jun - Aug 2024)", end="2024-09-01"),
])
art(S, "http://ww.non14.net/public/176089",
    MFIRE, "no date on the stored page; the body's 'في وقت مبكر من صباح اليوم السبت' for the Dara Sutawka fire, with the governor Hevar Abu Bakr and about 100 shops burnt (the fire of Sat 5 Apr 2025 in baghdadtoday and aljeebal), gives Sat 5 Apr 2025; the stored text has no headline, so I wrote one from the body; the 'حجم النص' control and the 'أقرأ ايضاً' links dropped", False, """
حريق في سوق داره سوتاوكه بالسليمانية يطال نحو 100 محل
ذكرت شبكة رووداو الإعلامية أن حريقاً نشب في وقت مبكر من صباح اليوم السبت في جانب من سوق "داره سوتاوكه" بمدينة السليمانية في إقليم كوردستان، فاحترق عدد من المحال التجارية.
وقال محافظ السليمانية هفال أبو بكر في تصريح صحفي إن "الحريق لم يوقع أي خسائر بشرية وقد جرت السيطرة عليه"، مضيفاً أن "الجهات المعنية تحقق لمعرفة أسباب اندلاعه".
وبحسب المعلومات، شبّ الحريق نحو الساعة الرابعة فجراً، وطال المحال التجارية في السوق.
وتوجه محافظ السليمانية إلى موقع الحادث ليطلع عن كثب على حجم الأضرار، في حين لم يعلن الدفاع المدني بعد إحصائية رسمية بالخسائر، لكن وفق معلومات مراسل رووداو في الموقع فإن نحو 100 محل تجاري احترقت أو تضررت بسبب الحريق.
""", [
    ev("market-fire", "حريقاً نشب في وقت مبكر من صباح اليوم السبت", MFIRE, "'صباح اليوم السبت' = Sat 5 Apr 2025 ('نحو الساعة الرابعة فجراً')"),
    ev("governor-statement", "وقال محافظ السليمانية هفال أبو بكر في تصريح صحفي", MFIRE, "no own expression; the governor spoke on the day of the fire, Sat 5 Apr 2025"),
    ev("fire-controlled", "وقد جرت السيطرة عليه", MFIRE, "no own expression; the fire was put out the same morning, Sat 5 Apr 2025"),
    ev("governor-visit", "وتوجه محافظ السليمانية إلى موقع الحادث", MFIRE, "no own expression; the governor's visit on the morning of the fire, Sat 5 Apr 2025"),
])
art(S, "https://shafaq.com/ar/كوردســتانيات/حريق-دارة-سوتاوه-في-السليمانية-اضرار-جسيمة-والاشتباه-بمقيم-سوري-صور",
    SUN, "no date on the stored page; the body's 'اليوم الأحد' for the police announcement and 'يوم أمس السبت' / 'صباح يوم أمس' for the Dara Sutawka fire of Sat 5 Apr 2025 (the same qaimaqam Awat Mohammed as in baghdadtoday) give Sun 6 Apr 2025 (6 Apr 2025 was a Sunday); headline kept from the page; the last, truncated sentence dropped", False, """
حريق "دارة سوتاوه" في السليمانية.. اضرار جسيمة والاشتباه بمقيم "سوري" (صور)
شفق نيوز/ أعلنت شرطة محافظة السليمانية، اليوم الأحد، أنها اعتقلت شخصاً يحمل الجنسية السورية بتهمة إضرام النار في "سوق دارەسوتا" الذي اشتعل يوم أمس السبت، متسبباً بأضرار جسيمة في السوق.
وقال سەرکەوت أحمد، المتحدث باسم شرطة السليمانية، لوكالة شفق نيوز، إن "شخصاً اعتُقل بتهمة إشعال حريق سوق دارەسوتا".
وأوضح مصدر في شرطة السليمانية للوكالة أن "المعتقل مواطن سوري كان يعمل في سوق دارەسوتا، وكان موجوداً في السوق لحظة اندلاع الحريق عند الساعة الثانية عشرة من منتصف ليلة الحادث، ويُشتبه في أنه أشعل النيران عمداً، ولهذا اعتُقل".
وكان الحريق قد نشب صباح يوم أمس في قسم من المحال التجارية الواقعة في قسم المزاد العلوي قرب شارع قناة، وهو المكان المعروف بسوق دارەسوتا، لأسباب لا تزال مجهولة حتى الآن.
من جانبه، تعهّد آوات محمد، قائمقام قضاء السليمانية، باتخاذ كل الإجراءات الإدارية اللازمة لإعادة تأهيل المجمع التجاري بالكامل.
""", [
    ev("police-arrest-announcement", "أعلنت شرطة محافظة السليمانية، اليوم الأحد", SUN, "'اليوم الأحد' = Sun 6 Apr 2025"),
    ev("market-fire", "الذي اشتعل يوم أمس السبت", MFIRE, "'يوم أمس السبت' from Sun 6 Apr 2025 = Sat 5 Apr"),
    ev("qaimaqam-pledge", "تعهّد آوات محمد، قائمقام قضاء السليمانية", MFIRE, "no own expression; the pledge came after the fire of Sat 5 Apr and by this report of Sun 6 Apr 2025 (my span Sat 5 - Sun 6)", end="2025-04-07"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 551
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
