"""Builds stories.jsonl: the 385-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Mauritania and Libya's south and east in
any domain (elections, accidents, floods, courts, prices, tribes, migration), told by local and Arab outlets.
Stories: the Ghat floods and the disaster declarations (Libya's south-west, June 2019), the Nouadhibou appeal
verdict on Mohamed Cheikh Ould Mkhaitir and the protests around it (Mauritania, November 2017), and the suicide
car bomb at the eastern gate of Ajdabiya and the Islamic State claim (Libya's east, March 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-ghat-floods-2019
S = "libya-ghat-floods-2019"
FLOODS = ("2019-06-02", "2019-06-06")     # the rains and floods on Ghat, early June 2019 (my span Sun 2 - Wed 5 Jun)
PC_DECISION = "2019-06-04"                 # Presidential Council decision 677/2019, Tue 4 Jun 2019
PC_DISASTER = "2019-06-06"                 # Presidential Council circular declaring Ghat a stricken area, Thu 6 Jun 2019
art(S, "https://www.eanlibya.com/%d9%81%d9%8a%d8%a7%d8%b6%d8%a7%d9%86%d8%a7%d8%aa-%d8%ba%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d8%a6%d8%a7%d8%b3%d9%8a-%d9%88%d8%a7%d9%84%d8%af%d8%a7%d8%ae%d9%84%d9%8a%d8%a9-%d9%8a/",
    "2019-06-04", "no date line on the stored page; the body's 'اليوم الثلاثاء' for decision 677 of 2019 of the Presidential Council on the Ghat floods of early June 2019 gives Tue 4 Jun 2019 (libyaakhbar carried the same 10-million-dinar allocation among its first Ghat items; the Interior declaration and alsaa's stamp of Thu 6 Jun follow); headline and sub-heading kept (reworded); the 'اقترح تصحيحاً / اترك تعليقاً' furniture dropped; no date of its own in the text", False, """
فيضانات غات.. المجلس الرئاسي ووزارة الداخلية يبدآن معالجة الأزمة
دمرت السيول عددا من المنازل وتسببت في انهيار بعضها، وقطعت الطرق التي تربط بين المناطق.
وأصدر المجلس الرئاسي لحكومة الوفاق الوطني، اليوم الثلاثاء، القرار رقم 677 لسنة 2019م، القاضي بتخصيص مبلغ مالي من بند المتفرقات لفائدة وزارة الداخلية من أجل معالجة الأوضاع في مدينة غات.
وفي السياق ذاته، وجّه وزير الداخلية المفوض بتشكيل لجنة تتولى بصورة عاجلة توفير الاحتياجات والمستلزمات لتخفيف معاناة أهالي غات، ومتابعة أوضاع المدينة ومعالجة الأضرار ومساعدة المتضررين من السيول والفيضانات.
وشرعت اللجنة في عملها فور صدور قرار تشكيلها.
وكانت السيول والفيضانات قد أغرقت أحياء سكنية في غات، مخلفة خسائر بشرية ومادية عديدة، ودفعت كثيرا من المواطنين إلى النزوح نحو أماكن آمنة بعيدا عن الخطر، بسبب هطول الأمطار.
""", [
    ev("houses-destroyed", "دمرت السيول عددا من المنازل", FLOODS[0], "no own expression; the floods of early June 2019 before Tue 4 Jun (my span 2-5 Jun)", end=FLOODS[1]),
    ev("pc-decision-677", "وأصدر المجلس الرئاسي لحكومة الوفاق الوطني، اليوم الثلاثاء، القرار رقم 677", PC_DECISION, "'اليوم الثلاثاء' = Tue 4 Jun 2019"),
    ev("interior-committee", "وجّه وزير الداخلية المفوض بتشكيل لجنة", PC_DECISION, "no own expression; told with the decision of 'اليوم الثلاثاء' = Tue 4 Jun 2019"),
    ev("ghat-floods", "قد أغرقت أحياء سكنية في غات", FLOODS[0], "pluperfect, no own expression; the floods of early June 2019 (my span Sun 2 - Wed 5 Jun)", end=FLOODS[1]),
    ev("residents-displaced", "ودفعت كثيرا من المواطنين إلى النزوح", FLOODS[0], "no own expression; the displacement during the floods (my span 2-5 Jun 2019)", end=FLOODS[1]),
])
art(S, "https://alsaa.net/amp/88716/ظاهرة-نادرة--مياه",
    "2019-06-06", "page stamp 'نشر في 2019/06/06 الساعة 11:44' (kept as second line, the outlet name 'مدار الساعة' dropped; 6 Jun 2019 was a Thursday); headline kept (reworded); the repeated paragraph of the page dropped", True, """
