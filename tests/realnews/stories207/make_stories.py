"""Builds stories.jsonl: the 207-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence,
every date/time expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: border crossings opened, closed or reopened (the
Salwa-Abu Samra crossing between Saudi Arabia and Qatar reopened after the AlUla reconciliation, 2021;
the Algeria-Tunisia land border reopened after the Covid closure, 2022; the Rafah crossing opened for
the whole of Ramadan by Egypt, 2018; the Masnaa crossing between Lebanon and Syria cut by an Israeli
strike, 2024; the Adre crossing between Chad and Sudan opened to aid, 2024). None of these stories is
in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-qatar-salwa-crossing-reopening-2021
S = "saudi-qatar-salwa-crossing-reopening-2021"
BOYCOTT = "2017-06-05"  # Saudi Arabia, the UAE, Bahrain and Egypt cut ties and closed the borders on Mon 5 Jun 2017
REOPEN = "2021-01-09"   # Salwa received the first Qatari travellers on the morning of Sat 9 Jan 2021
art(S, "https://arab-london.com/posts/9374",
    "2021-01-04", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الاثنين' for the Kuwaiti foreign minister's announcement of the Saudi-Qatari agreement, made on the evening of Mon 4 Jan 2021, and 'يوم غد' for the AlUla summit (Tue 5 Jan 2021); the masthead 'عرب لندن' dropped; no date of its own in the text", False, """
أعلن وزير الخارجية الكويتي أحمد ناصر الصباح، اليوم الاثنين، التوصل إلى اتفاق سعودي-قطري يقضي بفتح الأجواء والحدود بين البلدين اعتبارا من مساء اليوم.
وأوضح الوزير الكويتي، بحسب ما نقلته عنه وسائل إعلام سعودية، أن أمير الكويت الشيخ نواف الأحمد الجابر الصباح أجرى اتصالين هاتفيين بكل من ولي العهد السعودي وأمير قطر، وأنه جرى في أعقاب الاتصالين الاتفاق على فتح الأجواء والحدود البرية والبحرية بين البلدين.
وأضاف أن الاتفاق يأتي عشية قمة قادة دول الخليج العربي، "إيذانا ببدء صفحة مشرقة في العلاقات الأخوية الخالية من أي عوارض تشوبها".
وفي سياق متصل، أكد ولي العهد السعودي الأمير محمد بن سلمان أن "سياسة المملكة بقيادة الملك سلمان بن عبد العزيز قائمة على نهج راسخ قوامه تحقيق المصالح العليا لدول مجلس التعاون والدول العربية".
وشدد ولي العهد السعودي، بحسب وكالة الأنباء الرسمية، على أن قمة مجلس التعاون التي تنعقد يوم غد "ستكون قمة جامعة للكلمة".
""", [
    ev("kuwait-announcement", "أعلن وزير الخارجية الكويتي أحمد ناصر الصباح، اليوم الاثنين", "2021-01-04", "'اليوم الاثنين' = Mon 4 Jan 2021"),
    ev("airspace-borders-open", "اعتبارا من مساء اليوم", "2021-01-04", "'مساء اليوم' = the evening of Mon 4 Jan 2021 (the agreed opening of the airspace and borders; the Salwa crossing itself received travellers only on Sat 9 Jan)"),
    ev("emir-calls", "أجرى اتصالين هاتفيين بكل من ولي العهد السعودي وأمير قطر", "2021-01-04", "no own expression; the Kuwaiti emir's calls, announced on Mon 4 Jan 2021 (the day of the article)"),
    ev("mbs-statement", "أكد ولي العهد السعودي الأمير محمد بن سلمان", "2021-01-04", "no own expression; the crown prince's statement on the eve of the summit, Mon 4 Jan 2021"),
    ev("alula-summit", "قمة مجلس التعاون التي تنعقد يوم غد", "2021-01-05", "'يوم غد' after Mon 4 Jan = Tue 5 Jan 2021 (the AlUla summit, outside knowledge agrees)"),
])
art(S, "https://uae71.com/public/index.php/posts/90116",
    "2021-01-07", "no stamp or URL date in the stored page: fixed by the body's 'الخميس' for the Saudi media reports, 'بعد يومين من توقيع اتفاق المصالحة ... الثلاثاء الماضي' (the AlUla signing of Tue 5 Jan 2021) and 'وفي وقت سابق اليوم' for Gargash's statement, made on Thu 7 Jan 2021; the truncated last sentence dropped; no date of its own in the text", False, """
ذكرت وسائل إعلام سعودية، الخميس، أن الجهات الحكومية باشرت العمل في منفذ سلوى الحدودي مع قطر، وأن نسبة التشغيل وصلت إلى 90%.
ويأتي تشغيل المنفذ بعد يومين من توقيع اتفاق المصالحة الخليجية في مدينة العلا السعودية، الثلاثاء الماضي.
وبحسب قناة "الإخبارية" السعودية، بدأ موظفو الجوازات والجمارك والصحة أعمالهم في المنفذ، الذي ظل مغلقا منذ 5 يونيو 2017 بسبب الأزمة.
وأوضح مراسل القناة أن نسبة التشغيل في المنفذ بلغت 90%، وأن المنفذ سيعمل بكامل طاقته خلال الساعات المقبلة.
ولفت إلى الترحيب الواسع من السعوديين بأشقائهم القطريين الذين بدأوا زيارة المملكة عبر المنفذ الحدودي.
وفي وقت سابق اليوم، صرّح وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش بأن حركة التنقل والتجارة بين قطر وجيرانها ستُستأنف خلال أسبوع واحد من توقيع اتفاق العلا.
وكانت القمة التي استضافتها السعودية قد أكدت إنهاء الأزمة الخليجية وطي صفحة الخلاف، مشددة على عدم المساس بسيادة أي دولة أو استهداف أمنها.
""", [
    ev("salwa-staff-start", "أن الجهات الحكومية باشرت العمل في منفذ سلوى", "2021-01-07", "'الخميس' = Thu 7 Jan 2021 (the day the Saudi media reported the staff at work)"),
    ev("alula-summit", "توقيع اتفاق المصالحة الخليجية في مدينة العلا السعودية، الثلاثاء الماضي", "2021-01-05", "'الثلاثاء الماضي' before Thu 7 Jan = Tue 5 Jan 2021; 'بعد يومين' agrees"),
    ev("boycott-2017", "الذي ظل مغلقا منذ 5 يونيو 2017", BOYCOTT, "'منذ 5 يونيو 2017' = Mon 5 Jun 2017 (the boycott and the closure of the borders)"),
    ev("gargash-statement", "صرّح وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش", "2021-01-07", "'وفي وقت سابق اليوم' = Thu 7 Jan 2021"),
    ev("travel-resumption", "ستُستأنف خلال أسبوع واحد من توقيع اتفاق العلا", "2021-01-05", "'خلال أسبوع واحد من توقيع اتفاق العلا' = within a week of Tue 5 Jan 2021, i.e. by Tue 12 Jan (my span 5-12 Jan)", end="2021-01-13"),
])
art(S, "https://aajsa.com/society/%D8%B9%D8%A8%D8%AF%D8%A7%D9%84%D9%84%D9%87-%D8%A7%D9%84%D9%85%D8%B1%D9%8A-%D8%A3%D9%88%D9%84-%D9%82%D8%B7%D8%B1%D9%8A-%D9%8A%D8%B9%D8%A8%D8%B1-%D9%85%D9%86%D9%81%D8%B0-%D8%B3%D9%84%D9%88%D9%89-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A",
    "2021-01-09", "date line '09 يناير 2021' under the headline (kept as first line, before the headline); 9 Jan 2021 was a Saturday, the day of the first crossings, and the body's 'السبت' agrees; the caption 'انتهت الإجراءات الجمركية في معبر سلوى (تويتر)', '+ الخط -' and the truncated last sentence dropped", True, """
