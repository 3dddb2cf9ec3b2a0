"""Builds stories.jsonl: the 562-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Khuzestan / Ahvaz and Iran's Arab regions
in the Arabic-language press.
Stories: the attack on the military parade in Ahvaz (September 2018), the execution of the Ahwazi opposition
leader Habib Chaab (Asyud) (May 2023), the "thirst" protests over water shortages in Khuzestan (July 2021), and
the protests over polluted drinking water in Khorramshahr (al-Muhammara) and Abadan (June - July 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iran-ahvaz-military-parade-attack-2018
S = "iran-ahvaz-military-parade-attack-2018"
ATTACK = "2018-09-22"        # gunmen attacked the parade in Ahvaz on the morning of Sat 22 Sep 2018
ROUHANI = "2018-09-23"       # Rouhani's accusation before leaving for New York, and the IRGC statement: Sun 23 Sep
FUNERAL = "2018-09-24"       # the funeral in Ahvaz, Mon 24 Sep 2018
art(S, "http://cam.shashe.net/news/39701/18/?title=%D8%A8%D8%B9%D8%AF_%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85_%D8%B9%D9%84%D9%89_%D8%A7%D9%84%D8%A3%D9%87%D9%88%D8%A7%D8%B2.._%D8%A5%D9%8A%D8%B1%D8%A7%D9%86_%D8%AA%D8%AA%D9%87%D9%85_%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9_%D9%88%D8%A7%D9%84%D9%88%D9%84%D8%A7%D9%8A%D8%A7%D8%AA_%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9_%D9%88%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84",
    ATTACK, "the page stamp 'السبت 22 سبتمبر 2018 16:45 م بتوقيت القدس' above the body (22 Sep 2018 was a Saturday; the stamp is a page header, not kept in the text); the body has no date expression of its own; headline rendered from the 'title' parameter of the URL", True, """
بعد الهجوم على الأهواز.. إيران تتهم السعودية والولايات المتحدة وإسرائيل
في أعقاب الهجوم على الأهواز الذي أودى بحياة 24 شخصًا وأصاب 60 آخرين بجروح، وبعد أن تبنّاه تنظيم داعش، وجّهت شخصيات إيرانية أصابع الاتهام إلى السعودية والولايات المتحدة وإسرائيل.
وأكد المتحدث باسم الجيش الإيراني أن منفذي الهجوم على العرض العسكري في الأهواز لا ينتمون إلى داعش، بل إلى الولايات المتحدة والموساد الإسرائيلي، معلنًا مقتل أربعة من المنفذين.
وكان المتحدث باسم جماعة الأهواز الثورية قد أعلن في وقت سابق تبنّي الهجوم، في حين قال وزير الخارجية الإيراني محمد جواد ظريف إن طرفًا خارجيًا يعمل لمصلحة الولايات المتحدة هو المسؤول عن الهجوم، من دون أن يكشف هويته.
ووفق مصادر إعلامية، اتهم المتحدث باسم الحرس الثوري رمضان شريف الجماعة الأهوازية بتنفيذ الهجوم، زاعمًا أنها مدعومة من المملكة العربية السعودية.
وفي ظل هذه التطورات، أشار روحاني إلى أن إيران ستعمل بكل جهد على كشف هوية المسؤولين عن الهجوم، فيما قدّم الرئيس الروسي فلاديمير بوتين تعازيه لإيران.
""", [
    ev("parade-attack", "الهجوم على الأهواز الذي أودى بحياة 24 شخصًا", ATTACK, "no own expression; the attack on the parade on the morning of Sat 22 Sep 2018, the day of the page stamp (cnn of Sun 23 and zamanalwsl of Mon 24: 'يوم السبت')"),
    ev("isis-claim", "وبعد أن تبنّاه تنظيم داعش", ATTACK, "no own expression; IS's Amaq claimed the attack on the day itself, Sat 22 Sep 2018 (the page stamp of 16:45 that day)"),
    ev("attackers-killed", "معلنًا مقتل أربعة من المنفذين", ATTACK, "no own expression; the four attackers were killed during the attack of Sat 22 Sep 2018 and the army spokesman spoke the same day (page stamp)"),
    ev("ahwazi-claim", "قد أعلن في وقت سابق تبنّي الهجوم", ATTACK, "no own expression ('في وقت سابق' = earlier on the same day); the Ahwazi spokesman's claim on Sat 22 Sep 2018, before the page stamp of 16:45"),
    ev("zarif-accusation", "قال وزير الخارجية الإيراني محمد جواد ظريف إن طرفًا خارجيًا", ATTACK, "no own expression; Zarif's tweet right after the attack of Sat 22 Sep 2018 (cnn: 'في تغريدة له بأعقاب الهجوم')"),
    ev("putin-condolences", "قدّم الرئيس الروسي فلاديمير بوتين تعازيه لإيران", ATTACK, "no own expression; Putin's condolences on the day of the attack, Sat 22 Sep 2018 (before the page stamp of 16:45)"),
])
art(S, "http://arabic.cnn.com/world/article/2018/09/23/iran-revolutionary-guard-comment-attacks",
    ROUHANI, "date in the URL '/2018/09/23/' (23 Sep 2018 was a Sunday); no stamp in the stored text; the body's 'في بيان، الأحد' agrees; headline kept from the page; the section label, 'نشر', 'دقيقة قراءة', the repeated title and the photo credit dropped; the last, truncated parenthesis dropped", True, """
