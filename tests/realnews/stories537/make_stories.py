"""Builds stories.jsonl: the 537-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: hunger strikes of prisoners and detainees.
Stories: the release of the Jordanian detainees Hiba al-Labadi (after a 42-day hunger strike) and Abdul Rahman
Miri from Israeli administrative detention (Jordan, November 2019); the hunger strike of some forty Hirak
detainees in El Harrach prison and the Algiers prosecutor's denial (Algeria, January 2022); the hunger strike
of Sihem Ben Sedrine, former head of the Truth and Dignity Commission, in Manouba women's prison (Tunisia,
January 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-labadi-miri-release-2019
S = "jordan-labadi-miri-release-2019"
STRIKE = ("2019-09-24", "2019-11-05")     # Labadi's hunger strike: Tue 24 Sep - Mon 4 Nov 2019 (42 days)
STRIKE_END = "2019-11-04"                  # she ended the strike on Mon 4 Nov 2019
SAFADI = "2019-11-04"                      # Safadi: they return before the end of the week (Mon 4 Nov 2019)
RETURN = "2019-11-06"                      # left the prison in the morning, reached the King Hussein bridge (Wed 6 Nov 2019)
RECALL = "2019-10-29"                      # Jordan recalled its ambassador in Tel Aviv for consultation (Tue 29 Oct 2019)
KOTOV = "2019-10-29"                       # the Israeli infiltrator (Konstantin Kotov) arrested in Jordan (Tue 29 Oct 2019)
art(S, "https://www.albawaba.me/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%A7%D8%B1%D8%AF%D9%86-%D8%A7%D9%84%D8%A3%D8%B3%D9%8A%D8%B1%D8%A7%D9%86-%D8%A7%D9%84%D9%84%D8%A8%D8%AF%D9%8A-%D9%88%D9%85%D8%B1%D8%B9%D9%8A-%D9%8A%D8%B9%D9%88%D8%AF%D8%A7%D9%86-%D9%82%D8%A8%D9%84-%D9%86%D9%87%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%A3%D8%B3%D8%A8%D9%88%D8%B9-1319206",
    "2019-11-04", "no date line on the stored page; the body's 'اليوم الاثنين' for Safadi's statement that the two would return before the end of the week, which was made on Mon 4 Nov 2019 (Labadi's 42nd day of strike; alnashraaldawlia of Wed 6 Nov: she stopped her strike 'الاثنين الماضي' after the release decision), and 'أمس الأحد' for the campaign's demand; headline rendered from the URL slug; the last, truncated sentence dropped", False, """
