"""Builds stories.jsonl: the 418-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Aleppo, Homs and Hama in any domain:
building collapses, fires, power and fuel, transport, prices, universities and exams, floods, reconstruction.
Stories: the relaunch of the fifth generating unit of the Aleppo thermal power station during Bashar al-Assad's
first visit to Aleppo since the war, followed by his Eid al-Adha prayer in the city (Syria, 8-9 July 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-aleppo-thermal-plant-unit5-2022
S = "syria-aleppo-thermal-plant-unit5-2022"
LAUNCH = "2022-07-08"                      # unit 5 of the Aleppo thermal station relaunched by Assad, Fri 8 Jul 2022
EID = "2022-07-09"                         # Eid al-Adha 1443 prayer in the Abdullah bin Abbas mosque, Sat 9 Jul 2022
VISIT = ("2022-07-08", "2022-07-10")       # Assad's first visit to Aleppo since the war: Fri 8 - Sat 9 Jul 2022
RECAPTURE = "2016-12-22"                   # the government's full control of Aleppo city, Thu 22 Dec 2016
art(S, "https://baladi-news.com/ar/articles/85119/بشار-الأسد-يدشن-المحطة-الحرارية-في-حلب",
    "2022-07-08", "the body's 'اليوم الجمعة 8 تموز' (kept; 8 Jul 2022 was a Friday; the year from the known visit, which all other outlets date 8 Jul 2022); the source tag 'بلدي نيوز' dropped; headline re-worded from the page's; the last, truncated sentence on the gas shortage shortened", True, """
بشار الأسد يفتتح مجموعة توليد في المحطة الحرارية بحلب
أطلق رأس النظام في سوريا بشار الأسد، اليوم الجمعة 8 تموز، عمل مجموعة التوليد الخامسة في المحطة الحرارية بريف حلب الشرقي، والتي ستنتج 200 ميغا واط لتزويد محافظة حلب بالكهرباء، بحسب إعلام النظام.
ونشرت "سانا"، وكالة أنباء النظام، صوراً من زيارة الأسد إلى المحطة الحرارية، محاطاً بعدد من المهندسين والفنيين، ويرافقه رئيس حكومة النظام حسين عرنوس ووزير الكهرباء المهندس غسان الزامل ومحافظ حلب حسين دياب.
وذكرت الوكالة أن الأسد اطّلع على أعمال التأهيل الجارية في مجموعات التوليد الأربع الأخرى، التي ستدخل الخدمة بدورها عند انتهاء الإصلاحات.
ووصف الأسد العاملين في المحطة بأنهم "أبناء الميدان"، معبّراً عن فخره بجهودهم وإخلاصهم، ورأى أن محافظة حلب تضررت من الإرهاب والتخريب أكثر من سائر المحافظات، ولذلك يحق لأهلها أن يكونوا أكبر المستفيدين من إصلاح المحطة.
وكان النظام السوري قد سيطر على المحطة الحرارية في ريف حلب الشرقي قبل ستة أعوام، إثر معارك مع تنظيم "داعش".
وتعاني مناطق سيطرة النظام من انقطاعات طويلة في الكهرباء تبلغ نحو 20 ساعة في بعض المناطق.
""", [
    ev("unit5-launch", "أطلق رأس النظام في سوريا بشار الأسد، اليوم الجمعة 8 تموز", LAUNCH, "'اليوم الجمعة 8 تموز' = Fri 8 Jul 2022"),
    ev("visit-to-plant", "ونشرت \"سانا\"، وكالة أنباء النظام، صوراً من زيارة الأسد", LAUNCH, "no own expression; SANA's photos of the visit to the station on Fri 8 Jul 2022 (the day of the launch)"),
    ev("inspects-other-units", "اطّلع على أعمال التأهيل الجارية في مجموعات التوليد الأربع", LAUNCH, "no own expression; during the visit of Fri 8 Jul 2022"),
    ev("plant-retaken-from-isis", "قد سيطر على المحطة الحرارية في ريف حلب الشرقي قبل ستة أعوام", "2016-02-01", "'قبل ستة أعوام' from 2022 = 2016: the army took the thermal station from ISIS in its February 2016 offensive east of Aleppo (outside knowledge; my span, the month)", end="2016-03-01"),
])
art(S, "https://www.syria.tv/%D8%A8%D8%B4%D8%A7%D8%B1-%D8%A7%D9%84%D8%A3%D8%B3%D8%AF-%D9%84%D8%A3%D9%88%D9%84-%D9%85%D8%B1%D8%A9-%D9%81%D9%8A-%D8%AD%D9%84%D8%A8-%D9%85%D9%86%D8%B0-%D8%B9%D8%A7%D9%85-2011-%D8%B5%D9%88%D8%B1",
    "2022-07-08", "page time stamp '2022.07.08 | 18:18 دمشق' (kept as second line; 8 Jul 2022 was a Friday); the body's 'اليوم الجمعة' agrees; headline re-worded from the page's, the '| صور' tag, the byline 'إسطنبول - متابعات', the photo caption and the page furniture dropped; the last, truncated words of the water-station post dropped", True, """
