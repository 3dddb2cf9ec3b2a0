"""Builds stories.jsonl: the 439-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: migration and migrants: migrant boats intercepted or sunk,
deportations, migrants found in deserts, return flights.
Stories: the deaths of thirst of 11 Sudanese displaced people in the desert south of Kufra (Libya, May 2025);
the shipwreck of a migrant boat from Sfax with one survivor brought to Malta and about 50 dead (Tunisia /
Malta, January 2026); the Lebanese army's interception off Tripoli of a boat with 110 people bound for Cyprus
(Lebanon, December 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-kufra-sudanese-thirst-deaths-2025
S = "libya-kufra-sudanese-thirst-deaths-2025"
ANNOUNCE = "2025-05-22"                    # the Kufra ambulance service announced the 11 deaths on Thu 22 May 2025
BEFORE = ("2025-05-15", "2025-05-23")      # my span for the breakdown, the deaths, the finding of the survivors: the week up to the announcement
art(S, "https://www.ashamasallibya.com/defaultnews/2025-05-22/34081",
    "2025-05-22", "the address carries 2025-05-22 and the body says 'في تصريح صحفي اليوم الخميس' (22 May 2025 was a Thursday; arabkhabar of Fri 23 May: 'أمس الخميس'); the site chrome ('صحيفة الشمس الليبية مشاركة المقال', tags, comments) and the sub-heading dropped; headline written from the body (the stored text has none); the garbled '13 الماء- مايو الجاري' rendered '13 مايو الجاري'", True, """
الكفرة: العطش يقتل 11 نازحا سودانيا في الصحراء
أعلن إبراهيم بالحسن، مدير جهاز الإسعاف والطوارئ في الكفرة، عن وفاة 11 من النازحين السودانيين الذين تقطعت بهم السبل في صحراء البلدية، بينما عثر مواطنون على 15 آخرين أحياء.
وأوضح بالحسن في تصريح صحفي اليوم الخميس أن النازحين، ومن بينهم نساء وأطفال، فارقوا الحياة بسبب العطش، وتوجه بالشكر إلى المواطنين الذين ساهموا في إنقاذ الباقين وإبلاغ السلطات بمكانهم لتقديم العون لهم.
وفي 13 مايو الجاري، كان مستشفى الشهيد عطية الكاسح في الكفرة قد استقبل 36 نازحا من حاملي الجنسية السودانية، بينهم نساء وأطفال، ظلوا تائهين في عمق الصحراء جنوب المدينة لمدة خمسة أيام دون ما يكفي من الماء أو الغذاء.
وبيّن المستشفى أن هؤلاء النازحين عانوا من إعياء شديد ونقص في السوائل وسوء تغذية، ولا سيما الأطفال منهم.
""", [
    ev("thirst-deaths", "عن وفاة 11 من النازحين السودانيين", BEFORE[0], "no own expression; they died in the desert some days before the announcement of Thu 22 May 2025 (my span 15 - 22 May)", end=BEFORE[1]),
    ev("survivors-found", "بينما عثر مواطنون على 15 آخرين أحياء", BEFORE[0], "no own expression; found before the announcement of Thu 22 May 2025 (my span 15 - 22 May)", end=BEFORE[1]),
    ev("ambulance-announcement", "وأوضح بالحسن في تصريح صحفي اليوم الخميس", ANNOUNCE, "'اليوم الخميس' = Thu 22 May 2025"),
    ev("may13-reception", "كان مستشفى الشهيد عطية الكاسح في الكفرة قد استقبل 36 نازحا", "2025-05-13", "'13 مايو الجاري' = Tue 13 May 2025"),
    ev("lost-five-days", "ظلوا تائهين في عمق الصحراء جنوب المدينة لمدة خمسة أيام", "2025-05-08", "'لمدة خمسة أيام' up to their reception on Tue 13 May 2025 = 8 - 13 May", end="2025-05-14"),
])
art(S, "https://www.arabkhabar.com/a/4656435",
    "2025-05-23", "the page's 'تاريخ النشر: 23rd, May 2025 GMT' (dropped from the text) and the body's 'أمس الخميس' for the ambulance statement of Thu 22 May 2025 give Fri 23 May 2025; a Sada El Balad report carried by arabkhabar; the keywords and the 'إقرأ أيضاً' item dropped; headline kept from the page", True, """
