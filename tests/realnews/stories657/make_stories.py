"""Builds stories.jsonl: the 657-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: pardons and amnesties (royal or presidential pardons on
national or religious holidays, general amnesty laws, and the releases that follow) in Arab countries.
Stories: Bashar al-Assad's general amnesty, Legislative Decree No. 22 of 2014, issued a week after his
re-election (Syria, June 2014), and Jordan's General Amnesty Law No. 5 of 2019, its royal ratification and the
first releases from the correction and rehabilitation centres (Jordan, January-February 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-assad-decree-22-general-amnesty-2014
S = "syria-assad-decree-22-general-amnesty-2014"
DECREE = "2014-06-09"                      # Legislative Decree No. 22 of 2014, issued Mon 9 Jun 2014
REELECT = ("2014-06-03", "2014-06-05")     # the presidential vote of Tue 3 Jun and the result announced Wed 4 Jun 2014
WINDOW = (DECREE, "2014-07-10")            # the one-month window to surrender / free hostages, 9 Jun - 9 Jul 2014
UPRISING = ("2011-03-01", "2011-04-01")    # the start of the protests / conflict, March 2011 (month)
art(S, "http://arabic.euronews.com/2014/06/09/syrian-president-bashar-al-assad-announces-prisoner-amnesty",
    "2014-06-09", "the date 2014/06/09 in the URL path of the page (Mon 9 Jun 2014); the body's 'قبل التاسع من حزيران يونيو الجاري' (the decree's cut-off day) agrees; the 'عاجل' tag dropped; headline written from the body (the stored text has none)", False, """
الأسد يصدر عفوا عاما جديدا بعد إعادة انتخابه
أصدر الرئيس السوري بشار الأسد، بعد أسبوع على إعادة انتخابه لولاية رئاسية ثالثة، مرسوما تشريعيا يتضمن عفوا عاما جديدا عن الجرائم التي ارتكبت قبل التاسع من حزيران يونيو الجاري، لمن يسلم نفسه خلال شهر.
وأعلن التلفزيون السوري الرسمي أن آلاف المعتقلين سيستفيدون من هذا العفو، ومنهم الأجانب.
ويشمل العفو كذلك جرائم جنائية وجنحية مختلفة، إلى جانب جرائم الفرار العسكري الداخلي والخارجي، مع منح المطلوبين مهلا محددة لتسليم أنفسهم.
ويعد هذا العفو الخامس على التوالي الذي يصدره الأسد منذ اندلاع النزاع السوري في آذار مارس من العام 2011.
""", [
    ev("amnesty-decree", "مرسوما تشريعيا يتضمن عفوا عاما جديدا", DECREE, "no own weekday; the decree of Mon 9 Jun 2014 (URL date 2014/06/09; sabq 'اليوم الإثنين'; esyria 'بتاريخ 9 حزيران 2014')"),
    ev("reelection", "بعد أسبوع على إعادة انتخابه لولاية رئاسية ثالثة", REELECT[0], "a week before the decree of Mon 9 Jun 2014: the vote of Tue 3 Jun 2014 and the result announced on Wed 4 Jun; my span 3-4 Jun", end=REELECT[1]),
    ev("surrender-window", "لمن يسلم نفسه خلال شهر", WINDOW[0], "'خلال شهر' from the decree of Mon 9 Jun 2014: 9 Jun - 9 Jul 2014", end=WINDOW[1]),
    ev("uprising-start", "منذ اندلاع النزاع السوري في آذار مارس من العام 2011", UPRISING[0], "'آذار مارس من العام 2011': the month of March 2011", end=UPRISING[1]),
])
art(S, "https://djazairess.com/ennahar/211180",
    "2014-06-09", "no date on the stored page; the body's 'اليوم الاثنين' for the amnesty decree, which was issued on Mon 9 Jun 2014 (euronews URL 2014/06/09, esyria 'بتاريخ 9 حزيران 2014'), gives Mon 9 Jun 2014; headline written from the body (the stored text has none); the last sentence, cut in the stored text after Brahimi's figure, dropped", False, """
