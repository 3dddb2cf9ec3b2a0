"""Builds stories.jsonl: the 524-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: bids to host sports events (candidacies filed, votes held,
hosts announced: World Cup, Olympics, continental games and cups).
Stories: the Olympic Council of Asia's vote in Muscat giving the 2030 Asian Games to Doha and the 2034 Games to
Riyadh (Oman / Qatar / Saudi Arabia, December 2020), and the FIFA Council's award of the 2030 World Cup to the
joint bid of Morocco, Spain and Portugal with three centenary matches in South America (October 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- oca-doha-2030-riyadh-2034-asian-games-vote-2020
S = "oca-doha-2030-riyadh-2034-asian-games-vote-2020"
VOTE = "2020-12-16"                        # the 39th OCA General Assembly voted in Muscat on Wed 16 Dec 2020
DEAL = "2020-12-15"                        # the Fahad deal (loser gets 2034) reached on the evening of Tue 15 Dec 2020
DOHA2006 = ("2006-12-01", "2006-12-16")    # the 15th Asian Games, Doha, 1-15 Dec 2006
WC2022 = ("2022-11-20", "2022-12-19")      # the 2022 World Cup in Qatar, 20 Nov - 18 Dec 2022
BIDS = ("2020-04-01", "2020-05-01")        # Qatar and Saudi Arabia filed their bids in April 2020 (Anadolu: 'في أبريل/ نيسان الماضي')
art(S, "https://arabicpost.net/sports/2020/12/16/%d8%a7%d9%84%d8%af%d9%88%d8%ad%d8%a9-%d8%aa%d9%81%d9%88%d8%b2-%d8%a8%d8%a7%d8%b3%d8%aa%d8%b6%d8%a7%d9%81%d8%a9-%d8%af%d9%88%d8%b1%d8%a9-%d8%a7%d9%84%d8%a3%d9%84%d8%b9%d8%a7%d8%a8-%d8%a7%d9%84%d8%a2",
    "2020-12-16", "the page's address carries its date 2020/12/16 (Wed 16 Dec 2020), and the body's 'الأربعاء' names the day of the vote; an AFP report; headline rendered from the URL slug; the sub-heading and the last, truncated sentence dropped", True, """
