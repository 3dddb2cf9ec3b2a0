"""Builds stories.jsonl: the 403-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Egypt's Delta and Canal cities (Port Said,
Suez, Ismailia, Damietta, Mansoura, Tanta, Kafr El-Sheikh, Zagazig): accidents, fires, building collapses,
courts, prices, sport, weather.
Stories: the fall of an old house in the Bazar area of Port Said (Sun 19 Nov 2023) and the collapse of a
building on Mawled el-Nabi street in Zagazig (Wed 20 Aug 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-port-said-bazar-collapse-2023
S = "egypt-port-said-bazar-collapse-2023"
COLLAPSE = "2023-11-19"                    # the house near Feryal garden fell at about 18:00 on Sun 19 Nov 2023
NIGHT = ("2023-11-19", "2023-11-21")       # the search, the recoveries and the prosecution's inspection ran through the night of 19-20 Nov
art(S, "https://arabkhabar.com/a/1229795",
    "2023-11-19", "page stamp 'تاريخ النشر: 19th, November 2023 GMT' (kept as second line; 19 Nov 2023 was a Sunday); the body's 'مساء اليوم الأحد' agrees; a copy of albawabhnews.com/4912313 (the line 'المصدر: البوابة نيوز', the tag words and the 'read also' items dropped); headline reworded", True, """
سوء الطقس وراء سقوط عقار سكني في حي الشرق ببورسعيد
تاريخ النشر: 19th, November 2023 GMT
سقط عقار سكني في محافظة بورسعيد، مساء اليوم الأحد، جراء الأحوال الجوية السيئة التي تمر بها المحافظة، من أمطار غزيرة ورياح قوية وتراجع واضح في درجات الحرارة.
وورد إلى الحماية المدنية إخطار بسقوط عقار سكني في نطاق حي الشرق قرب حديقة فريال التاريخية، فتوجه رجال الحماية المدنية ومعهم سيارات الإسعاف إلى موقع الانهيار وبدأوا التعامل مع الحادث.
وضربت قوات الأمن طوقًا أمنيًا حول العقار المنهار كي لا تقترب منه السيارات ولا المواطنون حفاظًا على حياتهم، بينما تتواصل الجهود ولم يتضح حتى الآن ما إذا كان بداخل العقار أشخاص لحظة سقوطه أم لا.
""", [
    ev("collapse", "سقط عقار سكني في محافظة بورسعيد، مساء اليوم الأحد", COLLAPSE, "'مساء اليوم الأحد' = Sun 19 Nov 2023 (page stamp)"),
    ev("bad-weather", "الأحوال الجوية السيئة التي تمر بها المحافظة", "2023-11-19", "no own expression beyond the present tense of Sun 19 Nov; the storm of rain and wind over the north of Egypt on 19-20 Nov 2023 (my span)", end="2023-11-21"),
    ev("civil-defence-dispatched", "فتوجه رجال الحماية المدنية ومعهم سيارات الإسعاف", COLLAPSE, "no own expression; right after the collapse on the evening of Sun 19 Nov 2023"),
    ev("cordon", "وضربت قوات الأمن طوقًا أمنيًا حول العقار المنهار", COLLAPSE, "no own expression; the evening of Sun 19 Nov 2023"),
])
art(S, "https://modonnew.com/ar/2023/11/20/%d8%b9%d8%a7%d8%ac%d9%84-%d9%82%d8%aa%d9%84%d9%89-%d9%88%d9%85%d8%b5%d8%a7%d8%a8%d9%88%d9%86-%d8%a8%d8%a7%d9%86%d9%87%d9%8a%d8%a7%d8%b1-%d8%b9%d9%82%d8%a7%d8%b1-%d9%81%d9%8a-%d8%a8%d9%88%d8%b1%d8%b3",
    "2023-11-20", "date in the URL '/2023/11/20/' (20 Nov 2023 was a Monday); the body's 'مساء الأحد' (no 'اليوم') agrees with a report of the next day; headline kept (reworded); the last, truncated witness sentence dropped; no date of its own in the text", True, """
