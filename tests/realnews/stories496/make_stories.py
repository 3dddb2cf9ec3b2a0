"""Builds stories.jsonl: the 496-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: ceasefires and truces between states or armed groups
(not the November 2023 Gaza truce).
Stories: the Thailand-Cambodia border ceasefire of 27 December 2025, the India-Pakistan ceasefire of 10 May
2025, and the Egyptian-brokered truce between Israel and Islamic Jihad in Gaza of 7 August 2022.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- thailand-cambodia-december-ceasefire-2025
S = "thailand-cambodia-december-ceasefire-2025"
SIGN = "2025-12-27"                        # the joint statement signed, ceasefire from 12:00 on Sat 27 Dec 2025
TALKS = ("2025-12-24", "2025-12-27")       # the border-committee talks began Wed 24 Dec ("3 days of talks" before the signing)
RENEWED = "2025-12-07"                     # the border fighting renewed on Sun 7 Dec 2025
FIGHTING = ("2025-12-07", "2025-12-28")    # the December fighting, 7 Dec until the ceasefire on 27 Dec (inclusive)
art(S, "https://www.vetogate.com/5561503",
    "2025-12-27", "date line 'date 2025-12-27' on the stored page; the body's 'اليوم السبت' agrees (27 Dec 2025 was a Saturday); headline written from the body (the stored text has none); the font-size widget and the last, truncated sentence dropped", True, """
تايلاند وكمبوديا توقعان اتفاقا لوقف إطلاق النار
أفادت وزارة الدفاع الكمبودية بأن تايلاند وكمبوديا وقّعتا اليوم السبت اتفاقا لوقف إطلاق النار، إثر ثلاثة أيام من المحادثات بين البلدين الجارين في جنوب شرق آسيا، اللذين تواجها في اشتباكات حدودية عنيفة على مدى أسابيع.
وبيّن بيان الدفاع الكمبودية أن وزير الدفاع التايلاندي ناثافون ناكفانيت ورئيس وزارة الدفاع الكمبودية تيا سيها وقّعا الإعلان الذي ينص على استئناف وقف إطلاق النار اعتبارًا من 27 ديسمبر.
وورد في البيان الصادر عن اللجنة الحدودية العامة المشتركة بين البلدين: "يتفق الطرفان على وقف فوري لإطلاق النار منذ توقيع هذا البيان المشترك، على أن يسري من الساعة 12:00 ظهرًا بالتوقيت المحلي في 27 ديسمبر 2025، ويشمل كل أنواع الأسلحة، ومنها الهجمات على المدنيين والأهداف المدنية والبنية التحتية، وكذلك الأهداف العسكرية لأي من الطرفين، في كل الحالات وكل المناطق".
وتجدر الإشارة إلى أن النزاع المسلح على الحدود بين البلدين، الذي تجدد في 7 ديسمبر الجاري، استُخدمت فيه معدات ثقيلة ومدفعية وطائرات، ودام أكثر من أسبوعين.
وأعلنت القوات التايلاندية مقتل 22 عسكريًا وإصابة ما يزيد على 120 آخرين، بينما أفاد الجانب الكمبودي بمقتل 30 مدنيًا وإصابة 87 آخرين.
""", [
    ev("ceasefire-signing", "وقّعتا اليوم السبت اتفاقا لوقف إطلاق النار", SIGN, "'اليوم السبت' = Sat 27 Dec 2025"),
    ev("border-talks", "إثر ثلاثة أيام من المحادثات", TALKS[0], "'ثلاثة أيام' of talks before the signing of Sat 27 Dec; the talks began on Wed 24 Dec 2025 (outside knowledge: the Thai-Cambodian border committee met from Wednesday); my span 24-26 Dec", end=TALKS[1]),
    ev("ceasefire-in-force", "على أن يسري من الساعة 12:00 ظهرًا بالتوقيت المحلي في 27 ديسمبر 2025", SIGN, "'الساعة 12:00 ظهرًا ... في 27 ديسمبر 2025' = Sat 27 Dec 2025"),
    ev("fighting-renewed", "الذي تجدد في 7 ديسمبر الجاري", RENEWED, "'7 ديسمبر الجاري' in an article of Dec 2025 = Sun 7 Dec 2025"),
    ev("december-fighting", "ودام أكثر من أسبوعين", FIGHTING[0], "'أكثر من أسبوعين' from 7 Dec until the ceasefire of Sat 27 Dec 2025 (my span 7-27 Dec)", end=FIGHTING[1]),
])
art(S, "https://www.lebanon24.com/news/world-news/1460423/%D9%8A%D8%B9%D8%AF-3-%D8%A3%D9%8A%D8%A7%D9%85-%D9%81%D9%82%D8%B7-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-%D8%AA%D8%A7%D9%8A%D9%84%D8%A7%D9%86%D8%AF-%D9%88%D9%83%D9%85%D8%A8%D9%88%D8%AF%D9%8A%D8%A7-%D8%AA%D8%AA%D9%81%D9%82%D8%A7%D9%86-%D8%B9%D9%84%D9%89-%D9%88%D9%82%D9%81-%D9%81%D9%88%D8%B1%D9%8A-%D9%84%D8%A5%D8%B7%D9%84%D8%A7",
    "2025-12-27", "no date line on the stored page; the body's 'اليوم السبت' for the signing, which the joint statement dates 27 Dec 2025 (a Saturday; vetogate of 27 Dec: 'اليوم السبت'), gives Sat 27 Dec 2025; headline rendered from the (truncated) URL slug; the 'Advertisement' tag dropped; the last sentence, garbled on the page ('في أواخر الماضي', the month missing), dropped", False, """
