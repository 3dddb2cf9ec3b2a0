"""Builds stories.jsonl: the 431-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: livestock, animals and veterinary news in Arab countries:
foot-and-mouth, lumpy-skin and bird-flu outbreaks, vaccination campaigns for cattle, sacrifice-animal prices
before Eid al-Adha, stray-dog campaigns, zoo incidents.
Stories: see README.md.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-tlemcen-mansourah-zoo-lions-keeper-2025
S = "algeria-tlemcen-mansourah-zoo-lions-keeper-2025"
KILLED = "2025-03-30"                      # the keeper was killed by three lions on Sun 30 Mar 2025 ('أمس' in annahar of Mon 31 Mar)
CLOSED = ("2021-01-01", "2022-01-01")      # the zoo closed to the public by the wali's decision 'منذ سنة 2021'
FAYOUM = "2025-01-31"                      # the Fayoum zoo keeper killed by a lion, Fri 31 Jan 2025 (stories291)
art(S, "https://en.annahar.com/arab-world/north-africa/205746/غربي-الجزائر-3-أسود-تفترس-حارسها",
    "2025-03-31", "page date line 'شمال إفريقيا 31-03-2025 | 10:43' (kept as '31-03-2025 | 10:43'; 31 Mar 2025 was a Monday); headline and sub-heading of the page reworded; 'Smaller Bigger', tags and the 'most read' list dropped", True, """
غربي الجزائر... ثلاثة أسود تنهش حارسها
31-03-2025 | 10:43
لقي حارس حديقة للحيوانات في مدينة المنصورة التابعة لمحافظة تلمسان، في أقصى غرب الجزائر، حتفه أمس، بعدما هاجمته ثلاثة أسود داخل الحديقة.
والضحية شاب في العقد الثاني من عمره، يشتغل حارسا للحديقة التي أُغلقت منذ سنة 2021 بقرار من والي محافظة تلمسان بسبب "سوء ظروف إيواء الحيوانات".
وبحسب ما يجري تداوله، كان الحارس يتكفل برعاية حيوانات الحديقة، وقد باغتته الأسود بهجومها بينما كان يقدم لها الطعام كما اعتاد أن يفعل.
وروى شهود عيان أن جثة الحارس تحولت إلى أشلاء بعد أن افترسته الأسود الثلاثة بضراوة، وهو ما عقّد عملية دفنه.
""", [
    ev("keeper-killed", "حتفه أمس، بعدما هاجمته ثلاثة أسود", KILLED, "'أمس' in an article of Mon 31 Mar 2025 = Sun 30 Mar 2025"),
    ev("zoo-closed-2021", "التي أُغلقت منذ سنة 2021 بقرار من والي محافظة تلمسان", CLOSED[0], "'منذ سنة 2021' = the closure decision, some day of 2021 (year span)", end=CLOSED[1]),
    ev("lions-attack-while-feeding", "باغتته الأسود بهجومها بينما كان يقدم لها الطعام", KILLED, "no own expression; the attack during the feeding that killed him on Sun 30 Mar 2025"),
])
art(S, "https://newsalist.net/thlathh-aswd-tftrs-harsha-fy-aljzaer",
    "2025-03-31", "page date line 'نيوزاليست الاثنين، 31 مارس 2025' (kept as 'الاثنين، 31 مارس 2025'; 31 Mar 2025 was a Monday); headline kept (reworded); the slogan, menus, author box and related links dropped", True, """