الأسد يعلن عفوا واسعا بعد أيام من إعادة انتخابه
أعلن الرئيس السوري بشار الأسد اليوم الاثنين عفوا واسعا، بعد أقل من أسبوع على إعادة انتخابه لولاية جديدة مدتها سبع سنوات، في ظل الحرب الأهلية التي تمزق البلاد.
وبموجب مرسوم نشرته وسائل الإعلام الحكومية، خفف الأسد بعض أحكام الإعدام إلى السجن المؤبد، وقلص عقوبات السجن في كثير من المخالفات، وألغى عقوبات أخرى بالكامل.
وجاء في المرسوم أن الأجانب الذين دخلوا البلاد للالتحاق بجماعة "إرهابية" أو لتنفيذ عمل "إرهابي" سيعفى عنهم إن سلموا أنفسهم إلى السلطات خلال شهر، وأن العفو يشمل أيضا الخاطفين الذين يطلقون سراح رهائنهم والمنشقين عن الجيش.
وليس هذا المرسوم أول عفو يصدره الأسد منذ اندلاع احتجاجات على حكمه في مارس 2011، غير أن معارضيه يقولون إن المراسيم السابقة لم تسفر إلا عن الإفراج عن عدد قليل من السجناء، بينما بقي آلاف كثيرون خلف القضبان، منهم معارضون سياسيون وناشطون ومجرمون عاديون، ويضيفون أن كثيرا من السجناء يتعرضون لانتهاكات داخل السجون.
وذكر مبعوث السلام السابق الأخضر الإبراهيمي، الذي غادر منصبه في نهاية ماي بعد إخفاق محادثات جنيف، أنه سلم الأسد قائمة بأسماء سجناء تطالب المعارضة بإطلاقهم.
""", [
    ev("amnesty-decree", "أعلن الرئيس السوري بشار الأسد اليوم الاثنين عفوا واسعا", DECREE, "'اليوم الاثنين' = Mon 9 Jun 2014"),
    ev("reelection", "بعد أقل من أسبوع على إعادة انتخابه لولاية جديدة", REELECT[0], "less than a week before Mon 9 Jun 2014: the vote of Tue 3 Jun and the result of Wed 4 Jun 2014; my span 3-4 Jun", end=REELECT[1]),
    ev("death-sentences-commuted", "خفف الأسد بعض أحكام الإعدام إلى السجن المؤبد", DECREE, "no own expression; a provision of the decree of Mon 9 Jun 2014"),
    ev("surrender-window", "سيعفى عنهم إن سلموا أنفسهم إلى السلطات خلال شهر", WINDOW[0], "'خلال شهر' from the decree of Mon 9 Jun 2014: 9 Jun - 9 Jul 2014", end=WINDOW[1]),
    ev("uprising-start", "منذ اندلاع احتجاجات على حكمه في مارس 2011", UPRISING[0], "'مارس 2011': the month of March 2011", end=UPRISING[1]),
    ev("brahimi-leaves", "الذي غادر منصبه في نهاية ماي", "2014-05-31", "'في نهاية ماي' before the decree of June 2014 = the end of May 2014; Brahimi's resignation took effect on Sat 31 May 2014 (outside knowledge)"),
])
art(S, "http://www.esyria.sy/index.php?p=syrianews&filename=2014061012402810",
    "2014-06-10", "the page's file name 2014061012402810 in the URL, a date-and-time stamp (2014-06-10 12:40); the body's 'بتاريخ 9 حزيران 2014' is the decree's day, the day before; headline written from the body (the stored text has none); the last sentence, cut in the stored text in the list of customs bodies, shortened", False, """
