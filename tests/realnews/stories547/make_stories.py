"""Builds stories.jsonl: the 547-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: eclipses, meteor showers and other astronomical events
observed in Arab countries.
Stories: the partial lunar eclipse of the night of 16-17 July 2019 seen across the Arab world (UAE, Saudi
Arabia); the total lunar eclipse of the "blue supermoon" of Wed 31 January 2018, seen partially at moonrise in
the Gulf (Saudi Arabia, Qatar, Kuwait, Palestine); the second and last sun transit over the Kaaba in 2024 (the
"tasamut", Mecca, Mon 15 July 2024; reported from Jordan, Egypt, Bahrain).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- arab-partial-lunar-eclipse-jul-2019
S = "arab-partial-lunar-eclipse-jul-2019"
NIGHT = ("2019-07-16", "2019-07-18")       # the eclipse ran over the night of Tue 16 - Wed 17 Jul 2019 (local time, Arab east)
TUE = "2019-07-16"
WED = "2019-07-17"
art(S, "https://www.sa2eh.com/كسوف-جزئي-للقمر-يومي-16-و-17-يوليو-ومشاهدته-في-دول-الخليج-العربي-322731.html",
    "2019-07-14", "the page's line 'تاريخ النشر: الأحد، 14 يوليو 2019' under the headline (14 Jul 2019 was a Sunday; the line is a page stamp, not kept in the text); the repeated headline and the sub-heading lines inside the body dropped; the last, truncated sentence shortened to its complete clause", True, """
كسوف جزئي للقمر يومي 16 و 17 يوليو ومشاهدته في دول الخليج العربي
سيكون العالم قريبًا على موعد مع كسوف جزئي للقمر يومي 16 و 17 يوليو. وستكون هذه آخر مرة نرى فيها القمر يعبر ظل الأرض المظلم قبل كسوف القمر القادم، الذي سيقع في 26 مايو 2021.
ويظهر آخر كسوف قمري لهذا العام في سماء الإمارات في 16 يوليو. ويجري الكسوف الجزئي في الفترة من 16 إلى 17 يوليو ويدوم قرابة ساعتين و 58 دقيقة، ويغرق فيه ما يصل إلى 65 في المائة من القمر في الظلام. ولن يُرى خسوف القمر التالي حتى منتصف عام 2021.
وفي أثناء هذا الكسوف الجزئي يمر القمر عبر الظل الخارجي للأرض قبل أن يدخل جزئيًا ظلها الداخلي المظلم وبعد خروجه منه. غير أن مرحلة شبه الظل ستكون، بحسب EarthSky، باهتة إلى حد لن يستطيع معه أكثر الناس ملاحظتها.
ما هو الكسوف القمري؟
يقع الكسوف القمري دائمًا حين يكون القمر مكتملًا. وفي هذه الظاهرة تصطف الشمس والأرض والقمر تمامًا، فتمنع الأرض ضوء الشمس من السقوط مباشرة على القمر.
""", [
    ev("lunar-eclipse", "ويجري الكسوف الجزئي في الفترة من 16 إلى 17 يوليو", NIGHT[0], "'في الفترة من 16 إلى 17 يوليو' = the night of Tue 16 - Wed 17 Jul 2019", end=NIGHT[1]),
    ev("eclipse-seen-in-uae", "ويظهر آخر كسوف قمري لهذا العام في سماء الإمارات في 16 يوليو", NIGHT[0], "'في 16 يوليو' = Tue 16 Jul 2019; in UAE time the eclipse ran from the evening of the 16th into the early hours of Wed 17 (emaratalyoum: penumbra 10:44 pm, end 04:18 am)", end=NIGHT[1]),
    ev("next-lunar-eclipse-2021", "قبل كسوف القمر القادم، الذي سيقع في 26 مايو 2021", "2021-05-26", "'في 26 مايو 2021' = Wed 26 May 2021 (the total lunar eclipse of that day); the text's 'حتى منتصف عام 2021' refers to the same eclipse"),
])
art(S, "https://www.emaratalyoum.com/local-section/other/2019-07-15-1.1233139",
    "2019-07-15", "date in the URL '/2019-07-15-' (15 Jul 2019 was a Monday); no stamp in the stored text; the same report is on astronomycenter.net under '/articles/2019/07/15/'; the last, truncated sentence shortened to its complete clause", True, """