العطش يقتل 11 سودانيا في الصحراء الليبية
عاشت الصحراء الليبية مأساة كبيرة إثر وفاة 11 سودانيا، من بينهم نساء وأطفال، جراء العطش بعدما تعطلت سيارتهم في الصحراء الكبرى وهم في طريقهم إلى مدينة الكفرة.
وأفادت السلطات الليبية، ممثلة في جهاز الإسعاف والطوارئ بمدينة الكفرة، أمس الخميس في بيان بأن سيارة تقل عددا من النازحين السودانيين تعطلت من جديد وتقطعت بهم السبل في الصحراء الكبرى، مما أدى إلى 11 حالة وفاة بسبب العطش، فيما جرى إنقاذ 15 آخرين.
وأشار البيان إلى أن إحدى المصابات، واسمها خديجة إبراهيم خميس، نقلت من الكفرة إلى مستشفى في بنغازي لإجراء عملية جراحية في ساقها إثر حادث سير.
وتتكرر الحوادث في الصحراء الشاسعة الممتدة بين ليبيا والسودان، إذ يفر كثير من السودانيين من الحرب التي تدور في بلادهم بين الجيش وقوات الدعم السريع منذ أبريل 2023.
""", [
    ev("thirst-deaths", "إثر وفاة 11 سودانيا", BEFORE[0], "no own expression; before the statement of Thu 22 May 2025 ('أمس الخميس') (my span 15 - 22 May)", end=BEFORE[1]),
    ev("vehicle-breakdown", "بعدما تعطلت سيارتهم في الصحراء الكبرى", BEFORE[0], "no own expression; before the deaths announced on Thu 22 May 2025 (my span 15 - 22 May)", end=BEFORE[1]),
    ev("ambulance-announcement", "أمس الخميس في بيان", ANNOUNCE, "'أمس الخميس' in an article of Fri 23 May 2025 = Thu 22 May"),
    ev("survivors-found", "فيما جرى إنقاذ 15 آخرين", BEFORE[0], "no own expression; before the statement of Thu 22 May 2025 (my span 15 - 22 May)", end=BEFORE[1]),
    ev("khadija-to-benghazi", "نقلت من الكفرة إلى مستشفى في بنغازي", BEFORE[0], "no own expression; done by the time of the statement of Thu 22 May 2025 (my span 15 - 22 May)", end=BEFORE[1]),
    ev("sudan-war", "الحرب التي تدور في بلادهم بين الجيش وقوات الدعم السريع منذ أبريل 2023", "2023-04-15", "'منذ أبريل 2023' = the start of the war on Sat 15 Apr 2023 (the month only in this text)"),
])
art(S, "https://rtmediasd.net/2025/05/24/%d8%b1%d8%ad%d9%84%d8%a9-%d8%a7%d9%84%d9%85%d9%88%d8%aa-%d8%b9%d8%a8%d8%b1-%d8%a7%d9%84%d8%b5%d8%ad%d8%b1%d8%a7%d8%a1-%d8%a7%d9%84%d9%84%d9%8a%d8%a8%d9%8a%d8%a9-%d8%a7%d9%84%d8%b9%d8%b7%d8%b4-%d9%8a",
    "2025-05-24", "no date line in the stored text; the WordPress address carries 2025/05/24 (Sat 24 May 2025), consistent with a follow-up of the Kufra statement of Thu 22 May; the section tag 'منوعات' dropped; headline kept from the page; no date of its own in the text", False, """
