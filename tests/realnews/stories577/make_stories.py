"""Builds stories.jsonl: the 577-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: state funerals, deaths of rulers or national figures and
declared mourning periods (Gulf, Levant, Maghreb).
Stories: the death and burial of the Saudi crown prince Nayef bin Abdulaziz (Saudi Arabia, June 2012), the death,
lying in state and burial of the former Algerian president Chadli Bendjedid with eight days of national mourning
(Algeria, October 2012), and the death and funeral of the former Lebanese prime minister Omar Karami with three
days of official mourning (Lebanon, January 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-crown-prince-nayef-death-2012
S = "saudi-crown-prince-nayef-death-2012"
DEATH = "2012-06-16"                       # Nayef died in Geneva on Sat 16 Jun 2012 (26 Rajab 1433), announced that day
FUNERAL = "2012-06-17"                     # body flown to Jeddah, prayer after Maghrib in the Grand Mosque and burial at al-Adl, Sun 17 Jun 2012
art(S, "https://v2.agora.ma/?p=103248",
    "2012-06-16", "no date line on the stored page; the body's 'ظهر اليوم السبت 16 يونيو الجاري' for the royal court's announcement gives Sat 16 Jun 2012 (16 Jun 2012 was a Saturday); the sign-off 'أكورا بريس / خ.بــ' dropped; headline written from the body (the stored text has none)", False, """
وفاة ولي العهد السعودي الأمير نايف بن عبدالعزيز في جنيف
كشف الديوان الملكي السعودي ظهر اليوم السبت 16 يونيو الجاري عن وفاة الأمير "نايف بن عبدالعزيز" ولي العهد السعودي، نائب رئيس مجلس الوزراء، وزير الداخلية، عن عمر ناهز 78 عاما، في جنيف التي كان يتلقى فيها العلاج.
وأوضح الديوان أيضا أن صلاة الجنازة ستقام على الفقيد بعد صلاة المغرب ليوم الأحد 17 يونيو في المسجد الحرام.
والأمير نايف بن عبد العزيز بن عبد الرحمن آل سعود من مواليد سنة 1934، وهو الابن الثالث والعشرون بين الذكور من أبناء الملك "عبد العزيز بن عبد الرحمن بن فيصل" آل سعود من زوجته الأميرة "حصة بنت أحمد السديري"، ويكنى أبا سعود نسبة إلى أكبر أبنائه "سعود بن نايف بن عبد العزيز" آل سعود.
وقد تولى ولاية العهد في السعودية إثر وفاة الأمير "سلطان بن عبد العزيز" آل سعود، وكان قبل ذلك نائبا ثانيا لرئيس مجلس الوزراء منذ 27 مارس 2009، ووزيرا للداخلية منذ عام 1975.
""", [
    ev("death-announcement", "كشف الديوان الملكي السعودي ظهر اليوم السبت 16 يونيو الجاري", DEATH, "'ظهر اليوم السبت 16 يونيو الجاري' = Sat 16 Jun 2012"),
    ev("death", "عن عمر ناهز 78 عاما، في جنيف", DEATH, "no own expression; the death in Geneva on Sat 16 Jun 2012, the day of the announcement (al-Bilad: '( امس ) السبت 26 /7 /1433ه')"),
    ev("funeral-prayer", "ستقام على الفقيد بعد صلاة المغرب ليوم الأحد 17 يونيو", FUNERAL, "'ليوم الأحد 17 يونيو' = Sun 17 Jun 2012"),
    ev("crown-prince-appointment", "وقد تولى ولاية العهد في السعودية إثر وفاة الأمير", "2011-10-27", "no own expression; Nayef was named crown prince by the royal order of Thu 27 Oct 2011, after Sultan's death (known from the story's background)"),
    ev("second-deputy-pm", "نائبا ثانيا لرئيس مجلس الوزراء منذ 27 مارس 2009", "2009-03-27", "'منذ 27 مارس 2009' = the appointment of Fri 27 Mar 2009"),
])
art(S, "http://www.shorouknews.com/news/view.aspx?cdate=17062012&id=b0a8cb27-374d-4566-bc04-b457aeeba6b2",
    "2012-06-17", "the page address carries the stamp 'cdate=17062012'; the body's 'مساء اليوم الأحد' for the funeral of Sun 17 Jun 2012 agrees; headline written from the body (the stored text has none); the last, truncated word of the excerpt completed ('مكة المكرمة')", True, """
