"""Builds stories.jsonl: the 251-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: consumer boycotts, consumer-protection campaigns and product
withdrawals ordered after complaints (Gulf retailers pulling French goods after Macron's remarks, Kuwaiti
cooperatives boycotting Iranian goods, Centrale Danone's apology to the Moroccan boycott campaign, the Palestinian
government's ban on five Israeli food companies, the Marrakech fish seller "Moul L'Hout" whose shop was closed after
traders' complaints and allowed to reopen the next day). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- gulf-french-products-boycott-2020
S = "gulf-french-products-boycott-2020"
art(S, "https://howiyapress.com/?p=262411",
    "2020-10-23", "page stamp '23 أكتوبر 2020 22:11' under the headline (kept as first line, before the headline); 23 Oct 2020 was a Friday, the day Al Meera announced the withdrawal; the byline 'هوية بريس – متابعات', the tag 'فرنسا' and the page furniture ('آخر اﻷخبار', 'التعليق', weather) dropped", True, """
23 أكتوبر 2020 22:11
"شركة حكومية" قطرية تسحب المنتجات الفرنسية من كل فروعها تجاوباً مع دعوات المقاطعة
أعلنت شركة وطنية قطرية أنها ستسحب المنتجات الفرنسية من جميع فروعها في البلاد، تجاوباً مع دعوات للمقاطعة انتشرت على مواقع التواصل الاجتماعي احتجاجاً على ما اعتُبر إساءة للإسلام.
وقالت شركة "الميرة للمواد الاستهلاكية"، وهي شركة مساهمة قطرية، إنها تسحب المنتجات الفرنسية من فروعها كافة، لأنها تعمل وفق رؤية تنسجم مع الدين الحنيف والعادات والتقاليد الراسخة، بما يخدم البلاد وعقيدتها ويلبي تطلعات العملاء.
ونشرت الشركة بياناً شكرت فيه عملاءها على غيرتهم وتعليقاتهم التي تحدد خطواتها وتضيء طريقها نحو التميز، مؤكدة أنها بدأت على الفور سحب المنتجات الفرنسية من جميع فروعها حتى إشعار آخر.
ويشهد الوسم #مقاطعه_المنتجات_الفرنسيه، الذي أطلقه عدد من المغردين، تفاعلاً واسعاً في قطر ودول الخليج، وقد انتشر في معظم البلدان العربية وفي دول إسلامية أخرى.
وجاء ذلك في أعقاب تصريحات رسمية فرنسية عُدّت مسيئة للإسلام والمسلمين.
""", [
    ev("meera-withdrawal", "أعلنت شركة وطنية قطرية أنها ستسحب المنتجات الفرنسية", "2020-10-23", "no own expression; Al Meera's announcement of Fri 23 Oct 2020 (the stamp day; other report: 'الجمعة')"),
    ev("meera-statement", "ونشرت الشركة بياناً شكرت فيه عملاءها", "2020-10-23", "no own expression; the company's tweet of the same day, Fri 23 Oct 2020"),
    ev("hashtag-trend", "ويشهد الوسم #مقاطعه_المنتجات_الفرنسيه", "2020-10-22", "no own expression; the hashtag trending around the publication day (the calls multiplied 'منذ يوم الجمعة' per AFP): my span Thu 22 - Fri 23 Oct 2020", end="2020-10-24"),
    ev("french-remarks", "في أعقاب تصريحات رسمية فرنسية", "2020-10-02", "no own expression; Macron's remarks from his 'separatism' speech (Fri 2 Oct 2020) to the Paty homage (Wed 21 Oct 2020), outside knowledge: my span 2-21 Oct", end="2020-10-22"),
])
art(S, "https://www.medianawplus.fr/ar/%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa-%d8%ad%d9%85%d9%84%d8%a9-%d9%88%d8%a7%d8%b3%d8%b9%d8%a9-%d9%84%d9%85%d9%82%d8%a7%d8%b7%d8%b9%d8%a9-%d8%a7%d9%84%d9%85%d9%86%d8%aa%d8%ac%d8%a7%d8%aa-%d8%a7%d9%84/",
    "2020-10-23", "the body's 'اليوم الجمعة 23 أكتوبر' (23 Oct 2020 was a Friday; the year from the export figures of 2018-2019 and the Macron affair); the image names, the byline 'نوال.ثابت / ميديا ناو بلوس', the 'شاهد أيضاً' block and the comment form dropped", True, """
الكويت: حملة واسعة لمقاطعة المنتجات الفرنسية
تلقى حملة مقاطعة المنتجات الفرنسية، التي أطلقتها كبرى الجمعيات التعاونية اليوم الجمعة 23 أكتوبر، رواجاً كبيراً في دولة الكويت، وقد أشعلت مواقع التواصل الاجتماعي بصور للمراكز التجارية الكويتية وهي تُخلي رفوفها من المنتجات الفرنسية، من أجبان ومشروبات غازية وعطور وحليب وغيرها.
ونشرت الإعلامية خديجة بن قنة على حسابها في تويتر إحصائية رسمية لوزارة الاقتصاد الفرنسية عن صادرات فرنسا إلى الكويت، قُدّرت بـ224.7 مليون يورو خلال سنة 2019 مقابل 328 مليون يورو سنة 2018، وتشمل الطائرات والعتاد الجوي والمواد الكيميائية من عطور ومساحيق تجميل، إلى جانب الآلات الزراعية والأجهزة الإلكترونية والأدوية والمواد الصيدلانية والملابس والماركات الفرنسية.
وبحسب ما تُظهره الصور، كتبت بعض المراكز التجارية عبارة "إلا رسول الله" على المنتجات الفرنسية التي وُضعت في عربات التسوق بعد إنزالها من الرفوف.
""", [
    ev("kuwait-coops-boycott", "التي أطلقتها كبرى الجمعيات التعاونية اليوم الجمعة 23 أكتوبر", "2020-10-23", "'اليوم الجمعة 23 أكتوبر' = Fri 23 Oct 2020"),
    ev("kuwait-shelves-cleared", "وهي تُخلي رفوفها من المنتجات الفرنسية", "2020-10-23", "no own expression; the photos of the same day, Fri 23 Oct 2020"),
    ev("benguenna-tweet", "ونشرت الإعلامية خديجة بن قنة على حسابها في تويتر", "2020-10-22", "no own expression; a tweet of the campaign's first days, up to the publication day: my span Thu 22 - Fri 23 Oct 2020", end="2020-10-24"),
    ev("exports-2019", "قُدّرت بـ224.7 مليون يورو خلال سنة 2019", "2019-01-01", "'خلال سنة 2019' = the year 2019", end="2020-01-01"),
])
art(S, "https://aajae.co/economy/%D8%AD%D9%85%D9%84%D8%A9-%D8%B4%D8%B9%D8%A8%D9%8A%D8%A9-%D9%81%D9%8A-%D9%82%D8%B7%D8%B1-%D9%84%D9%85%D9%82%D8%A7%D8%B7%D8%B9%D8%A9-%D8%A7%D9%84%D9%85%D9%86%D8%AA%D8%AC%D8%A7%D8%AA-%D8%A7%D9%84%D9%81%D8%B1%D9%86%D8%B3%D9%8A%D8%A9",
    "2020-10-24", "page stamp '24 أكتوبر 2020' under the headline (kept as first line, before the headline; a mirror of Al-Araby Al-Jadeed); 24 Oct 2020 was a Saturday, and the body's 'الجمعة' for Al Meera's announcement and 'يوم الجمعة قبل الماضي' for the killing of Samuel Paty (Fri 16 Oct) agree; the caption, '+ الخط -' and the truncated last sentence ('فيما أعلنت هايبر م...') dropped", True, """
