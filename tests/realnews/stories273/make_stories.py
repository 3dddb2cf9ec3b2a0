"""Builds stories.jsonl: the 273-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: scholarships, study abroad and student missions: the
suspension of the USAID scholarships of 1077 Egyptian students and the universities' pledge to pay for them
(2025), the denied report that Saudi Arabia would send 2000 scholarship students to Egypt (2017), Algeria's
evacuation of its students (and Tunisian, Libyan and Mauritanian students) from Wuhan (2020), and the special
flights that brought Moroccan (and Mauritanian) students home from Ukraine after the Russian invasion (2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-usaid-scholarships-suspension-2025
S = "egypt-usaid-scholarships-suspension-2025"
FREEZE = ("2025-01-20", "2025-01-25")    # Trump's 90-day foreign-aid pause (order of Mon 20 Jan 2025, USAID stop-work orders of Fri 24 Jan)
NOTIFIED = ("2025-01-25", "2025-01-27")  # the scholarship students told of the suspension (Sat 25 - Sun 26 Jan 2025)
OUTCRY = ("2025-01-26", "2025-02-02")    # the students' accounts and the row on social media (from Sun 26 Jan to the days after)
art(S, "https://el-yomnews.com/archives/1208521",
    "2025-01-28", "no stamp in the stored text: the body's 'مساء اليوم الثلاثاء' for the emergency meeting of the Supreme Council of Universities, which the other reports date to Tue 28 Jan 2025 (wnairaq 'يوم الثلاثاء' on 29 Jan; arabkhabar/CNN of 29 Jan); the kicker 'أخبار' dropped; the last sentence cut where the stored text breaks off ('مجموعة من القرارات ل...'); no date of its own in the text", False, """
المجلس الأعلى للجامعات يبحث في اجتماع طارئ أزمة تعليق منح الوكالة الأمريكية
عقد المجلس الأعلى للجامعات، مساء اليوم الثلاثاء، اجتماعًا طارئًا عبر الإنترنت برئاسة الدكتور أيمن عاشور، وزير التعليم العالي والبحث العلمي.
وشارك في الاجتماع أمين المجلس الدكتور مصطفى رفعت وأعضاء المجلس، ومعهم الدكتور إيهاب عبد الرحمن وكيل الشؤون الأكاديمية في الجامعة الأمريكية بالقاهرة.
وبحث المجتمعون ما ترتب على قرار وقف كل برامج الوكالة الأمريكية للتنمية الدولية حول العالم لمدة 90 يومًا، وأثره في الطلاب الذين يدرسون في الجامعات المصرية بمنح من الوكالة.
وتناول النقاش أوضاع 1077 طالبًا في مرحلة البكالوريوس، يتوزعون بين الجامعات الحكومية والخاصة والأهلية (877 طالبًا) والجامعة الأمريكية بالقاهرة (200 طالب).
وأكد الوزير حرص الوزارة على مساندة المستفيدين من هذه المنح وضمان مواصلة مسيرتهم الدراسية، مشددًا على التعاون الوثيق بين الوزارة والجامعات لبلوغ هذا الهدف.
وأعلن المتحدث الرسمي باسم الوزارة الدكتور عادل عبد الغفار أن الاجتماع انتهى إلى حزمة من القرارات.
""", [
    ev("scu-meeting", "عقد المجلس الأعلى للجامعات، مساء اليوم الثلاثاء، اجتماعًا طارئًا", "2025-01-28", "'مساء اليوم الثلاثاء' = the evening of Tue 28 Jan 2025 (the publication day)"),
    ev("aid-freeze", "قرار وقف كل برامج الوكالة الأمريكية للتنمية الدولية", FREEZE[0], "no own expression; Trump's 90-day pause of foreign aid, ordered on Mon 20 Jan 2025 and applied to USAID's programmes by the stop-work orders of Fri 24 Jan (outside knowledge): my span 20-24 Jan", end=FREEZE[1]),
    ev("minister-pledge", "وأكد الوزير حرص الوزارة على مساندة المستفيدين", "2025-01-28", "no own expression; said at the meeting of Tue 28 Jan 2025"),
    ev("scu-decisions", "أن الاجتماع انتهى إلى حزمة من القرارات", "2025-01-28", "no own expression; the decisions of the meeting of Tue 28 Jan 2025 (the universities pay for the students)"),
])
art(S, "https://arabkhabar.com/a/4092373",
    "2025-01-29", "page line 'تاريخ النشر: 29th, January 2025 GMT' (kept as second line, under the headline; 29 Jan 2025 was a Wednesday); a CNN Arabic report mirrored by arabkhabar; the last sentence cut where the stored text breaks off ('والمصروفات ا...')", True, """