ظاهرة نادرة.. مياه الأمطار تغرق مدينة ليبية في قلب الصحراء الكبرى
نشر في 2019/06/06 الساعة 11:44
أعلنت وزارة الداخلية في حكومة الوفاق الوطني الليبية مدينة غات، الواقعة في أقصى جنوب غرب البلاد، مدينة منكوبة بسبب سيول الأمطار والفيضانات التي تضربها.
وأوضح بيان لداخلية "الوفاق" أن الفيضانات خلفت خسائر بشرية ومادية في المنطقة، وأجبرت كثيرا من السكان على مغادرة بيوتهم مع تواصل الفيضانات الناتجة عن الأمطار الغزيرة.
وبناء على ذلك، أعلنت الوزارة غات مدينة منكوبة، لأن السيول غمرت "قرابة 70 في المائة من مناطقها"، مما قطع الاتصالات والتيار الكهربائي عن معظم تلك المناطق.
وكانت فيضانات ناجمة عن أمطار غزيرة قد غمرت غات وضواحيها، إلى جانب سيول جارفة تدفقت إليها من الأودية الصحراوية على الحدود مع الجزائر.
وغمرت المياه البيوت، فاضطر بعض الأهالي إلى الاحتماء بأسطح المباني. وبيّنت صور ارتفاع منسوب المياه على نحو خطير، حتى بلغ في بعض أحياء المدينة طول قامة رجل بالغ.
""", [
    ev("interior-declares-disaster", "أعلنت وزارة الداخلية في حكومة الوفاق الوطني الليبية مدينة غات", "2019-06-03", "no own expression; the Interior Ministry's statement came before this stamp of Thu 6 Jun and about the time of the Presidential Council allocation of Tue 4 Jun (libyaakhbar carried it just before); my span 3-5 Jun 2019", end="2019-06-06"),
    ev("residents-displaced", "وأجبرت كثيرا من السكان على مغادرة بيوتهم", FLOODS[0], "no own expression; the displacement during the floods (my span 2-5 Jun 2019)", end=FLOODS[1]),
    ev("power-comms-cut", "مما قطع الاتصالات والتيار الكهربائي عن معظم تلك المناطق", FLOODS[0], "no own expression; during the floods (my span 2-5 Jun 2019)", end=FLOODS[1]),
    ev("ghat-floods", "قد غمرت غات وضواحيها", FLOODS[0], "pluperfect, no own expression; the floods of early June 2019 (my span 2-5 Jun)", end=FLOODS[1]),
    ev("rooftops", "فاضطر بعض الأهالي إلى الاحتماء بأسطح المباني", FLOODS[0], "no own expression; during the floods (my span 2-5 Jun 2019)", end=FLOODS[1]),
])
art(S, "https://almowaten.net/2019/06/صور-ليبيا-تعلن-مدينة-غات-منطقة-منكوبة",
    "2019-06-06", "month in the URL '/2019/06/' and the body's 'اليوم الخميس' for the Presidential Council's declaration of Ghat as stricken, with the floods 'خلال اليومين الماضيين' and the first UN toll (4 dead, 2,500 displaced): Thu 6 Jun 2019 (the two days after alsaa's report of the Interior declaration; Thu 13 Jun would be a week after the floods); headline rendered from the URL slug; the site's list of other headlines dropped; the last, truncated word 'الأوض' completed as 'الأوضاع'", True, """