رحلة الموت عبر الصحراء الليبية.. العطش يودي بحياة 11 سودانيًا بينهم أطفال و15 ينجون بأعجوبة
في حادثة مأساوية شهدتها الصحراء الليبية، فارق 11 مواطنًا سودانيًا الحياة عطشًا بعد أن تعطلت مركبتهم أثناء رحلتهم باتجاه مدينة الكفرة.
وضمت المجموعة 26 شخصًا، من بينهم نساء وأطفال، وقد عثر المارة على 15 ناجيًا، في حين تأكدت وفاة 11 منهم بسبب الإرهاق وشح المياه.
ووصلت فرق الإنقاذ إلى الناجين وقدمت لهم الإسعافات، ومن بينهم السيدة خديجة إبراهيم خميس التي أُسعفت إلى أحد مستشفيات بنغازي لإجراء جراحة عاجلة بعد إصابة في ساقها خلال الحادث.
وتمثل هذه الحادثة نموذجًا مأساويًا للمخاطر الجسيمة التي يواجهها النازحون أثناء تنقلهم في المناطق الصحراوية القاسية.
""", [
    ev("thirst-deaths", "فارق 11 مواطنًا سودانيًا الحياة عطشًا", BEFORE[0], "no own expression; the deaths announced on Thu 22 May 2025 (ashamasallibya), some days before (my span 15 - 22 May)", end=BEFORE[1]),
    ev("vehicle-breakdown", "بعد أن تعطلت مركبتهم", BEFORE[0], "no own expression; before the deaths announced on Thu 22 May 2025 (my span 15 - 22 May)", end=BEFORE[1]),
    ev("survivors-found", "عثر المارة على 15 ناجيًا", BEFORE[0], "no own expression; before the announcement of Thu 22 May 2025 (my span 15 - 22 May)", end=BEFORE[1]),
    ev("khadija-to-benghazi", "أُسعفت إلى أحد مستشفيات بنغازي", BEFORE[0], "no own expression; reported in the ambulance statement of Thu 22 May 2025 (my span 15 - 22 May)", end=BEFORE[1]),
])

# ---------------------------------------------------------------- tunisia-sfax-malta-sole-survivor-shipwreck-2026
S = "tunisia-sfax-malta-sole-survivor-shipwreck-2026"
CONFIRM = "2026-01-25"                     # Alarm Phone's post and the Maltese confirmation: Sun 25 Jan 2026
DEPART = "2026-01-18"                      # the boat left the Sfax coast on Sun 18 Jan 2026 (Tunisian Observatory for Human Rights)
ALERT = "2026-01-20"                       # Alarm Phone's alert on ~51 lives at risk: Tue 20 Jan 2026
RESCUE = "2026-01-23"                      # the survivor was picked up by a merchant ship off Tunisia on Fri 23 Jan 2026 (Times of Malta)
SINK = ("2026-01-20", "2026-01-24")        # the sinking: after the alert of 20 Jan, before the rescue of 23 Jan (my span)
WATER = ("2026-01-22", "2026-01-24")       # '24 hours in the water' before the rescue of Fri 23 Jan
art(S, "https://www.eljedidnews.info/ar/node/15844",
    "2026-01-25", "no date line in the stored text; the body's 'قال مسؤولون اليوم الأحد' for the confirmation of Sun 25 Jan 2026 (25 Jan 2026 was a Sunday; Alarm Phone's post is of 25 Jan, aletihad of Mon 26 Jan: 'أمس'); a Reuters/AFP compilation; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
إنقاذ مهاجر ومخاوف من مقتل 50 في البحر المتوسط
أفاد مسؤولون اليوم الأحد بأن مهاجرا أمكن إنقاذه، غير أن هناك مخاوف من مقتل 50 آخرين إثر غرق قارب في البحر المتوسط.
وأوضحت مجموعة ألارم فون، التي تشغّل خطا ساخنا لحالات الطوارئ الخاصة بالمهاجرين، أن الرجل بقي في البحر نحو 24 ساعة، وأنه يعتقد أن الآخرين لقوا حتفهم.
وأضافت المجموعة أن القارب أبحر من تونس، التي تعد نقطة انطلاق معتادة للمهاجرين الذين يجازفون بهذه الرحلة سعيا للوصول إلى أوروبا.
وذكرت القوات المسلحة المالطية أن سفينة تجارية انتشلت رجلا قبالة السواحل التونسية ونُقل إلى مالطا لتلقي العلاج، ولم تكشف القوات المسلحة ولا مجموعة ألارم فون عن موعد إنقاذه.
سواحل غامبيا
وقبل 3 أسابيع، لقي 7 أشخاص على الأقل حتفهم وفُقد كثيرون بعد غرق مركب يحمل 200 شخص قبالة سواحل غامبيا، بحسب ما أعلنته الحكومة.
وتم إنقاذ 96 شخصا على الأقل، كان كثير منهم مصابين بجروح بالغة.
وأفادت حكومة غامبيا في بيان بأنها «على علم بحادث بحري مأسوي يخص مركبا يعتقد أنه كان يحمل أكثر من 200 مهاجر، وأفادت تقارير بأنه غرق حوالى منتصف ليل 31 كانون الأول/ ديسمبر 2025 قرب قرية جيناك بمنطقة الضفة الشمالية».
وأطلقت البحرية الغامبية بعد تلقيها نداء استغاثة عملية بحث وإنقاذ بعد منتصف الليل، شاركت فيها عدة سفن حربية وقارب صيد قدّم المساعدة، وفق البيان.
""", [
    ev("survivor-confirmed", "أفاد مسؤولون اليوم الأحد بأن مهاجرا أمكن إنقاذه", CONFIRM, "'اليوم الأحد' = Sun 25 Jan 2026"),
    ev("boat-sinking", "إثر غرق قارب في البحر المتوسط", SINK[0], "no own expression; after Alarm Phone's alert of Tue 20 Jan and before the rescue of Fri 23 Jan 2026 (my span 20 - 23 Jan)", end=SINK[1]),
    ev("hours-in-water", "أن الرجل بقي في البحر نحو 24 ساعة", WATER[0], "'نحو 24 ساعة' in the water before his rescue on Fri 23 Jan 2026 (Times of Malta) = 22 - 23 Jan", end=WATER[1]),
    ev("boat-departed", "أن القارب أبحر من تونس", DEPART, "no own expression; the boat left the Sfax coast on Sun 18 Jan 2026 (Tunisian Observatory for Human Rights: 'يوم 18 جانفي الجاري')"),
    ev("survivor-rescued", "أن سفينة تجارية انتشلت رجلا قبالة السواحل التونسية", RESCUE, "no own expression (the text says the time was not disclosed); the Maltese armed forces told the Times of Malta he was picked up on Friday = Fri 23 Jan 2026"),
    ev("gambia-shipwreck", "بعد غرق مركب يحمل 200 شخص قبالة سواحل غامبيا", "2025-12-31", "'حوالى منتصف ليل 31 كانون الأول/ ديسمبر 2025' (and 'قبل 3 أسابيع') = the night of 31 Dec 2025 - 1 Jan 2026", end="2026-01-02"),
])
art(S, "https://www.aletihad.ae/news/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/4639866/%D9%88%D9%81%D8%A7%D8%A9-50-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D8%A7-%D8%A8%D8%BA%D8%B1%D9%82-%D9%85%D8%B1%D9%83%D8%A8-%D8%A7%D9%86%D8%B7%D9%84%D9%82-%D9%85%D9%86-%D8%B3%D9%88%D8%A7%D8%AD%D9%84-%D8%AA%D9%88%D9%86%D8%B3",
    "2026-01-26", "the page's time stamp '26 يناير 2026 01:53' under the headline (dropped from the text; the header's 'الإثنين 26 يناير 2026' is the site's clock) and the body's 'أمس' for Alarm Phone's post of Sun 25 Jan 2026 give Mon 26 Jan 2026; the photo caption dropped; headline kept from the page", True, """
وفاة 50 مهاجراً بغرق مركب انطلق من سواحل تونس
تونس (وكالات)
أعلنت منصة «هاتف الإنذار»، المتخصصة في رصد المهاجرين العالقين في البحر والإبلاغ عنهم، أمس، عن موت 50 مهاجراً ونجاة مهاجر واحد بعد غرق مركب أبحر من سواحل صفاقس التونسية.
وذكرت المنصة في حسابها على موقع «اكس» أن المهاجرين ظلوا عالقين في البحر قرابة 24 ساعة قبل أن يقضي أغلبهم غرقاً.
وأشارت إلى أن السلطات المالطية أكدت أن مهاجراً واحداً فقط نجا من المأساة.
ولم تتضح حتى الآن تفاصيل إضافية عن غرق المركب أو عن جنسيات الضحايا.
وكانت المنصة قد نبّهت قبل يوم السلطات الإيطالية والتونسية إلى المركب العالق على طريق وسط البحر المتوسط في ظل أحوال جوية سيئة، لكن لم ترد أي معلومات عن عمليات إنقاذ.
ووفق تقديرات المنظمة الدولية للهجرة، لقي ما لا يقل عن 1878 شخصاً حتفهم في البحر المتوسط عام 2025، مقابل 2573 شخصاً في 2024.
""", [
    ev("alarm-phone-report", "أمس، عن موت 50 مهاجراً", CONFIRM, "'أمس' in an article of Mon 26 Jan 2026 = Sun 25 Jan (Alarm Phone's post of 25 Jan)"),
    ev("boat-departed", "أبحر من سواحل صفاقس التونسية", DEPART, "no own expression; the boat left the Sfax coast on Sun 18 Jan 2026 (Tunisian Observatory for Human Rights)"),
    ev("hours-in-water", "ظلوا عالقين في البحر قرابة 24 ساعة", WATER[0], "'قرابة 24 ساعة' before the rescue of Fri 23 Jan 2026 = 22 - 23 Jan", end=WATER[1]),
    ev("survivor-confirmed", "أن السلطات المالطية أكدت أن مهاجراً واحداً فقط نجا", CONFIRM, "no own expression; the Maltese confirmation reported on Sun 25 Jan 2026 (eljedidnews 'اليوم الأحد')"),
    ev("alarm-phone-alert", "وكانت المنصة قد نبّهت قبل يوم السلطات الإيطالية والتونسية", ALERT, "'قبل يوم' is loose here: Alarm Phone alerted Italy and Tunisia about ~51 people fleeing Tunisia in bad weather on Tue 20 Jan 2026 (its post of 20 Jan)"),
    ev("iom-2025-toll", "لقي ما لا يقل عن 1878 شخصاً حتفهم في البحر المتوسط عام 2025", "2025-01-01", "'عام 2025' = the year 2025", end="2026-01-01"),
])
art(S, "https://www.khbrpress.ps/%D9%85%D8%B5%D8%B1%D8%B9-50-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D8%A7-%D8%A8%D8%BA%D8%B1%D9%82-%D9%85%D8%B1%D9%83%D8%A8%D9%87%D9%85-%D8%A8%D9%8A%D9%86-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D9%88%D9%85%D8%A7%D9%84%D8%B7%D8%A7",
    "2026-01-26", "the page's stamp 'نشرت في 26 يناير 2026 10:50 ص' (Mon 26 Jan 2026), dropped from the text together with the short link; an Anadolu-style report; headline kept from the page; no date of its own in the text", False, """
مصرع 50 مهاجرا بغرق مركبهم بين ليبيا ومالطا
قضى 50 مهاجرا غير نظامي بعد غرق مركب كان ينقلهم في البحر الأبيض المتوسط بين ليبيا وجزيرة مالطا.
وبحسب رواية أحد المهاجرين بعد أن أنقذته سفينة شحن قبالة السواحل التونسية، فإن القارب غرق ما تسبب في وفاة 50 مهاجرًا.
وكان هذا المهاجر الناجي الوحيد من الكارثة، وقد تولت القوات المسلحة المالطية نقله إلى البلاد لتلقي الرعاية الطبية.
من جانبها، أكدت منظمة المجتمع المدني "Alarm Phone"، التي تنشر عبر منصات التواصل الاجتماعي نداءات الاستغاثة التي يطلقها المهاجرون غير النظاميين في البحر الأبيض المتوسط ومناطق أخرى، وقوع الحادثة، وأوضحت أن القارب الذي انقلب انطلق من تونس.
ولفتت إلى أن مصير مهاجرين آخرين أبحروا من تونس خلال الأيام الأخيرة على متن ثلاثة قوارب لا يزال مجهولا.
""", [
    ev("boat-sinking", "بعد غرق مركب كان ينقلهم", SINK[0], "no own expression; between Alarm Phone's alert of Tue 20 Jan and the rescue of Fri 23 Jan 2026 (my span 20 - 23 Jan)", end=SINK[1]),
    ev("survivor-rescued", "بعد أن أنقذته سفينة شحن قبالة السواحل التونسية", RESCUE, "no own expression; picked up on Fri 23 Jan 2026 (Maltese armed forces to the Times of Malta)"),
    ev("survivor-taken-to-malta", "تولت القوات المسلحة المالطية نقله إلى البلاد", RESCUE, "no own expression; brought to Malta after the rescue of Fri 23 Jan and before the confirmation of Sun 25 Jan 2026 (my span 23 - 25 Jan)", end="2026-01-26"),
    ev("alarm-phone-report", "أكدت منظمة المجتمع المدني", CONFIRM, "no own expression; Alarm Phone's post on X of Sun 25 Jan 2026"),
    ev("boat-departed", "أن القارب الذي انقلب انطلق من تونس", DEPART, "no own expression; the boat left the Sfax coast on Sun 18 Jan 2026 (Tunisian Observatory for Human Rights)"),
    ev("three-boats-sailed", "أبحروا من تونس خلال الأيام الأخيرة على متن ثلاثة قوارب", "2026-01-15", "'خلال الأيام الأخيرة' before Mon 26 Jan 2026; Alarm Phone reported the three missing boats from Tunisia in the week before (my span 15 - 24 Jan)", end="2026-01-25"),
])

