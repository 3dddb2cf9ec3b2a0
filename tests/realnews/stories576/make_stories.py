"""Builds stories.jsonl: the 576-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: bank robberies, armed heists and cash-in-transit attacks
in Arab countries, with arrests and trials.
Stories: the break-in at the Barid Bank agency of Jemaa Shaim (Safi province, Morocco, August 2025), the armed
attack and hostage siege at an Al Rajhi bank branch in Jazan (Saudi Arabia, October 2015), and the armed raid on
the National Bank of Egypt branch in al-Arish and the looting of its vault (North Sinai, Egypt, October 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-jemaa-shaim-barid-bank-heist-2025
S = "morocco-jemaa-shaim-barid-bank-heist-2025"
HEIST = "2025-08-25"                       # the break-in was discovered on the morning of Mon 25 Aug 2025
NIGHT = ("2025-08-24", "2025-08-26")       # the wall was breached and the cash taken in the night of Sun 24 - Mon 25 Aug
art(S, "https://www.housepresse.ma:443/archives/114864",
    "2025-08-25", "no date line on the stored page; the body's 'صباح اليوم' for the heist and 'ليلة أمس' for the breach of the wall; the heist was found on Monday morning (sefroupress and tahqiqe24: 'صباح الاثنين', le12: 'ليلة الاحد / الاثنين'), and that Monday is Mon 25 Aug 2025 (aljazeera, stamped Wed 27 Aug 2025, reports it as done), so the report is of Mon 25 Aug 2025; the by-line dropped; headline written from the body (the stored text has none)", False, """
سطو هوليودي على وكالة بريد بنك بجمعة سحيم
في مشهد يشبه أفلام هوليود، استيقظت مدينة جمعة سحيم بإقليم آسفي صباح اليوم على عملية سطو محكمة طالت وكالة تابعة لـ"بريد بنك".
وبحسب مصادر محلية متطابقة، عمد مجهولون، ليلة أمس، إلى حفر ثغرة في الجدار الخلفي للوكالة البنكية، سمحت لهم بالتسلل إلى داخلها دون أن يلفتوا الانتباه.
وبعد إتمام العملية، استولى الجناة على مبلغ مالي كبير يقارب 100 مليون سنتيم، ثم فروا إلى وجهة غير معروفة.
وبمجرد اكتشاف الواقعة، انتقلت عناصر الدرك الملكي إلى عين المكان، فطوقت محيط الوكالة وفتحت تحقيقا عاجلا تحت إشراف النيابة العامة المختصة، سعيا إلى فك خيوط هذه العملية التي وصفت بالاحترافية والدقة في التخطيط والتنفيذ.
وأحدث الحادث حالة استنفار أمني غير مسبوقة في المدينة، بينما يعيش الرأي العام المحلي صدمة كبيرة، لا سيما أن الأسلوب الذي نفذت به العملية يدل على مستوى عال من التنظيم، ويطرح تساؤلات عديدة عن الجهة التي تقف خلفها.
""", [
    ev("heist", "استيقظت مدينة جمعة سحيم بإقليم آسفي صباح اليوم على عملية سطو محكمة", HEIST, "'صباح اليوم' in a report of Mon 25 Aug 2025"),
    ev("wall-breach", "عمد مجهولون، ليلة أمس، إلى حفر ثغرة في الجدار الخلفي", NIGHT[0], "'ليلة أمس' from Mon 25 Aug 2025 = the night of Sun 24 - Mon 25 Aug (le12: 'ليلة الاحد / الاثنين')", end=NIGHT[1]),
    ev("cash-taken", "استولى الجناة على مبلغ مالي كبير يقارب 100 مليون سنتيم", NIGHT[0], "no own expression; taken in the same night, after the breach, before the discovery on Mon 25 Aug 2025 (my span 24 - 25 Aug)", end=NIGHT[1]),
    ev("investigation", "فطوقت محيط الوكالة وفتحت تحقيقا عاجلا", HEIST, "no own expression; the gendarmerie came 'بمجرد اكتشاف الواقعة', on the morning of Mon 25 Aug 2025"),
])
art(S, "https://www.aljazeera.net/misc/2025/8/27/%D8%B3%D8%B7%D9%88-%D9%87%D9%88%D9%84%D9%8A%D9%88%D8%AF%D9%8A-%D8%B9%D9%84%D9%89-%D9%88%D9%83%D8%A7%D9%84%D8%A9-%D8%A8%D8%B1%D9%8A%D8%AF-%D8%A8%D9%86%D9%83-%D8%A8%D8%AC%D9%85%D8%B9%D8%A9?traffic_source=rss",
    "2025-08-27", "the stored page's date line 'date 2025-08-27' and the URL's /2025/8/27/ (Wed 27 Aug 2025); headline rendered from the URL slug; the truncated last sentence of the stored excerpt dropped; no date of its own in the text", True, """
