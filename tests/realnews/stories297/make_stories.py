"""Builds stories.jsonl: the 297-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories294/make_stories.py). Domain: cinema and theatre: film festivals, film bans, theatre
festivals, awards: the administrative court's ruling that let the film "Al-Molhed" be shown (Egypt, Nov 2025),
the sixth Baghdad International Theatre Festival (Iraq, Oct 2025), the opening of the 26th Carthage Theatre Days
with "King Lear" (Tunisia, Nov 2025), the ban and the release of Spielberg's "The Post" (Lebanon, Jan 2018), and
the Freedom Prize of "Goodbye Julia", the first Sudanese film at Cannes (Sudan, May 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-al-molhed-film-ruling-2025
S = "egypt-al-molhed-film-ruling-2025"
RULING = "2025-11-23"                      # the administrative court's ruling, Sun 23 Nov 2025
RESERVED = "2025-10-12"                    # the session of Sun 12 Oct 2025 that reserved the case for judgment
LICENCE = ("2023-01-01", "2024-01-01")     # the censorship licence no. 121 of 2023
DOCS = ("2025-07-08", "2025-11-23")        # the ministry's documents, filed while the suits were heard (my span)
POSTPONED = ("2024-08-11", "2024-08-14")   # the release set for Wed 14 Aug 2024 called off hours before (my span)
ISSA_OCT = ("2025-10-01", "2025-11-01")    # Ibrahim Issa's post of October 2025
art(S, "https://www.elbalad.news/6775791",
    "2025-11-23", "stamp 'date 2025-11-23' at the head of the stored page (not kept in the text); the body's 'اليوم الأحد' agrees (23 Nov 2025 was a Sunday); the headline is the page's own sub-heading; the last, truncated clause dropped; no date of its own in the text", False, """
الحكم في دعاوى فيلم «الملحد»
تنطق الدائرة الثالثة بمحكمة القضاء الإداري، في جلستها المنعقدة اليوم الأحد، بحكمها في الدعاوى المرفوعة بشأن فيلم "الملحد".
وكان أحد المحامين قد حضر خلال الجلسة الماضية وطلب من هيئة المحكمة حجز الدعوى للحكم، مشددًا على أن القضية تمس حرية الإبداع الفني ودور الدولة في حماية الفكر التنويري.
وأوضح أن الفيلم، الذي كتبه إبراهيم عيسى وأنتجته شركة السبكي للإنتاج السينمائي، نال ترخيصًا رسميًا برقم (121) لعام 2023 من الرقابة على المصنفات السمعية والبصرية، معتبرًا أن الدعاوى الرامية إلى منع عرضه تشكل انتكاسة لحرية الإبداع التي يكفلها الدستور المصري في المادة (67).
وطالب المحكمة بأن تطبق على الوجه الصحيح أحكام القانون رقم 430 لسنة 1955 الخاص بتنظيم الرقابة على المصنفات الفنية، وأن تحيل إلى النيابة العامة كل من يتعدى اختصاصات الجهات الرقابية، بتهمة الاعتداء على مدنية الدولة والسعي إلى فرض وصاية فكرية.
وتأتي الجلسة حلقة جديدة في مسار القضايا المتصلة بالفيلم، إذ سبق للمحكمة أن قررت في جلسة سابقة إعادة كل الدعاوى إلى المرافعة بجلسة 8 يوليو الماضي.
""", [
    ev("court-ruling", "تنطق الدائرة الثالثة بمحكمة القضاء الإداري، في جلستها المنعقدة اليوم الأحد", RULING, "'اليوم الأحد' = Sun 23 Nov 2025 (the publication day); the ruling was given that day (masrawy)"),
    ev("reserved-for-judgment", "حضر خلال الجلسة الماضية وطلب من هيئة المحكمة حجز الدعوى للحكم", RESERVED, "'الجلسة الماضية' = the session before 23 Nov 2025: the court adjourned the case in July to 12 Oct (shorouknews) and on Sun 12 Oct 2025 set the judgment for 23 Nov (elbalad 6728825, stamped 2025-10-12: 'الحكم ... 23 نوفمبر المقبل')"),
    ev("censorship-licence", "نال ترخيصًا رسميًا برقم (121) لعام 2023", LICENCE[0], "'لعام 2023': the licence no. 121 of 2023; no day given (span = the year 2023)", end=LICENCE[1]),
    ev("pleadings-reopened", "إعادة كل الدعاوى إلى المرافعة بجلسة 8 يوليو الماضي", "2025-07-08", "'بجلسة 8 يوليو الماضي' from Nov 2025 = Tue 8 Jul 2025, the session to which the suits were sent back for pleading (the decision itself was taken at an earlier, undated session)"),
])
art(S, "https://www.masrawy.com/news/news_cases/details/2025/11/23/2895780/%D8%B1%D9%81%D8%B6-%D8%AF%D8%B9%D9%88%D9%89-%D9%85%D8%B1%D8%AA%D8%B6%D9%89-%D9%85%D9%86%D8%B5%D9%88%D8%B1-%D9%84%D9%88%D9%82%D9%81-%D9%81%D9%8A%D9%84%D9%85-%D8%A7%D9%84%D9%85%D9%84%D8%AD%D8%AF",
    "2025-11-23", "date in the URL '/2025/11/23/' (a Sunday; the stored page's stamp 'date 2025-11-23' agrees); the body's 'اليوم الأحد' agrees; headline rendered from the URL slug; no date of its own in the text", False, """
رفض دعوى مرتضى منصور لوقف فيلم الملحد
حكمت محكمة القضاء الإداري بمجلس الدولة، اليوم الأحد، برفض الدعاوى القضائية التي طالبت بوقف عرض فيلم الملحد.
وجاء في الدعوى أن الفيلم نال ترخيصًا رسميًا برقم 121 لعام 2023 من الرقابة على المصنفات السمعية والبصرية.
وقضت المحكمة كذلك بعدم قبول واحدة من الدعاوى لانتفاء القرار الإداري، بعدما قدمت وزارة الثقافة والمجلس الأعلى للثقافة مستندات رسمية تثبت صدور ترخيص عرض الفيلم من الرقابة على المصنفات السمعية والبصرية برقم 121 لسنة 2023، وهو ما يدل على وجود قرار إداري إيجابي يجيز العرض، فيسقط بذلك محل الطعن وتنتفي مصلحة المدعي في طلب المنع.
""", [
    ev("court-ruling", "حكمت محكمة القضاء الإداري بمجلس الدولة، اليوم الأحد، برفض الدعاوى", RULING, "'اليوم الأحد' = Sun 23 Nov 2025 (the publication day)"),
    ev("censorship-licence", "نال ترخيصًا رسميًا برقم 121 لعام 2023", LICENCE[0], "'لعام 2023': the licence no. 121 of 2023; no day given (span = the year 2023)", end=LICENCE[1]),
    ev("inadmissible-suit", "وقضت المحكمة كذلك بعدم قبول واحدة من الدعاوى", RULING, "no own expression; part of the ruling of Sun 23 Nov 2025 ('اليوم الأحد' in the same report)"),
    ev("ministry-documents", "قدمت وزارة الثقافة والمجلس الأعلى للثقافة مستندات رسمية", DOCS[0], "no own expression; filed while the suits were heard, after the pleadings reopened on 8 Jul 2025 and before the ruling of 23 Nov (my span 8 Jul - 22 Nov 2025)", end=DOCS[1]),
])
art(S, "https://elaph.com/Web/Entertainment/2025/11/1582523.html",
    "2025-11-25", "stamp 'date 2025-11-25' at the head of the stored page (a Tuesday; the URL's '/2025/11/' agrees), not kept in the text; the body's bare 'الأحد' fits the ruling of Sun 23 Nov; 'إيلاف من القاهرة:' kept as the dateline, the photo caption '(إبراهيم عيسى)' dropped; the quote cut before its truncated tail ('الكلمة الآن ...'); headline written from the body (the stored text has none); no date of its own in the text", False, """
