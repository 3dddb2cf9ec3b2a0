"""Builds stories.jsonl: the 452-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: religious affairs beyond Hajj and Ramadan: mosque openings
and closures, fatwas and religious rulings, Mawlid and Ashura, church events in Egypt, Iraq, Lebanon, Syria.
Stories: the abolition of the post of Grand Mufti of Syria (November 2021), Cardinal Sako's withdrawal from the
Chaldean patriarchate in Baghdad to Erbil (Iraq, July 2023), the Egyptian church-building law (August 2016),
and the election of Sheikh Abdul Latif Derian as Grand Mufti of Lebanon (August 2014).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-grand-mufti-post-abolished-2021
S = "syria-grand-mufti-post-abolished-2021"
FUNERAL = "2021-11-04"      # Sabah Fakhri's funeral in Aleppo, Thu 4 Nov 2021; Hassoun's eulogy (the Surat al-Tin remarks)
COUNCIL = "2021-11-11"      # the scientific jurisprudence council's statement against Hassoun, Thu 11 Nov 2021
DECREE = "2021-11-15"       # legislative decree no. 28 of 2021 abolishing the post of Grand Mufti, Mon 15 Nov 2021
art(S, "https://almohrarmedia.net/%d8%a3%d9%88%d9%82%d8%a7%d9%81%d9%8f-%d9%86%d8%b8%d8%a7%d9%85%d9%90-%d8%a7%d9%84%d8%a3%d8%b3%d8%af%d9%90-%d8%aa%d9%87%d8%a7%d8%ac%d9%85%d9%8f-%d9%85%d9%81%d8%aa%d9%8a-%d8%a7%d9%84%d9%86%d8%b8%d8%a7/",
    "2021-11-12", "no date line on the stored page; the body's 'ردّتْ وزارةُ الأوقاف ... أمسِ الخميس' for the council's statement, which the ministry posted on Thu 11 Nov 2021 (syrianpc: 'الخميس 11 من تشرين الثاني'; qmedia of that day: 'علّقت وزارة الأوقاف السورية، اليوم'), gives Fri 12 Nov 2021 (11 Nov 2021 was a Thursday); headline kept from the page; the last, truncated sentence dropped", False, """
أوقافُ نظامِ الأسدِ تهاجمُ مفتي النظامِ "أحمدَ حسون" بشأنِ تفسيرٍ محرّفٍ
ردّت وزارة الأوقاف في حكومة نظام الأسد، أمسِ الخميس، على التفسير الذي قدّمه مفتي النظام "أحمد بدر الدين حسون" لسورة التين، في الكلمة التي ألقاها أثناء تأبين الفنان "صباح فخري".
وجاء في البيان الذي أصدره "المجلس الفقهي العلمي" التابع لوزارة أوقاف النظام أن ما قدّمه "حسون" في تفسير سورة "التين" خاطئ.
وحذّر البيان ممن يتصدّون لتفسير القرآن، إذ قال: "إن الله سبحانه وتعالى تعهّد بحفظ القرآن الكريم، وأودع تفسيره أمانةً لدى العلماء الراسخين في العلم، ونهى سبحانه عن خلط التفسير بالأهواء والمصالح البشرية، فقال جلّ شأنه: (يُحرّفون الكلمَ عن مواضعِه)".
وبيّن البيان أن كلام "حسون" "لا يستند إلى معرفة بقواعد تفسير القرآن الكريم، وفيه زجّ للدين في إطار إقليمي ضيق"، لافتاً إلى أن العلماء الثقات من الأمة ثبّتوا جيلاً بعد جيل منهجاً علمياً في التفسير يقوم على أصول دقيقة، منها تفسير القرآن بالقرآن وتفسيره بالسنة، والتفسير بحسب قواعد اللغة العربية: (إنا أنزلناه قرآناً عربياً)، وبحسب قواعد التفسير المعروفة لدى أهل الاختصاص.
""", [
    ev("council-statement", "ردّت وزارة الأوقاف في حكومة نظام الأسد، أمسِ الخميس", COUNCIL, "'أمسِ الخميس' in an article of Fri 12 Nov 2021 = Thu 11 Nov"),
    ev("hassoun-tin-remarks", "التفسير الذي قدّمه مفتي النظام", FUNERAL, "no own expression; Hassoun's words in his eulogy at Sabah Fakhri's funeral in Aleppo on Thu 4 Nov 2021 (enabbaladi of 4 Nov: 'اليوم الخميس 4 من تشرين الثاني'; sy-24: 'في جنازة صباح فخري يوم الخميس الماضي')"),
    ev("fakhri-funeral", "أثناء تأبين الفنان \"صباح فخري\"", FUNERAL, "no own expression; the funeral and eulogy of Sabah Fakhri in Aleppo, Thu 4 Nov 2021 (enabbaladi of that day)"),
])
art(S, "https://hibrpress.com/v2/amp/%D9%86%D8%B8%D8%A7%D9%85-%D8%A7%D9%84%D8%A3%D8%B3%D8%AF-%D9%8A%D8%B5%D8%AF%D8%B1-%D9%85%D8%B1%D8%B3%D9%88%D9%85%D8%A7%D9%8B-%D9%8A%D9%84%D8%BA%D9%8A-%D9%85%D9%86",
    "2021-11-15", "no date line on the stored page; the body's 'أعلن رأس النظام بشار الأسد، اليوم الإثنين، مرسوماً' for the decree of Mon 15 Nov 2021 (tishreen: 'أصدر السيد الرئيس بشار الأسد اليوم المرسوم التشريعي رقم 28 لعام 2021'; bissanfm and eyeofeuphrates of 16 Nov: 'أمس الاثنين') gives Mon 15 Nov 2021; headline kept from the page; the Telegram invitation, a related headline and the tag list dropped", False, """
