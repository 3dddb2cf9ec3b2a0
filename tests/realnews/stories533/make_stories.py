"""Builds stories.jsonl: the 533-rd evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: press freedom: arrests, trials and releases of journalists.
Stories: the arrest of Noureddine Boutar, director of Mosaique FM (Tunisia, February 2023); the Houthi court's
sentence of the journalist Mohammed al-Miyahi (Yemen, May 2025); the provisional release of the journalist
Adlene Mellah by the Sidi M'hamed court (Algeria, November 2018); the arrest and detention of the journalist
Hiba Abu Taha (Jordan, May 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-boutar-mosaique-fm-arrest-2023
S = "tunisia-boutar-mosaique-fm-arrest-2023"
ARREST = "2023-02-13"                      # Boutar's home searched and Boutar arrested on Mon 13 Feb 2023, about 20:30
TUESDAY = "2023-02-14"                     # SNJT statement; the lawyer Dalila Msaddek's radio statement
RSF = "2023-02-17"                         # RSF statement (Khaled Drareni), Fri 17 Feb 2023
art(S, "https://diwanfm.net/news/%D9%88%D8%B7%D9%86%D9%8A%D8%A9/%D9%86%D9%82%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D9%81%D9%8A%D9%8A%D9%86%3A-%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D8%A8%D9%88%D8%B7%D8%A7%D8%B1-%D8%A2%D8%AE%D8%B1-%D8%AD%D9%84%D9%82%D8%A9-%D9%81%D9%8A-%D9%85%D8%B3%D8%A7%D8%B1-%D8%B6%D8%B1%D8%A8-%D8%AD%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%85",
    TUESDAY, "the page's stamp ':تحديث 14 13:46 2023 فيفري' (removed, with the 'الأكثر مشاهدة' block, an unrelated football item and the section tag 'وطنية'); the body's 'اليوم الثلاثاء 14 فيفري 2023' agrees (14 Feb 2023 was a Tuesday); headline kept from the page; the last, truncated sentence shortened", True, """
