"""Builds stories.jsonl: the 293-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: passports, national ID cards and civil-registry services
(new systems, queues, fees, outages): Tunisia's parliament adopting the biometric ID-card and passport laws
(March 2024) and the government's ministerial session that set their roll-out for the first half of 2025
(April 2024), the Yemeni prime minister's halt of the e-passport printing contract amid Aden's passport crisis
(September 2025), Iraq's first colour national-card printing plant (July 2024), Egypt's passport fee decree
1104 of 2025 (June 2025) and the launch of Jordan's e-passport through the Sanad app (September 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-biometric-id-passport-laws-vote-2024
S = "tunisia-biometric-id-passport-laws-vote-2024"
art(S, "https://rm-fm.net/ar/%d8%a7%d9%84%d8%a8%d8%b1%d9%84%d9%85%d8%a7%d9%86-%d9%8a%d8%b5%d8%a7%d8%af%d9%82-%d8%b9%d9%84%d9%89-%d9%85%d8%b4%d8%b1%d9%88%d8%b9%d9%8a-%d9%82%d8%a7%d9%86%d9%88%d9%86%d9%8a%d9%86-%d8%a3%d8%b3%d8%a7",
    "2024-03-06", "no date on the stored page; the body's 'ليل الأربعاء' and 'جلسة عامة انطلقت منذ صباح اليوم' put it on the evening of the plenary of Wed 6 Mar 2024 (the date given by the parliament's statement in the alhorria item of Thu 7 Mar: 'يوم امس الاربعاء'); headline rendered from the (cut) URL slug and the body; the last, truncated sentence dropped; no date of its own in the text", False, """
البرلمان يصادق على مشروعي قانونين أساسيين حول بطاقة التعريف وجواز السفر البيومتريين
صادق مجلس نواب الشعب ليل الأربعاء على مشروعي القانونين المتعلقين ببطاقة التعريف وجواز السفر البيومتريين، في ختام جلسة عامة انطلقت منذ صباح اليوم بقصر باردو، ونال كل منهما تأييد 107 نواب.
وصوّت 107 نواب لفائدة مشروع القانون الأساسي الأول الخاص بتنقيح وإتمام القانون عدد 27 لسنة 1993 المؤرّخ في 22 مارس 1993 المتعلّق ببطاقة التعريف الوطنية، في حين احتفظ 4 نواب بأصواتهم وعارضه ثلاثة.
واعتمد النواب الفصول الستة المقترحة بصيغتها الأصلية، ما عدا الفصل الأول الذي أُدخل عليه تعديل.
ورفضوا مقترحا تقدّم به عدد من النواب لتعديل الفصل السادس المتعلق بإحداث قاعدة للبيانات البيومترية.
وشدد وزير الداخلية كمال الفقي على تمسك جهة المبادرة بالنص الأصلي لهذا الفصل، بينما رأى أحد النواب من أصحاب مقترح التعديل أن إحداث قاعدة بيانات بيومترية يمثل خطرا، لأن تجميع معطيات المواطنين في قاعدة واحدة مجازفة مهما بلغت درجة حمايتها وتشفيرها.
ومن جهة أخرى، حظي مشروع القانون الأساسي (57/2023) المتعلق بتنقيح وإتمام القانون عدد 40 لسنة 1975 المؤرّخ في 14 ماي 1975 الخاص بجوازات السفر ووثائق السفر بتأييد 107 نواب، مع احتفاظ نائبين ومعارضة 3 آخرين.
""", [
    ev("id-law-vote", "صادق مجلس نواب الشعب ليل الأربعاء", "2024-03-06", "'ليل الأربعاء' = the night of Wed 6 Mar 2024 (the publication day)"),
    ev("plenary-session", "في ختام جلسة عامة انطلقت منذ صباح اليوم", "2024-03-06", "'منذ صباح اليوم' = from the morning of Wed 6 Mar 2024 (the publication day)"),
    ev("id-law-1993", "المؤرّخ في 22 مارس 1993", "1993-03-22", "'22 مارس 1993': the date of law no. 27 of 1993 on the national ID card"),
    ev("minister-remarks", "وشدد وزير الداخلية كمال الفقي على تمسك جهة المبادرة", "2024-03-06", "no own expression; the minister spoke during the plenary of Wed 6 Mar 2024"),
    ev("passport-law-vote", "حظي مشروع القانون الأساسي (57/2023)", "2024-03-06", "no own expression; the second vote of the same night, Wed 6 Mar 2024"),
    ev("passport-law-1975", "المؤرّخ في 14 ماي 1975", "1975-05-14", "'14 ماي 1975': the date of law no. 40 of 1975 on passports and travel documents"),
])
art(S, "https://alhorria.com/?p=19733",
    "2024-03-07", "the body states its own day: the parliament's statement 'اليوم الخميس 7 مارس 2024' (7 Mar 2024 was a Thursday), kept verbatim; headline written from the body (the stored text has none); page furniture dropped", True, """