الدوحة تفوز باستضافة دورة الألعاب الآسيوية 2030
نالت العاصمة القطرية الدوحة حق تنظيم دورة الألعاب الآسيوية 2030 متقدمة على العاصمة السعودية الرياض، التي حصلت على تنظيم نسخة 2034، وذلك في ختام الجمعية العمومية للمجلس الأولمبي الآسيوي الأربعاء.
وكان اتفاق جرى التوصل إليه مساء الثلاثاء، برعاية رئيس المجلس الأولمبي الشيخ الكويتي أحمد الفهد الصباح، قد أعطى الفائز في التصويت حق تنظيم نسخة 2030، مع إضافة بند لم يكن مدرجا يكفل للخاسر تنظيم نسخة 2034 من الحدث.
وأعلن الفهد "فوز قطر باستضافة ألعاب 2030 والرياض 2034"، إذ حصدت الدوحة 27 صوتا في مقابل 10 أصوات للسعودية، وامتنعت 8 دول عن التصويت وفق المجلس الآسيوي.
وبذلك تنظم الدوحة هذه الألعاب التي تقام كل أربع سنوات للمرة الثانية بعد 2006، بينما تحتضنها السعودية للمرة الأولى، علما بأن قطر تنظم عام 2022 أول مونديال لكرة القدم في تاريخ الشرق الأوسط، وأبدت رغبتها في استضافة أولمبياد 2032.
وحظي اقتراح أحمد الفهد بمنح الخاسر حق تنظيم نسخة عام 2034 بموافقة فورية من الجمعية العمومية، مع أنه لم يكن على جدول الأعمال.
وتعالت هتافات الوفد القطري في القاعة ابتهاجا بالفوز، قبل أن يوقع كل من الدوحة والرياض عقد الاستضافة مع المجلس الآسيوي.
""", [
    ev("oca-vote", "وذلك في ختام الجمعية العمومية للمجلس الأولمبي الآسيوي الأربعاء", VOTE, "'الأربعاء' in an article of Wed 16 Dec 2020 = that day"),
    ev("fahad-deal", "وكان اتفاق جرى التوصل إليه مساء الثلاثاء", DEAL, "'مساء الثلاثاء' before the vote of Wed 16 Dec 2020 = Tue 15 Dec 2020"),
    ev("fahad-proposal-approved", "بموافقة فورية من الجمعية العمومية", VOTE, "no own expression; the General Assembly approved the proposal at its meeting of Wed 16 Dec 2020"),
    ev("hosting-contracts-signed", "قبل أن يوقع كل من الدوحة والرياض عقد الاستضافة", VOTE, "no own expression; the contracts were signed at the meeting, right after the vote of Wed 16 Dec 2020 (wejhatt)"),
    ev("doha-2006-games", "للمرة الثانية بعد 2006", DOHA2006[0], "'2006' = the 15th Asian Games held in Doha, 1-15 Dec 2006 (known date)", end=DOHA2006[1]),
    ev("qatar-world-cup-2022", "أول مونديال لكرة القدم في تاريخ الشرق الأوسط", WC2022[0], "'عام 2022' = the World Cup in Qatar, 20 Nov - 18 Dec 2022 (known date)", end=WC2022[1]),
])
art(S, "https://www.raya.com/2020/12/17/%D8%A2%D8%B3%D9%8A%D8%A7%D8%AF-%D9%A2%D9%A0%D9%A3%D9%A0-%D8%AA%D8%B1%D8%B3%D8%AE-%D9%85%D9%83%D8%A7%D9%86%D8%A9-%D9%82%D8%B7%D8%B1-%D9%83%D8%B9%D8%A7%D8%B5%D9%85%D8%A9-%D8%B9%D8%A7%D9%84%D9%85/",
    "2020-12-17", "the page's address carries its date 2020/12/17 (Thu 17 Dec 2020), and the body's 'أمس' for the vote of Wed 16 Dec 2020 agrees; the list of sub-headings under the headline dropped; headline kept from the page; the stored excerpt ends mid-sentence, the truncated last sentence dropped", True, """
آسياد 2030.. ترسخ مكانة قطر كعاصمة عالمية للرياضة
عاش أهل قطر أمس فرحة غامرة بفوز الدوحة المستحق بتنظيم دورة الألعاب الآسيوية ٢٠٣٠، إثر نيل ملف الدوحة أكبر عدد من الأصوات في التصويت الذي جرى أمس على هامش اجتماع الجمعية العمومية التاسع والثلاثين للمجلس الأولمبي الآسيوي في العاصمة العمانية مسقط، وهو نجاح قطري جديد في الميدان الرياضي يرسخ موقع قطر عاصمة عالمية للرياضة.
وكما تعهد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى في تغريدة التهنئة بالفوز، فإنه «كما كانت الدوحة ٢٠٠٦ متميزة، ستكون #الدوحة٢٠٣٠ نقلة نوعية وتجسيدًا لرسالة قطر الرياضية كوسيلة لتعزيز التواصل والتفاهم الإنساني والثقافي».
ويشكل فوز قطر بتنظيم البطولة برهانا جديدا على ما بلغته البلاد في تنظيم الأحداث الرياضية الكبرى.
""", [
    ev("qatar-celebrations", "عاش أهل قطر أمس فرحة غامرة", VOTE, "'أمس' in an article of Thu 17 Dec 2020 = Wed 16 Dec"),
    ev("oca-vote", "في التصويت الذي جرى أمس", VOTE, "'أمس' from Thu 17 Dec 2020 = Wed 16 Dec"),
    ev("tamim-tweet", "في تغريدة التهنئة بالفوز", VOTE, "no own expression; the Emir's tweet followed the announcement of Wed 16 Dec 2020 (syria.tv and alsaa.net of that day quote it)"),
    ev("doha-2006-games", "كما كانت الدوحة ٢٠٠٦ متميزة", DOHA2006[0], "'٢٠٠٦' = the 15th Asian Games held in Doha, 1-15 Dec 2006 (known date)", end=DOHA2006[1]),
])
art(S, "https://wejhatt.com/?p=45025",
    "2020-12-16", "no date line on the stored page; an Oman News Agency (العمانية) wire from Muscat whose 'صوتت ... اليوم' names the day of the vote, Wed 16 Dec 2020 (arabicpost of 16 Dec: 'الأربعاء'; raya of Thu 17: 'أمس'), so it was published on Wed 16 Dec 2020; headline kept from the page; the stored excerpt ends mid-sentence, the truncated last sentence shortened", False, """
