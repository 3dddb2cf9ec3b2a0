"""Builds stories.jsonl: the 219-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: drought, rain-prayer calls (صلاة الاستسقاء) and water
rationing (King Salman's call for the rain prayer of Thu 13 Nov 2025 in Saudi Arabia, the UAE President's
call for the rain prayer of Fri 17 Oct 2025, Kuwait's rain prayer in 125 mosques on Sat 8 Nov 2025, the
Damascus water-rationing programme of 14-31 May 2025 after the fall of the Ain al-Fijeh spring, Morocco's
royal order of a rain invocation in all mosques on Fri 4 Feb 2022, Algeria's rain prayer of Fri 30 Dec 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-king-salman-rain-prayer-call-nov-2025
S = "saudi-king-salman-rain-prayer-call-nov-2025"
art(S, "https://www.almowaten.net/2025/11/%D8%A7%D9%84%D9%85%D9%84%D9%83-%D8%B3%D9%84%D9%85%D8%A7%D9%86-%D9%8A%D8%AF%D8%B9%D9%88-%D8%A5%D9%84%D9%89-%D8%A5%D9%82%D8%A7%D9%85%D8%A9-%D8%B5%D9%84%D8%A7%D8%A9-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%B3-9/",
    "2025-11-10", "page stamp 'الإثنين ١٠ نوفمبر ٢٠٢٥ الساعة ٥:٥٦ مساءً' under the headline (kept as first line, before the headline) and the URL month '/2025/11/'; 10 Nov 2025 was a Monday; the Royal Court statement of that day; the icon, the repeated headline, the credit 'المواطن - واس' and the truncated closing prayer dropped", True, """
الإثنين ١٠ نوفمبر ٢٠٢٥ الساعة ٥:٥٦ مساءً
خادم الحرمين يدعو لإقامة صلاة الاستسقاء في كل أرجاء المملكة الخميس القادم
أصدر الديوان الملكي البيان الآتي، بحسب ما نقلته وكالة الأنباء السعودية.
اقتداءً بسنة نبينا محمد صلى الله عليه وسلم في إقامة صلاة الاستسقاء، دعا خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى أن تُقام صلاة الاستسقاء في جميع أنحاء المملكة يوم الخميس الموافق 22 من شهر جمادى الأولى 1447هـ وفق تقويم أم القرى.
وحثّ البيان الجميع على الإكثار من التوبة والاستغفار والرجوع إلى الله سبحانه، وعلى الإحسان إلى عباده والإكثار من نوافل الطاعات من صدقات وصلوات وأذكار، وعلى التيسير على الناس وتفريج كُربهم، عسى أن يفرّج الله عنا وييسر لنا ما نرجو.
ودعا البيان كل قادر إلى الحرص على أداء الصلاة، اتباعاً لسنة رسول الله صلى الله عليه وسلم، وإظهاراً للافتقار إلى الله جل وعلا، مع الإلحاح في الدعاء.
""", [
    ev("royal-call", "دعا خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى أن تُقام", "2025-11-10", "no own expression; the Royal Court statement of Mon 10 Nov 2025 (the stamp 'الإثنين ١٠ نوفمبر ٢٠٢٥')"),
    ev("royal-court-statement", "أصدر الديوان الملكي البيان الآتي", "2025-11-10", "no own expression; issued on Mon 10 Nov 2025, the stamp's day"),
    ev("prayer", "يوم الخميس الموافق 22 من شهر جمادى الأولى 1447هـ", "2025-11-13", "'22 من شهر جمادى الأولى 1447هـ' (Umm al-Qura) = Thu 13 Nov 2025 (other reports: 'يوم الخميس الموافق 13 نوفمبر')"),
])
art(S, "https://www.khaleejtimes.com/arabic/world/%D8%AE%D8%A7%D8%AF%D9%85-%D8%A7%D9%84%D8%AD%D8%B1%D9%85%D9%8A%D9%86-%D8%A7%D9%84%D8%B4%D8%B1%D9%8A%D9%81%D9%8A%D9%86-%D9%8A%D8%AF%D8%B9%D9%88-%D9%84%D8%A3%D8%AF%D8%A7%D8%A1-%D8%B5%D9%84%D8%A7%D8%A9-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%B3%D9%82%D8%A7%D8%A1-%D8%A7%D9%84%D8%AE%D9%85%D9%8A%D8%B3-%D8%A7%D9%84%D9%82%D8%A7%D8%AF%D9%85",
    "2025-11-11", "the stored page's date field '2025-11-11' (a Tuesday; no date in the URL or in the text); the body agrees: the prayer 'يوم الخميس الموافق 13 نوفمبر' still to come, Kuwait's prayer 'يوم السبت الموافق 8 نوفمبر' already held; no date of its own in the text", False, """