البرلمان يصادق على قانوني بطاقة التعريف وجواز السفر البيومتريين
أفاد مجلس نواب الشعب، في بلاغ أصدره اليوم الخميس 7 مارس 2024، بأنه صادق خلال جلسة عامة يوم امس الاربعاء على مشروعي القانونين المتعلقين ببطاقة التعريف وجواز السفر البيومتريين.
وقد مُرّر مشروع القانون الأساسي الخاص بتنقيح وإتمام القانون عدد 27 لسنة 1993 المتعلق ببطاقة التعريف الوطنية برمّته، بموافقة 107 نواب واحتفاظ 4 بأصواتهم ورفض 3 آخرين.
وأوضح المجلس أنه صادق كذلك برمّته على مشروع قانون أساسي لتنقيح وإتمام القانون عدد 40 لسنة 1975 المؤرخ في 14 ماي 1975 المتعلق بجوازات السفر ووثائق السفر، بتصويت 107 نواب بنعم واحتفاظ نائبين ورفض 3.
وأشار إلى أن وزير الداخلية كمال الفقي كان قد أكد، في ردوده على تدخلات النواب، أهمية المشروعين، وأن مصادقة المجلس عليهما ستسهم في تطوير المنظومة القانونية في هذا المجال.
وأضاف أن الفقي شدد أيضا على التقيد بالضمانات الدستورية والقانونية المتعلقة بحماية المعطيات الشخصية، مبينا أن الدولة التونسية راهنت على نموذج تونسي بالإمكانات المتاحة يتطابق مع المعايير الدولية.
""", [
    ev("parliament-statement", "في بلاغ أصدره اليوم الخميس 7 مارس 2024", "2024-03-07", "'اليوم الخميس 7 مارس 2024' = Thu 7 Mar 2024 (the publication day)"),
    ev("plenary-session", "خلال جلسة عامة يوم امس الاربعاء", "2024-03-06", "'يوم امس الاربعاء' from Thu 7 = Wed 6 Mar 2024"),
    ev("id-law-vote", "مُرّر مشروع القانون الأساسي الخاص بتنقيح وإتمام القانون عدد 27", "2024-03-06", "no own expression; the vote of the plenary of Wed 6 Mar 2024 ('يوم امس الاربعاء')"),
    ev("passport-law-vote", "صادق كذلك برمّته على مشروع قانون أساسي", "2024-03-06", "no own expression; the second vote of the plenary of Wed 6 Mar 2024"),
    ev("passport-law-1975", "المؤرخ في 14 ماي 1975", "1975-05-14", "'14 ماي 1975': the date of law no. 40 of 1975 on passports and travel documents"),
    ev("minister-remarks", "كان قد أكد، في ردوده على تدخلات النواب", "2024-03-06", "no own expression; the minister's replies during the plenary of Wed 6 Mar 2024"),
])
art(S, "https://www.assabahnews.tn/ar/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%B5%D8%A8%D8%A7%D8%AD/87678-%D9%81%D9%8A-%D8%AC%D9%84%D8%B3%D8%A9-%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D9%86%D9%88%D8%A7%D8%A8-%D9%8A%D8%B7%D8%A7%D9%84%D8%A8%D9%88%D9%86-%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D8%A8%D8%AA%D8%AD%D8%B3%D9%8A%D9%86-%D8%B8%D8%B1%D9%88%D9%81-%D8%B9%D9%85%D9%84-%D8%A7%D9%84%D8%A3%D9%85%D9%86%D9%8A%D9%8A%D9%86",
    "2024-03-07", "no date on the stored page; the daily's 'أمس' for the plenary on the two biometric bills, held on Wed 6 Mar 2024 (rm-fm 'ليل الأربعاء', the parliament's statement 'يوم امس الاربعاء' of Thu 7 Mar), puts it on Thu 7 Mar 2024; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
نواب يطالبون وزير الداخلية بتحسين ظروف عمل الأمنيين خلال جلسة برلمانية
طالب عدد كبير من النواب أمس، خلال جلستهم العامة المنعقدة بقصر باردو، بتحسين ظروف عمل الأمنيين وتجديد أسطول سيارات مراكز الشرطة والحرس الوطني وسد النقص المسجل فيها من الموارد البشرية والمعدات اللوجستية.
وتناولوا في هذه الجلسة، التي حضرها وزير الداخلية كمال الفقي، مضامين مشروع القانون الأساسي المتعلق بتنقيح وإتمام القانون عدد 27 لسنة 1993 المؤرخ في 22 مارس 1993 الخاص ببطاقة التعريف الوطنية، ومشروع القانون الأساسي المتعلق بتنقيح وإتمام القانون عدد 40 لسنة 1975 المؤرخ في 14 ماي 1975 الخاص بجوازات السفر ووثائق السفر.
ودعا النواب إلى إطلاق حملة وطنية لاستبدال بطاقات التعريف وجوازات السفر الحالية بوثائق بيومترية، وأوصى بعضهم الوزير بألا يُثقل كاهل المواطن بمعاليم إضافية مقابل إسنادها.
في المقابل أبدى آخرون خشيتهم من هجمة سيبرنية محتملة على قاعدة البيانات البيومترية، وطالبوا بضمانات كافية لتأمينها وحماية البيانات المخزنة في الشريحة الإلكترونية من أي محاولة اختراق.
ورغم أن الجلسة العامة خُصصت للنظر في مشروعي القانونين، فإن أغلب النواب اغتنموا حضور وزير الداخلية بينهم للحديث عن قضايا تخص جهاتهم.
""", [
    ev("plenary-session", "طالب عدد كبير من النواب أمس، خلال جلستهم العامة", "2024-03-06", "'أمس' from Thu 7 = Wed 6 Mar 2024, the plenary on the two bills"),
    ev("id-law-1993", "المؤرخ في 22 مارس 1993", "1993-03-22", "'22 مارس 1993': the date of law no. 27 of 1993 on the national ID card"),
    ev("passport-law-1975", "المؤرخ في 14 ماي 1975", "1975-05-14", "'14 ماي 1975': the date of law no. 40 of 1975 on passports and travel documents"),
    ev("campaign-call", "ودعا النواب إلى إطلاق حملة وطنية", "2024-03-06", "no own expression; said in the same plenary of Wed 6 Mar 2024 ('أمس')"),
    ev("cyber-fears", "أبدى آخرون خشيتهم من هجمة سيبرنية", "2024-03-06", "no own expression; said in the same plenary of Wed 6 Mar 2024 ('أمس')"),
])

