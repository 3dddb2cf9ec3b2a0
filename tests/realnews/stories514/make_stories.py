"""Builds stories.jsonl: the 514-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: international sanctions imposed, extended or lifted (on
countries, companies or persons).
Stories: the UN Security Council's delisting of the Syrian president Ahmad al-Sharaa and his interior minister
Anas Khattab, followed by Britain (Syria, November 2025); the return of the UN sanctions on Iran by the
"snapback" of the E3 (Iran, September 2025); the US CAATSA sanctions on Turkey's defence-industry presidency
(SSB) and its head Ismail Demir over the S-400 (Turkey, December 2020); the US sanctions on the UN special
rapporteur Francesca Albanese (occupied Palestinian territories, July 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-sharaa-un-delisting-2025
S = "syria-sharaa-un-delisting-2025"
UNSC = "2025-11-06"                        # resolution 2799 (14 for, China abstaining) adopted on Thu 6 Nov 2025
UK = "2025-11-07"                          # Britain lifted its sanctions on Fri 7 Nov 2025
MEET = "2025-11-10"                        # al-Sharaa met Trump at the White House on Mon 10 Nov 2025
art(S, "https://www.swissinfo.ch/ara/%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%8A%D8%B1%D9%81%D8%B9-%D8%A7%D9%84%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA-%D8%B9%D9%86-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%88%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9/90293505",
    "2025-11-06", "the page's date stamp 2025-11-06 (a Reuters wire); the body's 'يوم الخميس' for the vote of Thu 6 Nov 2025 agrees; the 'reuters_tickers' and reading-time labels dropped; headline kept from the page; the last, truncated sentence on Trump's turn dropped", True, """
مجلس الأمن الدولي يرفع العقوبات عن الرئيس السوري ووزير الداخلية
الأمم المتحدة (رويترز) – ألغى مجلس الأمن التابع للأمم المتحدة العقوبات المفروضة على الرئيس السوري أحمد الشرع، المنتظر أن يجتمع بالرئيس الأمريكي دونالد ترامب في البيت الأبيض يوم الاثنين.
وشمل القرار الذي أعدته الولايات المتحدة يوم الخميس كذلك رفع العقوبات عن وزير الداخلية السوري أنس خطاب، ونال القرار تأييد 14 عضوا في المجلس، في حين امتنعت الصين عن التصويت.
ومنذ أشهر تضغط واشنطن على مجلس الأمن المؤلف من 15 عضوا لتخفيف العقوبات المفروضة على سوريا.
وبعد 13 عاما من الحرب الأهلية، سقط الرئيس السوري بشار الأسد في ديسمبر كانون الأول إثر هجوم خاطف نفذته فصائل المعارضة بقيادة هيئة تحرير الشام.
وكانت الهيئة، المعروفة في السابق باسم جبهة النصرة، تمثل الذراع الرسمية لتنظيم القاعدة في سوريا حتى فكت ارتباطها به في عام 2016.
ومنذ مايو أيار 2014، تدرج الجماعة على قائمة عقوبات مجلس الأمن الخاصة بتنظيمي القاعدة والدولة الإسلامية.
كما يخضع عدد من أعضاء هيئة تحرير الشام لعقوبات أممية تشمل حظر السفر وتجميد الأصول وحظر الأسلحة.
""", [
    ev("unsc-delisting", "ألغى مجلس الأمن التابع للأمم المتحدة العقوبات المفروضة", UNSC, "'يوم الخميس' in a report of Thu 6 Nov 2025 = that day (resolution 2799)"),
    ev("trump-sharaa-meeting", "المنتظر أن يجتمع بالرئيس الأمريكي دونالد ترامب في البيت الأبيض", MEET, "'يوم الاثنين' (the coming one) from Thu 6 Nov 2025 = Mon 10 Nov 2025"),
    ev("assad-ousted", "سقط الرئيس السوري بشار الأسد في ديسمبر كانون الأول", "2024-12-08", "'في ديسمبر كانون الأول' (the last one) = December 2024; Assad fell with the capture of Damascus on Sun 8 Dec 2024 (known; the text gives the month only)"),
    ev("nusra-split-from-qaeda", "حتى فكت ارتباطها به في عام 2016", "2016-07-28", "'في عام 2016' = the Nusra Front's announced break with al-Qaeda of Thu 28 Jul 2016 (known; the text gives the year only)"),
    ev("nusra-un-listing", "ومنذ مايو أيار 2014، تدرج الجماعة", "2014-05-01", "'منذ مايو أيار 2014' = the listing in May 2014 (the month only)", end="2014-06-01"),
])
art(S, "http://www.annahar.com/arab-world/arabian-levant/255212/الحكومة-البريطانية-ترفع-العقوبات-عن-الرئيس-السوري-أحمد-الشرع",
    "2025-11-07", "no date line on the stored page; the body's 'اليوم الجمعة' for Britain's decision, with 'أمس الخميس' for the Syrian envoy's welcome of the Security Council vote of Thu 6 Nov 2025, gives Fri 7 Nov 2025 (7 Nov 2025 was a Friday; okaz of that day: 'رفعت بريطانيا، اليوم (الجمعة)'); the embedded Reuters tweet (with its date) dropped; headline kept from the page; the last, truncated quotation of the Syrian foreign ministry shortened", False, """
