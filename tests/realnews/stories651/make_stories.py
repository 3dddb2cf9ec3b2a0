"""Builds stories.jsonl: the 651-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: diplomacy: relations restored or cut, embassies reopened,
ambassadors expelled or summoned, between Arab states or with their neighbours.
Stories: Bahrain and Qatar restore diplomatic relations at the second meeting of their follow-up committee in
Riyadh (April 2023); the UAE and Qatar resume the work of their embassies (June 2023); Morocco cuts its ties
with Iran and expels the Iranian ambassador, Iran denies and Algeria summons the Moroccan ambassador (May 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- bahrain-qatar-relations-restored-2023
S = "bahrain-qatar-relations-restored-2023"
MEET = "2023-04-12"                        # second meeting of the follow-up committee in Riyadh, relations restored, Wed 12 Apr 2023 (evening)
WELCOME = "2023-04-13"                     # Arab welcomes (Jordan, Kuwait, Saudi Arabia, UAE), Thu 13 Apr 2023
FIRST = "2023-02-13"                       # first meeting of the follow-up committee in Riyadh, Mon 13 Feb 2023
CUT2017 = "2017-06-05"                     # Bahrain cut its ties with Qatar, Mon 5 Jun 2017
art(S, "https://alfajr-news.com/en/%d9%82%d8%b7%d8%b1-%d8%aa%d8%b9%d9%84%d9%86-%d8%a5%d8%b9%d8%a7%d8%af%d8%a9-%d8%a7%d9%84%d8%b9%d9%84%d8%a7%d9%82%d8%a7%d8%aa-%d8%a7%d9%84%d8%af%d8%a8%d9%84%d9%88%d9%85%d8%a7%d8%b3%d9%8a%d8%a9-%d9%85",
    "2023-04-12", "no date on the stored page; the body's 'اليوم الأربعاء' for the agreement reached in Riyadh, which was on Wed 12 Apr 2023 (syria.tv stamped 2023.04.13: 'أمس الأربعاء'; CNN Arabic of 13 Apr: 'الأربعاء'), gives Wed 12 Apr 2023; headline kept from the page; the last, truncated sentence (what the first meeting discussed) dropped", False, """
قطر تعلن إعادة العلاقات الدبلوماسية مع البحرين
توصلت قطر والبحرين، اليوم الأربعاء، في مقر الأمانة العامة لمجلس التعاون لدول الخليج العربية بمدينة الرياض في المملكة العربية السعودية، إلى اتفاق على إعادة العلاقات الدبلوماسية بينهما، استنادا إلى مبادئ ميثاق الأمم المتحدة وأحكام معاهدة فيينا للعلاقات الدبلوماسية لعام 1961.
وأفادت وكالة الأنباء القطرية بأن الاجتماع الثاني للجنة المتابعة القطرية – البحرينية ناقش الموضوعات المطروحة على جدول أعماله، واستعرض ما خرج به الاجتماع الأول لكل من اللجنة القانونية المشتركة واللجنة الأمنية المشتركة.
وتابعت الوكالة: "تقرر إعادة العلاقات الدبلوماسية بين البلدين، طبقا لمبادئ ميثاق الأمم المتحدة وأحكام معاهدة فيينا للعلاقات الدبلوماسية لعام 1961".
وكانت لجنة المتابعة القطرية – البحرينية قد عقدت في وقت سابق اجتماعها الأول في مقر الأمانة العامة لمجلس التعاون لدول الخليج بالعاصمة السعودية الرياض.
وقاد الجانب القطري في ذلك الاجتماع الأمين العام لوزارة الخارجية القطرية الدكتور أحمد بن حسن الحمادي، فيما قاد الجانب البحريني وكيل وزارة الخارجية للشؤون السياسية الشيخ عبد الله بن أحمد آل خليفة.
""", [
    ev("relations-restored", "إلى اتفاق على إعادة العلاقات الدبلوماسية بينهما", MEET, "'اليوم الأربعاء' = Wed 12 Apr 2023"),
    ev("second-meeting", "الاجتماع الثاني للجنة المتابعة القطرية – البحرينية ناقش", MEET, "no own expression; the second meeting in Riyadh of 'اليوم الأربعاء' = Wed 12 Apr 2023"),
    ev("first-meeting", "قد عقدت في وقت سابق اجتماعها الأول", FIRST, "'في وقت سابق' only; the first meeting of the committee in Riyadh was on Mon 13 Feb 2023 (thenewkhalij stamped 'الاثنين 13 فبراير 2023'; the Qatari ministry's tweet of February 13, 2023)"),
])
art(S, "https://www.syria.tv/%D9%82%D8%B7%D8%B1-%D9%88%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86-%D8%AA%D9%82%D8%B1%D8%B1%D8%A7%D9%86-%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%B9%D9%84%D8%A7%D9%82%D8%A7%D8%AA-%D8%A7%D9%84%D8%AF%D8%A8%D9%84%D9%88%D9%85%D8%A7%D8%B3%D9%8A%D8%A9",
    "2023-04-13", "the stamp '2023.04.13 | 07:07 دمشق' under the headline (not kept in the text); the body's 'أمس الأربعاء' agrees (Thu 13 Apr 2023); headline kept from the page; the last sentence, cut in the stored text after 'وكيل و', completed with the Bahraini delegate's title as the other reports give it (his name dropped)", True, """
