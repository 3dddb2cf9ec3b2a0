"""Builds stories.jsonl: the 590-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: fires in markets, hospitals, factories or forests with
casualties and investigations.
Stories: the fire in the COVID-19 intensive-care room of a private hospital in Mohandessin/Agouza (Giza, Egypt,
November 2021) that killed the actor Taysir Fahmy's brother; the fire of the La Mirada mall on al-Hamra street
(Damascus, Syria, March 2022); the fire of the Qaysari bazaar beside the Erbil citadel (Kurdistan region, Iraq,
May 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-giza-mohandessin-hospital-covid-icu-fire-2021
S = "egypt-giza-mohandessin-hospital-covid-icu-fire-2021"
FIRE = "2021-11-22"                         # the fire broke out on the morning of Mon 22 Nov 2021
art(S, "https://aajeg.com/society/%D9%85%D8%B5%D8%B1-%D9%85%D8%B5%D8%B1%D8%B9-%D9%85%D8%B5%D8%A7%D8%A8%D9%8E%D9%8A%D9%86-%D8%A8%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-%D9%81%D9%8A-%D8%AD%D8%B1%D9%8A%D9%82-%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D8%A8%D8%A7%D9%84%D9%85%D9%87%D9%86%D8%AF%D8%B3%D9%8A%D9%86",
    "2021-11-22", "date line '22 نوفمبر 2021' on the page (a copy of al-Araby al-Jadeed), matching the body's 'اليوم الإثنين' (22 Nov 2021 was a Monday); the photo caption dropped; headline kept from the page; the truncated last sentence ('وكان 10...') dropped", True, """
مصر: مصرع مصابَين بكورونا في حريق مستشفى بالمهندسين
توفي علي، شقيق الممثلة المصرية تيسير فهمي، وسيدة سودانية الجنسية، اليوم الإثنين، بعدما شب حريق في مستشفى خاص بشارع أحمد عرابي في حي المهندسين بمحافظة الجيزة، حيث كانا يتلقيان العلاج من فيروس كورونا الجديد في وحدة العناية الفائقة. وتعرض ثلاثة مرضى آخرين مصابين بكوفيد-19 لحالات اختناق.
ونقلت إدارة المستشفى بقية المرضى إلى مستشفى إمبابة العام ومستشفى الشروق في المهندسين، بينما أوقفت الشرطة المدير الإداري للمستشفى تمهيدا لعرضه على جهات التحقيق لتحديد مسؤوليته عن الحادث.
وطوقت الحماية المدنية النيران التي اندلعت في الطابق الأول من المبنى ثم امتدت إلى الطابق الثاني، لتحول دون وصولها إلى المباني المجاورة.
وفي السياق، أذنت النيابة العامة بدفن جثماني الضحيتين، وكلاهما في السبعين من العمر، بعد أن ثبت أنهما توفيا اختناقا.
كما كلفت النيابة المعمل الجنائي بمعاينة آثار الحريق، الذي نتج عن ماس كهربائي بحسب التحقيقات الأولية، وتحديد المسؤولية الجنائية عن الواقعة.
""", [
    ev("hospital-fire", "بعدما شب حريق في مستشفى خاص بشارع أحمد عرابي", FIRE, "'اليوم الإثنين' in an article of Mon 22 Nov 2021"),
    ev("two-deaths", "توفي علي، شقيق الممثلة المصرية تيسير فهمي، وسيدة سودانية الجنسية", FIRE, "'اليوم الإثنين' = Mon 22 Nov 2021; the two patients suffocated in the fire"),
    ev("admin-director-arrest", "أوقفت الشرطة المدير الإداري للمستشفى", FIRE, "no own expression; reported on the day of the fire, Mon 22 Nov 2021 (also dostor's report of the same arrest 'عقب نشوب حريق')"),
    ev("burial-permit", "أذنت النيابة العامة بدفن جثماني الضحيتين", FIRE, "no own expression; the prosecution's permit on the day of the fire, Mon 22 Nov 2021 (elmydannews, same day)"),
    ev("forensic-lab-assigned", "كلفت النيابة المعمل الجنائي بمعاينة آثار الحريق", FIRE, "no own expression; ordered on the day of the fire, Mon 22 Nov 2021 (elmydannews of that day: 'وندب المعمل الجنائي')"),
])
art(S, "https://elmydannews.com/170289",
    "2021-11-22", "no date on the stored page; the body's 'الذي وقع صباح اليوم' and 'تلقت الحماية المدنية، اليوم، بلاغا' name the day of the fire, which was Mon 22 Nov 2021 (aajeg of 22 Nov: 'اليوم الإثنين'; shbabbek of Tue 23: 'أمس الاثنين'), so the report was published on Mon 22 Nov 2021; headline kept from the page; the truncated last clause shortened", False, """