09 يناير 2021
عبدالله المري... أول قطري يعبر منفذ سلوى السعودي
عبر عدد من المواطنين القطريين، السبت، منفذ أبو سمرة البري باتجاه السعودية، وكان عبدالله المري أول قطري يصل إلى الأراضي السعودية عبر منفذ سلوى منذ قطع العلاقات بين البلدين وإغلاق الحدود قبل أكثر من ثلاث سنوات.
وقال المري بعد عبوره إن زيارة "بلدي الثاني" شعور طيب، واصفا الإجراءات بأنها ميسرة، ومشيرا إلى أنه استُقبل بالورد، وأضاف: "الأخوة في السعودية فرحون أكثر منا"، بحسب قناة "الإخبارية" السعودية الرسمية.
وكان عبدالله المري قد توجه، يوم 5 يناير/كانون الثاني، إلى معبر أبو سمرة الحدودي لاستطلاع الأوضاع، وقال في تصريح سابق لـ"العربي الجديد" إن المهم بعد السنوات الصعبة التي مر بها الجميع في دول الخليج هو عودة اللحمة، لأنهم شعب واحد، مؤكدا أن إعلان فتح المعبر ورفع الحصار أشعل فرحة غامرة في قطر والسعودية معا.
وأُنجزت الإجراءات الجمركية في منفذ سلوى وفق الضوابط والإجراءات الصحية المتبعة في جميع المنافذ السعودية.
""", [
    ev("reopening", "عبر عدد من المواطنين القطريين، السبت", REOPEN, "'السبت' = Sat 9 Jan 2021 (the date line)"),
    ev("first-crossing", "وكان عبدالله المري أول قطري يصل إلى الأراضي السعودية", REOPEN, "no own expression; the first Qatari crossed on the morning of Sat 9 Jan 2021"),
    ev("boycott-2017", "وإغلاق الحدود قبل أكثر من ثلاث سنوات", BOYCOTT, "'قبل أكثر من ثلاث سنوات' before Jan 2021: the closure of Mon 5 Jun 2017 (outside knowledge; another report: 'منذ 5 يونيو 2017')"),
    ev("marri-visit", "يوم 5 يناير/كانون الثاني، إلى معبر أبو سمرة", "2021-01-05", "'يوم 5 يناير/كانون الثاني' = Tue 5 Jan 2021"),
    ev("kuwait-announcement", "إعلان فتح المعبر ورفع الحصار", "2021-01-04", "no own expression; the announcement of the opening by Kuwait on the evening of Mon 4 Jan 2021"),
])
art(S, "https://www.alkhaleej.ae/2021-01-10/%D8%B9%D8%A8%D9%88%D8%B1-%D8%A3%D9%88%D9%84-%D9%82%D8%B7%D8%B1%D9%8A-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%B9%D8%A8%D8%B1-%D9%85%D9%86%D9%81%D8%B0-%D8%B3%D9%84%D9%88%D9%89-%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF%D9%8A/%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%AC-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9",
    "2021-01-10", "date in the URL '/2021-01-10/' with the page stamp '00:57 صباحا' (a Sunday); the body's 'صباح أمس السبت' (Sat 9 Jan 2021, the reopening) agrees; 'عادي', 'قراءة دقيقة واحدة' and the truncated last word dropped; no date of its own in the text", False, """
عبور أول قطري إلى السعودية عبر منفذ سلوى الحدودي
بدأ منفذ سلوى الحدودي الرابط بين السعودية وقطر، صباح أمس السبت، العمل بشكل كامل واستقبال المسافرين، بعد اكتمال التجهيزات اللازمة لتشغيله.
ووفقا لقناة «الإخبارية»، جرى تشغيل المنفذ بشكل كامل، ورصدت القناة عبور أول مركبة قطرية آخر نقطة في المنفذ من الجانب القطري، وهي نقطة التأمين على المركبات، ودخولها إلى الجانب السعودي.
وفي ما يخص إجراءات الفحص الصحي والتأكد من خلو القادمين من فيروس كورونا المستجد، أوضحت المصادر أن الإجراءات الاحترازية تبدأ بتقديم شهادة الفحص المخبري «PCR» التي تثبت خلو القادم من الإصابة، ثم توقيع تعهد بالالتزام بالإجراءات الاحترازية.
ومع وصول أوائل القادمين القطريين إلى المنفذ، شرع أفراد الجوازات والجمارك السعودية في التحقق من الأوراق الثبوتية الخاصة بالمركبة وقائدها والمصادقة عليها.
ووصف أول القادمين من المواطنين القطريين شعوره لحظة دخوله أراضي المملكة قائلا: «نحن قادمون إلى بلدنا الثاني، والسعادة التي رأيناها لديكم أسعدتنا أكثر».
""", [
    ev("reopening", "بدأ منفذ سلوى الحدودي الرابط بين السعودية وقطر، صباح أمس السبت", REOPEN, "'صباح أمس السبت' before Sun 10 Jan = the morning of Sat 9 Jan 2021"),
    ev("first-crossing", "عبور أول مركبة قطرية", REOPEN, "no own expression; the first Qatari vehicle crossed on the morning of Sat 9 Jan 2021"),
    ev("document-checks", "شرع أفراد الجوازات والجمارك السعودية في التحقق", REOPEN, "no own expression; at the arrival of the first travellers, Sat 9 Jan 2021"),
])

# ---------------------------------------------------------------- algeria-tunisia-land-border-reopening-2022
S = "algeria-tunisia-land-border-reopening-2022"
OPEN = ("2022-07-14", "2022-07-16")  # the border opened from the late evening of Thu 14 Jul (sources: 'مساء أمس الخميس') to Fri 15 Jul 2022, the announced day
CLOSURE = ("2020-03-01", "2020-04-01")  # closed in March 2020 (sources differ: February or March 2020)
SUMMER = ("2022-07-15", "2022-09-01")
art(S, "https://bilakinaa.com/2022/07/%d9%88%d9%84%d8%a7%d8%a9-%d8%a7%d9%84%d9%88%d9%84%d8%a7%d9%8a%d8%a7%d8%aa-%d8%a7%d9%84%d8%ad%d8%af%d9%88%d8%af%d9%8a%d8%a9-%d9%88%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%af%d8%a7%d8%ae%d9%84%d9%8a/",
    "2022-07-11", "the body's own 'اليوم الإثنين 11 جويلية 2022' (11 Jul 2022 was a Monday) with the URL month '/2022/07/'; 'Comments are closed.' dropped", True, """