القضاء المصري يرفض دعاوى منع «الملحد»
إيلاف من القاهرة: بعد جدل واسع وترقب طويل، رفضت محكمة القضاء الإداري بمجلس الدولة المصري الأحد الدعاوى القضائية التي أقامها المحامي مرتضى منصور مطالبًا بمنع عرض فيلم "الملحد" في صالات السينما.
وكان الفيلم قد أثار جدلًا في الشارع المصري بسبب كلمة "الملحد" نفسها قبل عرضه، ما يعني أن معظم المعترضين لم يكونوا على دراية بمضمون الفيلم أو بالقصة التي كتبها إبراهيم عيسى.
وبيّنت المحكمة أن الفيلم نال ترخيصًا رسميًا برقم 121 لعام 2023 من الرقابة على المصنفات السمعية والبصرية، مؤكدة أن ذلك يعني صدور قرار إداري إيجابي يجيز عرضه، فلا يبقى أي سند قانوني لوقفه.
وقضت المحكمة أيضًا بعدم قبول إحدى الدعاوى لانتفاء القرار الإداري، بعدما قدمت وزارة الثقافة والمجلس الأعلى للثقافة مستندات رسمية تثبت صحة الترخيص.
ويعني الحكم إسقاط كل المحاولات الرامية إلى وقف عرض الفيلم، بما يسمح بطرحه قريباً في دور العرض المصرية.
وعلّق مؤلف الفيلم، الكاتب والسيناريست إبراهيم عيسى، على الحكم عبر حسابه على منصة "إكس" قائلًا: "قضاء مصر العظيم يحكم حكماً ساطعاً ناصعاً بعرض فيلم (الملحد) ويرفض كل دعاوى منع عرض الفيلم".
""", [
    ev("court-ruling", "رفضت محكمة القضاء الإداري بمجلس الدولة المصري الأحد الدعاوى القضائية", RULING, "'الأحد' from Tue 25 Nov 2025 = Sun 23 Nov 2025"),
    ev("censorship-licence", "نال ترخيصًا رسميًا برقم 121 لعام 2023", LICENCE[0], "'لعام 2023': the licence no. 121 of 2023; no day given (span = the year 2023)", end=LICENCE[1]),
    ev("inadmissible-suit", "وقضت المحكمة أيضًا بعدم قبول إحدى الدعاوى لانتفاء القرار الإداري", RULING, "no own expression; part of the ruling of Sun 23 Nov 2025 ('الأحد' in the same report)"),
    ev("ministry-documents", "قدمت وزارة الثقافة والمجلس الأعلى للثقافة مستندات رسمية تثبت صحة الترخيص", DOCS[0], "no own expression; filed while the suits were heard, after the pleadings reopened on 8 Jul 2025 and before the ruling of 23 Nov (my span 8 Jul - 22 Nov 2025)", end=DOCS[1]),
    ev("cinema-release", "بما يسمح بطرحه قريباً في دور العرض المصرية", "2025-12-31", "'قريباً' from Tue 25 Nov 2025; the film opened in Egyptian cinemas on Wed 31 Dec 2025 (okaz 8 Dec, shorouknews 23 Dec 2025)"),
    ev("issa-post", "وعلّق مؤلف الفيلم، الكاتب والسيناريست إبراهيم عيسى، على الحكم", RULING, "no own expression; his post on X on the day of the ruling, Sun 23 Nov 2025 (alsumaria: 'الأحد')"),
])
art(S, "https://www.alsumaria.tv/news/miscellaneous/548381/%D8%A8%D9%82%D8%B1%D8%A7%D8%B1-%D9%82%D8%B6%D8%A7%D8%A6%D9%8A-%D9%85%D8%B5%D8%B1%D9%8A-%D8%A7%D9%84%D9%85%D9%84%D8%AD%D8%AF-%D9%8A%D8%B9%D8%B1%D8%B6-%D9%81%D9%8A-%D8%AF%D9%88%D8%B1-%D8%A7%D9%84%D8%B3%D9%8A%D9%86%D9%85%D8%A7-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D8%A9",
    "2025-11-28", "stamp 'date 2025-11-28' at the head of the stored page (a Friday), not kept in the text; the body's bare 'الأحد' fits the ruling of Sun 23 Nov; the stored text lost the names behind its links (court, director, author, lawyer): 'المحكمة' and 'عمل لإبراهيم عيسى' supplied from the same text, the director left out; the last, truncated sentence dropped; headline rendered from the URL slug; no date of its own in the text", False, """
بقرار قضائي مصري.. «الملحد» يعرض في دور السينما المصرية
بعد أشهر من المنع، قررت المحكمة في مصر رفض الدعوى التي طالبت بمنع عرض فيلم "الملحد" المقتبس عن عمل لإبراهيم عيسى. وأوضحت المحكمة أن الفيلم يحمل ترخيصًا من جهاز الرقابة على المصنفات الفنية صادرًا عام 2023.
وكان عرض الفيلم مقررًا نهاية عام 2024، غير أن قرارًا بتأجيله صدر قبل عرضه بساعات بسبب دعوى قضائية أقامها محامٍ يطالب بمنعه، بحجة أنه عمل فني يسيء إلى الإسلام.
وتعرض الفيلم لاحقاً لعدة دعاوى قضائية تطالب بمنع عرضه، ولدعوات إلى مقاطعته على منصات التواصل الاجتماعي في مصر.
وأعلن الكاتب والإعلامي المصري إبراهيم عيسى، في تدوينة على حسابه الرسمي بمنصة "إكس"، الأحد، أن القضاء المصري "رفض كل دعاوى منع عرض" فيلمه "الملحد".
وكتب عيسى: "قضاء مصر يحكم حكمًا ساطعًا ناصعًا بعرض فيلم (الملحد) ويرفض كل دعاوى منع عرض الفيلم، الكلمة الآن في يد أجهزة .. قضاء مصر أعلن قضاءه لا تجعلوا الفيلم ينتظر قدره".
وكان عيسى قد طرح مؤخرًا قضية منع الفيلم في تدوينة نشرها على منصة "إكس" في أكتوبر/ تشرين الأوّل الماضي، عاتب فيها السينمائيين المصريين، ووصف فيلمه آنذاك بأنه "الفيلم المصري الوحيد الممنوع من العرض في النصف قرن الأخير".
""", [
    ev("court-ruling", "قررت المحكمة في مصر رفض الدعوى التي طالبت بمنع عرض فيلم", RULING, "no own expression; the ruling of Sun 23 Nov 2025 (masrawy 'اليوم الأحد'; Issa's post of 'الأحد' in the same text)"),
    ev("censorship-licence", "يحمل ترخيصًا من جهاز الرقابة على المصنفات الفنية صادرًا عام 2023", LICENCE[0], "'عام 2023': the licence no. 121 of 2023; no day given (span = the year 2023)", end=LICENCE[1]),
    ev("release-postponed", "قرارًا بتأجيله صدر قبل عرضه بساعات", POSTPONED[0], "'قبل عرضه بساعات'; the text's 'نهاية عام 2024' is wrong: the release was set for Wed 14 Aug 2024 and called off a day or two before (egyptwindow 'يوم غد الأربعاء 14 أغسطس', hafryat 'قبل 72 ساعة', ehna 'قبل موعد العرض المقرر بيومين'); my span 11-13 Aug 2024", end=POSTPONED[1]),
    ev("issa-post", "وأعلن الكاتب والإعلامي المصري إبراهيم عيسى، في تدوينة", RULING, "'الأحد' (in the same sentence) from Fri 28 Nov 2025 = Sun 23 Nov 2025, the day of the ruling"),
    ev("issa-october-post", "تدوينة نشرها على منصة \"إكس\" في أكتوبر/ تشرين الأوّل الماضي", ISSA_OCT[0], "'في أكتوبر/ تشرين الأوّل الماضي' from Nov 2025 = October 2025; no day given", end=ISSA_OCT[1]),
])

# ---------------------------------------------------------------- iraq-baghdad-theatre-festival-sixth-2025
S = "iraq-baghdad-theatre-festival-sixth-2025"
OPENING = "2025-10-10"                     # the sixth Baghdad International Theatre Festival opened on Fri 10 Oct 2025
SHOWS = ("2025-10-10", "2025-10-16")       # the 15 competing shows, 10-15 Oct 2025
CLOSING = "2025-10-16"                     # the closing ceremony and the awards, Thu 16 Oct 2025
art(S, "https://www.aljazeera.net/culture/2025/10/12/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D8%AF%D9%88%D8%B1%D8%A9-%D8%A7%D9%84%D8%B3%D8%A7%D8%AF%D8%B3%D8%A9-%D9%84%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF",
    "2025-10-12", "date in the URL '/2025/10/12/' (a Sunday; the stored page's stamp 'date 2025-10-12' agrees); the body's 'أول أمس الجمعة' = Fri 10 Oct, the opening day (okaz: 'بدءاً من 10 أكتوبر'); headline rendered from the URL slug; the last, truncated quote dropped; no date of its own in the text", False, """
