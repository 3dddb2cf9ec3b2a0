"""Builds stories.jsonl: the 318-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: Arab League, GCC and other regional ministerial meetings
(meetings announced, held or postponed, and their final communiques): the Arab League's emergency ministerial
meeting on the Turkish offensive in north-east Syria (Cairo, October 2019), the GCC's designation of Hezbollah as
a terrorist organisation and the Arab interior ministers' "Tunis declaration" (March 2016), the GCC foreign
ministers' meeting in Doha postponed "until further notice" (November 2014), the Arab League's emergency
ministerial meeting on Syria and Palestine called for Sunday 8 December 2024 and postponed (December 2024), and
the Arab League's suspension of Syria and the Rabat ministerial meeting (November 2011).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- arab-league-turkey-offensive-meeting-2019
S = "arab-league-turkey-offensive-meeting-2019"
OFFENSIVE = "2019-10-09"                   # Turkey's "Peace Spring" offensive launched on the afternoon of Wed 9 Oct 2019
ANNOUNCED = "2019-10-09"                   # Egypt's request and Hossam Zaki's statement calling the meeting, Wed 9 Oct
UNSC = "2019-10-10"                        # the closed UN Security Council meeting, Thu 10 Oct
MEETING = "2019-10-12"                     # the emergency ministerial meeting in Cairo and its final statement, Sat 12 Oct
art(S, "https://elaph.com/amp/Web/News/2019/10/1267650.html",
    "2019-10-09", "month in the URL '/2019/10/'; the body's 'أعلنت ... الأربعاء' for a meeting on 'السّبت 12 أكتوبر الحالي' fixes the day as the Wednesday before Sat 12 Oct 2019, i.e. Wed 9 Oct 2019 (the offensive it reports began that afternoon); headline kept from the page (the kicker above it dropped), Instagram promo and comments block dropped; no date of its own in the text", False, """
الجامعة العربية تعقد السبت اجتماعًا طارئًا بشأن سوريا
القاهرة: قالت جامعة الدول العربية الأربعاء إنها ستعقد السّبت اجتماعا طارئا لمناقشة الهجوم الذي تشنه تركيا على القوات الكردية في شمال سوريا.
وأوضح حسام زكي، الأمين العام المساعد للجامعة، في بيان أنه تقرر أن يجتمع مجلس الجامعة على مستوى وزراء الخارجية العرب في اجتماع طارئ السّبت 12 أكتوبر الحالي، استجابة لطلب تقدمت به مصر، من أجل "بحث العدوان التركي على الأراضي السورية".
وكانت تركيا قد أطلقت بعد ظهر الأربعاء هجوما واسعا على المناطق الخاضعة لسيطرة الأكراد في شمال شرق سوريا، بعدما بدا أن أنقرة حصلت على ضوء أخضر من واشنطن التي سحبت جنودها من نقاط على الحدود.
وبعد مواقف أمريكية متضاربة حيال الهجوم، وصف الرئيس دونالد ترمب الأربعاء العملية التركية بأنها "فكرة سيئة"، مؤكدا أن واشنطن "لا توافق على هذا الهجوم".
ومن جهته، يعقد مجلس الأمن الدولي الخميس اجتماعا طارئا مغلقا لمناقشة الهجوم، بطلب من بلجيكا وفرنسا وألمانيا وبولندا وبريطانيا.
""", [
    ev("meeting-announced", "قالت جامعة الدول العربية الأربعاء إنها ستعقد السّبت اجتماعا طارئا", ANNOUNCED, "'الأربعاء' = Wed 9 Oct 2019 (the League's announcement, Hossam Zaki's statement)"),
    ev("emergency-meeting", "في اجتماع طارئ السّبت 12 أكتوبر الحالي", MEETING, "'السّبت 12 أكتوبر الحالي' = Sat 12 Oct 2019"),
    ev("egypt-request", "استجابة لطلب تقدمت به مصر", ANNOUNCED, "no own expression; Egypt's request of Wed 9 Oct 2019 (alazd: 'تلبية لطلب مصر، أمس الأول الأربعاء')"),
    ev("turkish-offensive", "أطلقت بعد ظهر الأربعاء هجوما واسعا", OFFENSIVE, "'بعد ظهر الأربعاء' = the afternoon of Wed 9 Oct 2019 (the launch of the offensive)"),
    ev("trump-bad-idea", "وصف الرئيس دونالد ترمب الأربعاء العملية التركية", OFFENSIVE, "'الأربعاء' = Wed 9 Oct 2019"),
    ev("unsc-meeting", "يعقد مجلس الأمن الدولي الخميس اجتماعا طارئا مغلقا", UNSC, "'الخميس' after Wed 9 Oct = Thu 10 Oct 2019"),
])
art(S, "https://sauress.com/alazd/229880",
    "2019-10-11", "no date on the stored page (a repost of the Saudi daily al-Azd); the body's 'غدًا السبت' for the meeting held on Sat 12 Oct 2019 and 'أمس الأول الأربعاء' for Egypt's request of Wed 9 Oct both give Fri 11 Oct 2019; headline written from the body (the stored text has none); the last, truncated sentence (Zaki's quote) ended where the quote is complete; no date of its own in the text", False, """
وزراء الخارجية العرب يجتمعون غدا لبحث الهجوم التركي على سوريا
يلتئم مجلس جامعة الدول العربية على مستوى وزراء الخارجية العرب في اجتماع طارئ غدًا السبت، للنظر في العدوان التركي المستمر على الأراضي السورية، والذي واجه موجة واسعة من الإدانات العربية والإقليمية والدولية.
ويُعقد الاجتماع الطارئ استجابة لطلب قدمته مصر أمس الأول الأربعاء، بعد ساعات من التدخل التركي، وأيدته دول عدة، وجرى التشاور بشأنه مع وزير خارجية العراق بصفته رئيس الدورة الحالية لمجلس الجامعة على المستوى الوزاري.
وكانت مصر قد أدانت "بأشد العبارات" في بيان العدوان التركي على الأراضي السورية، وأكدت أن على المجتمع الدولي، ممثلا في مجلس الأمن، مسؤولية التصدي لهذا التطور البالغ الخطورة الذي يهدد الأمن والسلم الدوليين ويرمي إلى احتلال أراض سورية أو إحداث "هندسة ديمغرافية" تغير التركيبة السكانية في شمال سوريا.
وطالبت القاهرة بوقف أي مساع من هذا النوع، ونبهت إلى عواقب الخطوة التركية على وحدة سوريا وسلامة أراضيها وعلى مسار العملية السياسية فيها وفق قرار مجلس الأمن رقم 2254.
ومن جانبه، وصف السفير حسام زكي، الأمين العام المساعد للجامعة، في بيان العدوان التركي بأنه "اعتداء غير مقبول على سيادة دولة عربية عضو بالجامعة" يستغل الظروف التي تمر بها والتطورات الجارية.
""", [
    ev("emergency-meeting", "في اجتماع طارئ غدًا السبت", MEETING, "'غدًا السبت' from Fri 11 Oct = Sat 12 Oct 2019"),
    ev("egypt-request", "استجابة لطلب قدمته مصر أمس الأول الأربعاء", ANNOUNCED, "'أمس الأول الأربعاء' from Fri 11 Oct = Wed 9 Oct 2019"),
    ev("turkish-offensive", "بعد ساعات من التدخل التركي", OFFENSIVE, "no own expression ('بعد ساعات' is relative to Egypt's request); the offensive began on Wed 9 Oct 2019"),
    ev("egypt-condemnation", "وكانت مصر قد أدانت \"بأشد العبارات\" في بيان", ANNOUNCED, "no own expression; Egypt's foreign-ministry statement of Wed 9 Oct 2019, issued the day the offensive began"),
    ev("meeting-announced", "وصف السفير حسام زكي، الأمين العام المساعد للجامعة، في بيان", ANNOUNCED, "no own expression; Zaki's statement of Wed 9 Oct 2019 that announced the meeting (elaph, kech24 'اليوم الأربعاء')"),
])
art(S, "https://www.soutalomma.com/Article/891514/%D8%B2%D9%85%D9%86-%D8%A7%D9%84%D8%B5%D9%85%D8%AA-%D8%AC%D8%A7%D8%B3%D9%88%D8%B3-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D9%8A%D8%B3%D9%84%D9%85-%D9%88%D8%B1%D9%82%D8%A9-%D8%A8%D9%83%D9%84%D9%85%D8%AA%D9%87",
    "2019-10-12", "page date line 'السبت، 12 أكتوبر 2019 03:18 م' (kept as second line; 12 Oct 2019 was a Saturday); the body's 'السبت' for the meeting agrees; the page's polemical headline replaced by a plain one written from the body; byline dropped; the last sentence ended where the stored text breaks off", True, """