بريطانيا ترفع العقوبات عن الشرع ووزير الداخلية السوري
ألغت بريطانيا، اليوم الجمعة، العقوبات المفروضة على الرئيس السوري أحمد الشرع، في أعقاب قرار مماثل اتخذه مجلس الأمن التابع للأمم المتحدة، وذلك قبل لقاء الشرع بالرئيس الأميركي دونالد ترامب يوم الاثنين المقبل.
وفي البيان ذاته أعلنت بريطانيا إلغاء العقوبات عن وزير الداخلية السوري أنس خطاب.
وكان الرجلان مشمولين سابقاً بعقوبات مالية تستهدف تنظيمي الدولة الإسلامية والقاعدة.
ورحب مندوب سوريا الدائم لدى الأمم المتحدة إبراهيم علبي، أمس الخميس، باسم بلاده بقرار مجلس الأمن الدولي الذي قضى برفع اسم الرئيس أحمد الشرع من قائمة العقوبات الدولية.
وكان مجلس الأمن الدولي قد أعلن تبنيه القرار الذي صاغت مسودته الولايات المتحدة الأميركية لشطب اسم الشرع من قائمة العقوبات على تنظيمي "داعش" و"القاعدة".
وبحسب موقع الأمم المتحدة، نال القرار تأييد 14 عضواً فيما امتنعت الصين عن التصويت.
كما أبدت وزارة الخارجية السورية ترحيبها بالقرار، وذكرت في بيان أنه "يعكس وحدة الموقف الدولي تجاه دعم استقرار سوريا ووحدة أراضيها وسيادتها واستقلالها السياسي".
""", [
    ev("uk-delisting", "ألغت بريطانيا، اليوم الجمعة، العقوبات المفروضة", UK, "'اليوم الجمعة' = Fri 7 Nov 2025"),
    ev("trump-sharaa-meeting", "قبل لقاء الشرع بالرئيس الأميركي دونالد ترامب يوم الاثنين المقبل", MEET, "'يوم الاثنين المقبل' from Fri 7 Nov 2025 = Mon 10 Nov 2025"),
    ev("olabi-welcome", "ورحب مندوب سوريا الدائم لدى الأمم المتحدة إبراهيم علبي، أمس الخميس", UNSC, "'أمس الخميس' from Fri 7 Nov 2025 = Thu 6 Nov 2025"),
    ev("unsc-delisting", "قد أعلن تبنيه القرار الذي صاغت مسودته الولايات المتحدة", UNSC, "no own expression; the vote of Thu 6 Nov 2025 (the envoy welcomed it 'أمس الخميس')"),
    ev("syria-fm-welcome", "كما أبدت وزارة الخارجية السورية ترحيبها بالقرار", UNSC, "no own expression; the Syrian foreign ministry's statement was issued on the evening of the vote, Thu 6 Nov 2025 (shorouknews of 7 Nov: 'رحبت وزارة الخارجية السورية، الخميس')"),
])
art(S, "https://www.okaz.com.sa/politics/na/2221096",
    "2025-11-07", "the page's date stamp 2025-11-07; the body's 'اليوم (الجمعة)' and 'أمس (الخميس)' agree (7 Nov 2025 was a Friday); headline written from the body (the stored text has none); the sub-heading kept; the last, truncated quotation of the Jordanian statement shortened", True, """