نظام الأسد يصدر مرسوماً يلغي منصب مفتي الجمهورية
أصدر رأس النظام بشار الأسد، اليوم الإثنين، مرسوماً ينص على إلغاء منصب مفتي الجمهورية.
وفي السياق ذاته، نشرت حسابات مؤيدة للنظام قراراً بإحالة مفتي النظام أحمد الحسون إلى التقاعد لبلوغه السن القانونية.
ونص المرسوم رقم 38 لعام 2021 على توسيع مهام المجلس العلمي الفقهي، الذي يضم الوزير ومعاونَي الوزير، إلى جانب رئيس اتحاد علماء بلاد الشام والقاضي الشرعي الأول بدمشق و30 عالماً من كبار علماء سورية يمثلون المذاهب كافة، وممثلاً عن الأئمة الشباب، و5 من عالمات القرآن الكريم، وممثلاً عن جامعة بلاد الشام للعلوم الشرعية، وممثلين عن كليات الشريعة في الجامعات الحكومية.
ويأتي المرسوم بعد أيام من بيان شديد اللهجة أصدرته وزارة الأوقاف التابعة لنظام الأسد رداً على "الحسون"، الملقب بمفتي البراميل، إثر تفسيرات قدّمها لسور من القرآن الكريم خلال عزاء المطرب صباح فخري.
""", [
    ev("mufti-post-abolished", "أصدر رأس النظام بشار الأسد، اليوم الإثنين، مرسوماً", DECREE, "'اليوم الإثنين' = Mon 15 Nov 2021"),
    ev("council-expanded", "ونص المرسوم رقم 38 لعام 2021 على توسيع مهام المجلس العلمي الفقهي", DECREE, "no own expression; part of the decree of Mon 15 Nov 2021 (the text's 'رقم 38' is the page's slip for no. 28)"),
    ev("council-statement", "بعد أيام من بيان شديد اللهجة", COUNCIL, "'بعد أيام' before Mon 15 Nov 2021; the council's statement of Thu 11 Nov 2021 (almohrarmedia of 12 Nov: 'أمسِ الخميس')"),
    ev("hassoun-tin-remarks", "إثر تفسيرات قدّمها لسور من القرآن الكريم", FUNERAL, "no own expression; Hassoun's remarks at Sabah Fakhri's funeral, Thu 4 Nov 2021 (enabbaladi; sy-24)"),
])
art(S, "https://bissanfm.com/news/51168",
    "2021-11-16", "no date line on the stored page; the body's 'المرسوم رقم 28، الذي صدر أمس الاثنين' for the decree of Mon 15 Nov 2021 gives Tue 16 Nov 2021 (15 Nov 2021 was a Monday); headline kept from the page; no date of its own in the text beyond 'أمس الاثنين'", False, """