سطو هوليودي على وكالة بريد بنك بجمعة سحيم
عرفت مدينة جمعة السحيم في إقليم آسفي بالمغرب عملية سطو لافتة على وكالة تابعة لـ"بريد بنك"، في حادثة نعتتها وسائل الإعلام بـ"الهوليودية" بسبب جرأة منفذيها وأسلوبهم غير المألوف، فتحولت إلى قضية رأي عام محلي.
ووفق المعطيات الأولية، عمد الجناة إلى ثقب الجدار الخلفي لمبنى الوكالة، ما أتاح لهم التسلل إلى داخلها بعيدا عن الحراس وعن كاميرات المراقبة المركبة في الواجهة الأمامية. وقد أثار هذا الأسلوب غير المعتاد تساؤلات كثيرة حول مدى التخطيط المسبق للعملية، إذ بدت شبيهة بمشاهد مأخوذة من أفلام الجريمة والسطو العالمية.
وما إن دخل اللصوص حتى استولوا على مبالغ مالية كبيرة قدرتها مصادر محلية بنحو مليون درهم مغربي (قرابة 110 آلاف و171 دولارا أميركيا)، وهو ما يضعها بين أكبر عمليات السطو التي شهدتها المنطقة في السنوات الأخيرة.
واستنفرت الحادثة مختلف الأجهزة الأمنية في الإقليم، وفي مقدمتها مصالح الدرك الملكي التي بادرت إلى فتح تحقيق عاجل في ظروف الجريمة وملابساتها. وشرعت فرق متخصصة في جمع الأدلة والآثار من موقع الحادث، بما في ذلك رفع البصمات وتحليل تسجيلات كاميرات المراقبة المحيطة بالوكالة.
""", [
    ev("heist", "عرفت مدينة جمعة السحيم في إقليم آسفي بالمغرب عملية سطو لافتة", HEIST, "no own expression; the heist discovered on the morning of Mon 25 Aug 2025 (housepresse 'صباح اليوم')"),
    ev("wall-breach", "عمد الجناة إلى ثقب الجدار الخلفي لمبنى الوكالة", NIGHT[0], "no own expression; the night of Sun 24 - Mon 25 Aug 2025 (housepresse 'ليلة أمس')", end=NIGHT[1]),
    ev("cash-taken", "استولوا على مبالغ مالية كبيرة قدرتها مصادر محلية بنحو مليون درهم", NIGHT[0], "no own expression; in the same night, before the discovery on Mon 25 Aug 2025 (my span 24 - 25 Aug)", end=NIGHT[1]),
    ev("investigation", "بادرت إلى فتح تحقيق عاجل في ظروف الجريمة وملابساتها", HEIST, "no own expression; opened on the discovery, Mon 25 Aug 2025 (housepresse)"),
    ev("forensics", "وشرعت فرق متخصصة في جمع الأدلة والآثار من موقع الحادث", HEIST, "no own expression; the evidence gathering began with the investigation on Mon 25 Aug 2025"),
])
art(S, "https://www.watanserb.com/2025/08/27/soto-hollywoodi-banka-maghrib/",
    "2025-08-27", "the stored page's date line 'date 2025-08-27' and the URL's /2025/08/27/ (Wed 27 Aug 2025); headline kept from the embedded tweet at the top of the page (hashtag sign dropped), the tweet's signature line dropped; the truncated last clause shortened; no date of its own in the text", True, """