الحرس الثوري الإيراني حول هجوم الأهواز: سننتقم من الإرهابيين انتقاما مميتا لا ينسى
دبي، الإمارات العربية المتحدة (CNN) – قالت قوات الحرس الثوري الإيراني في بيان، الأحد، إنها "ستثأر لدماء الشهداء في المستقبل القريب"، وفق ما أوردته وكالة الأنباء الإيرانية (إرنا)، وقدّمت التعازي لذوي القتلى في هجوم الأهواز الذي وقع أثناء عرض عسكري إيراني.
وأضاف الحرس الثوري أن "التدابير اللازمة ستُتخذ" في المستقبل القريب للتصدي لـ"الإرهابيين" والثأر منهم "ثأرًا مميتًا لا يُنسى"، على حد وصفه، مؤكدًا أنه "سيلاحق مرتكبي هذه الجريمة" أينما وُجدوا.
من جهته، كتب وزير الخارجية الإيراني جواد ظريف في تغريدة له بأعقاب الهجوم: "إرهابيون جرى تجنيدهم وتدريبهم وتسليحهم والدفع لهم من قبل نظام أجنبي هاجموا الأهواز، وبين الضحايا أطفال ومجندون وإعلاميون، وإيران تحمّل رعاة الإرهاب في المنطقة وأسيادهم الأمريكيين مسؤولية هذا الهجوم، وسترد بسرعة وحزم دفاعًا عن أرواح الإيرانيين".
ويُذكر أن إيران تقيم الاستعراض العسكري في عدد من المدن في "الذكرى السنوية الثامنة والثلاثين لأسبوع الدفاع المقدس".
""", [
    ev("irgc-revenge-statement", "قالت قوات الحرس الثوري الإيراني في بيان، الأحد", ROUHANI, "'الأحد' = Sun 23 Sep 2018 (URL date)"),
    ev("parade-attack", "في هجوم الأهواز الذي وقع أثناء عرض عسكري إيراني", ATTACK, "no own expression; the attack of Sat 22 Sep 2018 (shashe stamped that day)"),
    ev("zarif-accusation", "كتب وزير الخارجية الإيراني جواد ظريف في تغريدة له بأعقاب الهجوم", ATTACK, "'بأعقاب الهجوم' = right after the attack of Sat 22 Sep 2018 (shashe, stamped that day, reports the accusation)"),
])
art(S, "https://zamanalwsl.net/news/article/93422/like",
    FUNERAL, "no date on the stored page; the body's 'اليوم الاثنين' for the funeral and 'أمس الاحد' for Rouhani's accusation (made on Sun 23 Sep 2018 before he left for New York) give Mon 24 Sep 2018 (24 Sep 2018 was a Monday); the closing '(أب)' kept as the agency tag; the comment-form lines dropped; headline written from the body (the stored text has none)", False, """
تشييع ضحايا هجوم الأحواز ووعيد من الحرس الثوري بالانتقام
جرى تشييع جنازات ضحايا الهجوم الذي طال عرضًا عسكريًا في إيران يوم السبت الماضي بمدينة الأحواز جنوب غربي البلاد.
واحتشد آلاف المشيعين اليوم الاثنين في مسجد ثأر الله عند تقاطع تالجاني في المدينة، حاملين نعوش الضحايا في ظل ارتفاع شديد في درجات الحرارة.
ومن بين 25 شخصًا لقوا حتفهم يوم السبت، كان 12 من أهالي الأحواز، بينما ينحدر الباقون من مناطق أخرى في محافظة خوزستان.
ويُعدّ هذا الهجوم الأعنف في إيران منذ ما يقرب من عشر سنوات.
وخلال التشييع، توعّد القائم بأعمال قائد الحرس الثوري الجنرال حسين سلامي بالانتقام من منفذي الهجوم ومما سمّاه "مثلث" المملكة العربية السعودية وإسرائيل والولايات المتحدة.
وكان انفصاليون عرب قد أعلنوا مسؤوليتهم عن الهجوم، الذي أوقع أيضًا 60 جريحًا بينهم عناصر في الحرس الثوري وجنود في الجيش.
واتهم الرئيس الإيراني حسن روحاني أمس الاحد دولة لم يسمّها، لكنه وصفها بأنها حليفة للولايات المتحدة، بالوقوف وراء الهجوم.
(أب)
""", [
    ev("parade-attack", "الهجوم الذي طال عرضًا عسكريًا في إيران يوم السبت الماضي", ATTACK, "'يوم السبت الماضي' in an article of Mon 24 Sep 2018 = Sat 22 Sep"),
    ev("funeral", "واحتشد آلاف المشيعين اليوم الاثنين", FUNERAL, "'اليوم الاثنين' = Mon 24 Sep 2018"),
    ev("salami-vow", "توعّد القائم بأعمال قائد الحرس الثوري الجنرال حسين سلامي بالانتقام", FUNERAL, "no own expression ('وخلال التشييع'); during the funeral of Mon 24 Sep 2018"),
    ev("ahwazi-claim", "وكان انفصاليون عرب قد أعلنوا مسؤوليتهم عن الهجوم", ATTACK, "no own expression; the Ahwazi separatists' claim of Sat 22 Sep 2018, the day of the attack (shashe, stamped that day)"),
    ev("rouhani-accusation", "واتهم الرئيس الإيراني حسن روحاني أمس الاحد", ROUHANI, "'أمس الاحد' in an article of Mon 24 Sep 2018 = Sun 23 Sep"),
])

# ---------------------------------------------------------------- iran-habib-chaab-execution-2023
S = "iran-habib-chaab-execution-2023"
EXEC = "2023-05-06"          # Habib Chaab (Habib Asyud) hanged on the morning of Sat 6 May 2023
UPHELD = "2023-03-12"        # the judiciary announced on Sun 12 Mar 2023 that the supreme court upheld the sentence
SENTENCE = "2022-12-06"      # the death sentence announced on 6 Dec 2022
ABDUCTED = ("2020-10-01", "2020-11-01")  # lured / abducted in Turkey in October 2020 (month)
art(S, "https://sawtoroba.com/?p=12340",
    EXEC, "the statement's date line 'جنيف 6 مايس/ آيار 2023' at the head of the body (kept) and 'صباح هذا اليوم، السبت 6 مايس/ آيار 2023' (6 May 2023 was a Saturday); a statement of the Geneva International Centre for Justice carried by sawtoroba; the section labels and the author line dropped; headline kept from the page; the last, truncated sentence on the charge dropped", True, """
