"""Builds stories.jsonl: the 375-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: continental and Arab club football finals: CAF Champions
League, CAF Confederation Cup, Arab Club Champions Cup and AFC finals with Arab clubs.
Stories: al-Ahed's AFC Cup title against April 25 in Kuala Lumpur (Lebanon, November 2019), al-Muharraq's AFC Cup
title against Nasaf in Arad (Bahrain, November 2021), RS Berkane's Confederation Cup title against Orlando Pirates
in Uyo (Morocco, May 2022), and Raja's Mohammed VI Arab Club Champions Cup title against Ittihad Jeddah in Rabat
(Morocco / Saudi Arabia, August 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-ahed-afc-cup-title-2019
S = "lebanon-ahed-afc-cup-title-2019"
FINAL = "2019-11-04"                       # the final in Kuala Lumpur, Mon 4 Nov 2019
art(S, "https://alwakeelnews.com/amp/Section_3/%D9%85%D9%84%D8%A7%D8%B9%D8%A8/%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D9%86%D9%87%D8%A7%D8%A6%D9%8A-%D9%83%D8%A7%D8%B3-%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%A7%D8%B3%D9%8A%D9%88%D9%8A-%D9%84%D9%83%D8%B1%D8%A9-%D8%A7%D9%84%D9%82%D8%AF%D9%85_412996",
    "2019-11-04", "a preview of the final announced for 'اليوم الاثنين' (the final was played on Mon 4 Nov 2019, a Monday); the page's time stamp '10:33 ص' (dropped with the page furniture and the crawl-day line 'الإثنين 2024-11-25') puts it on the morning of the match day; the source tag 'المصدر بترا' dropped; no date of its own in the text", False, """
نهائي كأس الاتحاد الآسيوي لكرة القدم يقام اليوم
يواجه فريق العهد اللبناني نظيره 25 ابريل الكوري الشمالي اليوم الاثنين في المباراة النهائية لكأس الاتحاد الآسيوي لكرة القدم، التي تحتضنها العاصمة الماليزية كوالالمبور.
وكان الاتحاد الآسيوي قد قرر نقل المباراة إلى ماليزيا عوضا عن كوريا الشمالية بسبب العقوبات المفروضة على الأخيرة.
ويخوض الفريقان نهائي المسابقة للمرة الأولى في نسختها السادسة عشرة، في انتظار معرفة هوية البطل.
وكان العهد اللبناني قد حجز مقعده في المباراة النهائية إثر تفوقه على الجزيرة الأردني في مجموع مباراتي الذهاب والإياب في نهائي منطقة غرب آسيا.
يذكر أن الفيصلي سبق له الظفر بلقب كأس الاتحاد الآسيوي مرتين عامي 2005 و2006، في حين نال شباب الأردن اللقب مرة واحدة عام 2007.
""", [
    ev("final-match", "يواجه فريق العهد اللبناني نظيره 25 ابريل الكوري الشمالي اليوم الاثنين", FINAL, "'اليوم الاثنين' of the match day = Mon 4 Nov 2019"),
    ev("west-zone-final", "إثر تفوقه على الجزيرة الأردني في مجموع مباراتي الذهاب والإياب", "2019-09-01", "no own expression ('قد حجز', pluperfect); the West Asia zonal final of autumn 2019 (two legs before the November final); exact days not checked, my span Sep-Oct 2019", end="2019-11-01"),
    ev("faisaly-titles", "سبق له الظفر بلقب كأس الاتحاد الآسيوي مرتين عامي 2005 و2006", "2005-01-01", "'عامي 2005 و2006': the two titles of al-Faisaly, a span over both years", end="2007-01-01"),
])
art(S, "https://www.eremnews.com/sports/football/international/2035029",
    "2019-11-04", "page stamp 'date 2019-11' (month only, dropped) with the body's 'اليوم الإثنين' for the final of Mon 4 Nov 2019 (4 Nov 2019 was a Monday); no headline in the stored text (none written); the inner sub-heading 'سيطرة العهد' and the truncated last paragraph dropped", True, """
أحرز العهد اللبناني لقب كأس الاتحاد الآسيوي لكرة القدم للمرة الأولى في تاريخه، إثر تغلبه 1/0 على فريق 25 أبريل القادم من كوريا الشمالية في المباراة النهائية التي احتضنتها العاصمة الماليزية كوالالمبور، اليوم الإثنين.
وصار العهد أول نادٍ لبناني يظفر باللقب، مع أنه ثالث فريق من لبنان يبلغ المباراة النهائية بعد النجمة عام 2005 والصفاء عام 2008.
وأتى هدف الفوز عن طريق الغاني عيسى يعقوبو بضربة رأس في الدقيقة 74.
وأكمل الفريق الكوري الشمالي اللقاء بعشرة لاعبين منذ الدقيقة 26، إثر طرد حارسه آن تاي-سونغ لعرقلته المهاجم أحمد زريق المنفرد خارج منطقة الجزاء، كما احتسب الحكم ركلة حرة سددها نور منصور بقوة فوق العارضة.
ولم تهتز شباك العهد للمباراة الخامسة تواليا في أدوار خروج المغلوب، والتاسعة في البطولة، ليحرز اللقب دون أن يتعرض لأي خسارة في 11 مباراة.
""", [
    ev("final-match", "أحرز العهد اللبناني لقب كأس الاتحاد الآسيوي لكرة القدم للمرة الأولى", FINAL, "'اليوم الإثنين' = Mon 4 Nov 2019"),
    ev("lebanese-finals-before", "بعد النجمة عام 2005 والصفاء عام 2008", "2005-01-01", "'عام 2005' and 'عام 2008': the finals lost by Nejmeh and al-Safa, a span over both years", end="2009-01-01"),
    ev("yakubu-goal", "وأتى هدف الفوز عن طريق الغاني عيسى يعقوبو", FINAL, "the 74th minute of the final of Mon 4 Nov 2019"),
    ev("keeper-sent-off", "إثر طرد حارسه آن تاي-سونغ", FINAL, "the 26th minute of the final of Mon 4 Nov 2019"),
    ev("mansour-free-kick", "احتسب الحكم ركلة حرة سددها نور منصور", FINAL, "during the final of Mon 4 Nov 2019 (the free kick after the sending-off)"),
])
art(S, "https://sadasour.net/archives/121813",
    "2019-11-04", "the body's 'اليوم الإثنين' for the final of Mon 4 Nov 2019 (the report was written on the match day); no date line on the stored page; headline written from the body (the stored text has none); the sub-heading 'الشوط الأول' and the truncated sentence of the 40th minute dropped; no date of its own in the text", False, """