مصر تتكفل بمصروفات 1077 طالبًا بعد تعليق إدارة ترامب للمنح الدراسية
تاريخ النشر: 29th, January 2025 GMT
دبي، الإمارات العربية المتحدة (CNN)-- قررت الحكومة المصرية أن تتحمل نفقات الدراسة لـ1077 طالبًا مصريًا من المستفيدين من منح الوكالة الأمريكية للتنمية الدولية (US AID)، إثر قرار إدارة الرئيس الأمريكي دونالد ترامب تجميد المساعدات الخارجية لبلاده 90 يومًا ريثما تُقيَّم، على أن تتكفل الجامعات الحكومية بمصروفات الطلاب حتى انتهاء الفصل الدراسي الثاني.
وتعمل الوكالة في مصر منذ أكثر من 40 عامًا، قدمت خلالها مساعدات يبلغ مجموعها 30 مليار دولار بحسب موقعها الرسمي، في مجالات عدة أبرزها الصحة والحوكمة والاقتصاد والتعليم.
وفي مجال التعليم توفر الوكالة منحًا دراسية مجانية تتيح للطلاب المصريين الدراسة في 13 جامعة مصرية حكومية وغير حكومية.
وقد منحت الوكالة نحو 145 منحة ضمن برنامج المنح الجامعية و227 منحة ضمن برنامج رواد وعلماء مصر، في العام الماضي.
وإثر قرار إدارة ترامب وصلت إلى الطلاب المستفيدين رسائل بالبريد الإلكتروني تبلغهم بوقف استفادتهم من المنح.
ثم عقد المجلس الأعلى للجامعات اجتماعًا طارئًا قرر فيه أن تلتزم الجامعات بكل المخصصات والمصروفات.
""", [
    ev("scu-decisions", "قررت الحكومة المصرية أن تتحمل نفقات الدراسة", "2025-01-28", "no own expression; the decision taken at the Supreme Council of Universities' meeting of Tue 28 Jan 2025 (the el-yomnews report of that day)"),
    ev("aid-freeze", "قرار إدارة الرئيس الأمريكي دونالد ترامب تجميد المساعدات الخارجية", FREEZE[0], "no own expression; Trump's 90-day pause of foreign aid, ordered on Mon 20 Jan 2025 and applied to USAID by the stop-work orders of Fri 24 Jan (outside knowledge): my span 20-24 Jan", end=FREEZE[1]),
    ev("grants-2024", "و227 منحة ضمن برنامج رواد وعلماء مصر، في العام الماضي", "2024-01-01", "'في العام الماضي' from 29 Jan 2025 = the year 2024", end="2025-01-01"),
    ev("students-notified", "وصلت إلى الطلاب المستفيدين رسائل بالبريد الإلكتروني", NOTIFIED[0], "no own expression; the students were told on Sat 25 Jan 2025 (annahar: 'السبت') and the AUC preparatory students on Sun 26 Jan (Al-Fanar): my span 25-26 Jan", end=NOTIFIED[1]),
    ev("scu-meeting", "ثم عقد المجلس الأعلى للجامعات اجتماعًا طارئًا", "2025-01-28", "no own expression; the emergency meeting of Tue 28 Jan 2025 (el-yomnews 'مساء اليوم الثلاثاء')"),
])
art(S, "https://wnairaq.com/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/%D8%A8%D8%B9%D8%AF-%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%A7%D9%84%D8%AA%D9%85%D9%88%D9%8A%D9%84-%D9%85%D8%B5%D8%B1-%D8%AA%D8%AD%D8%B3%D9%85-%D9%85%D8%B5%D9%8A%D8%B1-1077-%D8%B7%D8%A7%D9%84%D8%A8%D8%A7-%D8%A8%D9%85%D9%86%D8%AD-%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A%D8%A9",
    "2025-01-29", "page stamp '29 Jan' at the head of the stored page (not kept in the text; the year is that of the meeting), with the body's 'يوم الثلاثاء' for the meeting of Tue 28 Jan 2025; headline rendered from the URL slug; the last clause cut where the stored text breaks off ('تعهدت بتحمل نف...'); no date of its own in the text", False, """
بعد تعليق التمويل.. مصر تحسم مصير 1077 طالبا بمنح أمريكية
حسمت وزارة التعليم العالي المصرية وضع الطلبة الذين التحقوا بالجامعات بمنح من الوكالة الأمريكية للتنمية، بعد أن عُلّق تمويل برامجها.
وكان المجلس الأعلى للجامعات في مصر قد اجتمع اجتماعًا طارئًا، يوم الثلاثاء، برئاسة وزير التعليم العالي والبحث العلمي الدكتور أيمن عاشور، للبحث عن حل لمشكلة هؤلاء الطلبة بعد وقف تمويل الوكالة لمدة 90 يومًا.
ويبلغ عدد طلبة البكالوريوس المستفيدين من منح الوكالة 1077 طالبًا، منهم 877 في الجامعات المصرية الحكومية والخاصة والأهلية و200 في الجامعة الأمريكية بالقاهرة.
وأكد عاشور أن كل جامعة ستفي بجميع المخصصات والمصروفات الدراسية التي كانت الوكالة تخصصها لطلبة المنح حتى انتهاء الفصل الدراسي الثاني، متعهدًا بمساندة الطلبة في مواجهة أي صعوبات مقبلة.
وكان جدل قد ثار على منصات التواصل الاجتماعي بشأن اتجاه إدارة الجامعة الأمريكية بالقاهرة إلى إخراج طلبة المنح من مساكنهم لمدة 90 يومًا بعد قرار واشنطن.
غير أن المتحدث الرسمي باسم الوزارة الدكتور عادل عبدالغفار أكد أن ما أُثير ليس سوى شائعات.
""", [
    ev("aid-freeze", "بعد أن عُلّق تمويل برامجها", FREEZE[0], "no own expression; Trump's 90-day pause of foreign aid, ordered on Mon 20 Jan 2025 and applied to USAID by the stop-work orders of Fri 24 Jan (outside knowledge): my span 20-24 Jan", end=FREEZE[1]),
    ev("scu-meeting", "قد اجتمع اجتماعًا طارئًا، يوم الثلاثاء", "2025-01-28", "'يوم الثلاثاء' before the stamp of Wed 29 Jan = Tue 28 Jan 2025"),
    ev("scu-decisions", "وأكد عاشور أن كل جامعة ستفي بجميع المخصصات", "2025-01-28", "no own expression; the outcome of the meeting of Tue 28 Jan 2025"),
    ev("minister-pledge", "متعهدًا بمساندة الطلبة في مواجهة أي صعوبات مقبلة", "2025-01-28", "no own expression; said at the meeting of Tue 28 Jan 2025"),
    ev("eviction-outcry", "وكان جدل قد ثار على منصات التواصل الاجتماعي", OUTCRY[0], "no own expression; the row over the AUC students began with the notices of Sun 26 Jan 2025 and went on in the days after (Al-Fanar of 2 Feb: 'خلال الأيام القليلة الماضية'): my span 26 Jan - 1 Feb", end=OUTCRY[1]),
    ev("spokesman-denial", "أكد أن ما أُثير ليس سوى شائعات", "2025-01-28", "no own expression; the spokesman's denial came with the meeting's outcome on the evening of Tue 28 Jan 2025 and was reported on 29 Jan: my span 28-29 Jan", end="2025-01-30"),
])
art(S, "https://medioq.com/GB/London/567234269968221/Al-Fanar-Media-%D8%A7%D9%84%D9%81%D9%86%D8%A7%D8%B1-%D9%84%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%85",
    "2025-02-02", "date line '02/02/2025' of the Al-Fanar Media post on the stored page (kept as first line; 2 Feb 2025 was a Sunday; the body's 'السادس والعشرين من يناير/كانون الثاني الماضي' agrees); the link to the full report dropped; no headline on the stored post", True, """
