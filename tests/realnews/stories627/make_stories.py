"""Builds stories.jsonl: the 627-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: thunderstorms, hail and lightning deaths, and weather
warnings issued by meteorology centres.
Stories: the lightning strike on a women's wedding party at al-Aqmar, Maifaa Ans, Dhamar (Yemen, August 2021),
and the lightning deaths in Beheira during the Delta thunderstorms (Egypt, November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-dhamar-maifaa-ans-wedding-lightning-2021
S = "yemen-dhamar-maifaa-ans-wedding-lightning-2021"
STRIKE = "2021-08-11"                      # the lightning hit the wedding house at al-Aqmar on the evening of Wed 11 Aug 2021
TOLL = "2021-08-12"                        # the local-authority source (via Sputnik) gave 2 dead / ~30 injured on Thu 12 Aug 2021
DHALE = "2021-08-06"                       # the lightning on the Thamad outing in Juhaf (al-Dhale) on Fri 6 Aug 2021
EID = "2021-07-20"                         # first day of Eid al-Adha 1442 (Tue 20 Jul 2021): start of the depression
MARAM = (STRIKE, "2021-08-13")             # the second strike at Maram: not dated by any article; my span 11-12 Aug
RAIN = (EID, "2021-08-13")                 # the rainy spell, from the Eid depression to the reports of 12 Aug
art(S, "https://alawalpress.net/archives/33807",
    "2021-08-11", "no date line on the stored page; a breaking report ('ورد الان', 'محصلة اولية', no details yet) that names the strike 'مساء الأربعاء' without 'أمس', so it was written on the evening of Wed 11 Aug 2021 (11 Aug 2021 was a Wednesday; royanews of Thu 12 Aug: 'أمس الأربعاء'); headline kept from the page", False, """
ورد الان .. صاعقة رعدية تحيل حفل زفاف نساء في ذمار إلى مأتم ومناحة عزاء عام (محصلة اولية)
حوّلت صاعقة رعدية حفل زفاف في محافظة ذمار إلى مأتم وعزاء عام، بعد أن خلّفت عشرات الضحايا من النساء بين قتيلة وجريحة، بحسب ما نقله ناشطون على مواقع التواصل الاجتماعي.
وتناقل ناشطون على نطاق واسع في مواقع التواصل الاجتماعي أنباء عن مقتل امرأتين وإصابة 35 أخريات في منطقة ميفعة عنس، مساء الأربعاء، بسبب صاعقة رعدية أصابت حفل زفاف نسائي في القرية.
وتحدثت مصادر محلية عن تزايد عدد ضحايا الحادث المؤلم نظرا للعدد الكبير من النساء اللاتي حضرن حفل الزفاف لحظة ضرب الصاعقة الرعدية للمكان، مؤكدة أن بعض المصابات في حالة حرجة.
ولم نتمكن من الحصول على تفاصيل إضافية حول الحادث الأليم، غير أن المصادر المحلية وعدت بموافاتنا بكل ما يصلها من معلومات أولا بأول.
يذكر أن اليمن يشهد منذ اكثر من اسبوعين أمطارا تتراوح بين المتوسطة والغزيرة ترافقها عواصف رعدية ورياح شديدة، جراء منخفض جوي ضرب البلاد بالتزامن مع اول ايام عيد الاضحى.
""", [
    ev("wedding-lightning", "مساء الأربعاء، بسبب صاعقة رعدية أصابت حفل زفاف نسائي", STRIKE, "'مساء الأربعاء' = Wed 11 Aug 2021 (royanews of Thu 12 Aug: 'أمس الأربعاء')"),
    ev("activists-first-toll", "أنباء عن مقتل امرأتين وإصابة 35 أخريات", STRIKE, "no own expression; the activists' first figures, spread on the evening of the strike, Wed 11 Aug 2021 (the day of this breaking report)"),
    ev("toll-rising", "عن تزايد عدد ضحايا الحادث المؤلم", STRIKE, "no own expression; the local sources' word on the evening of the strike, Wed 11 Aug 2021"),
    ev("rain-spell", "منذ اكثر من اسبوعين أمطارا تتراوح بين المتوسطة والغزيرة", RAIN[0], "'منذ اكثر من اسبوعين' and 'بالتزامن مع اول ايام عيد الاضحى': the rains since the depression of the first day of Eid al-Adha 1442, Tue 20 Jul 2021, still going on (my span to Thu 12 Aug)", end=RAIN[1]),
    ev("eid-depression", "منخفض جوي ضرب البلاد بالتزامن مع اول ايام عيد الاضحى", EID, "'اول ايام عيد الاضحى' 1442 = Tue 20 Jul 2021"),
])
art(S, "https://almawqeapost.com/news/62532",
    "2021-08-12", "date line of the page: 'الخميس, 12 أغسطس, 2021 - 07:22 مساءً' (a wire copy, 'وكالات'); headline kept from the page; the sub-heading in brackets dropped", True, """