انطلاق الدورة السادسة لمهرجان بغداد الدولي للمسرح
افتتحت دائرة السينما والمسرح ونقابة الفنانين العراقيين أول أمس الجمعة الدورة السادسة من مهرجان بغداد الدولي للمسرح، وقد أُهديت إلى الممثل العراقي ميمون الخالدي.
ويعرض المهرجان 15 عملًا عربيًا وأجنبيًا، منها 4 عروض عراقية، تتوزع على مسرح المنصور ومسرح الرشيد والمسرح الوطني.
ويرأس لجنة التحكيم المخرج والمؤلف العراقي جواد الأسدي، وتضم في عضويتها الممثلة والأكاديمية العراقية عواطف نعيم، والممثل الإماراتي حبيب غلوم، والمخرج الأردني علي عليان، والممثل التونسي خالد بوزيد، والمخرج المصري ناصر عبد المنعم، والكاتبة التركية بيلجي أمين.
وشمل حفل الافتتاح عرضًا فنيًا حمل عنوان "بغداد والشعراء والصور"، صممه وأخرجه فؤاد ذنون وأدته الفرقة الوطنية للفنون الشعبية بمشاركة الدار العراقية للأزياء.
وقال المستشار الثقافي لرئيس مجلس الوزراء عارف الساعدي: "تتوالى الأعراس الثقافية في بغداد وكافة المحافظات، فمن معارض الكتب إلى مهرجانات السينما والشعر والأدب والفنون والدراسات الأكاديمية، إلى المسرح الذي يجمعنا هذا المساء".
وأضاف أن "المسرح في هذه البلاد عنصر رئيسي من عناصر ثقافتها، وفن ليس دخيلا، إنما هو جزء من ثقافة هذا المجتمع ونسيجه".
""", [
    ev("festival-opening", "افتتحت دائرة السينما والمسرح ونقابة الفنانين العراقيين أول أمس الجمعة الدورة السادسة", OPENING, "'أول أمس الجمعة' from Sun 12 Oct 2025 = Fri 10 Oct 2025"),
    ev("competition-shows", "ويعرض المهرجان 15 عملًا عربيًا وأجنبيًا", SHOWS[0], "no own expression; the 15 shows were staged from 10 to 15 Oct 2025 (the closing report: 'من 10 إلى 15 أكتوبر الجاري')", end=SHOWS[1]),
    ev("opening-show", "وشمل حفل الافتتاح عرضًا فنيًا حمل عنوان \"بغداد والشعراء والصور\"", OPENING, "no own expression; part of the opening ceremony of Fri 10 Oct 2025"),
    ev("saadi-speech", "وقال المستشار الثقافي لرئيس مجلس الوزراء عارف الساعدي", OPENING, "no own expression; his speech at the opening ('هذا المساء' in the quote) of Fri 10 Oct 2025"),
])
art(S, "https://www.masress.com/akhbarelyomgate/74708346",
    "2025-10-16", "the body's 'مساء اليوم الخميس السادس عشر من أكتوبر' states the day (16 Oct 2025 was a Thursday; the year from the sixth edition, which opened on 10 Oct 2025); the stored text has no headline (one written from the body) and ends in a truncated list of awards, cut after the first award", True, """
ختام الدورة السادسة لمهرجان بغداد الدولي للمسرح وإعلان الجوائز
أعلنت لجنة تحكيم الدورة السادسة لمهرجان بغداد الدولي للمسرح توصياتها وملاحظاتها بعد مشاهدة العروض المشاركة، وعددها خمسة عشر عرضًا عربيًا وأجنبيًا قُدمت خلال الفترة من 10 إلى 15 أكتوبر الجاري.
وأقيم حفل ختام المهرجان مساء اليوم الخميس السادس عشر من أكتوبر على خشبة المسرح الوطني، برعاية رئيس مجلس الوزراء المهندس محمد شياع السوداني، وإشراف وزير الثقافة والسياحة والآثار الدكتور أحمد فكاك البدراني، وبرئاسة نقيب الفنانين العراقيين ومدير عام دائرة السينما والمسرح الدكتور جبار جودي.
وكشفت لجنة التحكيم عن جوائز الدورة السادسة خلال حفل الختام في المسرح الوطني، وكانت اللجنة قد تألفت من الدكتور جواد الأسدي من العراق رئيسًا، وعضوية الفنان ناصر عبد المنعم من مصر، والفنان علي عليان من الأردن مقررًا، والدكتورة عواطف نعيم من العراق، والفنان خالد بوزيد من تونس، والمخرجة بلقي أمين من تركيا، والفنان حبيب غلوم من دولة الإمارات العربية المتحدة.
وذهبت جائزة أفضل مؤلف إلى علاء قحطان من العراق عن مسرحية "طلاق مقدس".
""", [
    ev("jury-recommendations", "أعلنت لجنة تحكيم الدورة السادسة لمهرجان بغداد الدولي للمسرح توصياتها", CLOSING, "no own expression; the recommendations were read at the closing of Thu 16 Oct 2025 (alaraby: the jury head announced them at the closing)"),
    ev("competition-shows", "قُدمت خلال الفترة من 10 إلى 15 أكتوبر الجاري", SHOWS[0], "'من 10 إلى 15 أكتوبر الجاري' (October 2025): 10-15 Oct 2025", end=SHOWS[1]),
    ev("closing-ceremony", "وأقيم حفل ختام المهرجان مساء اليوم الخميس السادس عشر من أكتوبر", CLOSING, "'مساء اليوم الخميس السادس عشر من أكتوبر' = Thu 16 Oct 2025 (the publication day)"),
    ev("awards-announced", "وكشفت لجنة التحكيم عن جوائز الدورة السادسة خلال حفل الختام", CLOSING, "no own expression; at the closing ceremony of Thu 16 Oct 2025 (same text)"),
    ev("best-author-award", "وذهبت جائزة أفضل مؤلف إلى علاء قحطان", CLOSING, "no own expression; one of the awards given at the closing of Thu 16 Oct 2025"),
])
art(S, "https://www.alaraby.co.uk/culture/%D8%B1%D9%82%D8%B5%D8%A9-%D8%A7%D9%84%D9%86%D8%B3%D9%8A%D8%AC-%D8%A7%D9%84%D9%87%D9%86%D8%AF%D9%8A%D8%A9-%D8%AA%D9%81%D9%88%D8%B2-%D8%A8%D8%AC%D8%A7%D8%A6%D8%B2%D8%A9-%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%85%D8%B3%D8%B1%D8%AD",
    "2025-10-18", "stamp 'date 2025-10-18' at the head of the stored page (a Saturday), not kept in the text; the body's 'أول أمس الخميس' = Thu 16 Oct, the closing day (masress: 'مساء اليوم الخميس السادس عشر من أكتوبر'); the page's summary box supplied the last awards after the body's truncated sentence; headline rendered from the URL slug; no date of its own in the text", False, """
