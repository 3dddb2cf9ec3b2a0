"""Builds stories.jsonl: the 390-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Lebanon outside Beirut (Tripoli, Akkar,
the Bekaa, Sidon, Tyre, the south): accidents, clashes, floods, fires, municipal affairs.
Stories: the twin car bombs at the al-Taqwa and al-Salam mosques of Tripoli (August 2013), the flash flood on
Ras Baalbek and al-Qaa in the northern Bekaa (June 2018), and the clashes between the army and Ahmad al-Assir's
men in Abra, Sidon (June 2013).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-tripoli-taqwa-salam-mosque-bombings-2013
S = "lebanon-tripoli-taqwa-salam-mosque-bombings-2013"
BLAST = "2013-08-23"                       # the two car bombs at al-Taqwa and al-Salam mosques, Fri 23 Aug 2013, after Friday prayer
MOURN = "2013-08-24"                       # the day of national mourning and the first funerals, Sat 24 Aug 2013
ARREST = ("2013-08-23", "2013-08-25")      # Sheikh Ahmad al-Gharib detained in al-Minieh: late Fri 23 or Sat 24 Aug 2013 (reports differ)
art(S, "http://alwasatnews.com/news/802998.html",
    "2013-08-23", "the body's 'اليوم الجمعة (23 أغسطس/ آب 2013)' (kept; 23 Aug 2013 was a Friday); headline written from the body (the stored text has none); the reader's comment under the article and the cut last words dropped", True, """
حصيلة قتلى تفجيري طرابلس ترتفع إلى 42
أفاد مصدر أمني وكالة فرانس برس بأن عدد من قضوا في تفجيري السيارتين المفخختين اللذين ضربا طرابلس في شمال لبنان اليوم الجمعة (23 أغسطس/ آب 2013) صعد إلى 42.
ونقل عن المصدر قوله: "صعدت حصيلة القتلى في طرابلس إلى 42". وكان الصليب الأحمر قد ذكر أن 500 شخص أصيبوا بجروح. وأوضح المصدر الأمني أن عشرات من أصحاب الإصابات الطفيفة خرجوا من المستشفيات.
غير أنه لفت إلى أن إصابات حرجة كثيرة ما زالت قائمة، بعضها لأطفال.
وكان جورج كتانة، مدير العمليات في الصليب الأحمر اللبناني، قد تحدث عن إصابات كثيرة في الرأس وحروق بالغة.
وتعد هذه الحصيلة الأثقل لتفجير منذ نهاية الحرب الأهلية (1975-1990).
وقد طال التفجيران مسجدين سنيين في وقت صلاة الجمعة، ودويا بفارق دقائق، فيما تفصل بين المنطقتين نحو كيلومترين.
ويأتي ذلك بعد اسبوع من انفجار سيارة مفخخة في الضاحية الجنوبية لبيروت، معقل حزب الله الشيعي، أودى بحياة 27 شخصا.
وقبل الموجة الأخيرة من التفجيرات، استهدفت تفجيرات عدة بين عامي 2005 و2008 شخصيات سياسية وإعلامية وأمنية وأحياء سكنية، أشدها دموية التفجير الذي قتل رئيس الحكومة الأسبق رفيق الحريري و22 شخصا آخرين في شباط/فبراير 2005 في وسط بيروت.
""", [
    ev("twin-bombings", "اللذين ضربا طرابلس في شمال لبنان اليوم الجمعة", BLAST, "'اليوم الجمعة (23 أغسطس/ آب 2013)' = Fri 23 Aug 2013"),
    ev("toll-42", "صعد إلى 42", BLAST, "the count of the evening of Fri 23 Aug 2013 (the day of the article)"),
    ev("red-cross-500-wounded", "ذكر أن 500 شخص أصيبوا بجروح", BLAST, "no own expression ('كان ... قد ذكر', earlier the same day); the Red Cross count of Fri 23 Aug 2013"),
    ev("ruwais-bombing", "بعد اسبوع من انفجار سيارة مفخخة في الضاحية الجنوبية لبيروت", "2013-08-15", "'بعد اسبوع' from Fri 23 Aug = the al-Ruwais car bomb of Thu 15 Aug 2013 (outside knowledge)"),
    ev("hariri-assassination", "التفجير الذي قتل رئيس الحكومة الأسبق رفيق الحريري", "2005-02-14", "'في شباط/فبراير 2005' = Mon 14 Feb 2005 (outside knowledge)"),
])
art(S, "https://www.arab48.com/أخبار-عربية-ودولية/أخبار--الوطن-العربي/2013/08/23/ارتفاع-عدد-قتلى-تفجيرات-طرابلس-وإعلان-الحداد-رسميا-",
    "2013-08-23", "date in the URL '/2013/08/23/' (23 Aug 2013 was a Friday); the body's 'في وقت سابق اليوم' and the count of 42 agree with the evening of the bombings; headline kept from the page (reworded), the repeated headline, the source tag 'عرب 48-' and the sub-heading dropped; no date of its own in the text", False, """