العهد يتوج بكأس الاتحاد الآسيوي على حساب 25 أبريل
ظفر نادي العهد اللبناني بكأس الاتحاد الآسيوي 2019 بعد انتصاره (1-0) اليوم الإثنين على 25 أبريل الكوري الشمالي، في اللقاء الذي احتضنه ملعب كوالالمبور ستاديوم بماليزيا.
وأحرز عيسى يعقوبو هدف العهد الوحيد في الدقيقة 74، منتزعا لفريقه اللقب الثمين من بطل كوريا الشمالية.
وافتتح الفريق اللبناني محاولاته في الدقيقة 5، حين وصلت تمريرة دقيقة من ربيع عطايا إلى أحمد زريق فسدد بقوة كرة مرت على بعد سنتيمترات من القائم الأيسر للحارس أن تاي سونج.
وسعى الكوري شو شول سو إلى مفاجأة دفاع العهد بتسديدة من خارج المنطقة مرت بجوار المرمى.
وفي الدقيقة 16 أنقذ الحارس آن تاي سونج مرماه من هدف مؤكد، إذ ارتدت منه تسديدة قوية لربيع عطايا فتابعها أحمد العكايشي وأبعدها الحارس ببراعة إلى ركنية.
وفي الدقيقة 26 نال الحارس شو شول آن البطاقة الحمراء، بعدما عرقل أحمد زريق المنفرد بالمرمى إثر تمريرة من حسين دقيق، فغادر الملعب مطرودا.
ونفذ نور منصور الضربة الحرة في الدقيقة 29 فعلت عارضة الحارس البديل سين تاي سونج.
""", [
    ev("final-match", "ظفر نادي العهد اللبناني بكأس الاتحاد الآسيوي 2019", FINAL, "'اليوم الإثنين' = Mon 4 Nov 2019"),
    ev("yakubu-goal", "وأحرز عيسى يعقوبو هدف العهد الوحيد في الدقيقة 74", FINAL, "the 74th minute of the final of Mon 4 Nov 2019"),
    ev("keeper-sent-off", "نال الحارس شو شول آن البطاقة الحمراء", FINAL, "'في الدقيقة 26' of the final of Mon 4 Nov 2019"),
    ev("mansour-free-kick", "ونفذ نور منصور الضربة الحرة في الدقيقة 29", FINAL, "'في الدقيقة 29' of the final of Mon 4 Nov 2019"),
])
art(S, "https://www.independentarabia.com/node/69326",
    "2019-11-05", "the body's 'مساء أمس الاثنين' for the final of Mon 4 Nov 2019 gives Tue 5 Nov 2019 (a Tuesday); headline and sub-heading of the page joined into one line; the photo caption '(أ.ف.ب.)', the 'اقرأ المزيد' box and the truncated last sentence dropped", True, """
العهد اللبناني يحرز كأس الاتحاد الآسيوي: أول لقب قاري لنادٍ لبناني ومهدي خليل أفضل حارس
سطّر نادي العهد اللبناني اسمه في تاريخ كرة القدم ببلاده، إذ توّج مساء أمس الاثنين بأول لقب قاري في اللعبة يناله فريق لبناني.
وتغلب العهد على نظيره الكوري الشمالي 25 أبريل بهدف من دون رد في المباراة التي جمعتهما على ملعب كوالالمبور استاديوم في ماليزيا، ليظفر بكأس الاتحاد الآسيوي 2019.
ومرت الكرة اللبنانية خلال الفترة الأخيرة بأوقات عصيبة جراء التظاهرات والاحتجاجات التي تشهدها البلاد، الأمر الذي حمل الاتحاد اللبناني لكرة القدم على تجميد كل مسابقاته إلى أجل غير مسمى.
وكان الاتحاد اللبناني للعبة قد أعلن إرجاء كل مباريات الدرجتين الأولى والثانية ودوري الفئات العمرية والكرة النسائية بسبب التظاهرات، ثم أعاد جدولة المرحلة الرابعة من دوري الدرجة الأولى بعد استقالة الحكومة، ومن المرتقب أن تستعيد الكرة اللبنانية نشاطها في 7 نوفمبر (تشرين الثاني) الحالي.
""", [
    ev("final-match", "إذ توّج مساء أمس الاثنين بأول لقب قاري", FINAL, "'مساء أمس الاثنين' in an article of Tue 5 Nov 2019 = Mon 4 Nov"),
    ev("lebanon-protests", "جراء التظاهرات والاحتجاجات التي تشهدها البلاد", "2019-10-17", "'خلال الفترة الأخيرة': the protests that began on Thu 17 Oct 2019 and were still going on (outside knowledge); my span up to the article's day", end="2019-11-06"),
    ev("competitions-frozen", "حمل الاتحاد اللبناني لكرة القدم على تجميد كل مسابقاته", "2019-10-18", "no own expression; the federation's freeze after the start of the protests (17 Oct 2019); exact day not checked, my span 18 Oct - 4 Nov 2019", end="2019-11-05"),
    ev("government-resignation", "بعد استقالة الحكومة", "2019-10-29", "no own expression; Saad Hariri's government resigned on Tue 29 Oct 2019 (outside knowledge)"),
    ev("league-resumes", "أن تستعيد الكرة اللبنانية نشاطها في 7 نوفمبر (تشرين الثاني) الحالي", "2019-11-07", "'7 نوفمبر (تشرين الثاني) الحالي' = Thu 7 Nov 2019 (planned)"),
])

# ---------------------------------------------------------------- bahrain-muharraq-afc-cup-title-2021
S = "bahrain-muharraq-afc-cup-title-2021"
FINAL = "2021-11-05"                       # the final in Arad, Fri 5 Nov 2021, kick-off 19:00
M2008 = ("2008-10-01", "2008-11-06")       # al-Muharraq's first title, the two legs against al-Safa (Oct-Nov 2008)
F2006 = ("2006-09-15", "2006-11-15")       # the 2006 final lost to al-Faisaly (two legs, autumn 2006)
art(S, "https://alwatannews.net/sports/article/972411/المحرق-يواجه-ناساف-الأوزبكي-في-نهائي-كأس-الاتحاد-الآسيوي",
    "2021-11-04", "a preview announcing the final for 'مساء غد \"الجمعة\"' (the final was played on Fri 5 Nov 2021), so written on Thu 4 Nov 2021 (a Thursday); headline rendered from the URL slug; the truncated last sentence completed to its subject only; no date of its own in the text", False, """