«رقصة النسيج» الهندية تتصدر جوائز مهرجان بغداد الدولي للمسرح
تصدرت مسرحية "رقصة النسيج" الهندية قائمة الفائزين في الدورة السادسة لمهرجان بغداد الدولي للمسرح، التي أُسدل الستار عليها أول أمس الخميس، إذ نالت جائزة أفضل عرض مسرحي. ويحاكي العمل، الذي أخرجته ريما كالينغال، حياة العمال الهنود في معمل للنسيج، بدءًا من القطن ومرورًا بالتلوين وصولًا إلى النسج حتى يغدو قماشًا بديعًا.
وأعلن رئيس لجنة التحكيم، المخرج المسرحي جواد الأسدي، استحداث جائزة للموسيقى والمؤثرات السمعية، واختيار عروض مسرحية تعكس الواقع الراهن، بناءً على توصيات اللجنة.
وفازت مسرحية "جسيمات الفوضى" الإيرانية، من إخراج إبراهيم بوشتكوهي، بجائزة أفضل أداء جماعي، فيما ذهبت جائزة لجنة التحكيم الخاصة إلى مسرحية "حديقة الهيسبيريديس" من إسبانيا.
ونال الممثل التونسي حمودة بن حسين جائزة أفضل ممثل، والإيرانية جادا عبدي جائزة أفضل ممثلة، بينما حصد العراقي مهند هادي جائزة أفضل إخراج.
""", [
    ev("awards-announced", "تصدرت مسرحية \"رقصة النسيج\" الهندية قائمة الفائزين", CLOSING, "no own expression; the awards of the closing ceremony of Thu 16 Oct 2025 ('أول أمس الخميس' in the same sentence)"),
    ev("closing-ceremony", "أُسدل الستار عليها أول أمس الخميس", CLOSING, "'أول أمس الخميس' from Sat 18 Oct 2025 = Thu 16 Oct 2025"),
    ev("jury-recommendations", "وأعلن رئيس لجنة التحكيم، المخرج المسرحي جواد الأسدي، استحداث جائزة", CLOSING, "no own expression; announced at the closing of Thu 16 Oct 2025 ('بناءً على توصيات اللجنة')"),
    ev("best-actor-award", "ونال الممثل التونسي حمودة بن حسين جائزة أفضل ممثل", CLOSING, "no own expression; one of the awards given at the closing of Thu 16 Oct 2025"),
])

# ---------------------------------------------------------------- tunisia-carthage-theatre-days-26-opening-2025
S = "tunisia-carthage-theatre-days-26-opening-2025"
ARRIVAL = "2025-11-20"                     # Yahya El-Fakharany landed in Tunis on Thu 20 Nov 2025
OPENING = "2025-11-22"                     # the 26th Carthage Theatre Days opened with "King Lear" on Sat 22 Nov 2025
CAIRO_RUN = ("2025-07-01", "2025-11-01")   # the run of "King Lear" at the Cairo National Theatre (my span)
art(S, "https://ar.webmanagercenter.com/2025/11/20/411876/%D9%8A%D8%AD%D9%8A-%D8%A7%D9%84%D9%81%D8%AE%D8%B1%D8%A7%D9%86%D9%8A-%D9%81%D9%8A-%D8%AA%D9%88%D9%86%D8%B3/",
    "2025-11-20", "date in the URL '/2025/11/20/' and the body's 'صباح اليوم الخميس 20 نوفمبر 2025' (kept; 20 Nov 2025 was a Thursday); headline rendered from the URL slug", True, """
يحيى الفخراني في تونس
حلّ الفنان القدير يحيى الفخراني بتونس صباح اليوم الخميس 20 نوفمبر 2025، للمشاركة في فعاليات الدورة 26 من أيام قرطاج المسرحية.
واستقبله سفير جمهورية مصر العربية بتونس باسم حسن، ورئيس لجنة التنظيم والمدير الفني للدورة منير العرڨي، وعدد من أعضاء الهيئة المديرة، بحسب بلاغ صادر عن وزارة الشؤون الثقافية.
وتُفتتح الدورة 26 يوم 22 نوفمبر 2025 على الساعة الثامنة والنصف مساء (20:30) بمسرحية "الملك لير" لشادي سرور، على خشبة مسرح الأوبرا في مدينة الثقافة الشاذلي القليبي.
والمسرحية من إخراج شادي سرور عن نص لوليام شكسبير، وهي من إنتاج المسرح القومي المصري.
""", [
    ev("fakhrani-arrival", "حلّ الفنان القدير يحيى الفخراني بتونس صباح اليوم الخميس 20 نوفمبر 2025", ARRIVAL, "'صباح اليوم الخميس 20 نوفمبر 2025' (a Thursday; the publication day)"),
    ev("fakhrani-welcome", "واستقبله سفير جمهورية مصر العربية بتونس باسم حسن", ARRIVAL, "no own expression; he was met on his arrival on Thu 20 Nov 2025 (same text)"),
    ev("opening-night", "وتُفتتح الدورة 26 يوم 22 نوفمبر 2025 على الساعة الثامنة والنصف مساء", OPENING, "'يوم 22 نوفمبر 2025 على الساعة الثامنة والنصف مساء (20:30)' = Sat 22 Nov 2025, 20:30"),
])
art(S, "https://dotalkhalij.com/art/29974486/%D8%A7%D9%84%D9%85%D9%84%D9%83-%D9%84%D9%8A%D8%B1-%D9%81%D9%8A-%D8%A5%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%A7%D9%8A%D8%A7%D9%85-%D9%82%D8%B1%D8%B7%D8%A7%D8%AC-%D8%A7%D9%84%D9%85%D8%B3%D8%B1%D8%AD%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%AF%D9%88%D8%B1%D8%A9-%D9%A2%D9%A6.html",
    "2025-11-22", "the body's 'اليوم السبت الموافق ٢٢ نوفمبر' states the day (22 Nov 2025 was a Saturday; the year from the 26th edition; the stored page's stamp 'date 2025-11-22' agrees); the dateline 'القاهرة - محمد ابراهيم -' kept; the cast list cut where the stored text breaks off; headline rendered from the URL slug", True, """
