"""Builds stories.jsonl: the 474-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: cabinet reshuffles, ministerial appointments, dismissals
and government resignations.
Stories: the dismissal of the Tunisian head of government Najla Bouden and the appointment of Ahmed Hachani
(Tunisia, August 2023), the Egyptian cabinet reshuffle approved by the House of Representatives and sworn in
(Egypt, February 2026), and the reshuffle of Aziz Akhannouch's government with the change at the Ministry of
Agriculture, Mohamed Sadiki replaced by Ahmed El Bouari (Morocco, October 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-bouden-dismissed-hachani-2023
S = "tunisia-bouden-dismissed-hachani-2023"
DISMISS = "2023-08-01"                     # Saied ended Bouden's duties on the evening of Tue 1 Aug 2023 (announced near midnight)
HANDOVER = "2023-08-02"                    # handover Bouden -> Hachani at the Kasbah, Wed 2 Aug 2023
art(S, "http://ar.telquel.ma/%d9%87%d9%84-%d8%a7%d9%84%d8%ae%d8%a8%d8%b2-%d9%87%d9%88-%d8%a7%d9%84%d8%b3%d8%a8%d8%a8%d8%9f-%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d8%aa%d9%88%d9%86%d8%b3%d9%8a-%d9%8a%d9%82%d9%8a",
    "2023-08-02", "no date line on the stored page; the body's 'مساء يوم أمس الثلاثاء' for the dismissal, which the presidency dated 'مساء الثلاثاء 1 أغسطس/آب 2023', gives Wed 2 Aug 2023 (1 Aug 2023 was a Tuesday); the trainee's byline dropped; headline from the (truncated) URL slug", False, """
هل الخبز هو السبب؟ الرئيس التونسي يقيل رئيسة الحكومة
أعلن رئيس الجمهورية التونسية قيس سعيد، مساء يوم أمس الثلاثاء، إنهاء مهام رئيسة الحكومة نجلاء بودن رمضان، وتسمية أحمد الحشاني، الذي شغل سابقا منصبا في المصرف المركزي التونسي، خلفا لها.
ويأتي هذا القرار فيما تعيش تونس أزمة اقتصادية ومالية تسببت في اضطراب مستمر في التزود ببعض المواد الأساسية.
وقال قيس سعيد في شريط مصور إن أمام البلاد "تحديات كبيرة لا بد أن نرفعها بعزيمة صلبة وبإرادة قوية، للحفاظ على وطننا وعلى دولتنا وعلى السلم الأهلي".
ولم تكشف الرئاسة التونسية عن دوافع إقالة بودن، التي تعد أول امرأة تتولى رئاسة حكومة في الجمهورية التونسية، غير أن وسائل إعلام محلية تحدثت عن تذمر سعيد من شح عدد من المواد، وخاصة الخبز في المخابز المدعمة من الدولة.
وتعرضت حكومة بودن لانتقادات كثيرة بسبب إخفاقها في مواجهة الأزمة الاقتصادية والمالية، وهو ما دفع الرئيس التونسي إلى إعفاء عدد من وزرائها.
""", [
    ev("bouden-dismissed", "إنهاء مهام رئيسة الحكومة نجلاء بودن رمضان", DISMISS, "'مساء يوم أمس الثلاثاء' in an article of Wed 2 Aug 2023 = Tue 1 Aug"),
    ev("hachani-appointed", "وتسمية أحمد الحشاني", DISMISS, "no own expression; named in the same decision of the evening of Tue 1 Aug 2023"),
    ev("saied-oath-speech", "وقال قيس سعيد في شريط مصور", DISMISS, "no own expression; Saied's words at Hachani's swearing-in at Carthage on the evening of Tue 1 Aug 2023 (tanwer: 'يوم أمس الثلاثاء الأول من شهر غشت'), the video posted around midnight"),
])
art(S, "https://tanwer.ma/2023/08/02/%D9%82%D9%8A%D8%B3-%D8%B3%D8%B9%D9%8A%D8%AF-%D9%8A%D9%82%D9%8A%D9%84-%D8%A8%D9%88%D8%AF%D9%86-%D9%88%D9%8A%D8%B9%D9%8A%D9%86-%D8%A7%D9%84%D8%AD%D8%B4%D8%A7%D9%86%D9%8A-%D8%A8%D8%AF%D9%84%D8%A7-%D8%B9/",
    "2023-08-02", "the page address carries the date 2023/08/02; the body's 'يوم أمس الثلاثاء الأول من شهر غشت' for the swearing-in and 'الأربعاء ثاني غشت' for the handover agree (Wed 2 Aug 2023); the section tag 'اخبار دولية' dropped; headline kept from the page; the last, truncated sentence (Hachani's studies) dropped", True, """