نقابة الصحفيين: تلفيق التهم آخر حلقة في مسار ضرب حرية الإعلام
نددت النقابة الوطنية للصحفيين التونسيين بما وصفته باستغلال رئيس الجمهورية سلطته لإخضاع الإعلام وتشويهه والتحريض عليه، وبمحاولات تلفيق التهم التي رأت فيها آخر حلقة من مسار ضرب حرية الإعلام في تونس، في استهداف صريح للمرسومين 115 و116 المنظمين للقطاع.
وطالبت النقابة، في بيان أصدرته اليوم الثلاثاء 14 فيفري 2023، بالإفراج الفوري عن الزميل الصحفي نور الدين بوطار المدير العام لإذاعة موزاييك اف أم، وبوقف كل أشكال الهرسلة التي تطال الإذاعة، ووضع حد للاستهداف الواضح لأغلب المؤسسات الإعلامية.
وأكدت النقابة للرأي العام أن بوطار لم توجه إليه أي تهمة إلى حدود كتابة هذا البيان، وأن كل ما فعلته الفرق الأمنية منذ لحظات الإيقاف الاولى هو التفتيش عن أدلة تدينه، في محاولة وصفتها بـ"اليائسة" فشلت وكشفت الغاية الحقيقية من الإيقاف.
""", [
    ev("snjt-statement", "في بيان أصدرته اليوم الثلاثاء 14 فيفري 2023", TUESDAY, "'اليوم الثلاثاء 14 فيفري 2023' = Tue 14 Feb 2023"),
    ev("boutar-arrest", "منذ لحظات الإيقاف الاولى", ARREST, "no own expression; Boutar was arrested on the evening of Mon 13 Feb 2023 (tunisnow: 'مساء يوم أمس الاثنين')"),
    ev("no-charge", "أن بوطار لم توجه إليه أي تهمة إلى حدود كتابة هذا البيان", ARREST, "no own expression; from the arrest on Mon 13 Feb 2023 to the statement of Tue 14 Feb", end="2023-02-15"),
])
art(S, "https://tunisnow.tn/?p=234854",
    TUESDAY, "no date line in the stored text; the lawyer's 'مساء يوم أمس الاثنين' for the raid of Mon 13 Feb 2023 gives Tue 14 Feb 2023, and her other remarks here (no link with the state-security arrests, the questions of the Gorjani investigators) are those she made to Mosaique on Tue 14 Feb (inforum-jollanar: 'في تصريح لإذاعة موزاييك اليوم الثلاثاء 14 فيفري 2023'); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
إيقاف المدير العام لإذاعة موزاييك نور الدين بوطار بعد تفتيش منزله
فتشت فرقة أمنية مساء الإثنين منزل نور الدين بوطار، المدير العام لإذاعة موزاييك، ثم أوقفته من دون أن تطلع عائلته على سبب الإيقاف ومن دون أن تقدم إذنا بالاحتفاظ، وفق ما أكدته محاميته دليلة مصدّق.
وأوضحت مصدق، في تصريح لإذاعة، أن المنزل اقتُحم في حدود الساعة الثامنة والنصف من مساء يوم أمس الاثنين.
وبينت أن الفرقة الأمنية قدمت إذنا بالتفتيش، ففتشت المنزل ولم تعثر فيه على شيء يذكر، بحسب ما نقلته عنها موزاييك.
وذكرت أن بوطار أوقف واقتيد إلى القرجاني دون إظهار إذن بالاحتفاظ ودون أن توجه إليه أي تهمة.
وتابعت قائلة: "لم يسفر التفتيش عن أي شيء، غير أن ذلك لم يمنع الفرقة الأمنية، وقوامها 20 فردا على الأقل، من إيقافه".
وشددت على أن قرار إيقاف موكلها وسماعه لا صلة له بالإيقافات التي شملت عددا من الناشطين السياسيين وبعض رجال الأعمال في ما يعرف بقضية التآمر على أمن الدولة الداخلي، مؤكدة أنه لا توجد أي شبهة أو بحث سابق بخصوص منوبها.
""", [
    ev("home-raid", "فتشت فرقة أمنية مساء الإثنين منزل نور الدين بوطار", ARREST, "'مساء الإثنين' (and 'في حدود الساعة الثامنة والنصف من مساء يوم أمس الاثنين') in an article of Tue 14 Feb 2023 = Mon 13 Feb"),
    ev("lawyer-statement", "في تصريح لإذاعة", TUESDAY, "no own expression; Dalila Msaddek's radio statement of Tue 14 Feb 2023 (she says 'أمس الاثنين' of the raid; inforum-jollanar: 'اليوم الثلاثاء 14 فيفري 2023')"),
    ev("boutar-arrest", "أن بوطار أوقف واقتيد إلى القرجاني", ARREST, "no own expression; the arrest after the search of Mon 13 Feb 2023 evening"),
    ev("conspiracy-case-arrests", "بالإيقافات التي شملت عددا من الناشطين السياسيين وبعض رجال الأعمال", "2023-02-11", "no own expression; the wave of arrests in the 'state security conspiracy' case began on Sat 11 Feb 2023 and went on on Sun 12 and Mon 13 (elhogra: 'ومنذ السبت الماضي'; my span 11 - 13 Feb)", end=TUESDAY),
])
art(S, "https://ultratunisia.ultrasawt.com/%D9%85%D8%B1%D8%A7%D8%B3%D9%84%D9%88%D9%86-%D8%A8%D9%84%D8%A7-%D8%AD%D8%AF%D9%88%D8%AF-%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D9%85%D8%AF%D9%8A%D8%B1-%D8%A5%D8%B0%D8%A7%D8%B9%D8%A9-%D9%81%D9%8A-%D8%AA%D9%88%D9%86%D8%B3-%D9%87%D9%88-%D8%B1%D8%B3%D8%A7%D9%84%D8%A9-%D8%B9%D9%86%D9%8A%D9%81%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A9-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%85/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%AA%D9%88%D9%86%D8%B3/%D9%85%DB%8C%D8%AF%DB%8C%D8%A7",
    RSF, "the page's date line '17-فبراير-2023' (removed, with the tag 'نور الدين بوطار', the credit 'الترا تونس - فريق التحرير' and the repeated pull quote); the body's 'الجمعة 17 فيفري/شباط 2023' agrees (17 Feb 2023 was a Friday); the sub-heading on the lawyer kept as the first sentence; headline rendered from the URL slug", True, """
مراسلون بلا حدود: إيقاف مدير إذاعة في تونس رسالة عنيفة من السلطة إلى الإعلام
كانت محامية بوطار قد صرحت في وقت سابق بأن السلطات لم تقدم أي تبرير أو تفسير لإقدامها على إيقافه.
وقال الصحفي خالد درارني، ممثل منظمة "مراسلون بلا حدود" في شمال أفريقيا، الجمعة 17 فيفري/شباط 2023، إن "إيقاف نور الدين بوطار، مدير إذاعة موزاييك التونسية الخاصة، رسالة عنيفة توجهها السلطات إلى وسائل الإعلام، غايتها ترهيب الصحفيين وإخضاعهم وإرجاعهم إلى زمن دكتاتورية بن علي".
وأضاف في بيان أصدرته المنظمة، الجمعة: "علينا أن ندين بشدة هذا الانحراف المعلن الذي بات ثابتا بلا أدنى شك، ولا بد من إطلاق سراح نور الدين بوطار فورا".
وأوردت "مراسلون بلا حدود"، في البيان ذاته، أن بوطار أوقف في تونس العاصمة "من دون أن تقدم السلطات أي مبرر أو تفسير لهذه الخطوة"، وجددت دعوتها إلى الإفراج عنه في الحال، وطالبت الحكومة التونسية بإنهاء الانزلاق السلطوي الذي تمضي فيه البلاد.
""", [
    ev("lawyer-statement", "كانت محامية بوطار قد صرحت في وقت سابق", TUESDAY, "no own expression; the lawyer's statements to Mosaique, reported on Tue 14 Feb 2023 (tunisnow, inforum-jollanar)"),
    ev("rsf-statement", "وأضاف في بيان أصدرته المنظمة، الجمعة", RSF, "'الجمعة' (and 'الجمعة 17 فيفري/شباط 2023') = Fri 17 Feb 2023"),
    ev("boutar-arrest", "أن بوطار أوقف في تونس العاصمة", ARREST, "no own expression; the arrest of Mon 13 Feb 2023 evening (tunisnow)"),
])