«الملك لير» في افتتاح مهرجان أيام قرطاج المسرحية في الدورة ٢٦
القاهرة - محمد ابراهيم - برعاية وزير الثقافة الدكتور أحمد فؤاد هنو، وبإشراف رئيس قطاع المسرح المخرج هشام عطوة، يشارك العرض المسرحي "الملك لير" في افتتاح الدورة ٢٦ لمهرجان أيام قرطاج المسرحية، إذ يفتتح العرض المهرجان اليوم السبت الموافق ٢٢ نوفمبر على مسرح الأوبرا بتونس، وهو من إخراج شادي سرور وإنتاج فرقة المسرح القومي بالبيت الفني للمسرح.
وأبدى هشام عطوة سعادته البالغة واعتزازه بمشاركة "الملك لير" في افتتاح المهرجان التونسي، لافتًا إلى أهمية هذا الحدث الفني العربي.
وبيّن أن العرض، المأخوذ عن رائعة الكاتب الإنجليزي وليم شكسبير، لقي نجاحًا جماهيريًا ونقديًا كبيرًا خلال أيام عرضه، فقد أقبل عليه الجمهور بكثافة وحظي بإشادات كثيرة من النقاد بفضل أداء فريق العمل ورؤيته الإخراجية الجديدة.
وأضاف أن هذا النجاح رسّخ مكانة العرض بوصفه من أبرز الأعمال المسرحية المقدمة هذا الموسم، وهو ما أهّله لافتتاح مهرجان قرطاج المسرحية.
ويؤدي بطولة "الملك لير" النجم الكبير يحيى الفخراني، ومعه طارق دسوقي وحسن يوسف وأحمد عثمان وتامر الكاشف.
""", [
    ev("opening-night", "يفتتح العرض المهرجان اليوم السبت الموافق ٢٢ نوفمبر على مسرح الأوبرا", OPENING, "'اليوم السبت الموافق ٢٢ نوفمبر' = Sat 22 Nov 2025 (the publication day)"),
    ev("atwa-statement", "وأبدى هشام عطوة سعادته البالغة واعتزازه بمشاركة", "2025-11-21", "no own expression; his statement, published on Sat 22 Nov 2025 (my span 21-22 Nov)", end="2025-11-23"),
    ev("cairo-run", "لقي نجاحًا جماهيريًا ونقديًا كبيرًا خلال أيام عرضه", CAIRO_RUN[0], "'خلال أيام عرضه': the run of the play at the Cairo National Theatre, back on stage in July 2025 (nan.media: 'منذ عودته إلى خشبة المسرح القومي في يوليو'); my span Jul-Oct 2025", end=CAIRO_RUN[1]),
])
art(S, "http://www.albayene.tn/?p=44003",
    "2025-11-23", "the body's 'مساء أمس السبت 22 نوفمبر 2025' gives the day before in full (22 Nov 2025 was a Saturday), so the text fixes its own day, Sun 23 Nov 2025; the photo credit 'كاميرا البيان: رياض الغربي' and the list layout dropped; the last, truncated sentence dropped; headline written from the body (the stored text has none)", True, """
افتتاح الدورة 26 لأيام قرطاج المسرحية
افتُتحت مساء أمس السبت 22 نوفمبر 2025 الدورة 26 لأيام قرطاج المسرحية بمسرح الأوبرا في مدينة الثقافة-الشاذلي القليبي، تحت إشراف وزيرة الشؤون الثقافية أمينة الصرارفي، وبحضور عدد من السفراء وأعضاء البعثات الديبلوماسية والهيئة المديرة التي يتقدمها المدير الفني للدورة محمد منير العرقي، وقد قدّم الحفل الصحفي الواثق بالله شاكير أمام جمع من الفنانين والمسرحيين وضيوف الدورة.
وكرّمت الدورة مجموعة من المسرحيين، هم لطيفة أحرار من المغرب، وعماد محسن علي الشنفري من سلطنة عمان، وعبد الرحمان كاماتي من الكوت دي فوار، وليلى الرزقي وفتحي العكاري وعلي الخميري ولزهاري السبيعي وسليم الصنهاجي وهادي بومعيزة من تونس.
أما عرض الافتتاح فجاء هذه المرة في عرضين متوازيين من جمهورية مصر العربية لمسرحية "الملك لير"، من إخراج شادي سرور عن نص لوليم شكسبير، وإنتاج المسرح القومي المصري.
ويقدم العمل بطل الدراما العربية يحيى الفخراني مع نخبة من أبرز الممثلين المصريين.
وهو عمل جماعي تنسجم فيه الكلمة مع الصورة والصوت، ومع كل لحظة منه ينفتح الباب على ندم جميل وحقيقة لا تُدرك إلا بعد فوات الأوان، من جراء تقاطع السلطة مع الحب.
""", [
    ev("opening-night", "افتُتحت مساء أمس السبت 22 نوفمبر 2025 الدورة 26 لأيام قرطاج المسرحية", OPENING, "'مساء أمس السبت 22 نوفمبر 2025' = Sat 22 Nov 2025"),
    ev("opening-honours", "وكرّمت الدورة مجموعة من المسرحيين", OPENING, "no own expression; the honours were given at the opening of Sat 22 Nov 2025 (same text)"),
    ev("king-lear-double-show", "أما عرض الافتتاح فجاء هذه المرة في عرضين متوازيين", OPENING, "no own expression; the two opening performances of 'King Lear', Sat 22 Nov 2025"),
])
art(S, "https://m-mnews.net/2025/11/23/%D8%B4%D9%87%D8%AF%D8%AA-%D8%AA%D9%83%D8%B1%D9%8A%D9%85-%D9%86%D8%AC%D9%88%D9%85-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D9%88%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D9%85%D8%B9%D8%B1%D9%88%D9%81%D8%A9",
    "2025-11-23", "date in the URL '/2025/11/23/' (a Sunday); the body's 'مساء السبت 23 نوفمبر 2025' is the evening of the opening, not the publication day, and its day-of-month is wrong (Saturday was 22 Nov 2025); the outlet's name line 'ام ام نيوز' and a sub-heading dropped; the last, truncated clause dropped; headline kept from the page, re-worded; no date of its own in the text", False, """
