"""Builds stories.jsonl: the 210-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence,
every date/time expression kept verbatim, gold events keyed across each story (same format and checks
as tests/realnews/stories204/make_stories.py). Domain: doping cases and sports disciplinary rulings
(Cristiano Ronaldo's one-match ban in Saudi Arabia over a gesture to Al-Shabab fans, Ramadan Sobhi's
four-year doping ban by CAS in Egypt, Hussein El Shahat's ban after slapping Mohamed Chibi in Egypt,
the Iraqi judoka Sajjad Ghanim suspended for doping at the Paris Olympics, FIFA's suspension of the
Sudan Football Association, the Algerian judoka Fethi Nourine suspended by the IJF and sent home from Tokyo
after withdrawing to avoid an Israeli opponent). None of these stories is in the dev set or the other tests/realnews/*
sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-ronaldo-gesture-ban-2024
S = "saudi-ronaldo-gesture-ban-2024"
BAN = ("2024-02-28", "2024-03-01")  # published on the SAFF site late on Wed 28 Feb; some outlets: Thursday morning
COMPLAINT = ("2024-02-25", "2024-02-28")  # Al-Shabab's complaint, filed between the match and the hearing
art(S, "https://watananews.com/361723",
    "2024-02-26", "no stamp or URL date in the stored page: fixed by the body's 'أمس الأحد' for Al-Nassr's 3-2 win over Al-Shabab, played on Sun 25 Feb 2024 (another outlet: 'يوم الأحد الماضي' in a page stamped 29 Feb 2024): so Mon 26 Feb 2024; the outlet's tag 'وطنا اليوم:' and the truncated last sentence ('وينافس النصر أيضا على لقب د...') dropped; no date of its own in the text", False, """
تعرّض النجم البرتغالي الدولي كريستيانو رونالدو لموجة انتقادات حادة إثر إقدامه، على ما يبدو، على "حركة تهكمية فاحشة" عقب فوز النصر على الشباب 3-2 في إحدى مباريات الدوري السعودي للمحترفين، أمس الأحد.
وسجّل رونالدو هدفاً من ركلة جزاء في الشوط الأول، ثم أضاف البرازيلي تاليسكا هدفين متأخرين، أحدهما قبل أربع دقائق من النهاية، ليهدي النصر الانتصار.
وعقب صافرة النهاية، أظهرت مقاطع مصورة متداولة على مواقع التواصل الاجتماعي رونالدو، المتوج بالكرة الذهبية خمس مرات، وهو يؤدي حركة ساخرة بدت مسيئة، موجهة على ما يبدو إلى مشجعي الشباب.
وكان يمكن سماع هتافات باسم "ميسي" في الخلفية، في إشارة إلى غريمه الأرجنتيني القديم، وفق ما نقلته وكالة أسوشيتد برس.
ورغم أن كاميرات البث لم ترصد الواقعة، فإن سيل الانتقادات للبرتغالي البالغ 39 عاماً لم يتأخر.
وذكرت تقارير إعلامية محلية أن الاتحاد السعودي لكرة القدم فتح تحقيقاً في ما جرى.
وكان رونالدو قد انضم إلى النادي الذي يتخذ من الرياض مقراً في صفقة مربحة في ديسمبر 2022، وسجّل هذا الموسم 22 هدفاً في الدوري السعودي.
ويتأخر النصر عن غريمه الهلال بأربع نقاط، مع أنه خاض مباراة أكثر.
""", [
    ev("match-gesture", "حركة تهكمية فاحشة", "2024-02-25", "'أمس الأحد' before Mon 26 Feb = Sun 25 Feb 2024 (the gesture came at the final whistle of the match)"),
    ev("ronaldo-penalty", "وسجّل رونالدو هدفاً من ركلة جزاء في الشوط الأول", "2024-02-25", "no own expression; during the match of Sun 25 Feb 2024 ('أمس الأحد')"),
    ev("investigation-opened", "فتح تحقيقاً في ما جرى", "2024-02-25", "no own expression; the investigation reported by Asharq Al-Awsat on the night of the match or the day after (my span 25-26 Feb 2024)", end="2024-02-27"),
    ev("ronaldo-joined-nassr", "في صفقة مربحة في ديسمبر 2022", "2022-12-30", "'في ديسمبر 2022': Al-Nassr announced the signing on Fri 30 Dec 2022 (outside knowledge)"),
])
art(S, "https://www.alaraby.co.uk/sport/%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D9%8A%D9%8F%D8%B9%D8%A7%D9%82%D8%A8-%D8%B1%D9%88%D9%86%D8%A7%D9%84%D8%AF%D9%88-%D8%A8%D8%B9%D8%AF-%D8%AD%D8%B1%D9%83%D8%AA%D9%87-%D8%A7%D9%84%D9%85%D8%B4%D9%8A%D9%86%D8%A9-%D9%85%D8%B9-%D9%85%D8%B4%D8%AC%D8%B9%D9%8A%D9%86",
    "2024-02-29", "page stamp '29 فبراير 2024' under the headline (kept as first line, before the headline); 29 Feb 2024 was a Thursday; body 'أمس الأربعاء' (the decision published Wed 28) and 'اليوم الخميس' (the Al-Hazm match) agree; the caption 'عوقب رونالدو بالإيقاف مباراة ودفع غرامة مالية (Getty)', the font buttons and the truncated last sentence (the fine, 'قدرها 10 آلاف ريال سع...') dropped; the source's stray 'الخميس' after 'مباراة النصر والشباب' kept as it stands", True, """
29 فبراير 2024
الاتحاد السعودي يُعاقب رونالدو بعد حركته "المشينة" مع مشجعين
فرضت لجنة الانضباط في الاتحاد السعودي لكرة القدم عقوبة الإيقاف على النجم البرتغالي كريستيانو رونالدو لاعب النصر، وأعلنت معاقبته مالياً بسبب حركته التي وُصفت بـ"المشينة" خلال المباراة التي جمعت فريقه بنادي الشباب في الأسبوع الـ21 من الدوري المحلي، يوم الأحد الماضي.
ونشر الموقع الرسمي للاتحاد السعودي لكرة القدم، أمس الأربعاء، قرارات اللجنة الانضباطية المتعلقة بمباراة النصر والشباب، الخميس، إذ صدرت العقوبة بحق رونالدو استجابةً لطلب نادي الشباب، الذي حمل ملف شكواه عنوان اللقطة "غير الأخلاقية" التي أبداها رونالدو في وجه جماهيره فأثارت غضبها.
وأضافت اللجنة أنها خاطبت رونالدو ليدافع عن نفسه ويفسّر ما بدر منه في تلك اللقطة، غير أن تبريرات البرتغالي لم تكن كافية، بعدما أكد أن حركته تعبّر عن القوة والانتصار في أوروبا، وبذلك سيغيب عن مباراة واحدة تجمع فريقه بفريق الحزم، اليوم الخميس.
""", [
    ev("ban-decision", "ونشر الموقع الرسمي للاتحاد السعودي لكرة القدم، أمس الأربعاء", BAN[0], "'أمس الأربعاء' before Thu 29 Feb = Wed 28 Feb 2024 (published late at night; some outlets date the statement Thursday morning: my span 28-29 Feb)", end=BAN[1]),
    ev("match-gesture", "يوم الأحد الماضي", "2024-02-25", "'يوم الأحد الماضي' before Thu 29 Feb = Sun 25 Feb 2024"),
    ev("shabab-complaint", "استجابةً لطلب نادي الشباب", COMPLAINT[0], "no own expression; Al-Shabab's complaint followed the match of Sun 25 Feb and preceded the hearing (my span 25-27 Feb 2024)", end=COMPLAINT[1]),
    ev("ronaldo-defence", "أنها خاطبت رونالدو ليدافع عن نفسه", "2024-02-26", "no own expression; Ronaldo's statement to the committee came between the opening of the case and the decision (reports of 27-28 Feb; my span 26-28 Feb 2024)", end="2024-02-29"),
    ev("hazm-match", "تجمع فريقه بفريق الحزم، اليوم الخميس", "2024-02-29", "'اليوم الخميس' = Thu 29 Feb 2024 (the stamp)"),
])
art(S, "https://alyaum.com/ampArticle/6516958",
    "2024-02-29", "no stamp or URL date in the stored page: fixed by the body's 'في وقت سابق من صباح اليوم الخميس' for the disciplinary committee's statement on Ronaldo's ban, which came on the night of Wed 28 / morning of Thu 29 Feb 2024 (another outlet's page stamped '29 فبراير 2024': 'أمس الأربعاء'), the day of the Al-Hazm match named in the kicker: so Thu 29 Feb 2024; the kicker 'إيقافه أمام الحزم ليست الواقعة الأولى..' and the truncated last sentence ('إذ غاب في أول مباراتين قبل أن ينتظم...') dropped; the source's typos ('م مباراة', 'رونادلو', 'أتلتيتكو') corrected; no date of its own in the text", False, """