عملية سطو هوليودية على فرع بنكي في المغرب تثير الجدل وتقلب منصات التواصل
عاشت مدينة جمعة السحيم، التابعة لإقليم آسفي في المغرب، واقعة سرقة نعتت بـ"الهوليودية"، بعدما اقتحمت عصابة مجهولة فرعا لـ"بريد بنك" بطريقة غير مألوفة، هزت الرأي العام وأشعلت النقاش على مواقع التواصل الاجتماعي.
وتفيد المعطيات الأولية بأن أفراد العصابة حفروا ثقبا في الجدار الخلفي للمبنى، متجنبين كاميرات المراقبة ونقاط الحراسة، ثم تسللوا إلى داخل الوكالة البنكية وسرقوا قرابة 110 آلاف دولار دون أن يثيروا أي شبهة خلال التنفيذ.
وأحدثت الواقعة صدمة كبيرة بين سكان المدينة، الذين دعوا إلى تحديث أنظمة الحماية وتشديد المراقبة على الوكالات البنكية، وسط مخاوف من تكرار حوادث مشابهة.
في المقابل، أطلقت مصالح الدرك الملكي تحقيقا موسعا، شمل رفع البصمات وتحليل تسجيلات الكاميرات، في محاولة لحل لغز الجريمة التي ترجح معطيات أولية أن تكون وراءها شبكة إجرامية منظمة.
وتعيد الحادثة إلى الواجهة أسئلة مقلقة بشأن تطور الجريمة المنظمة في المغرب.
""", [
    ev("heist", "بعدما اقتحمت عصابة مجهولة فرعا لـ\"بريد بنك\"", HEIST, "no own expression; the heist discovered on the morning of Mon 25 Aug 2025 (housepresse 'صباح اليوم')"),
    ev("wall-breach", "أفراد العصابة حفروا ثقبا في الجدار الخلفي للمبنى", NIGHT[0], "no own expression; the night of Sun 24 - Mon 25 Aug 2025 (housepresse 'ليلة أمس')", end=NIGHT[1]),
    ev("cash-taken", "وسرقوا قرابة 110 آلاف دولار", NIGHT[0], "no own expression; in the same night, before the discovery on Mon 25 Aug 2025 (my span 24 - 25 Aug)", end=NIGHT[1]),
    ev("residents-demand-security", "الذين دعوا إلى تحديث أنظمة الحماية", HEIST, "no own expression; the residents' calls after the heist, between its discovery on Mon 25 Aug and this report of Wed 27 Aug 2025 (my span)", end="2025-08-28"),
    ev("investigation", "أطلقت مصالح الدرك الملكي تحقيقا موسعا", HEIST, "no own expression; opened on the discovery, Mon 25 Aug 2025 (housepresse)"),
    ev("forensics", "شمل رفع البصمات وتحليل تسجيلات الكاميرات", HEIST, "no own expression; the evidence gathering began with the investigation on Mon 25 Aug 2025"),
])

# ---------------------------------------------------------------- saudi-jazan-alrajhi-bank-siege-2015
S = "saudi-jazan-alrajhi-bank-siege-2015"
ATTACK = "2015-10-06"                      # the gunman stormed the Al Rajhi branch in Jazan at 11:00 on Tue 6 Oct 2015 (23/12/1436)
art(S, "https://aajsa.com/%D8%A5%D8%AD%D8%A8%D8%A7%D8%B7-%D8%B3%D8%B7%D9%88-%D9%85%D8%B3%D9%84%D9%91%D8%AD-%D8%B9%D9%84%D9%89-%D9%85%D8%B5%D8%B1%D9%81-%D8%B3%D8%B9%D9%88%D8%AF%D9%8A",
    "2015-10-06", "the page's date line '06 أكتوبر 2015' under the by-line (an al-Araby al-Jadeed report), matching the body's 'اليوم الثلاثاء' (6 Oct 2015 was a Tuesday); the by-line, font buttons and the 'اقرأ أيضاً' link dropped; headline kept from the page", True, """