خسوف جزئي للقمر تشهده المنطقة العربية ليلة الثلاثاء
يكون العالم على موعد مع خسوف جزئي للقمر ليلة الثلاثاء على الأربعاء 16-17 يوليو 2019، ويمكن رصد هذا الخسوف كاملًا من معظم أرجاء المنطقة العربية.
ويدخل القمر منطقة شبه الظل في الساعة 10:44 مساء بتوقيت الإمارات، دون أن يكون الخسوف ملحوظًا بالعين المجردة حينها، بينما يبدأ الخسوف الجزئي في الساعة 00:02 صباحا بتوقيت الإمارات، ويصبح عندها واضحًا للعيان، ثم يبلغ ذروته في الساعة 01:31 صباحا بتوقيت الإمارات، وينتهي الخسوف الجزئي في الساعة 03:00 صباحا بتوقيت الإمارات، أما نهاية الخسوف بالكامل فتكون في الساعة 04:18 صباحا بتوقيت الإمارات. وسيُحجب ما نسبته 65% من قطر قرص القمر.
وتستغرق مرحلة الخسوف الجزئي ساعتين و58 دقيقة، بينما تستغرق مراحل الخسوف كلها خمس ساعات و34 دقيقة.
وقال مدير مركز الفلك الدولي، المهندس محمد شوكت عودة: "يكون القمر في برج القوس وقت الخسوف، الذي يقع قبل أربعة أيام من بلوغ القمر الأوج، ويمكن رؤية الخسوف من غرب آسيا ووسطها ومن أفريقيا وأوروبا، ولن يُرى من شمال أمريكا، في حين يمكن مشاهدة مراحله المتأخرة من أمريكا الجنوبية بعيد شروق القمر".
وبيّن أن الخسوف يقع دائمًا والقمر في طور البدر.
""", [
    ev("lunar-eclipse", "خسوف جزئي للقمر ليلة الثلاثاء على الأربعاء 16-17 يوليو 2019", NIGHT[0], "'ليلة الثلاثاء على الأربعاء 16-17 يوليو 2019' = the night of Tue 16 - Wed 17 Jul 2019", end=NIGHT[1]),
    ev("penumbral-start-uae", "ويدخل القمر منطقة شبه الظل في الساعة 10:44 مساء", TUE, "10:44 pm UAE time on the evening of the eclipse night = Tue 16 Jul 2019"),
    ev("partial-start-uae", "بينما يبدأ الخسوف الجزئي في الساعة 00:02 صباحا", WED, "00:02 am UAE time, just after midnight of the eclipse night = Wed 17 Jul 2019 (23:02 Saudi time on Tue 16, a separate key)"),
    ev("eclipse-peak", "ثم يبلغ ذروته في الساعة 01:31 صباحا", WED, "01:31 am UAE time after midnight = Wed 17 Jul 2019 (00:31 Saudi time, the same day)"),
    ev("partial-end", "وينتهي الخسوف الجزئي في الساعة 03:00 صباحا", WED, "03:00 am UAE time = Wed 17 Jul 2019 (02:00 Saudi time, the same day)"),
    ev("penumbral-end-uae", "أما نهاية الخسوف بالكامل فتكون في الساعة 04:18 صباحا", WED, "04:18 am UAE time = Wed 17 Jul 2019"),
])
art(S, "https://www.alweeam.com.sa/600964/%D8%A7%D9%84%D9%84%D9%8A%D9%84%D8%A9-%D8%AE%D8%B3%D9%88%D9%81-%D8%AC%D8%B2%D8%A6%D9%8A-%D9%84%D9%84%D9%82%D9%85%D8%B1-%D9%8A%D8%B4%D8%A7%D9%87%D8%AF-%D8%A8%D8%A7%D9%84%D9%85%D9%85%D9%84%D9%83%D8%A9/",
    "2019-07-16", "no date on the stored page; the headline's 'الليلة' and the body's 'مساء اليوم الثلاثاء' with the Saudi times 11:02 pm, 12:31 am and 02:00 am (the partial phase of the eclipse of 16-17 Jul 2019 in Saudi time, 178 minutes) give Tue 16 Jul 2019; the next partial eclipse 'in mid Rabi al-Akhir 1443' (Nov 2021) confirms the year; headline kept from the page", False, """
