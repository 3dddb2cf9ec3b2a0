"""Builds stories.jsonl: the 344-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: military aircraft, helicopter and civilian plane crashes:
crashes, the search for wreckage, the victims, the investigations.
Stories: the crash of an army Antonov on houses near Wadi Seidna air base in Omdurman (Sudan, February 2025),
the helicopter crash that killed Asir's deputy governor Prince Mansour bin Muqrin (Saudi Arabia, November 2017),
the Moroccan F-16 lost over Saada in the Yemen war (Morocco/Yemen, May 2015), the two SDF helicopters that fell
near Duhok (Iraqi Kurdistan, March 2023), and Yemenia flight 626 off the Comoros with its sole survivor (Yemen,
June-July 2009).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-omdurman-antonov-crash-2025
S = "sudan-omdurman-antonov-crash-2025"
CRASH = "2025-02-25"                       # the Antonov fell on houses near Wadi Seidna on the evening of Tue 25 Feb 2025
TOLL = "2025-02-26"                        # Khartoum State's final toll of 46 dead, Wed 26 Feb 2025
NIGHT = ("2025-02-25", "2025-02-27")       # rescue work and the removal of the rubble, the night of 25-26 Feb 2025
art(S, "https://mwq3masr.com/archives/960726",
    "2025-02-25", "the body's 'اليوم الثلاثاء' with the crash known to have happened on the evening of Tue 25 Feb 2025 (25 Feb 2025 was a Tuesday; the other outlets of Wed 26 Feb say 'مساء أمس الثلاثاء'); the page line '5:51 مساءً - 2 أبريل, 2025' is the site's clock, not the article's date, and was dropped with the tags 'أخبار هامةعربي وعالمي'; headline kept (reworded); no date of its own in the text", False, """
تحطم طائرة عسكرية في أم درمان ومقتل ضباط كبار في الجيش السوداني
عاشت مدينة أم درمان، اليوم الثلاثاء، حادثة مأساوية إذ سقطت طائرة للجيش السوداني خلال قيامها بمهمة عسكرية، فلقي عدد من كبار الضباط مصرعهم جراء عطل فني طارئ.
وأفادت مصادر عسكرية سودانية بأن الطائرة أصابها خلل فني وهي في الجو، ففقد قائدها السيطرة عليها وتحطمت في منطقة آهلة بالسكان. وبحسب المصادر، وقع الحادث في أثناء مهمة تدريبية، ولم تُكشف تفاصيل أخرى عن الضحايا أو طراز الطائرة.
وقال شهود عيان إن الطائرة شوهدت تطير على علو منخفض ثم هوت فجأة، فاشتعلت النيران في مكان تحطمها. وبثت الحادثة الذعر في نفوس السكان المحليين الذين أسرعوا إلى موقع السقوط لمحاولة المساعدة.
وتعمل فرق الإنقاذ والأجهزة الأمنية على السيطرة على الوضع والتحقيق في ظروف الحادث. ولم تصدر السلطات السودانية حتى الآن بيانا رسميا يقدم تفاصيل إضافية عن الواقعة أو عددا دقيقا للضحايا.
ويقع هذا الحادث في ظل ظروف معقدة تمر بها البلاد، إذ تسعى القوات المسلحة السودانية إلى تحديث قدراتها الجوية وسط تحديات فنية وإدارية تواجهها.
""", [
    ev("crash", "سقطت طائرة للجيش السوداني خلال قيامها بمهمة عسكرية", CRASH, "'اليوم الثلاثاء' = Tue 25 Feb 2025 (the crash came minutes after take-off from Wadi Seidna in the evening)"),
    ev("officers-killed", "فلقي عدد من كبار الضباط مصرعهم", CRASH, "no own expression; the officers aboard died in the crash of Tue 25 Feb 2025"),
    ev("first-fault-report", "وأفادت مصادر عسكرية سودانية بأن الطائرة أصابها خلل فني", CRASH, "no own expression; the military sources quoted on the evening of the crash, Tue 25 Feb 2025 (the report's 'اليوم الثلاثاء')"),
    ev("residents-rush", "الذين أسرعوا إلى موقع السقوط لمحاولة المساعدة", CRASH, "no own expression; the residents ran to the site right after the crash of Tue 25 Feb 2025"),
    ev("rescue-and-inquiry", "وتعمل فرق الإنقاذ والأجهزة الأمنية على السيطرة على الوضع", NIGHT[0], "present tense at the time of the report of Tue 25 Feb; the rescue work went on into the night and Wed 26 Feb 2025 (the rubble was cleared before the toll of Wed 26; my span 25-26 Feb)", end=NIGHT[1]),
])
art(S, "https://www.aljazeeramubasher.net/news/2025/2/26/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%85%D9%82%D8%AA%D9%84-19-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-5-%D8%A8%D8%AA%D8%AD%D8%B7%D9%85-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9",
    "2025-02-26", "date in the URL '/news/2025/2/26/' (26 Feb 2025 was a Wednesday); the body's 'اليوم الأربعاء' and 'مساء أمس الثلاثاء' agree; headline kept (reworded, '(فيديو)' dropped); the two inner sub-headings and the last, truncated sentence dropped; no date of its own in the text", True, """
السودان.. 46 قتيلا و10 مصابين في تحطم طائرة عسكرية بأم درمان
صعدت حصيلة ضحايا الطائرة العسكرية التابعة للجيش السوداني، التي سقطت مساء أمس الثلاثاء، إلى 46 قتيلا و10 مصابين، وفق ما أوردته وكالة الأنباء السودانية الرسمية.
وأوضحت الوكالة الرسمية أن ضحايا الطائرة العسكرية التي هوت على منزل في الإسكان الحارة (75) مساء أمس الثلاثاء بلغوا 46 قتيلا و10 مصابين.
وأشارت الوكالة السودانية إلى أن هذه الحصيلة أُعلنت "عقب انتهاء عمليات إزالة الأنقاض من المنازل المتضررة بسقوط الطائرة وإتمام الحصر النهائي"، وفق خبر نشرته اليوم الأربعاء.
وكانت وزارة الصحة في ولاية الخرطوم قد أعلنت في وقت سابق مقتل 19 شخصا وإصابة 5 آخرين في تحطم طائرة أنتونوف عسكرية في أم درمان بالقرب من قاعدة عسكرية.
كما أفادت حكومة ولاية الخرطوم بأن طائرة الأنتونوف التابعة للجيش تحطمت بعد دقائق من إقلاعها من قاعدة وادي سيدنا العسكرية وسقطت على منزل سكني.
وكانت مصادر في الجيش السوداني قد أبلغت الجزيرة مباشر، مساء أمس، بأن طائرة عسكرية من طراز أنتونوف سقطت في ضواحي مدينة أم درمان غربي العاصمة الخرطوم بسبب عطل فني.
""", [
    ev("toll-46", "صعدت حصيلة ضحايا الطائرة العسكرية التابعة للجيش السوداني", TOLL, "the final toll reported by SUNA 'اليوم الأربعاء' = Wed 26 Feb 2025"),
    ev("crash", "التي سقطت مساء أمس الثلاثاء", CRASH, "'مساء أمس الثلاثاء' from Wed 26 = Tue 25 Feb 2025"),
    ev("rubble-cleared", "عقب انتهاء عمليات إزالة الأنقاض من المنازل المتضررة", NIGHT[0], "no own expression; the rubble was cleared in the night after the crash and before the toll of Wed 26 Feb 2025 (my span 25-26 Feb)", end=NIGHT[1]),
    ev("earlier-toll-19", "قد أعلنت في وقت سابق مقتل 19 شخصا", NIGHT[0], "'في وقت سابق' before the final toll of Wed 26; Khartoum State's health ministry gave 19 dead late on Tue 25 or early on Wed 26 Feb 2025 (my span)", end="2025-02-27"),
])

art(S, "https://strategianews.net/?p=50493",
    "2025-02-26", "date line 'قسم الأخبار الدولية 26/02/2025' (kept as second line; 26 Feb 2025 was a Wednesday); the body's 'اليوم (الأربعاء)' and 'مساء أمس (الثلاثاء)' agree; headline kept (reworded); the last, truncated clause ('وهو ما يثير تساؤلات حول معايير السلامة ...') dropped", True, """