ذمار.. مقتل امرأتين وإصابة نحو 30 أخريات بصاعقة رعدية
ذكرت مصادر في السلطة المحلية بمحافظة ذمار (وسط اليمن) أن صاعقة رعدية أصابت منزلا كان يقام فيه حفل زفاف نسائي في قرية الأقمر التابعة لمديرية ميفعة عنس.
ونقلت وكالة "سبوتنيك" عن هذه المصادر أن الحادث أودى بحياة امرأتين وأصاب نحو 30 أخريات، إحداهن في حالة خطيرة، ونُقلن إلى أحد مستشفيات مدينة ذمار.
وأضافت المصادر أن صاعقة ثانية تسببت في إصابة 3 أشخاص حين أصابت منزلهم في قرية مرام بمديرية ميفعة عنس نفسها.
ويوم الجمعة الماضي، أدت صاعقة رعدية إلى مقتل ثلاثة أشخاص وإصابة ثلاثة آخرين خلال رحلة سياحية لمجموعة من الأفراد في منطقة ثماد بمديرية جحاف في محافظة الضالع وسط اليمن.
""", [
    ev("wedding-lightning", "أن صاعقة رعدية أصابت منزلا كان يقام فيه حفل زفاف نسائي", STRIKE, "no own expression; the strike of the evening of Wed 11 Aug 2021 (royanews 'أمس الأربعاء', alawalpress 'مساء الأربعاء')"),
    ev("sputnik-official-toll", "أن الحادث أودى بحياة امرأتين وأصاب نحو 30 أخريات", TOLL, "no own expression; the local-authority source quoted by Sputnik spoke on Thu 12 Aug 2021 (royanews: 'وقال مصدر في السلطة المحلية بمحافظة ذمار اليوم الخميس')"),
    ev("maram-lightning", "أن صاعقة ثانية تسببت في إصابة 3 أشخاص", MARAM[0], "no date in any article; the second strike of the same storm in the same district, reported with the wedding strike (my span Wed 11 - Thu 12 Aug 2021)", end=MARAM[1]),
    ev("dhale-lightning", "ويوم الجمعة الماضي، أدت صاعقة رعدية إلى مقتل ثلاثة أشخاص", DHALE, "'يوم الجمعة الماضي' from Thu 12 Aug 2021 = Fri 6 Aug 2021"),
])
art(S, "https://royanews.tv/news/254855",
    "2021-08-12", "the page shows only 'منذ سنتين' (no date line); the body's 'أمس الأربعاء' for the strike and 'اليوم الخميس' for the local source's statement give Thu 12 Aug 2021 (12 Aug 2021 was a Thursday; almawqeapost carries the same wire on Thu 12 Aug); the 'اقرأ أيضاً' link and the truncated last sentence dropped; headline kept from the page", False, """