بريطانيا ترفع العقوبات عن الشرع وخطاب بعد قرار مجلس الأمن
بعد ساعات من قرار مجلس الأمن الدولي، ألغت بريطانيا، اليوم (الجمعة)، عقوباتها على الرئيس السوري أحمد الشرع ووزير الداخلية أنس خطاب، في تطور يسبق لقاء منتظرا بين الشرع والرئيس الأمريكي دونالد ترمب الأسبوع القادم.
وكان مجلس الأمن الدولي قد صوت، أمس (الخميس)، مؤيدا قرارا أمريكيا نص على حذف اسمي الشرع وخطاب من قائمة العقوبات الدولية، ونال القرار موافقة 14 عضوا وامتناع عضو واحد من أصل 15 عضوا، بحسب موقع الأمم المتحدة.
الشرع يلتقي ترمب
ومن المنتظر أن يجتمع الشرع بترمب في واشنطن الأسبوع القادم، في ثاني لقاء بينهما، بعد أن جمعهما الأول قبل أشهر في العاصمة السعودية الرياض، حيث أعلن ترمب حينها نيته مراجعة العقوبات الأمريكية على سورية.
ولقي قرار مجلس الأمن بشطب اسمي الرئيس السوري أحمد الشرع ووزير داخليته أنس خطاب من قائمة العقوبات ترحيبا عربيا ودوليا.
وأعربت الخارجية الأردنية، اليوم، عن ترحيبها بقرار مجلس الأمن، معتبرة أنه يعبر عن إرادة المجتمع الدولي في دعم وحدة سورية واستقرارها وسيادتها وأمنها، وأكدت في بيان مجددا دعم المملكة لسورية في جهود إعادة البناء.
""", [
    ev("uk-delisting", "ألغت بريطانيا، اليوم (الجمعة)، عقوباتها", UK, "'اليوم (الجمعة)' = Fri 7 Nov 2025"),
    ev("unsc-delisting", "وكان مجلس الأمن الدولي قد صوت، أمس (الخميس)", UNSC, "'أمس (الخميس)' from Fri 7 Nov 2025 = Thu 6 Nov 2025"),
    ev("trump-sharaa-meeting", "ومن المنتظر أن يجتمع الشرع بترمب في واشنطن الأسبوع القادم", MEET, "'الأسبوع القادم' from Fri 7 Nov 2025 = the White House meeting of Mon 10 Nov 2025 (swissinfo: 'يوم الاثنين')"),
    ev("riyadh-meeting", "بعد أن جمعهما الأول قبل أشهر في العاصمة السعودية الرياض", "2025-05-14", "'قبل أشهر' = the first meeting in Riyadh on Wed 14 May 2025 (known)"),
    ev("trump-sanctions-pledge", "حيث أعلن ترمب حينها نيته مراجعة العقوبات", "2025-05-13", "'حينها' = Trump's Riyadh announcement on US sanctions on Syria, Tue 13 May 2025, the eve of the meeting (my span 13-14 May)", end="2025-05-15"),
    ev("jordan-welcome", "وأعربت الخارجية الأردنية، اليوم، عن ترحيبها", UK, "'اليوم' = Fri 7 Nov 2025, the day of the report"),
])

# ---------------------------------------------------------------- iran-un-snapback-sanctions-2025
S = "iran-un-snapback-sanctions-2025"
SNAP = "2025-09-28"                        # UN sanctions back in force at 00:00 GMT Sun 28 Sep 2025 (8 pm New York, Sat 27)
VOTE = "2025-09-26"                        # the Russian-Chinese draft for a six-month delay failed in the Security Council on Fri 26 Sep 2025
TRIGGER = "2025-08-28"                     # the E3 launched the 30-day snapback on Thu 28 Aug 2025
art(S, "https://alsahafi.dz/2025/09/27/%d8%a5%d9%8a%d8%b1%d8%a7%d9%86-%d8%aa%d8%b3%d8%aa%d8%af%d8%b9%d9%8a-%d8%b3%d9%81%d8%b1%d8%a7%d8%a1%d9%87%d8%a7-%d9%81%d9%8a-%d8%a3%d9%88%d8%b1%d9%88%d8%a8%d8%a7-%d8%a8%d8%b3%d8%a8%d8%a8-%d8%a7%d9%84",
    "2025-09-27", "no date line in the stored text; the body's 'اليوم السبت' for the recall of the ambassadors, which was announced on Sat 27 Sep 2025 (sarabic of 27.09.2025 reports the recall; 27 Sep 2025 was a Saturday), and 'غداة اجتماع لمجلس الأمن' for the vote of Fri 26 Sep; the address carries 2025/09/27 too; headline rendered from the (truncated) URL slug", False, """
إيران تستدعي سفراءها في أوروبا بسبب العقوبات
قالت وزارة الخارجية الإيرانية، اليوم السبت، إنها طلبت من سفرائها في ألمانيا وفرنسا وبريطانيا العودة إلى طهران للتشاور، احتجاجًا على ما سمته "السلوك غير المسؤول" للبلدان الثلاثة بشأن الملف النووي الإيراني.
وبيّنت الخارجية الإيرانية أن دول الترويكا هذه، ألمانيا وفرنسا وبريطانيا، وظفت آلية فض النزاعات الواردة في الاتفاق النووي من أجل إعادة العقوبات التي كانت قرارات مجلس الأمن الدولي قد ألغتها.
وتأتي هذه الخطوة غداة اجتماع لمجلس الأمن الدولي، طالب خلاله وزير الخارجية الإيراني عباس عراقجي رئيس المجلس والأمين العام للأمم المتحدة بعدّ أي مسعى لإعادة العقوبات على طهران "غير قانوني".
وشدد عراقجي على أن سقوط مشروع القرار الروسي-الصيني الخاص بالتمديد التقني للاتفاق النووي فضح "خيانة" الولايات المتحدة للدبلوماسية، فيما رأى أن الدول الأوروبية الثلاث "دفنتها" بأفعالها الأخيرة.
""", [
    ev("ambassadors-recalled", "إنها طلبت من سفرائها في ألمانيا وفرنسا وبريطانيا العودة إلى طهران", "2025-09-27", "'اليوم السبت' = Sat 27 Sep 2025"),
    ev("e3-trigger", "وظفت آلية فض النزاعات الواردة في الاتفاق النووي", TRIGGER, "no own expression; the E3 triggered the snapback on Thu 28 Aug 2025 (sana: 'في نهاية آب الماضي')"),
    ev("araghchi-unsc-appeal", "طالب خلاله وزير الخارجية الإيراني عباس عراقجي", VOTE, "'غداة' a Security Council meeting, from Sat 27 Sep 2025 = the meeting of Fri 26 Sep 2025"),
    ev("russia-china-draft-fails", "أن سقوط مشروع القرار الروسي-الصيني", VOTE, "no own expression; the draft failed at that meeting, Fri 26 Sep 2025 (elbalad: 'الجمعة')"),
])
art(S, "https://sana.sy/international/2295043/",
    "2025-09-28", "the page's date stamp 2025-09-28; the body's 'الليلة الماضية' for the entry into force at midnight GMT and 'قبل يومين' for the vote of Fri 26 Sep agree; headline written from the body (the stored text has none); the dateline 'نيويورك-سانا' kept; the last, truncated sentence on the 2015 signatories dropped", True, """