كارثة جوية في أم درمان: سقوط طائرة عسكرية سودانية يوقع عشرات القتلى وسط اضطرابات متزايدة
قسم الأخبار الدولية 26/02/2025
قُتل أكثر من 46 شخصا، من العسكريين والمدنيين، جراء تحطم طائرة عسكرية للجيش السوداني في حي سكني بالقرب من قاعدة وادي سيدنا الجوية في أم درمان، مساء أمس (الثلاثاء). وذكرت مصادر عسكرية وطبية، اليوم (الأربعاء)، أن الحادث يُرجَّح أن يكون سببه "أعطالا فنية"، في حين تتواصل التحقيقات للوقوف على تفاصيله الدقيقة.
ومن بين القتلى اللواء بحر أحمد، أحد أبرز قادة الجيش السوداني، الذي أدى دورا محوريا في العمليات العسكرية بالعاصمة الخرطوم خلال النزاع الدائر بين الجيش وقوات الدعم السريع. وطرح مقتله أسئلة عن انعكاسات الحادث على الوضع العسكري والسياسي في البلاد، خاصة أن السودان يعيش تصعيدا متواصلا منذ اندلاع المواجهات في أبريل الماضي.
ومع أن الجيش أصدر بيانا موجزا أكد فيه سقوط الطائرة ومقتل عدد من العسكريين والمدنيين، فإنه لم يعلن العدد الرسمي للقتلى ولا طبيعة العطل الفني الذي تسبب في الكارثة. ويرجّح خبراء أن الطائرة كانت في مهمة إمداد أو نقل في ظل وضع عسكري مضطرب.
""", [
    ev("crash", "قُتل أكثر من 46 شخصا، من العسكريين والمدنيين، جراء تحطم طائرة عسكرية", CRASH, "'مساء أمس (الثلاثاء)' from Wed 26 = Tue 25 Feb 2025"),
    ev("sources-technical-cause", "وذكرت مصادر عسكرية وطبية، اليوم (الأربعاء)", TOLL, "'اليوم (الأربعاء)' = Wed 26 Feb 2025 (date line)"),
    ev("officers-killed", "ومن بين القتلى اللواء بحر أحمد", CRASH, "no own expression; Maj. Gen. Bahr Ahmed died in the crash of Tue 25 Feb 2025"),
    ev("war-outbreak", "منذ اندلاع المواجهات في أبريل الماضي", "2023-04-15", "'في أبريل الماضي' — the army-RSF war broke out on Sat 15 Apr 2023 (outside knowledge; read literally from Feb 2025 it would be April 2024, a slip of the outlet)"),
    ev("army-statement", "ومع أن الجيش أصدر بيانا موجزا", CRASH, "no own expression; the army's short statement ('تحطمت إحدى طائراتنا أثناء إقلاعها من مطار وادي سيدنا مساء اليوم', slaati) came on the evening of Tue 25 Feb 2025"),
])
art(S, "https://alnasnews.com.jo/online/?p=792437",
    "2025-02-26", "the body's 'اليوم الأربعاء' and 'مساء أمس الثلاثاء' with the crash of the evening of Tue 25 Feb 2025 (26 Feb 2025 was a Wednesday); the page furniture (ticker words) and the source tag 'وكالة الناس –' dropped; headline kept (reworded); the last, truncated sentence dropped; no date of its own in the text", False, """
حصيلة قتلى الطائرة العسكرية المحطمة في السودان ترتفع إلى 46
أعلن المكتب الإعلامي لولاية الخرطوم اليوم الأربعاء أن حصيلة تحطم طائرة عسكرية سودانية على مبنى سكني في مدينة أم درمان، مساء أمس الثلاثاء، ارتفعت إلى 46 قتيلا من العسكريين والمدنيين.
وذكر المكتب في بيان أن عدد الضحايا بلغ 46 قتيلا و10 جرحى، وذلك بعد إتمام عمليات إزالة الأنقاض من المنازل التي أصابها سقوط الطائرة وانتهاء الحصر النهائي.
وفي وقت سابق من اليوم أفادت وزارة الصحة السودانية في بيان بأن سيارات الإسعاف نقلت مصابين مدنيين، من بينهم طفلان، إلى مستشفى قريب. وشددت الوزارة على أنها توظف كل إمكاناتها لنقل الجرحى من مكان تحطم الطائرة بسيارات الإسعاف.
ومن المنتظر أن تُشيَّع جثامين عدد من القتلى العسكريين والمدنيين صباح اليوم في أم درمان.
وكانت الطائرة، وهي من طراز "أنتونوف 32"، قد تحطمت في حي سكني قرب قاعدة وادي سيدنا الجوية، إحدى أكبر المقار العسكرية للجيش في أم درمان.
وأشارت مصادر عسكرية إلى أن الأرجح أن تكون أسباب فنية وراء سقوط الطائرة.
ومن بين القتلى اللواء بحر أحمد، أحد أبرز قادة الجيش الذين أداروا العمليات العسكرية في العاصمة الخرطوم.
""", [
    ev("toll-46", "ارتفعت إلى 46 قتيلا من العسكريين والمدنيين", TOLL, "'اليوم الأربعاء' = Wed 26 Feb 2025"),
    ev("crash", "تحطم طائرة عسكرية سودانية على مبنى سكني في مدينة أم درمان، مساء أمس الثلاثاء", CRASH, "'مساء أمس الثلاثاء' from Wed 26 = Tue 25 Feb 2025"),
    ev("rubble-cleared", "بعد إتمام عمليات إزالة الأنقاض", NIGHT[0], "no own expression; the rubble was cleared in the night after the crash and before the toll of Wed 26 Feb 2025 (my span 25-26 Feb)", end=NIGHT[1]),
    ev("injured-to-hospital", "بأن سيارات الإسعاف نقلت مصابين مدنيين", NIGHT[0], "no own expression; the ambulances carried the injured from the evening of Tue 25 Feb; the ministry's statement came 'في وقت سابق من اليوم' (Wed 26) — my span 25-26 Feb 2025", end=NIGHT[1]),
    ev("funerals", "ومن المنتظر أن تُشيَّع جثامين عدد من القتلى", TOLL, "'صباح اليوم' = the morning of Wed 26 Feb 2025"),
    ev("officers-killed", "ومن بين القتلى اللواء بحر أحمد، أحد أبرز قادة الجيش الذين", CRASH, "no own expression; Maj. Gen. Bahr Ahmed died in the crash of Tue 25 Feb 2025"),
])

# ---------------------------------------------------------------- saudi-asir-mansour-bin-muqrin-helicopter-2017
S = "saudi-asir-mansour-bin-muqrin-helicopter-2017"
HELI = "2017-11-05"                        # the helicopter of the deputy governor of Asir crashed on the evening of Sun 5 Nov 2017
COURT = "2017-11-06"                       # the Royal Court announced the death on Mon 6 Nov 2017
PRAYER = "2017-11-07"                      # funeral prayer after the afternoon prayer, Imam Turki bin Abdullah mosque, Tue 7 Nov 2017 (18 Safar 1439)
art(S, "https://lnaiq.com/2017/11/05/36141",
    "2017-11-05", "date in the URL '/2017/11/05/' (5 Nov 2017 was a Sunday); the body's 'مساء اليوم الأحد' agrees; headline kept (reworded); no date of its own in the text", True, """
نائب أمير عسير منصور بن مقرن يلقى حتفه في تحطم مروحية بعسير
أفادت وسائل إعلام محلية وناشطون سعوديون عبر مواقع التواصل الاجتماعي بأن مروحية كانت تقل مسؤولين حكوميين كبارا سقطت مساء اليوم الأحد في منطقة عسير.
وبيّنت المعلومات الأولية عن الحادث أن المروحية كانت تقل نائب أمير منطقة عسير الأمير منصور بن مقرن، وبرفقته أمين أبها ومسؤولون آخرون.
ووفق هذه المعلومات الأولية، فقد لقي جميع ركاب الطائرة حتفهم، ومنهم الأمير منصور بن مقرن ووكيل إمارة عسير سلمان الجريش وأمين منطقة عسير صالح القاضي.
وأكد الأمير سطام بن خالد آل سعود في تغريدة على تويتر وفاة كل من كانوا على متن الطائرة، وكتب فيها: "إنا لله وإنا إليه راجعون، اللهم اغفر لعبدك منصور بن مقرن ولجميع من كانوا معه على متن الطائرة، ولا حول ولا قوة إلا بالله".
""", [
    ev("crash", "سقطت مساء اليوم الأحد في منطقة عسير", HELI, "'مساء اليوم الأحد' = Sun 5 Nov 2017 (URL date)"),
    ev("all-killed", "فقد لقي جميع ركاب الطائرة حتفهم", HELI, "no own expression; all aboard died in the crash of the evening of Sun 5 Nov 2017"),
    ev("sattam-tweet", "وأكد الأمير سطام بن خالد آل سعود في تغريدة", HELI, "no own expression; the tweet quoted in the report of the evening of Sun 5 Nov 2017"),
])
art(S, "https://masr11.news/article/275843",
    "2017-11-06", "the body's 'وكان الديوان الملكي قد أعلن اليوم وفاة ...' with the prayer set for 'يوم غد الثلاثاء الموافق 18 / 2 / 1439هـ' (18 Safar 1439 = Tue 7 Nov 2017, checked with hijridate), so the article is of Mon 6 Nov 2017; the section tag 'عرب وعالم' dropped; headline kept (reworded); no date of its own in the text but the Hijri date of the next day", False, """
