"""Builds stories.jsonl: the 232-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: counterfeit goods (the WHO alert of December 2022 on a
falsified, contaminated batch of the cancer drug Methotrex found in Lebanon and Yemen, and Lebanon's recall;
the November 2012 Lebanese scandal of medicines brought in with a forged ministerial signature and forged
laboratory analyses). None of these stories is in the dev set or the other tests/realnews/* sets, nor on the
forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-yemen-falsified-methotrex-alert-2022
S = "lebanon-yemen-falsified-methotrex-alert-2022"
HARM = ("2022-09-15", "2022-12-27")  # the adverse effects on children (Sanaa deaths of late Sep - Oct 2022; the Lebanese cases undated)
TESTS = ("2022-10-01", "2022-12-27")  # the microbiological tests of the remaining vials, before the alert
art(S, "https://annahar.com/arabic/section/5-%D8%B5%D8%AD%D8%A9/28122022084821950",
    "2022-12-28", "date and time in the URL '28122022084821950' (28/12/2022 08:48:21); 28 Dec 2022 was a Wednesday; the body's 'أمس الثلثاء' for the WHO statement of Tue 27 Dec agrees; no date of its own in the text; the stored page has no headline (none rendered); the last sentence cut after 'ومنع تداوله' where the stored text breaks off ('... طبخة مزور')", False, """
حذّرت منظمة الصحة العالمية من وجود دفعة ملوّثة من المستحضر "ميتوتريكسات" بعيار 50 ملغ (METHOTREX 50mg) في إقليمها لشرق المتوسط.
وذكرت المنظمة، في بيان نشرته على موقعها الرسمي أمس الثلثاء، أن الدفعة الملوثة عُثر عليها في اليمن ولبنان إثر ظهور آثار ضارّة على أطفال مرضى كانوا يتلقّون الدواء، موضحةً أن السلطات الصحية في البلدين أخضعت القوارير المختومة المتبقية لاختبارات ميكروبيولوجية كشفت نتائجها وجود بكتيريا الزائفة الزنجارية (Pseudomonas aeruginosa)، ما يدلّ على تلوّث المنتجات.
وأكدت "ضرورة الكشف عن المنتجات الملوثة وسحبها من التداول لمنع إلحاق الأذى بالمرضى"، وطالبت بتشديد الترصّد والحذر في سلاسل التوريد في البلدان والأقاليم التي قد يطالها هذا المنتج.
ونصحت كذلك بتكثيف المراقبة في الأسواق غير النظامية، ودعت السلطات المختصة إلى إبلاغها فوراً إذا اكتُشف المنتج في أسواق بلدانها.
وفي أول خطوة رسمية بعد التحذير، قررت وزارة الصحة العامة سحب الطبخة المزورة من المستحضر الطبي METHOTREX 50 mg (Methotrexate) المخصص لعلاج السرطان من الأسواق اللبنانية ومنع تداوله.
""", [
    ev("who-alert", "في بيان نشرته على موقعها الرسمي أمس الثلثاء", "2022-12-27", "'أمس الثلثاء' before Wed 28 Dec = Tue 27 Dec 2022 (the URL day)"),
    ev("harmful-effects", "إثر ظهور آثار ضارّة على أطفال مرضى", HARM[0], "no own expression; before the alert: the Sanaa leukaemia children injected in late September and dying into mid-October 2022 (outside knowledge); the Lebanese cases are undated (my span 15 Sep - 26 Dec 2022)", end=HARM[1]),
    ev("lab-tests", "أخضعت القوارير المختومة المتبقية لاختبارات ميكروبيولوجية", TESTS[0], "no own expression; tests in both countries before the alert (Sanaa's tests reported in October 2022; my span 1 Oct - 26 Dec 2022)", end=TESTS[1]),
    ev("lebanon-recall", "قررت وزارة الصحة العامة سحب الطبخة المزورة", "2022-12-27", "no own expression; 'في أول خطوة رسمية بعد التحذير': the Lebanese ministry's recall, posted on its site with 'Date: 28/12/2022' and reported by this page at 08:48 on 28 Dec (my span 27-28 Dec 2022)", end="2022-12-29"),
])
art(S, "https://www.lebanontab.com/public/ar/86362/دواء-السرطان-ملوث-في-لبنان",
    "2022-12-28", "page stamp 'الأربعاء ٢٨ ديسمبر ٢٠٢٢' under the lead (kept as first line, before the headline); 28 Dec 2022 was a Wednesday; body 'أمس الثلثاء' (Tue 27) agrees; headline rendered from the URL slug; the truncated last sentence ('مشددةً على ضرورة الحصول على ال...') dropped", True, """
