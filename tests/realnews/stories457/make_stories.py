"""Builds stories.jsonl: the 457-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: drug seizures, smuggling busts and customs operations.
Stories: the foreign ship with 1218 kg of cocaine intercepted by the Mauritanian navy (June 2023), the 128 kg
of raw cocaine found in a banana shipment from Ecuador at Benghazi port after a Saudi tip-off (Libya, March
2024), and the 514 kg of cocaine hidden in a coal shipment at Tanger Med (Morocco, May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mauritania-cocaine-ship-1218kg-2023
S = "mauritania-cocaine-ship-1218kg-2023"
INTERCEPT = "2023-06-18"                   # the patrol ship Gorgol stopped the foreign ship on Sun 18 Jun 2023
TOW = ("2023-06-18", "2023-06-22")         # towed to Nouakchott, from the interception to the arrival
ARRIVAL = "2023-06-21"                     # reached Nouakchott port on the morning of Wed 21 Jun 2023
SEARCH = ("2023-06-21", "2023-06-23")      # searched at the dock and seized: after the arrival, before the statement
PROSECUTOR = "2023-06-23"                  # the Nouakchott-West prosecutor's statement, Fri 23 Jun 2023
ARMY = "2023-06-24"                        # the army's statement, Sat 24 Jun 2023
art(S, "https://tanidmedia.net/archives/21547",
    PROSECUTOR, "no date line on the stored page; the body's 'وفق ما أعلنت النيابة العامة اليوم الجمعة' for the prosecutor's statement, which names the interception 'يوم 18 يونيو الجاري' (Sun 18 Jun 2023); the army's statement of the next day (tiriss 'اليوم السبت', saharamedias 'مساء أمس السبت', with the arrival 'يوم 21 من الشهر الجاري') and narconews.fr of 25 Jun 2023 carrying the same statement fix it as Fri 23 Jun 2023 (watanicom's copy sits in the URL folder /2023/06/); states_date true because the text names its own day ('اليوم الجمعة'), as stories436's rtarabic; the site tag 'تانيد ميديا :' dropped; headline kept from the page; the last, truncated sentence (the support cell) dropped", True, """
موريتانيا توقف باخرة أجنبية محملة بالكوكايين…تفاصيل
أفشلت الأجهزة الأمنية الموريتانية محاولة لتهريب ما يزيد على طن من الكوكايين كان محمولا على باخرة تمر في المياه الإقليمية الموريتانية، بحسب ما أعلنته النيابة العامة اليوم الجمعة.
وأوضحت النيابة العامة بنواكشوط الغربية، في بيان للصحافة، أن شحنة الكوكايين تزن مع تغليفها 1218 كيلوغرامًا.
وتابعت النيابة أن البحرية الوطنية، استنادا إلى معلومات استخباراتية وبعد عمليات رصد وتعقب استمرت أيامًا، تمكنت يوم 18 يونيو الجاري من رصد باخرة أجنبية واعتراضها وتوقيفها في المياه الإقليمية الموريتانية، للاشتباه في أنها تنقل شحنة مخدرات بالغة الخطورة.
وبيّنت أنه بعد جر الباخرة إلى رصيف أحد الموانئ الوطنية وتفتيشها، ثبت وجود شحنة مخدرات بالغة الخطورة تزن بتغليفها 1218 كيلوغرامًا من الكوكايين، فحُجزت الباخرة وما تحمله.
وذكرت النيابة أن تعقب الباخرة وتوقيفها واقتيادها تم "بتنسيق تام بين البحرية الوطنية والجمارك الموريتانية"، لافتة إلى أن الناحية الغربية للدرك الوطني باشرت تحقيقات قضائية في القضية تحت إشراف النيابة العامة في نواكشوط الغربية.
""", [
    ev("prosecutor-statement", "بحسب ما أعلنته النيابة العامة اليوم الجمعة", PROSECUTOR, "'اليوم الجمعة' = Fri 23 Jun 2023"),
    ev("ship-intercepted", "تمكنت يوم 18 يونيو الجاري من رصد باخرة أجنبية واعتراضها وتوقيفها", INTERCEPT, "'يوم 18 يونيو الجاري' in a statement of June 2023 = Sun 18 Jun 2023"),
    ev("ship-searched-seized", "فحُجزت الباخرة وما تحمله", SEARCH[0], "no own expression; the search at the dock followed the arrival at Nouakchott on the morning of Wed 21 Jun (army statement) and preceded the prosecutor's statement of Fri 23 Jun (my span 21-22 Jun 2023)", end=SEARCH[1]),
    ev("gendarmerie-investigation", "باشرت تحقيقات قضائية في القضية", ARRIVAL, "no own expression; the crew and cargo were handed to the gendarmerie for the investigation at once on the arrival, Wed 21 Jun 2023 (army statement: 'صبيحة يوم 21 من الشهر الجاري' ... 'وعلى الفور')"),
])
art(S, "https://tiriss.info/node/6440",
    ARMY, "no date line on the stored page; the body's 'أصدر اليوم السبت الجيش الموريتاني بيانا' for the army's statement, whose '18 من الشهر الجاري' and '21 من الشهر الجاري' are in June 2023 (the interception of 18 June named by the prosecutor's statement of Fri 23 Jun 2023), gives Sat 24 Jun 2023 (saharamedias of Sun 25 Jun: 'مساء أمس السبت'); states_date true because the text names its own day ('اليوم السبت'); headline written from the body (the stored text has none)", True, """
