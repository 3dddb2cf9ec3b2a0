"""Builds stories.jsonl: the 354-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: deaths of Arab rulers and succession: a king, emir or sultan
dies, mourning and funeral, the successor sworn in or named, pledges of allegiance.
Stories: the death of King Fahd and the allegiance to King Abdullah (Saudi Arabia, August 2005), the death of
Sheikh Maktoum bin Rashid, ruler of Dubai, and Mohammed bin Rashid's succession (UAE, January 2006), the death of
Sheikh Saqr bin Mohammed al-Qasimi, ruler of Ras al-Khaimah, and the contested succession of Sheikh Saud (UAE,
October 2010), the death of Crown Prince Sultan and the naming of Prince Nayef (Saudi Arabia, October 2011), and the
death of Qatar's Father Emir Sheikh Khalifa bin Hamad (Qatar, October 2016).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-king-fahd-death-2005
S = "saudi-king-fahd-death-2005"
DEATH = "2005-08-01"                       # King Fahd died in the morning of Mon 1 Aug 2005 (26 Jumada II 1426)
FUNERAL = "2005-08-02"                     # funeral prayer in the Imam Turki mosque and burial in al-Oud, Tue 2 Aug 2005 after 'asr
BAYA = "2005-08-03"                        # the citizens' pledge of allegiance in al-Hukm palace began Wed 3 Aug 2005
art(S, "https://elaph.com/ElaphWeb/Politics/2005/8/80317.html",
    DEATH, "the URL gives only the month ('/2005/8/'); the body's 'صباح هذا اليوم' for the king's death, with the funeral 'غدا الثلاثاء' and the citizens' allegiance 'عصر يوم بعد غد', gives Mon 1 Aug 2005 (1 Aug 2005 was a Monday; the death on that day is certain); headline of two lines joined into one, the photo caption 'سلطان بن عبد العزيز' and the last, truncated quotation of Saudi TV dropped; no date of its own in the text", False, """
الإعلان الرسمي عن رحيل الملك فهد بن عبد العزيز: عبدالله ملكًا وسلطان وليًا للعهد
إيلاف، الرياض: رحل الملك فهد بن عبد العزيز، عاهل المملكة العربية السعودية، صباح هذا اليوم، وبايعت الأسرة الحاكمة السعودية اليوم الأمير عبدالله بن عبدالعزيز ملكا على البلاد، فيما عُيّن الأمير سلطان وليا للعهد، وأفاد بيان رسمي بأن المواطنين يمكنهم تقديم البيعة عصر يوم بعد غد في قصر الحكم. وستُقام الصلاة على الملك الراحل عصر يوم غد. وقد نعى الديوان الملكي السعودي خادم الحرمين الشريفين الملك فهد في بيان رسمي تُلي عبر التلفزيون، بينما أوقفت الإذاعات والقنوات التلفزيونية السعودية جميع برامجها وشرعت في بث القرآن الكريم. ويتوافد أفراد الأسرة الحاكمة بأعداد متزايدة على مستشفى التخصصي الذي كان الملك يرقد فيه، في حين تزدحم رحلات الطيران بالمسافرين العائدين إلى الرياض لحضور مراسم التشييع المقررة غدا الثلاثاء.
وبصوت متهدج ووجه متجهم، تلا وزير الإعلام السعودي إياد مدني بيانا صدر عن الديوان الملكي صباح اليوم يعلن وفاة الملك فهد بن عبدالعزيز.
""", [
    ev("fahd-death", "رحل الملك فهد بن عبد العزيز، عاهل المملكة العربية السعودية، صباح هذا اليوم", DEATH, "'صباح هذا اليوم' = the morning of Mon 1 Aug 2005"),
    ev("abdullah-allegiance", "وبايعت الأسرة الحاكمة السعودية اليوم الأمير عبدالله بن عبدالعزيز ملكا", DEATH, "'اليوم' = Mon 1 Aug 2005 (the family's allegiance right after the death)"),
    ev("sultan-crown-prince", "فيما عُيّن الأمير سلطان وليا للعهد", DEATH, "no own expression (same sentence as 'اليوم'); King Abdullah named Sultan crown prince on Mon 1 Aug 2005"),
    ev("citizens-allegiance", "المواطنين يمكنهم تقديم البيعة عصر يوم بعد غد في قصر الحكم", BAYA, "'عصر يوم بعد غد' from Mon 1 Aug = Wed 3 Aug 2005"),
    ev("fahd-funeral", "وستُقام الصلاة على الملك الراحل عصر يوم غد", FUNERAL, "'عصر يوم غد' from Mon 1 Aug = Tue 2 Aug 2005 (also 'غدا الثلاثاء')"),
    ev("death-announced", "تلا وزير الإعلام السعودي إياد مدني بيانا صدر عن الديوان الملكي صباح اليوم", DEATH, "'صباح اليوم' = the morning of Mon 1 Aug 2005"),
])
art(S, "http://almoslim.net/node/41609",
    FUNERAL, "page date line '27 جمادى الثانية 1426' (kept; = Tue 2 Aug 2005 by the Umm al-Qura calendar, checked with hijridate); the body's 'اليوم الثلاثاء' and 'صباح يوم أمس الاثنين' agree; the byline 'الرياض - المسلم' kept, the site's 'أنت هنا' dropped; headline written from the body (the stored text has none); the last, truncated list of guests shortened", True, """
السعوديون يشيّعون الملك فهد إلى مثواه الأخير في مقبرة العود
27 جمادى الثانية 1426
الرياض - المسلم
شيّع آلاف السعوديين اليوم الثلاثاء، بعد صلاة العصر، جثمان الملك فهد بن عبدالعزيز، الذي فارق الحياة صباح يوم أمس الاثنين.
وأُقيمت الصلاة على الجنازة في مسجد الإمام تركي بن عبدالله بحي الديرة في قلب الرياض، وأمّ المصلين مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ.
وشهد الصلاة الملك عبدالله بن عبدالعزيز (خادم الحرمين الشريفين) والأمير سلطان بن عبدالعزيز (ولي العهد) والأمير سلمان (أمير منطقة الرياض)، إلى جانب عدد كبير من أفراد الأسرة المالكة والوزراء والأمراء.
وعقب الصلاة، نُقل الجثمان إلى مقبرة العود التي تبعد نحو كيلومترين عن مسجد الإمام تركي.
وهناك ووري جثمان الملك فهد الثرى، بعدما صلّت عليه الجموع مرة ثانية في المقبرة.
وشرع الملك عبدالله في تلقي التعازي من الشخصيات العربية والإسلامية والدولية التي قدمت للمشاركة في التشييع.
وكانت الرياض قد استقبلت اليوم عددا من المسؤولين العرب والأجانب الذين جاؤوا لحضور تشييع جثمان الملك فهد وتقديم العزاء للملك عبدالله وأفراد الأسرة الحاكمة، ومن بينهم ملك البحرين حمد بن عيسى آل خليفة ورئيس دولة الإمارات خليفة بن زايد آل نهيان.
""", [
    ev("fahd-funeral", "شيّع آلاف السعوديين اليوم الثلاثاء، بعد صلاة العصر، جثمان الملك فهد", FUNERAL, "'اليوم الثلاثاء' = Tue 2 Aug 2005 (date line)"),
    ev("fahd-death", "الذي فارق الحياة صباح يوم أمس الاثنين", DEATH, "'صباح يوم أمس الاثنين' from Tue 2 Aug = Mon 1 Aug 2005"),
    ev("fahd-burial", "وهناك ووري جثمان الملك فهد الثرى", FUNERAL, "no own expression; the burial in al-Oud right after the prayer of Tue 2 Aug 2005"),
    ev("condolences-begin", "وشرع الملك عبدالله في تلقي التعازي", FUNERAL, "no own expression; after the burial of Tue 2 Aug 2005"),
    ev("leaders-arrive", "وكانت الرياض قد استقبلت اليوم عددا من المسؤولين العرب والأجانب", FUNERAL, "'اليوم' = Tue 2 Aug 2005"),
])
art(S, "http://archive.thawra.sy/_print_veiw.asp?FileName=3031566620050803000840",
    BAYA, "page date line 'الاربعاء 3/8/2005' (kept; 3 Aug 2005 was a Wednesday), also in the file name '20050803'; the body's 'بعد ظهرأمس' and 'أمس الاول' agree; the credit lines 'الرياض / سانا-الثورة / صفحة أولى' shortened to 'الرياض - سانا' and the paper's banner dropped; headline kept from the page (its '...' made a colon); the last, truncated sentence dropped; the space in 'ظهرأمس' restored ('ظهر أمس')", True, """
