"""Builds stories.jsonl: the 509-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: animal attacks and stray or escaped animals (dog,
crocodile, shark, lion or bear attacks; culls and campaigns).
Stories: the fatal shark attack on a surfer at Long Reef, Sydney (Australia, September 2025); the shark
attack on a diver off Hadera (Israel, April 2025); a boy killed by stray dogs at Sabbah near Skhirat and the
dog round-up that followed (Morocco, May 2025); a four-year-old girl killed by stray dogs at al-Washla,
south-west of Riyadh, and the directives that followed (Saudi Arabia, March 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- australia-sydney-long-reef-shark-2025
S = "australia-sydney-long-reef-shark-2025"
ATTACK = "2025-09-06"        # Mercury Psillakis killed by a great white shark off Long Reef, Sat 6 Sep 2025, after 10 am local time
SUNDAY = "2025-09-07"        # drones and a helicopter over Long Reef, two beaches still closed, Sun 7 Sep 2025
LITTLE_BAY = "2022-02-16"    # the British diving instructor (Simon Nellist, 35) killed at Little Bay, Wed 16 Feb 2022
art(S, "https://alrai.com/article/10912760/منوعات/قرش-يقتل-رجلا-قبالة-شواطئ-سيدني",
    ATTACK, "the page's date line 'تاريخ النشر : السبت 02:05 6-9-2025' (Sat 6 Sep 2025, a Saturday), not part of the body and left out of the text; the headline kept from the page; the e-paper widget code dropped", True, """
قرش يقتل رجلاً قبالة شواطئ سيدني
مأساة جديدة تشهدها أستراليا بعدما أودى هجوم قرش ضخم بحياة رجل في شمال سيدني، الأمر الذي حمل السلطات على إغلاق شواطئ عدة حتى إشعار آخر.
وأعلنت الشرطة الأسترالية أن رجلا لقي حتفه بعدما نهشته سمكة قرش كبيرة خلال ركوبه الأمواج قبالة شمال سيدني، في حادث مأساوي هو الثاني من نوعه خلال 3 سنوات.
وأكدت شرطة نيو ساوث ويلز أن فرق الطوارئ هرعت إلى الموقع فور تلقيها بلاغا عن رجل مصاب بجروح خطيرة، غير أن محاولات إنقاذه لم تنجح، فيما أُحيل لوح ركوب الأمواج الخاص به، الذي عُثر عليه ممزقا، إلى الفحص الجنائي.
ونقلت صحيفة "ديلي تليغراف" عن شهود عيان أن الضحية كان يركب الأمواج بين شاطئي لونغ ريف ودي واي حين تعرض للهجوم القاتل.
وقال أحد راكبي الأمواج إن "أربعة أو خمسة أشخاص أخرجوا الرجل من الماء، لكن الجزء السفلي من جسده كان قد أصيب إصابات بالغة".
وفي أعقاب الحادث، أغلقت السلطات الأسترالية شواطئ كثيرة في المنطقة "حتى إشعار آخر"، بينما شاركت مروحيات في تمشيط السواحل تحسبا لوجود القرش.
يُذكر أن آخر هجوم قاتل لسمكة قرش في سيدني وقع عام 2022 وأودى بحياة مدرب غوص بريطاني، في حين ترجع الحادثة المميتة التي سبقته إلى عام 1963.
""", [
    ev("shark-attack", "بعدما نهشته سمكة قرش كبيرة خلال ركوبه الأمواج", ATTACK, "no own expression; the attack of Sat 6 Sep 2025 (kawalisserif 'أمس السبت 6 شتنبر 2025'), the day of this report"),
    ev("emergency-response", "فرق الطوارئ هرعت إلى الموقع", ATTACK, "no own expression; the call-out right after the attack, Sat 6 Sep 2025"),
    ev("board-forensics", "أُحيل لوح ركوب الأمواج الخاص به", ATTACK, "no own expression; the police took the board pieces on the day of the attack, Sat 6 Sep 2025"),
    ev("surfers-pull-out", "أخرجوا الرجل من الماء", ATTACK, "no own expression; the surfers pulled him out right after the attack, Sat 6 Sep 2025"),
    ev("beaches-closed", "أغلقت السلطات الأسترالية شواطئ كثيرة في المنطقة", ATTACK, "no own expression; the closure ordered after the attack on Sat 6 Sep 2025 (the Sunday closure is 'two-beaches-closed-sunday')"),
    ev("little-bay-2022", "آخر هجوم قاتل لسمكة قرش في سيدني وقع عام 2022", LITTLE_BAY, "'عام 2022' (the year only here); the Little Bay attack on the British diving instructor, Wed 16 Feb 2022 (outside knowledge; 'فبراير 2022' in emaratalyoum)"),
])
art(S, "https://kawalisserif.com/2025/09/07/%d9%85%d8%a3%d8%b3%d8%a7%d8%a9-%d8%b9%d9%84%d9%89-%d8%b4%d9%88%d8%a7%d8%b7%d8%a6-%d8%b3%d9%8a%d8%af%d9%86%d9%8a-%d9%82%d8%b1%d8%b4-%d9%8a%d9%84%d8%aa%d9%87%d9%85-%d8%a8%d8%b7%d9%84-%d8%ad%d8%a7",
    SUNDAY, "no date line on the stored page (it opens with the site's e-mail address, dropped); the URL's date path '/2025/09/07/' and the body's 'عشية أمس السبت 6 شتنبر 2025' for the attack of Sat 6 Sep 2025 give Sun 7 Sep 2025; the headline kept from the page; the last, truncated sentence (on the shark's species) dropped", False, """