الأربعاء ٢٨ ديسمبر ٢٠٢٢
دواء السرطان ملوث في لبنان
نبّهت "الصحة العالمية" إلى وجود دفعة ملوّثة في لبنان من دواء يُستعمل في علاج السرطان.
وأطلقت منظمة الصحة العالمية تنبيهاً حول دفعة ملوّثة من المنتج ميتوتريكسات بعيار 50 ملغ (METHOTREX 50mg) في إقليمها لشرق المتوسط.
وأوضحت المنظمة، في بيان نشرته على موقعها الرسمي أمس الثلثاء، أن الدفعة الملوثة وُجدت في اليمن ولبنان بعدما ظهرت آثار ضارة على أطفال مرضى يتلقون الدواء.
وبيّنت أن السلطات الصحية في البلدين أجرت اختبارات ميكروبيولوجية على ما تبقى من القوارير المختومة، فأظهرت النتائج وجود بكتيريا الزائفة الزنجارية (Pseudomonas aeruginosa)، وهو ما يدل على تلوث المنتجات.
وشددت المنظمة على ضرورة الكشف عن المنتجات الملوثة وسحبها من التداول منعاً لإلحاق الأذى بالمرضى، وطلبت زيادة الترصّد وتوخي الحذر في سلاسل التوريد في البلدان والأقاليم التي قد تتأثر بهذا المنتج.
كما نصحت بزيادة المراقبة في الأسواق غير النظامية، وحثّت السلطات المختصة على إخطارها فوراً إن اكتُشف هذا المنتج في أسواق بلدانها.
ودعت منظمة الصحة العالمية شركات التصنيع إلى إجراء اختبارات للكشف عن أي تلوث ميكروبي قبل طرح الدفعات النهائية للاستخدام.
""", [
    ev("who-alert", "في بيان نشرته على موقعها الرسمي أمس الثلثاء", "2022-12-27", "'أمس الثلثاء' before Wed 28 Dec (the stamp) = Tue 27 Dec 2022"),
    ev("harmful-effects", "بعدما ظهرت آثار ضارة على أطفال مرضى", HARM[0], "no own expression; the adverse effects before the alert (Sanaa: late Sep - mid Oct 2022, outside knowledge; my span 15 Sep - 26 Dec 2022)", end=HARM[1]),
    ev("lab-tests", "أجرت اختبارات ميكروبيولوجية على ما تبقى من القوارير المختومة", TESTS[0], "no own expression; before the alert (my span 1 Oct - 26 Dec 2022)", end=TESTS[1]),
    ev("manufacturers-call", "ودعت منظمة الصحة العالمية شركات التصنيع", "2022-12-27", "no own expression; part of the statement of Tue 27 Dec 2022"),
])
art(S, "https://almaghribtoday.net/321/212837-%D9%85%D9%86%D8%B8%D9%85%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A%D8%A9-%D8%AA%D9%8F%D8%AD%D8%B0%D9%91%D8%B1-%D9%85%D9%86-%D8%AF%D9%88%D8%A7%D8%A1-%D9%85%D9%84%D9%88%D8%AB-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%88%D8%A7%D9%84%D9%8A%D9%85%D9%86-%D9%8A%D9%8F%D8%B3%D8%AA%D8%AE%D8%AF%D9%85-%D9%81%D9%8A",
    "2022-12-28", "no date in the URL and only a clock time ('آخر تحديث GMT 02:07:44') in the stored page: fixed by the body's 'أمس الثلاثاء' for the WHO statement, published on Tue 27 Dec 2022 (other outlets: annahar's URL 28122022 and lebanontab's stamp 'الأربعاء ٢٨ ديسمبر ٢٠٢٢' with the same 'أمس الثلثاء'): so Wed 28 Dec 2022; the repeated masthead lines 'المغرب اليوم -', the caption 'منظمة الصحة العالمية' and the dateline 'جنييف - المغرب اليوم' dropped; the truncated last sentence dropped", False, """