قيس سعيد يقيل بودن ويعين الحشاني بدلا عنها
أعلن الرئيس التونسي قيس سعيّد، قرابة منتصف ليلة الثلاثاء الأربعاء، إنهاء مهام رئيسة الحكومة نجلاء بودن وتعيين أحمد الحشاني مكانها، وطلب منه التصدي لـ"تحديات كبيرة" والحفاظ على "الدولة".
وانتظمت مراسم التسليم بين نجلاء بودن ورئيس الحكومة الجديد أحمد الحشاني، الأربعاء ثاني غشت، بمقر رئاسة الحكومة في القصبة، وبحضور رئيس الدولة قيس سعيد.
وشدد الرئيس في هذه المناسبة على أن رئيسة الحكومة السابقة اضطلعت بمسؤوليتها في ظرف دقيق تجتازه تونس، وشكرها بالمناسبة على ما بذلته من جهود.
وتوجه رئيس الدولة إلى السيدة بودن بالقول: "شرفت تونس في المحافل الدولية"، مبينا أن المقاربات الاقتصادية والاجتماعية تظل الأهم في الوقت الراهن.
وفي المقابل، عبرت نجلاء بودن عن امتنانها لرئيس الجمهورية على الثقة التي حظيت بها، مؤكدة أن ما أنجزته أملاه عليها واجبها نحو وطنها.
وقالت رئيسة الحكومة السابقة بالخصوص: "أصبحنا أصدقاء مع سيد أحمد".
ويعد أحمد الحشاني، رئيس الحكومة الجديد الذي أدى اليمين الدستورية أمام رئيس الجمهورية قيس سعيد، بقصر قرطاج، يوم أمس الثلاثاء الأول من شهر غشت، خلفا لنجلاء بودن، رجلا متخصصا في القانون.
""", [
    ev("bouden-dismissed", "إنهاء مهام رئيسة الحكومة نجلاء بودن", DISMISS, "'قرابة منتصف ليلة الثلاثاء الأربعاء' for the announcement; the decision itself was taken on the evening of Tue 1 Aug 2023 (presidency: 'مساء الثلاثاء 1 أغسطس')"),
    ev("handover-ceremony", "وانتظمت مراسم التسليم بين نجلاء بودن ورئيس الحكومة الجديد", HANDOVER, "'الأربعاء ثاني غشت' = Wed 2 Aug 2023"),
    ev("saied-thanks-bouden", "وشكرها بالمناسبة على ما بذلته من جهود", HANDOVER, "no own expression; at the handover ceremony of Wed 2 Aug 2023"),
    ev("hachani-sworn-in", "الذي أدى اليمين الدستورية أمام رئيس الجمهورية قيس سعيد", DISMISS, "'يوم أمس الثلاثاء الأول من شهر غشت' = Tue 1 Aug 2023"),
])
art(S, "https://www.arabkhabar.com/a/265172",
    "2023-08-03", "the page's date line 'تاريخ النشر: 3rd, August 2023 GMT' (Thu 3 Aug 2023); the 'إقرأ المزيد' link dropped; headline kept from the page; the last, truncated sentence (Hachani's career) dropped", True, """
