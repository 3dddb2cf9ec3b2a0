"""Builds stories.jsonl: the 652-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: environmental incidents: oil spills, fish die-offs, river
and coastal pollution, toxic waste found, in Arab countries.
Stories: the oil slick of unknown origin between Jableh and Baniyas (Arab al-Mulk and al-Fakhoura, Syrian
coast, end of January / 1 February 2023), and the mazut leak from the Assiut steam power station into the Nile
that shut drinking-water stations in Assiut and Minya (Egypt, 27-29 August 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-jableh-baniyas-oil-slick-2023
S = "syria-jableh-baniyas-oil-slick-2023"
STATEMENT = "2023-02-01"                   # Tammam Jaber's statement to Sham FM, published Wed 1 Feb 2023
APPEAR = ("2023-01-30", "2023-02-01")      # the slick appeared 'ليلة الثلاثاء الماضي' (syria.news, baladi-news): Mon night 30 Jan or Tue night 31 Jan 2023
LEAK2021 = ("2021-08-23", "2021-08-26")    # the Baniyas thermal station fuel-oil leak, late August 2021
art(S, "https://www.yenisafak.com/ar/world/3706694",
    "2023-02-01", "the page stamp '13:58 - 1/02/2023 Çarşamba' (Anadolu report, Wed 1 Feb 2023), left out of the text; the body's 'في خبر نشره الأربعاء' agrees; the closing '#' tags and '1 yıl önce' dropped", False, """
تسرب نفطي في مياه المتوسط قبالة الساحل الغربي لسوريا
برزت آثار تسرب نفطي على شاطئ البحر المتوسط بين مدينتي جبلة وبانياس في غرب سوريا، وفق ما أوردته وسائل الإعلام الموالية للنظام.
وذكر موقع "شام إف إم" القريب من النظام، في خبر نشره الأربعاء، أن بقعة من النفط ظهرت في تلك المنطقة، ويبلغ طولها نحو 1 كم وعرضها 70 مترا.
وقال مدير بيئة محافظة اللاذقية تمام جابر، متحدثا إلى "شام إف إم"، إن مديريته لم تستطع القيام بأي إجراء لأنها عجزت عن معرفة مصدر التسرب.
ورجّح جابر أكثر من احتمال لمصدر التسرب، مشيرا إلى أنه قد يكون ناتجا عن تسرب في المحطة الحرارية ببانياس، أو عن إحدى ناقلات النفط في البحر.
وفي أواخر أغسطس/ آب 2021، حمل تسرب نفطي انطلق من المحطة الحرارية في بانياس الاتحاد الأوروبي والدول المطلة على شرق المتوسط على اتخاذ تدابير تمنع وصول التلوث إلى شواطئها.
""", [
    ev("shamfm-report", "في خبر نشره الأربعاء", STATEMENT, "'الأربعاء' in a report stamped Wed 1 Feb 2023 = that day"),
    ev("slick-appeared", "أن بقعة من النفط ظهرت في تلك المنطقة", APPEAR[0], "no own expression; syria.news and baladi-news (not used) date the appearance 'ليلة الثلاثاء الماضي', before the first reports of Wed 1 Feb 2023: the night of Mon 30 / Tue 31 Jan 2023 (which night 'ليلة الثلاثاء' means is unsure); my span 30-31 Jan", end=APPEAR[1]),
    ev("director-statement", "وقال مدير بيئة محافظة اللاذقية تمام جابر، متحدثا إلى \"شام إف إم\"", STATEMENT, "no own expression; his words to Sham FM, published 'الأربعاء' = Wed 1 Feb 2023"),
    ev("baniyas-2021-leak", "حمل تسرب نفطي انطلق من المحطة الحرارية في بانياس", LEAK2021[0], "'أواخر أغسطس/ آب 2021'; the leak from the Baniyas thermal station was reported from 23-24 Aug 2021 (attaqa of 25 Aug 2021: the fuel reached Jableh 'ظهر أمس'); my span 23-25 Aug 2021", end=LEAK2021[1]),
])
art(S, "https://snacksyrian.com/%d8%a8%d9%8f%d9%82%d8%b9%d8%a9-%d9%86%d9%81%d8%b7%d9%8a%d8%a9-%d9%85%d8%ac%d9%87%d9%88%d9%84%d8%a9-%d8%a7%d9%84%d9%85%d8%b5%d8%af%d8%b1-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%b3%d8%a7%d8%ad%d9%84-%d8%a7",
    "2023-02-01", "no date on the stored page; the body's closing 'عند الـ10 والربع من صباح اليوم الأربعاء' for the same Sham FM statement that Anadolu (yenisafak, stamped Wed 1 Feb 2023) reports as published on Wednesday, and shaam.org of 2 Feb 2023, give Wed 1 Feb 2023; headline written from the URL slug; the by-line 'سناك سوري-متابعات' dropped", False, """