مندوب قطر يكتفي بتسليم كلمته مكتوبة في الاجتماع العربي الطارئ
السبت، 12 أكتوبر 2019 03:18 م
جلس وحيدا معزولا يترقب ما ستنتهي إليه الأمور، ويتابع كل حركة داخل الاجتماع العربي العاجل ليبلغ بها أنقرة والدوحة.
والمقصود هو السفير إبراهيم بن عبدالعزيز السهلاوي، مندوب قطر لدى الجامعة العربية، الذي شارك في اجتماع وزراء الخارجية العرب المخصص للاحتلال التركي لشمال سوريا.
وبحسب التفاصيل، دخل السهلاوي قاعة الاجتماع دون أن يصافحه أي من الوزراء، فبقي واقفا بمفرده، ثم اضطر إلى أن يسلم الأمانة العامة للجامعة ورقة تتضمن الكلمة التي كان يعتزم إلقاءها، واكتفى بذلك.
وظل مندوب قطر يستمع إلى كلمات الوزراء العرب الواحدة تلو الأخرى، وإلى الإدانات المتلاحقة لما تقترفه تركيا في شمال سوريا من قتل للسوريين وتهجير لهم، منهمكا في تدوين ما يجري.
وما إن انتهى الاجتماع وصدر البيان الختامي حتى أصدرت قطر بيانا ترفض فيه ما تضمنه من إدانة للاحتلال التركي.
وقد خرج الاجتماع الطارئ لمجلس جامعة الدول العربية على المستوى الوزاري، السبت، بإجماع عربي على إدانة العدوان التركي على سوريا.
""", [
    ev("emergency-meeting", "وقد خرج الاجتماع الطارئ لمجلس جامعة الدول العربية على المستوى الوزاري، السبت", MEETING, "'السبت' = Sat 12 Oct 2019 (the page's date line)"),
    ev("qatar-written-speech", "ثم اضطر إلى أن يسلم الأمانة العامة للجامعة ورقة", MEETING, "no own expression; during the meeting of Sat 12 Oct 2019"),
    ev("ministers-speeches", "يستمع إلى كلمات الوزراء العرب الواحدة تلو الأخرى", MEETING, "no own expression; the ministers' speeches at the meeting of Sat 12 Oct 2019"),
    ev("final-statement", "وما إن انتهى الاجتماع وصدر البيان الختامي", MEETING, "no own expression; the final statement read at the end of the meeting, Sat 12 Oct 2019"),
    ev("qatar-reservation", "حتى أصدرت قطر بيانا ترفض فيه", MEETING, "no own expression; Qatar's statement right after the meeting, Sat 12 Oct 2019 (Qatar and Somalia entered reservations)"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=17362639",
    "2019-10-13", "page stamp '10/13/2019 00:00' at the head of the stored item (kept as second line; 13 Oct 2019 was a Sunday); the body's 'أمس' for the meeting of Sat 12 Oct agrees; the item reposts a Bahraini daily's report; headline kept from the page, the sub-headline kept as third line; view/share counters dropped; the last, truncated quote (Bassil) dropped", True, """
وزير الخارجية: وقوفنا ضد العدوان التركي نابع من رفضنا لأي عدوان على أي أرض عربية
10/13/2019 00:00
العراق ولبنان والجزائر تدعو إلى إعادة عضوية سوريا في الجامعة العربية
قال الشيخ خالد بن أحمد، وزير الخارجية، إن رفض العدوان التركي على شمال سوريا يعني رفض أي اعتداء على أي أرض عربية أيا كانت الدولة المعتدية، تركيا أو إيران أو إسرائيل.
وأشاد الوزير، في الكلمة التي ألقاها أمام الاجتماع الطارئ للمجلس الوزاري لجامعة الدول العربية أمس، بدعوة مصر إلى عقد هذا الاجتماع، معتبرا أن الدعوة والاجتماع يبرزان أهمية الدور المصري في العمل العربي المشترك.
وأكد أن سوريا، وإن غابت اليوم، فإن مقعدها قائم وعضويتها قائمة ولو كانت مجمدة.
ودعا مجلس الأمن إلى الاضطلاع بالدور المنتظر منه، وإلى وضع وقف هذا العدوان على سوريا في صدارة أولوياته.
وجاءت كلمات وزراء خارجية العراق ولبنان والجزائر مطالبة بإعادة سوريا إلى عضوية جامعة الدول العربية بعد إيقاف دام ثمانية أعوام.
وقال وزير خارجية العراق محمد علي الحكيم، رئيس الدورة الحالية لمجلس الجامعة، إنه يدعو الجامعة العربية إلى القيام بدور مهم في التصدي لهذا العدوان وإلى تفعيل عضوية سوريا فيها.
""", [
    ev("emergency-meeting", "أمام الاجتماع الطارئ للمجلس الوزاري لجامعة الدول العربية أمس", MEETING, "'أمس' from Sun 13 Oct = Sat 12 Oct 2019"),
    ev("egypt-request", "بدعوة مصر إلى عقد هذا الاجتماع", ANNOUNCED, "no own expression; Egypt's call of Wed 9 Oct 2019"),
    ev("ministers-speeches", "وجاءت كلمات وزراء خارجية العراق ولبنان والجزائر", MEETING, "no own expression; speeches at the meeting of Sat 12 Oct 2019"),
    ev("syria-suspension", "بعد إيقاف دام ثمانية أعوام", "2011-11-16", "'ثمانية أعوام' back from Oct 2019; Syria's suspension took effect on 16 Nov 2011 and still held (span 16 Nov 2011 - 12 Oct 2019)", end="2019-10-13"),
])

# ---------------------------------------------------------------- gcc-arab-interior-hezbollah-designation-2016
S = "gcc-arab-interior-hezbollah-designation-2016"
GCC = "2016-03-02"                         # the GCC's decision, announced by Abdullatif al-Zayani on Wed 2 Mar 2016
TUNIS = "2016-03-02"                       # 33rd session of the Council of Arab Interior Ministers, Tunis, and its "Tunis declaration", Wed 2 Mar
art(S, "https://arabicpost.live/?p=350976",
    "2016-03-02", "page stamp 'تم النشر: 2016/03/02 الساعة 04:05 بتوقيت غرينتش' (kept as second line; 2 Mar 2016 was a Wednesday) and the body's 'الأربعاء 2 مارس/آذار 2016'; headline kept from the page; the 'updated' stamp, byline and sub-heading dropped; the last, truncated sentence completed with 'what is needed to implement it' (the wording of the full statement in imlebanon)", True, """
مجلس التعاون الخليجي يعتبر "حزب الله" جماعة إرهابية
تم النشر: 2016/03/02 الساعة 04:05 بتوقيت غرينتش
قررت دول مجلس التعاون لدول الخليج العربية أن تعد "حزب الله" اللبناني منظمة إرهابية، بجميع قادته وفصائله وكل التنظيمات المتفرعة عنه والتابعة له.
وأوضح الأمين العام للمجلس عبداللطيف بن راشد الزياني، الأربعاء 2 مارس/آذار 2016، في تصريح نشره الموقع الرسمي لدول المجلس، أن هذا القرار جاء "جراء استمرار الأعمال العدائية" التي يمارسها عناصر الحزب لاستقطاب شباب دول المجلس إلى العمل الإرهابي، ولتهريب الأسلحة والمتفجرات وإشعال الفتن والتحريض على الفوضى والعنف، بما يمثل انتهاكا صارخا لسيادة هذه الدول وأمنها واستقرارها.
وأضاف الزياني أن دول المجلس ترى أن ممارسات ميليشيات حزب الله على أراضيها، وما ترتكبه من أعمال إرهابية وتحريضية في سوريا واليمن والعراق، تخالف القيم والمبادئ الأخلاقية والإنسانية والقوانين الدولية وتهدد الأمن القومي العربي.
وشدد على أن دول المجلس، بسبب مواصلة هذه الميليشيات ممارساتها الإرهابية، قررت تصنيفها منظمة إرهابية، وأنها ستتخذ ما يلزم من إجراءات لتنفيذ ذلك.
""", [
    ev("gcc-designation", "قررت دول مجلس التعاون لدول الخليج العربية أن تعد", GCC, "no own expression in the sentence; the decision announced on Wed 2 Mar 2016 (date in the next sentence)"),
    ev("zayani-statement", "وأوضح الأمين العام للمجلس عبداللطيف بن راشد الزياني، الأربعاء 2 مارس/آذار 2016", GCC, "'الأربعاء 2 مارس/آذار 2016'"),
])
art(S, "https://alaoual.com/international/10260.html",
    "2016-03-02", "the body's 'اليوم الأربعاء (2 مارس)' (kept; 2 Mar was a Wednesday in 2016, the year of the GCC decision it reports); no page stamp in the stored text; headline written from the body (the stored text has none)", True, """