منظمة الصحة العالمية تُحذّر من دواء ملوث في لبنان واليمن يُستخدم في علاج السرطان وأمراض المناعة
أصدرت منظمة الصحة العالمية تنبيهاً يتعلق بدفعة ملوثة من المنتج ميتوتريكسات بعيار 50 ملغ (METHOTREX 50mg) في إقليم المنظمة لشرق المتوسط.
وقالت المنظمة، في بيان نشرته على موقعها الرسمي أمس الثلاثاء، إن الدفعة الملوثة عُثر عليها في اليمن ولبنان بعد أن ظهرت آثار ضارة على أطفال مرضى يتلقون الدواء، وبيّنت أن السلطات الصحية في البلدين أخضعت القوارير المختومة المتبقية لاختبارات ميكروبيولوجية أظهرت نتائجها وجود بكتيريا الزائفة الزنجارية (Pseudomonas aeruginosa)، ما يدل على تلوث المنتجات.
وأكدت المنظمة "ضرورة الكشف عن المنتجات الملوثة وسحبها من التداول لمنع إلحاق الأذى بالمرضى"، وطالبت بمزيد من الترصّد والحذر على مستوى سلاسل التوريد في البلدان والأقاليم المحتمل تأثرها بهذا المنتج.
""", [
    ev("who-alert", "في بيان نشرته على موقعها الرسمي أمس الثلاثاء", "2022-12-27", "'أمس الثلاثاء' before Wed 28 Dec = Tue 27 Dec 2022"),
    ev("harmful-effects", "بعد أن ظهرت آثار ضارة على أطفال مرضى", HARM[0], "no own expression; before the alert (my span 15 Sep - 26 Dec 2022)", end=HARM[1]),
    ev("lab-tests", "أخضعت القوارير المختومة المتبقية لاختبارات ميكروبيولوجية", TESTS[0], "no own expression; before the alert (my span 1 Oct - 26 Dec 2022)", end=TESTS[1]),
])
art(S, "https://makkahnewspaper.com/article/1580231/العالم/حقن-الموت-الحوثية-تعود-للواجهة",
    "2022-12-29", "page stamp 'الخميس - 29 ديسمبر 2022' (with 'Thu - 29 Dec 2022') under the headline (kept as first line, before the headline); 29 Dec 2022 was a Thursday, two days after the WHO statement; the related-story line 'تقرير دولي يكشف نزوح أكثر من 60 ألف يمني منذ مطلع العام' (twice) and the English stamp dropped", True, """