بعد 3 أيام فقط من المحادثات.. تايلاند وكمبوديا تتفقان على وقف فوري لإطلاق النار
وقّعت تايلاند وكمبوديا اليوم السبت اتفاقا لوقف إطلاق النار، بعد 3 أيام من المحادثات بين البلدين الجارين الواقعين في جنوب شرق آسيا، اللذين خاضا لأسابيع مواجهات حدودية عنيفة.
وجاء في بيان أصدرته اللجنة المختصة بالحدود بين البلدين ونشره الجانب الكمبودي: "يتفق الطرفان على وقف فوري لإطلاق النار بمجرد توقيع هذا البيان المشترك، ويدخل حيز التنفيذ اعتباراً من الساعة 12:00 ظهرا (بالتوقيت المحلي) في 27 كانون الأول 2025".
وأوضح البيان أن وقف النار يسري على جميع أنواع الأسلحة وعلى الأهداف المدنية والعسكرية للطرفين، في كل الحالات وفي جميع المناطق.
""", [
    ev("ceasefire-signing", "وقّعت تايلاند وكمبوديا اليوم السبت اتفاقا", SIGN, "'اليوم السبت' = Sat 27 Dec 2025"),
    ev("border-talks", "بعد 3 أيام من المحادثات", TALKS[0], "'3 أيام' of talks before the signing of Sat 27 Dec; begun Wed 24 Dec 2025 (my span 24-26 Dec)", end=TALKS[1]),
    ev("december-fighting", "خاضا لأسابيع مواجهات حدودية عنيفة", FIGHTING[0], "no own date; the fighting renewed on 7 Dec 2025 (vetogate) until the ceasefire of Sat 27 Dec (my span 7-27 Dec)", end=FIGHTING[1]),
    ev("ceasefire-in-force", "ويدخل حيز التنفيذ اعتباراً من الساعة 12:00 ظهرا", SIGN, "'الساعة 12:00 ظهرا ... في 27 كانون الأول 2025' = Sat 27 Dec 2025"),
])
art(S, "https://www.emaratalyoum.com/politics/weekly-supplements/world-press/2025-12-28-1.2000880",
    "2025-12-28", "the page's address carries its date 2025-12-28 (the stored excerpt has no date line); the body's 'أمس' for the joint statement of Sat 27 Dec 2025 agrees (Sun 28 Dec); a translated press piece of the 'world press' supplement; headline written from the body (the stored text has none)", True, """