تفاصيل المرسوم التشريعي رقم 22 للعام 2014 بمنح عفو عام
أصدر الرئيس "بشار الأسد" بتاريخ 9 حزيران 2014 المرسوم التشريعي رقم 22 للعام 2014، الذي يقضي بمنح عفو عام عن الجرائم المرتكبة قبل تاريخه، على النحو الآتي.
فبموجبه تستبدل بعقوبة الإعدام عقوبة الأشغال الشاقة المؤبدة أو الاعتقال المؤبد بحسب الوصف الجرمي، وتحل محل الأشغال الشاقة المؤبدة الأشغال الشاقة المؤقتة لمدة 20 عاماً، كما يستبدل بالاعتقال المؤبد اعتقال مؤقت لمدة 20 عاماً.
ويعفى كذلك عن كامل العقوبة المؤقتة أو المؤبدة لمن كان مصاباً -بتاريخ صدور هذا المرسوم التشريعي- بمرض عضال لا يرجى شفاؤه، وعن كامل العقوبة المؤبدة أو المؤقتة لمن بلغ السبعين من عمره بتاريخ صدور هذا المرسوم التشريعي.
ويوضح المرسوم أن غير السوري الذي دخل "سورية" بقصد الانضمام إلى منظمة إرهابية أو ارتكاب عمل إرهابي يعفى من العقاب إن بادر إلى تسليم نفسه للسلطات المختصة خلال شهر من تاريخ صدور المرسوم، وكذلك الخاطف إذا أطلق المخطوف بشكل آمن ودون مقابل أو سلمه إلى جهة مختصة خلال شهر من تاريخه.
ويشمل العفو كامل العقوبة في الجرائم الواردة في المرسوم التشريعي رقم 13 لعام 1974 لمن يدفع الغرامة ويجري التسوية مع الإدارة العامة للجمارك والجهات المعنية.
""", [
    ev("amnesty-decree", "بتاريخ 9 حزيران 2014 المرسوم التشريعي رقم 22 للعام 2014", DECREE, "'بتاريخ 9 حزيران 2014' = Mon 9 Jun 2014"),
    ev("death-sentences-commuted", "تستبدل بعقوبة الإعدام عقوبة الأشغال الشاقة المؤبدة", DECREE, "no own expression; a provision of the decree of 9 Jun 2014"),
    ev("surrender-window", "إن بادر إلى تسليم نفسه للسلطات المختصة خلال شهر من تاريخ صدور المرسوم", WINDOW[0], "'خلال شهر من تاريخ صدور المرسوم' of 9 Jun 2014: 9 Jun - 9 Jul 2014", end=WINDOW[1]),
    ev("hostage-release-window", "إذا أطلق المخطوف بشكل آمن ودون مقابل أو سلمه إلى جهة مختصة خلال شهر من تاريخه", WINDOW[0], "'خلال شهر من تاريخه' from the decree of 9 Jun 2014: 9 Jun - 9 Jul 2014", end=WINDOW[1]),
])

# ---------------------------------------------------------------- jordan-general-amnesty-law-2019
S = "jordan-general-amnesty-law-2019"
NO_LAW = "2019-01-31"                      # the Official Gazette of Thu 31 Jan 2019 came out without the amnesty law
RATIFY = "2019-02-04"                      # the King's ratification of the General Amnesty Law of 2019, Mon 4 Feb 2019
RELEASE = "2019-02-05"                     # Official Gazette No. 5559 and the first releases, Tue 5 Feb 2019
DIRECTIVE = "2018-12-12"                   # the King's directive to the government to draft the law, 12 Dec 2018
art(S, "https://sarabic.ae/20190131/%D9%85%D9%84%D9%83-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D9%85%D9%88%D8%B9%D8%AF-%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%B9%D9%81%D9%88-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-1038695784.html?chat_room_id=1038695784",
    "2019-01-31", "the date 20190131 in the URL path (Thu 31 Jan 2019) and the body's 'اليوم الخميس 31 كانون الثاني/ يناير'; the stored text begins at its second paragraph ('وكانت الجريدة الرسمية ...'), the lead is missing; headline written from the URL slug ('ملك الأردن ... موعد قانون العفو العام')", True, """