بالصور.. ليبيا تعلن مدينة غات منطقة منكوبة
أعلن المجلس الرئاسي لحكومة الوفاق الليبية، اليوم الخميس، أن مدينة "غات" التي ضربتها الفيضانات والسيول خلال اليومين الماضيين أصبحت منطقة "منكوبة".
وذكرت الأمم المتحدة أن غات، القريبة من الحدود الجزائرية، تعرضت على مدار الأيام الماضية لأمطار موسمية أدت إلى وفاة أربعة أشخاص ونزوح قرابة 2500 شخص.
وأفادت وكالة الأنباء الليبية (وال) اليوم بأن الإعلان ورد في تعميم رسمي أرسلته الرئاسة إلى وزارات الحكم المحلي والداخلية والصحة والمالية والشؤون الاجتماعية وغيرها من المؤسسات المعنية.
ودعا المجلس الرئاسي هذه الجهات إلى اتخاذ جميع التدابير اللازمة للتعامل مع الأوضاع.
""", [
    ev("pc-declares-disaster", "أعلن المجلس الرئاسي لحكومة الوفاق الليبية، اليوم الخميس", PC_DISASTER, "'اليوم الخميس' = Thu 6 Jun 2019"),
    ev("ghat-floods", "التي ضربتها الفيضانات والسيول خلال اليومين الماضيين", FLOODS[0], "'خلال اليومين الماضيين' from Thu 6 Jun = Tue 4 - Wed 5 Jun; the story-wide span of the floods 2-5 Jun 2019", end=FLOODS[1]),
    ev("flood-deaths", "أدت إلى وفاة أربعة أشخاص", FLOODS[0], "'على مدار الأيام الماضية' from Thu 6 Jun 2019 (my span 2-5 Jun)", end=FLOODS[1]),
    ev("residents-displaced", "ونزوح قرابة 2500 شخص", FLOODS[0], "'على مدار الأيام الماضية' from Thu 6 Jun 2019 (my span 2-5 Jun)", end=FLOODS[1]),
    ev("pc-circular", "الإعلان ورد في تعميم رسمي أرسلته الرئاسة", PC_DISASTER, "the circular of the declaration of 'اليوم الخميس' = Thu 6 Jun 2019 (WAL 'اليوم')"),
    ev("pc-calls-measures", "ودعا المجلس الرئاسي هذه الجهات إلى اتخاذ جميع التدابير", PC_DISASTER, "in the same circular of Thu 6 Jun 2019"),
])

# ---------------------------------------------------------------- mauritania-mkhaitir-appeal-verdict-2017
S = "mauritania-mkhaitir-appeal-verdict-2017"
HEARING = "2017-11-08"                     # the retrial before the Nouadhibou appeal court opened on Wed 8 Nov 2017
VERDICT = "2017-11-09"                     # two years and 60,000 ouguiya, Thu 9 Nov 2017 (alakhbar: 'يوم التاسع من نوفمبر 2017')
FRIDAY = "2017-11-10"                      # the Friday protests after the verdict, Fri 10 Nov 2017
SESSIONS = ("2017-11-08", "2017-11-10")    # the two days of hearings, Wed 8 - Thu 9 Nov 2017
art(S, "https://www.elkhebar.net/شغب-يجتاح-مناطق-وسط-أنواكشوط",
    "2017-11-08", "no date line on the stored page; the body's 'اليوم الأربعاء' with the new hearing of the Nouadhibou appeal court 'اليوم' gives Wed 8 Nov 2017 (the retrial's first day: the verdict came on Thu 9 Nov after the prosecution's request 'أمس', alqad, and hearings 'خلال اليومين الأخيرين', saharamedias); headline rendered from the URL slug; the comment furniture dropped; no date of its own in the text", False, """
شغب يجتاح مناطق وسط أنواكشوط
عرفت مناطق وسط العاصمة أنواكشوط اليوم الأربعاء أعمال شغب، إذ أُحرقت إطارات وجرت محاولات لقطع الطرق الرئيسية وسط المدينة، في ظل استنفار أمني تزامن مع موعد جلسة محاكمة المتهم محمد الشيخ ولد امخيطير.
وتأتي هذه التعبئة ضمن حراك النصرة الذي يطالب بإعدام ولد امخيطير، وقد شهد محيط ملتقى طرق "مدريد" كرا وفرا بين قوات الأمن ومحتجين معظمهم من الشباب.
وتنعقد اليوم في مدينة نواذيبو جلسة جديدة لمحاكمة ولد امخيطير أمام محكمة الاستئناف بتشكيلة مغايرة، تطبيقا لقرار المحكمة العليا في الملف، وهي الجلسة التي أُجِّلت سابقا مع تواصل التعبئة في الداخل للمطالبة بإعدامه بتهمة الإساءة للجناب النبوي الشريف، وتمثل هذه المحاكمة الرابعة له، في حين تتعالى الأصوات الحقوقية الداعية إلى إطلاق سراحه واعتباره سجين رأي.
""", [
    ev("nouakchott-riots", "عرفت مناطق وسط العاصمة أنواكشوط اليوم الأربعاء أعمال شغب", HEARING, "'اليوم الأربعاء' = Wed 8 Nov 2017"),
    ev("madrid-clashes", "شهد محيط ملتقى طرق \"مدريد\" كرا وفرا", HEARING, "no own expression; the same Wednesday's unrest, Wed 8 Nov 2017"),
    ev("appeal-trial-sessions", "وتنعقد اليوم في مدينة نواذيبو جلسة جديدة", SESSIONS[0], "'اليوم' = Wed 8 Nov 2017, the first of the two days of hearings (8-9 Nov; story-wide span)", end=SESSIONS[1]),
    ev("supreme-court-referral", "تطبيقا لقرار المحكمة العليا في الملف", "2017-01-31", "no own expression; the Supreme Court's ruling of Tue 31 Jan 2017 sending the case back to the appeal court (alakhbar, rimtoday)"),
])
art(S, "https://saharamedias.net/20813/",
    "2017-11-09", "no date line on the stored page; the body's 'مساء اليوم الخميس', 'بعد ساعات من إصدار قرار محكمة الاستئناف' and 'يوم غد الجمعة' give Thu 9 Nov 2017, the day of the verdict (alakhbar: 'يوم التاسع من نوفمبر 2017'); headline written from the body (the stored text has none); the repeated paragraphs of the page dropped", True, """
