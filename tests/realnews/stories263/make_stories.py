"""Builds stories.jsonl: the 263-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: blood donation and organ donation (the Saudi Shura Council's
vote on the human organ donation law, the Saudi crown prince's blood donation launching the annual national blood
drive, Egypt's national blood drive «تبرعك حياة» for blood-cancer patients, the Egyptian People's Assembly's final
vote on the organ transplant law). None of these stories is in the dev set or the other tests/realnews/* sets, nor
on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-shura-organ-donation-law-2019
S = "saudi-shura-organ-donation-law-2019"
EARLIER_SESSION = ("2019-01-07", "2019-09-16")  # the earlier Shura session where members gave remarks on the draft
art(S, "https://elsiyasa.com/article?id=52526",
    "2019-09-16", "page stamp '16/09/2019 05:26PM' under the headline (kept as first line, before the headline); 16 Sep 2019 was a Monday and the body's 'اليوم الاثنين' agrees; share buttons, newsletter and footer dropped", True, """
16/09/2019 05:26PM
السعودية.. مجلس الشورى يقر مشروع نظام التبرع بالأعضاء البشرية
أقر مجلس الشورى السعودي، اليوم الاثنين، مشروع نظام التبرع بالأعضاء البشرية، وذلك بعد أن اطلع على وجهة نظر اللجنة الصحية.
ويرمي مشروع النظام، الذي يتألف من 28 مادة، إلى تنظيم إجراءات عمليات نقل الأعضاء وزراعتها وحفظها وتطويرها حفاظاً على الحياة البشرية، وإلى صون حقوق من تُنقل منهم الأعضاء البشرية أو تُنقل إليهم.
كما يهدف إلى ترخيص المنشآت الصحية وتحديد مسؤولياتها في مجال التبرع بالأعضاء وزراعتها، والحيلولة دون استغلال حاجة المريض أو المتبرع أو الاتجار بالأعضاء البشرية.
""", [
    ev("shura-vote", "أقر مجلس الشورى السعودي، اليوم الاثنين", "2019-09-16", "'اليوم الاثنين' = Mon 16 Sep 2019 (the stamp)"),
    ev("committee-view", "بعد أن اطلع على وجهة نظر اللجنة الصحية", "2019-09-16", "no own expression; the health committee's view was read out in the same session, Mon 16 Sep 2019"),
])
art(S, "https://ahlmasrnews.com/897783",
    "2019-09-16", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الاثنين' for the vote and the embedded tweet of the Shura Council dated 'September 16, 2019' (a Monday); the 'اقرأ أيضاً' link dropped, the tweet rendered as a sentence with its date kept; no date of its own in the text", False, """
وافق مجلس الشورى السعودي، اليوم الاثنين، على مشروع نظام التبرع بالأعضاء البشرية، عقب اطلاعه على وجهة نظر اللجنة الصحية.
ونشر المجلس على حسابه الرسمي في تويتر تغريدة جاء فيها: "#الشورى يوافق على مشروع نظام التبرع بالأعضاء البشرية" (September 16, 2019).
ويستهدف مشروع النظام المؤلف من 28 مادة تنظيم إجراءات عمليات نقل الأعضاء وزراعتها وحفظها وتطويرها للحفاظ على الحياة البشرية، وحماية حقوق من تُنقل منهم الأعضاء البشرية أو إليهم.
ويشمل كذلك ترخيص المنشآت الصحية، وتحديد مسؤولياتها فيما يخص التبرع بالأعضاء وزراعتها، ومنع استغلال حاجة المريض أو المتبرع أو الاتجار بالأعضاء البشرية.
""", [
    ev("shura-vote", "وافق مجلس الشورى السعودي، اليوم الاثنين", "2019-09-16", "'اليوم الاثنين' = Mon 16 Sep 2019 (the tweet's date)"),
    ev("committee-view", "عقب اطلاعه على وجهة نظر اللجنة الصحية", "2019-09-16", "no own expression; the same session, Mon 16 Sep 2019"),
    ev("shura-tweet", "(September 16, 2019)", "2019-09-16", "'September 16, 2019' = Mon 16 Sep 2019"),
])
art(S, "https://elbalad.news/3984086",
    "2019-09-17", "no stamp or URL date in the stored page: fixed by the body's 'أمس الإثنين' for the vote, which took place on Mon 16 Sep 2019 (the other reports of that day), so Tue 17 Sep 2019; no date of its own in the text", False, """