تايلاند وكمبوديا تعلنان وقفا فوريا لإطلاق النار
أعلنت تايلاند وكمبوديا أمس، في بيان مشترك، أنهما اتفقتا على وقف فوري لإطلاق النار، وتعهدتا بوضع حد لأسابيع من الاشتباكات الدامية على الحدود.
ووفق إحصاءات رسمية، لقي 47 شخصاً على الأقل حتفهم، ونزح ما يزيد على مليون آخرين خلال عمليات عسكرية دامت ثلاثة أسابيع، جرى فيها استخدام المدفعية والدبابات والطائرات المسيّرة والمقاتلات.
وجاء في البيان الصادر عن اللجنة العامة المختصة بالحدود بين البلدين: «يتفق الطرفان على وقف فوري لإطلاق النار بمجرد توقيع هذا البيان المشترك».
وبيّن البيان أن الاتفاق يغطي «جميع أنواع الأسلحة والهجمات على المدنيين والأهداف المدنية والبنية التحتية والأهداف العسكرية لكلا الطرفين، في كل الحالات وفي جميع المناطق».
""", [
    ev("ceasefire-signing", "أعلنت تايلاند وكمبوديا أمس، في بيان مشترك", SIGN, "'أمس' in an article of Sun 28 Dec 2025 = Sat 27 Dec"),
    ev("december-fighting", "خلال عمليات عسكرية دامت ثلاثة أسابيع", FIGHTING[0], "'ثلاثة أسابيع' up to the ceasefire of Sat 27 Dec; the fighting renewed on 7 Dec 2025 (vetogate) (my span 7-27 Dec)", end=FIGHTING[1]),
    ev("ceasefire-in-force", "يتفق الطرفان على وقف فوري لإطلاق النار بمجرد توقيع", SIGN, "no own date; immediate on the signing, in force from 12:00 on Sat 27 Dec 2025 (vetogate, lebanon24)"),
])

# ---------------------------------------------------------------- india-pakistan-may-ceasefire-2025
S = "india-pakistan-may-ceasefire-2025"
CF = "2025-05-10"                          # Trump announced, India and Pakistan confirmed the ceasefire on Sat 10 May 2025
MEDIATION = ("2025-05-08", "2025-05-11")   # the US contacts 'over the past 48 hours' before Sat 10 May
STRIKES = "2025-05-07"                     # India's strikes inside Pakistan on Wed 7 May 2025
EXCHANGES = ("2025-05-07", "2025-05-11")   # the four days of exchanges, Wed 7 - Sat 10 May
art(S, "https://www.elmashhad.online/Post/details/179751",
    "2025-05-10", "date line '10 - 05 - 2025' on the stored page; the body's 'السبت' agrees (10 May 2025 was a Saturday); headline kept from the page; the last, truncated sentence dropped", True, """