مأساة على شواطئ سيدني : قرش يلتهم بطل حاول إنقاذ أصدقائه
عاشت شواطئ شمال سيدني عشية أمس السبت 6 شتنبر 2025 مأساة صادمة هزت مجتمع عشاق الرياضات المائية في أستراليا وخارجها، إذ لقي ميركوري "مير" بسيلاكيس، وهو رجل في الخامسة والخمسين، حتفه إثر هجوم مباغت من قرش ضخم خلال ركوبه الأمواج، في وقت كان يسعى فيه إلى حماية أصدقائه.
وبحسب رواية صديقه المقرب توبي مارتن، راكب الأمواج المحترف سابقا، كان بسيلاكيس في آخر المجموعة يحاول لمّ شمل الجميع عندما انقض عليه القرش مباشرة، فوجد نفسه أمام أسوأ الاحتمالات.
وأضاف مارتن أن الأصدقاء نجحوا في جر جثمانه الممزق، بعدما التهم القرش جزءا منه وفقد ساقيه، مسافة تقارب 100 متر نحو الشاطئ.
ووصف الشاهد مارك مورغنثال القرش بأنه "ضخم جدا"، موضحا أن المسافة بين زعنفتي ظهره وذيله توحي بأن طوله قد يبلغ ستة أمتار.
من جهته، أثنى قائد الشرطة المحلي جون دانكان على الشجاعة الكبيرة التي أبدتها مجموعة الأصدقاء حين لم تتردد في انتشال جثمان الضحية رغم الخطر الداهم، مؤكدا أن الإصابات كانت كارثية ولم تترك أي أمل في النجاة.
""", [
    ev("shark-attack", "إثر هجوم مباغت من قرش ضخم خلال ركوبه الأمواج", ATTACK, "'عشية أمس السبت 6 شتنبر 2025' = Sat 6 Sep 2025 (the attack was in the morning, after 10 am local time, not in the evening)"),
    ev("surfers-pull-out", "نجحوا في جر جثمانه الممزق", ATTACK, "no own expression; right after the attack, Sat 6 Sep 2025"),
    ev("duncan-praise", "أثنى قائد الشرطة المحلي جون دانكان", ATTACK, "no own expression; Inspector John Duncan's remarks to the press on the day of the attack, Sat 6 Sep 2025 (reports of that Saturday quote him)"),
])
art(S, "https://www.emaratalyoum.com/life/four-sides/2025-09-08-1.1970783",
    "2025-09-08", "no date line in the stored text; the URL's '2025-09-08' and the page metadata 'date 2025-09-08' give Mon 8 Sep 2025 (a print daily: its 'أمس' is Sun 7 Sep, the day of the drone and helicopter watch, and 'أول من أمس' Sat 6 Sep, the day of the attack); headline written from the body (the stored text has none)", False, """
مسيّرات وهليكوبتر تراقب شاطئا في سيدني بعد مقتل راكب أمواج بهجوم قرش
أفاد مسؤولون بأن السلطات الأسترالية دفعت، أمس، بطائرات مسيّرة وطائرة هليكوبتر لمراقبة المياه حول شاطئ معروف في سيدني، بعد أن قُتل راكب أمواج في هجوم شنته سمكة قرش بيضاء كبيرة، أول من أمس.
وأُغلق شاطئان، أمس، في المدينة الأكثر اكتظاظا بالسكان في أستراليا بحثا عن السمكة التي تسببت في مقتل الرجل، وذلك بعد الهجوم الذي وقع على مسافة نحو 100 متر من الشاطئ أثناء ركوب الرجل الأمواج برفقة أصدقائه على شاطئ لونج ريف.
وذكرت الشرطة أن عددا من راكبي الأمواج الآخرين أخرجوا راكب الأمواج المتمرس من الماء، غير أنه فقد كمية كبيرة من الدم وفارق الحياة في الموقع، وهي أول وفاة بهجوم قرش في سيدني منذ مقتل سباح قبالة أحد الشواطئ في فبراير 2022.
وخلص علماء أحياء حكوميون مختصون في أسماك القرش إلى أن «سمكة قرش بيضاء يتراوح طولها بين 3.4 و3.6 أمتار هي على الأرجح المسؤولة عن الهجوم المروع».
""", [
    ev("drone-helicopter-watch", "دفعت، أمس، بطائرات مسيّرة وطائرة هليكوبتر", SUNDAY, "'أمس' in the issue of Mon 8 Sep 2025 = Sun 7 Sep (sarabic: 'يوم الأحد')"),
    ev("shark-attack", "قُتل راكب أمواج في هجوم شنته سمكة قرش بيضاء كبيرة، أول من أمس", ATTACK, "'أول من أمس' from Mon 8 Sep 2025 = Sat 6 Sep"),
    ev("two-beaches-closed-sunday", "وأُغلق شاطئان، أمس", SUNDAY, "'أمس' from Mon 8 Sep 2025 = Sun 7 Sep"),
    ev("surfers-pull-out", "أخرجوا راكب الأمواج المتمرس من الماء", ATTACK, "no own expression; right after the attack of Sat 6 Sep 2025"),
    ev("little-bay-2022", "منذ مقتل سباح قبالة أحد الشواطئ في فبراير 2022", LITTLE_BAY, "'فبراير 2022'; the Little Bay attack of Wed 16 Feb 2022 (outside knowledge)"),
    ev("white-shark-identified", "وخلص علماء أحياء حكوميون مختصون في أسماك القرش", ATTACK, "no own expression; the state's finding (a white shark of 3.4-3.6 m) came after the attack and was reported on Sun 7 Sep 2025 (sarabic, alwakeelnews); my span Sat 6 - Sun 7 Sep", end="2025-09-08"),
])

# ---------------------------------------------------------------- israel-hadera-shark-diver-2025
S = "israel-hadera-shark-diver-2025"
MONDAY = "2025-04-21"        # the diver (Barak Tzach, 40) attacked by sharks off Hadera on Mon 21 Apr 2025, early afternoon
TUESDAY = "2025-04-22"       # the search resumed early on Tue 22 Apr; human remains and belongings found that day
WEDNESDAY = "2025-04-23"     # the police confirmed the remains were the missing diver's on Wed 23 Apr 2025
art(S, "https://egy-press.com/114008",
    TUESDAY, "no date line on the stored page; the body's 'في عصر أمس الاثنين' for the emergency call of Mon 21 Apr 2025 and 'صباح اليوم الثلاثاء' for the renewed search give Tue 22 Apr 2025 (21 Apr 2025 was a Monday); the headline kept from the page", False, """