المحرق يواجه ناساف الأوزبكي في نهائي كأس الاتحاد الآسيوي
يستقبل المحرق البحريني فريق ناساف كارشي الأوزبكستاني مساء غد "الجمعة" على ستاد الشيخ علي بن محمد آل خليفة في عراد، في المباراة النهائية لبطولة كأس الاتحاد الآسيوي لكرة القدم 2021.
ويخوض ممثل الكرة البحرينية مواجهته مع الفريق الأوزبكي واضعا نصب عينيه لقب كأس الاتحاد الآسيوي ليكرر إنجاز عام 2008، وتنطلق صافرة البداية عند الساعة 7:00 مساءً وسط ترقب لحضور جماهيري حاشد يملأ مدرجات الملعب، بعد حملة تحشيد واسعة سبقت اللقاء في أوساط الجماهير البحرينية.
ويتطلع المحرق بقيادة مدربه الوطني عيسى السعدون إلى إحراز اللقب للمرة الثانية بعد ثلاثة عشر عاماً، غير أن المهمة لن تكون يسيرة أمام منافس عنيد، إذ يعول الفريق البحريني على عدد من اللاعبين الدوليين مثل الحارس سيد محمد جعفر وعبدالوهاب المالود ووليد الحيام وراشد الحوطي، إلى جانب المحترفين البرازيلي فلافيو شيفريسان والأردنيين نور الروابدة ومحمود المرضي.
وتعد هذه المواجهة الأولى بين المحرق وناساف في تاريخ المسابقة، ويسعى الفريق البحريني إلى المنافسة على اللقب للمرة الثالثة، بعدما بلغ النهائي في نسخة 2006 وخسره أمام الفيصلي الأردني، ثم عاد في نسخة 2008 ليحرز اللقب للمرة الأولى.
""", [
    ev("final-match", "يستقبل المحرق البحريني فريق ناساف كارشي الأوزبكستاني مساء غد \"الجمعة\"", FINAL, "'مساء غد \"الجمعة\"' in an article of Thu 4 Nov 2021 = Fri 5 Nov"),
    ev("kick-off", "وتنطلق صافرة البداية عند الساعة 7:00 مساءً", FINAL, "'عند الساعة 7:00 مساءً' of the match day, Fri 5 Nov 2021"),
    ev("faisaly-2006-final", "بلغ النهائي في نسخة 2006 وخسره أمام الفيصلي الأردني", F2006[0], "'في نسخة 2006': the two legs of the 2006 final in autumn 2006 (my span, mid-Sep - mid-Nov)", end=F2006[1]),
    ev("muharraq-2008-title", "ثم عاد في نسخة 2008 ليحرز اللقب للمرة الأولى", M2008[0], "'في نسخة 2008': the two legs against al-Safa, Oct-Nov 2008 (my span)", end=M2008[1]),
])
art(S, "https://kooraday.com/afc-football/%d9%85%d8%a8%d8%a7%d8%b1%d8%a7%d8%a9-%d8%a7%d9%84%d9%85%d8%ad%d8%b1%d9%82-%d9%88%d9%86%d8%a7%d8%b3%d8%a7%d9%81-%d8%a7%d9%84%d9%8a%d9%88%d9%85",
    "2021-11-05", "the body's 'مساء اليوم الجمعة 5 نوفمبر 2021' (kept; 5 Nov 2021 was a Friday); headline rendered from the URL slug ('مباراة المحرق وناساف اليوم'); the truncated last sentence dropped", True, """