24 أكتوبر 2020
حملة شعبية في قطر لمقاطعة المنتجات الفرنسية
أطلقت مجمعات تجارية وغذائية في قطر حملة لمقاطعة المنتجات الفرنسية، بدأتها بسحب كثير من هذه المنتجات من الأسواق.
ويأتي ذلك ضمن ردود الفعل على التصريحات المسيئة للإسلام والمسلمين التي أطلقها الرئيس الفرنسي إيمانويل ماكرون، وتأييده إعادة نشر الرسوم الكاريكاتورية المسيئة للنبي محمد صلى الله عليه وسلم، خلال حفل تأبين المعلم الفرنسي صامويل باتي، الذي قُتل على يد لاجئ من أصول شيشانية يوم الجمعة قبل الماضي.
وأعلنت شركة الميرة للمواد الاستهلاكية، التي تملك 52 فرعاً في البلاد، الجمعة، سحب جميع المنتجات الفرنسية من فروعها حتى إشعار آخر استجابة لرغبة العملاء.
وأكدت الشركة أنها تعمل وفق رؤية تنسجم مع الدين الحنيف والعادات والتقاليد الراسخة، بما يخدم البلاد وعقيدتها ويلبي تطلعات العملاء.
وقالت الميرة في بيان نشرته على حسابها الرسمي في "تويتر": "العملاء الكرام، نشكر لكم غيرتكم الحميدة وتعليقاتكم التي هي دائماً مشعل النور الذي يضيء طريقنا نحو التميز، لذا بدأنا على الفور بسحب المنتجات الفرنسية من جميع فروعنا وحتى إشعار آخر".
""", [
    ev("qatar-stores-campaign", "أطلقت مجمعات تجارية وغذائية في قطر حملة", "2020-10-23", "no own expression; the Qatari chains' withdrawals of Fri 23 and Sat 24 Oct 2020 (my span)", end="2020-10-25"),
    ev("macron-homage", "خلال حفل تأبين المعلم الفرنسي صامويل باتي", "2020-10-21", "no own expression; the national homage at the Sorbonne, Wed 21 Oct 2020 (outside knowledge; another report: 'في الحادي والعشرين من تشرين الأول/ أكتوبر')"),
    ev("paty-killing", "قُتل على يد لاجئ من أصول شيشانية يوم الجمعة قبل الماضي", "2020-10-16", "'يوم الجمعة قبل الماضي' before Sat 24 Oct = Fri 16 Oct 2020"),
    ev("meera-withdrawal", "الجمعة، سحب جميع المنتجات الفرنسية من فروعها", "2020-10-23", "'الجمعة' before Sat 24 = Fri 23 Oct 2020"),
    ev("meera-statement", "وقالت الميرة في بيان نشرته على حسابها الرسمي", "2020-10-23", "no own expression; the tweet of Fri 23 Oct 2020, the day of the announcement"),
])
art(S, "https://observers.france24.com/ar/20201027-%D9%85%D8%AD%D9%84%D8%A7%D8%AA-%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A%D8%A9-%D9%83%D8%A8%D8%B1%D9%89-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A-%D9%85%D9%82%D8%A7%D8%B7%D8%B9%D8%A9-%D8%A7%D9%84%D8%A8%D8%B6%D8%A7%D8%A6%D8%B9-%D8%A7%D9%84%D9%81%D8%B1%D9%86%D8%B3%D9%8A%D8%A9",
    "2020-10-27", "date in the URL '/ar/20201027-' (Tue 27 Oct 2020); the body's 'يوم الإثنين 26 تشرين الأول/ أكتوبر' for Erdogan's call agrees; the repeated caption, 'تخطي إلى المحتوى الرئيسي', 'العالم العربي', '6 دقائق', 'إعلان' and the truncated last sentence ('وفي الث...') dropped; no date of its own in the text", False, """