إحباط سطو مسلّح على مصرف سعودي
أفادت مصادر سعودية بأن الأجهزة الأمنية وقوات الطوارئ أفشلت، اليوم الثلاثاء، محاولة سطو مسلح نفذها مواطن سعودي على فرع لمصرف الراجحي في منطقة جازان. وطوقت فرق الطوارئ المبنى وأحكمت سيطرتها على المنطقة، ثم أرغمت المسلح على الاستسلام بعد أن خلع ملابسه للتثبت من أنه لا يرتدي أحزمة ناسفة، ليقبض عليه بعد ذلك.
ولم تكشف الجهات الأمنية أي تفاصيل عن الحادثة، التي أودت بحياة اثنين من العاملين في المصرف، بينهم مديره الإقليمي، وأصيب فيها ستة آخرون بجروح خلال تبادل إطلاق النار مع قوات الأمن. واستغرقت العملية قرابة الأربع ساعات قبل أن تتمكن القوات الأمنية من حسم الموقف، وفق المصادر.
وروى شهود عيان لـ"العربي الجديد" أن الجاني أطلق النار على المحتجزين داخل المصرف، وكان مسلحا برشاش، كما أخرج الموظفات العاملات في القسم النسائي فور سيطرته على المبنى.
ومن المنتظر أن يصدر، في وقت متأخر من مساء اليوم، بيان مفصل عن الحادثة بعد استكمال التحقيق مع الجاني الذي كان موظفا في شركة لتغذية أجهزة الصراف الآلي، بحسب المصادر.
""", [
    ev("robbery-attack", "أفشلت، اليوم الثلاثاء، محاولة سطو مسلح", ATTACK, "'اليوم الثلاثاء' = Tue 6 Oct 2015"),
    ev("security-cordon", "وطوقت فرق الطوارئ المبنى", ATTACK, "no own expression; during the siege of Tue 6 Oct 2015"),
    ev("gunman-strips", "بعد أن خلع ملابسه للتثبت من أنه لا يرتدي أحزمة ناسفة", ATTACK, "no own expression; at the end of the siege, Tue 6 Oct 2015"),
    ev("gunman-arrested", "ليقبض عليه بعد ذلك", ATTACK, "no own expression; the end of the siege of Tue 6 Oct 2015 ('اليوم الثلاثاء')"),
    ev("two-killed", "التي أودت بحياة اثنين من العاملين في المصرف", ATTACK, "no own expression; killed during the attack of Tue 6 Oct 2015"),
    ev("police-statement", "بيان مفصل عن الحادثة", ATTACK, "'في وقت متأخر من مساء اليوم' = the evening of Tue 6 Oct 2015 (the Jazan police statement, adwaalwatan, is of that day)"),
])
art(S, "https://adwaalwatan.com/2969145",
    "2015-10-06", "no date line on the stored page; the body's 'صباح اليوم الثلاثاء' and the police statement's 'صباح اليوم الموافق 1436/12/23هـ' (= Tue 6 Oct 2015 in the Umm al-Qura calendar; al-Araby al-Jadeed of 6 Oct 2015 has the same attack 'اليوم الثلاثاء') give Tue 6 Oct 2015; headline written from the body (the stored text has none); the truncated last sentence shortened", False, """