الجيش الموريتاني ينشر تفاصيل توقيف سفينة محملة بالمخدرات
نشر الجيش الموريتاني اليوم السبت بيانا أوضح فيه ملابسات توقيف سفينة تحمل مخدرات في المياه الموريتانية.
وأفاد الجيش بأن "الطوافة كوركول التابعة للبحرية الوطنية تمكنت، استنادا إلى معلومات استخباراتية، من إيقاف سفينة يُشتبه في أنها تنقل شحنة من المخدرات".
وفي ما يلي نص البيان:
بيان صحفي بشأن توقيف سفينة محملة بالمخدرات
استطاعت الطوافة كوركول التابعة للبحرية الوطنية، بناء على معلومات استخباراتية، أن توقف سفينة يُشتبه في أنها تحمل شحنة من المخدرات.
وقد نُفذت عملية التوقيف بتنسيق تام مع الجمارك الوطنية يوم 18 من الشهر الجاري في أقصى الشمال الغربي من المنطقة الاقتصادية الخالصة، بعد أيام من الرصد والمتابعة.
وبعد التثبت من المخالفة، أوقف أفراد الطاقم، وسُحبت السفينة المشتبه بها إلى ميناء نواكشوط وسط ظروف مناخية بحرية عسيرة جدا، فبلغت الميناء صبيحة يوم 21 من الشهر الجاري.
وفورا سُلّم طاقم السفينة وحمولتها إلى قوات الدرك الوطني للشروع في التحقيق.
وتندرج هذه العملية النوعية، التي تبرهن على يقظة الجيش الوطني واستعداد وحداته لحماية الحوزة الترابية، في إطار تنفيذ التزامات بلادنا الدولية في مجال مكافحة التهريب الدولي للمخدرات.
""", [
    ev("army-statement", "نشر الجيش الموريتاني اليوم السبت بيانا", ARMY, "'اليوم السبت' = Sat 24 Jun 2023"),
    ev("ship-intercepted", "نُفذت عملية التوقيف بتنسيق تام مع الجمارك الوطنية يوم 18 من الشهر الجاري", INTERCEPT, "'يوم 18 من الشهر الجاري' in a statement of June 2023 = Sun 18 Jun 2023"),
    ev("ship-towed", "وسُحبت السفينة المشتبه بها إلى ميناء نواكشوط", TOW[0], "no own expression; the towing ran from the interception of Sun 18 Jun to the arrival on the morning of Wed 21 Jun 2023 (my span 18-21 Jun)", end=TOW[1]),
    ev("ship-reaches-port", "فبلغت الميناء صبيحة يوم 21 من الشهر الجاري", ARRIVAL, "'صبيحة يوم 21 من الشهر الجاري' = the morning of Wed 21 Jun 2023"),
    ev("gendarmerie-investigation", "وفورا سُلّم طاقم السفينة وحمولتها إلى قوات الدرك الوطني", ARRIVAL, "'وفورا' after the arrival of Wed 21 Jun 2023"),
])
art(S, "https://saharamedias.net/210564",
    "2023-06-25", "no date line on the stored page; the body's 'مساء أمس السبت' for the army's statement of Sat 24 Jun 2023 (tiriss: 'اليوم السبت') gives Sun 25 Jun 2023 (25 Jun 2023 was a Sunday); states_date false (the day rests on 'أمس' and the other articles); headline written from the body (the stored text has none)", False, """