ثلاثة أسود تفترس حارسها في الجزائر
الاثنين، 31 مارس 2025
عاشت ولاية تلمسان الجزائرية حادثة مأساوية، إذ انقضّت ثلاثة أسود على حارس في حديقة حيوانات مغلقة، فتوفي بطريقة مروعة.
وذكرت وسائل إعلام جزائرية أن الواقعة جرت بينما كان الحارس يؤدي عمله داخل حديقة المنصورة، فقد كان يقدم الطعام للأسود فهاجمته وافترسته إلى أن فارق الحياة.
وبحسب المصادر، فإن الحديقة ذاتها موصدة أمام الجمهور منذ عام 2021 بقرار ولائي، بسبب أوضاع منها ضيق أماكن إيواء الحيوانات، غير أن الموظفين واصلوا العناية بالحيوانات الموجودة فيها.
وأثارت الحادثة ردود فعل كثيرة على منصات التواصل الاجتماعي في الجزائر، حيث أبدى بعض المستخدمين تعاطفهم مع الحارس الذي لقي مصرعه.
وانتقد آخرون إجراءات السلامة في المكان، متسائلين كيف سُمح للحارس بدخول قفص الأسود من دون حماية كافية، ولماذا لم تُنقل الحيوانات مع أن الحديقة مغلقة منذ سنوات.
""", [
    ev("keeper-killed", "انقضّت ثلاثة أسود على حارس في حديقة حيوانات مغلقة", KILLED, "no own expression; the attack of Sun 30 Mar 2025 (annahar: 'أمس' on Mon 31 Mar)"),
    ev("lions-attack-while-feeding", "كان يقدم الطعام للأسود فهاجمته وافترسته", KILLED, "no own expression; the feeding during which he was killed, Sun 30 Mar 2025"),
    ev("zoo-closed-2021", "موصدة أمام الجمهور منذ عام 2021 بقرار ولائي", CLOSED[0], "'منذ عام 2021' = the closure decision, some day of 2021 (year span)", end=CLOSED[1]),
    ev("social-media-reactions", "وأثارت الحادثة ردود فعل كثيرة على منصات التواصل الاجتماعي", KILLED, "no own expression; the reactions between the death on Sun 30 and the report of Mon 31 Mar 2025 (my span)", end="2025-04-01"),
])
art(S, "https://newsy.akhbarkalaan.com/uncategorized/56537/3-%D8%A3%D8%B3%D9%88%D8%AF-%D8%AA%D9%81%D8%AA%D8%B1%D8%B3-%D8%AD%D8%A7%D8%B1%D8%B3%D8%A7-%D9%81%D9%8A-%D8%AD%D8%AF%D9%8A%D9%82%D8%A9-%D8%AD%D9%8A%D9%88%D8%A7%D9%86-%D8%A8%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1---%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1%D9%83-%D8%A7%D9%84%D8%A7%D9%86.html",
    "2025-03-31", "the page's stamp line 'اخبارك الان, اليوم الاثنين 31 مارس 2025 04:10 صباحاً' (dropped with the site's lead-in 'نعرض لكم زوارنا...'; 31 Mar 2025 was a Monday); headline kept (reworded, the site tag dropped); no date of its own in the text", False, """
ثلاثة أسود تفترس حارسا في حديقة حيوان بالجزائر
عرفت ولاية تلمسان الجزائرية فاجعة مؤلمة ذهب ضحيتها حارس في حديقة الحيوانات المغلقة الواقعة ببلدية منصورة.
وأوردت وسائل إعلام محلية أن الحادثة وقعت خلال أداء الحارس لعمله داخل الحديقة، إذ كان يقدم الطعام للأسود فانقضت عليه وافترسته، ما أودى بحياته، في حين لم يُعرف سبب مهاجمته.
وبيّنت صحيفة "النهار" أن حديقة الحيوانات الكائنة ببلدية منصورة في ولاية تلمسان مغلقة منذ سنة 2021 بقرار ولائي لأسباب عدة، من بينها إيواء الحيوانات المعروضة للجمهور في أماكن ضيقة.
ورغم غلق الحديقة أمام الزوار، استمر موظفوها في العناية بالكثير من أصناف الحيوانات البرية والغريبة التي تضمها.
وتعيد الحادثة التي وقعت مؤخرًا في تلمسان إلى الأذهان واقعة مشابهة جرت في نهاية شهر يناير في مصر، حين هاجم أسد حارس حديقة حيوان كان يرعاه منذ سنوات في محافظة الفيوم، ثم التهمه.
""", [
    ev("keeper-killed", "فاجعة مؤلمة ذهب ضحيتها حارس", KILLED, "no own expression ('مؤخرًا' later); the attack of Sun 30 Mar 2025"),
    ev("lions-attack-while-feeding", "كان يقدم الطعام للأسود فانقضت عليه وافترسته", KILLED, "no own expression; the feeding during which he was killed, Sun 30 Mar 2025"),
    ev("zoo-closed-2021", "مغلقة منذ سنة 2021 بقرار ولائي", CLOSED[0], "'منذ سنة 2021' = the closure decision, some day of 2021 (year span)", end=CLOSED[1]),
    ev("fayoum-lion-kills-keeper", "حين هاجم أسد حارس حديقة حيوان كان يرعاه", FAYOUM, "'في نهاية شهر يناير' = the Fayoum zoo attack of Fri 31 Jan 2025 (stories291; the24: 'صباح اليوم الجمعة')"),
])
art(S, "https://egypttelegraph.com/article/132876/حب-يغديهم-فاتغدوا-بيه-3-أسود-تلتهم",
    "2025-04-02", "page date line 'الأربعاء، 02 أبريل 2025' with the time '03:32 ص' (dropped; 2 Apr 2025 was a Wednesday); headline kept without the opening proverb (reworded); the photo captions 'أسود - أرشيفية' and the last, truncated paragraph dropped; no date of its own in the text", False, """