ولاة الولايات الحدودية ووزير الداخلية الجزائري في معاينة ميدانية قبل فتح المعابر الحدودية
حلّ وزير الداخلية الجزائري كمال بلجود، اليوم الإثنين 11 جويلية 2022، بولاية الطارف رفقة المدير العام للجمارك الجزائرية، في زيارة ميدانية للوقوف على آخر الاستعدادات لفتح المعابر الحدودية بين الجزائر وتونس.
وتوجه بلجود صبيحة اليوم إلى المركز الحدودي أم الطبول- ملولة لمعاينة المعبر، تحسبا لفتح الحدود البرية مع تونس يوم 15 جويلية المقبل.
وكان في استقباله ولاة الولايات الحدودية مع تونس، وسفير تونس لدى الجزائر، وقنصلا تونس في تبسة وعنابة، والمدير العام للجمارك التونسية.
ويُنتظر أن يعرف المعبر الحدودي أم الطبول عودة الطوابير الطويلة من المسافرين الجزائريين المتجهين إلى تونس لقضاء عطلة الصيف، وكذلك من التونسيين القادمين إلى الجزائر، بداية من يوم الجمعة المقبل.
""", [
    ev("beldjoud-el-tarf-visit", "حلّ وزير الداخلية الجزائري كمال بلجود، اليوم الإثنين 11 جويلية 2022", "2022-07-11", "'اليوم الإثنين 11 جويلية 2022' = Mon 11 Jul 2022"),
    ev("ministers-melloula-meeting", "وتوجه بلجود صبيحة اليوم إلى المركز الحدودي أم الطبول- ملولة", "2022-07-11", "'صبيحة اليوم' = the morning of Mon 11 Jul 2022 (he met his Tunisian counterpart at the crossing)"),
    ev("reopening", "تحسبا لفتح الحدود البرية مع تونس يوم 15 جويلية المقبل", OPEN[0], "'يوم 15 جويلية المقبل' = Fri 15 Jul 2022; the crossings opened from the late evening of Thu 14 (my span 14-15 Jul)", end=OPEN[1]),
    ev("summer-traffic", "عودة الطوابير الطويلة من المسافرين الجزائريين", SUMMER[0], "'بداية من يوم الجمعة المقبل' = from Fri 15 Jul 2022, for the summer holidays (my span 15 Jul - 31 Aug 2022)", end=SUMMER[1]),
])
art(S, "https://darelhilal.com/News/1362737.aspx",
    "2022-07-11", "no stamp or URL date in the stored page: fixed by the body's 'اليوم /الاثنين/' for the working session of the two interior ministers at the Melloula crossing, held on Mon 11 Jul 2022 (another outlet: 'اليوم الإثنين 11 جويلية 2022'), with 'بداية من 15 يوليو الجاري' still ahead; no date of its own in the text", False, """
بحث وزير الداخلية التونسي توفيق شرف الدين مع نظيره الجزائري كمال بلجود مدى جاهزية أجهزة الوزارتين في البلدين والمعابر الحدودية "التونسية – الجزائرية"، الأمنية منها والديوانية، استعدادا لاستقبال المسافرين ومغادرتهم بعد قرار فتح الحدود بداية من 15 يوليو الجاري.
وأفادت وكالة "تونس إفريقيا" للأنباء بأن ذلك جرى خلال جلسة عمل جمعت وزيري البلدين، عُقدت اليوم /الاثنين/ في المعبر الحدودي "ملولة" بمعتمدية طبرقة.
وكان الرئيسان التونسي قيس سعيد والجزائري عبد المجيد تبون قد قررا في 5 يوليو الجاري فتح الحدود التونسية الجزائرية بداية من 15 من الشهر الجاري، بعد إغلاق تجاوز العامين.
""", [
    ev("ministers-melloula-meeting", "جلسة عمل جمعت وزيري البلدين، عُقدت اليوم /الاثنين/", "2022-07-11", "'اليوم /الاثنين/' = Mon 11 Jul 2022"),
    ev("reopening", "بعد قرار فتح الحدود بداية من 15 يوليو الجاري", OPEN[0], "'بداية من 15 يوليو الجاري' = from Fri 15 Jul 2022; opened from the late evening of Thu 14 (my span 14-15 Jul)", end=OPEN[1]),
    ev("decision-5-july", "قد قررا في 5 يوليو الجاري", "2022-07-05", "'في 5 يوليو الجاري' = Tue 5 Jul 2022"),
    ev("closure-2020", "بعد إغلاق تجاوز العامين", CLOSURE[0], "'تجاوز العامين' before Jul 2022: the Covid closure of March 2020 (outside knowledge; sources say March or February 2020; my span March 2020)", end=CLOSURE[1]),
])
art(S, "https://beirut-news.com/?p=572535",
    "2022-07-15", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الجمعة' for the reopening of the land border, which took place on Fri 15 Jul 2022 (the announced day; another outlet: 'مساء يوم الجمعة 15 جويلية 2022' for the presidents' call); no date of its own in the text", False, """