إيران تنفذ حكم الإعدام بالناشط السياسي الأحوازي حبيب أسيود
مركز جنيف الدولي للعدالة: إيران تنفذ حكم الإعدام بالناشط السياسي الأحوازي حبيب أسيود.
جنيف 6 مايس/ آيار 2023
اقترفت السلطات الإيرانية صباح هذا اليوم، السبت 6 مايس/ آيار 2023، جريمة جديدة تستوجب الإدانة، إذ أقدمت على إعدام الناشط السياسي الأحوازي حبيب فرج الله كعب أسيود إثر محاكمة جائرة.
والسيد أسيود من مؤسسي حركة النضال العربي لتحرير الأحواز، وقد زاول نشاطه السياسي في صفوف الجاليات الإيرانية/ الأحوازية في أوروبا خلال العقدين الماضيين، ونال الجنسية السويدية إذ يقيم في السويد.
وفي أثناء زيارة قام بها إلى تركيا في تشرين الأول/ أكتوبر 2020، خطفت قوات الأمن الإيرانية السيد أسيود في عملية إرهابية دولية، ونقلته إلى إيران بالتنسيق مع عصابة تهريب دولية.
وطوال فترة احتجازه، أكدت مصادر موثوقة أن السيد أسيود تعرّض لشتى صنوف التعذيب، ثم انتُزعت منه بالقوة اعترافات بالتخطيط لأعمال عسكرية في إيران، وهو أمر تنفيه الحركة.
""", [
    ev("execution", "أقدمت على إعدام الناشط السياسي الأحوازي", EXEC, "'صباح هذا اليوم، السبت 6 مايس/ آيار 2023' = Sat 6 May 2023"),
    ev("abduction-turkey", "خطفت قوات الأمن الإيرانية السيد أسيود في عملية إرهابية دولية", ABDUCTED[0], "'في تشرين الأول/ أكتوبر 2020' = October 2020 (the month only)", end=ABDUCTED[1]),
    ev("torture-in-detention", "تعرّض لشتى صنوف التعذيب", ABDUCTED[0], "no own expression ('طوال فترة احتجازه'); my span from the abduction of October 2020 to the execution of Sat 6 May 2023", end=EXEC),
])
art(S, "https://alwosta.online/?p=139531",
    EXEC, "no date on the stored page; the body's 'اليوم (السبت)' for the execution of Sat 6 May 2023 (sawtoroba dated 'جنيف 6 مايس/ آيار 2023'; albawabhnews of Sun 7: 'أمس السبت') gives Sat 6 May 2023; the section label dropped; headline kept from the page; the last, truncated words 'بحسب وسائ' completed as 'بحسب وسائل الإعلام'", False, """
طهران تنفذ حكم الإعدام بحق معارض إيراني – سويدي
أعدمت إيران اليوم (السبت) المعارض الإيراني – السويدي حبيب شعب بتهمة الإرهاب، بحسب ما أورده التلفزيون الرسمي الإيراني.
وكان القضاء الإيراني قد ثبّت في 12 مارس (آذار) حكم الإعدام الصادر بحقه بتهمة «الإفساد في الأرض وتشكيل جماعة متمردة والتخطيط للعديد من العمليات الإرهابية وتنفيذها».
وقالت السويد حينها، على لسان وزير خارجيتها توبياس بيلستروم، إن «حكم الإعدام عقوبة غير إنسانية يتعذر تداركها، والسويد تدينها في كل الظروف مع بقية دول الاتحاد الأوروبي».
ويتزعم شعب «حركة النضال العربي لتحرير الأحواز» المعارضة الناشطة في محافظة خوزستان جنوب غربي إيران، والتي تعدّها السلطات الإيرانية منظمة «إرهابية» وتحمّلها المسؤولية عن هجمات أبرزها تفجير أودى بحياة نحو 30 شخصًا.
وكان شعب، المقيم في السويد، قد فُقد في أكتوبر (تشرين الأول) 2020 بعد سفره إلى إسطنبول، قبل أن يظهر بعد نحو شهر محتجزًا في إيران، وفق شريط بثه التلفزيون الرسمي في حينه.
وانطلقت محاكمة شعب في يناير (كانون الثاني) 2022 بشبهات «إرهاب»، ولا سيما «الإفساد في الأرض» وغيرها، ثم أعلن القضاء الإيراني في السادس من ديسمبر (كانون الأول) الماضي الحكم بإعدام الرجل الخمسيني، بحسب وسائل الإعلام.
""", [
    ev("execution", "أعدمت إيران اليوم (السبت) المعارض الإيراني – السويدي", EXEC, "'اليوم (السبت)' = Sat 6 May 2023"),
    ev("sentence-upheld", "قد ثبّت في 12 مارس (آذار) حكم الإعدام", UPHELD, "'في 12 مارس (آذار)' = Sun 12 Mar 2023 (the Mizan announcement of that day)"),
    ev("sweden-condemns-upholding", "وقالت السويد حينها", UPHELD, "'حينها' = when the sentence was upheld; Billstrom's statement to AFP on Sun 12 Mar 2023 (elaph: 'استنكرت السويد الأحد')"),
    ev("abduction-turkey", "قد فُقد في أكتوبر (تشرين الأول) 2020", ABDUCTED[0], "'في أكتوبر (تشرين الأول) 2020' = October 2020 (the month only)", end=ABDUCTED[1]),
    ev("trial-start", "وانطلقت محاكمة شعب في يناير (كانون الثاني) 2022", "2022-01-01", "'في يناير (كانون الثاني) 2022' = January 2022 (the month only)", end="2022-02-01"),
    ev("death-sentence", "أعلن القضاء الإيراني في السادس من ديسمبر (كانون الأول) الماضي", SENTENCE, "'في السادس من ديسمبر (كانون الأول) الماضي' from May 2023 = Tue 6 Dec 2022"),
])
art(S, "https://albawabhnews.com/4798550",
    "2023-05-07", "no date on the stored page; the body's 'نُفذ صباح، أمس السبت' for the execution of Sat 6 May 2023 gives Sun 7 May 2023 (7 May 2023 was a Sunday; the outlet's own Saturday report, albawabhnews.com/4798202, says 'نفذ صباح السبت'); headline written from the body (the stored text has none); the last sentence (a Swedish summons dated '١٤ مارس ٢٠٢٢', a wrong year, and truncated) dropped", False, """