قررت لجنة الانضباط في اتحاد الكرة إيقاف النجم البرتغالي كريستيانو رونالدو، لاعب النصر، مباراة واحدة وتغريمه 30 ألف ريال.
وبيّنت لجنة الانضباط عبر بيان في وقت سابق من صباح اليوم الخميس أن العقوبة جاءت بعد شكوى تقدم بها نادي الشباب ضد رونالدو لقيامه بإثارة جمهور النادي، وذلك في المباراة التي أقيمت بين الفريقين.
وليست هذه أول عقوبة يتلقاها النجم البرتغالي، فقد سبق إيقافه مباراة وتغريمه 4 آلاف جنيه إسترليني في عام 2006 إثر إشارة وجهها إلى جماهير بنفيكا حين كان لاعباً في صفوف مانشستر يونايتد.
وفي عام 2017 أوقف 5 مباريات وغُرّم 3 آلاف يورو بعدما دفع حكم مباراة الكلاسيكو بين ريال مدريد وبرشلونة، ثم غُرّم في عام 2019 مبلغ 20 ألف جنيه إسترليني بسبب احتفاله خلال مباراة يوفنتوس وأتلتيكو مدريد في دوري أبطال أوروبا رداً على احتفال الأخير.
ولم يتوقف الأمر عند هذا الحد، إذ سبق إيقافه مباراتين وتغريمه 50 ألف جنيه إسترليني خلال فترته الثانية مع مانشستر يونايتد حين رمى هاتف أحد المشجعين عقب مباراة إيفرتون.
""", [
    ev("ban-decision", "عبر بيان في وقت سابق من صباح اليوم الخميس", BAN[0], "'في وقت سابق من صباح اليوم الخميس' = Thu 29 Feb 2024; the decision was posted on the SAFF site late on Wed 28 Feb (other reports: 'أمس الأربعاء'; my span 28-29 Feb)", end=BAN[1]),
    ev("shabab-complaint", "بعد شكوى تقدم بها نادي الشباب", COMPLAINT[0], "no own expression; the complaint followed the match of Sun 25 Feb 2024 (my span 25-27 Feb)", end=COMPLAINT[1]),
    ev("match-gesture", "في المباراة التي أقيمت بين الفريقين", "2024-02-25", "no own expression; Al-Nassr v Al-Shabab, Sun 25 Feb 2024 (other reports: 'أمس الأحد')"),
    ev("clasico-push", "بعدما دفع حكم مباراة الكلاسيكو", "2017-08-13", "'في عام 2017': Ronaldo pushed the referee in the Supercopa clásico of Sun 13 Aug 2017 (outside knowledge)"),
    ev("juventus-atletico-celebration", "بسبب احتفاله خلال مباراة يوفنتوس وأتلتيكو مدريد", "2019-03-12", "'في عام 2019': the celebration came in Juventus' 3-0 win over Atlético in Turin on Tue 12 Mar 2019 (outside knowledge)"),
    ev("everton-phone", "حين رمى هاتف أحد المشجعين عقب مباراة إيفرتون", "2022-04-09", "no own expression; the incident at Goodison Park on Sat 9 Apr 2022 (outside knowledge)"),
])
art(S, "https://mwatan.news/791707",
    "2024-02-29", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for Al-Nassr's 4-4 draw with Al-Hazm in round 22, played on Thu 29 Feb 2024 (another outlet: 'مساء اليوم، الخميس', and the page stamped 29 Feb 2024 on the ban: 'مباراة واحدة تجمع فريقه بفريق الحزم، اليوم الخميس'); no date of its own in the text", False, """
في غياب رونالدو.. النصر يتعادل مع الحزم في الدوري السعودي
تعادل النصر مع الحزم 4-4 في المباراة التي احتضنها ملعب الأول بارك اليوم الخميس، ضمن الجولة الـ22 من الدوري السعودي للمحترفين.
وغاب عن المباراة قائد النصر كريستيانو رونالدو، لتنفيذه عقوبة الإيقاف مباراة واحدة على خلفية احتفال غير أخلاقي أمام الشباب.
وأحرز أندرسون تاليسكا ثلاثية النصر في الدقائق 31 و61 و71، وأضاف ساديو ماني الهدف الرابع للفريق الأصفر في الدقيقة الرابعة من الوقت المحتسب بدلاً من الضائع.
وافتتح أحمد آل محيميد التسجيل للحزم في الدقيقة 53، ثم أضاف أنطونيو دي كارفالهو الهدف الثاني في الدقيقة 66، وفايز سليماني الثالث في الدقيقة 84، قبل أن يسجل باولو فيريرا الرابع في الدقيقة التاسعة من الوقت بدل الضائع للشوط الثاني.
وبهذه النتيجة يحتل النصر المركز الثاني في ترتيب الدوري السعودي للمحترفين برصيد 53 نقطة، بينما جاء الحزم في المركز الـ17 برصيد 15 نقطة.
""", [
    ev("hazm-match", "تعادل النصر مع الحزم 4-4", "2024-02-29", "'اليوم الخميس' = Thu 29 Feb 2024"),
    ev("ban-decision", "عقوبة الإيقاف مباراة واحدة", BAN[0], "no own expression; the one-match ban posted late on Wed 28 Feb 2024 (my span 28-29 Feb)", end=BAN[1]),
    ev("match-gesture", "احتفال غير أخلاقي أمام الشباب", "2024-02-25", "no own expression; at the end of the Al-Shabab match of Sun 25 Feb 2024"),
])

# ---------------------------------------------------------------- egypt-ramadan-sobhi-cas-doping-ban-2025
S = "egypt-ramadan-sobhi-cas-doping-ban-2025"
PROVISIONAL = ("2024-04-01", "2024-06-01")  # provisional suspension by the Egyptian NADO: spring 2024 ('مايو 2024' in one report)
LIFTED = ("2024-07-01", "2024-08-01")  # the Egyptian hearing panel lifted the suspension in July 2024
art(S, "https://nan.media/%d8%a7%d9%84%d9%85%d8%ad%d9%83%d9%85%d8%a9-%d8%a7%d9%84%d8%b1%d9%8a%d8%a7%d8%b6%d9%8a%d8%a9-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9-%d8%aa%d9%88%d9%82%d9%81-%d8%b1%d9%85%d8%b6%d8%a7%d9%86-%d8%b5",
    "2025-11-26", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الأربعاء' for the Egyptian Anti-Doping Organisation's receipt of the CAS award, which came on Wed 26 Nov 2025 (the player's lawyer: 'تم إخطارنا بالحكم في 26 نوفمبر'; a page stamped '1 ديسمبر 2025': 'أصدرت CAS قرارها في 26 نوفمبر 2025'); the summary lead above the article dropped; the last sentence cut where the stored text breaks off ('في حك...'); no date of its own in the text", False, """