الأردنيون يترقبون موعد صدور قانون العفو العام
صدرت الجريدة الرسمية في الأردن، اليوم الخميس 31 كانون الثاني/ يناير، خالية من قانون العفو العام.
ويترقب الأردنيون بفارغ الصبر هذا القانون الذي أقره مجلس الأعيان بعد أن نال موافقة مجلس النواب، ولا يسري إلا بعد نيله مصادقة ملك البلاد ونشره في الجريدة الرسمية.
ووفق ما تناقلته وسائل الإعلام الأردنية، يغطي قانون العفو العام المنتظر صدوره خلال ساعات طيفا واسعا من الجرائم والجنح، بعضها دون اشتراط إسقاط الحق الشخصي، مثل الذم والقدح والتحقير والتهديد، ومخالفة قوانين الإقامة، إلى جانب مخالفات السير والمخدرات.
ويمتد العفو المرتقب كذلك إلى جرائم أخرى بشرط أن يقترن بإسقاط الحق الشخصي أو ما يماثله، مثل القتل والشروع فيه والتسبب بالوفاة.
أما الجرائم المستثناة من قانون العفو العام فعلى رأسها الجرائم الواقعة على أمن الدولة، وتزييف العملات، وجرائم الاعتداء على العرض والاغتصاب، وغيرها.
""", [
    ev("gazette-without-law", "صدرت الجريدة الرسمية في الأردن، اليوم الخميس 31 كانون الثاني/ يناير، خالية من قانون العفو العام", NO_LAW, "'اليوم الخميس 31 كانون الثاني/ يناير' = Thu 31 Jan 2019"),
    ev("royal-ratification", "بعد نيله مصادقة ملك البلاد", RATIFY, "a future step in this text; the ratification took place on Mon 4 Feb 2019 (alnashraaldawlia of Tue 5 Feb: 'يوم الاثنين'; ahdath24: 'يوم الإثنين الموافق 04/02/2019')"),
    ev("gazette-publication", "ونشره في الجريدة الرسمية", RELEASE, "a future step in this text; the law appeared in Official Gazette No. 5559, issued on the morning of Tue 5 Feb 2019 (alnashraaldawlia: releases began 'صباح الثلاثاء' 'فور صدور عدد الجريدة الرسمية رقم 5559')"),
])
art(S, "https://alnashraaldawlia.com/2019/02/05/%d8%a8%d8%a7%d9%84%d8%b5%d9%88%d8%b1-%d8%a7%d8%ad%d8%aa%d9%81%d8%a7%d9%84%d8%a7%d8%aa-%d8%a3%d9%85%d8%a7%d9%85-%d8%a7%d9%84%d8%b3%d8%ac%d9%88%d9%86-%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86%d9%8a%d8%a9",
    "2019-02-05", "the date 2019/02/05 in the URL path (Tue 5 Feb 2019); the body's 'يوم الثلاثاء' / 'صباح الثلاثاء' for the releases agrees; headline kept from the page without the '(بالصور)' tag", False, """
احتفالات أمام السجون الأردنية مع انطلاق الإفراج عن المشمولين بالعفو العام
احتشد ذوو الموقوفين المشمولين بقانون العفو العام لسنة 2019، يوم الثلاثاء، أمام مراكز الإصلاح والتأهيل في الأردن، في أجواء من البهجة والسرور.
وشرعت أجهزة النيابة العامة في المملكة صباح الثلاثاء بإطلاق سراح جميع من يشملهم العفو العام، مباشرة بعد صدور عدد الجريدة الرسمية رقم 5559 المتضمن قانون العفو العام رقم 5 لسنة 2019.
ونقلت وكالة الأنباء الرسمية "بترا" عن رئيس النيابة العامة القاضي محمد سعيد الشريدة، من مركز إصلاح وتأهيل سواقة، قوله إن أجهزة النيابة العامة ستواصل عملها إلى أن تطبق أحكام القانون.
وكان العاهل الأردني الملك عبدالله الثاني ابن الحسين قد صادق، يوم الاثنين، على قانون العفو العام لسنة 2019 بعد استكماله مراحله التشريعية كافة.
ويطال العفو آلاف المحكومين والموقوفين إضافة إلى المخالفات والغرامات، عما وقع قبل تاريخ الـ 12 من كانون الأول/ ديسمبر 2018، وهو اليوم الذي وجه فيه الملك الحكومة إلى إعداد مشروع القانون.
وأثار القانون جدلا ونقاشات مطولة في مجلسي النواب والأعيان قبل إقراره بصيغته النهائية ورفعه إلى الملك ليصادق عليه.
""", [
    ev("families-gather", "احتشد ذوو الموقوفين المشمولين بقانون العفو العام لسنة 2019، يوم الثلاثاء", RELEASE, "'يوم الثلاثاء' in an article of Tue 5 Feb 2019 = that day"),
    ev("releases-begin", "وشرعت أجهزة النيابة العامة في المملكة صباح الثلاثاء بإطلاق سراح", RELEASE, "'صباح الثلاثاء' = the morning of Tue 5 Feb 2019"),
    ev("gazette-publication", "مباشرة بعد صدور عدد الجريدة الرسمية رقم 5559", RELEASE, "no own expression; the releases of 'صباح الثلاثاء' followed it at once: Tue 5 Feb 2019 (doubtful: it may have been dated or put online on Mon 4 Feb)"),
    ev("royal-ratification", "قد صادق، يوم الاثنين، على قانون العفو العام لسنة 2019", RATIFY, "'يوم الاثنين' before the releases of Tue 5 Feb 2019 = Mon 4 Feb 2019 (ahdath24: '04/02/2019')"),
    ev("king-directive", "وهو اليوم الذي وجه فيه الملك الحكومة إلى إعداد مشروع القانون", DIRECTIVE, "'الـ 12 من كانون الأول/ ديسمبر 2018' = Wed 12 Dec 2018"),
])
art(S, "https://www.addustour.com/articles/1056142-%D9%81%D8%B1%D8%AD%D8%A9-%C2%AB-%D8%A7%D9%84%D8%B9%D9%81%D9%88-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%C2%BB-%D8%B9%D8%B1%D8%B3-%D9%88%D8%B7%D9%86%D9%8A-%D9%8A%D8%AA%D8%B4%D8%A7%D8%B1%D9%83%D9%87-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D9%88%D9%86-%D8%A8%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%88%D9%85%D9%8A%D9%86?s=5d0840e5682c4d5a14efdef6e82b1ab6",
    "2019-02-07", "the stamp 'تم نشره في الخميس 7 شباط / فبراير 2019. 12:00 صباحاً' under the headline (a by-line, not kept in the text); the body's 'يوم أمس الاول' for the releases of Tue 5 Feb 2019 (alnashraaldawlia) agrees; headline kept from the page; the by-line (ليث العسّاف) dropped; the stored text is cut in its third paragraph, which is dropped", False, """