ارتفاع حصيلة قتلى تفجيرات طرابلس وإعلان الحداد الرسمي
وصل عدد الشهداء الذين سقطوا في تفجيري مسجدي التقوى والسلام في طرابلس إلى 42 شهيدا، بينما صعد عدد المصابين إلى قرابة 500 جريح. وأعلن نجيب ميقاتي، رئيس حكومة تصريف الأعمال، الحداد في لبنان.
وتشير الأنباء القادمة من بيروت إلى أن عدد الضحايا في لبنان وصل إلى 42 قتيلا، بينما ارتفع عدد الجرحى إلى قرابة 500 مصاب. وكان وزير الصحة اللبناني علي حسن خليل قد صرح في وقت سابق اليوم بأن عدد القتلى وصل إلى 27 وأن عدد الجرحى بلغ 352. وترجح مصادر طبية أن تزيد حصيلة الشهداء، خصوصا أن انتشال جثامين الضحايا من المسجدين المنكوبين لم يكتمل بعد.
وذكر تلفزيون المستقبل أن طرابلس تشهد حراكا سياسيا من تيارات مختلفة لاحتواء الأزمة والحيلولة دون تدهور الوضع في المدينة، كما نقل أن أي جهاز أمني أو سلطة رسمية لم تبلغ مسجد التقوى حتى السادسة مساء، ولا آليات الدفاع المدني والإسعاف، وأن السكان اضطروا إلى نقل المصابين بسياراتهم وتولوا بأنفسهم انتشال جثث الشهداء من داخل المسجد.
""", [
    ev("toll-42", "عدد الضحايا في لبنان وصل إلى 42 قتيلا", BLAST, "no own expression; the count of the evening of Fri 23 Aug 2013 (URL date)"),
    ev("twin-bombings", "سقطوا في تفجيري مسجدي التقوى والسلام في طرابلس", BLAST, "no own expression; the bombings of Fri 23 Aug 2013 (the other articles)"),
    ev("mourning-declared", "وأعلن نجيب ميقاتي، رئيس حكومة تصريف الأعمال، الحداد في لبنان", BLAST, "no own expression; Mikati declared Sat 24 Aug a day of national mourning on the evening of Fri 23 Aug 2013"),
    ev("health-minister-27-toll", "قد صرح في وقت سابق اليوم بأن عدد القتلى وصل إلى 27", BLAST, "'في وقت سابق اليوم' = earlier on Fri 23 Aug 2013"),
    ev("residents-carry-wounded", "السكان اضطروا إلى نقل المصابين بسياراتهم", BLAST, "'حتى السادسة مساء' of Fri 23 Aug 2013"),
])
art(S, "https://www.masress.com/alwafd/530363",
    "2013-08-24", "no date line on the stored page; the body's 'اليوم' for the arrest and 'الانفجار الذي وقع أمس' for the bombing of Fri 23 Aug 2013 give Sat 24 Aug 2013 (the same report on 3yonnews, dated 'الأحد 25-08-2013', says 'أمس' and 'أمس الأول'); headline written from the body (the stored text has none); the list of the meeting's attendees cut after the ministers (the stored text breaks off); no date of its own in the text", False, """