ترامب يعلن وقفًا فوريًّا لإطلاق النار بين الهند وباكستان
أكد الرئيس الأميركي دونالد ترامب أن الهند وباكستان توافقتا على وقف إطلاق النار "بشكل كامل وفوري".
وكتب ترامب عبر منصة "تروث سوشال": "بعد ليلة طويلة من المباحثات التي أدت الولايات المتحدة دور الوسيط فيها، يسرني أن أعلن توصل الهند وباكستان إلى وقف كامل وفوري لإطلاق النار".
وتابع الرئيس الأميركي: "أهنئ البلدين على تحليهما بالحكمة والمنطق السليم والذكاء الكبير. شكرًا لاهتمامكم بهذه المسألة".
ولاحقًا، ذكر وزير الخارجية الأميركي ماركو روبيو أنه ونائب الرئيس الأميركي جي دي فانس أجريا اتصالات مع كبار المسؤولين في الهند وباكستان على مدار 48 ساعة الماضية.
وكتب على منصة "إكس": "يسرني أن أعلن أن حكومتي الهند وباكستان توافقتا على وقف فوري لإطلاق النار"، مضيفا أن "حكومتي الهند وباكستان ستشرعان في محادثات حول طائفة واسعة من القضايا في مكان محايد".
وأعلنت الهند وباكستان، السبت، قبولهما وقفا فوريا لإطلاق النار، بعد أيام من الهجمات المتبادلة بين البلدين، وقالت وزارة الخارجية الهندية: "إن وقف إطلاق النار سيبدأ اعتبارًا من السبت".
""", [
    ev("trump-announcement", "وكتب ترامب عبر منصة \"تروث سوشال\"", CF, "no own expression for the post; Trump's post of Sat 10 May 2025 (the page's date line; assawsana: 'أعلن السبت')"),
    ev("us-mediation", "أجريا اتصالات مع كبار المسؤولين في الهند وباكستان على مدار 48 ساعة الماضية", MEDIATION[0], "'على مدار 48 ساعة الماضية' before Sat 10 May 2025 (my span 8-10 May)", end=MEDIATION[1]),
    ev("ceasefire-agreement", "وأعلنت الهند وباكستان، السبت، قبولهما", CF, "'السبت' = Sat 10 May 2025"),
    ev("ceasefire-in-force", "إن وقف إطلاق النار سيبدأ اعتبارًا من السبت", CF, "'اعتبارًا من السبت' = Sat 10 May 2025 (17:00 India time, outside knowledge)"),
    ev("exchanges", "بعد أيام من الهجمات المتبادلة", EXCHANGES[0], "'أيام' of attacks since India's strikes of Wed 7 May 2025 (assawsana: 'منذ الأربعاء'), until Sat 10 May (my span 7-10 May)", end=EXCHANGES[1]),
])
art(S, "https://www.assawsana.com/article/673544",
    "2025-05-10", "time stamp '10-05-2025 09:24 PM' on the stored page; the body's 'السبت' and 'مساء السبت' agree (10 May 2025 was a Saturday); headline kept from the page; the photo caption and the 'السوسنة - متابعات' credit dropped; the last, truncated sentence shortened", True, """