طنطاوي والملك عبد الله يتقدمان مشيعي جنازة ولي العهد السعودي في الحرم المكي
كان في مقدمة مشيعي جنازة ولي العهد السعودي الراحل، الأمير نايف بن عبد العزيز، مساء اليوم الأحد بالحرم المكي، المشير محمد حسين طنطاوي، القائد العام ورئيس المجلس الأعلى للقوات المسلحة، وخادم الحرمين الشريفين الملك عبد الله بن عبد العزيز.
وحضر مراسم تشييع الأمير نايف، الذي توفي يوم أمس السبت عن عمر ناهز 78 عاما، عدد كبير من القادة العرب، منهم أمير دولة الكويت الأمير صباح الأحمد الجابر الصباح، ورئيس الوزراء اللبناني نجيب ميقاتي، وولي عهد أبو ظبي الشيخ محمد بن زايد، وأفراد من الأسرة الحاكمة في المملكة، والأمين العام لجامعة الدول العربية الدكتور نبيل العربي، والأمير تركي بن عبد العزيز، فضلا عن كثير من القادة والمسؤولين العرب والمسلمين والمواطنين السعوديين وآلاف المعتمرين.
وكان جثمان ولي العهد السعودي قد بلغ جدة بعد ظهر اليوم آتيا من العاصمة السويسرية جنيف، حيث كان يخضع لبعض الفحوصات الطبية قبل ثلاثة أسابيع، بعدما عاد في شهر مارس الماضي من كليفلاند في الولايات المتحدة الأمريكية، التي أمضى فيها نحو الشهر لعلاج جلطة دماغية.
ومن المنتظر أن ينقل جثمان ولي العهد السعودي ليوارى الثرى في مقبرة «العدل» بمكة المكرمة.
""", [
    ev("funeral-prayer", "كان في مقدمة مشيعي جنازة ولي العهد السعودي الراحل", FUNERAL, "'مساء اليوم الأحد' = Sun 17 Jun 2012"),
    ev("death", "الذي توفي يوم أمس السبت", DEATH, "'يوم أمس السبت' from Sun 17 Jun 2012 = Sat 16 Jun"),
    ev("body-arrives-jeddah", "قد بلغ جدة بعد ظهر اليوم", FUNERAL, "'بعد ظهر اليوم' = Sun 17 Jun 2012"),
    ev("geneva-stay", "حيث كان يخضع لبعض الفحوصات الطبية قبل ثلاثة أسابيع", "2012-05-26", "'قبل ثلاثة أسابيع' from Sun 17 Jun 2012 = about 27 May; the Geneva stay began on 26 May 2012 (other reports: 'منذ يوم 26 مايو الماضي'); my span 26-27 May", end="2012-05-28"),
    ev("cleveland-return", "بعدما عاد في شهر مارس الماضي من كليفلاند", "2012-03-01", "'في شهر مارس الماضي' from June 2012 = March 2012 (the month only)", end="2012-04-01"),
    ev("burial", "ليوارى الثرى في مقبرة «العدل» بمكة المكرمة", FUNERAL, "no own expression; the burial at al-Adl after the prayer of Sun 17 Jun 2012 (emaratalyoum of Mon 18: 'أمس')"),
])
art(S, "https://sauress.com/albilad/102727",
    "2012-06-17", "no date line on the stored page; an al-Bilad report carried by sauress; the royal court's statement as quoted, '( امس ) السبت 26 /7 /1433ه' for the death and 'من اليوم الأحد الموافق 27 /7 /1433ه' for the prayer, gives Sun 17 Jun 2012 (26 Rajab 1433 = Sat 16 Jun 2012, the day of the death in the other reports); headline written from the body (the stored text has none)", False, """
خادم الحرمين ينعى ولي العهد الأمير نايف بن عبدالعزيز
نعى خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود، بعميق الأسى والحزن، أخاه صاحب السمو الملكي الأمير نايف بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، الذي وافته المنية ( امس ) السبت 26 /7 /1433ه خارج المملكة، على أن تقام عليه صلاة الجنازة - إن شاء الله - بعد صلاة المغرب من اليوم الأحد الموافق 27 /7 /1433ه في المسجد الحرام بمكة المكرمة.
وقدم الديوان الملكي في بيان تعازيه للشعب السعودي في الفقيد، داعيا المولى عز وجل أن يشمله بواسع رحمته ومغفرته ويسكنه فسيح جناته، وأن يجزيه أحسن الجزاء على ما قدمه لدينه ووطنه. (إنا لله وإنا إليه راجعون).
وتلقى خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود حفظه الله امس اتصالا هاتفيا من أخيه جلالة الملك محمد السادس ملك المملكة المغربية، عبّر فيه عن أصدق تعازيه ومواساته لخادم الحرمين الشريفين في وفاة أخيه صاحب السمو الملكي الأمير نايف بن عبدالعزيز آل سعود - رحمه الله - .
وعبّر خادم الحرمين الشريفين عن شكره وامتنانه لجلالته على مواساته ومشاعره النبيلة، داعيا الله تعالى أن يتغمد الفقيد بواسع رحمته ومغفرته ويسكنه فسيح جناته، وألا يُري جلالته وشعب المغرب الشقيق أي مكروه.
""", [
    ev("death-announcement", "نعى خادم الحرمين الشريفين الملك عبدالله", DEATH, "no own expression; the royal court's announcement of the death, issued on Sat 16 Jun 2012 (agora: 'ظهر اليوم السبت 16 يونيو الجاري')"),
    ev("death", "الذي وافته المنية ( امس ) السبت 26 /7 /1433ه خارج المملكة", DEATH, "'( امس ) السبت 26 /7 /1433ه' = Sat 16 Jun 2012"),
    ev("funeral-prayer", "على أن تقام عليه صلاة الجنازة", FUNERAL, "'من اليوم الأحد الموافق 27 /7 /1433ه' = Sun 17 Jun 2012"),
    ev("mohammed-vi-call", "اتصالا هاتفيا من أخيه جلالة الملك محمد السادس", DEATH, "'امس' in a report of Sun 17 Jun 2012 = Sat 16 Jun"),
])
art(S, "https://emaratalyoum.com/politics/news/2012-06-18-1.492736?ot=ot.AMPPageLayout",
    "2012-06-18", "the page address carries the date '2012-06-18'; the body's 'أمس' for the burial of Sun 17 Jun 2012 agrees (Mon 18 Jun 2012); the photo caption dropped; headline kept from the page; the last, truncated sentence shortened", True, """