حريق في مستشفى بالعجوزة يسفر عن مصرع شقيق الفنانة تيسير فهمي
لقي شخصان حتفهما في حريق شب بمستشفى في العجوزة صباح اليوم، أحدهما «علي» شقيق الفنانة تيسير فهمي، وأصيب مريضان آخران بالاختناق، وحُرر محضر بالحادث وأحيل إلى النيابة العامة التي بدأت التحقيق، وطلبت تحريات المباحث، وأمرت بندب الطب الشرعي لتحديد سبب الوفاة وكيفيتها، وأذنت بدفن المتوفيين.
وأظهرت التحقيقات والتحريات التي أجرتها الجهات الأمنية والقضائية أن ماسا كهربائيا أشعل النيران، فحاصرت أربعة مرضى في المستشفى بينهم شقيق الفنانة تيسير فهمي الذي كان يتلقى الرعاية الطبية، فلقي حتفه هو ومريضة أخرى تحمل جنسية دولة أجنبية، بينما أصيب مريضان آخران.
وكانت الحماية المدنية قد تلقت، اليوم، بلاغا بنشوب حريق في مستشفى بالعجوزة، فدفعت بخمس سيارات إطفاء تمكنت من السيطرة عليه، وانتقل فريق من النيابة العامة إلى موقع الحادث، وندب المعمل الجنائي لمعاينته وإعداد تقرير عن أسبابه وبيان ما إذا كانت هناك شبهة جنائية.
وذكر شاهد عيان أن الحريق اندلع صباح اليوم، وأنه فوجئ بأدخنة كثيفة تتصاعد.
""", [
    ev("hospital-fire", "في حريق شب بمستشفى في العجوزة صباح اليوم", FIRE, "'صباح اليوم' in an article of Mon 22 Nov 2021"),
    ev("two-deaths", "لقي شخصان حتفهما", FIRE, "the deaths in the fire of Mon 22 Nov 2021 ('صباح اليوم')"),
    ev("prosecution-investigation", "أحيل إلى النيابة العامة التي بدأت التحقيق", FIRE, "no own expression; the prosecution opened its inquiry on the day of the fire, Mon 22 Nov 2021"),
    ev("burial-permit", "وأذنت بدفن المتوفيين", FIRE, "no own expression; on the day of the fire, Mon 22 Nov 2021"),
    ev("civil-defence-control", "فدفعت بخمس سيارات إطفاء تمكنت من السيطرة عليه", FIRE, "'تلقت، اليوم، بلاغا' = Mon 22 Nov 2021; the fire was put out that morning"),
    ev("forensic-lab-assigned", "وندب المعمل الجنائي لمعاينته", FIRE, "no own expression; on the day of the fire, Mon 22 Nov 2021"),
])
art(S, "https://shbabbek.com/show/198388",
    "2021-11-23", "no date on the stored page; the body's 'المشاهد ... التي جرت أمس الاثنين داخل مستشفى خاص في منطقة المهندسين' for the fire of Mon 22 Nov 2021 gives Tue 23 Nov 2021 (23 Nov 2021 was a Tuesday); headline kept from the page; the repeated sub-headings dropped; Fahmy's colloquial quote rendered in standard Arabic; the truncated last clause ('وتصريح ...') dropped", False, """