إيران تعدم الزعيم السابق لحركة النضال العربي لتحرير الأحواز
أعدمت إيران الناشط السياسي الإيراني السويدي حبيب شعب، الزعيم السابق لحركة النضال العربي لتحرير الأحواز «ASMLA».
وذكرت السلطة القضائية الإيرانية، في بيان نشره موقع «ميزان نيوز» الإخباري الرسمي، أن حكم الإعدام الصادر عام ٢٠٢٢ بحق «شعب» بتهمة الفساد في الأرض نُفذ صباح، أمس السبت.
وكان القضاء قد أعلن تأكيد حكم الإعدام في ١٢ مارس، بعدما مثل «شعب» البالغ ٤٩ عامًا أمام محكمة ثورية في طهران في ديسمبر الماضي، ولم يُسمح له باختيار محامي الدفاع عنه، فتولى الدفاع عنه في المحاكمة محام عيّنته المحكمة، كما أُرغم تحت الإكراه على الإدلاء باعترافات تدينه.
وتقول السلطات الإيرانية إن «شعب» مذنب بقيادته حركة النضال، وهي حركة تطالب بفصل محافظة خوزستان الواقعة في الجنوب الغربي، وبتخطيطها «للعديد من التفجيرات والعمليات الإرهابية» في هذا الإقليم الغني بالنفط الذي يتكلم عدد كبير من سكانه اللغة العربية.
وتصنّف طهران الجماعة منظمةً إرهابية مسؤولة عن أعمال إرهابية، بينها هجوم على عرض عسكري في الأهواز في ٢٢ سبتمبر ٢٠١٨ أوقع 25 قتيلًا من العسكريين والمدنيين.
""", [
    ev("execution", "نُفذ صباح، أمس السبت", EXEC, "'صباح، أمس السبت' in an article of Sun 7 May 2023 = Sat 6 May"),
    ev("death-sentence", "حكم الإعدام الصادر عام ٢٠٢٢", SENTENCE, "'عام ٢٠٢٢' = the year only; the sentence announced on Tue 6 Dec 2022 (alwosta: 'في السادس من ديسمبر (كانون الأول) الماضي')"),
    ev("sentence-upheld", "أعلن تأكيد حكم الإعدام في ١٢ مارس", UPHELD, "'في ١٢ مارس' = Sun 12 Mar 2023"),
    ev("revolutionary-court", "أمام محكمة ثورية في طهران في ديسمبر الماضي", "2022-12-01", "'في ديسمبر الماضي' from May 2023 = December 2022 (the month only; the sentence of 6 Dec 2022 falls in it)", end="2023-01-01"),
    ev("ahvaz-parade-attack-2018", "هجوم على عرض عسكري في الأهواز في ٢٢ سبتمبر ٢٠١٨", "2018-09-22", "'في ٢٢ سبتمبر ٢٠١٨' = Sat 22 Sep 2018"),
])

# ---------------------------------------------------------------- iran-khuzestan-water-protests-2021
S = "iran-khuzestan-water-protests-2021"
START = "2021-07-15"         # the protests over water shortage began on the night of Thu 15 Jul 2021
SECOND = "2021-07-16"        # the second night, Fri 16 Jul, when a young man was shot dead in Shadegan
MAHSHAHR = ("2021-07-20", "2021-07-22")  # police officer shot in Mahshahr on the evening of Tue 20 Jul, died after midnight
KHAMENEI = "2021-07-23"      # Khamenei's remarks, Fri 23 Jul 2021
art(S, "https://ar.ncr-iran.org/90714/",
    "2021-07-17", "no date on the stored page; the body's 'الليلة الماضية، 16 يوليو' for the second night of protests gives Sat 17 Jul 2021 (17 Jul 2021 was a Saturday; the quoted tweet of Maryam Rajavi is signed 'July 17, 2021'); the author line and the tweet's signature line dropped; headline kept from the page (its typo 'القعمية' corrected); the last, truncated sentence dropped", False, """
