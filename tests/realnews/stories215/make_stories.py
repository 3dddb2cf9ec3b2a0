"""Builds stories.jsonl: the 215-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: fraud, scams and money-collection
(Ponzi) schemes (the arrest and jailing of "Yousra", head of Tangier's «مجموعة الخير» money-collection
scheme, Morocco 2024; the Algerian «Future Gate» study-abroad scam, its ringleaders and the influencers
who promoted it remanded, Algeria 2022). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-tangier-majmouat-al-khair-arrest-2024
S = "morocco-tangier-majmouat-al-khair-arrest-2024"
art(S, "https://www.hibazoom.com/article-169868/",
    "2024-09-22", "no URL date or page stamp in the stored page: fixed by the body's own full date 'مساء اليوم الأحد 22 شتنبر 2024' for the arrest (22 Sep 2024 was a Sunday); the byline 'هبة زووم – جمال البقالي' and the truncated last sentence dropped", True, """
أمن طنجة يوقف العقل المدبر لـ"مجموعة الخير" في محطة القطار
أفاد مصدر موثوق لهبة زووم بأن عناصر الشرطة القضائية التابعة لولاية أمن طنجة تمكنت، مساء اليوم الأحد 22 شتنبر 2024، من توقيف العقل المدبر لـ"مجموعة الخير" داخل محطة القطار.
وأوضح المصدر نفسه أن توقيف المشتبه فيها، المعروفة باسم "يسرى"، جاء بناء على معلومات دقيقة توفرت لدى العناصر الأمنية، التي نصبت لها كمينا محكما فأوقفتها وهي تحاول مغادرة المدينة عبر قطار "البراق".
وبمجرد اعتقالها، نُقلت المشتبه فيها إلى مقر ولاية أمن طنجة، حيث يجري في هذه الأثناء البحث والتحقيق معها تحت الإشراف المباشر للنيابة العامة المختصة بطنجة.
وتُعد "يسرى" العقل المدبر لمجموعة الخير والمطلوبة الأولى للعدالة، إذ يتهمها آلاف الضحايا بأنها المسؤولة الأولى عن تسلّم أموالهم التي تقدر بمليارات السنتيمات.
وكانت قضية "مجموعة الخير" قد تفجرت على خلفية انتحار إحدى مسيّرات هذه المجموعة، التي وضعت حدا لحياتها الخميس الماضي باستعمال مادة "الماء القاطع"، بعد أن لجأ كثير من ضحايا المجموعة إلى القضاء مطالبين باسترداد أموالهم.
""", [
    ev("yousra-arrest", "مساء اليوم الأحد 22 شتنبر 2024", "2024-09-22", "'مساء اليوم الأحد 22 شتنبر 2024' = the evening of Sun 22 Sep 2024"),
    ev("ambush", "التي نصبت لها كمينا محكما", "2024-09-22", "no own expression; the ambush at the Al Boraq station that led to the arrest, Sun 22 Sep 2024"),
    ev("police-questioning", "حيث يجري في هذه الأثناء البحث والتحقيق معها", "2024-09-22", "'في هذه الأثناء' = the evening of Sun 22 Sep 2024; the police custody ran until she was brought before the prosecutor on Wed 25 Sep (another report: 'يوم أمس الأربعاء 25 شتنبر'), my span 22-25 Sep", end="2024-09-26"),
    ev("manager-suicide", "وضعت حدا لحياتها الخميس الماضي", "2024-09-19", "'الخميس الماضي' before Sun 22 Sep = Thu 19 Sep 2024"),
])
art(S, "https://tanwer.ma/2024/09/22/%d8%b1%d8%a6%d9%8a%d8%b3%d8%a9-%d9%85%d8%ac%d9%85%d9%88%d8%b9%d8%a9-%d8%a7%d9%84%d8%ae%d9%8a%d8%b1-%d9%8a%d8%b3%d8%b1%d9%89-%d8%aa%d9%8f%d8%b9%d8%aa%d9%82%d9%84-%d9%85%d9%86-%d9%82%d8%a8%d9%84",
    "2024-09-22", "date in the URL '/2024/09/22/' (a Sunday, the evening of the arrest reported by other outlets 'مساء اليوم الأحد 22 شتنبر 2024'); the byline 'طنجة – أحمد ساجد.' and the truncated last sentence ('...حول طبيعة الأنشطة التي أدت إلى توقي') dropped; no date of its own in the text", False, """