02/02/2025
في ظهيرة السادس والعشرين من يناير/كانون الثاني الماضي، وبينما كان طلاب الجامعة الأمريكية بالقاهرة ينعمون بطقس شتوي دافئ، كان زملاء لهم يتلقون صدمة تهدد مستقبلهم الدراسي، بسبب قرار وقّعه الرئيس الأمريكي دونالد ترامب على بعد يزيد على تسعة آلاف كيلومتر من القاهرة.
ففي الواحدة والنصف من ظهر ذلك اليوم، استُدعي أكثر من مائة من طلاب السنة التمهيدية الحاصلين على منح الوكالة الأمريكية للتنمية الدولية USAID إلى إحدى قاعات الجامعة، حيث أُبلغوا بأن دراستهم عُلّقت وبأن عليهم مغادرة الجامعة وإخلاء غرفهم في السكن الجامعي، بحسب روايات طلابية انتشرت على مواقع التواصل الاجتماعي خلال الأيام القليلة الماضية.
وتلقى طلاب آخرون رسالة بالبريد الإلكتروني من فريق منح USAID تخيّرهم بين دفع الرسوم الدراسية كاملة والبحث عن بدائل تعليمية تلائم ظروفهم.
وجاء هذا التحول المفاجئ أثرًا مباشرًا لقرار ترامب، عقب توليه منصبه في 20 يناير الماضي، تعليق برامج المساعدات الخارجية التنموية لمدة 90 يومًا، «إلى حين تقييم مدى كفاءة هذه المساعدات، واتساقها مع سياسته الخارجية».
""", [
    ev("auc-prep-meeting", "ففي الواحدة والنصف من ظهر ذلك اليوم، استُدعي أكثر من مائة", "2025-01-26", "'ظهيرة السادس والعشرين من يناير/كانون الثاني الماضي' and 'في الواحدة والنصف من ظهر ذلك اليوم' = 1.30 p.m. Sun 26 Jan 2025"),
    ev("eviction-outcry", "روايات طلابية انتشرت على مواقع التواصل الاجتماعي خلال الأيام القليلة الماضية", OUTCRY[0], "'خلال الأيام القليلة الماضية' from Sun 2 Feb 2025, from the notices of Sun 26 Jan: my span 26 Jan - 1 Feb", end=OUTCRY[1]),
    ev("students-notified", "وتلقى طلاب آخرون رسالة بالبريد الإلكتروني", NOTIFIED[0], "no own expression; the students were told on Sat 25 Jan 2025 (annahar: 'السبت') and on Sun 26 Jan (this report): my span 25-26 Jan", end=NOTIFIED[1]),
    ev("trump-inauguration", "عقب توليه منصبه في 20 يناير الماضي", "2025-01-20", "'في 20 يناير الماضي' from 2 Feb 2025 = Mon 20 Jan 2025"),
    ev("aid-freeze", "تعليق برامج المساعدات الخارجية التنموية لمدة 90 يومًا", FREEZE[0], "no own expression; the 90-day pause ordered on Mon 20 Jan 2025, right after the inauguration, and applied to USAID by the stop-work orders of Fri 24 Jan (outside knowledge): my span 20-24 Jan", end=FREEZE[1]),
])

# ---------------------------------------------------------------- saudi-students-egypt-scholarships-denial-2017
S = "saudi-students-egypt-scholarships-denial-2017"
HALT = ("2005-01-01", "2006-01-01")        # 'بعد انقطاع ... 12 عاماً' from March 2017: the year 2005
AGREEMENT = ("2017-03-01", "2017-03-08")   # the agreement Mallahi claimed to have reached with the ambassador (undated; before Tue 7 Mar)
art(S, "https://www.tagteyat.com/2017/03/07/144838/re-launch-saudi-students-egypt",
    "2017-03-07", "date in the URL '/2017/03/07/' (7 Mar 2017 was a Tuesday; Anadolu on Wed 8 Mar: the Ahram Gate report of Mallahi's statement came out 'أمس الثلاثاء'); the stored wording looks re-edited by the site (sub-headings, filler phrases), which I dropped; no date of its own in the text", False, """
إعادة ابتعاث الطلاب: السعودية ومصر بعد 12 عاماً
تشكل إعادة ابتعاث الطلاب السعوديين إلى مصر عودة لافتة للتعاون التعليمي بين البلدين بعد توقف دام 12 عاماً، وتفتح الباب أمام السعوديين الراغبين في الدراسة بالجامعات المصرية.
فقد أعلن حسام الملاحي، مساعد وزير التعليم العالي للعلاقات الثقافية والبعثات وشؤون الجامعات في مصر، التوصل إلى اتفاق مع سفير المملكة لدى مصر أحمد عبدالعزيز قطان.
ويقضي الاتفاق بإرسال 2000 طالب سعودي إلى مصر بمنح تعليمية على نفقة الحكومة السعودية، وهو أول ابتعاث رسمي بعد انقطاع دام حوالي 12 عاماً.
وقد وصل إلى مصر حتى الآن 700 طالب سعودي، ويُنتظر أن يبلغ العدد الإجمالي 10 آلاف طالب خلال الفترات القادمة.
ويدرس الطلاب السعوديون في مصر حالياً على نفقتهم الخاصة، وفق ما نقلته صحيفة الأهرام المصرية الحكومية.
""", [
    ev("mallahi-announcement", "فقد أعلن حسام الملاحي", "2017-03-07", "no own expression; the statement published by Ahram Gate on Tue 7 Mar 2017 (Anadolu: 'أمس الثلاثاء'; the URL day)"),
    ev("claimed-agreement", "التوصل إلى اتفاق مع سفير المملكة لدى مصر", AGREEMENT[0], "no own expression; the agreement as Mallahi claimed it, undated, before his statement of Tue 7 Mar 2017: my span 1-7 Mar", end=AGREEMENT[1]),
    ev("halt-12-years", "بعد انقطاع دام حوالي 12 عاماً", HALT[0], "'بعد انقطاع دام حوالي 12 عاماً' from March 2017 = about 2005 (the halt the report claims)", end=HALT[1]),
])
art(S, "https://thenewkhalij.news/article/61409/%D8%A7%D9%84%D8%AA%D8%B9%D9%84%D9%8A%D9%85-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%84%D8%A7-%D8%B5%D8%AD%D8%A9-%D9%84%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%A7%D8%A8%D8%AA%D8%B9%D8%A7%D8%AB-%D8%A5%D9%84%D9%89-%D8%AC%D8%A7%D9%85%D8%B9%D8%A7%D8%AA-%D9%85%D8%B5%D8%B1",
    "2017-03-08", "page date line 'الأربعاء 8 مارس 2017 10:03 ص' (kept as second line, under the headline; 8 Mar 2017 was a Wednesday); the last, truncated sentence cut to its complete clause", True, """
