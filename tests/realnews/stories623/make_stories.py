"""Builds stories.jsonl: the 623-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: ministers or officials summoned by parliament:
questioning sessions (interpellations), no-confidence motions and their outcome.
Stories: the Kuwaiti National Assembly's confidence vote on Defence Minister Sheikh Hamad Jaber al-Ali (Kuwait,
January 2022); the dropping of the interpellations of the finance and energy ministers over the petrol price
rise (Bahrain, January 2016); the postponed confidence vote on Interior Minister Salama Hammad after the Karak
attacks (Jordan, January 2017); the interpellation of Electricity Minister Qasim al-Fahdawi (Iraq, August 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-defence-minister-hamad-jaber-confidence-vote-2022
S = "kuwait-defence-minister-hamad-jaber-confidence-vote-2022"
FILED = "2022-01-04"        # Hamdan al-Azmi filed the interpellation on Tue 4 Jan 2022
DEBATE = "2022-01-18"       # the interpellation was debated and the motion of 10 MPs announced on Tue 18 Jan 2022
VOTE = "2022-01-26"         # the special session rejected the motion on Wed 26 Jan 2022
art(S, "https://www.aljarida.com/articles/1643120881495089300/",
    "2022-01-25", "date line 'نشر في 25-01-2022 | 17:27' on the page (dropped from the text); 'يوم غد الأربعاء' = Wed 26 Jan 2022 agrees (25 Jan 2022 was a Tuesday); headline kept from the page; the last, truncated sentence (the list of the ten MPs) dropped", True, """
مجلس الأمة ينظر في جلسة خاصة غداً طلب طرح الثقة بوزير الدفاع
يلتئم مجلس الأمة يوم غد الأربعاء في جلسة خاصة لبحث طلب طرح الثقة بنائب رئيس مجلس الوزراء ووزير الدفاع الشيخ حمد جابر العلي الصباح والتصويت عليه.
ويأتي ذلك بعدما أعلن رئيس مجلس الأمة مرزوق علي الغانم في جلسة 18 يناير الحالي أن 10 نواب تقدموا بطلب طرح الثقة بوزير الدفاع، عقب انتهاء مناقشة الاستجواب الذي وجهه إليه النائب حمدان العازمي.
وتقرر المادة «101» من الدستور الكويتي أن كل وزير مسؤول أمام مجلس الأمة عن أعمال وزارته، إذ تنص على أنه «إذا قرر المجلس عدم الثقة بأحد الوزراء اعتبر معتزلاً للوزارة من تاريخ قرار عدم الثقة ويقدم استقالته فوراً».
وتشترط المادة الدستورية، ومعها المادتان «143» و«144» من اللائحة الداخلية للمجلس، أن يكون طلب طرح الثقة «بناءً على رغبة الوزير أو طلباً موقعاً من 10 أعضاء».
وبمقتضى هذه المواد، يحتاج سحب الثقة من الوزير إلى موافقة «أغلبية الأعضاء الذين يتألف منهم المجلس فيما عدا الوزراء ولا يشترك الوزراء في التصويت على الثقة».
""", [
    ev("confidence-vote", "يلتئم مجلس الأمة يوم غد الأربعاء في جلسة خاصة", VOTE, "'يوم غد الأربعاء' from Tue 25 Jan 2022 = Wed 26 Jan"),
    ev("no-confidence-motion", "أن 10 نواب تقدموا بطلب طرح الثقة بوزير الدفاع", DEBATE, "'في جلسة 18 يناير الحالي' = Tue 18 Jan 2022 (the motion was announced at the end of the interpellation debate)"),
    ev("interpellation-debate", "عقب انتهاء مناقشة الاستجواب", DEBATE, "no own day; the debate of Tue 18 Jan 2022, at whose end the motion was announced ('في جلسة 18 يناير الحالي')"),
])
art(S, "https://kna.kw/News/ArchiveDetail/5/22/35068",
    "2022-01-26", "date line '2022-01-26' on the page (dropped from the text); the body's 'اليوم الأربعاء' = Wed 26 Jan 2022 agrees; a news item of the National Assembly's news agency; headline kept from the page; the last, truncated sentence dropped", True, """
مجلس الأمة يرفض سحب الثقة من وزير الدفاع
رفض مجلس الأمة في جلسته الخاصة اليوم الأربعاء سحب الثقة من نائب رئيس مجلس الوزراء وزير الدفاع الشيخ حمد جابر العلي الصباح، إذ أيد سحبها 18 نائبا فيما رفضه 23 نائبا، وذلك بناء على الطلب الذي تقدم به 10 نواب إثر الاستجواب الذي قدمه النائب حمدان العازمي.
وقبل الاقتراع على طرح الثقة بوزير الدفاع، منح رئيس المجلس الكلمة لنائبين مؤيدين للطلب واثنين معارضين له، فتحدث النائبان شعيب المويزري وحمدان العازمي تأييدا للطلب، بينما تحدث النائبان د. عبدالله الطريجي ود. خالد العنزي في معارضته.
وفي مداخلة أعقبت انتهاء التصويت، شدد الوزير الشيخ حمد العلي على احترامه للدستور ولحق ممثلي الأمة في الرقابة، مقدرا مواقف جميع الأعضاء من مؤيد ومعارض في إطار الممارسة الدستورية.
وقال العلي: 'أجدد التأكيد أنني لن أكون يوما حاميا للفساد أو مدافعا عن الفاسدين، بل سأقف دائما مع كل جهد أو توجه لإصلاح أي خلل ومعالجة كل قصور، مبديا كل صور التعاون الممكنة مع المجلس في جميع المسائل التي يجيز الدستور التعاون بشأنها'، مضيفا أن 'هذه الثقة تزيد من استشعارنا لحجم الأمانة والمسؤولية، ومن عزمنا على المضي قدما في طريق الإصلاح ومكافحة الفساد'.
""", [
    ev("confidence-vote", "رفض مجلس الأمة في جلسته الخاصة اليوم الأربعاء سحب الثقة", VOTE, "'اليوم الأربعاء' = Wed 26 Jan 2022"),
    ev("no-confidence-motion", "بناء على الطلب الذي تقدم به 10 نواب", DEBATE, "no own day; the motion of ten MPs announced on Tue 18 Jan 2022 (aljarida: 'في جلسة 18 يناير الحالي')"),
    ev("interpellation-filed", "الاستجواب الذي قدمه النائب حمدان العازمي", FILED, "no own day; Hamdan al-Azmi filed the interpellation on Tue 4 Jan 2022 (the Speaker in the debate of 18 Jan: 'تقدم في الرابع من يناير الجاري')"),
    ev("minister-remarks", "شدد الوزير الشيخ حمد العلي على احترامه للدستور", VOTE, "no own day; his remarks in the chamber right after the vote of Wed 26 Jan 2022"),
])
art(S, "https://aawsat.com/node/3438761",
    "2022-01-27", "no date line in the stored text; the body's 'أمس (الأربعاء)' for the vote of Wed 26 Jan 2022 gives Thu 27 Jan 2022 (the print edition of the next day; its photo caption 'في مجلس الأمة أمس' agrees); the sub-heading and captions dropped; headline kept from the page; the last, truncated sentence dropped", False, """