توقيف الشيخ أحمد الغريب في قضية تفجيري طرابلس
اعتقلت شعبة المعلومات في قوى الأمن الداخلي اللبناني اليوم الشيخ أحمد الغريب، بعدما ظهر في إحدى كاميرات المراقبة في موقع الانفجار الذي وقع أمس أمام مسجد السلام في مدينة طرابلس بشمال لبنان.
وأفادت مصادر أمنية بأن قوة من الشعبة دهمت منزل الغريب في منطقة المنية شمال طرابلس وضبطت فيه بنادق حربية رشاشة وقنابل يدوية.
وفي السياق ذاته، نفت حركة "التوحيد الإسلامي" في طرابلس أن يكون أي من عناصرها أو مشايخها قد أوقف على خلفية تفجيري مسجدي طرابلس.
ودعت الحركة في بيان أصدرته اليوم إلى إنزال أشد العقوبات بكل من يثبت تورطه في هذا العمل الإجرامي المروع.
ولفتت إلى أن الشيخ أحمد الغريب مكلف من الشيخ هاشم منقارة، رئيس مجلس قيادة حركة التوحيد الإسلامي، بمتابعة أحد الملفات العالقة مع النظام السوري.
من جهة أخرى، عقد رئيس الوزراء اللبناني المستقيل اجتماعا في منزله في طرابلس، القريب من مسجد السلام الذي طاله تفجير إرهابي، لبحث تداعيات الانفجارين اللذين ضربا المدينة، وحضره وزراء الداخلية مروان شربل والمال محمد الصفدي والدولة أحمد كرامي والشباب والرياضة فيصل كرامي.
""", [
    ev("gharib-arrest", "اعتقلت شعبة المعلومات في قوى الأمن الداخلي اللبناني اليوم الشيخ أحمد الغريب", ARREST[0], "'اليوم' = Sat 24 Aug 2013 here, but other reports (emiratesvoice, alhayat 'بعد ساعات على تفجير') put the arrest on Fri 23 Aug: my span 23-24 Aug", end=ARREST[1]),
    ev("twin-bombings", "في موقع الانفجار الذي وقع أمس أمام مسجد السلام", BLAST, "'أمس' in an article of Sat 24 Aug 2013 = Fri 23 Aug"),
    ev("gharib-house-raid", "دهمت منزل الغريب في منطقة المنية شمال طرابلس", ARREST[0], "no own expression; the raid that went with the arrest (my span 23-24 Aug 2013)", end=ARREST[1]),
    ev("tawhid-statement", "ودعت الحركة في بيان أصدرته اليوم", MOURN, "'اليوم' = Sat 24 Aug 2013"),
    ev("mikati-meeting", "عقد رئيس الوزراء اللبناني المستقيل اجتماعا في منزله في طرابلس", MOURN, "no own expression; the meeting in Mikati's Tripoli home on Sat 24 Aug 2013 (3yonnews of Sun 25 Aug reports it with the events of 'أمس')"),
])
art(S, "https://aljarida.com/articles/1462232768300770400",
    "2013-08-25", "page date line 'نشر في 25-08-2013 | 00:01' (kept; 25 Aug 2013 was a Sunday; the print edition of Sunday, so 'أمس' = Sat 24 and 'أمس الأول' = Fri 23); headline and sub-heading kept from the page (reworded), the update line and 'No Image Caption' dropped; the last, truncated sentence dropped", True, """
تفجيرا طرابلس: اعتقال «شيخ» قريب من دمشق و«القاعدة» تتهم «حزب الله» وتتوعده بالقصاص
نشر في 25-08-2013 | 00:01
القتلى يرتفعون إلى 45... وميقاتي يرفض «الأمن الذاتي»
ودّع لبنان أمس عدداً من ضحايا التفجيرين الداميين اللذين طالا مسجدين سُنّيين في طرابلس، كبرى مدن الشمال، أمس الأول، في ظل حداد وطني، فيما شُددت التدابير الأمنية تحسباً لتفجيرات جديدة.
وصعدت حصيلة التفجيرين إلى 45 قتيلاً، إضافة إلى نحو 280 جريحاً ما زالوا في المستشفيات، وفق آخر أرقام الأجهزة الأمنية.
وتحسباً لتفجيرات أخرى، زاد الجيش اللبناني دورياته في طرابلس، بينما ظهر مسلحون مدنيون أمام المساجد وعند مقار الأحزاب وبيوت عدد من السياسيين ورجال الدين.
وظهرت المدينة، المكتظة عادة بالناس، مشلولة وشوارعها خالية وحركة السير فيها خفيفة، وأقفلت المحال أبوابها في يوم الحداد الوطني المعلن في كل أنحاء البلاد، بحسب مراسل «وكالة فرانس برس».
من جهة أخرى، دهمت قوة من فرع المعلومات في الشمال منزل الشيخ أحمد الغريب (40 عاماً) في منطقة المنية وأوقفته. وأكدت المعلومات الأمنية أن القوة عثرت في منزل الموقوف على خرائط عسكرية لمدينة طرابلس وكمية من المتفجرات.
""", [
    ev("funerals", "ودّع لبنان أمس عدداً من ضحايا التفجيرين", MOURN, "'أمس' in the edition of Sun 25 Aug 2013 = Sat 24 Aug"),
    ev("twin-bombings", "طالا مسجدين سُنّيين في طرابلس، كبرى مدن الشمال، أمس الأول", BLAST, "'أمس الأول' in the edition of Sun 25 Aug 2013 = Fri 23 Aug"),
    ev("toll-45", "وصعدت حصيلة التفجيرين إلى 45 قتيلاً", MOURN, "no own expression; the security services' count of Sat 24 Aug 2013 (the day before the edition)"),
    ev("national-mourning-day", "وأقفلت المحال أبوابها في يوم الحداد الوطني", MOURN, "the day of national mourning = Sat 24 Aug 2013 ('أمس' of the lead)"),
    ev("gharib-arrest", "منزل الشيخ أحمد الغريب (40 عاماً) في منطقة المنية وأوقفته", ARREST[0], "no own expression; the arrest late on Fri 23 or on Sat 24 Aug 2013 (reports differ): my span", end=ARREST[1]),
])

# ---------------------------------------------------------------- lebanon-ras-baalbek-qaa-flash-flood-2018
S = "lebanon-ras-baalbek-qaa-flash-flood-2018"
FLOOD = "2018-06-13"                       # the flash flood from the eastern range on Ras Baalbek and al-Qaa, Wed 13 Jun 2018
EARLIER = ("2018-06-09", "2018-06-13")     # the rains and floods of the previous days elsewhere in Lebanon (Kesrouan heights on Tue 12 Jun): my span
art(S, "http://alwasat.com.kw/ArticleDetail.aspx?id=79938",
    "2018-06-13", "no date line on the stored page; the body's 'اليوم الاربعاء' (the day of the flood, Wed 13 Jun 2018: aawsat of Thu 14 Jun says 'أمس') gives Wed 13 Jun 2018; a KUNA report; headline written from the body (the stored text has none); no date of its own in the text", False, """