بشار الأسد يزور حلب لأول مرة منذ 2011
2022.07.08 | 18:18 دمشق
زار رئيس النظام السوري بشار الأسد محافظة حلب في أول زيارة له إليها منذ أن بسطت قوات النظام والميليشيات الإيرانية سيطرتها عليها عام 2016.
وجاء في منشور على صفحة "رئاسة الجمهورية" في فيس بوك اليوم الجمعة أن رئيس النظام توجه إلى محطة حلب الحرارية في بلدة "السفيرة" بريف المحافظة الشرقي، ليشارك في إطلاق عمل المجموعة الخامسة فيها، زاعماً أن المحطة ستنتج بعد تأهيلها 200 ميغا واط تغذي بها محافظة حلب.
وأضاف المنشور أن الأسد كان برفقة رئيس حكومة النظام حسين عرنوس ووزير الكهرباء غسان الزامل ومحافظ حلب حسين دياب، وأنهم تفقدوا أعمال إعادة التأهيل الجارية في مجموعات التوليد الأربع الباقية، التي ستدخل الخدمة هي الأخرى بعد إتمام الإصلاح والتعمير.
وفي منشور ثانٍ على حساب "الرئاسة"، ورد أن رئيس النظام زار كذلك محطة مياه "تل حاصل" جنوب شرقي حلب، ليشهد بدء الضخ الفعلي والدائم للمياه نحو منطقة السقوط الشلالي في حندرات، بما يغذي نهر قويق.
""", [
    ev("first-aleppo-visit", "زار رئيس النظام السوري بشار الأسد محافظة حلب", VISIT[0], "no own expression; the visit of Fri 8 - Sat 9 Jul 2022 (the article of Fri 8 reports its first day)", end=VISIT[1]),
    ev("aleppo-retaken-2016", "بسطت قوات النظام والميليشيات الإيرانية سيطرتها عليها عام 2016", RECAPTURE, "'عام 2016' = the end of the battle for Aleppo, full control declared on Thu 22 Dec 2016 (outside knowledge)"),
    ev("visit-to-plant", "رئيس النظام توجه إلى محطة حلب الحرارية", LAUNCH, "'اليوم الجمعة' = Fri 8 Jul 2022 (time stamp)"),
    ev("unit5-launch", "ليشارك في إطلاق عمل المجموعة الخامسة فيها", LAUNCH, "'اليوم الجمعة' = Fri 8 Jul 2022"),
    ev("inspects-other-units", "تفقدوا أعمال إعادة التأهيل الجارية", LAUNCH, "no own expression; during the visit of Fri 8 Jul 2022"),
    ev("tal-hasel-water-station", "زار كذلك محطة مياه \"تل حاصل\"", LAUNCH, "no own expression; the presidency's second post of Fri 8 Jul 2022 on the same day's tour"),
])
art(S, "https://syria-press.com/%d8%a8%d8%b4%d8%a7%d8%b1-%d8%a7%d9%84%d8%a3%d8%b3%d8%af-%d9%8a%d8%a4%d8%af%d9%8a-%d8%b5%d9%84%d8%a7%d8%a9-%d8%a7%d9%84%d8%b9%d9%8a%d8%af-%d9%81%d9%8a-%d9%85%d8%af%d9%8a%d9%86%d8%a9-%d8%ad%d9%84%d8%a8",
    "2022-07-09", "no date line on the stored page; the body's 'صباح اليوم السبت' for the Eid al-Adha prayer (Eid al-Adha 1443 fell on Sat 9 Jul 2022 in Syria) and 'أمس الجمعة' for the station launch of Fri 8 Jul give Sat 9 Jul 2022; headline written from the body (the stored text has none, the URL slug reads 'بشار الأسد يؤدي صلاة العيد في مدينة حلب'); the sub-heading and the last, truncated sentence on Asma al-Assad dropped; no date of its own in the text", False, """