قطر والبحرين تقرران إعادة العلاقات الدبلوماسية
أعلنت وزارة الخارجية القطرية استعادة العلاقات الدبلوماسية مع البحرين، طبقاً لمبادئ ميثاق الأمم المتحدة وأحكام معاهدة فيينا للعلاقات الدبلوماسية، وذلك بعد قرابة ست سنوات من قطعها.
وقالت لجنة المتابعة القطرية البحرينية في بيان إنها أقرت، خلال اجتماعها الذي عقد أمس الأربعاء في مقر الأمانة العامة لمجلس التعاون لدول الخليج العربي بالرياض، إعادة العلاقات الدبلوماسية بين البلدين.
وشدد الطرفان على أن هذه الخطوة "نابعة من رغبة متبادلة في تطوير العلاقات الثنائية وتعزيز التكامل والوحدة الخليجية، انسجاماً مع مقاصد النظام الأساسي لمجلس التعاون لدول الخليج العربي".
وأضاف البيان، بحسب ما نقلته وكالة الأنباء القطرية "قنا"، أن الخطوة تجيء كذلك "احتراماً لمبادئ المساواة بين الدول والسيادة الوطنية والاستقلالية والسلامة الإقليمية وحسن الجوار".
وترأس وفد قطر في الاجتماع الأمين العام لوزارة الخارجية أحمد بن حسن الحمادي، بينما ترأس وفد البحرين وكيل وزارة الخارجية للشؤون السياسية.
""", [
    ev("relations-restored", "أعلنت وزارة الخارجية القطرية استعادة العلاقات الدبلوماسية مع البحرين", MEET, "no own expression; the decision taken at the meeting of 'أمس الأربعاء' (next sentence) = Wed 12 Apr 2023"),
    ev("second-meeting", "خلال اجتماعها الذي عقد أمس الأربعاء", MEET, "'أمس الأربعاء' in an article of Thu 13 Apr 2023 = Wed 12 Apr"),
    ev("ties-cut-2017", "بعد قرابة ست سنوات من قطعها", CUT2017, "'قرابة ست سنوات' only; Bahrain cut its ties with Qatar on Mon 5 Jun 2017 (alhaan-mag, masahaa: 'في 5 يونيو/ حزيران عام 2017')"),
])
art(S, "https://alhewarnews.com/1403",
    "2023-04-13", "no date on the stored page; the body's 'أمس الأربعاء' for the agreement of Wed 12 Apr 2023 and 'بيان اليوم الخميس' for the Jordanian statement give Thu 13 Apr 2023; headline kept from the page; the last sentence, cut in the stored text after 'بعد نجاح اجتماع لجنة ال', ends at 'إعادة فتح سفارتي البلدين'", False, """