أعادت السلطات التونسية والجزائرية، اليوم الجمعة، فتح الحدود البرية بين البلدين، بعد إغلاق استمر أكثر من عامين بسبب تفشي وباء "كورونا".
وبدأ المسافرون يعبرون من الجهتين بوتيرة عادية عبر معبر طبرقة، بحسب ما أفادت به وكالة "فرانس برس".
ويُتوقع أن يصل قرابة مليون جزائري، أغلبهم من السياح، عبر تسعة منافذ حدودية بين البلدين.
وتعتبر السلطات التونسية أن المعبر الحدودي "ملولة" في طبرقة هو الأهم، إذ عبر منه في العام 2019 قرابة 25% من مجموع القادمين من الجزائر إلى تونس.
ورُفعت في المعبر لافتة كبيرة كُتب عليها "عاشت الأخوة الجزائرية التونسية".
ويتحقق أعوان الجمارك داخل المراكز من وثائق المسافرين، ومنها الوثائق التي تثبت تلقي اللقاح المضاد لـ"كورونا".
""", [
    ev("reopening", "أعادت السلطات التونسية والجزائرية، اليوم الجمعة", OPEN[0], "'اليوم الجمعة' = Fri 15 Jul 2022; the first cars crossed from the late evening of Thu 14 (my span 14-15 Jul)", end=OPEN[1]),
    ev("closure-2020", "بعد إغلاق استمر أكثر من عامين", CLOSURE[0], "'أكثر من عامين' before Jul 2022: the Covid closure of March 2020 (my span March 2020)", end=CLOSURE[1]),
    ev("travellers-crossing", "وبدأ المسافرون يعبرون من الجهتين", "2022-07-15", "no own expression; on the day of the reopening, Fri 15 Jul 2022"),
    ev("summer-traffic", "ويُتوقع أن يصل قرابة مليون جزائري", SUMMER[0], "no own expression; the expected summer arrivals from Fri 15 Jul 2022 (my span 15 Jul - 31 Aug 2022)", end=SUMMER[1]),
    ev("melloula-2019-share", "عبر منه في العام 2019", "2019-01-01", "'في العام 2019' = the year 2019", end="2020-01-01"),
])
art(S, "https://libyaneco.com/%d8%a8%d8%b9%d8%af-%d8%a5%d8%ba%d9%84%d8%a7%d9%82-%d8%a7%d8%b3%d8%aa%d9%85%d8%b1-%d9%84%d8%b9%d8%a7%d9%85%d9%8a%d9%86-%d8%a5%d8%b9%d8%a7%d8%af%d8%a9-%d9%81%d8%aa%d8%ad-%d8%a7%d9%84%d8%ad%d8%af%d9%88.html",
    "2022-07-15", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس الخميس' for the opening of the land border, which took place from the late evening of Thu 14 Jul 2022 ahead of the announced 15 Jul: so Fri 15 Jul 2022; no date of its own in the text", False, """
أُعيد فتح الحدود البرية بين تونس والجزائر مساء أمس الخميس، تنفيذا للقرار المعلن يوم 5 يوليو الجاري خلال الزيارة التي قام بها الرئيس التونسي قيس سعيد إلى الجزائر.
ويأتي هذا القرار، الذي يشمل حرية تنقل الأشخاص والبضائع، بعد إغلاق دام عامين بسبب جائحة كوفيد 19.
ويُنتظر أن يتوافد قرابة مليون سائح جزائري على تونس عبر مختلف المعابر الحدودية على امتداد فصل الصيف، بحسب مصادر إعلامية جزائرية.
وأظهرت صور متداولة على مواقع التواصل الاجتماعي طوابير من السيارات الجزائرية في المعبر الحدودي أم الطبول ملولة مساء أمس، في انتظار دخول الأراضي التونسية.
""", [
    ev("reopening", "أُعيد فتح الحدود البرية بين تونس والجزائر مساء أمس الخميس", OPEN[0], "'مساء أمس الخميس' before Fri 15 = the evening of Thu 14 Jul 2022, running into the announced day, Fri 15 (my span 14-15 Jul)", end=OPEN[1]),
    ev("decision-5-july", "تنفيذا للقرار المعلن يوم 5 يوليو الجاري", "2022-07-05", "'يوم 5 يوليو الجاري' = Tue 5 Jul 2022"),
    ev("closure-2020", "بعد إغلاق دام عامين", CLOSURE[0], "'دام عامين' before Jul 2022: the Covid closure of March 2020 (my span March 2020)", end=CLOSURE[1]),
    ev("summer-traffic", "على امتداد فصل الصيف", SUMMER[0], "'على امتداد فصل الصيف' = summer 2022 from the reopening (my span 15 Jul - 31 Aug 2022)", end=SUMMER[1]),
    ev("queues-oum-teboul", "طوابير من السيارات الجزائرية", "2022-07-14", "'مساء أمس' before Fri 15 = the evening of Thu 14 Jul 2022"),
])

# ---------------------------------------------------------------- egypt-rafah-crossing-ramadan-opening-2018
S = "egypt-rafah-crossing-ramadan-opening-2018"
ORDER = ("2018-05-17", "2018-05-19")  # Sisi's order: the evening/night of Thu 17 May 2018, published early on Fri 18
RAMADAN = ("2018-05-17", "2018-06-15")  # Ramadan 1439: Thu 17 May - Thu 14 Jun 2018
MAY12 = ("2018-05-12", "2018-05-18")  # the crossing open from Sat 12 to Thu 17 May 2018
art(S, "https://www.aljazeera.net/news/arabic/2018/5/18/%d8%a7%d9%84%d8%b3%d9%8a%d8%b3%d9%8a-%d9%8a%d8%a3%d9%85%d8%b1-%d8%a8%d9%81%d8%aa%d8%ad-%d9%85%d8%b9%d8%a8%d8%b1-%d8%b1%d9%81%d8%ad-%d8%b7%d9%88%d8%a7%d9%84-%d8%b1%d9%85%d8%b6%d8%a7%d9%86",
    "2018-05-18", "date in the URL '/2018/5/18/' (a Friday, the morning after Sisi's order of the night of Thu 17 May); the two photo captions and the truncated last sentence dropped; no date of its own in the text", False, """
