"""Builds stories.jsonl: the 436-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: labour and workers in Arab countries: minimum-wage and
salary decisions, workers' strikes and sit-ins, work-site deaths and mining accidents, unpaid salaries,
labour-law changes.
Stories: the collapse of the Um Dureisaya gold mine at Fuja near al-Nuhud (West Kordofan, Sudan, December
2021), and the Saudi "improving the contractual relationship" labour reform for expatriate workers (Saudi
Arabia, November 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-fuja-um-dureisaya-mine-collapse-2021
S = "sudan-fuja-um-dureisaya-mine-collapse-2021"
COLLAPSE = "2021-12-28"                    # the Um Dureisaya mine at Fuja (al-Nuhud) collapsed on Tue 28 Dec 2021
CLOSED = ("2021-01-01", COLLAPSE)          # closed by the state after an earlier collapse (four dead in January 2021), some time before
art(S, "https://rtarabic.com/middle_east/1309256-%D9%85%D9%82%D8%AA%D9%84-31-%D8%B4%D8%AE%D8%B5%D8%A7-%D8%A8%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D9%86%D8%AC%D9%85-%D8%B0%D9%87%D8%A8-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86",
    "2021-12-28", "no date line on the stored page (its menus are of a later crawl); the body's 'في بيان أصدرته اليوم الثلاثاء' for the company's statement of 38 dead, which was issued on the day of the collapse, Tue 28 Dec 2021 (nwafez of Wed 29: 'انهار مساء أمس الثلاثاء'); the site menus dropped; headline kept from the page; the last, truncated sentence of the statement dropped", True, """
مقتل 38 شخصا في انهيار منجم للذهب بالسودان
قضى 38 شخصا إثر انهيار منجم للذهب بالقرب من مدينة النهود في ولاية غرب كردفان، على مسافة تقارب 500 كيلومتر إلى الغرب من العاصمة الخرطوم.
وجاء في بيان أصدرته اليوم الثلاثاء الشركة السودانية للموارد المعدنية المحدودة، وهي الهيئة الحكومية التي تراقب أنشطة التعدين: "يحتسب المدير العام للشركة السودانية للموارد المعدنية المحدودة، ومدير مكتبها في ولاية غرب كردفان والعاملون فيها، عند الله تعالى 38 من المعدنين التقليديين الذين قضوا في انهيار منجم أم دريساية بوحدة فوجا الإدارية التابعة لمحلية النهود في ولاية غرب كردفان".
""", [
    ev("mine-collapse", "قضى 38 شخصا إثر انهيار منجم للذهب", COLLAPSE, "no own expression; the collapse of Tue 28 Dec 2021, the day of the statement ('اليوم الثلاثاء')"),
    ev("smrc-38-statement", "وجاء في بيان أصدرته اليوم الثلاثاء", COLLAPSE, "'اليوم الثلاثاء' = Tue 28 Dec 2021"),
])
art(S, "https://nwafez.com/40-%D9%82%D8%AA%D9%8A%D9%84%D8%A7%D9%8B-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D9%86%D8%AC%D9%85-%D8%B0%D9%87%D8%A8-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF/",
    "2021-12-29", "no date line on the stored page; the body's 'انهار مساء أمس الثلاثاء' and 'أعلن أمس' for the collapse and the first toll of Tue 28 Dec 2021 give Wed 29 Dec 2021 (28 Dec 2021 was a Tuesday); the section tag 'عربي' and the sub-heading dropped; headline kept from the page; the last, truncated sentence shortened", True, """