رئيسة مجموعة الخير "يسرى" في قبضة أمن طنجة بعد يومين من توقيف شقيقها
في تطور جديد للأحداث، أوقفت السلطات الأمنية في طنجة "يسرى"، رئيسة مجموعة الخير، بعد يومين فقط من إيقاف شقيقها، وتندرج هذه الخطوة ضمن تحقيقات متواصلة تجريها الأجهزة الأمنية في قضايا تتصل بأنشطة مشبوهة مرتبطة بالمجموعة.
وبحسب مصادر مطلعة، فإن اعتقال يسرى جاء بعد أن توصلت السلطات بمعلومات تفيد بتورطها في أنشطة غير قانونية قد تكون لها صلة بما كُشف عنه عقب توقيف شقيقها.
وأكدت المصادر أن التحقيقات ما تزال جارية لكشف جميع الملابسات المتعلقة بالقضية وتحديد مدى تورط الأطراف المعنية.
وقد أثار اعتقال يسرى اهتماما واسعا في أوساط المجتمع المحلي، خاصة أن مجموعة الخير كانت معروفة بأنشطتها الخيرية والاجتماعية، وهو ما جعل القضية تتصدر حديث الشارع في طنجة.
ومن جهتها، لم تُصدر السلطات حتى الآن أي بيان رسمي بشأن تفاصيل القضية أو التهم الموجهة إلى رئيسة المجموعة.
""", [
    ev("yousra-arrest", "أوقفت السلطات الأمنية في طنجة \"يسرى\"", "2024-09-22", "no own expression; the arrest on the evening of Sun 22 Sep 2024 (the URL day; another report: 'مساء اليوم الأحد 22 شتنبر 2024')"),
    ev("brother-arrest", "بعد يومين فقط من إيقاف شقيقها", "2024-09-20", "'بعد يومين' before the arrest of Sun 22 Sep = Fri 20 Sep 2024"),
    ev("no-official-statement", "لم تُصدر السلطات حتى الآن أي بيان رسمي", "2024-09-22", "'حتى الآن' = the publication day, Sun 22 Sep 2024"),
])
art(S, "https://achkayen.com/574009/.html",
    "2024-09-26", "no URL date or page stamp in the stored page (only the footer '2024 ©'): fixed by the body's 'يوم أمس الأربعاء 25 شتنبر الجاري' for the hearing before the prosecutor and the investigating judge (25 Sep 2024 was a Wednesday): so Thu 26 Sep 2024; the copyright line and the truncated last sentence ('...المدعوة \"ح. ز.\"، في منطقة واد أل') dropped; the full date in the text is the day before publication, so no date of its own", False, """