بشار الأسد يلغي منصب مفتي الجمهورية
أقدم رأس النظام السوري بشار الأسد على إلغاء منصب مفتي الجمهورية.
وتم ذلك بموجب المرسوم رقم 28 الذي صدر أمس الاثنين، وقضى بإلغاء المادة رقم 35 من القانون الذي ينظم عمل وزارة الأوقاف، وهي المادة التي كان يُسمّى بموجبها المفتي العام للجمهورية.
كما وسّع المرسوم الجديد صلاحيات المجلس العلمي الفقهي في وزارة الأوقاف، الذي يرأسه الوزير عبد الستار السيد، والذي كان المفتي أحد أعضائه.
ولا يُعرف ما الذي دفع رأس النظام إلى إلغاء منصب مفتي الجمهورية، الذي يشغله أحمد بدر الدين حسون منذ عام 2004، غير أن القرار أتى في أعقاب خلاف خرج إلى العلن بين المفتي والمجلس العلمي الفقهي.
وقد بدأت القصة منذ أن ظهر حسون في مقطع مصور زعم فيه أن سورة التين والزيتون في القرآن الكريم تشير إلى سوريا، الأمر الذي حمل المجلس العلمي الفقهي على تفنيد هذه الرواية.
ولا تعد هذه المرة الأولى التي يعدّل فيها النظام عمل الأوقاف، فقد أصدر في العام 2018 قانوناً منح بموجبه وزير الأوقاف صلاحيات واسعة.
""", [
    ev("mufti-post-abolished", "بموجب المرسوم رقم 28 الذي صدر أمس الاثنين", DECREE, "'أمس الاثنين' in an article of Tue 16 Nov 2021 = Mon 15 Nov"),
    ev("council-expanded", "كما وسّع المرسوم الجديد صلاحيات المجلس العلمي الفقهي", DECREE, "no own expression; part of the decree of Mon 15 Nov 2021"),
    ev("hassoun-tin-remarks", "ظهر حسون في مقطع مصور زعم فيه", FUNERAL, "no own expression; the clip is of his eulogy at Sabah Fakhri's funeral, Thu 4 Nov 2021 (enabbaladi; sy-24)"),
    ev("council-statement", "حمل المجلس العلمي الفقهي على تفنيد هذه الرواية", COUNCIL, "no own expression; the council's statement of Thu 11 Nov 2021 (almohrarmedia: 'أمسِ الخميس' on 12 Nov)"),
    ev("awqaf-law-2018", "فقد أصدر في العام 2018 قانوناً", "2018-01-01", "'في العام 2018' = the year 2018 (law no. 31 of 2018; the year only)", end="2019-01-01"),
])

# ---------------------------------------------------------------- iraq-sako-patriarchate-withdrawal-erbil-2023
S = "iraq-sako-patriarchate-withdrawal-erbil-2023"
REVOKED = "2023-07-03"      # decree no. 31 withdrawing decree no. 147 of 2013, al-Waqai al-Iraqiya no. 4727 of Mon 3 Jul 2023
WITHDRAW = "2023-07-15"     # Sako's statement announcing his withdrawal from Baghdad, Sat 15 Jul 2023
ERBIL = "2023-07-21"        # Sako arrived in Erbil from Istanbul on the evening of Fri 21 Jul 2023
art(S, "https://www.kurdistan24.net/ar/story/40441-%D8%A7%D9%84%D8%A8%D8%B7%D8%B1%D9%8A%D8%B1%D9%83-%D8%B3%D8%A7%D9%83%D9%88:-%D9%82%D8%B1%D8%B1%D8%AA-%D8%A7%D9%84%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D9%82%D8%B1-%D8%A7%D9%84%D8%A8%D8%B7%D8%B1%D9%8A%D8%B1%D9%83%D9%8A-%D9%81%D9%8A-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D9%88%D8%B3%D8%A3%D8%AA%D9%88%D8%AC%D9%87-%D8%A7%D9%84%D9%89-%D8%A3%D8%AD%D8%AF-%D8%A7%D9%84%D8%A7%D8%AF%D9%8A%D8%B1%D8%A9-%D9%81%D9%8A-%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86",
    "2023-07-15", "no date line on the stored page; the body's 'في بيان له اليوم السبت 15 تموز 2023' for Sako's statement gives Sat 15 Jul 2023 (15 Jul 2023 was a Saturday; zenit: statement published 'يوم السبت 15 تموز'); headline kept from the page; the last, truncated sentence dropped", False, """
البطريرك ساكو: قررت الانسحاب من المقر البطريركي في بغداد وسأتوجه الى أحد الاديرة في كوردستان
أربيل (كوردستان24)- اتخذ بطريرك الكنيسة الكلدانية في العراق والعالم الكاردينال لويس روفائيل ساكو قراراً بمغادرة المقر البطريركي في بغداد والانتقال إلى أحد الأديرة في كوردستان، مشيراً إلى أن العراقيين يعيشون وسط شبكة واسعة من المصالح الشخصية والفئوية الضيقة أفرزت فوضى سياسية ووطنية وأخلاقية لم يسبق لها مثيل.
وجاء في بيان أصدره ساكو اليوم السبت 15 تموز 2023: "في مواجهة الحملة المتعمدة والمهينة التي تشنها كتائب بابليون ضدي، والجميع يعرف نزاهتي ووطنيتي، وضد المكون المسيحي الذي قاسى الكثير، ومع غياب أي قوة تردعهم وصمت الحكومة، وبعد أن أقدم رئيس الجمهورية على سحب المرسوم الجمهوري الخاص بي، وهي سابقة لم يشهدها تاريخ العراق، قررت الانسحاب من المقر البطريركي في بغداد والانتقال من اسطنبول، حيث أقوم بمهمة كنسية، إلى أحد الأديرة في إقليم كوردستان العراق".
وتابع ساكو: "كل هذه الأحداث الثقيلة والمصيرية لا نعرف بعد كيف ستنتهي ولا إلى أين ستؤول، ولا يزال استقدامي إلى المحكمة مستمراً بصفتي متهماً، بينما المسيء معروف وهو طليق ومحمي".
""", [
    ev("sako-withdrawal-announced", "وجاء في بيان أصدره ساكو اليوم السبت 15 تموز 2023", WITHDRAW, "'اليوم السبت 15 تموز 2023' = Sat 15 Jul 2023"),
    ev("decree-147-revoked", "أقدم رئيس الجمهورية على سحب المرسوم الجمهوري الخاص بي", REVOKED, "no own expression; decree no. 31 withdrawing decree no. 147 of 2013, published in al-Waqai al-Iraqiya no. 4727 of Mon 3 Jul 2023 (takadum-news; rudaw)"),
    ev("sako-arrives-erbil", "والانتقال من اسطنبول، حيث أقوم بمهمة كنسية، إلى أحد الأديرة", ERBIL, "no own expression; the announced move from Istanbul to Kurdistan took place with his arrival in Erbil on the evening of Fri 21 Jul 2023 (tareeqashaab of 22 Jul: 'مساء يوم الجمعة')"),
])
art(S, "https://hathalyoum.net/articles/3199754-أول-تعليق-لمكتب-السيستاني-بشأن-انسحاب-ساكو-من-بغدا",
    "2023-07-15", "the page's stamp '2023-07-15 00:00:00 - المصدر: السومرية نيوز' (an Alsumaria report carried by hathalyoum); the body's 'السبت' and 'تواصل اليوم' agree (15 Jul 2023 was a Saturday); headline kept from the page; the site's header 'اخبار العراق الان' and 'عاجل' dropped", True, """