أول خرق لاتفاق وقف إطلاق النار بين الهند وباكستان
بعد الإعلان عن وقف إطلاق النار وإنهاء المواجهة العسكرية بين البلدين التي دامت 4 أيام، اتهم مصدر حكومي هندي باكستان بانتهاك الاتفاق الذي جرى التوصل إليه السبت.
وذكر صحفيون أنهم سمعوا دوي انفجارات قوية مساء السبت في سريناغار، أكبر مدن الشطر الهندي من كشمير (شمال غرب)، حيث انقطع التيار الكهربائي.
وكان الرئيس الأميركي دونالد ترامب قد أعلن السبت أن الهند وباكستان قبلتا "وقف إطلاق نار كامل وبشكل فوري"، بعد أن تبادلتا الهجمات واستهدفت كل منهما منشآت عسكرية للأخرى.
وكتب في منشور على منصة تروث سوشيال: "بعد ليلة طويلة من المحادثات بوساطة أميركية، يسرني أن أعلن أن الهند وباكستان قبلتا وقف إطلاق نار كامل وفوري. أهنئ البلدين على الاحتكام إلى المنطق السليم والفطنة الكبيرة".
وأعلن وزير الخارجية الباكستاني إسحق دار، عبر منصة إكس، السبت، أن إسلام أباد ونيودلهي اتفقتا على "وقف إطلاق نار بمفعول فوري"، إثر إعلان الرئيس الأميركي دونالد ترامب بهذا الشأن.
وتتبادل القوتان النوويتان القصف منذ الأربعاء، حين شنت الهند ضربات جوية على مواقع داخل باكستان.
""", [
    ev("violation-accusation", "اتهم مصدر حكومي هندي باكستان بانتهاك الاتفاق", CF, "no own expression; the accusation of the evening of Sat 10 May 2025, the day of the report (time stamp 09:24 PM)"),
    ev("ceasefire-agreement", "الذي جرى التوصل إليه السبت", CF, "'السبت' = Sat 10 May 2025"),
    ev("srinagar-explosions", "سمعوا دوي انفجارات قوية مساء السبت في سريناغار", CF, "'مساء السبت' = Sat 10 May 2025"),
    ev("trump-announcement", "وكان الرئيس الأميركي دونالد ترامب قد أعلن السبت", CF, "'السبت' = Sat 10 May 2025"),
    ev("dar-announcement", "وأعلن وزير الخارجية الباكستاني إسحق دار", CF, "'السبت' in the sentence = Sat 10 May 2025"),
    ev("india-strikes", "حين شنت الهند ضربات جوية على مواقع داخل باكستان", STRIKES, "'منذ الأربعاء' in an article of Sat 10 May 2025 = Wed 7 May"),
])
art(S, "https://www.masress.com/albawabh/5198786",
    "2025-05-11", "no date line on the stored page (an albawabh report carried by masress); the body's 'اليوم الأحد' for Tarar's remarks on the ceasefire of Sat 10 May 2025 ('لم يتم رصد أي خروقات ... حتى الآن', the first day after it) gives Sun 11 May 2025; the sub-heading 'وساطة أمريكية وسعودية وتركية' and the last, truncated sentence dropped; headline written from the body (the stored text has none)", False, """
تارار: لا خروقات لوقف إطلاق النار مع الهند حتى الآن
أكد وزير الإعلام الباكستاني عطا الله تارار أنه لم تُسجل حتى الآن أي انتهاكات لاتفاق وقف إطلاق النار الساري بين باكستان والهند.
وبيّن تارار، في تصريحات بثتها قناة "القاهرة الإخبارية" اليوم الأحد، أن الهدوء يسود الحدود بين البلدين، لافتًا إلى تقيد القوات الباكستانية بالاتفاق المبرم لوقف إطلاق النار.
وتوصلت باكستان والهند، الجارتان النوويتان المتنازعتان، إلى اتفاق على وقف شامل وفوري لإطلاق النار، في خطوة مهمة جاءت ثمرة لمحادثات مكثفة برعاية أمريكية.
ويشكل هذا الاتفاق منعطفا بعد أسابيع من توتر عسكري لم يسبق له مثيل واشتباكات عنيفة على الحدود المشتركة.
وقد تصاعد النزاع بشكل لافت عقب الهجوم المسلح الذي استهدف سياحًا الشهر الماضي، إذ تبادل البلدان الاتهامات بالمسؤولية عن الهجوم، ما أوقع قتلى وجرحى بالعشرات من المدنيين في الجانبين.
وأدت الجهود الأمريكية دورًا محوريًا في إقناع الطرفين بالتفاوض وصولا إلى هذا الاتفاق، الذي يضع حدا لأخطر مواجهة عسكرية مباشرة بين البلدين منذ عقود.
""", [
    ev("tarar-remarks", "في تصريحات بثتها قناة \"القاهرة الإخبارية\" اليوم الأحد", "2025-05-11", "'اليوم الأحد' = Sun 11 May 2025"),
    ev("ceasefire-agreement", "إلى اتفاق على وقف شامل وفوري لإطلاق النار", CF, "no own expression; the agreement announced on Sat 10 May 2025 (elmashhad, assawsana)"),
    ev("us-mediation", "جاءت ثمرة لمحادثات مكثفة برعاية أمريكية", MEDIATION[0], "no own expression; the US contacts of the 48 hours before Sat 10 May 2025 (elmashhad) (my span 8-10 May)", end=MEDIATION[1]),
    ev("pahalgam-attack", "الهجوم المسلح الذي استهدف سياحًا الشهر الماضي", "2025-04-22", "'الشهر الماضي' from May 2025 = April 2025; the Pahalgam attack of Tue 22 Apr 2025 (outside knowledge)"),
])

# ---------------------------------------------------------------- gaza-israel-islamic-jihad-august-truce-2022
S = "gaza-israel-islamic-jihad-august-truce-2022"
TRUCE = "2022-08-07"                       # the Egyptian-brokered truce in force at 23:30 on Sun 7 Aug 2022
ROUND = ("2022-08-05", "2022-08-08")       # the three-day round, Fri 5 - Sun 7 Aug 2022
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2022/8/7/2271370/الهدوء-يعود-إلى-غزة-بعد-دخول-اتفاق-وقف-إطلاق-النار-حيز-التنفيذ",
    "2022-08-07", "time stamp '11:37 م الأحد 07 أغسطس 2022' on the stored page; the body's 'مساء اليوم الأحد' agrees; headline kept from the page; the app banner, the photo caption and the 'غزة - (د ب أ)' credit dropped; the last, truncated sentence shortened", True, """