الليلة.. خسوف جزئي للقمر يشاهد بالمملكة وخمس قارات بالعالم
يتابع سكان المملكة، مساء اليوم الثلاثاء، خسوفًا جزئيًا للقمر يُرى من كل مناطق المملكة، يبدأ عند الساعة 11:02 مساءً ويصل إلى ذروته عند 12:31 صباحًا، ثم ينتهي عند 02:00 صباحًا.
جاء ذلك في إيضاح لرئيس قسم علوم الفلك والفضاء في جامعة الملك عبدالعزيز بجدة الدكتور حسن بن محمد عسيري، الذي بيّن أن هذا الخسوف سيُرى كذلك في قارات آسيا وأستراليا وأفريقيا وأوروبا وأمريكا الجنوبية على مدى 178 دقيقة.
ولفت إلى أنه يُتوقع وقوع خسوف جزئي في منتصف شهر ربيع الآخر من العام 1443هـ لن يكون مشاهدًا من المملكة.
""", [
    ev("lunar-eclipse", "خسوفًا جزئيًا للقمر يُرى من كل مناطق المملكة", NIGHT[0], "'مساء اليوم الثلاثاء' = Tue 16 Jul 2019, the eclipse running past midnight into Wed 17", end=NIGHT[1]),
    ev("partial-start-ksa", "يبدأ عند الساعة 11:02 مساءً", TUE, "11:02 pm Saudi time on 'مساء اليوم الثلاثاء' = Tue 16 Jul 2019"),
    ev("eclipse-peak", "ويصل إلى ذروته عند 12:31 صباحًا", WED, "12:31 am Saudi time, after the midnight of Tuesday = Wed 17 Jul 2019"),
    ev("partial-end", "ثم ينتهي عند 02:00 صباحًا", WED, "02:00 am Saudi time = Wed 17 Jul 2019"),
    ev("partial-phase", "على مدى 178 دقيقة", NIGHT[0], "the 178 minutes of the partial phase, 11:02 pm Tue 16 - 02:00 am Wed 17 Jul 2019 (Saudi time)", end=NIGHT[1]),
    ev("next-partial-eclipse-1443", "يُتوقع وقوع خسوف جزئي في منتصف شهر ربيع الآخر من العام 1443هـ", "2021-11-19", "'منتصف شهر ربيع الآخر من العام 1443هـ' = the partial lunar eclipse of Fri 19 Nov 2021 (14 Rabi al-Akhir 1443; 1 Rabi al-Akhir 1443 = 6 Nov 2021)"),
])
art(S, "https://almowaten.net/2019/07/هذا-مسار-القمر-خلال-الخسوف",
    "2019-07-16", "no date on the stored page (its menus are of a later crawl); the URL month '/2019/07/' and the body's 'مساء اليوم الثلاثاء' for the start of the partial eclipse at 11 pm give Tue 16 Jul 2019 (the only partial lunar eclipse of July 2019, and 16 Jul 2019 was a Tuesday); the site menus dropped; the last, truncated word dropped; headline kept from the URL slug", False, """
هذا مسار القمر خلال الخسوف
قال عضو الاتحاد العربي لعلوم الفضاء والفلك خالد الزعاق إن القمر عند خسوفه يعبر أولًا منطقة شبه الظل، وهي ما يُعرف بالخسوف الكاذب (الذي لا يلحظه إلا حاد البصر).
وأضاف الزعاق أن القمر ينتقل بعد ذلك إلى مرحلة الظل الحقيقي، أي الخسوف الواضح، إذ سيدخل القمر في خسوف جزئي مساء اليوم الثلاثاء، في مرحلة الظل الحقيقي الساعة الحادية عشرة، ويبقى فيها ثلاث ساعات تقريبًا.
وتابع أن خسوف القمر يبدأ من جهته الشرقية، لأن القمر يدور حول الأرض من الغرب إلى الشرق، ولذلك يرى سكان المناطق الشرقية بداية الخسوف ويرى سكان المناطق الغربية نهايته.
واستطرد بأن النور لا ينعدم في جرم القمر وقت خسوفه، لأن الغلاف الغازي للأرض يعكس جزءًا من ضوء الشمس على وجه القمر.
""", [
    ev("lunar-eclipse", "سيدخل القمر في خسوف جزئي مساء اليوم الثلاثاء", NIGHT[0], "'مساء اليوم الثلاثاء' = Tue 16 Jul 2019, the eclipse running into Wed 17", end=NIGHT[1]),
    ev("partial-start-ksa", "في مرحلة الظل الحقيقي الساعة الحادية عشرة", TUE, "'الساعة الحادية عشرة' of 'مساء اليوم الثلاثاء' (Saudi time) = Tue 16 Jul 2019 (alweeam: 11:02 pm)"),
    ev("partial-phase", "ويبقى فيها ثلاث ساعات تقريبًا", NIGHT[0], "about three hours from 11 pm Tue 16 Jul 2019 = until about 02:00 am Wed 17 (Saudi time)", end=NIGHT[1]),
])

# ---------------------------------------------------------------- arab-blue-supermoon-lunar-eclipse-jan-2018
S = "arab-blue-supermoon-lunar-eclipse-jan-2018"
ECL = "2018-01-31"                         # the total lunar eclipse of the blue supermoon, Wed 31 Jan 2018 (partial at moonrise in the Gulf)
art(S, "https://okaz.com.sa/last-stop/na/1610973",
    "2018-01-31", "no date on the stored page; the body's 'مساء اليوم (الأربعاء)' for the partial eclipse observed in the Kingdom, and the solar eclipse announced for the end of Jumada al-Ula about two weeks later, give Wed 31 Jan 2018 (14 Jumada al-Ula 1439; 31 Jan 2018 was a Wednesday); the font buttons and the dateline 'واس (الرياض)' dropped; headline written from the body (the URL slug is 'na')", False, """