ترحيب عربي باتفاق إعادة العلاقات الدبلوماسية بين البحرين وقطر
أبدت دول عربية ترحيبها بالاتفاق على إعادة العلاقات الدبلوماسية بين مملكة البحرين ودولة قطر، والذي أعلنته لجنة المتابعة البحرينية القطرية إثر اجتماعها الثاني في الرياض أمس الأربعاء، حرصا من البلدين على تطوير علاقاتهما الثنائية وتعزيز التكامل والوحدة الخليجية.
فقد رحبت وزارة الخارجية وشؤون المغتربين الأردنية بالاتفاق بين البحرين وقطر الشقيقتين، الذي جرى التوصل إليه يوم أمس الأربعاء أثناء الاجتماع الثاني للجنة المتابعة البحرينية - القطرية في مقر الأمانة العامة لمجلس التعاون لدول الخليج العربية بمدينة الرياض في المملكة العربية السعودية الشقيقة.
وشددت الوزارة، في بيان أصدرته اليوم الخميس، على أهمية الاتفاق في دعم جهود التعاون بين الدول العربية وتفعيل العمل العربي المشترك بما يخدم المصالح العربية المشتركة.
وأوضح الناطق الرسمي باسم الوزارة السفير سنان المجالي أن عودة العلاقات الدبلوماسية بين البلدين الشقيقين تمثل إنجازاً كبيراً يقوي التضامن الخليجي والعربي ويعزز القدرة على مواجهة التحديات المشتركة.
وفي السياق ذاته، رحبت الكويت بالاتفاق الذي توصلت إليه البحرين وقطر بشأن إعادة فتح سفارتي البلدين.
""", [
    ev("arab-welcome", "أبدت دول عربية ترحيبها", WELCOME, "no own expression; the welcomes of Thu 13 Apr 2023 (the Jordanian statement 'اليوم الخميس' below; CNN Arabic: 'رحبت السعودية ومصر والإمارات والكويت ... الخميس')"),
    ev("second-meeting", "إثر اجتماعها الثاني في الرياض أمس الأربعاء", MEET, "'أمس الأربعاء' in an article of Thu 13 Apr 2023 = Wed 12 Apr"),
    ev("relations-restored", "الذي جرى التوصل إليه يوم أمس الأربعاء", MEET, "'يوم أمس الأربعاء' = Wed 12 Apr 2023"),
    ev("jordan-welcome", "وشددت الوزارة، في بيان أصدرته اليوم الخميس", WELCOME, "'اليوم الخميس' = Thu 13 Apr 2023"),
    ev("kuwait-welcome", "رحبت الكويت بالاتفاق الذي توصلت إليه البحرين وقطر", WELCOME, "no own expression; the Kuwaiti statement of Thu 13 Apr 2023 (CNN Arabic and greatmiddleeastgate: the Gulf and Arab welcomes came 'الخميس')"),
])
art(S, "https://awjouh.com/%D8%A8%D9%8A%D9%86%D9%87%D8%A7-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D8%B1%D8%AD%D9%8A%D8%A8-%D8%B9%D8%B1%D8%A8%D9%8A-%D8%A8/",
    "2023-04-14", "no date on the stored page; the body's 'أمس الخميس' for the Saudi welcome, which was issued on Thu 13 Apr 2023 (darelhilal: 'اليوم الخميس'), gives Fri 14 Apr 2023; headline kept from the page; the last sentence, cut in the stored text after 'تطلعات دول وشعوب ا', completed as in the Saudi statement", False, """
بينها الإمارات والسعودية… ترحيب عربي بعودة العلاقات الدبلوماسية بين البحرين وقطر
رحب الشيخ عبد الله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي الإماراتي، باتفاق إعادة العلاقات الدبلوماسية بين مملكة البحرين ودولة قطر.
وقال وزير خارجية الإمارات، بحسب وكالة أنباء الإمارات "وام"، إن الاتفاق خطوة مهمة لدعم مسيرة العمل الخليجي المشترك نحو مستقبل أكثر إشراقاً لدول المجلس، بما يعود بالنفع على البلدين ويخدم مصالحهما المشتركة.
وكانت لجنة المتابعة القطرية البحرينية قد أعلنت، في اجتماعها الثاني بالرياض مساء الأربعاء، إعادة العلاقات الدبلوماسية بين البلدين، حرصا منهما على تطوير العلاقات الثنائية وتعزيز التكامل والوحدة الخليجية.
السعودية: خطوة إيجابية
وفي سياق متصل، أعلنت المملكة العربية السعودية، أمس الخميس، ترحيبها بقرار استئناف العلاقات الدبلوماسية بين مملكة البحرين ودولة قطر.
ولفتت وزارة الخارجية السعودية، في بيان بثته وكالة الأنباء السعودية الرسمية "واس"، إلى أن الاتفاق خطوة إيجابية تبرهن على متانة العلاقات بين دول مجلس التعاون لدول الخليج العربية، وتسهم في تعزيز العمل الخليجي المشترك بما يلبي تطلعات دول المنطقة وشعوبها.
""", [
    ev("uae-welcome", "رحب الشيخ عبد الله بن زايد آل نهيان", WELCOME, "no own expression; the UAE welcome of Thu 13 Apr 2023 (CNN Arabic of 13 Apr: 'رحبت السعودية ومصر والإمارات ... الخميس')"),
    ev("relations-restored", "قد أعلنت، في اجتماعها الثاني بالرياض مساء الأربعاء، إعادة العلاقات الدبلوماسية بين البلدين", MEET, "'مساء الأربعاء' of the same week = Wed 12 Apr 2023 (evening)"),
    ev("saudi-welcome", "أعلنت المملكة العربية السعودية، أمس الخميس، ترحيبها", WELCOME, "'أمس الخميس' in an article of Fri 14 Apr 2023 = Thu 13 Apr (darelhilal: 'اليوم الخميس')"),
])

# ---------------------------------------------------------------- uae-qatar-embassies-resumption-2023
S = "uae-qatar-embassies-resumption-2023"
RESUME = "2023-06-19"                      # the embassies in Doha and Abu Dhabi and the Qatari consulate in Dubai resume work; the foreign ministers' call; Arab welcomes; Mon 19 Jun 2023
ALULA = "2021-01-05"                       # the AlUla declaration of the GCC summit, Tue 5 Jan 2021
art(S, "https://mail.yemenshabab.net/international/85599",
    "2023-06-19", "no stamp on the stored page; the body's 'اليوم الاثنين الموافق 19 يونيو/حزيران 2023' gives Mon 19 Jun 2023 (a QNA dispatch); headline kept from the page; the source line 'المصدر : وكالة الأنباء القطرية (قنا)' and the page footer dropped", True, """