الأمم المتحدة تعيد فرض عقوباتها على إيران
نيويورك-سانا
عادت عقوبات الأمم المتحدة على إيران إلى العمل، إذ سرى مفعولها الليلة الماضية، عقب انتهاء مهلة "آلية الزناد" التي فعّلتها الترويكا الأوروبية "فرنسا وبريطانيا وألمانيا" في نهاية آب الماضي بحجة عدم التزام طهران بتعهداتها الخاصة ببرنامجها النووي.
وفي تدوينة على حسابه في منصة اكس، أكد وزير الخارجية الأمريكي ماركو روبيو عودة العقوبات الأممية على إيران، مثنيا على جهود فرنسا وألمانيا وبريطانيا التي وصفها بأنها كانت "حازمة" في القرار.
ولفت روبيو إلى أن ستة قرارات للأمم المتحدة أعيد تفعيلها، وهي تمنع إيران من تخصيب اليورانيوم، وتعيد القيود على برامجها النووية والصاروخية الباليستية وعلى تجارة الأسلحة.
وكانت مساعي روسيا والصين قد أخفقت قبل يومين في تمرير مشروع قرار في مجلس الأمن الدولي لإرجاء إعادة فرض العقوبات الأممية على إيران لمدة 6 أشهر، إذ لم يحصل على الأصوات الكافية لاعتماده.
يشار إلى أن مجلس الأمن الدولي أصدر في العام 2015 القرار 2231 الذي ينص على مراقبة الأنشطة النووية الإيرانية مقابل رفع العقوبات المفروضة عليها.
""", [
    ev("snapback-in-force", "إذ سرى مفعولها الليلة الماضية", SNAP, "'الليلة الماضية' in a report of Sun 28 Sep 2025 = the night of Sat 27 to Sun 28 Sep; the sanctions came back at 00:00 GMT on Sun 28 Sep (8 pm Sat in New York)"),
    ev("e3-trigger", "التي فعّلتها الترويكا الأوروبية", TRIGGER, "'في نهاية آب الماضي' = the E3's notification of Thu 28 Aug 2025"),
    ev("rubio-statement", "أكد وزير الخارجية الأمريكي ماركو روبيو عودة العقوبات", "2025-09-27", "no own expression; Rubio's post came when the sanctions returned, Sat 27 Sep evening in Washington / Sun 28 Sep GMT (my span 27-28 Sep)", end="2025-09-29"),
    ev("russia-china-draft-fails", "وكانت مساعي روسيا والصين قد أخفقت قبل يومين", VOTE, "'قبل يومين' from Sun 28 Sep 2025 = Fri 26 Sep 2025"),
    ev("resolution-2231", "أصدر في العام 2015 القرار 2231", "2015-07-20", "'في العام 2015' = resolution 2231, adopted on Mon 20 Jul 2015 (known; the text gives the year only)"),
])
art(S, "https://www.elbalad.news/6712846",
    "2025-09-28", "the page's date stamp 2025-09-28; the body's 'الجمعة' for the failed vote of Fri 26 Sep 2025 agrees; headline written from the body (the stored text has none); the last, truncated word of Araghchi's sentence completed as 'سناب باك'", True, """
عقوبات الأمم المتحدة على إيران تدخل حيز التنفيذ مجددا
عادت عقوبات الأمم المتحدة على إيران إلى حيز التنفيذ مجدداً من خلال آلية "سناب باك"، بحسب ما أوردته وسائل إعلام مختلفة.
ويأتي ذلك بعدما أسقط مجلس الأمن الدولي، الجمعة، مشروع قرار "روسي صيني" يرمي إلى إرجاء إعادة فرض العقوبات على إيران لمدة 6 أشهر، إثر اتهام الترويكا الأوروبية (فرنسا، وبريطانيا، وألمانيا) طهران بخرق الاتفاق النووي لعام 2015.
وبدأ سريان العقوبات في الثامنة بتوقيت شرق الولايات المتحدة (12 صباحاً بتوقيت جرينتش)، ورأى دبلوماسيون ومحللون أن إعادة العقوبات التي ألغيت بموجب اتفاق 2015 تعيد القوى الغربية إلى نقطة الصفر في ما يخص سبل احتواء البرنامج النووي الإيراني ومراقبته.
ولم يؤيد مشروع القرار سوى 4 دول هي :"روسيا، والصين، وباكستان، والجزائر"، بينما رفضته تسع دول من بينها فرنسا، وبريطانيا، والولايات المتحدة.
ولكي يمر أي قرار في مجلس الأمن المؤلف من 15 عضواً، يجب أن ينال تأييد 9 أعضاء على الأقل، وألا يلجأ أي من الأعضاء الدائمين، روسيا أو الصين أو بريطانيا أو فرنسا أو الولايات المتحدة، إلى حق النقض (الفيتو).
ورأى وزير الخارجية الإيراني عباس عراقجي أن الترويكا الأوروبية أخلّت بالتزاماتها، ولا يحق لها تفعيل آلية "سناب باك".
""", [
    ev("snapback-in-force", "وبدأ سريان العقوبات في الثامنة بتوقيت شرق الولايات المتحدة", SNAP, "'في الثامنة بتوقيت شرق الولايات المتحدة (12 صباحاً بتوقيت جرينتش)' = 00:00 GMT on Sun 28 Sep 2025 (8 pm Sat 27 Sep in New York)"),
    ev("russia-china-draft-fails", "بعدما أسقط مجلس الأمن الدولي، الجمعة، مشروع قرار", VOTE, "'الجمعة' (the last one) from Sun 28 Sep 2025 = Fri 26 Sep 2025"),
    ev("jcpoa-2015", "بخرق الاتفاق النووي لعام 2015", "2015-07-14", "'لعام 2015' = the JCPOA concluded in Vienna on Tue 14 Jul 2015 (known; the text gives the year only)"),
])

# ---------------------------------------------------------------- turkey-caatsa-ssb-sanctions-2020
S = "turkey-caatsa-ssb-sanctions-2020"
SANC = "2020-12-14"                        # Treasury/State announced the CAATSA sanctions on the SSB and Ismail Demir on Mon 14 Dec 2020
S400 = ("2019-07-12", "2019-09-16")        # the S-400 deliveries to Turkey: first batch Fri 12 Jul 2019, the rest to mid-September 2019
art(S, "https://north-pulse.net/?p=5196",
    "2020-12-14", "no date line in the stored text; the body's 'اليوم الاثنين' for the sanctions, which were announced on Mon 14 Dec 2020 (russia-islworld of 15 Dec: 'يوم أمس الاثنين 14 ديسمبر/كانون الأول 2020'), with 'يوم الجمعة' for the Senate vote of Fri 11 Dec, gives Mon 14 Dec 2020; the site banner dropped; headline kept from the page; the last, truncated sentence on the CAATSA law dropped", False, """