أول تعليق من تيسير فهمي بعد وفاة شقيقها في حريق مستشفى المهندسين
تحدثت الفنانة تيسير فهمي عن حريق مستشفى المهندسين الذي أودى بحياة شقيقها، كاشفة ما جرى بعد أن تعددت الروايات المتضاربة حول الحادث المأساوي.
ويعرض شبابيك ما قالته تيسير فهمي عقب وفاة شقيقها، وكيف بلغها الخبر، إلى جانب المشاهد المؤلمة التي شهدها مستشفى خاص بمنطقة المهندسين في الجيزة أمس الاثنين.
وأوضحت تيسير فهمي أن شقيقها كان قد شفي من إصابته بفيروس كورونا وحان موعد خروجه، لكنها حين وصلت إلى المستشفى لتصطحبه وجدت الأمور على غير ما يرام.
وروت فهمي، في تصريحات لوسائل الإعلام، الصدمة التي تلقتها عندما بلغت أبواب المستشفى فوجدتها مشمعة وأفراد الأمن منتشرين أمامها، فتساءلت عما يحدث.
ثم عرفت الفنانة بنشوب الحريق وبوفاة شخصين اختناقا في غرفة الرعاية، أحدهما شقيقها.
وأضافت أنها لا تعرف سبب الحريق ولا سبب اختناقهما ولا لماذا عجز المستشفى عن إخراج المرضى، مؤكدة أن الأسرة تنتظر نتائج تحقيقات النيابة.
""", [
    ev("hospital-fire", "شهدها مستشفى خاص بمنطقة المهندسين في الجيزة أمس الاثنين", FIRE, "'أمس الاثنين' in an article of Tue 23 Nov 2021 = Mon 22 Nov"),
    ev("hospital-sealed", "فوجدتها مشمعة وأفراد الأمن منتشرين أمامها", FIRE, "no own expression; the family came to take him home on the morning of the fire, Mon 22 Nov 2021 (the brother was due out 'اليوم', elaosboa), and found the hospital sealed"),
    ev("two-deaths", "وبوفاة شخصين اختناقا في غرفة الرعاية", FIRE, "no own expression; the deaths in the fire of Mon 22 Nov 2021 ('أمس الاثنين')"),
    ev("prosecution-investigation", "تنتظر نتائج تحقيقات النيابة", FIRE, "no own expression; the prosecution's inquiry opened on the day of the fire, Mon 22 Nov 2021 (elmydannews), still running"),
])

# ---------------------------------------------------------------- syria-damascus-la-mirada-mall-fire-2022
S = "syria-damascus-la-mirada-mall-fire-2022"
FIRE = "2022-03-01"                         # the La Mirada mall (al-Hamra street) burned at about 3 a.m. on Tue 1 Mar 2022
art(S, "https://alaraby.co.uk/society/%D9%85%D8%B5%D8%B1%D8%B9-11-%D8%B4%D8%AE%D8%B5%D8%A7%D9%8B-%D9%81%D9%8A-%D8%AD%D8%B1%D9%8A%D9%82-%D9%85%D9%88%D9%84-%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A-%D8%A8%D8%A7%D9%84%D8%B9%D8%A7%D8%B5%D9%85%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9",
    "2022-03-01", "date line '01 مارس 2022' on the page, matching the body's 'اليوم الثلاثاء' (1 Mar 2022 was a Tuesday); the photo caption dropped; headline kept from the page; the truncated last quotation shortened", True, """