الجيش الموريتاني: توقيف سفينة تحمل أزيد من 1200 كغ من الكوكايين
أعلن الجيش الموريتاني مساء أمس السبت أنه أوقف، استنادا إلى معلومات استخباراتية، سفينة يُشتبه في أنها تحمل شحنة من المخدرات.
وبيّن الجيش في بيانه أن الطوافة «كوركول» التابعة للبحرية الوطنية هي التي اعترضت السفينة المحملة بما يزيد على 1200 كغ من الكوكايين.
ولفت البيان إلى أن العملية جرت بتنسيق تام مع الجمارك الوطنية، في يوم 18 من الشهر الجاري في أقصى الشمال الغربي من المنطقة الاقتصادية الخالصة، بعد أيام من الرصد والمتابعة.
وأضاف الجيش أن السفينة اقتيدت إلى ميناء نواكشوط في ظروف مناخية بحرية صعبة للغاية، فوصلته يوم 21 من الشهر الجاري.
وسلّم الجيش طاقم السفينة وما تحمله إلى الدرك الوطني لبدء التحقيق في العملية، التي وصفها البيان بالنوعية وقال إنها تبرهن على يقظة الجيش واستعداده لحماية الحوزة الترابية.
""", [
    ev("army-statement", "أعلن الجيش الموريتاني مساء أمس السبت", ARMY, "'مساء أمس السبت' in an article of Sun 25 Jun 2023 = Sat 24 Jun"),
    ev("ship-intercepted", "العملية جرت بتنسيق تام مع الجمارك الوطنية، في يوم 18 من الشهر الجاري", INTERCEPT, "'في يوم 18 من الشهر الجاري' in June 2023 = Sun 18 Jun 2023"),
    ev("ship-towed", "أن السفينة اقتيدت إلى ميناء نواكشوط", TOW[0], "no own expression; from the interception of Sun 18 Jun to the arrival of Wed 21 Jun 2023 (my span 18-21 Jun)", end=TOW[1]),
    ev("ship-reaches-port", "فوصلته يوم 21 من الشهر الجاري", ARRIVAL, "'يوم 21 من الشهر الجاري' = Wed 21 Jun 2023"),
    ev("gendarmerie-investigation", "وسلّم الجيش طاقم السفينة وما تحمله إلى الدرك الوطني", ARRIVAL, "no own expression; the handover at once on the arrival, Wed 21 Jun 2023 (tiriss: 'وعلى الفور')"),
])

# ---------------------------------------------------------------- libya-benghazi-banana-cocaine-2024
S = "libya-benghazi-banana-cocaine-2024"
TIP = "2024-02-29"                         # the Saudi anti-narcotics directorate's tip-off, Thu 29 Feb 2024
PORT_VISIT = "2024-03-01"                  # 'في اليوم التالي' the team went to the port to open the containers, Fri 1 Mar
SEIZURE = ("2024-03-01", "2024-03-05")     # the containers returned, rescanned and the cocaine found: 1-4 Mar 2024
STATEMENT = "2024-03-04"                   # the Benghazi anti-narcotics agency's statement, Mon 4 Mar 2024
art(S, "https://lananews.com/ar/?p=338383",
    STATEMENT, "the agency's date line 'بنغازي 04 مارس 2024 (الأنباء الليبية)' at the head of the body (kept); 4 Mar 2024 was a Monday, the day of the agency's statement (safiralchamal: 'في بيان يوم الاثنين'); headline written from the body (the stored text has none); the last sentence breaks off after 'جلب المخدرا' and is cut after 'بقية أفراد الشبكة'", True, """