عاجل.. قتلى ومصابون جراء انهيار عقار في بورسعيد المصرية
لقي شخصان حتفهما وأصيب اثنان آخران إثر انهيار عقار في محافظة بورسعيد، شمال شرقي مصر، مساء الأحد، بالتزامن مع موجة طقس سيئ تضرب البلاد.
ويقع المنزل في منطقة البازار التابعة لحي شرق بورسعيد، وبالتحديد إلى جوار مدرسة "سانت ماري"، وقد حالت العناية الإلهية دون سقوط مئات الضحايا لأن المنطقة تعج بطلاب المدارس.
وتوجهت قوات الحماية المدنية إلى مكان الحادث، وأقامت قوات الأمن طوقاً أمنياً حول العقار المنهار، وانطلقت عمليات البحث عن ضحايا تحت الأنقاض.
وأثمرت جهود الحماية المدنية عن انتشال جثتي الشابين عيد حماد التوني شحاتة (26 عامًا) وياسين عبدالحميد ياسين (21 عامًا)، ونُقلتا إلى مشرحة مستشفى النصر تحت تصرف النيابة العامة.
كما نُقل المصابان محمد عبدالحميد (40 عامًا) وبه كسر في الساعد الأيمن، وسليمان حسبو السيد (40 عامًا) وبه نزيف في المخ، إلى مستشفى السلام ببورسعيد.
وأجرت النيابة العامة معاينة لموقع الحادث واستمعت لأقوال شهود العيان حول ملابسات الواقعة، فيما واصلت الأجهزة التنفيذية والأمنية بالمحافظة البحث عن ضحايا تحت العقار.
""", [
    ev("collapse", "إثر انهيار عقار في محافظة بورسعيد، شمال شرقي مصر، مساء الأحد", COLLAPSE, "'مساء الأحد' in a report of Mon 20 Nov = Sun 19 Nov 2023"),
    ev("bad-weather", "بالتزامن مع موجة طقس سيئ تضرب البلاد", "2023-11-19", "no own expression; the storm of 19-20 Nov 2023 (my span)", end="2023-11-21"),
    ev("cordon", "وأقامت قوات الأمن طوقاً أمنياً حول العقار المنهار", COLLAPSE, "no own expression; the evening of Sun 19 Nov 2023"),
    ev("bodies-recovered", "انتشال جثتي الشابين عيد حماد التوني شحاتة", NIGHT[0], "no own expression; the two bodies came out during the night search of 19-20 Nov 2023 (my span)", end=NIGHT[1]),
    ev("injured-to-hospital", "كما نُقل المصابان محمد عبدالحميد (40 عامًا)", COLLAPSE, "no own expression; the two injured were the first pulled out, on the evening of Sun 19 Nov 2023 (soralive, elmasryia)", end="2023-11-21"),
    ev("prosecution-inspection", "وأجرت النيابة العامة معاينة لموقع الحادث", NIGHT[0], "no own expression; the prosecution came to the site on the night of 19-20 Nov 2023 (my span)", end=NIGHT[1]),
])
art(S, "https://soralive.com/61577",
    "2023-11-20", "no date line on the stored page; the body's 'في تمام الساعة السادسة مساء أمس الأحد' for the collapse of Sun 19 Nov 2023 gives Mon 20 Nov 2023; headline kept (reworded); the last, truncated sentence dropped; no date of its own in the text", False, """