مباراة المحرق وناساف اليوم
تتجه الأنظار صوب استاد الشيخ علي بن محمد آل خليفة لمتابعة لقاء المحرق البحريني وناساف كارشي الأوزبكي في نهائي كأس الإتحاد الآسيوي لكرة القدم، الذي يقام مساء اليوم الجمعة 5 نوفمبر 2021.
ويتطلع المحرق إلى الظفر بلقب كأس الإتحاد الآسيوي حين يستضيف منافسه الأوزبكستاني هذا المساء، آملا في تكرار الإنجاز الذي حققه بتتويجه باللقب عام 2008، وقد بلغ المحرق البحريني المباراة النهائية بعد تغلبه على نادي الكويت بهدفين نظيفين.
وسبق للمحرق أن وصل إلى نهائي كأس الاتحاد الآسيوي مرتين، الأولى عام 2006 حين خسر أمام الفيصلي الأردني 2-0، ثم أحرز لقبه الأول بفوزه على الصفاء اللبناني 10-5 في مجموع مباراتي الذهاب والإياب، وهو يسعى إلى اللقب الثاني في ثالث نهائي يخوضه في تاريخه.
ويعتمد المدير الفني الوطني عيسى السعدون على تشكيلة من اللاعبين المميزين تضم محترفين، مثل الحارس سيد محمد جعفر وعبد الوهاب المالود ووليد الحيام وراشد الحوطي، إلى جانب البرازيلي فلافيو شيفريسان والأردنيين نور الروابدة ومحمود المرضي.
""", [
    ev("final-match", "لمتابعة لقاء المحرق البحريني وناساف كارشي الأوزبكي", FINAL, "'مساء اليوم الجمعة 5 نوفمبر 2021'"),
    ev("muharraq-2008-title", "الإنجاز الذي حققه بتتويجه باللقب عام 2008", M2008[0], "'عام 2008': the two legs against al-Safa, Oct-Nov 2008 (my span)", end=M2008[1]),
    ev("kuwait-zone-final", "بعد تغلبه على نادي الكويت بهدفين نظيفين", "2021-08-15", "no own expression; the West Asia zonal final against al-Kuwait, played before the November final; exact day not checked, my span mid-Aug - Oct 2021", end="2021-11-01"),
    ev("faisaly-2006-final", "الأولى عام 2006 حين خسر أمام الفيصلي الأردني 2-0", F2006[0], "'عام 2006': the 2006 final, autumn 2006 (my span)", end=F2006[1]),
])
art(S, "https://alamssar.com/92441",
    "2021-11-05", "the body's 'مساء اليوم الجمعة' for the final of Fri 5 Nov 2021 (a Friday), written that evening; no date line on the stored page; headline kept from the page; the truncated last sentence (the cancelled 2020 edition) cut after 2019; the spelling 'نسف قرشي' kept; no date of its own in the text", False, """
المحرق البحريني يحرز كأس الاتحاد الآسيوي للمرة الثانية في تاريخه
نال فريق المحرق البحريني لقب النسخة الحالية من كأس الاتحاد الآسيوي، إثر تغلبه على ناساف كارشي الأوزبكي بثلاثة أهداف نظيفة، في اللقاء الذي جمعهما على ستاد "الشيخ على بن حمد آل خليفة" مساء اليوم الجمعة، في نهائي البطولة للموسم الجاري 2020-2021.
وسجل محمود مرضي هدف التقدم للمحرق البحريني في الدقيقة 2 من بداية اللقاء، وأضاف حسين جميل الهدف الثاني في الدقيقة 74، قبل أن يكمل فلافيو الثلاثية في الدقيقة 80، ليحرز المحرق لقبه الثاني بعد نسخة 2008.
في المقابل أخفق نسف قرشي في إحراز لقبه الثاني بعد نسخة 2011.
وكان المحرق البحريني قد تجاوز الكويت الكويتي 2-0 في نهائي منطقة غرب آسيا، بينما تغلب ناساف كارشي الأوزبكي على لي مان (هونج كونج) 3-2 في نصف نهائي بقية المناطق، ليبلغ المباراة النهائية.
وخاض المحرق البحريني ثالث نهائي له في كأس الاتحاد الآسيوي، بعد خسارته في 2006 أمام الفيصلي الأردني، وفوزه في 2008 على الصفاء اللبناني.
وواصلت الأندية العربية هيمنتها على المسابقة للنسخة الخامسة تواليا، بعد القوة الجوية العراقي (3 مرات متتالية)، والعهد اللبناني في 2019.
""", [
    ev("final-match", "نال فريق المحرق البحريني لقب النسخة الحالية من كأس الاتحاد الآسيوي", FINAL, "'مساء اليوم الجمعة' = Fri 5 Nov 2021"),
    ev("mardi-goal", "وسجل محمود مرضي هدف التقدم للمحرق البحريني في الدقيقة 2", FINAL, "'في الدقيقة 2' of the final of Fri 5 Nov 2021"),
    ev("kuwait-zone-final", "قد تجاوز الكويت الكويتي 2-0 في نهائي منطقة غرب آسيا", "2021-08-15", "no own expression ('قد تجاوز', pluperfect); the West Asia zonal final, before the November final; my span mid-Aug - Oct 2021", end="2021-11-01"),
    ev("faisaly-2006-final", "بعد خسارته في 2006 أمام الفيصلي الأردني", F2006[0], "'في 2006': the 2006 final, autumn 2006 (my span)", end=F2006[1]),
    ev("ahed-2019-title", "والعهد اللبناني في 2019", "2019-11-04", "'في 2019': al-Ahed's title in the final of Mon 4 Nov 2019 (outside knowledge)"),
])
art(S, "https://al-ain.com/article/1636135075",
    "2021-11-05", "the article number in the URL is a Unix time stamp, 1636135075 = 2021-11-05 17:57 UTC (20:57 in Bahrain, right after the final of Fri 5 Nov 2021); the body's '(الجمعة)' agrees; headline kept from the page; the typos 'باللقبب' and 'عللى' corrected; the last, truncated statistics sentence kept only up to its full stop", True, """
