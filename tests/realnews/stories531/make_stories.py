"""Builds stories.jsonl: the 531-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: new laws and decrees published in official gazettes
(signed, published, entering into force).
Stories: the ratification and gazette publication of Egypt's new Criminal Procedure Law no. 174 of 2025
(November 2025), and the entry into force of Morocco's alternative sanctions law no. 43.22 (August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-criminal-procedure-law-174-ratified-2025
S = "egypt-criminal-procedure-law-174-ratified-2025"
RATIFIED = "2025-11-12"                    # Sisi ratified and issued law 174/2025 on Wed 12 Nov 2025 (gazette issue 45 مكرر (د) of that day)
FINAL_VOTE = "2025-10-16"                  # the House approved the amended articles on Thu 16 Oct 2025
RETURNED = ("2025-09-01", "2025-09-22")    # the president sent the bill back with 8 objections in September 2025 (reported by 21 Sep)
IN_FORCE = "2026-10-01"                    # applies from the start of the judicial year, Thu 1 Oct 2026
art(S, "https://www.elbalad.news/6765018",
    "2025-11-12", "page stamp 'date 2025-11-12'; the body's 'فصدّق على القانون وأصدره اليوم' agrees (12 Nov 2025 was a Wednesday); headline written from the body (the stored text has none)", True, """
فوزي: الرئيس صدّق على قانون الإجراءات الجنائية وأصدره اليوم
أكد المستشار محمود فوزي، وزير الشؤون النيابية والقانونية، أن قانون الإجراءات الجنائية يُعد من أبرز القوانين التي تنظم العلاقة بين الدولة ومواطنيها، إذ يضبط مرحلة المحاكمة الجنائية.
وأوضح، في مداخلة هاتفية مع الإعلامي عمرو خليل مقدم برنامج "من مصر" على قناة "القاهرة الإخبارية"، أن هذا القانون بالغ الأهمية ويرتكز على ضمانات دستورية، مضيفا: "رأى مجلس النواب أن الدستور الجديد يتطلب قانونا جديدا، وهذا رأي سليم، فمواد القانون كثيرة جدا، تتجاوز 500 مادة، والجهد المبذول فيه هائل".
وتابع: "شاركت فيه جهات عديدة، وحين انتهى مجلس النواب من مناقشته ورُفع إلى الرئيس السيسي رأى سيادته بعض الملاحظات"، مبينا أن تدقيق مؤسسة الرئاسة في القوانين على هذا النحو يعكس تكامل المؤسسات واستقلالها وسعي الجميع إلى تغليب مصلحة المواطن المصري.
وأشار إلى أن الرئيس السيسي أبدى 8 اعتراضات على مشروع القانون، وهي اعتراضات جوهرية ترمي إلى توسيع الحقوق والحريات والضمانات، ولذلك استجاب لها مجلس النواب والحكومة على الفور، فعُدلت الموضوعات الثمانية ثم رُفعت من جديد إلى رئيس الجمهورية ليمارس سلطته، فصدّق على القانون وأصدره اليوم.
""", [
    ev("fawzi-phone-interview", "في مداخلة هاتفية مع الإعلامي عمرو خليل", RATIFIED, "no own expression; the interview on the day of the ratification it reports ('وأصدره اليوم'), Wed 12 Nov 2025"),
    ev("president-returns-bill", "أبدى 8 اعتراضات على مشروع القانون", RETURNED[0], "no own expression; the president's objections and return of the bill in September 2025 (nan.media 'في سبتمبر الماضي'; reported on 21 Sep 2025), my span 1 - 21 Sep 2025", end=RETURNED[1]),
    ev("house-approves-amendments", "فعُدلت الموضوعات الثمانية", FINAL_VOTE, "no own expression; the House's vote on the amended articles on Thu 16 Oct 2025 (dotalkhalij 'بتاريخ 16 أكتوبر 2025')"),
    ev("ratification", "فصدّق على القانون وأصدره اليوم", RATIFIED, "'اليوم' in an article of Wed 12 Nov 2025"),
])
art(S, "https://www.vetogate.com/5533164",
    "2025-11-13", "page stamp 'date 2025-11-13' (13 Nov 2025 was a Thursday); the font-size widget dropped; headline written from the body (the stored text has none); the last, truncated article quotation dropped", True, """
