"""Builds stories.jsonl: the 336-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: trials of former presidents, ministers and senior officials:
charges, hearings adjourned, verdicts, appeals and pardons: Nicolas Sarkozy's jailing in La Sante after the Libyan
financing verdict (France, October 2025), the death sentence passed in absentia on Sheikh Hasina (Bangladesh,
November 2025), the former human-rights minister Mohamed Ziane's five-year sentence for embezzling party funds
(Morocco, July 2024), and the appeal verdict against the former prime minister Ali Larayedh in the "tasfir" case
(Tunisia, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- france-sarkozy-la-sante-jailing-2025
S = "france-sarkozy-la-sante-jailing-2025"
VERDICT = "2025-09-25"                     # Paris criminal court: five years for criminal conspiracy, Thu 25 Sep 2025
ENTRY = "2025-10-21"                       # Sarkozy enters La Sante prison, Tue 21 Oct 2025 (morning)
NIGHT = ("2025-10-21", "2025-10-23")       # his first night in prison, Tue 21 -> Wed 22 Oct 2025
PROTECT = ("2025-10-21", "2025-10-23")     # two armed police officers posted beside him (from entry; announced Wed 22)
THREAT = ("2025-10-21", "2025-10-23")      # the inmate's threatening video, filmed on his arrival / first night
PROBE = "2025-10-22"                       # the Paris prosecutor's inquiry into the threats, Wed 22 Oct 2025
art(S, "https://www.elbalad.news/6737099",
    "2025-10-19", "stamp 'date 2025-10-19' at the head of the stored page (not kept; 19 Oct 2025 was a Sunday); the body's 'الثلاثاء' (the coming Tuesday, 21 Oct) agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
ساركوزي على موعد مع سجن «لا سانتي»
أفادت سكاي نيوز عربية بأن الرئيس الفرنسي السابق نيكولا ساركوزي سيشرع، الثلاثاء في باريس، في قضاء عقوبة السجن خمس سنوات الصادرة بحقه بتهمة التآمر الجنائي، على خلفية مساعٍ لجمع أموال من ليبيا لتمويل حملته الانتخابية عام 2007.
ونقل عاملون في قطاع السجون، على اطلاع بالأوضاع داخل سجن "لا سانتي" الذي يعد المعتقل الوحيد في العاصمة الفرنسية، أن ساركوزي سيُودَع على الأرجح إحدى الزنزانات الـ15 في قسم الحبس الانفرادي، وتبلغ مساحة كل منها 9 أمتار مربعة.
وكان ساركوزي قد قال عند مغادرته المحكمة الجنائية في باريس إثر صدور الحكم عليه في 25 سبتمبر: "سأتحمل مسؤولياتي وألبي استدعاءات القضاء، وإذا كانوا يريدون حقا أن أنام في السجن فسأنام فيه مرفوع الرأس لأنني بريء".
ويعتزم محامو الزعيم السابق لليمين الفرنسي أن يتقدموا بطلب للإفراج المؤقت عنه بمجرد دخوله السجن.
""", [
    ev("prison-entry", "سيشرع، الثلاثاء في باريس، في قضاء عقوبة السجن خمس سنوات", ENTRY, "'الثلاثاء' read forward from Sun 19 Oct 2025 = Tue 21 Oct 2025"),
    ev("libya-verdict", "إثر صدور الحكم عليه في 25 سبتمبر", VERDICT, "'في 25 سبتمبر' = Thu 25 Sep 2025 (the verdict of the Paris criminal court)"),
    ev("sarkozy-court-statement", "وكان ساركوزي قد قال عند مغادرته المحكمة الجنائية في باريس", VERDICT, "no own expression; said on leaving the court after the verdict of Thu 25 Sep 2025"),
    ev("release-request", "أن يتقدموا بطلب للإفراج المؤقت عنه بمجرد دخوله السجن", ENTRY, "'بمجرد دخوله السجن' = on his entry, Tue 21 Oct 2025 (the lawyers filed it that day: akhbarelyom, alsumaria)"),
])
art(S, "https://www.masress.com/akhbarelyomgate/74710932",
    "2025-10-21", "the body's 'صباح اليوم الثلاثاء 21 أكتوبر' (kept; 21 Oct 2025 was a Tuesday, the day Sarkozy entered La Sante); a repost of Akhbar El Yom's site on masress; headline written from the body (the stored text has none); the last, truncated quotation of Sarkozy's letter dropped", True, """
ساركوزي يصل إلى سجن لا سانتيه لقضاء عقوبته
بلغ الرئيس الفرنسي السابق نيكولا ساركوزي سجن لا سانتيه صباح اليوم الثلاثاء 21 أكتوبر، ليبدأ تنفيذ عقوبة السجن لمدة 5 سنوات الصادرة بحقه في قضية تمويل حملته الانتخابية في عام 2007.
ورصدت كاميرات المصورين الرئيس الفرنسي السابق في طريقه إلى السجن برفقة زوجته التي حرصت على توديعه.
وذكرت صحيفة ديلي ميل البريطانية أن نزلاء السجن راحوا يهتفون من داخل زنازينهم أثناء توجه ساركوزي إلى السجن: «مرحبا ساركوزي!» و«ساركوزي هنا».
وفي تصريحات سابقة لصحيفة لا تريبيون ديمانش قال ساركوزي: "لا أخشى السجن.. وسأظل مرفوع الرأس حتى عند أبوابه".
وأعلن محامو الرئيس الفرنسي السابق أنهم تقدموا فعلا بطلب للإفراج المشروط عنه، وأن همهم الآن هو إخراجه في أقرب وقت ممكن.
وفي الأثناء احتشد أكثر من 100 شخص خارج السجن صباح اليوم، تلبية لدعوة وجهها أبناء ساركوزي وعائلته إلى أنصاره للتظاهر تضامنا معه.
وقبل أن يدخل السجن لقضاء عقوبته البالغة 5 سنوات، وجه ساركوزي رسالة إلى مؤيديه أكد فيها أنه بريء وأنه يشعر بحزن عميق على فرنسا، وكتب: "فيما أتهيأ لعبور أسوار سجن لا سانتي، تتجه أفكاري إلى الفرنسيين من كل مناحي الحياة".
""", [
    ev("prison-entry", "بلغ الرئيس الفرنسي السابق نيكولا ساركوزي سجن لا سانتيه صباح اليوم الثلاثاء 21 أكتوبر", ENTRY, "'صباح اليوم الثلاثاء 21 أكتوبر' = Tue 21 Oct 2025"),
    ev("inmates-shouting", "راحوا يهتفون من داخل زنازينهم", ENTRY, "no own expression; on his way in, the morning of Tue 21 Oct 2025"),
    ev("release-request", "تقدموا فعلا بطلب للإفراج المشروط عنه", ENTRY, "no own expression ('فعلا'); filed on the day of entry, Tue 21 Oct 2025"),
    ev("supporters-rally", "احتشد أكثر من 100 شخص خارج السجن صباح اليوم", ENTRY, "'صباح اليوم' = the morning of Tue 21 Oct 2025"),
    ev("farewell-letter", "وجه ساركوزي رسالة إلى مؤيديه", ENTRY, "'قبل أن يدخل السجن'; the message was posted the morning he went to prison, Tue 21 Oct 2025"),
])
art(S, "https://www.lebanon24.com/news/world-news/1432665/%D9%84%D9%8A%D9%84%D8%A9-%D8%B5%D8%B9%D8%A8%D8%A9-%D8%AC%D8%AF%D9%91%D8%A7%D9%8B-%D8%A5%D9%84%D9%8A%D9%83%D9%85-%D9%83%D9%8A%D9%81-%D8%A3%D9%85%D8%B6%D9%89-%D8%B3%D8%A7%D8%B1%D9%83%D9%88%D8%B2%D9%8A-%D9%8A%D9%88%D9%85%D9%87-%D8%A7%D9%84%D8%A3%D9%88%D9%91%D9%84-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D8%AC%D9%86",
    "2025-10-22", "page date line '22-10-2025 | 08:48' (kept as second line; 22 Oct 2025 was a Wednesday); the outlet tag 'Lebanon 24' and the image file names dropped; headline kept from the page; the last, truncated sentence dropped", True, """
ليلة صعبة جدّاً... إليكم كيف أمضى ساركوزي يومه الأوّل في السجن
22-10-2025 | 08:48
أمضى الرئيس الفرنسي السابق نيكولا ساركوزي ليلته الأولى خلف القضبان وسط تهكم المساجين على "طوله".
وعقب تلك الليلة "المرعبة"، التي ظهر فيها سجين آخر يصور نفسه وهو يتوعده، وُضع ساركوزي تحت حماية الشرطة داخل سجن "لا سانتيه" المشدد الحراسة في باريس.
وبيّن أحد المقاطع المصورة سجناء يصيحون بالشتائم في وجه "نيكولا الصغير" الذي لا يزيد طوله على 170 سم، فيما يواصل صاحب التصوير الضحك على هتافات "نادِ ساركوزي!" و"أرنا رأسك!".
وتفيد التقارير بأن بقية السجناء سعوا إلى إبقاء ساركوزي مستيقظًا طوال الليل في زنزانته التي تطل نافذتها مباشرة على باحة السجن، وأن عناصر الشرطة المرابطين إلى جانبه على مدار الساعة سمعوا بدورهم تلك الصيحات الليلية.
وقال أحد كبار حراس السجن إن وجود ساركوزي هناك أثار غضبا واسعا بين النزلاء، مضيفا: "كلنا ضباط محترفون جدا ولا نحتاج إلى دعم الشرطة. السيد ساركوزي في زنزانته الخاصة وهو آمن تماما، فيها ينام ويأكل ويستحم، ولا يغادرها إلا ساعة واحدة يوميًا للمشي".
""", [
    ev("first-night", "أمضى الرئيس الفرنسي السابق نيكولا ساركوزي ليلته الأولى خلف القضبان", NIGHT[0], "'ليلته الأولى' = the night after his entry of Tue 21 Oct 2025, i.e. 21-22 Oct", end=NIGHT[1]),
    ev("threat-video", "ظهر فيها سجين آخر يصور نفسه وهو يتوعده", THREAT[0], "'تلك الليلة' = the first night (21-22 Oct 2025); sabq dates the threats to his arrival on Tue 21", end=THREAT[1]),
    ev("police-protection", "وُضع ساركوزي تحت حماية الشرطة", PROTECT[0], "no own expression; two armed officers beside him from his entry on Tue 21 Oct, announced by the interior minister on Wed 22 Oct 2025 (my span 21-22 Oct)", end=PROTECT[1]),
    ev("sleepless-shouting", "سعوا إلى إبقاء ساركوزي مستيقظًا طوال الليل", NIGHT[0], "'طوال الليل' = through the first night, 21-22 Oct 2025", end=NIGHT[1]),
])
art(S, "https://sabq.org/world/65tk6q445j",
    "2025-10-22", "stamp 'date 2025-10-22' at the head of the stored page (not kept; 22 Oct 2025 was a Wednesday); the body's 'الأربعاء' and 'في 22 أكتوبر 2025' agree; headline written from the body (the stored text has none); the last, truncated words dropped; no date line of its own", False, """
تحقيق في تهديدات بقتل ساركوزي داخل سجن لا سانتي
أعلنت النيابة العامة في باريس، الأربعاء، أنها فتحت تحقيقا عاجلا بعد أن تلقى الرئيس الفرنسي الأسبق نيكولا ساركوزي تهديدات بالقتل داخل سجن "لا سانتي" في العاصمة الفرنسية، حيث شرع في قضاء محكوميته هذا الأسبوع.
وأوضحت النيابة، في بيان بعثت به إلى وكالة "رويترز"، أنها تسلمت في 22 أكتوبر 2025 بلاغا من مدير السجن مرفقا بمقطع فيديو منتشر على مواقع التواصل الاجتماعي، يبدو أن أحد النزلاء صوّره، ويتضمن تهديدات صريحة لحظة وصول ساركوزي إلى المؤسسة.
وأشار البيان إلى أن ثلاثة سجناء خضعوا للاستجواب بشأن الواقعة، وأن هاتفين محمولين ضُبطا خلال عمليات تفتيش داخل السجن.
وكان ساركوزي، الذي تولى رئاسة فرنسا بين عامي 2007 و2012، قد بدأ يوم الثلاثاء تنفيذ حكم بسجنه خمس سنوات، إثر إدانته بتهم تتصل بجمع أموال بطرق غير قانونية من ليبيا لتمويل حملته الانتخابية.
وتقرر إخضاعه لحماية أمنية مشددة، إذ كُلّف ضابطا شرطة مسلحان بمرافقته داخل السجن، وهو إجراء أثار اعتراض نقابات حراس السجون في فرنسا.
ويقيم ساركوزي (70 عامًا) في زنزانة انفرادية بقسم العزل في سجن "لا سانتي"، مساحتها 11 مترًا مربعًا، وفيها سرير مثبت ومكتب صغير ودش ومرحاض.
""", [
    ev("threat-probe", "أنها فتحت تحقيقا عاجلا", PROBE, "'الأربعاء' = Wed 22 Oct 2025"),
    ev("prosecutor-report", "أنها تسلمت في 22 أكتوبر 2025 بلاغا من مدير السجن", PROBE, "'في 22 أكتوبر 2025' (a Wednesday)"),
    ev("threat-video", "ويتضمن تهديدات صريحة لحظة وصول ساركوزي إلى المؤسسة", THREAT[0], "'لحظة وصول' = his arrival on Tue 21 Oct 2025 (lebanon24: during the first night); my span 21-22 Oct", end=THREAT[1]),
    ev("inmates-questioned", "أن ثلاثة سجناء خضعوا للاستجواب بشأن الواقعة", PROBE, "no own expression; reported in the statement of Wed 22 Oct 2025"),
    ev("prison-entry", "قد بدأ يوم الثلاثاء تنفيذ حكم بسجنه خمس سنوات", ENTRY, "'يوم الثلاثاء' read back from Wed 22 Oct 2025 = Tue 21 Oct 2025"),
    ev("police-protection", "كُلّف ضابطا شرطة مسلحان بمرافقته داخل السجن", PROTECT[0], "no own expression; from his entry on Tue 21 Oct 2025, announced Wed 22 Oct (my span 21-22 Oct)", end=PROTECT[1]),
])