8 ساعات تحت الركام.. ماذا جرى لعبدالحميد وأبنائه أسفل عقار بورسعيد المنهار؟
في تمام الساعة السادسة مساء أمس الأحد، دوّى صوت ارتطام عنيف في أرجاء حي الشرق بمحافظة بورسعيد، وبث الرعب في نفوس سكان محيط منطقة البازار قرب حديقة فريال التاريخية.
فغادر المواطنون مقاعدهم في المقاهي وبيوتهم، واتجهت الأنظار نحو مصدر الارتطام، ومع تعالي الصرخات والاستغاثات اتجهت العيون إلى أنقاض عقار قديم.
وكانت سيدة تصرخ من نافذة بيت مواجه للعقار القديم: "في ناس تحت الأنقاض.. أنا شفتهم كانوا بيحاولوا الخروج ومعرفوش"، فهرع المواطنون إلى رفع الأنقاض بأيديهم بحثًا عن ناجين، والكل ينادي لعل أحد الأحياء أسفل العقار يسمعه.
ومرت لحظات سريعة قبل أن يبلغ رجال الشرطة والحماية المدنية وجهاز الإنقاذ والطوارئ في بورسعيد موقع الانهيار، فضربت قوات الأمن كردونًا أمنيًا حوله، وضاعفت جهودها للوصول إلى الضحايا تحت الأنقاض.
وحضرت النيابة العامة إلى موقع الحادث واستمعت إلى أقوال شهود العيان بشأن ملابسات الواقعة، كما حضر اللواء عادل الغضبان محافظ بورسعيد، واللواء مازن صبري مساعد وزير الداخلية مدير أمن بورسعيد، إلى المكان.
""", [
    ev("collapse", "دوّى صوت ارتطام عنيف في أرجاء حي الشرق", COLLAPSE, "'في تمام الساعة السادسة مساء أمس الأحد' in a report of Mon 20 Nov = Sun 19 Nov 2023"),
    ev("residents-dig", "فهرع المواطنون إلى رفع الأنقاض بأيديهم", COLLAPSE, "no own expression; the minutes after 18:00 on Sun 19 Nov 2023"),
    ev("cordon", "فضربت قوات الأمن كردونًا أمنيًا حوله", COLLAPSE, "no own expression; the evening of Sun 19 Nov 2023"),
    ev("prosecution-inspection", "وحضرت النيابة العامة إلى موقع الحادث", NIGHT[0], "no own expression; the night of 19-20 Nov 2023 (my span)", end=NIGHT[1]),
    ev("governor-at-site", "كما حضر اللواء عادل الغضبان محافظ بورسعيد", COLLAPSE, "no own expression; the governor came on the evening of Sun 19 Nov 2023 (my reading; possibly after midnight)", end="2023-11-21"),
])

# ---------------------------------------------------------------- egypt-zagazig-mawled-el-nabi-collapse-2025
S = "egypt-zagazig-mawled-el-nabi-collapse-2025"
ZCOLLAPSE = "2025-08-20"                   # the old house on Mawled el-Nabi street fell on the morning of Wed 20 Aug 2025
art(S, "https://www.vetogate.com/5474801",
    "2025-08-20", "page date stamp '2025-08-20' of the stored text (20 Aug 2025 was a Wednesday); the body's 'صباح اليوم' agrees with the collapse of that morning; headline written from the body (the stored text has none); the photo captions repeated as sub-headings dropped; the last, truncated sentence dropped", True, """