مصرع 11 شخصاً في حريق مول تجاري بالعاصمة السورية
أعلنت وزارة الداخلية السورية، اليوم الثلاثاء، أن 11 شخصا لقوا حتفهم وأن شخصين أنقذا، إلى جانب أضرار مادية كبيرة، في حريق هائل شب في مبنى "مول لاميرادا" بشارع الحمراء في قلب دمشق، وأعلنت بدء التحقيق لمعرفة ظروف الحريق وأسبابه.
وقال رئيس قسم الإسعاف في مستشفى المجتهد بدمشق، الدكتور محمد أبو الريش، لوكالة "سانا" إن سبع جثث متفحمة نقلت إلى المستشفى صباح اليوم من موقع الحريق في "مول لاميرادا" بمنطقة الحمراء.
وذكرت مصادر محلية في دمشق لـ"العربي الجديد" أن سكان شارع الحمراء شموا نحو الساعة الثالثة فجر اليوم رائحة احتراق، ثم تبين أن حريقا كبيرا نشب في مبنى المول، وأن فرق الإطفاء وصلت إلى المكان بعد أن أبلغ الأهالي عنه.
وقال سمير، وهو موظف في محافظة دمشق طلب عدم ذكر كنيته، إن سبب الحريق الذي أوقع ضحايا من العمال المقيمين في المبنى لم يعرف بعد، لافتا إلى أن البحث عن ناجين لا يزال جاريا.
وأضاف لـ"العربي الجديد" أن النيران أتت على معظم المبنى وأحرقت جميع ما فيه من ملابس ومفروشات.
""", [
    ev("mall-fire", "ثم تبين أن حريقا كبيرا نشب في مبنى المول", FIRE, "'نحو الساعة الثالثة فجر اليوم' in an article of Tue 1 Mar 2022"),
    ev("death-toll-11", "أن 11 شخصا لقوا حتفهم", FIRE, "the Interior Ministry's toll of 'اليوم الثلاثاء' = Tue 1 Mar 2022"),
    ev("interior-investigation", "وأعلنت بدء التحقيق لمعرفة ظروف الحريق وأسبابه", FIRE, "announced with the toll 'اليوم الثلاثاء' = Tue 1 Mar 2022"),
    ev("bodies-mujtahid", "إن سبع جثث متفحمة نقلت إلى المستشفى صباح اليوم", FIRE, "'صباح اليوم' = Tue 1 Mar 2022"),
    ev("search-survivors", "البحث عن ناجين لا يزال جاريا", FIRE, "no own expression; still under way on the day of the fire, Tue 1 Mar 2022"),
])
art(S, "https://syria-press.com/11-%D9%88%D9%81%D8%A7%D8%A9-%D9%81%D9%8A-%D8%AD%D8%B1%D9%8A%D9%82-%D9%81%D9%8A-%D9%85%D9%88%D9%84-%D9%84%D8%A7%D9%85%D9%8A%D8%B1%D8%A7%D8%AF%D8%A7-%D9%88%D8%B3%D8%B7-%D8%AF%D9%85%D8%B4%D9%82/amp",
    "2022-03-01", "no date on the stored page; the body's 'فجر اليوم الثلاثاء' for the fire of Tue 1 Mar 2022 (alaraby of 1 Mar: 'قرابة الساعة الثالثة فجر اليوم'; xwebun of Wed 2 Mar: 'أمس الثلاثاء') and 'وأمس الإثنين' for the Khaled bin al-Walid street fire give Tue 1 Mar 2022; headline rendered from the URL slug; the truncated last word of the Aleppo paragraph ('غرف المرض...') shortened to 'إحدى الغرف'", False, """