ضبط المسلح مقتحم مصرف الراجحي بجازان
نجحت قوات الطوارئ في منطقة جازان قبل قليل في القبض على المسلح الذي اقتحم مصرف الراجحي بجازان، إثر تبادل لإطلاق النار معه، وسط أنباء عن وقوع إصابات بين المحتجزين.
وكانت الجهات الأمنية في منطقة جازان قد تعاملت صباح اليوم الثلاثاء مع هجوم مسلح على فرع لمصرف الراجحي، نفذه شاب يحمل رشاشا وأطلق منه عدة أعيرة نارية.
وضربت الجهات الأمنية طوقا حول الموقع وسيطرت على الوضع بعد تبادل إطلاق النار مع الشاب الذي كان يردد عبارة (الله أكبر.. الله أكبر)، كما عملت الجهات المختصة على إخراج المحتجزين وموظفي المصرف من باب الطوارئ وإبعاد المتجمهرين حرصا على سلامتهم.
وكان صاحب السمو الملكي أمير منطقة جازان محمد بن ناصر بن عبدالعزيز قد تابع الحدث مع الجهات المعنية منذ لحظة وقوعه، ووجه بالحفاظ على سلامة المحتجزين والقبض على المسلح.
وفي تحديث لاحق، أعلن الناطق الإعلامي لشرطة منطقة جازان أن الشرطة تلقت عند الساعة الحادية عشرة من صباح اليوم الموافق 1436/12/23هـ بلاغا عن تعرض أحد المصارف في مدينة جازان لسطو مسلح من شخص يحمل رشاشا أطلق النار على موظفي المصرف ومراجعيه، فقتل اثنين منهم وأصاب اثنين آخرين، فباشرت الشرطة فورا موقع الجريمة وحاصرته ووجهت النداءات للجاني كي يلقي سلاحه.
""", [
    ev("gunman-arrested", "في القبض على المسلح الذي اقتحم مصرف الراجحي بجازان", ATTACK, "'قبل قليل' in a report of Tue 6 Oct 2015"),
    ev("robbery-attack", "قد تعاملت صباح اليوم الثلاثاء مع هجوم مسلح", ATTACK, "'صباح اليوم الثلاثاء' = Tue 6 Oct 2015; the police: 'عند الساعة الحادية عشرة من صباح اليوم الموافق 1436/12/23هـ'"),
    ev("security-cordon", "وضربت الجهات الأمنية طوقا حول الموقع", ATTACK, "no own expression; during the siege of Tue 6 Oct 2015"),
    ev("hostages-evacuated", "على إخراج المحتجزين وموظفي المصرف من باب الطوارئ", ATTACK, "no own expression; during the siege of Tue 6 Oct 2015"),
    ev("police-statement", "أعلن الناطق الإعلامي لشرطة منطقة جازان", ATTACK, "no own expression; the statement speaks of 'صباح اليوم الموافق 1436/12/23هـ', so it was issued on Tue 6 Oct 2015"),
    ev("two-killed", "فقتل اثنين منهم وأصاب اثنين آخرين", ATTACK, "'عند الساعة الحادية عشرة من صباح اليوم الموافق 1436/12/23هـ' = Tue 6 Oct 2015"),
])
art(S, "https://gulfobserver.org/essay.php?cid=409&id=5433",
    "2015-10-07", "the page's date line 'في 2015/10/07' (Wed 7 Oct 2015), matching the body's 'أمس' for the attack of Tue 6 Oct 2015; a report of the Makkah daily carried by gulfobserver; the site's section line dropped; headline kept from the page; the truncated last paragraph (a bank employee's relative) dropped", True, """