وزير الدفاع الكويتي يجتاز «طرح الثقة» في البرلمان
تخطى نائب رئيس الوزراء وزير الدفاع الكويتي الشيخ حمد جابر العلي الصباح، أمس (الأربعاء)، التصويت على طرح الثقة به داخل مجلس الأمة الكويتي (البرلمان)، وذلك بعد استجواب قدمه أحد النواب على خلفية سماح الوزير للمرأة الكويتية بالالتحاق بالسلك العسكري والعمل في الجيش.
واشتمل الاستجواب الموجه إلى وزير الدفاع كذلك على بنود تتصل بمخالفات مزعومة في صفقة شراء طائرات «يوروفايتر»، وبعدم التعاون مع الأجهزة الرقابية، والتفريط في أراضي الدولة، إلى غير ذلك من الاتهامات.
وسبق نائب رئيس الوزراء وزير الدفاع جلسة مجلس الأمة بإصدار قرار وزاري ينسجم مع ضوابط هيئة الإفتاء في وزارة الأوقاف، اشترط فيه ارتداء الحجاب لقبول المرأة في الجيش الكويتي، إلى جانب موافقة ولي الأمر أو الزوج، وأن يقتصر عملها على التخصصات الطبية والتمريضية والمجالات الفنية والخدمات المساندة.
""", [
    ev("confidence-vote", "أمس (الأربعاء)، التصويت على طرح الثقة به", VOTE, "'أمس (الأربعاء)' in an article of Thu 27 Jan 2022 = Wed 26 Jan"),
    ev("interpellation-filed", "بعد استجواب قدمه أحد النواب", FILED, "no own day; the interpellation filed by Hamdan al-Azmi on Tue 4 Jan 2022 (debated on 18 Jan)"),
    ev("women-army-decree", "بإصدار قرار وزاري ينسجم مع ضوابط هيئة الإفتاء", "2022-01-19", "no own day; 'سبق ... جلسة مجلس الأمة': issued after the debate of Tue 18 Jan (where the minister said he had suspended the decision pending the fatwa) and before the vote of Wed 26 Jan 2022 (my span 19 - 25 Jan)", end=VOTE),
])
art(S, "http://alwasat.com.kw/ArticleDetail.aspx?id=135228",
    "2022-01-27", "no date on the stored page; the body's 'في الجلسة الخاصة امس' for the vote of Wed 26 Jan 2022 gives Thu 27 Jan 2022; headline written from the body (the stored text has none); the last, truncated sentence (the crown prince's cable) shortened", False, """