أول تعليق لمكتب السيستاني بشأن انسحاب ساكو من بغداد
عبّر مصدر في مكتب المرجع الديني الأعلى السيد علي السيستاني، السبت، عن أمله في أن تتهيأ الظروف المناسبة لعودة بطريرك الكنيسة الكلدانية في العراق والعالم الكاردينال لويس روفائيل ساكو إلى بغداد.
وأوضح مصدر قريب من مكتب السيستاني في بيان أن "أحد المسؤولين في المكتب تواصل اليوم مع البطريرك مار لويس ساكو، رئيس الكنيسة الكلدانية في العراق والعالم، وأعرب له عن أسفه للطريقة التي عومل بها نيافته في الآونة الأخيرة، وهي طريقة لا تليق بمكانته الدينية والوطنية".
وأشار البيان إلى أن "المصدر أبدى له أمله في أن تتهيأ الظروف الملائمة لرجوعه إلى مقره في بغداد في أقرب وقت".
وكان ساكو قد قرر الانسحاب من بغداد ونقل صلاحياته إلى إقليم كردستان العراق.
وكان رئيس الجمهورية عبد اللطيف رشيد قد أصدر، قبل أيام، قراراً بسحب المرسوم الجمهوري الخاص بتعيين لويس روفائيل ساكو بطريركاً على الكلدان في العراق والعالم.
""", [
    ev("sistani-office-statement", "عبّر مصدر في مكتب المرجع الديني الأعلى السيد علي السيستاني، السبت", WITHDRAW, "'السبت' in a report of Sat 15 Jul 2023 = that day"),
    ev("sistani-office-call", "أحد المسؤولين في المكتب تواصل اليوم مع البطريرك", WITHDRAW, "'اليوم' = Sat 15 Jul 2023"),
    ev("sako-withdrawal-announced", "قد قرر الانسحاب من بغداد ونقل صلاحياته", WITHDRAW, "no own expression; Sako's statement of Sat 15 Jul 2023 (kurdistan24: 'اليوم السبت 15 تموز 2023')"),
    ev("decree-147-revoked", "قد أصدر، قبل أيام، قراراً بسحب المرسوم الجمهوري", REVOKED, "'قبل أيام' before Sat 15 Jul 2023; the decree no. 31 published in al-Waqai al-Iraqiya of Mon 3 Jul 2023 (rudaw; takadum-news)"),
])
art(S, "https://tareeqashaab.com/index.php/latest-news/9095-2023-07-22-08-18-48",
    "2023-07-22", "the time stamp in the page's address '2023-07-22-08-18-48' (Sat 22 Jul 2023, 08:18); the body's 'مساء يوم الجمعة' for the arrival of Fri 21 Jul 2023 agrees (kurdistan24 English of 21 Jul: 'on Friday arrived in Erbil from Istanbul'); the section label 'اخر الاخبار' dropped; the stored text has no headline, one written from the body", True, """