الدوحة تستضيف الألعاب الأولمبية الآسيوية 2030 والرياض 2034
مسقط – العمانية|
اختارت الجمعية العمومية للمجلس الأولمبي الآسيوي بالتصويت اليوم، خلال اجتماعها المنعقد في مسقط، الدوحة لاستضافة الألعاب الأولمبية الآسيوية 2030 والرياض لاستضافة النسخة التالية 2034.
وكانت الرياض والدوحة قد قدمتا ملفين لتنظيم الألعاب الأولمبية 2030.
وتنص لوائح المجلس الأولمبي الآسيوي على التصويت لاختيار المدينة المضيفة في اجتماع الجمعية العمومية، غير أن مقترحا طرح للمرة الأولى بأن يحصل صاحب المركز الأول في التصويت على تنظيم آسياد 2030 وصاحب المركز الثاني على تنظيم نسخة 2034.
واشتمل الاجتماع على عروض قدمها وفدا البلدين الفائزين بتنظيم نسختي 2030 و2034، ثم جرى توقيع عقدي الاستضافة معهما.
وكرم المجلس، كما هي عادته، عددا من الشخصيات الآسيوية ومنحها جائزة الاستحقاق تقديرا لإسهاماتها الفاعلة وجهودها البارزة في الميدان الرياضي.
ومن جهة أخرى، وقع عقد مع اللجنة المنظمة لدورة الألعاب الآسيوية للشباب بطشقند 2025م.
ثم عقد منظمو النسختين 2030 و2034 مؤتمرات صحفية أبدوا فيها سعادتهم باستضافة البطولة الآسيوية.
""", [
    ev("oca-vote", "بالتصويت اليوم، خلال اجتماعها المنعقد في مسقط", VOTE, "'اليوم' = Wed 16 Dec 2020, the day of the vote (the article's day, see published_how)"),
    ev("bids-submitted", "قد قدمتا ملفين لتنظيم الألعاب الأولمبية 2030", BIDS[0], "no own expression; Qatar and Saudi Arabia filed their bids in April 2020 (Anadolu via mubasher.aljazeera.net of 16 Dec 2020: 'في أبريل/ نيسان الماضي'), the month only", end=BIDS[1]),
    ev("fahad-proposal-approved", "غير أن مقترحا طرح للمرة الأولى", VOTE, "no own expression; the proposal was put to and approved by the General Assembly of Wed 16 Dec 2020 (arabicpost)"),
    ev("hosting-contracts-signed", "ثم جرى توقيع عقدي الاستضافة معهما", VOTE, "no own expression; at the meeting of Wed 16 Dec 2020, after the vote"),
    ev("tashkent-2025-contract", "وقع عقد مع اللجنة المنظمة لدورة الألعاب الآسيوية للشباب", VOTE, "no own expression; at the same meeting of Wed 16 Dec 2020"),
    ev("hosts-press-conferences", "ثم عقد منظمو النسختين 2030 و2034 مؤتمرات صحفية", VOTE, "no own expression; after the meeting of Wed 16 Dec 2020"),
])

# ---------------------------------------------------------------- fifa-worldcup-2030-morocco-spain-portugal-award-2023
S = "fifa-worldcup-2030-morocco-spain-portugal-award-2023"
AWARD = "2023-10-04"                       # the FIFA Council's decision, announced on Wed 4 Oct 2023
WC1930 = ("1930-07-13", "1930-07-31")      # the first World Cup, Uruguay, 13-30 Jul 1930
FINAL1930 = "1930-07-30"                   # Uruguay won the final on 30 Jul 1930
WC2022 = ("2022-11-20", "2022-12-19")      # the 2022 World Cup in Qatar, 20 Nov - 18 Dec 2022
art(S, "https://albiladdaily.com/2023/10/04/%D8%B1%D8%B3%D9%85%D9%8A%D9%8B%D8%A7-%D9%83%D8%A3%D8%B3-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-2030-%D9%81%D9%8A-6-%D8%A8%D9%84%D8%AF%D8%A7%D9%86-%D9%85%D9%86-%D8%A8%D9%8A%D9%86%D9%87%D8%A7-%D8%A7/",
    "2023-10-04", "the page's address carries its date 2023/10/04 (Wed 4 Oct 2023), and the body's 'اليوم الأربعاء' agrees; headline rendered from the URL slug; the embedded FIFA tweet dropped", True, """