دعا خادم الحرمين الشريفين الملك سلمان بن عبد العزيز سكان المملكة إلى أداء صلاة الاستسقاء في كل مناطقها يوم الخميس الموافق 13 نوفمبر.
وورد في بيان للديوان الملكي أن الجميع مدعوون إلى الإكثار من التوبة والاستغفار والعودة إلى الله تعالى، وإلى الإحسان إلى عباده والإكثار من الأعمال الصالحة كالصدقة والنوافل وذكر الله سبحانه.
كما حثّ البيان الناس على التيسير على غيرهم وتفريج كرباتهم، رجاء أن يمنّ الله بالغيث وييسر الخير المنشود.
وفي الكويت أيضاً، شارك عشرات الأشخاص في صلاة استسقاء مماثلة يوم السبت الموافق 8 نوفمبر، في قرابة 125 مسجداً في أنحاء البلاد.
وشهدت مساجد الإمارات كذلك إقامة صلاة الاستسقاء في 17 أكتوبر قبل صلاة الجمعة، إثر دعوة صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة السكان إلى أدائها طلباً للغيث.
""", [
    ev("royal-call", "دعا خادم الحرمين الشريفين الملك سلمان بن عبد العزيز سكان المملكة", "2025-11-10", "no own expression; the Royal Court statement of Mon 10 Nov 2025 (another outlet's stamp 'الإثنين ١٠ نوفمبر ٢٠٢٥')"),
    ev("prayer", "يوم الخميس الموافق 13 نوفمبر", "2025-11-13", "'يوم الخميس الموافق 13 نوفمبر' = Thu 13 Nov 2025"),
    ev("kuwait-prayer", "يوم السبت الموافق 8 نوفمبر", "2025-11-08", "'يوم السبت الموافق 8 نوفمبر' = Sat 8 Nov 2025"),
    ev("uae-prayer", "في 17 أكتوبر قبل صلاة الجمعة", "2025-10-17", "'في 17 أكتوبر' = Fri 17 Oct 2025"),
    ev("uae-call", "إثر دعوة صاحب السمو الشيخ محمد بن زايد آل نهيان", "2025-10-14", "no own expression; the UAE President's call of Tue 14 Oct 2025 (outside knowledge: WAM, '14 de octubre de 2025')"),
])
art(S, "https://www.vetogate.com/5532388",
    "2025-11-12", "page stamp 'الأربعاء 12 نوفمبر 2025' above the headline (kept as first line); 12 Nov 2025 was a Wednesday, the eve of the prayer ('غدا الخميس'); the rubric 'الجريدة الورقية', the caption 'الملك سلمان بن عبدالعزيز،' and the truncated closing quotation dropped", True, """
الأربعاء 12 نوفمبر 2025
الملك سلمان يدعو إلى إقامة صلاة الاستسقاء في السعودية غدا
دعا خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى أن تُقام صلاة الاستسقاء في كل أنحاء المملكة غدا الخميس، بحسب ما نشرته وكالة الأنباء السعودية «واس».
وجاء في البيان الصادر عن خادم الحرمين الشريفين أنه، تأسياً بسنة النبي محمد صلى الله عليه وسلم، دعا الملك سلمان بن عبدالعزيز آل سعود إلى إقامة صلاة الاستسقاء في جميع أنحاء المملكة يوم غد الخميس.
وطالب البيان الجميع بالإكثار من التوبة والاستغفار والرجوع إلى الله، والإحسان إلى عباده، والإكثار من الصدقات والصلوات والأذكار، والتيسير على عباد الله وتفريج كربهم.
وأكد البيان أنه ينبغي على كل قادر أن يحرص على أداء الصلاة، عملاً بالسنة النبوية وإظهاراً للافتقار إلى الله، مع الإلحاح في الدعاء.
""", [
    ev("royal-call-renewed", "دعا خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى أن تُقام", "2025-11-12", "no own expression; the quoted statement says 'يوم غد الخميس', i.e. the Royal Court's renewed call of Wed 12 Nov 2025 (another outlet: 'جدد الديوان الملكي دعوة الملك سلمان'); the first call was on Mon 10 Nov"),
    ev("prayer", "غدا الخميس", "2025-11-13", "'غدا الخميس' (and the quoted 'يوم غد الخميس') after Wed 12 Nov = Thu 13 Nov 2025"),
])
art(S, "https://albiladdaily.com/2025/11/13/rain-prayer/",
    "2025-11-13", "date in the URL '/2025/11/13/' (a Thursday, the day of the prayer); body 'صباح اليوم' agrees; the dateline 'البلاد (مناطق)' and the truncated last sentence (Jazan) dropped; no date of its own in the text", False, """
أدّى أمراء المناطق ونوابهم، صباح اليوم، صلاة الاستسقاء مع جموع المصلين في مختلف مناطق المملكة ومحافظاتها، تنفيذاً لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، واقتداءً بسنة النبي صلى الله عليه وسلم في طلب الغيث والرحمة.
وشارك في الصلاة الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض، ونائبه الأمير محمد بن عبدالرحمن بن عبدالعزيز، في جامع الإمام تركي بن عبدالله، حيث أمّ المصلين الشيخ عبدالله بن عبدالعزيز آل الشيخ، بحضور الدكتور فيصل السديري وعدد من المسؤولين.
وفي القصيم، أدى الصلاة أمير المنطقة الأمير الدكتور فيصل بن مشعل بن سعود بن عبدالعزيز ونائبه الأمير فهد بن سعد بن فيصل بن سعد في جامع الأمير عبدالإله بن عبدالعزيز ببريدة، وأمّ المصلين جابر الناصر.
""", [
    ev("prayer", "صباح اليوم، صلاة الاستسقاء", "2025-11-13", "'صباح اليوم' = Thu 13 Nov 2025 (the URL day)"),
    ev("royal-call", "تنفيذاً لتوجيهات خادم الحرمين الشريفين", "2025-11-10", "no own expression; the King's call in the Royal Court statement of Mon 10 Nov 2025 (another outlet's stamp)"),
    ev("riyadh-prayer", "وشارك في الصلاة الأمير فيصل بن بندر", "2025-11-13", "no own expression; the same morning, Thu 13 Nov 2025"),
    ev("qassim-prayer", "أدى الصلاة أمير المنطقة الأمير الدكتور فيصل بن مشعل", "2025-11-13", "no own expression; the same morning, Thu 13 Nov 2025"),
])

# ---------------------------------------------------------------- uae-president-rain-prayer-oct-2025
S = "uae-president-rain-prayer-oct-2025"
AWQAF = ("2025-10-15", "2025-10-17")  # the Awqaf authority's announcement, carried on the morning of 16 Oct (issued 15 or 16 Oct)
art(S, "https://www.emaratalyoum.com/local-section/other/2025-10-14-1.1979820",
    "2025-10-14", "date in the URL '/2025-10-14-' (a Tuesday) and the stored page's date field '2025-10-14'; the President's directive of that day (WAM: '14 de octubre de 2025'); no date of its own in the text ('17 من شهر أكتوبر الجاري' is the prayer's day)", False, """