قطر والإمارات تقرران إعادة التمثيل الدبلوماسي بينهما
أعلنت دولة قطر ودولة الإمارات العربية المتحدة إعادة التمثيل الدبلوماسي بين البلدين، إذ تستأنف سفارة قطر في أبو ظبي وقنصليتها في دبي وسفارة الإمارات في الدوحة عملها اليوم الاثنين الموافق 19 يونيو/حزيران 2023، انطلاقا من اتفاق العلا ورغبة من الدولتين في تعزيز علاقاتهما الثنائية.
وشدد الجانبان على أن هذه الخطوة تعبر عن إرادة قيادتي البلدين وتدعم مسيرة العمل العربي المشترك بما يلبي تطلعات الشعبين الشقيقين.
وتلقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني اليوم اتصالا هاتفيا من وزير خارجية الإمارات الشيخ عبد الله بن زايد آل نهيان، تبادلا فيه التهاني بمناسبة عودة السفارتين والقنصلية إلى العمل اليوم.
وفي هذا الإطار، أبدى الشيخ محمد بن عبد الرحمن ترحيبه باستئناف العلاقات الدبلوماسية بين البلدين، وأعرب عن تطلع قطر إلى توطيد الشراكة مع الإمارات بما يجسد عمق الروابط الأخوية بين الشعبين الشقيقين.
""", [
    ev("representation-restored", "أعلنت دولة قطر ودولة الإمارات العربية المتحدة إعادة التمثيل الدبلوماسي بين البلدين", RESUME, "the announcement of 'اليوم الاثنين الموافق 19 يونيو/حزيران 2023' (same sentence)"),
    ev("embassies-resume", "تستأنف سفارة قطر في أبو ظبي وقنصليتها في دبي وسفارة الإمارات في الدوحة عملها اليوم الاثنين الموافق 19 يونيو/حزيران 2023", RESUME, "'اليوم الاثنين الموافق 19 يونيو/حزيران 2023' = Mon 19 Jun 2023"),
    ev("alula-agreement", "انطلاقا من اتفاق العلا", ALULA, "no date in the text; the AlUla declaration of the GCC summit of Tue 5 Jan 2021 (sabq: 'قمة العلا بتاريخ 5/ 1/ 2021م')"),
    ev("fm-phone-call", "اليوم اتصالا هاتفيا من وزير خارجية الإمارات", RESUME, "'اليوم' in the QNA report of Mon 19 Jun 2023"),
])
art(S, "https://www.alamssar.com/275418",
    "2023-06-19", "no date on the stored page; the body's 'اليوم الإثنين' for the Arab welcomes of the resumption announced on Mon 19 Jun 2023 (yemenshabab/QNA: 'اليوم الاثنين الموافق 19 يونيو/حزيران 2023') gives Mon 19 Jun 2023; headline kept from the page, the masthead (chairman's name) dropped; the last sentence, cut in the stored text after 'بين دولة الإمارات العر', ends at 'ودولة قطر'", False, """
