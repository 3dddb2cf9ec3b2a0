"""Builds stories.jsonl: the 463-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: university and academic affairs: student protests at
universities, campus closures and suspensions of classes, exam boycotts, campus violence and expulsions.
Stories: the An-Najah University security crackdown on a student sit-in (Nablus, Palestine, June 2022), the
Sulaymaniyah students' grants protests and the suspension of classes (Kurdistan Region, Iraq, November 2021),
the Moroccan medical students' exam boycott and the government's warning (Morocco, June 2019), and the
University of Jordan brawl, detentions, expulsions and publication ban (Jordan, October 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-najah-university-sit-in-crackdown-2022
S = "palestine-najah-university-sit-in-crackdown-2022"
CRACK = "2022-06-14"                       # the university security broke up the students' sit-in on Tue 14 Jun 2022
DISMISS = ("2022-06-08", "2022-06-13")     # the dismissal decisions: 10 on Wed 8 Jun (safa), 15 announced Sun 12 Jun (msdrnews)
art(S, "https://qudsn.co/post/192904/%D8%A8%D8%A7%D9%84%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D8%A3%D9%85%D9%86-%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D9%86%D8%AC%D8%A7%D8%AD-%D9%8A%D9%82%D9%85%D8%B9-%D9%88%D9%82%D9%81%D8%A9-%D8%B7%D8%A7%D9%84%D8%A8%D8%AA-%D8%A8%D8%AD%D9%8A%D8%A7%D8%A9-%D8%AC%D8%A7%D9%85%D8%B9%D9%8A%D8%A9-%D8%A2%D9%85%D9%86%D8%A9",
    "2022-06-14", "no stamp on the stored page; the body gives the full date of the day of writing: 'اليوم الثلاثاء 14 يونيو 2022' (14 Jun 2022 was a Tuesday); the agency line 'نابلس - قدس الإخبارية' kept; headline rendered from the URL slug; the last, truncated sentence shortened", True, """