الجريدة الرسمية تنشر النص الكامل لقانون الإجراءات الجنائية رقم 174 لسنة 2025
نشرت الجريدة الرسمية في عددها رقم 45 مكرر (د)، الصادر في 12 نوفمبر 2025، النص الكامل لقانون الإجراءات الجنائية رقم 174 لسنة 2025، وذلك عقب تصديق الرئيس عبد الفتاح السيسي عليه.
وكان رئيس الجمهورية قد أعاد القانون إلى مجلس النواب لإعادة النظر في عدد من مواده، فأجرى المجلس التعديلات المطلوبة، ثم حظي بتصديق رئيس الجمهورية.
ومن بين ما ورد في بنود القانون:
نصت المادة الأولى من القانون على أنه "مع عدم الإخلال بالأحكام الإجرائية المنصوص عليها في القوانين الأخرى، يعمل بأحكام هذا القانون والقانون المرافق له في شأن الإجراءات الجنائية".
وقضت المادة الثانية بأن "يستمر نظر الطعون في الأحكام الغيابية الصادرة في مواد الجنح قبل سريان هـذا القانون بذات الأوضاع والإجراءات المقررة قبل العمل به".
أما المادة الثالثة فنصها "لا تسري أحكام الاستئناف في مواد الجنايات إلا على الدعاوى التي لم يفصل فيها من محاكم الجنايات اعتبارا من تاريخ العمل بالقانون رقم ١ لسنة ٢٠٢٤ بتعديل بعض أحكام قانون الإجراءات الجنائية".
""", [
    ev("gazette-publication", "نشرت الجريدة الرسمية في عددها رقم 45 مكرر (د)", RATIFIED, "'الصادر في 12 نوفمبر 2025' = the issue of Wed 12 Nov 2025"),
    ev("ratification", "عقب تصديق الرئيس عبد الفتاح السيسي عليه", RATIFIED, "no own expression; the ratification of Wed 12 Nov 2025 (elbalad of that day: 'وأصدره اليوم')"),
    ev("president-returns-bill", "قد أعاد القانون إلى مجلس النواب", RETURNED[0], "no own expression; the return of the bill in September 2025 (my span 1 - 21 Sep 2025)", end=RETURNED[1]),
    ev("house-approves-amendments", "فأجرى المجلس التعديلات المطلوبة", FINAL_VOTE, "no own expression; the House's vote on the amended articles on Thu 16 Oct 2025"),
])
art(S, "https://dotalkhalij.com/egypt/amp/29971241",
    "2025-11-13", "no date on this stored AMP page; the same report at https://dotalkhalij.com/egypt/29971241/... carries the stamp 'date 2025-11-13' (Thu 13 Nov 2025), and its content (the gazette's publication of the ratification of Wed 12 Nov) fits; headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
السيسي يصدق على قانون الإجراءات الجنائية الجديد تمهيدًا لتطبيقه في أكتوبر 2026
الرياض - كتبت رنا صلاح - أعلنت الجريدة الرسمية تصديق الرئيس عبد الفتاح السيسي على القانون رقم 174 لسنة 2025 بإصدار قانون الإجراءات الجنائية، إثر موافقة مجلس النواب في جلسته العامة بتاريخ 16 أكتوبر 2025 على التعديلات التي عالجت أسباب اعتراض الرئيس السابق، وعززت ضمانات حماية الحقوق والحريات العامة.
ويتضمن القانون أحكاما جديدة أبرزها بدء العمل به في أول العام القضائي التالي لتاريخ إصداره في 1 أكتوبر 2026، بما يتيح للجهات القضائية والعدلية وقتا كافيا للتهيؤ لتطبيقه وإنشاء مراكز الإعلانات الهاتفية، كما كرّس القانون الحماية الدستورية للمساكن وحدد بدقة الحالات الاستثنائية لدخولها، ونظّم حضور المحامين خلال استجواب المتهمين، ووسّع ضمانات الإيداع في مراكز الإصلاح والتأهيل تحت رقابة قضائية محددة المدة وقابلة للطعن.
وشملت التعديلات رفع بدائل الحبس الاحتياطي إلى سبعة بدائل عوضا عن ثلاثة، تنفيذا لتوصيات اللجنة العليا الدائمة لحقوق الإنسان، مع إلزام بعرض أوراق القضايا التي يُحبس على ذمتها متهمون احتياطيا على النائب العام بصفة دورية كل ثلاثة أشهر.
""", [
    ev("gazette-publication", "أعلنت الجريدة الرسمية", RATIFIED, "no own expression; the gazette issue 45 مكرر (د) of Wed 12 Nov 2025 (vetogate)"),
    ev("ratification", "تصديق الرئيس عبد الفتاح السيسي على القانون رقم 174 لسنة 2025", RATIFIED, "no own expression; the ratification of Wed 12 Nov 2025 (elbalad of that day: 'وأصدره اليوم')"),
    ev("house-approves-amendments", "إثر موافقة مجلس النواب في جلسته العامة بتاريخ 16 أكتوبر 2025", FINAL_VOTE, "'بتاريخ 16 أكتوبر 2025' = Thu 16 Oct 2025"),
    ev("president-returns-bill", "أسباب اعتراض الرئيس السابق", RETURNED[0], "no own expression; the president's objection of September 2025 (my span 1 - 21 Sep 2025)", end=RETURNED[1]),
    ev("law-in-force", "بدء العمل به في أول العام القضائي", IN_FORCE, "'في 1 أكتوبر 2026' = Thu 1 Oct 2026"),
])