سيول جارفة تجتاح قرى في البقاع الشمالي
أفادت الوكالة الوطنية للإعلام الرسمية في لبنان اليوم الاربعاء بأن سيولا جارفة داهمت عددا من قرى البقاع الشمالي في شرق البلاد وخلفت أضرارا مادية وبشرية.
وأوضحت الوكالة أن سيولا آتية من سلسلة الجبال الشرقية اجتاحت بلدتي (راس بعلبك) و(القاع) وقرى مجاورة، فقضت امرأة في منزلها ولحق دمار كبير بالممتلكات.
وتابعت أن المياه ارتفعت إلى منسوب لم تعرفه المنطقة من قبل، وقطعت طريقا رئيسيا عند الحدود السورية.
من جهتها، أعلنت جمعية الصليب الأحمر اللبناني أنها أرسلت مسعفين وسيارات إسعاف مجهزة لتنفيذ عمليات إنقاذ وإجلاء في بلدة (راس بعلبك) بسبب السيول الجارفة.
وكانت مناطق لبنانية عدة قد عرفت سيولا وانجرافات في التربة خلال الأيام الأخيرة بفعل غزارة الأمطار، غير أن أضرارها اقتصرت أساسا على البساتين والأراضي الزراعية ولم تسفر عن أي إصابات بشرية.
""", [
    ev("flood-hits-ras-baalbek-qaa", "سيولا جارفة داهمت عددا من قرى البقاع الشمالي", FLOOD, "'اليوم الاربعاء' = Wed 13 Jun 2018"),
    ev("woman-killed", "فقضت امرأة في منزلها", FLOOD, "no own expression; the death of Shahira Bal'is in the flood of Wed 13 Jun 2018"),
    ev("qaa-road-cut", "وقطعت طريقا رئيسيا عند الحدود السورية", FLOOD, "no own expression; the same flood, Wed 13 Jun 2018"),
    ev("red-cross-teams-sent", "أعلنت جمعية الصليب الأحمر اللبناني أنها أرسلت مسعفين", FLOOD, "no own expression; the same day, Wed 13 Jun 2018"),
    ev("earlier-floods", "قد عرفت سيولا وانجرافات في التربة خلال الأيام الأخيرة", EARLIER[0], "'خلال الأيام الأخيرة' before Wed 13 Jun 2018 (the Kesrouan floods of Tue 12 Jun): my span 9-12 Jun", end=EARLIER[1]),
])
art(S, "https://www.alaraby.co.uk/home/GoToPage/3f9b540d-4039-45e8-a648-9a4779a0938d/65adb46b-c292-41bd-9bda-65903ac85f9a",
    "2018-06-13", "page date line '13 يونيو 2018' (kept; 13 Jun 2018 was a Wednesday); headline kept from the page (reworded), the repeated short headline, the place and outlet lines and '+ الخط -' dropped; the last, truncated sentence (the words of the Baalbek municipal head) dropped", True, """