جهاز مكافحة المخدرات يضبط 128 كيلوغراما من الكوكايين في ميناء بنغازي
بنغازي 04 مارس 2024 (الأنباء الليبية) – نجح أفراد جهاز مكافحة المخدرات والمؤثرات العقلية، بالتعاون مع اللواء طارق بن زياد، في ضبط كمية كبيرة من مخدر الكوكايين كانت مخفية في إحدى الحاويات بميناء بنغازي البحري.
وبيّن المكتب الإعلامي للجهاز أن الضبط جاء بعد أن تلقى الجهاز معلومة أمنية مسبقة مفادها أن شحنة من الكوكايين مدسوسة في شحنة من فاكهة الموز آتية من الإكوادور إلى ميناء بنغازي.
وكان الجهاز قد كوّن فريق عمل لتقصي المعلومة وجمع البيانات والتنسيق مع النيابة ومصلحة الجمارك للتعامل معها وضبط الشحنة.
وأضاف المكتب الإعلامي أن عناصر الأمن فتشوا الحاويات الواصلة من الإكوادور إلى ميناء بنغازي، وأخضعوها للفحص بالماسح الضوئي الذي أظهر كمية من الكوكايين مخفية في أرضية حاويتين.
وبعد ضبط المخدر وتحليله اتضح أنه كوكايين خام يبلغ وزنه 128 كيلوغراما.
وكشفت التحقيقات، بحسب المكتب الإعلامي لجهاز المكافحة، أن أحد أعضاء مصلحة الجمارك بميناء بنغازي ضالع في تسهيل إدخال المادة المخدرة.
وأفاد المكتب بأنه تم القبض على بعض المتورطين في جلب المادة المخدرة، وأن التحري جار لضبط بقية أفراد الشبكة.
""", [
    ev("agency-statement", "وبيّن المكتب الإعلامي للجهاز", STATEMENT, "the date line '04 مارس 2024' (Mon 4 Mar 2024), the day of the agency's statement"),
    ev("cocaine-seizure", "في ضبط كمية كبيرة من مخدر الكوكايين", SEIZURE[0], "no own expression; after the port visit of Fri 1 Mar ('في اليوم التالي' after the tip of 29 Feb, safiralchamal) and by the statement of Mon 4 Mar 2024 (my span 1-4 Mar)", end=SEIZURE[1]),
    ev("saudi-tip", "بعد أن تلقى الجهاز معلومة أمنية مسبقة", TIP, "no own expression; the tip came from the Saudi directorate 'في 29 فبراير (شباط) الماضي' (safiralchamal) = Thu 29 Feb 2024"),
    ev("team-formed", "وكان الجهاز قد كوّن فريق عمل", TIP, "no own expression; the agency 'سارع بتشكيل فريق' on receiving the tip of Thu 29 Feb 2024 (safiralchamal), the day before the port visit"),
    ev("container-scan", "وأخضعوها للفحص بالماسح الضوئي", SEIZURE[0], "no own expression; the scan that found the cocaine, between the port visit of Fri 1 Mar and the statement of Mon 4 Mar 2024 (my span 1-4 Mar)", end=SEIZURE[1]),
    ev("arrests", "تم القبض على بعض المتورطين", SEIZURE[0], "no own expression; the customs officer and a suspect were arrested after the seizure, by the statement of Mon 4 Mar 2024 (my span 1-4 Mar)", end=SEIZURE[1]),
])
art(S, "https://www.alsaaa24.com/2024/03/04/%D9%85%D8%AE%D8%A8%D8%A3%D8%A9-%D9%81%D9%8A-%D8%B4%D8%AD%D9%86%D8%A9-%D9%85%D9%88%D8%B2-%D9%82%D8%A7%D8%AF%D9%85%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%A5%D9%83%D9%88%D8%A7%D8%AF%D9%88%D8%B1-%D8%AA/",
    STATEMENT, "no date line in the stored text; the URL folder '/2024/03/04/' (Mon 4 Mar 2024), the day of the agency's statement (lananews date line '04 مارس 2024'); no date or weekday in the body (states_date false); headline kept from the page; the last sentence ('وجاري البحث …') cut after 'البحث'", False, """