العثور على رفات بشرية بعد هجوم لأسماك القرش قبالة سواحل إسرائيل
انتشل غواصون بقايا جثة بشرية من قاع البحر الأبيض المتوسط قبالة الساحل الإسرائيلي، إثر أنباء عن هجوم شنته سمكة قرش.
وأوضح المتحدث باسم خدمة الطوارئ الإسرائيلية زاكا، الثلاثاء، أن العمل جار حاليا لتحديد هوية الرفات.
وفي عصر أمس الاثنين، تلقت خدمات الطوارئ اتصالا يفيد بأن سمكة قرش عضت رجلا.
وعلى الرغم من ساعات من البحث، عجزت فرق الطوارئ في البداية عن العثور على أحد في منطقة الخضيرة الساحلية الواقعة على بعد نحو 50 كيلومترا شمالي تل أبيب، ثم استؤنف البحث في وقت مبكر من صباح اليوم الثلاثاء.
وتحتشد أسماك القرش الرملية والقروش السوداء في المنطقة بين شهري نوفمبر ومايو، ويُعتقد أن ما يجذبها إليها المياه الدافئة التي تضخها محطة طاقة قريبة في البحر.
ولا تشكل أسماك القرش عموما خطرا على البشر، وتبقى هجمات كهذه نادرة جدا في إسرائيل، فيما لم يُعرف بعد نوع القرش الذي نفذ الهجوم.
وأفادت وسائل إعلام إسرائيلية بأن المفقود رجل في الأربعين من عمره يسكن إحدى ضواحي تل أبيب، ويقال إنه متزوج وأب لأربعة أطفال.
""", [
    ev("remains-found", "انتشل غواصون بقايا جثة بشرية", TUESDAY, "no own expression; the remains were found during the search of Tue 22 Apr 2025 (kaynapress: 'عُثر عليها في البحر قرب الخضيرة الثلاثاء')"),
    ev("zaka-statement", "أوضح المتحدث باسم خدمة الطوارئ الإسرائيلية زاكا، الثلاثاء", TUESDAY, "'الثلاثاء' = Tue 22 Apr 2025"),
    ev("shark-attack", "تلقت خدمات الطوارئ اتصالا يفيد بأن سمكة قرش عضت رجلا", MONDAY, "'في عصر أمس الاثنين' from Tue 22 Apr 2025 = Mon 21 Apr"),
    ev("monday-search", "وعلى الرغم من ساعات من البحث", MONDAY, "no own expression; the hours of searching after the call of Mon 21 Apr 2025 afternoon"),
    ev("search-tuesday", "ثم استؤنف البحث في وقت مبكر من صباح اليوم الثلاثاء", TUESDAY, "'صباح اليوم الثلاثاء' = Tue 22 Apr 2025"),
])
art(S, "https://ngmasr.com/egypt/134312/%D8%AC%D8%AB%D9%85%D8%A7%D9%86%D9%87%0A------%D9%85%D9%81%D9%82%D9%88%D8%AF%0A------%D8%BA%D9%88%D8%A7%D8%B5%0A------%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A%0A------%D9%8A%D9%84%D9%82%D9%89%0A-----.html",
    TUESDAY, "the page's time stamp 'الثلاثاء 22/أبريل/2025 - 08:08 م' (Tue 22 Apr 2025), not part of the body and left out of the text; the sub-heading 'مصرع إسرائيلي بسبب سمكة قرش' and the last, truncated sentence dropped; headline written from the URL slug ('غواص إسرائيلي يلقى')", True, """