انهيار عقار سكني بشارع مولد النبي في الزقازيق وأسر تحت الأنقاض
وقع في محافظة الشرقية، صباح اليوم، حادث مأساوي إذ انهار عقار سكني بشارع مولد النبي في مدينة الزقازيق، ما أدى إلى وفاة وإصابة عدد من المواطنين، بينما تواصل قوات الحماية المدنية رفع الأنقاض بحثًا عن ناجين.
وكانت قصة عم طارق هي الأشد إيلامًا؛ فقد غادر المنزل ليشتري وجبة الفطار لزوجته وأولاده، وعندما رجع وجد العقار قد انهار على أسرته، فإذا بهم تحت الأنقاض وسط صرخات واستغاثات دوّت في أرجاء المكان.
وذكر شهود عيان أن عددًا من المواطنين، بينهم عمال وزبائن، كانوا يتناولون الإفطار داخل المسمط الواقع بالدور الأرضي لحظة سقوط العقار، وما زال مصير بعضهم غامضًا تحت الركام، في حين تفيد المعلومات بوجود أسر بأكملها مفقودة.
ومن جهة أخرى، ظهر أصحاب المحال التجارية الواقعة أسفل العقار وهم يفتشون بين الأنقاض عن مقتنياتهم وبضائع محالهم التي دفنها الركام.
""", [
    ev("collapse", "انهار عقار سكني بشارع مولد النبي في مدينة الزقازيق", ZCOLLAPSE, "'صباح اليوم' = the morning of Wed 20 Aug 2025 (page date)"),
    ev("rubble-removal", "بينما تواصل قوات الحماية المدنية رفع الأنقاض", ZCOLLAPSE, "no own expression; the present of Wed 20 Aug 2025 (the search went on into the night; my span)", end="2025-08-22"),
    ev("tarek-goes-for-breakfast", "فقد غادر المنزل ليشتري وجبة الفطار لزوجته وأولاده", ZCOLLAPSE, "no own expression; just before the collapse on the morning of Wed 20 Aug 2025"),
    ev("diners-in-the-eatery", "كانوا يتناولون الإفطار داخل المسمط الواقع بالدور الأرضي", ZCOLLAPSE, "'لحظة سقوط العقار' = the morning of Wed 20 Aug 2025"),
    ev("shop-owners-search", "ظهر أصحاب المحال التجارية الواقعة أسفل العقار", ZCOLLAPSE, "no own expression; Wed 20 Aug 2025"),
])
art(S, "https://www.masrawy.com/news/news_regions/details/2025/8/20/2840175/%D8%B1%D8%A7%D9%8A%D8%A9-%D8%B3%D9%88%D8%AF%D8%A7%D8%A1-%D8%B9%D9%84%D9%89-%D8%AC%D8%AF%D8%A7%D8%B1-%D9%85%D9%87%D8%AF%D9%88%D9%85-%D8%A7%D9%84%D8%B2%D9%82%D8%A7%D8%B2%D9%8A%D9%82-%D8%AA%D9%88%D8%AF-%D8%B9-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%B9%D9%82%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D9%88%D8%AA-%D8%B5%D9%88%D8%B1-",
    "2025-08-20", "date in the URL '/2025/8/20/' (20 Aug 2025 was a Wednesday); headline rendered from the URL slug (the stored text has none), the '(صور)' tag dropped; the byline 'الشرقية - ياسمين عزت:' dropped; no date of its own in the text", True, """