# ---------------------------------------------------------------- morocco-alternative-sanctions-law-43-22-in-force-2025
S = "morocco-alternative-sanctions-law-43-22-in-force-2025"
IN_FORCE = "2025-08-22"                    # law 43.22 and its decree 2.25.386 entered into force on Fri 22 Aug 2025
CIRCULAR = ("2025-08-18", "2025-08-23")    # the CSPJ circular to the courts: after the decree's gazette of Mon 18 Aug, by Fri 22 Aug
art(S, "https://www.maghress.com/tanja24/331912",
    "2025-08-22", "no date on the stored page; the body's 'دخل اليوم القانون رقم 43.22 ... حيز التنفيذ' names the day of the entry into force, Fri 22 Aug 2025 (madar21 of Sat 23: 'ابتداء من أمس الجمعة 22 غشت 2025'; al9anat and almaghreb24: 'اليوم الجمعة'); a Tanja24 report carried by maghress; the '- إعلان -' marker dropped; headline written from the body (the stored text has none); the last, truncated condition dropped", False, """
قانون العقوبات البديلة يدخل حيز التنفيذ بالمغرب
دخل اليوم القانون رقم 43.22 المتعلق بالعقوبات البديلة حيز التنفيذ في المغرب، مسنودا بأحكام المرسوم رقم 2.25.386 الذي يضبط كيفيات تطبيقها، في خطوة ترمي إلى الحد من الاكتظاظ في المؤسسات السجنية وتقوية إعادة إدماج المحكوم عليهم في المجتمع.
وأكد المجلس الأعلى للسلطة القضائية ضرورة تقوية التنسيق بين المتدخلين، مع تعيين قاض يتولى الإشراف على تنفيذ العقوبات البديلة والحرص على وضوح منطوق الحكم، فيما أصدر رئيس النيابة العامة دليلا استرشاديا يوجه قضاة النيابة في تنفيذ العقوبات بدقة طبقا للقانون والمرسوم التطبيقي.
وتشمل العقوبات البديلة آليات عدة، في مقدمتها العمل لأجل المنفعة العامة والمراقبة الإلكترونية والغرامة اليومية، علاوة على التدابير العلاجية والتأهيلية.
ويضبط القانون بدقة طبيعة العقوبة ومدة تنفيذها ومكانها، مع ضمان تتبع يومي وتنسيق مع المؤسسات المعنية، حرصا على نجاعة التنفيذ وصون مصالح الدولة وأطراف الخصومة.
ويستبعد القانون الجرائم الخطيرة كالإرهاب والجرائم المالية الكبرى وغسل الأموال والاتجار بالمخدرات أو بالبشر والاستغلال الجنسي للقاصرين، ويشترط للاستفادة من العقوبات البديلة بالخصوص ألا تتجاوز العقوبة الحبسية الأصلية خمس سنوات.
""", [
    ev("law-in-force", "دخل اليوم القانون رقم 43.22", IN_FORCE, "'اليوم' = the day of the entry into force, Fri 22 Aug 2025"),
    ev("cspj-circular", "وأكد المجلس الأعلى للسلطة القضائية ضرورة تقوية التنسيق", CIRCULAR[0], "no own expression; the CSPJ circular to the courts, issued after the decree's publication in the paper gazette of Mon 18 Aug 2025 and by the entry into force of Fri 22 Aug (alnoortv, al9anat), my span 18 - 22 Aug 2025", end=CIRCULAR[1]),
    ev("prosecution-guide", "أصدر رئيس النيابة العامة دليلا استرشاديا", IN_FORCE, "no own expression; the Public Prosecution's guide issued on Fri 22 Aug 2025 (nadorcity via feedman: 'يوم الجمعة 22 غشت 2025')"),
])
art(S, "https://madar21.com/367249.html",
    "2025-08-23", "no date line on the stored page; the body's 'ابتداء من أمس الجمعة 22 غشت 2025' gives Sat 23 Aug 2025 (22 Aug 2025 was a Friday); headline kept from the page; the last, truncated sentence dropped", True, """
دليل استرشادي يواكب تنزيل قضاة النيابة العامة لقانون العقوبات البديلة
في سياق دخول قانون العقوبات البديلة حيز التنفيذ، أصدرت رئاسة النيابة العامة دليلا استرشاديا موجها لقضاة النيابة العامة بشأن تنفيذ هذا الصنف الجديد من العقوبات، مؤكدة أن هذا الدليل يمثل فرصة لضمان تنزيل سليم وناجع لها، يوازن بين حماية المجتمع من الجريمة وإتاحة فرص لإعادة إدماج المحكوم عليهم في الحياة العامة.
وبيّنت رئاسة النيابة العامة، في بلاغ صحفي، أن إصدار هذا الدليل الاسترشادي يندرج في إطار مواكبة تفعيل القانون رقم 43.22 المتعلق بالعقوبات البديلة ومرسومه التطبيقي، الذي دخل حيز التنفيذ ابتداء من أمس الجمعة 22 غشت 2025.
وأفاد هشام البلاوي، الوكيل العام للملك لدى محكمة النقض ورئيس النيابة العامة، في تقديمه للدليل، بأن إصداره يأتي ضمن الانخراط الجاد لرئاسة النيابة العامة في الورش الإصلاحي الكبير الذي تشهده المنظومة الجنائية في بلادنا، تماشيا مع التوجيهات الملكية الواردة في خطاب الملك محمد السادس بتاريخ 20 غشت 2009، بمناسبة ثورة الملك والشعب.
""", [
    ev("prosecution-guide", "أصدرت رئاسة النيابة العامة دليلا استرشاديا", IN_FORCE, "no own expression; the guide issued on Fri 22 Aug 2025, the day of the entry into force (nadorcity via feedman: 'يوم الجمعة 22 غشت 2025')"),
    ev("law-in-force", "الذي دخل حيز التنفيذ ابتداء من أمس الجمعة 22 غشت 2025", IN_FORCE, "'أمس الجمعة 22 غشت 2025' = Fri 22 Aug 2025"),
    ev("royal-speech-2009", "خطاب الملك محمد السادس بتاريخ 20 غشت 2009", "2009-08-20", "'بتاريخ 20 غشت 2009' = Thu 20 Aug 2009"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 531
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