سيول جارفة تدهم منازل في رأس بعلبك اللبنانية... ووفاة امرأة
13 يونيو 2018
دهمت سيول منطقة رأس بعلبك في شمال شرق لبنان واتجهت نحو منطقة القاع، فدمرت بيوتا ومحال تجارية وممتلكات للأهالي منها سيارات ومنقولات، ما حمل رئيس بلدية رأس بعلبك، دريد رحال، على مناشدة الدولة والهيئات المدنية التدخل لإنقاذ البلدة التي باتت منكوبة بفعل السيول.
وأعلنت الوكالة الوطنية للإعلام الرسمية وفاة السيدة شهيرة بلعيس غرقاً إثر دخول السيول منزلها، بعدما انحرف السيل عن مجراه نحو البيوت، مخلفاً أضراراً كارثية ومصيباً شبكات المياه والكهرباء.
وذكرت الوكالة الحكومية أن "سيولاً جارفة آتية من السلسلة الشرقية اجتاحت بلدات رأس بعلبك والقاع في البقاع الشمالي، وارتفعت المياه إلى منسوب لم تعرفه المنطقة من قبل، فانقطع طريق القاع عند الحدود السورية، ودخلت السيول البيوت والمحال وغطت الوحول البساتين والمزارع".
ودعت بلدية بعلبك المواطنين الذين تضرروا من السيول التي ضربت مدينة بعلبك إلى رفع طلباتهم إلى الهيئة العليا للإغاثة للتعويض عليهم عن الأضرار.
""", [
    ev("flood-hits-ras-baalbek-qaa", "دهمت سيول منطقة رأس بعلبك في شمال شرق لبنان", FLOOD, "no own expression; the flood of Wed 13 Jun 2018 (date line)"),
    ev("mayor-appeal", "على مناشدة الدولة والهيئات المدنية التدخل لإنقاذ البلدة", FLOOD, "no own expression; the appeal of the Ras Baalbek mayor on Wed 13 Jun 2018"),
    ev("woman-killed", "وفاة السيدة شهيرة بلعيس غرقاً إثر دخول السيول منزلها", FLOOD, "no own expression; Wed 13 Jun 2018"),
    ev("qaa-road-cut", "فانقطع طريق القاع عند الحدود السورية", FLOOD, "no own expression; Wed 13 Jun 2018"),
    ev("baalbek-compensation-call", "ودعت بلدية بعلبك المواطنين الذين تضرروا من السيول", FLOOD, "no own expression; the municipality's call of Wed 13 Jun 2018 (date line)"),
])
art(S, "https://imlebanon.org/2018/06/13/ras-baalbeck-videos-rain/amp",
    "2018-06-13", "date in the URL '/2018/06/13/' (13 Jun 2018 was a Wednesday); headline written from the body (the stored text has none); the last, truncated sentence ('من جهته، أرسل ...') dropped; no date of its own in the text", False, """
السيول تضرب رأس بعلبك والقاع ومطالبة بإعلانها مناطق منكوبة
داهمت سيول جارفة بلدتي رأس بعلبك والقاع وألحقت أضرارا فادحة بالمنطقة. وأسفرت السيول عن وفاة السيدة شهيرة بلعيس اختناقا بعدما دخل السيل منزلها، وفق ما ذكرت "الوكالة الوطنية للاعلام"، فيما وصف الأهالي السيل بأنه الأعنف منذ 100 عام. وتداولت مواقع التواصل الاجتماعي مقاطع فيديو للسيول العنيفة.
وطالب النائب أنطوان حبشي بإعلان المناطق البقاعية التي أصابتها السيول مناطق منكوبة، مشددا على أن الأضرار كبيرة. كذلك دعا رئيس بلدية رأس بعلبك العميد المتقاعد دريد رحال الدولة والهيئات المدنية إلى التدخل والمجيء إلى البلدة التي غدت منكوبة بسبب السيول التي دهمتها ودخلت البيوت والمحال التجارية، جارفة كل ما في طريقها.
وأفاد الدفاع المدني بأنه، إثر الأمطار الغزيرة التي اقتحمت البيوت وأوقعت خسائر كبيرة في البقاع، وضعت مديريته العامة عناصرها المنتشرين في القرى البقاعية في حال التأهب القصوى لمساعدة المواطنين والمقيمين في البلدات المتضررة وشفط المياه من المنازل والمستودعات، والبقاء على أتم الجهوزية حتى انتهاء العاصفة ورفع كل الأضرار ضمن الصلاحيات والإمكانات المتاحة.
""", [
    ev("flood-hits-ras-baalbek-qaa", "داهمت سيول جارفة بلدتي رأس بعلبك والقاع", FLOOD, "no own expression; Wed 13 Jun 2018 (URL date)"),
    ev("woman-killed", "وفاة السيدة شهيرة بلعيس اختناقا", FLOOD, "no own expression; Wed 13 Jun 2018"),
    ev("habshi-disaster-zone-call", "وطالب النائب أنطوان حبشي بإعلان المناطق البقاعية", FLOOD, "no own expression; the MP's call of Wed 13 Jun 2018"),
    ev("mayor-appeal", "دعا رئيس بلدية رأس بعلبك العميد المتقاعد دريد رحال الدولة", FLOOD, "no own expression; Wed 13 Jun 2018"),
    ev("civil-defence-alert", "وضعت مديريته العامة عناصرها المنتشرين في القرى البقاعية في حال التأهب القصوى", FLOOD, "no own expression; Wed 13 Jun 2018"),
])
art(S, "https://aawsat.com/home/article/1300041/%D8%B3%D9%8A%D9%88%D9%84-%D8%AA%D8%AA%D8%B3%D8%A8%D8%A8-%D8%A8%D9%85%D9%82%D8%AA%D9%84-%D8%A7%D9%85%D8%B1%D8%A3%D8%A9-%D9%81%D9%8A-%D8%A8%D9%84%D8%AF%D8%A9-%D8%AD%D8%AF%D9%88%D8%AF%D9%8A%D8%A9-%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D8%A9",
    "2018-06-14", "page date line 'الخميس - 1 شوال 1439 هـ - 14 يونيو 2018 مـ رقم العدد [ 14443]' (kept; 14 Jun 2018 was a Thursday); headline kept from the page (reworded), the repeated headline and the place line 'بيروت: «الشرق الأوسط»' dropped; the last, truncated sentence (Aoun's call to the relief body) dropped", True, """
