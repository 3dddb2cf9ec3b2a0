"""Builds stories.jsonl: the 490-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local protests by residents: sit-ins, marches, road
blockades over water, jobs, land or services (not workers' strikes).
Story: the weekly protest against the Bisri dam on Sun 24 Mar 2019, when security forces and the army kept the
MPs Osama Saad and Ibrahim Azar and the protesters (residents and landowners) out of Marj Bisri (Lebanon).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-marj-bisri-mps-barred-2019
S = "lebanon-marj-bisri-mps-barred-2019"
DAY = "2019-03-24"                         # Sun 24 Mar 2019: the MPs and protesters barred from Marj Bisri
art(S, "https://www-staging.alnour.com.lb/news/politics/357796/%D8%A7%D9%84%D9%82%D9%88%D9%89-%D8%A7%D9%84%D8%A3%D9%85%D9%86%D9%8A%D8%A9-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D8%A9-%D8%AA%D9%85%D9%86%D8%B9-%D9%86%D8%A7%D8%A6%D8%A8%D9%8A%D9%86-%D9%88%D9%85%D8%AA%D8%B8%D8%A7%D8%B1%D9%87%D9%8A%D9%86-%D9%85%D9%86-%D8%AF%D8%AE%D9%88%D9%84-%D9%85%D8%B1%D8%AC-%D8%A8%D8%B3",
    DAY, "the page's date line 'تاريخ النشر 14:46 24-03-2019' (Sun 24 Mar 2019; the body's 'الأحد' is that day); the date line, the author/source fields, the repeated photo caption and the truncated last sentence dropped; headline kept from the page", True, """
القوى الأمنية اللبنانية تمنع نائبين ومتظاهرين من دخول مرج بسري
حالت القوى الأمنية اللبنانية، الأحد، دون دخول النائبين أسامة سعد، الأمين العام للتنظيم الشعبي الناصري، وإبراهيم عازار، ومعهما وفد من جزين والمتظاهرون، إلى محمية مرج بسري، وذلك رفضاً لمشروع السد وسعياً لمنع تدمير المحمية الطبيعية.
وإثر منعهم من دخول المحمية، أقام العشرات من الناشطين وممثلي أهالي البلدات المجاورة وجمعيات حماية البيئة اعتصاماً وجّهوا فيه نداءً لإعلان منطقة بسري محمية طبيعية والتخلي عن مشروع السد.
ويندرج الاعتصام ضمن تحرك أسبوعي مستمر ضد إقامة السد، وقد شارك فيه النائب أسامة سعد، وهو من مالكي الأراضي التي يطالها مشروع السد في منطقة بسري، إلى جانب النائب إبراهيم عازار ووفد من مدينة جزين، ورُفعت خلاله لافتات ورُددت هتافات تدعو إلى التراجع عن مشروع السد.
وفي كلمة ألقاها خلال الاعتصام، طالب سعد القوى التي ترفع شعار محاربة الفساد بأن تبدأ بمواجهة المافيات.
""", [
    ev("mps-barred", "حالت القوى الأمنية اللبنانية، الأحد، دون دخول النائبين", DAY, "'الأحد' in an article of Sun 24 Mar 2019 = that day"),
    ev("bisri-sit-in", "أقام العشرات من الناشطين وممثلي أهالي البلدات المجاورة وجمعيات حماية البيئة اعتصاماً", DAY, "no own expression; the sit-in held after the ban, the same Sunday 24 Mar 2019"),
    ev("weekly-protests", "ويندرج الاعتصام ضمن تحرك أسبوعي مستمر", "2019-01-01", "no own expression and no start given; the weekly protests at Bisri went on before this Sunday (my span: early 2019 up to Sun 24 Mar 2019; the start is not known)", end="2019-03-25"),
    ev("saad-speech", "وفي كلمة ألقاها خلال الاعتصام، طالب سعد", DAY, "no own expression; Saad's speech at the sit-in of Sun 24 Mar 2019"),
])
art(S, "https://beta.al-akhbar.com/Lebanon/268279/مرج-بسري-ممنوع-على-الشعب-ونواب",
    "2019-03-25", "no date line in the stored text; the body's 'منعت القوى الأمنية أمس' and 'مشهد أمس' name the ban of Sun 24 Mar 2019 (alnour, date line 24-03-2019: 'الأحد'), so this al-Akhbar daily report came out on Mon 25 Mar 2019; headline rendered from the URL slug; the truncated last sentence dropped", False, """
مرج بسري ممنوع على الشعب ونواب
منعت القوى الأمنية أمس عدداً من الناشطين، يتقدّمهم النائبان أسامة سعد وإبراهيم عازار، من الدخول إلى مرج بسري، وذلك ضمن التحركات الاحتجاجية على مشروع السد الذي يُراد إنشاؤه في المنطقة.
وكما يحصل في ختام كل أسبوع، احتشد عدد من الناشطين على جسر بسري احتجاجاً على المشروع الذي يعتزم مجلس الإنماء والإعمار تنفيذه بقرض من البنك الدولي.
وكما جرت العادة، سار سعد في مقدّمة المتظاهرين نحو ساحة البلدة استعداداً لدخول المرج، حيث يُفترض أن تقوم بحيرة وسد على مساحة ستة ملايين متر مربع من الأراضي الزراعية والمواقع الأثرية.
وكعادتها كذلك، سبقت القوى الأمنية المتظاهرين إلى المكان وأقامت حواجز تحول دون نزولهم إلى الوادي.
أما الجديد في مشهد أمس، إلى جانب كثافة وحدات مكافحة الشغب، فكان مشاركة الجيش اللبناني في صدّ من حاولوا تخطي الفاصل الحديدي الذي أقامه مجلس الإنماء والإعمار والشركة التركية المتعهدة (نيوريل أوزالتن).
وفي خطوة لافتة، وقف عناصر الدرك سداً بشرياً على الطريق المؤدية إلى الوادي، ولم تنجح مناشدات المتظاهرين، وأكثرهم من أبناء المنطقة ومالكي الأراضي، في إقناعهم بالسماح لهم بالمرور.
ودعا سعد في كلمة ألقاها أمام المعتصمين «القوى التي تتحدث عن محاربة الفساد إلى البدء بالتصدي للمافيات والاستماع إلى صوت الشعب اللبناني لأنه الأحرص على بلده».
""", [
    ev("mps-barred", "منعت القوى الأمنية أمس عدداً من الناشطين", DAY, "'أمس' in an article of Mon 25 Mar 2019 = Sun 24 Mar"),
    ev("bridge-gathering", "احتشد عدد من الناشطين على جسر بسري", DAY, "no own expression ('كما يحصل في ختام كل أسبوع'); the gathering of Sun 24 Mar 2019, before the march to the village square"),
    ev("army-blocks-fence", "فكان مشاركة الجيش اللبناني في صدّ من حاولوا تخطي الفاصل الحديدي", DAY, "'مشهد أمس' from Mon 25 Mar 2019 = Sun 24 Mar"),
    ev("gendarmes-human-barrier", "وقف عناصر الدرك سداً بشرياً على الطريق المؤدية إلى الوادي", DAY, "no own expression; part of the events of Sun 24 Mar 2019 ('أمس')"),
    ev("saad-speech", "ودعا سعد في كلمة ألقاها أمام المعتصمين", DAY, "no own expression; Saad's speech at the sit-in of Sun 24 Mar 2019 (alnour)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 490
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