بالفيديو | أمن جامعة النجاح يقمع وقفة طالبت بحياة جامعية آمنة
نابلس - قدس الإخبارية: فرّق الأمن الجامعي في جامعة النجاح بمدينة نابلس بالقوة، اليوم الثلاثاء 14 يونيو 2022، وقفة نظمها طلبة داخل الحرم للمطالبة بأجواء آمنة تتيح لهم متابعة دراستهم.
وذكرت مصادر محلية أن طلبة وطالبات تعرضوا للضرب والاعتداء في أثناء الوقفة الاحتجاجية التي أقاموها داخل الجامعة، إذ رش الأمن الجامعي المعتصمين بغاز الفلفل فضلاً عن الاعتداء عليهم.
وأظهرت مقاطع مصورة رصدتها "شبكة قدس" تفاصيل ما تعرض له الطلبة والطالبات على أيدي أمن الجامعة في نابلس.
وكانت الكتلة الإسلامية قد أعلنت في وقت سابق أنها تمهل إدارة الجامعة حتى الخميس المقبل لاحتواء الموقف والتراجع عن الإجراءات والقرارات التي أصدرتها بفصل 15 طالباً وموظفاً على خلفية ما جرى من أحداث يوم الأحد الماضي.
ونفذ حراك طلابي مستقل وقفة احتجاجية بالتوازي مع تعليق الدوام في الجامعة، مطالباً بأجواء دراسية آمنة تراعي مصالح الطلبة وتحدّ من سطوة الأمن الجامعي عليهم.
وقال الطالب عبد الله عبيد إن أمن الجامعة هاجم الطلبة بشكل "وحشي" خلال الوقفة التي رفعت مطلب البيئة الآمنة.
وأضاف عبيد لـ"شبكة قدس" أن عناصر أمن الجامعة انهالوا عليهم بالضرب ثم وجهوا إليهم إشارات غير لائقة من وراء الأسوار.
""", [
    ev("crackdown", "فرّق الأمن الجامعي في جامعة النجاح بمدينة نابلس بالقوة", CRACK, "'اليوم الثلاثاء 14 يونيو 2022' = Tue 14 Jun 2022"),
    ev("injuries", "تعرضوا للضرب والاعتداء في أثناء الوقفة الاحتجاجية", CRACK, "no own expression; the beating at the sit-in of Tue 14 Jun 2022"),
    ev("bloc-deadline", "تمهل إدارة الجامعة حتى الخميس المقبل", "2022-06-16", "'حتى الخميس المقبل' from the week of Tue 14 Jun 2022 = Thu 16 Jun (the end of the Islamic Bloc's deadline)"),
    ev("dismissals", "بفصل 15 طالباً وموظفاً", DISMISS[0], "no own date for the decision; the dismissals followed the attack on the Islamic Bloc's sit-in of Wed 8 Jun 2022 (10 dismissed that day, safa) and were announced as 15 on Sun 12 Jun (msdrnews 'اليوم الأحد'); my span 8 - 12 Jun", end=DISMISS[1]),
    ev("sit-in", "ونفذ حراك طلابي مستقل وقفة احتجاجية", CRACK, "no own expression; the independent student movement's stand of Tue 14 Jun 2022, the one broken up that day"),
])
art(S, "https://alyawmnews.com/post/111643/بالفيديو-إصابات-خلال-قمع-اعتصام-طلابي-في-جامعة-النجاح",
    "2022-06-14", "no date on the stored page; the body's 'اليوم الثلاثاء' for the crackdown of Tue 14 Jun 2022 (qudsn: 'اليوم الثلاثاء 14 يونيو 2022') and 'أمس الاثنين' for the Nablus institutions' dialogue announcement (Mon 13 Jun) give Tue 14 Jun 2022; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
بالفيديو.. إصابات خلال قمع اعتصام طلابي في جامعة النجاح
تعرض عدد من طلبة جامعة النجاح اليوم الثلاثاء لجروح ورضوض إثر تفريق أمن الجامعة بالقوة اعتصاماً طلابياً داخل الحرم.
وذكرت مصادر طلابية أن أربعة طلاب أُسعفوا إلى المستشفى العربي التخصصي في نابلس بعدما أصيبوا برضوض وجروح في الرأس، بينما أظهرت مقاطع فيديو متداولة تعرض الدكتور ناصر الدين الشاعر للاعتداء على يد الأمن الجامعي.
وبيّنت الصور لحظة قيام أحد عناصر الأمن بركل طالب في وجهه بعد ضربه وتمزيق ثيابه، فيما أظهرت لقطات أخرى طلاباً يُرمون من بوابة الجامعة إلى الشارع وبينهم جرحى تنزف رؤوسهم.
ونفى الشاعر أن يكون هو المقصود بالاعتداء.
وأوضح أن ما وقع في جامعة النجاح امتداد لأحداث الأيام السابقة.
وتابع أن "مساعي حل الأزمة التي نشأت بعد قرار الجامعة فصل عدد من الطلاب كانت جارية خلال الأيام، وكنا على وشك حل المشكلة، لكن الأمور عادت للتأزم مجدداً بعد هذه الحادثة للأسف".
وأشار إلى أن مجلس الجامعة منعقد في هذه اللحظات مرة أخرى، وأن العمل سيتواصل لحل الإشكال وإنهاء الأزمة في الجامعة.
وكانت مؤسسات وفعاليات محافظة نابلس قد أعلنت أمس الاثنين إطلاق حوار بين إدارة جامعة النجاح الوطنية والكتل الطلابية لإنهاء الأزمة التي تعيشها الجامعة عقب الأحداث الأخيرة، الأسبوع الماضي.
""", [
    ev("injuries", "تعرض عدد من طلبة جامعة النجاح اليوم الثلاثاء لجروح ورضوض", CRACK, "'اليوم الثلاثاء' = Tue 14 Jun 2022"),
    ev("crackdown", "إثر تفريق أمن الجامعة بالقوة اعتصاماً طلابياً", CRACK, "no own expression; the crackdown of Tue 14 Jun 2022 ('اليوم الثلاثاء' of the same sentence)"),
    ev("shaer-assaulted", "تعرض الدكتور ناصر الدين الشاعر للاعتداء", CRACK, "no own expression; al-Shaer was assaulted during the crackdown of Tue 14 Jun 2022"),
    ev("dismissals", "قرار الجامعة فصل عدد من الطلاب", DISMISS[0], "no own expression; the dismissal decisions of 8 - 12 Jun 2022 (10 on Wed 8 Jun per safa, 15 announced Sun 12 Jun per msdrnews); my span", end=DISMISS[1]),
    ev("council-meeting", "مجلس الجامعة منعقد في هذه اللحظات", CRACK, "'في هذه اللحظات' = the day of writing, Tue 14 Jun 2022"),
    ev("dialogue-announced", "قد أعلنت أمس الاثنين إطلاق حوار", "2022-06-13", "'أمس الاثنين' from Tue 14 Jun 2022 = Mon 13 Jun"),
])
art(S, "https://al-aman.com/portal/ar-LB/الأمان-الإقليمي/5/c/الشاعر-ما-حصل-في-جامعة-النجاح-لا-ينبغي-أن-يمر-بغير-حساب-وعقاب/15776",
    "2022-06-15", "the page's issue line 'العدد 1516 /15-6-2022' (Wed 15 Jun 2022; the body's 'أمس الثلاثاء' for the crackdown of Tue 14 Jun agrees); the issue line (page header) not kept in the text; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
الشاعر: ما حصل في جامعة النجاح لا ينبغي أن يمر بغير حساب وعقاب
دعا الأكاديمي الفلسطيني ونائب رئيس الوزراء الأسبق ناصر الدين الشاعر إلى رد الاعتبار لجميع من تعرضوا للاعتداء في جامعة النجاح الوطنية بمدينة نابلس.
وأكد الشاعر، في موقف نشره عبر حسابه الشخصي على "فيسبوك"، أنه "لا ينبغي أن يمر هذا بغير حساب وعقاب"، مضيفاً أن "ما جرى معي لا يكاد يُذكر أمام ما لقيه الطلبة الأبرياء من وحشية وعنف".
وشكر الشاعر الأصوات الكثيرة التي تضامنت معه أو أبدت استنكارها وغضبها مما تعرض له من سلوك معيب وثقته كاميرات التصوير، وقال: "سنبقى الحراس الأوفياء لمؤسساتنا الوطنية ولمستقبل أبنائنا في وجه المتغولين عليهم".
وكان عدد من طلاب جامعة النجاح قد أصيبوا أمس الثلاثاء، جراء اعتداء أمن الجامعة على وقفة نظمها الحراك الطلابي داخل الحرم الجامعي.
وأثار الاعتداء على طلبة الجامعة موجة واسعة من التنديد والاستنكار، إذ وصفه كثيرون بالجريمة والعار الذي يتطلب معالجة جذرية ومحاسبة المسؤولين عنه.
ووصفت حركة حماس اعتداء أمن جامعة النجاح على الطلاب والطالبات خلال وقفتهم السلمية بأنه بلطجة مرفوضة ومدانة، محمّلة المسؤولية لإدارة الجامعة التي قالت إنها أعلنت موقفاً منحازاً ضد القانون والعمل الطلابي الحر.
""", [
    ev("shaer-post", "في موقف نشره عبر حسابه الشخصي على \"فيسبوك\"", CRACK, "no own expression; al-Shaer's Facebook post was written on the day of the crackdown (alresalah quotes it: 'الذين عملت على تخليص بعضهم اليوم'), Tue 14 Jun 2022"),
    ev("shaer-assaulted", "مما تعرض له من سلوك معيب", CRACK, "no own expression; the assault on al-Shaer during the crackdown of Tue 14 Jun 2022"),
    ev("injuries", "قد أصيبوا أمس الثلاثاء", CRACK, "'أمس الثلاثاء' from Wed 15 Jun 2022 = Tue 14 Jun"),
    ev("sit-in", "وقفة نظمها الحراك الطلابي داخل الحرم الجامعي", CRACK, "no own expression; the student movement's stand of Tue 14 Jun 2022 ('أمس الثلاثاء' of the same sentence)"),
    ev("condemnations", "موجة واسعة من التنديد والاستنكار", CRACK, "no own expression; the reactions from the evening of Tue 14 Jun 2022 to the day of writing (my span 14 - 15 Jun)", end="2022-06-16"),
    ev("hamas-statement", "ووصفت حركة حماس اعتداء أمن جامعة النجاح", CRACK, "no own expression; Hamas's statement came out after the crackdown of Tue 14 Jun 2022, before this report of Wed 15 Jun (my span 14 - 15 Jun)", end="2022-06-16"),
])

# ---------------------------------------------------------------- kurdistan-sulaymaniyah-student-grants-protests-2021
S = "kurdistan-sulaymaniyah-student-grants-protests-2021"
TUE = "2021-11-23"                         # third day of the protests: roads cut, classes suspended (Tue 23 Nov 2021)
WED = "2021-11-24"                         # the KRG cabinet restores the students' grants (Wed 24 Nov 2021)
PROTESTS = ("2021-11-21", "2021-11-25")    # the protests began on Sun 21 Nov ('third day' on Tue 23) and went on past Wed 24
CUT = "2014-02-11"                         # the grants were cut by cabinet letter no. 1018 of 11 Feb 2014
art(S, "https://www.alsumaria.tv/news/localnews/403802/%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D8%A7%D9%84%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D8%AA%D8%B6%D8%B1%D8%A8-%D8%A8%D9%82%D9%88%D8%A9-%D9%82%D8%B7%D8%B9-%D8%B7%D8%B1%D9%82-%D9%88%D8%A2%D9%84%D8%A7%D9%81-%D8%A7%D9%84%D8%B9%D9%86%D8%A7%D8%B5%D8%B1-%D8%A7%D9%84%D8%A3%D9%85%D9%86%D9%8A%D8%A9-%D8%AA%D8%AA%D8%AF%D8%AE%D9%84-%D8%B5%D9%88%D8%B1",
    "2021-11-23", "the page stamp '2021-11-23 | 07:03' (23 Nov 2021 was a Tuesday; the body's 'اليوم الثلاثاء' agrees); the stamp and the site name lines not kept; headline kept from the page; the last, truncated sentence (Khanaqin) shortened", True, """
احتجاجات السليمانية تضرب بقوة.. قطع طرق وآلاف العناصر الأمنية تتدخل (صور)
عمد مئات الطلبة المحتجين في محافظة السليمانية، اليوم الثلاثاء، إلى قطع طرق رئيسة في المحافظة، تصعيداً لاحتجاجهم الذي دخل يومه الثالث.
وأفاد مصدر مطلع للسومرية نيوز بأن "مئات المتظاهرين أغلقوا معظم شوارع مركز مدينة السليمانية، في حين دعت مديرية المرور سائقي المركبات إلى سلوك طرق بعيدة عن أماكن التظاهر، مبينة أن المحتجين أغلقوا كذلك طرقاً أخرى منها طريق (السليمانية-طاسلوجه كركوك)، و(بينجوين-السليمانية)، و(كلار-دربنديخان)، وطريق (رانيه-جوار قرنه)، و(أربيل-كركوك)، و(السليمانية-أربيل)، إضافة إلى طريق (السليمانية-رانيه)".
وتستمر تظاهرات طلبة الجامعات والمعاهد في محافظة السليمانية أمام بوابات الجامعة لليوم الثالث على التوالي، للمطالبة بصرف المنح التي استقطعتها "وزارة التعليم" في حكومة الإقليم، بينما اتهم متظاهرون بعض الأحزاب بـ"دس أشخاص يسعون إلى تشويه سلمية التظاهرات".
وخرج المئات من طلبة المعاهد والكليات في تظاهرة في خانقين شمال شرقي ديالى.
""", [
    ev("roads-cut", "إلى قطع طرق رئيسة في المحافظة", TUE, "'اليوم الثلاثاء' = Tue 23 Nov 2021"),
    ev("student-protests", "لاحتجاجهم الذي دخل يومه الثالث", PROTESTS[0], "'دخل يومه الثالث' on Tue 23 Nov 2021: the protests began on Sun 21 Nov and went on (my span 21 - 24 Nov)", end=PROTESTS[1]),
    ev("traffic-appeal", "دعت مديرية المرور سائقي المركبات", TUE, "no own expression; the traffic directorate's appeal during the road blocking of Tue 23 Nov 2021"),
    ev("grants-cut", "المنح التي استقطعتها", CUT, "no own expression; the grants were cut in 2014 (kalimaiq 'في عام 2014'; the KRG finance ministry: cabinet letter no. 1018 of 11/2/2014)"),
    ev("protests-spread", "وخرج المئات من طلبة المعاهد والكليات في تظاهرة في خانقين", TUE, "no own expression; the Khanaqin students' demonstration of Tue 23 Nov 2021 (Shafaq News of that day), when the protests spread beyond Sulaymaniyah (my span 23 - 24 Nov)", end="2021-11-25"),
])
art(S, "https://anfarabic.com/%25D9%2583%25D8%25B1%25D8%25AF%25D8%25B3%25D8%25AA%25D8%25A7%25D9%2586/astmrar-alahtjajat-altlabyt-wtlyq-aldwam-alrsmy-fy-aljamat-walmahd-balslymanyt-74869",
    "2021-11-24", "no date on the stored page; the body's 'اعتبارا من اليوم الأربعاء' for the suspension decided 'يوم الثلاثاء' (alghadeertv of 24 Nov 2021: 'أعلنت، الثلاثاء، تعطيل الدوام في الجامعات لمدة 6 أيام') gives Wed 24 Nov 2021 (24 Nov 2021 was a Wednesday); headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
استمرار الاحتجاجات الطلابية وتعليق الدوام الرسمي في الجامعات والمعاهد بالسليمانية
أعلنت وزارة التعليم العالي والبحث العلمي في إقليم كردستان يوم الثلاثاء تعليق الدوام الرسمي في جامعات ومعاهد محافظة السليمانية لمدة أسبوع كامل، بسبب الاحتجاجات الطلابية التي شابتها أعمال عنف.
وسيُعلَّق الدوام الرسمي في كل كليات مدينة السليمانية ومعاهدها اعتبارا من اليوم الأربعاء ولغاية 6 أيام قادمة.
وكانت تظاهرات واسعة قد اندلعت منذ ثلاثة أيام في محافظة السليمانية بمشاركة آلاف الشبان، أغلبهم من الطلبة، احتجاجاً "على انقطاع المساعدات المالية منذ سنوات ونقص الخدمات وانتشار الفقر"، ثم اتسعت رقعة الاحتجاجات لاحقاً لتشمل مدناً وأقضية في إقليم كردستان.
وأغلق الطلبة المحتجون في السليمانية، ليلة الاربعاء، طريقاً رئيسياً في المدينة، للضغط على حكومة إقليم كوردستان كي تصرف المنح المالية الشهرية المخصصة لهم.
وتتواصل احتجاجات طلبة الجامعات السلمية في مدن إقليم كردستان (هولير، السليمانية، جمجمال، دوكان، رانيا، كلار، حلبجة، كوي سنجق، خانقين) لليوم الثالث على التوالي، مطالبين بتحسين أوضاعهم المعيشية وبصرف المنح المالية المقطوعة عنهم منذ عام 2014.
""", [
    ev("suspension-decision", "يوم الثلاثاء تعليق الدوام الرسمي", TUE, "'يوم الثلاثاء' in a report of Wed 24 Nov 2021 = Tue 23 Nov"),
    ev("classes-suspended", "اعتبارا من اليوم الأربعاء ولغاية 6 أيام قادمة", WED, "'اعتبارا من اليوم الأربعاء ولغاية 6 أيام قادمة' = Wed 24 - Mon 29 Nov 2021", end="2021-11-30"),
    ev("student-protests", "قد اندلعت منذ ثلاثة أيام", PROTESTS[0], "'منذ ثلاثة أيام' from Wed 24 Nov 2021 = Sun 21 Nov (the start; the protests went on, my span 21 - 24 Nov)", end=PROTESTS[1]),
    ev("protests-spread", "اتسعت رقعة الاحتجاجات لاحقاً", TUE, "'لاحقاً': the protests reached other towns (Khanaqin, Erbil) on Tue 23 Nov 2021 (my span 23 - 24 Nov)", end="2021-11-25"),
    ev("night-road-block", "ليلة الاربعاء، طريقاً رئيسياً", TUE, "'ليلة الاربعاء' = the night of Tue 23 to Wed 24 Nov 2021", end="2021-11-25"),
    ev("grants-cut", "المقطوعة عنهم منذ عام 2014", CUT, "'منذ عام 2014' = the cut of 2014 (cabinet letter no. 1018 of 11 Feb 2014)"),
])
art(S, "https://kalimaiq.com/news/details/14147",
    "2021-11-24", "the page's date line '2021 / 11 / 24' (24 Nov 2021 was a Wednesday; the body's 'الأربعاء' agrees); the date line not kept; the agency line 'بغداد - كلمة الإخباري' kept; headline kept from the page", True, """
كردستان العراق تقرر إعادة المخصصات الجامعية المتوقفة
بغداد - كلمة الإخباري
أقر مجلس وزراء إقليم كردستان العراق، الأربعاء، إعادة صرف المخصصات الجامعية المتوقفة منذ عام 2014.
ونقلت وسائل إعلام كردية رصدها "كلمة الإخباري" أن "مجلس وزراء إقليم كردستان قرر إعادة المخصصات الجامعية المتوقفة منذ 2014 في رابع ايام الاحتجاجات".
وقرر مجلس الوزراء في الإقليم أيضاً "رصد ميزانية لمعالجة مشكلات الأقسام الداخلية ومساندة الطلبة الفقراء".
وأفاد مصدر في وزارة التعليم العالي بالإقليم بأن "الوزارة تحتاج إلى 70 مليار دينار (46 مليون دولار) سنوياً لتغطية مخصصات أكثر من 135 ألف طالب في أنحاء إقليم كردستان".
وتجدر الإشارة إلى أن المخصصات الجامعية تبلغ 60 ألف دينار لطلبة المدن و100 ألف لطلبة الأقسام الداخلية، وقد أوقفتها الحكومة في عام 2014 إثر انهيار أسعار النفط وبالتزامن مع المعارك ضد تنظيم "داعش".
وشهدت الاحتجاجات في السليمانية، صباح اليوم، إصابات جديدة بعد تفريق الطلاب بقنابل الغاز أمام جامعة السليمانية.
""", [
    ev("grants-restored", "أقر مجلس وزراء إقليم كردستان العراق، الأربعاء، إعادة صرف المخصصات الجامعية", WED, "'الأربعاء' = Wed 24 Nov 2021"),
    ev("student-protests", "في رابع ايام الاحتجاجات", PROTESTS[0], "'رابع ايام الاحتجاجات' = Wed 24 Nov 2021, so the protests began on Sun 21 Nov (my span 21 - 24 Nov)", end=PROTESTS[1]),
    ev("dorm-budget", "رصد ميزانية لمعالجة مشكلات الأقسام الداخلية", WED, "no own expression; decided at the same cabinet session of Wed 24 Nov 2021 (kurdpress: Dolamari's post of Wed 3 Azar = 24 Nov)"),
    ev("grants-cut", "وقد أوقفتها الحكومة في عام 2014", CUT, "'في عام 2014' = the cut by cabinet letter no. 1018 of 11 Feb 2014 (the year only in this text)"),
    ev("wednesday-dispersal", "إصابات جديدة بعد تفريق الطلاب بقنابل الغاز", WED, "'صباح اليوم' = the morning of Wed 24 Nov 2021"),
])