ثلاثة أسود تلتهم حارس حديقة حيوان في الجزائر
لقي حارس حديقة حيوانات في مدينة المنصورة بمحافظة تلمسان، في أقصى الغرب الجزائري، مصرعه إثر هجوم قاتل شنته عليه ثلاثة أسود داخل الحديقة، بحسب ما نشرته صحيفة النهار الجزائرية.
والضحية شاب في العقد الثاني من عمره، كان يعمل حارسًا للحديقة التي أُغلقت منذ عام 2021 بقرار من والي تلمسان بسبب رداءة ظروف إيواء الحيوانات، وبينما كان يؤدي مهامه المعتادة بإطعام الأسود، باغتته بهجوم أودى بحياته في الحال.
وبحسب شهود عيان، انقضت الأسود على الحارس بضراوة حتى صارت جثته أشلاء، ما صعّب عملية دفنه.
حادثة مماثلة في مصر
وأعادت واقعة تلمسان إلى الأذهان حادثة شبيهة عرفتها مصر في نهاية شهر يناير، حين تعرض حارس حديقة حيوان في محافظة الفيوم لهجوم مميت من أسد كان يعتني به لسنوات.
وفي تفاصيل الحادثة، كان الحارس سعيد جابر، البالغ من العمر 47 عامًا، يقدم وجبة الغداء للأسد، ففوجئ بانقضاض الحيوان عليه والتهامه جزءًا منه، ما أدى إلى وفاته متأثرًا بإصاباته في الرأس، وسط هلع رواد الحديقة.
""", [
    ev("keeper-killed", "مصرعه إثر هجوم قاتل شنته عليه ثلاثة أسود", KILLED, "no own expression; the attack of Sun 30 Mar 2025 (annahar: 'أمس' on Mon 31 Mar)"),
    ev("zoo-closed-2021", "التي أُغلقت منذ عام 2021 بقرار من والي تلمسان", CLOSED[0], "'منذ عام 2021' = the closure decision, some day of 2021 (year span)", end=CLOSED[1]),
    ev("lions-attack-while-feeding", "كان يؤدي مهامه المعتادة بإطعام الأسود، باغتته بهجوم", KILLED, "no own expression; the feeding during which he was killed, Sun 30 Mar 2025"),
    ev("fayoum-lion-kills-keeper", "تعرض حارس حديقة حيوان في محافظة الفيوم لهجوم مميت", FAYOUM, "'في نهاية شهر يناير' = the Fayoum zoo attack of Fri 31 Jan 2025 (stories291; the24: 'صباح اليوم الجمعة')"),
])


# ---------------------------------------------------------------- saudi-riyadh-aziziyah-bird-market-h5n8-2017
S = "saudi-riyadh-aziziyah-bird-market-h5n8-2017"
ANNOUNCED = "2017-12-20"                   # the ministry announced the H5N8 cases in al-Aziziyah bird market on Wed 20 Dec 2017
FOUND = ("2017-12-19", "2017-12-21")       # the report of dead birds and the laboratory finding, 19-20 Dec 2017 (my span)
CULL = ("2017-12-20", "2017-12-22")        # culling and disinfection of the market, Wed 20 - Thu 21 Dec 2017
DONE = "2017-12-21"                        # culling and disinfection finished on Thu 21 Dec 2017 (alriyadh: 'انتهت الخميس')
KHARJ = "2017-12-23"                       # Kharj municipality: infected birds in a shop in al-Sayh, Sat 23 Dec 2017
art(S, "https://admin.slaati.com/2017/12/20/p946549.html",
    "2017-12-20", "date in the URL '/2017/12/20/' (20 Dec 2017 was a Wednesday) and the body's 'اليوم الأربعاء'; headline kept (reworded); byline 'عادل الحربي', share buttons and the site's latest-news list dropped", True, """