11 وفاة في حريق في مول لاميرادا وسط دمشق
لقي 11 شخصا حتفهم وأصيب آخرون بحروق "بالغة"، فجر اليوم الثلاثاء، في مول "لاميرادا" وسط العاصمة السورية دمشق.
وأفاد "فوج إطفاء دمشق" في منشور على "فيسبوك" بأن النيران اشتعلت في مبنى "مول لاميرادا" بشارع الحمراء في دمشق وأدت إلى وفاة 11 شخصا، فيما أوردت وكالة "سبوتنيك" الروسية أن بين القتلى جثتين "متفحمتين".
وقال قائد "شرطة إطفاء دمشق"، داود نصرة، إن ثلاثة مصابين أسعفوا إلى المستشفيات القريبة.
وأشار إلى أن "إخماد النيران كان بالغ الصعوبة بسبب طبيعة المكان، وأن الجزء الأكبر من الإطفاء جرى من فوق أسطح المباني المجاورة".
أما عضو المكتب التنفيذي لـ"قطاع الشؤون الصحية والدفاع المدني" في محافظة دمشق، باسل ميهوب، فقال لإذاعة "شام اف ام" المحلية إن الحريق سببه "تماس كهربائي"، وإنه أتى على المبنى المؤلف من سبعة طوابق بالكامل.
حرائق سابقة
وأمس الإثنين، اشتعلت أسلاك كهربائية في مدخل بناء بشارع خالد بن الوليد قرب قيادة الشرطة، وأخمد الحريق دون إصابات.
وفي 22 من شباط الماضي، قضى ثلاثة أشخاص وأصيب آخرون في حريق اندلع في مستشفى "الأندلس" بحلب، وعزا قائد فوج إطفاء حلب، محسن كناني، حينها سببه إلى ماس كهربائي في إحدى الغرف.
""", [
    ev("mall-fire", "فجر اليوم الثلاثاء، في مول", FIRE, "'فجر اليوم الثلاثاء' = Tue 1 Mar 2022"),
    ev("death-toll-11", "لقي 11 شخصا حتفهم", FIRE, "the toll of Tue 1 Mar 2022 ('فجر اليوم الثلاثاء')"),
    ev("injured-hospital", "إن ثلاثة مصابين أسعفوا إلى المستشفيات القريبة", FIRE, "no own expression; on the day of the fire, Tue 1 Mar 2022"),
    ev("meihoub-electrical-cause", "إن الحريق سببه \"تماس كهربائي\"", FIRE, "no own expression; Meihoub's statement to Sham FM on the day of the fire, Tue 1 Mar 2022 (almashhadonline's report of 'فجر اليوم' quotes him too)"),
    ev("khaled-bin-walid-fire", "اشتعلت أسلاك كهربائية في مدخل بناء بشارع خالد بن الوليد", "2022-02-28", "'وأمس الإثنين' in an article of Tue 1 Mar 2022 = Mon 28 Feb"),
    ev("aleppo-andalus-hospital-fire", "قضى ثلاثة أشخاص وأصيب آخرون في حريق اندلع في مستشفى", "2022-02-22", "'في 22 من شباط الماضي' from March 2022 = Tue 22 Feb 2022"),
])
art(S, "https://xwebun-news.com/?p=6226",
    "2022-03-02", "no date on the stored page; the body's 'حريق مول لاميرادا في شارع الحمرا بدمشق أمس الثلاثاء' for the fire and toll of Tue 1 Mar 2022 gives Wed 2 Mar 2022 (2 Mar 2022 was a Wednesday); headline written from the body (the stored text has none); the truncated last clause ('ليصبح عدد الوفيات مع ...') dropped", False, """