«التعليم» السعودية: لا صحة لإعادة الابتعاث إلى جامعات مصر
الأربعاء 8 مارس 2017 10:03 ص
نفت وزارة التعليم السعودية أن يكون ابتعاث الطلاب السعوديين إلى الجامعات المصرية قد أُعيد.
وقال المتحدث باسم الوزارة «مبارك العصيمي» إن ما يُتداول في هذا الشأن لا أساس له من الصحة.
وأوضح في تغريدة على حسابه الرسمي في «تويتر» أن خبرًا «يتم تداوله عن إعادة فتح برنامج الابتعاث للجامعات المصرية وبعد انقطاع 12 عاما»، مؤكدًا أن «هذا الخبر غير صحيح ولم يتم شيء حول ذلك».
وكان الدكتور حسام الملاحي، مساعد أول وزير التعليم العالي المصري للعلاقات الثقافية والبعثات وشؤون الجامعات، قد صرح بأنه اتُّفق مع السفير السعودي في مصر على إرسال 2000 طالب إلى مصر بمنح تعليمية على نفقة المملكة، وأن 700 طالب أُرسلوا حتى الآن، وأن العدد يُنتظر أن يبلغ 10 آلاف طالب.
وكانت وزارة التعليم العالي السعودية قد قررت العام الماضي إلغاء حصول الطلاب السعوديين على درجتي الماجستير والدكتوراه من مصر، مع السماح لهم بالدراسة هناك في مرحلة البكالوريوس فقط.
وعزا مسؤولون سعوديون هذا القرار إلى تكرار ورود شهادات ماجستير ودكتوراه مزورة.
""", [
    ev("ministry-denial", "نفت وزارة التعليم السعودية أن يكون ابتعاث", "2017-03-08", "no own expression; the spokesman's tweet of Wed 8 Mar 2017 (the date line; arabicpost: 'الأربعاء 8 مارس/آذار')"),
    ev("halt-12-years", "وبعد انقطاع 12 عاما", HALT[0], "'بعد انقطاع 12 عاما' from March 2017 = about 2005 (the halt the rumour claimed)", end=HALT[1]),
    ev("mallahi-announcement", "قد صرح بأنه اتُّفق مع السفير السعودي في مصر", "2017-03-07", "no own expression; Mallahi's statement to Ahram Gate of Tue 7 Mar 2017 (Anadolu: 'أمس الثلاثاء')"),
    ev("postgrad-ban", "قد قررت العام الماضي إلغاء حصول الطلاب السعوديين", "2016-01-01", "'العام الماضي' from 8 Mar 2017 = the year 2016", end="2017-01-01"),
])
art(S, "https://stage.arabicpost.net/archive/2017/03/08/%d8%a7%d9%84%d8%b1%d9%8a%d8%a7%d8%b6-%d8%aa%d9%86%d9%87%d9%8a-%d8%ac%d8%af%d9%84-%d8%a8%d8%b1%d9%86%d8%a7%d9%85%d8%ac-%d8%a7%d9%84%d8%a7%d8%a8%d8%aa%d8%b9%d8%a7%d8%ab%d8%a7%d8%aa-%d8%a7%d9%84%d8%ac",
    "2017-03-08", "date in the URL '/2017/03/08/' and the body's own 'الأربعاء 8 مارس/آذار' (8 Mar 2017 was a Wednesday; the year is in the URL and in the embedded tweet's '8 Mart 2017', which I dropped with the other page furniture); headline rendered from the URL slug, which is cut; the quoted tweets of the commenters summed up; the last sentence cut where the stored text breaks off", True, """
الرياض تنهي جدل برنامج الابتعاث إلى مصر
نفت وزارة التعليم السعودية، الأربعاء 8 مارس/آذار، ما تم تداوله أمس، عن فتح برنامج الابتعاث للجامعات المصرية، وهو خبر تفاعل معه السعوديون ورحّب أغلبهم بالقرار.
وكتب المتحدث الرسمي للوزارة مبارك العصيمي في تغريدة على "تويتر": "يتم تداول خبر عن إعادة فتح برنامج الابتعاث للجامعات المصرية بعد انقطاع 12 عاماً، وعليه نؤكد أن هذا الخبر غير صحيح، ولم يتم شيء حول ذلك".
وتباينت تعليقات الناشطين على نفي الوزارة، فقد رحّب بعضهم بالنفي معتبرين أن التعليم السعودي يتفوق على التعليم في مصر.
في المقابل رأى آخرون أن الدراسة في مصر أفضل، مذكّرين بأن أغلب من درّسوهم من قبل جاؤوا من مصر.
ويُذكر أن وزارة التعليم العالي المصرية قد صرّحت أمس بأنه جرى الاتفاق مع المسؤولين في المملكة على إعادة ابتعاث الطلاب.
""", [
    ev("ministry-denial", "نفت وزارة التعليم السعودية، الأربعاء 8 مارس/آذار", "2017-03-08", "'الأربعاء 8 مارس/آذار' = Wed 8 Mar 2017 (the URL day)"),
    ev("halt-12-years", "بعد انقطاع 12 عاماً", HALT[0], "'بعد انقطاع 12 عاماً' from March 2017 = about 2005 (the halt the rumour claimed)", end=HALT[1]),
    ev("social-reactions", "وتباينت تعليقات الناشطين على نفي الوزارة", "2017-03-08", "no own expression; the comments on the denial of Wed 8 Mar 2017"),
    ev("mallahi-announcement", "قد صرّحت أمس بأنه جرى الاتفاق", "2017-03-07", "'أمس' from Wed 8 Mar 2017 = Tue 7 Mar"),
])
art(S, "https://alhramain.com/news/52736",
    "2017-03-08", "no stamp in the stored text: an Anadolu report with 'اليوم الأربعاء' for the embassy's denial and 'وأمس الثلاثاء' for the Ahram Gate report of Tue 7 Mar 2017 (the URL day of the tagteyat item) = Wed 8 Mar 2017; the byline 'القاهرة / محمد محمود / الأناضول' and the last paragraph, on another matter, dropped; no date of its own in the text", False, """