ترحيب عربي وخليجي باستئناف الإمارات وقطر التمثيل الدبلوماسي
أعلنت دول عربية عدة اليوم الإثنين ترحيبها بقرار الإمارات وقطر إعادة التمثيل الدبلوماسي بينهما تنفيذا لاتفاق العلا في السعودية.
سلطنة عمان
رحبت وزارة الخارجية العمانية باستئناف التمثيل الدبلوماسي بين الإمارات وقطر، ورأت في الخطوة امتدادا للروابط الأخوية والوشائج التاريخية وتقوية للعمل الخليجي المشترك، بما يرسخ دعائم الأمن والاستقرار والازدهار لدول المنطقة كافة.
الأردن
كما رحبت وزارة الخارجية الأردنية بعودة التمثيل الدبلوماسي بين البلدين، مؤكدة أهمية اتفاق العلا في دفع جهود التعاون بين الدول العربية وتفعيل العمل العربي المشترك خدمة للمصالح العربية المشتركة.
مصر
وأثنت وزارة الخارجية المصرية على هذه الخطوة الإيجابية في مسار تعزيز العمل العربي المشترك وترسيخ وحدة الصف العربي، مجددة دعمها لكل الجهود الهادفة إلى تقوية العلاقات العربية على جميع المستويات وصون مصالح الشعوب العربية.
مجلس التعاون الخليجي
ورحب الأمين العام لمجلس التعاون الخليجي جاسم محمد البديوي بدوره باستئناف التمثيل الدبلوماسي بين دولة الإمارات ودولة قطر.
""", [
    ev("arab-welcome", "أعلنت دول عربية عدة اليوم الإثنين ترحيبها", RESUME, "'اليوم الإثنين' = Mon 19 Jun 2023"),
    ev("representation-restored", "بقرار الإمارات وقطر إعادة التمثيل الدبلوماسي بينهما", RESUME, "no own expression; the decision announced on Mon 19 Jun 2023 (yemenshabab/QNA)"),
    ev("alula-agreement", "تنفيذا لاتفاق العلا في السعودية", ALULA, "no date in the text; the AlUla declaration of Tue 5 Jan 2021"),
    ev("oman-welcome", "رحبت وزارة الخارجية العمانية باستئناف التمثيل الدبلوماسي", RESUME, "no own expression; among the welcomes of 'اليوم الإثنين' = Mon 19 Jun 2023"),
    ev("gcc-welcome", "ورحب الأمين العام لمجلس التعاون الخليجي جاسم محمد البديوي", RESUME, "no own expression; among the welcomes of 'اليوم الإثنين' = Mon 19 Jun 2023"),
])
art(S, "https://sharqobserver.com/news/emirates/%d8%a7%d9%84%d8%a5%d9%85%d8%a7%d8%b1%d8%a7%d8%aa-%d9%88%d9%82%d8%b7%d8%b1-%d8%aa%d9%82%d8%b1%d8%b1%d8%a7%d9%86-%d8%a5%d8%b9%d8%a7%d8%af%d8%a9-%d8%a7%d9%84%d8%aa%d9%85%d8%ab%d9%8a%d9%84-%d8%a7%d9%84-2",
    "2023-06-20", "no date on the stored page; the body's 'اعتباراً من أمس' for the resumption of the embassies, which was on Mon 19 Jun 2023 (yemenshabab/QNA: 'اليوم الاثنين الموافق 19 يونيو/حزيران 2023'; dogruhaber stamped 19.06.2023), gives Tue 20 Jun 2023 (the text reads like the next-day edition of an Emirati paper); headline kept from the page; the last word, cut in the stored text ('وشعبيه'), completed", False, """