بمشاركة الرئيس الأسد وعدد من الملوك والرؤساء والقادة: تشييع الملك فهد إلى مثواه الأخير في الرياض
الاربعاء 3/8/2005
الرياض - سانا
ودّعت المملكة العربية السعودية، على المستويين الرسمي والشعبي، بعد ظهر أمس فقيدها الكبير خادم الحرمين الشريفين الملك فهد بن عبد العزيز، عاهل المملكة، الذي انتقل إلى جوار ربه أمس الاول.
وحضر مراسم التشييع السيد الرئيس بشار الأسد إلى جانب عدد من الملوك والرؤساء والقادة والأمراء ورؤساء الحكومات وكبار المسؤولين وممثلين عن عدد كبير من الدول العربية والإسلامية والأجنبية.
وتقدّم المشيعين خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز، عاهل السعودية، وولي العهد السعودي الأمير سلطان بن عبد العزيز، ومعهما عدد من أبناء الأسرة الحاكمة والوزراء وكبار المسؤولين المدنيين والعسكريين وحشود من المواطنين والمقيمين في المملكة، أدّوا صلاة الميت على الفقيد بعد صلاة العصر في مسجد الإمام تركي بن عبدالله الكبير وسط الرياض.
وكان جثمان الفقيد قد نُقل بسيارة إسعاف من المشفى التخصصي في الرياض إلى المسجد، ثم حُمل على الأكتاف ملفوفا بآخر عباءة لبسها.
""", [
    ev("fahd-funeral", "ودّعت المملكة العربية السعودية، على المستويين الرسمي والشعبي، بعد ظهر أمس", FUNERAL, "'بعد ظهر أمس' from Wed 3 Aug = Tue 2 Aug 2005"),
    ev("fahd-death", "الذي انتقل إلى جوار ربه أمس الاول", DEATH, "'أمس الاول' from Wed 3 Aug = Mon 1 Aug 2005"),
    ev("assad-attends", "وحضر مراسم التشييع السيد الرئيس بشار الأسد", FUNERAL, "no own expression; the funeral of Tue 2 Aug 2005"),
    ev("body-to-mosque", "وكان جثمان الفقيد قد نُقل بسيارة إسعاف من المشفى التخصصي", FUNERAL, "no own expression (pluperfect); the body was taken to the mosque before the prayer of Tue 2 Aug 2005"),
])
art(S, "http://www.aljazeera.net/news/arabic/2005/8/3/%D9%88%D9%81%D8%A7%D8%A9-%D8%A7%D9%84%D9%85%D9%84%D9%83-%D9%81%D9%87%D8%AF-%D8%A8%D9%86-%D8%B9%D8%A8%D8%AF-%D8%A7%D9%84%D8%B9%D8%B2%D9%8A%D8%B2",
    BAYA, "date in the URL '/2005/8/3/' (3 Aug 2005 was a Wednesday, the day of the citizens' allegiance that the text reports); headline rendered from the URL slug; the source tag 'المصدر : الجزيرة' dropped; one sentence split in two (the family's and the people's allegiance); no date of its own in the text (only the day of the death)", False, """
وفاة الملك فهد بن عبد العزيز
رحل العاهل السعودي فهد بن عبد العزيز إلى جوار ربه في الأول من أغسطس/آب 2005. وقد بايعت الأسرة الحاكمة ولي العهد عبد الله بن عبد العزيز ملكا والأمير سلطان بن عبد العزيز وليا للعهد، وبايعهما الشعب السعودي كذلك.
وكان الملك فهد، الذي اعتلى العرش عام 1982، قد نُقل إلى المستشفى في أواخر مايو/أيار الماضي إثر تراجع حالته الصحية. وكانت صحة الملك فهد (1923- 2005) قد تدهورت منذ إصابته بجلطة عام 1995، وفي العقد الأخير آلت إدارة الشؤون اليومية في السعودية، أكبر مصدّر للنفط في العالم، إلى الأمير عبد الله، الأخ غير الشقيق للعاهل السعودي.
""", [
    ev("fahd-death", "رحل العاهل السعودي فهد بن عبد العزيز إلى جوار ربه في الأول من أغسطس/آب 2005", DEATH, "'الأول من أغسطس/آب 2005' = Mon 1 Aug 2005"),
    ev("abdullah-allegiance", "بايعت الأسرة الحاكمة ولي العهد عبد الله بن عبد العزيز ملكا", DEATH, "no own expression; the family's allegiance of Mon 1 Aug 2005 (the same statement named Sultan crown prince)"),
    ev("citizens-allegiance", "وبايعهما الشعب السعودي كذلك", BAYA, "no own expression; the citizens' allegiance in al-Hukm palace, Wed 3 Aug 2005 (elaph 'عصر يوم بعد غد' of Mon 1 Aug)"),
    ev("fahd-accession-1982", "الذي اعتلى العرش عام 1982", "1982-06-13", "'عام 1982'; Fahd became king on the death of King Khalid, Sun 13 Jun 1982 (outside knowledge)"),
    ev("fahd-hospitalized", "قد نُقل إلى المستشفى في أواخر مايو/أيار الماضي", "2005-05-27", "'أواخر مايو/أيار الماضي' = late May 2005; the king was admitted to the King Faisal Specialist Hospital on Fri 27 May 2005 (outside knowledge)"),
    ev("fahd-stroke-1995", "منذ إصابته بجلطة عام 1995", "1995-11-01", "'عام 1995'; the stroke of late November 1995 (outside knowledge; my span the month of November)", end="1995-12-01"),
])

# ---------------------------------------------------------------- uae-dubai-maktoum-death-2006
S = "uae-dubai-maktoum-death-2006"
MDEATH = "2006-01-04"                      # Sheikh Maktoum bin Rashid died at dawn of Wed 4 Jan 2006 in Australia (Gold Coast)
MFUNERAL = "2006-01-05"                    # funeral prayer in the Zabeel mosque and burial in Umm Hurair, Thu 5 Jan 2006
MOURN = ("2006-01-04", "2006-02-13")       # 40 days of official mourning from Wed 4 Jan 2006
art(S, "https://www.dw.com/ar/%D8%A7%D9%84%D8%A7%D9%85%D8%A7%D8%B1%D8%A7%D8%AA%D9%8A%D9%88%D9%86-%D9%8A%D9%88%D8%AF%D8%B9%D9%88%D9%86-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE-%D9%85%D9%83%D8%AA%D9%88%D9%85-%D8%A8%D9%86-%D8%B1%D8%A7%D8%B4%D8%AF-%D8%A2%D9%84-%D9%85%D9%83%D8%AA%D9%88%D9%85/a-1847266",
    MFUNERAL, "page date line '٥ يناير ٢٠٠٦' (kept in Arabic-Indic digits; 5 Jan 2006 was a Thursday); the body's 'اليوم الخميس' and 'امس الاربعاء' agree (its later 'اليوم الاربعاء' is copied from the wire of the day before and kept); the site's navigation links and short link dropped; headline kept from the page; the last, truncated sentence dropped", True, """
الإماراتيون يودّعون الشيخ مكتوم بن راشد آل مكتوم
٥ يناير ٢٠٠٦
انطلقت اليوم الخميس في مسجد زعبيل بدبي، بحضور وفود أجنبية عديدة، مراسم تشييع جثمان الشيخ مكتوم بن راشد آل مكتوم، نائب رئيس دولة الإمارات ورئيس وزرائها وحاكم إمارة دبي، الذي توفي امس الاربعاء في أستراليا. ووُضع جثمان الشيخ مكتوم في نعش بسيط داخل المسجد. وأُقيمت صلاة الجنازة على الفقيد بحضور رئيس دولة الإمارات العربية المتحدة الشيخ خليفة بن زايد آل نهيان وحكام الإمارات السبع المكونة للدولة، ومنهم الشيخ محمد بن راشد آل مكتوم الذي صار الحاكم الجديد لإمارة دبي. ويشارك في مراسم التشييع كذلك عدد من قادة الدول الإسلامية. وأدّت حشود كبيرة من المواطنين والمقيمين في الإمارات الصلاة على الجثمان. وعقب الصلاة حُمل النعش، وسط هتافات "لا إله إلا الله"، إلى مقبرة أم هرير في دبي حيث سيُوارى الفقيد الثرى. وكانت السلطات الإماراتية قد أعلنت اليوم الاربعاء وفاة الشيخ مكتوم بن راشد آل مكتوم، نائب رئيس الدولة ورئيس حكومتها وحاكم دبي، في أستراليا عن 62 عاما.
""", [
    ev("maktoum-funeral", "انطلقت اليوم الخميس في مسجد زعبيل بدبي", MFUNERAL, "'اليوم الخميس' = Thu 5 Jan 2006 (date line)"),
    ev("maktoum-death", "الذي توفي امس الاربعاء في أستراليا", MDEATH, "'امس الاربعاء' from Thu 5 Jan = Wed 4 Jan 2006"),
    ev("mbr-becomes-ruler", "الذي صار الحاكم الجديد لإمارة دبي", MDEATH, "no own expression; Mohammed bin Rashid succeeded his brother as ruler of Dubai on Wed 4 Jan 2006"),
    ev("maktoum-burial", "حيث سيُوارى الفقيد الثرى", MFUNERAL, "no own expression; the burial in Umm Hurair after the prayer of Thu 5 Jan 2006"),
    ev("death-announced", "وكانت السلطات الإماراتية قد أعلنت اليوم الاربعاء وفاة الشيخ مكتوم", MDEATH, "'اليوم الاربعاء' (copied from the wire of the day before) = Wed 4 Jan 2006"),
])
art(S, "https://www.alwasatnews.com/news/537904.html",
    MFUNERAL, "the page header 'العدد 1217 - الأربعاء 04 يناير 2006م الموافق 04 ذي الحجة 1426هـ' is dropped: it is a day behind the text, whose 'صباح اليوم (الخميس)' for the funeral and 'صباح أمس (الأربعاء)' for the death (Wed 4 Jan, certain) give Thu 5 Jan 2006 (the site's header dates lag the paper by one day; the same holds on its page of 28 Oct 2010); headline written from the body (the stored text has only the photo caption 'الشيخ مكتوم بن راشد آل مكتوم'); the typo 'العزبية' corrected and '.1971' written '1971.'; the last, truncated sentence dropped; no date of its own in the text", False, """