غواص إسرائيلي يلقى حتفه بهجوم سمكة قرش قبالة الخضيرة
في حادثة وقعت على ساحل مدينة الخضيرة شمال فلسطين المحتلة، تواصل قوات الاحتلال الإسرائيلي لليوم الثاني على التوالي البحث عن غواص قضى إثر هجوم سمكة قرش عليه الاثنين الماضي.
وأعلنت الشرطة الإسرائيلية بعد ظهر الثلاثاء أنها وجدت متعلقات يُرجح أنها تخص الرجل المفقود، في حين تستمر عمليات البحث المكثفة في البحر وعلى الشاطئ بمشاركة غواصين ودراجات مائية وطائرات، وقد أغلقت الشواطئ المجاورة أمام السباحين احترازيا.
وبحسب شهود عيان، ظهر الغواص، وهو في الأربعينيات من العمر، يتصارع مع سمكة قرش قبالة الساحل في مشهد صوره بعض الحاضرين بهواتفهم، وسُمع أحدهم يصيح: إنه مع القرش، إنهم يأكلونه، قبل أن يختفي وسط بقعة دم كبيرة.
وذكرت التقارير أن الرجل كان يصطاد في المنطقة وقد علّق سمكة بحزامه، وربما كان ذلك ما جذب القرش إليه، كما تفيد المعلومات بأنه كان على علم بوجود أسماك القرش هناك، لكنه اختار السباحة قربها رغم تحذيرات صديقه.
وأوردت هيئة البث الإسرائيلية كان أن الغواص المفقود أخبر صديقه في الثانية ظهرًا بأنه ينوي النزول إلى الماء، وكانت تلك آخر مرة شوهد فيها.
""", [
    ev("search-tuesday", "تواصل قوات الاحتلال الإسرائيلي لليوم الثاني على التوالي البحث", TUESDAY, "'لليوم الثاني على التوالي' after the attack of Monday = Tue 22 Apr 2025, the day of the page"),
    ev("shark-attack", "إثر هجوم سمكة قرش عليه الاثنين الماضي", MONDAY, "'الاثنين الماضي' from Tue 22 Apr 2025 = Mon 21 Apr"),
    ev("belongings-found", "أنها وجدت متعلقات يُرجح أنها تخص الرجل المفقود", TUESDAY, "'بعد ظهر الثلاثاء' = Tue 22 Apr 2025"),
    ev("beaches-closed", "وقد أغلقت الشواطئ المجاورة أمام السباحين احترازيا", MONDAY, "no own expression; the beach was closed after the attack of Mon 21 Apr and still closed on Tue 22 Apr (elyomnew of Tue 22: 'لا يزال شاطئ الخضيرة مغلقا'); my span Mon 21 - Tue 22 Apr", end=WEDNESDAY),
    ev("last-seen-2pm", "أخبر صديقه في الثانية ظهرًا بأنه ينوي النزول إلى الماء", MONDAY, "'في الثانية ظهرًا' on the day of the attack, Mon 21 Apr 2025"),
])
art(S, "https://kaynapress.com/إعلام-عبري-السباح-الإسرائيلي-الذي-قتل",
    WEDNESDAY, "the page's date line 'كاينابريس 23 أبريل 2025' (Wed 23 Apr 2025), not part of the body and left out of the text, agrees with the body's 'اليوم الأربعاء'; the byline 'كاينابريس – وكالات' and the last, truncated sentence dropped; headline kept from the page", True, """