بعثة أممية تزور ولد امخيطير في سجن نواذيبو بعد الحكم
زارت بعثة تابعة للأمم المتحدة، مساء اليوم الخميس، السجن المدني في مدينة نواذيبو شمالي موريتانيا، حيث يُحتجز المسيء محمد الشيخ ولد امخيطير.
وجاءت هذه الزيارة بعد ساعات من صدور قرار محكمة الاستئناف بسجنه عامين وتغريمه 60 ألف أوقية، وهو ما يفتح الباب أمام الإفراج عنه.
وحصلت "صحراء ميديا" على صورة لسيارة البعثة الأممية وهي متوقفة أمام مبنى السجن المدني في نواذيبو، بينما كان أعضاء البعثة في الداخل.
ولم يُعلن رسميا عن موعد الشروع في إجراءات الإفراج عن المسيء، على الرغم من الغضب الشعبي في موريتانيا والدعوات إلى التظاهر يوم غد الجمعة.
وكانت بعثة أممية قد تابعت مجريات جلسة المحاكمة خلال اليومين الأخيرين، إلى جانب ممثل عن السفارة الأمريكية في نواكشوط.
""", [
    ev("un-prison-visit", "زارت بعثة تابعة للأمم المتحدة، مساء اليوم الخميس", VERDICT, "'مساء اليوم الخميس' = Thu 9 Nov 2017"),
    ev("appeal-verdict", "بعد ساعات من صدور قرار محكمة الاستئناف بسجنه عامين", VERDICT, "'بعد ساعات' before the visit of Thursday evening = Thu 9 Nov 2017"),
    ev("friday-protests", "والدعوات إلى التظاهر يوم غد الجمعة", FRIDAY, "'يوم غد الجمعة' from Thu 9 Nov = Fri 10 Nov 2017"),
    ev("appeal-trial-sessions", "قد تابعت مجريات جلسة المحاكمة خلال اليومين الأخيرين", SESSIONS[0], "'خلال اليومين الأخيرين' from Thu 9 Nov = Wed 8 - Thu 9 Nov 2017", end=SESSIONS[1]),
])
art(S, "https://alqad.info/node/5866",
    "2017-11-09", "no date line on the stored page; the body's 'اليوم' for the verdict (known: Thu 9 Nov 2017, alakhbar 'يوم التاسع من نوفمبر 2017'), 'أمس' for the prosecution's request, and the span 'يناير 2014- نوفمبر 2017' give Thu 9 Nov 2017; headline written from the body; the two 'click here' links dropped; no day of its own in the text", False, """