الأردن: الأسيران اللبدي ومرعي يعودان قبل نهاية الأسبوع
أعلن وزير الخارجية الأردني أيمن الصفدي، اليوم الاثنين، أن المواطنَين الأردنيَّين اللذين تحتجزهما إسرائيل "سيرجعان إلى أرض الوطن قبل نهاية الأسبوع" الحالي.
ونقل بيان للوزارة عن الصفدي قوله: "ستعود هبة اللبدي وعبد الرحمن مرعي إلى الوطن قبل نهاية الأسبوع، فقد سعت الحكومة إلى إطلاق سراحهما منذ اليوم الأول بتوجيهات حازمة من جلالة الملك عبد الله الثاني باتخاذ كل الخطوات اللازمة لإعادتهما سالمين مهما كانت الكلفة".
وكانت الحملة الشعبية للإفراج عن هبة اللبدي وعبد الرحمن مرعي قد دعت الحكومة الأردنية، أمس الأحد، إلى عدم إطلاق الإسرائيلي الذي أوقف، الأسبوع الماضي، أثناء محاولته التسلل إلى الأردن، قبل الإفراج عن الأسرى الأردنيين الـ23 جميعا والكشف عن مصير المفقودين لدى الاحتلال.
وقبل أسبوع، استدعت وزارة الخارجية وشؤون المغتربين السفير الأردني لدى تل أبيب غسان المجالي للتشاور، احتجاجا على مواصلة إسرائيل احتجاز المواطنين الأردنيين.
وأوضح وزير الخارجية حينها أنه "نظرا لعدم استجابة إسرائيل لمطالبنا المتواصلة منذ أشهر بالإفراج عن المواطنين الأردنيين هبة اللبدي وعبد الرحمن مرعي، واستمرار احتجازهما غير القانوني وغير الإنساني، استدعينا سفيرنا في تل أبيب للتشاور خطوة أولى".
""", [
    ev("safadi-announcement", "أعلن وزير الخارجية الأردني أيمن الصفدي، اليوم الاثنين", SAFADI, "'اليوم الاثنين' = Mon 4 Nov 2019"),
    ev("return-home", "سيرجعان إلى أرض الوطن قبل نهاية الأسبوع", RETURN, "'قبل نهاية الأسبوع' (announced Mon 4 Nov 2019); they came back on Wed 6 Nov 2019 (alnashraaldawlia 'الأربعاء', al-akhbar 'عادت أمس')"),
    ev("campaign-demand", "قد دعت الحكومة الأردنية، أمس الأحد", "2019-11-03", "'أمس الأحد' from Mon 4 Nov 2019 = Sun 3 Nov"),
    ev("infiltrator-arrest", "الإسرائيلي الذي أوقف، الأسبوع الماضي", KOTOV, "'الأسبوع الماضي' from Mon 4 Nov 2019; the Israeli Konstantin Kotov was arrested after crossing into Jordan on Tue 29 Oct 2019 (Jordanian foreign ministry, as reported later)"),
    ev("ambassador-recall", "استدعت وزارة الخارجية وشؤون المغتربين السفير الأردني", RECALL, "'وقبل أسبوع' from Mon 4 Nov 2019; the recall of ambassador Ghassan Majali was announced on Tue 29 Oct 2019 (elbaladtv 'الثلاثاء'; a later royanews report says 30 Oct)"),
])
art(S, "https://alnashraaldawlia.com/2019/11/06/%d8%b6%d8%ba%d9%88%d8%b7%d8%a7%d8%aa-%d8%a7%d8%b1%d8%af%d9%86%d9%8a%d8%a9-%d8%aa%d8%b9%d9%8a%d8%af-%d9%87%d8%a8%d8%a9-%d8%a7%d9%84%d9%84%d8%a8%d8%af%d9%8a-%d9%88%d8%b9%d8%a8%d8%af-%d8%a7%d9%84%d8%b1",
    "2019-11-06", "the date 2019/11/06 in the page's address (a WordPress date path), consistent with the body's 'الأربعاء' for the arrival at the King Hussein bridge (6 Nov 2019 was a Wednesday) and 'الاثنين الماضي' for the end of the strike; headline kept from the page", True, """