السعودية تنفي الاتفاق على إرسال 2000 طالب إلى مصر بمنح تعليمية
نفت السفارة السعودية في القاهرة، اليوم الأربعاء، صحة ما نشرته وسائل إعلام مصرية عن اتفاق على إرسال 2000 طالب سعودي للدراسة في مصر على نفقة المملكة.
وقالت السفارة في بيان اطلعت عليه الأناضول إنه "لا صحة لما تداولته بعض الصحف الإلكترونية (المصرية)" عن اتصال حسام الملاحي، مساعد وزير التعليم العالي المصري للعلاقات الثقافية والبعثات، بالسفارة واتفاقه معها على إرسال الطلاب على نفقة الحكومة السعودية.
وأكد البيان أن برنامج الابتعاث إلى مصر "لم يتم إيقافه منذ 12 عاماً"، وأن إلحاق الطلبة السعوديين به يجري وفق اللوائح والأنظمة المتبعة في وزارة التعليم بالمملكة، من دون أن يورد تفاصيل.
وأمس الثلاثاء، نقلت بوابة الأهرام الإلكترونية المصرية المملوكة للدولة عن الملاحي أنه اتفق مع السفير السعودي لدى مصر أحمد قطان على إرسال 2000 طالب بمنح تعليمية، وأن 700 طالب أُرسلوا حتى الآن.
وأضاف الملاحي أن عددًا من الدول توقف منذ سنوات عن إرسال المنح التعليمية إلى مصر، وفي مقدمتها السعودية.
""", [
    ev("embassy-denial", "نفت السفارة السعودية في القاهرة، اليوم الأربعاء", "2017-03-08", "'اليوم الأربعاء' = Wed 8 Mar 2017"),
    ev("mallahi-announcement", "وأمس الثلاثاء، نقلت بوابة الأهرام الإلكترونية", "2017-03-07", "'أمس الثلاثاء' from Wed 8 Mar 2017 = Tue 7 Mar"),
    ev("claimed-agreement", "أنه اتفق مع السفير السعودي لدى مصر أحمد قطان", AGREEMENT[0], "no own expression; the agreement as Mallahi claimed it, undated, before his statement of Tue 7 Mar 2017: my span 1-7 Mar", end=AGREEMENT[1]),
])

# ---------------------------------------------------------------- algeria-wuhan-students-evacuation-2020
S = "algeria-wuhan-students-evacuation-2020"
NEIGHBOURS = ("2020-02-01", "2020-02-03")  # Tebboune's orders to take Tunisian, Libyan and Mauritanian students on the same plane (by Sun 2 Feb 2020)
QUARANTINE = ("2020-02-03", "2020-02-17")  # 14 days at the El Raïs hotel, from Mon 3 Feb; the evacuees left on the evening of Sun 16 Feb 2020
art(S, "http://elbilad.net/article/detail?id=104172",
    "2020-02-02", "no stamp in the stored text: the body's 'صبيحة اليوم الأحد' for the plane's take-off, which annasr dates 'يوم 2 فبراير' (2 Feb 2020 was a Sunday), and 'يوم الثلاثاء' for the President's order; the byline 'فاروق حركات-البلاد.نت-' dropped; headline written from the body (the stored text has none); the last sentence cut where the stored text breaks off ('المقدر عددهم بـ 36 م...'); no date of its own in the text", False, """
طائرة جزائرية تقلع نحو ووهان لإجلاء الطلبة الجزائريين
أقلعت طائرة تابعة للخطوط الجوية الجزائرية في وقت مبكر من صبيحة اليوم الأحد باتجاه مدينة ووهان الصينية، لإجلاء أبناء الجالية الجزائرية المقيمين فيها على الفور.
وتفقد وزيرا الصحة عبد الرحمن بن بوزيد والنقل فاروق شيالي الطائرة قبيل إقلاعها حوالي الساعة الرابعة صباحا (04.00) من مطار هواري بومدين الدولي، وهي مخصصة لإجلاء 36 جزائريا يقيمون في ووهان أغلبهم من الطلبة.
وستقل الطائرة في عودتها أيضًا 10 رعايا تونسيين استجابة لطلب سلطات بلادهم، كما تحمل هبة إنسانية جزائرية لمساعدة سلطات مقاطعة هوباي على مواجهة فيروس كورونا، تضم 500 ألف قناع ثلاثي الطبقات و20000 نظارة وقائية و300 ألف قفاز، وفق بيان لرئاسة الجمهورية.
وأضاف المصدر نفسه أن الرئيس تبون أمر بنقل الطلبة الليبيين من ووهان إلى الجزائر على متن الطائرة ذاتها التي تقل الطلبة التونسيين والجزائريين، تلبية لطلب السلطات الليبية.
وكان رئيس الجمهورية قد أمر يوم الثلاثاء المؤسسات الحكومية المعنية باتخاذ ما يلزم للشروع في الإجلاء الفوري لأبناء الجالية الجزائرية في ووهان، المدينة التي ظهر فيها فيروس كورونا الجديد.
""", [
    ev("plane-departure", "في وقت مبكر من صبيحة اليوم الأحد باتجاه مدينة ووهان", "2020-02-02", "'صبيحة اليوم الأحد' = the early morning of Sun 2 Feb 2020 (the publication day)"),
    ev("ministers-inspection", "الطائرة قبيل إقلاعها حوالي الساعة الرابعة صباحا (04.00)", "2020-02-02", "'حوالي الساعة الرابعة صباحا (04.00)' of Sun 2 Feb 2020"),
    ev("medical-donation", "كما تحمل هبة إنسانية جزائرية", "2020-02-02", "no own expression; the gift left with the plane on Sun 2 Feb 2020"),
    ev("neighbours-order", "أن الرئيس تبون أمر بنقل الطلبة الليبيين", NEIGHBOURS[0], "no own expression; the order for the Libyan students was given by Sun 2 Feb 2020 (erraya on Mon 3 Feb: 'أمس'): my span 1-2 Feb", end=NEIGHBOURS[1]),
    ev("evacuation-order", "قد أمر يوم الثلاثاء المؤسسات الحكومية المعنية", "2020-01-28", "'يوم الثلاثاء' before Sun 2 Feb 2020 = Tue 28 Jan"),
])
art(S, "https://saharamedias.net/65930",
    "2020-02-02", "no stamp in the stored text: the body's 'اليوم الأحد' for the plane's departure from Wuhan, 'فجر اليوم الأحد' for its take-off from Algiers and 'يوم غد الاثنين' for its return (annasr: plane sent 'يوم 2 فبراير', evacuees landed 'يوم 3 فبراير') = Sun 2 Feb 2020; headline written from the body (the stored text has none); the last sentence cut where the stored text breaks off; no date of its own in the text", False, """