الشورى السعودي يوافق على نظام التبرع بالأعضاء البشرية
وافق مجلس الشورى السعودى أمس الإثنين على مشروع نظام التبرع بالأعضاء البشرية، المؤلف من 28 مادة، والرامي إلى تنظيم إجراءات عمليات نقل الأعضاء وزراعتها وحفظها وتطويرها، حفاظاً على الحياة البشرية، وصون حقوق من تنتقل منهم الأعضاء البشرية أو إليهم وسن العقوبات، بحسب ما نشرته صحيفة عكاظ السعودية.
ويستهدف النظام ترخيص المنشآت الصحية وتحديد مسؤولياتها، والحيلولة دون استغلال حاجة المريض أو المتبرع، أو الاتجار بالأعضاء البشرية.
وجاءت الموافقة خلال الجلسة العادية الرابعة والخمسين من أعمال السنة الثالثة للدورة السابعة، التي عقدها المجلس برئاسة رئيسه الدكتور عبدالله بن محمد بن إبراهيم آل الشيخ.
وأوضح مساعد رئيس مجلس الشورى الدكتور يحيى بن عبدالله الصمعان، في تصريح صحفى عقب الجلسة، أن المجلس وافق على مشروع النظام بعد أن اطلع على وجهة نظر اللجنة الصحية حيال ملحوظات الأعضاء وآرائهم التى أبدوها على مشروع النظام فى جلسة سابقة، وقد قدّمه رئيس اللجنة الدكتور عبدالإله ساعاتى.
""", [
    ev("shura-vote", "وافق مجلس الشورى السعودى أمس الإثنين", "2019-09-16", "'أمس الإثنين' before Tue 17 = Mon 16 Sep 2019"),
    ev("samaan-statement", "في تصريح صحفى عقب الجلسة", "2019-09-16", "'عقب الجلسة': right after the session of Mon 16 Sep 2019"),
    ev("committee-view", "بعد أن اطلع على وجهة نظر اللجنة الصحية", "2019-09-16", "no own expression; read out in the session of Mon 16 Sep 2019"),
    ev("earlier-session", "التى أبدوها على مشروع النظام فى جلسة سابقة", EARLIER_SESSION[0], "'فى جلسة سابقة': an earlier session before Mon 16 Sep 2019; the draft was first debated in January 2019 (alhofairnews '01-05-1440', Mon 7 Jan 2019): my span 7 Jan - 15 Sep 2019", end=EARLIER_SESSION[1]),
])

# ---------------------------------------------------------------- saudi-crown-prince-blood-donation-campaign-2025
S = "saudi-crown-prince-blood-donation-campaign-2025"
ORGAN_REG = ("2021-05-11", "2021-05-13")  # the King and the crown prince registered as organ donors (SPA, May 2021)
art(S, "https://www.almowaten.net/2025/08/%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D9%87%D8%AF-%D9%8A%D8%AA%D8%A8%D8%B1%D8%B9-%D8%A8%D8%A7%D9%84%D8%AF%D9%85-%D9%81%D9%8A-%D8%A8%D8%A7%D8%AF%D8%B1%D8%A9-%D9%83%D8%B1%D9%8A%D9%85%D8%A9-%D9%88/",
    "2025-08-21", "page stamp 'الخميس ٢١ أغسطس ٢٠٢٥ الساعة ١٠:١٤ مساءً' under the headline (kept as first line, before the headline); URL '/2025/08/'; 21 Aug 2025 was a Thursday; the repeated headline, 'Icon' and 'المواطن - واس' dropped; the last sentence cut where the stored text breaks off", True, """