الخسوف الجزئي للقمر يرصد بنسب متفاوتة في مناطق المملكة
سجلت سماء المنطقة الشرقية أعلى نسبة من الخسوف الجزئي الذي رُصد مساء اليوم (الأربعاء) في بعض مناطق المملكة بنسب مختلفة، في حين شوهد الخسوف كليًا في أنحاء أخرى من العالم.
وبيّن رئيس قسم العلوم الفلكية في جامعة الملك عبدالعزيز الدكتور حسن بن محمد عسيري أن الخسوف شوهد في المنطقة الشرقية بنسبة أعلى مقارنة ببقية مناطق المملكة، وجاءت بعدها منطقة الرياض.
وأضاف: «من المعروف فلكيًا أن الخسوف يسبقه بمشيئة الله أو يليه بنحو أسبوعين كسوف في العالم، يقع في نهاية شهر جمادى الأولى على هيئة كسوف جزئي، ولا يُشاهد في المملكة».
وذكر أن قسم العلوم الفلكية بكلية العلوم في الجامعة رصد الخسوف ووثقه من مدينة الخبر في المنطقة الشرقية.
""", [
    ev("lunar-eclipse", "الخسوف الجزئي الذي رُصد مساء اليوم (الأربعاء)", ECL, "'مساء اليوم (الأربعاء)' = Wed 31 Jan 2018"),
    ev("partial-solar-eclipse-feb-2018", "يقع في نهاية شهر جمادى الأولى على هيئة كسوف جزئي", "2018-02-15", "'نهاية شهر جمادى الأولى' ('بنحو أسبوعين' after the lunar eclipse) = the partial solar eclipse of Thu 15 Feb 2018 (29 Jumada al-Ula 1439)"),
    ev("kau-khobar-observation", "رصد الخسوف ووثقه من مدينة الخبر", ECL, "no own expression; the observation of the eclipse of the same evening, Wed 31 Jan 2018"),
])
art(S, "https://djazairess.com/akhbarelyoum/233525",
    "2018-01-31", "no date on the stored page; the body's 'اليوم الأربعاء' and 'يوم الأربعاء الموافق 31 من جانفي 2018' give Wed 31 Jan 2018 (an Akhbar El Yaoum report carried by djazairess, quoting the Qatar Calendar House); headline written from the body (the stored text has none); the last, truncated sentence cut at its last complete clause", False, """
ثلاث ظواهر قمرية نادرة تزين السماء
تزدان السماء اليوم الأربعاء بثلاث ظواهر قمرية نادرة، أولاها القمر الأزرق وهو البدر الثاني خلال شهر جانفي، وثانيتها القمر العملاق الأخير هذا العام إذ يكون البدر في أقرب نقطة له من الأرض في تلك الليلة، وآخرها الخسوف الكلي للقمر.
وأفادت دار التقويم القطري بأن سماء دولة قطر وبعض دول المنطقة العربية ستشهد الخسوف الأول خلال العام الجاري يوم الأربعاء الموافق 31 من جانفي 2018.
وأوضح الخبير الفلكي في دار التقويم القطري الدكتور بشير مرزوق أن أول خسوفات القمر هذا العام سيكون من الخسوفات النادرة، إذ يحجب ظل الأرض 131.5 في المائة من قرص القمر كله عند ذروة الخسوف الكلي، ويُرى الخسوف في قارة آسيا والجزء الشمالي الشرقي من قارة أفريقيا وشمال شرق قارة أوروبا وأستراليا وأميركا الشمالية والمحيطين الهادئ والأطلسي.
وأضاف مرزوق أن القمر سيطلع في سماء دولة قطر وهو في حالة خسوف جزئي عند الساعة الخامسة والدقيقة الثامنة عشرة مساءً بتوقيت الدوحة المحلي، ولن يرى سكان دولة قطر الخسوف إلا في مرحلته الجزئية ولمدة زمنية قدرها ثلاث وخمسون دقيقة، لأن مرحلة الخسوف الكلي ستنتهي عند الساعة الخامسة والدقيقة الثامنة مساءً أي قبل موعد غروب الشمس.
""", [
    ev("blue-moon", "أولاها القمر الأزرق وهو البدر الثاني خلال شهر جانفي", ECL, "'اليوم الأربعاء' = Wed 31 Jan 2018, the second full moon of January"),
    ev("supermoon", "وثانيتها القمر العملاق الأخير هذا العام", ECL, "'اليوم الأربعاء' ... 'في تلك الليلة' = Wed 31 Jan 2018"),
    ev("lunar-eclipse", "ستشهد الخسوف الأول خلال العام الجاري يوم الأربعاء الموافق 31 من جانفي 2018", ECL, "'يوم الأربعاء الموافق 31 من جانفي 2018' = Wed 31 Jan 2018"),
    ev("moonrise-eclipsed-doha", "القمر سيطلع في سماء دولة قطر وهو في حالة خسوف جزئي", ECL, "5:18 pm Doha time on the eclipse evening, Wed 31 Jan 2018"),
    ev("totality-end", "لأن مرحلة الخسوف الكلي ستنتهي عند الساعة الخامسة والدقيقة الثامنة مساءً", ECL, "5:08 pm Doha time on Wed 31 Jan 2018"),
])
art(S, "http://www2.shashe.net/news/29207/18/?title=%D8%B4%D8%A7%D9%87%D8%AF%D9%88%D8%A7_%D8%A7%D9%84%D8%B5%D9%88%D8%B1%3A_%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85_%D9%8A%D8%B4%D9%87%D8%AF_%D8%B8%D8%A7%D9%87%D8%B1%D8%A9_%D8%A7%D9%84%D9%82%D9%85%D8%B1_%D8%A7%D9%84%D8%A3%D8%B2%D8%B1%D9%82_%D8%A7%D9%84%D8%B9%D9%85%D9%84%D8%A7%D9%82_%D8%A7%D9%84%D8%AF%D9%85%D9%88%D9%8A",
    "2018-01-31", "the page stamp 'الاربعاء 31 يناير 2018 15:24 م بتوقيت القدس' above the text (31 Jan 2018 was a Wednesday; the stamp not kept in the text); the body's 'الأربعاء' agrees; headline kept from the URL's title parameter", True, """