دول الخليج تصنف حزب الله منظمة إرهابية
قررت دول مجلس التعاون الخليجي، اليوم الأربعاء (2 مارس)، إدراج حزب الله اللبناني في خانة المنظمات الإرهابية، على أن يشمل التصنيف قيادة الحزب كلها وفصائله والتنظيمات المرتبطة به.
وأوضح الأمين العام لمجلس التعاون، البحريني عبد اللطيف بن راشد الزياني، أن القرار بُني على مواصلة التنظيم الشيعي أعماله العدائية المتمثلة في تجنيد شباب دول المجلس لتنفيذ أعمال إرهابية، إلى جانب تهريب الأسلحة والمتفجرات.
وتابع الزياني أن دول المجلس تعد ممارسات ميليشيات حزب الله داخلها، وأنشطتها التحريضية في سوريا واليمن والعراق، منافية للقيم والمبادئ الإنسانية والأخلاقية وللقوانين الدولية، فضلا عن كونها خطرا على الأمن القومي العربي.
وأكد أن مجلس التعاون قرر بناء على ذلك اعتبار حزب الله منظمة إرهابية، وأنه سيتخذ كل الإجراءات اللازمة لتطبيق القرار استنادا إلى القوانين المعمول بها في مكافحة الإرهاب والقوانين الدولية المماثلة.
""", [
    ev("gcc-designation", "قررت دول مجلس التعاون الخليجي، اليوم الأربعاء (2 مارس)", GCC, "'اليوم الأربعاء (2 مارس)' = Wed 2 Mar 2016"),
    ev("zayani-statement", "وأوضح الأمين العام لمجلس التعاون، البحريني عبد اللطيف بن راشد الزياني", GCC, "no own expression; al-Zayani's statement of Wed 2 Mar 2016"),
])
art(S, "https://sauress.com/alwatan/254921",
    "2016-03-03", "no date on the stored page (a repost of the Saudi daily al-Watan); the body's 'أمس' for the interior ministers' decision and 'بالأمس' for the GCC decision, both of Wed 2 Mar 2016, give Thu 3 Mar 2016; headline written from the body (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
دول الخليج تضيق الخناق على حزب الله وتدرجه على قائمة الإرهاب
ضيقت دول الخليج العربي الخناق على حزب الله اللبناني بقرارها إدراجه على القائمة السوداء للمنظمات الإرهابية، وهو القرار نفسه الذي اتخذه مجلس وزراء الداخلية العرب أمس رغم تحفظات العراق ولبنان.
وجاءت الصفعة الجديدة من دول مجلس التعاون الخليجي حين أصدرت بالأمس قرارا يعد الحزب وقادته وفصائله والتنظيمات التابعة له منظمة إرهابية.
وأوضح الأمين العام للمجلس الدكتور عبداللطيف الزياني أن دول المجلس اتخذت القرار بسبب مواصلة الحزب أعماله العدائية المتمثلة في تجنيد شباب دول المجلس لتنفيذ أعمال إرهابية، وتهريب الأسلحة والمتفجرات، وإثارة الفتن والتحريض على الفوضى والعنف.
وأضاف أن دول المجلس تعد ممارسات ميليشيات حزب الله على أراضيها، وما تقوم به من أعمال إرهابية وتحريضية في سورية واليمن والعراق، مخالفة للقيم والمبادئ الأخلاقية والإنسانية وللقوانين الدولية، وخطرا على الأمن العربي.
وأكد أن دول المجلس قررت، لاستمرار هذه الميليشيات في ممارساتها الإرهابية، اعتبارها منظمة إرهابية، وأنها ستتخذ الإجراءات اللازمة لتنفيذ قرارها وفق قوانين مكافحة الإرهاب المعمول بها فيها.
""", [
    ev("gcc-designation", "حين أصدرت بالأمس قرارا يعد الحزب", GCC, "'بالأمس' from Thu 3 Mar = Wed 2 Mar 2016"),
    ev("tunis-declaration", "وهو القرار نفسه الذي اتخذه مجلس وزراء الداخلية العرب أمس", TUNIS, "'أمس' from Thu 3 Mar = Wed 2 Mar 2016 (the interior ministers' declaration in Tunis)"),
    ev("zayani-statement", "وأوضح الأمين العام للمجلس الدكتور عبداللطيف الزياني", GCC, "no own expression; al-Zayani's statement of Wed 2 Mar 2016"),
])
art(S, "https://nabaatv.net/archives/65093",
    "2016-03-03", "no date on the stored page; the body's 'في اجتماعهم أمس في تونس' for the interior ministers' session whose declaration came out on Wed 2 Mar 2016 gives Thu 3 Mar 2016; the dateline 'تونس/ نبأ-' kept; headline written from the body (the stored text has none); al-Ghabban's quote re-worded as reported speech, the last, truncated words dropped; no date of its own in the text", False, """
وزراء الداخلية العرب يلتحقون بالموقف الخليجي من حزب الله
تونس/ نبأ- انضم وزراء داخلية الدول العربية إلى البيان الخليجي الذي صنف حزب الله منظمة إرهابية، إذ دانوا في اجتماعهم أمس في تونس ما سموه الأعمال الخطرة للحزب، الذي نعته البيان بالإرهابي، مرددين الاتهام الخليجي له بزعزعة الأمن في بعض الدول العربية.
وأصدر الوزراء في ختام اجتماعهم بيانا بعنوان "إعلان تونس لمكافحة الإرهاب"، شجبوا فيه ما وصفوه بممارسات حزب الله الهادفة إلى زعزعة السلم الاجتماعي في بعض الدول العربية.
وامتنعت الجزائر عن التوقيع على البيان، وتحفظ الوفد العراقي على عدد من فقراته، في حين نأى الوفد اللبناني بنفسه عن وصف الحزب بالإرهابي.
وغادر وزير الداخلية العراقي محمد الغبان اجتماع وزراء الداخلية العرب في تونس احتجاجا على إدراج نص في البيان يعد حزب الله منظمة إرهابية.
وأوضح الغبان بعد انسحابه من الجلسة المغلقة أن الاجتماع غايته مناقشة خطط مشتركة لمواجهة الإرهاب ووضع استراتيجيات للعمل وتنسيق الجهود، لا إصدار بيانات سياسية تخدم أطرافا سياسية بعينها، مضيفا أنه رفض تصنيف الحزب جماعة إرهابية لأنها مسألة خلافية تفجر مزيدا من المشكلات في المنطقة العربية.
""", [
    ev("gcc-designation", "البيان الخليجي الذي صنف حزب الله منظمة إرهابية", GCC, "no own expression; the GCC decision of Wed 2 Mar 2016"),
    ev("interior-session", "في اجتماعهم أمس في تونس", TUNIS, "'أمس' from Thu 3 Mar = Wed 2 Mar 2016 (the 33rd session of the Council of Arab Interior Ministers)"),
    ev("tunis-declaration", "وأصدر الوزراء في ختام اجتماعهم بيانا بعنوان", TUNIS, "no own expression; the 'Tunis declaration' issued at the close of the session, Wed 2 Mar 2016"),
    ev("reservations", "وامتنعت الجزائر عن التوقيع على البيان", TUNIS, "no own expression; the positions taken on the declaration, Wed 2 Mar 2016"),
    ev("ghabban-walkout", "وغادر وزير الداخلية العراقي محمد الغبان اجتماع", TUNIS, "no own expression; during the closed session of Wed 2 Mar 2016"),
])