إعلام عبري: السباح الإسرائيلي الذي قتله القرش في حيفا جندي احتياط
أعلنت شرطة الاحتلال الإسرائيلي، اليوم الأربعاء، أنها تعرفت على هوية السباح الذي افترسته سمكة قرش قبالة شواطئ مدينة الخضيرة المحتلة في منطقة حيفا قبل يومين، في حين ذكر إعلام عبري أنه جندي احتياط في الجيش.
وجاء في بيان لشرطة الاحتلال: "تؤكد شرطة إسرائيل، الأربعاء، أن نتائج الفحوص التي أجريت على عينات عُثر عليها في البحر قرب الخضيرة الثلاثاء، أثناء عمليات بحث مكثفة، بيّنت أنها تعود إلى السباح المفقود الذي هاجمته سمكة قرش".
وتابع البيان: "امتدت عمليات البحث إلى البر والبحر والجو بالتنسيق مع مختلف جهات الإنقاذ، وستواصل الشرطة البحث عن أدلة أخرى".
ومع أن شرطة الاحتلال لم تكشف اسم السباح، فإن صحيفة "يديعوت أحرونوت" قالت إن "السلطات وجدت بقايا السباح باراك تساخ (40 عامًا)، وهو أب لأربعة أطفال، على مسافة عشرات الأمتار من مكان الهجوم".
ونقلت الصحيفة عن زوجته قولها إنه لم يكن يطعم أسماك القرش أو يتعامل معها، بل كان يريد تصويرها فحسب.
وأشارت الصحيفة إلى أن بلدية الخضيرة تحذر منذ سنوات من السباحة في هذه المنطقة.
""", [
    ev("remains-identified", "أنها تعرفت على هوية السباح", WEDNESDAY, "'اليوم الأربعاء' = Wed 23 Apr 2025"),
    ev("shark-attack", "الذي افترسته سمكة قرش قبالة شواطئ مدينة الخضيرة المحتلة في منطقة حيفا قبل يومين", MONDAY, "'قبل يومين' from Wed 23 Apr 2025 = Mon 21 Apr"),
    ev("remains-found", "على عينات عُثر عليها في البحر قرب الخضيرة الثلاثاء", TUESDAY, "'الثلاثاء' = Tue 22 Apr 2025"),
    ev("search-operation", "امتدت عمليات البحث إلى البر والبحر والجو", MONDAY, "no own expression; the land, sea and air search from the attack of Mon 21 Apr to the find of Tue 22 Apr 2025 (my span)", end=WEDNESDAY),
])

# ---------------------------------------------------------------- morocco-skhirat-sabbah-stray-dogs-2025
S = "morocco-skhirat-sabbah-stray-dogs-2025"
KILLED = "2025-05-07"        # the boy attacked by stray dogs at Hay Salam, Sabbah commune (Skhirat), on the evening of Wed 7 May 2025
ROUNDUP = "2025-05-10"       # the local authorities began collecting stray dogs on the morning of Sat 10 May 2025
art(S, "https://www.rifress.ma/203237",
    "2025-05-08", "the body's dateline 'ريف رس 8 ماي 2025' (Thu 8 May 2025), kept as the text's second line (after the headline), agrees with 'ليلة أمس الأربعاء' (7 May 2025 was a Wednesday); the readers' comments box dropped; headline written from the body (the stored text has none); the source's typos ('فاحادث', 'وييسجل', 'المعظلة') not reproduced", True, """
كلاب ضالة تودي بحياة طفل بجماعة الصباح ضواحي الصخيرات
ريف رس 8 ماي 2025
عاشت جماعة الصباح بضواحي مدينة الصخيرات، ليلة أمس الأربعاء، على وقع حادث مفجع ذهب ضحيته طفل قاصر، بعدما هاجمته كلاب ضالة بشكل مباغت.
ووفق ما نقلته مصادر متطابقة، فإن الطفل البالغ 16 عاما كان قد قدم مع أسرته إلى حي السلام لتقديم العزاء في وفاة إحدى قريبات العائلة، قبل أن تفاجئه الكلاب الضالة وتلحق به جروحا بليغة عجلت بوفاته، إذ أسلم الروح متأثرا بإصاباته.
وحلت عناصر الدرك الملكي والسلطات المحلية بعين المكان فور تلقيها الخبر، ونُقلت جثة الضحية إلى مستودع الأموات لإخضاعها للتشريح الطبي.
وخلّف الحادث حزنا وصدمة بين سكان المنطقة، الذين حمّلوا المجلس الجماعي مسؤولية ما جرى بسبب تجاهل مطالبهم بوضع حد لظاهرة الكلاب الضالة.
ويأتي هذا الحادث الأليم في ظل تجاهل السلطات المعنية للتحذيرات المتكررة والمطالب المتواصلة لهيئات حقوقية وجمعيات المجتمع المدني التي تدعو إلى تحرك جدي لمواجهة هذه المعضلة.
""", [
    ev("dog-attack", "بعدما هاجمته كلاب ضالة بشكل مباغت", KILLED, "'ليلة أمس الأربعاء' in an article of Thu 8 May 2025 = Wed 7 May"),
    ev("child-death", "إذ أسلم الروح متأثرا بإصاباته", KILLED, "no own expression; he died of his wounds on the evening of the attack, Wed 7 May 2025"),
    ev("gendarmes-arrive", "وحلت عناصر الدرك الملكي والسلطات المحلية بعين المكان", KILLED, "no own expression; 'فور تلقيها الخبر', the evening of Wed 7 May 2025"),
    ev("body-to-morgue", "ونُقلت جثة الضحية إلى مستودع الأموات", KILLED, "no own expression; after the death of Wed 7 May, not later than the report of Thu 8 May 2025 (my span)", end="2025-05-09"),
])
art(S, "https://maghrebtimes.ma/2025/05/08/%d9%81%d8%a7%d8%ac%d8%b9%d8%a9-%d8%a8%d8%a7%d9%84%d8%b5%d8%ae%d9%8a%d8%b1%d8%a7%d8%aa-%d9%83%d9%84%d8%a7%d8%a8-%d8%b6%d8%a7%d9%84%d8%a9-%d8%aa%d9%81%d8%aa%d9%83-%d8%a8%d8%b7%d9%81%d9%84-%d9%81%d9%8a",
    "2025-05-08", "no date line on the stored page; the URL's date path '/2025/05/08/' and the body's 'مساء أمس الأربعاء' give Thu 8 May 2025 (7 May 2025 was a Wednesday); the headline kept from the page; the last, truncated sentence shortened", False, """