واشنطن تفرض عقوبات على إدارة الصناعات الدفاعية التركية ورئيسها
نورث بالس
أعلنت الولايات المتحدة الأمريكية، اليوم الاثنين، فرض عقوبات على إدارة الصناعات الدفاعية التركية وعدد من كبار المسؤولين، بموجب قانون مكافحة أعداء أمريكا من خلال العقوبات (كاتسا).
وأفاد بيان نشر على موقع وزارة الخزانة الأمريكية بأن واشنطن أدرجت إدارة الصناعات الدفاعية التركية ورئيسها إسماعيل دمير على قائمة العقوبات.
وأضاف البيان أن العقوبات شملت كذلك 3 أشخاص آخرين على صلة بإدارة الصناعات الدفاعية التركية.
وكان مجلس الشيوخ الأمريكي قد صادق يوم الجمعة، بصورة نهائية، على مشروع قانون التمويل الدفاعي المتضمن عقوبات على تركيا، بسبب شرائها منظومة الدفاع الصاروخي الروسية "أس 400" التي لا تنسجم مع أنظمة الناتو.
وسبق أن استبعدت الولايات المتحدة تركيا من البرنامج المشترك لتصنيع المقاتلة "أف 35"، بعدما تمسكت أنقرة بشراء المنظومة الروسية.
وأوضح البيت الأبيض في تفسيره للقرار أن "منظومة "أس-400" التي اشترتها تركيا عام 2019 تتيح للاستخبارات الروسية جمع معلومات عن قدرات "أف 35" المتطورة".
""", [
    ev("caatsa-sanctions", "أعلنت الولايات المتحدة الأمريكية، اليوم الاثنين، فرض عقوبات", SANC, "'اليوم الاثنين' = Mon 14 Dec 2020"),
    ev("ndaa-senate-vote", "وكان مجلس الشيوخ الأمريكي قد صادق يوم الجمعة", "2020-12-11", "'يوم الجمعة' (the last one) from Mon 14 Dec 2020 = Fri 11 Dec 2020"),
    ev("f35-removal", "وسبق أن استبعدت الولايات المتحدة تركيا", "2019-07-17", "'وسبق أن' = the White House announcement of Wed 17 Jul 2019 removing Turkey from the F-35 programme (known)"),
    ev("s400-delivery", "التي اشترتها تركيا عام 2019", S400[0], "'عام 2019' = the S-400 deliveries, from the first batch of Fri 12 Jul 2019 to mid-September 2019 (my span)", end=S400[1]),
])
art(S, "https://russia-islworld.ru/ar/main//%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81-%D9%8A%D8%AF%D9%8A%D9%86-%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA-%D9%88%D8%A7%D8%B4%D9%86%D8%B7%D9%86-%D8%B9%D9%84%D9%89-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%82%D8%AA%D9%86%D8%A7%D8%A1-%D9%85%D9%86%D8%B8%D9%88%D9%85%D8%A9-%22%D8%A5%D8%B3-400%22-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9/",
    "2020-12-15", "the page's date line '١٥ ديسمبر ٢٠٢٠' (not part of the body, dropped); the body's 'يوم أمس الاثنين 14 ديسمبر/كانون الأول 2020' agrees (15 Dec 2020 was a Tuesday); the language switch dropped; headline kept from the page", True, """