# ---------------------------------------------------------------- bangladesh-hasina-death-sentence-2025
S = "bangladesh-hasina-death-sentence-2025"
SENTENCE = "2025-11-17"                    # the International Crimes Tribunal sentences Hasina to death in absentia, Mon 17 Nov 2025
DATE_SET = "2025-11-13"                    # the tribunal fixes the verdict for 17 Nov; the prosecutor's statement, Thu 13 Nov 2025
UPRISING = ("2024-07-01", "2024-08-06")    # the student-led uprising and its repression, July - 5 Aug 2024
OUSTER = "2024-08-05"                      # Hasina resigns and flees to India, Mon 5 Aug 2024
UN_REPORT = "2025-02-12"                   # the UN human-rights office's fact-finding report (up to 1,400 dead), 12 Feb 2025
SHUTDOWN = ("2025-11-16", "2025-11-18")    # the Awami League's two-day shutdown, 16-17 Nov 2025
art(S, "https://www.aljazeera.net/news/2025/11/13/%D8%AA%D8%B1%D9%82%D8%A8-%D8%B5%D8%AF%D9%88%D8%B1-%D8%AD%D9%83%D9%85-%D8%B6%D8%AF-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE%D8%A9-%D8%AD%D8%B3%D9%8A%D9%86%D8%A9-%D9%88%D8%A7%D9%84%D9%86%D9%8A%D8%A7%D8%A8%D8%A9",
    "2025-11-13", "date in the URL '/2025/11/13/' and stamp 'date 2025-11-13' (13 Nov 2025 was a Thursday; the body's 'الاثنين المقبل' = 17 Nov agrees); headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
ترقب صدور حكم ضد الشيخة حسينة
من المنتظر أن يصدر القضاء في بنغلاديش الاثنين المقبل حكمه على رئيسة الحكومة السابقة الشيخة حسينة، التي تُحاكم غيابيا بتهم قد تصل عقوبتها إلى الإعدام.
وترتبط هذه التهم بقمع الاحتجاجات التي أطاحت بحكومة الشيخة حسينة عام 2024.
ففي يوليو/تموز وآب/أغسطس 2024، اضطرت الشيخة حسينة إلى الاستقالة تحت ضغط احتجاجات شعبية قادها الطلاب، بعد 15 عاما أمسكت خلالها بزمام السلطة بقبضة من حديد.
وفي البدء، قررت الشيخة حسينة قمع الاحتجاجات، فسقط في المواجهات 1400 قتيل أغلبهم من المدنيين.
وصرح المدعي العام في دكا تاج الدين إسلام لوسائل إعلام محلية بأن "المحكمة ستصدر حكمها في 17 نوفمبر/تشرين الثاني"، مضيفا: "نأمل أن تتحلى المحكمة بالحذر والحكمة وأن يضع حكمها حدا للجرائم ضد الإنسانية".
وطلب تاج الدين إسلام إنزال عقوبة الإعدام بالشيخة حسينة، في حين تنفي الأخيرة كل ما نُسب إليها، وتقول إن التهم الموجهة إليها "عارية عن الأساس".
ومنذ سقوط حسينة، تتولى إدارة البلاد حكومة مؤقتة يرأسها محمد يونس الحائز جائزة نوبل للسلام، إلى حين تنظيم انتخابات تشريعية في فبراير/شباط المقبل.
""", [
    ev("death-sentence", "أن يصدر القضاء في بنغلاديش الاثنين المقبل حكمه", SENTENCE, "'الاثنين المقبل' read forward from Thu 13 Nov 2025 = Mon 17 Nov 2025 (the prosecutor's '17 نوفمبر' agrees)"),
    ev("student-uprising", "بقمع الاحتجاجات التي أطاحت بحكومة الشيخة حسينة عام 2024", UPRISING[0], "'عام 2024'; the repression of the student-led uprising of July - 5 Aug 2024 (my span)", end=UPRISING[1]),
    ev("hasina-ouster", "اضطرت الشيخة حسينة إلى الاستقالة تحت ضغط احتجاجات شعبية", OUSTER, "'في يوليو/تموز وآب/أغسطس 2024'; she resigned and fled to India on Mon 5 Aug 2024"),
    ev("verdict-date-set", "وصرح المدعي العام في دكا تاج الدين إسلام لوسائل إعلام محلية", DATE_SET, "no own expression; the statement reported on Thu 13 Nov 2025, the day the tribunal fixed the verdict date"),
    ev("elections-feb-2026", "إلى حين تنظيم انتخابات تشريعية في فبراير/شباط المقبل", "2026-02-01", "'في فبراير/شباط المقبل' read from Nov 2025 = February 2026 (the vote was held on 12 Feb 2026)", end="2026-03-01"),
])
art(S, "https://samanews.ps/ar/post/612217/%D8%A8%D9%86%D8%BA%D9%84%D8%A7%D8%AF%D9%8A%D8%B4-%D8%B5%D8%AF%D9%88%D8%B1-%D8%A7%D9%84%D8%AD%D9%83%D9%85-%D8%A8%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE%D8%A9-%D8%AD%D8%B3%D9%8A%D9%86%D8%A9",
    "2025-11-17", "page date line 'الإثنين 17 نوفمبر 2025 11:32 ص / بتوقيت القدس +2GMT' (kept as second line; 17 Nov 2025 was a Monday); the body's 'اليوم الاثنين' agrees; the dateline 'دكا/وكالات/' dropped; headline kept from the page", True, """
بنغلاديش: صدور الحكم بإعدام الشيخة حسينة
الإثنين 17 نوفمبر 2025 11:32 ص / بتوقيت القدس +2GMT
أصدرت محكمة في بنغلاديش اليوم الاثنين حكما بإعدام رئيسة الوزراء المخلوعة الشيخة حسينة، إثر إدانتها بجرائم ضد الإنسانية ارتُكبت خلال انتفاضة عام 2024.
وحوكمت حسينة المقيمة في منفاها بالهند غيابيا، ومعها وزير الداخلية السابق أسد الزمان خان الذي يُرجح أنه في الهند أيضا، بتهم ارتكاب جرائم ضد الإنسانية بقتل مئات الأشخاص إبان الانتفاضة التي قادها الطلاب في يوليو وأغسطس 2024.
وذكرت الأمم المتحدة في تقرير أصدرته في فبراير أن عدد من ربما قتلوا في أعمال العنف قد يصل إلى 1400 شخص، في حين أفاد المستشار الصحي في الحكومة المؤقتة بأن القتلى تجاوزوا 800 والجرحى قرابة 14 ألفا.
ودعا الحزب الحاكم السابق إلى إغلاق عام يتزامن مع النطق بالحكم، فيما طلبت حسينة من أنصارها، في رسالة صوتية، ألا "يتوتروا" بسبب الحكم.
ويذكر أن الشيخة حسينة نجت من 19 محاولة اغتيال على الأقل طوال مسيرتها السياسية الممتدة لعقود منذ عام 1981.
""", [
    ev("death-sentence", "أصدرت محكمة في بنغلاديش اليوم الاثنين حكما بإعدام", SENTENCE, "'اليوم الاثنين' = Mon 17 Nov 2025 (date line)"),
    ev("student-uprising", "إبان الانتفاضة التي قادها الطلاب في يوليو وأغسطس 2024", UPRISING[0], "'في يوليو وأغسطس 2024'; the uprising ran from early July to 5 Aug 2024 (my span)", end=UPRISING[1]),
    ev("un-report", "وذكرت الأمم المتحدة في تقرير أصدرته في فبراير", UN_REPORT, "'في فبراير' = February 2025; the OHCHR report was published on 12 Feb 2025"),
    ev("awami-shutdown", "ودعا الحزب الحاكم السابق إلى إغلاق عام يتزامن مع النطق بالحكم", SHUTDOWN[0], "'يتزامن مع النطق بالحكم' = Mon 17 Nov 2025; the Awami League's shutdown ran 16-17 Nov (sarabic)", end=SHUTDOWN[1]),
])
art(S, "https://alseyassah.com/article/452790/الحكم-بإعدام-رئيسة-وزراء-بنغلاديش-السابقة",
    "2025-11-17", "page date line 'الاثنين 17 نوفمبر 2025' (shown twice on the page, kept once as second line; 17 Nov 2025 was a Monday); the body's 'اليوم الاثنين' agrees; weather widget, icons and the 'آخر الأخبار' tail dropped; headline kept from the page", True, """
الحكم بإعدام رئيسة وزراء بنغلاديش السابقة
الاثنين 17 نوفمبر 2025
قضت محكمة بنغلاديشية اليوم الاثنين بإعدام رئيسة الوزراء السابقة الشيخة حسينة بعد أن دانتها بجرائم ضد الإنسانية، لتسدل الستار على محاكمة استمرت أشهرا.
وصدر الحكم على خلفية اتهام حسينة ووزير الداخلية السابق بإصدار أوامر بالقمع العنيف للانتفاضة الطلابية التي اندلعت في يوليو وأغسطس عام 2024، وهي احتجاجات أوقعت مئات القتلى وآلاف الجرحى.
وبحسب وكالة "رويترز"، انتهت المحكمة إلى أن حسينة أدت دورا مباشرا في إدارة عمليات القمع.
وتفيد تقديرات الأمم المتحدة الصادرة في فبراير الماضي بأن حصيلة القتلى قد تبلغ 1400، بينما أعلنت الحكومة المؤقتة أن القتلى تجاوزوا 800 والجرحى نحو 14 ألفا.
ويُحاكَم المتهمون في هذه القضية غيابياً.
""", [
    ev("death-sentence", "قضت محكمة بنغلاديشية اليوم الاثنين بإعدام", SENTENCE, "'اليوم الاثنين' = Mon 17 Nov 2025 (date line)"),
    ev("student-uprising", "للانتفاضة الطلابية التي اندلعت في يوليو وأغسطس عام 2024", UPRISING[0], "'في يوليو وأغسطس عام 2024'; early July - 5 Aug 2024 (my span)", end=UPRISING[1]),
    ev("un-report", "وتفيد تقديرات الأمم المتحدة الصادرة في فبراير الماضي", UN_REPORT, "'في فبراير الماضي' read from Nov 2025 = February 2025; the report came out on 12 Feb 2025"),
])
art(S, "https://sarabic.ae/20251117/%D8%A7%D9%84%D8%AD%D9%83%D9%85-%D8%A8%D8%A7%D9%84%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D8%B9%D9%84%D9%89-%D8%B1%D8%A6%D9%8A%D8%B3%D8%A9-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%A8%D9%86%D8%BA%D8%A7%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D9%85%D8%B9%D8%B2%D9%88%D9%84%D8%A9-1107184510.html",
    "2025-11-17", "date in the URL '/20251117/' and stamp 'date 2025-11-17' (17 Nov 2025 was a Monday); the body's 'اليوم الاثنين' and 'مساء أمس الأحد' agree; the repeated URL line dropped; headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
الحكم بالإعدام على رئيسة الوزراء البنغالية المعزولة
قضت محكمة في بنغلاديش، اليوم الاثنين، بإعدام رئيسة الوزراء المعزولة الشيخة حسينة، في ختام محاكمة دامت شهورا أُدينت فيها بإصدار أوامر بقمع المحتجين.
ونقل تلفزيون بنغلاديش (BTV) مباشرة وقائع جلسة النطق بالحكم من المحكمة، حيث أعلنت الهيئة القضائية الثلاثية برئاسة القاضي محمد غلام مرتضى ماجومدار قرارها، بحسب صحيفة "ديلي ستار" البنغالية.
وفي المقابل، شهدت دكا إجراءات أمنية مشددة غير مسبوقة، إذ أمر مفوض شرطة العاصمة الشيخ محمد سجات علي، مساء أمس الأحد، بإطلاق النار مباشرة على كل من يشارك في إضرام الحرائق عمدا أو يستخدم الزجاجات المتفجرة أو يحاول إيذاء الشرطة أو المدنيين قبيل صدور الحكم.
وترافق إضراب استمر يومين، دعت إليه رابطة عوامي التي تتزعمها الشيخة حسينة يومي 16 و17 نوفمبر/ تشرين الثاني الجاري، مع ارتفاع لافت في حوادث التفجير بالزجاجات والحرائق المتعمدة في أرجاء العاصمة.
""", [
    ev("death-sentence", "قضت محكمة في بنغلاديش، اليوم الاثنين، بإعدام", SENTENCE, "'اليوم الاثنين' = Mon 17 Nov 2025"),
    ev("verdict-broadcast", "ونقل تلفزيون بنغلاديش (BTV) مباشرة وقائع جلسة النطق بالحكم", SENTENCE, "no own expression; the live broadcast of the verdict hearing, Mon 17 Nov 2025"),
    ev("shoot-order", "أمر مفوض شرطة العاصمة الشيخ محمد سجات علي، مساء أمس الأحد، بإطلاق النار", "2025-11-16", "'مساء أمس الأحد' read back from Mon 17 Nov 2025 = Sun 16 Nov 2025"),
    ev("awami-shutdown", "وترافق إضراب استمر يومين، دعت إليه رابطة عوامي", SHUTDOWN[0], "'يومي 16 و17 نوفمبر/ تشرين الثاني الجاري' = Sun 16 - Mon 17 Nov 2025", end=SHUTDOWN[1]),
])