أجبان ومواد تجميل: محلات تجارية كبرى في العالم العربي تقاطع البضائع الفرنسية
تُظهر هذه الصور منتجات فرنسية سُحبت من متاجر السوبر ماركت في عدد من الدول الإسلامية، وقد جرى تداولها على مواقع التواصل الاجتماعي منذ 23 أكتوبر/ تشرين الأول.
وتكاثرت في الأيام الأخيرة الدعوات إلى مقاطعة البضائع الفرنسية في دول الشرق الأوسط، وهي مقاطعة دعا إليها الرئيس التركي بنفسه أيضاً يوم الإثنين 26 تشرين الأول/ أكتوبر.
ويرجع ذلك إلى التصريحات الأخيرة للرئيس الفرنسي إيمانويل ماكرون، التي دافع فيها باسم حرية التعبير عن الحق في رسم صور كاريكاتورية للنبي محمد.
وانتشرت على وسائل التواصل الاجتماعي مقاطع فيديو لمحلات تجارية كبرى، في قطر والأردن والكويت على وجه الخصوص، وهي تسحب البضائع الفرنسية عن الرفوف.
"لن نتراجع عن رسم صور الكاريكاتير": هذا ما قاله الرئيس إيمانويل ماكرون، في الحادي والعشرين من تشرين الأول/ أكتوبر، خلال تكريم الأستاذ صامويل باتي، الذي قُتل بعد أن عرض على تلاميذه رسماً كاريكاتورياً للنبي محمد، وهو ما أثار موجة غضب في العالم الإسلامي.
""", [
    ev("photos-circulate", "جرى تداولها على مواقع التواصل الاجتماعي منذ 23 أكتوبر/ تشرين الأول", "2020-10-23", "'منذ 23 أكتوبر/ تشرين الأول' up to the publication day: Fri 23 - Tue 27 Oct 2020", end="2020-10-28"),
    ev("boycott-calls-spread", "وتكاثرت في الأيام الأخيرة الدعوات", "2020-10-22", "'في الأيام الأخيرة' before Tue 27 Oct: my span Thu 22 - Tue 27 Oct 2020", end="2020-10-28"),
    ev("erdogan-call", "دعا إليها الرئيس التركي بنفسه أيضاً يوم الإثنين 26 تشرين الأول/ أكتوبر", "2020-10-26", "'يوم الإثنين 26 تشرين الأول/ أكتوبر' = Mon 26 Oct 2020"),
    ev("macron-homage", "في الحادي والعشرين من تشرين الأول/ أكتوبر", "2020-10-21", "'في الحادي والعشرين من تشرين الأول/ أكتوبر' = Wed 21 Oct 2020"),
    ev("paty-killing", "الذي قُتل بعد أن عرض على تلاميذه", "2020-10-16", "no own expression; Samuel Paty was killed on Fri 16 Oct 2020 (outside knowledge; another report: 'يوم الجمعة قبل الماضي')"),
])

# ---------------------------------------------------------------- kuwait-iranian-goods-boycott-2013
S = "kuwait-iranian-goods-boycott-2013"
BOYCOTT = ("2013-06-04", "2013-06-06")  # the cooperatives' announcement, published in the local press on Wed 5 June
art(S, "https://www.masress.com/shorouk/714911",
    "2013-06-05", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' for the cooperatives' statement and 'مساء أمس الثلاثاء' for the protest at the Lebanese embassy; that Wednesday is 5 June 2013 (another outlet's report of the story has the URL date 8 June 2013, and a third report speaks of the recapture of al-Qusayr, on Wed 5 June); headline rendered from the lead (the stored text has none); no date of its own in the text", False, """
جمعيات تعاونية كويتية تطلق حملة لمقاطعة البضائع الإيرانية
أطلقت مجموعة من الجمعيات التعاونية الاستهلاكية في الكويت حملة لمقاطعة البضائع الإيرانية، احتجاجاً على دعم طهران لنظام الرئيس السوري بشار الأسد.
ويأتي ذلك في وقت تظاهر فيه العشرات، مساء أمس الثلاثاء، ضد حزب الله الشيعي اللبناني، وأحرقوا صور أمينه العام حسن نصر الله.
ونشرت تسع جمعيات تعاونية على الأقل، من أصل خمسين في الكويت، بياناً في وسائل الإعلام المحلية، اليوم الأربعاء، أكدت فيه سحب البضائع الإيرانية من متاجرها رداً على موقف طهران من الملف السوري.
ويقيم في الكويت نحو 50 ألف إيراني، يشغل أغلبهم وظائف متواضعة، في حين أن حجم الصادرات الإيرانية إلى الكويت ليس كبيراً، وهي تشمل خصوصاً الأسماك والمواد الغذائية.
""", [
    ev("embassy-protest", "تظاهر فيه العشرات، مساء أمس الثلاثاء", "2013-06-04", "'مساء أمس الثلاثاء' before Wed 5 June = Tue 4 June 2013"),
    ev("boycott-announced", "بياناً في وسائل الإعلام المحلية، اليوم الأربعاء", BOYCOTT[0], "'اليوم الأربعاء' = Wed 5 June 2013 (the statement in the press; some cooperatives had announced it the day before: my span 4-5 June)", end=BOYCOTT[1]),
    ev("withdrawal-of-goods", "أكدت فيه سحب البضائع الإيرانية من متاجرها", BOYCOTT[0], "no own expression; the withdrawal announced in the statement of Wed 5 June 2013 (my span 4-5 June)", end=BOYCOTT[1]),
])
art(S, "http://www.bbc.com/arabic/middleeast/2013/06/130608_kuwait_iran_boycott",
    "2013-06-08", "date in the URL '/2013/06/130608_' (Sat 8 June 2013); the body's 'ليلة الثلاثاء' for the protest (Tue 4 June) agrees with a report of a few days later; the caption 'Image caption تظاهر العشرات من الإسلاميين ضد حزب الله' and the truncated last sentence ('وكان مجلس التعاو...') dropped; no date of its own in the text", False, """