الإمارات وقطر تقرران إعادة التمثيل الدبلوماسي
أعلنت دولة الإمارات العربية المتحدة ودولة قطر، انطلاقاً من اتفاق العلا وسعياً إلى تعزيز العلاقات الثنائية، إعادة التمثيل الدبلوماسي بينهما، حيث استأنفت سفارة الإمارات في الدوحة وسفارة قطر في أبوظبي وقنصليتها في دبي مزاولة أعمالها اعتباراً من أمس.
وأكد الطرفان أن الخطوة تترجم إرادة قيادتي البلدين وتدعم مسيرة العمل العربي المشترك، بما يستجيب لتطلعات الشعبين الشقيقين.
وتبادل سمو الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية، التهاني هاتفياً مع رئيس مجلس الوزراء وزير خارجية قطر الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني، بمناسبة عودة البعثات الدبلوماسية للبلدين إلى العمل.
وأشاد سمو الشيخ عبدالله بن زايد بهذه الخطوة المهمة التي تفتح مرحلة جديدة من التعاون والشراكة بين الإمارات وقطر، وتبرز عمق الروابط الأخوية بين البلدين وشعبيهما.
كما ناقش سموه مع الشيخ محمد بن عبدالرحمن، خلال الاتصال، العلاقات الأخوية وسبل تعزيز مسارات التعاون المشترك بما يحقق المصالح المتبادلة للبلدين وشعبيهما.
""", [
    ev("representation-restored", "وسعياً إلى تعزيز العلاقات الثنائية، إعادة التمثيل الدبلوماسي بينهما", RESUME, "no own expression; the announcement of Mon 19 Jun 2023 ('أمس' at the end of the sentence)"),
    ev("alula-agreement", "انطلاقاً من اتفاق العلا", ALULA, "no date in the text; the AlUla declaration of Tue 5 Jan 2021"),
    ev("embassies-resume", "مزاولة أعمالها اعتباراً من أمس", RESUME, "'أمس' in an article of Tue 20 Jun 2023 = Mon 19 Jun"),
    ev("fm-phone-call", "التهاني هاتفياً مع رئيس مجلس الوزراء وزير خارجية قطر", RESUME, "no own expression; the call of Mon 19 Jun 2023 (yemenshabab/QNA: 'اليوم اتصالا هاتفيا')"),
])

# ---------------------------------------------------------------- morocco-iran-ties-cut-2018
S = "morocco-iran-ties-cut-2018"
CUT = "2018-05-01"                         # Bourita announces the break with Iran and the expulsion of the Iranian ambassador, Tue 1 May 2018 (evening)
DENY = "2018-05-02"                        # Iran's foreign ministry and its embassy in Algiers deny, Wed 2 May 2018
SUMMON = "2018-05-02"                      # Algeria summons the Moroccan ambassador, Wed 2 May 2018 (evening)
art(S, "https://www.libyaakhbar.com/news/643340.html",
    "2018-05-01", "only 'date 2018-05' on the stored page; the body's 'اليوم الثلاثاء' for Bourita's announcement, which was on Tue 1 May 2018 (lesiteinfo: 'الثلاثاء 01 ماي'; maghress/lakome stamped 02 May: 'مساء الثلاثاء'), gives Tue 1 May 2018; the source tag 'المتوسط:' dropped; headline written from the body (the stored text has none)", False, """
المغرب يقطع علاقاته مع إيران ويطرد سفيرها
أعلنت وزارة الخارجية المغربية طرد السفير الإيراني وقطع العلاقات مع طهران، إثر كشفها اتصالات بين حزب الله وجبهة البوليساريو في الصحراء الغربية.
وأوضح وزير الخارجية المغربي ناصر بوريطة، اليوم الثلاثاء، أنه طلب من سفير إيران مغادرة المملكة بسبب صلة تربط حزب الله المدعوم إيرانيا بالبوليساريو.
وأضاف، في لقاء مع عدد من الصحفيين، أن "المغرب قرر إغلاق سفارته في طهران، وطلب من السفير الإيراني في الرباط محمد تقي مؤيد مغادرة البلاد".
وعزا هذه الخطوة إلى "انخراط حزب الله اللبناني المدعوم من إيران في علاقة مع البوليساريو، وما يمثله ذلك من تهديد لأمن البلاد واستقرارها".
وأكد الوزير المغربي أن الرباط تمتلك أدلة على قيام قياديين في حزب الله بتمويل عناصر من البوليساريو وتدريبهم، وأن لديها معلومات عن دبلوماسيين في السفارة الإيرانية بالجزائر سهّلوا لقاءات بين قادة من الحزب وكوادر من الجبهة.
""", [
    ev("ties-cut", "أعلنت وزارة الخارجية المغربية طرد السفير الإيراني وقطع العلاقات مع طهران", CUT, "no own expression; Bourita's announcement of 'اليوم الثلاثاء' (next sentence) = Tue 1 May 2018"),
    ev("ambassador-expelled", "أنه طلب من سفير إيران مغادرة المملكة", CUT, "'اليوم الثلاثاء' = Tue 1 May 2018"),
    ev("embassy-tehran-closed", "المغرب قرر إغلاق سفارته في طهران", CUT, "no own expression; part of the decision announced on Tue 1 May 2018"),
    ev("bourita-briefing", "في لقاء مع عدد من الصحفيين", CUT, "no own expression; the press briefing of 'اليوم الثلاثاء' = Tue 1 May 2018"),
])
art(S, "https://maghress.com/lakome/67778",
    "2018-05-02", "the stamp '02 ماي, 2018 - 11:37:00' at the head of the stored text (not kept in the text); the body's 'الأربعاء' and 'مساء الثلاثاء' agree (Wed 2 May 2018); headline written from the body (the stored text has none); the last sentence, cut in the stored text after 'بسبب ع' (the reason given), ends at 'مغادرة البلاد'", True, """