رسميًا.. كأس العالم 2030 في 6 بلدان من بينها المغرب
أسند الاتحاد الدولي لكرة القدم (FIFA) اليوم الأربعاء رسميًا شرف تنظيم كأس العالم 2030 إلى الملف المشترك للمغرب وإسبانيا والبرتغال.
وجاء في بيان رسمي للاتحاد الدولي أن ثلاث دول من أمريكا الجنوبية، هي أوروغواي وباراغواي والأرجنتين، ستحتضن 3 مباريات من المنافسات.
ومن المنتظر أن تنظم كل من أوروغواي وباراغواي والأرجنتين مباراة واحدة فقط، احتفاء بمرور 100 عام على انطلاق النسخة الأولى من البطولة.
وبهذا تغدو نسخة كأس العالم 2030 استثنائية بين كل نسخ المونديال، إذ ستجرى لأول مرة في 6 بلدان و3 قارات مختلفة.
ويصبح المغرب ثاني بلد عربي في التاريخ ينظم كأس العالم لكرة القدم، بعد الاستضافة المميزة لدولة قطر في عام 2022.
""", [
    ev("fifa-award-2030", "اليوم الأربعاء رسميًا شرف تنظيم كأس العالم 2030", AWARD, "'اليوم الأربعاء' = Wed 4 Oct 2023"),
    ev("fifa-statement", "وجاء في بيان رسمي للاتحاد الدولي", AWARD, "no own expression; FIFA's statement of the decision, Wed 4 Oct 2023 (the FIFA Media tweet embedded in the page is of October 4, 2023)"),
    ev("south-america-centenary-matches", "ستحتضن 3 مباريات من المنافسات", AWARD, "no own expression; the matches are in 2030 (no date given); dated by the decision that announced them, Wed 4 Oct 2023"),
    ev("first-world-cup-1930", "على انطلاق النسخة الأولى من البطولة", WC1930[0], "'100 عام' = the first World Cup, Uruguay, 13-30 Jul 1930 (known date)", end=WC1930[1]),
    ev("qatar-world-cup-2022", "بعد الاستضافة المميزة لدولة قطر في عام 2022", WC2022[0], "'في عام 2022' = the World Cup in Qatar, 20 Nov - 18 Dec 2022 (known date)", end=WC2022[1]),
])
art(S, "https://alqaheranews.net/news/46448/%D8%B1%D8%B3%D9%85%D9%8A%D8%A7-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D9%88%D8%A5%D8%B3%D8%A8%D8%A7%D9%86%D9%8A%D8%A7-%D9%88%D8%A7%D9%84%D8%A8%D8%B1%D8%AA%D8%BA%D8%A7%D9%84-%D9%8A%D8%B3%D8%AA%D8%B6%D9%8A%D9%81%D9%88%D9%86-%D9%83%D8%A3%D8%B3-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-",
    "2023-10-04", "no date on the stored page; the body's 'اليوم الأربعاء' for FIFA's announcement and its wording (the wire text carried by radioexpressfm with the stamp 04/10/2023: the three centenary matches, the joint bid as the sole candidate, nothing of the Saudi 2034 award of Wed 11 Dec 2024) place it on Wed 4 Oct 2023; headline rendered from the URL slug", False, """