سيول تودي بحياة امرأة في بلدة لبنانية حدودية
الخميس - 1 شوال 1439 هـ - 14 يونيو 2018 مـ رقم العدد [ 14443]
توفيت امرأة لبنانية، أمس، إثر اجتياح سيول جارفة منزلها في بلدة رأس بعلبك المحاذية لسوريا، في البقاع الشمالي شرق لبنان.
وذكرت «الوكالة الوطنية للإعلام» أن «سيولاً جارفة آتية من السلسلة الشرقية دهمت بلدات رأس بعلبك والقاع في البقاع الشمالي، وارتفعت المياه إلى منسوب لم تعرفه المنطقة من قبل، فانقطع طريق عام القاع - الحدود السورية، ودخلت السيول البيوت والمحال وغطت الوحول البساتين والمزارع».
ودعا رئيس بلدية رأس بعلبك العميد المتقاعد دريد رحال، الذي وصف ما جرى بـ«الكارثة» غير المسبوقة في المنطقة، الدولة والهيئات المدنية إلى التدخل والقدوم إلى البلدة التي قال إنها باتت «منكوبة» بفعل السيول الجارفة التي دهمتها ودخلت البيوت والمحال التجارية وجرفت كل شيء في طريقها.
وأفاد بيان لرئاسة الجمهورية بأن الرئيس ميشال عون تابَع الأوضاع الناجمة عن السيول التي ضربت منطقة رأس بعلبك وألحقت بالبلدة أضراراً جسيمة وأدت إلى وفاة سيدة جرفتها المياه.
""", [
    ev("woman-killed", "توفيت امرأة لبنانية، أمس، إثر اجتياح سيول جارفة منزلها", FLOOD, "'أمس' in an article of Thu 14 Jun 2018 = Wed 13 Jun"),
    ev("flood-hits-ras-baalbek-qaa", "دهمت بلدات رأس بعلبك والقاع في البقاع الشمالي", FLOOD, "no own expression; the flood of Wed 13 Jun 2018 ('أمس' of the lead)"),
    ev("qaa-road-cut", "فانقطع طريق عام القاع - الحدود السورية", FLOOD, "no own expression; Wed 13 Jun 2018"),
    ev("mayor-appeal", "الدولة والهيئات المدنية إلى التدخل والقدوم إلى البلدة", FLOOD, "no own expression; the appeal of Wed 13 Jun 2018"),
    ev("aoun-follows-up", "بأن الرئيس ميشال عون تابَع الأوضاع الناجمة عن السيول", FLOOD, "no own expression; the presidency's statement of the evening of Wed 13 Jun 2018 (alnahdanews reports it on 13 Jun at 06:45 pm)"),
])

# ---------------------------------------------------------------- lebanon-sidon-abra-assir-army-clashes-2013
S = "lebanon-sidon-abra-assir-army-clashes-2013"
ATTACK = "2013-06-23"                      # the attack of al-Assir's gunmen on the army checkpoint in Abra (Sidon), Sun 23 Jun 2013 at 14:00
NIGHT = ("2013-06-23", "2013-06-25")       # the fighting through the night of Sun 23 - Mon 24 Jun 2013
DAY2 = "2013-06-24"                        # the army's push into al-Assir's security square, Mon 24 Jun 2013
art(S, "http://www.almowaten.net/2013/06/3-%D9%82%D8%AA%D9%84%D9%89-%D9%85%D9%86-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A-%D9%81%D9%8A-%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D8%A8%D9%85%D8%AF/",
    "2013-06-23", "page date line 'الأحد ٢٣ يونيو ٢٠١٣ الساعة ٩:٥٥ مساءً' (kept in Arabic-Indic digits; 23 Jun 2013 was a Sunday); headline kept from the page (reworded), the repeated headline dropped", True, """