السيسي يأمر بفتح معبر رفح طوال رمضان
أمر الرئيس المصري عبد الفتاح السيسي باتخاذ ما يلزم لاستمرار فتح معبر رفح البري الذي يصل قطاع غزة بمصر.
وقال السيسي، في بيان مقتضب على صفحته الرسمية في موقع فيسبوك، إن الغاية من فتح المعبر هي "ضمان تخفيف الأعباء عن الأشقاء في قطاع غزة".
من جهتها، أعلنت الإدارة العامة للمعابر والحدود الفلسطينية استمرار فتح معبر رفح البري جنوب قطاع غزة في الاتجاهين طيلة أيام شهر رمضان.
وكانت مصر قد أعلنت الجمعة الماضية فتح المعبر في الاتجاهين أربعة أيام بدءا من السبت، ثم أعلنت الإثنين الماضي استمرار فتحه وإدخال مساعدات إلى القطاع، بحسب وسائل إعلام محلية.
ويُعد معبر رفح المتنفس الوحيد لأكثر من مليوني نسمة يعيشون في قطاع غزة، إذ يربط القطاع بمصر برا.
ويعيش سكان القطاع أوضاعا إنسانية صعبة في ظل الحصار الإسرائيلي المشدد المستمر منذ نحو 12 عاما.
""", [
    ev("sisi-order", "أمر الرئيس المصري عبد الفتاح السيسي", ORDER[0], "no own expression; the order posted on the night of Thu 17 to Fri 18 May 2018 (other reports: 'مساء الخميس', 'ليل الخميس الجمعة'; my span 17-18 May)", end=ORDER[1]),
    ev("ramadan-opening", "في الاتجاهين طيلة أيام شهر رمضان", RAMADAN[0], "'طيلة أيام شهر رمضان' = Ramadan 1439, Thu 17 May - Thu 14 Jun 2018 (outside knowledge)", end=RAMADAN[1]),
    ev("four-day-announcement", "وكانت مصر قد أعلنت الجمعة الماضية", "2018-05-11", "'الجمعة الماضية' before Fri 18 May = Fri 11 May 2018"),
    ev("may12-opening", "فتح المعبر في الاتجاهين أربعة أيام بدءا من السبت", MAY12[0], "'بدءا من السبت' after Fri 11 May = Sat 12 May 2018; the opening ran, extended, until Thu 17 May (another report: 'من السبت الماضي حتى أمس الخميس')", end=MAY12[1]),
    ev("extension-monday", "ثم أعلنت الإثنين الماضي استمرار فتحه", "2018-05-14", "'الإثنين الماضي' before Fri 18 May = Mon 14 May 2018"),
])
art(S, "https://paltoday.ps/ar/post/323373",
    "2018-05-18", "page stamp 'الساعة 08:18 ص|18 مايو 2018' under the headline (kept as the line after the headline); 18 May 2018 was a Friday, the morning after the decision of 'مساء الخميس' (Thu 17 May); the masthead 'فلسطين اليوم', 'كلمات دلالية' and the last sentence (the crossings authority's list of travellers, with a day that does not fit the stamp) dropped", True, """
مصر تقرر فتح معبر رفح طوال شهر رمضان
الساعة 08:18 ص | 18 مايو 2018
قررت السلطات المصرية، مساء الخميس، فتح معبر رفح جنوب قطاع غزة بشكل كامل طوال أيام شهر رمضان المبارك.
وذكرت الرئاسة المصرية أن "الرئيس عبد الفتاح السيسي أصدر قراراً عاجلاً باستمرار فتح معبر رفح البري طوال شهر رمضان المبارك لتخفيف الأعباء عن الفلسطينيين في قطاع غزة".
وأفاد مصدر أمني مصري بأن التنسيق جارٍ بين القاهرة وإدارة المعبر لتسريع إرسال الجرحى الفلسطينيين إلى مصر للعلاج وتذليل العقبات أمام سفرهم عبر المعبر.
من جانبه، عبّر سفير دولة فلسطين ومندوبها الدائم لدى جامعة الدول العربية دياب اللوح عن جزيل شكره للرئيس السيسي والأجهزة المعنية على جهودهم المتواصلة لتخفيف الأعباء عن أبناء الشعب الفلسطيني في القطاع.
وكانت مصر قد فتحت معبر رفح البري من السبت الماضي حتى أمس الخميس.
""", [
    ev("sisi-order", "قررت السلطات المصرية، مساء الخميس", ORDER[0], "'مساء الخميس' = the evening of Thu 17 May 2018 (made public on the night to Fri 18; my span 17-18 May)", end=ORDER[1]),
    ev("ramadan-opening", "بشكل كامل طوال أيام شهر رمضان المبارك", RAMADAN[0], "'طوال أيام شهر رمضان المبارك' = Ramadan 1439, Thu 17 May - Thu 14 Jun 2018", end=RAMADAN[1]),
    ev("wounded-coordination", "التنسيق جارٍ بين القاهرة وإدارة المعبر", "2018-05-18", "no own expression; ongoing on the publication day, Fri 18 May 2018"),
    ev("lawh-thanks", "عبّر سفير دولة فلسطين ومندوبها الدائم", ORDER[0], "no own expression; the ambassador's thanks right after the decision (my span 17-18 May 2018)", end=ORDER[1]),
    ev("may12-opening", "من السبت الماضي حتى أمس الخميس", MAY12[0], "'من السبت الماضي حتى أمس الخميس' before Fri 18 May = Sat 12 - Thu 17 May 2018", end=MAY12[1]),
])
art(S, "https://elmwatin.com/440286/%d8%b9%d8%a7%d8%ac%d9%84%d9%85%d8%b5%d8%b1-%d8%aa%d9%82%d8%af%d9%85-%d8%b9%d8%af%d8%af-%d9%85%d9%86-%d8%a7%d9%84%d9%82%d9%88%d8%a7%d9%81%d9%84-%d9%88%d8%a7%d9%84%d9%85%d8%b3%d8%a7%d8%b9%d8%af%d8%a7%d8%aa-%d8%a7%d9%84%d8%b7%d8%a8%d9%8a%d8%a9-%d9%84%d9%84%d8%b4%d8%b9%d8%a8-%d8%a7%d9%84%d9%81%d9%84%d8%b3%d8%b7%d9%8a%d9%86%d9%8a",
    "2018-05-22", "date line 'الثلاثاء 22/مايو/2018 - 04:09 م' under the headline (kept as the line after the headline); 22 May 2018 was a Tuesday; the byline 'محمد عماد', 'طباعة' and the repeated last paragraph dropped", True, """
