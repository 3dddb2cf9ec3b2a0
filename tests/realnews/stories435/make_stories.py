"""Builds stories.jsonl: the 435-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: internet, telecom and cyber incidents in Arab countries:
internet blackouts (exam shutdowns, cable cuts), hacks of government or bank websites, telecom outages, app and
platform bans.
Stories: the suspension of TikTok in Jordan during the fuel-price protests (Jordan, December 2022), the cut of
mobile internet after the death of Omar Diop in police custody (Mauritania, May-June 2023), and the
telecommunications blackout of Benghazi during the al-Barghathi clashes (Libya, October 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-tiktok-suspension-2022
S = "jordan-tiktok-suspension-2022"
BAN = "2022-12-16"                         # TikTok stopped working from the noon of Fri 16 Dec 2022; the PSD statement that day
OFFICER = "2022-12-15"                     # Col. Abdul Razzaq al-Dalabeh, deputy police chief of Ma'an, killed on the evening of Thu 15 Dec 2022
STRIKE = ("2022-12-05", "2022-12-20")      # the truckers' and transport strike over fuel prices, early December to about 19 Dec 2022 (my span)
HANANDEH = ("2022-12-16", "2022-12-19")    # the minister's statement after the ban, before Mon 19 Dec ('في تصريح سابق') (my span)
art(S, "https://arabi21.co.uk/storyamp/1481332/%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9-%D8%AA%D8%AD%D8%AC%D8%A8-%D8%AA%D9%8A%D9%83-%D8%AA%D9%88%D9%83-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D8%B4%D8%A7%D9%87%D8%AF",
    "2022-12-16", "no date line on the stored page; the body's 'الجمعة' for the blocking reported by citizens, with the officer killed in the southern protests (Thu evening 15 Dec) and the funeral by the Public Security Directorate the same day (its truncated last sentence 'شيعت مديرية ...', dropped), gives Fri 16 Dec 2022 (a Friday); headline rendered from the URL slug (the '-شاهد' video tag dropped)", True, """
السلطات الأردنية تحجب تيك توك بسبب الاحتجاجات
أفاد مواطنون، الجمعة، بأن السلطات الأردنية حجبت تطبيق "تيك توك"، بالتزامن مع انقطاعات في خدمة الإنترنت، على إثر احتجاجات شهدها جنوب البلاد وأدت إلى مقتل ضابط رفيع.
وتعيش المملكة موجة واسعة من الاحتجاجات والإضرابات التي تطالب بحلول للأزمة الاقتصادية الخانقة التي يعانيها الأردنيون، وكان آخرها إضراب سائقي النقل العام والشحن احتجاجا على زيادة أسعار المحروقات.
وبحسب مواقع محلية ومستخدمين لشبكات التواصل، شكا مواطنون من تعطل "تيك توك" ومن صعوبة الدخول إلى خاصية "فور يو" المخصصة للفيديوهات القصيرة.
في المقابل، أكدت وحدة الجرائم الإلكترونية في الأمن العام الأردني أنها أوقفت منصة "تيك توك" بسبب ما سمّته "إساءة استخدامها من قبل مستخدميها سواء بتمجيد العنف، أو دعوات الفوضى والترويج لفيديوهات من خارج المملكة وتزويرها للتأثير على مشاعر المواطنين".
ولفتت إلى أن المنصة لم تتصدَّ لإساءة استخدامها، ولهذا أُوقفت خدماتها في المملكة بصورة مؤقتة.
وأضافت أن فرقها تتابع كل ما يُنشر على وسائل التواصل الاجتماعي، ولا سيما ما يتصل بالتحريض على "خطاب الكراهية والحض على التخريب والاعتداء على أجهزة إنفاذ القانون وقطع الطرق"، مشددة على أن كل من "يرتكب هذه الجرائم، سيحال إلى القضاء".
""", [
    ev("tiktok-suspended", "أفاد مواطنون، الجمعة، بأن السلطات الأردنية حجبت تطبيق", BAN, "'الجمعة' = Fri 16 Dec 2022 (the day of the article)"),
    ev("officer-killed", "وأدت إلى مقتل ضابط رفيع", OFFICER, "no own expression; Col. Abdul Razzaq al-Dalabeh was shot in Ma'an on the evening of Thu 15 Dec 2022 (outside knowledge; stories14's reports of 16 Dec say 'مساء الخميس')"),
    ev("fuel-strike", "إضراب سائقي النقل العام والشحن", STRIKE[0], "no own expression ('آخرها'); the truckers' strike over fuel prices from early December 2022 until the days after the ban (my span 5-19 Dec)", end=STRIKE[1]),
    ev("cybercrime-unit-statement", "أكدت وحدة الجرائم الإلكترونية في الأمن العام الأردني أنها أوقفت", BAN, "no own expression; the unit's statement of Fri 16 Dec 2022, the day of the ban"),
])
art(S, "https://jordan-oasis.com/14/%d9%84%d9%84%d9%8a%d9%88%d9%85-%d8%a7%d9%84%d8%ab%d8%a7%d9%86%d9%8a-%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86-%d8%a8%d9%84%d8%a7-%d8%aa%d9%8a%d9%83-%d8%aa%d9%88%d9%83",
    "2022-12-17", "no date on the stored page; the headline's 'لليوم الثاني' counted from the outage that began 'منذ ظهر الجمعة' (Fri 16 Dec 2022) gives Sat 17 Dec 2022 (a Saturday); the stored text begins in mid-paragraph ('وأضاف الهناندة'), so the minister's title is written out from the same statement as quoted by sarayanews; headline kept, the page's sub-headings kept as short lines; no date of its own in the text", False, """