وجّه صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، بأن تُقام صلاة الاستسقاء في كل مساجد الدولة يوم الجمعة المقبل، الموافق 17 من شهر أكتوبر الجاري، على أن تسبق صلاة الجمعة بنصف ساعة، طلباً لنزول الغيث.
ويأتي توجيه سموه اقتداءً بالهدي النبوي الشريف، إذ دعا الجميع إلى التوجه إلى المولى عز وجل والتضرع إليه سبحانه وتعالى، كي ينزل الغيث وينشر رحمته وخيره على البلاد والعباد.
""", [
    ev("president-call", "وجّه صاحب السمو الشيخ محمد بن زايد آل نهيان", "2025-10-14", "no own expression; the directive of Tue 14 Oct 2025 (the URL day; WAM '14 de octubre de 2025')"),
    ev("prayer", "يوم الجمعة المقبل، الموافق 17 من شهر أكتوبر الجاري", "2025-10-17", "'يوم الجمعة المقبل، الموافق 17 من شهر أكتوبر الجاري' = Fri 17 Oct 2025"),
])
art(S, "https://www.aletihad.ae/news/%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA/4613976/%D8%A5%D9%82%D8%A7%D9%85%D8%A9-%D8%B5%D9%84%D8%A7%D8%A9-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%B3%D9%82%D8%A7%D8%A1-%D9%81%D9%8A-%D8%AC%D9%85%D9%8A%D8%B9-%D9%85%D8%B3%D8%A7%D8%AC%D8%AF-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D8%A9-%D8%BA%D8%AF%D8%A7",
    "2025-10-16", "article stamp '16 أكتوبر 2025 09:03' under the headline (kept as first line, before the headline) and the stored page's date field '2025-10-16'; 16 Oct 2025 was a Thursday, the eve of the prayer ('يوم غد الجمعة'); the site's header (today's-date widget 'الجمعة 17 أكتوبر 2025', weather, prayer times, menus), the repeated headline and the truncated last sentence dropped", True, """
16 أكتوبر 2025 09:03
إقامة صلاة الاستسقاء في جميع مساجد الدولة غداً
أكدت الهيئة العامة للشؤون الإسلامية والأوقاف والزكاة أن صلاة الاستسقاء ستُقام في كل المساجد على مستوى الدولة يوم غد الجمعة الموافق 17 أكتوبر الجاري قبل صلاة الجمعة بنصف ساعة، وذلك بناءً على توجيهات صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة بإقامتها في أنحاء البلاد كافة، اقتداءً بسنة النبي محمد صلى الله عليه وسلم وتضرعاً إلى الله طلباً لنزول الغيث المبارك.
وبيّنت الهيئة أن ذلك يجري بالتنسيق مع مجلس الإمارات للإفتاء الشرعي، ودائرة الشؤون الإسلامية والعمل الخيري في دبي، ودائرة الشؤون الإسلامية بالشارقة.
""", [
    ev("awqaf-announcement", "أكدت الهيئة العامة للشؤون الإسلامية والأوقاف والزكاة", AWQAF[0], "no own expression; the authority's statement, carried at 09:03 on Thu 16 Oct 2025 (issued 15 or 16 Oct; my span 15-16 Oct)", end=AWQAF[1]),
    ev("prayer", "يوم غد الجمعة الموافق 17 أكتوبر الجاري", "2025-10-17", "'يوم غد الجمعة الموافق 17 أكتوبر الجاري' = Fri 17 Oct 2025"),
    ev("president-call", "بناءً على توجيهات صاحب السمو الشيخ محمد بن زايد", "2025-10-14", "no own expression; the President's directive of Tue 14 Oct 2025 (another outlet's URL date)"),
])
art(S, "https://www.cairo24.com/2300774",
    "2025-10-17", "article stamp 'الجمعة 17/أكتوبر/2025 - 01:16 ص' under the headline (kept as first line, before the headline); 17 Oct 2025 was a Friday, the day of the prayer ('اليوم الجمعة'); the site's header (today's-date widget 'الجمعة 05 ديسمبر 2025', menus, editor's name), the rubric tags and the truncated last sentence dropped", True, """
الجمعة 17/أكتوبر/2025 - 01:16 ص
الإمارات تقيم صلاة الاستسقاء اليوم في جميع مساجد الدولة
أعلنت دولة الإمارات العربية المتحدة أن صلاة الاستسقاء تُقام اليوم الجمعة، الموافق 17 أكتوبر، في كل مساجد الدولة، تنفيذاً لتوجيهات الشيخ محمد بن زايد آل نهيان رئيس الدولة، واقتداءً بالسنة النبوية الشريفة.
وأكدت الهيئة العامة للشؤون الإسلامية والأوقاف والزكاة، بالتنسيق مع مجلس الإمارات للإفتاء الشرعي ودائرتي الشؤون الإسلامية في دبي والشارقة، أنها اتخذت الاستعدادات اللازمة كافة لإقامة الصلاة بما يوفر للمصلين أجواء من الخشوع والسكينة.
وقال رئيس الهيئة الدكتور عمر حبتور الدرعي إن هذه المبادرة تعبّر عن التزام القيادة بالهدي النبوي وحرصها على مصلحة العباد والمخلوقات، مشيراً إلى أن الهيئة عمّمت على كل المساجد والأئمة تهيئة الظروف المناسبة لأداء الصلاة، ودعت المجتمع إلى المشاركة في هذا الحدث الروحي.
""", [
    ev("prayer", "تُقام اليوم الجمعة، الموافق 17 أكتوبر", "2025-10-17", "'اليوم الجمعة، الموافق 17 أكتوبر' = Fri 17 Oct 2025"),
    ev("president-call", "تنفيذاً لتوجيهات الشيخ محمد بن زايد", "2025-10-14", "no own expression; the President's directive of Tue 14 Oct 2025 (another outlet's URL date)"),
    ev("awqaf-announcement", "وأكدت الهيئة العامة للشؤون الإسلامية والأوقاف والزكاة", AWQAF[0], "no own expression; the authority's statement of 15/16 Oct 2025 (another outlet's stamp '16 أكتوبر 2025 09:03'; my span 15-16 Oct)", end=AWQAF[1]),
])
art(S, "https://www.khaleejtimes.com/arabic/uae/%D8%A3%D9%8A%D8%AF-%D9%85%D8%B1%D9%81%D9%88%D8%B9%D8%A9-%D9%88%D9%82%D9%84%D9%88%D8%A8-%D8%AE%D8%A7%D8%B4%D8%B9%D8%A9-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AA%D8%AA%D8%AD%D8%AF-%D9%81%D9%8A-%D8%B5%D9%84%D8%A7%D8%A9-%D9%85%D8%A4%D8%AB%D8%B1%D8%A9-%D8%B7%D9%84%D8%A8%D8%A7-%D9%84%D9%84%D8%BA%D9%8A%D8%AB-%D9%88%D8%A7%D9%84%D8%B1%D8%AD%D9%85%D8%A9",
    "2025-10-17", "the stored page's date field '2025-10-17' (a Friday; no date in the URL); the body agrees: 'يوم الجمعة' for the prayer already held and 'اليوم' for the early Friday prayer in Sharjah; the subheading 'وصول مبكر وتآزر في الدعاء' and the truncated resident's quote dropped; no date of its own in the text", False, """