الخميس - 29 ديسمبر 2022
حقن الموت الحوثية تعود للواجهة
عادت إلى الواجهة من جديد قضية الدواء الملوث المعروف بـ«حقن الموت»، الذي هرّبته قيادات حوثية بارزة إلى صنعاء وأُعطي لعدد من الأطفال المصابين بالسرطان فأدى إلى وفاتهم، بعدما حذّرت منظمة الصحة العالمية من عقار ملوث موجود في اليمن ودعت إلى سحبه من الأسواق فوراً.
ونبّهت المنظمة في بيان إلى دفعة ملوثة من منتج «ميتوتريكسات» بعيار 50 ملجم في إقليمها لشرق المتوسط، مشيرةً إلى أنها وُجدت في اليمن ولبنان عقب ظهور آثار ضارة على أطفال مرضى يتلقون الدواء، في تأكيد قاطع ينقض مزاعم الميليشيات الحوثية التي اتهمت صيادلة من قبل ببيع الدواء بشكل فردي، مع أنه يُهرَّب عبر مسؤولين كبار في الميليشيات المدعومة إيرانياً يملكون شركات أدوية.
وشددت المنظمة على «ضرورة الكشف عن المنتجات الملوثة وسحبها من التداول، ومنع إلحاق الأذى بالمرضى»، وطالبت بزيادة الترصد وتوخي الحذر في سلاسل التوريد بالبلدان والأقاليم التي قد يطالها هذا المنتج، ونصحت بتشديد المراقبة على الأسواق غير النظامية.
""", [
    ev("sanaa-child-deaths", "وأُعطي لعدد من الأطفال المصابين بالسرطان فأدى إلى وفاتهم", "2022-09-20", "no own expression; the Sanaa leukaemia children injected in late September 2022 and dying into mid-October (10-19 deaths reported 11-14 Oct; 'بعد أكثر من ثلاثة أسابيع على الحادثة' on 14 Oct); outside knowledge, my span 20 Sep - 15 Oct 2022", end="2022-10-16"),
    ev("who-alert", "بعدما حذّرت منظمة الصحة العالمية من عقار ملوث", "2022-12-27", "no own expression; the WHO statement of Tue 27 Dec 2022 (other outlets: 'أمس الثلثاء' on Wed 28)"),
    ev("harmful-effects", "عقب ظهور آثار ضارة على أطفال مرضى", HARM[0], "no own expression; before the alert (my span 15 Sep - 26 Dec 2022)", end=HARM[1]),
    ev("houthi-blame", "التي اتهمت صيادلة من قبل ببيع الدواء", "2022-10-10", "'من قبل': the Houthi health authorities blamed pharmacists after the deaths became public in mid-October 2022 (outside knowledge; my span 10-31 Oct 2022)", end="2022-11-01"),
])

# ---------------------------------------------------------------- lebanon-forged-drug-licences-scandal-2012
S = "lebanon-forged-drug-licences-scandal-2012"
art(S, "http://archive.arabic.cnn.com/2012/middle_east/11/11/lebanon.medicines/index.html",
    "2012-11-11", "date line 'الأحد، 11 تشرين الثاني/نوفمبر 2012، آخر تحديث 17:13 (GMT+0400)' under the headline (date kept as first line, before the headline) and the URL '/2012/middle_east/11/11/'; 11 Nov 2012 was a Sunday; the dateline 'دبي، الإمارات العربية المتحدة (CNN)--' and the truncated last sentence ('لافت...') dropped", True, """