أصدرت المحكمة الرياضية الدولية "كاس" حكماً رسمياً بإيقاف رمضان صبحي، لاعب نادي بيراميدز المصري، أربع سنوات بعدما ثبتت مخالفته لوائح مكافحة المنشطات.
وتسلمت المنظمة المصرية لمكافحة المنشطات القرار رسمياً صباح اليوم الأربعاء، تمهيداً لاتخاذ الإجراءات الرسمية التي تشمل إخطار اللاعب وناديه والاتحاد المصري لكرة القدم، والبدء فوراً في تنفيذ العقوبة.
ويمنع القرار اللاعب البالغ 28 عاماً من المشاركة في أي نشاط كروي محلي أو دولي طوال مدة الإيقاف، ولم يعد أمامه للطعن سوى طريق واحد هو التوجه إلى المحكمة الرياضية السويسرية.
وتعود القضية إلى اتهام اللاعب بتعاطي المنشطات عقب مباراة في كأس الكونفيدرالية الإفريقية موسم 2022-2023، إذ كانت اللجنة المصرية لمكافحة المنشطات قد أوقفته سابقاً قبل أن تبرئه، لكن اللجنة الدولية "وادا" تقدمت باستئناف طالبت فيه بإيقافه أربع سنوات، وهو ما قررته المحكمة الرياضية الدولية.
""", [
    ev("cas-ruling", "أصدرت المحكمة الرياضية الدولية \"كاس\" حكماً رسمياً", "2025-11-26", "no own expression; the CAS award notified on Wed 26 Nov 2025 (another report: 'أصدرت CAS قرارها في 26 نوفمبر 2025')"),
    ev("ruling-received", "صباح اليوم الأربعاء", "2025-11-26", "'صباح اليوم الأربعاء' = Wed 26 Nov 2025"),
    ev("provisional-suspension", "قد أوقفته سابقاً", PROVISIONAL[0], "'سابقاً': the Egyptian NADO's provisional suspension of spring 2024 (another report: 'إيقاف مؤقت في مايو 2024'; my span April-May 2024)", end=PROVISIONAL[1]),
    ev("suspension-lifted", "قبل أن تبرئه", LIFTED[0], "no own expression; the hearing panel cleared him and lifted the suspension in July 2024 (another report: 'برفع الإيقاف المؤقت في يوليو 2024'; my span July 2024)", end=LIFTED[1]),
    ev("wada-appeal", "تقدمت باستئناف طالبت فيه بإيقافه أربع سنوات", "2024-09-01", "no own expression; WADA's appeal to CAS was lodged in September 2024 (one report: 'قبل أن تعيد WADA الاستئناف في سبتمبر'; my span September 2024)", end="2024-10-01"),
])
art(S, "https://www.elbalad.news/6781721",
    "2025-11-28", "page stamp 'date 2025-11-28' at the head of the stored page (kept as first line '2025-11-28'); 28 Nov 2025 was a Friday, two days after the CAS award of Wed 26 Nov; no headline in the stored text", True, """
2025-11-28
أكد عامر العمايرة، خبير اللوائح الرياضية، أن قرار إيقاف رمضان صبحي لاعب بيراميدز أربع سنوات حكم نهائي صادر عن المحكمة الرياضية الدولية (كاس)، ولا يمكن الطعن عليه من الناحية الموضوعية.
وأوضح العمايرة، خلال برنامج الماتش مع الإعلامي إيهاب الكومي على قناة صدى البلد، أن الاستئناف أمام المحكمة الفيدرالية السويسرية ليس سوى إجراء روتيني، لأن هذه المحكمة تكتفي بمراجعة سلامة الإجراءات المتبعة في إصدار الحكم ولا تنظر في موضوع القضية نفسه.
وأضاف أن الطعن لا يُقبل إلا في حالات محددة، مثل عدم اختصاص كاس أو انتهاك الحق في محاكمة عادلة، وهو ما لم يقع في هذه القضية.
ولفت خبير اللوائح إلى أن قبول الطعن أمام المحكمة الفيدرالية، إذا حدث، سيفضي إلى إعادة نظر القضية أمام محكم جديد في كاس، مؤكداً أن الإيقاف يشمل ممارسة أي نشاط رياضي لا كرة القدم وحدها.
ونفى العمايرة أن يكون للحكم أي تأثير على نادي بيراميدز، مؤكداً أن النادي لا يمكن أن يُسحب منه لقب دوري أبطال إفريقيا إلا إذا ثبت تعاطي ثلاثة لاعبين على الأقل للمنشطات، وهو ما لم يحدث.
""", [
    ev("cas-ruling", "قرار إيقاف رمضان صبحي لاعب بيراميدز أربع سنوات", "2025-11-26", "no own expression; the CAS award of Wed 26 Nov 2025 (other reports: 'صباح اليوم الأربعاء', 'في 26 نوفمبر 2025')"),
    ev("tv-comments", "خلال برنامج الماتش مع الإعلامي إيهاب الكومي", "2025-11-27", "no own expression; the talk show aired between the award and the stamp (my span 27-28 Nov 2025)", end="2025-11-29"),
    ev("pyramids-caf-title", "لا يمكن أن يُسحب منه لقب دوري أبطال إفريقيا", "2025-06-01", "no own expression; Pyramids won the CAF Champions League final on Sun 1 Jun 2025 (outside knowledge)"),
])
art(S, "https://www.koonnews.com/%D8%B1%D9%85%D8%B6%D8%A7%D9%86-%D8%B5%D8%A8%D8%AD%D9%8A-%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D9%8A%D8%B3%D8%B1%D9%8A%D8%A9-%D8%AA%D8%A4%D9%83%D8%AF-%D8%B9%D8%AF%D9%85",
    "2025-12-01", "no stamp or URL date in the stored page: the body's own 'اليوم الإثنين 1 ديسمبر 2025' (1 Dec 2025 was a Monday) for the Swiss Federal Tribunal's reply; the truncated last sentence ('أكد زهران أنهم يعدون أدلة جديدة للاستئناف، مشيراً إلى أن...') dropped; the sub-heads 'تفاصيل القضية:' and 'تصريحات المحامي:' kept", True, """
