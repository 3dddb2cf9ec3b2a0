"""Builds stories.jsonl: the 656-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: agriculture and food supply: wheat procurement, date and
olive harvests, fertiliser shortages, crop-disease outbreaks.
Story: the halt of Egypt's nitrogen-fertiliser plants (Abu Qir Fertilizers, Sidi Kerir, then MOPCO) when the gas
grid cut their supply in the heatwave of late June 2024 (Egypt, 25-26 June 2024).
This story is in neither the dev set nor the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-abu-qir-mopco-fertiliser-gas-halt-2024
S = "egypt-abu-qir-mopco-fertiliser-gas-halt-2024"
ABUQIR = "2024-06-25"                      # Abu Qir Fertilizers (and Sidi Kerir) announce the halt of their plants, Tue 25 Jun 2024
MOPCO = "2024-06-26"                       # MOPCO announces the halt of its three plants, Wed 26 Jun 2024
art(S, "https://manassa.news/news/18182",
    "2024-06-25", "the by-line 'منشور الثلاثاء 25 يونيو 2024' on the page (not kept in the text); the body's 'اليوم الثلاثاء' agrees; headline reworded from the page's; the last, truncated sentence ('ونشر…') dropped", True, """
مصانع "أبو قير للأسمدة" تتوقف عن العمل بعد انقطاع إمدادات الغاز
كشفت شركة أبو قير للأسمدة، وهي من كبرى الشركات المنتجة للأسمدة في السوق المصرية، اليوم الثلاثاء، عن توقف عمليات الإنتاج كافة في مصانعها الثلاثة، جراء انقطاع إمدادات الغاز.
وأرجعت الشركة، في إفصاح للبورصة المصرية، الثلاثاء، توقف مصانعها الثلاثة إلى "استمرار موجة الطقس الحار بما يتجاوز المعدلات المعتادة في هذا الوقت من العام، وهو ما رفع استهلاك الطاقة إلى مستويات غير مسبوقة، بالتزامن مع توقف بعض مصادر إمداد الغاز الإقليمي، فتأثر مخزون شبكة الغاز سلبا".
وأوضحت الشركة أن وقف إمداد الغاز إليها سيستمر إلى أن تتحسن الظروف التشغيلية للشبكة، من دون أن تحدد موعدا متوقعا لذلك.
وتعاني مصر تراجعا في إنتاجها من الغاز الطبيعي، الذي انخفض في 2023 للعام الثاني على التوالي بنسبة 11% ليبلغ أدنى مستوى له منذ 2017، في وقت تتعرض فيه منظومة توليد الكهرباء لضغوط بسبب ارتفاع الاستهلاك في الصيف.
ووفق بيانات منشورة عن الشركة في 2020، تعد أبو قير أكبر منتج للأسمدة النيتروجينية في مصر، وتغطي أكثر من 60% من احتياجات السوق المحلية في بعض أنواع الأسمدة.
""", [
    ev("abuqir-halt", "عن توقف عمليات الإنتاج كافة في مصانعها الثلاثة", ABUQIR, "'اليوم الثلاثاء' in an article of Tue 25 Jun 2024"),
    ev("abuqir-disclosure", "في إفصاح للبورصة المصرية، الثلاثاء", ABUQIR, "'الثلاثاء' of the week of the article = Tue 25 Jun 2024 (elmanshar: 'صباح اليوم')"),
    ev("gas-output-fall-2023", "الذي انخفض في 2023 للعام الثاني على التوالي", "2023-01-01", "'في 2023': the whole year 2023", end="2024-01-01"),
    ev("company-data-2020", "بيانات منشورة عن الشركة في 2020", "2020-01-01", "'في 2020': the whole year 2020 (day of publication unknown)", end="2021-01-01"),
])
art(S, "https://elmanshar.com/2024/06/25/%d9%86%d9%82%d8%b5-%d8%a7%d9%84%d8%ba%d8%a7%d8%b2-%d9%8a%d8%b9%d8%b7%d9%84-%d8%a7%d9%84%d8%a5%d9%86%d8%aa%d8%a7%d8%ac-%d8%aa%d8%b9%d9%84%d9%8a%d9%82-%d8%a7%d9%84%d8%b9%d9%85%d9%84-%d9%81%d9%8a-%d9%85",
    "2024-06-25", "the date 2024/06/25 in the URL path (Tue 25 Jun 2024); the body's 'اليوم الثلاثاء' agrees; headline rendered from the URL slug, whose end is cut, completed from the body; the last, truncated sentence (the company profile) dropped", True, """