لافروف يدين عقوبات واشنطن على تركيا بسبب منظومة "إس-400"
ندد وزير الخارجية الروسي سيرغي لافروف بالعقوبات التي فرضتها واشنطن على تركيا لامتلاكها منظومة الدفاع الصاروخي الروسية المضادة للطائرات "إس-400"، معتبرا أن هذه العقوبات "تعبير عن ازدراء القانون الدولي".
ولفت الوزير إلى أن "هذا، بالطبع، وجه آخر من أوجه التعامل المتعالي مع القانون الدولي، ومن الإجراءات القسرية غير المشروعة والأحادية التي تلجأ إليها الولايات المتحدة على مدار سنوات عديدة.. بل على مدار عقود، يمينا وشمالا".
ورأى سيرغي لافروف أن مثل هذا النهج "لا يزيد من مصداقية الولايات المتحدة على الساحة الدولية بصفتها مشاركا مسؤولا في التقسيم الدولي للعمل، بما في ذلك في مجال التعاون العسكري التقني".
وفي وقت سابق من يوم أمس الاثنين 14 ديسمبر/كانون الأول 2020، كانت وزارة الخزانة الأمريكية قد أعلنت عقوبات أمريكية على إدارة الصناعات الدفاعية التركية ورئيسها إسماعيل دمير وثلاثة مواطنين أتراك آخرين.
وفي بيان لاحق، أوضح وزير الخارجية الأمريكي مايك بومبيو أن القيود "فُرضت بسبب استحواذ تركيا على منظومة الصواريخ الروسية "إس -400" المضادة للطائرات".
""", [
    ev("lavrov-condemns", "ندد وزير الخارجية الروسي سيرغي لافروف بالعقوبات", "2020-12-15", "no own expression; Lavrov spoke on the day of the report, Tue 15 Dec 2020 (the sanctions are 'يوم أمس الاثنين')"),
    ev("s400-delivery", "لامتلاكها منظومة الدفاع الصاروخي الروسية المضادة للطائرات", S400[0], "no own expression; Turkey's acquisition of the S-400, delivered from Fri 12 Jul 2019 to mid-September 2019 (my span)", end=S400[1]),
    ev("caatsa-sanctions", "كانت وزارة الخزانة الأمريكية قد أعلنت عقوبات أمريكية", SANC, "'يوم أمس الاثنين 14 ديسمبر/كانون الأول 2020' = Mon 14 Dec 2020"),
    ev("pompeo-statement", "أوضح وزير الخارجية الأمريكي مايك بومبيو", SANC, "'في بيان لاحق' = Pompeo's statement later on Mon 14 Dec 2020, the day of the sanctions"),
])
art(S, "https://enabbaladi.net/440679/أردوغان-يدعم-المعاقبين-أمريكيًا-سنطو",
    "2020-12-16", "no date line in the stored text; the body's 'اليوم، الأربعاء 16 من كانون الأول' with 'في 14 من الشهر الحالي' for the sanctions of Mon 14 Dec 2020 gives Wed 16 Dec 2020 (16 Dec 2020 was a Wednesday); the photo caption (with its date) and the tag icons dropped; headline kept from the page; the last, truncated sentence shortened", False, """
أردوغان يدعم المعاقَبين أمريكيًا: سنطور صناعاتنا الدفاعية
أعلن الرئيس التركي، رجب طيب أردوغان، وقوفه إلى جانب المسؤولين الذين شملتهم العقوبات الأمريكية، وتحدث عن خطوات لتطوير الصناعات الدفاعية في بلاده.
وذكر أردوغان اليوم، الأربعاء 16 من كانون الأول، أن تركيا ستسرّع خطواتها في مجال الصناعات الدفاعية حتى تحتل مكانة رائدة عالميا، وذلك ردا على العقوبات التي فرضتها الولايات المتحدة على أنقرة، في 14 من الشهر الحالي، إثر شرائها منظومة "S-400" الروسية للدفاع الجوي وتشغيلها واختبارها.
ونقلت وكالة "الأناضول" التركية شبه الرسمية عن أردوغان قوله إن بلاده ستضاعف مساعيها لتحقيق استقلال الصناعات الدفاعية من كل النواحي، وإنها ستساند رئيس مؤسسة الصناعات الدفاعية، إسماعيل دمير، وسائر المسؤولين المشمولين بالعقوبات.
ويرى الرئيس التركي أن العقوبات الأمريكية الأخيرة تشكل اعتداء صارخا على الحقوق السيادية لتركيا، وأن غايتها الأساسية قطع الطريق على ما سماه القفزات التي حققتها تركيا في الصناعات الدفاعية، لإبقائها معتمدة على الخارج.
وجاءت تصريحات أردوغان في كلمة ألقاها عبر تقنية الاتصال المرئي خلال حفل افتتاح الجزء الثاني من طريق سريع.
""", [
    ev("erdogan-speech", "وذكر أردوغان اليوم، الأربعاء 16 من كانون الأول", "2020-12-16", "'اليوم، الأربعاء 16 من كانون الأول' = Wed 16 Dec 2020"),
    ev("caatsa-sanctions", "على أنقرة، في 14 من الشهر الحالي", SANC, "'في 14 من الشهر الحالي' = Mon 14 Dec 2020"),
    ev("s400-delivery", "إثر شرائها منظومة \"S-400\" الروسية للدفاع الجوي", S400[0], "no own expression; the S-400 deliveries, from Fri 12 Jul 2019 to mid-September 2019 (my span)", end=S400[1]),
    ev("s400-test", "وتشغيلها واختبارها", "2020-10-16", "no own expression; Turkey's first live test of the S-400 at Sinop on Fri 16 Oct 2020 (known; sputnik of 11 Dec 2020: 'جرّبت تركيا منظومات إس-400 لأول مرة في 16 أكتوبر')"),
])

# ---------------------------------------------------------------- us-albanese-sanctions-2025
S = "us-albanese-sanctions-2025"
SANC = "2025-07-09"                        # Rubio announced the sanctions on Francesca Albanese on Wed 9 Jul 2025
GAZA = ("2023-10-07", "2025-07-14")        # the Gaza war since Sat 7 Oct 2023, still going on when the articles were written
art(S, "https://www.prealmedia.com/ar/post/45855/أمريكا-تفرض-عقوبات-على-المقررة-الأممية-فرانشيسكا-ألبانيز",
    "2025-07-10", "the article's time stamp '13:42 PM 2025-07-10' on the page; the body's 'يوم الأربعاء' for Rubio's post of Wed 9 Jul 2025 agrees; the site's date bar (of a later crawl) and currency table dropped; the kicker and headline kept; Rubio's truncated quotation completed from the other reports ('ضد مسؤولين وشركات ومديرين تنفيذيين أمريكيين وإسرائيليين')", True, """