أكدت المحكمة الفيدرالية السويسرية اليوم الإثنين 1 ديسمبر 2025 أن اللاعب المصري رمضان صبحي، جناح بيراميدز، لم يتقدم حتى الآن بأي استئناف على قرار المحكمة الرياضية الدولية (CAS) بإيقافه أربع سنوات بسبب مخالفات المنشطات.
وجاء رد المحكمة عبر بريد إلكتروني مؤرخ 29 نوفمبر 2025، ورد فيه: "نشير إلى رسالتكم المؤرخة 29 نوفمبر 2025 بخصوص لاعب كرة القدم المصري رمضان صبحي، ونؤكد لكم أنه حتى تاريخ اليوم لم يُقدَّم أي استئناف أمام المحكمة الفيدرالية العليا السويسرية في هذه القضية".
تفاصيل القضية:
أصدرت CAS قرارها في 26 نوفمبر 2025، إثر استئناف الوكالة العالمية لمكافحة المنشطات (WADA) على قرار الجهاز المصري لمكافحة المنشطات (EADO) برفع الإيقاف المؤقت في يوليو 2024.
واتُّهم صبحي بالتلاعب في عينة المنشطات الخاصة به بعد فحص إيجابي في مارس 2024، ما أدى إلى إيقافه مؤقتاً في مايو 2024، ثم رُفع الإيقاف في يوليو، قبل أن تعيد WADA الاستئناف في سبتمبر، ليصدر الحكم النهائي بأربع سنوات يمنع اللاعب (28 عاماً) من اللعب أو التدريب حتى نوفمبر 2029.
تصريحات المحامي:
وقال الدكتور هاني زهران، محامي صبحي: "تم إخطارنا بالحكم في 26 نوفمبر، ولدينا 30 يوماً للطعن أمام المحكمة السويسرية الفيدرالية".
""", [
    ev("swiss-tribunal-reply", "أكدت المحكمة الفيدرالية السويسرية اليوم الإثنين 1 ديسمبر 2025", "2025-12-01", "'اليوم الإثنين 1 ديسمبر 2025' = Mon 1 Dec 2025"),
    ev("tribunal-email", "عبر بريد إلكتروني مؤرخ 29 نوفمبر 2025", "2025-11-29", "'مؤرخ 29 نوفمبر 2025' = Sat 29 Nov 2025"),
    ev("cas-ruling", "أصدرت CAS قرارها في 26 نوفمبر 2025", "2025-11-26", "'في 26 نوفمبر 2025' = Wed 26 Nov 2025"),
    ev("suspension-lifted", "برفع الإيقاف المؤقت في يوليو 2024", LIFTED[0], "'في يوليو 2024' = July 2024", end=LIFTED[1]),
    ev("positive-test", "بعد فحص إيجابي في مارس 2024", "2024-03-01", "'في مارس 2024' = March 2024 (the positive result was announced by the FA at the end of March)", end="2024-04-01"),
    ev("provisional-suspension", "إيقافه مؤقتاً في مايو 2024", PROVISIONAL[0], "'في مايو 2024' = May 2024 by this report; the timing of the NADO's provisional suspension is uncertain (my span April-May 2024)", end=PROVISIONAL[1]),
])

# ---------------------------------------------------------------- egypt-shahat-chibi-slap-ban-2023
S = "egypt-shahat-chibi-slap-ban-2023"
COMPLAINT_P = ("2023-07-23", "2023-07-25")  # Pyramids' complaint, announced the night of the match / next day
art(S, "https://marsalqatar.qa/post/36520/%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D8%B5%D9%81%D8%B9%D8%A9-%D8%AA%D8%B4%D8%B9%D9%84-%D8%A7%D9%84%D9%88%D8%B3%D8%B7-%D8%A7%D9%84%D9%83%D8%B1%D9%88%D9%8A-%D9%81",
    "2023-07-24", "page stamp '24/07/2023 الساعة 10:45 (بتوقيت الدوحة)' under the headline (kept as first line, before the headline); 24 Jul 2023 was a Monday; the body's 'أمس الأحد' (Sun 23 Jul, the match) agrees; the currency ticker, the caption 'جانب من المشاجرة عقب مباراة الأهلي وبيراميدز', the reading-mode buttons and the truncated last sentence (the agent's contact with the Moroccan embassy, '...في القاهرة لتقديم') dropped", True, """
24/07/2023 الساعة 10:45 (بتوقيت الدوحة)
فيديو "صفعة" يشعل الوسط الكروي في مصر وينتقل إلى القضاء
شهدت مباراة الأهلي مع منافسه بيراميدز، أمس الأحد، مشاجرة بين حسين الشحات لاعب القلعة الحمراء والمحترف المغربي محمد الشيبي، في أعقاب لقاء الفريقين في الدوري المصري.
فبعد انتهاء المباراة بفوز بيراميدز بثلاثية نظيفة، وجّه الشحات كلمات إلى الشيبي ثم صفعه بقوة على وجهه، فاشتبك الاثنان واضطر لاعبو الفريقين إلى الفصل بينهما.
وعقب الواقعة، صافح حسين الشحات محمد الشيبي واعتذر له، فيما قرر الأهلي معاقبة لاعبه على ما بدر منه، إذ فرض مدير الكرة في النادي سيد عبد الحفيظ غرامة مالية كبيرة على اللاعب البالغ من العمر 31 عاماً.
وفي الجهة المقابلة، قررت إدارة بيراميدز التقدم بشكوى رسمية ضد الشحات إلى لجنة الانضباط في الاتحاد المصري لكرة القدم وإلى إدارة رابطة الأندية المحترفة، بسبب ما صدر منه.
""", [
    ev("slap", "أمس الأحد، مشاجرة بين حسين الشحات", "2023-07-23", "'أمس الأحد' before Mon 24 Jul = Sun 23 Jul 2023 (the slap came right after the final whistle)"),
    ev("apology", "صافح حسين الشحات محمد الشيبي واعتذر له", "2023-07-23", "'عقب الواقعة': the handshake in the tunnel after the match of Sun 23 Jul 2023"),
    ev("ahly-fine", "فرض مدير الكرة في النادي سيد عبد الحفيظ غرامة مالية كبيرة", "2023-07-23", "no own expression; Al Ahly's fine, announced the night of the match or the next morning (my span 23-24 Jul 2023)", end="2023-07-25"),
    ev("pyramids-complaint", "قررت إدارة بيراميدز التقدم بشكوى رسمية ضد الشحات", COMPLAINT_P[0], "no own expression; Pyramids' decision to complain, the night of the match or the next morning (my span 23-24 Jul 2023)", end=COMPLAINT_P[1]),
])
art(S, "http://healtek.us/article/watch-a-sarcastic-reaction-from-shikabala-after-",
    "2023-07-24", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس الأحد' for Al Ahly's 0-3 defeat by Pyramids at the Air Defence Stadium, played on Sun 23 Jul 2023 (a page stamped '24/07/2023' has 'أمس الأحد' for the same match): so Mon 24 Jul 2023; the truncated last sentence ('واعتدى حسين الشحات... على اللاعب المغربي محمد ال...') dropped; no date of its own in the text", False, """