حصيلة انهيار منجم ذهب في السودان ترتفع إلى 40 قتيلا
قتل ما لا يقل عن 40 شخصا في انهيار منجم أم دريساية للذهب في وحدة فوجا الإدارية بالقرب من مدينة النهود في غرب السودان.
وذكرت وسائل إعلام سودانية أن المنجم، الذي يقع قرب النهود في ولاية غرب كردفان على بعد نحو 500 كيلومتر غربي الخرطوم، انهار مساء أمس الثلاثاء في وقت كان فيه عدد كبير من العمال داخله، فسقط عدد كبير من الضحايا.
وكان خالد ضحوي، مدير فرع الشركة السودانية للموارد المعدنية، قد أعلن أمس أن الانهيار أوقع 31 قتيلا في حصيلة أولية، متوقعا أن يرتفع العدد أكثر لوجود عدد من المفقودين.
وفي الوقت نفسه، أوردت الشركة السودانية للموارد المعدنية المحدودة، الجهاز الحكومي الرقابي على التعدين، في بيان: "يحتسب المدير العام للشركة ومدير مكتبها في ولاية غرب كردفان والعاملون فيها عند الله تعالى 38 من المعدنين التقليديين الذين استشهدوا جراء انهيار منجم أم دريساية".
وأضاف البيان أن المنجم الذي شهد الحادث المفجع كانت حكومة ولاية غرب كردفان قد أغلقته ومنعت العمل فيه.
""", [
    ev("mine-collapse", "انهار مساء أمس الثلاثاء في وقت كان فيه عدد كبير من العمال", COLLAPSE, "'مساء أمس الثلاثاء' in an article of Wed 29 Dec 2021 = Tue 28 Dec"),
    ev("dahawi-31-toll", "قد أعلن أمس أن الانهيار أوقع 31 قتيلا", COLLAPSE, "'أمس' from Wed 29 Dec 2021 = Tue 28 Dec"),
    ev("smrc-38-statement", "أوردت الشركة السودانية للموارد المعدنية المحدودة", COLLAPSE, "no own expression; the company's statement of 38 dead, issued on Tue 28 Dec 2021 (rtarabic 'اليوم الثلاثاء')"),
    ev("mine-closed", "كانت حكومة ولاية غرب كردفان قد أغلقته ومنعت العمل فيه", CLOSED[0], "no own expression; the closure followed an earlier collapse in the same mine (four dead in January 2021, arabi21), some time before the accident (my span Jan - 27 Dec 2021)", end=CLOSED[1]),
])
art(S, "https://arabi21.co.uk/story/1407354/%D9%85%D9%82%D8%AA%D9%84-%D8%A7%D9%84%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A8%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D9%86%D8%AC%D9%85-%D9%84%D9%84%D8%B0%D9%87%D8%A8-%D8%BA%D8%B1%D8%A8-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86",
    "2021-12-28", "no date on the stored page; the report carries only the first toll of 31 given by Khalid Dahawi on Tue 28 Dec 2021 (nwafez of Wed 29: 'أعلن أمس أن حادث الانهيار أدى إلى مقتل 31 شخصاً كحصيلة أولية') and the company's Facebook statement of that day, so it was published on Tue 28 Dec 2021; the cookie notice dropped; headline rendered from the URL slug; no date of its own in the text", False, """