الإمارات تشيّع حاكم دبي الشيخ مكتوم بن راشد آل مكتوم
يُنتظر أن تُشيَّع في دولة الإمارات العربية المتحدة صباح اليوم (الخميس) جنازة الشيخ مكتوم بن راشد آل مكتوم، حاكم دبي ونائب رئيس الدولة ورئيس وزرائها، الذي رحل صباح أمس (الأربعاء). وتتلقى سفارة دولة الإمارات العربية المتحدة في المنامة التعازي في وفاة المغفور له الشيخ مكتوم بن راشد آل مكتوم.
والراحل هو الأخ الأكبر للشيخ محمد بن راشد آل مكتوم، ولي عهد إمارة دبي. نال تعليما تقليديا، واشتهر بالكرم وبالبساطة في تعامله مع الناس. وكان أول من تولى رئاسة وزراء الإمارات العربية المتحدة عند قيامها في العام 1971. وفي عهده تحولت دبي بشكل لافت إلى واحدة من أكثر مدن الشرق الأوسط تقدما وحداثة وأهمية.
وُلد الشيخ مكتوم في حي الشندغة بدبي سنة 1943، وهو واحد من أبناء الشيخ راشد بن سعيد آل مكتوم الأربعة (مكتوم وحمدان ومحمد وأحمد). وقد أنهى دراسته في دبي في مطلع الستينات، ثم أوفده والده لإكمال تعليمه في إحدى الجامعات البريطانية. وقبل العام 1971 كان يرافق والده بانتظام في اجتماعات مجلس الإمارات المتصالحة، الذي كان يلتقي فيه حكام الإمارات التي تشكل حالياً دولة الإمارات العربية المتحدة.
""", [
    ev("maktoum-funeral", "أن تُشيَّع في دولة الإمارات العربية المتحدة صباح اليوم (الخميس) جنازة", MFUNERAL, "'صباح اليوم (الخميس)' = Thu 5 Jan 2006"),
    ev("maktoum-death", "الذي رحل صباح أمس (الأربعاء)", MDEATH, "'صباح أمس (الأربعاء)' from Thu 5 Jan = Wed 4 Jan 2006"),
    ev("embassy-condolences", "وتتلقى سفارة دولة الإمارات العربية المتحدة في المنامة التعازي", MDEATH, "no own expression (present tense); the embassy's condolences in the days after the death; my span Wed 4 - Sat 7 Jan 2006", end="2006-01-08"),
    ev("uae-founded-1971", "عند قيامها في العام 1971", "1971-12-02", "'في العام 1971'; the UAE was founded on Thu 2 Dec 1971 (outside knowledge)"),
    ev("maktoum-born-1943", "وُلد الشيخ مكتوم في حي الشندغة بدبي سنة 1943", "1943-01-01", "'سنة 1943' (year only)", end="1944-01-01"),
])
art(S, "https://www.albayan.ae/across-the-uae/2006-01-06-1.880285?ot=ot.PrintPageLayout",
    "2006-01-06", "date in the URL '2006-01-06' (6 Jan 2006 was a Friday); the body's 'أمس' for the funeral of Thu 5 Jan agrees; the headline and its over-line joined, the photo placeholders dropped; the last sentence, cut in the stored page after 'صاحب السم', completed with the object of the election (Mohammed bin Rashid as Vice President, as 14october and Xinhua report it); no date of its own in the text", True, """
خليفة بن زايد ومحمد وحمدان بن راشد في مقدمة المشيعين بمشاركة قادة عرب ومسلمين: الإمارات تودّع فقيد الوطن مكتوم
ودّعت دولة الإمارات أمس، رسميا وشعبيا، فقيدها الكبير المغفور له بإذن الله الشيخ مكتوم بن راشد آل مكتوم إلى مثواه الأخير في مقبرة أم هرير بدبي.
وتقدّم مشيعي الراحل صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة، وصاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، وأصحاب السمو أعضاء المجلس الأعلى للاتحاد، وسمو الشيخ حمدان بن راشد آل مكتوم نائب حاكم دبي وزير المالية والصناعة، وعدد من زعماء الدول العربية والإسلامية ورؤساء وفودها، بعدما أدّوا صلاة الجنازة على روح الفقيد في مسجد زعبيل.
وعقب انتهاء التشييع، تلقى الشيوخ خليفة ومحمد بن راشد وحمدان بن راشد التعازي في فقيد الوطن بقصر نائب رئيس الدولة في زعبيل، من القادة العرب والمسلمين والشيوخ والوزراء والمسؤولين وحشود المواطنين والمقيمين.
وفي وقت سابق، انتخب المجلس الأعلى للاتحاد، في اجتماعه بدبي امس عقب التشييع برئاسة صاحب السمو الشيخ خليفة وبحضور أصحاب السمو أعضاء المجلس الأعلى، صاحب السمو الشيخ محمد بن راشد آل مكتوم نائبا لرئيس الدولة.
""", [
    ev("maktoum-funeral", "ودّعت دولة الإمارات أمس، رسميا وشعبيا، فقيدها الكبير", MFUNERAL, "'أمس' from Fri 6 Jan = Thu 5 Jan 2006"),
    ev("condolences-zabeel", "تلقى الشيوخ خليفة ومحمد بن راشد وحمدان بن راشد التعازي", MFUNERAL, "no own expression; 'عقب انتهاء التشييع' of Thu 5 Jan 2006"),
    ev("mbr-elected-vp", "انتخب المجلس الأعلى للاتحاد، في اجتماعه بدبي امس عقب التشييع", MFUNERAL, "'امس' from Fri 6 Jan = Thu 5 Jan 2006"),
])
art(S, "https://14october.com/News/7SWPTP3Q-AJBDXA",
    "2006-01-06", "no page date; the body's 'أمس' for the funeral in Dubai, held the day after the death that it dates 'الأربعاء' (the funeral of Thu 5 Jan 2006 is certain), gives Fri 6 Jan 2006; headline written from the body (the stored text has none); the dateline 'دبي / وكالات:' kept; the last word, cut in the stored page ('الحكوم'), completed; no date of its own in the text", False, """