مخبأة في شحنة موز قادمة من الإكوادور.. تفاصيل ضبط أكبر شحنة كوكايين في تاريخ ليبيا
نجح جهاز مكافحة المخدرات والمؤثرات العقلية، بالتعاون مع اللواء طارق بن زياد، في ضبط أكبر كمية من الكوكايين في تاريخ البلاد، خلال عملية نوعية نفذتها الأجهزة الأمنية في ميناء بنغازي البحري.
وأتت العملية إثر بلاغ تلقته نقطة اتصال في الجهاز من نقطة الاتصال بالمديرية العامة لمكافحة المخدرات السعودية، يفيد بوجود شحنة موز مريبة آتية من الإكوادور يُشتبه في احتوائها على كمية من الكوكايين الخام.
وعقب التحقيقات، أعيدت الحاوية إلى داخل الميناء ومُررت مجددا على جهاز الماسح الضوئي وفتشتها كلاب الأثر، فعُثر على نحو 128 كجم من الكوكايين الخام، أي ما يعادل 640 كجم بعد التخفيف، مخفية في أرضية الحاويتين.
وتُقدر قيمة الشحنة المضبوطة بما يزيد على 224000000 (مئتين وأربعة وعشرين مليون) دينار ليبي، إذ يبلغ سعر الكيلو في ليبيا نحو 350000 دينار، وسعر الغرام 350 دينارا.
وبعد التحقيقات الأولية تبيّن تواطؤ أحد أعضاء مصلحة الجمارك، فضُبط هو وأحد المشتبه بهم.
وبناء على ذلك أحيل الموقوفان والمادة المضبوطة إلى مديرية مصلحة الجمارك بميناء بنغازي البحري، فيما يتواصل البحث.
""", [
    ev("cocaine-seizure", "في ضبط أكبر كمية من الكوكايين في تاريخ البلاد", SEIZURE[0], "no own expression; between the port visit of Fri 1 Mar and the statement of Mon 4 Mar 2024 (my span 1-4 Mar)", end=SEIZURE[1]),
    ev("saudi-tip", "إثر بلاغ تلقته نقطة اتصال في الجهاز", TIP, "no own expression; 'في 29 فبراير (شباط) الماضي' (safiralchamal) = Thu 29 Feb 2024"),
    ev("container-scan", "ومُررت مجددا على جهاز الماسح الضوئي", SEIZURE[0], "no own expression; the rescan after the containers were brought back, 1-4 Mar 2024 (my span)", end=SEIZURE[1]),
    ev("arrests", "فضُبط هو وأحد المشتبه بهم", SEIZURE[0], "no own expression; after the seizure, by the statement of Mon 4 Mar 2024 (my span 1-4 Mar)", end=SEIZURE[1]),
])
art(S, "https://safiralchamal.com/2024/03/05/444427",
    "2024-03-05", "no date line in the stored text; the URL folder '/2024/03/05/' (Tue 5 Mar 2024), agreeing with the body's 'في بيان يوم الاثنين' for the statement of Mon 4 Mar 2024 (a copy of the Asharq al-Awsat report); states_date false (the text does not name its own day); headline written from the body (the stored text has none); the last sentence breaks off at 'فتبين أنه تم الإفر…' and is cut before that clause", False, """