لرفضها حرب الإبادة والفصل العنصري..
أمريكا تفرض عقوبات على المقررة الأممية فرانشيسكا ألبانيز
واشنطن - " ريال ميديا ":
أقدمت الولايات المتحدة على فرض عقوبات على خبيرة الأمم المتحدة المكلفة بالتحقيق في أوضاع حقوق الإنسان في الأراضي الفلسطينية فرانشيسكا ألبانيز، في تصعيد للخلاف معها بعد أن طالبت سابقًا بإقالتها بدعوى انحيازها ضد إسرائيل.
وأعلن وزير الخارجية الأمريكي، ماركو روبيو، أن الولايات المتحدة الأمريكية فرضت عقوبات على المقررة الأممية المعنية بحقوق الإنسان في الأراضي الفلسطينية، فرانشيسكا ألبانيزي، بسبب مساعيها لدفع المحكمة الجنائية الدولية إلى التحرك ضد الولايات المتحدة وإسرائيل، على خلفية الحرب الإسرائيلية على قطاع غزة.
وكتب روبيو في تدوينة على منصة "إكس" يوم الأربعاء: "فرضت اليوم عقوبات على المقررة بمجلس حقوق الإنسان التابع للأمم المتحدة فرانشيسكا ألبانيزي بسبب جهودها المخزية وغير المشروعة لدفع المحكمة الجنائية الدولية إلى اتخاذ إجراءات ضد مسؤولين وشركات ومديرين تنفيذيين أمريكيين وإسرائيليين".
""", [
    ev("albanese-sanctions", "أقدمت الولايات المتحدة على فرض عقوبات على خبيرة الأمم المتحدة", SANC, "no own expression here; the sanctions announced on Wed 9 Jul 2025 ('يوم الأربعاء' for Rubio's post)"),
    ev("us-removal-demand", "بعد أن طالبت سابقًا بإقالتها", "2025-04-01", "'سابقًا' = the US letters to Guterres against her (April 2025, against her renewal; then the demand for her removal); my span 1 Apr - 8 Jul 2025", end=SANC),
    ev("gaza-war", "على خلفية الحرب الإسرائيلية على قطاع غزة", GAZA[0], "no own expression; the Gaza war since Sat 7 Oct 2023, still going on at the time of writing (my end 13 Jul 2025)", end=GAZA[1]),
    ev("rubio-x-post", "وكتب روبيو في تدوينة على منصة \"إكس\" يوم الأربعاء", SANC, "'يوم الأربعاء' in a report of Thu 10 Jul 2025 = Wed 9 Jul 2025"),
])
art(S, "https://darelhilal.com/News/2994720.aspx",
    "2025-07-10", "no date line in the stored text; the body's 'اليوم الخميس' for the Human Rights Council president's regret and 'أمس الأربعاء' for Rubio's post of Wed 9 Jul 2025 give Thu 10 Jul 2025 (10 Jul 2025 was a Thursday); headline written from the body (the stored text has none)", False, """