ضغوط أردنية تعيد المعتقلين لدى إسرائيل هبة اللبدي وعبد الرحمن مرعي
وصل المعتقلان الأردنيان لدى إسرائيل، هبة اللبدي وعبد الرحمن مرعي، الأربعاء، إلى جسر الملك حسين، بعد خروجهما في الصباح من بوابة السجن الإسرائيلي، إثر قرار بالإفراج عنهما جاء استجابة لضغوط أردنية على أرفع مستوى.
وتجمع ذوو الأسيرين المحررين وعدد من الصحافيين عند جسر الملك حسين، على حدود الكرامة، لاستقبالهما.
وأفادت مصادر مطلعة بأنه سيجري نقل الأسيرين إلى المدينة الطبية إذا تطلبت حالتهما الصحية ذلك.
وسُمح لوالدي الأسيرة بالدخول إلى الجسر الأمامي على نهر الأردن في انتظار وصول الأسيرين.
وكانت هبة اللبدي قد قررت، الاثنين الماضي، وقف إضرابها عن الطعام الذي امتد نحو أربعين يوما، عقب قرار إسرائيل الإفراج عنها.
وفي وقت سابق، صرح وزير الخارجية الأردني أيمن الصفدي بأن حكومة بلاده تابعت القضية منذ بدايتها بتوجيهات مباشرة من الملك عبد الله الثاني لاتخاذ كل الخطوات اللازمة لإطلاق اللبدي ومرعي مهما كلف الأمر.
وكان الأردن قد استدعى سفيره في إسرائيل للتشاور، في أواخر الشهر الماضي، بسبب استمرار السلطات الإسرائيلية في اعتقال المواطنين الأردنيين.
""", [
    ev("return-home", "وصل المعتقلان الأردنيان لدى إسرائيل، هبة اللبدي وعبد الرحمن مرعي، الأربعاء", RETURN, "'الأربعاء' = Wed 6 Nov 2019"),
    ev("leave-prison", "بعد خروجهما في الصباح من بوابة السجن الإسرائيلي", RETURN, "'في الصباح' of the Wednesday of the arrival = Wed 6 Nov 2019"),
    ev("medical-city", "سيجري نقل الأسيرين إلى المدينة الطبية", RETURN, "no own date; they were taken to the King Hussein Medical City on arrival, Wed 6 Nov 2019 (al-akhbar of Thu 7 Nov)"),
    ev("strike-end", "قد قررت، الاثنين الماضي، وقف إضرابها عن الطعام", STRIKE_END, "'الاثنين الماضي' from Wed 6 Nov 2019 = Mon 4 Nov"),
    ev("hunger-strike", "الذي امتد نحو أربعين يوما", STRIKE[0], "'نحو أربعين يوما': the strike ran from Tue 24 Sep 2019 (the day of the administrative detention order, other reports) to Mon 4 Nov 2019, 42 days (al-akhbar)", end=STRIKE[1]),
    ev("ambassador-recall", "استدعى سفيره في إسرائيل للتشاور، في أواخر الشهر الماضي", RECALL, "'في أواخر الشهر الماضي' = late October 2019; the recall was announced on Tue 29 Oct 2019 (elbaladtv 'الثلاثاء')"),
])
art(S, "https://beta.al-akhbar.com/Arab/279031/%D9%87%D8%A8%D8%A9-%D8%A7%D9%84%D9%84%D8%A8%D8%AF%D9%8A-%D8%AF%D8%B1%D8%B3-%D8%A7%D9%84%D8%AD%D8%B1%D9%8A",
    "2019-11-07", "no date on the stored page; the body's 'عادت أمس إلى المملكة' for the return of Wed 6 Nov 2019 (alnashraaldawlia, dated 2019/11/06: 'وصل ... الأربعاء') gives Thu 7 Nov 2019; headline rendered from the URL slug", False, """