9 جمعيات تعاونية كويتية تقاطع البضائع الإيرانية
أعلنت 9 من الجمعيات التعاونية الاستهلاكية الخمسين في الكويت مقاطعتها البضائع الإيرانية احتجاجاً على دعم طهران للنظام السوري، في حين خرج ناشطون كويتيون في مظاهرة احتجاجاً على تدخل حزب الله اللبناني في الحرب السورية.
وتجدر الإشارة إلى أن الجمعيات التعاونية تستأثر بالحصة الكبرى من سوق المواد الاستهلاكية في الكويت.
وجاء في بيان أصدرته إحدى هذه الجمعيات أن الخطوة التالية في حملتها ستكون الاستغناء عن العاملين الإيرانيين فيها وإلغاء إقاماتهم.
ويعمل في الكويت قرابة 50 ألف إيراني، أغلبهم في وظائف ذات دخل زهيد، أما صادرات إيران إلى الكويت فلا تتجاوز المنتجات الغذائية والأسماك.
وفي الأثناء، تظاهر العشرات من الناشطين الإسلاميين أمام مبنى السفارة اللبنانية في العاصمة الكويتية في وقت متأخر من ليلة الثلاثاء، احتجاجاً على تدخل حزب الله العسكري إلى جانب القوات الحكومية السورية ضد المتمردين.
وأحرق المتظاهرون صور الأمين العام لحزب الله حسن نصر الله.
وكان نحو 12 من كبار رجال الدين السنة في الكويت قد أطلقوا حملة لجمع التبرعات عبر المساجد والإنترنت بهدف تسليح 12 ألف مقاتل وإرسالهم للقتال في سوريا.
""", [
    ev("boycott-announced", "أعلنت 9 من الجمعيات التعاونية الاستهلاكية الخمسين", BOYCOTT[0], "no own expression; the cooperatives' statement published on Wed 5 June 2013 (other report: 'اليوم الأربعاء'; my span 4-5 June)", end=BOYCOTT[1]),
    ev("embassy-protest", "في وقت متأخر من ليلة الثلاثاء", "2013-06-04", "'ليلة الثلاثاء' = the night of Tue 4 June 2013 (other report: 'مساء أمس الثلاثاء' in a report of Wed 5 June)"),
    ev("nasrallah-pictures-burned", "وأحرق المتظاهرون صور الأمين العام لحزب الله", "2013-06-04", "no own expression; during the protest of the night of Tue 4 June 2013"),
])
art(S, "https://alaan.cc/article/144183/-تحديث2-تأييد-شعبي-كويتي-واسع-للحملة-",
    "2013-06-11", "page stamp 'يونيو 11, 2013, 8:30 م' under the headline (kept as first line, before the headline); 11 June 2013 was a Tuesday; the headline merged from the stored '(تحديث2) تأييد شعبي كويتي واسع للحملة' and its sub-title; the view counter, the update time '4:04:29 PM' and the truncated last sentence ('ارسال ميلشيا...') dropped", True, """
يونيو 11, 2013, 8:30 م
تأييد شعبي كويتي واسع لحملة التعاونيات على المنتجات الإيرانية.. وجمعية تدخل على الخط لبيع المرتجع
أفادت مصادر مطلعة بأن إحدى الجمعيات التعاونية في المناطق الداخلية خاطبت شركات توزيع المنتجات الإيرانية في الكويت طالبةً تسليمها كل المنتجات المرتجعة من الجمعيات المقاطِعة لعرضها لديها، في خطوة من شأنها تقليص خسائر المنتجات الإيرانية.
وفي إطار الاحتجاجات الخليجية الرسمية والشعبية على تدخل إيران وميليشيات حزب الله السافر ومساعدتهما النظام السوري على قمع الثورة السورية، أعلنت جمعيات تعاونية، منها الرقة وصباح السالم وبيان والعارضية وصباح الناصر والأندلس وعبدالله المبارك، مقاطعة كل المنتجات الإيرانية ورفض التعامل مع الشركات المزودة بها.
وأكدت الجمعيات أن هذه الخطوة تنسجم مع ما أعلنته دول الخليج العربي من تجفيف منابع دخل إيران في دول الخليج، وكذلك حزب الله الذي يعتمد كلياً على الدعم الإيراني في استمرار نفوذه وتمويله.
""", [
    ev("returns-offer", "خاطبت شركات توزيع المنتجات الإيرانية في الكويت", "2013-06-10", "no own expression; the news of the stamp day, Tue 11 June 2013 (my span 10-11 June)", end="2013-06-12"),
    ev("boycott-announced", "أعلنت جمعيات تعاونية، منها الرقة", BOYCOTT[0], "no own expression; the first cooperatives (the nine of the statement of Wed 5 June 2013; my span 4-5 June)", end=BOYCOTT[1]),
])

# ---------------------------------------------------------------- morocco-centrale-danone-apology-boycott-2018
S = "morocco-centrale-danone-apology-boycott-2018"
BENKIRANE = ("2018-04-24", "2018-04-28")  # 'treason' remark at the Meknes farm fair (SIAM, 24-29 April 2018), about a week before the apology
BOYCOTT_START = ("2018-04-20", "2018-04-22")  # the Facebook call of Fri 20 April 2018; 'لليوم ال 12' on 2 May
art(S, "https://maghress.com/lakome/67790",
    "2018-05-02", "page stamp '02 ماي, 2018 - 04:06:00' at the head of the stored text (kept as first line; 04:06 in the 12-hour clock, i.e. in the afternoon, after the apology of that morning); 2 May 2018 was a Wednesday, and the body's 'لليوم ال 12 على التوالي' of a campaign launched on 20 April agrees; headline rendered from the lead (the stored text has none); the commenters' Darija posts summarised in Arabic except the words 'مداويخ' and 'السعر لي كاين دابا'; the truncated last sentence ('ووصف أحد مسؤولي الشركة، في...') dropped", True, """