محكمة الاستئناف تحكم على ولد امخيطير بالسجن سنتين
قضت محكمة الاستئناف، في تشكلتها المغايرة التي تنظر في قضية كاتب المقال المسيء للجناب النبوي الشريف "محمد الشيخ ولد محمد ولد امخيطير"، اليوم بسجنه سنتين مع غرامة مالية قدرها 60 ألف أوقية.
ويترتب على هذا الحكم إطلاق سراح المعني فورا لأنه تجاوز المدة المحكوم بها "يناير 2014- نوفمبر 2017"، مع حقه في التعويض عن الفترة التي قضاها زيادة على محكوميته.
وكانت النيابة العامة قد طلبت أمس الحكم بإعدام ولد امخيطير، وكيفت التهمة الموجهة إليه على أنها "الردة".
وكان محاميا الدفاع "ولد أمين وفاتمتا امباي" قد طالبا بالإفراج عن ولد امخيطير وتعويضه عن المدة التي أمضاها في السجن.
وكانت مجموعة كبيرة من أبرز علماء البلد قد أصدرت بيانا دعت فيه المحكمة إلى الحكم بإعدام ولد امخيطير درءا للمفسدة وكبحا لموجة الإلحاد التي يجاهر بها أصحابها من حين لآخر.
وكانت منظمة هيومن رايتس ووتش قد طالبت السلطات الموريتانية، في بيان صدر ساعات قبل بدء محاكمة المسيء، بإسقاط جميع التهم عنه، معتبرة إياه سجين رأي.
""", [
    ev("appeal-verdict", "اليوم بسجنه سنتين مع غرامة مالية قدرها 60 ألف أوقية", VERDICT, "'اليوم' = Thu 9 Nov 2017 (the known day of the verdict)"),
    ev("detention", "لأنه تجاوز المدة المحكوم بها", "2014-01-02", "'يناير 2014- نوفمبر 2017': held since his arrest of Thu 2 Jan 2014 (masress) until the verdict of Thu 9 Nov 2017", end="2017-11-10"),
    ev("prosecution-death-request", "وكانت النيابة العامة قد طلبت أمس الحكم بإعدام", HEARING, "'أمس' from Thu 9 Nov = Wed 8 Nov 2017"),
    ev("hrw-statement", "في بيان صدر ساعات قبل بدء محاكمة المسيء", "2017-11-07", "'ساعات قبل بدء محاكمة' of Wed 8 Nov 2017 = late Tue 7 or early Wed 8 Nov (my span)", end="2017-11-09"),
])
art(S, "http://essahraa.net/archive_2/?q=Fd",
    "2017-11-10", "no date line on the stored page; the body's 'بعد قرار محكمة الاستئناف في نواذيبو إطلاق سراح' (Thu 9 Nov 2017), the marches 'بعد صلاة الجمعة' and 'هذا اليوم' give Fri 10 Nov 2017, the Friday called for on Thursday (saharamedias 'يوم غد الجمعة'); headline written from the body; the inner sub-heading kept; the last, truncated paragraph dropped", True, """
جمعة غضب في مدن موريتانية بعد قرار الإفراج عن ولد امخيطير
بعد قرار محكمة الاستئناف في نواذيبو إطلاق سراح المتهم محمد الشيخ ولد امخيطير، انتشرت على مواقع التواصل الاجتماعي دعوات إلى جعل "الجمعة" يوم غضب نصرة للنبي الكريم محمد عليه أفضل الصلاة والسلام واحتجاجا على قرار المحكمة.
ومع أن الدعوة إلى التظاهر لم تصدر عن جهة بعينها، فإن منتدى العلماء والأئمة لنصرة النبي عليه الصلاة والسلام دعا الجماهير إلى النزول إلى الشارع والتعبير عن رفضها لما سماه "الخضوع لأهواء أعداء النبي صلى الله عليه وسلم".
وعقب صلاة الجمعة انطلقت مسيرات عدة في مدن مختلفة من البلاد، أبرزها في العاصمة نواكشوط ونواذيبو وازويرات وكيفه وتمبدغة وبوتلميت وروصو، إلى جانب مدن أخرى.
نواكشوط.. غضب وشغب
عرفت العاصمة نواكشوط هذا اليوم أكبر التظاهرات بحكم عدد سكانها، إذ خرجت مسيرات من مساجد عدة أبرزها المسجد "السعودي" ومسجد "شجرة الأنبياء" إلى جانب مساجد أخرى في أطراف العاصمة، متجهة نحو القصر الرئاسي، غير أن قوات الأمن تصدت لها، فأطلقت على المتظاهرين وابلا من الغازات المسيلة للدموع والقنابل الصوتية، مما تسبب في حالات اختناق كثيرة وإصابات أغلبها طفيفة.
""", [
    ev("appeal-verdict", "بعد قرار محكمة الاستئناف في نواذيبو إطلاق سراح المتهم", VERDICT, "no own expression; the verdict of Thu 9 Nov 2017"),
    ev("social-media-calls", "انتشرت على مواقع التواصل الاجتماعي دعوات", VERDICT, "no own expression; the calls after the verdict of Thu 9 Nov, before the Friday (my span 9-10 Nov 2017)", end=FRIDAY),
    ev("friday-protests", "وعقب صلاة الجمعة انطلقت مسيرات عدة", FRIDAY, "'صلاة الجمعة' after the verdict of Thu 9 Nov = Fri 10 Nov 2017"),
    ev("nouakchott-tear-gas", "فأطلقت على المتظاهرين وابلا من الغازات المسيلة للدموع", FRIDAY, "'هذا اليوم' = Fri 10 Nov 2017"),
])

# ---------------------------------------------------------------- libya-ajdabiya-gate-suicide-bombing-2018
S = "libya-ajdabiya-gate-suicide-bombing-2018"
ATTACK = "2018-03-29"                      # the suicide car bomb at the eastern gate of Ajdabiya, late on Thu 29 Mar 2018
NIGHT = ("2018-03-29", "2018-03-31")       # the first hospital reports, the night of Thu 29 - Fri 30 Mar 2018
CLAIM = "2018-03-30"                       # Amaq's claim, Fri 30 Mar 2018
MARCH9 = "2018-03-09"                      # the earlier car bomb at the Sitteen gate south of Ajdabiya, Fri 9 Mar 2018
art(S, "http://samanews.ps/ar/post/332140/ليبيا-مقتل-8-أشخاص-في-هجوم-انتحاري",
    "2018-03-30", "page date line 'الجمعة 30 مارس 2018 07:39 ص' (kept as second line, the time zone note and the source tag 'وكالات / سما /' dropped; 30 Mar 2018 was a Friday); the body's 'مساء أمس، الخميس' agrees; headline kept (reworded); the last, truncated words of the last sentence dropped", True, """