حصيلة حريق مول لاميرادا في دمشق: 11 وفاة و8 إصابات
كشفت وزارة الداخلية السورية حصيلة حريق مول لاميرادا في شارع الحمرا بدمشق أمس الثلاثاء، وهي 11 وفاة و8 إصابات وأضرار مادية جسيمة، مشددة على أن التحقيق متواصل لتحديد أسباب الحريق.
ووفق بيان لوزارة الصحة، نقلت عشر جثث متفحمة إلى مشفى المجتهد وجثة واحدة يمكن التعرف على صاحبها، وأصيب عدد من الأشخاص الموجودين قرب موقع الحريق جراء استنشاقهم الغازات المنبعثة منه.
وتشير التحقيقات الأولية إلى أن ماسا كهربائيا في المجمع التجاري تسبب بالحريق، وقال مدير الدفاع المدني في مدينة دمشق، أحمد عباس، لصحيفة الوطن السورية إن المواد سريعة الاشتعال، كالبطاريات وما في أقسام العطور والألعاب والأدوات الكهربائية، إضافة إلى احتراق الفرش والأقمشة بأنواعها داخل المول، نشرت النيران في الطوابق كلها وصعدت بها من الأقبية إلى الأعلى، مقدرا الخسائر بالمليارات.
و"لاميرادا" في شارع الحمرا سوق تجارية من سبعة طوابق، فيها أقسام للأثاث المنزلي والملابس والهدايا ومستحضرات التجميل وألعاب الأطفال ومطاعم.
وبحسب إحصاءات فوج إطفاء دمشق، سجلت المدينة 325 حريقا خلال شهرين هذا العام، أسفرت عن 13 وفاة و19 إصابة.
""", [
    ev("mall-fire", "حريق مول لاميرادا في شارع الحمرا بدمشق أمس الثلاثاء", FIRE, "'أمس الثلاثاء' in an article of Wed 2 Mar 2022 = Tue 1 Mar"),
    ev("death-toll-11", "وهي 11 وفاة و8 إصابات", FIRE, "no own expression; the Interior Ministry's toll issued on Tue 1 Mar 2022 (alaraby: 'اليوم الثلاثاء')"),
    ev("interior-investigation", "مشددة على أن التحقيق متواصل", FIRE, "no own expression; the ministry's investigation announced on Tue 1 Mar 2022 (alaraby), still running"),
    ev("bodies-mujtahid", "نقلت عشر جثث متفحمة إلى مشفى المجتهد", FIRE, "no own expression; the bodies reached al-Mujtahid on the morning of Tue 1 Mar 2022 (alaraby: 'صباح اليوم')"),
    ev("damascus-325-fires", "سجلت المدينة 325 حريقا خلال شهرين هذا العام", "2022-01-01", "'خلال شهرين هذا العام' before 1 Mar 2022 = January and February 2022 (my span 1 Jan - 28 Feb 2022)", end="2022-03-01"),
])

# ---------------------------------------------------------------- kurdistan-erbil-qaysari-bazaar-fire-2024
S = "kurdistan-erbil-qaysari-bazaar-fire-2024"
FIRE = "2024-05-05"                         # the Qaysari bazaar beside the Erbil citadel burned on the evening/night of Sun 5 May 2024
AFTER = ("2024-05-05", "2024-05-07")        # the first steps after the fire, on the night of Sun 5 or on Mon 6 May 2024
art(S, "https://www.arknews.net/node/52931",
    "2024-05-06", "date line 'May 06 2024' on the page, matching the body's 'اليوم الإثنين 6 أيار 2024' and 'ليلة أمس الأحد ( 5/5/2024 )'; headline kept from the page; the truncated last sentence shortened", True, """