المحرق البحريني يحرز كأس الاتحاد الآسيوي للمرة الثانية
أحرز فريق المحرق البحريني لقب كأس الاتحاد الآسيوي للمرة الثانية في تاريخه، بعد تغلبه على ناساف كارشي الأوزبكي بنتيجة 3-0.
وفي النهائي الذي جمع الفريقين على استاد الشيخ علي بن محمد آل خليفة (الجمعة)، باغت المحرق منافسه بهدف بعد دقيقتين فقط من صافرة البداية عن طريق محمود مرضي.
وأضاف حسين جميل شمسان وفلافيو كاريوكا الهدفين الثاني والثالث في الدقيقتين 74 و80 من الشوط الثاني، ليحسما للفريق البحريني لقبه الثاني في البطولة.
وكان المحرق، الذي خاض ثالث نهائي له في كأس الاتحاد الآسيوي، قد أحرز أول ألقابه في البطولة عام 2008 على حساب الصفاء اللبناني.
وخسر الفريق البحريني نهائيه الأول في المسابقة أمام الفيصلي الأردني عام 2006، قبل أن يظفر بلقبه الأول بعد ذلك بعامين.
وبانتصاره على ناساف 3-0 عادل المحرق أطول سلسلة تهديفية له في البطولة، إذ سجل للمباراة الـ12 على التوالي.
""", [
    ev("final-match", "أحرز فريق المحرق البحريني لقب كأس الاتحاد الآسيوي للمرة الثانية", FINAL, "'(الجمعة)' = Fri 5 Nov 2021 (URL time stamp)"),
    ev("mardi-goal", "باغت المحرق منافسه بهدف بعد دقيقتين فقط من صافرة البداية", FINAL, "'بعد دقيقتين' of the final of Fri 5 Nov 2021"),
    ev("muharraq-2008-title", "قد أحرز أول ألقابه في البطولة عام 2008", M2008[0], "'عام 2008': Oct-Nov 2008 (my span)", end=M2008[1]),
    ev("faisaly-2006-final", "وخسر الفريق البحريني نهائيه الأول في المسابقة", F2006[0], "'عام 2006': autumn 2006 (my span)", end=F2006[1]),
])

# ---------------------------------------------------------------- morocco-berkane-confederation-cup-uyo-2022
S = "morocco-berkane-confederation-cup-uyo-2022"
FINAL = "2022-05-20"                       # the final in Uyo (Nigeria), Fri 20 May 2022, 20:00 Moroccan time
art(S, "https://www.eremnews.com/sports/football/arab/maghreb/2382794",
    "2022-05-20", "page stamp 'date 2022-05' (month only, dropped) with the body's 'اليوم الجمعة' for the final of Fri 20 May 2022 (a Friday); no headline in the stored text (none written); the sub-headings 'الموعد والقنوات الناقلة' and 'مشوار الفريقين' dropped; the slip 'الساعة 2022' (for 22:00) kept verbatim; the truncated group-stage sentence cut after its first clause; no date of its own in the text", False, """
يسدل الستار اليوم الجمعة على منافسات كأس الكونفدرالية الأفريقية لهذا الموسم بالمباراة النهائية التي تجمع أورلاندو بيراتيس الجنوب أفريقي ونهضة بركان المغربي.
وتستعرض شبكة "إرم نيوز" في هذا التقرير أبرز ما يميز مواجهة نهائي الكونفدرالية بين أورلاندو بيراتيس ونهضة بركان.
وتنطلق المباراة الساعة 2022 بتوقيت مكة المكرمة (20:00 بتوقيت المغرب) على ملعب (جودسويل أكبابيو) الدولي في نيجيريا، الذي نال حق استضافة اللقاء النهائي للكونفدرالية.
ويقود اللقاء الحكم الزامبي جاني سيكازوي الذي اختاره الاتحاد الأفريقي لكرة القدم (كاف).
وتبث المباراة قناة بي إن سبورتس 3 بتعليق جواد بده.
واستهل نهضة بركان مسيرته في كأس الكونفدرالية بتجاوز اتحاد بن قردان التونسي، إذ فاز 1/0 في تونس ثم 4-0 في المغرب في دور الـ32 للبطولة.
وأقصى نهضة بركان الجيش الرواندي في دور الـ32 الإضافي، بعد تعادل سلبي في رواندا وفوز 2/1 في المغرب.
ثم تصدر نهضة بركان المجموعة الرابعة في دور المجموعات برصيد 10 نقاط.
""", [
    ev("final-match", "يسدل الستار اليوم الجمعة على منافسات كأس الكونفدرالية الأفريقية", FINAL, "'اليوم الجمعة' = Fri 20 May 2022"),
    ev("kick-off", "وتنطلق المباراة الساعة 2022 بتوقيت مكة المكرمة (20:00 بتوقيت المغرب)", FINAL, "'(20:00 بتوقيت المغرب)' of Fri 20 May 2022 ('الساعة 2022' is a slip for 22:00 Mecca time)"),
    ev("ben-guerdane-round", "بتجاوز اتحاد بن قردان التونسي", "2021-10-15", "no own expression; the second preliminary round of the 2021-22 Confederation Cup, mid-late October 2021 (outside knowledge, my span)", end="2021-10-26"),
    ev("apr-playoff", "وأقصى نهضة بركان الجيش الرواندي في دور الـ32 الإضافي", "2021-11-26", "no own expression; the play-off round of late Nov - early Dec 2021 (outside knowledge, my span)", end="2021-12-06"),
    ev("group-stage", "ثم تصدر نهضة بركان المجموعة الرابعة في دور المجموعات", "2022-02-13", "no own expression; the group stage of 13 Feb - 3 Apr 2022 (outside knowledge, my span)", end="2022-04-04"),
])
art(S, "http://ar.sport.le360.ma/coupe-de-la-caf/124530",
    "2022-05-20", "page date line '20/05/2022 … على الساعة 22h52 | تحديث 20/05/2022 على الساعة 23h18' (kept without the author's name; 20 May 2022 was a Friday); headline kept from the page; the last, truncated words completed from the known final of 2021 ('شبيبة القبائل')", True, """