# ---------------------------------------------------------------- gcc-doha-ministerial-postponed-2014
S = "gcc-doha-ministerial-postponed-2014"
RECALL = "2014-03-05"                      # Saudi Arabia, the UAE and Bahrain recalled their ambassadors from Doha, Wed 5 Mar 2014
EMIR_TOUR = "2014-11-07"                   # the Kuwaiti emir's one-day tour (Abu Dhabi, Doha, Bahrain), Fri 7 Nov 2014
FM_TOUR = ("2014-11-08", "2014-11-10")     # the Kuwaiti foreign minister's tour (Saudi Arabia, Oman), the day after (my span 8-9 Nov)
POSTPONED = "2014-11-09"                   # the postponement "until further notice", announced Sun 9 Nov 2014
PLANNED = "2014-11-10"                     # the 133rd session of the GCC ministerial council planned for Mon 10 Nov in Doha
RIYADH = "2014-11-16"                      # the consultative (extraordinary) GCC summit held in Riyadh on Sun 16 Nov 2014
SUMMIT = "2014-12-09"                      # the annual GCC summit in Doha, 9 Dec 2014
art(S, "http://alwasatnews.com/news/934418.html",
    "2014-11-07", "the body's 'اليوم الجمعة (7 نوفمبر/ تشرين الثاني 2014)' (kept; 7 Nov 2014 was a Friday); headline written from the body (the stored text has none); the last, truncated words completed from the same AFP wire in echorouk ('محادثات مع الملك حمد') only as 'لإجراء محادثات'", True, """
أمير الكويت يزور الدوحة وأبوظبي والبحرين قبل اجتماع وزاري خليجي
قام أمير الكويت الشيخ صباح الاحمد الصباح، الذي يتوسط في الخلاف بين دول خليجية وقطر المتهمة بزعزعة استقرار الخليج، بزيارات قصيرة اليوم الجمعة (7 نوفمبر/ تشرين الثاني 2014) شملت الدوحة وابو ظبي والبحرين، بحسب مصادر رسمية.
وتأتي هذه الزيارات قبل اجتماع منتظر لوزراء خارجية دول مجلس التعاون الخليجي الست الاثنين، يمهد للقمة السنوية المقررة في الدوحة في التاسع من ديسمبر/ كانون الاول.
ولم يُعلن بعد عن رجوع سفراء السعودية والإمارات والبحرين إلى قطر بعد استدعائهم في مارس/ اذار الماضي، في سابقة لم تشهدها العلاقات الخليجية منذ تأسيس مجلس التعاون في مايو/ ايار 1981.
وفي أبوظبي، اجتمع الشيخ صباح بنائب الرئيس الإماراتي الشيخ محمد بن راشد وبولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، وتناول معهما "مسيرة مجلس التعاون" وكل ما يعزز وحدته، وفق وكالة أنباء الإمارات.
وبعد أبوظبي، توقف أمير الكويت في مطار الدوحة، حيث بحث مع أمير قطر الشيخ تميم بن حمد آل ثاني سبل دعم العمل الخليجي المشترك وتعزيز التكامل وتحقيق المصالح المشتركة، بحسب الوكالة الرسمية، ثم توجه بعد الدوحة إلى قاعدة جوية في البحرين لإجراء محادثات.
""", [
    ev("emir-tour", "بزيارات قصيرة اليوم الجمعة (7 نوفمبر/ تشرين الثاني 2014)", EMIR_TOUR, "'اليوم الجمعة (7 نوفمبر/ تشرين الثاني 2014)'"),
    ev("planned-meeting", "قبل اجتماع منتظر لوزراء خارجية دول مجلس التعاون الخليجي الست الاثنين", PLANNED, "'الاثنين' after Fri 7 Nov = Mon 10 Nov 2014 (the planned date; the meeting was put off on Sun 9 Nov)"),
    ev("doha-summit", "للقمة السنوية المقررة في الدوحة في التاسع من ديسمبر/ كانون الاول", SUMMIT, "'التاسع من ديسمبر' = 9 Dec 2014 (the summit was held in Doha that day)"),
    ev("ambassadors-recall", "بعد استدعائهم في مارس/ اذار الماضي", RECALL, "'مارس الماضي' = March 2014; the recall was announced on Wed 5 Mar 2014"),
    ev("gcc-founding", "منذ تأسيس مجلس التعاون في مايو/ ايار 1981", "1981-05-25", "'مايو/ ايار 1981'; the GCC was founded in Abu Dhabi on 25 May 1981"),
])
art(S, "https://www.aljazeera.net/news/arabic/2014/11/9/%D8%A5%D8%B1%D8%AC%D8%A7%D8%A1-%D8%A7%D8%AC%D8%AA%D9%85%D8%A7%D8%B9-%D9%88%D8%B2%D8%A7%D8%B1%D9%8A-%D8%AE%D9%84%D9%8A%D8%AC%D9%8A-%D8%A8%D8%A7%D9%84%D8%AF%D9%88%D8%AD%D8%A9",
    "2014-11-09", "date in the URL '/2014/11/9/' (9 Nov 2014 was a Sunday); the body's 'غدا الاثنين' for the meeting planned on Mon 10 Nov agrees; headline kept from the page; a sidebar on the emir's earlier visit (with its own 'مساء اليوم') and a photo caption dropped; the last, truncated word completed as 'سفراءها من الدوحة'; no date of its own in the text", False, """
إرجاء اجتماع وزاري خليجي بالدوحة
تأجل اجتماع وزاري خليجي كان مقررا أن تحتضنه العاصمة القطرية الدوحة غدا الاثنين، في إطار التحضير للقمة الخليجية التي تستضيفها قطر في ديسمبر/كانون الأول المقبل.
وبحسب وكالة الأناضول، كان من المقرر أن تنعقد غدا الاثنين الجلسة الافتتاحية للدورة 133 للمجلس الوزاري الخليجي تمهيدا للقمة المقبلة، قبل الإعلان عن إرجائها "حتى إشعار آخر".
ويأتي الإرجاء عقب جولة قام بها وزير الخارجية الكويتي صباح خالد الحمد الصباح شملت السعودية وسلطنة عمان، بعد يوم من زيارة أمير الكويت صباح الأحمد الصباح الإمارات وقطر والبحرين.
ويرجح مراقبون أن تكون الجولتان تستهدفان حل الأزمة الخليجية التي تفجرت بسحب السعودية والإمارات والبحرين سفراءها من الدوحة.
""", [
    ev("postponement", "تأجل اجتماع وزاري خليجي كان مقررا", POSTPONED, "no own expression; announced on Sun 9 Nov 2014 (ajl: 'أُعلن، أمس الأحد' from Mon 10)"),
    ev("planned-meeting", "أن تنعقد غدا الاثنين الجلسة الافتتاحية للدورة 133", PLANNED, "'غدا الاثنين' from Sun 9 Nov = Mon 10 Nov 2014 (the planned date)"),
    ev("doha-summit", "للقمة الخليجية التي تستضيفها قطر في ديسمبر/كانون الأول المقبل", SUMMIT, "'ديسمبر المقبل' = December 2014; the summit of 9 Dec 2014"),
    ev("kuwaiti-fm-tour", "جولة قام بها وزير الخارجية الكويتي صباح خالد الحمد الصباح", FM_TOUR[0], "no own expression; 'بعد يوم من' the emir's tour of Fri 7 Nov gives Sat 8 Nov 2014; my span 8-9 Nov", end=FM_TOUR[1]),
    ev("emir-tour", "بعد يوم من زيارة أمير الكويت صباح الأحمد الصباح", EMIR_TOUR, "no own expression; the emir's tour of Fri 7 Nov 2014 (alwasatnews)"),
    ev("ambassadors-recall", "بسحب السعودية والإمارات والبحرين سفراءها", RECALL, "no own expression; the recall announced on Wed 5 Mar 2014"),
])
art(S, "https://sauress.com/ajl/1223946",
    "2014-11-10", "the body's 'اليوم الاثنين (10 نوفمبر 2014)' (kept; 10 Nov 2014 was a Monday) and 'أمس الأحد' for the postponement of Sun 9 Nov agree; the item reposts an Anadolu report; headline written from the body (the stored text has none); the last, truncated sentence (the two emirs' talks) dropped", True, """
مصدر كويتي: توجه لقمة تشاورية خليجية في الرياض قبل قمة الدوحة
أفاد مصدر دبلوماسي كويتي بوجود توجه إلى عقد قمة خليجية تشاورية في الرياض، تسبق القمة الدورية لدول مجلس التعاون الخليجي المقرر أن تحتضنها العاصمة القطرية الدوحة الشهر المقبل.
وقال المصدر لوكالة أنباء الأناضول، اليوم الاثنين (10 نوفمبر 2014)، إن القمة التشاورية، إن عُقدت، ستسبق كذلك اجتماع وزراء خارجية دول مجلس التعاون الذي كان من المقرر أن يلتئم اليوم في الدوحة، لكنه أُرجئ إلى أجل غير مسمى.
وأكد أن القمة الخليجية المرتقبة في الدوحة لن تُنقل إلى الرياض.
وبشأن الاجتماع الوزاري الذي كان مقررا اليوم في الدوحة، أوضح المصدر أنه "تأجل لأيام"، مضيفا أنه سيعقد في الدوحة أيضا دون أي تغيير في مكانه.
وكان قد أُعلن، أمس الأحد، عن إرجاء الاجتماع الوزاري الخليجي الذي كانت الدوحة ستستضيفه اليوم الاثنين للإعداد للقمة الخليجية المنتظرة في قطر في ديسمبر المقبل.
وتوقعت تقارير إعلامية، نقلا عن مصادر دبلوماسية، أن يعود سفراء السعودية والإمارات والبحرين إلى قطر قبل انعقاد القمة الخليجية في الدوحة الشهر المقبل.
""", [
    ev("consultative-summit", "توجه إلى عقد قمة خليجية تشاورية في الرياض", RIYADH, "no own expression; the leaders' consultative meeting that took place in Riyadh on Sun 16 Nov 2014 (outside knowledge; the Riyadh supplementary agreement)"),
    ev("doha-summit", "القمة الدورية لدول مجلس التعاون الخليجي المقرر أن تحتضنها العاصمة القطرية الدوحة الشهر المقبل", SUMMIT, "'الشهر المقبل' from 10 Nov = December 2014; the summit of 9 Dec 2014"),
    ev("source-statement", "وقال المصدر لوكالة أنباء الأناضول، اليوم الاثنين (10 نوفمبر 2014)", PLANNED, "'اليوم الاثنين (10 نوفمبر 2014)'"),
    ev("planned-meeting", "الذي كان من المقرر أن يلتئم اليوم في الدوحة", PLANNED, "'اليوم' = Mon 10 Nov 2014 (the planned date)"),
    ev("postponement", "وكان قد أُعلن، أمس الأحد، عن إرجاء الاجتماع الوزاري الخليجي", POSTPONED, "'أمس الأحد' from Mon 10 Nov = Sun 9 Nov 2014"),
])
art(S, "http://arabi21.org/storyamp/787507/%D8%AA%D8%A3%D8%AC%D9%8A%D9%84-%D8%A7%D8%AC%D8%AA%D9%85%D8%A7%D8%B9-%D8%A7%D9%84%D9%85%D8%B5%D8%A7%D9%84%D8%AD%D8%A9-%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%AC%D9%8A%D8%A9-%D8%AD%D8%AA%D9%89-%D8%A5%D8%B4%D8%B9%D8%A7%D8%B1-%D8%A2%D8%AE%D8%B1",
    "2014-11-10", "no date on the stored page; the body quotes the GCC source that the meeting 'لن يحصل في قطر اليوم الاثنين', the day it was planned (Mon 10 Nov 2014, dated so by alwasatnews and ajl), which gives Mon 10 Nov 2014; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
تأجيل اجتماع المصالحة الخليجية حتى إشعار آخر
أرجأت دول الخليج اجتماعا لوزراء خارجيتها كان من المفترض عقده الاثنين في الدوحة في إطار الإعداد للقمة الخليجية التي ستستضيفها العاصمة القطرية في كانون الأول/ ديسمبر.
وأفاد مصدر قريب من الأمانة العامة لمجلس التعاون الخليجي بأن الاجتماع الوزاري لن يُعقد في قطر اليوم الاثنين، وأنه لم يُحدَّد له موعد جديد حتى الآن.
ويأتي هذا التأجيل رغم المساعي التي بذلها أمير الكويت الشيخ صباح الأحمد الصباح لإنقاذ القمة من خلال زيارته الخاطفة الجمعة إلى السعودية والإمارات والبحرين.
وكانت هذه الدول الثلاث قد سحبت سفراءها من الدوحة في آذار/ مارس الماضي ولم تُعِدهم حتى الآن، متهمة قطر بدعم الإخوان المسلمين والتدخل في شؤونها الداخلية وبتجنيس مواطنين بحرينيين.
ونقلت صحيفة عن مصدر موثوق أن المحادثات الجارية حاليا تهدف إلى نقل القمة المقرر انعقادها في التاسع من كانون الأول/ ديسمبر من الدوحة إلى السعودية أو الكويت، مشيرا إلى أن جهود أمير الكويت لتسوية الخلاف بين الرياض وأبوظبي والمنامة من جهة والدوحة من جهة أخرى "لم تسفر عن نتيجة".
وتُعد الدوحة من داعمي الإخوان المسلمين في مصر، بينما تساند السعودية ودول خليجية أخرى إدارة الرئيس عبدالفتاح السيسي.
""", [
    ev("postponement", "أرجأت دول الخليج اجتماعا لوزراء خارجيتها", POSTPONED, "no own expression; the postponement announced on Sun 9 Nov 2014"),
    ev("planned-meeting", "الاجتماع الوزاري لن يُعقد في قطر اليوم الاثنين", PLANNED, "'اليوم الاثنين' = Mon 10 Nov 2014"),
    ev("emir-tour", "زيارته الخاطفة الجمعة", EMIR_TOUR, "'الجمعة' = Fri 7 Nov 2014 (the page lists Saudi Arabia instead of Qatar; alwasatnews: Doha, Abu Dhabi, Bahrain)"),
    ev("ambassadors-recall", "قد سحبت سفراءها من الدوحة في آذار/ مارس الماضي", RECALL, "'آذار/ مارس الماضي' = March 2014; the recall of Wed 5 Mar 2014"),
    ev("doha-summit", "نقل القمة المقرر انعقادها في التاسع من كانون الأول/ ديسمبر", SUMMIT, "'التاسع من كانون الأول/ ديسمبر' = 9 Dec 2014"),
])

# ---------------------------------------------------------------- arab-league-emergency-meeting-postponed-2024
S = "arab-league-emergency-meeting-postponed-2024"
AKLUK = "2024-12-02"                       # Palestine's envoy Muhannad al-Akluk announced a ministerial meeting, Mon 2 Dec 2024
SYRIA_ANN = "2024-12-03"                   # the Syrian foreign ministry (on X) and SANA: an emergency ministerial meeting at Syria's request, Tue 3 Dec
REQUESTS = ("2024-12-02", "2024-12-04")    # the Palestinian and Syrian requests made public on Mon 2 and Tue 3 Dec (my span)
POSTPONED = ("2024-12-05", "2024-12-07")   # the postponement: announced on the evening of Thu 5 Dec, reported on Fri 6 Dec (my span)
PLANNED = "2024-12-08"                     # the emergency ministerial meeting planned for Sun 8 Dec 2024
SYRIA_NOW = ("2024-11-27", "2024-12-07")   # the armed opposition's offensive in Syria from 27 Nov 2024 (my span up to the reports)
art(S, "https://enabbaladi.net/727094/%d8%a7%d9%84%d8%ac%d8%a7%d9%85%d8%b9%d8%a9-%d8%a7%d9%84%d8%b9%d8%b1%d8%a8%d9%8a%d8%a9-%d8%aa%d8%b9%d9%82%d8%af-%d8%a7%d8%ac%d8%aa%d9%85%d8%a7%d8%b9%d9%8b%d8%a7-%d8%a8%d8%b4%d8%a3%d9%86-%d8%b3%d9%88/?amp=1",
    "2024-12-04", "page stamp '2024/12/04 3:07 م' (kept as second line; 4 Dec 2024 was a Wednesday); the body's 'الأحد المقبل (8 من كانون الأول)' and 'الثلاثاء 3 من كانون الأول' agree; headline kept from the page; a photo caption (the 162nd session of 10 Sep 2024) dropped; the last, truncated sentence dropped", True, """
الجامعة العربية تعقد اجتماعًا بشأن سوريا
2024/12/04 3:07 م
تعقد جامعة الدول العربية يوم الأحد المقبل (8 من كانون الأول) اجتماعا طارئا على المستوى الوزاري لبحث ما تشهده سوريا من تطورات.
وأفادت وكالة الأنباء السورية الرسمية (سانا)، الثلاثاء 3 من كانون الأول، بأن الاجتماع سينعقد بطلب من حكومة النظام السوري.
ونشرت قناة "المملكة" الأردنية، الثلاثاء أيضا، أن الجامعة ستعقد يوم الأحد المقبل اجتماعين طارئين لمجلسها، أحدهما بطلب من فلسطين والآخر بطلب من سوريا.
وبيّنت القناة أن الاجتماع الأول يخصص لمناقشة تطورات الأوضاع في سوريا، في حين يرمي الثاني إلى بلورة موقف عربي موحد يضغط على إسرائيل من أجل "وقف عدوانها على الشعب الفلسطيني"، في ظل تواصل "جريمة الإبادة الجماعية ضده".
""", [
    ev("planned-meeting", "يوم الأحد المقبل (8 من كانون الأول) اجتماعا طارئا على المستوى الوزاري", PLANNED, "'الأحد المقبل (8 من كانون الأول)' = Sun 8 Dec 2024 (the planned date; the meeting was put off)"),
    ev("syria-developments", "لبحث ما تشهده سوريا من تطورات", SYRIA_NOW[0], "no own expression; the opposition offensive under way since 27 Nov 2024 (my span to 6 Dec)", end=SYRIA_NOW[1]),
    ev("syria-announcement", "وأفادت وكالة الأنباء السورية الرسمية (سانا)، الثلاثاء 3 من كانون الأول", SYRIA_ANN, "'الثلاثاء 3 من كانون الأول' = Tue 3 Dec 2024"),
    ev("mamlaka-report", "ونشرت قناة \"المملكة\" الأردنية، الثلاثاء أيضا", SYRIA_ANN, "'الثلاثاء' = Tue 3 Dec 2024"),
    ev("joint-request", "أحدهما بطلب من فلسطين والآخر بطلب من سوريا", REQUESTS[0], "no own expression; the two requests made public on Mon 2 (al-Akluk) and Tue 3 Dec 2024 (Syrian foreign ministry); my span 2-3 Dec", end=REQUESTS[1]),
])
art(S, "https://arabkhabar.com/a/3763677",
    "2024-12-06", "page stamp 'تاريخ النشر: 6th, December 2024 GMT' (kept as second line) and the body's 'اليوم الجمعة، 06 ديسمبر 2024' (6 Dec 2024 was a Friday); headline kept from the page (re-worded); the source line ('وكالة سوا الإخبارية') and the unrelated 'اقرأ أيضا' items dropped", True, """
إرجاء الاجتماع الطارئ لوزراء الخارجية العرب
تاريخ النشر: 6th, December 2024 GMT
أعلنت جامعة الدول العربية، اليوم الجمعة، 06 ديسمبر 2024، أنها أرجأت إلى موعد لاحق الاجتماع الطارئ لوزراء الخارجية العرب الذي كان من المقرر أن يُعقد بعد غد الأحد في مقر الأمانة العامة للجامعة.
وكان يفترض أن يبحث الاجتماع، الذي دعت إليه سوريا وفلسطين بطلب مشترك، استمرار العدوان الإسرائيلي والمجازر التي ترتكبها إسرائيل بحق الشعب الفلسطيني في قطاع غزة والأراضي الفلسطينية، والتهديدات الإسرائيلية للعراق، إلى جانب الأوضاع الراهنة في سوريا.
""", [
    ev("postponement", "أعلنت جامعة الدول العربية، اليوم الجمعة، 06 ديسمبر 2024، أنها أرجأت", POSTPONED[0], "the text says 'اليوم الجمعة، 06 ديسمبر 2024'; the League and MENA announced the postponement on the evening of Thu 5 Dec (yemennownews, nni-egypt: 'مساء الخميس'); my span 5-6 Dec", end=POSTPONED[1]),
    ev("planned-meeting", "الذي كان من المقرر أن يُعقد بعد غد الأحد", PLANNED, "'بعد غد الأحد' from Fri 6 Dec = Sun 8 Dec 2024"),
    ev("joint-request", "الذي دعت إليه سوريا وفلسطين بطلب مشترك", REQUESTS[0], "no own expression; the requests made public on Mon 2 and Tue 3 Dec 2024; my span 2-3 Dec", end=REQUESTS[1]),
    ev("syria-developments", "إلى جانب الأوضاع الراهنة في سوريا", SYRIA_NOW[0], "no own expression ('الراهنة'); the opposition offensive since 27 Nov 2024 (my span to 6 Dec)", end=SYRIA_NOW[1]),
])
art(S, "https://albwaabh.org/2441173/%d8%a7%d9%84%d8%ac%d8%a7%d9%85%d8%b9%d8%a9-%d8%a7%d9%84%d8%b9%d8%b1%d8%a8%d9%8a%d8%a9-%d8%aa%d8%b9%d9%84%d9%86-%d8%aa%d8%a3%d8%ac%d9%8a%d9%84-%d8%a7%d9%84%d8%a7%d8%ac%d8%aa%d9%85%d8%a7/?amp=1",
    "2024-12-06", "no date on the stored page; the body's 'اليوم(الجمعة)' and 'بعد غد (الأحد)' for the meeting planned on Sun 8 Dec 2024 give Fri 6 Dec 2024; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
الجامعة العربية تعلن تأجيل الاجتماع الوزاري الطارئ
أرجأت جامعة الدول العربية اجتماعا طارئا لوزراء الخارجية العرب كان مقررا بعد غد (الأحد)، لمناقشة التطورات في سورية والأراضي الفلسطينية.
وذكرت وكالة أنباء الأناضول، اليوم(الجمعة)، أن الاجتماع الطارئ كان سيبحث الأوضاع الراهنة في سورية، وتواصل العدوان والمجازر الإسرائيلية بحق الشعب الفلسطيني في قطاع غزة والأراضي الفلسطينية، والتهديدات الإسرائيلية للعراق.
ونقلت الوكالة عن الجامعة العربية أن اجتماع وزراء الخارجية العرب الطارئ الذي كان مقررا (الأحد) في مقر الأمانة العامة تأجل إلى موعد لاحق، من دون أن تذكر سبب التأجيل.
وأكدت وكالة الأنباء المصرية بدورها إرجاء الاجتماع، موضحة أنه جاء بطلب مشترك من سورية وفلسطين.
وكان السفير مهند العكلوك، المندوب الدائم لفلسطين لدى الجامعة العربية، قد أعلن الإثنين الماضي أن الجامعة ستعقد اجتماعا وزاريا بشأن استمرار جريمة الإبادة الجماعية الإسرائيلية بحق الشعب الفلسطيني.
كما أعلنت وزارة الخارجية السورية (الثلاثاء)، في منشور على حسابها في منصة إكس، أن اجتماعا طارئا لمجلس جامعة الدول العربية على المستوى الوزاري سيعقد يوم الأحد القادم بطلب من سورية.
""", [
    ev("postponement", "أرجأت جامعة الدول العربية اجتماعا طارئا لوزراء الخارجية العرب", POSTPONED[0], "no own expression; announced on the evening of Thu 5 Dec and reported by Anadolu 'اليوم(الجمعة)' (Fri 6 Dec); my span 5-6 Dec", end=POSTPONED[1]),
    ev("planned-meeting", "كان مقررا بعد غد (الأحد)", PLANNED, "'بعد غد (الأحد)' from Fri 6 Dec = Sun 8 Dec 2024"),
    ev("joint-request", "موضحة أنه جاء بطلب مشترك من سورية وفلسطين", REQUESTS[0], "no own expression; the requests made public on Mon 2 and Tue 3 Dec 2024; my span 2-3 Dec", end=REQUESTS[1]),
    ev("akluk-announcement", "قد أعلن الإثنين الماضي أن الجامعة ستعقد اجتماعا وزاريا", AKLUK, "'الإثنين الماضي' from Fri 6 Dec = Mon 2 Dec 2024"),
    ev("syria-announcement", "كما أعلنت وزارة الخارجية السورية (الثلاثاء)", SYRIA_ANN, "'(الثلاثاء)' before Fri 6 Dec = Tue 3 Dec 2024"),
])
art(S, "https://arabradar.com/2024/12/06/%D8%AA%D8%A3%D8%AC%D9%8A%D9%84-%D8%A7%D9%84%D8%A7%D8%AC%D8%AA%D9%85%D8%A7%D8%B9-%D8%A7%D9%84%D9%88%D8%B2%D8%A7%D8%B1%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A-%D8%A7%D9%84%D8%B7%D8%A7%D8%B1%D8%A6",
    "2024-12-06", "date in the URL '/2024/12/06/' (a Friday); the body's 'كان مقرراً الأحد' for the meeting of Sun 8 Dec agrees; headline kept from the page (re-worded); no date of its own in the text", False, """
إرجاء الاجتماع الوزاري العربي الطارئ بشأن غزة وسوريا
تأجل الاجتماع الطارئ لوزراء الخارجية العرب، الذي كان من المقرر عقده الأحد، إلى موعد لاحق لأسباب فنية، بحسب ما أعلنه السفير مهند العكلوك، المندوب الدائم لفلسطين لدى الجامعة العربية.
وعوضا عن ذلك، سيعقد المندوبون اجتماعا تحضيريا في مقر الجامعة العربية تمهيدا لجلسة وزارية يتوقع أن تلتئم نهاية الأسبوع المقبل.
وأوضح العكلوك أن التأجيل يهدف إلى ضمان إعداد أفضل للاجتماع وإلى رفع عدد وزراء الخارجية العرب المشاركين فيه.
وأكد أن الاجتماع الوزاري سيُكرَّس لبحث آليات تنفيذ قرارات القمم العربية والإسلامية السابقة، ومنها وقف العدوان الإسرائيلي على غزة ومعالجة تداعياته الإنسانية، فضلا عن مناقشة الأوضاع في سوريا بناء على طلب دمشق.
وكانت جامعة الدول العربية قد أبلغت الصحفيين بموعد الاجتماعات الطارئة قبل أن تعلن قرار التأجيل، الأمر الذي أثار تساؤلات عن الأسباب الحقيقية لهذا القرار المفاجئ.
""", [
    ev("postponement", "تأجل الاجتماع الطارئ لوزراء الخارجية العرب", POSTPONED[0], "no own expression; the postponement of Thu 5 - Fri 6 Dec 2024 (my span)", end=POSTPONED[1]),
    ev("planned-meeting", "الذي كان من المقرر عقده الأحد", PLANNED, "'الأحد' = Sun 8 Dec 2024 (the planned date)"),
    ev("akluk-explanation", "بحسب ما أعلنه السفير مهند العكلوك", "2024-12-06", "no own expression; al-Akluk's statement on the postponement, made on Fri 6 Dec 2024 (assawsana: 'في تصريحات له، اليوم الجمعة')"),
    ev("preparatory-meeting", "سيعقد المندوبون اجتماعا تحضيريا في مقر الجامعة العربية", PLANNED, "no own expression; the delegates' preparatory session announced for Sun 8 Dec 2024 (assawsana: 'الأحد المقبل'); the day it was set for"),
])