علّق محمود عبد الرازق شيكابالا ساخراً على العقوبة التي فُرضت على حسين الشحات بعد صفعه لاعب بيراميدز المغربي محمد الشيبي.
وكتب شيكابالا: "قانون ساكسونيا".
وكان الفريق الأول لكرة القدم بالنادي الأهلي قد خسر أمام بيراميدز بثلاثية نظيفة، بمشاركة حسين الشحات، في المباراة التي جمعت الفريقين مساء أمس الأحد على استاد الدفاع الجوي، والمؤجلة من الجولة الـ28 للدوري الممتاز.
وبعد نهاية المباراة، وقعت أحداث مؤسفة بطلها نجم الأهلي حسين الشحات، الذي صفع لاعب بيراميدز المغربي محمد الشيبي.
وشنّت وسائل الإعلام المغربية هجوماً حاداً على الشحات بسبب واقعة الصفع.
وأثار اعتداء الشحات على الظهير الأيمن لبيراميدز جدلاً واسعاً عقب انتهاء اللقاء ضمن منافسات الدوري المصري أمس الأحد.
وقررت رابطة الأندية المصرية المحترفة برئاسة أحمد دياب، بالتنسيق مع إدارة المسابقات برئاسة عامر حسين، إيقاف الشحات مباراتين وتغريمه 20 ألف جنيه، بسبب سلوكه غير الرياضي تجاه الشيبي عقب مباراة بيراميدز، وفقاً لقائمة العقوبات.
""", [
    ev("shikabala-comment", "علّق محمود عبد الرازق شيكابالا ساخراً", "2023-07-24", "no own expression; the post followed the league's ban, on the publication day Mon 24 Jul 2023"),
    ev("slap", "الذي صفع لاعب بيراميدز المغربي محمد الشيبي", "2023-07-23", "no own expression; after the match of 'مساء أمس الأحد' = Sun 23 Jul 2023"),
    ev("moroccan-media", "وشنّت وسائل الإعلام المغربية هجوماً حاداً", "2023-07-23", "no own expression; from the night of the match to the publication day (my span 23-24 Jul 2023)", end="2023-07-25"),
    ev("league-ban", "إيقاف الشحات مباراتين وتغريمه 20 ألف جنيه", "2023-07-24", "no own expression; the League's decision, reported on Mon 24 Jul 2023 the day after the match"),
])
art(S, "https://analkhabar.com/%d8%b5%d9%81%d8%b9%d8%a9-%d8%a7%d9%84%d8%b4%d8%ad%d8%a7%d8%aa-%d9%84%d9%84%d8%b4%d9%8a%d8%a8%d9%8a-%d9%82%d8%b1%d8%a7%d8%b1-%d8%ac%d8%af%d9%8a%d8%af-%d9%81%d9%8a-%d8%a7%d9%84%d8%b7%d8%b1%d9%8a",
    "2023-07-30", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' for the meeting of the FA's appeals committee, with 'في الأحد الماضي' for the match (Sun 23 Jul 2023): the next Sunday, Sun 30 Jul 2023; the truncated last sentence (a repeat of the League's ban, '...وتغريمه 20 ألف جنيه ب...') dropped; the source's claim that the League itself appealed is kept as it stands; no date of its own in the text", False, """
اجتمعت لجنة التظلمات في اتحاد الكرة اليوم الأحد للنظر في تشديد عقوبة حسين الشحات، نجم النادي الأهلي، بعد صفعه اللاعب المغربي محمد الشيبي لاعب نادي بيراميدز، عقب المباراة التي أقيمت مؤخراً في الدوري الممتاز وخسرها الفريق الأحمر بثلاثية نظيفة.
وكانت رابطة الأندية المحترفة برئاسة أحمد دياب، بالتعاون مع إدارة المسابقات برئاسة عامر حسين، قد تقدمت بطعن على عقوبة إيقاف حسين الشحات مباراتين وتغريمه 20 ألف جنيه بسبب سلوكه غير الرياضي في مباراة بيراميدز.
وبحسب مصادر داخل اتحاد الكرة نقلت عنها صحيفة "صدى البلد"، يبدو أن لجنة التظلمات برئاسة المستشار عادل الشوربجي اتفقت على تشديد عقوبة الشحات لتتراوح بين 4 و8 مباريات.
وستستند لجنة التظلمات إلى جميع المستندات ومقاطع الفيديو التي قدمها نادي بيراميدز في شكواه، لفحص الأدلة واتخاذ قرار بتشديد العقوبة من عدمه.
ويواجه نجم الأهلي عقوبات جنائية بعد تورطه في واقعة صفع الشيبي، عقب المباراة التي جمعت الفريقين في الأحد الماضي ضمن الدوري الممتاز.
""", [
    ev("appeals-meeting", "اجتمعت لجنة التظلمات في اتحاد الكرة اليوم الأحد", "2023-07-30", "'اليوم الأحد' = Sun 30 Jul 2023 (the Sunday after the match of 'الأحد الماضي')"),
    ev("league-ban", "على عقوبة إيقاف حسين الشحات مباراتين", "2023-07-24", "no own expression; the League's ban of Mon 24 Jul 2023"),
    ev("pyramids-complaint", "التي قدمها نادي بيراميدز في شكواه", COMPLAINT_P[0], "no own expression; Pyramids' complaint of 23-24 Jul 2023 (my span)", end=COMPLAINT_P[1]),
    ev("slap", "واقعة صفع الشيبي، عقب المباراة التي جمعت الفريقين في الأحد الماضي", "2023-07-23", "'في الأحد الماضي' before Sun 30 Jul = Sun 23 Jul 2023"),
])

# ---------------------------------------------------------------- iraq-sajjad-ghanim-paris-doping-2024
S = "iraq-sajjad-ghanim-paris-doping-2024"
art(S, "https://aajeg.com/sport/%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D9%84%D8%A7%D8%B9%D8%A8-%D8%A7%D9%84%D8%AC%D9%88%D8%AF%D9%88-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D8%B3%D8%AC%D8%A7%D8%AF-%D8%BA%D8%A7%D9%86%D9%85-%D9%85%D8%A4%D9%82%D8%AA%D8%A7%D9%8B-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D9%85%D9%86%D8%B4%D8%B7%D8%A7%D8%AA",
    "2024-07-26", "page stamp '26 يوليو 2024' under the headline (kept as first line, before the headline); 26 Jul 2024 was a Friday, the day of the ITA's announcement; the body's 'اليوم الجمعة' agrees; the caption ('شعار الألعاب الأولمبية في ملعب مرسيليا في 24 يوليو 2024 ...'), the font buttons, the three-line summary box and the truncated last sentence ('وذلك ب...') dropped", True, """
26 يوليو 2024
إيقاف لاعب الجودو العراقي سجاد غانم مؤقتاً بسبب المنشطات
أعلنت وكالة الاختبارات الدولية "آي تي إيه" إيقاف لاعب الجودو العراقي سجاد غانم بصورة مؤقتة ومنعه من المشاركة في الأولمبياد، للاشتباه في تعاطيه المنشطات بعد العثور في عينته على مادتين تحظرهما الوكالة العالمية لمكافحة المنشطات "وادا"، في صدمة كبيرة للبعثة العراقية المشاركة في النسخة الـ33 من دورة الألعاب الأولمبية المقامة في العاصمة الفرنسية باريس.
وبحسب التفاصيل التي أوردتها صحيفة ماركا الإسبانية اليوم الجمعة، يُعد سجاد غانم أول رياضي يُشتبه في تورطه بقضية منشطات خلال أولمبياد باريس 2024.
""", [
    ev("ita-suspension", "أعلنت وكالة الاختبارات الدولية \"آي تي إيه\" إيقاف لاعب الجودو العراقي", "2024-07-26", "no own expression; the ITA's announcement of Fri 26 Jul 2024 (the stamp; 'اليوم الجمعة')"),
    ev("marca-report", "أوردتها صحيفة ماركا الإسبانية اليوم الجمعة", "2024-07-26", "'اليوم الجمعة' = Fri 26 Jul 2024"),
    ev("paris-games", "النسخة الـ33 من دورة الألعاب الأولمبية", "2024-07-26", "no own expression; the Paris Games, 26 Jul - 11 Aug 2024 (outside knowledge)", end="2024-08-12"),
])
art(S, "https://elbaladsport.com/news/32355",
    "2024-07-27", "no stamp or URL date in the stored page: fixed by the body's 'اليوم السبت' for the Iraqi Olympic Committee's inquiry, with 'أمس الجمعة' for the ITA's provisional suspension, announced on Fri 26 Jul 2024 (a page stamped '26 يوليو 2024'): so Sat 27 Jul 2024; the truncated last sentence ('إلا أن ما جرى...') dropped; no date of its own in the text", False, """