الأحد، 11 تشرين الثاني/نوفمبر 2012
لبنان: فضيحة "الأدوية الفاسدة" تهز حكومة ميقاتي
تعهّد وزير العدل اللبناني شكيب قرطباوي بمحاسبة جميع المتورطين في قضية الأدوية الفاسدة، التي تفيد أنباء بأنها قد تطال وزيرين في حكومة نجيب ميقاتي، بينما باشرت النيابة العامة التمييزية تحقيقات واسعة في شكوى جديدة وصلتها من وزارة الصحة العامة.
ونقلت الوكالة الوطنية للإعلام عن قرطباوي قوله إن "التحقيق سيمضي إلى النهاية، ولن يكون هناك أي تهاون في هذه القضية"، في حين قرر النائب العام التمييزي القاضي حاتم ماضي إلغاء المؤتمر الصحفي الذي كان مقرراً عقده الاثنين، بسبب "بث إحدى المرئيات تصريحاً كاذباً منسوباً إليه".
وأوضح ماضي، في تصريحات مساء السبت، أن ما أوردته بعض وسائل الإعلام عن إحالة شكوى ملف تزوير معاملات بعض أصناف الأدوية إلى القضاء حديثاً "أمر ملتبس"، سببه الخلط بين الشكوى الجديدة المحالة من وزارة الصحة وملف التزوير الموجود في عهدة المباحث الجنائية منذ شهر.
وأكد المدعي العام التمييزي أن ملف القضية موجود في قلم هيئة القضايا منذ 12 أكتوبر/ تشرين الأول الماضي، حيث يتولى القضاة التحقيق فيه.
""", [
    ev("kortbawi-vow", "تعهّد وزير العدل اللبناني شكيب قرطباوي", "2012-11-10", "no own expression; the justice minister's words carried by the national news agency on the weekend of the Saturday complaint (my span Sat 10 - Sun 11 Nov 2012)", end="2012-11-12"),
    ev("new-complaint", "في شكوى جديدة وصلتها من وزارة الصحة العامة", "2012-11-10", "no own expression; the State Litigation Authority's complaint against persons unknown, filed on Sat 10 Nov 2012 (naharnet: 'ادعت الدولة السبت')"),
    ev("press-conference", "المؤتمر الصحفي الذي كان مقرراً عقده الاثنين", "2012-11-12", "'الاثنين' after Sun 11 Nov = Mon 12 Nov 2012 (the cancelled press conference)"),
    ev("madi-statement", "في تصريحات مساء السبت", "2012-11-10", "'مساء السبت' before Sun 11 Nov = Sat 10 Nov 2012"),
    ev("referral-oct12", "موجود في قلم هيئة القضايا منذ 12 أكتوبر/ تشرين الأول الماضي", "2012-10-12", "'12 أكتوبر/ تشرين الأول الماضي' = Fri 12 Oct 2012"),
])
art(S, "http://archive.aawsat.com/details.asp?section=4&issueno=12401&article=703665&feature=",
    "2012-11-11", "no stamp or URL date in the stored page (only the issue number 12401): fixed by the body's 'في تصريح أدلى به أمس' for Mohammad Fneish's statement on his brother's possible role, made on Sat 10 Nov 2012 (the day the reports came out: alwatannews 'بحسب ما ذكرت قناة العربية، السبت', with Fneish's reply; CNN's dated page of Sun 11 covers the same weekend): so Sun 11 Nov 2012; no date of its own in the text; the 'TT' marker and the truncated last sentence ('وكان عضو كت...') dropped", False, """