02 ماي, 2018 - 04:06:00
المقاطعون يرفضون اعتذار "سنطرال دانون" ويتمسكون بخفض ثمن الحليب
تواصل صفحات المغاربة على مواقع التواصل الاجتماعي حملة المقاطعة لليوم ال 12 على التوالي، ضد منتجات حليب سنطرال ومحطات وقود افريقيا وماء سيدي علي.
وعبّر أغلب المعلقين عن رفضهم اعتذار شركة "سنطرال دانون"، مؤكدين أن مطلبهم كان وما يزال "خفض ثمن الحليب وليس الاعتذار أو الزيادة في السعر الحالي".
وكتب عز الدين أنفلوس، أحد المشاركين في الحملة، في تدوينة متهكماً على الشركة، أن المقاطعين ليسوا "مداويخ" حتى تنطلي عليهم حيل التسويق، وأن المقاطعة تستهدف "السعر لي كاين دابا" لا الزيادة التي تتحدث عنها الشركة.
وسخر معلق آخر من الشركة قائلاً إنها إذا كانت ترى المقاطعة "افتراضية" فاعتذارها هو الآخر افتراضي، مضيفاً أنه نوى المقاطعة إلى الأبد.
وطالب مشارك ثالث باعتذار مباشر في ندوة صحفية يرافقه قرار بخفض سعر الحليب ومشتقاته إلى 2,50 درهم، وبإقالة عادل بنكيران، عضو مجلس الإدارة الذي وصف المغاربة بالخونة.
وكانت "سنطرال دانون" الفرنسية، المتخصصة في بيع الحليب ومشتقاته بالمغرب، قد قدمت اعتذارها لكل مواطن شعر بالإساءة من تصريحات أدلى بها أحد مسؤوليها في المغرب.
""", [
    ev("boycott-start", "حملة المقاطعة لليوم ال 12 على التوالي", BOYCOTT_START[0], "'لليوم ال 12 على التوالي' on Wed 2 May 2018: the campaign began on 20-21 April 2018 (outside knowledge: the Facebook call of Fri 20 April)", end=BOYCOTT_START[1]),
    ev("apology-rejected", "وعبّر أغلب المعلقين عن رفضهم اعتذار", "2018-05-02", "no own expression; the comments of the stamp day, Wed 2 May 2018"),
    ev("benkirane-remark", "الذي وصف المغاربة بالخونة", BENKIRANE[0], "no own expression; Adil Benkirane's 'treason' remark at the Meknes farm fair, about a week before the apology (outside knowledge: my span 24-27 April 2018)", end=BENKIRANE[1]),
    ev("apology", "قد قدمت اعتذارها لكل مواطن شعر بالإساءة", "2018-05-02", "no own expression; the company's written apology of the morning of Wed 2 May 2018 (other report: 'وصباح الاربعاء')"),
])
art(S, "http://elaphjournal.com/Web/Economics/2018/5/1201489.html",
    "2018-05-02", "the URL gives only '/2018/5/'; the day is fixed by the body: the company apologised 'مرتين خلال هذا اليوم', 'صباح الاربعاء' (the statement) and 'مساء الاربعاء' (the video), so the report is of the evening of Wed 2 May 2018 (the day of the written apology, 12 days into a campaign launched on 20 April); dateline 'الرباط:' dropped; headline rendered from the lead; the truncated last sentence ('وتشير المعطيات على شبكات الت...') dropped; no date of its own in the text", False, """
"سنطرال دانون" تعتذر مرتين في يوم واحد لحملة "مقاطعين"
اعتذرت شركة "سنطرال دانون" مرتين خلال هذا اليوم للمشاركين في حملة "مقاطعين" عن الإساءة التي سببتها "التصريحات الحادة" لمسؤوليها، الذين قالت إن الدعوة إلى مقاطعة منتجاتها، التي انطلقت من شبكات التواصل الاجتماعي، فاجأتهم.
ويُذكر أن مدير الشركة وصف مقاطعة منتجاتها بـ"الخيانة الوطنية"، بدعوى أنها منتجات محلية يسهم فيها عشرات الآلاف من الفلاحين، وقد خلّفت تصريحاته ردود فعل سلبية في العالمين الافتراضي والواقعي، ورأى فيها المراقبون "صبّاً للزيت على النار".
وصباح الاربعاء، أصدرت "سانطرال دانون" بياناً تعتذر فيه للمستهلكين عن الإساءة التي سببتها "التصريحات الحادة" لبعض أطرها، بحسب البيان.
ومساء الاربعاء، عمّمت الشركة شريط فيديو لمديرها العام عادل بنكيران يعتذر فيه شخصياً عما قد تكون تصريحاته سببته من إساءة.
وكان نشطاء قد أطلقوا حملة على شبكات التواصل الاجتماعي دعوا فيها إلى مقاطعة منتجات ثلاث شركات بسبب غلاء أسعارها، هي شركة للماء المعدني وشركة للحليب وشركة لتوزيع المحروقات.
ورغم غياب معطيات موثوقة عن أثر حملة المقاطعة التي شارفت أن تكمل أسبوعها الثاني، تحدثت تقارير إعلامية عن خسائر تقدر بعشرات الملايين من الدولارات.
""", [
    ev("apology", "وصباح الاربعاء، أصدرت", "2018-05-02", "'صباح الاربعاء' = Wed 2 May 2018"),
    ev("benkirane-video", "ومساء الاربعاء، عمّمت الشركة شريط فيديو", "2018-05-02", "'مساء الاربعاء' = Wed 2 May 2018"),
    ev("benkirane-remark", "وصف مقاطعة منتجاتها بـ\"الخيانة الوطنية\"", BENKIRANE[0], "no own expression; the remark at the Meknes farm fair about a week before the apology (outside knowledge: my span 24-27 April 2018)", end=BENKIRANE[1]),
    ev("boycott-start", "وكان نشطاء قد أطلقوا حملة على شبكات التواصل الاجتماعي", BOYCOTT_START[0], "no own expression; 'شارفت أن تكمل أسبوعها الثاني' on 2 May: the call of Fri 20 April 2018 (outside knowledge; my span 20-21 April)", end=BOYCOTT_START[1]),
])
art(S, "https://www.alaraby.co.uk/medianews/2018/5/8/%D8%B4%D8%B1%D9%83%D8%A9-%D9%85%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D8%B9%D8%AA%D8%B0%D8%B1-%D9%85%D9%86-%D8%AD%D9%85%D9%84%D8%A9-%D9%85%D9%82%D8%A7%D8%B7%D8%B9%D9%88%D9%86",
    "2018-05-08", "date in the URL '/2018/5/8/' and page stamp '08 مايو 2018' under the headline (kept as first line, before the headline); 8 May 2018 was a Tuesday; the short headline 'شركة مغربية تعتذر من حملة #مقاطعون', the caption, '+ الخط -' and the truncated last sentence ('ويته...') dropped", True, """