قرر رئيس اللجنة الأولمبية العراقية عقيل مفتن اليوم السبت فتح تحقيق للوقوف على ملابسات سقوط مصارع الجودو سجاد غانم في اختبار المنشطات قبل مشاركته في ألعاب باريس.
وكانت وكالة الاختبارات الدولية قد أوقفت غانم مؤقتاً أمس الجمعة، بعدما كشفت تحاليل عينته عن مواد محظورة رياضياً.
واستُبعد غانم من المشاركة في أي فعاليات بأولمبياد باريس، غير أن بإمكانه طلب فحص عينة ثانية.
ونقلت وكالة الأنباء العراقية عن مفتن قوله في بيان: "اللجنة الأولمبية الوطنية العراقية لن تقف مكتوفة الأيدي في هذه القضية، وستحاسب المقصر، سواء كان اللاعب أو المدرب أو الإدارة أو اتحاد اللعبة، وستكون العقوبة قاسية بحق من تسبب بتشويه سمعة اللجنة الأولمبية في هذا المحفل الكبير".
وأضاف: "ما حدث للاعب سجاد غانم يعد سابقة خطيرة في الرياضة العراقية، فاللجنة الأولمبية تحرص دائماً على أن تكون مشاركاتها في المحافل الخارجية مثالية وبعيدة عن أي مشاكل، لذلك لن يمر ما حدث مرور الكرام، وستكون العقوبات قاسية جداً بحق المتسبب".
""", [
    ev("investigation-ordered", "قرر رئيس اللجنة الأولمبية العراقية عقيل مفتن اليوم السبت فتح تحقيق", "2024-07-27", "'اليوم السبت' = Sat 27 Jul 2024"),
    ev("ita-suspension", "قد أوقفت غانم مؤقتاً أمس الجمعة", "2024-07-26", "'أمس الجمعة' before Sat 27 Jul = Fri 26 Jul 2024"),
    ev("muftin-statement", "عن مفتن قوله في بيان", "2024-07-27", "no own expression; the committee's statement announcing the inquiry, Sat 27 Jul 2024 ('اليوم السبت')"),
])
art(S, "https://al-jazirah.com./2024/20240729/sp13.htm",
    "2024-07-29", "date in the URL '/2024/20240729/' (the Saudi daily Al-Jazirah's edition of Mon 29 Jul 2024); the text's 'يوم 23 يوليو الجاري' (the test) and the Iraqi committee's inquiry of Sat 27 Jul agree; the signature '«الجزيرة» - الرياضة:' dropped; no date of its own in the text", False, """
استُبعد لاعب الجودو العراقي سجاد غانم من منافسات دورة الألعاب الأولمبية في باريس، بعدما ثبت وجود مواد تحظرها الوكالة العالمية لمكافحة المنشطات (وادا) في الفحص الذي خضع له يوم 23 يوليو الجاري.
وبيّنت الوكالة أن عينته احتوت على مادتي «ميتاندينون» و«بولدينون» المحظورتين، فأوقف مؤقتاً وأُبلغ بمنعه من المشاركة في أي نشاط بدورة الألعاب الأولمبية في باريس، مع احتفاظه بحق الطعن في القرار أمام محكمة التحكيم الرياضي (كاس)، وبحق طلب تحليل عينة ثانية.
من جهته، وجّه رئيس اللجنة الأولمبية العراقية الدكتور عقيل مفتن بتشكيل لجنة تحقيق للكشف عن المتسبب في تناول اللاعب سجاد غانم للمنشطات قبل مشاركته في منافسات الجودو بالأولمبياد.
وقال مفتن إن اللجنة الأولمبية الوطنية العراقية لن تقف مكتوفة الأيدي في هذه القضية، وستحاسب المقصر، سواء أكان اللاعب أم المدرب أم الإدارة أم اتحاد اللعبة، مؤكداً أن العقوبة ستكون قاسية بحق من تسبب في تشويه سمعة اللجنة الأولمبية في هذا المحفل الكبير.
""", [
    ev("doping-test", "في الفحص الذي خضع له يوم 23 يوليو الجاري", "2024-07-23", "'يوم 23 يوليو الجاري' = Tue 23 Jul 2024"),
    ev("ita-suspension", "فأوقف مؤقتاً وأُبلغ بمنعه من المشاركة", "2024-07-26", "no own expression; the ITA's provisional suspension of Fri 26 Jul 2024 (other reports: 'أمس الجمعة', 'اليوم الجمعة')"),
    ev("investigation-ordered", "بتشكيل لجنة تحقيق للكشف عن المتسبب", "2024-07-27", "no own expression; Muftin's order of Sat 27 Jul 2024 (another report: 'اليوم السبت')"),
    ev("muftin-statement", "وقال مفتن إن اللجنة الأولمبية الوطنية العراقية لن تقف مكتوفة الأيدي", "2024-07-27", "no own expression; the statement of Sat 27 Jul 2024"),
])
art(S, "https://foowz.com/%d9%85%d9%86%d8%b8%d9%91%d9%85%d9%88-%d8%a7%d9%84%d8%a3%d9%88%d9%84%d9%85%d8%a8%d9%8a%d8%a7%d8%af-%d9%8a%d8%a8%d8%b9%d8%af%d9%88%d9%86-%d8%b3%d8%ac%d9%91%d8%a7%d8%af-%d8%ba%d8%a7%d9%86%d9%85-%d8%b9",
    "2024-07-30", "no stamp or URL date in the stored page: fixed by the body's 'أمس (الإثنين) 29 تموز 2024' for the organisers' notice and 'اليوم (الثلاثاء)' for the player's return to Baghdad: so Tue 30 Jul 2024; the dateline 'باريس/ فوز' and the truncated last sentence ('...العقوبات المُنتظرة بحقِّ اللاعب ست...') dropped; the text states the day before, not its own day, so it counts as undated", False, """
منظمو الأولمبياد يبعدون سجاد غانم عن الدورة
قررت اللجنة المنظمة لدورة الألعاب الأولمبية في باريس إبعاد اللاعب سجاد غانم وحرمانه من المشاركة في مسابقة الجودو بالأولمبياد، بعد ثبوت تناوله المنشطات وعدم اقتناعها بالإجابات التي قدمها خلال الاستجواب الذي خضع له.
وقال رئيس البعثة العراقية المشاركة في أولمبياد باريس، الدكتور هرده رؤوف، في تصريح نقله إعلام اللجنة الأولمبية، إن اللجنة المنظمة للدورة أبلغت البعثة العراقية رسمياً، أمس (الإثنين) 29 تموز 2024، بقرارها إبعاد لاعب منتخب الجودو سجاد غانم عن المنافسات الأولمبية لتناوله مواد محظورة دولياً.
وأوضح أن اللجنة المنظمة أكدت عدم اقتناعها بالأجوبة التي قدمها اللاعب خلال جلسة التحقيق التي عقدتها المحكمة التابعة لها، ولذلك قررت رسمياً إبعاده عن القرية الرياضية ومنعه من المشاركة في منافسات الجودو بالأولمبياد، على أن يعود سجاد غانم إلى العاصمة بغداد اليوم (الثلاثاء).
""", [
    ev("exclusion-decision", "أمس (الإثنين) 29 تموز 2024", "2024-07-29", "'أمس (الإثنين) 29 تموز 2024' = Mon 29 Jul 2024"),
    ev("hearing", "خلال جلسة التحقيق التي عقدتها المحكمة التابعة لها", "2024-07-27", "no own expression; the hearing, announced for Saturday 27 Jul by the head of mission, before the decision of Mon 29 Jul (my span 27-29 Jul 2024)", end="2024-07-30"),
    ev("return-baghdad", "إلى العاصمة بغداد اليوم (الثلاثاء)", "2024-07-30", "'اليوم (الثلاثاء)' = Tue 30 Jul 2024"),
])

# ---------------------------------------------------------------- sudan-fifa-fa-suspension-2017
S = "sudan-fifa-fa-suspension-2017"
INTERVENTION = ("2017-05-31", "2017-06-03")  # the justice ministry's order (31 May - 2 Jun 2017) and the takeover of the FA's seat
art(S, "https://218tv.net/%d9%81%d9%8a%d9%81%d8%a7-%d9%8a%d9%88%d9%82%d9%81-%d9%86%d8%b4%d8%a7%d8%b7-%d8%a7%d9%84%d8%a7%d8%aa%d8%ad%d8%a7%d8%af-%d8%a7%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86%d9%8a-%d9%84%d9%83%d8%b1%d8%a9-%d8%a7",
    "2017-07-06", "page stamp 'نشر في: 06/07/2017 - 22:24' under the headline (kept as first line, before the headline); 6 Jul 2017 was a Thursday; the body's 'الخميس' and 'اليوم' agree; the rubric 'الرياضة العالمية' dropped", True, """