# ---------------------------------------------------------------- tunisia-biometric-documents-rollout-session-2024
S = "tunisia-biometric-documents-rollout-session-2024"
LAWS = ("2024-03-06", "2024-04-22")  # organic laws 22 and 23 of 2024: voted Wed 6 Mar 2024, promulgated before the session
art(S, "https://www.alchourouk.com/article/%D8%AC%D9%84%D8%B3%D8%A9-%D8%B9%D9%85%D9%84-%D9%88%D8%B2%D8%A7%D8%B1%D9%8A%D8%A9-%D8%A8%D8%AE%D8%B5%D9%88%D8%B5-%D8%A8%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%AA%D8%B9%D8%B1%D9%8A%D9%81-%D9%88%D8%AC%D9%88%D8%A7%D8%B2-%D8%A7%D9%84%D8%B3%D9%81%D8%B1-%D8%A7%D9%84%D8%A8%D9%8A%D9%88%D9%85%D8%AA%D8%B1%D9%8A%D9%8A%D9%86",
    "2024-04-22", "page line 'تاريخ النشر : 20:02 - 2024/04/22' (its time and date kept as first line); the body's 'مساء اليوم الاثنين 22 أفريل 2024' agrees (22 Apr 2024 was a Monday); the repeated headline dropped; the last sentence cut at its last complete clause where the stored text breaks off", True, """
20:02 - 2024/04/22
جلسة عمل وزارية حول بطاقة التعريف وجواز السفر البيومتريين
ترأس رئيس الحكومة أحمد الحشّاني مساء اليوم الاثنين 22 أفريل 2024، بقصر الحكومة بالقصبة، جلسة عمل وزارية خُصّصت لمواصلة دراسة مشروع بطاقة التعريف الوطنية وجواز السفر البيومتريين، بحضور وزير الداخلية كمال الفقي ووزيرة المالية سهام نمصية البوغديري ووزيرة الاقتصاد والتخطيط فريال الورغي السبعي ووزير تكنولوجيات الاتصال نزار بن ناجي.
وعلى إثر المصادقة على القانون الأساسي عدد 22 لسنة 2024 والقانون الأساسي عدد 23 لسنة 2024 المتعلقين بهاتين الوثيقتين، شدّد الحاضرون على وجوب التعجيل باختيار أنجع طريقة لإصدارهما حتى يتمكن المواطنون من الانتفاع بهما داخل حدود الوطن وخارجها.
وبعد تداول المقترحات والفرضيات الممكنة بشأن المسار التقني واللوجستي لإصدار هذه الوثائق البيومترية، تقرّر، وفق التوجه الذي اعتمدته لجنة القيادة المكوّنة من وزارة الداخلية ووزارة تكنولوجيات الاتصال ووزارة الاقتصاد والتخطيط، الشروع في الإجراءات العملية تمهيدا للبدء في الاستغلال الفعلي للوثائق البيومترية.
""", [
    ev("ministerial-session", "ترأس رئيس الحكومة أحمد الحشّاني مساء اليوم الاثنين 22 أفريل 2024", "2024-04-22", "'مساء اليوم الاثنين 22 أفريل 2024' = the evening of Mon 22 Apr 2024 (the publication day)"),
    ev("laws-adopted", "وعلى إثر المصادقة على القانون الأساسي عدد 22 لسنة 2024", LAWS[0], "no own expression; the organic laws 22 and 23 of 2024, voted by parliament on Wed 6 Mar 2024 and promulgated before the session of 22 Apr (my span)", end=LAWS[1]),
    ev("urgency-call", "شدّد الحاضرون على وجوب التعجيل", "2024-04-22", "no own expression; said at the session of Mon 22 Apr 2024"),
    ev("practical-steps-decision", "الشروع في الإجراءات العملية", "2024-04-22", "no own expression; decided at the session of Mon 22 Apr 2024"),
])
art(S, "https://tunisnow.tn/?p=343691",
    "2024-04-22", "no date on the stored page; the body's 'مساء اليوم الاثنين' for the ministerial session that alchourouk's item of that evening dates 'مساء اليوم الاثنين 22 أفريل 2024' puts it on Mon 22 Apr 2024; headline written from the body (the stored text has none); no date of its own in the text", False, """
الحشّاني يشرف على جلسة وزارية حول الوثائق البيومترية
أشرف رئيس الحكومة أحمد الحشّاني، مساء اليوم الاثنين، بقصر الحكومة بالقصبة على جلسة عمل وزارية تناولت مواصلة النظر في مشروع بطاقة التعريف الوطنية وجواز السفر البيومتريين، وحضرها وزير الداخلية كمال الفقي ووزيرة المالية سهام نمصية البوغديري ووزيرة الاقتصاد والتخطيط فريال الورغي السبعي ووزير تكنولوجيات الاتصال نزار بن ناجي.
وإثر المصادقة على القانونين الأساسيين عدد 22 وعدد 23 لسنة 2024 المتعلقين ببطاقة التعريف وجواز السفر البيومتريين، أكد الحاضرون ضرورة الإسراع في اختيار الطريقة الأنسب لإصدارهما حتى ينتفع بهما المواطنون داخل البلاد وخارجها.
وبعد مناقشة المقترحات والفرضيات المتاحة حول المسار التقني واللوجستي المستقبلي لإصدار هذه الوثائق، تقرّر، بحسب الوجهة التي اختارتها لجنة القيادة المؤلفة من وزارات الداخلية وتكنولوجيات الاتصال والاقتصاد والتخطيط، الانطلاق في الإجراءات العملية ليبدأ الاستغلال الفعلي للوثائق البيومترية خلال السداسي الاول من سنة 2025.
ويُذكر أن منظمة الطيران المدني الدولي أوصت كل البلدان باعتماد هذه الوثائق خلال سنة 2026.
""", [
    ev("ministerial-session", "أشرف رئيس الحكومة أحمد الحشّاني، مساء اليوم الاثنين", "2024-04-22", "'مساء اليوم الاثنين' = the evening of Mon 22 Apr 2024 (the publication day)"),
    ev("laws-adopted", "وإثر المصادقة على القانونين الأساسيين عدد 22 وعدد 23 لسنة 2024", LAWS[0], "no own expression; the organic laws 22 and 23 of 2024, voted by parliament on Wed 6 Mar 2024 and promulgated before the session of 22 Apr (my span)", end=LAWS[1]),
    ev("urgency-call", "أكد الحاضرون ضرورة الإسراع", "2024-04-22", "no own expression; said at the session of Mon 22 Apr 2024"),
    ev("practical-steps-decision", "الانطلاق في الإجراءات العملية", "2024-04-22", "no own expression; decided at the session of Mon 22 Apr 2024"),
    ev("first-half-2025", "ليبدأ الاستغلال الفعلي للوثائق البيومترية خلال السداسي الاول من سنة 2025", "2025-01-01", "'خلال السداسي الاول من سنة 2025' = January-June 2025", end="2025-07-01"),
    ev("icao-2026", "أوصت كل البلدان باعتماد هذه الوثائق خلال سنة 2026", "2026-01-01", "'خلال سنة 2026': the ICAO target year for adopting the documents", end="2027-01-01"),
])
art(S, "https://www.rm-fm.net/ar/%D8%A7%D9%84%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D9%81%D9%8A-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%BA%D9%84%D8%A7%D9%84-%D8%A7%D9%84%D9%81%D8%B9%D9%84%D9%8A-%D9%84%D9%84%D9%88%D8%AB%D8%A7%D8%A6%D9%82/",
    "2024-04-23", "no date line on the stored page; the body's 'مساء امس الاثنين 22 أفريل 2024' puts it on the next day, Tue 23 Apr 2024 (22 Apr 2024 was a Monday); the headline re-worded; the last, truncated sentence cut to its first clause; the text gives the session's date, not its own", False, """
الاستغلال الفعلي للوثائق البيومترية ينطلق خلال السداسي الأول من 2025
أشرف رئيس الحكومة أحمد الحشّاني مساء امس الاثنين 22 أفريل 2024 بقصر الحكومة بالقصبة على جلسة عمل وزارية خُصصت لمواصلة النظر في مشروع بطاقة التعريف الوطنية وجواز السفر البيومتريين.
وإثر المصادقة على القانون الأساسي عدد 22 لسنة 2024 والقانون الأساسي عدد 23 لسنة 2024 المتعلقين بهاتين الوثيقتين، شدد الحاضرون على ضرورة الإسراع في اختيار أمثل طريقة لإصدارهما لينتفع بهما المواطنون داخل حدود الوطن وخارجها.
وأوضحت رئاسة الحكومة في بلاغ أنه تقرر، بعد التداول في المقترحات والفرضيات الممكنة بشأن المسار التقني واللوجستي لإصدار هذه الوثائق ووفق الوجهة التي اختارتها لجنة القيادة، الانطلاق في الإجراءات العملية حتى يبدأ الاستغلال الفعلي للوثائق البيومترية خلال السداسي الأول من سنة 2025.
وذكّر البلاغ بأن منظمة الطيران المدني الدولي دعت جميع البلدان إلى اعتماد هذه الوثائق البيومترية خلال سنة 2026.
وقد انعقدت الجلسة بحضور وزير الداخلية كمال الفقي.
""", [
    ev("ministerial-session", "أشرف رئيس الحكومة أحمد الحشّاني مساء امس الاثنين 22 أفريل 2024", "2024-04-22", "'مساء امس الاثنين 22 أفريل 2024' = the evening of Mon 22 Apr 2024"),
    ev("laws-adopted", "وإثر المصادقة على القانون الأساسي عدد 22 لسنة 2024", LAWS[0], "no own expression; the organic laws 22 and 23 of 2024, voted by parliament on Wed 6 Mar 2024 and promulgated before the session of 22 Apr (my span)", end=LAWS[1]),
    ev("urgency-call", "شدد الحاضرون على ضرورة الإسراع", "2024-04-22", "no own expression; said at the session of Mon 22 Apr 2024"),
    ev("practical-steps-decision", "الانطلاق في الإجراءات العملية", "2024-04-22", "no own expression; decided at the session of Mon 22 Apr 2024"),
    ev("first-half-2025", "حتى يبدأ الاستغلال الفعلي للوثائق البيومترية خلال السداسي الأول من سنة 2025", "2025-01-01", "'خلال السداسي الأول من سنة 2025' = January-June 2025", end="2025-07-01"),
    ev("icao-2026", "اعتماد هذه الوثائق البيومترية خلال سنة 2026", "2026-01-01", "'خلال سنة 2026': the ICAO target year for adopting the documents", end="2027-01-01"),
])