# ---------------------------------------------------------------- yemen-miyahi-houthi-court-sentence-2025
S = "yemen-miyahi-houthi-court-sentence-2025"
VERDICT = "2025-05-24"                     # the Specialized Criminal Court in Sanaa sentenced al-Miyahi on Sat 24 May 2025
ABDUCTION = "2024-09-20"                   # Houthi gunmen raided his home and took him on Fri 20 Sep 2024
art(S, "https://www.southern-vision.net/news/82199",
    VERDICT, "the page's date line 'السبت - 24 مايو 2025 - الساعة 04:16 م بتوقيت اليمن' (removed, with the credit 'الرؤية الجنوبية/ متابعات'); no date in the text; headline written from the body (the stored text has none); the three points of the ruling run together; the last, truncated sentence dropped", True, """
محكمة حوثية تقضي بسجن الصحفي محمد المياحي سنة ونصفا
قضت المحكمة الجزائية الابتدائية المتخصصة في صنعاء، الخاضعة لسيطرة جماعة الحوثي، بسجن الصحفي والكاتب محمد دبوان المياحي لمدة سنة ونصف، بناء على اتهامات يرى مراقبون ومدافعون عن حرية التعبير أنها "كيدية وسياسية".
ووفقا للمحامي عبد المجيد صبرة، تضمن منطوق الحكم ثلاث نقاط رئيسية: إدانة المياحي بالتهم الواردة في قرار الاتهام، ومعاقبته بالسجن لمدة عام ونصف، وإلزامه بتعهد مكتوب وضمانة مالية قدرها خمسة ملايين ريال، شرطا احترازيا يحول دون تكرار ما سمته المحكمة "الأفعال المخالفة".
وبيّن صبرة أن الدافع الفعلي لاستهداف المياحي منشور دعا فيه إلى الخروج إلى ميدان السبعين في صنعاء، وعدّته سلطات الحوثيين تحريضا، مع أن قرار الاتهام لم يذكر المنشور صراحة، بل أُقحمت فيه أسماء قنوات مثل "بلقيس" و"يمن شباب" ذريعة لتشديد العقوبة.
ولفت صبرة إلى أن جلسة النطق بالحكم شهدت حوارا مباشرا بين القاضي ربيع الزبير والصحفي المياحي حول حرية الخروج إلى السبعين، وهو ما يدل على أن المحكمة حاكمت المياحي في الحقيقة على رأيه وموقفه لا على ما تضمنه ملف القضية.
""", [
    ev("miyahi-verdict", "بسجن الصحفي والكاتب محمد دبوان المياحي لمدة سنة ونصف", VERDICT, "no own expression; the verdict of Sat 24 May 2025 (the page's stamp; khabaragency 'اليوم السبت')"),
    ev("sabra-statement", "ووفقا للمحامي عبد المجيد صبرة", VERDICT, "no own expression; the lawyer's account of the ruling, given on the day of the verdict, Sat 24 May 2025"),
    ev("verdict-hearing-exchange", "شهدت حوارا مباشرا بين القاضي ربيع الزبير والصحفي المياحي", VERDICT, "no own expression; the sentencing hearing of Sat 24 May 2025"),
])
art(S, "https://www.khabaragency.net/news233098.html",
    VERDICT, "no date line in the stored text; the body's 'اليوم السبت' for the verdict, which was handed down on Sat 24 May 2025 (southern-vision, stamped 'السبت - 24 مايو 2025'; yemennownews: 'في 24 مايو/أيار الماضي 2025'), gives Sat 24 May 2025; headline kept from the page; the last, truncated sentence shortened", False, """
محكمة حوثية تقضي بسجن الصحفي محمد المياحي 18 شهراً وتلزمه بعدم العودة للكتابة
حكمت محكمة خاضعة لسيطرة ميليشيا الحوثي، اليوم السبت، بسجن الصحفي محمد المياحي مدة 18 شهرًا بسبب منشورات كتبها على مواقع التواصل الاجتماعي، في خطوة جديدة تؤكد تزايد الانتهاكات بحق حرية الصحافة في اليمن.
وأفاد المحامي عمار الأهدل، في منشور على صفحته في "فيسبوك"، بأن المحكمة الجزائية المتخصصة التابعة للحوثيين دانت المياحي وقضت بحبسه سنة ونصف، في محاكمة افتقرت إلى أبسط معايير العدالة.
وذكرت مصادر حقوقية أن الحكم تُلي عن بعد عبر الهاتف، ما يكشف الطابع غير الرسمي وغير القانوني لإجراءات الجماعة القضائية، مضيفة أن المحكمة اشترطت كذلك أن يوقع المياحي تعهدا خطيا بألا يعود إلى النشر، وأن يقدم ضمانة مالية بخمسة ملايين ريال يمني، شرطا للإفراج عنه لاحقًا.
ويرجع اختطاف المياحي إلى 20 سبتمبر 2024، حين اقتحم عناصر حوثيون منزله وأخذوه بالقوة إلى مكان مجهول، بسبب منشور انتقد فيه أداء الجماعة. وظل المياحي مخفيا قسرا لأسابيع دون أن تعرف أسرته مكان احتجازه، إلى أن تسربت لاحقًا معلومات غير رسمية عن مكان احتجازه.
""", [
    ev("miyahi-verdict", "حكمت محكمة خاضعة لسيطرة ميليشيا الحوثي، اليوم السبت", VERDICT, "'اليوم السبت' = Sat 24 May 2025"),
    ev("ahdal-post", "وأفاد المحامي عمار الأهدل، في منشور على صفحته", VERDICT, "no own expression; the lawyer's Facebook post on the day of the verdict, Sat 24 May 2025"),
    ev("verdict-read-by-phone", "أن الحكم تُلي عن بعد عبر الهاتف", VERDICT, "no own expression; the reading of the ruling on Sat 24 May 2025"),
    ev("miyahi-abduction", "ويرجع اختطاف المياحي إلى 20 سبتمبر 2024", ABDUCTION, "'20 سبتمبر 2024' = Fri 20 Sep 2024"),
])
art(S, "https://www.klyoum.com/u/NW09KN",
    "2025-05-25", "the page's line 'نشر بتاريخ: ٢٥ أيار ٢٠٢٥' (removed, with 'اخبار اليمن' and the credit 'موقع كل يوم -المهرية نت'); the body's 'يوم السبت' for the verdict of Sat 24 May 2025 agrees; headline written from the body (the stored text has none); the sub-heading 'قضاء استثنائي وحكم مدبر' and the last, truncated sentence dropped", True, """
حملة تضامن واسعة مع الصحفي محمد المياحي بعد الحكم بسجنه
أشعل الحكم الذي أصدرته المحكمة الجزائية الابتدائية المتخصصة في صنعاء يوم السبت، بسجن الصحفي والكاتب محمد دبوان المياحي لمدة عام ونصف وإلزامه بتعهد مكتوب وضمانة مالية قيمتها خمسة ملايين ريال بسبب آرائه ومقالاته على وسائل التواصل الاجتماعي، موجة واسعة من ردود الفعل والتضامن على منصات التواصل.
واعتلت حملة التضامن، تحت وسم #كل_اليمنيين_محمد_المياحي، قائمة الأكثر تداولا على منصة "إكس"، إذ أعلن ناشطون وصحفيون رفضهم لحكم وصفوه بـ"المسيس"، وطالبوا بإطلاق سراحه فورا، مؤكدين أن المياحي لم يقترف جرما غير توظيف قلمه في نقد جميع الأطراف بلا تحيز.
ويشار إلى أن المياحي اعتُقل في سبتمبر الماضي إثر دهم منزله بسبب منشورات ناقدة على فيسبوك، وهو ما عده الناشطون اعتداء صارخا على حرية التعبير.
وفي قراءة قانونية لافتة، كشف القاضي عبدالوهاب قطران عن عيوب إجرائية خطيرة شابت محاكمة المياحي، مؤكدا أنها لم تجر أمام "قاضيه الطبيعي" بل أمام محكمة استثنائية تديرها أيد أمنية، وهو ما يجعل الحكم "باطلا" وفق النصوص الدستورية.
""", [
    ev("miyahi-verdict", "أصدرته المحكمة الجزائية الابتدائية المتخصصة في صنعاء يوم السبت", VERDICT, "'يوم السبت' in an article of Sun 25 May 2025 = Sat 24 May"),
    ev("solidarity-campaign", "واعتلت حملة التضامن", VERDICT, "no own expression; the reactions after the verdict of Sat 24 May, trending by the time of this report of Sun 25 May 2025 (my span 24 - 25 May)", end="2025-05-26"),
    ev("miyahi-abduction", "أن المياحي اعتُقل في سبتمبر الماضي إثر دهم منزله", ABDUCTION, "'في سبتمبر الماضي' from May 2025 = September 2024; the day, Fri 20 Sep 2024, from khabaragency"),
    ev("qatran-analysis", "كشف القاضي عبدالوهاب قطران", VERDICT, "no own expression; the judge's comment on the verdict, made between Sat 24 and this report of Sun 25 May 2025 (my span)", end="2025-05-26"),
])