نشر في: 06/07/2017 - 22:24
"فيفا" يوقف نشاط الاتحاد السوداني لكرة القدم
علّق الاتحاد الدولي لكرة القدم، الخميس، نشاط الاتحاد السوداني للعبة بسبب تدخل جهات حكومية في شؤون الرياضة السودانية.
وجاء القرار في خطاب رسمي أصدره الفيفا اليوم، طالب فيه بإخلاء مقر اتحاد الكرة السوداني الذي تسيطر عليه مجموعة تزعم فوزها في الانتخابات التي جرت مؤخراً ولا يعترف بها الفيفا.
وبموجب هذا القرار، ستُستبعد الأندية السودانية المشاركة حالياً في المسابقات الإفريقية، ومنها المريخ والهلال اللذان يخوضان دوري أبطال إفريقيا، إلى جانب الضربة الأكبر المتمثلة في حرمان المنتخب السوداني من خوض التصفيات الإفريقية المؤهلة إلى مونديال روسيا 2018.
""", [
    ev("fifa-suspension", "علّق الاتحاد الدولي لكرة القدم، الخميس", "2017-07-06", "'الخميس' = Thu 6 Jul 2017 (the stamp)"),
    ev("government-interference", "بسبب تدخل جهات حكومية", INTERVENTION[0], "no own expression; the justice undersecretary's order of 31 May - 2 Jun 2017 and the police takeover of the FA's seat (FIFA's statement: 'الصادر في 2 يونيو 2017'; my span 31 May - 2 Jun)", end=INTERVENTION[1]),
    ev("disputed-election", "في الانتخابات التي جرت مؤخراً", "2017-04-25", "'مؤخراً': the Sudanese FA election held at the end of April 2017 despite FIFA's objection (my span 25-30 Apr 2017)", end="2017-05-01"),
    ev("caf-exclusion", "ستُستبعد الأندية السودانية المشاركة حالياً في المسابقات الإفريقية", "2017-07-07", "no own expression; CAF excluded Al-Hilal, Al-Merrikh and Al-Hilal El-Obeid the next day, Fri 7 Jul 2017 (another report: 'بيان الكاف الصادر، أمس الجمعة')"),
])
art(S, "https://djazairess.com/echchaab/89724",
    "2017-07-08", "a djazairess mirror of an Echchaab item without stamp or URL date: fixed by the body's 'أمس الجمعة' for CAF's statement excluding the Sudanese clubs, issued on Fri 7 Jul 2017 the day after FIFA's suspension of Thu 6 Jul (a page stamped '06/07/2017'): so Sat 8 Jul 2017; the truncated last sentence (the Confederation Cup group, 'زيسكو يو...') dropped; no date of its own in the text", False, """
جمّدت الفيفا عضوية الاتحاد السوداني لكرة القدم، فيما عوقبت أنديته المشاركة في رابطة أبطال إفريقيا وكأس الكونفيدرالية نسخة 2017 بالإقصاء.
ولم يكشف بيان "الكاف" الصادر، أمس الجمعة، عن سبب معاقبة اتحاد الكرة السوداني وتجميد عضويته في الفيفا، واكتفى بالإشارة إلى منع منتخبات هذا البلد وأنديته من خوض المنافسات الدولية إلى حين.
وكانت الحكومة السودانية قد تدخلت في ال 2 من جوان الماضي، فنحّت رئيس اتحاد الكرة المحلي معتصم جعفر وعوّضته بالمسؤول عبد الرحمان الكاتم، وهو ما جلب العقوبة.
ومعلوم أن لوائح الفيفا تمنع تدخل الحكومات في شؤون اتحادات الكرة الوطنية.
وبذلك يغادر الهلال والمريخ السودانيان سباق رابطة أبطال إفريقيا، رغم أن كلاً منهما خاض 5 مباريات في دور المجموعات، قبل جولة واحدة من نهاية المشوار.
علماً أنهما يلعبان في المجموعة الأولى نفسها رفقة النجم الساحلي التونسي وفيروفياريو الموزمبيقي، ما يعني أن هذين الفريقين تأهلا رسمياً إلى الدور ربع النهائي.
وفي كأس الكونفيدرالية، يغادر نادي الهلال الأبيض السوداني السباق رسمياً، رغم خوضه 5 مباريات في دور المجموعات وتصدره مجموعته قبل جولة واحدة من النهاية.
""", [
    ev("fifa-suspension", "جمّدت الفيفا عضوية الاتحاد السوداني لكرة القدم", "2017-07-06", "no own expression; FIFA's suspension of Thu 6 Jul 2017 (another report stamped '06/07/2017': 'الخميس')"),
    ev("caf-exclusion", "بيان \"الكاف\" الصادر، أمس الجمعة", "2017-07-07", "'أمس الجمعة' before Sat 8 Jul = Fri 7 Jul 2017"),
    ev("government-interference", "قد تدخلت في ال 2 من جوان الماضي", INTERVENTION[0], "'في ال 2 من جوان الماضي' = 2 Jun 2017 (the undersecretary's order, issued on the afternoon of 31 May by another account; my span 31 May - 2 Jun)", end=INTERVENTION[1]),
    ev("etoile-ferroviario-qualify", "ما يعني أن هذين الفريقين تأهلا رسمياً", "2017-07-07", "no own expression; a consequence of CAF's exclusion of Fri 7 Jul 2017 (the last group round was played that weekend; my span 7-8 Jul)", end="2017-07-09"),
])


# ---------------------------------------------------------------- algeria-nourine-tokyo-judo-suspension-2021
S = "algeria-nourine-tokyo-judo-suspension-2021"
art(S, "https://maghress.com/assahifa/73579",
    "2021-07-22", "a maghress mirror of an Assahifa (Morocco) item without stamp or URL date: fixed by the body's 'اليوم الخميس' for Fethi Nourine's withdrawal from the Tokyo judo tournament, announced on Thu 22 Jul 2021 a few hours after the draw (tweets of July 22, 2021; another outlet's URL dated 23/07/2021 has 'الخميس'): so Thu 22 Jul 2021; no date of its own in the text", False, """