السطو المسلح آخر جرائم التنظيم
نقلت صحيفة مكة السعودية أن الطرق المؤدية إلى فرع مصرف الراجحي على طريق الملك فهد في جازان شهدت أمس طوقا أمنيا، عقب اقتحام المصرف من قبل داعشي بادر إلى إطلاق النار من سلاح كان بحوزته داخل الفرع، واحتجز العملاء والموظفين داخل المبنى، قبل أن تتمكن قوات الطوارئ الخاصة من الإطاحة به بعد محاصرته وتبادل إطلاق النار معه وإخراج الرهائن من باب الطوارئ، وفق مصادر أمنية تحدثت لـ«مكة».
وتشير المعلومات الأولية إلى أن الداعشي يبلغ من العمر 19 عاما ولا سوابق أمنية له، وكان يحمل سلاحين، أحدهما رشاش والآخر مسدس، فيما أظهر مقطع فيديو متداول على مواقع التواصل الاجتماعي لحظة خروجه وخلعه ملابسه وتسليم نفسه.
وأبقت الجهات الأمنية على انتشارها الكثيف، إذ وجه مدير شرطة منطقة جازان اللواء ناصر بن صالح الدويسي بالإبقاء على الحراسات الأمنية عند المصرف.
ورصدت «مكة» خلال جولة رافقت فيها اللواء الدويسي عددا من آثار الأعيرة النارية داخل المصرف كانت موجهة نحو الصرافين، إلى جانب تحطم واجهة المصرف وانبعاث غازات كثيفة من داخله.
""", [
    ev("security-cordon", "شهدت أمس طوقا أمنيا", ATTACK, "'أمس' in a report of Wed 7 Oct 2015 = Tue 6 Oct"),
    ev("robbery-attack", "عقب اقتحام المصرف من قبل داعشي", ATTACK, "no own expression beyond 'أمس' = Tue 6 Oct 2015"),
    ev("gunman-arrested", "من الإطاحة به بعد محاصرته", ATTACK, "no own expression; the end of the siege of Tue 6 Oct 2015 ('أمس')"),
    ev("hostages-evacuated", "وإخراج الرهائن من باب الطوارئ", ATTACK, "no own expression; during the siege of Tue 6 Oct 2015 ('أمس')"),
    ev("gunman-strips", "لحظة خروجه وخلعه ملابسه وتسليم نفسه", ATTACK, "no own expression; at the end of the siege, Tue 6 Oct 2015"),
    ev("guards-kept", "بالإبقاء على الحراسات الأمنية عند المصرف", ATTACK, "no own expression; the police director's order after the siege, during the paper's tour; my span Tue 6 - Wed 7 Oct 2015", end="2015-10-08"),
])

# ---------------------------------------------------------------- egypt-arish-national-bank-heist-2017
S = "egypt-arish-national-bank-heist-2017"
RAID = "2017-10-16"                        # gunmen raided the National Bank of Egypt branch in al-Arish on the morning of Mon 16 Oct 2017
art(S, "https://arabi21.com/storyamp/1041750/%D9%82%D8%AA%D9%84%D9%89-%D9%88%D8%AC%D8%B1%D8%AD%D9%89-%D8%A8%D8%B5%D9%81%D9%88%D9%81-%D8%A7%D9%84%D8%B4%D8%B1%D8%B7%D8%A9-%D9%88%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A%D9%8A%D9%86-%D8%A8%D9%87%D8%AC%D9%88%D9%85-%D8%B9%D9%84%D9%89-%D8%A8%D9%86%D9%83-%D8%A8%D8%B3%D9%8A%D9%86%D8%A7%D8%A1",
    "2017-10-16", "no date on the stored page; the body's 'صباح اليوم الاثنين' for the raid, which was on Mon 16 Oct 2017 (thenewkhalij, stamped Thu 19 Oct 2017: 'الإثنين الماضي'; aawsat: 'أمس'), so the report is of Mon 16 Oct 2017; the section tag and the photo caption dropped; headline kept from the page", False, """