08 مايو 2018
بعد اتهامهم "بخيانة الوطن"... شركة مغربية تعتذر لحملة #مقاطعون
قدّمت الشركة المغربية الفرنسية لإنتاج الحليب ومشتقاته "سنطرال دانون" اعتذارها لحملة المقاطعة، بعدما خرج مديرها بتصريحات يتهم فيها المقاطعين بخيانة الوطن، ما زاد من حدة لهجة ناشطي حملة المقاطعة الضخمة التي لا تزال متواصلة ضد الشركة.
وجاء في بيان رسمي للشركة: "تقدم سنطرال دانون اعتذارها لجميع المواطنين الذين شعروا بالإساءة من هذه التصريحات التي لا تعكس الموقف الرسمي للشركة"، وأضاف البيان أن "سنطرال دانون تعرب عن احترامها العميق لجميع المستهلكين المغاربة، وتبذل قصارى جهدها للإنصات إليهم وتفهّمهم".
وكان مدير المشتريات في الشركة، عادل بنكيران، قد أدلى للصحافة المحلية بتصريحات اتهم فيها المواطنين المقاطعين بالخيانة، ومما قاله في إشارة إلى الحملة: "سأقول كلاماً قاسياً لكني أتحمل مسؤوليته، الضرب في المنتجات الوطنية التي تُنتَج في البادية المغربية خيانة للوطن".
وكان ذلك كافياً لتأجيج غضب المقاطعين، الحانقين أصلاً على أسعار ثلاثة منتجات هي حليب شركة "سنطرال" وقنينات مياه شركة "سيدي علي" ومحطات وقود "أفريقيا".
""", [
    ev("apology", "\"سنطرال دانون\" اعتذارها لحملة المقاطعة", "2018-05-02", "no own expression; the written apology of Wed 2 May 2018 (other reports: 'صباح الاربعاء'), six days before the stamp"),
    ev("boycott-ongoing", "حملة المقاطعة الضخمة التي لا تزال متواصلة", "2018-04-20", "no own expression; the campaign from Fri 20 April 2018 up to the publication day, Tue 8 May (my span)", end="2018-05-09"),
    ev("benkirane-remark", "قد أدلى للصحافة المحلية بتصريحات", BENKIRANE[0], "no own expression; the 'treason' remark at the Meknes farm fair (outside knowledge: my span 24-27 April 2018)", end=BENKIRANE[1]),
])

# ---------------------------------------------------------------- palestine-israeli-companies-ban-2016
S = "palestine-israeli-companies-ban-2016"
ISRAELI_BAN = ("2016-03-08", "2016-03-10")  # Israel stops five Palestinian firms' goods entering Jerusalem: 'بعد أسبوعين' / day 14 on 22 March
art(S, "https://yemensky.com/news11187.html",
    "2016-03-20", "page stamp '2016-03-20 الساعة 08:30م' under the headline (kept as first line, before the headline); 20 March 2016 was a Sunday, and the body's 'اليوم الأحد' agrees; the source tag '(يمن سكاي - وكالات)', 'أهم الأخبار' and the truncated end of the last quote ('وإلا فسنضطر إلى معاملتها بالمثل و...') dropped (the call to the world and the threat of reciprocity kept in indirect speech)", True, """
2016-03-20 الساعة 08:30م
الحكومة الفلسطينية تلوّح بمنع تسويق منتجات إسرائيلية في الضفة الغربية
هدّد رئيس الحكومة الفلسطينية رامي الحمد الله، اليوم الأحد، بمنع شركات إسرائيلية من تسويق منتجاتها في الضفة الغربية التي تحتلها إسرائيل منذ نصف قرن، إذا واصلت الدولة العبرية منع تسويق منتجات خمس شركات فلسطينية في إسرائيل.
وقال الحمد الله، خلال افتتاحه معرض الغذاء الفلسطيني في مدينة البيرة بالضفة الغربية، إن "إسرائيل تستمر في محاولاتها لعزل القدس عن محيطها وطمس هويتها".
وأضاف: "وصل بها الأمر حد منع منتجات خمس شركات فلسطينية كبرى من دخول مدينة القدس واحتكار سوقها لصالح المنتج الإسرائيلي، وهو قرار سياسي تعسفي تنتهك به كل الأعراف والاتفاقيات التجارية، وتحاول من خلاله سحق اقتصادنا الوطني وخنق سبل تطوره ونموه".
وتمنع إسرائيل منتجات خمس شركات فلسطينية للحليب والأجبان والألبان والمعلبات من دخول أراضيها.
ودعا الحمد الله العالم إلى التحرك لوقف هذه الممارسات الإسرائيلية، ملوّحاً بالمعاملة بالمثل.
""", [
    ev("hamdallah-threat", "هدّد رئيس الحكومة الفلسطينية رامي الحمد الله، اليوم الأحد", "2016-03-20", "'اليوم الأحد' = Sun 20 March 2016 (the stamp)"),
    ev("food-expo-opening", "خلال افتتاحه معرض الغذاء الفلسطيني في مدينة البيرة", "2016-03-20", "no own expression; the same occasion, Sun 20 March 2016"),
    ev("israeli-ban", "منع منتجات خمس شركات فلسطينية كبرى من دخول مدينة القدس", ISRAELI_BAN[0], "no own expression; the Israeli ban began about two weeks before 22 March (other report: 'بعد أسبوعين'; the 22 March was its 14th day): my span 8-9 March 2016", end=ISRAELI_BAN[1]),
])
art(S, "https://www.youm7.com/story/2016/3/22/الحكومة-الفلسطينية-تقرر-منع-منتجات-إسرائيلية-من-دخول-أراضيها/2640974",
    "2016-03-22", "date in the URL '/story/2016/3/22/' (Tue 22 March 2016); the body's 'الثلاثاء' for the cabinet decision agrees; the section label 'أخبار فلسطين' dropped; no date of its own in the text", False, """