الملك سلمان يزور الأمير مقرن مواسيا في وفاة ابنه
قام خادم الحرمين الشريفين الملك سلمان بن عبد العزيز بزيارة أخيه الأمير مقرن بن عبد العزيز في قصره بالرياض، لمواساته في رحيل الأمير منصور بن مقرن بن عبد العزيز نائب أمير منطقة عسير، الذي توفي هو ومرافقوه في تحطم الطائرة المروحية بعد جولة تفقد فيها عددا من المشروعات الساحلية في منطقة عسير، ودعا الله أن يشمل الفقيد ومرافقيه بواسع رحمته وأن يسكنهم فسيح جناته.
وفي المقابل، أعرب الأمير مقرن بن عبد العزيز عن تعازيه لخادم الحرمين الشريفين في الفقيد ومرافقيه، سائلا الله العلي القدير أن يعظم أجر خادم الحرمين الشريفين ومثوبته على مواساته الأبوية، وأن يتغمد الفقيد ومرافقيه برحمته الواسعة.
وكان الديوان الملكي قد نعى اليوم الأمير منصور بن مقرن بن عبدالعزيز آل سعود نائب أمير منطقة عسير، على أن تقام الصلاة عليه ـ إن شاء الله ـ يوم غد الثلاثاء الموافق 18 / 2 / 1439هـ، بعد صلاة العصر في جامع الإمام تركي بن عبدالله في مدينة الرياض.
""", [
    ev("king-visit", "قام خادم الحرمين الشريفين الملك سلمان بن عبد العزيز بزيارة أخيه", COURT, "no own expression; the visit of condolence reported with the Royal Court's announcement of 'اليوم' = Mon 6 Nov 2017 (SPA, 17 Safar 1439)"),
    ev("crash", "الذي توفي هو ومرافقوه في تحطم الطائرة المروحية", HELI, "no own expression; the crash of the evening of Sun 5 Nov 2017"),
    ev("inspection-tour", "بعد جولة تفقد فيها عددا من المشروعات الساحلية", HELI, "no own expression; the tour of the coastal projects of Asir on Sun 5 Nov 2017, on the way back from which the helicopter fell"),
    ev("royal-court-announcement", "وكان الديوان الملكي قد نعى اليوم", COURT, "'اليوم' = Mon 6 Nov 2017 (the day before 'يوم غد الثلاثاء الموافق 18 / 2 / 1439هـ')"),
    ev("funeral-prayer", "على أن تقام الصلاة عليه", PRAYER, "'يوم غد الثلاثاء الموافق 18 / 2 / 1439هـ' = Tue 7 Nov 2017 (hijridate)"),
])
art(S, "https://sauress.com/alwatan/320228",
    "2017-11-07", "a copy of the Saudi daily al-Watan, no date on the stored page; the body's 'نعى الديوان الملكي، أمس' (the announcement of Mon 6 Nov), 'مساء أول من أمس' (the crash of Sun 5 Nov) and 'يصلى اليوم على الشهداء' (the prayer of Tue 7 Nov 2017) give the paper of Tue 7 Nov 2017; headline written from the body (the stored text has none); no date of its own in the text", False, """
الحزن يخيم على عسير والصلاة على الأمير منصور بن مقرن ومرافقيه في الرياض
أعلن الديوان الملكي، أمس، وفاة نائب أمير منطقة عسير الأمير منصور بن مقرن بن عبدالعزيز، الذي انتقل إلى رحمة الله، مساء أول من أمس، في حادث تحطم الطائرة المروحية بمحمية ريدة، أثناء عودته مع عدد من مسؤولي منطقة عسير من جولة تفقد خلالها مشروعات تنموية تُنفذ على سواحل البحر الأحمر.
وبينما تقام اليوم -بإذن الله- الصلاة على الشهداء بعد صلاة العصر في جامع الإمام تركي بن عبدالله بمدينة الرياض، عم الحزن منطقة عسير كلها، بعد ساعات عصيبة مرت بها المنطقة منذ غياب المروحية التي كانت تقلهم عن شاشات الرادار وحتى الإعلان عن العثور عليها، في ظل استنفار تام للجهات المختصة بحثا عن ناجين، وإشراف أمير منطقة عسير الأمير فيصل بن خالد ميدانيا على موقع الحادث حتى وقت متأخر.
وقضى الأمير منصور بن مقرن 196 يوما نائبا لأمير منطقة عسير، قام خلالها بنحو 32 جولة تفقدية في مختلف المحافظات والمراكز، وأُوكلت إليه ملفات مهمة عديدة، أبرزها مجلس التنمية السياحية، وتطوير ساحل عسير، ومجلس شباب المنطقة.
""", [
    ev("royal-court-announcement", "أعلن الديوان الملكي، أمس، وفاة", COURT, "'أمس' from Tue 7 = Mon 6 Nov 2017"),
    ev("crash", "في حادث تحطم الطائرة المروحية بمحمية ريدة", HELI, "'مساء أول من أمس' from Tue 7 = the evening of Sun 5 Nov 2017"),
    ev("inspection-tour", "أثناء عودته مع عدد من مسؤولي منطقة عسير من جولة", HELI, "no own expression; the tour of Sun 5 Nov 2017, on the way back from which the helicopter fell"),
    ev("funeral-prayer", "تقام اليوم -بإذن الله- الصلاة على الشهداء", PRAYER, "'اليوم' = Tue 7 Nov 2017 (the paper's day; 18 Safar 1439)"),
    ev("radar-loss-and-search", "منذ غياب المروحية التي كانت تقلهم عن شاشات الرادار", HELI, "no own expression; contact was lost on the afternoon of Sun 5 Nov and the wreck found that evening (moroccosports: 'فقد بها الاتصال ... منذ نحو ساعتين')"),
    ev("deputy-governor-tenure", "وقضى الأمير منصور بن مقرن 196 يوما نائبا لأمير منطقة عسير", "2017-04-22", "'196 يوما' up to his death on Sun 5 Nov 2017 (196 days before it is 23 Apr); the royal order naming him was of Sat 22 Apr 2017 (outside knowledge) — my span 22 Apr - 5 Nov 2017", end="2017-11-06"),
])
art(S, "https://ngmisr.com/arab-news/saudi-news/%d8%aa%d8%b4%d9%8a%d9%8a%d8%b9-%d8%ac%d8%ab%d9%85%d8%a7%d9%86-%d9%86%d8%a7%d8%a6%d8%a8-%d8%a3%d9%85%d9%8a%d8%b1-%d8%b9%d8%b3%d9%8a%d8%b1",
    "2017-11-07", "the body's 'اليوم بعد الثلاثاء 18 صفر 1439 هـ الموافق 7 نوفمبر 2017 م' (kept as it stands, with the stray 'بعد'; 7 Nov 2017 was a Tuesday and 18 Safar 1439, checked with hijridate); headline rendered from the URL slug (the stored text has none); 'النقب طيار' corrected to 'النقيب طيار' in the list of names", True, """