فاجعة بالصخيرات.. كلاب ضالة تفتك بطفل في العاشرة من عمره
اهتزت جماعة الصباح القروية بضواحي مدينة الصخيرات، مساء أمس الأربعاء، على وقع فاجعة أليمة ذهب ضحيتها طفل في حوالي العاشرة من عمره، إثر هجوم مفاجئ نفذته عليه مجموعة من الكلاب الضالة قرب السوق الأسبوعي بالمنطقة.
وكان الطفل قد جاء مع أسرته إلى حي السلام لتقديم واجب العزاء في وفاة إحدى قريبات العائلة، قبل أن تنقض عليه الكلاب الضالة وتصيبه بجروح بليغة لم تمهله طويلا، فلفظ أنفاسه الأخيرة متأثرا بها.
واستنفر الحادث عددا من السلطات المعنية، من درك ملكي وسلطات محلية وعناصر الوقاية المدنية، ونُقلت جثة الضحية بأمر من النيابة العامة إلى قسم الطب الشرعي لإجراء التشريح الطبي والوقوف على الأسباب الدقيقة للوفاة.
وأحدث هذا الحادث المفجع صدمة كبيرة وسط سكان الجماعة، وأطلق موجة من الغضب والاستنكار بسبب تكرار حوادث مماثلة باتت تهدد أمن المواطنين وسلامتهم، ولا سيما الأطفال، في ظل تقاعس واضح عن إيجاد حلول فعالة للحد من انتشار الكلاب الضالة.
وتعد الكلاب الضالة من الظواهر المقلقة التي أضحت تهدد السلامة الجسدية للمواطنين في عدد من المناطق، خصوصا في القرى والمناطق شبه الحضرية، حيث تتنقل هذه الحيوانات في مجموعات.
""", [
    ev("dog-attack", "إثر هجوم مفاجئ نفذته عليه مجموعة من الكلاب الضالة", KILLED, "'مساء أمس الأربعاء' in an article of Thu 8 May 2025 = Wed 7 May"),
    ev("child-death", "فلفظ أنفاسه الأخيرة متأثرا بها", KILLED, "no own expression; the evening of the attack, Wed 7 May 2025"),
    ev("gendarmes-arrive", "واستنفر الحادث عددا من السلطات المعنية", KILLED, "no own expression; the gendarmes, local authorities and civil protection came on the evening of Wed 7 May 2025"),
    ev("body-to-morgue", "ونُقلت جثة الضحية بأمر من النيابة العامة إلى قسم الطب الشرعي", KILLED, "no own expression; after the death of Wed 7 May, not later than this report of Thu 8 May 2025 (my span)", end="2025-05-09"),
    ev("public-anger", "وأطلق موجة من الغضب والاستنكار", KILLED, "no own expression; the outrage from the death of Wed 7 May to this report of Thu 8 May 2025 (my span)", end="2025-05-09"),
])
art(S, "https://www.maghress.com/rissalatalomma/201015",
    ROUNDUP, "no date on the stored page; the body's 'صباح اليوم السبت' for the round-up that followed the death 'يوم الأربعاء الماضي' (Wed 7 May 2025, rifress and maghrebtimes) gives Sat 10 May 2025; a rissalatalomma report carried by maghress; headline written from the body (the stored text has none)", False, """
السلطات تطلق حملة لجمع الكلاب الضالة بجماعة الصباح بعد وفاة طفل
عقب الحادث المأساوي الذي أودى بحياة طفل هاجمته كلاب ضالة يوم الأربعاء الماضي، باشرت السلطات المحلية صباح اليوم السبت حملة ميدانية واسعة لجمع الكلاب السائبة من أزقة جماعة الصباح بضواحي الصخيرات.
وتأتي هذه الخطوة، التي رأى فيها البعض تحركا متأخرا، تحت وطأة الاحتجاجات الشعبية الغاضبة التي عمت المنطقة، إذ عبر السكان عن سخطهم من استفحال الظاهرة، وطالبوا بتدخل عاجل لصون أرواح المواطنين، وخاصة الأطفال.
""", [
    ev("child-death", "أودى بحياة طفل", KILLED, "no own expression in the clause; the death of Wed 7 May 2025 ('يوم الأربعاء الماضي')"),
    ev("dog-attack", "هاجمته كلاب ضالة يوم الأربعاء الماضي", KILLED, "'يوم الأربعاء الماضي' from Sat 10 May 2025 = Wed 7 May"),
    ev("dog-roundup", "باشرت السلطات المحلية صباح اليوم السبت حملة ميدانية واسعة", ROUNDUP, "'صباح اليوم السبت' = Sat 10 May 2025"),
    ev("protests", "الاحتجاجات الشعبية الغاضبة التي عمت المنطقة", KILLED, "no own expression; the protests between the death of Wed 7 May and the round-up of Sat 10 May 2025 (my span Wed 7 - Fri 9 May)", end=ROUNDUP),
])

# ---------------------------------------------------------------- saudi-riyadh-washla-stray-dogs-girl-2021
S = "saudi-riyadh-washla-stray-dogs-girl-2021"
FRIDAY = "2021-03-12"        # Shahd, four, mauled by five stray dogs at a family rest house in al-Washla, Fri 12 Mar 2021 (died that evening)
SABQ = "2021-03-13"          # Sabq's report of Sat 13 Mar 2021
AMIN = "2021-03-14"          # the Riyadh mayor (amin) Prince Faisal bin Abdulaziz bin Ayyaf ordered an urgent committee, Sun 14 Mar 2021
GOVERNOR = ("2021-03-14", "2021-03-16")  # the governor Prince Faisal bin Bandar's directive, reported on Mon 15 Mar (my span Sun 14 - Mon 15)
art(S, "https://sobranews.com/sobra/113259",
    AMIN, "no date line on the stored page; the body's 'منذ وقوعها أول من أمس (الجمعة)' and 'اليوم (الأحد)' give Sun 14 Mar 2021 (the girl was killed on Fri 12 Mar 2021: samhnews of Mon 15 'أمس الأول السبت' for Sabq's report of the next day); the byline 'القطيف: معصومة الزاهر' dropped; headline kept from the page (it runs the headline and its tag line together)", False, """