توجّه المصلون في مختلف أنحاء الدولة إلى المساجد باكراً يوم الجمعة لأداء صلاة رجوا أن تجلب المطر الذي تحتاجه الأرض بشدة.
وبناءً على توجيهات صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، أُقيمت صلاة الاستسقاء (صلاة طلب المطر) في كل مساجد الدولة في تمام الساعة 12:45 ظهراً، قبيل صلاة الجمعة المعتادة بوقت قصير.
وكانت الدعوة إلى أداء الصلاة قد صدرت في وقت سابق من هذا الأسبوع، حين حثّ رئيس الدولة السكان على التوجه إلى الله بتواضع وامتنان طالبين الرحمة ونزول المطر على البلاد، فيما أعلنت هيئة الأوقاف أن الصلاة ستقام في كل المساجد التي تُقام فيها صلاة الجمعة.
وفي مناطق كثيرة من الشارقة، أخذ المصلون يتوافدون على المساجد أبكر من العادة.
وفي بعض المساجد تُقام صلاة الجمعة عادة في الساعة 12:25 ظهراً، لكنها بدأت اليوم في الساعة 12:15 ظهراً ليتسع الوقت للصلاتين.
""", [
    ev("prayer", "أُقيمت صلاة الاستسقاء (صلاة طلب المطر)", "2025-10-17", "'يوم الجمعة' / 'في تمام الساعة 12:45 ظهراً' = Fri 17 Oct 2025 (the page's day)"),
    ev("president-call", "قد صدرت في وقت سابق من هذا الأسبوع", "2025-10-14", "'في وقت سابق من هذا الأسبوع' = the directive of Tue 14 Oct 2025 (another outlet's URL date)"),
    ev("awqaf-announcement", "فيما أعلنت هيئة الأوقاف", AWQAF[0], "no own expression; the authority's statement of 15/16 Oct 2025 (my span 15-16 Oct)", end=AWQAF[1]),
    ev("sharjah-early-arrival", "أخذ المصلون يتوافدون على المساجد أبكر من العادة", "2025-10-17", "no own expression; the morning of Fri 17 Oct 2025"),
    ev("early-friday-prayer", "لكنها بدأت اليوم في الساعة 12:15 ظهراً", "2025-10-17", "'اليوم' = Fri 17 Oct 2025"),
])

# ---------------------------------------------------------------- kuwait-rain-prayer-125-mosques-nov-2025
S = "kuwait-rain-prayer-125-mosques-nov-2025"
CALL = ("2025-11-04", "2025-11-06")  # the ministry's announcement, reported on 5 Nov 2025 (issued 4 or 5 Nov)
art(S, "https://mugtama.com/a/aDwgedKD",
    "2025-11-05", "page stamp '05 نوفمبر 2025' under the headline (kept as first line, before the headline); 5 Nov 2025 was a Wednesday; body 'يوم السبت المقبل' (Sat 8 Nov) agrees; the byline 'سامح ابو الحسن', the view counter '78', the subheading 'تعبئة إيمانية وتنظيم ميداني' and the truncated last sentence dropped", True, """