# ---------------------------------------------------------------- morocco-medical-students-exam-boycott-2019
S = "morocco-medical-students-exam-boycott-2019"
BOYCOTT = "2019-06-10"                     # the spring-session exams began, and were boycotted, on Mon 10 Jun 2019
STATEMENT = "2019-06-13"                   # Khalfi read the government's statement after the council of Thu 13 Jun 2019
art(S, "https://jadid24.com/2019/06/%D9%86%D8%AC%D8%A7%D8%AD-%D9%85%D9%82%D8%A7%D8%B7%D8%B9%D8%A9-%D8%A7%D9%84%D8%A5%D9%85%D8%AA%D8%AD%D8%A7%D9%86%D8%A7%D8%AA-%D9%85%D9%86-%D8%B7%D8%B1%D9%81-%D8%B7%D9%84%D8%A8%D8%A9-%D8%A7%D9%84%D8%B7/",
    "2019-06-10", "the URL's '/2019/06/' and the body's 'صباح اليوم الإثنين 10 يونيو الجاري' (10 Jun 2019 was a Monday); the section tag, site name and comment form dropped; headline kept from the page", True, """
نجاح مقاطعة الإمتحانات من طرف طلبة الطب بالرباط
كما أُعلن عنه سلفاً، امتنع طلبة الطب والصيدلة وطب الأسنان عن اجتياز الامتحانات التي كانت مبرمجة صباح اليوم الإثنين 10 يونيو الجاري، إذ لم يتقدم إليها إلا عدد من الطلبة الأجانب والطلبة العسكريين.
وكانت التنسيقية الوطنية لطلبة الطب والصيدلة وطب الأسنان قد أعلنت سلفاً مقاطعة امتحانات نهاية السنة الجامعية، في خطوة تصعيدية ضد ما وصفته بـ"تعنت وزارتي الصحة والتعليم العالي ورفضهما الإصغاء للمطالب العادلة والمشروعة لطلبة الطب".
وتجدر الإشارة إلى أن عدداً من الآباء والأمهات نظموا وقفة احتجاجية أمام كلية الطب والصيدلة بالرباط، تزامناً مع إجراء الامتحانات، تعبيراً عن تضامنهم مع رفض أبنائهم اجتياز امتحانات نهاية السنة.
""", [
    ev("exam-boycott", "امتنع طلبة الطب والصيدلة وطب الأسنان عن اجتياز الامتحانات", BOYCOTT, "'صباح اليوم الإثنين 10 يونيو الجاري' = Mon 10 Jun 2019"),
    ev("boycott-announced", "قد أعلنت سلفاً مقاطعة امتحانات نهاية السنة الجامعية", "2019-05-15", "'سلفاً': the coordination decided the boycott by the vote of 15 May 2019 (goud) and announced it before the exams of 10 Jun (my span 15 May - 9 Jun)", end=BOYCOTT),
    ev("parents-stand", "نظموا وقفة احتجاجية أمام كلية الطب والصيدلة بالرباط", BOYCOTT, "no own expression; 'تزامناً مع إجراء الامتحانات' on Mon 10 Jun 2019"),
])
art(S, "https://telemaroc.tv/jt/11850",
    "2019-06-13", "no date on the stored page; the body's 'اليوم الخميس' for Khalfi's statement after the weekly council of government, and 'بداية الأسبوع الجاري' for the boycott that began on Mon 10 Jun 2019 (jadid24), give Thu 13 Jun 2019 (13 Jun 2019 was a Thursday; the exams ran to 19 Jun, cap24); the byline 'مع مراد كراخي' dropped; headline kept from the page; the last, truncated quotation closed; no date of its own in the text", False, """
الخلفي يهدد طلبة الطب بالرسوب والطرد ويتهم "العدل والإحسان" بممارسة التحريض
هددت الحكومة طلبة الطب بعد مقاطعتهم الامتحانات بداية الأسبوع الجاري، ولوّحت بإلزام المقاطعين بإعادة السنة الجامعية أو بفصل من استنفدوا منهم سنوات التكرار المسموح بها.
وقال مصطفى الخلفي، الناطق الرسمي باسم الحكومة، في بلاغ تلاه اليوم الخميس في ندوة صحفية أعقبت المجلس الحكومي، إن الحكومة "حريصة على التطبيق الكامل للمقتضيات القانونية الجاري بها العمل في مثل هذه الحالة، بما في ذلك إعادة السنة الجامعية أو الفصل بالنسبة للطلبة الذين استنفدوا سنوات التكرار المسموح بها"، مؤكداً أنه "لن تكون هناك سنة بيضاء".
ولم تقف الحكومة عند هذا الحد، بل توعدت باتخاذ كل الإجراءات المعمول بها "ضد كل من يسعى إلى عرقلة السير العادي لهذه الامتحانات".
واتهم البلاغ الحكومي جماعة العدل والإحسان بتحريض طلبة الطب على الاحتجاج ومقاطعة الامتحانات، إذ ورد فيه: "تؤكد الحكومة أن هناك جهات أخرى، وبالضبط جماعة العدل والإحسان، استغلت الوضعية لتحريض الطلبة من أجل تحقيق أهداف لا تخدم مصالحهم".
وأضافت الحكومة في البلاغ نفسه أنها "واكبت كل مبادرات الوساطة وتثمن كل المساعي الحميدة الرامية إلى إيجاد الحلول الكفيلة بتجاوز هذه الوضعية".
""", [
    ev("exam-boycott", "بعد مقاطعتهم الامتحانات بداية الأسبوع الجاري", BOYCOTT, "'بداية الأسبوع الجاري' from Thu 13 Jun 2019 = the boycott that began on Mon 10 Jun"),
    ev("government-statement", "في بلاغ تلاه اليوم الخميس", STATEMENT, "'اليوم الخميس' = Thu 13 Jun 2019"),
    ev("government-council", "في ندوة صحفية أعقبت المجلس الحكومي", STATEMENT, "no own expression; the weekly council of government of Thu 13 Jun 2019, followed by the press briefing"),
    ev("adl-accused", "واتهم البلاغ الحكومي جماعة العدل والإحسان", STATEMENT, "no own expression; in the statement read on Thu 13 Jun 2019"),
])
art(S, "https://maghress.com/cap24/88784",
    "2019-06-13", "no date on the stored page (a Cap24 report carried by maghress); the body's 'قبل قليل' for Khalfi's statement at the weekly press briefing after the council of government of Thu 13 Jun 2019 (telemaroc: 'تلاه اليوم الخميس'), while the exams were still to run until 19 Jun ('لن تتضح إلا بعد انقضاء مدة الامتحانات يوم 19 من يونيو/حزيران الجاري'), gives Thu 13 Jun 2019; headline written from the body (the stored text has none); the last, truncated quotation dropped; no date of its own in the text", False, """
الخلفي: لا سنة بيضاء في كليات الطب والعدل والإحسان تستغل الوضع
تلا مصطفى الخلفي قبل قليل، خلال الندوة الصحفية الأسبوعية التي تعقب أشغال المجلس الحكومي بالرباط، بلاغاً حكومياً استثنائياً خاصاً بما تم تداوله حول تعليق الامتحانات في كليات الطب، نفى فيه الحديث عن سنة بيضاء، مؤكداً أن الأوضاع عادية جداً.
وأشار البلاغ إلى أن جماعة العدل والإحسان تستغل الوضع وتسعى إلى تعكير الأجواء بهدف عرقلة إجراء الامتحانات، وأضاف المتحدث نفسه أن الحكومة ستتخذ ما يلزم من إجراءات للتصدي لمسعى الجماعة.
وشدد الخلفي كذلك على أن الحكومة اتخذت عدداً من التدابير الآنية التي ستسهم في إنجاح الموسم الدراسي وتوفير أجواء طبيعية لإجراء الامتحانات.
وتجدر الإشارة إلى أن كليات الطب والصيدلة موزعة على ست مدن كبرى هي الرباط والدار البيضاء ومراكش وفاس ووجدة وأكادير وطنجة.
وكان مسؤولون في "التنسيقية الوطنية لطلبة الطب بالمغرب" قد أكدوا في وقت سابق للجزيرة نت نجاح خطوة مقاطعة الامتحانات بنسبة 100% في كل الكليات، فيما أوضح محمد الطاهري، مدير التعليم العالي بوزارة التربية والتعليم العالي، أن الصورة لن تتضح إلا بعد انقضاء مدة الامتحانات يوم 19 من يونيو/حزيران الجاري.
واستبعد الطاهري أيضاً فرضية اللجوء إلى إلغاء السنة الدراسية (سنة بيضاء)، بما أن الطلبة الأجانب وطلبة الطب العسكريين اجتازوا الامتحانات.
""", [
    ev("government-statement", "بلاغاً حكومياً استثنائياً", STATEMENT, "'قبل قليل' = the day of writing, Thu 13 Jun 2019 (telemaroc 'اليوم الخميس')"),
    ev("government-council", "الندوة الصحفية الأسبوعية التي تعقب أشغال المجلس الحكومي", STATEMENT, "no own expression; the weekly council of government of Thu 13 Jun 2019"),
    ev("adl-accused", "أن جماعة العدل والإحسان تستغل الوضع", STATEMENT, "no own expression; in the statement read on Thu 13 Jun 2019"),
    ev("exam-boycott", "نجاح خطوة مقاطعة الامتحانات بنسبة 100%", BOYCOTT, "no own expression ('في وقت سابق' dates the officials' words, not the boycott); the boycott of the exams that began on Mon 10 Jun 2019 (jadid24)"),
    ev("exams-end", "انقضاء مدة الامتحانات يوم 19 من يونيو/حزيران الجاري", "2019-06-19", "'يوم 19 من يونيو/حزيران الجاري' = Wed 19 Jun 2019"),
])