البطريرك ساكو يصل إلى أربيل
بلغ بطريرك الكنيسة الكلدانية في العراق والعالم لويس ساكو مدينة أربيل مساء يوم الجمعة.
وكان في استقبال ساكو في مطار أربيل الدولي كل من القيادي في الحزب الديمقراطي الكوردستاني فاضل ميراني، ووزير الأوقاف والشؤون الدينية في حكومة الإقليم پشتيوان صادق، ووزير المواصلات في حكومة الإقليم آنو جوهر.
وقال ساكو في مؤتمر صحفي عقده عقب وصوله إلى مطار أربيل: "يحزنني أني تركت مدينة السلام، وأنا هنا أشبه بالمهجّر أحمل حقيبة بسيطة، بسبب ظلم رئاسة الجمهورية التي يفترض أن تحمي الدستور، والتي أصدرت بياناً بلا أي مسوغ قانوني تسحب فيه من رمز ديني ووطني وعالمي مرسوم الاعتراف به رئيساً لكنيسة وصاحب وصاية على أملاكها، علماً أن هذا التقليد قائم منذ زمن العباسيين والعثمانيين و100 سنة منذ العهد الملكي إلى العهد الجمهوري". وأضاف: "طُلب مني أن أتوجه إلى مدينة النجف، لكنني رفضت لأنه لا يوجد مسيحيون هناك".
ومضى قائلاً: "سأبقى في مدينة أربيل، وسأعود إلى بغداد حين يُسحب هذا المرسوم ويعود الوضع إلى ما كان عليه، وحين تتأدب هذه الميليشيات وتحترم الرموز الدينية، وإن لم يحدث ذلك فسأبقى في الإقليم، فهو جزء من العراق، وهو آمن ويحترم رجال الدين". وشدد على أنه سيطعن "في قرار رئيس الجمهورية، وإن لم ينفع ذلك فسألجأ إلى تدويل القضية".
""", [
    ev("sako-arrives-erbil", "مدينة أربيل مساء يوم الجمعة", ERBIL, "'مساء يوم الجمعة' in an article of Sat 22 Jul 2023 = Fri 21 Jul"),
    ev("erbil-press-conference", "وقال ساكو في مؤتمر صحفي عقده عقب وصوله", ERBIL, "no own expression; held on his arrival, the evening of Fri 21 Jul 2023"),
    ev("decree-147-revoked", "والتي أصدرت بياناً بلا أي مسوغ قانوني تسحب فيه", REVOKED, "no own expression; the withdrawal of decree no. 147, published in al-Waqai al-Iraqiya of Mon 3 Jul 2023 (rudaw; takadum-news)"),
])

# ---------------------------------------------------------------- egypt-church-building-law-2016
S = "egypt-church-building-law-2016"
PREV_DAY = "2016-08-23"     # the Pope's remarks on Mar Morcos TV, Tue 23 Aug 2016
SYNOD = "2016-08-24"        # the Holy Synod's special session and its statement (consensual formula), Wed 24 Aug 2016
PASSED = "2016-08-30"       # the House of Representatives passed the law (in principle and finally), Tue 30 Aug 2016
SERMON = "2016-08-31"       # Pope Tawadros' weekly sermon thanking the officials, Wed 31 Aug 2016
art(S, "https://youm7.com/story/2016/8/24/انتهاء-الجلسة-الطارئة-للمجمع-المقدس-بشأن-قانون-الكنائس/2856262",
    "2016-08-24", "the date in the page's address '/story/2016/8/24/' (Wed 24 Aug 2016); the body's 'انتهت منذ قليل' for the session of that day (egy-cc: 'اليوم الأربعاء الموافق 24 اغسطس 2016') and 'أمس، الثلاثاء' agree; the stored text has no headline, one rendered from the address's slug; the last sentence's cut-off word ('ومنه') dropped", True, """
انتهاء الجلسة الطارئة للمجمع المقدس بشأن قانون الكنائس
انتهت منذ قليل الجلسة الطارئة التي دعا إليها البابا تواضروس للمجمع المقدس للتشاور في قانون بناء الكنائس، وأخذ الآباء المطارنة والأساقفة يغادرون قاعة الاجتماع ممتنعين عن الإدلاء بأي تصريح عن قرار المجمع، التزاماً بتعليمات البابا تواضروس بقصر الحديث على البيان الرسمي للكنيسة، الذي يصدر بعد قليل ليوضح موقفها من قانون بناء الكنائس الذي يجري التشاور بشأنه.
وكان البابا قد صرّح أمس، الثلاثاء، في تصريحات نقلتها قناة مارمرقس القبطية، بأنه سيتشاور مع المجمع المقدس في نقطتين فقط من قانون بناء الكنائس يدور التفاوض عليهما مع الحكومة، من غير أن يكشف مزيداً من التفاصيل، على أن ترفع الكنيسة رأي مجمعها المقدس إلى مجلس الوزراء، الذي لم يصدر حتى اليوم مرسوماً رسمياً بالقانون.
ومن الجدير بالذكر أن الدستور المصري ينص في مادته رقم 235 على إصدار قانون بناء الكنائس في الفصل التشريعي الأول للبرلمان، وهو ما دفع مجلس النواب إلى مد فصله التشريعي إلى حين إقرار القانون المتعثر بين الدولة والكنيسة، على أن يصدر القانون من مجلس الوزراء ثم يُرفع إلى مجلس الدولة لمراجعته.
""", [
    ev("synod-session", "انتهت منذ قليل الجلسة الطارئة", SYNOD, "'منذ قليل' in a report of Wed 24 Aug 2016 = that day"),
    ev("church-synod-statement", "البيان الرسمي للكنيسة، الذي يصدر بعد قليل", SYNOD, "'بعد قليل' = later on Wed 24 Aug 2016 (the Holy Synod's statement of that day, egy-cc)"),
    ev("pope-tuesday-remarks", "وكان البابا قد صرّح أمس، الثلاثاء", PREV_DAY, "'أمس، الثلاثاء' in a report of Wed 24 Aug 2016 = Tue 23 Aug"),
    ev("law-final-approval", "إلى حين إقرار القانون المتعثر بين الدولة والكنيسة", PASSED, "no own expression; the House passed the law on Tue 30 Aug 2016 (alwasat: 'اليوم الثلاثاء')"),
])
art(S, "http://alwasat.ly/news/arabic/108891",
    "2016-08-30", "no date line on the stored page; the body's 'في جلسته، اليوم الثلاثاء' for the final vote of Tue 30 Aug 2016 (imlebanon of 2016/08/30; the Pope's sermon of Wed 31 Aug: 'وافق عليه مجلس النواب المصري أمس الثلاثاء') gives Tue 30 Aug 2016; headline kept from the page; the last, truncated clause shortened", False, """