عاجل| مصر تقدم عددا من القوافل والمساعدات الطبية للشعب الفلسطيني
الثلاثاء 22/مايو/2018 - 04:09 م
أعلنت جمهورية مصر العربية منذ قليل تقديمها عددا من القوافل والمساعدات الطبية إلى الشعب الفلسطيني.
يُذكر أن سكان قطاع غزة نشروا صورا للرئيس عبد الفتاح السيسي يشكرونه فيها على قراره فتح معبر رفح البري طوال شهر رمضان الكريم 2018 تخفيفا عن الفلسطينيين في القطاع، ورفعوا صورا كُتب عليها "شكرا مصر" و"تحيا مصر".
والجدير بالذكر أن الرئيس السيسي كتب عبر صفحته على "فيس بوك": "أصدرت توجيهاتي للأجهزة المعنية باتخاذ ما يلزم لاستمرار فتح معبر رفح البرى طوال شهر رمضان المبارك، وذلك ضماناً لتخفيف الأعباء عن الأشقاء في قطاع غزة".
""", [
    ev("aid-convoys", "أعلنت جمهورية مصر العربية منذ قليل", "2018-05-22", "'منذ قليل' = Tue 22 May 2018 (the date line, 04:09 pm)"),
    ev("gaza-thanks", "نشروا صورا للرئيس عبد الفتاح السيسي", "2018-05-18", "no own expression; after the order of 17-18 May and before the article of Tue 22 May 2018 (my span 18-22 May)", end="2018-05-23"),
    ev("ramadan-opening", "طوال شهر رمضان الكريم 2018", RAMADAN[0], "'طوال شهر رمضان الكريم 2018' = Ramadan 1439, Thu 17 May - Thu 14 Jun 2018", end=RAMADAN[1]),
    ev("sisi-order", "أصدرت توجيهاتي للأجهزة المعنية", ORDER[0], "no own expression; the Facebook post of the night of Thu 17 to Fri 18 May 2018 (my span 17-18 May)", end=ORDER[1]),
])

# ---------------------------------------------------------------- lebanon-syria-masnaa-crossing-strike-2024
S = "lebanon-syria-masnaa-crossing-strike-2024"
EXODUS = ("2024-09-23", "2024-10-05")  # the flight into Syria since the escalation of Mon 23 Sep 2024
art(S, "https://nilesmedianews.com/2024/10/04/%d8%ba%d8%a7%d8%b1%d8%a9-%d8%a5%d8%b3%d8%b1%d8%a7%d8%a6%d9%8a%d9%84%d9%8a%d8%a9-%d8%aa%d9%82%d8%b7%d8%b9-%d8%a7%d9%84%d8%b7%d8%b1%d9%8a%d9%82-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9-%d8%a8%d9%8a/defensesecurity",
    "2024-10-04", "date in the URL '/2024/10/04/' (a Friday, the day of the dawn strike on Masnaa); headline rendered from the (truncated) URL slug, completed by the body; no date of its own in the text", False, """
غارة إسرائيلية تقطع الطريق الدولية بين لبنان وسوريا
شنت إسرائيل غارة على منطقة المصنع في شرق لبنان، عند الحدود مع سوريا، ما أدى إلى قطع الطريق الدولية التي تربط البلدين.
وتأتي هذه الضربة في وقت عبر فيه 310 آلاف شخص، أغلبهم سوريون، إلى سوريا في الأيام الأخيرة هربا من القصف على لبنان.
وتتهم إسرائيل حزب الله بنقل الأسلحة من حليفته سوريا إلى لبنان عبر هذه الطريق.
وقد اعتمد حزب الله على سوريا المتحالفة معه في نقل الأسلحة وغيرها من المعدات القادمة من إيران.
ويُعد معبر المصنع، كما هو معروف، المعبر البري الرئيسي للخروج من البلاد، وقد تتسبب هذه الغارة في بقاء آلاف الأشخاص، ممن لا يقدرون على السفر جوا، عالقين.
""", [
    ev("masnaa-strike", "شنت إسرائيل غارة على منطقة المصنع", "2024-10-04", "no own expression; the dawn strike of Fri 4 Oct 2024 (the URL day; other reports: 'فجر اليوم الجمعة')"),
    ev("road-cut", "ما أدى إلى قطع الطريق الدولية التي تربط البلدين", "2024-10-04", "no own expression; the road cut by the strike of Fri 4 Oct 2024"),
    ev("exodus-to-syria", "عبر فيه 310 آلاف شخص", EXODUS[0], "'في الأيام الأخيرة': since the escalation of Mon 23 Sep 2024 (another report: 'منذ 23 سبتمبر/ أيلول'; my span 23 Sep - 4 Oct)", end=EXODUS[1]),
])
art(S, "https://alaraby.com/news/%D9%82%D8%B7%D8%B9%D8%AA-%D8%B7%D8%B1%D9%8A%D9%82%D9%8B%D8%A7-%D8%AD%D9%8A%D9%88%D9%8A%D8%A9-%D9%85%D9%86-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D8%A5%D9%84%D9%89-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%BA%D8%A7%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D9%85%D8%AD%D9%8A%D8%B7-%D9%85%D8%B9%D8%A8%D8%B1-%D8%A7%D9%84%D9%85%D8%B5%D9%86%D8%B9",
    "2024-10-04", "no stamp or URL date in the stored page: fixed by the body's 'فجر اليوم الجمعة' for the strike on Masnaa (Fri 4 Oct 2024) and 'يوم أمس الخميس' for Adraee's warning (Thu 3 Oct); headline rendered from the URL slug; the subheading 'تهديدات إسرائيلية سبقت استهداف طريق المصنع' and the truncated quote at the end dropped; no date of its own in the text", False, """
قطعت طريقا حيوية من لبنان إلى سوريا.. غارة على محيط معبر المصنع
استهدفت غارات إسرائيلية، فجر اليوم الجمعة، محيط معبر المصنع الحدودي اللبناني، ما تسبب في قطع الطريق الدولية التي تصل لبنان بسوريا.
ومع اشتداد القصف الإسرائيلي على لبنان في الفترة الماضية، شهد المعبر عبور آلاف النازحين من اللبنانيين والسوريين الذين اجتازوا الحدود من لبنان نحو سوريا.
وبحسب السلطات اللبنانية، دفع التصعيد الإسرائيلي على لبنان منذ 23 سبتمبر/ أيلول أكثر من 310 آلاف شخص، معظمهم سوريون، إلى العبور من لبنان إلى سوريا عبر معبر المصنع، المعروف من الجانب السوري باسم جديدة يابوس.
من جهته، أكد وزير النقل اللبناني علي حمية أن الغارة أدت إلى قطع الطريق المؤدية إلى سوريا.
ويقع معبر المصنع في منطقة البقاع شرقي لبنان، ويُعد أهم المعابر للعبور بين البلدين.
وفي وقت سابق من يوم أمس الخميس، ادعى المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن حزب الله يستخدم معبر المصنع لإدخال وسائل قتالية إلى لبنان، داعيا الدولة اللبنانية إلى إخضاع الشاحنات المارة عبر المعابر المدنية لتفتيش صارم، وإعادة الشاحنات والمركبات التي تحمل وسائل قتالية إلى سوريا.
""", [
    ev("masnaa-strike", "استهدفت غارات إسرائيلية، فجر اليوم الجمعة", "2024-10-04", "'فجر اليوم الجمعة' = the dawn of Fri 4 Oct 2024"),
    ev("road-cut", "ما تسبب في قطع الطريق الدولية", "2024-10-04", "no own expression; the road cut by the dawn strike of Fri 4 Oct 2024"),
    ev("exodus-to-syria", "منذ 23 سبتمبر/ أيلول أكثر من 310 آلاف شخص", EXODUS[0], "'منذ 23 سبتمبر/ أيلول' = since Mon 23 Sep 2024, up to the day of the article (my span 23 Sep - 4 Oct)", end=EXODUS[1]),
    ev("hamieh-statement", "أكد وزير النقل اللبناني علي حمية", "2024-10-04", "no own expression; the minister's statement after the strike, Fri 4 Oct 2024"),
    ev("adraee-warning", "ادعى المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي", "2024-10-03", "'في وقت سابق من يوم أمس الخميس' before Fri 4 Oct = Thu 3 Oct 2024"),
])
art(S, "https://almohrarmedia.net/%d8%ba%d8%a7%d8%b1%d8%a9%d9%8c-%d8%a5%d8%b3%d8%b1%d8%a7%d8%a6%d9%8a%d9%84%d9%8a%d9%91%d8%a9%d9%8c-%d8%aa%d9%8f%d9%88%d9%82%d9%90%d9%81%d9%8f-%d8%a7%d9%84%d8%b9%d9%85%d9%84%d9%8e-%d8%a8%d9%85%d8%b9",
    "2024-10-05", "no stamp or URL date in the stored page: fixed by the body's 'أمس الجمعة' for the strike on Masnaa, which took place at dawn on Fri 4 Oct 2024 (another outlet: 'فجر اليوم الجمعة'), and 'يوم الخميس' for Adraee's statement (Thu 3 Oct): so Sat 5 Oct 2024; the truncated last sentence dropped; no date of its own in the text", False, """