ولي العهد السعودي يوارى الثرى في مكة المكرمة
ووري ولي عهد السعودية الأمير نايف بن عبدالعزيز الثرى في مكة المكرمة بعد صلاة المغرب في المسجد الحرام، أمس، وكان الفريق أول سمو الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، بين عدد كبير من قادة دول التعاون الخليجي والعالم العربي ودول العالم الذين قدموا واجب العزاء إلى العاهل السعودي.
وكان جثمان الفقيد قد وصل إلى مطار جدة قادما من جنيف، ثم نقل إلى مكة المكرمة، حيث حضر العاهل السعودي وكبار الأمراء للمشاركة في الصلاة.
وصدرت الصحف السعودية، أمس، بعناوين سوداء، واحتلت صور ولي العهد الراحل صفحاتها الأولى وملاحقها، مع عبارات من قبيل «رحل قاهر الإرهاب» و«أمير الأمن والأمان» و«وداعاً نايف» و«بطل الانتصار على الإرهاب والتهريب».
وبذلك يصبح الأمير نايف أول ولي عهد سعودي يدفن في مكة المكرمة، وثالث أمير سعودي من أبناء الملك عبدالعزيز يدفن فيها، بعد الأميرين منصور بن عبدالعزيز وزير الدفاع الأسبق وماجد بن عبدالعزيز أمير منطقة مكة المكرمة السابق، إلى جانب عدد من الأمراء والأميرات من أحفاد الملك عبدالعزيز.
""", [
    ev("burial", "ووري ولي عهد السعودية الأمير نايف بن عبدالعزيز الثرى", FUNERAL, "'أمس' in an article of Mon 18 Jun 2012 = Sun 17 Jun"),
    ev("mbz-condolences", "الذين قدموا واجب العزاء إلى العاهل السعودي", FUNERAL, "same sentence as the burial ('أمس' = Sun 17 Jun 2012)"),
    ev("body-arrives-jeddah", "وكان جثمان الفقيد قد وصل إلى مطار جدة", FUNERAL, "no own expression; the body reached Jeddah in the afternoon of Sun 17 Jun 2012 (shorouk: 'بعد ظهر اليوم')"),
    ev("funeral-prayer", "للمشاركة في الصلاة", FUNERAL, "no own expression; the prayer after Maghrib on Sun 17 Jun 2012"),
    ev("black-headlines", "وصدرت الصحف السعودية، أمس، بعناوين سوداء", FUNERAL, "'أمس' in an article of Mon 18 Jun 2012 = Sun 17 Jun"),
])

# ---------------------------------------------------------------- algeria-chadli-bendjedid-death-2012
S = "algeria-chadli-bendjedid-death-2012"
DEATH = "2012-10-06"                       # Bendjedid died at Ain Naadja military hospital on Sat 6 Oct 2012
LYING = "2012-10-07"                       # his body lay in state at the People's Palace on Sun 7 Oct 2012
BURIAL = "2012-10-08"                      # buried in the martyrs' square of El Alia cemetery on Mon 8 Oct 2012
MOURNING = (DEATH, "2012-10-14")           # eight days of national mourning from Sat 6 Oct (6-13 Oct 2012)
PRESIDENCY = ("1979-02-09", "1992-01-12")  # president from 9 Feb 1979 until his resignation on 11 Jan 1992
art(S, "https://maghress.com/zapress/15520",
    "2012-10-06", "no date line on the stored page; a zapress report carried by maghress; the body's 'ابتداء من اليوم السبت' for the mourning and 'في وقت سابق اليوم' for the death give Sat 6 Oct 2012 (the death is 'امس السبت' in the APS wire of Sun 7 Oct; 6 Oct 2012 was a Saturday); headline written from the body (the stored text has none)", False, """