الخميس ٢١ أغسطس ٢٠٢٥ الساعة ١٠:١٤ مساءً
ولي العهد يتبرع بالدم في بادرة كريمة.. ويُطلق الحملة الوطنية السنوية للتبرع بالدم
في مبادرة إنسانية كريمة، تبرّع صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، بالدم، في إطار حملة سنوية للتبرع بالدم أطلقها سموه، امتداداً لرعايته الكريمة للعمل الإنساني، وحثاً لكل فئات المجتمع على المبادرة إلى التبرع، امتثالاً لقوله تعالى: {ومن أحياها فكأنما أحيا الناس جميعًا}.
وتجسد الحملة حرص سموه على تعزيز المشاركة المجتمعية، وترسيخ ثقافة التبرع الطوعي، ومساندة الجهود الوطنية في القطاع الصحي، وصولاً إلى رفع نسبة التبرع الطوعي إلى 100% من مجموع المتبرعين، تحقيقاً لمستهدفات رؤية المملكة 2030 نحو مجتمع حيوي ينعم بحياة صحية متكاملة.
وتأتي هذه المبادرة امتداداً لمواقف القيادة الإنسانية السخية في مجالات شتى، ومنها تلقي لقاح فيروس كورونا (كوفيد-19)، وتسجيل خادم الحرمين الشريفين وسمو ولي العهد في برنامج التبرع بالأعضاء.
""", [
    ev("crown-prince-donation", "تبرّع صاحب السمو الملكي الأمير محمد بن سلمان", "2025-08-21", "no own expression; announced by SPA on Thu 21 Aug 2025 (the stamp; the SPA tweet of 'August 21, 2025' quoted by arrajol), taken as the day of the donation"),
    ev("campaign-launch", "في إطار حملة سنوية للتبرع بالدم أطلقها سموه", "2025-08-21", "no own expression; launched with the donation, Thu 21 Aug 2025"),
    ev("organ-registration", "وتسجيل خادم الحرمين الشريفين وسمو ولي العهد في برنامج التبرع بالأعضاء", ORGAN_REG[0], "no own expression; outside knowledge: the registration was announced by SPA on 11-12 May 2021 (span 11-12 May 2021)", end=ORGAN_REG[1]),
])
art(S, "https://sabq.org/saudia/vz2vnqez5v",
    "2025-08-22", "stamp 'date 2025-08-22' at the head of the stored page (not kept in the text); 22 Aug 2025 was a Friday, the day after the crown prince's donation of Thu 21 Aug; no date of its own in the text", False, """
أعضاء هيئة كبار العلماء يثنون على تبرع ولي العهد بالدم
أشاد عدد من أصحاب المعالي والفضيلة أعضاء هيئة كبار العلماء بمبادرة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، بتبرعه بالدم وتدشينه الحملة الوطنية السنوية للتبرع بالدم.
وأكد الأعضاء أن المبادرة تعبّر عن قيم العطاء والتكافل الاجتماعي التي يدعو إليها الإسلام، لافتين إلى أن التبرع بالدم عمل إنساني نبيل يساعد في إنقاذ الأرواح وتعزيز صحة المجتمع.
وأضافوا أن تبرع سمو ولي العهد قدوة تُحتذى في إحياء روح التعاون والعمل الخيري، داعين أفراد المجتمع كافة، رجالاً ونساءً، إلى المشاركة الفاعلة في الحملة.
وبيّن أعضاء الهيئة أن كل قطرة دم تُبذل من الأعمال الصالحة، وتخفف معاناة المرضى والمحتاجين، مشددين على أهمية نشر ثقافة التبرع بالدم في المجتمع، وتوعيته بأثر هذا العمل الإنساني في دعم المنظومة الصحية الوطنية.
""", [
    ev("scholars-praise", "أشاد عدد من أصحاب المعالي والفضيلة أعضاء هيئة كبار العلماء", "2025-08-21", "no own expression; statements after the donation of Thu 21 Aug and by the stamp day Fri 22 Aug 2025 (my span 21-22 Aug)", end="2025-08-23"),
    ev("crown-prince-donation", "بتبرعه بالدم وتدشينه الحملة الوطنية السنوية", "2025-08-21", "no own expression; the donation announced on Thu 21 Aug 2025 (other reports)"),
    ev("campaign-launch", "داعين أفراد المجتمع كافة، رجالاً ونساءً، إلى المشاركة الفاعلة في الحملة", "2025-08-21", "no own expression; the campaign launched on Thu 21 Aug 2025 (other reports)"),
])
art(S, "https://news.gulf365.net/saudi-arabia-news/13155120/%D8%AA%D8%A8%D8%B1%D8%B9-%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D9%87%D8%AF-%D8%A8%D8%A7%D9%84%D8%AF%D9%85-%D9%8A%D8%B9%D9%83%D8%B3-%D8%AD%D8%B1%D8%B5-%D9%85%D8%AD%D8%A7%D9%81%D8%B8-%D8%A7%D9%84%D8%A3%D8%AD%D8%B3%D8%A7%D8%A1-%D8%B9%D9%84%D9%89-%D8%AF%D8%B9%D9%85-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B9-%D8%A7%D9%84%D8%B5%D8%AD%D9%8A.html",
    "2025-08-22", "stamp 'date 2025-08-22' at the head of the stored page (not kept in the text); 22 Aug 2025 was a Friday; the aggregator's byline ('عدن - ياسمين عبدالعظيم -') dropped; no date of its own in the text", False, """