# ---------------------------------------------------------------- jordan-university-of-jordan-brawl-expulsions-2025
S = "jordan-university-of-jordan-brawl-expulsions-2025"
BRAWL = "2025-10-16"                       # the brawl on the University of Jordan campus, Thu 16 Oct 2025 (afternoon)
EXPEL = "2025-10-20"                       # the university's statement expelling 21 students, Mon 20 Oct 2025
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA-%D8%AA%D8%B5%D9%84-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D9%81%D8%B5%D9%84-%D8%A7%D9%84%D9%86%D9%87%D8%A7%D8%A6%D9%8A-%D8%A8%D8%A7%D9%86%D8%AA%D8%B8%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D9%8A%D9%86-%D9%81%D9%8A-%D9%85%D8%B4%D8%A7%D8%AC%D8%B1%D8%A9-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9_750243",
    "2025-10-17", "the page stamp '2025-10-17 12:07 ص' (just after midnight on Fri 17 Oct 2025; the body's 'الخميس' and 'مساء الخميس' for the brawl and the statement of Thu 16 Oct agree); the stamp and the site prefix 'الوكيل الإخباري-' not kept; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
عقوبات تصل إلى الفصل النهائي بانتظار المشاركين في مشاجرة الأردنية
أفاد نائب رئيس الجامعة الأردنية لشؤون الكليات العلمية، أشرف أبو كركي، بأن المشاجرة التي وقعت داخل الحرم الجامعي الخميس نشبت في البداية بين طالبين، ثم اتسعت لاحقاً لتشمل عدداً من أصدقائهما.
وبيّن أبو كركي مساء الخميس أن الجامعة شرعت في جمع المعلومات والتحقق من أسباب المشاجرة ومن المشاركين فيها.
وأوضح أن كاميرات المراقبة تغطي الحرم الجامعي بشكل شبه كامل، وهو ما يسمح بتحديد هويات جميع المتورطين في المشاجرة بدقة.
وأكد أن الجامعة ستتعامل مع المشاجرة بصرامة وفق الأنظمة والتعليمات النافذة، لافتاً إلى أن العقوبات قد تبلغ حد الفصل النهائي من الجامعة، ومضيفاً أن لجاناً في عمادة شؤون الطلبة ستعمل وفق تعليماتها وأنظمتها وتؤدي مهامها حسب الأصول إلى أن يُتخذ القرار الذي يراعي مصلحة الطالب أولاً.
وأشار إلى أن الطالب المفصول فصلاً نهائياً لا يستطيع الالتحاق بأي جامعة رسمية أخرى في الأردن.
وشدد أبو كركي على أن الأمن الجامعي تعامل باحترافية عالية مع المشاجرة حفاظاً على سلامة الطلبة وحماية الحرم الجامعي، منبهاً إلى أن ظاهرة العنف الجامعي معقدة ومتعددة الأسباب ويصعب حصر دوافعها بدقة.
""", [
    ev("brawl", "المشاجرة التي وقعت داخل الحرم الجامعي الخميس", BRAWL, "'الخميس' = Thu 16 Oct 2025"),
    ev("abu-karaki-statement", "وبيّن أبو كركي مساء الخميس", BRAWL, "'مساء الخميس' = the evening of Thu 16 Oct 2025"),
    ev("investigation-start", "أن الجامعة شرعت في جمع المعلومات", BRAWL, "no own expression; the university's inquiry began on the evening of Thu 16 Oct 2025 (alrai: 'التي بدأت منذ مساء يوم الخميس الماضي')"),
])
art(S, "https://jodaily.com/%d8%aa%d9%88%d9%82%d9%8a%d9%81-50-%d8%b4%d8%ae%d8%b5%d9%8b%d8%a7-%d8%b9%d9%84%d9%89-%d8%ae%d9%84%d9%81%d9%8a%d8%a9-%d9%85%d8%b4%d8%a7%d8%ac%d8%b1%d8%a9-%d8%a7%d9%84%d8%ac%d8%a7%d9%85%d8%b9%d8%a9",
    "2025-10-17", "no date on the stored page; the body's 'اليوم الجمعة' for the prosecutor's detention order, which watananews (page date 2025-10-17) and klyoum ('نشر بتاريخ: ١٧ تشرين الأول ٢٠٢٥') report with the same day, gives Fri 17 Oct 2025 (17 Oct 2025 was a Friday); the list of charges joined into one sentence; headline rendered from the URL slug; no date of its own in the text", False, """