إيران تنفي بشدة اتهامات المغرب بدعم البوليساريو
رفضت وزارة الخارجية الإيرانية "بشدّة"، الأربعاء، اتهامات المغرب بوجود "تعاون بين سفارة طهران في الجزائر وجبهة البوليساريو".
وشدد المتحدث باسم الخارجية الإيرانية بهرام قاسمي، في بيان أوردته وكالة "إرنا" الرسمية، على "انعدام أي صلة لبلاده، من قريب أو بعيد، بنشاط هذه الجبهة".
واعتبر قاسمي أن "ما صرح به وزير الخارجية المغربي ناصر بوريطة عن تعاون أحد الدبلوماسيين الإيرانيين مع جبهة البوليساريو غير صحيح ويخالف الواقع".
وتابع المسؤول الإيراني: "تواصلنا مع الجانب المغربي خلال الأيام الماضية، وبيّنّا أن اتهامات التعاون مع الجبهة باطلة ومرفوضة ولا أساس لها".
ولفت إلى أن "السياسة الخارجية لإيران قائمة على احترام السيادة الوطنية والأمنية لكل الدول وعدم التدخل في شؤونها الداخلية".
وقبل ذلك، كانت سفارة إيران في الجزائر قد نفت اتهام المغرب لطهران بدعم "جبهة البوليساريو"، وأكدت في بيان على موقعها "التزامها بأداء دورها القانوني والطبيعي في توطيد العلاقات الطيبة وتعميقها بين البلدين الشقيقين إيران والجزائر".
ومساء الثلاثاء، أعلن وزير الخارجية المغربي ناصر بوريطة قطع العلاقات مع طهران، وطلب من سفير إيران مغادرة البلاد.
""", [
    ev("iran-denial", "رفضت وزارة الخارجية الإيرانية \"بشدّة\"، الأربعاء", DENY, "'الأربعاء' in an article stamped Wed 2 May 2018 = that day"),
    ev("embassy-algiers-denial", "كانت سفارة إيران في الجزائر قد نفت", DENY, "'قبل ذلك' only; the Iranian embassy's statement of Wed 2 May 2018 (elbalad: IRNA 'اليوم الأربعاء'; libyaakhbar 643756: the break 'يوم أمس الثلاثاء')"),
    ev("ties-cut", "أعلن وزير الخارجية المغربي ناصر بوريطة قطع العلاقات مع طهران", CUT, "'مساء الثلاثاء' before an article of Wed 2 May 2018 = Tue 1 May (evening)"),
    ev("ambassador-expelled", "وطلب من سفير إيران مغادرة البلاد", CUT, "'مساء الثلاثاء' = Tue 1 May 2018"),
])
art(S, "https://ar.telquel.ma/?p=28695",
    "2018-05-02", "no date on the stored page; the body's 'مساء اليوم الأربعاء' for the summons and 'أمس الثلاثاء' for Bourita's announcement of Tue 1 May 2018 give Wed 2 May 2018 (okaz of Thu 3 May: 'استدعت السفير المغربي أمس (الأربعاء)'); headline written from the body (the stored text has none)", False, """