غارة إسرائيلية توقف العمل بمعبر المصنع الحدودي بين سوريا ولبنان
شن الطيران الحربي الإسرائيلي، أمس الجمعة، غارة على منطقة "المصنع" شرقي لبنان، التي يقع فيها المعبر الحدودي مع مناطق سيطرة نظام الأسد، ما أدى إلى قطع الطريق الدولي وتوقف العمل في المعبر.
ونقلت وكالة الأنباء اللبنانية أن "الطيران الحربي المعادي أغار على منطقة المصنع، مما أدى إلى قطع الطريق الدولي (بين لبنان وسوريا)".
ويقع معبر المصنع في منطقة البقاع شرقي لبنان، وهو من أهم المعابر التي تصل لبنان بالأراضي السورية.
من جهته، قال جيش الاحتلال الإسرائيلي إنه قصف نفقا بطول ميلين (نحو 3.5 كيلومتر) على الحدود اللبنانية السورية، استخدمته ميليشيا "حزب الله" لنقل "وسائل قتالية" من إيران وتخزينها تحت الأرض.
وبحسب الجيش الإسرائيلي، دمرت الغارة النفق الذي تستخدمه "الوحدة 4400" التابعة لـ"حزب الله"، إلى جانب مبانٍ عسكرية ومستودعات أسلحة.
ويوم الخميس، قال المتحدث باسم الجيش الإسرائيلي للإعلام العربي أفيخاي أدرعي، في بيان، إنه جرى "الكشف عن محاولة حزب الله استخدام معبر المصنع المدني الحدودي بين سوريا ولبنان لنقل وسائل قتالية إلى داخل لبنان".
""", [
    ev("masnaa-strike", "شن الطيران الحربي الإسرائيلي، أمس الجمعة", "2024-10-04", "'أمس الجمعة' before Sat 5 Oct = Fri 4 Oct 2024"),
    ev("road-cut", "وتوقف العمل في المعبر", "2024-10-04", "no own expression; the consequence of the strike of Fri 4 Oct 2024"),
    ev("nna-report", "ونقلت وكالة الأنباء اللبنانية", "2024-10-04", "no own expression; the NNA report of the strike, Fri 4 Oct 2024"),
    ev("tunnel-strike", "قصف نفقا بطول ميلين", "2024-10-04", "no own expression; the Israeli army's statement on the strikes of Fri 4 Oct 2024 (outside knowledge)"),
    ev("adraee-warning", "ويوم الخميس، قال المتحدث باسم الجيش الإسرائيلي", "2024-10-03", "'يوم الخميس' before Sat 5 Oct = Thu 3 Oct 2024"),
])

# ---------------------------------------------------------------- sudan-chad-adre-crossing-opening-2024
S = "sudan-chad-adre-crossing-opening-2024"
WAR = "2023-04-15"  # the war between the army and the RSF broke out on Sat 15 Apr 2023
art(S, "https://darfur24.com/2024/08/15/%D8%A8%D8%A7%D9%84%D8%AA%D8%B2%D8%A7%D9%85%D9%86-%D9%85%D8%B9-%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-%D8%AC%D9%86%D9%8A%D9%81-%D8%A7%D9%84%D8%A8%D8%B1%D9%87%D8%A7%D9%86-%D9%8A%D9%88%D8%AC%D9%87",
    "2024-08-15", "date in the URL '/2024/08/15/' (a Thursday) and the body's 'اليوم الخميس' for the Sovereignty Council's decision; the dateline 'بورتسودان: دارفور24' dropped; no date of its own in the text", False, """
أعلن مجلس السيادة الانتقالي في السودان، اليوم الخميس، أنه قرر فتح معبر أدري الحدودي لمدة (3) أشهر لضمان وصول المساعدات الإنسانية إلى دارفور.
وصدر القرار خلال اجتماع لمجلس السيادة برئاسة الفريق أول ركن عبد الفتاح البرهان، وتزامن مع استمرار محادثات جنيف بشأن وقف إطلاق النار التي يغيب عنها الجيش السوداني.
وذكر مجلس السيادة، في بيان مقتضب، أن الاجتماع وجّه مفوضية العمل الإنساني، بالتنسيق مع منسق العون الإنساني القطري، بفتح المعبر الحدودي لمدة (3) أشهر وفق الضوابط المتعارف والمتفق عليها، وذلك لضمان وصول المساعدات الإنسانية إلى المواطنين المتضررين.
ويقع معبر أدري على الحدود الغربية للسودان مع تشاد، ويخضع لسيطرة قوات الدعم السريع، وقد ظل الجيش السوداني يرفض فتحه منذ بداية الحرب العام الماضي.
ويأتي قرار فتح المعبر متزامنا مع محادثات جنيف التي انطلقت يوم الأربعاء في غياب الجيش السوداني وبحضور وفد قوات الدعم السريع، إذ أعلن الوسطاء أن المحادثات ستستمر مدة عشرة أيام بهدف وقف إطلاق النار وإدخال المساعدات الإنسانية.
""", [
    ev("adre-decision", "أعلن مجلس السيادة الانتقالي في السودان، اليوم الخميس", "2024-08-15", "'اليوم الخميس' = Thu 15 Aug 2024 (the URL day)"),
    ev("geneva-talks-day2", "وتزامن مع استمرار محادثات جنيف", "2024-08-15", "no own expression; the talks going on on the day of the decision, Thu 15 Aug 2024 (their second day)"),
    ev("war-start", "منذ بداية الحرب العام الماضي", WAR, "'منذ بداية الحرب العام الماضي' = the outbreak of the war on Sat 15 Apr 2023 (outside knowledge)"),
    ev("geneva-talks-start", "محادثات جنيف التي انطلقت يوم الأربعاء", "2024-08-14", "'يوم الأربعاء' before Thu 15 Aug = Wed 14 Aug 2024"),
    ev("geneva-ten-days", "ستستمر مدة عشرة أيام", "2024-08-14", "'مدة عشرة أيام' from Wed 14 Aug 2024 = 14-23 Aug (the talks closed on Fri 23 Aug, outside knowledge)", end="2024-08-24"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=35769766",
    "2024-08-15", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for the Sovereignty Council's decision on the Adre crossing (Thu 15 Aug 2024) and 'محادثات جنيف ... في يومها الثاني' (the talks opened on Wed 14 Aug); the closing rule 'ـــــــ' dropped; no date of its own in the text", False, """