أعلن البطل الجزائري فتحي نورين، اليوم الخميس، انسحابه من منافسات الجودو في دورة الألعاب الأولمبية الصيفية التي تستضيفها العاصمة اليابانية طوكيو، بعد ساعات قليلة من إجراء القرعة التي وضعته في مواجهة محتملة مع منافس إسرائيلي في الدور الثاني.
وبعد اطلاعه على قرعة وزن أقل من 73 كلغ، التي كان يفترض أن يواجه بموجبها المصارع السوداني محمد عبد الرسول في الدور الأول، الاثنين المقبل، استبق نورين الأحداث وأعلن انسحابه من المنافسة، إذ كان مرشحاً لملاقاة الإسرائيلي طوهر بوطبول، وصيف بطل العالم 2019 والمصنف السابع عالمياً.
وأكد نورين في تصريحات إعلامية أنه "قرر التضحية بالمشاركة في أكبر حدث رياضي عالمي على التطبيع مع الكيان الغاصب، وذلك تضامنا مع الأشقاء في فلسطين المحتلة"، على حد تعبيره.
وليست هذه المرة الأولى التي يقرر فيها الانسحاب أمام خصوم إسرائيليين، فقد سبق أن فعل ذلك في عدة تظاهرات دولية سابقة.
""", [
    ev("withdrawal", "اليوم الخميس، انسحابه من منافسات الجودو", "2021-07-22", "'اليوم الخميس' = Thu 22 Jul 2021"),
    ev("draw", "بعد ساعات قليلة من إجراء القرعة", "2021-07-22", "no own expression; the judo draw held on the morning of Thu 22 Jul 2021 ('ساعات قليلة' before the withdrawal of 'اليوم الخميس')"),
    ev("scheduled-bout", "في الدور الأول، الاثنين المقبل", "2021-07-26", "'الاثنين المقبل' after Thu 22 Jul = Mon 26 Jul 2021 (the -73 kg day; the bout was not fought)"),
    ev("earlier-withdrawals", "فقد سبق أن فعل ذلك في عدة تظاهرات دولية سابقة", "2019-08-25", "no own expression; the best-known earlier case is his withdrawal at the 2019 World Championships in Tokyo (25 Aug - 1 Sep 2019; my span)", end="2019-09-02"),
])
art(S, "https://www.mabapost.tn/6711/sports/%25D8%25A3%25D9%2588%25D9%2584%25D9%2585%25D8%25A8%25D9%258A%25D8%25A7%25D8%25AF-%25D8%25B7%25D9%2588%25D9%2583%25D9%258A%25D9%2588-2020/%25D9%2581%25D8%25AA%25D8%25AD%25D9%258A-%25D9%2586%25D9%2588%25D8%25B1%25D9%258A%25D9%2586-%25D9%258A%25D9%2586%25D8%25B3%25D8%25AD%25D8%25A8-%25D9%2585%25D9%2586-%25D8%25A7%25D9%2584%25D8%25A3%25D9%2588%25D9%2584%25D9%2585%25D8%25A8%25D9%258A%25D8%25A7%25D8%25AF/23/07/2021/amp/",
    "2021-07-23", "date in the URL '/23/07/2021/' (Fri 23 Jul 2021, the day after the withdrawal); the body's 'الخميس' (Thu 22) and 'الإثنين القادم' (Mon 26) agree; the footer 'Exit mobile version' dropped; the source's slips ('قرّر ... بمغادرة', 'سيباري') smoothed in the re-wording; no date of its own in the text", False, """
فتحي نورين لاعب الجيدو الجزائري ينسحب من الأولمبياد بسبب منافس إسرائيلي
قرر المصارع الجزائري فتحي نورين (30 عاماً)، الخميس، مغادرة أولمبياد طوكيو 2020 بعد تأهله المباشر إلى هذه المسابقة العالمية، والسبب بحسب ما أسفرت عنه القرعة هو ملاقاة منافس من إسرائيل.
وكان من المنتظر أن يواجه نورين، الإثنين القادم، السوداني محمد عبد الرسول في وزن أقل من 73 كلغ، على أن يلاقي الفائز منهما الإسرائيلي توهار بوتبول في الدور السادس عشر.
وذكرت صحيفة الشروق الجزائرية أن نورين فضّل الانتصار للقضية الفلسطينية الإنسانية العادلة على حصد مجد رياضي أولمبي.
في المقابل، لم تصدر الجامعة الجزائرية للجيدو حتى اللحظة بلاغاً بشأن هذا الانسحاب، ولا تعليقاً على القرعة التي أفضت إليه.
""", [
    ev("withdrawal", "الخميس، مغادرة أولمبياد طوكيو 2020", "2021-07-22", "'الخميس' before Fri 23 Jul = Thu 22 Jul 2021"),
    ev("draw", "بحسب ما أسفرت عنه القرعة", "2021-07-22", "no own expression; the draw of Thu 22 Jul 2021"),
    ev("scheduled-bout", "الإثنين القادم", "2021-07-26", "'الإثنين القادم' after Fri 23 Jul = Mon 26 Jul 2021"),
])
art(S, "https://m.elbotola.com/article/2021-07-24-12-33-304.html",
    "2021-07-24", "date in the URL '/2021-07-24-12-33-...' (Sat 24 Jul 2021) and the body's 'اليوم السبت' for the Algerian Olympic Committee's decision; no date of its own in the text", False, """
اللجنة الأولمبية الجزائرية تسحب اعتمادي لاعب الجودو نورين ومدربه وتعيدهما إلى بلادهما بعد إيقافهما بسبب رفض الأول مواجهة "مشارك إسرائيلي"
قررت اللجنة الأولمبية الجزائرية، اليوم السبت، سحب اعتمادي لاعب الجودو فتحي نورين ومدربه عمار بن خليف من أولمبياد "طوكيو 2020" وإعادتهما إلى بلادهما.
وكان الاتحاد الدولي للجودو قد أعلن إيقاف نورين ومدربه، إثر رفض اللاعب مواجهة محتملة مع لاعب إسرائيلي قبل انطلاق المنافسات في أولمبياد طوكيو.
وأوضح الاتحاد أنه فتح تحقيقاً في المسألة انتهى إلى إيقاف نورين ومدربه مؤقتاً، وزعم في بيان أن انسحاب نورين يتعارض تماماً مع فلسفته.
وكان يُفترض أن يلتقي نورين في الدور الأول السوداني محمد عبد الرسول، على أن يواجه الفائز منهما في الدور الثاني الإسرائيلي بوتبول طاهار.
وقال فتحي عن قراره: "صحيح أنها الألعاب الأولمبية، لكن إن شاء الله يعوضنا ربنا. من واجبنا تجاه القضية الفلسطينية التي هي فوق كل شيء أن ننسحب من مواجهة لاعب يحمل علم إسرائيل".
""", [
    ev("coa-accreditation-withdrawn", "اليوم السبت، سحب اعتمادي لاعب الجودو", "2021-07-24", "'اليوم السبت' = Sat 24 Jul 2021"),
    ev("ijf-suspension", "قد أعلن إيقاف نورين ومدربه", "2021-07-24", "no own expression; the IJF Executive Committee's provisional suspension, announced on Sat 24 Jul 2021 just before the committee's decision (another report: 'أعلنت اللجنة التنفيذية للاتحاد الدولي للجودو السبت')"),
    ev("withdrawal", "إثر رفض اللاعب مواجهة محتملة", "2021-07-22", "no own expression; the withdrawal of Thu 22 Jul 2021 (other reports: 'اليوم الخميس', 'الخميس')"),
    ev("ijf-investigation", "أنه فتح تحقيقاً في المسألة", "2021-07-22", "no own expression; the IJF inquiry between the withdrawal (Thu 22) and the suspension (Sat 24 Jul 2021; my span)", end="2021-07-25"),
    ev("scheduled-bout", "في الدور الأول السوداني محمد عبد الرسول", "2021-07-26", "no own expression; the first-round bout set for Mon 26 Jul 2021 (other reports: 'الاثنين المقبل'), never fought"),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 210)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