تشييع حاكم دبي الراحل بحضور قادة عرب وأجانب
دبي / وكالات: شُيّع في دبي أمس نائب الرئيس الإماراتي ورئيس الحكومة مكتوم بن راشد آل مكتوم، بحضور مسؤولين عرب وأجانب وحشد من المواطنين والمقيمين في الإمارات.
وشارك في تشييع المسؤول الإماراتي، الذي كان يحكم إمارة دبي، رئيس دولة الإمارات الشيخ خليفة بن زايد آل نهيان، والعاهل الأردني عبد الله الثاني، ورئيس جيبوتي إسماعيل جيلي، ورئيسا الوزراء المصري أحمد نظيف والتونسي محمد الغنوشي، وولي عهد قطر الشيخ تميم بن حمد آل ثاني ورئيس الوزراء القطري الشيخ عبد الله بن خليفة. كما حضر التشييع ولي عهد المغرب مولاي رشيد ورئيس الوزراء التركي رجب طيب أردوغان ووزير الخارجية الإيراني منوشهر متقي.
وأدّت جموع من الإماراتيين والمقيمين في الدولة الصلاة على الجنازة قبل أن يُدفن الفقيد في إحدى مقابر دبي.
وكانت السلطات الإماراتية قد أعلنت الأربعاء وفاة الشيخ مكتوم في أستراليا عن 62 عاما. وأوضح بيان لوزارة شؤون الرئاسة أنه تقرر إعلان الحداد الرسمي في الدولة وتنكيس الأعلام 40 يوما، وتعطيل الوزارات والدوائر والمؤسسات الحكومية لمدة سبعة أيام.
وفي غضون ذلك، نقلت وكالة أنباء الإمارات عن مصدر رسمي أن أعضاء المجلس الأعلى الإماراتي، الذي يضم حكام الإمارات السبع، وافقوا على مقترح بتعيين محمد بن راشد، شقيق الراحل، نائبا للرئيس الإماراتي وتكليفه بتشكيل الحكومة.
""", [
    ev("maktoum-funeral", "شُيّع في دبي أمس نائب الرئيس الإماراتي", MFUNERAL, "'أمس' from Fri 6 Jan = Thu 5 Jan 2006"),
    ev("death-announced", "قد أعلنت الأربعاء وفاة الشيخ مكتوم في أستراليا", MDEATH, "'الأربعاء' before the funeral of Thu 5 = Wed 4 Jan 2006"),
    ev("mourning-40-days", "تقرر إعلان الحداد الرسمي في الدولة وتنكيس الأعلام 40 يوما", MOURN[0], "'40 يوما' from Wed 4 Jan 2006 (Xinhua: 'اعتبارا من امس /الأربعاء/') = 4 Jan - 12 Feb 2006", end=MOURN[1]),
    ev("offices-closed", "وتعطيل الوزارات والدوائر والمؤسسات الحكومية لمدة سبعة أيام", MDEATH, "'لمدة سبعة أيام' from Wed 4 Jan 2006 = 4 - 10 Jan 2006", end="2006-01-11"),
    ev("mbr-elected-vp", "وافقوا على مقترح بتعيين محمد بن راشد، شقيق الراحل، نائبا للرئيس", MFUNERAL, "no own expression; the Supreme Council's vote of Thu 5 Jan 2006 (albayan 'امس' of Fri 6; Xinhua of 5 Jan)"),
])

# ---------------------------------------------------------------- uae-ras-al-khaimah-saqr-death-2010
S = "uae-ras-al-khaimah-saqr-death-2010"
SDEATH = "2010-10-27"                      # Sheikh Saqr bin Mohammed al-Qasimi died at dawn of Wed 27 Oct 2010; funeral that afternoon
DEPOSED = "2003-06-14"                     # the decree that made Saud crown prince in place of Khalid, Sat 14 Jun 2003
art(S, "https://archive.bintjbeil.org/article/35036",
    SDEATH, "no page date; the body's 'فجر اليوم' for the death (dawn of Wed 27 Oct 2010, certain), 'اليوم' for Khalid's video and 'في رسالته الأربعا' give Wed 27 Oct 2010; headline written from the body (the stored text has none); the last, truncated sentence dropped; the weekday 'الأربعا' kept as written; no date of its own in the text", False, """
نزاع بين نجلي حاكم رأس الخيمة على خلافته بعد وفاته
تشهد إمارة رأس الخيمة خلافا على خلافة الشيخ صقر بن محمد القاسمي، الذي رحل فجر اليوم، بين ابنيه: ولي العهد الشيخ سعود وشقيقه الأكبر الشيخ خالد.
ففي رسالة مصورة بثها على الانترنت اليوم، أعلن الشيخ خالد بن صقر القاسمي (67 عاما)، الذي ظل وليا للعهد حتى 2003، أنه الحاكم الجديد للإمارة.
وجاء في التسجيل: "ما دام الله قد اختار (الشيخ صقر) إلى جواره، فإن علينا أن نتحمل مسؤولياتنا بصفتنا حاكم رأس الخيمة، وأن ننهض بواجبات بلدنا والتزاماته الملقاة على عاتقنا وفق القانون والدستور".
وتابع: "في الأيام والأسابيع المقبلة سنلتقي العائلة والأصدقاء وأعضاء المجلس الأعلى لحكام الإمارات، وسنحدد جدول أعمال المئة يوم الأولى من قيادتنا الشرعية، ونتابع تنفيذ قرار والدنا".
ومنذ إبعاده عن ولاية العهد في 2003، آثر الشيخ خالد، أكبر أبناء الحاكم، الإقامة خارج البلاد أغلب الوقت.
ويتهم الشيخ خالد شقيقه ولي العهد الشيخ سعود بن صقر القاسمي بأنه حوّل الإمارة، المطلة على مضيق هرمز والتي تبعد 100 كيلومتر عن ميناء بندر عباس الإيراني، إلى "دولة مارقة" و"بوابة" تلتف منها إيران على العقوبات.
وقال في رسالته الأربعا: "تابعنا بقلق بالغ ما جرى مؤخرا في رأس الخيمة، إذ ابتعدت عن النهج الذي رسمه والدنا رحمه الله".
""", [
    ev("saqr-death", "الذي رحل فجر اليوم", SDEATH, "'فجر اليوم' = dawn of Wed 27 Oct 2010"),
    ev("khalid-video", "ففي رسالة مصورة بثها على الانترنت اليوم", SDEATH, "'اليوم' = Wed 27 Oct 2010 (also 'في رسالته الأربعا')"),
    ev("khalid-removed-2003", "ومنذ إبعاده عن ولاية العهد في 2003", DEPOSED, "'في 2003'; the decree of Sat 14 Jun 2003 that made Saud crown prince (outside knowledge; the date is also in a copy of the WAM profile: 'في الرابع عشر من يونيو عام 2003')"),
])
art(S, "http://www.alarrabnews.com/newsView.php?id=19551",
    "2010-10-28", "page date line 'تاريخ النشر : 2010-10-28' (kept; 28 Oct 2010 was a Thursday); the body's 'الاربعاء' for the accession agrees; the site's masthead lines and the view counter dropped; headline kept from the page; the last, truncated sentence dropped", True, """
الأخ الأكبر لحاكم رأس الخيمة يرفض المشاركة في جنازة والده
تاريخ النشر : 2010-10-28
بمجرد رحيل الشيخ صقر بن محمد القاسمي (94 عاما)، بارك حكام الإمارات الاربعاء تولّي الشيخ سعود بن صقر القاسمي مقاليد الحكم رسميا في إمارة رأس الخيمة ذات الموقع الاستراتيجي، رغم اعتراض شقيقه الأكبر الذي يرى أنه الأحق بالحكم.
وسارع المجلس الأعلى للاتحاد، وهو أعلى هيئة في الدولة ويضم حكام الإمارات السبع، إلى مباركة خلافة ولي العهد الشيخ سعود لوالده الشيخ صقر بن محمد القاسمي.
ولطالما شكّلت الخلافة في رأس الخيمة موضع جدل بعد أن أطلق الشيخ خالد بن صقر القاسمي (67 عاما)، الابن الأكبر للشيخ صقر وولي العهد حتى العام 2003، حملة يؤكد فيها أنه ولي العهد الشرعي وأنه الأجدر بخلافة والده المريض.
وأفادت المصادر بأن ثلاثة من أقارب الشيخ خالد أبلغوه بأنه يستطيع الحضور شرط أن يأتي بلا حراسه، غير أنه فضّل عدم المشاركة في الجنازة بهذا الشرط.
""", [
    ev("saqr-death", "بمجرد رحيل الشيخ صقر بن محمد القاسمي (94 عاما)", SDEATH, "no own expression; the death of Wed 27 Oct 2010 (same sentence as 'الاربعاء')"),
    ev("council-backs-saud", "بارك حكام الإمارات الاربعاء تولّي الشيخ سعود بن صقر القاسمي مقاليد الحكم", SDEATH, "'الاربعاء' before Thu 28 = Wed 27 Oct 2010"),
    ev("khalid-removed-2003", "وولي العهد حتى العام 2003", DEPOSED, "'حتى العام 2003'; the decree of Sat 14 Jun 2003 (outside knowledge)"),
    ev("khalid-absent-from-funeral", "غير أنه فضّل عدم المشاركة في الجنازة بهذا الشرط", SDEATH, "no own expression; the funeral of Wed 27 Oct 2010 (after the 'asr prayer)"),
])
art(S, "https://aljarida.com/articles/1461867993182675400/amp",
    "2010-10-28", "no page date; the body's 'أمس' for the death (Wed 27 Oct 2010, certain) and for Khalid's video gives Thu 28 Oct 2010, the day of the paper; headline written from the body (the stored text has none); the 'Ad' marker and the last, truncated sentence dropped; the typo 'يناهر' read 'يناهز'; no date of its own in the text", False, """