استمرار الاحتجاجات في خوزستان ومقتل شاب على يد عناصر النظام القمعية
نُظّمت الليلة الماضية، 16 يوليو، في معظم مدن خوزستان الليلة الثانية من احتجاجات واسعة النطاق يخوضها أهالي المحافظة الواقعة في جنوب غرب إيران ضد شح المياه.
وذكر قائممقام شادكان أن شابًا من أهالي المدينة قُتل بإطلاق النار عليه خلال التظاهرة.
وادعى النظام، في محاولة للهروب إلى الأمام، أن الشاب أصيب جراء إطلاق المتظاهرين النار في الهواء، بينما أظهرت مقاطع فيديو على مواقع التواصل الاجتماعي أنه قُتل برصاص القوات الخاصة التابعة للنظام في المدينة.
وعلّقت السيدة مريم رجوي، رئيسة الجمهورية المنتخبة للمقاومة الإيرانية، على التظاهرات الليلية للمواطنين الغاضبين من نقص المياه في مدن عدة من خوزستان، فكتبت: "عاد نظام الملالي إلى إطلاق النار على المتظاهرين، فسقط أحد شبان شادكان (الفلاحية) وأصيب عدد من المواطنين. أدعو جميع الشباب المنتفضين إلى الإسراع في نجدة أبناء خوزستان".
وانطلقت احتجاجات الليلة الثانية في خوزستان في مدن حميدية وماهشهر وسوسنكرد وشوش وشادكان، وفي منطقتي كانتكس و«عين دو» بالأهواز، وفي عدد آخر من مدن المحافظة.
""", [
    ev("second-night-protests", "الليلة الثانية من احتجاجات واسعة النطاق", SECOND, "'الليلة الماضية، 16 يوليو' = the night of Fri 16 Jul 2021"),
    ev("shadegan-death", "أن شابًا من أهالي المدينة قُتل بإطلاق النار عليه", SECOND, "no own expression; shot during the protest of the second night, Fri 16 Jul 2021 (almashhadalkhaleeji: 'الليلة الماضية (الجمعة)')"),
    ev("shadegan-official-claim", "وادعى النظام، في محاولة للهروب إلى الأمام", "2021-07-17", "no own expression; the Shadegan official's account (Omid Sabripour, to IRNA / ISNA) was carried on Sat 17 Jul 2021 (almashhadalkhaleeji: 'كما أفادت وسائل إعلام رسمية السبت')"),
    ev("rajavi-tweet", "وعلّقت السيدة مريم رجوي", "2021-07-17", "no own expression in the kept text; the tweet is signed 'July 17, 2021' on the page (Sat 17 Jul 2021)"),
])
art(S, "https://www.syria.tv/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D9%82%D8%AA%D9%84%D9%89-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D8%B7%D8%B4-%D9%81%D9%8A-%D8%AE%D9%88%D8%B2%D8%B3%D8%AA%D8%A7%D9%86-%D8%A7%D9%84%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%D9%8A%D8%A9",
    "2021-07-18", "no date on the stored page; the body's 'اليوم الأحد' for the Fars report of two dead, after the embedded tweet of 'July 17, 2021' and within the week of protests that began on Thu 15 Jul 2021, gives Sun 18 Jul 2021 (18 Jul 2021 was a Sunday); the embedded tweet dropped; headline rendered from the URL slug; the last, truncated words of the final sentence dropped", False, """
ارتفاع حصيلة قتلى "احتجاجات العطش" في خوزستان الإيرانية
ازدادت حصيلة قتلى "احتجاجات العطش" المندلعة بسبب أزمة المياه في محافظة خوزستان جنوب غربي إيران.
وأفادت وكالة أنباء "فارس" الإيرانية اليوم الأحد بأن عدد قتلى الاحتجاجات على أزمة المياه في محافظة خوزستان جنوب غربي إيران ارتفع إلى اثنين.
وبثّت الوكالة تسجيلًا مصورًا قال فيه والد قاسم خضيري وشقيقه إنه قُتل برصاصة طائشة ولم يكن مشاركًا في الاحتجاجات، وهو الذي قُتل في احتجاجات شادكان قبل أيام.
غير أن ناشطين أحوازيين والمركز الأحوازي لحقوق الإنسان أكدوا أن القتلى سقطوا برصاص قوات الأمن الإيرانية أثناء قمعها الاحتجاجات التي اندلعت في الأحواز.
وخرجت مظاهرات في نحو 17 مدينة بمحافظة خوزستان، من بينها مدينة الأحواز مركز الإقليم، احتجاجًا على أزمة المياه التي يعانيها السكان، إذ تسبب شح الأمطار في مشكلات في مياه ري الأراضي الزراعية ومياه الشرب.
وعرضت وسائل إعلام إيرانية مقاطع فيديو لاحتجاجات هتف فيها متظاهرون بشعارات مناهضة للحكومة، فيما أحرق آخرون إطارات السيارات وقطعوا طرقًا رئيسية.
وشهدت منطقة الأحواز جنوب غربي إيران خلال الأيام الماضية احتجاجات في عدد من مدنها تنديدًا بسياسات تجفيف الموارد المائية.
""", [
    ev("fars-toll-two", "وأفادت وكالة أنباء \"فارس\" الإيرانية اليوم الأحد", "2021-07-18", "'اليوم الأحد' = Sun 18 Jul 2021"),
    ev("khedri-family-video", "وبثّت الوكالة تسجيلًا مصورًا", "2021-07-18", "no own expression; the video came with the Fars report of Sun 18 Jul 2021"),
    ev("shadegan-death", "قُتل في احتجاجات شادكان قبل أيام", SECOND, "'قبل أيام' from Sun 18 Jul 2021; the death in Shadegan on the night of Fri 16 Jul 2021 (ncr: 'الليلة الماضية، 16 يوليو')"),
    ev("protests-wave", "وخرجت مظاهرات في نحو 17 مدينة بمحافظة خوزستان", START, "no own expression; the protests since the night of Thu 15 Jul 2021 up to the report of Sun 18 Jul (my span 15 - 18 Jul)", end="2021-07-19"),
])
art(S, "https://arabicpost.live/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2021/07/21/%D9%87%D8%AA%D8%A7%D9%81%D8%A7%D8%AA-%D8%B6%D8%AF-%D8%AE%D8%A7%D9%85%D9%86%D8%A6%D9%8A-%D8%A3%D8%B2%D9%85%D8%A9-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87",
    "2021-07-21", "date in the URL '/2021/07/21/' (21 Jul 2021 was a Wednesday); no stamp in the stored text; the body's 'اليوم الأربعاء' and 'أمس الثلاثاء' agree; headline rendered from the URL slug ('هتافات ضد خامنئي - أزمة المياه')", True, """
