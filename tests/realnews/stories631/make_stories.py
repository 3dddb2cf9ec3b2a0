"""Builds stories.jsonl: the 631-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: teachers' and students' exam cheating scandals, leaked
papers and re-sit decisions.
Story: the leak of the chemistry paper of the Sudanese secondary certificate (Sudan, March-April 2018), the
re-sit decision and the attorney general's investigation committee.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-certificate-chemistry-leak-resit-2018
S = "sudan-certificate-chemistry-leak-resit-2018"
EXAM = "2018-03-28"                        # the chemistry paper was sat on Wed 28 Mar 2018
LEAK = ("2018-03-27", "2018-03-29")        # questions circulated on social media hours before the session (night of 27/28 or morning of 28 Mar)
DECISION = "2018-03-29"                    # the ministry's statement (leak confirmed, re-sit decided), Thu 29 Mar 2018
FORMED = "2018-03-29"                      # the attorney general's decision forming the committee, Thu 29 Mar 2018
SWORN = "2018-03-31"                       # the committee was sworn in on Sat 31 Mar 2018
RESIT = "2018-04-17"                       # the chemistry re-sit, Tue 17 Apr 2018
art(S, "https://alttahrer.com/?p=14332",
    "2018-03-29", "no date line in the stored text; the body's 'في بيان أصدرته اليوم (الخميس 29 مارس)' for the ministry's statement gives Thu 29 Mar 2018 (29 Mar 2018 was a Thursday); headline written from the body (the stored text has none)", True, """
وزارة التربية السودانية تقرر إعادة امتحان الكيمياء بعد ثبوت تسريبه
قررت وزارة التربية والتعليم أن يعاد امتحان مادة الكيمياء الذي أداه الطلاب يوم الأربعاء 28 مارس الجاري ضمن امتحانات الشهادة الثانوية، بعدما ثبت لديها وقوع تسريب استُعملت فيه وسائل متعددة.
وذكرت الوزارة في بيان أصدرته اليوم (الخميس 29 مارس) أنها باتخاذ هذه الخطوة تؤكد أنها شرعت في إجراءات التحقيق في الأمر، وأن جميع الجهات المختصة تتعقب المتسببين في هذا الضرر وأنهم سينالون جزاءً حاسماً.
ولفتت الوزارة في بيانها إلى أنها رصدت ما أثير من أخبار وما جرى تداوله في مختلف وسائط الإعلام بعد امتحان الكيمياء، وأنه بعد المتابعة والتقصي من جانب الجهات المختصة في الوزارة والمسؤولين عن سير الامتحانات تأكد لها حدوث تسريب لأسئلة مادة الكيمياء عبر وسائل مختلفة.
وشددت الوزارة على حرصها على طمأنة أسر الممتحنين بشأن سلامة الامتحانات، وأوضحت أنها قررت إعادة امتحان الكيمياء في موعد يعلن لاحقاً، تحقيقاً للعدالة والمنافسة النزيهة.
""", [
    ev("chem-exam", "الذي أداه الطلاب يوم الأربعاء 28 مارس الجاري", EXAM, "'يوم الأربعاء 28 مارس الجاري' = Wed 28 Mar 2018"),
    ev("chem-leak", "وقوع تسريب استُعملت فيه وسائل متعددة", LEAK[0], "no own day; the questions circulated on social media hours before the session of Wed 28 Mar 2018 (alwatannews: 'قبل ساعات من زمن جلسة الامتحان'), so my span 27-28 Mar", end=LEAK[1]),
    ev("resit-decision", "قررت وزارة التربية والتعليم أن يعاد امتحان مادة الكيمياء", DECISION, "the decision announced in the statement of 'اليوم (الخميس 29 مارس)' = Thu 29 Mar 2018"),
    ev("ministry-statement", "وذكرت الوزارة في بيان أصدرته اليوم (الخميس 29 مارس)", DECISION, "'اليوم (الخميس 29 مارس)' = Thu 29 Mar 2018"),
    ev("chem-resit", "قررت إعادة امتحان الكيمياء في موعد يعلن لاحقاً", RESIT, "no own day ('في موعد يعلن لاحقاً'); the Sudan Examinations Council later set the re-sit for Tue 17 Apr 2018 at 8 a.m. (alsudani via sudaress, elmeghar)"),
])
art(S, "https://waleedstv.blogspot.com/2018/03/blog-post_293.html",
    "2018-03-31", "no date in the stored text; the post is in the blog's March 2018 archive (/2018/03/) and reports the swearing-in of the attorney general's committee, which was formed on Thu 29 Mar 2018 (alttahrer: 'أصدر النائب العام ... (الخميس 29 مارس)') and sworn in on Saturday (sudaneseonlinesd of Sun 1 Apr 2018: 'أدت ... السبت، القسم'), i.e. Sat 31 Mar 2018, the last day of March; so published on Sat 31 Mar 2018; headline kept from the page; the truncated last sentence dropped", False, """