نهضة بركان يبقي لقب الكونفيدرالية في المغرب للسنة الثالثة على التوالي
20/05/2022 على الساعة 22h52 | تحديث 20/05/2022 على الساعة 23h18
أحرز النهضة الرياضية البركانية كأس الكونفدرالية الإفريقية إثر فوزه في النهائي على أورلاندو بيراتس الجنوب إفريقي، في اللقاء الذي احتضنه ملعب "غودسويل أكبابيو" بمدينة أويو النيجيرية.
وأفلح نهضة بركان في إبقاء لقب كأس الاتحاد الأفريقي (الكونفيدرالية) في المغرب للعام الثالث على التوالي، بعدما تغلب على أورلاندو بايرتس الجنوب أفريقي بركلات الترجيح، إثر انتهاء الوقتين الأصلي والإضافي بالتعادل بهدف لكل فريق.
وكان نهضة بركان البادئ بالتسجيل عن طريق يوسف الفحلي في الشوط الإضافي الأول، قبل أن يعادل الفريق الجنوب إفريقي النتيجة بواسطة ثيمبينكوسي لورش في الدقيقة 118.
وتمكنت كتيبة المدرب الكونغولي فلوران إيبنغي من إحراز اللقب القاري الثاني في تاريخ الفريق البركاني، بعدما ظفر به قبل عامين على حساب بيراميدز المصري، لتبقى كأس الكونفيدرالية بحوزة الأندية المغربية للعام الثالث تواليا، بعد أن أحرز الرجاء الرياضي النسخة الماضية على حساب شبيبة القبائل.
""", [
    ev("final-match", "أحرز النهضة الرياضية البركانية كأس الكونفدرالية الإفريقية", FINAL, "date line '20/05/2022' (Fri)"),
    ev("penalty-shootout", "بعدما تغلب على أورلاندو بايرتس الجنوب أفريقي بركلات الترجيح", FINAL, "the shoot-out at the end of the final of Fri 20 May 2022"),
    ev("fahli-goal", "عن طريق يوسف الفحلي في الشوط الإضافي الأول", FINAL, "'في الشوط الإضافي الأول' of the final of Fri 20 May 2022"),
    ev("lorch-equaliser", "بواسطة ثيمبينكوسي لورش في الدقيقة 118", FINAL, "'في الدقيقة 118' of the final of Fri 20 May 2022"),
    ev("pyramids-2020-final", "بعدما ظفر به قبل عامين على حساب بيراميدز المصري", "2020-10-25", "'قبل عامين' = the 2020 final against Pyramids in Rabat, Sun 25 Oct 2020 (outside knowledge)"),
    ev("raja-2021-final", "بعد أن أحرز الرجاء الرياضي النسخة الماضية", "2021-07-10", "'النسخة الماضية' = Raja's final against JS Kabylie in Cotonou, Sat 10 Jul 2021 (outside knowledge)"),
])
art(S, "https://m.dotsport.live/2022/05/21/%d8%b1%d8%b3%d9%85%d9%8a%d8%a7%d9%8b-%d9%86%d9%87%d8%b6%d8%a9-%d8%a8%d8%b1%d9%83%d8%a7%d9%86-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8%d9%8a-%d8%a8%d8%b7%d9%84%d8%a7-%d9%84%d9%83%d8%a3%d8%b3-%d8%a7%d9%84",
    "2022-05-21", "page date line '21 مايو 2022 - 8:25 ص' (kept; 21 May 2022 was a Saturday) and '/2022/05/21/' in the URL; headline kept from the page; the repeated sub-title and the link to an unrelated Ahly article dropped; the spelling slips of the page smoothed in the re-wording", True, """
رسمياً: نهضة بركان المغربي يحرز كأس الكونفدرالية الإفريقية 2022
21 مايو 2022 - 8:25 ص
أفلح الفريق المغربي نهضة بركان في الظفر بلقب كأس الكونفدرالية الإفريقية إثر فوزه على أورلاندو الجنوب إفريقي.
وانتهى الوقت الأصلي لمباراة نهضة بركان ونظيره أورلاندو بايرتس بالتعادل السلبي، ثم امتد اللقاء إلى الشوطين الإضافيين اللذين انتهيا بتعادل إيجابي بهدف لمثله.
وأحرز لاعب نهضة بركان يوسف الفحلي هدفا من ركلة جزاء احتسبها الحكم في الدقيقة 97 خلال الشوطين الإضافيين.
في حين سجل لاعب أورلاندو بايرتس هدفا في الدقائق الأخيرة من الشوطين الإضافيين، لتتجه المباراة إلى ركلات الترجيح.
وحسم نهضة بركان المغربي ركلات الترجيح لصالحه بنتيجة 5/4 ليفوز بلقب كأس الكونفدرالية الإفريقية، ويكون بذلك قد أحرز اللقب للمرة الثانية في تاريخه.
""", [
    ev("final-match", "أفلح الفريق المغربي نهضة بركان في الظفر بلقب كأس الكونفدرالية", FINAL, "no own expression; the final of Fri 20 May 2022, reported on the morning of Sat 21 May"),
    ev("fahli-goal", "وأحرز لاعب نهضة بركان يوسف الفحلي هدفا من ركلة جزاء", FINAL, "'في الدقيقة 97' of the final of Fri 20 May 2022"),
    ev("lorch-equaliser", "في حين سجل لاعب أورلاندو بايرتس هدفا في الدقائق الأخيرة", FINAL, "'في الدقائق الأخيرة' of extra time, Fri 20 May 2022"),
    ev("penalty-shootout", "وحسم نهضة بركان المغربي ركلات الترجيح لصالحه بنتيجة 5/4", FINAL, "the shoot-out at the end of the final of Fri 20 May 2022"),
])

# ---------------------------------------------------------------- morocco-raja-arab-club-cup-ittihad-2021
S = "morocco-raja-arab-club-cup-ittihad-2021"
FINAL = "2021-08-21"                       # the final in Rabat, Sat 21 Aug 2021, 22:00 (Mecca time)
art(S, "https://tanasuh.tv/%d9%86%d9%87%d8%a7%d8%a6%d9%8a-%d8%b9%d8%b1%d8%a8%d9%8a-%d9%85%d8%b1%d8%aa%d9%82%d8%a8-%d8%a8%d9%8a%d9%86-%d8%a7%d9%84%d8%b1%d8%ac%d8%a7%d8%a1-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8%d9%8a-%d9%88%d8%a7/",
    "2021-08-20", "a preview announcing the final for 'يوم غد السبت' (the final was played on Sat 21 Aug 2021), so written on Fri 20 Aug 2021 (a Friday); no date line on the stored page; headline rendered from the URL slug; the 'مشاركة' button dropped; no date of its own in the text", False, """