لليوم الثاني.. الأردن من دون "تيك توك"
وقال وزير الاقتصاد الرقمي والريادة أحمد الهناندة إن البلاغ الذي تسلّموه من مديرية الأمن العام ينص على وقف خدمات المنصة بشكل مؤقت، وحتى إشعار آخر.
بداية انقطاع الخدمات
ومنذ ظهر الجمعة، أخذ الأردنيون يشتكون من توقف خدمات تطبيق "تيك توك" في عدد من المحافظات، من غير أن يعرفوا السبب.
وعقب ذلك، تصدّر وسم "#تيك_توك" منصة التدوينات القصيرة "تويتر" في الأردن، بعدما أعلن كثير من المستخدمين فقدانهم خدمات التطبيق.
الأمن يعلن وقف الخدمات
وأعلنت وحدة الجرائم الإلكترونية إثر ذلك أن منصة "تيك توك" لم تعالج إساءة استخدامها، "سواء بتمجيد ونشر أعمال العنف أو دعوات الفوضى، بل وفي ترويج فيديوهات من خارج الأردن وتزويرها للتأثير على مشاعر المواطنين، وبالتالي جرى إيقاف خدماتها في الأردن مؤقتا".
وأكدت الوحدة أنها ترصد كل ما يُنشر على مواقع التواصل الاجتماعي، وبخاصة "خطاب الكراهية والحض على التخريب"، وأنها ستحيل إلى القضاء كل من يرتكب هذه الجرائم.
""", [
    ev("hanandeh-statement", "وقال وزير الاقتصاد الرقمي والريادة أحمد الهناندة", HANANDEH[0], "no own expression; the minister spoke after the ban of Fri 16 Dec and before this report of Sat 17 (my span 16-18 Dec, shared with sarayanews' 'في تصريح سابق')", end=HANANDEH[1]),
    ev("tiktok-suspended", "أخذ الأردنيون يشتكون من توقف خدمات تطبيق", BAN, "'منذ ظهر الجمعة' = from the noon of Fri 16 Dec 2022"),
    ev("hashtag-trend", "تصدّر وسم \"#تيك_توك\" منصة التدوينات القصيرة", BAN, "'وعقب ذلك' after the outage of Fri 16 Dec 2022 noon = the same Friday"),
    ev("cybercrime-unit-statement", "وأعلنت وحدة الجرائم الإلكترونية إثر ذلك", BAN, "'إثر ذلك' after the outage of Fri 16 Dec 2022 = the statement of that Friday"),
])
art(S, "https://www.sarayanews.com/article/814640/اربعة-ايام-على-ايقاف-خدمة-تيك-توك-في-الاردن",
    "2022-12-19", "page time stamp '19-12-2022 09:07 AM' (kept as second line; 19 Dec 2022 was a Monday); the body's 'لليوم الرابع على التوالي' from Fri 16 agrees; the site banner, the page's own date of viewing ('الأربعاء ,8 مايو, 2024 م'), the view counter and the tag 'سرايا -' dropped; headline kept (spelling 'اربعة'/'ايقاف' corrected), given once; the last, truncated words dropped", True, """