احتراق مئات المحلات التجارية في سوق " القيصرية " بعاصمة إقليم كوردستان
شب ليلة أمس الأحد حريق كبير في سوق شعبي بمدينة أربيل، عاصمة إقليم كوردستان، وأتى على مئات المحلات التجارية.
وأفادت مصادر إعلامية كوردستانية بأن النيران اندلعت ليلة أمس الأحد ( 5/5/2024 ) في سوق " القيصرية " الكبير المجاور لقلعة أربيل التاريخية، فأحرقت نحو 277 محلا تجاريا و7 مخازن.
وبحسب المصادر، احترق في حريق ليلة أمس 277 محلا تجاريا من مختلف الأنواع، وشكلت لجنة لحصر الأضرار ستعلن نتائجها النهائية حال انتهائها من عملها.
وعن توقيف عدد من الأشخاص يشتبه في تورطهم في الحريق، قال قائممقام مركز مدينة أربيل نبز عبد الحميد: "هذه قضية أمنية، وقد باشرت الأجهزة المختصة تحقيقاتها وستعلن نتائجها قريبا".
وذكرت وزارة الكهرباء في حكومة إقليم كوردستان، اليوم الإثنين 6 أيار 2024، أن التحقيقات الأولية لم تظهر أي دليل على أن الكهرباء سببت الحريق، وأن لجنتها ستواصل التنسيق والتعاون مع لجان التحقيق والجهات المعنية في محافظة أربيل.
ويعد سوق "القيصرية" بأزقته الكثيرة المتداخلة من أقدم المعالم التراثية والسياحية والتجارية وأبرزها في مركز أربيل.
""", [
    ev("bazaar-fire", "شب ليلة أمس الأحد حريق كبير في سوق شعبي بمدينة أربيل", FIRE, "'ليلة أمس الأحد ( 5/5/2024 )' = Sun 5 May 2024"),
    ev("damage-committee", "وشكلت لجنة لحصر الأضرار", AFTER[0], "no own expression; formed after the fire and before this report of Mon 6 May 2024 (my span Sun 5 - Mon 6 May)", end=AFTER[1]),
    ev("suspects-arrested", "توقيف عدد من الأشخاص يشتبه في تورطهم في الحريق", AFTER[0], "no own expression; after the fire and before this report of Mon 6 May 2024 (my span Sun 5 - Mon 6 May)", end=AFTER[1]),
    ev("electricity-ministry-finding", "وذكرت وزارة الكهرباء في حكومة إقليم كوردستان، اليوم الإثنين 6 أيار 2024", "2024-05-06", "'اليوم الإثنين 6 أيار 2024' = Mon 6 May 2024"),
])
art(S, "https://hathalyoum.net/articles/3349750",
    "2024-05-07", "time stamp '2024-05-07 23:36:08 - المصدر: شفق نيوز' on the page (a Shafaq News report carried by hathalyoum), matching the body's 'بعد يومين من اندلاع الحريق' for the fire of Sun 5 May 2024; headline kept from the page (its 'prior warning' and 'looting' come from the part of the report not stored); the site banner dropped; the truncated quotation shortened", True, """
بلاغ مسبق ونهب للبضائع.. تفاصيل "مثيرة" عن احتراق "قيصرية إربيل" (صور)
شفق نيوز/ بعد يومين من اندلاع الحريق الهائل في سوق القيصرية بمدينة أربيل، عاصمة إقليم كوردستان، وإغلاقه في وجه أصحاب المحال ريثما تستكمل التحقيقات في الحادث، أعادت السلطات فتح السوق أمام العاملين فيه ووسائل الإعلام.
ودخل فريق وكالة شفق نيوز إلى السوق الذي تفحم فيه كل شيء تقريبا، إذ التهمت النيران محال الملابس والأقمشة والذهب وغيرها، فيما تهيمن على المشهد رواية "الحريق المتعمد" رغم أن أحدا لا يملك دليلا عليها.
ومما يعزز هذه الرواية تكرر حرائق مماثلة في أسواق أخرى بالمدينة خلال فترة قصيرة، إلى جانب النتائج الأولية لتحقيقات وزارة الكهرباء في الإقليم التي لم تجد ما يثبت أن تماسا كهربائيا أشعل الحريق.
ويروي مصطفى سرهنك، صاحب محل لملابس النساء، لوكالة شفق نيوز: "اتصلوا بي ليلا وأخبروني بأن حريقا اندلع، وحين وصلت وجدت النار تلتهم محلي ولم أستطع إنقاذ أي شيء منه، حتى خزينة المال احترق كل ما فيها".
""", [
    ev("bazaar-fire", "بعد يومين من اندلاع الحريق الهائل في سوق القيصرية", FIRE, "'بعد يومين' before this report of Tue 7 May 2024 = Sun 5 May"),
    ev("bazaar-closed", "وإغلاقه في وجه أصحاب المحال ريثما تستكمل التحقيقات", FIRE, "no own expression; closed from the fire of Sun 5 May until the reopening of Tue 7 May 2024 (my span Sun 5 - Mon 6 May)", end="2024-05-07"),
    ev("bazaar-reopened", "أعادت السلطات فتح السوق أمام العاملين فيه ووسائل الإعلام", "2024-05-07", "'بعد يومين من اندلاع الحريق' = Tue 7 May 2024, the day of the report"),
    ev("electricity-ministry-finding", "النتائج الأولية لتحقيقات وزارة الكهرباء في الإقليم", "2024-05-06", "no own expression; announced on Mon 6 May 2024 (arknews: 'اليوم الإثنين 6 أيار 2024')"),
    ev("owner-called", "اتصلوا بي ليلا وأخبروني بأن حريقا اندلع", FIRE, "'ليلا' = the night of the fire, Sun 5 May 2024"),
])
art(S, "https://dorar-aliraq.net/threads/1307344-حكومة-أربيل-تحيل-ملف-حريق-سوق-القيصرية-الى-الامن-والشرطة",
    "2024-05-08", "no date on the stored page (an al-Furat News report reposted on a forum); the body's 'اليوم الأربعاء' with 'الحريق ... الذي وقع يوم الأحد الماضي' for the fire of Sun 5 May 2024 gives Wed 8 May 2024 (Shafaq's report of the same decision also says 'يوم الأربعاء'); headline rendered from the URL slug; the source tag '{محلية:الفرات نيوز}' dropped", False, """