هتافات ضد خامنئي على وقع أزمة المياه
تواصلت الاحتجاجات على نقص المياه في شوارع محافظة خوزستان جنوب غرب إيران لليلة السادسة يوم الثلاثاء 20 يوليو/تموز 2021، وسط تصاعد أعمال العنف، فيما هتف سكان العاصمة طهران بشعارات مناهضة للحكومة طالت حتى المرشد الأعلى علي خامنئي.
وأظهرت مقاطع فيديو نُشرت على شبكات التواصل الاجتماعي ووسائل إعلام إيرانية، اليوم الأربعاء، محتجين خرجوا للتنديد بأزمة المياه.
كما أظهرت مقاطع فيديو عدة قوات الأمن وهي تستخدم الغاز المسيل للدموع لتفريق المتظاهرين، في حين ذكرت وكالة "فارس" شبه الرسمية للأنباء أن "مثيري شغب قتلوا بالرصاص شرطياً وأصابوا آخر في مدينة ماهشهر الساحلية في إقليم خوزستان".
وفي بلدة إيذج، أظهر مقطع فيديو متظاهرين يرددون "رضا شاه بارك روحك"، في إشارة إلى الملك الذي أسس سلالة بهلوي التي أسقطتها الثورة الإسلامية عام 1979.
وأظهرت مقاطع فيديو أخرى نُشرت في وقت متأخر أمس الثلاثاء وفجر اليوم الأربعاء نساءً يهتفن "تسقط الجمهورية الإسلامية" في محطة مترو بطهران، وخلال الليل عبّر بعض الناس في العاصمة عن غضبهم بهتافات ضد خامنئي.
وجاء ذلك بعدما دعت مجموعات ونشطاء من المعارضة إلى التظاهر دعمًا لمحتجي خوزستان، وقد قُتل شابان على الأقل بالرصاص في الاحتجاجات، وحمّل مسؤول المسؤولية لمن وصفهم بالمتظاهرين المسلحين.
""", [
    ev("sixth-night-protests", "لليلة السادسة يوم الثلاثاء 20 يوليو/تموز 2021", "2021-07-20", "'يوم الثلاثاء 20 يوليو/تموز 2021' = Tue 20 Jul 2021"),
    ev("mahshahr-police-killed", "قتلوا بالرصاص شرطياً وأصابوا آخر", MAHSHAHR[0], "no own expression; shot in the riots of the evening of Tue 20 Jul 2021, died shortly after midnight (IRNA via al-akhbar / alarabyalasil: 'بعيد منتصف ليل الثلاثاء الأربعاء'), my span 20 - 21 Jul", end=MAHSHAHR[1]),
    ev("izeh-reza-shah-chants", "أظهر مقطع فيديو متظاهرين يرددون \"رضا شاه بارك روحك\"", "2021-07-20", "no own expression; the Izeh protest of the night of Tue 20 Jul 2021 (the tweets of 'July 20, 2021' in alaraby's copy of the same AFP report, one of them dated Tuesday night, 29 Tir 1400)"),
    ev("tehran-metro-chants", "نساءً يهتفن \"تسقط الجمهورية الإسلامية\"", "2021-07-20", "'في وقت متأخر أمس الثلاثاء وفجر اليوم الأربعاء' = late Tue 20 to the dawn of Wed 21 Jul 2021", end="2021-07-22"),
])
art(S, "https://beta.al-akhbar.com/World/312080/%D8%AE%D8%A7%D9%85%D9%86%D8%A6%D9%8A-%D9%84%D8%A7-%D8%AA%D9%84%D9%88%D9%85%D9%88%D8%A7-%D8%B3%D9%83%D8%A7%D9%86-%D8%AE%D9%88%D8%B2%D8%B3%D8%AA%D8%A7",
    "2021-07-24", "no date on the stored page; the body's 'أمس' for Khamenei's remarks, which he made on Fri 23 Jul 2021 (al-akhbar's own report of that day, /World/312034, says 'اليوم'; iranfreedom: 'يوم الجمعة'), gives Sat 24 Jul 2021 (24 Jul 2021 was a Saturday); 'منذ الخميس الماضي' for the start on Thu 15 Jul agrees; headline rendered from the URL slug (cut after 'خوزستا', completed); the last, truncated sentence shortened", False, """