طلاب موريتانيون على متن الطائرة الجزائرية العائدة من ووهان
أعلنت السلطات الجزائرية أن طائرة للخطوط الجوية الجزائرية ستغادر اليوم الأحد منطقة ووهان الصينية التي يتفشى فيها فيروس كورونا المستجد، حاملة رعايا من الجزائر وتونس وليبيا وطلابًا موريتانيين.
والمقصود أربعة طلاب موريتانيين ظلوا عالقين في المنطقة منذ بداية انتشار الفيروس نهاية العام الماضي.
ونقلت وكالة الأنباء الجزائرية الرسمية أن رعايا تونسيين وليبيين وموريتانيين سيُجلون من ووهان على متن الطائرة الجزائرية نفسها المخصصة لإجلاء الجزائريين.
وأوضحت الوكالة في برقية أن الخطوة جاءت بأمر من رئيس الجمهورية عبد المجيد تبون، استجابة لطلب سلطات هذه البلدان وحماية لصحة رعاياها، في حين تتحدث مصادر أخرى عن تنسيق بين الخارجية الموريتانية والسلطات الجزائرية والصينية.
وكانت الطائرة الجزائرية قد أقلعت فجر اليوم الأحد نحو الصين، ويُنتظر أن تعود يوم غد الاثنين.
""", [
    ev("wuhan-departure", "ستغادر اليوم الأحد منطقة ووهان الصينية", "2020-02-02", "'اليوم الأحد' = Sun 2 Feb 2020 (the publication day)"),
    ev("outbreak-start", "منذ بداية انتشار الفيروس نهاية العام الماضي", "2019-12-01", "'نهاية العام الماضي' from Feb 2020 = the end of 2019: December 2019", end="2020-01-01"),
    ev("neighbours-order", "جاءت بأمر من رئيس الجمهورية عبد المجيد تبون", NEIGHBOURS[0], "no own expression; Tebboune's orders to take the neighbours' students were given by Sun 2 Feb 2020: my span 1-2 Feb", end=NEIGHBOURS[1]),
    ev("plane-departure", "قد أقلعت فجر اليوم الأحد نحو الصين", "2020-02-02", "'فجر اليوم الأحد' = dawn of Sun 2 Feb 2020"),
    ev("arrival-algiers", "ويُنتظر أن تعود يوم غد الاثنين", "2020-02-03", "'يوم غد الاثنين' from Sun 2 Feb 2020 = Mon 3 Feb"),
])
art(S, "https://q8times.com/158196.html",
    "2020-02-03", "no stamp in the stored text: a KUNA report with 'اليوم الاثنين' for the landing in Algiers, which annasr dates 'يوم 3 فبراير', and 'امس' for the plane sent to China on Sun 2 Feb = Mon 3 Feb 2020 (a Monday); headline written from the body (the stored text has none); the related link 'شاهد أيضاً' dropped; no date of its own in the text", False, """
وصول 68 راكبا إلى الجزائر بعد إجلائهم من ووهان
حطت طائرة للخطوط الجوية الجزائرية في مطار الجزائر الدولي اليوم الاثنين، وعلى متنها 68 راكبا أُجلوا من مدينة ووهان الصينية، مركز تفشي فيروس كورونا المستجد، أغلبهم جزائريون وعرب.
وأبلغ مصدر حكومي جزائري طلب عدم كشف هويته وكالة الأنباء الكويتية (كونا) أن ركاب الطائرة أُدخلوا الحجر الصحي مدة 14 يوما احتياطًا، وفق ما توصي به منظمة الصحة العالمية.
وأضاف أن التونسيين استُثنوا من الحجر ونُقلوا إلى تونس على متن طائرة عسكرية، بينما أُبقي الرعايا الليبيون والموريتانيون والماليون والجزائريون في فندق جُهّز ليكون مستشفى للحجر الصحي.
وبيّن المصدر أن الطواقم الطبية والرعايا العائدين غير مصابين ولم تظهر عليهم أي أعراض، لكنهم سيبقون في الحجر تحفظًا، مع السماح لعائلات الجزائريين منهم بزيارتهم بداية من اليوم الخامس بعد وصولهم.
وكانت الجزائر قد أرسلت طائرة إلى الصين امس لإجلاء طلبة جزائريين يدرسون في ووهان، ثم أمر الرئيس عبدالمجيد تبون بإجلاء رعايا تونسيين وليبيين وموريتانيين وماليين على الرحلة نفسها.
""", [
    ev("arrival-algiers", "حطت طائرة للخطوط الجوية الجزائرية في مطار الجزائر الدولي اليوم الاثنين", "2020-02-03", "'اليوم الاثنين' = Mon 3 Feb 2020 (the publication day)"),
    ev("quarantine", "أُدخلوا الحجر الصحي مدة 14 يوما", QUARANTINE[0], "'مدة 14 يوما' from Mon 3 Feb 2020; the evacuees were let out on the evening of Sun 16 Feb (annasr): span 3-16 Feb", end=QUARANTINE[1]),
    ev("tunisians-flown-home", "ونُقلوا إلى تونس على متن طائرة عسكرية", "2020-02-03", "no own expression; the Tunisians were flown on from Algiers on the day of the landing, Mon 3 Feb 2020"),
    ev("family-visits", "بداية من اليوم الخامس بعد وصولهم", "2020-02-07", "'اليوم الخامس بعد وصولهم' from the landing on Mon 3 Feb 2020: the fifth day is Fri 7 Feb (counting the day of arrival) or Sat 8 Feb: span 7-8 Feb", end="2020-02-09"),
    ev("plane-departure", "قد أرسلت طائرة إلى الصين امس", "2020-02-02", "'امس' from Mon 3 Feb 2020 = Sun 2 Feb"),
    ev("neighbours-order", "ثم أمر الرئيس عبدالمجيد تبون بإجلاء", NEIGHBOURS[0], "no own expression; the orders for the neighbours' students came after the plane was sent and by Sun 2 Feb 2020: my span 1-2 Feb", end=NEIGHBOURS[1]),
])

# ---------------------------------------------------------------- morocco-ukraine-students-special-flights-2022
S = "morocco-ukraine-students-special-flights-2022"
GUIDED = ("2022-02-24", "2022-02-28")     # the embassy in Kyiv guiding Moroccans out of Ukraine, from the invasion to Sun 27 Feb 2022
RECEPTION = ("2022-02-26", "2022-03-01")  # the ambassador in Warsaw receiving the students who crossed into Poland (the days before Mon 28 Feb)
art(S, "https://www.assahifa.com/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D9%8A%D8%AE%D8%B5%D8%B5-%D8%AE%D8%B7%D9%88%D8%B7-%D8%B7%D9%8A%D8%B1%D8%A7%D9%86-%D8%AE%D8%A7%D8%B5%D8%A9-%D9%84%D8%A5%D8%AC%D9%84%D8%A7%D8%A1-%D8%B1%D8%B9%D8%A7/",
    "2022-02-27", "page date line 'الأحد 27 فبراير 2022 - 21:16' (kept as second line, under the headline; 27 Feb 2022 was a Sunday) and the body's 'اليوم الأحد'; the byline 'الصحيفة من الرباط' dropped; the last sentence cut to its complete clause where the stored text breaks off", True, """