أربعة أيام على إيقاف خدمة "تيك توك" في الأردن
19-12-2022 09:07 AM
يتواصل وقف خدمات منصة "تيك توك" في الأردن لليوم الرابع على التوالي، إثر بلاغ صادر عن مديرية الأمن العام بإيقاف التطبيق، وكان الأردنيون قد بدأوا منذ ظهر الجمعة يشتكون من توقف خدماته.
ويعود القرار إلى مقاطع فيديو رأت فيها مديرية الأمن العام "تحضًّا على العنف"، على الرغم من تراجع وتيرة الاحتجاجات، إذ رجعت حركة النقل في مناطق كثيرة إلى وضعها الطبيعي، فيما لا تزال متعطلة في مناطق أخرى.
من جهته، قال وزير الاقتصاد الرقمي والريادة أحمد الهناندة، في تصريح سابق، إن خدمات منصة "تيك توك" لا تزال منقطعة في الأردن، مبينا أن البلاغ الذي وصلهم من مديرية الأمن العام يقضي بإيقاف خدمات المنصة مؤقتا، وحتى إشعار آخر.
ومنذ ظهر الجمعة، بدأ الأردنيون يشكون من توقف خدمات تطبيق "تيك توك" في عدد من المحافظات دون أن يعرفوا الأسباب.
وبعد ذلك، تصدّر وسم "#تيك_توك" موقع التدوينات القصيرة "تويتر" في الأردن، إثر إعلان كثير من المستخدمين فقدانهم خدمات التطبيق.
""", [
    ev("suspension-fourth-day", "يتواصل وقف خدمات منصة \"تيك توك\" في الأردن لليوم الرابع على التوالي", "2022-12-19", "'لليوم الرابع على التوالي' from Fri 16 = Mon 19 Dec 2022 (time stamp)"),
    ev("transport-resumes", "رجعت حركة النقل في مناطق كثيرة إلى وضعها الطبيعي", "2022-12-17", "no own expression; the easing of the strike between the ban and this report of Mon 19 Dec 2022 (my span 17-19 Dec)", end="2022-12-20"),
    ev("hanandeh-statement", "قال وزير الاقتصاد الرقمي والريادة أحمد الهناندة، في تصريح سابق", HANANDEH[0], "'في تصريح سابق' before Mon 19 Dec = the statement reported on Sat 17 (my span 16-18 Dec)", end=HANANDEH[1]),
    ev("tiktok-suspended", "بدأ الأردنيون يشكون من توقف خدمات تطبيق", BAN, "'منذ ظهر الجمعة' = from the noon of Fri 16 Dec 2022"),
    ev("hashtag-trend", "تصدّر وسم \"#تيك_توك\" موقع التدوينات القصيرة", BAN, "'وبعد ذلك' after the outage of Fri 16 Dec 2022 noon = the same Friday"),
])

# ---------------------------------------------------------------- mauritania-omar-diop-internet-cut-2023
S = "mauritania-omar-diop-internet-cut-2023"
CUT = "2023-05-31"                         # mobile internet cut just after midnight of Tue 30 / Wed 31 May 2023
DIOP = ("2023-05-28", "2023-05-30")        # Omar Diop died after his arrest in Sebkha, the night of Sun 28 / Mon 29 May 2023 (my span)
RIOTS = ("2023-05-29", "2023-05-31")       # the protests and riots of Mon 29 and Tue 30 May 2023
BOUKI = "2023-05-30"                       # Mohamed Lemine Ould Samba killed in Boghé ('ضحى الثلاثاء', Tue 30 May 2023)
RESTORE = ("2023-06-06", "2023-06-08")     # mobile internet back late on the night of Tue 6 / Wed 7 June 2023
CUT2019 = ("2019-06-23", "2019-07-04")     # the cut after the 2019 presidential results, 23/24 Jun - 3 Jul 2019
CUTMAR = ("2023-03-06", "2023-03-13")      # the cut after the escape of four jihadist prisoners (Sun 5 Mar), Mon 6 - Sun 12 Mar 2023
art(S, "https://azzaman.info/?p=42300",
    "2023-05-31", "no date line on the stored page; the body's 'في وقت متأخر من الليلة البارحة، بعيد منتصف الليل – صباح الأربعاء-' for a cut made after the two days of protests (Mon 29 - Tue 30 May) gives Wed 31 May 2023 (a Wednesday; kankossatoday: 'فجر الأربعاء الماضي 31 مايو'); headline kept ('أججتها' kept, 'الأنترنت' spelled 'الإنترنت'); the tag 'الزمان أنفو –' dropped; 'منتصب الليل' corrected to 'منتصف الليل'", True, """