ليبيا: ثمانية قتلى في هجوم انتحاري
الجمعة 30 مارس 2018 07:39 ص
لقي ثمانية أشخاص على الأقل حتفهم، وأصيب ثمانية آخرون في وقت متأخر من مساء أمس، الخميس، في هجوم انتحاري استهدف بوابة أمنية في مدينة أجدابيا (900 كلم شرق طرابلس)، وهي العملية الثانية من نوعها في أقل من شهر، وفق مصادر أمنية وطبية.
وأفاد مصدر طبي في مستشفى محمد المقريف العام في أجدابيا وكالة فرانس برس بأن خمسة قتلى وصلوا في اللحظة الأولى للتفجير الذي طال البوابة الشرقية للمدينة في اتجاه بنغازي، ثانية كبرى المدن الليبية.
وأضاف المصدر، الذي فضّل عدم كشف هويته، أن ثلاثة من الجرحى الأحد عشر الذين نُقلوا إلى المستشفى فارقوا الحياة متأثرين بإصاباتهم البالغة.
من جهته، ذكر العميد فوزي المنصوري، آمر الغرفة الأمنية التي شكلها الجيش لتأمين أجدابيا، أن القتلى والجرحى، ومنهم مدنيون، صادف مرورهم بالبوابة لحظة الهجوم الانتحاري.
وبيّن أن السيارة كانت محملة بكمية كبيرة من المتفجرات سُمع دويها في أرجاء واسعة من المدينة، مؤكدا أن التحقيقات ما زالت جارية لتحديد مصدرها.
ويُذكر أن هجوما انتحاريا وقع في 9 آذار/مارس الجاري وأُصيب فيه جندي من القوات التي يقودها المشير خليفة حفتر.
""", [
    ev("ajdabiya-bombing", "في هجوم انتحاري استهدف بوابة أمنية في مدينة أجدابيا", ATTACK, "'في وقت متأخر من مساء أمس، الخميس' from Fri 30 Mar = Thu 29 Mar 2018"),
    ev("five-dead-on-arrival", "خمسة قتلى وصلوا في اللحظة الأولى للتفجير", NIGHT[0], "no own expression; the night of the attack, Thu 29 - Fri 30 Mar 2018", end=NIGHT[1]),
    ev("wounded-die", "فارقوا الحياة متأثرين بإصاباتهم البالغة", NIGHT[0], "no own expression; before this report of 07:39 on Fri 30 Mar 2018 (my span 29-30 Mar)", end=NIGHT[1]),
    ev("mansouri-statement", "ذكر العميد فوزي المنصوري، آمر الغرفة الأمنية", NIGHT[0], "no own expression; his television statement on the night of the attack (my span 29-30 Mar 2018)", end=NIGHT[1]),
    ev("march-9-attack", "هجوما انتحاريا وقع في 9 آذار/مارس الجاري", MARCH9, "'9 آذار/مارس الجاري' = Fri 9 Mar 2018"),
])
art(S, "https://www.alarabiya.net/north-africa/2018/03/30/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D9%85%D9%82%D8%AA%D9%84-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D9%8A%D9%86-%D9%88%D9%85%D8%AF%D9%86%D9%8A%D9%8A%D9%86-%D9%81%D9%8A-%D8%AA%D9%81%D8%AC%D9%8A%D8%B1-%D8%A7%D9%86%D8%AA%D8%AD%D8%A7%D8%B1%D9%8A",
    "2018-03-30", "date in the URL '/2018/03/30/' (30 Mar 2018 was a Friday); the body's 'مساء الخميس' agrees; headline kept (reworded); the hashtags '#' of the page dropped; no date of its own in the text", False, """