ألبانيز تتعهد بمواصلة عملها رغم العقوبات الأمريكية
أكدت المقررة الخاصة للأمم المتحدة المعنية بالأراضي المحتلة فرانشيسكا ألبانيز عزمها الاستمرار في عملها على الرغم من العقوبات الأمريكية، وفق ما أوردته قناة القاهرة الإخبارية في خبر عاجل منذ قليل.
وأبدى رئيس مجلس حقوق الإنسان بالأمم المتحدة أسفه لقرار واشنطن معاقبة المقررة فرانشيسكا ألبانيز، بحسب ما نقلته قناة "القاهرة الإخبارية"، اليوم الخميس.
وكان وزير الخارجية الأمريكي ماركو روبيو قد أعلن فرض عقوبات على فرانشيسكا ألبانيزي، مقررة الأمم المتحدة لحقوق الإنسان على الأراضي الفلسطينية.
ونشر روبيو على موقع "إكس" للتواصل الاجتماعي، أمس الأربعاء، أن "حملة ألبانيزي للحرب السياسية والاقتصادية على الولايات المتحدة وإسرائيل لن نتهاون معها بعد الآن".
وتابع: "سنبقى دائما إلى جانب شركائنا في حقهم في الدفاع عن النفس، وستمضي الولايات المتحدة في اتخاذ ما تراه مناسبا من إجراءات للرد على توظيف القانون سلاحا ولحماية سيادتنا وسيادة حلفائنا".
ورحبت إسرائيل بالخطوة الأمريكية ضد ألبانيزي، إذ وصفها وزير الخارجية جدعون ساعر بأنها "رسالة واضحة" إلى الأمم المتحدة.
""", [
    ev("albanese-vows", "عزمها الاستمرار في عملها على الرغم من العقوبات الأمريكية", "2025-07-10", "'منذ قليل' in a report of Thu 10 Jul 2025 = that day"),
    ev("hrc-president-regret", "وأبدى رئيس مجلس حقوق الإنسان بالأمم المتحدة أسفه", "2025-07-10", "'اليوم الخميس' = Thu 10 Jul 2025"),
    ev("albanese-sanctions", "قد أعلن فرض عقوبات على فرانشيسكا ألبانيزي", SANC, "no own expression; the announcement of Wed 9 Jul 2025 (the post 'أمس الأربعاء')"),
    ev("rubio-x-post", "ونشر روبيو على موقع \"إكس\" للتواصل الاجتماعي، أمس الأربعاء", SANC, "'أمس الأربعاء' from Thu 10 Jul 2025 = Wed 9 Jul 2025"),
    ev("israel-welcome", "ورحبت إسرائيل بالخطوة الأمريكية ضد ألبانيزي", SANC, "no own expression; Saar's reaction followed the announcement, Wed 9 or Thu 10 Jul 2025 (my span)", end="2025-07-11"),
])
art(S, "https://ar.abna24.com/news/1707460/%D8%AD%D9%85%D8%A7%D8%B3-%D8%AA%D8%B9%D9%84%D9%82-%D8%B9%D9%84%D9%89-%D9%81%D8%B1%D8%B6-%D8%A7%D9%84%D9%88%D9%84%D8%A7%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA-%D8%B9%D9%84%D9%89-%D8%A3%D9%84%D8%A8%D8%A7%D9%86%D9%8A%D8%B2%D9%8A",
    "2025-07-13", "the page's date stamp 2025-07-13 (13 Jul 2025 was a Sunday); the body's 'يوم الجمعة' for Hamas's statement of Fri 11 Jul and 'في 9 يوليو الجاري' agree; headline rendered from the URL slug ('الحركة' of the body is Hamas); the last, truncated sentence on Rubio's post dropped", True, """
حماس تعلق على فرض الولايات المتحدة عقوبات على ألبانيزي
بحسب ما أوردته وكالة أنباء أهل البيت (ع) الدولية ــ أبنا ــ ذكرت الحركة في تصريح أصدرته يوم الجمعة أن "فرض الولايات المتحدة عقوبات على المقررة الأممية المعنية بحقوق الإنسان في فلسطين فرانشيسكا ألبانيزي يعبر بوضوح عن انحياز الإدارة الأمريكية السافر لجرائم الحرب الإسرائيلية واستخفافها بالمؤسسات الأممية وممثليها وبما تصدره من تقارير توثق الكارثة الإنسانية التي تسبب بها الاحتلال في قطاع غزة".
وتابعت أن "الإجراءات العقابية التي تتخذها الولايات المتحدة ضد مؤسسات وشخصيات تقوم بدورها المهني والأخلاقي إزاء حرب الإبادة في قطاع غزة، وآخرها ألبانيزي، تقوض أسس القانون الدولي والإنساني وتشجع قادة الاحتلال مجرمي الحرب على المضي في جرائمهم الوحشية".
واعتبرت الحركة أن "الإدارة الأمريكية مطالبة بمراجعة هذه السياسات التي تجعلها شريكا فعليا في حملات قتل الأطفال والنساء وتدمير الحياة المدنية في قطاع غزة، وبرفع غطائها الإجرامي عن هذه المجزرة المستمرة منذ واحد وعشرين شهرا".
وكان وزير الخارجية الأمريكي ماركو روبيو قد أعلن، في 9 يوليو الجاري، فرض عقوبات على فرانشيسكا ألبانيزي، مقررة الأمم المتحدة لحقوق الإنسان على الأراضي الفلسطينية.
""", [
    ev("hamas-statement", "ذكرت الحركة في تصريح أصدرته يوم الجمعة", "2025-07-11", "'يوم الجمعة' (the last one) from Sun 13 Jul 2025 = Fri 11 Jul 2025"),
    ev("gaza-war", "هذه المجزرة المستمرة منذ واحد وعشرين شهرا", GAZA[0], "'المستمرة منذ واحد وعشرين شهرا' = the war since Sat 7 Oct 2023, still going on at the time of writing (my end 13 Jul 2025)", end=GAZA[1]),
    ev("albanese-sanctions", "قد أعلن، في 9 يوليو الجاري، فرض عقوبات", SANC, "'في 9 يوليو الجاري' = Wed 9 Jul 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 514
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