تشييع جثمان نائب أمير عسير
شُيع اليوم بعد الثلاثاء 18 صفر 1439 هـ الموافق 7 نوفمبر 2017 م بعد صلاة العصر جثمان نائب أمير عسير الذي قضى في حادث الطائرة المنكوبة التي كانت تقل الأمير "منصور بن مقرن" ومرافقيه، وشهد صلاة الميت الأمير "أحمد بن عبد العزيز" والأمير "مقرن بن عبد العزيز"، وأقيمت الصلاة في جامع الإمام "تركي بن عبد الله"، حيث استقبلهم الأمير "محمد بن عبد الرحمن" نائب أمير الرياض، كما حضرها سماحة مفتي عام المملكة العربية السعودية وعدد من الأمراء والمواطنين.
وكان نائب أمير عسير الأمير منصور بن مقرن ومرافقوه قد لقوا حتفهم في حادث مروع، إثر تحطم مروحية كانت تقلهم في جولة تفقدية للمشروعات الجارية بمنطقة عسير، وسقطت الطائرة في "محمية برة" في جنوب عسير على الحدود مع اليمن، ولم يُعرف سبب الحادث بعد، وشُيع عصر اليوم جثمانه وجثامين مرافقيه في الطائرة، وهم:
- النقيب "عبدالله الشهري"
- وكيل إمارة عسير "سليمان الجريش"
- محافظ محايل عسير "محمد المتحمي"
- العقيد "سعود السهلي"
- أمين المنطقة المهندس "صالح القاضي"
- رئيس المراسم "خالد الحمد"
- مدير الإدارة العامة لشئون الزراعة "فهد الفرطيش"
- النقيب طيار "نايف الربيعي"
- الملازم أول طيار "محمد الشهراني"
- وكيل رقيب فني "عبد الله بن على حدادي"
""", [
    ev("funeral-prayer", "شُيع اليوم بعد الثلاثاء 18 صفر 1439 هـ", PRAYER, "'اليوم ... الثلاثاء 18 صفر 1439 هـ الموافق 7 نوفمبر 2017 م' = Tue 7 Nov 2017"),
    ev("all-killed", "ومرافقوه قد لقوا حتفهم في حادث مروع", HELI, "no own expression; all aboard died in the crash of the evening of Sun 5 Nov 2017"),
    ev("crash", "إثر تحطم مروحية كانت تقلهم", HELI, "no own expression; the crash of the evening of Sun 5 Nov 2017"),
    ev("inspection-tour", "في جولة تفقدية للمشروعات الجارية بمنطقة عسير", HELI, "no own expression; the tour of Sun 5 Nov 2017"),
])

# ---------------------------------------------------------------- morocco-f16-yemen-saada-2015
S = "morocco-f16-yemen-saada-2015"
LOST = "2015-05-10"                        # the Moroccan F-16 went missing over Saada at 18:00 Moroccan time, Sun 10 May 2015
FIRST = ("2015-05-10", "2015-05-12")       # the first statement of the FAR inspectorate: late on Sun 10 / early on Mon 11 May 2015
SECOND = "2015-05-11"                      # the second statement (verification 'difficult', hostile zone), Mon 11 May 2015
FAMILY = ("2015-05-11", "2015-05-13")      # the pilot's family and father speak to the press, Mon 11 - Tue 12 May 2015
art(S, "https://ar.le360.ma/politique/45043",
    "2015-05-11", "page stamp 'في 11/05/2015 على الساعة 09:01' (kept as second line, once; 11 May 2015 was a Monday); the body's 'مساء يوم أمس الأحد' agrees; the credit 'تحرير من طرف Le360 مع و.م.ع', the repeated stamp and 'DR' dropped; headline kept (reworded)", True, """
المغرب يفقد مقاتلة "إف 16" ضمن التحالف في اليمن
في 11/05/2015 على الساعة 09:01
ذكر بلاغ لمصلحة الصحافة بالمفتشية العامة للقوات المسلحة الملكية أن طائرة مقاتلة من طراز "إف 16"، تابعة لسرب القوات المسلحة الملكية الموضوع رهن إشارة التحالف الذي تقوده العربية السعودية في اليمن، فُقدت منذ الساعة السادسة بالتوقيت المحلي من مساء يوم أمس الأحد.
وبيّن البلاغ أن ربان الطائرة الثانية التي كانت ترافقها لم يستطع التأكد مما إذا كان ربان الطائرة المصابة قد نجح في القفز منها.
وأضاف المصدر نفسه أن الأبحاث والتحقيقات، لحدود كتابة هذا البلاغ، ما زالت جارية بشكل حثيث، على أن يُكشف عن نتائجها لاحقا.
""", [
    ev("first-statement", "ذكر بلاغ لمصلحة الصحافة بالمفتشية العامة للقوات المسلحة الملكية", FIRST[0], "no own expression; the first statement, issued on the night of Sun 10 May ('ليلة الأحد', CNN) or in the first hours of Mon 11 May 2015 (maghress/alittihad) — my span", end=FIRST[1]),
    ev("f16-lost", "فُقدت منذ الساعة السادسة بالتوقيت المحلي من مساء يوم أمس الأحد", LOST, "'الساعة السادسة ... من مساء يوم أمس الأحد' from Mon 11 = Sun 10 May 2015"),
    ev("wingman-saw-no-ejection", "لم يستطع التأكد مما إذا كان ربان الطائرة المصابة قد نجح في القفز", LOST, "no own expression; what the wingman could (not) see when the plane was hit on the evening of Sun 10 May 2015"),
    ev("search-and-inquiry", "ما زالت جارية بشكل حثيث", FIRST[0], "'لحدود كتابة هذا البلاغ' = up to the first statement (night of Sun 10 / Mon 11 May 2015); my span", end=FIRST[1]),
])
art(S, "https://arabic.cnn.com/amphtml/middleeast/2015/05/12/morocco-military-air-fighter",
    "2015-05-12", "date in the URL '/middleeast/2015/05/12/' (12 May 2015 was a Tuesday); the body's 'ليلة الأحد' and 'البلاغ الثاني' agree; headline kept (reworded); the last, truncated words of the family's statement dropped; no date of its own in the text", True, """
الجيش المغربي: صعوبة التحقق من مصير الطيار لسقوط طائرته في منطقة معادية
الرباط، المغرب (CNN) -- أكدت المفتشية العامة للقوات المسلحة الملكية المغربية أن التثبت من سيل الأخبار التي نُشرت عقب فقدان مقاتلة مغربية من طراز F16 في اليمن، والتأكد من أن الأخبار المتداولة تخص الطائرة وربانها، يظل "أمرا صعبا لأن موقع التحطم يقع في منطقة معادية".
وبحسب بلاغ لمصلحة الصحافة بالقوات المذكورة، وزعته وكالة المغرب العربي للأنباء (الوكالة الرسمية في المغرب)، فإن التحقق من الصور واللقطات التي نشرتها بعض المواقع الإلكترونية، وتناقلتها صفحات كثيرة على شبكات التواصل الاجتماعي باعتبارها لحطام المقاتلة ولجثة ربانها، يبقى صعبا.
وهذا هو ثاني بلاغ يصدره الجيش المغربي منذ أن أعلن ليلة الأحد فقدان الطائرة التابعة لسرب القوات المسلحة المغربية المشارك في التحالف الذي تقوده السعودية في اليمن، وكان البلاغ الأول قد ذكر أن ربان الطائرة الثانية المرافقة للطائرة المفقودة لم يتمكن من رؤية ما إذا كان ربانها قد قفز منها أم لا.
وقالت أسرة الربان المفقود لموقع "اليوم 24" المغربي إنها لم تتلق إلى حد الآن أي معلومات مؤكدة عن مصير ابنها.
""", [
    ev("second-statement", "أكدت المفتشية العامة للقوات المسلحة الملكية المغربية أن التثبت", SECOND, "no own expression; the second statement was issued on Mon 11 May 2015 ('صباح الاثنين', maghress/goud, AFP)"),
    ev("f16-lost", "عقب فقدان مقاتلة مغربية من طراز F16 في اليمن", LOST, "no own expression; the loss of Sun 10 May 2015"),
    ev("first-statement", "منذ أن أعلن ليلة الأحد فقدان الطائرة", FIRST[0], "'ليلة الأحد' = the night of Sun 10 May 2015 (or the first hours of Mon 11) — my span", end=FIRST[1]),
    ev("wingman-saw-no-ejection", "لم يتمكن من رؤية ما إذا كان ربانها قد قفز منها", LOST, "no own expression; what the wingman could (not) see on the evening of Sun 10 May 2015"),
    ev("family-statement", "وقالت أسرة الربان المفقود لموقع \"اليوم 24\" المغربي", FAMILY[0], "'حتى الآن' at the time of the report of Tue 12; the family spoke on Mon 11 or Tue 12 May 2015 (al-Jazeera: 'أول أمس الثلاثاء') — my span", end=FAMILY[1]),
])
art(S, "https://www.maghress.com/alraiy/58580",
    "2015-05-12", "a copy of the Moroccan site alraiy, no date on the stored page; the body's 'أول أمس الأحد' for the loss of the plane on Sun 10 May 2015 gives Tue 12 May 2015 (a Tuesday); headline written from the body (the stored text has none); 'قان' corrected to 'كان'; no date of its own in the text", False, """