# ---------------------------------------------------------------- morocco-ziane-embezzlement-verdict-2024
S = "morocco-ziane-embezzlement-verdict-2024"
ZV = "2024-07-20"                          # Rabat appeal court's criminal chamber: five years for Ziane, early hours of Sat 20 Jul 2024
HEARING = ("2024-07-19", "2024-07-21")     # the last hearing and pleadings, Fri 19 into the small hours of Sat 20 Jul 2024
ELECT15 = ("2015-08-22", "2015-09-05")     # the 2015 communal/regional campaign and vote (4 Sep 2015) the public funds were for
art(S, "https://arra2.com/2024/07/20/%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%AA%D9%82%D8%B6%D9%8A-%D8%A8%D8%B3%D8%AC%D9%86-%D8%B2%D9%8A%D8%A7%D9%86-5-%D8%B3%D9%86%D9%88%D8%A7%D8%AA-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D8%AE%D8%AA%D9%84/",
    "2024-07-20", "date in the URL '/2024/07/20/' and the body's 'صباح اليوم السبت 20 يوليوز 2024' (kept; 20 Jul 2024 was a Saturday); headline kept from the page; the last, truncated sentence (a call to al-Omk) dropped", True, """
المحكمة تقضي بسجن زيان 5 سنوات بسبب اختلاس وتبديد أموال عمومية
أدانت محكمة الاستئناف بالرباط، صباح اليوم السبت 20 يوليوز 2024، الأمين العام السابق للحزب المغربي الليبرالي (الذي صار يحمل اسم الحزب المغربي الحر)، محمد زيان، ومعه عضوان آخران، وقضت بسجنهم في ملف جديد يخص "تبديد أموال الدعم العمومي المخصص للحزب المغربي الحر".
وبعد ساعات طوال من المرافعات، حكمت المحكمة على زيان بخمس سنوات سجنا نافذة، وبالعقوبة ذاتها على رشيد بوروة، بينما عوقب ميلود شطاط بسنتين، إحداهما نافذة والأخرى موقوفة التنفيذ.
وتعود القضية إلى شكاية تقدم بها المكتب الحالي للحزب المغربي الحر ضد زيان وعضوين آخرين في الحزب، بشأن "تبديد أموال الدعم العمومي الموجه للأحزاب السياسية".
وفور تحريك المتابعة، نشر مقربون من زيان، على موقع إلكتروني تابع له اسمه "الحياة اليومية"، كشوفات بنكية تظهر أن الأمين العام للحزب حوّل مبالغ من حسابه الشخصي إلى حساب الحزب، غير أن تواريخ تلك التحويلات تتوقف بين سنتي 2012 و2013، في حين تطالب وزارة الداخلية باسترجاع الدعم الانتخابي الممنوح في استحقاقات 2015.
""", [
    ev("ziane-verdict", "أدانت محكمة الاستئناف بالرباط، صباح اليوم السبت 20 يوليوز 2024", ZV, "'صباح اليوم السبت 20 يوليوز 2024' (a Saturday)"),
    ev("final-hearing", "وبعد ساعات طوال من المرافعات", HEARING[0], "'بعد ساعات طوال'; the last hearing ran from Fri 19 into the small hours of Sat 20 Jul 2024 (my span)", end=HEARING[1]),
    ev("co-defendants-sentenced", "وبالعقوبة ذاتها على رشيد بوروة", ZV, "no own expression; the same verdict, Sat 20 Jul 2024"),
    ev("bank-transfers", "تتوقف بين سنتي 2012 و2013", "2012-01-01", "'بين سنتي 2012 و2013' = 2012-2013", end="2014-01-01"),
    ev("elections-2015", "الدعم الانتخابي الممنوح في استحقاقات 2015", ELECT15[0], "'استحقاقات 2015' = the communal and regional elections of 4 Sep 2015 and their campaign (my span 22 Aug - 4 Sep 2015)", end=ELECT15[1]),
])
art(S, "https://maghress.com/assahifa/139215",
    "2024-07-20", "page date line 'الصحيفة من الرباط السبت 20 يوليوز 2024 - 19:26' (kept as 'الرباط، السبت 20 يوليوز 2024 - 19:26'; 20 Jul 2024 was a Saturday); the body's 'اليوم السبت' agrees; Assahifa's item reposted on maghress; breadcrumbs dropped; headline kept from the page", True, """
الحكم على زيان ب 5 سنوات نافذة في قضية حركها ضده حزبه السابق
الرباط، السبت 20 يوليوز 2024 - 19:26
قضت غرفة الجنايات الابتدائية بمحكمة الاستئناف بالرباط، اليوم السبت، بحبس وزير حقوق الإنسان الأسبق محمد زيان 5 سنوات نافذة.
وجاءت إدانة زيان في قضية "اختلاسات" مالية رفعها ضده الحزب المغربي الحر من خلال أمينه العام الحالي إسحاق شارية.
وصدرت بحق زيان وشخصين آخرين عقوبات تراوحت بين سنتين و5 سنوات، بعد افتحاص أعقب الفترة التي شغل فيها منصب الأمين العام للحزب، الذي كان يعرف باسم الحزب المغربي الليبرالي.
وشغل زيان منصب وزير حقوق الإنسان في الفترة ما بين 1995 و1998، كما تولى في السابق منصب نقيب المحامين بهيئة الرباط، ويحمل الجنسيتين المغربية والإسبانية.
""", [
    ev("ziane-verdict", "قضت غرفة الجنايات الابتدائية بمحكمة الاستئناف بالرباط، اليوم السبت", ZV, "'اليوم السبت' = Sat 20 Jul 2024 (date line)"),
    ev("co-defendants-sentenced", "وصدرت بحق زيان وشخصين آخرين عقوبات تراوحت بين سنتين و5 سنوات", ZV, "no own expression; the same verdict, Sat 20 Jul 2024"),
])
art(S, "https://afrati24.ma/%d8%a7%d9%84%d9%82%d8%b6%d8%a7%d8%a1-%d9%8a%d8%af%d9%8a%d9%86-%d8%b2%d9%8a%d8%a7%d9%86-%d8%a8%d9%805%d8%b3%d9%86%d9%88%d8%a7%d8%aa-%d8%b3%d8%ac%d9%86%d8%a7-%d9%86%d8%a7%d9%81%d8%b0%d8%a7-%d9%81%d9%8a",
    "2024-07-20", "no date on the stored page; the body's 'صبيحة اليوم السبت 20 يوليوز الجاري' (kept; 20 Jul 2024 was a Saturday, the year fixed by the verdict) gives the day; the section tag 'وطنية' dropped; headline kept from the page; the last, truncated sentence (the list of the 2022 charges) dropped", True, """
القضاء يدين زيان بـ5سنوات سجنا نافذا في ملف جديد
خلال الساعات الأولى من صبيحة اليوم السبت 20 يوليوز الجاري، قررت غرفة الجنايات الإبتدائية بمحكمة الاستئناف بالرباط إدانة الوزير السابق لحقوق الإنسان محمد زيان بـ5 سنوات سجنا نافذا، بتهمة «اختلاس وتبديد أموال عمومية»، علما بأنه يقضي 3 سنوات سجنا في قضية أخرى، حسب ما أفاد به محاميه.
وأوضح نجله ومحاميه علي رضا زيان أن النقيب السابق للمحامين (81 عاماً) حوكم، مطلع العام، في قضية تمويل عمومي حصل عليه الحزب الليبرالي المغربي، الذي كان يرأسه سنة 2015، في إطار الحملة الانتخابية.
وصرح المحامي للصحافة بأن الأمر "شكل من أشكال الحكم بالسجن المؤبد على رجل يبلغ 81 عاماً، والحال أنه لم يثبت أي شيء قانوناً"، مشيرا إلى أنه ينوي استئناف الحكم الذي صدر ليلاً في الرباط.
وفي الملف ذاته، حكمت هيئة الجرائم المالية بمحكمة الاستئناف بالرباط كذلك بسجن أمين مال الحزب 5 سنوات، وبسنتين إحداهما نافذة في حق موظف إداري بالحزب، بحسب المحامي.
وللإشارة، فإن محمد زيان معتقل منذ نونبر 2022، إثر إدانته من محكمة استئناف بالسجن لمدة 3 سنوات.
""", [
    ev("ziane-verdict", "خلال الساعات الأولى من صبيحة اليوم السبت 20 يوليوز الجاري", ZV, "'صبيحة اليوم السبت 20 يوليوز الجاري' = Sat 20 Jul 2024"),
    ev("trial-opening", "حوكم، مطلع العام، في قضية تمويل عمومي", "2024-01-01", "'مطلع العام' = early 2024 (my span January-March)", end="2024-04-01"),
    ev("appeal-announced", "مشيرا إلى أنه ينوي استئناف الحكم", ZV, "no own expression; the lawyer's statement after the verdict, Sat 20 Jul 2024"),
    ev("elections-2015", "الذي كان يرأسه سنة 2015، في إطار الحملة الانتخابية", ELECT15[0], "'سنة 2015' + 'الحملة الانتخابية' = the campaign for the elections of 4 Sep 2015 (my span 22 Aug - 4 Sep 2015)", end=ELECT15[1]),
    ev("ziane-arrest-2022", "فإن محمد زيان معتقل منذ نونبر 2022", "2022-11-21", "'منذ نونبر 2022'; he was arrested on Mon 21 Nov 2022, the day the appeal court upheld his three-year term"),
    ev("first-case-appeal", "إثر إدانته من محكمة استئناف بالسجن لمدة 3 سنوات", "2022-11-21", "no own expression; the Rabat appeal court's ruling of Mon 21 Nov 2022"),
])
art(S, "https://bayanealyaoume.press.ma/5-%d8%b3%d9%86%d9%88%d8%a7%d8%aa-%d8%ad%d8%a8%d8%b3%d8%a7-%d9%81%d9%8a-%d8%ad%d9%82-%d8%a7%d9%84%d9%86%d9%82%d9%8a%d8%a8-%d8%a7%d9%84%d8%b3%d8%a7%d8%a8%d9%82-%d9%85%d8%ad%d9%85%d8%af-%d8%b2%d9%8a/.html",
    "2024-07-22", "no date on the stored page; the body's 'في الساعات الأولى من أول أمس السبت' with the verdict of Sat 20 Jul 2024 (dated so by arra2, assahifa, afrati24) gives Mon 22 Jul 2024 (Bayane Al Yaoume is a daily paper); headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
5 سنوات حبسا في حق النقيب السابق محمد زيان
في الساعات الأولى من أول أمس السبت، قضت محكمة الاستئناف بالرباط بحبس النقيب السابق محمد زيان خمس سنوات وتغريمه خمسة آلاف درهم، بعد مؤاخذته من أجل "التورط في اختلاس وتبديد أموال الحزب المغربي الحر".
ونال رشيد بوروعا، صاحب مطبعة، العقوبة الحبسية ذاتها، فيما قضت المحكمة بسنتين حبسا، منها سنة موقوفة التنفيذ، وغرامة 5 آلاف درهم في حق ميلود شتات، الموظف الإداري بالحزب الذي كان متابعا في حالة سراح.
وطيلة هذه الجلسة الأخيرة، لاذ النقيب زيان بالصمت ورفض الرد على أسئلة المحكمة، مكتفيا بأن سلم رئيس الهيئة القضائية مذكرة مكتوبة عرض فيها كل حيثيات الملف.
وكانت الأبحاث والتحقيقات المنجزة في هذا الملف قد أظهرت أن محمد زيان، أمين الصندوق السابق للحزب المغربي الحر، واثنين من مسيري الحزب السابقين متهمون بالتورط في جرائم فساد مالي، منها اختلاس الأموال العمومية والمشاركة في إهدار أموال الدعم الانتخابي والغدر وجمع أموال غير مشروعة.
وتجدر الإشارة إلى أن وزارة الداخلية سبق أن طالبت عددا من الأحزاب السياسية بإرجاع مبالغ من أموال الدعم الانتخابي برسم الاستحقاقات الانتخابية لسنة 2015، وهي المطالب التي استجابت لها أغلب الأحزاب.
""", [
    ev("ziane-verdict", "في الساعات الأولى من أول أمس السبت، قضت محكمة الاستئناف بالرباط", ZV, "'أول أمس السبت' read back from Mon 22 Jul 2024 = Sat 20 Jul 2024"),
    ev("co-defendants-sentenced", "ونال رشيد بوروعا، صاحب مطبعة، العقوبة الحبسية ذاتها", ZV, "no own expression; the same verdict, Sat 20 Jul 2024"),
    ev("final-hearing", "وطيلة هذه الجلسة الأخيرة، لاذ النقيب زيان بالصمت", HEARING[0], "'هذه الجلسة الأخيرة' = the hearing of Fri 19 that ended with the verdict early on Sat 20 Jul 2024 (my span)", end=HEARING[1]),
    ev("elections-2015", "الاستحقاقات الانتخابية لسنة 2015", ELECT15[0], "'لسنة 2015' = the elections of 4 Sep 2015 and their campaign (my span 22 Aug - 4 Sep 2015)", end=ELECT15[1]),
])

# ---------------------------------------------------------------- tunisia-larayedh-tasfir-appeal-2026
S = "tunisia-larayedh-tasfir-appeal-2026"
APPEAL = "2026-02-27"                      # Tunis appeal court (terrorism chamber): 24 years for Larayedh, at dawn on Fri 27 Feb 2026
PLEAD = ("2026-02-26", "2026-02-28")       # the appeal hearing of Thu 26 Feb and the pleadings until 03:00 on Fri 27 Feb 2026
NAHDHA = ("2026-02-27", "2026-03-01")      # Ennahda's condemnation, issued on Fri 27 (reported 27-28 Feb 2026)
TASFIR = ("2012-01-01", "2014-01-01")      # the sending of fighters to Syria the case is about, 2012-2013
FIRST = ("2025-05-02", "2025-05-04")       # the first-instance verdicts (34 years for Larayedh), late Fri 2 May 2025 (reported 2-3 May)
art(S, "https://alahednews.news/article.php?id=94512",
    "2026-02-27", "page date line '2026-02-27 14:44' (kept as second line; 27 Feb 2026 was a Friday) and the body's 'اليوم الجمعة (27 شباط 2026)' (kept); the section tag 'عربي ودولي' dropped; headline kept from the page", True, """
الحُكم على رئيس الوزراء التونسي السابق بالسجن مدة 24 عامًا
2026-02-27 14:44
ذكرت وسائل الإعلام الرسمية أن رئيس الوزراء التونسي السابق علي العريض صدر بحقه اليوم الجمعة (27 شباط 2026) حكم بالسجن 24 عامًا، بتهمة تسهيل سفر "الجهاديين" التونسيين إلى سورية على مدى العقد الماضي.
واعتبرت حركة "النهضة" المعارضة التي ينتمي إليها أن "القضية ذات دوافع سياسية وجزء من حملة قمع المعارضة".
وشغل العريض رئاسة الوزراء من عام 2013 إلى عام 2014، في مرحلة مضطربة تلت ثورة تونس عام 2011.
وخلال جلسة الخميس، قال العريض المحتجز منذ عام 2022 أمام المحكمة: "أنا بريء وأتعرض للظلم والإساءة والجحود".
وضمت القضية إلى جانب العريض 7 متهمين آخرين، من بينهم مسؤولون سابقون في وزارة الداخلية، ونقلت وكالة الأنباء الحكومية عن مسؤول قضائي أن العقوبات الصادرة بحقهم تراوحت بين ثلاث سنوات و 24 سنة.
""", [
    ev("appeal-verdict", "صدر بحقه اليوم الجمعة (27 شباط 2026) حكم بالسجن 24 عامًا", APPEAL, "'اليوم الجمعة (27 شباط 2026)' (a Friday)"),
    ev("tasfir-period", "على مدى العقد الماضي", TASFIR[0], "'على مدى العقد الماضي'; the departures the case is about took place in 2012-2013 (aljazeera)", end=TASFIR[1]),
    ev("ennahda-statement", "واعتبرت حركة \"النهضة\" المعارضة التي ينتمي إليها", NAHDHA[0], "no own expression; Ennahda's reaction to the verdict of Fri 27 Feb 2026, reported 27-28 Feb (my span)", end=NAHDHA[1]),
    ev("larayedh-premiership", "وشغل العريض رئاسة الوزراء من عام 2013 إلى عام 2014", "2013-03-13", "'من عام 2013 إلى عام 2014'; his government took office on 13 Mar 2013 and handed over on 29 Jan 2014", end="2014-01-30"),
    ev("larayedh-court-statement", "وخلال جلسة الخميس، قال العريض", "2026-02-26", "'جلسة الخميس' read back from Fri 27 Feb 2026 = Thu 26 Feb 2026"),
])
art(S, "https://www.okaz.com.sa/politics/na/2237796",
    "2026-02-27", "stamp 'date 2026-02-27' at the head of the stored page (not kept; 27 Feb 2026 was a Friday); the body's 'اليوم (الجمعة)' agrees; headline written from the body (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
محكمة استئناف تونسية تخفض عقوبة علي العريض إلى 24 عاما
أصدرت محكمة استئناف في تونس حكما بسجن رئيس الوزراء السابق علي العريض 24 عاماً، بتهم تتصل بتسهيل سفر تونسيين إلى سورية «لارتكاب جرائم إرهابية» خلال العقد الماضي.
ونقلت وكالة الأنباء التونسية، اليوم (الجمعة)، عن مسؤول قضائي أن «الأحكام شملت ثمانية أشخاص، منهم مسؤولون سابقون في وزارة الداخلية، وتراوحت بين 3 سنوات و24 عاماً».
وقضت هيئة المحكمة بسجن علي العريض 24 عاما (بعد أن حُكم عليه ابتدائيا بـ34 عاما)، وفتحي بلدي وعبد الكريم العبيدي 22 عاما لكل منهما (ابتدائيا 26 عاما)، ونور الدين قندوز 28 عاما (ابتدائيا 36 عاما)، ولطفي الهمامي 24 عاما (ابتدائيا 28 عاما)، وهشام السعدي 24 عاما (ابتدائيا 36 عاما)، وسامي الشعار 06 أعوام (ابتدائيا 18 عاما)، وسيف الدين الرايس 03 أعوام (ابتدائيا 24 عاما).
كما أخضعت المحكمة الجميع للمراقبة الإدارية مدة خمسة (05) أعوام، باستثناء سامي الشعار وسيف الدين الرايس اللذين حُددت مراقبتهما بعامين اثنين، بداية من تاريخ قضاء العقوبة أو انقضائها.
وكانت الأحكام الابتدائية في ما يعرف بقضية «التسفير» قد صدرت في شهر مايو 2025 وتراوحت بين 18 و36 سجنا.
""", [
    ev("appeal-verdict", "أصدرت محكمة استئناف في تونس حكما بسجن رئيس الوزراء السابق علي العريض", APPEAL, "no own expression in the clause; the verdict of Fri 27 Feb 2026 reported by TAP 'اليوم (الجمعة)'"),
    ev("tasfir-period", "خلال العقد الماضي", TASFIR[0], "'خلال العقد الماضي'; the departures of 2012-2013 (aljazeera)", end=TASFIR[1]),
    ev("tap-report", "ونقلت وكالة الأنباء التونسية، اليوم (الجمعة)", APPEAL, "'اليوم (الجمعة)' = Fri 27 Feb 2026"),
    ev("first-instance-verdict", "وكانت الأحكام الابتدائية في ما يعرف بقضية «التسفير» قد صدرت في شهر مايو 2025", FIRST[0], "'في شهر مايو 2025'; pronounced late on Fri 2 May 2025 and reported on 2-3 May (my span)", end=FIRST[1]),
])
art(S, "https://www.aljazeera.net/news/2026/2/27/24-%D8%B9%D8%A7%D9%85%D8%A7-%D8%B3%D8%AC%D9%86%D8%A7-%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%A3%D8%B3%D8%A8%D9%82-%D8%B9%D9%84%D9%8A",
    "2026-02-27", "date in the URL '/2026/2/27/' and stamp 'date 2026-02-27' (27 Feb 2026 was a Friday; the body's 'صباح الجمعة' agrees); headline rendered from the URL slug (the stored text has none); the sub-heading 'تنديد بالحكم' and the truncated last section dropped; no date of its own in the text", False, """
24 عاما سجنا لرئيس الحكومة الأسبق علي العريض
استنكرت حركة النهضة ما وصفته بـ"الحكم الجائر" بحق أحد أبرز قيادييها، علي العريض، رئيس الحكومة ووزير الداخلية الأسبق في عهد حكومة الترويكا التي قادتها النهضة، في ما يعرف بقضية تسفير الشباب إلى بؤر القتال في سوريا بين 2012 و2013.
وكانت محكمة الاستئناف في تونس قد أصدرت، صباح الجمعة، حكما نهائيا بـ24 سنةَ سجن في حق العريض، إلى جانب أحكام متفاوتة في حق عدد من منتسبي الحركة وقيادات أمنية سابقة، كما قضت بسجن الناطق باسم ما يعرف بتنظيم "أنصار الشريعة" سيف الدين الرايس 3 سنوات.
واستمرت مرافعات هيئة الدفاع عن العريض وبقية المتهمين حتى الساعة الثالثة فجرا بتوقيت تونس (الخامسة صباحا بتوقيت الدوحة)، ثم عقدت المحكمة جلسة للتصريح بالحكم انتهت بصدور هذا الحكم على العريض.
ووجه القضاء إلى العريض وبقية المتهمين تهما تتعلق بتكوين "مجموعة إرهابية"، والانضمام عمدا داخل التراب التونسي إلى "مجموعة إرهابية"، واستعمال التراب التونسي لارتكاب "جرائم إرهابية" ضد بلد أجنبي ومواطنيه.
وانطلقت التحقيقات في قضية "التسفير" إثر شكوى رفعتها النائبة في البرلمان فاطمة المسدي في ديسمبر/كانون الأول 2021.
""", [
    ev("ennahda-statement", "استنكرت حركة النهضة ما وصفته بـ\"الحكم الجائر\"", NAHDHA[0], "no own expression; the reaction on the day of the verdict, Fri 27 Feb 2026 (my span 27-28 Feb)", end=NAHDHA[1]),
    ev("tasfir-period", "تسفير الشباب إلى بؤر القتال في سوريا بين 2012 و2013", TASFIR[0], "'بين 2012 و2013' = 2012-2013", end=TASFIR[1]),
    ev("appeal-verdict", "قد أصدرت، صباح الجمعة، حكما نهائيا بـ24 سنةَ سجن في حق العريض", APPEAL, "'صباح الجمعة' = Fri 27 Feb 2026 (the publication day)"),
    ev("defence-pleadings", "واستمرت مرافعات هيئة الدفاع عن العريض وبقية المتهمين حتى الساعة الثالثة فجرا", PLEAD[0], "'حتى الساعة الثالثة فجرا' of Fri 27 Feb 2026; the hearing began on Thu 26 Feb (my span 26-27 Feb)", end=PLEAD[1]),
    ev("mesaddi-complaint", "إثر شكوى رفعتها النائبة في البرلمان فاطمة المسدي في ديسمبر/كانون الأول 2021", "2021-12-01", "'في ديسمبر/كانون الأول 2021' = December 2021", end="2022-01-01"),
])
art(S, "https://ar.webmanagercenter.com/2026/02/28/417910/%D8%AD%D8%B1%D9%83%D8%A9-%D8%A7%D9%84%D9%86%D9%87%D8%B6%D8%A9-%D8%AA%D8%B5%D8%AF%D8%B1-%D8%A8%D9%8A%D8%A7%D9%86-%D9%87%D8%A7%D9%85-%D9%84%D9%84%D8%B1%D8%A3%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-3/",
    "2026-02-28", "page date line '2026/02/28' (kept as second line, without the section tags; 28 Feb 2026 was a Saturday); date in the URL '/2026/02/28/' and stamp 'date 2026-02-28' agree; the breaking-news ticker about Iran dropped; headline rendered from the URL slug; the last, truncated words dropped", True, """
حركة النهضة تصدر بيانا هاما للرأي العام
2026/02/28
نددت حركة النهضة بشدة بالأحكام الاستئنافية التي صدرت فجر امس في قضية "التسفير"، ووصفتها بأنها أحكام جائرة وظالمة تفتقر إلى أدنى شروط المحاكمة العادلة.
ورأت الحركة في بيان أن سجن وزير الداخلية الأسبق والقيادي فيها علي العريض لمدة 24 عاماً يجسد ذروة توظيف القضاء سياسيا لتصفية الخصوم، لا سيما أن العريض كان أول من صنّف "أنصار الشريعة" تنظيماً إرهابياً واتخذ إجراءات عملية لتطويق الظاهرة.
وشددت على أن الملف بُني على "وشايات كاذبة" وتقارير مدلسة، وأن المحكمة رفضت الاستماع إلى شهود إثبات من القيادات الأمنية والعسكرية في تلك الفترة.
وأكدت الحركة أن هذا المسار القضائي يأتي في سياق نهج "سلطة الأمر الواقع" في التنكيل بمعارضي الحكم الفردي وطمس مكتسبات الثورة، وحمّلت السلطة مسؤولية انهيار مؤسسات الدولة والهروب من الأزمات الاقتصادية الخانقة إلى المحاكمات الاستعراضية.
وجددت النهضة دعوتها القوى الوطنية إلى التكاتف وخوض معارضة سلمية شاملة لإنقاذ البلاد من "براثن الانحراف السياسي"، مؤكدة تمسكها بمواصلة النضال من أجل استعادة المسار الديمقراطي.
""", [
    ev("ennahda-statement", "نددت حركة النهضة بشدة بالأحكام الاستئنافية", NAHDHA[0], "no own expression; the statement on the verdicts of 'فجر امس' (Fri 27 Feb 2026), reported Sat 28 Feb (my span 27-28 Feb)", end=NAHDHA[1]),
    ev("appeal-verdict", "التي صدرت فجر امس في قضية \"التسفير\"", APPEAL, "'فجر امس' read back from Sat 28 Feb 2026 = the dawn of Fri 27 Feb 2026"),
    ev("ansar-designation", "كان أول من صنّف \"أنصار الشريعة\" تنظيماً إرهابياً", "2013-08-27", "no own expression; as prime minister, Larayedh announced the designation of Ansar al-Sharia as a terrorist organization on Tue 27 Aug 2013"),
])