# ---------------------------------------------------------------- yemen-e-passport-printing-halt-2025
S = "yemen-e-passport-printing-halt-2025"
MEMO = ("2025-08-03", "2025-09-18")   # the prime minister's memo: issued by the leak of Wed 17 Sep 2025 (a report dates it 3 Aug)
AFTERMATH = ("2025-09-17", "2025-09-20")  # closed passport offices and crowds in Aden after the halt (17-19 Sep 2025)
art(S, "https://alraseefpress.net/index.php?id=22317&p=news_details",
    "2025-09-17", "page date line 'الاربعاء 17 سبتمبر 2025 - الساعة 10:13 مساءً' (kept as first line; 17 Sep 2025 was a Wednesday); the source line 'المصدر : الرصيف برس - خاص' and '– وثيقة' in the headline dropped; the last, truncated sentence cut at its last complete clause", True, """
الاربعاء 17 سبتمبر 2025 - الساعة 10:13 مساءً
رئيس الوزراء يوجّه وزير الداخلية بإيقاف صفقة طباعة الجوازات الإلكترونية
أظهرت وثيقة رسمية أن رئيس الوزراء سالم بن بريك وجّه وزير الداخلية إبراهيم حيدان بوقف مناقصة لطباعة الجوازات الإلكترونية.
وذكر رئيس الوزراء في خطابه إلى الوزير أنه تلقى معلومات مؤكدة عن قيام حيدان بالتعاقد على طباعة الجوازات الإلكترونية خلافا لأحكام قانون المناقصات والمزايدات ونصوصه.
ولفت إلى أن تعاقد الوزير يخالف توجيهاته السابقة وتعميما سابقا لوزارة المالية يقضي بعدم الدخول في أي التزامات مالية جديدة غير معتمدة ولا موافق عليها مسبقا.
وأكد بن بريك أن السقف المالي للمناقصة لا يدخل في اختصاص مصلحة الجوازات، مشيرا إلى أنه وجّه بتشكيل لجنة مشتركة من مصلحة الجوازات ووزارة المالية لاستكمال إجراءات مناقصة طباعة الجوازات ورفع النتائج إليه.
وبلهجة حادة، طالب بن بريك وزير الداخلية بالتقيد بما ورد وعدم الدخول في أي التزامات أو تعاقدات تخالف القوانين والقرارات النافذة، وعدم تجاوز صلاحياته ومهامه القانونية.
""", [
    ev("memo-revealed", "أظهرت وثيقة رسمية", "2025-09-17", "no own expression; the memo came out with the reports of the evening of Wed 17 Sep 2025 (this item and almashhad's)"),
    ev("pm-directive", "وجّه وزير الداخلية إبراهيم حيدان بوقف مناقصة", MEMO[0], "no own expression; the memo was issued before its leak on Wed 17 Sep 2025; another report (sahafahonline) dates the memo 3 Aug 2025 (my span 3 Aug - 17 Sep)", end=MEMO[1]),
    ev("joint-committee", "وجّه بتشكيل لجنة مشتركة", MEMO[0], "no own expression; ordered in the same memo (my span 3 Aug - 17 Sep 2025)", end=MEMO[1]),
])
art(S, "https://www.almashhad.news/print~342277",
    "2025-09-17", "page date line 'الأربعاء 17 سبتمبر 2025 11:09 مـ 25 ربيع أول 1447 هـ' (17 Sep 2025 was a Wednesday, 25 Rabi' I 1447), removed from the text so that this story has an undated article; headline shortened; the kicker 'المشهد اليمني', the caption and the last, truncated sentence dropped; no date of its own in the text", False, """
توقف طباعة الجوازات فجأة.. رئيس الوزراء يوقف كل شيء بسبب مخالفات خطيرة
أصدر رئيس مجلس الوزراء اليمني الدكتور سالم بن بريك توجيها عاجلا وحازما إلى وزير الداخلية يقضي بوقف جميع الإجراءات المتصلة بطباعة جوازات السفر فورا، بعد ورود معلومات مؤكدة عن مخالفات قانونية وإدارية في إجراءات الطباعة تنذر بتجاوزات مالية وإدارية جسيمة.
وبحسب نص التوجيه الذي حصلت وكالة الأنباء اليمنية على نسخة منه، أوضح رئيس الوزراء أن الإيقاف جاء في ظل غياب أي التزامات مالية جديدة معتمدة وموافق عليها مسبقا من الجهات المختصة، مؤكدا أن أي إجراء خارج هذا الإطار يُعد مخالفة صريحة للقوانين واللوائح المالية والإدارية النافذة.
وحمّل التوجيه وزير الداخلية المسؤولية الكاملة عن أي تجاوزات أو مخالفات في هذا الملف، ودعاه إلى الالتزام التام بالضوابط القانونية والمالية وعدم المضي في أي إجراء قبل استيفاء جميع الشروط والموافقات الرسمية.
وجاء هذا القرار الحكومي المفاجئ في وقت تعاني فيه العاصمة المؤقتة عدن نفادا كاملا لدفاتر الجوازات.
""", [
    ev("pm-directive", "أصدر رئيس مجلس الوزراء اليمني الدكتور سالم بن بريك توجيها عاجلا", MEMO[0], "no own expression; the memo was issued before its leak on Wed 17 Sep 2025; another report (sahafahonline) dates the memo 3 Aug 2025 (my span 3 Aug - 17 Sep)", end=MEMO[1]),
    ev("memo-revealed", "التوجيه الذي حصلت وكالة الأنباء اليمنية على نسخة منه", "2025-09-17", "no own expression; the memo came out with the reports of the evening of Wed 17 Sep 2025 (this item and alraseefpress's)"),
    ev("booklet-shortage", "تعاني فيه العاصمة المؤقتة عدن نفادا كاملا لدفاتر الجوازات", "2025-07-15", "no own expression; the shortage of blank booklets, ongoing on Wed 17 Sep 2025; other reports give it 'more than three weeks' (almashhad, Sep) to 'more than two months' (7adramout / yemen-press, 28 Sep) (my span 15 Jul - 19 Sep 2025)", end="2025-09-20"),
])
art(S, "https://yemen-press.net/index.php/news143898.html",
    "2025-09-19", "page line 'نشر: بلقيس العمودي 19 سبتمبر 2025 الساعة 04:35 مساءاً' (its date and time kept as first line; 19 Sep 2025 was a Friday); 'عاجل:' and the second half of the headline, the byline and the last, truncated sentence dropped", True, """
19 سبتمبر 2025 الساعة 04:35 مساءاً
آلاف اليمنيين مهددون بالبقاء عالقين.. أزمة جوازات تضرب عدن
في مشهد هزّ الشارع اليمني، بات آلاف اليمنيين مهددين بالبقاء عالقين إثر أزمة جوازات غير مسبوقة ضربت العاصمة المؤقتة عدن فجأة، بعد صدور قرار حكومي هو الأول من نوعه يقضي بإيقاف عمليات طباعة الجوازات في البلاد إيقافا تاما.
وقد وضعت هذه الأزمة، التي لم يعرف اليمن مثلها منذ قيام الدولة، المرضى المحتاجين إلى السفر في مأزق قاتل، بينما تعالت أصوات الغضب والاحتجاج أمام المكاتب المغلقة.
فقد أصدر رئيس الوزراء الدكتور سالم صالح سالم بن بريك توجيها عاجلا لوزير الداخلية بوقف جميع إجراءات الطباعة إثر اكتشاف مخالفات قانونية خطيرة.
وألقى القرار بظلال ثقيلة على المواطنين في عدن، حيث اصطف المئات أمام إدارات الجوازات المغلقة في مشهد فوضوي يعكس حجم الأزمة.
""", [
    ev("aden-passport-crisis", "ضربت العاصمة المؤقتة عدن فجأة", AFTERMATH[0], "no own expression; the crisis that followed the halt, from its reports of Wed 17 Sep to this item of Fri 19 Sep 2025 (my span)", end=AFTERMATH[1]),
    ev("offices-protests", "تعالت أصوات الغضب والاحتجاج أمام المكاتب المغلقة", AFTERMATH[0], "no own expression; in the days after the halt, 17-19 Sep 2025 (my span)", end=AFTERMATH[1]),
    ev("pm-directive", "أصدر رئيس الوزراء الدكتور سالم صالح سالم بن بريك توجيها عاجلا", MEMO[0], "no own expression; the memo was issued before its leak on Wed 17 Sep 2025; another report (sahafahonline) dates the memo 3 Aug 2025 (my span 3 Aug - 17 Sep)", end=MEMO[1]),
    ev("queues-closed-offices", "اصطف المئات أمام إدارات الجوازات المغلقة", AFTERMATH[0], "no own expression; in the days after the halt, 17-19 Sep 2025 (my span)", end=AFTERMATH[1]),
])