نقص الغاز يعطل الإنتاج: تعليق العمل في مصانع أبو قير للأسمدة
كشفت شركة أبوقير للأسمدة، من أبرز الشركات العاملة في إنتاج الأسمدة وتصديرها في مصر، اليوم الثلاثاء، أن مصانعها الثلاثة توقفت عن العمل لنقص إمدادات الغاز الطبيعي.
وبيّنت الشركة، في إفصاح رسمي أرسلته إلى بورصة مصر صباح اليوم، أن موجة الحر الشديدة التي تمر بها البلاد حاليا فاقت المعدلات الطبيعية المنتظرة في هذه الفترة من السنة، فارتفع استهلاك الطاقة ارتفاعا غير مسبوق، وتأثر مخزون شبكة الغاز سلبا وتوقفت بعض مصادر الإمداد الإقليمية.
وأكدت الشركة أن ضخ الغاز الطبيعي إلى مصانعها الثلاثة عُلّق إلى حين تحسن الوضع التشغيلي للشبكة، وهو ما أدى إلى إيقاف المصانع، مجددة التزامها بالإفصاح عن أي تطورات جوهرية وفق القواعد المطبقة على الشركات المقيدة في بورصة مصر.
ويأتي هذا الإعلان في ظل مساع متواصلة لتحسين ظروف التشغيل وضمان استمرار الإنتاج في الشركة، ويُنتظر أن يُستأنف العمل في المصانع حالما تتوفر الظروف الملائمة وكميات كافية من الغاز.
""", [
    ev("abuqir-halt", "أن مصانعها الثلاثة توقفت عن العمل لنقص إمدادات الغاز الطبيعي", ABUQIR, "'اليوم الثلاثاء' in an article of Tue 25 Jun 2024 (URL date)"),
    ev("abuqir-disclosure", "في إفصاح رسمي أرسلته إلى بورصة مصر صباح اليوم", ABUQIR, "'صباح اليوم' = the morning of Tue 25 Jun 2024"),
    ev("abuqir-gas-suspended", "أن ضخ الغاز الطبيعي إلى مصانعها الثلاثة عُلّق", ABUQIR, "no own expression; the suspension that stopped the plants announced on Tue 25 Jun 2024; my day (the cut itself may have come hours earlier)"),
])
art(S, "https://zatmisr.com/24600/موبكو-تلحق-بـ-أبي-قير-و-سيدي-كرير-وتوقف-الإنتاج-بمصانعها-بسبب-نقص-الغاز",
    "2024-06-26", "no date on the stored page; the body's 'أمس الثلاثاء' for the halt announced by Abu Qir and Sidi Kerir on Tue 25 Jun 2024 (manassa's by-line 'الثلاثاء 25 يونيو 2024', elmanshar's URL 2024/06/25) and 'اليوم الأربعاء' for MOPCO's disclosure give Wed 26 Jun 2024 ('مطلع يونيو الجاري' confirms the month); headline reworded from the page's; the last sentence, cut in the stored text at 'توقف عم', completed as 'توقف عملياتها' and ended there", False, """
بسبب نقص الغاز.. «موبكو» تنضم إلى «أبو قير» و«سيدي كرير» وتوقف إنتاجها
كشفت شركة مصر لإنتاج الأسمدة “موبكو” عن توقف مصانعها الثلاثة جراء انقطاع إمداد الغاز الطبيعي، لتنضم بذلك إلى نظيرتيها «أبو قير» و«سيدي كرير» اللتين أعلنتا توقف إنتاجهما أمس.
وذكرت الشركة، في إفصاح للبورصة المصرية، اليوم الأربعاء، أن «تواصل الموجة الحارة بما يفوق المعدلات الطبيعية المتوقعة في هذه الفترة من العام أدى إلى ارتفاع غير مسبوق في معدلات استهلاك الطاقة».
وأضافت أن ذلك تزامن مع توقف بعض مصادر إمداد الغاز الإقليمي، فتأثر مخزون شبكة الغاز سلبا.
ومضى البيان: «حرصا من الشركة المشغلة لشبكة الغاز على تجنيب مصانع الشركة أي أضرار بسبب هذه الظروف التشغيلية، أوقف إمداد الغاز الطبيعي عنها إلى أن تتحسن الظروف التشغيلية للشبكة، وعليه أوقفت مصانع الشركة الثلاثة».
وأمس الثلاثاء، أعلنت شركتا «أبي قير» و«سيدي كرير» للأسمدة والصناعات الكيمياوية وقف الإنتاج في مصانعهما، لتوقف إمدادات الغاز الطبيعي.
ولم تكن هذه الشركات أول من يعلن توقف الإنتاج لنقص الغاز، إذ أعلنت 5 شركات أسمدة مدرجة في البورصة المصرية، في مطلع يونيو الجاري، توقف عملياتها.
""", [
    ev("mopco-halt", "عن توقف مصانعها الثلاثة جراء انقطاع إمداد الغاز الطبيعي", MOPCO, "no own expression; announced in the disclosure of 'اليوم الأربعاء' = Wed 26 Jun 2024"),
    ev("mopco-disclosure", "في إفصاح للبورصة المصرية، اليوم الأربعاء", MOPCO, "'اليوم الأربعاء' = Wed 26 Jun 2024"),
    ev("abuqir-halt", "وأمس الثلاثاء، أعلنت شركتا «أبي قير» و«سيدي كرير»", ABUQIR, "'أمس الثلاثاء' in an article of Wed 26 Jun 2024 = Tue 25 Jun"),
    ev("early-june-halts", "في مطلع يونيو الجاري، توقف عملياتها", "2024-06-01", "'مطلع يونيو الجاري' = the first days of June 2024; my span 1-7 Jun (the exact day is not in the text)", end="2024-06-08"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 656
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