بوتفليقة يعلن حدادا وطنيا ثمانية أيام على الشاذلي بن جديد
أعلن الرئيس الجزائري عبد العزيز بوتفليقة الحداد الوطني لمدة ثمانية أيام ابتداء من اليوم السبت، إثر وفاة الرئيس الأسبق الشاذلي بن جديد، بحسب ما أورده التلفزيون الجزائري العمومي.
وأوضح المصدر ذاته أن جثمان الراحل سيوارى الثرى بعد غد الاثنين في مقبرة العالية بالجزائر العاصمة.
وكان الشاذلي بن جديد قد فارق الحياة في وقت سابق اليوم في أحد مستشفيات العاصمة عن عمر ناهز ال83 عاما.
ويعتبر الفقيد ثالث رئيس للجزائر بعد الاستقلال (1979-1992)، وقد خلف الهواري بومدين.
""", [
    ev("national-mourning", "الحداد الوطني لمدة ثمانية أيام ابتداء من اليوم السبت", MOURNING[0], "'لمدة ثمانية أيام ابتداء من اليوم السبت' = Sat 6 - Sat 13 Oct 2012", end=MOURNING[1]),
    ev("burial", "سيوارى الثرى بعد غد الاثنين", BURIAL, "'بعد غد الاثنين' from Sat 6 Oct 2012 = Mon 8 Oct"),
    ev("death", "قد فارق الحياة في وقت سابق اليوم", DEATH, "'في وقت سابق اليوم' = Sat 6 Oct 2012"),
    ev("presidency", "ثالث رئيس للجزائر بعد الاستقلال (1979-1992)", PRESIDENCY[0], "'(1979-1992)': his term, from 9 Feb 1979 to his resignation on 11 Jan 1992 (known dates)", end=PRESIDENCY[1]),
])
art(S, "https://djazairess.com/aps/265683",
    "2012-10-07", "no date line on the stored page; an APS wire carried by djazairess; the body's 'بعد ظهر الأحد', 'امس السبت' for the death and 'غدا الاثنين' for the burial give Sun 7 Oct 2012; headline written from the body (the stored text has none)", False, """
بوتفليقة يترحم على روح الرئيس الأسبق الشاذلي بن جديد بقصر الشعب
أدى رئيس الجمهورية عبد العزيز بوتفليقة بعد ظهر الأحد، بقصر الشعب في الجزائر العاصمة، الترحم على روح الفقيد الرئيس الأسبق للجزائر (1979 - 1992) الشاذلي بن جديد، الذي توفي امس السبت إثر مرض عضال.
وفي أجواء مهيبة تلا رئيس الدولة فاتحة الكتاب، ثم وقع على سجل التعازي.
ونقل جثمان الراحل إلى قصر الشعب كي يتمكن أفراد الأسلاك النظامية والمواطنون من إلقاء النظرة الأخيرة عليه.
وستقام جنازة الفقيد الشاذلي بن جديد غدا الاثنين بعد صلاة الظهر في مربع الشهداء بمقبرة العالية بالجزائر العاصمة.
وكان الشاذلي بن جديد، ثالث رئيس للجزائر المستقلة، قد انتقل إلى رحمة الله امس في المستشفى العسكري بعين النعجة إثر مرض عضال.
وبمجرد الإعلان عن وفاة الفقيد، قرر الرئيس بوتفليقة إعلان الحداد الوطني لمدة ثمانية ايام ابتداء من يوم امس السبت في كامل أرجاء التراب الوطني.
""", [
    ev("bouteflika-tribute", "أدى رئيس الجمهورية عبد العزيز بوتفليقة بعد ظهر الأحد", LYING, "'بعد ظهر الأحد' = Sun 7 Oct 2012"),
    ev("death", "الذي توفي امس السبت إثر مرض عضال", DEATH, "'امس السبت' from Sun 7 Oct 2012 = Sat 6 Oct"),
    ev("lying-in-state", "ونقل جثمان الراحل إلى قصر الشعب", LYING, "no own expression; the body was brought to the People's Palace at noon on Sun 7 Oct 2012 (the presidency's statement: 'بداية من منتصف نهار اليوم الأحد')"),
    ev("burial", "وستقام جنازة الفقيد الشاذلي بن جديد غدا الاثنين", BURIAL, "'غدا الاثنين' from Sun 7 Oct 2012 = Mon 8 Oct"),
    ev("national-mourning", "إعلان الحداد الوطني لمدة ثمانية ايام ابتداء من يوم امس السبت", MOURNING[0], "'لمدة ثمانية ايام ابتداء من يوم امس السبت' = Sat 6 - Sat 13 Oct 2012", end=MOURNING[1]),
])
art(S, "https://www.aletihad.ae/articleamp/96792/2012/صحيفة-جزائرية:-بن-جديد-مات-بسرطان-الجلد",
    "2012-10-07", "no date line on the stored page (the address gives only the year 2012); the body's 'اليوم الأحد' for the newspaper's report, 'أمس السبت' for the death and 'غدا الاثنين' for the burial give Sun 7 Oct 2012; headline rendered from the URL slug", False, """