# ---------------------------------------------------------------- egypt-adly-fugitive-objection-2017
S = "egypt-adly-fugitive-objection-2017"
ADLY_V = "2017-04-15"                      # Cairo criminal court: seven years for Habib el-Adly ("interior ministry graft"), Sat 15 Apr 2017
OBJ = "2017-05-16"                         # the objection (istishkal) hearing; court rejects it, Adly absent, Tue 16 May 2017
LETTER = ("2017-05-15", "2017-05-17")      # the interior ministry's letter to the prosecution that he had fled (reported Tue 16 May; my span 15-16)
LAWYER = "2017-05-15"                      # his lawyer on TV ('امس' from Tue 16) and the defence's phone calls, Mon 15 May 2017
art(S, "https://almanassa.com/ar/story/4494",
    "2017-05-16", "page date line 'منشور الثلاثاء 16 مايو 2017' (kept as 'منشور الثلاثاء 16 مايو 2017'; 16 May 2017 was a Tuesday); the body's 'صباح اليوم الثلاثاء' agrees; the tag line 'حبيب العادلي' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
#هاش_ديسك| العادلي هَرَب.. محاكمة وزير داخلية مبارك على تويتر
منشور الثلاثاء 16 مايو 2017
عاد اسم وزير الداخلية الأسبق حبيب العادلي مجددا إلى قائمة الوسوم الأكثر تداولا على موقع تويتر في مصر، عبر هاشتاج العادلي صباح اليوم الثلاثاء، بعد أن أخطرت وزارة الداخلية المصرية النيابة العامة رسميا بفراره من منزله في مدينة 6 أكتوبر.
وكانت محكمة جنايات القاهرة قد عاقبت العادلي غيابيا بالسجن المشدد 7 سنوات، مع رد مبالغ مالية ضخمة، في القضية المعروفة بـ"فساد الداخلية" في 15 إبريل/نيسان الماضي.
ورفضت المحكمة، في جلستها المنعقدة اليوم بمعهد أمناء الشرطة برئاسة المستشار حسن فريد، نظر الاستشكال الذي قدمه دفاع العادلي على حكم السجن المشدد 7 سنوات.
وكان محامي العادلي محمد الجندي قد أكد امس، في مداخلة هاتفية مع برنامج "العاشرة مساء" الذي يقدمه الإعلامي وائل الإبراشي، أن موكله لم يهرب وأنه سيحضر في سيارة إسعاف لنظر الاستشكال بسبب إصابته بذبحة صدرية، مضيفا أن العادلي يقيم في إحدى الشقق السكنية بمدينة 6 أكتوبر دون أن يعرف مكانه بالتحديد.
غير أن العادلي تغيب عن جلسة نظر الاستشكال اليوم، والتي رفضتها محكمة الجنايات اليوم.
""", [
    ev("hashtag-trend", "عبر هاشتاج العادلي صباح اليوم الثلاثاء", OBJ, "'صباح اليوم الثلاثاء' = Tue 16 May 2017"),
    ev("ministry-letter", "بعد أن أخطرت وزارة الداخلية المصرية النيابة العامة رسميا بفراره", LETTER[0], "no own expression; the letter made public on the morning of Tue 16 May 2017 (my span 15-16 May)", end=LETTER[1]),
    ev("adly-verdict", "في القضية المعروفة بـ\"فساد الداخلية\" في 15 إبريل/نيسان الماضي", ADLY_V, "'في 15 إبريل/نيسان الماضي' read from May 2017 = Sat 15 Apr 2017"),
    ev("objection-hearing", "ورفضت المحكمة، في جلستها المنعقدة اليوم بمعهد أمناء الشرطة", OBJ, "'اليوم' = Tue 16 May 2017 (date line)"),
    ev("lawyer-tv-statement", "وكان محامي العادلي محمد الجندي قد أكد امس", LAWYER, "'امس' read back from Tue 16 May 2017 = Mon 15 May 2017"),
    ev("adly-absence", "غير أن العادلي تغيب عن جلسة نظر الاستشكال اليوم", OBJ, "'اليوم' = Tue 16 May 2017"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=6737744",
    "2017-05-16", "page date line '5/16/2017' (kept without the '00:00' and the view counters; 16 May 2017 was a Tuesday, the day of the objection hearing); a news-aggregator repost; headline kept from the page; the last, truncated words dropped", True, """
وزير الداخلية المصري الأسبق "حبيب العادلي" هاربا رسميا من العدالة
5/16/2017
بعدما رفضت محكمة جنايات القاهرة برئاسة المستشار حسن فريد طلب الاستشكال المقدم في قضية وزير الداخلية المصري الأسبق حبيب العادلي، طُرحت تساؤلات كثيرة عن مكان وجوده حاليا، إذ يقتضي القانون الشروع في تنفيذ حكم السجن المشدد لمدة سبعة أعوام الصادر ضده في قضية الاستيلاء على المال العام واستغلال النفوذ.
ولم يكن رفض استشكاله وحده ما أثار الرأي العام المصري، فقد تسلمت نيابة وسط القاهرة الكلية خطابا رسميا من وزارة الداخلية يفيد بفراره.
وأوضح الخطاب أن مأمورية توجهت إلى منزل "العادلي" لضبطه فلم تعثر عليه، وأن البحث عنه جارٍ.
وكان محامي العادلي محمد الجندي قد صرح للتلفزيون بأن موكله سيحضر جلسة الاستشكال لوقف الحكم، مؤكدا أنه سيأتي في سيارة إسعاف بعد إصابته بجلطة جراء الحكم، لكن العادلي لم يحضر.
وتساءل الشارع المصري عن الطريقة التي أفلت بها العادلي من قبضة الداخلية، عبر هاشتاج # العادلي فين؟، إذ لم يتصور كثير من متابعي الحياة السياسية في مصر، على مدار السنوات الماضية، أن ينقلب حال اللواء حبيب العادلي، أقوى وزير داخلية عرفته البلاد، إلى هذا الحد خلال 7 سنوات فقط.
""", [
    ev("objection-hearing", "بعدما رفضت محكمة جنايات القاهرة برئاسة المستشار حسن فريد طلب الاستشكال", OBJ, "no own expression; the hearing of Tue 16 May 2017 (date line)"),
    ev("ministry-letter", "فقد تسلمت نيابة وسط القاهرة الكلية خطابا رسميا من وزارة الداخلية", LETTER[0], "no own expression; the letter made public on Tue 16 May 2017 (my span 15-16 May)", end=LETTER[1]),
    ev("lawyer-tv-statement", "وكان محامي العادلي محمد الجندي قد صرح للتلفزيون", LAWYER, "no own expression; his TV call-in of Mon 15 May 2017 (almanassa: 'امس')"),
    ev("adly-absence", "لكن العادلي لم يحضر", OBJ, "no own expression; absent from the hearing of Tue 16 May 2017"),
    ev("hashtag-trend", "عبر هاشتاج # العادلي فين؟", OBJ, "no own expression; the hashtag trended on Tue 16 May 2017 (almanassa)"),
])
art(S, "https://rassd.com/?p=206607",
    "2017-05-16", "no date on the stored page; the body's 'اليوم الثلاثاء' and 'ورفضته محكمة الجنايات اليوم' with the objection hearing of Tue 16 May 2017 (dated so by almanassa and ksaplayers) give Tue 16 May 2017; headline written from the body (the stored text has none); the last, truncated quotation dropped; no date of its own in the text", False, """
بكري يطالب بمحاسبة المتورطين في هروب العادلي
قدم عضو مجلس النواب مصطفى بكري، اليوم الثلاثاء، طلب إحاطة عاجلا إلى وزير الداخلية مجدي عبد الغفار بشأن فرار وزير الداخلية الأسبق حبيب العادلي وإقرار الشرطة بعجزها عن الوصول إليه، ودعا لجنة الدفاع والأمن القومي في البرلمان إلى عقد جلسة عاجلة لاستجلاء حقيقة هروبه.
وذكر بكري في طلبه أن "محكمة جنايات القاهرة قضت بالسجن المشدد سبع سنوات والغرامة على العادلي، استنادا إلى البلاغ الذي كان قد رفعه إلى الجهات القضائية في العام 2011 ضد وزير الداخلية الأسبق ورئيس الإدارة المالية بالوزارة نبيل خلف، متهما إياهما بإهدار المال العام وتسهيل الاستيلاء عليه".
وأضاف أن الحكم صدر في 15 أبريل الماضي، ومع ذلك بقي العادلي طليقا إلى أن تمكن من الهرب، رغم الإجراءات الأمنية التي أعلنتها وزارة الداخلية، والتي أبلغت نيابة وسط القاهرة بخطاب رسمي "يفيد بهرب الأخير من منزله في مدينة السادس من أكتوبر، بعد مداهمة القوات لمنزله لتنفيذ الحكم الصادر ضده من محكمة الجنايات".
وتابع أن ما جرى "لا يدع مجالًا للشك في أن الهروب متعمد وأن البعض تواطأ فيه"، مستدلا على ذلك بغيابه عن جلسة الاستشكال الذي قدمه على الحكم ورفضته محكمة الجنايات اليوم.
""", [
    ev("bakry-request", "قدم عضو مجلس النواب مصطفى بكري، اليوم الثلاثاء، طلب إحاطة", OBJ, "'اليوم الثلاثاء' = Tue 16 May 2017"),
    ev("bakry-complaint-2011", "البلاغ الذي كان قد رفعه إلى الجهات القضائية في العام 2011", "2011-01-01", "'في العام 2011' = 2011", end="2012-01-01"),
    ev("adly-verdict", "وأضاف أن الحكم صدر في 15 أبريل الماضي", ADLY_V, "'في 15 أبريل الماضي' read from May 2017 = Sat 15 Apr 2017"),
    ev("ministry-letter", "والتي أبلغت نيابة وسط القاهرة بخطاب رسمي", LETTER[0], "no own expression; the letter made public on Tue 16 May 2017 (my span 15-16 May)", end=LETTER[1]),
    ev("adly-absence", "مستدلا على ذلك بغيابه عن جلسة الاستشكال", OBJ, "no own expression; the hearing of 'اليوم' (Tue 16 May 2017)"),
    ev("objection-hearing", "ورفضته محكمة الجنايات اليوم", OBJ, "'اليوم' = Tue 16 May 2017"),
])
art(S, "https://www.masress.com/moheet/2592789",
    "2017-05-17", "no date on the stored page; the body's 'جلسة الاستشكال، أمس الثلاثاء' with the objection hearing of Tue 16 May 2017 (almanassa, ksaplayers) gives Wed 17 May 2017 ('الإثنين الماضي' = Mon 15 May agrees); Moheet's item reposted on masress; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
اختفاء العادلي يثير التساؤلات
أثار اختفاء وزير الداخلية الأسبق اللواء حبيب العادلي تساؤلات عديدة في الشارع المصري، لا سيما أنه كان قيد الإقامة الجبرية، في ظل اتهامه بالهروب من تنفيذ حكم السجن 7 سنوات في القضية المعروفة إعلامياً باسم "فساد الداخلية".
وادعت تقارير صحفية أن اختفاء حبيب العادلي من منزله يعود إلى تهديده النظام بتسريب مكالمات لقادة المجلس العسكري.
وكان الإعلامي وائل الإبراشي قد ذكر، في حلقة سابقة من برنامجه "العاشرة مساءً" على شاشة "دريم"، أن الرئيس عبد الفتاح السيسي أبلغه مع عدد آخر من الإعلاميين أن اللواء حبيب العادلي كان يسجل مكالمات قادة الجيش.
ونقلت وسائل إعلام عن مصادر قريبة من أسرة العادلي أن اتصالات هاتفية جرت الإثنين الماضي بين وزير الداخلية الأسبق وهيئة الدفاع برئاسة فريد الديب، للتأكيد على حضوره جلسة الاستشكال، أمس الثلاثاء.
وأضافت المصادر أن العادلي تحدث إلى الديب وهو في حالة صحية سيئة، واتفق معه على حضور الجلسة في سيارة إسعاف برفقة فريقه الطبي، غير أن وزير الداخلية الأسبق قرر صباح يوم الاستشكال، الغياب.
ومن جهتها، علقت إلهام شرشر، زوجة حبيب العادلي، على أنباء فراره قائلة: "زوجي لا يعرف كلمة هروب".
""", [
    ev("defence-phone-calls", "أن اتصالات هاتفية جرت الإثنين الماضي", LAWYER, "'الإثنين الماضي' read back from Wed 17 May 2017 = Mon 15 May 2017"),
    ev("objection-hearing", "للتأكيد على حضوره جلسة الاستشكال، أمس الثلاثاء", OBJ, "'أمس الثلاثاء' read back from Wed 17 May 2017 = Tue 16 May 2017"),
    ev("adly-absence", "قرر صباح يوم الاستشكال، الغياب", OBJ, "'صباح يوم الاستشكال' = the morning of Tue 16 May 2017"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 336
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