لبنان: معلومات عن تورط شقيق وزير من حزب الله في فضيحة أدوية غير شرعية
فنيش: القضاء يفصل في القضية.. ولن أغطي أحدا
أقرّ وزير الدولة لشؤون التنمية الإدارية محمد فنيش، ممثل حزب الله في الحكومة اللبنانية، بـ«احتمال» تورط أحد أشقائه في فضيحة تزوير توقيع وزير الصحة بهدف إدخال أدوية إلى لبنان بطريقة غير شرعية، مؤكداً أنه «لن يغطي أي أحد يثبت تورطه في هذا الأمر».
وقال فنيش، في تصريح أدلى به أمس، إنه بعدما بلغه أن هناك احتمالاً لتورط أحد أشقائه في قضية تزوير شهادات تحليل مخبرية وتوقيع الوزير لبعض أصناف الأدوية، فإن ما يهمه تأكيده أن الأمر منوط بالإدارة المعنية والقضاء لاتخاذ كل التدابير الإدارية والقضائية إذا ثبتت التهمة.
وشدد على أنه «لم ولن يغطي» أياً ممن يثبت تورطه، داعياً إلى ترك الموضوع للسلطات المعنية كي تحقق وتثبت وتعاقب.
وكانت مصادر لبنانية قد ذكرت أمس أن شقيق فنيش هو من زوّر توقيع وزير الصحة علي حسن خليل في ما بات يُعرف بـ«فضيحة الأدوية»، وأفادت بأن الأدوية التي تحتاج إلى توقيعين من الوزير أُدخلت إلى لبنان منذ 10 أشهر، فيما أشارت قناة «المستقبل» إلى أن 4 من الشركات المتورطة على علاقة بحزب الله.
""", [
    ev("fneish-statement", "في تصريح أدلى به أمس", "2012-11-10", "'أمس' before Sun 11 Nov = Sat 10 Nov 2012"),
    ev("brother-reports", "وكانت مصادر لبنانية قد ذكرت أمس", "2012-11-10", "'أمس' = Sat 10 Nov 2012 (alwatannews: Al Arabiya reported it 'السبت')"),
    ev("drugs-brought-in", "أُدخلت إلى لبنان منذ 10 أشهر", "2012-01-01", "'منذ 10 أشهر' before mid-November 2012 = about January 2012 (my span the whole of January)", end="2012-02-01"),
])
art(S, "https://naharnet.com/stories/ar/60301-%D8%AA%D9%82%D8%A7%D8%B1%D9%8A%D8%B1-%D9%85%D8%B9%D9%84%D9%88%D9%85%D8%A7%D8%AA-%D8%AA%D8%B2%D9%88%D9%8A%D8%B1-%D8%A8%D8%B9%D8%B6-%D8%A7%D9%84%D8%A3%D8%AF%D9%88%D9%8A%D8%A9-%D9%81%D9%8A-%D9%85%D9%86%D8%AA%D8%B5%D9%81-%D8%AA%D8%B4%D8%B1%D9%8A%D9%86-%D8%A7%D9%84%D8%A3%D9%88%D9%84-%D8%B5%D8%AF%D8%B1%D8%AA-%D8%B9%D9%86-%D9%85%D8%AE%D8%AA%D8%A8%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9",
    "2012-11-11", "no stamp or URL date in the stored page: a press-review item quoting the newspaper An-Nahar 'الأحد', with the state's complaint of 'السبت' (Sat 10 Nov 2012, confirmed by CNN's dated page of Sun 11: 'تصريحات مساء السبت' on the new complaint): so Sun 11 Nov 2012; the line 'Read this story in English' and the repeated lead sentence (its content is repeated by the next sentence) dropped; the truncated last sentence ('... لا تحصل بكب...') dropped", False, """
تقارير: معلومات تزوير بعض الأدوية في منتصف تشرين الأول صدرت عن مختبرات الجامعة العربية
ادعت الدولة، ممثلة بهيئة القضايا، السبت أمام النيابة العامة التمييزية على مجهول ليأخذ التحقيق مجراه.
وكشفت مصادر تواكب ملف الأدوية الفاسدة، في حديث لصحيفة "النهار" الأحد، أن المعلومات التي وصلت إلى هيئة القضايا في وزارة العدل اواسط تشرين الأول الماضي تفيد بوجود تزوير في بعض الأمور صادر عن مختبرات الجامعة العربية في بيروت.
وأضافت أن رئيس الهيئة القاضي مروان كركبي، بعد الاطلاع على هذه المعلومات، كلّف محامي الدولة عبد المجيد عاكوم دراسة الملف، وأن الأمر أثار جدلاً قانونياً حول ما إذا كان على الدولة أو على الجامعة العربية أن تتدخل مدعية في الملف.
ولفتت المصادر إلى أن محامي الدولة خلص، بعد دراسة الملف اسبوعاً، إلى أن الموضوع ليس من اختصاص الجامعة العربية.
""", [
    ev("new-complaint", "ادعت الدولة، ممثلة بهيئة القضايا، السبت", "2012-11-10", "'السبت' before Sun 11 Nov = Sat 10 Nov 2012"),
    ev("nahar-report", "في حديث لصحيفة \"النهار\" الأحد", "2012-11-11", "'الأحد' = Sun 11 Nov 2012 (the publication day)"),
    ev("referral-oct12", "وصلت إلى هيئة القضايا في وزارة العدل اواسط تشرين الأول الماضي", "2012-10-12", "'اواسط تشرين الأول الماضي' = mid-October 2012; the file reached the State Litigation Authority on Fri 12 Oct 2012 (CNN: 'منذ 12 أكتوبر/ تشرين الأول الماضي')"),
    ev("lawyer-study", "بعد دراسة الملف اسبوعاً", "2012-10-12", "'اسبوعاً' from the file's arrival on 12 Oct 2012: my span 12-19 Oct 2012", end="2012-10-20"),
])
art(S, "https://sauress.com/alyaum/62806",
    "2012-11-13", "a sauress mirror of the Saudi daily Al-Yaum, without stamp or URL date: fixed by the body's 'كان مقرراً عقده امس' for the press conference that Judge Hatem Madi had set for Mon 12 Nov 2012 and cancelled (CNN's dated page of Sun 11 Nov: 'كان مقرراً عقده الاثنين'): so Tue 13 Nov 2012 (the print edition); no date of its own in the text; the truncated last sentence (a repeat of the minister's quote) dropped", False, """