والد الطيار المغربي المفقود في اليمن: ضباط كبار أبلغوني بأن سقوط الطائرة سببه عطب فني
أفاد والد الطيار المغربي "المفقود" في اليمن، ياسين بحتي، بأن ضباطا كبارا في القوات المسلحة الملكية أبلغوه أن المقاتلة العسكرية التي كان ابنه يقودها في اليمن سقطت بسبب "عطب فني".
وصرح نور الدين بحتي، والد الطيار "المفقود"، لوكالة "الأناضول" التركية قائلا: "اتصل بي ضباط كبار في الجيش وأكدوا أن الطائرة سقطت جراء عطب تقني لحق بها وهي تحلق فوق الأراضي اليمنية".
وتابع الأب في التصريح نفسه أن "الأسرة يحدوها أمل كبير في أن يُعثر على ابني ياسين حيا، مع أن مصيره ما زال مجهولا حتى الآن".
وقال والد ياسين بحتي كذلك: "أسأل الله العلي القدير أن يفرج عنه، وأطالب السلطات المغربية بأن تقوم بواجبها تجاه ياسين لأنه كان يخدم الوطن"، بحسب "الأناضول".
ويُذكر أن ياسين بحتي طيار مغربي برتبة "ملازم" (ليوتنون)، يبلغ من العمر 26 سنة، ويُعد أصغر طيار في المجموعة التي تشن عمليات جوية على معاقل مقاتلي جماعة الحوثي الشيعية في اليمن.
وكانت المقاتلة التي يقودها ياسين بحتي قد هوت في جبال صعدة باليمن أول أمس الأحد، وما زال مصير الطيار المغربي مجهولا.
""", [
    ev("officers-told-father", "بأن ضباطا كبارا في القوات المسلحة الملكية أبلغوه", LOST, "no own expression; the officers called the father between the loss (Sun 10) and his statement (reported Tue 12 May 2015) — my span", end="2015-05-13"),
    ev("father-statement", "وصرح نور الدين بحتي، والد الطيار \"المفقود\"", FAMILY[0], "no own expression; the father's words to Anadolu, reported on Tue 12 May 2015 (my span Mon 11 - Tue 12)", end=FAMILY[1]),
    ev("f16-lost", "قد هوت في جبال صعدة باليمن أول أمس الأحد", LOST, "'أول أمس الأحد' from Tue 12 = Sun 10 May 2015"),
])
art(S, "https://www.aljazeera.net/news/2015/5/14/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D9%84%D8%A7-%D8%AF%D9%84%D9%8A%D9%84-%D8%B9%D9%84%D9%89-%D9%88%D9%81%D8%A7%D8%A9-%D9%82%D8%A7%D8%A6%D8%AF-%D8%A7%D9%84%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9",
    "2015-05-14", "date in the URL '/news/2015/5/14/' (14 May 2015 was a Thursday); the body's 'أمس الأربعاء' agrees; headline kept (reworded); the last, truncated sentence on the family ('أعلنت أول أمس الثلاثاء أنها لا تز…') dropped; no date of its own in the text", False, """
المغرب: لا دليل على مقتل قائد الطائرة التي تحطمت في اليمن
أعلن الجيش المغربي أنه لا يملك دليلا على وفاة قائد المقاتلة المغربية إف16 -التي سقطت الأحد الماضي خلال غارات جوية في اليمن-، موضحا أن البحث عنه متواصل.
وأفادت القوات المسلحة المغربية في بيان أمس الأربعاء، بثته وكالة المغرب العربي للأنباء (رسمية)، بأنه لا يوجد دليل رسمي يثبت وفاة قائد الطائرة بعد تحطمها.
وتابع البيان أن التحليل بيّن أن صور الطيار ومقاطع الحادث المنشورة على مواقع الإنترنت وشبكات التواصل الاجتماعي ربما تعرضت للتلاعب.
وندد البيان بنشر صور الطيار في وسائل إعلام مغربية، معتبرا ذلك تصرفا قد يعرض حياته للخطر.
وكانت قناة المسيرة التابعة للحوثيين قد بثت الاثنين الماضي صور حطام بدا أنه لطائرة تحمل العلم المغربي، وجثة وسط ذلك الحطام.
وقالت القناة إن مضادات الطائرات التابعة للحوثيين أسقطت الطائرة في منطقة وادي نشور بمحافظة صعدة في الشمال الغربي.
وكان المتحدث باسم التحالف العميد أحمد عسيري قد أكد الثلاثاء الماضي سقوط المقاتلة المغربية، مرجعا ذلك إلى خلل فني أو خطأ بشري، ونفى أن يكون الحوثيون قد أسقطوها.
""", [
    ev("f16-lost", "التي سقطت الأحد الماضي خلال غارات جوية في اليمن", LOST, "'الأحد الماضي' from Thu 14 = Sun 10 May 2015"),
    ev("third-statement", "وأفادت القوات المسلحة المغربية في بيان أمس الأربعاء", "2015-05-13", "'أمس الأربعاء' from Thu 14 = Wed 13 May 2015"),
    ev("houthi-footage", "قد بثت الاثنين الماضي صور حطام", SECOND, "'الاثنين الماضي' from Thu 14 = Mon 11 May 2015"),
    ev("asiri-statement", "قد أكد الثلاثاء الماضي سقوط المقاتلة المغربية", "2015-05-12", "'الثلاثاء الماضي' from Thu 14 = Tue 12 May 2015"),
])

# ---------------------------------------------------------------- iraq-duhok-sdf-helicopters-crash-2023
S = "iraq-duhok-sdf-helicopters-crash-2023"
HCRASH = "2023-03-15"                      # the helicopter(s) fell near Birkiyat, Chamanke, Duhok, at 20:40 on Wed 15 Mar 2023
CTD = "2023-03-16"                         # the statement of Kurdistan's counter-terrorism directorate, Thu 16 Mar 2023
SDF = "2023-03-17"                         # the SDF's statement naming its 9 dead (Sherfan Kobani), Fri 17 Mar 2023
art(S, "https://www.alaraby.co.uk/politics/%D9%85%D8%B9%D9%84%D9%88%D9%85%D8%A7%D8%AA-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D8%B9%D9%86-%D8%B3%D9%82%D9%88%D8%B7-%D9%85%D8%B1%D9%88%D8%AD%D9%8A%D8%A9-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D8%B4%D9%85%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%84%D9%8A%D8%B3%D8%AA-%D8%AA%D8%B1%D9%83%D9%8A%D8%A9",
    "2023-03-16", "page date line '16 مارس 2023' (kept as second line; 16 Mar 2023 was a Thursday); the body's 'اليوم الخميس' and 'ليلة أمس الاربعاء' agree; the repeated headline, the photo caption, '+ الخط -' and the inner tags 'قضايا وناس / التحديثات الحية' dropped; headline kept (reworded); the last sentence, cut in the stored page after 'عن سقوط طا', completed from the same article as copied by hathalyoum ('في حقل نفطي في جبل خيري المطل على قرية بيركات، التابعة لناحية جمانكي شمالي محافظة دهوك') and cut before its own truncated end", True, """