صحيفة جزائرية: بن جديد مات بسرطان الجلد
أفادت صحيفة جزائرية اليوم الأحد بأن الرئيس الراحل الشاذلي بن جديد كان يعاني من سرطان الجلد.
وكان الشاذلي بن جديد، ثالث رؤساء الجزائر منذ الاستقلال، قد رحل أمس السبت عن 83 عاما بعد صراع مع المرض.
وأعلن الرئيس الجزائري عبد العزيز بوتفليقة الحداد الوطني لمدة ثمانية أيام، بينما يشيّع جثمان الفقيد غدا الاثنين إلى مثواه الأخير في مربع الشهداء بمقبرة العالية في العاصمة الجزائرية.
وعنونت صحيفة "الخبر" في عددها اليوم: "الجزائر تودع رجل الانفتاح"، وذكرت أن الرئيس الشاذلي توفي في مستشفى عين النعجة العسكري بالجزائر العاصمة بعد أربعة أيام قضاها في الغيبوبة جراء مضاعفات سرطان الجلد، وأنه قرر قبل أربعة أسابيع وقف رحلة علاجه في مستشفى فال دوغراس العسكري بباريس، التي كان يفترض أن تدوم شهرين، وطلب من عائلته إعادته إلى بلاده.
""", [
    ev("khabar-report", "أفادت صحيفة جزائرية اليوم الأحد", LYING, "'اليوم الأحد' = Sun 7 Oct 2012"),
    ev("death", "قد رحل أمس السبت عن 83 عاما", DEATH, "'أمس السبت' from Sun 7 Oct 2012 = Sat 6 Oct"),
    ev("national-mourning", "وأعلن الرئيس الجزائري عبد العزيز بوتفليقة الحداد الوطني", MOURNING[0], "no start of its own; the eight days from Sat 6 Oct 2012 (APS: 'ابتداء من يوم امس السبت') = 6-13 Oct", end=MOURNING[1]),
    ev("burial", "يشيّع جثمان الفقيد غدا الاثنين", BURIAL, "'غدا الاثنين' from Sun 7 Oct 2012 = Mon 8 Oct"),
    ev("coma", "بعد أربعة أيام قضاها في الغيبوبة", "2012-10-02", "'أربعة أيام' of coma before the death of Sat 6 Oct 2012 = from about Tue 2/Wed 3 Oct to Sat 6 Oct (my span 2-6 Oct)", end="2012-10-07"),
    ev("paris-treatment-cut", "قرر قبل أربعة أسابيع وقف رحلة علاجه", "2012-09-06", "'قبل أربعة أسابيع' from Sun 7 Oct 2012 = about Sun 9 Sep; my span 6-12 Sep 2012", end="2012-09-13"),
])
art(S, "http://tunisien.tn/1/%d8%aa%d8%b4%d9%8a%d9%8a%d8%b9-%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1%d9%8a-%d8%a7%d9%84%d8%a3%d8%b3%d8%a8%d9%82-%d8%a7%d9%84%d8%b4%d8%a7%d8%b0%d9%84%d9%8a",
    "2012-10-08", "no date line on the stored page; the body's 'اليوم الاثنين' for the burial and 'السبت الماضي' for the death give Mon 8 Oct 2012 (the burial was on Mon 8 Oct in the other reports: 'بعد غد الاثنين' on Sat 6, 'غدا الاثنين' on Sun 7); the comment notice dropped; headline rendered from the URL slug (completed with the name)", False, """