شاهدوا الصور: العالم يشهد ظاهرة القمر الأزرق العملاق الدموي
يعيش سكان العالم الأربعاء حدثًا فلكيًا نادرًا، إذ يقترن ظهور ما يُعرف بالقمر الأزرق العملاق بخسوف كلي للقمر. وقد بثت وكالة الفضاء الأميركية ناسا أولى الصور لهذا الحدث الفريد.
وتقع الظاهرة حين يجتمع "القمر الأزرق" (البدر الثاني في الشهر التقويمي) والخسوف في وقت يكون فيه القمر في أقرب نقطة له من الأرض (الحضيض القمري)، فيبدو أكثر إشراقًا من المعتاد بنسبة 14 في المئة.
وذكر باحثو إدارة الطيران والفضاء الأميركية ناسا أن اجتماع القمر الأزرق والخسوف مع وجود القمر في أقرب موضع من الأرض ظاهرة سماوية ثلاثية لم تحدث منذ عام 1982.
وفي العادة تتكرر ظاهرة القمر الأزرق مرة كل عامين ونصف العام تقريبًا. ويمكن رؤية الخسوف الكلي من غرب الولايات المتحدة وكندا، مرورًا بالمحيط الهادئ ووصولًا إلى معظم أنحاء أستراليا والصين، فضلًا عن مناطق القطب الشمالي. ويكسب الخسوف القمر حمرة في ظاهرة تُعرف بالقمر الدموي.
""", [
    ev("lunar-eclipse", "إذ يقترن ظهور ما يُعرف بالقمر الأزرق العملاق بخسوف كلي للقمر", ECL, "'الأربعاء' = Wed 31 Jan 2018"),
    ev("nasa-first-images", "وقد بثت وكالة الفضاء الأميركية ناسا أولى الصور", ECL, "no own expression; before the stamp of Wed 31 Jan 2018 15:24 (Jerusalem time), the day of the eclipse"),
    ev("blue-moon", "حين يجتمع \"القمر الأزرق\" (البدر الثاني في الشهر التقويمي) والخسوف", ECL, "no own expression; the blue moon of Wed 31 Jan 2018"),
])
art(S, "http://beatona.net/ar/knowledge-hub/article/content-41590",
    "2018-02-01", "no date on the stored page; the body's 'يوم أمس الأربعاء' for the eclipse of Wed 31 Jan 2018 gives Thu 1 Feb 2018 (1 Feb 2018 was a Thursday); the photo caption and the credit line 'الكويت - وكالات - محمود المصري' dropped; the last, truncated sentence dropped; headline kept from the page", False, """