اليمن: مقتل امرأتين وإصابة ٣٠ أخريات بصاعقة رعدية
قضت امرأتان وأصيبت 30 أخريات جراء صاعقة رعدية في محافظة ذمار اليمنية، أمس الأربعاء، إثر سقوط الصاعقة على منزل كان يشهد حفل زفاف نسائيا في قرية الأقمر بمديرية ميفعة عنس شرقي المحافظة.
وقال مصدر في السلطة المحلية بمحافظة ذمار اليوم الخميس، إن الحادث خلّف مقتل امرأتين وإصابة نحو 30 أخريات، بينهن واحدة حالتها خطيرة، ونقلن إلى أحد مستشفيات المدينة.
وبيّنت مصادر أن صاعقة أخرى أصابت 3 أشخاص حين ضربت منزلهم في قرية مرام بمديرية ميفعة عنس ذاتها.
وأشارت إلى أن صاعقة رعدية تسببت يوم الجمعة الماضي، في مقتل ثلاثة أشخاص وإصابة ثلاثة آخرين خلال رحلة سياحية في منطقة ثماد بمديرية جحاف في محافظة الضالع وسط اليمن.
وتشهد معظم المحافظات اليمنية أمطارا غزيرة وفيضانات وعواصف رعدية، طالت 28 ألف شخص على الأقل، وألحقت أضرارا بالبنية التحتية والمنازل ومخيمات اللجوء.
""", [
    ev("wedding-lightning", "أمس الأربعاء، إثر سقوط الصاعقة على منزل", STRIKE, "'أمس الأربعاء' in an article of Thu 12 Aug 2021 = Wed 11 Aug"),
    ev("sputnik-official-toll", "وقال مصدر في السلطة المحلية بمحافظة ذمار اليوم الخميس", TOLL, "'اليوم الخميس' = Thu 12 Aug 2021"),
    ev("maram-lightning", "أن صاعقة أخرى أصابت 3 أشخاص", MARAM[0], "no date in any article; the second strike of the same storm in the same district (my span Wed 11 - Thu 12 Aug 2021)", end=MARAM[1]),
    ev("dhale-lightning", "تسببت يوم الجمعة الماضي، في مقتل ثلاثة أشخاص", DHALE, "'يوم الجمعة الماضي' from Thu 12 Aug 2021 = Fri 6 Aug 2021"),
    ev("rain-spell", "وتشهد معظم المحافظات اليمنية أمطارا غزيرة وفيضانات وعواصف رعدية", RAIN[0], "no own expression; the rainy spell since the depression of the first day of Eid al-Adha, Tue 20 Jul 2021 (alawalpress), still going on on Thu 12 Aug", end=RAIN[1]),
])

# ---------------------------------------------------------------- egypt-beheira-lightning-deaths-nov-2025
S = "egypt-beheira-lightning-deaths-nov-2025"
STORM = "2025-11-03"                       # the thunderstorm over Beheira and the lightning deaths, Mon 3 Nov 2025
RAIN_SINCE = ("2025-11-02", "2025-11-04")  # rain since Sun 2 Nov, still on Mon 3 Nov
WARM = ("2025-11-03", "2025-11-08")        # 'لمدة أربعة أو خمسة أيام قادمة' from Mon 3 Nov: my span 3-7 Nov
art(S, "https://www.elbalad.news/6754260",
    "2025-11-03", "date of the page: 2025-11-03 (Mon); the body's 'منذ أمس الأحد' fits (2 Nov 2025 was a Sunday); the interview was given on the evening programme 'الحياة اليوم'; headline written from the body (the stored text has none)", True, """