توقيف 50 شخصًا على خلفية مشاجرة الجامعة
أصدر مدعي عام شمال عمّان، اليوم الجمعة، قراراً بتوقيف 50 شخصاً، بينهم طلبة وآخرون من غير الطلبة، لمدة أسبوع على ذمّة التحقيق في المشاجرة الواسعة التي اندلعت داخل حرم الجامعة الأردنية، وخلّفت 7 إصابات وانتهت بإلقاء القبض على عدد من المشاركين فيها.
ووفق معلومات متطابقة، بدأت الحادثة بتراشق بالشتائم بين مجموعة من الطلبة، ثم تصاعدت بسرعة إلى عراك بالأيدي واستخدام أدوات حادة. وتولى الأمن الجامعي فض الاشتباك داخل الحرم، بينما انتشرت قوات الأمن العام حول الجامعة لضبط الموقف، وأوقفت عدداً من المتورطين أثناء محاولتهم المغادرة أو مواصلتهم الشجار خارج الأسوار.
وكان الناطق الإعلامي باسم مديرية الأمن العام قد أكد سابقاً تلقي بلاغ عن المشاجرة، مبيناً أن المصابين نُقلوا إلى المستشفى وأن حالاتهم وُصفت بالجيدة، إلى جانب تنفيذ عمليات ضبط فورية للمشاركين.
وتشمل التهم المسندة إلى الموقوفين: القيام بأعمال شغب نجمت عنها أضرار، وإلحاق الضرر بممتلكات الغير (مال الجامعة)، وحمل أدوات حادة، والتجمهر غير المشروع، والإيذاء.
ويُنتظر أن تستكمل النيابة العامة تحقيقاتها تمهيداً لاتخاذ الإجراءات القانونية اللازمة بحق المتهمين، بالتنسيق مع الجهات الأمنية وإدارة الجامعة، لمنع تكرار مثل هذه الحوادث داخل الحرم الجامعي وفي محيطه.
""", [
    ev("detention-order", "قراراً بتوقيف 50 شخصاً", "2025-10-17", "'اليوم الجمعة' = Fri 17 Oct 2025"),
    ev("detention-week", "لمدة أسبوع على ذمّة التحقيق", "2025-10-17", "'لمدة أسبوع' from Fri 17 Oct 2025 = 17 - 23 Oct", end="2025-10-24"),
    ev("brawl", "المشاجرة الواسعة التي اندلعت داخل حرم الجامعة الأردنية", BRAWL, "no own expression; the brawl of Thu 16 Oct 2025 (alwakeelnews 'الخميس'; almujaz: the report came in 'عصر الخميس')"),
    ev("arrests-on-site", "وأوقفت عدداً من المتورطين", BRAWL, "no own expression; the arrests made during the brawl of Thu 16 Oct 2025 ('في حينه' in other reports)"),
    ev("psd-statement", "قد أكد سابقاً تلقي بلاغ عن المشاجرة", BRAWL, "'سابقاً'; the Public Security spokesman's statement of Thu 16 Oct 2025 (almujaz of Fri 17: 'اشار امس')"),
])
art(S, "https://alrai.com/article/10925222/%D9%85%D8%AD%D9%84%D9%8A%D8%A7%D8%AA/%D8%A7%D9%84%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9-%D8%AA%D9%82%D8%B1%D8%B1-%D9%81%D8%B5%D9%84-21-%D8%B7%D8%A7%D9%84%D8%A8%D8%A7-%D9%81%D8%B5%D9%84%D8%A7-%D9%86%D9%87%D8%A7%D8%A6%D9%8A%D8%A7-%D8%B9%D9%84%D9%89-%D8%AE%D9%84%D9%81%D9%8A%D8%A9-%D8%A7%D9%84%D8%A3%D8%AD%D8%AF%D8%A7%D8%AB-%D8%A7%D9%84%D8%A3%D8%AE%D9%8A%D8%B1%D8%A9",
    "2025-10-20", "the page line 'تاريخ النشر : الاثنين 07:25 20-10-2025' (20 Oct 2025 was a Monday); the publication line not kept; headline kept from the page; the last, truncated sentence shortened", True, """