البرلمان المصري يوافق نهائيًا على قانون «بناء الكنائس»
أقرّ مجلس النواب المصري في جلسته، اليوم الثلاثاء، قانون بناء الكنائس بصورة نهائية وبأغلبية الثلثين.
ودامت المناقشات حوالي 3 ساعات، ورفض حزب النور السلفي الموافقة على القانون، إذ لم يرفع نوابه أيديهم بالموافقة أثناء التصويت، بينما هتف النواب عقب التصويت «تحيا مصر» و«عاش الهلال مع الصليب».
وكان مجلس النواب قد وافق اليوم، من حيث المبدأ، على قانون بناء وترميم الكنائس الذي قدمته الحكومة. وقال رئيس مجلس النواب علي عبدالعال، خلال الجلسة العامة المخصصة لمناقشة مشروع القانون الحكومي، إنه لا يجوز رفض مشروع قانون بناء الكنائس من حيث المبدأ.
وتابع عبدالعال أن الأمر استحقاق دستوري تجب الموافقة عليه من حيث المبدأ، ولا يمكن رفضه من الأساس، حتى يتسنى مناقشة مواده وإطلاع الرأي العام على ما يدور في المناقشات، فهي لحظة تاريخية.
ويوجب الدستور إصدار قانون بناء الكنائس في دور الانعقاد الأول للبرلمان. وكانت الكنيسة الأرثوذكسية قد أصدرت بياناً ذكرت فيه أن المجمع المقدس توصل مع ممثلي الحكومة إلى صيغة توافقية بشأن مشروع القانون تمهيداً لتقديمه إلى مجلس النواب، لكن المتحدث باسم الكنيسة امتنع عن الكشف عن مضمون هذه الصيغة.
""", [
    ev("law-final-approval", "أقرّ مجلس النواب المصري في جلسته، اليوم الثلاثاء", PASSED, "'اليوم الثلاثاء' = Tue 30 Aug 2016"),
    ev("nour-party-refusal", "ورفض حزب النور السلفي الموافقة على القانون", PASSED, "no own expression; at the vote of Tue 30 Aug 2016"),
    ev("approval-in-principle", "قد وافق اليوم، من حيث المبدأ", PASSED, "'اليوم' = Tue 30 Aug 2016"),
    ev("church-synod-statement", "وكانت الكنيسة الأرثوذكسية قد أصدرت بياناً", SYNOD, "no own expression; the Holy Synod's statement after its special session of Wed 24 Aug 2016 (youm7 of that day; egy-cc)"),
])
art(S, "https://amay1.sarmady.net/news/details/1002660",
    "2016-08-31", "no date line on the stored page; the body's 'في عظته الأسبوعية مساء اليوم الأربعاء' for the Pope's first weekly sermon after the vote of Tue 30 Aug 2016 gives Wed 31 Aug 2016 (coptsnews: 'عظته اليوم الأربعاء ... وافق عليه مجلس النواب المصري أمس الثلاثاء'); the stored text has no headline, one written from the body", False, """