معلومات جديدة بشأن المروحية العسكرية التي سقطت شمالي العراق.. ليست تركية
16 مارس 2023
أعلن جهاز مكافحة الإرهاب في إقليم كردستان العراق، شمالي البلاد، اليوم الخميس، تفاصيل جديدة عن المروحية التي سقطت في ضواحي محافظة دهوك المحاذية لتركيا ليلة أمس الاربعاء، مؤكدا أنها ليست تركية، وأن قتلاها أعضاء في حزب العمال الكردستاني الذي ينشط في المنطقة ويتخذ منها قاعدة لعملياته المسلحة ضد تركيا.
وأوضح الجهاز في بيان، الخميس، أنه "في ليلة 15 آذار/مارس 2023، في الساعة 20:40، سقطت طائرة مروحية هليكوبتر قرب قرية بيركيات في منطقة جماني بمحافظة دهوك، فقُتل جميع من كانوا على متنها".
وتابع البيان أن مسؤولي حكومة إقليم كردستان تواصلوا مع الحكومة العراقية والحلفاء والحكومة التركية بشأن سقوط المروحية، فنفوا جميعا أن تكون تابعة لهم. ووفق البيان، أظهرت التحقيقات الأولية أن المروحية من طراز Eurocopter AS350، وأن بعض ركابها القتلى من مقاتلي حزب العمال الكردستاني.
وكان مصدر أمني عراقي قد أبلغ وكالة "شفق نيوز"، أمس الأربعاء، بسقوط طائرة مروحية في حقل نفطي بجبل خيري المطل على قرية بيركات التابعة لناحية جمانكي شمالي محافظة دهوك.
""", [
    ev("ctd-statement", "أعلن جهاز مكافحة الإرهاب في إقليم كردستان العراق", CTD, "'اليوم الخميس' = Thu 16 Mar 2023 (date line)"),
    ev("helicopter-crash", "سقطت طائرة مروحية هليكوبتر قرب قرية بيركيات", HCRASH, "'في ليلة 15 آذار/مارس 2023، في الساعة 20:40' = Wed 15 Mar 2023 (a Wednesday; 'ليلة أمس الاربعاء' agrees)"),
    ev("all-aboard-killed", "فقُتل جميع من كانوا على متنها", HCRASH, "no own expression; all aboard died in the crash of 20:40 on Wed 15 Mar 2023"),
    ev("ownership-denied", "فنفوا جميعا أن تكون تابعة لهم", HCRASH, "no own expression; Baghdad, the coalition and Turkey denied between the night of Wed 15 and the statement of Thu 16 Mar 2023 — my span", end="2023-03-17"),
    ev("preliminary-findings", "أظهرت التحقيقات الأولية أن المروحية من طراز Eurocopter AS350", CTD, "no own expression; the findings given in the statement of Thu 16 Mar 2023"),
    ev("shafaq-report", "قد أبلغ وكالة \"شفق نيوز\"، أمس الأربعاء", HCRASH, "'أمس الأربعاء' from Thu 16 = Wed 15 Mar 2023"),
])
art(S, "https://syriafiles.net/%d9%85%d9%82%d8%aa%d9%84-9-%d8%b9%d9%86%d8%a7%d8%b5%d8%b1-%d9%85%d9%86-%d9%82%d8%b3%d8%af-%d8%a8%d8%aa%d8%ad%d8%b7%d9%85-%d9%85%d8%b1%d9%88%d8%ad%d9%8a%d8%aa%d9%8a%d9%86-%d9%81%d9%8a-%d9%83%d8%b1",
    "2023-03-17", "the body's 'اليوم الجمعة' for the SDF statement of Fri 17 Mar 2023 (a Friday), with 'الخميس' for the counter-terrorism statement of Thu 16 and 'ليل الأربعاء الخميس' for the crash; headline kept (reworded); the last, truncated quotation of Lawk Ghafuri dropped; no date of its own in the text", False, """
قسد: 9 من عناصرنا قتلوا في تحطم مروحيتين بكردستان العراق
أعلنت "قوات سوريا الديمقراطية" (قسد) في بيان، اليوم الجمعة، أن 9 من عناصر وحدات "مكافحة الإرهاب" (YAT)، من بينهم قائد الوحدة شرفان كوباني، قُتلوا في تحطم مروحيتين كانتا تنقلانهم إلى مدينة السليمانية جنوبي إقليم كردستان العراق، جراء سوء الأحوال الجوية.
وأوضح بيان "قسد" أن المجموعة كانت متوجهة إلى الإقليم "لتبادل الخبرات الأمنية والعسكرية، بما يرفع الجاهزية القتالية والأمنية للوحدات كي تواصل مهامها في مكافحة الإرهاب وحماية سكان مناطق شمال وشرق سوريا".
وكانت وسائل إعلام محلية ودولية قد تحدثت في البداية عن سقوط مروحية في منطقة نائية من محافظة دهوك بإقليم كردستان العراق، أدى إلى مقتل عدد من عناصر حزب العمال الكردستاني.
وأفاد جهاز مكافحة الإرهاب في إقليم كردستان في بيان، الخميس، بأن مروحية من طراز يوروكوبتر AS350 "تحطمت" ليل الأربعاء الخميس في منطقة دهوك، "ما أسفر عن مقتل جميع ركابها".
وقال مسؤول التواصل مع الإعلام الأجنبي في حكومة إقليم كردستان لاوك غفوري إن "خمسة أشخاص على الأقل لقوا حتفهم"، مضيفا أن "المسؤولين الأمنيين ما زالوا يحققون لمعرفة الجهة التي تملك المروحية وأسباب الحادث".
""", [
    ev("sdf-statement", "أعلنت \"قوات سوريا الديمقراطية\" (قسد) في بيان، اليوم الجمعة", SDF, "'اليوم الجمعة' = Fri 17 Mar 2023"),
    ev("helicopter-crash", "قُتلوا في تحطم مروحيتين كانتا تنقلانهم", HCRASH, "no own expression; the crash of the evening of Wed 15 Mar 2023 ('15 من آذار' in the SDF statement, alsouria)"),
    ev("yat-trip", "أن المجموعة كانت متوجهة إلى الإقليم", HCRASH, "no own expression; the unit was flying to Sulaymaniyah when it fell on Wed 15 Mar 2023 ('في مسار 15 من آذار', alsouria)"),
    ev("first-media-reports", "قد تحدثت في البداية عن سقوط مروحية", HCRASH, "'في البداية': the first reports of the night of Wed 15 and of Thu 16 Mar 2023 (Shafaq News on Wed 15) — my span", end=SDF),
    ev("ctd-statement", "وأفاد جهاز مكافحة الإرهاب في إقليم كردستان في بيان، الخميس", CTD, "'الخميس' = Thu 16 Mar 2023"),
    ev("ghafuri-statement", "وقال مسؤول التواصل مع الإعلام الأجنبي في حكومة إقليم كردستان", CTD, "no own expression; Lawk Ghafuri spoke to AFP after the statement of Thu 16, before the SDF's of Fri 17 Mar 2023 — my span", end=SDF),
])
art(S, "https://alsouria.net/?p=96550",
    "2023-03-17", "the body's 'اليوم الجمعة' for the SDF statement of Fri 17 Mar 2023 (a Friday; syriafiles and Reuters give the same day); headline written from the body (the stored text has none); the last, truncated sentence dropped; 'حوامتين' and the misspellings of the quoted statement ('فعليات', 'القتاالي') corrected in the re-wording; no date of its own in the text but '15 من آذار مارس'", False, """
قسد تعلن مقتل 9 من عناصرها بينهم القيادي شرفان كوباني في تحطم مروحيتين
أعلنت "قوات سوريا الديمقراطية" (قسد) أن 9 من عناصرها، بينهم قيادي، لقوا حتفهم في تحطم مروحيتين كانتا تنقلانهم من شمال شرق سورية إلى جنوب كردستان العراق.
وذكرت "قسد" في بيان، اليوم الجمعة، أن القيادي الذي قُتل في تحطم المروحيتين هو شرفان كوباني قائد "وحدات مكافحة الإرهاب"، من غير أن تفصح عن طريقة حصولها على الطائرة ولا عمن كان يقودها.
وجاء في التفاصيل أنه "ضمن فعاليات وجهود مكافحة خلايا داعش، توجهت مجموعة من قوات مكافحة الإرهاب YAT التابعة لقواتنا إلى إقليم كردستان لتبادل الخبرات الأمنية والعسكرية، بما يرفع المستوى القتالي والأمني للوحدات لتواصل مهامها في مكافحة الإرهاب وحماية سكان مناطق شمال وشرق سورية".
وأضافت: "أثناء انتقال الوحدة في طريقها إلى مدينة السليمانية في مسار 15 من آذار مارس، سقطت المروحيتان اللتان كانتا تقلانهم بسبب سوء الأحوال الجوية".
وأسفر ذلك عن مقتل العناصر التسعة، ومنهم القيادي شرفان كوباني.
ودعت "قسد" السلطات في جنوب كردستان العراق "إلى التعاون" لتسليم جثث القتلى ونقلها إلى مناطق شمال وشرق سورية.
وتعد هذه الحادثة الأولى من نوعها، إذ لم يسبق لـ"قسد" أن أعلنت مقتل عناصر أو قياديين منها خارج الحدود أثناء تنقلهم بمروحيات.
""", [
    ev("sdf-statement", "وذكرت \"قسد\" في بيان، اليوم الجمعة", SDF, "'اليوم الجمعة' = Fri 17 Mar 2023"),
    ev("yat-trip", "توجهت مجموعة من قوات مكافحة الإرهاب YAT", HCRASH, "no own expression; the unit was on its way to Sulaymaniyah 'في مسار 15 من آذار' = Wed 15 Mar 2023"),
    ev("helicopter-crash", "سقطت المروحيتان اللتان كانتا تقلانهم", HCRASH, "'في مسار 15 من آذار مارس' = Wed 15 Mar 2023"),
    ev("bodies-handover-call", "ودعت \"قسد\" السلطات في جنوب كردستان العراق", SDF, "no own expression; the call made in the statement of Fri 17 Mar 2023"),
])
art(S, "https://nnciraq.com/194206/",
    "2023-03-19", "page date line 'الأحد, 19 مارس 2023 9:20 ص' (kept as second line; 19 Mar 2023 was a Sunday); the dateline 'بغداد/ المركز الخبري الوطني' and the agency's self-reference dropped; headline written from the body (the stored text has none)", True, """