الجامعة الأردنية تقرر فصل 21 طالبا فصلا نهائيا على خلفية الأحداث الأخيرة
أعلنت الجامعة الأردنية فصل 21 طالباً فصلاً نهائياً استناداً إلى نظام تأديب الطلبة، بعدما ثبت تورطهم في الأحداث التي شهدها الحرم الجامعي مؤخراً، والتي أخلّت بالنظام العام وعطلت سير العملية التعليمية وألحقت الضرر ببعض المنشآت.
ويأتي القرار بعد أن استكملت اللجان المختصة والمجلس التأديبي التحقيقات معهم، وهي تحقيقات انطلقت منذ مساء يوم الخميس الماضي، وتضمنت مراجعة الأدلة والاستماع إلى الشهود والعودة إلى تسجيلات كاميرات المراقبة، التي أثبتت كلها ضلوع الطلبة المفصولين في هذه الأحداث.
وشددت إدارة الجامعة على أن التحقيق ما زال جارياً مع طلبة آخرين يُشتبه في مشاركتهم في هذه الأحداث.
وبيّنت الجامعة أن هذا الإجراء يندرج في إطار حرصها على توفير بيئة تعليمية آمنة ومنضبطة لطلبتها، مؤكدة التزامها التام بصون النظام العام داخل الحرم الجامعي.
وأضافت أن الجامعة الأردنية ماضية في نهجها ورسالتها الراسخة القائمة على التميز الأكاديمي والبحث العلمي وخدمة المجتمع، ساعية إلى إعداد جيل قادر على مواجهة تحديات المستقبل.
""", [
    ev("expulsion", "أعلنت الجامعة الأردنية فصل 21 طالباً فصلاً نهائياً", EXPEL, "no own expression; the statement of Mon 20 Oct 2025, the day of this report (alaraby: 'في بيان أصدرته أوّل من أمس الاثنين')"),
    ev("brawl", "الأحداث التي شهدها الحرم الجامعي مؤخراً", BRAWL, "'مؤخراً'; the brawl of Thu 16 Oct 2025"),
    ev("investigation-start", "تحقيقات انطلقت منذ مساء يوم الخميس الماضي", BRAWL, "'منذ مساء يوم الخميس الماضي' from Mon 20 Oct 2025 = the evening of Thu 16 Oct"),
])
art(S, "https://www.alaraby.co.uk/society/%D9%82%D8%B1%D8%A7%D8%B1-%D9%82%D8%B6%D8%A7%D8%A6%D9%8A-%D9%8A%D8%AD%D8%B8%D8%B1-%D8%A7%D9%84%D9%86%D8%B4%D8%B1-%D9%81%D9%8A-%D9%82%D8%B6%D9%8A%D8%A9-%D9%85%D8%B4%D8%A7%D8%AC%D8%B1%D8%A9-%D8%A7%D9%84%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9",
    "2025-10-22", "the page metadata 'date 2025-10-22' (22 Oct 2025 was a Wednesday; the body's 'اليوم الأربعاء' and 'أوّل من أمس الاثنين' agree); stored here without its date (states_date false) so that the day must be inferred; headline rendered from the URL slug; the last, truncated sentence dropped", False, """