سمو محافظ الأحساء يشكر ولي العهد على مبادرته الإنسانية
رفع صاحب السمو الملكي الأمير سعود بن طلال بن بدر، محافظ الأحساء، باسمه ونيابة عن أهالي المحافظة، شكره وتقديره لصاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، على مبادرته الإنسانية النبيلة بالتبرع بالدم وإطلاقه الحملة الوطنية السنوية للتبرع بالدم.
ويُعد تبرع ولي العهد مثالاً وطنياً يُقتدى به، ويبرهن على حرص القيادة الرشيدة على مساندة القطاع الصحي وبث ثقافة العطاء والمشاركة المجتمعية، ولا سيما في مجال التبرع الطوعي بالدم، وهو من أبرز صور العطاء الإنساني.
وشدد سمو محافظ الأحساء على أهمية الحملة الوطنية في دعم بنوك الدم في مختلف مناطق المملكة، وضمان توافر الإمدادات الآمنة للمستشفيات والمرضى، داعياً المواطنين والمقيمين في الأحساء كافة إلى التجاوب مع هذه المبادرة المباركة والتبرع بالدم.
""", [
    ev("ahsa-thanks", "رفع صاحب السمو الملكي الأمير سعود بن طلال بن بدر", "2025-08-21", "no own expression; after the donation of Thu 21 Aug and by the stamp day Fri 22 Aug 2025 (my span 21-22 Aug)", end="2025-08-23"),
    ev("crown-prince-donation", "على مبادرته الإنسانية النبيلة بالتبرع بالدم", "2025-08-21", "no own expression; the donation announced on Thu 21 Aug 2025 (other reports)"),
    ev("campaign-launch", "وإطلاقه الحملة الوطنية السنوية للتبرع بالدم", "2025-08-21", "no own expression; the campaign launched on Thu 21 Aug 2025 (other reports)"),
])
art(S, "https://www.okaz.com.sa/news/local/2210215",
    "2025-08-24", "no stamp or URL date in the stored page: fixed by the body's 'اليوم (الأحد)' for the emir's participation in the campaign launched on Thu 21 Aug 2025, so Sun 24 Aug 2025 (sabq's report of the same event is stamped the next day, 2025-08-25, and okaz's report of the launch has the lower id 2209858); no date of its own in the text", False, """
أمير الشرقية يشارك في الحملة الوطنية السنوية للتبرع بالدم
شارك أمير المنطقة الشرقية الأمير سعود بن نايف بن عبدالعزيز، اليوم (الأحد)، في الحملة الوطنية السنوية للتبرع بالدم التي أطلقها ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان بن عبدالعزيز.
وأكد أمير المنطقة الشرقية أن إسهام أبناء المنطقة الشرقية وبناتها في هذه الحملة المباركة واجب إنساني يساعد على إنقاذ الأرواح، مشيراً إلى أهمية التكاتف والمبادرة في مثل هذه الأعمال التي تعبّر عن قيم العطاء والمسؤولية الاجتماعية.
وترمي الحملة الوطنية للتبرع بالدم إلى نشر ثقافة التطوع الصحي، وحث أفراد المجتمع على الإسهام في سد احتياجات بنوك الدم، بما يعزز جودة الرعاية الطبية ويخدم المرضى والمستفيدين، فضلاً عن ترسيخ قيم التعاون وروح المشاركة المجتمعية.
""", [
    ev("eastern-emir-participation", "شارك أمير المنطقة الشرقية الأمير سعود بن نايف بن عبدالعزيز، اليوم (الأحد)", "2025-08-24", "'اليوم (الأحد)' = Sun 24 Aug 2025"),
    ev("campaign-launch", "التي أطلقها ولي العهد رئيس مجلس الوزراء", "2025-08-21", "no own expression; the campaign launched on Thu 21 Aug 2025 (other reports)"),
])

# ---------------------------------------------------------------- egypt-national-blood-drive-tabarruk-hayah-2025
S = "egypt-national-blood-drive-tabarruk-hayah-2025"
CAMPAIGN = ("2025-09-25", "2025-10-01")  # the national drive, 25-30 Sep 2025
AWARENESS = ("2025-09-01", "2025-10-01")  # September, blood-cancer awareness month
art(S, "https://www.almsryalaan.com/article/42807/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D8%AA%D8%B7%D9%84%D9%82-%D8%AD%D9%85%D9%84%D8%A9-%D9%84%D9%84%D8%AA%D8%A8%D8%B1%D8%B9-%D8%A8%D8%A7%D9%84%D8%AF%D9%85-%D8%AA%D8%AD%D8%AA-%D8%B4%D8%B9%D8%A7%D8%B1",
    "2025-09-24", "page stamp 'الأربعاء، 24 سبتمبر 2025 11:51 ص' under the headline (kept as first line, before the headline); 24 Sep 2025 was a Wednesday, and the body's 'بدءًا من غدٍ 25 سبتمبر 2025' agrees; the byline 'فاطمة محمد' and the caption dropped; the last sentence cut where the stored text breaks off", True, """