الهدوء يعود إلى غزة بعد دخول اتفاق وقف إطلاق النار حيز التنفيذ
عاد الهدوء إلى قطاع غزة مع سريان اتفاق لوقف إطلاق النار بين حركة الجهاد الإسلامي وإسرائيل بوساطة مصرية مساء اليوم الأحد.
وبدأ تطبيق الاتفاق عند الساعة 11:30 بتوقيت فلسطين المحلي، وسبقته بدقائق غارات إسرائيلية على القطاع ورشقات من القذائف الصاروخية أُطلقت نحو الأراضي الإسرائيلية.
وجاء الإعلان عن الاتفاق لينهي جولة توتر دامت ثلاثة أيام بين إسرائيل وحركة الجهاد الإسلامي شاركت فيها جماعات مسلحة أخرى كالجناح العسكري للجبهة الشعبية لتحرير فلسطين.
وقبل قرابة ساعتين من سريان الاتفاق، أعلنت حركة الجهاد رسميا التزامها بوقف إطلاق النار "مع تأكيد حقنا في الرد على أي عدوان إسرائيلي".
وأصدر الرئيس الفلسطيني محمود عباس بيانا رحب فيه بـ"الجهود الحثيثة" التي بذلتها مصر لإعلان اتفاق وقف إطلاق النار في غزة، ورأى أن ذلك "يسهم في تهدئة الأمور وتخفيف المعاناة التي يتعرض لها الشعب الفلسطيني".
وأعلنت وزارة الصحة في غزة حصيلة محدثة رفعت إجمالي عدد الشهداء الفلسطينيين إلى 44، بينهم 15 طفلا و4 سيدات، إضافة إلى 360 إصابة.
""", [
    ev("truce-in-force", "وبدأ تطبيق الاتفاق عند الساعة 11:30 بتوقيت فلسطين المحلي", TRUCE, "'الساعة 11:30' (p.m.) of 'مساء اليوم الأحد' = Sun 7 Aug 2022"),
    ev("last-strikes", "وسبقته بدقائق غارات إسرائيلية على القطاع", TRUCE, "'بدقائق' before 23:30 on Sun 7 Aug 2022"),
    ev("three-day-round", "لينهي جولة توتر دامت ثلاثة أيام", ROUND[0], "'ثلاثة أيام' ending on Sun 7 Aug 2022: Fri 5 - Sun 7 Aug (vetogate: 'منذ الجمعة')", end=ROUND[1]),
    ev("jihad-accepts-truce", "أعلنت حركة الجهاد رسميا التزامها بوقف إطلاق النار", TRUCE, "'قبل قرابة ساعتين' from 23:30 on Sun 7 Aug 2022 = about 21:30 that day"),
    ev("abbas-welcome", "وأصدر الرئيس الفلسطيني محمود عباس بيانا", TRUCE, "no own expression; the statement on the evening of the truce, Sun 7 Aug 2022 (the report's time stamp 11:37 p.m.)"),
    ev("toll-44", "رفعت إجمالي عدد الشهداء الفلسطينيين إلى 44", TRUCE, "no own expression; the ministry's updated toll of Sun 7 Aug 2022, the day of the report"),
])
art(S, "https://vetogate.com/4660841",
    "2022-08-07", "no date line on the stored page (only the editor's name); the body's 'مساء اليوم الأحد' for Islamic Jihad's acceptance and the army radio's announcement before the truce of 23:30 on Sun 7 Aug 2022 (masrawy, time-stamped that night) gives Sun 7 Aug 2022; headline kept from the page; the last, truncated sentence dropped; the source's 'ياسر السعدي' (for Bassam al-Saadi) kept as on the page", False, """