خامنئي: لا تلوموا سكان خوزستان
بعد أيام من الاحتجاجات التي تشهدها محافظة خوزستان، حثّ المرشد الأعلى للجمهورية الإسلامية، آية الله علي خامنئي، أمس، سكان المحافظة على ألّا يقدموا «ذريعة» لأعداء إيران، مشددًا على أنه لا يمكن «لومهم» على إبداء انزعاجهم من هذه «المشكلة».
وتعيش محافظة خوزستان، الغنية بالنفط والمحاذية للعراق، احتجاجات منذ الخميس الماضي بسبب شح المياه.
وخلال الأيام الماضية، لقي ثلاثة أشخاص على الأقل حتفهم في المحافظة، من بينهم متظاهر وضابط شرطة، بحسب ما نقلته وسائل إعلام إيرانية عن مسؤولين.
وأعلن التلفزيون الرسمي، أمس، مقتل شخص وإصابة اثنين بإطلاق نار خلال «أعمال شغب» ليل الخميس في محافظة لورستان (غرب)، ملمّحًا إلى أنها مرتبطة باحتجاجات خوزستان.
وقال خامنئي مخاطبًا سكان المحافظة الجنوبية الغربية: «على الناس أيضًا أن يتنبهوا إلى أن العدو يسعى إلى استغلال كل أمر صغير ضد البلاد والثورة الإسلامية وضد المصالح العامة للناس»، بحسب بيان نشره موقعه الإلكتروني.
وأشار المرشد الأعلى إلى أنه «خلال الأيام السبعة أو الثمانية الماضية، كانت قضية خوزستان والمياه ومشاكل الناس هناك أحد هواجسنا».
""", [
    ev("khamenei-remarks", "حثّ المرشد الأعلى للجمهورية الإسلامية، آية الله علي خامنئي، أمس", KHAMENEI, "'أمس' in an article of Sat 24 Jul 2021 = Fri 23 Jul"),
    ev("protests-start", "احتجاجات منذ الخميس الماضي بسبب شح المياه", START, "'منذ الخميس الماضي' from Sat 24 Jul 2021 = the start on the night of Thu 15 Jul 2021 (alhadafnews: 'منذ بدء أحداث المحافظة ليل 15 تموز/يوليو')"),
    ev("mahshahr-police-killed", "من بينهم متظاهر وضابط شرطة", MAHSHAHR[0], "no own expression ('خلال الأيام الماضية'); the officer of the police relief unit shot in Mahshahr on the evening of Tue 20 Jul 2021, died after midnight (IRNA), my span 20 - 21 Jul (the protester among the dead is not told apart)", end=MAHSHAHR[1]),
    ev("lorestan-riot-shooting", "مقتل شخص وإصابة اثنين بإطلاق نار خلال «أعمال شغب» ليل الخميس", "2021-07-22", "'ليل الخميس' before the TV report of Fri 23 Jul 2021 = the night of Thu 22 Jul"),
    ev("tv-lorestan-report", "وأعلن التلفزيون الرسمي، أمس", KHAMENEI, "'أمس' in an article of Sat 24 Jul 2021 = Fri 23 Jul (alhadafnews: 'والجمعة، أعلن التلفزيون الرسمي')"),
])

# ---------------------------------------------------------------- iran-khorramshahr-abadan-water-protests-2018
S = "iran-khorramshahr-abadan-water-protests-2018"
FRIDAY = "2018-06-29"        # the Khorramshahr (al-Muhammara) protests broke out on Fri 29 Jun 2018
SHOOTING = "2018-06-30"      # shooting at the protest in Khorramshahr on Sat 30 Jun 2018 (11 wounded; activists claimed 4 dead)
ABADAN = "2018-07-01"        # clashes in Abadan on the evening of Sun 1 Jul 2018
FOUR_DAYS = ("2018-06-28", "2018-07-02")  # 'خلال الأيام الأربعة الأخيرة' before the IRNA report of Sun 1 / Mon 2 Jul
art(S, "https://akhbararabia.net/2018/07/01/%d9%82%d8%aa%d9%84%d9%89-%d9%88%d8%ac%d8%b1%d8%ad%d9%89-%d8%a8%d8%aa%d8%b8%d8%a7%d9%87%d8%b1%d8%a7%d8%aa-%d9%81%d9%8a-%d8%a7%d9%84%d9%85%d8%ad%d9%85%d8%b1%d8%a9",
    ABADAN, "date in the URL '/2018/07/01/' (1 Jul 2018 was a Sunday); no stamp in the stored text; the body's 'أمس السبت' and 'الأحد' agree; the embedded tweet of Taha al-Yassin and the 'المصدر: وكالات' line dropped; headline rendered from the URL slug", True, """
قتلى وجرحى بتظاهرات في المحمرة
تتواصل التظاهرات في مدينة المحمرة جنوب غرب إيران احتجاجًا على تلوث المياه والحرمان، إذ أفادت بعض المصادر بأن القوات الأمنية قتلت أربعة متظاهرين أمس السبت.
ونشر ناشطون على مواقع التواصل الاجتماعي مقاطع فيديو تُظهر هجوم الشرطة وإطلاقها النار على المحتجين، ما أدى إلى إصابة عدد منهم.
وتُظهر مقاطع الفيديو كذلك حضورًا كثيفًا للقوات الأمنية واستخدامها الغاز المسيل للدموع ضد المحتجين.
ويعود سبب احتجاجات المحمرة التي انطلقت يوم الجمعة إلى تلوث المياه التي لم تعد صالحة للاستعمال.
من جهتها، أكدت رئيسة المجلس الوطني للمقاومة الإيرانية مريم رجوي، في تغريدة لها عبر "تويتر" الأحد، أن "إطلاق النار بشكل همجي على المواطنين العزل في المحمرة (خرمشهر) الذين انتفضوا من أجل مياه الشرب جريمة ضد الإنسانية"، مشيرة إلى أن "على المجتمع الدولي، خاصة الأمم المتحدة ومجلس الأمن الدولي، القيام بعمل عاجل".
""", [
    ev("khorramshahr-shooting", "قتلت أربعة متظاهرين أمس السبت", SHOOTING, "'أمس السبت' in an article of Sun 1 Jul 2018 = Sat 30 Jun (the death toll is the activists' claim; the authorities admitted only wounded)"),
    ev("khorramshahr-protests-start", "احتجاجات المحمرة التي انطلقت يوم الجمعة", FRIDAY, "'يوم الجمعة' before Sun 1 Jul 2018 = Fri 29 Jun"),
    ev("rajavi-tweet", "في تغريدة لها عبر \"تويتر\" الأحد", ABADAN, "'الأحد' = Sun 1 Jul 2018 (URL date)"),
])
art(S, "https://www.alarabiya.net/iran/2018/07/02/%D8%A5%D9%8A%D8%B1%D8%A7%D9%86-%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D8%B9%D9%84%D9%89-%D8%AA%D9%84%D9%88%D8%AB-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87-",
    "2018-07-02", "date in the URL '/2018/07/02/' (2 Jul 2018 was a Monday); the page's 'نشر في: آخر تحديث:' carries no date; the body's 'مساء الأحد' and 'السبت' agree; the dotted lines dropped; headline kept from the page; the last, truncated sentence dropped", True, """