رحيل حاكم رأس الخيمة ونجله سعود يخلفه بمباركة المجلس الأعلى
بعد أكثر من 60 عاماً في حكم إمارة رأس الخيمة، رحل الشيخ صقر بن محمد القاسمي أمس عن نحو 90 عاماً، ليتولى الحكم بعده نجله ولي العهد الشيخ سعود، الذي نال مباركة المجلس الأعلى للاتحاد في دولة الإمارات العربية المتحدة.
وكانت رأس الخيمة قد باتت تحت قيادة الشيخ سعود (54 عاماً) منذ صدور مرسوم أقصى أخاه غير الشقيق الأكبر سنا الشيخ خالد (67 عاماً) عن ولاية العهد عام 2003.
وأفاد شهود عيان بأن وحدات عسكرية قدمت من أبوظبي إلى رأس الخيمة وانتشرت قرب قصر الحكم، للمساعدة في الحماية وبث أجواء الطمأنينة بشأن انتقال هادئ للسلطة في الإمارة.
وفي تسجيل مصور بثه على موقعه الإلكتروني أمس، تحدث الشيخ خالد، الذي خاض حملات عدة لاستعادة القيادة، عن "حقه القانوني" في قيادة رأس الخيمة.
وقال الشيخ خالد: "في الأيام والأسابيع المقبلة سنجتمع بالعائلة والأصدقاء وأعضاء المجلس الأعلى حكام الإمارات، ونحدد جدول أعمال المئة يوم الأولى من قيادتنا القانونية، ونتابع تنفيذ قرار والدنا بالارتقاء بإمارة رأس الخيمة إلى ذروة العلا".
ورأس الخيمة إمارة صغيرة ذات موقع استراتيجي في مواجهة إيران، وتتحكم في المدخل الجنوبي لمضيق هرمز الذي تمر عبره أكثر من 60 في المئة من النفط المستهلك عالميا.
""", [
    ev("saqr-death", "رحل الشيخ صقر بن محمد القاسمي أمس", SDEATH, "'أمس' from Thu 28 Oct = Wed 27 Oct 2010"),
    ev("saud-accession", "ليتولى الحكم بعده نجله ولي العهد الشيخ سعود", SDEATH, "no own expression; Saud took over on the day of the death, Wed 27 Oct 2010"),
    ev("council-backs-saud", "الذي نال مباركة المجلس الأعلى للاتحاد", SDEATH, "no own expression; the Supreme Council's blessing of Wed 27 Oct 2010 (alarrab 'الاربعاء')"),
    ev("khalid-removed-2003", "منذ صدور مرسوم أقصى أخاه غير الشقيق الأكبر سنا الشيخ خالد", DEPOSED, "'عام 2003'; the decree of Sat 14 Jun 2003 (outside knowledge)"),
    ev("troops-deployed", "وحدات عسكرية قدمت من أبوظبي إلى رأس الخيمة", SDEATH, "no own expression; the deployment seen on the day of the death and the next (my span Wed 27 - Thu 28 Oct 2010)", end="2010-10-29"),
    ev("khalid-video", "وفي تسجيل مصور بثه على موقعه الإلكتروني أمس", SDEATH, "'أمس' from Thu 28 Oct = Wed 27 Oct 2010"),
])
art(S, "https://almoslim.net/node/136288",
    "2010-10-31", "page date line '23 ذو القعدة 1431' (kept; = Sun 31 Oct 2010 by the Umm al-Qura calendar, checked with hijridate); the body's 'الخميس' for the siege and 'الأربعاء الماضي' for the funeral agree; the credit 'المسلم/صحف' kept, the site's 'أنت هنا' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
خالد القاسمي يغادر رأس الخيمة بعد حسم أزمة الخلافة
23 ذو القعدة 1431
المسلم/صحف
غادر الشيخ خالد بن صقر القاسمي، ولي العهد السابق لإمارة رأس الخيمة، بعد أن حُسمت أزمة الخلافة التي نشبت عقب وفاة والده الشيخ صقر بن محمد القاسمي، إذ سُمّي أخوه الأصغر الشيخ سعود حاكما للإمارة الخليجية، من دون أن تفلح مساعيه لتولي الحكم بوصفه الابن الأكبر للحاكم الراحل.
ونقلت صحيفة فايننشال تايمز عن مصادر قريبة من حكومة رأس الخيمة أن عشرات العربات المدرعة طوّقت قصر الشيخ خالد الخميس عندما كان أفراد من الأسرة الحاكمة يفاوضونه.
وذكرت الصحيفة أن الشيخ خالد، الذي عزله والده الشيخ صقر عن ولاية العهد عام 2003 وعيّن مكانه أخاه الشيخ سعود، رجع إلى رأس الخيمة مع حاشية مسلحة ليلة الإعلان عن وفاة والده (92 عاما)، وتوجه إلى القصر الرئاسي محاولا استعادة ما يراه حقا له، لكن القوات الاتحادية سرعان ما أحبطت محاولته.
ونقلت الصحيفة عن مصدر مقرب من الشيخ خالد أن مسؤول أمنه سكوت فيشباك، الجندي السابق في الجيش البريطاني، وحراسه المسلحين أُبعدوا عن قصره في رأس الخيمة ولا يزال مكانهم مجهولا، وأن الشيخ خالد مُنع من حضور جنازة والده الأربعاء الماضي.
""", [
    ev("khalid-leaves", "غادر الشيخ خالد بن صقر القاسمي، ولي العهد السابق لإمارة رأس الخيمة", "2010-10-28", "no own expression; Khalid left after the siege of Thu 28 Oct and before the report of Sun 31 Oct 2010 (my span 28-30 Oct)", end="2010-10-31"),
    ev("saud-accession", "إذ سُمّي أخوه الأصغر الشيخ سعود حاكما للإمارة الخليجية", SDEATH, "no own expression; Saud named ruler on the day of the death, Wed 27 Oct 2010"),
    ev("palace-surrounded", "طوّقت قصر الشيخ خالد الخميس", "2010-10-28", "'الخميس' before Sun 31 Oct = Thu 28 Oct 2010"),
    ev("khalid-removed-2003", "الذي عزله والده الشيخ صقر عن ولاية العهد عام 2003", DEPOSED, "'عام 2003'; the decree of Sat 14 Jun 2003 (outside knowledge)"),
    ev("khalid-armed-return", "رجع إلى رأس الخيمة مع حاشية مسلحة ليلة الإعلان عن وفاة والده", "2010-10-26", "'ليلة الإعلان عن وفاة والده' = the night of the announcement of Wed 27 Oct 2010 (the night before or after it; my span Tue 26 - Wed 27 Oct)", end="2010-10-28"),
    ev("khalid-absent-from-funeral", "وأن الشيخ خالد مُنع من حضور جنازة والده الأربعاء الماضي", SDEATH, "'الأربعاء الماضي' before Sun 31 Oct = Wed 27 Oct 2010"),
])