05 نوفمبر 2025
الكويت تستعد لإقامة صلاة الاستسقاء السبت المقبل
أعلنت وزارة الشؤون الإسلامية في الكويت، في مشهد يعبّر عن روح الإيمان والتضرع، أنها أتمّت استعدادها لإقامة صلاة الاستسقاء يوم السبت المقبل عند الساعة العاشرة والنصف صباحاً في 125 مسجداً موزعة على محافظات البلاد.
وقال وكيل الوزارة بالتكليف الدكتور سليمان السويلم، في تصريح صحفي، إن الوزارة اتخذت كل الإجراءات اللازمة لتنظيم هذه الشعيرة، داعياً المواطنين والمقيمين إلى المشاركة في الصلاة التي تقام طلباً لنزول الغيث بعد انحباس الأمطار.
ويأتي هذا الإعلان في موسم خريفي يشهد تأخراً في نزول المطر وارتفاعاً نسبياً في درجات الحرارة، وهو ما دفع الجهات الدينية إلى الدعوة لإحياء سنة الاستسقاء.
وتعمل إدارات المساجد في المحافظات على تجهيز الساحات وتنظيم المصلين وتوفير الصوت والنظافة والإشراف الإداري، كما وجّهت الوزارة الأئمة والخطباء إلى تخصيص خطبة الجمعة السابقة للصلاة للحديث عن فضل الاستغفار وأهمية الاستسقاء.
""", [
    ev("ministry-announcement", "أعلنت وزارة الشؤون الإسلامية في الكويت", CALL[0], "no own expression; reported on Wed 5 Nov 2025 (the stamp); issued 4 or 5 Nov (my span 4-5 Nov)", end=CALL[1]),
    ev("prayer", "يوم السبت المقبل عند الساعة العاشرة والنصف صباحاً", "2025-11-08", "'يوم السبت المقبل' after Wed 5 Nov = Sat 8 Nov 2025"),
    ev("suwailem-statement", "وقال وكيل الوزارة بالتكليف الدكتور سليمان السويلم، في تصريح صحفي", CALL[0], "no own expression; with the announcement, 4 or 5 Nov 2025 (my span 4-5 Nov)", end=CALL[1]),
    ev("friday-sermon", "تخصيص خطبة الجمعة السابقة للصلاة", "2025-11-07", "'خطبة الجمعة السابقة للصلاة' = the Friday before Sat 8 Nov: Fri 7 Nov 2025"),
])
art(S, "https://misr-post.com/923873/%d8%aa%d9%88%d9%82%d9%8a%d8%aa-%d8%a7%d9%84%d8%b5%d9%84%d8%a7%d8%a9-%d9%85%d9%88%d8%b9%d8%af-%d8%a7%d8%b3%d8%aa%d8%b3%d9%82%d8%a7%d8%a1-%d8%a7%d9%84%d9%85%d8%b7%d8%b1-%d9%81%d9%8a-%d8%a7%d9%84%d9%83",
    "2025-11-08", "no stamp or URL date in the stored page: fixed by the body's own 'اليوم السبت 2025/11/8' (8 Nov 2025 was a Saturday, the day of the prayer); the leftover 'الناتج النهائي:', the subheadings and the truncated last paragraph dropped", True, """
يحظى موعد صلاة الاستسقاء في الكويت اليوم السبت 2025/11/8 باهتمام واسع من المواطنين والمقيمين، بعدما دعت وزارة الشؤون الإسلامية الجميع إلى المشاركة في هذه الشعيرة التي تقام طلباً لنزول المطر، وحددت المساجد التي تستضيف الصلاة في مختلف المحافظات.
وتضم قائمة المساجد المخصصة لصلاة الاستسقاء في الكويت 125 مسجداً موزعة على محافظات العاصمة وحولي والجهراء والفروانية ومبارك الكبير والأحمدي، بما يعكس حرص الوزارة على توفير أماكن مناسبة للصلاة الجماعية.
وأوضحت الوزارة أن صلاة الاستسقاء تقام في تمام الساعة 10:30 صباحاً من يوم السبت الثامن من نوفمبر 2025، اتباعاً للسنة النبوية في أوقات الجدب والجفاف.
""", [
    ev("prayer", "في تمام الساعة 10:30 صباحاً من يوم السبت الثامن من نوفمبر 2025", "2025-11-08", "'يوم السبت الثامن من نوفمبر 2025' = Sat 8 Nov 2025"),
    ev("ministry-announcement", "بعدما دعت وزارة الشؤون الإسلامية الجميع", CALL[0], "no own expression; the ministry's announcement reported on Wed 5 Nov 2025 (another outlet's stamp; my span 4-5 Nov)", end=CALL[1]),
    ev("mosque-list", "وحددت المساجد التي تستضيف الصلاة", CALL[0], "no own expression; with the announcement of 4-5 Nov 2025 (another outlet: 125 mosques announced on 5 Nov; my span 4-5 Nov)", end=CALL[1]),
])
art(S, "https://www.berwaz.com.kw/125-مسجداً-في-الكويت-تشهد-صلاة-الاستسقاء",
    "2025-11-08", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم' for the rain prayer in 125 mosques led by the ministry of acting undersecretary Sulaiman al-Suwailem, held on Sat 8 Nov 2025 (other outlets: 'يوم السبت الموافق 8 نوفمبر', 'اليوم السبت 2025/11/8'); the truncated last sentence dropped; no date of its own in the text", False, """
125 مسجداً في الكويت تشهد صلاة الاستسقاء طلباً للغيث والرحمة
أقامت وزارة الشؤون الإسلامية صباح اليوم صلاة الاستسقاء في 125 مسجداً في مختلف محافظات الكويت، طلباً لنزول الغيث ورحمة الله تعالى.
وأوضح وكيل الوزارة بالتكليف الدكتور سليمان السويلم أن الصلاة أقيمت اقتداءً بسنة النبي صلى الله عليه وسلم، إذ ثبت عن عبد الله بن زيد أن النبي خرج إلى المصلى فاستسقى واستقبل القبلة وقلب رداءه وصلى ركعتين.
وأكد السويلم أن صلاة الاستسقاء مستحبة ومشروعة لطلب السقيا، مبيناً أن الوزارة أعدّت كل ما يلزم لإقامتها في أجواء إيمانية خاشعة.
وشدد خطباء المساجد في خطبهم على أهمية التوبة والاستغفار والرجوع إلى الله، مؤكدين أن الذنوب والمعاصي تحبس الغيث وترفع البركات.
""", [
    ev("prayer", "أقامت وزارة الشؤون الإسلامية صباح اليوم صلاة الاستسقاء", "2025-11-08", "'صباح اليوم' = Sat 8 Nov 2025"),
    ev("prayer-sermons", "وشدد خطباء المساجد في خطبهم", "2025-11-08", "no own expression; the sermons after the prayer, Sat 8 Nov 2025"),
    ev("suwailem-remarks", "وأوضح وكيل الوزارة بالتكليف الدكتور سليمان السويلم", "2025-11-08", "no own expression; on the prayer day, Sat 8 Nov 2025"),
])

# ---------------------------------------------------------------- syria-damascus-fijeh-water-rationing-may-2025
S = "syria-damascus-fijeh-water-rationing-may-2025"
art(S, "https://www.shaam.org/news/syria-news/بدءا-من-الغد-برنامج-تقنين-جديد-للمياه-في-دمشق-وريفها",
    "2025-05-13", "no stamp or URL date in the stored page: fixed by the headline's 'بدءاً من الغد' for the programme starting 'يوم الأربعاء 14 أيار/ مايو' (14 May 2025 was a Wednesday; another outlet's stamp 'الأربعاء, 14 مايو 2025' reports it as already under way): so Tue 13 May 2025; the truncated last sentence (Rif Dimashq) dropped; no date of its own in the text", False, """