أنياب الكلاب الضالة تُلحق شهد بمالك.. خلال وجودهما في استراحة أمانة الرياض تنتظر «حلولاً عاجلة» خلال 72 ساعة
بفارق عام وشهر، لحقت الطفلة شهد بالطفل مالك، والجاني في الحادثتين واحد، وقد وقعت الأخيرة منهما في الرياض بينما كانت الأحساء مسرحا للأولى: «الكلاب الضالة» التي نهشت جسدي الطفلين أثناء وجودهما مع أسرتيهما في استراحة.
وبشأن هذه الفاجعة التي هزت الرأي العام السعودي منذ وقوعها أول من أمس (الجمعة)، أصدر أمين منطقة الرياض الأمير فيصل بن عبدالعزيز بن عيّاف اليوم (الأحد) توجيها بتشكيل لجنة عاجلة تبحث في أسباب ما تعرضت له الطفلة.
ووفق تغريدة نشرتها أمانة منطقة الرياض على حسابها في «تويتر»، وجّه الأمين برفع النتائج وتقديم الحلول العاجلة في مدة لا تتجاوز 72 ساعة.
وكانت خمسة كلاب ضالة قد افترست الطفلة، التي لم تكد تبلغ أربعة أعوام، أمام عيني والدتها خلال وجودهما في استراحة بضاحية الواشلة جنوب غربي العاصمة الرياض.
وفارقت الطفلة الحياة بعد ساعات من نقلها إلى المستشفى، مساء الجمعة الماضي، حين خرجت والدتها مذعورة تبحث عنها.
وكان الطفل مالك هو الآخر قد تعرض لهجوم قاتل من كلاب ضالة.
فقد شهد شهر فبراير 2020 تعرض الطفل مالك (عامين ونصف العام) لحادثة مماثلة.
""", [
    ev("committee-order", "أصدر أمين منطقة الرياض الأمير فيصل بن عبدالعزيز بن عيّاف اليوم (الأحد) توجيها", AMIN, "'اليوم (الأحد)' = Sun 14 Mar 2021"),
    ev("girl-mauled", "وكانت خمسة كلاب ضالة قد افترست الطفلة", FRIDAY, "no own expression in the clause; 'أول من أمس (الجمعة)' from Sun 14 Mar 2021 = Fri 12 Mar"),
    ev("girl-dies", "وفارقت الطفلة الحياة بعد ساعات من نقلها إلى المستشفى", FRIDAY, "'مساء الجمعة الماضي' = Fri 12 Mar 2021 (about 7:51 pm that evening, jordanzad)"),
    ev("malik-2020", "فقد شهد شهر فبراير 2020 تعرض الطفل مالك", "2020-02-01", "'في شهر فبراير 2020' (the month only)", end="2020-03-01"),
])
art(S, "https://samhnews.com/wordpress/2021/03/15/%d8%a3%d9%85%d9%8a%d8%b1-%d8%a7%d9%84%d8%b1%d9%8a%d8%a7%d8%b6-%d9%8a%d9%88%d8%ac%d9%91%d9%87-%d8%a8%d8%a7%d9%84%d8%b1%d9%81%d8%b9-%d8%b9%d8%a7%d8%ac%d9%84%d8%a7%d9%8b-%d8%b9%d9%86-%d9%86%d8%aa%d8%a7",
    "2021-03-15", "no date line on the stored page; the URL's date path '/2021/03/15/' and the body's 'أمس الأول السبت' for Sabq's report of Sat 13 Mar 2021 give Mon 15 Mar 2021 (13 Mar 2021 was a Saturday); the section tag 'الأخبار المحلية' dropped; the headline kept from the page", False, """
