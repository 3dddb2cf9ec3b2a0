"""Builds stories.jsonl: the 614-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: epidemics in schools or camps: food poisoning, scabies,
hepatitis or cholera clusters, with closures and ministry statements.
Story: the scabies outbreak in schools of Makkah, with the closure of two evening primary schools and the
suspension of classes on Sunday and Monday (Saudi Arabia, April 2018).
The story is not in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-makkah-schools-scabies-2018
S = "saudi-makkah-schools-scabies-2018"
STATEMENT = "2018-04-01"                  # Makkah education statement, two schools closed: Sun 1 Apr 2018
SUSPENSION = ("2018-04-01", "2018-04-03")  # classes suspended Sunday 1 and Monday 2 April 2018
CASES = ("2018-03-25", "2018-04-01")      # cases appeared 'قبل عدة أيام' before the statement (my span 25-31 Mar)
MEETING = "2018-04-03"                    # al-Harthi's open meeting with school heads: Tue 3 Apr 2018
art(S, "https://sauress.com/alhayat/28453943",
    "2018-04-01", "no date line on the stored excerpt; the body's 'اليوم (الأحد)' and '(اليوم الأحد وغداً الاثنين)' for the closure and the two-day suspension announced by Makkah education on Sun 1 Apr 2018 (khabir.net, stamped 2018/04/02, and al-Madina via sauress: 'أمس الأحد، واليوم الإثنين'; okaz 1628826 quotes the same statement with 'اليوم (الأحد)'); an al-Hayat report carried by sauress; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
«تعليم مكة» يغلق مدرستين إثر تسجيل إصابات بالجرب
أقدمت الإدارة العامة للتعليم في منطقة مكة المكرمة اليوم (الأحد) على إغلاق مدرستين بعد رصد حالات إصابة بالجرب بين طلابهما وطالباتهما، مبينة أنها اتخذت حزمة من الإجراءات والتدابير إزاء ظهور حالات بين الطلبة في أكثر من مدرسة بالعاصمة المقدسة.
وأوضحت الإدارة أن المدرستين المغلقتين إحداهما ابتدائية مسائية للبنين والأخرى للبنات، مشيرة إلى أن الحالات المرصودة فعلياً جرت السيطرة عليها بعزل جميع الحالات المشتبه بها ومنحها إجازات مرضية احترازاً لمنع انتقال العدوى إلى بقية الطلاب والطالبات، وبتعليق الدراسة لمدة يومين (اليوم الأحد وغداً الاثنين) في المدارس التي سُجلت فيها حالات الاشتباه، احتياطاً إلى حين ظهور نتائج الحالات المشتبه بها.
وأشارت إلى أن إدارة الصحة العامة بالمديرية العامة للشؤون الصحية في منطقة مكة المكرمة والشؤون الصحية المدرسية في «تعليم مكة» خصصتا فرقاً ميدانية تزور المدارس لتطبيق الإجراءات الاحترازية اللازمة في التجمعات المدرسية، وإجراء مسح طبي لكل الفصول التي فيها حالات اشتباه بالمرض.
ووجهت «تعليم مكة» قائدي المدارس وقائداتها بتكثيف التوعية الصحية بأهمية النظافة، والتشديد على دور المرشد الصحي والمرشدة الصحية في أداء مهامهما.
""", [
    ev("two-schools-closed", "على إغلاق مدرستين بعد رصد حالات إصابة بالجرب", STATEMENT, "'اليوم (الأحد)' = Sun 1 Apr 2018"),
    ev("education-statement", "مبينة أنها اتخذت حزمة من الإجراءات والتدابير", STATEMENT, "no own expression; the Makkah education statement of Sun 1 Apr 2018 (the day of the closure, 'اليوم (الأحد)')"),
    ev("cases-appeared", "ظهور حالات بين الطلبة في أكثر من مدرسة", CASES[0], "no own expression; the cases appeared 'قبل عدة أيام' before the statement of Sun 1 Apr 2018 (khabir.net, okaz 1628826): my span 25 - 31 Mar 2018", end=CASES[1]),
    ev("suspension-two-days", "وبتعليق الدراسة لمدة يومين (اليوم الأحد وغداً الاثنين)", SUSPENSION[0], "'اليوم الأحد وغداً الاثنين' = Sun 1 - Mon 2 Apr 2018", end=SUSPENSION[1]),
    ev("field-teams", "خصصتا فرقاً ميدانية تزور المدارس", STATEMENT, "no own expression; reported in the statement of Sun 1 Apr 2018 (the day the teams were announced; they may have been formed a little earlier)"),
    ev("awareness-directive", "ووجهت «تعليم مكة» قائدي المدارس وقائداتها", STATEMENT, "no own expression; part of the statement of Sun 1 Apr 2018"),
])
art(S, "https://khabir.net/article.php?catidval=0&cid=290&id=41433",
    "2018-04-02", "the page's stamp 'أضيف بتاريخ :2018/04/02' (dropped from the text, it is not part of the body); the report, quoting al-Watan, speaks of the suspension 'ليومي الأحد والإثنين' (Sun 1 - Mon 2 Apr 2018) as already decided; headline kept from the page (quotation marks and the hashtag sign normalised); no date of its own in the text", False, """
«الجرب» يعلق 16 مدرسة في مكة
أوقفت إدارة تعليم مكة المكرمة الدراسة ليومي الأحد والإثنين في المدارس التي يُشتبه في إصابة عدد من طلابها بمرض الجرب، في خطوة احترازية وقائية تهدف إلى منع تفشي العدوى بين طلبة المدارس إلى أن تعالج جميع الحالات، فيما عزلت الشؤون الصحية في المنطقة حالات مشتبهاً بها ومنحتها إجازات مرضية.
ونقلت صحيفة "الوطن" أن تعليم مكة يدرس بالتنسيق مع الجهات المختصة تعليق الدراسة أسبوعاً كاملاً إذا ثبتت الإصابات المشتبه بها بالجرب، كإجراء احترازي وقائي، إلى جانب تطهير المدارس التي ظهرت فيها الحالات.
وتناقلت مواقع التواصل الاجتماعي بياناً صادراً عن الشؤون الصحية المدرسية بتعليم مكة المكرمة يبين إصابة 14 مدرسة ابتدائية للبنات ومدرستين للبنين.
من جانبه، أفاد المتحدث الرسمي لصحة منطقة مكة المكرمة حمد العتيبي بأن الإدارة العامة للتعليم بمنطقة مكة المكرمة تابعت الأنباء المتداولة عن ظهور حالات يشتبه في إصابتها بمرض الجرب الجلدي منذ ظهورها قبل عدة أيام، ولا سيما في مدرستين ابتدائيتين مسائيتين للبنين والبنات، واتخذت التدابير اللازمة بالتعاون مع المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة.
""", [
    ev("suspension-two-days", "أوقفت إدارة تعليم مكة المكرمة الدراسة ليومي الأحد والإثنين", SUSPENSION[0], "'ليومي الأحد والإثنين' in a report of Mon 2 Apr 2018 = Sun 1 - Mon 2 Apr 2018", end=SUSPENSION[1]),
    ev("week-suspension-considered", "تعليق الدراسة أسبوعاً كاملاً", "2018-04-01", "no own expression; al-Watan's report used by a page of Mon 2 Apr 2018 (the study under way after the closures of Sun 1 Apr): my span Sun 1 - Mon 2 Apr 2018", end="2018-04-03"),
    ev("fourteen-schools-statement", "وتناقلت مواقع التواصل الاجتماعي بياناً", "2018-04-01", "no own expression; the school-health statement (14 girls' primary schools, 2 boys' schools) circulated after the first statement of Sun 1 Apr and before this page of Mon 2 Apr 2018: my span 1 - 2 Apr 2018", end="2018-04-03"),
    ev("education-statement", "تابعت الأنباء المتداولة عن ظهور حالات", STATEMENT, "no own expression; the Makkah education statement of Sun 1 Apr 2018 (okaz 1628826 and al-Hayat: 'اليوم (الأحد)'), quoted here under the health spokesman's name"),
    ev("cases-appeared", "منذ ظهورها قبل عدة أيام", CASES[0], "'قبل عدة أيام' before the statement of Sun 1 Apr 2018: my span 25 - 31 Mar 2018", end=CASES[1]),
])
art(S, "https://okaz.com.sa/local/na/1629393",
    "2018-04-03", "no date line on the stored excerpt; the body's 'صباح اليوم (الثلاثاء)' for al-Harthi's open meeting with school heads, two days after the closures of Sun 1 Apr 2018 (okaz ids: 1628826 for the statement of Sunday, 1629393 here), gives Tue 3 Apr 2018; the page's second, duplicated copy of the two middle paragraphs dropped; headline written from the body (the stored text has none)", True, """
مدير تعليم مكة: الجرب مثل الزكام ويُعالج خلال ثلاثة أيام
قال مدير تعليم منطقة مكة المكرمة محمد الحارثي إن مرض الجرب الذي ظهر في بعض المدارس يشبه الزكام والإنفلونزا، ويمكن الشفاء منه خلال ثلاثة أيام بالمراهم والعلاجات المخصصة له.
وأضاف الحارثي، في اللقاء المفتوح الذي عُقد صباح اليوم (الثلاثاء) مع قادة المدارس في مختلف المراحل الدراسية، أن الأمر صاحبه «تهويل» من بعض الأطراف، لافتاً إلى أنه زار عدداً من المدارس التي سُجلت فيها حالات، فوجدها محدودة ومحصورة.
وأوضح أن كثافة الطلاب في المدارس المسائية تبلغ 30 طالباً، وهي أقل من المعدل الذي حددته الوزارة والبالغ 35 طالباً، مؤكداً أنه لا توجد في مدارس مكة كثافة تتجاوز هذه النسبة.
""", [
    ev("harthi-cold-remark", "قال مدير تعليم منطقة مكة المكرمة محمد الحارثي", MEETING, "no own expression; said at the open meeting of Tue 3 Apr 2018 ('صباح اليوم (الثلاثاء)')"),
    ev("cases-appeared", "مرض الجرب الذي ظهر في بعض المدارس", CASES[0], "no own expression; the first cases appeared some days before the statement of Sun 1 Apr 2018 (khabir.net 'منذ ظهورها قبل عدة أيام'): my span 25 - 31 Mar 2018", end=CASES[1]),
    ev("harthi-meeting", "في اللقاء المفتوح الذي عُقد صباح اليوم (الثلاثاء)", MEETING, "'صباح اليوم (الثلاثاء)' = Tue 3 Apr 2018"),
    ev("harthi-school-visits", "أنه زار عدداً من المدارس التي سُجلت فيها حالات", "2018-04-01", "no own expression; visits after the closures of Sun 1 Apr 2018 and no later than the meeting of Tue 3 Apr: my span 1 - 3 Apr 2018", end="2018-04-04"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 614)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