البابا تواضروس يشكر مسؤولي الدولة على صدور قانون بناء الكنائس
وجّه البابا تواضروس الثاني، بابا الإسكندرية وبطريرك الكرازة المرقسية، خالص شكره إلى المسؤولين في الدولة بمناسبة صدور قانون بناء وترميم الكنائس.
وقال البابا تواضروس، في عظته الأسبوعية مساء اليوم الأربعاء بكنيسة التجلي في مركز لوجوس البابوي بدير الأنبا بيشوي في وادي النطرون: «نشكر الرئيس عبدالفتاح السيسي، ورئيس مجلس النواب وأعضاءه، والمهندس شريف إسماعيل رئيس مجلس الوزراء، والمستشار مجدي العجاتي وزير الشؤون القانونية، ومجلس النواب، وكل الأجهزة والمسؤولين على هذه الخطوة».
وشدد البابا تواضروس على أن «القانون أتى ليصحح خطأ دام أكثر من 160 عاما»، مضيفا: «قامت الكنائس على أرض مصر منذ القرون الأولى فكانت المنارات، ثم دخل الإسلام فتجاورت المآذن والمنارات امتدادا للمسلات في العصر الفرعوني، فمصر هي التي علّمت العالم كله فن الأعمدة، فكانت المسلة في العصر الفرعوني ثم المنارة في العصر القبطي والمآذن في العصر الإسلامي».
وأضاف البابا أن القانون أتى ليداوي جراحا استمرت طويلا من أجل الاستقرار والمواطنة، مشيرا إلى أن مجلس النواب أجمع على إقرار القانون.
""", [
    ev("pope-thanks-officials", "خالص شكره إلى المسؤولين في الدولة", SERMON, "no own expression; in his weekly sermon of Wed 31 Aug 2016 ('مساء اليوم الأربعاء')"),
    ev("pope-weekly-sermon", "في عظته الأسبوعية مساء اليوم الأربعاء", SERMON, "'مساء اليوم الأربعاء' = the evening of Wed 31 Aug 2016"),
    ev("law-final-approval", "مجلس النواب أجمع على إقرار القانون", PASSED, "no own expression; the House's vote of Tue 30 Aug 2016 (alwasat: 'اليوم الثلاثاء')"),
])

# ---------------------------------------------------------------- lebanon-derian-mufti-election-2014
S = "lebanon-derian-mufti-election-2014"
ELECTION = "2014-08-10"     # the Islamic electoral council elected Derian at Dar al-Fatwa, Sun 10 Aug 2014
HANDOVER = "2014-09-15"     # Qabbani's term ends and Derian takes office, Mon 15 Sep 2014
art(S, "https://djazairess.com/elkhabar/418646",
    "2014-08-10", "no date line on the stored page; the body's 'انتخب اليوم الاحد' for the election of Sun 10 Aug 2014 (alyaum via sauress of Mon 11 Aug: 'بالأمس'; alraimedia: 'انتُخب في 10 اغسطس') gives Sun 10 Aug 2014 (an AFP report carried by El Khabar and djazairess); the stored text has no headline, one written from the body", False, """
انتخاب الشيخ عبد اللطيف دريان مفتيا جديدا للجمهورية في لبنان
اختير اليوم الاحد الشيخ عبد اللطيف دريان مفتيا جديدا للجمهورية في لبنان، وهو أعلى مرجعية لدى المسلمين السنة، بعدما حصل على غالبية أصوات "مجلس الانتخاب الاسلامي" الذي يتألف من أكثر من مئة شخصية سنية.
ويرأس دريان المحاكم الشرعية السنية العليا، وسيحل محل المفتي الشيخ محمد رشيد قباني الذي تنقضي ولايته في 15 ايلول/سبتمبر.
وقد عرف العامان الاخيران من الولاية خلافات سياسية وأخرى متصلة بقضايا فساد، إلى جانب تباينات بشأن النزاع في سوريا، الذي يقسم اللبنانيين بين متعاطفين مع المعارضة أبرزهم "تيار المستقبل"، وموالين للنظام أبرزهم حزب الله الشيعي.
وأعلن رئيس الحكومة تمام سلام، بصفته رئيسا لمجلس الانتخاب الذي يجمع أبرز الشخصيات السنية، فوز دريان بعدما نال 74 صوتا من أصل 93 شخصا شاركوا في الاقتراع، من بينهم رؤساء حكومات سابقون ووزراء ونواب.
وحصل منافس دريان، الشيخ احمد الكردي، على تسعة أصوات، بينما وُضعت ثماني أوراق بيضاء وأُلغيت ورقتان، وفق ما ذكره سلام.
ويعد دريان (61 عاما) قريبا من "تيار المستقبل" الذي يرأسه رئيس الحكومة السابق سعد الحريري، أبرز زعماء السنة في لبنان، غير أن انتخابه جاء ثمرة توافق بين القوى السنية الفاعلة، ولا سيما "تيار المستقبل" والمفتي الحالي الشيخ قباني، إثر مفاوضات قادتها مصر وتابعتها المملكة العربية السعودية.
""", [
    ev("derian-elected", "اختير اليوم الاحد الشيخ عبد اللطيف دريان", ELECTION, "'اليوم الاحد' = Sun 10 Aug 2014"),
    ev("qabbani-term-ends", "الذي تنقضي ولايته في 15 ايلول/سبتمبر", HANDOVER, "'في 15 ايلول/سبتمبر' of 2014 = Mon 15 Sep 2014"),
    ev("salam-announces-result", "وأعلن رئيس الحكومة تمام سلام", ELECTION, "no own expression; at the count of Sun 10 Aug 2014"),
])
art(S, "https://www.ikhwanonline.co/article/197110",
    "2014-08-10", "no date line on the stored page; the body's 'أعلن رئيس الحكومة اللبنانية تمام سلام اليوم الأحد' for the result of Sun 10 Aug 2014 (10 Aug 2014 was a Sunday) gives Sun 10 Aug 2014; the stored text has no headline, one written from the body", False, """