# ---------------------------------------------------------------- lebanon-tripoli-110-migrants-boat-2023
S = "lebanon-tripoli-110-migrants-boat-2023"
FOILED = "2023-12-01"                      # the boat left al-Abdeh at dawn, broke down and was stopped off Tripoli on Fri 1 Dec 2023
art(S, "https://raiam-sy.com/amp/2023/12/01/%d8%a7%d9%84%d8%ac%d9%8a%d8%b4-%d8%a7%d9%84%d9%84%d8%a8%d9%86%d8%a7%d9%86%d9%8a-%d9%8a%d9%8f%d8%ad%d8%a8%d8%b7-%d8%b9%d9%85%d9%84%d9%8a%d8%a9-%d9%87%d8%ac%d8%b1%d8%a9-%d8%ba%d9%8a%d8%b1-%d8%b4%d8%b1",
    "2023-12-01", "no date line in the stored text; the address carries 2023/12/01 (Fri 1 Dec 2023) and the body's 'أحبطت اليوم' and 'فجر اليوم' are the day of the army statement of 1 Dec 2023 (buyerpress of Sat 2 Dec: 'أمس الجمعة', 'بتاريخ 1 كانون الأول الحالي'); headline rendered from the address slug; the last, truncated paragraph (observers on the rough winter sea) dropped; the text has only 'اليوم', no date of its own", False, """
الجيش اللبناني يُحبط عملية هجرة غير شرعية
ذكرت قيادة الجيش اللبناني في بيان أصدرته أن دورية من قواتها البحرية أحبطت اليوم عملية تهريب بواسطة مركب «كان على متنه 110 أشخاص، بينهم لبنانيان، و108 سوريون»، قبالة شاطئ طرابلس، وذلك ضمن «مراقبة الحدود البحرية ومكافحة التهريب والتسلل غير الشرعي».
وكشفت مصادر عسكرية لصحيفة «الأخبار» اللبنانية أن المركب «انطلق فجر اليوم من قبالة شاطئ العبدة في عكّار قاصدا قبرص، لكن عطلا أصابه بعد وقت قصير من إبحاره فتوقف كليا وسط البحر على بعد أميال قليلة من شاطئ مدينة طرابلس».
وأضافت المصادر أن ذلك حصل «قبل أن تكتشف أمرهم دورية بحرية تابعة للجيش اللبناني، فسحبت القارب ومن عليه إلى مرفأ طرابلس، وبدأت التحقيق معهم لتحديد المتورطين في عملية الهجرة غير الشرعية».
""", [
    ev("army-statement", "ذكرت قيادة الجيش اللبناني في بيان أصدرته", FOILED, "no own expression; the army statement of Fri 1 Dec 2023 (buyerpress: 'أمس الجمعة')"),
    ev("army-foils-boat", "أحبطت اليوم عملية تهريب بواسطة مركب", FOILED, "'اليوم' = Fri 1 Dec 2023 (the statement: 'بتاريخ 1 / 12 /2023')"),
    ev("boat-sailed", "انطلق فجر اليوم من قبالة شاطئ العبدة", FOILED, "'فجر اليوم' = dawn of Fri 1 Dec 2023"),
    ev("engine-failure", "لكن عطلا أصابه بعد وقت قصير من إبحاره", FOILED, "no own expression; shortly after the departure at dawn of Fri 1 Dec 2023"),
    ev("towed-to-tripoli", "فسحبت القارب ومن عليه إلى مرفأ طرابلس", FOILED, "no own expression; the same day, Fri 1 Dec 2023"),
    ev("investigation-opened", "وبدأت التحقيق معهم", FOILED, "no own expression; on arrival at Tripoli port, Fri 1 Dec 2023"),
])
art(S, "https://buyerpress.com/?amp=1&p=111472",
    "2023-12-02", "no date line in the stored text; the body's 'أمس الجمعة' for the army's announcement of Fri 1 Dec 2023 ('بتاريخ 1 كانون الأول الحالي') gives Sat 2 Dec 2023 (1 Dec 2023 was a Friday); headline written from the body (the stored text has none)", True, """
الجيش اللبناني يحبط تهريب 110 مهاجرين قبالة طرابلس
أعلن الجيش اللبناني أمس الجمعة أنه أحبط عملية تهريب بواسطة مركب قبالة شاطئ طرابلس كان يقل 110 مهاجرين، منهم لبنانيان و108 سوريين، كانوا يسعون إلى مغادرة البلاد بحرا نحو أوروبا.
وجاء في بيان الجيش أنه "بتاريخ 1 كانون الأول الحالي، وضمن مراقبة الحدود البحرية ومكافحة التهريب والتسلل غير الشرعي، أحبطت دورية من القوات البحرية في الجيش عملية تهريب مقابل شاطئ طرابلس بواسطة مركب على متنه 110 أشخاص بينهم لبنانيان و108 سوريين".
وتتكرر محاولات تهريب الأشخاص بطرق غير شرعية من لبنان باتجاه أوروبا، وقد شددت السلطات المحلية رقابتها على السواحل للتصدي لهذه الظاهرة التي حصدت في أوقات سابقة أرواح العشرات جراء غرق مراكبهم في البحر المتوسط.
""", [
    ev("army-statement", "أعلن الجيش اللبناني أمس الجمعة", FOILED, "'أمس الجمعة' in an article of Sat 2 Dec 2023 = Fri 1 Dec"),
    ev("army-foils-boat", "أحبطت دورية من القوات البحرية في الجيش", FOILED, "'بتاريخ 1 كانون الأول الحالي' = Fri 1 Dec 2023"),
    ev("boat-sailed", "كانوا يسعون إلى مغادرة البلاد بحرا نحو أوروبا", FOILED, "no own expression; the boat sailed from al-Abdeh at dawn of Fri 1 Dec 2023 (raiam-sy 'فجر اليوم')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 439
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