# ---------------------------------------------------------------- arab-league-syria-suspension-2011
S = "arab-league-syria-suspension-2011"
UPRISING = "2011-03-15"                    # the protests against the Syrian government began in mid-March 2011 (15 Mar)
PLAN = "2011-11-02"                        # the Arab action plan adopted by the League's ministerial council, Wed 2 Nov 2011
DECISION = "2011-11-12"                    # the ministerial council's decision to suspend Syria, Cairo, Sat 12 Nov 2011
REACTIONS = ("2011-11-12", "2011-11-14")   # Western and Arab reactions, Sat 12 - Sun 13 Nov (my span)
BOYCOTT = "2011-11-15"                     # Syria announced it would not attend the Rabat meetings, Tue 15 Nov
RABAT = "2011-11-16"                       # the Rabat ministerial meeting and the day the suspension took effect, Wed 16 Nov
art(S, "https://mail.syrianoor.net/article/1640",
    "2011-11-12", "the body's 'اليوم السبت 12-11-2011م' (kept; 12 Nov 2011 was a Saturday); the live report follows the meeting to its decision the same day; headline written from the body (the stored text has none); page furniture ('أسرة التحرير', view counter, share buttons) dropped; the last, truncated name completed ('نبيل العربي')", True, """
الجامعة العربية تعلق عضوية سوريا وتدعو إلى سحب السفراء
في أبرز موقف دولي منذ بداية الثورة ضد النظام السوري، يتوجه وزراء خارجية الدول العربية اليوم السبت 12-11-2011م إلى مقر الجامعة العربية لبحث الوضع في سوريا واتخاذ قرار حاسم بشأن الشعب المظلوم.
ونقلت قناة الجزيرة نبأ تعليق مشاركة الوفود السورية في أنشطة الجامعة العربية إلى أن تنفذ دمشق بنود مبادرة اللجنة العربية.
وفي الأثناء احتشد أبناء الجالية السورية في مظاهرات أمام مقر الجامعة خلال انعقاد الاجتماع، الذي انتهى إلى قرار بتعليق عضوية سوريا، ودعت فيه الجامعة أعضاءها إلى سحب سفرائهم من دمشق ولوّحت بالاعتراف بالمجلس الوطني وبفرض عقوبات اقتصادية.
وبحسب مصادر مطلعة، عارض لبنان واليمن والجزائر تجميد عضوية سوريا في حين ضغطت دول الخليج لإقراره، وغادر مندوب عمان قاعة الاجتماعات، واتخذت مصر موقفا رافضا لأي قرار ضد سوريا، بينما امتنع العراق عن التصويت.
ومن جانبه، قال الرئيس سعد الحريري إنه يشعر بالخجل من موقف لبنان في الجامعة العربية، داعيا الشعب السوري إلى عدم الالتفات إلى الصوت اللبناني في القرار.
وكان مندوب سوريا لدى الجامعة العربية قد وجه ألفاظا نابية إلى الشيخ حمد والسيد نبيل العربي.
""", [
    ev("ministers-meeting", "يتوجه وزراء خارجية الدول العربية اليوم السبت 12-11-2011م", DECISION, "'اليوم السبت 12-11-2011م' = Sat 12 Nov 2011"),
    ev("suspension-decision", "الذي انتهى إلى قرار بتعليق عضوية سوريا", DECISION, "no own expression; the decision at the end of the meeting of Sat 12 Nov 2011"),
    ev("diaspora-protest", "احتشد أبناء الجالية السورية في مظاهرات أمام مقر الجامعة", DECISION, "no own expression ('خلال انعقاد الاجتماع'); Sat 12 Nov 2011"),
    ev("delegate-insults", "وكان مندوب سوريا لدى الجامعة العربية قد وجه ألفاظا نابية", DECISION, "no own expression; the Syrian delegate's outburst at the meeting of Sat 12 Nov 2011"),
    ev("hariri-remark", "قال الرئيس سعد الحريري إنه يشعر بالخجل", DECISION, "no own expression; Hariri's reaction on the day of the vote, Sat 12 Nov 2011"),
    ev("uprising-start", "منذ بداية الثورة ضد النظام السوري", UPRISING, "no own expression; the uprising began in mid-March 2011 (15 Mar)"),
])
art(S, "https://alalam.ir/news/833404",
    "2011-11-13", "page date line 'الأحد ١٣ نوفمبر ٢٠١١ - ٠١:٥٣ بتوقيت غرينتش' (kept as second line; 13 Nov 2011 was a Sunday); headline kept from the page (re-worded)", True, """
ترحيب غربي بتعليق الجامعة العربية عضوية سوريا
الأحد ١٣ نوفمبر ٢٠١١ - ٠١:٥٣ بتوقيت غرينتش
رحبت الولايات المتحدة ودول غربية، من بينها فرنسا وبريطانيا، بقرار الجامعة العربية تعليق عضوية سوريا.
وأشاد الرئيس الأمريكي باراك أوباما بالقرار، مؤكدا أن واشنطن ستواصل التعاون مع أصدقائها وحلفائها لزيادة الضغط على نظام الرئيس بشار الأسد.
كما أثنى على القرار كل من وزير الخارجية الفرنسي ووزيرة خارجية الاتحاد الأوروبي ووزير الخارجية البريطاني.
وعربيا، أعلنت الجزائر أنها لن تسحب سفيرها من دمشق، لتكون أول دولة ترفض دعوة الجامعة العربية إلى سحب السفراء العرب.
وفي حين قال العراق إنه لن يسحب سفيره من دمشق، رأى وزير الخارجية اللبناني أن قرار الجامعة مؤشر خطير يفتح الباب أمام التدخل الأجنبي.
وعدّ معارضون وسياسيون سوريون بارزون قرار تعليق عضوية دمشق إعلان حرب على سوريا وبداية لتدويل أزمتها؛ إذ وصفه رئيس الحزب السوري القومي الاجتماعي علي حيدر بأنه إعلان حرب وخطوة أولى نحو جر سوريا إلى مجلس الأمن، فيما رأى رئيس تيار بناء الدولة السورية لؤي حسين أنه نقل الوضع السوري إلى التدويل، وأن الجامعة العربية قصرت في أداء دورها الفعال واكتفت بإصدار البيانات.
""", [
    ev("suspension-decision", "بقرار الجامعة العربية تعليق عضوية سوريا", DECISION, "no own expression; the decision of Sat 12 Nov 2011"),
    ev("western-welcome", "رحبت الولايات المتحدة ودول غربية، من بينها فرنسا وبريطانيا", REACTIONS[0], "no own expression; reactions of Sat 12 Nov, reported at 01:53 GMT on Sun 13 Nov 2011 (my span 12-13 Nov)", end=REACTIONS[1]),
    ev("obama-welcome", "وأشاد الرئيس الأمريكي باراك أوباما بالقرار", DECISION, "no own expression; Obama's statement of Sat 12 Nov 2011 (before the 01:53 GMT stamp of Sun 13)"),
    ev("algeria-refusal", "أعلنت الجزائر أنها لن تسحب سفيرها من دمشق", REACTIONS[0], "no own expression; my span 12-13 Nov 2011", end=REACTIONS[1]),
    ev("iraq-refusal", "وفي حين قال العراق إنه لن يسحب سفيره من دمشق", REACTIONS[0], "no own expression; my span 12-13 Nov 2011", end=REACTIONS[1]),
])
art(S, "https://al-jazirah.com./2011/20111113/fr5.htm",
    "2011-11-13", "date in the URL '/2011/20111113/' (13 Nov 2011 was a Sunday); the body's 'مساء أمس السبت' for the embassy attack after the vote of Sat 12 Nov agrees; byline ('ضياء عبد العزيز') and the 'طالع دوليات' pointer dropped, the dateline kept as 'دمشق - القاهرة:'; headline written from the body (the stored text has none); no date of its own in the text", False, """
متظاهرون يقتحمون السفارة السعودية في دمشق بعد تعليق عضوية سورية
دمشق - القاهرة: اقتحم متظاهرون مساء أمس السبت مقر سفارة خادم الحرمين الشريفين في دمشق، احتجاجا على قرار جامعة الدول العربية تعليق عضوية سورية فيها، فحطموا زجاج النوافذ وعبثوا بمحتويات المبنى.
وكان مجلس الجامعة قد قرر، في ختام اجتماعه الوزاري أمس، تعليق مشاركة سورية في اجتماعات المجلس وفي كل المنظمات والأجهزة التابعة له اعتبارا من 16 نوفمبر الجاري، إلى أن تنفذ بالكامل تعهداتها بموجب المبادرة العربية التي اعتمدتها الجامعة أول نوفمبر الجاري.
وبينما رحب الرئيس الأمريكي باراك أوباما بقرار الجامعة، نفى أمينها العام د. نبيل العربي أن يكون هناك أي طلب عربي لتدخل أجنبي في سورية.
وشدد الشيخ حمد بن جاسم، رئيس وزراء قطر الذي ترأس الاجتماع، على أنه لا مصلحة لقطر ولا للمجلس ولا لأي دولة عربية في تنفيذ مخططات ضد سورية، قائلا إنهم ليسوا مندوبين عن أحد ولا يتحركون لمصلحة أي جهة أجنبية.
بعد ذلك، كال مندوب سورية لدى الجامعة يوسف أحمد السباب للأمين العام د. العربي ولحمد بن جاسم.
""", [
    ev("embassy-storming", "اقتحم متظاهرون مساء أمس السبت مقر سفارة خادم الحرمين الشريفين", DECISION, "'مساء أمس السبت' from Sun 13 = the evening of Sat 12 Nov 2011"),
    ev("suspension-decision", "وكان مجلس الجامعة قد قرر، في ختام اجتماعه الوزاري أمس", DECISION, "'أمس' from Sun 13 = Sat 12 Nov 2011"),
    ev("suspension-effective", "اعتبارا من 16 نوفمبر الجاري", RABAT, "'16 نوفمبر الجاري' = Wed 16 Nov 2011"),
    ev("arab-plan", "المبادرة العربية التي اعتمدتها الجامعة أول نوفمبر الجاري", PLAN, "'أول نوفمبر الجاري' (early November); the Arab action plan was adopted by the ministerial council on Wed 2 Nov 2011 (almadina: 'في اجتماعه غير العادي يوم 2 نوفمبر الجاري')"),
    ev("obama-welcome", "وبينما رحب الرئيس الأمريكي باراك أوباما بقرار الجامعة", DECISION, "no own expression; Obama's statement of Sat 12 Nov 2011"),
    ev("delegate-insults", "كال مندوب سورية لدى الجامعة يوسف أحمد السباب", DECISION, "no own expression ('بعد ذلك' = after the decision); Sat 12 Nov 2011"),
])
art(S, "https://www.masress.com/alwafd/122756",
    "2011-11-16", "no date on the stored page (a repost of al-Wafd); the body's 'اليوم الأربعاء' for the Rabat meeting of Wed 16 Nov 2011, 'أمس الثلاثاء' for Syria's boycott and 'السبت الماضي' for the decision of Sat 12 Nov give Wed 16 Nov 2011; headline written from the body (the stored text has none); the Syrian source's quote re-worded as reported speech; no date of its own in the text", False, """
وزراء الخارجية العرب يتفقون في الرباط على إطار لإرسال مراقبين إلى سوريا
توافق وزراء الخارجية العرب المجتمعون في الرباط، اليوم الأربعاء، على إطار قانوني وتنظيمي لإيفاد فريق يراقب الوضع في سوريا.
ونقلت القناة عن مصادر لم تكشف هويتها أن المراقبين سيُرسلون إلى سوريا خلال ثلاثة أيام إذا قبلت دمشق خطة العمل العربية.
وأضافت المصادر أن الوزراء العرب خولوا الأمين العام لجامعة الدول العربية نبيل العربي الاستعانة بخبراء ومراقبين من الدول العربية والإسلامية والصديقة لأداء مهام البعثة.
ويلتقي وزراء الخارجية العرب في الرباط لمناقشة تطورات الأزمة السورية على هامش المنتدى العربي التركي الذي اختتم أعماله اليوم.
وكانت سوريا قد أعلنت أمس الثلاثاء أنها لن تشارك في اجتماعي الرباط، إذ قال مصدر مسؤول في وزارة خارجيتها أمس إن دمشق قررت المشاركة استجابة لرغبة بعض الدول العربية الشقيقة، لكنها عدلت عن ذلك في ضوء تصريحات أبلغها بها مسؤولون مغاربة.
وكان مجلس جامعة الدول العربية على المستوى الوزاري قد قرر السبت الماضي تعليق مشاركة سوريا في الجامعة العربية اعتبارا من 16 نوفمبر، إلى أن تفي بكامل تعهداتها وفق المبادرة العربية لحل الأزمة في البلاد، التي تشهد احتجاجات مناهضة للنظام منذ منتصف مارس الماضي.
""", [
    ev("rabat-meeting", "توافق وزراء الخارجية العرب المجتمعون في الرباط، اليوم الأربعاء", RABAT, "'اليوم الأربعاء' = Wed 16 Nov 2011"),
    ev("arab-turkish-forum", "المنتدى العربي التركي الذي اختتم أعماله اليوم", RABAT, "'اليوم' = Wed 16 Nov 2011 (the close of the 4th Arab-Turkish cooperation forum)"),
    ev("syria-boycott", "وكانت سوريا قد أعلنت أمس الثلاثاء أنها لن تشارك", BOYCOTT, "'أمس الثلاثاء' from Wed 16 = Tue 15 Nov 2011"),
    ev("suspension-decision", "قد قرر السبت الماضي تعليق مشاركة سوريا", DECISION, "'السبت الماضي' from Wed 16 = Sat 12 Nov 2011"),
    ev("suspension-effective", "اعتبارا من 16 نوفمبر، إلى أن تفي", RABAT, "'16 نوفمبر' = Wed 16 Nov 2011"),
    ev("uprising-start", "منذ منتصف مارس الماضي", UPRISING, "'منتصف مارس الماضي' = mid-March 2011; the protests began on 15 Mar 2011"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 318
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