الأربعاء، 24 سبتمبر 2025 11:51 ص
الصحة تطلق حملة للتبرع بالدم تحت شعار «تبرعك حياة» لدعم مرضى أورام الدم
بالتزامن مع شهر التوعية بسرطانات الدم، أعلنت وزارة الصحة والسكان إطلاق الحملة القومية للتبرع بالدم تحت شعار «تبرعك حياة»، بدءًا من غدٍ 25 سبتمبر 2025 وحتى نهاية الشهر، بالتعاون مع شركة «جانسن مصر».
وتسعى الحملة إلى تلبية الاحتياجات العاجلة لمرضى سرطان الدم من نقل الدم، ورفع الوعي المجتمعي بأهمية التبرع بوصفه عملاً إنسانياً ينقذ الأرواح.
وقال الدكتور حسام عبدالغفار، المتحدث الرسمي للوزارة، إن الحملة تأتي ضمن استراتيجية الوزارة لتطوير منظومة نقل الدم ورفع كفاءة بنوك الدم وترسيخ ثقافة التبرع المستمر، موضحاً أن الوزارة ستوفر 28 وحدة تبرع متنقلة في المحافظات، إضافة إلى بنوك الدم التجميعية في المستشفيات الحكومية، وسيارات مخصصة عند نقاط تمركز المبادرات الصحية.
من جانبها، ذكرت الدكتورة فاطمة محمد شومان، رئيس الإدارة المركزية لعمليات الدم، أن مرضى أورام الدم يعتمدون أساساً على نقل الدم، إذ يحتاج بعضهم إلى جلسات أسبوعية، بينما يحتاج آخرون إلى نقل شهري أو بحسب الحالة.
""", [
    ev("drive-announced", "أعلنت وزارة الصحة والسكان إطلاق الحملة القومية", "2025-09-24", "no own expression; the ministry's announcement of the stamp day, Wed 24 Sep 2025"),
    ev("campaign", "بدءًا من غدٍ 25 سبتمبر 2025 وحتى نهاية الشهر", CAMPAIGN[0], "'بدءًا من غدٍ 25 سبتمبر 2025 وحتى نهاية الشهر' = Thu 25 - Tue 30 Sep 2025", end=CAMPAIGN[1]),
    ev("awareness-month", "بالتزامن مع شهر التوعية بسرطانات الدم", AWARENESS[0], "no own expression; September is the blood-cancer awareness month: September 2025", end=AWARENESS[1]),
])
art(S, "https://www.egy-press.com/190476",
    "2025-09-24", "no stamp or URL date in the stored page: fixed by the body's 'تبدأ الحملة غدًا، 25 سبتمبر 2025', so Wed 24 Sep 2025 (the ministry's statement of that day, stamped '24 سبتمبر 2025' by almsryalaan); the repeated headline and the page widget 'منذ 2 ساعات' (relative to the crawl) dropped; the last sentence cut where the stored text breaks off; no date of its own in the text", False, """