بودن للرئيس التونسي: أنا ورئيس الحكومة الجديد أصبحنا أصدقاء (فيديو)
توجّه الرئيس التونسي قيس سعيّد بالشكر إلى نجلاء بودن، رئيسة الحكومة التي انتهت مهامها، على الجهود التي بذلتها.
وأوضح قيس سعيّد، خلال إشرافه على مراسم تسلم أحمد الحشاني لمهامه رئيسا للحكومة، أن نجلاء بودن بذلت جهدا كبيرا طوال فترة توليها رئاسة الحكومة.
وقال: "شكرا لأنك تحملت المسؤولية بكل أمانة وإخلاص".
وأضاف: "الواجب أن أُوجّه لك الشكر الجزيل.. لقد شرفتي تونس في كثير من المحافل الدولية، وتبقى المقاربة الاقتصادية والاجتماعية هي الأهم بالنسبة للتونسيين".
أما نجلاء بودن فشددت على أنها لم تفعل سوى ما يمليه عليها الواجب.
وقالت بودن: "شكرا لك سيدي الرئيس على الفرصة التي أتحتها لي"، وأضافت: "ولينا صُحَاب أنا وسيد أحمد" (أي أنها ورئيس الحكومة الجديد أصبحا صديقين).
ويذكر أن الرئيس قيس سعيّد قرّر مساء الثلاثاء 1 أغسطس إنهاء مهام رئيسة الحكومة نجلاء بودن رمضان، وتعيين أحمد الحشاني خلفا لها.
ونجلاء بودن رمضان هي أول امرأة تشغل منصب رئيسة حكومة في تاريخ تونس والعالم العربي.
وكان رئيس الدولة قد أشرف بقصر قرطاج على موكب أداء اليمين من قبل أحمد الحشاني رئيسا للحكومة.
""", [
    ev("saied-thanks-bouden", "توجّه الرئيس التونسي قيس سعيّد بالشكر إلى نجلاء بودن", HANDOVER, "no own expression; at the handover ceremony of Wed 2 Aug 2023 (tanwer: 'الأربعاء ثاني غشت')"),
    ev("handover-ceremony", "خلال إشرافه على مراسم تسلم أحمد الحشاني لمهامه", HANDOVER, "no own expression; the handover at the Kasbah on Wed 2 Aug 2023 (tanwer)"),
    ev("bouden-dismissed", "قرّر مساء الثلاثاء 1 أغسطس إنهاء مهام", DISMISS, "'مساء الثلاثاء 1 أغسطس' = Tue 1 Aug 2023"),
    ev("hachani-appointed", "وتعيين أحمد الحشاني خلفا لها", DISMISS, "no own expression; in the same decision of Tue 1 Aug 2023"),
    ev("hachani-sworn-in", "على موكب أداء اليمين من قبل أحمد الحشاني", DISMISS, "no own expression; the swearing-in at Carthage on the evening of Tue 1 Aug 2023 (tanwer)"),
])

# ---------------------------------------------------------------- egypt-madbouly-reshuffle-2026
S = "egypt-madbouly-reshuffle-2026"
VOTE = "2026-02-10"                        # the House of Representatives approved the reshuffle on Tue 10 Feb 2026
OATH = "2026-02-11"                        # the new ministers were sworn in on the morning of Wed 11 Feb 2026
art(S, "https://www.elbalad.news/6863628",
    "2026-02-08", "the stored page's time stamp 2026-02-08 (Sun 8 Feb 2026); the body's 'بعد غدٍ الثلاثاء' for the session of Tue 10 Feb agrees; headline written from the body (the stored text has none); the sub-headings kept", True, """