# ---------------------------------------------------------------- iraq-colour-national-card-factory-2024
S = "iraq-colour-national-card-factory-2024"
art(S, "https://www.arabkhabar.com/a/2831565",
    "2024-07-01", "page line 'تاريخ النشر: 1st, July 2024 GMT' (kept as first line); the item is Baghdad Today's ('بغداد اليوم -' dropped); the second, longer headline dropped; the last, truncated sentence cut at its last complete clause", True, """
تاريخ النشر: 1st, July 2024 GMT
وزير الداخلية يفتتح أول مصنع لإصدار بطاقة وطنية ملونة وغير قابلة للتزوير في العراق
افتتح وزير الداخلية عبد الأمير الشمري مصنع الطباعة الملونة للبطاقات الوطنية، الذي تعاقد عليه صندوق شهداء الشرطة بالتعاون مع مديرية الأحوال المدنية والجوازات والإقامة وبالشراكة مع إحدى الشركات الألمانية، وحضرت السفيرة الألمانية لدى العراق حفل الافتتاح.
وأكد الوزير أن هذا المصنع الذي طال انتظاره سيلبّي الحاجة الفعلية إلى البطاقة الوطنية بمواصفات متطورة وعلامات أمنية تمنع تزويرها، وسيمكّن العراق من طباعة البطاقة بسرعة داخل البلاد.
وبيّن أن من يتقدم حديثا بطلب البطاقة سيحصل على بطاقة ملونة، مع استمرار العمل بالبطاقة الوطنية غير الملونة، وبإمكان أي شخص انتهت صلاحية بطاقته أن يستحصل بطاقة ملونة.
وأشار إلى أن رئيس مجلس الوزراء وجّه بأن تكون البطاقة الوطنية المستمسك الأساسي للمواطن الذي يُعتمد عليه في جميع معاملاته، لافتا إلى أن عدد البطاقات الوطنية الممنوحة للمواطنين حتى الآن بلغ نحو 39 مليون بطاقة.
""", [
    ev("factory-opening", "افتتح وزير الداخلية عبد الأمير الشمري مصنع الطباعة الملونة", "2024-07-01", "no own expression; the opening reported on the publication day, Mon 1 Jul 2024 (saw-tuha: 'الأمس الإثنين')"),
    ev("ambassador-attends", "وحضرت السفيرة الألمانية لدى العراق حفل الافتتاح", "2024-07-01", "no own expression; at the opening of Mon 1 Jul 2024"),
    ev("minister-statement", "وأكد الوزير أن هذا المصنع الذي طال انتظاره", "2024-07-01", "no own expression; said at the opening of Mon 1 Jul 2024"),
])
art(S, "https://www.saw-tuha.com/2024/07/02/%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D8%B5%D8%AF%D8%B1-%D8%A8%D8%B7%D8%A7%D9%82%D8%A9-%D9%88%D8%B7%D9%86%D9%8A%D8%A9-%D9%85%D9%84",
    "2024-07-02", "date in the URL '/2024/07/02/'; the body's 'الأمس الإثنين' agrees (1 Jul 2024 was a Monday); the 'see also' box and page furniture dropped; no date of its own in the text", False, """
الداخلية العراقية تصدر بطاقة وطنية ملونة غير قابلة للتزوير
أعلن وزير الداخلية العراقي عبد الأمير الشمري، الأمس الإثنين، افتتاح مصنع لإصدار البطاقة الوطنية الموحدة في العاصمة بغداد، موضحا أن المصنع يصدر لأول مرة في تاريخ البلاد بطاقة ملونة.
وقال الشمري، في تصريح مصور على هامش افتتاحه المصنع تابعته وكالة نخيل عراقي، إن صندوق الشهداء والمديرية العامة للأحوال المدنية والجوازات والإقامة، بالاشتراك مع شركة فيردروس الألمانية، حققوا إنجازا كبيرا اليوم بإصدار بطاقة وطنية موحدة ملونة هي الأولى في تاريخ العراق.
وأضاف أن المشروع سيؤمّن السرعة في إنجاز البطاقة الوطنية الموحدة الملونة وطبعها بعلامات أمنية غير قابلة للتزوير، لأنها ستُطبع داخل العراق لا في ألمانيا.
وأشار الشمري إلى إصدار أكثر من 39 مليون بطاقة وطنية موحدة حتى الآن، مؤكدا أن هذا المعمل سينهي الأزمة.
""", [
    ev("factory-opening", "الأمس الإثنين، افتتاح مصنع لإصدار البطاقة الوطنية الموحدة", "2024-07-01", "'الأمس الإثنين' from Tue 2 = Mon 1 Jul 2024"),
    ev("minister-statement", "وقال الشمري، في تصريح مصور على هامش افتتاحه المصنع", "2024-07-01", "no own expression; said at the opening of Mon 1 Jul 2024 ('الأمس الإثنين')"),
    ev("first-colour-card", "حققوا إنجازا كبيرا اليوم بإصدار بطاقة وطنية موحدة ملونة", "2024-07-01", "'اليوم' in the minister's words = the opening day, Mon 1 Jul 2024"),
])