راية سوداء على جدار مهدوم.. الزقازيق تودّع ضحايا عقار الموت
سقط العقار القائم في شارع مولد النبي بمدينة الزقازيق، مخلفًا وراءه حزنًا عميقًا استقر في قلوب الأهالي، بعدما توفي قرابة 4 أشخاص وأصيب 8 آخرون.
وبين الركام والغبار ظل مشهد واحد يلخص الحكاية كلها: طرحة سوداء كانت غطاء رأس لإحدى ساكنات العقار، عالقة على جدار متهدم، كأنها راية حداد ترفرف فوق الراحلين، وإعلان صامت عن الوجع والفقد.
ووقف سكان الشارع مصدومين، تختلط في عيونهم الدموع بمحاولات العون والإنقاذ، ليغدو المكان شاهدًا على مأساة وجرح لن يزول بسهولة من ذاكرة الزقازيق.
""", [
    ev("collapse", "سقط العقار القائم في شارع مولد النبي بمدينة الزقازيق", ZCOLLAPSE, "no own expression; the collapse of the morning of Wed 20 Aug 2025 (vetogate 'صباح اليوم', same day)"),
    ev("deaths-and-injuries", "بعدما توفي قرابة 4 أشخاص وأصيب 8 آخرون", ZCOLLAPSE, "no own expression; the dead and injured of the collapse of Wed 20 Aug 2025 (the toll still rising that day and night; my span)", end="2025-08-22"),
    ev("rescue-attempts", "تختلط في عيونهم الدموع بمحاولات العون والإنقاذ", ZCOLLAPSE, "no own expression; Wed 20 Aug 2025"),
])
art(S, "https://www.okaz.com.sa/variety/na/2209738?ref=rss&format=simple&link=link",
    "2025-08-21", "page date stamp '2025-08-21' of the stored text (21 Aug 2025 was a Thursday); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
6 قتلى و6 مصابين في انهيار عقار سكني بالزقازيق
قضى 6 أشخاص وأصيب 6 آخرون إثر انهيار عقار سكني في مدينة الزقازيق التابعة لمحافظة الشرقية في مصر، إذ سقط مبنى سكني من خمسة طوابق في حي الزهور، في واقعة مروعة هزت المدينة، وسط جهود حثيثة لفرق الإنقاذ بحثًا عن ناجين محتملين أسفل الأنقاض.
وبحسب التقارير الأمنية، ورد إلى مديرية أمن الشرقية بلاغ بانهيار العقار الذي تسكنه عدة أسر، فتوجهت قوات الحماية المدنية والإسعاف فورًا إلى المكان، ونجحت في انتشال 6 جثث ونقل المصابين إلى مستشفيات جامعة الزقازيق ومستشفى الزقازيق العام للعلاج.
وبيّنت التحريات الأولية أن العقار، الذي شُيّد في الثمانينات، كان يعاني تصدعات إنشائية ولم تُجرَ له صيانة دورية، كما ذكرت تقارير أن تعديلات مخالفة للقانون أجراها أحد السكان في الطابق الأرضي ربما أضعفت بنيان المبنى.
وأصدر محافظ الشرقية حازم الأشموني أمرًا بتشكيل لجنة هندسية عاجلة لفحص العقار والوقوف على أسباب انهياره، مع إخلاء المباني المجاورة احترازيًا، فيما وجهت وزارة التضامن الاجتماعي بصرف تعويضات فورية قدرها 60,000 جنيه مصري لأسر الضحايا، إلى جانب مساعدات للمصابين والمتضررين.
""", [
    ev("collapse", "إذ سقط مبنى سكني من خمسة طوابق في حي الزهور", ZCOLLAPSE, "no own expression; the collapse of the morning of Wed 20 Aug 2025 (vetogate of that day)"),
    ev("deaths-and-injuries", "قضى 6 أشخاص وأصيب 6 آخرون إثر انهيار عقار سكني", ZCOLLAPSE, "no own expression; the toll of the collapse of Wed 20 Aug 2025, final by that night (my span)", end="2025-08-22"),
    ev("rubble-removal", "وسط جهود حثيثة لفرق الإنقاذ بحثًا عن ناجين محتملين", ZCOLLAPSE, "no own expression; the search of 20-21 Aug 2025 (my span)", end="2025-08-22"),
    ev("bodies-recovered", "ونجحت في انتشال 6 جثث ونقل المصابين", ZCOLLAPSE, "no own expression; during the search of Wed 20 Aug 2025 and the night after (my span)", end="2025-08-22"),
    ev("engineering-committee", "أمرًا بتشكيل لجنة هندسية عاجلة لفحص العقار", ZCOLLAPSE, "no own expression; the governor formed the committee on Wed 20 Aug 2025 (vetogate 5474848 of that day: 'اللجنة الهندسية التي شكلها محافظ الشرقية')"),
    ev("compensation-ordered", "وجهت وزارة التضامن الاجتماعي بصرف تعويضات فورية", ZCOLLAPSE, "no own expression; between the collapse and the report of Thu 21 Aug 2025 (my span)", end="2025-08-22"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 403
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