الصحة تطلق الحملة القومية للتبرع بالدم تحت شعار «تبرعك حياة» لدعم مرضى أورام الدم
بالتزامن مع شهر التوعية بسرطان الدم، أعلنت وزارة الصحة والسكان إطلاق الحملة الوطنية للتبرع بالدم تحت شعار "تبرعك حياة"، على أن تبدأ الحملة غدًا، 25 سبتمبر 2025، وتستمر حتى نهاية الشهر، بالتعاون مع شركة جانسن مصر.
وترمي الحملة إلى سد الحاجة الماسة إلى نقل الدم لدى مرضى سرطان الدم، وتوعية الرأي العام بأهمية التبرع بالدم بوصفه عملاً إنسانياً ينقذ الحياة.
وأوضح الدكتور حسام عبد الغفار، المتحدث الرسمي باسم الوزارة، أن الحملة تندرج في استراتيجية الوزارة لتوسيع منظومة نقل الدم ورفع كفاءة بنوك الدم وترسيخ ثقافة التبرع المستمر، مشيراً إلى أن الوزارة ستوفر 28 وحدة تبرع متنقلة في المحافظات، إلى جانب بنوك الدم في المستشفيات الحكومية وسيارات خاصة في النقاط الرئيسية للمبادرات الصحية.
""", [
    ev("drive-announced", "أعلنت وزارة الصحة والسكان إطلاق الحملة الوطنية", "2025-09-24", "no own expression; the ministry's announcement of the day before the start, Wed 24 Sep 2025"),
    ev("campaign", "تبدأ الحملة غدًا، 25 سبتمبر 2025، وتستمر حتى نهاية الشهر", CAMPAIGN[0], "'غدًا، 25 سبتمبر 2025 ... حتى نهاية الشهر' = Thu 25 - Tue 30 Sep 2025", end=CAMPAIGN[1]),
    ev("awareness-month", "بالتزامن مع شهر التوعية بسرطان الدم", AWARENESS[0], "no own expression; September 2025", end=AWARENESS[1]),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=25092025&id=614f5e6a-de9c-4978-bd66-03706ecb4459",
    "2025-09-25", "date in the URL 'cdate=25092025' (Thu 25 Sep 2025); the body's 'مساء اليوم الخميس 25 سبتمبر 2025' agrees; headline written from the first sentence (the stored text has none); the last sentence cut where the stored text breaks off", True, """
مطروح تطلق حملة «تبرعك حياة» للتبرع بالدم لدعم مرضى الأورام
أعلنت مديرية الصحة بمحافظة مطروح انطلاق حملة "تبرعك حياة" للتبرع بالدم دعماً لمرضى الأورام، على أن تبدأ فعالياتها مساء اليوم الخميس 25 سبتمبر 2025، في التاسعة مساءً، أمام ديوان عام المحافظة ومستشفى مطروح العام، وتستمر حتى نهاية الشهر.
وتتزامن الحملة مع شهر التوعية بسرطان وأمراض الدم، وتأتي ضمن المبادرة القومية التي أطلقتها وزارة الصحة والسكان لسد الاحتياجات المتزايدة لمرضى أورام الدم من عمليات نقل الدم، ونشر الوعي بأهمية التبرع بوصفه واجباً إنسانياً.
وقال الدكتور أحمد رفعت، وكيل وزارة الصحة بمطروح، إن الحملة تعبّر عن حرص الدولة على دعم مرضى الأورام وتوفير الدم اللازم لهم، وإن المديرية تعمل على ترسيخ ثقافة التبرع بالدم بين المواطنين.
وأضاف أن توفير أكياس الدم بصورة مستمرة شريان حياة لمرضى الأورام والمرضى في أقسام الطوارئ والعمليات.
""", [
    ev("matrouh-start", "مساء اليوم الخميس 25 سبتمبر 2025، في التاسعة مساءً", "2025-09-25", "'مساء اليوم الخميس 25 سبتمبر 2025، في التاسعة مساءً' = Thu 25 Sep 2025, 21:00"),
    ev("campaign", "وتستمر حتى نهاية الشهر", CAMPAIGN[0], "from Thu 25 Sep 'حتى نهاية الشهر' = 25-30 Sep 2025", end=CAMPAIGN[1]),
    ev("awareness-month", "وتتزامن الحملة مع شهر التوعية بسرطان وأمراض الدم", AWARENESS[0], "no own expression; September 2025", end=AWARENESS[1]),
])
art(S, "https://www.vetogate.com/5500285",
    "2025-09-27", "stamp 'date 2025-09-27' at the head of the stored page (not kept in the text); 27 Sep 2025 was a Saturday, within the drive of 25-30 Sep; the subheading 'تخصيص الفرق الثابتة ببنوك الدم التجميعية' dropped; the last sentence cut where the stored text breaks off; no date of its own in the text", False, """