# ---------------------------------------------------------------- egypt-passport-fee-decree-1104-2025
S = "egypt-passport-fee-decree-1104-2025"
art(S, "https://ahdathalalam.com/news-article/266378.html",
    "2025-06-15", "the item is al-Araby al-Jadeed's, with its page line 'العربي الجديد موقع وصحيفة العربي الجديد 15 يونيو 2025' (the date kept as first line); the body's 'اليوم الأحد' agrees (15 Jun 2025 was a Sunday); the repeated headline, the section line, the photo caption ('في 28 فبراير 2025') and the first summary point (repeated by the body) dropped; the last, truncated sentence cut at its last complete clause", True, """
15 يونيو 2025
مصر ترفع رسوم جواز السفر من يوليو
ارتفعت رسوم إصدار جواز السفر العادي في مصر إلى 1385 جنيهًا، والمستعجل إلى 1725 جنيهًا، وجواز كبار الزوار (VIP) إلى 2950 جنيهًا، تضاف إليها رسوم للتأمين والضمان الاجتماعي.
وتُستخدم جوازات السفر أداةً لمعاقبة المعارضين السياسيين، إذ يُمنع تجديدها أو تُصادر، مع أن الدستور المصري يكفل حرية التنقل والإقامة.
أصدر وزير الداخلية المصري محمود توفيق، اليوم الأحد، القرار رقم 1104 لسنة 2025 بتعديل قيمة رسم استخراج جواز السفر، فرفع رسم الجواز المقروء آليًا من 450 إلى 500 جنيه، وضاعف رسم طلب استخراج الجواز بدل فاقد أو تالف، علاوة على الرسوم الأخرى المقررة قانونًا.
وألغى القرار كل ما يخالف أحكامه من قرارات سابقة، ويبدأ العمل به اعتبارًا من 1 يوليو/تموز المقبل.
""", [
    ev("decree-issued", "أصدر وزير الداخلية المصري محمود توفيق، اليوم الأحد", "2025-06-15", "'اليوم الأحد' = Sun 15 Jun 2025 (the publication day)"),
    ev("previous-decrees-repealed", "وألغى القرار كل ما يخالف أحكامه", "2025-06-15", "no own expression; part of the decree of Sun 15 Jun 2025"),
    ev("fee-increase-effective", "ويبدأ العمل به اعتبارًا من 1 يوليو/تموز المقبل", "2025-07-01", "'1 يوليو/تموز المقبل' from 15 Jun = Tue 1 Jul 2025"),
])
art(S, "https://test6.shorouknews.com/news/view.aspx?cdate=19062025&id=899a84fb-f010-4ec3-aaff-2e138d1e4b6f",
    "2025-06-19", "date in the URL 'cdate=19062025' (19 Jun 2025, a Thursday); headline written from the body (the stored text has none); the last, truncated sentence cut at its last complete clause; no date of its own in the text", False, """
رسوم جواز السفر بعد قرار وزير الداخلية الجديد
أصدر وزير الداخلية اللواء محمود توفيق قرارا بتعديل رسوم استخراج جواز السفر المصري المقروء آليًا، ليصبح الرسم الأساسي 500 جنيه بدلًا من 450 جنيهًا، على أن يُطبَّق القرار بداية من 1 يوليو 2025.
ونص القرار، الذي يحمل رقم 1104 لسنة 2025 والمنشور في الجريدة الرسمية «الوقائع المصرية»، على مضاعفة الرسم عند طلب جواز بدل فاقد أو تالف ليبلغ 1000 جنيه، تضاف إليها الرسوم الأخرى المقررة قانونًا.
وبهذا يصبح الرسم الأساسي وحده 500 جنيه، لا المبلغ الإجمالي الذي يدفعه المواطن؛ فقد كان الرسم الأساسي من قبل 450 جنيهًا بينما بلغ الإجمالي نحو 1150 جنيهًا بعد إضافة تكاليف أخرى منها الدمغات ورسوم تنمية الموارد ونموذج 29 جوازات.
وبعد التعديل ارتفع الإجمالي الذي سيسدده المواطن إلى نحو 1200 جنيه تقريبًا، بعد احتساب الرسوم الإضافية التي لم يلغها القرار الجديد ولم يعدلها.
وأوضح المنشور أن القرار صدر بعد الاطلاع على القانون رقم 97 لسنة 1959 بشأن جوازات السفر، والقانون رقم 109 لسنة 1971 في شأن هيئة الشرطة.
""", [
    ev("decree-issued", "أصدر وزير الداخلية اللواء محمود توفيق قرارا", "2025-06-15", "no own expression; the decree of Sun 15 Jun 2025 (al-Araby al-Jadeed's 'اليوم الأحد')"),
    ev("fee-increase-effective", "على أن يُطبَّق القرار بداية من 1 يوليو 2025", "2025-07-01", "'1 يوليو 2025' = Tue 1 Jul 2025"),
    ev("gazette-publication", "والمنشور في الجريدة الرسمية «الوقائع المصرية»", "2025-06-12", "no own expression; the decree was in the Official Gazette by this item of Thu 19 Jun 2025 and was reported as issued on Sun 15 Jun (my span 12-19 Jun)", end="2025-06-20"),
])