تشييع الرئيس الجزائري الأسبق الشاذلي بن جديد
أوضحت الرئاسة الجزائرية في بيان أن الحداد الوطني على رحيل الرئيس السابق الشاذلي بن جديد يستمر لمدة ثمانية أيام، مبينة أن الراحل سيشيع إلى مثواه الأخير اليوم الاثنين في مقبرة الشهداء بالجزائر العاصمة.
وكان الشاذلي بن جديد، الذي تولى حكم الجزائر 13 سنة من سنة 1979 إلى سنة 1992، قد توفي السبت الماضي بعد صراع مع مرض السرطان.
وسيوارى الثرى اليوم الاثنين في مربع الشهداء بمقبرة العالية بجوار سلفيه « أحمد بن بلة » و« هواري بومدين »، وكذلك الرئيس « محمد بوضياف » الذي خلفه إثر استقالته في 1992 قبل أن يغتال في جوان من السنة نفسها.
وسيتاح للجزائريين إلقاء النظرة الأخيرة على ثالث رئيس للجزائر المستقلة في نهاية اليوم.
""", [
    ev("national-mourning", "الحداد الوطني على رحيل الرئيس السابق", MOURNING[0], "no start of its own ('لمدة ثمانية أيام'); the eight days from Sat 6 Oct 2012 = 6-13 Oct", end=MOURNING[1]),
    ev("burial", "سيشيع إلى مثواه الأخير اليوم الاثنين", BURIAL, "'اليوم الاثنين' = Mon 8 Oct 2012"),
    ev("death", "قد توفي السبت الماضي", DEATH, "'السبت الماضي' from Mon 8 Oct 2012 = Sat 6 Oct"),
    ev("presidency", "تولى حكم الجزائر 13 سنة من سنة 1979 إلى سنة 1992", PRESIDENCY[0], "'من سنة 1979 إلى سنة 1992': his term, 9 Feb 1979 - 11 Jan 1992 (known dates)", end=PRESIDENCY[1]),
    ev("resignation", "الذي خلفه إثر استقالته في 1992", "1992-01-11", "'في 1992' = his resignation of Sat 11 Jan 1992 (known day; the year only in the text)"),
    ev("boudiaf-assassination", "قبل أن يغتال في جوان من السنة نفسها", "1992-06-29", "'في جوان من السنة نفسها' = June 1992; Boudiaf was killed on Mon 29 Jun 1992 (known day; the month only in the text)"),
])

# ---------------------------------------------------------------- lebanon-omar-karami-death-2015
S = "lebanon-omar-karami-death-2015"
DEATH = "2015-01-01"                       # Omar Karami died at dawn on Thu 1 Jan 2015 at AUBMC, Beirut
FUNERAL = "2015-01-02"                     # funeral in Tripoli (cortege, prayer at al-Mansouri mosque, burial at Bab al-Ramel), Fri 2 Jan 2015
art(S, "https://www.lebanese-forces.com/2015/01/01/omar-karami/",
    "2015-01-01", "the page address carries the date '2015/01/01'; the body's 'صباح الخميس 1 كانون الثاني 2015' agrees; headline kept from the page; the last, truncated sentence of the prime minister's memorandum dropped", True, """
وفاة عمر كرامي عن عمر يناهز الـ80
أُعلن صباح الخميس 1 كانون الثاني 2015 رحيل رئيس الحكومة السابق عمر كرامي عن عمر ناهز الـ 80 عاماً بعد صراع مع المرض.
وفي وقت لاحق أصدرت عائلتا آل كرامي وآل قبطان بيانا ذكرتا فيه "أن الصلاة على جثمان الرئيس عمر كرامي ستقام عقب صلاة ظهر يوم الجمعة في 2 الحالي في مسجد المنصوري الكبير، ليوارى بعدها الثرى في مدافن العائلة في باب الرمل.
وتبدأ مراسم التشييع الرسمية والشعبية عند التاسعة من قبل ظهر الجمعة من أمام قصر كرامي – كرم القلة.
وتقبل التعازي للرجال ايام الثاني والثالث في 3 و4 والاسبوع الواقع في 8 كانون الثاني 2015 في معرض رشيد كرامي الدولي، من العاشرة وحتى الواحدة بعد الظهر ومن الثالثة وحتى السادسة مساء.
أما النساء فتقبل تعازيهن طيلة ايام الاسبوع ابتداء من 3 ولغاية 8 كانون الثاني 2015 في معرض رشيد كرامي، من العاشرة وحتى الواحدة بعد الظهر ومن الثالثة وحتى السادسة مساء".
وبالتزامن مع ذلك أصدر رئيس مجلس الوزراء تمام سلام مذكرة تقضي بإعلان الحداد الرسمي على وفاة المغفور له الرئيس عمر عبد الحميد كرامي، جاء فيها: "يعلن الحداد الرسمي على فقيد لبنان المغفور له المرحوم دولة الرئيس عمر عبد الحميد كرامي، رئيس مجلس وزراء لبنان الاسبق، الذي توفاه الله فجر يوم الخميس في 1/1/2015".
""", [
    ev("death", "أُعلن صباح الخميس 1 كانون الثاني 2015 رحيل", DEATH, "'صباح الخميس 1 كانون الثاني 2015' = Thu 1 Jan 2015"),
    ev("funeral-prayer", "ستقام عقب صلاة ظهر يوم الجمعة في 2 الحالي", FUNERAL, "'يوم الجمعة في 2 الحالي' = Fri 2 Jan 2015"),
    ev("burial", "ليوارى بعدها الثرى في مدافن العائلة في باب الرمل", FUNERAL, "after the prayer of Fri 2 Jan 2015 ('بعدها')"),
    ev("funeral-procession", "وتبدأ مراسم التشييع الرسمية والشعبية", FUNERAL, "'عند التاسعة من قبل ظهر الجمعة' = Fri 2 Jan 2015"),
    ev("condolences", "وتقبل التعازي للرجال", "2015-01-03", "'في 3 و4 والاسبوع الواقع في 8 كانون الثاني 2015' (men) and 'ابتداء من 3 ولغاية 8 كانون الثاني 2015' (women) = Sat 3 - Thu 8 Jan 2015", end="2015-01-09"),
    ev("mourning-declared", "أصدر رئيس مجلس الوزراء تمام سلام مذكرة", DEATH, "no own expression; the memorandum was issued on the day of the death, Thu 1 Jan 2015 ('بالتزامن مع ذلك')"),
])
art(S, "https://paltoday.ps/ar/post/225209/send-post",
    "2015-01-02", "the page's time stamp 'الساعة 01:14 م|02 يناير 2015' (dropped from the text) and the body's 'اليوم الجمعة' give Fri 2 Jan 2015; the label 'خبر' and the agency tag 'وكالات' dropped; headline kept from the page; the last, truncated sentence of the excerpt dropped", True, """
