"""Builds stories.jsonl: the 221-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: housing (social-housing allocations and handovers, housing
lotteries, rent and housing-loan decisions). Stories: the Egyptian House of Representatives' passage of the
old-rent law amendments (approval in principle on Tue 1 Jul 2025, Article 2 and the opposition walkout on
Wed 2 Jul 2025). A small set: one story, three articles (see README.md). None of these stories is in the dev
set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-old-rent-law-parliament-passage-2025
S = "egypt-old-rent-law-parliament-passage-2025"
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=01072025&id=4f576db9-07b6-4157-9ced-96f84109b043",
    "2025-07-01", "date in the URL 'cdate=01072025' (Tue 1 Jul 2025), with the body's 'منذ قليل' for the approval in principle, which came in the session of Tue 1 Jul 2025 (the final vote followed on Wed 2 Jul: another outlet 'يوم ٢ يوليو الجارى'); no headline in the stored text; no date of its own in the text", False, """
وافق مجلس النواب منذ قليل، في جلسته العامة، من حيث المبدأ على مشروع القانون الذي قدمته الحكومة لتعديل قانون الإيجار القديم.
ويرمي مشروع القانون إلى إحداث قدر من التوازن بين طرفي العلاقة الإيجارية، عبر معالجة الاختلالات التي خلّفتها التشريعات الاستثنائية السابقة، والتي أفضت إلى تدني القيمة الإيجارية رغم تبدل الظروف الاقتصادية.
ويقوم مشروع القانون على فلسفة التدرج والواقعية، إذ ترتفع القيمة الإيجارية بصورة تدريجية، وتُمنح فترات انتقالية قبل إنهاء العلاقة الإيجارية، ويُمكَّن المستأجرون من الحصول على وحدات بديلة من الدولة وفق الآليات الواردة في المشروع.
ومؤخرًا، أقرت اللجنة البرلمانية المشتركة من مكاتب لجان الإسكان والإدارة المحلية والشؤون الدستورية والتشريعية مشروع القانون الذي قدمته الحكومة بشأن بعض الأحكام المنظمة لقوانين الإيجار القديم.
""", [
    ev("approval-in-principle", "وافق مجلس النواب منذ قليل", "2025-07-01", "'منذ قليل' on the URL day: Tue 1 Jul 2025"),
    ev("joint-committee-approval", "أقرت اللجنة البرلمانية المشتركة", "2025-06-15", "'مؤخرًا': the joint committee's approval came after its meetings resumed with the plenary sessions set for 15 June (another outlet: 'يوم 15 يونيو الجاري') and before the plenary of 1 Jul; my span 15-30 Jun 2025", end="2025-07-01"),
])
art(S, "https://alhlal-news.com/uncategorized/amp/93448",
    "2025-07-02", "page stamp 'اليوم الأربعاء 2 يوليو 2025 04:55 مساءً' after the outlet name (kept as first line 'الأربعاء 2 يوليو 2025 04:55 مساءً', before the headline); 2 Jul 2025 was a Wednesday, the day of the final vote and the walkout; body 'الأربعاء' agrees; the aggregator's opening line ('نعرض لكم زوارنا ...'), the subheadings and the truncated last sentence ('... أو مد الفترة ال') cut to its complete clause", True, """