الجهاد: وقف إطلاق النار في غزة الساعة 11:30 بتوقيت القدس
أعلنت حركة "الجهاد" الفلسطينية مساء اليوم الأحد قبولها اتفاق هدنة مع إسرائيل بوساطة من السلطات المصرية، إثر ثلاثة أيام من القصف الإسرائيلي على غزة أدت إلى استشهاد 41 فلسطينيا.
وذكر رئيس الدائرة السياسية في حركة الجهاد محمد الهندي في بيان: "توصلنا قبل قليل إلى صيغة الإعلان المصري لاتفاق التهدئة، بما في ذلك التزام مصر بالعمل على إطلاق سراح الأسيرين باسم السعدي وخليل عواودة".
وسيبدأ سريان اتفاق الهدنة في قطاع غزة عند الساعة 11:30 بتوقيت القدس.
وكانت إسرائيل قد اعتقلت مؤخرا ياسر السعدي، القيادي البارز في حركة الجهاد بالضفة الغربية المحتلة، في حين يقبع خليل العواودة أيضا في الاعتقال الإسرائيلي.
ومن جانبها، أفادت إذاعة الجيش الإسرائيلي مساء اليوم الأحد بأن اتفاق وقف إطلاق النار سيسري عند الساعة 23:30 بتوقيت القدس- العاشرة مساء- بتوقيت القاهرة.
وفي السياق ذاته، نقلت "رويترز" عن مسؤول فلسطيني أن وقف إطلاق النار في غزة سيبدأ سريانه مساء اليوم.
ومنذ الجمعة، شنت إسرائيل ضربات جوية وبالمدفعية الثقيلة استهدفت أساسا مواقع لحركة الجهاد في غزة، التي ردت بإطلاق مئات الصواريخ.
""", [
    ev("jihad-accepts-truce", "قبولها اتفاق هدنة مع إسرائيل", TRUCE, "'مساء اليوم الأحد' = Sun 7 Aug 2022"),
    ev("truce-in-force", "وسيبدأ سريان اتفاق الهدنة في قطاع غزة عند الساعة 11:30", TRUCE, "'الساعة 11:30' (p.m., 'مساء اليوم') = Sun 7 Aug 2022"),
    ev("saadi-arrest", "قد اعتقلت مؤخرا ياسر السعدي", "2022-08-01", "'مؤخرا'; the arrest of Bassam al-Saadi in Jenin camp on Mon 1 Aug 2022 (outside knowledge; Xinhua reports: 'الاثنين الماضي')"),
    ev("army-radio-announcement", "أفادت إذاعة الجيش الإسرائيلي مساء اليوم الأحد", TRUCE, "'مساء اليوم الأحد' = Sun 7 Aug 2022"),
    ev("three-day-round", "ومنذ الجمعة، شنت إسرائيل ضربات جوية", ROUND[0], "'منذ الجمعة' in an article of Sun 7 Aug 2022 = Fri 5 Aug until the truce (my span 5-7 Aug)", end=ROUND[1]),
])
art(S, "https://aawsat.com/node/3803616",
    "2022-08-08", "no date line on the stored page; the body's 'يوم أمس الأحد' for the truce of 23:30 on Sun 7 Aug 2022 gives Mon 8 Aug 2022 (8 Aug 2022 was a Monday); the photo caption and the last, truncated sentence dropped; headline written from the body (the stored text has none)", False, """