# ---------------------------------------------------------------- jordan-e-passport-launch-2025
S = "jordan-e-passport-launch-2025"
art(S, "https://watananews.com/475972/",
    "2025-09-01", "stamp 'date 2025-09-01' at the head of the stored page (not kept in the text); the body's 'الاثنين' agrees (1 Sep 2025 was a Monday, the start that the outlet's earlier item 471909 announced for 'الأول من شهر أيلول المقبل'); the outlet tag 'وطنا اليوم:' dropped; headline written from the body (the stored text has none); the last, truncated sentence cut at its last complete clause; no date of its own in the text", False, """
الأردن يبدأ استصدار جواز السفر الإلكتروني
أعلنت وزارة الاقتصاد الرقمي والريادة، الاثنين، بدء استصدار جواز السفر الإلكتروني.
ودعت الوزارة، في تغريدة على منصة «إكس»، المواطنين إلى تقديم طلبات الاستصدار من خلال تطبيق سند أو عبر دوائر الأحوال المدنية والجوازات.
وكان المدير العام لدائرة الأحوال المدنية والجوازات غيث الطيب قد أكد، في تصريحات سابقة، أن تجديد الجواز التقليدي واستبداله بالإلكتروني ليس إلزاميا، وأن الجوازات التقليدية تبقى سارية المفعول حتى تنتهي صلاحيتها.
وأوضح الطيب أن الجواز الإلكتروني جيل جديد ونقلة نوعية في تاريخ الجواز الأردني، وأنه مماثل للجواز العادي في الإجراءات والرسوم، فلا تترتب على استصداره أي زيادة مالية.
وبيّن أن الجواز الجديد يحمل شريحة إلكترونية ذكية تضم البيانات الشخصية والبيومترية لحامله، وتُقرأ إلكترونيا بأجهزة متخصصة في المطارات والمعابر الدولية الأعضاء في منظمة الطيران المدني الدولي.
""", [
    ev("e-passport-launch", "أعلنت وزارة الاقتصاد الرقمي والريادة، الاثنين، بدء استصدار جواز السفر الإلكتروني", "2025-09-01", "'الاثنين' = Mon 1 Sep 2025 (the publication day)"),
    ev("sanad-channel", "تقديم طلبات الاستصدار من خلال تطبيق سند", "2025-09-01", "no own expression; applications through Sanad open with the launch of Mon 1 Sep 2025"),
    ev("tayeb-earlier-remarks", "قد أكد، في تصريحات سابقة", "2025-08-01", "'في تصريحات سابقة': remarks made before the launch of 1 Sep 2025 (my span: August 2025)", end="2025-09-01"),
])
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A7%D9%84%D8%A7%D8%AD%D9%88%D8%A7%D9%84-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A%D8%A9-%D9%84%D8%A7-%D8%B1%D9%81%D8%B9-%D9%84%D8%B1%D8%B3%D9%88%D9%85-%D8%AC%D9%88%D8%A7%D8%B2-%D8%A7%D9%84%D8%B3%D9%81%D8%B1_744518",
    "2025-09-02", "page date line 'الثلاثاء، 02-09-2025 10:04 ص' (kept as first line; 2 Sep 2025 was a Tuesday); the outlet tag 'الوكيل الإخباري-', the caption and page furniture dropped", True, """
الثلاثاء، 02-09-2025 10:04 ص
الأحوال المدنية: لا رفع لرسوم جواز السفر
أعلنت دائرة الأحوال المدنية والجوازات أن خدمة جواز السفر الإلكتروني باتت متاحة عبر تطبيق «سند»، فأصبح بإمكان المواطنين تجديد جوازاتهم وإصدارها واستخراج بدل تالف أو فاقد من خلاله.
وأضافت أن المواطن يستطيع إصدار الجواز الإلكتروني أو التقليدي عبر «سند» بدءا من الأسبوع الحالي، وبالرسوم ذاتها التي لم يطرأ عليها أي تغيير.
وأكدت الدائرة أنه لا تعديل على رسوم إصدار الجواز الإلكتروني، إذ تُستوفى الرسوم نفسها المحددة في نظام رسوم جوازات السفر، ولا يضاف إليها سوى بدل توصيل قيمته ثلاثة دنانير لشركة البريد الأردني مقابل إيصال الجواز إلى العنوان الذي يحدده المواطن عند تقديم الطلب.
""", [
    ev("dept-statement", "أعلنت دائرة الأحوال المدنية والجوازات", "2025-09-01", "no own expression; the department's statement, made by this item of Tue 2 Sep 2025 10:04 (my span 1-2 Sep)", end="2025-09-03"),
    ev("sanad-channel", "باتت متاحة عبر تطبيق «سند»", "2025-09-01", "no own expression; applications through Sanad open with the launch of Mon 1 Sep 2025 (watananews)"),
    ev("e-passport-launch", "يستطيع إصدار الجواز الإلكتروني أو التقليدي عبر «سند» بدءا من الأسبوع الحالي", "2025-09-01", "'بدءا من الأسبوع الحالي' from Tue 2 Sep 2025: the service started with the launch of Mon 1 Sep 2025 (watananews)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 293
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