# ---------------------------------------------------------------- algeria-adlene-mellah-provisional-release-2018
S = "algeria-adlene-mellah-provisional-release-2018"
RELEASE = "2018-11-22"                     # the Sidi M'hamed misdemeanour court released Mellah provisionally on Thu 22 Nov 2018
TRIAL = "2019-02-07"                       # and postponed his trial to Thu 7 Feb 2019
MELLAH_ARREST = "2018-10-22"               # arrested on Mon 22 Oct 2018
art(S, "https://www.almoharir.com/142442.html",
    RELEASE, "no date line in the stored text (only the byline 'عمار قردود المحرر', removed); the body's 'اليوم الخميس' for the Sidi M'hamed court's decision of Thu 22 Nov 2018 (echorouk: 'قررت محكمة الجنح بسيدي امحمد ... الخميس'; akhbarelyoum of Sat 24 Nov: 'أول أمس الخميس') gives Thu 22 Nov 2018; the sub-heading 'عدلان ملاح يرفض الصلح مع قناة النهار' and the last, truncated sentence dropped; headline kept from the page", False, """
القضاء الجزائري يفرج عن الصحافي عدلان ملاح
قضت محكمة الجنح بسيدي امحمد في الجزائر العاصمة، اليوم الخميس، بالإفراج المؤقت عن الصحافي عدلان ملاح، مدير الموقع الإلكتروني "دزاير براس"، وبتأجيل محاكمته إلى يوم 19 فبراير 2019.
وكان ملاح محبوسا احتياطيا منذ 22 أكتوبر المنصرم بسبب كتابات صحفية بحتة.
وفي سياق متصل، اتصل ممثل عن مجمع "النهار" الإعلامي بهيئة الدفاع عن ملاح سعيا إلى "التهدئة"، بعد أن شهّر به شهرًا كاملاً.
وضمن مساعي صاحب القناة، الصحافي محمد مقدم المعروف بـ"أنيس رحماني"، إلى مصالحة ملاح، حاول مبعوث شخصي عنه إقناعه بطي الخلاف لأن "التهدئة أفضل"، فرد عليه ملاح: "لن أسامحكم على ما فعلتموه".
وجاءت رغبة المجمع المفاجئة في التصالح مع "ضحاياه" بعدما شن حملة تشهير واسعة عليهم، وفي مقدمتهم ملاح، المحبوس احتياطيا في سجن الحراش، الذي مر بأزمة نفسية بعد أن فقدت زوجته جنينها إثر أزمة حادة سببها التشهير الخطير بزوجها.
""", [
    ev("release-decision", "قضت محكمة الجنح بسيدي امحمد في الجزائر العاصمة، اليوم الخميس", RELEASE, "'اليوم الخميس' = Thu 22 Nov 2018"),
    ev("trial-postponed", "وبتأجيل محاكمته إلى يوم 19 فبراير 2019", TRIAL, "the text says '19 فبراير 2019', but the trial was set for Thu 7 Feb 2019 (elkhabar, echorouk, akhbarelyoum: '7 فيفري 2019'; elaph of Feb 2019: the court sat that Thursday and postponed again); gold = 7 Feb 2019"),
    ev("detention-since-arrest", "وكان ملاح محبوسا احتياطيا منذ 22 أكتوبر المنصرم", MELLAH_ARREST, "'منذ 22 أكتوبر المنصرم' = from Mon 22 Oct 2018 (his arrest) to the release of Thu 22 Nov", end="2018-11-23"),
    ev("ennahar-defamation", "بعد أن شهّر به شهرًا كاملاً", MELLAH_ARREST, "'شهرًا كاملاً' before the release of Thu 22 Nov 2018 = the month since his arrest of Mon 22 Oct (my span 22 Oct - 22 Nov)", end="2018-11-23"),
])
art(S, "https://www.dzairpresse.com/74283/",
    RELEASE, "no date on the stored page; the body reports the release 'بعد شهر من الحجز والسجن' and the talk in the court on 'صبيحة اليوم' of the hearing, which was held on Thu 22 Nov 2018 (almoharir: 'اليوم الخميس'; akhbarelyoum of Sat 24 Nov: 'أول أمس الخميس'), so it was published on Thu 22 Nov 2018; the category menu dropped; headline kept from the page; the last, truncated sentence shortened; no date of its own in the text", False, """
أخيرا.. عدلان ملاح خارج السجن!
بعد شهر من الاحتجاز والحبس، أُطلق أخيرا سراح عدلان ملاح، مدير موقعي "دزاير براس" و"الجيري ديراكت"، إثر حملات تضامن غير مسبوقة مع الرجل الذي صار كثيرون يلقبونه بـ"علي لا بوانت" 2.
وكان طلب الإفراج عن ملاح لأسباب إنسانية قد رُفض مرتين من قبل، الأولى يوم عرضت قضيته على غرفة الاتهام بمجلس قضاء الجزائر العاصمة، والثانية بعدها بأيام، رغم أن ملفه فارغ ولم توجه إليه تهمة واضحة، إذ لا يتعلق كل ما قيل عن قضيته إلا بـ"كتابات صحفية" وبشكاوى ثلاثة أطراف مدنية، عُرف منها اثنان هما مدير مجمع النهار أنيس رحماني والوالي عبد القادر زوخ، فيما لم يُكشف الثالث الذي قيل إنه مجمع "كوندور".
وصبيحة اليوم، الذي صادف اليوم السابع من إضراب ملاح عن الطعام، راج في أروقة المحكمة حديث عن إخلاء سبيله لأن "الملف فارغ ولا تهمة موجهة إليه، وليس هناك سوى حديث عن رفض الامتثال، وهي العبارة التي أدخلته السجن شهرا كاملا"، كما قال مصدر حقوقي.
وقد عانى ملاح طوال شهر من الحبس الاحتياطي على ذمة التحقيق من نوبة ربو حادة أصابت رئتيه في السجن، إضافة إلى مرض في القلب يعانيه منذ مدة.
""", [
    ev("release-decision", "أُطلق أخيرا سراح عدلان ملاح", RELEASE, "no own expression; the provisional release of Thu 22 Nov 2018, the day of this report ('صبيحة اليوم')"),
    ev("release-requests-refused", "قد رُفض مرتين من قبل", "2018-10-26", "no own expression; two refusals by the indictment chamber between his committal (end of October 2018) and the release of Thu 22 Nov (zaiotv of Sun 11 Nov reports the first one; my span 26 Oct - 21 Nov)", end=RELEASE),
    ev("hearing-morning", "وصبيحة اليوم، الذي صادف اليوم السابع من إضراب ملاح عن الطعام", RELEASE, "'صبيحة اليوم' = the morning of the hearing, Thu 22 Nov 2018"),
    ev("hunger-strike", "اليوم السابع من إضراب ملاح عن الطعام", "2018-11-16", "'اليوم السابع' on Thu 22 Nov 2018 = a strike begun on Fri 16 Nov (span 16 - 22 Nov)", end="2018-11-23"),
])
art(S, "https://djazairess.com/akhbarelyoum/259780",
    "2018-11-24", "no date line in the stored text; the body's 'أول أمس الخميس' for the court's decision of Thu 22 Nov 2018 gives Sat 24 Nov 2018 (24 Nov 2018 was a Saturday); an Akhbar El Youm report carried by djazairess; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
الإفراج المؤقت عن الصحفي عدلان ملاح وتأجيل محاكمته إلى فيفري
قضت محكمة الجنح لسيدي امحمد بالجزائر العاصمة أول أمس الخميس بالإفراج المؤقت عن الصحفي عدلان ملاح، مدير الموقع الإلكتروني دزاير براس، وبتأجيل محاكمته ليوم 7 فيفري 2019.
وكان ملاح رهن الحبس الاحتياطي منذ 26 أكتوبر المنصرم، متابعا بتهم التهديد بالتشهير والابتزاز بإفشاء أمور شائنة للحصول على أموال، والقذف، والمساس بحرمة الحياة الخاصة للأشخاص بنقل مكالمات وأحاديث خاصة وسرية وتسجيلات وصور التقطت في أماكن خاصة دون إذن أصحابها أو رضاهم، والاحتفاظ بها ونشرها للجمهور.
وركزت هيئة الدفاع، المؤلفة من نحو 20 محاميا يتقدمهم الأساتذة نور الدين بن يسعد والشريف بن يخلف وحسان براهمي وفاطمة الزهراء بن براهم، في دفوعها على تدهور حالته الصحية، خاصة إصابته بالربو وبمرض في القلب يستدعيان نقله إلى المستشفى، وعلى خلو الملف من الشهود، مستندة إلى المادة 50 من الدستور التي تمنع معاقبة الصحفي بعقوبة سالبة للحرية.
وأكد الدفاع أن موكله يقدم كل الضمانات للمثول أمام القضاء يوم المحاكمة المقرر في 7 فيفري القادم.
ولم يعترض وكيل الجمهورية لدى محكمة الجنح لسيدي امحمد على طلبي الإفراج المؤقت عن ملاح وتأجيل محاكمته ليوم 7 فيفري 2019.
""", [
    ev("release-decision", "أول أمس الخميس بالإفراج المؤقت عن الصحفي عدلان ملاح", RELEASE, "'أول أمس الخميس' in an article of Sat 24 Nov 2018 = Thu 22 Nov"),
    ev("trial-postponed", "وبتأجيل محاكمته ليوم 7 فيفري 2019", TRIAL, "'7 فيفري 2019' = Thu 7 Feb 2019"),
    ev("pretrial-detention", "وكان ملاح رهن الحبس الاحتياطي منذ 26 أكتوبر المنصرم", "2018-10-26", "'منذ 26 أكتوبر المنصرم' = from Fri 26 Oct 2018 to the release of Thu 22 Nov (the committal order was given on the evening of Thu 25 Oct according to AFP/alhurra)", end="2018-11-23"),
    ev("defence-pleas", "وركزت هيئة الدفاع", RELEASE, "no own expression; the pleas at the hearing of Thu 22 Nov 2018"),
    ev("prosecutor-no-objection", "ولم يعترض وكيل الجمهورية", RELEASE, "no own expression; at the hearing of Thu 22 Nov 2018"),
])

# ---------------------------------------------------------------- jordan-hiba-abu-taha-arrest-2024
S = "jordan-hiba-abu-taha-arrest-2024"
HIBA_ARREST = "2024-05-13"                 # stopped by a police patrol at Ain al-Basha on Mon 13 May 2024
DETENTION = "2024-05-14"                   # brought before the Amman prosecutor the next morning: one week in Juweida, bail refused
art(S, "https://journalistsupport.net/article.php?id=379220",
    "2024-05-15", "the page's stamp '2024-05-15 12:35' (removed); the body's 'يوم الاثنين 13 مايو' for the arrest agrees (13 May 2024 was a Monday); a statement of the Journalist Support Committee on its own site; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
لجنة دعم الصحفيين تدين توقيف الصحفية الأردنية هبة أبو طه
أوقفت الأجهزة الأمنية الأردنية، يوم الاثنين 13 مايو، الصحفية هبة أبو طه في منطقة عين الباشا، بموجب طلب صادر بحقها في قضية جرائم إلكترونية يشتكي فيها "الحق العام". وبحسب مصادر صحفية، بقيت أبو طه محتجزة في مركز أمن عين الباشا حتى نحو الساعة التاسعة مساءً، ثم نُقلت مرات بين عدة مديريات للشرطة إلى أن انتهى بها المطاف في مديرية شرطة شمال عمان.
وقرر مدعي عام عمان توقيف أبو طه أسبوعًا في سجن الجويدة على ذمة التحقيق في شكوى "الحق العام" المستندة إلى قانون الجرائم الإلكترونية، ورفض طلب الكفالة الذي تقدم به محاميها. وقد قدمت الشكوى بناء على بلاغ من هيئة الإعلام، بسبب مقال رأي نشرته أبو طه في وسيلة إعلام عربية.
ولا تزال خلفية الطلب القضائي مجهولة حتى اللحظة، غير أن مصادر قريبة من أبو طه أفادت بأن الطلبين صدرا بعد نشرها تحقيقا ومادة صحفية عن "الجسر البري" وتصدير البضائع إلى الكيان الصهيوني عبر الأراضي الأردنية.
وتدين لجنة دعم الصحفيين بشدة احتجاز هبة أبو طه واعتقالها بسبب عملها الصحفي، وتطالب السلطات الأردنية بالإفراج عنها فورا وإسقاط كل التهم الموجهة إليها.
""", [
    ev("abu-taha-arrest", "أوقفت الأجهزة الأمنية الأردنية، يوم الاثنين 13 مايو", HIBA_ARREST, "'يوم الاثنين 13 مايو' = Mon 13 May 2024"),
    ev("held-ain-basha", "بقيت أبو طه محتجزة في مركز أمن عين الباشا حتى نحو الساعة التاسعة مساءً", HIBA_ARREST, "no own day; the evening of the arrest, Mon 13 May 2024"),
    ev("detention-order", "وقرر مدعي عام عمان توقيف أبو طه أسبوعًا", DETENTION, "no own expression; she spent the night in custody and was brought before the prosecutor the next morning (cdfj: 'بقيت حتى الصباح محتجزة قبل عرضها على المدعي العام'), i.e. Tue 14 May 2024"),
    ev("bail-refused", "ورفض طلب الكفالة الذي تقدم به محاميها", DETENTION, "no own expression; with the detention order of Tue 14 May 2024"),
    ev("opinion-article", "بسبب مقال رأي نشرته أبو طه في وسيلة إعلام عربية", "2024-04-28", "no own expression; RSF dates her opinion article on the site al-Nasher to 28 Apr 2024"),
    ev("jsc-condemnation", "وتدين لجنة دعم الصحفيين بشدة", "2024-05-15", "no own expression; the committee's statement is this article, stamped Wed 15 May 2024"),
])
art(S, "https://www.sharikawalaken.media/2024/05/21/%D8%A7%D8%B9%D8%AA%D9%82%D8%A7%D9%84-%D9%87%D8%A8%D8%A9-%D8%A3%D8%A8%D9%88-%D8%B7%D9%87-%D9%84%D9%83%D8%B4%D9%81%D9%87%D8%A7-%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D8%B7%D8%A8%D9%8A/",
    "2024-05-21", "no date line in the stored text; the permalink '/2024/05/21/' gives Tue 21 May 2024, and the body's '13 أيار/مايو الجاري' agrees with a May report; headline kept from the page; the source's slip 'نادية' for Hiba rendered as 'أبو طه'; the sub-heading 'كواليس التطبيع واعتياد الخيانة' dropped; the last, truncated sentence shortened", False, """
اعتقال هبة أبو طه لكشفها عمليات التطبيع في الأردن
أمر مدعي عام عمان في الأردن بتوقيف الصحافية هبة أبو طه في سجن الجويدة على ذمة التحقيق.
وكانت الأجهزة الأمنية الأردنية قد أوقفت أبو طه في منطقة عين الباشا في 13 أيار/مايو الجاري، إثر شكوى مبنية على بلاغ من هيئة الإعلام.
واعتمدت هيئة الإعلام في شكواها على قانون الجرائم الإلكترونية.
ووفقا لمصادر إعلامية، بقيت أبو طه محتجزة في مركز أمن عين الباشا حتى الساعة التاسعة مساءً، ثم نقلت بين عدة مديريات للشرطة قبل أن يستقر بها الأمر في مديرية شرطة شمال عمان.
ورفض المدعي العام كذلك طلب الكفالة الذي قدمه محاميها.
وأفادت مصادر إعلامية بأن اعتقال أبو طه جاء بسبب تقرير مصور أعدته عن عمليات شحن بضائع عبر الجسر الجوي والبري بالتعاون مع الكيان الصهيوني.
وتضمن التقرير تفاصيل دقيقة عن طريقة تصدير البضائع والمواد إلى الكيان الصهيوني عبر المعبر الحدودي في العقبة.
وللحصول على هذه المعلومات، انتحلت أبو طه صفة سيدة مقاولة واتصلت بشركات نقل وشحن أردنية بزعم تصدير بضائع إلى الكيان، فزارت بعضها ونسقت مع أخرى هاتفيا، وسجلت المكالمات وصورت اللقاءات ثم عرضتها في التقرير.
""", [
    ev("detention-order", "أمر مدعي عام عمان في الأردن بتوقيف الصحافية هبة أبو طه", DETENTION, "no own expression; the prosecutor's order of the morning after the arrest, Tue 14 May 2024 (cdfj)"),
    ev("abu-taha-arrest", "قد أوقفت أبو طه في منطقة عين الباشا في 13 أيار/مايو الجاري", HIBA_ARREST, "'13 أيار/مايو الجاري' = Mon 13 May 2024"),
    ev("held-ain-basha", "بقيت أبو طه محتجزة في مركز أمن عين الباشا حتى الساعة التاسعة مساءً", HIBA_ARREST, "no own day; the evening of the arrest, Mon 13 May 2024"),
    ev("bail-refused", "ورفض المدعي العام كذلك طلب الكفالة", DETENTION, "no own expression; with the detention order of Tue 14 May 2024"),
])
art(S, "https://ldsf.info/?p=31412",
    "2024-05-22", "the statement's own date line 'برلين في ٢٢ مايو ٢٠٢٤', which opens the body and is kept in the text (22 May 2024 was a Wednesday); headline written from the body (the stored text has none)", True, """
مؤسسة دعم القانون والديمقراطية تدين توقيف الصحفية الأردنية هبة أبو طه
برلين في ٢٢ مايو ٢٠٢٤
أدانت مؤسسة دعم القانون والديمقراطية توقيف الصحفية الأردنية هبة أبو طه في سجن الجويدة لمدة أسبوع على ذمة التحقيق في شكوى رفعها "الحق العام" بموجب قانون الجرائم الإلكترونية، بعدما رفض المدعي العام طلب الإفراج عنها الذي تقدم به محاميها.
وكانت الأجهزة الأمنية الأردنية قد أوقفت أبو طه في منطقة عين الباشا تنفيذا لطلب صادر بحقها إثر شكوى من هيئة الإعلام. وجاء توقيفها بسبب تقرير مصور نشرته عن عمليات شحن بضائع بالتعاون مع الاحتلال الإسرائيلي بعنوان "دور الأردن في الدفاع عن كيان العدو".
وشددت المؤسسة على أن توقيف أبو طه انتهاك صارخ لحرية الرأي والتعبير المكفولة في الدستور الأردني بموجب المادة 15(1)، التي تنص على أن "الدولة تكفل حرية الرأي، ولكل أردني أن يعرب بحرية عن رأيه بالقول والكتابة والتصوير وسائر وسائل التعبير".
""", [
    ev("ldsf-statement", "أدانت مؤسسة دعم القانون والديمقراطية", "2024-05-22", "'برلين في ٢٢ مايو ٢٠٢٤' = Wed 22 May 2024, the date of the statement"),
    ev("detention-order", "توقيف الصحفية الأردنية هبة أبو طه في سجن الجويدة لمدة أسبوع", DETENTION, "no own expression; the prosecutor's order of Tue 14 May 2024 (cdfj, journalistsupport)"),
    ev("bail-refused", "بعدما رفض المدعي العام طلب الإفراج عنها", DETENTION, "no own expression; with the detention order of Tue 14 May 2024"),
    ev("abu-taha-arrest", "قد أوقفت أبو طه في منطقة عين الباشا", HIBA_ARREST, "no own expression; the arrest of Mon 13 May 2024 (journalistsupport: 'يوم الاثنين 13 مايو')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 533
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