الأربعاء 2 يوليو 2025 04:55 مساءً
نواب المعارضة والمستقلون ينسحبون من جلسة «الإيجار القديم» عقب إقرار المادة الثانية المثيرة للجدل
انسحب نواب المعارضة وعدد من المستقلين من جلسة مجلس النواب احتجاجًا على تمرير المادة الثانية من قانون الإيجار القديم، التي تنص على إنهاء عقود الإيجار السكني في غضون 7 سنوات.
وشهدت الجلسة العامة لمجلس النواب، الأربعاء، انسحابًا جماعيًا لنواب المعارضة وعدد من النواب المستقلين، اعتراضًا على إقرار المادة الثانية من مشروع قانون الإيجار القديم من دون الأخذ بأي من التعديلات المقترحة عليها.
وجاء الانسحاب بعد أن صوّت المجلس بالموافقة على المادة التي تقضي بإنهاء عقود إيجار الأماكن السكنية بعد سبع سنوات من بدء العمل بالقانون، وغير السكنية بعد خمس سنوات، مع جواز الإنهاء المبكر بالتراضي بين الطرفين.
وطالب عدد من النواب، وفي مقدمتهم نواب المعارضة، بحذف المادة بالكامل.
""", [
    ev("opposition-walkout", "انسحابًا جماعيًا لنواب المعارضة", "2025-07-02", "'الأربعاء' = Wed 2 Jul 2025 (the stamp day)"),
    ev("article-2-approval", "صوّت المجلس بالموافقة على المادة", "2025-07-02", "no own expression; the vote on Article 2 just before the walkout, Wed 2 Jul 2025"),
    ev("deletion-demand", "وطالب عدد من النواب، وفي مقدمتهم نواب المعارضة", "2025-07-02", "no own expression; in the debate on Article 2, Wed 2 Jul 2025"),
])
art(S, "https://www.egypttelegraph.com/article/158641/24-%D9%86%D8%A7%D8%A6%D8%A8%D8%A7-%D8%A3%D8%B3%D9%85%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D9%86%D8%B3%D8%AD%D8%A8%D9%8A%D9%86-%D8%A8%D8%B9%D8%AF-%D8%A5%D9%82%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D8%A7%D8%AF%D8%A9",
    "2025-07-02", "no stamp or URL date in the stored page: fixed by the body's 'التي انعقدت اليوم' for the plenary in which Article 2 was passed and the members walked out, which was on Wed 2 Jul 2025 (another outlet's stamp: 'الأربعاء 2 يوليو 2025'; another: 'إقراره بصورة نهائية يوم ٢ يوليو'); the caption 'مجلس النواب - أرشيفية', the subheading and the truncated last sentence ('وتم إقرار ...') dropped; no date of its own in the text", False, """
24 نائبًا.. أسماء المنسحبين عقب إقرار المادة 2 من قانون الإيجار القديم
انسحب عدد من النواب من الجلسة العامة للبرلمان التي انعقدت اليوم لمناقشة مشروع تعديل قانون الإيجار القديم، وذلك بعد الموافقة على المادة الثانية التي تقضي بتحرير العلاقة بين المالك والمستأجر بعد 7 سنوات.
وأصدر النواب الرافضون للقانون بيانًا قالوا فيه: "بذلنا منذ اللحظة الأولى لدخول مشروع تعديلات قانون الإيجار القديم كل جهد مخلص وأمين، سواء في مناقشات اللجان النوعية أو في الجلسة العامة، لتقديم منتج تشريعي يصون حقوق الملاك والمستأجرين بشكل متوازن".
وتابع البيان: "ومنعًا لمحاولات الحكومة استغلال حكم الدستورية ليشمل مراكز قانونية لم تكن محل حكم المحكمة الدستورية العليا، الذي اقتصر على مسألة تحريك الأجرة فقط، سعينا جاهدين، خلال مناقشات الجلسة العامة اليوم، إلى استثناء المستأجر الأصلي وزوجه وأولاده من إنهاء العلاقة الإيجارية".
وأوضح النواب في البيان أن ذلك كان "حرصًا على عدم المساس بحقوقهم الاجتماعية والإنسانية، غير أن كل المحاولات باءت بالفشل، ولم تستجب الحكومة لتلك المقترحات لتحقيق التوازن المطلوب، ولم تقدم حلولًا بديلة مرضية".
""", [
    ev("opposition-walkout", "انسحب عدد من النواب من الجلسة العامة للبرلمان", "2025-07-02", "'اليوم' = Wed 2 Jul 2025"),
    ev("article-2-approval", "بعد الموافقة على المادة الثانية", "2025-07-02", "no own expression; in the same session 'اليوم', Wed 2 Jul 2025"),
    ev("walkout-statement", "وأصدر النواب الرافضون للقانون بيانًا", "2025-07-02", "no own expression; issued on the day of the walkout, Wed 2 Jul 2025"),
    ev("constitutional-ruling", "استغلال حكم الدستورية", "2024-11-09", "no own expression; the Supreme Constitutional Court's ruling against fixed old rents of Sat 9 Nov 2024 (outside knowledge; another outlet: 'في نوفمبر/تشرين الثاني الماضي')"),
    ev("exception-attempt", "سعينا جاهدين، خلال مناقشات الجلسة العامة اليوم", "2025-07-02", "'الجلسة العامة اليوم' = Wed 2 Jul 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 225)
                            if i != 201 and i != 221 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