مسرور بارزاني يكشف معلومات جديدة عن المروحية التي تحطمت في دهوك
الأحد, 19 مارس 2023 9:20 ص
أدلى رئيس حكومة إقليم كردستان مسرور بارزاني بمعلومات جديدة عن المروحية التي سقطت في دهوك قبل أيام.
وقال بارزاني خلال مأدبة عشاء أقامها للقنصليات وممثلي الدول الأجنبية، بحسب ما أوردته وسائل إعلام كردية: "قبل أيام قليلة سقطت مروحية، ويكتنف الأمر بعض الغموض، وبعد يوم من الحادث أصدرت قوات سوريا الديمقراطية بيانا أكدت فيه أن المروحية وكل من كانوا على متنها يتبعون لها، ولم تؤكد أجهزتنا الأمنية والاستخبارية إلا تحطم مروحية واحدة، أما الثانية فلم يُتحقق منها بعد. نحن لا ننفي ذلك، لكن هذه المعلومات لا تتوفر لدينا بعد".
وأضاف: "فُتح تحقيق لمعرفة من يملك المروحيات ولماذا كانت هناك، وقد اشترتها مجموعة داخل الاتحاد الوطني، لكننا لا نعلم كيف وصلت إلى قوات سوريا الديمقراطية ولماذا كانت هناك ولماذا تحطمت".
وكانت قوات "سوريا الديمقراطية" قد أعلنت، في وقت سابق، مقتل 9 مقاتلين من وحدات مكافحة الإرهاب، بينهم قائد الوحدات شرفان كوباني، في تحطم مروحيتين كانتا تقلانهم إلى محافظة السليمانية.
""", [
    ev("barzani-remarks", "أدلى رئيس حكومة إقليم كردستان مسرور بارزاني بمعلومات جديدة", SDF, "no own expression; the dinner for the consuls fell after the SDF statement of Fri 17 and before this report of Sun 19 Mar 2023 09:20 — my span Fri 17 - Sun 19", end="2023-03-20"),
    ev("helicopter-crash", "عن المروحية التي سقطت في دهوك قبل أيام", HCRASH, "'قبل أيام' from Sun 19 = the crash of Wed 15 Mar 2023"),
    ev("investigation-opened", "فُتح تحقيق لمعرفة من يملك المروحيات", CTD, "no own expression; the Kurdistan inquiry began with the counter-terrorism statement of Thu 16 and was under way by Barzani's remarks — my span 16-19 Mar 2023", end="2023-03-20"),
    ev("sdf-statement", "قد أعلنت، في وقت سابق، مقتل 9 مقاتلين", SDF, "'في وقت سابق'; the SDF statement of Fri 17 Mar 2023 (Barzani's 'بعد يوم من الحادث' is loose)"),
])

# ---------------------------------------------------------------- yemenia-626-comoros-crash-2009
S = "yemenia-626-comoros-crash-2009"
YCRASH = "2009-06-30"                      # Yemenia flight 626 (Airbus A310) fell into the sea off Moroni at about 01:50 local time, Tue 30 Jun 2009
BOARD = "2009-06-29"                       # the passengers left Paris / Marseille on Mon 29 Jun 2009 and changed planes in Sanaa that evening
art(S, "https://www.yemeress.com/almasdar/1042",
    "2009-06-30", "a copy of the Yemeni site almasdar, no date on the stored page; the body's 'اليوم الثلاثاء' for the crash of the small hours of Tue 30 Jun 2009 (30 Jun 2009 was a Tuesday) gives that day; headline written from the body (the stored text has none); 'اليمينة' corrected to 'اليمنية'; the last, truncated words of the al-Jazeera sentence ('وهناك أيضا بعض الي…') dropped; no date of its own in the text", False, """
تحطم طائرة ركاب يمنية قبالة جزر القمر وعلى متنها 153 شخصا
أفاد مسؤول حكومي يمني اليوم الثلاثاء بأن طائرة ركاب تابعة لشركة الطيران الحكومية اليمنية سقطت في جزر القمر بالمحيط الهندي وعلى متنها 153 شخصا.
وصرح ايدي نادهويم، نائب رئيس جزر القمر، لرويترز من مطار العاصمة موروني: "لا نعلم إن كان أحد من الأشخاص المئة والخمسين الذين كانت تقلهم الطائرة قد نجا."
وأوضح أن الحادث وقع في الساعات الاولى يوم الثلاثاء، من دون أن يتمكن من تقديم تفاصيل أخرى.
ولم يُعرف مكان الحادث على الفور، غير أن موظفا طبيا في بلدة ميتساميولي بجزيرة القمر الكبرى قال إنه طُلب منه الحضور إلى المستشفى.
وقال لرويترز: "اتصلوا بي للتو لأحضر إلى المستشفى. أخبروني أن طائرة تحطمت."
وذكر مصدر في شرطة جزر القمر أن الاعتقاد السائد هو أن الطائرة هوت في البحر.
وأضاف: "الحقيقة أننا لا نملك إمكانات للإنقاذ في البحر."
وتقع جزر القمر الثلاث الصغيرة في قناة موزامبيق، على مسافة 300 كيلومتر إلى الشمال الغربي من مدغشقر، وعلى مسافة مماثلة إلى الشرق من القارة الأفريقية.
من جهة أخرى، قال مسؤول في شركة الخطوط الجوية اليمنية إن الطائرة سقطت في البحر قبل 15 دقيقة فقط من موعد وصولها المقرر إلى موروني عاصمة جزر القمر.
وذكرت قناة الجزيرة أن الطائرة، وهي من طراز إيرباص 310، سقطت بسبب سوء الأحوال الجوية، وأن معظم ركابها من جزر القمر.
""", [
    ev("crash", "سقطت في جزر القمر بالمحيط الهندي وعلى متنها 153 شخصا", YCRASH, "'اليوم الثلاثاء' = Tue 30 Jun 2009 ('في الساعات الاولى يوم الثلاثاء'; about 01:50 Moroni time, 22:50 GMT on Mon 29 — the local day is kept)"),
    ev("vice-president-statement", "وصرح ايدي نادهويم، نائب رئيس جزر القمر، لرويترز", YCRASH, "no own expression; said at Moroni airport on the morning of Tue 30 Jun 2009 (the report's 'اليوم الثلاثاء')"),
    ev("medic-called", "قال إنه طُلب منه الحضور إلى المستشفى", YCRASH, "no own expression; 'للتو' in the report of Tue 30 Jun 2009"),
])
art(S, "https://sauress.com/spa/680375",
    "2009-07-01", "a copy of a Saudi Press Agency (SPA) item, no date on the stored page; the body's 'مساء اليوم الأربعاء' and 'فجر أمس' for the crash of Tue 30 Jun 2009 give Wed 1 Jul 2009 (a Wednesday); SPA's '//' quotation marks, '/ موروني/' and the closing '// انتهى // 2222 ت م' dropped; headline written from the body (the stored text has none)", True, """