نهائي عربي مرتقب بين الرجاء المغربي والاتحاد السعودي
ينتظر جمهور الكرة العربية نهائي كأس محمد السادس للأندية الأبطال، الذي يجمع الرجاء البيضاوي المغربي والاتحاد السعودي يوم غد السبت على ملعب "مولاي عبد الله" في العاصمة الرباط.
ولن تلعب أشواط إضافية إذا انتهى الوقت الأصلي بالتعادل، كما ستقام المباراة النهائية للبطولة دون جمهور بسبب الإجراءات الاحترازية المتخذة للحد من تفشي فيروس كورونا.
وكان الرجاء قد تأهل إلى المباراة النهائية بعدما خسر 0-1 ذهابا أمام الإسماعيلي المصري، ثم فاز 3-0 في مباراة العودة.
أما الاتحاد فبلغ النهائي إثر تجاوزه مواطنه الشباب في نصف النهائي، بعد تعادل 2-2 ذهاباً وفوز 2-1 في مباراة الإياب.
وتجدر الإشارة إلى أن البطل سينال 6 ملايين دولار، في حين سيحصل الوصيف على 2,5 مليون دولار.
""", [
    ev("final-match", "الذي يجمع الرجاء البيضاوي المغربي والاتحاد السعودي يوم غد السبت", FINAL, "'يوم غد السبت' in an article of Fri 20 Aug 2021 = Sat 21 Aug"),
    ev("ismaily-first-leg", "بعدما خسر 0-1 ذهابا أمام الإسماعيلي المصري", "2020-02-15", "no own expression; the first leg in Ismailia, a Sunday before the return then set for 15 March 2020 (maghress/koorapress); my span 15 Feb - 15 Mar 2020", end="2020-03-16"),
    ev("ismaily-return-leg", "ثم فاز 3-0 في مباراة العودة", "2021-01-11", "no own expression; the return leg in Marrakech, Mon 11 Jan 2021 (maghress/hesport 'مساء اليوم الاثنين', UAFA tweet of January 11, 2021)"),
    ev("shabab-return-leg", "وفوز 2-1 في مباراة الإياب", "2021-01-03", "no own expression; the return leg against al-Shabab, 'الأسبوع الماضي' in alkhafji's report of Tue 12 Jan 2021; my span 3-10 Jan 2021", end="2021-01-11"),
])
art(S, "https://alma9al.com/%D8%AA%D8%AA%D9%88%D9%8A%D8%AC-%D8%A7%D9%84%D8%B1%D8%AC%D8%A7%D8%A1-%D8%B9%D9%84%D9%89-%D8%AD%D8%B3%D8%A7%D8%A8-%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A.html",
    "2021-08-21", "the body's 'مساء اليوم السبت' for the final of Sat 21 Aug 2021 (a Saturday), a match report written that night; no date line on the stored page; headline rendered from the URL slug; the byline 'المقال الرياضي- محمد ياسين' dropped; no date of its own in the text", False, """
تتويج الرجاء على حساب الاتحاد السعودي
أحرز الرجاء الرياضي المغربي كأس محمد السادس للأندية الأبطال بعد تغلبه على الاتحاد السعودي بركلات الترجيح 4-3، إثر انتهاء الوقت الأصلي بالتعادل 4-4، في المباراة النهائية التي جمعتهما مساء اليوم السبت بالمجمع الرياضي الأمير مولاي عبد الله في الرباط.
وبادر الاتحاد السعودي إلى التسجيل في الدقيقة 4 بواسطة برونو هنريكي، فعادل الفريق البيضاوي النتيجة في الدقيقة 5 عن طريق إلياس حداد، ثم أضاف زميله محمود بنحليب الهدف الثاني في الدقيقة 13، قبل أن يعادل الفريق السعودي في الدقيقة 29 بركلة جزاء نفذها رومارينيو.
وأنهى الفريق المغربي الشوط الأول متقدما بثلاثة أهداف مقابل هدفين، بعدما أحرز زكرياء الوردي هدفا في الدقيقة 37.
ومع انطلاق الشوط الثاني سجل سفيان رحيمي الهدف الرابع للرجاء (د 50)، ثم قلص رومارينيو الفارق في الدقيقة 53، وأدرك التعادل بهدف رابع في الدقيقة 64 من ركلة جزاء، وبقيت النتيجة على حالها حتى صافرة نهاية الوقت الأصلي، ليحتكم الفريقان إلى ركلات الترجيح التي ابتسمت للرجاء بعدما أهدر هنريكي والمولد للاتحاد ومدكور للرجاء.
""", [
    ev("final-match", "أحرز الرجاء الرياضي المغربي كأس محمد السادس للأندية الأبطال", FINAL, "'مساء اليوم السبت' = Sat 21 Aug 2021"),
    ev("henrique-opener", "وبادر الاتحاد السعودي إلى التسجيل في الدقيقة 4", FINAL, "'في الدقيقة 4' of the final of Sat 21 Aug 2021"),
    ev("romarinho-first-penalty", "قبل أن يعادل الفريق السعودي في الدقيقة 29 بركلة جزاء", FINAL, "'في الدقيقة 29' of the final of Sat 21 Aug 2021"),
    ev("rahimi-goal", "ومع انطلاق الشوط الثاني سجل سفيان رحيمي الهدف الرابع", FINAL, "'(د 50)' of the final of Sat 21 Aug 2021"),
    ev("penalty-shootout", "ليحتكم الفريقان إلى ركلات الترجيح التي ابتسمت للرجاء", FINAL, "the shoot-out at the end of the final of Sat 21 Aug 2021"),
])
art(S, "https://www.alqalamlhor.com/2021/08/blog-post_280.html",
    "2021-08-22", "page time stamp '2021/08/22 - 12:21 ص' (kept; 22 Aug 2021 was a Sunday, 00:21 just after the final of Saturday night) and '/2021/08/' in the URL; the 'adsense' tag dropped; headline written from the body (the stored text has none); the truncated last clause on the referee's record cut", True, """