أحمد موسى: جلسة خاصة لمجلس النواب لمناقشة التعديل الوزاري
ذكر الإعلامي أحمد موسى أن مجلس النواب يتأهب لإرسال دعوة رسمية لعقد جلسة خاصة بعد غدٍ الثلاثاء، تُخصص لبحث طلب الرئيس عبد الفتاح السيسي إجراء تعديل وزاري جديد، وذلك بعد أن اكتملت كل المشاورات المتعلقة بأعضاء الحكومة الحاليين والمرشحين الجدد.
المرشحون للحقائب الوزارية
وبيّن أحمد موسى أن رئيس مجلس الوزراء الدكتور مصطفى مدبولي عقد خلال الأيام الماضية سلسلة من اللقاءات والمقابلات مع المرشحين لتولي المناصب الوزارية، مشددا على أن هذه الخطوات جرت في سرية تامة تمهيدا لإعلان التعديل المنتظر.
آلية التعديل الوزاري
وأشار إلى أن الدستور المصري رسم آلية التعديل الوزاري بوضوح، إذ تمنح الفقرة الثانية من المادة 147 رئيس الجمهورية حق إجراء تعديل وزاري بعد التشاور مع رئيس مجلس الوزراء، وبموافقة مجلس النواب بالأغلبية المطلقة للحاضرين على ألا تقل عن ثلث عدد أعضاء المجلس.
""", [
    ev("moussa-statement", "ذكر الإعلامي أحمد موسى", "2026-02-07", "no own expression; a TV presenter's words reported on Sun 8 Feb 2026; said that day or on the evening before (my span Sat 7 - Sun 8 Feb)", end="2026-02-09"),
    ev("parliament-approval", "لعقد جلسة خاصة بعد غدٍ الثلاثاء", VOTE, "'بعد غدٍ الثلاثاء' from Sun 8 Feb 2026 = Tue 10 Feb, the session that approved the reshuffle"),
    ev("madbouly-interviews", "عقد خلال الأيام الماضية سلسلة من اللقاءات والمقابلات", "2026-02-01", "'خلال الأيام الماضية' before Sun 8 Feb 2026 (my span 1 - 7 Feb)", end="2026-02-08"),
])
art(S, "https://www.alaraby.co.uk/politics/%D8%AA%D8%BA%D9%8A%D9%8A%D8%B1-13-%D9%88%D8%B2%D9%8A%D8%B1%D8%A7%D9%8B-%D9%82%D9%8A-%D9%85%D8%B5%D8%B1-%D8%B6%D9%8A%D8%A7%D8%A1-%D8%B1%D8%B4%D9%88%D8%A7%D9%86-%D9%84%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%85-%D9%88%D8%A7%D9%84%D8%AB%D9%82%D8%A7%D9%81%D8%A9-%D9%84%D9%85%D8%AA%D9%87%D9%85%D8%A9-%D8%A8%D9%85%D8%AE%D8%A7%D9%84%D9%81%D8%A7%D8%AA",
    "2026-02-10", "the stored page's time stamp 2026-02-10 and the body's 'اليوم الثلاثاء' (10 Feb 2026 was a Tuesday); the page's summary box kept at the head, as on the page; headline from the URL slug; the last, truncated sentence dropped", True, """