رسميا.. المغرب وإسبانيا والبرتغال يستضيفون كأس العالم 2030
أعلن الاتحاد الدولي لكرة القدم "فيفا"، اليوم الأربعاء، أن بطولة كأس العالم 2030 ستقام في المغرب وإسبانيا والبرتغال، على أن تجرى ثلاث من مبارياتها في أوروجواي والأرجنتين وباراجواي احتفالا بمئوية المسابقة.
وكان الملف المشترك للمغرب والبرتغال وإسبانيا هو الملف الوحيد المتقدم لاستضافة البطولة.
وقد نظمت كأس العالم للمرة الأولى في 1930 في أوروجواي، وتمكن أصحاب الأرض من الفوز باللقب.
""", [
    ev("fifa-award-2030", "أعلن الاتحاد الدولي لكرة القدم \"فيفا\"، اليوم الأربعاء", AWARD, "'اليوم الأربعاء' = Wed 4 Oct 2023 (the article's day, see published_how)"),
    ev("south-america-centenary-matches", "على أن تجرى ثلاث من مبارياتها في أوروجواي والأرجنتين وباراجواي", AWARD, "no own expression; announced with the award on Wed 4 Oct 2023 (the matches themselves in 2030, no date)"),
    ev("first-world-cup-1930", "وقد نظمت كأس العالم للمرة الأولى في 1930", WC1930[0], "'في 1930' = the first World Cup, Uruguay, 13-30 Jul 1930 (known date)", end=WC1930[1]),
    ev("uruguay-wins-1930", "وتمكن أصحاب الأرض من الفوز باللقب", FINAL1930, "no own expression; Uruguay won the final of 30 Jul 1930 (known date)"),
])
art(S, "https://www.shababwajameat.com/article/8133",
    "2023-10-05", "the page's line 'تاريخ النشر: 2023.10.05 - 9:45 am' (Thu 5 Oct 2023); the article itself gives no day for the award of Wed 4 Oct 2023; the section label 'رياضة وصحة:' and the date line dropped; headline kept from the page", True, """
رسمياً.. إقامة كأس العالم 2030 لكرة القدم في المغرب والبرتغال وإسبانيا
كشف الاتحاد الدولي لكرة القدم (فيفا) أن كأس العالم 2030 ستقام رسمياً في المغرب والبرتغال وإسبانيا.
وكان الملف المشترك بين المغرب والبرتغال وإسبانيا الملف الوحيد المرشح لتنظيم البطولة، التي أقيمت نسختها الأولى عام 1930 في أوروغواي، وفاز بها حينها أصحاب الأرض.
ومن جهته، أفاد رئيس اتحاد أمريكا الجنوبية لكرة القدم، كونميبول، بأن أوروجواي والأرجنتين وباراجواي ستخوض مبارياتها الافتتاحية على أرضها، احتفالاً بمرور 100 عام على انطلاق أول بطولة للمونديال.
""", [
    ev("fifa-award-2030", "كشف الاتحاد الدولي لكرة القدم (فيفا)", AWARD, "no own expression; FIFA's announcement of Wed 4 Oct 2023, the day before the article (albiladdaily: 'اليوم الأربعاء')"),
    ev("first-world-cup-1930", "التي أقيمت نسختها الأولى عام 1930 في أوروغواي", WC1930[0], "'عام 1930' = the first World Cup, Uruguay, 13-30 Jul 1930 (known date)", end=WC1930[1]),
    ev("uruguay-wins-1930", "وفاز بها حينها أصحاب الأرض", FINAL1930, "no own expression; Uruguay won the final of 30 Jul 1930 (known date)"),
    ev("conmebol-statement", "أفاد رئيس اتحاد أمريكا الجنوبية لكرة القدم، كونميبول", AWARD, "no own expression; the CONMEBOL president's statement came with the announcement of Wed 4 Oct 2023 (non14 and newspoots of that day carry it)"),
    ev("south-america-centenary-matches", "ستخوض مبارياتها الافتتاحية على أرضها", AWARD, "no own expression; announced with the award on Wed 4 Oct 2023 (the matches themselves in 2030, no date)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 524
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