# ---------------------------------------------------------------- qatar-father-emir-khalifa-death-2016
S = "qatar-father-emir-khalifa-death-2016"
KDEATH = "2016-10-23"                      # the Father Emir Sheikh Khalifa bin Hamad died on the evening of Sun 23 Oct 2016
KBURIAL = "2016-10-24"                     # funeral prayer in the Imam Muhammad bin Abd al-Wahhab mosque and burial in al-Rayyan, Mon 24 Oct 2016
KMOURN = ("2016-10-23", "2016-10-27")      # three days of mourning declared on Sun 23 Oct (my span Sun 23 - Wed 26)
KREIGN = ("1972-02-22", "1995-06-28")      # Khalifa's reign, from Tue 22 Feb 1972 to the palace coup of Tue 27 Jun 1995
art(S, "https://sabq.org/%D9%82%D8%B7%D8%B1-%D8%AA%D9%86%D8%B9%D9%89-%D8%AE%D9%84%D9%8A%D9%81%D8%A9-%D8%A8%D9%86-%D8%AD%D9%85%D8%AF-%D8%A2%D9%84-%D8%AB%D8%A7%D9%86%D9%8A-%D9%88%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%84%D8%AD%D8%AF%D8%A7%D8%AF-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D8%A3%D9%8A%D8%A7%D9%85",
    KDEATH, "no page date; the body's 'صدر الليلة' for the Amiri Diwan's statement, which dates the death 'مساء اليوم الأحد، الموافق ٢٣ أكتوبر ٢٠١٦' (kept in Arabic-Indic digits; 23 Oct 2016 was a Sunday), gives the night of Sun 23 Oct 2016; headline rendered from the URL slug; the two Quranic verses of the statement dropped", True, """
قطر تنعى خليفة بن حمد آل ثاني وتعلن الحداد العام
صدر الليلة عن الديوان الأميري في دولة قطر الشقيقة البيان التالي:
بقلوب راضية بقضاء الله وقدره، ينعى الديوان الأميري فقيد الوطن المغفور له بإذن الله صاحب السمو الأمير الأب الشيخ خليفة بن حمد آل ثاني، الذي انتقل إلى رحمة الله مساء اليوم الأحد، الموافق ٢٣ أكتوبر ٢٠١٦، عن عمر يناهز (٨٤ عامًا).
نسأل الله أن يتغمد الفقيد الكبير بواسع رحمته ويسكنه فسيح جناته مع الصديقين والأبرار، وأن يجزيه خير الجزاء عما قدّمه لوطنه وأمته، وأن يلهمنا جميعا الصبر والسلوان.
وقد وجّه حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني، أمير البلاد المفدى، بإعلان الحداد العام في جميع أنحاء الدولة على الفقيد الكريم لمدة ثلاثة أيام.
""", [
    ev("death-statement", "صدر الليلة عن الديوان الأميري في دولة قطر الشقيقة البيان التالي", KDEATH, "'الليلة' = the night of Sun 23 Oct 2016"),
    ev("khalifa-death", "الذي انتقل إلى رحمة الله مساء اليوم الأحد، الموافق ٢٣ أكتوبر ٢٠١٦", KDEATH, "'مساء اليوم الأحد، الموافق ٢٣ أكتوبر ٢٠١٦' = the evening of Sun 23 Oct 2016"),
    ev("mourning-3-days", "بإعلان الحداد العام في جميع أنحاء الدولة", KMOURN[0], "'لمدة ثلاثة أيام' declared on Sun 23 Oct 2016 (my span Sun 23 - Wed 26 Oct)", end=KMOURN[1]),
])
art(S, "https://maghress.com/lakome/49311",
    KBURIAL, "page date line '24 أكتوبر, 2016 - 10:12:00' (kept; 24 Oct 2016 was a Monday); the body's 'الأحد' for the death agrees; headline written from the body (the stored text has none); the Amiri Diwan's statement turned from direct into indirect speech; the last, truncated sentence dropped", True, """
قطر تعلن الحداد ثلاثة أيام على أميرها الأسبق خليفة بن حمد آل ثاني
24 أكتوبر, 2016 - 10:12:00
أعلنت قطر الأحد الحداد ثلاثة أيام إثر رحيل أميرها الأسبق خليفة بن حمد آل ثاني، الذي حكم الإمارة من العام 1972 حتى 1995 عندما انقلب عليه نجله. ورحل الأمير الأسبق الأحد عن 84 عاما، وهو جدّ أمير قطر الحالي تميم بن حمد آل ثاني، وفق ما أعلنه الديوان الأميري في بيان لم يحدد ملابسات الوفاة. وذكر البيان أن الديوان ينعى فقيد الوطن المغفور له بإذن الله صاحب السمو الأمير الأب الشيخ خليفة بن حمد آل ثاني الذي وافته المنية مساء اليوم الأحد الموافق 23 أكتوبر 2016 عن عمر يناهز 84 عاما، وأضاف أن الأمير تميم أمر بإعلان الحداد العام في كافة أنحاء الدولة على الفقيد الكريم لمدة ثلاثة أيام. وكان الأمير الأسبق قد أُزيح عن السلطة بينما كان يقضي إجازة في جنيف، عندما نفذ نجله عام 1995 انقلابا لم تُرق فيه دماء. وكان السفير الأسترالي في قطر أكسل وابنهورست في طليعة المسؤولين الذين قدموا التعازي بوفاة الأمير الأسبق، إذ كتب على تويتر أنه يعزي عائلة الأمير الأسبق وجميع القطريين. كما عبّر كثير من القطريين عن تعازيهم عبر مواقع التواصل الاجتماعي. وكان خليفة بن حمد آل ثاني من أوائل حكام قطر بعد استقلالها عن بريطانيا العظمى عام 1971.
""", [
    ev("mourning-3-days", "أعلنت قطر الأحد الحداد ثلاثة أيام", KMOURN[0], "'الأحد' before Mon 24 Oct = Sun 23 Oct 2016; three days (my span Sun 23 - Wed 26 Oct)", end=KMOURN[1]),
    ev("khalifa-reign", "الذي حكم الإمارة من العام 1972 حتى 1995", KREIGN[0], "'من العام 1972 حتى 1995' = from Tue 22 Feb 1972 to the coup of Tue 27 Jun 1995 (outside knowledge)", end=KREIGN[1]),
    ev("khalifa-death", "ورحل الأمير الأسبق الأحد عن 84 عاما", KDEATH, "'الأحد' before Mon 24 Oct = Sun 23 Oct 2016"),
    ev("coup-1995", "عندما نفذ نجله عام 1995 انقلابا", "1995-06-27", "'عام 1995'; Hamad's palace coup of Tue 27 Jun 1995 while his father was in Geneva (outside knowledge)"),
    ev("ambassador-condolences", "في طليعة المسؤولين الذين قدموا التعازي بوفاة الأمير الأسبق", KDEATH, "no own expression; the ambassador's tweet after the announcement of Sun 23 Oct 2016, that night or the next morning (my span 23-24 Oct)", end="2016-10-25"),
    ev("qatar-independence-1971", "بعد استقلالها عن بريطانيا العظمى عام 1971", "1971-09-03", "'عام 1971'; Qatar's independence of Fri 3 Sep 1971 (outside knowledge)"),
])
art(S, "https://nabaatv.net/archives/80211",
    KBURIAL, "no page date; the body's 'الإثنين' for the burial, 'أمس الأحد' for the death and 'بعد عصر اليوم' for the prayer give Mon 24 Oct 2016 (the death on Sun 23 Oct is certain); the credit 'الدوحة/ نبأ- وكالات-' kept; headline written from the body (the stored text has none); one sentence reordered so that 'بعد عصر اليوم' opens it; the last, truncated list of those at the prayer dropped; no date of its own in the text", False, """
الملك سلمان يغادر الدوحة بعد تقديم العزاء في أمير قطر الأسبق
الدوحة/ نبأ- وكالات- غادر العاهل السعودي الملك سلمان بن عبد العزيز العاصمة القطرية الدوحة بعدما قدّم واجب العزاء في رحيل أمير قطر الأسبق الشيخ خليفة بن حمد آل ثاني.
وهذه أول زيارة يقوم بها العاهل السعودي إلى قطر منذ تسلمه الحكم في 23 يناير 2015.
وكان الملك سلمان قد زار قطر آخر مرة حينما كان وليا للعهد في ديسمبر 2014، للمشاركة في القمة الخليجية التي عُقدت في الدوحة آنذاك.
وأُقيمت، الإثنين، مراسم دفن أمير قطر الأسبق الشيخ خليفة بن حمد آل ثاني في مقبرة الريان غربي الدوحة.
وكان الشيخ خليفة، جدّ الأمير الحالي الشيخ تميم بن حمد وسادس حكام قطر، قد توفي أمس الأحد عن 84 عاما.
ودُفن الشيخ خليفة، الملقب في قطر بـ"الأمير الأب"، في مسقط رأسه بالريان، بحضور أمير قطر ووالده الشيخ حمد بن خليفة آل ثاني، أمير قطر السابق.
وحضر مراسم الدفن رئيس المكتب السياسي لحركة المقاومة الإسلامية (حماس) خالد مشعل ونائبه إسماعيل هنية.
وبعد عصر اليوم، صلّى أمير قطر ووالده الشيخ حمد بن خليفة على الفقيد في جامع الإمام محمد بن عبد الوهاب، أكبر مساجد قطر.
""", [
    ev("salman-condolence-visit", "غادر العاهل السعودي الملك سلمان بن عبد العزيز العاصمة القطرية الدوحة", KBURIAL, "no own expression; King Salman's short visit to Doha on the evening of Mon 24 Oct 2016 (the report is of that day)"),
    ev("salman-accession", "منذ تسلمه الحكم في 23 يناير 2015", "2015-01-23", "'في 23 يناير 2015' = Fri 23 Jan 2015"),
    ev("doha-gcc-summit-2014", "في ديسمبر 2014، للمشاركة في القمة الخليجية", "2014-12-09", "'في ديسمبر 2014'; the GCC summit in Doha of Tue 9 Dec 2014 (outside knowledge)"),
    ev("khalifa-burial", "وأُقيمت، الإثنين، مراسم دفن أمير قطر الأسبق", KBURIAL, "'الإثنين' = Mon 24 Oct 2016"),
    ev("khalifa-death", "قد توفي أمس الأحد عن 84 عاما", KDEATH, "'أمس الأحد' from Mon 24 Oct = Sun 23 Oct 2016"),
    ev("funeral-prayer", "وبعد عصر اليوم، صلّى أمير قطر ووالده الشيخ حمد بن خليفة على الفقيد", KBURIAL, "'بعد عصر اليوم' = the afternoon of Mon 24 Oct 2016"),
])
art(S, "https://alwatannews.net/ampArticle/588331",
    "2016-10-25", "no page date; the body's 'أمس' for the funeral and burial (Mon 24 Oct 2016, certain) and 'أمس الأول' for the announcement of the death (Sun 23 Oct) give Tue 25 Oct 2016; the dateline 'الدوحة - (أ ف ب):' kept; headline written from the body (the stored text has none); the statement's quotations turned into indirect speech; the last, truncated sentence (King Salman's words at the Saudi cabinet) dropped; no date of its own in the text", False, """
قطر تشيّع أميرها الأسبق خليفة بن حمد آل ثاني
الدوحة - (أ ف ب): ودّعت قطر أمس أميرها الأسبق خليفة بن حمد آل ثاني، الذي تولى حكمها من عام 1972 حتى عام 1995، في ظل حداد رسمي يمتد 3 أيام. وقد ووري الأمير الثرى بعد ظهر أمس في مقبرة الريان، بعد إقامة صلاة الجنازة عليه في مسجد الإمام محمد عبد الوهاب، بحضور الأمير الحالي الشيخ تميم بن حمد ووالده حمد بن خليفة، ومعهما الرئيس الباكستاني ممنون حسين، وفق ما أوردته وكالة الأنباء القطرية. وكان الديوان الأميري قد أعلن أمس الأول وفاة الأمير خليفة، جدّ الأمير تميم، عن 84 عاماً. وذكر البيان أن الأمير الأب الشيخ خليفة بن حمد آل ثاني وافته المنية مساء الأحد عن عمر يناهز 84 عاماً، وأن الأمير تميم أمر بإعلان الحداد العام في أنحاء البلاد كافة لمدة 3 أيام. وتضمنت مظاهر الحداد تنكيس الأعلام، بينما نشرت الصحف المحلية نبأ الوفاة على صدر صفحاتها الأولى بالأبيض والأسود. وأُلغيت أمس نشاطات عدة، من بينها مؤتمر رياضي كان مقرراً اليوم بحضور مسؤولين من الاتحاد الدولي لكرة القدم واللجنة القطرية المنظمة لكأس العالم 2022.
""", [
    ev("khalifa-reign", "الذي تولى حكمها من عام 1972 حتى عام 1995", KREIGN[0], "'من عام 1972 حتى عام 1995' = 22 Feb 1972 - 27 Jun 1995 (outside knowledge)", end=KREIGN[1]),
    ev("mourning-3-days", "في ظل حداد رسمي يمتد 3 أيام", KMOURN[0], "'يمتد 3 أيام' = the three days declared on Sun 23 Oct 2016 (my span Sun 23 - Wed 26 Oct)", end=KMOURN[1]),
    ev("khalifa-burial", "وقد ووري الأمير الثرى بعد ظهر أمس في مقبرة الريان", KBURIAL, "'بعد ظهر أمس' from Tue 25 Oct = Mon 24 Oct 2016"),
    ev("death-statement", "وكان الديوان الأميري قد أعلن أمس الأول وفاة الأمير خليفة", KDEATH, "'أمس الأول' from Tue 25 Oct = Sun 23 Oct 2016"),
    ev("khalifa-death", "وافته المنية مساء الأحد عن عمر يناهز 84 عاماً", KDEATH, "'مساء الأحد' = the evening of Sun 23 Oct 2016"),
    ev("events-cancelled", "وأُلغيت أمس نشاطات عدة، من بينها مؤتمر رياضي", KBURIAL, "'أمس' from Tue 25 Oct = Mon 24 Oct 2016 (the conference itself was due 'اليوم', Tue 25 Oct)"),
])

