"""Builds stories.jsonl: the 653-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: internet and telecom outages, cyber attacks on ministries or
banks, and service disruptions in Arab countries.
Story: the cyber attack ("virus") on a system of Kuwait's Ministry of Finance in the early morning of Mon
18 Sep 2023, the ministry's statement of the same day, and the hacker's ransom demand revealed by al-Rai on the
night of Mon 25 Sep 2023.
This story is not in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-finance-ministry-cyberattack-2023
S = "kuwait-finance-ministry-cyberattack-2023"
ATTACK = "2023-09-18"                      # the virus hit one of the ministry's systems at dawn, Mon 18 Sep 2023; statement the same day
REVEAL = "2023-09-25"                      # al-Rai revealed the ransom demand on the night of Mon 25 Sep 2023
art(S, "https://arabnn.news/news50495.html",
    "2023-09-18", "no date on the stored page; the body's 'اليوم' for the ministry's statement and 'فجر اليوم' for the attack, and the statement was made on Monday 18 Sep 2023 (Arab News: 'said on Monday'; hmak.org: the attack 'وقع في الـ18 من سبتمبر'; al-Seyassah of the next day: 'فجر أمس'), give Mon 18 Sep 2023; headline written from the body (the stored text has none)", False, """
محاولة اختراق تطال أحد أنظمة وزارة المالية الكويتية
كشفت وزارة المالية في الكويت أن واحدا من أنظمتها تعرض لمحاولة اختراق إلكتروني.
وبينت الوزارة، اليوم، في تدوينة على حسابها الرسمي بمنصة «إكس»، أن المحاولة جرت بواسطة فيروس فجر اليوم، موضحة أنها فعّلت أنظمة الحماية وإجراءاتها وفصلت الأنظمة بعضها عن بعض، وأن العمل جارٍ على تقدير حجم محاولة الاختراق.
وشددت على أن عمليات تحويل الرواتب لن تتأثر بما حدث، مبينة أن الأنظمة المالية الحكومية منفصلة عن النظام المستهدف.
""", [
    ev("ministry-statement", "وبينت الوزارة، اليوم، في تدوينة على حسابها الرسمي بمنصة «إكس»", ATTACK, "'اليوم' in an article of Mon 18 Sep 2023 (the statement of Monday, Arab News)"),
    ev("virus-attack", "أن المحاولة جرت بواسطة فيروس فجر اليوم", ATTACK, "'فجر اليوم' in an article of Mon 18 Sep 2023 = the early morning of Mon 18 Sep"),
    ev("protection-activated", "أنها فعّلت أنظمة الحماية وإجراءاتها وفصلت الأنظمة بعضها عن بعض", ATTACK, "no own expression; done on the day of the attack, as told in the statement of Mon 18 Sep 2023"),
    ev("salaries-assurance", "أن عمليات تحويل الرواتب لن تتأثر بما حدث", ATTACK, "no own expression; part of the statement of Mon 18 Sep 2023"),
])
art(S, "https://alseyassah.com/هجمة-سيبرانية-على-الكويت-والرواتب-في-أ",
    "2023-09-19", "no date on the stored page; the body's 'فجر أمس' for the attack and the statement of Mon 18 Sep 2023 (arabnn 'اليوم'; hmak.org: the attack 'وقع في الـ18 من سبتمبر'), with 'لشهر سبتمبر الجاري', give the printed daily's issue of Tue 19 Sep 2023; the by-line (فارس العبدان) dropped; the last sentence, cut in the stored text after 'نفت وزارة التجارة جملة وتفص', dropped", False, """