الحكومة الفلسطينية تقرر منع منتجات إسرائيلية من دخول أراضيها
قررت الحكومة الفلسطينية، الثلاثاء، منع إدخال منتجات خمس شركات إسرائيلية، في إطار الرد على منع إسرائيل إدخال منتجات خمس شركات فلسطينية إلى أراضيها.
وجاء في بيان صدر عن الحكومة الفلسطينية عقب اجتماعها الأسبوعي: "رداً على القرار الإسرائيلي بمنع تسويق منتجات خمس شركات فلسطينية في القدس الشرقية، قرر المجلس منع إدخال (منتجات) خمس شركات إسرائيلية".
وأعلنت الحكومة أسماء الشركات المشمولة بالمنع، وهي "شركات الألبان تنوفا وشتراوس وتارا، وشركة زغلوبك للحوم، وشركة تبوزينا للمشروبات".
وأضافت الحكومة في بيانها: "تقرر تكليف الجهات المختصة بإنفاذ هذا القرار ابتداءً من تاريخه".
وهذه أول مرة تقرر فيها حكومة فلسطينية بشكل رسمي منع تداول منتجات شركات إسرائيلية، في وقت تنشط فيه مؤسسات فلسطينية في مقاطعة المنتجات الإسرائيلية الآتية من المستوطنات.
""", [
    ev("pa-ban-decision", "قررت الحكومة الفلسطينية، الثلاثاء، منع إدخال", "2016-03-22", "'الثلاثاء' = Tue 22 March 2016 (the URL day)"),
    ev("israeli-ban", "الرد على منع إسرائيل إدخال منتجات خمس شركات فلسطينية", ISRAELI_BAN[0], "no own expression; the Israeli ban of about two weeks earlier (my span 8-9 March 2016)", end=ISRAELI_BAN[1]),
    ev("enforcement-start", "بإنفاذ هذا القرار ابتداءً من تاريخه", "2016-03-22", "'ابتداءً من تاريخه' = from the date of the decision, Tue 22 March 2016"),
])
art(S, "https://aajsy.com/%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D8%A9-%D8%AA%D9%82%D8%B1%D8%B1-%D9%85%D9%82%D8%A7%D8%B7%D8%B9%D8%A9-%D9%85%D9%86%D8%AA%D8%AC%D8%A7%D8%AA-5-%D8%B4%D8%B1%D9%83%D8%A7%D8%AA-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A%D8%A9",
    "2016-03-22", "page stamp '22 مارس 2016' under the headline (kept as first line, before the headline; a mirror of Al-Araby Al-Jadeed); 22 March 2016 was a Tuesday, and the body's 'اليوم الثلاثاء' agrees; the sub-title, '+ الخط -' and the truncated last sentence ('... بدون عو...') dropped", True, """
22 مارس 2016
الحكومة الفلسطينية تقرر مقاطعة منتجات 5 شركات إسرائيلية
قررت الحكومة الفلسطينية في اجتماعها الأسبوعي، اليوم الثلاثاء، مقاطعة منتجات 5 شركات إسرائيلية، وذلك بعد أسبوعين من قرار سلطات الاحتلال الإسرائيلي حظر دخول منتجات 5 شركات فلسطينية إلى أسواق مدينة القدس والمدن العربية في الداخل الفلسطيني المحتل عام 1948.
وأوضح مدير عام حماية المستهلك في وزارة الاقتصاد الفلسطينية، إبراهيم القاضي، أن مقاطعة منتجات شركات (تنوفا، شتراوس، تارا، تبوزينا، زوغلوبك) الإسرائيلية ستبدأ اعتباراً من اليوم، بالتنسيق مع الجمارك وطواقم وزارات الاقتصاد والصحة والزراعة الفلسطينية، من خلال إقامة حواجز على مداخل المدن الفلسطينية لمنع دخول منتجات الشركات المستهدفة بالقرار.
وأشار القاضي، في حديثه إلى "العربي الجديد"، إلى أن هذه الشركات تستحوذ على 55% من سوق الألبان و40% من مبيعات العصائر و10% من اللحوم في السوق الفلسطينية.
""", [
    ev("pa-ban-decision", "قررت الحكومة الفلسطينية في اجتماعها الأسبوعي، اليوم الثلاثاء", "2016-03-22", "'اليوم الثلاثاء' = Tue 22 March 2016 (the stamp)"),
    ev("israeli-ban", "بعد أسبوعين من قرار سلطات الاحتلال الإسرائيلي", ISRAELI_BAN[0], "'بعد أسبوعين' before Tue 22 March = about Tue 8 March 2016 (my span 8-9 March)", end=ISRAELI_BAN[1]),
    ev("enforcement-start", "ستبدأ اعتباراً من اليوم", "2016-03-22", "'اعتباراً من اليوم' = Tue 22 March 2016"),
])

# ---------------------------------------------------------------- morocco-marrakech-moul-lhout-closure-2025
S = "morocco-marrakech-moul-lhout-closure-2025"
art(S, "https://anfaspress.com/news/voir/147156-2025-02-25-11-57-55",
    "2025-02-25", "date in the URL '147156-2025-02-25-' (Tue 25 Feb 2025) and the body's 'زوال الثلاثاء 25فبراير2025' (25 Feb 2025 was a Tuesday), the day the text describes, so the text states its own day; headline rendered from the opening quote (the stored text has none); the sub-title 'المشهد الأول..سردين \"ميناء مراكش\"' and the truncated last sentence ('وعمره لا يتجاوز بالكاد الث...') dropped", True, """
"صافي سالا مع الحوت".. عبد الإله "مول الحوت" يخاطب جماهير مراكش
"باركا عليكم المغاربة غير ملي عرفتو الحوت بشحال كيتباع... أما عبد الاله، صافي سالا مع الحوت...". بهذه الكلمات خاطب عبد الإله، المعروف بـ"مول حوت مراكش"، زوال الثلاثاء 25فبراير2025، حشود المراكشيين غير المسبوقة لهذا اليوم، التي ظلت تهتف باسمه بوصفه أيقونة للسردين المغربي، الذي بالكاد يصل إلى موائد الفقراء والمساكين بسبب الغلاء.
وظلت هذه الحشود تمني النفس لأيام من الانتظار أمام محله التجاري، آملة أن تحصل على السمك بأثمان لم يجرؤ أحد على عرضها في السوق، بل إنه وعد زبائنه بسردين بـ3 دراهم طيلة شهر رمضان.
فهل سينجح "مول الحوت" في هذه المهمة الاجتماعية؟
والمحل عبارة عن مرأب بالكاد يتسع لركن سيارة صغيرة، حوّله رب الأسرة إلى محل لبيع الأسماك، وعلّق عليه لافتة كُتب عليها "ميناء مراكش".
ويقع المحل في دوار لحرش بحي المسيرة الأولى في مراكش، ويطل على شارع ضيق تحوّل إلى سوق شعبي عشوائي يقصده الباعة المتجولون لبيع الخضر والفواكه والدجاج واللحوم وغيرها، ويُقبل عليه المواطنون بكثافة صبيحة كل يوم.
""", [
    ev("quits", "زوال الثلاثاء 25فبراير2025", "2025-02-25", "'زوال الثلاثاء 25فبراير2025' = Tue 25 Feb 2025 (his 'صافي سالا مع الحوت', i.e. he is quitting)"),
    ev("crowds-waiting", "تمني النفس لأيام من الانتظار أمام محله", "2025-02-21", "'لأيام من الانتظار' up to Tue 25 Feb 2025: my span 21-25 Feb", end="2025-02-26"),
    ev("ramadan-promise", "وعد زبائنه بسردين بـ3 دراهم طيلة شهر رمضان", "2025-02-21", "no own expression; a promise made in the days before the publication day (my span 21-25 Feb 2025)", end="2025-02-26"),
])
art(S, "https://maghress.com/alaoual/424417",
    "2025-02-25", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الثلاثاء' for the closure of the shop, which took place on Tue 25 Feb 2025 (another report of the next day: 'مساء أمس الثلاثاء'); headline rendered from the lead (the stored text has none); the truncated last sentence ('... واحتكار بعض ا...') dropped; no date of its own in the text", False, """