سماء الكويت تشهد ظاهرة خسوف القمر للمرة الأولى منذ نحو (150) عاماً
عاشت سماء الكويت يوم أمس الأربعاء ظاهرة فلكية نادرة هي الخسوف الكلي للقمر الأزرق العملاق، التي سُجلت آخر مرة في الكويت قبل (150) عاماً، وقد ظهر القمر العملاق مخسوفًا جزئياً في سماء الكويت عند الساعة (5:25) مساء وبقي كذلك لمدة (45) دقيقة.
ويُعد هذا الحدث العالمي حدثًا فلكيًا فريدًا اقترن بخسوف كامل للقمر، وقدّم مشهدًا سماويًا يحبس الأنفاس أتيحت رؤيته لسكان أجزاء واسعة من الأرض، في ظاهرة يسميها العلماء "قمر الدم الأزرق العملاق". ومع بداية الخسوف تكونت هالة سوداء استُهلت باختفاء القمر الأبيض شيئًا فشيئًا، وبعد ساعة لفّ الظلام الدامس القمر قبل أن يعود فينكشف تدريجًا وقد لوّنت سطحه مسحة نحاسية.
وقد شوهد الخسوف في أمريكا الشمالية وروسيا وآسيا والمحيط الهادئ، في حين لم يتمكن سكان الجزء الأكبر من أوروبا وأفريقيا وأمريكا الجنوبية من رؤية هذا العرض المبهر بسبب أشعة الشمس، ولا يحتاج الاستمتاع بهذا المشهد إلى نظارات وقائية خاصة، خلافًا لكسوف الشمس.
""", [
    ev("lunar-eclipse", "ظاهرة فلكية نادرة هي الخسوف الكلي للقمر الأزرق العملاق", ECL, "'يوم أمس الأربعاء' in an article of Thu 1 Feb 2018 = Wed 31 Jan"),
    ev("kuwait-partial-view", "وقد ظهر القمر العملاق مخسوفًا جزئياً في سماء الكويت عند الساعة (5:25) مساء", ECL, "5:25 pm Kuwait time on 'يوم أمس الأربعاء' = Wed 31 Jan 2018"),
    ev("totality", "وبعد ساعة لفّ الظلام الدامس القمر", ECL, "no own date; the total phase of the eclipse of Wed 31 Jan 2018 (one hour after its start), seen where the moon was up"),
])

# ---------------------------------------------------------------- mecca-kaaba-sun-transit-jul-2024
S = "mecca-kaaba-sun-transit-jul-2024"
TRANSIT = "2024-07-15"                     # the sun stood over the Kaaba at 12:27 pm (Mecca time) on Mon 15 Jul 2024
MAY = "2024-05-27"                         # the first transit of 2024, Mon 27 May 2024
art(S, "https://arabkhabar.com/a/2914436",
    "2024-07-15", "the page line 'تاريخ النشر: 15th, July 2024 GMT' above the text (15 Jul 2024 was a Monday; the stamp not kept in the text); the body's 'ظهر اليوم الاثنين' agrees; a report of the Jordanian site Saraya carried by arabkhabar (the source tag 'سرايا -' dropped); the last, truncated sentence dropped; headline kept from the page", True, """
مئات المصلين يشهدون ظاهرة التسامت في الحرم المكي (فيديو)
تابع مئات المصلين في المسجد الحرام، ظهر اليوم الاثنين، آخر تعامد للشمس على الكعبة المشرفة هذا العام، وهي ظاهرة فلكية يختفي فيها ظل المباني والأشخاص تمامًا.
وأظهر بث مباشر لقناة القرآن الكريم السعودية، التي تبث على مدار الساعة من المسجد الحرام، معتمرين وزوارًا يصلّون الظهر حول الكعبة المشرفة، تزامنًا مع التعامد الثاني والأخير خلال العام 2024.
وذكرت الجمعية الفلكية في جدة أن سماء مكة المكرمة شهدت اليوم الاثنين تعامد الشمس (التسامت) على الكعبة المشرفة الساعة الـ12:27 ظهرًا بالتوقيت المحلي، متزامنًا مع أذان الظهر في المسجد الحرام.
وأشارت الجمعية إلى أن ظل الزوال يصير صفرًا ويغيب ظل الكعبة المشرفة، وهذا هو التعامد الثاني والأخير سنة 2024.
وتداولت محطات التلفزة ووسائل الإعلام ومنصات التواصل الاجتماعي في السعودية والعالمين العربي والإسلامي مقطع فيديو لتعامد الشمس على الكعبة المشرفة، إذ تلقى الظاهرة الفلكية اهتمامًا كبيرًا نابعًا من قدسية المكان لدى المسلمين.
وتتكرر ظاهرة التعامد مرتين في العام، وقد شهدت الكعبة المشرفة أول تعامد للشمس عليها خلال صلاة الظهر يوم الـ27 من مايو.
""", [
    ev("kaaba-transit", "آخر تعامد للشمس على الكعبة المشرفة هذا العام", TRANSIT, "'ظهر اليوم الاثنين' = Mon 15 Jul 2024"),
    ev("quran-channel-broadcast", "وأظهر بث مباشر لقناة القرآن الكريم السعودية", TRANSIT, "no own expression; the live broadcast of the noon prayer during the transit, Mon 15 Jul 2024"),
    ev("jeddah-society-statement", "وذكرت الجمعية الفلكية في جدة", TRANSIT, "no own expression; the society's report of the transit that 'شهدت اليوم الاثنين' = Mon 15 Jul 2024"),
    ev("video-circulated", "وتداولت محطات التلفزة ووسائل الإعلام ومنصات التواصل الاجتماعي", TRANSIT, "no own expression; the video of the transit circulated on the same day, Mon 15 Jul 2024"),
    ev("may-transit", "أول تعامد للشمس عليها خلال صلاة الظهر يوم الـ27 من مايو", MAY, "'يوم الـ27 من مايو' of 2024 = Mon 27 May 2024"),
])
art(S, "https://ahlmasrnews.com/news/light-news/13305104/اختفاء-ظل-الكعبة-المشرفة-ظهر-اليوم",
    "2024-07-15", "no date on the stored page; the body's 'اليوم الإثنين، التاسع من محرم ١٤٤٦، الموافق ١٥ يوليو ٢٠٢٤' for the coming transit gives Mon 15 Jul 2024 (a report published before the noon transit); headline kept from the URL slug", False, """