ليبيا تضبط أكبر كمية من الكوكايين في تاريخها بتعاون سعودي
بالتعاون مع المديرية العامة لمكافحة المخدرات في السعودية، أوقعت السلطات الأمنية في شرق ليبيا ما وصفته بأنه "أكبر كمية في تاريخ البلاد" من "الكوكايين" في ميناء بنغازي.
وذكر جهاز مكافحة المخدرات والمؤثرات العقلية في بنغازي أنه ضبط شحنة من "الكوكايين" اعتبرها "الأكبر في تاريخ البلاد" ووصفها بأنها "تاريخية وتحمل أسرار جريمة دولية"، وذلك بمساندة "اللواء طارق بن زياد" التابع لـ"الجيش الوطني" الليبي الذي يقوده المشير خليفة حفتر.
وبيّن الجهاز، في بيان يوم الاثنين، أن إحدى نقاط الاتصال تسلمت بلاغا من نقطة الاتصال بالمديرية العامة لمكافحة المخدرات في السعودية عن شحنة موز مريبة آتية من الإكوادور يُشتبه في أنها تحوي كمية من الكوكايين الخام.
وأفصح الجهاز، الاثنين، عن أنه أُبلغ بمعلومات الشحنة من المديرية العامة لمكافحة المخدرات بالسعودية في 29 فبراير (شباط) الماضي، فبادر إلى تشكيل فريق عمل لجمع المعلومات ومعالجتها والتنسيق مع النيابة ومصلحة الجمارك، وأظهرت التحقيقات أن الشحن جرى وفق المعايير المعتمدة دوليا.
وأشار إلى أنه في اليوم التالي انتقل الفريق إلى الميناء لفتح الحاويتين المشتبه فيهما.
""", [
    ev("agency-statement", "في بيان يوم الاثنين", STATEMENT, "'يوم الاثنين' in an article of Tue 5 Mar 2024 = Mon 4 Mar"),
    ev("cocaine-seizure", "أنه ضبط شحنة من \"الكوكايين\"", SEIZURE[0], "no own expression; between the port visit of Fri 1 Mar and the statement of Mon 4 Mar 2024 (my span 1-4 Mar)", end=SEIZURE[1]),
    ev("saudi-tip", "أُبلغ بمعلومات الشحنة من المديرية العامة لمكافحة المخدرات بالسعودية في 29 فبراير (شباط) الماضي", TIP, "'في 29 فبراير (شباط) الماضي' = Thu 29 Feb 2024"),
    ev("team-formed", "فبادر إلى تشكيل فريق عمل", TIP, "right after the tip of Thu 29 Feb 2024 ('فبادر'), the day before the port visit"),
    ev("port-visit", "في اليوم التالي انتقل الفريق إلى الميناء", PORT_VISIT, "'في اليوم التالي' after Thu 29 Feb 2024 = Fri 1 Mar 2024 (2024 is a leap year)"),
])

# ---------------------------------------------------------------- morocco-tanger-med-coal-cocaine-2025
S = "morocco-tanger-med-coal-cocaine-2025"
SEIZURE_M = "2025-05-06"                   # the 514 kg were seized on the morning of Tue 6 May 2025
BNPJ = ("2025-05-06", "2025-05-08")        # the national judicial police (BNPJ) took the inquiry: 6-7 May 2025
art(S, "https://sabk.ma/%d8%a5%d8%ad%d8%a8%d8%a7%d8%b7-%d8%aa%d9%87%d8%b1%d9%8a%d8%a8-514-%d9%83%d9%84%d8%ba-%d9%85%d9%86-%d8%a7%d9%84%d9%83%d9%88%d9%83%d8%a7%d9%8a%d9%8a%d9%86-%d8%a8%d9%85%d9%8a%d9%86%d8%a7%d8%a1-%d8%b7",
    "2025-05-07", "no date line on the stored page; the body's 'صباح يوم أمس الثلاثاء 6 ماي 2025' (6 May 2025 was a Tuesday) gives Wed 7 May 2025; states_date false (the day rests on 'أمس'); headline rendered from the URL slug (cut after 'بميناء ط', completed as 'بميناء طنجة المتوسط', the port named in the body); the last, truncated sentence ('وتندرج هذه العملية …') dropped", False, """