هجمة سيبرانية على الكويت والرواتب في أمان
"المالية" تؤكد محاولة اختراق أحد أنظمتها وتواجهها بتفعيل إجراءات الحماية
ما نبهت إليه خبيرة الأمن السيبراني د.صفاء زمان مرارا وقع، أمس، كما توقعته تماما، إذ استهدف "هاكر عالمي"، بحسب الوصف المتداول، أنظمة الكمبيوتر في وزارة المالية بهجوم سيبراني فجر أمس.
وفي ظل شائعات عن امتداد الهجوم إلى وزارة التجارة واحتمال أن يؤخر صرف الرواتب والمواد التموينية لشهر سبتمبر الجاري، بادرت وزارتا المالية والتجارة إلى التوضيح؛ فقد أعلنت "المالية" أن أحد أنظمتها تعرض لمحاولة اختراق بواسطة "فيروس" فجر أمس، مؤكدة أنها فعّلت أنظمة الحماية وإجراءاتها وفكّت ترابط الأنظمة.
وذكرت الوزارة في بيان أن تحويل الرواتب لن يتأثر بهذا الاختراق، لأن الأنظمة المالية للحكومة منفصلة، وأن العمل في الوزارة ماضٍ بصورة طبيعية.
وأضافت أنها اتصلت بالمركز الوطني للأمن السيبراني لتطلعه على آخر التطورات، مشيرة إلى أن تقييم مستوى محاولة الاختراق ما زال جاريا.
""", [
    ev("virus-attack", "أنظمة الكمبيوتر في وزارة المالية بهجوم سيبراني فجر أمس", ATTACK, "'فجر أمس' in the issue of Tue 19 Sep 2023 = the early morning of Mon 18 Sep"),
    ev("ministry-statement", "فقد أعلنت \"المالية\" أن أحد أنظمتها تعرض لمحاولة اختراق", ATTACK, "no own expression; the statement of Mon 18 Sep 2023 (arabnn 'اليوم'; Arab News 'on Monday')"),
    ev("protection-activated", "أنها فعّلت أنظمة الحماية وإجراءاتها وفكّت ترابط الأنظمة", ATTACK, "no own expression; on the day of the attack, Mon 18 Sep 2023 ('فجر أمس')"),
    ev("salaries-assurance", "أن تحويل الرواتب لن يتأثر بهذا الاختراق", ATTACK, "no own expression; in the statement of Mon 18 Sep 2023"),
    ev("nccc-contact", "أنها اتصلت بالمركز الوطني للأمن السيبراني", ATTACK, "no own expression; told in the statement of Mon 18 Sep 2023, the contact made that day"),
])
art(S, "https://althawrah.ye/archives/832170",
    "2023-09-26", "no date on the stored page; the text is Saba's dispatch (opening 'الثورة نت/'), whose French version on saba.ye (news3267500) is stamped 'SANAA Sept. 26. 2023' with the same 'hier soir' for al-Rai's report; so Tue 26 Sep 2023 (see the README caveat); headline written from the body (the stored text has none)", False, """
هاكر المالية الكويتية يعرض بياناتها للبيع ويطلب فدية
أفادت صحيفة «الرأي» الكويتية الليلة الماضية بأن المخترق الذي هاجم وزارة المالية الكويتية الأسبوع الماضي طرح للبيع البيانات التي تمكن من الاستيلاء عليها بعد دخوله أحد أنظمة الوزارة.
وبحسب الصحيفة، جرى تحديد قيمة الفدية المطلوبة بـ15 بيتكوين (قرابة 400 ألف دولار أمريكي).
وأضافت أن المخترقين منحوا الوزارة مهلة سبعة أيام إن كانت تريد استعادة البيانات مقابل سداد الفدية، وإلا فسيبيعونها لمن يدفع الثمن.
وكانت الوزارة قد أعلنت في الأسبوع الماضي أن أحد أنظمتها استُهدف بمحاولة اختراق عن طريق «فيروس».
وأوضحت الوزارة حينها أنها لجأت إلى تفعيل أنظمة الحماية وإجراءاتها وفك ترابط الأنظمة، وأن تقييم حجم المحاولة جارٍ.
كما طمأنت إلى أن تحويل الرواتب لن يتأثر بهذا الاختراق، لأن الأنظمة المالية للحكومة مستقلة.
وفي تحديث لاحق، ذكرت وزارة المالية الكويتية أن بيانات رواتب موظفي الجهات الحكومية كلها لا تُحفظ في أنظمتها، مؤكدة أنها تتعاون مع شركة عالمية متخصصة في التصدي لهذا الصنف من الجرائم المعلوماتية.
""", [
    ev("rai-reveal", "أفادت صحيفة «الرأي» الكويتية الليلة الماضية", REVEAL, "'الليلة الماضية' in Saba's dispatch of Tue 26 Sep 2023 = the night of Mon 25 Sep"),
    ev("virus-attack", "استُهدف بمحاولة اختراق عن طريق «فيروس»", ATTACK, "'الأسبوع الماضي' from Tue 26 Sep 2023 = the week of 18-24 Sep; the attack was at dawn on Mon 18 Sep 2023 (arabnn, al-Seyassah, hmak.org)"),
    ev("ministry-statement", "وكانت الوزارة قد أعلنت في الأسبوع الماضي", ATTACK, "'في الأسبوع الماضي' from Tue 26 Sep 2023; the statement was made on Mon 18 Sep 2023 (arabnn 'اليوم')"),
    ev("protection-activated", "لجأت إلى تفعيل أنظمة الحماية وإجراءاتها وفك ترابط الأنظمة", ATTACK, "no own expression; in the statement of Mon 18 Sep 2023"),
    ev("salaries-assurance", "أن تحويل الرواتب لن يتأثر بهذا الاختراق", ATTACK, "no own expression; in the statement of Mon 18 Sep 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 653
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