تغيير 13 وزيراً في مصر: ضياء رشوان للإعلام والثقافة لمتهمة بمخالفات
وافق مجلس النواب المصري على تعديل وزاري طاول 13 حقيبة من أصل 32 مع الإبقاء على مصطفى مدبولي رئيسا للحكومة، ولم يقترب التعديل من الوزراء المقربين من الرئيس السيسي، بينما جاء بأسماء جديدة في وزارات عدة.
وعُيّن ضياء رشوان وزيرا للدولة لشؤون الإعلام، في خطوة تكشف رغبة النظام في ضبط الإيقاع الإعلامي واستعادة التوازن، ولرشوان دور بارز في الحوار الوطني وفي ملف الإعلام بوصفه ركيزة للأمن القومي.
وأثار تعيين جيهان زكي وزيرة للثقافة جدلا لبعدها عن ملف الثقافة، في حين تحظى راندا المنشاوي، وزيرة الإسكان الجديدة، بعلاقات متينة مع الإمارات وبثقة مدبولي في قدراتها.
وأقر مجلس النواب المصري خلال جلسته، اليوم الثلاثاء، تعديلا وزاريا شمل 13 حقيبة من أصل 32، وجدد الثقة في مصطفى مدبولي رئيسا للحكومة للمرّة الرابعة، وهو الذي يتولى منصبه منذ 7 يونيو/ حزيران 2018، ما يجعله من أطول رؤساء الحكومات المصرية بقاء في المنصب منذ رئيس الوزراء الراحل عاطف صدقي.
ومدبولي هو ابن اللواء كمال مدبولي نصار، القائد الأسبق لسلاح المدفعية في الجيش، وابن شقيق اللواء فؤاد نصار، المدير الأسبق للمخابرات الحربية والعامة.
""", [
    ev("parliament-approval", "وأقر مجلس النواب المصري خلال جلسته، اليوم الثلاثاء", VOTE, "'اليوم الثلاثاء' = Tue 10 Feb 2026"),
    ev("madbouly-reconfirmed", "وجدد الثقة في مصطفى مدبولي رئيسا للحكومة للمرّة الرابعة", VOTE, "no own expression; part of the reshuffle approved on Tue 10 Feb 2026"),
    ev("madbouly-pm-since-2018", "وهو الذي يتولى منصبه منذ 7 يونيو/ حزيران 2018", "2018-06-07", "'منذ 7 يونيو/ حزيران 2018' = Thu 7 Jun 2018, the start"),
])
art(S, "https://almanassa.com/news/30268",
    "2026-02-11", "no date line on the stored page; the body's 'صباح اليوم الأربعاء' for the swearing-in and 'مساء أمس الثلاثاء' for the parliament's approval of Tue 10 Feb give Wed 11 Feb 2026 (11 Feb 2026 was a Wednesday); headline written from the body (the stored text has none); the last, truncated sentence (the share of the 146 companies) dropped", False, """
وزير دفاع جديد وإلغاء وزارة قطاع الأعمال مع أداء الوزراء الجدد اليمين
شهد الرئيس عبد الفتاح السيسي، صباح اليوم الأربعاء، في مقر رئاسة الجمهورية بمصر الجديدة، أداء نائب رئيس الوزراء والوزراء ونواب الوزراء الجدد اليمين الدستورية، بينما حملت اللحظات الأخيرة تعديلات إضافية.
فبعد أن أعلن مجلس النواب مساء أمس الثلاثاء موافقته على التعديل الوزاري في حكومة مصطفى مدبولي الثانية، من دون أن يشمل حقيبة الدفاع، أدى الفريق أشرف سالم زاهر اليوم اليمين الدستورية أمام السيسي وزيرا للدفاع والإنتاج الحربي، خلفا للفريق أول عبد المجيد صقر.
وتحدد المادة 234 من الدستور بعد تعديلها في 2019 طريقة تعيين وزير الدفاع بنص صريح يقول "يكون تعيين وزير الدفاع بعد موافقة المجلس الأعلى للقوات المسلحة"، وهو استثناء دستوري واضح من القواعد العامة لتشكيل الحكومة، إذ لا يحتاج تعيين وزير الدفاع إلى موافقة مجلس النواب خلافا لبقية الوزارات.
ولم يقتصر التغيير اليوم على وزير الدفاع، فقد أصدر السيسي قرارا بإلغاء وزارة قطاع الأعمال العام، التي تتولى أكبر محفظة من الشركات المملوكة للدولة، وبحسب بيان الرئاسة يتعين على رئيس مجلس الوزراء إصدار القرارات اللازمة بشأن ما يترتب على ذلك من آثار.
""", [
    ev("oath-ceremony", "أداء نائب رئيس الوزراء والوزراء ونواب الوزراء الجدد اليمين الدستورية", OATH, "'صباح اليوم الأربعاء' = Wed 11 Feb 2026"),
    ev("parliament-approval", "أعلن مجلس النواب مساء أمس الثلاثاء موافقته", VOTE, "'مساء أمس الثلاثاء' in an article of Wed 11 Feb 2026 = Tue 10 Feb"),
    ev("defence-minister-sworn-in", "أدى الفريق أشرف سالم زاهر اليوم اليمين الدستورية", OATH, "'اليوم' = Wed 11 Feb 2026"),
    ev("constitution-amended-2019", "بعد تعديلها في 2019", "2019-04-20", "'في 2019' = the constitutional amendments adopted by the referendum of 20-22 Apr 2019 (the year only in this text)", end="2019-04-23"),
    ev("business-ministry-abolished", "أصدر السيسي قرارا بإلغاء وزارة قطاع الأعمال العام", OATH, "'اليوم' (in 'ولم يقتصر التغيير اليوم') = Wed 11 Feb 2026, decree no. 75 of 2026"),
])
art(S, "https://elmanshar.com/?p=179183",
    "2026-02-11", "the body's own date line 'القاهرة | الأربعاء 11 فبراير 2026' (kept, it opens the body), with 'أقره مجلس النواب أمس' for the vote of Tue 10 Feb; headline written from the body (the stored text has none); the bulleted portrait after the sub-heading shortened to its first two items, the truncated rest dropped", True, """