قضت "يسرى"، رئيسة "مجموعة الخير"، ليلتها الأولى في السجن، بعد تحقيق استمر ساعات أمام النيابة العامة وقاضي التحقيق بالمحكمة الابتدائية في طنجة، يوم أمس الأربعاء 25 شتنبر الجاري، وهي تواجه أكثر من عشرين شكاية ورد فيها اسمها، ضمن محضرين لدى الضابطة القضائية.
وكشفت مصادر خاصة لصحيفة "آشكاين" الإلكترونية أن المعنية تواجه لائحة تهم ثقيلة تشمل تكوين شبكة إجرامية متخصصة في النصب والاحتيال، وخيانة الأمانة، واحتراف تلقي الأموال من الجمهور دون إذن قانوني.
ويأتي هذا التوقيف في سياق التحقيقات الجارية في واحدة من أكبر قضايا النصب التي عرفتها مدينة طنجة في السنوات الأخيرة، والتي امتدت لائحة ضحاياها لتشمل مغاربة المهجر أيضا.
وكانت المصادر قد كشفت توقيف يسرى في محطة القطار بطنجة إثر تحقيقات مكثفة أجرتها السلطات الأمنية، إذ تُعتبر المديرة الرئيسية لشبكة "مجموعة الخير" التي استهدفت المواطنين بمبالغ مالية ضخمة عبر وعود وهمية بمضاعفة أموالهم.
وجاء توقيفها بعد يومين من اعتقال شقيقها، الذي يُعد شريكا رئيسيا في عمليات النصب، ما يكشف مدى تعقيد الشبكة.
""", [
    ev("first-night-prison", "ليلتها الأولى في السجن", "2024-09-25", "no own expression; the night after the hearing of Wed 25 Sep 2024, i.e. the night of 25-26 Sep (my span 25-26 Sep)", end="2024-09-27"),
    ev("court-hearing", "بعد تحقيق استمر ساعات أمام النيابة العامة وقاضي التحقيق", "2024-09-25", "'يوم أمس الأربعاء 25 شتنبر الجاري' = Wed 25 Sep 2024"),
    ev("police-questioning", "إثر تحقيقات مكثفة أجرتها السلطات الأمنية", "2024-09-22", "no own expression; the police inquiry around the arrest of Sun 22 Sep, until she was brought to court on Wed 25 Sep 2024 (my span 22-25 Sep; the inquiry into the group had begun months earlier)", end="2024-09-26"),
    ev("yousra-arrest", "توقيف يسرى في محطة القطار بطنجة", "2024-09-22", "no own expression; the arrest on the evening of Sun 22 Sep 2024 (another report: 'مساء اليوم الأحد 22 شتنبر 2024')"),
    ev("brother-arrest", "بعد يومين من اعتقال شقيقها", "2024-09-20", "'بعد يومين' before the arrest of Sun 22 Sep = Fri 20 Sep 2024"),
])

# ---------------------------------------------------------------- algeria-future-gate-students-scam-2022
S = "algeria-future-gate-students-scam-2022"
SCAM = ("2021-01-01", "2022-01-01")  # the company took the students' money during 2021; the affair broke at the end of December 2021
art(S, "https://www.maghrebvoices.com/trends/2022/01/19/%D9%82%D8%B6%D9%8A%D8%A9-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%8A%D8%A7%D9%84-%D8%B7%D9%84%D8%A8%D8%A9-%D8%A8%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D9%86%D8%B4%D8%B1-%D8%AA%D8%B5%D8%B1%D9%8A%D8%AD%D8%A7%D8%AA-%D9%85%D8%AA%D9%87%D9%85%D9%8A%D9%86-%D9%8A%D8%AB%D9%8A%D8%B1-%D8%AC%D8%AF%D9%84%D8%A7-%D9%88%D8%A7%D8%B3%D8%B9%D8%A7",
    "2022-01-19", "date in the URL '/2022/01/19/' and the page's date line '19 يناير 2022' under the headline (kept as first line, before the headline); 19 Jan 2022 was a Wednesday; the body's 'أمس الثلاثاء' (Tue 18) and 'السبت الماضي' (Sat 15, the DGSN statement, dated by other outlets 'samedi 15 janvier') agree; the rubric 'ترند' and the truncated last sentence dropped", True, """
19 يناير 2022
قضية الاحتيال على طلبة في الجزائر.. نشر تصريحات متهمين يثير جدلا واسعا
تناقل مستخدمو منصات التواصل الاجتماعي في الجزائر، خلال الساعات الأخيرة، مقاطع من الفيديوهات التي بثتها الشرطة الجزائرية، أمس الثلاثاء، لمتهمين في قضية الاحتيال على عشرات الطلبة الذين كانوا يطمحون إلى الدراسة في الخارج.
وكانت المديرية العامة للأمن الوطني بالجزائر قد أعلنت، السبت الماضي، أن مصالحها ألقت القبض على المدبرين الرئيسيين لقضية الاحتيال على 75 طالبا جزائريا كانوا يعتزمون الدراسة في الخارج، و"تعرضوا للنصب من طرف شركة وهمية".
وبحسب البيان، فإن تلك الشركة "قدمت لهم عروضا مغرية عبر منصات التواصل الاجتماعي، موهمة ضحاياها بالتسجيل ومزاولة الدراسة في جامعات أجنبية بكل من أوكرانيا وتركيا وروسيا".
وأشار المصدر ذاته إلى أن المدبرين استعانوا "ببعض الوجوه المؤثرة عبر منصات التواصل الاجتماعي للترويج لهذه الخدعة".
وفي المقاطع المتداولة خلال الساعات الأخيرة، ظهر أحد "المؤثرين"، ويُدعى "ريفكا"، وهو يقول إنه تلقى مبلغا ماليا مقابل الترويج لمشروع نقل جزائريين للدراسة في الخارج لصالح شركة "future gate".
""", [
    ev("police-videos", "التي بثتها الشرطة الجزائرية، أمس الثلاثاء", "2022-01-18", "'أمس الثلاثاء' before Wed 19 Jan = Tue 18 Jan 2022"),
    ev("videos-shared", "تناقل مستخدمو منصات التواصل الاجتماعي في الجزائر", "2022-01-18", "'خلال الساعات الأخيرة' before the publication of Wed 19 Jan 2022: the clips published on Tue 18 spread on 18-19 Jan (my span)", end="2022-01-20"),
    ev("dgsn-announcement", "قد أعلنت، السبت الماضي", "2022-01-15", "'السبت الماضي' before Wed 19 Jan = Sat 15 Jan 2022 (other outlets: 'ce samedi 15 janvier')"),
    ev("students-scam", "تعرضوا للنصب من طرف شركة وهمية", SCAM[0], "no own expression; the company took the students' payments during 2021, the affair broke at the end of December 2021 (outside knowledge: 'L'affaire a éclaté fin décembre dernier'); a loose span, the whole of 2021", end=SCAM[1]),
    ev("influencer-promotion", "ببعض الوجوه المؤثرة عبر منصات التواصل الاجتماعي للترويج لهذه الخدعة", SCAM[0], "no own expression; the influencers' paid promotion of the company, during 2021 before the affair broke in late December (a loose span, the whole of 2021)", end=SCAM[1]),
])
art(S, "http://almadenahnews.com/article/969108-حبس-ثلاثة-من-أشهر-المؤثرين-في-الجزائر-بسبب-قضية-نصب-واحتيال",
    "2022-01-20", "no URL date or page stamp in the stored page: fixed by the body's 'صباح أمس الأربعاء' and 'فجر اليوم الخميس' for the investigating judge's hearing that ended with the remand orders; the remand of the twelve suspects was on Thu 20 Jan 2022 (another outlet: 'ce jeudi 20 janvier'), so Thu 20 Jan 2022; the source tag 'المدينة نيوز :-' and the truncated last sentence ('وأشارت ا...') dropped; no date of its own in the text", False, """