توعّد وزير العدل اللبناني شكيب قرطباوي بمعاقبة كل المتورطين في قضية الأدوية الفاسدة، التي تشير أنباء إلى احتمال أن تطال اثنين من وزراء حكومة نجيب ميقاتي، في حين فتحت النيابة العامة التمييزية تحقيقات واسعة في شكوى جديدة تلقتها من وزارة الصحة العامة.
ونقلت الوكالة الوطنية للإعلام عن الوزير قرطباوي تأكيده أن «التحقيق سيذهب إلى النهاية، ولا تهاون في هذه القضية»، بينما ألغى النائب العام التمييزي القاضي حاتم ماضي المؤتمر الصحفي الذي كان مقرراً عقده امس، بسبب «إقدام إحدى القنوات الفضائية على بث تصريح كاذب منسوب إليه».
وقال ماضي، في تصريحات مساء السبت، إن ما ذكرته بعض وسائل الإعلام عن إحالة شكوى ملف تزوير معاملات بعض أصناف الأدوية إلى القضاء حديثاً «أمر ملتبس»، سببه الخلط بين الشكوى الجديدة المحالة من وزارة الصحة وملف التزوير الموجود في عهدة المباحث الجنائية منذ شهر.
وأكد مدعي عام التمييز اللبناني أن ملف القضية موجود في قلم هيئة القضايا منذ 12 أكتوبر الماضي، حيث يحقق فيه القضاة، مشيراً إلى أنه «يتعلق بجرم الغش بالأدوية، والتزوير، والاحتيال، ومخالفة قانون مهنة الصيدلة».
""", [
    ev("kortbawi-vow", "توعّد وزير العدل اللبناني شكيب قرطباوي", "2012-11-10", "no own expression; the minister's words of the weekend of Sat 10 - Sun 11 Nov 2012 (CNN's dated page of Sun 11 carries them; my span 10-11 Nov)", end="2012-11-12"),
    ev("new-complaint", "في شكوى جديدة تلقتها من وزارة الصحة العامة", "2012-11-10", "no own expression; the complaint filed on Sat 10 Nov 2012 (naharnet: 'ادعت الدولة السبت')"),
    ev("press-conference", "المؤتمر الصحفي الذي كان مقرراً عقده امس", "2012-11-12", "'امس' before Tue 13 Nov = Mon 12 Nov 2012 (CNN: 'الاثنين')"),
    ev("madi-statement", "في تصريحات مساء السبت", "2012-11-10", "'مساء السبت' = Sat 10 Nov 2012 (the last Saturday before Tue 13)"),
    ev("referral-oct12", "موجود في قلم هيئة القضايا منذ 12 أكتوبر الماضي", "2012-10-12", "'12 أكتوبر الماضي' = Fri 12 Oct 2012"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 233)
                            if i != 201 and i != 232 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