مقتل 3 عسكريين لبنانيين في اشتباكات في صيدا
الأحد ٢٣ يونيو ٢٠١٣ الساعة ٩:٥٥ مساءً
لقي ضابطان وعنصر من الجيش اللبناني حتفهم إثر اندلاع اشتباكات في مدينة صيدا الساحلية جنوب لبنان بين الجيش وأنصار الشيخ أحمد الأسير، المعارض لتدخل حزب الله في سوريا.
وذكر مصدر أمني أن المواجهات بين الجيش وأتباع الشيخ السني أحمد الأسير، المعروف بعدائه لحزب الله، والتي استُخدمت فيها رشاشات وقذائف صاروخية، أسفرت كذلك عن جرح خمسة عسكريين.
وبيّنت مصادر أن الجيش قرر الضرب بيد من حديد على كل مسلح يصادفه على الأرض، مستعيناً بوحدات من المغاوير التي تعد نخبة الجيش.
ولفتت المعلومات إلى أن المواجهات انطلقت في منطقة عبرا بين مجموعة الأسير والجيش اللبناني عند حاجز للجيش قريب من جامع بلال بن رباح، معقل الأسير، قبل أن تتحول سريعاً إلى قتال بين عناصر من حزب الله وأنصار الشيخ في المنطقة.
""", [
    ev("three-soldiers-killed", "لقي ضابطان وعنصر من الجيش اللبناني حتفهم", ATTACK, "no own expression; the first deaths of the afternoon of Sun 23 Jun 2013 (date line)"),
    ev("clashes-erupt", "إثر اندلاع اشتباكات في مدينة صيدا الساحلية", ATTACK, "no own expression; Sun 23 Jun 2013 (date line)"),
    ev("five-soldiers-wounded", "أسفرت كذلك عن جرح خمسة عسكريين", ATTACK, "no own expression; Sun 23 Jun 2013"),
    ev("army-iron-fist-decision", "أن الجيش قرر الضرب بيد من حديد", ATTACK, "no own expression; the army's decision of the evening of Sun 23 Jun 2013"),
    ev("checkpoint-attack", "المواجهات انطلقت في منطقة عبرا بين مجموعة الأسير والجيش اللبناني عند حاجز للجيش", ATTACK, "no own expression; the attack on the Abra checkpoint at 14:00 on Sun 23 Jun 2013 (army statement)"),
])
art(S, "https://www.masress.com/elwatan/208515",
    "2013-06-23", "no date line on the stored page; the body's 'ظهر اليوم' and the army statement 'بتاريخ اليوم الساعة 14.00' with only the first three deaths give the day of the first clashes, Sun 23 Jun 2013 (almowaten's 'الأحد ٢٣ يونيو ٢٠١٣' reports the same three deaths); headline written from the body (the stored text has none); the last, truncated sentence (witnesses on the hills of Majdelyoun) dropped; no date of its own in the text", False, """
مقتل ضابطين وجندي في اشتباكات بين الجيش اللبناني وأنصار الأسير في عبرا
لقي ضابطان وجندي من الجيش اللبناني وأحد مناصري الشيخ أحمد الأسير مصرعهم في اشتباكات اندلعت ظهر اليوم بين الجيش وأنصار الشيخ في منطقة عبرا بمدينة صيدا في جنوب لبنان.
وأفادت مصادر أمنية بأن المواجهات أوقعت أيضا 10 جرحى، 3 منهم من الجيش و7 من أنصار الأسير المعارض للنظام السوري.
وتفجرت الاشتباكات إثر توقيف الجيش أحد مناصري الأسير، الشيخ عاصم العارفي، بعد ضبط سلاح في سيارته.
وتدخل الأسير مطالبا بإطلاق العارفي على الفور، فلما رفض العسكريون طلبه، أمر عناصره بالتدخل وتحريره بالقوة، فتبادل الطرفان إطلاق النار.
غير أن بيانا أصدره الجيش اللبناني اليوم أفاد بأنه "بتاريخ اليوم الساعة 14.00 بالتوقيت المحلي (+3 تغ) هاجمت مجموعة مسلحة تابعة للشيخ أحمد الأسير، ومن دون أي سبب، حاجزا للجيش اللبناني في بلدة عبرا – صيدا جنوب لبنان".
وبيّن البيان أن الهجوم أدى إلى "استشهاد ضابطين وأحد العسكريين وإصابة عدد آخر بجروح"، وألحق أضرارا بعدد من الآليات العسكرية، مضيفا أن وحدات الجيش اتخذت الإجراءات اللازمة لضبط الوضع وتوقيف المسلحين.
""", [
    ev("three-soldiers-killed", "لقي ضابطان وجندي من الجيش اللبناني وأحد مناصري الشيخ أحمد الأسير مصرعهم", ATTACK, "'ظهر اليوم' = Sun 23 Jun 2013"),
    ev("clashes-erupt", "في اشتباكات اندلعت ظهر اليوم", ATTACK, "'ظهر اليوم' = Sun 23 Jun 2013"),
    ev("aarefi-detained", "إثر توقيف الجيش أحد مناصري الأسير، الشيخ عاصم العارفي", ATTACK, "no own expression; the detention just before the clashes of Sun 23 Jun 2013"),
    ev("army-statement", "غير أن بيانا أصدره الجيش اللبناني اليوم", ATTACK, "'اليوم' = Sun 23 Jun 2013"),
    ev("checkpoint-attack", "هاجمت مجموعة مسلحة تابعة للشيخ أحمد الأسير", ATTACK, "'بتاريخ اليوم الساعة 14.00' = 14:00 on Sun 23 Jun 2013"),
])
art(S, "https://sauress.com/tareebnews/33371",
    "2013-06-24", "no date line on the stored page; the body's 'اليوم الاثنين' with 'في أقل من 24 ساعة' after the attack of Sun 23 Jun gives Mon 24 Jun 2013; headline written from the body (the stored text has none); no date of its own in the text", False, """