بشار الأسد يؤدي صلاة العيد في حلب
أقام رئيس النظام السوري بشار الأسد صلاة عيد الأضحى صباح اليوم السبت في جامع الصحابي عبد الله بن عباس بمدينة حلب، وذلك في أول زيارة يقوم بها إلى المدينة منذ عام 2010.
وبحسب وكالة الأنباء السورية "سانا"، صلى إلى جانب الأسد رئيس مجلس وزراء النظام ووزير أوقافه ومحافظ حلب وأمين فرع حزب البعث العربي الاشتراكي، وعدد من أعضاء مجلس الشعب ومجموعة من رجال الدين.
وأمّ الصلاة الشيخ محمود عكام، عضو المجلس العلمي الفقهي في وزارة الأوقاف، وتضمنت خطبة العيد ثناءً على العمليات الحربية لقوات النظام التي انتهت بالاستيلاء على شطري المدينة الشرقي والغربي عام 2016.
وكان بشار الأسد قد زار أمس الجمعة محافظة حلب للمرة الأولى منذ 12 سنة، متوجهاً إلى ريفها الشرقي لإطلاق عمل مجموعة التوليد الخامسة في محطة "حلب الحرارية" بعد إعادة تأهيلها، وهي أعمال امتدت أكثر من سنة ونصف، وفق ما نشرته صفحة "رئاسة الجمهورية" على "فيسبوك".
وأفاد موقع "رئاسة الجمهورية" أمس الجمعة بأن المجموعة الخامسة ستولد بعد تأهيلها 200 ميغاواط تغذي محافظة حلب بالكهرباء.
""", [
    ev("eid-prayer", "أقام رئيس النظام السوري بشار الأسد صلاة عيد الأضحى صباح اليوم السبت", EID, "'صباح اليوم السبت' = Sat 9 Jul 2022, the first day of Eid al-Adha 1443"),
    ev("aleppo-retaken-2016", "انتهت بالاستيلاء على شطري المدينة الشرقي والغربي عام 2016", RECAPTURE, "'عام 2016' = full control of Aleppo declared on Thu 22 Dec 2016 (outside knowledge)"),
    ev("first-aleppo-visit", "قد زار أمس الجمعة محافظة حلب للمرة الأولى منذ 12 سنة", VISIT[0], "'أمس الجمعة' in an article of Sat 9 Jul 2022 = Fri 8 Jul; the visit went on to Sat 9 Jul (my span 8-9 Jul)", end=VISIT[1]),
    ev("unit5-launch", "لإطلاق عمل مجموعة التوليد الخامسة في محطة \"حلب الحرارية\"", LAUNCH, "'أمس الجمعة' from Sat 9 Jul 2022 = Fri 8 Jul"),
    ev("unit5-rehabilitation", "وهي أعمال امتدت أكثر من سنة ونصف", "2020-11-01", "'أكثر من سنة ونصف' before Fri 8 Jul 2022 = work begun by early 2021 at the latest; my span Nov 2020 - 8 Jul 2022", end=LAUNCH),
])
art(S, "https://nokhbahnews.com/?p=156024",
    "2022-07-09", "no date line on the stored page; the body's 'اليوم (السبت)' for the Eid al-Adha prayer in Aleppo (Sat 9 Jul 2022, first day of Eid al-Adha 1443; 9 Jul 2022 was a Saturday) gives the day; headline re-worded from the page's; the last, truncated words of Assad's speech dropped; no date of its own in the text", False, """
الأسد يصلي عيد الأضحى في حلب للمرة الأولى منذ 2011
صلّى الرئيس السوري بشار الأسد اليوم (السبت) صلاة عيد الأضحى المبارك في جامع الصحابي الجليل عبد الله بن عباس في مدينة حلب شمالي سورية، في أول زيارة يجريها إلى حلب منذ اندلاع الحرب في سورية عام 2011، كما أوردت وكالة الأنباء السورية (سانا).
وأوضحت (سانا) أن الأسد أدى الصلاة مع عدد من كبار مسؤولي الحكومة السورية وجمع من علماء الدين الإسلامي ومن المواطنين.
وبعد انتهاء الصلاة، قال الأسد مخاطباً أهالي حلب إنه انقطع خلال السنوات الماضية عن زيارة المدينة لكنه لم ينقطع عن التواصل مع أبنائها، وإنهم كانوا يرددون في كل لقاء "حلب اشتاقت لك ونحن اشتقنا لك"، فكان يجيبهم بأن الأمر لو كان مسألة شوق فقط لسكن في حلب، لكن على المسؤول أن يأتي ولا سيما في ظروف كهذه.
وتابع أن حلب كانت على مر التاريخ مدينة عظيمة بتاريخها وعمارتها وإبداع أهلها ووطنيتهم، ولهذا غدت هدفاً للحرب ومحوراً تركزت عليه الجهود الرئيسية لجيوش الأعداء النظامية وغير النظامية.
""", [
    ev("eid-prayer", "صلّى الرئيس السوري بشار الأسد اليوم (السبت) صلاة عيد الأضحى", EID, "'اليوم (السبت)' = Sat 9 Jul 2022, the first day of Eid al-Adha 1443"),
    ev("first-aleppo-visit", "في أول زيارة يجريها إلى حلب", VISIT[0], "no own expression; the visit of Fri 8 - Sat 9 Jul 2022 (my span)", end=VISIT[1]),
    ev("syrian-war-begins", "منذ اندلاع الحرب في سورية عام 2011", "2011-03-15", "'عام 2011' = the uprising that began on Tue 15 Mar 2011 (outside knowledge; a year-only statement)"),
    ev("assad-speech-aleppo", "قال الأسد مخاطباً أهالي حلب", EID, "'بعد انتهاء الصلاة' of Sat 9 Jul 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 418
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