الفريق أشرف سالم زاهر يؤدي اليمين وزيرا للدفاع
المنشر الاخباري، القاهرة | الأربعاء 11 فبراير 2026 في مراسم رسمية أقيمت بمقر رئاسة الجمهورية بمصر الجديدة، أدى الفريق أشرف سالم زاهر اليمين الدستورية أمام الرئيس المصري عبد الفتاح السيسي وزيرا للدفاع والإنتاج الحربي، بمقتضى القرار الجمهوري رقم (75) لسنة 2026.
ويندرج تعيين أشرف زاهر وزيرا للدفاع في إطار تعديل وزاري واسع على حكومة الدكتور مصطفى مدبولي، أقره مجلس النواب أمس، وطاول 13 حقيبة وزارية.
ويحل الفريق زاهر في هذا المنصب الرفيع محل الفريق أول عبد المجيد صقر، في ما يدل على انتقال سلس وهادئ للقيادة العسكرية العليا، إذ استقبل الرئيس السيسي القائدين قبل مراسم أداء اليمين.
من هو الفريق أشرف سالم زاهر؟.. قائد "الشهادات المزدوجة"
يعد الفريق أشرف سالم زاهر من أبرز رموز "الجمهورية الجديدة" على الصعيد العسكري، إذ اقترن اسمه بـ"التطوير النوعي" في القوات المسلحة المصرية.
تطوير التعليم العسكري: انتقل من إدارة الكلية الحربية إلى إدارة الأكاديمية العسكرية المصرية بالعاصمة الإدارية الجديدة، وقاد فيها ثورة علمية شاملة مزجت العلوم المدنية بالمناهج العسكرية.
""", [
    ev("defence-minister-sworn-in", "أدى الفريق أشرف سالم زاهر اليمين الدستورية", OATH, "'الأربعاء 11 فبراير 2026' = Wed 11 Feb 2026"),
    ev("parliament-approval", "أقره مجلس النواب أمس", VOTE, "'أمس' from Wed 11 Feb 2026 = Tue 10 Feb"),
    ev("sisi-receives-commanders", "إذ استقبل الرئيس السيسي القائدين", OATH, "no own expression; before the swearing-in of Wed 11 Feb 2026"),
])

# ---------------------------------------------------------------- morocco-akhannouch-reshuffle-2024
S = "morocco-akhannouch-reshuffle-2024"
RESHUFFLE = "2024-10-23"                   # the King appointed the reshuffled government on Wed 23 Oct 2024
HANDOVER_AGRI = "2024-10-24"               # handover Sadiki -> El Bouari, Thu 24 Oct 2024
art(S, "https://rue20.com/848146.html",
    "2024-10-23", "no date line on the stored page; the body's 'اليوم الأربعاء' for the reshuffle expected that day (it was made on Wed 23 Oct 2024) and 'أمس الثلاثاء' give Wed 23 Oct 2024, written before the announcement; the byline 'زنقة 20 | الرباط', the related links and the cookie notice dropped; headline kept from the page", False, """