كواليس افتتاح أيام قرطاج المسرحية وتكريم نجوم عرب وتونسيين معروفين
افتُتحت الدورة السادسة والعشرون لأيام قرطاج المسرحية مساء السبت 23 نوفمبر 2025 في قاعة الأوبرا بمدينة الثقافة الشاذلي القليبي في تونس، أمام جمهور غفير بلغ حدّ إعلان المهرجان أن الافتتاح "كامل العدد"، وذلك خلال عرض مسرحية "الملك لير" للنجم المصري الكبير يحيى الفخراني.
وما إن ظهر الفخراني على الخشبة حتى استقبله الجمهور استقبالًا استثنائيًا، واستمر التصفيق لعدّة دقائق، في مشهد يعكس مكانته الخاصة لدى المتلقي العربي وولع الجمهور التونسي بالفنون الركحية.
وقُدّمت المسرحية، وهي من أشهر تراجيديات الأديب الإنجليزي وليام شكسبير، في صياغة عربية معاصرة تجمع بين جمال النص الكلاسيكي ورؤية إخراجية حديثة للمخرج شادي سرور، وبأداء متقن لعدد من أبرز الممثلين المصريين.
وانغمس الجمهور في عالم "الملك لير" بفضل ديكور متقن وإضاءة مبهرة وأزياء تعيد المتفرج إلى أجواء القرون الوسطى، فكان العرض رحلة فنية متكاملة أحيت واحدة من أعظم المسرحيات في تاريخ الدراما العالمية.
وتعد هذه أول مشاركة دولية للمسرحية خارج مصر.
""", [
    ev("opening-honours", "وتكريم نجوم عرب وتونسيين معروفين", OPENING, "no own expression (headline); the honours given at the opening of Sat 22 Nov 2025 (albayene)"),
    ev("opening-night", "افتُتحت الدورة السادسة والعشرون لأيام قرطاج المسرحية مساء السبت 23 نوفمبر 2025", OPENING, "'مساء السبت 23 نوفمبر 2025' is self-contradictory: 23 Nov 2025 was a Sunday; the festival opened on the evening of Sat 22 Nov 2025 (webmanagercenter, dotalkhalij, albayene), so the weekday is kept and the day-of-month is the text's slip"),
    ev("full-house", "إعلان المهرجان أن الافتتاح \"كامل العدد\"", OPENING, "no own expression; the 'full house' of the opening night, Sat 22 Nov 2025"),
    ev("fakhrani-ovation", "استقبله الجمهور استقبالًا استثنائيًا، واستمر التصفيق لعدّة دقائق", OPENING, "no own expression; his entrance on the opening night, Sat 22 Nov 2025"),
])

# ---------------------------------------------------------------- lebanon-the-post-spielberg-ban-reversed-2018
S = "lebanon-the-post-spielberg-ban-reversed-2018"
BAN = "2018-01-15"                         # the censors' ban of "The Post" made known on Mon 15 Jan 2018
ALLOWED = "2018-01-17"                     # interior minister Nouhad Machnouk let the film be shown, Wed 17 Jan 2018
RELEASE = "2018-01-18"                     # the film's opening in Lebanese cinemas, Thu 18 Jan 2018
DONATION = ("2006-07-12", "2006-08-15")    # Spielberg's donation during the July 2006 war
art(S, "https://sarabic.ae/20180115/%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D8%AA%D8%AD%D8%B8%D8%B1-%D9%81%D9%8A%D9%84%D9%85%D9%8A%D9%86--%D8%B3%D8%A8%D9%8A%D9%84%D8%A8%D8%B1%D8%BA-%D9%87%D8%A7%D8%B1%D9%8A-%D8%A8%D9%88%D8%AA%D8%B1-1029195219.html",
    "2018-01-15", "date in the URL '/20180115/' (a Monday); the stored text starts in mid-article (its first lines are missing) and has no date expression for the ban; headline rendered from the URL slug", False, """
لبنان يحظر فيلمين أحدهما لسبيلبرغ والآخر لبطل "هاري بوتر"
يتناول الفيلم ما جرى خلف الكواليس عندما نشرت صحيفة "واشنطن بوست" عام 1971 وثائق تفضح أكاذيب البنتاغون بشأن تورط الولايات المتحدة في حرب فيتنام.
وأعلن المسؤول الأمني اللبناني، الذي طلب عدم ذكر اسمه، لوكالة الصحافة الفرنسية حظر فيلم "ذا بوست" في البلاد.
وأضاف أن "مخرج الفيلم سبيلبرغ مدرج على القائمة السوداء لمكتب المقاطعة في الجامعة العربية، التي يلتزم بها لبنان".
وقد أُدرج سبيلبرغ على هذه القائمة لأنه تبرع بمليون دولار أمريكي لصالح إسرائيل خلال حربها على لبنان عام 2006.
أما الفيلم الثاني الذي سيُحظر فهو "ذا جنغيل" (الغابة) من بطولة دانيل رادكليف، نجم سلسلة أفلام "هاري بوتر".
ويروي الفيلم كيف نجا المغامر الإسرائيلي يوس غينسبيرغ بعد أن تاه في منطقة مجهولة من غابات الأمازون البوليفية عام 1981.
وأوضح المسؤول ذاته أن الفيلم سُحب من دور العرض اللبنانية بعد أن تلقت الأجهزة الأمنية شكاوى كثيرة بشأن موضوعه.
ولم يكشف المسؤول عن مصدر الشكاوى، لكن يبدو أن الحظر جاء استجابة لمطالب أنصار حملة مقاطعة إسرائيل.
""", [
    ev("post-ban", "حظر فيلم \"ذا بوست\" في البلاد", BAN, "no own expression; the ban made known by the security official on Mon 15 Jan 2018 (the URL's day; youm7: the spokesman spoke 'أمس الاثنين')"),
    ev("spielberg-donation", "تبرع بمليون دولار أمريكي لصالح إسرائيل خلال حربها على لبنان عام 2006", DONATION[0], "'عام 2006': during the war of 12 Jul - 14 Aug 2006", end=DONATION[1]),
    ev("jungle-withdrawn", "سُحب من دور العرض اللبنانية بعد أن تلقت الأجهزة الأمنية شكاوى", "2018-01-04", "no own expression; 'The Jungle' was pulled from Lebanese cinemas after a few days in early January 2018 (Reuters, 17 Jan: 'حظر لبنان هذا العام بالفعل فيلما آخر ... وسحبه من دور العرض بعد عدة أيام'); my span 4-15 Jan 2018", end="2018-01-16"),
])
art(S, "https://youm7.com/story/2018/1/16/واشنطن-بوست-لبنان-تمنع-عرض-فيلم-The-post-لعلاقة-مخرجه/3603612",
    "2018-01-16", "date in the URL '/2018/1/16/' (a Tuesday); the body's 'أمس الاثنين' (Mon 15 Jan) agrees; headline rendered from the URL slug; no date of its own in the text", False, """
واشنطن بوست: لبنان تمنع عرض فيلم The post لعلاقة مخرجه بإسرائيل
حظرت السلطات اللبنانية عرض فيلم The post بسبب صلة مخرجه ستيفين سبيلبيرج بإسرائيل، في ما وصفته صحيفة "واشنطن بوست" الأمريكية بمناخ تتزايد فيه الرقابة في لبنان الذي كان من أكثر بلدان العالم العربي حرية.
وذكرت الصحيفة أن لجنة الرقابة في المديرية العامة للأمن العام قررت منع الفيلم، الذي كان مقررًا أن يُعرض في لبنان بدء من الثامن عشر من يناير الجارى، التزامًا بقرار الجامعة العربية بمقاطعة إسرائيل، وفق ما صرح به المتحدث باسم المديرية نبيل حنون أمس الاثنين.
وكان سبيلبيرج، وهو يهودي الديانة، قد وُضع على القائمة السوداء للأفراد المحظورين لدى جامعة الدول العربية بعد أن تبرعت مؤسسته بمليون دولار لجهود الإغاثة في إسرائيل إثر حربها مع حزب الله اللبناني عام 2006.
وسبق أن عُرضت أفلام سبيلبيرج اللاحقة في لبنان من دون مشكلات، وإن كان اسمه قد أُزيل من الملصقات الدعائية لفيلم "مغامرات تنتن".
ويؤدي بطولة The post ميريل ستريب وتوم هانكس، ويحكي قصة كاثرين جراهام التي صارت فيما بعد ناشرة "واشنطن بوست"، وقرارها مواجهة مساعي الحكومة الأمريكية لقمع التقارير المتعلقة بوثائق البنتاجون.
وأشار المسؤولون اللبنانيون إلى أن صلات سبيلبيرج بإسرائيل هي السبب الرئيسي لمنع الفيلم.
وقال نبيل حنون إن القرار النهائي في تطبيق الحظر يعود إلى وزارة الداخلية.
""", [
    ev("post-ban", "حظرت السلطات اللبنانية عرض فيلم The post بسبب صلة مخرجه", BAN, "no own expression; the ban the spokesman confirmed 'أمس الاثنين' = Mon 15 Jan 2018"),
    ev("cinema-release", "يُعرض في لبنان بدء من الثامن عشر من يناير الجارى", RELEASE, "'بدء من الثامن عشر من يناير الجارى' = Thu 18 Jan 2018; the film did open that day, after the minister's permission"),
    ev("hanoun-statement", "صرح به المتحدث باسم المديرية نبيل حنون أمس الاثنين", BAN, "'أمس الاثنين' from Tue 16 Jan 2018 = Mon 15 Jan 2018"),
    ev("spielberg-donation", "تبرعت مؤسسته بمليون دولار لجهود الإغاثة في إسرائيل", DONATION[0], "'عام 2006' (same sentence): during the war of 12 Jul - 14 Aug 2006", end=DONATION[1]),
])
art(S, "https://mahkama.net/%d8%a7%d9%84%d8%a3%d9%85%d9%86-%d8%a7%d9%84%d8%b9%d8%a7%d9%85-%d9%8a%d9%85%d9%86%d8%b9-%d8%b9%d8%b1%d8%b6-%d9%81%d9%8a%d9%84%d9%85-the-post-%d9%88%d8%a7%d9%84%d9%85%d8%b4%d9%86%d9%88%d9%82-%d9%8a",
    "2018-01-17", "the closing signature '«محكمة» – الأربعاء في 2018/01/17' (kept as the last line; 17 Jan 2018 was a Wednesday) states the day; headline kept from the page, re-worded", True, """