إيران.. استمرار التظاهرات على "تلوث المياه"
تستمر الاحتجاجات في جنوب إيران على تلوث المياه، إذ اشتبك المتظاهرون مع قوات الأمن مساء الأحد، بعد يوم من إصابة عدد من المحتجين في مواجهات ليلية اندلعت تنديدًا بتلوث المياه، وفق ما ذكرته وسائل إعلام إيرانية رسمية.
واندلعت التظاهرات الأخيرة في عبادان الواقعة على مسافة 12 كلم من مدينة المحمرة (خرمشهر)، وكان 11 شخصًا قد أصيبوا السبت حين أطلق مسلح مجهول النار على تظاهرة، بحسب ما أفاد مسؤولون.
ولم تذكر وكالة الأنباء الرسمية "إيرنا" عدد المشاركين في التظاهرات، لكنها قالت إن قوات الأمن فرّقت حشدًا وصفته بأنه كان يعمل على "الإخلال بالأمن العام".
وأضافت الوكالة أن المتظاهرين كانوا يحتجون على سوء نوعية المياه في مدينتي المحمرة وعبادان حيث "أصبحت غير صالحة للشرب بسبب ارتفاع درجة ملوحتها"، وأن المحتجين عمدوا إلى "إشعال النيران في حاويات القمامة وسيارة".
ولم تتحدث الوكالة عن إصابات جديدة، لكنها لفتت إلى أن تلوث المياه في المدينتين الواقعتين في محافظة خوزستان فجّر عدة تظاهرات خلال الأيام الأربعة الأخيرة.
وقد عانت المحافظة دمارًا واسعًا بسبب حرب الأعوام الثمانية التي اندلعت بين إيران والعراق في الثمانينات، وهي تعاني تلوثًا وجفافًا مزمنين.
""", [
    ev("abadan-clashes", "اشتبك المتظاهرون مع قوات الأمن مساء الأحد", ABADAN, "'مساء الأحد' = the evening of Sun 1 Jul 2018"),
    ev("khorramshahr-shooting", "أصيبوا السبت حين أطلق مسلح مجهول النار على تظاهرة", SHOOTING, "'السبت' = Sat 30 Jun 2018"),
    ev("protests-four-days", "فجّر عدة تظاهرات خلال الأيام الأربعة الأخيرة", FOUR_DAYS[0], "'خلال الأيام الأربعة الأخيرة' as of the IRNA report on the Sunday clashes = my span Thu 28 Jun - Sun 1 Jul 2018", end=FOUR_DAYS[1]),
    ev("iran-iraq-war", "حرب الأعوام الثمانية التي اندلعت بين إيران والعراق في الثمانينات", "1980-09-22", "'في الثمانينات' / 'الأعوام الثمانية' = the Iran-Iraq war, 22 Sep 1980 - 20 Aug 1988", end="1988-08-21"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=11594388",
    "2018-07-03", "no date on the stored page (a newspaper's 'طهران (وكالات)' report carried by ksaplayers); the body's 'مساء أمس الأول' for the Abadan clashes of the evening of Sun 1 Jul 2018 (alarabiya of Mon 2 Jul: 'مساء الأحد'), with the Saturday shooting 'بعد يوم', gives Tue 3 Jul 2018 (3 Jul 2018 was a Tuesday); headline written from the body (the stored text has none); the last, truncated sentence on the Ahvaz march dropped", False, """
اشتباكات في عبادان بعد مواجهات المحمرة احتجاجًا على تلوث المياه
طهران (وكالات) - اشتبك متظاهرون مع قوات الأمن في جنوب غرب إيران مساء أمس الأول، بعد يوم من إصابة عدد من المحتجين في مواجهات ليلية اندلعت احتجاجًا على تلوث المياه، بحسب ما أوردته وسائل إعلام إيرانية رسمية.
وخرجت التظاهرات الأخيرة في عبادان الواقعة على بعد 12 كلم من مدينة خرمشهر، حيث أصيب 11 شخصًا السبت عندما أطلق مسلح مجهول النار على تظاهرة.
ولم تحدد وكالة الأنباء الرسمية «ارنا» عدد من شاركوا في التظاهرات، لكنها ذكرت أن قوات الأمن فرّقت حشدًا قالت إنه كان يقوم بـ«الإخلال بالأمن العام».
وأوضحت أن المتظاهرين كانوا يحتجون على رداءة المياه في مدينتي خرمشهر وعبادان حيث «أصبحت غير صالحة للشرب بسبب ارتفاع درجة ملوحتها»، وأن المحتجين قاموا «بإشعال النيران في حاويات القمامة وسيارة».
ولم تشر الوكالة إلى وقوع إصابات جديدة، لكنها أوضحت أن تلوث المياه في المدينتين الواقعتين في محافظة خوزستان أشعل عدة تظاهرات خلال الأيام الأربعة الأخيرة.
كما تجمعت أسر المعتقلين في مدينة خرمشهر أمام مركز قوى الأمن الداخلي في المدينة للمطالبة بالإفراج عن أبنائها وذويها، وذلك بعد ليلة شهدت تظاهر شباب مدن الأهواز وعبادان وماهشهر وكارون وخور موسى دعمًا لانتفاضة خرمشهر.
""", [
    ev("abadan-clashes", "اشتبك متظاهرون مع قوات الأمن في جنوب غرب إيران مساء أمس الأول", ABADAN, "'مساء أمس الأول' in an article of Tue 3 Jul 2018 = the evening of Sun 1 Jul"),
    ev("khorramshahr-shooting", "حيث أصيب 11 شخصًا السبت", SHOOTING, "'السبت' = Sat 30 Jun 2018"),
    ev("protests-four-days", "أشعل عدة تظاهرات خلال الأيام الأربعة الأخيرة", FOUR_DAYS[0], "'خلال الأيام الأربعة الأخيرة' as of the IRNA report on the Sunday clashes = my span Thu 28 Jun - Sun 1 Jul 2018", end=FOUR_DAYS[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 562
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