مقتل العشرات في انهيار منجم للذهب غرب السودان
أفاد مسؤول في قطاع التعدين في السودان بأن 31 شخصا على الأقل لقوا حتفهم في انهيار منجم أهلي للذهب في غرب البلاد.
وقال خالد ضحوية، مدير الشركة السودانية للموارد المعدنية الحكومية في ولاية غرب كردفان، إنه "جرى انتشال 31 جثة بعد انهيار منجم للتعدين الأهلي عن الذهب في منطقة محلية النهود بولاية غرب كردفان، ولم ينج إلا شخص واحد".
وذكر مسؤول آخر في الشركة أن أربعة من عمال المناجم لقوا حتفهم في المنجم نفسه في يناير/ كانون الثاني الماضي.
وأوضحت الشركة في بيان نشرته على فيسبوك أن منجم أم دريساية بوحدة فوجا الإدارية، حيث وقع الحادث، سبق أن أغلقته حكومة ولاية غرب كردفان ولجنة أمن الولاية ومنعتا العمل فيه لأنه لم يعد صالحا للتعدين بعد الانهيار.
وبيّنت أن قوى أمنية تولت حراسة المنجم لفترة من الوقت، ثم سحبت بعد التثبت من توقف النشاط التعديني فيه تماما، فعاد المعدنون إلى التسلل إليه والعمل فيه مجددا وبأعداد كبيرة، مستغلين انشغال القوات الأمنية باحتواء تداعيات الانفلات الأمني الذي عرفته ولاية غرب كردفان بسبب الصراعات القبلية المتكررة.
""", [
    ev("dahawi-31-toll", "أن 31 شخصا على الأقل لقوا حتفهم", COLLAPSE, "no own expression; Dahawi's first toll of Tue 28 Dec 2021 (nwafez: 'أعلن أمس' on Wed 29)"),
    ev("mine-collapse", "في انهيار منجم أهلي للذهب في غرب البلاد", COLLAPSE, "no own expression; the collapse of Tue 28 Dec 2021 (nwafez 'مساء أمس الثلاثاء')"),
    ev("january-collapse-four-dead", "أربعة من عمال المناجم لقوا حتفهم في المنجم نفسه", "2021-01-01", "'في يناير/ كانون الثاني الماضي' from Dec 2021 = January 2021 (the month only)", end="2021-02-01"),
    ev("mine-closed", "سبق أن أغلقته حكومة ولاية غرب كردفان ولجنة أمن الولاية", CLOSED[0], "no own expression; after the January 2021 collapse and before the accident (my span Jan - 27 Dec 2021)", end=CLOSED[1]),
    ev("miners-return", "فعاد المعدنون إلى التسلل إليه والعمل فيه مجددا", CLOSED[0], "no own expression; after the closure and the withdrawal of the guards, before Tue 28 Dec 2021 (my span Jan - 27 Dec 2021)", end=CLOSED[1]),
])

# ---------------------------------------------------------------- saudi-contractual-relationship-initiative-2020
S = "saudi-contractual-relationship-initiative-2020"
LAUNCH = "2020-11-04"                      # the ministry launched the initiative on Wed 4 Nov 2020
IN_FORCE = "2021-03-14"                    # it came into force on Sun 14 Mar 2021
art(S, "https://sauress.com/okaz/2047131",
    "2020-11-04", "the body's 'التي أعلنتها اليوم (الأربعاء)' and 'قد أطلقت اليوم' for the launch of the initiative, which was announced on Wed 4 Nov 2020 (4 Nov 2020 was a Wednesday; staging.arabtradeunion.org of Thu 5 Nov: 'أمس الأربعاء'); an Okaz report carried by sauress; headline written from the body (the stored text has none)", True, """
الموارد البشرية: مبادرة تحسين العلاقة التعاقدية للعمالة المهنية فقط
شددت وزارة الموارد البشرية والتنمية الاجتماعية على أن مبادرة «تحسين العلاقة التعاقدية» التي أعلنتها اليوم (الأربعاء) تقتصر على العمالة المهنية في القطاع الخاص.
وأرجعت الوزارة ذلك إلى تحديات واجهتها وستعالجها هذه المبادرة.
وبحسب مقطع فيديو بثته قناة «الإخبارية»، فإن مبادرة تحسين العلاقة التعاقدية للوافدين لا تشمل العمالة المنزلية.
وكانت وزارة الموارد البشرية والتنمية الاجتماعية قد أطلقت اليوم مبادرة تحسين العلاقة التعاقدية، وهي واحدة من مبادرات برنامج التحول الوطني، وترمي إلى دعم رؤية الوزارة في إقامة سوق عمل جاذبة، وتمكين الكفاءات البشرية وتنميتها، وتطوير بيئة العمل.
وتوفر المبادرة ثلاث خدمات أساسية هي: التنقل الوظيفي، وتطوير آليات الخروج والعودة، والخروج النهائي، وتستفيد منها جميع العمالة الوافدة في منشآت القطاع الخاص وفق ضوابط محددة تحفظ حقوق طرفي العلاقة التعاقدية، على أن يبدأ العمل بها في 14 مارس القادم عام 2021.
""", [
    ev("initiative-launch", "التي أعلنتها اليوم (الأربعاء)", LAUNCH, "'اليوم (الأربعاء)' = Wed 4 Nov 2020"),
    ev("domestic-workers-excluded", "لا تشمل العمالة المنزلية", LAUNCH, "no own expression; the clarification aired by al-Ekhbariya on the day of the launch, Wed 4 Nov 2020"),
    ev("initiative-in-force", "على أن يبدأ العمل بها في 14 مارس القادم عام 2021", IN_FORCE, "'14 مارس القادم عام 2021' = Sun 14 Mar 2021"),
])
art(S, "https://staging.arabtradeunion.org/ar/?p=80773",
    "2020-11-05", "no date line on the stored page; the body's 'أمس الأربعاء' for the announcement of Wed 4 Nov 2020 gives Thu 5 Nov 2020 (5 Nov 2020 was a Thursday); headline written from the body (the stored text has none)", True, """