تشييع جثمان رئيس الحكومة اللبنانية الأسبق عمر كرامي
ودّع لبنان، اليوم الجمعة، رئيس حكومته الأسبق عمر كرامي في مدينته طرابلس في شمال البلاد، في جنازة حضرها رسميون وحشود شعبية وواكبتها إجراءات أمنية مشددة.
وتحرك موكب جثمان كرامي صباح اليوم من مستشفى الجامعة الاميركية في بيروت متجها إلى طرابلس، حيث توقف في محطات عدة أبرزها قصر آل كرامي في المدينة، ثم صلي على جثمانه في المسجد المنصوري الكبير في وسطها.
وخطب مفتي الجمهورية الشيخ عبد اللطيف دريان خطبة الجمعة في المسجد المنصوري الكبير في طرابلس قبل الصلاة على الفقيد، بحضور رئيس مجلس الوزراء تمام سلام ووزراء ونواب وشخصيات وجموع من المواطنين، وقال فيها إن « الضالين هم المتطرفون الذين حادوا عن طريق الله المستقيم ».
وتابع: « علّمنا الاسلام ان نحترم الاختلاف، فهو قائم ومستمر وتعبير عن العظمة الالهية، ولا يستطيع الناس المختلفون أن يتعايشوا من دون أن يتعارفوا ».
ونقل نعش كرامي إلى مدافن العائلة في منطقة باب الرمل في طرابلس على سيارة عسكرية تجر مدفعا، وسط الأعلام اللبنانية وصور الرئيس الراحل واللافتات التي تشيد بمواقفه والمنتشرة في شوارع طرابلس.
""", [
    ev("funeral", "ودّع لبنان، اليوم الجمعة، رئيس حكومته الأسبق", FUNERAL, "'اليوم الجمعة' = Fri 2 Jan 2015"),
    ev("funeral-procession", "وتحرك موكب جثمان كرامي صباح اليوم", FUNERAL, "'صباح اليوم' = Fri 2 Jan 2015"),
    ev("funeral-prayer", "ثم صلي على جثمانه في المسجد المنصوري الكبير", FUNERAL, "no own expression; the prayer after the Friday prayer of Fri 2 Jan 2015"),
    ev("derian-sermon", "وخطب مفتي الجمهورية الشيخ عبد اللطيف دريان خطبة الجمعة", FUNERAL, "'خطبة الجمعة' on the funeral day, Fri 2 Jan 2015"),
    ev("burial", "ونقل نعش كرامي إلى مدافن العائلة", FUNERAL, "no own expression; the burial after the prayer of Fri 2 Jan 2015"),
])
art(S, "https://allwaaelaraby.net/%d9%84%d8%a8%d9%86%d8%a7%d9%86-%d8%aa%d8%b4%d9%8a%d8%b9-%d8%ac%d8%ab%d9%85%d8%a7%d9%86-%d8%b1%d8%a6%d9%8a%d8%b3-%d9%88%d8%b2%d8%b1%d8%a7%d8%a6%d9%87%d8%a7-%d8%b9%d9%85%d8%b1-%d9%83%d8%b1%d8%a7%d9%85",
    "2015-01-02", "no date line on the stored page; the body's 'اليوم الجمعة' for the funeral and 'أمس الخميس' for the death give Fri 2 Jan 2015 (the death of Thu 1 Jan 2015: lebanese-forces 'صباح الخميس 1 كانون الثاني 2015'); the comment notice dropped; headline rendered from the URL slug", False, """