بقعة نفطية مجهولة المصدر على الساحل السوري
أفاد مدير بيئة "اللاذقية"، "تمام جابر"، بأن مديريته تلقت بلاغا عن بقعة نفطية لا يُعرف مصدرها، عند موقعي "عرب الملك" و"الفاخورة" الواقعين بين شاطئي مدينتي "بانياس" و"جبلة".
وأوضح "جابر"، في تصريحات نقلتها إذاعة شام إف إم المحلية، أن البقعة يبلغ طولها قرابة 1 كم وعرضها 70 متراً، وأن تحديد مصدرها غير ممكن في الوقت الراهن بسبب الأحوال الجوية، على أن تتم متابعة الأمر ومعالجته فورا عندما تهدأ الأجواء.
وطرح "جابر" عدة فرضيات لمصدر البقعة، فقد تكون ناتجة عن تسرب من المحطة الحرارية في "بانياس"، أو من إحدى ناقلات النفط الراسية في البحر، أو من المصب النفطي القائم في المنطقة.
وبيّن أن المعالجة ستنطلق بعد التعرف على المصدر، عبر محاصرة البقعة أولا ثم استعمال حواجز ذات قدرة عالية على الامتصاص، مؤكدا أن المديرية ستبذل ما في وسعها لمعالجة أي تلوث قد ينتج عنها.
يُشار إلى أن محطة "بانياس الحرارية" عرفت عام 2021 حادثة تسرب لمادة الفيول من خزان متصدع، فوصل الفيول إلى مياه البحر، ودامت عمليات المعالجة عدة أيام.
ولم يصدر عن وزارة النفط أي تعليق على الخبر حتى ساعة تحرير هذا الخبر عند الـ10 والربع من صباح اليوم الأربعاء.
""", [
    ev("slick-reported", "تلقت بلاغا عن بقعة نفطية لا يُعرف مصدرها", "2023-01-31", "no own expression; the report came after the slick appeared ('ليلة الثلاثاء الماضي', syria.news) and before this article of 10:15 on Wed 1 Feb 2023; my span 31 Jan - 1 Feb 2023", end="2023-02-02"),
    ev("director-statement", "في تصريحات نقلتها إذاعة شام إف إم المحلية", STATEMENT, "no own expression; the Sham FM statement published Wednesday (Anadolu), before 10:15 on 'صباح اليوم الأربعاء' = Wed 1 Feb 2023"),
    ev("baniyas-2021-leak", "عرفت عام 2021 حادثة تسرب لمادة الفيول من خزان متصدع", LEAK2021[0], "'عام 2021'; the Baniyas thermal station leak of late August 2021 (Anadolu: 'أواخر أغسطس/ آب 2021'); my span 23-25 Aug 2021", end=LEAK2021[1]),
    ev("oil-ministry-silent", "ولم يصدر عن وزارة النفط أي تعليق على الخبر", STATEMENT, "'حتى ساعة تحرير هذا الخبر عند الـ10 والربع من صباح اليوم الأربعاء' = Wed 1 Feb 2023, 10:15"),
])
art(S, "https://shaam.org/news/syria-news/tsryb-nfty-qbalh-mdynty-jblh-wbanyas-fy-alsahl-alswry-walnzam-ybrr",
    "2023-02-02", "the dateline '٢ فبراير ٢٠٢٣' under the headline (Thu 2 Feb 2023); the stored text is cut in its last paragraph on the 2021 leak, dropped", True, """