الأمن العام يمنع «The Post» والمشنوق يجيز عرضه
أجاز وزير الداخلية والبلديات نهاد المشنوق عرض فيلم "The Post"، بعد أن كانت "لجنة مراقبة أشرطة الأفلام المعدّة للعرض" قد أوصت بمنعه بسبب دعم مخرجه الأميركي ستيفن سبيلبرغ لإسرائيل، إضافة إلى ورود الفيلم على القائمة السوداء للجنة المقاطعة العربية لإسرائيل التابعة لجامعة الدول العربية.
وبرّر المشنوق قراره، الذي أرسله إلى المديرية العامة للأمن العام، بأنه "لا يرى أيّ مانع يحول دون عرض الفيلم، لأنّ مضمون أحداثه تتعلّق حصراً بالحرب في فييتنام خلال الستينات، ولا علاقة لها أبداً بلبنان أو بالنزاع مع العدوّ الإسرائيلي".
«محكمة» – الأربعاء في 2018/01/17
""", [
    ev("minister-allows", "أجاز وزير الداخلية والبلديات نهاد المشنوق عرض فيلم \"The Post\"", ALLOWED, "no own expression in the sentence; the signature 'الأربعاء في 2018/01/17' dates the report, and Reuters/AFP put the decision on Wed 17 Jan 2018"),
    ev("post-ban", "أوصت بمنعه بسبب دعم مخرجه الأميركي ستيفن سبيلبرغ لإسرائيل", BAN, "no own expression; the committee's recommendation, made known on Mon 15 Jan 2018 (sputnik's URL day; youm7 'أمس الاثنين')"),
])
art(S, "https://thenewkhalij.news/article/94266/%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D9%88%D9%86-%D9%8A%D8%B1%D9%81%D8%B6%D9%88%D9%86-%D9%81%D9%8A%D9%84%D9%85-%D8%B0%D8%A7-%D8%A8%D9%88%D8%B3%D8%AA-%D9%84%D8%AF%D8%B9%D9%85-%D9%85%D8%AE%D8%B1%D8%AC%D9%87-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84",
    "2018-01-22", "the page's date line 'الاثنين 22 يناير 2018 08:01 ص' (kept as the second line; 22 Jan 2018 was a Monday); headline kept from the page, re-worded; the last, truncated paragraph dropped", True, """
لبنانيون يرفضون «ذا بوست» بسبب دعم مخرجه لإسرائيل
الاثنين 22 يناير 2018 08:01 ص
يتصدر وسم «#لن_يعرض_في_لبنان» منصات التواصل الاجتماعي منذ أيام، احتجاجًا على قرار وزير الداخلية اللبناني نهاد المشنوق السماح لدور السينما بعرض فيلم «ذا بوست» للمخرج ستيفن سبيلبيرغ، بعدما رفض الوزير قبل أسبوع طلبًا بمنع عرضه بحجة صلات المخرج بإسرائيل.
ويعترض المدونون على عرض الفيلم لأن مخرجه، على حد قولهم، قدّم مبلغًا ماليًا لإسرائيل أثناء حربها مع حزب الله اللبناني عام 2006، وهو ما يعدّونه مشاركة صريحة منه في العدوان على اللبنانيين، بينما يرد مدونون لبنانيون آخرون بأن المنع اعتداء على الحريات تحت شعارات كبيرة ومتنوعة.
ويرى ناشطون أن الحملة ليست سوى «عنتريات» لبنانية تسجل بها الأحزاب مواقف ضد بعضها، وأن الجميع سيشاهدون الفيلم في النهاية في منازلهم، لا سيما أنه عُرض في الصالات وانتهى الأمر.
ودعا فريق آخر إلى استخدام العنف ضد كل من يعرض الفيلم، إذ كتب أحدهم: «يجوز قصف دور السينما التي تعرض فيلم The Post كونها مصدر دخل للعدو الصهيوني داخل الأراضي اللبنانية».
""", [
    ev("hashtag-campaign", "يتصدر وسم «#لن_يعرض_في_لبنان» منصات التواصل الاجتماعي منذ أيام", ALLOWED, "'منذ أيام' up to Mon 22 Jan 2018: the campaign that answered the decision of Wed 17 Jan (my span 17-22 Jan 2018)", end="2018-01-23"),
    ev("minister-allows", "رفض الوزير قبل أسبوع طلبًا بمنع عرضه", ALLOWED, "'قبل أسبوع' from Mon 22 Jan 2018 is loose: the decision was taken on Wed 17 Jan 2018, five days before (mahkama's signature, Reuters)"),
    ev("spielberg-donation", "قدّم مبلغًا ماليًا لإسرائيل أثناء حربها مع حزب الله اللبناني عام 2006", DONATION[0], "'عام 2006': during the war of 12 Jul - 14 Aug 2006", end=DONATION[1]),
    ev("cinema-release", "عُرض في الصالات وانتهى الأمر", RELEASE, "no own expression; the film opened in Lebanese cinemas on Thu 18 Jan 2018 (youm7: 'بدء من الثامن عشر من يناير')"),
])

# ---------------------------------------------------------------- sudan-goodbye-julia-cannes-freedom-prize-2023
S = "sudan-goodbye-julia-cannes-freedom-prize-2023"
PREMIERE = "2023-05-20"                    # the world premiere at Cannes, Sat 20 May 2023
PRIZE = "2023-05-26"                       # the Un Certain Regard awards, Fri 26 May 2023
SECESSION = "2011-07-09"                   # South Sudan's independence, Sat 9 Jul 2011
art(S, "https://www.aljazeera.net/arts/2023/5/21/%D9%88%D8%AF%D8%A7%D8%B9%D8%A7-%D8%AC%D9%88%D9%84%D9%8A%D8%A7-%D8%AA%D8%B5%D9%81%D9%8A%D9%82-%D9%88%D8%A8%D9%83%D8%A7%D8%A1-%D8%A3%D8%AB%D9%86%D8%A7%D8%A1-%D8%B9%D8%B1%D8%B6-%D8%A3%D9%88%D9%84",
    "2023-05-21", "date in the URL '/2023/5/21/' (a Sunday; the stored page's stamp 'date 2023-05' agrees); the body's 'أمس السبت' = Sat 20 May, the premiere (hadaf: 'يُقام العرض الأول للفيلم السبت 20 مايو'); two embedded English tweets dropped; headline rendered from the URL slug; no date of its own in the text", False, """