حبس ثلاثة من أشهر "المؤثرين" في الجزائر بسبب قضية نصب واحتيال
تتصدر العناوين في الجزائر قضية النصب والاحتيال على طلبة جامعيين يرغبون في الدراسة بالخارج، وهي قضية يُتهم مؤثرون مشهورون على مواقع التواصل بالتورط فيها.
وقد أمر عميد قضاة التحقيق بمحكمة الدار البيضاء في العاصمة بإيداع ثلاثة من أشهر "المؤثرين" في الجزائر الحبس المؤقت، وهم نوميديا لزول، التي قيل في البداية إنها في حالة فرار قبل أن تسلم نفسها للشرطة، وبوجملين فاروق المعروف باسم "ريفكا"، ومحمد أبركان المعروف بـ"ستانلي"، فيما وُضعت المؤثرة القاصر إيناس عبدلي تحت الرقابة القضائية لأنها لم تبلغ السن القانونية.
وبحسب صحف جزائرية، أمر قاضي التحقيق أيضا بإيداع صاحب الشركة الوهمية Future gate "ر. أسامة"، وهو ابن برلمانية سابقة، الحبس المؤقت، كما وضع سبعة متهمين آخرين، بينهم امرأتان، في الحبس المؤقت.
ووفق صحيفة "الشروق"، فقد تواصل التحقيق الذي بدأ صباح أمس الأربعاء حتى الساعات الأولى من فجر اليوم الخميس، ووُجهت إلى المتورطين تهم ثقيلة، منها تكوين جمعية أشرار بغرض النصب والاحتيال الموجه للجمهور، والاتجار بالأشخاص، ومخالفة التشريع الخاص بحركة الأموال من وإلى الخارج.
""", [
    ev("remand-orders", "بإيداع ثلاثة من أشهر \"المؤثرين\" في الجزائر الحبس المؤقت", "2022-01-20", "'فجر اليوم الخميس' = the early hours of Thu 20 Jan 2022, when the hearing ended with the remand orders"),
    ev("judge-hearing", "تواصل التحقيق الذي بدأ صباح أمس الأربعاء حتى الساعات الأولى من فجر اليوم الخميس", "2022-01-19", "'صباح أمس الأربعاء' to 'فجر اليوم الخميس' = Wed 19 to the early hours of Thu 20 Jan 2022", end="2022-01-21"),
    ev("numidia-surrender", "قبل أن تسلم نفسها للشرطة", "2022-01-15", "no own expression; after the DGSN statement of Sat 15 Jan named her as a fugitive and before the hearing of Wed 19 Jan 2022 (my span 15-19 Jan)", end="2022-01-20"),
    ev("students-scam", "قضية النصب والاحتيال على طلبة جامعيين", SCAM[0], "no own expression; the company took the students' payments during 2021, the affair broke at the end of December 2021 (a loose span, the whole of 2021)", end=SCAM[1]),
    ev("influencer-promotion", "يُتهم مؤثرون مشهورون على مواقع التواصل بالتورط فيها", SCAM[0], "no own expression; their involvement is the paid promotion of the company during 2021 (the prosecution's case; a loose span, the whole of 2021)", end=SCAM[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 221)
                            if i != 201 and i != 215
                            and (i <= 214 or os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}')))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