هبة اللبدي: درس الحرية
أسهم التضامن الشعبي الذي صنعته الأسيرة المحررة هبة اللبدي، بإضرابها 42 يوماً عن الطعام، في إعادة تسليط الضوء على ملف الأسرى، وبخاصة الأردنيين منهم.
فاللبدي، الفلسطينية التي تحمل الجنسية الأردنية، عادت أمس إلى المملكة برفقة الأسير عبد الرحمن مرعي، بعدما انتزعت حريتها بالإضراب.
وهكذا تمكنت من فرض واقع جديد على عمّان، التي جرّبت، ولو لمرة واحدة، الابتعاد عن الطرق الدبلوماسية «الناعمة» مع العدو.
غير أن فرحة عودة اللبدي ومرعي تبقى ناقصة في ظل وجود 21 أسيراً أردنياً في سجون الاحتلال، إلى جانب 30 مفقوداً لم يُعرف مصيرهم بعد.
وعلى أي حال، استُقبلت اللبدي ومرعي على «معبر الكرامة» استقبالاً رسمياً بعدما قُدِّم موعد خروجهما المعلن بيوم، ما أربك الفعاليات الشعبية، ثم نقلتهما طواقم الإسعاف إلى مدينة الحسين الطبية العسكرية لإجراء الفحوصات، فيما تتهيأ الأطر النقابية والحزبية للاحتفاء بهما.
""", [
    ev("hunger-strike", "بإضرابها 42 يوماً عن الطعام", STRIKE[0], "'42 يوماً': Tue 24 Sep - Mon 4 Nov 2019 (the strike began with the administrative detention order of 24 Sep and ended on Mon 4 Nov, alnashraaldawlia 'الاثنين الماضي')", end=STRIKE[1]),
    ev("return-home", "عادت أمس إلى المملكة برفقة الأسير عبد الرحمن مرعي", RETURN, "'أمس' from Thu 7 Nov 2019 = Wed 6 Nov"),
    ev("karameh-reception", "استُقبلت اللبدي ومرعي على «معبر الكرامة» استقبالاً رسمياً", RETURN, "no own expression; the official reception at the crossing on the day of the return, Wed 6 Nov 2019"),
    ev("medical-city", "نقلتهما طواقم الإسعاف إلى مدينة الحسين الطبية العسكرية", RETURN, "no own expression; right after the reception on Wed 6 Nov 2019"),
])

# ---------------------------------------------------------------- algeria-harrach-hirak-hunger-strike-2022
S = "algeria-harrach-hirak-hunger-strike-2022"
BADI = "2022-01-26"                        # Badi's visit to El Harrach and his Facebook post (Wed 26 Jan 2022)
START = "2022-01-28"                       # the detainees' hunger strike began on Fri 28 Jan 2022
DENIAL = "2022-01-29"                      # the Algiers prosecutor's denial (Sat 29 Jan 2022)
REPORTS = ("2022-01-26", "2022-01-30")     # the press reports the prosecutor answered: Wed 26 - Sat 29 Jan 2022
art(S, "https://ultraalgeria.ultrasawt.com/40-%D8%B3%D8%AC%D9%8A%D9%86%D9%8B%D8%A7-%D8%AD%D8%B1%D8%A7%D9%83%D9%8A%D9%8B%D8%A7-%D9%8A%D8%AF%D8%AE%D9%84%D9%88%D9%86-%D9%81%D9%8A-%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%B9%D9%86-%D8%A7%D9%84%D8%B7%D8%B9%D8%A7%D9%85/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B5%D9%88%D8%AA/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2022-01-26", "the page's date line '26-يناير-2022' (a Wednesday), consistent with the body's 'الأربعاء' and 'اليوم'; the date line, the photo credit, the byline and a sub-heading dropped; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
40 سجينًا حراكيًا يدخلون في إضراب عن الطعام
كشف المحامي عبد الغني بادي، عضو هيئة الدفاع عن معتقلي الحراك الشعبي، الأربعاء، أن 40 معتقلًا من الحراك في سجن الحراش سيدخلون في إضراب عن الطعام بدءًا من هذا الجمعة.
وكتب بادي في منشور على حسابه في فيسبوك: "أخبرني عدد من سجناء الحراك في سجن الحراش، اليوم، خلال زيارتي لهم، أن أكثر من 40 سجينا حراكيا قرروا خوض إضراب عن الطعام ابتداءً من يوم الجمعة القادم 28 كانون الثاني/جانفي الجاري".
وبحسب بادي، فإن المساجين يضربون عن الطعام "احتجاجا على المتابعات والتهم الباطلة، الجنحية منها والجنائية، وعلى تمديدات الحبس المؤقت غير المبررة، ولأسباب كثيرة أخرى سيشرحونها لاحقا".
وأشار إلى أن "سجناء الحراك اختاروا يوم 28 كانون الثاني/جانفي موعدا لبدء الإضراب لرمزيته المرتبطة بإضراب الثمانية أيام إبان ثورة التحرير سنة 1957".
واليوم، أرجأت محكمة الجنايات الاستئنافية بمجلس قضاء أدرار، في جنوب البلاد، محاكمة الناشط السياسي محاد قاسمي إلى موعد غير محدد خلال الدورة الجنائية المقبلة.
""", [
    ev("badi-announcement", "كشف المحامي عبد الغني بادي، عضو هيئة الدفاع عن معتقلي الحراك الشعبي، الأربعاء", BADI, "'الأربعاء' = Wed 26 Jan 2022 (the date line)"),
    ev("hunger-strike-start", "سيدخلون في إضراب عن الطعام بدءًا من هذا الجمعة", START, "'هذا الجمعة' from Wed 26 Jan 2022 = Fri 28 Jan ('28 كانون الثاني/جانفي')"),
    ev("badi-visit", "أخبرني عدد من سجناء الحراك في سجن الحراش، اليوم، خلال زيارتي لهم", BADI, "'اليوم' of Badi's post of Wed 26 Jan 2022"),
    ev("eight-day-strike-1957", "إضراب الثمانية أيام إبان ثورة التحرير سنة 1957", "1957-01-28", "the eight-day general strike of the war of independence, Mon 28 Jan - Mon 4 Feb 1957 (the text gives only the year 1957)", end="1957-02-05"),
    ev("kacimi-trial-postponed", "أرجأت محكمة الجنايات الاستئنافية بمجلس قضاء أدرار", BADI, "'واليوم' in a report of Wed 26 Jan 2022"),
])
art(S, "https://echaab.dz/2022/01/29/%d9%85%d8%ac%d9%84%d8%b3-%d9%82%d8%b6%d8%a7%d8%a1-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d9%8a%d9%86%d9%81%d9%8a-%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d9%85%d8%ad%d8%a8%d9%88%d8%b3%d9%8a%d9%86-%d8%b9",
    "2022-01-29", "the date 2022/01/29 in the page's address (a WordPress date path), consistent with the body's 'اليوم السبت' (29 Jan 2022 was a Saturday) and 'أمس الجمعة'; headline rendered from the URL slug", True, """
مجلس قضاء الجزائر ينفي إضراب محبوسين عن الطعام
كذّبت النيابة العامة لدى مجلس قضاء الجزائر ما يُتداول عن دخول مساجين في المؤسسة العقابية بالحراش في إضراب عن الطعام أمس الجمعة.
وأشارت النيابة، في بيان أصدرته اليوم السبت، إلى أن وسائل إعلام نشرت أخبارا عن إضراب "فئة من المحبوسين" في سجن الحراش عن الطعام.
وشددت النيابة على أن هذه المعلومات مغرضة، وأنه لم تُسجَّل أي حالة إضراب عن الطعام في سجن الحراش.
وبيّنت أن "من يروجون لهذه المعلومات الخاطئة التي من شأنها المساس بأمن المؤسسات واستقرارها قد يتعرضون للمساءلة الجزائية".
وتابعت: "لهذه الأخبار الخاطئة أثر سلبي على النظام العام عموما، وعلى أمن مؤسسات الدولة خصوصا".
""", [
    ev("prosecutor-denial", "وأشارت النيابة، في بيان أصدرته اليوم السبت", DENIAL, "'اليوم السبت' = Sat 29 Jan 2022"),
    ev("hunger-strike-start", "في إضراب عن الطعام أمس الجمعة", START, "'أمس الجمعة' from Sat 29 Jan 2022 = Fri 28 Jan"),
    ev("press-reports", "أن وسائل إعلام نشرت أخبارا", REPORTS[0], "no own expression; the reports of the strike circulated from Badi's post of Wed 26 Jan to the statement of Sat 29 Jan 2022 (my span)", end=REPORTS[1]),
])
art(S, "https://www.awras.com/%D9%86%D8%B2%D9%84%D8%A7%D8%A1-%D8%B3%D8%AC%D9%86-%D8%A7%D9%84%D8%AD%D8%B1%D8%A7%D8%B4-%D9%8A%D8%B6%D8%B1%D8%A8%D9%88%D9%86-%D8%B9%D9%86-%D8%A7%D9%84%D8%B7%D8%B9%D8%A7%D9%85-%D9%85%D8%AC%D9%84%D8%B3/",
    "2022-01-29", "no date on the stored page; the body's 'اليوم السبت' (twice) for the prosecutor's statement and the quoted 'يوم أمس الجمعة 28-01-2022' give Sat 29 Jan 2022; headline rendered from the (truncated) URL slug; the related-news headlines below the text dropped", False, """
نزلاء سجن الحراش يضربون عن الطعام؟ مجلس قضاء الجزائر يرد
أوضحت النيابة العامة لدى مجلس قضاء الجزائر، اليوم السبت، حقيقة ما قيل عن إضراب عن الطعام داخل سجن الحراش بالعاصمة.
ونفت النيابة العامة، في بيان أصدرته اليوم السبت، الأخبار التي نشرتها بعض وسائل الإعلام عن دخول فئة من المحبوسين في المؤسسة العقابية بالحراش، أمس الجمعة، في إضراب عن الطعام.
وورد في بيان مجلس قضاء الجزائر: "على إثر تداول بعض وسائل الإعلام لأخبار تفيد بدخول بعض الفئة من المحبوسين بالمؤسسة العقابية بالحراش في إضراب عن الطعام يوم أمس الجمعة 28-01-2022، وعملًا بأحكام المادة 11 من قانون الإجراءات الجزائية، فإن النيابة العامة لدى مجلس قضاء الجزائر، وبغية تنوير الرأي العام، تفند هذه المعلومات المغرضة".
وأكد المصدر نفسه أنه لم تُسجَّل أي حالة إضراب عن الطعام في سجن الحراش.
وذكرت النيابة العامة أن من يروجون لهذه المعلومات "الخاطئة" قد يتعرضون للمساءلة الجزائية، لما لها من أثر سلبي على النظام العام عموما وعلى أمن مؤسسة الدولة خصوصا.
""", [
    ev("prosecutor-denial", "ونفت النيابة العامة، في بيان أصدرته اليوم السبت", DENIAL, "'اليوم السبت' = Sat 29 Jan 2022"),
    ev("hunger-strike-start", "في إضراب عن الطعام يوم أمس الجمعة 28-01-2022", START, "'يوم أمس الجمعة 28-01-2022' = Fri 28 Jan 2022"),
    ev("press-reports", "على إثر تداول بعض وسائل الإعلام لأخبار", REPORTS[0], "no own expression; the reports circulated between Wed 26 and Sat 29 Jan 2022 (my span)", end=REPORTS[1]),
])
art(S, "https://www.maghrebvoices.com/algeria/2022/01/30/%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%A7%D9%84%D9%85%D8%B9%D8%AA%D9%82%D9%84%D9%8A%D9%86-%D8%A8%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%A7%D9%84%D9%86%D9%8A%D8%A7%D8%A8%D8%A9-%D8%AA%D9%83%D8%B0%D8%A8-%D9%88%D8%AF%D8%B9%D9%88%D8%A9-%D9%84%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D9%84%D8%AC%D9%86%D8%A9-%D8%AA%D8%AD%D9%82%D9%8A%D9%82-%D9%85%D8%B3%D8%AA%D9%82%D9%84%D8%A9",
    "2022-01-30", "the date 2022/01/30 in the page's address, consistent with the body's 'منذ نهار الجمعة الماضي' (Fri 28 Jan) and 'يوم الأربعاء الماضي' (Wed 26 Jan); headline rendered from the URL slug; the truncated last sentence completed from the same report's copy on maghress (telexpresse): 'بداية من 28 يناير'", True, """
إضراب المعتقلين بالجزائر.. النيابة تكذب ودعوة لإنشاء لجنة تحقيق مستقلة
دعا الحقوقي الجزائري عبد الغني بادي إلى تشكيل لجنة تحقيق مستقلة تتقصى أوضاع السجناء الذين أكد أنهم بدأوا إضرابا عن الطعام في سجن "الحراش" منذ نهار الجمعة الماضي.
وجاءت دعوته ردا على بيان للنيابة العامة لدى مجلس قضاء العاصمة نفت فيه هذا الخبر ووصفته بـ"المعلومة المغرضة".
وكتب المحامي بادي على صفحته في فيسبوك: "إن كانت النيابة تنفي خبر الإضراب عن الطعام، فنحن مجموعة المحامين الذين زرناهم يوم الخميس نؤكده، والحكم بيننا لجنة تقصٍّ مستقلة".
وكانت النيابة العامة قد فندت، في بيان بثته وكالة الأنباء الجزائرية الرسمية، "الأخبار التي تداولتها بعض وسائل الإعلام حول دخول فئة من المحبوسين بالمؤسسة العقابية بالحراش في إضراب عن الطعام، الجمعة الماضية".
وأكدت أنه "لم تُسجَّل أية حالة إضراب عن الطعام بالمؤسسة العقابية المذكورة"، ملوّحة بأن مروجي هذه المعلومات قد يتعرضون للمساءلة الجزائية.
ويوم الأربعاء الماضي، كشف المحامي والناشط الحقوقي عبد الغني بادي أن أكثر من 40 سجينا من الحراك الشعبي في الجزائر قرروا بدء إضراب عن الطعام بداية من 28 يناير.
""", [
    ev("badi-inquiry-call", "دعا الحقوقي الجزائري عبد الغني بادي إلى تشكيل لجنة تحقيق مستقلة", DENIAL, "no own expression; Badi's answer to the statement of Sat 29 Jan 2022, posted before this report of Sun 30 Jan (my span 29 - 30 Jan)", end="2022-01-31"),
    ev("hunger-strike-start", "بدأوا إضرابا عن الطعام في سجن \"الحراش\" منذ نهار الجمعة الماضي", START, "'منذ نهار الجمعة الماضي' from Sun 30 Jan 2022 = Fri 28 Jan"),
    ev("lawyers-visit", "فنحن مجموعة المحامين الذين زرناهم يوم الخميس", "2022-01-27", "'يوم الخميس' before the Saturday statement = Thu 27 Jan 2022"),
    ev("prosecutor-denial", "وكانت النيابة العامة قد فندت، في بيان بثته وكالة الأنباء الجزائرية الرسمية", DENIAL, "no own expression; the statement of Sat 29 Jan 2022 (echaab, awras 'اليوم السبت')"),
    ev("badi-announcement", "ويوم الأربعاء الماضي، كشف المحامي والناشط الحقوقي عبد الغني بادي", BADI, "'يوم الأربعاء الماضي' from Sun 30 Jan 2022 = Wed 26 Jan"),
])