«وداعا جوليا».. تصفيق وبكاء أثناء عرض أول فيلم سوداني في كان
عرض مهرجان كان السينمائي في نسخته السابعة والستين -أمس السبت- فيلم "وداعا جوليا"، أول فيلم سوداني يُعرض في المهرجان، فقوبل بتصفيق حاد وبكاء من الجمهور.
والفيلم روائي من نوع الدراما الاجتماعية، تجري أحداثه في الخرطوم عاصمة السودان، ويلقي الضوء على الجوانب الثقافية في البلاد، ويتطرق إلى الفوارق بين مجتمعات شمال السودان وجنوبه قبيل انفصال جنوب السودان عنه عام 2011.
ونشر ناشطون وعدد من حضور المهرجان صورًا ومقاطع فيديو توثق ردود فعل لافتة من الجمهور الذي تأثر بعرض أول فيلم سوداني في هذا المهرجان العالمي.
وبيّنت اللقطات أن الجمهور واصل التصفيق أكثر من 7 دقائق بعد انتهاء العرض، في حين انخرط آخرون في البكاء، وسط إشادة عربية وأجنبية بالفيلم.
""", [
    ev("premiere", "عرض مهرجان كان السينمائي في نسخته السابعة والستين -أمس السبت- فيلم", PREMIERE, "'أمس السبت' from Sun 21 May 2023 = Sat 20 May 2023 (the edition was the 76th, not the 67th)"),
    ev("south-secession", "انفصال جنوب السودان عنه عام 2011", SECESSION, "'عام 2011': South Sudan's independence, Sat 9 Jul 2011"),
    ev("premiere-ovation", "واصل التصفيق أكثر من 7 دقائق بعد انتهاء العرض", PREMIERE, "no own expression; the ovation after the premiere of Sat 20 May 2023"),
])
art(S, "https://beirutcom.net/301941",
    "2023-05-27", "the body's 'أمس الجمعة 26 مايو' gives the day before (26 May 2023 was a Friday, the day of the Un Certain Regard awards), so the text fixes its own day, Sat 27 May 2023; the last, truncated sentence dropped; headline kept from the page, re-worded", True, """
«وداعًا جوليا» السوداني يفوز بجائزة الحرية في مهرجان كان
في أول مشاركة سودانية في مهرجان كان السينمائي الدولي، نال فيلم "وداعًا جوليا" للمخرج والمؤلف محمد كردفاني والمنتج أمجد أبو العلاء جائزة الحرية، في حفل ختام المسابقة أمس الجمعة 26 مايو، لتتوج الجائزة النجاح النقدي والجماهيري الذي حققه الفيلم طوال فترة عرضه في أهم مهرجانات العالم.
ولفت الفيلم أنظار جمهور السينما، وحظي بتصفيق طويل في عرضه الأول استمر عشر دقائق، ورُفعت لافتة "كامل العدد" في معظم عروضه، كما أشاد به النقاد بإسهاب في أبرز المواقع العالمية مثل "سكرين دايلي" و"هوليوود ريبورتر".
وقال محمد كردفاني عن نيله جائزته الأولى كمخرج: "سعيد بالاستقبال الذي قدمه جمهور مهرجان كان للفيلم والتفاعل الذي حققه، وداعًا جوليا كان نتاجًا للكثير من العمل الجاد والشغف والالتزام نحو قصة بلد مقسمة ومنغمسة طوال الوقت في الصراعات، هذا الفيلم يهدف في الأساس لتعزيز الحوار والمصالحة بين شمال وجنوب السودان، وربما تكون هذه فرصة لتذكير من نسي بأن السلام وفهم احترام الآخر ضروريان للاحتفاظ بما تبقى من أمة ممزقة".
""", [
    ev("freedom-prize", "جائزة الحرية، في حفل ختام المسابقة أمس الجمعة 26 مايو", PRIZE, "'أمس الجمعة 26 مايو' = Fri 26 May 2023"),
    ev("premiere-ovation", "وحظي بتصفيق طويل في عرضه الأول استمر عشر دقائق", PREMIERE, "no own expression; the ovation after the premiere of Sat 20 May 2023 (aljazeera)"),
    ev("kordofani-statement", "وقال محمد كردفاني عن نيله جائزته الأولى كمخرج", PRIZE, "no own expression; his statement after the award of Fri 26 May 2023, published on Sat 27 (my span 26-27 May)", end="2023-05-28"),
])
art(S, "https://tunigate.net/posts/3-%D8%A3%D9%81%D9%84%D8%A7%D9%85-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D8%AA%D9%88%D9%91%D8%AC-%D8%A8%D8%AC%D9%88%D8%A7%D8%A6%D8%B2-%D9%85%D8%B3%D8%A7%D8%A8%D9%82%D8%A9-%D9%86%D8%B8%D8%B1%D8%A9",
    "2023-05-27", "the body's 'اليوم السبت 27 ماي' states the day (27 May 2023 was a Saturday; the year from the 76th edition); the stored page has no other date; headline rendered from the URL slug", True, """
3 أفلام عربية تتوّج بجوائز مسابقة «نظرة ما» في كان
نال الفيلم السوداني "وداعا جوليا" للمخرج محمد كردفاني جائزة الحرية في مسابقة "نظرة ما" بمهرجان كان السينمائي، الذي يختتم نسخته الـ76 اليوم السبت 27 ماي.
ويؤدي بطولة الفيلم سيران رياك وإيمان يوسف ونزار جمعة، وهو أول مشاركة للسودان في المهرجان، وتجري أحداثه في الخرطوم خلال السنوات القليلة السابقة التي شهدت انفصال الجنوب عن الشمال.
وفاز فيلم "عصابات" للمخرج المغربي كمال لزرق بجائزة لجنة التحكيم، بينما نالت المغربية أسماء المدير جائزة الإخراج عن فيلمها "كذب أبيض" المستوحى من وقائع حقيقية في حياة مخرجته ومؤلفته.
وضمت قائمة المسابقة، المخصصة للأفلام المتميزة ذات القصص غير المألوفة، 20 فيلمًا لمخرجين من فرنسا وأستراليا والصين وكندا والأرجنتين وتشيلي وإنجلترا وكوريا الجنوبية والبرتغال والبرازيل ومنغوليا وإيران والسودان والمغرب.
وعرفت الدورة الحالية من مهرجان كان مشاركات عربية واسعة في مختلف مسابقاته، من تونس والمغرب ومصر والسودان والأردن.
ويُعد مهرجان كان، الذي يعود تأسيسه إلى 1946، من أهم المهرجانات السينمائية في العالم، ويقام كل عام عادة في ماي بمدينة كان جنوب فرنسا.
""", [
    ev("freedom-prize", "نال الفيلم السوداني \"وداعا جوليا\" للمخرج محمد كردفاني جائزة الحرية", PRIZE, "no own expression; the Un Certain Regard awards were given on Fri 26 May 2023 (beirutcom: 'أمس الجمعة 26 مايو'), the eve of the festival's close"),
    ev("festival-closing", "يختتم نسخته الـ76 اليوم السبت 27 ماي", "2023-05-27", "'اليوم السبت 27 ماي' = Sat 27 May 2023 (the publication day)"),
    ev("south-secession", "شهدت انفصال الجنوب عن الشمال", SECESSION, "no own expression; South Sudan's independence, Sat 9 Jul 2011"),
    ev("les-meutes-jury-prize", "وفاز فيلم \"عصابات\" للمخرج المغربي كمال لزرق بجائزة لجنة التحكيم", PRIZE, "no own expression; given at the Un Certain Regard ceremony of Fri 26 May 2023"),
    ev("asmae-el-moudir-director-prize", "نالت المغربية أسماء المدير جائزة الإخراج", PRIZE, "no own expression; given at the Un Certain Regard ceremony of Fri 26 May 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 297
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