الجزائر تستدعي السفير المغربي بعد قطع الرباط علاقاتها مع طهران
استدعت وزارة الخارجية الجزائرية، مساء اليوم الأربعاء، سفير المغرب لديها، على خلفية قرار المملكة قطع علاقاتها مع إيران واتهامها طهران بـ"الضلوع في مساعدة حزب الله اللبناني على دعم جبهة البوليساريو عسكرياً".
وصرح الناطق الرسمي باسم وزارة الشؤون الخارجية الجزائرية عبد العزيز بن علي شريف لوكالة الأنباء الجزائرية الرسمية بأن "سفير المملكة المغربية استقبله اليوم الأمين العام لوزارة الشؤون الخارجية، الذي أبلغه رفض السلطات الجزائرية للتصريحات التي لا أساس لها إطلاقا والتي تقحم الجزائر بشكل غير مباشر"، وهي تصريحات أدلى بها وزير الخارجية المغربي عند إعلانه قطع العلاقات الدبلوماسية بين المغرب وإيران.
وكان ناصر بوريطة قد أعلن أمس الثلاثاء أن المغرب يملك معلومات عن "دعم عسكري يقدمه حزب الله ودبلوماسيون إيرانيون لجبهة البوليساريو، وتسهيل دخول عدد من عناصر الحزب اللبناني إلى مخيمات تندوف".
وأضاف مسؤول مغربي رفيع أن المملكة لديها معطيات وأرقام وأسماء ووقائع تؤيد ما تتهم به إيران وحزب الله.
""", [
    ev("algeria-summons", "استدعت وزارة الخارجية الجزائرية، مساء اليوم الأربعاء، سفير المغرب لديها", SUMMON, "'مساء اليوم الأربعاء' = Wed 2 May 2018 (evening)"),
    ev("ties-cut", "على خلفية قرار المملكة قطع علاقاتها مع إيران", CUT, "no own expression; the break announced on Tue 1 May 2018 ('أمس الثلاثاء' below)"),
    ev("ambassador-received", "استقبله اليوم الأمين العام لوزارة الشؤون الخارجية", SUMMON, "'اليوم' in the spokesman's words of Wed 2 May 2018"),
    ev("bourita-briefing", "وكان ناصر بوريطة قد أعلن أمس الثلاثاء", CUT, "'أمس الثلاثاء' in an article of Wed 2 May 2018 = Tue 1 May"),
])
art(S, "https://sauress.com/okaz/1637828",
    "2018-05-03", "no date on the stored page (an Okaz article mirrored by sauress); the body's 'أمس (الأربعاء)' for the summons of Wed 2 May 2018 (telquel: 'مساء اليوم الأربعاء') gives Thu 3 May 2018; headline written from the body (the stored text has none)", False, """
الجزائر تستدعي سفير المغرب احتجاجا على اتهامات الرباط
أعلنت وزارة الخارجية الجزائرية أنها استدعت السفير المغربي أمس (الأربعاء)، اعتراضا على اتهامات بأن الجزائر أدت دورا في دعم إيراني مزعوم لجبهة البوليساريو.
وبيّنت الوزارة في بيان أن «الأمين العام لوزارة الشؤون الخارجية استقبل سفير المملكة المغربية، وأبلغه رفض السلطات الجزائرية للتصريحات التي لا أساس لها كليا والتي تقحم الجزائر بصورة غير مباشرة».
وكان المغرب قد أعلن (الثلاثاء) قطع علاقاته الدبلوماسية مع إيران، متهما طهران وحليفتها اللبنانية جماعة «حزب الله» بدعم جبهة البوليساريو الساعية إلى استقلال الصحراء الغربية، عبر السفارة الإيرانية في الجزائر.
وكان المغرب قد أعلن الصحراء الغربية جزءا من أراضيه بعد انسحاب الاستعمار الإسباني، غير أن جبهة البوليساريو خاضت حرب عصابات من أجل استقلال الشعب الصحراوي حتى جرى التوصل إلى اتفاق لوقف إطلاق النار برعاية الأمم المتحدة. وتساند الجزائر جبهة البوليساريو.
وأفادت محطة «سكاي نيوز عربية» التلفزيونية ومقرها أبوظبي بأن مجلس التعاون الخليجي أعلن تضامنه مع المغرب، مندداً بما وصفه بتدخل إيران في الشؤون الداخلية للمملكة المغربية.
""", [
    ev("algeria-summons", "أنها استدعت السفير المغربي أمس (الأربعاء)", SUMMON, "'أمس (الأربعاء)' in an article of Thu 3 May 2018 = Wed 2 May"),
    ev("ambassador-received", "الأمين العام لوزارة الشؤون الخارجية استقبل سفير المملكة المغربية", SUMMON, "no own expression; the summons of 'أمس (الأربعاء)' = Wed 2 May 2018"),
    ev("ties-cut", "وكان المغرب قد أعلن (الثلاثاء) قطع علاقاته الدبلوماسية مع إيران", CUT, "'(الثلاثاء)' of the same week = Tue 1 May 2018"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 651
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