هدنة هشة بين الجهاد الإسلامي وإسرائيل تدخل حيز التنفيذ
سرت يوم أمس الأحد (الساعة 20:30 بتوقيت غرينتش) هدنة هشة جرى التوصل إليها بين حركة الجهاد الإسلامي وإسرائيل، في أعقاب جولة عنف دامت ثلاثة أيام قُتل خلالها 44 فلسطينياً بينهم أطفال في الضربات الإسرائيلية على غزة.
وقبيل بدء سريان الهدنة التي أُبرمت بوساطة مصرية، أعلن الجيش الإسرائيلي أنه نفذ ضربات على مواقع للجهاد الإسلامي في غزة «ردًا على صواريخ أُطلقت» على جنوب إسرائيل حيث انطلقت صفارات الإنذار.
وأكد مكتب رئيس الوزراء الإسرائيلي يائير لبيد أن الهدنة تبدأ عند الساعة 23:30 بالتوقيت المحلي، وقال إن إسرائيل «تشكر مصر على ما بذلته من جهود»، مؤكداً أنها «تحتفظ بحقها في الرد بقوة إذا خُرق وقف إطلاق النار».
وفي غزة، أعلنت حركة الجهاد الإسلامي التزامها بالتوقيت المعلن لسريان الهدنة، غير أنها شددت في بيان على حقها في «الرد على أي عدوان صهيوني».
وأوضحت الحركة أن اتفاق الهدنة يشمل «التزام مصر بالعمل على إطلاق سراح الأسيرين (باسم) السعدي و(خليل) عواودة».
والأحد قُتل 17 فلسطينياً، منهم تسعة أطفال، في ضربات إسرائيلية طالت خصوصاً جباليا ومدينة غزة ورفح.
""", [
    ev("truce-in-force", "سرت يوم أمس الأحد (الساعة 20:30 بتوقيت غرينتش) هدنة هشة", TRUCE, "'يوم أمس الأحد' in an article of Mon 8 Aug 2022 = Sun 7 Aug"),
    ev("three-day-round", "في أعقاب جولة عنف دامت ثلاثة أيام", ROUND[0], "'ثلاثة أيام' ending with the truce of Sun 7 Aug 2022: Fri 5 - Sun 7 Aug", end=ROUND[1]),
    ev("last-strikes", "أعلن الجيش الإسرائيلي أنه نفذ ضربات على مواقع للجهاد الإسلامي", TRUCE, "'قبيل بدء سريان الهدنة' = shortly before 23:30 on Sun 7 Aug 2022"),
    ev("lapid-statement", "وأكد مكتب رئيس الوزراء الإسرائيلي يائير لبيد", TRUCE, "no own expression; the statement before the truce of Sun 7 Aug 2022"),
    ev("jihad-accepts-truce", "أعلنت حركة الجهاد الإسلامي التزامها بالتوقيت المعلن", TRUCE, "no own expression; the movement's statement before the truce of Sun 7 Aug 2022 (masrawy: about two hours before)"),
    ev("sunday-17-killed", "والأحد قُتل 17 فلسطينياً", TRUCE, "'الأحد' in an article of Mon 8 Aug 2022 = Sun 7 Aug"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 496
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