وزير الدفاع يحوز ثقة مجلس الأمة
نال نائب رئيس مجلس الوزراء ووزير الدفاع الشيخ حمد جابر العلي ثقة مجلس الأمة في الجلسة الخاصة امس، بعد الفراغ من مناقشة طلب طرح الثقة به والتصويت عليه.
وجرى التصويت على طلب طرح الثقة بالوزير بالنداء بالاسم، فرفضه 23 نائبا ووافق عليه 18 من إجمالي الحاضرين البالغ عددهم 41 نائبا، وهو ما أفضى إلى تجديد الثقة به.
وعبّر وزير الدفاع عن اعتزازه بتجديد ممثلي الأمة الثقة به، وهم صوت شعبها الحر الأبي الذي جعله الدستور صاحب السيادة ومصدر السلطات جميعا، والذي لمس تعاطفه وتأييده "الكبير" لما طرحه خلال جلسة الاستجواب.
وتوجه بهذه المناسبة بجزيل الشكر وعظيم الامتنان إلى أبناء الشعب الكويتي الذين غمروه بصادق دعائهم وكريم مشاعرهم، قائلا إن "هذه المشاعر إنما هي دين، والكويت في رقبتي".
وفي البرقية، هنأ سمو الأمير وزير الدفاع بنيله ثقة أعضاء مجلس الأمة، سائلا المولى تعالى أن يوفق الجميع ويسدد الخطى لخدمة الوطن العزيز ورفعة شأنه، كما بعث سمو نائب الأمير وولي العهد الشيخ مشعل الأحمد الجابر الصباح ببرقية تهنئة مماثلة.
""", [
    ev("confidence-vote", "ثقة مجلس الأمة في الجلسة الخاصة امس", VOTE, "'امس' in an article of Thu 27 Jan 2022 = Wed 26 Jan"),
    ev("interpellation-debate", "لما طرحه خلال جلسة الاستجواب", DEBATE, "no own day; the interpellation debate of Tue 18 Jan 2022"),
    ev("minister-thanks", "وتوجه بهذه المناسبة بجزيل الشكر وعظيم الامتنان", VOTE, "no own day; his thanks after the renewal of confidence on Wed 26 Jan 2022 (the same day as the vote, by my reading)"),
    ev("emir-cable", "هنأ سمو الأمير وزير الدفاع بنيله ثقة أعضاء مجلس الأمة", VOTE, "no own day; the Emir's cable after the vote, on Wed 26 Jan 2022 (al-Jarida's report of it has a creation stamp of 26 Jan evening); possibly Thu 27 Jan (my span 26 - 27 Jan)", end="2022-01-28"),
])

# ---------------------------------------------------------------- bahrain-finance-energy-interpellations-dropped-2016
S = "bahrain-finance-energy-interpellations-dropped-2016"
HIKE = "2016-01-11"                        # the cabinet raised petrol prices on Mon 11 Jan 2016, in force Tue 12 Jan
REQUEST = ("2016-01-12", "2016-01-18")     # the MPs' requests, after the price rise and before the bureau's referral of Sun 17 Jan
FORMED = "2016-01-17"                      # the seriousness committee was formed on Sun 17 Jan 2016
COMMITTEE = "2016-01-24"                   # it recommended 'not serious' on Sun 24 Jan 2016
COUNCIL = "2016-01-26"                     # the council's vote (15 - 15, the Speaker's casting vote) on Tue 26 Jan 2016
art(S, "http://alwasatnews.com/news/1071690.html",
    "2016-01-24", "no date line in the stored text; the body's 'اليوم الأحد (24 يناير/ كانون الثاني 2016)' and 'بعد غدٍ الثلثاء (26 يناير2016)' give Sun 24 Jan 2016 (24 Jan 2016 was a Sunday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
لجنة الجدية تحسم موقفها من استجوابي وزيري المالية والطاقة
تكشف لجنة البحث في جدية الاستجواب الموجه إلى وزير المالية الشيخ أحمد بن محمد آل خليفة، والاستجواب الموجه إلى وزير الطاقة عبدالحسين بن علي ميرزا، اليوم الأحد (24 يناير/ كانون الثاني 2016) عن موقفها النهائي منهما، تزامنا مع انقضاء المهلة التي تمنحها لها اللائحة الداخلية للمجلس، وهي 7 أيام من تاريخ تشكيلها لإعلان موقفها من الاستجواب، إذ تنتهي هذه المهلة اليوم.
وبحسب اللائحة الداخلية لمجلس النواب، تملك لجنة الجدية سبعة أيام من تاريخ تشكيلها لإنجاز تقريرها، وقد أُعلن عن تشكيلها الأحد (17 يناير 2016).
وتتألف اللجنة البرلمانية المشكلة لفحص جدية الاستجوابين من ثلاثة نواب هم: جلال كاظم، ومحسن البكري وعباس الماضي.
وأفاد أعضاء في مجلس النواب «الوسط» بأن مواقف عدد من النواب من الاستجوابين تبدو آخذة في التراجع بطرق شتى، منها التغيب عن جلسة الثلثاء المقبل أو الامتناع عن التصويت فيها أو الدعوة إلى أن يجري الاستجواب داخل اللجان لا علنا.
وفي كل الأحوال، سيصوت مجلس النواب على تقرير هذه اللجنة في جلسته الاعتيادية بعد غدٍ الثلثاء (26 يناير2016).
""", [
    ev("committee-recommendation", "عن موقفها النهائي منهما", COMMITTEE, "'اليوم الأحد (24 يناير/ كانون الثاني 2016)' = Sun 24 Jan 2016"),
    ev("committee-formed", "وقد أُعلن عن تشكيلها الأحد (17 يناير 2016)", FORMED, "'الأحد (17 يناير 2016)' = Sun 17 Jan 2016"),
    ev("council-vote", "سيصوت مجلس النواب على تقرير هذه اللجنة في جلسته الاعتيادية", COUNCIL, "'بعد غدٍ الثلثاء (26 يناير2016)' = Tue 26 Jan 2016"),
])
art(S, "https://alwatannews.net/article/562475/البرلمانية-توصي-بعدم-جدية-استجوابي-المالية-والطاقة",
    "2016-01-25", "no date in the stored text; the body's 'خلال اجتماعها أمس' for the committee meeting of Sun 24 Jan 2016 (ksaplayers: 'يوم أمس الأحد (24 يناير/ كانون الثاني 2016)') gives Mon 25 Jan 2016; the paper's second item on the same recommendation (alwatannews 562491) carries the date line '25 يناير 2016'; headline rendered from the URL slug", False, """
«البرلمانية» توصي بعدم جدية استجوابي «المالية» و«الطاقة»
أعلن رئيس اللجنة البرلمانية المشكلة لفحص جدية الاستجواب النائب عباس الماضي أن اللجنة أوصت بعدم جدية الاستجواب الموجه إلى الشيخ أحمد بن محمد آل خليفة وزير المالية، وكذلك الاستجواب الموجه إلى د.عبدالحسين ميرزا وزير الطاقة.
وبيّن أن اللجنة بحثت، خلال اجتماعها أمس، الطلبات التي قدمها النواب بشأن الاستجوابين، واطلعت كذلك على الرأي القانوني في شأنهما.
وأشار إلى أن اللجنة راجعت الطلب المقدم ودرسته وفقا للمواد الدستورية وإجراءات اللائحة الداخلية لمجلس النواب، وأوصت بعدم الجدية بسبب التشعب الكبير والخلط الحاصل في المحاور والمبررات الواردة في المذكرة الإيضاحية للطلبين، فاتفق أعضاؤها على عدم جدية الاستجواب وعلى رفع تقريرها النهائي في هذا الشأن لعرضه على المجلس في جلسته الأسبوع القادم.
وأضاف أن اللجنة حرصت خلال مناقشة الطلبين على تداولهما بشكل موضوعي ودقيق مع مراعاة كل الجوانب الدستورية والقانونية، والتحقق من توافر الشروط الشكلية للاستجواب، لإعداد تقرير متكامل في موعد لا يجاوز سبعة أيام من تاريخ عرض الاستجواب على اللجنة.
""", [
    ev("committee-recommendation", "أن اللجنة أوصت بعدم جدية الاستجواب", COMMITTEE, "the meeting 'أمس' from Mon 25 Jan 2016 = Sun 24 Jan"),
    ev("interpellation-requests", "الطلبات التي قدمها النواب بشأن الاستجوابين", REQUEST[0], "no own day; the MPs' requests after the petrol price rise of 12 Jan and before the bureau's referral of Sun 17 Jan 2016 (my span 12 - 17 Jan)", end=REQUEST[1]),
    ev("council-vote", "لعرضه على المجلس في جلسته الأسبوع القادم", COUNCIL, "'في جلسته الأسبوع القادم': the report was put to the council on Tue 26 Jan 2016 (alwasatnews: 'بعد غدٍ الثلثاء (26 يناير2016)'; mirrorbah of 26 Jan)"),
])
art(S, "http://mirrorbah.hopto.me/news/28980.html",
    "2016-01-26", "date line '2016-01-26 - 6:30 م' on the page (dropped from the text); the body's 'جلسة اليوم' for the council's vote of Tue 26 Jan 2016 agrees; headline kept from the page; the comments dropped; the typos 'خلفية بن سلمان' and 'البنزيل' corrected", True, """
"النواب" يُسقط استجوابي وزيري المالية والطاقة
مرآة البحرين: على نحو ما كان متوقعا، سقط استجوابا وزيري المالية والطاقة إثر التصويت على قرار "لجنة فحص جدية الاستجواب" التي رأت في اجتماعها أمس أن الاستجوابين المقدمين غير جديين.
ولجنة فحص الجدية لجنة استُحدثت في السنوات القليلة الماضية، وقيل إن الغاية منها بحث جدية محاور استجوابات الوزراء التي يقدمها النواب، غير أنها في الواقع لجنة لوضع مزيد من العراقيل أمام كل من يفكر في استجواب أي وزير في هذه الحكومة التي يرأسها خليفة بن سلمان منذ أكثر من 4 عقود.
وفي وقائع جلسة اليوم، عُرض تقرير لجنة الجدية على النواب للتصويت، فصوت 15 نائبا ضد التقرير وأيده 15 آخرون، ما أفضى في النهاية إلى ترجيح كفة الرئيس وفق ما تقضي به اللائحة الداخلية عند تعادل الأصوات.
ولم يكن مستغربا أن يصوت رئيس المجلس أحمد الملا مؤيدا للتقرير الذي رأى عدم جدية الاستجوابين، وهو ما يعني سقوطهما.
وكان نواب قد أبدوا غضبهم من إقدام الحكومة منفردة على رفع أسعار البنزين بأكثر من 50٪ من دون الرجوع إليهم، وتقدم 30 نائبا من أصل 40 بطلب لاستجواب الوزيرين على خلفية ذلك.
لكن نحو نصف من تقدموا بطلبي الاستجواب صوتوا ضدهما في جلسة اليوم.
""", [
    ev("council-vote", "سقط استجوابا وزيري المالية والطاقة", COUNCIL, "'جلسة اليوم' in an article of Tue 26 Jan 2016"),
    ev("committee-recommendation", "التي رأت في اجتماعها أمس", COMMITTEE, "the text's 'أمس' from Tue 26 Jan would be Mon 25 Jan, but the committee met and recommended on Sun 24 Jan 2016 (alwasatnews 'اليوم الأحد (24 يناير ...)', ksaplayers 'يوم أمس الأحد (24 يناير ...)'); gold = Sun 24 Jan"),
    ev("petrol-price-hike", "رفع أسعار البنزين بأكثر من 50٪", HIKE, "no own day; the cabinet decision of Mon 11 Jan 2016, in force on Tue 12 Jan (my span 11 - 12 Jan)", end="2016-01-13"),
    ev("interpellation-requests", "وتقدم 30 نائبا من أصل 40 بطلب لاستجواب الوزيرين", REQUEST[0], "no own day; after the price rise of 12 Jan and before the bureau's referral of Sun 17 Jan 2016 (my span 12 - 17 Jan)", end=REQUEST[1]),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=3070424",
    "2016-01-27", "no date on the stored page (an aggregator's copy of a Bahraini paper); the body's 'في جلسة النواب أمس' for the council's vote of Tue 26 Jan 2016 gives Wed 27 Jan 2016; headline written from the body (the stored text has none)", False, """
ائتلاف شباب الفاتح يستاء من إسقاط استجوابي وزيري المالية والطاقة
أبدى ائتلاف شباب الفاتح خيبة أمله واستياءه البالغ من إسقاط استجوابي وزير المالية ووزير الطاقة في جلسة النواب أمس.
ورأى الائتلاف أن إسقاط الاستجوابين بهذه الطريقة لا يعكس تطلعات الشعب إلى محاسبة الوزراء، ولا يعبر عن حجم السخط الشعبي على القرار الحكومي برفع أسعار البنزين.
وأضاف أن سيناريو إسقاط الاستجوابات يتكرر بعد أن تقدم أكثر من ثلثي النواب بطلبات الاستجواب ضد وزيري المالية والطاقة، على غرار ما جرى في دور الانعقاد الأول للفصل التشريعي الرابع الماضي مع استجواب وزير الصحة حينها، وهو ما يكشف حجم الخلل في آلية تقديم الاستجواب وتمريره في مجلس النواب، ويحرم الشعب من أحد حقوقه في مساءلة السلطة التنفيذية تحت قبة البرلمان.
""", [
    ev("council-vote", "من إسقاط استجوابي وزير المالية ووزير الطاقة في جلسة النواب أمس", COUNCIL, "'أمس' in an article of Wed 27 Jan 2016 = Tue 26 Jan"),
    ev("petrol-price-hike", "القرار الحكومي برفع أسعار البنزين", HIKE, "no own day; the cabinet decision of Mon 11 Jan 2016, in force on Tue 12 Jan (my span 11 - 12 Jan)", end="2016-01-13"),
    ev("interpellation-requests", "بعد أن تقدم أكثر من ثلثي النواب بطلبات الاستجواب", REQUEST[0], "no own day; after the price rise of 12 Jan and before the bureau's referral of Sun 17 Jan 2016 (my span 12 - 17 Jan)", end=REQUEST[1]),
    ev("health-minister-interpellation-dropped", "مع استجواب وزير الصحة حينها", "2015-05-05", "no own day beyond 'في دور الانعقاد الأول للفصل التشريعي الرابع'; the interpellation of Health Minister Sadiq al-Shehabi fell in the council's vote of Tue 5 May 2015 (alwasatnews: 'أمس الثلثاء (5 مايو/ أيار 2015)')"),
])

# ---------------------------------------------------------------- jordan-interior-minister-hammad-confidence-postponed-2017
S = "jordan-interior-minister-hammad-confidence-postponed-2017"
KARAK = ("2016-12-18", "2016-12-21")       # the Karak castle attack of Sun 18 Dec 2016 and the Qatraneh raid of Tue 20 Dec (14 dead in all)
SESSION = "2017-01-03"                     # the House postponed the confidence vote on Tue 3 Jan 2017
DEADLINE = "2017-01-13"                    # the ten days of the postponement ran out on Fri 13 Jan 2017
art(S, "https://alsaa.net/article/2515/icons/appletouch/about",
    "2017-01-03", "no date on the stored page (a later crawl of a Madar al-Saa item); the body's 'في جلسته، اليوم الثلاثاء' and 'جلسة اليوم' for the session of Tue 3 Jan 2017 (Al-Arab of 4 Jan: 'في جلسته، الثلاثاء'; garaanews: 'امس') give Tue 3 Jan 2017; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
النواب يرجئ التصويت على الثقة بوزير الداخلية بطلب من الحكومة
أجّل مجلس النواب في جلسته، اليوم الثلاثاء، التي ترأسها المهندس عاطف الطراونة رئيس المجلس بحضور هيئة الوزارة، التصويت على الثقة بوزير الداخلية، استجابة لطلب الحكومة الذي نقله نائب رئيس الوزراء لشؤون الخدمات وزير التربية والتعليم الدكتور محمد الذنيبات.
وتتيح الفقرة 2 من المادة 53 من الدستور تأجيل الاقتراع على الثقة مرة واحدة لا تتجاوز مدتها عشرة أيام، إذا طلب ذلك الوزير المختص أو هيئة الوزارة، ولا يحل المجلس خلال هذه المدة.
ووافق المجلس على تفويض المكتب الدائم بتشكيل لجنة لتقصي الحقائق في الأحداث التي شهدتها محافظة الكرك أخيرا وأوقعت 14 شهيدا وعشرات الجرحى، للوقوف على مواطن القصور إن وجدت واتخاذ ما يلزم من قرارات ومحاسبة المقصرين.
ولم يرُق طلب التأجيل لوزير الداخلية سلامة حماد، فضرب على الطاولة وعاتب الذنيبات على ذلك.
وأصر رئيس مجلس النواب، على الرغم من غياب رئيس الوزراء هاني الملقي عن جلسة اليوم بسبب وفاة والدته، على المضي في الإجراءات القانونية، فأدرج مذكرة طرح الثقة بالوزير حماد على جدول أعمال المجلس.
وكان عدد من النواب قد وقعوا مذكرة نيابية تطالب بطرح الثقة بوزير الداخلية سلامة حماد على خلفية الأحداث الإرهابية في محافظة الكرك.
""", [
    ev("vote-postponed", "أجّل مجلس النواب في جلسته، اليوم الثلاثاء", SESSION, "'اليوم الثلاثاء' = Tue 3 Jan 2017"),
    ev("postponement-request", "استجابة لطلب الحكومة الذي نقله نائب رئيس الوزراء", SESSION, "no own day; the request made in the session of Tue 3 Jan 2017"),
    ev("fact-finding-committee", "ووافق المجلس على تفويض المكتب الدائم بتشكيل لجنة لتقصي الحقائق", SESSION, "no own day; decided in the same session, Tue 3 Jan 2017"),
    ev("karak-attacks", "الأحداث التي شهدتها محافظة الكرك أخيرا", KARAK[0], "'أخيرا'; the Karak attacks of 18 - 20 Dec 2016 (the castle attack of Sun 18 Dec and the Qatraneh raid of Tue 20 Dec, 14 dead in all)", end=KARAK[1]),
    ev("hammad-protest", "فضرب على الطاولة وعاتب الذنيبات على ذلك", SESSION, "no own day; in the session of Tue 3 Jan 2017"),
])
art(S, "https://garaanews.com/amp/article/202157",
    "2017-01-04", "no date on the stored page; the body's 'من مجلس النواب امس' and 'جلسته التي عقدها امس' for the session of Tue 3 Jan 2017 give Wed 4 Jan 2017 (a copy of a report of the daily al-Ghad); headline kept from the page; the last, truncated sentence dropped", False, """
"الثقة بحماد" تكشف خلافا حكوميا داخليا
على ما يبدو خلافا لرغبة وزير الداخلية سلامة حماد، طلبت الحكومة من مجلس النواب امس، على لسان نائب رئيس الوزراء لشؤون الخدمات وزير التربية والتعليم محمد الذنيبات، إرجاء طرح الثقة بالوزير حماد على خلفية الأداء الرسمي في التعامل مع الأحداث الإرهابية بالكرك، لمدة عشرة أيام، استنادا إلى الفقرة الثانية من المادة 53 من الدستور.
ووافق المجلس، في جلسته التي عقدها امس برئاسة رئيسه عاطف الطراونة وبحضور عدد من أعضاء الفريق الحكومي، على تأجيل طرح الثقة بوزير الداخلية 10 أيام، كما أسفرت الجلسة عن موافقة "النواب" على تشكيل لجنة تقصي حقائق في ما يخص أحداث الكرك.
وكشفت بعض تفاصيل جلسة النواب امس عن تباين جلي بين الوزير حماد ونائب الرئيس وزير التربية، وربما الفريق الحكومي كله، إذ لم يخف حماد اعتراضه على طلب تأجيل طرح الثقة.
وقال الوزير الذنيبات، بعد مداخلات نيابية عدة بشأن الثقة، إن تقصي الحقائق "حق للنواب"، وإن طرح الثقة "حق للمجلس بأي وقت"، غير أنه طلب تأجيل طرح الثقة بوزير الداخلية.
""", [
    ev("postponement-request", "طلبت الحكومة من مجلس النواب امس", SESSION, "'امس' in an article of Wed 4 Jan 2017 = Tue 3 Jan"),
    ev("vote-postponed", "على تأجيل طرح الثقة بوزير الداخلية 10 أيام", SESSION, "'جلسته التي عقدها امس' from Wed 4 Jan 2017 = Tue 3 Jan"),
    ev("fact-finding-committee", "على تشكيل لجنة تقصي حقائق في ما يخص أحداث الكرك", SESSION, "no own day; decided in the same session, Tue 3 Jan 2017"),
    ev("karak-attacks", "الأحداث الإرهابية بالكرك", KARAK[0], "no own day; the Karak attacks of 18 - 20 Dec 2016", end=KARAK[1]),
    ev("hammad-protest", "إذ لم يخف حماد اعتراضه على طلب تأجيل طرح الثقة", SESSION, "no own day; in the session of Tue 3 Jan 2017 ('جلسة النواب امس')"),
])
art(S, "https://ksa.ksa2day.com/Home/NewsDetails?NewsID=4681093",
    "2017-01-04", "the body carries the Al-Arab stamp '[نُشرفي2017/01/04، العدد: 10502، ص(2)]' (dropped from the text), a copy on an aggregator; 'في جلسته، الثلاثاء' for Tue 3 Jan 2017 agrees; the summary line and the related links dropped; headline written from the body", True, """
وزير الداخلية الأردني ينجو مجددا من سحب الثقة
نجا وزير الداخلية الأردني للمرة الثانية في أقل من شهر من سحب الثقة منه في مجلس النواب.
فقد أرجأ مجلس النواب في جلسته، الثلاثاء، مقترحا بطرح الثقة بسلامة حماد، استجابة لطلب قدمته الحكومة عبر نائب رئيس الوزراء لشؤون الخدمات وزير التربية والتعليم محمد الذنيبات.
وتجيز الفقرة 2 من المادة 53 من الدستور تأجيل الاقتراع على الثقة مرة واحدة لا تتجاوز مدتها عشرة أيام، إذا طلب ذلك الوزير المختص أو هيئة الوزارة.
وأفادت مصادر من داخل البرلمان بأن وزير الداخلية لم يستسغ طلب التأجيل، لا سيما أنه كان مقتنعا بأنها ستلقى مصير سابقاتها.
وكان نواب في البرلمان قد طرحوا الثقة بحماد في أعقاب عملية الكرك الإرهابية التي أودت بحياة 14 شخصا، متهمين إياه بالتقصير، لكن النصاب المطلوب (60 نائبا) لم يكتمل.
ويرى مراقبون أن السبب الكامن وراء التأجيل هو رغبة رئيس الحكومة هاني الملقي في إجراء تعديل وزاري يشمل وزير الداخلية.
""", [
    ev("vote-postponed", "أرجأ مجلس النواب في جلسته، الثلاثاء", SESSION, "'الثلاثاء' = Tue 3 Jan 2017"),
    ev("postponement-request", "استجابة لطلب قدمته الحكومة", SESSION, "no own day; the request made in the session of Tue 3 Jan 2017"),
    ev("first-no-confidence-attempt", "وكان نواب في البرلمان قد طرحوا الثقة بحماد", "2016-12-19", "no own day; 'للمرة الثانية في أقل من شهر', after the Karak attack: some time between 19 Dec 2016 and 2 Jan 2017 (my span)", end=SESSION),
    ev("karak-attacks", "عملية الكرك الإرهابية التي أودت بحياة 14 شخصا", KARAK[0], "no own day; the Karak attacks of 18 - 20 Dec 2016 (14 dead in all)", end=KARAK[1]),
])
art(S, "https://nesan.net/amp/71585/خيارات-النواب-بسحب-الثقة",
    "2017-01-05", "date line 'نشر في 2017/01/05 الساعة 00:00' on the page (dropped from the text); the content (two days after the postponement of Tue 3 Jan 2017) agrees; headline kept from the page; the last, truncated sentence dropped", True, """
خيارات النواب بسحب الثقة بحماد صعبة
بعدما طلبت الحكومة من النواب إمهالها عشرة ايام للتصويت على حجب الثقة عن وزير الداخلية سلامة حماد وفقا للدستور، لم يبق أمام النواب إلا التصويت على المذكرة، أو انسحاب القائمين عليها ليصبح عددهم أقل من 10 نواب، أو أن يأتي الإنقاذ للمجلس بإجراء رئيس الحكومة تعديلا يطال حقيبة الداخلية.
وكل هذه الخيارات صعبة على مجلس النواب أمام الرأي العام، لأن عدم حجب الثقة عن الوزير حماد هو أول امتحان حقيقي للمجلس في مواجهة الحكومة، كما أنه يعني منح حماد الثقة، وهو ما لا يرغب فيه رئيس الوزراء الدكتور هاني الملقي.
أما أن ينسحب خلال الاسبوع المقبل النواب الـ 48 الموقعون على المذكرة ليصبح عددهم أقل من 10، فذلك يبطل مفعول المذكرة نهائيا.
وتشير معلومات إلى أن رئيس الوزراء الدكتور الملقي يتجه إلى إجراء تعديل على حكومته يشمل 6 حقائب على الأقل، بما يعني أن يسبق الملقي النواب ويعدل حكومته قبل بلوغ المدة التي حددها الدستور لانتهاء المهلة الممنوحة للحكومة.
وكان نائب رئيس الوزراء الدكتور محمد ذنيبات قد طلب من النواب تأجيل النظر في حجب الثقة 10 ايام ولمرة واحدة، وفقا لأحكام الدستور، غير أن ردة فعل وزير الداخلية سلامة حماد على حديث ذنيبات كشفت عن خلاف.
""", [
    ev("postponement-request", "بعدما طلبت الحكومة من النواب إمهالها عشرة ايام", SESSION, "no own day; the request of Tue 3 Jan 2017"),
    ev("postponement-deadline", "قبل بلوغ المدة التي حددها الدستور لانتهاء المهلة الممنوحة للحكومة", DEADLINE, "no own day; ten days from the postponement of Tue 3 Jan 2017 = Fri 13 Jan 2017 (my reading of 'لا تتجاوز مدتها عشرة أيام')"),
    ev("hammad-protest", "ردة فعل وزير الداخلية سلامة حماد على حديث ذنيبات", SESSION, "no own day; in the session of Tue 3 Jan 2017"),
])

# ---------------------------------------------------------------- iraq-electricity-minister-fahdawi-interpellation-2015
S = "iraq-electricity-minister-fahdawi-interpellation-2015"
ABSENT = "2015-08-25"       # the minister stayed away from the session of Tue 25 Aug 2015; al-Jabouri's final warning
QUESTIONED = "2015-08-29"   # questioned on Sat 29 Aug 2015; the House voted that it was satisfied with his answers
art(S, "https://nononline.net/archives/16407",
    "2015-08-25", "no date on the stored page; the body's 'اليوم الثلاثاء' for al-Jabouri's warning, which akhbaralaan dates 'في الـ25 من آب/اغسطس الجاري 2015' (a Tuesday), gives Tue 25 Aug 2015; headline written from the body (the stored text has none)", False, """
الجبوري يلوّح بسحب الثقة من وزير الكهرباء إن لم يحضر الاستجواب
لوّح رئيس البرلمان العراقي سليم الجبوري، اليوم الثلاثاء، بسحب الثقة من وزير الكهرباء قاسم الفهداوي إذا لم يحضر جلسة الاستجواب يوم السبت المقبل.
وقال رئيس البرلمان في جلسة البرلمان التي كان مقررا أن يمثل فيها وزير الكهرباء للاستجواب أمام النواب، غير أنه تغيب عنها: "أوجه إنذارا نهائيا لوزير الكهرباء قاسم الفهداوي بالمثول أمام مجلس النواب بموعد أقصاه يوم السبت المقبل، وإن لم يحضر فسيعرض الموضوع على المجلس، ولن يقتصر التصويت فيه على عدم الاقتناع بأجوبة الوزير، بل سيبلغ حد سحب الثقة منه".
وأضاف أنه "وُجّه كتاب إلى مكتب وزير الكهرباء لتحديد موعد يحضر فيه قاسم الفهداوي أمام مجلس النواب لاستجوابه بشأن التلكؤ في تقديم الخدمات".
وتابع أن "وزير الكهرباء قدم طلبا إلى رئاسة المجلس أعلن فيه أنه طعن بعدم دستورية الاستجواب إلى أن يبت في الطعن، مؤكدا استعداده للحضور أمام المجلس بعد حسم الدعوى، لكن إقامة الدعوى لا تحول دون استكمال الاستجواب، وهو جزء من دور مجلس النواب".
وكان البرلمان العراقي قد حدد موعدا لاستجواب وزير الكهرباء قاسم الفهداوي بسبب سوء الخدمات وتكرر انقطاع التيار الكهربائي خلال شهر يوليو في ظل الارتفاع الكبير في درجات الحرارة.
""", [
    ev("jabouri-warning", "لوّح رئيس البرلمان العراقي سليم الجبوري، اليوم الثلاثاء", ABSENT, "'اليوم الثلاثاء' = Tue 25 Aug 2015"),
    ev("interpellation-session", "إذا لم يحضر جلسة الاستجواب يوم السبت المقبل", QUESTIONED, "'يوم السبت المقبل' from Tue 25 Aug 2015 = Sat 29 Aug"),
    ev("minister-absent", "غير أنه تغيب عنها", ABSENT, "no own day; the session of Tue 25 Aug 2015 ('اليوم الثلاثاء')"),
    ev("july-power-cuts", "وتكرر انقطاع التيار الكهربائي خلال شهر يوليو", "2015-07-01", "'خلال شهر يوليو' = July 2015 (the month)", end="2015-08-01"),
])
art(S, "https://aliraqnews.com/?p=127982",
    "2015-08-28", "no date in the stored text (its 'آخر تحديث:' is empty); the body's 'غداً السبت' for the session of Sat 29 Aug 2015 and 'الثلاثاء الماضي' for the missed session of Tue 25 Aug give Fri 28 Aug 2015; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
مكتب وزير الكهرباء: استجواب الفهداوي استهداف سياسي
بغداد/ شبكة اخبار العراق- عدّ مكتب وزير الكهرباء استجواب مجلس النواب للوزير قاسم محمد الفهداوي "استهدافا سياسيا". ومن المنتظر أن يعقد مجلس النواب جلسة غداً السبت يتضمن جدول أعمالها فقرة لاستجواب وزير الكهرباء الذي يواجه اتهامات بالفساد.
وقال المتحدث باسم الوزير محمد فتحي إن "الاستجواب سياسي ويستهدف الوزير لغياب الأدلة الكافية ضده"، مؤكدا أن "وزير الكهرباء سيحضر جلسة الاستجواب لأنها ممارسة ديمقراطية سليمة معمول بها، وسيلبي دعوة رئاسة البرلمان والمستجوبين إلى الحضور".
وأوضح أن "أسئلة وجهت إلى وزير الكهرباء فأجاب عنها كلها تحريريا والأجوبة موجودة لدى رئاسة البرلمان"، مستدركا أن "بعض الأسئلة المطروحة على وزير الكهرباء لا تخص فترته بل فترة الوزراء السابقين".
وشدد فتحي على أن وزير الكهرباء "سيحضر جلسة الاستجواب وهو مستعد للإجابة عن كل الأسئلة بشفافية عالية".
وكان وزير الكهرباء قاسم محمد الفهداوي قد امتنع عن حضور جلسة استجوابه الثلاثاء الماضي، معلنا أنه قدم طعنا بعدم دستورية الاستجواب إلى حين البت فيه، ومؤكدا استعداده للحضور أمام المجلس بعد حسم الدعوى.
""", [
    ev("interpellation-session", "أن يعقد مجلس النواب جلسة غداً السبت", QUESTIONED, "'غداً السبت' from Fri 28 Aug 2015 = Sat 29 Aug"),
    ev("spokesman-statement", "وقال المتحدث باسم الوزير محمد فتحي", "2015-08-27", "no own day; the spokesman's words reported in the article of Fri 28 Aug 2015, given that day or the day before (my span 27 - 28 Aug)", end="2015-08-29"),
    ev("minister-absent", "قد امتنع عن حضور جلسة استجوابه الثلاثاء الماضي", ABSENT, "'الثلاثاء الماضي' from Fri 28 Aug 2015 = Tue 25 Aug"),
])
art(S, "https://kitabat.com/news/%d8%a7%d9%84%d8%a8%d8%b1%d9%84%d9%85%d8%a7%d9%86-%d9%8a%d8%a4%d9%83%d8%af-%d8%ab%d9%82%d8%aa%d9%87-%d8%a8%d8%a7%d9%84%d9%81%d9%87%d8%af%d8%a7%d9%88%d9%8a-%d9%88%d8%b2%d9%8a%d8%b1%d8%a7-%d9%84%d9%84",
    "2015-08-29", "no date on the stored page; the body's 'أكد مجلس النواب اليوم' and 'وقال مصدر نيابي، السبت' for the session of Sat 29 Aug 2015 give Sat 29 Aug 2015; headline kept from the page (the duplicated heading dropped); the last, truncated sentence dropped", False, """
البرلمان يؤكد ثقته بالفهداوي وزيرا للكهرباء .. ضربة قاسية لابتزاز قاده الاخوة الكربولي!
جدد مجلس النواب اليوم ثقته بوزير الكهرباء قاسم الفهداوي عبر التصويت على اقتناعه بأجوبة الوزير في جلسة استجوابه اليوم. وذكر مصدر نيابي، السبت، أن مجلس النواب أتم استجواب وزير الكهرباء قاسم الفهداوي، مبينا أن المجلس صوت على قناعته بأجوبة الفهداوي.
وقد حمّل وزير الكهرباء قاسم الفهداوي المسؤولين السابقين في الوزارة مسؤولية تعثر عملها، لافتقارهم إلى رؤية مستقبلية واضحة لعمل الوزارة.
وقال خلال جلسة الاستجواب إنه تعاقد بعد تسلمه الوزارة مع شركتين، الأولى تدقيقية للتحقق من مصداقية العقود السابقة التي أبرمتها الوزارة.
وأضاف الفهداوي: "إننا في ورطة حقيقية مع هذه الشركات".
وأوضح أن "الشركة الثانية التي تعاقدت معها الوزارة مهمتها تقديم الخبرة والمشورة للمشاريع المستقبلية".
وأضاف المصدر أن "البرلمان أنهى استجواب وزير الكهرباء قاسم الفهداوي بالتصويت على قناعته بأجوبته عن الأسئلة التي طرحها النائب صلاح الجبوري".
""", [
    ev("satisfaction-vote", "جدد مجلس النواب اليوم ثقته بوزير الكهرباء", QUESTIONED, "'اليوم' = Sat 29 Aug 2015 ('وقال مصدر نيابي، السبت')"),
    ev("interpellation-session", "في جلسة استجوابه اليوم", QUESTIONED, "'اليوم' = Sat 29 Aug 2015"),
    ev("fahdawi-takes-office", "بعد تسلمه الوزارة", "2014-09-08", "no own day; Qasim al-Fahdawi became electricity minister in Haidar al-Abadi's cabinet, approved by parliament on Mon 8 Sep 2014 (background knowledge)"),
])
art(S, "https://hamurabynews.blogspot.com/2015/08/blog-post_33.html",
    "2015-08-30", "no date line in the stored text (the URL gives only 2015/08); the body's 'اليوم الاحد' and 'امس السبت' for the interpellation of Sat 29 Aug 2015 give Sun 30 Aug 2015 (30 Aug 2015 was a Sunday); a copy of an al-Forat News item; headline written from the body (the stored text has none); the blog footer dropped", False, """
التميمي: نتائج استجواب الفهداوي ستزيد غضب الشارع
اعتبرت النائبة عن كتلة الاحرار ماجدة التميمي، اليوم الاحد، أن "نتائج استجواب وزير الكهرباء قاسم الفهداوي ستضاعف غضب الشارع العراقي"، مؤكدة أنها تملك أدلة ضد الوزير ستقدمها لاحقا.
وقالت التميمي في تصريح لوكالة {الفرات نيوز} إن "الشارع العراقي سيزداد غضبا بعد مصادقة البرلمان على قناعته بأجوبة وزير الكهرباء قاسم الفهداوي"، موضحة أنه "كان على مجلس النواب أن يحاسب الوزير بحزم، وأن تحمل الأسئلة الموجهة إليه تفاصيل أكثر وألا تكون ذات طابع إنشائي".
وأضافت: "كنت مستعدة لاستجواب الوزير، لكن نائبا طلب قبلي أن يطرح أسئلة الاستجواب فاتخذت بعد ذلك مسارا آخر، ولدي أدلة جديدة، وكنت أنتظر نتيجة استجواب البرلمان التي جاءت غير مرضية للشعب العراقي، وسأتقدم بطلب استجواب الوزير مرة أخرى".
وكانت التميمي قد كشفت امس السبت عن امتلاكها مستندات ضد وزير الكهرباء قاسم الفهداوي، مبينة أنها "ستقدم خلال الايام المقبلة طلبا رسميا لاستجواب الفهداوي"، ومؤكدة وجود حالات كثيرة مثبتة ضده وضد الوزراء السابقين.
واستجوب البرلمان امس السبت وزير الكهرباء قاسم الفهداوي بشأن تردي الطاقة الكهربائية، وصوت بالمصادقة على قناعته بأجوبة الفهداوي.
""", [
    ev("tamimi-statement", "اعتبرت النائبة عن كتلة الاحرار ماجدة التميمي، اليوم الاحد", "2015-08-30", "'اليوم الاحد' = Sun 30 Aug 2015"),
    ev("tamimi-documents", "وكانت التميمي قد كشفت امس السبت", QUESTIONED, "'امس السبت' from Sun 30 Aug 2015 = Sat 29 Aug"),
    ev("interpellation-session", "واستجوب البرلمان امس السبت وزير الكهرباء", QUESTIONED, "'امس السبت' from Sun 30 Aug 2015 = Sat 29 Aug"),
    ev("satisfaction-vote", "وصوت بالمصادقة على قناعته بأجوبة الفهداوي", QUESTIONED, "no own day; the vote at the end of the session of Sat 29 Aug 2015 ('امس السبت')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 623
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