فريق غواصين يمني يتوجه إلى موروني للبحث عن ركاب الطائرة المنكوبة
أعلنت اللجنة اليمنية العليا لحوادث الطيران أن فريق غواصين من القوات الخاصة اليمنية سيغادر مساء اليوم الأربعاء إلى موروني، عاصمة جزر القمر، للمشاركة في عمليات البحث والإنقاذ لركاب الطائرة اليمنية المنكوبة التي سقطت قبالة سواحل جزر القمر فجر أمس.
وأوضح المتحدث باسم اللجنة، وكيل الهيئة العامة للطيران المدني والأرصاد محمد عبدالقادر، في مؤتمر صحفي اليوم، أن فريقا فنيا يمنيا إضافيا سيرافق فريق الغواصين للمشاركة في التحقيق في ظروف تحطم الطائرة.
وبيّن أن ركاب الطائرة المنكوبة، وعددهم 153، يتوزعون على 75 من جزر القمر و65 فرنسيا وكندي وفلسطيني، إلى جانب طاقم الطائرة المؤلف من 11 فردا هم 6 يمنيين ومغربيتان وإندونيسية وإثيوبية وفلبينية.
ولفت عبدالقادر إلى أن طائرات فرنسية وأمريكية تشارك حاليا في عمليات البحث والإنقاذ.
وشدد على أن اللجنة، من خلال متابعتها مع جهات رسمية عدة، لم تتلق تأكيدا لوجود أي ناجين جدد كما تداولت بعض وسائل الإعلام، وأن الناجية الوحيدة حتى مساء اليوم هي الفتاة الفرنسية البالغة من العمر 14 عاماً.
""", [
    ev("divers-sent", "سيغادر مساء اليوم الأربعاء إلى موروني", "2009-07-01", "'مساء اليوم الأربعاء' = Wed 1 Jul 2009"),
    ev("crash", "التي سقطت قبالة سواحل جزر القمر فجر أمس", YCRASH, "'فجر أمس' from Wed 1 Jul = the small hours of Tue 30 Jun 2009"),
    ev("press-conference", "محمد عبدالقادر، في مؤتمر صحفي اليوم", "2009-07-01", "'اليوم' = Wed 1 Jul 2009"),
    ev("search-by-planes", "أن طائرات فرنسية وأمريكية تشارك حاليا في عمليات البحث والإنقاذ", YCRASH, "'حاليا' on Wed 1 Jul; the French planes from Mayotte and Réunion searched from Tue 30 Jun 2009 — my span 30 Jun - 1 Jul", end="2009-07-02"),
    ev("sole-survivor", "وأن الناجية الوحيدة حتى مساء اليوم هي الفتاة", YCRASH, "'حتى مساء اليوم' (Wed 1 Jul); the girl was pulled out of the sea on Tue 30 Jun 2009, the day of the crash"),
])
art(S, "http://www.aljazeera.net/news/arabic/2009/7/1/%D8%A8%D9%87%D9%8A%D8%A9-%D8%A7%D9%84%D9%86%D8%A7%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D9%88%D8%AD%D9%8A%D8%AF%D8%A9-%D9%85%D9%86-%D9%83%D8%A7%D8%B1%D8%AB%D8%A9-%D8%A7%D9%84%D9%8A%D9%85%D9%86%D9%8A%D8%A9",
    "2009-07-01", "page date line 'آخر تحديث: 2009/7/1 الساعة 20:34 (مكة المكرمة) الموافق 1430/7/9 هـ' (kept once as second line; 1 Jul 2009 was a Wednesday — by hijridate 9 Rajab 1430 is 2 Jul, the page's Hijri is one day ahead) and the URL '/2009/7/1/' agree; 'اغلاق', the repeated date line and headline, the photo caption, the sub-heading 'روايات' and the truncated pull-quote of the father dropped; headline kept (reworded)", True, """
بهية.. الناجية الوحيدة من كارثة "اليمنية"
آخر تحديث: 2009/7/1 الساعة 20:34 (مكة المكرمة) الموافق 1430/7/9 هـ
بهية بكري، فتاة نحيلة في الثالثة عشرة من عمرها، ربما تكون الناجية الوحيدة حتى الساعة من تحطم طائرة الإيرباص "أيه 310" التابعة لشركة الخطوط الجوية اليمنية قبالة سواحل جزر القمر.
ولم تُصب بهية، التي نجت بأعجوبة من بين 153 راكبا وأعضاء الطاقم، إلا بكسر في عظمة الترقوة وحروق في الركبة، بعدما قضت ساعات عدة في الماء متمسكة بقطعة من الحطام.
وكانت بهية قد صعدت إلى الطائرة برفقة والدتها في مرسيليا، حيث تعيش جالية كبيرة من جزر القمر، لقضاء عطلة الصيف في بلدها. وكان من المرجح أن تقيم في قرية نيومادزاها التي تتحدر منها، في جنوب شرق جزيرة القمر الكبرى، إحدى الجزر الثلاث التي يتألف منها هذا الأرخبيل الفقير في المحيط الهندي.
وبعد انتقالها إلى طائرة أخرى في صنعاء عبر الترانزيت، أخذت الطائرة تحيد عن مسارها إثر محاولة أولى للهبوط، ثم تحطمت في المحيط الهندي على بعد كيلومترات من سواحل جزر القمر، وفق روايات عدد من الشهود.
""", [
    ev("sole-survivor", "ربما تكون الناجية الوحيدة حتى الساعة", YCRASH, "'حتى الساعة' (Wed 1 Jul); she survived the crash of Tue 30 Jun 2009 and was rescued that day"),
    ev("hours-in-water", "بعدما قضت ساعات عدة في الماء متمسكة بقطعة من الحطام", YCRASH, "no own expression; from the crash (about 01:50) to her rescue in the morning of Tue 30 Jun 2009"),
    ev("boarded-in-marseille", "صعدت إلى الطائرة برفقة والدتها في مرسيليا", BOARD, "no own expression; the flight left Paris and stopped in Marseille on Mon 29 Jun 2009 (outside knowledge: the flight of 29 June)"),
    ev("plane-change-sanaa", "وبعد انتقالها إلى طائرة أخرى في صنعاء عبر الترانزيت", BOARD, "no own expression; the A310 left Sanaa for Moroni at 21:45 on Mon 29 Jun 2009 (algomhoriah: 'مساء أمس الاثنين')"),
    ev("crash", "ثم تحطمت في المحيط الهندي على بعد كيلومترات", YCRASH, "no own expression; the crash of the small hours of Tue 30 Jun 2009"),
])
art(S, "http://archive.aawsat.com/details.asp?section=1&issueno=11174&article=525851&feature=",
    "2009-07-02", "Asharq al-Awsat, issue 11174, no date on the stored page; the body's 'أول من أمس' for the crash of Tue 30 Jun 2009 gives the paper of Thu 2 Jul 2009 (a Thursday; the photo caption's 'أمس' for Bahia in hospital agrees); the sub-headline on the Comorian vice-president, the photo caption, 'TT' and the last, truncated sentence dropped; headline kept (reworded)", False, """
بهية، الناجية الوحيدة، تمسكت بقطعة حطام لساعات وسط بحر هائج
بقيت بهية بكري، الفتاة النحيلة ذات الثلاثة عشر عاما، عدة ساعات في الماء وسط أمواج عاتية، متمسكة بقطعة حطام من طائرة الإيرباص اليمنية التي هوت أول من أمس قبالة ساحل جزر القمر. وقال والدها قاسم بكري لإذاعة «آر تي إل»، وفق تقرير لوكالة الصحافة الفرنسية: «لم تحس بشيء. لم تنتبه لنفسها إلا وهي في الماء تسمع أشخاصا يتحدثون من حولها. لم تر أحدا في الليل، وظلت متمسكة بشيء لا أعرف ما هو. قالت إنها قُذفت من مقعدها ووجدت نفسها عندها خارج الطائرة لا في داخلها».
أما ما تبقى من القصة فيرويه أحد المنقذين، الذي وصف كيف شاهدها تسبح في بحر هائج بين الجثث وقطع الحطام. وبهية هي الوحيدة التي نجت من بين الـ153 الذين كانوا على متن طائرة الخطوط اليمنية، ولم تتعد إصاباتها كسرا في عظمة الترقوة وحروقا في الركبة، بعد أن مكثت ساعات عدة في الماء متعلقة بقطعة من الحطام. وكانت بكري قد استقلت الطائرة مع والدتها في مرسيليا، حيث تقيم جالية كبيرة من جزر القمر، لقضاء عطلة الصيف في جزر القمر.
""", [
    ev("hours-in-water", "عدة ساعات في الماء وسط أمواج عاتية", YCRASH, "no own expression; from the crash to her rescue on the morning of Tue 30 Jun 2009"),
    ev("crash", "التي هوت أول من أمس قبالة ساحل جزر القمر", YCRASH, "'أول من أمس' from Thu 2 Jul = Tue 30 Jun 2009"),
    ev("father-radio", "وقال والدها قاسم بكري لإذاعة «آر تي إل»", YCRASH, "no own expression; the father spoke to RTL after her rescue, on Tue 30 Jun or Wed 1 Jul 2009 (AFP) — my span", end="2009-07-02"),
    ev("rescuer-account", "الذي وصف كيف شاهدها تسبح في بحر هائج", YCRASH, "no own expression; what the rescuer saw when he found her on the morning of Tue 30 Jun 2009"),
    ev("sole-survivor", "وبهية هي الوحيدة التي نجت من بين الـ153", YCRASH, "no own expression; she survived the crash of Tue 30 Jun 2009"),
    ev("boarded-in-marseille", "قد استقلت الطائرة مع والدتها في مرسيليا", BOARD, "no own expression; Marseille stop of the flight of Mon 29 Jun 2009"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 344
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