مدير التنبؤات بالأرصاد: سحب رعدية على الوجه البحري والسواحل الشمالية الغربية
أوضح الدكتور محمود شاهين، مدير عام التنبؤات والإنذار المبكر في هيئة الأرصاد الجوية، أن البلاد تتعرض منذ أمس الأحد لأمطار على الوجه البحري والقاهرة الكبرى وشمال الصعيد، لافتا إلى أن عددا من المحافظات يتأثر بأمطار رعدية.
وبيّن أن هذه السحب الرعدية تغطي مناطق من محافظات الوجه البحري والسواحل الشمالية الغربية، ولا سيما أجزاء من الإسكندرية والضبعة ومطروح.
وذكر شاهين، في مداخلة هاتفية مع برنامج "الحياة اليوم" على قناة "الحياة"، أن درجات الحرارة ضمن معدلاتها الطبيعية بين 27 و29 درجة في القاهرة، ما يجعل الأجواء معتدلة تميل إلى الحرارة، وأن هذا الوضع سيستمر على الأقل لمدة أربعة أو خمسة أيام قادمة.
وأضاف أن الساعات القادمة ستشهد استقرارا نسبيا في الأحوال الجوية، مع بقاء فرص لسقوط أمطار خفيفة غداً على بعض مناطق السواحل الشمالية.
ونبّه شاهين إلى أن الشبورة المائية تظهر صباحا على الطرق السريعة والطرق القريبة من المسطحات المائية، داعيا قائدي المركبات إلى الحذر أثناء القيادة.
""", [
    ev("rain-since-sunday", "منذ أمس الأحد لأمطار على الوجه البحري", RAIN_SINCE[0], "'منذ أمس الأحد' from Mon 3 Nov 2025 = since Sun 2 Nov, still on Mon 3 Nov", end=RAIN_SINCE[1]),
    ev("delta-thunderstorms", "يتأثر بأمطار رعدية", STORM, "no own expression beyond the present tense of Mon 3 Nov 2025 (the page's day): the thunder rain over the Delta governorates that day, the storm of the Beheira lightning deaths"),
    ev("shaheen-interview", "في مداخلة هاتفية مع برنامج \"الحياة اليوم\"", STORM, "no own expression; the phone-in on the evening of the page's day, Mon 3 Nov 2025"),
    ev("normal-temperatures-ahead", "سيستمر على الأقل لمدة أربعة أو خمسة أيام قادمة", WARM[0], "'لمدة أربعة أو خمسة أيام قادمة' from Mon 3 Nov 2025 (my span 3-7 Nov)", end=WARM[1]),
    ev("light-rain-tomorrow", "فرص لسقوط أمطار خفيفة غداً", "2025-11-04", "'غداً' from Mon 3 Nov 2025 = Tue 4 Nov"),
])
art(S, "https://www.masrawy.com/news/news_regions/details/2025/11/4/2884713/%D9%85%D8%A7%D8%AA-%D9%88%D9%87%D9%88-%D9%8A%D8%AC%D9%85%D8%B9-%D8%A7%D9%84%D8%A8%D8%B1%D8%B3%D9%8A%D9%85-%D8%A7%D9%84%D8%A8%D8%B1%D9%82-%D8%A3%D8%B6%D8%A7%D8%A1-%D8%A7%D9%84%D8%B3%D9%85%D8%A7%D8%A1-%D9%88%D8%A3%D8%B7%D9%81%D8%A3-%D8%AD%D9%8A%D8%A7%D8%A9-%D8%A3%D9%86%D9%88%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D8%AD%D9%8A%D8%B1%D8%A9-%D8%B5%D9%88%D8%B1-",
    "2025-11-04", "date of the page: 2025-11-04 (Tue; also in the URL, /2025/11/4/); the by-line 'البحيرة - أحمد نصرة' dropped; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", True, """