# ---------------------------------------------------------------- tunisia-ben-sedrine-hunger-strike-2025
S = "tunisia-ben-sedrine-hunger-strike-2025"
BS_STRIKE = ("2025-01-14", "2025-01-31")   # Ben Sedrine's hunger strike: Tue 14 Jan - Thu 30 Jan 2025 (her family's statement of 30 Jan evening)
BS_ORDER = "2024-08-01"                    # the committal order / arrest of Thu 1 Aug 2024
HOSPITAL = "2025-01-26"                    # taken from Manouba prison to hospital (La Rabta) on Sun 26 Jan 2025
art(S, "https://www.kashfmedia.com/2025/01/23/%d8%a7%d9%84%d8%b9%d9%81%d9%88-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9-%d8%ad%d9%8a%d8%a7%d8%a9-%d8%b3%d9%87%d8%a7%d9%85-%d8%a8%d9%86-%d8%b3%d8%af%d8%b1%d9%8a%d9%86-%d9%81%d9%8a-%d8%ae%d8%b7%d8%b1",
    "2025-01-23", "the date 2025/01/23 in the page's address, consistent with the body's 'اليوم الخميس 23 جانفي 2025'; the repeated lead, the reading-time note and a related link ('... تدخل في إضراب جوع بداية من اليوم') dropped; headline kept from the page; the last, truncated clause dropped", True, """
العفو الدولية: حياة سهام بن سدرين في خطر بسبب إضراب الجوع ونحمل المسؤولية الكاملة للدولة التونسية
طالبت منظمة العفو الدولية، اليوم الخميس 23 جانفي 2025، باتخاذ خطوات عاجلة لإطلاق سراح سهام بن سدرين، الرئيسة السابقة لهيئة الحقيقة والكرامة، وتأمين الرعاية الطبية الضرورية لها.
وحمّلت المنظمة، في بيان أصدرته، الدولة التونسية كامل المسؤولية عن أي أذى يصيب صحة بن سدرين البدنية أو النفسية، جراء إضرابها عن الطعام الذي تخوضه في السجن منذ 14 جانفي 2025.
ورأت العفو الدولية أن "تجاهل السلطات لتدهور وضعها الصحي ليس مجرد إهمال خطير، بل هو انتهاك صارخ للمواثيق الدولية الخاصة بحماية المدافعين والمدافعات عن حقوق الإنسان".
وكانت بن سدرين قد بدأت إضراب جوع منذ يوم 14 جانفي الجاري.
ويُذكر أن قاضي التحقيق الأول بالقطب القضائي الاقتصادي والمالي أصدر في حقها بطاقة إيداع بالسجن يوم 1 أوت 2024، في قضية تحقيقية.
""", [
    ev("amnesty-statement", "طالبت منظمة العفو الدولية، اليوم الخميس 23 جانفي 2025", "2025-01-23", "'اليوم الخميس 23 جانفي 2025' = Thu 23 Jan 2025"),
    ev("hunger-strike", "إضرابها عن الطعام الذي تخوضه في السجن منذ 14 جانفي 2025", BS_STRIKE[0], "'منذ 14 جانفي 2025': the strike ran from Tue 14 Jan 2025 until her family announced its end on the evening of Thu 30 Jan 2025 (cfjustice, a later report)", end=BS_STRIKE[1]),
    ev("hunger-strike-start", "قد بدأت إضراب جوع منذ يوم 14 جانفي الجاري", BS_STRIKE[0], "'يوم 14 جانفي الجاري' = Tue 14 Jan 2025"),
    ev("committal-order", "أصدر في حقها بطاقة إيداع بالسجن يوم 1 أوت 2024", BS_ORDER, "'يوم 1 أوت 2024' = Thu 1 Aug 2024"),
])
art(S, "https://eremnews.com/news/arab-world/smdq5al",
    "2025-01-27", "no date on the stored page; the body's 'اليوم الاثنين' for the lawyer's statement and 'أمس الأحد' for the transfer to hospital, which took place on Sun 26 Jan 2025 (freedom4tunisia: 'يوم الأحد 26 جانفي (يناير) 2025'; the Amnesty statement of Thu 23 Jan does not mention it), with 'منذ يوم 14 يناير الحالي', give Mon 27 Jan 2025; a headline of another story at the top of the stored text dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
نقل الحقوقية التونسية سهام بن سدرين إلى المستشفى
أفاد محامي الناشطة الحقوقية التونسية سهام بن سدرين، اليوم الاثنين، بأنها نُقلت إلى أحد مستشفيات العاصمة.
ونسبت وكالة تونس أفريقيا للأنباء إلى المحامي فتحي الرّبيعي قوله إن "موكلته سهام بن سدرين، رئيسة هيئة الحقيقة والكرامة التي انتهت أعمالها، والموقوفة على ذمة عدد من القضايا، نُقلت أمس الأحد إلى أحد مستشفيات العاصمة".
ولفت إلى "تدهور وضعها الصحي بسبب إضراب جوع تخوضه منذ يوم 14 يناير الحالي".
وكانت بن سدرين (74 عاما) قد أوقفت في الأول من آب/أغسطس الماضي، وأودعت السجن بناء على شكوى قدمها أحد أعضاء "هيئة الحقيقة والكرامة" يتهمها فيها بتزوير أجزاء من التقرير النهائي للهيئة الصادر سنة 2020.
ولبن سدرين تجربة حقوقية تتجاوز 40 عاما في تونس، وثّقت خلالها الانتهاكات الحقوقية في البلاد، بحسب ما جاء في تقرير لمنظمة "هيومن رايتس ووتش" يعرّف بها.
وأسهمت الناشطة في تأسيس "المجلس الوطني للحريات" في تونس عام 1998، و"المرصد الوطني لحرية الصحافة والنشر والإبداع" عام 2001، وموقع وإذاعة "كلمة" الإخباريين المستقلين اللذين أغلقتهما السلطات عام 2009.
""", [
    ev("lawyer-statement", "أفاد محامي الناشطة الحقوقية التونسية سهام بن سدرين، اليوم الاثنين", "2025-01-27", "'اليوم الاثنين' = Mon 27 Jan 2025"),
    ev("hospital-transfer", "نُقلت أمس الأحد إلى أحد مستشفيات العاصمة", HOSPITAL, "'أمس الأحد' from Mon 27 Jan 2025 = Sun 26 Jan"),
    ev("hunger-strike", "إضراب جوع تخوضه منذ يوم 14 يناير الحالي", BS_STRIKE[0], "'منذ يوم 14 يناير الحالي': the strike of Tue 14 - Thu 30 Jan 2025 (ended after this report, cfjustice)", end=BS_STRIKE[1]),
    ev("committal-order", "قد أوقفت في الأول من آب/أغسطس الماضي", BS_ORDER, "'في الأول من آب/أغسطس الماضي' from January 2025 = Thu 1 Aug 2024"),
    ev("kalima-closed", "اللذين أغلقتهما السلطات عام 2009", "2009-01-01", "'عام 2009' = the year 2009 (the year only)", end="2010-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 537
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