تسرب نفطي قبالة جبلة وبانياس على الساحل السوري والنظام يسوق المبررات
أخبار سورية ٢ فبراير ٢٠٢٣
أعلنت وسائل إعلام تابعة لنظام الأسد عن بقعة نفطية على شواطئ مدينتي جبلة وبانياس في الساحل السوري، ناجمة عن تسرب نفطي لم يُعرف مصدره، بينما برر النظام عجزه عن تحديد مصدر التسرب بالأحوال الجوية الراهنة.
وذكر مدير بيئة اللاذقية لدى النظام "تمام جابر" أن المديرية أُبلغت بوجود بقعة نفطية ما زال مصدرها مجهولا حتى الآن، عند موقعي عرب الملك والفاخورة بين شاطئي جبلة وبانياس، يبلغ طولها حوالي 1 كم وعرضها 70 متراً بحسب تقديره.
وأضاف أن تحديد مصدر البقعة غير ممكن حاليا بسبب الظروف الجوية، وأن معالجتها ستتم فورا بعد استقرار الأجواء، لافتا إلى أن للتسرب النفطي قبالة السواحل السورية احتمالات عدة.
وبحسب "جابر"، فقد يكون التسرب ناتجا عن المحطة الحرارية في بانياس، أو عن إحدى ناقلات النفط في البحر، أو عن المصب النفطي في المنطقة، مدعيا أن إجراءات المعالجة تنطلق بعد تحديد مصدر البقعة.
""", [
    ev("slick-appeared", "ناجمة عن تسرب نفطي لم يُعرف مصدره", APPEAR[0], "no own expression; 'ليلة الثلاثاء الماضي' (syria.news, baladi-news): the night of Mon 30 / Tue 31 Jan 2023; my span 30-31 Jan", end=APPEAR[1]),
    ev("media-announced", "أعلنت وسائل إعلام تابعة لنظام الأسد عن بقعة نفطية", STATEMENT, "no own expression; Sham FM's report, published Wednesday (Anadolu) = Wed 1 Feb 2023"),
    ev("director-statement", "وذكر مدير بيئة اللاذقية لدى النظام \"تمام جابر\"", STATEMENT, "no own expression; his statement to Sham FM of Wed 1 Feb 2023 (Anadolu, snacksyrian)"),
    ev("slick-reported", "أن المديرية أُبلغت بوجود بقعة نفطية", "2023-01-31", "no own expression; between the appearance and the statement of Wed 1 Feb 2023 morning; my span 31 Jan - 1 Feb 2023", end="2023-02-02"),
])

# ---------------------------------------------------------------- egypt-assiut-nile-mazut-spill-2015
S = "egypt-assiut-nile-mazut-spill-2015"
SPILL = "2015-08-27"                       # the mazut slick from the Assiut steam power station, first seen at al-Maabda on Thu 27 Aug 2015 (morning)
TRIP = "2015-08-28"                        # the environment minister's trip to Assiut and Minya, Fri 28 Aug 2015
art(S, "http://94.130.84.54/story/2015/8/28/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%A8%D9%8A%D8%A6%D8%A9-%D9%8A%D8%AA%D9%88%D8%AC%D9%87-%D9%84%D8%A3%D8%B3%D9%8A%D9%88%D8%B7-%D9%88%D8%A7%D9%84%D9%85%D9%86%D9%8A%D8%A7-%D9%84%D9%85%D8%AA%D8%A7%D8%A8%D8%B9%D8%A9-%D8%A3%D8%B2%D9%85%D8%A9-%D8%AA%D8%B3%D8%B1%D8%A8-%D8%A7%D9%84%D9%85%D8%A7%D8%B2%D9%88%D8%AA-%D8%A8%D9%86%D9%87%D8%B1/2323974",
    "2015-08-28", "a youm7 story (served from an IP address): the date 2015/8/28 in the URL path and the page stamp 'الجمعة، 28 أغسطس 2015 02:24 م' (Fri 28 Aug 2015), the stamp left out of the text; the by-line and the site's footer links dropped", False, """