بدءاً من الغد.. برنامج تقنين جديد للمياه في دمشق وريفها
أعلنت المؤسسة العامة لمياه الشرب في دمشق برنامج تقنين جديداً للمياه في المناطق المستفيدة من شبكة العاصمة وريفها، يسري اعتباراً من يوم الأربعاء 14 أيار/ مايو الجاري حتى 31 من الشهر ذاته.
ويأتي ذلك مع تراجع حاد في تدفق نبع عين الفيجة، إذ هبط التدفق إلى ثلاثة أمتار مكعبة في الثانية بعدما كان يزيد على ستة أمتار في السنوات الماضية.
وحددت مؤسسة المياه مواعيد التزويد لكل حي ومنطقة على حدة، في جداول نشرتها على صفحتها في فيسبوك تبيّن أيام التزويد وفتراته لمعظم مناطق دمشق وريفها.
وبحسب الجداول، تحصل مناطق الميدان وكفرسوسة والزاهرة الجديدة والقديمة وشارع خالد بن الوليد ودف الشوك والتضامن والبرامكة ومخيم اليرموك على أربعة أيام تزويد كل أسبوع، من الساعة العاشرة ليلاً حتى الخامسة صباحاً.
أما مناطق شارع المهدي والشعلان والصالحية والروضة وشارع الحمراء وميسات وشارع عرنوس وشارع 29 أيار وشارع بغداد وشارع العابد وخلف الدحداح، فتُزوَّد بخمسة أيام موزعة على الشهر، من الساعة الثامنة مساءً حتى الواحدة صباحاً.
""", [
    ev("announcement", "أعلنت المؤسسة العامة لمياه الشرب في دمشق برنامج تقنين", "2025-05-13", "no own expression; announced on Tue 13 May 2025, the eve of the start ('بدءاً من الغد')"),
    ev("rationing-programme", "يسري اعتباراً من يوم الأربعاء 14 أيار/ مايو الجاري حتى 31 من الشهر ذاته", "2025-05-14", "'يوم الأربعاء 14 أيار/ مايو الجاري حتى 31 من الشهر ذاته' = Wed 14 - Sat 31 May 2025", end="2025-06-01"),
    ev("schedules-published", "في جداول نشرتها على صفحتها في فيسبوك", "2025-05-13", "no own expression; posted with the announcement on Tue 13 May 2025"),
    ev("four-days-weekly", "على أربعة أيام تزويد كل أسبوع", "2025-05-14", "no own expression; the schedule of the programme, Wed 14 - Sat 31 May 2025", end="2025-06-01"),
])
art(S, "https://yallasyrianews.com/article/%D8%AA%D9%82%D9%86%D9%8A%D9%86-%D8%AD%D8%A7%D8%AF-%D9%84%D9%84%D9%85%D9%8A%D8%A7%D9%87-%D9%81%D9%8A-%D8%AF%D9%85%D8%B4%D9%82-%D9%88%D8%B1%D9%8A%D9%81%D9%87%D8%A7-%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9-%D9%86%D8%A8%D8%B9-%D8%A7%D9%84%D9%81%D9%8A%D8%AC%D8%A9-%D9%8A%D9%81%D8%A7%D9%82%D9%85-%D8%A7%D9%84%D8%A3%D8%B2%D9%85%D8%A9",
    "2025-05-14", "page stamp 'الأربعاء, 14 مايو 2025 08:05 AM' above the headline (kept as first line); 14 May 2025 was a Wednesday, the first day of the programme; the repeated headline, the subheadings and the truncated last bullet (Moadamiyeh and Daraya) dropped; the bullets joined into sentences", True, """
الأربعاء, 14 مايو 2025 08:05 AM
تقنين حاد للمياه في دمشق وريفها: تراجع نبع الفيجة يفاقم الأزمة
أعلنت المؤسسة العامة لمياه الشرب في دمشق بدء تطبيق برنامج جديد لتقنين المياه في مناطق العاصمة وريفها، اعتباراً من الأربعاء 14 أيار/مايو وحتى نهاية الشهر، بسبب تراجع حاد في تدفق نبع عين الفيجة.
وبيّنت المؤسسة أن تدفق المياه من النبع انخفض إلى 3 أمتار مكعبة في الثانية فقط، بعد أن كان يتجاوز 6 أمتار في السنوات الماضية، ما اضطرها إلى وضع خطة تقنين مشددة.
ونُشرت على صفحة المؤسسة في فيسبوك جداول تبيّن أيام التزويد وساعاته لكل حي ومنطقة.
ومن أبرز ما ورد فيها أن أحياء الميدان وكفرسوسة والزاهرة وخالد بن الوليد ودف الشوك والتضامن والبرامكة ومخيم اليرموك في دمشق تحصل على 4 أيام تزويد أسبوعياً من 10 مساءً حتى 5 صباحاً.
أما مناطق مثل الشعلان والصالحية والحمراء وميسات وشارع بغداد و29 أيار والروضة وعرنوس فتحصل على 5 أيام فقط طوال الشهر، من 8 مساءً حتى 1 صباحاً.
وتحصل صحنايا والأشرفية والكسوة والغوطة الشرقية في ريف دمشق على يوم واحد فقط في الأسبوع دون تحديد ساعات التزويد.
""", [
    ev("announcement", "أعلنت المؤسسة العامة لمياه الشرب في دمشق بدء تطبيق", "2025-05-13", "no own expression; the programme was announced on Tue 13 May 2025 (another outlet: 'بدءاً من الغد')"),
    ev("rationing-programme", "اعتباراً من الأربعاء 14 أيار/مايو وحتى نهاية الشهر", "2025-05-14", "'الأربعاء 14 أيار/مايو وحتى نهاية الشهر' = Wed 14 - Sat 31 May 2025", end="2025-06-01"),
    ev("schedules-published", "ونُشرت على صفحة المؤسسة في فيسبوك جداول", "2025-05-13", "no own expression; posted with the announcement on Tue 13 May 2025 (another outlet)"),
    ev("four-days-weekly", "تحصل على 4 أيام تزويد أسبوعياً", "2025-05-14", "no own expression; the schedule of the programme, Wed 14 - Sat 31 May 2025", end="2025-06-01"),
])

# ---------------------------------------------------------------- morocco-royal-rain-invocation-feb-2022
S = "morocco-royal-rain-invocation-feb-2022"
art(S, "https://maghress.com/assahifa/88219",
    "2022-02-03", "a maghress mirror of an Assahifa item without stamp or URL date: fixed by the body's 'البلاغ الصادر اليوم الخميس' and 'يوم غد الجمعة' for the invocation of 'يوم الجمعة ثاني رجب عام 1443 موافق 4 فبراير عام 2022' (4 Feb 2022 was a Friday): so Thu 3 Feb 2022 (a French report: the ministry announced it 'jeudi'); the quoted communique turned into reported speech, its date kept verbatim; the quoted prayer formula dropped; no date of its own in the text ('4 فبراير عام 2022' is the next day)", False, """