أعلن مجلس السيادة الانتقالي في السودان، اليوم الخميس، أنه سيفتح معبر أدري الحدودي مدة ثلاثة أشهر لضمان وصول المساعدات الإنسانية إلى المواطنين المتضررين من الحرب المستمرة منذ نحو 15 شهرا.
وأوضح المجلس في بيان، اليوم الخميس، أنه قرر في اجتماعه الدوري اليوم، برئاسة الفريق أول ركن عبد الفتاح البرهان، توجيه مفوضية العمل الإنساني، بالتنسيق مع منسق العون الإنساني القطري، بفتح معبر أدري الحدودي لمدة 3 أشهر وفق الضوابط المتعارف والمتفق عليها، لضمان وصول المساعدات الإنسانية إلى المواطنين المتضررين، بحسب وكالة الأنباء السودانية (سونا).
وكانت الحكومة قد أوقفت في وقت سابق، في فبراير/ شباط، تسليم المساعدات عبر المعبر الحدودي، بدعوى أن قوات الدعم السريع تستخدمه لنقل الأسلحة.
ويأتي هذا التحرك مع استمرار محادثات جنيف بشأن السودان في يومها الثاني.
وعلى الأرض، لم يطرأ جديد في ظل تصاعد الاشتباكات بين قوات الجيش وعناصر الدعم السريع.
وتجدد القصف المدفعي بين الطرفين على مدينة الخرطوم فجر اليوم الخميس.
""", [
    ev("adre-decision", "أنه سيفتح معبر أدري الحدودي مدة ثلاثة أشهر", "2024-08-15", "'اليوم الخميس' = Thu 15 Aug 2024"),
    ev("war-start", "الحرب المستمرة منذ نحو 15 شهرا", WAR, "'منذ نحو 15 شهرا' before mid-Aug 2024: the outbreak of the war on Sat 15 Apr 2023 (outside knowledge)"),
    ev("aid-halt", "أوقفت في وقت سابق، في فبراير/ شباط", "2024-02-01", "'في فبراير/ شباط' = February 2024", end="2024-03-01"),
    ev("geneva-talks-day2", "محادثات جنيف بشأن السودان في يومها الثاني", "2024-08-15", "'في يومها الثاني' of talks opened on Wed 14 Aug = Thu 15 Aug 2024"),
    ev("khartoum-shelling", "وتجدد القصف المدفعي بين الطرفين", "2024-08-15", "'فجر اليوم الخميس' = the dawn of Thu 15 Aug 2024"),
])
art(S, "https://arabkhabar.com/a/3077298",
    "2024-08-16", "page stamp 'تاريخ النشر: 16th, August 2024 GMT' under the headline (kept verbatim as the line after the headline); 16 Aug 2024 was a Friday, and the body's 'مساء أمس' for the council's meeting (Thu 15 Aug) agrees; the tweet cut at its complete first sentence where the stored text breaks off ('في وقت حاس...')", True, """
قطر ترحب بفتح معبر أدري الحدودي في السودان
تاريخ النشر: 16th, August 2024 GMT
رحّبت دولة قطر بقرار مجلس السيادة الانتقالي في السودان فتح معبر أدري الحدودي مع تشاد، لضمان وصول المساعدات الإنسانية إلى المواطنين المتضررين من الحرب.
وأعربت وزارة الخارجية القطرية، في بيان اليوم، عن أمل الدوحة في أن يسهم القرار في تيسير انسياب المساعدات إلى المحتاجين في دارفور وتسريعه، وعن تطلعها إلى أن توفر الأطراف كافة الحماية للعاملين في المجال الإنساني.
وجددت الخارجية القطرية التأكيد على وقوف الدوحة إلى جانب الشعب السوداني، وعلى موقفها الثابت الداعم لوحدة السودان واستقراره وسيادته وسلامة أراضيه.
وكان مجلس السيادة الانتقالي في السودان قد قرر، في اجتماعه الدوري مساء أمس برئاسة الفريق أول ركن عبد الفتاح البرهان، فتح معبر أدري الحدودي لمدة 3 أشهر لضمان وصول المساعدات الإنسانية إلى المواطنين المتضررين.
من جهته، رحّب المبعوث الأمريكي إلى السودان توم بيريلو بقرار فتح المعبر، مؤكدا أهميته لتجنب تفاقم المجاعة في البلاد.
وكتب بيريلو في تغريدة على صفحته الرسمية بمنصة X: "بدأنا اليوم الثالث من عملنا في سويسرا بشأن الأزمة السودانية".
""", [
    ev("qatar-welcome", "رحّبت دولة قطر بقرار مجلس السيادة الانتقالي", "2024-08-16", "'في بيان اليوم' = Fri 16 Aug 2024 (the stamp)"),
    ev("adre-decision", "قد قرر، في اجتماعه الدوري مساء أمس", "2024-08-15", "'مساء أمس' before Fri 16 Aug = the evening of Thu 15 Aug 2024"),
    ev("perriello-welcome", "رحّب المبعوث الأمريكي إلى السودان توم بيريلو", "2024-08-16", "no own expression; his tweet on the third day of the Geneva talks, Fri 16 Aug 2024"),
    ev("geneva-talks-day3", "بدأنا اليوم الثالث من عملنا في سويسرا", "2024-08-16", "'اليوم الثالث' of talks opened on Wed 14 Aug = Fri 16 Aug 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 207)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