ليبيا.. قتلى من العسكريين والمدنيين في تفجير انتحاري
لقي ما لا يقل عن 8 أشخاص، بين عسكريين من قوات الجيش الليبي ومدنيين، مصرعهم وأصيب نحو 11 آخرين، مساء الخميس، جراء تفجير سيارة مفخخة يقودها انتحاري استهدفت البوابة الأمنية عند المدخل الشرقي لمدينة أجدابيا.
وفي التفاصيل، أوضح آمر الغرفة الأمنية أجدابيا، العميد فوزي المنصوري، أن "التفجير نجم عن سيارة محملة بكمية من المتفجرات آتية من ناحية مدينة بنغازي"، مشيرا إلى أن "الاتجاه الذي جاءت منه السيارة المفخخة لا يثبت أنها قادمة من بنغازي".
وتابع المنصوري، في تصريح تلفزيوني، أنه "كان بين الجرحى عائلة صادف وجودها في البوابة لحظة التفجير"، مبينا أن استهداف أجدابيا "يرمي إلى السيطرة على منطقة الهلال النفطي، ومحاولة مهاجمة بنغازي"، وكاشفا أن الغرفة الأمنية تعمل على كشف الخلايا النائمة في المدينة.
ويعد هذا الهجوم الخامس الذي يستهدف بوابات تابعة لقوات الجيش الليبي بقيادة خليفة حفتر خلال نحو خمسة أشهر، إذ أسفر آخر هجوم نفذه انتحاري على بوابة الستين جنوب أجدابيا، منذ ثلاثة أسابيع، عن إصابة ثلاثة أشخاص بجروح، من بينهم مهاجران غير شرعيين، وتبنى تنظيم داعش الهجوم عقب وقوعه.
""", [
    ev("ajdabiya-bombing", "جراء تفجير سيارة مفخخة يقودها انتحاري", ATTACK, "'مساء الخميس' in an article of Fri 30 Mar = Thu 29 Mar 2018"),
    ev("mansouri-statement", "أوضح آمر الغرفة الأمنية أجدابيا، العميد فوزي المنصوري", NIGHT[0], "no own expression; his television statement on the night of the attack (my span 29-30 Mar 2018)", end=NIGHT[1]),
    ev("march-9-attack", "أسفر آخر هجوم نفذه انتحاري على بوابة الستين", MARCH9, "'منذ ثلاثة أسابيع' from Fri 30 Mar = Fri 9 Mar 2018 (samanews, dostor: 9 March)"),
    ev("march-9-claim", "وتبنى تنظيم داعش الهجوم عقب وقوعه", "2018-03-10", "'عقب وقوعه': Amaq's claim of the Sitteen gate attack came on the evening of Sat 10 Mar 2018 (panapress 'مساء أمس السبت')"),
])
art(S, "https://dostor.synceg.net/4009260",
    "2018-03-30", "no date line on the stored page; the body's 'أمس الخميس' for the Ajdabiya attack (Thu 29 Mar 2018) and 'اليوم الجمعة' for Amaq's claim give Fri 30 Mar 2018; headline kept (reworded)", True, """