إحباط تهريب 514 كلغ من الكوكايين بميناء طنجة المتوسط
نجحت عناصر الأمن الوطني، بتنسيق محكم مع إدارة الجمارك والضرائب غير المباشرة، صباح يوم أمس الثلاثاء 6 ماي 2025، في إفشال عملية تهريب كبيرة لشحنة من مخدر الكوكايين بميناء طنجة المتوسط، الذي يعد من أهم النقاط البحرية الاستراتيجية في المغرب.
وأدت العملية إلى حجز 514 كيلوغراماً من الكوكايين شديد التركيز، كانت مخفية بعناية وسط شحنة من الفحم في واحدة من ثلاث حاويات أُخضعت لتفتيش دقيق، استنادا إلى معلومات استخباراتية دقيقة قدمتها مصالح الجمارك. وتفيد المعطيات بأن هذه الحاويات قدمت من أحد موانئ أمريكا الجنوبية وكانت متجهة إلى بلجيكا، مرورا بميناء طنجة المتوسط.
وقد سعى المهربون إلى إخفاء المخدرات بتقنيات تمويه متطورة داخل الفحم للإفلات من أنظمة المراقبة الجمركية والأمنية، لكن يقظة العناصر الأمنية سمحت بكشف الشحنة ووقف العملية قبل أن تغادر الحاويات الميناء.
وفتحت الفرقة الوطنية للشرطة القضائية تحقيقا شاملا تحت إشراف النيابة العامة المختصة، لاستجلاء ملابسات القضية وتحديد جميع المتورطين وامتدادات الشبكة الإجرامية التي يُشتبه في صلتها بشبكات دولية تنشط في تهريب المخدرات الصلبة إلى أوروبا.
""", [
    ev("cocaine-seizure", "صباح يوم أمس الثلاثاء 6 ماي 2025، في إفشال عملية تهريب كبيرة", SEIZURE_M, "'صباح يوم أمس الثلاثاء 6 ماي 2025' = the morning of Tue 6 May 2025"),
    ev("containers-inspected", "في واحدة من ثلاث حاويات أُخضعت لتفتيش دقيق", SEIZURE_M, "no own expression; the inspection that found the cocaine, the same Tue 6 May 2025"),
    ev("bnpj-inquiry", "وفتحت الفرقة الوطنية للشرطة القضائية تحقيقا شاملا", BNPJ[0], "no own expression; entrusted after the seizure of Tue 6 May and reported on Wed 7 May 2025 (my span 6-7 May)", end=BNPJ[1]),
])
art(S, "https://www.maghress.com/rissalatalomma/200858",
    "2025-05-08", "no date on the stored page (a Risalat al-Umma report carried by maghress); the body's 'أول أمس الثلاثاء' for the seizure of Tue 6 May 2025 (sabk: 'صباح يوم أمس الثلاثاء 6 ماي 2025', same 514 kg in coal, three containers bound for Belgium) gives Thu 8 May 2025; states_date false; headline written from the body (the stored text has none)", False, """
إحباط تهريب أزيد من نصف طن من الكوكايين بميناء طنجة المتوسط
أفضت عملية مشتركة نفذتها مصالح الأمن الوطني والجمارك العاملة بميناء طنجة المتوسط، أول أمس الثلاثاء، إلى إفشال محاولة لتهريب المخدرات القوية دوليا عبر هذا الميناء، وحجز ما يفوق نصف طن من مخدر الكوكايين.
ونُفذت هذه العملية الأمنية النوعية بناء على معطيات عملياتية قدمتها مصالح الجمارك، وأتاحت ضبط ثلاث حاويات أبحرت من أحد موانئ أمريكا الجنوبية في اتجاه ميناء ببلجيكا مرورا بميناء طنجة المتوسط، وعُثر في إحداها على شحنة الكوكايين البالغ وزنها الإجمالي 514 كلغ، وقد أخفيت بعناية شديدة وسط شحنة من مادة الفحم.
وأُسندت مهمة البحث والتحري في القضية إلى الفرقة الوطنية للشرطة القضائية BNPJ تحت إشراف النيابة العامة المختصة، من أجل الكشف عن كل الأشخاص المرتبطين بالشبكة الإجرامية الضالعة في محاولة تهريب هذه الشحنات من الكوكايين، وتحديد تقاطعاتها وارتباطاتها على الصعيدين الإقليمي والدولي.
وتأتي هذه القضية في إطار العمليات الأمنية المكثفة والمستمرة التي تنفذها مصالح المديرية العامة للأمن الوطني بتنسيق مع الجمارك، بغية محاربة التهريب الدولي للمخدرات والمؤثرات العقلية.
""", [
    ev("cocaine-seizure", "أول أمس الثلاثاء، إلى إفشال محاولة لتهريب المخدرات القوية", SEIZURE_M, "'أول أمس الثلاثاء' in an article of Thu 8 May 2025 = Tue 6 May"),
    ev("containers-inspected", "وأتاحت ضبط ثلاث حاويات", SEIZURE_M, "no own expression; the three containers were stopped and searched on the day of the seizure, Tue 6 May 2025 (sabk)"),
    ev("bnpj-inquiry", "وأُسندت مهمة البحث والتحري في القضية إلى الفرقة الوطنية للشرطة القضائية", BNPJ[0], "no own expression; entrusted after the seizure of Tue 6 May, already under way on Wed 7 May 2025 (sabk) (my span 6-7 May)", end=BNPJ[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 457
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