البيئة: إصابات جديدة بإنفلونزا الطيور في الرياض
كشفت وزارة البيئة والمياه والزراعة، اليوم الأربعاء، عن ظهور إصابات جديدة بمرض الإنفلونزا (H5N8) بين الطيور في سوق العزيزية بمدينة الرياض.
وبيّنت الوزارة أنه بمجرد تلقي الغرفة المركزية للمعلومات والطوارئ التابعة لها بلاغا يفيد بنفوق ملحوظ في الطيور، انتقلت فرق الطوارئ البيطرية إلى موقع الإصابة، وجمعت عينات من الطيور المصابة والنافقة والمخالطة، ثم فحصتها في مختبر التشخيص البيطري بالرياض.
وأفاد المتحدث بأن الفحص أثبت وجود إصابة بإنفلونزا الطيور عالية الضراوة (H5N8) في الدجاج البلدي والرومي والبط، وأنه جرى، بالتنسيق مع وزارة الداخلية ووزارة الشؤون البلدية والقروية ووزارة الصحة، تطبيق إجراءات الوقاية وخطط الطوارئ الخاصة بالمرض، وإغلاق السوق بالكامل.
""", [
    ev("outbreak-announced", "كشفت وزارة البيئة والمياه والزراعة، اليوم الأربعاء", ANNOUNCED, "'اليوم الأربعاء' = Wed 20 Dec 2017 (URL date)"),
    ev("dead-birds-reported", "بلاغا يفيد بنفوق ملحوظ في الطيور", "2017-12-18", "no own expression; the report that came before the announcement of Wed 20 Dec (almowaten's first report: 'بعد ورود بلاغ أمس'); my span 18-19 Dec 2017", end=ANNOUNCED),
    ev("aziziyah-infection", "الفحص أثبت وجود إصابة بإنفلونزا الطيور عالية الضراوة", FOUND[0], "no own expression; the laboratory finding just before or on the announcement day (my span 19-20 Dec 2017)", end=FOUND[1]),
    ev("aziziyah-culling-disinfection", "تطبيق إجراءات الوقاية وخطط الطوارئ الخاصة بالمرض", CULL[0], "no own expression; the emergency plan applied from Wed 20 Dec until the end of culling on Thu 21 Dec 2017", end=CULL[1]),
    ev("market-closed", "وإغلاق السوق بالكامل", FOUND[0], "no own expression; the closure of the market with the finding, 19-20 Dec 2017 (my span)", end=FOUND[1]),
])
art(S, "https://www.almowaten.net/2017/12/%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-60-%D8%A3%D9%84%D9%81-%D8%B7%D9%8A%D8%B1-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D8%A7%D9%86%D9%81%D9%84%D9%88%D9%86%D8%B2%D8%A7-%D8%A7%D9%84%D8%B7",
    "2017-12-21", "month in the URL '/2017/12/'; the body's 'ستتم بنهاية هذا اليوم' for the end of culling and disinfection, which the same statement in alriyadh (sauress.com/alriyadh/1648625) puts on 'الخميس' = Thu 21 Dec 2017; headline rendered from the URL slug; the site's news ticker dropped; the last, truncated sentence completed from the same statement in alriyadh; no date of its own in the text", False, """