قتلى وجرحى بصفوف الشرطة والمدنيين بهجوم على بنك بسيناء
لقي ثلاثة من أفراد الشرطة العاملين في قوة تأمين البنك الأهلي بمدينة العريش حتفهم صباح اليوم الاثنين، خلال اقتحام عناصر مسلحة لمبنى البنك الواقع في شارع 23 يوليو وسط المدينة.
وجاء الهجوم عقب معارك اندلعت في محيط كنيسة ماري جرجس القريبة من البنك، وأسفرت عن إصابة شرطيين من قوة تأمين الكنيسة واثنين من المسلحين.
واقتحم المهاجمون البنك بعد أن قتلوا ثلاثة من أفراد الشرطة المكلفين بحمايته، وهم: محمد عبد العظيم محمد (35 عاما)، ومساعد الشرطة محمد خطاب، ورقيب الشرطة عبد الله محمد، ثم استولوا على أموال خزينة البنك الأهلي.
وكانت اشتباكات أخرى قد دارت بين قوة الشرطة المكلفة بتأمين البنك والمسلحين، وخلفت ثلاثة قتلى من المدنيين و15 جريحا.
ونشر ناشطون من سيناء في وقت سابق تفاصيل عن الهجوم على موقع "تويتر"، غير أن "عربي21" لم تتمكن من التحقق من صحتها.
ورصدت كاميرات المراقبة هروب المسلحين في سيارة يركب ثمانية مسلحين ملثمين في صندوقها الخلفي، ترافقها ثلاث دراجات نارية يقودها ستة مسلحين.
""", [
    ev("police-killed", "لقي ثلاثة من أفراد الشرطة العاملين في قوة تأمين البنك الأهلي", RAID, "'صباح اليوم الاثنين' = Mon 16 Oct 2017"),
    ev("security-posts-attacked", "عقب معارك اندلعت في محيط كنيسة ماري جرجس", RAID, "no own expression; the clashes before the raid on the morning of Mon 16 Oct 2017"),
    ev("bank-raid", "واقتحم المهاجمون البنك بعد أن قتلوا", RAID, "no own expression; the raid of the morning of Mon 16 Oct 2017 ('صباح اليوم الاثنين')"),
    ev("vault-looted", "ثم استولوا على أموال خزينة البنك الأهلي", RAID, "no own expression; during the raid of Mon 16 Oct 2017"),
    ev("civilian-casualties", "وخلفت ثلاثة قتلى من المدنيين و15 جريحا", RAID, "no own expression; the clashes of Mon 16 Oct 2017"),
    ev("getaway", "ورصدت كاميرات المراقبة هروب المسلحين", RAID, "no own expression; the gunmen fled after the raid of Mon 16 Oct 2017"),
])
art(S, "https://aawsat.com/home/article/1054616/%D9%85%D9%82%D8%AA%D9%84-5-%D8%A8%D9%8A%D9%86%D9%87%D9%85-3-%D9%85%D9%86-%D8%A7%D9%84%D8%B4%D8%B1%D8%B7%D8%A9-%D9%81%D9%8A-%D8%B3%D8%B7%D9%88-%D9%85%D8%B3%D9%84%D8%AD-%D8%B9%D9%84%D9%89-%D8%A8%D9%86%D9%83-%D8%B4%D9%85%D8%A7%D9%84-%D8%B3%D9%8A%D9%86%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D8%A9?amp",
    "2017-10-17", "no date on the stored page; the body's 'أمس' and 'صباح أمس' for the raid of Mon 16 Oct 2017 (arabi21 'صباح اليوم الاثنين'; thenewkhalij of Thu 19 Oct 'الإثنين الماضي') give Tue 17 Oct 2017 (17 Oct 2017 was a Tuesday), the print report of Asharq al-Awsat; headline kept from the page; the truncated end of the ministry's statement dropped", False, """
مقتل 5 بينهم 3 من الشرطة في سطو مسلح على بنك شمال سيناء المصرية
أفادت مصادر أمنية مصرية وشهود عيان بمقتل 5 أشخاص، بينهم 3 من عناصر الشرطة، في هجوم مسلح استهدف أمس أحد فروع بنك حكومي في العريش (شمال سيناء)، مشيرة إلى أن المسلحين استولوا على أموال البنك تماما وتمكنوا من الهرب وسط حالة من الهلع بين المارة ورواد البنك.
ويخوض الجيش المصري منذ سنوات حربا ضارية للقضاء على متشددين موالين لتنظيم داعش ينشطون في شمال سيناء على الحدود مع قطاع غزة. وقد تبنى التنظيم أمس إطلاق صاروخين باتجاه إسرائيل.
وأوضحت وزارة الداخلية المصرية في بيان أن مجموعات من العناصر الإرهابية المسلحة هاجمت صباح أمس تمركزات أمنية مكلفة بتأمين منشآت مهمة في شارع 23 يوليو بدائرة قسم ثان العريش، وأطلقت النار على القوات وفجرت عددا من العبوات الناسفة.
وأضاف البيان أن مجموعة من الإرهابيين استهدفت، أثناء تصدي القوات للهجوم، فرع أحد البنوك في المنطقة ذاتها بالعبوات الناسفة والأعيرة النارية الموجهة إلى القوات المكلفة بتأمينه، ما أدى إلى مقتل ثلاثة من رجال الشرطة وأحد أفراد الأمن الإداري في البنك ومواطنة صادف وجودها داخله.
""", [
    ev("bank-raid", "في هجوم مسلح استهدف أمس أحد فروع بنك حكومي في العريش", RAID, "'أمس' in a report of Tue 17 Oct 2017 = Mon 16 Oct"),
    ev("vault-looted", "المسلحين استولوا على أموال البنك تماما", RAID, "no own expression; during the raid of Mon 16 Oct 2017 ('أمس')"),
    ev("rockets-claim", "وقد تبنى التنظيم أمس إطلاق صاروخين باتجاه إسرائيل", RAID, "'أمس' from Tue 17 Oct 2017 = Mon 16 Oct (the day of the claim; the day of the launch itself is not given)"),
    ev("security-posts-attacked", "هاجمت صباح أمس تمركزات أمنية مكلفة بتأمين منشآت مهمة", RAID, "'صباح أمس' from Tue 17 Oct 2017 = the morning of Mon 16 Oct"),
    ev("police-killed", "ما أدى إلى مقتل ثلاثة من رجال الشرطة", RAID, "no own expression; killed in the raid of Mon 16 Oct 2017"),
])
art(S, "https://thenewkhalij.news/article/84122/%D8%AF%D9%8A%D8%B1-%D8%B4%D8%A8%D9%8A%D8%AC%D9%84-%D8%B3%D8%B1%D9%82%D8%A9-%D8%A3%D9%83%D8%A8%D8%B1-%D8%A8%D9%86%D9%88%D9%83-%D9%85%D8%B5%D8%B1-%D9%81%D8%B4%D9%84-%D8%B0%D8%B1%D9%8A%D8%B9-%D9%84%D9%80-%D8%A7%D9%84%D8%B3%D9%8A%D8%B3%D9%8A",
    "2017-10-19", "the page's time stamp 'الخميس 19 أكتوبر 2017 03:10 ص' (19 Oct 2017 was a Thursday), matching 'الإثنين الماضي' for the raid of Mon 16 Oct; headline kept from the page; the truncated last sentence dropped", True, """