الرجاء يتوج بكأس محمد السادس بعد نهائي مجنون أمام اتحاد جدة
2021/08/22 - 12:21 ص
احتضن ملعب مولاي عبد الله بالرباط، مساء يوم السبت 21 غشت2021، نهائي كأس محمد السادس للأندية العربية الأبطال بين الرجاء البيضاوي المغربي واتحاد جدة السعودي.
وعرف اللقاء إثارة كبيرة، إذ تقدم الضيوف في الدقيقة الثانية من زمن المباراة، ثم عادل الرجاء قبل انقضاء الدقائق الخمس الأولى، وظل الرجاء بعد ذلك يتقدم والاتحاد يعادل، ليتقاسم الفريقان ثمانية أهداف في هذا النهائي الكبير والمثير.
وتعد هذه النتيجة الأعلى في تاريخ نهائيات البطولة العربية، بعدما شهدت مباراتا النهاية لسنتي 2013 و2017 تسجيل 5 أهداف، فكانت الكلمة الفصل للضربات الترجيحية التي ابتسمت للعالمي الرجاء البيضاوي بحصة (4-3)، إذ أضاع الاتحاد ركلتين عن طريق كورنادو والمولد، في حين أضاع الرجاء ركلة واحدة عن طريق مدكور، لتبقى كأس محمد السادس للأندية الأبطال في موطنها وبين أيدي أصحابها.
وحضر النهائي الأمير عبدالعزيز بن تركي الفيصل رئيس الاتحاد العربي لكرة القدم، وباتريس موتسيبي رئيس الاتحاد الأفريقي، وفوزي لقجع رئيس الجامعة الملكية المغربية لكرة القدم، إلى جانب شخصيات عربية ورياضية بارزة.
""", [
    ev("final-match", "مساء يوم السبت 21 غشت2021، نهائي كأس محمد السادس", FINAL, "'مساء يوم السبت 21 غشت2021'"),
    ev("henrique-opener", "إذ تقدم الضيوف في الدقيقة الثانية من زمن المباراة", FINAL, "'في الدقيقة الثانية' of the final of Sat 21 Aug 2021 (Bruno Henrique's goal, the 4th minute in the other reports)"),
    ev("earlier-finals-2013-2017", "بعدما شهدت مباراتا النهاية لسنتي 2013 و2017 تسجيل 5 أهداف", "2013-01-01", "'لسنتي 2013 و2017': the finals of the 2012-13 and 2017 editions, a span over both years", end="2018-01-01"),
    ev("penalty-shootout", "فكانت الكلمة الفصل للضربات الترجيحية", FINAL, "the shoot-out at the end of the final of Sat 21 Aug 2021"),
])
art(S, "https://static.kifache.com/%D8%A7%D9%84%D9%85%D9%84%D9%83-%D9%81%D9%8A-%D8%A8%D8%B1%D9%82%D9%8A%D8%A9-%D8%AA%D9%87%D9%86%D8%A6%D8%A9-%D9%84%D9%84%D8%B1%D8%AC%D8%A7%D8%A1-%D9%84%D9%82%D8%AF-%D8%A3%D9%87%D8%AF%D9%8A%D8%AA%D9%85/",
    "2021-08-22", "page date line 'الأحد 22 أغسطس 2021 على الساعة 00:02' (kept; 22 Aug 2021 was a Sunday); the list of other headlines and the 'عاجل' tag dropped; the repeated headline kept once; the quotation of the cable, cut in the stored page, re-worded only up to its cut", True, """
الملك في برقية تهنئة إلى الرجاء: أهديتمونا في ذكرى ميلادنا كأسا فاضت منها كل معاني الفخر والفرح والابتهاج
الأحد 22 أغسطس 2021 على الساعة 00:02
وجه الملك محمد السادس برقية تهنئة إلى أعضاء نادي الرجاء الرياضي لكرة القدم، بمناسبة فوزه بكأس محمد السادس للأندية العربية الأبطال (موسم 2019 – 2020).
وعبر الملك في هذه البرقية عن تهانئه الحارة لأعضاء نادي الرجاء الرياضي، ومن خلالهم لكل مكونات الفريق وجماهيره العريضة، على هذا التألق الكروي الجديد "الذي جاء ليكرس ريادة ناديكم العتيد عربيا بعد تتويجه الإفريقي الأخير".
وجاء في البرقية أن الملك يود بهذه المناسبة السعيدة أن يعبر عن اعتزازه العميق بالإنجاز الذي حققه الفريق.
""", [
    ev("king-cable", "وجه الملك محمد السادس برقية تهنئة إلى أعضاء نادي الرجاء", FINAL, "no own expression; the cable sent right after the final of Sat 21 Aug 2021 (the page is stamped 00:02 on Sun 22); my span Sat 21 - Sun 22", end="2021-08-23"),
    ev("final-match", "بمناسبة فوزه بكأس محمد السادس للأندية العربية الأبطال", FINAL, "no own expression; the final of Sat 21 Aug 2021, the king's birthday ('في ذكرى ميلادنا')"),
    ev("raja-caf-title", "بعد تتويجه الإفريقي الأخير", "2021-07-10", "'الأخير': Raja's Confederation Cup final against JS Kabylie in Cotonou, Sat 10 Jul 2021 (outside knowledge)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 375
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