أمير الرياض يوجّه بالرفع عاجلاً عن نتائج تحقيقات فاجعة “طفلة ضاحية الواشلة”
طلب الأمير فيصل بن بندر بن عبدالعزيز، أمير منطقة الرياض، من أمانة المنطقة ومن جميع الجهات المختصة موافاته عاجلا بما يخص فاجعة افتراس كلاب ضالة لطفلة في ضاحية الواشلة، ورفع نتائج التحقيقات والإجراءات المتخذة.
وشدد الأمير على أن تتفاعل هذه الجهات وتضطلع بدورها في معالجة القضية، مؤكدا على أمانة المنطقة الإسراع في التصدي لظاهرة الكلاب الضالة في جميع أحياء الرياض والأحياء الطرفية وتلك المطلة على الأودية، كي لا تتكرر فاجعة كهذه.
وكانت خمسة كلاب ضالة قد افترست -مساء الجمعة- طفلة لم تتجاوز أربع سنوات من العمر في ضاحية الواشلة الواقعة على بعد 25 كلم جنوب غرب الرياض، بعد أن غادرت استراحة أهلها للحظات.
وبحسب تقرير نشرته «سبق» أمس الأول السبت، رأت والدة الطفلة الكلاب وهي تنهش جسد ابنتها الضعيف، فأخذت تصرخ وتستنجد بمن حولها لإنقاذها من بين أنياب الكلاب الضالة.
وتمكن الحاضرون على الفور من إبعاد الكلاب، لكن الطفلة المضرجة بالدماء فارقت الحياة بعد ساعات معدودة من وصولها إلى المستشفى.
""", [
    ev("governor-directive", "طلب الأمير فيصل بن بندر بن عبدالعزيز، أمير منطقة الرياض", GOVERNOR[0], "no own expression; the directive was reported on Mon 15 Mar 2021 (this page, then albiladdaily of Tue 16), after the mayor's order of Sun 14 Mar (my span Sun 14 - Mon 15 Mar)", end=GOVERNOR[1]),
    ev("girl-mauled", "وكانت خمسة كلاب ضالة قد افترست -مساء الجمعة- طفلة", FRIDAY, "'مساء الجمعة' = Fri 12 Mar 2021"),
    ev("sabq-report", "وبحسب تقرير نشرته «سبق» أمس الأول السبت", SABQ, "'أمس الأول السبت' from Mon 15 Mar 2021 = Sat 13 Mar"),
    ev("girl-dies", "لكن الطفلة المضرجة بالدماء فارقت الحياة", FRIDAY, "no own expression; she died hours after reaching hospital on the evening of Fri 12 Mar 2021"),
])
art(S, "https://albiladdaily.com/2021/03/16/%d8%a7%d9%84%d8%aa%d8%ad%d9%82%d9%8a%d9%82-%d9%81%d9%8a-%d9%81%d8%a7%d8%ac%d8%b9%d8%a9-%d8%b7%d9%81%d9%84%d8%a9-%d8%a7%d9%84%d9%88%d8%a7%d8%b4%d9%84%d8%a9",
    "2021-03-16", "no date line on the stored page; the URL's date path '/2021/03/16/' gives Tue 16 Mar 2021 (the body has only 'مساء الجمعة الماضي'); the section tag 'المحليات' and the byline 'الرياض – البلاد' dropped; the headline kept from the page; the last, truncated sentence shortened", False, """
التحقيق في فاجعة “طفلة الواشلة”
أصدر الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض توجيها إلى أمانة المنطقة وسائر الجهات المختصة بموافاته عاجلا بما يتعلق بفاجعة افتراس كلاب ضالة لطفلة في ضاحية الواشلة، ورفع نتائج التحقيقات والإجراءات التي اتخذت.
وأكد سموه أن على هذه الجهات أن تتفاعل وتقوم بدورها في معالجة القضية، وشدد على أمانة المنطقة أن تسارع إلى معالجة ظاهرة الكلاب الضالة في كل أحياء الرياض وفي الأحياء الطرفية والمطلة على الأودية، حتى لا تتكرر فاجعة مماثلة.
وكانت خمسة كلاب ضالة قد افترست مساء الجمعة الماضي طفلة لا يزيد عمرها على أربع سنوات في ضاحية الواشلة على بعد 25 كلم جنوب غرب الرياض، بعد أن خرجت من استراحة أهلها للحظات، فرأت والدتها الكلاب تنهش جسد صغيرتها، فصرخت مستغيثة بمن حولها لإنقاذها.
وسارع الحاضرون إلى طرد الكلاب، غير أن الطفلة الملطخة بالدماء توفيت بعد ساعات معدودة من وصولها إلى المستشفى.
وعقب الحادثة مباشرة، وجّه أمين منطقة الرياض بحصر جميع المواقع التي تنتشر فيها الحيوانات الضالة، ومنها الكلاب والقطط، على أن تضم اللجنة أطباء بيطريين ومختصين في أمن البيئة.
""", [
    ev("governor-directive", "أصدر الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض توجيها", GOVERNOR[0], "no own expression; reported on Mon 15 Mar 2021 (samhnews) and here on Tue 16 Mar, after the mayor's order of Sun 14 Mar (my span Sun 14 - Mon 15 Mar)", end=GOVERNOR[1]),
    ev("girl-mauled", "وكانت خمسة كلاب ضالة قد افترست مساء الجمعة الماضي طفلة", FRIDAY, "'مساء الجمعة الماضي' = Fri 12 Mar 2021"),
    ev("girl-dies", "غير أن الطفلة الملطخة بالدماء توفيت", FRIDAY, "no own expression; hours after reaching hospital on the evening of Fri 12 Mar 2021"),
    ev("committee-order", "وجّه أمين منطقة الرياض بحصر جميع المواقع", AMIN, "no own expression ('وعقب الحادثة مباشرة' = right after the death of Fri 12 Mar, but the order was given on Sun 14 Mar 2021: sobranews 'اليوم (الأحد)')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 509
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