لجنة مشتركة تغلق محل "مول الحوت" بمراكش
قررت لجنة مشتركة تضم ممثلين عن عدة جهات صحية، اليوم الثلاثاء، إغلاق محل عبد الإله الشهير بـ"مول الحوت"، المتخصص في بيع الأسماك بمدينة مراكش.
وجاءت زيارة اللجنة بناء على شكاوى تقدم بها تجار آخرون، اتهموا عبد الإله بعدم الالتزام بالإجراءات الرسمية لتوزيع المنتجات.
وبحسب مصادر متطابقة، سجلت لجنة التفتيش مخالفات عدة، منها غياب لائحة أسعار واضحة داخل المحل، وطرق تخزين غير ملائمة للأسماك المجمدة، بما يشكل إخلالاً بمعايير الصحة والسلامة المطلوبة.
وبناء على هذه المخالفات، قررت الجهات المعنية إغلاق المحل مؤقتاً إلى حين استيفاء الشروط الصحية اللازمة، في إطار جهود ضمان سلامة الغذاء وحماية المستهلكين.
وأثار القرار موجة تعاطف واسعة مع "مول الحوت"، إذ عبّر كثير من زبائنه ومرتادي مواقع التواصل الاجتماعي عن دعمهم له، معتبرين أن مسعاه إلى توفير الأسماك بأسعار معقولة يساعد الفئات ذات الدخل المحدود، وانتشرت حملات تضامن معه على منصات التواصل.
""", [
    ev("closure", "اليوم الثلاثاء، إغلاق محل عبد الإله", "2025-02-25", "'اليوم الثلاثاء' = Tue 25 Feb 2025"),
    ev("traders-complaints", "بناء على شكاوى تقدم بها تجار آخرون", "2025-02-21", "no own expression; complaints filed before the inspection of Tue 25 Feb 2025 (my span 21-25 Feb)", end="2025-02-26"),
    ev("inspection", "سجلت لجنة التفتيش مخالفات عدة", "2025-02-25", "no own expression; the inspection visit that led to the closure, Tue 25 Feb 2025"),
    ev("solidarity-wave", "وأثار القرار موجة تعاطف واسعة", "2025-02-25", "no own expression; the reactions of the same day, Tue 25 Feb 2025"),
])
art(S, "https://safircom.com/%d9%85%d9%88%d9%84-%d8%a7%d9%84%d8%ad%d9%88%d8%aa-%d9%8a%d8%b9%d9%88%d8%af-%d9%84%d9%81%d8%aa%d8%ad-%d9%85%d8%ad%d9%84%d9%87-%d9%88%d9%8a%d8%b9%d8%af-%d8%a8%d9%85%d9%81%d8%a7%d8%ac%d8%a2%d8%aa",
    "2025-02-26", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس الثلاثاء' for the closure of the shop (Tue 25 Feb 2025, see the other reports) and 'صباح اليوم' for the reception by the wali, so Wed 26 Feb 2025; headline rendered from the URL slug ('مول الحوت يعود لفتح محله ويعد بمفاجآت'); no date of its own in the text", False, """
"مول الحوت" يعود لفتح محله ويعد بمفاجآت
أفادت مصادر محلية في مراكش بأن والي جهة مراكش آسفي استقبل، صباح اليوم، الشاب عبد الإله المعروف بـ"مول الحوت"، ومُنح هذا الأخير صلاحيات جديدة تتيح له إعادة فتح محله لبيع السمك دون أي عراقيل إدارية.
وشملت هذه الصلاحيات، بحسب المصادر ذاتها، السماح له بدخول أي سوق لبيع الجملة أو مرسى في المنطقة، في خطوة ترمي إلى تيسير عمله وتوسيع نشاطه التجاري.
وأعلن عبد الإله نفسه هذا القرار في فيديو نشره على حساباته بمواقع التواصل الاجتماعي، ظهر فيه متوجهاً إلى محله استعداداً لاستئناف العمل، معبّراً عن سعادته ومؤكداً أنه يحمل مفاجآت عديدة لزبائنه.
ويُذكر أن لجنة مختلطة من السلطات المحلية بمراكش أقدمت، مساء أمس الثلاثاء، على إغلاق المحل الذي يديره "مول الحوت"، بدعوى "أسباب صحية"، وفق مصادر متطابقة.
وكان عبد الإله قد أعلن أمس "اعتزاله هذه المهنة" في بث مباشر على حسابه بمنصة "تيك توك".
""", [
    ev("wali-reception", "استقبل، صباح اليوم، الشاب عبد الإله", "2025-02-26", "'صباح اليوم' = Wed 26 Feb 2025 (the day after 'مساء أمس الثلاثاء')"),
    ev("reopening-video", "في فيديو نشره على حساباته بمواقع التواصل الاجتماعي", "2025-02-26", "no own expression; the video of the same day, Wed 26 Feb 2025"),
    ev("closure", "مساء أمس الثلاثاء، على إغلاق المحل", "2025-02-25", "'مساء أمس الثلاثاء' = Tue 25 Feb 2025"),
    ev("quits", "قد أعلن أمس \"اعتزاله هذه المهنة\"", "2025-02-25", "'أمس' before Wed 26 = Tue 25 Feb 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 260)
                            if i != 201 and i != 251
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