# ---------------------------------------------------------------- saudi-crown-prince-sultan-death-nayef-2011
S = "saudi-crown-prince-sultan-death-nayef-2011"
CDEATH = "2011-10-22"                      # Crown Prince Sultan bin Abdulaziz died at dawn of Sat 22 Oct 2011 (24 Dhu al-Qa'da 1432) in New York
CFUNERAL = "2011-10-25"                    # funeral prayer in the Imam Turki mosque and burial in al-Oud, Tue 25 Oct 2011 after 'asr
NAYEF = "2011-10-27"                       # royal order A/224 of 29 Dhu al-Qa'da 1432 = Thu 27 Oct 2011 naming Nayef crown prince, released late that night
BAYA_LAW = ("2006-10-19", "2006-10-21")    # the Allegiance Council law, royal order A/135 of 26/9/1427 = Thu 19 Oct 2006, announced Fri 20 Oct
art(S, "https://www.yemeress.com/adenonline/23869",
    CDEATH, "no page date; the body's 'فجر اليوم السبت' for the death (dawn of Sat 22 Oct 2011, certain) and 'يوم الثلاثاء المقبل' for the funeral give Sat 22 Oct 2011; headline written from the body (the stored text has none); the repeated sentence on the funeral said once; the last, truncated sentence dropped; no date of its own in the text", False, """
وفاة ولي العهد السعودي الأمير سلطان بن عبد العزيز في نيويورك
أعلن الديوان الملكي السعودي أن ولي العهد الأمير سلطان بن عبد العزيز آل سعود فارق الحياة في نيويورك فجر اليوم السبت، على أن تُشيَّع جنازته يوم الثلاثاء المقبل في الرياض. وكان الأمير سلطان (86 عاما) قد سافر من المملكة إلى الولايات المتحدة للعلاج في يونيو الماضي، وأُجريت له عملية جراحية في يوليو الماضي. وجاء في بيان الديوان الملكي الذي بثه التلفزيون السعودي أن الملك عبد الله بن عبد العزيز ينعى "ببالغ الأسى والحزن" ولي عهده الأمين نائب رئيس مجلس الوزراء وزير الدفاع الأمير سلطان بن عبد العزيز. وسلطان هو الخامس عشر بين أبناء الملك عبد العزيز الذكور الذين يتداولون عرش المملكة منذ عقود. وقد عُيّن في الأول من أغسطس 2005 وليا لعهد أخيه الملك عبد الله ونائبا أول لرئيس مجلس الوزراء، واحتفظ بحقيبة الدفاع. وقد عانى مؤخرا من أزمات صحية عدة، إذ خضع عام 2005 في السعودية لجراحة لاستئصال كيس في الأمعاء، وتحدثت تقارير حينها عن إصابته بسرطان القولون. وفي أبريل 2008 زار جنيف لإجراء ما وصفته المصادر السعودية الرسمية بفحوص روتينية. ثم توجه في نوفمبر 2008 إلى الولايات المتحدة لإجراء فحوص وتلقي العلاج، بحسب ما أعلنته السلطات السعودية التي لم تكشف طبيعة مرضه.
""", [
    ev("sultan-death", "فارق الحياة في نيويورك فجر اليوم السبت", CDEATH, "'فجر اليوم السبت' = dawn of Sat 22 Oct 2011"),
    ev("sultan-funeral", "على أن تُشيَّع جنازته يوم الثلاثاء المقبل في الرياض", CFUNERAL, "'يوم الثلاثاء المقبل' from Sat 22 Oct = Tue 25 Oct 2011"),
    ev("sultan-left-for-treatment", "قد سافر من المملكة إلى الولايات المتحدة للعلاج في يونيو الماضي", "2011-06-01", "'في يونيو الماضي' = June 2011 (month only)", end="2011-07-01"),
    ev("sultan-surgery", "وأُجريت له عملية جراحية في يوليو الماضي", "2011-07-01", "'في يوليو الماضي' = July 2011 (month only)", end="2011-08-01"),
    ev("sultan-named-2005", "وقد عُيّن في الأول من أغسطس 2005 وليا لعهد أخيه الملك عبد الله", "2005-08-01", "'في الأول من أغسطس 2005' = Mon 1 Aug 2005"),
    ev("geneva-checkup-2008", "وفي أبريل 2008 زار جنيف", "2008-04-01", "'في أبريل 2008' (month only)", end="2008-05-01"),
])
art(S, "http://www.almadenahnews.com/article/113120-%D8%AA%D8%B4%D9%8A%D9%8A%D8%B9-%D8%AC%D8%AB%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%A7%D9%85%D9%8A%D8%B1-%D8%B3%D9%84%D8%B7%D8%A7%D9%86-%D9%88%D8%B3%D8%B7-%D9%85%D8%B1%D8%A7%D8%B3%D9%85-%D8%A7%D8%AA%D8%B3%D9%85%D8%AA-%D8%A8%D8%A7%D9%84%D8%A8%D8%B3%D8%A7%D8%B7%D8%A9-%D8%A7%D9%84%D8%B4%D8%AF%D9%8A%D8%AF%D8%A9",
    CFUNERAL, "page stamp 'تم نشره الثلاثاء 25 تشرين الأوّل / أكتوبر 2011 10:00 مساءً' (kept as second line; 25 Oct 2011 was a Tuesday); the body's 'بعد صلاة عصر الثلاثاء' agrees; the credit 'المدينة نيوز-' kept; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
تشييع جثمان الأمير سلطان في مراسم طبعتها البساطة الشديدة
تم نشره الثلاثاء 25 تشرين الأوّل / أكتوبر 2011 10:00 مساءً
المدينة نيوز- بعد صلاة عصر الثلاثاء، شُيّعت في الرياض جنازة ولي العهد السعودي الأمير سلطان بن عبدالعزيز، وتقدّم المشيعين خادم الحرمين الملك عبدالله بن عبدالعزيز، ومعه جمع من الأمراء وكبار رجال الدولة ووفود عديدة وقادة دول قدّموا العزاء لخادم الحرمين الشريفين داخل المسجد.
واستُهلت مراسم التشييع بالصلاة على جثمان الفقيد، في أجواء غلبت عليها البساطة الشديدة.
وعقب أداء الصلاة حُمل الجثمان وسار به المشيعون على الأقدام إلى مقبرة العود المجاورة لمسجد الإمام تركي بن عبدالله.
ووُوري ولي العهد الثرى في قبر بجوار قبر الملك الراحل فهد، ضمن جزء خُصص للأسرة السعودية المالكة في مقبرة العود، التي تُعد من أكبر مقابر العاصمة السعودية، إذ تزيد مساحتها على 500 ألف متر مربع، وتضم رفات الملك المؤسس عبدالعزيز بن سعود.
ومقبرة العود من المقابر التاريخية في الرياض، وفيها دُفن الإمام عبدالرحمن بن تركي والملك المؤسس عبدالعزيز وأبناؤه الملوك سعود وفيصل وخالد وفهد.
""", [
    ev("sultan-funeral", "بعد صلاة عصر الثلاثاء، شُيّعت في الرياض جنازة ولي العهد السعودي", CFUNERAL, "'بعد صلاة عصر الثلاثاء' = the afternoon of Tue 25 Oct 2011 (stamp)"),
    ev("leaders-condolences", "وقادة دول قدّموا العزاء لخادم الحرمين الشريفين داخل المسجد", CFUNERAL, "no own expression; at the funeral of Tue 25 Oct 2011"),
    ev("funeral-prayer", "واستُهلت مراسم التشييع بالصلاة على جثمان الفقيد", CFUNERAL, "no own expression; the prayer after the 'asr of Tue 25 Oct 2011"),
    ev("sultan-burial", "ووُوري ولي العهد الثرى في قبر بجوار قبر الملك الراحل فهد", CFUNERAL, "no own expression; the burial in al-Oud after the prayer of Tue 25 Oct 2011"),
])
art(S, "https://sa.investing.com/news/forex-news/article-100193",
    NAYEF, "dateline 'الرياض، 27 أكتوبر/تشرين أول (إفي):' (kept; 27 Oct 2011 was a Thursday); the body's 'في وقت متأخر الليلة' and 'السبت الماضي' agree; headline written from the body (the stored text has none); the agency's closing tags '(إفي) س أ/ع ن' dropped", True, """
السعودية: الأمير نايف وليا للعهد خلفا للأمير سلطان
الرياض، 27 أكتوبر/تشرين أول (إفي): صدر في المملكة العربية السعودية أمر ملكي يقضي بتعيين الأمير نايف بن عبدالعزيز وليا للعهد ونائبا لرئيس مجلس الوزراء، على أن يحتفظ بمنصب وزير الداخلية.
ولم يتضمن البيان، الذي بثته وكالة الأنباء السعودية في وقت متأخر الليلة، أي تفاصيل بشأن تعيين وزير للدفاع، وهو المنصب الذي خلا برحيل الأمير سلطان بن عبدالعزيز السبت الماضي.
وأوضح البيان أن تعيين ولي العهد جاء بعد اجتماع الملك بهيئة البيعة، وهي مجلس عائلي يضم 35 عضوا من الأسرة المالكة أُسس عام 2006 لتنظيم شؤون الملك وولاية العهد.
""", [
    ev("nayef-named", "صدر في المملكة العربية السعودية أمر ملكي يقضي بتعيين الأمير نايف", NAYEF, "no own expression beyond the dateline; the royal order of Thu 27 Oct 2011 (29/11/1432)"),
    ev("order-published", "الذي بثته وكالة الأنباء السعودية في وقت متأخر الليلة", NAYEF, "'في وقت متأخر الليلة' = late on the night of Thu 27 Oct 2011 (other reports: 'فجر الجمعة'; my span Thu 27 - Fri 28 Oct)", end="2011-10-29"),
    ev("sultan-death", "برحيل الأمير سلطان بن عبدالعزيز السبت الماضي", CDEATH, "'السبت الماضي' before Thu 27 Oct = Sat 22 Oct 2011"),
    ev("allegiance-council-met", "جاء بعد اجتماع الملك بهيئة البيعة", NAYEF, "no own expression; the king met the council before the order of Thu 27 Oct 2011"),
    ev("allegiance-council-law-2006", "أُسس عام 2006 لتنظيم شؤون الملك وولاية العهد", BAYA_LAW[0], "'عام 2006'; the Allegiance Council law of 26/9/1427 = Thu 19 Oct 2006, announced Fri 20 Oct (alwatan's text; hijridate)", end=BAYA_LAW[1]),
])
art(S, "https://sauress.com/alwatan/74267",
    "2011-10-28", "no page date (sauress copy of al-Watan); the body's 'صدر أمس' for the royal order of Thu 27 Oct 2011 (29/11/1432, certain) gives Fri 28 Oct 2011, the day of the paper; headline written from the body (the stored text has none); the royal order turned from the king's first person into indirect speech; the last, truncated sentence dropped; no date of its own in the text (only the Hijri dates of the laws the order cites)", False, """
صدور أمر ملكي باختيار الأمير نايف بن عبدالعزيز وليا للعهد
صدر أمس أمر ملكي باختيار صاحب السمو الملكي الأمير نايف بن عبدالعزيز وليا للعهد. ونص الأمر على أن الملك عبدالله بن عبدالعزيز آل سعود، ملك المملكة العربية السعودية، وبعد اطلاعه على النظام الأساسي للحكم الصادر بالأمر الملكي رقم أ/90 بتاريخ 27/8/1412، وعلى نظام مجلس الوزراء الصادر بالأمر الملكي رقم أ/13 بتاريخ 3/3/1414، وعلى نظام هيئة البيعة الصادر بالأمر الملكي رقم "أ/135" في 26/9/1427، واستنادا إلى البند "ثالثاً" من الأمر الملكي رقم "أ/135" في 26/9/1427، وبعد إشعار رئيس هيئة البيعة وأعضائها، قد اختار الأمير نايف بن عبدالعزيز وليا للعهد، وأمر بتعيينه نائبا لرئيس مجلس الوزراء ووزيرا للداخلية.
وقد اجتمع خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز برئيس هيئة البيعة وأعضائها في قصره بالرياض، ووجّه الأمراء إلى مبايعة الأمير نايف بن عبدالعزيز وليا للعهد، فتلقى سموه مبايعة الأمراء، داعين الله عز وجل أن يوفقه ويجعله خير عون لخادم الحرمين الشريفين، وأن يحفظ للدولة أمنها واستقرارها ووحدتها الوطنية.
""", [
    ev("nayef-named", "صدر أمس أمر ملكي باختيار صاحب السمو الملكي الأمير نايف", NAYEF, "'أمس' from Fri 28 Oct = Thu 27 Oct 2011"),
    ev("basic-law-1412", "النظام الأساسي للحكم الصادر بالأمر الملكي رقم أ/90 بتاريخ 27/8/1412", "1992-03-01", "'27/8/1412' = Sun 1 Mar 1992 (Umm al-Qura, hijridate)"),
    ev("allegiance-council-law-2006", "وعلى نظام هيئة البيعة الصادر بالأمر الملكي", BAYA_LAW[0], "'في 26/9/1427' = Thu 19 Oct 2006 (Umm al-Qura, hijridate); announced Fri 20 Oct 2006", end=BAYA_LAW[1]),
    ev("allegiance-council-met", "وقد اجتمع خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز برئيس هيئة البيعة", NAYEF, "no own expression; the meeting of Thu 27 Oct 2011 that preceded the order"),
    ev("princes-allegiance", "فتلقى سموه مبايعة الأمراء", NAYEF, "no own expression; the princes' allegiance right after the order, Thu 27 Oct 2011 (late that night)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 354
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