هذا هو المرشح بقوة لتعويض صديقي على رأس وزارة الفلاحة
تقرر تأجيل حفل انطلاق الموسم الفلاحي الذي كان مرتقبا أن يترأسه محمد الصديقي، وزير الفلاحة والصيد البحري والتنمية القروية والمياه والغابات، اليوم الأربعاء بمكناس.
وأصبح الصديقي مرشحا بقوة للخروج من الحكومة خلال التعديل الحكومي المرتقب اليوم الأربعاء.
و أمس الثلاثاء، عُلّقت الأسئلة الموجهة إليه في جلسة الأسئلة الشفوية بمجلس المستشارين.
وبحسب مصادر مطلعة تحدثت لموقع Rue20، فإن خليفة الصديقي على رأس الوزارة لن يكون سوى أحد أبنائها، وهو أحمد البواري، مدير الري وإعداد المجال الفلاحي بالوزارة، الذي يتولى أيضا رئاسة الهيئة الوطنية للمهندسين التجمعيين.
وكان المهندس البواري قد عُين في منصبه العام الماضي، كما تولى المسؤولية الوطنية عن إنجاز المشروع الملكي للربط المائي بين حوض نهر سبو وحوض نهر أبي رقراق، ونجح فيه بامتياز.
""", [
    ev("season-launch-postponed", "تقرر تأجيل حفل انطلاق الموسم الفلاحي", RESHUFFLE, "the ceremony due 'اليوم الأربعاء' = Wed 23 Oct 2024 was called off that day"),
    ev("government-reshuffle", "التعديل الحكومي المرتقب اليوم الأربعاء", RESHUFFLE, "'اليوم الأربعاء' = Wed 23 Oct 2024"),
    ev("questions-suspended", "عُلّقت الأسئلة الموجهة إليه", "2024-10-22", "'أمس الثلاثاء' from Wed 23 Oct 2024 = Tue 22 Oct"),
    ev("bouari-appointed", "فإن خليفة الصديقي على رأس الوزارة لن يكون سوى أحد أبنائها", RESHUFFLE, "no own expression; the forecast came true in the reshuffle of Wed 23 Oct 2024"),
    ev("bouari-director-appointed", "قد عُين في منصبه العام الماضي", "2023-01-01", "'العام الماضي' from 2024 = 2023 (the year only)", end="2024-01-01"),
])
art(S, "https://l3assima.ma/?p=21617",
    "2024-10-23", "the page's stamp 'تم النشر بتاريخ 23 أكتوبر 2024 على الساعة 19:26' (Wed 23 Oct 2024); the stamp and the paper's name dropped from the text; headline kept from the page", True, """