موريتانيا.. هدوء بعد أحداث أشعلتها وفاة سجين سابق، وقطع للإنترنت
قطعت الحكومة الموريتانية الإنترنت عن الهواتف المحمولة في وقت متأخر من الليلة البارحة، بعيد منتصف الليل – صباح الأربعاء-، بعد يومين من احتجاجات شهدتها البلاد انطلاقا من العاصمة نواكشوط، ثم امتدت إلى انواذيبو وازويرات وروصو وكيهيدي وبوكي التي توفي فيها المدعو محمد الأمين.
وقد سادت المدن المذكورة فوضى عارمة شارك فيها لصوص وأجانب، وجرى الاعتداء على الممتلكات العامة والخاصة وإحراق السيارات، إذ أُحرقت سيارة من نوع في8 كانت متوقفة قرب الملعب الأولمبي بانواكشوط، وتحطم زجاج عدد من السيارات في أماكن مختلفة وأُضرمت النار في محلات.
وأسهمت وسائل التواصل في تأجيج الأحداث التي اندلعت إثر وفاة شاب يدعى "عمر جوب"، تقول الشرطة إنه قاتل من أصحاب السوابق، إذ قتل قبل أكثر من عقد من الزمن سيدة تدعى "خدي" في انواذيبو، ثم قتل قبل أعوام قليلة شابا كان صديقا له، وأُفرج عنه قبل أشهر.
وتقول رواية الشرطة إنه أوقف في مقاطعة السبخة بولاية نواكشوط الغربية بعد اشتباك مع شبان من أصحاب السوابق فروا، فيما بقي هو رافضا مرافقة الشرطة، ثم سقط تحت تأثير جرعة زائدة من المخدرات ونُقل إلى المستشفى حيث فارق الحياة.
""", [
    ev("internet-cut", "قطعت الحكومة الموريتانية الإنترنت عن الهواتف المحمولة", CUT, "'في وقت متأخر من الليلة البارحة، بعيد منتصف الليل – صباح الأربعاء-' = just after midnight, Wed 31 May 2023"),
    ev("protests", "بعد يومين من احتجاجات شهدتها البلاد", RIOTS[0], "'بعد يومين' before the cut of Wed 31 May = Mon 29 - Tue 30 May 2023", end=RIOTS[1]),
    ev("bouki-death", "التي توفي فيها المدعو محمد الأمين", BOUKI, "no own expression; killed in Boghé 'ضحى الثلاثاء' = Tue 30 May 2023 (kankossatoday)"),
    ev("omar-diop-death", "إثر وفاة شاب يدعى \"عمر جوب\"", DIOP[0], "no own expression; his death after the arrest in Sebkha, before the protests that began on Mon 29 May 2023 (my span 28-29 May)", end=DIOP[1]),
])
art(S, "https://elfikr.net/?q=node%2F34724",
    "2023-05-31", "no date on the stored page; 'منتصف ليلة البارحة' for the cut made after midnight of Tue 30 / Wed 31 May 2023 (azzaman, kankossatoday) gives Wed 31 May 2023; the last, truncated sentence ('وشهدت موريتانيا الثلاثاء، أعمال شغب فوضوية في عدة ...') dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
الحكومة تقطع الإنترنت عن الهواتف المحمولة بعد أعمال شغب
قطعت الحكومة الموريتانية خدمة الإنترنت عن الهواتف المحمولة منتصف ليلة البارحة، بعد قرابة يومين من أعمال شغب فوضوية تكسّر خلالها زجاج بعض السيارات والحافلات، وأُشعلت الإطارات وأغصان الأشجار، وجرت أحيانا محاولات لمهاجمة المحلات والأسواق، وقد انطلقت أعمال الشغب من العاصمة نواكشوط قبل أن تتمدد إلى مناطق أخرى من البلاد.
واندلعت هذه الأعمال إثر وفاة شاب يُدعى "عمر جوب"، وصفته الشرطة بأنه من أصحاب السوابق، بعد توقيفه لدى مفوضية للشرطة في مقاطعة السبخة جنوب غرب نواكشوط.
وهذه ثالث مرة تقطع فيها حكومة موريتانية خدمة الإنترنت عن الهواتف المحمولة.
فالمرة الأولى كانت حين قطعت حكومة الرئيس السابق عزيز الخدمة بعد صدور نتائج الانتخابات الرئاسية 2019، فسنّت بذلك سنة قطع الإنترنت عن الهواتف المحمولة عند حدوث أي "ثغرة" أو "هفوة" أو فشل ما.
أما المرة الثانية فكانت حين قطعت حكومة الغزواني الإنترنت عن الهواتف المحمولة إثر فرار أربعة من أخطر العناصر من سجن يُفترض أنه مشدد الحراسة ويقع داخل المربع الأمني للعاصمة.
واقتصر قطع الحكومة الموريتانية على الإنترنت عبر الهواتف المحمولة، بينما أبقت على خدمة الإنترنت الثابت "الويفي".
""", [
    ev("internet-cut", "قطعت الحكومة الموريتانية خدمة الإنترنت عن الهواتف المحمولة منتصف ليلة البارحة", CUT, "'منتصف ليلة البارحة' in an article of Wed 31 May 2023 = the midnight of Tue 30 / Wed 31 May"),
    ev("protests", "بعد قرابة يومين من أعمال شغب فوضوية", RIOTS[0], "'بعد قرابة يومين' before the cut = Mon 29 - Tue 30 May 2023", end=RIOTS[1]),
    ev("omar-diop-death", "إثر وفاة شاب يُدعى \"عمر جوب\"", DIOP[0], "no own expression; his death after the arrest, before the protests of Mon 29 May 2023 (my span 28-29 May)", end=DIOP[1]),
    ev("cut-2019", "قطعت حكومة الرئيس السابق عزيز الخدمة بعد صدور نتائج الانتخابات الرئاسية 2019", CUT2019[0], "'بعد صدور نتائج الانتخابات الرئاسية 2019' = the cut of 23/24 Jun - 3 Jul 2019 (youm7 of 3 Jul 2019: cut 'يوم الثالث والعشرين من يونيو', back 'ظهر اليوم، الأربعاء')", end=CUT2019[1]),
    ev("cut-march-2023", "قطعت حكومة الغزواني الإنترنت عن الهواتف المحمولة إثر فرار أربعة", CUTMAR[0], "no own expression; the cut after the escape of Sun 5 Mar 2023, from Mon 6 to Sun 12 Mar 2023 (saharamedias: back 'اليوم الأحد' after a week)", end=CUTMAR[1]),
])
art(S, "https://thawabit.net/%d8%a7%d9%84%d8%a5%d9%86%d8%aa%d8%b1%d9%86%d8%aa-%d8%aa%d8%b9%d9%88%d8%af-%d8%a8%d8%b9%d8%af-%d9%82%d8%b7%d8%b9%d9%87%d8%a7-%d9%84%d9%85%d8%a7%d9%8a%d9%86%d8%a7%d9%87%d8%b2-%d8%a3%d8%b3%d8%a8%d9%88",
    "2023-06-07", "no date line on the stored page; the body's 'الاجتماع المرتقب للحكومة اليوم الأربعاء' with the return of the mobile internet a week after the cut of Wed 31 May gives Wed 7 Jun 2023 (a Wednesday); headline kept (spelling 'لمايناهز' corrected)", True, """
الإنترنت يعود إلى موريتانيا بعد قطعه قرابة أسبوع
بُعيد انقطاعها طوال أسبوع، أُعيدت خدمة الإنترنت الجوال في وقت متأخر من ليلة البارحة الأربعاء، وكانت الحكومة قد قطعت الإنترنت على إثر احتجاجات قوية في العاصمة نواكشوط وبعض المدن الموريتانية في الداخل على مقتل المواطن عمر جوب.
وسبق لموريتانيا أن قطعت الإنترنت في ظروف مماثلة، إذ قُطع بعد ظهور نتائج الانتخابات الرئاسية الموريتانية لسنة 2019 حين وقعت أعمال شغب من قِبل أنصار بعض المترشحين للرئاسة، كما لجأت السلطات إلى قطعه مطلع مارس من السنة الجارية 2023 بسبب فرار سجناء سلفيين خطرين جرى تعقبهم حتى قُضي عليهم في الشمال الموريتاني.
وفي سنتي 2018و2020 تعطلت خدمة الشبكة بسبب عطب في الكابل البحري الذي يوفرها.
وقطع الإنترنت، أيا كانت أسبابه، يجرّ عواقب اقتصادية على الجميع لأنه يوقف خدمة أساسية عن البلد الذي يغيب جزئيا عن الأحداث الوطنية والدولية، وهي أسباب دفعت المواطنين إلى شراء شبكات ويفي من بعض الشركات بأثمان مرتفعة لأن وجود الشبكة بات ضروريا للقيام بأنشطة مهمة ترتبط بحياتهم.
وتزامنت إعادة الشبكة مع الاجتماع المرتقب للحكومة اليوم الأربعاء، الذي سيشهد اتخاذ قرارات سياسية مهمة في البلد.
""", [
    ev("internet-restored", "أُعيدت خدمة الإنترنت الجوال في وقت متأخر من ليلة البارحة الأربعاء", RESTORE[0], "'في وقت متأخر من ليلة البارحة الأربعاء' in an article of Wed 7 Jun 2023 = late on the night of Tue 6 / Wed 7 Jun (tig.mr: 'مساء الثلاثاء/ الأربعاء')", end=RESTORE[1]),
    ev("internet-cut", "وكانت الحكومة قد قطعت الإنترنت على إثر احتجاجات قوية", CUT, "'بُعيد انقطاعها طوال أسبوع' before Wed 7 Jun = the cut of Wed 31 May 2023"),
    ev("cut-2019", "إذ قُطع بعد ظهور نتائج الانتخابات الرئاسية الموريتانية لسنة 2019", CUT2019[0], "'لسنة 2019' = the cut of 23/24 Jun - 3 Jul 2019", end=CUT2019[1]),
    ev("cut-march-2023", "كما لجأت السلطات إلى قطعه مطلع مارس من السنة الجارية 2023", CUTMAR[0], "'مطلع مارس من السنة الجارية 2023' = Mon 6 - Sun 12 Mar 2023", end=CUTMAR[1]),
    ev("government-meeting", "الاجتماع المرتقب للحكومة اليوم الأربعاء", "2023-06-07", "'اليوم الأربعاء' = Wed 7 Jun 2023"),
])
art(S, "https://tig.mr/contents/article/62694",
    "2023-06-07", "no date on the stored page; 'مساء الثلاثاء/ الأربعاء' for the return of the service, written as past, 'بعد أسبوع' from the cut of Wed 31 May, gives a report of Wed 7 Jun 2023 (thawabit's report of that Wednesday tells the same return); the byline line ('هاشتاك الانترنت', 'محرر أخبار ومنتج محتوى رقمي في موقع تكنت') dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
عودة الإنترنت إلى الهواتف المحمولة في موريتانيا
أعادت السلطات، مساء الثلاثاء/ الأربعاء، تشغيل خدمة الإنترنت للهاتف المحمول.
وجاءت هذه الخطوة بعد أسبوع من قطع الخدمة في عموم موريتانيا إثر احتجاجات وأعمال شغب في عدد من المدن الموريتانية، بينها العاصمة نواكشوط.
وقد خلّفت الاحتجاجات الغاضبة التي تلت وفاة شاب يدعى عمر جوب بُعيد توقيفه من قبل الشرطة في مقاطعة السبخه ضحيةً، هو الشاب محمد الأمين ولد صمب في بوكي.
وتقول السلطات إن ولد صمب توفي عندما حاول المحتجون اقتحام مفوضية الشرطة في بوكي.
وهذه ثاني مرة تلجأ فيها السلطات إلى قطع خدمة الإنترنت للهاتف المحمول في عموم موريتانيا في غضون ثلاثة أشهر، إذ سبق أن قطعتها مطلع مارس الماضي بعد فرار سجناء من السجن المدني بالعاصمة نواكشوط.
""", [
    ev("internet-restored", "أعادت السلطات، مساء الثلاثاء/ الأربعاء، تشغيل خدمة الإنترنت", RESTORE[0], "'مساء الثلاثاء/ الأربعاء' = the night of Tue 6 / Wed 7 Jun 2023", end=RESTORE[1]),
    ev("internet-cut", "بعد أسبوع من قطع الخدمة في عموم موريتانيا", CUT, "'بعد أسبوع' before the return of 6/7 Jun = the cut of Wed 31 May 2023"),
    ev("omar-diop-death", "التي تلت وفاة شاب يدعى عمر جوب", DIOP[0], "no own expression; his death before the protests of Mon 29 May 2023 (my span 28-29 May)", end=DIOP[1]),
    ev("bouki-death", "ولد صمب توفي عندما حاول المحتجون اقتحام مفوضية الشرطة", BOUKI, "no own expression; 'ضحى الثلاثاء' = Tue 30 May 2023 (kankossatoday)"),
    ev("cut-march-2023", "إذ سبق أن قطعتها مطلع مارس الماضي", CUTMAR[0], "'مطلع مارس الماضي' = Mon 6 - Sun 12 Mar 2023", end=CUTMAR[1]),
])

# ---------------------------------------------------------------- libya-benghazi-telecom-blackout-2023
S = "libya-benghazi-telecom-blackout-2023"
ARRIVAL = "2023-10-06"                     # al-Mahdi al-Barghathi reached his home in Benghazi on Fri 6 Oct 2023
CLASH = ("2023-10-06", "2023-10-08")       # the Salmani clashes, the evening of Fri 6 into Sat 7 Oct 2023
BLACKOUT = ("2023-10-06", "2023-10-08")    # the telecom cut: the evening of Fri 6 (al-Bdeiri) / Sat 7 Oct (UNSMIL: 'يوم 7 تشرين الأول')
BACK = "2023-10-13"                        # the ministry announced the return of the internet on Fri 13 Oct 2023
art(S, "https://arabi21.co/storyamp/1542071/%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A8%D9%86%D8%BA%D8%A7%D8%B2%D9%8A-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A%D8%A9-%D9%88%D9%82%D8%B7%D8%B9-%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D8%B9%D9%86%D9%87%D8%A7",
    "2023-10-06", "no date line on the stored page; the quotation 'قبل تجمعهم اليوم (الجمعة)' with the writer's own gloss '(الجمعة)' for 'today', and al-Bdeiri's first confirmation of the cut (made on the evening of Fri 6 Oct per alamssar), give Fri 6 Oct 2023 (a Friday); headline rendered from the URL slug", True, """
اشتباكات في بنغازي الليبية وقطع الاتصالات عنها
ذكرت مصادر أمنية أن اشتباكات اندلعت في منطقة السلماني الشرقي ببنغازي إثر رجوع المهدي البرغثي، وزير الدفاع السابق في حكومة الوفاق الوطني، إلى المدينة، وفق ما أوردته قناة "ليبيا الأحرار".
في المقابل، نقلت صحيفة المرصد الليبية القريبة من قوات حفتر عما وصفته بمصدر عسكري أن "عملية أمنية للقوات المسلحة و الأجهزة الأمنية في بنغازي" تجري "ضد خلايا مسلحة، تسللت إلى المدينة خلسة خلال فزعة خوت" (نجدة أهالي درنة).
وتابعت الصحيفة، نقلا عن المصدر نفسه، أن "المجموعة تسللت كأفراد انتشروا في عدة مناطق، قبل تجمعهم اليوم (الجمعة) بأسلحتهم في منطقة السلماني، ويتم التعامل معهم كخلية تخريبية".
أما مصادر قريبة من عائلة البرغثي فقالت لقناة "ليبيا الأحرار" إن "عودته لبنغازي كانت في إطار سلمي"، ونفت ما نشره إعلام موالٍ لحفتر عن دخوله المدينة ضمن مجموعات مسلحة.
وبحسب المصادر، استُخدمت في الاشتباكات أسلحة متوسطة وثقيلة، واعتُقل عدد من الحراس الشخصيين للبرغثي وآخرون.
في غضون ذلك، أكد محمد البديري، مدير الإعلام الرقمي في الشركة القابضة للاتصالات، انقطاع الاتصالات عن مدينة بنغازي.
وعزا البديري الانقطاع إلى قطع كابل الألياف البصرية في أكثر من مسار، مؤكدا أن فرق الصيانة تعمل على إصلاحه، بحسب قناة "ليبيا الأحرار".
""", [
    ev("salmani-clashes", "أن اشتباكات اندلعت في منطقة السلماني الشرقي ببنغازي", CLASH[0], "no own expression; the clashes of the evening of Fri 6 into Sat 7 Oct 2023 (arabkhabar: 'ليل الجمعة الماضية')", end=CLASH[1]),
    ev("barghathi-return", "إثر رجوع المهدي البرغثي", ARRIVAL, "no own expression; his arrival on Fri 6 Oct 2023 (alamssar: 'الجمعة الماضي')"),
    ev("armed-gathering", "قبل تجمعهم اليوم (الجمعة) بأسلحتهم في منطقة السلماني", ARRIVAL, "'اليوم (الجمعة)' = Fri 6 Oct 2023"),
    ev("guards-arrested", "واعتُقل عدد من الحراس الشخصيين للبرغثي وآخرون", CLASH[0], "no own expression; during the clashes of Fri 6 - Sat 7 Oct 2023", end=CLASH[1]),
    ev("bdeiri-statement", "أكد محمد البديري، مدير الإعلام الرقمي في الشركة القابضة للاتصالات", ARRIVAL, "no own expression; al-Bdeiri spoke on Fri 6 Oct 2023 (alamssar: 'والجمعة الماضية، صرح ... البديري')"),
    ev("telecom-cut", "انقطاع الاتصالات عن مدينة بنغازي", BLACKOUT[0], "no own expression; the cut of the evening of Fri 6 Oct (al-Bdeiri) / 7 Oct 2023 (UNSMIL)", end=BLACKOUT[1]),
])
art(S, "https://arabkhabar.com/a/845973",
    "2023-10-08", "page date line 'تاريخ النشر: 8th, October 2023 GMT' (kept as second line; 8 Oct 2023 was a Sunday); the headline's 'لليوم الثالث' from Fri 6 agrees; headline kept; the last, truncated sentence (the pro-Haftar media's 'عملية أمنية') dropped", True, """
بنغازي.. الاتصالات مقطوعة لليوم الثالث ومصير البرغثي لا يزال مجهولا
تاريخ النشر: 8th, October 2023 GMT
أفادت مصادر خاصة في منطقة السلماني ببنغازي بأن قوات حفتر ما زالت منتشرة أمنيا في المنطقة.
وأضافت المصادر لقناة ليبيا الأحرار أن الاشتباكات التي عرفتها المدينة ليل الجمعة الماضية أوقعت جرحى بين المواطنين وألحقت خسائر مادية بالممتلكات الخاصة من منازل وسيارات، مشيرة إلى أن قوات حفتر شنت حملة اعتقالات في المنطقة.
وكانت منطقة السلماني الشرقي، ولا سيما أرض السلاك وشعبية 602 المكتظتين بالسكان، قد شهدت اشتباكات إثر عودة وزير الدفاع الأسبق المهدي البرغثي إلى المدينة.
وفي تفاصيل ما جرى، قال عبد السلام سالم، مرافق البرغثي، لقناة الأحرار إن الهجوم على منزل العميد نفذته مليشيات مدججة بالسلاح تتبع مباشرة لأبناء حفتر، وأطلقت النار مباشرة على أحياء سكنية فيها مدنيون من دون إنذار مسبق، على حد قوله.
واستغرب سالم أن الشرطة العسكرية لم تحضر لجلب المهدي البرغثي من منزله إن كان مطلوبا فعلا.
ووفق المصادر، استُخدمت خلال الاشتباكات أسلحة متوسطة وثقيلة، كما اعتُقل عدد من حراس البرغثي وآخرون.
""", [
    ev("blackout-third-day", "الاتصالات مقطوعة لليوم الثالث", "2023-10-08", "'لليوم الثالث' from Fri 6 = Sun 8 Oct 2023 (date line)"),
    ev("salmani-clashes", "الاشتباكات التي عرفتها المدينة ليل الجمعة الماضية", CLASH[0], "'ليل الجمعة الماضية' from Sun 8 = the night of Fri 6 / Sat 7 Oct 2023", end=CLASH[1]),
    ev("arrest-campaign", "قوات حفتر شنت حملة اعتقالات في المنطقة", "2023-10-07", "no own expression; after the clashes and before this report of Sun 8 Oct 2023 (my span 7-8 Oct)", end="2023-10-09"),
    ev("barghathi-return", "إثر عودة وزير الدفاع الأسبق المهدي البرغثي إلى المدينة", ARRIVAL, "no own expression; his arrival on Fri 6 Oct 2023"),
    ev("guards-arrested", "كما اعتُقل عدد من حراس البرغثي وآخرون", CLASH[0], "no own expression; during the clashes of Fri 6 - Sat 7 Oct 2023", end=CLASH[1]),
])
art(S, "https://alqudsalarabi.co.uk/?p=3225063",
    "2023-10-10", "no date on the stored page; the headline's 'لليوم الخامس على التوالي' counted from the cut 'منذ الجمعة' (Fri 6 Oct 2023) gives Tue 10 Oct 2023 (a Tuesday); the byline 'نسرين سليمان', the font widget and the dateline 'طرابلس ـ «القدس العربي»:' dropped; headline kept; the last, truncated sentence (on sabotage of the cables) dropped; no date of its own in the text", False, """
بنغازي الليبية بلا اتصالات لليوم الخامس على التوالي وسط اشتباكات متقطعة
تعيش مدينة بنغازي الليبية، منذ الجمعة، انقطاعا في الاتصالات تزامن مع اشتباكات مسلحة دارت في منطقة السلماني.
وفي أول تعليق رسمي مفصل على ما جرى في بنغازي، قال فرج قعيم، وكيل وزارة الداخلية في الحكومة المكلفة من مجلس النواب، إن القوات المسلحة تصدت يوم الجمعة الماضية لخلية إرهابية سعت إلى زعزعة النظام والاستقرار العام في المنطقة الشرقية، في إشارة إلى العناصر المرافقة للعميد المهدي البرغثي، وزير الدفاع في حكومة الوفاق الوطني السابقة.
وقال قعيم، في تسجيل مصور بثته قناة المسار، إن هذه الزعزعة وراءها مجموعة إخوانية لا تمثل الشعب الليبي في شيء، مضيفا: «لن نسمح بهذه الزعزعة، ومنْ يكتب على فيسبوك مثل المجرم الذي يحمل السلاح».
وأشار، في بيان مصور على صفحة وكيل وزارة الداخلية بالحكومة الليبية على فيسبوك، إلى أن هذه المجموعة دخلت مدينة بنغازي برفقة قيادات بطريقة غير شرعية واستمرت عدة أيام، وسلكت طرقا صحراوية لتفادي البوابات ونقاط التفتيش، وأدخلت معها أسلحة خفيفة ومتوسطة.
""", [
    ev("telecom-cut", "انقطاعا في الاتصالات تزامن مع اشتباكات مسلحة", BLACKOUT[0], "'منذ الجمعة' = since Fri 6 Oct 2023 (the night into Sat 7)", end=BLACKOUT[1]),
    ev("qaim-statement", "قال فرج قعيم، وكيل وزارة الداخلية", "2023-10-08", "no own expression; his video statement, the 'first' official comment, before this report of Tue 10 Oct 2023 (my span 8-10 Oct)", end="2023-10-11"),
    ev("salmani-clashes", "القوات المسلحة تصدت يوم الجمعة الماضية لخلية إرهابية", CLASH[0], "'يوم الجمعة الماضية' = Fri 6 Oct 2023 (into the night of Sat 7)", end=CLASH[1]),
    ev("group-entry", "هذه المجموعة دخلت مدينة بنغازي برفقة قيادات بطريقة غير شرعية", "2023-09-20", "no own expression ('واستمرت عدة أيام'); the group came in days before the clashes of Fri 6 Oct 2023, during the aid to Derna after the flood of 10-11 Sep (my span 20 Sep - 6 Oct)", end="2023-10-07"),
])
art(S, "https://www.alamssar.com/300086",
    "2023-10-13", "no date on the stored page; the body's 'اليوم الجمعة' for the return of the internet, a week after the cut 'منذ ليلة السبت الماضي' / 'مساء الجمعة الماضية' (Fri 6 - Sat 7 Oct), gives Fri 13 Oct 2023 (a Friday); the masthead ('رئيس مجلس الإدارة د. رائد العزاوي'), the byline 'نشر الأمصار' and the sub-heading dropped; al-Bdeiri's statement, given twice in the stored text, given once; headline kept ('هام' → 'مهم'); the last, truncated words dropped; no date of its own in the text", False, """
ليبيا.. إعلان مهم من الاتصالات بشأن الإنترنت في بنغازي
أعلنت وزارة الاتصالات الليبية، اليوم الجمعة، رجوع خدمة الإنترنت إلى مدينة بنغازي بعد معالجة جميع المشكلات المتصلة بالألياف البصرية.
وكانت وسائل الاتصال السلكية واللاسلكية وخدمات الإنترنت كافة قد انقطعت عن مدينة بنغازي بأكملها، وهي ثانية كبرى المدن الليبية وعاصمة شرق البلاد، منذ ليلة السبت الماضي.
وفي الجمعة الماضية، صرّح محمد البديري، مدير الإعلام الرقمي في الشركة الليبية القابضة للاتصالات، بأن الاتصالات انقطعت في مدينة بنغازي، موضحا أن الانقطاع وقع مساء الجمعة الماضية وأن سببه قطع كابل الألياف البصرية في عدة مسارات مختلفة.
ويُذكر أن انقطاع الإنترنت والاتصالات عن المدينة تزامن مع اندلاع اشتباكات في منطقة السلماني بين قوات للجيش ومسلحين رافقوا المهدي البرغثي، المتهم بالتورط في الهجوم على قاعدة براك الشاطئ الجوية قبل سنوات، ومع وصول وزير الدفاع في حكومة الوفاق الوطني السابقة المهدي البرغثي إلى المدينة، الجمعة الماضي، بعد سنوات من الغياب.
""", [
    ev("internet-restored", "رجوع خدمة الإنترنت إلى مدينة بنغازي", BACK, "'اليوم الجمعة' = Fri 13 Oct 2023"),
    ev("telecom-cut", "قد انقطعت عن مدينة بنغازي بأكملها", BLACKOUT[0], "'منذ ليلة السبت الماضي' / 'مساء الجمعة الماضية' = the evening of Fri 6 / night of Sat 7 Oct 2023", end=BLACKOUT[1]),
    ev("bdeiri-statement", "صرّح محمد البديري، مدير الإعلام الرقمي", ARRIVAL, "'وفي الجمعة الماضية' from Fri 13 = Fri 6 Oct 2023"),
    ev("salmani-clashes", "اندلاع اشتباكات في منطقة السلماني", CLASH[0], "no own expression; the clashes of Fri 6 - Sat 7 Oct 2023", end=CLASH[1]),
    ev("brak-attack", "الهجوم على قاعدة براك الشاطئ الجوية قبل سنوات", "2017-05-18", "'قبل سنوات' = the attack on Brak al-Shati air base of Thu 18 May 2017 (outside knowledge)"),
    ev("barghathi-return", "وصول وزير الدفاع في حكومة الوفاق الوطني السابقة المهدي البرغثي إلى المدينة، الجمعة الماضي", ARRIVAL, "'الجمعة الماضي' from Fri 13 = Fri 6 Oct 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 435
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