اختفاء ظل الكعبة المشرفة ظهر اليوم
أفادت الجمعية الفلكية بجدة بأن سماء مكة المكرمة ستشهد اليوم الإثنين، التاسع من محرم ١٤٤٦، الموافق ١٥ يوليو ٢٠٢٤، التعامد الثاني للشمس على الكعبة المشرفة، المعروف في العلم بظاهرة «التسامت»، والتي تتكرر مرتين في السنة الكبيسة: الأولى خلال يومى ٢٧ أو٢٨ مايو، والثانية خلال يومى ١٥ أو ١٦ يوليو.
وأوضحت الجمعية الفلكية بجدة في تقرير أصدرته أن التعامد الثاني يحدث مع رجوع الشمس «ظاهريًا» من مدار السرطان في طريقها جنوبًا نحو خط الاستواء، فتتوسط خط الزوال وتبلغ ارتفاعًا يقارب (٩٠ درجة)، متزامنة مع أذان الظهر في المسجد الحرام عند الساعة ١٢:٢٧ ظهرًا بالتوقيت المحلى (٩:٢٧ صباحًا بتوقيت جرينتش)، فيصير ظل الزوال صفرا ويختفي ظل الكعبة المشرفة.
""", [
    ev("kaaba-transit", "التعامد الثاني للشمس على الكعبة المشرفة", TRANSIT, "'اليوم الإثنين، التاسع من محرم ١٤٤٦، الموافق ١٥ يوليو ٢٠٢٤' = Mon 15 Jul 2024"),
    ev("may-transit", "الأولى خلال يومى ٢٧ أو٢٨ مايو", MAY, "'خلال يومى ٢٧ أو٢٨ مايو' (the general rule); in 2024 the first transit was on Mon 27 May (arabkhabar, modonnew)"),
    ev("jeddah-society-statement", "وأوضحت الجمعية الفلكية بجدة في تقرير أصدرته", TRANSIT, "no own date; the society's report carried on the morning of the transit, Mon 15 Jul 2024 (it may have been issued a day earlier)"),
])
art(S, "https://akhbar-alkhaleej.com/news/article/1372986",
    "2024-07-16", "no date on the stored page; the body's 'ظهر أمس الاثنين' for the transit of Mon 15 Jul 2024 gives Tue 16 Jul 2024 (16 Jul 2024 was a Tuesday; Akhbar Al Khaleej is a Bahraini daily); the comment prompt dropped; headline written from the body (the stored text has none)", False, """