مقتل 12 عسكريا لبنانيا على الأقل في معارك صيدا
أفاد ناطق عسكري وكالة فرانس برس اليوم الاثنين بأن 12 عسكريا لبنانيا على الأقل لقوا حتفهم في أقل من 24 ساعة خلال معارك بين الجيش ومناصري رجل الدين أحمد الأسير في صيدا جنوب لبنان.
وسقط العسكريون في مواجهات اندلعت في مدينة صيدا الساحلية إثر هجوم مجموعة تابعة للأسير على حاجز للجيش اللبناني في بلدة عبرا في صيدا.
وذكرت الوكالة الوطنية للإعلام وشهود عيان أن "المعارك استمرت طوال الليلة الماضية في بلدة عبرا بين الجيش اللبناني وعناصر الشيخ الأسير ومقاتلين من جنسيات مختلفة"، وتابعت أن "الجيش يخوض القتال في هذه الأثناء في الأمتار الأخيرة من المربع الأمني للأسير وسط مقاومة عنيفة من المقاتلين بالقذائف والقنابل".
""", [
    ev("twelve-soldiers-killed", "12 عسكريا لبنانيا على الأقل لقوا حتفهم في أقل من 24 ساعة", NIGHT[0], "'في أقل من 24 ساعة' up to 'اليوم الاثنين' = Sun 23 - Mon 24 Jun 2013", end=NIGHT[1]),
    ev("checkpoint-attack", "إثر هجوم مجموعة تابعة للأسير على حاجز للجيش اللبناني", ATTACK, "no own expression; the attack of Sun 23 Jun 2013"),
    ev("overnight-fighting", "المعارك استمرت طوال الليلة الماضية في بلدة عبرا", NIGHT[0], "'طوال الليلة الماضية' in an article of Mon 24 Jun 2013 = the night of Sun 23 - Mon 24 Jun", end=DAY2),
    ev("army-storms-security-square", "الجيش يخوض القتال في هذه الأثناء في الأمتار الأخيرة من المربع الأمني", DAY2, "'في هذه الأثناء' on Mon 24 Jun 2013"),
])
art(S, "https://kassioun.org/news/item/783-15",
    "2013-06-24", "the body's 'الاثنين 24 حزيران 2013' (kept; 24 Jun 2013 was a Monday) for the Lebanese media reports the article relays; headline kept from the page (reworded); the last, truncated words of the army statement dropped", True, """
حصيلة قتلى الجيش اللبناني ترتفع إلى 15
أفادت مصادر لبنانية بأن حصيلة ضحايا الجيش في الاشتباكات الدائرة مع مسلحي أحمد الأسير في صيدا صعدت إلى 15 قتيلا وما يزيد على 50 جريحا. ونعت قيادة الجيش 6 قتلى آخرين سقطوا "خلال قيامهم بواجبهم في صيدا".
وشددت قيادة الجيش اللبناني على أنها ستمضي في عملياتها العسكرية في صيدا إلى حين توقيف أحمد الأسير، إمام مسجد بلال بن رباح، وإنهاء "ظاهرته المسلحة"، وفق ما أوردته وسائل إعلام لبنانية الاثنين 24 حزيران 2013.
وتتألف مجموعة الأسير المسلحة من نحو 250 مسلحا بين لبنانيين وسوريين وفلسطينيين، تقول مصادر إنهم مدربون ومسلحون تسليحا جيدا.
وانطلقت الأحداث عندما هاجم عناصر من جماعة الأسير حاجزا للجيش في صيدا، في عملية رأى فيها مراقبون خطة محكمة الإعداد تهدف إلى تحويل صيدا إلى ساحة حرب فعلية قد تمتد إلى سائر المناطق اللبنانية.
وكانت قيادة الجيش اللبناني قد أعلنت في وقت سابق مقتل ضابطين وعسكري وجرح عدد آخر في اشتباكات بين مسلحين من أنصار أحمد الأسير وعسكريين في منطقة عبرا.
""", [
    ev("toll-15-soldiers", "صعدت إلى 15 قتيلا وما يزيد على 50 جريحا", DAY2, "no own expression; the count of Mon 24 Jun 2013 (the date given for the reports)"),
    ev("army-vows-to-continue", "ستمضي في عملياتها العسكرية في صيدا إلى حين توقيف أحمد الأسير", DAY2, "'الاثنين 24 حزيران 2013'"),
    ev("checkpoint-attack", "عندما هاجم عناصر من جماعة الأسير حاجزا للجيش في صيدا", ATTACK, "no own expression; the attack of Sun 23 Jun 2013 (14:00, army statement)"),
    ev("three-soldiers-killed", "قد أعلنت في وقت سابق مقتل ضابطين وعسكري", ATTACK, "'في وقت سابق' = the army's first statement of Sun 23 Jun 2013"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 390
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