انتخاب عبد اللطيف دريان مفتيا جديدا للبنان
أعلن رئيس الحكومة اللبنانية تمام سلام اليوم الأحد اختيار عبد اللطيف دريان مفتيًا جديدًا للبنان خلفًا للمفتي محمد رشيد قباني، في خطوة تطوي صفحة من الخلافات داخل دار الإفتاء أفضت إلى انقسام في المجلس الشرعي الإسلامي الأعلى.
وأوضح سلام، بصفته رئيس "المجلس الانتخابي الإسلامي" الذي ينتخب مفتي الجمهورية، في دار الفتوى بالعاصمة بيروت، أن "الشيخ دريان نال 74 صوتا من الحاضرين من أعضاء المجلس، وعددهم 93 من أصل 103، في حين حصل الشيخ احمد الكردي، مرشح هيئة العلماء المسلمين، على 9 أصوات، وكانت هناك ورقتان ملغاتان و8 أوراق بيضاء".
ولفت إلى أن المفتي الجديد سيتسلم "مهامه في 15 سبتمبر في إطار حفل تسليم وتسلم".
وتتألف الهيئة الناخبة من 103 أعضاء، هم رئيس الحكومة ورؤساء الحكومات السابقون، والوزراء والنواب السنة الحاليون، وأعضاء المجلس الشرعي الإسلامي الأعلى (الممددة ولايته)، والعلماء وقضاة الشرع الحاليون والمتقاعدون، وأمينا الفتوى في بيروت وطرابلس، والمدير العام للأوقاف الإسلامية، ويكتمل النصاب بحضور ثلثي الأعضاء، ويفوز من ينال العدد الأكبر من الأصوات أو النصف زائدا واحدا.
""", [
    ev("salam-announces-result", "أعلن رئيس الحكومة اللبنانية تمام سلام اليوم الأحد", ELECTION, "'اليوم الأحد' = Sun 10 Aug 2014"),
    ev("derian-elected", "الشيخ دريان نال 74 صوتا", ELECTION, "no own expression; the vote of Sun 10 Aug 2014"),
    ev("derian-takes-office", "مهامه في 15 سبتمبر في إطار حفل تسليم وتسلم", HANDOVER, "'في 15 سبتمبر' of 2014 = Mon 15 Sep 2014"),
])
art(S, "https://sauress.com/alyaum/4006352",
    "2014-08-11", "no date line on the stored page; the body's 'بالأمس، انتخب' for the election of Sun 10 Aug 2014 gives Mon 11 Aug 2014 (11 Aug 2014 was a Monday); an al-Yaum report carried by sauress; the stored text has no headline, one written from the body; the sub-heading 'عملية الانتخاب' kept; the last, truncated clause dropped", False, """
دريان مفتيا جديدا للجمهورية اللبنانية
بالأمس، اختير رئيس المحاكم الشرعية السنية العليا في لبنان، القاضي الشيخ عبداللطيف دريان، مفتياً جديداً للجمهورية اللبنانية خلفاً للشيخ محمد رشيد قباني، وسط توافق كامل وهدوء طبعا العملية الانتخابية، إذ حصد دريان في ختامها أكثرية الأصوات، فيما يُنتظر أن يضع المفتي الجديد حداً لما عُرف بأزمة "دار الفتوى" التي استمرت على مدى أكثر من ثلاث سنوات، وكادت تفضي إلى انشقاق كبير داخل الطائفة السنية في لبنان.
عملية الانتخاب
وجرت عملية الانتخاب في دار الإفتاء في بيروت بحضور 93 عضواً من أصل 103 أعضاء يتألف منهم مجلس الانتخاب الإسلامي، الذي يضم رئيس مجلس الوزراء تمام سلام، والرئيسين نجيب ميقاتي وفؤاد السنيورة، وأعضاء المجلس الشرعي الإسلامي الأعلى، ومفتي المناطق وقضاة المحاكم الشرعية، والنواب والوزراء السنة.
وفي تفاصيل العملية الانتخابية التي بدأت في تمام الساعة الحادية عشرة ظهراً، واستُهلت بكلمة للرئيس سلام، طُرح اسما مرشحين للمنصب: القاضي دريان الذي رشحه مفتي البقاع الشيخ خليل الميس، وأيّد ترشيحه كل من مفتي حاصبيا الشيخ حسن دلة وعضوي المجلس الشرعي النائب عماد الحوت والشيخ رئيف عبدالله، والقاضي الشيخ أحمد درويش الكردي الذي رشحه عضو المجلس الشرعي الدكتور سامر منيمنة.
""", [
    ev("derian-elected", "بالأمس، اختير رئيس المحاكم الشرعية السنية العليا", ELECTION, "'بالأمس' in an article of Mon 11 Aug 2014 = Sun 10 Aug"),
    ev("voting-session", "العملية الانتخابية التي بدأت في تمام الساعة الحادية عشرة ظهراً", ELECTION, "no own date; the session of Sun 10 Aug 2014, from 11:00"),
    ev("salam-opening-speech", "واستُهلت بكلمة للرئيس سلام", ELECTION, "no own expression; at the opening of the session of Sun 10 Aug 2014"),
    ev("candidates-nominated", "طُرح اسما مرشحين للمنصب", ELECTION, "no own expression; in the session of Sun 10 Aug 2014"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 452
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