تداعيات الغلاء والفيضانات تطيح بصديقي وأخنوش يراهن على البواري لإنقاذ الموقف
يبدو أن موجات ارتفاع أسعار اللحوم والخضر والفواكه، وسوء تدبير ملف سنوات الجفاف، والقصور الواضح في معالجة آثار الفيضانات التي ضربت عددا من مناطق المغرب، قد عجّلت بوضع محمد صديقي، وزير الفلاحة والصيد البحري والتنمية القروية والمياه والغابات، في قائمة المغادرين للحكومة.
وآل هذا القطاع، بحسب الصيغة الحكومية الجديدة، إلى أحمد البواري من حزب التجمع الوطني للأحرار، الذي كان قبل تعيينه يتولى مهمة مدير الري وإعداد المجال الفلاحي بوزارة الفلاحة.
وبقي ضعف تدبير الملفات المرتبطة بالقطاع من أشد القضايا التي واجهت حكومة أخنوش في النصف الأول من ولايتها، من غير أن تنجح في تخفيف حدة الغلاء، لا سيما في الخضر والفواكه، رغم الترويج لبرامج عديدة اعتمدتها وما خُصص لها من ميزانيات للدعم، ومنها دعم استيراد الأضاحي.
واستقبل صاحب الجلالة الملك محمد السادس، اليوم الأربعاء 23 أكتوبر الجاري، بقاعة العرش بالقصر الملكي بالرباط، رئيس الحكومة وأعضاء حكومة جلالة الملك في صيغتها الجديدة بعد إعادة هيكلتها.
""", [
    ev("sadiki-leaves", "بوضع محمد صديقي، وزير الفلاحة والصيد البحري والتنمية القروية والمياه والغابات، في قائمة المغادرين", RESHUFFLE, "no own expression; he left in the reshuffle of Wed 23 Oct 2024"),
    ev("bouari-appointed", "وآل هذا القطاع، بحسب الصيغة الحكومية الجديدة، إلى أحمد البواري", RESHUFFLE, "no own expression; appointed in the reshuffle of Wed 23 Oct 2024 ('اليوم الأربعاء 23 أكتوبر الجاري' below)"),
    ev("government-reshuffle", "واستقبل صاحب الجلالة الملك محمد السادس، اليوم الأربعاء 23 أكتوبر الجاري", RESHUFFLE, "'اليوم الأربعاء 23 أكتوبر الجاري' = Wed 23 Oct 2024"),
])
art(S, "https://le12.ma/article/531036",
    "2024-10-24", "no date line on the stored page; the body's 'صباح اليوم الخميس' for the handover, which took place on Thu 24 Oct 2024, the day after the reshuffle of Wed 23 Oct (other handovers of the same day: le12.ma/article/530981 'الخميس 24 أكتوبر 2024'), gives Thu 24 Oct 2024; headline written from the body (the stored text has none); the last, truncated sentence (the Chtouka desalination plant) dropped", False, """
تسليم السلط بين صديقي والبواري بوزارة الفلاحة
احتضنت الرباط صباح اليوم الخميس مراسيم تسليم السلط بين محمد صديقي وأحمد البواري، الذي عيّنه الملك محمد السادس وزيرا للفلاحة والصيد البحري والتنمية القروية والمياه والغابات.
وفي هذه المناسبة، قدم صديقي التهنئة لخلفه على الثقة الملكية السامية التي نالها، متمنيا له التوفيق والنجاح الكاملين في مهامه الجديدة.
ومن جانبه، شدد البواري على أن الوزارة ستمضي في تنزيل الإصلاحات وتقوية الدينامية القائمة داخل قطاعات الفلاحة والتنمية القروية والصيد البحري والمياه والغابات.
ويُعد أحمد البواري من الوجوه المعروفة في الميدانين الإداري والسياسي بالمغرب، وهو مهندس متخصص في الهندسة القروية.
وقبل تعيينه، شغل البواري منصب مدير الري وإعداد المجال الفلاحي بوزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات، كما يتولى رئاسة هيئة المهندسين التجمعيين التابعة لحزب التجمع الوطني للأحرار.
ويُحسب أحمد البواري على المدافعين عن رفع الاستثمار العمومي والشراكات بين الدولة والقطاع الخاص لدعم اقتصاد الماء، كما يحث الفلاحين على الإسهام الجماعي في اقتصاد الماء وتوسيع المساحات المسقية بالري بالتنقيط.
""", [
    ev("agriculture-handover", "احتضنت الرباط صباح اليوم الخميس مراسيم تسليم السلط", HANDOVER_AGRI, "'صباح اليوم الخميس' = Thu 24 Oct 2024"),
    ev("bouari-appointed", "الذي عيّنه الملك محمد السادس وزيرا للفلاحة", RESHUFFLE, "no own expression; appointed in the reshuffle of Wed 23 Oct 2024"),
    ev("sadiki-congratulates", "قدم صديقي التهنئة لخلفه", HANDOVER_AGRI, "no own expression; at the handover of Thu 24 Oct 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 474
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