قرر الملك محمد السادس أن يُرفع طلب الغيث في المساجد يوم غد الجمعة بدلاً من صلاة الاستسقاء المعهودة، بسبب الإجراءات الصحية الاحترازية التي فرضتها جائحة كورونا، وفق ما أكده بلاغ لوزارة الأوقاف والشؤون الإسلامية.
وأفاد البلاغ الصادر اليوم الخميس بأن أمير المؤمنين الملك محمد السادس أمر، نظراً لظروف الاحتراز من الوباء التي لا تسمح بإقامة صلاة الاستسقاء بصيغتها المعهودة، بأن يتم طلب الغيث من الله تعالى في كل مساجد المملكة يوم الجمعة ثاني رجب عام 1443 موافق 4 فبراير عام 2022.
وأوضحت الوزارة في بلاغها أن ذلك سيجري بالتوجه إلى الله تعالى في خطبة موحدة تبيّن مغزى هذه السنة المباركة وروح التضرع التي يتوجه بها المؤمنون والمؤمنات في مثل هذه المناسبة، وبرفع الدعاء المعتاد في صلاة الاستسقاء بعد صلاة الجمعة.
""", [
    ev("communique", "وأفاد البلاغ الصادر اليوم الخميس", "2022-02-03", "'اليوم الخميس' = Thu 3 Feb 2022"),
    ev("invocation", "يوم الجمعة ثاني رجب عام 1443 موافق 4 فبراير عام 2022", "2022-02-04", "'يوم الجمعة ثاني رجب عام 1443 موافق 4 فبراير عام 2022' = Fri 4 Feb 2022"),
    ev("royal-order", "قرر الملك محمد السادس أن يُرفع طلب الغيث", "2022-02-03", "no own expression; the King's order made public in the communique of Thu 3 Feb 2022 (the order itself is undated; my gold is the communique's day)"),
    ev("unified-sermon", "في خطبة موحدة تبيّن مغزى هذه السنة المباركة", "2022-02-04", "no own expression; the Friday sermon of Fri 4 Feb 2022"),
])
art(S, "https://www.agrimaroc.ma/%D8%AF%D8%B9%D9%88%D8%A7%D8%AA-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D9%84%D9%87-%D9%84%D8%B3%D8%A4%D8%A7%D9%84-%D8%A7%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1/",
    "2022-02-04", "no stamp or URL date in the stored page: fixed by the body's 'الخطبة الموحدة التي ألقيت اليوم' with its own 'يوم الجمعة 02 رجب 1443ه الموافق 4 فبراير 2022' (a Friday) and 'يوم الخميس' for the ministry's announcement (Thu 3 Feb): so Fri 4 Feb 2022; the text (a clumsy translation from French) re-worded in correct Arabic sentence by sentence; the truncated last sentence dropped", True, """