قرار قضائي يحظر النشر في قضية مشاجرة الجامعة الأردنية
أصدر نائب عام عمّان القاضي حسن العبداللات، اليوم الأربعاء، قراراً يقضي بحظر النشر في قضية المشاجرة التي شهدتها "الجامعة الأردنية" يوم الخميس الماضي. وذكر العبداللات في كتاب رسمي أن الحظر يهدف إلى "الحفاظ على مصلحة التحقيق وسرية الإجراءات وحسن سير العدالة". وبيّن أن حظر النشر يسري على وسائل الإعلام ومنصات التواصل الاجتماعي كافة، سواء تعلق الأمر بالتحقيق الابتدائي لدى النيابة العامة أو بالتحقيق أمام اللجان الداخلية في "الجامعة الأردنية"، إلى حين انتهاء التحقيقات في قضية المشاجرة.
وكانت "الجامعة الأردنية" قد ذكرت، في بيان أصدرته أوّل من أمس الاثنين، أنها قررت فصل 21 طالباً "فصلاً نهائياً" استناداً إلى نظام تأديب الطلبة، بعد ثبوت تورطهم في الأحداث التي عرفها الحرم الجامعي أخيراً، والتي أخلّت بالنظام العام وعطلت سير العملية التعليمية وألحقت الضرر ببعض المنشآت.
وأوضحت الجامعة في بيانها أن القرار جاء عقب استكمال اللجان المختصة والمجلس التأديبي التحقيقات مع الطلاب المتورطين، علماً بأن هذه التحقيقات كانت قد انطلقت مساء يوم الخميس الماضي.
""", [
    ev("publication-ban", "قراراً يقضي بحظر النشر", "2025-10-22", "'اليوم الأربعاء' = Wed 22 Oct 2025"),
    ev("brawl", "المشاجرة التي شهدتها \"الجامعة الأردنية\" يوم الخميس الماضي", BRAWL, "'يوم الخميس الماضي' from Wed 22 Oct 2025 = Thu 16 Oct"),
    ev("expulsion", "في بيان أصدرته أوّل من أمس الاثنين", EXPEL, "'أوّل من أمس الاثنين' from Wed 22 Oct 2025 = Mon 20 Oct"),
    ev("investigation-start", "كانت قد انطلقت مساء يوم الخميس الماضي", BRAWL, "'مساء يوم الخميس الماضي' from Wed 22 Oct 2025 = the evening of Thu 16 Oct"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 463
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