«دير شبيجل»: سرقة أكبر بنوك مصر فشل ذريع لـ«السيسي»
رأى تقرير ألماني أن حادثة السطو على البنك الأهلي المصري، أكبر المصارف الحكومية في البلاد، الإثنين الماضي، تمثل إخفاقا ذريعا للنظام الحاكم.
وألقت مجلة «دير شبيجل» الألمانية في تقريرها الضوء على الورطة التي يواجهها الرئيس المصري «عبدالفتاح السيسي»، بعد أن وعد بجعل البلاد آمنة وواعدة من جديد، من دون أن ينجح في هذه المهمة حتى الآن.
وشدد التقرير على أن الحرب المتواصلة على المتطرفين في سيناء باتت مشكلة متفاقمة للرئيس المصري، وأن سرقة البنك في وضح النهار تمثل فشلا ذريعا للنظام.
وتقاتل الحكومة المركزية في القاهرة منذ أربعة سنوات تنظيمات مسلحة في سيناء، ورغم الحضور الأمني الكثيف داخل العريش وخارجها في محافظة شمال سيناء، فإن الهجوم لم يمنع.
وارتفعت حصيلة ضحايا الهجوم الذي تبناه تنظيم «الدولة الإسلامية»، الإثنين، واستهدف 4 مدرعات شرطية، إلى قرابة 20 قتيلا بينهم 3 ضباط، إضافة إلى عشرات الجرحى.
ولفت التقرير إلى نزوح معظم المسيحيين من شمال المحافظة، إثر هجمات نفذها تنظيم «الدولة الإسلامية» ضدهم واستهدفت دور عبادة.
""", [
    ev("bank-raid", "حادثة السطو على البنك الأهلي المصري", RAID, "'الإثنين الماضي' in a report of Thu 19 Oct 2017 = Mon 16 Oct"),
    ev("spiegel-report", "وألقت مجلة «دير شبيجل» الألمانية في تقريرها الضوء", RAID, "no own expression; published after the raid of Mon 16 Oct and before this report of Thu 19 Oct 2017 03:10 (my span 16 - 18 Oct)", end="2017-10-19"),
    ev("armoured-vehicles-attack", "واستهدف 4 مدرعات شرطية", RAID, "'الإثنين' = Mon 16 Oct 2017 (the week of the report)"),
    ev("toll-about-20", "وارتفعت حصيلة ضحايا الهجوم", RAID, "no own expression; the toll rose after Mon 16 Oct and stood at about 20 by this report of Thu 19 Oct 2017 (my span 16 - 18 Oct)", end="2017-10-19"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 576
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