فرحة «العفو العام».. عرس وطني يتشاركه الأردنيون بالإفراج عن المحكومين
صحا الأردنيون، يوم أمس الاول، على فرحة أثلجت قلوبهم طالما انتظروها، هي فرحة «العفو العام» وإطلاق سراح نزلاء مراكز الإصلاح والتأهيل المشمولين بالقانون الذي توشح بالإرادة الملكية السامية.
وكانت هذه الفرحة مفتاح الفرج لأسر المفرج عنهم، إذ بدأت منذ الصباح الباكر بالأهازيج والزغاريد التي ملأت أبواب مراكز الإصلاح والتأهيل، وتعالى قرع فناجين القهوة وفاحت رائحة الهيل في المكان.
وشارك أفراد قوات الأمن المواطنين فرحتهم العارمة مبتسمين، فوزعوا الحلوى والماء ابتهاجا بهذا اليوم الذي ترقبه الأردنيون منذ ثمانية أعوام ونيف.
وقد أجرت «الدستور» استعراضا شاملا لتاريخ العفو العام في الأردن، ليكون هذا العفو الثامن عشر، وهو يأتي في ظروف استثنائية يعيشها الوطن، ليفرج هم كثيرين شاءت ظروفهم أن يصبحوا نزلاء في مراكز الإصلاح والتأهيل تنفيذا لعقوبات قضت بها المحاكم.
""", [
    ev("releases-begin", "وإطلاق سراح نزلاء مراكز الإصلاح والتأهيل المشمولين بالقانون", RELEASE, "'يوم أمس الاول' in an article of Thu 7 Feb 2019 = Tue 5 Feb 2019"),
    ev("royal-ratification", "الذي توشح بالإرادة الملكية السامية", RATIFY, "no own expression; the ratification of Mon 4 Feb 2019 (alnashraaldawlia: 'يوم الاثنين')"),
    ev("families-gather", "بالأهازيج والزغاريد التي ملأت أبواب مراكز الإصلاح والتأهيل", RELEASE, "'منذ الصباح الباكر' of the day of the releases, 'يوم أمس الاول' = Tue 5 Feb 2019"),
    ev("security-sweets", "فوزعوا الحلوى والماء ابتهاجا بهذا اليوم", RELEASE, "the same day, 'يوم أمس الاول' = Tue 5 Feb 2019"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 657
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