السعودية تعلن مبادرة لتحسين العلاقة التعاقدية للعمال المهاجرين
أعلنت وزارة الموارد البشرية والتنمية الاجتماعية في المملكة العربية السعودية، أمس الأربعاء، "مبادرة تحسين العلاقة التعاقدية" الخاصة بالعاملين المهاجرين في القطاع الخاص.
وسيبدأ العمل بهذه المبادرة في 14 مارس/ آذار 2021، وقد جاءت أياما بعد تداول أنباء عن اتجاه السعودية إلى إلغاء نظام الكفالة.
وأوضحت الوزارة في بلاغها أن "مبادرة تحسين العلاقة التعاقدية واحدة من مبادرات برنامج التحول الوطني، وتهدف إلى دعم رؤية الوزارة في بناء سوق عمل جاذب وتمكين الكفاءات البشرية وتنميتها وتطوير بيئة العمل".
وتابعت أن "المبادرة توفر 3 خدمات رئيسة هي: خدمة التنقل الوظيفي، وتطوير آليات الخروج والعودة والخروج النهائي، ويستفيد من خدماتها جميع العاملين الوافدين في منشآت القطاع الخاص ضمن ضوابط محددة تراعي حقوق طرفي العلاقة التعاقدية".
""", [
    ev("initiative-launch", "في المملكة العربية السعودية، أمس الأربعاء", LAUNCH, "'أمس الأربعاء' in an article of Thu 5 Nov 2020 = Wed 4 Nov"),
    ev("initiative-in-force", "وسيبدأ العمل بهذه المبادرة في 14 مارس/ آذار 2021", IN_FORCE, "'14 مارس/ آذار 2021' = Sun 14 Mar 2021"),
    ev("kafala-abolition-reports", "أياما بعد تداول أنباء عن اتجاه السعودية إلى إلغاء نظام الكفالة", "2020-10-25", "'أياما بعد' before Wed 4 Nov 2020 = the press reports of late October 2020 on ending the kafala (my span 25 Oct - 3 Nov)", end=LAUNCH),
])
art(S, "https://www.alsaudiatoday.com/amp/314/123050-السعودية-تُعلن-عن-مبادرة-جديدة-لتخفيف-القيود-التعاقدية-للوافدين",
    "2020-11-04", "no date on the stored page; the body's 'الأربعاء' (not 'أمس') for the announcement and the deputy minister's press briefing of Wed 4 Nov 2020 point to a report of that day (a wire copy); the '(قد يهمك ايضـــًا)' links dropped; headline kept from the URL slug; no date of its own in the text", False, """
السعودية تعلن مبادرة جديدة لتخفيف القيود التعاقدية على الوافدين
كشفت المملكة العربية السعودية، الأربعاء، عن مبادرة جديدة تخفف القيود التعاقدية المفروضة على الوافدين، إذ أفاد نائب وزير الموارد البشرية في السعودية بأن المملكة ستخفف هذه القيود على العمال الوافدين بما في ذلك حرية الانتقال بين الوظائف.
وذكر عبدالله بن ناصر أبوثنين للصحافيين أن الخطط، التي سيبدأ تطبيقها في مارس 2021، تتضمن منح العمال الوافدين حق مغادرة المملكة من دون إذن صاحب العمل، لافتا إلى أن الغاية هي تعزيز جاذبية سوق العمل في السعودية.
""", [
    ev("initiative-launch", "كشفت المملكة العربية السعودية، الأربعاء، عن مبادرة جديدة", LAUNCH, "'الأربعاء' = Wed 4 Nov 2020"),
    ev("abuthnain-briefing", "وذكر عبدالله بن ناصر أبوثنين للصحافيين", LAUNCH, "no own expression; the deputy minister's press briefing on the day of the launch, Wed 4 Nov 2020"),
    ev("initiative-in-force", "التي سيبدأ تطبيقها في مارس 2021", IN_FORCE, "'في مارس 2021' = the start on Sun 14 Mar 2021 (the month only in this text)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 436
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