المغرب يخصص رحلات جوية خاصة لإجلاء رعاياه من أوكرانيا عبر رومانيا والمجر وبولندا
الأحد 27 فبراير 2022 - 21:16
أعلنت الخطوط الملكية المغربية، اليوم الأحد، أنها برمجت رحلات جوية خاصة لأفراد الجالية المغربية المقيمين في أوكرانيا.
وأوضحت الشركة في بلاغ أن هذه الرحلات بُرمجت بالتشاور مع السلطات المغربية لفائدة الجالية التي يشكل الطلبة أغلب أفرادها، وأنها ستسيّر، بسبب إغلاق المجال الجوي الأوكراني، رحلات بأسعار استثنائية من البلدان المجاورة لأوكرانيا.
وأضاف البلاغ أن ثلاث رحلات ستُشغَّل ابتداء من يوم الأربعاء 2 مارس انطلاقا من بوخارست (رومانيا) وبودابست (المجر) ووارسو (بولندا) نحو مطار الدار البيضاء، بسعر ثابت استثنائي قدره 750 درهما شاملا للرسوم، وهي مخصصة حصرا للمغاربة المقيمين في أوكرانيا وأفراد أسرهم.
وكانت السفارة المغربية في كييف قد نجحت في توجيه ما يزيد على 400 مواطن مغربي إلى مغادرة أوكرانيا ودخول البلدان الأوروبية المجاورة، ضمن عمليات الإجلاء الواسعة النطاق.
""", [
    ev("ram-announcement", "أعلنت الخطوط الملكية المغربية، اليوم الأحد", "2022-02-27", "'اليوم الأحد' = Sun 27 Feb 2022 (the date line)"),
    ev("airspace-closure", "بسبب إغلاق المجال الجوي الأوكراني", "2022-02-24", "no own expression; Ukraine closed its airspace to civil flights on Thu 24 Feb 2022, the day of the Russian invasion (outside knowledge)"),
    ev("first-flights", "ستُشغَّل ابتداء من يوم الأربعاء 2 مارس", "2022-03-02", "'يوم الأربعاء 2 مارس' = Wed 2 Mar 2022"),
    ev("embassy-guidance", "قد نجحت في توجيه ما يزيد على 400 مواطن مغربي", GUIDED[0], "no own expression; from the invasion of Thu 24 Feb 2022 to the report of Sun 27 Feb: my span 24-27 Feb", end=GUIDED[1]),
])
art(S, "https://nabdpress.com/%D8%B3%D9%81%D9%8A%D8%B1-%D8%A7%D9%84%D9%85%D9%85%D9%84%D9%83%D8%A9-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%A8%D8%A8%D9%88%D9%84%D9%86%D8%AF%D8%A7-%D9%8A%D8%B3%D8%AA%D9%82%D8%A8%D9%84/",
    "2022-02-28", "no stamp in the stored text: the body's 'مساء أمس الأحد' for Royal Air Maroc's announcement, which assahifa dates 'الأحد 27 فبراير 2022' ('اليوم الأحد'), with 'ابتداء من يوم الأربعاء' for the first flights of Wed 2 Mar = Mon 28 Feb 2022; the site name 'نبض بريس' dropped; headline rendered from the URL slug, which is cut; the last sentence cut where the stored text breaks off ('بالنظر إلى إغلا...'); no date of its own in the text", False, """