لبنان تشيع جثمان رئيس وزرائها عمر كرامي
شُيّع رئيس الحكومة اللبنانية الأسبق عمر كرامى اليوم الجمعة إلى مثواه الأخير في طرابلس بشمال لبنان، بمشاركة كل الأحزاب والقوى والتيارات السياسية، التي أجمعت على أن الراحل كرامى شكّل محورا لوحدة البلاد في وجه التحديات.
وشدد حزب الله على أن لبنان فقد برحيل الرئيس عمر كرامى قامة وطنية وعربية كبيرة، فيما أكدت إيران من جانبها أن مواقف كرامى الشجاعة والخالدة في دعم القضايا العادلة واحتضانها، ولا سيما المقاومة، ستبقى خالدة.
وكان كرامى قد توفي أمس الخميس عن عمر ناهز الثمانين عاما إثر صراع طويل مع مرض السرطان.
وتولى الراحل كرامى رئاسة الوزراء مرتين، ثم استقال في أعقاب اغتيال الرئيس رفيق الحريرى، وعرف كرامى بمواقفه الداعمة للمقاومة ولوحدة اللبنانيين.
وأعلن لبنان الحداد لمدة ثلاثة أيام اعتبارا من اليوم الجمعة.
""", [
    ev("funeral", "شُيّع رئيس الحكومة اللبنانية الأسبق عمر كرامى اليوم الجمعة", FUNERAL, "'اليوم الجمعة' = Fri 2 Jan 2015"),
    ev("death", "وكان كرامى قد توفي أمس الخميس", DEATH, "'أمس الخميس' from Fri 2 Jan 2015 = Thu 1 Jan"),
    ev("resignation-2005", "ثم استقال في أعقاب اغتيال الرئيس رفيق الحريرى", "2005-02-28", "no own expression; his resignation of Mon 28 Feb 2005, two weeks after Hariri's assassination of 14 Feb 2005 (known day)"),
    ev("national-mourning", "وأعلن لبنان الحداد لمدة ثلاثة أيام اعتبارا من اليوم الجمعة", FUNERAL, "'لمدة ثلاثة أيام اعتبارا من اليوم الجمعة' = Fri 2 - Sun 4 Jan 2015", end="2015-01-05"),
])
art(S, "https://imlebanon.org/newspaper/al-anwar-editorial-54",
    "2015-01-03", "no date line on the stored page; an editorial of the daily al-Anwar carried by IMLebanon; the body's 'ودّع لبنان وطرابلس أمس' and 'خطبة الجمعة' for the funeral of Fri 2 Jan 2015 give Sat 3 Jan 2015; the site name dropped; headline kept from the page; the last, truncated sentence of the excerpt dropped", False, """
تلاقي اللبنانيين في وداع عمر كرامي
ودّع لبنان وطرابلس أمس الرئيس عمر كرامي في مأتم مهيب حضره رئيس الحكومة تمام سلام ورؤساء الحكومة السابقون وممثلو القيادات السياسية ووزراء ونواب وجموع شعبية.
فقد استيقظت عاصمة الشمال طرابلس امس على الأعلام اللبنانية وصور الرئيس الراحل كرامي واللافتات المشيدة بمواقفه تغطي معظم شوارع المدينة.
وأقفلت كل المحال التجارية والإدارات العامة والمؤسسات الاجتماعية والثقافية أبوابها للمشاركة في التشييع.
ووصل جثمان الراحل الكبير من بيروت إلى باحة قصر الرئيس كرامي في كرم القلة، حيث وضع على سيارة هامر تجر مدفعا، وعبرت به ساحات التل والكورة والنجمة وصولا إلى الجامع المنصوري الكبير.
وأمّ مفتي الجمهورية الشيخ عبد اللطيف دريان المصلين في المسجد المنصوري الكبير في طرابلس وألقى خطبة الجمعة، بحضور الرئيس سلام، والرئيس فؤاد السنيورة بصفته الشخصية وممثلا الرئيس سعد الحريري، ورفعت بدوي ممثلا الرئيس سليم الحص، ووزراء ونواب وشخصيات وحشود.
""", [
    ev("funeral", "ودّع لبنان وطرابلس أمس الرئيس عمر كرامي", FUNERAL, "'أمس' in an article of Sat 3 Jan 2015 = Fri 2 Jan"),
    ev("shops-closed", "وأقفلت كل المحال التجارية", FUNERAL, "no own expression; on the funeral day, Fri 2 Jan 2015 ('امس' of the sentence before)"),
    ev("funeral-procession", "ووصل جثمان الراحل الكبير من بيروت", FUNERAL, "no own expression; the cortege of the funeral morning, Fri 2 Jan 2015"),
    ev("funeral-prayer", "وأمّ مفتي الجمهورية الشيخ عبد اللطيف دريان المصلين", FUNERAL, "no own expression; the prayer of the funeral day, Fri 2 Jan 2015"),
    ev("derian-sermon", "وألقى خطبة الجمعة", FUNERAL, "'خطبة الجمعة' on the funeral day, Fri 2 Jan 2015"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 577
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