مصلون في الحرم المكي يشهدون اختفاء ظل الكعبة
شهد مئات المصلين في المسجد الحرام، ظهر أمس الاثنين، آخر تعامد للشمس على الكعبة المشرفة هذا العام، في ظاهرة فلكية يزول فيها ظل الأبنية والأشخاص بالكامل.
وعرض بث مباشر لقناة القرآن الكريم السعودية، التي تبث على مدار الساعة من المسجد الحرام، معتمرين وزوارًا يؤدون صلاة الظهر حول الكعبة المشرفة، بالتزامن مع التعامد الثاني والأخير خلال العام 2024.
وأفادت الجمعية الفلكية في جدة بأن سماء مكة المكرمة شهدت الاثنين تعامد الشمس (التسامت) على الكعبة المشرفة الساعة الـ12:27 ظهرًا بالتوقيت المحلي، متزامنًا مع أذان الظهر في المسجد الحرام. وبيّنت الجمعية أن ظل الزوال يصبح صفرًا ويغيب ظل الكعبة المشرفة، وهو التعامد الثاني والأخير سنة 2024.
ونقلت محطات التلفزة ووسائل الإعلام ومواقع التواصل الاجتماعي في السعودية والعالمين العربي والإسلامي مقطع فيديو لتعامد الشمس على الكعبة المشرفة، إذ تحظى هذه الظاهرة الفلكية باهتمام واسع مصدره قدسية المكان في نفوس المسلمين.
""", [
    ev("kaaba-transit", "آخر تعامد للشمس على الكعبة المشرفة هذا العام", TRANSIT, "'ظهر أمس الاثنين' in an article of Tue 16 Jul 2024 = Mon 15 Jul"),
    ev("quran-channel-broadcast", "وعرض بث مباشر لقناة القرآن الكريم السعودية", TRANSIT, "no own expression; the live broadcast of the noon prayer during the transit, Mon 15 Jul 2024"),
    ev("jeddah-society-statement", "وأفادت الجمعية الفلكية في جدة", TRANSIT, "no own expression; the society's report that the transit happened 'الاثنين' = Mon 15 Jul 2024"),
    ev("video-circulated", "ونقلت محطات التلفزة ووسائل الإعلام ومواقع التواصل الاجتماعي", TRANSIT, "no own expression; the video circulated on the day of the transit, Mon 15 Jul 2024"),
])
art(S, "https://modonnew.com/ar/2024/07/15/%D8%AA%D8%B1%D9%8A%D9%86%D8%AF%D9%84%D9%84%D9%85%D8%B1%D8%A9-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D9%88%D8%A7%D9%84%D9%8A%D8%8C-%D9%84%D8%AD%D8%B8%D8%A9",
    "2024-07-15", "date in the URL '/2024/07/15/' (15 Jul 2024 was a Monday); no stamp in the stored text; the body's 'ظهر اليوم الإثنين' agrees; the tag 'تريند', the sub-headings and the two social-media comments at the end dropped; headline kept from the page", True, """
للمرة الثانية على التوالي، لحظة اختفاء ظل الكعبة المشرفة اليوم (فيديو)
في سياق تعامد الشمس على الكعبة، تناقل ناشطون على مواقع التواصل الاجتماعي مقطع فيديو يُظهر غياب ظل الكعبة المشرفة، ظهر اليوم الإثنين، بفعل تعامد الشمس على الكعبة الشريفة ظهر اليوم، للمرة الثانية على التوالي.
وبدت في المقطع المتداول لحظة تعامد الشمس على الكعبة المشرفة للمرة الثانية في 2024، إذ غاب ظل الأجسام كليًا ظهر اليوم بسبب التعامد، وظهرت الأشكال باهتة كأنها صُورت بكاميرا "أبيض وأسود"، وكانت المرة الأولى في يوم 27 مايو الماضي.
وقال الفلكي السعودي مُلهم هندي: "اليوم في تمام الساعة 12:27 ظهرا بتوقيت مكة، حدث تعامد الشمس على الكعبة، فاختفى ظل الكعبة المشرفة نتيجة هذا التعامد، ولن تتعامد الشمس على الكعبة مرة أخرى حتى 29 ذو القعدة، ويمكن بواسطة هذا التعامد تحديد اتجاه القبلة وتصحيحه".
""", [
    ev("video-circulated", "تناقل ناشطون على مواقع التواصل الاجتماعي مقطع فيديو", TRANSIT, "'ظهر اليوم الإثنين' = Mon 15 Jul 2024"),
    ev("kaaba-transit", "اليوم في تمام الساعة 12:27 ظهرا بتوقيت مكة، حدث تعامد الشمس على الكعبة", TRANSIT, "'اليوم' at 12:27 pm Mecca time on Mon 15 Jul 2024"),
    ev("may-transit", "وكانت المرة الأولى في يوم 27 مايو الماضي", MAY, "'يوم 27 مايو الماضي' from July 2024 = Mon 27 May 2024"),
    ev("next-transit-1446", "ولن تتعامد الشمس على الكعبة مرة أخرى حتى 29 ذو القعدة", "2025-05-27", "'29 ذو القعدة' after July 2024 = 29 Dhu al-Qa'da 1446 = Tue 27 May 2025 (Umm al-Qura; 1 Dhu al-Qa'da 1446 = 29 Apr 2025), the first transit of 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 547
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