مات وهو يجمع البرسيم.. البرق أضاء السماء وأطفأ حياة أنور في البحيرة
لم يكن ذلك الغروب مختلفا عن سواه، غير أن السماء كانت غاضبة ويلمع فيها البرق بين لحظة وأخرى. في ذلك المساء توجه أنور فتحي، الشاب الريفي الكادح، إلى أرضه ليجمع علف الماشية، دون أن يدري أن تلك الخطوات القليلة نحو الحقل ستكون الأخيرة في عمره القصير، فالبرق الذي أنار السماء للحظة واحدة كان كافيا لإطفاء حياته إلى الأبد.
ويروي عم الشاب أن أنور كان يعمل في أرضه بقرية زاوية غزال التابعة لمركز دمنهور في محافظة البحيرة، وقد اصطحب زوجته وابنه الصغير قبل حلول الليل، وبعد دقائق من وصوله دوّى البرق والرعد، ثم تبعتهما صرخة عالية سُمعت من داخل الحقول.
ويحكي العم تفاصيل اللحظة القاسية قائلا إن الصراخ تعالى من جهة الأرض الزراعية، فأسرع ليعرف ما يجري، فوجد زوجة ابن أخيه تبكي وتصرخ بأن أنور صعقه البرق.
ويضيف بأسى أنه كان يجمع البرسيم في الأرض حين أصابته صاعقة قوية فسقط مكانه، وأنهم نقلوه إلى المستشفى في محاولة لإنقاذه لكنه كان قد فارق الحياة، "مات وهو شغال في الأرض".
أما ابن عمه فيقول إن أنور أبلغه أنه ذاهب إلى أرضه لجمع علف الماشية، فحاول أن يثنيه عن الخروج بسبب المطر، لكنه رفض وقال إنه سيذهب ويعود سريعا.
""", [
    ev("delta-thunderstorms", "غير أن السماء كانت غاضبة ويلمع فيها البرق", STORM, "no own expression ('ذلك الغروب'); the storm of Mon 3 Nov 2025 (alriyadh via sauress: 'يوم الإثنين', 'ظهر أمس'; alwafd: 'مساء أمس')"),
    ev("anwar-death", "حين أصابته صاعقة قوية فسقط مكانه", STORM, "no own expression; Anwar Fathi was killed in his field at Zawiyat Ghazal on Mon 3 Nov 2025 (alriyadh via sauress: 'يوم الإثنين')"),
    ev("anwar-hospital", "وأنهم نقلوه إلى المستشفى في محاولة لإنقاذه", STORM, "no own expression; right after the strike, Mon 3 Nov 2025"),
])
art(S, "https://www.sauress.com/alriyadh/2159199",
    "2025-11-04", "no date on the stored page; an al-Riyadh report carried by sauress whose body gives the deaths 'يوم الإثنين' and the storm 'ظهر أمس', so it was written on Tue 4 Nov 2025 (3 Nov 2025 was a Monday; masrawy of Tue 4 Nov and elbalad of Mon 3 Nov agree on the storm day); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
وفاة ثلاثة مصريين بصواعق رعدية في البحيرة
لقي ثلاثة مواطنين مصريين، من بينهم طفل، حتفهم، وأصيب آخرون بجروح متفاوتة، جراء صواعق رعدية ضربت مناطق ريفية متفرقة من محافظة البحيرة شمالي القاهرة، يوم الإثنين، في ظل طقس غير مستقر تعيشه مناطق الدلتا.
وأفادت مصادر أمنية بأن الضحايا هم الطفل عبد الرحمن عيد (11 عامًا)، والشاب أحمد فرج سعيد عبد الفضيل (23 عامًا)، والمزارع أنور فتحي أنور (37 عامًا)، وقد فارقوا الحياة جميعا وهم في أراض زراعية أثناء موجة من العواصف الرعدية المفاجئة التي اجتاحت المحافظة ظهر أمس.
كما تعرضت السيدة هاجر سلامة شعبان (27 عامًا) لحروق في الفخذ والساعد إثر صاعقة أصابتها خلال عملها في حقل زراعي بمركز دمنهور، ونقلت إلى المستشفى لتلقي العلاج، في حين نفق حيوان من الماشية في الحادث نفسه.
وبيّنت التحقيقات الأولية أن الحوادث وقعت بصورة منفصلة في مناطق دمنهور وإيتاي البارود وكفر الدوار، وأنها نتجت عن صواعق تزامنت مع أمطار غزيرة ورياح باردة، وهو ما زاد من خطورة البرق في المناطق الزراعية الرطبة والمكشوفة.
وتعد البحيرة من كبرى المحافظات الزراعية في مصر، ويسكنها أكثر من 6 ملايين نسمة، ما يجعلها معرضة لتأثيرات مباشرة كلما اضطربت الأحوال الجوية.
""", [
    ev("beheira-lightning-deaths", "جراء صواعق رعدية ضربت مناطق ريفية متفرقة من محافظة البحيرة", STORM, "'يوم الإثنين' = Mon 3 Nov 2025"),
    ev("delta-thunderstorms", "موجة من العواصف الرعدية المفاجئة التي اجتاحت المحافظة ظهر أمس", STORM, "'ظهر أمس' in an article of Tue 4 Nov 2025 = Mon 3 Nov"),
    ev("anwar-death", "والمزارع أنور فتحي أنور (37 عامًا)", STORM, "'يوم الإثنين' / 'ظهر أمس' = Mon 3 Nov 2025"),
    ev("hagar-injury", "تعرضت السيدة هاجر سلامة شعبان (27 عامًا) لحروق", STORM, "no own expression; hurt in the same storm at Damanhour, Mon 3 Nov 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 627
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