حكومة أربيل تحيل ملف أمن سوق القيصرية إلى الأمن والشرطة
قررت الحكومة المحلية في أربيل بإقليم كردستان، اليوم الأربعاء، نقل مسؤولية حماية سوق القيصرية من الحراس المدنيين إلى قوات الأمن والشرطة، في أعقاب الحريق "الهائل" الذي شب فيه يوم الأحد الماضي.
وصدر القرار خلال اجتماع عقده محافظ أربيل أوميد خوشناو مع عدد من أصحاب المحال في السوق.
وأفاد بيان بأن "خوشناو شدد على أن الجهات المختصة ماضية في تحقيقاتها لكشف الأسباب، وما إذا كانت ناجمة عن تقصير أو عن حريق متعمد أشعلته أيد تخريبية"، لافتا إلى أن "نتائج التحقيقات ستعلن للرأي العام قريبا".
وتابع البيان أن "المحافظ قرر تسليم أمن سوق القيصرية إلى قوات الآسايش والشرطة".
وكان قائممقام أربيل، نبز عبد الحميد، قد أعلن أن أكثر من 370 متجرا في المحافظة احترقت إثر اندلاع النيران في سوق القيصرية الأحد الماضي.
""", [
    ev("security-handover", "نقل مسؤولية حماية سوق القيصرية من الحراس المدنيين إلى قوات الأمن والشرطة", "2024-05-08", "'اليوم الأربعاء' = Wed 8 May 2024"),
    ev("bazaar-fire", "الذي شب فيه يوم الأحد الماضي", FIRE, "'يوم الأحد الماضي' from Wed 8 May 2024 = Sun 5 May"),
    ev("governor-meeting", "خلال اجتماع عقده محافظ أربيل أوميد خوشناو", "2024-05-08", "the meeting at which the decision of 'اليوم الأربعاء' was taken = Wed 8 May 2024"),
    ev("qaimaqam-370-shops", "قد أعلن أن أكثر من 370 متجرا في المحافظة احترقت", "2024-05-06", "no own expression; the figure of 370 was given after the first count of 228 shops on the morning of Mon 6 May and was reported by Tue 7 May (alaraby of 7 May); my span Mon 6 - Tue 7 May 2024", end="2024-05-08"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 590
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