وزير البيئة يتجه إلى أسيوط والمنيا لمتابعة أزمة تسرب المازوت في نهر النيل
غادر الدكتور خالد فهمى، وزير البيئة، منذ قليل، متوجها إلى محافظتى أسيوط والمنيا، ليتابع تسرب المازوت إلى مياه نهر النيل، وما ترتب عليه من إغلاق عدد من محطات مياه الشرب هناك.
وأوضحت الدكتورة كوثر حنفى، رئيسة الإدارة المركزية لمكافحة الكوارث والأزمات بوزارة البيئة، في حديث لـ"اليوم السابع"، أن الوزارة تعمل على مكافحة بقعة الزيت في محافظة أسيوط من أجل السيطرة عليها، وذلك بعد أن جرى تجميعها على الشاطئ.
""", [
    ev("minister-trip", "غادر الدكتور خالد فهمى، وزير البيئة، منذ قليل", TRIP, "'منذ قليل' in a story of Fri 28 Aug 2015, 14:24 = that day (early afternoon)"),
    ev("mazut-spill", "تسرب المازوت إلى مياه نهر النيل", SPILL, "no own expression; the slick began near the al-Maabda station on 'صباح الخميس الماضي' (shorouknews of Sat 29 Aug) = Thu 27 Aug 2015"),
    ev("assiut-stations-closed", "إغلاق عدد من محطات مياه الشرب هناك", SPILL, "no own expression; the Assiut stations were shut from Thu 27 Aug 2015 as the slick passed (Minya's only from the evening of Fri 28 Aug, after this story) and were still shut at this story's time; my span 27-28 Aug 2015", end="2015-08-29"),
    ev("slick-collected", "بعد أن جرى تجميعها على الشاطئ", SPILL, "no own expression; the slick was gathered at the bank before Fri 28 Aug 2015, 14:24; my span 27-28 Aug 2015", end="2015-08-29"),
])
art(S, "http://www.shorouknews.com/news/view.aspx?cdate=29082015&id=d5eb9080-c714-49c3-ae5f-a12e1ac8154e",
    "2015-08-29", "the stamp 'نشر في: السبت 29 أغسطس 2015 - 1:02 م' kept as the second line, and cdate=29082015 in the URL (Sat 29 Aug 2015); the last sentence, cut in the stored text after 'صباح الخميس الماضي، بطول حو', ends at 'صباح الخميس الماضي'", True, """
«مياه الشرب»: الطوارئ مستمرة في محافظات الصعيد بسبب «مازوت النيل»
نشر في: السبت 29 أغسطس 2015 - 1:02 م
أعلن العميد محى الصيرفى، المتحدث باسم الشركة القابضة لمياه الشرب، أن حالة الطوارئ ما زالت قائمة في محافظات الصعيد بدءا من أسيوط، بسبب بقعة المازوت التي ظهرت أمام محطة المعابدة في أسيوط، نظرا لتواصل تحرك بقعة الزيت في مجرى النيل بسرعة متوسطها 4 كم في الساعة.
وأوضح الصيرفى أنه "جرى إغلاق عدد من محطات محافظة المنيا، منذ مساء أمس الجمعة، لمرور بقعة المازوت قرب مآخذ هذه المحطات وهي (ديرمواس – وملوى)، كما أن بعض المحطات المغلقة في محافظة أسيوط لا تزال متوقفة إلى أن توافق وزارة الصحة على إعادة تشغيلها، وعددها 11 محطة تابعة لشركة أسيوط، هي: (الألمانى – منقباد- الطوابية بالفتح- محطة مرشحات المعابدة- القوصية – دير القصير – الحيطة الشرقية-منفلوط)".
وكانت بقعة المازوت قد بدأت قرب محطة المعابدة بأسيوط صباح الخميس الماضي.
""", [
    ev("emergency-upper-egypt", "أن حالة الطوارئ ما زالت قائمة في محافظات الصعيد", SPILL, "from the start of the slick on Thu 27 Aug to this statement of Sat 29 Aug 2015 ('ما زالت'); my span 27-29 Aug 2015", end="2015-08-30"),
    ev("minya-stations-closed", "جرى إغلاق عدد من محطات محافظة المنيا، منذ مساء أمس الجمعة", TRIP, "'منذ مساء أمس الجمعة' in an article of Sat 29 Aug 2015 = from the evening of Fri 28 Aug (still shut on 29 Aug)", end="2015-08-30"),
    ev("assiut-stations-closed", "بعض المحطات المغلقة في محافظة أسيوط لا تزال متوقفة", SPILL, "no own expression; shut from Thu 27 Aug 2015 (the day the slick began) and still shut on Sat 29 Aug ('لا تزال'); my span 27-29 Aug 2015", end="2015-08-30"),
    ev("mazut-spill", "وكانت بقعة المازوت قد بدأت قرب محطة المعابدة بأسيوط صباح الخميس الماضي", SPILL, "'صباح الخميس الماضي' in an article of Sat 29 Aug 2015 = Thu 27 Aug 2015 (morning)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 652
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