إعدام 60 ألف طير بعد اكتشاف إنفلونزا الطيور في الرياض
أكدت وزارة البيئة والمياه والزراعة اكتمال إجراءات السيطرة على حالات الإصابة بإنفلونزا الطيور من نوع H5N8 في سوق العزيزية بمدينة الرياض.
وأوضحت الوزارة أنها أنجزت إجراءات التخلص والتطهير في نحو 95% من سوق العزيزية، شملت قرابة 60 ألف طير، لافتة إلى أن جميع إجراءات التخلص والتطهير في السوق ستتم بنهاية هذا اليوم، بالتعاون مع وزارة الشؤون البلدية والقروية ممثلة في أمانة مدينة الرياض.
وطمأنت الوزارة الجميع بأن هذا النوع من إنفلونزا الطيور لم تُسجل معه أي حالة انتقال إلى البشر، وفقا لمنظمة الصحة العالمية WHO.
وكشفت الوزارة أنها تعمل على مسارين متوازيين، أولهما مكافحة الحالات المصابة والمخالطة والسيطرة عليها، والثاني الإجراءات الاحترازية والوقائية والاستقصائية لمنع انتشار المرض وانتقاله إلى مناطق أخرى.
""", [
    ev("control-complete-statement", "أكدت وزارة البيئة والمياه والزراعة اكتمال إجراءات السيطرة", DONE, "no own expression; the statement of Thu 21 Dec 2017 ('بنهاية هذا اليوم' = the Thursday of alriyadh's 'انتهت الخميس')"),
    ev("aziziyah-infection", "حالات الإصابة بإنفلونزا الطيور من نوع H5N8", FOUND[0], "no own expression; the cases found in the market, 19-20 Dec 2017 (my span)", end=FOUND[1]),
    ev("aziziyah-culling-disinfection", "أنجزت إجراءات التخلص والتطهير في نحو 95% من سوق العزيزية", CULL[0], "no own expression; the culling of about 60,000 birds from Wed 20 to Thu 21 Dec 2017", end=CULL[1]),
    ev("culling-finished", "ستتم بنهاية هذا اليوم", DONE, "'بنهاية هذا اليوم' = Thu 21 Dec 2017 (alriyadh: 'انتهت الخميس')"),
])
art(S, "https://akhbaar24.com/ampArticle/371851/archive",
    "2017-12-23", "the body's 'اليوم (السبت)' for the Kharj municipality statement, which slaati dates by its URL '/2017/12/23/' with 'اليوم السبت' (23 Dec 2017 was a Saturday); headline written from the body (the stored text has none)", True, """
الخرج: إغلاق محلات بيع الطيور في السيح بعد إصابات بإنفلونزا الطيور
أفادت بلدية الخرج، اليوم (السبت)، بإصابة عدد من الطيور بفايروس "إنفلونزا الطيور" في أحد المحلات بمدينة السيح، ليجري التخلص منها، مع إغلاق كل محلات بيع الطيور في أحياء المدينة إجراءً احترازيا.
وبيّن رئيس البلدية، المهندس أحمد بن محمد البكيري، أن عينات مصابة بفايروس إنفلونزا الطيور اكتُشفت في أحد المحلات التي سبق أن أخذت منها وزارة البيئة والمياه والزراعة في الخرج عينات في وقت سابق.
وتابع أن الطيور المصابة جرى التخلص منها صحيا، وأن المحل خضع لعملية تطهير وتعقيم، بالتعاون مع الجهات الحكومية المعنية، موضحا أن جميع محلات بيع الطيور في أحياء مدينة السيح أُغلقت احترازيا.
""", [
    ev("kharj-announcement", "أفادت بلدية الخرج، اليوم (السبت)، بإصابة عدد من الطيور", KHARJ, "'اليوم (السبت)' = Sat 23 Dec 2017"),
    ev("kharj-samples-taken", "أخذت منها وزارة البيئة والمياه والزراعة في الخرج عينات في وقت سابق", "2017-12-17", "'في وقت سابق' before Sat 23 Dec 2017; my span the week before (17-22 Dec)", end=KHARJ),
    ev("kharj-birds-destroyed", "الطيور المصابة جرى التخلص منها صحيا", KHARJ, "no own expression; slaati's report of the same statement: 'تم اليوم التخلص الصحي' = Sat 23 Dec 2017"),
    ev("sayh-shops-closed", "جميع محلات بيع الطيور في أحياء مدينة السيح أُغلقت احترازيا", KHARJ, "no own expression; the closure announced on Sat 23 Dec 2017 (slaati: 'اليوم السبت')"),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 431
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