سفير المملكة المغربية ببولندا يستقبل الطلبة الفارين من أوكرانيا
حرص سفير المملكة المغربية في بولندا، عبد الرحيم عثمون، على استقبال المواطنين المغاربة الذين نجحوا في عبور الحدود الأوكرانية من المعابر الحدودية.
ووجد الطلبة المغاربة الذين بلغوا الأراضي البولندية السفير في انتظارهم، ريثما يُنقلون إلى المغرب في رحلات خاصة ابتداء من يوم الأربعاء، بعدما خصصت السلطات المغربية رحلات جوية استثنائية من بولندا إلى المملكة.
وكان مئات الطلبة المغاربة العالقين في أوكرانيا قد قطعوا رحلة فرار نحو الحدود الغربية للبلاد هربا من القصف الروسي الذي طال مدنا أوكرانية.
وجاء ذلك بعدما دعت السفارة المغربية في كييف، الجمعة، من يرغبون في مغادرة التراب الأوكراني إلى التوجه نحو المنافذ الحدودية مع رومانيا وهنغاريا وسلوفاكيا، حيث ستُقام خلايا للاستقبال والمرافقة.
وأعلنت الخطوط الملكية المغربية، مساء أمس الأحد، أنها برمجت بالتشاور مع السلطات المغربية رحلات جوية خاصة لفائدة الجالية المغربية في أوكرانيا، المؤلفة أساسا من الطلبة.
""", [
    ev("ambassador-reception", "على استقبال المواطنين المغاربة الذين نجحوا في عبور الحدود", RECEPTION[0], "no own expression; the students who crossed into Poland in the days before the report of Mon 28 Feb 2022: my span 26-28 Feb", end=RECEPTION[1]),
    ev("first-flights", "في رحلات خاصة ابتداء من يوم الأربعاء", "2022-03-02", "'يوم الأربعاء' after Mon 28 Feb 2022 = Wed 2 Mar"),
    ev("russian-shelling", "هربا من القصف الروسي الذي طال مدنا أوكرانية", "2022-02-24", "no own expression; the Russian strikes from the invasion of Thu 24 Feb 2022 to the report of Mon 28 Feb: my span 24-28 Feb", end="2022-03-01"),
    ev("embassy-border-call", "بعدما دعت السفارة المغربية في كييف، الجمعة", "2022-02-25", "'الجمعة' before Mon 28 Feb 2022 = Fri 25 Feb"),
    ev("ram-announcement", "وأعلنت الخطوط الملكية المغربية، مساء أمس الأحد", "2022-02-27", "'مساء أمس الأحد' from Mon 28 Feb 2022 = the evening of Sun 27 Feb"),
])
art(S, "https://anbaa.info/?p=70820",
    "2022-03-02", "the body's own 'اليوم الأربعاء 2 مارس 2022' (2 Mar 2022 was a Wednesday; no page stamp in the stored text); the kickers 'أخبار / أخبار عاجلة / عربي' and the site tag 'أنباء انفو-' dropped", True, """
الخطوط الملكية المغربية تبدأ إعادة الطلاب الموريتانيين والمغاربة من أوكرانيا
أعلنت الخطوط الجوية الملكية المغربية اليوم الأربعاء 2 مارس 2022 انطلاق أول رحلة جوية خاصة تقل طلابا موريتانيين يدرسون في أوكرانيا التزمت المملكة بإعادتهم إلى بلادهم، إلى جانب أبناء الجالية المغربية المقيمة في أوكرانيا.
وبسبب إغلاق المجال الجوي الأوكراني، أكدت الشركة أن رحلاتها الخاصة ستنطلق من بوخارست (رومانيا) وبودابست (المجر) ووارسو (بولندا) باتجاه مطار الدار البيضاء، وأنها محجوزة حصرا للطلاب الموريتانيين والمغاربة المقيمين في أوكرانيا.
وعززت الشركة عرضها بـ3 رحلات جوية خاصة إضافية يوم 3 و 4 مارس الجاري من براتيسلافا وبوخارست وبودابست، فضلا عن رحلتين جديدتين يوم 5 مارس من براتيسلافا ووارسو إلى الدار البيضاء.
""", [
    ev("first-flights", "اليوم الأربعاء 2 مارس 2022 انطلاق أول رحلة جوية خاصة", "2022-03-02", "'اليوم الأربعاء 2 مارس 2022' = Wed 2 Mar 2022"),
    ev("airspace-closure", "وبسبب إغلاق المجال الجوي الأوكراني", "2022-02-24", "no own expression; Ukraine closed its airspace to civil flights on Thu 24 Feb 2022 (outside knowledge)"),
    ev("extra-flights", "رحلات جوية خاصة إضافية يوم 3 و 4 مارس الجاري", "2022-03-03", "'يوم 3 و 4 مارس الجاري' = Thu 3 - Fri 4 Mar 2022", end="2022-03-05"),
    ev("saturday-flights", "رحلتين جديدتين يوم 5 مارس", "2022-03-05", "'يوم 5 مارس' = Sat 5 Mar 2022"),
])
art(S, "https://watan.ma/?p=80149",
    "2022-03-03", "date line '3 مارس 2022' beside the byline 'رشيد حموش' (date kept as second line, under the headline; byline and 'آخر تحديث' dropped; 3 Mar 2022 was a Thursday); the body's 'مساء أمس الأربعاء' agrees; the repeated headline dropped; the last sentence cut to its complete clause where the stored text breaks off", True, """
وصول طائرتين تقلان 320 مواطنا مغربيا إلى الدار البيضاء قادمين من أوكرانيا
3 مارس 2022
هبطت طائرتان تابعتان للخطوط الملكية المغربية، مساء أمس الأربعاء، في مطار محمد الخامس الدولي بالدار البيضاء، وعلى متنهما 320 مواطنا مغربيا يقيمون في أوكرانيا.
وقد أقلعت الطائرة الأولى بعد ظهر الأربعاء من وارسو عاصمة بولندا، في حين انطلقت الثانية مباشرة من مطار بوخارست، وكلتاهما متجهة إلى الدار البيضاء.
وخضع ركاب الطائرتين لدى وصولهم إلى المطار لاختبارات الكشف عن كوفيد-19، تطبيقا للبروتوكول الصحي المعمول به.
وعبّر كثير من الطلبة عن ارتياحهم وفرحهم بالعودة إلى وطنهم وذويهم ومغادرة أوكرانيا بسبب الأوضاع التي خلفها النزاع الروسي الأوكراني.
وأثنى هؤلاء الطلبة على الجهود التي بذلتها وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج وسائر السلطات المختصة لضمان عودتهم بأمان، مؤكدين أن الإجراءات الإدارية جرت بسلاسة.
وأوضحوا أن غالبية الطلبة اختاروا، حاليا، مواصلة الدراسة عن بعد بسبب الأوضاع في أوكرانيا.
""", [
    ev("first-arrivals", "هبطت طائرتان تابعتان للخطوط الملكية المغربية، مساء أمس الأربعاء", "2022-03-02", "'مساء أمس الأربعاء' from Thu 3 Mar 2022 = the evening of Wed 2 Mar"),
    ev("first-flights", "وقد أقلعت الطائرة الأولى بعد ظهر الأربعاء", "2022-03-02", "'بعد ظهر الأربعاء' = the afternoon of Wed 2 Mar 2022"),
    ev("arrival-tests", "لاختبارات الكشف عن كوفيد-19", "2022-03-02", "no own expression; the tests on arrival, the evening of Wed 2 Mar 2022"),
    ev("students-statements", "وعبّر كثير من الطلبة عن ارتياحهم", "2022-03-02", "no own expression; the returning students spoke at the airport on the evening of Wed 2 Mar 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 280)
                            if i != 201 and i != 273
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