داعش يعلن مسؤوليته عن هجوم أجدابيا الليبية
أعلن تنظيم داعش الإرهابي تبنيه الهجوم الذي استهدف مدينة أجدابيا الليبية، أمس الخميس.
وبثت وكالة "أعماق"، الناطقة باسم التنظيم الإرهابي، اليوم الجمعة، خبر مسؤوليتها عن العملية، مدعية مقتل وإصابة 19 عنصرا من قوات الجيش الليبي، في عملية انتحارية نفذها أحد عناصر التنظيم ويدعى "أبوقدامة السائح"، ضربت حاجزا لهم في مدينة بنغازي.
وكان مصدر عسكري ليبي رفيع قد أعلن مقتل 8 أشخاص بين عسكريين ومدنيين وإصابة 10 آخرين في هجوم بسيارة مفخخة على نقطة أمنية عند المدخل الشرقي لمدينة أجدابيا.
ونقلت وكالة الأنباء الليبية عن المصدر العسكري تأكيده أن تنظيم "داعش" الإرهابي يقف وراء الهجوم المنفذ بسيارة مفخخة، موضحة أن أسلوب التنفيذ وطريقة تفخيخ السيارة يدلان على ذلك.
وأشارت الوكالة إلى أن "داعش" كان قد أعلن في 9 مارس الجاري عن استهداف بوابة الـ60 جنوب أجدابيا بسيارة مفخخة، مما أدى إلى مقتل عسكري وإصابة اثنين آخرين.
""", [
    ev("ajdabiya-bombing", "الهجوم الذي استهدف مدينة أجدابيا الليبية، أمس الخميس", ATTACK, "'أمس الخميس' from Fri 30 Mar = Thu 29 Mar 2018"),
    ev("is-claim", "وبثت وكالة \"أعماق\"، الناطقة باسم التنظيم الإرهابي، اليوم الجمعة", CLAIM, "'اليوم الجمعة' = Fri 30 Mar 2018"),
    ev("death-toll-8", "قد أعلن مقتل 8 أشخاص بين عسكريين ومدنيين", NIGHT[0], "pluperfect, no own expression; the toll given on the night of the attack, 29-30 Mar 2018 (my span)", end=NIGHT[1]),
    ev("march-9-attack", "عن استهداف بوابة الـ60 جنوب أجدابيا بسيارة مفخخة", MARCH9, "'في 9 مارس الجاري' = Fri 9 Mar 2018 (the attack; the claim followed on Sat 10)"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=10733422",
    "2018-03-31", "no date line on the stored page (a copy of al-Ittihad's report, datelined 'بنغازي، طرابلس (وكالات)'); the body's 'في وقت متأخر الليلة قبل الماضية' for the attack of late Thu 29 Mar 2018 and 'تبناه لاحقاً' (the claim of Fri 30 Mar) give Sat 31 Mar 2018; headline written from the body (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
ثمانية قتلى في هجوم انتحاري على بوابة أجدابيا الشرقية
بنغازي، طرابلس (وكالات): لقي ثمانية أشخاص على الأقل مصرعهم وأصيب ثمانية آخرون في وقت متأخر الليلة قبل الماضية، في هجوم انتحاري تبناه لاحقاً تنظيم داعش الإرهابي، استهدف بوابة أمنية في مدينة أجدابيا (900 كلم شرق طرابلس)، في ثاني عملية من نوعها في أقل من شهر، بحسب مصادر أمنية وطبية.
وذكر مصدر طبي في مستشفى محمد المقريف العام بأجدابيا أن خمسة قتلى وصلوا في اللحظة الأولى للتفجير الذي ضرب البوابة الشرقية للمدينة المؤدية إلى بنغازي، ثاني أكبر المدن الليبية.
وأضاف المصدر، الذي طلب عدم نشر اسمه، أن ثلاثة من بين أحد عشر جريحا وصلوا إلى المستشفى توفوا متأثرين بجراحهم البالغة.
وفي السياق نفسه، قال العميد فوزي المنصوري، آمر الغرفة الأمنية التي أنشأها الجيش لتأمين أجدابيا، إن مرور القتلى والجرحى، ومن بينهم مدنيون، بالبوابة تزامن مع لحظة الهجوم الانتحاري.
وأوضح أن السيارة كانت تحمل كمية كبيرة من المتفجرات دوّى صوتها في أرجاء واسعة من المدينة، مؤكداً أن التحقيقات جارية لمعرفة الجهة التي أتت منها.
""", [
    ev("ajdabiya-bombing", "استهدف بوابة أمنية في مدينة أجدابيا (900 كلم شرق طرابلس)", ATTACK, "'في وقت متأخر الليلة قبل الماضية' in an article of Sat 31 Mar = late Thu 29 Mar 2018"),
    ev("is-claim", "تبناه لاحقاً تنظيم داعش الإرهابي", CLAIM, "'لاحقاً': Amaq's claim of Fri 30 Mar 2018 (dostor 'اليوم الجمعة')"),
    ev("five-dead-on-arrival", "خمسة قتلى وصلوا في اللحظة الأولى للتفجير", NIGHT[0], "no own expression; the night of the attack, Thu 29 - Fri 30 Mar 2018", end=NIGHT[1]),
    ev("wounded-die", "توفوا متأثرين بجراحهم البالغة", NIGHT[0], "no own expression; the same hospital report as samanews' of 07:39 on Fri 30 Mar (my span 29-30 Mar 2018)", end=NIGHT[1]),
    ev("mansouri-statement", "قال العميد فوزي المنصوري، آمر الغرفة الأمنية", NIGHT[0], "no own expression; his statement on the night of the attack (my span 29-30 Mar 2018)", end=NIGHT[1]),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 385
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