انطلاق الحملة القومية للتبرع بالدم في البحيرة تحت شعار «تبرعك حياة»
انطلقت فعاليات الحملة القومية للتبرع بالدم في محافظة البحيرة تحت شعار "تبرعك حياة"، والتى تستمر حتى 30 سبتمبر الجارى، بالتزامن مع الاحتفاء بـ"شهر التوعية بسرطان وأمراض الدم"، وتحت رعاية الدكتورة جاكلين عازر، محافظ البحيرة، حرصاً على نشر ثقافة التبرع بالدم باعتبارها رسالة إنسانية نبيلة.
وتهدف الحملة إلى ضمان توافر كميات آمنة واحتياطية من أكياس الدم في مختلف المستشفيات، إذ يمكن لتبرع مواطن واحد أن يسهم في إنقاذ حياة ما يصل إلى ثلاثة مرضى.
وخُصصت الفرق الثابتة في بنوك الدم التجميعية لاستقبال الراغبين في التبرع داخل المستشفيات العامة والمركزية في عدد من المراكز، منها مستشفى كفر الدوار العام والمحمودية ورشيد وحوش عيسى وأبو حمص وأبو المطامير والرحمانية.
وتجري إجراءات التبرع كلها مع تطبيق كامل لمعايير السلامة والفحص الطبي الشامل للمتبرعين.
""", [
    ev("beheira-start", "انطلقت فعاليات الحملة القومية للتبرع بالدم في محافظة البحيرة", "2025-09-25", "no own expression; the drive opened nationally on Thu 25 Sep 2025 and the report is of Sat 27 Sep: my span 25-27 Sep", end="2025-09-28"),
    ev("campaign", "والتى تستمر حتى 30 سبتمبر الجارى", CAMPAIGN[0], "'حتى 30 سبتمبر الجارى': the drive of 25-30 Sep 2025", end=CAMPAIGN[1]),
    ev("awareness-month", "بالتزامن مع الاحتفاء بـ\"شهر التوعية بسرطان وأمراض الدم\"", AWARENESS[0], "no own expression; September 2025", end=AWARENESS[1]),
])
art(S, "https://www.elbalad.news/6717994",
    "2025-10-02", "stamp 'date 2025-10-02' at the head of the stored page (not kept in the text); 2 Oct 2025 was a Thursday, two days after the drive ended on 30 Sep; the subheading 'تحسين مؤشرات التبرع' dropped; no date of its own in the text", False, """
الصحة تعلن اختتام الحملة القومية للتبرع بالدم بمشاركة 8708 متبرعين
أعلنت وزارة الصحة والسكان اختتام فعاليات الحملة القومية للتبرع بالدم تحت شعار "تبرعك حياة"، التي أُقيمت في الفترة من 25 إلى 30 سبتمبر 2025، بمشاركة 8708 متبرعين دعماً لمرضى أورام الدم.
وقال الدكتور حسام عبد الغفار، المتحدث الرسمي للوزارة، إن الحملة شهدت إقبالاً كبيراً من المواطنين، مثنياً على الجهود المبذولة لنشر ثقافة التبرع الطوعي بالدم، وداعياً المواطنين إلى مواصلة التبرع الدوري، وموجهاً الشكر للعاملين في بنوك الدم بمديريات الشؤون الصحية.
من جهتها، أوضحت الدكتورة فاطمة شومان، رئيس الإدارة المركزية لعمليات الدم، أن محافظات الشرقية والدقهلية والغربية احتلت المراكز الأولى في معدلات التبرع على مستوى الجمهورية، وشكرت مديري بنوك الدم والعاملين فيها.
وجددت الوزارة التزامها بتعزيز منظومة التبرع بالدم.
""", [
    ev("closing-announcement", "أعلنت وزارة الصحة والسكان اختتام فعاليات الحملة", "2025-10-01", "no own expression; the ministry's closing statement after the drive's end (30 Sep), by the stamp day Thu 2 Oct 2025: my span 1-2 Oct", end="2025-10-03"),
    ev("campaign", "التي أُقيمت في الفترة من 25 إلى 30 سبتمبر 2025", CAMPAIGN[0], "'في الفترة من 25 إلى 30 سبتمبر 2025' = 25-30 Sep 2025", end=CAMPAIGN[1]),
])

# ---------------------------------------------------------------- egypt-organ-transplant-law-final-vote-2010
S = "egypt-organ-transplant-law-final-vote-2010"
DELIBERATIONS = ("1996-01-01", "2010-02-28")  # 'نحو 14 عاماً من المداولات' before the vote
art(S, "https://www.masress.com/shorouk/186974",
    "2010-02-27", "no stamp or URL date in the stored page (a masress mirror of al-Shorouk): fixed by the body's 'في جلسته اليوم السبت' for the final vote, which altabib's stamp of the next morning (2010-02-28 11:39) already reports, so Sat 27 Feb 2010; headline written from the first sentence; the last sentence completed where the stored text breaks off ('اعترضوا على القانو'); no date of its own in the text", False, """