دعاء إلى الله عز وجل لطلب المطر في جميع مساجد المملكة بعد صلاة الجمعة، بناءً على أوامر أمير المؤمنين.
فبسبب الوضع الوبائي المرتبط بكوفيد-19، الذي يحول دون إقامة صلاة الاستسقاء على النحو المعتاد، سيتم الاكتفاء بالدعاء لطلب المطر بعد صلاة الجمعة في جميع مساجد المملكة.
وكانت وزارة الأوقاف والشؤون الإسلامية قد أعلنت يوم الخميس أنه، بأمر من أمير المؤمنين الملك محمد السادس، وفي ضوء الإجراءات الوقائية المعمول بها لمكافحة الجائحة، سيُرفع الدعاء لطلب المطر يوم الجمعة 02 رجب 1443ه الموافق 4 فبراير 2022 في جميع مساجد المملكة.
وأوضحت الوزارة في بيانها أن ذلك سيتم عبر خطبة موحدة حول معنى هذه السنة المباركة، مع رفع الأدعية المعتادة بعد صلاة الجمعة.
وفي الخطبة الموحدة التي ألقيت اليوم في جميع مساجد المملكة، ذكّر الأئمة المؤمنين بأن النبي محمداً صلى الله عليه وسلم كان كلما انحبست الأمطار لجأ إلى الله سبحانه وتعالى طالباً المطر ومستغفراً وداعياً.
""", [
    ev("communique", "وكانت وزارة الأوقاف والشؤون الإسلامية قد أعلنت يوم الخميس", "2022-02-03", "'يوم الخميس' before Fri 4 Feb = Thu 3 Feb 2022"),
    ev("invocation", "يوم الجمعة 02 رجب 1443ه الموافق 4 فبراير 2022", "2022-02-04", "'يوم الجمعة 02 رجب 1443ه الموافق 4 فبراير 2022' = Fri 4 Feb 2022"),
    ev("royal-order", "بأمر من أمير المؤمنين الملك محمد السادس", "2022-02-03", "no own expression; the King's order made public in the communique of Thu 3 Feb 2022 (my gold is the communique's day)"),
    ev("unified-sermon", "الخطبة الموحدة التي ألقيت اليوم", "2022-02-04", "'اليوم' = Fri 4 Feb 2022"),
])

# ---------------------------------------------------------------- algeria-rain-prayer-dec-2022
S = "algeria-rain-prayer-dec-2022"
art(S, "https://barakanews.fortera.co/posts/dwt-liqamt-slat-al-astsqaa-hdha-al-jmh",
    "2022-12-27", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الثلاثاء' for the ministry's call to the rain prayer of 'يوم الجمعة 6 جمادى الثانية 1444 هـ الموافق ل30 ديسمبر 2022' (30 Dec 2022 was a Friday; 'هذا الجمعة'): so Tue 27 Dec 2022; the counters '10 0', the repeated headline and the credit 'قسم التحرير' dropped; the quoted statement turned into reported speech, its date kept verbatim; no date of its own in the text ('30 ديسمبر 2022' is the prayer's day)", False, """
دعوة لإقامة صلاة الاستسقاء هذا الجمعة
دعت وزارة الشؤون الدينية والأوقاف، اليوم الثلاثاء، الجزائريين إلى أداء صلاة الاستسقاء هذا الجمعة، في حدود الساعة التاسعة صباحاً.
وأوضح بيان الوزارة أنها، بالنظر إلى قلة الأمطار في أغلب مناطق الوطن، واقتداءً بسنة النبي صلى الله عليه وسلم حين شُكي إليه القحط في زمانه، تدعو المواطنين إلى حضور صلاة الاستسقاء المقرر إقامتها يوم الجمعة 6 جمادى الثانية 1444 هـ الموافق ل30 ديسمبر 2022 م ابتداء من الساعة التاسعة صباحا.
""", [
    ev("ministry-call", "دعت وزارة الشؤون الدينية والأوقاف، اليوم الثلاثاء", "2022-12-27", "'اليوم الثلاثاء' = Tue 27 Dec 2022"),
    ev("prayer", "أداء صلاة الاستسقاء هذا الجمعة", "2022-12-30", "'هذا الجمعة' after Tue 27 Dec = Fri 30 Dec 2022 (the statement: 'الموافق ل30 ديسمبر 2022 م')"),
])
art(S, "https://unlimited-news.com/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1%d9%8a%d9%88%d9%86-%d9%8a%d8%b5%d9%84%d9%88%d9%86-%d8%b5%d9%84%d8%a7%d8%a9-%d8%a7%d9%84%d8%a5%d8%b3%d8%aa%d8%b3%d9%82%d8%a7%d8%a1-%d8%b5%d8%a8%d9%8a%d8%ad",
    "2022-12-30", "no stamp or URL date in the stored page: fixed by the body's 'صبيحة اليوم الجمعة' for the prayer the ministry had set for 'يوم الجمعة 30 ديسمبر' (30 Dec 2022 was a Friday), a date the text states itself ('30 ديسمبر 2022م'); the site name 'أخبار بلا حدود –' dropped", True, """
أدى الجزائريون، صبيحة اليوم الجمعة، صلاة الاستسقاء طلباً للغيث في أغلب المساجد، وذلك للمرة الثانية خلال شهر واحد.
وكانت وزارة الشؤون الدينية والأوقاف قد دعت إلى إقامة صلاة الاستسقاء يوم الجمعة 30 ديسمبر، ابتداءً من الساعة التاسعة صباحاً، في كل مساجد الجزائر، بسبب قلة الأمطار في معظم أنحاء الوطن.
وورد في بيان الوزارة أنها تستند، بالنظر إلى قلة الأمطار في معظم ربوع الوطن، إلى سنة النبي صلى الله عليه وسلم حين شُكي إليه القحط في زمانه، كما في الحديث: "إنكم شكوتم جدب دياركم واستئخار المطر عن إبان زمانه عنكم، وقد أمركم الله أن تدعوه ووعدكم أن يستجيب لكم".
وبناءً على ذلك دعت الوزارة المواطنين إلى حضور صلاة الاستسقاء المقرر إقامتها يوم الجمعة 06 جمادى الثانية 1444هـ الموافق 30 ديسمبر 2022م.
وحثت الوزارة على التحلي بآداب هذه الصلاة من توبة واستغفار ورد للمظالم وصلة للأرحام وتصدق على الفقراء والمساكين، وعلى اغتنام خطبة الجمعة للتضرع بالدعاء لنزول الغيث.
""", [
    ev("prayer", "أدى الجزائريون، صبيحة اليوم الجمعة، صلاة الاستسقاء", "2022-12-30", "'صبيحة اليوم الجمعة' = Fri 30 Dec 2022 (the statement: 'الموافق 30 ديسمبر 2022م')"),
    ev("ministry-call", "قد دعت إلى إقامة صلاة الاستسقاء يوم الجمعة 30 ديسمبر", "2022-12-27", "no own expression for the call; the ministry's statement of Tue 27 Dec 2022 (another outlet: 'اليوم الثلاثاء')"),
    ev("friday-sermon-call", "وعلى اغتنام خطبة الجمعة للتضرع بالدعاء", "2022-12-30", "no own expression; the Friday sermon of the prayer day, Fri 30 Dec 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 221)
                            if i != 201 and i != 219 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