لجنة "التحري والتحقيق" في تسريب "الكيمياء" تؤدي القسم وتبدأ أعمالها
أقسمت لجنة التحري والتحقيق في تسريب امتحان مادة الكيمياء اليمين أمام النائب العام مولانا عمر أحمد محمد، بحضور مساعده الأول مولانا هشام الدين عثمان.
وعقب أداء القسم وجّه النائب العام اللجنة بالإسراع في التحقيقات واتخاذ جميع التدابير التي تعينها على إنجاز مهمتها بالطرق القانونية، إلى أن يُحدَّد الجناة الحقيقيون في تسريب المادة، سواء كانوا داخل السودان أو خارجه، كما طالبها بالعمل بجدية وإخلاص وسرية لبلوغ الجناة.
وشدد، في تصريحات أوردتها وكالة السودان للأنباء، على أن جريمة التسريب التي حدثت من أخطر الجرائم الماسة بالأمن القومي، وأنها تختلف عن سواها من الجرائم لأنها طالت الشعب السوداني كله وأثرت فيه.
ونفى مولانا عمر قطعياً ما يتردد عن تسرب مواد اللغة العربية والرياضيات واللغة الإنجليزية، مؤكداً أن الكيمياء وحدها هي التي تسربت فعلاً.
وفي السياق ذاته أكد مولانا ياسر أحمد محمد، رئيس النيابة العامة ورئيس لجنة التحقيق، في تصريح لوكالة السودان للأنباء، أن اللجنة ستعمل في حدود اختصاصاتها على تحديد الجناة وتوقيفهم في أقرب وقت.
""", [
    ev("committee-sworn", "أقسمت لجنة التحري والتحقيق في تسريب امتحان مادة الكيمياء اليمين", SWORN, "no own day; the swearing-in of Sat 31 Mar 2018 (sudaneseonlinesd of Sun 1 Apr: 'السبت')"),
    ev("ag-directive", "وجّه النائب العام اللجنة بالإسراع في التحقيقات", SWORN, "no own day; given right after the oath, Sat 31 Mar 2018"),
    ev("chem-leak", "جريمة التسريب التي حدثت", LEAK[0], "no own day; the leak of the paper sat on Wed 28 Mar 2018, hours before the session (my span 27-28 Mar)", end=LEAK[1]),
    ev("other-subjects-denial", "ونفى مولانا عمر قطعياً ما يتردد عن تسرب مواد", SWORN, "no own day; the attorney general's denial made at the swearing-in, Sat 31 Mar 2018"),
    ev("yasir-statement", "أكد مولانا ياسر أحمد محمد، رئيس النيابة العامة", SWORN, "no own day; the committee head's statement to SUNA on the day of the oath, Sat 31 Mar 2018"),
])
art(S, "https://sudaneseonlinesd.blogspot.com/2018/04/blog-post_55.html",
    "2018-04-01", "the post's date line 'الأحد، 1 أبريل 2018' (1 Apr 2018 was a Sunday; the date line is not part of the body and is dropped); headline kept from the page; the truncated last sentence dropped", True, """
لجنة التحقيق في تسريب الكيمياء تباشر مهامها
أقسمت لجنة التحري والتحقيق في تسريب مادة الكيمياء، السبت، أمام النائب العام عمر أحمد محمد، وبحضور مساعده الأول هشام الدين عثمان، إيذاناً ببدء عملها.
وطلب النائب العام من اللجنة بعد أدائها القسم أن تسرع في إجراء التحقيقات.
وحضّها على اتخاذ كل التدابير التي تعينها على أداء مهمتها بالطرق القانونية، ومنها الاستعانة بسفارات السودان في الخارج، إلى أن يُعرف الجناة الفعليون في تسريب المادة سواء كانوا داخل السودان أو خارجه.
ودعا النائب العام اللجنة إلى الاستعانة بكل من تراه مناسباً، كي تضع يدها على الجاني الحقيقي.
ونفى صحة ما يتردد عن تسرب مواد اللغة العربية والرياضيات واللغة الإنجليزية، مؤكداً أن الكيمياء هي المادة التي تسربت فعلاً.
وفي الإطار ذاته أكد رئيس النيابة العامة ورئيس لجنة التحقيق، ياسر أحمد محمد، أن اللجنة ستعمل وفق اختصاصاتها على تحديد الجناة وتوقيفهم في أقرب وقت، ودعا وسائل الإعلام إلى عدم الالتفات إلى الشائعات وعدم الخوض في هذا الموضوع إلى حين انتهاء التحقيقات.
وأكد رئيس اللجنة وأعضاؤها أنهم باشروا العمل فور صدور قرار التشكيل، وتعهدوا باتخاذ كل ما يلزم للوصول إلى الجناة وتقديمهم إلى العدالة.
""", [
    ev("committee-sworn", "أقسمت لجنة التحري والتحقيق في تسريب مادة الكيمياء، السبت", SWORN, "'السبت' in a post of Sun 1 Apr 2018 = Sat 31 Mar 2018"),
    ev("ag-directive", "وطلب النائب العام من اللجنة بعد أدائها القسم", SWORN, "right after the oath of Saturday = Sat 31 Mar 2018"),
    ev("other-subjects-denial", "ونفى صحة ما يتردد عن تسرب مواد", SWORN, "no own day; made at the swearing-in, Sat 31 Mar 2018"),
    ev("yasir-statement", "أكد رئيس النيابة العامة ورئيس لجنة التحقيق، ياسر أحمد محمد", SWORN, "no own day; the committee head's statement on the day of the oath, Sat 31 Mar 2018"),
    ev("committee-formed", "فور صدور قرار التشكيل", FORMED, "no own day; the attorney general's decision forming the committee was issued on Thu 29 Mar 2018 (alttahrer: 'أصدر النائب العام عمر أحمد محمد، (الخميس 29 مارس)، قراراً بتشكيل لجنة')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 631
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