مجلس الشعب يقر نهائياً قانون تنظيم زرع الأعضاء البشرية
وافق مجلس الشعب في جلسته اليوم السبت بصورة نهائية على مشروع قانون تنظيم زرع الأعضاء البشرية.
وبيّن أحمد فتحي سرور، رئيس مجلس الشعب، أن الدكتور حمدي السيد، رئيس لجنة الصحة ومقرر الموضوع، طلب إعادة المداولة في المادة الثانية، وطالب بحذف عبارة (وأن يتم وفقا للأصول الطبية) من إحدى فقراتها، في إشارة إلى عمليات الاستئصال والزرع.
وقال سرور إن الطلب في محله، لأن مراعاة الأصول الطبية أمر مسلم به في كل عملية، مضيفاً أن القانون بعد موافقة المجلس عليه علامة بارزة تضاف إلى إنجازاته في حماية الحق في الحياة.
وأشار رئيس المجلس إلى أن المجلس استطلع رأي الأزهر ومجمع البحوث الإسلامية، فوافقا على المشروع، وأن القانون يقوم على مبادئ مهمة منها عدم الاتجار بالأعضاء وتقديس حياة الإنسان، ويضع ضمانات عند إجراء العملية الجراحية والتأكد من الوفاة، وعقوبات جسيمة على الإخلال بها.
وذكر سرور أن 86 عضواً اعترضوا على القانون.
""", [
    ev("final-vote", "وافق مجلس الشعب في جلسته اليوم السبت", "2010-02-27", "'في جلسته اليوم السبت' = Sat 27 Feb 2010"),
    ev("redeliberation-request", "طلب إعادة المداولة في المادة الثانية", "2010-02-27", "no own expression; in the same session, Sat 27 Feb 2010"),
    ev("sorour-statement", "وقال سرور إن الطلب في محله", "2010-02-27", "no own expression; Sorour's words in the session, Sat 27 Feb 2010"),
    ev("azhar-consultation", "استطلع رأي الأزهر ومجمع البحوث الإسلامية", "2009-01-01", "no own expression; Al-Azhar and the Islamic Research Academy were consulted during the bill's passage, before the vote of 27 Feb 2010 (I do not know the day: my loose span 2009 - 26 Feb 2010)", end="2010-02-27"),
])
art(S, "https://altabib.net/show.php?action=shop_local&c=3668",
    "2010-02-28", "page stamp '2010-02-28 11:39:56' at the head of the stored text (kept as first line); 28 Feb 2010 was a Sunday, the day after the vote; headline written from the first sentence (the stored text has none)", True, """
2010-02-28 11:39:56
البرلمان المصري يقر نهائياً قانون تنظيم زراعة الأعضاء البشرية
بعد ما يقرب من 14 عاماً من المداولات، أقر البرلمان المصري بشكل نهائي مشروع قانون تنظيم زراعة الأعضاء البشرية، على الرغم من معارضة 86 نائباً من أعضاء المجلس البالغ عددهم 454 عضواً، وامتناع عضو واحد عن التصويت، وفق ما أكده رئيس مجلس الشعب، أحمد فتحي سرور.
""", [
    ev("final-vote", "أقر البرلمان المصري بشكل نهائي", "2010-02-27", "no own expression; the final vote of Sat 27 Feb 2010 (al-Shorouk's 'اليوم السبت'), the day before the stamp"),
    ev("deliberations", "بعد ما يقرب من 14 عاماً من المداولات", DELIBERATIONS[0], "'ما يقرب من 14 عاماً' before Feb 2010: from about 1996 to the vote (my span 1996 - 27 Feb 2010)", end=DELIBERATIONS[1]),
    ev("sorour-statement", "وفق ما أكده رئيس مجلس الشعب، أحمد فتحي سرور", "2010-02-27", "no own expression; Sorour's statement in the session of Sat 27 Feb 2010"),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 270)
                            if i != 201 and i != 263
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
